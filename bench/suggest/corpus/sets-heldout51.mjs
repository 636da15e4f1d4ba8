// Round 51, heldout51: held-out sets added in round 51's brief, written apart from the suggester and any tuning, scored
// once at the end. Same format as sets.mjs (sources in ../README.md): header as the product exports it, one value
// generator per column in the product's formats, the accepted destinations ([] = nothing fits) and 'opt' for borderline
// columns. German-speaking e-commerce (Germany, Austria, Switzerland): shop back-ends, merchandise management, newsletter
// and loyalty tools, marketplaces for sellers.
import { E, B, P, v, f, at, HOME, B2BID, PL, OR, SHIP, BILL, opt } from './sets.mjs'
import { slug } from './values10.mjs'
import { pad, shift } from './values.mjs'

const EMAILID = 'endUserIDs._experience.emailid.id'
const n = (c) => +c.id
// summer time (April-October) by month, good enough for generated rows
const dst = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 }
const cet = (ms) => shift(ms, dst(ms) ? 2 : 1)
const deDt = (ms) => { const p = cet(ms); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}` }
const deSec = (ms) => { const p = cet(ms); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ymdSec = (ms) => { const p = cet(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const isoCet = (ms) => { const p = cet(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)}T${pad(p.H)}:${pad(p.M)}:${pad(p.S)}${dst(ms) ? '+02:00' : '+01:00'}` }
const eur = (x) => x.toFixed(2).replace('.', ',')
const eurK = (x) => x.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')
const chf = (x) => x.toFixed(2).replace(/\B(?=(\d{3})+(?!\.))/g, "'")
const strasse = (c) => c.street.replace(/ \d+.*$/, '')
const hnr = (c) => (c.street.match(/(\d+\w*)$/) || ['', String(1 + n(c) % 80)])[1]
const anrede = (c) => (c.female ? 'Frau' : 'Herr')
const shipTo = (c, o) => (n(c) % 5 === 0 ? { street: `Lindenweg ${3 + +o.id % 40}`, city: 'Leipzig', postcode: '04109' } : c)
const chCity = (c) => [['Zürich', '8004', 'ZH'], ['Bern', '3011', 'BE'], ['Basel', '4051', 'BS'], ['Luzern', '6003', 'LU'], ['St. Gallen', '9000', 'SG'], ['Winterthur', '8400', 'ZH']][n(c) % 6]
const atCity = (c) => [['Wien', '1070'], ['Graz', '8010'], ['Linz', '4020'], ['Salzburg', '5020'], ['Innsbruck', '6020']][n(c) % 5]
const chMobile = (c) => `+41 7${[6, 7, 8, 9][n(c) % 4]} ${100 + n(c) % 900} ${pad(n(c) % 100)} ${pad((n(c) >> 3) % 100)}`
const zahl = ['PayPal', 'Rechnung', 'Vorkasse', 'Kreditkarte', 'Klarna Sofort', 'PayPal']

// DreamRobot: orders of a German eBay/Amazon seller of garden goods (Im-Export > Export > Finanzen: Universeller Export
// (Artikelzeilen), CSV with ';', one row per order line, DreamRobot's own field names).
const DR_PORTAL = ['eBay', 'eBay', 'Amazon', 'Shop (Shopware)', 'Kaufland', 'DR-Kasse']
const DR_ST = ['Bezahlt', 'Versendet', 'Versendet', 'Offen', 'Storniert', 'Versendet']
// Xanario: orders of a German outdoor retailer's Xanario shop (Shop-Verwaltung > Bestellungen > Export, CSV; one row per
// order line).
const XA_ST = ['Neu', 'In Bearbeitung', 'Versandt', 'Versandt', 'Storniert', 'Abgeschlossen']
// BRACK.CH: orders of a Swiss household-goods seller on the Brack.ch marketplace (Händlerportal > Bestellungen > Export,
// Excel; German UI, CHF).
const BR_ST = ['Offen', 'Bestätigt', 'Versendet', 'Versendet', 'Storniert']
const BR_CARRIER = ['Post', 'Post', 'Planzer', 'DPD']
// Jimdo: orders of a small German ceramics shop's Jimdo online store (Mein Konto > Shop > Bestellungen > CSV export).
const JI_ST = ['Bezahlt', 'Versendet', 'Versendet', 'Offen', 'Storniert']
// Avocadostore: orders of a sustainable-fashion seller (Importe & Exporte > Bestelldaten, CSV; one row per order line,
// the marketplace's kebab-case column names and English status values).
const AV_ST = ['pending', 'accepted', 'shipped', 'shipped', 'cancelled', 'returned']
// modified eCommerce: customers of a German tea shop (Admin > Kunden > Kunden exportieren, CSV from the shop's customer
// export module; German column titles).
const MO_GRP = ['Kunde', 'Kunde', 'Kunde', 'Gast', 'Händler']
// ePages: customers of a German bike-parts shop (ePages Base / 1&1 / Strato Webshop: Kunden > Kunden exportieren, CSV).
const EP_GRP = ['Stammkunden', '', '', 'Neukunden', 'Wiederverkäufer']
// venditio (minisystems): customers of a Swiss wine shop (ControlCenter > Extras > Export > Kundendaten, CSV with header row).
// Maileon (XQueue): contacts of a German drugstore's newsletter (Listen & Kontakte > Kontaktexport, CSV; standard and
// custom contact fields).
const ML_PERM = ['DOI_PLUS', 'DOI', 'DOI', 'SOI', 'NONE']
// Quentn: contacts of an Austrian online-course seller's marketing automation (Kontakte > Exportieren, CSV; tags as a list).
const QU_TAGS = ['Newsletter', 'Newsletter, Webinar 03/24', 'Kunde Kurs A', 'Lead Magnet Checkliste', 'Newsletter, Kunde Kurs B']
// VARIO 8: business customers of a German tools wholesaler's ERP (Stammdaten > Adressen > Export, Excel; one row per contact
// person of a customer address).
const VA_BRANCHE = ['Metallbau', 'Handwerk', 'Industrie', 'Fachhandel', 'Baugewerbe']
const VA_POS = ['Einkauf', 'Geschäftsführer', 'Werkstattleiter', 'Einkaufsleiterin', 'Buchhaltung']
// Loyalty Prime: members of a Swiss-German fashion chain's loyalty programme (Members > Export, CSV; German field labels).
const LP_TIER = ['Basic', 'Basic', 'Silber', 'Gold', 'Platin']
const lpPts = (c) => (n(c) * 37) % 8800

export const SETS = [
  { name: 'dreamrobot-finanzen-export-de', product: 'DreamRobot (Im-Export > Export > Finanzen: Universeller Export (Artikelzeilen), CSV with \';\'; German UI, a German multichannel seller of garden goods)', family: 'ecommerce-orders', language: 'de', schema: E, cols: [
    ['Vorgangsnummer', (c, o) => String(400000 + +o.id), [OR('purchaseID')]],
    ['Bestellnummer', (c, o, r) => `${v.int(r, 10, 28)}-${v.int(r, 10000, 99999)}-${v.int(r, 10000, 99999)}`, [OR('purchaseOrderNumber'), OR('purchaseID')], opt],
    ['Portal', (c, o) => DR_PORTAL[+o.id % DR_PORTAL.length], [], opt],
    ['Auftragsdatum', (c, o) => deSec(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o) => DR_ST[+o.id % DR_ST.length], [], opt],
    ['Rechnungsnummer', (c, o) => (DR_ST[+o.id % DR_ST.length] === 'Offen' ? '' : `RE-2024-${pad(+o.id % 9000, 5)}`), [], opt],
    ['Mitgliedsname', (c) => `${slug(c.first)}_${n(c) % 1000}`, [], opt],
    ['E-Mail', (c) => c.email, [EMAILID], opt],
    ['Rech-Name', (c) => c.full, []],
    ['Rech-Name 2', (c) => (n(c) % 6 === 0 ? c.company : ''), []],
    ['Rech-Strasse 1', (c) => c.street, [BILL('street1')]],
    ['Rech-PLZ', (c) => c.postcode, [BILL('postalCode')]],
    ['Rech-Ort', (c) => c.city, [BILL('city')]],
    ['Rech-Land', () => 'Deutschland', [BILL('country')]],
    ['Lief-Name', (c) => c.full, []],
    ['Lief-Strasse 1', (c, o) => shipTo(c, o).street, [SHIP('street1')]],
    ['Lief-Strasse 2', (c) => (n(c) % 7 === 0 ? 'Packstation 112' : ''), [SHIP('street2')]],
    ['Lief-PLZ', (c, o) => shipTo(c, o).postcode, [SHIP('postalCode')]],
    ['Lief-Ort', (c, o) => shipTo(c, o).city, [SHIP('city')]],
    ['Lief-Land', () => 'DE', [SHIP('countryCode')]],
    ['Telefon', (c) => (n(c) % 3 ? c.phone : ''), [], opt],
    ['Artikelnummer', (c, o) => o.sku, [PL('SKU')]],
    ['Artikelname', (c, o) => o.name, [PL('name')]],
    ['Anzahl', (c, o) => o.qty, [PL('quantity')]],
    ['Einzelpreis Brutto', (c, o) => eur(o.price), []],
    ['Gesamtpreis Brutto', (c, o) => eur(o.lineTotal), [PL('priceTotal')]],
    ['MwSt-Satz', () => '19', [], opt],
    ['Versandkosten', (c, o) => eur(o.shipping), ['commerce.shipping.shippingAmount']],
    ['Rechnungsbetrag', (c, o) => eur(o.total), [OR('priceTotal')]],
    ['Zahlart', (c, o) => zahl[+o.id % zahl.length], [OR('payments[0].paymentType')]],
    ['Bezahlt am', (c, o) => (DR_ST[+o.id % DR_ST.length] === 'Offen' ? '' : f.de(o.at + 86400000)), [], opt],
    ['Versandart', (c, o) => ['DHL Paket', 'DHL Paket', 'Hermes', 'DPD'][+o.id % 4], ['commerce.shipping.shippingMethod']],
    ['Sendungsnummer', (c, o, r) => (DR_ST[+o.id % DR_ST.length] === 'Versendet' ? `00340434${v.int(r, 100000000, 999999999)}${v.int(r, 100, 999)}` : ''), ['commerce.shipping.trackingNumber']],
  ] },
  { name: 'xanario-bestellungen-de', product: 'Xanario (Shop-Verwaltung > Bestellungen > Export, CSV; German UI, a German outdoor retailer, one row per order line)', family: 'ecommerce-orders', language: 'de', schema: E, cols: [
    ['Bestell-Nr.', (c, o) => `XA${100000 + +o.id}`, [OR('purchaseID')]],
    ['Bestelldatum', (c, o) => deDt(o.at), ['timestamp', OR('createdDate')]],
    ['Bestellstatus', (c, o) => XA_ST[+o.id % XA_ST.length], [], opt],
    ['Kunden-Nr.', (c) => `K${c.id}`, [], opt],
    ['Kundengruppe', (c) => (n(c) % 4 ? 'Endkunde' : 'Gast'), [], opt],
    ['Anrede', anrede, []],
    ['Vorname', (c) => c.first, []],
    ['Nachname', (c) => c.last, []],
    ['E-Mail', (c) => c.email, [EMAILID], opt],
    ['Rechnungsadresse Straße', (c) => strasse(c), [BILL('street1')], opt],
    ['Rechnungsadresse Hausnummer', (c) => hnr(c), [], opt],
    ['Rechnungsadresse PLZ', (c) => c.postcode, [BILL('postalCode')]],
    ['Rechnungsadresse Ort', (c) => c.city, [BILL('city')]],
    ['Rechnungsadresse Land', () => 'DE', [BILL('countryCode')]],
    ['Lieferadresse Straße', (c, o) => strasse(shipTo(c, o)), [SHIP('street1')], opt],
    ['Lieferadresse Hausnummer', (c, o) => hnr(shipTo(c, o)), [], opt],
    ['Lieferadresse PLZ', (c, o) => shipTo(c, o).postcode, [SHIP('postalCode')]],
    ['Lieferadresse Ort', (c, o) => shipTo(c, o).city, [SHIP('city')]],
    ['Lieferadresse Land', () => 'DE', [SHIP('countryCode')]],
    ['Artikel-Nr.', (c, o) => o.sku, [PL('SKU')]],
    ['Artikelbezeichnung', (c, o) => o.name, [PL('name')]],
    ['Variante', (c, o) => ['Größe: M', 'Größe: L', 'Farbe: Oliv', ''][+o.id % 4], [PL('selectedOptions[0].value')], opt],
    ['Menge', (c, o) => o.qty, [PL('quantity')]],
    ['Einzelpreis', (c, o) => eur(o.price), []],
    ['Positionssumme', (c, o) => eur(o.lineTotal), [PL('priceTotal')]],
    ['Gutscheincode', (c, o) => o.coupon, ['commerce.promotionID'], opt],
    ['Rabatt', (c, o) => eur(o.discount), [OR('discountAmount')]],
    ['Versandkosten', (c, o) => eur(o.shipping), ['commerce.shipping.shippingAmount']],
    ['MwSt.', (c, o) => eur(o.tax), [OR('taxAmount')]],
    ['Gesamtsumme', (c, o) => eur(o.total), [OR('priceTotal')]],
    ['Währung', () => 'EUR', [OR('currencyCode')]],
    ['Zahlungsart', (c, o) => zahl[+o.id % zahl.length], [OR('payments[0].paymentType')]],
    ['Versandart', (c, o) => ['DHL', 'DHL', 'DHL Express', 'Abholung Filiale'][+o.id % 4], ['commerce.shipping.shippingMethod']],
    ['Kommentar', (c, o) => (+o.id % 6 === 0 ? 'Bitte beim Nachbarn abgeben' : ''), []],
  ] },
  { name: 'brack-bestellungen-de', product: 'BRACK.CH Marketplace (Händlerportal > Bestellungen > Export, Excel; German UI, a Swiss household-goods seller, CHF)', family: 'ecommerce-orders', language: 'de', schema: E, cols: [
    ['Bestellnummer', (c, o) => String(30000000 + +o.id * 13), [OR('purchaseID')]],
    ['Positionsnummer', (c, o) => String(1 + +o.id % 3), [], opt],
    ['Bestelldatum', (c, o) => deDt(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o) => BR_ST[+o.id % BR_ST.length], [], opt],
    ['Lieferant-Artikelnummer', (c, o) => o.sku, [PL('SKU')]],
    ['BRACK-Artikelnummer', (c, o) => String(1000000 + +o.id * 7), [PL('_id'), PL('product')], opt],
    ['EAN', (c, o) => `76${pad(+o.id * 977 % 100000000000, 11)}`, [], opt],
    ['Artikelbezeichnung', (c, o) => o.name, [PL('name')]],
    ['Menge', (c, o) => o.qty, [PL('quantity')]],
    ['Einkaufspreis exkl. MwSt.', (c, o) => chf(o.price * 0.62), [], opt],
    ['Verkaufspreis inkl. MwSt.', (c, o) => chf(o.lineTotal), [PL('priceTotal')]],
    ['Währung', () => 'CHF', [OR('currencyCode'), PL('currencyCode')]],
    ['Anrede', anrede, []],
    ['Vorname', (c) => c.first, []],
    ['Nachname', (c) => c.last, []],
    ['Firma', (c) => (n(c) % 8 === 0 ? c.company : ''), []],
    ['Strasse', (c) => `${strasse(c)} ${hnr(c)}`, [SHIP('street1')]],
    ['Adresszusatz', (c) => (n(c) % 6 === 0 ? 'c/o Müller' : ''), [SHIP('street2')]],
    ['PLZ', (c) => chCity(c)[1], [SHIP('postalCode')]],
    ['Ort', (c) => chCity(c)[0], [SHIP('city')]],
    ['Land', () => 'CH', [SHIP('countryCode')]],
    ['Telefon', (c) => chMobile(c), [], opt],
    ['Lieferfrist', (c, o) => f.de(o.at + 3 * 86400000), [], opt],
    ['Versanddienstleister', (c, o) => BR_CARRIER[+o.id % 4], ['commerce.shipping.shippingMethod'], opt],
    ['Trackingnummer', (c, o, r) => (BR_ST[+o.id % BR_ST.length] === 'Versendet' ? `99.00.${v.int(r, 100000, 999999)}.${v.int(r, 10000000, 99999999)}` : ''), ['commerce.shipping.trackingNumber']],
    ['Versanddatum', (c, o) => (BR_ST[+o.id % BR_ST.length] === 'Versendet' ? f.de(o.at + 86400000) : ''), ['commerce.shipping.shipDate'], opt],
  ] },
  { name: 'jimdo-shop-bestellungen-de', product: 'Jimdo Online-Shop (Mein Konto > Shop > Bestellungen > als CSV exportieren; German UI, a small German ceramics shop)', family: 'ecommerce-orders', language: 'de', schema: E, cols: [
    ['Bestellnummer', (c, o) => String(1000 + +o.id % 9000), [OR('purchaseID')]],
    ['Datum', (c, o) => deDt(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o) => JI_ST[+o.id % JI_ST.length], [], opt],
    ['Zahlungsstatus', (c, o) => (JI_ST[+o.id % JI_ST.length] === 'Offen' ? 'Ausstehend' : 'Bezahlt'), [], opt],
    ['Vorname', (c) => c.first, []],
    ['Nachname', (c) => c.last, []],
    ['E-Mail', (c) => c.email, [EMAILID], opt],
    ['Telefon', (c) => (n(c) % 2 ? c.mobile : ''), [], opt],
    ['Straße', (c, o) => shipTo(c, o).street, [SHIP('street1')]],
    ['PLZ', (c, o) => shipTo(c, o).postcode, [SHIP('postalCode')]],
    ['Stadt', (c, o) => shipTo(c, o).city, [SHIP('city')]],
    ['Land', () => 'Deutschland', [SHIP('country')]],
    ['Produkt', (c, o) => o.name, [PL('name')]],
    ['Variante', (c, o) => ['Salbei', 'Sand', 'Nachtblau', ''][+o.id % 4], [PL('selectedOptions[0].value')], opt],
    ['Artikelnummer', (c, o) => o.sku, [PL('SKU')]],
    ['Anzahl', (c, o) => o.qty, [PL('quantity')]],
    ['Preis', (c, o) => `${eur(o.price)} €`, []],
    ['Versand', (c, o) => `${eur(o.shipping)} €`, ['commerce.shipping.shippingAmount']],
    ['Gesamt', (c, o) => `${eur(o.total)} €`, [OR('priceTotal')]],
    ['davon MwSt.', (c, o) => `${eur(o.tax)} €`, [OR('taxAmount')]],
    ['Zahlungsart', (c, o) => ['PayPal', 'Vorkasse', 'Kreditkarte (Stripe)'][+o.id % 3], [OR('payments[0].paymentType')]],
    ['Versandart', () => 'Standardversand', ['commerce.shipping.shippingMethod']],
    ['Nachricht', (c, o) => (+o.id % 5 === 0 ? 'Ist ein Geschenk, bitte ohne Rechnung ins Paket' : ''), []],
  ] },
  { name: 'avocadostore-bestelldaten-de', product: 'Avocadostore (Importe & Exporte > Bestelldaten > manueller Export, CSV; a German sustainable-fashion seller on the marketplace, one row per order line; the marketplace\'s own kebab-case column names, in English words)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['order-id', (c, o) => `AV-${2400000 + +o.id}`, [OR('purchaseID')]],
    ['order-date', (c, o) => ymdSec(o.at), ['timestamp', OR('createdDate')]],
    ['order-status', (c, o) => AV_ST[+o.id % AV_ST.length], [], opt],
    ['lineitem-id', (c, o) => String(9000000 + +o.id * 3), [PL('_id')], opt],
    ['lineitem-status', (c, o) => AV_ST[(+o.id + 1) % AV_ST.length], [], opt],
    ['sku', (c, o) => o.sku, [PL('SKU')]],
    ['product-name', (c, o) => o.name, [PL('name')]],
    ['size', (c, o) => ['S', 'M', 'L', 'XL', '38', '40'][+o.id % 6], [PL('selectedOptions[0].value')], opt],
    ['quantity', (c, o) => o.qty, [PL('quantity')]],
    ['price', (c, o) => o.price.toFixed(2), []],
    ['lineitem-total', (c, o) => o.lineTotal.toFixed(2), [PL('priceTotal')]],
    ['shipping-costs', (c, o) => o.shipping.toFixed(2), ['commerce.shipping.shippingAmount']],
    ['order-total', (c, o) => o.total.toFixed(2), [OR('priceTotal')]],
    ['currency', () => 'EUR', [OR('currencyCode')]],
    ['billing-first-name', (c) => c.first, []],
    ['billing-last-name', (c) => c.last, []],
    ['billing-street', (c) => c.street, [BILL('street1')]],
    ['billing-zip', (c) => c.postcode, [BILL('postalCode')]],
    ['billing-city', (c) => c.city, [BILL('city')]],
    ['billing-country', () => 'DE', [BILL('countryCode')]],
    ['shipping-first-name', (c) => c.first, []],
    ['shipping-last-name', (c) => c.last, []],
    ['shipping-street', (c, o) => shipTo(c, o).street, [SHIP('street1')]],
    ['shipping-zip', (c, o) => shipTo(c, o).postcode, [SHIP('postalCode')]],
    ['shipping-city', (c, o) => shipTo(c, o).city, [SHIP('city')]],
    ['shipping-country', () => 'DE', [SHIP('countryCode')]],
    ['customer-email', (c) => c.email, [EMAILID], opt],
    ['payment-method', (c, o) => ['paypal', 'creditcard', 'invoice', 'paypal'][+o.id % 4], [OR('payments[0].paymentType')]],
  ] },
  { name: 'modified-kunden-export-de', product: 'modified eCommerce Shopsoftware (Admin > Kunden > Kunden exportieren, CSV from the shop\'s customer export module; German UI, a German tea shop)', family: 'ecommerce-customers', language: 'de', schema: P, cols: [
    ['Kundennummer', (c) => c.id, ['_id', 'personID']],
    ['Kundengruppe', (c) => MO_GRP[n(c) % MO_GRP.length], [], opt],
    ['Anrede', anrede, ['person.name.courtesyTitle']],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Geburtsdatum', (c) => (n(c) % 3 ? f.de(c.birth) : ''), ['person.birthDate']],
    ['E-Mail Adresse', (c) => c.email, ['personalEmail.address']],
    ['Firma', (c) => (n(c) % 9 === 0 ? c.company : ''), ['organizations[0]'], opt],
    ['USt-IdNr.', (c) => (n(c) % 9 === 0 ? `DE${pad(n(c) * 313 % 1000000000, 9)}` : ''), [], opt],
    ['Straße/Nr.', (c) => c.street, at(HOME, 'street1')],
    ['Adresszusatz', (c) => c.street2.replace('Apt', 'App.'), at(HOME, 'street2')],
    ['PLZ', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Ort', (c) => c.city, at(HOME, 'city')],
    ['Bundesland', (c) => c.region, at(HOME, 'stateProvince'), opt],
    ['Land', () => 'Deutschland', at(HOME, 'country')],
    ['Telefonnummer', (c) => (n(c) % 2 ? c.phone : ''), ['homePhone.number']],
    ['Faxnummer', (c) => (n(c) % 11 === 0 ? c.phone.replace(/\d$/, '9') : ''), []],
    ['Newsletter', (c) => (c.bool ? '1' : '0'), [], opt],
    ['Anzahl Logins', (c) => n(c) % 57, [], opt],
    ['Letzter Login', (c) => ymdSec(c.updated), [], opt],
    ['Konto erstellt am', (c) => ymdSec(c.created), [], opt],
    ['Status', (c) => (n(c) % 13 === 0 ? '0' : '1'), [], opt],
  ] },
  { name: 'epages-kunden-export-de', product: 'ePages (ePages Base, as sold by Strato/IONOS/Telekom: Kunden > Kunden exportieren, CSV; German UI, a German bike-parts shop)', family: 'ecommerce-customers', language: 'de', schema: P, cols: [
    ['Kundennummer', (c) => String(10000 + n(c) % 90000), ['_id', 'personID']],
    ['Alias', (c) => `c${c.id}`, [], opt],
    ['Kundengruppe', (c) => EP_GRP[n(c) % EP_GRP.length], [], opt],
    ['Anrede', anrede, ['person.name.courtesyTitle']],
    ['Titel', (c) => (n(c) % 12 === 0 ? 'Dr.' : ''), ['person.name.courtesyTitle'], opt],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Firma', (c) => (n(c) % 7 === 0 ? c.company : ''), ['organizations[0]'], opt],
    ['Straße', (c) => c.street, at(HOME, 'street1')],
    ['Adresszusatz', (c) => c.street2.replace('Apt', 'Whg.'), at(HOME, 'street2')],
    ['PLZ', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Ort', (c) => c.city, at(HOME, 'city')],
    ['Land', () => 'DE', at(HOME, 'countryCode')],
    ['E-Mail', (c) => c.email, ['personalEmail.address']],
    ['Telefon', (c) => (n(c) % 3 ? c.phone : ''), ['homePhone.number']],
    ['Mobiltelefon', (c) => (n(c) % 2 ? c.mobile : ''), ['mobilePhone.number']],
    ['Geburtstag', (c) => (n(c) % 4 ? f.de(c.birth) : ''), ['person.birthDate']],
    ['Newsletter', (c) => (c.bool ? 'ja' : 'nein'), [], opt],
    ['Sprache', () => 'de', [], opt],
    ['Erstellt am', (c) => deDt(c.created), [], opt],
    ['Gesperrt', (c) => (n(c) % 17 === 0 ? 'ja' : 'nein'), [], opt],
  ] },
  { name: 'venditio-kundendaten-de', product: 'venditio Onlineshop (minisystems) (ControlCenter > Extras > Export > Kundendaten, CSV with the header row; German UI, a Swiss wine shop)', family: 'ecommerce-customers', language: 'de', schema: P, cols: [
    ['Kundennummer', (c) => String(n(c) % 20000), ['_id', 'personID']],
    ['Anrede', anrede, ['person.name.courtesyTitle']],
    ['Firma', (c) => (n(c) % 8 === 0 ? c.company : ''), ['organizations[0]'], opt],
    ['Name', (c) => c.last, ['person.name.lastName']],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Strasse', (c) => `${strasse(c)} ${hnr(c)}`, at(HOME, 'street1')],
    ['PLZ', (c) => chCity(c)[1], at(HOME, 'postalCode')],
    ['Ort', (c) => chCity(c)[0], at(HOME, 'city')],
    ['Land', () => 'Schweiz', at(HOME, 'country')],
    ['Telefon', (c) => `+41 ${[44, 31, 61, 41, 71, 52][n(c) % 6]} ${100 + n(c) % 900} ${pad(n(c) % 100)} ${pad(n(c) % 97)}`, ['homePhone.number']],
    ['Mobile', (c) => (n(c) % 2 ? chMobile(c) : ''), ['mobilePhone.number']],
    ['E-Mail', (c) => `${slug(c.first)}.${slug(c.last)}@${['bluewin.ch', 'gmx.ch', 'sunrise.ch', 'gmail.com'][n(c) % 4]}`, ['personalEmail.address']],
    ['Geburtsdatum', (c) => (n(c) % 3 ? f.de(c.birth) : ''), ['person.birthDate']],
    ['Newsletter', (c) => (c.bool ? 'Ja' : 'Nein'), [], opt],
    ['Anzahl Bestellungen', (c) => n(c) % 14, [], opt],
    ['Umsatz', (c) => chf((n(c) % 14) * 86.4), [], opt],
    ['Registriert seit', (c) => f.de(c.created), [], opt],
    ['Bemerkung', (c) => (n(c) % 10 === 0 ? 'Lieferung nur Mo-Fr' : ''), []],
  ] },
  { name: 'maileon-kontaktexport-de', product: 'Maileon (XQueue) (Listen & Kontakte > Kontaktexport, CSV with the standard and two custom contact fields; German UI, a German drugstore chain\'s newsletter)', family: 'email', language: 'de', schema: P, cols: [
    ['Maileon-ID', (c) => String(50000000 + n(c) * 3), ['_id', 'personID']],
    ['E-Mail', (c) => c.email, ['personalEmail.address']],
    ['Externe ID', (c) => `KD${c.id}`, ['_id', 'personID'], opt],
    ['Anrede', anrede, ['person.name.courtesyTitle']],
    ['Titel', (c) => (n(c) % 15 === 0 ? 'Dr.' : ''), ['person.name.courtesyTitle'], opt],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Geschlecht', (c) => (c.female ? 'f' : 'm'), ['person.gender']],
    ['Geburtstag', (c) => (n(c) % 3 ? f.ymd(c.birth) : ''), ['person.birthDate']],
    ['Straße', (c) => strasse(c), at(HOME, 'street1'), opt],
    ['Hausnummer', (c) => hnr(c), [], opt],
    ['PLZ', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Ort', (c) => c.city, at(HOME, 'city')],
    ['Bundesland', (c) => c.region, at(HOME, 'stateProvince')],
    ['Land', () => 'DE', at(HOME, 'countryCode')],
    ['Sprache', () => 'de', [], opt],
    ['Berechtigung', (c) => ML_PERM[n(c) % ML_PERM.length], [], opt],
    ['Erstellt', (c) => ymdSec(c.created), [], opt],
    ['Zuletzt geändert', (c) => ymdSec(c.updated), [], opt],
    ['Filiale', (c) => `${c.city} ${['Zentrum', 'Hbf', 'Nord'][n(c) % 3]}`, [], opt],
    ['Kundenkarte', (c) => (n(c) % 3 ? `4${pad(n(c) * 7919 % 1000000000, 9)}` : ''), ['loyalty.loyaltyID[0]', 'loyalty.cardsDetails[0].number'], opt],
  ] },
  { name: 'quentn-kontakte-de', product: 'Quentn (Kontakte > Kontakte exportieren, CSV; German UI, an Austrian online-course seller\'s marketing automation)', family: 'marketing', language: 'de', schema: P, cols: [
    ['ID', (c) => String(n(c) * 2), ['_id', 'personID']],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['E-Mail', (c) => c.email.replace(/\.de$/, '.at'), ['personalEmail.address']],
    ['Anrede', anrede, ['person.name.courtesyTitle']],
    ['Telefon', (c) => (n(c) % 3 ? `+43 ${[664, 676, 699][n(c) % 3]} ${1000000 + n(c) % 8999999}` : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Firma', (c) => (n(c) % 6 === 0 ? c.company : ''), ['organizations[0]'], opt],
    ['Straße', (c) => (n(c) % 2 ? c.street.replace('straße', 'gasse') : ''), at(HOME, 'street1')],
    ['PLZ', (c) => (n(c) % 2 ? atCity(c)[1] : ''), at(HOME, 'postalCode')],
    ['Ort', (c) => (n(c) % 2 ? atCity(c)[0] : ''), at(HOME, 'city')],
    ['Land', (c) => (n(c) % 2 ? 'Österreich' : ''), at(HOME, 'country')],
    ['Geburtstag', (c) => (n(c) % 4 === 0 ? f.de(c.birth) : ''), ['person.birthDate']],
    ['Tags', (c) => QU_TAGS[n(c) % QU_TAGS.length], [], opt],
    ['Opt-In', (c) => (n(c) % 7 === 0 ? 'nein' : 'ja'), [], opt],
    ['Opt-In Datum', (c) => (n(c) % 7 === 0 ? '' : deDt(c.created)), [], opt],
    ['Opt-In IP', (c) => (n(c) % 7 === 0 ? '' : `84.${n(c) % 255}.${(n(c) >> 2) % 255}.${1 + n(c) % 250}`), [], opt],
    ['Status', (c) => (n(c) % 11 === 0 ? 'abgemeldet' : 'aktiv'), ['personalEmail.status'], opt],
    ['Erstellt am', (c) => deDt(c.created), [], opt],
    ['Zuletzt geändert', (c) => deDt(c.updated), [], opt],
    ['Lead Score', (c) => n(c) % 140, [], opt],
  ] },
  { name: 'vario-adressen-ansprechpartner-de', product: 'VARIO 8 ERP (Stammdaten > Adressen > Ansprechpartner > Export nach Excel; German UI, a German tools wholesaler, one row per contact person of a customer address)', family: 'b2b', language: 'de', schema: B, cols: [
    ['Adressnummer', (c) => String(10000 + n(c) % 9000), [], opt],
    ['Ansprechpartner-Nr.', (c) => c.id, B2BID],
    ['Firma', (c) => `${c.last} ${['Metallbau GmbH', 'Haustechnik GmbH & Co. KG', 'Werkzeughandel e.K.', 'Schlosserei'][n(c) % 4]}`, ['b2b.companyName', 'organizations[0]']],
    ['Branche', (c) => VA_BRANCHE[n(c) % VA_BRANCHE.length], [], opt],
    ['Anrede', anrede, ['person.name.courtesyTitle']],
    ['Titel', (c) => (n(c) % 10 === 0 ? 'Dipl.-Ing.' : ''), ['person.name.courtesyTitle'], opt],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Position', (c) => VA_POS[n(c) % VA_POS.length], ['extendedWorkDetails.jobTitle']],
    ['Abteilung', (c) => ['Einkauf', 'Geschäftsleitung', 'Werkstatt', 'Einkauf', 'Buchhaltung'][n(c) % 5], ['extendedWorkDetails.departments[0]'], opt],
    ['Telefon', (c) => c.phone, ['workPhone.number']],
    ['Mobil', (c) => (n(c) % 2 ? c.mobile : ''), ['mobilePhone.number']],
    ['E-Mail', (c) => `${slug(c.first)[0]}.${slug(c.last)}@${slug(c.last)}-gmbh.de`, ['workEmail.address']],
    ['Straße', (c) => c.street, ['workAddress.street1']],
    ['PLZ', (c) => c.postcode, ['workAddress.postalCode']],
    ['Ort', (c) => c.city, ['workAddress.city']],
    ['Land', () => 'D', ['workAddress.countryCode'], opt],
    ['USt-IdNr.', (c) => `DE${pad(n(c) * 7717 % 1000000000, 9)}`, [], opt],
    ['Vertreter', (c) => ['Außendienst Nord', 'Außendienst Süd', 'Innendienst'][n(c) % 3], []],
    ['Preisgruppe', (c) => `VK${1 + n(c) % 4}`, [], opt],
    ['Geburtstag', (c) => (n(c) % 5 === 0 ? f.de(c.birth) : ''), ['person.birthDate']],
    ['Angelegt am', (c) => f.de(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Geändert am', (c) => f.de(c.updated), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Bemerkung', (c) => (n(c) % 8 === 0 ? 'Nur per Mail kontaktieren' : ''), []],
  ] },
  { name: 'loyalty-prime-mitglieder-de', product: 'Loyalty Prime (Mitglieder > Exportieren, CSV with German field labels; a Swiss-German fashion chain\'s loyalty programme)', family: 'loyalty', language: 'de', schema: P, cols: [
    ['Mitglieds-ID', (c) => `LP${c.id}`, ['_id', 'personID', 'loyalty.loyaltyID[0]']],
    ['Kartennummer', (c) => `6${pad(n(c) * 104729 % 1000000000000, 12)}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['Programm', () => 'STYLE CLUB', ['loyalty.program']],
    ['Status', (c) => (n(c) % 12 === 0 ? 'Gesperrt' : 'Aktiv'), ['loyalty.status'], opt],
    ['Stufe', (c) => LP_TIER[n(c) % LP_TIER.length], ['loyalty.tier']],
    ['Punktestand', (c) => lpPts(c), ['loyalty.points']],
    ['Eingelöste Punkte', (c) => (n(c) * 13) % 3000, ['loyalty.pointsRedeemed']],
    ['Punkte bis zur nächsten Stufe', (c) => (LP_TIER[n(c) % 5] === 'Platin' ? 0 : 2000 - lpPts(c) % 2000), ['loyalty.pointsToNextTier']],
    ['Anrede', anrede, ['person.name.courtesyTitle']],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Geburtsdatum', (c) => f.de(c.birth), ['person.birthDate']],
    ['E-Mail', (c) => `${slug(c.first)}.${slug(c.last)}@${['bluewin.ch', 'gmx.ch', 'gmail.com'][n(c) % 3]}`, ['personalEmail.address']],
    ['Mobilnummer', (c) => chMobile(c), ['mobilePhone.number']],
    ['Strasse', (c) => `${strasse(c)} ${hnr(c)}`, at(HOME, 'street1')],
    ['PLZ', (c) => chCity(c)[1], at(HOME, 'postalCode')],
    ['Ort', (c) => chCity(c)[0], at(HOME, 'city')],
    ['Kanton', (c) => chCity(c)[2], at(HOME, 'stateProvince')],
    ['Land', () => 'CH', at(HOME, 'countryCode')],
    ['Sprache', () => 'de-CH', [], opt],
    ['Anmeldefiliale', (c) => `${chCity(c)[0]} ${['Bahnhofstrasse', 'Shoppi', 'Zentrum'][n(c) % 3]}`, [], opt],
    ['Beitrittsdatum', (c) => f.de(c.created), ['loyalty.joinDate']],
    ['Letzte Transaktion', (c) => f.de(c.updated), [], opt],
    ['Marketing-Einwilligung', (c) => (c.bool ? 'Ja' : 'Nein'), [], opt],
  ] },
]
