// Round 13, tune13: tune sets added in round 13 (tuned on). Same format as sets.mjs (sources in ../README.md).
import { P, E, B, v, f, HOME, WORK, ID, B2BID, OR, SHIP, PL, at, opt } from './sets.mjs'
import { pad, parts, row } from './values.mjs'

// yyyy/MM/dd HH:mm (Shopline's report), ISO with milliseconds and an offset (Viva's report), dd/MM/yyyy (Dolibarr's French export)
const slash = (ms) => { const p = parts(ms); return `${p.y}/${pad(p.m)}/${pad(p.d)} ${pad(p.H)}:${pad(p.M)}` }
const viva = (ms) => { const p = parts(ms + 2 * 3600000); return `${p.y}-${pad(p.m)}-${pad(p.d)}T${pad(p.H)}:${pad(p.M)}:${pad(p.S)}.${pad(ms % 997, 3)}+02:00` }
const ascii = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z.]/g, '')
const slug = (s) => s.toLowerCase().replace(/[^a-z]/g, '')

// local people and places the shared generators lack
const TW_NAMES = ['陳怡君', '林志明', '黃雅婷', '張家豪', '李佳穎', '王俊傑', '吳淑芬', '劉建宏']
const TW_ADDR = [['信義路五段7號', '台北市', '信義區', '110'], ['中正路100號3樓', '台中市', '西區', '403'], ['民族一路88巷5號', '高雄市', '三民區', '807'], ['中山路二段12號', '新北市', '板橋區', '220'], ['府前路一段50號', '台南市', '中西區', '700']]
const TW_PRODUCTS = [['TEA-OOL-150', '凍頂烏龍茶 150g', 450], ['MUG-CER-01', '手作陶瓷馬克杯', 680], ['BAG-CAN-BK', '帆布托特包', 890], ['SOAP-LAV-3', '薰衣草手工皂 3入', 360]]
const GR_NAMES = [['Maria', 'Papadopoulou'], ['Giorgos', 'Nikolaou'], ['Eleni', 'Georgiou'], ['Dimitris', 'Konstantinou'], ['Katerina', 'Ioannou'], ['Nikos', 'Pappas']]
const FR_CO = ['Menuiserie Dubois SARL', 'Boulangerie du Port', 'Cabinet Lefèvre & Associés', 'Transports Moreau SAS', 'Atelier Petit', 'Garage Durand']
const LT_PLACES = [['Vilnius', 'Lithuania', 'LT'], ['Austin', 'United States', 'US'], ['Berlin', 'Germany', 'DE'], ['Manchester', 'United Kingdom', 'GB'], ['Toronto', 'Canada', 'CA']]

export const SETS = [
  // ---------------------------------------------------------------- CRM (Nutshell, People list > Export to CSV)
  { name: 'nutshell-people', product: 'Nutshell (People, CSV export of the people list)', family: 'crm', language: 'en', schema: B, cols: [
    ['ID', (c, o, r) => String(v.int(r, 1000, 99999)), B2BID],
    ['Name', (c) => c.full, ['person.name.fullName']],
    ['Job Title', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Company', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Email', (c) => c.workEmail, ['workEmail.address', 'personalEmail.address']],
    ['Email 2', (c, o, r) => (r() < 0.3 ? c.email : ''), ['personalEmail.address', 'workEmail.address'], opt],
    ['Phone', (c) => c.phone, ['workPhone.number']],
    ['Mobile Phone', (c, o, r) => (r() < 0.6 ? c.mobile : ''), ['mobilePhone.number']],
    ['Address', (c) => c.street, at([...WORK, ...HOME], 'street1')],
    ['City', (c) => c.city, at([...WORK, ...HOME], 'city')],
    ['State', (c) => c.region, [...at([...WORK, ...HOME], 'stateProvince'), ...at([...WORK, ...HOME], 'state')]],
    ['Postal Code', (c) => c.postcode, at([...WORK, ...HOME], 'postalCode')],
    ['Country', (c) => c.countryEn, at([...WORK, ...HOME], 'country')],
    ['Territory', (c, o, r) => v.pick(r, ['East', 'West', 'Central', '']), []],
    ['Owner', (c, o, r) => v.pick(r, ['Dana Reed', 'Marcus Hill', 'Priya Shah']), []],
    ['Tags', (c, o, r) => v.pick(r, ['', 'trade show', 'VIP, renewal']), []],
    ['Lead Source', (c, o, r) => v.pick(r, ['Website', 'Referral', 'Trade show', 'Cold call']), ['b2b.personSource'], opt],
    ['LinkedIn', (c) => `https://www.linkedin.com/in/${slug(c.first)}-${slug(c.last)}`, []],
    ['Created', (c) => f.usTime(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Last Contacted', (c) => f.usTime(c.updated), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Description', (c, o, r) => v.pick(r, ['', 'Met at SaaStr', 'Prefers email']), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Big Cartel, Orders > Download CSV)
  { name: 'bigcartel-orders', product: 'Big Cartel (Orders > More actions > Download CSV)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Number', (c, o) => String(100000 + +o.id), [OR('purchaseID'), '_id']],
    ['Buyer first name', (c) => c.first, []],
    ['Buyer last name', (c) => c.last, []],
    ['Buyer email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Buyer phone number', (c, o, r) => (r() < 0.5 ? c.phone : ''), [], opt],
    ['Buyer opted in to marketing', (c) => (c.bool ? 'true' : 'false'), []],
    ['Shipping address 1', (c) => c.street, [SHIP('street1')]],
    ['Shipping address 2', (c) => c.street2, [SHIP('street2')]],
    ['Shipping city', (c) => c.city, [SHIP('city')]],
    ['Shipping state', (c) => c.region, [SHIP('stateProvince'), SHIP('state')]],
    ['Shipping zip', (c) => c.postcode, [SHIP('postalCode')]],
    ['Shipping country', (c) => c.countryEn, [SHIP('country')]],
    ['Items', (c, o) => `${o.name} x ${o.qty}`, [PL('name')], opt],
    ['Item count', (c, o) => String(o.qty), [PL('quantity')], opt],
    ['Item total', (c, o) => o.subtotal.toFixed(2), [], opt],
    ['Shipping total', (c, o) => o.shipping.toFixed(2), ['commerce.shipping.shippingAmount']],
    ['Tax total', (c, o) => o.tax.toFixed(2), [OR('taxAmount')]],
    ['Discount total', (c, o) => o.discount.toFixed(2), [OR('discountAmount')]],
    ['Discount code', (c, o) => o.coupon, ['commerce.promotionID'], opt],
    ['Total', (c, o) => o.total.toFixed(2), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Currency', () => 'USD', [OR('currencyCode')]],
    ['Status', (c, o, r) => v.pick(r, ['completed', 'completed', 'refunded']), [], opt],
    ['Payment status', (c, o, r) => v.pick(r, ['completed', 'completed', 'pending']), [], opt],
    ['Shipping status', (c, o, r) => v.pick(r, ['shipped', 'unshipped']), [], opt],
    ['Created at', (c, o) => f.ymdhms(o.at), ['timestamp', OR('createdDate')]],
    ['Updated at', (c, o) => f.ymdhms(o.at + 86400000), [OR('lastUpdatedDate')], opt],
    ['Completed at', (c, o) => f.ymdhms(o.at + 600000), [], opt],
    ['Customer note', (c, o, r) => v.pick(r, ['', '', 'Gift wrap please', 'Leave at the door']), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (SHOPLINE, 訂單報表 with the order, shipping, product and customer fields, Traditional Chinese)
  { name: 'shopline-dingdan-zh', product: 'SHOPLINE (訂單 > 匯出訂單報表, Traditional Chinese admin)', family: 'ecommerce-orders', language: 'zh', schema: E, cols: [
    ['訂單號碼', (c, o) => { const p = parts(o.at); return `${f.compact(o.at)}${pad(p.H)}${pad(p.M)}${pad(p.S)}${pad(+o.id % 100)}` }, [OR('purchaseID')]],
    ['訂單日期', (c, o) => slash(o.at), ['timestamp', OR('createdDate')]],
    ['訂單狀態', (c, o, r) => v.pick(r, ['已確認', '已完成', '處理中', '已取消']), [], opt],
    ['付款狀態', (c, o, r) => v.pick(r, ['已付款', '已付款', '未付款']), [], opt],
    ['付款方式', (c, o, r) => v.pick(r, ['信用卡', 'LINE Pay', '貨到付款', 'ATM 轉帳']), [OR('payments[0].paymentType')], opt],
    ['送貨方式', (c, o, r) => v.pick(r, ['黑貓宅急便', '7-11 超商取貨', '全家超商取貨', '郵局']), ['commerce.shipping.shippingMethod'], opt],
    ['送貨狀態', (c, o, r) => v.pick(r, ['已發貨', '備貨中', '已到達']), [], opt],
    ['顧客', (c, o, r, i) => row(TW_NAMES, i), []],
    ['電郵', (c, o, r, i) => `user${v.int(r, 100, 999)}@${v.pick(r, ['gmail.com', 'yahoo.com.tw', 'hotmail.com'])}`, ['endUserIDs._experience.emailid.id'], opt],
    ['電話號碼', (c, o, r) => `09${v.int(r, 10, 99)}-${v.int(r, 100, 999)}-${v.int(r, 100, 999)}`, [], opt],
    ['收件人', (c, o, r, i) => row(TW_NAMES, i + 3), []],
    ['收件人電話號碼', (c, o, r) => `09${v.int(r, 10, 99)}-${v.int(r, 100, 999)}-${v.int(r, 100, 999)}`, [], opt],
    ['地址 1', (c, o, r, i) => row(TW_ADDR, i)[0], [SHIP('street1')]],
    ['城市', (c, o, r, i) => row(TW_ADDR, i)[1], [SHIP('city')]],
    ['地區', (c, o, r, i) => row(TW_ADDR, i)[2], [SHIP('city')], opt],
    ['郵政編號', (c, o, r, i) => row(TW_ADDR, i)[3], [SHIP('postalCode')]],
    ['國家／地區', () => '台灣', [SHIP('country')]],
    ['商品名稱', (c, o, r, i) => row(TW_PRODUCTS, i)[1], [PL('name')]],
    ['商品貨號', (c, o, r, i) => row(TW_PRODUCTS, i)[0], [PL('SKU')]],
    ['選項', (c, o, r) => v.pick(r, ['', '黑色', '大', '白色 / 中']), ['productListItems[0].selectedOptions[0].value'], opt],
    ['數量', (c, o) => String(o.qty), [PL('quantity')]],
    ['商品結帳價', (c, o, r, i) => String(row(TW_PRODUCTS, i)[2]), [], opt],
    ['小計', (c, o, r, i) => String(row(TW_PRODUCTS, i)[2] * o.qty), [], opt],
    ['運費', (c, o) => (o.shipping ? '80' : '0'), ['commerce.shipping.shippingAmount']],
    ['優惠折扣', (c, o) => (o.discount ? '100' : '0'), [OR('discountAmount')]],
    ['訂單合計', (c, o, r, i) => String(row(TW_PRODUCTS, i)[2] * o.qty + (o.shipping ? 80 : 0) - (o.discount ? 100 : 0)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['幣別', () => 'TWD', [OR('currencyCode')]],
    ['物流追蹤號碼', (c, o, r) => (r() < 0.6 ? String(v.int(r, 100000000000, 999999999999)) : ''), ['commerce.shipping.trackingNumber'], opt],
    ['訂單備註', (c, o, r) => v.pick(r, ['', '', '請於下午送達', '禮物包裝']), []],
  ] },

  // ---------------------------------------------------------------- payments (Viva, sale transactions report file)
  { name: 'viva-sale-transactions', product: 'Viva (Viva Wallet) sale transactions report (File Request API / Sales export)', family: 'payments', language: 'en', schema: E, cols: [
    ['TransactionId', (c, o, r) => v.uuid(r), [OR('payments[0].transactionID'), '_id']],
    ['OrderCode', (c, o, r) => `${v.int(r, 1000, 9999)}${v.int(r, 100000, 999999)}${v.int(r, 100000, 999999)}`, [OR('purchaseID'), OR('payments[0].transactionID')], opt],
    ['InsDate', (c, o) => viva(o.at), ['timestamp', OR('createdDate')]],
    ['Amount', (c, o) => o.total.toFixed(2), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['CurrencyCode', () => '978', [], opt],
    ['StatusId', (c, o, r) => v.pick(r, ['F', 'F', 'F', 'E', 'A']), [], opt],
    ['TransactionTypeId', (c, o, r) => v.pick(r, ['5', '5', '7', '4']), [], opt],
    ['MerchantTrns', (c, o) => `ORD-${o.id}`, [OR('purchaseID')], opt],
    ['CustomerTrns', (c, o) => o.name, [], opt],
    ['FullName', (c, o, r, i) => row(GR_NAMES, i).join(' '), []],
    ['Email', (c, o, r, i) => `${ascii(row(GR_NAMES, i).join('.'))}${v.int(r, 1, 99)}@${v.pick(r, ['gmail.com', 'yahoo.gr', 'hotmail.com'])}`, ['endUserIDs._experience.emailid.id'], opt],
    ['Phone', (c, o, r) => `+30 69${v.int(r, 10, 99)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`, [], opt],
    ['CardNumber', (c, o, r) => `${v.pick(r, ['414746', '535600', '476173'])}XXXXXX${v.int(r, 1000, 9999)}`, []],
    ['CardType', (c, o, r) => v.pick(r, ['Visa', 'Mastercard', 'Maestro']), []],
    ['SourceCode', (c, o, r) => v.pick(r, ['Default', '4512', '8830']), []],
    ['TotalCommission', (c, o) => (o.total * 0.0149 + 0.1).toFixed(2), []],
    ['TotalFee', () => '0.00', []],
    ['ClearanceDate', (c, o) => viva(o.at + 86400000), [], opt],
    ['TerminalId', (c, o, r) => (r() < 0.5 ? String(v.int(r, 16000000, 16999999)) : ''), []],
    ['RetrievalReferenceNumber', (c, o, r) => String(v.int(r, 100000000000, 999999999999)), [], opt],
    ['TotalInstallments', (c, o, r) => v.pick(r, ['0', '0', '3']), []],
  ] },

  // ---------------------------------------------------------------- email tool (Sender.net, Subscribers > Export)
  { name: 'sender-subscribers', product: 'Sender.net (Subscribers > Actions > Export)', family: 'email', language: 'en', schema: P, cols: [
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['First name', (c) => c.first, ['person.name.firstName']],
    ['Last name', (c) => c.last, ['person.name.lastName']],
    ['Phone', (c, o, r) => (r() < 0.4 ? c.mobile : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Email status', (c, o, r) => v.pick(r, ['Active', 'Active', 'Unsubscribed', 'Bounced']), ['personalEmail.status'], opt],
    ['SMS status', (c, o, r) => v.pick(r, ['Active', 'Not subscribed', '']), ['mobilePhone.status'], opt],
    ['Groups', (c, o, r) => v.pick(r, ['Newsletter', 'Newsletter, Customers', 'Webinar leads']), []],
    ['Country', (c, o, r, i) => row(LT_PLACES, i)[1], at(HOME, 'country'), opt],
    ['Location', (c, o, r, i) => `${row(LT_PLACES, i)[0]}, ${row(LT_PLACES, i)[1]}`, [], opt],
    ['IP address', (c, o, r) => v.ip4(r), []],
    ['Date added', (c) => f.ymdhms(c.created), [], opt],
    ['Unsubscribed at', (c, o, r) => (r() < 0.2 ? f.ymdhms(c.updated) : ''), [], opt],
    ['Birthday', (c) => f.ymd(c.birth), ['person.birthDate']],
    ['Company', (c, o, r) => (r() < 0.3 ? c.company : ''), ['organizations[0]'], opt],
  ] },

  // ---------------------------------------------------------------- B2B lead list (Snov.io, prospect list > Export to CSV)
  { name: 'snovio-prospects', product: 'Snov.io (Prospects, list export to CSV)', family: 'b2b-leads', language: 'en', schema: B, cols: [
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Full Name', (c) => c.full, ['person.name.fullName']],
    ['Email', (c) => c.workEmail, ['workEmail.address']],
    ['Email status', (c, o, r) => v.pick(r, ['valid', 'valid', 'unknown', 'not valid']), ['workEmail.status'], opt],
    ['Position', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Industry', (c, o, r) => v.pick(r, ['Computer Software', 'Marketing and Advertising', 'Logistics and Supply Chain']), []],
    ['Company Name', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Company Website', (c) => `https://${slug(c.company)}.com`, ['b2b.companyWebsite']],
    ['Company Size', (c, o, r) => v.pick(r, ['11-50', '51-200', '201-500']), []],
    ['Country', (c) => c.countryEn, at([...WORK, ...HOME], 'country'), opt],
    ['Locality', (c) => c.city, at([...WORK, ...HOME], 'city'), opt],
    ['Location', (c) => `${c.city}, ${c.region}, ${c.countryEn}`, [], opt],
    ['Phone Number', (c, o, r) => (r() < 0.4 ? c.phone : ''), ['workPhone.number', 'mobilePhone.number'], opt],
    ['LinkedIn URL', (c) => `https://www.linkedin.com/in/${slug(c.first)}${slug(c.last)}`, []],
    ['Source Page', (c) => `https://www.linkedin.com/in/${slug(c.first)}${slug(c.last)}`, [], opt],
    ['List', (c, o, r) => v.pick(r, ['SaaS CMOs Q3', 'Logistics EU']), []],
    ['Date Added', (c) => f.ymdhms(c.created), ['extSourceSystemAudit.createdDate'], opt],
  ] },

  // ---------------------------------------------------------------- CRM (Dolibarr, Outils > Exports > Contacts/adresses et attributs, French UI)
  { name: 'dolibarr-contacts-fr', product: 'Dolibarr (export « Contacts/adresses et attributs », French UI)', family: 'crm', language: 'fr', schema: B, cols: [
    ['Id contact', (c, o, r, i) => String(120 + i * 3), B2BID],
    ['Code civilité', (c) => (c.female ? 'MME' : 'MR'), ['person.name.courtesyTitle'], opt],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Poste/fonction', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Date création', (c) => f.euTime(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Date dernière modification', (c) => f.euTime(c.updated), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Privé', (c, o, r) => v.pick(r, ['0', '0', '1']), []],
    ['Adresse', (c) => c.street, at([...WORK, ...HOME], 'street1')],
    ['Code postal', (c) => c.postcode, at([...WORK, ...HOME], 'postalCode')],
    ['Ville', (c) => c.city, at([...WORK, ...HOME], 'city')],
    ['Département/Canton', (c) => c.region, [...at([...WORK, ...HOME], 'stateProvince'), ...at([...WORK, ...HOME], 'state')]],
    ['Pays', (c) => c.countryName, at([...WORK, ...HOME], 'country')],
    ['Code pays', (c) => c.countryCode, at([...WORK, ...HOME], 'countryCode')],
    ['Téléphone', (c) => c.phone, ['workPhone.number']],
    ['Fax', (c, o, r) => (r() < 0.2 ? c.phone : ''), ['faxPhone.number'], opt],
    ['Mobile', (c) => c.mobile, ['mobilePhone.number']],
    ['Email', (c) => c.workEmail, ['workEmail.address', 'personalEmail.address']],
    ['Id société', (c, o, r, i) => String(10 + (i % 6)), ['b2b.accountID'], opt],
    ['Raison sociale', (c, o, r, i) => row(FR_CO, i), ['b2b.companyName', 'organizations[0]']],
    ['État', (c, o, r) => v.pick(r, ['1', '1', '0']), [], opt],
    ['Code client', (c, o, r, i) => `CU2403-${pad(10 + (i % 6), 5)}`, [], opt],
    ['Code fournisseur', (c, o, r) => (r() < 0.2 ? `SU2401-${pad(v.int(r, 1, 40), 5)}` : ''), []],
    ['Client', (c, o, r) => v.pick(r, ['1', '2', '3']), []],
    ['Fournisseur', (c, o, r) => v.pick(r, ['0', '0', '1']), []],
  ] },
]
