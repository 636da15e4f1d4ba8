/**
 * Hungarian column vocabulary (keys lower-case without accents: á→a, é→e, ő→o, ű→u): the words of webshop,
 * invoicing and CRM exports, with the possessive forms headers use ("Rendelés dátuma", "Vevő neve").
 */
export const WORDS: Record<string, string[]> = {
  // (round 84: an insurance policy, kötvény, is the record the rows are)
  kotveny: ['policy'], kotvenyszam: ['policy', 'number'],
  // a school's pupil is the person the record is about; a parent's (szülő, gondviselő) another person's; a reservation a booking
  tanulo: ['customer'], diak: ['customer'], szulo: ['parent'], gondviselo: ['guardian'], foglalas: ['order'],
  keresztnev: ['first', 'name'], utonev: ['first', 'name'], vezeteknev: ['last', 'name'], csaladnev: ['last', 'name'], nev: ['name'], neve: ['name'],
  megszolitas: ['courtesy', 'title'], titulus: ['title'], neme: ['gender'], szuletesi: ['birth'], szuletesnap: ['birth', 'date'], datum: ['date'], datuma: ['date'],
  cim: ['@address'], cime: ['@address'], utca: ['street'], hazszam: ['house', 'number'], iranyitoszam: ['postal', 'code'], irsz: ['postal', 'code'], varos: ['city'], telepules: ['city'], megye: ['state'], orszag: ['country'],
  telefonszam: ['phone', 'number'], mobilszam: ['mobile', 'phone'], mobiltelefonszam: ['mobile', 'phone'], ceg: ['company'], cegnev: ['company', 'name'], adoszam: ['tax', 'id'],
  vevo: ['customer'], ugyfel: ['customer'], fizeto: ['billing'], vasarlo: ['customer'], postazasi: ['mailing'], kapcsolattarto: ['contact', 'name'], azonosito: ['id'], szam: ['number'], szama: ['number'], kod: ['code'], kodja: ['code'],
  rendeles: ['order'], rendelesszam: ['order', 'number'], termek: ['product'], termeknev: ['product', 'name'], cikkszam: ['sku'], mennyiseg: ['quantity'], darab: ['quantity'], egysegar: ['unit', 'price'],
  osszeg: ['amount'], osszesen: ['total'], vegosszeg: ['total'], afa: ['tax'], kedvezmeny: ['discount'], szallitas: ['shipping'], szallitasi: ['shipping'], szallitasidij: ['shipping', 'amount'], dij: ['price'],
  szamla: ['billing'], szamlazasi: ['billing'], fizetes: ['payment'], fizetesi: ['payment'], penznem: ['currency'], deviza: ['currency'],
  allapot: ['status'], allapota: ['status'], statusz: ['status'], letrehozva: ['created'], letrehozas: ['created'], regisztracio: ['created'], modositva: ['updated'], modositas: ['updated'],
  nyelv: ['language'], megjegyzes: ['note'], leiras: ['description'], hirlevel: ['opt', 'in'], hozzajarulas: ['opt', 'in'], csomagszam: ['tracking', 'number'], futarszolgalat: ['carrier'],
  munkahelyi: ['work'], otthoni: ['home'], beosztas: ['job', 'title'], munkakor: ['job', 'title'], osztaly: ['department'], weboldal: ['website'], honlap: ['website'],
  // everyday words of webshop, invoicing, newsletter, loyalty and analytics exports (Shoprenter, UNAS, Számlázz.hu,
  // Billingo, WooCommerce and GA in Hungarian); compounds ("termékkód", "ügyfélszám") also split into these
  elotag: ['courtesy', 'title'], kozepso: ['middle'], allampolgarsag: ['nationality'], nemzetiseg: [], megjegyzesek: ['note'], jegyzet: ['note'], komment: ['note'], email: ['email'],
  telefon: ['phone'], mobil: ['mobile', 'phone'], mobiltelefon: ['mobile', 'phone'], faxszam: ['fax', 'phone'], szemelyes: ['personal'], ceges: ['work'], uzleti: ['business'], weblap: ['website'], webcim: ['website'],
  emelet: ['street', '2'], ajto: ['street', '2'], kerulet: ['district'], levelezesi: ['mailing'], kezbesitesi: ['shipping'], orszagkod: ['country', 'code'], varosa: ['city'], orszaga: ['country'],
  vallalat: ['company'], vallalkozas: ['company'], szervezet: ['company'], cegadatok: ['company'], reszleg: ['department'], pozicio: ['job', 'title'], cegjegyzekszam: ['registration'], fiok: ['account'],
  ugyfelszam: ['customer', 'id'], vevokod: ['customer', 'id'], felhasznalo: ['user'], felhasznalonev: ['login'], tagsag: ['member'], tagsagi: ['member'], tagszam: ['member', 'id'], kapcsolat: ['contact'], hivatkozas: ['reference'], kulso: ['external'],
  rendelesi: ['order'], megrendeles: ['order'], megrendelo: ['customer'], vasarlas: ['order'], vasarlasi: ['order'], szamlaszam: ['billing', 'number'], nyugta: ['order'], fizetve: ['paid'], kifizetve: ['paid'], fizetett: ['paid'],
  termekek: ['goods'], tetel: ['product'], tetelek: ['goods'], megnevezes: ['name'], termekkod: ['sku'], vonalkod: ['sku'], kategoria: ['category'], marka: ['manufacturer'], gyarto: ['manufacturer'], darabszam: ['quantity'],
  reszosszeg: ['subtotal'], fizetendo: ['total'], adotartalom: ['tax', 'amount'], kupon: ['coupon'], kuponkod: ['coupon', 'code'], kedvezmenykod: ['coupon', 'code'], utalvany: ['coupon'], koltseg: ['price'], koltsege: ['price'],
  futar: ['carrier'], szallito: ['carrier'], nyomkoveto: ['tracking'], nyomkovetesi: ['tracking'], kuldemeny: ['shipping'], kuldemenyszam: ['tracking', 'number'], tranzakcio: ['transaction'], tranzakcios: ['transaction'],
  visszaterites: ['refund'], visszateritett: ['refund'], visszautalas: ['refund'], storno: ['cancel'], stornozva: ['cancel'], lemondva: ['cancel'], torolve: ['cancel'], frissitve: ['updated'], frissites: ['updated'], utolso: ['last'], legutobbi: ['last'],
  feliratkozas: ['opt', 'in'], feliratkozott: ['opt', 'in'], leiratkozott: ['opt', 'out'], leiratkozas: ['opt', 'out'], forras: ['source'], csatorna: ['channel'], kampany: ['campaign'], cimke: ['tag'], cimkek: ['tag'],
  pont: ['points'], pontok: ['points'], pontjai: ['points'], egyenleg: ['balance'], szint: ['tier'], szintje: ['tier'], huseg: ['loyalty'], husegprogram: ['loyalty', 'program'], husegpont: ['loyalty', 'points'], husegpontok: ['loyalty', 'points'], torzsvasarloi: ['loyalty'], kartya: ['card'], kartyaszam: ['card', 'number'],
  lejarat: ['expiry'], lejarati: ['expiry'], lejarata: ['expiry'], ervenyesseg: ['expiry'], bevaltott: ['redeemed'], gyujtott: ['earned'], csatlakozas: ['join'], csatlakozott: ['join'],
  esemeny: ['event'], esemenyek: ['event'], idopont: ['timestamp'], munkamenet: ['session'], oldal: ['page'], oldalcim: ['page', 'name'], hivatkozo: ['referrer'], bongeszo: ['browser'], eszkoz: ['device'], tipus: ['type'], tipusa: ['type'], felbontas: ['resolution'], kepernyo: ['screen'], latogatas: ['visit'], latogato: ['visitor'],
  esedekesseg: ['due'], hatarido: ['due'],
  tulajdonos: ['owner'], aktivitas: ['activity'], tevekenyseg: ['activity'], megtekintes: ['views'], megtekintesek: ['views'], idotartam: ['duration'], koltes: ['spend'],
  osszege: ['amount'], suly: ['weight'], szin: ['color'], meret: ['size'], variacio: ['variant'], valtozat: ['variant'], indok: ['reason'], oka: ['reason'],
  es: [], a: [], az: [],
  // possessive forms of a buyer's place (Vevő irányítószáma, Vevő települése) and a person of a company (Személy1: Név)
  iranyitoszama: ['postal', 'code'], telepulese: ['city'], szemely: ['contact'],
  // (round 77: a person's tax identifier, "Adóazonosító jel")
  adoazonosito: ['tax', 'id'], jel: [],
  // (round 82: a parcel's recipient, "Címzett telefonszáma")
  cimzett: ['shipping'], cimzettje: ['shipping'],
}

export const PHRASES: Record<string, string[]> = {
  'teljes nev': ['full', 'name'], 'szuletesi datum': ['birth', 'date'], 'szuletesi ido': ['birth', 'date'], 'e mail cim': ['email'], 'email cim': ['email'],
  'rendeles szama': ['order', 'number'], 'rendeles datuma': ['order', 'date'], 'termek neve': ['product', 'name'], 'szallitasi dij': ['shipping', 'amount'], 'szallitasi mod': ['shipping', 'method'],
  'fizetesi mod': ['payment', 'method'], 'netto ar': ['net'], 'brutto ar': ['price'], 'egyseg ar': ['unit', 'price'], 'netto osszeg': ['net'], 'brutto osszeg': ['total'], 'afa osszeg': ['tax', 'amount'],
  // everyday phrases of webshop, invoicing, newsletter, loyalty and analytics exports
  'masodik keresztnev': ['middle', 'name'], 'kozepso nev': ['middle', 'name'], 'vevo neve': ['full', 'name'], 'ugyfel neve': ['full', 'name'], 'utca hazszam': ['street'], 'utca es hazszam': ['street'], 'emelet ajto': ['street', '2'],
  'ceg neve': ['company', 'name'], 'kozossegi adoszam': ['tax', 'id'], 'ugyfel azonosito': ['customer', 'id'], 'vevo azonosito': ['customer', 'id'], 'felhasznalo nev': ['login'], 'rendeles azonosito': ['order', 'id'], 'rendelesi szam': ['order', 'number'], 'szamla szama': ['billing', 'number'],
  'vasarlas datuma': ['order', 'date'], 'rendeles ideje': ['order', 'date'], 'fizetes datuma': ['paid', 'date'], 'fizetes ideje': ['paid', 'date'], 'rendeles allapota': ['order', 'status'], 'fizetes allapota': ['payment', 'status'], 'termek kod': ['sku'], 'termek kodja': ['sku'], 'termek azonosito': ['sku'],
  'netto egysegar': ['unit', 'price', 'net'], 'brutto egysegar': ['unit', 'price'], 'szallitasi koltseg': ['shipping', 'amount'], 'szallitasi cim': ['shipping', '@address'], 'szamlazasi cim': ['billing', '@address'], 'postazasi cim': ['mailing', '@address'], 'levelezesi cim': ['mailing', '@address'],
  'kupon kod': ['coupon', 'code'], 'kedvezmeny kod': ['coupon', 'code'], 'nyomkovetesi szam': ['tracking', 'number'], 'tranzakcio azonosito': ['transaction', 'id'], 'letrehozas datuma': ['created', 'date'], 'regisztracio datuma': ['created', 'date'], 'modositas datuma': ['updated', 'date'], 'utolso modositas': ['updated', 'date'],
  'hirlevel feliratkozas': ['opt', 'in'], 'marketing hozzajarulas': ['opt', 'in'], 'pont egyenleg': ['points'], 'ervenyes eddig': ['expiry'], 'lejarat datuma': ['expiry', 'date'], 'csatlakozas datuma': ['join', 'date'], 'tag ota': ['join', 'date'],
  'esemeny ideje': ['timestamp'], 'datum es ido': ['timestamp'], 'oldal cime': ['page', 'name'], 'oldal url': ['page', 'url'], 'oldal url je': ['page', 'url'], 'hivatkozo oldal': ['referrer'], 'operacios rendszer': ['operating', 'system'], 'eszkoz tipusa': ['device', 'type'], 'kepernyo felbontas': ['screen', 'resolution'], 'ip cim': ['ip'],
  'kiallitas datuma': ['created', 'date'], 'fizetesi hatarido': ['due', 'date'],
  'vasarlo neve': ['full', 'name'], 'megrendelo neve': ['full', 'name'], 'rendeles osszege': ['total'],
}

/** Whole headers only: "Nem" is the sex, elsewhere the word "not"; "Ár" the price, "Db" the pieces. */
export const ALONE: Record<string, string[]> = { nem: ['gender'], ar: ['price'], db: ['quantity'], ido: ['time'] }
