// Round 35, heldout35: held-out sets added in round 35, written apart from the suggester and any tuning, scored once at
// the end. Same format as sets.mjs (sources in ../README.md): header as the product exports it, one value generator per
// column in the product's formats, the accepted destinations ([] = nothing fits) and 'opt' for borderline columns.
import { E, B, P, v, at, B2BID, PL, OR, SHIP, BILL, opt } from './sets.mjs'
import { slug } from './values10.mjs'
import { loc } from './values9.mjs'
import { pad, shift } from './values.mjs'

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
    ['Land', () => 'DE', at(['workAddress'], 'countryCode')],
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
    ['Pays', () => 'FR', [...at(['workAddress', 'billingAddress', 'homeAddress'], 'countryCode')]],
    ['Adresse de livraison', (c, o) => (n(o) % 5 === 1 ? `${1 + (n(o) % 60)} rue des Entrepôts` : ''), ['shippingAddress.street1']],
    ['Code postal de livraison', (c, o) => (n(o) % 5 === 1 ? '93200' : ''), ['shippingAddress.postalCode']],
    ['Ville de livraison', (c, o) => (n(o) % 5 === 1 ? 'Saint-Denis' : ''), ['shippingAddress.city']],
    ['Pays de livraison', (c, o) => (n(o) % 5 === 1 ? 'FR' : ''), ['shippingAddress.countryCode']],
    ['Devise', () => 'EUR', []],
    ['Langue', (c) => (n(c) % 7 === 3 ? 'en' : 'fr'), [], opt],
    ['Délai de paiement (jours)', (c) => String([30, 30, 45, 15, 0][n(c) % 5]), []],
    ['Identifiant', (c, o, r) => v.uuid(r), [...B2BID], opt],
    ['Créé le', (c) => fr(paris(c.created)), ['extSourceSystemAudit.createdDate'], opt],
  ] },
]
