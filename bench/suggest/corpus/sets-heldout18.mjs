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
    ['Order Item Id', (c, o, r) => String(v.int(r, 10000000, 99999999)), [], opt],
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
]
