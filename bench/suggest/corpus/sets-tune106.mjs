// Round 106, tune106: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). Polish, Czech, Hungarian and Romanian web shops, invoicing tools, CRMs, e-mail
// and marketing-automation tools and a payment gateway: order exports, sales documents, invoices, card transactions,
// client, contact and subscriber lists; every header in the product's own (local-language) words.
import { E, P, B, v, PL, OR, SHIP, BILL, at, HOME, WORK, ID, B2BID, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

// ---------------------------------------------------------------- local times (written without offset)
// Warsaw, Prague, Budapest CET/CEST; Bucharest EET/EEST (DST approximated as April to October)
const dst = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 ? 1 : 0 }
const cet = (ms) => shift(ms, 1 + dst(ms))
const eet = (ms) => shift(ms, 2 + dst(ms))
const ymd = (p) => `${p.y}-${pad(p.m)}-${pad(p.d)}`
const hms = (p) => `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const hm = (p) => `${pad(p.H)}:${pad(p.M)}`
const dmy = (p, s = '.') => `${pad(p.d)}${s}${pad(p.m)}${s}${p.y}`
const huDate = (p) => `${p.y}.${pad(p.m)}.${pad(p.d)}.`
const later = (c) => Math.max(c.created, c.updated)
const day = 86400000

// ---------------------------------------------------------------- local people (seeded by the row's person)
const PEOPLE = {
  pl: { first: [['Jakub', 'Anna'], ['Mateusz', 'Katarzyna'], ['Piotr', 'Agnieszka'], ['Tomasz', 'Magdalena'], ['Łukasz', 'Joanna'], ['Michał', 'Zofia'], ['Krzysztof', 'Aleksandra'], ['Paweł', 'Natalia']],
    last: [['Nowak', 'Nowak'], ['Kowalski', 'Kowalska'], ['Wiśniewski', 'Wiśniewska'], ['Wójcik', 'Wójcik'], ['Kamiński', 'Kamińska'], ['Lewandowski', 'Lewandowska'], ['Zieliński', 'Zielińska'], ['Dąbrowski', 'Dąbrowska'], ['Mazur', 'Mazur']] },
  cs: { first: [['Jan', 'Tereza'], ['Petr', 'Lucie'], ['Tomáš', 'Kateřina'], ['Martin', 'Veronika'], ['Jakub', 'Eliška'], ['Lukáš', 'Barbora'], ['Ondřej', 'Markéta'], ['David', 'Adéla']],
    last: [['Novák', 'Nováková'], ['Svoboda', 'Svobodová'], ['Novotný', 'Novotná'], ['Dvořák', 'Dvořáková'], ['Černý', 'Černá'], ['Procházka', 'Procházková'], ['Kučera', 'Kučerová'], ['Veselý', 'Veselá'], ['Horák', 'Horáková']] },
  hu: { first: [['Bence', 'Anna'], ['Máté', 'Eszter'], ['Dávid', 'Réka'], ['Levente', 'Zsófia'], ['Gergő', 'Katalin'], ['Balázs', 'Nóra'], ['Péter', 'Judit'], ['Ádám', 'Dóra']],
    last: [['Nagy', 'Nagy'], ['Kovács', 'Kovács'], ['Tóth', 'Tóth'], ['Szabó', 'Szabó'], ['Horváth', 'Horváth'], ['Varga', 'Varga'], ['Kiss', 'Kiss'], ['Molnár', 'Molnár'], ['Farkas', 'Farkas']] },
  ro: { first: [['Andrei', 'Maria'], ['Alexandru', 'Elena'], ['Mihai', 'Ioana'], ['Ștefan', 'Andreea'], ['Gabriel', 'Alexandra'], ['Cristian', 'Raluca'], ['Radu', 'Bianca'], ['Vlad', 'Diana']],
    last: [['Popescu', 'Popescu'], ['Ionescu', 'Ionescu'], ['Popa', 'Popa'], ['Stan', 'Stan'], ['Dumitru', 'Dumitru'], ['Constantin', 'Constantin'], ['Munteanu', 'Munteanu'], ['Georgescu', 'Georgescu'], ['Marin', 'Marin']] },
}
const who = (c, lang) => {
  const n = +c.id, d = PEOPLE[lang], g = c.female ? 1 : 0
  const first = d.first[n % d.first.length][g], last = d.last[Math.floor(n / 7) % d.last.length][g]
  return { first, last, full: `${first} ${last}`, hu: `${last} ${first}` }
}
const slug = (s) => s.toLowerCase().replace(/ł/g, 'l').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')
const mail = (p, r, doms) => `${slug(p.first)}${v.pick(r, ['.', '_', ''])}${slug(p.last)}${v.int(r, 1, 99)}@${v.pick(r, doms)}`
const PL_DOM = ['gmail.com', 'gmail.com', 'wp.pl', 'onet.pl', 'o2.pl', 'interia.pl']
const CS_DOM = ['seznam.cz', 'seznam.cz', 'gmail.com', 'email.cz', 'centrum.cz']
const HU_DOM = ['gmail.com', 'gmail.com', 'freemail.hu', 'citromail.hu', 't-online.hu']
const RO_DOM = ['gmail.com', 'gmail.com', 'yahoo.com', 'yahoo.ro', 'outlook.com']
const plMobile = (r) => `${v.pick(r, ['501', '502', '601', '602', '691', '723', '790', '533'])} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`
const plFixed = (r) => `+48 ${v.pick(r, ['22', '12', '61', '71', '58'])} ${v.int(r, 200, 899)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`
const csMobile = (r) => `+420 ${v.pick(r, ['602', '603', '604', '721', '731', '737', '777', '608'])} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`
const huMobile = (r) => `+36 ${v.pick(r, ['20', '30', '70'])} ${v.int(r, 100, 999)} ${pad(v.int(r, 0, 9999), 4)}`
const huFixed = (r) => `+36 1 ${v.int(r, 200, 499)} ${pad(v.int(r, 0, 9999), 4)}`
const roMobile = (r) => `07${v.pick(r, ['22', '23', '24', '26', '40', '44', '45', '52', '55', '62', '72', '86'])}${v.int(r, 100000, 999999)}`
const nip = (r) => String(v.int(r, 5000000000, 9999999999))
const nipDash = (r) => { const n = nip(r); return `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6, 8)}-${n.slice(8)}` }
const ico = (r) => String(v.int(r, 10000000, 89999999))
const huTax = (r) => `${v.int(r, 10000000, 32999999)}-${v.pick(r, ['1', '2', '2', '2'])}-${v.pick(r, ['41', '42', '43', '13', '03', '09'])}`
const cui = (r) => String(v.int(r, 1000000, 45999999))
const cnp = (c, r) => `${c.female ? '2' : '1'}${String(new Date(c.birth).getUTCFullYear()).slice(2)}${pad(new Date(c.birth).getUTCMonth() + 1)}${pad(new Date(c.birth).getUTCDate())}${pad(v.int(r, 1, 46))}${v.int(r, 1000, 9999)}`

// ---------------------------------------------------------------- money
const two = (n) => n.toFixed(2)
const comma = (n) => n.toFixed(2).replace('.', ',')
const czk = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0')
const huf = (n) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')
const ron = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')

// ---------------------------------------------------------------- addresses
// Poland: ulica z numerem, kod, miejscowość, województwo
const PL_ADDR = [
  ['ul. Marszałkowska 84/92 m. 12', '00-514', 'Warszawa', 'mazowieckie'], ['ul. Długa 15', '31-146', 'Kraków', 'małopolskie'],
  ['ul. Piotrkowska 120/4', '90-006', 'Łódź', 'łódzkie'], ['ul. Grunwaldzka 211', '80-266', 'Gdańsk', 'pomorskie'],
  ['os. Piastowskie 31/8', '61-162', 'Poznań', 'wielkopolskie'], ['ul. Legnicka 52A', '54-203', 'Wrocław', 'dolnośląskie'],
  ['ul. Zamkowa 3', '05-500', 'Piaseczno', 'mazowieckie'], ['al. Jana Pawła II 18/3', '20-535', 'Lublin', 'lubelskie'],
]
// Czechia: ulice, obec, PSČ
const CS_ADDR = [
  ['Vinohradská 1511/230', 'Praha 10', '100 00'], ['Masarykova 427/31', 'Brno', '602 00'], ['Nádražní 912/46', 'Ostrava', '702 00'],
  ['Husova 8', 'Plzeň', '301 00'], ['Palackého 1130', 'Olomouc', '779 00'], ['Na Poříčí 1041/12', 'Praha 1', '110 00'],
  ['U Stadionu 2230', 'Pardubice', '530 02'], ['Lidická 1873/36', 'České Budějovice', '370 01'],
]
// Hungary: irányítószám, település, cím
const HU_ADDR = [
  ['1052', 'Budapest', 'Váci utca 12. 3/5.'], ['1117', 'Budapest', 'Október huszonharmadika utca 8.'], ['4025', 'Debrecen', 'Piac utca 45.'],
  ['6720', 'Szeged', 'Kárász utca 6.'], ['7621', 'Pécs', 'Király utca 19.'], ['9021', 'Győr', 'Baross Gábor út 30.'],
  ['2040', 'Budaörs', 'Szabadság út 117.'], ['3530', 'Miskolc', 'Széchenyi István út 71.'],
]
// Romania: adresă, localitate, județ, cod poștal
const RO_ADDR = [
  ['Str. Lipscani nr. 21, ap. 4', 'București', 'București', '030031'], ['Bd. Eroilor nr. 10, bl. A2, ap. 15', 'Cluj-Napoca', 'Cluj', '400129'],
  ['Str. Vasile Alecsandri nr. 7', 'Iași', 'Iași', '700054'], ['Calea Victoriei nr. 155, et. 6', 'București', 'București', '010073'],
  ['Str. Mihai Viteazu nr. 32', 'Timișoara', 'Timiș', '300222'], ['Bd. Republicii nr. 88', 'Brașov', 'Brașov', '500030'],
  ['Str. Ștefan cel Mare nr. 14', 'Constanța', 'Constanța', '900178'], ['Aleea Teilor nr. 3, bl. C', 'Otopeni', 'Ilfov', '075100'],
]

// ---------------------------------------------------------------- companies
const PL_CO = [['Akademia Smaku Sp. z o.o.', 'Akademia Smaku', 'akademiasmaku.pl'], ['BudMax S.A.', 'BudMax', 'budmax.com.pl'], ['Studio Kreatywne Pixel s.c.', 'Pixel', 'studiopixel.pl'], ['Hurtownia Farmaceutyczna Medica Sp. z o.o.', 'Medica', 'medica-hurt.pl'], ['Transport Kowalczyk Sp.k.', 'TK Transport', 'tk-transport.pl'], ['Ogrody Zielona Dolina Sp. z o.o.', 'Zielona Dolina', 'zielonadolina.pl']]
const CS_CO = [['Pekárna U Zlatého klasu s.r.o.', 'pekarnaklas.cz'], ['Stavby Horák a syn s.r.o.', 'stavbyhorak.cz'], ['Grafické studio Linka, z.s.', 'studiolinka.cz'], ['Autoservis Dvořák s.r.o.', 'autoservis-dvorak.cz'], ['Kavárna Modrý slon s.r.o.', 'modryslon.cz'], ['IT Pro Solutions a.s.', 'itprosolutions.cz']]
const HU_CO = [['Napfény Ablak Kft.', 'napfenyablak.hu'], ['Bio Kert Bt.', 'biokert.hu'], ['Dunai Logisztika Zrt.', 'dunailogisztika.hu'], ['Pixelmester Kft.', 'pixelmester.hu'], ['Kovács és Társa Ügyvédi Iroda', 'kovacsugyved.hu'], ['Tisza Építő Kft.', 'tiszaepito.hu']]

// ---------------------------------------------------------------- goods
// Sellingo natural-cosmetics shop (Kraków): kod, produkt, wariant, cena brutto PLN
const KOSM = [
  ['KR-001-50', 'Krem nawilżający z kwasem hialuronowym', '50 ml', 59.9], ['SER-VITC-30', 'Serum z witaminą C 15%', '30 ml', 89.0],
  ['MYD-LAW-100', 'Mydło naturalne lawendowe', '100 g', 18.5], ['SZ-ROZ-250', 'Szampon rozmarynowy do włosów przetłuszczających się', '250 ml', 34.99],
  ['BAL-UST-10', 'Balsam do ust z masłem shea', '10 ml', 14.9], ['ZES-PREZ-01', 'Zestaw prezentowy Pielęgnacja twarzy', 'Standard', 149.0],
]
// ByznysWeb e-shop (Brno tea shop): totals in CZK
const CS_SHIP = [['Zásilkovna - výdejní místo', 79], ['Česká pošta - Balík Do ruky', 129], ['PPL', 119], ['Osobní odběr Brno', 0]]
const CS_PAY = ['Platba kartou online', 'Bankovní převod', 'Dobírka', 'Platba kartou online', 'Google Pay']

// ---------------------------------------------------------------- per-row amounts
const slLine = (o, i) => row(KOSM, i + (+o.id % 4))
const slShip = (o) => (+o.id % 4 === 0 ? 0 : +o.id % 3 === 0 ? 18.99 : 12.99)
const slDisc = (o, i) => (o.discount ? +(slLine(o, i)[3] * o.qty * 0.1).toFixed(2) : 0)
const sbGross = (o) => 246 + (+o.id % 173) * 37.4
const bwGoods = (o) => 390 + (+o.id % 61) * 47
const bwShip = (o) => row(CS_SHIP, +o.id)
// a different delivery address on every fourth order
const bwAlt = (o, i) => (+o.id % 4 === 0 ? i + 2 : i)
const bzNet = (o) => 15000 + (+o.id % 97) * 2350
const fgNet = (o) => 120 + (+o.id % 83) * 41.5
const epAmt = (o) => 89.9 + (+o.id % 57) * 23.4

export const SETS = [
  // ---------------------------------------------------------------- web-shop order lines (Sellingo, Poland)
  { name: 'sellingo-zamowienia-eksport-pl', product: 'Sellingo (platforma sklepów internetowych, Poland: Zamówienia > Eksport zamówień, CSV, one row per order line; a Kraków natural-cosmetics shop)', family: 'ecommerce-orders', language: 'pl', schema: E, cols: [
    ['Numer zamówienia', (c, o) => String(10400 + +o.id % 9000), [OR('purchaseID')]],
    ['Data złożenia', (c, o) => { const p = cet(o.at); return `${ymd(p)} ${hms(p)}` }, ['timestamp', OR('createdDate')]],
    ['Status zamówienia', (c, o, r) => v.pick(r, ['Nowe', 'W realizacji', 'Wysłane', 'Wysłane', 'Zrealizowane', 'Anulowane']), [], opt],
    ['Status płatności', (c, o, r) => v.pick(r, ['Opłacone', 'Opłacone', 'Oczekuje na płatność', 'Pobranie']), [], opt],
    ['Klient', (c) => who(c, 'pl').full, []],
    ['E-mail', (c, o, r) => mail(who(c, 'pl'), r, PL_DOM), ['endUserIDs._experience.emailid.id'], opt],
    ['Telefon', (c, o, r) => plMobile(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Adres dostawy', (c, o, r, i) => row(PL_ADDR, i)[0], [SHIP('street1')]],
    ['Kod pocztowy dostawy', (c, o, r, i) => row(PL_ADDR, i)[1], [SHIP('postalCode')]],
    ['Miejscowość dostawy', (c, o, r, i) => row(PL_ADDR, i)[2], [SHIP('city')]],
    ['Kraj dostawy', () => 'Polska', [SHIP('country')]],
    ['Firma', (c, o, r, i) => (+o.id % 7 === 0 ? row(PL_CO, i)[0] : ''), []],
    ['NIP', (c, o, r) => (+o.id % 7 === 0 ? nip(r) : ''), [], opt],
    ['Sposób dostawy', (c, o) => (slShip(o) === 0 ? 'Odbiór osobisty' : slShip(o) === 18.99 ? 'Kurier DPD' : 'InPost Paczkomaty 24/7'), ['commerce.shipping.shippingMethod']],
    ['Koszt dostawy', (c, o) => comma(slShip(o)), ['commerce.shipping.shippingAmount']],
    ['Sposób płatności', (c, o, r) => v.pick(r, ['Przelewy24', 'BLIK', 'BLIK', 'Przelew tradycyjny', 'Płatność przy odbiorze']), [OR('payments[0].paymentType')]],
    ['Kod rabatowy', (c, o) => (o.discount ? 'WIOSNA10' : ''), ['commerce.promotionID'], opt],
    ['Kod produktu', (c, o, r, i) => slLine(o, i)[0], [PL('SKU')]],
    ['Nazwa produktu', (c, o, r, i) => slLine(o, i)[1], [PL('name')]],
    ['Wariant', (c, o, r, i) => slLine(o, i)[2], [PL('selectedOptions[0].value')], opt],
    ['Ilość', (c, o) => String(o.qty), [PL('quantity')]],
    ['Cena brutto', (c, o, r, i) => comma(slLine(o, i)[3]), []],
    ['Rabat', (c, o, r, i) => comma(slDisc(o, i)), [PL('discountAmount'), OR('discountAmount')], opt],
    ['Wartość brutto', (c, o, r, i) => comma(slLine(o, i)[3] * o.qty - slDisc(o, i)), [PL('priceTotal')]],
    ['Wartość zamówienia', (c, o, r, i) => comma(slLine(o, i)[3] * o.qty - slDisc(o, i) + slShip(o)), [OR('priceTotal')]],
    ['Waluta', () => 'PLN', [OR('currencyCode')]],
    ['Numer przesyłki', (c, o, r) => (slShip(o) && r() < 0.7 ? (slShip(o) === 12.99 ? String(v.int(r, 600000000, 699999999)) + String(v.int(r, 100000000, 999999999)) + '01234' : `${v.int(r, 1000000, 9999999)}${v.int(r, 10000, 99999)}U`) : ''), ['commerce.shipping.trackingNumber']],
    ['Uwagi klienta', (c, o, r) => v.pick(r, ['', '', '', 'Proszę o próbki do kremu', 'Paczka na prezent, bez paragonu w środku']), []],
  ] },

  // ---------------------------------------------------------------- CRM clients (Sugester, Poland)
  { name: 'sugester-klienci-eksport-pl', product: 'Sugester (CRM i helpdesk, Poland: CRM > Klienci > Eksport do CSV, one row per client card with its contact person; a Warsaw software house\'s B2B clients)', family: 'crm', language: 'pl', schema: B, cols: [
    ['ID', (c, o, r, i) => String(5120000 + i * 17 + v.int(r, 0, 16)), B2BID],
    ['Nazwa', (c, o, r, i) => row(PL_CO, i)[0], ['b2b.companyName', 'organizations[0]']],
    ['Nazwa skrócona', (c, o, r, i) => row(PL_CO, i)[1], ['b2b.companyName', 'organizations[0]'], opt],
    ['Firma', () => 'tak', []],
    ['Imię', (c) => who(c, 'pl').first, ['person.name.firstName']],
    ['Nazwisko', (c) => who(c, 'pl').last, ['person.name.lastName']],
    ['Stanowisko', (c, o, r) => v.pick(r, ['Prezes Zarządu', 'Kierownik ds. zakupów', 'Dyrektor IT', 'Specjalista ds. marketingu', 'Office Manager']), ['extendedWorkDetails.jobTitle']],
    ['Email', (c, o, r, i) => `${slug(who(c, 'pl').first)}.${slug(who(c, 'pl').last)}@${row(PL_CO, i)[2]}`, ['workEmail.address', 'personalEmail.address']],
    ['Telefon', (c, o, r) => plFixed(r), ['workPhone.number']],
    ['Telefon komórkowy', (c, o, r) => `+48 ${plMobile(r)}`, ['mobilePhone.number']],
    ['NIP', (c, o, r) => nipDash(r), [], opt],
    ['REGON', (c, o, r) => String(v.int(r, 100000000, 389999999)), []],
    ['Ulica', (c, o, r, i) => row(PL_ADDR, i + 1)[0], at(WORK, 'street1')],
    ['Kod pocztowy', (c, o, r, i) => row(PL_ADDR, i + 1)[1], at(WORK, 'postalCode')],
    ['Miasto', (c, o, r, i) => row(PL_ADDR, i + 1)[2], at(WORK, 'city')],
    ['Kraj', () => 'PL', [...at(WORK, 'countryCode'), ...at(WORK, 'country')]],
    ['WWW', (c, o, r, i) => `https://www.${row(PL_CO, i)[2]}`, ['b2b.companyWebsite']],
    ['Status', (c, o, r) => v.pick(r, ['Lead', 'Potencjalny', 'Aktywny', 'Aktywny', 'Nieaktywny']), ['b2b.personStatus'], opt],
    ['Kategoria', (c, o, r) => v.pick(r, ['Produkcja', 'Handel', 'Usługi', 'Logistyka']), []],
    ['Tagi', (c, o, r) => v.pick(r, ['', 'VIP', 'umowa SLA', 'targi 2024', 'VIP, umowa SLA']), []],
    ['Osoba odpowiedzialna', (c, o, r) => v.pick(r, ['Marta Kaczmarek', 'Adam Wróbel', 'Ewa Jabłońska']), []],
    ['Identyfikator zewnętrzny', (c, o, r) => (r() < 0.6 ? `K/${v.int(r, 100, 2999)}` : ''), ['extSourceSystemAudit.externalID', 'b2b.personKey.sourceID'], opt],
    ['Data utworzenia', (c) => { const p = cet(c.created); return `${ymd(p)} ${hm(p)}` }, ['extSourceSystemAudit.createdDate'], opt],
    ['Opis', (c, o, r) => v.pick(r, ['', '', 'Wdrożenie modułu magazynowego w Q3', 'Rozliczenie kwartalne, faktury na e-mail księgowości']), []],
  ] },

  // ---------------------------------------------------------------- sales documents (Subiekt nexo, Poland)
  { name: 'subiekt-nexo-dokumenty-sprzedazy-pl', product: 'Subiekt nexo (InsERT ERP for small firms, Poland: Sprzedaż > Dokumenty sprzedaży, list exported to Excel, one row per invoice or receipt; a Poznań garden-supply wholesaler)', family: 'invoicing', language: 'pl', schema: E, cols: [
    ['Numer', (c, o) => `${+o.id % 3 === 0 ? 'PA' : 'FS'} ${1 + (+o.id % 640)}/${pad(cet(o.at).m)}/${cet(o.at).y}`, [OR('purchaseID')]],
    ['Data wystawienia', (c, o) => dmy(cet(o.at)), ['timestamp', OR('createdDate')], opt],
    ['Data sprzedaży', (c, o) => dmy(cet(o.at - day)), [], opt],
    ['Nabywca', (c, o, r, i) => (+o.id % 3 === 0 ? who(c, 'pl').full : row(PL_CO, i)[0]), []],
    ['NIP', (c, o, r) => (+o.id % 3 === 0 ? '' : nipDash(r)), [], opt],
    ['Miejscowość', (c, o, r, i) => row(PL_ADDR, i + 3)[2], [BILL('city')], opt],
    ['Wartość netto', (c, o) => comma(sbGross(o) / 1.23), [], opt],
    ['Wartość VAT', (c, o) => comma(sbGross(o) - sbGross(o) / 1.23), [OR('taxAmount')]],
    ['Wartość brutto', (c, o) => comma(sbGross(o)), [OR('priceTotal')]],
    ['Waluta', (c, o) => (+o.id % 17 === 0 ? 'EUR' : 'PLN'), [OR('currencyCode')]],
    ['Forma płatności', (c, o) => (+o.id % 3 === 0 ? 'gotówka' : row(['przelew 14 dni', 'przelew 30 dni', 'karta płatnicza'], +o.id)), [OR('payments[0].paymentType')], opt],
    ['Termin płatności', (c, o) => dmy(cet(o.at + (+o.id % 3 === 0 ? 0 : 14) * day)), [], opt],
    ['Zapłacono', (c, o) => comma(+o.id % 4 === 1 ? 0 : sbGross(o)), [OR('payments[0].paymentAmount')], opt],
    ['Pozostało do zapłaty', (c, o) => comma(+o.id % 4 === 1 ? sbGross(o) : 0), []],
    ['Status', (c, o) => (+o.id % 4 === 1 ? 'Nierozliczony' : 'Rozliczony'), [], opt],
    ['Magazyn', (c, o, r) => v.pick(r, ['MAG', 'MAG', 'SKLEP']), ['commerce.commerceScope.storeCode'], opt],
    ['Kategoria', (c, o, r) => v.pick(r, ['Sprzedaż', 'Sprzedaż', 'Sprzedaż internetowa']), [], opt],
    ['Numer zamówienia', (c, o, r) => (+o.id % 2 === 0 ? `ZK ${v.int(r, 1, 480)}/${cet(o.at).y}` : ''), [OR('purchaseOrderNumber')], opt],
    ['Wystawił', (c, o, r) => v.pick(r, ['Barbara Mazur', 'Grzegorz Sikora']), []],
    ['Uwagi', (c, o, r) => v.pick(r, ['', '', '', 'Transport własny', 'Mechanizm podzielonej płatności']), []],
  ] },

  // ---------------------------------------------------------------- web-shop orders (ByznysWeb, Czechia)
  { name: 'byznysweb-objednavky-export-cs', product: 'ByznysWeb (e-shop platform, Czechia: Objednávky > Export objednávek, CSV separated by semicolons, one row per order; a Brno loose-tea shop)', family: 'ecommerce-orders', language: 'cs', schema: E, cols: [
    ['Číslo objednávky', (c, o) => `${cet(o.at).y}${pad(+o.id % 9000, 5)}`, [OR('purchaseID'), '_id']],
    ['Datum', (c, o) => { const p = cet(o.at); return `${dmy(p)} ${hm(p)}` }, ['timestamp', OR('createdDate')]],
    ['Stav', (c, o, r) => v.pick(r, ['Nová', 'Vyřizuje se', 'Odeslaná', 'Odeslaná', 'Vyřízená', 'Stornovaná']), [], opt],
    ['Jméno', (c) => who(c, 'cs').first, []],
    ['Příjmení', (c) => who(c, 'cs').last, []],
    ['E-mail', (c, o, r) => mail(who(c, 'cs'), r, CS_DOM), ['endUserIDs._experience.emailid.id'], opt],
    ['Telefon', (c, o, r) => csMobile(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Firma', (c, o, r, i) => (+o.id % 7 === 0 ? row(CS_CO, i)[0] : ''), []],
    ['IČ', (c, o, r) => (+o.id % 7 === 0 ? ico(r) : ''), [], opt],
    ['DIČ', (c, o, r) => (+o.id % 14 === 0 ? `CZ${ico(r)}` : ''), [], opt],
    ['Ulice', (c, o, r, i) => row(CS_ADDR, i)[0], [BILL('street1')]],
    ['Město', (c, o, r, i) => row(CS_ADDR, i)[1], [BILL('city')]],
    ['PSČ', (c, o, r, i) => row(CS_ADDR, i)[2], [BILL('postalCode')]],
    ['Stát', () => 'Česká republika', [BILL('country')]],
    ['Doručovací ulice', (c, o, r, i) => row(CS_ADDR, bwAlt(o, i))[0], [SHIP('street1')]],
    ['Doručovací město', (c, o, r, i) => row(CS_ADDR, bwAlt(o, i))[1], [SHIP('city')]],
    ['Doručovací PSČ', (c, o, r, i) => row(CS_ADDR, bwAlt(o, i))[2], [SHIP('postalCode')]],
    ['Doprava', (c, o) => bwShip(o)[0], ['commerce.shipping.shippingMethod']],
    ['Cena dopravy', (c, o) => czk(bwShip(o)[1]), ['commerce.shipping.shippingAmount']],
    ['Platba', (c, o, r) => v.pick(r, CS_PAY), [OR('payments[0].paymentType')]],
    ['Cena bez DPH', (c, o) => czk((bwGoods(o) + bwShip(o)[1]) / 1.12), [], opt],
    ['DPH', (c, o) => czk((bwGoods(o) + bwShip(o)[1]) - (bwGoods(o) + bwShip(o)[1]) / 1.12), [OR('taxAmount')]],
    ['Cena celkem', (c, o) => czk(bwGoods(o) + bwShip(o)[1]), [OR('priceTotal')]],
    ['Měna', () => 'CZK', [OR('currencyCode')]],
    ['Zaplaceno', (c, o, r) => (r() < 0.8 ? 'Ano' : 'Ne'), [], opt],
    ['Číslo zásilky', (c, o, r) => (bwShip(o)[1] && r() < 0.7 ? (bwShip(o)[1] === 79 ? `Z ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)} ${v.int(r, 100, 999)}` : `DR${v.int(r, 10000000, 99999999)}M`) : ''), ['commerce.shipping.trackingNumber']],
    ['Poznámka zákazníka', (c, o, r) => v.pick(r, ['', '', '', 'Prosím zabalit jako dárek', 'Doručit po 16. hodině']), []],
  ] },

  // ---------------------------------------------------------------- invoicing contacts (Vyfakturuj.cz, Czechia)
  { name: 'vyfakturuj-kontakty-export-cs', product: 'Vyfakturuj.cz (online invoicing, Czechia: Kontakty > Export do CSV, one row per contact with its company; a Prague web-design studio\'s clients)', family: 'invoicing', language: 'cs', schema: B, cols: [
    ['ID', (c, o, r, i) => String(1880000 + i * 23 + v.int(r, 0, 22)), B2BID],
    ['Název firmy', (c, o, r, i) => row(CS_CO, i)[0], ['b2b.companyName', 'organizations[0]']],
    ['IČ', (c, o, r) => ico(r), [], opt],
    ['DIČ', (c, o, r) => (r() < 0.7 ? `CZ${ico(r)}` : ''), [], opt],
    ['Jméno', (c) => who(c, 'cs').first, ['person.name.firstName']],
    ['Příjmení', (c) => who(c, 'cs').last, ['person.name.lastName']],
    ['E-mail', (c, o, r, i) => `${slug(who(c, 'cs').first)}.${slug(who(c, 'cs').last)}@${row(CS_CO, i)[1]}`, ['workEmail.address', 'personalEmail.address']],
    ['E-mail pro zasílání faktur', (c, o, r, i) => `fakturace@${row(CS_CO, i)[1]}`, ['workEmail.address'], opt],
    ['Telefon', (c, o, r) => csMobile(r), ['workPhone.number', 'mobilePhone.number']],
    ['Ulice', (c, o, r, i) => row(CS_ADDR, i + 1)[0], at(WORK, 'street1')],
    ['Město', (c, o, r, i) => row(CS_ADDR, i + 1)[1], at(WORK, 'city')],
    ['PSČ', (c, o, r, i) => row(CS_ADDR, i + 1)[2], at(WORK, 'postalCode')],
    ['Země', () => 'Česká republika', at(WORK, 'country')],
    ['Web', (c, o, r, i) => `www.${row(CS_CO, i)[1]}`, ['b2b.companyWebsite']],
    ['Splatnost (dní)', (c, o, r) => v.pick(r, ['14', '14', '30', '7']), []],
    ['Jazyk dokladů', (c, o, r) => v.pick(r, ['čeština', 'čeština', 'čeština', 'angličtina']), []],
    ['Měna', () => 'CZK', []],
    ['Počet faktur', (c, o, r) => String(v.int(r, 1, 48)), []],
    ['Fakturováno celkem', (c, o, r) => czk(v.int(r, 12000, 680000)), []],
    ['Štítky', (c, o, r) => v.pick(r, ['', 'správa webu', 'e-shop', 'správa webu, hosting']), []],
    ['Poznámka', (c, o, r) => v.pick(r, ['', '', 'Fakturovat vždy k 1. dni v měsíci', 'Objednávkové číslo uvádět na faktuře']), []],
    ['Vytvořeno', (c) => dmy(cet(c.created)), ['extSourceSystemAudit.createdDate'], opt],
  ] },

  // ---------------------------------------------------------------- marketing-automation contacts (Leadhub, Czechia)
  { name: 'leadhub-kontakty-export-cs', product: 'Leadhub (marketing automation for e-shops, Czechia: Kontakty > Exportovat, CSV with the field keys that its import documents (email, firstname, lastname, city, …); a Prague children\'s-fashion e-shop\'s customer and newsletter base)', family: 'marketing', language: 'cs', schema: P, cols: [
    ['email', (c, o, r) => mail(who(c, 'cs'), r, CS_DOM), ['personalEmail.address']],
    ['firstname', (c) => who(c, 'cs').first, ['person.name.firstName']],
    ['lastname', (c) => who(c, 'cs').last, ['person.name.lastName']],
    ['phone', (c, o, r) => (r() < 0.6 ? csMobile(r) : ''), ['mobilePhone.number', 'homePhone.number']],
    ['gender', (c, o, r) => (r() < 0.15 ? '' : c.female ? 'female' : 'male'), ['person.gender']],
    ['birthday', (c, o, r) => (r() < 0.4 ? ymd(shift(c.birth, 0)) : ''), ['person.birthDate']],
    ['city', (c, o, r, i) => row(CS_ADDR, i + 3)[1], at(HOME, 'city')],
    ['zip', (c, o, r, i) => row(CS_ADDR, i + 3)[2], at(HOME, 'postalCode')],
    ['country', () => 'CZ', [...at(HOME, 'countryCode'), ...at(HOME, 'country')]],
    ['customer_id', (c, o, r, i) => (r() < 0.8 ? String(42000 + i * 11 + v.int(r, 0, 10)) : ''), ID, opt],
    ['subscription_status', (c, o, r) => v.pick(r, ['subscribed', 'subscribed', 'subscribed', 'unsubscribed', 'unconfirmed']), ['personalEmail.status'], opt],
    ['marketing_consent', (c) => (c.bool ? 'true' : 'false'), [], opt],
    ['source', (c, o, r) => v.pick(r, ['objednávka', 'objednávka', 'pop-up formulář', 'import', 'soutěž Instagram']), [], opt],
    ['segments', (c, o, r) => v.pick(r, ['Noví zákazníci', 'Věrní zákazníci', 'Spící zákazníci', 'Maminky 0–2 roky', '']), []],
    ['tags', (c, o, r) => v.pick(r, ['', '', 'VIP', 'sleva-10', 'reklamace']), []],
    ['orders_count', (c, o, r) => String(v.int(r, 0, 14)), []],
    ['total_spent', (c, o, r) => two(v.int(r, 0, 42000)), ['loyalty.lifetimePurchases'], opt],
    ['average_order_value', (c, o, r) => two(v.int(r, 450, 3200) + 0.5), []],
    ['last_order_date', (c) => ymd(cet(later(c))), [], opt],
    ['last_email_opened_at', (c, o, r) => (r() < 0.7 ? (() => { const p = cet(later(c) + 2 * day); return `${ymd(p)} ${hms(p)}` })() : ''), [], opt],
    ['created_at', (c) => { const p = cet(c.created); return `${ymd(p)} ${hms(p)}` }, [], opt],
  ] },

  // ---------------------------------------------------------------- CRM clients (MiniCRM, Hungary)
  { name: 'minicrm-ugyfelek-export-hu', product: 'MiniCRM (CRM, Hungary: Értékesítés modul, saved filter > Exportálás > Excel, one row per card with the company and its first contact person; a Budapest solar-panel installer\'s business prospects)', family: 'crm', language: 'hu', schema: B, cols: [
    ['Id', (c, o, r, i) => String(8800 + i * 7 + v.int(r, 0, 6)), B2BID],
    ['Cég: Név', (c, o, r, i) => row(HU_CO, i)[0], ['b2b.companyName', 'organizations[0]']],
    ['Cég: Email', (c, o, r, i) => `info@${row(HU_CO, i)[1]}`, ['workEmail.address'], opt],
    ['Cég: Telefon', (c, o, r) => huFixed(r), ['workPhone.number']],
    ['Cég: Weboldal', (c, o, r, i) => `https://${row(HU_CO, i)[1]}`, ['b2b.companyWebsite']],
    ['Cég: Adószám', (c, o, r) => huTax(r), [], opt],
    ['Cég: Ország', () => 'Magyarország', at(WORK, 'country')],
    ['Cég: Irányítószám', (c, o, r, i) => row(HU_ADDR, i)[0], at(WORK, 'postalCode')],
    ['Cég: Település', (c, o, r, i) => row(HU_ADDR, i)[1], at(WORK, 'city')],
    ['Cég: Cím', (c, o, r, i) => row(HU_ADDR, i)[2], at(WORK, 'street1')],
    ['Személy1: Név', (c) => who(c, 'hu').hu, ['person.name.fullName']],
    ['Személy1: Email', (c, o, r, i) => `${slug(who(c, 'hu').first)}.${slug(who(c, 'hu').last)}@${row(HU_CO, i)[1]}`, ['workEmail.address', 'personalEmail.address']],
    ['Személy1: Telefon', (c, o, r) => huMobile(r), ['mobilePhone.number', 'workPhone.number']],
    ['Személy1: Pozíció', (c, o, r) => v.pick(r, ['ügyvezető', 'beszerzési vezető', 'irodavezető', 'műszaki igazgató']), ['extendedWorkDetails.jobTitle']],
    ['Értékesítés: Státusz', (c, o, r) => v.pick(r, ['Érdeklődő', 'Felmérés', 'Ajánlat kiküldve', 'Sikeres', 'Sikertelen']), ['b2b.personStatus'], opt],
    ['Értékesítés: Felelős', (c, o, r) => v.pick(r, ['Takács Zoltán', 'Fekete Ildikó', 'Balogh Márk']), []],
    ['Értékesítés: Érték', (c, o, r) => huf(v.int(r, 18, 240) * 50000), []],
    ['Értékesítés: Forrás', (c, o, r) => v.pick(r, ['Weboldal', 'Ajánlás', 'Facebook hirdetés', 'Kiállítás', 'Hideghívás']), ['b2b.personSource'], opt],
    ['Értékesítés: Következő lépés', (c, o, r) => v.pick(r, ['', 'Visszahívni', 'Helyszíni felmérés', 'Ajánlat véglegesítése']), []],
    ['Létrehozva', (c) => { const p = cet(c.created); return `${huDate(p)} ${hm(p)}` }, ['extSourceSystemAudit.createdDate'], opt],
    ['Módosítva', (c) => { const p = cet(later(c)); return `${huDate(p)} ${hm(p)}` }, ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },

  // ---------------------------------------------------------------- invoices (Billzone, Hungary)
  { name: 'billzone-szamlak-export-hu', product: 'Billzone (online számlázó, Hungary: Számlák > Lista exportálása, Excel, one row per invoice; a Szeged IT-services firm)', family: 'invoicing', language: 'hu', schema: E, cols: [
    ['Számlaszám', (c, o) => `BZ-${cet(o.at).y}-${pad(1 + +o.id % 3000, 5)}`, [OR('purchaseID')]],
    ['Számla típusa', (c, o) => (+o.id % 19 === 0 ? 'Előlegszámla' : 'Számla'), [], opt],
    ['Vevő neve', (c, o, r, i) => (+o.id % 4 === 0 ? who(c, 'hu').hu : row(HU_CO, i)[0]), []],
    ['Vevő adószáma', (c, o, r) => (+o.id % 4 === 0 ? '' : huTax(r)), [], opt],
    ['Vevő irányítószáma', (c, o, r, i) => row(HU_ADDR, i + 2)[0], [BILL('postalCode')]],
    ['Vevő települése', (c, o, r, i) => row(HU_ADDR, i + 2)[1], [BILL('city')]],
    ['Vevő címe', (c, o, r, i) => row(HU_ADDR, i + 2)[2], [BILL('street1')]],
    ['Vevő e-mail címe', (c, o, r) => (r() < 0.8 ? mail(who(c, 'hu'), r, HU_DOM) : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['Kiállítás dátuma', (c, o) => huDate(cet(o.at)), ['timestamp', OR('createdDate')], opt],
    ['Teljesítés dátuma', (c, o) => huDate(cet(o.at)), [], opt],
    ['Fizetési határidő', (c, o) => huDate(cet(o.at + 8 * day)), [], opt],
    ['Fizetési mód', (c, o, r) => v.pick(r, ['Átutalás', 'Átutalás', 'Bankkártya', 'Készpénz']), [OR('payments[0].paymentType')]],
    ['Pénznem', (c, o) => (+o.id % 13 === 0 ? 'EUR' : 'HUF'), [OR('currencyCode')]],
    ['Nettó összeg', (c, o) => huf(bzNet(o)), [], opt],
    ['ÁFA összeg', (c, o) => huf(bzNet(o) * 0.27), [OR('taxAmount')]],
    ['Bruttó összeg', (c, o) => huf(bzNet(o) * 1.27), [OR('priceTotal')]],
    ['Fizetve', (c, o, r) => (r() < 0.75 ? 'Igen' : 'Nem'), [], opt],
    ['NAV státusz', (c, o, r) => (r() < 0.95 ? 'DONE' : 'ABORTED'), [], opt],
    ['Sztornózva', (c, o) => (+o.id % 23 === 0 ? 'Igen' : 'Nem'), [], opt],
    ['Rendelésszám', (c, o, r) => (r() < 0.4 ? `PO-${v.int(r, 1000, 9999)}` : ''), [OR('purchaseOrderNumber')], opt],
    ['Számlatömb', () => 'Alapértelmezett', []],
    ['Megjegyzés', (c, o, r) => v.pick(r, ['', '', '', 'Üzemeltetési díj havi', 'Szerződés száma: SZ-2024/17']), []],
  ] },

  // ---------------------------------------------------------------- newsletter subscribers (Webgalamb, Hungary)
  { name: 'webgalamb-feliratkozok-export-hu', product: 'Webgalamb (hírlevélküldő szoftver, Hungary: Feliratkozók > Exportálás, CSV; a Debrecen bakery chain\'s newsletter list with its own fields)', family: 'email', language: 'hu', schema: P, cols: [
    ['Azonosító', (c, o, r, i) => String(31000 + i * 9 + v.int(r, 0, 8)), ID],
    ['E-mail cím', (c, o, r) => mail(who(c, 'hu'), r, HU_DOM), ['personalEmail.address']],
    ['Vezetéknév', (c) => who(c, 'hu').last, ['person.name.lastName']],
    ['Keresztnév', (c) => who(c, 'hu').first, ['person.name.firstName']],
    ['Nem', (c, o, r) => (r() < 0.2 ? '' : c.female ? 'Nő' : 'Férfi'), ['person.gender']],
    ['Születési dátum', (c, o, r) => (r() < 0.45 ? huDate(shift(c.birth, 0)) : ''), ['person.birthDate']],
    ['Telefonszám', (c, o, r) => (r() < 0.5 ? huMobile(r) : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Irányítószám', (c, o, r, i) => row(HU_ADDR, i + 1)[0], at(HOME, 'postalCode')],
    ['Város', (c, o, r, i) => row(HU_ADDR, i + 1)[1], at(HOME, 'city')],
    ['Csoport', (c, o, r) => v.pick(r, ['Hírlevél', 'Hírlevél', 'Törzsvásárlók', 'Rendezvények']), []],
    ['Státusz', (c, o, r) => v.pick(r, ['aktív', 'aktív', 'aktív', 'leiratkozott', 'visszapattant']), ['personalEmail.status'], opt],
    ['Feliratkozás dátuma', (c) => { const p = cet(c.created); return `${ymd(p)} ${hms(p)}` }, [], opt],
    ['Megerősítve', (c, o, r) => (r() < 0.85 ? 'igen' : 'nem'), [], opt],
    ['Feliratkozás forrása', (c, o, r) => v.pick(r, ['weboldal űrlap', 'weboldal űrlap', 'nyereményjáték', 'importálás', 'bolti regisztráció']), [], opt],
    ['IP cím', (c, o, r) => (r() < 0.7 ? `${v.pick(r, ['84.236', '188.6', '94.21', '37.76'])}.${v.int(r, 0, 255)}.${v.int(r, 1, 254)}` : ''), [], opt],
    ['Utolsó megnyitás', (c, o, r) => (r() < 0.7 ? (() => { const p = cet(later(c)); return `${ymd(p)} ${hms(p)}` })() : ''), [], opt],
    ['Megnyitások száma', (c, o, r) => String(v.int(r, 0, 60)), []],
    ['Kedvenc termék', (c, o, r) => v.pick(r, ['', 'kakaós csiga', 'rétes', 'kovászos kenyér', 'pogácsa']), []],
    ['Leiratkozás dátuma', (c, o, r) => (r() < 0.12 ? (() => { const p = cet(later(c) + day); return `${ymd(p)} ${hms(p)}` })() : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- invoices (FGO, Romania)
  { name: 'fgo-facturi-export-ro', product: 'FGO (facturare online, Romania: Facturi > Export în Excel, one row per invoice; a Cluj-Napoca online bookshop invoicing shop orders)', family: 'invoicing', language: 'ro', schema: E, cols: [
    ['Serie', (c, o) => (+o.id % 5 === 0 ? 'CJF' : 'CJW'), [], opt],
    ['Număr', (c, o) => String(1000 + +o.id % 9000), [OR('purchaseID')], opt],
    ['Data emitere', (c, o) => dmy(eet(o.at)), ['timestamp', OR('createdDate')], opt],
    ['Data scadență', (c, o) => dmy(eet(o.at + (+o.id % 5 === 0 ? 30 : 0) * day)), [], opt],
    ['Tip factură', (c, o) => (+o.id % 31 === 0 ? 'Storno' : 'Factură'), [], opt],
    ['Client', (c, o) => (+o.id % 5 === 0 ? row(['SC Librăria Cărturești SRL', 'Școala Gimnazială nr. 7', 'Editura Paralela Nord SRL'], +o.id) : who(c, 'ro').full), []],
    ['Tip client', (c, o) => (+o.id % 5 === 0 ? 'PJ' : 'PF'), [], opt],
    ['CUI/CNP', (c, o, r) => (+o.id % 5 === 0 ? `RO${cui(r)}` : r() < 0.3 ? cnp(c, r) : ''), [], opt],
    ['Email client', (c, o, r) => mail(who(c, 'ro'), r, RO_DOM), ['endUserIDs._experience.emailid.id'], opt],
    ['Telefon client', (c, o, r) => roMobile(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Adresă', (c, o, r, i) => row(RO_ADDR, i)[0], [BILL('street1')]],
    ['Localitate', (c, o, r, i) => row(RO_ADDR, i)[1], [BILL('city')]],
    ['Județ', (c, o, r, i) => row(RO_ADDR, i)[2], [BILL('stateProvince'), BILL('state'), BILL('region')]],
    ['Țară', () => 'România', [BILL('country')]],
    ['Valoare fără TVA', (c, o) => ron(fgNet(o)), [], opt],
    ['Valoare TVA', (c, o) => ron(fgNet(o) * 0.05), [OR('taxAmount')]],
    ['Total', (c, o) => ron(fgNet(o) * 1.05), [OR('priceTotal')]],
    ['Monedă', () => 'RON', [OR('currencyCode')]],
    ['Încasat', (c, o) => ron(+o.id % 5 === 0 ? 0 : fgNet(o) * 1.05), [OR('payments[0].paymentAmount')], opt],
    ['Rest de plată', (c, o) => ron(+o.id % 5 === 0 ? fgNet(o) * 1.05 : 0), []],
    ['Stare', (c, o) => (+o.id % 5 === 0 ? 'Neîncasată' : 'Încasată'), [], opt],
    ['Stare e-Factura', (c, o, r) => v.pick(r, ['Validată', 'Validată', 'Validată', 'Trimisă', 'Netransmisă']), [], opt],
    ['Nr. comandă', (c, o, r) => (+o.id % 5 === 0 ? '' : `#${v.int(r, 20000, 29999)}`), [OR('purchaseOrderNumber')], opt],
    ['Observații', (c, o, r) => v.pick(r, ['', '', '', 'Plată ramburs FAN Courier', 'Comandă online']), []],
  ] },

  // ---------------------------------------------------------------- newsletter subscribers (NewsMAN, Romania)
  { name: 'newsman-abonati-export-ro', product: 'NewsMAN (e-mail and SMS marketing, Romania: Liste > Abonați > Export, CSV with the Romanian UI\'s column names; a Bucharest cosmetics shop\'s list)', family: 'email', language: 'ro', schema: P, cols: [
    ['Email', (c, o, r) => mail(who(c, 'ro'), r, RO_DOM), ['personalEmail.address']],
    ['Prenume', (c) => who(c, 'ro').first, ['person.name.firstName']],
    ['Nume', (c) => who(c, 'ro').last, ['person.name.lastName']],
    ['Telefon', (c, o, r) => (r() < 0.6 ? roMobile(r) : ''), ['mobilePhone.number']],
    ['Sex', (c, o, r) => (r() < 0.25 ? '' : c.female ? 'F' : 'M'), ['person.gender']],
    ['Data nașterii', (c, o, r) => (r() < 0.35 ? dmy(shift(c.birth, 0)) : ''), ['person.birthDate']],
    ['Oraș', (c, o, r, i) => row(RO_ADDR, i + 2)[1], at(HOME, 'city')],
    ['Județ', (c, o, r, i) => row(RO_ADDR, i + 2)[2], [...at(HOME, 'stateProvince'), ...at(HOME, 'state'), ...at(HOME, 'region')]],
    ['Stare', (c, o, r) => v.pick(r, ['Abonat', 'Abonat', 'Abonat', 'Dezabonat', 'Bounce']), ['personalEmail.status'], opt],
    ['Data abonării', (c) => { const p = eet(c.created); return `${ymd(p)} ${hms(p)}` }, [], opt],
    ['Data dezabonării', (c, o, r) => (r() < 0.12 ? (() => { const p = eet(later(c)); return `${ymd(p)} ${hms(p)}` })() : ''), [], opt],
    ['Sursă', (c, o, r) => v.pick(r, ['Formular checkout', 'Formular checkout', 'Pop-up', 'Import', 'API']), [], opt],
    ['IP', (c, o, r) => `${v.pick(r, ['86.124', '79.117', '188.26', '5.14'])}.${v.int(r, 0, 255)}.${v.int(r, 1, 254)}`, [], opt],
    ['Segmente', (c, o, r) => v.pick(r, ['', 'Clienți', 'Clienți, Fidelizați', 'Abandon coș']), []],
    ['Număr comenzi', (c, o, r) => String(v.int(r, 0, 12)), []],
    ['Valoare comenzi', (c, o, r) => ron(v.int(r, 0, 3400) + 0.9), ['loyalty.lifetimePurchases'], opt],
    ['Ultima deschidere', (c, o, r) => (r() < 0.7 ? (() => { const p = eet(later(c) + day); return `${ymd(p)} ${hms(p)}` })() : ''), [], opt],
    ['Acord GDPR', (c) => (c.bool ? 'Da' : 'Nu'), [], opt],
  ] },

  // ---------------------------------------------------------------- card transactions (euPlatesc, Romania)
  { name: 'euplatesc-tranzactii-export-ro', product: 'euPlatesc.ro (card payment gateway, Romania: panou comerciant, Tranzacții > Export Excel, one row per card transaction; an Iași home-decor web shop)', family: 'payments', language: 'ro', schema: E, cols: [
    ['ID tranzacție', (c, o, r) => String(v.int(r, 10000000, 99999999)), [OR('payments[0].transactionID'), '_id']],
    ['Nr. comandă', (c, o) => String(70000 + +o.id % 9000), [OR('purchaseID')]],
    ['Data', (c, o) => { const p = eet(o.at); return `${dmy(p)} ${hms(p)}` }, ['timestamp', OR('createdDate')]],
    ['Sumă', (c, o) => two(epAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Monedă', () => 'RON', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Stare', (c, o) => (+o.id % 11 === 0 ? 'Respinsă' : +o.id % 17 === 0 ? 'Returnată' : 'Aprobată'), [], opt],
    ['Tip card', (c, o) => row(['Visa', 'Visa', 'Mastercard', 'Mastercard', 'Maestro'], +o.id), [OR('payments[0].paymentType')], opt],
    ['Card', (c, o, r) => `${row(['4', '4', '5', '5', '6'], +o.id)}${v.int(r, 10000, 99999)}******${v.int(r, 1000, 9999)}`, []],
    ['Bancă emitentă', (c, o, r) => v.pick(r, ['Banca Transilvania', 'BCR', 'ING Bank', 'BRD', 'Raiffeisen Bank', 'Revolut']), []],
    ['Cod autorizare', (c, o, r) => (+o.id % 11 === 0 ? '' : String(v.int(r, 100000, 999999))), []],
    ['Rate', (c, o, r) => (r() < 0.15 ? String(v.pick(r, [3, 6, 12])) : ''), [], opt],
    ['Nume', (c) => who(c, 'ro').last, []],
    ['Prenume', (c) => who(c, 'ro').first, []],
    ['Email', (c, o, r) => mail(who(c, 'ro'), r, RO_DOM), ['endUserIDs._experience.emailid.id'], opt],
    ['Telefon', (c, o, r) => roMobile(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Adresă', (c, o, r, i) => row(RO_ADDR, i + 1)[0], [BILL('street1')]],
    ['Oraș', (c, o, r, i) => row(RO_ADDR, i + 1)[1], [BILL('city')]],
    ['Județ', (c, o, r, i) => row(RO_ADDR, i + 1)[2], [BILL('stateProvince'), BILL('state'), BILL('region')]],
    ['Cod poștal', (c, o, r, i) => row(RO_ADDR, i + 1)[3], [BILL('postalCode')]],
    ['Țară', () => 'RO', [BILL('countryCode'), BILL('country')]],
    ['Descriere', (c, o) => `Comanda nr. ${70000 + +o.id % 9000} - casadecor.ro`, []],
    ['Comision', (c, o) => two(epAmt(o) * 0.015), []],
    ['IP client', (c, o, r) => `${v.pick(r, ['86.124', '79.117', '188.26', '5.14'])}.${v.int(r, 0, 255)}.${v.int(r, 1, 254)}`, ['environment.ipV4'], opt],
    ['Data decontării', (c, o) => dmy(eet(o.at + 2 * day)), [], opt],
  ] },
]
