// Round 78, tune78: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). German-language marketplace seller, web-shop and POS order/customer exports
// from Germany, Austria and Switzerland (Mirakl marketplaces, restaurant and retail tills), headers in German
// (orderbird's sales split is exported with English column names, as the product writes it).
import { E, P, v, at, PL, OR, SHIP, BILL, HOME, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

// "22.05.2024", "22.05.2024 14:31", "22.05.2024 14:31:07" (Berlin/Vienna/Zurich, +1/+2), "2024-05-22T14:31:07+02:00"
const dmy = (ms, h = 1) => { const p = shift(ms, h); return `${pad(p.d)}.${pad(p.m)}.${p.y}` }
const dmyHM = (ms, h = 1) => { const p = shift(ms, h); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}` }
const dmyHMS = (ms, h = 1) => { const p = shift(ms, h); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const hm = (ms, h = 1) => { const p = shift(ms, h); return `${pad(p.H)}:${pad(p.M)}` }
const ymd = (ms, h = 1) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const isoOff = (ms, h = 1) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)}T${pad(p.H)}:${pad(p.M)}:${pad(p.S)}+${pad(h)}:00` }
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
const day = 86400000
// "1.234,56", "1234,56", "12.34"
const de = (n) => n.toFixed(2).replace('.', ',')
const deT = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d),)/g, '.')
const deEur = (n) => `${deT(n)} €`
const ch = (n) => n.toFixed(2)
const jn = (b) => (b ? 'Ja' : 'Nein')

const AT_ADDR = [['Mariahilfer Straße 88', 'Wien', '1070'], ['Herrengasse 12', 'Graz', '8010'], ['Landstraße 41', 'Linz', '4020'], ['Getreidegasse 9', 'Salzburg', '5020'], ['Maria-Theresien-Straße 18', 'Innsbruck', '6020']]
const CH_ADDR = [['Bahnhofstrasse 21', 'Zürich', '8001', 'ZH'], ['Marktgasse 14', 'Bern', '3011', 'BE'], ['Freie Strasse 35', 'Basel', '4001', 'BS'], ['Rue du Rhône 60', 'Genève', '1204', 'GE'], ['Pilatusstrasse 7', 'Luzern', '6003', 'LU']]
const ELECTRONICS = [['4016138987652', 'USB-C Ladegerät 65 W', 'Computer & Büro > Zubehör', 34.99], ['4250366863341', 'LED-Schreibtischleuchte dimmbar', 'Haus & Garten > Beleuchtung', 49.9], ['4006381333931', 'Lötstation 80 W digital', 'Werkzeug > Löttechnik', 89.0], ['8806094935134', 'Bluetooth-Kopfhörer Over-Ear', 'TV & Audio > Kopfhörer', 79.95], ['4250091733483', 'Smart-Steckdose WLAN 2er-Set', 'Smart Home > Steckdosen', 24.99]]
const BEAUTY = [['3614272049529', 'Eau de Parfum 50 ml', 'Düfte > Damendüfte', 69.95], ['4005900845214', 'Feuchtigkeitscreme 50 ml', 'Pflege > Gesichtspflege', 18.99], ['3600523816093', 'Mascara Volume Black', 'Make-up > Augen', 12.95], ['4058172345612', 'Haaröl Argan 100 ml', 'Haare > Haarpflege', 22.5], ['3337875597180', 'Sonnenfluid LSF 50', 'Pflege > Sonnenschutz', 19.9]]
const FOOD = [['Schnitzel Wiener Art', 'Speisen', 16.9], ['Weißbier 0,5 l', 'Getränke', 4.8], ['Apfelschorle 0,4 l', 'Getränke', 3.6], ['Käsespätzle', 'Speisen', 13.5], ['Cappuccino', 'Heißgetränke', 3.4], ['Kaiserschmarrn', 'Desserts', 9.8], ['Flammkuchen Elsässer Art', 'Speisen', 11.9]]
const SHOPITEMS = [['Strickmütze Merino', 'Accessoires', 29.9], ['Leinen-Geschirrtuch', 'Wohnen', 12.5], ['Notizbuch A5 dotted', 'Papeterie', 14.0], ['Duftkerze Zirbe', 'Wohnen', 19.9], ['Lederbörse braun', 'Accessoires', 49.0]]
const WAITERS = ['Anna', 'Tobias', 'Lena K.', 'Chef', 'Marco', 'Aushilfe 2']
const nm = (c) => `${c.first} ${c.last}`
const anrede = (c) => (c.female ? 'Frau' : 'Herr')
const gross = (p, q) => +(p * q).toFixed(2)

export const SETS = [
  // ---------------------------------------------------------------- Conrad Marketplace (Mirakl back office: Bestellungen > Export CSV)
  { name: 'conrad-marketplace-bestellungen-de', product: 'Conrad Marketplace (Mirakl seller back office: Bestellungen > Bestellungen exportieren, CSV with semicolons, German UI, an electronics retailer selling on conrad.de)', family: 'ecommerce-orders', language: 'de', schema: E, cols: [
    ['Bestellnummer', (c, o, r) => `CO${v.int(r, 10000000, 99999999)}-A`, [OR('purchaseID'), '_id']],
    ['Erstellungsdatum', (c, o) => dmyHMS(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o, r) => v.pick(r, ['Versendet', 'Versandbereit', 'Abgeschlossen', 'Storniert', 'Warten auf Annahme']), [], opt],
    ['Kunde', (c) => nm(c), []],
    ['Anrede', (c) => anrede(c), [], opt],
    ['Firma', (c, o, r) => (r() < 0.25 ? c.company : ''), []],
    ['Lieferadresse Straße', (c) => c.street, [SHIP('street1')]],
    ['Lieferadresse Zusatz', (c, o, r) => (r() < 0.2 ? `${v.int(r, 1, 4)}. OG` : ''), [SHIP('street2')]],
    ['Lieferadresse PLZ', (c) => c.postcode, [SHIP('postalCode')]],
    ['Lieferadresse Ort', (c) => c.city, [SHIP('city')]],
    ['Lieferadresse Land', () => 'Deutschland', [SHIP('country')]],
    ['Rechnungsadresse Straße', (c) => c.street, [BILL('street1')]],
    ['Rechnungsadresse PLZ', (c) => c.postcode, [BILL('postalCode')]],
    ['Rechnungsadresse Ort', (c) => c.city, [BILL('city')]],
    ['Telefon', (c, o, r) => (r() < 0.5 ? c.phone : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Angebots-SKU', (c, o, r, i) => `SH-${row(ELECTRONICS, i)[0].slice(-6)}`, [PL('SKU')]],
    ['Produkt-EAN', (c, o, r, i) => row(ELECTRONICS, i)[0], [PL('SKU')], opt],
    ['Produktbezeichnung', (c, o, r, i) => row(ELECTRONICS, i)[1], [PL('name')]],
    ['Kategorie', (c, o, r, i) => row(ELECTRONICS, i)[2], [PL('productCategories[0].categoryPath'), PL('productCategories[0].categoryName')], opt],
    ['Menge', (c, o) => o.qty, [PL('quantity')]],
    ['Stückpreis', (c, o, r, i) => de(row(ELECTRONICS, i)[3]), [], opt],
    ['Versandkosten', (c, o) => de(o.shipping), ['commerce.shipping.shippingAmount']],
    ['Gesamtbetrag', (c, o, r, i) => de(gross(row(ELECTRONICS, i)[3], o.qty) + o.shipping), [OR('priceTotal')]],
    ['Provision', (c, o, r, i) => de(gross(row(ELECTRONICS, i)[3], o.qty) * 0.12), []],
    ['Währung', () => 'EUR', [OR('currencyCode')]],
    ['Versandart', (c, o, r) => v.pick(r, ['Standard', 'Express', 'Spedition']), ['commerce.shipping.shippingMethod']],
    ['Sendungsverfolgungsnummer', (c, o, r) => (r() < 0.7 ? `00340434${v.int(r, 100000000, 999999999)}${v.int(r, 10, 99)}` : ''), ['commerce.shipping.trackingNumber']],
    ['Versanddatum', (c, o, r) => (r() < 0.7 ? dmy(o.at + 2 * day) : ''), ['commerce.shipping.shipDate']],
    ['Letzte Aktualisierung', (c, o) => dmyHMS(o.at + 3 * day), [OR('lastUpdatedDate')]],
  ] },
  // ---------------------------------------------------------------- MediaMarkt Marketplace (Mirakl: Orders > Export XLSX, German UI)
  { name: 'mediamarkt-marketplace-auftraege-de', product: 'MediaMarkt Marketplace (MediaMarktSaturn Mirakl back office: Aufträge > Liste exportieren, XLSX, German UI, a seller of small appliances)', family: 'ecommerce-orders', language: 'de', schema: E, cols: [
    ['Auftrags-ID', (c, o, r) => `${v.int(r, 10000000, 99999999)}-A`, [OR('purchaseID'), '_id']],
    ['Datum der Erstellung', (c, o) => dmyHM(o.at), ['timestamp', OR('createdDate')]],
    ['Annahmedatum', (c, o) => dmyHM(o.at + 3600000 * 5), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['Versand ausstehend', 'Versendet', 'Empfangen', 'Abgelehnt', 'Storniert']), [], opt],
    ['Kanal', (c, o, r) => v.pick(r, ['MediaMarkt DE', 'Saturn DE']), ['commerce.commerceScope.storeCode'], opt],
    ['Vorname Kunde', (c) => c.first, []],
    ['Nachname Kunde', (c) => c.last, []],
    ['Straße Lieferadresse', (c) => c.street, [SHIP('street1')]],
    ['PLZ Lieferadresse', (c) => c.postcode, [SHIP('postalCode')]],
    ['Stadt Lieferadresse', (c) => c.city, [SHIP('city')]],
    ['Land Lieferadresse', () => 'DE', [SHIP('countryCode')]],
    ['Straße Rechnungsadresse', (c) => c.street, [BILL('street1')]],
    ['PLZ Rechnungsadresse', (c) => c.postcode, [BILL('postalCode')]],
    ['Stadt Rechnungsadresse', (c) => c.city, [BILL('city')]],
    ['Angebots-SKU', (c, o) => o.sku, [PL('SKU')]],
    ['Produkttitel', (c, o) => o.name, [PL('name')]],
    ['Menge', (c, o) => o.qty, [PL('quantity')]],
    ['Stückpreis', (c, o) => de(o.price), [], opt],
    ['Preis', (c, o) => de(o.lineTotal), [PL('priceTotal')]],
    ['Versandpreis', (c, o) => de(o.shipping), ['commerce.shipping.shippingAmount']],
    ['Gesamtpreis', (c, o) => de(o.lineTotal + o.shipping), [OR('priceTotal')]],
    ['Provision (inkl. MwSt.)', (c, o) => de(o.lineTotal * 0.14), []],
    ['Betrag, der dem Händler überwiesen wird', (c, o) => de(o.lineTotal * 0.86 + o.shipping), []],
    ['Transportunternehmen', (c, o, r) => v.pick(r, ['DHL', 'DPD', 'Hermes', 'GLS', '']), [], opt],
    ['Sendungsnummer', (c, o, r) => (r() < 0.6 ? `JJD00${v.int(r, 100000000, 999999999)}` : ''), ['commerce.shipping.trackingNumber']],
    ['Versanddatum', (c, o, r) => (r() < 0.6 ? dmyHM(o.at + day) : ''), ['commerce.shipping.shipDate']],
    ['Zahlungsart', (c, o, r) => v.pick(r, ['PayPal', 'Kreditkarte', 'Rechnung', 'Sofortüberweisung']), [OR('payments[0].paymentType')]],
    ['Rabattcode', (c, o) => o.coupon, ['commerce.promotionID'], opt],
  ] },
  // ---------------------------------------------------------------- Douglas Marketplace (Mirakl: Bestellungen > Export)
  { name: 'douglas-marketplace-bestellpositionen-de', product: 'Douglas Marketplace (Douglas partner portal on Mirakl: Bestellungen > Exportieren, order-line CSV, German UI, a natural-cosmetics brand selling on douglas.de/.at)', family: 'ecommerce-orders', language: 'de', schema: E, cols: [
    ['Bestell-ID', (c, o, r) => `DE${v.int(r, 100000000, 999999999)}-A`, [OR('purchaseID'), '_id']],
    ['Bestellpositions-ID', (c, o, r) => `DE${v.int(r, 100000000, 999999999)}-A-1`, [PL('_id')], opt],
    ['Bestelldatum', (c, o) => dmyHM(o.at), ['timestamp', OR('createdDate')]],
    ['Bestellstatus', (c, o, r) => v.pick(r, ['SHIPPING', 'SHIPPED', 'RECEIVED', 'CLOSED', 'CANCELED']), [], opt],
    ['Shop', (c, o, r) => v.pick(r, ['douglas.de', 'douglas.at']), ['commerce.commerceScope.storeCode'], opt],
    ['Artikelnummer Händler', (c, o, r, i) => `NB-${row(BEAUTY, i)[0].slice(-5)}`, [PL('SKU')]],
    ['EAN', (c, o, r, i) => row(BEAUTY, i)[0], [PL('SKU')], opt],
    ['Artikelbezeichnung', (c, o, r, i) => row(BEAUTY, i)[1], [PL('name')]],
    ['Kategorie', (c, o, r, i) => row(BEAUTY, i)[2], [PL('productCategories[0].categoryPath'), PL('productCategories[0].categoryName')], opt],
    ['Anzahl', (c, o) => o.qty, [PL('quantity')]],
    ['Preis brutto', (c, o, r, i) => de(gross(row(BEAUTY, i)[3], o.qty)), [PL('priceTotal')]],
    ['MwSt.-Satz', (c, o, r) => v.pick(r, ['19 %', '20 %']), [], opt],
    ['Versandkosten', (c, o) => de(o.shipping), ['commerce.shipping.shippingAmount']],
    ['Provision', (c, o, r, i) => de(gross(row(BEAUTY, i)[3], o.qty) * 0.2), []],
    ['Lieferung Vorname', (c) => c.first, []],
    ['Lieferung Nachname', (c) => c.last, []],
    ['Lieferung Straße und Hausnummer', (c) => c.street, [SHIP('street1')]],
    ['Lieferung PLZ', (c) => c.postcode, [SHIP('postalCode')]],
    ['Lieferung Ort', (c) => c.city, [SHIP('city')]],
    ['Lieferung Land', (c, o, r) => v.pick(r, ['DE', 'AT']), [SHIP('countryCode')]],
    ['Packstation', (c, o, r) => (r() < 0.1 ? `Packstation ${v.int(r, 100, 299)}` : ''), [SHIP('street2')], opt],
    ['Paketdienst', (c, o, r) => v.pick(r, ['DHL', 'DPD', 'GLS']), [], opt],
    ['Trackingnummer', (c, o, r) => (r() < 0.6 ? `${v.int(r, 10000000, 99999999)}${v.int(r, 1000, 9999)}` : ''), ['commerce.shipping.trackingNumber']],
    ['Retourengrund', (c, o, r) => (r() < 0.15 ? v.pick(r, ['Gefällt nicht', 'Beschädigt', 'Falscher Artikel']) : ''), [PL('returnItem.returnReason')]],
  ] },
  // ---------------------------------------------------------------- Real.de (legacy real.de Marktplatz seller portal: Bestellungen > CSV)
  { name: 'real-de-marktplatz-bestellungen', product: 'real.de Marktplatz (legacy seller portal before the move to Kaufland: Bestellungen > Export als CSV, German UI, a housewares seller)', family: 'ecommerce-orders', language: 'de', schema: E, cols: [
    ['id_order_unit', (c, o, r) => String(v.int(r, 100000000, 999999999)), [PL('_id')], opt],
    ['id_order', (c, o, r) => `M${v.alnum(r, 6).toUpperCase()}`, [OR('purchaseID'), '_id']],
    ['Bestelldatum', (c, o) => dmyHMS(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o, r) => v.pick(r, ['need_to_be_sent', 'sent', 'received', 'returned', 'cancelled']), [], opt],
    ['EAN', (c, o, r) => `40${v.int(r, 10000000000, 99999999999)}`, [PL('SKU')], opt],
    ['Artikelnummer', (c, o) => o.sku, [PL('SKU')]],
    ['Artikelbezeichnung', (c, o) => o.name, [PL('name')]],
    ['Preis', (c, o) => de(o.price), [PL('priceTotal')], opt],
    ['Versandkosten', (c, o) => de(o.shipping), ['commerce.shipping.shippingAmount']],
    ['Anrede', (c) => anrede(c), [], opt],
    ['Vorname', (c) => c.first, []],
    ['Nachname', (c) => c.last, []],
    ['Straße', (c) => c.street, [SHIP('street1')]],
    ['Hausnummer', (c, o, r) => String(v.int(r, 1, 120)), [], opt],
    ['Adresszusatz', (c) => c.street2, [SHIP('street2')]],
    ['PLZ', (c) => c.postcode, [SHIP('postalCode')]],
    ['Ort', (c) => c.city, [SHIP('city')]],
    ['Land', () => 'DE', [SHIP('countryCode')]],
    ['Telefon', (c, o, r) => (r() < 0.4 ? c.phone : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Rechnung Straße', (c) => c.street, [BILL('street1')]],
    ['Rechnung PLZ', (c) => c.postcode, [BILL('postalCode')]],
    ['Rechnung Ort', (c) => c.city, [BILL('city')]],
    ['Versanddatum', (c, o, r) => (r() < 0.6 ? dmy(o.at + 2 * day) : ''), ['commerce.shipping.shipDate']],
    ['Sendungsnummer', (c, o, r) => (r() < 0.6 ? `${v.int(r, 100000000000, 999999999999)}` : ''), ['commerce.shipping.trackingNumber']],
  ] },
  // ---------------------------------------------------------------- ready2order (Austrian cloud POS: Kunden > Exportieren, XLSX)
  { name: 'ready2order-kunden-export-de', product: 'ready2order (Austrian cloud POS, web admin: Kunden > Kunden exportieren, Excel, German UI, a Vienna hairdresser and shop)', family: 'ecommerce-customers', language: 'de', schema: P, cols: [
    ['Kundennummer', (c, o, r, i) => String(1000 + i), ['_id', 'personID']],
    ['Kundengruppe', (c, o, r) => v.pick(r, ['Stammkunde', 'Laufkunde', 'Mitarbeiter', '']), []],
    ['Firma', (c, o, r) => (r() < 0.15 ? c.company : ''), ['organizations[0]']],
    ['Anrede', (c) => anrede(c), ['person.name.courtesyTitle']],
    ['Titel', (c, o, r) => (r() < 0.12 ? v.pick(r, ['Mag.', 'Dr.', 'DI', 'Ing.']) : ''), ['person.name.courtesyTitle'], opt],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Straße', (c, o, r, i) => row(AT_ADDR, i)[0], at(HOME, 'street1')],
    ['PLZ', (c, o, r, i) => row(AT_ADDR, i)[2], at(HOME, 'postalCode')],
    ['Ort', (c, o, r, i) => row(AT_ADDR, i)[1], at(HOME, 'city')],
    ['Land', () => 'Österreich', at(HOME, 'country')],
    ['UID-Nummer', (c, o, r) => (r() < 0.15 ? `ATU${v.int(r, 10000000, 99999999)}` : ''), [], opt],
    ['E-Mail', (c) => c.email, ['personalEmail.address']],
    ['Telefon', (c, o, r) => `+43 ${v.int(r, 660, 699)} ${v.int(r, 1000000, 9999999)}`, ['homePhone.number', 'mobilePhone.number']],
    ['Geburtstag', (c) => dmy(c.birth), ['person.birthDate']],
    ['Rabatt (%)', (c, o, r) => (r() < 0.2 ? v.pick(r, ['5', '10', '15']) : '0'), []],
    ['Kundenguthaben', (c, o, r) => de(r() < 0.3 ? v.int(r, 5, 80) : 0), [], opt],
    ['Notiz', (c, o, r) => (r() < 0.2 ? v.pick(r, ['Allergie gegen Ammoniak', 'bevorzugt Termine am Vormittag', 'Gutschein 2023 eingelöst']) : ''), []],
    ['Newsletter', (c) => jn(c.bool), [], opt],
    ['Erstellt am', (c) => dmyHM(c.created), [], opt],
    ['Zuletzt geändert', (c) => dmyHM(c.updated), [], opt],
  ] },
  // ---------------------------------------------------------------- orderbird (MY orderbird: Daten Exporte > CSV, line-level sales)
  { name: 'orderbird-myorderbird-umsatz-csv-de', product: 'orderbird PRO (MY orderbird: Daten Exporte > CSV-Export for the advanced sales analysis, one row per booked item, German UI, a Berlin café and bar)', family: 'payments', language: 'de', schema: E, cols: [
    ['Rechnungsnummer', (c, o, r) => String(v.int(r, 100000, 999999)), [OR('purchaseID'), '_id']],
    ['Datum', (c, o) => dmy(o.at), ['timestamp'], opt],
    ['Uhrzeit', (c, o) => hm(o.at), [], opt],
    ['Schicht', (c, o, r) => String(v.int(r, 200, 900)), []],
    ['Gerät', (c, o, r) => v.pick(r, ['iPad Theke', 'iPhone Service 1', 'iPad Terrasse']), [], opt],
    ['Kellner', (c, o, r) => v.pick(r, WAITERS), []],
    ['Tisch', (c, o, r) => (r() < 0.8 ? `Tisch ${v.int(r, 1, 25)}` : 'Direktverkauf'), []],
    ['Bestellart', (c, o, r) => v.pick(r, ['Im Haus', 'Im Haus', 'Zum Mitnehmen', 'QR-Code-Bestellung']), [OR('orderType')], opt],
    ['Artikel', (c, o, r, i) => row(FOOD, i)[0], [PL('name')]],
    ['Warengruppe', (c, o, r, i) => row(FOOD, i)[1], [PL('productCategories[0].categoryName')]],
    ['Oberwarengruppe', (c, o, r, i) => (row(FOOD, i)[1] === 'Speisen' || row(FOOD, i)[1] === 'Desserts' ? 'Speisen' : 'Getränke'), [PL('productCategories[0].categoryPath')], opt],
    ['Anzahl', (c, o) => o.qty, [PL('quantity')]],
    ['Einzelpreis', (c, o, r, i) => de(row(FOOD, i)[2]), [], opt],
    ['Gesamtpreis', (c, o, r, i) => de(gross(row(FOOD, i)[2], o.qty)), [PL('priceTotal')]],
    ['MwSt.-Satz', (c, o, r) => v.pick(r, ['19 %', '7 %']), [], opt],
    ['Rabatt', (c, o, r) => (r() < 0.1 ? de(v.int(r, 1, 4)) : ''), [PL('discountAmount')], opt],
    ['Zahlungsart', (c, o, r) => v.pick(r, ['Bar', 'Karte', 'Karte', 'Gutschein', 'Auf Rechnung']), [OR('payments[0].paymentType')]],
    ['Trinkgeld', (c, o, r) => (r() < 0.4 ? de(v.int(r, 50, 600) / 100) : ''), []],
    ['Storniert', (c, o, r) => (r() < 0.04 ? 'ja' : 'nein'), [], opt],
  ] },
  // ---------------------------------------------------------------- Gastrofix (Gastrofix Backoffice: Berichte > Bons > Export CSV)
  { name: 'gastrofix-bonjournal-export-de', product: 'Gastrofix (Lightspeed Gastrofix backoffice: Auswertungen > Bonjournal > CSV-Export, German UI, a Munich restaurant)', family: 'payments', language: 'de', schema: E, cols: [
    ['Bon-Nr.', (c, o, r) => String(v.int(r, 10000, 99999)), [OR('purchaseID'), '_id']],
    ['Bon-Datum', (c, o) => dmyHMS(o.at), ['timestamp', OR('createdDate')]],
    ['Geschäftstag', (c, o) => dmy(o.at - 4 * 3600000), [], opt],
    ['Betrieb', () => 'Wirtshaus am Viktualienmarkt', ['commerce.commerceScope.storeCode'], opt],
    ['Kasse', (c, o, r) => `iPad ${v.int(r, 1, 4)}`, [], opt],
    ['Kellner', (c, o, r) => v.pick(r, WAITERS), []],
    ['Tisch', (c, o, r) => (r() < 0.85 ? String(v.int(r, 1, 40)) : 'Theke'), []],
    ['Gäste', (c, o, r) => v.int(r, 1, 6), []],
    ['Artikel', (c, o, r, i) => row(FOOD, i)[0], [PL('name')]],
    ['Warengruppe', (c, o, r, i) => row(FOOD, i)[1], [PL('productCategories[0].categoryName')]],
    ['Menge', (c, o) => o.qty, [PL('quantity')]],
    ['Einzelpreis', (c, o, r, i) => de(row(FOOD, i)[2]), [], opt],
    ['Umsatz brutto', (c, o, r, i) => de(gross(row(FOOD, i)[2], o.qty)), [PL('priceTotal')]],
    ['MwSt.-Satz', (c, o, r) => v.pick(r, ['19%', '7%']), [], opt],
    ['MwSt.-Betrag', (c, o, r, i) => de(gross(row(FOOD, i)[2], o.qty) * 0.19 / 1.19), [OR('taxAmount')], opt],
    ['Rabatt', (c, o, r) => (r() < 0.1 ? de(v.int(r, 1, 5)) : '0,00'), [OR('discountAmount')], opt],
    ['Trinkgeld', (c, o, r) => (r() < 0.4 ? de(v.int(r, 1, 8)) : '0,00'), []],
    ['Zahlungsart', (c, o, r) => v.pick(r, ['Bar', 'EC-Karte', 'Kreditkarte', 'Gutschein']), [OR('payments[0].paymentType')]],
    ['Storno', (c, o, r) => (r() < 0.05 ? 'Ja' : 'Nein'), [], opt],
    ['TSE-Signaturzähler', (c, o, r) => String(v.int(r, 10000, 999999)), []],
  ] },
  // ---------------------------------------------------------------- Tillhub (Dashboard: Umsätze > Transaktionen > Exportieren)
  { name: 'tillhub-transaktionen-export-de', product: 'Tillhub (Unzer/Tillhub POS dashboard: Berichte > Transaktionen > Exportieren, CSV, German UI, a Hamburg concept store with two branches)', family: 'payments', language: 'de', schema: E, cols: [
    ['Belegnummer', (c, o, r) => String(v.int(r, 1000, 99999)), [OR('purchaseID'), '_id']],
    ['Transaktions-ID', (c, o, r) => v.uuid(r), ['_id', OR('payments[0].transactionID')], opt],
    ['Datum', (c, o) => dmyHM(o.at), ['timestamp', OR('createdDate')]],
    ['Filiale', (c, o, r) => v.pick(r, ['Ottensen', 'Schanze']), ['commerce.commerceScope.storeCode']],
    ['Kasse', (c, o, r) => `Kasse ${v.int(r, 1, 3)}`, [], opt],
    ['Mitarbeiter', (c, o, r) => v.pick(r, ['Jana S.', 'Mehmet Y.', 'Frieda L.']), []],
    ['Kundennummer', (c, o, r) => (r() < 0.35 ? `K-${v.int(r, 10000, 99999)}` : ''), ['endUserIDs._experience.aacustomid.id', 'identityMap{}[0].id'], opt],
    ['Kunde', (c, o, r) => (r() < 0.35 ? nm(c) : ''), []],
    ['Artikelnummer', (c, o, r, i) => `TH-${1000 + (i % 5)}`, [PL('SKU')]],
    ['Artikel', (c, o, r, i) => row(SHOPITEMS, i)[0], [PL('name')]],
    ['Warengruppe', (c, o, r, i) => row(SHOPITEMS, i)[1], [PL('productCategories[0].categoryName')]],
    ['Menge', (c, o) => o.qty, [PL('quantity')]],
    ['Preis brutto', (c, o, r, i) => de(row(SHOPITEMS, i)[2]), [], opt],
    ['Rabatt', (c, o, r) => (r() < 0.15 ? de(v.int(r, 2, 10)) : '0,00'), [PL('discountAmount')], opt],
    ['Summe brutto', (c, o, r, i) => de(gross(row(SHOPITEMS, i)[2], o.qty)), [PL('priceTotal')]],
    ['Summe netto', (c, o, r, i) => de(gross(row(SHOPITEMS, i)[2], o.qty) / 1.19), []],
    ['MwSt.', (c, o, r, i) => de(gross(row(SHOPITEMS, i)[2], o.qty) * 0.19 / 1.19), [OR('taxAmount')], opt],
    ['Zahlungsart', (c, o, r) => v.pick(r, ['Bar', 'Karte', 'Gutschein', 'Rechnung']), [OR('payments[0].paymentType')]],
    ['Währung', () => 'EUR', [OR('currencyCode'), PL('currencyCode')]],
    ['Typ', (c, o, r) => (r() < 0.92 ? 'Verkauf' : 'Retoure'), [], opt],
  ] },
]
