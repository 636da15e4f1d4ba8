// Round 36, tune36: tune sets added in round 36, written blind (by a helper that never opened the suggester or a
// score). Same format as sets.mjs (sources in ../README.md).
import { P, E, B, v, HOME, WORK, B2BID, OR, SHIP, PL, GEO, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'
import { loc12, kst } from './values12.mjs'

const DAY = 86400000
// last change/login after the record's creation
const upd = (c) => Math.max(c.created + 40 * DAY, c.updated)
// dates in the product's local time: Seoul/Tokyo +9, Shanghai +8, Moscow +3
const ymdHms = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ymd = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const jstSlash = (ms) => { const p = shift(ms, 9); return `${p.y}/${pad(p.m)}/${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const jstDay = (ms) => { const p = shift(ms, 9); return `${p.y}/${pad(p.m)}/${pad(p.d)}` }
const jstIso = (ms) => { const p = shift(ms, 9); return `${p.y}-${pad(p.m)}-${pad(p.d)}T${pad(p.H)}:${pad(p.M)}:${pad(p.S)}+09:00` }
const kintoneTs = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z').replace(/\.\d{3}Z$/, 'Z')
const ruDate = (ms) => { const p = shift(ms, 3); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const birthDay = (ms) => { const p = shift(ms, 0); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const birthSlash = (ms) => { const p = shift(ms, 0); return `${p.y}/${pad(p.m)}/${pad(p.d)}` }
// money: won and yen as integers ("12900"), won with thousands commas ("12,900")
const won = (n) => String(Math.round((n * 1450) / 100) * 100)
const wonC = (n) => won(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
const yen = (n) => String(Math.round(n * 160))

// local people, places and goods the shared generators lack
const ROMA = { 佐藤: 'sato', 鈴木: 'suzuki', 高橋: 'takahashi', 田中: 'tanaka', 伊藤: 'ito', 渡辺: 'watanabe', 山本: 'yamamoto', 中村: 'nakamura', 小林: 'kobayashi', 加藤: 'kato' }
const jaMail = (c, dom = ['gmail.com', 'yahoo.co.jp', 'docomo.ne.jp', 'icloud.com', 'ezweb.ne.jp']) => { const j = loc12(c, 'ja'); return `${ROMA[j.last]}${c.id.slice(0, 3)}@${dom[+c.id % dom.length]}` }
const jaTel = (c) => loc12(c, 'ja').tel.join('-')
const jaMob = (c) => loc12(c, 'ja').mobile.join('-')
const JA_CO = [['株式会社サクラ技研', 'sakura-giken.co.jp', '営業部', '部長'], ['東和商事株式会社', 'towa-shoji.jp', '経営企画室', '室長'], ['株式会社ミナト物流', 'minato-logi.co.jp', '物流本部 第二課', '課長'], ['合同会社アオバデザイン', 'aoba-design.jp', 'クリエイティブ部', 'ディレクター'], ['北斗システム株式会社', 'hokuto-sys.co.jp', '情報システム部', '主任'], ['株式会社ひかりフーズ', 'hikari-foods.co.jp', 'マーケティング部', 'マネージャー']]
const KO_ITEMS = [['P0000BKQ', '데일리 린넨 셔츠', '색상: 아이보리 / 사이즈: M', 39000], ['P0000CAZ', '수제 그래놀라 500g', '맛: 오리지널', 12900], ['P0000DMX', '무선 미니 가습기', '색상: 화이트', 29800], ['P0000EWF', '캠핑 머그컵 2P 세트', '', 18500], ['P0000FHT', '비건 핸드크림 50ml', '향: 라벤더', 9900]]
const CN_PEOPLE = [['王伟', '浙江省', '杭州市', '西湖区', '文三路 398 号东信大厦 5 楼'], ['李娜', '上海市', '上海市', '浦东新区', '张杨路 500 号 1201 室'], ['张敏', '广东省', '深圳市', '南山区', '科技园南区 W1-A 栋 3 楼'], ['刘洋', '北京市', '北京市', '朝阳区', '建国路 88 号 SOHO 现代城 2 号楼 1508'], ['陈静', '四川省', '成都市', '武侯区', '天府大道北段 1700 号环球中心 E1 区'], ['杨磊', '江苏省', '南京市', '鼓楼区', '中山北路 30 号 15 栋 602']]
const cnP = (c) => CN_PEOPLE[+c.id % CN_PEOPLE.length]
const cnMob = (r) => `1${v.pick(r, ['38', '39', '58', '86', '35', '77'])}${v.int(r, 10000000, 99999999)}`
const CN_ITEMS = [['WM10023', '云南小粒咖啡豆 454g', '中度烘焙', 89], ['WM10458', '真丝印花围巾', '藏青色', 268], ['WM20117', '婴儿有机棉连体衣', '73cm', 129], ['WM30562', '智能体脂秤', '白色', 159], ['WM40089', '手工阿胶糕 500g', '原味', 198]]
const CN_CO = [['杭州云帆科技有限公司', '市场部', '市场总监'], ['上海恒信贸易有限公司', '采购部', '采购经理'], ['深圳前海数智科技有限公司', '技术部', 'CTO'], ['北京华远咨询有限公司', '总经办', '总经理助理'], ['成都天府食品有限公司', '销售部', '大区经理']]
const CN_PIN = { 王伟: 'wang.wei', 李娜: 'li.na', 张敏: 'zhang.min', 刘洋: 'liu.yang', 陈静: 'chen.jing', 杨磊: 'yang.lei' }
const CN_FEMALE = new Set(['李娜', '张敏', '陈静'])
const CN_DOM = ['yunfantech.com', 'hengxin-trade.cn', 'qhszkj.com', 'huayuanconsult.com', 'tianfufood.cn']
const CN_OWNERS = ['赵晓明', '孙丽', '周强', '吴婷']
const RU_FORMS = [['form381927461', 'Заявка на консультацию'], ['form381927502', 'Обратный звонок'], ['form381930118', 'Подписка на рассылку']]

export const SETS = [
  // ---------------------------------------------------------------- payments (KG Inicis, 가맹점 관리자 INIWeb 거래내역 조회 > 엑셀 다운로드, Korean)
  { name: 'inicis-georae-ko', product: 'KG Inicis (KG이니시스 가맹점관리자 INIWeb: 거래조회 > 거래내역 조회 > 엑셀 다운로드, Korean UI, one row per approval)', family: 'payments', language: 'ko', schema: E, cols: [
    ['상점아이디', () => 'INIpayTest', []],
    ['거래번호(TID)', (c, o, r) => `StdpayCARDINIpayTest${ymdHms(o.at, 9).replace(/\D/g, '')}${v.int(r, 100000, 999999)}`, [OR('payments[0].transactionID'), '_id']],
    ['주문번호', (c, o) => `ORD${ymdHms(o.at, 9).replace(/\D/g, '').slice(0, 8)}-${pad(+o.id, 6)}`, [OR('purchaseID'), '_id']],
    ['결제수단', (c, o) => ['신용카드', '신용카드', '실시간계좌이체', '가상계좌', '휴대폰', '카카오페이'][+o.id % 6], [OR('payments[0].paymentType')]],
    ['승인일시', (c, o) => ymdHms(o.at, 9), ['timestamp', OR('createdDate')]],
    ['취소일시', (c, o, r) => (r() < 0.12 ? ymdHms(o.at + 2 * DAY, 9) : ''), [OR('cancelDate')], opt],
    ['거래상태', (c, o, r) => v.pick(r, ['승인', '승인', '승인', '승인취소', '부분취소']), [], opt],
    ['상품명', (c, o, r, i) => row(KO_ITEMS, i)[1], [PL('name')], opt],
    ['거래금액', (c, o) => won(o.total), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['취소금액', (c, o, r) => (r() < 0.12 ? won(o.total) : '0'), [OR('refundTotal'), 'commerce.order.refunds[0].refundAmount'], opt],
    ['통화', () => 'WON', [OR('currencyCode'), OR('payments[0].currencyCode')], opt],
    ['구매자명', (c) => loc12(c, 'ko').full, []],
    ['구매자 이메일', (c) => loc12(c, 'ko').email, ['endUserIDs._experience.emailid.id'], opt],
    ['구매자 휴대폰', (c) => loc12(c, 'ko').mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['승인번호', (c, o, r) => pad(v.int(r, 0, 99999999), 8), []],
    ['카드사', (c, o, r) => (+o.id % 6 < 2 ? v.pick(r, ['신한', '삼성', 'KB국민', '현대', '롯데', 'BC']) : ''), []],
    ['카드번호', (c, o, r) => (+o.id % 6 < 2 ? `${v.int(r, 400000, 559999)}******${v.int(r, 1000, 9999)}` : ''), []],
    ['할부개월', (c, o, r) => (+o.id % 6 < 2 ? v.pick(r, ['00', '00', '00', '03', '06']) : ''), []],
    ['은행명', (c, o, r) => (+o.id % 6 === 2 || +o.id % 6 === 3 ? v.pick(r, ['국민은행', '신한은행', '우리은행', '하나은행', '농협']) : ''), []],
    ['가상계좌번호', (c, o, r) => (+o.id % 6 === 3 ? `${v.int(r, 10000000, 99999999)}${v.int(r, 100000, 999999)}` : ''), []],
    ['수수료', (c, o) => String(Math.round(+won(o.total) * 0.033)), []],
    ['정산예정일', (c, o) => ymd(o.at + 3 * DAY, 9), []],
    ['결제환경', (c, o, r) => v.pick(r, ['PC', 'MOBILE', 'MOBILE', 'APP']), [], opt],
  ] },

  // ---------------------------------------------------------------- payments (LINE Pay, 加盟店マイページ 取引照会 > CSVダウンロード, Japanese)
  { name: 'linepay-torihiki-ja', product: 'LINE Pay (LINE Pay 加盟店マイページ: 取引照会 > 検索結果をCSVダウンロード, Japan, Japanese UI, one row per transaction)', family: 'payments', language: 'ja', schema: E, cols: [
    ['取引日時', (c, o) => jstSlash(o.at), ['timestamp', OR('createdDate')]],
    ['取引番号', (c, o, r) => `20${v.int(r, 22, 24)}${pad(v.int(r, 1, 12))}${v.int(r, 10000000000, 99999999999)}`, [OR('payments[0].transactionID'), '_id']],
    ['注文番号', (c, o) => `LP-${pad(+o.id, 8)}`, [OR('purchaseID'), '_id']],
    ['取引区分', (c, o, r) => v.pick(r, ['決済', '決済', '決済', '返金', '取消']), [], opt],
    ['ステータス', (c, o, r) => v.pick(r, ['決済完了', '決済完了', '決済完了', '返金完了', 'オーソリ']), [], opt],
    ['店舗名', (c, o, r) => v.pick(r, ['カフェ・ド・ミナト 渋谷店', 'カフェ・ド・ミナト オンラインストア']), []],
    ['商品名', (c, o, r) => v.pick(r, ['ブレンドコーヒー豆 200g', 'ドリップバッグ 10個入', 'ギフトセット（桜）', 'オンラインショップご注文']), [PL('name')], opt],
    ['支払方法', (c, o) => ['LINE Pay残高', 'LINE Pay残高', 'クレジットカード', 'LINEポイント', 'Visa LINE Payクレジットカード'][+o.id % 5], [OR('payments[0].paymentType')]],
    ['通貨', () => 'JPY', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['取引金額', (c, o) => yen(o.total), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['ポイント利用額', (c, o, r) => (+o.id % 5 === 3 ? yen(o.total) : r() < 0.2 ? String(v.int(r, 1, 300)) : '0'), []],
    ['返金額', (c, o, r) => (r() < 0.1 ? yen(o.total) : '0'), [OR('refundTotal'), 'commerce.order.refunds[0].refundAmount'], opt],
    ['原取引番号', (c, o, r) => (r() < 0.1 ? `20${v.int(r, 22, 24)}${pad(v.int(r, 1, 12))}${v.int(r, 10000000000, 99999999999)}` : ''), [], opt],
    ['加盟店手数料', (c, o) => String(Math.round(+yen(o.total) * 0.0245)), []],
    ['入金予定日', (c, o) => jstDay(o.at + 10 * DAY), []],
    ['端末ID', (c, o, r) => (r() < 0.5 ? `POS${v.int(r, 100, 999)}` : ''), [], opt],
    ['備考', (c, o, r) => v.pick(r, ['', '', '', 'テイクアウト']), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (imweb, 쇼핑 > 주문관리 > 엑셀 다운로드, Korean)
  { name: 'imweb-jumun-ko', product: 'imweb (아임웹 관리자: 쇼핑 > 주문관리 > 엑셀 다운로드 (품목별), Korean UI, one row per ordered item)', family: 'ecommerce-orders', language: 'ko', schema: E, cols: [
    ['주문번호', (c, o) => `${kst(o.at).replace(/\D/g, '').slice(0, 8)}${pad(+o.id % 100000, 5)}`, [OR('purchaseID')]],
    ['품목주문번호', (c, o, r) => String(v.int(r, 100000000, 999999999)), [PL('_id')], opt],
    ['주문일', (c, o) => kst(o.at), ['timestamp', OR('createdDate')]],
    ['결제일', (c, o, r) => (r() < 0.9 ? kst(o.at + 300000) : ''), ['timestamp'], opt],
    ['주문상태', (c, o, r) => v.pick(r, ['배송완료', '배송완료', '배송중', '배송대기', '구매확정', '취소']), [], opt],
    ['주문자 이름', (c) => loc12(c, 'ko').full, []],
    ['주문자 이메일', (c) => loc12(c, 'ko').email, ['endUserIDs._experience.emailid.id'], opt],
    ['주문자 연락처', (c) => loc12(c, 'ko').mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['회원 구분', (c, o, r) => v.pick(r, ['회원', '회원', '비회원']), []],
    ['수령자 이름', (c, o, r) => (r() < 0.8 ? loc12(c, 'ko').full : `${v.pick(r, ['김', '이', '박'])}${v.pick(r, ['서윤', '지훈', '하준'])}`), []],
    ['수령자 연락처', (c, o, r) => (r() < 0.8 ? loc12(c, 'ko').mobile : `010-${v.int(r, 2000, 9999)}-${v.int(r, 1000, 9999)}`), [], opt],
    ['우편번호', (c) => loc12(c, 'ko').zip, [SHIP('postalCode')]],
    ['주소', (c) => loc12(c, 'ko').address.replace(/ \d+동.*$/, ''), [SHIP('street1')]],
    ['상세주소', (c, o, r) => (r() < 0.6 ? `${v.int(r, 101, 112)}동 ${v.int(r, 1, 25)}0${v.int(r, 1, 4)}호` : ''), [SHIP('street2')], opt],
    ['배송메모', (c, o, r) => v.pick(r, ['', '부재 시 문 앞에 놓아주세요', '경비실에 맡겨주세요', '배송 전 연락 부탁드립니다']), []],
    ['상품번호', (c, o, r, i) => String(1000 + (i % KO_ITEMS.length) * 37), [PL('SKU'), PL('_id')], opt],
    ['상품코드', (c, o, r, i) => row(KO_ITEMS, i)[0], [PL('SKU')]],
    ['상품명', (c, o, r, i) => row(KO_ITEMS, i)[1], [PL('name')]],
    ['옵션', (c, o, r, i) => row(KO_ITEMS, i)[2], ['productListItems[0].selectedOptions[0].value'], opt],
    ['수량', (c, o) => String(o.qty), [PL('quantity')]],
    ['판매가', (c, o, r, i) => wonC(row(KO_ITEMS, i)[3] / 1450), []],
    ['품목 결제금액', (c, o, r, i) => wonC((row(KO_ITEMS, i)[3] * o.qty) / 1450), [PL('priceTotal')], opt],
    ['배송비', (c, o, r) => v.pick(r, ['0', '0', '3,000', '3,500']), ['commerce.shipping.shippingAmount']],
    ['쿠폰 할인', (c, o) => (o.discount ? '5,000' : '0'), [OR('discountAmount')], opt],
    ['적립금 사용', (c, o, r) => (r() < 0.25 ? wonC(v.int(r, 1, 30) * 100 / 1450) : '0'), []],
    ['최종 결제금액', (c, o) => wonC(o.total), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['결제수단', (c, o) => ['신용카드', '네이버페이', '카카오페이', '무통장입금', '토스페이'][+o.id % 5], [OR('payments[0].paymentType')]],
    ['택배사', (c, o, r) => v.pick(r, ['CJ대한통운', 'CJ대한통운', '롯데택배', '우체국택배', '한진택배']), ['commerce.shipping.shippingMethod'], opt],
    ['송장번호', (c, o, r) => (r() < 0.8 ? String(v.int(r, 100000, 999999) * 1000000 + v.int(r, 100000, 999999)) : ''), ['commerce.shipping.trackingNumber']],
    ['주문 경로', (c, o, r) => v.pick(r, ['PC', '모바일', '모바일', '앱']), [], opt],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Weimob, 微盟 商城后台 订单 > 订单列表 > 导出, Simplified Chinese)
  { name: 'weimob-dingdan-zh', product: 'Weimob (微盟 微商城/智慧零售后台: 订单 > 订单列表 > 批量导出 (订单维度), Simplified Chinese UI, one row per order)', family: 'ecommerce-orders', language: 'zh', schema: E, cols: [
    ['订单编号', (c, o, r) => `${ymdHms(o.at, 8).replace(/\D/g, '').slice(2, 8)}${v.int(r, 100000000000, 999999999999)}`, [OR('purchaseID'), '_id']],
    ['下单时间', (c, o) => ymdHms(o.at, 8), ['timestamp', OR('createdDate')]],
    ['支付时间', (c, o, r) => (r() < 0.9 ? ymdHms(o.at + 60000, 8) : ''), ['timestamp'], opt],
    ['订单状态', (c, o, r) => v.pick(r, ['已完成', '已完成', '已发货', '待发货', '已取消']), [], opt],
    ['订单类型', (c, o, r) => v.pick(r, ['普通订单', '普通订单', '拼团订单', '秒杀订单']), [], opt],
    ['下单渠道', (c, o, r) => v.pick(r, ['微信小程序', '微信小程序', 'H5', '企业微信']), [], opt],
    ['门店名称', (c, o, r) => v.pick(r, ['杭州西湖旗舰店', '线上商城', '上海静安门店']), []],
    ['买家昵称', (c, o, r) => v.pick(r, ['小鱼儿', 'Sunny', '快乐的猫', '晴天', '阿杰']), []],
    ['买家手机号', (c, o, r) => cnMob(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['会员卡号', (c, o, r) => (r() < 0.6 ? `WM${v.int(r, 100000000, 999999999)}` : ''), [], opt],
    ['商品名称', (c, o, r, i) => row(CN_ITEMS, i)[1], [PL('name')]],
    ['商品规格', (c, o, r, i) => row(CN_ITEMS, i)[2], ['productListItems[0].selectedOptions[0].value'], opt],
    ['商品编码', (c, o, r, i) => row(CN_ITEMS, i)[0], [PL('SKU')]],
    ['商品数量', (c, o) => String(o.qty), [PL('quantity')]],
    ['商品单价', (c, o, r, i) => row(CN_ITEMS, i)[3].toFixed(2), []],
    ['商品总价', (c, o, r, i) => (row(CN_ITEMS, i)[3] * o.qty).toFixed(2), [PL('priceTotal')], opt],
    ['运费', (c, o, r) => v.pick(r, ['0.00', '0.00', '8.00', '12.00']), ['commerce.shipping.shippingAmount']],
    ['优惠金额', (c, o) => (o.discount ? '20.00' : '0.00'), [OR('discountAmount')]],
    ['实付金额', (c, o, r, i) => (row(CN_ITEMS, i)[3] * o.qty - (o.discount ? 20 : 0)).toFixed(2), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['支付方式', (c, o) => ['微信支付', '微信支付', '微信支付', '余额支付', '储值卡支付'][+o.id % 5], [OR('payments[0].paymentType')]],
    ['收货人', (c) => cnP(c)[0], []],
    ['收货人手机号', (c, o, r) => cnMob(r), [], opt],
    ['省', (c) => cnP(c)[1], [SHIP('state'), SHIP('stateProvince')]],
    ['市', (c) => cnP(c)[2], [SHIP('city')]],
    ['区', (c) => cnP(c)[3], [], opt],
    ['详细地址', (c) => cnP(c)[4], [SHIP('street1')]],
    ['配送方式', (c, o, r) => v.pick(r, ['快递发货', '快递发货', '同城配送', '到店自提']), ['commerce.shipping.shippingMethod'], opt],
    ['物流公司', (c, o, r) => v.pick(r, ['顺丰速运', '中通快递', '圆通速递', '京东物流']), ['commerce.shipping.shippingMethod'], opt],
    ['物流单号', (c, o, r) => (r() < 0.8 ? `SF${v.int(r, 1000000000, 9999999999)}${v.int(r, 10, 99)}` : ''), ['commerce.shipping.trackingNumber']],
    ['发货时间', (c, o, r) => (r() < 0.8 ? ymdHms(o.at + DAY, 8) : ''), ['commerce.shipping.shipDate'], opt],
    ['买家留言', (c, o, r) => v.pick(r, ['', '', '', '请尽快发货', '送人的，不要放发票']), []],
  ] },
  // ---------------------------------------------------------------- memberships (Godomall5, 회원 > 회원 관리 > 회원 리스트 > 엑셀 다운로드, Korean)
  { name: 'godomall-hoewon-ko', product: 'Godomall 5 (NHN커머스 고도몰5 관리자: 회원 > 회원 리스트 > 엑셀 다운로드 with a 다운로드 양식, Korean UI, one row per member)', family: 'memberships', language: 'ko', schema: P, cols: [
    ['회원번호', (c) => String(+c.id % 90000 + 1000), ['_id', 'personID']],
    ['아이디', (c) => loc12(c, 'ko').memberId, ['personID', '_id'], opt],
    ['이름', (c) => loc12(c, 'ko').full, ['person.name.fullName']],
    ['닉네임', (c, o, r) => v.pick(r, ['', '', '봄날', '하늘구름', 'mint']), []],
    ['회원구분', (c, o, r) => v.pick(r, ['개인회원', '개인회원', '개인회원', '사업자회원']), [], opt],
    ['회원등급', (c, o, r) => v.pick(r, ['일반회원', '일반회원', '실버', '골드', 'VIP']), ['loyalty.tier'], opt],
    ['이메일', (c) => loc12(c, 'ko').email, ['personalEmail.address']],
    ['휴대폰번호', (c) => loc12(c, 'ko').mobile, ['mobilePhone.number']],
    ['전화번호', (c, o, r) => (r() < 0.3 ? `02-${v.int(r, 300, 999)}-${v.int(r, 1000, 9999)}` : ''), ['homePhone.number']],
    ['생일', (c) => birthDay(c.birth), ['person.birthDate']],
    ['성별', (c) => (loc12(c, 'ko').female ? '여자' : '남자'), ['person.gender']],
    ['결혼여부', (c, o, r) => v.pick(r, ['', '미혼', '기혼']), ['person.maritalStatus'], opt],
    ['우편번호', (c) => loc12(c, 'ko').zip, at(HOME, 'postalCode')],
    ['주소', (c) => loc12(c, 'ko').address.replace(/ \d+동.*$/, ''), at(HOME, 'street1')],
    ['상세주소', (c, o, r) => (r() < 0.6 ? `${v.int(r, 101, 112)}동 ${v.int(r, 1, 25)}0${v.int(r, 1, 4)}호` : ''), at(HOME, 'street2'), opt],
    ['메일수신여부', (c, o, r) => (r() < 0.55 ? 'y' : 'n'), [], opt],
    ['SMS수신여부', (c, o, r) => (r() < 0.5 ? 'y' : 'n'), [], opt],
    ['승인여부', (c, o, r) => (r() < 0.95 ? '승인' : '미승인'), [], opt],
    ['마일리지', (c, o, r) => String(v.int(r, 0, 120) * 100), ['loyalty.points'], opt],
    ['예치금', (c, o, r) => (r() < 0.15 ? String(v.int(r, 1, 50) * 1000) : '0'), []],
    ['주문건수', (c, o, r) => String(v.int(r, 0, 25)), ['loyalty.lifetimePurchases'], opt],
    ['주문금액', (c, o, r) => String(v.int(r, 0, 3000) * 1000), [], opt],
    ['방문횟수', (c, o, r) => String(v.int(r, 1, 300)), []],
    ['가입경로', (c, o, r) => v.pick(r, ['PC', '모바일', '모바일', '카카오 싱크', '네이버 로그인']), [], opt],
    ['추천인아이디', (c, o, r) => (r() < 0.1 ? `${v.pick(r, ['kim', 'lee', 'park'])}${v.int(r, 100, 999)}` : ''), []],
    ['회원가입일', (c) => kst(c.created), ['loyalty.joinDate'], opt],
    ['최종로그인', (c) => kst(upd(c)), [], opt],
  ] },

  // ---------------------------------------------------------------- email tools (Stibee, 주소록 > 구독자 > 내보내기, Korean)
  { name: 'stibee-gudokja-ko', product: 'Stibee (스티비: 주소록 > 구독자 목록 > 내보내기 (CSV), Korean UI, default fields plus the list\'s 사용자 정의 필드)', family: 'email', language: 'ko', schema: P, cols: [
    ['이메일 주소', (c) => loc12(c, 'ko').email, ['personalEmail.address']],
    ['이름', (c) => loc12(c, 'ko').full, ['person.name.fullName']],
    ['구독 상태', (c, o, r) => v.pick(r, ['구독 중', '구독 중', '구독 중', '수신거부', '자동삭제']), [], opt],
    ['광고성 정보 수신 동의', (c, o, r) => (r() < 0.7 ? '동의' : '미동의'), [], opt],
    ['구독 경로', (c, o, r) => v.pick(r, ['구독 폼', '구독 폼', '파일로 추가', '직접 추가', 'API']), []],
    ['구독일', (c) => kst(c.created), [], opt],
    ['수신거부일', (c, o, r) => (r() < 0.15 ? kst(upd(c)) : ''), []],
    ['최근 수정일', (c) => kst(upd(c)), [], opt],
    ['그룹', (c, o, r) => v.pick(r, ['', '뉴스레터', '유료 구독자', '뉴스레터, 이벤트']), []],
    ['휴대전화번호', (c, o, r) => (r() < 0.6 ? loc12(c, 'ko').mobile : ''), ['mobilePhone.number']],
    ['회사명', (c, o, r) => v.pick(r, ['', '', '(주)한빛소프트', '그린디자인', '서울대학교']), ['organizations[0]'], opt],
    ['직무', (c, o, r) => v.pick(r, ['', '마케터', '개발자', '디자이너', '기획자']), []],
    ['생년월일', (c, o, r) => (r() < 0.5 ? birthDay(c.birth) : ''), ['person.birthDate']],
    ['성별', (c) => (loc12(c, 'ko').female ? '여성' : '남성'), ['person.gender'], opt],
    ['관심 주제', (c, o, r) => v.pick(r, ['테크', '경제, 테크', '라이프스타일', '커리어']), []],
    ['유입 경로', (c, o, r) => v.pick(r, ['인스타그램', '지인 추천', '검색', '링크드인']), [], opt],
  ] },

  // ---------------------------------------------------------------- CRM (kintone, 顧客リスト app > ファイルに書き出す, Japanese)
  { name: 'kintone-kokyaku-ja', product: 'kintone (サイボウズ kintone: 顧客リスト アプリ (個人顧客向けに項目を追加) > 一覧 > ファイルに書き出す (CSV), Japanese UI, one row per record)', family: 'crm', language: 'ja', schema: P, cols: [
    ['レコード番号', (c, o, r, i) => String(i + 101), ['_id', 'personID'], opt],
    ['顧客ID', (c) => `C-${pad(+c.id % 100000, 5)}`, ['_id', 'personID']],
    ['氏名', (c) => loc12(c, 'ja').full, ['person.name.fullName']],
    ['フリガナ', (c) => `${loc12(c, 'ja').lastKana} ${loc12(c, 'ja').firstKana}`, [], opt],
    ['性別', (c) => (loc12(c, 'ja').female ? '女性' : '男性'), ['person.gender']],
    ['生年月日', (c) => birthDay(c.birth), ['person.birthDate']],
    ['郵便番号', (c) => loc12(c, 'ja').zip, at(HOME, 'postalCode')],
    ['都道府県', (c) => loc12(c, 'ja').pref, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['市区町村', (c) => loc12(c, 'ja').city, at(HOME, 'city')],
    ['番地・建物名', (c) => loc12(c, 'ja').town, at(HOME, 'street1')],
    ['電話番号', (c, o, r) => (r() < 0.5 ? jaTel(c) : ''), ['homePhone.number']],
    ['携帯電話番号', (c) => jaMob(c), ['mobilePhone.number']],
    ['メールアドレス', (c) => jaMail(c), ['personalEmail.address']],
    ['顧客ランク', (c, o, r) => v.pick(r, ['A', 'B', 'B', 'C']), [], opt],
    ['初回来店日', (c) => ymd(c.created, 9), [], opt],
    ['最終来店日', (c) => ymd(upd(c), 9), [], opt],
    ['DM送付', (c, o, r) => (r() < 0.6 ? '希望する' : '希望しない'), [], opt],
    ['担当者', (c, o, r) => v.pick(r, ['山田 花子', '佐々木 誠', '井上 彩']), []],
    ['備考', (c, o, r) => v.pick(r, ['', '', '紹介: 田中様', '平日午後の連絡希望']), []],
    ['作成者', (c, o, r) => v.pick(r, ['yamada', 'sasaki', 'inoue']), []],
    ['作成日時', (c) => kintoneTs(c.created), [], opt],
    ['更新者', (c, o, r) => v.pick(r, ['yamada', 'sasaki', 'inoue']), []],
    ['更新日時', (c) => kintoneTs(upd(c)), [], opt],
  ] },

  // ---------------------------------------------------------------- B2B (Sansan, 名刺一覧 > 名刺データのダウンロード (CSV), Japanese)
  { name: 'sansan-meishi-ja', product: 'Sansan (名刺一覧 > 名刺データをダウンロード (CSV, 管理者), Japanese UI, one row per business card)', family: 'b2b', language: 'ja', schema: B, cols: [
    ['名刺ID', (c, o, r) => v.hex(r, 32).toUpperCase(), B2BID, opt],
    ['会社名', (c) => JA_CO[+c.id % JA_CO.length][0], ['b2b.companyName', 'organizations[0]']],
    ['部署名', (c) => JA_CO[+c.id % JA_CO.length][2], ['extendedWorkDetails.departments[0]']],
    ['役職', (c) => JA_CO[+c.id % JA_CO.length][3], ['extendedWorkDetails.jobTitle']],
    ['氏名', (c) => loc12(c, 'ja').full, ['person.name.fullName']],
    ['姓', (c) => loc12(c, 'ja').last, ['person.name.lastName']],
    ['名', (c) => loc12(c, 'ja').first, ['person.name.firstName']],
    ['氏名（フリガナ）', (c) => `${loc12(c, 'ja').lastKana} ${loc12(c, 'ja').firstKana}`, [], opt],
    ['メールアドレス', (c) => `${ROMA[loc12(c, 'ja').last]}@${JA_CO[+c.id % JA_CO.length][1]}`, ['workEmail.address']],
    ['郵便番号', (c) => loc12(c, 'ja').zip, at(WORK, 'postalCode')],
    ['住所', (c) => `${loc12(c, 'ja').pref}${loc12(c, 'ja').city}${loc12(c, 'ja').town}`, at(WORK, 'street1')],
    ['電話番号', (c) => jaTel(c), ['workPhone.number']],
    ['FAX番号', (c, o, r) => (r() < 0.5 ? jaTel(c).replace(/\d$/, '9') : ''), ['faxPhone.number']],
    ['携帯電話番号', (c, o, r) => (r() < 0.6 ? jaMob(c) : ''), ['mobilePhone.number']],
    ['URL', (c) => `https://www.${JA_CO[+c.id % JA_CO.length][1]}/`, ['b2b.companyWebsite']],
    ['名刺交換日', (c) => jstDay(c.created), [], opt],
    ['名刺所有者', (c, o, r) => v.pick(r, ['営業部 山田 花子', '営業部 佐々木 誠', 'マーケティング部 井上 彩']), []],
    ['タグ', (c, o, r) => v.pick(r, ['', '展示会2024', '重要顧客', '展示会2024;セミナー参加']), []],
    ['メモ', (c, o, r) => v.pick(r, ['', '', '次回訪問は来月', 'DX推進の担当']), []],
    ['登録日時', (c) => jstSlash(c.created + 3600000), ['extSourceSystemAudit.createdDate'], opt],
    ['更新日時', (c) => jstSlash(upd(c)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },
  // ---------------------------------------------------------------- analytics events (Repro, raw event data export as CSV)
  { name: 'repro-events', product: 'Repro (Repro raw data export: event data file delivered as CSV, one row per tracked event, Japanese app)', family: 'analytics', language: 'none', schema: E, cols: [
    ['event_id', (c, o, r) => v.uuid(r), ['_id']],
    ['tracked_at', (c, o) => jstIso(o.at), ['timestamp']],
    ['received_at', (c, o, r) => jstIso(o.at + v.int(r, 1, 90) * 1000), [], opt],
    ['event_name', (c, o, r) => v.pick(r, ['Viewed Item', 'Added To Cart', 'Purchase', 'Search', 'Tapped Banner', 'Completed Registration']), ['eventType'], opt],
    ['event_properties', (c, o, r) => v.pick(r, ['{"item_id":"A1023","price":1980}', '{"keyword":"コーヒー"}', '{}', '{"banner":"spring_sale"}']), []],
    ['user_id', (c, o, r) => (r() < 0.6 ? `u${c.id}` : ''), ['endUserIDs._experience.aacustomid.id'], opt],
    ['device_id', (c, o, r) => v.uuid(r).toUpperCase(), ['device.typeID'], opt],
    ['session_id', (c, o, r) => v.hex(r, 24), ['_id'], opt],
    ['platform', (c, o, r) => v.pick(r, ['iOS', 'iOS', 'Android']), ['environment.operatingSystem'], opt],
    ['os_version', (c, o, r) => v.pick(r, ['17.4.1', '16.7.8', '14', '13']), ['environment.operatingSystemVersion'], opt],
    ['app_version', (c, o, r) => v.pick(r, ['5.12.0', '5.11.3', '5.10.1']), []],
    ['sdk_version', (c, o, r) => v.pick(r, ['5.16.0', '5.14.2']), []],
    ['device_manufacturer', (c, o, r) => v.pick(r, ['Apple', 'Apple', 'SHARP', 'Sony', 'Google']), ['device.manufacturer']],
    ['device_model', (c, o, r) => v.pick(r, ['iPhone15,2', 'iPhone14,5', 'SH-M24', 'SO-51D', 'Pixel 7a']), ['device.model']],
    ['carrier', (c, o, r) => v.pick(r, ['docomo', 'au', 'SoftBank', '楽天モバイル', '']), ['environment.carrier']],
    ['country', () => 'JP', [GEO('countryCode')]],
    ['region', (c) => loc12(c, 'ja').pref, [GEO('stateProvince')], opt],
    ['city', (c) => loc12(c, 'ja').city, [GEO('city')]],
    ['language', (c, o, r) => v.pick(r, ['ja', 'ja', 'ja', 'en']), ['environment._dc.language'], opt],
    ['timezone', () => 'Asia/Tokyo', ['placeContext.ianaTimezone']],
    ['ip_address', (c, o, r) => `${v.pick(r, ['126', '133', '153', '180'])}.${v.int(r, 0, 255)}.${v.int(r, 0, 255)}.${v.int(r, 1, 254)}`, ['environment.ipV4']],
    ['push_enabled', (c, o, r) => (r() < 0.6 ? 'true' : 'false'), ['device.isPushOptIn'], opt],
    ['idfa_adid', (c, o, r) => (r() < 0.3 ? v.uuid(r).toUpperCase() : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- marketing (b→dash, データパレット 顧客データ > CSVエクスポート, Japanese)
  { name: 'bdash-kokyaku-ja', product: 'b→dash (データ活用プラットフォーム: データパレットの顧客テーブル > CSVエクスポート, Japanese UI, columns as the account named them)', family: 'marketing', language: 'ja', schema: P, cols: [
    ['顧客ID', (c) => `${pad(+c.id % 10000000, 8)}`, ['_id', 'personID']],
    ['姓', (c) => loc12(c, 'ja').last, ['person.name.lastName']],
    ['名', (c) => loc12(c, 'ja').first, ['person.name.firstName']],
    ['姓（カナ）', (c) => loc12(c, 'ja').lastKana, [], opt],
    ['名（カナ）', (c) => loc12(c, 'ja').firstKana, [], opt],
    ['メールアドレス', (c) => jaMail(c), ['personalEmail.address']],
    ['電話番号', (c) => jaMob(c).replace(/-/g, ''), ['mobilePhone.number', 'homePhone.number']],
    ['性別', (c) => (loc12(c, 'ja').female ? '女性' : '男性'), ['person.gender']],
    ['生年月日', (c) => birthSlash(c.birth), ['person.birthDate']],
    ['年齢', (c) => String(2024 - new Date(c.birth).getUTCFullYear()), []],
    ['郵便番号', (c) => loc12(c, 'ja').zip.replace('-', ''), at(HOME, 'postalCode')],
    ['都道府県', (c) => loc12(c, 'ja').pref, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['会員ランク', (c, o, r) => v.pick(r, ['レギュラー', 'レギュラー', 'シルバー', 'ゴールド', 'プラチナ']), ['loyalty.tier'], opt],
    ['保有ポイント', (c, o, r) => String(v.int(r, 0, 8000)), ['loyalty.points']],
    ['累計購入金額', (c, o, r) => String(v.int(r, 0, 400) * 500), [], opt],
    ['累計購入回数', (c, o, r) => String(v.int(r, 0, 40)), ['loyalty.lifetimePurchases'], opt],
    ['初回購入日', (c) => jstDay(c.created + 2 * DAY), [], opt],
    ['最終購入日', (c) => jstDay(upd(c)), [], opt],
    ['メルマガ購読フラグ', (c, o, r) => (r() < 0.6 ? '1' : '0'), [], opt],
    ['LINE友だちフラグ', (c, o, r) => (r() < 0.4 ? '1' : '0'), [], opt],
    ['LINEユーザーID', (c, o, r) => (r() < 0.4 ? `U${v.hex(r, 32)}` : ''), [], opt],
    ['会員登録日時', (c) => jstSlash(c.created), ['loyalty.joinDate'], opt],
    ['退会フラグ', (c, o, r) => (r() < 0.05 ? '1' : '0'), [], opt],
    ['最終更新日時', (c) => jstSlash(upd(c)), [], opt],
  ] },

  // ---------------------------------------------------------------- CRM (Fxiaoke, 纷享销客 CRM 联系人 > 导出, Simplified Chinese)
  { name: 'fxiaoke-lianxiren-zh', product: 'Fxiaoke (纷享销客 CRM: 联系人 > 列表页 > 导出 (Excel), Simplified Chinese UI, one row per contact)', family: 'crm', language: 'zh', schema: B, cols: [
    ['姓名', (c) => cnP(c)[0], ['person.name.fullName']],
    ['客户名称', (c) => CN_CO[+c.id % CN_CO.length][0], ['b2b.companyName', 'organizations[0]']],
    ['部门', (c) => CN_CO[+c.id % CN_CO.length][1], ['extendedWorkDetails.departments[0]']],
    ['职务', (c) => CN_CO[+c.id % CN_CO.length][2], ['extendedWorkDetails.jobTitle']],
    ['手机', (c, o, r) => cnMob(r), ['mobilePhone.number']],
    ['电话', (c, o, r) => (r() < 0.6 ? `0${v.pick(r, ['571', '21', '755', '10', '28'])}-${v.int(r, 60000000, 89999999)}` : ''), ['workPhone.number']],
    ['邮箱', (c) => `${CN_PIN[cnP(c)[0]]}@${CN_DOM[+c.id % CN_DOM.length]}`, ['workEmail.address', 'personalEmail.address']],
    ['性别', (c) => (CN_FEMALE.has(cnP(c)[0]) ? '女' : '男'), ['person.gender']],
    ['生日', (c, o, r) => (r() < 0.4 ? birthDay(c.birth) : ''), ['person.birthDate']],
    ['微信', (c, o, r) => (r() < 0.5 ? `wxid_${v.alnum(r, 12).toLowerCase()}` : ''), []],
    ['地址', (c) => `${cnP(c)[1] === cnP(c)[2] ? '' : cnP(c)[1]}${cnP(c)[2]}${cnP(c)[3]}${cnP(c)[4]}`, at(WORK, 'street1'), opt],
    ['关键决策人', (c, o, r) => (r() < 0.3 ? '是' : '否'), []],
    ['来源', (c, o, r) => v.pick(r, ['市场活动', '展会', '官网注册', '客户介绍', '']), ['b2b.personSource'], opt],
    ['生命状态', (c, o, r) => v.pick(r, ['正常', '正常', '正常', '作废']), [], opt],
    ['负责人', (c, o, r) => v.pick(r, CN_OWNERS), []],
    ['负责人主属部门', (c, o, r) => v.pick(r, ['华东销售部', '华南销售部', '大客户部']), []],
    ['创建人', (c, o, r) => v.pick(r, CN_OWNERS), []],
    ['创建时间', (c) => ymdHms(c.created, 8).slice(0, 16), ['extSourceSystemAudit.createdDate'], opt],
    ['最后修改人', (c, o, r) => v.pick(r, CN_OWNERS), []],
    ['最后修改时间', (c) => ymdHms(upd(c), 8).slice(0, 16), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['最后跟进时间', (c) => ymdHms(upd(c) - 3 * DAY, 8).slice(0, 16), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['备注', (c, o, r) => v.pick(r, ['', '', '对 SaaS 方案感兴趣', '年底预算']), []],
  ] },

  // ---------------------------------------------------------------- marketing leads (Tilda, Настройки сайта > Заявки > Скачать CSV, Russian)
  { name: 'tilda-zayavki-ru', product: 'Tilda Publishing (Мои сайты > сайт > Заявки > Скачать CSV, Russian UI, form fields by their variable names, one row per submission)', family: 'marketing', language: 'ru', schema: P, cols: [
    ['Name', (c) => { const p = loc12(c, 'ru'); return `${p.first} ${p.last}` }, ['person.name.fullName']],
    ['Phone', (c) => loc12(c, 'ru').mobile, ['mobilePhone.number']],
    ['Email', (c) => loc12(c, 'ru').email, ['personalEmail.address']],
    ['Город', (c) => loc12(c, 'ru').city, at(HOME, 'city'), opt],
    ['Textarea', (c, o, r) => v.pick(r, ['', 'Интересует стоимость под ключ', 'Перезвоните после 18:00', 'Нужна консультация по тарифам']), []],
    ['Checkbox', () => 'yes', [], opt],
    ['formid', (c, o, r, i) => row(RU_FORMS, i)[0], []],
    ['formname', (c, o, r, i) => row(RU_FORMS, i)[1], []],
    ['referer', (c, o, r) => v.pick(r, ['https://studio-remont.ru/', 'https://studio-remont.ru/ceny', 'https://studio-remont.ru/kontakty']), []],
    ['tranid', (c, o, r) => `${v.int(r, 1000000, 9999999)}:${v.int(r, 1000000000, 9999999999)}`, ['_id', 'personID'], opt],
    ['sent', (c) => ruDate(c.created), [], opt],
    ['utm_source', (c, o, r) => v.pick(r, ['', 'yandex', 'vk', 'google', 'telegram']), [], opt],
    ['utm_medium', (c, o, r) => v.pick(r, ['', 'cpc', 'social', 'cpc']), [], opt],
    ['utm_campaign', (c, o, r) => v.pick(r, ['', 'remont_msk_poisk', 'vesna_skidka']), [], opt],
    ['utm_content', (c, o, r) => v.pick(r, ['', 'banner_1', 'text_2']), []],
    ['utm_term', (c, o, r) => v.pick(r, ['', 'ремонт квартир под ключ', 'дизайн интерьера цена']), []],
    ['Оплата', (c, o, r) => v.pick(r, ['', '', 'Оплачено', 'Не оплачено']), []],
  ] },
]
