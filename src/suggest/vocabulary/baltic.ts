/** Estonian, Latvian and Lithuanian column vocabulary (keys folded as names are: diacritics dropped): shop, CRM and invoice exports. */
export const WORDS: Record<string, string[]> = {
  // (round 84: an insurance broker's policy, Latvian polise, Lithuanian polisas, Estonian poliis, is the record the rows are, its
  // premium, Latvian prēmija, Estonian kindlustusmakse, the price paid; its issue, noformēšana, when it was made)
  polise: ['policy'], polises: ['policy'], polisas: ['policy'], poliso: ['policy'], poliis: ['policy'], poliisi: ['policy'], premija: ['premium'], premijas: ['premium'], kindlustusmakse: ['premium'],
  noformesana: ['created'], noformesanas: ['created'],
  // Latvian registration ("Reģistrācijas Nr.") and contact person ("Kontaktpersonas e-pasts")
  registracijas: ['registration'], kontaktpersona: ['contact', 'person'], kontaktpersonas: ['contact', 'person'],
  // a school's pupil (Lithuanian mokinys, Latvian skolnieks, Estonian õpilane) is the person the record is about; a parent's
  // (tėvo, motinos, vecāku, vanema) another person's
  mokinys: ['customer'], mokinio: ['customer'], skolnieks: ['customer'], skolnieka: ['customer'], skolena: ['customer'], opilane: ['customer'], opilase: ['customer'],
  tevo: ['parent'], tevu: ['parent'], motinos: ['parent'], globejo: ['guardian'], vecaku: ['parent'], vecaki: ['parent'], vanema: ['parent'], vanem: ['parent'],
  // Estonian contact person
  kontaktisik: ['contact', 'person'],
  // Estonian
  saadetis: ['shipping'], saadetise: ['shipping'],
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
  // everyday words of shop, invoicing, newsletter, loyalty and analytics exports (Estonian; ü, õ, ä, ö folded to u, o, a, o)
  sunniaeg: ['birth', 'date'], sunnikuupaev: ['birth', 'date'], sunnipaev: ['birth', 'date'], taisnimi: ['full', 'name'], nimi: ['name'], poordumine: ['courtesy', 'title'], tiitel: ['title'], kodakondsus: ['nationality'], markus: ['note'], kommentaar: ['note'],
  epost: ['email'], telefoninumber: ['phone', 'number'], mobiiltelefon: ['mobile', 'phone'], mobiilinumber: ['mobile', 'phone'], koduleht: ['website'], veebileht: ['website'], tootelefon: ['work', 'phone'], kodu: ['home'],
  majanumber: ['house', 'number'], korter: ['street', '2'], vald: ['city'], asula: ['city'], linnaosa: ['district'], sihtnumber: ['postal', 'code'], riigikood: ['country', 'code'], arve: ['billing'], arveaadress: ['billing', '@address'], tarneaadress: ['shipping', '@address'], postiaadress: ['mailing', '@address'],
  ettevotte: ['company'], organisatsioon: ['company'], osakond: ['department'], amet: ['job', 'title'], registrikood: ['registration'], kmkr: ['registration'],
  kood: ['code'], kliendikood: ['customer', 'id'], kliendinumber: ['customer', 'id'], liige: ['member'], liikme: ['member'], kasutaja: ['user'], kasutajanimi: ['login'], viide: ['reference'], viitenumber: ['reference'],
  ostu: ['order'], arvenumber: ['billing', 'number'], kviitung: ['order'], makstud: ['paid'], staatus: ['status'], tooted: ['goods'], tootekood: ['sku'], ribakood: ['sku'], kategooria: ['category'], kaubamark: ['manufacturer'], tootja: ['manufacturer'],
  uhikuhind: ['unit', 'price'], vahesumma: ['subtotal'], summa: ['total'], netosumma: ['net'], sooduskood: ['coupon', 'code'], kupong: ['coupon'], tarneviis: ['shipping', 'method'], saatmisviis: ['shipping', 'method'], tarnekulu: ['shipping', 'amount'], saatmiskulu: ['shipping', 'amount'],
  kuller: ['carrier'], vedaja: ['carrier'], jalgimiskood: ['tracking', 'number'], jalgimisnumber: ['tracking', 'number'], tehing: ['transaction'], tehingu: ['transaction'], tagastus: ['refund'], tagasimakse: ['refund'], tuhistatud: ['cancel'],
  loodud: ['created'], loomise: ['created'], loomisaeg: ['created', 'date'], muudetud: ['updated'], uuendatud: ['updated'], viimane: ['last'], uudiskiri: ['opt', 'in'], nousolek: ['opt', 'in'], allikas: ['source'], kanal: ['channel'], kampaania: ['campaign'], sildid: ['tag'],
  punktid: ['points'], boonuspunktid: ['points'], saldo: ['balance'], tase: ['tier'], aegumine: ['expiry'], aegumise: ['expiry'], liitumine: ['join'], liitumise: ['join'], puhkliendi: ['loyalty'], puhklient: ['loyalty'],
  sundmus: ['event'], aeg: ['time'], seanss: ['session'], sessioon: ['session'], leht: ['page'], lehe: ['page'], pealkiri: ['title'], viitaja: ['referrer'], brauser: ['browser'], seade: ['device'], seadme: ['device'], operatsioonisusteem: ['operating', 'system'], resolutsioon: ['resolution'], ekraan: ['screen'], ekraani: ['screen'],
  // Latvian (ā, ē, ī, ū, č, ģ, ķ, ļ, ņ, š, ž folded)
  uzruna: ['courtesy', 'title'], valoda: ['language'], pilsoniba: ['nationality'], piezime: ['note'], komentars: ['note'], epasts: ['email'], talruna: ['phone'], telefons: ['phone'], telefona: ['phone'], mobilais: ['mobile', 'phone'], fakss: ['fax', 'phone'], majaslapa: ['website'], darba: ['work'],
  dzivoklis: ['street', '2'], pagasts: ['district'], indekss: ['postal', 'code'], rekins: ['billing'], rekina: ['billing'], uznemuma: ['company'], nosaukums: ['name'], nodala: ['department'],
  numurs: ['number'], klienta: ['customer'], biedrs: ['member'], biedra: ['member'], lietotajs: ['user'], lietotaja: ['user'], lietotajvards: ['login'], kontakts: ['contact'], atsauce: ['reference'],
  pirkums: ['order'], pirkuma: ['order'], ceks: ['order'], apmaksats: ['paid'], apmaksas: ['payment'], samaksas: ['payment'], stavoklis: ['status'], produkta: ['product'], preces: ['product'], svitrkods: ['sku'], kategorija: ['category'], zimols: ['manufacturer'], razotajs: ['manufacturer'],
  gab: ['quantity'], vienibas: ['unit'], starpsumma: ['subtotal'], kopsumma: ['total'], atlaides: ['discount'], kupons: ['coupon'], izmaksas: ['price'], kurjers: ['carrier'], parvadatajs: ['carrier'], izsekosanas: ['tracking'], maksajuma: ['payment'], darijums: ['transaction'], darijuma: ['transaction'],
  atmaksa: ['refund'], atmaksats: ['refund'], atcelts: ['cancel'], izveidots: ['created'], izveides: ['created'], atjaunots: ['updated'], mainits: ['updated'], pedeja: ['last'], pedejais: ['last'], piekrisana: ['opt', 'in'], avots: ['source'], kanals: ['channel'], kampana: ['campaign'], birkas: ['tag'],
  punkti: ['points'], punktu: ['points'], atlikums: ['balance'], limenis: ['tier'], derigums: ['expiry'], derigs: ['expiry'], lojalitates: ['loyalty'], pievienosanas: ['join'], notikums: ['event'], laiks: ['time'], sesija: ['session'], lapa: ['page'], lapas: ['page'],
  novirzitajs: ['referrer'], parluks: ['browser'], parlukprogramma: ['browser'], ierice: ['device'], ierices: ['device'], operetajsistema: ['operating', 'system'], izskirtspeja: ['resolution'], ekrana: ['screen'],
  // Lithuanian (ą, č, ę, ė, į, š, ų, ū, ž folded)
  kreipinys: ['courtesy', 'title'], gimtadienis: ['birth', 'date'], kalba: ['language'], pilietybe: ['nationality'], pastaba: ['note'], komentaras: ['note'], telefono: ['phone'], mobilusis: ['mobile', 'phone'], mobiliojo: ['mobile', 'phone'], faksas: ['fax', 'phone'], svetaine: ['website'], tinklalapis: ['website'], darbo: ['work'], namu: ['home'],
  namo: ['house'], buto: ['street', '2'], savivaldybe: ['city'], rajonas: ['district'], miesto: ['city'], salies: ['country'], saskaita: ['billing'], saskaitos: ['billing'], imones: ['company'], pavadinimas: ['name'], skyrius: ['department'], pvm: ['tax'],
  kliento: ['customer'], kodas: ['code'], narys: ['member'], nario: ['member'], vartotojas: ['user'], vartotojo: ['user'], naudotojas: ['user'], naudotojo: ['user'], kontaktas: ['contact'],
  pirkimas: ['order'], pirkimo: ['order'], kvitas: ['order'], apmoketa: ['paid'], apmokejimo: ['payment'], apmokejimas: ['payment'], statusas: ['status'], produkto: ['product'], preke: ['product'], gamintojas: ['manufacturer'], vnt: ['quantity'], vieneto: ['unit'], suma: ['total'],
  nuolaidos: ['discount'], kuponas: ['coupon'], mokestis: ['fee'], kurjeris: ['carrier'], vezejas: ['carrier'], sekimo: ['tracking'], siunta: ['shipping'], siuntos: ['shipping'], grazinimas: ['refund'], grazinta: ['refund'], grazinimo: ['refund'], atsaukta: ['cancel'], atsauktas: ['cancel'], atsaukimo: ['cancel'],
  sukurta: ['created'], sukurimo: ['created'], atnaujinta: ['updated'], atnaujinimo: ['updated'], paskutinis: ['last'], paskutine: ['last'], naujienlaiskis: ['opt', 'in'], sutikimas: ['opt', 'in'], saltinis: ['source'], kanalas: ['channel'], kampanija: ['campaign'], zymos: ['tag'],
  taskai: ['points'], tasku: ['points'], likutis: ['balance'], lygis: ['tier'], galiojimo: ['expiry'], lojalumo: ['loyalty'], ivykis: ['event'], ivykio: ['event'], laikas: ['time'], puslapis: ['page'], puslapio: ['page'], narsykle: ['browser'], irenginys: ['device'], irenginio: ['device'], raiska: ['resolution'], ekrano: ['screen'],
  maksetahtaeg: ['due', 'date'], israsymo: ['created'],
  omanik: ['owner'], tegevus: ['activity'], ipasnieks: ['owner'], aktivitate: ['activity'], savininkas: ['owner'], veikla: ['activity'], kestus: ['duration'], ilgums: ['duration'], trukme: ['duration'],
  kaal: ['weight'], varv: ['color'], suurus: ['size'], pohjus: ['reason'], svars: ['weight'], krasa: ['color'], izmers: ['size'], iemesls: ['reason'], svoris: ['weight'], spalva: ['color'], dydis: ['size'], priezastis: ['reason'],
  kmga: ['incl', 'tax'], kmta: ['excl', 'tax'], ilma: [],
  ir: [], ar: [], su: [], be: [], uz: [],
  // (round 77: Estonian "Soodustus", a discount; Latvian "Dzīvesvieta", the place one lives, a city)
  soodustus: ['discount'], soodustuse: ['discount'], dzivesvieta: ['city'], dzivesvietas: ['city'],
  // (round 82: a Latvian or Lithuanian ERP's business partner, "Partnera nosaukums", is the company dealt with; an address
  // that is "actual", Latvian "Faktiskā adrese", Lithuanian "Faktinis adresas", is the address)
  kods: ['code'], partneris: ['company'], partnera: ['company'], partneru: ['company'], partnerio: ['company'], faktiska: [], faktiskas: [], faktinis: [],
}

export const PHRASES: Record<string, string[]> = {
  'pasta indekss': ['postal', 'code'], 'pasto kodas': ['postal', 'code'], 'dzimsanas datums': ['birth', 'date'], 'gimimo data': ['birth', 'date'], 'pasutijuma numurs': ['order', 'number'], 'uzsakymo numeris': ['order', 'number'], 'tellimuse number': ['order', 'number'],
  'e pasts': ['email'], 'el pastas': ['email'], 'e post': ['email'], 'mokejimo budas': ['payment', 'method'], 'pristatymo budas': ['shipping', 'method'], 'piegades veids': ['shipping', 'method'],
  // everyday phrases of shop, invoicing, newsletter, loyalty and analytics exports
  'e posti aadress': ['email'], 'ip aadress': ['ip'], 'kmkr number': ['registration'], 'ettevotte nimi': ['company', 'name'], 'toote nimi': ['product', 'name'], 'kehtib kuni': ['expiry'], 'lehe pealkiri': ['page', 'name'], 'lehe url': ['page', 'url'], 'kuupaev ja kellaaeg': ['timestamp'],
  'pilns vards': ['full', 'name'], 'dzimsanas diena': ['birth', 'date'], 'e pasta adrese': ['email'], 'talruna numurs': ['phone', 'number'], 'mobilais talrunis': ['mobile', 'phone'], 'timekla vietne': ['website'], 'majas numurs': ['house', 'number'], 'valsts kods': ['country', 'code'],
  'uznemuma nosaukums': ['company', 'name'], 'registracijas numurs': ['registration'], 'pvn maksataja numurs': ['registration'], 'klienta numurs': ['customer', 'id'], 'rekina numurs': ['billing', 'number'], 'apmaksas veids': ['payment', 'method'], 'maksajuma veids': ['payment', 'method'], 'produkta nosaukums': ['product', 'name'], 'preces nosaukums': ['product', 'name'], 'preces kods': ['sku'],
  'vienibas cena': ['unit', 'price'], 'bez pvn': ['net'], 'ar pvn': ['incl', 'tax'], 'su pvm': ['incl', 'tax'], 'ar kmga': ['incl', 'tax'], 'ilma kmta': ['net'], 'pvn summa': ['tax', 'amount'], 'atlaides kods': ['coupon', 'code'], 'piegades izmaksas': ['shipping', 'amount'], 'piegades maksa': ['shipping', 'amount'], 'izsekosanas numurs': ['tracking', 'number'], 'jaunumu vestule': ['opt', 'in'], 'derigs lidz': ['expiry'], 'lapas nosaukums': ['page', 'name'], 'ip adrese': ['ip'],
  'vardas ir pavarde': ['full', 'name'], 'el pasto adresas': ['email'], 'tel nr': ['phone', 'number'], 'telefono numeris': ['phone', 'number'], 'interneto svetaine': ['website'], 'namo numeris': ['house', 'number'], 'buto numeris': ['street', '2'], 'salies kodas': ['country', 'code'], 'saskaitos numeris': ['billing', 'number'],
  'imones pavadinimas': ['company', 'name'], 'imones kodas': ['registration'], 'pvm kodas': ['registration'], 'pvm moketojo kodas': ['registration'], 'kliento kodas': ['customer', 'id'], 'vartotojo vardas': ['login'], 'naudotojo vardas': ['login'], 'pirkimo data': ['order', 'date'], 'apmokejimo budas': ['payment', 'method'], 'apmokejimo data': ['paid', 'date'],
  'produkto pavadinimas': ['product', 'name'], 'prekes pavadinimas': ['product', 'name'], 'prekes kodas': ['sku'], 'bruksninis kodas': ['sku'], 'prekes zenklas': ['manufacturer'], 'vieneto kaina': ['unit', 'price'], 'tarpine suma': ['subtotal'], 'is viso': ['total'], 'bendra suma': ['total'], 'be pvm': ['net'], 'pvm suma': ['tax', 'amount'],
  'nuolaidos kodas': ['coupon', 'code'], 'pristatymo kaina': ['shipping', 'amount'], 'pristatymo mokestis': ['shipping', 'amount'], 'sekimo numeris': ['tracking', 'number'], 'siuntos numeris': ['tracking', 'number'], 'sukurimo data': ['created', 'date'], 'galioja iki': ['expiry'], 'puslapio pavadinimas': ['page', 'name'], 'operacine sistema': ['operating', 'system'], 'ip adresas': ['ip'],
  'apmaksas termins': ['due', 'date'], 'apmokejimo terminas': ['due', 'date'], 'israsymo data': ['created', 'date'],
}

/** Estonian "KM" (käibemaks) is the value-added tax: "KM 22%", "KM summa" (elsewhere two letters mean kilometres). */
export const OWN: Record<string, string[]> = { km: ['tax'] }
