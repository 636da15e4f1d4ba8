// Round 21, heldout21: held-out sets added in round 23, written apart from the suggester and any tuning, scored once at
// the end. Same format as sets.mjs (sources in ../README.md): header as the product exports it, one value generator per
// column in the product's formats, the accepted destinations ([] = nothing fits) and 'opt' for borderline columns.
import { E, P, v, at, HOME, PL, OR, SHIP, BILL, opt } from './sets.mjs'
import { loc11 } from './values11.mjs'
import { kst, loc12 } from './values12.mjs'
import { pad, shift } from './values.mjs'

const ymdhms = (p) => `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const ko = (c) => loc12(c, 'ko')
const ja = (c) => loc12(c, 'ja')
const won = (n) => String(Math.round(n))
const yen = (n) => String(Math.round(n))

// Naver Smartstore: a Korean fashion shop's orders (스마트스토어센터 > 판매관리 > 발주/발송관리 > 엑셀다운, one row per 상품주문).
const NV_P = [['1098765432', '오버핏 코튼 반팔 티셔츠', '색상: 블랙 / 사이즈: L', 19900, 'TS-OV-BK-L'], ['1087654321', '와이드 데님 팬츠', '색상: 연청 / 사이즈: M', 45900, 'DN-WD-LB-M'], ['1076543210', '울 블렌드 가디건', '색상: 오트밀 / 사이즈: FREE', 59000, 'CD-WL-OT-F'], ['1065432109', '캔버스 에코백', '색상: 아이보리', 15800, 'BG-EC-IV'], ['1054321098', '린넨 셔츠 원피스', '색상: 네이비 / 사이즈: S', 52000, 'OP-LN-NV-S']]
const nvp = (o) => NV_P[+o.id % NV_P.length]
const nvSub = (o) => nvp(o)[3] * o.qty
const nvDisc = (o) => (+o.id % 4 === 1 ? Math.round(nvSub(o) * 0.1 / 10) * 10 : 0)
const nvShip = (o) => (nvSub(o) >= 50000 ? 0 : 3000)
const NV_ST = ['배송완료', '구매확정', '배송중', '발송대기', '결제완료', '취소']
const nvSt = (o) => NV_ST[+o.id % NV_ST.length]
const nvShipped = (o) => ['배송완료', '구매확정', '배송중'].includes(nvSt(o))
const nvNo = (o) => `${kst(o.at).slice(0, 10).replace(/-/g, '')}${String(10000000 + (+o.id * 7919) % 89999999)}`
const mask = (s) => `${s.slice(0, 3)}****`

// Gmarket: a Korean seller's orders in ESM PLUS (주문관리 > 발송관리 > 엑셀 다운로드; one row per 주문번호, i.e. per item; 장바구니번호 groups one payment).
const GM_P = [['B552301948', '국산 햇 찹쌀 4kg', '', 28900], ['C610238475', '무선 핸디 청소기 HC-200', '색상:화이트', 89000], ['B498120374', '제주 감귤 5kg 가정용', '크기:로얄과', 24900], ['A987312045', '스텐 냄비 3종 세트', '', 49800], ['C702934518', '여성 기모 레깅스 2팩', '색상:블랙/사이즈:FREE', 15900]]
const gmp = (o) => GM_P[+o.id % GM_P.length]
const gmSale = (o) => gmp(o)[3] * o.qty
const gmCpn = (o) => (+o.id % 3 === 0 ? 2000 : 0)
const GM_ST = ['배송완료', '배송중', '발송대기', '입금확인', '구매결정완료', '취소요청']
const gmSt = (o) => GM_ST[+o.id % GM_ST.length]

// Yahoo!ショッピング: a Japanese shop's order file (ストアクリエイターPro > 注文管理 > 注文データのダウンロード, CSV of the order
// API's field names; one row per order).
const jst = (ms) => { const p = shift(ms, 9); return `${p.y}/${pad(p.m)}/${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const YH_ST = ['5', '5', '3', '2', '4', '1']
const YH_PAY = [['payment_a1', 'クレジットカード決済'], ['payment_a16', 'PayPay残高等支払い'], ['payment_b1', '商品代引'], ['payment_a6', 'コンビニ決済（セブン-イレブン）'], ['payment_a1', 'クレジットカード決済']]
const yhPay = (o) => YH_PAY[+o.id % YH_PAY.length]
const yhGift = (o) => +o.id % 6 === 2
const yhSub = (o) => Math.round(o.subtotal * 160)
const yhShip = (o) => (yhSub(o) >= 5000 ? 0 : 660)
const yhPoint = (o) => (+o.id % 5 === 1 ? 300 : 0)
const yhDisc = (o) => (+o.id % 4 === 3 ? 500 : 0)
const yhCod = (o) => (yhPay(o)[0] === 'payment_b1' ? 330 : 0)

// Blibli: an Indonesian seller's orders (Seller Center > Pesanan > Ekspor, Excel; Indonesian UI, one row per order item).
const idp = (c) => loc11(c, 'id')
const wib = (ms) => { const p = shift(ms, 7); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const BL_CITY = [['Kota Jakarta Selatan', 'DKI Jakarta', '12190', 'Jl. Senopati No. '], ['Kota Bandung', 'Jawa Barat', '40115', 'Jl. Ir. H. Juanda No. '], ['Kota Surabaya', 'Jawa Timur', '60271', 'Jl. Raya Darmo No. '], ['Kota Medan', 'Sumatera Utara', '20152', 'Jl. Gatot Subroto No. '], ['Kota Tangerang Selatan', 'Banten', '15224', 'Jl. Pahlawan Seribu No. ']]
const blc = (c) => BL_CITY[+c.id % BL_CITY.length]
const BL_P = [['HEM-60001-00123', 'Samsung Galaxy A15 8/256GB - Biru', 'SMG-A15-BL', 3199000], ['MAT-60012-00456', 'Philips Air Fryer HD9252', 'PHL-AF-9252', 1299000], ['GRS-60033-00789', 'Tas Ransel Laptop Eiger 15"', 'EGR-RSL-15', 549000], ['KEA-60101-00012', 'Susu UHT Ultra Milk 1L (isi 12)', 'UHT-1L-12', 219000]]
const blp = (o) => BL_P[+o.id % BL_P.length]
const BL_ST = ['Selesai', 'Selesai', 'Dalam Pengiriman', 'Siap Dikirim', 'Pesanan Baru', 'Dibatalkan']
const blSt = (o) => BL_ST[+o.id % BL_ST.length]
const rp = (n) => String(Math.round(n))

// JD.com: a POP merchant's order export (京东商家后台 > 订单管理 > 订单导出, Excel; one row per order line).
const ZH_LAST = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴']
const ZH_FIRST = [['伟', '芳'], ['强', '娜'], ['磊', '敏'], ['军', '静'], ['洋', '丽'], ['勇', '婷'], ['杰', '雪'], ['浩然', '欣怡']]
const ZH_PLACE = [['北京', '北京市', '朝阳区', '建国路88号SOHO现代城3号楼1201'], ['上海', '上海市', '浦东新区', '张杨路500号华润时代广场15楼'], ['广东', '广州市', '天河区', '体育西路103号维多利广场B座2206'], ['浙江', '杭州市', '西湖区', '文三路90号东部软件园2号楼'], ['四川', '成都市', '武侯区', '人民南路四段12号'], ['江苏', '南京市', '鼓楼区', '中山路321号']]
const zh = (c) => { const n = +c.id; const female = n % 2 === 1; const last = ZH_LAST[(n >> 1) % ZH_LAST.length]; const first = ZH_FIRST[(n >> 2) % ZH_FIRST.length][female ? 1 : 0]; const [prov, city, dist, street] = ZH_PLACE[(n >> 3) % ZH_PLACE.length]; return { last, first, full: `${last}${first}`, female, prov, city, dist, street, mobile: `1${['38', '39', '58', '86', '37'][n % 5]}${String(10000000 + (n * 7919) % 89999999)}` } }
const cst = (ms) => ymdhms(shift(ms, 8))
const JD_P = [['100012043978', '小米 Redmi Buds 5 真无线降噪蓝牙耳机 雪域白', 'RB5-WH', 199.0], ['100038004353', '三只松鼠 每日坚果 750g/30袋', 'SZS-MRJG-750', 89.9], ['100021367452', '九阳 破壁机 L18-P393 家用多功能', 'JY-P393', 599.0], ['100056780912', '安踏 男款 跑步鞋 氮科技 黑色 42', 'AT-PB-BK-42', 369.0]]
const jdp = (o) => JD_P[+o.id % JD_P.length]
const JD_ST = ['完成', '完成', '等待确认收货', '等待出库', '锁定', '(删除)']
const jdSt = (o) => JD_ST[+o.id % JD_ST.length]
const jdGoods = (o) => +(jdp(o)[3] * o.qty).toFixed(2)
const jdShip = (o) => (jdGoods(o) >= 99 ? 0 : 6)
const jdDisc = (o) => (+o.id % 4 === 2 ? 20 : 0)

// Toss Payments: a Korean shop's payments (상점관리자 > 결제내역 > 엑셀 다운로드; after the Payment object of Toss Payments' API).
const TS_M = ['카드', '카드', '간편결제', '가상계좌', '계좌이체', '휴대폰']
const tsM = (o) => TS_M[+o.id % TS_M.length]
const TS_ST = ['DONE', 'DONE', 'DONE', 'CANCELED', 'PARTIAL_CANCELED', 'WAITING_FOR_DEPOSIT', 'ABORTED']
const tsSt = (o) => (tsM(o) === '가상계좌' && +o.id % 2 === 0 ? 'WAITING_FOR_DEPOSIT' : TS_ST[(+o.id >> 1) % TS_ST.length])
const tsAmt = (o) => Math.round(o.subtotal * 1450 / 100) * 100
const tsCancel = (o) => (tsSt(o) === 'CANCELED' ? tsAmt(o) : tsSt(o) === 'PARTIAL_CANCELED' ? Math.round(tsAmt(o) * 0.3 / 100) * 100 : 0)
const tsCard = (o) => ['신한', '현대', '삼성', 'KB국민', '롯데', 'BC'][(+o.id >> 2) % 6]
const tsWon = (n) => n.toLocaleString('en-US')

// Alipay: a Chinese merchant's daily trade details (支付宝商家中心 > 账单下载 > 业务明细, CSV; one row per trade or refund).
const ALI_P = [['会员月卡', 30], ['精品咖啡 拿铁 大杯', 32], ['鲜花 11枝红玫瑰花束', 168], ['儿童绘本套装 10册', 99], ['扫码点餐-堂食', 86.5]]
const alip = (o) => ALI_P[+o.id % ALI_P.length]
const aliRefund = (o) => +o.id % 7 === 3
const aliSign = (o) => (aliRefund(o) ? -1 : 1)
const aliMerchDisc = (o) => (+o.id % 5 === 2 ? 5 : 0)
const aliAliDisc = (o) => (+o.id % 6 === 1 ? 2 : 0)
const yuan = (n) => n.toFixed(2)
const aliNo = (o) => `${cst(o.at).slice(0, 10).replace(/-/g, '')}2200${String(1400000000 + (+o.id * 104729) % 899999999)}${pad(+o.id % 100000, 5)}`.slice(0, 28)

// WeChat Pay: a merchant's ALL bill (商户平台 > 交易中心 > 交易账单 > 下载, CSV; the documented bill columns, every value prefixed with `).
const WX_T = ['JSAPI', 'JSAPI', 'NATIVE', 'MICROPAY', 'APP']
const WX_BANK = ['OTHERS', 'CMB_CREDIT', 'ICBC_DEBIT', 'CCB_DEBIT', 'CFT']
const wxRefund = (o) => +o.id % 6 === 5
const wxAmt = (o) => +(o.subtotal * 7.2).toFixed(2)
const wxCoupon = (o) => (+o.id % 4 === 1 ? 3 : 0)
const bt = (s) => `\`${s}`
const WX_P = ['美团外卖-订单支付', '星巴克咖啡', '有赞商城订单', '滴滴出行', '瑞幸咖啡小程序']

// Dotpay: a Polish shop's operations (panel sprzedawcy Dotpay > Operacje > Eksport, CSV; Polish UI, decimal comma).
const PL_FIRST = [['Jakub', 'Anna'], ['Mateusz', 'Katarzyna'], ['Piotr', 'Agnieszka'], ['Tomasz', 'Magdalena'], ['Łukasz', 'Joanna'], ['Michał', 'Zofia']]
const PL_LAST = [['Nowak', 'Nowak'], ['Kowalski', 'Kowalska'], ['Wiśniewski', 'Wiśniewska'], ['Wójcik', 'Wójcik'], ['Kamiński', 'Kamińska'], ['Zieliński', 'Zielińska']]
const plSlug = (s) => s.toLowerCase().replace(/ł/g, 'l').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')
const pl = (c) => { const n = +c.id; const fem = n % 2 === 1 ? 1 : 0; const first = PL_FIRST[(n >> 1) % PL_FIRST.length][fem]; const last = PL_LAST[(n >> 2) % PL_LAST.length][fem]; return { first, last, full: `${first} ${last}`, email: `${plSlug(first)}.${plSlug(last)}${n % 90 + 10}@${['gmail.com', 'wp.pl', 'onet.pl', 'o2.pl'][n % 4]}` } }
const warsaw = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return ymdhms(shift(ms, m >= 4 && m <= 10 ? 2 : 1)) }
const DP_CH = [['73', 'BLIK'], ['1', 'mTransfer (mBank)'], ['248', 'Karta płatnicza'], ['2', 'Płacę z Inteligo'], ['73', 'BLIK'], ['11', 'Przelew/Przekaz']]
const dpCh = (o) => DP_CH[+o.id % DP_CH.length]
const DP_ST = ['zrealizowana', 'zrealizowana', 'zrealizowana', 'nowa', 'odrzucona', 'zrealizowana']
const dpSt = (o) => DP_ST[+o.id % DP_ST.length]
const dpZwrot = (o) => +o.id % 9 === 4
const dpAmt = (o) => +(o.subtotal * 4.3).toFixed(2)
const zl = (n) => n.toFixed(2).replace('.', ',')

// Youzan: a Chinese brand's customer list (有赞微商城 > 客户 > 客户列表 > 导出, Excel; members with level, points and stored value).
const YZ_LV = ['', '普通会员', '普通会员', '银卡会员', '金卡会员', '黑金会员']
const yzLv = (c) => YZ_LV[+c.id % YZ_LV.length]
const YZ_SRC = ['微信公众号', '微信小程序', '线下门店', '导入', '有赞分销']
const YZ_TAG = ['', '高价值', '复购客户,母婴', '新客', '沉睡客户']

// LINE Official Account: a Japanese cosmetics brand's friends (友だちリスト exported through the account's member-linking
// tool: the LINE profile of each friend plus the linked member's data).
const LN_ROUTE = ['QRコード', '友だち追加広告', 'ショップカード', 'ウェブサイト', 'LINE公式アカウントの検索']
const LN_TAG = ['', 'スキンケア', 'スキンケア,クーポン利用', 'メイク', '休眠']
const lnLinked = (c) => +c.id % 4 !== 0
const lnUid = (c) => `U${v.hex(v.rng(+c.id), 32)}`

// Kakao channel: a Korean shop's members who joined through Kakao Sync (카카오싱크 간편가입; the Kakao Login user fields and
// the 카카오톡 채널 relation, exported from the shop's member admin in Korean).
const KK_REL = ['ADDED', 'ADDED', 'ADDED', 'BLOCKED', 'NONE']
const kkRel = (c) => KK_REL[+c.id % KK_REL.length]
const kkPhone = (c) => `+82 ${ko(c).mobile.slice(1)}`

export const SETS = [
  // ---------------------------------------------------------------- e-commerce orders
  { name: 'naver-smartstore-jumun-ko', product: 'Naver Smartstore (스마트스토어센터 > 발주/발송관리 > 엑셀다운; Korean, a fashion shop, one row per 상품주문)', family: 'ecommerce-orders', language: 'ko', schema: E, cols: [
    ['상품주문번호', (c, o) => `${nvNo(o).slice(0, 15)}${(+o.id % 9) + 1}`, ['_id'], opt],
    ['주문번호', (c, o) => nvNo(o), [OR('purchaseID')]],
    ['배송방법(구매자 요청)', (c, o) => (+o.id % 8 === 0 ? '방문수령' : '택배,등기,소포'), [], opt],
    ['배송방법', (c, o) => (+o.id % 8 === 0 ? '방문수령' : '택배,등기,소포'), ['commerce.shipping.shippingMethod'], opt],
    ['택배사', (c, o) => (nvShipped(o) ? ['CJ대한통운', '롯데택배', '한진택배'][+o.id % 3] : ''), ['commerce.shipping.shippingMethod'], opt],
    ['송장번호', (c, o, r) => (nvShipped(o) ? String(v.int(r, 100000, 999999)) + String(v.int(r, 100000, 999999)) : ''), ['commerce.shipping.trackingNumber'], opt],
    ['발송일', (c, o) => (nvShipped(o) ? kst(o.at + 26 * 3600000) : ''), ['commerce.shipping.shipDate']],
    ['구매자명', (c) => ko(c).full, []],
    ['구매자ID', (c) => mask(ko(c).memberId), [], opt],
    ['수취인명', (c, o) => (+o.id % 7 === 3 ? '박서연' : ko(c).full), []],
    ['주문상태', (c, o) => nvSt(o), [], opt],
    ['주문세부상태', (c, o) => (nvSt(o) === '취소' ? '취소완료' : ''), [], opt],
    ['결제위치', (c, o) => (+o.id % 3 === 0 ? 'PC' : 'MOBILE'), [], opt],
    ['결제일', (c, o) => kst(o.at + 60000), [], opt],
    ['상품번호', (c, o) => nvp(o)[0], [PL('SKU'), PL('product')], opt],
    ['상품명', (c, o) => nvp(o)[1], [PL('name')]],
    ['옵션정보', (c, o) => nvp(o)[2], [PL('selectedOptions[0].value')], opt],
    ['수량', (c, o) => String(o.qty), [PL('quantity')]],
    ['옵션가격', () => '0', []],
    ['상품가격', (c, o) => won(nvp(o)[3]), []],
    ['상품별 할인액', (c, o) => won(nvDisc(o)), [PL('discountAmount')]],
    ['상품별 총 주문금액', (c, o) => won(nvSub(o) - nvDisc(o)), [PL('priceTotal')]],
    ['발주확인일', (c, o) => (nvSt(o) === '결제완료' || nvSt(o) === '취소' ? '' : kst(o.at + 5 * 3600000)), [], opt],
    ['배송비 합계', (c, o) => won(nvShip(o)), ['commerce.shipping.shippingAmount']],
    ['판매자 상품코드', (c, o) => nvp(o)[4], [PL('SKU')]],
    ['수취인연락처1', (c, o) => (+o.id % 7 === 3 ? '010-4821-0937' : ko(c).mobile), [], opt],
    ['배송지', (c, o) => (+o.id % 7 === 3 ? '경기도 성남시 분당구 판교역로 166 101동 1203호' : ko(c).address), [SHIP('street1')], opt],
    ['구매자연락처', (c) => ko(c).mobile, [], opt],
    ['우편번호', (c, o) => (+o.id % 7 === 3 ? '13529' : ko(c).zip), [SHIP('postalCode')]],
    ['배송메세지', (c, o, r) => v.pick(r, ['', '', '문 앞에 놓아주세요', '부재 시 경비실에 맡겨주세요', '배송 전 연락주세요']), []],
    ['결제수단', (c, o) => ['신용카드', '네이버페이 포인트', '신용카드 간편결제', '계좌 간편결제', '무통장입금'][+o.id % 5], [OR('payments[0].paymentType')]],
    ['네이버페이 주문관리 수수료', (c, o) => won((nvSub(o) - nvDisc(o)) * 0.0363), []],
    ['매출연동 수수료', (c, o) => (+o.id % 3 === 1 ? won((nvSub(o) - nvDisc(o)) * 0.02) : '0'), []],
    ['정산예정금액', (c, o) => won((nvSub(o) - nvDisc(o)) * (1 - 0.0363)), [], opt],
    ['유입경로', (c, o) => ['네이버쇼핑', '검색에서 유입', '스토어 찜', '외부 유입', '네이버 광고'][+o.id % 5], [], opt],
    ['주문일시', (c, o) => kst(o.at), ['timestamp', OR('createdDate')]],
  ] },
  { name: 'gmarket-jumun-ko', product: 'Gmarket (ESM PLUS > 주문관리 > 발송관리 > 엑셀 다운로드; Korean, a food and household seller, one row per 주문번호)', family: 'ecommerce-orders', language: 'ko', schema: E, cols: [
    ['판매아이디', () => 'hanbit_mall', []],
    ['주문번호', (c, o) => String(3400000000 + (+o.id * 7919) % 599999999), [OR('purchaseID'), '_id'], opt],
    ['장바구니번호', (c, o) => String(4100000000 + (+o.id * 104729) % 599999999), ['commerce.cart.cartID', OR('purchaseID')], opt],
    ['주문상태', (c, o) => gmSt(o), [], opt],
    ['상품번호', (c, o) => gmp(o)[0], [PL('SKU'), PL('product')], opt],
    ['상품명', (c, o) => gmp(o)[1], [PL('name')]],
    ['옵션', (c, o) => gmp(o)[2], [PL('selectedOptions[0].value')], opt],
    ['추가구성', () => '', []],
    ['수량', (c, o) => String(o.qty), [PL('quantity')]],
    ['판매단가', (c, o) => won(gmp(o)[3]), []],
    ['판매금액', (c, o) => won(gmSale(o)), [PL('priceTotal')]],
    ['판매자할인', () => '0', [PL('discountAmount')], opt],
    ['구매쿠폰적용금액', (c, o) => won(gmCpn(o)), [OR('discountAmount')], opt],
    ['배송비 금액', (c, o) => won(gmSale(o) >= 30000 ? 0 : 3000), ['commerce.shipping.shippingAmount']],
    ['주문일자', (c, o) => kst(o.at), ['timestamp', OR('createdDate')]],
    ['결제완료일', (c, o) => kst(o.at + 180000), [], opt],
    ['구매자명', (c) => ko(c).full, []],
    ['구매자ID', (c) => mask(ko(c).memberId), [], opt],
    ['구매자 휴대폰', (c) => ko(c).mobile, [], opt],
    ['구매자 전화번호', (c, o, r) => (r() < 0.2 ? `02-${v.int(r, 300, 999)}-${pad(v.int(r, 0, 9999), 4)}` : ''), [], opt],
    ['수령인명', (c) => ko(c).full, []],
    ['수령인 휴대폰', (c) => ko(c).mobile, [], opt],
    ['우편번호', (c) => ko(c).zip, [SHIP('postalCode')]],
    ['주소', (c) => ko(c).address, [SHIP('street1')], opt],
    ['배송시 요구사항', (c, o, r) => v.pick(r, ['', '', '부재시 문앞', '파손주의 부탁드립니다', '경비실에 맡겨주세요']), []],
    ['택배사명', (c, o) => (['배송완료', '배송중', '구매결정완료'].includes(gmSt(o)) ? ['CJ대한통운', '우체국택배', '로젠택배'][+o.id % 3] : ''), ['commerce.shipping.shippingMethod'], opt],
    ['송장번호', (c, o, r) => (['배송완료', '배송중', '구매결정완료'].includes(gmSt(o)) ? String(v.int(r, 100000, 999999)) + String(v.int(r, 100000, 999999)) : ''), ['commerce.shipping.trackingNumber'], opt],
    ['발송예정일', (c, o) => kst(o.at + 2 * 86400000).slice(0, 10), [], opt],
    ['판매자 관리코드', (c, o) => `HB-${gmp(o)[0].slice(-4)}`, [PL('SKU')]],
    ['서비스이용료', (c, o) => won(gmSale(o) * 0.12), []],
    ['정산예정금액', (c, o) => won(gmSale(o) * 0.88), [], opt],
  ] },
  { name: 'yahoo-shopping-chumon-ja', product: 'Yahoo!ショッピング (ストアクリエイターPro > 注文データのダウンロード, CSV of the order API\'s field names; a Japanese kitchenware shop, one row per order)', family: 'ecommerce-orders', language: 'ja', schema: E, cols: [
    ['OrderId', (c, o) => `kitchen-maru-${10000 + (+o.id % 90000)}`, [OR('purchaseID')]],
    ['OrderTime', (c, o) => jst(o.at), ['timestamp', OR('createdDate')]],
    ['OrderStatus', (c, o) => YH_ST[+o.id % YH_ST.length], [], opt],
    ['DeviceType', (c, o) => ['1', '2', '2', '3'][+o.id % 4], [], opt],
    ['PayStatus', (c, o) => (yhPay(o)[0] === 'payment_b1' ? '0' : '1'), [], opt],
    ['PayMethod', (c, o) => yhPay(o)[0], [OR('payments[0].paymentType')], opt],
    ['PayMethodName', (c, o) => yhPay(o)[1], [OR('payments[0].paymentType')]],
    ['BillLastName', (c) => ja(c).last, []],
    ['BillFirstName', (c) => ja(c).first, []],
    ['BillLastNameKana', (c) => ja(c).lastKana, []],
    ['BillFirstNameKana', (c) => ja(c).firstKana, []],
    ['BillZipCode', (c) => ja(c).zip, [BILL('postalCode')]],
    ['BillPrefecture', (c) => ja(c).pref, [BILL('stateProvince'), BILL('state')]],
    ['BillCity', (c) => ja(c).city, [BILL('city')]],
    ['BillAddress1', (c) => ja(c).town.split(' ')[0], [BILL('street1')]],
    ['BillAddress2', (c) => ja(c).town.split(' ').slice(1).join(' '), [BILL('street2')]],
    ['BillPhoneNumber', (c) => ja(c).mobile.join('-'), [], opt],
    ['BillMailAddress', (c) => `${v.hex(v.rng(+c.id), 10)}@yahoo.co.jp`, ['endUserIDs._experience.emailid.id'], opt],
    ['ShipMethodName', (c, o) => ['宅配便', '宅配便', 'ネコポス', 'ゆうパケット'][+o.id % 4], ['commerce.shipping.shippingMethod'], opt],
    ['ShipLastName', (c, o) => (yhGift(o) ? '佐藤' : ja(c).last), []],
    ['ShipFirstName', (c, o) => (yhGift(o) ? '美和' : ja(c).first), []],
    ['ShipZipCode', (c, o) => (yhGift(o) ? '330-0854' : ja(c).zip), [SHIP('postalCode')]],
    ['ShipPrefecture', (c, o) => (yhGift(o) ? '埼玉県' : ja(c).pref), [SHIP('stateProvince'), SHIP('state')]],
    ['ShipCity', (c, o) => (yhGift(o) ? 'さいたま市大宮区' : ja(c).city), [SHIP('city')]],
    ['ShipAddress1', (c, o) => (yhGift(o) ? '桜木町1-7-5' : ja(c).town.split(' ')[0]), [SHIP('street1')]],
    ['ShipAddress2', (c, o) => (yhGift(o) ? 'ソニックシティ12F' : ja(c).town.split(' ').slice(1).join(' ')), [SHIP('street2')]],
    ['ShipPhoneNumber', (c, o) => (yhGift(o) ? '048-640-1234' : ja(c).mobile.join('-')), [], opt],
    ['ShipRequestDate', (c, o) => (+o.id % 3 === 0 ? jst(o.at + 4 * 86400000).slice(0, 10) : ''), [], opt],
    ['ShipDate', (c, o) => (['5', '4'].includes(YH_ST[+o.id % YH_ST.length]) ? jst(o.at + 30 * 3600000).slice(0, 10) : ''), ['commerce.shipping.shipDate']],
    ['ShipInvoiceNumber1', (c, o, r) => (['5', '4'].includes(YH_ST[+o.id % YH_ST.length]) ? String(v.int(r, 100000, 999999)) + String(v.int(r, 100000, 999999)) : ''), ['commerce.shipping.trackingNumber'], opt],
    ['ShipCharge', (c, o) => yen(yhShip(o)), ['commerce.shipping.shippingAmount']],
    ['PayCharge', (c, o) => yen(yhCod(o)), []],
    ['GiftWrapCharge', (c, o) => (yhGift(o) ? '330' : '0'), []],
    ['Discount', (c, o) => yen(yhDisc(o)), [OR('discountAmount')]],
    ['UsePoint', (c, o) => yen(yhPoint(o)), [], opt],
    ['TotalPrice', (c, o) => yen(yhSub(o) + yhShip(o) + yhCod(o) + (yhGift(o) ? 330 : 0) - yhDisc(o) - yhPoint(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['BuyerComments', (c, o, r) => v.pick(r, ['', '', '', 'のし紙をお願いします（内祝）', '午前中の配達希望です']), []],
  ] },
  { name: 'blibli-pesanan-id', product: 'Blibli (Seller Center > Pesanan > Ekspor pesanan, Excel; Indonesian UI, one row per order item)', family: 'ecommerce-orders', language: 'id', schema: E, cols: [
    ['No. Order', (c, o) => String(25000000000 + (+o.id * 7919) % 999999999), [OR('purchaseID')]],
    ['No. Order Item', (c, o) => String(36000000000 + (+o.id * 104729) % 999999999), ['_id'], opt],
    ['Tanggal Order', (c, o) => wib(o.at), ['timestamp', OR('createdDate')]],
    ['Status Order', (c, o) => blSt(o), [], opt],
    ['Nama Pemesan', (c) => `${idp(c).first} ${idp(c).last}`, []],
    ['Nama Penerima', (c) => `${idp(c).first} ${idp(c).last}`, []],
    ['No. Telepon Penerima', (c, o, r) => `08${v.int(r, 11, 59)}${v.int(r, 10000000, 99999999)}`, [], opt],
    ['Alamat Pengiriman', (c, o, r) => `${blc(c)[3]}${v.int(r, 1, 150)}${r() < 0.4 ? `, RT 0${v.int(r, 1, 9)}/RW 0${v.int(r, 1, 9)}` : ''}`, [SHIP('street1')]],
    ['Kota', (c) => blc(c)[0], [SHIP('city')]],
    ['Provinsi', (c) => blc(c)[1], [SHIP('stateProvince'), SHIP('state')]],
    ['Kode Pos', (c) => blc(c)[2], [SHIP('postalCode')]],
    ['Blibli SKU', (c, o) => blp(o)[0], [PL('SKU'), PL('product')], opt],
    ['SKU Merchant', (c, o) => blp(o)[2], [PL('SKU')]],
    ['Nama Produk', (c, o) => blp(o)[1], [PL('name')]],
    ['Jumlah', (c, o) => String(o.qty), [PL('quantity')]],
    ['Harga Produk', (c, o) => rp(blp(o)[3]), []],
    ['Total Harga', (c, o) => rp(blp(o)[3] * o.qty), [PL('priceTotal')]],
    ['Voucher Seller', (c, o) => (+o.id % 5 === 2 ? '25000' : '0'), [PL('discountAmount'), OR('discountAmount')], opt],
    ['Ongkos Kirim', (c, o) => (blp(o)[3] * o.qty >= 500000 ? '0' : ['12000', '18000', '9000'][+o.id % 3]), ['commerce.shipping.shippingAmount']],
    ['Metode Pembayaran', (c, o) => ['Kartu Kredit', 'BCA Virtual Account', 'GoPay', 'Blipay', 'Cicilan 0%'][+o.id % 5], [OR('payments[0].paymentType')]],
    ['Metode Pengiriman', (c, o) => ['Regular', 'Regular', 'Same Day', 'Instant'][+o.id % 4], ['commerce.shipping.shippingMethod'], opt],
    ['Logistik', (c, o) => ['JNE', 'SiCepat', 'Blibli Express Service', 'GoSend'][+o.id % 4], ['commerce.shipping.shippingMethod'], opt],
    ['No. AWB', (c, o, r) => (['Selesai', 'Dalam Pengiriman'].includes(blSt(o)) ? `JP${v.int(r, 1000000000, 9999999999)}` : ''), ['commerce.shipping.trackingNumber'], opt],
    ['Tanggal Kirim', (c, o) => (['Selesai', 'Dalam Pengiriman'].includes(blSt(o)) ? wib(o.at + 28 * 3600000) : ''), ['commerce.shipping.shipDate']],
    ['Catatan Pembeli', (c, o, r) => v.pick(r, ['', '', '', 'Tolong dibungkus bubble wrap', 'Titip ke satpam kalau tidak ada orang']), []],
  ] },
  { name: 'jd-dingdan-zh', product: 'JD.com (京东商家后台 > 订单管理 > 订单导出, Excel; Simplified Chinese, a POP merchant, one row per order line)', family: 'ecommerce-orders', language: 'zh', schema: E, cols: [
    ['订单号', (c, o) => String(280000000000 + (+o.id * 7919) % 99999999999), [OR('purchaseID')]],
    ['商品ID', (c, o) => jdp(o)[0], [PL('SKU'), PL('product')], opt],
    ['商品名称', (c, o) => jdp(o)[1], [PL('name')]],
    ['订购数量', (c, o) => String(o.qty), [PL('quantity')]],
    ['支付方式', (c, o) => ['在线支付', '在线支付', '货到付款'][+o.id % 3], [OR('payments[0].paymentType')], opt],
    ['下单时间', (c, o) => cst(o.at), ['timestamp', OR('createdDate')]],
    ['京东价', (c, o) => jdp(o)[3].toFixed(2), []],
    ['订单金额', (c, o) => (jdGoods(o) + jdShip(o)).toFixed(2), [OR('priceTotal')], opt],
    ['结算金额', (c, o) => (jdGoods(o) + jdShip(o) - jdDisc(o)).toFixed(2), [], opt],
    ['余额支付', () => '0.00', []],
    ['应付金额', (c, o) => (jdGoods(o) + jdShip(o) - jdDisc(o)).toFixed(2), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['订单状态', (c, o) => jdSt(o), [], opt],
    ['订单类型', () => '普通订单', [OR('orderType')], opt],
    ['下单帐号', (c) => `jd_${v.hex(v.rng(+c.id), 8)}`, [], opt],
    ['客户姓名', (c) => zh(c).full, []],
    ['客户地址', (c) => `${zh(c).prov}${zh(c).city}${zh(c).dist}${zh(c).street}`, [SHIP('street1')], opt],
    ['联系电话', (c) => `${zh(c).mobile.slice(0, 3)}****${zh(c).mobile.slice(7)}`, [], opt],
    ['订单备注', (c, o, r) => v.pick(r, ['', '', '', '请尽快发货', '周末送货']), []],
    ['发票类型', (c, o) => ['电子发票', '电子发票', '不开发票', '增值税专用发票'][+o.id % 4], []],
    ['发票抬头', (c, o) => (+o.id % 4 === 3 ? '杭州云帆科技有限公司' : +o.id % 4 === 2 ? '' : '个人'), []],
    ['商家备注', () => '', []],
    ['运费金额', (c, o) => jdShip(o).toFixed(2), ['commerce.shipping.shippingAmount']],
    ['付款确认时间', (c, o) => cst(o.at + 45000), [], opt],
    ['货号', (c, o) => jdp(o)[2], [PL('SKU')]],
    ['订单完成时间', (c, o) => (jdSt(o) === '完成' ? cst(o.at + 5 * 86400000) : ''), [], opt],
    ['订单来源', (c, o) => ['移动端', '移动端', 'PC端', '微信'][+o.id % 4], [], opt],
    ['京东优惠', (c, o) => jdDisc(o).toFixed(2), [OR('discountAmount')], opt],
    ['物流公司', (c, o) => (['完成', '等待确认收货'].includes(jdSt(o)) ? '京东快递' : ''), ['commerce.shipping.shippingMethod'], opt],
    ['运单号', (c, o, r) => (['完成', '等待确认收货'].includes(jdSt(o)) ? `JDVA${v.int(r, 10000000000, 99999999999)}` : ''), ['commerce.shipping.trackingNumber'], opt],
  ] },

  // ---------------------------------------------------------------- payments
  { name: 'toss-payments-geolae-ko', product: 'Toss Payments (상점관리자 > 결제내역 > 엑셀 다운로드; Korean, after the Payment object of its API; an online shop)', family: 'payments', language: 'ko', schema: E, cols: [
    ['결제일시', (c, o) => kst(o.at), ['timestamp']],
    ['주문번호', (c, o) => `ORD-${kst(o.at).slice(0, 10).replace(/-/g, '')}-${pad(+o.id % 10000, 4)}`, [OR('purchaseID')]],
    ['주문명', (c, o) => (o.qty > 1 ? `${nvp(o)[1]} 외 ${o.qty - 1}건` : nvp(o)[1]), [PL('name')], opt],
    ['결제키', (c, o, r) => `tgen_${kst(o.at).slice(0, 10).replace(/-/g, '')}${v.alnum(r, 14)}`, [OR('payments[0].transactionID'), '_id']],
    ['결제수단', (c, o) => tsM(o), [OR('payments[0].paymentType')]],
    ['간편결제사', (c, o) => (tsM(o) === '간편결제' ? ['토스페이', '네이버페이', '카카오페이', '삼성페이'][+o.id % 4] : ''), [OR('payments[0].paymentType')], opt],
    ['결제상태', (c, o) => tsSt(o), [], opt],
    ['결제금액', (c, o) => tsWon(tsAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['공급가액', (c, o) => tsWon(Math.round(tsAmt(o) / 1.1)), [], opt],
    ['부가세', (c, o) => tsWon(tsAmt(o) - Math.round(tsAmt(o) / 1.1)), [OR('taxAmount')]],
    ['취소금액', (c, o) => tsWon(tsCancel(o)), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['잔액', (c, o) => tsWon(tsAmt(o) - tsCancel(o)), [], opt],
    ['통화', () => 'KRW', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['카드사', (c, o) => (tsM(o) === '카드' ? tsCard(o) : ''), [], opt],
    ['카드번호', (c, o, r) => (tsM(o) === '카드' ? `${v.int(r, 4000, 5599)}${v.int(r, 10, 99)}******${v.int(r, 100, 999)}*` : ''), []],
    ['할부개월', (c, o) => (tsM(o) === '카드' ? String([0, 0, 3, 0, 6][+o.id % 5]) : ''), []],
    ['승인번호', (c, o, r) => (tsM(o) === '카드' ? pad(v.int(r, 0, 99999999), 8) : ''), [], opt],
    ['가상계좌 은행', (c, o) => (tsM(o) === '가상계좌' ? ['국민', '신한', '우리'][+o.id % 3] : ''), []],
    ['입금기한', (c, o) => (tsM(o) === '가상계좌' ? kst(o.at + 3 * 86400000) : ''), []],
    ['승인일시', (c, o) => (['DONE', 'CANCELED', 'PARTIAL_CANCELED'].includes(tsSt(o)) ? kst(o.at + 4000) : ''), ['timestamp'], opt],
    ['구매자명', (c) => ko(c).full, []],
    ['구매자 이메일', (c) => ko(c).email, ['endUserIDs._experience.emailid.id'], opt],
    ['구매자 전화번호', (c) => ko(c).mobile.replace(/-/g, ''), [], opt],
    ['영수증', (c, o, r) => `https://dashboard.tosspayments.com/receipt/redirection?transactionId=${v.alnum(r, 20)}`, []],
  ] },
  { name: 'alipay-yewu-mingxi-zh', product: 'Alipay (支付宝商家中心 > 对账 > 账单下载 > 业务明细, CSV; Simplified Chinese, a café and flower chain\'s trades and refunds)', family: 'payments', language: 'zh', schema: E, cols: [
    ['支付宝交易号', (c, o) => aliNo(o), [OR('payments[0].transactionID'), '_id']],
    ['商户订单号', (c, o) => `T${cst(o.at).slice(0, 10).replace(/-/g, '')}${pad(+o.id % 1000000, 6)}`, [OR('purchaseID')]],
    ['业务类型', (c, o) => (aliRefund(o) ? '退款' : '交易'), [], opt],
    ['商品名称', (c, o) => alip(o)[0], [PL('name')], opt],
    ['创建时间', (c, o) => cst(o.at), ['timestamp', OR('createdDate')]],
    ['完成时间', (c, o) => cst(o.at + (aliRefund(o) ? 2 * 86400000 : 3000)), ['timestamp'], opt],
    ['门店编号', (c, o) => (+o.id % 4 === 0 ? '' : `HZ00${(+o.id % 3) + 1}`), ['commerce.commerceScope.storeCode'], opt],
    ['门店名称', (c, o) => (+o.id % 4 === 0 ? '' : ['西湖银泰店', '滨江龙湖店', '城西银泰店'][+o.id % 3]), [], opt],
    ['操作员', (c, o) => (+o.id % 4 === 0 ? '' : ['收银员01', '店长'][+o.id % 2]), []],
    ['终端号', (c, o) => (+o.id % 4 === 0 ? '' : `POS${pad(+o.id % 12, 3)}`), [], opt],
    ['对方账户', (c) => (+c.id % 2 ? `${zh(c).mobile.slice(0, 3)}****${zh(c).mobile.slice(7)}` : `${'lwzcyhz'[+c.id % 7]}**@163.com`), [], opt],
    ['订单金额（元）', (c, o) => yuan(aliSign(o) * alip(o)[1]), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['商家实收（元）', (c, o) => yuan(aliSign(o) * (alip(o)[1] - aliMerchDisc(o) - aliAliDisc(o))), [OR('payments[0].paymentAmount')], opt],
    ['支付宝红包（元）', () => '0.00', []],
    ['集分宝（元）', () => '0.00', []],
    ['支付宝优惠（元）', (c, o) => yuan(aliAliDisc(o)), [], opt],
    ['商家优惠（元）', (c, o) => yuan(aliMerchDisc(o)), [OR('discountAmount')], opt],
    ['券核销金额（元）', (c, o) => yuan(aliMerchDisc(o)), [], opt],
    ['券名称', (c, o) => (aliMerchDisc(o) ? '满50减5元券' : ''), ['commerce.promotionID'], opt],
    ['商家红包消费金额（元）', () => '0.00', []],
    ['卡消费金额（元）', () => '0.00', []],
    ['退款批次号/请求号', (c, o) => (aliRefund(o) ? `RF${cst(o.at).slice(0, 10).replace(/-/g, '')}${pad(+o.id % 100000, 5)}` : ''), [OR('refunds[0].transactionID')], opt],
    ['服务费（元）', (c, o) => yuan(aliSign(o) * -alip(o)[1] * 0.006), []],
    ['分润（元）', () => '0.00', []],
    ['备注', (c, o, r) => v.pick(r, ['', '', '', '扫码支付', '当面付']), []],
  ] },
  { name: 'wechatpay-zhangdan-zh', product: 'WeChat Pay (微信支付商户平台 > 交易中心 > 交易账单 > 全部订单 ALL, CSV; Simplified Chinese, each value prefixed with `)', family: 'payments', language: 'zh', schema: E, cols: [
    ['交易时间', (c, o) => bt(cst(o.at)), ['timestamp']],
    ['公众账号ID', () => bt('wx8a3f5c2e9b1d4760'), []],
    ['商户号', () => bt('1601234567'), []],
    ['特约商户号', () => bt('0'), []],
    ['设备号', (c, o) => bt(WX_T[+o.id % WX_T.length] === 'MICROPAY' ? `POS${pad(+o.id % 9, 2)}` : ''), [], opt],
    ['微信订单号', (c, o) => bt(`4200${String(1800000000 + (+o.id * 104729) % 799999999)}${cst(o.at).slice(0, 10).replace(/-/g, '')}${pad(+o.id % 10000, 4)}`), [OR('payments[0].transactionID'), '_id']],
    ['商户订单号', (c, o) => bt(`WX${cst(o.at).slice(0, 10).replace(/-/g, '')}${pad(+o.id % 100000, 5)}`), [OR('purchaseID')]],
    ['用户标识', (c, o, r) => bt(`oUpF8${v.alnum(r, 23)}`), [], opt],
    ['交易类型', (c, o) => bt(WX_T[+o.id % WX_T.length]), [], opt],
    ['交易状态', (c, o) => bt(wxRefund(o) ? 'REFUND' : 'SUCCESS'), [], opt],
    ['付款银行', (c, o) => bt(WX_BANK[+o.id % WX_BANK.length]), [OR('payments[0].paymentType')], opt],
    ['货币种类', () => bt('CNY'), [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['应结订单金额', (c, o) => bt((wxAmt(o) - wxCoupon(o)).toFixed(2)), [OR('payments[0].paymentAmount')], opt],
    ['代金券金额', (c, o) => bt(wxCoupon(o).toFixed(2)), [OR('discountAmount')], opt],
    ['微信退款单号', (c, o) => bt(wxRefund(o) ? `5030${String(2000000000 + (+o.id * 7919) % 799999999)}${pad(+o.id % 10000, 4)}` : '0'), [OR('refunds[0].transactionID')]],
    ['商户退款单号', (c, o) => bt(wxRefund(o) ? `RF${pad(+o.id % 100000, 5)}` : '0'), [OR('refunds[0].transactionID')], opt],
    ['退款金额', (c, o) => bt(wxRefund(o) ? wxAmt(o).toFixed(2) : '0.00'), [OR('refunds[0].refundAmount'), OR('refundTotal')]],
    ['充值券退款金额', () => bt('0.00'), []],
    ['退款类型', (c, o) => bt(wxRefund(o) ? 'ORIGINAL' : ''), [], opt],
    ['退款状态', (c, o) => bt(wxRefund(o) ? 'SUCCESS' : ''), [], opt],
    ['商品名称', (c, o) => bt(WX_P[+o.id % WX_P.length]), [PL('name')], opt],
    ['商户数据包', (c, o) => bt(+o.id % 3 === 0 ? `store=${(+o.id % 5) + 1}` : ''), []],
    ['手续费', (c, o) => bt((wxAmt(o) * 0.006).toFixed(2)), []],
    ['费率', () => bt('0.60%'), []],
    ['订单金额', (c, o) => bt(wxAmt(o).toFixed(2)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['申请退款金额', (c, o) => bt(wxRefund(o) ? wxAmt(o).toFixed(2) : '0.00'), [OR('refunds[0].refundAmount')], opt],
    ['费率备注', () => bt(''), []],
  ] },
  { name: 'dotpay-operacje-pl', product: 'Dotpay (panel sprzedawcy > Operacje > Eksportuj do CSV; Polish UI, an online bookshop, decimal comma)', family: 'payments', language: 'pl', schema: E, cols: [
    ['Numer operacji', (c, o) => `M${1000 + (+o.id % 9000)}-${10000 + (+o.id * 7) % 90000}`, [OR('payments[0].transactionID'), '_id']],
    ['Data utworzenia', (c, o) => warsaw(o.at), ['timestamp', OR('createdDate')]],
    ['Data realizacji', (c, o) => (dpSt(o) === 'zrealizowana' ? warsaw(o.at + 40000) : ''), ['timestamp'], opt],
    ['Typ operacji', (c, o) => (dpZwrot(o) ? 'zwrot' : 'płatność'), [], opt],
    ['Status', (c, o) => dpSt(o), [], opt],
    ['Kwota', (c, o) => zl(dpAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Waluta', () => 'PLN', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Kwota oryginalna', (c, o) => zl(dpAmt(o)), [], opt],
    ['Waluta oryginalna', () => 'PLN', [], opt],
    ['Prowizja', (c, o) => zl(dpAmt(o) * 0.019), []],
    ['Kwota netto', (c, o) => zl(dpAmt(o) * 0.981), [], opt],
    ['Kanał', (c, o) => dpCh(o)[0], [], opt],
    ['Nazwa kanału', (c, o) => dpCh(o)[1], [OR('payments[0].paymentType')]],
    ['Opis', (c, o) => `Zamówienie nr ${50000 + (+o.id % 40000)} - ksiegarnia-liber.pl`, [], opt],
    ['Control', (c, o) => String(50000 + (+o.id % 40000)), [OR('purchaseID')], opt],
    ['E-mail płacącego', (c) => pl(c).email, ['endUserIDs._experience.emailid.id'], opt],
    ['Imię i nazwisko płacącego', (c) => pl(c).full, []],
    ['Numer rachunku płacącego', (c, o, r) => (dpCh(o)[0] === '248' || dpCh(o)[0] === '73' ? '' : `PL${v.int(r, 10, 99)} ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)} **** **** ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)}`), []],
    ['Numer operacji powiązanej', (c, o) => (dpZwrot(o) ? `M${1000 + ((+o.id + 3) % 9000)}-${10000 + ((+o.id + 3) * 7) % 90000}` : ''), [], opt],
    ['ID sklepu', () => '734512', []],
  ] },

  // ---------------------------------------------------------------- customers and messaging
  { name: 'youzan-kehu-zh', product: 'Youzan (有赞微商城 > 客户 > 客户列表 > 导出, Excel; Simplified Chinese, a tea brand\'s customers with member level, points and stored value)', family: 'crm', language: 'zh', schema: P, cols: [
    ['客户姓名', (c) => zh(c).full, ['person.name.fullName']],
    ['微信昵称', (c) => ['清风', 'Momo', '小鱼儿', '向日葵', 'Lucky', '阿杰'][+c.id % 6], []],
    ['手机号', (c) => zh(c).mobile, ['mobilePhone.number']],
    ['性别', (c) => (+c.id % 9 === 0 ? '未知' : zh(c).female ? '女' : '男'), ['person.gender'], opt],
    ['生日', (c, o, r) => (r() < 0.4 ? new Date(c.birth).toISOString().slice(0, 10) : ''), ['person.birthDate']],
    ['省份', (c) => zh(c).prov, at(HOME, 'stateProvince').concat(at(HOME, 'state')), opt],
    ['城市', (c) => zh(c).city, at(HOME, 'city'), opt],
    ['会员等级', (c) => yzLv(c), ['loyalty.tier']],
    ['会员卡号', (c) => (yzLv(c) ? `YZ${String(80000000 + (+c.id * 37) % 19999999)}` : ''), ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]'], opt],
    ['积分', (c) => String((+c.id * 13) % 5000), ['loyalty.points']],
    ['储值余额', (c) => ((+c.id % 5 === 2 ? (+c.id % 300) + 0.5 : 0)).toFixed(2), []],
    ['累计消费金额', (c) => (((+c.id * 7) % 600000) / 100).toFixed(2), ['loyalty.lifetimePurchases']],
    ['消费次数', (c) => String((+c.id % 37) + 1), ['loyalty.lifetimePurchases'], opt],
    ['最近消费时间', (c) => cst(Math.max(c.created, c.updated) + 86400000 * (+c.id % 40)), [], opt],
    ['成为客户时间', (c) => cst(c.created), [], opt],
    ['成为会员时间', (c) => (yzLv(c) ? cst(c.created + 86400000 * (+c.id % 20)) : ''), ['loyalty.joinDate']],
    ['客户来源', (c) => YZ_SRC[+c.id % YZ_SRC.length], [], opt],
    ['归属门店', (c) => ['杭州西湖店', '线上网店', '上海静安店'][+c.id % 3], [], opt],
    ['专属导购', (c) => ['', '林晓', '周婷'][+c.id % 3], []],
    ['标签', (c) => YZ_TAG[+c.id % YZ_TAG.length], []],
    ['备注', (c, o, r) => v.pick(r, ['', '', '', '喜欢乌龙茶', '企业团购客户']), []],
  ] },
  { name: 'line-oa-tomodachi-ja', product: 'LINE Official Account (友だちリスト exported by the account\'s member-linking tool: LINE profile fields plus the linked member; Japanese, a cosmetics brand)', family: 'email', language: 'ja', schema: P, cols: [
    ['ユーザーID', (c) => lnUid(c), ['_id', 'personID'], opt],
    ['表示名', (c) => ['ゆき', 'Mika', 'たかし', 'さくら🌸', 'Ken', 'まり'][+c.id % 6], []],
    ['プロフィール画像URL', (c) => `https://profile.line-scdn.net/0h${v.alnum(v.rng(+c.id + 1), 20)}`, []],
    ['ステータスメッセージ', (c) => ['', '', 'よろしくお願いします', '毎日がんばる'][+c.id % 4], []],
    ['言語', (c) => (+c.id % 10 === 0 ? 'en' : 'ja'), [], opt],
    ['友だち追加日時', (c) => jst(c.created), [], opt],
    ['ブロック', (c) => (+c.id % 11 === 0 ? 'ブロック中' : ''), [], opt],
    ['友だち追加経路', (c) => LN_ROUTE[+c.id % LN_ROUTE.length], [], opt],
    ['タグ', (c) => LN_TAG[+c.id % LN_TAG.length], []],
    ['会員ID', (c) => (lnLinked(c) ? `M${String(200000 + (+c.id % 800000))}` : ''), ['personID', '_id', 'loyalty.loyaltyID[0]'], opt],
    ['氏名', (c) => (lnLinked(c) ? ja(c).full : ''), ['person.name.fullName']],
    ['氏名（カナ）', (c) => (lnLinked(c) ? `${ja(c).lastKana} ${ja(c).firstKana}` : ''), []],
    ['電話番号', (c) => (lnLinked(c) ? ja(c).mobile.join('-') : ''), ['mobilePhone.number', 'homePhone.number']],
    ['メールアドレス', (c) => (lnLinked(c) ? `${v.hex(v.rng(+c.id + 2), 8)}@${['gmail.com', 'docomo.ne.jp', 'icloud.com', 'yahoo.co.jp'][+c.id % 4]}` : ''), ['personalEmail.address']],
    ['生年月日', (c) => (lnLinked(c) ? new Date(c.birth).toISOString().slice(0, 10).replace(/-/g, '/') : ''), ['person.birthDate']],
    ['性別', (c) => (lnLinked(c) ? (ja(c).female ? '女性' : '男性') : ''), ['person.gender'], opt],
    ['郵便番号', (c) => (lnLinked(c) ? ja(c).zip : ''), at(HOME, 'postalCode')],
    ['都道府県', (c) => (lnLinked(c) ? ja(c).pref : ''), at(HOME, 'stateProvince').concat(at(HOME, 'state'))],
    ['最終メッセージ受信日時', (c) => jst(Math.max(c.created, c.updated)), [], opt],
  ] },
  { name: 'kakao-channel-chingu-ko', product: 'Kakao channel (members who joined through Kakao Sync 간편가입: the Kakao Login user fields and the 카카오톡 채널 relation, exported from a Korean shop\'s member admin)', family: 'marketing', language: 'ko', schema: P, cols: [
    ['회원번호', (c) => String(3000000000 + (+c.id * 7919) % 999999999), ['_id', 'personID'], opt],
    ['닉네임', (c) => ['하늘', '민트초코', 'JH', '별빛', '도토리'][+c.id % 5], []],
    ['이름', (c) => ko(c).full, ['person.name.fullName']],
    ['이메일', (c) => ko(c).email, ['personalEmail.address']],
    ['전화번호', (c) => kkPhone(c), ['mobilePhone.number']],
    ['성별', (c) => (ko(c).female ? 'female' : 'male'), ['person.gender']],
    ['연령대', (c) => { const a = 2025 - new Date(c.birth).getUTCFullYear(); return `${Math.floor(a / 10) * 10}~${Math.floor(a / 10) * 10 + 9}` }, []],
    ['생일', (c) => { const d = new Date(c.birth); return `${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` }, ['person.birthDayAndMonth']],
    ['출생연도', (c, o, r) => (r() < 0.6 ? String(new Date(c.birth).getUTCFullYear()) : ''), ['person.birthYear']],
    ['채널 관계', (c) => kkRel(c), [], opt],
    ['채널 추가일시', (c) => (kkRel(c) === 'NONE' ? '' : kst(c.created)), [], opt],
    ['광고성 메시지 수신 동의', (c) => (kkRel(c) === 'ADDED' && +c.id % 3 !== 0 ? 'Y' : 'N'), [], opt],
    ['배송지 우편번호', (c) => (+c.id % 10 < 7 ? ko(c).zip : ''), ['shippingAddress.postalCode']],
    ['배송지 주소', (c) => (+c.id % 10 < 7 ? ko(c).address : ''), ['shippingAddress.street1'], opt],
    ['가입일시', (c) => kst(c.created - 86400000 * (+c.id % 9)), [], opt],
    ['최근 로그인', (c) => kst(Math.max(c.created, c.updated)), [], opt],
  ] },
]
