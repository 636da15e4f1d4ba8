// Round 15, tune15: tune sets added in round 15, written blind before round-15 tuning. Same format as sets.mjs
// (sources in ../README.md).
import { P, E, B, v, f, HOME, WORK, ID, B2BID, OR, SHIP, BILL, PL, at, opt } from './sets.mjs'
import { loc } from './values10.mjs'
import { loc12 } from './values12.mjs'
import { pad, parts, shift, row } from './values.mjs'
import { slug } from './values.mjs'

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const DOW = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
// a record's last update or activity, never before its creation
const later = (c) => (c.updated > c.created ? c.updated : c.created + (c.updated % 90) * 86400000)
// Central European time (CET/CEST by month, close enough for generated rows)
const cetOff = (ms) => ([4, 5, 6, 7, 8, 9].includes(new Date(ms).getUTCMonth() + 1) ? 2 : 1)

// "05 Mar 2024 14:22" (Lazada Seller Center order export, Philippine time)
const lazada = (ms) => { const p = shift(ms, 8); return `${pad(p.d)} ${MON[p.m - 1]} ${p.y} ${pad(p.H)}:${pad(p.M)}` }
// "05/03/2024 14:22" (Fnac seller account, Paris time)
const fnac = (ms) => { const p = shift(ms, cetOff(ms)); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const frMoney = (n) => n.toFixed(2).replace('.', ',')
// "05.03.2024 14:22:31" (Heureka in Prague time, Robokassa in Moscow time, TWINT in Zurich time)
const dmyS = (ms, h) => { const p = shift(ms, h); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const dmy = (ms, h) => { const p = shift(ms, h); return `${pad(p.d)}.${pad(p.m)}.${p.y}` }
const commaMoney = (n) => n.toFixed(2).replace('.', ',')
// "05 Mar 24 14:22" (Skrill account history, CET)
const skrill = (ms) => { const p = shift(ms, cetOff(ms)); return `${pad(p.d)} ${MON[p.m - 1]} ${String(p.y).slice(2)} ${pad(p.H)}:${pad(p.M)}` }
// "2024-03-05T14:22:31.482913Z" (Buttondown)
const isoMicro = (ms) => `${f.ymd(ms)}T${f.time(ms)}.${pad(ms % 1000, 3)}${pad((ms >> 4) % 1000, 3)}Z`

// local people and places the shared generators lack
const PH_NAMES = [['Maria Cristina', 'Santos'], ['Jose Miguel', 'Reyes'], ['Angelica', 'Cruz'], ['Mark Anthony', 'Bautista'], ['Kimberly', 'Garcia'], ['John Paul', 'Mendoza'], ['Rowena', 'Villanueva'], ['Ramon', 'Dela Cruz']]
const PH_ADDR = [['Unit 12B, 88 Kalayaan Ave, Brgy. Pinyahan', 'Quezon City', '1100', 'Metro Manila'], ['Blk 5 Lot 17, Camella Homes, Brgy. Molino III', 'Bacoor', '4102', 'Cavite'], ['23 Osmeña Blvd, Brgy. Kalubihan', 'Cebu City', '6000', 'Cebu'], ['145 J.P. Laurel Ave, Bajada', 'Davao City', '8000', 'Davao del Sur'], ['7 Aguinaldo Hwy, Brgy. Salitran', 'Dasmariñas', '4114', 'Cavite'], ['Rm 402, 1200 Taft Ave, Brgy. 720', 'Manila', '1004', 'Metro Manila']]
const PH_PRODUCTS = [['TWS-PRO-BLK', '3120994871', 'Wireless Earbuds Pro Bluetooth 5.3 with Charging Case', 'Color Family:Black', 899], ['LUNCH-BX-3L', '2894451203', 'Stainless Steel Lunch Box 3-Layer with Bag', 'Color Family:Mint', 349], ['PWRBNK-20K', '3560017722', 'Power Bank 20000mAh Fast Charging PD 22.5W', 'Color Family:White', 1199], ['TSHIRT-OV-L', '2411870094', 'Oversized Cotton T-Shirt Unisex', 'Size:L', 299], ['RICE-CKR-1L', '3009981245', 'Mini Rice Cooker 1.2L Non-stick', 'Color Family:Red', 1499]]
const FR_PRODUCTS = [['9782070360024', 'GAL-0036', 'L\'Étranger - Albert Camus (Folio)', 'Neuf', 7.6], ['0711719541028', 'PS5-GT7', 'Gran Turismo 7 - PS5', 'Occasion - Très bon état', 39.9], ['3760145472043', 'EAR-JBL-T520', 'Casque sans fil JBL Tune 520BT Noir', 'Neuf', 44.99], ['9782253004226', 'LDP-0422', 'Les Misérables T1 - Victor Hugo', 'Occasion - Bon état', 4.5], ['8806094937014', 'SSD-SAM-1TB', 'SSD interne Samsung 870 EVO 1 To', 'Neuf', 79.9]]
const CZ_PRODUCTS = [['KAV-1KG-ZRN', 'Zrnková káva Brazil Santos 1 kg', 459], ['HRN-LIT-24', 'Litinový hrnec 24 cm', 1290], ['PRS-GEL-50', 'Sprchový gel Lavender 500 ml', 129], ['BAT-AA-10', 'Alkalické baterie AA 10 ks', 199], ['DET-STAV-K', 'Dětská stavebnice Kostky 120 dílů', 649]]
const CZ_DELIVERY = ['Zásilkovna - výdejní místo', 'PPL', 'Česká pošta - Balík Do ruky', 'DPD', 'Osobní odběr']
const RU_ITEMS = ['Оплата заказа №', 'Подписка «Премиум» на 1 месяц, заказ №', 'Онлайн-курс «Основы Python», заказ №', 'Пополнение баланса, счёт №']
// [point of sale, store uuid, terminal]
const CH_STORES = [['Velo Huber Zürich-Oerlikon', '0b6e8f3a-51c4-4d2e-9a7b-3f1d2c8e6a90', 'POS-ZH-01'], ['Velo Huber Winterthur', '7c2d9e41-08a3-4b6f-b5e2-9d4a1f6c3b27', 'POS-WI-01'], ['Velo Huber Webshop', 'e4a17b05-6d92-4f38-8c1e-52b9d0a7f613', '']]
// the gross amount of a TWINT payment (a bike shop's tickets in CHF) and TWINT's fee (1.3 %)
const twGross = (o) => Math.round(o.total * 60) / 20
const twFee = (o) => Math.round(twGross(o) * 1.3) / 100
const SK_PAYERS = [['DEU', 'de'], ['AUT', 'de'], ['GBR', 'en'], ['NLD', 'nl'], ['ESP', 'es'], ['FRA', 'fr']]
const OWA_ACTIONS = [['frontend submit', 'comment form', 'comments', ''], ['download', 'annual-report-2023.pdf', 'downloads', ''], ['video play', 'Product tour', 'video', '42'], ['signup', 'newsletter footer', 'forms', ''], ['add to cart', 'Classic T-Shirt', 'ecommerce', '1'], ['search', 'return policy', 'site search', '']]
// Rivo: points earned and spent (balance = earned - spent) and a referral code, all from the row's person
const rvEarned = (c) => 200 + (+c.id % 97) * 100
const rvSpent = (c) => Math.floor(rvEarned(c) * (+c.id % 6) / 1000) * 100
const rvCode = (c) => `${slug(c.first).toUpperCase().slice(0, 6)}${+c.id % 900 + 100}`
const OWA_LANG = ['en-us', 'en-gb', 'de-de', 'fr-fr', 'es-es']

export const SETS = [
  // ---------------------------------------------------------------- CRM (Pipeliner CRM, Contacts > Export to CSV)
  { name: 'pipeliner-contacts', product: 'Pipeliner CRM (Contacts list > Export to CSV)', family: 'crm', language: 'en', schema: B, cols: [
    ['Contact ID', (c, o, r) => v.uuid(r).toUpperCase(), B2BID],
    ['Title', (c, o, r) => (r() < 0.6 ? (c.female ? 'Ms.' : 'Mr.') : ''), ['person.name.courtesyTitle']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Middle Name', (c, o, r) => (r() < 0.2 ? v.pick(r, ['A.', 'J.', 'Lee', 'Marie']) : ''), ['person.name.middleName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Gender', (c) => (c.female ? 'Female' : 'Male'), ['person.gender'], opt],
    ['Position', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Account', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Email 1', (c) => c.workEmail, ['workEmail.address', 'personalEmail.address']],
    ['Email 2', (c, o, r) => (r() < 0.3 ? c.email : ''), ['personalEmail.address', 'workEmail.address'], opt],
    ['Phone 1', (c) => c.phone, ['workPhone.number']],
    ['Phone 2', (c, o, r) => (r() < 0.5 ? c.mobile : ''), ['mobilePhone.number', 'homePhone.number', 'workPhone.number'], opt],
    ['Address', (c) => c.street, at([...WORK, ...HOME], 'street1')],
    ['City', (c) => c.city, at([...WORK, ...HOME], 'city')],
    ['State/Province', (c) => c.region, [...at([...WORK, ...HOME], 'stateProvince'), ...at([...WORK, ...HOME], 'state')]],
    ['ZIP Code', (c) => c.postcode, at([...WORK, ...HOME], 'postalCode')],
    ['Country', (c) => c.countryEn, at([...WORK, ...HOME], 'country')],
    ['Owner', (c, o, r) => v.pick(r, ['Nikolaus Kimla', 'Jana Novak', 'Tom Walsh']), []],
    ['Sales Unit', (c, o, r) => v.pick(r, ['North America', 'EMEA', 'Inside Sales']), []],
    ['Source', (c, o, r) => v.pick(r, ['Web form', 'Trade show', 'Referral', 'Cold call', '']), ['b2b.personSource'], opt],
    ['Skype', (c, o, r) => (r() < 0.2 ? `live:${slug(c.first)}.${slug(c.last)}` : ''), []],
    ['LinkedIn', (c, o, r) => (r() < 0.5 ? `https://www.linkedin.com/in/${slug(c.first)}-${slug(c.last)}-${v.hex(r, 6)}` : ''), []],
    ['Comments', (c, o, r) => v.pick(r, ['', '', 'Decision maker for the EMEA rollout', 'Prefers calls after 3 PM']), []],
    ['Created', (c) => f.usTime(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Modified', (c) => f.usTime(later(c)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },

  // ---------------------------------------------------------------- CRM / invoicing (WHMCS, tblclients exported to CSV)
  { name: 'whmcs-clients', product: 'WHMCS (clients: the tblclients table exported to CSV)', family: 'crm', language: 'en', schema: P, cols: [
    ['id', (c, o, r, i) => String(1040 + i * 7), ID],
    ['firstname', (c) => c.first, ['person.name.firstName']],
    ['lastname', (c) => c.last, ['person.name.lastName']],
    ['companyname', (c, o, r) => (r() < 0.5 ? c.company : ''), ['organizations[0]']],
    ['email', (c, o, r) => (r() < 0.6 ? c.email : c.workEmail), ['personalEmail.address', 'workEmail.address']],
    ['address1', (c) => c.street, ['billingAddress.street1', ...at([...WORK, ...HOME], 'street1')]],
    ['address2', (c) => c.street2, ['billingAddress.street2', ...at([...WORK, ...HOME], 'street2')]],
    ['city', (c) => c.city, ['billingAddress.city', ...at([...WORK, ...HOME], 'city')]],
    ['state', (c) => c.region, ['billingAddress.stateProvince', 'billingAddress.state', ...at([...WORK, ...HOME], 'stateProvince'), ...at([...WORK, ...HOME], 'state')]],
    ['postcode', (c) => c.postcode, ['billingAddress.postalCode', ...at([...WORK, ...HOME], 'postalCode')]],
    ['country', (c) => c.countryCode, ['billingAddress.countryCode', ...at([...WORK, ...HOME], 'countryCode')]],
    ['phonenumber', (c, o, r) => `+1.${v.int(r, 201, 989)}555${pad(v.int(r, 0, 9999), 4)}`, ['homePhone.number', 'mobilePhone.number', 'workPhone.number']],
    ['tax_id', (c, o, r) => (r() < 0.2 ? `US${v.int(r, 10, 99)}-${v.int(r, 1000000, 9999999)}` : ''), ['person.taxId'], opt],
    ['currency', () => '1', []],
    ['defaultgateway', (c, o, r) => v.pick(r, ['stripe', 'paypal', 'paypal', '']), []],
    ['credit', (c, o, r) => (r() < 0.2 ? v.money(r, 1, 50) : '0.00'), []],
    ['taxexempt', () => '0', []],
    ['datecreated', (c) => f.ymd(c.created), [], opt],
    ['notes', (c, o, r) => v.pick(r, ['', '', 'Reseller - 10% discount agreed', 'Migrated from cPanel host']), []],
    ['groupid', (c, o, r) => v.pick(r, ['0', '0', '1', '2']), []],
    ['cardtype', (c, o, r) => v.pick(r, ['', 'Visa', 'MasterCard']), []],
    ['cardlastfour', (c, o, r) => (r() < 0.5 ? String(v.int(r, 1000, 9999)) : ''), []],
    ['lastlogin', (c) => f.ymdhms(later(c)), [], opt],
    ['ip', (c, o, r) => v.ip4(r), []],
    ['host', (c, o, r) => v.pick(r, ['c-73-162-44-10.hsd1.ca.comcast.net', 'cpe-24-59-118-7.nyc.res.rr.com', 'pool-108-41-3-12.nycmny.fios.verizon.net']), []],
    ['status', (c, o, r) => v.pick(r, ['Active', 'Active', 'Inactive', 'Closed']), [], opt],
    ['language', (c, o, r) => v.pick(r, ['', '', 'english', 'spanish']), []],
    ['emailoptout', (c, o, r) => v.pick(r, ['0', '0', '1']), [], opt],
    ['created_at', (c) => f.ymdhms(c.created), [], opt],
    ['updated_at', (c) => f.ymdhms(later(c)), [], opt],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Lazada Seller Center, Orders > Export, one row per item)
  { name: 'lazada-orders', product: 'Lazada Seller Center (Orders > Export all orders, Philippines, one row per order item)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order Item Id', (c, o, r) => String(v.int(r, 100000000, 999999999) * 1000 + v.int(r, 100, 999)), ['_id', PL('_id')], opt],
    ['Order Type', (c, o, r) => v.pick(r, ['Normal', 'Normal', 'Normal', 'Pre-Order']), [], opt],
    ['Lazada Id', (c, o, r, i) => row(PH_PRODUCTS, i)[1], [PL('SKU')], opt],
    ['Seller SKU', (c, o, r, i) => row(PH_PRODUCTS, i)[0], [PL('SKU')]],
    ['Lazada SKU', (c, o, r, i) => `${row(PH_PRODUCTS, i)[1]}_PH-${v.int(r, 1000000000, 9999999999)}`, [PL('SKU')], opt],
    ['Created at', (c, o) => lazada(o.at), ['timestamp', OR('createdDate')]],
    ['Updated at', (c, o) => lazada(o.at + 2 * 86400000), [OR('lastUpdatedDate')], opt],
    ['Order Number', (c, o) => String(400000000000000 + +o.id * 7919), [OR('purchaseID')]],
    ['Invoice Required', () => 'No', []],
    ['Customer Name', (c, o, r, i) => row(PH_NAMES, i).join(' '), []],
    ['Customer Email', (c, o, r, i) => `${slug(row(PH_NAMES, i)[0])}.${slug(row(PH_NAMES, i)[1])}${v.int(r, 1, 99)}@${v.pick(r, ['gmail.com', 'yahoo.com', 'outlook.com'])}`, ['endUserIDs._experience.emailid.id'], opt],
    ['Shipping Name', (c, o, r, i) => row(PH_NAMES, i + (r() < 0.3 ? 1 : 0)).join(' '), []],
    ['Shipping Address', (c, o, r, i) => row(PH_ADDR, i)[0], [SHIP('street1')]],
    ['Shipping Phone Number', (c, o, r) => `63${v.pick(r, ['917', '918', '927', '995', '905'])}${v.int(r, 1000000, 9999999)}`, [], opt],
    ['Shipping City', (c, o, r, i) => row(PH_ADDR, i)[1], [SHIP('city')]],
    ['Shipping Postcode', (c, o, r, i) => row(PH_ADDR, i)[2], [SHIP('postalCode')]],
    ['Shipping Country', () => 'Philippines', [SHIP('country')]],
    ['Shipping Region', (c, o, r, i) => row(PH_ADDR, i)[3], [SHIP('stateProvince'), SHIP('state'), SHIP('region')], opt],
    ['Billing Name', (c, o, r, i) => row(PH_NAMES, i).join(' '), []],
    ['Billing Address', (c, o, r, i) => row(PH_ADDR, i)[0], [BILL('street1')]],
    ['Billing City', (c, o, r, i) => row(PH_ADDR, i)[1], [BILL('city')]],
    ['Billing Postcode', (c, o, r, i) => row(PH_ADDR, i)[2], [BILL('postalCode')]],
    ['Billing Country', () => 'Philippines', [BILL('country')]],
    ['Payment Method', (c, o, r) => v.pick(r, ['COD', 'COD', 'GCash', 'MIXEDCARD', 'LazWallet']), [OR('payments[0].paymentType')], opt],
    ['Paid Price', (c, o, r, i) => (row(PH_PRODUCTS, i)[4] - (o.discount ? 50 : 0)).toFixed(2), [PL('priceTotal')], opt],
    ['Unit Price', (c, o, r, i) => row(PH_PRODUCTS, i)[4].toFixed(2), [], opt],
    ['Shipping Fee', (c, o, r) => (o.shipping ? v.pick(r, ['38.00', '45.00', '58.00']) : '0.00'), ['commerce.shipping.shippingAmount']],
    ['Wallet Credits', () => '0.00', [], opt],
    ['Item Name', (c, o, r, i) => row(PH_PRODUCTS, i)[2], [PL('name')]],
    ['Variation', (c, o, r, i) => row(PH_PRODUCTS, i)[3], ['productListItems[0].selectedOptions[0].value'], opt],
    ['Shipping Provider', (c, o, r) => v.pick(r, ['LEX PH', 'LEX PH', 'J&T Express', 'Flash Express']), ['commerce.shipping.shippingMethod'], opt],
    ['Tracking Code', (c, o, r) => `PH${v.int(r, 1000000000, 9999999999)}${v.pick(r, ['A', 'B', 'X'])}`, ['commerce.shipping.trackingNumber'], opt],
    ['Tracking URL', () => 'https://tracker.lel.asia/tracker', ['commerce.shipping.trackingURL'], opt],
    ['Promised shipping time', (c, o) => lazada(o.at + 2 * 86400000), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['delivered', 'delivered', 'shipped', 'ready_to_ship', 'canceled']), [], opt],
    ['Refund Amount', (c, o, r, i) => (r() < 0.1 ? row(PH_PRODUCTS, i)[4].toFixed(2) : '0.00'), [PL('refundAmount'), OR('refundTotal')], opt],
    ['Seller Note', (c, o, r) => v.pick(r, ['', '', '', 'fragile - bubble wrap']), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Fnac Marketplace, Mes commandes > Exporter, French, one row per offer line)
  { name: 'fnac-commandes-fr', product: 'Fnac Marketplace (compte vendeur, Mes commandes > Exporter les commandes, French)', family: 'ecommerce-orders', language: 'fr', schema: E, cols: [
    ['N° de commande', (c, o, r) => `${v.alnum(r, 13).toUpperCase()}`, [OR('purchaseID')]],
    ['Date de création', (c, o) => fnac(o.at), ['timestamp', OR('createdDate')]],
    ['Statut', (c, o, r) => v.pick(r, ['Reçue', 'Acceptée', 'Expédiée', 'Expédiée', 'Annulée']), [], opt],
    ['Date d\'acceptation', (c, o, r) => (r() < 0.85 ? fnac(o.at + 3 * 3600000) : ''), [], opt],
    ['Date d\'expédition', (c, o, r) => (r() < 0.7 ? fnac(o.at + 30 * 3600000) : ''), ['commerce.shipping.shipDate'], opt],
    ['SKU vendeur', (c, o, r, i) => row(FR_PRODUCTS, i)[1], [PL('SKU')]],
    ['EAN', (c, o, r, i) => row(FR_PRODUCTS, i)[0], [PL('SKU')], opt],
    ['Libellé produit', (c, o, r, i) => row(FR_PRODUCTS, i)[2], [PL('name')]],
    ['État', (c, o, r, i) => row(FR_PRODUCTS, i)[3], [], opt],
    ['Quantité', (c, o) => String(Math.min(o.qty, 2)), [PL('quantity')]],
    ['Prix unitaire', (c, o, r, i) => frMoney(row(FR_PRODUCTS, i)[4]), [], opt],
    ['Frais de port', (c, o) => (o.shipping ? '4,99' : '0,00'), ['commerce.shipping.shippingAmount']],
    ['Total commande TTC', (c, o, r, i) => frMoney(row(FR_PRODUCTS, i)[4] * Math.min(o.qty, 2) + (o.shipping ? 4.99 : 0)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Commission Fnac', (c, o, r, i) => frMoney(row(FR_PRODUCTS, i)[4] * Math.min(o.qty, 2) * 0.15), []],
    ['Civilité', (c) => (c.female ? 'Mme' : 'M.'), []],
    ['Nom', (c) => c.last, []],
    ['Prénom', (c) => c.first, []],
    ['Adresse de livraison', (c) => c.street, [SHIP('street1')]],
    ['Complément d\'adresse', (c, o, r) => (r() < 0.3 ? v.pick(r, ['Bât. B, 3e étage', 'Appt 12', 'Résidence Les Tilleuls']) : ''), [SHIP('street2')]],
    ['Code postal', (c) => c.postcode, [SHIP('postalCode')]],
    ['Ville', (c) => c.city, [SHIP('city')]],
    ['Pays', () => 'France', [SHIP('country')]],
    ['Téléphone', (c) => c.mobile, [], opt],
    ['Adresse de facturation', (c) => c.street, [BILL('street1')]],
    ['Code postal de facturation', (c) => c.postcode, [BILL('postalCode')]],
    ['Ville de facturation', (c) => c.city, [BILL('city')]],
    ['Mode de livraison', (c, o, r) => v.pick(r, ['Standard', 'Suivi', 'Recommandé', 'Point relais']), ['commerce.shipping.shippingMethod'], opt],
    ['Transporteur', (c, o, r) => v.pick(r, ['Colissimo', 'Mondial Relay', 'Chronopost', 'La Poste']), ['commerce.shipping.shippingMethod'], opt],
    ['Numéro de suivi', (c, o, r) => (r() < 0.7 ? `6A${v.int(r, 10000000000, 99999999999)}` : ''), ['commerce.shipping.trackingNumber'], opt],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Heureka Košík / Marketplace, Objednávky > Export do CSV, Czech, one row per item)
  { name: 'heureka-objednavky-cs', product: 'Heureka Košík (administrace obchodu, Objednávky > Export do CSV, Czech)', family: 'ecommerce-orders', language: 'cs', schema: E, cols: [
    ['Číslo objednávky', (c, o) => String(180000000 + +o.id * 31), [OR('purchaseID')]],
    ['Datum vytvoření', (c, o) => dmyS(o.at, cetOff(o.at)), ['timestamp', OR('createdDate')]],
    ['Stav', (c, o, r) => v.pick(r, ['Vyřízená', 'Vyřízená', 'Odeslaná', 'Nová', 'Stornovaná']), [], opt],
    ['Jméno', (c) => loc(c, 'cs').first, []],
    ['Příjmení', (c) => loc(c, 'cs').last, []],
    ['E-mail', (c) => loc(c, 'cs').email, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefon', (c) => loc(c, 'cs').phone, [], opt],
    ['Firma', (c, o) => (+o.id % 6 === 0 ? loc(c, 'cs').company : ''), []],
    ['IČ', (c, o) => (+o.id % 6 === 0 ? loc(c, 'cs').ico : ''), []],
    ['DIČ', (c, o) => (+o.id % 6 === 0 && +o.id % 4 === 0 ? `CZ${loc(c, 'cs').ico}` : ''), []],
    ['Doručovací ulice', (c) => `${loc(c, 'cs').street} ${loc(c, 'cs').house}`, [SHIP('street1')]],
    ['Doručovací město', (c) => loc(c, 'cs').city, [SHIP('city')]],
    ['Doručovací PSČ', (c) => loc(c, 'cs').zip, [SHIP('postalCode')]],
    ['Doručovací země', () => 'CZ', [SHIP('countryCode')]],
    ['Fakturační ulice', (c) => `${loc(c, 'cs').street} ${loc(c, 'cs').house}`, [BILL('street1')]],
    ['Fakturační město', (c) => loc(c, 'cs').city, [BILL('city')]],
    ['Fakturační PSČ', (c) => loc(c, 'cs').zip, [BILL('postalCode')]],
    ['Způsob dopravy', (c, o, r) => v.pick(r, CZ_DELIVERY), ['commerce.shipping.shippingMethod'], opt],
    ['Cena dopravy', (c, o, r) => (o.shipping ? v.pick(r, ['79,00', '99,00', '119,00']) : '0,00'), ['commerce.shipping.shippingAmount']],
    ['Způsob platby', (c, o, r) => v.pick(r, ['Platba kartou online', 'Bankovní převod', 'Dobírka']), [OR('payments[0].paymentType')], opt],
    ['Cena platby', (c, o, r) => v.pick(r, ['0,00', '0,00', '39,00']), []],
    ['Kód produktu', (c, o, r, i) => row(CZ_PRODUCTS, i)[0], [PL('SKU')]],
    ['Název produktu', (c, o, r, i) => row(CZ_PRODUCTS, i)[1], [PL('name')]],
    ['Počet kusů', (c, o) => String(o.qty), [PL('quantity')]],
    ['Cena za kus', (c, o, r, i) => commaMoney(row(CZ_PRODUCTS, i)[2]), [], opt],
    ['Celková cena objednávky', (c, o, r, i) => commaMoney(row(CZ_PRODUCTS, i)[2] * o.qty + (o.shipping ? 99 : 0)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Měna', () => 'CZK', [OR('currencyCode')]],
    ['Číslo zásilky', (c, o, r) => (r() < 0.7 ? `Z${v.int(r, 1000000000, 9999999999)}` : ''), ['commerce.shipping.trackingNumber'], opt],
    ['Poznámka zákazníka', (c, o, r) => v.pick(r, ['', '', '', 'Prosím volat před doručením', 'Nechat u sousedů']), []],
  ] },

  // ---------------------------------------------------------------- payments (Skrill merchant account, History > Download as CSV)
  { name: 'skrill-transactions', product: 'Skrill (merchant account, History > Download as CSV)', family: 'payments', language: 'en', schema: E, cols: [
    ['ID', (c, o, r) => String(v.int(r, 3000000000, 4999999999)), [OR('payments[0].transactionID'), '_id']],
    ['Time (CET)', (c, o) => skrill(o.at), ['timestamp', OR('createdDate')]],
    ['Type', (c, o, r) => v.pick(r, ['Receive Money', 'Receive Money', 'Receive Money', 'Receive Money', 'Receive Money (Rapid Transfer)']), [], opt],
    ['Transaction Details', (c, o, r) => `from ${slug(c.first)}.${slug(c.last)}${v.int(r, 1, 99)}@${v.pick(r, ['gmail.com', 'web.de', 'outlook.com'])}`, [], opt],
    ['[-]', (c, o, r) => (r() < 0.15 ? v.money(r, 0.5, 3) : ''), [], opt],
    ['[+]', (c, o) => o.total.toFixed(2), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Status', (c, o, r) => v.pick(r, ['processed', 'processed', 'processed', 'pending', 'cancelled']), [], opt],
    ['balance', (c, o, r) => v.money(r, 1200, 9800), []],
    ['Reference', (c, o) => `INV-${o.id}`, [OR('purchaseID')], opt],
    ['Amount Sent', (c, o) => o.total.toFixed(2), [OR('payments[0].paymentAmount')], opt],
    ['Currency sent', (c, o, r) => v.pick(r, ['EUR', 'EUR', 'GBP', 'USD']), [OR('payments[0].currencyCode')], opt],
    ['More information', (c, o, r) => v.pick(r, ['', '', 'Order from shop.example.com']), []],
    ['ID of the corresponding Skrill transaction', (c, o, r) => (r() < 0.15 ? String(v.int(r, 3000000000, 4999999999)) : ''), [], opt],
    ['Payment Instrument', (c, o, r) => v.pick(r, ['Skrill Wallet', 'VISA', 'MasterCard', 'Klarna', 'Rapid Transfer']), [OR('payments[0].paymentType')], opt],
    ['Country', (c, o, r, i) => row(SK_PAYERS, i)[0], [], opt],
    ['Instrument details', (c, o, r) => (r() < 0.6 ? `${v.pick(r, ['4', '5'])}${v.int(r, 10000, 99999)}******${v.int(r, 1000, 9999)}` : ''), []],
  ] },

  // ---------------------------------------------------------------- payments (Robokassa, личный кабинет, Операции > Выгрузить в Excel, Russian)
  { name: 'robokassa-operacii-ru', product: 'Robokassa (личный кабинет, Операции > Выгрузить, Russian)', family: 'payments', language: 'ru', schema: E, cols: [
    ['Номер операции', (c, o, r) => v.uuid(r).toUpperCase(), [OR('payments[0].transactionID'), '_id']],
    ['Номер счёта', (c, o) => String(10000 + +o.id), [OR('purchaseID')]],
    ['Дата создания', (c, o) => dmyS(o.at, 3), ['timestamp', OR('createdDate')]],
    ['Дата оплаты', (c, o, r) => (r() < 0.85 ? dmyS(o.at + 90000, 3) : ''), [], opt],
    ['Магазин', () => 'shop-knigi', []],
    ['Описание', (c, o) => `${RU_ITEMS[+o.id % RU_ITEMS.length]}${10000 + +o.id}`, []],
    ['Сумма счёта', (c, o) => commaMoney(o.total * 95), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Сумма оплаты', (c, o, r) => commaMoney(o.total * 95 * (r() < 0.3 ? 1.03 : 1)), [OR('payments[0].paymentAmount')], opt],
    ['Валюта', () => 'RUB', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Способ оплаты', (c, o, r) => v.pick(r, ['Банковская карта', 'Банковская карта', 'СБП', 'SberPay', 'ЮMoney']), [OR('payments[0].paymentType')], opt],
    ['Статус', (c, o, r) => v.pick(r, ['Исполнена', 'Исполнена', 'Исполнена', 'Отменена', 'Возврат']), [], opt],
    ['E-mail', (c) => loc12(c, 'ru').email, ['endUserIDs._experience.emailid.id'], opt],
    ['Телефон', (c, o, r) => (r() < 0.4 ? loc12(c, 'ru').mobile : ''), [], opt],
    ['Комиссия', (c, o) => commaMoney(o.total * 95 * 0.039), []],
    ['Сумма к перечислению', (c, o) => commaMoney(o.total * 95 * 0.961), []],
    ['Тестовая', () => 'Нет', []],
    ['Чек', (c, o, r) => v.pick(r, ['Отправлен', 'Отправлен', 'Не требуется']), []],
    ['IP-адрес', (c, o, r) => v.ip4(r), ['environment.ipV4']],
  ] },

  // ---------------------------------------------------------------- payments (TWINT merchant portal, settlement CSV, German; the file repeats "Währung", kept once)
  { name: 'twint-transaktionen-de', product: 'TWINT (merchant portal, settlement / transactions CSV, German, Switzerland)', family: 'payments', language: 'de', schema: E, cols: [
    ['Überweisung am', (c, o) => dmy(o.at + 86400000, cetOff(o.at)), [], opt],
    ['Transaktionsgebühr', (c, o) => twFee(o).toFixed(2), []],
    ['Währung', () => 'CHF', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Gutgeschriebener Betrag', (c, o) => (twGross(o) - twFee(o)).toFixed(2), []],
    ['Kennung Verkaufsstelle', (c, o, r, i) => row(CH_STORES, i)[0], [], opt],
    ['UUID Store', (c, o, r, i) => row(CH_STORES, i)[1], []],
    ['Betrag Transaktion', (c, o) => twGross(o).toFixed(2), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Transaktionsdatum', (c, o) => dmy(o.at, cetOff(o.at)), [], opt],
    ['Transaktionszeit', (c, o) => { const p = shift(o.at, cetOff(o.at)); return `${pad(p.H)}:${pad(p.M)}` }, []],
    ['Typ', (c, o, r) => v.pick(r, ['Product', 'Product', 'Product', 'Product', 'Reversal']), [], opt],
    ['Order ID', (c, o, r) => v.uuid(r), [OR('payments[0].transactionID')], opt],
    ['Terminal ID', (c, o, r, i) => row(CH_STORES, i)[2], []],
    ['Transaktions-ID', (c, o, r) => `${v.int(r, 100000, 999999)}${v.int(r, 100000, 999999)}`, [OR('payments[0].transactionID'), '_id']],
    ['Händlertransaktions-ID', (c, o, r, i) => (row(CH_STORES, i)[2] === '' ? `WS-${o.id}` : ''), [OR('purchaseID'), OR('payments[0].transactionID')], opt],
  ] },

  // ---------------------------------------------------------------- email tool (Buttondown, Subscribers > Export)
  { name: 'buttondown-subscribers', product: 'Buttondown (Subscribers > Export as CSV)', family: 'email', language: 'en', schema: P, cols: [
    ['id', (c, o, r) => v.uuid(r), ID],
    ['email_address', (c) => c.email, ['personalEmail.address']],
    ['creation_date', (c) => isoMicro(c.created), [], opt],
    ['type', (c, o, r) => v.pick(r, ['regular', 'regular', 'regular', 'premium', 'unactivated', 'unsubscribed']), ['personalEmail.status'], opt],
    ['source', (c, o, r) => v.pick(r, ['organic', 'organic', 'import', 'api', 'embedded_form']), []],
    ['tags', (c, o, r) => v.pick(r, ['', '', 'podcast', 'podcast, early-access']), []],
    ['notes', (c, o, r) => v.pick(r, ['', '', '', 'Met at RustConf']), []],
    ['metadata', (c, o, r) => (r() < 0.5 ? `{"first_name": "${c.first}"}` : '{}'), []],
    ['referrer_url', (c, o, r) => v.pick(r, ['', '', 'https://news.ycombinator.com/', 'https://example.substack.com/p/recs', 'https://www.google.com/']), []],
    ['secondary_id', (c, o, r, i) => String(1200 + i * 3), ID, opt],
    ['utm_source', (c, o, r) => v.pick(r, ['', '', 'twitter', 'newsletter-swap']), []],
    ['utm_medium', (c, o, r) => v.pick(r, ['', '', 'social', 'email']), []],
    ['utm_campaign', (c, o, r) => v.pick(r, ['', '', 'launch-week', 'spring-promo']), []],
    ['ip_address', (c, o, r) => v.ip4(r), []],
    ['unsubscription_date', (c, o, r) => (r() < 0.2 ? isoMicro(later(c)) : ''), [], opt],
    ['unsubscription_reason', (c, o, r) => v.pick(r, ['', '', '', 'Too many emails']), []],
    ['upgrade_date', (c, o, r) => (r() < 0.15 ? isoMicro(later(c)) : ''), [], opt],
    ['stripe_customer_id', (c, o, r) => (r() < 0.15 ? `cus_${v.alnum(r, 14)}` : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- support desk (Desk365, Contacts > Export)
  { name: 'desk365-contacts', product: 'Desk365 (Contacts > Export contacts to CSV)', family: 'support', language: 'en', schema: B, cols: [
    ['Contact ID', (c, o, r, i) => String(301 + i * 4), B2BID],
    ['Name', (c) => c.full, ['person.name.fullName']],
    ['Email', (c) => c.workEmail, ['workEmail.address', 'personalEmail.address']],
    ['Other Emails', (c, o, r) => (r() < 0.25 ? c.email : ''), ['personalEmail.address', 'workEmail.address'], opt],
    ['Work Phone', (c, o, r) => (r() < 0.7 ? c.phone : ''), ['workPhone.number']],
    ['Mobile Phone', (c, o, r) => (r() < 0.4 ? c.mobile : ''), ['mobilePhone.number']],
    ['Company', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Job Title', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Address', (c, o, r) => (r() < 0.5 ? `${c.street}, ${c.city}, ${c.region} ${c.postcode}` : ''), [], opt],
    ['Time Zone', (c, o, r) => v.pick(r, ['(GMT-05:00) Eastern Time (US & Canada)', '(GMT-08:00) Pacific Time (US & Canada)', '(GMT+00:00) London']), []],
    ['Language', (c, o, r) => v.pick(r, ['English', 'English', 'Spanish']), []],
    ['Contact Status', (c, o, r) => v.pick(r, ['Verified', 'Verified', 'Unverified', 'Blocked']), [], opt],
    ['Tags', (c, o, r) => v.pick(r, ['', 'vip', 'partner, renewal']), []],
    ['Description', (c, o, r) => v.pick(r, ['', '', 'Primary IT contact', 'Escalate billing issues to finance']), []],
    ['Twitter', (c, o, r) => (r() < 0.15 ? `@${slug(c.first)}${slug(c.last).slice(0, 4)}` : ''), []],
    ['Created On', (c) => f.usTime(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Last Updated On', (c) => f.usTime(later(c)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },

  // ---------------------------------------------------------------- analytics (Open Web Analytics, owa_action_fact table exported to CSV)
  { name: 'owa-action-fact', product: 'Open Web Analytics (self-hosted, owa_action_fact table exported to CSV)', family: 'analytics', language: 'en', schema: E, cols: [
    ['id', (c, o, r) => String(v.int(r, 1e9, 9e9) * 10000 + v.int(r, 0, 9999)), ['_id']],
    ['visitor_id', (c, o, r) => String(v.int(r, 1e9, 9e9) * 10000 + v.int(r, 0, 9999)), [], opt],
    ['session_id', (c, o, r) => String(v.int(r, 1e9, 9e9) * 10000 + v.int(r, 0, 9999)), [], opt],
    ['site_id', () => 'f2c9a1e0b7d34c6a8e5b1d0c9f7a3e21', [], opt],
    ['referer_id', (c, o, r) => (r() < 0.5 ? String(v.int(r, -2147483647, 2147483647)) : '0'), []],
    ['ua_id', (c, o, r) => String(v.int(r, -2147483647, 2147483647)), []],
    ['host_id', (c, o, r) => String(v.int(r, -2147483647, 2147483647)), []],
    ['os_id', (c, o, r) => String(v.int(r, -2147483647, 2147483647)), []],
    ['location_id', (c, o, r) => String(v.int(r, -2147483647, 2147483647)), []],
    ['timestamp', (c, o) => f.epochS(o.at), ['timestamp']],
    ['yyyymmdd', (c, o) => f.compact(o.at), [], opt],
    ['year', (c, o) => String(parts(o.at).y), []],
    ['month', (c, o) => String(parts(o.at).y * 100 + parts(o.at).m), []],
    ['day', (c, o) => String(parts(o.at).d), []],
    ['dayofweek', (c, o) => DOW[new Date(o.at).getUTCDay()], []],
    ['dayofyear', (c, o) => String(Math.floor((o.at - Date.UTC(parts(o.at).y, 0, 1)) / 86400000) + 1), []],
    ['weekofyear', (c, o) => String(Math.floor((o.at - Date.UTC(parts(o.at).y, 0, 1)) / (7 * 86400000)) + 1), []],
    ['last_req', (c, o, r) => f.epochS(o.at - v.int(r, 5, 600) * 1000), [], opt],
    ['ip_address', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['is_new_visitor', (c, o) => (+o.id % 3 === 0 ? '1' : '0'), []],
    ['is_repeat_visitor', (c, o) => (+o.id % 3 === 0 ? '0' : '1'), []],
    ['language', (c, o, r) => v.pick(r, OWA_LANG), ['environment._dc.language', 'environment.browserDetails.acceptLanguage'], opt],
    ['days_since_prior_session', (c, o, r) => String(v.int(r, 0, 30)), []],
    ['days_since_first_session', (c, o, r) => String(v.int(r, 0, 400)), []],
    ['num_prior_sessions', (c, o, r) => String(v.int(r, 0, 60)), []],
    ['medium', (c, o, r) => v.pick(r, ['direct', 'direct', 'organic-search', 'referral', 'feed']), [], opt],
    ['source_id', (c, o, r) => (r() < 0.4 ? String(v.int(r, -2147483647, 2147483647)) : '0'), [], opt],
    ['campaign_id', (c, o, r) => (r() < 0.2 ? String(v.int(r, -2147483647, 2147483647)) : '0'), [], opt],
    ['user_name', (c, o, r) => (r() < 0.3 ? `${slug(c.first)}${slug(c.last).slice(0, 1)}` : ''), [], opt],
    ['cv1_name', (c, o) => (+o.id % 3 === 1 ? 'member-level' : ''), []],
    ['cv1_value', (c, o, r) => (+o.id % 3 === 1 ? v.pick(r, ['free', 'pro']) : ''), []],
    ['document_id', (c, o, r) => String(v.int(r, -2147483647, 2147483647)), [], opt],
    ['action_name', (c, o, r, i) => row(OWA_ACTIONS, i)[0], ['eventType', 'web.webInteraction.name'], opt],
    ['action_label', (c, o, r, i) => row(OWA_ACTIONS, i)[1], ['web.webInteraction.name'], opt],
    ['action_group', (c, o, r, i) => row(OWA_ACTIONS, i)[2], [], opt],
    ['numeric_value', (c, o, r, i) => row(OWA_ACTIONS, i)[3], [], opt],
  ] },

  // ---------------------------------------------------------------- loyalty (Rivo Loyalty & Referrals for Shopify, Customers > Export CSV)
  { name: 'rivo-loyalty-customers', product: 'Rivo Loyalty & Referrals (Shopify app, Customers > Export CSV)', family: 'loyalty', language: 'en', schema: P, cols: [
    ['Shopify Customer ID', (c, o, r) => String(v.int(r, 6000000, 7999999) * 1000000 + v.int(r, 0, 999999)), ID],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Phone', (c, o, r) => (r() < 0.3 ? c.mobile : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Loyalty Status', (c, o, r) => v.pick(r, ['member', 'member', 'member', 'guest', 'excluded']), ['loyalty.status'], opt],
    ['Points Balance', (c) => String(rvEarned(c) - rvSpent(c)), ['loyalty.points']],
    ['Points Earned', (c) => String(rvEarned(c)), ['loyalty.lifetimePoints']],
    ['Points Spent', (c) => String(rvSpent(c)), ['loyalty.pointsRedeemed']],
    ['VIP Tier', (c, o, r) => v.pick(r, ['Bronze', 'Silver', 'Gold', '']), ['loyalty.tier']],
    ['Birthdate', (c) => f.ymd(c.birth), ['person.birthDate']],
    ['Credits Balance', (c, o, r) => (r() < 0.2 ? v.money(r, 5, 40) : '0.00'), [], opt],
    ['Referral Code', (c) => rvCode(c), [], opt],
    ['Referral Link', (c) => `https://shop.example.com/?ref=${rvCode(c)}`, []],
    ['Referrals Completed', (c, o, r) => String(v.int(r, 0, 6)), []],
    ['Accepts Marketing', (c) => (c.bool ? 'true' : 'false'), [], opt],
    ['Orders Count', (c, o, r) => String(v.int(r, 1, 40)), ['loyalty.lifetimePurchases'], opt],
    ['Total Spent', (c, o, r) => v.money(r, 20, 3500), [], opt],
    ['Activation Date', (c) => f.ymd(c.created), ['loyalty.joinDate'], opt],
    ['Last Activity At', (c) => `${f.ymdhms(later(c))} UTC`, [], opt],
    ['Tags', (c, o, r) => v.pick(r, ['', '', 'wholesale', 'VIP, newsletter']), []],
  ] },
]
