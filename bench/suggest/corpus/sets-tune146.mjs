// Round 74, tune146: blind tune-half sets written by a helper that never opened the suggester, its tests, the scorer
// or a score. Same format as sets.mjs (sources in ../README.md). Central European and German-speaking exports, headers
// in the product's UI language: a Polish ticketing platform's order list for an organizer (Biletyna.pl) (pl E 1); a
// Czech booking system's reservation export (Reservanto) and a Czech deal marketplace's sold-voucher list for a partner
// hotel (Slevomat) (cs E 2); a Slovak ticketing platform's buyer list for an organizer (Ticketportal) (sk E 1); an
// Austrian therapist-booking software's appointment list (appointmed) (de-AT E 1); a Polish clinic-management system's
// patient list (Medidesk) and a Polish restaurant ordering platform's customer list (UpMenu) (pl P 2); a German
// physiotherapy practice software's patient list (THEORG) (de P 1); a Hungarian company-database service's prospect
// list (Cégjelző) (hu B 1); an Austrian event-management platform's attendee export for a B2B conference (linkando)
// (de-AT B 1). E 5, P 3, B 2.
// Headers: written from the writer's knowledge of each product for all 10 sets (a short source hunt found no public
// column list for any of them); a subset of each export's columns, in the order the writer knows. Nothing was copied
// from a real export; every value is generated.
import { E, P, B, v, B2BID, PL, OR, BILL, opt, EMAIL_ID, PHONE_ID, STATE, W, CO, ACCT } from './sets.mjs'
import { pad, row, ymd, hms, hm, dmy, local, hash, group } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const ID = ['_id', 'personID']
const HOMES = (leaf) => [`homeAddress.${leaf}`, `mailingAddress.${leaf}`]
// Warsaw, Prague, Bratislava, Budapest, Vienna and Berlin are all CET with summer time
const cet = (ms) => local(ms, 1)
const dmyhm = (p) => `${dmy(p)} ${hm(p)}`
const dmyhms = (p) => `${dmy(p)} ${hms(p)}`
const dash = (p) => `${ymd(p)} ${hms(p)}`
const com = (x) => (Math.round(x * 100) / 100).toFixed(2).replace('.', ',')
const spaced = (x) => group(x, ' ')

// ---------------------------------------------------------------- local people, seeded by the row's person
const tl = (s) => s.replace(/ł/g, 'l').replace(/Ł/g, 'L')
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}|${c.first}|${c.last}|${salt}`) ^ 0x5bd1e995); r(); r(); return r }
const L = {
  pl: {
    m: ['Piotr', 'Krzysztof', 'Tomasz', 'Paweł', 'Michał', 'Marcin', 'Jakub', 'Kamil', 'Łukasz', 'Bartosz'],
    f: ['Anna', 'Katarzyna', 'Magdalena', 'Agnieszka', 'Joanna', 'Monika', 'Aleksandra', 'Natalia', 'Karolina', 'Małgorzata'],
    last: [['Nowak', 'Nowak'], ['Kowalski', 'Kowalska'], ['Wiśniewski', 'Wiśniewska'], ['Wójcik', 'Wójcik'], ['Kamiński', 'Kamińska'], ['Lewandowski', 'Lewandowska'], ['Zieliński', 'Zielińska'], ['Szymański', 'Szymańska'], ['Dąbrowski', 'Dąbrowska'], ['Mazur', 'Mazur'], ['Krawczyk', 'Krawczyk'], ['Grabowski', 'Grabowska']],
    // [kod, miasto, województwo, ulice]
    places: [['50-043', 'Wrocław', 'dolnośląskie', ['Świdnicka', 'Legnicka', 'Kazimierza Wielkiego']], ['31-147', 'Kraków', 'małopolskie', ['Długa', 'Karmelicka', 'Dietla']], ['00-697', 'Warszawa', 'mazowieckie', ['Marszałkowska', 'Puławska', 'Grochowska']], ['80-244', 'Gdańsk', 'pomorskie', ['Grunwaldzka', 'Kartuska', 'Słowackiego']], ['61-758', 'Poznań', 'wielkopolskie', ['Głogowska', 'Dąbrowskiego', 'Półwiejska']], ['90-418', 'Łódź', 'łódzkie', ['Piotrkowska', 'Zgierska', 'Narutowicza']], ['40-001', 'Katowice', 'śląskie', ['Mickiewicza', 'Chorzowska', 'Mikołowska']], ['81-364', 'Gdynia', 'pomorskie', ['Świętojańska', 'Morska', 'Władysława IV']]],
    mail: ['gmail.com', 'wp.pl', 'o2.pl', 'onet.pl', 'interia.pl', 'gmail.com', 'op.pl'],
    mob: ['50', '51', '53', '57', '60', '66', '69', '72', '79', '88'],
  },
  cs: {
    m: ['Jan', 'Tomáš', 'Petr', 'Martin', 'Jakub', 'Lukáš', 'Ondřej', 'David', 'Jiří', 'Michal'],
    f: ['Jana', 'Tereza', 'Lucie', 'Kateřina', 'Veronika', 'Petra', 'Eva', 'Markéta', 'Barbora', 'Hana'],
    last: [['Novák', 'Nováková'], ['Svoboda', 'Svobodová'], ['Novotný', 'Novotná'], ['Dvořák', 'Dvořáková'], ['Černý', 'Černá'], ['Procházka', 'Procházková'], ['Kučera', 'Kučerová'], ['Veselý', 'Veselá'], ['Horák', 'Horáková'], ['Němec', 'Němcová'], ['Pokorný', 'Pokorná'], ['Marek', 'Marková']],
    places: [['602 00', 'Brno', 'Jihomoravský kraj', ['Veveří', 'Kounicova', 'Lidická']], ['120 00', 'Praha 2', 'Hlavní město Praha', ['Vinohradská', 'Londýnská', 'Korunní']], ['130 00', 'Praha 3', 'Hlavní město Praha', ['Seifertova', 'Táboritská', 'Koněvova']], ['370 01', 'České Budějovice', 'Jihočeský kraj', ['Lannova tř.', 'Husova tř.', 'Nádražní']], ['779 00', 'Olomouc', 'Olomoucký kraj', ['Třída Svobody', 'Palackého', 'Dobnerova']], ['702 00', 'Ostrava', 'Moravskoslezský kraj', ['Nádražní', 'Českobratrská', '28. října']], ['301 00', 'Plzeň', 'Plzeňský kraj', ['Klatovská tř.', 'Americká tř.', 'Husova']]],
    mail: ['seznam.cz', 'gmail.com', 'email.cz', 'centrum.cz', 'seznam.cz', 'post.cz'],
    mob: ['602', '603', '604', '605', '608', '721', '724', '731', '737', '777'],
  },
  sk: {
    m: ['Peter', 'Martin', 'Tomáš', 'Michal', 'Marek', 'Juraj', 'Lukáš', 'Ján', 'Matej', 'Andrej'],
    f: ['Zuzana', 'Mária', 'Katarína', 'Lucia', 'Jana', 'Monika', 'Ivana', 'Simona', 'Veronika', 'Martina'],
    last: [['Horváth', 'Horváthová'], ['Kováč', 'Kováčová'], ['Varga', 'Vargová'], ['Tóth', 'Tóthová'], ['Nagy', 'Nagyová'], ['Baláž', 'Balážová'], ['Szabó', 'Szabová'], ['Molnár', 'Molnárová'], ['Lukáč', 'Lukáčová'], ['Kollár', 'Kollárová']],
    places: [['811 06', 'Bratislava', ['Obchodná', 'Špitálska', 'Palisády']], ['821 08', 'Bratislava', ['Miletičova', 'Záhradnícka', 'Trnavská cesta']], ['851 01', 'Bratislava', ['Romanova', 'Jungmannova', 'Údernícka']], ['917 01', 'Trnava', ['Hlavná', 'Hospodárska', 'Kollárova']], ['949 01', 'Nitra', ['Štefánikova trieda', 'Farská', 'Mostná']], ['040 01', 'Košice', ['Hlavná', 'Štúrova', 'Moyzesova']], ['010 01', 'Žilina', ['Národná', 'Hurbanova', 'Vysokoškolákov']]],
    mail: ['gmail.com', 'azet.sk', 'centrum.sk', 'zoznam.sk', 'gmail.com', 'post.sk'],
    mob: ['903', '905', '907', '908', '910', '911', '915', '944', '948', '950'],
  },
  de: {
    m: ['Thomas', 'Michael', 'Andreas', 'Stefan', 'Markus', 'Florian', 'Tobias', 'Christian', 'Matthias', 'Alexander'],
    f: ['Sabine', 'Julia', 'Claudia', 'Stefanie', 'Katrin', 'Nicole', 'Anna', 'Laura', 'Christina', 'Birgit'],
    last: ['Huber', 'Wagner', 'Bauer', 'Maier', 'Schneider', 'Hofmann', 'Fischer', 'Weber', 'Schmid', 'Brandl', 'Lechner', 'Gruber'],
    places: [['80469', 'München', ['Fraunhoferstraße', 'Müllerstraße', 'Corneliusstraße']], ['80797', 'München', ['Schleißheimer Straße', 'Winthirstraße', 'Lothstraße']], ['81541', 'München', ['Tegernseer Landstraße', 'Balanstraße', 'Silberhornstraße']], ['81667', 'München', ['Weißenburger Straße', 'Steinstraße', 'Pariser Straße']], ['82024', 'Taufkirchen', ['Köglweg', 'Eschenstraße', 'Lindenring']], ['85521', 'Ottobrunn', ['Rosenheimer Landstraße', 'Putzbrunner Straße', 'Ottostraße']]],
    mail: ['gmx.de', 'web.de', 't-online.de', 'gmail.com', 'icloud.com', 'gmx.net'],
    mob: ['151', '152', '160', '170', '171', '172', '176', '157'],
  },
  at: {
    m: ['Lukas', 'Stefan', 'Thomas', 'Markus', 'Daniel', 'Bernhard', 'Martin', 'Philipp', 'Wolfgang', 'Florian'],
    f: ['Katharina', 'Elisabeth', 'Sandra', 'Christina', 'Verena', 'Lisa', 'Julia', 'Barbara', 'Theresa', 'Andrea'],
    last: ['Gruber', 'Huber', 'Pichler', 'Steiner', 'Moser', 'Hofer', 'Leitner', 'Berger', 'Fuchs', 'Eder', 'Fischer', 'Schwarz'],
    places: [['8010', 'Graz', ['Leonhardstraße', 'Elisabethstraße', 'Schubertstraße']], ['8020', 'Graz', ['Annenstraße', 'Griesgasse', 'Eggenberger Gürtel']], ['8045', 'Graz', ['Andritzer Reichsstraße', 'Statteggerstraße', 'Weinitzenstraße']], ['8051', 'Graz', ['Wiener Straße', 'Göstinger Straße', 'Augasse']], ['8053', 'Graz', ['Kärntner Straße', 'Straßganger Straße', 'Harter Straße']], ['8074', 'Raaba-Grambach', ['Dr.-Auner-Straße', 'Grazer Straße', 'Josef-Krainer-Straße']]],
    mail: ['gmx.at', 'aon.at', 'gmail.com', 'a1.net', 'chello.at', 'icloud.com'],
    mob: ['650', '660', '664', '676', '680', '699'],
  },
}
// patients of the Wrocław clinic and customers of the Trójmiasto pizzerias live nearby
L.plw = { ...L.pl, places: [['50-043', 'Wrocław', 'dolnośląskie', ['Świdnicka', 'Kazimierza Wielkiego', 'Ruska']], ['53-333', 'Wrocław', 'dolnośląskie', ['Powstańców Śląskich', 'Grabiszyńska', 'Gajowicka']], ['51-632', 'Wrocław', 'dolnośląskie', ['Olszewskiego', 'Mickiewicza', 'Wróblewskiego']], ['54-130', 'Wrocław', 'dolnośląskie', ['Legnicka', 'Białowieska', 'Kosmonautów']], ['55-080', 'Kąty Wrocławskie', 'dolnośląskie', ['Zwycięstwa', 'Wrocławska', 'Kościuszki']], ['55-095', 'Długołęka', 'dolnośląskie', ['Wrocławska', 'Kiełczowska', 'Lipowa']], ['55-040', 'Bielany Wrocławskie', 'dolnośląskie', ['Czekoladowa', 'Grafitowa', 'Wrocławska']]] }
L.plt = { ...L.pl, places: [['80-244', 'Gdańsk', 'pomorskie', ['Grunwaldzka', 'Kartuska', 'Słowackiego']], ['80-419', 'Gdańsk', 'pomorskie', ['Jaśkowa Dolina', 'Kościuszki', 'Wita Stwosza']], ['80-180', 'Gdańsk', 'pomorskie', ['Łostowicka', 'Niepołomicka', 'Warszawska']], ['81-364', 'Gdynia', 'pomorskie', ['Świętojańska', 'Starowiejska', 'Władysława IV']], ['81-521', 'Gdynia', 'pomorskie', ['Wielkopolska', 'Legionów', 'Chwarznieńska']], ['81-731', 'Sopot', 'pomorskie', ['Grunwaldzka', 'Niepodległości', 'Kościuszki']]] }
const memo = new Map()
function mk (c, cc) {
  const r = seeded(c, cc), female = r() < 0.5, D = L[cc]
  const first = v.pick(r, female ? D.f : D.m), lr = v.pick(r, D.last)
  const last = Array.isArray(lr) ? lr[female ? 1 : 0] : lr
  const pl = v.pick(r, D.places), st = v.pick(r, pl[pl.length - 1])
  const num = v.int(r, 1, 140), flat = r() < 0.55 ? v.int(r, 1, 40) : 0
  const sep = v.pick(r, ['.', '', '_', '.'])
  const mail = `${v.slug(tl(first))}${sep}${v.slug(tl(last))}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, D.mail)}`
  const mob = `${v.pick(r, D.mob)}${v.digits(r, cc.startsWith('pl') ? 7 : cc === 'cs' || cc === 'sk' ? 6 : 7)}`
  const birth = Date.UTC(1955, 0, 1) + Math.floor(r() * 50 * 365) * day
  return { female, first, last, zip: pl[0], city: pl[1], region: cc.startsWith('pl') || cc === 'cs' ? pl[2] : '', street: st, num, flat, mail, mob, birth, r2: v.int(r, 0, 999999) }
}
const who = (c, cc) => { const k = `${cc}|${c.id}|${c.first}|${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc)); return memo.get(k) }
const pl = (c) => who(c, 'pl')
const plw = (c) => who(c, 'plw')
const plt = (c) => who(c, 'plt')
const cz = (c) => who(c, 'cs')
const sk = (c) => who(c, 'sk')
const de = (c) => who(c, 'de')
const at = (c) => who(c, 'at')
const plMob = (m) => `${m.slice(0, 3)} ${m.slice(3, 6)} ${m.slice(6)}`
const czMob = (m) => `${m.slice(0, 3)} ${m.slice(3, 6)} ${m.slice(6)}`

// ---------------------------------------------------------------- 1. Biletyna.pl order list (pl, E)
// a stand-up comedian's autumn club tour across five Polish cities; one row per order
const BT_EV = [['Stand-up: Kuba Lis – „Wszystko w normie”', 'Kraków', 'Klub Studio', '17.10.2025 19:00'], ['Stand-up: Kuba Lis – „Wszystko w normie”', 'Wrocław', 'Impart', '18.10.2025 19:00'], ['Stand-up: Kuba Lis – „Wszystko w normie”', 'Poznań', 'Blue Note', '24.10.2025 20:00'], ['Stand-up: Kuba Lis – „Wszystko w normie”', 'Gdańsk', 'Klub B90', '25.10.2025 19:00'], ['Stand-up: Kuba Lis – „Wszystko w normie”', 'Warszawa', 'Palladium', '31.10.2025 19:30']]
const BT_TK = [['Normalny', 79], ['Normalny', 79], ['Pierwszy rząd', 109], ['Ulgowy (student)', 65], ['Normalny – pula promocyjna', 69]]
const btEv = (o) => row(BT_EV, n(o) % 5)
const btTk = (o) => row(BT_TK, (n(o) >> 1) % 5)
const btQty = (o) => 1 + (n(o) % 4 === 0 ? 1 : 0) + (n(o) % 11 === 0 ? 2 : 0)
const btFee = (o) => Math.round(btTk(o)[1] * 0.06 * 100) / 100
const btDisc = (o) => (n(o) % 10 === 0 ? 10 : 0)
const btTotal = (o) => (btTk(o)[1] + btFee(o)) * btQty(o) - btDisc(o)
const btPay = (o) => row(['BLIK', 'Przelewy24', 'BLIK', 'Karta płatnicza', 'Google Pay', 'BLIK', 'Apple Pay'], n(o) % 7)
const btSt = (o) => (n(o) % 17 === 0 ? 'Zwrócone' : n(o) % 13 === 0 ? 'Oczekuje na płatność' : 'Opłacone')
const btAt = (o) => Date.UTC(2025, 6, 1) + ((n(o) * 7919) % (100 * 86400)) * 1000
const SET_BT = { name: 'biletyna-eksport-zamowien-pl', product: 'Biletyna.pl (Panel organizatora: Sprzedaż > Zamówienia > Eksportuj do XLS, one row per ticket order, Polish UI, a stand-up comedian\'s five-city club tour, Europe/Warsaw, PLN)', family: 'events', language: 'pl', schema: E, cols: [
  ['Nr zamówienia', (c, o) => String(4200000 + n(o) * 53), ['_id', OR('purchaseID')]],
  ['Data zamówienia', (c, o) => dash(cet(btAt(o))), ['timestamp', OR('createdDate')]],
  ['Wydarzenie', (c, o) => btEv(o)[0], [], opt],
  ['Miasto', (c, o) => btEv(o)[1], [], opt],
  ['Miejsce', (c, o) => btEv(o)[2], ['placeContext.POIinteraction.POIDetail.name'], opt],
  ['Termin', (c, o) => btEv(o)[3], []],
  ['Rodzaj biletu', (c, o) => btTk(o)[0], [PL('name')], opt],
  ['Liczba biletów', (c, o) => String(btQty(o)), [PL('quantity')]],
  ['Cena biletu', (c, o) => com(btTk(o)[1]), [], opt],
  ['Opłata serwisowa', (c, o) => com(btFee(o) * btQty(o)), []],
  ['Rabat', (c, o) => com(btDisc(o)), [OR('discountAmount')]],
  ['Wartość zamówienia', (c, o) => com(btTotal(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
  ['Waluta', () => 'PLN', [OR('currencyCode')]],
  ['Sposób płatności', (c, o) => btPay(o), [OR('payments[0].paymentType')]],
  ['Status płatności', (c, o) => btSt(o), [], opt],
  ['Kod rabatowy', (c, o) => (btDisc(o) ? 'LIS10' : ''), ['commerce.promotionID']],
  ['Imię', (c) => pl(c).first, []],
  ['Nazwisko', (c) => pl(c).last, []],
  ['E-mail', (c) => pl(c).mail, EMAIL_ID],
  ['Telefon', (c) => (n(c) % 6 === 0 ? '' : `+48${pl(c).mob}`), PHONE_ID],
  ['Faktura', (c, o) => (n(o) % 9 === 0 ? 'Tak' : 'Nie'), []],
  ['NIP', (c, o) => (n(o) % 9 === 0 ? `${v.int(v.rng(n(o)), 521, 899)}${pad((n(o) * 7919) % 10000000, 7)}` : ''), []],
  ['Zgoda marketingowa', (c) => (c.bool ? 'Tak' : 'Nie'), []],
  ['Status wejścia', (c, o) => (btSt(o) !== 'Opłacone' ? '' : n(o) % 5 === 0 ? 'Nie wszedł' : 'Wszedł'), []],
] }

// ---------------------------------------------------------------- 2. Reservanto reservation export (cs, E)
// a physiotherapy and sports-massage studio in Brno with two therapists and a second room in Královo Pole
const RV_SVC = [['Fyzioterapie – vstupní vyšetření (60 min)', 1200], ['Fyzioterapie – kontrolní terapie (45 min)', 950], ['Sportovní masáž (60 min)', 890], ['Dorn metoda a Breussova masáž (90 min)', 1290], ['Kineziotaping', 350], ['Sportovní masáž (30 min)', 520]]
const RV_WHO = ['Mgr. Lenka Pokorná', 'Bc. Tomáš Vrba', 'Mgr. Lenka Pokorná', 'Radek Šimek (masér)']
const rvSvc = (o) => row(RV_SVC, n(o) % 6)
const rvSt = (o) => row(['Potvrzeno', 'Dokončeno', 'Dokončeno', 'Zrušeno klientem', 'Dokončeno', 'Nepřišel', 'Dokončeno', 'Potvrzeno'], n(o) % 8)
const rvAt = (o) => Date.UTC(2025, 4, 1) + ((n(o) * 7919) % (150 * 86400)) * 1000
const rvStart = (o) => { const d = Date.UTC(2025, 4, 1) + ((n(o) * 7919) % (150 * 86400)) * 1000 + (2 + (n(o) % 20)) * day; const t = new Date(d); t.setUTCHours(6 + (n(o) % 10), (n(o) % 2) * 30, 0, 0); return +t }
const rvMin = (o) => +rvSvc(o)[0].match(/\((\d+) min\)/)?.[1] || 20
const rvPay = (o) => row(['Na místě – hotově', 'Na místě – kartou', 'Online platba kartou', 'Dárkový poukaz', 'Na místě – kartou'], (n(o) >> 1) % 5)
const SET_RV = { name: 'reservanto-export-rezervaci-cz', product: 'Reservanto (Rezervace > Přehled rezervací > Export do Excelu, one row per booking, Czech UI, a Brno physiotherapy and sports-massage studio, Europe/Prague, CZK)', family: 'bookings', language: 'cs', schema: E, cols: [
  ['ID rezervace', (c, o) => String(9100000 + n(o) * 29), ['_id', OR('purchaseID')]],
  ['Vytvořeno', (c, o) => dmyhm(cet(rvAt(o))), ['timestamp', OR('createdDate')]],
  ['Datum', (c, o) => dmy(cet(rvStart(o))), []],
  ['Čas od', (c, o) => hm(cet(rvStart(o))), []],
  ['Čas do', (c, o) => hm(cet(rvStart(o) + rvMin(o) * 60000)), []],
  ['Služba', (c, o) => rvSvc(o)[0], [PL('name')], opt],
  ['Zaměstnanec', (c, o) => row(RV_WHO, n(o) % 4), []],
  ['Provozovna', (c, o) => (n(o) % 4 === 3 ? 'Královo Pole, Palackého 112' : 'Brno-střed, Veveří 57'), ['placeContext.POIinteraction.POIDetail.name'], opt],
  ['Zdroj rezervace', (c, o) => row(['Online rezervace', 'Zadáno ručně', 'Online rezervace', 'Firmy.cz', 'Mobilní aplikace'], n(o) % 5), [], opt],
  ['Jméno', (c) => cz(c).first, []],
  ['Příjmení', (c) => cz(c).last, []],
  ['E-mail', (c, o) => (rvSvc(o)[1] < 400 && n(o) % 3 === 0 ? '' : cz(c).mail), EMAIL_ID],
  ['Telefon', (c) => `+420 ${czMob(cz(c).mob)}`, PHONE_ID],
  ['Cena', (c, o) => spaced(rvSvc(o)[1]), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
  ['Měna', () => 'CZK', [OR('currencyCode')]],
  ['Zaplaceno', (c, o) => (rvSt(o) === 'Dokončeno' || rvPay(o).startsWith('Online') || rvPay(o) === 'Dárkový poukaz' ? 'Ano' : 'Ne'), [], opt],
  ['Způsob platby', (c, o) => rvPay(o), [OR('payments[0].paymentType')]],
  ['Slevový kód / poukaz', (c, o) => (rvPay(o) === 'Dárkový poukaz' ? `DP-${pad((n(o) * 37) % 10000, 4)}` : ''), ['commerce.promotionID'], opt],
  ['Stav', (c, o) => rvSt(o), ['eventType'], opt],
  ['Zrušeno', (c, o) => (rvSt(o).startsWith('Zrušeno') ? dmyhm(cet(rvStart(o) - (1 + (n(o) % 3)) * day)) : ''), [OR('cancelDate')]],
  ['Poznámka zákazníka', (c, o) => row(['', 'Bolest bederní páteře, doporučení od ortopeda', '', 'Po operaci kolena (LCA)', '', 'Prosím o kratší termín', ''], n(o) % 7), []],
  ['Interní poznámka', (c, o) => row(['', '', 'Platí 10 vstupů – permanentka', '', 'Pojišťovna – benefit karta'], n(o) % 5), []],
] }

// ---------------------------------------------------------------- 3. Slevomat sold vouchers (cs, E)
// a wellness hotel near Český Krumlov selling two- and three-night stay packages on the marketplace
const SM_OFF = 'Wellness pobyt v Hotelu Vltava Resort**** u Českého Krumlova s polopenzí'
const SM_VAR = [['2 noci pro 2 osoby s polopenzí', 3990, 6980], ['3 noci pro 2 osoby s polopenzí a masáží', 5990, 10470], ['2 noci pro 2 osoby s polopenzí', 3990, 6980], ['2 noci pro 2 osoby – víkend (pá–ne)', 4490, 7580], ['5 nocí pro 2 osoby s polopenzí (senior 55+)', 7990, 14200]]
const smVar = (o) => row(SM_VAR, n(o) % 5)
const smSt = (o) => row(['Uplatněný', 'Neuplatněný', 'Uplatněný', 'Stornovaný', 'Uplatněný', 'Neuplatněný', 'Propadlý'], n(o) % 7)
const smAt = (o) => Date.UTC(2025, 1, 1) + ((n(o) * 7919) % (200 * 86400)) * 1000
const smFee = (o) => Math.round(smVar(o)[1] * 0.25)
const SET_SM = { name: 'slevomat-prodane-vouchery-cz', product: 'Slevomat (Partnerská zóna: Prodané vouchery > Export do CSV, one row per sold voucher, Czech UI, a wellness hotel near Český Krumlov selling stay packages, Europe/Prague, CZK)', family: 'marketplace', language: 'cs', schema: E, cols: [
  ['Kód voucheru', (c, o) => `${v.alnum(v.rng(n(o) * 13 + 5), 4).toUpperCase()}-${v.alnum(v.rng(n(o) * 17 + 3), 4).toUpperCase()}`, ['_id'], opt],
  ['Číslo objednávky', (c, o) => String(68000000 + n(o) * 211), [OR('purchaseID')]],
  ['Datum nákupu', (c, o) => dmyhms(cet(smAt(o))), ['timestamp', OR('createdDate')]],
  ['Nabídka', () => SM_OFF, [PL('name')], opt],
  ['Varianta', (c, o) => smVar(o)[0], [PL('name'), PL('selectedOptions[0].value')], opt],
  ['Původní cena', (c, o) => String(smVar(o)[2]), []],
  ['Prodejní cena', (c, o) => String(smVar(o)[1]), [PL('priceTotal'), OR('priceTotal')]],
  ['Provize', (c, o) => String(smFee(o)), []],
  ['K vyplacení', (c, o) => String(smVar(o)[1] - smFee(o)), []],
  ['Měna', () => 'CZK', [OR('currencyCode'), PL('currencyCode')]],
  ['Stav', (c, o) => smSt(o), [], opt],
  ['Datum uplatnění', (c, o) => (smSt(o) === 'Uplatněný' ? dmy(cet(smAt(o) + (20 + (n(o) % 90)) * day)) : ''), []],
  ['Platnost do', (c, o) => dmy(cet(smAt(o) + 270 * day)), []],
  ['Datum storna', (c, o) => (smSt(o) === 'Stornovaný' ? dmy(cet(smAt(o) + (3 + (n(o) % 10)) * day)) : ''), [OR('cancelDate')]],
  ['Zákazník', (c) => `${cz(c).first} ${cz(c).last}`, []],
  ['E-mail', (c) => cz(c).mail, EMAIL_ID],
  ['Telefon', (c) => (n(c) % 4 === 0 ? '' : `+420${cz(c).mob}`), PHONE_ID],
  ['Dárkový voucher', (c, o) => (n(o) % 6 === 0 ? 'ano' : 'ne'), []],
  ['Rezervovaný termín', (c, o) => (smSt(o) === 'Stornovaný' || smSt(o) === 'Propadlý' ? '' : n(o) % 3 === 0 ? '' : `${dmy(cet(smAt(o) + (30 + (n(o) % 90)) * day))}–${dmy(cet(smAt(o) + (32 + (n(o) % 90)) * day))}`), []],
] }

// ---------------------------------------------------------------- 4. Ticketportal buyer list (sk, E)
// a Slovak pop-rock band's two arena-club concerts in Bratislava and Košice
const TP_EV = [['NO NAME – Tour 2025', 'Bratislava, Majestic Music Club', '15.11.2025 20:00'], ['NO NAME – Tour 2025', 'Košice, Cassovia Club', '22.11.2025 20:00']]
const TP_CAT = [['Státie', 29, ''], ['Státie', 29, ''], ['Sedenie – balkón', 39, 'Balkón'], ['VIP (meet & greet)', 89, 'VIP'], ['Státie – early bird', 24, '']]
const tpEv = (o) => row(TP_EV, n(o) % 2)
const tpCat = (o) => row(TP_CAT, (n(o) >> 1) % 5)
const tpQty = (o) => 1 + (n(o) % 3 === 0 ? 1 : 0) + (n(o) % 13 === 0 ? 2 : 0)
const tpFee = (o) => (tpCat(o)[1] >= 39 ? 2.5 : 1.9)
const tpSt = (o) => (n(o) % 19 === 0 ? 'Stornovaná' : 'Zaplatená')
const tpPos = (o) => row(['Internet', 'Internet', 'Internet', 'Predajné miesto – OC Eurovea', 'Internet', 'Pokladňa v mieste konania'], n(o) % 6)
const tpAt = (o) => Date.UTC(2025, 5, 10) + ((n(o) * 7919) % (140 * 86400)) * 1000
const SET_TP = { name: 'ticketportal-zoznam-kupujucich-sk', product: 'Ticketportal (Slovakia; organizátorský prístup: Prehľad predaja > Zoznam kupujúcich > Export do Excelu, one row per order, Slovak UI, a pop-rock band\'s concerts in Bratislava and Košice, Europe/Bratislava, EUR)', family: 'events', language: 'sk', schema: E, cols: [
  ['Číslo objednávky', (c, o) => `TP${pad((n(o) * 104729) % 100000000, 8)}`, ['_id', OR('purchaseID')]],
  ['Dátum predaja', (c, o) => dmyhms(cet(tpAt(o))), ['timestamp', OR('createdDate')]],
  ['Podujatie', (c, o) => tpEv(o)[0], [], opt],
  ['Miesto konania', (c, o) => tpEv(o)[1], ['placeContext.POIinteraction.POIDetail.name'], opt],
  ['Termín', (c, o) => tpEv(o)[2], []],
  ['Cenová kategória', (c, o) => tpCat(o)[0], [PL('name')], opt],
  ['Sektor', (c, o) => tpCat(o)[2], []],
  ['Rad', (c, o) => (tpCat(o)[2] === 'Balkón' ? String(1 + (n(o) % 6)) : ''), []],
  ['Miesto', (c, o) => (tpCat(o)[2] === 'Balkón' ? String(1 + (n(o) * 7) % 24) : ''), []],
  ['Počet vstupeniek', (c, o) => String(tpQty(o)), [PL('quantity')]],
  ['Cena vstupenky', (c, o) => com(tpCat(o)[1]), [], opt],
  ['Poplatok', (c, o) => com(tpFee(o) * tpQty(o)), []],
  ['Suma spolu', (c, o) => com((tpCat(o)[1] + tpFee(o)) * tpQty(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
  ['Mena', () => 'EUR', [OR('currencyCode')]],
  ['Spôsob platby', (c, o) => (tpPos(o) === 'Internet' ? row(['Platobná karta', 'Google Pay', 'Apple Pay', 'Platobná karta', 'Tatra banka – TatraPay'], n(o) % 5) : 'Hotovosť'), [OR('payments[0].paymentType')]],
  ['Predajné miesto', (c, o) => tpPos(o), [], opt],
  ['Stav', (c, o) => tpSt(o), [], opt],
  ['Meno', (c) => sk(c).first, []],
  ['Priezvisko', (c) => sk(c).last, []],
  ['E-mail', (c, o) => (tpPos(o) === 'Internet' ? sk(c).mail : ''), EMAIL_ID],
  ['Telefón', (c, o) => (tpPos(o) === 'Internet' && n(c) % 5 !== 0 ? `+421${sk(c).mob}` : ''), PHONE_ID],
  ['Mesto', (c, o) => (tpPos(o) === 'Internet' ? sk(c).city : ''), [BILL('city')], opt],
  ['PSČ', (c, o) => (tpPos(o) === 'Internet' ? sk(c).zip : ''), [BILL('postalCode')], opt],
  ['Súhlas so zasielaním noviniek', (c) => (c.bool ? 'Áno' : 'Nie'), []],
] }

// ---------------------------------------------------------------- 5. appointmed appointment list (de-AT, E)
// a Graz physiotherapy practice: three therapists, Kassen and Wahltherapie patients
const AM_SVC = [['Physiotherapie 45 Min.', 75], ['Physiotherapie 30 Min.', 55], ['Erstbefund & Therapie 60 Min.', 95], ['Manuelle Lymphdrainage 60 Min.', 85], ['Heilmassage 30 Min.', 48], ['Physiotherapie 45 Min.', 75]]
const AM_TH = ['Mag. Eva Reiter', 'Lukas Pammer, BSc', 'Mag. Eva Reiter', 'Sophie Kainz, BSc']
const amSvc = (o) => row(AM_SVC, n(o) % 6)
const amSt = (o) => row(['Abgeschlossen', 'Bestätigt', 'Abgeschlossen', 'Abgesagt', 'Abgeschlossen', 'Nicht erschienen', 'Abgeschlossen'], n(o) % 7)
const amBook = (o) => Date.UTC(2025, 2, 1) + ((n(o) * 7919) % (200 * 86400)) * 1000
const amStart = (o) => { const t = new Date(amBook(o) + (3 + (n(o) % 25)) * day); t.setUTCHours(6 + (n(o) % 11), [0, 15, 30, 45][n(o) % 4], 0, 0); return +t }
const amMin = (o) => +amSvc(o)[0].match(/(\d+) Min/)[1]
const SET_AM = { name: 'appointmed-terminliste-export-at', product: 'appointmed (Termine > Terminliste > Exportieren (Excel), one row per appointment, German (Austria) UI, a Graz physiotherapy practice, Europe/Vienna, EUR)', family: 'bookings', language: 'de', schema: E, cols: [
  ['Termin-ID', (c, o) => `T-${pad((n(o) * 7919) % 1000000, 6)}`, ['_id', OR('purchaseID')]],
  ['Datum', (c, o) => dmy(cet(amStart(o))), []],
  ['Beginn', (c, o) => hm(cet(amStart(o))), []],
  ['Ende', (c, o) => hm(cet(amStart(o) + amMin(o) * 60000)), []],
  ['Dauer (Min.)', (c, o) => String(amMin(o)), []],
  ['Leistung', (c, o) => amSvc(o)[0], [PL('name')], opt],
  ['Therapeut:in', (c, o) => row(AM_TH, n(o) % 4), []],
  ['Raum', (c, o) => `Behandlungsraum ${1 + (n(o) % 3)}`, []],
  ['Status', (c, o) => amSt(o), ['eventType'], opt],
  ['Online gebucht', (c, o) => (n(o) % 3 === 0 ? 'Nein' : 'Ja'), [], opt],
  ['Gebucht am', (c, o) => dmyhm(cet(amBook(o))), ['timestamp', OR('createdDate')]],
  ['Vorname', (c) => at(c).first, []],
  ['Nachname', (c) => at(c).last, []],
  ['E-Mail', (c) => at(c).mail, EMAIL_ID],
  ['Telefon', (c) => `+43 ${at(c).mob.slice(0, 3)} ${at(c).mob.slice(3)}`, PHONE_ID],
  ['Geburtsdatum', (c) => dmy(local(at(c).birth, 0, false)), []],
  ['Versicherung', (c) => row(['ÖGK', 'ÖGK', 'BVAEB', 'SVS', 'Privat', 'ÖGK', 'KFA Graz'], n(c) % 7), []],
  ['Preis', (c, o) => com(amSvc(o)[1]), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
  ['Bezahlt', (c, o) => (amSt(o) === 'Abgeschlossen' ? 'Ja' : 'Nein'), [], opt],
  ['Zahlungsart', (c, o) => (amSt(o) === 'Abgeschlossen' ? row(['Bankomat', 'Bar', 'Überweisung', 'Bankomat'], n(o) % 4) : ''), [OR('payments[0].paymentType')]],
  ['Rechnungsnr.', (c, o) => (amSt(o) === 'Abgeschlossen' ? `2025-${pad((n(o) * 37) % 10000, 4)}` : ''), [], opt],
  ['Abgesagt am', (c, o) => (amSt(o) === 'Abgesagt' ? dmyhm(cet(amStart(o) - (1 + (n(o) % 4)) * day)) : ''), [OR('cancelDate')]],
  ['Absagegrund', (c, o) => (amSt(o) === 'Abgesagt' ? row(['Krankheit', 'Terminkollision', 'Von Praxis abgesagt'], n(o) % 3) : ''), []],
  ['Notiz', (c, o) => row(['', 'Verordnung liegt vor (10x PT)', '', 'Bandscheibe L4/L5', '', 'Wahltherapie, Rechnung an Patientin'], n(o) % 6), []],
] }

// ---------------------------------------------------------------- 6. Medidesk patient list (pl, P)
// a private orthopaedic and physiotherapy clinic in Wrocław
const pesel = (c) => { const p = local(plw(c).birth, 0, false); const mm = p.y >= 2000 ? p.m + 20 : p.m; const s = `${String(p.y).slice(2)}${pad(mm)}${pad(p.d)}${pad(plw(c).r2 % 1000, 3)}${plw(c).female ? (plw(c).r2 % 5) * 2 : (plw(c).r2 % 5) * 2 + 1}`; const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]; const sum = [...s].reduce((a, d, i) => a + +d * w[i], 0); return s + ((10 - (sum % 10)) % 10) }
const SET_MD = { name: 'medidesk-lista-pacjentow-pl', product: 'Medidesk (Pacjenci > Lista pacjentów > Eksport do Excela, one row per patient, Polish UI, a private orthopaedic and physiotherapy clinic in Wrocław)', family: 'clinic', language: 'pl', schema: P, cols: [
  ['ID pacjenta', (c) => String(20000 + (n(c) * 13) % 80000), ID],
  ['Imię', (c) => plw(c).first, ['person.name.firstName']],
  ['Nazwisko', (c) => plw(c).last, ['person.name.lastName']],
  ['PESEL', (c) => (n(c) % 15 === 0 ? '' : pesel(c)), ['person.taxId'], opt],
  ['Data urodzenia', (c) => ymd(local(plw(c).birth, 0, false)), ['person.birthDate']],
  ['Płeć', (c) => (plw(c).female ? 'Kobieta' : 'Mężczyzna'), ['person.gender']],
  ['Telefon', (c) => plMob(plw(c).mob), ['mobilePhone.number']],
  ['E-mail', (c) => (n(c) % 7 === 0 ? '' : plw(c).mail), ['personalEmail.address']],
  ['Ulica', (c) => `ul. ${plw(c).street}`, HOMES('street1'), opt],
  ['Nr domu', (c) => String(plw(c).num), [], opt],
  ['Nr lokalu', (c) => (plw(c).flat ? String(plw(c).flat) : ''), HOMES('street2'), opt],
  ['Kod pocztowy', (c) => plw(c).zip, HOMES('postalCode')],
  ['Miejscowość', (c) => plw(c).city, HOMES('city')],
  ['Kraj', () => 'Polska', HOMES('country')],
  ['Data rejestracji', (c) => ymd(cet(Math.min(c.created, c.updated))), [], opt],
  ['Ostatnia wizyta', (c) => ymd(cet(Math.max(c.created, c.updated))), []],
  ['Lekarz prowadzący', (c) => row(['lek. med. Adam Sroka', 'mgr Ewa Lis (fizjoterapeuta)', 'lek. med. Joanna Bielska', ''], n(c) % 4), []],
  ['Źródło', (c) => row(['ZnanyLekarz', 'Polecenie', 'Google', 'ZnanyLekarz', 'Strona www', ''], n(c) % 6), [], opt],
  ['Zgoda na SMS', (c) => (n(c) % 5 === 0 ? 'Nie' : 'Tak'), []],
  ['Zgoda marketingowa', (c) => (c.bool ? 'Tak' : 'Nie'), []],
  ['Uwagi', (c) => row(['', 'Alergia na lateks', '', 'Skierowanie z NFZ – rehabilitacja', '', 'Preferuje wizyty popołudniowe'], n(c) % 6), []],
] }

// ---------------------------------------------------------------- 7. THEORG patient list (de, P)
// a physiotherapy practice in Munich-Sendling with statutory (GKV) and private patients
const TH_KT = [['AOK Bayern', 'Mitglied'], ['Techniker Krankenkasse', 'Mitglied'], ['BARMER', 'Familienversicherter'], ['Privat / Beihilfe', ''], ['DAK-Gesundheit', 'Rentner'], ['SBK', 'Mitglied'], ['AOK Bayern', 'Rentner']]
const thKt = (c) => row(TH_KT, n(c) % 7)
const SET_TH = { name: 'theorg-patientenliste-export-de', product: 'THEORG (Patienten > Patientenliste > Liste exportieren (Excel), one row per patient, German UI, a physiotherapy practice in Munich-Sendling)', family: 'clinic', language: 'de', schema: P, cols: [
  ['Pat.-Nr.', (c) => String(1000 + (n(c) * 7) % 9000), ID],
  ['Anrede', (c) => (de(c).female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
  ['Titel', (c) => (n(c) % 9 === 0 ? 'Dr.' : ''), ['person.name.courtesyTitle'], opt],
  ['Name', (c) => de(c).last, ['person.name.lastName']],
  ['Vorname', (c) => de(c).first, ['person.name.firstName']],
  ['Geb.-Datum', (c) => dmy(local(de(c).birth, 0, false)), ['person.birthDate']],
  ['Straße', (c) => `${de(c).street} ${de(c).num}`, HOMES('street1')],
  ['PLZ', (c) => de(c).zip, HOMES('postalCode')],
  ['Ort', (c) => de(c).city, HOMES('city')],
  ['Telefon privat', (c) => (n(c) % 3 === 0 ? `089 ${v.int(seeded(c, 't'), 200, 799)} ${v.int(seeded(c, 't2'), 1000, 9999)}` : ''), ['homePhone.number']],
  ['Telefon mobil', (c) => (n(c) % 5 === 0 ? '' : `0${de(c).mob.slice(0, 3)} ${de(c).mob.slice(3)}`), ['mobilePhone.number']],
  ['Telefon geschäftlich', (c) => (n(c) % 6 === 1 ? `089 ${v.int(seeded(c, 'w'), 2000, 8999)}-${v.int(seeded(c, 'w2'), 10, 499)}` : ''), ['workPhone.number']],
  ['E-Mail', (c) => (n(c) % 4 === 0 ? '' : de(c).mail), ['personalEmail.address']],
  ['Kostenträger', (c) => thKt(c)[0], []],
  ['Versichertennr.', (c) => (thKt(c)[1] ? `${String.fromCharCode(65 + (n(c) % 26))}${pad((n(c) * 7919) % 1000000000, 9)}` : ''), []],
  ['Versichertenstatus', (c) => thKt(c)[1], []],
  ['Zuzahlungsbefreit', (c) => (thKt(c)[1] && n(c) % 8 === 0 ? 'ja' : 'nein'), []],
  ['Hausarzt', (c) => row(['Dr. med. Karin Zeller', 'Praxis Dr. Ostermeier', '', 'Dr. med. Frank Unger', 'MVZ Harras'], n(c) % 5), []],
  ['Erstkontakt', (c) => dmy(cet(Math.min(c.created, c.updated))), [], opt],
  ['Letzte Behandlung', (c) => dmy(cet(Math.max(c.created, c.updated))), []],
  ['Bemerkung', (c) => row(['', 'Hausbesuch', '', 'Marcumar!', '', 'nur vormittags'], n(c) % 6), []],
] }

// ---------------------------------------------------------------- 8. UpMenu customer list (pl, P)
// a three-restaurant pizzeria chain in Trójmiasto with online ordering and a points programme
const UM_REST = ['Gdańsk Wrzeszcz', 'Gdynia Śródmieście', 'Sopot Monte Cassino', 'Gdańsk Wrzeszcz']
const umOrders = (c) => 1 + (n(c) * 7) % 38
const umSpent = (c) => umOrders(c) * (42 + (n(c) % 50))
const SET_UM = { name: 'upmenu-eksport-klientow-pl', product: 'UpMenu (Panel restauracji: Klienci > Lista klientów > Eksportuj do CSV, one row per registered customer, Polish UI, a three-restaurant pizzeria chain in Trójmiasto with online ordering and a points programme)', family: 'loyalty', language: 'pl', schema: P, cols: [
  ['ID klienta', (c) => String(300000 + (n(c) * 31) % 600000), ID],
  ['Imię', (c) => plt(c).first, ['person.name.firstName']],
  ['Nazwisko', (c) => (n(c) % 8 === 0 ? '' : plt(c).last), ['person.name.lastName']],
  ['E-mail', (c) => plt(c).mail, ['personalEmail.address']],
  ['Telefon', (c) => `+48${plt(c).mob}`, ['mobilePhone.number']],
  ['Data urodzenia', (c) => (n(c) % 3 === 0 ? '' : ymd(local(plt(c).birth, 0, false))), ['person.birthDate']],
  ['Data rejestracji', (c) => dash(cet(Math.min(c.created, c.updated))), ['loyalty.joinDate'], opt],
  ['Ulica i numer', (c) => `${plt(c).street} ${plt(c).num}${plt(c).flat ? `/${plt(c).flat}` : ''}`, [...HOMES('street1'), 'shippingAddress.street1']],
  ['Kod pocztowy', (c) => plt(c).zip, [...HOMES('postalCode'), 'shippingAddress.postalCode']],
  ['Miasto', (c) => plt(c).city, [...HOMES('city'), 'shippingAddress.city']],
  ['Restauracja', (c) => row(UM_REST, n(c) % 4), [], opt],
  ['Liczba zamówień', (c) => String(umOrders(c)), ['loyalty.lifetimePurchases'], opt],
  ['Wartość zamówień', (c) => com(umSpent(c)), [], opt],
  ['Ostatnie zamówienie', (c) => dash(cet(Math.max(c.created, c.updated))), []],
  ['Punkty', (c) => String((umSpent(c) - (n(c) % 5) * 40) > 0 ? umSpent(c) % 700 : 0), ['loyalty.points']],
  ['Zgoda marketingowa e-mail', (c) => (c.bool ? 'Tak' : 'Nie'), []],
  ['Zgoda marketingowa SMS', (c) => (c.bool && n(c) % 3 !== 0 ? 'Tak' : 'Nie'), []],
  ['Źródło rejestracji', (c) => row(['Aplikacja mobilna', 'Strona www', 'Aplikacja mobilna', 'Facebook'], n(c) % 4), [], opt],
  ['Status', (c) => (n(c) % 29 === 0 ? 'Zablokowany' : 'Aktywny'), [], opt],
] }

// ---------------------------------------------------------------- 9. Cégjelző company list (hu, B)
// a Budapest office-supplies wholesaler's prospect list: Pest-county SMEs, the managing director as contact
const HU_LAST = ['Nagy', 'Kovács', 'Tóth', 'Szabó', 'Horváth', 'Varga', 'Kiss', 'Molnár', 'Németh', 'Farkas', 'Balogh', 'Papp']
const HU_FIRST = ['László', 'István', 'Zoltán', 'Gábor', 'Péter', 'Attila', 'Katalin', 'Erzsébet', 'Andrea', 'Krisztina', 'Tamás', 'Judit']
const HU_ASCII = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')
// [név, irsz, település, cím, TEÁOR, létszám, domain, forma]
const CJ_CO = [
  ['Dunamenti Logisztika Kft.', '2040', 'Budaörs', 'Gyár utca 2.', '5210 Raktározás, tárolás', '20-49 fő', 'dunamentilog.hu'],
  ['Gödöllői Precíziós Műszaki Kft.', '2100', 'Gödöllő', 'Dózsa György út 69.', '2562 Fémmegmunkálás', '50-249 fő', 'gpm-kft.hu'],
  ['Pilis-Bau Építőipari Kft.', '2000', 'Szentendre', 'Dózsa György út 18.', '4120 Lakó- és nem lakó épület építése', '10-19 fő', 'pilisbau.hu'],
  ['Vác-Med Egészségügyi Bt.', '2600', 'Vác', 'Széchenyi utca 34.', '8621 Általános járóbetegellátás', '1-4 fő', ''],
  ['Ceglédi Agrárker Zrt.', '2700', 'Cegléd', 'Külső-Kátai út 3.', '4621 Gabona, dohány, vetőmag, takarmány nagykereskedelme', '50-249 fő', 'agrarker.hu'],
  ['Érdi Könyvelő Iroda Kft.', '2030', 'Érd', 'Budai út 21.', '6920 Számviteli, könyvvizsgálói, adószakértői tevékenység', '5-9 fő', 'erdikonyvelo.hu'],
  ['Monori Autóház Kft.', '2200', 'Monor', 'Kossuth Lajos utca 130.', '4511 Személygépjármű-kereskedelem', '20-49 fő', 'monoriautohaz.hu'],
]
const cjCo = (c) => row(CJ_CO, n(c) % 7)
const cjBoss = (c) => { const r = seeded(c, 'hu'); const l = v.pick(r, HU_LAST), f = v.pick(r, HU_FIRST); return { full: `${l} ${f}`, mail: `${HU_ASCII(f)}.${HU_ASCII(l)}` } }
const cjForm = (c) => cjCo(c)[0].split(' ').pop().replace('.', '')
const SET_CJ = { name: 'cegjelzo-ceglista-export-hu', product: 'Cégjelző (Céglista > Exportálás Excelbe, one row per company with its managing director as contact, Hungarian UI, a Budapest office-supplies wholesaler\'s prospect list of Pest-county SMEs)', family: 'b2b-leads', language: 'hu', schema: B, cols: [
  ['Cégnév', (c) => cjCo(c)[0], CO],
  ['Cégforma', (c) => ({ Kft: 'Korlátolt felelősségű társaság', Bt: 'Betéti társaság', Zrt: 'Zártkörűen működő részvénytársaság' })[cjForm(c)], []],
  ['Cégjegyzékszám', (c) => `13-0${cjForm(c) === 'Bt' ? 6 : cjForm(c) === 'Zrt' ? 10 : 9}-${pad((n(c) * 7919) % 1000000, 6)}`, ACCT, opt],
  ['Adószám', (c) => `${pad(10000000 + (n(c) * 104729) % 90000000, 8)}-2-13`, ACCT, opt],
  ['Státusz', (c) => (n(c) % 19 === 0 ? 'Végelszámolás alatt' : 'Működő'), []],
  ['Alapítás dátuma', (c) => ymd(local(Date.UTC(1992, 0, 1) + (n(c) % 11000) * day, 0, false), '.') + '.', []],
  ['Irányítószám', (c) => cjCo(c)[1], [W('postalCode')]],
  ['Település', (c) => cjCo(c)[2], [W('city')]],
  ['Cím', (c) => cjCo(c)[3], [W('street1')]],
  ['Megye', () => 'Pest', STATE(['workAddress'])],
  ['Főtevékenység', (c) => cjCo(c)[4], []],
  ['Létszám', (c) => cjCo(c)[5], []],
  ['Nettó árbevétel (eFt)', (c) => spaced(20000 + (n(c) * 7919) % 2400000), []],
  ['Vezető neve', (c) => cjBoss(c).full, ['person.name.fullName']],
  ['Vezető beosztása', (c) => (cjForm(c) === 'Zrt' ? 'vezérigazgató' : cjForm(c) === 'Bt' ? 'beltag' : 'ügyvezető'), ['extendedWorkDetails.jobTitle']],
  ['Telefonszám', (c) => (n(c) % 3 === 0 ? `+36 ${v.pick(seeded(c, 'm'), ['20', '30', '70'])} ${v.int(seeded(c, 'm1'), 100, 999)} ${v.int(seeded(c, 'm2'), 1000, 9999)}` : `+36 ${cjCo(c)[1] === '2040' || cjCo(c)[1] === '2030' ? '23' : cjCo(c)[1] === '2700' ? '53' : cjCo(c)[1] === '2600' ? '27' : cjCo(c)[1] === '2100' ? '28' : '29'} ${v.int(seeded(c, 'f'), 300, 599)} ${v.int(seeded(c, 'f2'), 100, 999)}`), ['workPhone.number', 'mobilePhone.number']],
  ['E-mail', (c) => (cjCo(c)[6] ? (n(c) % 2 ? `info@${cjCo(c)[6]}` : `${cjBoss(c).mail}@${cjCo(c)[6]}`) : `${cjBoss(c).mail}@gmail.com`), ['workEmail.address', 'personalEmail.address']],
  ['Weboldal', (c) => (cjCo(c)[6] ? `www.${cjCo(c)[6]}` : ''), ['b2b.companyWebsite']],
] }

// ---------------------------------------------------------------- 10. linkando attendee export (de-AT, B)
// a one-day facility-management conference in Vienna with paid tickets and exhibitor guests
const LK_CO = [['Porr Bau GmbH', 'porr.at', 'Wien', '1100', 'Absberggasse 47'], ['Wiener Netze GmbH', 'wienernetze.at', 'Wien', '1110', 'Erdbergstraße 236'], ['ISS Facility Services GmbH', 'at.issworld.com', 'Wien', '1210', 'Brünner Straße 85'], ['Raiffeisen-Immobilien Steiermark GmbH', 'rist.at', 'Graz', '8010', 'Radetzkystraße 15'], ['Linz AG', 'linzag.at', 'Linz', '4021', 'Wiener Straße 151'], ['Sodexo Service Solutions Austria GmbH', 'sodexo.com', 'Wien', '1120', 'Wienerbergstraße 7'], ['Universität Innsbruck', 'uibk.ac.at', 'Innsbruck', '6020', 'Innrain 52']]
const LK_TK = [['Standardticket', 390], ['Frühbucher', 320], ['Mitglied FMA', 290], ['Ausstellerticket', 0], ['Standardticket', 390]]
const lkCo = (c) => row(LK_CO, n(c) % 7)
const lkTk = (c) => row(LK_TK, (n(c) >> 1) % 5)
const lkSt = (c) => (n(c) % 13 === 0 ? 'storniert' : n(c) % 11 === 0 ? 'Warteliste' : 'bestätigt')
const lkAt = (c) => Date.UTC(2025, 6, 1) + ((n(c) * 7919) % (90 * 86400)) * 1000
const SET_LK = { name: 'linkando-teilnehmer-export-at', product: 'linkando (Veranstaltung > Teilnehmer:innen > Export (Excel), one row per registered attendee, German (Austria) UI, a one-day facility-management conference in Vienna)', family: 'b2b-leads', language: 'de', schema: B, cols: [
  ['Teilnehmer-ID', (c) => String(710000 + (n(c) * 17) % 280000), B2BID],
  ['Anmeldedatum', (c) => dmyhm(cet(lkAt(c))), ['extSourceSystemAudit.createdDate'], opt],
  ['Status', (c) => lkSt(c), [], opt],
  ['Ticket', (c) => lkTk(c)[0], [], opt],
  ['Anrede', (c) => (at(c).female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
  ['Titel', (c) => row(['', 'Ing.', 'DI', '', 'Mag.', '', 'Dr.'], n(c) % 7), ['person.name.courtesyTitle'], opt],
  ['Vorname', (c) => at(c).first, ['person.name.firstName']],
  ['Nachname', (c) => at(c).last, ['person.name.lastName']],
  ['Firma', (c) => lkCo(c)[0], CO],
  ['Position', (c) => row(['Leitung Facility Management', 'Objektmanager', 'Technischer Leiter', 'Head of Real Estate', 'Teamleiterin Gebäudetechnik', 'Einkauf'], n(c) % 6), ['extendedWorkDetails.jobTitle']],
  ['Abteilung', (c) => row(['Facility Management', 'Gebäudetechnik', 'Immobilienmanagement', 'Einkauf', ''], n(c) % 5), ['extendedWorkDetails.departments[0]']],
  ['E-Mail', (c) => `${v.slug(tl(at(c).first))}.${v.slug(tl(at(c).last))}@${lkCo(c)[1]}`, ['workEmail.address']],
  ['Telefon', (c) => (n(c) % 3 === 0 ? '' : `+43 ${lkCo(c)[2] === 'Wien' ? '1' : lkCo(c)[2] === 'Graz' ? '316' : lkCo(c)[2] === 'Linz' ? '732' : '512'} ${v.int(seeded(c, 'p'), 2000, 8999)}-${v.int(seeded(c, 'p2'), 10, 999)}`), ['workPhone.number']],
  ['Mobil', (c) => (n(c) % 2 === 0 ? `+43 ${at(c).mob.slice(0, 3)} ${at(c).mob.slice(3)}` : ''), ['mobilePhone.number']],
  ['Straße', (c) => lkCo(c)[4], [W('street1')]],
  ['PLZ', (c) => lkCo(c)[3], [W('postalCode')]],
  ['Ort', (c) => lkCo(c)[2], [W('city')]],
  ['Land', () => 'Österreich', [W('country')]],
  ['UID-Nummer', (c) => (lkTk(c)[1] ? `ATU${pad((n(c) * 104729) % 100000000, 8)}` : ''), ACCT, opt],
  ['Betrag (EUR)', (c) => com(lkTk(c)[1] * 1.2), []],
  ['Workshop-Auswahl', (c) => row(['Workshop A: CAFM-Einführung', 'Workshop B: ESG-Reporting im FM', '', 'Workshop C: Energiemonitoring'], n(c) % 4), []],
  ['Eingecheckt', (c) => (lkSt(c) === 'bestätigt' && n(c) % 6 !== 0 ? 'ja' : 'nein'), []],
  ['Newsletter', (c) => (c.bool ? 'ja' : 'nein'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
] }

export const SETS = [SET_BT, SET_RV, SET_SM, SET_TP, SET_AM, SET_MD, SET_TH, SET_UM, SET_CJ, SET_LK]
