// Everyday column words of the north-east languages (Polish, Czech/Slovak, Croatian/Serbian/Slovenian, Hungarian,
// Swedish/Danish/Norwegian/Finnish, Estonian/Latvian/Lithuanian, Russian/Ukrainian, Bulgarian), checked on made-up
// headers: the columns' destinations where the schemas have the field, and the words a header is read as where they
// have none (subtotals, payment methods, house numbers, cancellations, due dates). Each fails with the vocabulary
// entries of this round removed.
import { describe, expect, it } from 'vitest'
import { detectLanguages, tokens, withLanguages } from '../src/suggest/names.js'
import { B2B_PERSON as B, EVENT_RICH as E, PROFILE_RICH as P, suggestOnColumns as suggestOn } from './helpers/suggest.js'

/** Each header's words as read in the file's own languages (detected over the whole header). */
const read = (header: string[]): Record<string, string> => withLanguages(detectLanguages(header), () => Object.fromEntries(header.map((h) => [h, tokens(h).join(' ')])))

describe('Polish', () => {
  it('Polish: an order export', async () => {
    const { to } = await suggestOn(E, {
      'Nr zamówienia': ['ZAM/2024/0101', 'ZAM/2024/0102', 'ZAM/2024/0103', 'ZAM/2024/0104', 'ZAM/2024/0105', 'ZAM/2024/0106'],
      'Data dodania': ['2024-05-02 10:11:12', '2024-05-03 09:00:00', '2024-05-04 16:45:00'],
      'Adres e-mail': ['anna.kowalska@example.pl', 'jan.nowak@example.com', 'ewa.zielinska@example.org'],
      'Forma płatności': ['Przelewy24', 'BLIK', 'Za pobraniem'],
      'Forma dostawy': ['Kurier DPD', 'InPost Paczkomat', 'Poczta Polska'],
      'Koszt wysyłki': ['15,99', '12,49', '0,00'],
      'Kod rabatowy': ['LATO10', '', 'WIOSNA15'],
      'Suma częściowa': ['199,00', '89,90', '349,00'],
      'Do zapłaty': ['214,99', '102,39', '349,00'],
      'Waluta': ['PLN', 'PLN', 'EUR'],
      'Kwota VAT': ['40,20', '19,15', '65,26'],
      'Numer śledzenia': ['6201234567890', '6209876543210', '6205555555555'],
    })
    expect(to('Nr zamówienia')).toBe('commerce.order.purchaseID')
    expect(to('Data dodania')).toBe('timestamp')
    expect(to('Adres e-mail')).toBe('endUserIDs._experience.emailid.id')
    expect(to('Forma dostawy')).toBe('commerce.shipping.shippingMethod')
    expect(to('Koszt wysyłki')).toBe('commerce.shipping.shippingAmount')
    expect(to('Kod rabatowy')).toBe('commerce.promotionID')
    expect(to('Do zapłaty')).toBe('commerce.order.priceTotal')
    expect(to('Waluta')).toBe('commerce.order.currencyCode')
    expect(to('Kwota VAT')).toBe('commerce.order.taxAmount')
    expect(to('Numer śledzenia')).toBe('commerce.shipping.trackingNumber')
  })
  it('Polish: a customer or member list', async () => {
    const { to } = await suggestOn(P, {
      'Imię': ['Anna', 'Jan', 'Ewa'],
      'Drugie imię': ['Maria', 'Piotr', ''],
      'Nazwisko': ['Kowalska', 'Nowak', 'Zielińska'],
      'Zwrot grzecznościowy': ['Pani', 'Pan', 'Pani'],
      'Adres e-mail': ['anna.kowalska@example.pl', 'jan.nowak@example.com', 'ewa.zielinska@example.org'],
      'Tel. kom.': ['+48 601 234 567', '+48 502 345 678', '+48 693 456 789'],
      'Ulica': ['Marszałkowska', 'Długa', 'Piotrkowska'],
      'Nr domu': ['12', '7A', '104'],
      'Nr lokalu': ['5', '', '12'],
      'Kod pocztowy': ['00-624', '80-831', '90-410'],
      'Miasto': ['Warszawa', 'Gdańsk', 'Łódź'],
      'Kod kraju': ['PL', 'PL', 'DE'],
      'Data ważności': ['2025-12-31', '2026-06-30', '2025-09-30'],
      'Saldo punktów': ['1200', '340', '5600'],
    })
    expect(to('Imię')).toBe('person.name.firstName')
    expect(to('Drugie imię')).toBe('person.name.middleName')
    expect(to('Nazwisko')).toBe('person.name.lastName')
    expect(to('Zwrot grzecznościowy')).toBe('person.name.courtesyTitle')
    expect(to('Adres e-mail')).toBe('personalEmail.address')
    expect(to('Tel. kom.')).toBe('mobilePhone.number')
    expect(to('Ulica')).toBe('homeAddress.street1')
    expect(to('Kod pocztowy')).toBe('homeAddress.postalCode')
    expect(to('Miasto')).toBe('homeAddress.city')
    expect(to('Kod kraju')).toBe('homeAddress.countryCode')
    expect(to('Saldo punktów')).toBe('loyalty.points')
  })
  it('Polish: a web analytics export', async () => {
    const { to } = await suggestOn(E, {
      'Zdarzenie': ['page_view', 'add_to_cart', 'purchase'],
      'Czas zdarzenia': ['2024-05-02 10:11:12', '2024-05-03 09:00:00', '2024-05-04 16:45:00'],
      'Tytuł strony': ['Strona główna', 'Koszyk', 'Dziękujemy'],
      'Adres URL strony': ['https://sklep.example.pl/', 'https://sklep.example.pl/koszyk', 'https://sklep.example.pl/dziekujemy'],
      'Strona odsyłająca': ['https://www.google.pl/', 'https://sklep.example.pl/', 'https://sklep.example.pl/koszyk'],
      'Przeglądarka': ['Chrome', 'Firefox', 'Safari'],
      'System operacyjny': ['Windows', 'Android', 'iOS'],
      'Typ urządzenia': ['desktop', 'mobile', 'tablet'],
      'Rozdzielczość ekranu': ['1920x1080', '412x915', '820x1180'],
      'Adres IP': ['83.12.45.67', '178.36.2.14', '91.150.3.201'],
    })
    expect(to('Czas zdarzenia')).toBe('timestamp')
    expect(to('Tytuł strony')).toBe('web.webPageDetails.name')
    expect(to('Adres URL strony')).toBe('web.webPageDetails.URL')
    expect(to('Strona odsyłająca')).toBe('web.webReferrer.URL')
    expect(to('Przeglądarka')).toBe('environment.browserDetails.name')
    expect(to('System operacyjny')).toBe('environment.operatingSystem')
    expect(to('Typ urządzenia')).toBe('device.type')
    expect(to('Adres IP')).toBe('environment.ipV4')
  })
  it('Polish: a B2B contact list', async () => {
    const { to } = await suggestOn(B, {
      'Imię': ['Anna', 'Jan', 'Ewa'],
      'Nazwisko': ['Kowalska', 'Nowak', 'Zielińska'],
      'E-mail służbowy': ['a.kowalska@acme.pl', 'j.nowak@globex.pl', 'e.zielinska@initech.pl'],
      'Telefon służbowy': ['+48 22 123 45 67', '+48 58 234 56 78', '+48 42 345 67 89'],
      'Nazwa firmy': ['Acme Sp. z o.o.', 'Globex S.A.', 'Initech Sp. z o.o.'],
      'Stanowisko': ['Kierownik sprzedaży', 'Księgowa', 'Prezes zarządu'],
      'Dział': ['Sprzedaż', 'Finanse', 'Zarząd'],
      'Strona www': ['https://acme.pl', 'https://globex.pl', 'https://initech.pl'],
    })
    expect(to('Imię')).toBe('person.name.firstName')
    expect(to('Nazwisko')).toBe('person.name.lastName')
    expect(to('E-mail służbowy')).toBe('workEmail.address')
    expect(to('Telefon służbowy')).toBe('workPhone.number')
    expect(to('Nazwa firmy')).toBe('b2b.companyName')
    expect(to('Stanowisko')).toBe('extendedWorkDetails.jobTitle')
    expect(to('Dział')).toBe('extendedWorkDetails.departments[0]')
    expect(to('Strona www')).toBe('b2b.companyWebsite')
  })
  it('reads the words no schema field shows', () => {
    const header = ['Nr zamówienia', 'Suma częściowa', 'Forma płatności', 'Nr domu', 'Nr lokalu', 'Powiat', 'Anulowane', 'Zdarzenie', 'Data ważności', 'Producent', 'Zgoda marketingowa', 'Data wystawienia', 'Termin płatności', 'Właściciel kontaktu', 'Wydano łącznie', 'Waga', 'Kolor', 'Rozmiar']
    expect(detectLanguages(header)).toEqual(['pl'])
    expect(read(header)).toEqual({
      'Nr zamówienia': 'order number',
      'Suma częściowa': 'subtotal',
      'Forma płatności': 'payment method',
      'Nr domu': 'house number',
      'Nr lokalu': 'street 2',
      'Powiat': 'district',
      'Anulowane': 'cancel',
      'Zdarzenie': 'event',
      'Data ważności': 'expiry date',
      'Producent': 'manufacturer',
      'Zgoda marketingowa': 'opt in',
      'Data wystawienia': 'created date',
      'Termin płatności': 'due date',
      'Właściciel kontaktu': 'owner contact',
      'Wydano łącznie': 'lifetime spend',
      'Waga': 'weight',
      'Kolor': 'color',
      'Rozmiar': 'size',
    })
  })
})

describe('Czech and Slovak', () => {
  it('Czech: an order export', async () => {
    const { to } = await suggestOn(E, {
      'Č. objednávky': ['2024000101', '2024000102', '2024000103', '2024000104', '2024000105', '2024000106'],
      'Datum vytvoření': ['2024-05-02 10:11:12', '2024-05-03 09:00:00', '2024-05-04 16:45:00'],
      'E-mail': ['jana.novakova@example.cz', 'petr.svoboda@example.com', 'eva.dvorakova@example.sk'],
      'Způsob platby': ['Kartou online', 'Převodem', 'Dobírka'],
      'Cena dopravy': ['89,00', '0,00', '129,00'],
      'Slevový kód': ['JARO10', '', 'LETO20'],
      'Mezisoučet': ['1 290,00', '459,00', '2 150,00'],
      'Celkem k úhradě': ['1 379,00', '459,00', '2 279,00'],
      'Měna': ['CZK', 'CZK', 'EUR'],
      'Sledovací číslo': ['DR1234567890CZ', 'DR0987654321CZ', 'DR5555555555CZ'],
      'Zrušeno': ['ne', 'ne', 'ano'],
    })
    expect(to('Č. objednávky')).toBe('commerce.order.purchaseID')
    expect(to('Datum vytvoření')).toBe('timestamp')
    expect(to('E-mail')).toBe('endUserIDs._experience.emailid.id')
    expect(to('Cena dopravy')).toBe('commerce.shipping.shippingAmount')
    expect(to('Slevový kód')).toBe('commerce.promotionID')
    expect(to('Celkem k úhradě')).toBe('commerce.order.priceTotal')
    expect(to('Měna')).toBe('commerce.order.currencyCode')
  })
  it('Slovak: a customer or member list', async () => {
    const { to } = await suggestOn(P, {
      'Meno': ['Jana', 'Peter', 'Eva'],
      'Priezvisko': ['Nováková', 'Svoboda', 'Dvořáková'],
      'Titul pred menom': ['Ing.', 'Mgr.', ''],
      'Dátum narodenia': ['1985-03-12', '1990-11-02', '1978-07-30'],
      'Telefónne číslo': ['+421 905 123 456', '+421 911 234 567', '+421 944 345 678'],
      'Ulica': ['Hlavná', 'Obchodná', 'Mierová'],
      'Súpisné číslo': ['12', '45', '7'],
      'PSČ': ['811 01', '040 01', '821 08'],
      'Mesto': ['Bratislava', 'Košice', 'Bratislava'],
      'Kód krajiny': ['SK', 'SK', 'CZ'],
      'Vernostné body': ['1200', '340', '5600'],
      'Platnosť do': ['2025-12-31', '2026-06-30', '2025-09-30'],
    })
    expect(to('Meno')).toBe('person.name.firstName')
    expect(to('Priezvisko')).toBe('person.name.lastName')
    expect(to('Titul pred menom')).toBe('person.name.courtesyTitle')
    expect(to('Dátum narodenia')).toBe('person.birthDate')
    // (round 33: a consumer's unqualified phone holding mobile numbers by their country's prefix is the mobile phone)
    expect(to('Telefónne číslo')).toBe('mobilePhone.number')
    expect(to('Ulica')).toBe('homeAddress.street1')
    expect(to('PSČ')).toBe('homeAddress.postalCode')
    expect(to('Mesto')).toBe('homeAddress.city')
    expect(to('Kód krajiny')).toBe('homeAddress.countryCode')
    expect(to('Vernostné body')).toBe('loyalty.points')
  })
  it('Czech: a B2B contact list', async () => {
    const { to } = await suggestOn(B, {
      'Jméno': ['Jana', 'Petr', 'Eva'],
      'Příjmení': ['Nováková', 'Svoboda', 'Dvořáková'],
      'Pracovní e-mail': ['jana@acme.cz', 'petr@globex.cz', 'eva@initech.cz'],
      'Název firmy': ['Acme s.r.o.', 'Globex a.s.', 'Initech s.r.o.'],
      'Pracovní pozice': ['Obchodní ředitelka', 'Účetní', 'Jednatelka'],
      'Oddělení': ['Obchod', 'Finance', 'Vedení'],
      'Webová stránka': ['https://acme.cz', 'https://globex.cz', 'https://initech.cz'],
    })
    expect(to('Jméno')).toBe('person.name.firstName')
    expect(to('Příjmení')).toBe('person.name.lastName')
    expect(to('Pracovní e-mail')).toBe('workEmail.address')
    expect(to('Název firmy')).toBe('b2b.companyName')
    expect(to('Pracovní pozice')).toBe('extendedWorkDetails.jobTitle')
    expect(to('Oddělení')).toBe('extendedWorkDetails.departments[0]')
    expect(to('Webová stránka')).toBe('b2b.companyWebsite')
  })
  it('reads the words no schema field shows', () => {
    const header = ['Číslo objednávky', 'Mezisoučet', 'Zrušeno', 'Sledovací číslo', 'Událost', 'Platnost do', 'Výrobce', 'Část obce', 'Súhlas s odberom', 'Kód objednávky', 'Datum splatnosti', 'Vlastník', 'Celkem utraceno', 'Hmotnost', 'Barva', 'Velikost']
    expect(detectLanguages(header)).toEqual(['cs'])
    expect(read(header)).toEqual({
      'Číslo objednávky': 'order number',
      'Mezisoučet': 'subtotal',
      'Zrušeno': 'cancel',
      'Sledovací číslo': 'tracking number',
      'Událost': 'event',
      'Platnost do': 'expiry',
      'Výrobce': 'manufacturer',
      'Část obce': 'district',
      'Súhlas s odberom': 'opt in',
      'Kód objednávky': 'order id',
      'Datum splatnosti': 'due date',
      'Vlastník': 'owner',
      'Celkem utraceno': 'lifetime spend',
      'Hmotnost': 'weight',
      'Barva': 'color',
      'Velikost': 'size',
    })
  })
})

describe('Croatian, Serbian and Slovenian', () => {
  it('Croatian: an order export', async () => {
    const { to } = await suggestOn(E, {
      'Broj narudžbe': ['HR-1001', 'HR-1002', 'HR-1003', 'HR-1004', 'HR-1005', 'HR-1006'],
      'Datum kreiranja': ['2024-05-02 10:11:12', '2024-05-03 09:00:00', '2024-05-04 16:45:00'],
      'E-mail adresa': ['ivana.horvat@example.hr', 'marko.kovacic@example.com', 'ana.babic@example.si'],
      'Način plaćanja': ['Kartica', 'Pouzeće', 'Virman'],
      'Troškovi dostave': ['4,50', '0,00', '6,00'],
      'Kod za popust': ['LJETO10', '', 'JESEN15'],
      'Međuzbroj': ['59,90', '120,00', '35,50'],
      'Ukupno': ['64,40', '120,00', '41,50'],
      'Valuta': ['EUR', 'EUR', 'EUR'],
      'Iznos PDV': ['12,88', '24,00', '8,30'],
      'Broj pošiljke': ['HP123456789HR', 'HP987654321HR', 'HP555555555HR'],
    })
    expect(to('Broj narudžbe')).toBe('commerce.order.purchaseID')
    expect(to('Datum kreiranja')).toBe('timestamp')
    expect(to('E-mail adresa')).toBe('endUserIDs._experience.emailid.id')
    expect(to('Troškovi dostave')).toBe('commerce.shipping.shippingAmount')
    expect(to('Kod za popust')).toBe('commerce.promotionID')
    expect(to('Ukupno')).toBe('commerce.order.priceTotal')
    expect(to('Valuta')).toBe('commerce.order.currencyCode')
    expect(to('Iznos PDV')).toBe('commerce.order.taxAmount')
  })
  it('Slovenian: a customer or member list', async () => {
    const { to } = await suggestOn(P, {
      'Ime': ['Maja', 'Luka', 'Nina'],
      'Priimek': ['Novak', 'Horvat', 'Kranjc'],
      'Datum rojstva': ['1985-03-12', '1990-11-02', '1978-07-30'],
      'Telefonska številka': ['+386 41 123 456', '+386 31 234 567', '+386 40 345 678'],
      'Ulica': ['Slovenska cesta', 'Prešernova ulica', 'Trubarjeva'],
      'Hišna številka': ['12', '5a', '30'],
      'Poštna številka': ['1000', '2000', '3000'],
      'Pošta': ['Ljubljana', 'Maribor', 'Celje'],
      'Država': ['Slovenija', 'Slovenija', 'Hrvaška'],
      'Podjetje': ['Acme d.o.o.', 'Globex d.o.o.', ''],
      'Delovno mesto': ['Vodja prodaje', 'Računovodja', 'Direktorica'],
      'Stanje točk': ['1200', '340', '5600'],
      'Velja do': ['2025-12-31', '2026-06-30', '2025-09-30'],
    })
    expect(to('Ime')).toBe('person.name.firstName')
    expect(to('Priimek')).toBe('person.name.lastName')
    expect(to('Datum rojstva')).toBe('person.birthDate')
    // (+386 41, 31, 40 are Slovenian mobile prefixes: since round 77 they make the unqualified phone the mobile)
    expect(to('Telefonska številka')).toBe('mobilePhone.number')
    expect(to('Ulica')).toBe('homeAddress.street1')
    expect(to('Poštna številka')).toBe('homeAddress.postalCode')
    expect(to('Pošta')).toBe('homeAddress.city')
    expect(to('Država')).toBe('homeAddress.country')
    expect(to('Podjetje')).toBe('organizations[0]')
    expect(to('Stanje točk')).toBe('loyalty.points')
  })
  it('Croatian: a B2B contact list', async () => {
    const { to } = await suggestOn(B, {
      'Ime': ['Ivana', 'Marko', 'Ana'],
      'Prezime': ['Horvat', 'Kovačić', 'Babić'],
      'Poslovni e-mail': ['ivana@acme.hr', 'marko@globex.hr', 'ana@initech.hr'],
      'Naziv tvrtke': ['Acme d.o.o.', 'Globex d.d.', 'Initech d.o.o.'],
      'Pozicija': ['Voditeljica prodaje', 'Računovođa', 'Direktorica'],
      'Odjel': ['Prodaja', 'Financije', 'Uprava'],
      'Web stranica': ['https://acme.hr', 'https://globex.hr', 'https://initech.hr'],
    })
    expect(to('Ime')).toBe('person.name.firstName')
    expect(to('Prezime')).toBe('person.name.lastName')
    expect(to('Poslovni e-mail')).toBe('workEmail.address')
    expect(to('Naziv tvrtke')).toBe('b2b.companyName')
    expect(to('Pozicija')).toBe('extendedWorkDetails.jobTitle')
    expect(to('Odjel')).toBe('extendedWorkDetails.departments[0]')
    expect(to('Web stranica')).toBe('b2b.companyWebsite')
  })
  it('reads the words no schema field shows', () => {
    const header = ['Broj narudžbe', 'Međuzbroj', 'Otkazano', 'Broj pošiljke', 'Događaj', 'Velja do', 'Proizvođač', 'Kućni broj', 'Soglasje', 'Datum dospijeća', 'Vlasnik', 'Trajanje', 'Težina', 'Boja']
    expect(detectLanguages(header)).toEqual(['hr'])
    expect(read(header)).toEqual({
      'Broj narudžbe': 'order number',
      'Međuzbroj': 'subtotal',
      'Otkazano': 'cancel',
      'Broj pošiljke': 'tracking number',
      'Događaj': 'event',
      'Velja do': 'expiry',
      'Proizvođač': 'manufacturer',
      'Kućni broj': 'house number',
      'Soglasje': 'opt in',
      'Datum dospijeća': 'due date',
      'Vlasnik': 'owner',
      'Trajanje': 'duration',
      'Težina': 'weight',
      'Boja': 'color',
    })
  })
})

describe('Hungarian', () => {
  it('Hungarian: an order export', async () => {
    const { to } = await suggestOn(E, {
      'Rendelésszám': ['WEB-0101', 'WEB-0102', 'WEB-0103', 'WEB-0104', 'WEB-0105', 'WEB-0106'],
      'Rendelés dátuma': ['2024-05-02 10:11:12', '2024-05-03 09:00:00', '2024-05-04 16:45:00'],
      'E-mail cím': ['kovacs.anna@example.hu', 'nagy.peter@example.com', 'szabo.eva@example.org'],
      'Fizetési mód': ['Bankkártya', 'Utánvét', 'Átutalás'],
      'Szállítási költség': ['1 490,00', '0,00', '990,00'],
      'Kuponkód': ['NYAR10', '', 'OSZ15'],
      'Részösszeg': ['12 990,00', '5 490,00', '24 900,00'],
      'Fizetendő': ['14 480,00', '5 490,00', '25 890,00'],
      'Pénznem': ['HUF', 'HUF', 'EUR'],
      'Termékkód': ['TK-100', 'TK-200', 'TK-300'],
      'Db': ['1', '2', '1'],
      'Egységár': ['12 990,00', '2 745,00', '24 900,00'],
    })
    expect(to('Rendelésszám')).toBe('commerce.order.purchaseID')
    expect(to('Rendelés dátuma')).toBe('timestamp')
    expect(to('E-mail cím')).toBe('endUserIDs._experience.emailid.id')
    expect(to('Szállítási költség')).toBe('commerce.shipping.shippingAmount')
    expect(to('Kuponkód')).toBe('commerce.promotionID')
    expect(to('Fizetendő')).toBe('commerce.order.priceTotal')
    expect(to('Pénznem')).toBe('commerce.order.currencyCode')
    expect(to('Termékkód')).toBe('productListItems[0].SKU')
    expect(to('Db')).toBe('productListItems[0].quantity')
  })
  it('Hungarian: a customer or member list', async () => {
    const { to } = await suggestOn(P, {
      'Vezetéknév': ['Kovács', 'Nagy', 'Szabó'],
      'Keresztnév': ['Anna', 'Péter', 'Éva'],
      'Nem': ['nő', 'férfi', 'nő'],
      'Születési dátum': ['1985-03-12', '1990-11-02', '1978-07-30'],
      'Telefon': ['+36 30 123 4567', '+36 20 234 5678', '+36 70 345 6789'],
      'Irányítószám': ['1051', '6720', '4025'],
      'Város': ['Budapest', 'Szeged', 'Debrecen'],
      'Kerület': ['V.', '', ''],
      'Cégnév': ['Acme Kft.', 'Globex Zrt.', ''],
      'Beosztás': ['Értékesítési vezető', 'Könyvelő', 'Ügyvezető'],
      'Pontegyenleg': ['1200', '340', '5600'],
      'Szint': ['Arany', 'Ezüst', 'Bronz'],
      'Lejárat dátuma': ['2025-12-31', '2026-06-30', '2025-09-30'],
    })
    expect(to('Vezetéknév')).toBe('person.name.lastName')
    expect(to('Keresztnév')).toBe('person.name.firstName')
    expect(to('Születési dátum')).toBe('person.birthDate')
    // (round 33: a consumer's unqualified phone holding mobile numbers by their country's prefix is the mobile phone)
    expect(to('Telefon')).toBe('mobilePhone.number')
    expect(to('Irányítószám')).toBe('homeAddress.postalCode')
    expect(to('Város')).toBe('homeAddress.city')
    expect(to('Cégnév')).toBe('organizations[0]')
    expect(to('Pontegyenleg')).toBe('loyalty.points')
    expect(to('Szint')).toBe('loyalty.tier')
  })
  it('Hungarian: a B2B contact list', async () => {
    const { to } = await suggestOn(B, {
      'Vezetéknév': ['Kovács', 'Nagy', 'Szabó'],
      'Keresztnév': ['Anna', 'Péter', 'Éva'],
      'Céges e-mail': ['anna@acme.hu', 'peter@globex.hu', 'eva@initech.hu'],
      'Cégnév': ['Acme Kft.', 'Globex Zrt.', 'Initech Kft.'],
      'Pozíció': ['Értékesítési vezető', 'Könyvelő', 'Ügyvezető'],
      'Részleg': ['Értékesítés', 'Pénzügy', 'Vezetés'],
      'Weblap': ['https://acme.hu', 'https://globex.hu', 'https://initech.hu'],
    })
    expect(to('Vezetéknév')).toBe('person.name.lastName')
    expect(to('Keresztnév')).toBe('person.name.firstName')
    expect(to('Céges e-mail')).toBe('workEmail.address')
    expect(to('Cégnév')).toBe('b2b.companyName')
    expect(to('Pozíció')).toBe('extendedWorkDetails.jobTitle')
    expect(to('Részleg')).toBe('extendedWorkDetails.departments[0]')
    expect(to('Weblap')).toBe('b2b.companyWebsite')
  })
  it('reads the words no schema field shows', () => {
    const header = ['Rendelésszám', 'Részösszeg', 'Nem', 'Ár', 'Kerület', 'Esemény', 'Lejárat dátuma', 'Gyártó', 'Hírlevél feliratkozás', 'Fizetési határidő', 'Tulajdonos', 'Időtartam', 'Súly', 'Szín', 'Méret']
    expect(detectLanguages(header)).toEqual(['hu'])
    expect(read(header)).toEqual({
      'Rendelésszám': 'order number',
      'Részösszeg': 'subtotal',
      'Nem': 'gender',
      'Ár': 'price',
      'Kerület': 'district',
      'Esemény': 'event',
      'Lejárat dátuma': 'expiry date',
      'Gyártó': 'manufacturer',
      'Hírlevél feliratkozás': 'opt in',
      'Fizetési határidő': 'due date',
      'Tulajdonos': 'owner',
      'Időtartam': 'duration',
      'Súly': 'weight',
      'Szín': 'color',
      'Méret': 'size',
    })
  })
})

describe('Swedish, Danish, Norwegian and Finnish', () => {
  it('Swedish: an order export', async () => {
    const { to } = await suggestOn(E, {
      'Ordernummer': ['SE-1001', 'SE-1002', 'SE-1003', 'SE-1004', 'SE-1005', 'SE-1006'],
      'Orderdatum': ['2024-05-02 10:11:12', '2024-05-03 09:00:00', '2024-05-04 16:45:00'],
      'E-post': ['anna.svensson@example.se', 'erik.johansson@example.com', 'karin.lind@example.org'],
      'Betalningsmetod': ['Klarna', 'Swish', 'Kort'],
      'Fraktkostnad': ['49,00', '0,00', '79,00'],
      'Rabattkod': ['SOMMAR10', '', 'HOST15'],
      'Delsumma': ['499,00', '1 290,00', '349,00'],
      'Att betala': ['548,00', '1 290,00', '428,00'],
      'Valuta': ['SEK', 'SEK', 'EUR'],
      'Varumärke': ['Fjällräven', 'Hestra', 'Houdini'],
      'Återbetalning': ['0,00', '0,00', '428,00'],
    })
    expect(to('Ordernummer')).toBe('commerce.order.purchaseID')
    expect(to('Orderdatum')).toBe('timestamp')
    expect(to('E-post')).toBe('endUserIDs._experience.emailid.id')
    expect(to('Fraktkostnad')).toBe('commerce.shipping.shippingAmount')
    expect(to('Rabattkod')).toBe('commerce.promotionID')
    expect(to('Att betala')).toBe('commerce.order.priceTotal')
    expect(to('Valuta')).toBe('commerce.order.currencyCode')
    expect(to('Återbetalning')).toBe('commerce.order.refunds[0].refundAmount')
  })
  it('Danish: a customer or member list', async () => {
    const { to } = await suggestOn(P, {
      'Fornavn': ['Mette', 'Lars', 'Sofie'],
      'Mellemnavn': ['Marie', '', 'Louise'],
      'Efternavn': ['Hansen', 'Jensen', 'Nielsen'],
      'Fødselsdag': ['1985-03-12', '1990-11-02', '1978-07-30'],
      'Telefon': ['+45 20 12 34 56', '+45 31 23 45 67', '+45 42 34 56 78'],
      'Postnummer': ['2100', '8000', '5000'],
      'By': ['København Ø', 'Aarhus C', 'Odense C'],
      'Landekode': ['DK', 'DK', 'SE'],
      'Medlemsnummer': ['M-100231', 'M-100232', 'M-100233'],
      'Bonuspoint': ['1200', '340', '5600'],
      'Udløbsdato': ['2025-12-31', '2026-06-30', '2025-09-30'],
      'Medlem siden': ['2019-04-01', '2021-08-15', '2017-01-20'],
    })
    expect(to('Fornavn')).toBe('person.name.firstName')
    expect(to('Mellemnavn')).toBe('person.name.middleName')
    expect(to('Efternavn')).toBe('person.name.lastName')
    expect(to('Fødselsdag')).toBe('person.birthDate')
    // (round 33: a consumer's unqualified phone holding mobile numbers by their country's prefix is the mobile phone)
    expect(to('Telefon')).toBe('mobilePhone.number')
    expect(to('Postnummer')).toBe('homeAddress.postalCode')
    expect(to('By')).toBe('homeAddress.city')
    expect(to('Landekode')).toBe('homeAddress.countryCode')
    expect(to('Medlemsnummer')).toBe('loyalty.loyaltyID[0]')
    expect(to('Bonuspoint')).toBe('loyalty.points')
    expect(to('Medlem siden')).toBe('loyalty.joinDate')
  })
  it('Finnish: a web analytics export', async () => {
    const { to } = await suggestOn(E, {
      'Tapahtuma': ['page_view', 'add_to_cart', 'purchase'],
      'Aikaleima': ['2024-05-02 10:11:12', '2024-05-03 09:00:00', '2024-05-04 16:45:00'],
      'Sivun otsikko': ['Etusivu', 'Ostoskori', 'Kiitos'],
      'Sivun osoite': ['https://kauppa.example.fi/', 'https://kauppa.example.fi/ostoskori', 'https://kauppa.example.fi/kiitos'],
      'Selain': ['Chrome', 'Firefox', 'Safari'],
      'Käyttöjärjestelmä': ['Windows', 'Android', 'iOS'],
      'Laitetyyppi': ['desktop', 'mobile', 'tablet'],
      'IP-osoite': ['85.76.12.34', '91.152.3.4', '62.78.100.200'],
    })
    expect(to('Aikaleima')).toBe('timestamp')
    expect(to('Sivun otsikko')).toBe('web.webPageDetails.name')
    expect(to('Sivun osoite')).toBe('web.webPageDetails.URL')
    expect(to('Selain')).toBe('environment.browserDetails.name')
    expect(to('Käyttöjärjestelmä')).toBe('environment.operatingSystem')
    expect(to('Laitetyyppi')).toBe('device.type')
    expect(to('IP-osoite')).toBe('environment.ipV4')
  })
  it('reads the words no schema field shows', () => {
    const header = ['Ordernummer', 'Delsumma', 'Varumärke', 'Annullerad', 'Händelse', 'Udløbsdato', 'Tid', 'Välisumma', 'Tapahtuma', 'Peruttu', 'Ägare', 'Eräpäivä', 'Omistaja', 'I alt', 'Stk. pris', 'Storlek', 'Väri']
    expect(detectLanguages(header)).toEqual(['sv'])
    expect(read(header)).toEqual({
      'Ordernummer': 'order number',
      'Delsumma': 'subtotal',
      'Varumärke': 'manufacturer',
      'Annullerad': 'cancel',
      'Händelse': 'event',
      'Udløbsdato': 'expiry date',
      'Tid': 'time',
      'Välisumma': 'subtotal',
      'Tapahtuma': 'event',
      'Peruttu': 'cancel',
      'Ägare': 'owner',
      'Eräpäivä': 'due date',
      'Omistaja': 'owner',
      'I alt': 'total',
      'Stk. pris': 'unit price',
      'Storlek': 'size',
      'Väri': 'color',
    })
  })
})

describe('Estonian, Latvian and Lithuanian', () => {
  it('Estonian: an order export', async () => {
    const { to } = await suggestOn(E, {
      'Tellimuse number': ['EE-1001', 'EE-1002', 'EE-1003', 'EE-1004', 'EE-1005', 'EE-1006'],
      'Kuupäev': ['2024-05-02 10:11:12', '2024-05-03 09:00:00', '2024-05-04 16:45:00'],
      'E-post': ['mari.tamm@example.ee', 'jaan.kask@example.com', 'liis.saar@example.org'],
      'Makseviis': ['Pangalink', 'Kaart', 'Arve'],
      'Tarneviis': ['Omniva pakiautomaat', 'DPD kuller', 'Smartpost'],
      'Sooduskood': ['SUVI10', '', 'SYGIS15'],
      'Vahesumma': ['59,90', '120,00', '35,50'],
      'Kokku': ['64,40', '120,00', '41,50'],
      'Valuuta': ['EUR', 'EUR', 'EUR'],
      'Jälgimiskood': ['CC123456789EE', 'CC987654321EE', 'CC555555555EE'],
    })
    expect(to('Tellimuse number')).toBe('commerce.order.purchaseID')
    expect(to('Kuupäev')).toBe('timestamp')
    expect(to('E-post')).toBe('endUserIDs._experience.emailid.id')
    expect(to('Tarneviis')).toBe('commerce.shipping.shippingMethod')
    expect(to('Sooduskood')).toBe('commerce.promotionID')
    expect(to('Kokku')).toBe('commerce.order.priceTotal')
    expect(to('Valuuta')).toBe('commerce.order.currencyCode')
  })
  it('Latvian: a customer or member list', async () => {
    const { to } = await suggestOn(P, {
      'Vārds': ['Anna', 'Jānis', 'Līga'],
      'Uzvārds': ['Bērziņa', 'Kalniņš', 'Ozola'],
      'E-pasts': ['anna.berzina@example.lv', 'janis.kalnins@example.com', 'liga.ozola@example.org'],
      'Tālruņa numurs': ['+371 2612 3456', '+371 2923 4567', '+371 2034 5678'],
      'Iela': ['Brīvības iela 12', 'Elizabetes iela 5', 'Tērbatas iela 30'],
      'Pilsēta': ['Rīga', 'Jelgava', 'Liepāja'],
      'Pasta indekss': ['LV-1010', 'LV-3001', 'LV-3401'],
      'Punkti': ['1200', '340', '5600'],
      'Līmenis': ['Zelta', 'Sudraba', 'Bronzas'],
    })
    expect(to('Vārds')).toBe('person.name.firstName')
    expect(to('Uzvārds')).toBe('person.name.lastName')
    expect(to('E-pasts')).toBe('personalEmail.address')
    // (+371 2 is the Latvian mobile prefix: since round 77 it makes the unqualified phone the mobile)
    expect(to('Tālruņa numurs')).toBe('mobilePhone.number')
    expect(to('Iela')).toBe('homeAddress.street1')
    expect(to('Pilsēta')).toBe('homeAddress.city')
    expect(to('Pasta indekss')).toBe('homeAddress.postalCode')
    expect(to('Punkti')).toBe('loyalty.points')
    expect(to('Līmenis')).toBe('loyalty.tier')
  })
  it('Lithuanian: an order export', async () => {
    const { to } = await suggestOn(E, {
      'Užsakymo numeris': ['LT-1001', 'LT-1002', 'LT-1003', 'LT-1004', 'LT-1005', 'LT-1006'],
      'Sukūrimo data': ['2024-05-02 10:11:12', '2024-05-03 09:00:00', '2024-05-04 16:45:00'],
      'El. paštas': ['ona.kazlauskiene@example.lt', 'jonas.petraitis@example.com', 'ruta.jankauskaite@example.org'],
      'Apmokėjimo būdas': ['Paysera', 'Kortelė', 'Grynaisiais'],
      'Pristatymo kaina': ['2,99', '0,00', '3,99'],
      'Nuolaidos kodas': ['VASARA10', '', 'RUDUO15'],
      'Tarpinė suma': ['59,90', '120,00', '35,50'],
      'Iš viso': ['62,89', '120,00', '39,49'],
      'PVM suma': ['10,91', '20,83', '6,85'],
      'Valiuta': ['EUR', 'EUR', 'EUR'],
      'Siuntos numeris': ['LP123456789LT', 'LP987654321LT', 'LP555555555LT'],
    })
    expect(to('Užsakymo numeris')).toBe('commerce.order.purchaseID')
    expect(to('Sukūrimo data')).toBe('timestamp')
    expect(to('El. paštas')).toBe('endUserIDs._experience.emailid.id')
    expect(to('Pristatymo kaina')).toBe('commerce.shipping.shippingAmount')
    expect(to('Nuolaidos kodas')).toBe('commerce.promotionID')
    expect(to('Iš viso')).toBe('commerce.order.priceTotal')
    expect(to('PVM suma')).toBe('commerce.order.taxAmount')
    expect(to('Valiuta')).toBe('commerce.order.currencyCode')
  })
  it('reads the words no schema field shows', () => {
    const header = ['Tellimuse number', 'Vahesumma', 'Tühistatud', 'Jälgimiskood', 'Sündmus', 'Starpsumma', 'Notikums', 'Tarpinė suma', 'Įvykis', 'Galioja iki', 'Maksetähtaeg', 'Omanik', 'Apmaksas termiņš', 'Kaal', 'Krāsa', 'Dydis']
    expect(detectLanguages(header)).toEqual(['baltic'])
    expect(read(header)).toEqual({
      'Tellimuse number': 'order number',
      'Vahesumma': 'subtotal',
      'Tühistatud': 'cancel',
      'Jälgimiskood': 'tracking number',
      'Sündmus': 'event',
      'Starpsumma': 'subtotal',
      'Notikums': 'event',
      'Tarpinė suma': 'subtotal',
      'Įvykis': 'event',
      'Galioja iki': 'expiry',
      'Maksetähtaeg': 'due date',
      'Omanik': 'owner',
      'Apmaksas termiņš': 'due date',
      'Kaal': 'weight',
      'Krāsa': 'color',
      'Dydis': 'size',
    })
  })
})

describe('Russian and Ukrainian', () => {
  it('Russian: an order export', async () => {
    const { to } = await suggestOn(E, {
      'Номер заказа': ['10001', '10002', '10003', '10004', '10005', '10006'],
      'Дата оформления': ['2024-05-02 10:11:12', '2024-05-03 09:00:00', '2024-05-04 16:45:00'],
      'Эл. почта': ['ivanova@example.ru', 'petrov@example.com', 'sidorova@example.org'],
      'Способ оплаты': ['Банковская карта', 'СБП', 'Наличными курьеру'],
      'Стоимость доставки': ['300,00', '0,00', '450,00'],
      'Промокод': ['VESNA10', '', 'LETO15'],
      'Подытог': ['4 990,00', '1 250,00', '12 300,00'],
      'Итого': ['5 290,00', '1 250,00', '12 750,00'],
      'Сумма НДС': ['881,67', '208,33', '2 125,00'],
      'Валюта': ['RUB', 'RUB', 'KZT'],
      'Трек-номер': ['RA123456789RU', 'RA987654321RU', 'RA555555555RU'],
    })
    expect(to('Номер заказа')).toBe('commerce.order.purchaseID')
    expect(to('Дата оформления')).toBe('timestamp')
    expect(to('Эл. почта')).toBe('endUserIDs._experience.emailid.id')
    expect(to('Стоимость доставки')).toBe('commerce.shipping.shippingAmount')
    expect(to('Промокод')).toBe('commerce.promotionID')
    expect(to('Итого')).toBe('commerce.order.priceTotal')
    expect(to('Сумма НДС')).toBe('commerce.order.taxAmount')
    expect(to('Валюта')).toBe('commerce.order.currencyCode')
  })
  it('Russian: a customer or member list', async () => {
    const { to } = await suggestOn(P, {
      'Фамилия': ['Иванова', 'Петров', 'Сидорова'],
      'Имя': ['Анна', 'Сергей', 'Мария'],
      'Отчество': ['Сергеевна', 'Иванович', 'Петровна'],
      'Дата рождения': ['1985-03-12', '1990-11-02', '1978-07-30'],
      'Тел.': ['+7 916 123-45-67', '+7 903 234-56-78', '+7 925 345-67-89'],
      'Город': ['Москва', 'Казань', 'Новосибирск'],
      'Почтовый индекс': ['101000', '420111', '630099'],
      'Код страны': ['RU', 'RU', 'KZ'],
      'Бонусные баллы': ['1200', '340', '5600'],
      'Уровень': ['Золотой', 'Серебряный', 'Бронзовый'],
      'Действует до': ['2025-12-31', '2026-06-30', '2025-09-30'],
      'Дата вступления': ['2019-04-01', '2021-08-15', '2017-01-20'],
    })
    expect(to('Фамилия')).toBe('person.name.lastName')
    expect(to('Имя')).toBe('person.name.firstName')
    expect(to('Отчество')).toBe('person.name.middleName')
    expect(to('Дата рождения')).toBe('person.birthDate')
    // (round 33: a consumer's unqualified phone holding mobile numbers by their country's prefix is the mobile phone)
    expect(to('Тел.')).toBe('mobilePhone.number')
    expect(to('Город')).toBe('homeAddress.city')
    expect(to('Почтовый индекс')).toBe('homeAddress.postalCode')
    expect(to('Код страны')).toBe('homeAddress.countryCode')
    expect(to('Бонусные баллы')).toBe('loyalty.points')
    expect(to('Уровень')).toBe('loyalty.tier')
    expect(to('Дата вступления')).toBe('loyalty.joinDate')
  })
  it('Russian: a B2B contact list', async () => {
    const { to } = await suggestOn(B, {
      'Фамилия': ['Иванова', 'Петров', 'Сидорова'],
      'Имя': ['Анна', 'Сергей', 'Мария'],
      'Рабочий телефон': ['+7 495 123-45-67', '+7 812 234-56-78', '+7 383 345-67-89'],
      'Название организации': ['ООО «Акме»', 'АО «Глобэкс»', 'ООО «Инитех»'],
      'Должность': ['Коммерческий директор', 'Бухгалтер', 'Генеральный директор'],
      'Подразделение': ['Продажи', 'Бухгалтерия', 'Дирекция'],
      'Сайт': ['https://acme.ru', 'https://globex.ru', 'https://initech.ru'],
    })
    expect(to('Фамилия')).toBe('person.name.lastName')
    expect(to('Имя')).toBe('person.name.firstName')
    expect(to('Рабочий телефон')).toBe('workPhone.number')
    expect(to('Название организации')).toBe('b2b.companyName')
    expect(to('Должность')).toBe('extendedWorkDetails.jobTitle')
    expect(to('Подразделение')).toBe('extendedWorkDetails.departments[0]')
    expect(to('Сайт')).toBe('b2b.companyWebsite')
  })
  it('Ukrainian: an order export', async () => {
    const { to } = await suggestOn(E, {
      'Номер замовлення': ['UA-1001', 'UA-1002', 'UA-1003', 'UA-1004', 'UA-1005', 'UA-1006'],
      'Дата створення': ['2024-05-02 10:11:12', '2024-05-03 09:00:00', '2024-05-04 16:45:00'],
      'Електронна пошта': ['olena@example.ua', 'taras@example.com', 'iryna@example.org'],
      'Спосіб оплати': ['Картою', 'Накладений платіж', 'LiqPay'],
      'Вартість доставки': ['70,00', '0,00', '95,00'],
      'Разом': ['1 270,00', '560,00', '2 395,00'],
      'Номер ТТН': ['20450012345678', '20450087654321', '20450055555555'],
      'Назва товару': ['Кросівки', 'Футболка', 'Куртка'],
    })
    expect(to('Номер замовлення')).toBe('commerce.order.purchaseID')
    expect(to('Дата створення')).toBe('timestamp')
    expect(to('Електронна пошта')).toBe('endUserIDs._experience.emailid.id')
    expect(to('Вартість доставки')).toBe('commerce.shipping.shippingAmount')
    expect(to('Разом')).toBe('commerce.order.priceTotal')
    expect(to('Номер ТТН')).toBe('commerce.shipping.trackingNumber')
    expect(to('Назва товару')).toBe('productListItems[0].name')
  })
  it('reads the words no schema field shows', () => {
    const header = ['Номер заказа', 'Подытог', 'Отменён', 'Номер отслеживания', 'Событие', 'Действует до', 'Производитель', 'Кв.', 'Подія', 'Скасовано', 'Срок оплаты', 'Ответственный', 'Сумма покупок', 'Цвет', 'Размер', 'Средний чек']
    expect(detectLanguages(header)).toEqual(['ru'])
    expect(read(header)).toEqual({
      'Номер заказа': 'order number',
      'Подытог': 'subtotal',
      'Отменён': 'cancel',
      'Номер отслеживания': 'tracking number',
      'Событие': 'event',
      'Действует до': 'expiry',
      'Производитель': 'manufacturer',
      'Кв.': 'street 2',
      'Подія': 'event',
      'Скасовано': 'cancel',
      'Срок оплаты': 'due date',
      'Ответственный': 'owner',
      'Сумма покупок': 'lifetime spend',
      'Цвет': 'color',
      'Размер': 'size',
      'Средний чек': 'average basket',
    })
  })
})

describe('Bulgarian', () => {
  it('Bulgarian: an order export', async () => {
    const { to } = await suggestOn(E, {
      'Номер на поръчка': ['BG-1001', 'BG-1002', 'BG-1003', 'BG-1004', 'BG-1005', 'BG-1006'],
      'Дата на поръчка': ['2024-05-02 10:11:12', '2024-05-03 09:00:00', '2024-05-04 16:45:00'],
      'Имейл': ['maria.ivanova@example.bg', 'georgi.petrov@example.com', 'elena.dimitrova@example.org'],
      'Начин на плащане': ['Наложен платеж', 'Карта', 'Банков превод'],
      'Цена на доставка': ['5,99', '0,00', '7,49'],
      'Промо код': ['LYATO10', '', 'ESEN15'],
      'Междинна сума': ['59,90', '120,00', '35,50'],
      'Общо': ['65,89', '120,00', '42,99'],
      'Валута': ['BGN', 'BGN', 'EUR'],
      'Номер на товарителница': ['1234567890', '0987654321', '5555555555'],
    })
    expect(to('Номер на поръчка')).toBe('commerce.order.purchaseID')
    expect(to('Дата на поръчка')).toBe('timestamp')
    expect(to('Имейл')).toBe('endUserIDs._experience.emailid.id')
    expect(to('Цена на доставка')).toBe('commerce.shipping.shippingAmount')
    expect(to('Промо код')).toBe('commerce.promotionID')
    expect(to('Общо')).toBe('commerce.order.priceTotal')
    expect(to('Валута')).toBe('commerce.order.currencyCode')
    expect(to('Номер на товарителница')).toBe('commerce.shipping.trackingNumber')
  })
  it('Bulgarian: a web analytics export', async () => {
    const { to } = await suggestOn(E, {
      'Събитие': ['page_view', 'add_to_cart', 'purchase'],
      'Време на събитието': ['2024-05-02 10:11:12', '2024-05-03 09:00:00', '2024-05-04 16:45:00'],
      'Заглавие на страницата': ['Начало', 'Количка', 'Благодарим'],
      'URL на страницата': ['https://shop.example.bg/', 'https://shop.example.bg/cart', 'https://shop.example.bg/thanks'],
      'Браузър': ['Chrome', 'Firefox', 'Safari'],
      'Операционна система': ['Windows', 'Android', 'iOS'],
      'Тип устройство': ['desktop', 'mobile', 'tablet'],
      'IP адрес': ['87.121.2.3', '95.42.10.20', '212.5.6.7'],
    })
    expect(to('Време на събитието')).toBe('timestamp')
    expect(to('Заглавие на страницата')).toBe('web.webPageDetails.name')
    expect(to('URL на страницата')).toBe('web.webPageDetails.URL')
    expect(to('Браузър')).toBe('environment.browserDetails.name')
    expect(to('Операционна система')).toBe('environment.operatingSystem')
    expect(to('Тип устройство')).toBe('device.type')
    expect(to('IP адрес')).toBe('environment.ipV4')
  })
  it('reads the words no schema field shows', () => {
    const header = ['Номер на поръчка', 'Междинна сума', 'Анулирана', 'Събитие', 'Валидна до', 'Производител', 'Абониран', 'Падеж', 'Дата на издаване', 'Собственик', 'Тегло', 'Цвят', 'Размер']
    expect(detectLanguages(header)).toEqual(['bg'])
    expect(read(header)).toEqual({
      'Номер на поръчка': 'order number',
      'Междинна сума': 'subtotal',
      'Анулирана': 'cancel',
      'Събитие': 'event',
      'Валидна до': 'expiry',
      'Производител': 'manufacturer',
      'Абониран': 'opt in',
      'Падеж': 'due date',
      'Дата на издаване': 'created date',
      'Собственик': 'owner',
      'Тегло': 'weight',
      'Цвят': 'color',
      'Размер': 'size',
    })
  })
})
