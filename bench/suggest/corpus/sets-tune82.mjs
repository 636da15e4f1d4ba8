// Round 82, tune82: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). Polish, Czech, Slovak and Hungarian marketplace, shop, order-management, CRM,
// newsletter and payment-form exports, headers in each product's UI language.
import { E, P, v, at, HOME, PL, OR, SHIP, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

const day = 86400000
// "22.05.2024 14:31" (pl/cs/sk, CET +1), "2024-05-22 14:31:07", "2024. 05. 22. 14:31" (hu)
const dmyT = (ms, h = 1) => { const p = shift(ms, h); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}` }
const dmy = (ms, h = 1) => { const p = shift(ms, h); return `${pad(p.d)}.${pad(p.m)}.${p.y}` }
const ymdHMS = (ms, h = 1) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ymd = (ms, h = 1) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const huT = (ms, h = 1) => { const p = shift(ms, h); return `${p.y}. ${pad(p.m)}. ${pad(p.d)}. ${pad(p.H)}:${pad(p.M)}` }
const huD = (ms, h = 1) => { const p = shift(ms, h); return `${p.y}.${pad(p.m)}.${pad(p.d)}.` }
// "1 234,50" decimal comma, "1234.50" dot
const cz = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, ' ')
const dot = (n) => n.toFixed(2)
const plMob = (r) => `${v.pick(r, ['5', '6', '7', '8'])}${v.int(r, 10, 99)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`
const czMob = (r) => `+420 ${v.pick(r, ['6', '7'])}${v.int(r, 0, 99).toString().padStart(2, '0')} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`
const skMob = (r) => `+421 9${v.int(r, 0, 49).toString().padStart(2, '0')} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`
const huMob = (r) => `+36 ${v.pick(r, ['20', '30', '70'])} ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`
const slug = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/[^a-z0-9]/g, '')
const mail = (f, l, r, doms) => `${slug(f)}.${slug(l)}${r() < 0.4 ? v.int(r, 1, 99) : ''}@${v.pick(r, doms)}`
const PLD = ['gmail.com', 'wp.pl', 'onet.pl', 'o2.pl', 'interia.pl']
const CZD = ['seznam.cz', 'gmail.com', 'email.cz', 'centrum.cz']
const SKD = ['gmail.com', 'azet.sk', 'centrum.sk', 'zoznam.sk']
const HUD = ['gmail.com', 'freemail.hu', 'citromail.hu']

// people [first, last, gender] and places [street, city, postcode]
const PL_N = [['Anna', 'Kowalska', 'K'], ['Piotr', 'Nowak', 'M'], ['Katarzyna', 'Wiśniewska', 'K'], ['Tomasz', 'Wójcik', 'M'], ['Magdalena', 'Kamińska', 'K'], ['Michał', 'Lewandowski', 'M'], ['Agnieszka', 'Zielińska', 'K'], ['Paweł', 'Szymański', 'M']]
const CZ_N = [['Jana', 'Nováková', 'Ž'], ['Petr', 'Svoboda', 'M'], ['Lucie', 'Dvořáková', 'Ž'], ['Martin', 'Černý', 'M'], ['Tereza', 'Procházková', 'Ž'], ['Jakub', 'Kučera', 'M'], ['Eva', 'Veselá', 'Ž'], ['Tomáš', 'Horák', 'M']]
const SK_N = [['Zuzana', 'Horváthová', 'Ž'], ['Marek', 'Kováč', 'M'], ['Lenka', 'Vargová', 'Ž'], ['Peter', 'Tóth', 'M'], ['Monika', 'Baláž', 'Ž'], ['Lukáš', 'Szabó', 'M']]
const HU_N = [['Nagy', 'Eszter', 'N'], ['Kovács', 'Gábor', 'F'], ['Tóth', 'Zsófia', 'N'], ['Szabó', 'Bence', 'F'], ['Horváth', 'Anna', 'N'], ['Varga', 'Dániel', 'F'], ['Kiss', 'Réka', 'N'], ['Molnár', 'Ádám', 'F']]
const PL_A = [['ul. Marszałkowska 84/12', 'Warszawa', '00-514', 'mazowieckie'], ['ul. Długa 17', 'Gdańsk', '80-827', 'pomorskie'], ['ul. Piotrkowska 120 m. 4', 'Łódź', '90-006', 'łódzkie'], ['os. Złotego Wieku 35/8', 'Kraków', '31-618', 'małopolskie'], ['ul. Ruska 46', 'Wrocław', '50-079', 'dolnośląskie'], ['ul. Półwiejska 9', 'Poznań', '61-885', 'wielkopolskie']]
const CZ_A = [['Vinohradská 1511/230', 'Praha 10', '100 00'], ['Masarykova 427/31', 'Brno', '602 00'], ['Nádražní 12', 'Ostrava', '702 00'], ['Palackého 88', 'Olomouc', '779 00'], ['Husova 5', 'Plzeň', '301 00'], ['Třída Míru 63', 'Pardubice', '530 02']]
const SK_A = [['Obchodná 52', 'Bratislava', '811 06'], ['Hlavná 18', 'Košice', '040 01'], ['Štúrova 7', 'Žilina', '010 01'], ['Nám. SNP 12', 'Banská Bystrica', '974 01']]
const HU_A = [['Váci út 45. 3/12', 'Budapest', '1134', 'Pest'], ['Kossuth Lajos u. 8.', 'Debrecen', '4024', 'Hajdú-Bihar'], ['Rákóczi út 21.', 'Szeged', '6722', 'Csongrád-Csanád'], ['Széchenyi tér 3.', 'Pécs', '7621', 'Baranya'], ['Baross u. 14.', 'Győr', '9021', 'Győr-Moson-Sopron']]
const PL_GOODS = [['MOR-LAP-1543', 'Laptop Lenovo IdeaPad 5 14" Ryzen 5 16GB 512GB', 3299.0, 'Laptopy'], ['MOR-SSD-2210', 'Dysk SSD Samsung 980 1TB M.2', 349.99, 'Dyski SSD'], ['MOR-MYS-0871', 'Mysz Logitech MX Master 3S', 429.0, 'Myszki'], ['MOR-MON-3321', 'Monitor Dell S2721DS 27"', 1099.0, 'Monitory'], ['MOR-SLU-1120', 'Słuchawki Sony WH-1000XM5', 1399.0, 'Słuchawki']]
const CZ_GOODS = [['MALL-1029384', 'Kávovar DeLonghi Magnifica S', 8990, 'Kávovary'], ['MALL-2038475', 'Vysavač Dyson V8', 7490, 'Vysavače'], ['MALL-3847561', 'Lego City 60337 Expresní vlak', 2499, 'Stavebnice'], ['MALL-4756102', 'Trampolína 305 cm se sítí', 4290, 'Zahrada'], ['MALL-5610293', 'Fritéza Philips HD9252/90', 2190, 'Fritézy']]
const HU_GOODS = [['Samsung Galaxy A54 5G 128GB', 139990], ['Philips 3200 LatteGo kávéfőző', 219990], ['Bosch Serie 4 mosógép', 174990], ['Xiaomi Robot Vacuum S10', 64990], ['JBL Tune 760NC fejhallgató', 29990]]
const nm = (n) => `${n[0]} ${n[1]}`

export const SETS = [
  // ---------------------------------------------------------------- marketplace orders (Morele Marketplace, seller panel: Zamówienia > Eksport do CSV)
  { name: 'morele-marketplace-zamowienia-pl', product: 'Morele Marketplace (panel sprzedawcy: Zamówienia > Eksportuj CSV, Polish UI, a Polish electronics seller on Morele.net)', family: 'ecommerce-orders', language: 'pl', schema: E, cols: [
    ['Numer zamówienia', (c, o, r) => String(v.int(r, 40000000, 49999999)), [OR('purchaseID'), '_id']],
    ['Data złożenia', (c, o) => ymdHMS(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o, r) => v.pick(r, ['Nowe', 'W realizacji', 'Wysłane', 'Wysłane', 'Anulowane']), [], opt],
    ['Kupujący', (c, o, r, i) => nm(row(PL_N, i)), []],
    ['E-mail', (c, o, r, i) => `${v.alnum(r, 10).toLowerCase()}@marketplace.morele.net`, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefon', (c, o, r) => plMob(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Adres dostawy', (c, o, r, i) => row(PL_A, i)[0], [SHIP('street1')]],
    ['Kod pocztowy', (c, o, r, i) => row(PL_A, i)[2], [SHIP('postalCode')]],
    ['Miasto', (c, o, r, i) => row(PL_A, i)[1], [SHIP('city')]],
    ['Kod produktu', (c, o, r, i) => row(PL_GOODS, i)[0], [PL('SKU')]],
    ['Nazwa produktu', (c, o, r, i) => row(PL_GOODS, i)[1], [PL('name')]],
    ['Ilość', (c, o) => String(o.qty), [PL('quantity')]],
    ['Cena brutto', (c, o, r, i) => cz(row(PL_GOODS, i)[2]), [PL('priceTotal')], opt],
    ['Wartość brutto', (c, o, r, i) => cz(row(PL_GOODS, i)[2] * o.qty), [PL('priceTotal')]],
    ['Metoda dostawy', (c, o, r) => v.pick(r, ['Kurier DPD', 'InPost Paczkomat 24/7', 'Kurier InPost', 'Odbiór w salonie']), ['commerce.shipping.shippingMethod']],
    ['Koszt dostawy', (c, o, r) => cz(v.pick(r, [0, 12.99, 14.99])), ['commerce.shipping.shippingAmount']],
    ['Forma płatności', (c, o, r) => v.pick(r, ['BLIK', 'Przelewy24', 'Karta płatnicza', 'Za pobraniem', 'PayPo']), [OR('payments[0].paymentType')]],
    ['Faktura', (c, o, r) => (r() < 0.3 ? 'Tak' : 'Nie'), []],
    ['NIP', (c, o, r) => (r() < 0.2 ? `${v.int(r, 100, 999)}${v.int(r, 1000000, 9999999)}` : ''), []],
    ['Numer przesyłki', (c, o, r) => (r() < 0.7 ? `${v.int(r, 100000000, 999999999)}${v.int(r, 10000, 99999)}` : ''), ['commerce.shipping.trackingNumber']],
    ['Uwagi', (c, o, r) => v.pick(r, ['', '', '', 'Proszę o kontakt przed dostawą']), []],
  ] },

  // ---------------------------------------------------------------- payment-form orders (Selly, panel: Zamówienia > Eksport CSV)
  { name: 'selly-zamowienia-eksport-pl', product: 'Selly (panel sklepu: Zamówienia > Eksport > CSV, Polish UI, a Polish online shop selling cosmetics)', family: 'ecommerce-orders', language: 'pl', schema: E, cols: [
    ['ID zamówienia', (c, o, r) => String(v.int(r, 10000, 99999)), [OR('purchaseID'), '_id']],
    ['Data zamówienia', (c, o) => dmyT(o.at), ['timestamp', OR('createdDate')]],
    ['Status zamówienia', (c, o, r) => v.pick(r, ['Złożone', 'Opłacone', 'Wysłane', 'Zrealizowane']), [], opt],
    ['Imię', (c, o, r, i) => row(PL_N, i + 1)[0], []],
    ['Nazwisko', (c, o, r, i) => row(PL_N, i + 1)[1], []],
    ['E-mail', (c, o, r, i) => mail(row(PL_N, i + 1)[0], row(PL_N, i + 1)[1], r, PLD), ['endUserIDs._experience.emailid.id'], opt],
    ['Telefon', (c, o, r) => plMob(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Ulica', (c, o, r, i) => row(PL_A, i + 2)[0], [SHIP('street1')]],
    ['Kod pocztowy', (c, o, r, i) => row(PL_A, i + 2)[2], [SHIP('postalCode')]],
    ['Miejscowość', (c, o, r, i) => row(PL_A, i + 2)[1], [SHIP('city')]],
    ['Produkty', (c, o, r) => v.pick(r, ['Serum z witaminą C 30 ml x1', 'Krem nawilżający 50 ml x2', 'Tonik różany 200 ml x1']), [PL('name')], opt],
    ['Wartość produktów', (c, o) => cz(o.subtotal * 4), [], opt],
    ['Dostawa', (c, o, r) => v.pick(r, ['InPost Paczkomaty', 'Kurier DPD', 'Orlen Paczka']), ['commerce.shipping.shippingMethod']],
    ['Koszt dostawy', (c, o) => cz(o.shipping ? 13.99 : 0), ['commerce.shipping.shippingAmount']],
    ['Rabat', (c, o) => cz(o.discount ? 20 : 0), [OR('discountAmount')]],
    ['Kod rabatowy', (c, o) => (o.discount ? 'JESIEN20' : ''), [], opt],
    ['Razem', (c, o) => cz(o.subtotal * 4 + (o.shipping ? 13.99 : 0) - (o.discount ? 20 : 0)), [OR('priceTotal')]],
    ['Waluta', () => 'PLN', [OR('currencyCode')]],
    ['Płatność', (c, o, r) => v.pick(r, ['BLIK', 'Przelew online', 'Karta', 'Google Pay']), [OR('payments[0].paymentType')]],
    ['Zgoda marketingowa', (c, o, r) => (r() < 0.5 ? 'Tak' : 'Nie'), [], opt],
  ] },

  // ---------------------------------------------------------------- shop customers (AtomStore, panel: Klienci > Lista klientów > Eksport XLS)
  { name: 'atomstore-klienci-eksport-pl', product: 'AtomStore (panel administracyjny: Klienci > Lista klientów > Eksport do XLS/CSV, Polish UI, a Polish fashion shop)', family: 'ecommerce-customers', language: 'pl', schema: P, cols: [
    ['ID klienta', (c, o, r) => String(v.int(r, 1000, 99999)), ['_id', 'personID']],
    ['Imię', (c, o, r, i) => row(PL_N, i)[0], ['person.name.firstName']],
    ['Nazwisko', (c, o, r, i) => row(PL_N, i)[1], ['person.name.lastName']],
    ['E-mail', (c, o, r, i) => mail(row(PL_N, i)[0], row(PL_N, i)[1], r, PLD), ['personalEmail.address']],
    ['Telefon', (c, o, r) => plMob(r), ['mobilePhone.number', 'homePhone.number']],
    ['Firma', (c, o, r) => (r() < 0.15 ? v.pick(r, ['Studio Len sp. z o.o.', 'Pracownia Nova s.c.']) : ''), [], opt],
    ['NIP', (c, o, r) => (r() < 0.15 ? `${v.int(r, 100, 999)}${v.int(r, 1000000, 9999999)}` : ''), []],
    ['Ulica i numer', (c, o, r, i) => row(PL_A, i)[0], at(HOME, 'street1')],
    ['Kod pocztowy', (c, o, r, i) => row(PL_A, i)[2], at(HOME, 'postalCode')],
    ['Miasto', (c, o, r, i) => row(PL_A, i)[1], at(HOME, 'city')],
    ['Kraj', () => 'Polska', at(HOME, 'country')],
    ['Grupa klientów', (c, o, r) => v.pick(r, ['Detal', 'Detal', 'Stały klient', 'VIP']), [], opt],
    ['Newsletter', (c, o, r) => (r() < 0.5 ? 'TAK' : 'NIE'), [], opt],
    ['Data rejestracji', (c) => ymdHMS(c.created), [], opt],
    ['Ostatnie logowanie', (c, o, r) => ymdHMS(c.updated), [], opt],
    ['Liczba zamówień', (c, o, r) => String(v.int(r, 0, 14)), [], opt],
    ['Wartość zamówień', (c, o, r) => cz(v.int(r, 0, 500000) / 100), ['loyalty.lifetimePurchases'], opt],
    ['Aktywny', (c, o, r) => (r() < 0.9 ? '1' : '0'), []],
  ] },

  // ---------------------------------------------------------------- CDP profiles (Synerise, Profiles > Export, Polish UI)
  { name: 'synerise-profile-eksport-pl', product: 'Synerise (Profile > lista profili > Eksport CSV, Polish UI, a Polish retail chain using the Synerise CDP)', family: 'marketing', language: 'pl', schema: P, cols: [
    ['clientId', (c, o, r) => String(v.int(r, 100000000, 999999999)), ['_id', 'personID']],
    ['customId', (c, o, r) => `K${v.int(r, 100000, 999999)}`, ['personID', 'identityMap{}[0].id'], opt],
    ['Imię', (c, o, r, i) => row(PL_N, i + 3)[0], ['person.name.firstName']],
    ['Nazwisko', (c, o, r, i) => row(PL_N, i + 3)[1], ['person.name.lastName']],
    ['E-mail', (c, o, r, i) => mail(row(PL_N, i + 3)[0], row(PL_N, i + 3)[1], r, PLD), ['personalEmail.address']],
    ['Telefon', (c, o, r) => `+48${plMob(r).replace(/ /g, '')}`, ['mobilePhone.number']],
    ['Płeć', (c, o, r, i) => (row(PL_N, i + 3)[2] === 'K' ? 'FEMALE' : 'MALE'), ['person.gender']],
    ['Data urodzenia', (c) => ymd(c.birth), ['person.birthDate']],
    ['Miasto', (c, o, r, i) => row(PL_A, i + 1)[1], at(HOME, 'city')],
    ['Kod pocztowy', (c, o, r, i) => row(PL_A, i + 1)[2], at(HOME, 'postalCode')],
    ['Województwo', (c, o, r, i) => row(PL_A, i + 1)[3], at(HOME, 'stateProvince'), opt],
    ['Zgoda newsletter', (c, o, r) => (r() < 0.6 ? 'true' : 'false'), [], opt],
    ['Zgoda SMS', (c, o, r) => (r() < 0.4 ? 'true' : 'false'), [], opt],
    ['Zgoda push', (c, o, r) => (r() < 0.3 ? 'true' : 'false'), [], opt],
    ['Punkty lojalnościowe', (c, o, r) => String(v.int(r, 0, 4000)), ['loyalty.points']],
    ['Tagi', (c, o, r) => v.pick(r, ['', 'vip', 'aplikacja;vip', 'porzucony_koszyk']), [], opt],
    ['Data utworzenia', (c) => new Date(c.created).toISOString(), [], opt],
    ['Ostatnia aktywność', (c) => new Date(c.updated).toISOString(), [], opt],
  ] },
  // ---------------------------------------------------------------- marketplace orders (MALL Partner portal, Objednávky > Export XLS)
  { name: 'mall-partner-objednavky-cs', product: 'MALL.cz (MALL Partner portál: Objednávky > Exportovat do XLS, Czech UI, a Czech home-appliance seller on the MALL marketplace)', family: 'ecommerce-orders', language: 'cs', schema: E, cols: [
    ['ID objednávky', (c, o, r) => String(v.int(r, 1200000000, 1299999999)), [OR('purchaseID'), '_id']],
    ['Externí ID', (c, o, r) => (r() < 0.6 ? `OBJ${v.int(r, 20000, 29999)}` : ''), [], opt],
    ['Datum vytvoření', (c, o) => dmyT(o.at), ['timestamp', OR('createdDate')]],
    ['Stav', (c, o, r) => v.pick(r, ['OPEN', 'SHIPPING', 'SHIPPED', 'DELIVERED', 'DELIVERED', 'CANCELLED']), [], opt],
    ['Potvrzeno', (c, o, r) => (r() < 0.9 ? 'Ano' : 'Ne'), []],
    ['Zákazník', (c, o, r, i) => nm(row(CZ_N, i)), []],
    ['Telefon', (c, o, r) => czMob(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['E-mail', (c, o, r, i) => mail(row(CZ_N, i)[0], row(CZ_N, i)[1], r, CZD), ['endUserIDs._experience.emailid.id'], opt],
    ['Ulice', (c, o, r, i) => row(CZ_A, i)[0], [SHIP('street1')]],
    ['Město', (c, o, r, i) => row(CZ_A, i)[1], [SHIP('city')]],
    ['PSČ', (c, o, r, i) => row(CZ_A, i)[2], [SHIP('postalCode')]],
    ['Země', () => 'CZ', [SHIP('countryCode')]],
    ['ID produktu', (c, o, r, i) => row(CZ_GOODS, i)[0], [PL('SKU')]],
    ['Název produktu', (c, o, r, i) => row(CZ_GOODS, i)[1], [PL('name')]],
    ['Počet kusů', (c, o) => String(o.qty), [PL('quantity')]],
    ['Cena za kus', (c, o, r, i) => cz(row(CZ_GOODS, i)[2]), [], opt],
    ['Doprava', (c, o, r) => v.pick(r, ['MALL Delivery', 'Zásilkovna', 'PPL', 'Česká pošta - Balík Do ruky']), ['commerce.shipping.shippingMethod']],
    ['Cena dopravy', (c, o, r) => cz(v.pick(r, [0, 79, 99])), ['commerce.shipping.shippingAmount']],
    ['Platba', (c, o, r) => v.pick(r, ['Kartou online', 'Dobírka', 'Bankovní převod', 'Splátky']), [OR('payments[0].paymentType')]],
    ['Dobírka', (c, o, r, i) => (r() < 0.25 ? cz(row(CZ_GOODS, i)[2] * o.qty) : '0,00'), [], opt],
    ['Celkem s DPH', (c, o, r, i) => cz(row(CZ_GOODS, i)[2] * o.qty), [OR('priceTotal')]],
    ['Měna', () => 'CZK', [OR('currencyCode')]],
    ['Číslo zásilky', (c, o, r) => (r() < 0.7 ? `Z${v.int(r, 100000000, 999999999)}` : ''), ['commerce.shipping.trackingNumber']],
    ['Datum doručení', (c, o, r) => (r() < 0.6 ? dmy(o.at + v.int(r, 1, 4) * day) : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- payment-form clients (FAPI, Klienti > Export klientů > Exportovat do CSV)
  { name: 'fapi-export-klientu-cs', product: 'FAPI (Klienti > Export klientů > Exportovat do CSV, Czech UI, a Czech online-course creator selling through FAPI order forms)', family: 'ecommerce-customers', language: 'cs', schema: P, cols: [
    ['ID klienta', (c, o, r) => String(v.int(r, 10000000, 99999999)), ['_id', 'personID']],
    ['Jméno', (c, o, r, i) => row(CZ_N, i + 2)[0], ['person.name.firstName']],
    ['Příjmení', (c, o, r, i) => row(CZ_N, i + 2)[1], ['person.name.lastName']],
    ['E-mail', (c, o, r, i) => mail(row(CZ_N, i + 2)[0], row(CZ_N, i + 2)[1], r, CZD), ['personalEmail.address']],
    ['Telefon', (c, o, r) => czMob(r), ['mobilePhone.number', 'homePhone.number']],
    ['Název firmy', (c, o, r) => (r() < 0.25 ? v.pick(r, ['Kreativ Studio s.r.o.', 'Účetnictví Novák s.r.o.', 'BeFit z.s.']) : ''), [], opt],
    ['IČ', (c, o, r) => (r() < 0.3 ? String(v.int(r, 10000000, 99999999)) : ''), []],
    ['DIČ', (c, o, r) => (r() < 0.15 ? `CZ${v.int(r, 10000000, 99999999)}` : ''), []],
    ['Ulice', (c, o, r, i) => row(CZ_A, i + 1)[0], at(HOME, 'street1')],
    ['Město', (c, o, r, i) => row(CZ_A, i + 1)[1], at(HOME, 'city')],
    ['PSČ', (c, o, r, i) => row(CZ_A, i + 1)[2], at(HOME, 'postalCode')],
    ['Stát', () => 'CZ', at(HOME, 'countryCode')],
    ['Projekt', (c, o, r) => v.pick(r, ['Online kurzy', 'Konzultace']), []],
    ['Počet objednávek', (c, o, r) => String(v.int(r, 1, 6)), [], opt],
    ['Celková částka objednávek', (c, o, r) => cz(v.int(r, 990, 24990)), ['loyalty.lifetimePurchases'], opt],
    ['Datum vytvoření', (c) => dmyT(c.created), [], opt],
    ['Poznámka', (c, o, r) => v.pick(r, ['', '', 'Faktura na firmu']), []],
  ] },

  // ---------------------------------------------------------------- shop customers (Webareal, Administrace > Zákazníci > Export zákazníků)
  { name: 'webareal-zakaznici-export-cs', product: 'Webareal (administrace e-shopu: Zákazníci > Export zákazníků do CSV, Czech UI, a Czech pet-supplies e-shop)', family: 'ecommerce-customers', language: 'cs', schema: P, cols: [
    ['id', (c, o, r) => String(v.int(r, 1, 20000)), ['_id', 'personID']],
    ['email', (c, o, r, i) => mail(row(CZ_N, i + 4)[0], row(CZ_N, i + 4)[1], r, CZD), ['personalEmail.address']],
    ['jmeno', (c, o, r, i) => row(CZ_N, i + 4)[0], ['person.name.firstName']],
    ['prijmeni', (c, o, r, i) => row(CZ_N, i + 4)[1], ['person.name.lastName']],
    ['telefon', (c, o, r) => czMob(r).replace(/ /g, ''), ['mobilePhone.number', 'homePhone.number']],
    ['firma', (c, o, r) => (r() < 0.1 ? 'Chovatelská stanice Od Lesa' : ''), [], opt],
    ['ico', (c, o, r) => (r() < 0.1 ? String(v.int(r, 10000000, 99999999)) : ''), []],
    ['ulice', (c, o, r, i) => row(CZ_A, i + 3)[0], at(HOME, 'street1')],
    ['mesto', (c, o, r, i) => row(CZ_A, i + 3)[1], at(HOME, 'city')],
    ['psc', (c, o, r, i) => row(CZ_A, i + 3)[2].replace(' ', ''), at(HOME, 'postalCode')],
    ['zeme', () => 'Česká republika', at(HOME, 'country')],
    ['dodaci_ulice', (c, o, r, i) => (r() < 0.2 ? row(CZ_A, i + 5)[0] : ''), ['shippingAddress.street1'], opt],
    ['dodaci_mesto', (c, o, r, i) => (r() < 0.2 ? row(CZ_A, i + 5)[1] : ''), ['shippingAddress.city'], opt],
    ['skupina', (c, o, r) => v.pick(r, ['Základní', 'Základní', 'Věrný zákazník', 'Velkoobchod']), [], opt],
    ['sleva', (c, o, r) => v.pick(r, ['0', '0', '5', '10']), []],
    ['newsletter', (c, o, r) => (r() < 0.5 ? '1' : '0'), [], opt],
    ['registrovan', (c) => ymdHMS(c.created), [], opt],
  ] },

  // ---------------------------------------------------------------- multichannel orders (Apilo, Zamówienia > Eksport do pliku)
  { name: 'apilo-zamowienia-eksport-pl', product: 'Apilo (Zamówienia > Lista zamówień > Eksport do pliku CSV, Polish UI, a Polish home-decor seller on Allegro, its shop and Amazon)', family: 'ecommerce-orders', language: 'pl', schema: E, cols: [
    ['Numer zamówienia', (c, o, r) => `AL${v.int(r, 100000, 999999)}`, [OR('purchaseID'), '_id']],
    ['Zewnętrzny numer', (c, o, r) => `${v.alnum(r, 8)}-${v.alnum(r, 4)}-11ef`, [], opt],
    ['Źródło', (c, o, r) => v.pick(r, ['Allegro', 'Allegro', 'Sklep internetowy', 'Amazon.pl', 'Erli']), [], opt],
    ['Data zamówienia', (c, o) => ymdHMS(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o, r) => v.pick(r, ['Nowe', 'Do wysłania', 'Wysłane', 'Zakończone', 'Anulowane']), [], opt],
    ['Login kupującego', (c, o, r, i) => `${slug(row(PL_N, i + 2)[0])}_${v.int(r, 10, 999)}`, [], opt],
    ['E-mail kupującego', (c, o, r) => `${v.alnum(r, 8).toLowerCase()}+${v.alnum(r, 4).toLowerCase()}@allegromail.pl`, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefon', (c, o, r) => `+48 ${plMob(r)}`, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Dostawa - imię i nazwisko', (c, o, r, i) => nm(row(PL_N, i + 2)), []],
    ['Dostawa - ulica', (c, o, r, i) => row(PL_A, i + 3)[0], [SHIP('street1')]],
    ['Dostawa - kod pocztowy', (c, o, r, i) => row(PL_A, i + 3)[2], [SHIP('postalCode')]],
    ['Dostawa - miasto', (c, o, r, i) => row(PL_A, i + 3)[1], [SHIP('city')]],
    ['Dostawa - kraj', () => 'PL', [SHIP('countryCode')]],
    ['Sposób dostawy', (c, o, r) => v.pick(r, ['Allegro Paczkomaty InPost', 'Allegro One Box', 'Kurier DPD', 'Allegro Kurier DHL']), ['commerce.shipping.shippingMethod']],
    ['Koszt dostawy', (c, o, r) => dot(v.pick(r, [0, 9.99, 13.49])), ['commerce.shipping.shippingAmount']],
    ['Sposób płatności', (c, o, r) => v.pick(r, ['Allegro Finance', 'Płatność przy odbiorze', 'Przelewy24', 'PayU']), [OR('payments[0].paymentType')]],
    ['Wartość zamówienia', (c, o) => dot(o.total * 4), [OR('priceTotal')]],
    ['Waluta', () => 'PLN', [OR('currencyCode')]],
    ['Wpłacono', (c, o, r) => dot(r() < 0.9 ? o.total * 4 : 0), [OR('payments[0].paymentAmount')], opt],
    ['Numer listu przewozowego', (c, o, r) => (r() < 0.7 ? `6${v.int(r, 10000000, 99999999)}${v.int(r, 10000000, 99999999)}` : ''), ['commerce.shipping.trackingNumber']],
    ['Dokument sprzedaży', (c, o, r) => v.pick(r, ['Paragon', 'Paragon', 'Faktura VAT']), []],
    ['Komentarz kupującego', (c, o, r) => v.pick(r, ['', '', '', 'Proszę zapakować na prezent']), []],
    ['Tagi', (c, o, r) => v.pick(r, ['', 'priorytet', 'gabaryt']), []],
  ] },
  // ---------------------------------------------------------------- order management (Sellasist, Zamówienia > Eksport zamówień > CSV)
  { name: 'sellasist-eksport-zamowien-pl', product: 'Sellasist (Zamówienia > Eksport zamówień > plik CSV, jedna linia na pozycję, Polish UI, a Polish car-accessories seller on Allegro, eBay and its own shop)', family: 'ecommerce-orders', language: 'pl', schema: E, cols: [
    ['ID', (c, o, r) => String(v.int(r, 200000, 299999)), [OR('purchaseID'), '_id']],
    ['Data', (c, o) => dmyT(o.at), ['timestamp', OR('createdDate')]],
    ['Źródło zamówienia', (c, o, r) => v.pick(r, ['Allegro', 'Allegro', 'eBay', 'Sklep']), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['Nowe', 'Opłacone', 'Spakowane', 'Wysłane', 'Anulowane']), [], opt],
    ['Klient', (c, o, r, i) => nm(row(PL_N, i + 4)), []],
    ['Email', (c, o, r, i) => mail(row(PL_N, i + 4)[0], row(PL_N, i + 4)[1], r, PLD), ['endUserIDs._experience.emailid.id'], opt],
    ['Telefon', (c, o, r) => plMob(r).replace(/ /g, ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Ulica', (c, o, r, i) => row(PL_A, i + 4)[0], [SHIP('street1')]],
    ['Kod', (c, o, r, i) => row(PL_A, i + 4)[2], [SHIP('postalCode')]],
    ['Miasto', (c, o, r, i) => row(PL_A, i + 4)[1], [SHIP('city')]],
    ['Kraj', () => 'Polska', [SHIP('country')], opt],
    ['Symbol produktu', (c, o, r) => `AUTO-${v.pick(r, ['DYW', 'ORG', 'LED', 'UCH'])}-${v.int(r, 100, 999)}`, [PL('SKU')]],
    ['Nazwa produktu', (c, o, r) => v.pick(r, ['Dywaniki gumowe Skoda Octavia III', 'Organizer do bagażnika 60 l', 'Żarówki LED H7 2 szt.', 'Uchwyt magnetyczny na telefon']), [PL('name')]],
    ['EAN', (c, o, r) => `590${v.int(r, 1000000000, 9999999999)}`, [], opt],
    ['Ilość', (c, o) => String(o.qty), [PL('quantity')]],
    ['Cena jednostkowa', (c, o) => cz(o.price * 4), [], opt],
    ['VAT', () => '23%', [], opt],
    ['Wysyłka', (c, o, r) => v.pick(r, ['InPost Paczkomat', 'DPD Pickup', 'Kurier GLS']), ['commerce.shipping.shippingMethod']],
    ['Koszt wysyłki', (c, o) => cz(o.shipping ? 12.99 : 0), ['commerce.shipping.shippingAmount']],
    ['Płatność', (c, o, r) => v.pick(r, ['Przelewy24', 'Pobranie', 'PayPal', 'Przelew tradycyjny']), [OR('payments[0].paymentType')]],
    ['Suma', (c, o) => cz(o.lineTotal * 4 + (o.shipping ? 12.99 : 0)), [OR('priceTotal')]],
    ['Waluta', () => 'PLN', [OR('currencyCode')]],
    ['Numer faktury', (c, o, r) => (r() < 0.3 ? `FV/${v.int(r, 1, 999)}/11/2024` : ''), [], opt],
    ['Numer przesyłki', (c, o, r) => (r() < 0.7 ? String(v.int(r, 100000000, 999999999)) + String(v.int(r, 100000, 999999)) : ''), ['commerce.shipping.trackingNumber']],
    ['Opiekun', (c, o, r) => v.pick(r, ['magazyn1', 'Kasia', 'Bartek']), []],
  ] },

  // ---------------------------------------------------------------- shop orders (BiznisWeb, Objednávky > Export objednávok > CSV)
  { name: 'biznisweb-export-objednavok-sk', product: 'BiznisWeb.sk (administrácia e-shopu: Objednávky > Export objednávok > CSV, Slovak UI, a Slovak outdoor-gear e-shop)', family: 'ecommerce-orders', language: 'sk', schema: E, cols: [
    ['Číslo objednávky', (c, o, r) => `2024${v.int(r, 100000, 999999)}`, [OR('purchaseID'), '_id']],
    ['Dátum vytvorenia', (c, o) => dmyT(o.at), ['timestamp', OR('createdDate')]],
    ['Stav objednávky', (c, o, r) => v.pick(r, ['Nová', 'Vybavuje sa', 'Odoslaná', 'Odoslaná', 'Stornovaná']), [], opt],
    ['Meno', (c, o, r, i) => row(SK_N, i)[0], []],
    ['Priezvisko', (c, o, r, i) => row(SK_N, i)[1], []],
    ['E-mail', (c, o, r, i) => mail(row(SK_N, i)[0], row(SK_N, i)[1], r, SKD), ['endUserIDs._experience.emailid.id'], opt],
    ['Telefón', (c, o, r) => skMob(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Firma', (c, o, r) => (r() < 0.15 ? 'Horal Tour s.r.o.' : ''), [], opt],
    ['IČO', (c, o, r) => (r() < 0.15 ? String(v.int(r, 10000000, 99999999)) : ''), []],
    ['IČ DPH', (c, o, r) => (r() < 0.1 ? `SK${v.int(r, 1000000000, 2999999999)}` : ''), []],
    ['Fakturačná ulica', (c, o, r, i) => row(SK_A, i)[0], ['commerce.billing.address.street1']],
    ['Fakturačné mesto', (c, o, r, i) => row(SK_A, i)[1], ['commerce.billing.address.city']],
    ['Fakturačné PSČ', (c, o, r, i) => row(SK_A, i)[2], ['commerce.billing.address.postalCode']],
    ['Dodacia ulica', (c, o, r, i) => row(SK_A, i + 1)[0], [SHIP('street1')]],
    ['Dodacie mesto', (c, o, r, i) => row(SK_A, i + 1)[1], [SHIP('city')]],
    ['Dodacie PSČ', (c, o, r, i) => row(SK_A, i + 1)[2], [SHIP('postalCode')]],
    ['Krajina', () => 'Slovensko', [SHIP('country')], opt],
    ['Doprava', (c, o, r) => v.pick(r, ['Packeta - výdajné miesto', 'Kuriér GLS', 'Slovenská pošta', 'Osobný odber']), ['commerce.shipping.shippingMethod']],
    ['Cena dopravy', (c, o) => cz(o.shipping ? 3.9 : 0), ['commerce.shipping.shippingAmount']],
    ['Platba', (c, o, r) => v.pick(r, ['Platba kartou', 'Dobierka', 'Bankový prevod', 'Google Pay']), [OR('payments[0].paymentType')]],
    ['Zľava', (c, o) => cz(o.discount), [OR('discountAmount')]],
    ['Celkom bez DPH', (c, o) => cz(o.total / 1.23), [], opt],
    ['Celkom s DPH', (c, o) => cz(o.total), [OR('priceTotal')]],
    ['Mena', () => 'EUR', [OR('currencyCode')]],
    ['Poznámka zákazníka', (c, o, r) => v.pick(r, ['', '', '', 'Prosím doručiť po 16:00']), []],
    ['Interná poznámka', (c, o, r) => v.pick(r, ['', '', 'overiť sklad']), []],
  ] },

  // ---------------------------------------------------------------- marketplace orders (Árukereső Partner Portál, Marketplace > Rendelések > Exportálás)
  { name: 'arukereso-marketplace-rendelesek-hu', product: 'Árukereső.hu (Partner Portál: Marketplace > Rendelések > Exportálás XLSX, Hungarian UI, a Hungarian electronics web shop selling on the Árukereső Marketplace)', family: 'ecommerce-orders', language: 'hu', schema: E, cols: [
    ['Rendelésszám', (c, o, r) => `AK-${v.int(r, 1000000, 9999999)}`, [OR('purchaseID'), '_id']],
    ['Rendelés dátuma', (c, o) => huT(o.at), ['timestamp', OR('createdDate')]],
    ['Állapot', (c, o, r) => v.pick(r, ['Új', 'Visszaigazolva', 'Feladva', 'Teljesítve', 'Lemondva']), [], opt],
    ['Vásárló neve', (c, o, r, i) => nm(row(HU_N, i)), []],
    ['E-mail cím', (c, o, r) => `${v.alnum(r, 12).toLowerCase()}@marketplace.arukereso.hu`, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefonszám', (c, o, r) => huMob(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Szállítási cím - irányítószám', (c, o, r, i) => row(HU_A, i)[2], [SHIP('postalCode')]],
    ['Szállítási cím - település', (c, o, r, i) => row(HU_A, i)[1], [SHIP('city')]],
    ['Szállítási cím - utca, házszám', (c, o, r, i) => row(HU_A, i)[0], [SHIP('street1')]],
    ['Számlázási név', (c, o, r, i) => (r() < 0.2 ? 'Példa Bt.' : nm(row(HU_N, i))), []],
    ['Adószám', (c, o, r) => (r() < 0.15 ? `${v.int(r, 10000000, 29999999)}-2-${v.int(r, 10, 44)}` : ''), []],
    ['Termék neve', (c, o, r, i) => row(HU_GOODS, i)[0], [PL('name')]],
    ['Cikkszám', (c, o, r) => `HU${v.int(r, 100000, 999999)}`, [PL('SKU')]],
    ['Mennyiség', (c, o) => `${o.qty} db`, [PL('quantity')]],
    ['Bruttó egységár', (c, o, r, i) => `${String(row(HU_GOODS, i)[1]).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} Ft`, [], opt],
    ['Szállítási mód', (c, o, r) => v.pick(r, ['Házhozszállítás (GLS)', 'Foxpost csomagautomata', 'MPL PostaPont', 'Packeta']), ['commerce.shipping.shippingMethod']],
    ['Szállítási díj', (c, o, r) => `${v.pick(r, ['0', '1 490', '1 990'])} Ft`, ['commerce.shipping.shippingAmount']],
    ['Fizetési mód', (c, o, r) => v.pick(r, ['Bankkártya', 'Utánvét', 'Átutalás']), [OR('payments[0].paymentType')]],
    ['Végösszeg', (c, o, r, i) => `${String(row(HU_GOODS, i)[1] * o.qty).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} Ft`, [OR('priceTotal')]],
    ['Jutalék', (c, o, r, i) => `${String(Math.round(row(HU_GOODS, i)[1] * o.qty * 0.08)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} Ft`, []],
    ['Csomagszám', (c, o, r) => (r() < 0.7 ? String(v.int(r, 1000000000, 9999999999)) : ''), ['commerce.shipping.trackingNumber']],
    ['Feladás dátuma', (c, o, r) => (r() < 0.7 ? huD(o.at + day) : ''), [], opt],
    ['Megjegyzés', (c, o, r) => v.pick(r, ['', '', 'Kapucsengő: 12', 'Délután kérem']), []],
  ] },

  // ---------------------------------------------------------------- newsletter list (SalesAutopilot, Listák > Feliratkozók > Exportálás CSV)
  { name: 'salesautopilot-feliratkozok-hu', product: 'SalesAutopilot (Listák > lista > Feliratkozók > Exportálás CSV-be, Hungarian UI, a Hungarian cosmetics web shop\'s newsletter and customer list)', family: 'email', language: 'hu', schema: P, cols: [
    ['Azonosító', (c, o, r) => String(v.int(r, 1000, 999999)), ['_id', 'personID']],
    ['Vezetéknév', (c, o, r, i) => row(HU_N, i + 2)[0], ['person.name.lastName']],
    ['Keresztnév', (c, o, r, i) => row(HU_N, i + 2)[1], ['person.name.firstName']],
    ['E-mail cím', (c, o, r, i) => mail(row(HU_N, i + 2)[1], row(HU_N, i + 2)[0], r, HUD), ['personalEmail.address']],
    ['Mobiltelefon', (c, o, r) => huMob(r), ['mobilePhone.number']],
    ['Nem', (c, o, r, i) => (row(HU_N, i + 2)[2] === 'N' ? 'nő' : 'férfi'), ['person.gender']],
    ['Születési dátum', (c, o, r) => (r() < 0.5 ? huD(c.birth) : ''), ['person.birthDate']],
    ['Irányítószám', (c, o, r, i) => row(HU_A, i + 1)[2], at(HOME, 'postalCode')],
    ['Település', (c, o, r, i) => row(HU_A, i + 1)[1], at(HOME, 'city')],
    ['Cím', (c, o, r, i) => row(HU_A, i + 1)[0], at(HOME, 'street1')],
    ['Megye', (c, o, r, i) => row(HU_A, i + 1)[3], at(HOME, 'stateProvince'), opt],
    ['Státusz', (c, o, r) => v.pick(r, ['aktív', 'aktív', 'aktív', 'leiratkozott', 'visszapattant']), ['personalEmail.status'], opt],
    ['Feliratkozás dátuma', (c) => huT(c.created), [], opt],
    ['Utolsó módosítás', (c) => huT(c.updated), [], opt],
    ['Feliratkozás forrása', (c, o, r) => v.pick(r, ['webshop pénztár', 'felugró ablak', 'import', 'nyereményjáték']), [], opt],
    ['Vásárlások száma', (c, o, r) => String(v.int(r, 0, 12)), [], opt],
    ['Összes vásárlás (Ft)', (c, o, r) => String(v.int(r, 0, 180) * 1000), ['loyalty.lifetimePurchases'], opt],
    ['Címkék', (c, o, r) => v.pick(r, ['', 'törzsvásárló', 'arcápolás,törzsvásárló', 'kupon_2024']), []],
  ] },
]
