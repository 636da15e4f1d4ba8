/**
 * Romanian column vocabulary (keys lower-case without accents: ă→a, â→a, î→i, ș→s, ț→t): the words of shop,
 * marketplace, invoicing and CRM exports, with the genitive forms headers use ("Data comenzii", "Data nașterii").
 */
export const WORDS: Record<string, string[]> = {
  prenume: ['first', 'name'], nume: ['name'], titlu: ['title'], nasterii: ['birth'], nastere: ['birth'],
  adresa: ['@address'], strada: ['street'], numar: ['number'], numarul: ['number'], oras: ['city'], orasul: ['city'], localitate: ['city'], localitatea: ['city'], judet: ['state'], judetul: ['state'], tara: ['country'],
  companie: ['company'], companiei: ['company'], firma: ['company'], firmei: ['company'], cui: ['tax', 'id'], cif: ['tax', 'id'],
  clientului: ['customer'], comanda: ['order'], comenzii: ['order'], comenzi: ['order'], factura: ['billing'], facturii: ['billing'], facturare: ['billing'],
  produs: ['product'], produsului: ['product'], produse: ['goods'], cantitate: ['quantity'], cantitatea: ['quantity'], pret: ['price'], pretul: ['price'], unitar: ['unit'], valoare: ['amount'], valoarea: ['amount'], totala: ['total'],
  tva: ['tax'], reducere: ['discount'], reducerea: ['discount'], livrare: ['shipping'], livrarii: ['shipping'], transport: ['shipping'], plata: ['payment'], platii: ['payment'], moneda: ['currency'], metoda: ['method'],
  stare: ['status'], starea: ['status'], creat: ['created'], creata: ['created'], crearii: ['created'], inregistrare: ['created'], actualizat: ['updated'], actualizarii: ['updated'], modificat: ['updated'],
  limba: ['language'], observatii: ['note'], mentiuni: ['note'], nota: ['note'], descriere: ['description'], abonat: ['opt', 'in'], acord: ['opt', 'in'], curier: ['carrier'], awb: ['tracking', 'number'],
  serviciu: ['work'], acasa: ['home'], functie: ['job', 'title'], functia: ['job', 'title'], departament: ['department'], departamentul: ['department'],
  si: [], de: [], al: [], ale: [], la: [], cu: [], fara: ['excl'],
}

/** Whole headers only ("Gen"; see ALONE in index.ts). */
export const ALONE: Record<string, string[]> = { gen: ['gender'] }

export const PHRASES: Record<string, string[]> = {
  'nume complet': ['full', 'name'], 'nume de familie': ['last', 'name'], 'data nasterii': ['birth', 'date'], 'data de nastere': ['birth', 'date'], 'cod postal': ['postal', 'code'],
  'numar de telefon': ['phone', 'number'], 'numar telefon': ['phone', 'number'], 'adresa de email': ['email'], 'adresa email': ['email'], 'adresa de e mail': ['email'], 'nume firma': ['company', 'name'], 'nume companie': ['company', 'name'],
  'numar comanda': ['order', 'number'], 'id comanda': ['order', 'id'], 'data comenzii': ['order', 'date'], 'data comanda': ['order', 'date'], 'nume produs': ['product', 'name'], 'cod produs': ['sku'],
  'pret unitar': ['unit', 'price'], 'valoare totala': ['total'], 'total comanda': ['total'], 'cost transport': ['shipping', 'amount'], 'cost livrare': ['shipping', 'amount'], 'taxa de livrare': ['shipping', 'amount'], 'taxa livrare': ['shipping', 'amount'],
  'metoda de plata': ['payment', 'method'], 'modalitate de plata': ['payment', 'method'], 'metoda de livrare': ['shipping', 'method'], 'data crearii': ['created', 'date'], 'fara tva': ['net'], 'cu tva': ['total'],
}

/** Romanian words other languages read otherwise: in a Romanian file "Gen" is the gender anywhere in a name. */
export const OWN: Record<string, string[]> = { gen: ['gender'] }
