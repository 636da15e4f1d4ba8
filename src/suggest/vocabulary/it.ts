/** Italian column vocabulary (keys lower-case without accents). */
export const WORDS: Record<string, string[]> = {
  lordo: ['gross'], lorda: ['gross'],
  navigatore: ['browser'], dispositivo: ['device'], pagina: ['page'], referrer: ['referrer'], campagna: ['campaign'], sessione: ['session'], transazione: ['transaction'], entrate: ['total'], ricavi: ['total'], acquisto: ['purchase'], evento: ['event'],
  nome: ['name'], cognome: ['last', 'name'], titolo: ['title'], sesso: ['gender'], nascita: ['birth'], indirizzo: ['street'], via: ['street'], civico: ['house', 'number'],
  cap: ['postal', 'code'], citta: ['city'], comune: ['city'], localita: ['city'], provincia: ['state'], regione: ['region'], nazione: ['country'], paese: ['country'],
  telefono: ['phone'], cellulare: ['mobile', 'phone'], azienda: ['company'], societa: ['company'], ditta: ['company'], ruolo: ['job', 'title'], qualifica: ['job', 'title'], creazione: ['created'], creato: ['created'], modifica: ['updated'], mansione: ['job', 'title'], reparto: ['department'],
  cliente: ['customer'], numero: ['number'], codice: ['code'], ordine: ['order'], data: ['date'], ora: ['time'], articolo: ['product'], prodotto: ['product'],
  quantita: ['quantity'], prezzo: ['price'], unitario: ['unit'], totale: ['total'], importo: ['amount'], iva: ['tax'], imposta: ['tax'], sconto: ['discount'],
  spedizione: ['shipping'], consegna: ['shipping'], fatturazione: ['billing'], pagamento: ['payment'], valuta: ['currency'], stato: ['status'],
  tessera: ['loyalty', 'card'], punti: ['points'], livello: ['tier'], iscrizione: ['join'], consenso: ['opt', 'in'], ultima: ['last'], attivita: ['activity'],
  spesa: ['spend'], visite: ['visits'], negozio: ['store'], lavoro: ['work'], ufficio: ['work'], casa: ['home'],
  di: [], del: [], della: [], dei: [], e: [], per: [], il: [], la: [], lo: [], in: [],
  qta: ['quantity'], descrizione: ['description'], corriere: ['carrier'], tracciamento: ['tracking'], modalita: ['method'], metodo: ['method'], luogo: ['place'], spese: ['price'], riferimento: ['reference'],
  riscattati: ['redeemed'], utilizzati: ['redeemed'], programma: ['program'], larghezza: ['width'], altezza: ['height'], adesione: ['join'],
  annullato: ['cancel'], cancellato: ['cancel'], postale: ['postal'], incluso: ['incl'], inclusa: ['incl'], compresa: ['incl'],
  compleanno: ['birth', 'date'], disiscrizione: ['opt', 'out'], lingua: ['language'], fonte: ['source'],
  nazionalita: ['nationality'], ultimo: ['last'], categoria: ['category'], rimborsato: ['refund'], rimborso: ['refund'], motivo: ['reason'], reso: ['return'], visitatore: ['visitor'], scadenza: ['expiry'], pagato: ['paid'], riga: ['product'],
  frazione: ['district'], ordini: ['order'], tipo: ['type'], pagine: ['page'], viste: ['views'], durata: ['duration'], fedelta: ['loyalty'], saldo: ['balance'], clienti: ['customer'], prodotti: ['goods'], articoli: ['goods'],
  sito: ['website'],
  commissione: ['fee'], commissioni: ['fee'], netto: ['net'],
  prossimo: ['next'], totali: ['total'], membro: ['member'], socio: ['member'],
}

export const PHRASES: Record<string, string[]> = {
  'valido fino al': ['expiry'], 'valido fino a': ['expiry'],
  'sistema operativo': ['operating', 'system'], 'url della pagina': ['page', 'url'], 'titolo della pagina': ['page', 'name'], 'categoria dispositivo': ['device', 'type'],
  'data di nascita': ['birth', 'date'], 'ragione sociale': ['company', 'name'], 'codice fiscale': ['tax', 'id'], 'partita iva': ['tax', 'id'], 'numero ordine': ['order', 'number'],
  'consenso marketing': ['opt', 'in'], 'spesa totale': ['lifetime', 'spend'], 'visite in negozio': ['store', 'visits'],
  'numero di tracking': ['tracking', 'number'], 'codice di tracciamento': ['tracking', 'number'], 'spese di spedizione': ['shipping', 'amount'], 'data ordine': ['order', 'date'], 'metodo di pagamento': ['payment', 'method'], 'metodo di spedizione': ['shipping', 'method'],
  'codice postale': ['postal', 'code'],
  'stato civile': ['marital', 'status'], 'casella postale': ['post', 'office', 'box'], 'fuso orario': ['timezone'],
  'frequenza di rimbalzo': ['bounce', 'rate'],
  'sito web': ['website'], 'sito internet': ['website'],
  'nome utente': ['login'],
  'via e numero civico': ['street'], 'numero civico': ['house', 'number'],
  'riga indirizzo': ['street'], 'indirizzo riga': ['street'], 'riga di indirizzo': ['street'],
}

/** Italian words other languages read otherwise: "Firma" is a signature, "Tara" a tare weight. */
export const OWN: Record<string, string[]> = { firma: ['signature'], tara: ['tare'] }
