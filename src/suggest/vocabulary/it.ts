/** Italian column vocabulary (keys lower-case without accents). */
export const WORDS: Record<string, string[]> = {
  // the contract, policy or receipt an export's rows are (context.ts: its number is the event's record, as an order's)
  contratto: ['contract'], polizza: ['policy'], ricevuta: ['receipt'],
  // the plan or tariff subscribed to and the vehicle hired or sold: the goods of a subscription's, utility's or rental's export (context.ts)
  veicolo: ['vehicle'],
  // a school's pupil or student is the person the record is about; a parent's or guardian's column another person's
  alunno: ['customer'], alunna: ['customer'], studente: ['customer'], studentessa: ['customer'], genitore: ['parent'], madre: ['parent'], padre: ['parent'],
  // a marketplace offer ("SKU offerta": the seller's own SKU)
  offerta: ['offer'],
  bloccato: ['blocked'],
  // a company's representative ("Codice fiscale rappresentante": the contact person's)
  rappresentante: ['contact'],
  // a lead's salutation (ERPNext's "Saluto": Sig., Dott.ssa)
  saluto: ['courtesy', 'title'],
  cittadinanza: ['nationality'], accumulati: ['earned'],
  // an SMS or e-mail sending report (Trendoo's "ID Messaggio", "Mittente", "Testo", "Numero Parti")
  messaggio: ['message'], messaggi: ['message'], invio: ['send'], inviato: ['sent'], inviata: ['sent'], mittente: ['originator'], testo: ['body'], parti: ['segment'],
  // a company's registered name (Denominazione, as company registers and invoices write it) and a person's office
  // in it (Carica: Amministratore unico, Direttore generale)
  denominazione: ['company', 'name'], carica: ['job', 'title'],
  // (a shop's or a till's loyalty card, "Codice fidelity", "Punti fidelity"; a hotel's stay, "Totale soggiorno"; "N." a number)
  fidelity: ['loyalty'], soggiorno: [], n: ['number'],
  // tickets (titoli, biglietti) of a ticketing export; a waybill (lettera di vettura) is the parcel's tracking number; a buyer (acquirente)
  titoli: ['ticket'], biglietti: ['ticket'], acquirente: ['customer'],
  prenotazione: ['order'], donazione: ['order'],
  latitudine: ['latitude'], longitudine: ['longitude'],
  lordo: ['gross'], lorda: ['gross'],
  navigatore: ['browser'], dispositivo: ['device'], pagina: ['page'], referrer: ['referrer'], campagna: ['campaign'], sessione: ['session'], transazione: ['transaction'], entrate: ['total'], ricavi: ['total'], acquisto: ['purchase'], evento: ['event'],
  nome: ['name'], cognome: ['last', 'name'], titolo: ['title'], sesso: ['gender'], nascita: ['birth'], indirizzo: ['street'], via: ['street'], civico: ['house', 'number'],
  cap: ['postal', 'code'], citta: ['city'], comune: ['city'], localita: ['city'], provincia: ['state'], regione: ['region'], nazione: ['country'], paese: ['country'],
  telefono: ['phone'], cellulare: ['mobile', 'phone'], azienda: ['company'], societa: ['company'], ditta: ['company'], ruolo: ['job', 'title'], qualifica: ['job', 'title'], creazione: ['created'], creato: ['created'], modifica: ['updated'], mansione: ['job', 'title'], reparto: ['department'],
  cliente: ['customer'], ospite: ['customer'], paziente: ['customer'], pagatore: ['billing'], numero: ['number'], codice: ['code'], ordine: ['order'], data: ['date'], ora: ['time'], articolo: ['product'], prodotto: ['product'],
  quantita: ['quantity'], prezzo: ['price'], unitario: ['unit'], totale: ['total'], importo: ['amount'], iva: ['tax'], imposta: ['tax'], sconto: ['discount'],
  spedizione: ['shipping'], consegna: ['shipping'], fatturazione: ['billing'], pagamento: ['payment'], valuta: ['currency'], stato: ['status'],
  tessera: ['loyalty', 'card'], punti: ['points'], livello: ['tier'], iscrizione: ['join'], consenso: ['opt', 'in'], ultima: ['last'], attivita: ['activity'],
  spesa: ['spend'], visite: ['visits'], negozio: ['store'], lavoro: ['work'], ufficio: ['work'], casa: ['home'],
  di: [], del: [], della: [], dei: [], e: [], per: [], il: [], la: [], lo: [], in: [],
  qta: ['quantity'], descrizione: ['description'], corriere: ['carrier'], tracciamento: ['tracking'], modalita: ['method'], metodo: ['method'], luogo: ['place'], spese: ['price'], riferimento: ['reference'],
  riscattati: ['redeemed'], utilizzati: ['redeemed'], programma: ['program'], larghezza: ['width'], altezza: ['height'], adesione: ['join'],
  annullato: ['cancel'], cancellato: ['cancel'], annullamento: ['cancel'], cancellazione: ['cancel'], dipartimento: ['department'], postale: ['postal'], incluso: ['incl'], inclusa: ['incl'], compresa: ['incl'],
  compleanno: ['birth', 'date'], disiscrizione: ['opt', 'out'], lingua: ['language'], fonte: ['source'],
  nazionalita: ['nationality'], ultimo: ['last'], categoria: ['category'], rimborsato: ['refund'], rimborso: ['refund'], motivo: ['reason'], reso: ['return'], visitatore: ['visitor'], scadenza: ['expiry'], pagato: ['paid'], riga: ['product'],
  frazione: ['district'], ordini: ['order'], tipo: ['type'], pagine: ['page'], viste: ['views'], durata: ['duration'], fedelta: ['loyalty'], saldo: ['balance'], clienti: ['customer'], prodotti: ['goods'], articoli: ['goods'],
  sito: ['website'],
  commissione: ['fee'], commissioni: ['fee'], netto: ['net'],
  prossimo: ['next'], totali: ['total'], membro: ['member'], socio: ['member'],
  // everyday words of shop, CRM, newsletter, loyalty and analytics exports (WooCommerce, Shopify, PrestaShop, Fatture in Cloud, Danea, Mailchimp in Italian)
  appellativo: ['courtesy', 'title'], contatto: ['contact'], contatti: ['contact'], utente: ['user'], utenti: ['user'], piva: ['tax', 'id'], fattura: ['billing'], fatture: ['billing'], scontrino: ['order'], rif: ['reference'],
  produttore: ['manufacturer'], subtotale: ['subtotal'], imponibile: ['net'], buono: ['coupon'], valore: ['amount'], destinatario: ['recipient'], aziendale: ['work'],
  aggiornato: ['updated'], aggiornata: ['updated'], aggiornamento: ['updated'], modificato: ['updated'], modificata: ['updated'], creata: ['created'],
  iscritto: ['opt', 'in'], iscritta: ['opt', 'in'], iscritti: ['opt', 'in'], disiscritto: ['opt', 'out'], disiscritta: ['opt', 'out'], alla: [], canale: ['channel'], etichetta: ['tag'], etichette: ['tag'],
  premi: ['loyalty'], premio: ['loyalty'], risoluzione: ['resolution'], schermo: ['screen'], commento: ['note'], commenti: ['note'], osservazioni: ['note'], visualizzazioni: ['views'],
  taglia: ['size'], colore: ['color'], peso: ['weight'], giacenza: ['stock'], magazzino: ['stock'], variante: ['variant'], potenziale: ['lead'],
  accetta: ['accept'], predefinito: [], predefinita: [],
  sessioni: ['visits'], nuovo: ['new'], nuovi: ['new'], nuova: ['new'], nuove: ['new'],
  sorgente: ['source'], mezzo: ['medium'],
  richiedente: ['customer'], proprietario: ['owner'],
  esclusa: ['excl'], escluso: ['excl'], esclusi: ['excl'], primo: ['first'], prima: ['first'], venditore: ['seller'], valutazione: ['score'], gruppo: ['group'], segnalato: ['referral'],
}

export const PHRASES: Record<string, string[]> = {
  // a gateway's payment instrument ("Strumento di pagamento": Visa, PayPal) is the payment method
  'strumento di pagamento': ['payment', 'method'],
  // a company's legal representative ("Legale rappresentante" of a company register's firm: its contact person)
  'legale rappresentante': ['contact'], 'rappresentante legale': ['contact'],
  'punti accumulati': ['earned', 'points'],
  // an invoice's issue date ("Data emissione") is when the record was made, as en.ts reads "Issue Date"
  'data emissione': ['created', 'date'], 'data di emissione': ['created', 'date'],
  // ("di cui IVA": of which VAT, the tax the total includes)
  'di cui': [],
  'n titoli': ['number', 'ticket'], 'n biglietti': ['number', 'ticket'], 'lettera di vettura': ['tracking', 'number'],
  'valido fino al': ['expiry'], 'valido fino a': ['expiry'],
  'sistema operativo': ['operating', 'system'], 'url della pagina': ['page', 'url'], 'titolo della pagina': ['page', 'name'], 'categoria dispositivo': ['device', 'type'],
  'data di nascita': ['birth', 'date'], 'ragione sociale': ['company', 'name'], 'codice fiscale': ['tax', 'id'], 'cod fisc': ['tax', 'id'], 'cod fiscale': ['tax', 'id'], 'partita iva': ['tax', 'id'], 'numero ordine': ['order', 'number'],
  'consenso marketing': ['opt', 'in'], 'spesa totale': ['lifetime', 'spend'], 'visite in negozio': ['store', 'visits'],
  'numero di tracking': ['tracking', 'number'], 'codice di tracciamento': ['tracking', 'number'], 'spese di spedizione': ['shipping', 'amount'], 'data ordine': ['order', 'date'], 'metodo di pagamento': ['payment', 'method'], 'metodo di spedizione': ['shipping', 'method'],
  'codice postale': ['postal', 'code'],
  'stato civile': ['marital', 'status'], 'casella postale': ['post', 'office', 'box'], 'fuso orario': ['timezone'],
  'frequenza di rimbalzo': ['bounce', 'rate'],
  'sito web': ['website'], 'sito internet': ['website'],
  'nome utente': ['login'],
  'via e numero civico': ['street'], 'numero civico': ['house', 'number'],
  'riga indirizzo': ['street'], 'indirizzo riga': ['street'], 'riga di indirizzo': ['street'],
  'secondo nome': ['middle', 'name'], 'indirizzo email': ['email'], 'indirizzo e mail': ['email'], 'indirizzo di posta elettronica': ['email'], 'posta elettronica': ['email'], 'indirizzo ip': ['ip'],
  'telefono cellulare': ['mobile', 'phone'], 'numero di cellulare': ['mobile', 'phone'], 'numero cellulare': ['mobile', 'phone'], 'telefono fisso': ['phone'], 'sigla provincia': ['state', 'code'], 'codice paese': ['country', 'code'], 'codice nazione': ['country', 'code'],
  'p iva': ['tax', 'id'], 'codice cliente': ['customer', 'id'], 'cod cliente': ['customer', 'id'], 'numero cliente': ['customer', 'id'], 'id cliente': ['customer', 'id'], 'id contatto': ['contact', 'id'], 'id utente': ['user', 'id'],
  'n ordine': ['order', 'number'], 'id ordine': ['order', 'id'], 'rif ordine': ['order', 'id'], 'riferimento ordine': ['order', 'id'], 'stato ordine': ['order', 'status'], 'stato dell ordine': ['order', 'status'], 'totale ordine': ['total'],
  'stato pagamento': ['payment', 'status'], 'stato del pagamento': ['payment', 'status'], 'stato spedizione': ['shipping', 'status'],
  'nome prodotto': ['product', 'name'], 'nome articolo': ['product', 'name'], 'codice articolo': ['sku'], 'codice prodotto': ['sku'], 'cod articolo': ['sku'], 'codice a barre': ['sku'],
  'prezzo unitario': ['unit', 'price'], 'totale riga': ['product', 'total'], 'codice sconto': ['coupon', 'code'], 'codice promozionale': ['coupon', 'code'], 'codice coupon': ['coupon', 'code'], 'buono sconto': ['coupon'],
  'importo iva': ['tax', 'amount'], 'costo spedizione': ['shipping', 'amount'], 'costo di spedizione': ['shipping', 'amount'], 'spese spedizione': ['shipping', 'amount'], 'spese di consegna': ['shipping', 'amount'],
  'modalita di pagamento': ['payment', 'method'], 'modalita pagamento': ['payment', 'method'], 'metodo pagamento': ['payment', 'method'], 'modalita di spedizione': ['shipping', 'method'],
  'id transazione': ['transaction', 'id'], 'importo rimborsato': ['refund', 'amount'], 'data di creazione': ['created', 'date'], 'data creazione': ['created', 'date'], 'data modifica': ['updated', 'date'], 'ultima modifica': ['updated'],
  'iscritto alla newsletter': ['opt', 'in'], 'cliente dal': ['created'], 'membro dal': ['join', 'date'], 'socio dal': ['join', 'date'], 'iscritto dal': ['join', 'date'], 'saldo punti': ['points'],
  'url pagina': ['page', 'url'], 'risoluzione schermo': ['screen', 'resolution'], 'risoluzione dello schermo': ['screen', 'resolution'],
  'punto vendita': ['store'], 'potenziale cliente': ['lead'],
  'ordini totali': ['total', 'order'],
  'numero di eventi': ['event', 'count'], 'numero di ordini': ['order', 'count'], 'classe schermata': ['screen', 'class'], 'percorso pagina': ['page', 'path'], 'pagina di destinazione': ['landing', 'page'], 'sorgente mezzo': ['source', 'medium'],
  'ultimo accesso': ['last', 'login'], 'ultima attivita': ['last', 'activity'],
  'iva esclusa': ['excl', 'tax'], 'iva inclusa': ['incl', 'tax'], 'iva compresa': ['incl', 'tax'], 'canale di vendita': ['channel'], 'prezzo di vendita': ['price'], 'data di vendita': ['order', 'date'], 'data vendita': ['order', 'date'],
}

/** Whole-header words: a pupil's or member's register number alone ("Matricola") is the person's identifier (not "Matricola RT", a till's). */
export const ALONE: Record<string, string[]> = { matricola: ['customer', 'id'] }

/** Italian words other languages read otherwise: "Firma" is a signature, "Tara" a tare weight. */
// (an Italian documento is a sales document, an invoice or a receipt: no identity document, as Spanish and Portuguese read
// it; its number is the sale's, its total the sale's: CANONICAL_PHRASES)
export const OWN: Record<string, string[]> = { firma: ['signature'], tara: ['tare'], documento: ['document'] }
