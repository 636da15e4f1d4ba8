/** Polish column vocabulary (keys lower-case without accents; ł folded to l): shop, marketplace and CRM exports. */
export const WORDS: Record<string, string[]> = {
  imie: ['first', 'name'], nazwisko: ['last', 'name'], nazwa: ['name'], plec: ['gender'], tytul: ['title'], urodzenia: ['birth'], urodziny: ['birth', 'date'],
  ulica: ['street'], adres: ['street'], miasto: ['city'], miejscowosc: ['city'], wojewodztwo: ['state'], kraj: ['country'], panstwo: ['country'], pocztowy: ['postal'],
  telefon: ['phone'], telefonu: ['phone'], komorkowy: ['mobile', 'phone'], komorka: ['mobile', 'phone'], firma: ['company'], firmy: ['company'], stanowisko: ['job', 'title'], dzial: ['department'],
  klient: ['customer'], klienta: ['customer'], kupujacy: ['customer'], kupujacego: ['customer'], numer: ['number'], nr: ['number'], kod: ['code'], identyfikator: ['id'],
  zamowienie: ['order'], zamowienia: ['order'], zakupu: ['order'], zakup: ['order'], sprzedazy: ['order'], godzina: ['time'], produkt: ['product'], produktu: ['product'], oferty: ['product'], oferta: ['product'], towar: ['product'],
  ilosc: ['quantity'], sztuk: ['quantity'], cena: ['price'], jednostkowa: ['unit'], wartosc: ['total'], kwota: ['amount'], suma: ['total'], razem: ['total'], podatek: ['tax'], vat: ['tax'], rabat: ['discount'], znizka: ['discount'],
  dostawy: ['shipping'], dostawa: ['shipping'], wysylki: ['shipping'], wysylka: ['shipping'], przesylki: ['shipping'], przesylka: ['shipping'], platnosci: ['payment'], platnosc: ['payment'], faktury: ['billing'], faktura: ['billing'],
  waluta: ['currency'], metoda: ['method'], sposob: ['method'], rodzaj: ['type'], status: ['status'], utworzenia: ['created'], rejestracji: ['created'], modyfikacji: ['updated'], aktualizacji: ['updated'],
  przewoznik: ['carrier'], sledzenia: ['tracking'], listu: [], przewozowego: ['tracking'], uwagi: ['note'], komentarz: ['note'], zgoda: ['opt', 'in'], jezyk: ['language'], strona: ['website'],
  opis: ['description'], data: ['date'], uczestnik: ['member'], uczestnika: ['member'], czlonek: ['member'], czlonka: ['member'], poziom: ['tier'], poziomu: ['tier'], saldo: ['balance'], punkty: ['point'], punktow: ['point'],
  karta: ['card'], karty: ['card'], przystapienia: ['join'], dolaczenia: ['join'], zebrane: ['earned'], zdobyte: ['earned'], lacznie: ['lifetime'], wykorzystane: ['redeemed'], ulicy: ['street'], poczta: ['city'], klienci: ['customer'], nabywca: ['customer'], nabywcy: ['customer'],
  // a company's tax and register numbers (NIP, REGON, KRS) are no person's tax id
  nip: ['registration'], regon: ['registration'], krs: ['registration'], faks: ['fax', 'phone'],
  dla: [],
}

export const PHRASES: Record<string, string[]> = {
  'imie i nazwisko': ['full', 'name'], 'kod pocztowy': ['postal', 'code'], 'data urodzenia': ['birth', 'date'], 'adres e mail': ['email'], 'adres email': ['email'],
  'numer telefonu': ['phone', 'number'], 'telefon komorkowy': ['mobile', 'phone'], 'nazwa firmy': ['company', 'name'], 'numer zamowienia': ['order', 'number'], 'data zamowienia': ['order', 'date'],
  'numer przesylki': ['tracking', 'number'], 'numer listu przewozowego': ['tracking', 'number'], 'sposob dostawy': ['shipping', 'method'], 'metoda dostawy': ['shipping', 'method'],
  'sposob platnosci': ['payment', 'method'], 'metoda platnosci': ['payment', 'method'], 'koszt dostawy': ['shipping', 'amount'], 'koszt wysylki': ['shipping', 'amount'], 'nazwa produktu': ['product', 'name'], 'nazwa oferty': ['product', 'name'],
  'data utworzenia': ['created', 'date'], 'data przystapienia': ['join', 'date'], 'numer karty': ['card', 'number'], 'saldo punktow': ['point', 'balance'], 'punkty zebrane lacznie': ['lifetime', 'point'], 'adres e-mail': ['email'], 'data rejestracji': ['created', 'date'],
}

/** Polish words other languages read otherwise (Czech "okres" is a district): in a Polish file a period. */
export const OWN: Record<string, string[]> = { okres: ['period'] }
