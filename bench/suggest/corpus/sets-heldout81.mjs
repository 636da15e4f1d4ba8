// Round 81, heldout81: held-out sets written blind (by a helper that never opened the suggester or a score), scored once
// at the end. Same format as sets.mjs (sources in ../README.md): header as the product exports it, one value generator
// per column in the product's formats, the accepted destinations ([] = nothing fits) and 'opt' for borderline columns.
// Products: German, Austrian and Swiss e-commerce platforms, marketplaces, POS and payment providers, headers in German
// (the products' own UI language; Swiss spelling for the Swiss tools): an Austrian payment gateway's transactions, a
// German cash-payment provider's payment slips, a German online-payment gateway's transactions, a Swiss invoice-payment
// provider's transactions, a German card acquirer's terminal transactions, a Berlin iPad POS's receipt lines, a German
// handmade marketplace's sales, a German B2B marketplace's supplier orders, a Swiss marketplace's merchant orders, a
// German SaaS shop's customers, a German delivery-restaurant system's customer file and a German invoicing tool's
// customer list.
import { E, P, B, v, at, HOME, ID, B2BID, OR, PL, SHIP, BILL, opt } from './sets.mjs'
import { pad, shift } from './values.mjs'
import { slug } from './values10.mjs'

// Central European time (Germany, Austria, Switzerland; summer time April-October by month, good enough here)
const day = 86400000
const dst = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 }
const cet = (ms) => shift(ms, dst(ms) ? 2 : 1)
const deDate = (ms) => { const p = cet(ms); return `${pad(p.d)}.${pad(p.m)}.${p.y}` }
const deTime = (ms) => { const p = cet(ms); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}` }
const deSec = (ms) => { const p = cet(ms); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const hms = (ms) => { const p = cet(ms); return `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const birthDe = (ms) => { const p = shift(ms, 0); return `${pad(p.d)}.${pad(p.m)}.${p.y}` }

// amounts: "1234,56" (plain German CSV), "1.234,56 €" (display), "1234.50" (Swiss exports)
const dez = (x) => x.toFixed(2).replace('.', ',')
const eur = (x) => `${x.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')} €`
const chf = (x) => x.toFixed(2)
const jaNein = (b) => (b ? 'Ja' : 'Nein')

const n = (x) => +String(x.id ?? x).replace(/\D/g, '').slice(-6) || 1
const h = (x, k) => (n(x) * k) % 1000003
const sel = (x, xs, k = 0) => xs[(n(x) + k) % xs.length]
const FEM = ['Anna', 'Lea', 'Sophie', 'Marie', 'Katharina', 'Ursula', 'Sabine']
const anrede = (c) => (FEM.includes(c.first) ? 'Frau' : 'Herr')
const mail = (c, domains) => `${slug(c.first)}.${slug(c.last)}${n(c) % 7 ? '' : n(c) % 90}@${sel(c, domains)}`

// Austrian and Swiss addresses and phones (names from the generator's German people)
const AT_CITY = [['Wien', '1070', 'Wien'], ['Graz', '8010', 'Steiermark'], ['Linz', '4020', 'Oberösterreich'], ['Salzburg', '5020', 'Salzburg'], ['Innsbruck', '6020', 'Tirol'], ['Klagenfurt', '9020', 'Kärnten'], ['Wien', '1100', 'Wien']]
const atMob = (c) => `+43 ${sel(c, ['664', '660', '676', '699'])} ${100000 + h(c, 31) % 899999}`
const CH_CITY = [['Zürich', '8004', 'ZH'], ['Bern', '3011', 'BE'], ['Basel', '4051', 'BS'], ['Luzern', '6003', 'LU'], ['St. Gallen', '9000', 'SG'], ['Winterthur', '8400', 'ZH'], ['Thun', '3600', 'BE'], ['Zug', '6300', 'ZG']]
const CH_STREET = ['Bahnhofstrasse', 'Seestrasse', 'Kramgasse', 'Dorfstrasse', 'Rosenweg', 'Zürcherstrasse', 'Hauptgasse', 'Bernstrasse']
const chc = (c) => CH_CITY[n(c) % CH_CITY.length]
const chStreet = (c) => `${CH_STREET[(n(c) >> 1) % CH_STREET.length]} ${1 + (n(c) % 90)}`
const chMob = (c) => `+41 ${sel(c, ['79', '78', '76', '77'])} ${100 + (n(c) % 899)} ${pad(n(c) % 100)} ${pad((n(c) >> 3) % 100)}`
const chMail = (c) => mail(c, ['bluewin.ch', 'gmx.ch', 'sunrise.ch', 'gmail.com', 'hispeed.ch'])

// ---------------------------------------------------------------- mPAY24 (Vienna): merchant interface transactions
const MP_TYPE = [['CC', 'VISA'], ['CC', 'MASTERCARD'], ['EPS', ''], ['PAYPAL', ''], ['CC', 'VISA'], ['ELV', ''], ['SOFORT', ''], ['CC', 'AMEX']]
const mpType = (o) => sel(o, MP_TYPE, 3)
const mpStatus = (o) => (n(o) % 13 === 0 ? 'CREDITED' : n(o) % 11 === 0 ? 'RESERVED' : n(o) % 17 === 0 ? 'ERROR' : 'BILLED')

// ---------------------------------------------------------------- Barzahlen / viacash: payment slips
const BZ_PARTNER = [['REWE', 'Hauptstraße 12, 10827 Berlin'], ['dm-drogerie markt', 'Schillerstr. 3, 80336 München'], ['Rossmann', 'Bahnhofstraße 40, 20095 Hamburg'], ['PENNY', 'Goethestraße 8, 50667 Köln'], ['Deutsche Post', 'Am Markt 1, 04109 Leipzig'], ['real', 'Gartenstraße 77, 70173 Stuttgart']]
const bzStatus = (o) => (n(o) % 5 === 0 ? 'abgelaufen' : n(o) % 7 === 0 ? 'storniert' : n(o) % 3 === 0 ? 'offen' : 'bezahlt')
const bzType = (o) => (n(o) % 19 === 0 ? 'Erstattung' : n(o) % 23 === 0 ? 'Auszahlung' : 'Zahlung')

// ---------------------------------------------------------------- GiroCheckout: GiroCockpit transactions
const GC_TYPE = ['giropay', 'Kreditkarte', 'SEPA-Lastschrift', 'paydirekt', 'Sofortüberweisung', 'giropay', 'eps', 'iDEAL']
const gcOk = (o) => n(o) % 9 !== 0
const DE_BANK = [['COBADEFFXXX', '37040044'], ['DEUTDEDBXXX', '10070024'], ['GENODEF1S04', '43060967'], ['BYLADEM1001', '12030000'], ['HYVEDEMMXXX', '70020270'], ['INGDDEFFXXX', '50010517']]
const iban = (c) => { const d = `${sel(c, DE_BANK)[1]}${String(1000000000 + (h(c, 13) * 977) % 8999999999).slice(0, 10)}`; return `DE${pad(10 + h(c, 7) % 89)}${d}`.replace(/(.{4})/g, '$1 ').trim() }

// ---------------------------------------------------------------- Swissbilling: transactions (invoice and instalments)
const SB_STATUS = ['Akzeptiert', 'Bezahlt', 'Bezahlt', 'Gemahnt', 'Bezahlt', 'Annulliert', 'Akzeptiert']
const sbAmount = (o) => +(o.total * 7.5 + 149).toFixed(2)

// ---------------------------------------------------------------- TeleCash (Fiserv): card terminal transactions
const TC_CARD = ['girocard', 'girocard', 'Mastercard', 'Visa', 'girocard', 'V PAY', 'Maestro', 'Visa']
const tcArt = (o) => (n(o) % 14 === 0 ? 'Storno' : n(o) % 19 === 0 ? 'Gutschrift' : 'Zahlung')
const tcOk = (o) => n(o) % 12 !== 0

// ---------------------------------------------------------------- POSPulse: a Berlin café's receipt lines
const PP_ART = [['101', 'Cappuccino', 'Heißgetränke', 3.6], ['102', 'Latte Macchiato', 'Heißgetränke', 3.9], ['210', 'Croissant', 'Backwaren', 2.2], ['305', 'Club Sandwich', 'Speisen', 8.9], ['401', 'Apfelschorle 0,4 l', 'Kaltgetränke', 3.5], ['502', 'Käsekuchen', 'Kuchen', 4.2], ['106', 'Flat White', 'Heißgetränke', 3.8]]
const ppArt = (o) => sel(o, PP_ART)
const ppQty = (o) => 1 + (n(o) % 3)
const ppLine = (o) => +(ppArt(o)[3] * ppQty(o)).toFixed(2)
const ppDisc = (o) => (n(o) % 8 === 0 ? +(ppLine(o) * 0.1).toFixed(2) : 0)
const ppBon = (o) => +(ppLine(o) - ppDisc(o) + 3.6 * (n(o) % 2)).toFixed(2)
const ppRate = (o) => (['Speisen', 'Backwaren', 'Kuchen'].includes(ppArt(o)[2]) && n(o) % 3 ? 7 : 19)

// ---------------------------------------------------------------- DaWanda: a seller's sales export
const DW_PROD = [['4711203', 'Genähte Wickeltasche "Pusteblume"', 'Farbe: Mint', 54.9], ['3980512', 'Makramee Blumenampel aus Baumwolle', 'Länge: 100 cm', 24.5], ['5120087', 'Gehäkelte Babymütze Senfgelb', 'Größe: 0-3 Monate', 16.0], ['4402931', 'Holzschild mit Wunschnamen', 'Holz: Eiche', 29.9], ['5018844', 'Kette Silber mit Mondstein', 'Kettenlänge: 45 cm', 39.0], ['3877410', 'Filzuntersetzer 4er-Set grau', '', 14.5]]
const dwProd = (o) => sel(o, DW_PROD)
const dwShip = (o) => (n(o) % 4 === 0 ? 0 : 4.9)
const dwTotal = (o) => +(dwProd(o)[3] * o.qty + dwShip(o)).toFixed(2)

// ---------------------------------------------------------------- Mercateo: supplier order export (one row per position)
const MC_ART = [['3M-7100123', 'Post-it Notes 76 x 76 mm gelb, 12 Blöcke', 'PK', 9.49], ['LEITZ-10105035', 'Leitz Ordner 180° A4 80 mm blau', 'C62', 2.89], ['HP-CF259A', 'HP 59A Original Toner schwarz', 'C62', 119.9], ['TORK-290163', 'Tork Rollenhandtuch H1 Advanced, 6 Rollen', 'PK', 64.5], ['FEL-4603201', 'Fellowes Aktenvernichter Powershred 8Cd', 'C62', 89.0], ['SCHN-13803', 'Schneider Kugelschreiber K15 blau, 50 Stück', 'PK', 12.4]]
const mcArt = (o) => sel(o, MC_ART)
const mcQty = (o) => sel(o, [2, 5, 10, 1, 3, 20])
const mcLine = (o) => +(mcArt(o)[3] * mcQty(o)).toFixed(2)
const mcShip = (o) => (mcLine(o) >= 50 ? 0 : 5.95)
const ORGS = ['Stadtwerke Fulda GmbH', 'Klinikum Mittelhessen gGmbH', 'Brandt Maschinenbau GmbH & Co. KG', 'Ingenieurbüro Hartmann', 'Schulverband Nordheide', 'Elektro Krause GmbH', 'Steuerkanzlei Vogel & Partner']
const org = (c) => sel(c, ORGS)
const orgMail = (c) => `${slug(c.first)[0]}.${slug(c.last)}@${slug(org(c)).slice(0, 12)}.de`

// ---------------------------------------------------------------- siroop (Swiss marketplace, 2016-2018): merchant orders
const SI_PROD = [['CH-NV-2201', '7640150901234', 'Nespresso Vertuo Next Kaffeemaschine, Anthrazit', 149.0], ['CH-VB-118', '7610800112230', 'Victorinox Taschenmesser Huntsman', 62.9], ['CH-KU-4402', '7611160020114', 'Kuhn Rikon Bratpfanne 28 cm', 79.0], ['CH-SI-9910', '7640129880019', 'Sigg Trinkflasche 0,75 l', 32.5], ['CH-FR-301', '7613356004217', 'Freitag Umhängetasche F12 Dragnet', 210.0], ['CH-LE-077', '7610400012887', 'Lindt Pralinés Geschenkbox 500 g', 38.9]]
const siProd = (o) => sel(o, SI_PROD)
const siLine = (o) => +(siProd(o)[3] * (1 + (n(o) % 2))).toFixed(2)
const siShip = (o) => (siLine(o) >= 50 ? 0 : 7.9)
const siStatus = (o) => sel(o, ['Versendet', 'Versendet', 'Bestätigt', 'Neu', 'Versendet', 'Storniert', 'Versendet'])

// ---------------------------------------------------------------- German delivery customers (Simply Delivery)
const SD_NOTE = ['', '', 'Bitte klingeln bei Müller/Schmidt', 'Hinterhaus, 2. Aufgang', '', 'Hund im Garten', 'Bitte nicht klingeln, Baby schläft']

export const SETS = [
  // ---------------------------------------------------------------- payments (mPAY24, Austria)
  { name: 'mpay24-transaktionen-at', product: 'mPAY24 (Merchant Interface: Transaktionen > Suche > Export CSV, German UI, a Vienna online wine shop taking cards, eps and PayPal)', family: 'payments', language: 'de', schema: E, cols: [
    ['mPAYTID', (c, o) => String(10000000 + (n(o) * 7919) % 89999999), ['_id', OR('payments[0].transactionID')]],
    ['TID', (c, o) => `WS${(h(o, 53) % 90000) + 10000}`, [OR('purchaseID')]],
    ['Datum', (c, o) => deSec(o.at), ['timestamp']],
    ['Status', (c, o) => mpStatus(o), [], opt],
    ['Zahlungssystem', (c, o) => mpType(o)[0], [OR('payments[0].paymentType')]],
    ['Marke', (c, o) => mpType(o)[1], [OR('payments[0].paymentType')], opt],
    ['Betrag', (c, o) => dez(o.total), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Gutgeschrieben', (c, o) => (mpStatus(o) === 'CREDITED' ? dez(o.total) : '0,00'), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['Währung', () => 'EUR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Kunde', (c) => c.full, []],
    ['Kunden-ID', (c) => (n(c) % 3 ? `K${c.id}` : ''), ['endUserIDs._experience.aacustomid.id'], opt],
    ['E-Mail', (c) => mail(c, ['gmx.at', 'aon.at', 'chello.at', 'gmail.com']), ['endUserIDs._experience.emailid.id'], opt],
    ['Bestellbeschreibung', (c, o) => `Bestellung WS${(h(o, 53) % 90000) + 10000}`, [], opt],
    ['Kartennummer', (c, o) => (mpType(o)[0] === 'CC' ? `${mpType(o)[1] === 'AMEX' ? '3xxxxxxxxxx' : '4xxxxxxxxxxx'}${pad(h(o, 29) % 10000, 4)}` : ''), []],
    ['Profil', (c) => (n(c) % 4 === 0 ? 'J' : 'N'), []],
    ['IP-Adresse', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Sprache', () => 'DE', [], opt],
    ['Händler-ID', () => '93715', [], opt],
    ['Abgerechnet am', (c, o) => (mpStatus(o) === 'BILLED' ? deDate(o.at + day) : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- payments (Barzahlen / viacash, Germany)
  { name: 'barzahlen-zahlscheine-export-de', product: 'Barzahlen / viacash (viafintech Control Center: Zahlscheine > Export CSV, German UI, a Berlin electronics web shop letting customers pay cash at the till)', family: 'payments', language: 'de', schema: E, cols: [
    ['Zahlschein-ID', (c, o, r) => `slp-${v.uuid(r)}`, ['_id', OR('payments[0].transactionID')]],
    ['Typ', (c, o) => bzType(o), [], opt],
    ['Referenz', (c, o) => `B-${200000 + h(o, 61) % 700000}`, [OR('purchaseID')]],
    ['Kundenkennung', (c) => `KD${c.id}`, ['endUserIDs._experience.aacustomid.id'], opt],
    ['E-Mail', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Mobilnummer', (c) => (n(c) % 3 ? c.mobile.replace(/\s/g, '') : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Betrag', (c, o) => dez(o.total), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Währung', () => 'EUR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Status', (c, o) => bzStatus(o), [], opt],
    ['Erstellt am', (c, o) => deTime(o.at), ['timestamp']],
    ['Bezahlt am', (c, o) => (bzStatus(o) === 'bezahlt' ? deTime(o.at + (1 + n(o) % 5) * day + 3600000) : ''), [], opt],
    ['Gültig bis', (c, o) => deDate(o.at + 10 * day), []],
    ['Einzelhandelspartner', (c, o) => (bzStatus(o) === 'bezahlt' ? sel(o, BZ_PARTNER)[0] : ''), []],
    ['Filialadresse', (c, o) => (bzStatus(o) === 'bezahlt' ? sel(o, BZ_PARTNER)[1] : ''), []],
    ['Erstattung für', (c, o) => (bzType(o) === 'Erstattung' ? `slp-${String(h(o, 97)).padStart(8, '0')}-5e1c-4b7a-9f2d-0c41a7e8b${pad(n(o) % 1000, 3)}` : ''), [], opt],
    ['Sprache', () => 'de-DE', []],
    ['Division', () => 'Webshop', ['commerce.commerceScope.storeCode'], opt],
    ['Gebühr', (c, o) => dez(+(o.total * 0.02 + 0.25).toFixed(2)), []],
  ] },

  // ---------------------------------------------------------------- payments (GiroCheckout, Germany)
  { name: 'girocheckout-transaktionen-de', product: 'GiroCheckout (GiroSolution; GiroCockpit: Transaktionen > Export, CSV, German UI, a Münster bicycle-parts web shop with giropay, paydirekt, cards and SEPA direct debit)', family: 'payments', language: 'de', schema: E, cols: [
    ['Referenz', (c, o, r) => v.uuid(r), ['_id', OR('payments[0].transactionID')]],
    ['Händler-Transaktions-ID', (c, o) => String(700000 + h(o, 41) % 299999), [OR('purchaseID')]],
    ['Projekt', () => 'Radteile-Shop', ['commerce.commerceScope.storeCode'], opt],
    ['Zahlungsart', (c, o) => sel(o, GC_TYPE, 1), [OR('payments[0].paymentType')]],
    ['Datum', (c, o) => deSec(o.at), ['timestamp']],
    ['Betrag', (c, o) => dez(o.total), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Währung', () => 'EUR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Verwendungszweck', (c, o) => `Best. ${700000 + h(o, 41) % 299999}`, [], opt],
    ['Ergebniscode', (c, o) => (gcOk(o) ? '4000' : sel(o, ['4900', '4502', '4503'])), []],
    ['Ergebnis', (c, o) => (gcOk(o) ? 'Transaktion erfolgreich' : 'Transaktion abgelehnt'), [], opt],
    ['Backend-Transaktions-ID', (c, o) => (gcOk(o) ? `${String(h(o, 83)).padStart(7, '0')}${pad(n(o) % 100)}` : ''), [OR('payments[0].transactionID')], opt],
    ['Kontoinhaber', (c, o) => (['giropay', 'SEPA-Lastschrift'].includes(sel(o, GC_TYPE, 1)) ? c.full : ''), []],
    ['IBAN', (c, o) => (sel(o, GC_TYPE, 1) === 'SEPA-Lastschrift' ? iban(c) : ''), []],
    ['BIC', (c, o) => (['giropay', 'SEPA-Lastschrift'].includes(sel(o, GC_TYPE, 1)) ? sel(c, DE_BANK)[0] : ''), []],
    ['Kartennummer', (c, o) => (sel(o, GC_TYPE, 1) === 'Kreditkarte' ? `${sel(o, ['4', '5'])}*** **** **** ${pad(h(o, 19) % 10000, 4)}` : ''), []],
    ['Erstattet', (c, o) => (n(o) % 15 === 0 ? dez(o.total) : '0,00'), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['Status', (c, o) => (!gcOk(o) ? 'fehlgeschlagen' : n(o) % 15 === 0 ? 'erstattet' : 'erfolgreich'), [], opt],
  ] },

  // ---------------------------------------------------------------- payments (Swissbilling, Switzerland)
  { name: 'swissbilling-transaktionen-ch', product: 'Swissbilling (Händlerportal: Transaktionen > Export Excel/CSV, Swiss German UI, a Lucerne furniture web shop selling on invoice and instalments)', family: 'payments', language: 'de', schema: E, cols: [
    ['Transaktions-Nr.', (c, o) => `SB${String(3000000 + h(o, 73) % 999999)}`, ['_id', OR('payments[0].transactionID')]],
    ['Bestell-Nr.', (c, o) => String(50000 + h(o, 43) % 49999), [OR('purchaseID')]],
    ['Datum', (c, o) => deDate(o.at), ['timestamp'], opt],
    ['Status', (c, o) => sel(o, SB_STATUS), [], opt],
    ['Zahlungsart', (c, o) => sel(o, ['Rechnung', 'Rechnung', 'Ratenzahlung 6 Monate', 'Rechnung', 'Ratenzahlung 12 Monate']), [OR('payments[0].paymentType')]],
    ['Anrede', (c) => anrede(c), []],
    ['Vorname', (c) => c.first, []],
    ['Nachname', (c) => c.last, []],
    ['Firma', (c) => (n(c) % 6 === 0 ? 'Schreinerei Amstutz AG' : ''), []],
    ['Strasse', (c) => chStreet(c), [BILL('street1')]],
    ['PLZ', (c) => chc(c)[1], [BILL('postalCode')]],
    ['Ort', (c) => chc(c)[0], [BILL('city')]],
    ['Land', () => 'CH', [BILL('countryCode')]],
    ['E-Mail', (c) => chMail(c), ['endUserIDs._experience.emailid.id'], opt],
    ['Telefon', (c) => chMob(c), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Geburtsdatum', (c) => birthDe(c.birth), []],
    ['Betrag CHF', (c, o) => chf(sbAmount(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Versandkosten CHF', (c, o) => chf(n(o) % 3 ? 0 : 49), ['commerce.shipping.shippingAmount']],
    ['Fällig am', (c, o) => deDate(o.at + 30 * day), []],
    ['Bezahlt am', (c, o) => (sel(o, SB_STATUS) === 'Bezahlt' ? deDate(o.at + (12 + n(o) % 15) * day) : ''), [], opt],
    ['Offener Betrag CHF', (c, o) => chf(sel(o, SB_STATUS) === 'Bezahlt' || sel(o, SB_STATUS) === 'Annulliert' ? 0 : sbAmount(o)), []],
    ['Gebühr CHF', (c, o) => chf(+(sbAmount(o) * 0.029).toFixed(2)), []],
    ['Shop', () => 'wohnwerk-luzern.ch', ['commerce.commerceScope.storeCode'], opt],
  ] },

  // ---------------------------------------------------------------- POS card payments (TeleCash / Fiserv, Germany)
  { name: 'telecash-transaktionsuebersicht-de', product: 'TeleCash (Fiserv Deutschland; TeleCash Online-Portal: Transaktionen > Transaktionsübersicht > Export CSV, German UI, a Hamburg shoe retailer with three card terminals)', family: 'pos', language: 'de', schema: E, cols: [
    ['Händlernummer', () => '455012377', [], opt],
    ['Terminal-ID', (c, o) => sel(o, ['62104471', '62104472', '62104480']), []],
    ['Filiale', (c, o) => sel(o, ['Hamburg Mönckebergstraße', 'Hamburg Mönckebergstraße', 'Hamburg Altona']), ['commerce.commerceScope.storeCode'], opt],
    ['Transaktionsdatum', (c, o) => deDate(o.at), ['timestamp'], opt],
    ['Uhrzeit', (c, o) => hms(o.at), []],
    ['Transaktionsart', (c, o) => tcArt(o), [], opt],
    ['Kartenart', (c, o) => sel(o, TC_CARD, 2), [OR('payments[0].paymentType')]],
    ['Kartennummer', (c, o) => `${({ girocard: '6726', Mastercard: '5232', Visa: '4921', 'V PAY': '4871', Maestro: '6799' })[sel(o, TC_CARD, 2)]}XXXXXXXX${pad(h(o, 23) % 10000, 4)}`, []],
    ['Betrag', (c, o) => dez(tcArt(o) === 'Zahlung' ? o.total : -o.total), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Währung', () => 'EUR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Trace-Nr.', (c, o) => pad(h(o, 11) % 1000000, 6), [OR('payments[0].transactionID')], opt],
    ['Beleg-Nr.', (c, o) => pad(h(o, 5) % 10000, 4), [OR('payments[0].transactionID'), '_id'], opt],
    ['Genehmigungsnummer', (c, o) => (tcOk(o) ? pad(h(o, 37) % 1000000, 6) : ''), []],
    ['Eingabeart', (c, o) => sel(o, ['kontaktlos', 'kontaktlos', 'Chip', 'kontaktlos', 'Magnetstreifen'], 1), []],
    ['Status', (c, o) => (tcOk(o) ? 'genehmigt' : 'abgelehnt'), [], opt],
    ['Einreichungsdatum', (c, o) => deDate(o.at + day), [], opt],
    ['Gutschriftsdatum', (c, o) => deDate(o.at + 3 * day), [], opt],
    ['Entgelt', (c, o) => dez(+(o.total * (sel(o, TC_CARD, 2) === 'girocard' ? 0.003 : 0.0095)).toFixed(2)), []],
    ['Auszahlungsbetrag', (c, o) => dez(+(o.total * 0.992).toFixed(2)), []],
  ] },

  // ---------------------------------------------------------------- POS receipt lines (POSPulse, Berlin)
  { name: 'pospulse-belege-export-de', product: 'POSPulse (Backoffice: Berichte > Belege > Export CSV, one row per receipt line, German UI, a Berlin-Kreuzberg café with two iPad tills)', family: 'pos', language: 'de', schema: E, cols: [
    ['Belegnummer', (c, o) => String(10000 + h(o, 13) % 90000), [OR('purchaseID')]],
    ['Datum', (c, o) => deTime(o.at), ['timestamp', OR('createdDate')]],
    ['Kasse', (c, o) => sel(o, ['iPad Theke', 'iPad Terrasse']), []],
    ['Filiale', () => 'Café Wiener Straße', ['commerce.commerceScope.storeCode'], opt],
    ['Mitarbeiter', (c, o) => sel(o, ['Mehmet', 'Jana', 'Lukas', 'Svenja']), []],
    ['Tisch', (c, o) => (n(o) % 3 ? String(1 + n(o) % 14) : ''), []],
    ['Artikelnummer', (c, o) => ppArt(o)[0], [PL('SKU')]],
    ['Artikel', (c, o) => ppArt(o)[1], [PL('name')]],
    ['Warengruppe', (c, o) => ppArt(o)[2], [PL('productCategories[0].categoryName')]],
    ['Menge', (c, o) => String(ppQty(o)), [PL('quantity')]],
    ['Einzelpreis', (c, o) => dez(ppArt(o)[3]), [], opt],
    ['Gesamtpreis', (c, o) => dez(ppLine(o)), [PL('priceTotal')]],
    ['Rabatt', (c, o) => dez(ppDisc(o)), [PL('discountAmount')], opt],
    ['MwSt-Satz', (c, o) => `${ppRate(o)} %`, []],
    ['MwSt-Betrag', (c, o) => dez(+((ppLine(o) - ppDisc(o)) * ppRate(o) / (100 + ppRate(o))).toFixed(2)), [], opt],
    ['Belegsumme', (c, o) => dez(ppBon(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Zahlungsart', (c, o) => sel(o, ['Bar', 'EC-Karte', 'Bar', 'Kreditkarte', 'EC-Karte', 'Gutschein']), [OR('payments[0].paymentType')]],
    ['Trinkgeld', (c, o) => dez(n(o) % 4 ? 0 : 0.5 * (1 + n(o) % 4)), []],
    ['Storno', (c, o) => jaNein(n(o) % 29 === 0), []],
    ['TSE-Transaktionsnummer', (c, o) => String(50000 + h(o, 3) % 40000), []],
    ['TSE-Signaturzähler', (c, o) => String(120000 + h(o, 9) % 80000), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (DaWanda, Berlin; closed 2018)
  { name: 'dawanda-verkaeufe-csv-de', product: 'DaWanda (Mein DaWanda > Verkäufe > Verkäufe exportieren (CSV), one row per sold item, German UI, a Leipzig seller of sewn and crocheted goods; the marketplace closed in 2018)', family: 'ecommerce-orders', language: 'de', schema: E, cols: [
    ['Bestellnummer', (c, o) => String(21000000 + h(o, 131) % 900000), [OR('purchaseID')]],
    ['Bestelldatum', (c, o) => deTime(o.at), ['timestamp', OR('createdDate')]],
    ['Käufer', (c) => `${slug(c.first)}${slug(c.last).slice(0, 3)}${n(c) % 100}`, [], opt],
    ['Vorname', (c) => c.first, []],
    ['Nachname', (c) => c.last, []],
    ['E-Mail', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Straße', (c) => c.street, [SHIP('street1'), BILL('street1')]],
    ['Adresszusatz', (c) => (n(c) % 5 === 0 ? `c/o ${c.last}` : ''), [SHIP('street2'), BILL('street2')], opt],
    ['PLZ', (c) => c.postcode, [SHIP('postalCode'), BILL('postalCode')]],
    ['Ort', (c) => c.city, [SHIP('city'), BILL('city')]],
    ['Land', () => 'Deutschland', [SHIP('country'), BILL('country')]],
    ['Produkt-ID', (c, o) => dwProd(o)[0], [PL('SKU')]],
    ['Produkt', (c, o) => dwProd(o)[1], [PL('name')]],
    ['Variante', (c, o) => dwProd(o)[2], ['productListItems[0].selectedOptions[0].value'], opt],
    ['Anzahl', (c, o) => String(o.qty), [PL('quantity')]],
    ['Preis', (c, o) => dez(dwProd(o)[3]), [], opt],
    ['Versandkosten', (c, o) => dez(dwShip(o)), ['commerce.shipping.shippingAmount']],
    ['Gesamtsumme', (c, o) => dez(dwTotal(o)), [OR('priceTotal')]],
    ['Währung', () => 'EUR', [OR('currencyCode')]],
    ['Zahlungsart', (c, o) => sel(o, ['PayPal', 'Überweisung', 'PayPal', 'Kreditkarte', 'Sofortüberweisung']), [OR('payments[0].paymentType')]],
    ['Bezahlt', (c, o) => jaNein(n(o) % 6 !== 0), []],
    ['Versendet', (c, o) => jaNein(n(o) % 4 !== 0), []],
    ['Versanddatum', (c, o) => (n(o) % 4 !== 0 ? deDate(o.at + 2 * day) : ''), ['commerce.shipping.shipDate'], opt],
    ['Gutscheincode', (c, o) => (o.coupon ? 'DAWANDA10' : ''), ['commerce.promotionID'], opt],
    ['Nachricht an Verkäufer', (c, o) => sel(o, ['', '', 'Bitte als Geschenk verpacken :)', '', 'Geht der Versand bis Freitag noch raus?']), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Mercateo / Unite, B2B marketplace)
  { name: 'mercateo-lieferanten-bestellungen-de', product: 'Mercateo (Unite Network; supplier back office: Bestellungen > Bestellübersicht > CSV-Export, one row per order position, German UI, a Kassel office-supplies wholesaler selling to companies and public bodies)', family: 'ecommerce-orders', language: 'de', schema: E, cols: [
    ['Bestellnummer', (c, o) => `MC${41000000 + h(o, 211) % 900000}`, [OR('purchaseID')]],
    ['Bestelldatum', (c, o) => deTime(o.at), ['timestamp', OR('createdDate')]],
    ['Kundenbestellnummer', (c, o) => (n(o) % 3 ? `BE-${pad(h(o, 7) % 100000, 5)}` : ''), [OR('purchaseOrderNumber')]],
    ['Kundennummer', (c) => `K${300000 + h(c, 19) % 99999}`, ['endUserIDs._experience.aacustomid.id'], opt],
    ['Firma', (c) => org(c), []],
    ['Besteller', (c) => `${c.first} ${c.last}`, []],
    ['E-Mail Besteller', (c) => orgMail(c), ['endUserIDs._experience.emailid.id'], opt],
    ['Telefon Besteller', (c) => c.phone, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Rechnungsanschrift Straße', (c) => c.street, [BILL('street1')]],
    ['Rechnungsanschrift PLZ', (c) => c.postcode, [BILL('postalCode')]],
    ['Rechnungsanschrift Ort', (c) => c.city, [BILL('city')]],
    ['Rechnungsanschrift Land', () => 'DE', [BILL('countryCode')]],
    ['Lieferanschrift Straße', (c, o) => (n(o) % 4 ? c.street : 'Industriestraße 14, Tor 3'), [SHIP('street1')]],
    ['Lieferanschrift PLZ', (c) => c.postcode, [SHIP('postalCode')]],
    ['Lieferanschrift Ort', (c) => c.city, [SHIP('city')]],
    ['Lieferanschrift Land', () => 'DE', [SHIP('countryCode')]],
    ['Position', (c, o) => String(1 + n(o) % 4), []],
    ['SUPPLIER_AID', (c, o) => mcArt(o)[0], [PL('SKU')]],
    ['Artikelbezeichnung', (c, o) => mcArt(o)[1], [PL('name')]],
    ['Menge', (c, o) => String(mcQty(o)), [PL('quantity')]],
    ['ORDER_UNIT', (c, o) => mcArt(o)[2], [PL('unitOfMeasureCode')]],
    ['Einzelpreis netto', (c, o) => dez(mcArt(o)[3]), [], opt],
    ['Positionswert netto', (c, o) => dez(mcLine(o)), [PL('priceTotal')]],
    ['Versandkosten netto', (c, o) => dez(mcShip(o)), ['commerce.shipping.shippingAmount']],
    ['MwSt.', (c, o) => dez(+((mcLine(o) + mcShip(o)) * 0.19).toFixed(2)), [OR('taxAmount')], opt],
    ['Bestellwert brutto', (c, o) => dez(+((mcLine(o) + mcShip(o)) * 1.19).toFixed(2)), [OR('priceTotal')]],
    ['Zahlungsart', (c, o) => sel(o, ['Rechnung', 'Rechnung', 'Kreditkarte', 'Rechnung', 'Lastschrift']), [OR('payments[0].paymentType')]],
    ['Lieferzeit (Arbeitstage)', (c, o) => String(1 + n(o) % 5), []],
    ['Status', (c, o) => sel(o, ['versendet', 'bestätigt', 'versendet', 'neu', 'storniert', 'versendet']), [], opt],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (siroop, Swiss marketplace)
  { name: 'siroop-haendler-bestellungen-ch', product: 'siroop (Swiss marketplace of Coop and Swisscom, 2016-2018; Merchant Center: Bestellungen > Export CSV, Swiss German UI, a Bern kitchenware and gifts merchant)', family: 'ecommerce-orders', language: 'de', schema: E, cols: [
    ['Bestell-Nr.', (c, o) => `SR-${1700000 + h(o, 89) % 300000}`, [OR('purchaseID')]],
    ['Bestelldatum', (c, o) => deTime(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o) => siStatus(o), [], opt],
    ['Artikel-Nr. Händler', (c, o) => siProd(o)[0], [PL('SKU')]],
    ['EAN', (c, o) => siProd(o)[1], [PL('SKU')], opt],
    ['Produktname', (c, o) => siProd(o)[2], [PL('name')]],
    ['Menge', (c, o) => String(1 + (n(o) % 2)), [PL('quantity')]],
    ['Stückpreis CHF', (c, o) => chf(siProd(o)[3]), [], opt],
    ['Total Position CHF', (c, o) => chf(siLine(o)), [PL('priceTotal')]],
    ['Versandkosten CHF', (c, o) => chf(siShip(o)), ['commerce.shipping.shippingAmount']],
    ['Bestelltotal CHF', (c, o) => chf(siLine(o) + siShip(o)), [OR('priceTotal')]],
    ['Kommission CHF', (c, o) => chf(+(siLine(o) * 0.12).toFixed(2)), []],
    ['Anrede', (c) => anrede(c), []],
    ['Vorname', (c) => c.first, []],
    ['Nachname', (c) => c.last, []],
    ['Lieferadresse Strasse', (c) => chStreet(c), [SHIP('street1')]],
    ['Lieferadresse PLZ', (c) => chc(c)[1], [SHIP('postalCode')]],
    ['Lieferadresse Ort', (c) => chc(c)[0], [SHIP('city')]],
    ['Lieferadresse Land', () => 'Schweiz', [SHIP('country')]],
    ['E-Mail', (c) => chMail(c), ['endUserIDs._experience.emailid.id'], opt],
    ['Telefon', (c) => chMob(c), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Versanddienstleister', (c, o) => sel(o, ['Die Post', 'Die Post', 'DPD', 'Planzer']), ['commerce.shipping.shippingMethod']],
    ['Sendungsnummer', (c, o) => (siStatus(o) === 'Versendet' ? `99.60.${pad(h(o, 3) % 1000000, 6)}.${pad(h(o, 7) % 100000000, 8)}` : ''), ['commerce.shipping.trackingNumber']],
    ['Versanddatum', (c, o) => (siStatus(o) === 'Versendet' ? deDate(o.at + day) : ''), ['commerce.shipping.shipDate'], opt],
  ] },

  // ---------------------------------------------------------------- e-commerce customers (VersaCommerce, Germany)
  { name: 'versacommerce-kunden-export-de', product: 'VersaCommerce (Shop-Admin: Kunden > Exportieren, CSV, German UI, a Hamburg tea and spices online shop)', family: 'ecommerce-customers', language: 'de', schema: P, cols: [
    ['Kundennummer', (c) => String(10000 + h(c, 17) % 89999), ID],
    ['Anrede', (c) => anrede(c), ['person.name.courtesyTitle']],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Firma', (c) => (n(c) % 7 === 0 ? 'Teehaus Krüger GbR' : ''), ['organizations[0]'], opt],
    ['E-Mail', (c) => c.email, ['personalEmail.address']],
    ['Telefon', (c) => (n(c) % 2 ? c.phone : c.mobile), ['homePhone.number', 'mobilePhone.number']],
    ['Straße', (c) => c.street, at(HOME, 'street1')],
    ['Adresszusatz', (c) => (n(c) % 6 === 0 ? '3. OG links' : ''), at(HOME, 'street2')],
    ['PLZ', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Ort', (c) => c.city, at(HOME, 'city')],
    ['Bundesland', (c) => c.region, [...at(HOME, 'state'), ...at(HOME, 'stateProvince')], opt],
    ['Land', () => 'Deutschland', at(HOME, 'country')],
    ['Geburtsdatum', (c) => (n(c) % 3 ? birthDe(c.birth) : ''), ['person.birthDate']],
    ['Newsletter', (c) => jaNein(c.bool), [], opt],
    ['Kundengruppe', (c) => sel(c, ['Endkunde', 'Endkunde', 'Stammkunde', 'Wiederverkäufer']), []],
    ['Anzahl Bestellungen', (c) => String(1 + n(c) % 9), []],
    ['Umsatz', (c) => dez(19.9 * (1 + n(c) % 9) + (n(c) % 37)), ['loyalty.lifetimePurchases'], opt],
    ['Registriert am', (c) => deTime(c.created), [], opt],
    ['Letzte Bestellung', (c) => deDate(c.updated), [], opt],
    ['USt-IdNr.', (c) => (n(c) % 7 === 0 ? `DE${300000000 + h(c, 3) % 99999999}` : ''), [], opt],
    ['Notiz', (c) => sel(c, ['', '', '', 'Nur DHL-Packstation', 'Probenpaket beilegen']), []],
    ['Aktiv', (c) => jaNein(n(c) % 15 !== 0), []],
  ] },

  // ---------------------------------------------------------------- e-commerce customers (Simply Delivery, delivery restaurants)
  { name: 'simplydelivery-kundenstamm-de', product: 'Simply Delivery (SimplyDelivery Backoffice: Kunden > Kundenstamm exportieren, CSV, German UI, a Cologne pizza delivery service taking phone and web orders)', family: 'ecommerce-customers', language: 'de', schema: P, cols: [
    ['Kundennummer', (c) => String(1000 + h(c, 7) % 8999), ID],
    ['Telefon', (c) => (n(c) % 2 ? c.phone.replace('+49 ', '0') : c.mobile.replace('+49 ', '0')), ['homePhone.number', 'mobilePhone.number']],
    ['Telefon 2', (c) => (n(c) % 4 === 1 ? c.mobile.replace('+49 ', '0') : ''), ['mobilePhone.number', 'homePhone.number'], opt],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Firma', (c) => (n(c) % 9 === 0 ? 'Kanzlei Berger' : ''), ['organizations[0]'], opt],
    ['Straße', (c) => c.street.replace(/ \d+$/, ''), at(HOME, 'street1')],
    ['Hausnummer', (c) => c.street.replace(/^.* (\d+)$/, '$1'), [], opt],
    ['PLZ', (c) => sel(c, ['50667', '50674', '50823', '50933', '51063']), at(HOME, 'postalCode')],
    ['Ort', () => 'Köln', at(HOME, 'city')],
    ['Ortsteil', (c) => sel(c, ['Altstadt-Nord', 'Neustadt-Süd', 'Ehrenfeld', 'Lindenthal', 'Mülheim']), [], opt],
    ['Etage', (c) => (n(c) % 3 ? `${n(c) % 5}. OG` : ''), at(HOME, 'street2'), opt],
    ['Lieferhinweis', (c) => sel(c, SD_NOTE), []],
    ['E-Mail', (c) => (n(c) % 3 ? c.email : ''), ['personalEmail.address']],
    ['Geburtsdatum', (c) => (n(c) % 4 === 0 ? birthDe(c.birth) : ''), ['person.birthDate']],
    ['Anzahl Bestellungen', (c) => String(1 + n(c) % 40), []],
    ['Umsatz', (c) => eur(+(23.5 * (1 + n(c) % 40)).toFixed(2)), ['loyalty.lifetimePurchases'], opt],
    ['Erste Bestellung', (c) => deDate(c.created), [], opt],
    ['Letzte Bestellung', (c) => deDate(Math.max(c.created, c.updated)), [], opt],
    ['Treuepunkte', (c) => String(n(c) % 250), ['loyalty.points'], opt],
    ['Kundenrabatt (%)', (c) => (n(c) % 10 === 0 ? '10' : '0'), []],
    ['Gesperrt', (c) => jaNein(n(c) % 31 === 0), []],
    ['Newsletter', (c) => jaNein(n(c) % 3 === 0), [], opt],
  ] },

  // ---------------------------------------------------------------- invoicing (WISO MeinBüro, Buhl)
  { name: 'wiso-meinbuero-kunden-export-de', product: 'WISO MeinBüro (Buhl Data Service; Stammdaten > Kunden > Export, Excel/CSV, German UI, a Siegen IT-service freelancer invoicing small companies)', family: 'invoicing', language: 'de', schema: B, cols: [
    ['Kunden-Nr.', (c) => String(10000 + h(c, 11) % 899), [...B2BID, 'b2b.accountID', 'b2b.accountKey.sourceID']],
    ['Firma', (c) => org(c), ['b2b.companyName', 'organizations[0]']],
    ['Zusatz', (c) => (n(c) % 5 === 0 ? 'Abt. Einkauf' : ''), [], opt],
    ['Anrede', (c) => anrede(c), ['person.name.courtesyTitle']],
    ['Titel', (c) => (n(c) % 8 === 0 ? 'Dr.' : ''), [], opt],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Name', (c) => c.last, ['person.name.lastName']],
    ['Straße', (c) => c.street, ['workAddress.street1', 'billingAddress.street1']],
    ['PLZ', (c) => c.postcode, ['workAddress.postalCode', 'billingAddress.postalCode']],
    ['Ort', (c) => c.city, ['workAddress.city', 'billingAddress.city']],
    ['Land', () => 'Deutschland', ['workAddress.country', 'billingAddress.country']],
    ['Telefon', (c) => c.phone, ['workPhone.number']],
    ['Telefax', (c) => (n(c) % 3 === 0 ? c.phone.replace(/\d$/, '9') : ''), ['faxPhone.number']],
    ['Mobil', (c) => (n(c) % 2 ? c.mobile : ''), ['mobilePhone.number']],
    ['E-Mail', (c) => orgMail(c), ['workEmail.address']],
    ['Internet', (c) => `www.${slug(org(c)).slice(0, 12)}.de`, ['b2b.companyWebsite']],
    ['USt-IdNr.', (c) => (n(c) % 4 ? `DE${200000000 + h(c, 29) % 99999999}` : ''), [], opt],
    ['Kundenkategorie', (c) => sel(c, ['Stammkunde', 'Neukunde', 'Öffentlicher Auftraggeber', 'Stammkunde']), [], opt],
    ['Preisliste', () => 'Standard', []],
    ['Rabatt (%)', (c) => (n(c) % 6 === 0 ? '5,00' : '0,00'), []],
    ['Zahlungsbedingung', (c) => sel(c, ['14 Tage netto', '30 Tage netto', '8 Tage 2 % Skonto, 30 Tage netto']), []],
    ['IBAN', (c) => (n(c) % 3 ? iban(c) : ''), []],
    ['BIC', (c) => (n(c) % 3 ? sel(c, DE_BANK)[0] : ''), []],
    ['Kreditlimit', (c) => (n(c) % 5 === 0 ? '5.000,00' : ''), []],
    ['Auslandskunde', () => 'Nein', []],
    ['Anmerkungen', (c) => sel(c, ['', '', 'Rechnungen nur per E-Mail', 'Wartungsvertrag seit 2021', '']), []],
    ['Angelegt am', (c) => deDate(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Geändert am', (c) => deDate(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },
]
