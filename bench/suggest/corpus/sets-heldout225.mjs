// Round 81, heldout225: blind held-out sets written by a helper that never opened the suggester, its tests, the scorer
// or a score. Same format as sets.mjs (sources in ../README.md). East and South-East Asia, headers in the language of
// each product's UI there: a Chinese social-commerce shop app's order export for a Kunming tea shop (微店 Weidian) (CN,
// zh E 1); a Vietnamese payment gateway's merchant-portal transaction export for a Ho Chi Minh City pharmacy chain's
// web shop (VNPAY) (VN, vi E 1); a Malaysian sales-page and payment platform's order export for a Kelantan herbal
// skincare brand selling through agents (OnPay) (MY, ms E 1); a food-delivery platform's partner-portal order export
// for a two-outlet Singapore chicken-rice and zi char restaurant (foodpanda) (SG, en E 1); a pharmacy-management
// system's customer export for a Bangkok community pharmacy (Arincare) (TH, th P 1); a job board's applicant export
// for a Pangyo fintech start-up hiring developers and CS staff (사람인 Saramin) (KR, ko P 1); a cloud HR system's
// employee CSV for a Saitama dispensing-pharmacy chain (SmartHR) (JP, ja B 1); an HR and payroll app's employee
// export for a Surabaya restaurant group (Gadjian) (ID, id B 1). E 4, P 2, B 2.
// Sources found with the search tool: SmartHR's employee field names (姓, 名, 姓(ヨミガナ), 生年月日, 戸籍上の性別, 在籍状況,
// 入社年月日, 社員番号, 雇用形態, 役職, 事業所, 住所 parts such as (郵便番号)/(都道府県)/(市区町村)/(丁目・番地)/(建物名・部屋番号))
// follow the SmartHR connector references at help.claris.com/ja/connect-reference/content/smarthr.html and
// help.okta.com/wf/ja-jp/Content/Topics/workflows/connector-reference/smarthr/actions/reademployee.htm; the CSV's exact
// column order and the 現住所 prefix are the writer's knowledge. VNPAY's transaction fields (merchant reference
// vnp_TxnRef, VNPAY transaction number, order info, create and pay dates) follow the VNPAY integration docs as
// described at vnpay.js.org/query-dr; the portal's Vietnamese column names are the writer's knowledge. OnPay's
// buyer fields (Nama, Emel, Nombor HP, Alamat, Nota Tambahan, kupon, kos penghantaran, card/FPX versus manual bank
// transfer) follow a seller's public OnPay checkout tutorial (doktorpemasaran.com/tutorial-onpay/); the export's
// column names are the writer's knowledge. Arincare is documented as a Thai pharmacy-management program
// (mktpharma.wordpress.com, blog.arincare.com) but no customer-export column list was found. Weidian, foodpanda's
// partner portal, Saramin's applicant Excel and Gadjian's employee export were written from the writer's knowledge
// of each product (a short source hunt in the docs and pages corpora found no public column list for them). A subset
// of each export's columns, in the order the writer knows. Nothing was copied from a real export; every value is
// generated.
import { E, P, B, v, PL, OR, SHIP, BILL, opt, EMAIL_ID, PHONE_ID, STATE, HOME, at } from './sets.mjs'
import { pad, row, ymd, dmy, hms, hm, shift, thou, hash } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const ID = ['_id', 'personID']
const B2BID = ['_id', 'personID', 'b2b.personKey.sourceID', 'extSourceSystemAudit.externalID']
const WE = ['workEmail.address', 'personalEmail.address']
const HOMES = (leaf) => at(HOME, leaf)
const SHIPST = STATE(['commerce.shipping.address'])
const money = (x) => (Math.round(x * 100) / 100).toFixed(2)
const UP = (r, k, set = 'ABCDEFGHJKLMNPQRSTUVWXYZ') => Array.from({ length: k }, () => set[v.int(r, 0, set.length - 1)]).join('')
const low = (r, k) => UP(r, k, 'abcdefghijkmnpqrstuvwxyz0123456789')
// no summer time anywhere here: Beijing/Kuala Lumpur/Singapore +8, Ho Chi Minh City/Bangkok/Surabaya +7, Seoul/Tokyo +9
// an instant k days after `base` (a UTC midnight) at a local hour between h0 and h1 for a zone `off` hours from UTC
const biz = (base, k, days, h0, h1, off) => base + (k % days) * day + ((h0 - off) * 3600 + (k * 7919) % ((h1 - h0) * 3600)) * 1000
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}|${c.first}|${c.last}|${salt}`) ^ 0x2a5c71e3); r(); r(); return r }
const oseed = (o, salt) => { const r = v.rng(hash(`${o.id}|${o.sku}|${salt}`) ^ 0x6b1d04f5); r(); return r }
const birth = (c, y0, y1) => Date.UTC(y0, 0, 1) + Math.floor(seeded(c, 'dob')() * (y1 - y0) * 365) * day
const dash = (p) => `${ymd(p)} ${hms(p)}`

// ---------------------------------------------------------------- 1. 微店 Weidian order export (CN, zh, E)
// a Kunming shop selling Pu'er, white and red teas and tea ware on Weidian (WeChat and Weidian app buyers); one row per
// order (nearly all orders are one product line)
const CN_LAST = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '高']
const CN_M = ['伟', '强', '磊', '军', '洋', '勇', '杰', '涛', '明', '超', '浩然', '子轩', '建华', '志强']
const CN_F = ['芳', '娜', '敏', '静', '丽', '艳', '娟', '霞', '婷', '雪', '欣怡', '梓涵', '晓燕', '佳琪']
// [province, city, district, road, estate]
const CN_PL = [['浙江省', '杭州市', '西湖区', '文三路', '华星小区'], ['广东省', '广州市', '天河区', '天河北路', '侨林苑'], ['广东省', '深圳市', '南山区', '南海大道', '荔园小区'], ['上海', '上海市', '浦东新区', '张杨路', '由由新村'], ['北京', '北京市', '朝阳区', '团结湖路', '团结湖北里'], ['江苏省', '南京市', '鼓楼区', '中山北路', '三牌楼小区'], ['四川省', '成都市', '武侯区', '人民南路四段', '紫荆小区'], ['湖北省', '武汉市', '洪山区', '珞喻路', '卓刀泉小区'], ['福建省', '厦门市', '思明区', '湖滨南路', '南湖小区'], ['云南省', '昆明市', '五华区', '青年路', '翠湖新村'], ['山东省', '青岛市', '市南区', '香港中路', '东海花园'], ['陕西省', '西安市', '雁塔区', '小寨东路', '长安小区']]
// [code, title, spec, price]
const WD_IT = [['PE357-SH19', '云南普洱熟茶 勐海古树茶饼', '357g/饼', 168], ['PE357-BD22', '冰岛古树普洱生茶 头春', '357g/饼', 398], ['DHP-250', '武夷山大红袍 岩茶 浓香型', '250g/罐', 228], ['BC-SM200', '福鼎白茶 老寿眉 茶饼', '200g/饼', 128], ['DH-JY100', '凤庆滇红 金芽红茶', '100g/袋', 89], ['XQG-500', '新会小青柑 柑普茶', '500g/罐', 158], ['TJ-JS01', '建水紫陶 手工茶具套装', '一壶四杯', 299], ['PE-TUO100', '普洱熟茶 小沱茶 便携装', '100g×2盒', 66]]
const cnP = (c) => { const r = seeded(c, 'cn'), f = r() < 0.55; return { f, full: `${v.pick(r, CN_LAST)}${v.pick(r, f ? CN_F : CN_M)}`, pl: v.pick(r, CN_PL), no: v.int(r, 1, 899), b: v.int(r, 1, 32), u: v.int(r, 1, 3), rm: v.int(r, 1, 28) * 100 + v.int(r, 1, 4) } }
const cnMob = (c) => { const r = seeded(c, 'cnm'); return `1${v.pick(r, ['38', '39', '37', '36', '35', '50', '51', '58', '59', '86', '87', '88', '33', '53', '89', '80', '81', '77', '99'])}${v.digits(r, 8)}` }
const wdIt = (o) => row(WD_IT, n(o) % 8)
const wdQty = (o) => (wdIt(o)[3] < 100 ? row([1, 2, 3, 2], n(o) % 4) : row([1, 1, 2, 1, 1], n(o) % 5))
const wdSub = (o) => wdIt(o)[3] * wdQty(o)
const wdShip = (o) => (wdSub(o) >= 99 ? 0 : 10)
const wdDisc = (o) => row([0, 0, 10, 0, 20, 0, 5], (n(o) >> 1) % 7) * (wdSub(o) >= 150 ? 1 : 0)
const wdSt = (o) => row(['已完成', '已完成', '已发货', '已完成', '待发货', '已关闭', '已完成', '退款成功'], n(o) % 8)
const wdAt = (o) => biz(Date.UTC(2025, 2, 1), n(o) * 11, 90, 8, 24, 8)
const wdPaid = (o) => wdAt(o) + (25 + n(o) % 300) * 1000
const wdSent = (o) => ['已完成', '已发货', '退款成功'].includes(wdSt(o))
const wdExp = (o) => row(['顺丰速运', '中通快递', '韵达快递', '顺丰速运', '圆通速递', '邮政EMS'], (n(o) >> 2) % 6)
const wdTrk = (o) => { const r = oseed(o, 'wdt'); const e = wdExp(o); return e === '顺丰速运' ? `SF${v.digits(r, 13)}` : e === '中通快递' ? `7${v.digits(r, 14)}` : e === '韵达快递' ? `43${v.digits(r, 13)}` : e === '圆通速递' ? `YT${v.digits(r, 13)}` : `98${v.digits(r, 11)}` }
const cn = (ms) => dash(shift(ms, 8))
const SET_WD = { name: 'weidian-orders-export-cn', product: '微店 Weidian (微店店长版 > 订单管理 > 批量导出订单 Excel, one row per order, Chinese UI, a Kunming tea shop selling Pu\'er, white and red teas and tea ware to WeChat buyers across China, Asia/Shanghai, CNY)', family: 'orders', language: 'zh', schema: E, cols: [
  ['订单编号', (c, o) => `8${String(5000000000000 + ((n(o) * 7919) % 900000000) * 1000 + (n(o) % 997)).slice(0, 14)}`, ['_id', OR('purchaseID')]],
  ['下单时间', (c, o) => cn(wdAt(o)), ['timestamp', OR('createdDate')]],
  ['付款时间', (c, o) => (wdSt(o) === '已关闭' ? '' : cn(wdPaid(o))), ['timestamp'], opt],
  ['订单状态', (c, o) => wdSt(o), [], opt],
  ['收货人', (c) => cnP(c).full, []],
  ['收货人手机', (c) => cnMob(c), PHONE_ID],
  ['省份', (c) => cnP(c).pl[0], SHIPST],
  ['城市', (c) => cnP(c).pl[1], [SHIP('city')]],
  ['区县', (c) => cnP(c).pl[2], [SHIP('region'), SHIP('street2')], opt],
  ['详细地址', (c) => { const p = cnP(c); return `${p.pl[3]}${p.no}号${p.pl[4]}${p.b}栋${p.u}单元${p.rm}室` }, [SHIP('street1')]],
  ['商品名称', (c, o) => wdIt(o)[1], [PL('name')]],
  ['商品型号', (c, o) => wdIt(o)[2], [PL('selectedOptions[0].value')], opt],
  ['商品编码', (c, o) => wdIt(o)[0], [PL('SKU')]],
  ['单价', (c, o) => money(wdIt(o)[3]), [PL('priceTotal')], opt],
  ['数量', (c, o) => String(wdQty(o)), [PL('quantity')]],
  ['商品总价', (c, o) => money(wdSub(o)), [PL('priceTotal')], opt],
  ['运费', (c, o) => money(wdShip(o)), ['commerce.shipping.shippingAmount']],
  ['优惠金额', (c, o) => money(wdDisc(o)), [OR('discountAmount')]],
  ['实付金额', (c, o) => money(wdSub(o) + wdShip(o) - wdDisc(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
  ['支付方式', (c, o) => (wdSt(o) === '已关闭' ? '' : row(['微信支付', '微信支付', '支付宝', '微信支付', '银行卡支付'], n(o) % 5)), [OR('payments[0].paymentType')], opt],
  ['买家留言', (c, o) => row(['', '', '请尽快发货,谢谢', '', '送人的,不要放价格单', '', '发顺丰'], (n(o) >> 1) % 7), []],
  ['卖家备注', (c, o) => row(['', '送品鉴小样', '', '', '老客户', ''], n(o) % 6), []],
  ['物流公司', (c, o) => (wdSent(o) ? wdExp(o) : ''), ['commerce.shipping.shippingMethod'], opt],
  ['物流单号', (c, o) => (wdSent(o) ? wdTrk(o) : ''), ['commerce.shipping.trackingNumber']],
  ['发货时间', (c, o) => (wdSent(o) ? cn(wdPaid(o) - ((wdPaid(o) + 8 * 3600000) % day) + (1 + n(o) % 2) * day + (10 * 3600 + (n(o) * 997) % (8 * 3600)) * 1000) : ''), ['commerce.shipping.shipDate']],
] }

// ---------------------------------------------------------------- 2. VNPAY merchant-portal transaction export (VN, vi, E)
// a Ho Chi Minh City pharmacy chain's web shop and app (OTC medicines, vitamins, skincare) paying through the VNPAY
// gateway: domestic ATM cards, VNPAY-QR in banking apps, international cards; one row per transaction
const VN_LAST = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Dương']
const VN_M = ['Văn Hùng', 'Minh Tuấn', 'Quốc Bảo', 'Đức Thắng', 'Hoàng Nam', 'Thanh Tùng', 'Gia Huy', 'Văn Phúc', 'Tấn Phát', 'Minh Khang']
const VN_F = ['Thị Lan', 'Thu Trang', 'Ngọc Hân', 'Thị Hương', 'Bảo Ngọc', 'Khánh Linh', 'Minh Anh', 'Thị Mai', 'Phương Thảo', 'Mỹ Duyên']
// [district, city]
const VN_PL = [['Quận 1', 'TP. Hồ Chí Minh'], ['Quận 3', 'TP. Hồ Chí Minh'], ['Quận Bình Thạnh', 'TP. Hồ Chí Minh'], ['Quận Phú Nhuận', 'TP. Hồ Chí Minh'], ['TP. Thủ Đức', 'TP. Hồ Chí Minh'], ['Quận 7', 'TP. Hồ Chí Minh'], ['Quận Gò Vấp', 'TP. Hồ Chí Minh'], ['Quận Tân Bình', 'TP. Hồ Chí Minh'], ['Quận Cầu Giấy', 'Hà Nội'], ['Quận Đống Đa', 'Hà Nội'], ['Quận Hải Châu', 'Đà Nẵng'], ['Quận Ninh Kiều', 'Cần Thơ']]
const VN_ST = ['Nguyễn Trãi', 'Lê Văn Sỹ', 'Điện Biên Phủ', 'Cách Mạng Tháng Tám', 'Phan Xích Long', 'Nguyễn Thị Minh Khai', 'Xuân Thủy', 'Trần Duy Hưng', 'Quang Trung', 'Nguyễn Văn Linh']
// [card type, bank code, method label, fee rate]
const VP_M = [['ATM', 'VCB', 'Thẻ ATM - Tài khoản ngân hàng', 0.011], ['QRCODE', 'VNPAYQR', 'Quét mã VNPAY-QR', 0.008], ['ATM', 'TCB', 'Thẻ ATM - Tài khoản ngân hàng', 0.011], ['QRCODE', 'VNPAYQR', 'Quét mã VNPAY-QR', 0.008], ['VISA', 'VISA', 'Thẻ thanh toán quốc tế', 0.024], ['ATM', 'MBBANK', 'Thẻ ATM - Tài khoản ngân hàng', 0.011], ['ATM', 'BIDV', 'Thẻ ATM - Tài khoản ngân hàng', 0.011], ['MASTERCARD', 'MASTERCARD', 'Thẻ thanh toán quốc tế', 0.024], ['QRCODE', 'VNPAYQR', 'Quét mã VNPAY-QR', 0.008], ['ATM', 'ACB', 'Thẻ ATM - Tài khoản ngân hàng', 0.011]]
const VP_BIN = { VCB: '970436', TCB: '970407', MBBANK: '970422', BIDV: '970418', ACB: '970416', VISA: '422151', MASTERCARD: '512345' }
const vnSlug = (s) => v.slug(s.replace(/đ/g, 'd').replace(/Đ/g, 'D'))
const vnP = (c) => { const r = seeded(c, 'vn'), f = r() < 0.6, last = v.pick(r, VN_LAST), given = v.pick(r, f ? VN_F : VN_M); return { f, last, given, full: `${last} ${given}`, pl: v.pick(r, VN_PL), no: v.int(r, 2, 480), st: v.pick(r, VN_ST), mail: `${vnSlug(given.split(' ').pop())}${vnSlug(last)}${r() < 0.6 ? v.int(r, 80, 2005) : ''}@${v.pick(r, ['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.com', 'outlook.com'])}` } }
const vnMob = (c) => { const r = seeded(c, 'vnm'); return `0${v.pick(r, ['90', '91', '93', '94', '96', '97', '98', '32', '33', '34', '35', '36', '37', '38', '39', '70', '76', '77', '79', '81', '83', '84', '85', '86', '88', '89'])}${v.digits(r, 7)}` }
const vpM = (o) => row(VP_M, (n(o) >> 1) % 10)
const vpAmt = (o) => row([185000, 349000, 92000, 1250000, 468000, 215500, 760000, 129000, 2340000, 56000, 398000], n(o) % 11)
const vpSt = (o) => row(['00', '00', '00', '24', '00', '00', '00', '51', '00', '00', '00', '00', 'R'], n(o) % 13)
const vpAt = (o) => biz(Date.UTC(2025, 3, 1), n(o) * 13, 60, 6, 23, 7)
const vpRef = (o) => `DH${String(2504000000 + (n(o) * 37) % 9000000)}`
const vnD = (ms) => { const p = shift(ms, 7); return `${dmy(p, '/')} ${hms(p)}` }
const vnd = (x) => thou(x, '.', ',').slice(0, -3)
const SET_VP = { name: 'vnpay-merchant-transactions-vn', product: 'VNPAY (Cổng thanh toán VNPAY, merchant admin > Tra cứu giao dịch > Xuất Excel, one row per transaction, Vietnamese UI, a Ho Chi Minh City pharmacy chain\'s web shop and app selling OTC medicines, vitamins and skincare, Asia/Ho_Chi_Minh, VND)', family: 'payments', language: 'vi', schema: E, cols: [
  ['STT', (c, o, r, i) => String(i + 1), []],
  ['Mã giao dịch VNPAY', (c, o) => String(14300000 + (n(o) * 7919) % 900000), ['_id', OR('payments[0].transactionID')]],
  ['Mã tham chiếu', (c, o) => vpRef(o), [OR('purchaseID')]],
  ['Mã website (TmnCode)', () => 'NTMINHCH', []],
  ['Thời gian tạo', (c, o) => vnD(vpAt(o)), ['timestamp', OR('createdDate')]],
  ['Thời gian thanh toán', (c, o) => (vpSt(o) === '24' ? '' : vnD(vpAt(o) + (40 + n(o) % 200) * 1000)), ['timestamp'], opt],
  ['Số tiền', (c, o) => vnd(vpAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
  ['Loại tiền tệ', () => 'VND', [OR('currencyCode'), OR('payments[0].currencyCode')]],
  ['Phương thức thanh toán', (c, o) => vpM(o)[2], [OR('payments[0].paymentType')], opt],
  ['Ngân hàng', (c, o) => vpM(o)[1], []],
  ['Loại thẻ', (c, o) => vpM(o)[0], [OR('payments[0].paymentType')], opt],
  ['Số thẻ', (c, o) => (vpM(o)[0] === 'QRCODE' ? '' : `${VP_BIN[vpM(o)[1]]}******${v.digits(oseed(o, 'pan'), 4)}`), []],
  ['Nội dung thanh toán', (c, o) => `Thanh toan don hang ${vpRef(o)}`, [], opt],
  ['Trạng thái', (c, o) => ({ '00': 'Thành công', 24: 'Khách hàng hủy giao dịch', 51: 'Không đủ số dư', R: 'Hoàn tiền toàn phần' })[vpSt(o)], [], opt],
  ['Mã phản hồi', (c, o) => (vpSt(o) === 'R' ? '00' : vpSt(o)), []],
  ['Số tiền hoàn', (c, o) => (vpSt(o) === 'R' ? vnd(vpAmt(o)) : '0'), [OR('refundTotal'), OR('refunds[0].refundAmount')]],
  ['Phí giao dịch', (c, o) => (['00', 'R'].includes(vpSt(o)) ? vnd(Math.max(1650, Math.round(vpAmt(o) * vpM(o)[3]))) : '0'), []],
  ['Họ tên khách hàng', (c) => vnP(c).full, []],
  ['Số điện thoại', (c) => vnMob(c), PHONE_ID],
  ['Email', (c) => (n(c) % 4 === 3 ? '' : vnP(c).mail), EMAIL_ID],
  ['Địa chỉ', (c) => `${vnP(c).no} ${vnP(c).st}, ${vnP(c).pl[0]}`, [BILL('street1')]],
  ['Tỉnh/Thành phố', (c) => vnP(c).pl[1], [BILL('city'), ...STATE(['commerce.billing.address'])]],
  ['Quốc gia', () => 'VN', [BILL('countryCode')]],
  ['Địa chỉ IP', (c, o) => { const r = oseed(o, 'ip'); return `${v.pick(r, ['113.161', '14.169', '171.250', '27.72', '116.110', '42.119'])}.${v.int(r, 0, 255)}.${v.int(r, 1, 254)}` }, ['environment.ipV4']],
] }

// ---------------------------------------------------------------- 3. OnPay order export (MY, ms, E)
// a Kelantan herbal skincare and wellness brand selling through an OnPay sales page and a network of agents (ejen);
// FPX and card payments or manual bank transfer; one row per order (one product per order)
const MY_M = ['Muhammad Hafiz', 'Ahmad Faiz', 'Mohd Amirul', 'Syafiq', 'Aiman', 'Izzat', 'Mohd Hakim', 'Firdaus', 'Khairul Anuar', 'Azlan']
const MY_F = ['Nur Aisyah', 'Siti Nurhaliza', 'Nurul Izzah', 'Farah Hanim', 'Nur Syafiqah', 'Aina Sofea', 'Hazwani', 'Fatin Amira', 'Nor Azlina', 'Wan Nurul Ain', 'Siti Khadijah', 'Noraini']
const MY_BAPA = ['Abdullah', 'Ismail', 'Ahmad', 'Hassan', 'Yusof', 'Ibrahim', 'Osman', 'Rahman', 'Zakaria', 'Salleh', 'Mat Nor', 'Che Hamid']
// [town, postcode, state]
const MY_PL = [['Kota Bharu', '15200', 'Kelantan'], ['Pasir Mas', '17000', 'Kelantan'], ['Shah Alam', '40150', 'Selangor'], ['Bandar Baru Bangi', '43650', 'Selangor'], ['Johor Bahru', '81100', 'Johor'], ['Kuantan', '25200', 'Pahang'], ['Alor Setar', '05400', 'Kedah'], ['Ipoh', '31400', 'Perak'], ['Kuala Terengganu', '20050', 'Terengganu'], ['Seremban', '70450', 'Negeri Sembilan'], ['Kuala Lumpur', '56000', 'Wilayah Persekutuan Kuala Lumpur'], ['Kota Kinabalu', '88300', 'Sabah']]
// [product, option, price, weight class]
const OP_IT = [['Serum Kunyit Glow', '30ml', 59], ['Sabun Susu Kambing Herba', 'Set 3 biji', 35], ['Krim Malam Bidara', '20g', 69], ['Jamu Manjakani Plus', '60 kapsul', 89], ['Minyak Urut Halia Bentong', '100ml', 29], ['Set Glowing Lengkap (Serum + Krim + Sabun)', 'Set', 149], ['Kopi Tongkat Ali Premium', '20 sachet', 45], ['Teh Herba Daun Bidara', '30 uncang', 39]]
const OP_AG = ['', '', 'Kak Yati Kota Bharu', 'Stokis Hana Bangi', '', 'Ejen Mira JB', 'Dropship Aini', '']
const myP = (c) => { const r = seeded(c, 'my'), f = r() < 0.78, first = v.pick(r, f ? MY_F : MY_M), bapa = v.pick(r, MY_BAPA); return { f, first, full: `${first} ${f ? 'binti' : 'bin'} ${bapa}`, pl: v.pick(r, MY_PL), no: v.int(r, 1, 88), jl: v.pick(r, ['Mawar 3', 'Seri Putra 2/5', 'Kenanga 7', 'Bunga Raya', 'Teratai 4', 'Cempaka 2', 'Merbau 1/3', 'Kemboja 6']), tm: v.pick(r, ['Desa Murni', 'Seri Indah', 'Bukit Jaya', 'Sri Melati', 'Permata', 'Sentosa']), mail: `${v.slug(first.split(' ').pop())}${v.slug(bapa).slice(0, 4)}${v.int(r, 1, 99)}@${v.pick(r, ['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.com', 'hotmail.com'])}` } }
const myMob = (c) => { const r = seeded(c, 'mym'); return `01${v.pick(r, ['2', '3', '6', '7', '9', '9', '4'])}-${v.digits(r, 3)} ${v.digits(r, 4)}` }
const opIt = (o) => row(OP_IT, n(o) % 8)
const opQty = (o) => row([1, 1, 2, 1, 3, 1], (n(o) >> 1) % 6)
const opSub = (o) => opIt(o)[2] * opQty(o)
const opEast = (c) => ['Sabah'].includes(myP(c).pl[2])
const opShip = (c, o) => (opSub(o) >= 150 ? 0 : opEast(c) ? 15 : 8)
const opCoupon = (o) => row(['', '', 'RAYA10', '', 'GLOW5', '', '', 'AHLI15'], (n(o) >> 2) % 8)
const opDisc = (o) => ({ '': 0, RAYA10: 10, GLOW5: 5, AHLI15: 15 })[opCoupon(o)]
const opPay = (o) => row(['FPX', 'FPX', 'Perbankan Manual', 'FPX', 'Kad Kredit/Debit', 'FPX', 'Perbankan Manual'], n(o) % 7)
const opSt = (o) => row(['Berjaya', 'Berjaya', 'Berjaya', 'Menunggu Pengesahan', 'Berjaya', 'Gagal', 'Berjaya', 'Berjaya'], (n(o) >> 1) % 8)
const opSent = (o) => opSt(o) === 'Berjaya' && n(o) % 5 !== 0
const opCour = (o) => row(['J&T Express', 'Pos Laju', 'J&T Express', 'Ninja Van', 'DHL eCommerce'], n(o) % 5)
const opTrk = (o) => { const r = oseed(o, 'opt'); const k = opCour(o); return k === 'J&T Express' ? `63${v.digits(r, 10)}` : k === 'Pos Laju' ? `ER${v.digits(r, 9)}MY` : k === 'Ninja Van' ? `NVMY${UP(r, 4)}${v.digits(r, 8)}` : `MYAAB${v.digits(r, 9)}` }
const opAt = (o) => biz(Date.UTC(2025, 1, 3), n(o) * 17, 100, 7, 24, 8)
const myD = (ms) => { const p = shift(ms, 8); return `${dmy(p, '/')} ${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }
const SET_OP = { name: 'onpay-pesanan-export-my', product: 'OnPay (onpay.my dashboard > Pesanan > Eksport CSV, one row per order, Malay UI, a Kelantan herbal skincare and wellness brand selling through a sales page and a network of agents and dropshippers, Asia/Kuala_Lumpur, MYR)', family: 'orders', language: 'ms', schema: E, cols: [
  ['ID Pesanan', (c, o) => String(210000 + (n(o) * 37) % 90000), ['_id', OR('purchaseID')]],
  ['Tarikh', (c, o) => myD(opAt(o)), ['timestamp', OR('createdDate')]],
  ['Status Bayaran', (c, o) => opSt(o), [], opt],
  ['Status Penghantaran', (c, o) => (opSent(o) ? 'Telah Dihantar' : opSt(o) === 'Berjaya' ? 'Belum Dihantar' : '-'), [], opt],
  ['Nama', (c) => myP(c).full, []],
  ['Emel', (c) => myP(c).mail, EMAIL_ID],
  ['No. Telefon', (c) => myMob(c), PHONE_ID],
  ['Alamat', (c) => `No. ${myP(c).no}, Jalan ${myP(c).jl}, Taman ${myP(c).tm}`, [SHIP('street1')]],
  ['Poskod', (c) => myP(c).pl[1], [SHIP('postalCode')]],
  ['Bandar', (c) => myP(c).pl[0], [SHIP('city')]],
  ['Negeri', (c) => myP(c).pl[2], SHIPST],
  ['Negara', () => 'Malaysia', [SHIP('country')]],
  ['Produk', (c, o) => opIt(o)[0], [PL('name')]],
  ['Pilihan', (c, o) => opIt(o)[1], [PL('selectedOptions[0].value')], opt],
  ['Kuantiti', (c, o) => String(opQty(o)), [PL('quantity')]],
  ['Harga Seunit (RM)', (c, o) => money(opIt(o)[2]), [PL('priceTotal')], opt],
  ['Kos Penghantaran (RM)', (c, o) => money(opShip(c, o)), ['commerce.shipping.shippingAmount']],
  ['Kod Kupon', (c, o) => opCoupon(o), ['commerce.promotionID'], opt],
  ['Diskaun (RM)', (c, o) => money(opDisc(o)), [OR('discountAmount')]],
  ['Jumlah (RM)', (c, o) => money(opSub(o) + opShip(c, o) - opDisc(o)), [OR('priceTotal')]],
  ['Kaedah Bayaran', (c, o) => opPay(o), [OR('payments[0].paymentType')], opt],
  ['Ejen', (c, o) => row(OP_AG, n(o) % 8), []],
  ['Kurier', (c, o) => (opSent(o) ? opCour(o) : ''), ['commerce.shipping.shippingMethod'], opt],
  ['No. Tracking', (c, o) => (opSent(o) ? opTrk(o) : ''), ['commerce.shipping.trackingNumber']],
  ['Nota Tambahan', (c, o) => row(['', '', 'Tolong bungkus elok2 ye', '', 'Hantar ke pejabat waktu pejabat', '', 'Hadiah untuk mak'], (n(o) >> 1) % 7), []],
] }

// ---------------------------------------------------------------- 4. foodpanda partner-portal order export (SG, en, E)
// a Hainanese chicken-rice and zi char restaurant with two outlets taking foodpanda delivery and pick-up orders; the
// portal shows the customer's first name and last initial only; one row per order
const SG_NM = ['Wei Ling T.', 'Jun Jie L.', 'Priya K.', 'Marcus N.', 'Hui Min C.', 'Farhan R.', 'Rachel O.', 'Daniel G.', 'Siti N.', 'Kelvin T.', 'Xin Yi W.', 'Arjun S.', 'Cheryl Y.', 'Ryan K.']
const FP_OUT = [['Ah Seng Chicken Rice & Zi Char (Toa Payoh)', 'q5ye'], ['Ah Seng Chicken Rice & Zi Char (Tampines)', 'x2kn']]
// [items text, item count, subtotal]
const FP_IT = [['1x Roasted Chicken Rice (Large), 1x Barley Drink', 2, 9.9], ['2x Steamed Chicken Rice (Regular), 1x Oyster Sauce Kailan', 3, 21.4], ['1x Half Chicken (Steamed), 3x White Rice, 1x Sambal Kangkong', 5, 31.2], ['1x Cereal Prawn (M), 1x Salted Egg Sotong (M), 2x White Rice', 4, 44.8], ['1x Chicken Rice Set for 2', 1, 22.9], ['1x Hor Fun (Beef), 1x Lime Juice', 2, 12.5], ['1x Whole Chicken (Roasted), 4x Chicken Rice (Plain), 1x Tofu with Minced Pork', 6, 56.6], ['1x Sweet & Sour Pork (S), 1x Egg Fried Rice', 2, 17.8]]
const fpIt = (o) => row(FP_IT, n(o) % 8)
const fpOut = (o) => row(FP_OUT, (n(o) >> 1) % 2)
const fpPick = (o) => n(o) % 6 === 0
const fpSt = (o) => row(['Delivered', 'Delivered', 'Delivered', 'Cancelled', 'Delivered', 'Delivered', 'Delivered', 'Delivered', 'Delivered', 'Delivered', 'Delivered'], n(o) % 11)
const fpVen = (o) => (n(o) % 5 === 2 ? Math.round(fpIt(o)[2] * 0.15 * 100) / 100 : 0)
const fpPlat = (o) => (n(o) % 7 === 3 ? 3 : 0)
const fpDel = (o) => (fpPick(o) ? 0 : fpIt(o)[2] >= 30 ? 2.49 : 3.99)
const fpBox = (o) => Math.min(fpIt(o)[1], 4) * 0.3
const fpComm = (o) => Math.round((fpIt(o)[2] + fpBox(o) - fpVen(o)) * (fpPick(o) ? 0.15 : 0.32) * 100) / 100
const fpAt = (o) => biz(Date.UTC(2025, 4, 1), n(o) * 7, 60, 10, 22, 8)
const sgD = (ms) => { const p = shift(ms, 8); return `${dmy(p, '/')} ${hm(p)}` }
const SET_FP = { name: 'foodpanda-partner-orders-sg', product: 'foodpanda (Partner Portal > Orders > filter by date and outlet > Download CSV, one row per order, English UI, a Hainanese chicken-rice and zi char restaurant with two outlets in Toa Payoh and Tampines, Asia/Singapore, SGD)', family: 'orders', language: 'en', schema: E, cols: [
  ['Order ID', (c, o) => { const r = oseed(o, 'fp'); return `${low(r, 4)}-${low(r, 4)}` }, ['_id', OR('purchaseID')]],
  ['Outlet', (c, o) => fpOut(o)[0], [], opt],
  ['Vendor Code', (c, o) => fpOut(o)[1], ['commerce.commerceScope.storeCode'], opt],
  ['Order Received At', (c, o) => sgD(fpAt(o)), ['timestamp', OR('createdDate')]],
  ['Order Accepted At', (c, o) => (fpSt(o) === 'Cancelled' && n(o) % 2 ? '' : sgD(fpAt(o) + (30 + n(o) % 150) * 1000)), [], opt],
  ['Delivered / Picked Up At', (c, o) => (fpSt(o) === 'Cancelled' ? '' : sgD(fpAt(o) + (fpPick(o) ? 18 : 32 + n(o) % 25) * 60000)), [], opt],
  ['Order Status', (c, o) => fpSt(o), [], opt],
  ['Cancellation Reason', (c, o) => (fpSt(o) === 'Cancelled' ? row(['Item unavailable', 'Customer cancelled', 'Restaurant too busy'], n(o) % 3) : ''), [], opt],
  ['Expedition Type', (c, o) => (fpPick(o) ? 'Pickup' : 'Delivery'), ['commerce.shipping.shippingMethod'], opt],
  ['Delivered By', (c, o) => (fpPick(o) ? '-' : 'foodpanda'), []],
  ['Customer Name', (c) => row(SG_NM, n(c) % 14), []],
  ['Items', (c, o) => fpIt(o)[0], [PL('name')], opt],
  ['Item Count', (c, o) => String(fpIt(o)[1]), [PL('quantity')], opt],
  ['Subtotal', (c, o) => money(fpIt(o)[2]), [], opt],
  ['Container Charges', (c, o) => money(fpBox(o)), []],
  ['Vendor-funded Discount', (c, o) => money(fpVen(o)), [OR('discountAmount')]],
  ['foodpanda-funded Discount', (c, o) => money(fpPlat(o)), [OR('discountAmount')], opt],
  ['Delivery Fee', (c, o) => money(fpDel(o)), ['commerce.shipping.shippingAmount'], opt],
  ['Order Total', (c, o) => money(fpIt(o)[2] + fpBox(o) - fpVen(o) - fpPlat(o) + fpDel(o)), [OR('priceTotal')]],
  ['Payment Method', (c, o) => row(['Online', 'Online', 'Online', 'Cash', 'Online', 'pandapay'], n(o) % 6), [OR('payments[0].paymentType')], opt],
  ['Commission', (c, o) => (fpSt(o) === 'Cancelled' ? '0.00' : money(fpComm(o))), []],
  ['Net Revenue', (c, o) => (fpSt(o) === 'Cancelled' ? '0.00' : money(fpIt(o)[2] + fpBox(o) - fpVen(o) - fpComm(o))), []],
  ['Currency', () => 'SGD', [OR('currencyCode')]],
] }

// ---------------------------------------------------------------- 5. Arincare customer export (TH, th, P)
// a community pharmacy (ร้านยา, GPP-licensed) in Bang Kapi, Bangkok, with a member points scheme; one row per customer
const TH_M = [['สมชาย', 'somchai'], ['ธนากร', 'thanakorn'], ['ณัฐพล', 'nattapon'], ['วีระพงษ์', 'weerapong'], ['กิตติพัฒน์', 'kittipat'], ['อนุชา', 'anucha'], ['ปิยะ', 'piya'], ['ศุภชัย', 'supachai'], ['ประเสริฐ', 'prasert'], ['ภานุวัฒน์', 'panuwat']]
const TH_F = [['สุดารัตน์', 'sudarat'], ['พิมพ์ชนก', 'pimchanok'], ['กนกวรรณ', 'kanokwan'], ['ณัฐธิดา', 'nattida'], ['วันเพ็ญ', 'wanpen'], ['อรอุมา', 'onuma'], ['ปวีณา', 'paweena'], ['ศิริพร', 'siriporn'], ['มาลี', 'malee'], ['จิราพร', 'jiraporn']]
const TH_L = ['ศรีสุข', 'วงศ์ใหญ่', 'แสงทอง', 'บุญมา', 'จันทร์เพ็ญ', 'ทองดี', 'พัฒนกุล', 'สุขประเสริฐ', 'รัตนพันธ์', 'ชัยมงคล', 'เจริญผล', 'อินทร์แก้ว']
const TH_NICK = ['นก', 'ปอ', 'ต้น', 'แพร', 'บอล', 'ฝน', 'เอ', 'มิ้นท์', 'เก่ง', 'จอย', 'บิ๊ก', 'น้ำ']
// [subdistrict, district, province, postcode]
const TH_PL = [['หัวหมาก', 'บางกะปิ', 'กรุงเทพมหานคร', '10240'], ['คลองจั่น', 'บางกะปิ', 'กรุงเทพมหานคร', '10240'], ['หัวหมาก', 'บางกะปิ', 'กรุงเทพมหานคร', '10240'], ['วังทองหลาง', 'วังทองหลาง', 'กรุงเทพมหานคร', '10310'], ['สะพานสูง', 'สะพานสูง', 'กรุงเทพมหานคร', '10240'], ['ลาดพร้าว', 'ลาดพร้าว', 'กรุงเทพมหานคร', '10230'], ['สวนหลวง', 'สวนหลวง', 'กรุงเทพมหานคร', '10250'], ['มีนบุรี', 'มีนบุรี', 'กรุงเทพมหานคร', '10510'], ['บางกระสอ', 'เมืองนนทบุรี', 'นนทบุรี', '11000'], ['บึงยี่โถ', 'ธัญบุรี', 'ปทุมธานี', '12130']]
const TH_RD = ['รามคำแหง', 'ลาดพร้าว', 'พ่วงศิริ', 'เสรีไทย', 'นวมินทร์', 'ศรีนครินทร์', 'ประดิษฐ์มนูธรรม', 'กรุงเทพกรีฑา']
const thP = (c) => { const r = seeded(c, 'th'), f = r() < 0.58, nm = v.pick(r, f ? TH_F : TH_M); return { f, first: nm[0], rom: nm[1], last: v.pick(r, TH_L), nick: v.pick(r, TH_NICK), pl: v.pick(r, TH_PL), no: v.int(r, 3, 999), sub: v.int(r, 1, 120), soi: v.int(r, 2, 120), rd: v.pick(r, TH_RD), k: v.int(r, 0, 99999) } }
const thChild = (c) => n(c) % 11 === 4
const thDob = (c) => (thChild(c) ? birth(c, 2013, 2020) : birth(c, 1950, 2004))
const thMob = (c) => { const r = seeded(c, 'thm'); return `0${v.pick(r, ['81', '82', '84', '86', '89', '91', '92', '94', '95', '96', '98', '61', '62', '63', '65'])}-${v.digits(r, 3)}-${v.digits(r, 4)}` }
const thCid = (c) => { const r = seeded(c, 'cid'); return `${v.int(r, 1, 3)}-${v.digits(r, 4)}-${v.digits(r, 5)}-${v.digits(r, 2)}-${v.digits(r, 1)}` }
// Thai dates in the Buddhist era: 15/03/2530
const be = (ms) => { const p = shift(ms, 7); return `${pad(p.d)}/${pad(p.m)}/${p.y + 543}` }
const arJoin = (c) => Date.UTC(2019, 5, 1) + ((n(c) * 7919) % (1900 * 86400)) * 1000
const arLast = (c) => Math.max(arJoin(c), Date.UTC(2025, 0, 1) + ((n(c) * 131) % (150 * 86400)) * 1000)
const arMember = (c) => thP(c).k % 4 !== 1
const arSpent = (c) => (arMember(c) ? 450 + (n(c) * 977) % 38000 : 0)
const SET_AR = { name: 'arincare-customers-export-th', product: 'Arincare (Back Office > ลูกค้า > รายชื่อลูกค้า > ส่งออก Excel, one row per customer, Thai UI, a GPP community pharmacy in Bang Kapi, Bangkok with a member points scheme, Asia/Bangkok, THB, Buddhist-era dates)', family: 'healthcare', language: 'th', schema: P, cols: [
  ['รหัสลูกค้า', (c) => `CUS${pad(100 + (n(c) * 37) % 9800, 5)}`, ID],
  ['คำนำหน้า', (c) => (thChild(c) ? (thP(c).f ? 'ด.ญ.' : 'ด.ช.') : thP(c).f ? row(['นาง', 'นางสาว', 'นางสาว'], n(c) % 3) : 'นาย'), ['person.name.courtesyTitle']],
  ['ชื่อ', (c) => thP(c).first, ['person.name.firstName']],
  ['นามสกุล', (c) => thP(c).last, ['person.name.lastName']],
  ['ชื่อเล่น', (c) => (n(c) % 3 === 0 ? thP(c).nick : ''), [], opt],
  ['เพศ', (c) => (thP(c).f ? 'หญิง' : 'ชาย'), ['person.gender']],
  ['วันเกิด', (c) => (n(c) % 7 === 5 ? '' : be(thDob(c))), ['person.birthDate']],
  ['เลขประจำตัวประชาชน', (c) => (n(c) % 3 === 1 || thChild(c) ? '' : thCid(c)), ['person.taxId'], opt],
  ['เบอร์โทรศัพท์', (c) => (thChild(c) ? '' : thMob(c)), ['mobilePhone.number']],
  ['อีเมล', (c) => (n(c) % 4 === 0 && !thChild(c) ? `${thP(c).rom}.${v.pick(seeded(c, 'thx'), ['s', 'k', 'p', 'w', 'j'])}${v.int(seeded(c, 'thy'), 1, 99)}@${row(['gmail.com', 'hotmail.com', 'gmail.com', 'yahoo.com'], n(c) % 4)}` : ''), ['personalEmail.address']],
  ['LINE ID', (c) => (n(c) % 3 === 2 ? `${thP(c).rom}${thP(c).k % 100}` : ''), []],
  ['ที่อยู่', (c) => { const p = thP(c); return n(c) % 2 ? `${p.no}/${p.sub} ซ.${p.rd} ${p.soi} ถ.${p.rd}` : `${p.no} หมู่บ้านเสรีวิลล่า ซ.${p.soi} ถ.${p.rd}` }, HOMES('street1')],
  ['แขวง/ตำบล', (c) => thP(c).pl[0], [...HOMES('street2'), ...HOMES('region')], opt],
  ['เขต/อำเภอ', (c) => thP(c).pl[1], HOMES('city')],
  ['จังหวัด', (c) => thP(c).pl[2], STATE(HOME)],
  ['รหัสไปรษณีย์', (c) => thP(c).pl[3], HOMES('postalCode')],
  ['โรคประจำตัว', (c) => row(['', 'ความดันโลหิตสูง', '', 'เบาหวาน', '', 'หอบหืด', '', 'ไขมันในเลือดสูง', ''], n(c) % 9), []],
  ['ประวัติแพ้ยา', (c) => row(['', '', 'Penicillin', '', 'Sulfa', '', '', 'NSAIDs (Ibuprofen)', '', ''], n(c) % 10), []],
  ['กลุ่มลูกค้า', (c) => (arMember(c) ? row(['สมาชิก', 'สมาชิก', 'สมาชิก VIP', 'สมาชิก', 'สมาชิก'], (thP(c).k >> 4) % 5) : 'ลูกค้าทั่วไป'), ['loyalty.tier'], opt],
  ['แต้มสะสม', (c) => (arMember(c) ? String(Math.floor(arSpent(c) / 25) % 1800) : '0'), ['loyalty.points']],
  ['ยอดซื้อสะสม', (c) => thou(arSpent(c), ',', '.'), ['loyalty.lifetimePurchases'], opt],
  ['วันที่สมัครสมาชิก', (c) => (arMember(c) ? be(arJoin(c)) : ''), ['loyalty.joinDate'], opt],
  ['ซื้อล่าสุด', (c) => be(arLast(c)), [], opt],
  ['หมายเหตุ', (c) => row(['', '', 'รับยาเบาหวานประจำทุกเดือน', '', 'ให้โทรแจ้งก่อนของหมด', '', ''], n(c) % 7), []],
] }

// ---------------------------------------------------------------- 6. 사람인 Saramin applicant export (KR, ko, P)
// a Pangyo fintech start-up's applicants to its backend, app, data and customer-service postings on Saramin;
// one row per application
const KR_L = ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임', '한', '오', '서', '신']
const KR_M = [['민준', 'minjun'], ['서준', 'seojun'], ['도윤', 'doyun'], ['예준', 'yejun'], ['시우', 'siwoo'], ['지호', 'jiho'], ['현우', 'hyunwoo'], ['준혁', 'junhyuk'], ['성민', 'sungmin'], ['재원', 'jaewon']]
const KR_F = [['서연', 'seoyeon'], ['지우', 'jiwoo'], ['하은', 'haeun'], ['민서', 'minseo'], ['지민', 'jimin'], ['수빈', 'subin'], ['예린', 'yerin'], ['다은', 'daeun'], ['유진', 'yujin'], ['채원', 'chaewon']]
const KR_ADDR = ['서울 마포구 성산동', '서울 강남구 역삼동', '서울 관악구 봉천동', '경기 성남시 분당구 정자동', '경기 용인시 수지구 풍덕천동', '서울 송파구 잠실동', '인천 연수구 송도동', '서울 영등포구 여의도동', '경기 수원시 영통구 매탄동', '서울 동작구 상도동', '경기 성남시 분당구 삼평동', '서울 광진구 자양동']
// [posting title, field, minimum years]
const SR_JOB = [['[핀테크] 백엔드 개발자 (Java/Kotlin) 경력 채용', '백엔드 개발', 3], ['[핀테크] 안드로이드 앱 개발자 채용', '앱 개발', 2], ['데이터 분석가 (SQL/Python) 채용', '데이터 분석', 2], ['고객센터 CS 상담원 신입/경력 채용', 'CS 상담', 0], ['[신입] 주니어 백엔드 개발자 공개채용', '백엔드 개발', 0]]
const SR_SCH = [['서울대학교', '컴퓨터공학부'], ['한양대학교', '정보시스템학과'], ['성균관대학교', '소프트웨어학과'], ['경희대학교', '경영학과'], ['인하대학교', '통계학과'], ['숭실대학교', '컴퓨터학부'], ['국민대학교', '경영정보학과'], ['아주대학교', '산업공학과'], ['동국대학교', '국어국문학과'], ['부산대학교', '정보컴퓨터공학부']]
const SR_COL = [['인하공업전문대학', '컴퓨터시스템과'], ['동양미래대학교', '컴퓨터소프트웨어공학과'], ['명지전문대학', '정보통신공학과']]
const srEdu = (c) => (n(c) % 9 === 4 ? '대학(2,3년) 졸업' : n(c) % 9 === 7 ? '대학원(석사) 졸업' : '대학교(4년) 졸업')
const srSch = (c) => (n(c) % 9 === 4 ? row(SR_COL, n(c) % 3) : row(SR_SCH, (n(c) >> 1) % 10))
const SR_CO = ['(주)비바리퍼블리카', '네이버파이낸셜(주)', '(주)카카오페이', '(주)우아한형제들', 'NHN(주)', '(주)뱅크샐러드', 'KB국민은행', '(주)이스트소프트', '(주)컬리', '현대카드(주)']
const krP = (c) => { const r = seeded(c, 'kr'), f = r() < 0.45, nm = v.pick(r, f ? KR_F : KR_M); return { f, full: `${v.pick(r, KR_L)}${nm[0]}`, rom: nm[1], addr: v.pick(r, KR_ADDR), k: v.int(r, 0, 99999) } }
const srDob = (c) => birth(c, 1986, 2002)
const srJob = (c) => row(SR_JOB, n(c) % 5)
const srYrs = (c) => Math.max(0, Math.min(srJob(c)[2] === 0 ? (n(c) % 3 === 0 ? 1 : 0) : srJob(c)[2] + (n(c) >> 2) % 6, 2024 - shift(srDob(c), 0).y - 23))
const krMob = (c) => { const r = seeded(c, 'krm'); return `010-${v.digits(r, 4)}-${v.digits(r, 4)}` }
const srAt = (c) => biz(Date.UTC(2025, 3, 7), n(c) * 3, 28, 7, 24, 9)
const krD = (ms) => { const p = shift(ms, 9); return `${p.y}.${pad(p.m)}.${pad(p.d)} ${hm(p)}` }
const SET_SR = { name: 'saramin-applicants-excel-kr', product: '사람인 Saramin (기업회원 > 지원자 관리 > 공고별 지원자 > 엑셀 다운로드, one row per application, Korean UI, a Pangyo fintech start-up hiring backend and app developers, data analysts and customer-service staff, Asia/Seoul)', family: 'recruiting', language: 'ko', schema: P, cols: [
  ['지원번호', (c) => String(48000000 + (n(c) * 7919) % 900000), ID, opt],
  ['이름', (c) => krP(c).full, ['person.name.fullName']],
  ['성별', (c) => (krP(c).f ? '여' : '남'), ['person.gender']],
  ['생년월일', (c) => { const p = shift(srDob(c), 0); return `${p.y}.${pad(p.m)}.${pad(p.d)}` }, ['person.birthDate']],
  ['나이', (c) => `만 ${2025 - shift(srDob(c), 0).y - 1}세`, [], opt],
  ['휴대폰', (c) => krMob(c), ['mobilePhone.number']],
  ['이메일', (c) => `${krP(c).rom}${row(['', '.', '_', ''], n(c) % 4)}${krP(c).k % 1000}@${row(['naver.com', 'gmail.com', 'naver.com', 'daum.net', 'kakao.com'], n(c) % 5)}`, ['personalEmail.address']],
  ['주소', (c) => krP(c).addr, [...HOMES('city'), ...HOMES('street1')], opt],
  ['공고명', (c) => srJob(c)[0], []],
  ['지원분야', (c) => srJob(c)[1], []],
  ['지원일시', (c) => krD(srAt(c)), [], opt],
  ['최종학력', (c) => srEdu(c), []],
  ['학교명', (c) => srSch(c)[0], []],
  ['전공', (c) => srSch(c)[1], []],
  ['학점', (c) => `${(3 + ((n(c) * 13) % 15) / 10).toFixed(1)}/4.5`, []],
  ['총경력', (c) => (srYrs(c) === 0 ? '신입' : `${srYrs(c)}년 ${(n(c) * 7) % 12}개월`), []],
  ['최근 회사명', (c) => (srYrs(c) === 0 ? '' : row(SR_CO, (n(c) >> 3) % 10)), ['organizations[0]'], opt],
  ['최근 직급/직책', (c) => (srYrs(c) === 0 ? '' : srYrs(c) >= 5 ? '선임' : row(['사원', '주임', '매니저'], n(c) % 3)), []],
  ['희망연봉', (c) => (n(c) % 3 === 0 ? '회사내규에 따름' : `${thou(3200 + srYrs(c) * 600 + (n(c) % 5) * 100, ',', '.').slice(0, -3)}만원`), []],
  ['병역사항', (c) => (krP(c).f ? '비대상' : row(['군필', '군필', '면제', '군필'], n(c) % 4)), []],
  ['보훈대상', (c) => (n(c) % 23 === 0 ? '대상' : '비대상'), []],
  ['장애여부', () => '비대상', []],
  ['열람여부', (c) => (n(c) % 4 === 1 ? '미열람' : '열람'), [], opt],
  ['전형단계', (c) => row(['서류검토', '서류합격', '1차면접', '서류검토', '불합격', '최종합격'], n(c) % 6), [], opt],
] }

// ---------------------------------------------------------------- 7. SmartHR employee CSV (JP, ja, B)
// a dispensing-pharmacy (調剤薬局) chain with a head office in Omiya and stores across Saitama and north Tokyo:
// pharmacists, registered sellers and medical clerks; company e-mail addresses; one row per employee
const JP_L = [['佐藤', 'サトウ', 'sato'], ['鈴木', 'スズキ', 'suzuki'], ['高橋', 'タカハシ', 'takahashi'], ['田中', 'タナカ', 'tanaka'], ['伊藤', 'イトウ', 'ito'], ['渡辺', 'ワタナベ', 'watanabe'], ['山本', 'ヤマモト', 'yamamoto'], ['中村', 'ナカムラ', 'nakamura'], ['小林', 'コバヤシ', 'kobayashi'], ['加藤', 'カトウ', 'kato'], ['吉田', 'ヨシダ', 'yoshida'], ['山田', 'ヤマダ', 'yamada'], ['斎藤', 'サイトウ', 'saito'], ['松本', 'マツモト', 'matsumoto']]
const JP_M = [['大輔', 'ダイスケ', 'daisuke'], ['翔太', 'ショウタ', 'shota'], ['健太', 'ケンタ', 'kenta'], ['拓也', 'タクヤ', 'takuya'], ['直樹', 'ナオキ', 'naoki'], ['亮', 'リョウ', 'ryo'], ['悠斗', 'ユウト', 'yuto'], ['誠', 'マコト', 'makoto']]
const JP_F = [['美咲', 'ミサキ', 'misaki'], ['陽子', 'ヨウコ', 'yoko'], ['恵', 'メグミ', 'megumi'], ['彩', 'アヤ', 'aya'], ['由美', 'ユミ', 'yumi'], ['愛', 'アイ', 'ai'], ['千尋', 'チヒロ', 'chihiro'], ['真由', 'マユ', 'mayu'], ['舞', 'マイ', 'mai'], ['香織', 'カオリ', 'kaori']]
// [postcode, prefecture, city, town]
const JP_PL = [['330-0846', '埼玉県', 'さいたま市大宮区', '大門町'], ['336-0017', '埼玉県', 'さいたま市南区', '南浦和'], ['332-0012', '埼玉県', '川口市', '本町'], ['343-0845', '埼玉県', '越谷市', '南越谷'], ['350-1123', '埼玉県', '川越市', '脇田本町'], ['170-0013', '東京都', '豊島区', '東池袋'], ['115-0045', '東京都', '北区', '赤羽'], ['173-0004', '東京都', '板橋区', '板橋'], ['362-0042', '埼玉県', '上尾市', '谷津'], ['335-0002', '埼玉県', '蕨市', '塚越'], ['331-0812', '埼玉県', 'さいたま市北区', '宮原町'], ['338-0001', '埼玉県', 'さいたま市中央区', '上落合']]
// [job type, title, department, office]
const SH_JOB = [['薬剤師', '管理薬剤師', '大宮東口店', '大宮東口店'], ['薬剤師', '', '浦和駅前店', '浦和駅前店'], ['医療事務', '', '川口本町店', '川口本町店'], ['薬剤師', '薬局長', '赤羽店', '赤羽店'], ['登録販売者', '', '越谷レイクタウン店', '越谷レイクタウン店'], ['医療事務', 'リーダー', '大宮東口店', '大宮東口店'], ['総務・人事', '課長', '管理本部 人事総務部', '本社'], ['薬剤師', 'エリアマネージャー', '薬局運営部 第一エリア', '本社'], ['経理', '', '管理本部 経理部', '本社'], ['薬剤師', '', '川越脇田店', '川越脇田店']]
const jpP = (c) => { const r = seeded(c, 'jp'), f = r() < 0.62; return { f, l: v.pick(r, JP_L), g: v.pick(r, f ? JP_F : JP_M), pl: v.pick(r, JP_PL), a: [v.int(r, 1, 4), v.int(r, 1, 28), v.int(r, 1, 18)], bld: r() < 0.45 ? `${v.pick(r, ['メゾン', 'パークハイツ', 'コーポ', 'グランシティ'])}${v.pick(r, ['大宮', '浦和', 'さくら', '北斗'])} ${v.int(r, 1, 6)}0${v.int(r, 1, 9)}` : '' } }
const shJob = (c) => row(SH_JOB, n(c) % 10)
const shPart = (c) => n(c) % 6 === 5
const shDob = (c) => birth(c, 1962, 2002)
const shHire = (c) => Math.max(Date.UTC(2008, 3, 1) + ((n(c) * 7919) % (6200 * 86400)) * 1000, shDob(c) + (22 * 365 + 100 + n(c) % 200) * day)
const shLeft = (c) => n(c) % 13 === 6
const jpDate = (ms) => ymd(shift(ms, 9), '/')
const jpMob = (c) => { const r = seeded(c, 'jpm'); return `0${v.pick(r, ['90', '80', '70'])}-${v.digits(r, 4)}-${v.digits(r, 4)}` }
const SET_SH = { name: 'smarthr-employees-csv-jp', product: 'SmartHR (従業員リスト > 従業員データのダウンロード > CSV, one row per employee, Japanese UI, a dispensing-pharmacy chain headquartered in Omiya with stores across Saitama and north Tokyo, Asia/Tokyo)', family: 'hr', language: 'ja', schema: B, cols: [
  ['社員番号', (c) => pad(1000 + (n(c) * 37) % 8000, 5), B2BID],
  ['姓', (c) => jpP(c).l[0], ['person.name.lastName']],
  ['名', (c) => jpP(c).g[0], ['person.name.firstName']],
  ['姓(ヨミガナ)', (c) => jpP(c).l[1], [], opt],
  ['名(ヨミガナ)', (c) => jpP(c).g[1], [], opt],
  ['生年月日', (c) => ymd(shift(shDob(c), 0), '/'), ['person.birthDate']],
  ['戸籍上の性別', (c) => (jpP(c).f ? '女性' : '男性'), ['person.gender']],
  ['メールアドレス', (c) => `${jpP(c).g[2]}.${jpP(c).l[2]}${n(c) % 5 === 0 ? n(c) % 10 : ''}@hoshizora-ph.co.jp`, ['workEmail.address']],
  ['電話番号', (c) => jpMob(c), ['mobilePhone.number']],
  ['在籍状況', (c) => (shLeft(c) ? '退職済み' : n(c) % 17 === 8 ? '休職中' : '在職中'), [], opt],
  ['入社年月日', (c) => jpDate(shHire(c)), [], opt],
  ['退職年月日', (c) => (shLeft(c) ? jpDate(shHire(c) + (400 + (n(c) % 900)) * day) : ''), []],
  ['雇用形態', (c) => (shPart(c) ? 'パート・アルバイト' : n(c) % 9 === 2 ? '契約社員' : '正社員'), [], opt],
  ['事業所', (c) => shJob(c)[3], [], opt],
  ['部署', (c) => shJob(c)[2], ['extendedWorkDetails.departments[0]']],
  ['役職', (c) => shJob(c)[1], ['extendedWorkDetails.jobTitle']],
  ['職種', (c) => shJob(c)[0], ['extendedWorkDetails.jobTitle'], opt],
  ['現住所(郵便番号)', (c) => jpP(c).pl[0], HOMES('postalCode')],
  ['現住所(都道府県)', (c) => jpP(c).pl[1], STATE(HOME)],
  ['現住所(市区町村)', (c) => jpP(c).pl[2], HOMES('city')],
  ['現住所(丁目・番地)', (c) => `${jpP(c).pl[3]}${jpP(c).a.join('-')}`, HOMES('street1')],
  ['現住所(建物名・部屋番号)', (c) => jpP(c).bld, HOMES('street2')],
  ['雇用保険の被保険者番号', (c) => (shPart(c) && n(c) % 2 ? '' : `${v.digits(seeded(c, 'koyo'), 4)}-${v.digits(seeded(c, 'koyo2'), 6)}-${v.int(seeded(c, 'koyo3'), 0, 9)}`), []],
] }

// ---------------------------------------------------------------- 8. Gadjian employee export (ID, id, B)
// a Surabaya restaurant group (rawon, soto and penyetan outlets plus a central kitchen) running HR and payroll in
// Gadjian; one row per employee
const ID_M = ['Budi', 'Agus', 'Rizky', 'Dimas', 'Fajar', 'Andi', 'Eko', 'Yoga', 'Bayu', 'Hendra', 'Slamet', 'Wahyu']
const ID_F = ['Siti', 'Dewi', 'Rina', 'Putri', 'Ayu', 'Fitri', 'Indah', 'Nur', 'Wulan', 'Lestari', 'Novi', 'Yuli']
const ID_L = ['Santoso', 'Wijaya', 'Saputra', 'Pratama', 'Hidayat', 'Setiawan', 'Kurniawan', 'Rahmawati', 'Susanto', 'Nugroho', 'Purnomo', 'Handayani', 'Prasetyo', 'Maulana']
// [city, province, postcode]
const ID_PL = [['Surabaya', 'Jawa Timur', '60241'], ['Surabaya', 'Jawa Timur', '60118'], ['Sidoarjo', 'Jawa Timur', '61252'], ['Gresik', 'Jawa Timur', '61121'], ['Surabaya', 'Jawa Timur', '60285'], ['Surabaya', 'Jawa Timur', '60174'], ['Sidoarjo', 'Jawa Timur', '61256'], ['Surabaya', 'Jawa Timur', '60293']]
const ID_ST = ['Raya Darmo', 'Kertajaya Indah', 'Ngagel Jaya Selatan', 'Rungkut Asri', 'Manyar Kertoarjo', 'Dharmahusada', 'Ahmad Yani', 'Gubeng Kertajaya']
// [position, department, location, status]
const GJ_JOB = [['Kepala Dapur', 'Dapur', 'Outlet Darmo', 'Tetap'], ['Juru Masak', 'Dapur', 'Central Kitchen Rungkut', 'Tetap'], ['Kasir', 'Operasional', 'Outlet Tunjungan', 'Kontrak'], ['Pramusaji', 'Operasional', 'Outlet Darmo', 'Kontrak'], ['Supervisor Outlet', 'Operasional', 'Outlet Galaxy Mall', 'Tetap'], ['Staff Gudang', 'Logistik', 'Central Kitchen Rungkut', 'Kontrak'], ['Staff Akuntansi', 'Keuangan', 'Kantor Pusat', 'Tetap'], ['Pramusaji', 'Operasional', 'Outlet Tunjungan', 'Probation'], ['HR & GA Officer', 'HRD', 'Kantor Pusat', 'Tetap'], ['Helper Dapur', 'Dapur', 'Outlet Galaxy Mall', 'Harian Lepas']]
const idP = (c) => { const r = seeded(c, 'id'), f = r() < 0.5, first = v.pick(r, f ? ID_F : ID_M), last = v.pick(r, ID_L); return { f, first, last, full: `${first} ${last}`, pl: v.pick(r, ID_PL), st: v.pick(r, ID_ST), no: v.int(r, 1, 180), rt: v.int(r, 1, 12), rw: v.int(r, 1, 9), pob: v.pick(r, ['Surabaya', 'Surabaya', 'Sidoarjo', 'Lamongan', 'Jombang', 'Malang', 'Kediri', 'Madiun', 'Banyuwangi', 'Semarang']) } }
const gjJob = (c) => row(GJ_JOB, n(c) % 10)
const gjDob = (c) => birth(c, 1972, 2005)
const gjJoin = (c) => Math.max(Date.UTC(2016, 0, 4) + ((n(c) * 7919) % (3300 * 86400)) * 1000, gjDob(c) + (18 * 365 + 30 + n(c) % 300) * day)
const idMob = (c) => { const r = seeded(c, 'idm'); return `08${v.pick(r, ['11', '12', '13', '21', '22', '52', '53', '57', '58', '77', '78', '95', '96', '81', '82'])}${v.digits(r, v.int(r, 7, 8))}` }
const idD = (ms) => dmy(shift(ms, 7), '-')
const SET_GJ = { name: 'gadjian-karyawan-export-id', product: 'Gadjian (Karyawan > Data Karyawan > Ekspor Excel, one row per employee, Indonesian UI, a Surabaya restaurant group running rawon, soto and penyetan outlets and a central kitchen, Asia/Jakarta, IDR)', family: 'hr', language: 'id', schema: B, cols: [
  ['ID Karyawan', (c) => `SNK-${pad(1 + (n(c) * 37) % 900, 4)}`, B2BID],
  ['Nama Lengkap', (c) => idP(c).full, ['person.name.fullName']],
  ['Email', (c) => (n(c) % 3 === 0 ? `${v.slug(idP(c).first)}@rawonsuroboyo.co.id` : `${v.slug(idP(c).first)}.${v.slug(idP(c).last)}${n(c) % 90}@gmail.com`), WE],
  ['No. HP', (c) => idMob(c), ['mobilePhone.number']],
  ['Jenis Kelamin', (c) => (idP(c).f ? 'Perempuan' : 'Laki-laki'), ['person.gender']],
  ['Tempat Lahir', (c) => idP(c).pob, []],
  ['Tanggal Lahir', (c) => dmy(shift(gjDob(c), 0), '-'), ['person.birthDate']],
  ['Status Pernikahan', (c) => row(['Belum Menikah', 'Menikah', 'Menikah', 'Belum Menikah', 'Cerai'], n(c) % 5), ['person.maritalStatus']],
  ['Agama', (c) => row(['Islam', 'Islam', 'Islam', 'Kristen', 'Islam', 'Katolik', 'Islam', 'Buddha'], n(c) % 8), []],
  ['NIK', (c) => `3578${v.digits(seeded(c, 'nik'), 12)}`, [], opt],
  ['NPWP', (c) => (n(c) % 4 === 3 ? '' : (() => { const r = seeded(c, 'npwp'); return `${v.digits(r, 2)}.${v.digits(r, 3)}.${v.digits(r, 3)}.${v.digits(r, 1)}-${v.digits(r, 3)}.000` })()), ['person.taxId']],
  ['Alamat', (c) => `Jl. ${idP(c).st} No. ${idP(c).no} RT ${pad(idP(c).rt, 3)}/RW ${pad(idP(c).rw, 3)}`, HOMES('street1')],
  ['Kota', (c) => idP(c).pl[0], HOMES('city')],
  ['Provinsi', (c) => idP(c).pl[1], STATE(HOME)],
  ['Kode Pos', (c) => idP(c).pl[2], HOMES('postalCode')],
  ['Jabatan', (c) => gjJob(c)[0], ['extendedWorkDetails.jobTitle']],
  ['Departemen', (c) => gjJob(c)[1], ['extendedWorkDetails.departments[0]']],
  ['Lokasi Kerja', (c) => gjJob(c)[2], [], opt],
  ['Status Karyawan', (c) => gjJob(c)[3], [], opt],
  ['Tanggal Bergabung', (c) => idD(gjJoin(c)), [], opt],
  ['Tanggal Berakhir Kontrak', (c) => (['Kontrak', 'Probation'].includes(gjJob(c)[3]) ? idD(gjJoin(c) + (gjJob(c)[3] === 'Probation' ? 90 : 365 * (1 + n(c) % 2)) * day) : ''), []],
  ['No. BPJS Ketenagakerjaan', (c) => (gjJob(c)[3] === 'Harian Lepas' ? '' : v.digits(seeded(c, 'bpjstk'), 11)), []],
  ['No. BPJS Kesehatan', (c) => `000${v.digits(seeded(c, 'bpjsks'), 10)}`, []],
  ['Nama Bank', (c) => row(['BCA', 'Mandiri', 'BCA', 'BRI', 'BNI', 'BCA'], n(c) % 6), []],
  ['No. Rekening', (c) => v.digits(seeded(c, 'rek'), 10), []],
] }

export const SETS = [SET_WD, SET_VP, SET_OP, SET_FP, SET_AR, SET_SR, SET_SH, SET_GJ]
