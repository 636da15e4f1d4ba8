/**
 * Icelandic column vocabulary (keys folded as names are: á, é, í, ó, ú, ý, ö to a, e, i, o, u, y, o; æ to ae; ð to d; þ to th):
 * ticket, shop and booking exports. Written from the language, for round 78's tune set (Tix.is). Words other languages
 * write the same way are left out (English "sending", French "midi", Swedish "vara"): every language's words are read in
 * every file, and they would make an English e-mail log's "Sending Status" a shipment's, and the file Icelandic.
 */
export const WORDS: Record<string, string[]> = {
  // the order and its date ("Pöntunarnúmer", "Dags. pöntunar")
  pontun: ['order'], pontunar: ['order'], pantanir: ['order'], pontunarnumer: ['order', 'number'], pontunarnr: ['order', 'number'],
  dags: ['date'], dagsetning: ['date'], timi: ['time'],
  // what was sold ("Viðburður": the concert; "Fjöldi miða": the tickets)
  vidburdur: ['event'], vidburdar: ['event'], voruheiti: ['product', 'name'], mida: ['ticket'], midar: ['ticket'],
  fjoldi: ['quantity'], magn: ['quantity'],
  // money
  verd: ['price'], einingaverd: ['unit', 'price'], upphaed: ['amount'], vsk: ['tax'], afslattur: ['discount'], afslattar: ['discount'],
  afslattarkodi: ['coupon', 'code'], greidsla: ['payment'], greidslu: ['payment'], greidslumati: ['payment', 'method'],
  sendingarmati: ['shipping', 'method'], sendingarkostnadur: ['shipping', 'amount'],
  stada: ['status'],
  // the buyer
  nafn: ['name'], kaupandi: ['customer'], kaupanda: ['customer'], vidskiptavinur: ['customer'], vidskiptavinar: ['customer'],
  netfang: ['email'], simi: ['phone'], simanumer: ['phone', 'number'], farsimi: ['mobile', 'phone'],
  heimilisfang: ['street'], sveitarfelag: ['city'], kyn: ['gender'], faedingardagur: ['birth', 'date'], fyrirtaeki: ['company'], starfsheiti: ['job', 'title'],
}

export const PHRASES: Record<string, string[]> = {
  'fullt nafn': ['full', 'name'], 'dags pontunar': ['order', 'date'],
}

/** Words other languages read otherwise: Swedish "samtal" is a call, Icelandic "samtals" the total. */
export const OWN: Record<string, string[]> = { samtals: ['total'] }
