/** Polish column vocabulary (keys lower-case without accents; ł folded to l): shop, marketplace and CRM exports. */
export const WORDS: Record<string, string[]> = {
  // (round 84: an insurance agency's policy, polisa, is the record the rows are; its premium, składka, the price paid; its
  // conclusion, zawarcia, when it was made)
  polisa: ['policy'], polisy: ['policy'], skladka: ['premium'], skladki: ['premium'],
  zawarcia: ['created'], zawarta: ['created'],
  // a school's pupil is the person the record is about; a parent's or guardian's (rodzic, matka, ojciec, opiekun) another person's
  uczen: ['customer'], ucznia: ['customer'], rodzic: ['parent'], rodzica: ['parent'], matki: ['parent'], ojca: ['parent'], opiekun: ['guardian'], opiekuna: ['guardian'],
  rezerwacja: ['order'], rezerwacji: ['order'],
  zablokowany: ['blocked'],
  // an SMS report's message ("Treść wiadomości", "ID wiadomości")
  wiadomosc: ['message'], wiadomosci: ['message'],
  // an SMS report's sender, text and message parts ("Nadawca", "Treść", "Części")
  nadawca: ['originator'], tresc: ['body'], czesci: ['segment'],
  // a message's sending ("Data wysłania" of an SMS report; a parcel's dispatch is wysyłka)
  wyslania: ['sent'], wyslano: ['sent'],
  zlozenia: ['created'], złożenia: ['created'],
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
  // everyday words of shop, invoicing, newsletter and analytics exports (BaseLinker, Allegro, WooCommerce, inFakt, GA in Polish)
  imiona: ['first', 'name'], drugie: ['middle'], zwrot: ['refund'], zwrotu: ['refund'], zwrocono: ['refund'], zwrocone: ['refund'], zwroty: ['refund'], obywatelstwo: ['nationality'], narodowosc: ['nationality'],
  notatka: ['note'], notatki: ['note'], komentarze: ['note'], uwaga: ['note'], email: ['email'], mailowy: ['email'], kontaktowy: [], kontaktowa: [], sluzbowy: ['work'], sluzbowa: ['work'], sluzbowe: ['work'], prywatny: ['home'], prywatna: ['home'], domowy: ['home'], www: ['website'],
  domu: ['house'], lokalu: ['street', '2'], lokal: ['street', '2'], mieszkania: ['street', '2'], gmina: ['city'], gminy: ['city'], powiat: ['district'], dzielnica: ['district'], miasta: ['city'], kraju: ['country'], wojewodztwa: ['state'], region: ['state'],
  korespondencyjny: ['mailing'], korespondencji: ['mailing'], korespondencyjnego: ['mailing'], odbiorca: ['recipient'], odbiorcy: ['recipient'], platnika: ['billing'], platnik: ['billing'],
  organizacja: ['company'], organizacji: ['company'], przedsiebiorstwo: ['company'], konto: ['account'], konta: ['account'], funkcja: ['job', 'title'], dzialu: ['department'],
  kontakt: ['contact'], kontaktu: ['contact'], uzytkownik: ['user'], uzytkownika: ['user'], czlonkowski: ['member'], czlonkowska: ['member'], referencyjny: ['reference'], referencja: ['reference'], zewnetrzny: ['external'], zewnetrzne: ['external'],
  zamowien: ['order'], zamowieniu: ['order'], paragon: ['order'], paragonu: ['order'], rachunek: ['billing'], rachunku: ['billing'], fakturze: ['billing'],
  produkty: ['goods'], towary: ['goods'], towaru: ['product'], artykul: ['product'], artykulu: ['product'], pozycja: ['product'], pozycji: ['product'], kategoria: ['category'], kategorii: ['category'], marka: ['manufacturer'], producent: ['manufacturer'], producenta: ['manufacturer'],
  szt: ['quantity'], liczba: ['count'], netto: ['net'], brutto: ['gross'], ceny: ['price'], koszt: ['price'], koszty: ['price'], oplata: ['fee'], oplaty: ['fee'], prowizja: ['fee'], prowizji: ['fee'],
  podatku: ['tax'], rabatu: ['discount'], znizki: ['discount'], kupon: ['coupon'], kuponu: ['coupon'], rabatowy: ['coupon'], promocyjny: ['coupon'], voucher: ['coupon'],
  kurier: ['carrier'], kuriera: ['carrier'], przewoznika: ['carrier'], forma: ['method'], transakcja: ['transaction'], transakcji: ['transaction'], oplacone: ['paid'], oplacono: ['paid'], zaplacono: ['paid'], zaplacone: ['paid'], zaplaty: ['paid'], oplacenia: ['paid'],
  anulowane: ['cancel'], anulowano: ['cancel'], anulowania: ['cancel'], anulowanie: ['cancel'], dodania: ['created'], dodano: ['created'], utworzono: ['created'], zmiany: ['updated'], edycji: ['updated'], zmodyfikowano: ['updated'], zaktualizowano: ['updated'], ostatnia: ['last'], ostatni: ['last'], ostatniej: ['last'], ostatniego: ['last'],
  newslettera: ['newsletter'], subskrypcja: ['subscription'], subskrypcji: ['subscription'], zgody: ['opt', 'in'], wypisany: ['opt', 'out'], wypisani: ['opt', 'out'], wypisania: ['opt', 'out'], rezygnacja: ['opt', 'out'], zrodlo: ['source'], kanal: ['channel'], kampania: ['campaign'], kampanii: ['campaign'], tagi: ['tag'], etykiety: ['tag'],
  lojalnosciowy: ['loyalty'], lojalnosciowego: ['loyalty'], lojalnosciowa: ['loyalty'], nagrody: ['loyalty'], waznosci: ['expiry'], wygasniecia: ['expiry'], wygasaja: ['expiry'], wykorzystanych: ['redeemed'], zdobytych: ['earned'],
  zdarzenie: ['event'], zdarzenia: ['event'], sesja: ['session'], sesji: ['session'], przegladarka: ['browser'], przegladarki: ['browser'], urzadzenie: ['device'], urzadzenia: ['device'], ekran: ['screen'], ekranu: ['screen'], rozdzielczosc: ['resolution'], czas: ['time'],
  rozliczenia: ['billing'], rozliczenie: ['billing'], rozliczeniowy: ['billing'], rozliczeniowa: ['billing'], sledzenie: ['tracking'], paczka: ['shipping'], paczki: ['shipping'], wystawienia: ['created'], jedn: ['unit'],
  wlasciciel: ['owner'], wlasciciela: ['owner'], aktywnosc: ['activity'], aktywnosci: ['activity'], wyswietlenia: ['views'], odslony: ['views'], wydano: ['spend'], wydatki: ['spend'],
  waga: ['weight'], kolor: ['color'], rozmiar: ['size'], wariant: ['variant'], powod: ['reason'], magazyn: ['stock'], ostatnie: ['last'],
  // "Dane klienta", "Dane do faktury": data (Slovak "dane" is the tax's)
  dane: [], danych: [],
  dla: [], do: [], od: [], i: [], z: [], w: [], na: [],
  // (ticket sales, Biletyna: Liczba biletów)
  bilet: ['ticket'], bilety: ['ticket'], biletow: ['ticket'], biletu: ['ticket'],
}

export const PHRASES: Record<string, string[]> = {
  'szerokosc geograficzna': ['latitude'], 'dlugosc geograficzna': ['longitude'],
  'imie i nazwisko': ['full', 'name'], 'kod pocztowy': ['postal', 'code'], 'data urodzenia': ['birth', 'date'], 'adres e mail': ['email'], 'adres email': ['email'],
  'numer telefonu': ['phone', 'number'], 'telefon komorkowy': ['mobile', 'phone'], 'nazwa firmy': ['company', 'name'], 'numer zamowienia': ['order', 'number'], 'data zamowienia': ['order', 'date'],
  'numer przesylki': ['tracking', 'number'], 'numer listu przewozowego': ['tracking', 'number'], 'sposob dostawy': ['shipping', 'method'], 'metoda dostawy': ['shipping', 'method'],
  'sposob platnosci': ['payment', 'method'], 'metoda platnosci': ['payment', 'method'], 'koszt dostawy': ['shipping', 'amount'], 'koszt wysylki': ['shipping', 'amount'], 'nazwa produktu': ['product', 'name'], 'nazwa oferty': ['product', 'name'],
  'data utworzenia': ['created', 'date'], 'data przystapienia': ['join', 'date'], 'numer karty': ['card', 'number'], 'saldo punktow': ['point', 'balance'], 'punkty zebrane lacznie': ['lifetime', 'point'], 'adres e-mail': ['email'], 'data rejestracji': ['created', 'date'],
  // everyday phrases of shop, invoicing, newsletter and analytics exports
  'drugie imie': ['middle', 'name'], 'zwrot grzecznosciowy': ['courtesy', 'title'], 'forma grzecznosciowa': ['courtesy', 'title'], 'tel kom': ['mobile', 'phone'], 'tel komorkowy': ['mobile', 'phone'], 'nr telefonu': ['phone', 'number'], 'nr tel': ['phone', 'number'],
  'telefon kontaktowy': ['phone'], 'numer kontaktowy': ['phone', 'number'], 'telefon stacjonarny': ['phone'], 'e mail kontaktowy': ['email'], 'email kontaktowy': ['email'], 'osoba kontaktowa': ['contact'], 'osoby kontaktowej': ['contact', 'person'], 'pelna nazwa': ['full', 'name'],
  'strona www': ['website'], 'strona internetowa': ['website'], 'adres strony': ['website'], 'adres www': ['website'], 'numer domu': ['house', 'number'], 'nr domu': ['house', 'number'], 'numer lokalu': ['street', '2'], 'nr lokalu': ['street', '2'], 'numer mieszkania': ['street', '2'], 'nr mieszkania': ['street', '2'],
  'kod kraju': ['country', 'code'], 'nr zamowienia': ['order', 'number'], 'id zamowienia': ['order', 'id'], 'numer faktury': ['billing', 'number'], 'nr faktury': ['billing', 'number'], 'numer paragonu': ['order', 'number'], 'data zakupu': ['order', 'date'], 'data sprzedazy': ['order', 'date'],
  'data platnosci': ['paid', 'date'], 'data zaplaty': ['paid', 'date'], 'data oplacenia': ['paid', 'date'], 'status zamowienia': ['order', 'status'], 'stan zamowienia': ['order', 'status'], 'status platnosci': ['payment', 'status'], 'nazwa towaru': ['product', 'name'], 'nazwa artykulu': ['product', 'name'],
  'kod produktu': ['sku'], 'kod towaru': ['sku'], 'symbol produktu': ['sku'], 'symbol towaru': ['sku'], 'numer katalogowy': ['sku'], 'cena jednostkowa': ['unit', 'price'], 'cena za sztuke': ['unit', 'price'], 'suma czesciowa': ['subtotal'], 'do zaplaty': ['total'], 'lacznie do zaplaty': ['total'], 'razem brutto': ['total'],
  'kwota vat': ['tax', 'amount'], 'kwota podatku': ['tax', 'amount'], 'kod rabatowy': ['coupon', 'code'], 'kod promocyjny': ['coupon', 'code'], 'kod kuponu': ['coupon', 'code'], 'forma dostawy': ['shipping', 'method'], 'rodzaj dostawy': ['shipping', 'method'], 'forma wysylki': ['shipping', 'method'], 'forma platnosci': ['payment', 'method'], 'rodzaj platnosci': ['payment', 'method'],
  'koszty wysylki': ['shipping', 'amount'], 'koszty dostawy': ['shipping', 'amount'], 'firma kurierska': ['carrier'], 'numer sledzenia': ['tracking', 'number'], 'nr przesylki': ['tracking', 'number'], 'nr listu przewozowego': ['tracking', 'number'], 'id transakcji': ['transaction', 'id'], 'numer transakcji': ['transaction', 'id'], 'kwota zwrotu': ['refund', 'amount'],
  'data dodania': ['created', 'date'], 'data zmiany': ['updated', 'date'], 'data modyfikacji': ['updated', 'date'], 'data aktualizacji': ['updated', 'date'], 'data edycji': ['updated', 'date'], 'numer klienta': ['customer', 'id'], 'id klienta': ['customer', 'id'], 'nazwa uzytkownika': ['login'], 'numer czlonkowski': ['member', 'id'],
  'zgoda marketingowa': ['opt', 'in'], 'zgoda na newsletter': ['opt', 'in'], 'zapis do newslettera': ['opt', 'in'], 'data waznosci': ['expiry', 'date'], 'wazne do': ['expiry'], 'wazny do': ['expiry'], 'data wygasniecia': ['expiry', 'date'], 'czlonek od': ['join', 'date'], 'klient od': ['created'],
  'data i godzina': ['timestamp'], 'data i czas': ['timestamp'], 'znacznik czasu': ['timestamp'], 'czas zdarzenia': ['timestamp'], 'tytul strony': ['page', 'name'], 'adres url': ['url'], 'url strony': ['page', 'url'], 'adres url strony': ['page', 'url'], 'strona docelowa': ['page', 'url'], 'strona odsylajaca': ['referrer'], 'system operacyjny': ['operating', 'system'],
  'adres ip': ['ip'], 'rozdzielczosc ekranu': ['screen', 'resolution'], 'typ urzadzenia': ['device', 'type'], 'kategoria urzadzenia': ['device', 'type'],
  'rodzaj wysylki': ['shipping', 'method'], 'sledzenie paczki': ['tracking', 'number'], 'numer paczki': ['tracking', 'number'], 'data wystawienia': ['created', 'date'], 'termin platnosci': ['due', 'date'], 'wartosc zamowienia': ['order', 'total'], 'suma vat': ['tax', 'amount'], 'kwota do zwrotu': ['refund', 'amount'],
  'czas trwania': ['duration'], 'wydano lacznie': ['lifetime', 'spend'], 'laczna wartosc zamowien': ['lifetime', 'spend'], 'data ostatniej aktywnosci': ['last', 'activity', 'date'],
  'stan magazynowy': ['stock'],
}

/** Polish words other languages read otherwise (Czech "okres" is a district): in a Polish file a period. */
export const OWN: Record<string, string[]> = { okres: ['period'] }
