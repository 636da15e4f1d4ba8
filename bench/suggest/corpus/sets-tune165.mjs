// Round 79, tune165: a blind tune half written by a helper that never opened the suggester, its tests, the scorer or
// a score. Same format as sets.mjs (sources in ../README.md). East and South-East Asia, headers in the language each
// product's UI uses there: Yamato Transport's label-printing service's shipment export for a Shizuoka tea shop (ヤマト運輸
// B2クラウド) (JP, ja E 1); a Vietnamese courier's order export for a Ho Chi Minh City skincare shop (GHN - Giao Hàng
// Nhanh) (VN, vi E 1); a Taiwanese event-registration service's sign-up list for a Taipei coffee-workshop school
// (BeClass 線上報名系統) (TW, zh E 1); a Thai donation platform's donor list for a Chiang Mai school-lunch project
// (เทใจดอทคอม Taejai.com) (TH, th E 1); Ninja Van Indonesia's shipper dashboard export for a Bandung hijab shop (Ninja
// Xpress) (ID, id E 1); a Korean e-mail marketing tool's address-book export for a Seoul Pilates studio (썬더메일
// Thundermail) (KR, ko P 1); a Chinese customer-service desk's customer export for a Hangzhou smart-home brand (网易七鱼
// NetEase Qiyu) (CN, zh P 1); a Singapore clinic-management system's patient list for a Tampines GP clinic (Plato
// Medical) (SG, en P 1); a Hong Kong event platform's attendee export for a fintech summit (EventX) (HK, en B 1); a
// Chinese B2B marketing-automation platform's lead export for a Shanghai industrial-IoT vendor (致趣百川 Beschannels)
// (CN, zh B 1). E 5, P 3, B 2.
// Headers: the B2クラウド columns follow Yamato's published "B2 送り状発行データレイアウト (入出力用)" (found with the search
// tool as a copy on paperzz.com, doc 5980562: お客様管理番号, 送り状種別, クール区分, 伝票番号, 出荷予定日, お届け予定(指定)日,
// 配達時間帯 with the 0812/1214... codes, ...) and the "CSVレイアウト(ヤマトB2形式)" page of aiship's manual
// (manual.aiship.jp), which lists the same names; the file is the one B2クラウド reads and writes, exported from 発行済デー
// タ. GHN's help article on bulk Excel orders (ghn.vn/blogs/app-va-web-moi/...) confirms the single "Địa chỉ" column of
// khachhang.ghn.vn; the rest of GHN's export columns are the writer's knowledge. The College of Family Physicians
// Singapore's "CMS Sutra" page (cfps.org.sg/publications/cmssutra) confirms Plato as one of the five main GP clinic
// systems in Singapore, but no column list was found. BeClass, Taejai, Ninja Xpress, Thundermail, Qiyu, Plato, EventX and
// Beschannels were written from the writer's knowledge of each product (a short source hunt in the pages and docs
// corpora found no public column list for them). A subset of each export's columns, in the order the writer knows.
// Nothing was copied from a real export; every value is generated.
import { E, P, B, v, PL, OR, SHIP, BILL, opt, EMAIL_ID, PHONE_ID, W, CO, HOME, at, STATE } from './sets.mjs'
import { pad, row, ymd, hm, hms, dmy, thou, group, hash, shift } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const ID = ['_id', 'personID']
const B2BID = ['_id', 'personID', 'b2b.personKey.sourceID', 'extSourceSystemAudit.externalID']
const WE = ['workEmail.address', 'personalEmail.address']
const HOMES = (leaf) => at(HOME, leaf)
const OPTIN = ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email']
// no summer time anywhere in this half: Japan and Korea +9, China, Taiwan, Hong Kong and Singapore +8, Vietnam,
// Thailand and western Indonesia +7
const jst = (ms) => shift(ms, 9)
const kst = (ms) => shift(ms, 9)
const cst = (ms) => shift(ms, 8)
const ict = (ms) => shift(ms, 7)
// an instant k days after `base` (a UTC midnight) at a local hour between h0 and h1 for a zone `off` hours from UTC
const biz = (base, k, days, h0, h1, off) => base + (k % days) * day + ((h0 - off) * 3600 + (k * 7919) % ((h1 - h0) * 3600)) * 1000
const UP = (r, k, set = 'ABCDEFGHJKLMNPQRSTUVWXYZ') => Array.from({ length: k }, () => set[v.int(r, 0, set.length - 1)]).join('')

// ---------------------------------------------------------------- local people, seeded by the row's person
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}|${c.first}|${c.last}|${salt}`) ^ 0x165a7e31); r(); r(); return r }
const oseed = (o, salt) => { const r = v.rng(hash(`${o.id}|${o.sku}|${salt}`) ^ 0x3b1c0965); r(); r(); return r }
const memo = new Map()
const once = (k, f) => { if (!memo.has(k)) memo.set(k, f()); return memo.get(k) }

// Japan: [kanji, half-width kana, romaji]
const JP_LAST = [['佐藤', 'ｻﾄｳ', 'sato'], ['鈴木', 'ｽｽﾞｷ', 'suzuki'], ['高橋', 'ﾀｶﾊｼ', 'takahashi'], ['田中', 'ﾀﾅｶ', 'tanaka'], ['伊藤', 'ｲﾄｳ', 'ito'], ['渡辺', 'ﾜﾀﾅﾍﾞ', 'watanabe'], ['山本', 'ﾔﾏﾓﾄ', 'yamamoto'], ['中村', 'ﾅｶﾑﾗ', 'nakamura'], ['小林', 'ｺﾊﾞﾔｼ', 'kobayashi'], ['加藤', 'ｶﾄｳ', 'kato'], ['吉田', 'ﾖｼﾀﾞ', 'yoshida'], ['山口', 'ﾔﾏｸﾞﾁ', 'yamaguchi'], ['松本', 'ﾏﾂﾓﾄ', 'matsumoto'], ['井上', 'ｲﾉｳｴ', 'inoue']]
const JP_M = [['健太', 'ｹﾝﾀ', 'kenta'], ['翔太', 'ｼｮｳﾀ', 'shota'], ['大輔', 'ﾀﾞｲｽｹ', 'daisuke'], ['拓也', 'ﾀｸﾔ', 'takuya'], ['直樹', 'ﾅｵｷ', 'naoki'], ['浩二', 'ｺｳｼﾞ', 'koji'], ['誠', 'ﾏｺﾄ', 'makoto'], ['隆', 'ﾀｶｼ', 'takashi']]
const JP_F = [['美咲', 'ﾐｻｷ', 'misaki'], ['陽子', 'ﾖｳｺ', 'yoko'], ['由美', 'ﾕﾐ', 'yumi'], ['彩', 'ｱﾔ', 'aya'], ['真由美', 'ﾏﾕﾐ', 'mayumi'], ['恵子', 'ｹｲｺ', 'keiko'], ['奈々', 'ﾅﾅ', 'nana'], ['麻衣', 'ﾏｲ', 'mai']]
// [prefecture + city + town, postcode, area code]
const JP_PL = [['東京都世田谷区三軒茶屋', '154-0024', '03'], ['神奈川県横浜市港北区日吉', '223-0061', '045'], ['大阪府大阪市北区天神橋', '530-0041', '06'], ['愛知県名古屋市千種区今池', '464-0850', '052'], ['静岡県静岡市葵区呉服町', '420-0031', '054'], ['静岡県浜松市中央区鍛冶町', '430-0933', '053'], ['福岡県福岡市中央区大名', '810-0041', '092'], ['北海道札幌市中央区南三条西', '060-0063', '011'], ['京都府京都市中京区烏丸通', '604-8166', '075'], ['埼玉県さいたま市浦和区高砂', '330-0063', '048'], ['兵庫県神戸市中央区元町通', '650-0022', '078'], ['宮城県仙台市青葉区一番町', '980-0811', '022']]
const JP_APT = ['', '', '', 'メゾン日吉 203', 'グランコート 1105', '', 'サンハイツ 302', '', 'パークハウス 805', '']
const jp = (c) => once(`jp|${c.id}|${c.first}`, () => {
  const r = seeded(c, 'jp'), female = r() < 0.6, l = v.pick(r, JP_LAST), f = v.pick(r, female ? JP_F : JP_M), pl = v.pick(r, JP_PL)
  return { female, l, f, pl, name: `${l[0]} ${f[0]}`, kana: `${l[1]} ${f[1]}`, addr: `${pl[0]}${v.int(r, 1, 5)}-${v.int(r, 1, 24)}-${v.int(r, 1, 18)}`, apt: v.pick(r, JP_APT),
    mobile: `0${v.pick(r, ['90', '80', '70'])}-${pad(v.int(r, 0, 9999), 4)}-${pad(v.int(r, 0, 9999), 4)}`,
    mail: `${f[2]}.${l[2]}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, ['gmail.com', 'yahoo.co.jp', 'docomo.ne.jp', 'icloud.com', 'ezweb.ne.jp', 'outlook.jp'])}` }
})

// ---------------------------------------------------------------- 1. ヤマト運輸 B2クラウド shipment export (JP, ja, E)
// a Shizuoka tea shop's online store: sencha, matcha and gift sets, shipped by 宅急便, ネコポス, 宅急便コンパクト and
// コレクト (cash on delivery); one row per 送り状 (one parcel per order)
// [code, item, price incl. 8% tax, 送り状種別 when not COD]
const YB_ITEM = [['SC-001', '深蒸し掛川茶 100g', 1620, '7'], ['SC-010', '本山茶 特上 100g', 2160, '7'], ['GF-003', '静岡茶ギフトセット 3本入', 5400, '0'], ['MC-050', '抹茶 40g缶', 1944, '8'],
  ['HJ-020', 'ほうじ茶ティーバッグ 30包', 1080, '7'], ['GF-008', '新茶と茶菓子詰合せ', 4320, '0'], ['SC-025', '川根茶 飲み比べ 3袋', 3240, '8'], ['GF-012', '急須と煎茶セット', 6480, '0']]
const ybIt = (o) => row(YB_ITEM, n(o) % 8)
const ybCOD = (o) => ybIt(o)[3] === '0' && n(o) % 5 === 2
const ybKind = (o) => (ybCOD(o) ? '2' : ybIt(o)[3])
const ybQty = (o) => (ybIt(o)[3] === '7' ? 1 + (n(o) % 2) : 1)
const ybShip = (o) => (ybKind(o) === '7' ? 0 : ybIt(o)[2] * ybQty(o) >= 5400 ? 0 : ybKind(o) === '8' ? 520 : 880)
const ybTotal = (o) => ybIt(o)[2] * ybQty(o) + ybShip(o) + (ybCOD(o) ? 330 : 0)
const ybAt = (o) => biz(Date.UTC(2025, 3, 7), n(o) * 13, 70, 9, 17, 9)
const ybGift = (o) => ybIt(o)[0].startsWith('GF') && n(o) % 3 === 0
const ybCool = (o) => (ybIt(o)[0] === 'MC-050' && n(o) % 2 === 0 ? '2' : '0')
const SET_YB = { name: 'yamato-b2cloud-shipments-jp', product: 'ヤマト運輸 B2クラウド (発行済データ > 検索 > CSV出力, B2 送り状発行データレイアウト, one row per 送り状, Japanese UI, a Shizuoka green-tea shop shipping its online-store orders by 宅急便, ネコポス and コレクト, Asia/Tokyo, JPY)', family: 'shipping', language: 'ja', schema: E, cols: [
  ['お客様管理番号', (c, o) => `TS${pad(20000 + (n(o) * 7) % 70000, 6)}`, [OR('purchaseID'), '_id']],
  ['送り状種別', (c, o) => ybKind(o), ['commerce.shipping.shippingMethod'], opt],
  ['クール区分', (c, o) => ybCool(o), []],
  ['伝票番号', (c, o) => { const r = oseed(o, 'yb'); return `${v.pick(r, ['4', '3'])}${v.digits(r, 11)}` }, ['commerce.shipping.trackingNumber']],
  ['出荷予定日', (c, o) => ymd(jst(ybAt(o) + day), '/'), ['commerce.shipping.shipDate', 'timestamp'], opt],
  ['お届け予定(指定)日', (c, o) => (ybKind(o) === '7' ? '' : ymd(jst(ybAt(o) + (2 + n(o) % 3) * day), '/')), []],
  ['配達時間帯', (c, o) => (ybKind(o) === '7' ? '' : row(['', '0812', '1416', '1820', '', '1618'], n(o) % 6)), []],
  ['お届け先電話番号', (c, o) => (ybGift(o) ? `${jp(c).pl[2]}-${pad((n(c) * 37) % 10000, 4)}-${pad((n(o) * 53) % 10000, 4)}` : jp(c).mobile), PHONE_ID, opt],
  ['お届け先郵便番号', (c) => jp(c).pl[1], [SHIP('postalCode')]],
  ['お届け先住所', (c) => jp(c).addr, [SHIP('street1')]],
  ['お届け先アパートマンション名', (c) => jp(c).apt, [SHIP('street2')]],
  ['お届け先会社・部門１', (c, o) => (ybGift(o) && n(c) % 2 === 0 ? row(['株式会社東海精工 総務部', '医療法人さくら会', '有限会社山田商店'], n(c) % 3) : ''), []],
  ['お届け先名', (c) => jp(c).name, []],
  ['お届け先名(ｶﾅ)', (c) => jp(c).kana, []],
  ['敬称', (c, o) => (ybGift(o) && n(c) % 2 === 0 ? '御中' : '様'), []],
  ['ご依頼主電話番号', () => '054-255-1087', []],
  ['ご依頼主郵便番号', () => '420-0839', []],
  ['ご依頼主住所', () => '静岡県静岡市葵区鷹匠2-14-6', []],
  ['ご依頼主名', () => '茶舗まるやま', []],
  ['品名コード１', (c, o) => ybIt(o)[0], [PL('SKU')]],
  ['品名１', (c, o) => (ybQty(o) > 1 ? `${ybIt(o)[1]} ×${ybQty(o)}` : ybIt(o)[1]), [PL('name')]],
  ['荷扱い１', (c, o) => (ybIt(o)[0] === 'GF-012' ? 'ワレモノ注意' : ybIt(o)[0].startsWith('GF') ? '下積厳禁' : ''), []],
  ['記事', (c, o) => (ybGift(o) ? 'のし:御祝' : `注文番号 TS${pad(20000 + (n(o) * 7) % 70000, 6)}`), []],
  ['ｺﾚｸﾄ代金引換額（税込)', (c, o) => (ybCOD(o) ? String(ybTotal(o)) : ''), [OR('payments[0].paymentAmount'), OR('priceTotal')], opt],
  ['内消費税額等', (c, o) => (ybCOD(o) ? String(Math.floor(ybIt(o)[2] * ybQty(o) * 8 / 108) + Math.floor((ybShip(o) + 330) * 10 / 110)) : ''), [OR('taxAmount')], opt],
  ['発行枚数', () => '1', []],
  ['請求先顧客コード', () => '054255108701', []],
  ['運賃管理番号', () => '01', []],
  ['お届け予定ｅメール利用区分', (c, o) => (n(o) % 4 === 3 ? '0' : '1'), []],
  ['お届け予定ｅメールe-mailアドレス', (c, o) => (n(o) % 4 === 3 ? '' : jp(c).mail), EMAIL_ID],
] }

// ---------------------------------------------------------------- 2. GHN order export (VN, vi, E)
// a Ho Chi Minh City skincare and cosmetics shop selling on Facebook, Zalo and its website; cash on delivery for most
// orders; one row per GHN order
const VN_LAST = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ']
const VN_F = ['Thị Lan', 'Thị Hương', 'Thu Trang', 'Ngọc Anh', 'Phương Thảo', 'Thị Mai', 'Khánh Linh', 'Minh Phương', 'Bảo Ngọc', 'Thanh Hà']
const VN_M = ['Văn Hùng', 'Minh Tuấn', 'Quốc Dũng', 'Đăng Khoa', 'Hoàng Phúc', 'Thành Nam']
// [street, ward, district, province]
const VN_PL = [['Nguyễn Trãi', 'Phường Bến Thành', 'Quận 1', 'TP. Hồ Chí Minh'], ['Lê Văn Sỹ', 'Phường 13', 'Quận 3', 'TP. Hồ Chí Minh'], ['Phan Xích Long', 'Phường 2', 'Quận Phú Nhuận', 'TP. Hồ Chí Minh'],
  ['Quang Trung', 'Phường 10', 'Quận Gò Vấp', 'TP. Hồ Chí Minh'], ['Võ Văn Ngân', 'Phường Linh Chiểu', 'TP. Thủ Đức', 'TP. Hồ Chí Minh'], ['Cầu Giấy', 'Phường Quan Hoa', 'Quận Cầu Giấy', 'Hà Nội'],
  ['Kim Mã', 'Phường Kim Mã', 'Quận Ba Đình', 'Hà Nội'], ['Nguyễn Văn Linh', 'Phường Nam Dương', 'Quận Hải Châu', 'Đà Nẵng'], ['Trần Hưng Đạo', 'Phường An Cư', 'Quận Ninh Kiều', 'Cần Thơ'],
  ['Đại lộ Bình Dương', 'Phường Phú Hòa', 'TP. Thủ Dầu Một', 'Bình Dương'], ['Phạm Văn Thuận', 'Phường Tân Tiến', 'TP. Biên Hòa', 'Đồng Nai'], ['Sư Vạn Hạnh', 'Phường 12', 'Quận 10', 'TP. Hồ Chí Minh']]
const vn = (c) => once(`vn|${c.id}|${c.first}`, () => {
  const r = seeded(c, 'vn'), female = r() < 0.8, pl = v.pick(r, VN_PL)
  return { female, name: `${v.pick(r, VN_LAST)} ${v.pick(r, female ? VN_F : VN_M)}`, pl, street: `${v.int(r, 1, 420)}${r() < 0.3 ? '/' + v.int(r, 2, 40) : ''} ${pl[0]}`,
    phone: `0${v.pick(r, ['90', '93', '97', '98', '86', '35', '70', '77', '32', '91'])}${v.digits(r, 7)}` }
})
// [product, price VND, weight g]
const GH_ITEM = [['Serum Vitamin C 15% 30ml', 389000, 150], ['Kem chống nắng SPF50+ 50ml', 265000, 120], ['Sữa rửa mặt dịu nhẹ 150ml', 189000, 220], ['Combo dưỡng ẩm 3 bước', 690000, 520],
  ['Toner hoa cúc 200ml', 215000, 280], ['Mặt nạ đất sét 100g', 159000, 180], ['Son dưỡng có màu', 129000, 40], ['Tinh chất Niacinamide 10% 30ml', 299000, 140]]
const ghIt = (o) => row(GH_ITEM, n(o) % 8)
const ghQty = (o) => 1 + (n(o) % 5 === 0 ? 1 : 0)
const ghVal = (o) => ghIt(o)[1] * ghQty(o)
const ghIn = (c) => vn(c).pl[3] === 'TP. Hồ Chí Minh'
const ghFee = (c, o) => (ghIn(c) ? 22000 : 33000) + (ghIt(o)[2] * ghQty(o) > 500 ? 5000 : 0)
const ghFreeShip = (o) => ghVal(o) >= 500000
const ghCOD = (c, o) => (n(o) % 6 === 4 ? 0 : ghVal(o) + (ghFreeShip(o) ? 0 : 30000))
const ghSt = (o) => row(['Giao hàng thành công', 'Giao hàng thành công', 'Đang giao hàng', 'Giao hàng thành công', 'Chờ lấy hàng', 'Đã hủy', 'Giao hàng thành công', 'Hoàn hàng thành công'], (n(o) >> 1) % 8)
const ghAt = (o) => biz(Date.UTC(2025, 1, 10), n(o) * 11, 90, 8, 22, 7)
const ghDT = (ms) => { const p = ict(ms); return `${dmy(p, '/')} ${hm(p)}` }
const ghCode = (o) => { const r = oseed(o, 'gh'); return `G${UP(r, 2, 'ABCDEFGHKLMNPQRTUVWXY')}${UP(r, 5, 'ABCDEFGHKLMNPQRTUVWXY3456789')}` }
const SET_GH = { name: 'ghn-don-hang-my-pham-vn', product: 'GHN - Giao Hàng Nhanh (khachhang.ghn.vn > Quản lý đơn hàng > Xuất file Excel, one row per đơn hàng, Vietnamese UI, a Ho Chi Minh City skincare and cosmetics shop selling on Facebook, Zalo and its website, mostly cash on delivery, Asia/Ho_Chi_Minh, VND)', family: 'shipping', language: 'vi', schema: E, cols: [
  ['Mã đơn GHN', (c, o) => ghCode(o), ['commerce.shipping.trackingNumber', '_id']],
  ['Mã đơn khách hàng', (c, o) => `DH${pad(5000 + (n(o) * 7) % 40000, 5)}`, [OR('purchaseID')]],
  ['Ngày tạo đơn', (c, o) => ghDT(ghAt(o)), ['timestamp', OR('createdDate')]],
  ['Trạng thái', (c, o) => ghSt(o), [], opt],
  ['Tên người nhận', (c) => vn(c).name, []],
  ['Số điện thoại người nhận', (c) => vn(c).phone, PHONE_ID],
  ['Địa chỉ người nhận', (c) => vn(c).street, [SHIP('street1')]],
  ['Phường/Xã', (c) => vn(c).pl[1], [SHIP('street2')], opt],
  ['Quận/Huyện', (c) => vn(c).pl[2], [SHIP('city'), SHIP('region')], opt],
  ['Tỉnh/Thành phố', (c) => vn(c).pl[3], [SHIP('stateProvince'), SHIP('state'), SHIP('city')]],
  ['Tên sản phẩm', (c, o) => ghIt(o)[0], [PL('name')]],
  ['Số lượng', (c, o) => String(ghQty(o)), [PL('quantity')]],
  ['Khối lượng (gram)', (c, o) => String(ghIt(o)[2] * ghQty(o) + 60), []],
  ['Kích thước (DxRxC)', (c, o) => (ghIt(o)[2] * ghQty(o) > 300 ? '25x18x10' : '15x10x8'), []],
  ['Giá trị hàng hóa', (c, o) => group(ghVal(o), '.'), [OR('priceTotal')], opt],
  ['Tiền thu hộ (COD)', (c, o) => group(ghCOD(c, o), '.'), [OR('payments[0].paymentAmount')], opt],
  ['Gói dịch vụ', (c, o) => (n(o) % 7 === 3 ? 'Hàng nặng' : 'Hàng nhẹ'), ['commerce.shipping.shippingMethod']],
  ['Người trả phí', (c, o) => (ghFreeShip(o) || n(o) % 6 === 4 ? 'Người gửi' : 'Người nhận'), []],
  ['Tổng phí', (c, o) => group(ghFee(c, o), '.'), ['commerce.shipping.shippingAmount'], opt],
  ['Ghi chú bắt buộc', (c, o) => row(['Cho xem hàng không cho thử', 'Cho thử hàng', 'Không cho xem hàng'], n(o) % 3), []],
  ['Ghi chú', (c, o) => row(['', 'Gọi trước khi giao', '', 'Giao giờ hành chính', '', 'Hàng dễ vỡ, nhẹ tay'], n(o) % 6), []],
  ['Ngày lấy hàng', (c, o) => (ghSt(o) === 'Chờ lấy hàng' || ghSt(o) === 'Đã hủy' ? '' : ghDT(ghAt(o) + (18 + n(o) % 6) * 3600000)), ['commerce.shipping.shipDate'], opt],
  ['Ngày giao thành công', (c, o) => (ghSt(o) === 'Giao hàng thành công' ? ghDT(Math.floor(ghAt(o) / day) * day + (ghIn(c) ? 1 : 3) * day + (2 + n(o) % 9) * 3600000 + (n(o) * 131 % 3600) * 1000) : ''), []],
] }

// ---------------------------------------------------------------- 3. BeClass registration list (TW, zh, E)
// a Taipei coffee school's paid workshops (hand-drip, latte art, cupping); one row per registration, paid by ATM
// transfer, credit card or convenience-store code
const TW_LAST = [['陳', 'chen'], ['林', 'lin'], ['黃', 'huang'], ['張', 'chang'], ['李', 'lee'], ['王', 'wang'], ['吳', 'wu'], ['劉', 'liu'], ['蔡', 'tsai'], ['楊', 'yang'], ['許', 'hsu'], ['鄭', 'cheng']]
const TW_GIVEN = [['怡君', 'yichun', 1], ['雅婷', 'yating', 1], ['家豪', 'chiahao', 0], ['志明', 'chihming', 0], ['宗翰', 'tsunghan', 0], ['佳穎', 'chiaying', 1], ['冠宇', 'kuanyu', 0], ['詩涵', 'shihhan', 1], ['俊傑', 'chunchieh', 0], ['欣怡', 'hsinyi', 1], ['承恩', 'chengen', 0], ['雅雯', 'yawen', 1]]
const tw = (c) => once(`tw|${c.id}|${c.first}`, () => {
  const r = seeded(c, 'tw'), l = v.pick(r, TW_LAST), g = v.pick(r, TW_GIVEN)
  return { female: !!g[2], name: `${l[0]}${g[0]}`, mobile: `09${v.digits(r, 2)}-${v.digits(r, 3)}-${v.digits(r, 3)}`,
    mail: `${g[1]}${r() < 0.5 ? '.' + l[1] : l[1]}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, ['gmail.com', 'gmail.com', 'yahoo.com.tw', 'hotmail.com', 'outlook.com', 'icloud.com'])}`,
    birth: Date.UTC(1968, 0, 1) + Math.floor(r() * 36 * 365) * day }
})
// [session, price per person]
const BC_SES = [['5/17(六) 14:00-17:00 手沖咖啡入門班', 1800], ['5/18(日) 10:00-13:00 拉花基礎班', 2200], ['5/24(六) 14:00-17:00 杯測與風味辨識', 2500], ['5/31(六) 10:00-16:00 義式咖啡機實作一日班', 4800], ['6/7(六) 14:00-17:00 手沖咖啡入門班', 1800], ['6/8(日) 10:00-13:00 拉花進階班', 2600]]
const bcSes = (o) => row(BC_SES, n(o) % 6)
const bcQty = (o) => (n(o) % 5 === 1 ? 2 : 1)
const bcCode = (o) => (n(o) % 7 === 2 ? 'EARLY200' : n(o) % 11 === 5 ? 'FRIEND10' : '')
const bcDisc = (o) => (bcCode(o) === 'EARLY200' ? 200 * bcQty(o) : bcCode(o) === 'FRIEND10' ? Math.round(bcSes(o)[1] * bcQty(o) * 0.1) : 0)
const bcTotal = (o) => bcSes(o)[1] * bcQty(o) - bcDisc(o)
const bcPay = (o) => row(['ATM轉帳', '信用卡', 'ATM轉帳', '超商代碼繳費', '信用卡'], n(o) % 5)
const bcPaid = (o) => n(o) % 9 !== 4
const bcAt = (o) => biz(Date.UTC(2025, 3, 1), n(o) * 7, 45, 8, 24, 8)
const twDT = (ms) => { const p = cst(ms); return `${ymd(p, '/')} ${hms(p)}` }
const SET_BC = { name: 'beclass-baoming-coffee-workshop-tw', product: 'BeClass 線上報名系統 (報名管理 > 報名名單 > 匯出Excel, one row per 報名, Traditional Chinese UI, a Taipei coffee school selling paid hand-drip, latte-art and cupping workshops, Asia/Taipei, TWD)', family: 'events', language: 'zh', schema: E, cols: [
  ['序號', (c, o, r, i) => String(i + 1), []],
  ['報名編號', (c, o) => `BC${pad(250400 + (n(o) * 13) % 9000, 6)}`, ['_id', OR('purchaseID')]],
  ['報名時間', (c, o) => twDT(bcAt(o)), ['timestamp', OR('createdDate')]],
  ['場次', (c, o) => bcSes(o)[0], [PL('name')], opt],
  ['報名人數', (c, o) => String(bcQty(o)), [PL('quantity')]],
  ['姓名', (c) => tw(c).name, []],
  ['性別', (c) => (tw(c).female ? '女' : '男'), []],
  ['出生年月日', (c) => ymd(shift(tw(c).birth, 0), '/'), []],
  ['手機', (c) => tw(c).mobile, PHONE_ID],
  ['E-mail', (c) => tw(c).mail, EMAIL_ID],
  ['同行者姓名', (c, o) => (bcQty(o) === 2 ? `${row(TW_LAST, n(o) % 12)[0]}${row(TW_GIVEN, (n(o) >> 2) % 12)[0]}` : ''), []],
  ['咖啡經驗', (c, o) => row(['完全沒有經驗', '在家偶爾手沖', '咖啡店工作中', '完全沒有經驗', '有上過入門課'], n(o) % 5), []],
  ['如何得知本活動', (c, o) => row(['Facebook粉絲專頁', 'Instagram', '朋友介紹', 'Google搜尋', 'Facebook粉絲專頁', 'LINE官方帳號'], n(o) % 6), [], opt],
  ['優惠代碼', (c, o) => bcCode(o), ['commerce.promotionID']],
  ['折扣金額', (c, o) => String(bcDisc(o)), [OR('discountAmount')]],
  ['應繳金額', (c, o) => String(bcTotal(o)), [OR('priceTotal')]],
  ['繳費方式', (c, o) => bcPay(o), [OR('payments[0].paymentType')]],
  ['繳費狀態', (c, o) => (bcPaid(o) ? '已繳費' : '未繳費'), [], opt],
  ['繳費時間', (c, o) => (bcPaid(o) ? twDT(bcAt(o) + (bcPay(o) === '信用卡' ? 60000 : (5 + n(o) % 40) * 3600000)) : ''), [], opt],
  ['轉帳帳號後五碼', (c, o) => (bcPay(o) === 'ATM轉帳' && bcPaid(o) ? v.digits(oseed(o, 'atm'), 5) : ''), []],
  ['發票抬頭', (c, o) => (n(o) % 8 === 3 ? row(['好日子設計有限公司', '晨光文創股份有限公司'], n(o) % 2) : ''), []],
  ['統一編號', (c, o) => (n(o) % 8 === 3 ? v.digits(oseed(o, 'ban'), 8) : ''), []],
  ['備註', (c, o) => row(['', '', '素食', '', '想買器材請推薦', '', '會晚10分鐘到'], n(o) % 7), []],
  ['報到', (c, o) => (bcPaid(o) && n(o) % 4 !== 0 ? '已報到' : ''), []],
] }

// ---------------------------------------------------------------- 4. Taejai.com donor list (TH, th, E)
// a Chiang Mai foundation's project on Taejai funding school lunches and scholarships for hill-tribe children; one row
// per donation; Thai dates in the Buddhist era
const TH_F = [['สุภาวดี', 'supawadee'], ['กนกวรรณ', 'kanokwan'], ['ณัฐธิดา', 'natthida'], ['พิมพ์ชนก', 'pimchanok'], ['ศิริพร', 'siriporn'], ['วรรณา', 'wanna'], ['อรอุมา', 'onuma']]
const TH_M = [['สมชาย', 'somchai'], ['ธนพล', 'thanapon'], ['ณัฐวุฒิ', 'nattawut'], ['กิตติพงษ์', 'kittipong'], ['อนุชา', 'anucha'], ['ปิยะ', 'piya'], ['วีระ', 'weera']]
const TH_LAST = [['ศรีสุข', 'srisuk'], ['วงศ์ใหญ่', 'wongyai'], ['แก้วมณี', 'kaewmanee'], ['ทองดี', 'thongdee'], ['สุขสวัสดิ์', 'suksawat'], ['จันทร์เพ็ญ', 'chanpen'], ['บุญมา', 'boonma'], ['รัตนพันธ์', 'rattanapan']]
// [street, sub-district, district, province, postcode]
const TH_PL = [['ซอยสุขุมวิท 71', 'แขวงพระโขนงเหนือ', 'เขตวัฒนา', 'กรุงเทพมหานคร', '10110'], ['ถนนพหลโยธิน', 'แขวงสามเสนใน', 'เขตพญาไท', 'กรุงเทพมหานคร', '10400'], ['ถนนลาดพร้าว', 'แขวงจอมพล', 'เขตจตุจักร', 'กรุงเทพมหานคร', '10900'],
  ['ถนนเชียงใหม่-ลำปาง', 'ตำบลฟ้าฮ่าม', 'อำเภอเมืองเชียงใหม่', 'เชียงใหม่', '50000'], ['ถนนนิมมานเหมินท์', 'ตำบลสุเทพ', 'อำเภอเมืองเชียงใหม่', 'เชียงใหม่', '50200'], ['ถนนมิตรภาพ', 'ตำบลในเมือง', 'อำเภอเมืองขอนแก่น', 'ขอนแก่น', '40000'],
  ['ถนนรัตนาธิเบศร์', 'ตำบลบางกระสอ', 'อำเภอเมืองนนทบุรี', 'นนทบุรี', '11000'], ['ถนนกาญจนวนิช', 'ตำบลหาดใหญ่', 'อำเภอหาดใหญ่', 'สงขลา', '90110'], ['ถนนสุขุมวิท', 'ตำบลหนองปรือ', 'อำเภอบางละมุง', 'ชลบุรี', '20150']]
const th = (c) => once(`th|${c.id}|${c.first}`, () => {
  const r = seeded(c, 'th'), female = r() < 0.55, f = v.pick(r, female ? TH_F : TH_M), l = v.pick(r, TH_LAST), pl = v.pick(r, TH_PL)
  return { female, f, l, pl, street: `${v.int(r, 1, 299)}/${v.int(r, 1, 90)} ${pl[0]}`, mobile: `0${v.pick(r, ['8', '9', '6'])}${v.digits(r, 1)}-${v.digits(r, 3)}-${v.digits(r, 4)}`,
    mail: `${f[1]}.${l[1].slice(0, 4)}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, ['gmail.com', 'gmail.com', 'hotmail.com', 'yahoo.com', 'outlook.co.th'])}`, tax: `${v.int(r, 1, 3)}${v.digits(r, 12)}` }
})
const TJ_AMT = [100, 200, 300, 500, 500, 1000, 1000, 2000, 5000, 250]
const tjAmt = (o) => row(TJ_AMT, n(o) % 10)
const tjPay = (o) => row(['พร้อมเพย์ (QR Code)', 'บัตรเครดิต/เดบิต', 'พร้อมเพย์ (QR Code)', 'โมบายแบงก์กิ้ง', 'TrueMoney Wallet'], n(o) % 5)
const tjMonthly = (o) => n(o) % 6 === 1
const tjReceipt = (o) => tjAmt(o) >= 500 && n(o) % 3 !== 2
const tjAt = (o) => biz(Date.UTC(2025, 0, 6), n(o) * 19, 120, 7, 24, 7)
const thDT = (ms) => { const p = ict(ms); return `${dmy(p, '/').replace(/\d{4}$/, String(p.y + 543))} ${hm(p)}` }
const SET_TJ = { name: 'taejai-donors-school-lunch-th', product: 'เทใจดอทคอม Taejai.com (แดชบอร์ดผู้ดูแลโครงการ > รายชื่อผู้บริจาค > ดาวน์โหลดไฟล์ Excel, one row per donation, Thai UI, a Chiang Mai foundation\'s project funding school lunches and scholarships for hill-tribe children, Asia/Bangkok, THB)', family: 'donations', language: 'th', schema: E, cols: [
  ['ลำดับ', (c, o, r, i) => String(i + 1), []],
  ['เลขที่รายการ', (c, o) => `TJ${pad(680000 + (n(o) * 31) % 300000, 7)}`, ['_id', OR('purchaseID')]],
  ['วันที่บริจาค', (c, o) => thDT(tjAt(o)), ['timestamp', OR('createdDate')]],
  ['ชื่อโครงการ', () => 'อาหารกลางวันและทุนการศึกษาเด็กบนดอย ปี 2568', [PL('name')], opt],
  ['ชื่อ', (c) => th(c).f[0], []],
  ['นามสกุล', (c) => th(c).l[0], []],
  ['ไม่ประสงค์ออกนาม', (c, o) => (n(o) % 7 === 0 ? 'ใช่' : 'ไม่ใช่'), []],
  ['อีเมล', (c) => th(c).mail, EMAIL_ID],
  ['เบอร์โทรศัพท์', (c, o) => (n(o) % 4 === 3 ? '' : th(c).mobile), PHONE_ID],
  ['จำนวนเงิน (บาท)', (c, o) => thou(tjAmt(o), ',', '.'), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
  ['ประเภทการบริจาค', (c, o) => (tjMonthly(o) ? 'บริจาครายเดือน' : 'บริจาคครั้งเดียว'), [OR('orderType')], opt],
  ['ช่องทางการชำระเงิน', (c, o) => tjPay(o), [OR('payments[0].paymentType')]],
  ['รหัสอ้างอิงการชำระเงิน', (c, o) => { const r = oseed(o, 'tj'); return tjPay(o).startsWith('บัตร') ? `chrg_${v.alnum(r, 19).toLowerCase()}` : `${v.digits(r, 14)}` }, [OR('payments[0].transactionID')]],
  ['สถานะ', (c, o) => (n(o) % 13 === 6 ? 'รอชำระเงิน' : 'ชำระเงินแล้ว'), [], opt],
  ['ต้องการใบเสร็จรับเงิน', (c, o) => (tjReceipt(o) ? 'ต้องการ' : 'ไม่ต้องการ'), []],
  ['ลดหย่อนภาษีผ่าน e-Donation', (c, o) => (tjReceipt(o) ? 'ใช่' : 'ไม่ใช่'), []],
  ['เลขประจำตัวผู้เสียภาษี', (c, o) => (tjReceipt(o) ? th(c).tax : ''), []],
  ['ที่อยู่', (c, o) => (tjReceipt(o) ? th(c).street : ''), [BILL('street1')]],
  ['แขวง/ตำบล', (c, o) => (tjReceipt(o) ? th(c).pl[1] : ''), [BILL('street2')], opt],
  ['เขต/อำเภอ', (c, o) => (tjReceipt(o) ? th(c).pl[2] : ''), [BILL('city'), BILL('region')], opt],
  ['จังหวัด', (c, o) => (tjReceipt(o) ? th(c).pl[3] : ''), [BILL('stateProvince'), BILL('state')]],
  ['รหัสไปรษณีย์', (c, o) => (tjReceipt(o) ? th(c).pl[4] : ''), [BILL('postalCode')]],
  ['ข้อความถึงโครงการ', (c, o) => row(['', 'ขอให้น้องๆ ได้เรียนหนังสือนะคะ', '', 'ทำบุญวันเกิดครับ', '', '', 'เป็นกำลังใจให้ทีมงาน'], n(o) % 7), []],
] }

// ---------------------------------------------------------------- 5. Ninja Xpress shipment export (ID, id, E)
// a Bandung hijab and modest-fashion shop selling on Instagram, WhatsApp and its website; many COD orders; one row per
// parcel
const ID_F = ['Siti', 'Dewi', 'Rina', 'Putri', 'Ayu', 'Nurul', 'Intan', 'Fitri', 'Indah', 'Annisa', 'Rizka', 'Nadia']
const ID_M = ['Budi', 'Agus', 'Rizky', 'Dimas', 'Fajar', 'Andi']
const ID_LAST = ['Rahmawati', 'Lestari', 'Saputra', 'Hidayat', 'Pratama', 'Wijaya', 'Kusuma', 'Nugroho', 'Permatasari', 'Santoso', 'Siregar', 'Hasibuan', 'Maharani', 'Wulandari']
// [street, kelurahan, kecamatan, city, province, postcode]
const ID_PL = [['Jl. Dago', 'Lebakgede', 'Coblong', 'Kota Bandung', 'Jawa Barat', '40132'], ['Jl. Buah Batu', 'Turangga', 'Lengkong', 'Kota Bandung', 'Jawa Barat', '40264'], ['Jl. Kemang Raya', 'Bangka', 'Mampang Prapatan', 'Kota Jakarta Selatan', 'DKI Jakarta', '12730'],
  ['Jl. Tebet Raya', 'Tebet Barat', 'Tebet', 'Kota Jakarta Selatan', 'DKI Jakarta', '12810'], ['Jl. Margonda Raya', 'Kemiri Muka', 'Beji', 'Kota Depok', 'Jawa Barat', '16423'], ['Jl. Pemuda', 'Sekayu', 'Semarang Tengah', 'Kota Semarang', 'Jawa Tengah', '50132'],
  ['Jl. Raya Darmo', 'Darmo', 'Wonokromo', 'Kota Surabaya', 'Jawa Timur', '60241'], ['Jl. Kaliurang', 'Sinduadi', 'Mlati', 'Kabupaten Sleman', 'DI Yogyakarta', '55284'], ['Jl. Gatot Subroto', 'Sei Sikambing B', 'Medan Sunggal', 'Kota Medan', 'Sumatera Utara', '20122'],
  ['Jl. Sudirman', 'Sukajadi', 'Sukajadi', 'Kota Pekanbaru', 'Riau', '28122'], ['Jl. Perintis Kemerdekaan', 'Tamalanrea', 'Tamalanrea', 'Kota Makassar', 'Sulawesi Selatan', '90245'], ['Jl. Soekarno Hatta', 'Jatisari', 'Buahbatu', 'Kota Bandung', 'Jawa Barat', '40286']]
const idp = (c) => once(`id|${c.id}|${c.first}`, () => {
  const r = seeded(c, 'id'), female = r() < 0.85, first = v.pick(r, female ? ID_F : ID_M), last = v.pick(r, ID_LAST), pl = v.pick(r, ID_PL)
  return { female, name: r() < 0.2 ? first : `${first} ${last}`, first, last, pl, street: `${pl[0]} No.${v.int(r, 1, 250)}${r() < 0.4 ? `, RT ${pad(v.int(r, 1, 12), 3)}/RW ${pad(v.int(r, 1, 9), 3)}` : ''}`,
    phone: `08${v.pick(r, ['12', '13', '21', '22', '52', '57', '77', '78', '95', '96'])}${v.digits(r, v.int(r, 7, 8))}`,
    mail: `${v.slug(first)}${v.slug(last).slice(0, 5)}${v.int(r, 1, 99)}@${v.pick(r, ['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.co.id', 'yahoo.com'])}` }
})
// [item, price IDR, weight kg]
const NX_ITEM = [['Pashmina Ceruty Babydoll - Dusty Pink', 65000, 0.2], ['Gamis Katun Rayon Motif Bunga - L', 189000, 0.5], ['Bergo Instan Jersey - Hitam', 45000, 0.15], ['Khimar Syari 2 Layer - Navy', 125000, 0.4],
  ['Paket 3 Segi Empat Voal Motif', 150000, 0.3], ['Tunik Linen Oversize - Sage', 159000, 0.4], ['Inner Ninja Rajut - Mix Warna (3 pcs)', 60000, 0.15], ['Mukena Travel Parasut - Mocca', 175000, 0.5]]
const nxIt = (o) => row(NX_ITEM, n(o) % 8)
const nxQty = (o) => 1 + (n(o) % 4 === 0 ? 1 : 0)
const nxVal = (o) => nxIt(o)[1] * nxQty(o)
const nxCOD = (o) => n(o) % 3 !== 0
const nxFee = (c, o) => (idp(c).pl[4] === 'Jawa Barat' ? 9000 : ['DKI Jakarta', 'Jawa Tengah', 'DI Yogyakarta', 'Jawa Timur'].includes(idp(c).pl[4]) ? 12000 : 28000) * Math.max(1, Math.ceil(nxIt(o)[2] * nxQty(o)))
const nxSt = (o) => row(['Terkirim', 'Terkirim', 'Dalam Perjalanan', 'Terkirim', 'Menunggu Penjemputan', 'Terkirim', 'Dikembalikan ke Pengirim', 'Dibatalkan', 'Terkirim'], (n(o) >> 1) % 9)
const nxAt = (o) => biz(Date.UTC(2025, 2, 3), n(o) * 17, 75, 8, 21, 7)
const wibDT = (ms) => { const p = ict(ms); return `${ymd(p)} ${hm(p)}` }
const SET_NX = { name: 'ninja-xpress-pengiriman-hijab-id', product: 'Ninja Xpress (Ninja Dashboard > Pesanan > Semua Pesanan > Ekspor CSV, one row per paket, Indonesian UI, a Bandung hijab and modest-fashion shop selling on Instagram, WhatsApp and its website, many COD parcels, Asia/Jakarta, IDR)', family: 'shipping', language: 'id', schema: E, cols: [
  ['Nomor Pelacakan', (c, o) => `NLIDAP${v.digits(oseed(o, 'nx'), 9)}`, ['commerce.shipping.trackingNumber', '_id']],
  ['Nomor Referensi Pesanan', (c, o) => `HJB-${pad(3100 + (n(o) * 7) % 6000, 5)}`, [OR('purchaseID')]],
  ['Tanggal Dibuat', (c, o) => wibDT(nxAt(o)), ['timestamp', OR('createdDate')]],
  ['Status', (c, o) => nxSt(o), [], opt],
  ['Jenis Layanan', (c, o) => (idp(c).pl[3] === 'Kota Bandung' && n(o) % 3 === 1 ? 'Sameday' : 'Standard'), ['commerce.shipping.shippingMethod']],
  ['Nama Penerima', (c) => idp(c).name, []],
  ['No. Telepon Penerima', (c) => idp(c).phone, PHONE_ID],
  ['Email Penerima', (c, o) => (n(o) % 3 === 2 ? idp(c).mail : ''), EMAIL_ID],
  ['Alamat Penerima', (c) => idp(c).street, [SHIP('street1')]],
  ['Kelurahan', (c) => idp(c).pl[1], [SHIP('street2')], opt],
  ['Kecamatan', (c) => idp(c).pl[2], [SHIP('street3'), SHIP('region')], opt],
  ['Kota/Kabupaten', (c) => idp(c).pl[3], [SHIP('city')]],
  ['Provinsi', (c) => idp(c).pl[4], STATE(['commerce.shipping.address'])],
  ['Kode Pos', (c) => idp(c).pl[5], [SHIP('postalCode')]],
  ['Deskripsi Barang', (c, o) => nxIt(o)[0], [PL('name')]],
  ['Jumlah Barang', (c, o) => String(nxQty(o)), [PL('quantity')]],
  ['Berat (kg)', (c, o) => String(Math.round(nxIt(o)[2] * nxQty(o) * 100) / 100), []],
  ['Nilai Barang', (c, o) => String(nxVal(o)), [OR('priceTotal')], opt],
  ['Nilai COD', (c, o) => (nxCOD(o) ? String(nxVal(o) + nxFee(c, o)) : '0'), [OR('payments[0].paymentAmount')], opt],
  ['Ongkos Kirim', (c, o) => String(nxFee(c, o)), ['commerce.shipping.shippingAmount']],
  ['Biaya COD', (c, o) => (nxCOD(o) ? String(Math.round((nxVal(o) + nxFee(c, o)) * 0.03)) : '0'), []],
  ['Instruksi Pengiriman', (c, o) => row(['', 'Titip satpam jika tidak ada orang', '', 'Telepon dulu sebelum antar', '', 'Rumah pagar hijau'], n(o) % 6), []],
  ['Tanggal Penjemputan', (c, o) => (['Menunggu Penjemputan', 'Dibatalkan'].includes(nxSt(o)) ? '' : wibDT(nxAt(o) + (20 + n(o) % 5) * 3600000)), ['commerce.shipping.shipDate'], opt],
  ['Tanggal Terkirim', (c, o) => (nxSt(o) === 'Terkirim' ? wibDT(nxAt(o) + (2 + n(o) % 3) * day) : ''), []],
] }

// ---------------------------------------------------------------- 6. 썬더메일 address-book export (KR, ko, P)
// a Seoul Pilates and yoga studio with three branches; its member newsletter list, with the studio's own custom fields
const KR_LAST = [['김', 'kim'], ['이', 'lee'], ['박', 'park'], ['최', 'choi'], ['정', 'jung'], ['강', 'kang'], ['조', 'cho'], ['윤', 'yoon'], ['장', 'jang'], ['임', 'lim']]
const KR_F = [['민지', 'minji'], ['서연', 'seoyeon'], ['지은', 'jieun'], ['수빈', 'subin'], ['예은', 'yeeun'], ['하은', 'haeun'], ['유진', 'yujin'], ['지현', 'jihyun'], ['소영', 'soyoung'], ['은비', 'eunbi']]
const KR_M = [['민준', 'minjun'], ['서준', 'seojun'], ['도윤', 'doyun'], ['지훈', 'jihoon'], ['현우', 'hyunwoo'], ['준호', 'junho']]
const KR_PL = [['서울특별시 강남구 테헤란로', '06236'], ['서울특별시 마포구 월드컵북로', '03997'], ['서울특별시 송파구 올림픽로', '05551'], ['서울특별시 성동구 왕십리로', '04766'], ['경기도 성남시 분당구 판교역로', '13494'],
  ['서울특별시 서초구 반포대로', '06591'], ['경기도 고양시 일산동구 중앙로', '10403'], ['서울특별시 영등포구 여의대로', '07336'], ['서울특별시 용산구 한강대로', '04376']]
const kr = (c) => once(`kr|${c.id}|${c.first}`, () => {
  const r = seeded(c, 'kr'), female = r() < 0.8, l = v.pick(r, KR_LAST), f = v.pick(r, female ? KR_F : KR_M), pl = v.pick(r, KR_PL)
  return { female, name: `${l[0]}${f[0]}`, pl, addr: `${pl[0]} ${v.int(r, 1, 420)}${r() < 0.6 ? `, ${v.int(r, 101, 115)}동 ${v.int(r, 2, 25)}${pad(v.int(r, 1, 4))}호` : ''}`,
    mobile: `010-${v.digits(r, 4)}-${v.digits(r, 4)}`, mail: `${f[1]}${l[1]}${r() < 0.6 ? v.int(r, 1, 999) : ''}@${v.pick(r, ['naver.com', 'naver.com', 'gmail.com', 'daum.net', 'hanmail.net', 'kakao.com'])}`,
    birth: Date.UTC(1970, 0, 1) + Math.floor(r() * 35 * 365) * day, k: v.int(r, 0, 99999) }
})
const tmSt = (c) => (n(c) % 9 === 4 ? '수신거부' : n(c) % 13 === 7 ? '반송' : '정상')
const tmReg = (c) => biz(Date.UTC(2021, 2, 1), n(c) * 7, 1400, 7, 23, 9)
const krDT = (ms) => { const p = kst(ms); return `${ymd(p)} ${hms(p)}` }
const SET_TM = { name: 'thundermail-address-book-pilates-kr', product: '썬더메일 / Thundermail (주소록 > 그룹 선택 > 주소록 내보내기 (엑셀), one row per 수신자 with the studio\'s custom fields, Korean UI, a three-branch Seoul Pilates and yoga studio\'s member newsletter list, Asia/Seoul)', family: 'email-marketing', language: 'ko', schema: P, cols: [
  ['이메일', (c) => kr(c).mail, ['personalEmail.address']],
  ['이름', (c) => kr(c).name, ['person.name.fullName']],
  ['휴대폰', (c) => (n(c) % 8 === 5 ? '' : kr(c).mobile), ['mobilePhone.number']],
  ['그룹', (c) => row(['정회원', '정회원', '체험회원', '휴면회원', '정회원'], n(c) % 5), []],
  ['상태', (c) => tmSt(c), ['personalEmail.status'], opt],
  ['수신거부일', (c) => (tmSt(c) === '수신거부' ? krDT(tmReg(c) + (40 + n(c) % 300) * day) : ''), [], opt],
  ['등록일', (c) => krDT(tmReg(c)), [], opt],
  ['최근발송일', (c) => krDT(Date.UTC(2025, 4, 2) + (n(c) % 3) * 7 * day + 3600000), []],
  ['최근오픈일', (c) => (tmSt(c) === '정상' && n(c) % 3 !== 0 ? krDT(Date.UTC(2025, 4, 2) + (n(c) % 3) * 7 * day + (5 + n(c) % 40) * 3600000) : ''), []],
  ['오픈수', (c) => String(tmSt(c) === '정상' ? (n(c) * 7) % 38 : 0), []],
  ['클릭수', (c) => String(tmSt(c) === '정상' ? (n(c) * 3) % 11 : 0), []],
  ['회원번호', (c) => `M${pad(10000 + kr(c).k % 80000, 5)}`, ['personID', '_id', 'loyalty.loyaltyID[0]'], opt],
  ['성별', (c) => (kr(c).female ? '여' : '남'), ['person.gender']],
  ['생년월일', (c) => (n(c) % 5 === 2 ? '' : ymd(shift(kr(c).birth, 0))), ['person.birthDate']],
  ['지점', (c) => row(['강남점', '판교점', '마포점'], n(c) % 3), []],
  ['이용권', (c) => row(['그룹 필라테스 30회', '1:1 PT 20회', '요가 무제한 3개월', '그룹 필라테스 10회', '체험 1회'], n(c) % 5), []],
  ['이용권 만료일', (c) => ymd(kst(Date.UTC(2025, 5, 1) + ((n(c) * 13) % 200) * day)), []],
  ['주소', (c) => (n(c) % 4 === 1 ? kr(c).addr : ''), HOMES('street1')],
  ['우편번호', (c) => (n(c) % 4 === 1 ? kr(c).pl[1] : ''), HOMES('postalCode')],
  ['광고성 정보 수신동의', (c) => (tmSt(c) === '수신거부' ? 'N' : 'Y'), []],
] }

// ---------------------------------------------------------------- 7. 网易七鱼 customer export (CN, zh, P)
// a Hangzhou smart-home appliance brand (robot vacuums, air purifiers, smart locks); the after-sales service desk's
// customer list, identified by the brand's own member ID from its app and WeChat mini-program
const CN_LAST = [['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['刘', 'liu'], ['陈', 'chen'], ['杨', 'yang'], ['赵', 'zhao'], ['黄', 'huang'], ['周', 'zhou'], ['吴', 'wu'], ['徐', 'xu'], ['孙', 'sun']]
const CN_GIVEN = [['伟', 'wei', 0], ['芳', 'fang', 1], ['娜', 'na', 1], ['敏', 'min', 1], ['静', 'jing', 1], ['磊', 'lei', 0], ['强', 'qiang', 0], ['洋', 'yang', 0], ['婷婷', 'tingting', 1], ['晓明', 'xiaoming', 0], ['子涵', 'zihan', 1], ['浩然', 'haoran', 0], ['思远', 'siyuan', 0], ['雨欣', 'yuxin', 1]]
// [province, city, district and street]
const CN_PL = [['浙江省', '杭州市', '西湖区文三路'], ['上海市', '上海市', '浦东新区张杨路'], ['北京市', '北京市', '朝阳区建国路'], ['广东省', '深圳市', '南山区科技园南路'], ['广东省', '广州市', '天河区天河路'], ['江苏省', '南京市', '鼓楼区中山路'],
  ['四川省', '成都市', '武侯区天府大道'], ['湖北省', '武汉市', '洪山区珞喻路'], ['江苏省', '苏州市', '工业园区星湖街'], ['山东省', '青岛市', '市南区香港中路'], ['浙江省', '宁波市', '鄞州区天童南路']]
const cn = (c) => once(`cn|${c.id}|${c.first}`, () => {
  const r = seeded(c, 'cn'), l = v.pick(r, CN_LAST), g = v.pick(r, CN_GIVEN), pl = v.pick(r, CN_PL)
  return { female: !!g[2], name: `${l[0]}${g[0]}`, l, g, pl, addr: `${pl[2]}${v.int(r, 1, 999)}号${r() < 0.7 ? `${v.int(r, 1, 30)}幢${v.int(r, 1, 4)}单元${v.int(r, 1, 32)}${pad(v.int(r, 1, 4))}室` : ''}`,
    mobile: `1${v.pick(r, ['38', '39', '35', '50', '58', '86', '88', '77', '33', '89'])}${v.digits(r, 8)}`,
    mail: r() < 0.5 ? `${v.int(r, 100000000, 2999999999)}@qq.com` : `${g[1]}${l[1]}${v.int(r, 1, 99)}@${v.pick(r, ['163.com', '126.com', 'sina.com', 'outlook.com'])}`,
    birth: Date.UTC(1965, 0, 1) + Math.floor(r() * 38 * 365) * day, k: v.int(r, 0, 9999999) }
})
const qyFirst = (c) => biz(Date.UTC(2022, 8, 1), n(c) * 7, 900, 8, 23, 8)
const qyLast = (c) => Math.max(qyFirst(c) + 3 * day, biz(Date.UTC(2025, 2, 1), n(c) * 13, 90, 8, 23, 8))
const cnDT = (ms) => { const p = cst(ms); return `${ymd(p)} ${hms(p)}` }
const SET_QY = { name: 'qiyu-kehu-smart-home-cn', product: '网易七鱼 / NetEase Qiyu (客户中心 > 客户列表 > 导出, one row per 客户, Simplified Chinese UI, a Hangzhou smart-home appliance brand\'s after-sales service desk serving app, WeChat and web customers, Asia/Shanghai)', family: 'support', language: 'zh', schema: P, cols: [
  ['用户ID', (c) => `U${pad(cn(c).k, 9)}`, ['personID', '_id']],
  ['姓名', (c) => cn(c).name, ['person.name.fullName']],
  ['手机', (c) => (n(c) % 9 === 4 ? '' : cn(c).mobile), ['mobilePhone.number']],
  ['邮箱', (c) => (n(c) % 3 === 0 ? cn(c).mail : ''), ['personalEmail.address']],
  ['性别', (c) => (n(c) % 7 === 5 ? '未知' : cn(c).female ? '女' : '男'), ['person.gender']],
  ['生日', (c) => (n(c) % 4 === 1 ? ymd(shift(cn(c).birth, 0)) : ''), ['person.birthDate']],
  ['VIP等级', (c) => row(['普通', 'VIP1', '普通', 'VIP2', 'VIP3', '普通'], n(c) % 6), ['loyalty.tier'], opt],
  ['省份', (c) => cn(c).pl[0], STATE(HOME)],
  ['城市', (c) => cn(c).pl[1], HOMES('city')],
  ['详细地址', (c) => (n(c) % 3 === 2 ? '' : cn(c).addr), HOMES('street1')],
  ['来源渠道', (c) => row(['微信公众号', 'APP', '微信小程序', '网页', 'APP', '天猫旗舰店'], n(c) % 6), []],
  ['已购产品', (c) => row(['扫地机器人 X20 Pro', '空气净化器 A7', '智能门锁 S3', '扫地机器人 X20 Pro; 智能门锁 S3', '加湿器 H2', '无线吸尘器 V9'], (n(c) >> 1) % 6), []],
  ['客户标签', (c) => row(['', '售后维修', '高意向复购', '投诉', '', '以旧换新', ''], n(c) % 7), []],
  ['首次咨询时间', (c) => cnDT(qyFirst(c)), [], opt],
  ['最近咨询时间', (c) => cnDT(qyLast(c)), []],
  ['咨询次数', (c) => String(1 + (n(c) * 7) % 23), []],
  ['工单数', (c) => String((n(c) * 3) % 6), []],
  ['最近接待客服', (c) => row(['小七-李娜', '小七-周敏', '售后-王磊', '小七-陈静'], n(c) % 4), []],
  ['备注', (c) => row(['', '', '门锁电池仓问题，已换新', '', '要求上门安装', '', ''], (n(c) >> 2) % 7), []],
  ['创建时间', (c) => cnDT(qyFirst(c) - (1 + n(c) % 5) * 60000), [], opt],
] }

// ---------------------------------------------------------------- 8. Plato Medical patient list (SG, en, P)
// a family GP clinic in Tampines on CHAS and Healthier SG; one row per patient
// [full name, female, race-based title pool]
const SG_NAMES = [['Tan Wei Ming', 0], ['Lim Hui Min', 1], ['Nur Aisyah binte Ahmad', 1], ['Muhammad Faiz bin Rahman', 0], ['Priya d/o Rajan', 1], ['Ravi s/o Subramaniam', 0], ['Goh Siew Lan', 1], ['Ng Kok Wai', 0],
  ['Chua Li Ting', 1], ['Siti Nurhaliza binte Osman', 1], ['Ong Boon Huat', 0], ['Koh Mei Ling', 1], ['Lee Jun Jie', 0], ['Teo Soo Hwa', 1], ['Abdul Karim bin Yusof', 0], ['Kavitha d/o Muthu', 1], ['Wong Jia Hui', 1], ['Yeo Chee Keong', 0]]
const SG_ST = [['Tampines Street 11', '52'], ['Tampines Avenue 4', '52'], ['Tampines Street 81', '52'], ['Simei Street 1', '52'], ['Pasir Ris Drive 6', '51'], ['Bedok North Road', '46'], ['Tampines Street 45', '52'], ['Tampines North Drive 1', '52']]
const sg = (c) => once(`sg|${c.id}|${c.first}`, () => {
  const r = seeded(c, 'sg'), nm = v.pick(r, SG_NAMES), st = v.pick(r, SG_ST), blk = v.int(r, 101, 899)
  return { name: nm[0], female: !!nm[1], addr: `Blk ${blk} ${st[0]}`, unit: `#${pad(v.int(r, 2, 16))}-${v.int(r, 10, 480)}`, postal: `${st[1]}${pad(blk, 4)}`,
    mobile: `+65 ${v.pick(r, ['8', '9'])}${v.digits(r, 3)} ${v.digits(r, 4)}`, home: `6${v.pick(r, ['78', '58', '24', '44'])}${v.digits(r, 1)} ${v.digits(r, 4)}`,
    mail: `${v.slug(nm[0].split(' ')[0])}${v.slug(nm[0].split(' ').slice(-1)[0])}${v.int(r, 1, 99)}@${v.pick(r, ['gmail.com', 'gmail.com', 'hotmail.com', 'yahoo.com.sg', 'singnet.com.sg'])}`,
    birth: Date.UTC(1940, 0, 1) + Math.floor(r() * 80 * 365) * day, nric: `${v.pick(r, ['S', 'S', 'T', 'S'])}${v.digits(r, 7)}${UP(r, 1, 'ABCDEFGHIZJ')}` }
})
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const sgD = (ms) => { const p = shift(ms, 8); return `${pad(p.d)} ${MON[p.m - 1]} ${p.y}` }
const plAge = (c) => 2025 - new Date(sg(c).birth).getUTCFullYear()
const plTitle = (c) => (sg(c).female ? (plAge(c) > 45 ? 'Mdm' : 'Ms') : 'Mr')
const SET_PL = { name: 'plato-patients-gp-clinic-sg', product: 'Plato Medical (Patients > Patient List > Export to Excel, one row per patient, English UI, a Tampines family GP clinic on CHAS and Healthier SG, Asia/Singapore, SGD)', family: 'healthcare', language: 'en', schema: P, cols: [
  ['Given ID', (c) => `TF${pad(2000 + (n(c) * 37) % 40000, 6)}`, ID],
  ['Title', (c) => plTitle(c), ['person.name.courtesyTitle']],
  ['Name', (c) => sg(c).name, ['person.name.fullName']],
  ['NRIC/FIN', (c) => sg(c).nric, [], opt],
  ['Date of Birth', (c) => sgD(sg(c).birth), ['person.birthDate']],
  ['Sex', (c) => (sg(c).female ? 'Female' : 'Male'), ['person.gender']],
  ['Nationality', (c) => row(['Singapore Citizen', 'Singapore Citizen', 'Singapore PR', 'Singapore Citizen', 'Malaysian', 'Singapore Citizen'], n(c) % 6), ['person.nationality'], opt],
  ['Marital Status', (c) => (plAge(c) < 25 ? 'Single' : row(['Married', 'Single', 'Married', 'Widowed', 'Married'], n(c) % 5)), ['person.maritalStatus']],
  ['Telephone', (c) => sg(c).mobile, ['mobilePhone.number']],
  ['Telephone 2', (c) => (n(c) % 3 === 0 ? sg(c).home : ''), ['homePhone.number']],
  ['Email', (c) => (n(c) % 5 === 3 ? '' : sg(c).mail), ['personalEmail.address']],
  ['Address', (c) => sg(c).addr, HOMES('street1')],
  ['Unit No', (c) => sg(c).unit, HOMES('street2')],
  ['Postal Code', (c) => sg(c).postal, HOMES('postalCode')],
  ['Occupation', (c) => (plAge(c) > 66 ? 'Retired' : plAge(c) < 24 ? 'Student' : row(['Teacher', 'Engineer', 'Accountant', 'Admin Executive', 'Self-employed', 'Nurse', 'Driver'], n(c) % 7)), []],
  ['Drug Allergies', (c) => row(['NKDA', 'NKDA', 'Penicillin', 'NKDA', 'NSAIDs', 'NKDA', 'Sulfonamides'], n(c) % 7), []],
  ['Alerts', (c) => row(['', 'G6PD deficient', '', 'Diabetic', '', 'Hypertension', ''], (n(c) >> 1) % 7), []],
  ['CHAS', (c) => (plAge(c) > 66 ? row(['Pioneer', 'Merdeka'], n(c) % 2) : row(['Blue', 'Orange', 'Green', '', 'Blue'], n(c) % 5)), []],
  ['Healthier SG Enrolled', (c) => (plAge(c) >= 40 && n(c) % 3 !== 0 ? 'Yes' : 'No'), []],
  ['Corporate / Panel', (c) => row(['', '', 'Fullerton Health', '', 'IHP', 'AIA', ''], n(c) % 7), [], opt],
  ['Next of Kin', (c) => (n(c) % 4 === 0 ? `${row(['Tan Ah Kow', 'Siti binte Ali', 'Lim Mei Hua', 'Ravi Kumar'], n(c) % 4)} (${row(['Spouse', 'Daughter', 'Son', 'Parent'], (n(c) >> 2) % 4)}) +65 9${pad((n(c) * 7919) % 10000000, 7).replace(/^(\d{3})/, '$1 ')}` : ''), []],
  ['Do Not Disturb', (c) => (n(c) % 11 === 0 ? 'Yes' : 'No'), [], opt],
  ['Last Visit', (c) => sgD(Date.UTC(2024, 9, 1) + ((n(c) * 131) % 220) * day), []],
  ['Created On', (c) => sgD(Date.UTC(2016, 2, 1) + ((n(c) * 7919) % 3200) * day), [], opt],
] }

// ---------------------------------------------------------------- 9. EventX attendee export (HK, en, B)
// a two-day fintech and wealth-tech summit at the Hong Kong Convention and Exhibition Centre: delegates from banks,
// insurers, asset managers and start-ups, plus speakers, sponsors and media
const HK_NAMES = [['Karen', 'Wong', 1], ['Jason', 'Chan', 0], ['Michelle', 'Lau', 1], ['Kelvin', 'Cheung', 0], ['Winnie', 'Leung', 1], ['Raymond', 'Ho', 0], ['Cindy', 'Ng', 1], ['Terence', 'Tsang', 0], ['Vivian', 'Lam', 1], ['Eric', 'Yip', 0],
  ['Priscilla', 'Mak', 1], ['Alan', 'Chow', 0], ['Sharon', 'Kwok', 1], ['Dennis', 'Lee', 0], ['Hannah', 'Schmidt', 1], ['Rahul', 'Mehta', 0], ['Akiko', 'Tanaka', 1], ['Oliver', 'Grant', 0]]
// [company, domain, country/region, industry]
const EX_CO = [['Harbourview Bank (Hong Kong) Limited', 'harbourviewbank.com.hk', 'Hong Kong SAR', 'Banking'], ['Jade Peak Asset Management', 'jadepeak-am.com', 'Hong Kong SAR', 'Asset Management'], ['Pearl River Life Assurance', 'pearlriverlife.com.hk', 'Hong Kong SAR', 'Insurance'],
  ['Victoria Pay Limited', 'victoriapay.hk', 'Hong Kong SAR', 'Payments'], ['Kowloon Digital Securities', 'kdsec.com.hk', 'Hong Kong SAR', 'Brokerage'], ['Lion City Wealth Pte. Ltd.', 'lioncitywealth.sg', 'Singapore', 'Wealth Management'],
  ['Shenzhen Qianhai RegTech Co., Ltd.', 'qhregtech.cn', 'Mainland China', 'RegTech'], ['Nihon Fintech Partners K.K.', 'nihonfintech.jp', 'Japan', 'Venture Capital'], ['Cyberport Incubatee - LedgerLoop', 'ledgerloop.io', 'Hong Kong SAR', 'Blockchain'], ['Big Four Advisory (HK)', 'bigfouradvisory.com.hk', 'Hong Kong SAR', 'Professional Services']]
const EX_JOB = [['Head of Digital Transformation', 'Technology'], ['Chief Compliance Officer', 'Compliance'], ['Vice President, Wealth Products', 'Product'], ['Senior Software Engineer', 'Technology'], ['Managing Director', 'Management'], ['Data Scientist', 'Analytics'], ['Partner', 'Advisory'], ['Marketing Manager', 'Marketing'], ['Founder & CEO', 'Management'], ['Risk Manager', 'Risk']]
const EX_TIX = [['Early Bird Delegate Pass', 2880], ['Delegate Pass', 3880], ['Delegate Pass', 3880], ['Start-up Pass', 980], ['Speaker Pass', 0], ['Sponsor Pass', 0], ['Media Pass', 0], ['VIP Pass', 6880]]
const exP = (c) => once(`hk|${c.id}|${c.first}`, () => { const r = seeded(c, 'hk'); const nm = v.pick(r, HK_NAMES); return { first: nm[0], last: nm[1], female: !!nm[2], mobile: `+852 ${v.pick(r, ['5', '6', '9'])}${v.digits(r, 3)} ${v.digits(r, 4)}` } })
const exCo = (c) => row(EX_CO, n(c) % 10)
const exT = (c) => row(EX_TIX, (n(c) >> 1) % 8)
const exType = (c) => (exT(c)[0].startsWith('Speaker') ? 'Speaker' : exT(c)[0].startsWith('Sponsor') ? 'Sponsor' : exT(c)[0].startsWith('Media') ? 'Media' : 'Delegate')
const exAt = (c) => biz(Date.UTC(2025, 6, 1), n(c) * 7, 95, 8, 24, 8)
const hkDT = (ms) => { const p = shift(ms, 8); return `${ymd(p)} ${hm(p)}` }
const SET_EX = { name: 'eventx-attendees-fintech-summit-hk', product: 'EventX (Event dashboard > Attendees > Export (Excel), one row per registered attendee, English UI, a two-day fintech and wealth-tech summit at the Hong Kong Convention and Exhibition Centre, Asia/Hong_Kong, HKD)', family: 'events', language: 'en', schema: B, cols: [
  ['Attendee ID', (c) => `ATT-${pad(100000 + (n(c) * 37) % 800000, 6)}`, B2BID],
  ['Order ID', (c) => `ORD-${pad(50000 + (n(c) * 13) % 400000, 6)}`, []],
  ['Registration Time', (c) => hkDT(exAt(c)), ['extSourceSystemAudit.createdDate'], opt],
  ['Salutation', (c) => (n(c) % 9 === 4 ? 'Dr.' : exP(c).female ? row(['Ms.', 'Mrs.', 'Ms.'], n(c) % 3) : 'Mr.'), ['person.name.courtesyTitle']],
  ['First Name', (c) => exP(c).first, ['person.name.firstName']],
  ['Last Name', (c) => exP(c).last, ['person.name.lastName']],
  ['Email', (c) => `${v.slug(exP(c).first)}.${v.slug(exP(c).last)}@${exCo(c)[1]}`, WE],
  ['Mobile Number', (c) => exP(c).mobile, ['mobilePhone.number', 'workPhone.number']],
  ['Company Name', (c) => exCo(c)[0], CO],
  ['Job Title', (c) => row(EX_JOB, n(c) % 10)[0], ['extendedWorkDetails.jobTitle']],
  ['Department', (c) => row(EX_JOB, n(c) % 10)[1], ['extendedWorkDetails.departments[0]']],
  ['Industry', (c) => exCo(c)[3], []],
  ['Company Size', (c) => row(['1-50', '1,001-5,000', '5,000+', '51-200', '201-1,000'], n(c) % 5), []],
  ['Country / Region', (c) => exCo(c)[2], [W('country')]],
  ['Ticket Type', (c) => exT(c)[0], []],
  ['Ticket Price (HKD)', (c) => thou(exT(c)[1], ',', '.'), []],
  ['Promo Code', (c) => (exT(c)[1] > 0 && n(c) % 5 === 1 ? 'FINTECH25' : ''), []],
  ['Attendee Type', (c) => exType(c), ['b2b.personType'], opt],
  ['Check-in Status', (c) => (n(c) % 6 === 0 ? 'Not Checked In' : 'Checked In'), []],
  ['Check-in Time', (c) => (n(c) % 6 === 0 ? '' : hkDT(Date.UTC(2025, 9, 28, 0, 30) + (n(c) % 2) * day + ((n(c) * 53) % 240) * 60000)), []],
  ['Interested Topics', (c) => row(['Digital Assets; RegTech', 'AI in Wealth Management', 'Payments; Open Banking', 'ESG Investing', 'Cybersecurity; RegTech'], n(c) % 5), []],
  ['I agree to receive updates from the organiser and sponsors', (c) => (n(c) % 4 === 0 ? 'No' : 'Yes'), OPTIN, opt],
] }

// ---------------------------------------------------------------- 10. 致趣百川 lead export (CN, zh, B)
// a Shanghai industrial-IoT software vendor (equipment monitoring, predictive maintenance); leads from webinars,
// trade shows, white-paper downloads and its WeChat official account
// [company, domain, province, city, industry, size]
const BS_CO = [['上海汇川精密机械有限公司', 'hcjm.com.cn', '上海市', '上海市', '装备制造', '500-999人'], ['苏州恒瑞电子科技有限公司', 'hengruidz.com', '江苏省', '苏州市', '电子制造', '1000-4999人'], ['宁波东海注塑集团', 'donghaizs.com', '浙江省', '宁波市', '汽车零部件', '1000-4999人'],
  ['杭州新澜能源科技有限公司', 'xinlan-energy.com', '浙江省', '杭州市', '新能源', '100-499人'], ['无锡华晟纺织股份有限公司', 'huashengtex.cn', '江苏省', '无锡市', '纺织', '500-999人'], ['合肥智联家电有限公司', 'zljd-hf.com', '安徽省', '合肥市', '家电制造', '5000人以上'],
  ['青岛海港物流装备有限公司', 'hgwlzb.com', '山东省', '青岛市', '物流装备', '100-499人'], ['东莞鼎盛五金制品厂', 'dsjinshu.com', '广东省', '东莞市', '金属加工', '100-499人']]
const BS_JOB = [['设备部经理', '设备部'], ['IT总监', '信息部'], ['生产副总', '生产部'], ['数字化转型负责人', '数字化中心'], ['工艺工程师', '工艺部'], ['采购经理', '采购部'], ['厂长', '生产部'], ['维修主管', '设备部']]
const BS_SRC = [['线上直播', '《预测性维护如何降低30%停机时间》直播'], ['展会', '2025 工博会(CIIF)展位'], ['内容下载', '《离散制造设备联网白皮书》'], ['公众号', '公众号菜单-预约演示'], ['官网表单', '官网-申请试用'], ['线上直播', '《注塑车间数字化实战》直播']]
const bsCo = (c) => row(BS_CO, n(c) % 8)
const bsJob = (c) => row(BS_JOB, (n(c) >> 1) % 8)
const bsSrc = (c) => row(BS_SRC, n(c) % 6)
const bsScore = (c) => 5 + (n(c) * 17) % 120
const bsSt = (c) => (bsScore(c) >= 90 ? row(['SQL', '已转商机'], n(c) % 2) : bsScore(c) >= 60 ? 'MQL' : n(c) % 9 === 0 ? '无效线索' : '培育中')
const bsAt = (c) => biz(Date.UTC(2024, 8, 1), n(c) * 7, 270, 8, 22, 8)
const SET_BS = { name: 'beschannels-xiansuo-industrial-iot-cn', product: '致趣百川 / Beschannels (线索管理 > 全部线索 > 导出, one row per 线索, Simplified Chinese UI, a Shanghai industrial-IoT software vendor\'s leads from webinars, trade shows, white papers and its WeChat official account, Asia/Shanghai)', family: 'b2b', language: 'zh', schema: B, cols: [
  ['线索ID', (c) => String(80000000 + (n(c) * 7919) % 9000000), B2BID],
  ['姓名', (c) => cn(c).name, ['person.name.fullName']],
  ['手机号', (c) => cn(c).mobile, ['mobilePhone.number', 'workPhone.number']],
  ['邮箱', (c) => (n(c) % 4 === 3 ? cn(c).mail : `${cn(c).l[1]}${cn(c).g[1]}@${bsCo(c)[1]}`), WE],
  ['公司名称', (c) => bsCo(c)[0], CO],
  ['职位', (c) => bsJob(c)[0], ['extendedWorkDetails.jobTitle']],
  ['部门', (c) => bsJob(c)[1], ['extendedWorkDetails.departments[0]']],
  ['行业', (c) => bsCo(c)[4], []],
  ['公司规模', (c) => bsCo(c)[5], []],
  ['省份', (c) => bsCo(c)[2], STATE(['workAddress'])],
  ['城市', (c) => bsCo(c)[3], [W('city')]],
  ['固定电话', (c) => (n(c) % 3 === 0 ? `0${row(['21', '512', '574', '571', '510', '551', '532', '769'], n(c) % 8)}-${pad(60000000 + (n(c) * 7919) % 9000000, 8)}` : ''), ['workPhone.number']],
  ['线索来源', (c) => bsSrc(c)[0], ['b2b.personSource'], opt],
  ['来源活动', (c) => bsSrc(c)[1], [], opt],
  ['线索状态', (c) => bsSt(c), ['b2b.personStatus'], opt],
  ['线索评分', (c) => String(bsScore(c)), ['b2b.personScore']],
  ['微信昵称', (c) => (n(c) % 2 === 0 ? row(['老李', 'Sunny', '设备人', 'Leo', '一帆风顺', 'Cathy_Z'], n(c) % 6) : ''), []],
  ['是否关注公众号', (c) => (n(c) % 2 === 0 ? '是' : '否'), []],
  ['所属销售', (c) => row(['陈志强', '孙晓燕', '赵磊'], n(c) % 3), []],
  ['创建时间', (c) => cnDT(bsAt(c)), ['extSourceSystemAudit.createdDate'], opt],
  ['最近活跃时间', (c) => cnDT(bsAt(c) + (1 + (n(c) * 3) % 120) * day + 3600000 * (n(c) % 9)), ['extSourceSystemAudit.lastActivityDate'], opt],
] }

export const SETS = [SET_YB, SET_GH, SET_BC, SET_TJ, SET_NX, SET_TM, SET_QY, SET_PL, SET_EX, SET_BS]
