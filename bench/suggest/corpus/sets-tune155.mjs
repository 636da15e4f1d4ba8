// Round 77, tune155: a blind tune half written by a helper that never opened the suggester, its tests, the scorer or
// a score. Same format as sets.mjs (sources in ../README.md). German-speaking and Benelux exports, headers in the
// product's UI language: a German used- and antiquarian-book marketplace's order export for a Leipzig antiquarian
// bookshop (booklooker.de) (DE, de E 1); a winery ERP and shop's order export for a Pfalz family winery (Vinou) (DE, de
// E 1); an experiences marketplace's supplier-portal booking list for a Salzburg tour operator (GetYourGuide Supplier
// Portal) (AT, de E 1); a crowdfunding platform's contributions export for a Liège comics publisher's graphic-novel
// campaign (Ulule) (BE, fr E 1); the floriculture trading platform's sales-order export for a Westland rose grower
// (Floriday) (NL, nl E 1); a winery software's customer list for a Franconian winery (winestro.cloud) (DE, de P 1); a
// spa-reservation system's guest-profile export for a Tyrolean hotel spa (TAC Reservation Assistant) (AT, de P 1); a
// travel-agency mid-office's customer export for a Munich travel agency (Bewotec myJACK) (DE, de P 1); a tour-operator
// software's travel-agency partner list for a Tyrol/Bavaria coach-tour operator (tourware) (AT, de B 1); a publishing
// ERP's bookseller-contact export for a Munich trade publisher (Klopotek) (DE, de B 1). E 5, P 3, B 2.
// Headers: GetYourGuide's from its supplier help-centre articles found with the search tool ("Navigating the Bookings
// Section in the Supplier Portal" and "Understanding Your Invoice: Booking list in Excel Format",
// supply.getyourguide.support), which give the GYG booking reference format, the supplier reference, status, activity
// date, product and option and the encrypted customer e-mail; the German labels and the rest of its columns, and all
// other 9 sets, written from the writer's knowledge of each product (a short source hunt in the pages and docs corpora
// found no public column list for them). A subset of each export's columns, in the order the writer knows. Nothing was
// copied from a real export; every value is generated.
import { E, P, B, v, PL, OR, SHIP, BILL, opt, EMAIL_ID, PHONE_ID, CUST_ID, W, CO, ACCT, HOME, at } from './sets.mjs'
import { pad, row, ymd, hm, dmy, local, dec, thou, hash } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const ID = ['_id', 'personID']
const B2BID = ['_id', 'personID', 'b2b.personKey.sourceID', 'extSourceSystemAudit.externalID']
const WE = ['workEmail.address', 'personalEmail.address']
const HOMES = (leaf) => at(HOME, leaf)
const OPTIN = ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email']
// Berlin, Vienna, Amsterdam, Brussels: UTC+1, summer time April to September
const cet = (ms) => local(ms, 1)
const bd = (ms) => local(ms, 0, false)
const ascii = (s) => v.slug(s.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/Ä/g, 'Ae').replace(/Ö/g, 'Oe').replace(/Ü/g, 'Ue').replace(/ß/g, 'ss'))
const eur = (x) => thou(x, '.', ',')
const deDT = (ms) => { const p = cet(ms); return `${dmy(p)} ${hm(p)}` }
const deD = (ms) => dmy(cet(ms))

// ---------------------------------------------------------------- local people, seeded by the row's person
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}|${c.first}|${c.last}|${salt}`) ^ 0x2c1b3c6d); r(); r(); return r }
const LOC = {
  de: { m: ['Thomas', 'Michael', 'Andreas', 'Stefan', 'Jan', 'Tobias', 'Markus', 'Florian', 'Christian', 'Matthias', 'Jörg', 'Uwe'],
    f: ['Julia', 'Katrin', 'Sandra', 'Anna', 'Lena', 'Sabine', 'Nicole', 'Christine', 'Laura', 'Miriam', 'Birgit', 'Jana'],
    last: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Hoffmann', 'Schäfer', 'Koch', 'Richter', 'Klein', 'Wolf', 'Neumann', 'Schwarz', 'Krüger', 'Zimmermann'],
    // [PLZ, Ort, Vorwahl, Bundesland]
    places: [['04109', 'Leipzig', '0341', 'Sachsen'], ['10437', 'Berlin', '030', 'Berlin'], ['80469', 'München', '089', 'Bayern'], ['50674', 'Köln', '0221', 'Nordrhein-Westfalen'], ['22765', 'Hamburg', '040', 'Hamburg'], ['60318', 'Frankfurt am Main', '069', 'Hessen'], ['70178', 'Stuttgart', '0711', 'Baden-Württemberg'], ['01099', 'Dresden', '0351', 'Sachsen'], ['90408', 'Nürnberg', '0911', 'Bayern'], ['48143', 'Münster', '0251', 'Nordrhein-Westfalen'], ['79098', 'Freiburg im Breisgau', '0761', 'Baden-Württemberg'], ['30161', 'Hannover', '0511', 'Niedersachsen'], ['97070', 'Würzburg', '0931', 'Bayern'], ['67433', 'Neustadt an der Weinstraße', '06321', 'Rheinland-Pfalz']],
    streets: ['Hauptstraße', 'Bahnhofstraße', 'Lindenstraße', 'Schillerstraße', 'Goethestraße', 'Gartenweg', 'Am Markt', 'Kirchgasse', 'Mozartstraße', 'Birkenweg', 'Karl-Liebknecht-Straße', 'Rosenweg'],
    mob: (r) => `01${v.pick(r, ['51', '52', '57', '60', '62', '70', '72', '76'])} ${v.int(r, 1000000, 99999999)}`,
    mail: ['gmx.de', 'web.de', 't-online.de', 'gmail.com', 'gmail.com', 'freenet.de', 'posteo.de', 'outlook.de'], land: 'Deutschland' },
  at: { m: ['Lukas', 'Florian', 'Stefan', 'Martin', 'Christoph', 'Thomas', 'Andreas', 'Bernhard', 'Johannes', 'Wolfgang'],
    f: ['Katharina', 'Lisa', 'Sarah', 'Julia', 'Barbara', 'Verena', 'Magdalena', 'Theresa', 'Elisabeth', 'Birgit'],
    last: ['Gruber', 'Huber', 'Bauer', 'Wagner', 'Pichler', 'Steiner', 'Moser', 'Mayer', 'Hofer', 'Leitner', 'Berger', 'Fuchs', 'Eder', 'Egger'],
    places: [['5020', 'Salzburg', '0662', 'Salzburg'], ['1070', 'Wien', '01', 'Wien'], ['4020', 'Linz', '0732', 'Oberösterreich'], ['6020', 'Innsbruck', '0512', 'Tirol'], ['8010', 'Graz', '0316', 'Steiermark'], ['6100', 'Seefeld in Tirol', '05212', 'Tirol'], ['9020', 'Klagenfurt am Wörthersee', '0463', 'Kärnten'], ['6850', 'Dornbirn', '05572', 'Vorarlberg']],
    streets: ['Linzer Gasse', 'Kaigasse', 'Mariahilfer Straße', 'Landstraße', 'Museumstraße', 'Alpenstraße', 'Dorfstraße', 'Kirchweg', 'Schulgasse'],
    mob: (r) => `06${v.pick(r, ['64', '60', '76', '50', '99'])} ${v.int(r, 1000000, 9999999)}`,
    mail: ['gmx.at', 'aon.at', 'gmail.com', 'gmail.com', 'a1.net', 'chello.at', 'outlook.com'], land: 'Österreich' },
  be: { m: ['Maxime', 'Nicolas', 'Thomas', 'Julien', 'Antoine', 'Olivier', 'Sébastien', 'Arnaud', 'Quentin', 'François'],
    f: ['Julie', 'Sarah', 'Marie', 'Laura', 'Aurélie', 'Céline', 'Manon', 'Charlotte', 'Amandine', 'Élise'],
    last: ['Dubois', 'Lambert', 'Dupont', 'Martin', 'Simon', 'Laurent', 'Lejeune', 'Renard', 'Leclercq', 'Dumont', 'Collard', 'Piron', 'Goffin', 'Denis'],
    places: [['4000', 'Liège'], ['4020', 'Liège'], ['4030', 'Grivegnée'], ['1000', 'Bruxelles'], ['1050', 'Ixelles'], ['1060', 'Saint-Gilles'], ['5000', 'Namur'], ['6000', 'Charleroi'], ['1348', 'Louvain-la-Neuve'], ['4800', 'Verviers'], ['7000', 'Mons'], ['4500', 'Huy']],
    streets: ['Rue de la Station', 'Rue Haute', 'Rue du Pont', "Boulevard d'Avroy", 'Rue Saint-Gilles', 'Chaussée de Wavre', 'Rue des Guillemins', 'Avenue de la Couronne', 'Rue Hors-Château'],
    mob: (r) => `04${v.pick(r, ['70', '75', '77', '78', '85', '86', '95', '96'])} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`,
    mail: ['skynet.be', 'gmail.com', 'gmail.com', 'hotmail.com', 'proximus.be', 'outlook.be', 'voo.be'], land: 'Belgique' },
}
const memo = new Map()
function mk (c, cc) {
  const L = LOC[cc], r = seeded(c, cc), female = r() < 0.5
  const first = v.pick(r, female ? L.f : L.m), last = v.pick(r, L.last)
  const pl = v.pick(r, L.places)
  const no = v.int(r, 1, 120)
  const sep = v.pick(r, ['.', '.', '', '_', '-'])
  return { female, first, last, full: `${first} ${last}`, zip: pl[0], city: pl[1], area: pl[2], region: pl[3],
    street: `${v.pick(r, L.streets)} ${no}${r() < 0.12 ? v.pick(r, ['a', 'b']) : ''}`, mobile: L.mob(r),
    tel: pl[2] ? `${pl[2]} ${v.int(r, 100000, 9999999)}` : '',
    mail: `${ascii(first)}${sep}${ascii(last)}${r() < 0.4 ? v.int(r, 1, 99) : ''}@${v.pick(r, L.mail)}`,
    birth: Date.UTC(1950, 0, 1) + Math.floor(r() * 52 * 365) * day, k: v.int(r, 0, 9999), land: L.land }
}
const who = (c, cc) => { const k = `${cc}|${c.id}|${c.first}|${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc)); return memo.get(k) }
const de = (c) => who(c, 'de')
const au = (c) => who(c, 'at')
const be = (c) => who(c, 'be')
const intl = (num, cc) => `${cc} ${num.replace(/^0/, '')}`

// ---------------------------------------------------------------- 1. booklooker.de order export (de, E)
// an antiquarian bookshop in Leipzig selling on booklooker; every copy is unique, so one item per order
const BL_BOOK = [['Effi Briest. Roman', 'Fontane, Theodor', 'Taschenbuch', 'gut', 4.5, true], ['Der Steppenwolf', 'Hesse, Hermann', 'Taschenbuch', 'sehr gut', 5.9, true],
  ['Buddenbrooks. Verfall einer Familie', 'Mann, Thomas', 'Gebunden', 'akzeptabel', 9.8, true], ['Faust. Der Tragödie erster Teil', 'Goethe, Johann Wolfgang von', 'Taschenbuch', 'wie neu', 3.5, true],
  ['Der Proceß. Roman', 'Kafka, Franz', 'Gebunden', 'gut', 7.9, true], ['Emil und die Detektive', 'Kästner, Erich', 'Gebunden', 'gut', 6.5, true],
  ['Leipzig und seine Umgebung. Ein Wegweiser (1912)', 'o. A.', 'Leinen', 'mit Gebrauchsspuren', 38, false], ['Sächsische Volkssagen, Bd. 2 (Fraktur)', 'o. A.', 'Halbleder', 'gut', 45, false],
  ['Die Leiden des jungen Werthers', 'Goethe, Johann Wolfgang von', 'Taschenbuch', 'sehr gut', 3.9, true], ['Das Schloss. Roman', 'Kafka, Franz', 'Taschenbuch', 'gut', 5.5, true]]
const BL_SHIP = [['Büchersendung', 1.95], ['Büchersendung', 1.95], ['DHL Paket', 5.49], ['Warensendung', 2.7], ['Hermes Päckchen', 4.5]]
const BL_PAY = ['PayPal', 'PayPal', 'Vorkasse (Überweisung)', 'Rechnung', 'PayPal', 'Kreditkarte']
const isbn = (k) => { const b = `9783${pad((k * 7919) % 100000000, 8)}`; const s = [...b].reduce((a, d, i) => a + +d * (i % 2 ? 3 : 1), 0); return `${b}${(10 - s % 10) % 10}` }
const blB = (o) => row(BL_BOOK, n(o) % 10)
const blAT = (c) => n(c) % 9 === 0
const blP = (c) => (blAT(c) ? au(c) : de(c))
const blShip = (o, c) => (blAT(c) ? ['Büchersendung international', 4.5] : blB(o)[4] > 30 ? BL_SHIP[2] : row(BL_SHIP, (n(o) >> 1) % 5))
const blSt = (o) => (n(o) % 17 === 0 ? 'storniert' : n(o) % 11 === 0 ? 'offen' : n(o) % 3 === 0 ? 'bezahlt' : 'versendet')
const blAt = (o) => Date.UTC(2025, 1, 3) + ((n(o) * 7919) % (110 * 86400)) * 1000
const blPay = (o) => row(BL_PAY, n(o) % 6)
const blTotal = (o, c) => blB(o)[4] + blShip(o, c)[1]
const SET_BL = { name: 'booklooker-bestellungen-antiquariat-de', product: 'booklooker.de (Mein booklooker > Verkäufe > Bestellungen > Export als CSV, one row per order (one unique copy each), German UI, an antiquarian bookshop in Leipzig, Europe/Berlin, EUR)', family: 'marketplace-orders', language: 'de', schema: E, cols: [
  ['Bestellnummer', (c, o) => String(48200000 + n(o) * 41), ['_id', OR('purchaseID')]],
  ['Bestelldatum', (c, o) => deDT(blAt(o)), ['timestamp', OR('createdDate')]],
  ['Status', (c, o) => blSt(o), [], opt],
  ['Käufer', (c) => row([`${ascii(blP(c).first)}${n(c) % 100}`, `leseratte_${ascii(blP(c).city).slice(0, 3)}`, `${ascii(blP(c).last)}.${ascii(blP(c).first).slice(0, 1)}`, `buecherwurm${n(c) % 1000}`, `${ascii(blP(c).first).slice(0, 4)}_${ascii(blP(c).last).slice(0, 4)}`], n(c) % 5), []],
  ['Vorname', (c) => blP(c).first, []],
  ['Nachname', (c) => blP(c).last, []],
  ['Straße', (c) => blP(c).street, [SHIP('street1')]],
  ['PLZ', (c) => blP(c).zip, [SHIP('postalCode')]],
  ['Ort', (c) => blP(c).city, [SHIP('city')]],
  ['Land', (c) => blP(c).land, [SHIP('country')]],
  ['E-Mail', (c) => blP(c).mail, EMAIL_ID],
  ['Artikelnummer', (c, o) => `A-${10000 + (n(o) * 13) % 9000}`, [PL('SKU')]],
  ['ISBN', (c, o) => (blB(o)[5] ? isbn(n(o)) : ''), [PL('SKU'), PL('product')], opt],
  ['Titel', (c, o) => blB(o)[0], [PL('name')]],
  ['Autor', (c, o) => blB(o)[1], []],
  ['Einband', (c, o) => blB(o)[2], []],
  ['Zustand', (c, o) => blB(o)[3], []],
  ['Menge', () => '1', [PL('quantity')]],
  ['Preis', (c, o) => eur(blB(o)[4]), [PL('priceTotal')]],
  ['Versandart', (c, o) => blShip(o, c)[0], ['commerce.shipping.shippingMethod']],
  ['Versandkosten', (c, o) => eur(blShip(o, c)[1]), ['commerce.shipping.shippingAmount']],
  ['Gesamtbetrag', (c, o) => eur(blTotal(o, c)), [OR('priceTotal')]],
  ['Zahlungsart', (c, o) => blPay(o), [OR('payments[0].paymentType')], opt],
  ['Provision', (c, o) => eur(Math.round(blB(o)[4] * 6.5) / 100 + 0.2), []],
  ['Bezahlt am', (c, o) => (['bezahlt', 'versendet'].includes(blSt(o)) ? deD(blAt(o) + (blPay(o) === 'PayPal' ? 0 : 2 * day)) : ''), [], opt],
  ['Versendet am', (c, o) => (blSt(o) === 'versendet' ? deD(blAt(o) + (2 + n(o) % 3) * day) : ''), ['commerce.shipping.shipDate'], opt],
  ['Sendungsnummer', (c, o) => (blSt(o) === 'versendet' && blShip(o, c)[0] === 'DHL Paket' ? `00340434${pad((n(o) * 104729) % 1e12, 12)}` : ''), ['commerce.shipping.trackingNumber']],
  ['Nachricht des Käufers', (c, o) => row(['', '', 'Bitte gut verpacken, ist ein Geschenk.', '', 'Ist der Schutzumschlag vorhanden?', ''], n(o) % 6), []],
] }

// ---------------------------------------------------------------- 2. Vinou order export (de, E)
// a family winery in the Pfalz: web shop, cellar-door and phone orders; one row per order with its main position
const VN_WINE = [['23-RI-TR', '2023 Riesling trocken 0,75 l', 9.8], ['23-RI-KF', '2023 Riesling Kabinett feinherb 0,75 l', 10.9], ['22-RI-GG', '2022 Riesling „Am Kalkofen“ trocken 0,75 l', 19.5],
  ['23-WB-TR', '2023 Weißburgunder trocken 0,75 l', 10.5], ['23-GB-TR', '2023 Grauburgunder trocken 0,75 l', 10.5], ['21-SB-BA', '2021 Spätburgunder trocken Barrique 0,75 l', 24],
  ['24-RO-FH', '2024 Rosé feinherb 0,75 l', 8.2], ['SK-RI-BR', 'Riesling Sekt brut, traditionelle Flaschengärung 0,75 l', 14.9], ['PK-6-PF', 'Probierpaket „Pfalz entdecken“ (6 × 0,75 l)', 59]]
const VN_CH = ['Webshop', 'Webshop', 'Ab Hof', 'Telefon', 'Webshop', 'E-Mail']
const vnW = (o) => row(VN_WINE, n(o) % 9)
const vnCh = (o) => row(VN_CH, (n(o) >> 1) % 6)
const vnQty = (o) => (vnW(o)[0].startsWith('PK') ? 1 + n(o) % 2 : row([6, 12, 6, 3, 18, 12, 6], n(o) % 7))
const vnSub = (o) => vnW(o)[2] * vnQty(o)
const vnCode = (o) => (vnCh(o) === 'Webshop' && n(o) % 7 === 0 ? 'WEINPROBE10' : '')
const vnDisc = (o) => Math.round(vnSub(o) * (vnCode(o) ? 0.1 : vnQty(o) >= 12 ? 0.05 : 0) * 100) / 100
const vnPick = (o) => vnCh(o) === 'Ab Hof' || (vnCh(o) === 'Telefon' && n(o) % 3 === 0)
const vnShip = (o) => (vnPick(o) || vnSub(o) - vnDisc(o) >= 150 ? 0 : vnQty(o) > 12 ? 12.9 : 7.9)
const vnTotal = (o) => vnSub(o) - vnDisc(o) + vnShip(o)
const vnSt = (o) => (n(o) % 19 === 0 ? 'Storniert' : vnPick(o) ? 'Abgeschlossen' : row(['Versendet', 'Abgeschlossen', 'Bezahlt', 'Versendet', 'Offen'], n(o) % 5))
const vnPay = (o) => (vnCh(o) === 'Ab Hof' ? row(['Barzahlung', 'EC-Karte'], n(o) % 2) : row(['PayPal', 'Rechnung', 'Vorkasse', 'Kreditkarte', 'Lastschrift', 'Rechnung'], n(o) % 6))
const vnAt = (o) => Date.UTC(2025, 2, 1) + ((n(o) * 7919) % (200 * 86400)) * 1000
const vnCo = (c) => (n(c) % 8 === 0 ? row(['Gasthaus zur Linde', 'Weinbar Rebstock GbR', 'Hotel Sonnenhang GmbH', 'Feinkost Albrecht e. K.'], n(c) % 4) : '')
const SET_VN = { name: 'vinou-bestellungen-weingut-de', product: 'Vinou (Vinou-Office: Verkauf > Bestellungen > Exportieren (CSV), one row per order with its main position, German UI, a family winery in the Pfalz selling online, at the cellar door and by phone, Europe/Berlin, EUR, gross prices incl. 19 % MwSt.)', family: 'ecommerce-orders', language: 'de', schema: E, cols: [
  ['Bestellnummer', (c, o) => `B-2025-${pad(n(o) % 10000, 5)}`, ['_id', OR('purchaseID')]],
  ['Bestelldatum', (c, o) => deDT(vnAt(o)), ['timestamp', OR('createdDate')]],
  ['Verkaufskanal', (c, o) => vnCh(o), [], opt],
  ['Status', (c, o) => vnSt(o), [], opt],
  ['Kundennummer', (c) => String(10000 + (n(c) * 7) % 9000), CUST_ID],
  ['Anrede', (c) => (de(c).female ? 'Frau' : 'Herr'), []],
  ['Vorname', (c) => de(c).first, []],
  ['Nachname', (c) => de(c).last, []],
  ['Firma', (c) => vnCo(c), []],
  ['Straße', (c) => de(c).street, [BILL('street1')]],
  ['PLZ', (c) => de(c).zip, [BILL('postalCode')]],
  ['Ort', (c) => de(c).city, [BILL('city')]],
  ['Land', (c) => 'Deutschland', [BILL('country')]],
  ['Lieferadresse', (c, o) => (!vnPick(o) && n(c) % 6 === 0 ? `${de(c).first} ${de(c).last}, Uhlandstraße ${n(c) % 60 + 1}, 10623 Berlin` : ''), [], opt],
  ['E-Mail', (c) => de(c).mail, EMAIL_ID],
  ['Telefon', (c) => (n(c) % 4 === 0 ? '' : n(c) % 2 ? de(c).mobile : de(c).tel), PHONE_ID, opt],
  ['Artikelnummer', (c, o) => vnW(o)[0], [PL('SKU')]],
  ['Artikel', (c, o) => vnW(o)[1], [PL('name')]],
  ['Menge', (c, o) => String(vnQty(o)), [PL('quantity')]],
  ['Einzelpreis', (c, o) => eur(vnW(o)[2]), []],
  ['Gutscheincode', (c, o) => vnCode(o), ['commerce.promotionID']],
  ['Rabatt', (c, o) => eur(vnDisc(o)), [OR('discountAmount')]],
  ['Versandkosten', (c, o) => eur(vnShip(o)), ['commerce.shipping.shippingAmount']],
  ['Gesamtbetrag', (c, o) => eur(vnTotal(o)), [OR('priceTotal')]],
  ['enth. MwSt. 19 %', (c, o) => eur(vnTotal(o) - vnTotal(o) / 1.19), [OR('taxAmount')]],
  ['Zahlungsart', (c, o) => vnPay(o), [OR('payments[0].paymentType')], opt],
  ['Versandart', (c, o) => (vnPick(o) ? 'Abholung' : vnQty(o) > 12 ? 'DHL (2 Pakete)' : 'DHL'), ['commerce.shipping.shippingMethod']],
  ['Sendungsnummer', (c, o) => (!vnPick(o) && ['Versendet', 'Abgeschlossen'].includes(vnSt(o)) ? `00340434${pad((n(o) * 7907) % 1e12, 12)}` : ''), ['commerce.shipping.trackingNumber']],
] }

// ---------------------------------------------------------------- 3. GetYourGuide supplier-portal booking list (de, E)
// a Salzburg operator of a walking tour, a Sound-of-Music bus tour and two day trips; tourists from everywhere
const GY_PROD = [[418233, 'Salzburg: Altstadt-Rundgang mit Mozart-Geschichten (2 Std.)', 24, 12, '10:00'], [418240, 'Salzburg: Sound-of-Music-Tour mit dem Bus (4 Std.)', 52, 26, '09:15'],
  [421977, 'Ab Salzburg: Tagesausflug nach Hallstatt und ins Salzkammergut', 79, 45, '08:30'], [425310, 'Ab Salzburg: Kehlsteinhaus und Berchtesgaden – Halbtagestour', 69, 39, '13:00']]
const GY_OPT = ['Gruppentour auf Englisch', 'Gruppentour auf Deutsch', 'Gruppentour auf Englisch', 'Privattour mit Hotelabholung', 'Gruppentour auf Englisch', 'Gruppentour auf Deutsch']
// [first, last, phone prefix, language of a private tour]
const GY_PAX = [['Emily', 'Carter', '+1 312'], ['Jonas', 'Weber', '+49 170'], ['Oliver', 'Hughes', '+44 7700'], ['Sanne', 'Visser', '+31 6'], ['Giulia', 'Moretti', '+39 347'], ['Pablo', 'Navarro', '+34 612'],
  ['Camille', 'Girard', '+33 6'], ['Jack', 'Mitchell', '+61 412'], ['Nina', 'Keller', '+41 79'], ['Min-ji', 'Park', '+82 10'], ['Sophie', 'Brandt', '+49 151'], ['Ryan', 'Cooper', '+1 415'], ['Anna', 'Kowalska', '+48 601'], ['Yuki', 'Tanaka', '+81 90']]
const gyP = (o) => row(GY_PROD, (n(o) >> 1) % 4)
const gyO = (o) => row(GY_OPT, n(o) % 6)
const gyX = (c) => row(GY_PAX, n(c) % 14)
const gyAd = (o) => (gyO(o).startsWith('Privat') ? 2 + n(o) % 3 : 1 + n(o) % 4)
const gyCh = (o) => (n(o) % 5 === 0 ? 1 + n(o) % 2 : 0)
const gyPrice = (o) => (gyAd(o) * gyP(o)[2] + gyCh(o) * gyP(o)[3]) * (gyO(o).startsWith('Privat') ? 1.6 : 1)
const gySt = (o) => (n(o) % 13 === 0 ? 'Storniert' : 'Bestätigt')
const gyAt = (o) => Date.UTC(2025, 3, 1) + ((n(o) * 7919) % (120 * 86400)) * 1000
const gyDay = (o) => gyAt(o) + (1 + n(o) % 40) * day
const SET_GY = { name: 'getyourguide-buchungsliste-salzburg-at', product: 'GetYourGuide Supplier Portal (Buchungen > Buchungsliste herunterladen (Excel), one row per booking, German UI, a Salzburg operator of city walks, a bus tour and day trips, Europe/Vienna, EUR)', family: 'tour-bookings', language: 'de', schema: E, cols: [
  ['Buchungsreferenz', (c, o) => `GYG${v.alnum(v.rng(n(o) * 17 + 5), 9).toUpperCase()}`, ['_id', OR('purchaseID')]],
  ['Anbieterreferenz', (c, o) => (n(o) % 3 === 0 ? '' : `SPT-${25000 + n(o) % 5000}`), [OR('purchaseID')], opt],
  ['Status', (c, o) => gySt(o), [], opt],
  ['Buchungsdatum', (c, o) => deDT(gyAt(o)), ['timestamp', OR('createdDate')]],
  ['Datum der Aktivität', (c, o) => deD(gyDay(o)), []],
  ['Startzeit', (c, o) => (gyO(o).startsWith('Privat') ? row(['08:00', '09:30', '14:00'], n(o) % 3) : gyP(o)[4]), []],
  ['Produkt', (c, o) => gyP(o)[1], [PL('name')]],
  ['Produkt-ID', (c, o) => String(gyP(o)[0]), [PL('SKU'), PL('product')], opt],
  ['Option', (c, o) => gyO(o), [PL('selectedOptions[0].value')], opt],
  ['Teilnehmer', (c, o) => `${gyAd(o)} x Erwachsener (18+)${gyCh(o) ? `, ${gyCh(o)} x Kind (6–17)` : ''}`, []],
  ['Anzahl Teilnehmer', (c, o) => String(gyAd(o) + gyCh(o)), [PL('quantity')], opt],
  ['Name des Hauptreisenden', (c) => `${gyX(c)[0]} ${gyX(c)[1]}`, []],
  ['E-Mail des Kunden', (c, o) => `customer-${v.alnum(v.rng(n(c) + 11), 20).toLowerCase()}@reply.getyourguide.com`, EMAIL_ID, opt],
  ['Telefon', (c) => `${gyX(c)[2]} ${pad(n(c) % 10000, 4)} ${pad((n(c) * 7) % 1000, 3)}`, PHONE_ID, opt],
  ['Verkaufspreis', (c, o) => eur(gyPrice(o)), [OR('priceTotal')]],
  ['Provision', (c, o) => eur(gyPrice(o) * 0.25), []],
  ['Nettopreis', (c, o) => eur(gyPrice(o) * 0.75), []],
  ['Währung', () => 'EUR', [OR('currencyCode')]],
  ['Storniert am', (c, o) => (gySt(o) === 'Storniert' ? deDT(gyAt(o) + Math.floor((gyDay(o) - gyAt(o)) * (0.2 + (n(o) % 7) / 10))) : ''), [OR('cancelDate')]],
  ['Antworten auf Anbieterfragen', (c, o) => (gyO(o).startsWith('Privat') ? row(['Abholung: Hotel am Mirabellplatz', 'Abholung: Ferienwohnung Linzer Gasse 12', 'Abholung: Hauptbahnhof, Südtirolerplatz'], n(o) % 3) : row(['', 'Kinderwagen dabei', '', ''], n(o) % 4)), []],
  ['Ticket eingelöst', (c, o) => (gySt(o) === 'Storniert' || gyDay(o) > Date.UTC(2025, 7, 1) ? '' : n(o) % 9 === 0 ? 'Nein' : 'Ja'), []],
] }

// ---------------------------------------------------------------- 4. Ulule contributions export (fr, E)
// a Liège comics publisher's campaign for a graphic novel; backers mostly in Wallonia and Brussels, some in France
const UL_RW = [[1284410, 'Merci ! Votre nom dans l’album', 10, false], [1284411, 'L’album en version numérique (PDF + ePub)', 15, false], [1284412, 'L’album dédicacé', 28, true],
  [1284413, 'L’album dédicacé + ex-libris numéroté', 38, true], [1284414, 'Édition de tête (200 ex.) + tirage d’art signé', 85, true], [1284415, 'Pack libraire : 5 albums', 110, true]]
const UL_FR = [['75011', 'Paris'], ['59000', 'Lille'], ['69003', 'Lyon'], ['54000', 'Nancy'], ['51100', 'Reims']]
const ulR = (o) => row(UL_RW, [0, 1, 2, 3, 3, 2, 4, 3, 5, 2, 1][n(o) % 11])
const ulQty = (o) => (ulR(o)[2] >= 85 ? 1 : n(o) % 7 === 0 ? 2 : 1)
const ulFr = (c) => n(c) % 10 < 3
const ulShipM = (o, c) => (!ulR(o)[3] ? '' : !ulFr(c) && n(o) % 4 === 0 ? 'Retrait à la librairie (Liège)' : !ulFr(c) && n(o) % 9 === 0 ? 'Retrait à la Fête de la BD (Bruxelles)' : 'Envoi postal')
const ulShip = (o, c) => (ulShipM(o, c) === 'Envoi postal' ? (ulFr(c) ? 9 : 6) : 0)
const ulTip = (o) => (n(o) % 6 === 0 ? row([2, 5, 10], n(o) % 3) : 0)
const ulTotal = (o, c) => ulR(o)[2] * ulQty(o) + ulShip(o, c) + ulTip(o)
const ulAt = (o) => Date.UTC(2025, 2, 10) + ((n(o) * 7919) % (40 * 86400)) * 1000
const ulSt = (o) => (n(o) % 23 === 0 ? 'Remboursée' : n(o) % 29 === 0 ? 'Annulée' : 'Validée')
const ulFrDT = (ms) => { const p = cet(ms); return `${dmy(p, '/')} ${hm(p)}` }
const ulPost = (o, c) => ulShipM(o, c) === 'Envoi postal'
const ulPl = (c) => (ulFr(c) ? row(UL_FR, n(c) % 5) : [be(c).zip, be(c).city])
const SET_UL = { name: 'ulule-contributions-editeur-bd-be', product: 'Ulule (Tableau de bord du projet > Contributions > Exporter (CSV), one row per contribution, French UI, a Liège comics publisher\'s campaign for a graphic novel, Europe/Brussels, EUR)', family: 'crowdfunding', language: 'fr', schema: E, cols: [
  ['Référence', (c, o) => String(30000000 + n(o) * 97), ['_id', OR('purchaseID')]],
  ['Date', (c, o) => ulFrDT(ulAt(o)), ['timestamp', OR('createdDate')]],
  ['Statut', (c, o) => ulSt(o), [], opt],
  ['Pseudo', (c) => `${ascii(be(c).first)}${row(['', '.', '_'], n(c) % 3)}${ascii(be(c).last).slice(0, 4)}${n(c) % 90}`, []],
  ['Prénom', (c) => be(c).first, []],
  ['Nom', (c) => be(c).last, []],
  ['E-mail', (c) => (ulFr(c) ? be(c).mail.replace(/@.*/, `@${row(['orange.fr', 'free.fr', 'gmail.com'], n(c) % 3)}`) : be(c).mail), EMAIL_ID],
  ['Contrepartie', (c, o) => ulR(o)[1], [PL('name')]],
  ['ID contrepartie', (c, o) => String(ulR(o)[0]), [PL('SKU')], opt],
  ['Quantité', (c, o) => String(ulQty(o)), [PL('quantity')]],
  ['Montant contrepartie', (c, o) => dec(ulR(o)[2] * ulQty(o)), [PL('priceTotal')]],
  ['Don supplémentaire', (c, o) => dec(ulTip(o)), []],
  ['Frais de livraison', (c, o) => dec(ulShip(o, c)), ['commerce.shipping.shippingAmount']],
  ['Montant total', (c, o) => dec(ulTotal(o, c)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
  ['Devise', () => 'EUR', [OR('currencyCode')]],
  ['Moyen de paiement', (c, o) => (ulFr(c) ? row(['Carte bancaire', 'PayPal'], n(o) % 2) : row(['Bancontact', 'Carte bancaire', 'Bancontact', 'PayPal'], n(o) % 4)), [OR('payments[0].paymentType')], opt],
  ['Mode de livraison', (c, o) => ulShipM(o, c), ['commerce.shipping.shippingMethod']],
  ['Livraison - Nom complet', (c, o) => (ulPost(o, c) ? be(c).full : ''), []],
  ['Livraison - Adresse', (c, o) => (ulPost(o, c) ? (ulFr(c) ? `${n(c) % 80 + 1} rue ${row(['Oberkampf', 'de Paris', 'Saint-Jean', 'Gambetta', 'Jeanne d’Arc'], n(c) % 5)}` : be(c).street) : ''), [SHIP('street1')]],
  ['Livraison - Complément d’adresse', (c, o) => (ulPost(o, c) && n(c) % 5 === 0 ? (ulFr(c) ? `Bât. B, ${n(c) % 6 + 1}e étage` : `Boîte ${n(c) % 12 + 1}`) : ''), [SHIP('street2')]],
  ['Livraison - Code postal', (c, o) => (ulPost(o, c) ? ulPl(c)[0] : ''), [SHIP('postalCode')]],
  ['Livraison - Ville', (c, o) => (ulPost(o, c) ? ulPl(c)[1] : ''), [SHIP('city')]],
  ['Livraison - Pays', (c, o) => (ulPost(o, c) ? (ulFr(c) ? 'France' : 'Belgique') : ''), [SHIP('country')]],
  ['Livraison - Téléphone', (c, o) => (ulPost(o, c) ? (ulFr(c) ? `+33 6 ${pad(n(c) % 100)} ${pad((n(c) >> 3) % 100)} ${pad((n(c) >> 5) % 100)} ${pad(n(c) % 97)}` : be(c).mobile) : ''), PHONE_ID, opt],
  ['Contribution anonyme', (c) => (n(c) % 8 === 0 ? 'Oui' : 'Non'), []],
  ['Message au porteur de projet', (c, o) => row(['', '', 'Bravo pour ce projet, vivement l’album !', '', 'Dédicace au nom de Léon svp', '', 'Hâte de découvrir la suite'], n(o) % 7), []],
] }

// ---------------------------------------------------------------- 5. Floriday sales-order export (nl, E)
// a Westland rose grower selling direct and through clock pre-sales to wholesalers, exporters and florists
const FD_CUST = [['Bloemengroothandel Van der Meer B.V.', '4127'], ['Dijkflora Export B.V.', '3381'], ['Bloemenhuis De Roos (Delft)', '8842'], ['FleurDirekt Import GmbH', '5519'], ['Hofstede Flowers B.V.', '2760'], ['Bloemsierkunst Jansen', '9013'], ['Westlandse Bloemenhandel V.O.F.', '6604']]
const FD_PROD = [['ZH-RN-60', 'R Gr Red Naomi!', '13515', 60, 0.42], ['ZH-RN-70', 'R Gr Red Naomi!', '13515', 70, 0.51], ['ZH-AV-60', 'R Gr Avalanche+', '13530', 60, 0.38], ['ZH-PF-50', 'R Gr Pink Floyd', '13622', 50, 0.33], ['ZH-SA-60', 'R Gr Sweet Avalanche+', '13531', 60, 0.4], ['ZH-AT-50', 'R Gr Athena', '13588', 50, 0.29]]
const FD_FUST = [['566', 80], ['996', 60], ['566', 100], ['996', 50]]
const FD_LOC = ['Naaldwijk', 'Naaldwijk', 'Aalsmeer', 'Rijnsburg', 'Naaldwijk', 'Eelde']
const fdC = (o) => row(FD_CUST, n(o) % 7)
const fdP = (o) => row(FD_PROD, (n(o) >> 1) % 6)
const fdF = (o) => row(FD_FUST, n(o) % 4)
const fdN = (o) => (fdC(o)[0].startsWith('Bloem') && !fdC(o)[0].includes('groothandel') ? 1 + n(o) % 3 : 4 + (n(o) * 7) % 20)
const fdQ = (o) => fdN(o) * fdF(o)[1]
const fdPr = (o) => fdP(o)[4] + ((n(o) % 5) - 2) / 100
const fdCh = (o) => row(['Directe verkoop', 'Klok voorverkoop', 'Directe verkoop', 'Webshop', 'Directe verkoop'], n(o) % 5)
const fdAt = (o) => Date.UTC(2025, 0, 6) + ((n(o) * 7919) % (150 * 86400)) * 1000
const fdSt = (o) => (n(o) % 17 === 0 ? 'Geannuleerd' : fdAt(o) > Date.UTC(2025, 4, 28) ? 'Bevestigd' : 'Afgeleverd')
const nlD = (ms) => dmy(cet(ms), '-')
const SET_FD = { name: 'floriday-verkooporders-rozenkweker-nl', product: 'Floriday (Verkoop > Orders > Exporteren naar Excel, one row per sales order (one trade item each), Dutch UI, a Westland rose grower selling to wholesalers, exporters and florists, Europe/Amsterdam, EUR)', family: 'b2b-orders', language: 'nl', schema: E, cols: [
  ['Ordernummer', (c, o) => `SO-${pad(2500000 + n(o) * 31, 8)}`, ['_id', OR('purchaseID')]],
  ['Orderdatum', (c, o) => { const p = cet(fdAt(o)); return `${dmy(p, '-')} ${hm(p)}` }, ['timestamp', OR('createdDate')]],
  ['Leverdatum', (c, o) => nlD(fdAt(o) + (1 + n(o) % 2) * day), [], opt],
  ['Status', (c, o) => fdSt(o), [], opt],
  ['Verkoopkanaal', (c, o) => fdCh(o), [OR('orderType')], opt],
  ['Klant', (c, o) => fdC(o)[0], []],
  ['Kopernummer', (c, o) => fdC(o)[1], CUST_ID, opt],
  ['Afleverlocatie', (c, o) => row(FD_LOC, n(o) % 6), [SHIP('city')], opt],
  ['Artikelcode', (c, o) => fdP(o)[0], [PL('SKU')]],
  ['Product', (c, o) => fdP(o)[1], [PL('name')]],
  ['VBN-code', (c, o) => fdP(o)[2], [PL('productCategories[0].categoryID')], opt],
  ['Lengte (cm)', (c, o) => String(fdP(o)[3]), []],
  ['Fustcode', (c, o) => fdF(o)[0], []],
  ['Stuks per fust', (c, o) => String(fdF(o)[1]), []],
  ['Aantal fust', (c, o) => String(fdN(o)), []],
  ['Aantal stuks', (c, o) => String(fdQ(o)), [PL('quantity')]],
  ['Stukprijs', (c, o) => dec(fdPr(o), ','), []],
  ['Totaalbedrag', (c, o) => thou(fdQ(o) * fdPr(o), '.', ','), [OR('priceTotal'), PL('priceTotal')]],
  ['Valuta', () => 'EUR', [OR('currencyCode'), PL('currencyCode')]],
  ['Referentie klant', (c, o) => (n(o) % 3 === 0 ? '' : `PO${pad((n(o) * 13) % 100000, 5)}`), [OR('purchaseOrderNumber')]],
  ['Opmerking', (c, o) => row(['', '', 'Graag knopvast', '', 'Extra hoesjes', '', 'Levering voor 06:00'], n(o) % 7), []],
] }

// ---------------------------------------------------------------- 6. winestro.cloud customer list (de, P)
// a Franconian winery near Volkach: private customers, a wine club and some restaurants and shops
const WS_GRP = ['Privatkunde', 'Privatkunde', 'Weinclub', 'Privatkunde', 'Gastronomie', 'Privatkunde', 'Fachhandel', 'Weinclub']
const wsGrp = (c) => row(WS_GRP, (n(c) >> 1) % 8)
const wsBiz = (c) => ['Gastronomie', 'Fachhandel'].includes(wsGrp(c))
const wsFirma = (c) => (wsGrp(c) === 'Gastronomie' ? row(['Gasthof Zum Hirschen', 'Restaurant Mainblick', 'Weinstube am Markt'], n(c) % 3) : wsGrp(c) === 'Fachhandel' ? row(['Weinhandlung Kellermann e. K.', 'Genusswerk Würzburg GmbH'], n(c) % 2) : '')
const wsAt = (c) => Date.UTC(2016, 3, 1) + ((n(c) * 7919) % (3000 * 86400)) * 1000
const SET_WS = { name: 'winestro-kundenliste-weingut-de', product: 'winestro.cloud (Kunden > Kundenliste > Export (CSV), one row per customer, German UI, a Franconian winery near Volkach with a wine club and trade customers, Europe/Berlin)', family: 'crm', language: 'de', schema: P, cols: [
  ['Kundennummer', (c) => String(1000 + (n(c) * 11) % 8000), ID],
  ['Anrede', (c) => (de(c).female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
  ['Titel', (c) => (n(c) % 11 === 0 ? 'Dr.' : ''), ['person.name.courtesyTitle'], opt],
  ['Vorname', (c) => de(c).first, ['person.name.firstName']],
  ['Nachname', (c) => de(c).last, ['person.name.lastName']],
  ['Firma', (c) => wsFirma(c), ['organizations[0]'], opt],
  ['Straße', (c) => de(c).street, HOMES('street1')],
  ['PLZ', (c) => de(c).zip, HOMES('postalCode')],
  ['Ort', (c) => de(c).city, HOMES('city')],
  ['Land', () => 'Deutschland', HOMES('country')],
  ['Telefon', (c) => (n(c) % 3 === 0 ? '' : de(c).tel), ['homePhone.number', 'workPhone.number']],
  ['Mobil', (c) => (n(c) % 4 === 1 ? '' : de(c).mobile), ['mobilePhone.number']],
  ['E-Mail', (c) => (n(c) % 9 === 0 ? '' : wsBiz(c) ? `info@${ascii(wsFirma(c).split(' ').slice(0, 2).join(''))}.de` : de(c).mail), ['personalEmail.address']],
  ['Geburtsdatum', (c) => (n(c) % 3 === 0 ? dmy(bd(de(c).birth)) : ''), ['person.birthDate']],
  ['Kundengruppe', (c) => wsGrp(c), [], opt],
  ['Preisliste', (c) => (wsBiz(c) ? 'Wiederverkäufer netto' : 'Endverbraucher'), []],
  ['Weinclub seit', (c) => (wsGrp(c) === 'Weinclub' ? dmy(cet(wsAt(c) + 200 * day)) : ''), ['loyalty.joinDate'], opt],
  ['Newsletter', (c) => (n(c) % 3 === 0 ? 'nein' : 'ja'), [], opt],
  ['Zahlungsart', (c) => (wsBiz(c) ? 'Rechnung (14 Tage)' : row(['Lastschrift', 'Rechnung', 'PayPal', 'Vorkasse'], n(c) % 4)), []],
  ['Angelegt am', (c) => dmy(cet(wsAt(c))), [], opt],
  ['Letzte Bestellung', (c) => dmy(cet(Date.UTC(2025, 0, 10) + (n(c) % 180) * day)), [], opt],
  ['Umsatz gesamt', (c) => eur(120 + (n(c) % 47) * (wsBiz(c) ? 180 : 37.5)), [], opt],
  ['Bemerkung', (c) => row(['', 'Mag keine Süßweine', '', 'Kommt jedes Jahr zum Weinfest', '', 'Lieferung nur nach 16 Uhr'], n(c) % 6), []],
] }

// ---------------------------------------------------------------- 7. TAC Reservation Assistant guest profiles (de, P)
// a four-star hotel spa in Seefeld (Tyrol): hotel guests, day-spa guests and annual spa members
const TC_TYPE = ['Hotelgast', 'Hotelgast', 'Tagesgast', 'Spa-Mitglied', 'Hotelgast', 'Tagesgast']
const tcType = (c) => row(TC_TYPE, (n(c) >> 1) % 6)
const tcAT = (c) => tcType(c) !== 'Hotelgast' || n(c) % 4 === 0
const tcP = (c) => (tcAT(c) ? au(c) : de(c))
const tcNL = (c) => tcType(c) === 'Hotelgast' && n(c) % 7 === 3
const tcNLn = (c) => [row(tcP(c).female ? ['Sanne', 'Femke', 'Anouk', 'Lotte'] : ['Bram', 'Jeroen', 'Daan', 'Ruben'], n(c) % 4), row(['de Vries', 'Bakker', 'van Dijk', 'Mulder'], (n(c) >> 2) % 4)]
const SET_TC = { name: 'tac-gaesteprofile-hotelspa-at', product: 'TAC Reservation Assistant (Gäste > Gästeprofile > Export nach Excel, one row per guest profile, German UI, a four-star hotel spa in Seefeld in Tirol with day-spa guests and annual members, Europe/Vienna)', family: 'spa-guests', language: 'de', schema: P, cols: [
  ['Gast-Nr.', (c) => String(200000 + (n(c) * 37) % 700000), ID],
  ['Anrede', (c) => (tcP(c).female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
  ['Titel', (c) => (n(c) % 10 === 0 ? row(['Mag.', 'Dr.', 'DI'], n(c) % 3) : ''), ['person.name.courtesyTitle'], opt],
  ['Vorname', (c) => (tcNL(c) ? tcNLn(c)[0] : tcP(c).first), ['person.name.firstName']],
  ['Nachname', (c) => (tcNL(c) ? tcNLn(c)[1] : tcP(c).last), ['person.name.lastName']],
  ['Geburtsdatum', (c) => (n(c) % 4 === 0 ? '' : dmy(bd(tcP(c).birth))), ['person.birthDate']],
  ['Geschlecht', (c) => (tcP(c).female ? 'weiblich' : 'männlich'), ['person.gender']],
  ['Straße', (c) => (tcNL(c) ? `Kerkstraat ${n(c) % 90 + 1}` : tcP(c).street), HOMES('street1')],
  ['PLZ', (c) => (tcNL(c) ? '3511 LN' : tcP(c).zip), HOMES('postalCode')],
  ['Ort', (c) => (tcNL(c) ? 'Utrecht' : tcP(c).city), HOMES('city')],
  ['Land', (c) => (tcNL(c) ? 'Niederlande' : tcP(c).land), HOMES('country')],
  ['Sprache', (c) => (tcNL(c) ? 'Englisch' : 'Deutsch'), []],
  ['E-Mail', (c) => (n(c) % 10 === 0 ? '' : tcNL(c) ? `${ascii(tcNLn(c)[0])}.${ascii(tcNLn(c)[1])}@${row(['ziggo.nl', 'kpnmail.nl', 'gmail.com'], n(c) % 3)}` : tcP(c).mail), ['personalEmail.address']],
  ['Mobiltelefon', (c) => (tcNL(c) ? `+31 6 ${v.int(v.rng(n(c)), 10000000, 99999999)}` : intl(tcP(c).mobile, tcAT(c) ? '+43' : '+49')), ['mobilePhone.number']],
  ['Gästetyp', (c) => tcType(c), [], opt],
  ['Zimmer', (c) => (tcType(c) === 'Hotelgast' ? String(100 + (n(c) % 4) * 100 + n(c) % 24) : ''), []],
  ['Mitgliedsnummer', (c) => (tcType(c) === 'Spa-Mitglied' ? `M-${pad(n(c) % 1000, 4)}` : ''), ['loyalty.loyaltyID[0]'], opt],
  ['Mitgliedschaft gültig bis', (c) => (tcType(c) === 'Spa-Mitglied' ? `31.${row(['03', '12', '08'], n(c) % 3)}.2026` : ''), [], opt],
  ['Gutscheinguthaben', (c) => (n(c) % 6 === 0 ? eur(row([50, 120, 35.5, 200], n(c) % 4)) : '0,00'), []],
  ['Anzahl Behandlungen', (c) => String(tcType(c) === 'Spa-Mitglied' ? 8 + n(c) % 30 : n(c) % 6), []],
  ['Letzte Behandlung', (c) => deD(Date.UTC(2025, 3, 1) + (n(c) % 90) * day), [], opt],
  ['Hinweise', (c) => row(['', 'Nussallergie (Massageöl!)', '', 'Schwanger, 24. SSW – keine Hot Stones', '', 'Bevorzugt Therapeutin'], n(c) % 6), []],
  ['Newsletter-Einwilligung', (c) => (n(c) % 3 === 0 ? 'ja' : 'nein'), [], opt],
  ['Angelegt am', (c) => deD(Date.UTC(2019, 5, 1) + ((n(c) * 7919) % (2100 * 86400)) * 1000), [], opt],
] }

// ---------------------------------------------------------------- 8. Bewotec myJACK customer export (de, P)
// a Munich high-street travel agency: package holidays, cruises and city breaks
const BW_PREF = ['Badeurlaub', 'Kreuzfahrt', 'Städtereise', 'Rundreise', 'Badeurlaub', 'Fernreise', 'Wellness']
const BW_AGENT = ['Frau Lehner', 'Herr Vogt', 'Frau Aydın', 'Frau Lehner']
const bwP = (c) => de(c)
const bwMuc = (c) => (n(c) % 4 === 0 ? [bwP(c).zip, bwP(c).city, bwP(c).area] : row([['80331', 'München', '089'], ['81541', 'München', '089'], ['80797', 'München', '089'], ['82008', 'Unterhaching', '089'], ['85521', 'Ottobrunn', '089'], ['82131', 'Gauting', '089']], n(c) % 6))
const SET_BW = { name: 'myjack-kundenexport-reisebuero-de', product: 'Bewotec myJACK (Kunden > Kundensuche > Export (Excel), one row per customer, German UI, a Munich high-street travel agency, Europe/Berlin)', family: 'crm', language: 'de', schema: P, cols: [
  ['Kundennummer', (c) => String(40000 + (n(c) * 13) % 50000), ID],
  ['Anrede', (c) => (bwP(c).female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
  ['Titel', (c) => (n(c) % 12 === 0 ? 'Dr.' : ''), ['person.name.courtesyTitle'], opt],
  ['Vorname', (c) => bwP(c).first, ['person.name.firstName']],
  ['Nachname', (c) => bwP(c).last, ['person.name.lastName']],
  ['Geburtsdatum', (c) => dmy(bd(bwP(c).birth)), ['person.birthDate']],
  ['Straße', (c) => bwP(c).street, HOMES('street1')],
  ['PLZ', (c) => bwMuc(c)[0], HOMES('postalCode')],
  ['Ort', (c) => bwMuc(c)[1], HOMES('city')],
  ['Land', () => 'D', [...HOMES('countryCode'), ...HOMES('country')], opt],
  ['Telefon privat', (c) => (n(c) % 3 === 0 ? '' : `${bwMuc(c)[2]} ${v.int(v.rng(n(c) + 1), 100000, 9999999)}`), ['homePhone.number']],
  ['Telefon geschäftlich', (c) => (n(c) % 4 === 0 ? `089 ${v.int(v.rng(n(c) + 2), 2000000, 9999999)}-${n(c) % 900 + 100}` : ''), ['workPhone.number']],
  ['Mobil', (c) => bwP(c).mobile, ['mobilePhone.number']],
  ['E-Mail', (c) => (n(c) % 7 === 0 ? '' : bwP(c).mail), ['personalEmail.address']],
  ['Staatsangehörigkeit', (c) => (n(c) % 13 === 0 ? 'österreichisch' : 'deutsch'), ['person.nationality']],
  ['Reisepass gültig bis', (c) => (n(c) % 3 === 1 ? '' : dmy(cet(Date.UTC(2026, 0, 1) + (n(c) % 2500) * day))), []],
  ['Kundenart', (c) => row(['Stammkunde', 'Neukunde', 'Stammkunde', 'Firmenkunde', 'Stammkunde'], n(c) % 5), [], opt],
  ['Reiseinteressen', (c) => row(BW_PREF, n(c) % 7), []],
  ['Sachbearbeiter', (c) => row(BW_AGENT, n(c) % 4), []],
  ['Letzte Buchung', (c) => dmy(cet(Date.UTC(2024, 8, 1) + (n(c) % 300) * day)), [], opt],
  ['Umsatz lfd. Jahr', (c) => eur((n(c) % 12) * 612.5), []],
  ['Werbeeinwilligung', (c) => (n(c) % 4 === 0 ? 'nein' : 'ja'), [], opt],
  ['Bemerkung', (c) => row(['', 'Reist nur mit Hund', '', 'Bevorzugt Gangplatz', 'Rollstuhl, Transfer beachten', ''], n(c) % 6), []],
] }

// ---------------------------------------------------------------- 9. tourware travel-agency partner list (de, B)
// a Tyrol/Bavaria coach-tour operator's partner travel agencies in Austria and Germany
const TW_AG = [['Reisebüro Sonnenschein', 'sonnenschein-reisen.at', ['Maria-Theresien-Straße 18', '6020', 'Innsbruck', 'Österreich', '0512'], 'RTK'], ['Reisewelt Kufstein GmbH', 'reisewelt-kufstein.at', ['Unterer Stadtplatz 7', '6330', 'Kufstein', 'Österreich', '05372'], 'unabhängig'],
  ['Ruefa Reisen Linz Landstraße', 'ruefa.at', ['Landstraße 41', '4020', 'Linz', 'Österreich', '0732'], 'Kette'], ['Reisebüro Alpenland e. K.', 'alpenland-reisen.de', ['Ludwigstraße 12', '83435', 'Bad Reichenhall', 'Deutschland', '08651'], 'TSS'],
  ['Horizont Reisen GmbH', 'horizont-reisen-rosenheim.de', ['Max-Josefs-Platz 4', '83022', 'Rosenheim', 'Deutschland', '08031'], 'QTA'], ['Urlaubsladen Augsburg', 'urlaubsladen-augsburg.de', ['Maximilianstraße 33', '86150', 'Augsburg', 'Deutschland', '0821'], 'Best-Reisen'],
  ['Reiseecke Wörgl', 'reiseecke.at', ['Bahnhofstraße 22', '6300', 'Wörgl', 'Österreich', '05332'], 'unabhängig']]
const TW_POS = ['Inhaberin', 'Büroleitung', 'Reiseverkehrskauffrau', 'Gruppenreisen', 'Geschäftsführer', 'Reiseberater']
const twA = (c) => row(TW_AG, n(c) % 7)
const twAT = (c) => twA(c)[2][3] === 'Österreich'
const twP = (c) => (twAT(c) ? au(c) : de(c))
const SET_TW = { name: 'tourware-agenturen-busreisen-at', product: 'tourware (Stammdaten > Adressen > Agenturen > Export (CSV), one row per agency contact person, German UI, a Tyrol/Bavaria coach-tour operator\'s partner travel agencies, Europe/Vienna)', family: 'b2b', language: 'de', schema: B, cols: [
  ['Adress-Nr.', (c) => String(70000 + (n(c) * 3) % 20000), B2BID],
  ['Agenturnummer', (c) => String(100 + (n(c) % 7) * 37), ACCT, opt],
  ['Firma', (c) => twA(c)[0], CO],
  ['Kooperation', (c) => twA(c)[3], []],
  ['Anrede', (c) => (twP(c).female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
  ['Vorname', (c) => twP(c).first, ['person.name.firstName']],
  ['Nachname', (c) => twP(c).last, ['person.name.lastName']],
  ['Position', (c) => (twP(c).female ? row(TW_POS, n(c) % 6) : row(['Inhaber', 'Büroleiter', 'Reiseverkehrskaufmann', 'Gruppenreisen', 'Geschäftsführer', 'Reiseberater'], n(c) % 6)), ['extendedWorkDetails.jobTitle']],
  ['Straße', (c) => twA(c)[2][0], [W('street1')]],
  ['PLZ', (c) => twA(c)[2][1], [W('postalCode')]],
  ['Ort', (c) => twA(c)[2][2], [W('city')]],
  ['Land', (c) => twA(c)[2][3], [W('country')]],
  ['Telefon', (c) => `${twAT(c) ? '+43' : '+49'} ${twA(c)[2][4].slice(1)} ${pad((n(c) * 17) % 100000, 5)}`, ['workPhone.number']],
  ['Fax', (c) => (n(c) % 3 === 0 ? `${twAT(c) ? '+43' : '+49'} ${twA(c)[2][4].slice(1)} ${pad((n(c) * 17) % 100000, 5)}-9` : ''), ['faxPhone.number']],
  ['E-Mail', (c) => `${ascii(twP(c).first).slice(0, 1)}.${ascii(twP(c).last)}@${twA(c)[1]}`, WE],
  ['Internet', (c) => `www.${twA(c)[1]}`, ['b2b.companyWebsite']],
  ['Provision %', (c) => dec(twA(c)[3] === 'unabhängig' ? 10 : 12), []],
  ['Zahlungsziel', (c) => row(['14 Tage netto', '30 Tage netto', 'Inkasso durch Veranstalter'], n(c) % 3), []],
  ['Vertrag seit', (c) => dmy(cet(Date.UTC(2012, 0, 1) + ((n(c) % 7) * 431) * day)), [], opt],
  ['Umsatz Vorjahr', (c) => eur(8000 + (n(c) % 7) * 6350.5), []],
  ['Katalogversand', (c) => row(['2 Ex. Sommer + Winter', '5 Ex. Sommer', 'nur digital'], n(c) % 3), []],
  ['Newsletter', (c) => (n(c) % 5 === 0 ? 'nein' : 'ja'), OPTIN, opt],
  ['Gesperrt', (c) => (n(c) % 19 === 0 ? 'ja' : 'nein'), [], opt],
  ['Bemerkung', (c) => row(['', 'Gruppenanfragen über Frau Mair', '', 'Schulung Sommerkatalog am 12.03.', ''], n(c) % 5), []],
] }

// ---------------------------------------------------------------- 10. Klopotek bookseller contacts (de, B)
// a Munich trade publisher's customer contacts at bookshops in Germany, Austria and Switzerland
const KP_SHOP = [['Buchhandlung am Rathaus', 'GmbH', '12437', ['Marienplatz 8', '84028', 'Landshut', 'DE', '0871'], 'DE812345678'], ['Lesezeichen – Bücher & mehr', 'e. K.', '23871', ['Hauptstraße 54', '69117', 'Heidelberg', 'DE', '06221'], 'DE276543219'],
  ['Bücherstube Gruber', 'OG', '40518', ['Getreidegasse 31', '5020', 'Salzburg', 'AT', '0662'], 'ATU61234567'], ['Buchhandlung Wortreich', 'GmbH & Co. KG', '16920', ['Schlossstraße 12', '12163', 'Berlin', 'DE', '030'], 'DE301122334'],
  ['Bücher am Bellevue', 'AG', '52204', ['Theaterstrasse 4', '8001', 'Zürich', 'CH', '044'], 'CHE-112.345.678 MWST'], ['Leseinsel Buchhandlung', 'GmbH', '31105', ['Lange Straße 9', '26122', 'Oldenburg', 'DE', '0441'], 'DE288877665'],
  ['Buchhandlung Seitenwechsel', 'e. K.', '18342', ['Obere Marktstraße 2', '97070', 'Würzburg', 'DE', '0931'], 'DE265544332']]
const KP_FN = [['Inhaberin', 'Inhaber'], ['Einkauf Belletristik', 'Einkauf Belletristik'], ['Filialleiterin', 'Filialleiter'], ['Einkauf Kinder- und Jugendbuch', 'Einkauf Sachbuch'], ['Veranstaltungen', 'Veranstaltungen']]
const kpS = (c) => row(KP_SHOP, n(c) % 7)
const kpP = (c) => (kpS(c)[3][3] === 'AT' ? au(c) : de(c))
const kpDom = (c) => row(['buchhandlung-am-rathaus.de', 'lesezeichen-heidelberg.de', 'buecherstube-gruber.at', 'wortreich-berlin.de', 'buecher-bellevue.ch', 'leseinsel-oldenburg.de', 'seitenwechsel-wuerzburg.de'], n(c) % 7)
const SET_KP = { name: 'klopotek-buchhandelskontakte-verlag-de', product: 'Klopotek (Kunden > Ansprechpartner > Listenexport (Excel), one row per contact person at a bookshop customer, German UI, a Munich trade publisher selling to bookshops in Germany, Austria and Switzerland, Europe/Berlin)', family: 'b2b', language: 'de', schema: B, cols: [
  ['Ansprechpartner-Nr.', (c) => String(500000 + (n(c) * 7) % 400000), B2BID],
  ['Kundennummer', (c) => String(200100 + (n(c) % 7) * 113), ACCT],
  ['Verkehrsnummer', (c) => kpS(c)[2], [], opt],
  ['Firma', (c) => `${kpS(c)[0]} ${kpS(c)[1]}`, CO],
  ['Anrede', (c) => (kpP(c).female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
  ['Vorname', (c) => kpP(c).first, ['person.name.firstName']],
  ['Nachname', (c) => kpP(c).last, ['person.name.lastName']],
  ['Funktion', (c) => row(KP_FN, n(c) % 5)[kpP(c).female ? 0 : 1], ['extendedWorkDetails.jobTitle']],
  ['Straße', (c) => kpS(c)[3][0], [W('street1')]],
  ['PLZ', (c) => kpS(c)[3][1], [W('postalCode')]],
  ['Ort', (c) => kpS(c)[3][2], [W('city')]],
  ['Land', (c) => kpS(c)[3][3], [W('countryCode')]],
  ['Telefon', (c) => `${kpS(c)[3][4]} ${pad((n(c) * 31) % 1000000, 6)}`, ['workPhone.number']],
  ['E-Mail', (c) => `${ascii(kpP(c).first)}.${ascii(kpP(c).last)}@${kpDom(c)}`, WE],
  ['USt-IdNr.', (c) => kpS(c)[4], [], opt],
  ['Vertreter', (c) => ({ AT: 'Österreich: H. Wimmer', CH: 'Schweiz: Auslieferung Buchzentrum' }[kpS(c)[3][3]] ?? (['84028', '69117', '97070'].includes(kpS(c)[3][1]) ? 'Gebiet Süd: M. Albrecht' : 'Gebiet Nord/Ost: K. Brandes')), []],
  ['Rabattgruppe', (c) => row(['A (40 %)', 'B (38 %)', 'C (35 %)'], n(c) % 3), []],
  ['Bezugsweg', (c) => row(['direkt', 'Barsortiment Libri', 'Barsortiment Zeitfracht', 'direkt', 'Barsortiment Umbreit'], n(c) % 5), []],
  ['VLB-TIX-Nutzer', (c) => (n(c) % 3 === 0 ? 'nein' : 'ja'), []],
  ['Leseexemplare', (c) => (n(c) % 4 === 0 ? 'nein' : 'ja'), []],
  ['Newsletter Buchhandel', (c) => (n(c) % 5 === 0 ? 'nein' : 'ja'), OPTIN, opt],
  ['Angelegt am', (c) => dmy(cet(Date.UTC(2011, 2, 1) + ((n(c) * 7919) % (4500 * 86400)) * 1000)), ['extSourceSystemAudit.createdDate'], opt],
  ['Geändert am', (c) => dmy(cet(Date.UTC(2024, 10, 1) + (n(c) % 200) * day)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
] }

export const SETS = [SET_BL, SET_VN, SET_GY, SET_UL, SET_FD, SET_WS, SET_TC, SET_BW, SET_TW, SET_KP]
