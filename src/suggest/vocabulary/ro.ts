/**
 * Romanian column vocabulary (keys lower-case without accents: ă→a, â→a, î→i, ș→s, ț→t): the words of shop,
 * marketplace, invoicing and CRM exports, with the genitive forms headers use ("Data comenzii", "Data nașterii").
 */
export const WORDS: Record<string, string[]> = {
  // (round 84: a receipt, chitanță, is the record the rows are)
  chitanta: ['receipt'], chitantei: ['receipt'],
  // a school's pupil is the person the record is about ("Nr. matricol"); a parent's (părinte, mamă, tată, tutore) another person's;
  // a reservation a booking
  elev: ['customer'], elevului: ['customer'], parinte: ['parent'], parintelui: ['parent'], parinti: ['parent'], mama: ['parent'], mamei: ['parent'], tata: ['parent'], tatalui: ['parent'], tutore: ['guardian'],
  rezervare: ['order'], rezervarii: ['order'],
  emitere: ['created'], emiterii: ['created'], prenume: ['first', 'name'], nume: ['name'], titlu: ['title'], nasterii: ['birth'], nastere: ['birth'],
  adresa: ['@address'], strada: ['street'], numar: ['number'], numarul: ['number'], oras: ['city'], orasul: ['city'], localitate: ['city'], localitatea: ['city'], judet: ['state'], judetul: ['state'], tara: ['country'],
  companie: ['company'], companiei: ['company'], firma: ['company'], firmei: ['company'], cui: ['tax', 'id'], cif: ['tax', 'id'],
  clientului: ['customer'], comanda: ['order'], comenzii: ['order'], comenzi: ['order'], factura: ['billing'], facturii: ['billing'], facturare: ['billing'],
  produs: ['product'], produsului: ['product'], produse: ['goods'], cantitate: ['quantity'], cantitatea: ['quantity'], pret: ['price'], pretul: ['price'], unitar: ['unit'], valoare: ['amount'], valoarea: ['amount'], totala: ['total'],
  tva: ['tax'], reducere: ['discount'], reducerea: ['discount'], livrare: ['shipping'], livrarii: ['shipping'], transport: ['shipping'], plata: ['payment'], platii: ['payment'], moneda: ['currency'], metoda: ['method'],
  stare: ['status'], starea: ['status'], creat: ['created'], creata: ['created'], crearii: ['created'], inregistrare: ['created'], actualizat: ['updated'], actualizarii: ['updated'], modificat: ['updated'],
  limba: ['language'], observatii: ['note'], mentiuni: ['note'], nota: ['note'], descriere: ['description'], abonat: ['opt', 'in'], acord: ['opt', 'in'], curier: ['carrier'], awb: ['tracking', 'number'],
  serviciu: ['work'], acasa: ['home'], functie: ['job', 'title'], functia: ['job', 'title'], departament: ['department'], departamentul: ['department'],
  si: [], de: [], al: [], ale: [], la: [], cu: [], fara: ['excl'],
  // everyday words of shop, CRM, newsletter, loyalty and analytics exports (eMAG Marketplace, SmartBill, Oblio, Gomag, MerchantPro, Shopify in Romanian)
  prenumele: ['first', 'name'], numele: ['name'], bloc: ['street', '2'], scara: ['street', '2'], etaj: ['street', '2'], apartament: ['street', '2'], regiune: ['state'], postala: ['postal'], denumire: ['name'], denumirea: ['name'],
  membru: ['member'], utilizator: ['user'], utilizatorului: ['user'], referinta: ['reference'], articol: ['product'], producator: ['manufacturer'], buc: ['quantity'], bucati: ['quantity'], linie: ['product'],
  tranzactie: ['transaction'], tranzactiei: ['transaction'], rambursat: ['refund'], rambursata: ['refund'], rambursare: ['refund'], platit: ['paid'], platita: ['paid'], modificare: ['updated'], modificarii: ['updated'],
  anulat: ['cancel'], anulata: ['cancel'], anulare: ['cancel'], dezabonat: ['opt', 'out'], dezabonare: ['opt', 'out'], consimtamant: ['opt', 'in'], sursa: ['source'], campanie: ['campaign'], campania: ['campaign'], eticheta: ['tag'], etichete: ['tag'],
  puncte: ['points'], punctele: ['points'], din: [], inscriere: ['join'], inscrierii: ['join'], expirare: ['expiry'], expirarii: ['expiry'], expira: ['expiry'], recompense: ['loyalty'],
  eveniment: ['event'], evenimentului: ['event'], sesiune: ['session'], sesiunii: ['session'], dispozitiv: ['device'], dispozitivului: ['device'], rezolutie: ['resolution'], comentariu: ['note'], comentarii: ['note'], nationalitate: ['nationality'], cetatenie: ['nationality'], cetatenia: ['nationality'],
  greutate: ['weight'], marime: ['size'], culoare: ['color'], stoc: ['stock'], magazin: ['store'], locatie: ['location'], retur: ['return'], motiv: ['reason'], motivul: ['reason'], vizualizari: ['views'], durata: ['duration'], vizitator: ['visitor'], vizite: ['visits'], varianta: ['variant'], tipul: ['type'],
  cheltuit: ['spend'], cheltuieli: ['spend'], accepta: ['accept'],
  sesiuni: ['visits'],
  activitate: ['activity'], activitatii: ['activity'], solicitant: ['customer'], proprietar: ['owner'], ultima: ['last'], ultimul: ['last'], ultimei: ['last'],
  modalitate: ['method'], vanzator: ['seller'], evaluare: ['score'], recomandat: ['referral'], grup: ['group'], persoana: ['person'], prima: ['first'], primul: ['first'],
  // (round 77: tickets, "Nr. bilete")
  bilete: ['ticket'], biletul: ['ticket'], biletului: ['ticket'],
}

/** Whole headers only ("Gen"; see ALONE in index.ts). */
export const ALONE: Record<string, string[]> = { gen: ['gender'] }

export const PHRASES: Record<string, string[]> = {
  // a pupil's register number ("Nr. matricol") is the person's identifier
  'nr matricol': ['customer', 'id'], 'numar matricol': ['customer', 'id'],
  'nume complet': ['full', 'name'], 'nume de familie': ['last', 'name'], 'data nasterii': ['birth', 'date'], 'data de nastere': ['birth', 'date'], 'cod postal': ['postal', 'code'],
  'numar de telefon': ['phone', 'number'], 'numar telefon': ['phone', 'number'], 'adresa de email': ['email'], 'adresa email': ['email'], 'adresa de e mail': ['email'], 'nume firma': ['company', 'name'], 'nume companie': ['company', 'name'],
  'numar comanda': ['order', 'number'], 'id comanda': ['order', 'id'], 'data comenzii': ['order', 'date'], 'data comanda': ['order', 'date'], 'nume produs': ['product', 'name'], 'cod produs': ['sku'],
  'pret unitar': ['unit', 'price'], 'valoare totala': ['total'], 'total comanda': ['total'], 'cost transport': ['shipping', 'amount'], 'cost livrare': ['shipping', 'amount'], 'taxa de livrare': ['shipping', 'amount'], 'taxa livrare': ['shipping', 'amount'],
  'metoda de plata': ['payment', 'method'], 'modalitate de plata': ['payment', 'method'], 'metoda de livrare': ['shipping', 'method'], 'data crearii': ['created', 'date'], 'fara tva': ['net'], 'cu tva': ['total'],
  'cod tara': ['country', 'code'], 'adresa postala': ['mailing', '@address'], 'adresa ip': ['ip'], 'denumire firma': ['company', 'name'], 'cod fiscal': ['tax', 'id'], 'cod de identificare fiscala': ['tax', 'id'],
  'nr reg com': ['registration'], 'reg com': ['registration'], 'numar de inregistrare': ['registration'], 'numar inregistrare': ['registration'], 'nr inregistrare': ['registration'],
  'cod client': ['customer', 'id'], 'numar client': ['customer', 'id'], 'nr client': ['customer', 'id'], 'id client': ['customer', 'id'], 'numar membru': ['member', 'id'], 'id utilizator': ['user', 'id'],
  'nr comanda': ['order', 'number'], 'status comanda': ['order', 'status'], 'stare comanda': ['order', 'status'], 'starea comenzii': ['order', 'status'], 'status plata': ['payment', 'status'], 'stare plata': ['payment', 'status'], 'bon fiscal': ['order'],
  'denumire produs': ['product', 'name'], 'cod de bare': ['sku'], 'total linie': ['product', 'total'], 'valoare fara tva': ['net'], 'valoare tva': ['tax', 'amount'], 'cod reducere': ['coupon', 'code'], 'cod voucher': ['coupon', 'code'], 'cod cupon': ['coupon', 'code'],
  'numar awb': ['tracking', 'number'], 'nr awb': ['tracking', 'number'], 'id tranzactie': ['transaction', 'id'], 'suma rambursata': ['refund', 'amount'], 'data modificarii': ['updated', 'date'],
  'acord marketing': ['opt', 'in'], 'sold puncte': ['points'], 'membru din': ['join', 'date'], 'client din': ['created'], 'sistem de operare': ['operating', 'system'], 'sistem operare': ['operating', 'system'],
  'nume utilizator': ['login'], 'nume de utilizator': ['login'],
  'metoda plata': ['payment', 'method'], 'numarul comenzii': ['order', 'number'], 'nr comenzii': ['order', 'number'], 'fus orar': ['timezone'],
  'total cheltuit': ['lifetime', 'spend'],
  'ultima autentificare': ['last', 'login'], 'ultima activitate': ['last', 'activity'],
  'modalitate plata': ['payment', 'method'], 'canal de vanzare': ['channel'], 'canal vanzare': ['channel'], 'tip client': ['customer', 'type'], 'persoana de contact': ['contact'], 'persoana contact': ['contact'],
  // (Vendigo's promotional code, its discount, and the sum after it)
  'cod promotional': ['coupon', 'code'], 'reducere cod promotional': ['discount', 'amount'], 'suma cu reducere': ['total'], 'total cu reducere': ['total'],
}

/** Romanian words other languages read otherwise: in a Romanian file "Gen" is the gender anywhere in a name. */
// ("Sold" is a balance, not the English "sold"; "Sector" a district of Bucharest, not an industry)
export const OWN: Record<string, string[]> = { gen: ['gender'], sold: ['balance'], sector: ['district'] }
