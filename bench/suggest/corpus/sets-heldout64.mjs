// Round 64, heldout64: held-out sets written apart from the suggester and any tuning, scored once at the end. Same
// format as sets.mjs (sources in ../README.md): header as the product exports it, one value generator per column in the
// product's formats, the accepted destinations ([] = nothing fits) and 'opt' for borderline columns. Products: German,
// Austrian and Swiss shop systems, CRM, support desk, newsletter tools, loyalty programmes, POS, B2B payments,
// invoicing and a B2B address provider, headers in German (the products' own UI language; Swiss spelling for the Swiss tools).
import { E, B, P, v, at, HOME, WORK, ID, B2BID, OR, PL, SHIP, BILL, opt } from './sets.mjs'
import { slug } from './values9.mjs'
import { pad, shift } from './values.mjs'

// Central European time (summer time April-October by month, good enough for generated rows)
const dst = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 }
const cet = (ms) => shift(ms, dst(ms) ? 2 : 1)
const deDate = (ms) => { const p = cet(ms); return `${pad(p.d)}.${pad(p.m)}.${p.y}` }
const deTime = (ms) => { const p = cet(ms); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}` }
const deSec = (ms) => { const p = cet(ms); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const isoOff = (ms) => { const p = cet(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)}T${pad(p.H)}:${pad(p.M)}:${pad(p.S)}+0${dst(ms) ? 2 : 1}:00` }
const day = 86400000
// a till time inside opening hours (lo to lo+span-1 h) on the instant's local day
const till = (ms, lo, span) => { const p = cet(ms); return `${pad(lo + (p.H % span))}:${pad(p.M)}:${pad(p.S)}` }
const comma = (n) => n.toFixed(2).replace('.', ',')
const euro = (n) => `${n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')} €`
const chf = (n) => n.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, "'")
const n = (x) => +x.id
const pick = (x, xs, k = 0) => xs[(n(x) + k) % xs.length]

// Austrian and Swiss addresses and phones for the sets whose people live there (names from the generator's German people)
const AT_CITY = [['Wien', '1070', 'Wien'], ['Graz', '8010', 'Steiermark'], ['Linz', '4020', 'Oberösterreich'], ['Salzburg', '5020', 'Salzburg'], ['Innsbruck', '6020', 'Tirol'], ['Klagenfurt', '9020', 'Kärnten'], ['St. Pölten', '3100', 'Niederösterreich']]
const AT_STREET = ['Mariahilfer Straße', 'Landstraßer Hauptstraße', 'Herrengasse', 'Annenstraße', 'Getreidegasse', 'Maria-Theresien-Straße', 'Wiener Straße']
const CH_CITY = [['Zürich', '8004', 'ZH'], ['Bern', '3011', 'BE'], ['Basel', '4051', 'BS'], ['Luzern', '6003', 'LU'], ['St. Gallen', '9000', 'SG'], ['Winterthur', '8400', 'ZH'], ['Aarau', '5000', 'AG']]
const CH_STREET = ['Bahnhofstrasse', 'Badenerstrasse', 'Marktgasse', 'Spalenberg', 'Hertensteinstrasse', 'Multergasse', 'Dorfstrasse']
const atc = (c) => AT_CITY[n(c) % AT_CITY.length]
const chc = (c) => CH_CITY[n(c) % CH_CITY.length]
const atStreet = (c) => `${AT_STREET[n(c) % AT_STREET.length]} ${1 + (n(c) % 88)}${n(c) % 5 === 0 ? `/${1 + (n(c) % 14)}` : ''}`
const chStreet = (c) => `${CH_STREET[(n(c) >> 1) % CH_STREET.length]} ${1 + (n(c) % 120)}`
const atMob = (c) => `+43 ${['664', '660', '676', '699', '650'][n(c) % 5]} ${1000000 + (n(c) * 37) % 8999999}`
const atTel = (c) => `+43 ${['1', '316', '732', '662', '512'][n(c) % 5]} ${100000 + (n(c) * 13) % 899999}`
const chMob = (c) => `+41 ${['79', '78', '76', '77'][n(c) % 4]} ${100 + (n(c) % 899)} ${pad(n(c) % 100)} ${pad((n(c) >> 3) % 100)}`
const chTel = (c) => `+41 ${['44', '31', '61', '41', '71'][n(c) % 5]} ${200 + (n(c) % 799)} ${pad((n(c) >> 2) % 100)} ${pad((n(c) >> 4) % 100)}`
const atMail = (c) => `${slug(c.first)}.${slug(c.last)}${n(c) % 90}@${['gmx.at', 'aon.at', 'chello.at', 'gmail.com', 'a1.net'][n(c) % 5]}`
const chMail = (c) => `${slug(c.first)}.${slug(c.last)}@${['bluewin.ch', 'gmx.ch', 'sunrise.ch', 'gmail.com'][n(c) % 4]}`
const acad = (c) => (n(c) % 9 === 0 ? 'Dr.' : n(c) % 11 === 0 ? 'Mag.' : '')
// the generator's gender flag is drawn apart from the first name: read the gender from the German first name instead
const FEM = ['Anna', 'Lea', 'Sophie', 'Marie', 'Katharina', 'Ursula', 'Sabine']
const fem = (c) => FEM.includes(c.first)
const anrede = (c) => (fem(c) ? 'Frau' : 'Herr')
const later = (c) => Math.max(c.created, c.updated)

// Shopgate: a Hamburg outdoor retailer's app orders (Shopgate Merchant Admin > Bestellungen > Export, CSV; German UI), one row per order line.
const SG_PAY = ['PayPal', 'Kreditkarte', 'Rechnung', 'Apple Pay', 'Vorkasse', 'Klarna Sofort']
const SG_DEV = ['iOS-App', 'Android-App', 'Mobile Web', 'iOS-App']
// WEBSALE: a Munich fashion shop's customers (WEBSALE Admin-Interface > Kunden > Kundenexport, CSV with semicolons; German UI).
const WS_GRP = ['Endkunde', 'Endkunde', 'Stammkunde', 'Mitarbeiter', 'Händler']
// GREYHOUND: a Bremen online shop's customer-service contacts (GREYHOUND Client > Kontakte > Exportieren, CSV; German UI).
const GH_GRP = ['Kunden', 'Kunden', 'Kunden;Reklamation', 'Interessenten', 'Kunden;VIP']
// ADITO: an industrial supplier's contact persons (ADITO > Kontaktverwaltung > Personen > Export nach Excel; German UI).
const AD_FUNK = ['Einkaufsleiter', 'Geschäftsführer', 'Leiter Instandhaltung', 'Technischer Einkäufer', 'Produktionsleiter', 'Assistenz der Geschäftsführung']
const AD_ABT = ['Einkauf', 'Geschäftsleitung', 'Instandhaltung', 'Einkauf', 'Produktion', 'Geschäftsleitung']
const AD_ORG = [['Hoffmann Maschinenbau GmbH', 'Maschinenbau'], ['Kunststofftechnik Weber KG', 'Kunststoffverarbeitung'], ['Schneider Antriebe AG', 'Elektrotechnik'], ['Becker Lebensmittel GmbH & Co. KG', 'Lebensmittelindustrie'], ['Fischer Metallbau GmbH', 'Metallverarbeitung']]
const adOrg = (c) => AD_ORG[n(c) % AD_ORG.length]
// eyepin: a Vienna theatre's newsletter recipients (eyepin > Adressen > Export, CSV; German UI, Austrian recipients).
const EY_GRP = ['Newsletter allgemein', 'Newsletter allgemein|Abonnenten', 'Jugendclub', 'Presse', 'Newsletter allgemein|Förderkreis']
// Sendeffect: a Cologne coaching business's contacts (Sendeffect > Kontakte > Kontaktliste > Exportieren, CSV; German UI).
const SE_TAGS = ['Webinar-Teilnehmer', 'Kunde Onlinekurs', 'Freebie Checkliste', 'Webinar-Teilnehmer,Kunde Onlinekurs', '']
const SE_ST = ['Bestätigt', 'Bestätigt', 'Bestätigt', 'Unbestätigt', 'Abgemeldet', 'Bounce']
// jö Bonus Club: a jö partner's member list (jö Partnerportal > Mitglieder > Export, Excel; Austrian German UI).
const JO_ST = ['aktiv', 'aktiv', 'aktiv', 'inaktiv', 'gesperrt']
const JO_FIL = ['Wien Landstraße', 'Graz Annenstraße', 'Linz Landstraße', 'Salzburg Europark', 'Innsbruck Rathausgalerien']
const joOs = (c) => (n(c) * 7) % 4800
// Migros Cumulus: a Cumulus partner's point credits (Cumulus-Partnerportal > Gutschriften > Export, CSV; Swiss German UI, CHF).
const CU_FIL = ['Zürich HB', 'Bern Westside', 'Basel Stücki', 'Luzern Bahnhof', 'St. Gallen Neumarkt']
const CU_ST = ['Gutgeschrieben', 'Gutgeschrieben', 'Gutgeschrieben', 'Pendent', 'Storniert']
const cuChf = (o) => +(o.total * 1.05).toFixed(2)
// gastronovi: a Berlin restaurant's sold items (gastronovi Office > Servieren > Umsätze > Einzelpositionen > Excel-Export; German UI).
const GN_ART = [['1012', 'Wiener Schnitzel mit Kartoffelsalat', 'Hauptgerichte', 18.9, 7], ['2004', 'Rhabarberschorle 0,4l', 'Alkoholfreie Getränke', 4.8, 19], ['2101', 'Pils vom Fass 0,5l', 'Bier', 5.2, 19], ['1030', 'Käsespätzle', 'Hauptgerichte', 15.5, 7], ['3002', 'Apfelstrudel mit Vanilleeis', 'Desserts', 7.9, 7], ['2210', 'Grauburgunder 0,2l', 'Wein', 7.5, 19]]
const gnArt = (o) => GN_ART[n(o) % GN_ART.length]
const gnSum = (o) => +(gnArt(o)[3] * (1 + (n(o) % 3))).toFixed(2)
const GN_PAY = ['Bar', 'EC-Karte', 'Kreditkarte', 'Bar', 'Gutschein']
// Mondu: a B2B office-supply shop's Mondu orders (Mondu Händlerportal > Bestellungen > Exportieren, CSV; German UI).
const MO_ST = ['Abgeschlossen', 'Versendet', 'Bestätigt', 'Teilweise versendet', 'Storniert', 'Abgelehnt']
const MO_PM = ['Rechnungskauf', 'Rechnungskauf', 'SEPA-Lastschrift', 'Ratenzahlung']
const moNet = (o) => +(o.subtotal * 6).toFixed(2)
const moTax = (o) => +(moNet(o) * 0.19).toFixed(2)
const MO_CO = ['Schreiner Müller GmbH', 'Praxis Dr. Weber', 'Fischer Bau GmbH', 'Kanzlei Becker & Partner', 'Hotel Lindenhof KG']
// smallinvoice: a Zurich web agency's invoices (smallinvoice > Rechnungen > Export, Excel; Swiss German UI, CHF).
const SI_ST = ['Bezahlt', 'Bezahlt', 'Versendet', 'Überfällig', 'Entwurf', 'Teilbezahlt']
const SI_CO = ['Bäckerei Frei AG', 'Schreinerei Huber GmbH', 'Praxis Keller', 'Immobilien Meier AG', 'Velo Zürcher GmbH', '']
const siNet = (o) => +(o.subtotal * 12).toFixed(2)
const siVat = (o) => +(siNet(o) * 0.081).toFixed(2)
// HEROLD: an Austrian B2B address selection (HEROLD Business Data / Marketing-Adressen, Excel delivery; German UI).
const HE_CO = [['Gasthof Stern GmbH', 'Gastronomie', '56101', 'GmbH'], ['Elektro Gruber e.U.', 'Elektroinstallation', '43210', 'e.U.'], ['Tischlerei Huber GmbH', 'Tischlerei', '16230', 'GmbH'], ['Steuerberatung Mayer & Partner OG', 'Steuerberatung', '69200', 'OG'], ['Autohaus Wimmer GmbH', 'Kfz-Handel', '45110', 'GmbH']]
const heCo = (c) => HE_CO[n(c) % HE_CO.length]
const HE_FUNK = ['Geschäftsführer', 'Inhaber', 'Prokurist', 'Geschäftsführerin', 'Einkaufsleiter']

export const SETS = [
  { name: 'shopgate-bestellungen-de', product: 'Shopgate', family: 'ecommerce-orders', language: 'de', schema: E, cols: [
    ['Bestellnummer', (c, o) => `10${2300000 + n(o) * 3}`, [OR('purchaseID'), '_id']],
    ['Externe Bestellnummer', (c, o) => `SW${100000 + n(o)}`, [OR('purchaseID')], opt],
    ['Bestelldatum', (c, o) => deSec(o.at), ['timestamp', OR('createdDate')]],
    ['Kundennummer', (c) => (n(c) % 5 ? String(880000 + (n(c) % 99999)) : ''), ['endUserIDs._experience.aacustomid.id', 'identityMap{}[0].id'], opt],
    ['E-Mail', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefon', (c) => c.mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Rechnung Vorname', (c) => c.first, []],
    ['Rechnung Nachname', (c) => c.last, []],
    ['Rechnung Firma', (c) => (n(c) % 7 === 0 ? c.company : ''), []],
    ['Rechnung Straße', (c) => c.street, [BILL('street1')]],
    ['Rechnung PLZ', (c) => c.postcode, [BILL('postalCode')]],
    ['Rechnung Ort', (c) => c.city, [BILL('city')]],
    ['Rechnung Land', () => 'DE', [BILL('countryCode')]],
    ['Liefer Vorname', (c) => c.first, []],
    ['Liefer Nachname', (c) => c.last, []],
    ['Liefer Straße', (c) => (n(c) % 4 === 0 ? 'Packstation 112' : c.street), [SHIP('street1')]],
    ['Liefer PLZ', (c) => c.postcode, [SHIP('postalCode')]],
    ['Liefer Ort', (c) => c.city, [SHIP('city')]],
    ['Liefer Land', () => 'DE', [SHIP('countryCode')]],
    ['Zahlungsart', (c, o) => pick(o, SG_PAY), [OR('payments[0].paymentType')]],
    ['Bezahlt', (c, o) => (pick(o, SG_PAY) === 'Vorkasse' ? 'Nein' : 'Ja'), [], opt],
    ['Versandart', (c, o) => ['DHL Paket', 'DHL Paket', 'Hermes', 'Abholung im Laden'][n(o) % 4], ['commerce.shipping.shippingMethod']],
    ['Versandkosten', (c, o) => comma(o.shipping), ['commerce.shipping.shippingAmount']],
    ['Gutscheincode', (c, o) => o.coupon, ['commerce.promotionID'], opt],
    ['Rabatt', (c, o) => comma(o.discount), [OR('discountAmount')]],
    ['Gesamtbetrag', (c, o) => comma(o.total), [OR('priceTotal')]],
    ['Währung', () => 'EUR', [OR('currencyCode')]],
    ['Artikelnummer', (c, o) => o.sku, [PL('SKU')]],
    ['Artikelname', (c, o) => o.name, [PL('name')]],
    ['Menge', (c, o) => String(o.qty), [PL('quantity')]],
    ['Einzelpreis', (c, o) => comma(o.price), []],
    ['Positionssumme', (c, o) => comma(o.lineTotal), [PL('priceTotal')]],
    ['Plattform', (c, o) => pick(o, SG_DEV), [], opt],
    ['Versand gesperrt', (c, o) => (n(o) % 13 === 0 ? 'Ja' : 'Nein'), []],
    ['Testbestellung', () => 'Nein', []],
  ] },
  { name: 'websale-kunden-de', product: 'WEBSALE', family: 'ecommerce-customers', language: 'de', schema: P, cols: [
    ['Kundennummer', (c) => `K${4000000 + n(c)}`, ID],
    ['Anrede', (c) => anrede(c), ['person.name.courtesyTitle']],
    ['Titel', (c) => acad(c), [], opt],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Firma', (c) => (n(c) % 8 === 0 ? c.company : ''), ['organizations[0]'], opt],
    ['Straße', (c) => c.street, at(HOME, 'street1')],
    ['Adresszusatz', (c) => (n(c) % 6 === 0 ? `c/o ${c.company}` : ''), at(HOME, 'street2')],
    ['PLZ', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Ort', (c) => c.city, at(HOME, 'city')],
    ['Land', () => 'DE', at(HOME, 'countryCode')],
    ['Telefon', (c) => c.phone, ['homePhone.number']],
    ['Mobiltelefon', (c) => (n(c) % 3 ? c.mobile : ''), ['mobilePhone.number']],
    ['Fax', (c) => (n(c) % 10 === 0 ? c.phone.replace(/\d$/, '9') : ''), ['faxPhone.number']],
    ['E-Mail', (c) => c.email, ['personalEmail.address']],
    ['Geburtsdatum', (c) => (n(c) % 4 ? deDate(c.birth) : ''), ['person.birthDate']],
    ['Kundengruppe', (c) => pick(c, WS_GRP), []],
    ['Newsletter', (c) => (n(c) % 3 ? '1' : '0'), [], opt],
    ['Sprache', () => 'de', [], opt],
    ['Registriert am', (c) => deTime(c.created), [], opt],
    ['Letzte Bestellung', (c) => deDate(c.updated), [], opt],
    ['Anzahl Bestellungen', (c) => String(1 + (n(c) % 23)), []],
    ['Umsatz gesamt', (c) => comma(((n(c) * 17) % 250000) / 100), ['loyalty.lifetimePurchases'], opt],
    ['Gesperrt', (c) => (n(c) % 29 === 0 ? '1' : '0'), []],
  ] },
  { name: 'greyhound-kontakte-de', product: 'GREYHOUND', family: 'support', language: 'de', schema: P, cols: [
    ['ID', (c) => String(52000 + (n(c) % 40000)), ID],
    ['Anrede', (c) => anrede(c), ['person.name.courtesyTitle']],
    ['Titel', (c) => acad(c), [], opt],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Firma', (c) => (n(c) % 6 === 0 ? c.company : ''), ['organizations[0]'], opt],
    ['E-Mail', (c) => c.email, ['personalEmail.address']],
    ['E-Mail 2', (c) => (n(c) % 5 === 0 ? `${slug(c.first)}${n(c) % 100}@web.de` : ''), [], opt],
    ['Telefon', (c) => c.phone, ['homePhone.number']],
    ['Mobil', (c) => (n(c) % 2 ? c.mobile : ''), ['mobilePhone.number']],
    ['Fax', (c) => (n(c) % 12 === 0 ? c.phone.replace(/\d$/, '8') : ''), ['faxPhone.number']],
    ['Straße', (c) => c.street, at(HOME, 'street1')],
    ['PLZ', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Ort', (c) => c.city, at(HOME, 'city')],
    ['Land', () => 'Deutschland', at(HOME, 'country')],
    ['Geburtstag', (c) => (n(c) % 5 === 0 ? deDate(c.birth) : ''), ['person.birthDate']],
    ['Kundennummer', (c) => String(10000 + (n(c) % 89999)), ['personID', '_id'], opt],
    ['Gruppen', (c) => pick(c, GH_GRP), []],
    ['Bemerkung', (c) => ['', '', 'Rückruf bevorzugt vormittags', 'Hat 2x reklamiert', 'Großkunde B2C'][n(c) % 5], []],
    ['Erstellt am', (c) => deTime(c.created), [], opt],
    ['Geändert am', (c) => deTime(later(c)), [], opt],
  ] },
  { name: 'adito-personen-de', product: 'ADITO', family: 'crm', language: 'de', schema: B, cols: [
    ['Personen-ID', (c) => `P-${pad(n(c) % 100000, 6)}`, B2BID],
    ['Organisation', (c) => adOrg(c)[0], ['b2b.companyName', 'organizations[0]']],
    ['Kundennummer', (c) => String(20000 + (n(c) % 5000)), ['b2b.accountKey.sourceID', 'b2b.accountID'], opt],
    ['Anrede', (c) => anrede(c), ['person.name.courtesyTitle']],
    ['Titel', (c) => acad(c), [], opt],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Funktion', (c) => pick(c, AD_FUNK), ['extendedWorkDetails.jobTitle']],
    ['Abteilung', (c) => pick(c, AD_ABT), ['extendedWorkDetails.departments[0]']],
    ['E-Mail', (c) => `${slug(c.first)}.${slug(c.last)}@${slug(adOrg(c)[0]).slice(0, 14)}.de`, ['workEmail.address']],
    ['Telefon', (c) => c.phone, ['workPhone.number']],
    ['Mobil', (c) => (n(c) % 2 ? c.mobile : ''), ['mobilePhone.number']],
    ['Straße', (c) => c.street, at(WORK, 'street1')],
    ['PLZ', (c) => c.postcode, at(WORK, 'postalCode')],
    ['Ort', (c) => c.city, at(WORK, 'city')],
    ['Bundesland', (c) => c.region, [...at(WORK, 'stateProvince'), ...at(WORK, 'state')]],
    ['Land', () => 'Deutschland', at(WORK, 'country')],
    ['Branche', (c) => adOrg(c)[1], [], opt],
    ['Status', (c) => ['Kunde', 'Kunde', 'Interessent', 'Ehemaliger Kunde'][n(c) % 4], ['b2b.personStatus'], opt],
    ['Zuständig', (c) => ['Thomas Brandt', 'Julia Sommer', 'Markus Engel'][n(c) % 3], []],
    ['Werbesperre', (c) => (n(c) % 7 === 0 ? 'Ja' : 'Nein'), ['b2b.isMarketingSuspended'], opt],
    ['Erstellt am', (c) => deDate(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Geändert am', (c) => deDate(later(c)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },
  { name: 'eyepin-adressen-at', product: 'eyepin', family: 'email', language: 'de', schema: P, cols: [
    ['Adress-ID', (c) => String(3100000 + n(c)), ID],
    ['E-Mail', (c) => atMail(c), ['personalEmail.address']],
    ['Anrede', (c) => anrede(c), ['person.name.courtesyTitle']],
    ['Titel', (c) => acad(c), [], opt],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Geburtsdatum', (c) => (n(c) % 3 === 0 ? deDate(c.birth) : ''), ['person.birthDate']],
    ['Firma', (c) => (n(c) % 9 === 0 ? c.company : ''), ['organizations[0]'], opt],
    ['Straße', (c) => atStreet(c), at(HOME, 'street1')],
    ['PLZ', (c) => atc(c)[1], at(HOME, 'postalCode')],
    ['Ort', (c) => atc(c)[0], at(HOME, 'city')],
    ['Land', () => 'Österreich', at(HOME, 'country')],
    ['Telefon', (c) => (n(c) % 4 === 0 ? atTel(c) : ''), ['homePhone.number']],
    ['Mobiltelefon', (c) => (n(c) % 2 ? atMob(c) : ''), ['mobilePhone.number']],
    ['Sprache', () => 'Deutsch', [], opt],
    ['Gruppen', (c) => pick(c, EY_GRP), []],
    ['Status', (c) => ['aktiv', 'aktiv', 'aktiv', 'abgemeldet', 'gesperrt (Bounce)'][n(c) % 5], [], opt],
    ['Anmeldedatum', (c) => deTime(c.created), [], opt],
    ['Opt-in bestätigt am', (c) => deTime(c.created + 3600000), [], opt],
    ['Abmeldedatum', (c) => (n(c) % 5 === 3 ? deTime(c.updated) : ''), [], opt],
    ['Herkunft', (c) => ['Website-Formular', 'Import', 'Ticketkauf', 'Website-Formular'][n(c) % 4], [], opt],
    ['Letzte Öffnung', (c) => (n(c) % 3 ? deTime(c.updated) : ''), [], opt],
    ['Letzter Klick', (c) => (n(c) % 4 ? '' : deTime(c.updated)), [], opt],
  ] },
  { name: 'sendeffect-kontakte-de', product: 'Sendeffect', family: 'marketing', language: 'de', schema: P, cols: [
    ['Kontakt-ID', (c) => String(700000 + n(c)), ID],
    ['E-Mail-Adresse', (c) => c.email, ['personalEmail.address']],
    ['Status', (c) => pick(c, SE_ST), ['personalEmail.status'], opt],
    ['Format', () => 'HTML', []],
    ['Anrede', (c) => anrede(c), ['person.name.courtesyTitle']],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Geburtstag', (c) => (n(c) % 4 === 0 ? deDate(c.birth) : ''), ['person.birthDate']],
    ['Straße', (c) => (n(c) % 3 === 0 ? c.street : ''), at(HOME, 'street1')],
    ['PLZ', (c) => (n(c) % 3 === 0 ? c.postcode : ''), at(HOME, 'postalCode')],
    ['Stadt', (c) => (n(c) % 3 === 0 ? c.city : ''), at(HOME, 'city')],
    ['Land', (c) => (n(c) % 3 === 0 ? 'Deutschland' : ''), at(HOME, 'country')],
    ['Telefon', (c) => (n(c) % 5 === 0 ? c.phone : ''), ['homePhone.number', 'mobilePhone.number']],
    ['Handynummer', (c) => (n(c) % 2 ? c.mobile : ''), ['mobilePhone.number']],
    ['Liste', () => 'Hauptliste', []],
    ['Tags', (c) => pick(c, SE_TAGS), []],
    ['Punkte', (c) => String((n(c) * 3) % 180), [], opt],
    ['Angemeldet am', (c) => deTime(c.created), [], opt],
    ['Bestätigt am', (c) => (pick(c, SE_ST) === 'Unbestätigt' ? '' : deTime(c.created + 900000)), [], opt],
    ['IP-Adresse', (c) => `${80 + (n(c) % 100)}.${n(c) % 255}.${(n(c) >> 2) % 255}.${1 + (n(c) % 250)}`, [], opt],
    ['Abgemeldet am', (c) => (pick(c, SE_ST) === 'Abgemeldet' ? deTime(c.updated) : ''), [], opt],
    ['Letzte Öffnung', (c) => (n(c) % 3 ? deTime(c.updated) : ''), [], opt],
  ] },
  { name: 'joe-bonusclub-mitglieder-at', product: 'jö Bonus Club', family: 'loyalty', language: 'de', schema: P, cols: [
    ['jö Mitgliedsnummer', (c) => String(90000000 + (n(c) * 53) % 9999999), ['loyalty.loyaltyID[0]', '_id', 'personID']],
    ['jö Kartennummer', (c) => `9250 ${pad(n(c) % 10000, 4)} ${pad((n(c) * 7) % 10000, 4)} ${pad((n(c) * 3) % 10000, 4)}`, ['loyalty.cardsDetails[0].number']],
    ['Anrede', (c) => anrede(c), ['person.name.courtesyTitle']],
    ['Titel', (c) => acad(c), [], opt],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Geburtsdatum', (c) => deDate(c.birth), ['person.birthDate']],
    ['E-Mail', (c) => atMail(c), ['personalEmail.address']],
    ['Mobilnummer', (c) => atMob(c), ['mobilePhone.number']],
    ['Straße', (c) => atStreet(c), at(HOME, 'street1')],
    ['PLZ', (c) => atc(c)[1], at(HOME, 'postalCode')],
    ['Ort', (c) => atc(c)[0], at(HOME, 'city')],
    ['Bundesland', (c) => atc(c)[2], [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Beitrittsdatum', (c) => deDate(c.created), ['loyalty.joinDate']],
    ['Ös-Stand', (c) => String(joOs(c)), ['loyalty.points']],
    ['Ös gesammelt gesamt', (c) => String(joOs(c) + (n(c) * 11) % 9000), ['loyalty.lifetimePoints'], opt],
    ['Ös eingelöst gesamt', (c) => String((n(c) * 11) % 9000), ['loyalty.pointsRedeemed'], opt],
    ['Mitgliedsstatus', (c) => pick(c, JO_ST), ['loyalty.status'], opt],
    ['Kartenstatus', (c) => (pick(c, JO_ST) === 'gesperrt' ? 'gesperrt' : 'aktiv'), ['loyalty.cardsDetails[0].status'], opt],
    ['Stammfiliale', (c) => pick(c, JO_FIL), []],
    ['Werbezustimmung', (c) => (n(c) % 3 ? 'Ja' : 'Nein'), [], opt],
    ['Letzter Einkauf', (c) => deDate(c.updated), [], opt],
  ] },
  { name: 'cumulus-partner-gutschriften-ch', product: 'Migros Cumulus', family: 'loyalty', language: 'de', schema: E, cols: [
    ['Transaktionsdatum', (c, o) => deDate(o.at), ['timestamp'], opt],
    ['Zeit', (c, o) => till(o.at, 8, 12), [], opt],
    ['Cumulus-Nummer', (c) => `2099 ${pad(n(c) % 10000, 4)} ${pad((n(c) * 7) % 10000, 4)}`, ['endUserIDs._experience.aacustomid.id', 'identityMap{}[0].id'], opt],
    ['Partner-Nr.', () => '40871', []],
    ['Filiale', (c, o) => pick(o, CU_FIL), ['commerce.commerceScope.storeCode'], opt],
    ['Kasse', (c, o) => String(1 + (n(o) % 6)), []],
    ['Beleg-Nr.', (c, o) => String(500000 + n(o) * 3), [OR('purchaseID'), '_id']],
    ['Umsatz CHF', (c, o) => chf(cuChf(o)), [OR('priceTotal')]],
    ['Währung', () => 'CHF', [OR('currencyCode')]],
    ['Basispunkte', (c, o) => String(Math.floor(cuChf(o))), [], opt],
    ['Bonuspunkte', (c, o) => (n(o) % 4 === 0 ? String(5 * Math.floor(cuChf(o))) : '0'), [], opt],
    ['Aktion', (c, o) => (n(o) % 4 === 0 ? '5x Punkte Herbst' : ''), ['marketing.campaignName'], opt],
    ['Aktionscode', (c, o) => (n(o) % 4 === 0 ? `AKT${2400 + (n(o) % 50)}` : ''), ['commerce.promotionID', 'marketing.trackingCode'], opt],
    ['Status', (c, o) => pick(o, CU_ST), [], opt],
    ['Übermittelt am', (c, o) => deTime(o.at + 2 * day), [], opt],
  ] },
  { name: 'gastronovi-umsaetze-de', product: 'gastronovi', family: 'pos', language: 'de', schema: E, cols: [
    ['Datum', (c, o) => deDate(o.at), ['timestamp'], opt],
    ['Uhrzeit', (c, o) => till(o.at, 11, 12), [], opt],
    ['Rechnungsnummer', (c, o) => `R${2024000000 + n(o) * 7}`, [OR('purchaseID'), '_id']],
    ['Bon-Nr.', (c, o) => String(18000 + n(o)), [OR('purchaseID')], opt],
    ['Tisch', (c, o) => (n(o) % 6 === 0 ? 'Außer Haus' : `Tisch ${1 + (n(o) % 32)}`), []],
    ['Bereich', (c, o) => ['Gastraum', 'Terrasse', 'Bar', 'Gastraum'][n(o) % 4], []],
    ['Bediener', (c, o) => ['Lena K.', 'Tobias R.', 'Aylin S.', 'Chef'][n(o) % 4], []],
    ['Kasse', (c, o) => `Kasse ${1 + (n(o) % 2)}`, []],
    ['Artikelnummer', (c, o) => gnArt(o)[0], [PL('SKU')]],
    ['Artikel', (c, o) => gnArt(o)[1], [PL('name')]],
    ['Warengruppe', (c, o) => gnArt(o)[2], [PL('productCategories[0].categoryName')]],
    ['Menge', (c, o) => String(1 + (n(o) % 3)), [PL('quantity')]],
    ['Einzelpreis', (c, o) => comma(gnArt(o)[3]), []],
    ['Gesamtpreis', (c, o) => comma(gnSum(o)), [PL('priceTotal')]],
    ['MwSt.-Satz', (c, o) => `${gnArt(o)[4]} %`, [], opt],
    ['MwSt.', (c, o) => comma(gnSum(o) * gnArt(o)[4] / (100 + gnArt(o)[4])), [OR('taxAmount')], opt],
    ['Netto', (c, o) => comma(gnSum(o) * 100 / (100 + gnArt(o)[4])), [], opt],
    ['Rabatt', (c, o) => (n(o) % 9 === 0 ? comma(gnSum(o) * 0.1) : '0,00'), [PL('discountAmount'), OR('discountAmount')], opt],
    ['Zahlungsart', (c, o) => pick(o, GN_PAY), [OR('payments[0].paymentType')]],
    ['Trinkgeld', (c, o) => (n(o) % 3 === 0 ? comma(1 + (n(o) % 5)) : '0,00'), []],
    ['Storno', (c, o) => (n(o) % 17 === 0 ? 'Ja' : 'Nein'), [], opt],
    ['Stammgast', (c) => (n(c) % 5 === 0 ? `${c.first} ${c.last}` : ''), []],
    ['TSE-Transaktion', (c, o) => String(340000 + n(o) * 2), [], opt],
  ] },
  { name: 'mondu-bestellungen-de', product: 'Mondu', family: 'payments', language: 'de', schema: E, cols: [
    ['Mondu-ID', (c, o, r) => v.uuid(r), [OR('payments[0].transactionID'), '_id']],
    ['Externe Referenz', (c, o) => `B2B-${100000 + n(o)}`, [OR('purchaseID')]],
    ['Erstellt am', (c, o) => isoOff(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o) => pick(o, MO_ST), [], opt],
    ['Zahlungsmethode', (c, o) => pick(o, MO_PM), [OR('payments[0].paymentType')]],
    ['Zahlungsziel (Tage)', (c, o) => String([14, 30, 30, 45, 60][n(o) % 5]), []],
    ['Käufer Firma', (c) => pick(c, MO_CO), []],
    ['Käufer Vorname', (c) => c.first, []],
    ['Käufer Nachname', (c) => c.last, []],
    ['Käufer E-Mail', (c) => `${slug(c.first)}.${slug(c.last)}@${slug(pick(c, MO_CO)).slice(0, 12)}.de`, ['endUserIDs._experience.emailid.id'], opt],
    ['Käufer Telefon', (c) => c.phone, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Rechnungsadresse Straße', (c) => c.street, [BILL('street1')]],
    ['Rechnungsadresse PLZ', (c) => c.postcode, [BILL('postalCode')]],
    ['Rechnungsadresse Ort', (c) => c.city, [BILL('city')]],
    ['Rechnungsadresse Land', () => 'DE', [BILL('countryCode')]],
    ['Lieferadresse Ort', (c) => c.city, [SHIP('city')]],
    ['Nettobetrag', (c, o) => comma(moNet(o)), [], opt],
    ['Steuer', (c, o) => comma(moTax(o)), [OR('taxAmount')]],
    ['Bruttobetrag', (c, o) => comma(moNet(o) + moTax(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Währung', () => 'EUR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Rechnungsnummer', (c, o) => (['Abgeschlossen', 'Versendet', 'Teilweise versendet'].includes(pick(o, MO_ST)) ? `RE-${24000 + n(o)}` : ''), [], opt],
    ['Fällig am', (c, o) => (['Abgeschlossen', 'Versendet'].includes(pick(o, MO_ST)) ? deDate(o.at + 30 * day) : ''), [], opt],
    ['Storniert am', (c, o) => (pick(o, MO_ST) === 'Storniert' ? deDate(o.at + day) : ''), [OR('cancelDate')], opt],
    ['Gutschrift', (c, o) => (n(o) % 11 === 0 ? comma(moNet(o) * 0.2) : '0,00'), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
  ] },
  { name: 'smallinvoice-rechnungen-ch', product: 'smallinvoice', family: 'invoicing', language: 'de', schema: E, cols: [
    ['Nummer', (c, o) => `RE-${2024}${pad(n(o) % 10000, 4)}`, [OR('purchaseID'), '_id']],
    ['Datum', (c, o) => deDate(o.at), ['timestamp', OR('createdDate')], opt],
    ['Fällig am', (c, o) => deDate(o.at + 30 * day), [], opt],
    ['Kundennummer', (c) => String(1000 + (n(c) % 900)), ['endUserIDs._experience.aacustomid.id', 'identityMap{}[0].id'], opt],
    ['Kunde', (c) => pick(c, SI_CO) || `${c.first} ${c.last}`, []],
    ['Kontaktperson', (c) => `${c.first} ${c.last}`, []],
    ['E-Mail', (c) => chMail(c), ['endUserIDs._experience.emailid.id'], opt],
    ['Strasse', (c) => chStreet(c), [BILL('street1')]],
    ['PLZ', (c) => chc(c)[1], [BILL('postalCode')]],
    ['Ort', (c) => chc(c)[0], [BILL('city')]],
    ['Land', () => 'Schweiz', [BILL('country')]],
    ['Titel', (c, o) => ['Webseite Relaunch', 'Hosting 2024', 'Wartungsvertrag Q3', 'Logo & CI', 'SEO-Beratung'][n(o) % 5], [], opt],
    ['Betrag exkl. MWST', (c, o) => chf(siNet(o)), [], opt],
    ['MWST', (c, o) => chf(siVat(o)), [OR('taxAmount')]],
    ['Betrag inkl. MWST', (c, o) => chf(siNet(o) + siVat(o)), [OR('priceTotal')]],
    ['Rabatt %', (c, o) => (n(o) % 6 === 0 ? '10' : '0'), [], opt],
    ['Währung', () => 'CHF', [OR('currencyCode')]],
    ['Status', (c, o) => pick(o, SI_ST), [], opt],
    ['Bezahlt am', (c, o) => (pick(o, SI_ST) === 'Bezahlt' ? deDate(o.at + 21 * day) : ''), [], opt],
    ['Bezahlter Betrag', (c, o) => (pick(o, SI_ST) === 'Bezahlt' ? chf(siNet(o) + siVat(o)) : pick(o, SI_ST) === 'Teilbezahlt' ? chf(500) : '0.00'), [OR('payments[0].paymentAmount')], opt],
    ['QR-Referenz', (c, o) => `00 00000 00000 ${pad(n(o) % 100000, 5)} ${pad((n(o) * 7) % 100000, 5)} ${pad(n(o) % 100000, 5)}`, [], opt],
    ['Sprache', () => 'Deutsch', [], opt],
  ] },
  { name: 'herold-firmenadressen-at', product: 'HEROLD Business Data', family: 'b2b-leads', language: 'de', schema: B, cols: [
    ['HEROLD-ID', (c) => String(10400000 + (n(c) * 29) % 899999), ['b2b.accountKey.sourceID', 'b2b.accountID'], opt],
    ['Firmenname', (c) => heCo(c)[0], ['b2b.companyName', 'organizations[0]']],
    ['Rechtsform', (c) => heCo(c)[3], []],
    ['Firmenbuchnummer', (c) => (heCo(c)[3] === 'e.U.' ? '' : `FN ${100000 + (n(c) % 499999)}${'abcdfghkmp'[n(c) % 10]}`), [], opt],
    ['UID-Nummer', (c) => `ATU${pad((n(c) * 7919) % 100000000, 8)}`, [], opt],
    ['Branche', (c) => heCo(c)[1], [], opt],
    ['ÖNACE', (c) => heCo(c)[2], [], opt],
    ['Straße', (c) => atStreet(c), at(WORK, 'street1')],
    ['PLZ', (c) => atc(c)[1], at(WORK, 'postalCode')],
    ['Ort', (c) => atc(c)[0], at(WORK, 'city')],
    ['Bundesland', (c) => atc(c)[2], [...at(WORK, 'stateProvince'), ...at(WORK, 'state')]],
    ['Telefon', (c) => atTel(c), ['workPhone.number']],
    ['Fax', (c) => (n(c) % 3 === 0 ? atTel(c).replace(/\d$/, '9') : ''), ['faxPhone.number']],
    ['E-Mail', (c) => `office@${slug(heCo(c)[0]).slice(0, 12)}.at`, ['workEmail.address'], opt],
    ['Internet', (c) => `www.${slug(heCo(c)[0]).slice(0, 12)}.at`, ['b2b.companyWebsite']],
    ['Mitarbeiterklasse', (c) => ['1-4', '5-9', '10-19', '20-49', '50-99'][n(c) % 5], []],
    ['Umsatzklasse', (c) => ['bis 0,5 Mio. €', '0,5-1 Mio. €', '1-2 Mio. €', '2-5 Mio. €'][n(c) % 4], []],
    ['Gründungsjahr', (c) => String(1950 + (n(c) % 70)), []],
    ['Anrede', (c) => anrede(c), ['person.name.courtesyTitle']],
    ['Titel', (c) => acad(c), [], opt],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Funktion', (c) => (fem(c) ? 'Geschäftsführerin' : pick(c, HE_FUNK)), ['extendedWorkDetails.jobTitle']],
    ['Stand', (c) => deDate(c.updated), [], opt],
  ] },
]
