// Round 103, tune103: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). German-speaking (Germany, Austria, Switzerland) payment providers, card-terminal
// acquirers, invoicing, accounting and subscription-billing tools: terminal and gateway transactions, BNPL invoices,
// outgoing invoices, customers, persons, subscribers and contracts; German UIs, one English (cleverbridge).
import { E, P, B, v, at, HOME, B2BID, PL, OR, BILL, SHIP, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

// time: Central European (summer time April-October, roughly)
const cet = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 ? 2 : 1 }
const lp = (ms) => shift(ms, cet(ms))
const deD = (ms) => { const p = lp(ms); return `${pad(p.d)}.${pad(p.m)}.${p.y}` }
const deDT = (ms) => { const p = lp(ms); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}` }
const deDTS = (ms) => { const p = lp(ms); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const hms = (ms) => { const p = lp(ms); return `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const mdyHM = (ms) => { const p = parts0(ms); return `${p.m}/${p.d}/${p.y} ${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }
const parts0 = (ms) => shift(ms, 0)
const day = 86400000
// amounts: German decimal comma with thousands dot; Swiss apostrophe thousands with point
const c2 = (n) => n.toFixed(2).replace('.', ',')
const eur = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')
const chf = (n) => { const [i, d] = n.toFixed(2).split('.'); return `${i.replace(/\B(?=(\d{3})+(?!\d))/g, "'")}.${d}` }
const n2 = (n) => n.toFixed(2)
const slug = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/[^a-z]/g, '')
const dec = (o) => +o.id % 7 === 3

// people and places
const DE_FIRST = ['Lukas', 'Anna', 'Jonas', 'Lea', 'Felix', 'Sophie', 'Maximilian', 'Marie', 'Tobias', 'Katharina', 'Jürgen', 'Sabine', 'Mehmet', 'Julia']
const DE_LAST = ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Yılmaz', 'Köhler', 'Krause']
const CH_FIRST = ['Luca', 'Mia', 'Noah', 'Lara', 'Elias', 'Laura', 'Reto', 'Sandra', 'Beat', 'Nicole', 'Urs', 'Céline']
const CH_LAST = ['Müller', 'Meier', 'Keller', 'Brunner', 'Baumann', 'Gerber', 'Huber', 'Frei', 'Steiner', 'Zimmermann', 'Bühler', 'Rossi']
const female = (f) => ['Anna', 'Lea', 'Sophie', 'Marie', 'Katharina', 'Sabine', 'Julia', 'Mia', 'Lara', 'Laura', 'Sandra', 'Nicole', 'Céline'].includes(f)
const nameOf = (F, L, i) => [F[i % F.length], L[(i * 5 + 2) % L.length]]
const mail = (f, l, dom) => `${slug(f)}.${slug(l)}@${dom}`
const DE_ADDR = [['Schillerstraße 14', '10625', 'Berlin', 'Berlin'], ['Leopoldstraße 82', '80802', 'München', 'Bayern'], ['Eppendorfer Weg 211', '20253', 'Hamburg', 'Hamburg'], ['Aachener Str. 47', '50674', 'Köln', 'Nordrhein-Westfalen'], ['Marienstraße 9', '70178', 'Stuttgart', 'Baden-Württemberg'], ['Karl-Liebknecht-Str. 120', '04275', 'Leipzig', 'Sachsen'], ['Berger Straße 163', '60385', 'Frankfurt am Main', 'Hessen'], ['Lister Meile 33', '30161', 'Hannover', 'Niedersachsen']]
const CH_ADDR = [['Bahnhofstrasse 21', '8001', 'Zürich', 'ZH'], ['Marktgasse 50', '3011', 'Bern', 'BE'], ['Steinenvorstadt 12', '4051', 'Basel', 'BS'], ['Pilatusstrasse 4', '6003', 'Luzern', 'LU'], ['Multergasse 8', '9000', 'St. Gallen', 'SG'], ['Rathausgasse 31', '5000', 'Aarau', 'AG'], ['Stadthausstrasse 77', '8400', 'Winterthur', 'ZH']]
const deMob = (r) => `0${v.pick(r, ['151', '160', '170', '176', '152'])} ${v.int(r, 1000000, 99999999)}`
const deTel = (r) => `0${v.pick(r, ['30', '89', '40', '221', '711', '69'])} ${v.int(r, 100000, 9999999)}`
const chMob = (r) => `+41 ${v.pick(r, ['76', '78', '79'])} ${v.int(r, 100, 999)} ${pad(v.int(r, 0, 99), 2)} ${pad(v.int(r, 0, 99), 2)}`
const chTel = (r) => `+41 ${v.pick(r, ['44', '31', '61', '41', '71'])} ${v.int(r, 200, 999)} ${pad(v.int(r, 0, 99), 2)} ${pad(v.int(r, 0, 99), 2)}`
const CH_CO = [
  ['Brunner Elektro AG', 'brunner-elektro.ch', 'Industriestrasse 9', '8304', 'Wallisellen', 'ZH'],
  ['Atelier Keller GmbH', 'atelier-keller.ch', 'Zeughausgasse 18', '3011', 'Bern', 'BE'],
  ['Gerber Treuhand AG', 'gerber-treuhand.ch', 'Aeschenvorstadt 55', '4051', 'Basel', 'BS'],
  ['Huber Gartenbau', 'huber-gartenbau.ch', 'Luzernerstrasse 102', '6010', 'Kriens', 'LU'],
  ['Steiner Informatik GmbH', 'steiner-it.ch', 'Rorschacher Strasse 150', '9000', 'St. Gallen', 'SG'],
  ['Frei & Partner Architekten AG', 'freipartner.ch', 'Technikumstrasse 38', '8400', 'Winterthur', 'ZH'],
]
const DE_CO = [
  ['Weber Haustechnik GmbH', 'weber-haustechnik.de', 'Gewerbestraße 12', '85748', 'Garching', 'Bayern'],
  ['Schulz & Krause Steuerberater PartG', 'schulz-krause.de', 'Kaiserstraße 7', '60311', 'Frankfurt am Main', 'Hessen'],
  ['Meyer Digital UG (haftungsbeschränkt)', 'meyer-digital.de', 'Torstraße 140', '10119', 'Berlin', 'Berlin'],
  ['Hoffmann Catering GmbH', 'hoffmann-catering.de', 'Hansaring 61', '50670', 'Köln', 'Nordrhein-Westfalen'],
  ['Becker Fotografie', 'becker-foto.de', 'Rotebühlstraße 81', '70178', 'Stuttgart', 'Baden-Württemberg'],
  ['Fischer Logistik GmbH & Co. KG', 'fischer-logistik.de', 'Am Hafen 3', '28217', 'Bremen', 'Bremen'],
]
const ustId = (r) => `DE${v.int(r, 100000000, 349999999)}`
const uidCh = (r) => `CHE-${v.int(r, 100, 599)}.${v.int(r, 100, 999)}.${v.int(r, 100, 999)} MWST`
const iban = (r, cc) => cc === 'CH' ? `CH${v.int(r, 10, 99)} 0${v.int(r, 100, 900)} ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)} ${v.int(r, 1, 9)}` : `DE${v.int(r, 10, 99)} ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)} ${v.int(r, 10, 99)}`

// label shorthands
const TXN = [OR('payments[0].transactionID'), '_id']
const WHEN = ['timestamp', OR('createdDate')]
const TOTAL = [OR('priceTotal'), OR('payments[0].paymentAmount')]
const CUR = [OR('currencyCode'), OR('payments[0].currencyCode')]
const REFUND = [OR('refundTotal'), OR('refunds[0].refundAmount')]
const PAYTYPE = [OR('payments[0].paymentType')]
const EMAIL_ID = ['endUserIDs._experience.emailid.id']
const PHONE_ID = ['endUserIDs._experience.phonenumberid.id']
const FN = ['person.name.firstName']
const LN = ['person.name.lastName']
const SAL = ['person.name.courtesyTitle']
const MAIL = ['workEmail.address', 'personalEmail.address']
const CO = ['b2b.companyName', 'organizations[0]']
const CREATED = ['extSourceSystemAudit.createdDate']
const UPDATED = ['extSourceSystemAudit.lastUpdatedDate']
const WADR = (leaf) => at(['workAddress', 'billingAddress', ...HOME], leaf)
const CADR = (leaf) => at(['workAddress', 'billingAddress'], leaf)
const PADR = (leaf) => at(['billingAddress', ...HOME], leaf)

// POS: a terminal's day (hobex / VR Payment card turnover)
const shop = (o) => { const d0 = o.at - (o.at % day); return d0 + (9 + (+o.id % 10)) * 3600000 + (o.at % 3600000) - cet(o.at) * 3600000 }
const SCHEMES = ['girocard', 'Mastercard', 'Visa', 'girocard', 'Maestro', 'V PAY', 'Visa', 'girocard', 'American Express']
const AT_SCHEMES = ['Maestro', 'Mastercard', 'Visa', 'Debit Mastercard', 'Maestro', 'Visa Debit', 'V PAY']
const pan = (r, s) => `${s.startsWith('Visa') || s === 'V PAY' ? '4' : s === 'American Express' ? '37' : s === 'girocard' ? '672' : '5'}${v.int(r, 10, 99)}**********${pad(v.int(r, 0, 9999), 4)}`.slice(0, 19)

export const SETS = [
  // ---------------------------------------------------------------- POS (VR Payment, Germany)
  { name: 'vr-payment-haendlerportal-umsaetze-de', product: 'VR Payment (card acquirer of the German Volksbanken and Raiffeisenbanken; VR Payment Händlerportal: Umsätze > Transaktionen > Export CSV, German UI, a Freiburg bakery chain with three shops and five terminals)', family: 'pos', language: 'de', schema: E, cols: [
    ['Händlernummer', () => '4550012873', []],
    ['Filiale', (c, o, r, i) => row(['Bäckerei Sonnenkorn – Bertoldstraße', 'Bäckerei Sonnenkorn – Wiehre', 'Bäckerei Sonnenkorn – Herdern'], i), [], opt],
    ['Terminal-ID', (c, o, r, i) => row(['62104471', '62104472', '62104480', '62104481', '62104495'], i), []],
    ['Transaktionsdatum', (c, o) => deD(shop(o)), ['timestamp', OR('createdDate')], opt],
    ['Uhrzeit', (c, o) => hms(shop(o)), [], opt],
    ['Transaktions-ID', (c, o, r) => `${v.int(r, 100000000, 999999999)}${v.int(r, 100, 999)}`, TXN],
    ['Belegnummer', (c, o, r) => pad(v.int(r, 1, 9999), 4), [OR('payments[0].transactionID')], opt],
    ['Trace-Nr.', (c, o, r) => pad(v.int(r, 1, 999999), 6), []],
    ['Transaktionsart', (c, o) => (+o.id % 13 === 4 ? 'Gutschrift' : +o.id % 17 === 6 ? 'Storno' : 'Zahlung'), [], opt],
    ['Kartenmarke', (c, o, r, i) => row(SCHEMES, i), [OR('payments[0].paymentType')], opt],
    ['Kartennummer', (c, o, r, i) => pan(r, row(SCHEMES, i)), []],
    ['Eingabeart', (c, o, r) => v.pick(r, ['kontaktlos', 'kontaktlos', 'kontaktlos', 'Chip', 'Chip + PIN', 'Apple Pay']), []],
    ['Betrag', (c, o) => c2(2 + (o.total % 38)), TOTAL],
    ['Trinkgeld', (c, o) => (+o.id % 9 === 2 ? c2(0.5 + (+o.id % 3)) : '0,00'), []],
    ['Währung', () => 'EUR', CUR],
    ['Genehmigungsnummer', (c, o, r) => (dec(o) ? '' : pad(v.int(r, 0, 999999), 6)), []],
    ['Antwortcode', (c, o) => (dec(o) ? '05' : '00'), []],
    ['Status', (c, o) => (dec(o) ? 'abgelehnt' : 'eingereicht'), [], opt],
    ['Disagio', (c, o) => c2((2 + (o.total % 38)) * 0.0089), []],
    ['Auszahlungsbetrag', (c, o) => c2((2 + (o.total % 38)) * 0.9911), [], opt],
    ['Auszahlungsdatum', (c, o) => deD(shop(o) + 2 * day), [], opt],
  ] },

  // ---------------------------------------------------------------- POS (hobex, Austria)
  { name: 'hobex-partnernet-umsaetze-csv-at', product: 'hobex (Austrian card acquirer and terminal provider; hobex PartnerNet: Ihre Umsätze > CSV-Version, German UI, a Salzburg ski-rental and sports shop with two terminals)', family: 'pos', language: 'de', schema: E, cols: [
    ['PartnerID', () => '100384', []],
    ['TID', (c, o, r, i) => row(['44018213', '44018214'], i), []],
    ['Abschlussdatum', (c, o) => deD(shop(o)), [], opt],
    ['Transaktionsdatum', (c, o) => deDTS(shop(o)), WHEN],
    ['Beleg', (c, o, r) => String(v.int(r, 1, 9999)), [OR('payments[0].transactionID'), '_id'], opt],
    ['Transaktions-Nr.', (c, o, r) => `${v.int(r, 10000000, 99999999)}`, TXN],
    ['Kartenart', (c, o, r, i) => row(AT_SCHEMES, i), [OR('payments[0].paymentType')], opt],
    ['Kartennummer', (c, o, r, i) => pan(r, row(AT_SCHEMES, i)), []],
    ['Buchungsart', (c, o) => (+o.id % 13 === 4 ? 'Gutschrift' : 'Verkauf'), [], opt],
    ['Betrag', (c, o) => c2(15 + (o.total % 160)), TOTAL],
    ['Trinkgeld', () => '0,00', []],
    ['Währung', () => 'EUR', CUR],
    ['Autorisierungscode', (c, o, r) => pad(v.int(r, 0, 999999), 6), []],
    ['Referenz', (c, o, r) => (r() < 0.6 ? '' : `RE-${v.int(r, 24000, 24999)}`), [OR('purchaseID')], opt],
    ['Überweisungsdatum', (c, o) => deD(shop(o) + day), [], opt],
    ['Entgelt', (c, o) => c2((15 + (o.total % 160)) * 0.0095), []],
    ['Auszahlungsbetrag', (c, o) => c2((15 + (o.total % 160)) * 0.9905), [], opt],
    ['Land der Karte', (c, o, r) => v.pick(r, ['AT', 'AT', 'DE', 'DE', 'NL', 'GB', 'CH']), []],
  ] },

  // ---------------------------------------------------------------- payments (CembraPay, Switzerland)
  { name: 'cembrapay-merchant-portal-transaktionen-ch', product: 'CembraPay (Swiss invoice and instalment payment provider, formerly Byjuno; Merchant Portal: Transaktionen > Exportieren, Excel, German UI, a Zug online furniture shop offering purchase on invoice)', family: 'payments', language: 'de', schema: E, cols: [
    ['Transaktions-ID', (c, o, r) => `CP${v.int(r, 100000000, 999999999)}`, TXN],
    ['Bestellnummer', (c, o) => `WH-${200000 + +o.id}`, [OR('purchaseID')]],
    ['Erstellt am', (c, o) => deDT(o.at), WHEN],
    ['Zahlungsart', (c, o, r, i) => row(['Rechnung', 'Rechnung', 'Ratenzahlung 12 Monate', 'Monatsrechnung', 'Rechnung'], i), PAYTYPE],
    ['Status', (c, o) => (dec(o) ? 'Abgelehnt' : +o.id % 11 === 5 ? 'Storniert' : 'Bestätigt'), [], opt],
    ['Betrag', (c, o) => chf(o.total * 4.2), TOTAL],
    ['Währung', () => 'CHF', CUR],
    ['Gutschrift', (c, o) => (+o.id % 11 === 5 ? chf(o.total * 4.2) : '0.00'), REFUND],
    ['Anrede', (c, o, r, i) => (female(nameOf(CH_FIRST, CH_LAST, i)[0]) ? 'Frau' : 'Herr'), []],
    ['Vorname', (c, o, r, i) => nameOf(CH_FIRST, CH_LAST, i)[0], []],
    ['Nachname', (c, o, r, i) => nameOf(CH_FIRST, CH_LAST, i)[1], []],
    ['Firma', (c, o, r, i) => (i % 5 === 3 ? row(CH_CO, i)[0] : ''), []],
    ['Geburtsdatum', (c) => deD(c.birth), []],
    ['E-Mail', (c, o, r, i) => mail(...nameOf(CH_FIRST, CH_LAST, i), v.pick(r, ['bluewin.ch', 'gmx.ch', 'gmail.com', 'sunrise.ch'])), EMAIL_ID, opt],
    ['Telefon', (c, o, r) => chMob(r), PHONE_ID, opt],
    ['Rechnungsadresse Strasse', (c, o, r, i) => row(CH_ADDR, i)[0], [BILL('street1')]],
    ['Rechnungsadresse PLZ', (c, o, r, i) => row(CH_ADDR, i)[1], [BILL('postalCode')]],
    ['Rechnungsadresse Ort', (c, o, r, i) => row(CH_ADDR, i)[2], [BILL('city')]],
    ['Rechnungsadresse Land', () => 'CH', [BILL('countryCode')]],
    ['Lieferadresse Strasse', (c, o, r, i) => (i % 4 === 1 ? row(CH_ADDR, i + 3)[0] : row(CH_ADDR, i)[0]), [SHIP('street1')]],
    ['Lieferadresse PLZ', (c, o, r, i) => (i % 4 === 1 ? row(CH_ADDR, i + 3)[1] : row(CH_ADDR, i)[1]), [SHIP('postalCode')]],
    ['Lieferadresse Ort', (c, o, r, i) => (i % 4 === 1 ? row(CH_ADDR, i + 3)[2] : row(CH_ADDR, i)[2]), [SHIP('city')]],
    ['Lieferadresse Land', () => 'CH', [SHIP('countryCode')]],
    ['Bonitätsprüfung', (c, o) => (dec(o) ? 'negativ' : 'positiv'), []],
    ['Fälligkeitsdatum', (c, o) => deD(o.at + 30 * day), [], opt],
    ['Shop-ID', () => 'WOHNHAUS-ZG-01', []],
  ] },

  // ---------------------------------------------------------------- payments (payever, Germany)
  { name: 'payever-transaktionen-export-de', product: 'payever (Hamburg payment and checkout platform; Business > Transaktionen > Exportieren, CSV, German UI, an e-bike dealer selling online and in store with Santander and Zinia instalments, PayPal and cards)', family: 'payments', language: 'de', schema: E, cols: [
    ['Transaktions-ID', (c, o, r) => v.uuid(r), TXN],
    ['Referenz', (c, o) => `EB${100000 + +o.id}`, [OR('purchaseID')]],
    ['Erstellt am', (c, o) => deDTS(o.at), WHEN],
    ['Aktualisiert am', (c, o) => deDTS(o.at + (1 + (+o.id % 5)) * day), [OR('lastUpdatedDate')], opt],
    ['Zahlungsoption', (c, o, r, i) => row(['Santander Ratenkauf', 'PayPal', 'Kreditkarte', 'Zinia Rechnungskauf', 'Sofortüberweisung', 'Santander Ratenkauf', 'Vorkasse'], i), PAYTYPE],
    ['Kanal', (c, o, r, i) => row(['Shopware', 'Point of Sale', 'Zahlungslink', 'Shopware'], i), [], opt],
    ['Status', (c, o) => (dec(o) ? 'Abgelehnt' : +o.id % 11 === 5 ? 'Erstattet' : 'Bezahlt'), [], opt],
    ['Spezifischer Status', (c, o) => (dec(o) ? 'DECLINED' : 'ACCEPTED'), []],
    ['Betrag', (c, o) => eur(o.total * 22), TOTAL, opt],
    ['Versandkosten', (c, o) => (+o.id % 4 === 1 ? '0,00' : '49,00'), ['commerce.shipping.shippingAmount']],
    ['Gesamtbetrag', (c, o) => eur(o.total * 22 + (+o.id % 4 === 1 ? 0 : 49)), TOTAL],
    ['Erstatteter Betrag', (c, o) => (+o.id % 11 === 5 ? eur(o.total * 22) : '0,00'), REFUND],
    ['Währung', () => 'EUR', CUR],
    ['Kunde', (c, o, r, i) => nameOf(DE_FIRST, DE_LAST, i).join(' '), []],
    ['Kunden-E-Mail', (c, o, r, i) => mail(...nameOf(DE_FIRST, DE_LAST, i), v.pick(r, ['web.de', 'gmx.de', 't-online.de', 'gmail.com'])), EMAIL_ID, opt],
    ['Rechnungsadresse', (c, o, r, i) => `${row(DE_ADDR, i)[0]}, ${row(DE_ADDR, i)[1]} ${row(DE_ADDR, i)[2]}, Deutschland`, [], opt],
    ['Lieferadresse', (c, o, r, i) => `${row(DE_ADDR, i + (i % 3 === 0 ? 2 : 0))[0]}, ${row(DE_ADDR, i + (i % 3 === 0 ? 2 : 0))[1]} ${row(DE_ADDR, i + (i % 3 === 0 ? 2 : 0))[2]}, Deutschland`, [], opt],
    ['Verkäufer', (c, o, r, i) => (row(['Shopware', 'Point of Sale', 'Zahlungslink', 'Shopware'], i) === 'Point of Sale' ? v.pick(r, ['Tobias Weber', 'Lea Krause']) : ''), []],
    ['Geschäft', () => 'Radhaus Lüneburg GmbH', []],
  ] },

  // ---------------------------------------------------------------- accounting customers (Run my Accounts, Switzerland)
  { name: 'run-my-accounts-kunden-export-ch', product: 'Run my Accounts (Swiss online accounting and invoicing service: Kunden > Kundenliste > Export Excel, German UI, a Zürich IT-support company\'s business customers)', family: 'invoicing', language: 'de', schema: B, cols: [
    ['Kundennummer', (c, o, r, i) => String(10000 + i * 7), [...B2BID, 'b2b.accountID']],
    ['Name', (c, o, r, i) => row(CH_CO, i)[0], CO],
    ['Anrede', (c, o, r, i) => (female(nameOf(CH_FIRST, CH_LAST, i + 1)[0]) ? 'Frau' : 'Herr'), SAL],
    ['Kontaktperson', (c, o, r, i) => nameOf(CH_FIRST, CH_LAST, i + 1).join(' '), ['person.name.fullName']],
    ['Strasse', (c, o, r, i) => row(CH_CO, i)[2], CADR('street1')],
    ['PLZ', (c, o, r, i) => row(CH_CO, i)[3], CADR('postalCode')],
    ['Ort', (c, o, r, i) => row(CH_CO, i)[4], CADR('city')],
    ['Land', () => 'Schweiz', CADR('country')],
    ['Telefon', (c, o, r) => chTel(r), ['workPhone.number']],
    ['Mobile', (c, o, r) => (r() < 0.4 ? '' : chMob(r)), ['mobilePhone.number']],
    ['E-Mail', (c, o, r, i) => `${slug(nameOf(CH_FIRST, CH_LAST, i + 1)[0])}.${slug(nameOf(CH_FIRST, CH_LAST, i + 1)[1])}@${row(CH_CO, i)[1]}`, MAIL],
    ['Rechnungs-E-Mail', (c, o, r, i) => `buchhaltung@${row(CH_CO, i)[1]}`, ['workEmail.address'], opt],
    ['Homepage', (c, o, r, i) => `www.${row(CH_CO, i)[1]}`, ['b2b.companyWebsite']],
    ['Sprache', (c, o, r) => v.pick(r, ['de', 'de', 'de', 'fr', 'en']), [], opt],
    ['Währung', () => 'CHF', []],
    ['Zahlungsfrist (Tage)', (c, o, r) => v.pick(r, ['30', '30', '10', '20']), []],
    ['MWST-Nummer', (c, o, r) => (r() < 0.3 ? '' : uidCh(r)), [], opt],
    ['Rabatt', (c, o, r) => v.pick(r, ['0', '0', '5', '10']), []],
    ['Notizen', (c, o, r) => v.pick(r, ['', '', 'Wartungsvertrag bis 12/2026', 'Rechnung per Post']), []],
    ['Erstellt', (c) => deD(c.created), CREATED, opt],
  ] },

  // ---------------------------------------------------------------- invoicing customers (invoiz, Germany)
  { name: 'invoiz-kunden-export-de', product: 'invoiz (Buhl Data\'s online invoicing for freelancers and small firms: Kontakte > Kunden > Exportieren, CSV, German UI, a Cologne event-technology rental firm with business and private customers)', family: 'invoicing', language: 'de', schema: B, cols: [
    ['Kundennummer', (c, o, r, i) => String(1000 + i * 3), B2BID],
    ['Kundenart', (c, o, r, i) => (i % 4 === 2 ? 'Privatperson' : 'Firma'), ['b2b.personType'], opt],
    ['Firmenname', (c, o, r, i) => (i % 4 === 2 ? '' : row(DE_CO, i)[0]), CO],
    ['Anrede', (c, o, r, i) => (female(nameOf(DE_FIRST, DE_LAST, i)[0]) ? 'Frau' : 'Herr'), SAL],
    ['Titel', (c, o, r, i) => (i % 6 === 1 ? 'Dr.' : ''), ['person.name.courtesyTitle'], opt],
    ['Vorname', (c, o, r, i) => nameOf(DE_FIRST, DE_LAST, i)[0], FN],
    ['Nachname', (c, o, r, i) => nameOf(DE_FIRST, DE_LAST, i)[1], LN],
    ['Straße und Hausnummer', (c, o, r, i) => (i % 4 === 2 ? row(DE_ADDR, i)[0] : row(DE_CO, i)[2]), WADR('street1')],
    ['PLZ', (c, o, r, i) => (i % 4 === 2 ? row(DE_ADDR, i)[1] : row(DE_CO, i)[3]), WADR('postalCode')],
    ['Ort', (c, o, r, i) => (i % 4 === 2 ? row(DE_ADDR, i)[2] : row(DE_CO, i)[4]), WADR('city')],
    ['Land', () => 'Deutschland', WADR('country')],
    ['E-Mail', (c, o, r, i) => (i % 4 === 2 ? mail(...nameOf(DE_FIRST, DE_LAST, i), 'web.de') : `${slug(nameOf(DE_FIRST, DE_LAST, i)[0])}@${row(DE_CO, i)[1]}`), MAIL],
    ['Telefon', (c, o, r) => deTel(r), ['workPhone.number', 'homePhone.number']],
    ['Mobil', (c, o, r) => (r() < 0.5 ? '' : deMob(r)), ['mobilePhone.number']],
    ['Fax', (c, o, r) => (r() < 0.8 ? '' : deTel(r)), ['faxPhone.number']],
    ['Webseite', (c, o, r, i) => (i % 4 === 2 ? '' : `https://www.${row(DE_CO, i)[1]}`), ['b2b.companyWebsite']],
    ['Kategorie', (c, o, r) => v.pick(r, ['Stammkunde', 'Agentur', 'Hochzeiten', '']), []],
    ['USt-IdNr.', (c, o, r, i) => (i % 4 === 2 || r() < 0.3 ? '' : ustId(r)), [], opt],
    ['Zahlungsziel (Tage)', (c, o, r) => v.pick(r, ['14', '14', '30', '7']), []],
    ['Rabatt (%)', (c, o, r) => v.pick(r, ['0', '0', '3', '5']), []],
    ['Umsatz', (c, o, r) => eur(v.int(r, 300, 48000) + 0.5), []],
    ['Offener Betrag', (c, o, r) => (r() < 0.6 ? '0,00' : eur(v.int(r, 80, 6000))), []],
    ['Notizen', (c, o, r) => v.pick(r, ['', '', 'Aufbau immer ab 7 Uhr', 'nur per E-Mail anschreiben']), []],
    ['Erstellt am', (c) => deD(c.created), CREATED, opt],
  ] },

  // ---------------------------------------------------------------- invoicing contacts (Fakturama, desktop, Germany)
  { name: 'fakturama-kontakte-csv-export-de', product: 'Fakturama (open-source desktop invoicing: Datei > Exportieren > Kontakte als CSV, German UI, a Dresden online soap and cosmetics maker selling to consumers)', family: 'invoicing', language: 'de', schema: P, cols: [
    ['ID', (c, o, r, i) => String(i + 1), ['_id', 'personID']],
    ['Kategorie', (c, o, r) => v.pick(r, ['Kunden/Privat', 'Kunden/Privat', 'Kunden/Wiederverkäufer', 'Kunden/Online-Shop']), []],
    ['Kundennummer', (c, o, r, i) => `K-${pad(1000 + i * 4, 5)}`, ['_id', 'personID']],
    ['Anrede', (c, o, r, i) => (female(nameOf(DE_FIRST, DE_LAST, i)[0]) ? 'Frau' : 'Herr'), SAL],
    ['Titel', (c, o, r, i) => (i % 7 === 3 ? 'Dr.' : ''), SAL, opt],
    ['Vorname', (c, o, r, i) => nameOf(DE_FIRST, DE_LAST, i)[0], FN],
    ['Nachname', (c, o, r, i) => nameOf(DE_FIRST, DE_LAST, i)[1], LN],
    ['Firma', (c, o, r, i) => (i % 6 === 4 ? 'Seifenwerk Görlitz' : ''), ['organizations[0]'], opt],
    ['Straße', (c, o, r, i) => row(DE_ADDR, i)[0], PADR('street1')],
    ['PLZ', (c, o, r, i) => row(DE_ADDR, i)[1], PADR('postalCode')],
    ['Ort', (c, o, r, i) => row(DE_ADDR, i)[2], PADR('city')],
    ['Land', () => 'Deutschland', PADR('country')],
    ['Liefer-Vorname', (c, o, r, i) => (i % 5 === 2 ? nameOf(DE_FIRST, DE_LAST, i + 3)[0] : ''), [], opt],
    ['Liefer-Nachname', (c, o, r, i) => (i % 5 === 2 ? nameOf(DE_FIRST, DE_LAST, i + 3)[1] : ''), [], opt],
    ['Liefer-Straße', (c, o, r, i) => (i % 5 === 2 ? row(DE_ADDR, i + 3)[0] : ''), ['mailingAddress.street1'], opt],
    ['Liefer-PLZ', (c, o, r, i) => (i % 5 === 2 ? row(DE_ADDR, i + 3)[1] : ''), ['mailingAddress.postalCode'], opt],
    ['Liefer-Ort', (c, o, r, i) => (i % 5 === 2 ? row(DE_ADDR, i + 3)[2] : ''), ['mailingAddress.city'], opt],
    ['Kontoinhaber', (c, o, r, i) => (r() < 0.7 ? '' : nameOf(DE_FIRST, DE_LAST, i).join(' ')), []],
    ['IBAN', (c, o, r) => (r() < 0.7 ? '' : iban(r, 'DE')), []],
    ['Zahlungsart', (c, o, r) => v.pick(r, ['Vorkasse', 'PayPal', 'Rechnung', 'Lastschrift']), []],
    ['Geburtstag', (c, o, r) => (r() < 0.6 ? '' : deD(c.birth)), ['person.birthDate']],
    ['Telefon', (c, o, r) => (r() < 0.5 ? '' : deTel(r)), ['homePhone.number', 'mobilePhone.number']],
    ['Mobil', (c, o, r) => (r() < 0.4 ? '' : deMob(r)), ['mobilePhone.number']],
    ['E-Mail', (c, o, r, i) => mail(...nameOf(DE_FIRST, DE_LAST, i), v.pick(r, ['web.de', 'gmx.de', 't-online.de', 'posteo.de'])), ['personalEmail.address']],
    ['Webseite', () => '', []],
    ['USt-IdNr.', (c, o, r, i) => (i % 6 === 4 ? ustId(r) : ''), [], opt],
    ['Rabatt', (c, o, r) => v.pick(r, ['0,00', '0,00', '0,00', '0,10']), []],
    ['Notiz', (c, o, r) => v.pick(r, ['', '', '', 'möchte kein Papier-Flyer im Paket', 'Geschenkverpackung']), []],
  ] },

  // ---------------------------------------------------------------- accounting persons (CashCtrl, Switzerland)
  { name: 'cashctrl-personen-export-ch', product: 'CashCtrl (Swiss online accounting: Personen > Exportieren > Excel, German UI, a Bern graphic-design studio\'s customers, suppliers and contact persons)', family: 'invoicing', language: 'de', schema: B, cols: [
    ['Nr.', (c, o, r, i) => `P${pad(1000 + i * 3, 5)}`, B2BID],
    ['Kategorie', (c, o, r, i) => row(['Kunden', 'Kunden', 'Lieferanten', 'Kunden', 'Partner'], i), ['b2b.personType'], opt],
    ['Firma', (c, o, r, i) => row(CH_CO, i)[0], CO],
    ['Anrede', (c, o, r, i) => (female(nameOf(CH_FIRST, CH_LAST, i + 2)[0]) ? 'Frau' : 'Herr'), SAL],
    ['Vorname', (c, o, r, i) => nameOf(CH_FIRST, CH_LAST, i + 2)[0], FN],
    ['Nachname', (c, o, r, i) => nameOf(CH_FIRST, CH_LAST, i + 2)[1], LN],
    ['Position', (c, o, r) => v.pick(r, ['Geschäftsführerin', 'Inhaber', 'Leiter Marketing', 'Buchhaltung', 'Projektleiterin']), ['extendedWorkDetails.jobTitle']],
    ['Abteilung', (c, o, r) => v.pick(r, ['', 'Marketing', 'Finanzen', 'Geschäftsleitung']), ['extendedWorkDetails.departments[0]']],
    ['Geburtsdatum', () => '', ['person.birthDate'], opt],
    ['E-Mail', (c, o, r, i) => `${slug(nameOf(CH_FIRST, CH_LAST, i + 2)[0])}.${slug(nameOf(CH_FIRST, CH_LAST, i + 2)[1])}@${row(CH_CO, i)[1]}`, MAIL],
    ['Telefon', (c, o, r) => chTel(r), ['workPhone.number']],
    ['Mobiltelefon', (c, o, r) => (r() < 0.4 ? '' : chMob(r)), ['mobilePhone.number']],
    ['Website', (c, o, r, i) => `https://${row(CH_CO, i)[1]}`, ['b2b.companyWebsite']],
    ['Adresse', (c, o, r, i) => row(CH_CO, i)[2], CADR('street1')],
    ['PLZ', (c, o, r, i) => row(CH_CO, i)[3], CADR('postalCode')],
    ['Ort', (c, o, r, i) => row(CH_CO, i)[4], CADR('city')],
    ['Land', () => 'CHE', CADR('country')],
    ['MWST-Nr.', (c, o, r) => (r() < 0.3 ? '' : uidCh(r)), [], opt],
    ['IBAN', (c, o, r) => (r() < 0.5 ? '' : iban(r, 'CH')), []],
    ['Rabatt %', (c, o, r) => v.pick(r, ['0', '0', '5']), []],
    ['Sprache', (c, o, r) => v.pick(r, ['DE', 'DE', 'FR', 'EN']), [], opt],
    ['Notizen', (c, o, r) => v.pick(r, ['', '', 'Logo-Redesign 2025', 'bevorzugt Rechnung per E-Mail']), []],
    ['Inaktiv', (c, o, r) => (r() < 0.1 ? 'Ja' : 'Nein'), []],
    ['Erstellt', (c) => deDT(c.created), CREATED, opt],
    ['Geändert', (c) => deDT(Math.max(c.created, c.updated)), UPDATED, opt],
  ] },

  // ---------------------------------------------------------------- outgoing invoices (BuchhaltungsButler, Germany)
  { name: 'buchhaltungsbutler-ausgangsrechnungen-export-de', product: 'BuchhaltungsButler (Berlin online bookkeeping: Belege > Ausgangsrechnungen > Liste exportieren, CSV, German UI, a Leipzig web agency\'s outgoing invoices)', family: 'invoicing', language: 'de', schema: E, cols: [
    ['Beleg-ID', (c, o, r) => String(v.int(r, 3000000, 3999999)), ['_id']],
    ['Rechnungsnummer', (c, o) => `RE-2025-${pad(+o.id % 1000, 4)}`, [OR('purchaseID')]],
    ['Belegdatum', (c, o) => deD(o.at), WHEN, opt],
    ['Fälligkeitsdatum', (c, o) => deD(o.at + 14 * day), [], opt],
    ['Geschäftspartner', (c, o, r, i) => row(DE_CO, i)[0], []],
    ['Debitorenkonto', (c, o, r, i) => String(10000 + (i % 6) * 11), []],
    ['Betrag netto', (c, o) => eur(o.subtotal * 18), [], opt],
    ['Steuersatz', () => '19 %', []],
    ['Steuerbetrag', (c, o) => eur(o.subtotal * 18 * 0.19), [OR('taxAmount')]],
    ['Betrag brutto', (c, o) => eur(o.subtotal * 18 * 1.19), TOTAL],
    ['Währung', () => 'EUR', CUR],
    ['Status', (c, o) => (+o.id % 3 === 0 ? 'offen' : 'bezahlt'), [], opt],
    ['Zahlungsdatum', (c, o) => (+o.id % 3 === 0 ? '' : deD(o.at + (3 + (+o.id % 12)) * day)), [], opt],
    ['Gegenkonto', () => '8400', []],
    ['Buchungstext', (c, o, r, i) => `${row(['Website-Relaunch', 'Wartung Q2', 'SEO-Betreuung', 'Hosting 12 Monate', 'Onlineshop Erweiterung'], i)} – ${row(DE_CO, i)[0]}`, [], opt],
    ['Kostenstelle', (c, o, r) => v.pick(r, ['', '100 Projekte', '200 Wartung']), []],
    ['Dateiname', (c, o) => `RE-2025-${pad(+o.id % 1000, 4)}.pdf`, []],
    ['Hochgeladen am', (c, o) => deDT(o.at + 3600000), [], opt],
    ['Kommentar', (c, o, r) => v.pick(r, ['', '', 'Teilzahlung vereinbart', 'Skonto 2 %']), []],
  ] },

  // ---------------------------------------------------------------- subscription contracts (Fakturia, Germany)
  { name: 'fakturia-vertraege-export-de', product: 'Fakturia (German subscription-billing and recurring-invoicing SaaS: Verträge > Vertragsliste > CSV-Export, German UI, a Bielefeld SaaS vendor billing practice-management software per seat)', family: 'subscriptions', language: 'de', schema: E, cols: [
    ['Vertragsnummer', (c, o) => `V-${10000 + +o.id}`, [OR('purchaseID'), '_id'], opt],
    ['Kundennummer', (c, o, r, i) => `K${20000 + i * 13}`, []],
    ['Kunde', (c, o, r, i) => row(DE_CO, i)[0], []],
    ['E-Mail', (c, o, r, i) => `rechnung@${row(DE_CO, i)[1]}`, EMAIL_ID, opt],
    ['Projekt', () => 'Praxisverwaltung Cloud', []],
    ['Tarif', (c, o, r, i) => row(['Basic', 'Professional', 'Professional', 'Enterprise'], i), [PL('name')]],
    ['Artikelnummer', (c, o, r, i) => row(['PV-BAS', 'PV-PRO', 'PV-PRO', 'PV-ENT'], i), [PL('SKU')]],
    ['Menge', (c, o) => String(o.qty * 2), [PL('quantity')]],
    ['Einzelpreis', (c, o, r, i) => c2(row([29, 49, 49, 89], i)), [], opt],
    ['Gesamtpreis netto', (c, o, r, i) => c2(row([29, 49, 49, 89], i) * o.qty * 2), [PL('priceTotal'), OR('priceTotal')], opt],
    ['Währung', () => 'EUR', CUR],
    ['Abrechnungsintervall', (c, o, r, i) => row(['monatlich', 'monatlich', 'jährlich', 'monatlich'], i), []],
    ['Vertragsbeginn', (c, o) => deD(o.at), WHEN, opt],
    ['Laufzeit', (c, o, r) => v.pick(r, ['12 Monate', '12 Monate', '24 Monate', 'unbefristet']), []],
    ['Kündigungsfrist', () => '3 Monate zum Laufzeitende', []],
    ['Gekündigt zum', (c, o) => (+o.id % 5 === 2 ? deD(o.at + 365 * day) : ''), [OR('cancelDate')], opt],
    ['Nächste Abrechnung', (c, o) => deD(o.at + 30 * day), [], opt],
    ['Zahlungsart', (c, o, r) => v.pick(r, ['SEPA-Lastschrift', 'SEPA-Lastschrift', 'Rechnung', 'Kreditkarte']), PAYTYPE],
    ['Status', (c, o) => (+o.id % 5 === 2 ? 'gekündigt' : 'aktiv'), [], opt],
    ['Gutscheincode', (c, o) => (o.coupon ? 'START3M' : ''), ['commerce.promotionID'], opt],
    ['Bemerkung', (c, o, r) => v.pick(r, ['', '', 'Migration aus Altvertrag', 'Sonderkondition Verband']), []],
  ] },

  // ---------------------------------------------------------------- subscribers (plenigo, Germany)
  { name: 'plenigo-kunden-export-de', product: 'plenigo (Würzburg subscription-billing platform for publishers: Kunden > Kundensuche > Export, CSV, German UI, a regional daily newspaper\'s digital and print subscribers)', family: 'subscriptions', language: 'de', schema: P, cols: [
    ['Kunden-ID', (c, o, r) => String(v.int(r, 10000000, 99999999)), ['_id', 'personID']],
    ['Externe Kunden-ID', (c, o, r) => (r() < 0.5 ? '' : `ABO-${v.int(r, 100000, 999999)}`), ['_id', 'personID'], opt],
    ['E-Mail', (c, o, r, i) => mail(...nameOf(DE_FIRST, DE_LAST, i), v.pick(r, ['web.de', 'gmx.de', 't-online.de', 'gmail.com'])), ['personalEmail.address']],
    ['Anrede', (c, o, r, i) => (female(nameOf(DE_FIRST, DE_LAST, i)[0]) ? 'Frau' : 'Herr'), SAL],
    ['Vorname', (c, o, r, i) => nameOf(DE_FIRST, DE_LAST, i)[0], FN],
    ['Nachname', (c, o, r, i) => nameOf(DE_FIRST, DE_LAST, i)[1], LN],
    ['Geburtsdatum', (c, o, r) => (r() < 0.5 ? '' : deD(c.birth)), ['person.birthDate']],
    ['Firma', (c, o, r) => (r() < 0.9 ? '' : 'Stadtwerke Schweinfurt GmbH'), ['organizations[0]'], opt],
    ['Straße', (c, o, r, i) => row(DE_ADDR, i)[0].replace(/ \d+$/, ''), PADR('street1')],
    ['Hausnummer', (c, o, r, i) => row(DE_ADDR, i)[0].match(/\d+$/)?.[0] ?? '', [], opt],
    ['PLZ', (c, o, r, i) => row(DE_ADDR, i)[1], PADR('postalCode')],
    ['Ort', (c, o, r, i) => row(DE_ADDR, i)[2], PADR('city')],
    ['Land', () => 'DE', PADR('countryCode')],
    ['Telefon', (c, o, r) => (r() < 0.4 ? '' : deMob(r)), ['mobilePhone.number', 'homePhone.number']],
    ['Sprache', () => 'de', [], opt],
    ['Registriert am', (c) => deDT(c.created), [], opt],
    ['Letzter Login', (c) => deDT(Math.max(c.created, c.updated)), [], opt],
    ['Aktive Abos', (c, o, r) => v.pick(r, ['Digital Plus', 'Digital Plus', 'ePaper + Digital', 'Print + Digital', '']), []],
    ['Zahlungsmethode', (c, o, r) => v.pick(r, ['PayPal', 'SEPA-Lastschrift', 'Kreditkarte', 'Rechnung']), []],
    ['Newsletter', (c) => (c.bool ? 'ja' : 'nein'), [], opt],
    ['Status', (c, o, r) => (r() < 0.08 ? 'gesperrt' : 'aktiv'), [], opt],
  ] },

  // ---------------------------------------------------------------- subscription commerce (cleverbridge, Cologne; English UI)
  { name: 'cleverbridge-purchases-search-export', product: 'cleverbridge (Cologne merchant-of-record and subscription-commerce platform; Commerce Assistant: Transactions > Purchases > search results > Export to Excel, English UI, a German backup-software vendor selling licences and yearly subscriptions worldwide)', family: 'subscriptions', language: 'en', schema: E, cols: [
    ['Reference No.', (c, o, r) => String(v.int(r, 300000000, 399999999)), [OR('purchaseID'), '_id', OR('payments[0].transactionID')]],
    ['Purchase Date', (c, o) => mdyHM(o.at), WHEN],
    ['Status', (c, o) => (dec(o) ? 'Declined' : +o.id % 11 === 5 ? 'Refunded' : 'Paid'), [], opt],
    ['Payment Date', (c, o) => (dec(o) ? '' : mdyHM(o.at + 60000)), [], opt],
    ['Payment Type', (c, o, r, i) => row(['Visa', 'PayPal', 'Mastercard', 'Wire Transfer', 'SEPA Direct Debit', 'PayPal', 'American Express'], i), PAYTYPE],
    ['Product ID', (c, o, r, i) => row(['184220', '184221', '184230'], i), [PL('SKU')]],
    ['Product Name', (c, o, r, i) => row(['SafeVault Backup Home (1 year)', 'SafeVault Backup Pro (1 year)', 'SafeVault Server Edition'], i), [PL('name')]],
    ['Quantity', (c, o) => String(o.qty), [PL('quantity')]],
    ['Subscription ID', (c, o, r, i) => (i % 3 === 2 ? '' : `S${v.int(r, 10000000, 99999999)}`), [], opt],
    ['Net Price', (c, o) => n2(o.subtotal * 1.5), [], opt],
    ['VAT', (c, o) => n2(o.subtotal * 1.5 * 0.19), [OR('taxAmount')]],
    ['Gross Price', (c, o) => n2(o.subtotal * 1.5 * 1.19), TOTAL],
    ['Currency', (c, o, r, i) => row(['EUR', 'USD', 'EUR', 'GBP', 'EUR', 'CHF'], i), CUR],
    ['Coupon Code', (c, o) => o.coupon ? 'SPRING25' : '', ['commerce.promotionID'], opt],
    ['Affiliate', (c, o, r) => v.pick(r, ['', '', '', 'Chip.de', 'Softonic']), []],
    ['First Name', (c, o, r, i) => nameOf(DE_FIRST, DE_LAST, i)[0], []],
    ['Last Name', (c, o, r, i) => nameOf(DE_FIRST, DE_LAST, i)[1], []],
    ['Company', (c, o, r, i) => (i % 3 === 1 ? row(DE_CO, i)[0] : ''), []],
    ['Email', (c, o, r, i) => mail(...nameOf(DE_FIRST, DE_LAST, i), v.pick(r, ['gmail.com', 'gmx.net', 'outlook.com'])), EMAIL_ID, opt],
    ['Country', (c, o, r, i) => row(['Germany', 'United States', 'Germany', 'United Kingdom', 'Austria', 'Switzerland'], i), [BILL('country')]],
    ['Language', (c, o, r, i) => row(['German', 'English', 'German', 'English', 'German', 'German'], i), [], opt],
    ['Customer IP', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Refund Amount', (c, o) => (+o.id % 11 === 5 ? n2(o.subtotal * 1.5 * 1.19) : ''), REFUND],
  ] },
]
