/**
 * Czech and Slovak column vocabulary (keys lower-case without accents): the words of shop, invoicing and CRM
 * exports, with the genitive forms headers use ("Číslo objednávky", "Datum narození", "Název produktu").
 */
export const WORDS: Record<string, string[]> = {
  // (round 84: an insurance broker's policy, pojistka, poistka, is the record the rows are; its premium, pojistné, poistné, the price paid)
  pojistka: ['policy'], pojistky: ['policy'], poistka: ['policy'], poistky: ['policy'], pojistne: ['premium'], poistne: ['premium'],
  // a school's pupil (žák, žiak) is the person the record is about; a parent's (rodič, matka, otec) another person's; a reservation a booking
  zak: ['customer'], zaka: ['customer'], ziak: ['customer'], ziaka: ['customer'], rodic: ['parent'], rodice: ['parent'], matka: ['parent'], otec: ['parent'], otce: ['parent'],
  rezervace: ['order'], rezervacia: ['order'], rezervacie: ['order'],
  jmeno: ['first', 'name'], krestni: ['first'], meno: ['first', 'name'], prijmeni: ['last', 'name'], priezvisko: ['last', 'name'], nazev: ['name'], nazov: ['name'],
  osloveni: ['courtesy', 'title'], oslovenie: ['courtesy', 'title'], titul: ['title'], pohlavi: ['gender'], pohlavie: ['gender'], narozeni: ['birth'], narodenia: ['birth'], datum: ['date'],
  adresa: ['@address'], ulice: ['street'], cislo: ['number'], popisne: ['house'], mesto: ['city'], obec: ['city'], psc: ['postal', 'code'], okres: ['district'], zeme: ['country'], krajina: ['country'],
  telefonni: ['phone'], telefonne: ['phone'], mobilni: ['mobile', 'phone'], mobilny: ['mobile', 'phone'], firma: ['company'], firmy: ['company'], spolecnost: ['company'], spolecnosti: ['company'], spolocnost: ['company'],
  ico: ['registration'], dic: ['registration'], zakaznik: ['customer'], zakaznika: ['customer'], odberatel: ['customer'], odberatele: ['customer'], platce: ['billing'], platitel: ['billing'], platitela: ['billing'],
  dorucovaci: ['shipping'], celkova: ['total'], celkovy: ['total'], objednavka: ['order'], objednavky: ['order'], objednavku: ['order'], faktura: ['billing'], faktury: ['billing'], fakturacni: ['billing'], fakturacna: ['billing'], dodaci: ['shipping'], dodacia: ['shipping'],
  produkt: ['product'], produktu: ['product'], zbozi: ['goods'], tovar: ['goods'], polozka: ['product'], polozky: ['product'], mnozstvi: ['quantity'], mnozstvo: ['quantity'], pocet: ['quantity'], kusu: [], ks: ['quantity'],
  cena: ['price'], ceny: ['price'], jednotkova: ['unit'], celkem: ['total'], celkom: ['total'], castka: ['amount'], suma: ['total'], dph: ['tax'], sleva: ['discount'], slevy: ['discount'], zlava: ['discount'],
  doprava: ['shipping'], dopravy: ['shipping'], dopravne: ['shipping', 'amount'], postovne: ['shipping', 'amount'], doruceni: ['shipping'], platba: ['payment'], platby: ['payment'], zpusob: ['method'], sposob: ['method'],
  mena: ['currency'], meny: ['currency'], stav: ['status'], vytvoreno: ['created'], vytvoreni: ['created'], vytvorenia: ['created'], zalozeno: ['created'], upraveno: ['updated'], zmeneno: ['updated'], aktualizace: ['updated'],
  jazyk: ['language'], poznamka: ['note'], poznamky: ['note'], popis: ['description'], souhlas: ['opt', 'in'], novinky: ['opt', 'in'], sledovani: ['tracking'], zasilky: ['shipping'], dopravce: ['carrier'],
  pracovni: ['work'], pracovny: ['work'], domaci: ['home'], soukromy: ['home'], pozice: ['job', 'title'], funkce: ['job', 'title'], oddeleni: ['department'], oddelenie: ['department'],
  // everyday words of shop, invoicing, newsletter, loyalty and analytics exports (Shoptet, Fakturoid, iDoklad, WooCommerce, GA in Czech and Slovak)
  prostredni: ['middle'], narozeniny: ['birth', 'date'], narodnost: ['nationality'], obcanstvi: ['nationality'], komentar: ['note'], komentare: ['note'],
  telefon: ['phone'], telefonu: ['phone'], mobil: ['mobile', 'phone'], mobilu: ['mobile', 'phone'], www: ['website'], stranky: ['page'], soukrome: ['home'], sukromny: ['home'], pracovne: ['work'],
  ulica: ['street'], ulici: ['street'], orientacni: ['house'], supisne: ['house'], domu: ['house'], krajiny: ['country'], regionu: ['state'], region: ['state'],
  korespondencni: ['mailing'], korespondencna: ['mailing'], postovni: ['mailing'], postova: ['mailing'], dodani: ['shipping'], dodania: ['shipping'], dorucenia: ['shipping'], dorucovacia: ['shipping'], fakturacia: ['billing'],
  organizace: ['company'], organizacia: ['company'], pozicia: ['job', 'title'], kontakt: ['contact'], kontaktu: ['contact'], uzivatel: ['user'], uzivatele: ['user'], pouzivatel: ['user'], pouzivatela: ['user'], clen: ['member'], clena: ['member'], clenske: ['member'], clenstvi: ['member'], clenstvo: ['member'], externi: ['external'], referencni: ['reference'],
  objednavek: ['order'], objednavok: ['order'], nakup: ['order'], nakupu: ['order'], uctenka: ['order'], uctenky: ['order'], faktur: ['billing'], kod: ['code'], kodu: ['code'], kategorie: ['category'], kategoria: ['category'], znacka: ['manufacturer'], vyrobce: ['manufacturer'], vyrobca: ['manufacturer'],
  mezisoucet: ['subtotal'], medzisucet: ['subtotal'], kupon: ['coupon'], kuponu: ['coupon'], slevovy: ['coupon'], zlavovy: ['coupon'], poukaz: ['coupon'], poukazka: ['coupon'], poukazu: ['coupon'], dane: ['tax'],
  prepravce: ['carrier'], kuryr: ['carrier'], kurier: ['carrier'], sledovaci: ['tracking'], platebni: ['payment'], platobna: ['payment'], platobny: ['payment'], platbu: ['payment'], uhrada: ['payment'], uhrady: ['payment'], zaplaceno: ['paid'], uhrazeno: ['paid'], zaplatene: ['paid'], uhradene: ['paid'],
  transakce: ['transaction'], transakcie: ['transaction'], refundace: ['refund'], vraceno: ['refund'], vraceni: ['refund'], vratene: ['refund'], vratenie: ['refund'], zruseno: ['cancel'], zrusena: ['cancel'], zrusene: ['cancel'], storno: ['cancel'], stornovano: ['cancel'],
  zalozeni: ['created'], registrace: ['created'], registracie: ['created'], vytvorene: ['created'], aktualizovano: ['updated'], upravene: ['updated'], zmeny: ['updated'], zmena: ['updated'], posledni: ['last'], posledna: ['last'], posledny: ['last'], naposledy: ['last'],
  odber: ['subscription'], odberu: ['subscription'], odhlasen: ['opt', 'out'], odhlaseni: ['opt', 'out'], odhlaseny: ['opt', 'out'], suhlas: ['opt', 'in'], zdroj: ['source'], kanal: ['channel'], kampan: ['campaign'], kampane: ['campaign'], stitky: ['tag'], stitek: ['tag'], stitok: ['tag'],
  bodu: ['points'], bodov: ['points'], vernostni: ['loyalty'], vernostny: ['loyalty'], vernostne: ['loyalty'], zustatek: ['balance'], zostatok: ['balance'], uroven: ['tier'], urovne: ['tier'], platnost: ['expiry'], platnosti: ['expiry'], expirace: ['expiry'], odmeny: ['loyalty'], uplatneno: ['redeemed'], uplatnene: ['redeemed'], ziskano: ['earned'], ziskane: ['earned'],
  udalost: ['event'], udalosti: ['event'], cas: ['time'], casu: ['time'], relace: ['session'], relacie: ['session'], odkazujici: ['referrer'], odkazujuca: ['referrer'], prohlizec: ['browser'], prehliadac: ['browser'], zarizeni: ['device'], zariadenie: ['device'], zariadenia: ['device'], rozliseni: ['resolution'], rozlisenie: ['resolution'], obrazovky: ['screen'], navsteva: ['visit'], navstevy: ['visit'],
  objednani: ['order'], splatnost: ['due'], splatnosti: ['due'], vystaveni: ['created'], vystavenia: ['created'], interni: [], interna: [],
  vlastnik: ['owner'], majitel: ['owner'], aktivita: ['activity'], aktivity: ['activity'], zobrazeni: ['views'], zobrazenia: ['views'], utraceno: ['spend'],
  produkty: ['goods'], hmotnost: ['weight'], barva: ['color'], farba: ['color'], velikost: ['size'], velkost: ['size'], varianta: ['variant'], duvod: ['reason'], dovod: ['reason'],
  bez: ['excl'], vcetne: ['incl'], za: [], se: [],
  // (Czech and Slovak ticket sales and vouchers: Počet vstupeniek, Datum storna, Suma spolu)
  vstupenka: ['ticket'], vstupenky: ['ticket'], vstupenek: ['ticket'], vstupeniek: ['ticket'], storna: ['cancel'], spolu: [],
  // (round 82: a Czech firm's unit, "Útvar", is the department; a bus ticket, "Číslo jízdenky")
  utvar: ['department'], jizdenka: ['ticket'], jizdenky: ['ticket'], jizdenek: ['ticket'],
}

/** Whole headers only ("Stát"; see ALONE in index.ts). */
export const ALONE: Record<string, string[]> = { stat: ['country'] }

export const PHRASES: Record<string, string[]> = {
  // (round 84: the contact person of a broker's client firm)
  'kontaktni osoba': ['contact', 'person'], 'kontaktna osoba': ['contact', 'person'],
  // the goods' name ("Název zboží", Slovak "Názov tovaru")
  'nazev zbozi': ['product', 'name'], 'nazov tovaru': ['product', 'name'],
  // the academic titles written before and after the name (Ing., Ph.D.): a courtesy title and a suffix
  'titul za': ['suffix'], 'titul za jmenem': ['suffix'], 'titul za menom': ['suffix'], 'titul pred': ['courtesy', 'title'],
  'cele jmeno': ['full', 'name'], 'jmeno a prijmeni': ['full', 'name'], 'meno a priezvisko': ['full', 'name'], 'datum narozeni': ['birth', 'date'], 'datum narodenia': ['birth', 'date'],
  'cislo popisne': ['house', 'number'], 'nazev firmy': ['company', 'name'], 'nazov firmy': ['company', 'name'], 'cislo zakaznika': ['customer', 'id'], 'cislo objednavky': ['order', 'number'],
  'datum objednavky': ['order', 'date'], 'nazev produktu': ['product', 'name'], 'nazov produktu': ['product', 'name'], 'kod produktu': ['sku'], 'cena za kus': ['unit', 'price'], 'cena za jednotku': ['unit', 'price'],
  'zpusob dopravy': ['shipping', 'method'], 'zpusob platby': ['payment', 'method'], 'sposob platby': ['payment', 'method'], 'cislo faktury': ['billing', 'number'], 'datum vytvoreni': ['created', 'date'],
  'cislo zasilky': ['tracking', 'number'], 'e mail': ['email'], 'cena s dph': ['total'], 'cena bez dph': ['net'], 'celkem s dph': ['total'], 'celkem bez dph': ['net'],
  // everyday phrases of shop, invoicing, newsletter, loyalty and analytics exports
  'prostredni jmeno': ['middle', 'name'], 'titul pred jmenem': ['courtesy', 'title'], 'titul pred menom': ['courtesy', 'title'], 'statni prislusnost': [], 'telefonni cislo': ['phone', 'number'], 'telefonne cislo': ['phone', 'number'], 'mobilni telefon': ['mobile', 'phone'],
  'webova stranka': ['website'], 'webove stranky': ['website'], 'webova adresa': ['website'], 'webova stranka firmy': ['website'], 'cislo orientacni': ['house', 'number'], 'cislo domu': ['house', 'number'], 'supisne cislo': ['house', 'number'], 'c p': ['house', 'number'], 'cast obce': ['district'], 'mestska cast': ['district'],
  'kod zeme': ['country', 'code'], 'kod krajiny': ['country', 'code'], 'korespondencni adresa': ['mailing', '@address'], 'korespondencna adresa': ['mailing', '@address'], 'pracovni pozice': ['job', 'title'], 'pracovna pozicia': ['job', 'title'], 'ic dph': ['registration'],
  'id zakaznika': ['customer', 'id'], 'cislo clena': ['member', 'id'], 'clenske cislo': ['member', 'id'], 'uzivatelske jmeno': ['login'], 'pouzivatelske meno': ['login'], 'c objednavky': ['order', 'number'], 'id objednavky': ['order', 'id'], 'c faktury': ['billing', 'number'], 'variabilni symbol': ['order', 'number'], 'variabilny symbol': ['order', 'number'],
  'datum nakupu': ['order', 'date'], 'datum platby': ['paid', 'date'], 'datum uhrady': ['paid', 'date'], 'datum zaplaceni': ['paid', 'date'], 'stav objednavky': ['order', 'status'], 'stav platby': ['payment', 'status'], 'nazev polozky': ['product', 'name'], 'nazov polozky': ['product', 'name'],
  'katalogove cislo': ['sku'], 'carovy kod': ['sku'], 'ciarovy kod': ['sku'], 'kod zbozi': ['sku'], 'kod tovaru': ['sku'], 'cena za mj': ['unit', 'price'], 'jednotkova cena': ['unit', 'price'], 'k uhrade': ['total'], 'na uhradu': ['total'], 'celkem k uhrade': ['total'], 'zaklad dane': ['net'], 'vyse dph': ['tax', 'amount'], 'suma dph': ['tax', 'amount'],
  'slevovy kod': ['coupon', 'code'], 'zlavovy kod': ['coupon', 'code'], 'darkovy poukaz': ['coupon'], 'cena dopravy': ['shipping', 'amount'], 'cena dorucenia': ['shipping', 'amount'], 'sledovaci cislo': ['tracking', 'number'], 'zpusob doruceni': ['shipping', 'method'], 'sposob dopravy': ['shipping', 'method'], 'sposob dorucenia': ['shipping', 'method'],
  'platebni metoda': ['payment', 'method'], 'platobna metoda': ['payment', 'method'], 'id transakce': ['transaction', 'id'], 'id transakcie': ['transaction', 'id'], 'datum zalozeni': ['created', 'date'], 'datum registrace': ['created', 'date'], 'datum registracie': ['created', 'date'], 'datum zmeny': ['updated', 'date'], 'datum upravy': ['updated', 'date'], 'datum vytvorenia': ['created', 'date'],
  'odber novinek': ['opt', 'in'], 'odber noviniek': ['opt', 'in'], 'souhlas s odberem': ['opt', 'in'], 'suhlas s odberom': ['opt', 'in'], 'souhlas se zasilanim': ['opt', 'in'], 'vernostni body': ['loyalty', 'points'], 'vernostne body': ['loyalty', 'points'], 'pocet bodu': ['points'], 'pocet bodov': ['points'], 'stav bodu': ['points'], 'platnost do': ['expiry'], 'platne do': ['expiry'], 'clenem od': ['join', 'date'], 'clenom od': ['join', 'date'],
  'cas udalosti': ['timestamp'], 'datum a cas': ['timestamp'], 'nazev stranky': ['page', 'name'], 'nazov stranky': ['page', 'name'], 'titulek stranky': ['page', 'name'], 'url stranky': ['page', 'url'], 'odkazujici stranka': ['referrer'], 'operacni system': ['operating', 'system'], 'operacny system': ['operating', 'system'],
  'typ zarizeni': ['device', 'type'], 'typ zariadenia': ['device', 'type'], 'rozliseni obrazovky': ['screen', 'resolution'], 'rozlisenie obrazovky': ['screen', 'resolution'], 'ip adresa': ['ip'],
  'postovni smerovaci cislo': ['postal', 'code'], 'postove smerovacie cislo': ['postal', 'code'], 'kod objednavky': ['order', 'id'], 'datum objednani': ['order', 'date'], 'c o': ['house', 'number'], 'doplnujici udaje': ['street', '2'], 'datum vystaveni': ['created', 'date'], 'datum vystavenia': ['created', 'date'], 'datum splatnosti': ['due', 'date'],
  'doba trvani': ['duration'], 'celkem utraceno': ['lifetime', 'spend'], 'posledni aktivita': ['last', 'activity'],
}

/** Czech (and Slovak) words other languages read otherwise (Polish "kraj" is the country): in a Czech file, these. */
export const OWN: Record<string, string[]> = { kraj: ['state'], stat: ['country'] }
