// Round 18, heldout18: held-out sets added in round 18, written apart from the suggester and any tuning, scored once at
// the end. Same format as sets.mjs (sources in ../README.md): header as the product exports it, one value generator per
// column in the product's formats, the accepted destinations ([] = nothing fits) and 'opt' for borderline columns.
import { E, B, P, v, f, at, HOME, B2BID, PL, OR, SHIP, BILL, GEO, opt } from './sets.mjs'
import { slug, loc as loc10 } from './values10.mjs'
import { loc as loc9 } from './values9.mjs'
import { loc12 } from './values12.mjs'
import { pad, parts, shift } from './values.mjs'

// summer time (April-October) by month, good enough for generated rows
const dst = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 }
const ymdhms = (p) => `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const iso = (ms) => new Date(ms).toISOString()

// Newegg Marketplace: a US seller's Order List report (Seller Portal > Orders > Order List > Export, one row per item;
// the Order List's column names as a public order importer's key map has them); times in Pacific time.
const pacific = (ms) => shift(ms, dst(ms) ? -7 : -8)
const neTime = (ms) => { const p = pacific(ms); return `${p.m}/${p.d}/${p.y} ${p.H % 12 || 12}:${pad(p.M)}:${pad(p.S)} ${p.H < 12 ? 'AM' : 'PM'}` }
const NE_ST = ['Shipped', 'Shipped', 'Invoiced', 'Invoiced', 'Unshipped', 'Partially Shipped', 'Voided']
const neSt = (o) => NE_ST[+o.id % NE_ST.length]
const neShipped = (o) => ['Shipped', 'Invoiced', 'Partially Shipped'].includes(neSt(o))
const NE_P = [['WD-BLK-4TB-SATA', '9SIA7BB1234567', 139.99], ['CRS-DDR5-32G-6000', '9SIAB2C9876543', 104.99], ['LOGI-MX3S-GRY', '9SIA4RE5551212', 89.99], ['SAM-990PRO-2TB', '9SIA1XJ3141592', 169.99], ['NZXT-H5-FLOW-W', '9SIAD8K2718281', 94.99]]
const nep = (o) => NE_P[+o.id % NE_P.length]
const neShip = (o) => (nep(o)[2] * o.qty >= 99 ? 0 : 7.99)
const NE_METHOD = ['Standard Shipping (5-7 business days)', 'Standard Shipping (5-7 business days)', 'Expedited Shipping (3-5 business days)', 'Two-Day Shipping(2 business days)']

// Jumia: a Nigerian vendor's orders (Seller Center > Orders > Export, CSV; one row per order item, the Seller Center
// export Jumia shares with the other Rocket Internet marketplaces); Lagos time.
const ng = (c) => loc9(c, 'ng')
const lagos = (ms) => ymdhms(shift(ms, 1))
const NG_CITY = [['Ikeja', 'Lagos', '100271'], ['Lekki', 'Lagos', '106104'], ['Wuse II', 'Abuja (FCT)', '900288'], ['Port Harcourt', 'Rivers', '500272'], ['Ibadan', 'Oyo', '200211'], ['Enugu', 'Enugu', '400102']]
const ngCity = (c) => NG_CITY[+c.id % NG_CITY.length]
const ngStreet = (c) => `${1 + (+c.id % 48)} ${['Allen Avenue', 'Admiralty Way', 'Aminu Kano Crescent', 'Trans-Amadi Road', 'Ring Road', 'Ogui Road'][+c.id % 6]}`
const JU_P = [['TCL-32S5400', 'Tecno Spark 20 Pro 256GB - Black', 'Colour: Black', 234500], ['OR-BLND-1.5L', 'Oraimo Blender 1.5L 400W', '', 28900], ['NIV-BL-400', 'Nivea Body Lotion 400ml', 'Size: 400ml', 5650], ['ADI-SLD-42', 'Men\'s Leather Sandals', 'Size: 42', 14999], ['HP-15-I5-8G', 'HP 15 Laptop Core i5 8GB 512GB SSD', '', 689000]]
const jup = (o) => JU_P[+o.id % JU_P.length]
const JU_ST = ['delivered', 'delivered', 'shipped', 'ready_to_ship', 'pending', 'canceled', 'returned']
const juSt = (o) => JU_ST[+o.id % JU_ST.length]
const juShipFee = (o) => (jup(o)[3] > 50000 ? 0 : [1200, 1500, 2100][+o.id % 3])
const naira = (n) => n.toFixed(2)

// BASE: a Japanese shop's orders (注文管理 > CSV出力, one row per item; Japanese UI, Shift_JIS in the real file); JST.
const ja = (c) => loc12(c, 'ja')
const jst = (ms) => ymdhms(shift(ms, 9))
const BA_P = [['手編みコットンニット帽', 'ベージュ', 4800], ['陶器のマグカップ', 'ホワイト / 300ml', 2900], ['リネンエプロン', 'ネイビー', 5600], ['天然石ピアス', 'ローズクォーツ', 3300], ['焼き菓子ギフトセット', '', 3980]]
const bap = (o) => BA_P[+o.id % BA_P.length]
const baShip = (o) => (bap(o)[2] * o.qty >= 8000 ? 0 : [520, 880, 1100][+o.id % 3])
const BA_PAY = ['クレジットカード決済', 'クレジットカード決済', 'コンビニ決済', 'Amazon Pay', '銀行振込決済', '後払い決済', 'PayPal決済']
const baPay = (o) => BA_PAY[+o.id % BA_PAY.length]
const baGift = (o) => +o.id % 6 === 2 // sent to someone else
const JA_ROMAN = ['yuki', 'haruka', 'kenta', 'misaki', 'takumi', 'aoi', 'sho', 'rina']
const baMail = (c) => `${JA_ROMAN[+c.id % JA_ROMAN.length]}${['.t', '_k', '', '.s'][+c.id % 4]}${+c.id % 997}@${['gmail.com', 'yahoo.co.jp', 'docomo.ne.jp', 'icloud.com'][(+c.id >> 2) % 4]}`
const baTel = (c) => (+c.id % 3 === 0 ? ja(c).tel.join('-') : ja(c).mobile.join('-'))

// AppsFlyer: in-app events raw data report of a US shopping app (Export Data > Raw data reports > In-app events, CSV,
// UTC; 42 of the report's 81 columns, in order).
const AF_EV = [['af_purchase', 1], ['af_add_to_cart', 0], ['af_content_view', 0], ['af_purchase', 1], ['af_complete_registration', 0], ['af_login', 0]]
const afEv = (o) => AF_EV[+o.id % AF_EV.length]
const afOrganic = (o) => +o.id % 5 === 0
const AF_SRC = [['googleadwords_int', 'ACI_Search', 'Spring Sale - UAC', '17893451200'], ['Facebook Ads', 'Instagram', 'US_Retarget_Purchasers', '23851234567890123'], ['tiktokglobal_int', '', 'tt_us_install_q2', '1782345678901234'], ['Apple Search Ads', '', 'Brand - Exact', '1456782345']]
const afSrc = (o) => AF_SRC[+o.id % AF_SRC.length]
const AF_DEV = [['ios', 'iPhone14,5', '17.4.1', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148'], ['android', 'samsung-SM-S911B', '14', 'Dalvik/2.1.0 (Linux; U; Android 14; SM-S911B Build/UP1A.231005.007)'], ['ios', 'iPhone15,2', '17.2', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148'], ['android', 'Google-Pixel 7', '14', 'Dalvik/2.1.0 (Linux; U; Android 14; Pixel 7 Build/AP1A.240305.019)']]
const afDev = (o) => AF_DEV[+o.id % AF_DEV.length]
const AF_GEO = [['US', 'CA', 'Los Angeles', '90012', '803'], ['US', 'NY', 'Brooklyn', '11201', '501'], ['US', 'TX', 'Houston', '77002', '618'], ['US', 'IL', 'Chicago', '60601', '602'], ['US', 'FL', 'Miami', '33101', '528']]
const afGeo = (c) => AF_GEO[+c.id % AF_GEO.length]
const afTs = (ms) => ymdhms(parts(ms))
const afRev = (o) => (afEv(o)[1] ? o.total.toFixed(2) : '')

// Culqi: sales of a Lima online shop (CulqiPanel > Ventas > Exportar, Excel; Peruvian Spanish, Lima time, soles).
const ES_PE = [['Luis', 'Quispe Mamani'], ['Rosa', 'Flores Huamán'], ['Jorge', 'Rojas Vargas'], ['Milagros', 'Chávez Ramos'], ['Carlos', 'Mendoza Torres'], ['Lucía', 'Castillo Paredes'], ['Renzo', 'Gutiérrez Salazar'], ['Fiorella', 'Espinoza Díaz']]
const pe = (c) => ES_PE[+c.id % ES_PE.length]
const peMail = (c) => `${slug(pe(c)[0])}.${slug(pe(c)[1].split(' ')[0])}${+c.id % 89}@${['gmail.com', 'hotmail.com', 'outlook.com'][+c.id % 3]}`
const lima = (ms) => { const p = shift(ms, -5); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const CQ_ST = ['Exitosa', 'Exitosa', 'Exitosa', 'Denegada', 'Exitosa', 'Devuelta', 'Exitosa', 'Fraude']
const cqSt = (o) => CQ_ST[+o.id % CQ_ST.length]
const cqOk = (o) => ['Exitosa', 'Devuelta'].includes(cqSt(o))
const CQ_CARD = [['Visa', '411111', 'Crédito', 'BCP'], ['MasterCard', '520474', 'Débito', 'Interbank'], ['Visa', '455788', 'Débito', 'BBVA'], ['Amex', '371204', 'Crédito', 'American Express'], ['Diners', '362186', 'Crédito', 'Diners Club Perú'], ['Yape', '', '', '']]
const cqCard = (o) => CQ_CARD[+o.id % CQ_CARD.length]
const cqAmt = (o) => +(29.9 + (+o.id % 41) * 7.5).toFixed(2)
const cqFee = (o) => (cqOk(o) ? +(cqAmt(o) * 0.0399 + 0.5).toFixed(2) : 0)
const cqIgv = (o) => +(cqFee(o) * 0.18).toFixed(2)

// Wompi: transactions of a Bogotá shop (Dashboard de comercios > Transacciones > Exportar, CSV; Colombian Spanish,
// the transaction fields of Wompi's API in the dashboard's words, Bogotá time, pesos without decimals).
const CO = [['Andrés', 'Gómez', 'Bogotá', 'Bogotá D.C.'], ['Valentina', 'Rodríguez', 'Medellín', 'Antioquia'], ['Santiago', 'Martínez', 'Cali', 'Valle del Cauca'], ['Camila', 'López', 'Barranquilla', 'Atlántico'], ['Juan Sebastián', 'Hernández', 'Bucaramanga', 'Santander'], ['Daniela', 'Ramírez', 'Bogotá', 'Bogotá D.C.']]
const co = (c) => CO[+c.id % CO.length]
const coMail = (c) => `${slug(co(c)[0].split(' ')[0])}${slug(co(c)[1])}${+c.id % 97}@${['gmail.com', 'hotmail.com', 'yahoo.com'][+c.id % 3]}`
const coCel = (c) => `+573${['00', '01', '10', '15', '20', '16'][+c.id % 6]}${String(1000000 + (+c.id * 7919) % 8999999)}`
const bogota = (ms) => ymdhms(shift(ms, -5))
const WO_PM = ['CARD', 'CARD', 'NEQUI', 'PSE', 'BANCOLOMBIA_TRANSFER', 'CARD', 'BANCOLOMBIA_COLLECT']
const woPm = (o) => WO_PM[+o.id % WO_PM.length]
const WO_ST = ['APPROVED', 'APPROVED', 'APPROVED', 'DECLINED', 'APPROVED', 'VOIDED', 'ERROR', 'APPROVED']
const woSt = (o) => (woPm(o) !== 'CARD' && WO_ST[+o.id % WO_ST.length] === 'VOIDED' ? 'APPROVED' : WO_ST[+o.id % WO_ST.length])
const woAmt = (o) => 35000 + (+o.id % 60) * 4900
const woIva = (o) => Math.round(woAmt(o) * 0.19 / 1.19)

// Redsys: card operations of a Valencia shop's virtual POS (Portal de Administración del TPV Virtual > Consulta de
// operaciones > Exportar, CSV; Spanish, Madrid time, euros with decimal comma).
const madrid = (ms) => { const p = shift(ms, dst(ms) ? 2 : 1); return { d: `${pad(p.d)}/${pad(p.m)}/${p.y}`, t: `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` } }
const RS_TYPE = ['Autorización', 'Autorización', 'Autorización', 'Devolución', 'Autorización', 'Preautorización', 'Confirmación de preautorización']
const rsType = (o) => RS_TYPE[+o.id % RS_TYPE.length]
const rsDen = (o) => +o.id % 11 === 6
const RS_DEN = ['Denegada 0190', 'Denegada 0180', 'Denegada 0184', 'Denegada 9915']
const rsAmt = (o) => +(12.5 + (+o.id % 80) * 3.45).toFixed(2)
const eurc = (n) => n.toFixed(2).replace('.', ',')
const RS_PAY = [['Tarjeta', 'VISA', '454881'], ['Tarjeta', 'MASTERCARD', '540007'], ['Bizum', '', ''], ['Tarjeta', 'VISA', '491801'], ['Google Pay', 'MASTERCARD', '510510'], ['Tarjeta', 'AMEX', '371449']]
const rsPay = (o) => RS_PAY[+o.id % RS_PAY.length]
const rsOrder = (o) => String(240000000000 + +o.id * 1009)

// SmartEmailing: contacts of a Czech e-shop's newsletter (Kontakty > Export, CSV; Czech UI, the contact fields of
// SmartEmailing's API and two custom fields, Zákaznické číslo and Počet objednávek).
const cz = (c) => loc10(c, 'cs')
const SE_ST = ['Přihlášen', 'Přihlášen', 'Přihlášen', 'Odhlášen', 'Přihlášen', 'Neplatný e-mail', 'Přihlášen', 'Odhlášen']
const seSt = (c) => SE_ST[+c.id % SE_ST.length]
const SE_TITLE = ['', '', '', 'Ing.', '', 'Mgr.', '', 'MUDr.', '', 'Bc.']
const seTitle = (c) => SE_TITLE[+c.id % SE_TITLE.length]
const seAddr = (c) => +c.id % 2 === 0
const VOC = { Jan: 'Jane', Petr: 'Petře', Tomáš: 'Tomáši', Martin: 'Martine', Jiří: 'Jiří', Ondřej: 'Ondřeji', Tereza: 'Terezo', Lucie: 'Lucie', Kateřina: 'Kateřino', Eva: 'Evo', Hana: 'Hano', Zuzana: 'Zuzano' }
const cet = (ms) => ymdhms(shift(ms, dst(ms) ? 2 : 1))

// Unisender: contacts of a Moscow online school's list (Контакты > Экспорт, CSV; Russian UI, Moscow times).
const ru = (c) => loc12(c, 'ru')
const mskT = (ms) => { const p = shift(ms, 3); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}` }
const UN_ST = ['Активный', 'Активный', 'Активный', 'Новый', 'Отписан', 'Активный', 'Заблокирован', 'Приглашён']
const unSt = (c) => UN_ST[+c.id % UN_ST.length]
const UN_SRC = ['Форма подписки', 'Импорт', 'API', 'Форма подписки', 'Добавлен вручную']

// Gladly: customer profiles of a US outdoor retailer's support desk (the customer-profile fields of Gladly's REST API,
// flattened to dotted CSV columns, with the retailer's custom attributes).
const GL_TIER = ['', 'Member', 'Member', 'Gold', 'Platinum']
const glPhoneType = (c) => ['MOBILE', 'MOBILE', 'HOME', 'MOBILE', 'OFFICE'][+c.id % 5]

// Loyoly: members of a French cosmetics shop's loyalty programme (Utilisateurs > Exporter, CSV; French UI).
const LY_TIER = ['Bronze', 'Bronze', 'Argent', 'Argent', 'Or', 'Bronze']
const lyPts = (c) => (+c.id % 37) * 25
const lyEarned = (c) => lyPts(c) + (+c.id % 5) * 200
const eurFr = (n) => n.toFixed(2).replace('.', ',')
const frDate = (ms) => { const p = shift(ms, dst(ms) ? 2 : 1); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }

// ContactOut: a recruiter's saved prospects (Lists > Export to CSV; the profile fields of ContactOut's API as CSV columns).
const CO_CO = [['Brightwave Health', 'brightwavehealth.com', 'Hospital & Health Care', '201-500'], ['Northpeak Software', 'northpeak.io', 'Computer Software', '51-200'], ['Cobalt Freight', 'cobaltfreight.com', 'Logistics & Supply Chain', '1001-5000'], ['Juniper Retail Group', 'juniperretail.com', 'Retail', '5001-10000'], ['Atlas Fintech', 'atlasfintech.com', 'Financial Services', '11-50']]
const coCo = (c) => CO_CO[+c.id % CO_CO.length]
const CO_TITLE = ['Senior Software Engineer', 'Director of Talent Acquisition', 'VP of Sales', 'Product Designer', 'Head of Data', 'Registered Nurse Manager']
const coTitle = (c) => CO_TITLE[+c.id % CO_TITLE.length]
const CO_LOC = [['San Francisco, California, United States', 'United States'], ['Austin, Texas, United States', 'United States'], ['Toronto, Ontario, Canada', 'Canada'], ['New York, New York, United States', 'United States'], ['London, England, United Kingdom', 'United Kingdom']]
const coWork = (c) => +c.id % 5 !== 1
const coLoc = (c) => CO_LOC[+c.id % CO_LOC.length]

export const SETS = [
  // ---------------------------------------------------------------- e-commerce orders
  { name: 'newegg-order-list', product: 'Newegg Marketplace (Seller Portal: Orders > Order List > Export; a US seller, one row per item, Pacific times)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order Status', (c, o) => neSt(o), [], opt],
    ['Seller Order Number', (c, o) => (+o.id % 9 === 4 ? `MC-${20000 + (+o.id % 9000)}` : ''), [], opt],
    ['Order Number', (c, o) => String(300000000 + +o.id * 131), [OR('purchaseID')]],
    ['Order Date & Time', (c, o) => neTime(o.at), ['timestamp', OR('createdDate')]],
    ['Auto Void Date & Time', (c, o) => neTime(o.at + 4 * 86400000), [], opt],
    ['Sales Channel', (c, o) => (+o.id % 9 === 4 ? 'Multi-Channel' : 'Newegg'), [], opt],
    ['Fulfillment Option', (c, o) => (+o.id % 7 === 3 ? 'Ship by Newegg' : 'Ship by Seller'), [], opt],
    ['Currency Code', () => 'USD', [OR('currencyCode')]],
    ['Order Shipping Total', (c, o) => neShip(o).toFixed(2), ['commerce.shipping.shippingAmount']],
    ['Order Total', (c, o) => (nep(o)[2] * o.qty + neShip(o)).toFixed(2), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Ship To Address Line 1', (c) => c.street, [SHIP('street1')]],
    ['Ship To Address Line 2', (c) => c.street2, [SHIP('street2')]],
    ['Ship To City', (c) => c.city, [SHIP('city')]],
    ['Ship To State', (c) => c.region, [SHIP('stateProvince'), SHIP('state')]],
    ['Ship To ZipCode', (c) => c.postcode, [SHIP('postalCode')]],
    ['Ship To Country', () => 'UNITED STATES', [SHIP('country')]],
    ['Ship To Name', (c) => c.full, []],
    ['Ship To Company', (c, o, r) => (r() < 0.12 ? c.company : ''), []],
    ['Ship To Phone Number', (c) => c.phone, [], opt],
    ['Order Customer Email', (c, o, r) => `${v.hex(r, 12)}@marketplace.newegg.com`, ['endUserIDs._experience.emailid.id'], opt],
    ['Order Shipping Method', (c, o) => NE_METHOD[+o.id % NE_METHOD.length], ['commerce.shipping.shippingMethod'], opt],
    ['Item Seller Part #', (c, o) => nep(o)[0], [PL('SKU')]],
    ['Item Newegg #', (c, o) => nep(o)[1], [PL('product'), PL('SKU')], opt],
    ['Is NeweggFlash Item', () => 'No', []],
    ['Item Unit Price', (c, o) => nep(o)[2].toFixed(2), []],
    ['Item Shipping Charge', (c, o) => neShip(o).toFixed(2), [], opt],
    ['Item Quantity Ordered', (c, o) => String(o.qty), [PL('quantity')]],
    ['Fulfillment Center', (c, o) => (+o.id % 7 === 3 ? 'CA01' : ''), []],
    ['Item Quantity Shipped', (c, o) => (neShipped(o) ? String(neSt(o) === 'Partially Shipped' && o.qty > 1 ? o.qty - 1 : o.qty) : '0'), [], opt],
    ['Ship Date', (c, o) => (neShipped(o) ? neTime(o.at + 30 * 3600000) : ''), ['commerce.shipping.shipDate']],
    ['Actual Shipping Carrier', (c, o) => (neShipped(o) ? ['UPS', 'USPS', 'FedEx'][+o.id % 3] : ''), ['commerce.shipping.shippingMethod'], opt],
    ['Actual Shipping Method', (c, o) => (neShipped(o) ? ['UPS Ground', 'USPS Priority Mail', 'FedEx Home Delivery'][+o.id % 3] : ''), ['commerce.shipping.shippingMethod'], opt],
    ['Tracking Number', (c, o, r) => (neShipped(o) ? ['1Z' + v.alnum(r, 16).toUpperCase().replace(/[^A-Z0-9]/g, '7'), '9400' + String(v.int(r, 1e9, 9e9)) + String(v.int(r, 1e9, 9e9)), String(v.int(r, 1e11, 9e11))][+o.id % 3] : ''), ['commerce.shipping.trackingNumber']],
  ] },
  { name: 'jumia-orders-ng', product: 'Jumia (Seller Center > Orders > Export, CSV; a Nigerian vendor, one row per order item, Lagos times, naira)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order Item Id', (c, o, r) => String(v.int(r, 10000000, 99999999)), ['_id', PL('_id')], opt],
    ['Order Type', (c, o) => (+o.id % 8 === 5 ? 'Jumia Express' : 'Normal'), [], opt],
    ['Order Number', (c, o) => String(300000000 + +o.id * 53), [OR('purchaseID')]],
    ['Seller SKU', (c, o) => jup(o)[0], [PL('SKU')]],
    ['Jumia SKU', (c, o, r) => `${jup(o)[0].slice(0, 2)}${v.int(r, 100, 999)}MP${v.alnum(r, 6).toUpperCase().replace(/[^A-Z0-9]/g, 'N')}NAFAMZ`, [PL('SKU'), PL('product')], opt],
    ['Created at', (c, o) => lagos(o.at), ['timestamp', OR('createdDate')]],
    ['Updated at', (c, o) => lagos(o.at + (2 + (+o.id % 4)) * 86400000), [OR('lastUpdatedDate')], opt],
    ['Customer Name', (c) => ng(c).full, []],
    ['Shipping Name', (c, o) => (+o.id % 5 === 1 ? `${ng(c).first} ${['Okafor', 'Bello', 'Eze'][+o.id % 3]}` : ng(c).full), []],
    ['Shipping Address', (c) => ngStreet(c), [SHIP('street1')]],
    ['Shipping Phone Number', (c) => ng(c).phone, [], opt],
    ['Shipping City', (c) => ngCity(c)[0], [SHIP('city')]],
    ['Shipping Postcode', (c) => ngCity(c)[2], [SHIP('postalCode')]],
    ['Shipping Country', () => 'Nigeria', [SHIP('country')]],
    ['Shipping Region', (c) => ngCity(c)[1], [SHIP('stateProvince'), SHIP('state'), SHIP('region')], opt],
    ['Billing Name', (c) => ng(c).full, []],
    ['Billing Address', (c) => ngStreet(c), [BILL('street1')]],
    ['Billing City', (c) => ngCity(c)[0], [BILL('city')]],
    ['Billing Country', () => 'Nigeria', [BILL('country')]],
    ['Payment Method', (c, o) => ['CashOnDelivery', 'JumiaPay', 'JumiaPay', 'Card', 'CashOnDelivery'][+o.id % 5], [OR('payments[0].paymentType')], opt],
    ['Paid Price', (c, o) => naira(jup(o)[3] * (+o.id % 4 === 1 ? 0.9 : 1)), [PL('priceTotal')], opt],
    ['Unit Price', (c, o) => naira(jup(o)[3]), [], opt],
    ['Shipping Fee', (c, o) => naira(juShipFee(o)), ['commerce.shipping.shippingAmount']],
    ['Wallet Credits', () => '0.00', [], opt],
    ['Item Name', (c, o) => jup(o)[1], [PL('name')]],
    ['Variation', (c, o) => jup(o)[2], ['productListItems[0].selectedOptions[0].value'], opt],
    ['Shipping Provider', (c, o) => (juSt(o) === 'pending' ? '' : ['Jumia Logistics', 'GIG Logistics', 'Jumia Logistics'][+o.id % 3]), ['commerce.shipping.shippingMethod'], opt],
    ['Shipment Type Name', (c, o) => (+o.id % 8 === 5 ? 'Jumia Express' : 'Dropshipping'), [], opt],
    ['Tracking Code', (c, o, r) => (['delivered', 'shipped', 'returned'].includes(juSt(o)) ? `JNG-${v.int(r, 10000000, 99999999)}` : ''), ['commerce.shipping.trackingNumber']],
    ['Promised shipping time', (c, o) => lagos(o.at + 2 * 86400000), [], opt],
    ['Status', (c, o) => juSt(o), [], opt],
    ['Reason', (c, o) => (juSt(o) === 'canceled' ? 'Customer changed mind' : juSt(o) === 'returned' ? 'Wrong size' : ''), [], opt],
    ['Refund Amount', (c, o) => (juSt(o) === 'returned' ? naira(jup(o)[3]) : '0.00'), [PL('refundAmount'), OR('refundTotal')], opt],
  ] },
  { name: 'base-chumon-ja', product: 'BASE (注文管理 > CSV出力; a Japanese craft shop, Japanese UI, one row per item, JST)', family: 'ecommerce-orders', language: 'ja', schema: E, cols: [
    ['注文ID', (c, o, r) => v.hex(r, 16).toUpperCase(), [OR('purchaseID')]],
    ['注文日時', (c, o) => jst(o.at), ['timestamp', OR('createdDate')]],
    ['氏名(姓)', (c) => ja(c).last, []],
    ['氏名(名)', (c) => ja(c).first, []],
    ['郵便番号', (c) => ja(c).zip, [BILL('postalCode')]],
    ['都道府県', (c) => ja(c).pref, [BILL('stateProvince'), BILL('state')]],
    ['住所', (c) => `${ja(c).city}${ja(c).town.split(' ')[0]}`, [BILL('street1')], opt],
    ['住所2', (c) => ja(c).town.split(' ')[1] ?? '', [BILL('street2')]],
    ['電話番号', (c) => baTel(c), [], opt],
    ['メールアドレス', (c) => baMail(c), ['endUserIDs._experience.emailid.id'], opt],
    ['配送先 氏名(姓)', (c, o) => (baGift(o) ? '佐藤' : ja(c).last), []],
    ['配送先 氏名(名)', (c, o) => (baGift(o) ? '美咲' : ja(c).first), []],
    ['配送先 郵便番号', (c, o) => (baGift(o) ? '150-0001' : ja(c).zip), [SHIP('postalCode')]],
    ['配送先 都道府県', (c, o) => (baGift(o) ? '東京都' : ja(c).pref), [SHIP('stateProvince'), SHIP('state')]],
    ['配送先 住所', (c, o) => (baGift(o) ? '渋谷区神宮前4-12-10' : `${ja(c).city}${ja(c).town.split(' ')[0]}`), [SHIP('street1')], opt],
    ['配送先 住所2', (c, o) => (baGift(o) ? '表参道ハイツ302' : ja(c).town.split(' ')[1] ?? ''), [SHIP('street2')]],
    ['配送先 電話番号', (c, o) => (baGift(o) ? '090-4412-7730' : baTel(c)), [], opt],
    ['備考', (c, o, r) => v.pick(r, ['', '', '', 'ギフト包装をお願いします', '午前中に届くと助かります']), []],
    ['商品名', (c, o) => bap(o)[0], [PL('name')]],
    ['バリエーション', (c, o) => bap(o)[1], ['productListItems[0].selectedOptions[0].value'], opt],
    ['税率', (c, o) => (bap(o)[0].includes('焼き菓子') ? '8%' : '10%'), []],
    ['価格', (c, o) => String(bap(o)[2]), []],
    ['数量', (c, o) => String(o.qty), [PL('quantity')]],
    ['合計金額', (c, o) => String(bap(o)[2] * o.qty + baShip(o) + (baPay(o) === '後払い決済' ? 350 : 0)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['送料', (c, o) => String(baShip(o)), ['commerce.shipping.shippingAmount']],
    ['支払い方法', (c, o) => baPay(o), [OR('payments[0].paymentType')], opt],
    ['決済手数料', (c, o) => (baPay(o) === '後払い決済' ? '350' : '0'), []],
    ['発送状況', (c, o) => ['発送済み', '発送済み', '未発送', '発送済み', 'キャンセル'][+o.id % 5], [], opt],
    ['商品ID', (c, o) => String(80000000 + (+o.id % 5) * 1117), [PL('product'), PL('SKU')], opt],
    ['種類ID', (c, o) => (bap(o)[1] ? String(300000000 + (+o.id % 5) * 31) : ''), [PL('SKU')], opt],
    ['配送日', (c, o) => (+o.id % 4 === 0 ? jst(o.at + 4 * 86400000).slice(0, 10) : ''), [], opt],
    ['配送時間帯', (c, o) => (+o.id % 4 === 0 ? ['午前中', '14時〜16時', '18時〜20時'][+o.id % 3] : ''), []],
  ] },

  // ---------------------------------------------------------------- analytics events
  { name: 'appsflyer-inapp-events', product: 'AppsFlyer (raw data report: in-app events, CSV; a US shopping app, UTC; 42 of the report\'s 81 columns, in order)', family: 'analytics', language: 'en', schema: E, cols: [
    ['Attributed Touch Type', (c, o) => (afOrganic(o) ? '' : ['click', 'click', 'impression'][+o.id % 3]), [], opt],
    ['Attributed Touch Time', (c, o) => (afOrganic(o) ? '' : afTs(o.at - (3 + (+o.id % 20)) * 86400000)), [], opt],
    ['Install Time', (c, o) => afTs(o.at - (2 + (+o.id % 19)) * 86400000), [], opt],
    ['Event Time', (c, o) => afTs(o.at), ['timestamp']],
    ['Event Name', (c, o) => afEv(o)[0], ['eventType'], opt],
    ['Event Value', (c, o) => (afEv(o)[1] ? `{"af_revenue":"${o.total.toFixed(2)}","af_currency":"USD","af_content_id":"${o.sku}","af_quantity":"${o.qty}","af_order_id":"A${o.id}"}` : afEv(o)[0] === 'af_content_view' ? `{"af_content_id":"${o.sku}","af_content_type":"product"}` : ''), [], opt],
    ['Event Revenue', (c, o) => afRev(o), [OR('priceTotal')], opt],
    ['Event Revenue Currency', (c, o) => (afEv(o)[1] ? 'USD' : ''), [OR('currencyCode')], opt],
    ['Event Revenue USD', (c, o) => afRev(o), [], opt],
    ['Is Receipt Validated', (c, o) => (afEv(o)[1] ? 'false' : ''), []],
    ['Media Source', (c, o) => (afOrganic(o) ? 'organic' : afSrc(o)[0]), [], opt],
    ['Channel', (c, o) => (afOrganic(o) ? '' : afSrc(o)[1]), [], opt],
    ['Campaign', (c, o) => (afOrganic(o) ? '' : afSrc(o)[2]), ['marketing.campaignName', 'marketing.trackingCode']],
    ['Campaign ID', (c, o) => (afOrganic(o) ? '' : afSrc(o)[3]), ['marketing.trackingCode'], opt],
    ['Adset', (c, o) => (afOrganic(o) ? '' : ['US_18-34_Lookalike', 'Broad_US', 'Retarget_7d'][+o.id % 3]), []],
    ['Ad', (c, o) => (afOrganic(o) ? '' : ['video_15s_v2', 'carousel_sale', 'static_banner_b'][+o.id % 3]), []],
    ['Region', () => 'NA', []],
    ['Country Code', (c) => afGeo(c)[0], [GEO('countryCode')]],
    ['State', (c) => afGeo(c)[1], [GEO('stateProvince')]],
    ['City', (c) => afGeo(c)[2], [GEO('city')]],
    ['Postal Code', (c) => afGeo(c)[3], [GEO('postalCode')]],
    ['DMA', (c) => afGeo(c)[4], [GEO('dmaID')], opt],
    ['IP', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['WIFI', (c, o) => String(+o.id % 3 !== 0), [], opt],
    ['Operator', (c, o) => ['T-Mobile', 'Verizon', 'AT&T', ''][+o.id % 4], ['environment.carrier'], opt],
    ['Carrier', (c, o) => ['T-Mobile', 'Verizon', 'AT&T', ''][+o.id % 4], ['environment.carrier']],
    ['Language', (c, o) => ['en-US', 'en-US', 'es-US', 'en-US'][+o.id % 4], ['environment._dc.language', 'environment.browserDetails.acceptLanguage'], opt],
    ['AppsFlyer ID', (c, o) => `${1690000000000 + (+c.id % 99999) * 1000003}-${String(+c.id * 7919).padEnd(19, '3')}`, [], opt],
    ['Advertising ID', (c, o, r) => (afDev(o)[0] === 'android' ? v.uuid(r) : ''), [], opt],
    ['IDFA', (c, o, r) => (afDev(o)[0] === 'ios' && +o.id % 2 === 0 ? v.uuid(r).toUpperCase() : ''), [], opt],
    ['Customer User ID', (c, o) => (+o.id % 3 === 1 ? '' : `cu_${c.id}`), [], opt],
    ['IDFV', (c, o, r) => (afDev(o)[0] === 'ios' ? v.uuid(r).toUpperCase() : ''), [], opt],
    ['Platform', (c, o) => afDev(o)[0], ['environment.operatingSystem'], opt],
    ['Device Type', (c, o) => afDev(o)[1], ['device.model']],
    ['OS Version', (c, o) => afDev(o)[2], ['environment.operatingSystemVersion']],
    ['App Version', (c, o) => ['5.12.0', '5.12.1', '5.13.0'][+o.id % 3], [], opt],
    ['SDK Version', (c, o) => (afDev(o)[0] === 'ios' ? 'v6.13.0' : 'v6.12.2'), []],
    ['App ID', (c, o) => (afDev(o)[0] === 'ios' ? 'id1459872345' : 'com.dealbasket.shop'), [], opt],
    ['App Name', () => 'DealBasket - Shop & Save', [], opt],
    ['Is Retargeting', (c, o) => String(!afOrganic(o) && afSrc(o)[2].includes('Retarget')), [], opt],
    ['User Agent', (c, o) => afDev(o)[3], ['environment.browserDetails.userAgent']],
    ['HTTP Referrer', () => '', ['web.webReferrer.URL'], opt],
  ] },

  // ---------------------------------------------------------------- payments
  { name: 'culqi-ventas-pe', product: 'Culqi (CulqiPanel > Ventas > Exportar, Excel; Peruvian Spanish, a Lima online shop, Lima times, soles)', family: 'payments', language: 'es', schema: E, cols: [
    ['ID de venta', (c, o, r) => `chr_live_${v.alnum(r, 16)}`, [OR('payments[0].transactionID'), '_id']],
    ['Fecha y hora', (c, o) => lima(o.at), ['timestamp'], opt],
    ['Estado', (c, o) => cqSt(o), [], opt],
    ['Monto', (c, o) => cqAmt(o).toFixed(2), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Moneda', (c, o) => (+o.id % 9 === 4 ? 'USD' : 'PEN'), [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Comisión', (c, o) => cqFee(o).toFixed(2), []],
    ['IGV', (c, o) => cqIgv(o).toFixed(2), []],
    ['Monto a depositar', (c, o) => (cqOk(o) ? (cqAmt(o) - cqFee(o) - cqIgv(o)).toFixed(2) : '0.00'), []],
    ['Monto devuelto', (c, o) => (cqSt(o) === 'Devuelta' ? cqAmt(o).toFixed(2) : '0.00'), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['Medio de pago', (c, o) => (cqCard(o)[0] === 'Yape' ? 'Yape' : 'Tarjeta'), [OR('payments[0].paymentType')]],
    ['Marca', (c, o) => (cqCard(o)[0] === 'Yape' ? '' : cqCard(o)[0]), [OR('payments[0].paymentType')], opt],
    ['Tipo de tarjeta', (c, o) => cqCard(o)[2], []],
    ['Banco emisor', (c, o) => cqCard(o)[3], []],
    ['Número de tarjeta', (c, o, r) => (cqCard(o)[1] ? `${cqCard(o)[1]}******${v.int(r, 1000, 9999)}` : ''), []],
    ['Código de autorización', (c, o, r) => (cqOk(o) && cqCard(o)[1] ? String(v.int(r, 100000, 999999)) : ''), []],
    ['Código de referencia', (c, o, r) => (cqOk(o) ? v.alnum(r, 10).toUpperCase().replace(/[^A-Z0-9]/g, 'Q') : ''), [OR('payments[0].transactionID')], opt],
    ['Número de pedido', (c, o) => `PED-${100000 + (+o.id % 90000)}`, [OR('purchaseID')]],
    ['Descripción', (c, o) => ['Compra en Tienda Andina', 'Pedido web', 'Suscripción mensual'][+o.id % 3], []],
    ['Nombres', (c) => pe(c)[0], []],
    ['Apellidos', (c) => pe(c)[1], []],
    ['Correo electrónico', (c) => peMail(c), ['endUserIDs._experience.emailid.id'], opt],
    ['Teléfono', (c) => `9${String(10000000 + (+c.id * 31) % 89999999)}`, [], opt],
    ['Dirección', (c) => `${['Av. Larco', 'Jr. de la Unión', 'Av. Arequipa', 'Calle Schell', 'Av. Javier Prado Este'][+c.id % 5]} ${100 + (+c.id % 900)}`, [BILL('street1')], opt],
    ['Ciudad', (c) => ['Lima', 'Miraflores', 'San Isidro', 'Arequipa', 'Trujillo'][+c.id % 5], [BILL('city')], opt],
    ['País', () => 'PE', [BILL('countryCode')], opt],
    ['Dirección IP', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Motivo de denegación', (c, o) => (cqSt(o) === 'Denegada' ? 'Fondos insuficientes' : cqSt(o) === 'Fraude' ? 'Operación sospechosa' : ''), [], opt],
  ] },
  { name: 'wompi-transacciones-co', product: 'Wompi (Dashboard de comercios > Transacciones > Exportar, CSV; Colombian Spanish, a Bogotá shop, Bogotá times, pesos)', family: 'payments', language: 'es', schema: E, cols: [
    ['ID', (c, o) => `${10000 + (+o.id % 89999)}-${Math.floor(o.at / 1000)}-${10000 + (+o.id * 7) % 89999}`, [OR('payments[0].transactionID'), '_id']],
    ['Fecha de creación', (c, o) => bogota(o.at), ['timestamp']],
    ['Fecha de finalización', (c, o) => bogota(o.at + (woPm(o) === 'PSE' ? 240000 : 9000)), [], opt],
    ['Referencia', (c, o) => `TD-${o.id}-${String(o.at).slice(-5)}`, [OR('purchaseID')]],
    ['Monto', (c, o) => String(woAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['IVA', (c, o) => String(woIva(o)), [OR('taxAmount')]],
    ['Moneda', () => 'COP', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Medio de pago', (c, o) => woPm(o), [OR('payments[0].paymentType')]],
    ['Estado', (c, o) => woSt(o), [], opt],
    ['Mensaje de estado', (c, o) => (woSt(o) === 'DECLINED' ? 'Transacción rechazada por el banco' : woSt(o) === 'ERROR' ? 'Error en la comunicación con la red' : ''), [], opt],
    ['Franquicia', (c, o) => (woPm(o) === 'CARD' ? ['VISA', 'MASTERCARD', 'AMEX'][+o.id % 3] : ''), [OR('payments[0].paymentType')], opt],
    ['Últimos 4 dígitos', (c, o, r) => (woPm(o) === 'CARD' ? String(v.int(r, 1000, 9999)) : ''), []],
    ['Cuotas', (c, o) => (woPm(o) === 'CARD' ? String([1, 1, 3, 6, 12][+o.id % 5]) : ''), []],
    ['Banco', (c, o) => (woPm(o) === 'PSE' ? ['BANCOLOMBIA', 'DAVIVIENDA', 'BANCO DE BOGOTA'][+o.id % 3] : ''), [], opt],
    ['Correo del pagador', (c) => coMail(c), ['endUserIDs._experience.emailid.id'], opt],
    ['Nombre del pagador', (c) => `${co(c)[0]} ${co(c)[1]}`, []],
    ['Teléfono del pagador', (c) => coCel(c), [], opt],
    ['Tipo de documento', (c) => (+c.id % 7 === 3 ? 'NIT' : 'CC'), []],
    ['Número de documento', (c) => String(1010000000 + (+c.id * 131) % 89999999), [], opt],
    ['Dirección de envío', (c) => `${['Calle', 'Carrera', 'Avenida Calle', 'Transversal'][+c.id % 4]} ${10 + (+c.id % 120)} # ${5 + (+c.id % 80)}-${10 + (+c.id % 70)}`, [SHIP('street1')]],
    ['Ciudad de envío', (c) => co(c)[2], [SHIP('city')]],
    ['Departamento de envío', (c) => co(c)[3], [SHIP('stateProvince'), SHIP('state'), SHIP('region')], opt],
    ['País de envío', () => 'CO', [SHIP('countryCode')]],
    ['ID link de pago', (c, o, r) => (+o.id % 4 === 2 ? `test_${v.alnum(r, 6)}` : ''), [], opt],
  ] },
  { name: 'redsys-operaciones-es', product: 'Redsys (Portal de Administración del TPV Virtual > Consulta de operaciones > Exportar, CSV; Spanish, a Valencia shop, Madrid times, decimal-comma euros)', family: 'payments', language: 'es', schema: E, cols: [
    ['Fecha', (c, o) => madrid(o.at).d, ['timestamp'], opt],
    ['Hora', (c, o) => madrid(o.at).t, [], opt],
    ['Tipo operación', (c, o) => rsType(o), [], opt],
    ['Número de pedido', (c, o) => rsOrder(o), [OR('purchaseID')]],
    ['Resultado operación y código', (c, o) => (rsDen(o) ? RS_DEN[+o.id % RS_DEN.length] : 'Autorizada 0000'), [], opt],
    ['Importe', (c, o) => eurc(rsAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Moneda', () => 'EUR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Importe euros', (c, o) => eurc(rsAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')], opt],
    ['Cierre de sesión', (c, o) => madrid(o.at + 86400000).d, []],
    ['Tipo de pago', (c, o) => rsPay(o)[0], [OR('payments[0].paymentType')]],
    ['Marca de tarjeta', (c, o) => rsPay(o)[1], [OR('payments[0].paymentType')], opt],
    ['Nº tarjeta', (c, o, r) => (rsPay(o)[2] ? `${rsPay(o)[2]}******${v.int(r, 1000, 9999)}` : `+34 6${v.int(r, 10, 99)} *** ${v.int(r, 100, 999)}`), []],
    ['País tarjeta', (c, o) => (rsPay(o)[2] ? ['ESPAÑA', 'ESPAÑA', 'FRANCIA', 'ESPAÑA', 'ALEMANIA'][+o.id % 5] : ''), []],
    ['Titular', (c, o) => (rsPay(o)[0] === 'Tarjeta' && +o.id % 3 === 0 ? c.full.toUpperCase() : ''), []],
    ['Código de autorización', (c, o, r) => (rsDen(o) ? '' : String(v.int(r, 100000, 999999))), []],
    ['Identificador de la operación', (c, o, r) => String(v.int(r, 100000000, 999999999)) + String(v.int(r, 100, 999)), [OR('payments[0].transactionID'), '_id'], opt],
    ['Segura', (c, o) => (rsPay(o)[0] === 'Bizum' ? 'SI' : ['SI', 'SI', 'NO'][+o.id % 3]), []],
    ['Nº terminal', () => '1', []],
    ['Código de comercio', () => '351234567', []],
    ['Nombre comercio', () => 'CERAMICAS DEL TURIA SL', []],
    ['Datos comercio', (c, o) => (+o.id % 4 === 0 ? `cliente=${1000 + (+c.id % 9000)}` : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- email tools
  { name: 'smartemailing-kontakty-cs', product: 'SmartEmailing (Kontakty > Export, CSV; Czech UI, a Czech e-shop\'s newsletter, with two custom fields)', family: 'email', language: 'cs', schema: P, cols: [
    ['E-mail', (c) => cz(c).email, ['personalEmail.address']],
    ['Titul před', (c) => seTitle(c), ['person.name.courtesyTitle'], opt],
    ['Jméno', (c) => cz(c).first, ['person.name.firstName']],
    ['Příjmení', (c) => cz(c).last, ['person.name.lastName']],
    ['Titul za', (c) => (+c.id % 13 === 5 ? 'Ph.D.' : ''), ['person.name.suffix'], opt],
    ['Oslovení', (c) => VOC[cz(c).first] ?? cz(c).first, [], opt],
    ['Pohlaví', (c) => (cz(c).female ? 'F' : 'M'), ['person.gender'], opt],
    ['Firma', (c, o, r) => (r() < 0.25 ? cz(c).company : ''), ['organizations[0]']],
    ['Ulice', (c) => (seAddr(c) ? `${cz(c).street} ${cz(c).house}` : ''), at(HOME, 'street1')],
    ['Město', (c) => (seAddr(c) || +c.id % 5 === 1 ? cz(c).city : ''), at(HOME, 'city')],
    ['PSČ', (c) => (seAddr(c) ? cz(c).zip : ''), at(HOME, 'postalCode')],
    ['Země', (c) => (seAddr(c) ? 'CZ' : ''), at(HOME, 'countryCode')],
    ['Mobil', (c, o, r) => (r() < 0.55 ? cz(c).phone : ''), ['mobilePhone.number']],
    ['Telefon', (c, o, r) => (r() < 0.1 ? `+420 2${v.int(r, 10, 99)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}` : ''), ['homePhone.number', 'workPhone.number']],
    ['Datum narození', (c, o, r) => (r() < 0.3 ? f.ymd(c.birth) : ''), ['person.birthDate']],
    ['Jmeniny', (c, o, r) => (r() < 0.2 ? f.ymd(c.birth + 86400000 * 40).slice(5) : ''), []],
    ['Jazyk', (c) => (+c.id % 9 === 0 ? 'sk_SK' : 'cs_CZ'), [], opt],
    ['Poznámka', (c, o, r) => v.pick(r, ['', '', '', 'VIP zákazník', 'reklamace 2023']), []],
    ['Stav', (c) => seSt(c), ['personalEmail.status'], opt],
    ['Seznamy', (c) => ['Newsletter', 'Newsletter, Zákazníci', 'Zákazníci', 'Newsletter, Akce a slevy'][+c.id % 4], []],
    ['Datum přihlášení', (c) => cet(c.created), [], opt],
    ['Datum odhlášení', (c) => (seSt(c) === 'Odhlášen' ? cet(Math.max(c.created, c.updated)) : ''), [], opt],
    ['Zdroj', (c) => ['Formulář web', 'Import', 'E-shop (Shoptet)', 'Formulář web'][+c.id % 4], [], opt],
    ['Zákaznické číslo', (c) => (+c.id % 4 === 0 ? '' : `Z${100000 + (+c.id % 900000)}`), ['personID'], opt],
    ['Počet objednávek', (c) => String(+c.id % 14), []],
  ] },
  { name: 'unisender-kontakty-ru', product: 'Unisender (Контакты > Экспорт, CSV; Russian UI, a Moscow online school\'s list)', family: 'email', language: 'ru', schema: P, cols: [
    ['Email', (c) => ru(c).email, ['personalEmail.address']],
    ['Имя', (c) => ru(c).first, ['person.name.firstName']],
    ['Телефон', (c, o, r) => (r() < 0.5 ? ru(c).mobile.replace(/[^+\d]/g, '') : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Статус email', (c) => unSt(c), ['personalEmail.status'], opt],
    ['Доступность email', (c) => (unSt(c) === 'Заблокирован' || +c.id % 11 === 3 ? 'недоступен' : 'доступен'), [], opt],
    ['Статус телефона', (c) => (+c.id % 3 === 0 ? 'Активный' : 'Новый'), ['mobilePhone.status'], opt],
    ['Списки', (c) => ['Рассылка', 'Рассылка, Ученики', 'Вебинары', 'Ученики'][+c.id % 4], []],
    ['Метки', (c) => ['', 'курс_python', 'вебинар_март', 'оплатил', ''][+c.id % 5], []],
    ['Дата добавления', (c) => mskT(c.created), [], opt],
    ['Дата подписки', (c) => (unSt(c) === 'Новый' || unSt(c) === 'Приглашён' ? '' : mskT(c.created + 3600000)), [], opt],
    ['IP подписки', (c, o, r) => (UN_SRC[+c.id % UN_SRC.length] === 'Форма подписки' ? v.ip4(r) : ''), []],
    ['Источник', (c) => UN_SRC[+c.id % UN_SRC.length], [], opt],
    ['Город', (c, o, r) => (r() < 0.5 ? ru(c).city : ''), at(HOME, 'city')],
    ['Дата рождения', (c, o, r) => (r() < 0.3 ? f.de(c.birth) : ''), ['person.birthDate'], opt],
    ['Пол', (c, o, r) => (r() < 0.6 ? (ru(c).female ? 'Женский' : 'Мужской') : ''), ['person.gender'], opt],
    ['Последнее открытие', (c) => (unSt(c) === 'Активный' ? mskT(Math.max(c.created, c.updated) + 86400000 * (1 + (+c.id % 30))) : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- support desk
  { name: 'gladly-customers', product: 'Gladly (customer profiles: the fields of Gladly\'s REST API, flattened to dotted CSV columns; a US outdoor retailer with custom attributes)', family: 'support', language: 'en', schema: P, cols: [
    ['id', (c, o, r) => v.alnum(r, 22).replace(/[^A-Za-z0-9]/g, 'x'), ['_id', 'personID']],
    ['name', (c) => c.full, ['person.name.fullName']],
    ['emails.0.original', (c) => c.email, ['personalEmail.address']],
    ['emails.1.original', (c, o, r) => (r() < 0.2 ? c.workEmail : ''), ['workEmail.address', 'personalEmail.address'], opt],
    ['phones.0.original', (c) => (glPhoneType(c) === 'OFFICE' ? c.phone : c.mobile), ['mobilePhone.number', 'homePhone.number', 'workPhone.number']],
    ['phones.0.type', (c) => glPhoneType(c), []],
    ['phones.0.regionCode', () => 'US', []],
    ['address', (c, o, r) => (r() < 0.5 ? `${c.street}, ${c.city}, ${c.region} ${c.postcode}` : ''), [], opt],
    ['externalCustomerId', (c) => `shopify:${6000000000 + (+c.id * 1013) % 999999999}`, ['_id', 'personID'], opt],
    ['customAttributes.loyaltyTier', (c) => GL_TIER[+c.id % GL_TIER.length], ['loyalty.tier'], opt],
    ['customAttributes.lifetimeValue', (c) => ((+c.id % 97) * 23.45).toFixed(2), [], opt],
    ['customAttributes.preferredStore', (c) => ['', 'Boulder Flagship', 'Seattle - Capitol Hill', 'Online'][+c.id % 4], []],
    ['customAttributes.birthday', (c, o, r) => (r() < 0.3 ? f.ymd(c.birth) : ''), ['person.birthDate']],
    ['customAttributes.smsOptIn', (c) => String(+c.id % 3 === 0), [], opt],
    ['createdAt', (c) => iso(c.created), [], opt],
    ['modifiedAt', (c) => iso(Math.max(c.created, c.updated)), [], opt],
  ] },

  // ---------------------------------------------------------------- loyalty
  { name: 'loyoly-membres-fr', product: 'Loyoly (Utilisateurs > Exporter, CSV; French UI, a French cosmetics shop\'s loyalty and referral programme)', family: 'loyalty', language: 'fr', schema: P, cols: [
    ['ID client', (c) => String(7000000000000 + (+c.id * 7919) % 999999999), ['_id', 'personID', 'loyalty.loyaltyID[0]'], opt],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Solde de points', (c) => String(lyPts(c)), ['loyalty.points']],
    ['Opt-in email', (c) => (+c.id % 4 === 0 ? 'non' : 'oui'), [], opt],
    ['Montant dépensé', (c) => eurFr((+c.id % 53) * 17.9), ['loyalty.lifetimePurchases'], opt],
    ['Palier VIP', (c) => LY_TIER[+c.id % LY_TIER.length], ['loyalty.tier']],
    ['Points gagnés', (c) => String(lyEarned(c)), ['loyalty.lifetimePoints']],
    ['Points dépensés', (c) => String(lyEarned(c) - lyPts(c)), ['loyalty.pointsRedeemed']],
    ['Date d\'inscription', (c) => frDate(c.created), ['loyalty.joinDate'], opt],
    ['Date de naissance', (c, o, r) => (r() < 0.35 ? f.eu(c.birth) : ''), ['person.birthDate'], opt],
    ['Téléphone', (c, o, r) => (r() < 0.3 ? c.mobile : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Code de parrainage', (c) => `${slug(c.first).toUpperCase().slice(0, 5)}${(+c.id % 90) + 10}`, []],
    ['Nombre de filleuls', (c) => String(+c.id % 7 === 0 ? 2 : +c.id % 5 === 0 ? 1 : 0), []],
    ['Nombre de commandes', (c) => String(+c.id % 12), [], opt],
    ['Dernière activité', (c) => frDate(Math.max(c.created, c.updated)), [], opt],
    ['Instagram', (c, o, r) => (r() < 0.2 ? `@${slug(c.first)}_${slug(c.last).slice(0, 4)}` : ''), []],
    ['Statut', (c) => (+c.id % 23 === 7 ? 'Banni' : 'Actif'), ['loyalty.status'], opt],
  ] },

  // ---------------------------------------------------------------- B2B leads
  { name: 'contactout-prospects', product: 'ContactOut (Lists > Export to CSV; a recruiter\'s saved prospects, the profile fields of ContactOut\'s API as CSV columns)', family: 'b2b', language: 'en', schema: B, cols: [
    ['Full Name', (c) => c.full, ['person.name.fullName']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Headline', (c) => `${coTitle(c)} at ${coCo(c)[0]}`, [], opt],
    ['Job Title', (c) => coTitle(c), ['extendedWorkDetails.jobTitle']],
    ['Company', (c) => coCo(c)[0], ['b2b.companyName', 'organizations[0]']],
    ['Company Domain', (c) => coCo(c)[1], ['b2b.companyWebsite']],
    ['Company LinkedIn URL', (c) => `https://www.linkedin.com/company/${coCo(c)[1].split('.')[0]}`, []],
    ['Industry', (c) => coCo(c)[2], []],
    ['Company Size', (c) => coCo(c)[3], []],
    ['Location', (c) => coLoc(c)[0], [], opt],
    ['Country', (c) => coLoc(c)[1], [...at(HOME, 'country'), 'workAddress.country'], opt],
    ['Work Email', (c) => (coWork(c) ? `${slug(c.first)}.${slug(c.last)}@${coCo(c)[1]}` : ''), ['workEmail.address']],
    ['Work Email Status', (c) => (coWork(c) ? ['Verified', 'Verified', 'Catch-all', 'Verified'][+c.id % 4] : ''), ['workEmail.status'], opt],
    ['Personal Email', (c, o, r) => (r() < 0.6 ? c.email : ''), ['personalEmail.address']],
    ['Phone', (c, o, r) => (r() < 0.45 ? c.mobile : ''), ['mobilePhone.number', 'workPhone.number', 'otherPhone.number']],
    ['LinkedIn URL', (c) => `https://www.linkedin.com/in/${slug(c.first)}-${slug(c.last)}-${(+c.id % 9000) + 1000}`, []],
    ['Github', (c, o, r) => (coTitle(c).includes('Engineer') && r() < 0.6 ? `github.com/${slug(c.first)}${slug(c.last).slice(0, 3)}` : ''), []],
    ['Twitter', (c, o, r) => (r() < 0.2 ? `${slug(c.first)}_${slug(c.last)}` : ''), []],
    ['List', () => 'Q3 Engineering Pipeline', []],
    ['Date Added', (c) => f.ymd(c.updated), ['extSourceSystemAudit.createdDate'], opt],
  ] },
]
