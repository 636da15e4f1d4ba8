// Round 81, tune173: a blind tune half written by a helper that never opened the suggester, its tests, the scorer or
// a score. Same format as sets.mjs (sources in ../README.md). East and South-East Asia, headers in the language each
// product's UI uses there, products from utilities/telecom, insurance, real estate and property management, car rental
// and media/software subscriptions: a creator-membership platform's order export for a Shanghai audio-drama and
// podcast studio (爱发电 Afdian) (CN, zh E 1); a car-rental management system's reservation CSV for an Okinawa car
// rental firm (レンタカー侍 Rentacar Samurai) (JP, ja E 1); an RT/RW-Net ISP billing system's invoice export for a
// Klaten neighbourhood internet provider (Mixradius) (ID, id E 1); a rental-room management app's invoice list, rent
// plus metered electricity and water, for a Thủ Đức boarding house (iTro) (VN, vi E 1); a smart-community system's
// e-Billing "Payment Received" export for a Shah Alam condominium's management body (i-Neighbour) (MY, en E 1); an
// insurance-agency CRM's customer export for a Shizuoka insurance agency (hokan) (JP, ja P 1); a property portal's
// agent lead export for a Bangkok condo agency (DDproperty AgentNet) (TH, th P 1); an apartment-community app's
// resident list for a Suwon apartment complex's management office (아파트너 Aptner) (KR, ko P 1); a workplace suite's
// admin directory export for a Hangzhou property-services company (钉钉 DingTalk) (CN, zh B 1); a Vietnamese SaaS
// suite's member export for a Hanoi car dealership (Base Account / Base.vn) (VN, vi B 1). E 5, P 3, B 2.
// Sources (found with the search tool): support.rentacar-samurai.jp (a help article on 予約管理 > 貸渡予約表 and its
// 出発時メーター / 帰着時メーター / 走行距離 fields); i-neighbour.com and support.timeteccloud.com (e-Billing > Invoices >
// Payment Received listing, receipt numbers, unit account codes, occupancy status O/R/V, the 2 % card and RM1.50 FPX
// gateway charges); help.hokan.io (hokan's customer list, import mapping of 顧客 fields, 募集人 and 保険会社 codes);
// aptner.oopy.io (Aptner's admin manual: 동/호수 views, 관리비 upload); help.base.vn (Base Account member Excel template
// with username, date of birth and direct managers); a DingTalk article (dingtalk-global.com) on the admin
// 通讯录 export (姓名、手机、职称、部门、工号); quanlynhatro.com / itro.vn (iTro's invoices with electricity, water and
// service readings); an Afdian developer API summary in a public repository (order fields out_trade_no, plan, month,
// total_amount, remark, redeem id, sku detail, address person/phone/address). None of these gives the exact export column
// list: the headers, their order and the formats are the writer's knowledge of each product, Mixradius and DDproperty
// AgentNet entirely so (a short source hunt found no column list for them). A realistic subset of each export's
// columns. Nothing was copied from a real export; every value is generated.
import { E, P, B, v, PL, OR, SHIP, BILL, opt, EMAIL_ID, PHONE_ID, CUST_ID, W, HOME, at, STATE } from './sets.mjs'
import { pad, row, ymd, hm, hms, dmy, shift, thou, group, hash } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const ID = ['_id', 'personID']
const B2BID = ['_id', 'personID', 'b2b.personKey.sourceID', 'extSourceSystemAudit.externalID']
const WE = ['workEmail.address', 'personalEmail.address']
const HOMES = (leaf) => at(HOME, leaf)
const money = (x) => (Math.round(x * 100) / 100).toFixed(2)
const dots = (x) => group(x, '.')
const commas = (x) => group(x, ',')
const hx = (seed, k) => v.hex(v.rng(hash(String(seed))), k)
// an instant k days after `base` (a UTC midnight) at a local hour between h0 and h1 for a zone `off` hours from UTC
const biz = (base, k, days, h0, h1, off) => base + (k % days) * day + ((h0 - off) * 3600 + (k * 7919) % ((h1 - h0) * 3600)) * 1000
const ascii = (s) => s.replace(/[đĐ]/g, 'd').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '')

// ---------------------------------------------------------------- local people, seeded by the row's person
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}|${c.first}|${c.last}|${salt}`) ^ 0x173a5e11); r(); r(); return r }
// names as [native, reading/romanisation]
const LOC = {
  cn: { last: [['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['刘', 'liu'], ['陈', 'chen'], ['杨', 'yang'], ['黄', 'huang'], ['赵', 'zhao'], ['周', 'zhou'], ['吴', 'wu'], ['徐', 'xu'], ['孙', 'sun'], ['林', 'lin'], ['郭', 'guo']],
    m: [['伟', 'wei'], ['强', 'qiang'], ['磊', 'lei'], ['浩然', 'haoran'], ['子轩', 'zixuan'], ['俊杰', 'junjie'], ['志明', 'zhiming'], ['建华', 'jianhua'], ['宇航', 'yuhang'], ['博文', 'bowen']],
    f: [['芳', 'fang'], ['静', 'jing'], ['丽', 'li'], ['欣怡', 'xinyi'], ['雨桐', 'yutong'], ['梓涵', 'zihan'], ['晓燕', 'xiaoyan'], ['婷婷', 'tingting'], ['佳怡', 'jiayi'], ['思琪', 'siqi']],
    mail: ['qq.com', '163.com', '126.com', 'outlook.com', 'foxmail.com', 'sina.com'] },
  jp: { last: [['佐藤', 'サトウ', 'sato'], ['鈴木', 'スズキ', 'suzuki'], ['高橋', 'タカハシ', 'takahashi'], ['田中', 'タナカ', 'tanaka'], ['伊藤', 'イトウ', 'ito'], ['渡辺', 'ワタナベ', 'watanabe'], ['山本', 'ヤマモト', 'yamamoto'], ['中村', 'ナカムラ', 'nakamura'], ['小林', 'コバヤシ', 'kobayashi'], ['加藤', 'カトウ', 'kato'], ['望月', 'モチヅキ', 'mochizuki'], ['杉山', 'スギヤマ', 'sugiyama']],
    m: [['翔太', 'ショウタ', 'shota'], ['大輔', 'ダイスケ', 'daisuke'], ['健一', 'ケンイチ', 'kenichi'], ['拓也', 'タクヤ', 'takuya'], ['直樹', 'ナオキ', 'naoki'], ['和夫', 'カズオ', 'kazuo'], ['陽斗', 'ハルト', 'haruto'], ['誠', 'マコト', 'makoto']],
    f: [['美咲', 'ミサキ', 'misaki'], ['陽子', 'ヨウコ', 'yoko'], ['由美', 'ユミ', 'yumi'], ['彩', 'アヤ', 'aya'], ['恵子', 'ケイコ', 'keiko'], ['真由美', 'マユミ', 'mayumi'], ['結衣', 'ユイ', 'yui'], ['智子', 'トモコ', 'tomoko']],
    mail: ['gmail.com', 'gmail.com', 'yahoo.co.jp', 'docomo.ne.jp', 'ezweb.ne.jp', 'icloud.com', 'outlook.jp'] },
  id: { m: ['Budi', 'Agus', 'Eko', 'Wahyu', 'Joko', 'Teguh', 'Fajar', 'Bambang', 'Rizky', 'Hendra'],
    f: ['Sri', 'Siti', 'Rina', 'Dewi', 'Yuli', 'Ayu', 'Endah', 'Wulan', 'Nur', 'Tri'],
    last: ['Santoso', 'Wibowo', 'Susanto', 'Lestari', 'Hidayat', 'Purnomo', 'Rahayu', 'Setiawan', 'Kurniawan', 'Nugroho', 'Prasetyo', 'Wahyuni'],
    mail: ['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.co.id', 'yahoo.com'] },
  vn: { last: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Dương'],
    m: ['Văn An', 'Minh Tuấn', 'Quốc Bảo', 'Đức Huy', 'Hoàng Nam', 'Thanh Tùng', 'Văn Hải', 'Gia Khánh', 'Trọng Nhân', 'Công Danh'],
    f: ['Thị Lan', 'Ngọc Anh', 'Thu Trang', 'Minh Thư', 'Phương Linh', 'Thảo Vy', 'Thị Hồng', 'Khánh Ly', 'Bảo Ngọc', 'Mỹ Duyên'],
    mail: ['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.com', 'outlook.com'] },
  my: { m: [['Ahmad Faizal', 'bin Ismail'], ['Muhammad Hafiz', 'bin Razak'], ['Tan', 'Wei Ming'], ['Lim', 'Chee Keong'], ['Suresh', 'a/l Muthu'], ['Wong', 'Kah Hoe'], ['Mohd Azlan', 'bin Hassan'], ['Rajesh', 'a/l Krishnan']],
    f: [['Nur Aisyah', 'binti Rahman'], ['Siti Nurhaliza', 'binti Omar'], ['Lee', 'Mei Ling'], ['Chong', 'Siew Lan'], ['Priya', 'a/p Subramaniam'], ['Nurul Izzah', 'binti Ahmad'], ['Ng', 'Pei Shan'], ['Kavitha', 'a/p Rao']],
    mail: ['gmail.com', 'gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com'] },
  th: { m: [['สมชาย', 'somchai'], ['ณัฐพล', 'nattapon'], ['ธนากร', 'thanakorn'], ['กิตติพัฒน์', 'kittiphat'], ['วรวุฒิ', 'worawut'], ['ปิยะ', 'piya'], ['อนุชา', 'anucha'], ['ภานุวัฒน์', 'phanuwat']],
    f: [['ศิริพร', 'siriporn'], ['สุภาพร', 'supaporn'], ['ณัฐธิดา', 'nattida'], ['พิมพ์ชนก', 'pimchanok'], ['กมลชนก', 'kamonchanok'], ['วรรณา', 'wanna'], ['ปวีณา', 'paweena'], ['ชนิดา', 'chanida']],
    last: [['ศรีสุข', 'srisuk'], ['วงศ์สวัสดิ์', 'wongsawat'], ['แก้วมณี', 'kaewmanee'], ['จันทร์เพ็ญ', 'janpen'], ['ทองดี', 'thongdee'], ['บุญมา', 'boonma'], ['สุขสวัสดิ์', 'suksawat'], ['รัตนพันธ์', 'rattanapan'], ['ชัยมงคล', 'chaimongkol'], ['พึ่งบุญ', 'phuengboon']],
    mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.co.th', 'yahoo.com'] },
  kr: { last: ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임', '한', '오'],
    m: ['민준', '서준', '도윤', '지훈', '현우', '성민', '동현', '준호', '재원', '영수'],
    f: ['서연', '지우', '하은', '민서', '지영', '수진', '은지', '예린', '미경', '혜진'] },
}
const memo = new Map()
function mk (c, cc) {
  const L = LOC[cc], r = seeded(c, cc), female = r() < 0.5
  const sep = v.pick(r, ['.', '', '_', '.'])
  const num = r() < 0.5 ? String(v.int(r, 1, 99)) : ''
  const p = { female, k1: v.int(r, 0, 999999), k2: v.int(r, 0, 999999), k3: v.int(r, 0, 999999) }
  if (cc === 'cn') {
    const l = v.pick(r, L.last), f = v.pick(r, female ? L.f : L.m)
    Object.assign(p, { first: f[0], last: l[0], full: l[0] + f[0], mail: r() < 0.35 ? `${v.int(r, 10000000, 2999999999)}@qq.com` : `${f[1]}${sep}${l[1]}${num}@${v.pick(r, L.mail)}` })
  } else if (cc === 'jp') {
    const l = v.pick(r, L.last), f = v.pick(r, female ? L.f : L.m)
    Object.assign(p, { first: f[0], last: l[0], kFirst: f[1], kLast: l[1], full: `${l[0]} ${f[0]}`, mail: `${f[2]}${sep}${l[2]}${num}@${v.pick(r, L.mail)}` })
  } else if (cc === 'th') {
    const l = v.pick(r, L.last), f = v.pick(r, female ? L.f : L.m)
    Object.assign(p, { first: f[0], last: l[0], full: `${f[0]} ${l[0]}`, mail: `${f[1]}${sep}${l[1].slice(0, 4)}${num}@${v.pick(r, L.mail)}` })
  } else if (cc === 'kr') {
    const l = v.pick(r, L.last), f = v.pick(r, female ? L.f : L.m)
    Object.assign(p, { first: f, last: l, full: l + f })
  } else if (cc === 'my') {
    const [a, b] = v.pick(r, female ? L.f : L.m)
    const chinese = !/ (bin|binti|a\/l|a\/p) /.test(` ${b} `) && !b.startsWith('bin') && !b.startsWith('a/')
    Object.assign(p, { first: a, last: b, full: `${a} ${b}`, mail: `${ascii(chinese ? b : a)}${sep}${ascii(chinese ? a : b.split(' ').pop())}${num}@${v.pick(r, L.mail)}` })
  } else if (cc === 'vn') {
    const l = v.pick(r, L.last), f = v.pick(r, female ? L.f : L.m)
    Object.assign(p, { first: f, last: l, given: f.split(' ').pop(), full: `${l} ${f}`, mail: `${ascii(f.split(' ').pop())}${sep}${ascii(l)}${num}@${v.pick(r, L.mail)}` })
  } else {
    const f = v.pick(r, female ? L.f : L.m), l = v.pick(r, L.last)
    Object.assign(p, { first: f, last: l, full: `${f} ${l}`, mail: `${ascii(f)}${sep}${ascii(l)}${num}@${v.pick(r, L.mail)}` })
  }
  return p
}
const who = (c, cc) => { const k = `${cc}|${c.id}|${c.first}|${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc)); return memo.get(k) }
const cnMob = (c) => { const r = seeded(c, 'cnm'); return `1${v.pick(r, ['38', '39', '35', '37', '50', '58', '86', '88', '77', '99', '36'])}${v.digits(r, 8)}` }
const jpMob = (c) => { const r = seeded(c, 'jpm'); return `0${v.pick(r, ['90', '80', '70'])}-${v.digits(r, 4)}-${v.digits(r, 4)}` }
const idWa = (c) => { const r = seeded(c, 'idm'); return `628${v.pick(r, ['12', '13', '21', '22', '52', '57', '77', '78', '95', '96'])}${v.digits(r, v.int(r, 7, 8))}` }
const vnMob = (c, salt = 'vnm') => { const r = seeded(c, salt); return `0${v.pick(r, ['90', '93', '98', '97', '96', '86', '32', '33', '35', '70', '77', '79', '83', '85'])}${v.digits(r, 7)}` }
const myMob = (c) => { const r = seeded(c, 'mym'); const p = v.pick(r, ['12', '13', '16', '17', '19', '11']); return `01${p.slice(1)}-${v.digits(r, p === '11' ? 8 : 7)}` }
const thMob = (c) => { const r = seeded(c, 'thm'); return `0${v.pick(r, ['81', '82', '84', '86', '89', '91', '92', '95', '96', '98', '61', '62', '63', '64'])}-${v.digits(r, 3)}-${v.digits(r, 4)}` }
const krMob = (c) => { const r = seeded(c, 'krm'); return `010-${v.digits(r, 4)}-${v.digits(r, 4)}` }

// ---------------------------------------------------------------- 1. 爱发电 Afdian order export (CN, zh, E)
// a Shanghai audio-drama and podcast studio: monthly membership plans (方案) and merch (商品) with shipping; one row per
// order; prices in CNY, times in Asia/Shanghai
// [type, name, unit price, sku options]
const AF_ITEM = [['方案', '电波会员', 6, ['']], ['方案', '深夜听众', 30, ['']], ['方案', '制作人合伙', 100, ['']], ['方案', '电波会员', 6, ['']],
  ['商品', '广播剧《雾港来信》第一季实体CD', 88, ['标准版', '签名版']], ['方案', '深夜听众', 30, ['']], ['商品', '角色亚克力立牌', 45, ['沈雾', '陆川', '双人款']], ['商品', '周年纪念福袋', 129, ['']]]
// [province, city, district, street]
const AF_PL = [['上海市', '上海市', '徐汇区', '漕溪北路'], ['广东省', '深圳市', '南山区', '科苑南路'], ['浙江省', '杭州市', '西湖区', '文三路'], ['北京市', '北京市', '朝阳区', '望京西路'],
  ['四川省', '成都市', '武侯区', '天府大道北段'], ['江苏省', '南京市', '鼓楼区', '中山北路'], ['湖北省', '武汉市', '洪山区', '珞喻路'], ['广东省', '广州市', '天河区', '体育西路'], ['陕西省', '西安市', '雁塔区', '小寨东路'], ['重庆市', '重庆市', '渝北区', '金开大道']]
const AF_NICK = ['听雨的猫', '雾港常客', '不睡觉的鲸', '爱发电用户_', '小橘子汽水', '凌晨三点半', '一只咸鱼', '星河入梦', '耳朵怀孕了', '追更中的阿狸']
const afI = (o) => row(AF_ITEM, n(o) % 8)
const afGoods = (o) => afI(o)[0] === '商品'
const afMon = (o) => (afGoods(o) ? 0 : row([1, 1, 1, 3, 1, 6, 12, 1], (n(o) >> 1) % 8))
const afQty = (o) => (afGoods(o) ? 1 + (n(o) % 5 === 0 ? 1 : 0) : 1)
const afGross = (o) => afI(o)[2] * (afGoods(o) ? afQty(o) : afMon(o))
const afRedeem = (o) => !afGoods(o) && n(o) % 17 === 0
const afDisc = (o) => (afRedeem(o) ? afGross(o) : afMon(o) === 12 ? Math.round(afGross(o) * 0.1) : afMon(o) === 6 ? Math.round(afGross(o) * 0.05) : 0)
const afPaid = (o) => afGross(o) - afDisc(o)
const afAt = (o) => biz(Date.UTC(2025, 1, 1), n(o) * 13, 110, 8, 24, 8)
const afPl = (c) => row(AF_PL, who(c, 'cn').k1 % 10)
const afTs = (ms) => { const p = shift(ms, 8); return `${ymd(p)} ${hms(p)}` }
const SET_AF = { name: 'afdian-orders-audio-drama-studio-cn', product: '爱发电 Afdian (创作者后台 > 订单 > 导出订单 (CSV), one row per sponsorship or merch order, Chinese UI, a Shanghai audio-drama and podcast studio selling monthly membership plans and merch, Asia/Shanghai, CNY)', family: 'subscription-orders', language: 'zh', schema: E, cols: [
  ['订单号', (c, o) => { const p = shift(afAt(o), 8); return `${p.y}${pad(p.m)}${pad(p.d)}${pad(p.H)}${pad(p.M)}${pad(p.S)}${v.digits(v.rng(hash(`afo${o.id}`)), 13)}` }, ['_id', OR('purchaseID')]],
  ['下单时间', (c, o) => afTs(afAt(o)), ['timestamp', OR('createdDate')]],
  ['用户ID', (c) => hx(`afu${c.id}`, 32), CUST_ID],
  ['用户名', (c) => { const k = who(c, 'cn').k2 % 10; return AF_NICK[k] === '爱发电用户_' ? `爱发电用户_${hx(`afn${c.id}`, 5)}` : AF_NICK[k] }, []],
  ['类型', (c, o) => afI(o)[0], [OR('orderType')], opt],
  ['方案/商品', (c, o) => afI(o)[1], [PL('name')]],
  ['方案/商品ID', (c, o) => hx(`afp${afI(o)[1]}`, 32), [PL('SKU'), PL('_id')], opt],
  ['型号', (c, o) => row(afI(o)[3], n(o) >> 2), [PL('selectedOptions[0].value')], opt],
  ['月数', (c, o) => (afGoods(o) ? '' : String(afMon(o))), [], opt],
  ['数量', (c, o) => String(afQty(o)), [PL('quantity')]],
  ['原价', (c, o) => money(afGross(o)), []],
  ['优惠金额', (c, o) => money(afDisc(o)), [OR('discountAmount')]],
  ['实付金额', (c, o) => money(afPaid(o)), [OR('priceTotal')]],
  ['支付方式', (c, o) => (afRedeem(o) ? '兑换码' : row(['支付宝', '微信支付', '支付宝', '微信支付', '微信支付'], n(o) % 5)), [OR('payments[0].paymentType')], opt],
  ['订单状态', (c, o) => (n(o) % 23 === 0 ? '已退款' : '已支付'), [], opt],
  ['兑换码', (c, o) => (afRedeem(o) ? hx(`afr${o.id}`, 12).toUpperCase() : ''), ['commerce.promotionID'], opt],
  ['留言', (c, o) => row(['', '', '加油！等第二季', '', '沈雾太好哭了', '', '请问CD什么时候发货', '', '支持一下'], n(o) % 9), []],
  ['收件人', (c, o) => (afGoods(o) ? who(c, 'cn').full : ''), []],
  ['收件人电话', (c, o) => (afGoods(o) ? cnMob(c) : ''), PHONE_ID],
  ['收件地址', (c, o) => { if (!afGoods(o)) return ''; const [pr, ci, di, st] = afPl(c), w = who(c, 'cn'); return `${pr}${pr === ci ? '' : ci}${di}${st}${1 + w.k2 % 300}号${1 + w.k3 % 12}栋${1 + w.k1 % 30}0${1 + w.k3 % 4}室` }, [SHIP('street1')], opt],
] }

// ---------------------------------------------------------------- 2. レンタカー侍 reservation CSV (JP, ja, E)
// an Okinawa car rental firm with a Naha Airport shop and a Kokusai-dori shop; bookings from its own site, じゃらん,
// 楽天トラベル, skyticket and the phone; one row per reservation; prices incl. 10 % consumption tax, Asia/Tokyo
// [class, model, base price per day]
const RS_CL = [['Sクラス（軽自動車）', 'ダイハツ ムーヴ', 4400], ['Aクラス（コンパクト）', 'トヨタ ヤリス', 5500], ['Bクラス（ハイブリッド）', 'トヨタ アクア', 6600],
  ['Aクラス（コンパクト）', 'ホンダ フィット', 5500], ['Wクラス（ワゴン8人乗り）', 'トヨタ ノア', 11000], ['SUVクラス', 'トヨタ カローラクロス', 9900], ['Bクラス（ハイブリッド）', 'トヨタ シエンタ', 7700]]
const RS_CH = ['自社HP', 'じゃらんnet', '楽天トラベル', '自社HP', 'skyticket', '電話', 'じゃらんnet']
// [options, price per rental]
const RS_OPT = [['', 0], ['チャイルドシート', 1100], ['ETC車載器', 330], ['', 0], ['チャイルドシート／ジュニアシート', 2200], ['ETC車載器／チャイルドシート', 1430]]
const RS_TODAY = Date.UTC(2025, 5, 10)
const rsCl = (o) => row(RS_CL, n(o) % 7)
const rsCh = (o) => row(RS_CH, (n(o) >> 1) % 7)
const rsDays = (o) => 1 + (n(o) >> 2) % 5
const rsOpt = (o) => row(RS_OPT, (n(o) >> 3) % 6)
const rsBooked = (o) => biz(Date.UTC(2025, 1, 3), n(o) * 11, 100, 8, 23, 9)
const rsOut = (o) => { const p = shift(rsBooked(o) + (5 + n(o) % 50) * day, 9); return Date.UTC(p.y, p.m - 1, p.d, [9, 10, 11, 13, 15][n(o) % 5] - 9, [0, 30][n(o) % 2]) }
const rsBack = (o) => rsOut(o) + rsDays(o) * day - 3600000 * (n(o) % 3)
const rsBase = (o) => rsCl(o)[2] * rsDays(o)
const rsCdw = (o) => (n(o) % 4 === 3 ? 0 : (rsCl(o)[2] >= 9900 ? 1650 : 1100) * rsDays(o))
const rsDisc = (o) => (rsCh(o) === '自社HP' ? Math.floor(rsBase(o) * 0.1) : 0)
const rsTotal = (o) => rsBase(o) + rsOpt(o)[1] + rsCdw(o) - rsDisc(o)
const rsSt = (o) => (n(o) % 13 === 0 ? 'キャンセル' : rsBack(o) <= RS_TODAY ? '返却済' : rsOut(o) <= RS_TODAY ? '貸渡中' : '予約確定')
const rsMeter = (o) => 12000 + (n(o) * 7919) % 68000
const rsKm = (o) => 40 + (n(o) * 131) % 120 * rsDays(o)
const jst = (ms) => { const p = shift(ms, 9); return `${ymd(p, '/')} ${hm(p)}` }
const rsShop = (o) => (n(o) % 5 === 4 ? '国際通り店' : '那覇空港店')
const SET_RS = { name: 'rentacar-samurai-reservations-okinawa-jp', product: 'レンタカー侍 Rentacar Samurai (予約管理 > 予約一覧 > CSVダウンロード, one row per reservation, Japanese UI, an Okinawa car rental firm with a Naha Airport and a Kokusai-dori shop taking bookings from its own site, じゃらん, 楽天トラベル and skyticket, Asia/Tokyo, JPY incl. 10% tax)', family: 'car-rental', language: 'ja', schema: E, cols: [
  ['予約番号', (c, o) => `R${pad(250000 + (n(o) * 7) % 90000, 7)}`, ['_id', OR('purchaseID')]],
  ['予約受付日時', (c, o) => jst(rsBooked(o)), ['timestamp', OR('createdDate')]],
  ['予約経路', (c, o) => rsCh(o), [OR('orderType')], opt],
  ['ステータス', (c, o) => rsSt(o), [], opt],
  ['出発店舗', (c, o) => rsShop(o), ['commerce.commerceScope.storeCode'], opt],
  ['出発日時', (c, o) => jst(rsOut(o)), []],
  ['返却店舗', (c, o) => (n(o) % 9 === 0 ? '国際通り店' : rsShop(o)), []],
  ['返却日時', (c, o) => jst(rsBack(o)), []],
  ['車両クラス', (c, o) => rsCl(o)[0], [PL('productCategories[0].categoryName'), PL('name')], opt],
  ['車種', (c, o) => rsCl(o)[1], [PL('name')], opt],
  ['登録番号', (c, o) => (rsSt(o) === '予約確定' || rsSt(o) === 'キャンセル' ? '' : `沖縄 ${row(['500', '300', '530'], n(o) % 3)} ${row(['わ', 'れ'], n(o) % 2)} ${pad((n(o) * 37) % 100)}-${pad((n(o) * 53) % 100)}`), []],
  ['予約者氏名', (c) => who(c, 'jp').full, []],
  ['予約者氏名（カナ）', (c) => `${who(c, 'jp').kLast} ${who(c, 'jp').kFirst}`, []],
  ['電話番号', (c) => jpMob(c), PHONE_ID],
  ['メールアドレス', (c) => who(c, 'jp').mail, EMAIL_ID],
  ['乗車人数', (c, o) => String(rsCl(o)[0].startsWith('W') ? 4 + n(o) % 4 : 1 + n(o) % 4), []],
  ['到着便名', (c, o) => row(['JAL903', 'ANA465', '', 'APJ091', 'SKY551', 'JTA011', '', 'ANA995'], n(o) % 8), []],
  ['オプション', (c, o) => rsOpt(o)[0], [], opt],
  ['基本料金', (c, o) => commas(rsBase(o)), []],
  ['オプション料金', (c, o) => commas(rsOpt(o)[1]), []],
  ['免責補償料', (c, o) => commas(rsCdw(o)), []],
  ['割引額', (c, o) => commas(rsDisc(o)), [OR('discountAmount')]],
  ['合計金額（税込）', (c, o) => commas(rsTotal(o)), [OR('priceTotal')]],
  ['うち消費税', (c, o) => commas(Math.floor(rsTotal(o) * 10 / 110)), [OR('taxAmount')]],
  ['支払方法', (c, o) => (['じゃらんnet', '楽天トラベル'].includes(rsCh(o)) && n(o) % 2 ? 'オンラインカード決済' : row(['現地クレジットカード', '現地クレジットカード', '現地現金', '事前決済'], n(o) % 4)), [OR('payments[0].paymentType')], opt],
  ['出発時メーター', (c, o) => (rsSt(o) === '返却済' || rsSt(o) === '貸渡中' ? String(rsMeter(o)) : ''), []],
  ['帰着時メーター', (c, o) => (rsSt(o) === '返却済' ? String(rsMeter(o) + rsKm(o)) : ''), []],
  ['走行距離', (c, o) => (rsSt(o) === '返却済' ? String(rsKm(o)) : ''), []],
  ['キャンセル日', (c, o) => (rsSt(o) === 'キャンセル' ? ymd(shift(rsBooked(o) + (1 + n(o) % 10) * day, 9), '/') : ''), [OR('cancelDate')]],
  ['備考', (c, o) => row(['', '', '空港送迎希望', '', '禁煙車希望', '', '到着が遅れる可能性あり', ''], n(o) % 8), []],
] }

// ---------------------------------------------------------------- 3. Mixradius invoice export (ID, id, E)
// an RT/RW-Net neighbourhood internet provider in Klaten (Central Java) billing monthly PPPoE packages; invoices on the 1st,
// due on the 10th, 11 % PPN; paid cash to the collector, by bank transfer or QRIS; Asia/Jakarta, IDR
const MX_PKG = [['Paket Hemat 5 Mbps', 100000], ['Paket Rumahan 10 Mbps', 150000], ['Paket Keluarga 20 Mbps', 200000], ['Paket Rumahan 10 Mbps', 150000], ['Paket Gamer 30 Mbps', 275000], ['Paket Hemat 5 Mbps', 100000]]
const MX_DS = [['Ngawen', 'Ngawen'], ['Jogonalan', 'Jogonalan'], ['Karanganom', 'Karanganom'], ['Gergunung', 'Klaten Utara'], ['Buntalan', 'Klaten Tengah'], ['Kebonarum', 'Kebonarum'], ['Tegalyoso', 'Klaten Selatan'], ['Belangwetan', 'Klaten Utara']]
const MX_MON = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni']
const mxP = (c) => row(MX_PKG, n(c) % 6)
const mxMon = (o) => 1 + n(o) % 5
const mxNew = (o) => n(o) % 10 === 0
const mxDisc = (o, c) => (mxNew(o) ? mxP(c)[1] / 2 : 0)
const mxTax = (o, c) => Math.round((mxP(c)[1] - mxDisc(o, c)) * 0.11)
const mxSt = (o) => (mxMon(o) === 5 && n(o) % 3 === 0 ? 'Belum Lunas' : n(o) % 19 === 0 ? 'Isolir' : 'Lunas')
const mxPay = (o) => (mxSt(o) !== 'Lunas' ? '' : row(['Tunai', 'Transfer BRI', 'QRIS', 'Tunai', 'Transfer BCA', 'QRIS', 'Tunai'], n(o) % 7))
const mxAdm = (o) => (mxPay(o) === 'QRIS' ? 2500 : 0)
const mxTotal = (o, c) => mxP(c)[1] - mxDisc(o, c) + mxTax(o, c) + mxAdm(o)
const mxInv = (o) => Date.UTC(2025, mxMon(o) - 1, 1)
const mxDs = (c) => row(MX_DS, who(c, 'id').k1 % 8)
const idD = (ms) => dmy(shift(ms, 7), '/')
const SET_MX = { name: 'mixradius-invoices-rtrw-net-klaten-id', product: 'Mixradius (Billing > Invoice > Export Excel, one row per monthly invoice, Indonesian UI, an RT/RW-Net neighbourhood internet provider in Klaten, Central Java, billing PPPoE home packages, Asia/Jakarta, IDR incl. 11% PPN)', family: 'telecom-billing', language: 'id', schema: E, cols: [
  ['No. Invoice', (c, o) => `INV/2025/${pad(mxMon(o))}/${pad(1 + (n(o) * 7) % 900, 5)}`, ['_id', OR('purchaseID')]],
  ['Tanggal Invoice', (c, o) => idD(mxInv(o)), ['timestamp', OR('createdDate')]],
  ['Jatuh Tempo', (c, o) => idD(mxInv(o) + 9 * day), []],
  ['Periode', (c, o) => `${MX_MON[mxMon(o) - 1]} 2025`, []],
  ['ID Pelanggan', (c) => `SNK${pad(n(c) % 10000, 5)}`, CUST_ID],
  ['Nama Pelanggan', (c) => who(c, 'id').full, []],
  ['Username PPPoE', (c) => `${ascii(who(c, 'id').first)}${pad(n(c) % 1000, 3)}@sinarnet`, CUST_ID, opt],
  ['No. WhatsApp', (c) => idWa(c), PHONE_ID],
  ['Email', (c) => (n(c) % 3 === 0 ? who(c, 'id').mail : ''), EMAIL_ID],
  ['Alamat', (c) => { const w = who(c, 'id'); return `Dk. ${row(['Krajan', 'Karangasem', 'Gondang', 'Sidomulyo', 'Pucang'], w.k2 % 5)} RT ${pad(1 + w.k3 % 6, 3)}/RW ${pad(1 + w.k1 % 9, 3)}, Ds. ${mxDs(c)[0]}, Kec. ${mxDs(c)[1]}` }, [BILL('street1')], opt],
  ['Area', (c) => `ODP-${mxDs(c)[0].slice(0, 3).toUpperCase()}-${pad(1 + n(c) % 12)}`, []],
  ['Paket', (c) => mxP(c)[0], [PL('name')]],
  ['Harga Paket', (c) => dots(mxP(c)[1]), [PL('priceTotal')], opt],
  ['Diskon', (c, o) => dots(mxDisc(o, c)), [OR('discountAmount')]],
  ['PPN', (c, o) => dots(mxTax(o, c)), [OR('taxAmount')]],
  ['Biaya Admin', (c, o) => dots(mxAdm(o)), []],
  ['Total Tagihan', (c, o) => dots(mxTotal(o, c)), [OR('priceTotal')]],
  ['Status', (c, o) => mxSt(o), [], opt],
  ['Tanggal Bayar', (c, o) => (mxSt(o) === 'Lunas' ? idD(mxInv(o) + (n(o) % 12) * day + 3 * 3600000) : ''), [], opt],
  ['Metode Bayar', (c, o) => mxPay(o), [OR('payments[0].paymentType')], opt],
  ['Diterima Oleh', (c, o) => (mxPay(o) === 'Tunai' ? row(['Kolektor - Pak Slamet', 'Kolektor - Mas Yoga'], n(o) % 2) : mxPay(o) ? 'Sistem' : ''), []],
  ['Keterangan', (c, o) => (mxNew(o) ? 'Promo pemasangan baru 50%' : ''), []],
] }

// ---------------------------------------------------------------- 4. iTro invoice list (VN, vi, E)
// a boarding house (nhà trọ) of 24 rooms in Linh Trung, Thủ Đức, rented mostly to students and factory workers; monthly
// invoice = next month's rent + last month's metered electricity and water + services; Asia/Ho_Chi_Minh, VND
const IT_RENT = [2800000, 3200000, 3500000, 3000000, 4200000, 3500000]
const itRoom = (c) => `P.${1 + n(c) % 3}0${1 + (n(c) >> 2) % 8}`
const itRent = (c) => row(IT_RENT, n(c) % 6)
const itMon = (o) => 1 + n(o) % 5
const itOldE = (o, c) => 1000 + (n(c) * 37) % 4000 + (itMon(o) - 1) * 150
const itUseE = (o) => 70 + (n(o) * 13) % 160
const itPeople = (c) => 1 + n(c) % 3
const itE = (o) => itUseE(o) * 3800
const itW = (c) => itPeople(c) * 100000
const itSvc = (c) => 100000 + itPeople(c) * 30000
const itDisc = (o) => (n(o) % 11 === 0 ? 200000 : 0)
const itTot = (o, c) => itRent(c) + itE(o) + itW(c) + itSvc(c) - itDisc(o)
const itSt = (o) => (itMon(o) === 5 && n(o) % 3 === 0 ? 'Chưa thanh toán' : n(o) % 7 === 0 ? 'Thanh toán một phần' : 'Đã thanh toán')
const itPaid = (o, c) => (itSt(o) === 'Đã thanh toán' ? itTot(o, c) : itSt(o) === 'Thanh toán một phần' ? itRent(c) : 0)
const itAt = (o) => Date.UTC(2025, itMon(o) - 1, 1) + (1 + n(o) % 3) * 3600000
const vnD = (ms) => dmy(shift(ms, 7), '/')
const SET_IT = { name: 'itro-invoices-boarding-house-thu-duc-vn', product: 'iTro (Phần mềm quản lý nhà trọ iTro: Hóa đơn > Xuất Excel, one row per monthly room invoice with electricity and water readings, Vietnamese UI, a 24-room boarding house in Linh Trung, Thủ Đức, Asia/Ho_Chi_Minh, VND)', family: 'property-billing', language: 'vi', schema: E, cols: [
  ['Mã hóa đơn', (c, o) => `HD${pad(itMon(o))}25-${pad((n(o) * 7) % 1000, 4)}`, ['_id', OR('purchaseID')]],
  ['Nhà trọ', () => 'Nhà trọ Hạnh Phúc - Linh Trung', []],
  ['Phòng', (c) => itRoom(c), []],
  ['Khách thuê', (c) => who(c, 'vn').full, []],
  ['Số điện thoại', (c) => vnMob(c), PHONE_ID],
  ['Tháng', (c, o) => `${pad(itMon(o))}/2025`, []],
  ['Ngày lập', (c, o) => vnD(itAt(o)), ['timestamp', OR('createdDate')]],
  ['Hạn thanh toán', (c, o) => vnD(itAt(o) + 5 * day), []],
  ['Tiền phòng', (c) => dots(itRent(c)), [PL('priceTotal')], opt],
  ['Chỉ số điện cũ', (c, o) => String(itOldE(o, c)), []],
  ['Chỉ số điện mới', (c, o) => String(itOldE(o, c) + itUseE(o)), []],
  ['Tiền điện', (c, o) => dots(itE(o)), []],
  ['Số người', (c) => String(itPeople(c)), []],
  ['Tiền nước', (c) => dots(itW(c)), []],
  ['Tiền dịch vụ', (c) => dots(itSvc(c)), []],
  ['Giảm giá', (c, o) => dots(itDisc(o)), [OR('discountAmount')]],
  ['Tổng tiền', (c, o) => dots(itTot(o, c)), [OR('priceTotal')]],
  ['Đã thu', (c, o) => dots(itPaid(o, c)), [OR('payments[0].paymentAmount')], opt],
  ['Còn lại', (c, o) => dots(itTot(o, c) - itPaid(o, c)), []],
  ['Trạng thái', (c, o) => itSt(o), [], opt],
  ['Ngày thanh toán', (c, o) => (itPaid(o, c) ? vnD(itAt(o) + (1 + n(o) % 6) * day) : ''), [], opt],
  ['Hình thức thanh toán', (c, o) => (itPaid(o, c) ? row(['Chuyển khoản', 'Tiền mặt', 'Chuyển khoản', 'Chuyển khoản'], n(o) % 4) : ''), [OR('payments[0].paymentType')], opt],
  ['Ghi chú', (c, o) => (itDisc(o) ? 'Giảm 200k do sửa máy lạnh trễ' : row(['', '', 'Đóng trễ 2 ngày', '', ''], n(o) % 5)), []],
] }

// ---------------------------------------------------------------- 5. i-Neighbour Payment Received export (MY, en, E)
// a 620-unit condominium in Shah Alam (Selangor) whose management body collects maintenance fees and sinking fund through
// i-Neighbour's e-Billing and payment gateway; one row per online payment; Asia/Kuala_Lumpur, MYR
const INB_SQFT = [850, 950, 1050, 1150, 1250, 950, 1050]
const inbUnit = (c) => `${row(['A', 'B', 'C'], n(c) % 3)}-${pad(1 + (n(c) >> 2) % 24)}-${pad(1 + (n(c) >> 3) % 12)}`
const inbFee = (c) => { const sq = row(INB_SQFT, n(c) % 7); return Math.round(sq * 0.3 * 100) / 100 }
const inbMonths = (o) => (n(o) % 6 === 0 ? 3 : 1)
const inbAmt = (o, c) => Math.round(inbFee(c) * 1.1 * inbMonths(o) * 100) / 100
const inbM = (o) => row(['FPX', 'FPX', 'Credit Card', 'FPX', 'Debit Card', 'DuitNow QR'], n(o) % 6)
const inbChg = (o, c) => (inbM(o) === 'FPX' || inbM(o) === 'DuitNow QR' ? 1.5 : Math.round(inbAmt(o, c) * 2) / 100)
const inbSt = (o) => (n(o) % 17 === 0 ? 'Failed' : 'Success')
const inbAt = (o) => biz(Date.UTC(2025, 0, 2), n(o) * 7, 150, 7, 24, 8)
const MON3 = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const myDT = (ms) => { const p = shift(ms, 8); return `${dmy(p, '/')} ${hm(p)}` }
const SET_INB = { name: 'i-neighbour-payment-received-condo-shah-alam-my', product: 'i-Neighbour (E-Billing > Invoices > Payment Received > Export to Excel, one row per online payment, English UI, a 620-unit condominium in Shah Alam, Selangor collecting maintenance fees and sinking fund through the payment gateway, Asia/Kuala_Lumpur, MYR)', family: 'property-payments', language: 'en', schema: E, cols: [
  ['Receipt No.', (c, o) => (inbSt(o) === 'Success' ? `OR-${pad(25000 + (n(o) * 7) % 20000, 6)}` : ''), ['_id'], opt],
  ['Payment Date', (c, o) => myDT(inbAt(o)), ['timestamp']],
  ['Transaction ID', (c, o) => `INB${shift(inbAt(o), 8).y}${v.digits(v.rng(hash(`inbt${o.id}`)), 10)}`, [OR('payments[0].transactionID'), '_id']],
  ['Unit No.', (c) => inbUnit(c), [BILL('street1')], opt],
  ['Account Code', (c) => `SAC${inbUnit(c).replace(/-/g, '')}`, CUST_ID, opt],
  ['Occupancy Status', (c) => row(['O', 'R', 'O', 'O', 'R'], n(c) % 5), []],
  ['Payer Name', (c) => who(c, 'my').full, []],
  ['Email', (c) => who(c, 'my').mail, EMAIL_ID],
  ['Mobile No.', (c) => myMob(c), PHONE_ID],
  ['Invoice No.', (c, o) => `INV-${pad(1 + new Date(inbAt(o)).getUTCMonth())}25-${pad((n(c) * 13) % 620 + 1, 4)}`, [OR('purchaseID')]],
  ['Description', (c, o) => { const m = new Date(inbAt(o)).getUTCMonth(); return inbMonths(o) === 3 ? `Maintenance Fee & Sinking Fund (${MON3[m]}-${MON3[(m + 2) % 12]} 2025)` : `Maintenance Fee & Sinking Fund (${MON3[m]} 2025)` }, [PL('name')], opt],
  ['Payment Method', (c, o) => inbM(o), [OR('payments[0].paymentType')], opt],
  ['Bank / Card Type', (c, o) => (inbM(o) === 'FPX' ? row(['Maybank2u', 'CIMB Clicks', 'Public Bank', 'RHB Now', 'Hong Leong Connect'], n(o) % 5) : inbM(o) === 'DuitNow QR' ? 'DuitNow' : row(['Visa', 'Mastercard'], n(o) % 2)), []],
  ['Amount (RM)', (c, o) => money(inbAmt(o, c)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
  ['Gateway Charges (RM)', (c, o) => (inbSt(o) === 'Success' ? money(inbChg(o, c)) : '0.00'), []],
  ['Net Amount (RM)', (c, o) => (inbSt(o) === 'Success' ? money(inbAmt(o, c) - inbChg(o, c)) : '0.00'), []],
  ['Status', (c, o) => inbSt(o), [], opt],
  ['Knock-off Status', (c, o) => (inbSt(o) !== 'Success' ? '-' : n(o) % 4 === 0 ? 'Pending' : 'Knocked Off'), []],
] }

// ---------------------------------------------------------------- 6. hokan customer export (JP, ja, P)
// an insurance agency in Shizuoka selling life and non-life (car, fire) policies; individual customers; one row per customer
// [postcode, prefecture, city, town, landline area code]
const HK_PL = [['420-0851', '静岡県', '静岡市葵区', '黒金町', '054'], ['422-8067', '静岡県', '静岡市駿河区', '南町', '054'], ['424-0806', '静岡県', '静岡市清水区', '辻', '054'], ['426-0025', '静岡県', '藤枝市', '青木', '054'],
  ['425-0026', '静岡県', '焼津市', '焼津', '054'], ['417-0052', '静岡県', '富士市', '中央町', '0545'], ['410-0801', '静岡県', '沼津市', '大手町', '055'], ['430-0944', '静岡県', '浜松市中央区', '田町', '053'], ['411-0036', '静岡県', '三島市', '一番町', '055']]
const HK_JOB = ['会社員', '会社員', '公務員', '自営業', '会社役員', 'パート・アルバイト', '主婦・主夫', '年金受給者', '医師', '学生']
const HK_CO = ['スズキ株式会社', '静岡銀行', '', '静岡市役所', 'ヤマハ発動機株式会社', '', '浜松ホトニクス株式会社', '']
const HK_STAFF = ['望月 健太', '杉山 由香', '鈴木 大地', '渡辺 さやか']
const hkP = (c) => who(c, 'jp')
const hkPl = (c) => row(HK_PL, hkP(c).k1 % 9)
const hkDob = (c) => Date.UTC(1948, 0, 1) + ((n(c) * 104729) % (55 * 365)) * day
const hkAge = (c) => { const d = new Date(hkDob(c)); const t = new Date(Date.UTC(2025, 5, 1)); return t.getUTCFullYear() - d.getUTCFullYear() - (t.getUTCMonth() < d.getUTCMonth() || (t.getUTCMonth() === d.getUTCMonth() && t.getUTCDate() < d.getUTCDate()) ? 1 : 0) }
const hkSt = (c) => row(['既契約', '既契約', '見込み', '既契約', '既契約', '休眠'], n(c) % 6)
const hkReg = (c) => Date.UTC(2016, 3, 1) + ((n(c) * 7919) % (3000 * 86400)) * 1000
const jpD = (ms) => ymd(shift(ms, 9), '/')
const SET_HK = { name: 'hokan-customers-insurance-agency-shizuoka-jp', product: 'hokan (顧客管理 > 顧客一覧 > 個人 > CSVエクスポート, one row per individual customer, Japanese UI, an insurance agency in Shizuoka selling life, car and fire insurance, Asia/Tokyo)', family: 'insurance-crm', language: 'ja', schema: P, cols: [
  ['顧客ID', (c) => String(100000 + (n(c) * 37) % 800000), ID],
  ['顧客ステータス', (c) => hkSt(c), [], opt],
  ['姓', (c) => hkP(c).last, ['person.name.lastName']],
  ['名', (c) => hkP(c).first, ['person.name.firstName']],
  ['セイ', (c) => hkP(c).kLast, []],
  ['メイ', (c) => hkP(c).kFirst, []],
  ['生年月日', (c) => ymd(shift(hkDob(c), 0), '/'), ['person.birthDate']],
  ['年齢', (c) => String(hkAge(c)), []],
  ['性別', (c) => (hkP(c).female ? '女性' : '男性'), ['person.gender']],
  ['郵便番号', (c) => hkPl(c)[0], HOMES('postalCode')],
  ['都道府県', (c) => hkPl(c)[1], STATE(HOME)],
  ['市区町村', (c) => hkPl(c)[2], HOMES('city')],
  ['町名番地', (c) => `${hkPl(c)[3]}${1 + hkP(c).k2 % 6}-${1 + hkP(c).k3 % 20}-${1 + hkP(c).k1 % 15}`, HOMES('street1')],
  ['建物名', (c) => (n(c) % 3 === 0 ? `${row(['コーポ', 'ハイツ', 'グランメゾン', 'パークサイド'], n(c) % 4)}${hkPl(c)[3]} ${1 + n(c) % 5}0${1 + n(c) % 8}号室` : ''), HOMES('street2')],
  ['電話番号', (c) => { if (n(c) % 3 !== 1) return ''; const a = hkPl(c)[4]; return `${a}-${v.digits(seeded(c, 'hkt'), a.length === 4 ? 2 : 3)}-${v.digits(seeded(c, 'hkt2'), 4)}` }, ['homePhone.number']],
  ['携帯電話番号', (c) => jpMob(c), ['mobilePhone.number']],
  ['メールアドレス', (c) => (n(c) % 4 === 3 ? '' : hkP(c).mail), ['personalEmail.address']],
  ['職業', (c) => row(HK_JOB, n(c) % 10), []],
  ['勤務先', (c) => row(HK_CO, n(c) % 8), ['organizations[0]'], opt],
  ['担当者', (c) => row(HK_STAFF, (n(c) >> 1) % 4), []],
  ['保有契約数', (c) => String(hkSt(c) === '見込み' ? 0 : 1 + n(c) % 4), []],
  ['次回満期日', (c) => (hkSt(c) === '見込み' ? '' : jpD(Date.UTC(2025, 5, 1) + ((n(c) * 131) % 365) * day)), []],
  ['流入経路', (c) => row(['紹介', '既存顧客の家族', '自動車ディーラー', 'Web問い合わせ', '紹介', '職域'], n(c) % 6), []],
  ['登録日', (c) => jpD(hkReg(c)), [], opt],
  ['最終対応日', (c) => jpD(Math.max(hkReg(c), Date.UTC(2024, 6, 1) + ((n(c) * 17) % 330) * day)), []],
] }

// ---------------------------------------------------------------- 7. DDproperty AgentNet lead export (TH, th, P)
// a Bangkok real-estate agency listing condos and houses for sale and rent on DDproperty; one row per enquiry (lead)
// [listing id, title, type, property type, price, project, district]
const DD_LIST = [[11234567, 'ให้เช่า คอนโด ไลฟ์ อโศก 1 ห้องนอน วิวเมือง', 'เช่า', 'คอนโด', '22,000 บาท/เดือน', 'Life Asoke', 'ห้วยขวาง'],
  [11876543, 'ขาย คอนโด ริธึ่ม สุขุมวิท 36-38 ใกล้ BTS ทองหล่อ', 'ขาย', 'คอนโด', '6,900,000 บาท', 'Rhythm Sukhumvit 36-38', 'คลองเตย'],
  [12045678, 'ขายบ้านเดี่ยว 2 ชั้น มัณฑนา บางนา กม.7', 'ขาย', 'บ้านเดี่ยว', '8,490,000 บาท', 'Mantana Bangna', 'บางพลี'],
  [12233445, 'ให้เช่า ทาวน์โฮม 3 ชั้น พฤกษาวิลล์ รามอินทรา', 'เช่า', 'ทาวน์เฮ้าส์', '25,000 บาท/เดือน', 'Pruksa Ville', 'คันนายาว'],
  [11998877, 'ขาย คอนโด เดอะ ลุมพินี 24 ห้องมุม ตกแต่งครบ', 'ขาย', 'คอนโด', '9,500,000 บาท', 'The Lumpini 24', 'คลองเตย'],
  [12310022, 'ให้เช่า คอนโด ไอดีโอ โมบิ สุขุมวิท อีสต์เกต', 'เช่า', 'คอนโด', '14,000 บาท/เดือน', 'Ideo Mobi Sukhumvit Eastgate', 'บางนา']]
const DD_MSG = ['สนใจห้องนี้ค่ะ ขอนัดดูห้องวันเสาร์ได้ไหมคะ', 'ราคานี้ต่อรองได้ไหมครับ', 'ยังว่างอยู่ไหมคะ', 'ขอรายละเอียดเพิ่มเติมและรูปห้องครับ', 'เลี้ยงสัตว์ได้ไหมคะ', 'สนใจกู้ธนาคาร ขอเอกสารเพิ่มเติมครับ', 'ทำสัญญาขั้นต่ำกี่เดือนคะ']
const ddL = (c) => row(DD_LIST, n(c) % 6)
const ddAt = (c) => biz(Date.UTC(2025, 2, 1), n(c) * 7, 90, 8, 23, 7)
const ddCh = (c) => row(['อีเมล', 'โทรศัพท์', 'LINE', 'WhatsApp', 'อีเมล', 'LINE'], (n(c) >> 1) % 6)
const SET_DD = { name: 'ddproperty-agentnet-leads-bangkok-th', product: 'DDproperty AgentNet (ผู้สนใจ / Enquiries > ดาวน์โหลด (Excel), one row per enquiry on a listing, Thai UI, a Bangkok real-estate agency listing condos, houses and townhomes for sale and rent, Asia/Bangkok, THB)', family: 'real-estate-leads', language: 'th', schema: P, cols: [
  ['วันที่', (c) => { const p = shift(ddAt(c), 7); return `${dmy(p, '/')} ${hm(p)}` }, []],
  ['ชื่อ', (c) => (n(c) % 5 === 0 ? who(c, 'th').first : who(c, 'th').full), ['person.name.fullName']],
  ['อีเมล', (c) => (ddCh(c) === 'โทรศัพท์' && n(c) % 2 ? '' : who(c, 'th').mail), ['personalEmail.address']],
  ['เบอร์โทรศัพท์', (c) => thMob(c), ['mobilePhone.number']],
  ['ช่องทางการติดต่อ', (c) => ddCh(c), []],
  ['ข้อความ', (c) => (ddCh(c) === 'โทรศัพท์' ? '' : row(DD_MSG, (n(c) >> 2) % 7)), []],
  ['รหัสประกาศ', (c) => String(ddL(c)[0]), []],
  ['หัวข้อประกาศ', (c) => ddL(c)[1], []],
  ['ประเภทประกาศ', (c) => ddL(c)[2], []],
  ['ประเภททรัพย์', (c) => ddL(c)[3], []],
  ['ราคา', (c) => ddL(c)[4], []],
  ['โครงการ', (c) => ddL(c)[5], []],
  ['เขต/อำเภอ', (c) => ddL(c)[6], []],
  ['สถานะ', (c) => row(['ใหม่', 'ติดต่อแล้ว', 'นัดชมแล้ว', 'ติดต่อแล้ว', 'ปิดการขาย', 'ไม่สนใจ'], n(c) % 6), [], opt],
  ['เอเจนต์ผู้ดูแล', (c) => row(['ธีรวัฒน์ (CEA 1234)', 'กานต์ธิดา (CEA 5521)', 'ภัทรพล (CEA 3380)'], n(c) % 3), []],
  ['หมายเหตุ', (c) => row(['', 'นัดดูห้อง เสาร์ 10:00', '', 'ลูกค้าต่างชาติ สื่อสารอังกฤษ', '', 'รอยื่นกู้'], n(c) % 6), []],
] }

// ---------------------------------------------------------------- 8. 아파트너 Aptner resident list (KR, ko, P)
// a 1,200-household apartment complex in Suwon whose management office runs the Aptner app; one row per registered
// resident (household heads and members)
const aptDong = (c) => `${101 + n(c) % 12}`
const aptHo = (c) => `${1 + (n(c) >> 2) % 25}${pad(1 + (n(c) >> 3) % 4)}`
const aptP = (c) => who(c, 'kr')
const aptHead = (c) => n(c) % 3 !== 2
const aptJoin = (c) => Date.UTC(2020, 8, 1) + ((n(c) * 7919) % (1700 * 86400)) * 1000
const aptSt = (c) => (n(c) % 13 === 0 ? '승인대기' : '승인')
const aptDob = (c) => Date.UTC(1950, 0, 1) + ((n(c) * 104729) % (55 * 365)) * day
const krD = (ms) => ymd(shift(ms, 9))
const HANGUL = '가나다라마바사아자하거너더러머버서어저고노도로모보소오조구누두루무부수우주'
const SET_APT = { name: 'aptner-residents-apartment-suwon-kr', product: '아파트너 Aptner (관리자 웹 > 입주민 관리 > 입주민 목록 > 엑셀 다운로드, one row per registered resident, Korean UI, a 1,200-household apartment complex in Suwon, Gyeonggi-do, Asia/Seoul)', family: 'property-residents', language: 'ko', schema: P, cols: [
  ['동', (c) => aptDong(c), HOMES('street2'), opt],
  ['호', (c) => aptHo(c), HOMES('street3'), opt],
  ['이름', (c) => aptP(c).full, ['person.name.fullName']],
  ['휴대폰번호', (c) => krMob(c), ['mobilePhone.number']],
  ['생년월일', (c) => (n(c) % 4 === 0 ? '' : krD(aptDob(c))), ['person.birthDate']],
  ['성별', (c) => (aptP(c).female ? '여' : '남'), ['person.gender']],
  ['세대구분', (c) => (aptHead(c) ? '세대주' : '세대원'), [], opt],
  ['거주구분', (c) => row(['소유주', '소유주', '세입자', '소유주', '세입자'], n(c) % 5), []],
  ['승인상태', (c) => aptSt(c), [], opt],
  ['가입일', (c) => krD(aptJoin(c)), [], opt],
  ['승인일', (c) => (aptSt(c) === '승인' ? krD(aptJoin(c) + (n(c) % 3) * day) : ''), []],
  ['차량번호', (c) => (n(c) % 4 === 1 ? '' : `${10 + (n(c) * 7) % 290}${row(HANGUL, n(c) >> 1)} ${v.digits(seeded(c, 'car'), 4)}`), []],
  ['마케팅 수신 동의', (c) => (n(c) % 3 === 0 ? 'N' : 'Y'), [], opt],
  ['푸시 알림', (c) => (n(c) % 5 === 0 ? 'OFF' : 'ON'), []],
  ['최근 접속일', (c) => krD(Math.max(aptJoin(c), Date.UTC(2025, 3, 1) + ((n(c) * 13) % 70) * day)), []],
  ['가입경로', (c) => row(['앱', '앱', '웹', '관리사무소 등록'], n(c) % 4), []],
] }

// ---------------------------------------------------------------- 9. 钉钉 DingTalk directory export (CN, zh, B)
// a Hangzhou property-services company (物业服务) managing residential estates and office towers: managers, customer
// service, engineering, security and cleaning staff; one row per member
const DT_DEPT = [['客服中心', ['客服专员', '客服主管', '前台接待']], ['工程部', ['水电工程师', '工程主管', '设备维修员']], ['秩序维护部', ['秩序维护员', '安保队长', '监控室值班员']],
  ['财务部', ['出纳', '会计', '财务经理']], ['项目管理部', ['项目经理', '项目助理', '项目总监']], ['人事行政部', ['人事专员', 'HRBP', '行政主管']], ['品质部', ['品质督导', '品质经理', '环境主管']]]
const DT_SITE = [['西湖区文三路', '云栖·翠苑项目部'], ['滨江区江南大道', '滨江星耀城项目部'], ['拱墅区莫干山路', '总部'], ['余杭区文一西路', '未来科技城项目部'], ['上城区钱江路', '钱江新城写字楼项目部']]
const dtP = (c) => who(c, 'cn')
const dtD = (c) => row(DT_DEPT, n(c) % 7)
const dtSite = (c) => row(DT_SITE, (n(c) >> 1) % 5)
const dtPinyin = (c) => { const w = dtP(c); return LOC.cn.last.find((x) => x[0] === w.last)[1] + ((w.female ? LOC.cn.f : LOC.cn.m).find((x) => x[0] === w.first) ?? ['', 'x'])[1] }
const dtHire = (c) => Date.UTC(2014, 2, 1) + ((n(c) * 7919) % (4000 * 86400)) * 1000
const SET_DT = { name: 'dingtalk-directory-property-services-hangzhou-cn', product: '钉钉 DingTalk (管理后台 > 通讯录 > 成员管理 > 导出成员 (Excel), one row per member, Chinese UI, a Hangzhou property-services company managing residential estates and office towers, Asia/Shanghai)', family: 'workforce-directory', language: 'zh', schema: B, cols: [
  ['UserID', (c) => `${pad((n(c) * 7919) % 1000000, 6)}${v.digits(v.rng(hash(`dtu${c.id}`)), 12)}`, B2BID],
  ['姓名', (c) => dtP(c).full, ['person.name.fullName']],
  ['工号', (c) => `AJ${pad((n(c) * 13) % 5000, 5)}`, ['b2b.personKey.sourceID', 'extSourceSystemAudit.externalID'], opt],
  ['性别', (c) => (dtP(c).female ? '女' : '男'), ['person.gender']],
  ['手机号', (c) => cnMob(c), ['mobilePhone.number', 'workPhone.number']],
  ['分机号', (c) => (n(c) % 3 === 0 ? String(8000 + n(c) % 900) : ''), ['workPhone.extension'], opt],
  ['座机', (c) => (n(c) % 3 === 0 ? `0571-8${v.digits(seeded(c, 'dtt'), 3)}${v.digits(seeded(c, 'dtt2'), 4)}` : ''), ['workPhone.number']],
  ['邮箱', (c) => (n(c) % 4 === 1 ? dtP(c).mail : ''), ['personalEmail.address', 'workEmail.address']],
  ['企业邮箱', (c) => (['财务部', '项目管理部', '人事行政部', '品质部'].includes(dtD(c)[0]) || n(c) % 3 === 0 ? `${dtPinyin(c)}${n(c) % 10 === 0 ? n(c) % 100 : ''}@anju-wy.com` : ''), ['workEmail.address']],
  ['部门', (c) => `杭州安居物业服务有限公司-${dtSite(c)[1]}-${dtD(c)[0]}`, ['extendedWorkDetails.departments[0]']],
  ['职位', (c) => row(dtD(c)[1], n(c) >> 3), ['extendedWorkDetails.jobTitle']],
  ['直属主管', (c) => row(['周建国', '沈慧', '钱立伟', '陆晓婷'], (n(c) >> 2) % 4), [], opt],
  ['办公地点', (c) => `杭州市${dtSite(c)[0]}${100 + (n(c) % 5) * 37}号`, [W('street1')], opt],
  ['入职时间', (c) => ymd(shift(dtHire(c), 8)), [], opt],
  ['员工类型', (c) => row(['全职', '全职', '全职', '劳务派遣', '实习', '全职', '外包'], n(c) % 7), []],
  ['激活状态', (c) => (n(c) % 11 === 0 ? '未激活' : '已激活'), [], opt],
  ['备注', (c) => row(['', '', '持电工证', '', '夜班', '', '消防中控证'], n(c) % 7), []],
] }

// ---------------------------------------------------------------- 10. Base Account member export (VN, vi, B)
// a Toyota dealership group in Hanoi (showrooms in Mỹ Đình and Long Biên): sales consultants, service advisors,
// technicians, finance and admin staff using Base's work apps; one row per member account
const BA_DEPT = [['Phòng Kinh doanh', ['Tư vấn bán hàng', 'Trưởng nhóm kinh doanh', 'Tư vấn bán hàng']], ['Phòng Dịch vụ', ['Cố vấn dịch vụ', 'Kỹ thuật viên', 'Quản đốc xưởng']],
  ['Phòng Kế toán', ['Kế toán viên', 'Kế toán trưởng']], ['Phòng Marketing', ['Chuyên viên Marketing', 'Trưởng phòng Marketing']], ['Phòng Hành chính - Nhân sự', ['Chuyên viên nhân sự', 'Lễ tân']], ['Phòng Bảo hiểm & Tài chính', ['Chuyên viên bảo hiểm', 'Chuyên viên tài chính']]]
const baP = (c) => who(c, 'vn')
const baD = (c) => row(BA_DEPT, n(c) % 6)
const baUser = (c) => `${ascii(baP(c).given)}${ascii(baP(c).last)[0]}${n(c) % 7 === 0 ? n(c) % 100 : ''}`
const baDob = (c) => Date.UTC(1975, 0, 1) + ((n(c) * 104729) % (25 * 365)) * day
const baStart = (c) => Date.UTC(2015, 5, 1) + ((n(c) * 7919) % (3500 * 86400)) * 1000
const SET_BA = { name: 'base-account-members-toyota-dealer-hanoi-vn', product: 'Base Account (Base.vn: account.base.vn > Thành viên > Xuất Excel, one row per member account, Vietnamese UI, a Toyota dealership group in Hanoi with showrooms in Mỹ Đình and Long Biên, Asia/Ho_Chi_Minh)', family: 'workforce-directory', language: 'vi', schema: B, cols: [
  ['Tên đăng nhập', (c) => baUser(c), ['b2b.personKey.sourceID', 'extSourceSystemAudit.externalID'], opt],
  ['Mã nhân viên', (c) => `TMD${pad((n(c) * 7) % 1000, 4)}`, B2BID, opt],
  ['Họ và tên', (c) => baP(c).full, ['person.name.fullName']],
  ['Email', (c) => `${baUser(c)}@toyotahathanh.vn`, WE],
  ['Số điện thoại', (c) => vnMob(c, 'bam'), ['mobilePhone.number', 'workPhone.number']],
  ['Chức danh', (c) => row(baD(c)[1], n(c) >> 3), ['extendedWorkDetails.jobTitle']],
  ['Phòng ban', (c) => baD(c)[0], ['extendedWorkDetails.departments[0]']],
  ['Chi nhánh', (c) => row(['Showroom Mỹ Đình', 'Showroom Long Biên'], (n(c) >> 1) % 2), [W('city'), W('street1')], opt],
  ['Quản lý trực tiếp', (c) => row(['hungnv', 'thuyptt', 'namlh', 'ducbm'], (n(c) >> 2) % 4), ['extendedWorkDetails.reportsToID'], opt],
  ['Ngày sinh', (c) => dmy(shift(baDob(c), 0), '/'), ['person.birthDate']],
  ['Giới tính', (c) => (baP(c).female ? 'Nữ' : 'Nam'), ['person.gender']],
  ['Địa chỉ', (c) => `Số ${1 + baP(c).k1 % 120}, ngõ ${1 + baP(c).k2 % 300} ${row(['Mỹ Đình', 'Nguyễn Văn Cừ', 'Cầu Giấy', 'Trần Duy Hưng', 'Ngọc Lâm', 'Hồ Tùng Mậu'], baP(c).k3 % 6)}, Hà Nội`, ['homeAddress.street1'], opt],
  ['Ngày bắt đầu làm việc', (c) => dmy(shift(baStart(c), 7), '/'), [], opt],
  ['Loại tài khoản', (c) => (n(c) % 23 === 0 ? 'Owner' : n(c) % 9 === 0 ? 'Admin' : 'Member'), []],
  ['Trạng thái', (c) => (n(c) % 12 === 0 ? 'Đã vô hiệu hóa' : 'Đang hoạt động'), [], opt],
  ['Ngày tạo', (c) => dmy(shift(baStart(c) + 2 * day, 7), '/'), ['extSourceSystemAudit.createdDate'], opt],
  ['Đăng nhập lần cuối', (c) => (n(c) % 12 === 0 ? '' : (() => { const p = shift(Date.UTC(2025, 4, 20) + ((n(c) * 131) % (25 * 86400)) * 1000, 7); return `${dmy(p, '/')} ${hm(p)}` })()), ['extSourceSystemAudit.lastActivityDate'], opt],
] }

export const SETS = [SET_AF, SET_RS, SET_MX, SET_IT, SET_INB, SET_HK, SET_DD, SET_APT, SET_DT, SET_BA]
