/** Croatian, Serbian (Latin script) and Slovenian column vocabulary (keys folded as names are: č, ć, š, ž to c, s, z; đ kept): shop, CRM and invoice exports. */
export const WORDS: Record<string, string[]> = {
  ime: ['first', 'name'], prezime: ['last', 'name'], priimek: ['last', 'name'], spol: ['gender'], pol: ['gender'], rodenja: ['birth'], rojstva: ['birth'], tvrtka: ['company'], podjetje: ['company'], preduzece: ['company'], radno: [], mjesto: ['city'], naziv: ['name'],
  telefon: ['phone'], mobitel: ['mobile', 'phone'], mobilni: ['mobile', 'phone'], adresa: ['@address'], naslov: ['@address'], ulica: ['street'], grad: ['city'], kraj: ['city'], opcina: ['city'], obcina: ['city'], zupanija: ['state'], drzava: ['country'], postanski: ['postal'], postna: ['postal'],
  kupac: ['customer'], kupec: ['customer'], stranka: ['customer'], clan: ['member'], broj: ['number'], stevilka: ['number'], sifra: ['code'], narudzba: ['order'], narudzbe: ['order'], narocilo: ['order'], narocila: ['order'], porudzbina: ['order'], datum: ['date'], vrijeme: ['time'],
  proizvod: ['product'], artikl: ['product'], izdelek: ['product'], kolicina: ['quantity'], cijena: ['price'], cena: ['price'], iznos: ['amount'], znesek: ['amount'], ukupno: ['total'], skupaj: ['total'], pdv: ['tax'], ddv: ['tax'], popust: ['discount'],
  dostava: ['shipping'], dostave: ['shipping'], postarina: ['shipping', 'amount'], valuta: ['currency'], placanje: ['payment'], placila: ['payment'], nacin: ['method'], status: ['status'], kreirano: ['created'], bodovi: ['point'], tocke: ['point'], napomena: ['note'], opomba: ['note'], jezik: ['language'], oib: ['registration'], pib: ['registration'], opis: ['description'], vrsta: ['type'],
  i: [], in: [], za: [],
}

export const PHRASES: Record<string, string[]> = {
  'ime i prezime': ['full', 'name'], 'ime in priimek': ['full', 'name'], 'datum rodenja': ['birth', 'date'], 'datum rojstva': ['birth', 'date'], 'radno mjesto': ['job', 'title'], 'e posta': ['email'], 'postanski broj': ['postal', 'code'], 'postna stevilka': ['postal', 'code'],
  'broj narudzbe': ['order', 'number'], 'datum narudzbe': ['order', 'date'], 'stevilka narocila': ['order', 'number'], 'jedinicna cijena': ['unit', 'price'], 'cijena dostave': ['shipping', 'amount'], 'nacin placanja': ['payment', 'method'], 'nacin dostave': ['shipping', 'method'],
}
