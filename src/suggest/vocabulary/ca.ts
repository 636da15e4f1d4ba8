/** Catalan column vocabulary (keys folded as names are): shop, CRM and invoice exports. */
export const WORDS: Record<string, string[]> = {
  cognom: ['last', 'name'], cognoms: ['last', 'name'], sexe: ['gender'], naixement: ['birth'], empresa: ['company'], carrec: ['job', 'title'], departament: ['department'], telefon: ['phone'], mobil: ['mobile', 'phone'], adreca: ['@address'], carrer: ['street'],
  ciutat: ['city'], poblacio: ['city'], municipi: ['city'], provincia: ['state'], comarca: ['district'], pais: ['country'], client: ['customer'], clienta: ['customer'], soci: ['member'], comanda: ['order'], data: ['date'], hora: ['time'], producte: ['product'], article: ['product'],
  quantitat: ['quantity'], preu: ['price'], import: ['amount'], total: ['total'], iva: ['tax'], descompte: ['discount'], enviament: ['shipping'], moneda: ['currency'], divisa: ['currency'], pagament: ['payment'], metode: ['method'], estat: ['status'], punts: ['point'], nivell: ['tier'], observacions: ['note'], idioma: ['language'], descripcio: ['description'], tipus: ['type'],
}

/** Catalan "Nom" is the first name (French "nom" the last name): in a Catalan file. */
export const OWN: Record<string, string[]> = { nom: ['first', 'name'] }

export const PHRASES: Record<string, string[]> = {
  'nom i cognoms': ['full', 'name'], 'nom complet': ['full', 'name'], 'data de naixement': ['birth', 'date'], 'correu electronic': ['email'], 'codi postal': ['postal', 'code'], 'numero de comanda': ['order', 'number'], 'data de la comanda': ['order', 'date'],
  'preu unitari': ['unit', 'price'], 'despeses d enviament': ['shipping', 'amount'], 'metode de pagament': ['payment', 'method'], 'forma de pagament': ['payment', 'method'], 'nom del producte': ['product', 'name'],
}
