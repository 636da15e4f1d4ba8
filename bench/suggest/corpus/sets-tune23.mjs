// Round 23, tune23: tune sets added in round 23, written blind (the writer never opened the suggester, its tests, the
// scorer or a score). Same format as sets.mjs (sources in ../README.md).
import { P, E, B, v, f, HOME, WORK, B2BID, OR, SHIP, PL, GEO, at, opt } from './sets.mjs'
import { pad, parts, row } from './values.mjs'

// local formatters: Japanese 2024/05/03 14:07 (Mercari Shops), South African 2024-05-03 and 14:07 apart (Yoco),
// Unix seconds (Adjust's {created_at}), German 03.05.2024 14:07:09 (Newsletter2Go), ISO without zone (Freshchat)
const jp = (ms) => { const p = parts(ms + 9 * 3600000); return `${p.y}/${pad(p.m)}/${pad(p.d)} ${pad(p.H)}:${pad(p.M)}` }
const hm = (ms) => { const p = parts(ms + 2 * 3600000); return `${pad(p.H)}:${pad(p.M)}` }
const zaDay = (ms) => { const p = parts(ms + 2 * 3600000); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const unix = (ms) => String(Math.floor(ms / 1000))
const deSec = (ms) => { const p = parts(ms); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const isoNoZ = (ms) => new Date(ms).toISOString().slice(0, 19)
const ukDate = (ms) => { const p = parts(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const comma = (n) => n.toFixed(2).replace('.', ',')
const slug = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')

// local people, places and products the shared generators lack
const JP_NAMES = ['佐藤 美咲', '鈴木 大輔', '高橋 さくら', '田中 翔太', '伊藤 陽子', '渡辺 健一', '山本 彩', '中村 拓也']
const JP_ADDR = [['150-0001', '東京都', '渋谷区神宮前', '1-2-3', 'ハイツ神宮前201'], ['530-0001', '大阪府', '大阪市北区梅田', '2-4-9', ''], ['460-0008', '愛知県', '名古屋市中区栄', '3-15-1', '栄ビル5F'], ['060-0001', '北海道', '札幌市中央区北一条西', '4-2', ''], ['812-0011', '福岡県', '福岡市博多区博多駅前', '2-1-1', 'コーポ博多303']]
const JP_ITEMS = [['m12345678901', 'ハンドメイド 革キーケース', 'KEY-LTH-BR', 3800], ['m23456789012', '有田焼 豆皿 5枚セット', 'ARITA-5P', 4500], ['m34567890123', '古着 デニムジャケット M', 'DNM-JKT-M', 6900], ['m45678901234', '手作り 石けん ラベンダー', 'SOAP-LAV', 1200]]
const ZA_NAMES = [['Thabo', 'Nkosi'], ['Lerato', 'Mokoena'], ['Pieter', 'van der Merwe'], ['Ayesha', 'Patel'], ['Sipho', 'Dlamini'], ['Chantelle', 'Botha']]
const ZA_PLACES = ['Cape Town', 'Johannesburg', 'Durban', 'Pretoria', 'Stellenbosch']
const GEAR = [['Fender Player Stratocaster, Sunburst', 'STRAT-PLYR-3TS', 749], ['Boss DS-1 Distortion Pedal', 'BOSS-DS1', 59.99], ['Gibson Les Paul Studio 2012 Ebony', 'LP-STUDIO-12', 1199], ['Shure SM57 Dynamic Microphone', 'SM57', 99], ['Korg Minilogue XD', 'MINILOGUE-XD', 579]]
const UK_PLACES = [['London', 'SW1A 1AA'], ['Manchester', 'M1 1AE'], ['Leeds', 'LS1 4DY'], ['Bristol', 'BS1 5TR'], ['Sydney', '2000'], ['Melbourne', '3000']]
const US_TZ = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles']

export const SETS = [
  // ---------------------------------------------------------------- e-commerce orders (Reverb, Selling > Orders > Export orders CSV)
  { name: 'reverb-orders', product: 'Reverb (seller dashboard, Orders > Export to CSV)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order Number', (c, o) => String(40000000 + +o.id * 37), [OR('purchaseID'), '_id']],
    ['Order Date', (c, o) => f.ymdhms(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o, r) => v.pick(r, ['Shipped', 'Received', 'Unpaid', 'Refunded', 'Picked Up']), [], opt],
    ['Listing ID', (c, o, r) => String(v.int(r, 60000000, 79999999)), [PL('SKU')], opt],
    ['Title', (c, o, r, i) => row(GEAR, i)[0], [PL('name')]],
    ['SKU', (c, o, r, i) => row(GEAR, i)[1], [PL('SKU')]],
    ['Quantity', () => '1', [PL('quantity')]],
    ['Price', (c, o, r, i) => row(GEAR, i)[2].toFixed(2), [PL('priceTotal')], opt],
    ['Shipping', (c, o, r) => v.pick(r, ['0.00', '25.00', '45.00']), ['commerce.shipping.shippingAmount']],
    ['Tax', (c, o, r, i) => (row(GEAR, i)[2] * 0.0825).toFixed(2), [OR('taxAmount')]],
    ['Order Total', (c, o, r, i) => (row(GEAR, i)[2] * 1.0825).toFixed(2), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Currency', () => 'USD', [OR('currencyCode')]],
    ['Payment Method', (c, o, r) => v.pick(r, ['Credit Card', 'PayPal', 'Apple Pay', 'Affirm', 'Reverb Bucks']), [OR('payments[0].paymentType')], opt],
    ['Buyer Name', (c) => c.full, []],
    ['Shipping Name', (c) => c.full, []],
    ['Shipping Street Address', (c) => c.street, [SHIP('street1')]],
    ['Shipping Extended Address', (c) => c.street2, [SHIP('street2')]],
    ['Shipping City', (c) => c.city, [SHIP('city')]],
    ['Shipping Region', (c) => c.region, [SHIP('stateProvince'), SHIP('state')]],
    ['Shipping Postal Code', (c) => c.postcode, [SHIP('postalCode')]],
    ['Shipping Country Code', () => 'US', [SHIP('countryCode')]],
    ['Shipping Phone', (c, o, r) => (r() < 0.6 ? c.phone : ''), [], opt],
    ['Shipping Method', (c, o, r) => v.pick(r, ['Standard Shipping', 'Expedited Shipping', 'Local Pickup']), ['commerce.shipping.shippingMethod'], opt],
    ['Tracking Number', (c, o, r) => (r() < 0.7 ? `1Z${v.alnum(r, 16).toUpperCase()}` : ''), ['commerce.shipping.trackingNumber']],
    ['Shipping Provider', (c, o, r) => v.pick(r, ['UPS', 'USPS', 'FedEx']), [], opt],
    ['Selling Fee', (c, o, r, i) => (row(GEAR, i)[2] * 0.05).toFixed(2), []],
    ['Payment Processing Fee', (c, o, r, i) => (row(GEAR, i)[2] * 0.0319 + 0.49).toFixed(2), []],
    ['Payout Amount', (c, o, r, i) => (row(GEAR, i)[2] * 0.9181 - 0.49).toFixed(2), []],
    ['Order Notes', (c, o, r) => v.pick(r, ['', '', 'Please double box', 'Gift, no invoice in box']), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Mercari Shops, 注文 > CSVダウンロード, Japanese)
  { name: 'mercari-shops-chumon-ja', product: 'Mercari Shops (メルカリShops 管理画面, 注文一覧 > CSVダウンロード, Japanese)', family: 'ecommerce-orders', language: 'ja', schema: E, cols: [
    ['注文ID', (c, o, r) => `o${v.alnum(r, 22)}`, [OR('purchaseID'), '_id']],
    ['注文日時', (c, o) => jp(o.at), ['timestamp', OR('createdDate')]],
    ['ステータス', (c, o, r) => v.pick(r, ['発送待ち', '発送済み', '取引完了', 'キャンセル']), [], opt],
    ['商品ID', (c, o, r, i) => row(JP_ITEMS, i)[0], [PL('SKU')], opt],
    ['商品名', (c, o, r, i) => row(JP_ITEMS, i)[1], [PL('name')]],
    ['商品管理コード', (c, o, r, i) => row(JP_ITEMS, i)[2], [PL('SKU')]],
    ['バリエーション', (c, o, r) => v.pick(r, ['', 'ブラウン', 'M', 'ネイビー / L']), ['productListItems[0].selectedOptions[0].value'], opt],
    ['数量', (c, o) => String(o.qty), [PL('quantity')]],
    ['販売価格', (c, o, r, i) => String(row(JP_ITEMS, i)[3]), [], opt],
    ['送料', (c, o, r) => v.pick(r, ['0', '0', '750']), ['commerce.shipping.shippingAmount']],
    ['合計金額', (c, o, r, i) => String(row(JP_ITEMS, i)[3] * o.qty), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['販売手数料', (c, o, r, i) => String(Math.round(row(JP_ITEMS, i)[3] * o.qty * 0.1)), []],
    ['支払方法', (c, o, r) => v.pick(r, ['クレジットカード', 'メルペイ残高', 'コンビニ払い', 'メルペイスマート払い']), [OR('payments[0].paymentType')], opt],
    ['購入者ニックネーム', (c, o, r) => v.pick(r, ['さくら', 'taku_88', 'ゆう', 'mimi.shop']), []],
    ['配送先氏名', (c, o, r, i) => row(JP_NAMES, i), []],
    ['配送先郵便番号', (c, o, r, i) => row(JP_ADDR, i)[0], [SHIP('postalCode')]],
    ['配送先都道府県', (c, o, r, i) => row(JP_ADDR, i)[1], [SHIP('stateProvince'), SHIP('state')]],
    ['配送先市区町村', (c, o, r, i) => row(JP_ADDR, i)[2], [SHIP('city')]],
    ['配送先番地', (c, o, r, i) => row(JP_ADDR, i)[3], [SHIP('street1')]],
    ['配送先建物名', (c, o, r, i) => row(JP_ADDR, i)[4], [SHIP('street2')]],
    ['配送先電話番号', (c, o, r) => `0${v.pick(r, ['90', '80', '70'])}-${v.int(r, 1000, 9999)}-${v.int(r, 1000, 9999)}`, [], opt],
    ['配送方法', (c, o, r) => v.pick(r, ['らくらくメルカリ便', 'ゆうゆうメルカリ便', '普通郵便']), ['commerce.shipping.shippingMethod'], opt],
    ['追跡番号', (c, o, r) => (r() < 0.6 ? String(v.int(r, 100000000000, 999999999999)) : ''), ['commerce.shipping.trackingNumber']],
    ['発送日時', (c, o, r) => (r() < 0.6 ? jp(o.at + 86400000) : ''), ['commerce.shipping.shipDate'], opt],
    ['備考', (c, o, r) => v.pick(r, ['', '', 'ギフト包装希望', '']), []],
  ] },

  // ---------------------------------------------------------------- payments (Yoco, Business Portal > Sales > Transactions > Export, South Africa)
  { name: 'yoco-transactions', product: 'Yoco (Business Portal, Sales > Transactions > Export CSV, South Africa)', family: 'payments', language: 'en', schema: E, cols: [
    ['Date', (c, o) => zaDay(o.at), ['timestamp'], opt],
    ['Time', (c, o) => hm(o.at), [], opt],
    ['Transaction ID', (c, o, r) => v.uuid(r), [OR('payments[0].transactionID'), '_id']],
    ['Receipt Number', (c, o, r, i) => String(1000 + i * 7), [OR('purchaseID')], opt],
    ['Type', (c, o, r) => v.pick(r, ['Sale', 'Sale', 'Sale', 'Refund']), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['Approved', 'Approved', 'Declined']), [], opt],
    ['Payment Method', (c, o, r) => v.pick(r, ['Card', 'Card', 'Cash', 'Payment Link', 'Tap on Phone']), [OR('payments[0].paymentType')], opt],
    ['Card Type', (c, o, r) => v.pick(r, ['Visa', 'Mastercard', 'American Express', '']), []],
    ['Card Number', (c, o, r) => `**** **** **** ${v.int(r, 1000, 9999)}`, []],
    ['Amount', (c, o) => (o.total * 18).toFixed(2), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Tip', (c, o, r) => v.pick(r, ['0.00', '0.00', '20.00', '35.50']), []],
    ['Fee', (c, o) => (o.total * 18 * 0.0295).toFixed(2), []],
    ['Net Amount', (c, o) => (o.total * 18 * 0.9705).toFixed(2), []],
    ['Currency', () => 'ZAR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Items', (c, o) => `${o.qty} x ${o.name}`, [PL('name')], opt],
    ['Reference', (c, o, r) => v.pick(r, ['', 'Table 4', 'INV-2291', '']), [], opt],
    ['Staff Member', (c, o, r) => v.pick(r, ['Owner', 'Nomsa', 'Jaco']), []],
    ['Device', (c, o, r) => v.pick(r, ['Khumo', 'Neo Touch', 'Go', 'Web']), []],
    ['Business Location', (c, o, r, i) => row(ZA_PLACES, i), [], opt],
    ['Customer Name', (c, o, r, i) => (r() < 0.6 ? row(ZA_NAMES, i).join(' ') : ''), []],
    ['Customer Email', (c, o, r, i) => `${slug(row(ZA_NAMES, i)[0])}.${slug(row(ZA_NAMES, i)[1])}@${v.pick(r, ['gmail.com', 'webmail.co.za', 'outlook.com'])}`, ['endUserIDs._experience.emailid.id'], opt],
    ['Customer Phone', (c, o, r) => `+27 ${v.pick(r, ['82', '83', '72', '61'])} ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Payout Date', (c, o) => zaDay(o.at + 2 * 86400000), [], opt],
  ] },

  // ---------------------------------------------------------------- analytics events (Adjust, raw data export / real-time callbacks to a CSV)
  { name: 'adjust-raw-callbacks', product: 'Adjust (raw data export: real-time callbacks / cloud storage CSV, placeholder columns)', family: 'analytics', language: 'none', schema: E, cols: [
    ['{activity_kind}', (c, o, r) => v.pick(r, ['install', 'session', 'event', 'event', 'click']), ['eventType'], opt],
    ['{event_name}', (c, o, r) => v.pick(r, ['', 'purchase', 'add_to_cart', 'registration']), ['eventType', 'web.webInteraction.name'], opt],
    ['{created_at}', (c, o) => unix(o.at), ['timestamp']],
    ['{installed_at}', (c, o) => unix(o.at - 86400000 * 3), [], opt],
    ['{click_time}', (c, o, r) => (r() < 0.5 ? unix(o.at - 86400000 * 3 - 600000) : ''), [], opt],
    ['{app_id}', () => 'com.example.shop', []],
    ['{app_name}', () => 'Example Shop', [], opt],
    ['{app_version}', (c, o, r) => v.pick(r, ['4.2.0', '4.2.1', '4.3.0']), [], opt],
    ['{adid}', (c, o, r) => v.hex(r, 32), [], opt],
    ['{gps_adid}', (c, o, r) => (r() < 0.5 ? v.uuid(r) : ''), [], opt],
    ['{idfa}', (c, o, r) => (r() < 0.4 ? v.uuid(r).toUpperCase() : ''), [], opt],
    ['{tracker}', (c, o, r) => v.alnum(r, 6).toLowerCase(), ['marketing.trackingCode'], opt],
    ['{tracker_name}', (c, o, r) => v.pick(r, ['Organic', 'Google Ads UAC::Spring::Video::15s', 'Meta::Retarget::Carousel::A']), ['marketing.trackingCode'], opt],
    ['{network_name}', (c, o, r) => v.pick(r, ['Organic', 'Google Ads UAC', 'Meta', 'TikTok for Business']), [], opt],
    ['{campaign_name}', (c, o, r) => v.pick(r, ['', 'Spring Sale 2024', 'Retarget EU']), ['marketing.campaignName']],
    ['{adgroup_name}', (c, o, r) => v.pick(r, ['', 'Video', 'Carousel']), [], opt],
    ['{creative_name}', (c, o, r) => v.pick(r, ['', '15s', 'A']), [], opt],
    ['{country}', (c, o, r) => v.pick(r, ['us', 'de', 'gb', 'br']), [GEO('countryCode')]],
    ['{city}', (c) => c.city, [GEO('city')]],
    ['{language}', (c, o, r) => v.pick(r, ['en', 'de', 'pt']), ['environment._dc.language'], opt],
    ['{device_name}', (c, o, r) => v.pick(r, ['iPhone14,5', 'SM-G991B', 'Pixel 7']), ['device.model']],
    ['{device_type}', (c, o, r) => v.pick(r, ['phone', 'phone', 'tablet']), ['device.type']],
    ['{os_name}', (c, o, r) => v.pick(r, ['ios', 'android']), ['environment.operatingSystem']],
    ['{os_version}', (c, o, r) => v.pick(r, ['17.2', '14', '13']), ['environment.operatingSystemVersion']],
    ['{sdk_version}', (c, o, r) => v.pick(r, ['ios4.38.0', 'android4.38.2']), []],
    ['{ip_address}', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['{user_agent}', (c, o, r) => v.pick(r, ['Dalvik/2.1.0 (Linux; U; Android 14; Pixel 7 Build/UQ1A)', 'ExampleShop/4.2.0 CFNetwork/1474 Darwin/23.0.0']), ['environment.browserDetails.userAgent']],
    ['{revenue}', (c, o, r) => (r() < 0.3 ? o.total.toFixed(2) : ''), [OR('priceTotal')], opt],
    ['{currency}', (c, o, r) => (r() < 0.3 ? 'EUR' : ''), [OR('currencyCode')], opt],
    ['{session_count}', (c, o, r) => String(v.int(r, 1, 80)), []],
    ['{timezone}', (c, o, r) => v.pick(r, ['UTC+0100', 'UTC-0500', 'UTC+0200']), [], opt],
    ['{environment}', () => 'production', []],
    ['{tracking_enabled}', (c, o, r) => v.pick(r, ['1', '1', '0']), []],
  ] },

  // ---------------------------------------------------------------- email tool (Zoho Campaigns, Contacts > Export contacts to CSV)
  { name: 'zoho-campaigns-contacts', product: 'Zoho Campaigns (Contacts > All Contacts > Export)', family: 'email', language: 'en', schema: P, cols: [
    ['Contact Email', (c) => c.email, ['personalEmail.address']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Salutation', (c, o, r) => (r() < 0.5 ? (c.female ? 'Ms.' : 'Mr.') : ''), ['person.name.courtesyTitle']],
    ['Phone', (c, o, r) => (r() < 0.4 ? c.phone : ''), ['homePhone.number', 'workPhone.number']],
    ['Mobile', (c, o, r) => (r() < 0.5 ? c.mobile : ''), ['mobilePhone.number']],
    ['Company Name', (c, o, r) => (r() < 0.4 ? c.company : ''), ['organizations[0]']],
    ['Job Title', (c, o, r) => (r() < 0.3 ? c.job : ''), []],
    ['Department', (c, o, r) => v.pick(r, ['', '', 'Marketing', 'Finance']), []],
    ['Date of Birth', (c) => f.us(c.birth), ['person.birthDate']],
    ['Address', (c) => c.street, at(HOME, 'street1'), opt],
    ['City', (c) => c.city, at(HOME, 'city')],
    ['State', (c) => c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Zip Code', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Country', (c) => c.countryEn, at(HOME, 'country')],
    ['Contact Status', (c, o, r) => v.pick(r, ['Active', 'Active', 'Unsubscribed', 'Bounced']), ['personalEmail.status'], opt],
    ['Lead Source', (c, o, r) => v.pick(r, ['Signup form', 'Import', 'Zoho CRM']), [], opt],
    ['Email Type', (c, o, r) => v.pick(r, ['HTML', 'HTML', 'Text']), []],
    ['Mailing Lists', (c, o, r) => v.pick(r, ['Newsletter', 'Newsletter;Product updates', 'Webinar attendees']), []],
    ['Topics', (c, o, r) => v.pick(r, ['', 'Offers', 'Offers;Events']), []],
    ['Tags', (c, o, r) => v.pick(r, ['', 'vip', 'trial']), []],
    ['Added Time', (c) => f.usTime(c.created), [], opt],
    ['Last Modified Time', (c) => f.usTime(c.updated), [], opt],
  ] },

  // ---------------------------------------------------------------- email tool (Sarbacane, Contacts > Listes > Exporter, French UI)
  { name: 'sarbacane-contacts-fr', product: 'Sarbacane (Contacts > liste > Exporter la liste, French UI)', family: 'email', language: 'fr', schema: P, cols: [
    ['EMAIL', (c) => c.email, ['personalEmail.address']],
    ['TELEPHONE', (c, o, r) => (r() < 0.5 ? c.mobile : ''), ['mobilePhone.number', 'homePhone.number']],
    ['CIVILITE', (c) => (c.female ? 'Madame' : 'Monsieur'), ['person.name.courtesyTitle']],
    ['NOM', (c) => c.last, ['person.name.lastName']],
    ['PRENOM', (c) => c.first, ['person.name.firstName']],
    ['DATE DE NAISSANCE', (c) => f.eu(c.birth), ['person.birthDate']],
    ['ADRESSE', (c) => c.street, at(HOME, 'street1')],
    ['CODE POSTAL', (c) => c.postcode, at(HOME, 'postalCode')],
    ['VILLE', (c) => c.city, at(HOME, 'city')],
    ['PAYS', (c) => c.countryName, at(HOME, 'country')],
    ['SOCIETE', (c, o, r) => (r() < 0.3 ? c.company : ''), ['organizations[0]'], opt],
    ['FONCTION', (c, o, r) => (r() < 0.3 ? c.job : ''), []],
    ['Date d\'ajout', (c) => f.euTime(c.created), [], opt],
    ['Date de modification', (c) => f.euTime(c.updated), [], opt],
    ['Statut email', (c, o, r) => v.pick(r, ['Valide', 'Valide', 'Désabonné', 'NPAI']), ['personalEmail.status'], opt],
    ['Statut SMS', (c, o, r) => v.pick(r, ['Valide', 'Non renseigné', 'Désabonné']), ['mobilePhone.status'], opt],
    ['Date de désabonnement', (c, o, r) => (r() < 0.2 ? f.eu(c.updated) : ''), [], opt],
    ['Source', (c, o, r) => v.pick(r, ['Formulaire', 'Import', 'API']), [], opt],
    ['Nombre d\'ouvertures', (c, o, r) => String(v.int(r, 0, 40)), []],
    ['Nombre de clics', (c, o, r) => String(v.int(r, 0, 12)), []],
    ['Dernière ouverture', (c, o, r) => (r() < 0.7 ? f.euTime(c.updated) : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- email tool (Newsletter2Go, Empfänger > Liste > Export, German UI)
  { name: 'newsletter2go-empfaenger-de', product: 'Newsletter2Go (Empfänger > Adressbuch > Empfänger exportieren, German UI)', family: 'email', language: 'de', schema: P, cols: [
    ['E-Mail', (c) => c.email, ['personalEmail.address']],
    ['Telefon', (c, o, r) => (r() < 0.4 ? c.mobile : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Geschlecht', (c) => (c.female ? 'f' : 'm'), ['person.gender']],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Geburtstag', (c) => f.de(c.birth), ['person.birthDate']],
    ['Straße', (c, o, r) => (r() < 0.5 ? c.street : ''), at(HOME, 'street1'), opt],
    ['PLZ', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Ort', (c) => c.city, at(HOME, 'city')],
    ['Firma', (c, o, r) => (r() < 0.2 ? c.company : ''), ['organizations[0]'], opt],
    ['Abgemeldet', (c, o, r) => v.pick(r, ['nein', 'nein', 'nein', 'ja']), [], opt],
    ['Gesperrt', (c, o, r) => v.pick(r, ['nein', 'nein', 'ja']), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['aktiv', 'aktiv', 'abgemeldet', 'gebounct']), ['personalEmail.status'], opt],
    ['Double-Opt-in bestätigt', (c, o, r) => (r() < 0.8 ? deSec(c.created + 600000) : ''), [], opt],
    ['Angemeldet am', (c) => deSec(c.created), [], opt],
    ['Abgemeldet am', (c, o, r) => (r() < 0.2 ? deSec(c.updated) : ''), [], opt],
    ['Geändert am', (c) => deSec(c.updated), [], opt],
    ['Gruppen', (c, o, r) => v.pick(r, ['Newsletter', 'Newsletter, Kunden', 'Gewinnspiel 2024']), []],
    ['Öffnungen', (c, o, r) => String(v.int(r, 0, 30)), []],
    ['Klicks', (c, o, r) => String(v.int(r, 0, 10)), []],
    ['Bounces', (c, o, r) => v.pick(r, ['0', '0', '0', '1']), []],
  ] },
]
