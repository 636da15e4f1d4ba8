// Round 35, heldout35: held-out sets added in round 35, written apart from the suggester and any tuning, scored once at
// the end. Same format as sets.mjs (sources in ../README.md): header as the product exports it, one value generator per
// column in the product's formats, the accepted destinations ([] = nothing fits) and 'opt' for borderline columns.
import { E, B, P, v, at, B2BID, PL, OR, SHIP, BILL, opt } from './sets.mjs'
import { slug } from './values10.mjs'
import { loc } from './values9.mjs'
import { pad, shift } from './values.mjs'
import { person } from './people.mjs'

// summer time (April-October) by month, good enough for generated rows
const dst = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 }
const cet = (ms) => shift(ms, dst(ms) ? 2 : 1)
const dmy = (p) => `${pad(p.d)}.${pad(p.m)}.${p.y}`
const dmyHMS = (p) => `${dmy(p)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const ymdHMS = (p) => `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const fr = (p) => `${pad(p.d)}/${pad(p.m)}/${p.y}`
const comma = (n) => n.toFixed(2).replace('.', ',')
const n = (x) => +x.id

// Swiss customers (Datatrans, Payrexx): German first/last names from the row, Swiss towns, +41 mobiles.
const CH_CITY = [['Zürich', '8004', 'ZH'], ['Bern', '3011', 'BE'], ['Basel', '4051', 'BS'], ['Luzern', '6003', 'LU'], ['St. Gallen', '9000', 'SG'], ['Winterthur', '8400', 'ZH'], ['Aarau', '5000', 'AG']]
const CH_STREET = ['Bahnhofstrasse', 'Dorfstrasse', 'Seestrasse', 'Hauptstrasse', 'Kirchweg', 'Schulstrasse', 'Rosenweg']
const ch = (c) => { const k = n(c); const [city, zip, canton] = CH_CITY[k % CH_CITY.length]; return { city, zip, canton, street: `${CH_STREET[(k >> 2) % CH_STREET.length]} ${1 + (k % 88)}`, mobile: `+41 7${[6, 7, 8, 9][k % 4]} ${100 + (k % 900)} ${pad(k % 100)} ${pad((k >> 3) % 100)}`, email: `${slug(c.first)}.${slug(c.last)}@${['bluewin.ch', 'gmx.ch', 'gmail.com', 'hispeed.ch'][k % 4]}` } }

// Datatrans: a Swiss webshop's transactions (Web Admin Tool: Transaktionen > Suche > Export, CSV; German UI).
const DT_PM = [['VIS', 'Visa'], ['ECA', 'Mastercard'], ['TWI', 'TWINT'], ['PFC', 'PostFinance Card'], ['PAP', 'PayPal'], ['AMX', 'American Express'], ['VIS', 'Visa']]
const dtPm = (o) => DT_PM[n(o) % DT_PM.length]
const dtCard = (o) => ['VIS', 'ECA', 'AMX'].includes(dtPm(o)[0])
const DT_ST = ['Abgerechnet', 'Abgerechnet', 'Abgerechnet', 'Autorisiert', 'Storniert', 'Abgelehnt', 'Gutgeschrieben']
const dtSt = (o) => DT_ST[n(o) % DT_ST.length]
const dtAmt = (o) => +(o.subtotal * 1.07 + (o.subtotal > 80 ? 0 : 7.9)).toFixed(2)

// Payrexx: subscriptions of a Swiss fitness studio's online memberships (Abonnemente > Exportieren, CSV; German UI).
const PX_PLAN = [['Mitgliedschaft Basic', 59, 'monatlich'], ['Mitgliedschaft Premium', 89, 'monatlich'], ['Jahresabo Basic', 649, 'jährlich'], ['10er-Abo Kurse', 220, 'vierteljährlich'], ['Mitgliedschaft Student', 45, 'monatlich']]
const pxPlan = (o) => PX_PLAN[n(o) % PX_PLAN.length]
const PX_ST = ['aktiv', 'aktiv', 'aktiv', 'gekündigt', 'pausiert', 'fehlgeschlagen', 'aktiv']
const pxSt = (o) => PX_ST[n(o) % PX_ST.length]
const pxPm = (o) => ['Visa', 'Mastercard', 'TWINT', 'PostFinance Card', 'Visa'][(n(o) >> 1) % 5]

// Ratepay: orders of a German furniture shop paid on invoice, direct debit or instalments (Merchant Portal > Bestellungen > Export, CSV).
const RP_ST = ['Versendet', 'Versendet', 'Abgeschlossen', 'Offen', 'Teilweise versendet', 'Storniert', 'Retourniert']
const rpSt = (o) => RP_ST[n(o) % RP_ST.length]
const rpPm = (o) => ['Rechnung', 'Rechnung', 'Lastschrift', 'Ratenzahlung'][n(o) % 4]
const rpShipped = (o) => ['Versendet', 'Abgeschlossen', 'Teilweise versendet', 'Retourniert'].includes(rpSt(o))
const rpAmt = (o) => +(o.subtotal * 3.1 + 29).toFixed(2)
const rpOther = (o) => n(o) % 5 === 3 // delivered elsewhere

// Billie: the buyers (debtors) of a German B2B wholesaler paying on Billie invoices (Dashboard > Käufer > Export, CSV).
const BI_CO = [['Hofmann Gastro GmbH', 'GmbH', 'HRB 123456', 'Amtsgericht München', 'Gastronomie'], ['Baumann Elektrotechnik e.K.', 'e.K.', 'HRA 98765', 'Amtsgericht Köln', 'Handwerk'], ['Schröder & Lang Architekten PartG', 'PartG', 'PR 1234', 'Amtsgericht Hamburg', 'Dienstleistungen'], ['Nordlicht Events UG (haftungsbeschränkt)', 'UG', 'HRB 45678', 'Amtsgericht Berlin (Charlottenburg)', 'Veranstaltungen'], ['Vogel Bau AG', 'AG', 'HRB 7788', 'Amtsgericht Stuttgart', 'Baugewerbe']]
const bi = (c) => BI_CO[n(c) % BI_CO.length]
const biLimit = (c) => [5000, 10000, 25000, 2500, 50000][n(c) % 5]
const biOpen = (c) => +((n(c) % 17) * 312.45 % biLimit(c)).toFixed(2)
const de = (x) => x.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')

// PayZen (Lyra): transactions of a French e-shop (Back Office > Gestion des transactions > Exporter, CSV; French UI).
const paris = (ms) => shift(ms, dst(ms) ? 2 : 1)
const PZ_ST = ['Remisée', 'Remisée', 'Remisée', 'En attente de remise', 'Refusée', 'Annulée', 'Expirée']
const pzSt = (o) => PZ_ST[n(o) % PZ_ST.length]
const PZ_PM = ['CB', 'CB', 'VISA', 'MASTERCARD', 'E-CARTEBLEUE', 'AMEX', 'PAYPAL']
const pzPm = (o) => PZ_PM[(n(o) >> 1) % PZ_PM.length]
const pzAmt = (o) => +(o.subtotal * 1.2).toFixed(2)

// Qonto: the client list of a French agency's invoicing (Factures clients > Clients > Exporter, CSV; French UI).
const QO_CO = [['Atelier Moreau SARL', '812 345 678', 'FR32812345678', 'Boulangerie'], ['Studio Lumière SAS', '904 112 233', 'FR65904112233', 'Audiovisuel'], ['', '', '', ''], ['Garage du Centre EURL', '533 876 210', 'FR12533876210', 'Automobile'], ['Cabinet Leroy & Associés', '441 009 872', 'FR77441009872', 'Conseil'], ['', '', '', '']]
const qo = (c) => QO_CO[n(c) % QO_CO.length]
const qoPro = (c) => qo(c)[0] !== ''

// Lemonway: the payment accounts (wallets) of a French crowdfunding platform's investors (Back-office > Comptes > Exporter, CSV; French UI).
const LW_ST = ['KYC 2 complet', 'KYC 2 complet', 'KYC 1 (limité)', 'Documents en attente', 'Bloqué', 'Fermé']
const lwSt = (c) => LW_ST[n(c) % LW_ST.length]
const lwMoral = (c) => n(c) % 7 === 4
const NAT = ['FRA', 'FRA', 'FRA', 'BEL', 'FRA', 'ITA', 'FRA', 'PRT']
const birthCity = (c) => ['Paris 14e', 'Lyon', 'Marseille', 'Bordeaux', 'Lille', 'Toulouse', 'Nantes', 'Rennes'][n(c) % 8]

// HiPay Enterprise: the server-to-server notifications a French fashion shop receives (the POST fields of HiPay's
// documented transaction notification, stored one row per notification by the shop's webhook log, CSV).
const HP_N = [[116, 'Authorized', 'completed'], [117, 'Capture Requested', 'completed'], [118, 'Captured', 'completed'], [113, 'Refused', 'declined'], [124, 'Refund Requested', 'completed'], [125, 'Refunded', 'completed'], [142, 'Authorization Requested', 'pending']]
const hp = (o) => HP_N[n(o) % HP_N.length]
const HP_PP = [['cb', 'CB', 'VISA'], ['visa', 'VISA', 'VISA'], ['mastercard', 'MASTERCARD', 'MASTERCARD'], ['cb', 'CB', 'MASTERCARD'], ['american-express', 'AMERICAN EXPRESS', 'AMERICAN EXPRESS']]
const hpPp = (o) => HP_PP[(n(o) >> 1) % HP_PP.length]
const hpIso = (ms) => new Date(ms - (ms % 1000)).toISOString().replace('.000Z', '+0000')
const hpAmt = (o) => +(o.subtotal * 1.2 + (o.subtotal > 60 ? 0 : 5.9)).toFixed(2)
const hpTax = (o) => +(o.subtotal * 0.2).toFixed(2)

// Mangopay: the natural users of a French second-hand marketplace (the NaturalUser object of Mangopay's API v2.01,
// flattened to CSV by the platform's export; dates as Unix seconds).
const pm = new Map()
const frP = (c) => { if (!pm.has(c.id)) pm.set(c.id, person(v.rng(n(c) * 7 + 3), 'fr')); return pm.get(c.id) }
const unix = (ms) => String(Math.floor(ms / 1000))
const MG_INC = ['1', '2', '2', '3', '4', '5', '6']

// Scalapay: a Milan fashion shop's orders paid in instalments (Merchant Portal > Ordini > Scarica CSV; Italian UI).
const rome = (ms) => shift(ms, dst(ms) ? 2 : 1)
const SC_ST = ['Approvato', 'Approvato', 'Approvato', 'Rimborsato', 'Parzialmente rimborsato', 'Annullato', 'Approvato']
const scSt = (o) => SC_ST[n(o) % SC_ST.length]
const scProd = (o) => ['Paga in 3 rate', 'Paga in 3 rate', 'Paga in 4 rate', 'Paga in 30 giorni', 'Paga in 3 rate'][(n(o) >> 1) % 5]
const scAmt = (o) => +(o.subtotal * 2.4 + 9).toFixed(2)
const scRef = (o) => (scSt(o) === 'Rimborsato' ? scAmt(o) : scSt(o) === 'Parzialmente rimborsato' ? +(scAmt(o) / 3).toFixed(2) : 0)
const scFee = (o) => +(scAmt(o) * 0.045 + 0.3).toFixed(2)
const scStore = (o) => n(o) % 6 === 5

// Svea: payments of a Swedish outdoor shop (Svea PaymentAdmin > Transaktioner > Exportera, CSV; Swedish UI).
const sv = (c) => loc(c, 'sv')
const stockholm = (ms) => shift(ms, dst(ms) ? 2 : 1)
const svTs = (ms) => ymdHMS(stockholm(ms))
const SV_PM = ['Faktura', 'Faktura', 'Delbetalning', 'Kort', 'Swish', 'Direktbank', 'Kort']
const svPm = (o) => SV_PM[n(o) % SV_PM.length]
const SV_ST = ['Levererad', 'Levererad', 'Levererad', 'Öppen', 'Krediterad', 'Makulerad', 'Delvis levererad']
const svSt = (o) => SV_ST[(n(o) >> 1) % SV_ST.length]
const svAmt = (o) => +(o.subtotal * 11.5 + 49).toFixed(2)
const svCo = (c) => n(c) % 6 === 2
const kr = (x) => x.toFixed(2).replace('.', ',')
const pnr = (c) => { const p = shift(c.birth, 0); return `${p.y}${pad(p.m)}${pad(p.d)}-XXXX` }

// Walley: orders of a Gothenburg interior-design shop paid with Walley Checkout (Merchant Hub > Ordrar > Exportera, CSV; Swedish UI).
const WA_ST = ['Aktiverad', 'Aktiverad', 'Aktiverad', 'Delvis aktiverad', 'Krediterad', 'Väntar på aktivering', 'Avbruten']
const waSt = (o) => WA_ST[n(o) % WA_ST.length]
const waPm = (o) => ['Faktura', 'Delbetalning', 'Faktura', 'Konto', 'Kort'][(n(o) >> 2) % 5]
const waAmt = (o) => +(o.subtotal * 10.9 + 59).toFixed(2)
const waOther = (o) => n(o) % 5 === 1
const WA_SHIP = [['PostNord Ombud', 0], ['Budbee Hemleverans', 69], ['DHL Service Point', 49], ['Instabox', 39]]
const waShip = (o) => WA_SHIP[n(o) % WA_SHIP.length]

export const SETS = [
  // ---------------------------------------------------------------- payments
  { name: 'datatrans-transaktionen', product: 'Datatrans (Web Admin Tool: Transaktionen > Suche > Export, CSV; a Swiss webshop, German UI)', family: 'payments', language: 'de', schema: E, cols: [
    ['Transaktions-ID', (c, o, r) => `${String(o.at).slice(0, 6)}${v.int(r, 100000000000, 999999999999)}`, [OR('payments[0].transactionID'), '_id']],
    ['Händler-ID', () => '1100034718', []],
    ['Referenznummer', (c, o) => `WS-${200000 + (n(o) % 90000)}`, [OR('purchaseID')]],
    ['Datum', (c, o) => dmyHMS(cet(o.at)), ['timestamp']],
    ['Transaktionsart', (c, o) => (dtSt(o) === 'Gutgeschrieben' ? 'Gutschrift' : 'Zahlung'), [], opt],
    ['Status', (c, o) => dtSt(o), [], opt],
    ['Betrag', (c, o) => dtAmt(o).toFixed(2), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Währung', () => 'CHF', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Zahlungsmittel', (c, o) => dtPm(o)[0], [OR('payments[0].paymentType')]],
    ['Zahlungsmittel Name', (c, o) => dtPm(o)[1], [OR('payments[0].paymentType')], opt],
    ['Kartennummer', (c, o, r) => (dtCard(o) ? `${dtPm(o)[0] === 'AMX' ? '37' : dtPm(o)[0] === 'ECA' ? '52' : '42'}${v.int(r, 1000, 9999)}xxxxxx${v.int(r, 1000, 9999)}` : ''), []],
    ['Ablaufdatum', (c, o, r) => (dtCard(o) ? `${pad(v.int(r, 1, 12))}/${v.int(r, 26, 30)}` : ''), []],
    ['Karteninhaber', (c, o) => (dtCard(o) ? c.full : ''), []],
    ['Autorisierungscode', (c, o, r) => (dtSt(o) === 'Abgelehnt' ? '' : String(v.int(r, 100000, 999999))), []],
    ['3-D Secure', (c, o) => (dtCard(o) ? 'Ja' : ''), []],
    ['Kartenland', (c, o) => (dtCard(o) ? ['CHE', 'CHE', 'CHE', 'DEU', 'AUT'][n(o) % 5] : ''), [], opt],
    ['Gutgeschriebener Betrag', (c, o) => (dtSt(o) === 'Gutgeschrieben' ? dtAmt(o).toFixed(2) : '0.00'), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['Sprache', (c, o) => ['de', 'de', 'fr', 'it', 'en'][n(o) % 5], [], opt],
    ['IP-Adresse', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['E-Mail', (c) => ch(c).email, ['endUserIDs._experience.emailid.id'], opt],
    ['Fehlermeldung', (c, o) => (dtSt(o) === 'Abgelehnt' ? 'declined' : ''), []],
  ] },
  // ---------------------------------------------------------------- subscriptions
  { name: 'payrexx-abonnemente', product: 'Payrexx (Abonnemente > Exportieren, CSV; a Swiss fitness studio\'s online memberships, German UI)', family: 'subscriptions', language: 'de', schema: E, cols: [
    ['ID', (c, o) => String(40000 + (n(o) * 7) % 60000), ['_id', OR('purchaseID')], opt],
    ['Status', (c, o) => pxSt(o), [], opt],
    ['Erstellt am', (c, o) => dmyHMS(cet(o.at)), ['timestamp', OR('createdDate')]],
    ['Startdatum', (c, o) => dmy(cet(o.at + 86400000)), [], opt],
    ['Enddatum', (c, o) => (pxSt(o) === 'gekündigt' ? dmy(cet(o.at + 180 * 86400000)) : ''), [OR('cancelDate')], opt],
    ['Gekündigt am', (c, o) => (pxSt(o) === 'gekündigt' ? dmy(cet(o.at + 150 * 86400000)) : ''), [OR('cancelDate')]],
    ['Nächste Zahlung', (c, o) => (['aktiv', 'fehlgeschlagen'].includes(pxSt(o)) ? dmy(cet(o.at + 31 * 86400000)) : ''), []],
    ['Intervall', (c, o) => pxPlan(o)[2], []],
    ['Zweck', (c, o) => pxPlan(o)[0], [PL('name')]],
    ['Betrag', (c, o) => pxPlan(o)[1].toFixed(2), [OR('priceTotal'), PL('priceTotal')], opt],
    ['Währung', () => 'CHF', [OR('currencyCode'), PL('currencyCode')]],
    ['Zahlungsmittel', (c, o) => pxPm(o), [OR('payments[0].paymentType')], opt],
    ['Referenz', (c) => `MB-${n(c) % 9000 + 1000}`, [], opt],
    ['Anrede', (c) => (c.female ? 'Frau' : 'Herr'), []],
    ['Vorname', (c) => c.first, []],
    ['Nachname', (c) => c.last, []],
    ['Firma', (c, o) => (n(o) % 6 === 2 ? c.company : ''), []],
    ['Strasse', (c) => ch(c).street, [BILL('street1')]],
    ['PLZ', (c) => ch(c).zip, [BILL('postalCode')]],
    ['Ort', (c) => ch(c).city, [BILL('city')]],
    ['Land', () => 'CH', [BILL('countryCode'), BILL('country')]],
    ['E-Mail', (c) => ch(c).email, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefon', (c) => ch(c).mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Geburtsdatum', (c) => dmy(shift(c.birth, 0)), []],
  ] },
  // ---------------------------------------------------------------- e-commerce orders
  { name: 'ratepay-bestellungen', product: 'Ratepay (Merchant Portal > Bestellungen > Export, CSV; a German furniture shop, German UI, one row per order)', family: 'ecommerce-orders', language: 'de', schema: E, cols: [
    ['Transaktions-ID', (c, o, r) => `${v.int(r, 10, 99)}-${String(o.at).slice(0, 10)}${v.int(r, 1000, 9999)}`, [OR('payments[0].transactionID'), '_id']],
    ['Shop-Bestellnummer', (c, o) => String(100200000 + n(o)), [OR('purchaseID')]],
    ['Profil-ID', () => 'WOHNWERK_DE_B2C', [], opt],
    ['Bestelldatum', (c, o) => dmyHMS(cet(o.at)), ['timestamp', OR('createdDate')]],
    ['Status', (c, o) => rpSt(o), [], opt],
    ['Zahlart', (c, o) => rpPm(o), [OR('payments[0].paymentType')]],
    ['Bestellbetrag', (c, o) => de(rpAmt(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Versendeter Betrag', (c, o) => (rpShipped(o) ? de(rpSt(o) === 'Teilweise versendet' ? rpAmt(o) / 2 : rpAmt(o)) : '0,00'), [], opt],
    ['Stornierter Betrag', (c, o) => (rpSt(o) === 'Storniert' ? de(rpAmt(o)) : '0,00'), [], opt],
    ['Retournierter Betrag', (c, o) => (rpSt(o) === 'Retourniert' ? de(rpAmt(o)) : '0,00'), [OR('refundTotal')], opt],
    ['Offener Betrag', (c, o) => (['Abgeschlossen', 'Storniert', 'Retourniert'].includes(rpSt(o)) ? '0,00' : de(rpAmt(o))), []],
    ['Währung', () => 'EUR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Anrede', (c) => (c.female ? 'Frau' : 'Herr'), []],
    ['Vorname', (c) => c.first, []],
    ['Nachname', (c) => c.last, []],
    ['Geburtsdatum', (c) => dmy(shift(c.birth, 0)), []],
    ['E-Mail', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefon', (c) => c.mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Rechnungsadresse Straße', (c) => c.street, [BILL('street1')]],
    ['Rechnungsadresse PLZ', (c) => c.postcode, [BILL('postalCode')]],
    ['Rechnungsadresse Ort', (c) => c.city, [BILL('city')]],
    ['Rechnungsadresse Land', () => 'DE', [BILL('countryCode'), BILL('country')]],
    ['Lieferadresse Name', (c, o) => (rpOther(o) ? `${c.female ? 'Thomas' : 'Sabine'} ${c.last}` : c.full), []],
    ['Lieferadresse Straße', (c, o) => (rpOther(o) ? `Lindenweg ${1 + (n(o) % 40)}` : c.street), [SHIP('street1')]],
    ['Lieferadresse PLZ', (c, o) => (rpOther(o) ? '50667' : c.postcode), [SHIP('postalCode')]],
    ['Lieferadresse Ort', (c, o) => (rpOther(o) ? 'Köln' : c.city), [SHIP('city')]],
    ['Lieferadresse Land', () => 'DE', [SHIP('countryCode'), SHIP('country')]],
    ['Rechnungsnummer', (c, o) => (rpShipped(o) ? `RE-2024-${pad(n(o) % 100000, 5)}` : ''), [], opt],
    ['Versanddatum', (c, o) => (rpShipped(o) ? dmy(cet(o.at + 2 * 86400000)) : ''), ['commerce.shipping.shipDate']],
    ['Sendungsnummer', (c, o, r) => (rpShipped(o) ? `00340434${v.int(r, 1000000000, 9999999999)}` : ''), ['commerce.shipping.trackingNumber']],
  ] },
  // ---------------------------------------------------------------- CRM
  { name: 'billie-kaeufer', product: 'Billie (Händler-Dashboard > Käufer > Export, CSV; a German B2B wholesaler\'s buyers paying on invoice, German UI)', family: 'crm', language: 'de', schema: B, cols: [
    ['Käufer-ID', (c, o, r) => v.uuid(r), ['b2b.accountKey.sourceID', 'b2b.accountID'], opt],
    ['Externe Kundennummer', (c) => `K${10000 + (n(c) % 90000)}`, [...B2BID, 'b2b.accountID', 'b2b.accountKey.sourceID'], opt],
    ['Firmenname', (c) => bi(c)[0], ['b2b.companyName', 'organizations[0]']],
    ['Rechtsform', (c) => bi(c)[1], []],
    ['Registernummer', (c) => bi(c)[2], []],
    ['Registergericht', (c) => bi(c)[3], []],
    ['USt-IdNr.', (c) => `DE${100000000 + (n(c) * 7919) % 899999999}`, [], opt],
    ['Branche', (c) => bi(c)[4], []],
    ['Straße', (c) => c.street.replace(/ \d+.*$/, ''), at(['workAddress'], 'street1'), opt],
    ['Hausnummer', (c) => String(1 + (n(c) % 120)), [], opt],
    ['PLZ', (c) => c.postcode, at(['workAddress'], 'postalCode')],
    ['Ort', (c) => c.city, at(['workAddress'], 'city')],
    ['Land', () => 'DE', [...at(['workAddress'], 'countryCode'), ...at(['workAddress'], 'country')]],
    ['Vorname Ansprechpartner', (c) => c.first, ['person.name.firstName']],
    ['Nachname Ansprechpartner', (c) => c.last, ['person.name.lastName']],
    ['E-Mail Ansprechpartner', (c) => `${slug(c.first)}.${slug(c.last)}@${slug(bi(c)[0].split(' ')[0])}.de`, ['workEmail.address', 'personalEmail.address']],
    ['Telefon Ansprechpartner', (c) => c.phone, ['workPhone.number']],
    ['Kreditlimit', (c) => de(biLimit(c)), []],
    ['Verfügbares Limit', (c) => de(biLimit(c) - biOpen(c)), []],
    ['Offene Forderungen', (c) => de(biOpen(c)), []],
    ['Überfällige Forderungen', (c) => (n(c) % 6 === 1 ? de(biOpen(c) / 3) : '0,00'), []],
    ['Anzahl Bestellungen', (c) => String(1 + (n(c) % 48)), []],
    ['Status', (c) => ['Aktiv', 'Aktiv', 'Aktiv', 'Gesperrt', 'In Prüfung'][n(c) % 5], ['b2b.personStatus'], opt],
    ['Kunde seit', (c) => dmy(cet(c.created)), ['extSourceSystemAudit.createdDate'], opt],
    ['Letzte Bestellung', (c) => dmy(cet(Math.max(c.created, c.updated))), ['extSourceSystemAudit.lastActivityDate'], opt],
  ] },
  { name: 'payzen-transactions', product: 'PayZen by Lyra (Back Office Expert > Gestion des transactions > Exporter, CSV; a French e-shop, French UI)', family: 'payments', language: 'fr', schema: E, cols: [
    ['Date', (c, o) => fr(paris(o.at)), ['timestamp'], opt],
    ['Heure', (c, o) => { const p = paris(o.at); return `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }, [], opt],
    ['Référence', (c, o) => pad(n(o) % 899999 + 100000, 6), [OR('payments[0].transactionID')]],
    ['UUID', (c, o, r) => v.hex(r, 32), ['_id', OR('payments[0].transactionID')], opt],
    ['N° de commande', (c, o) => `CMD${String(n(o)).padStart(7, '0')}`, [OR('purchaseID')]],
    ['Boutique', () => 'Maison Lavande', [], opt],
    ['Montant', (c, o) => comma(pzAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Devise', () => 'EUR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Moyen de paiement', (c, o) => pzPm(o), [OR('payments[0].paymentType')]],
    ['N° de carte', (c, o, r) => (pzPm(o) === 'PAYPAL' ? '' : `${pzPm(o) === 'AMEX' ? '37' : '49'}${v.int(r, 1000, 9999)}XXXXXX${v.int(r, 1000, 9999)}`), []],
    ['Date d\'expiration', (c, o, r) => (pzPm(o) === 'PAYPAL' ? '' : `${pad(v.int(r, 1, 12))}/${v.int(r, 2026, 2030)}`), []],
    ['Statut', (c, o) => pzSt(o), [], opt],
    ['Mode de validation', (c, o) => (n(o) % 4 === 0 ? 'Manuelle' : 'Automatique'), []],
    ['Date de remise', (c, o) => (pzSt(o) === 'Remisée' ? fr(paris(o.at + 86400000)) : ''), [], opt],
    ['N° d\'autorisation', (c, o, r) => (['Refusée', 'Expirée'].includes(pzSt(o)) ? '' : String(v.int(r, 100000, 999999))), []],
    ['3D Secure', (c, o) => (pzPm(o) === 'PAYPAL' ? '' : ['Authentifié', 'Authentifié', 'Frictionless', 'Non authentifié'][n(o) % 4]), []],
    ['Garantie de paiement', (c, o) => (pzPm(o) === 'PAYPAL' ? 'Non applicable' : n(o) % 4 === 3 ? 'Non' : 'Oui'), []],
    ['Nom de l\'acheteur', (c) => c.last.toUpperCase(), []],
    ['Prénom de l\'acheteur', (c) => c.first, []],
    ['E-mail de l\'acheteur', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Téléphone de l\'acheteur', (c) => c.mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Adresse de l\'acheteur', (c) => c.street, [BILL('street1')]],
    ['Code postal de l\'acheteur', (c) => c.postcode, [BILL('postalCode')]],
    ['Ville de l\'acheteur', (c) => c.city, [BILL('city')]],
    ['Pays de l\'acheteur', () => 'FR', [BILL('countryCode'), BILL('country')]],
    ['Canal', (c, o) => (n(o) % 7 === 0 ? 'Back office' : 'Internet'), []],
    ['Adresse IP', (c, o, r) => (n(o) % 7 === 0 ? '' : v.ip4(r)), ['environment.ipV4']],
  ] },
  // ---------------------------------------------------------------- invoicing
  { name: 'qonto-clients', product: 'Qonto (Facturation > Clients > Exporter, CSV; a French agency\'s invoicing clients, French UI)', family: 'invoicing', language: 'fr', schema: B, cols: [
    ['Type', (c) => (qoPro(c) ? 'Entreprise' : 'Particulier'), ['b2b.personType'], opt],
    ['Nom', (c) => (qoPro(c) ? qo(c)[0] : c.full), ['b2b.companyName', 'organizations[0]', 'person.name.fullName'], opt],
    ['Prénom', (c) => (qoPro(c) ? '' : c.first), ['person.name.firstName']],
    ['Nom de famille', (c) => (qoPro(c) ? '' : c.last), ['person.name.lastName']],
    ['E-mail', (c) => (qoPro(c) ? `compta@${slug(qo(c)[0].split(' ')[1] ?? qo(c)[0])}.fr` : c.email), ['workEmail.address', 'personalEmail.address']],
    ['Adresses e-mail en copie', (c) => (qoPro(c) && n(c) % 3 === 0 ? `${slug(c.first)}.${slug(c.last)}@${slug(qo(c)[0].split(' ')[1] ?? 'x')}.fr` : ''), [], opt],
    ['Téléphone', (c) => c.phone, ['workPhone.number', 'homePhone.number']],
    ['Numéro SIREN', (c) => qo(c)[1], []],
    ['Numéro de TVA', (c) => qo(c)[2], [], opt],
    ['Adresse', (c) => c.street, [...at(['workAddress', 'billingAddress', 'homeAddress'], 'street1')]],
    ['Code postal', (c) => c.postcode, [...at(['workAddress', 'billingAddress', 'homeAddress'], 'postalCode')]],
    ['Ville', (c) => c.city, [...at(['workAddress', 'billingAddress', 'homeAddress'], 'city')]],
    ['Pays', () => 'FR', [...at(['workAddress', 'billingAddress', 'homeAddress'], 'countryCode'), ...at(['workAddress', 'billingAddress', 'homeAddress'], 'country')]],
    ['Adresse de livraison', (c, o) => (n(o) % 5 === 1 ? `${1 + (n(o) % 60)} rue des Entrepôts` : ''), ['shippingAddress.street1']],
    ['Code postal de livraison', (c, o) => (n(o) % 5 === 1 ? '93200' : ''), ['shippingAddress.postalCode']],
    ['Ville de livraison', (c, o) => (n(o) % 5 === 1 ? 'Saint-Denis' : ''), ['shippingAddress.city']],
    ['Pays de livraison', (c, o) => (n(o) % 5 === 1 ? 'FR' : ''), ['shippingAddress.countryCode', 'shippingAddress.country']],
    ['Devise', () => 'EUR', []],
    ['Langue', (c) => (n(c) % 7 === 3 ? 'en' : 'fr'), [], opt],
    ['Délai de paiement (jours)', (c) => String([30, 30, 45, 15, 0][n(c) % 5]), []],
    ['Identifiant', (c, o, r) => v.uuid(r), [...B2BID], opt],
    ['Créé le', (c) => fr(paris(c.created)), ['extSourceSystemAudit.createdDate'], opt],
  ] },
  // ---------------------------------------------------------------- CRM
  { name: 'lemonway-comptes', product: 'Lemonway (Back-office > Comptes > Exporter, CSV; a French crowdfunding platform\'s investor wallets, French UI)', family: 'crm', language: 'fr', schema: P, cols: [
    ['ID externe', (c) => `INV-${n(c)}`, ['_id', 'personID']],
    ['ID interne', (c) => String(100000 + (n(c) * 13) % 900000), ['_id', 'personID'], opt],
    ['Statut', (c) => lwSt(c), [], opt],
    ['Type de compte', (c) => (lwMoral(c) ? 'Personne morale' : 'Personne physique'), ['person.type'], opt],
    ['Payeur / Bénéficiaire', (c) => (n(c) % 4 === 0 ? 'Bénéficiaire' : 'Payeur'), []],
    ['Civilité', (c) => (c.female ? 'Mme' : 'M.'), ['person.name.courtesyTitle']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['E-mail', (c) => c.email, ['personalEmail.address']],
    ['Date de naissance', (c) => fr(shift(c.birth, 0)), ['person.birthDate']],
    ['Ville de naissance', (c) => birthCity(c), []],
    ['Pays de naissance', (c) => NAT[(n(c) + 1) % NAT.length], []],
    ['Nationalité', (c) => NAT[n(c) % NAT.length], ['person.nationality']],
    ['Adresse', (c) => c.street, at(['homeAddress', 'mailingAddress'], 'street1')],
    ['Code postal', (c) => c.postcode, at(['homeAddress', 'mailingAddress'], 'postalCode')],
    ['Ville', (c) => c.city, at(['homeAddress', 'mailingAddress'], 'city')],
    ['Pays', () => 'FR', [...at(['homeAddress', 'mailingAddress'], 'countryCode'), ...at(['homeAddress', 'mailingAddress'], 'country')]],
    ['Téléphone mobile', (c) => c.mobile.replace(/\s/g, ''), ['mobilePhone.number']],
    ['Téléphone fixe', (c, o, r) => (r() < 0.3 ? c.phone : ''), ['homePhone.number']],
    ['Raison sociale', (c) => (lwMoral(c) ? `${c.last} Patrimoine SAS` : ''), ['organizations[0]'], opt],
    ['Solde', (c) => comma((n(c) % 37) * 125.5), []],
    ['IBAN', (c) => (n(c) % 3 === 0 ? `FR76 3000 4${pad(n(c) % 10000, 4)} 0001 ${pad(n(c) % 9999, 4)} ${pad(n(c) % 9973, 4)} 123` : ''), []],
    ['Date de création', (c) => `${fr(paris(c.created))} ${pad(paris(c.created).H)}:${pad(paris(c.created).M)}`, [], opt],
    ['Dernière modification', (c) => fr(paris(Math.max(c.created, c.updated))), [], opt],
  ] },
  { name: 'mangopay-users', product: 'Mangopay (natural users of a French second-hand marketplace: the NaturalUser object of the API v2.01, flattened to CSV)', family: 'crm', language: 'en', schema: P, cols: [
    ['Id', (c) => `user_m_01H${v.alnum(v.rng(n(c)), 23).toUpperCase()}`, ['_id', 'personID']],
    ['Tag', (c) => `custom-id-${n(c) % 500000}`, ['_id', 'personID'], opt],
    ['CreationDate', (c) => unix(c.created), [], opt],
    ['PersonType', () => 'NATURAL', ['person.type'], opt],
    ['UserCategory', (c) => (n(c) % 3 === 0 ? 'OWNER' : 'PAYER'), []],
    ['KYCLevel', (c) => (n(c) % 3 === 0 ? 'REGULAR' : 'LIGHT'), []],
    ['TermsAndConditionsAccepted', (c) => (n(c) % 3 === 0 ? 'true' : 'false'), [], opt],
    ['TermsAndConditionsAcceptedDate', (c) => (n(c) % 3 === 0 ? unix(c.created + 60000) : ''), [], opt],
    ['FirstName', (c) => frP(c).first, ['person.name.firstName']],
    ['LastName', (c) => frP(c).last, ['person.name.lastName']],
    ['Email', (c) => frP(c).email, ['personalEmail.address']],
    ['Birthday', (c) => unix(c.birth), ['person.birthDate']],
    ['Nationality', (c) => ['FR', 'FR', 'FR', 'BE', 'FR', 'ES'][n(c) % 6], ['person.nationality']],
    ['CountryOfResidence', () => 'FR', ['homeAddress.countryCode'], opt],
    ['Address.AddressLine1', (c) => frP(c).street, at(['homeAddress', 'mailingAddress'], 'street1')],
    ['Address.AddressLine2', (c, o, r) => (r() < 0.2 ? `Bâtiment ${'ABC'[n(c) % 3]}` : ''), at(['homeAddress', 'mailingAddress'], 'street2')],
    ['Address.City', (c) => frP(c).city, at(['homeAddress', 'mailingAddress'], 'city')],
    ['Address.Region', (c) => frP(c).region, [...at(['homeAddress', 'mailingAddress'], 'stateProvince'), ...at(['homeAddress', 'mailingAddress'], 'state')]],
    ['Address.PostalCode', (c) => frP(c).postcode, at(['homeAddress', 'mailingAddress'], 'postalCode')],
    ['Address.Country', () => 'FR', [...at(['homeAddress', 'mailingAddress'], 'countryCode'), ...at(['homeAddress', 'mailingAddress'], 'country')]],
    ['Occupation', (c) => (n(c) % 3 === 0 ? ['Enseignante', 'Infirmier', 'Développeur', 'Commerçante'][n(c) % 4] : ''), []],
    ['IncomeRange', (c) => (n(c) % 3 === 0 ? MG_INC[n(c) % MG_INC.length] : ''), []],
    ['PhoneNumber', (c) => frP(c).mobile.replace(/\s/g, '').replace(/^\+33/, '0'), ['mobilePhone.number', 'homePhone.number']],
    ['PhoneNumberCountry', () => 'FR', ['mobilePhone.countryCode'], opt],
    ['ProofOfIdentity', (c, o, r) => (n(c) % 3 === 0 ? String(v.int(r, 100000000, 199999999)) : ''), []],
    ['ProofOfAddress', () => '', []],
  ] },
  // ---------------------------------------------------------------- events
  { name: 'hipay-notifications', product: 'HiPay Enterprise (server-to-server transaction notifications of a French fashion shop, the documented POST fields stored one row per notification, CSV)', family: 'events', language: 'en', schema: E, cols: [
    ['transaction_reference', (c, o) => String(800000000000 + n(o) * 1777), [OR('payments[0].transactionID')]],
    ['state', (c, o) => hp(o)[2], [], opt],
    ['status', (c, o) => String(hp(o)[0]), [], opt],
    ['message', (c, o) => hp(o)[1], [], opt],
    ['reason[code]', (c, o) => (hp(o)[2] === 'declined' ? '4010202' : ''), []],
    ['reason[message]', (c, o) => (hp(o)[2] === 'declined' ? 'Insufficient Funds' : ''), []],
    ['test', () => 'false', []],
    ['mid', () => '00001326581', []],
    ['attempt_id', (c, o) => String(1 + (n(o) % 3 === 0 ? 1 : 0)), []],
    ['authorization_code', (c, o, r) => (hp(o)[2] === 'declined' ? '' : String(v.int(r, 100000, 999999))), []],
    ['date_created', (c, o) => hpIso(o.at), [OR('createdDate')], opt],
    ['date_updated', (c, o) => hpIso(o.at + (n(o) % 7) * 3600000), ['timestamp', OR('lastUpdatedDate')]],
    ['date_authorized', (c, o) => (hp(o)[2] === 'declined' ? '' : hpIso(o.at + 4000)), [], opt],
    ['authorized_amount', (c, o) => (hp(o)[2] === 'declined' ? '0.00' : hpAmt(o).toFixed(2)), [OR('payments[0].paymentAmount')], opt],
    ['captured_amount', (c, o) => ([118, 124, 125].includes(hp(o)[0]) ? hpAmt(o).toFixed(2) : '0.00'), [OR('payments[0].paymentAmount')], opt],
    ['refunded_amount', (c, o) => (hp(o)[0] === 125 ? hpAmt(o).toFixed(2) : '0.00'), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['decimals', () => '2', []],
    ['currency', () => 'EUR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['ip_address', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['ip_country', (c, o) => (n(o) % 9 === 4 ? 'BE' : 'FR'), ['placeContext.geo.countryCode'], opt],
    ['eci', (c, o) => (n(o) % 5 === 0 ? '9' : '7'), []],
    ['payment_product', (c, o) => hpPp(o)[0], [OR('payments[0].paymentType')]],
    ['payment_method[brand]', (c, o) => hpPp(o)[2], [OR('payments[0].paymentType')], opt],
    ['payment_method[pan]', (c, o, r) => `${hpPp(o)[2] === 'VISA' ? '4' : hpPp(o)[2] === 'MASTERCARD' ? '5' : '37'}${v.int(r, 10000, 99999)}******${v.int(r, 1000, 9999)}`, []],
    ['payment_method[card_holder]', (c) => frP(c).full.toUpperCase(), []],
    ['payment_method[country]', (c, o) => (n(o) % 9 === 4 ? 'BE' : 'FR'), [], opt],
    ['fraud_screening[scoring]', (c, o) => String((n(o) * 7) % 90), []],
    ['fraud_screening[result]', (c, o) => (n(o) % 11 === 3 ? 'challenged' : 'accepted'), []],
    ['order[id]', (c, o) => `FR${String(n(o)).padStart(9, '0')}`, [OR('purchaseID')]],
    ['order[amount]', (c, o) => hpAmt(o).toFixed(2), [OR('priceTotal')]],
    ['order[shipping]', (c, o) => (o.subtotal > 60 ? '0.00' : '5.90'), ['commerce.shipping.shippingAmount']],
    ['order[tax]', (c, o) => hpTax(o).toFixed(2), [OR('taxAmount')]],
    ['order[customer_id]', (c) => String(n(c)), [], opt],
    ['order[email]', (c) => frP(c).email, ['endUserIDs._experience.emailid.id'], opt],
    ['order[language]', (c, o) => (n(o) % 9 === 4 ? 'fr_BE' : 'fr_FR'), [], opt],
  ] },
  // ---------------------------------------------------------------- e-commerce orders
  { name: 'scalapay-ordini', product: 'Scalapay (Merchant Portal > Ordini > Scarica CSV; a Milan fashion shop online and in store, Italian UI)', family: 'ecommerce-orders', language: 'it', schema: E, cols: [
    ['ID ordine', (c, o, r) => v.alnum(r, 10).toUpperCase(), [OR('payments[0].transactionID'), '_id']],
    ['Riferimento merchant', (c, o) => (scStore(o) ? `POS-${n(o) % 9000}` : `${100000 + n(o)}`), [OR('purchaseID')]],
    ['Data ordine', (c, o) => { const p = rome(o.at); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }, ['timestamp', OR('createdDate')]],
    ['Stato', (c, o) => scSt(o), [], opt],
    ['Prodotto', (c, o) => scProd(o), [OR('payments[0].paymentType')], opt],
    ['Canale', (c, o) => (scStore(o) ? 'In negozio' : 'Online'), [], opt],
    ['Punto vendita', (c, o) => (scStore(o) ? 'Milano Brera' : ''), [], opt],
    ['Importo', (c, o) => comma(scAmt(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Importo rimborsato', (c, o) => comma(scRef(o)), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['Valuta', () => 'EUR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Commissioni', (c, o) => comma(scFee(o)), []],
    ['Importo netto', (c, o) => comma(scAmt(o) - scFee(o)), []],
    ['Nome', (c) => c.first, []],
    ['Cognome', (c) => c.last, []],
    ['Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefono', (c) => c.mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Indirizzo di spedizione', (c, o) => (scStore(o) ? '' : c.street), [SHIP('street1')]],
    ['CAP', (c, o) => (scStore(o) ? '' : c.postcode), [SHIP('postalCode')]],
    ['Città', (c, o) => (scStore(o) ? '' : c.city), [SHIP('city')]],
    ['Provincia', (c, o) => (scStore(o) ? '' : c.region), [SHIP('stateProvince'), SHIP('state')]],
    ['Paese', (c, o) => (scStore(o) ? '' : 'IT'), [SHIP('countryCode'), SHIP('country')]],
    ['Numero articoli', (c, o) => String(o.qty), [], opt],
    ['Codice sconto', (c, o) => (o.coupon ? 'SALDI20' : ''), ['commerce.promotionID']],
  ] },
  // ---------------------------------------------------------------- payments
  { name: 'svea-transaktioner', product: 'Svea Payments (PaymentAdmin > Transaktioner > Exportera, CSV; a Swedish outdoor shop, Swedish UI)', family: 'payments', language: 'sv', schema: E, cols: [
    ['Ordernummer', (c, o) => String(8900000 + n(o)), [OR('payments[0].transactionID'), '_id']],
    ['Klientordernummer', (c, o) => `SO-${40000 + (n(o) % 60000)}`, [OR('purchaseID')]],
    ['Transaktionsdatum', (c, o) => svTs(o.at), ['timestamp', OR('createdDate')]],
    ['Betalningsmetod', (c, o) => svPm(o), [OR('payments[0].paymentType')]],
    ['Status', (c, o) => svSt(o), [], opt],
    ['Belopp', (c, o) => kr(svAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Varav moms', (c, o) => kr(svAmt(o) * 0.2), [OR('taxAmount')]],
    ['Krediterat belopp', (c, o) => kr(svSt(o) === 'Krediterad' ? svAmt(o) : 0), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['Valuta', () => 'SEK', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Kundtyp', (c) => (svCo(c) ? 'Företag' : 'Privat'), []],
    ['Person-/organisationsnummer', (c) => (svCo(c) ? sv(c).orgnr : pnr(c)), []],
    ['Kundnummer', (c) => String(n(c) % 90000 + 10000), [], opt],
    ['Namn', (c) => (svCo(c) ? sv(c).company : sv(c).full), []],
    ['E-post', (c) => sv(c).email, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefon', (c) => sv(c).mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Adress', (c) => sv(c).street, [BILL('street1')]],
    ['Postnummer', (c) => sv(c).zip, [BILL('postalCode')]],
    ['Ort', (c) => sv(c).city, [BILL('city')]],
    ['Land', () => 'SE', [BILL('countryCode'), BILL('country')]],
    ['Fakturanummer', (c, o) => (['Faktura', 'Delbetalning'].includes(svPm(o)) && svSt(o) !== 'Öppen' ? String(5500000 + n(o)) : ''), [], opt],
    ['Förfallodatum', (c, o) => (['Faktura', 'Delbetalning'].includes(svPm(o)) && svSt(o) !== 'Öppen' ? svTs(o.at + 14 * 86400000).slice(0, 10) : ''), []],
    ['Leveransdatum', (c, o) => (['Levererad', 'Delvis levererad', 'Krediterad'].includes(svSt(o)) ? svTs(o.at + 86400000).slice(0, 10) : ''), ['commerce.shipping.shipDate'], opt],
    ['Butik', () => 'Fjällutrustning.se', [], opt],
  ] },
  // ---------------------------------------------------------------- e-commerce orders
  { name: 'walley-ordrar', product: 'Walley (Merchant Hub > Ordrar > Exportera, CSV; a Gothenburg interior-design shop on Walley Checkout, Swedish UI, one row per order)', family: 'ecommerce-orders', language: 'sv', schema: E, cols: [
    ['Köp-ID', (c, o, r) => v.uuid(r), [OR('payments[0].transactionID'), '_id']],
    ['Butikens ordernummer', (c, o) => String(300000 + n(o)), [OR('purchaseID')]],
    ['Skapad', (c, o) => ymdHMS(stockholm(o.at)).slice(0, 16), ['timestamp', OR('createdDate')]],
    ['Status', (c, o) => waSt(o), [], opt],
    ['Betalsätt', (c, o) => waPm(o), [OR('payments[0].paymentType')]],
    ['Totalbelopp', (c, o) => kr(waAmt(o) + waShip(o)[1]), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Varav moms', (c, o) => kr((waAmt(o) + waShip(o)[1]) * 0.2), [OR('taxAmount')]],
    ['Aktiverat belopp', (c, o) => kr(waSt(o) === 'Aktiverad' ? waAmt(o) + waShip(o)[1] : waSt(o) === 'Delvis aktiverad' ? waAmt(o) / 2 : 0), [], opt],
    ['Krediterat belopp', (c, o) => kr(waSt(o) === 'Krediterad' ? waAmt(o) + waShip(o)[1] : 0), [OR('refundTotal')], opt],
    ['Valuta', () => 'SEK', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Kundtyp', (c) => (n(c) % 8 === 3 ? 'Företag' : 'Privat'), []],
    ['Förnamn', (c) => sv(c).first, []],
    ['Efternamn', (c) => sv(c).last, []],
    ['E-post', (c) => sv(c).email, ['endUserIDs._experience.emailid.id'], opt],
    ['Mobilnummer', (c) => sv(c).mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Faktureringsadress', (c) => sv(c).street, [BILL('street1')]],
    ['Faktureringspostnummer', (c) => sv(c).zip, [BILL('postalCode')]],
    ['Faktureringsort', (c) => sv(c).city, [BILL('city')]],
    ['Leveransadress', (c, o) => (waOther(o) ? `Linnégatan ${1 + (n(o) % 60)}` : sv(c).street), [SHIP('street1')]],
    ['Leveranspostnummer', (c, o) => (waOther(o) ? '413 04' : sv(c).zip), [SHIP('postalCode')]],
    ['Leveransort', (c, o) => (waOther(o) ? 'Göteborg' : sv(c).city), [SHIP('city')]],
    ['Land', () => 'SE', [SHIP('countryCode'), SHIP('country'), BILL('countryCode'), BILL('country')]],
    ['Leveranssätt', (c, o) => waShip(o)[0], ['commerce.shipping.shippingMethod']],
    ['Fraktkostnad', (c, o) => kr(waShip(o)[1]), ['commerce.shipping.shippingAmount']],
    ['Antal artiklar', (c, o) => String(o.qty), [], opt],
    ['Fakturanummer', (c, o) => (['Aktiverad', 'Delvis aktiverad', 'Krediterad'].includes(waSt(o)) && waPm(o) !== 'Kort' ? String(71000000 + n(o)) : ''), [], opt],
    ['Butiks-ID', () => '4721', []],
  ] },
]
