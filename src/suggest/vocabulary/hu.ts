/**
 * Hungarian column vocabulary (keys lower-case without accents: á→a, é→e, ő→o, ű→u): the words of webshop,
 * invoicing and CRM exports, with the possessive forms headers use ("Rendelés dátuma", "Vevő neve").
 */
export const WORDS: Record<string, string[]> = {
  keresztnev: ['first', 'name'], utonev: ['first', 'name'], vezeteknev: ['last', 'name'], csaladnev: ['last', 'name'], nev: ['name'], neve: ['name'],
  megszolitas: ['courtesy', 'title'], titulus: ['title'], neme: ['gender'], szuletesi: ['birth'], szuletesnap: ['birth', 'date'], datum: ['date'], datuma: ['date'],
  cim: ['@address'], cime: ['@address'], utca: ['street'], hazszam: ['house', 'number'], iranyitoszam: ['postal', 'code'], irsz: ['postal', 'code'], varos: ['city'], telepules: ['city'], megye: ['state'], orszag: ['country'],
  telefonszam: ['phone', 'number'], mobilszam: ['mobile', 'phone'], mobiltelefonszam: ['mobile', 'phone'], ceg: ['company'], cegnev: ['company', 'name'], adoszam: ['tax', 'id'],
  vevo: ['customer'], ugyfel: ['customer'], vasarlo: ['customer'], postazasi: ['mailing'], kapcsolattarto: ['contact', 'name'], azonosito: ['id'], szam: ['number'], szama: ['number'], kod: ['code'], kodja: ['code'],
  rendeles: ['order'], rendelesszam: ['order', 'number'], termek: ['product'], termeknev: ['product', 'name'], cikkszam: ['sku'], mennyiseg: ['quantity'], darab: ['quantity'], egysegar: ['unit', 'price'],
  osszeg: ['amount'], osszesen: ['total'], vegosszeg: ['total'], afa: ['tax'], kedvezmeny: ['discount'], szallitas: ['shipping'], szallitasi: ['shipping'], szallitasidij: ['shipping', 'amount'], dij: ['price'],
  szamla: ['billing'], szamlazasi: ['billing'], fizetes: ['payment'], fizetesi: ['payment'], penznem: ['currency'], deviza: ['currency'],
  allapot: ['status'], allapota: ['status'], statusz: ['status'], letrehozva: ['created'], letrehozas: ['created'], regisztracio: ['created'], modositva: ['updated'], modositas: ['updated'],
  nyelv: ['language'], megjegyzes: ['note'], leiras: ['description'], hirlevel: ['opt', 'in'], hozzajarulas: ['opt', 'in'], csomagszam: ['tracking', 'number'], futarszolgalat: ['carrier'],
  munkahelyi: ['work'], otthoni: ['home'], beosztas: ['job', 'title'], munkakor: ['job', 'title'], osztaly: ['department'], weboldal: ['website'], honlap: ['website'],
  es: [],
}

export const PHRASES: Record<string, string[]> = {
  'teljes nev': ['full', 'name'], 'szuletesi datum': ['birth', 'date'], 'szuletesi ido': ['birth', 'date'], 'e mail cim': ['email'], 'email cim': ['email'],
  'rendeles szama': ['order', 'number'], 'rendeles datuma': ['order', 'date'], 'termek neve': ['product', 'name'], 'szallitasi dij': ['shipping', 'amount'], 'szallitasi mod': ['shipping', 'method'],
  'fizetesi mod': ['payment', 'method'], 'netto ar': ['net'], 'brutto ar': ['price'], 'egyseg ar': ['unit', 'price'], 'netto osszeg': ['net'], 'brutto osszeg': ['total'], 'afa osszeg': ['tax', 'amount'],
}
