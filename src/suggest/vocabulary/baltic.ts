/** Estonian, Latvian and Lithuanian column vocabulary (keys folded as names are: diacritics dropped): shop, CRM and invoice exports. */
export const WORDS: Record<string, string[]> = {
  // Estonian
  eesnimi: ['first', 'name'], perenimi: ['last', 'name'], perekonnanimi: ['last', 'name'], sugu: ['gender'], synniaeg: ['birth', 'date'], ettevote: ['company'], ametikoht: ['job', 'title'], telefon: ['phone'], mobiil: ['mobile', 'phone'], aadress: ['@address'],
  tanav: ['street'], linn: ['city'], maakond: ['state'], riik: ['country'], postiindeks: ['postal', 'code'], klient: ['customer'], kliendi: ['customer'], tellimus: ['order'], tellimuse: ['order'], kuupaev: ['date'], toode: ['product'], toote: ['product'],
  kogus: ['quantity'], hind: ['price'], kokku: ['total'], kaibemaks: ['tax'], allahindlus: ['discount'], tarne: ['shipping'], saatmine: ['shipping'], valuuta: ['currency'], makse: ['payment'], makseviis: ['payment', 'method'], olek: ['status'], markused: ['note'], keel: ['language'],
  // Latvian
  vards: ['first', 'name'], uzvards: ['last', 'name'], dzimums: ['gender'], dzimsanas: ['birth'], uznemums: ['company'], amats: ['job', 'title'], talrunis: ['phone'], adrese: ['@address'], iela: ['street'], pilseta: ['city'], novads: ['state'], valsts: ['country'], pasta: ['postal'],
  klients: ['customer'], pasutijums: ['order'], pasutijuma: ['order'], datums: ['date'], produkts: ['product'], prece: ['product'], daudzums: ['quantity'], cena: ['price'], kopa: ['total'], pvn: ['tax'], atlaide: ['discount'], piegade: ['shipping'], piegades: ['shipping'], valuta: ['currency'], maksajums: ['payment'], statuss: ['status'], piezimes: ['note'],
  // Lithuanian
  operacija: ['transaction'], operacijos: ['transaction'], numeris: ['number'], nr: ['number'],
  vardas: ['first', 'name'], pavarde: ['last', 'name'], lytis: ['gender'], gimimo: ['birth'], imone: ['company'], pareigos: ['job', 'title'], telefonas: ['phone'], adresas: ['@address'], gatve: ['street'], miestas: ['city'], apskritis: ['state'], salis: ['country'], pasto: ['postal'],
  klientas: ['customer'], uzsakymas: ['order'], uzsakymo: ['order'], data: ['date'], produktas: ['product'], prekes: ['product'], kiekis: ['quantity'], kaina: ['price'], viso: ['total'], nuolaida: ['discount'], pristatymas: ['shipping'], pristatymo: ['shipping'], valiuta: ['currency'], mokejimas: ['payment'], mokejimo: ['payment'], busena: ['status'], pastabos: ['note'],
}

export const PHRASES: Record<string, string[]> = {
  'pasta indekss': ['postal', 'code'], 'pasto kodas': ['postal', 'code'], 'dzimsanas datums': ['birth', 'date'], 'gimimo data': ['birth', 'date'], 'pasutijuma numurs': ['order', 'number'], 'uzsakymo numeris': ['order', 'number'], 'tellimuse number': ['order', 'number'],
  'e pasts': ['email'], 'el pastas': ['email'], 'e post': ['email'], 'mokejimo budas': ['payment', 'method'], 'pristatymo budas': ['shipping', 'method'], 'piegades veids': ['shipping', 'method'],
}
