// Round 59, heldout59: held-out sets written apart from the suggester and any tuning, scored once at the end. German-
// speaking (DE/AT/CH) payment providers, loyalty and customer-card programmes, booking tools and B2B visitor tracking.
// Same format as sets.mjs (sources in ../README.md): header as the product exports it, one value generator per column
// in the product's formats, the accepted destinations ([] = nothing fits) and 'opt' for borderline columns.
import { E, B, P, v, f, at, HOME, B2BID, PL, OR, BILL, GEO, opt } from './sets.mjs'
import { pad, parts } from './values.mjs'

const deMoney = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')
const deSec = (ms) => { const p = parts(ms); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const later = (ms, days) => ms + days * 86400000
const slug = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]/g, '')
const anrede = (c) => (c.female ? 'Frau' : 'Herr')
const jaNein = (b) => (b ? 'Ja' : 'Nein')
const pickId = (c, xs) => xs[+c.id % xs.length]
const pickO = (o, xs) => xs[+o.id % xs.length]

// Bonusbox: members of a German bakery chain's customer-card programme (Bonusbox Dashboard > Kunden > Export, CSV; German UI).
const BB_FIL = ['Filiale Marktplatz', 'Filiale Bahnhof', 'Filiale Südstadt', 'Online-Shop']
const BB_ST = ['aktiv', 'aktiv', 'aktiv', 'inaktiv', 'gesperrt']
// hello again: members of an Austrian sports retailer's customer app (hello again Admin > Kund:innen > Exportieren, Excel; German UI).
const HA_LVL = ['Bronze', 'Bronze', 'Silber', 'Gold', 'Platin']
const HA_FIL = ['Wien Mariahilf', 'Graz Zentrum', 'Linz Plus City', 'Salzburg Europark', 'Webshop']
// TIMIFY: customers of a Munich physiotherapy practice's booking tool (TIMIFY > Kunden > Exportieren, CSV; German UI).
const TM_TAG = ['', 'Privatpatient', 'Kassenpatient', 'Rezept liegt vor', 'Neukunde']
// Lodgit Desk: guests of a Black Forest guest house (Lodgit Desk > Adressbuch > Export, CSV; German UI).
const LG_KAT = ['Gast', 'Gast', 'Stammgast', 'Firma', 'Reisebüro']

// Regiondo: bookings of a Hamburg harbour-tour operator (Regiondo Backoffice > Buchungen > Export, Excel; German UI).
const RG_PROD = [['Große Hafenrundfahrt (1 Std.)', 24], ['Speicherstadt-Tour bei Nacht', 29], ['Elbphilharmonie Plaza & Hafen Kombi', 39], ['Fischmarkt-Frühtour', 19]]
const RG_CH = ['Online-Shop', 'Online-Shop', 'GetYourGuide', 'Point of Sale', 'Viator', 'Telefon']
const RG_ST = ['Bestätigt', 'Bestätigt', 'Bestätigt', 'Storniert', 'Eingelöst']
// bookingkit: bookings of a Berlin escape-room operator (bookingkit > Buchungen > Buchungsliste > Export, Excel; German UI).
const BK_ANG = [['Escape Room "Der Tresor"', 119], ['Escape Room "Labor 13"', 129], ['Teamevent Escape Challenge', 349], ['Gutschein 2 Personen', 59]]
const BK_Q = ['Widget Webseite', 'Widget Webseite', 'bookingkit Marktplatz', 'Reseller: Jochen Schweizer', 'Backoffice']
const BK_ZA = ['Kreditkarte', 'PayPal', 'Sofortüberweisung', 'Gutschein', 'Barzahlung vor Ort']
// TrekkSoft: bookings of a Swiss Interlaken paragliding company (TrekkSoft Admin Desk > Buchungen > Export, CSV; German UI, CHF).
const TK_ACT = [['Tandem-Gleitschirmflug Interlaken', 180], ['Tandemflug Sunset', 220], ['Canyoning Grimsel', 165], ['Rafting Lütschine', 119]]
const TK_AG = ['', '', '', 'Hotel Victoria-Jungfrau', 'Outdoor Interlaken Travel']
// Digistore24: transactions of a German online-course vendor (Digistore24 > Berichte > Transaktionen > Export, CSV; German UI).
const DS_PROD = [['Online-Kurs Yoga für Einsteiger', 97], ['Masterclass Finanzen', 297], ['E-Book Low Carb Kochbuch', 19.9], ['Coaching-Programm 12 Wochen', 1497]]
const DS_ZA = ['PayPal', 'Kreditkarte', 'Sofortüberweisung', 'Vorkasse', 'Lastschrift', 'Klarna']
const DS_TYP = ['Zahlung', 'Zahlung', 'Zahlung', 'Zahlung', 'Rückgabe', 'Rücklastschrift']
// CopeCart: orders of a German fitness-coach's digital products (CopeCart > Verkäufe > Bestellungen > CSV-Export; German UI).
const CC_PROD = ['Fit in 30 Tagen – Online-Programm', 'Ernährungsplan Premium', 'Mitgliedschaft Fitness-Club (monatlich)', 'Home-Workout Bundle']
const CC_ZA = ['PayPal', 'Kreditkarte', 'SEPA-Lastschrift', 'Sofort', 'Rechnung']
const CC_ST = ['bezahlt', 'bezahlt', 'bezahlt', 'erstattet', 'ausstehend']
// secupay: transactions of a German furniture webshop (secupay Händlerbereich > Transaktionen > Export, CSV; German UI).
const SP_ZA = ['Lastschrift', 'Kreditkarte', 'Rechnungskauf', 'Vorkasse', 'Sofort']
const SP_ST = ['akzeptiert', 'akzeptiert', 'akzeptiert', 'abgelehnt', 'storniert', 'erstattet']
// elopage (ablefy): payments of an Austrian online-academy (elopage > Verkäufe > Zahlungen > Export, CSV; German UI).
const EL_PROD = ['Business-Akademie Jahreszugang', 'Workshop Social Media', 'Rhetorik-Kurs Online', 'Mentoring Gruppe']
const EL_FORM = ['Einmalzahlung', 'Einmalzahlung', 'Ratenzahlung', 'Abonnement']
const EL_ST = ['Bezahlt', 'Bezahlt', 'Bezahlt', 'Erstattet', 'Ausstehend', 'Fehlgeschlagen']
// WiredMinds LeadLab: identified company visits of a German industrial-software vendor (LeadLab > Firmenbesuche > Export, Excel).
const WM_BR = ['Maschinenbau', 'Automobilzulieferer', 'Logistik', 'Elektrotechnik', 'Chemische Industrie']
const WM_MA = ['1-9', '10-49', '50-199', '200-499', '500-999', '1000+']
const WM_SRC = ['Google (organisch)', 'Direkt', 'LinkedIn', 'Google Ads', 'Newsletter']
const WM_PG = ['/produkte/mes-software', '/preise', '/kontakt', '/referenzen', '/whitepaper-industrie-4-0']

const bookMs = (o) => o.at
const evMs = (o) => later(o.at, 2 + (+o.id % 40))

export const SETS = [
  { name: 'bonusbox-kunden-de', product: 'Bonusbox (Dashboard > Kunden > Export, CSV; German UI; a German bakery chain\'s customer-card programme)', family: 'loyalty', language: 'de', schema: P, cols: [
    ['Kunden-ID', (c) => `BB${c.id}`, ['_id', 'personID']],
    ['Kartennummer', (c) => `9276${String(c.id).padStart(8, '0')}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['Anrede', anrede, ['person.name.courtesyTitle']],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['E-Mail', (c) => c.email, ['personalEmail.address']],
    ['Handynummer', (c) => c.mobile, ['mobilePhone.number']],
    ['Geburtstag', (c) => f.de(c.birth), ['person.birthDate']],
    ['Straße', (c) => c.street, at(HOME, 'street1')],
    ['PLZ', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Ort', (c) => c.city, at(HOME, 'city')],
    ['Punktestand', (c) => String(+c.id % 1800), ['loyalty.points']],
    ['Gesammelte Punkte gesamt', (c) => String(+c.id % 1800 + (+c.id % 97) * 20), ['loyalty.lifetimePoints']],
    ['Eingelöste Punkte', (c) => String((+c.id % 97) * 20), ['loyalty.pointsRedeemed']],
    ['Besuche', (c) => String(+c.id % 140), []],
    ['Umsatz gesamt', (c) => deMoney((+c.id % 900) * 1.37), ['loyalty.lifetimePurchases'], opt],
    ['Letzter Besuch', (c) => f.de(c.updated), [], opt],
    ['Registriert am', (c) => f.deTime(c.created), ['loyalty.joinDate']],
    ['Registrierungsfiliale', (c) => pickId(c, BB_FIL), []],
    ['Newsletter', (c) => jaNein(c.bool), [], opt],
    ['Status', (c) => pickId(c, BB_ST), ['loyalty.status'], opt],
  ] },
  { name: 'hello-again-kundinnen-de', product: 'hello again (Admin > Kund:innen > Exportieren, Excel; German UI; an Austrian sports retailer\'s customer app)', family: 'loyalty', language: 'de', schema: P, cols: [
    ['ID', (c, o, r) => v.uuid(r), ['_id', 'personID']],
    ['Kundennummer', (c) => `K-${c.id}`, ['loyalty.loyaltyID[0]', 'personID'], opt],
    ['Anrede', (c) => (c.female ? 'Frau' : +c.id % 11 === 0 ? 'Divers' : 'Herr'), ['person.name.courtesyTitle'], opt],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['E-Mail', (c) => c.email, ['personalEmail.address']],
    ['Telefonnummer', (c) => c.mobile, ['mobilePhone.number', 'homePhone.number']],
    ['Geburtsdatum', (c) => f.de(c.birth), ['person.birthDate']],
    ['Geschlecht', (c) => (c.female ? 'weiblich' : 'männlich'), ['person.gender']],
    ['Straße', (c) => c.street, at(HOME, 'street1')],
    ['PLZ', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Ort', (c) => c.city, at(HOME, 'city')],
    ['Land', (c) => c.countryName, at(HOME, 'country')],
    ['Level', (c) => pickId(c, HA_LVL), ['loyalty.tier']],
    ['Punkte', (c) => String(+c.id % 5000), ['loyalty.points']],
    ['Gesammelte Punkte', (c) => String(+c.id % 5000 + 1200), ['loyalty.lifetimePoints']],
    ['Stammfiliale', (c) => pickId(c, HA_FIL), []],
    ['Newsletter-Einwilligung', (c) => (c.bool ? 'true' : 'false'), [], opt],
    ['Push aktiviert', (c) => (+c.id % 3 ? 'true' : 'false'), [], opt],
    ['App-Version', (c) => pickId(c, ['5.12.0', '5.11.2', '5.10.1']), []],
    ['Plattform', (c) => pickId(c, ['iOS', 'Android', 'Android']), [], opt],
    ['Registriert am', (c) => f.deTime(c.created), ['loyalty.joinDate']],
    ['Letzte Aktivität', (c) => f.deTime(c.updated), [], opt],
  ] },
  { name: 'timify-kunden-de', product: 'TIMIFY (Kunden > Exportieren, CSV; German UI; a Munich physiotherapy practice)', family: 'crm', language: 'de', schema: P, cols: [
    ['Kunden-ID', (c, o, r) => v.hex(r, 24), ['_id', 'personID']],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['E-Mail', (c) => c.email, ['personalEmail.address']],
    ['Mobiltelefon', (c) => `+49${c.mobile.replace(/\D/g, '').replace(/^(49)?0?/, '')}`, ['mobilePhone.number']],
    ['Telefon', (c) => (+c.id % 3 ? '' : c.phone), ['homePhone.number']],
    ['Geburtstag', (c) => f.de(c.birth), ['person.birthDate']],
    ['Geschlecht', (c) => (c.female ? 'Weiblich' : 'Männlich'), ['person.gender']],
    ['Adresse', (c) => `${c.street}, ${c.postcode} ${c.city}`, [], opt],
    ['Firma', (c) => (+c.id % 5 ? '' : c.company), [], opt],
    ['Tags', (c) => pickId(c, TM_TAG), []],
    ['Notizen', (c) => pickId(c, ['', '', 'Knie links, nach OP', 'bevorzugt Termine am Vormittag']), []],
    ['Termine gesamt', (c) => String(+c.id % 24), []],
    ['Nicht erschienen', (c) => String(+c.id % 3), []],
    ['Letzter Termin', (c) => f.deTime(c.updated), [], opt],
    ['Erstellt am', (c) => f.deTime(c.created), [], opt],
    ['Erstellt von', (c) => pickId(c, ['Online-Buchung', 'Online-Buchung', 'Sabine Huber', 'Import']), []],
    ['E-Mail-Benachrichtigungen', (c) => jaNein(c.bool), [], opt],
    ['SMS-Benachrichtigungen', (c) => jaNein(+c.id % 2 === 0), [], opt],
  ] },
  { name: 'lodgit-adressen-de', product: 'Lodgit Desk (Adressbuch > Export, CSV; German UI; a Black Forest guest house)', family: 'crm', language: 'de', schema: P, cols: [
    ['Adress-Nr.', (c) => String(+c.id % 9000 + 1000), ['_id', 'personID']],
    ['Kategorie', (c) => pickId(c, LG_KAT), []],
    ['Anrede', anrede, ['person.name.courtesyTitle']],
    ['Titel', (c) => (+c.id % 9 === 0 ? 'Dr.' : ''), [], opt],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Firma', (c) => (pickId(c, LG_KAT) === 'Firma' ? c.company : ''), ['organizations[0]'], opt],
    ['Straße', (c) => c.street, at(HOME, 'street1')],
    ['PLZ', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Ort', (c) => c.city, at(HOME, 'city')],
    ['Land', (c) => c.countryName, at(HOME, 'country')],
    ['Telefon', (c) => c.phone, ['homePhone.number']],
    ['Mobil', (c) => c.mobile, ['mobilePhone.number']],
    ['E-Mail', (c) => c.email, ['personalEmail.address']],
    ['Geburtsdatum', (c) => f.de(c.birth), ['person.birthDate']],
    ['Staatsangehörigkeit', () => 'deutsch', ['person.nationality'], opt],
    ['Ausweisnummer', (c, o, r) => `L${v.alnum(r, 8).toUpperCase()}`, []],
    ['Sprache', () => 'Deutsch', [], opt],
    ['Aufenthalte', (c) => String(+c.id % 9), []],
    ['Letzte Anreise', (c) => f.de(c.updated), [], opt],
    ['Bemerkung', (c) => pickId(c, ['', '', 'Allergie: Nüsse', 'reist mit Hund']), []],
    ['Angelegt am', (c) => f.de(c.created), [], opt],
  ] },
  { name: 'regiondo-buchungen-de', product: 'Regiondo (Backoffice > Buchungen > Export, Excel; German UI; a Hamburg harbour-tour operator)', family: 'events', language: 'de', schema: E, cols: [
    ['Buchungsnummer', (c, o) => `RG${o.id}${pad(+o.id % 97)}`, [OR('purchaseID'), '_id']],
    ['Buchungsdatum', (c, o) => f.deTime(bookMs(o)), ['timestamp']],
    ['Veranstaltungsdatum', (c, o) => f.de(evMs(o)), [], opt],
    ['Uhrzeit', (c, o) => pickO(o, ['10:00', '12:30', '15:00', '20:30']), []],
    ['Produkt', (c, o) => pickO(o, RG_PROD)[0], [PL('name')]],
    ['Produkt-ID', (c, o) => String(40000 + (+o.id % 4)), [PL('SKU'), PL('_id')]],
    ['Ticketart', (c, o) => pickO(o, ['Erwachsene', 'Kinder (4-14 J.)', 'Familienticket']), [], opt],
    ['Anzahl', (c, o) => String(o.qty), [PL('quantity')]],
    ['Preis', (c, o) => deMoney(pickO(o, RG_PROD)[1] * o.qty), [OR('priceTotal'), PL('priceTotal')]],
    ['Währung', () => 'EUR', [OR('currencyCode')]],
    ['Status', (c, o) => pickO(o, RG_ST), [], opt],
    ['Vertriebskanal', (c, o) => pickO(o, RG_CH), [], opt],
    ['Zahlungsart', (c, o) => pickO(o, ['PayPal', 'Kreditkarte', 'Rechnung', 'Bar']), [OR('payments[0].paymentType')]],
    ['Gutscheincode', (c, o) => o.coupon, ['commerce.promotionID'], opt],
    ['Vorname', (c) => c.first, []],
    ['Nachname', (c) => c.last, []],
    ['E-Mail', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefon', (c) => c.mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Teilnehmer', (c) => c.full, []],
    ['Anmerkungen', (c, o) => pickO(o, ['', '', 'Rollstuhl', 'Geburtstagsfeier']), []],
    ['Eingelöst', (c, o) => jaNein(pickO(o, RG_ST) === 'Eingelöst'), [], opt],
  ] },
  { name: 'bookingkit-buchungen-de', product: 'bookingkit (Buchungen > Buchungsliste > Export, Excel; German UI; a Berlin escape-room operator)', family: 'events', language: 'de', schema: E, cols: [
    ['Buchungs-ID', (c, o, r) => v.hex(r, 32), ['_id', OR('purchaseID')]],
    ['Bestellnummer', (c, o) => `B-${o.id}`, [OR('purchaseID')]],
    ['Erstellt am', (c, o) => f.deTime(bookMs(o)), ['timestamp']],
    ['Termin', (c, o) => f.deTime(evMs(o)), [], opt],
    ['Angebot', (c, o) => pickO(o, BK_ANG)[0], [PL('name')]],
    ['Preiskategorie', (c, o) => pickO(o, ['Standard', 'Schüler/Studenten', 'Gruppe ab 5']), [], opt],
    ['Teilnehmer', (c, o) => String(o.qty + 1), [PL('quantity')], opt],
    ['Gesamtpreis', (c, o) => `${deMoney(pickO(o, BK_ANG)[1])} €`, [OR('priceTotal'), PL('priceTotal')]],
    ['Gezahlt', (c, o) => `${deMoney(+o.id % 6 ? pickO(o, BK_ANG)[1] : 0)} €`, [OR('payments[0].paymentAmount')], opt],
    ['Zahlungsart', (c, o) => pickO(o, BK_ZA), [OR('payments[0].paymentType')]],
    ['Gutschein', (c, o, r) => (pickO(o, BK_ZA) === 'Gutschein' ? `GS-${v.alnum(r, 6).toUpperCase()}` : ''), ['commerce.promotionID'], opt],
    ['Buchungsquelle', (c, o) => pickO(o, BK_Q), [], opt],
    ['Status', (c, o) => pickO(o, ['bestätigt', 'bestätigt', 'storniert', 'offen']), [], opt],
    ['Vorname', (c) => c.first, []],
    ['Nachname', (c) => c.last, []],
    ['E-Mail', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefon', (c) => c.mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Straße', (c) => c.street, [BILL('street1')], opt],
    ['PLZ', (c) => c.postcode, [BILL('postalCode')], opt],
    ['Stadt', (c) => c.city, [BILL('city')], opt],
    ['Newsletter', (c) => jaNein(c.bool), [], opt],
    ['Kommentar', (c, o) => pickO(o, ['', '', 'Junggesellenabschied', 'Firmenevent, Rechnung an Firma']), []],
  ] },
  { name: 'trekksoft-buchungen-de', product: 'TrekkSoft (Admin Desk > Buchungen > Export, CSV; German UI; a Swiss paragliding and outdoor company in Interlaken, CHF)', family: 'events', language: 'de', schema: E, cols: [
    ['Buchungs-ID', (c, o) => `TS-${o.id}${+o.id % 10}`, [OR('purchaseID'), '_id']],
    ['Buchungsdatum', (c, o) => f.deTime(bookMs(o)), ['timestamp']],
    ['Aktivität', (c, o) => pickO(o, TK_ACT)[0], [PL('name')]],
    ['Aktivitätsdatum', (c, o) => f.de(evMs(o)), [], opt],
    ['Startzeit', (c, o) => pickO(o, ['08:30', '10:45', '13:00', '17:15']), []],
    ['Teilnehmende', (c, o) => String(o.qty), [PL('quantity')]],
    ['Betrag', (c, o) => (pickO(o, TK_ACT)[1] * o.qty).toFixed(2), [OR('priceTotal'), PL('priceTotal')]],
    ['Bezahlt', (c, o) => (+o.id % 4 ? (pickO(o, TK_ACT)[1] * o.qty).toFixed(2) : '0.00'), [OR('payments[0].paymentAmount')], opt],
    ['Offen', (c, o) => (+o.id % 4 ? '0.00' : (pickO(o, TK_ACT)[1] * o.qty).toFixed(2)), []],
    ['Währung', () => 'CHF', [OR('currencyCode')]],
    ['Zahlungsmethode', (c, o) => pickO(o, ['Kreditkarte', 'TWINT', 'Barzahlung', 'Rechnung']), [OR('payments[0].paymentType')]],
    ['Status', (c, o) => pickO(o, ['Bestätigt', 'Bestätigt', 'Storniert', 'Reserviert']), [], opt],
    ['Verkaufskanal', (c, o) => pickO(o, ['Website', 'Website', 'Büro', 'Partner']), [], opt],
    ['Agent', (c, o) => pickO(o, TK_AG), []],
    ['Kunde', (c) => c.full, []],
    ['E-Mail', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefon', (c) => c.mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Land', (c) => c.countryCode, [GEO('countryCode'), BILL('countryCode')], opt],
    ['Gewicht (kg)', (c, o) => String(55 + (+o.id % 40)), []],
    ['Gutscheincode', (c, o) => o.coupon, ['commerce.promotionID'], opt],
    ['Interne Notiz', (c, o) => pickO(o, ['', '', 'Abholung Hotel', 'Video-Paket gewünscht']), []],
  ] },
  { name: 'digistore24-transaktionen-de', product: 'Digistore24 (Berichte > Transaktionen > Export, CSV; German UI; a German online-course vendor)', family: 'payments', language: 'de', schema: E, cols: [
    ['Datum', (c, o) => deSec(o.at), ['timestamp']],
    ['Bestell-ID', (c, o, r) => v.alnum(r, 8).toUpperCase(), [OR('purchaseID')]],
    ['Transaktions-ID', (c, o) => String(40000000 + +o.id * 13), [OR('payments[0].transactionID'), '_id']],
    ['Transaktionsart', (c, o) => pickO(o, DS_TYP), [], opt],
    ['Produkt-ID', (c, o) => String(380000 + (+o.id % 4)), [PL('SKU'), PL('_id')]],
    ['Produktname', (c, o) => pickO(o, DS_PROD)[0], [PL('name')]],
    ['Zahlungsplan', (c, o) => pickO(o, ['Einmalzahlung', 'Einmalzahlung', '3 Raten', 'Abo monatlich']), [], opt],
    ['Bruttobetrag', (c, o) => deMoney(pickO(o, DS_PROD)[1]), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['MwSt.', (c, o) => deMoney(pickO(o, DS_PROD)[1] * 0.19 / 1.19), [OR('taxAmount')]],
    ['Nettobetrag', (c, o) => deMoney(pickO(o, DS_PROD)[1] / 1.19), []],
    ['Währung', () => 'EUR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Zahlungsart', (c, o) => pickO(o, DS_ZA), [OR('payments[0].paymentType')]],
    ['Vendor-Provision', (c, o) => deMoney(pickO(o, DS_PROD)[1] * 0.6), []],
    ['Affiliate', (c, o) => ['', '', 'yogaguru', 'finanzblog24'][+o.id % 4], []],
    ['Affiliate-Provision', (c, o) => (+o.id % 4 > 1 ? deMoney(pickO(o, DS_PROD)[1] * 0.3) : '0,00'), []],
    ['Trackingkey', (c, o) => pickO(o, ['', 'fb_ads_q3', 'newsletter', 'yt-video']), ['marketing.trackingCode'], opt],
    ['Käufer-ID', (c) => String(9000000 + +c.id), [], opt],
    ['Vorname', (c) => c.first, []],
    ['Nachname', (c) => c.last, []],
    ['E-Mail', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Straße', (c) => c.street, [BILL('street1')]],
    ['PLZ', (c) => c.postcode, [BILL('postalCode')]],
    ['Ort', (c) => c.city, [BILL('city')]],
    ['Land', (c) => c.countryCode, [BILL('countryCode')]],
    ['Firma', (c) => (+c.id % 6 ? '' : c.company), []],
    ['USt-IdNr.', (c) => (+c.id % 6 ? '' : `DE${String(c.id).padStart(9, '1')}`), []],
  ] },
  { name: 'copecart-bestellungen-de', product: 'CopeCart (Verkäufe > Bestellungen > CSV-Export; German UI; a German fitness coach selling digital programmes)', family: 'payments', language: 'de', schema: E, cols: [
    ['Bestell-ID', (c, o, r) => v.alnum(r, 10).toLowerCase(), [OR('purchaseID'), '_id']],
    ['Bestelldatum', (c, o) => f.ymdhms(o.at), ['timestamp']],
    ['Produkt', (c, o) => pickO(o, CC_PROD), [PL('name')]],
    ['Produkt-ID', (c, o) => `prd_${pad(+o.id % 4 + 1, 4)}`, [PL('SKU'), PL('_id')]],
    ['Menge', (c, o) => String(o.qty > 2 ? 2 : 1), [PL('quantity')]],
    ['Preis brutto', (c, o) => deMoney(o.total), [OR('priceTotal')]],
    ['Steuer', (c, o) => deMoney(o.tax), [OR('taxAmount')]],
    ['Steuersatz', () => '19%', []],
    ['Währung', () => 'EUR', [OR('currencyCode')]],
    ['Zahlungsart', (c, o) => pickO(o, CC_ZA), [OR('payments[0].paymentType')]],
    ['Zahlungsstatus', (c, o) => pickO(o, CC_ST), [], opt],
    ['Rechnungsnummer', (c, o) => `CC-${new Date(o.at).getUTCFullYear()}-${o.id}`, [], opt],
    ['Gutscheincode', (c, o) => o.coupon, ['commerce.promotionID'], opt],
    ['Rabatt', (c, o) => deMoney(o.discount), [OR('discountAmount')]],
    ['Affiliate-ID', (c, o) => pickO(o, ['', '', 'aff_7731', 'aff_1208']), []],
    ['Vorname', (c) => c.first, []],
    ['Nachname', (c) => c.last, []],
    ['E-Mail', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefon', (c) => c.mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Straße', (c) => c.street, [BILL('street1')]],
    ['PLZ', (c) => c.postcode, [BILL('postalCode')]],
    ['Stadt', (c) => c.city, [BILL('city')]],
    ['Land', (c) => c.countryName, [BILL('country')]],
    ['Erstattet am', (c, o) => (pickO(o, CC_ST) === 'erstattet' ? f.ymdhms(later(o.at, 5)) : ''), [], opt],
  ] },
  { name: 'secupay-transaktionen-de', product: 'secupay (Händlerbereich > Transaktionen > Export, CSV; German UI; a German furniture webshop)', family: 'payments', language: 'de', schema: E, cols: [
    ['Transaktions-ID', (c, o, r) => v.alnum(r, 20).toLowerCase(), [OR('payments[0].transactionID'), '_id']],
    ['TA-Nr.', (c, o) => String(9000000 + +o.id * 7), [OR('payments[0].transactionID')], opt],
    ['Datum', (c, o) => deSec(o.at), ['timestamp']],
    ['Zahlart', (c, o) => pickO(o, SP_ZA), [OR('payments[0].paymentType')]],
    ['Status', (c, o) => pickO(o, SP_ST), [], opt],
    ['Betrag', (c, o) => deMoney(o.total * 8), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Währung', () => 'EUR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Bestellnummer', (c, o) => `MH-${100000 + +o.id}`, [OR('purchaseID')]],
    ['Verwendungszweck', (c, o) => `Bestellung MH-${100000 + +o.id}`, []],
    ['Gebühr', (c, o) => deMoney(o.total * 8 * 0.009 + 0.25), []],
    ['Auszahlungsbetrag', (c, o) => deMoney(o.total * 8 * 0.991 - 0.25), []],
    ['Gutschrift', (c, o) => (pickO(o, SP_ST) === 'erstattet' ? deMoney(o.total * 8) : ''), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['Anrede', anrede, []],
    ['Vorname', (c) => c.first, []],
    ['Nachname', (c) => c.last, []],
    ['Firma', (c) => (+c.id % 7 ? '' : c.company), []],
    ['Straße', (c) => c.street, [BILL('street1')]],
    ['PLZ', (c) => c.postcode, [BILL('postalCode')]],
    ['Ort', (c) => c.city, [BILL('city')]],
    ['Land', (c) => c.countryCode, [BILL('countryCode')]],
    ['E-Mail', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefon', (c) => c.phone, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Geburtsdatum', (c) => f.de(c.birth), []],
    ['IP-Adresse', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Lieferadresse abweichend', (c, o) => jaNein(+o.id % 5 === 0), []],
  ] },
  { name: 'elopage-zahlungen-de', product: 'elopage (now ablefy; Verkäufe > Zahlungen > Export, CSV; German UI; an Austrian online academy)', family: 'payments', language: 'de', schema: E, cols: [
    ['ID', (c, o) => String(6000000 + +o.id * 3), [OR('payments[0].transactionID'), '_id']],
    ['Bestell-ID', (c, o) => String(2100000 + +o.id), [OR('purchaseID')]],
    ['Erstellt am', (c, o) => f.deTime(o.at), ['timestamp']],
    ['Produkt', (c, o) => pickO(o, EL_PROD), [PL('name')]],
    ['Produkt-ID', (c, o) => String(180000 + (+o.id % 4)), [PL('SKU'), PL('_id')]],
    ['Zahlungsform', (c, o) => pickO(o, EL_FORM), [], opt],
    ['Rate', (c, o) => (pickO(o, EL_FORM) === 'Ratenzahlung' ? `${1 + (+o.id % 3)}/3` : ''), []],
    ['Betrag', (c, o) => deMoney(o.total * 3), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['USt.', (c, o) => deMoney(o.total * 3 * 0.2 / 1.2), [OR('taxAmount')]],
    ['Währung', () => 'EUR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Zahlungsart', (c, o) => pickO(o, ['Kreditkarte', 'PayPal', 'SEPA', 'Sofort', 'Apple Pay']), [OR('payments[0].paymentType')]],
    ['Status', (c, o) => pickO(o, EL_ST), [], opt],
    ['Gutscheincode', (c, o) => o.coupon, ['commerce.promotionID'], opt],
    ['Publisher', (c, o) => pickO(o, ['', '', 'Marketing Mario', 'Coach Lena']), []],
    ['Publisher-Provision', (c, o) => (+o.id % 2 ? deMoney(o.total * 0.9) : '0,00'), []],
    ['Käufer Vorname', (c) => c.first, []],
    ['Käufer Nachname', (c) => c.last, []],
    ['Käufer E-Mail', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Käufer Straße', (c) => c.street, [BILL('street1')]],
    ['Käufer PLZ', (c) => c.postcode, [BILL('postalCode')]],
    ['Käufer Stadt', (c) => c.city, [BILL('city')]],
    ['Käufer Land', () => 'AT', [BILL('countryCode')]],
    ['Käufer Firma', (c) => (+c.id % 5 ? '' : c.company), []],
    ['Rechnungsnummer', (c, o) => `RE-${new Date(o.at).getUTCFullYear()}-${pad(+o.id % 10000, 5)}`, [], opt],
  ] },
  { name: 'wiredminds-firmenbesuche-de', product: 'WiredMinds LeadLab (Firmenbesuche > Export, Excel; German UI; a German industrial-software vendor; one row per identified company visit with its LeadLab contact person where known)', family: 'b2b', language: 'de', schema: B, cols: [
    ['Firma', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Webseite', (c) => `www.${slug(c.company).slice(0, 12)}.de`, ['b2b.companyWebsite']],
    ['Straße', (c) => c.street, at(['workAddress'], 'street1')],
    ['PLZ', (c) => c.postcode, at(['workAddress'], 'postalCode')],
    ['Ort', (c) => c.city, at(['workAddress'], 'city')],
    ['Land', () => 'Deutschland', at(['workAddress'], 'country')],
    ['Telefon', (c) => c.phone, ['workPhone.number']],
    ['Branche', (c) => pickId(c, WM_BR), []],
    ['Mitarbeiter', (c) => pickId(c, WM_MA), []],
    ['Umsatzklasse', (c) => pickId(c, ['< 1 Mio. €', '1-10 Mio. €', '10-50 Mio. €', '> 50 Mio. €']), []],
    ['Ansprechpartner', (c) => (+c.id % 3 ? c.full : ''), ['person.name.fullName']],
    ['Funktion', (c) => (+c.id % 3 ? (+c.id % 4 === 0 ? 'Prokurist' : c.female ? 'Geschäftsführerin' : 'Geschäftsführer') : ''), ['extendedWorkDetails.jobTitle']],
    ['Besuche', (c) => String(1 + (+c.id % 12)), []],
    ['Seitenaufrufe', (c) => String(3 + (+c.id % 60)), []],
    ['Verweildauer', (c) => `00:${pad(+c.id % 45)}:${pad(+c.id % 60)}`, []],
    ['Erster Besuch', (c) => f.deTime(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Letzter Besuch', (c) => f.deTime(c.updated), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Quelle', (c) => pickId(c, WM_SRC), ['b2b.personSource'], opt],
    ['Besuchte Seiten', (c) => WM_PG.slice(0, 1 + (+c.id % 4)).join(', '), []],
    ['Lead-Score', (c) => String(+c.id % 100), ['b2b.personScore'], opt],
    ['Status', (c) => pickId(c, ['neu', 'in Bearbeitung', 'qualifiziert', 'kein Interesse']), ['b2b.personStatus'], opt],
    ['Zugewiesen an', (c) => pickId(c, ['Thomas Berger', 'Julia Krämer', '']), []],
  ] },
]
