// Round 73, heldout73: held-out sets written apart (by a helper that never opened the suggester or a score). Same
// format as sets.mjs (sources in ../README.md). English-language e-commerce platforms, digital-goods checkouts,
// marketplaces and subscription tools of the US, the UK, Australia and Canada: order-level and line-item order
// exports, marketplace sales reports, store customer lists, subscription contracts, paid memberships and B2B
// billing and wholesale accounts; all English.
import { E, P, B, v, at, HOME, ID, B2BID, PL, OR, SHIP, BILL, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'
import { slug } from './values.mjs'

// local times (offsets by month only: good enough for generated rows)
const usOff = (ms, std) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 ? std + 1 : std }
const auOff = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 9 ? 10 : 11 }
const ukOff = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 ? 1 : 0 }
const day = 86400000
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const DOW = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const ymdHMS = (p) => `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const ymd = (p) => `${p.y}-${pad(p.m)}-${pad(p.d)}`
// EDD stores and exports UTC "2024-05-14 17:31:07"
const utc = (ms) => ymdHMS(shift(ms, 0))
// Spiffy Stores (Rails) "2024-05-14 10:31:07 +1000" in Melbourne
const spiffy = (ms) => `${ymdHMS(shift(ms, auOff(ms)))} +${pad(auOff(ms))}00`
// ShopSite ctime in Central time "Thu Nov  6 14:55:11 2024"
const ctime = (ms) => { const o = usOff(ms, -6); const p = shift(ms, o); const w = new Date(ms + o * 3600000).getUTCDay(); return `${DOW[w]} ${MON[p.m - 1]} ${String(p.d).padStart(2, ' ')} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)} ${p.y}` }
// Redbubble (Melbourne) date only "2024-05-14"
const auYmd = (ms) => ymd(shift(ms, auOff(ms)))
// Folksy, Creoate (UK) "14/05/2024 10:31", "14/05/2024"
const ukDT = (ms) => { const p = shift(ms, ukOff(ms)); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const ukD = (ms) => { const p = shift(ms, ukOff(ms)); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
// SendOwl "2024-05-14 10:31:07 UTC"
const owl = (ms) => `${utc(ms)} UTC`
// Snipcart ISO UTC with milliseconds
const isoMs = (ms) => new Date(ms).toISOString()
// PayWhirl (Laravel, US Mountain) "2024-05-14 10:31:07"
const mtYmdHMS = (ms) => ymdHMS(shift(ms, usOff(ms, -7)))
// Awtomic ISO with Eastern offset "2024-05-14T10:31:07-04:00"
const etIso = (ms) => { const o = usOff(ms, -5); const p = shift(ms, o); return `${ymd(p)}T${pad(p.H)}:${pad(p.M)}:${pad(p.S)}-0${-o}:00` }
// Fourthwall "05/14/2024"
const usD = (ms) => { const p = shift(ms, usOff(ms, -8)); return `${pad(p.m)}/${pad(p.d)}/${p.y}` }
const n2 = (n) => n.toFixed(2)
const money = (n) => n.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')

// people and places
const mail = (f, l, r, dom) => `${slug(f)}.${slug(l)}${v.int(r, 1, 99)}@${v.pick(r, dom)}`
const AU_FIRST = ['Olivia', 'Jack', 'Charlotte', 'Liam', 'Mia', 'Noah', 'Ava', 'Lachlan', 'Isla', 'Cooper', 'Zara', 'Harrison']
const AU_LAST = ['Nguyen', 'Smith', 'Kelly', 'Wilson', 'Papadopoulos', 'Singh', 'Taylor', 'O\'Brien', 'Tran', 'Anderson', 'Martin', 'Brown']
const AU_ADDR = [['12 Smith St', '', 'Fitzroy', 'VIC', '3065'], ['4/88 Glebe Point Rd', '', 'Glebe', 'NSW', '2037'], ['27 Boundary St', '', 'West End', 'QLD', '4101'], ['150 Oxford St', '', 'Leederville', 'WA', '6007'], ['9 Rundle St', '', 'Kent Town', 'SA', '5067'], ['61 Sandy Bay Rd', '', 'Battery Point', 'TAS', '7004'], ['3 Lonsdale St', 'Apt 12', 'Braddon', 'ACT', '2612']]
const auMob = (r) => `04${v.int(r, 10, 99)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`
const UK_FIRST = ['Oliver', 'Amelia', 'George', 'Freya', 'Harry', 'Poppy', 'Thomas', 'Isla', 'Arjun', 'Sophie', 'Callum', 'Niamh']
const UK_LAST = ['Hughes', 'Patel', 'Wright', 'Evans', 'Thompson', 'Robinson', 'Khan', 'Lewis', 'Walker', 'Edwards', 'Green', 'Hall']
const UK_ADDR = [['14 Mill Lane', '', 'Harrogate', 'North Yorkshire', 'HG1 2QT'], ['Flat 3', '22 Victoria Road', 'Brighton', 'East Sussex', 'BN1 3FS'], ['7 Church Street', '', 'Ludlow', 'Shropshire', 'SY8 1AP'], ['58 Queen Street', '', 'Cardiff', 'South Glamorgan', 'CF10 2GP'], ['The Old Forge', 'High Street', 'Chipping Norton', 'Oxfordshire', 'OX7 5AD'], ['112 Byres Road', '', 'Glasgow', 'Lanarkshire', 'G12 8TB'], ['9 Elm Grove', '', 'Bath', 'Somerset', 'BA1 7AZ']]
const ukMob = (r) => `07${v.int(r, 400, 999)} ${pad(v.int(r, 0, 999999), 6)}`
const ukLand = (r) => `01${v.int(r, 13, 989)} ${v.int(r, 200000, 999999)}`
const CA_FIRST = ['Émilie', 'Liam', 'Chloé', 'Noah', 'Olivia', 'William', 'Léa', 'Ethan', 'Maya', 'Félix', 'Charlotte', 'Lucas']
const CA_LAST = ['Tremblay', 'Gagnon', 'MacDonald', 'Roy', 'Brown', 'Côté', 'Wilson', 'Bouchard', 'Lee', 'Pelletier', 'Martin', 'Singh']
const CA_ADDR = [['1250 Rue Sainte-Catherine O', 'app. 402', 'Montréal', 'QC', 'H3G 1P1'], ['88 Queen St W', 'Unit 1205', 'Toronto', 'ON', 'M5H 2N2'], ['2150 W 4th Ave', '', 'Vancouver', 'BC', 'V6K 1N7'], ['410 8 Ave SW', '', 'Calgary', 'AB', 'T2P 1E3'], ['56 Sparks St', '', 'Ottawa', 'ON', 'K1P 5A9'], ['1505 Barrington St', '', 'Halifax', 'NS', 'B3J 3K5'], ['775 Rue Saint-Joseph E', '', 'Québec', 'QC', 'G1K 3C7']]
const caPhone = (r) => `(${v.pick(r, ['514', '416', '604', '403', '613', '902', '418'])}) ${v.int(r, 200, 999)}-${pad(v.int(r, 0, 9999), 4)}`
const usPhone = (r) => `(${v.int(r, 201, 989)}) ${v.int(r, 200, 999)}-${pad(v.int(r, 0, 9999), 4)}`
const usE164 = (r) => `+1${v.int(r, 201, 989)}${v.int(r, 200, 999)}${pad(v.int(r, 0, 9999), 4)}`
const US_DOM = ['gmail.com', 'yahoo.com', 'icloud.com', 'outlook.com', 'aol.com']
const AU_DOM = ['gmail.com', 'bigpond.com', 'outlook.com.au', 'icloud.com']
const UK_DOM = ['gmail.com', 'btinternet.com', 'hotmail.co.uk', 'outlook.com', 'yahoo.co.uk']
const CA_DOM = ['gmail.com', 'videotron.ca', 'rogers.com', 'hotmail.com', 'sympatico.ca']
const nm = (F, L, i) => [row(F, i), row(L, i * 5 + 3)]

// goods
const PATTERNS = [[2141, 'HWD-PDF', 'Harper Wrap Dress', 'Print at home', 14.0], [2177, 'LJS-PDF', 'Linden Jumpsuit', 'Print at home + A0', 18.0], [2203, 'BRT-PDF', 'Briar Tote', 'Print at home', 8.0], [2250, 'SPR-BND', 'Spring Capsule Bundle', 'Three patterns', 36.0], [2268, 'ALD-PDF', 'Alder Shirtdress', 'Print at home + A0', 17.0]]
const BOTANICS = [['KAK-50', 'Kakadu Plum Face Oil 50ml', 49.95], ['LMY-200', 'Lemon Myrtle Hand Wash 200ml', 24.95], ['WAT-SET', 'Wattle Seed Gift Set', 89.0], ['DAV-100', 'Davidson Plum Body Scrub 100g', 34.95], ['RSM-30', 'Rosella Lip Balm Duo', 16.5]]
const RB_PRODUCTS = [['Sticker', 'Transparent / Small', 3.6], ['Classic T-Shirt', 'Heather Grey / M', 34.2], ['Throw Pillow', '16" x 16"', 41.8], ['Art Board Print', 'Medium', 27.5], ['Tote Bag', 'Small', 30.1], ['Hardcover Journal', 'Lined', 24.3]]
const RB_WORKS = [['Eucalyptus Dusk', 51822347], ['Kookaburra Club', 51830912], ['Wave Study No. 3', 52014455], ['Galah Party', 52209876], ['Banksia Bloom', 52317440]]
const FOLKSY = [['Hand-thrown stoneware mug', 'Speckled oat', 32.0], ['Linen tea towel - Hebridean birds', '', 18.5], ['Silver hammered stacking ring', 'Size N', 28.0], ['Hand-bound sketchbook A5', 'Slate grey', 24.0], ['Felted wool robin decoration', '', 12.5]]
const PRESETS = [['1043521', 'Moody Film Lightroom Presets', 18.0], ['1043522', 'Wedding Preset Pack', 35.0], ['1043530', 'Editing Masterclass (video course)', 79.0], ['1043544', 'Mobile Presets Bundle', 12.0]]
const COFFEE = [['Single Origin Rotation', '12 oz / Whole Bean', 'SOR-12-WB', 19.0], ['House Espresso', '2 lb / Ground', 'ESP-2LB-GR', 36.0], ['Swiss Water Decaf', '12 oz / Whole Bean', 'DEC-12-WB', 18.0], ['Cold Brew Packs', '4 pack', 'CB-4PK', 24.0]]
const TIERS = [['Supporter', 5.0], ['Super Fan', 10.0], ['Inner Circle', 25.0]]
const B2B_CO = [['Brightline Dental Partners', 'brightlinedental.com', '500 Boylston St', 'Suite 1100', 'Boston', 'MA', '02116'], ['Cascade Freight Systems', 'cascadefreight.io', '1201 3rd Ave', '', 'Seattle', 'WA', '98101'], ['Lumen Learning Labs', 'lumenlearninglabs.com', '600 Congress Ave', 'Floor 14', 'Austin', 'TX', '78701'], ['Redwood Property Group', 'redwoodpg.com', '1 Market St', '', 'San Francisco', 'CA', '94105'], ['Summit Ridge Veterinary', 'summitridgevet.com', '1700 Lincoln St', '', 'Denver', 'CO', '80203'], ['Harbor Point Logistics', 'harborpointlogistics.com', '100 Peachtree St NW', 'Suite 400', 'Atlanta', 'GA', '30303']]
const SHOPS = [['The Little Gift Shop', 'thelittlegiftshop.co.uk', 'Gift shop'], ['Hebden Home & Living', 'hebdenhome.co.uk', 'Homeware'], ['Salt & Sage Deli', 'saltandsagedeli.co.uk', 'Food & drink'], ['Wild Fern Boutique', 'wildfernboutique.com', 'Fashion boutique'], ['Marlow Paper Co', 'marlowpaper.co.uk', 'Stationery'], ['Tiny Acorns Kids', 'tinyacornskids.co.uk', 'Kids & baby'], ['Cove Concept Store', 'coveconcept.store', 'Concept store']]

// label shorthands
const WHEN = ['timestamp', OR('createdDate')]
const TOTAL = [OR('priceTotal'), OR('payments[0].paymentAmount')]
const CUR = [OR('currencyCode'), OR('payments[0].currencyCode')]
const PAYTYPE = [OR('payments[0].paymentType')]
const TXN = [OR('payments[0].transactionID')]
const EMAIL_ID = ['endUserIDs._experience.emailid.id']
const PHONE_ID = ['endUserIDs._experience.phonenumberid.id']
const FN = ['person.name.firstName']
const LN = ['person.name.lastName']
const FULL = ['person.name.fullName']
const PMAIL = ['personalEmail.address']
const PPHONE = ['mobilePhone.number', 'homePhone.number']
const PH = (leaf) => at(HOME, leaf)
const PB = (leaf) => [`billingAddress.${leaf}`]
const PS = (leaf) => [`shippingAddress.${leaf}`]
const ST = (f) => [...f('stateProvince'), ...f('state')]
const BST = (f) => [f('stateProvince'), f('state')]
const CO = ['b2b.companyName', 'organizations[0]']
const MAIL = ['workEmail.address', 'personalEmail.address']
const WADR = (leaf) => at(['workAddress', ...HOME], leaf)

// per-row order facts
const pat = (o, i) => row(PATTERNS, i + (+o.id % 2))
const edd = (o, i) => { const p = pat(o, i); const q = p[3] === 'Three patterns' ? 1 : 1 + (+o.id % 3 === 0 ? 1 : 0); const gross = p[4] * q; const disc = o.discount ? +(gross * 0.2).toFixed(2) : 0; const tax = i % 5 === 2 ? +((gross - disc) * 0.0625).toFixed(2) : 0; return { p, q, gross, disc, tax, total: +(gross - disc + tax).toFixed(2) } }
const bot = (o, i) => row(BOTANICS, i + (+o.id % 3))
const spf = (o, i) => { const p = bot(o, i); const sub = +(p[2] * o.qty).toFixed(2); const ship = sub >= 99 ? 0 : 9.95; const disc = o.discount ? 10 : 0; const total = +(sub + ship - disc).toFixed(2); return { p, sub, ship, disc, total, gst: +(total / 11).toFixed(2) } }
const shs = (o, i) => { const sub = +(18 + ((+o.id * 37) % 240) + 0.99).toFixed(2); const ship = sub > 150 ? 0 : 8.95; const disc = o.discount ? 10 : 0; const tax = i % 3 === 0 ? +((sub - disc) * 0.04225).toFixed(2) : 0; return { sub, ship, disc, tax, total: +(sub + ship - disc + tax).toFixed(2) } }
const rb = (o, i) => { const p = row(RB_PRODUCTS, i + (+o.id % 4)); const w = row(RB_WORKS, i * 3 + (+o.id % 5)); const q = p[0] === 'Sticker' ? o.qty : 1; const retail = +(p[2] * q).toFixed(2); const margin = +(retail / 1.1 * 0.2 / 1.2).toFixed(2); return { p, w, q, retail, margin, base: +(retail / 1.1 - margin).toFixed(2) } }
const fk = (o, i) => { const p = row(FOLKSY, i + (+o.id % 3)); const q = p[2] < 20 ? o.qty : 1; const post = p[2] < 20 ? 3.2 : 4.5; return { p, q, line: +(p[2] * q).toFixed(2), post, total: +(p[2] * q + post).toFixed(2) } }
const owlBuyer = (i) => (i % 4 === 3 ? { c: 'US', vat: 0 } : i % 4 === 1 ? { c: 'DE', vat: 0.19 } : { c: 'GB', vat: 0.2 })
const so = (o, i) => { const p = row(PRESETS, i + (+o.id % 2)); const b = owlBuyer(i); const disc = o.discount ? +(p[2] * 0.25).toFixed(2) : 0; const net = +(p[2] - disc).toFixed(2); const tax = +(net * b.vat).toFixed(2); const total = +(net + tax).toFixed(2); return { p, b, disc, net, tax, total, fee: +(total * 0.029 + 0.2).toFixed(2) } }
const DE_ADDR = [['Schönhauser Allee 41', 'Berlin', 'Berlin', '10435'], ['Lindenstraße 12', 'Köln', 'Nordrhein-Westfalen', '50674']]

export const SETS = [
  // ---------------------------------------------------------------- e-commerce orders (Easy Digital Downloads, US)
  { name: 'edd-orders-export-csv', product: 'Easy Digital Downloads (WordPress: Downloads > Reports > Export > Export Orders, CSV, EDD 3.x column labels; a Portland sewing-pattern designer selling PDF patterns, dates in UTC as EDD stores them)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order ID', (c, o) => String(4000 + +o.id % 5000), ['_id', OR('purchaseID')], opt],
    ['Order Number', (c, o) => `WP-${10000 + +o.id % 5000}`, [OR('purchaseID')]],
    ['Email', (c) => c.email, EMAIL_ID, opt],
    ['Customer ID', (c, o, r, i) => String(310 + i * 17), [], opt],
    ['Customer Name', (c) => c.full, []],
    ['Address', (c, o, r, i) => (i % 4 === 3 ? '' : c.street), [BILL('street1')]],
    ['Address (Line 2)', (c, o, r, i) => (i % 4 === 3 ? '' : c.street2), [BILL('street2')]],
    ['City', (c, o, r, i) => (i % 4 === 3 ? '' : c.city), [BILL('city')]],
    ['State', (c, o, r, i) => (i % 4 === 3 ? '' : c.region), BST(BILL)],
    ['Country', () => 'US', [BILL('countryCode')]],
    ['Postal / ZIP Code', (c, o, r, i) => c.postcode, [BILL('postalCode')]],
    ['Products (Verbose)', (c, o, r, i) => { const e = edd(o, i); return `${e.p[2]} - ${e.p[3]} - $${n2(e.p[4])}` }, [PL('name')], opt],
    ['Products (Raw)', (c, o, r, i) => { const e = edd(o, i); return `${e.p[0]}|${e.q}|${n2(e.p[4])}` }, [], opt],
    ['SKUs', (c, o, r, i) => edd(o, i).p[1], [PL('SKU')]],
    ['Currency', () => 'USD', CUR],
    ['Amount', (c, o, r, i) => money(edd(o, i).total), TOTAL],
    ['Tax', (c, o, r, i) => money(edd(o, i).tax), [OR('taxAmount')]],
    ['Discount Code', (c, o) => (o.discount ? 'SEWALONG20' : 'none'), ['commerce.promotionID'], opt],
    ['Payment Method', (c, o, r, i) => row(['Stripe', 'Stripe', 'PayPal', 'Stripe', 'Store Credit'], i), PAYTYPE, opt],
    ['Transaction ID', (c, o, r, i) => (i % 5 === 1 ? `${v.alnum(r, 17).toUpperCase()}` : `pi_3P${v.alnum(r, 22)}`), TXN],
    ['Purchase Key', (c, o, r) => v.hex(r, 32), []],
    ['Date', (c, o) => utc(o.at), WHEN],
    ['User', (c, o, r, i) => (i % 3 === 1 ? 'guest' : `${c.first} ${c.last}`), []],
    ['IP Address', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Mode (Live|Test)', () => 'live', [], opt],
    ['Status', (c, o, r, i) => row(['Completed', 'Completed', 'Completed', 'Refunded', 'Completed', 'Partially Refunded'], i), [], opt],
    ['Country Name', () => 'United States', [BILL('country')]],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Spiffy Stores, Australia)
  { name: 'spiffy-stores-orders-csv-au', product: 'Spiffy Stores (Toolbox: Orders > Download your orders > CSV, one row per line item; a Melbourne native-botanicals skincare brand, prices inc GST, Melbourne time)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order Number', (c, o) => `#00${1000 + +o.id % 9000}`, [OR('purchaseID')]],
    ['Email', (c, o, r, i) => mail(...nm(AU_FIRST, AU_LAST, i), r, AU_DOM), EMAIL_ID, opt],
    ['Order Date', (c, o) => spiffy(o.at), WHEN],
    ['Payment Status', (c, o, r, i) => row(['paid', 'paid', 'paid', 'refunded', 'paid', 'partially_refunded', 'pending'], i), [], opt],
    ['Shipping Status', (c, o, r, i) => row(['shipped', 'shipped', 'unshipped', 'shipped', 'partial'], i), [], opt],
    ['Closed Status', (c, o, r, i) => (i % 3 === 2 ? 'False' : 'True'), []],
    ['Currency', () => 'AUD', CUR],
    ['Payment Method', (c, o, r, i) => row(['Stripe', 'PayPal Express', 'Afterpay', 'Stripe', 'Zip Pay'], i), PAYTYPE, opt],
    ['Subtotal', (c, o, r, i) => n2(spf(o, i).sub), [], opt],
    ['Shipping', (c, o, r, i) => n2(spf(o, i).ship), ['commerce.shipping.shippingAmount']],
    ['Discount', (c, o, r, i) => n2(spf(o, i).disc), [OR('discountAmount')]],
    ['Tax', (c, o, r, i) => n2(spf(o, i).gst), [OR('taxAmount')]],
    ['Total', (c, o, r, i) => n2(spf(o, i).total), TOTAL],
    ['Tax Label', () => 'GST', []],
    ['Shipping Method', (c, o, r, i) => (spf(o, i).ship ? row(['Australia Post Parcel Post', 'Australia Post Express Post'], i) : 'Free Shipping over $99'), ['commerce.shipping.shippingMethod']],
    ['Discount Code', (c, o) => (o.discount ? 'WELCOME10' : ''), ['commerce.promotionID'], opt],
    ['Billing Name', (c, o, r, i) => nm(AU_FIRST, AU_LAST, i).join(' '), []],
    ['Billing Company', (c, o, r, i) => (i % 7 === 4 ? 'Fitzroy Day Spa Pty Ltd' : ''), []],
    ['Billing Address 1', (c, o, r, i) => row(AU_ADDR, i)[0], [BILL('street1')]],
    ['Billing Address 2', (c, o, r, i) => row(AU_ADDR, i)[1], [BILL('street2')]],
    ['Billing City', (c, o, r, i) => row(AU_ADDR, i)[2], [BILL('city')]],
    ['Billing Postcode', (c, o, r, i) => row(AU_ADDR, i)[4], [BILL('postalCode')]],
    ['Billing State', (c, o, r, i) => row(AU_ADDR, i)[3], BST(BILL)],
    ['Billing Country', () => 'Australia', [BILL('country')]],
    ['Billing Phone', (c, o, r) => auMob(r), PHONE_ID, opt],
    ['Shipping Name', (c, o, r, i) => nm(AU_FIRST, AU_LAST, i + (i % 5 === 0 ? 1 : 0)).join(' '), []],
    ['Shipping Address 1', (c, o, r, i) => row(AU_ADDR, i + (i % 5 === 0 ? 1 : 0))[0], [SHIP('street1')]],
    ['Shipping City', (c, o, r, i) => row(AU_ADDR, i + (i % 5 === 0 ? 1 : 0))[2], [SHIP('city')]],
    ['Shipping Postcode', (c, o, r, i) => row(AU_ADDR, i + (i % 5 === 0 ? 1 : 0))[4], [SHIP('postalCode')]],
    ['Shipping State', (c, o, r, i) => row(AU_ADDR, i + (i % 5 === 0 ? 1 : 0))[3], BST(SHIP)],
    ['Shipping Country', () => 'Australia', [SHIP('country')]],
    ['Line Item Quantity', (c, o) => String(o.qty), [PL('quantity')]],
    ['Line Item Name', (c, o, r, i) => spf(o, i).p[1], [PL('name')]],
    ['Line Item Price', (c, o, r, i) => n2(spf(o, i).p[2]), [], opt],
    ['Line Item SKU', (c, o, r, i) => spf(o, i).p[0], [PL('SKU')]],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (ShopSite, US)
  { name: 'shopsite-orders-download-v6', product: 'ShopSite (Orders > Download Orders, tab-delimited text, the short version-6 field names, one row per order; a Springfield, Missouri fishing-tackle shop, Central time)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Date', (c, o) => ctime(o.at), WHEN],
    ['OrderNum', (c, o) => String(10400 + +o.id % 6000), [OR('purchaseID')]],
    ['Name', (c) => c.full, []],
    ['Company', (c, o, r, i) => (i % 6 === 5 ? 'Ozark Guide Service LLC' : ''), []],
    ['Email', (c) => c.email, EMAIL_ID, opt],
    ['Address', (c) => c.street, [BILL('street1')]],
    ['Address2', (c) => c.street2, [BILL('street2')]],
    ['City', (c) => c.city, [BILL('city')]],
    ['State', (c) => c.region, BST(BILL)],
    ['Zip', (c) => c.postcode, [BILL('postalCode')]],
    ['Country', () => 'United States', [BILL('country')]],
    ['Phone', (c, o, r) => usPhone(r), PHONE_ID, opt],
    ['ShipName', (c) => c.full, []],
    ['ShipCompany', (c, o, r, i) => (i % 6 === 5 ? 'Ozark Guide Service LLC' : ''), []],
    ['ShipAddress', (c, o, r, i) => (i % 4 === 2 ? '2719 S Campbell Ave' : c.street), [SHIP('street1')]],
    ['ShipAddress2', (c, o, r, i) => (i % 4 === 2 ? '' : c.street2), [SHIP('street2')]],
    ['ShipCity', (c, o, r, i) => (i % 4 === 2 ? 'Springfield' : c.city), [SHIP('city')]],
    ['ShipState', (c, o, r, i) => (i % 4 === 2 ? 'MO' : c.region), BST(SHIP)],
    ['ShipZip', (c, o, r, i) => (i % 4 === 2 ? '65807' : c.postcode), [SHIP('postalCode')]],
    ['ShipCountry', () => 'United States', [SHIP('country')]],
    ['ShipPhone', (c, o, r, i) => (i % 3 === 0 ? usPhone(r) : ''), PHONE_ID, opt],
    ['ShippingMethod', (c, o, r, i) => (shs(o, i).ship ? row(['UPS Ground', 'USPS Priority Mail', 'UPS 2nd Day Air'], i) : 'Free Shipping'), ['commerce.shipping.shippingMethod']],
    ['PayType', (c, o, r, i) => row(['Visa', 'MasterCard', 'PayPal Express', 'Discover', 'American Express', 'Visa'], i), PAYTYPE, opt],
    ['ProductTotal', (c, o, r, i) => n2(shs(o, i).sub), [], opt],
    ['Discount', (c, o, r, i) => n2(shs(o, i).disc), [OR('discountAmount')]],
    ['Tax', (c, o, r, i) => n2(shs(o, i).tax), [OR('taxAmount')]],
    ['Shipping', (c, o, r, i) => n2(shs(o, i).ship), ['commerce.shipping.shippingAmount']],
    ['GrandTotal', (c, o, r, i) => n2(shs(o, i).total), TOTAL],
    ['Coupon', (c, o) => (o.discount ? 'CRAPPIE10' : ''), ['commerce.promotionID'], opt],
    ['Comments', (c, o, r, i) => row(['', '', 'Please ship before the 15th, going to Table Rock', '', '', 'Gift - no invoice in box'], i), []],
  ] },

  // ---------------------------------------------------------------- marketplace sales (Redbubble, Australia)
  { name: 'redbubble-sales-history-csv-au', product: 'Redbubble (Account > Artist Tools > Sales History > Download CSV, one row per item sold; a Brisbane illustrator\'s shop, amounts in AUD, Melbourne dates)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order ID', (c, o) => String(218000000 + +o.id * 7), [OR('purchaseID')]],
    ['Order Date', (c, o) => auYmd(o.at), WHEN, opt],
    ['Order Status', (c, o, r, i) => row(['Fulfilled', 'Fulfilled', 'In Production', 'Fulfilled', 'Refunded', 'Fulfilled', 'Cancelled'], i), [], opt],
    ['Work', (c, o, r, i) => rb(o, i).w[0], [PL('name')], opt],
    ['Work ID', (c, o, r, i) => String(rb(o, i).w[1]), [PL('product')], opt],
    ['Product', (c, o, r, i) => rb(o, i).p[0], [PL('name'), PL('productCategories[0].categoryName')], opt],
    ['Product Options', (c, o, r, i) => rb(o, i).p[1], [PL('selectedOptions[0].value')], opt],
    ['Quantity', (c, o, r, i) => String(rb(o, i).q), [PL('quantity')]],
    ['Currency', () => 'AUD', [OR('currencyCode'), PL('currencyCode')]],
    ['Retail Price', (c, o, r, i) => n2(rb(o, i).retail), [PL('priceTotal')], opt],
    ['Base Price', (c, o, r, i) => n2(rb(o, i).base), []],
    ['Artist Margin', (c, o, r, i) => n2(rb(o, i).margin), []],
    ['Ship To City', (c, o, r, i) => row(['Los Angeles', 'Sydney', 'London', 'Toronto', 'Melbourne', 'Austin', 'Auckland'], i), [SHIP('city')]],
    ['Ship To State', (c, o, r, i) => row(['California', 'New South Wales', '', 'Ontario', 'Victoria', 'Texas', 'Auckland'], i), BST(SHIP)],
    ['Ship To Country', (c, o, r, i) => row(['United States', 'Australia', 'United Kingdom', 'Canada', 'Australia', 'United States', 'New Zealand'], i), [SHIP('country')]],
    ['Payment Status', (c, o, r, i) => (i % 4 === 0 ? 'Pending' : 'Paid'), [], opt],
    ['Payment Date', (c, o, r, i) => (i % 4 === 0 ? '' : auYmd(o.at + 30 * day)), [], opt],
  ] },

  // ---------------------------------------------------------------- marketplace sales (Folksy, UK)
  { name: 'folksy-shop-orders-csv-uk', product: 'Folksy (Your Shop > Orders > Download CSV, one row per item; a Yorkshire potter and maker selling on the UK craft marketplace, UK times, GBP)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order ID', (c, o) => `FK${600000 + +o.id * 3}`, [OR('purchaseID')]],
    ['Date', (c, o) => ukDT(o.at), WHEN],
    ['Status', (c, o, r, i) => row(['Dispatched', 'Dispatched', 'Paid', 'Dispatched', 'Refunded', 'Dispatched'], i), [], opt],
    ['Buyer username', (c, o, r, i) => `${slug(row(UK_FIRST, i))}${slug(row(UK_LAST, i * 5 + 3)).slice(0, 3)}${v.int(r, 1, 99)}`, [], opt],
    ['Buyer name', (c, o, r, i) => nm(UK_FIRST, UK_LAST, i).join(' '), []],
    ['Buyer email', (c, o, r, i) => mail(...nm(UK_FIRST, UK_LAST, i), r, UK_DOM), EMAIL_ID, opt],
    ['Item', (c, o, r, i) => fk(o, i).p[0], [PL('name')]],
    ['Item ID', (c, o, r, i) => String(9100000 + ((i + (+o.id % 3)) % 5) * 4131), [PL('product'), PL('SKU')], opt],
    ['Variation', (c, o, r, i) => fk(o, i).p[1], [PL('selectedOptions[0].value')], opt],
    ['Quantity', (c, o, r, i) => String(fk(o, i).q), [PL('quantity')]],
    ['Item price', (c, o, r, i) => n2(fk(o, i).p[2]), [], opt],
    ['Item total', (c, o, r, i) => n2(fk(o, i).line), [PL('priceTotal')]],
    ['Postage', (c, o, r, i) => n2(fk(o, i).post), ['commerce.shipping.shippingAmount']],
    ['Order total', (c, o, r, i) => n2(fk(o, i).total), TOTAL],
    ['Postage method', (c, o, r, i) => row(['Royal Mail 2nd Class', 'Royal Mail Tracked 48', 'Royal Mail 1st Class'], i), ['commerce.shipping.shippingMethod']],
    ['Address line 1', (c, o, r, i) => row(UK_ADDR, i)[0], [SHIP('street1')]],
    ['Address line 2', (c, o, r, i) => row(UK_ADDR, i)[1], [SHIP('street2')]],
    ['Town/City', (c, o, r, i) => row(UK_ADDR, i)[2], [SHIP('city')]],
    ['County', (c, o, r, i) => row(UK_ADDR, i)[3], BST(SHIP), opt],
    ['Postcode', (c, o, r, i) => row(UK_ADDR, i)[4], [SHIP('postalCode')]],
    ['Country', () => 'United Kingdom', [SHIP('country')]],
    ['Message to seller', (c, o, r, i) => row(['', '', 'It\'s a birthday present, could you leave the price off?', '', 'Could you wrap it please?'], i), []],
    ['Dispatched date', (c, o, r, i) => (i % 6 === 2 ? '' : ukD(o.at + 2 * day)), ['commerce.shipping.shipDate'], opt],
    ['Transaction fee', (c, o, r, i) => n2(fk(o, i).total * 0.06), []],
  ] },

  // ---------------------------------------------------------------- digital-goods orders (SendOwl, UK)
  { name: 'sendowl-orders-export-csv', product: 'SendOwl (dashboard: Orders > Export to CSV, one row per order; a Bristol wedding photographer selling Lightroom presets and a video course to buyers in the UK, EU and US, GBP, UTC times)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order ID', (c, o) => String(52000000 + +o.id * 13), ['_id', OR('purchaseID')]],
    ['Date', (c, o) => owl(o.at), WHEN],
    ['State', (c, o, r, i) => row(['complete', 'complete', 'complete', 'refunded', 'complete', 'free', 'complete', 'chargeback'], i), [], opt],
    ['Payment gateway', (c, o, r, i) => row(['Stripe', 'PayPal', 'Stripe', 'Stripe', 'PayPal'], i), PAYTYPE, opt],
    ['Transaction ID', (c, o, r, i) => (i % 5 === 1 || i % 5 === 4 ? v.alnum(r, 17).toUpperCase() : `ch_3P${v.alnum(r, 22)}`), TXN],
    ['Buyer name', (c, o, r, i) => (owlBuyer(i).c === 'GB' ? nm(UK_FIRST, UK_LAST, i).join(' ') : c.full), []],
    ['Buyer email', (c, o, r, i) => (owlBuyer(i).c === 'GB' ? mail(...nm(UK_FIRST, UK_LAST, i), r, UK_DOM) : c.email), EMAIL_ID, opt],
    ['Business name', (c, o, r, i) => (i % 7 === 3 ? 'Lumen & Lace Photography Ltd' : ''), []],
    ['Billing address', (c, o, r, i) => { const b = owlBuyer(i).c; return b === 'GB' ? row(UK_ADDR, i)[0] : b === 'DE' ? row(DE_ADDR, i)[0] : c.street }, [BILL('street1')]],
    ['Billing city', (c, o, r, i) => { const b = owlBuyer(i).c; return b === 'GB' ? row(UK_ADDR, i)[2] : b === 'DE' ? row(DE_ADDR, i)[1] : c.city }, [BILL('city')]],
    ['Billing region', (c, o, r, i) => { const b = owlBuyer(i).c; return b === 'GB' ? row(UK_ADDR, i)[3] : b === 'DE' ? row(DE_ADDR, i)[2] : c.region }, BST(BILL)],
    ['Billing postcode', (c, o, r, i) => { const b = owlBuyer(i).c; return b === 'GB' ? row(UK_ADDR, i)[4] : b === 'DE' ? row(DE_ADDR, i)[3] : c.postcode }, [BILL('postalCode')]],
    ['Billing country', (c, o, r, i) => owlBuyer(i).c, [BILL('countryCode')]],
    ['Buyer IP', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Product', (c, o, r, i) => so(o, i).p[1], [PL('name')]],
    ['Product ID', (c, o, r, i) => so(o, i).p[0], [PL('product'), PL('SKU')], opt],
    ['Quantity', () => '1', [PL('quantity')]],
    ['Currency', () => 'GBP', CUR],
    ['Price', (c, o, r, i) => n2(so(o, i).p[2]), [], opt],
    ['Discount code', (c, o) => (o.discount ? 'BRIDES25' : ''), ['commerce.promotionID'], opt],
    ['Discount', (c, o, r, i) => n2(so(o, i).disc), [OR('discountAmount')]],
    ['Tax', (c, o, r, i) => n2(so(o, i).tax), [OR('taxAmount')]],
    ['Total', (c, o, r, i) => n2(so(o, i).total), TOTAL],
    ['Gateway fee', (c, o, r, i) => n2(so(o, i).fee), []],
    ['Affiliate', (c, o, r, i) => (i % 6 === 2 ? 'the_wedding_edit' : ''), []],
    ['Affiliate commission', (c, o, r, i) => (i % 6 === 2 ? n2(so(o, i).net * 0.3) : '0.00'), []],
    ['Download count', (c, o, r) => String(v.int(r, 0, 6)), []],
  ] },

  // ---------------------------------------------------------------- e-commerce customers (Snipcart, Canada)
  { name: 'snipcart-customers-export-ca', product: 'Snipcart (merchant dashboard: Customers > Export, CSV, one row per customer with the billing and shipping address of the customer record; a Montréal specialty-coffee roaster\'s store, UTC times)', family: 'ecommerce-customers', language: 'en', schema: P, cols: [
    ['Id', (c, o, r) => v.uuid(r), ID],
    ['Email', (c, o, r, i) => mail(...nm(CA_FIRST, CA_LAST, i), r, CA_DOM), PMAIL],
    ['Status', (c, o, r, i) => (i % 3 === 1 ? 'Guest' : 'Confirmed'), [], opt],
    ['Creation date', (c) => isoMs(c.created), [], opt],
    ['Orders count', (c, o, r) => String(v.int(r, 1, 18)), []],
    ['Orders amount', (c, o, r) => v.money(r, 22, 940), ['loyalty.lifetimePurchases'], opt],
    ['Billing full name', (c, o, r, i) => nm(CA_FIRST, CA_LAST, i).join(' '), FULL],
    ['Billing company', (c, o, r, i) => (i % 6 === 4 ? 'Café Olimpico Inc.' : ''), ['organizations[0]'], opt],
    ['Billing address 1', (c, o, r, i) => row(CA_ADDR, i)[0], PB('street1')],
    ['Billing address 2', (c, o, r, i) => row(CA_ADDR, i)[1], PB('street2')],
    ['Billing city', (c, o, r, i) => row(CA_ADDR, i)[2], PB('city')],
    ['Billing province', (c, o, r, i) => row(CA_ADDR, i)[3], ST(PB)],
    ['Billing country', () => 'CA', PB('countryCode')],
    ['Billing postal code', (c, o, r, i) => row(CA_ADDR, i)[4], PB('postalCode')],
    ['Billing phone', (c, o, r) => caPhone(r), ['billingAddressPhone.number', ...PPHONE]],
    ['Billing VAT number', (c, o, r, i) => (i % 6 === 4 ? `${v.int(r, 100000000, 999999999)}RT0001` : ''), [], opt],
    ['Shipping full name', (c, o, r, i) => nm(CA_FIRST, CA_LAST, i).join(' '), FULL, opt],
    ['Shipping address 1', (c, o, r, i) => row(CA_ADDR, i + (i % 4 === 1 ? 2 : 0))[0], PS('street1')],
    ['Shipping address 2', (c, o, r, i) => row(CA_ADDR, i + (i % 4 === 1 ? 2 : 0))[1], PS('street2')],
    ['Shipping city', (c, o, r, i) => row(CA_ADDR, i + (i % 4 === 1 ? 2 : 0))[2], PS('city')],
    ['Shipping province', (c, o, r, i) => row(CA_ADDR, i + (i % 4 === 1 ? 2 : 0))[3], ST(PS)],
    ['Shipping country', () => 'CA', PS('countryCode')],
    ['Shipping postal code', (c, o, r, i) => row(CA_ADDR, i + (i % 4 === 1 ? 2 : 0))[4], PS('postalCode')],
    ['Shipping phone', (c, o, r, i) => (i % 4 === 1 ? caPhone(r) : ''), ['shippingAddressPhone.number', ...PPHONE], opt],
  ] },

  // ---------------------------------------------------------------- subscriptions (PayWhirl, US)
  { name: 'paywhirl-customers-export', product: 'PayWhirl (Multi-Platform app: Customers > Manage Customers > Export, CSV with the customer object\'s field names; a Salt Lake City dog-treat subscription box billing through Stripe, Mountain time)', family: 'subscriptions', language: 'en', schema: P, cols: [
    ['id', (c, o, r, i) => String(1480000 + i * 311 + (+c.id % 300)), ID],
    ['first_name', (c) => c.first, FN],
    ['last_name', (c) => c.last, LN],
    ['email', (c) => c.email, PMAIL],
    ['phone', (c, o, r, i) => (i % 4 === 2 ? '' : usPhone(r)), PPHONE],
    ['company_name', (c, o, r, i) => (i % 8 === 5 ? 'Paws & Claws Grooming' : ''), ['organizations[0]'], opt],
    ['address', (c) => [c.street, c.street2].filter(Boolean).join(' '), [...PH('street1'), ...PS('street1')]],
    ['city', (c) => c.city, [...PH('city'), ...PS('city')]],
    ['state', (c) => c.region, [...ST(PH), ...ST(PS)]],
    ['zip', (c) => c.postcode, [...PH('postalCode'), ...PS('postalCode')]],
    ['country', () => 'US', [...PH('countryCode'), ...PS('countryCode')]],
    ['currency', () => 'USD', []],
    ['gateway_type', () => 'Stripe', []],
    ['gateway_id', () => '4127', []],
    ['gateway_reference', (c, o, r) => `cus_${v.alnum(r, 14)}`, []],
    ['default_card', (c, o, r) => String(v.int(r, 700000, 799999)), []],
    ['created_at', (c) => mtYmdHMS(c.created), [], opt],
    ['updated_at', (c) => mtYmdHMS(Math.max(c.created, c.updated)), [], opt],
    ['utm_source', (c, o, r, i) => row(['', 'facebook', 'google', '', 'instagram'], i), [], opt],
    ['utm_medium', (c, o, r, i) => row(['', 'paid_social', 'cpc', '', 'paid_social'], i), [], opt],
    ['utm_campaign', (c, o, r, i) => row(['', 'spring_box_launch', 'brand', '', 'puppy_starter'], i), [], opt],
    ['metadata', (c, o, r, i) => row(['', '{"dog_name":"Biscuit","size":"medium"}', '{"dog_name":"Luna","size":"small"}', ''], i), []],
  ] },

  // ---------------------------------------------------------------- subscriptions (Awtomic, US)
  { name: 'awtomic-subscriptions-export', product: 'Awtomic (Shopify subscription app: Subscriptions > Export, CSV, one row per subscription contract line; a Durham, NC coffee roaster\'s Shopify store, Eastern time)', family: 'subscriptions', language: 'en', schema: P, cols: [
    ['Subscription ID', (c, o, r) => String(v.int(r, 11000000000, 11999999999)), [], opt],
    ['Status', (c, o, r, i) => row(['ACTIVE', 'ACTIVE', 'PAUSED', 'ACTIVE', 'CANCELLED', 'ACTIVE', 'FAILED'], i), [], opt],
    ['Customer ID', (c, o, r) => String(v.int(r, 6900000000000, 7399999999999)), ID],
    ['Customer Email', (c) => c.email, PMAIL],
    ['Customer First Name', (c) => c.first, FN],
    ['Customer Last Name', (c) => c.last, LN],
    ['Customer Phone', (c, o, r, i) => (i % 3 === 1 ? '' : usE164(r)), PPHONE],
    ['Product Title', (c, o, r, i) => row(COFFEE, i)[0], []],
    ['Variant Title', (c, o, r, i) => row(COFFEE, i)[1], []],
    ['SKU', (c, o, r, i) => row(COFFEE, i)[2], []],
    ['Quantity', (c, o, r, i) => String(1 + (i % 5 === 3 ? 1 : 0)), []],
    ['Price', (c, o, r, i) => n2(row(COFFEE, i)[3] * 0.9), []],
    ['Currency', () => 'USD', []],
    ['Billing Interval', (c, o, r, i) => (i % 4 === 3 ? 'MONTH' : 'WEEK'), []],
    ['Billing Interval Count', (c, o, r, i) => (i % 4 === 3 ? '1' : row(['2', '2', '4'], i)), []],
    ['Next Billing Date', (c, o, r, i) => (row(['ACTIVE', 'ACTIVE', 'PAUSED', 'ACTIVE', 'CANCELLED', 'ACTIVE', 'FAILED'], i) === 'CANCELLED' ? '' : ymd(shift(Date.UTC(2025, 0, 6) + (i * 3 % 28) * day, 0))), [], opt],
    ['Created At', (c) => etIso(c.created), [], opt],
    ['Cancelled At', (c, o, r, i) => (i % 7 === 4 ? etIso(c.created + 120 * day) : ''), [], opt],
    ['Cancellation Reason', (c, o, r, i) => (i % 7 === 4 ? 'Too much coffee' : ''), []],
    ['Discount Code', (c, o, r, i) => (i % 3 === 0 ? 'SUBSCRIBE10' : ''), [], opt],
    ['Shipping Address 1', (c) => c.street, PS('street1')],
    ['Shipping Address 2', (c) => c.street2, PS('street2')],
    ['Shipping City', (c) => c.city, PS('city')],
    ['Shipping Province Code', (c) => c.region, ST(PS)],
    ['Shipping Zip', (c) => c.postcode, PS('postalCode')],
    ['Shipping Country Code', () => 'US', PS('countryCode')],
    ['Payment Method', (c, o, r, i) => row(['Visa •••• 4242', 'Mastercard •••• 5100', 'Shop Pay', 'Amex •••• 1005'], i), []],
  ] },

  // ---------------------------------------------------------------- memberships (Fourthwall, US)
  { name: 'fourthwall-members-export', product: 'Fourthwall (creator dashboard: Memberships > Members > Export CSV, one row per member; a Los Angeles cooking YouTuber\'s paid memberships, Pacific dates)', family: 'memberships', language: 'en', schema: P, cols: [
    ['Member ID', (c, o, r) => `mem_${v.alnum(r, 20)}`, ID],
    ['Email', (c) => c.email, PMAIL],
    ['Nickname', (c, o, r) => `${c.first.toLowerCase()}${v.pick(r, ['cooks', '_eats', 'bakes', '88', ''])}`, [], opt],
    ['First Name', (c, o, r, i) => (i % 5 === 3 ? '' : c.first), FN],
    ['Last Name', (c, o, r, i) => (i % 5 === 3 ? '' : c.last), LN],
    ['Tier', (c, o, r, i) => row(TIERS, i)[0], ['loyalty.tier'], opt],
    ['Status', (c, o, r, i) => row(['Active', 'Active', 'Active', 'Cancelled', 'Active', 'Past due'], i), ['loyalty.status'], opt],
    ['Billing Period', (c, o, r, i) => (i % 4 === 2 ? 'Annual' : 'Monthly'), []],
    ['Price', (c, o, r, i) => n2(i % 4 === 2 ? row(TIERS, i)[1] * 10 : row(TIERS, i)[1]), []],
    ['Currency', () => 'USD', []],
    ['Joined', (c) => usD(c.created), ['loyalty.joinDate'], opt],
    ['Cancelled', (c, o, r, i) => (i % 6 === 3 ? usD(c.created + 90 * day) : ''), [], opt],
    ['Total Paid', (c, o, r, i) => n2(row(TIERS, i)[1] * v.int(r, 1, 24)), ['loyalty.lifetimePurchases'], opt],
    ['Country', (c, o, r, i) => row(['United States', 'United States', 'Canada', 'United States', 'United Kingdom', 'United States'], i), PH('country')],
    ['Marketing Emails', (c) => (c.bool ? 'Yes' : 'No'), [], opt],
    ['Discord Connected', (c, o, r, i) => (i % 3 === 0 ? 'Yes' : 'No'), []],
  ] },

  // ---------------------------------------------------------------- B2B subscription billing (Ordway, US)
  { name: 'ordway-customers-export', product: 'Ordway (Customers > list > Export, CSV, one row per customer with its primary billing contact; a Chicago B2B SaaS vendor billing scheduling software to dental, veterinary and logistics companies)', family: 'invoicing', language: 'en', schema: B, cols: [
    ['Customer ID', (c, o, r, i) => `C-${pad(120 + i * 7, 5)}`, ['b2b.accountID', 'b2b.accountKey.sourceID', ...B2BID], opt],
    ['Customer Name', (c, o, r, i) => row(B2B_CO, i)[0], CO],
    ['Parent Customer', (c, o, r, i) => (i % 6 === 5 ? 'C-00120' : ''), []],
    ['Status', (c, o, r, i) => row(['Active', 'Active', 'Active', 'Cancelled', 'Active'], i), [], opt],
    ['Contact First Name', (c) => c.first, ['person.name.firstName']],
    ['Contact Last Name', (c) => c.last, ['person.name.lastName']],
    ['Contact Email', (c, o, r, i) => `${slug(c.first)}.${slug(c.last)}@${row(B2B_CO, i)[1]}`, MAIL],
    ['Contact Phone', (c, o, r) => usPhone(r), ['workPhone.number']],
    ['Contact Title', (c, o, r, i) => row(['Accounts Payable Manager', 'Controller', 'Office Manager', 'VP Finance', 'Practice Administrator'], i), ['extendedWorkDetails.jobTitle']],
    ['Billing Address Line 1', (c, o, r, i) => row(B2B_CO, i)[2], at(['billingAddress', 'workAddress'], 'street1')],
    ['Billing Address Line 2', (c, o, r, i) => row(B2B_CO, i)[3], at(['billingAddress', 'workAddress'], 'street2')],
    ['Billing City', (c, o, r, i) => row(B2B_CO, i)[4], at(['billingAddress', 'workAddress'], 'city')],
    ['Billing State', (c, o, r, i) => row(B2B_CO, i)[5], [...at(['billingAddress', 'workAddress'], 'stateProvince'), ...at(['billingAddress', 'workAddress'], 'state')]],
    ['Billing Zip', (c, o, r, i) => row(B2B_CO, i)[6], at(['billingAddress', 'workAddress'], 'postalCode')],
    ['Billing Country', () => 'United States', at(['billingAddress', 'workAddress'], 'country')],
    ['Website', (c, o, r, i) => `https://www.${row(B2B_CO, i)[1]}`, ['b2b.companyWebsite']],
    ['Currency', () => 'USD', []],
    ['Payment Terms', (c, o, r, i) => row(['Net 30', 'Net 30', 'Due on Receipt', 'Net 45', 'Net 15'], i), []],
    ['Auto Pay', (c, o, r, i) => (i % 3 === 0 ? 'true' : 'false'), []],
    ['Tax Exempt', () => 'false', []],
    ['Balance', (c, o, r) => money(v.int(r, 0, 4) ? v.int(r, 0, 18000) + 0.5 : 0), []],
    ['CMRR', (c, o, r) => money(v.int(r, 4, 60) * 99), []],
    ['Salesforce ID', (c, o, r) => `001${v.alnum(r, 15)}`, ['extSourceSystemAudit.externalID', 'b2b.accountKey.sourceKey'], opt],
    ['Created Date', (c) => ymd(shift(c.created, -6)), ['extSourceSystemAudit.createdDate'], opt],
    ['Updated Date', (c) => new Date(Math.max(c.created, c.updated)).toISOString(), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },

  // ---------------------------------------------------------------- wholesale customers (Creoate, UK)
  { name: 'creoate-brand-retailers-export-uk', product: 'Creoate (brand portal: Customers > Export, CSV, one row per retailer account that ordered wholesale; a Cornish candle brand\'s UK independent stockists)', family: 'ecommerce-customers', language: 'en', schema: B, cols: [
    ['Retailer ID', (c, o, r, i) => `RT-${78000 + i * 211}`, ['b2b.accountID', ...B2BID], opt],
    ['Store Name', (c, o, r, i) => row(SHOPS, i)[0], CO],
    ['Store Type', (c, o, r, i) => row(SHOPS, i)[2], []],
    ['Contact Name', (c, o, r, i) => nm(UK_FIRST, UK_LAST, i).join(' '), ['person.name.fullName']],
    ['Email', (c, o, r, i) => `${slug(row(UK_FIRST, i))}@${row(SHOPS, i)[1]}`, MAIL],
    ['Phone', (c, o, r, i) => (i % 2 ? ukMob(r) : ukLand(r)), ['workPhone.number', 'mobilePhone.number']],
    ['Website', (c, o, r, i) => `https://${row(SHOPS, i)[1]}`, ['b2b.companyWebsite']],
    ['Address Line 1', (c, o, r, i) => row(UK_ADDR, i + 3)[0], WADR('street1')],
    ['Address Line 2', (c, o, r, i) => row(UK_ADDR, i + 3)[1], WADR('street2')],
    ['City', (c, o, r, i) => row(UK_ADDR, i + 3)[2], WADR('city')],
    ['County', (c, o, r, i) => row(UK_ADDR, i + 3)[3], [...WADR('stateProvince'), ...WADR('state')], opt],
    ['Postcode', (c, o, r, i) => row(UK_ADDR, i + 3)[4], WADR('postalCode')],
    ['Country', () => 'United Kingdom', WADR('country')],
    ['First Order Date', (c) => ukD(c.created), [], opt],
    ['Last Order Date', (c) => ukD(Math.max(c.created, c.updated)), [], opt],
    ['Number of Orders', (c, o, r) => String(v.int(r, 1, 14)), []],
    ['Total Spend', (c, o, r) => `£${money(v.int(r, 150, 4800) + 0.6)}`, []],
    ['Referred by Brand', (c, o, r, i) => (i % 3 === 0 ? 'Yes' : 'No'), []],
    ['Status', (c, o, r, i) => (i % 7 === 6 ? 'Lapsed' : 'Active'), [], opt],
  ] },
]
