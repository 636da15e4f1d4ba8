// Round 20, heldout20: held-out sets added in round 20 (the round-23 brief), written apart from the suggester and any
// tuning, scored once at the end. Same format as sets.mjs (sources in ../README.md): header as the product exports it,
// one value generator per column in the product's formats, the accepted destinations ([] = nothing fits) and 'opt' for
// borderline columns.
import { E, B, P, v, f, at, HOME, PL, OR, SHIP, BILL, GEO, opt } from './sets.mjs'
import { slug } from './values10.mjs'
import { pad, parts, shift } from './values.mjs'

// summer time (April-October) by month, good enough for generated rows
const dst = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 }
const cet = (ms) => shift(ms, dst(ms) ? 2 : 1)
const deTime = (ms) => { const p = cet(ms); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const deDate = (ms) => { const p = cet(ms); return `${pad(p.d)}.${pad(p.m)}.${p.y}` }
const frTime = (ms) => { const p = cet(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const isoCet = (ms) => { const off = dst(ms) ? 2 : 1; const p = shift(ms, off); return `${p.y}-${pad(p.m)}-${pad(p.d)}T${pad(p.H)}:${pad(p.M)}:${pad(p.S)}+0${off}:00` }
const comma = (n) => n.toFixed(2).replace('.', ',')
const ymdhms = (p) => `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const ist = (ms) => ymdhms(shift(ms, 5.5))

// Afterbuy: a German shop's orders (Afterbuy > Verkäufe > Export, CSV with the standard "Bestellungen" definition; one
// row per order line; decimal comma).
const AB_PLAT = ['eBay', 'eBay', 'Amazon', 'Shop', 'Kaufland']
const abPlat = (o) => AB_PLAT[+o.id % AB_PLAT.length]
const abPay = (o) => ['PayPal', 'Überweisung', 'PayPal', 'Amazon Payments', 'Rechnung', 'Kreditkarte'][+o.id % 6]
const abShipped = (o) => +o.id % 5 !== 1
const abShip = (o) => (o.subtotal >= 50 ? 0 : 4.95)

// Vinted: a French seller's sales (Mon profil > Paramètres > Confidentialité > Télécharger mes données, ventes CSV).
const VT_ITEMS = [['Robe Zara fleurie taille 38', 'Femmes > Vêtements > Robes', 'Zara', 'Très bon état'], ['Jean Levi\'s 501 W30 L32', 'Hommes > Vêtements > Jeans', 'Levi\'s', 'Bon état'], ['Baskets Nike Air Force 1 pointure 40', 'Femmes > Chaussures > Baskets', 'Nike', 'Neuf sans étiquette'], ['Lot de 5 bodies bébé 6 mois', 'Enfants > Filles > Bodies', 'Petit Bateau', 'Très bon état'], ['Sac à main cuir camel', 'Femmes > Sacs > Sacs à main', 'Sans marque', 'Bon état']]
const vtItem = (o) => VT_ITEMS[+o.id % VT_ITEMS.length]
const vtPrice = (o) => +(4 + (+o.id % 37) * 1.5).toFixed(2)
const vtFee = (o) => +(0.7 + vtPrice(o) * 0.05).toFixed(2)
const vtShip = (o) => [2.88, 3.2, 4.49, 5.99][+o.id % 4]
const vtCarrier = (o) => ['Mondial Relay', 'Relais Colis', 'Colissimo', 'Chronopost Shop2Shop'][+o.id % 4]

// Subito: an Italian seller's shipped sales (Area riservata > I miei ordini > Esporta, CSV; TuttoSubito with shipping).
const SB_ITEMS = [['iPhone 12 64GB nero', 'Telefonia', 230], ['Bicicletta da corsa Bianchi', 'Biciclette', 450], ['Divano 3 posti grigio', 'Arredamento e Casalinghi', 180], ['PlayStation 5 con due joypad', 'Console e Videogiochi', 390], ['Giacca Moncler uomo tg. L', 'Abbigliamento e Accessori', 260]]
const sbItem = (o) => SB_ITEMS[+o.id % SB_ITEMS.length]
const sbSt = (o) => ['Concluso', 'Concluso', 'Spedito', 'In attesa di spedizione', 'Annullato', 'Concluso'][+o.id % 6]
const sbShip = (o) => [6.9, 9.9, 4.9][+o.id % 3]
const sbProt = (o) => +(1 + sbItem(o)[2] * 0.05).toFixed(2)
const itTime = (ms) => { const p = cet(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }

// idealo Direktkauf: a German electronics shop's orders (idealo Business > Direktkauf > Bestellungen > CSV-Export).
const ID_P = [['Samsung Galaxy A54 5G 128GB Awesome Graphite', 'SM-A546BZKCEUB', 349.0], ['Philips Sonicare DiamondClean 9000', 'HX9911/27', 169.99], ['Bosch Professional GSR 12V-15', '0601868109', 119.9], ['Sony WH-1000XM5 schwarz', 'WH1000XM5B.CE7', 289.0], ['Tefal Easy Fry XXL EY7018', 'EY701815', 99.99]]
const idP = (o) => ID_P[+o.id % ID_P.length]
const idSt = (o) => ['COMPLETED', 'COMPLETED', 'PROCESSING', 'PENDING', 'CANCELLED', 'COMPLETED', 'REFUNDED'][+o.id % 7]
const idShip = (o) => (idP(o)[2] * o.qty >= 100 ? 0 : 4.99)
const idTotal = (o) => +(idP(o)[2] * o.qty + idShip(o)).toFixed(2)
const idDiffBill = (o) => +o.id % 4 === 1

// Indian buyers for the two Indian payment sets
const IN_FIRST = [['Rahul', 'Priya'], ['Amit', 'Sneha'], ['Vikram', 'Ananya'], ['Arjun', 'Kavya'], ['Rohan', 'Pooja'], ['Sanjay', 'Divya']]
const IN_LAST = ['Sharma', 'Iyer', 'Patel', 'Reddy', 'Gupta', 'Nair', 'Singh', 'Mukherjee']
const IN_CITY = [['Bengaluru', 'Karnataka', '560034', '14th Main Rd, HSR Layout'], ['Mumbai', 'Maharashtra', '400053', 'Veera Desai Rd, Andheri West'], ['Pune', 'Maharashtra', '411014', 'Viman Nagar Rd'], ['New Delhi', 'Delhi', '110017', 'Saket, Block J'], ['Chennai', 'Tamil Nadu', '600020', 'LB Road, Adyar'], ['Hyderabad', 'Telangana', '500081', 'Madhapur Main Rd']]
const ind = (c) => { const n = +c.id; const first = IN_FIRST[n % IN_FIRST.length][c.female ? 1 : 0]; const last = IN_LAST[(n >> 2) % IN_LAST.length]; const [city, state, pin, street] = IN_CITY[(n >> 1) % IN_CITY.length]; return { first, last, full: `${first} ${last}`, email: `${first.toLowerCase()}.${last.toLowerCase()}${n % 97}@${['gmail.com', 'yahoo.co.in', 'outlook.com', 'rediffmail.com'][n % 4]}`, mobile: `+91${[98, 99, 97, 88, 70][n % 5]}${String(10000000 + (n * 7919) % 89999999)}`, city, state, pin, street: `${1 + (n % 300)}, ${street}` } }

// Cashfree Payments: an Indian D2C brand's payment gateway transactions (Merchant Dashboard > Payment Gateway >
// Transactions > Download, CSV; the payment fields of Cashfree's PG API in the dashboard's words).
const CF_MODE = [['UPI', 'upi'], ['UPI', 'upi'], ['Credit Card', 'credit_card'], ['Debit Card', 'debit_card'], ['Net Banking', 'net_banking'], ['Wallet', 'wallet'], ['Pay Later', 'pay_later']]
const cfMode = (o) => CF_MODE[+o.id % CF_MODE.length]
const cfSt = (o) => ['SUCCESS', 'SUCCESS', 'SUCCESS', 'FAILED', 'USER_DROPPED', 'SUCCESS', 'PENDING'][+o.id % 7]
const cfAmt = (o) => +(199 + (+o.id % 60) * 49).toFixed(2)
const cfFee = (o) => +(cfAmt(o) * (cfMode(o)[1] === 'upi' ? 0 : 0.019)).toFixed(2)
const cfBank = (o) => (cfMode(o)[1] === 'upi' ? ['Google Pay', 'PhonePe', 'Paytm', 'BHIM'][+o.id % 4] : cfMode(o)[1] === 'net_banking' ? ['HDFC Bank', 'ICICI Bank', 'State Bank of India'][+o.id % 3] : '')

// Instamojo: a small Indian seller's payments (Dashboard > Payments > Export, CSV).
const IM_PURP = ['Handmade soy candle set', 'Yoga workshop - Sunday batch', 'E-book: Home Baking Basics', 'Terracotta planter (large)', 'Online tuition - monthly fee']
const imSt = (o) => (+o.id % 8 === 3 ? 'Failed' : 'Credit')
const imAmt = (o) => [349, 999, 199, 650, 1500][+o.id % 5] * (+o.id % 4 === 0 ? 2 : 1)
const imFee = (o) => (imSt(o) === 'Credit' ? +(imAmt(o) * 0.02 + 3).toFixed(2) : 0)
const imTime = (ms) => { const p = shift(ms, 5.5); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }

// iContact: a US nonprofit's contact list (Contacts > Export, CSV; the standard contact fields of iContact's API).
const icSt = (c) => ['normal', 'normal', 'normal', 'normal', 'unsubscribed', 'bounced', 'pending'][+c.id % 7]
const usDate = (ms) => { const p = parts(ms); return `${pad(p.m)}/${pad(p.d)}/${p.y}` }

// VerticalResponse: a US studio's contacts (Contacts > All Contacts > Export, CSV).
const vrSt = (c) => (+c.id % 9 === 4 ? 'Unsubscribed' : +c.id % 11 === 6 ? 'Bounced' : 'Active')
const vrTime = (ms) => { const p = shift(ms, dst(ms) ? -7 : -8); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }

// Unbounce: leads of a B2B SaaS demo-request landing page (Page > Leads > Download, CSV; the form's fields, hidden
// UTM fields, then Unbounce's submission columns).
const UB_SIZE = ['1-10', '11-50', '51-200', '201-1000', '1000+']
const ubDate = (ms) => { const p = parts(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const ubTime = (ms) => { const p = parts(ms); return `${pad(p.H)}:${pad(p.M)}:${pad(p.S)} UTC` }
const ubPaid = (c) => +c.id % 3 !== 0
const ubVar = (c) => ['a', 'b', 'a', 'c'][+c.id % 4]

// leboncoin Pro: the contacts received by a real-estate agency's ads (Espace pro > Mes contacts > Exporter, CSV;
// French UI; one row per contact request).
const LB_ADS = [['Appartement 3 pièces 62 m²', 'Ventes immobilières', 245000, 'Nantes', '44000'], ['Maison 5 pièces 110 m² avec jardin', 'Ventes immobilières', 389000, 'Rezé', '44400'], ['Studio meublé 22 m²', 'Locations', 520, 'Nantes', '44100'], ['Appartement T2 avec balcon', 'Locations', 760, 'Saint-Herblain', '44800'], ['Terrain constructible 600 m²', 'Ventes immobilières', 129000, 'Vertou', '44120']]
const lbAd = (c) => LB_ADS[+c.id % LB_ADS.length]
const lbType = (c) => ['Message', 'Message', 'Appel', 'Demande de visite', 'Message'][+c.id % 5]
const lbMoney = (n) => `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} €`

// Jotform: submissions of a US appliance brand's support request form (Form > Submissions > Download as CSV).
const JF_ISSUE = ['Product not working', 'Missing parts', 'Warranty claim', 'Delivery damage', 'Installation help', 'Other']
const jfIssue = (c) => JF_ISSUE[+c.id % JF_ISSUE.length]

// SurveyMonkey: responses to a US retailer's post-purchase survey (Analyze Results > Save as > All individual
// responses, CSV; the two header rows joined into one, the order number passed in Custom Data 1).
const smTime = (ms) => { const p = shift(ms, dst(ms) ? -4 : -5); return `${pad(p.m)}/${pad(p.d)}/${p.y} ${p.H % 12 || 12}:${pad(p.M)}:${pad(p.S)} ${p.H < 12 ? 'AM' : 'PM'}` }
const SM_SAT = ['Very satisfied', 'Satisfied', 'Neither satisfied nor dissatisfied', 'Dissatisfied', 'Very satisfied']

export const SETS = [
  // ---------------------------------------------------------------- e-commerce orders
  { name: 'afterbuy-bestellungen-de', product: 'Afterbuy (Verkäufe > Export, CSV, standard Bestellungen definition; a German multichannel shop, one row per order line)', family: 'ecommerce-orders', language: 'de', schema: E, cols: [
    ['VerkaufsID', (c, o) => String(480000000 + +o.id * 71), [OR('purchaseID')]],
    ['Kaufdatum', (c, o) => deTime(o.at), ['timestamp', OR('createdDate')]],
    ['Plattform', (c, o) => abPlat(o), [], opt],
    ['Plattform-Bestellnummer', (c, o, r) => (abPlat(o) === 'Amazon' ? `302-${v.int(r, 1000000, 9999999)}-${v.int(r, 1000000, 9999999)}` : abPlat(o) === 'eBay' ? `${v.int(r, 10, 27)}-${v.int(r, 10000, 99999)}-${v.int(r, 10000, 99999)}` : ''), [OR('purchaseOrderNumber')], opt],
    ['Benutzername', (c, o) => (abPlat(o) === 'eBay' ? `${slug(c.first)}_${slug(c.last).slice(0, 4)}${+c.id % 90}` : ''), []],
    ['KundenNr', (c) => String(10000 + (+c.id % 80000)), [], opt],
    ['Email', (c, o) => (abPlat(o) === 'Amazon' ? `${slug(c.last)}${+c.id % 997}@marketplace.amazon.de` : c.email), ['endUserIDs._experience.emailid.id'], opt],
    ['Firma', (c, o) => (+o.id % 7 === 3 ? c.company : ''), []],
    ['Vorname', (c) => c.first, []],
    ['Nachname', (c) => c.last, []],
    ['Strasse', (c) => c.street, [BILL('street1')]],
    ['PLZ', (c) => c.postcode, [BILL('postalCode')]],
    ['Ort', (c) => c.city, [BILL('city')]],
    ['Land', () => 'Deutschland', [BILL('country')]],
    ['Telefon', (c, o, r) => (r() < 0.5 ? c.phone : ''), [], opt],
    ['Lieferanschrift Vorname', (c) => c.first, []],
    ['Lieferanschrift Nachname', (c) => c.last, []],
    ['Lieferanschrift Strasse', (c, o) => (+o.id % 6 === 2 ? `Packstation ${100 + (+o.id % 300)}` : c.street), [SHIP('street1')]],
    ['Lieferanschrift PLZ', (c) => c.postcode, [SHIP('postalCode')]],
    ['Lieferanschrift Ort', (c) => c.city, [SHIP('city')]],
    ['Lieferanschrift Land', () => 'Deutschland', [SHIP('country')]],
    ['Artikelnummer', (c, o) => o.sku, [PL('SKU')]],
    ['Artikelbeschreibung', (c, o) => o.name, [PL('name')]],
    ['Menge', (c, o) => String(o.qty), [PL('quantity')]],
    ['Einzelpreis', (c, o) => comma(o.price), [], opt],
    ['MwSt', () => '19', []],
    ['Versandkosten', (c, o) => comma(abShip(o)), ['commerce.shipping.shippingAmount']],
    ['Versandart', (c, o) => ['DHL Paket', 'DHL Paket', 'Hermes', 'DPD', 'Warenpost'][+o.id % 5], ['commerce.shipping.shippingMethod'], opt],
    ['Zahlart', (c, o) => abPay(o), [OR('payments[0].paymentType')]],
    ['Gesamtpreis', (c, o) => comma(o.subtotal + abShip(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Bezahldatum', (c, o) => (abShipped(o) || abPay(o) === 'PayPal' ? deDate(o.at + 3600000 * 5) : ''), [], opt],
    ['Versanddatum', (c, o) => (abShipped(o) ? deDate(o.at + 86400000 * 2) : ''), ['commerce.shipping.shipDate'], opt],
    ['Sendungsnummer', (c, o, r) => (abShipped(o) ? `00340434${v.int(r, 100000000, 999999999)}${v.int(r, 100, 999)}` : ''), ['commerce.shipping.trackingNumber']],
    ['Rechnungsnummer', (c, o) => (abShipped(o) ? `RE-${2024}${pad(+o.id % 100000, 5)}` : ''), [], opt],
    ['Kommentar', (c, o, r) => v.pick(r, ['', '', '', 'Bitte beim Nachbarn abgeben', 'Geschenkverpackung']), []],
  ] },
  { name: 'vinted-ventes-fr', product: 'Vinted (Télécharger mes données: ventes, CSV; a French seller\'s second-hand sales, one row per sale)', family: 'ecommerce-orders', language: 'fr', schema: E, cols: [
    ['ID de la transaction', (c, o) => String(9000000000 + +o.id * 3187), [OR('purchaseID'), '_id']],
    ['Date', (c, o) => frTime(o.at), ['timestamp', OR('createdDate')]],
    ['Article', (c, o) => vtItem(o)[0], [PL('name')]],
    ['ID de l\'article', (c, o) => String(3000000000 + +o.id * 41), [PL('SKU')], opt],
    ['Catégorie', (c, o) => vtItem(o)[1], [PL('productCategories[0].categoryPath'), PL('productCategories[0].categoryName')], opt],
    ['Marque', (c, o) => vtItem(o)[2], [], opt],
    ['État', (c, o) => vtItem(o)[3], []],
    ['Acheteur', (c) => `${slug(c.first)}${slug(c.last).slice(0, 3)}${+c.id % 100}`, []],
    ['Prix', (c, o) => comma(vtPrice(o)), [PL('priceTotal'), OR('priceTotal')], opt],
    ['Frais de protection acheteurs', (c, o) => comma(vtFee(o)), []],
    ['Frais de port', (c, o) => comma(vtShip(o)), ['commerce.shipping.shippingAmount']],
    ['Total payé par l\'acheteur', (c, o) => comma(vtPrice(o) + vtFee(o) + vtShip(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')], opt],
    ['Montant reçu', (c, o) => comma(vtPrice(o)), [], opt],
    ['Devise', () => 'EUR', [OR('currencyCode')]],
    ['Mode de livraison', (c, o) => vtCarrier(o), ['commerce.shipping.shippingMethod'], opt],
    ['Numéro de suivi', (c, o, r) => (+o.id % 6 === 5 ? '' : vtCarrier(o) === 'Colissimo' ? `6A${v.int(r, 10000000000, 99999999999)}` : String(v.int(r, 10000000, 99999999))), ['commerce.shipping.trackingNumber']],
    ['Statut', (c, o) => ['Transaction finalisée', 'Transaction finalisée', 'Colis envoyé', 'Colis livré', 'Annulée'][+o.id % 5], [], opt],
    ['Date de finalisation', (c, o) => (+o.id % 5 === 4 ? '' : frTime(o.at + 86400000 * 4)), [], opt],
  ] },
  { name: 'subito-ordini-it', product: 'Subito (Area riservata > Vendite con spedizione > Esporta, CSV; an Italian private seller\'s TuttoSubito sales)', family: 'ecommerce-orders', language: 'it', schema: E, cols: [
    ['ID ordine', (c, o) => `SBT-${pad(+o.id * 131 % 10000000, 7)}`, [OR('purchaseID')]],
    ['Data ordine', (c, o) => itTime(o.at), ['timestamp', OR('createdDate')]],
    ['Titolo annuncio', (c, o) => sbItem(o)[0], [PL('name')]],
    ['ID annuncio', (c, o) => String(500000000 + +o.id * 77), [PL('SKU')], opt],
    ['Categoria', (c, o) => sbItem(o)[1], [PL('productCategories[0].categoryName'), PL('productCategories[0].categoryPath')], opt],
    ['Prezzo', (c, o) => comma(sbItem(o)[2]), [PL('priceTotal'), OR('priceTotal')], opt],
    ['Spese di spedizione', (c, o) => comma(sbShip(o)), ['commerce.shipping.shippingAmount']],
    ['Costo protezione acquisti', (c, o) => comma(sbProt(o)), []],
    ['Totale pagato', (c, o) => comma(sbItem(o)[2] + sbShip(o) + sbProt(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')], opt],
    ['Importo accreditato', (c, o) => (sbSt(o) === 'Concluso' ? comma(sbItem(o)[2]) : ''), [], opt],
    ['Stato', (c, o) => sbSt(o), [], opt],
    ['Acquirente', (c) => `${c.first} ${c.last[0]}.`, []],
    ['Indirizzo di spedizione', (c) => c.street, [SHIP('street1')]],
    ['CAP', (c) => c.postcode, [SHIP('postalCode')]],
    ['Città', (c) => c.city, [SHIP('city')]],
    ['Provincia', (c) => c.region, [SHIP('stateProvince'), SHIP('state')]],
    ['Corriere', (c, o) => ['Poste Italiane', 'BRT', 'InPost Locker', 'Poste Italiane'][+o.id % 4], ['commerce.shipping.shippingMethod'], opt],
    ['Codice di tracciamento', (c, o, r) => (['Concluso', 'Spedito'].includes(sbSt(o)) ? `${v.pick(r, ['3UW', 'BRT'])}${v.int(r, 100000000, 999999999)}` : ''), ['commerce.shipping.trackingNumber']],
    ['Data spedizione', (c, o) => (['Concluso', 'Spedito'].includes(sbSt(o)) ? itTime(o.at + 86400000 * 2).slice(0, 10) : ''), ['commerce.shipping.shipDate'], opt],
  ] },
  { name: 'idealo-direktkauf-bestellungen-de', product: 'idealo Direktkauf (idealo Business: Direktkauf > Bestellungen > CSV-Export; a German electronics shop, one row per order line)', family: 'ecommerce-orders', language: 'de', schema: E, cols: [
    ['Bestellnummer', (c, o) => `${(+o.id * 2654435761 >>> 0).toString(36).toUpperCase().padStart(8, 'X').slice(0, 8)}`, [OR('purchaseID')]],
    ['Bestelldatum', (c, o) => isoCet(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o) => idSt(o), [], opt],
    ['Händler-Bestellnummer', (c, o) => (idSt(o) === 'PENDING' ? '' : `WS-${100000 + +o.id}`), [OR('purchaseOrderNumber')], opt],
    ['E-Mail', (c, o) => `${(+o.id * 40503 >>> 0).toString(16)}${+c.id % 1000}@checkout.idealo.de`, ['endUserIDs._experience.emailid.id'], opt],
    ['Rechnungsadresse Anrede', (c) => (c.female ? 'Frau' : 'Herr'), []],
    ['Rechnungsadresse Vorname', (c) => c.first, []],
    ['Rechnungsadresse Nachname', (c) => c.last, []],
    ['Rechnungsadresse Straße', (c) => c.street, [BILL('street1')]],
    ['Rechnungsadresse Adresszusatz', (c) => c.street2, [BILL('street2')]],
    ['Rechnungsadresse PLZ', (c) => c.postcode, [BILL('postalCode')]],
    ['Rechnungsadresse Ort', (c) => c.city, [BILL('city')]],
    ['Rechnungsadresse Land', () => 'DE', [BILL('countryCode')]],
    ['Lieferadresse Vorname', (c) => c.first, []],
    ['Lieferadresse Nachname', (c, o) => (idDiffBill(o) ? `${c.last} c/o Büro` : c.last), []],
    ['Lieferadresse Straße', (c, o) => (idDiffBill(o) ? `Industriestraße ${+c.id % 90 + 1}` : c.street), [SHIP('street1')]],
    ['Lieferadresse PLZ', (c) => c.postcode, [SHIP('postalCode')]],
    ['Lieferadresse Ort', (c) => c.city, [SHIP('city')]],
    ['Lieferadresse Land', () => 'DE', [SHIP('countryCode')]],
    ['Telefonnummer', (c, o, r) => (r() < 0.7 ? c.mobile : ''), [], opt],
    ['SKU', (c, o) => idP(o)[1], [PL('SKU')]],
    ['Artikelbezeichnung', (c, o) => idP(o)[0], [PL('name')]],
    ['Menge', (c, o) => String(o.qty), [PL('quantity')]],
    ['Stückpreis', (c, o) => comma(idP(o)[2]), [], opt],
    ['Versandkosten', (c, o) => comma(idShip(o)), ['commerce.shipping.shippingAmount']],
    ['Gesamtbetrag', (c, o) => comma(idTotal(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Währung', () => 'EUR', [OR('currencyCode')]],
    ['Zahlungsart', (c, o) => ['PAYPAL', 'CREDITCARD', 'SOFORT', 'PAYPAL', 'APPLE_PAY'][+o.id % 5], [OR('payments[0].paymentType')]],
    ['Transaktions-ID', (c, o, r) => `${v.int(r, 1, 9)}${v.alnum(r, 16).toUpperCase()}`, [OR('payments[0].transactionID')], opt],
    ['Versandart', (c, o) => (idShip(o) ? 'Standard' : 'Kostenloser Versand'), ['commerce.shipping.shippingMethod'], opt],
    ['Versanddienstleister', (c, o) => (['COMPLETED', 'REFUNDED'].includes(idSt(o)) ? ['DHL', 'DPD', 'Hermes'][+o.id % 3] : ''), ['commerce.shipping.shippingMethod'], opt],
    ['Sendungsnummer', (c, o, r) => (['COMPLETED', 'REFUNDED'].includes(idSt(o)) ? String(v.int(r, 100000000, 999999999)) + String(v.int(r, 100, 999)) : ''), ['commerce.shipping.trackingNumber']],
    ['Stornogrund', (c, o) => (idSt(o) === 'CANCELLED' ? 'MERCHANT_DECLINE' : ''), [], opt],
  ] },
  // ---------------------------------------------------------------- payments
  { name: 'cashfree-payments', product: 'Cashfree Payments (Merchant Dashboard > Payment Gateway > Transactions > Download, CSV; an Indian D2C brand, the payment fields of Cashfree\'s PG API)', family: 'payments', language: 'en', schema: E, cols: [
    ['Order Id', (c, o) => `order_${(+o.id * 7919) % 1000000}${pad(+c.id % 100)}`, [OR('purchaseID')]],
    ['Transaction Id', (c, o) => String(2000000000 + +o.id * 5231), [OR('payments[0].transactionID'), '_id']],
    ['Order Amount', (c, o) => cfAmt(o).toFixed(2), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Transaction Amount', (c, o) => cfAmt(o).toFixed(2), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Currency', () => 'INR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Transaction Status', (c, o) => cfSt(o), [], opt],
    ['Payment Mode', (c, o) => cfMode(o)[0], [OR('payments[0].paymentType')]],
    ['Payment Group', (c, o) => cfMode(o)[1], [OR('payments[0].paymentType')], opt],
    ['Bank / Wallet / App', (c, o) => cfBank(o), [], opt],
    ['Card Network', (c, o) => (cfMode(o)[1].endsWith('card') ? ['VISA', 'MASTERCARD', 'RUPAY'][+o.id % 3] : ''), [OR('payments[0].paymentType')], opt],
    ['Transaction Time', (c, o) => ist(o.at), ['timestamp']],
    ['Bank Reference No', (c, o, r) => (cfSt(o) === 'SUCCESS' ? String(v.int(r, 100000000, 999999999)) + String(v.int(r, 100, 999)) : ''), [OR('payments[0].transactionID')], opt],
    ['Auth Id', (c, o, r) => (cfSt(o) === 'SUCCESS' && cfMode(o)[1].endsWith('card') ? String(v.int(r, 100000, 999999)) : ''), []],
    ['Payment Message', (c, o) => ({ SUCCESS: 'Transaction Success', FAILED: 'Payment failed by bank', USER_DROPPED: 'User dropped and did not complete the two factor authentication', PENDING: 'Transaction pending' })[cfSt(o)], []],
    ['Customer Id', (c) => `cust_${c.id}`, [], opt],
    ['Customer Name', (c) => ind(c).full, []],
    ['Customer Email', (c) => ind(c).email, ['endUserIDs._experience.emailid.id'], opt],
    ['Customer Phone', (c) => ind(c).mobile.slice(3), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Service Charge', (c, o) => cfFee(o).toFixed(2), []],
    ['Service Tax', (c, o) => (cfFee(o) * 0.18).toFixed(2), []],
    ['Settlement Amount', (c, o) => (cfSt(o) === 'SUCCESS' ? (cfAmt(o) - cfFee(o) * 1.18).toFixed(2) : ''), []],
    ['UTR', (c, o, r) => (cfSt(o) === 'SUCCESS' && +o.id % 3 !== 0 ? `CFPG${v.int(r, 10000000, 99999999)}` : ''), []],
    ['Order Note', (c, o, r) => v.pick(r, ['', '', 'COD to prepaid', 'Gift wrap']), []],
    ['Refund Amount', (c, o) => (cfSt(o) === 'SUCCESS' && +o.id % 13 === 2 ? cfAmt(o).toFixed(2) : ''), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
  ] },
  { name: 'instamojo-payments', product: 'Instamojo (Dashboard > Payments > Export, CSV; a small Indian seller\'s payment links and store)', family: 'payments', language: 'en', schema: E, cols: [
    ['Payment ID', (c, o) => `MOJO${pad(+o.id % 10000, 4)}${String.fromCharCode(65 + (+o.id % 26))}${String(10000000 + (+o.id * 7331) % 89999999)}`, [OR('payments[0].transactionID'), '_id']],
    ['Payment Request ID', (c, o) => `${(+o.id * 2654435761 >>> 0).toString(16)}${(+c.id * 40503 >>> 0).toString(16)}`.slice(0, 32), [OR('purchaseID')], opt],
    ['Purpose', (c, o) => IM_PURP[+o.id % IM_PURP.length], [PL('name')], opt],
    ['Buyer Name', (c) => ind(c).full, []],
    ['Buyer Email', (c) => ind(c).email, ['endUserIDs._experience.emailid.id'], opt],
    ['Buyer Phone', (c) => ind(c).mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Currency', () => 'INR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Amount', (c, o) => imAmt(o).toFixed(2), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Fees', (c, o) => imFee(o).toFixed(2), []],
    ['Quantity', (c, o) => String(+o.id % 4 === 0 ? 2 : 1), [PL('quantity')], opt],
    ['Status', (c, o) => imSt(o), [], opt],
    ['Instrument Type', (c, o) => ['UPI', 'CARD', 'NETBANKING', 'WALLET', 'UPI'][+o.id % 5], [OR('payments[0].paymentType')]],
    ['Billing Instrument', (c, o) => ['UPI', 'Domestic Visa Card', 'HDFC Netbanking', 'Paytm Wallet', 'UPI'][+o.id % 5], [OR('payments[0].paymentType')], opt],
    ['Shipping Address', (c, o) => (+o.id % 5 === 3 ? ind(c).street : ''), [SHIP('street1')], opt],
    ['Shipping City', (c, o) => (+o.id % 5 === 3 ? ind(c).city : ''), [SHIP('city')]],
    ['Shipping State', (c, o) => (+o.id % 5 === 3 ? ind(c).state : ''), [SHIP('stateProvince'), SHIP('state')]],
    ['Shipping Zip', (c, o) => (+o.id % 5 === 3 ? ind(c).pin : ''), [SHIP('postalCode')]],
    ['Shipping Country', (c, o) => (+o.id % 5 === 3 ? 'India' : ''), [SHIP('country')]],
    ['Discount Code', (c, o) => (+o.id % 6 === 1 ? 'DIWALI10' : ''), ['commerce.promotionID'], opt],
    ['Discount Amount', (c, o) => (+o.id % 6 === 1 ? (imAmt(o) * 0.1).toFixed(2) : '0.00'), [OR('discountAmount')]],
    ['Created At', (c, o) => imTime(o.at), ['timestamp']],
  ] },

  // ---------------------------------------------------------------- email tools
  { name: 'icontact-contacts', product: 'iContact (Contacts > Export, CSV; a US nonprofit\'s list, the standard contact fields of iContact\'s API plus custom fields)', family: 'email', language: 'en', schema: P, cols: [
    ['contactId', (c) => String(40000000 + +c.id * 17), ['_id', 'personID']],
    ['email', (c) => c.email, ['personalEmail.address']],
    ['prefix', (c, o, r) => (r() < 0.4 ? (c.female ? 'Ms.' : 'Mr.') : ''), ['person.name.courtesyTitle']],
    ['firstName', (c) => c.first, ['person.name.firstName']],
    ['lastName', (c) => c.last, ['person.name.lastName']],
    ['suffix', (c, o, r) => (r() < 0.05 ? v.pick(r, ['Jr.', 'III', 'PhD']) : ''), ['person.name.suffix']],
    ['street', (c, o, r) => (r() < 0.6 ? c.street : ''), at(HOME, 'street1')],
    ['street2', (c) => c.street2, at(HOME, 'street2')],
    ['city', (c) => c.city, at(HOME, 'city')],
    ['state', (c) => c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['postalCode', (c) => c.postcode, at(HOME, 'postalCode')],
    ['phone', (c, o, r) => (r() < 0.5 ? c.phone : ''), ['homePhone.number', 'mobilePhone.number']],
    ['fax', (c, o, r) => (r() < 0.06 ? c.phone : ''), ['faxPhone.number']],
    ['business', (c, o, r) => (r() < 0.3 ? c.company : ''), ['organizations[0]'], opt],
    ['status', (c) => icSt(c), ['personalEmail.status'], opt],
    ['bounceCount', (c) => String(icSt(c) === 'bounced' ? 3 : +c.id % 7 === 2 ? 1 : 0), []],
    ['createDate', (c) => usDate(c.created), [], opt],
    ['subscriptionDate', (c) => usDate(c.created), [], opt],
    ['list', (c) => ['Monthly Newsletter', 'Volunteers', 'Donors 2024', 'Monthly Newsletter'][+c.id % 4], []],
    ['donor_level', (c) => ['', 'Friend', 'Supporter', 'Patron', ''][+c.id % 5], []],
    ['birthday', (c, o, r) => (r() < 0.2 ? usDate(c.birth) : ''), ['person.birthDate']],
  ] },
  { name: 'verticalresponse-contacts', product: 'VerticalResponse (Contacts > All Contacts > Export, CSV; a US yoga studio\'s contacts)', family: 'email', language: 'en', schema: P, cols: [
    ['Email Address', (c) => c.email, ['personalEmail.address']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c, o, r) => (r() < 0.8 ? c.last : ''), ['person.name.lastName']],
    ['Company Name', (c, o, r) => (r() < 0.15 ? c.company : ''), ['organizations[0]'], opt],
    ['Title', (c, o, r) => (r() < 0.1 ? c.job : ''), [], opt],
    ['Gender', (c, o, r) => (r() < 0.4 ? (c.female ? 'Female' : 'Male') : ''), ['person.gender']],
    ['Birthdate', (c, o, r) => (r() < 0.3 ? f.ymd(c.birth) : ''), ['person.birthDate']],
    ['Home Phone', (c, o, r) => (r() < 0.2 ? c.phone : ''), ['homePhone.number']],
    ['Mobile Phone', (c, o, r) => (r() < 0.5 ? c.mobile : ''), ['mobilePhone.number']],
    ['Work Phone', (c, o, r) => (r() < 0.1 ? c.phone : ''), ['workPhone.number']],
    ['Fax', (c, o, r) => (r() < 0.05 ? c.phone : ''), ['faxPhone.number']],
    ['Street Address', (c, o, r) => (r() < 0.4 ? c.street : ''), at(HOME, 'street1')],
    ['Extended Address', (c) => c.street2, at(HOME, 'street2')],
    ['City', (c) => c.city, at(HOME, 'city')],
    ['Region', (c) => c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state'), ...at(HOME, 'region')]],
    ['Postal Code', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Country', () => 'US', at(HOME, 'countryCode')],
    ['Website', () => '', []],
    ['Lists', (c) => ['Newsletter', 'Newsletter;Class Pass Holders', 'Workshop Leads', 'Newsletter;Teacher Training'][+c.id % 4], []],
    ['Status', (c) => vrSt(c), ['personalEmail.status'], opt],
    ['Source', (c) => ['Sign-up Form', 'Import', 'Manual', 'Sign-up Form'][+c.id % 4], [], opt],
    ['Date Added', (c) => vrTime(c.created), [], opt],
    ['Last Updated', (c) => vrTime(Math.max(c.created, c.updated)), [], opt],
    ['Membership Type', (c) => ['Drop-in', '10-Class Pack', 'Unlimited Monthly', ''][+c.id % 4], []],
  ] },
  // ---------------------------------------------------------------- B2B leads
  { name: 'unbounce-leads', product: 'Unbounce (Landing page > Leads > Download, CSV; a B2B SaaS demo-request page with hidden UTM fields)', family: 'b2b', language: 'en', schema: B, cols: [
    ['first_name', (c) => c.first, ['person.name.firstName']],
    ['last_name', (c) => c.last, ['person.name.lastName']],
    ['work_email', (c) => c.workEmail, ['workEmail.address']],
    ['phone_number', (c, o, r) => (r() < 0.7 ? c.phone : ''), ['workPhone.number', 'mobilePhone.number']],
    ['company_name', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['job_title', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['company_size', (c) => UB_SIZE[+c.id % UB_SIZE.length], []],
    ['country', (c) => ['United States', 'Canada', 'United Kingdom', 'United States', 'Australia'][+c.id % 5], ['workAddress.country', 'homeAddress.country', 'mailingAddress.country'], opt],
    ['how_did_you_hear_about_us', (c) => ['Google search', 'LinkedIn', 'Podcast', 'A colleague', 'G2'][+c.id % 5], ['b2b.personSource'], opt],
    ['i_agree_to_receive_communications', (c) => (+c.id % 4 === 1 ? '' : 'yes'), [], opt],
    ['utm_source', (c) => (ubPaid(c) ? ['google', 'linkedin', 'capterra'][+c.id % 3] : ''), [], opt],
    ['utm_medium', (c) => (ubPaid(c) ? ['cpc', 'paid_social', 'referral'][+c.id % 3] : ''), [], opt],
    ['utm_campaign', (c) => (ubPaid(c) ? ['demo_q3_search', 'abm_fintech', 'g2_listing'][+c.id % 3] : ''), [], opt],
    ['utm_content', (c) => (ubPaid(c) ? ['headline_v2', 'carousel_1', ''][+c.id % 3] : ''), [], opt],
    ['gclid', (c, o, r) => (ubPaid(c) && +c.id % 3 === 0 ? `Cj0KCQjw${v.alnum(r, 30)}` : ''), []],
    ['ip_address', (c, o, r) => v.ip4(r), []],
    ['page_uuid', (c) => ['5d2b6c1e-7f3a-4b8e-9c21-0a4f6e8d3b17', '9a7e2f40-1c6d-4e3b-8f52-6b0d1a9c4e28'][+c.id % 2], []],
    ['variant', (c) => ubVar(c), []],
    ['time_submitted', (c) => ubTime(c.created), [], opt],
    ['date_submitted', (c) => ubDate(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['page_url', (c) => `https://get.brightledger.io/${['book-a-demo', 'demo-fintech'][+c.id % 2]}${ubPaid(c) ? `?utm_source=${['google', 'linkedin', 'capterra'][+c.id % 3]}` : ''}`, [], opt],
    ['page_name', (c) => ['Book a Demo - Main', 'Demo - Fintech ABM'][+c.id % 2], [], opt],
  ] },

  // ---------------------------------------------------------------- CRM
  { name: 'leboncoin-contacts-pro-fr', product: 'leboncoin Pro (Espace pro > Mes contacts > Exporter, CSV; a real-estate agency\'s contact requests, French UI)', family: 'crm', language: 'fr', schema: P, cols: [
    ['Date du contact', (c) => frTime(c.created), [], opt],
    ['Type de contact', (c) => lbType(c), []],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c, o, r) => (r() < 0.75 ? c.last : ''), ['person.name.lastName']],
    ['E-mail', (c) => (lbType(c) === 'Appel' ? '' : c.email), ['personalEmail.address']],
    ['Téléphone', (c, o, r) => (lbType(c) === 'Appel' || r() < 0.6 ? c.mobile : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Message', (c) => (lbType(c) === 'Appel' ? '' : ['Bonjour, ce bien est-il toujours disponible ?', 'Bonjour, je souhaiterais organiser une visite samedi.', 'Les charges sont-elles comprises ?', 'Bonjour, je suis intéressé. Pouvez-vous me rappeler ?'][+c.id % 4]), []],
    ['Référence de l\'annonce', (c) => String(2400000000 + (+c.id % 9000000) * 11), [], opt],
    ['Titre de l\'annonce', (c) => lbAd(c)[0], []],
    ['Catégorie', (c) => lbAd(c)[1], []],
    ['Prix', (c) => lbMoney(lbAd(c)[2]), []],
    ['Ville', (c) => lbAd(c)[3], []],
    ['Code postal', (c) => lbAd(c)[4], []],
    ['Référence interne', (c) => `AG-${1000 + (+c.id % 400)}`, []],
    ['Négociateur', (c) => ['Claire Dubois', 'Julien Morel', 'Sophie Lefèvre'][+c.id % 3], []],
    ['Statut', (c) => ['Nouveau', 'Nouveau', 'En cours', 'Traité', 'Archivé'][+c.id % 5], [], opt],
  ] },

  // ---------------------------------------------------------------- support
  { name: 'jotform-support-submissions', product: 'Jotform (Form > Submissions > Download as CSV; a US appliance brand\'s support request form)', family: 'support', language: 'en', schema: P, cols: [
    ['Submission Date', (c) => new Date(Math.max(c.created, c.updated) - 86400000).toISOString().slice(0, 19).replace('T', ' '), [], opt],
    ['Full Name', (c) => c.full, ['person.name.fullName']],
    ['E-mail', (c) => c.email, ['personalEmail.address']],
    ['Phone Number', (c) => `(${c.phone.replace(/\D/g, '').slice(-10, -7)}) ${c.phone.replace(/\D/g, '').slice(-7, -4)}-${c.phone.replace(/\D/g, '').slice(-4)}`, ['mobilePhone.number', 'homePhone.number']],
    ['Address', (c) => `Street Address: ${c.street}\nStreet Address Line 2: ${c.street2}\nCity: ${c.city}\nState / Province: ${c.region}\nPostal / Zip Code: ${c.postcode}`, [], opt],
    ['Order Number', (c, o) => (+c.id % 4 === 2 ? '' : `W${100000 + +o.id}`), []],
    ['Product Model', (c) => ['AF-5000 Air Fryer', 'BX-12 Blender', 'SV-220 Stick Vacuum', 'CM-90 Coffee Maker'][+c.id % 4], []],
    ['Serial Number', (c, o, r) => (r() < 0.6 ? `SN${v.int(r, 10000000, 99999999)}` : ''), []],
    ['Date of Purchase', (c, o) => { const p = parts(o.at); return `${pad(p.m)}-${pad(p.d)}-${p.y}` }, [], opt],
    ['Issue Type', (c) => jfIssue(c), []],
    ['Describe the issue', (c) => ['Stopped heating after two weeks.', 'The lid was missing in the box.', 'Makes a grinding noise on high speed.', 'Box arrived crushed, glass jar cracked.', 'Not sure how to set the timer.'][+c.id % 5], []],
    ['Upload a photo', (c) => (+c.id % 3 === 0 ? `https://www.jotform.com/uploads/brand/231234567890/5${c.id}/photo.jpg` : ''), []],
    ['Preferred contact method', (c) => ['Email', 'Phone', 'Email'][+c.id % 3], [], opt],
    ['Subscribe to product news', (c) => (+c.id % 4 === 0 ? 'Yes' : ''), [], opt],
    ['Submission ID', (c) => `5${c.id}${pad(+c.id % 1000, 3)}${pad(+c.id % 97, 2)}7`, [], opt],
    ['Submission IP', (c, o, r) => v.ip4(r), []],
    ['Last Update Date', (c) => new Date(Math.max(c.created, c.updated)).toISOString().slice(0, 19).replace('T', ' '), [], opt],
  ] },

  // ---------------------------------------------------------------- analytics
  { name: 'surveymonkey-responses', product: 'SurveyMonkey (Analyze Results > Save as > All individual responses, CSV; a US retailer\'s post-purchase survey, the two header rows joined)', family: 'analytics', language: 'en', schema: E, cols: [
    ['Respondent ID', (c, o) => String(114000000000 + +o.id * 997), ['_id'], opt],
    ['Collector ID', (c, o) => ['432118907', '432119554'][+o.id % 2], []],
    ['Start Date', (c, o) => smTime(o.at), ['timestamp'], opt],
    ['End Date', (c, o) => smTime(o.at + (90 + (+o.id % 400)) * 1000), ['timestamp']],
    ['IP Address', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Email Address', (c, o) => (+o.id % 2 ? c.email : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['First Name', (c, o) => (+o.id % 2 ? c.first : ''), []],
    ['Last Name', (c, o) => (+o.id % 2 ? c.last : ''), []],
    ['Custom Data 1', (c, o) => `${100000 + +o.id}`, [OR('purchaseID')], opt],
    ['Overall, how satisfied are you with your purchase?', (c, o) => SM_SAT[+o.id % SM_SAT.length], []],
    ['How likely is it that you would recommend us to a friend or colleague?', (c, o) => String(+o.id % 11), []],
    ['Which product did you buy? - Response', (c, o) => o.name, [PL('name')], opt],
    ['How did you hear about us? - Response', (c, o) => ['Search engine', 'Social media', 'Friend or family', 'Email'][+o.id % 4], [], opt],
    ['How did you hear about us? - Other (please specify)', (c, o) => (+o.id % 9 === 0 ? 'Podcast ad' : ''), []],
    ['What could we do better?', (c, o) => ['', 'Faster shipping', 'More sizes', '', 'Clearer return policy'][+o.id % 5], []],
    ['What is your age? - Response', (c, o) => ['18-24', '25-34', '35-44', '45-54', '55-64', '65+'][+o.id % 6], [], opt],
    ['What is your ZIP code? - Response', (c) => c.postcode, [GEO('postalCode')], opt],
  ] },
]
