/**
 * Icelandic column vocabulary (keys folded as names are: á, é, í, ó, ú, ý, ö to a, e, i, o, u, y, o; æ to ae; ð to d; þ to th):
 * ticket, shop and booking exports. Written from the language, for round 78's tune set (Tix.is).
 */
export const WORDS: Record<string, string[]> = {
  // the order and its date ("Pöntunarnúmer", "Dags. pöntunar")
  pontun: ['order'], pontunar: ['order'], pantanir: ['order'], pontunarnumer: ['order', 'number'], pontunarnr: ['order', 'number'],
  dags: ['date'], dagsetning: ['date'], timi: ['time'],
  // what was sold ("Viðburður": the concert; "Fjöldi miða": the tickets)
  vidburdur: ['event'], vidburdar: ['event'], vara: ['product'], voruheiti: ['product', 'name'], midi: ['ticket'], mida: ['ticket'], midar: ['ticket'],
  fjoldi: ['quantity'], magn: ['quantity'],
  // money
  verd: ['price'], einingaverd: ['unit', 'price'], upphaed: ['amount'], vsk: ['tax'], afslattur: ['discount'], afslattar: ['discount'],
  afslattarkodi: ['coupon', 'code'], greidsla: ['payment'], greidslu: ['payment'], greidslumati: ['payment', 'method'],
  sending: ['shipping'], sendingarmati: ['shipping', 'method'], sendingarkostnadur: ['shipping', 'amount'],
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
