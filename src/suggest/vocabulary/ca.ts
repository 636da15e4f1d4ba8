/** Catalan column vocabulary (keys folded as names are): shop, CRM and invoice exports. */
export const WORDS: Record<string, string[]> = {
  // a school's pupil is the person the record is about
  alumne: ['customer'],
  cognom: ['last', 'name'], cognoms: ['last', 'name'], sexe: ['gender'], naixement: ['birth'], empresa: ['company'], carrec: ['job', 'title'], departament: ['department'], telefon: ['phone'], mobil: ['mobile', 'phone'], adreca: ['@address'], carrer: ['street'],
  ciutat: ['city'], poblacio: ['city'], municipi: ['city'], provincia: ['state'], comarca: ['district'], pais: ['country'], client: ['customer'], clienta: ['customer'], soci: ['member'], comanda: ['order'], data: ['date'], hora: ['time'], producte: ['product'], article: ['product'],
  quantitat: ['quantity'], preu: ['price'], import: ['amount'], total: ['total'], iva: ['tax'], descompte: ['discount'], enviament: ['shipping'], moneda: ['currency'], divisa: ['currency'], pagament: ['payment'], metode: ['method'], estat: ['status'], punts: ['point'], nivell: ['tier'], observacions: ['note'], idioma: ['language'], descripcio: ['description'], tipus: ['type'],
  // everyday words of shop, CRM, newsletter, loyalty and analytics exports (WooCommerce, PrestaShop, Holded, Mailchimp in Catalan)
  tractament: ['courtesy', 'title'], genere: ['gender'], titol: ['title'], llengua: ['language'], nacionalitat: ['nationality'], correu: ['email'], pis: ['street', '2'], districte: ['district'], barri: ['district'],
  codi: ['code'], facturacio: ['billing'], lliurament: ['shipping'], usuari: ['user'], contacte: ['contact'], unitat: ['quantity'], unitats: ['quantity'], cupo: ['coupon'], impost: ['tax'], impostos: ['tax'],
  seguiment: ['tracking'], transaccio: ['transaction'], reemborsat: ['refund'], reemborsament: ['refund'], devolucio: ['return'], pagat: ['paid'], creacio: ['created'], creat: ['created'], creada: ['created'],
  actualitzat: ['updated'], actualitzada: ['updated'], actualitzacio: ['updated'], modificat: ['updated'], modificada: ['updated'], modificacio: ['updated'], darrer: ['last'], darrera: ['last'],
  butlleti: ['newsletter'], subscrit: ['opt', 'in'], subscrita: ['opt', 'in'], baixa: ['opt', 'out'], consentiment: ['opt', 'in'], font: ['source'], campanya: ['campaign'], etiqueta: ['tag'], etiquetes: ['tag'],
  caducitat: ['expiry'], venciment: ['expiry'], recompensa: ['loyalty'], recompenses: ['loyalty'], fidelitat: ['loyalty'], esdeveniment: ['event'], sessio: ['session'], dispositiu: ['device'], pagines: ['page'], visitant: ['visitor'],
  resolucio: ['resolution'], pantalla: ['screen'], comentari: ['note'], comentaris: ['note'], nota: ['note'], notes: ['note'],
  pes: ['weight'], talla: ['size'], color: ['color'], botiga: ['store'], estoc: ['stock'], ubicacio: ['location'], motiu: ['reason'], durada: ['duration'], visites: ['visits'], visita: ['visit'],
  accepta: ['accept'], gastat: ['spend'],
  activitat: ['activity'], propietari: ['owner'],
  comandes: ['order'], venedor: ['seller'], valoracio: ['score'], primera: ['first'], primer: ['first'],
}

/** Catalan "Nom" is the first name (French "nom" the last name): in a Catalan file. */
export const OWN: Record<string, string[]> = { nom: ['first', 'name'] }

export const PHRASES: Record<string, string[]> = {
  'nom i cognoms': ['full', 'name'], 'nom complet': ['full', 'name'], 'data de naixement': ['birth', 'date'], 'correu electronic': ['email'], 'codi postal': ['postal', 'code'], 'numero de comanda': ['order', 'number'], 'data de la comanda': ['order', 'date'],
  'preu unitari': ['unit', 'price'], 'despeses d enviament': ['shipping', 'amount'], 'metode de pagament': ['payment', 'method'], 'forma de pagament': ['payment', 'method'], 'nom del producte': ['product', 'name'],
  'primer cognom': ['last', 'name'], 'segon nom': ['middle', 'name'], 'adreca electronica': ['email'], 'adreca de correu': ['email'], 'lloc web': ['website'], 'pagina web': ['website'], 'telefon mobil': ['mobile', 'phone'], 'telefon fix': ['phone'],
  'codi de pais': ['country', 'code'], 'adreca ip': ['ip'], 'rao social': ['company', 'name'], 'nom de l empresa': ['company', 'name'], 'nom d usuari': ['login'],
  'num client': ['customer', 'id'], 'codi de client': ['customer', 'id'], 'codi client': ['customer', 'id'], 'id de client': ['customer', 'id'], 'numero de soci': ['member', 'id'], 'num soci': ['member', 'id'], 'id d usuari': ['user', 'id'], 'id de contacte': ['contact', 'id'],
  'num comanda': ['order', 'number'], 'id de comanda': ['order', 'id'], 'data de comanda': ['order', 'date'], 'estat de la comanda': ['order', 'status'], 'estat del pagament': ['payment', 'status'],
  'codi de barres': ['sku'], 'import total': ['total'], 'base imposable': ['net'], 'total linia': ['product', 'total'], 'codi de descompte': ['coupon', 'code'], 'codi promocional': ['coupon', 'code'], 'import de l iva': ['tax', 'amount'],
  'numero de seguiment': ['tracking', 'number'], 'codi de seguiment': ['tracking', 'number'], 'metode d enviament': ['shipping', 'method'], 'id de transaccio': ['transaction', 'id'],
  'data de creacio': ['created', 'date'], 'data de modificacio': ['updated', 'date'], 'data de caducitat': ['expiry', 'date'],
  // "Cancel·lat": the middle dot splits the word (and "lat" is no latitude here)
  'cancel lat': ['cancel'], 'cancel lada': ['cancel'], 'cancel lacio': ['cancel'],
  'soci des de': ['join', 'date'], 'membre des de': ['join', 'date'], 'client des de': ['created'], 'sistema operatiu': ['operating', 'system'], 'resolucio de pantalla': ['screen', 'resolution'],
  'total gastat': ['lifetime', 'spend'],
  // "Nombre de ..." is a count (Spanish "nombre" is a name)
  'sense iva': ['excl', 'tax'], 'amb iva': ['incl', 'tax'], 'nombre de comandes': ['order', 'count'], 'nombre de visites': ['visits'], 'nombre d articles': ['quantity'], 'canal de venda': ['channel'],
}
