// Round 27, tune27: tune sets added in round 27 (written blind, tuned on). Same format as sets.mjs (sources in ../README.md).
import { P, E, B, v, f, HOME, WORK, B2BID, OR, SHIP, BILL, PL, GEO, at, opt } from './sets.mjs'
import { pad, parts, shift, row } from './values.mjs'
import { loc12, kst, msk } from './values12.mjs'
import { loc } from './values10.mjs'
import { inPhone } from './values8.mjs'

// yyyy/MM/dd HH:mm in JST (Peatix), yyyy/M/d and HHmmss (MakeShop's 日付 / 注文時間), ISO with +09:00 (KOMOJU's API),
// yyyy-MM-dd HH:mm:ss in China time (Pinduoduo, Sensors Data), yyyy-MM-dd HH:mm:ss.S in India time (Paytm), dd.MM.yyyy
// (Raynet, Fakturownia)
const jstSlash = (ms) => { const p = shift(ms, 9); return `${p.y}/${pad(p.m)}/${pad(p.d)} ${pad(p.H)}:${pad(p.M)}` }
const msDate = (ms) => { const p = shift(ms, 9); return `${p.y}/${p.m}/${p.d}` }
const msTime = (ms) => { const p = shift(ms, 9); return `${pad(p.H)}${pad(p.M)}${pad(p.S)}` }
const jstIso = (ms) => { const p = shift(ms, 9); return `${p.y}-${pad(p.m)}-${pad(p.d)}T${pad(p.H)}:${pad(p.M)}:${pad(p.S)}.000+09:00` }
const cst = (ms) => { const p = shift(ms, 8); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ist = (ms) => { const p = shift(ms + 19800000, 0); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}.0` }
const istDay = (ms) => { const p = shift(ms + 19800000, 0); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const czDate = (ms) => { const p = parts(ms); return `${pad(p.d)}.${pad(p.m)}.${p.y}` }
const czTime = (ms) => { const p = shift(ms, 1); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}` }
const yen = (n) => String(Math.round(n))
const won = (n) => String(Math.round(n / 100) * 100)
const slug = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/[^a-z]/g, '')

// local people, places and goods the shared generators lack (Japanese and Korean people come from values12's loc12)
const JA_MAIL = ['gmail.com', 'yahoo.co.jp', 'docomo.ne.jp', 'icloud.com', 'ezweb.ne.jp']
const JA_ROMA = ['taro', 'hanako', 'yuki', 'kenta', 'misaki', 'shota', 'ayaka', 'daisuke', 'naoki', 'yumi']
const jaMail = (c) => { const r = v.rng(+c.id * 7 + 3); return `${v.pick(r, JA_ROMA)}${v.pick(r, ['.', '_', ''])}${v.int(r, 10, 999)}@${v.pick(r, JA_MAIL)}` }
const JA_CO = ['株式会社サンプル商事', '合同会社ミライラボ', '株式会社東京デザイン', '有限会社さくら企画', '', '']
const JA_ITEMS = [['TS-0012', 'オーガニックコットンTシャツ', 3300], ['MG-2201', '波佐見焼マグカップ', 2420], ['TW-0450', '今治タオル フェイスタオル2枚組', 1980], ['CF-1103', 'ドリップコーヒー 10袋セット', 1620], ['BG-0307', '帆布トートバッグ', 4950]]
const KO_ITEMS = [['KR-TS-001', '무지 반팔 티셔츠 화이트', 12900], ['KR-MG-220', '세라믹 머그컵 350ml', 9800], ['KR-SN-045', '데일리 러닝화', 59000], ['KR-BP-300', '노트북 백팩 15인치', 45000], ['KR-SK-010', '국산 면양말 5켤레', 8900]]

const CN_NAMES = ['王芳', '李娜', '张伟', '刘洋', '陈静', '杨磊', '赵敏', '黄晓明', '周杰', '吴婷']
// [province, city, district, street]
const CN_ADDR = [['广东省', '深圳市', '南山区', '科技园南路18号2栋1203'], ['浙江省', '杭州市', '西湖区', '文三路259号昌地火炬大厦'], ['上海市', '上海市', '浦东新区', '张杨路500号华润时代广场'], ['北京市', '北京市', '朝阳区', '建国路88号SOHO现代城'], ['四川省', '成都市', '武侯区', '人民南路四段27号'], ['江苏省', '南京市', '鼓楼区', '中山北路30号']]
const CN_ITEMS = [['PDD-TS-01', '纯棉短袖t恤男夏季宽松百搭半袖体恤', 29.9, '白色,XL'], ['PDD-BZ-07', '保温杯316不锈钢大容量便携水杯', 39.9, '星空蓝,500ml'], ['PDD-ZJ-12', '抽纸整箱家用实惠装面巾纸', 19.9, '3层*24包'], ['PDD-XZ-05', '夏季凉拖鞋女外穿防滑软底', 15.8, '米白,38-39']]
const CN_PAGES = [['https://www.example.cn/', '首页'], ['https://www.example.cn/product/1024', '商品详情'], ['https://www.example.cn/cart', '购物车'], ['https://www.example.cn/order/confirm', '确认订单'], ['https://www.example.cn/activity/618', '618大促']]
const CN_GEO = [['广东', '深圳'], ['北京', '北京'], ['上海', '上海'], ['浙江', '杭州'], ['四川', '成都'], ['湖北', '武汉']]
const cnMask = (r) => `1${v.pick(r, ['38', '39', '59', '86', '77'])}****${pad(v.int(r, 0, 9999), 4)}`
const IN_ITEMS = [['KURTI-NVY-M', "Women's Rayon Printed Kurti", 389], ['SAREE-GEO-01', 'Georgette Printed Saree with Blouse Piece', 459], ['TSHIRT-BLK-L', "Men's Cotton Round Neck T-Shirt", 219], ['JHUMKA-GLD', 'Oxidised Gold Jhumka Earrings', 149]]
const IN_STATES = ['Uttar Pradesh', 'Maharashtra', 'Bihar', 'West Bengal', 'Karnataka', 'Tamil Nadu', 'Gujarat', 'Rajasthan']
const inr = (n) => n.toFixed(2)
// one payment method per row, so that the method's own columns (card brand, konbini store, bank) agree with it
const kjType = (o) => ['credit_card', 'credit_card', 'konbini', 'paypay', 'bank_transfer', 'pay_easy'][+o.id % 6]
const ptMode = (o) => ['UPI', 'UPI', 'PPI', 'CC', 'DC', 'NB'][+o.id % 6]
// [STATUS, RESPCODE, RESPMSG] of a Paytm transaction
const ptStatus = (o) => [['TXN_SUCCESS', '01', 'Txn Success'], ['TXN_SUCCESS', '01', 'Txn Success'], ['TXN_SUCCESS', '01', 'Txn Success'], ['TXN_FAILURE', '227', 'Your payment has been declined by your bank. Please contact your bank for any queries.'], ['PENDING', '400', 'Transaction status not confirmed yet.']][Math.floor(+o.id / 7) % 5]

const CZ_JOBS = ['Obchodní ředitel', 'Nákupčí', 'Jednatel', 'Vedoucí IT', 'Marketingová manažerka', 'Projektový manažer']
const czWork = (c) => { const z = loc(c, 'cs'); return `${slug(z.first)}.${slug(z.last)}@${slug(z.company).slice(0, 10)}.cz` }
const plWork = (c) => { const z = loc(c, 'pl'); return `${slug(z.first)}.${slug(z.last)}@${slug(z.company).slice(0, 10)}.pl` }
const RU_CO = ['ООО «Ромашка»', 'АО «СеверСтройСервис»', 'ИП Кузнецов А. В.', 'ООО «ТехноПарк»', 'ООО «Вкусная Еда»', 'ГБУЗ «Поликлиника № 12»']
const RU_AGENTS = ['Смирнов Павел', 'Орлова Мария', 'Фёдоров Игорь', '']
const RU_TOPICS = ['Не печатает принтер в бухгалтерии', 'Не работает касса в магазине на Тверской', 'Настроить доступ к 1С новому сотруднику', 'Замена картриджа', 'Плановое ТО кондиционеров', 'Не приходит почта']

export const SETS = [
  // ---------------------------------------------------------------- events (Peatix, 参加者管理 > 注文一覧 > CSVダウンロード, with an order form)
  { name: 'peatix-sankasha-ja', product: 'Peatix (参加者管理 > 注文一覧 > CSVダウンロード, Japanese UI, with an attendee form)', family: 'events', language: 'ja', schema: P, cols: [
    ['注文ID', (c, o) => String(100000000 + +o.id * 731), []],
    ['チケット番号', (c, o, r) => `${v.int(r, 10000000, 99999999)}`, ['_id', 'personID'], opt],
    ['申込日時', (c, o) => jstSlash(o.at), [], opt],
    ['チケット名', (c, o, r) => v.pick(r, ['一般チケット', '早割チケット', '学生チケット', '懇親会付きチケット']), []],
    ['枚数', (c, o) => String(o.qty > 2 ? 1 : o.qty), []],
    ['金額', (c, o, r) => v.pick(r, ['0', '1000', '2500', '3000', '5500']), []],
    ['支払方法', (c, o, r) => v.pick(r, ['クレジットカード', 'コンビニ/ATM', 'PayPal', '無料']), []],
    ['支払状況', (c, o, r) => v.pick(r, ['支払い済み', '支払い済み', '無料', '支払い待ち']), [], opt],
    ['氏名', (c) => loc12(c, 'ja').full, ['person.name.fullName']],
    ['氏名(カナ)', (c) => { const j = loc12(c, 'ja'); return `${j.lastKana} ${j.firstKana}` }, [], opt],
    ['ニックネーム', (c, o, r) => v.pick(r, ['たろう', 'yuki_t', 'けんけん', 'misaki', 'NAO']), []],
    ['メールアドレス', (c) => jaMail(c), ['personalEmail.address']],
    ['電話番号', (c) => loc12(c, 'ja').mobile.join('-'), ['mobilePhone.number', 'homePhone.number']],
    ['会社名', (c, o, r) => v.pick(r, JA_CO), ['organizations[0]']],
    ['部署名', (c, o, r) => v.pick(r, ['', '営業部', 'マーケティング部', '開発部']), []],
    ['役職', (c, o, r) => v.pick(r, ['', '部長', 'マネージャー', 'エンジニア']), []],
    ['性別', (c) => (loc12(c, 'ja').female ? '女性' : '男性'), ['person.gender'], opt],
    ['年代', (c, o, r) => v.pick(r, ['20代', '30代', '40代', '50代']), []],
    ['都道府県', (c) => loc12(c, 'ja').pref, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')], opt],
    ['チェックイン', (c, o, r) => v.pick(r, ['済', '未']), [], opt],
    ['チェックイン日時', (c, o, r) => (r() < 0.5 ? jstSlash(o.at + 86400000 * 3) : ''), [], opt],
    ['割引コード', (c, o) => (o.coupon ? 'EARLY2024' : ''), []],
    ['このイベントを何で知りましたか?', (c, o, r) => v.pick(r, ['Peatixのメール', 'X(Twitter)', '知人の紹介', 'connpass']), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (MakeShop, 注文管理 > 注文出力用テンプレート, one row per item)
  { name: 'makeshop-chumon-ja', product: 'MakeShop (注文管理 > 注文データダウンロード with an 注文出力用テンプレート, Japanese UI)', family: 'ecommerce-orders', language: 'ja', schema: E, cols: [
    ['日付', (c, o) => msDate(o.at), ['timestamp', OR('createdDate')], opt],
    ['注文時間', (c, o) => msTime(o.at), [], opt],
    ['注文番号', (c, o) => `P${1713235511 + +o.id * 3}${pad(+o.id % 100000000, 8)}`, [OR('purchaseID'), '_id']],
    ['処理状況', (c, o, r) => v.pick(r, ['未処理', '配送', '配送', '注文キャンセル']), [], opt],
    ['会員ID', (c, o, r) => (r() < 0.7 ? `${v.pick(r, JA_ROMA)}${v.int(r, 100, 9999)}` : ''), [], opt],
    ['注文者', (c) => loc12(c, 'ja').full, []],
    ['注文者(振り仮名)', (c) => { const j = loc12(c, 'ja'); return `${j.lastKana}${j.firstKana}` }, []],
    ['注文者メールアドレス', (c) => jaMail(c), ['endUserIDs._experience.emailid.id'], opt],
    ['注文者電話番号', (c) => loc12(c, 'ja').tel.join('-'), [], opt],
    ['注文者郵便番号', (c) => loc12(c, 'ja').zip, [BILL('postalCode')], opt],
    ['注文者住所', (c) => { const j = loc12(c, 'ja'); return `${j.pref}${j.city}${j.town}` }, [BILL('street1')], opt],
    ['お届け先氏名', (c) => loc12(c, 'ja').full, []],
    ['お届け先郵便番号', (c) => loc12(c, 'ja').zip, [SHIP('postalCode')]],
    ['お届け先都道府県', (c) => loc12(c, 'ja').pref, [SHIP('stateProvince'), SHIP('state')]],
    ['お届け先住所', (c) => { const j = loc12(c, 'ja'); return `${j.city}${j.town}` }, [SHIP('street1')]],
    ['お届け先電話番号', (c) => loc12(c, 'ja').mobile.join('-'), [], opt],
    ['独自商品コード', (c, o, r, i) => row(JA_ITEMS, i)[0], [PL('SKU')]],
    ['システム商品コード', (c, o, r, i) => `0000000${pad(100 + (i % 5) * 7, 3)}`, [PL('SKU')], opt],
    ['商品名', (c, o, r, i) => row(JA_ITEMS, i)[1], [PL('name')]],
    ['オプション', (c, o, r) => v.pick(r, ['', 'ホワイト / M', 'ネイビー / L', '藍']), ['productListItems[0].selectedOptions[0].value'], opt],
    ['数量', (c, o) => String(o.qty), [PL('quantity')]],
    ['販売価格', (c, o, r, i) => yen(row(JA_ITEMS, i)[2]), [], opt],
    ['送料', (c, o) => (o.shipping ? '880' : '0'), ['commerce.shipping.shippingAmount']],
    ['決済手数料', (c, o, r) => v.pick(r, ['0', '0', '330']), []],
    ['ポイント利用額', (c, o, r) => v.pick(r, ['0', '0', '100', '250']), [], opt],
    ['クーポン割引額', (c, o) => (o.discount ? '500' : '0'), [OR('discountAmount')], opt],
    ['合計金額', (c, o, r, i) => yen(row(JA_ITEMS, i)[2] * o.qty + (o.shipping ? 880 : 0) - (o.discount ? 500 : 0)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['決済方法', (c, o, r) => v.pick(r, ['クレジットカード決済', '代金引換', 'Amazon Pay', '銀行振込']), [OR('payments[0].paymentType')], opt],
    ['配送方法', (c, o, r) => v.pick(r, ['ヤマト運輸', '佐川急便', 'ゆうパケット']), ['commerce.shipping.shippingMethod'], opt],
    ['お届け希望日', (c, o, r) => (r() < 0.4 ? msDate(o.at + 4 * 86400000) : ''), []],
    ['伝票番号', (c, o, r) => (r() < 0.7 ? String(v.int(r, 100000000000, 999999999999)) : ''), ['commerce.shipping.trackingNumber']],
    ['発送日', (c, o) => msDate(o.at + 86400000), ['commerce.shipping.shipDate'], opt],
    ['備考欄', (c, o, r) => v.pick(r, ['', '', 'ギフト包装希望', '午前中配達希望']), []],
  ] },

  // ---------------------------------------------------------------- payments (KOMOJU, Payments > export, in its API's payment object field names)
  { name: 'komoju-payments', product: 'KOMOJU (dashboard Payments export, columns in the API payment object field names)', family: 'payments', language: 'en', schema: E, cols: [
    ['id', (c, o, r) => v.alnum(r, 25).toLowerCase(), [OR('payments[0].transactionID'), '_id']],
    ['resource', () => 'payment', []],
    ['status', (c, o, r) => v.pick(r, ['captured', 'captured', 'captured', 'authorized', 'refunded', 'expired']), [], opt],
    ['amount', (c, o, r, i) => yen(row(JA_ITEMS, i)[2] * o.qty), [OR('priceTotal'), OR('payments[0].paymentAmount')], opt],
    ['tax', () => '0', [OR('taxAmount')]],
    ['payment_method_fee', (c, o, r) => v.pick(r, ['0', '0', '190']), []],
    ['total', (c, o, r, i) => yen(row(JA_ITEMS, i)[2] * o.qty), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['currency', () => 'JPY', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['description', (c, o, r, i) => row(JA_ITEMS, i)[1], [], opt],
    ['external_order_num', (c, o) => `ord_${o.id}`, [OR('purchaseID')]],
    ['customer', (c, o, r) => (r() < 0.4 ? v.alnum(r, 25).toLowerCase() : ''), [], opt],
    ['payment_details.type', (c, o) => kjType(o), [OR('payments[0].paymentType')]],
    ['payment_details.email', (c) => jaMail(c), ['endUserIDs._experience.emailid.id'], opt],
    ['payment_details.brand', (c, o, r) => (kjType(o) === 'credit_card' ? v.pick(r, ['visa', 'master', 'jcb', 'american_express']) : ''), []],
    ['payment_details.last_four_digits', (c, o, r) => (kjType(o) === 'credit_card' ? String(v.int(r, 1000, 9999)) : ''), []],
    ['payment_details.store', (c, o, r) => (kjType(o) === 'konbini' ? v.pick(r, ['lawson', 'family-mart', 'seven-eleven', 'ministop']) : ''), []],
    ['locale', (c, o, r) => v.pick(r, ['ja', 'ja', 'en']), [], opt],
    ['created_at', (c, o) => jstIso(o.at), ['timestamp', OR('createdDate')]],
    ['captured_at', (c, o) => jstIso(o.at + 45000), [], opt],
    ['payment_deadline', (c, o) => (['konbini', 'bank_transfer', 'pay_easy'].includes(kjType(o)) ? jstIso(o.at + 3 * 86400000) : ''), []],
    ['amount_refunded', (c, o, r) => (r() < 0.15 ? '1000' : '0'), [OR('refundTotal'), OR('refunds[0].refundAmount')]],
    ['session', (c, o, r) => (r() < 0.7 ? v.alnum(r, 25).toLowerCase() : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (11번가 셀러오피스, 주문관리 > 엑셀 다운로드, one row per order line)
  { name: '11st-jumun-ko', product: '11번가 (11st) Seller Office, 발송관리 order list > 엑셀 다운로드 (Korean UI)', family: 'ecommerce-orders', language: 'ko', schema: E, cols: [
    ['번호', (c, o, r, i) => String(i + 1), []],
    ['주문상태', (c, o, r) => v.pick(r, ['결제완료', '배송준비중', '배송중', '배송완료']), [], opt],
    ['주문번호', (c, o) => `${f.compact(o.at)}${pad(+o.id % 10000000, 7)}`, [OR('purchaseID'), '_id']],
    ['주문순번', () => '1', [], opt],
    ['주문일시', (c, o) => kst(o.at), ['timestamp', OR('createdDate')]],
    ['결제일시', (c, o) => kst(o.at + 120000), [], opt],
    ['상품번호', (c, o, r, i) => String(3000000000 + (i % 5) * 1234567), [PL('SKU')], opt],
    ['판매자상품코드', (c, o, r, i) => row(KO_ITEMS, i)[0], [PL('SKU')]],
    ['상품명', (c, o, r, i) => row(KO_ITEMS, i)[1], [PL('name')]],
    ['옵션', (c, o, r) => v.pick(r, ['', '화이트/L', '블랙/M', '260mm']), ['productListItems[0].selectedOptions[0].value'], opt],
    ['수량', (c, o) => String(o.qty), [PL('quantity')]],
    ['판매가', (c, o, r, i) => won(row(KO_ITEMS, i)[2]), [], opt],
    ['옵션가', (c, o, r) => v.pick(r, ['0', '0', '1000', '3000']), []],
    ['주문금액', (c, o, r, i) => won(row(KO_ITEMS, i)[2] * o.qty), [PL('priceTotal')]],
    ['할인금액', (c, o) => (o.discount ? '2000' : '0'), [OR('discountAmount')], opt],
    ['배송비', (c, o) => (o.shipping ? '3000' : '0'), ['commerce.shipping.shippingAmount']],
    ['결제금액', (c, o, r, i) => won(row(KO_ITEMS, i)[2] * o.qty + (o.shipping ? 3000 : 0) - (o.discount ? 2000 : 0)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['구매자', (c) => loc12(c, 'ko').full, []],
    ['구매자ID', (c) => loc12(c, 'ko').memberId, [], opt],
    ['구매자휴대폰', (c) => loc12(c, 'ko').mobile, [], opt],
    ['수취인', (c) => loc12(c, 'ko').full, []],
    ['수취인휴대폰', (c) => loc12(c, 'ko').mobile, [], opt],
    ['우편번호', (c) => loc12(c, 'ko').zip, [SHIP('postalCode')]],
    ['주소', (c) => loc12(c, 'ko').address, [SHIP('street1')]],
    ['배송메모', (c, o, r) => v.pick(r, ['', '부재시 문앞에 놓아주세요', '경비실에 맡겨주세요', '배송 전 연락바랍니다']), []],
    ['택배사', (c, o, r) => v.pick(r, ['CJ대한통운', '롯데택배', '한진택배', '우체국택배']), ['commerce.shipping.shippingMethod'], opt],
    ['송장번호', (c, o, r) => (r() < 0.7 ? String(v.int(r, 100000000000, 999999999999)) : ''), ['commerce.shipping.trackingNumber']],
    ['발송처리일', (c, o) => kst(o.at + 86400000).slice(0, 10), ['commerce.shipping.shipDate'], opt],
    ['서비스이용료', (c, o, r, i) => won(row(KO_ITEMS, i)[2] * o.qty * 0.12), []],
    ['정산예정금액', (c, o, r, i) => won(row(KO_ITEMS, i)[2] * o.qty * 0.88), []],
  ] },  // ---------------------------------------------------------------- support desk (Channel Talk, 고객 연락처 > 내보내기, Korean UI)
  { name: 'channeltalk-customers-ko', product: 'Channel Talk (채널톡, 고객 연락처 > 내보내기, Korean UI)', family: 'support', language: 'ko', schema: P, cols: [
    ['고객 ID', (c, o, r) => v.hex(r, 24), ['_id', 'personID'], opt],
    ['회원 ID', (c, o, r) => (r() < 0.7 ? loc12(c, 'ko').memberId : ''), ['personID', '_id'], opt],
    ['이름', (c) => loc12(c, 'ko').full, ['person.name.fullName']],
    ['휴대폰 번호', (c) => `+82${loc12(c, 'ko').mobile.slice(1).replace(/-/g, '')}`, ['mobilePhone.number']],
    ['이메일', (c) => loc12(c, 'ko').email, ['personalEmail.address']],
    ['회원 여부', (c, o, r) => (r() < 0.7 ? 'true' : 'false'), [], opt],
    ['태그', (c, o, r) => v.pick(r, ['', 'VIP', '재구매', '환불문의, VIP']), []],
    ['국가', () => 'KR', [...at(HOME, 'countryCode')], opt],
    ['도시', (c, o, r) => v.pick(r, ['Seoul', 'Busan', 'Incheon', 'Seongnam-si', 'Daegu']), [...at(HOME, 'city')], opt],
    ['언어', (c, o, r) => v.pick(r, ['ko', 'ko', 'en']), [], opt],
    ['브라우저', (c, o, r) => v.pick(r, ['Chrome', 'Safari', 'Samsung Internet', 'Whale']), []],
    ['OS', (c, o, r) => v.pick(r, ['iOS', 'Android', 'Windows', 'Mac OS']), []],
    ['방문 횟수', (c, o, r) => String(v.int(r, 1, 120)), []],
    ['상담 횟수', (c, o, r) => String(v.int(r, 0, 9)), []],
    ['구매 횟수', (c, o, r) => String(v.int(r, 0, 14)), ['loyalty.lifetimePurchases'], opt],
    ['총 구매 금액', (c, o, r) => won(v.int(r, 0, 900000)), [], opt],
    ['최근 구매 일시', (c) => kst(c.updated - 86400000 * 9), [], opt],
    ['생년월일', (c) => f.ymd(c.birth), ['person.birthDate']],
    ['성별', (c) => (loc12(c, 'ko').female ? '여성' : '남성'), ['person.gender'], opt],
    ['이메일 수신 거부', (c, o, r) => (r() < 0.2 ? 'true' : 'false'), [], opt],
    ['문자 수신 거부', (c, o, r) => (r() < 0.25 ? 'true' : 'false'), [], opt],
    ['최근 접속 일시', (c) => kst(c.updated), [], opt],
    ['생성 일시', (c) => kst(c.created), [], opt],
  ] },

  // ---------------------------------------------------------------- analytics events (Sensors Analytics / 神策分析, events table queried and downloaded)
  { name: 'sensorsdata-events', product: 'Sensors Data (神策分析, 自定义查询 SELECT * FROM events, result downloaded as CSV)', family: 'analytics', language: 'none', schema: E, cols: [
    ['event', (c, o, r) => v.pick(r, ['$pageview', '$WebClick', 'ViewProduct', 'AddToCart', 'SubmitOrder', '$AppStart']), ['eventType', 'web.webInteraction.name'], opt],
    ['user_id', (c, o, r) => `-${v.int(r, 1000000000, 9999999999)}${v.int(r, 100000000, 999999999)}`, [], opt],
    ['distinct_id', (c, o, r) => (r() < 0.5 ? v.hex(r, 18) : `u${c.id}`), [], opt],
    ['date', (c, o) => cst(o.at).slice(0, 10), [], opt],
    ['time', (c, o) => cst(o.at), ['timestamp']],
    ['$receive_time', (c, o) => String(o.at + 1300), [], opt],
    ['$lib', (c, o, r) => v.pick(r, ['js', 'js', 'Android', 'iOS', 'MiniProgram']), [], opt],
    ['$lib_version', (c, o, r) => v.pick(r, ['1.25.6', '6.7.2', '4.5.1']), []],
    ['$os', (c, o, r) => v.pick(r, ['iOS', 'Android', 'Windows', 'Mac']), ['environment.operatingSystem']],
    ['$os_version', (c, o, r) => v.pick(r, ['17.2', '13', '10', '14.1']), ['environment.operatingSystemVersion']],
    ['$browser', (c, o, r) => v.pick(r, ['Chrome', 'Safari', 'WeChat', 'UC Browser', 'QQ Browser']), ['environment.browserDetails.name']],
    ['$browser_version', (c, o, r) => v.pick(r, ['120.0', '17.2', '8.0.44', '15.5']), ['environment.browserDetails.version']],
    ['$model', (c, o, r) => v.pick(r, ['iPhone15,2', 'ALN-AL00', 'M2012K11AC', 'V2309A']), ['device.model']],
    ['$manufacturer', (c, o, r) => v.pick(r, ['Apple', 'HUAWEI', 'Xiaomi', 'vivo', 'OPPO']), ['device.manufacturer']],
    ['$screen_width', (c, o, r) => v.pick(r, ['390', '1920', '412', '1440']), ['device.screenWidth']],
    ['$screen_height', (c, o, r) => v.pick(r, ['844', '1080', '915', '900']), ['device.screenHeight']],
    ['$ip', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['$country', () => '中国', [], opt],
    ['$province', (c, o, r, i) => row(CN_GEO, i)[0], [GEO('stateProvince')]],
    ['$city', (c, o, r, i) => row(CN_GEO, i)[1], [GEO('city')]],
    ['$url', (c, o, r, i) => row(CN_PAGES, i + 1)[0], ['web.webPageDetails.URL']],
    ['$title', (c, o, r, i) => row(CN_PAGES, i + 1)[1], ['web.webPageDetails.name']],
    ['$referrer', (c, o, r, i) => (r() < 0.6 ? row(CN_PAGES, i)[0] : v.pick(r, ['https://www.baidu.com/link?url=abc', ''])), ['web.webReferrer.URL']],
    ['$referrer_host', (c, o, r) => v.pick(r, ['www.example.cn', 'www.baidu.com', '']), [], opt],
    ['$latest_utm_source', (c, o, r) => v.pick(r, ['', 'baidu', 'wechat', 'douyin']), [], opt],
    ['$utm_medium', (c, o, r) => v.pick(r, ['', 'cpc', 'social']), [], opt],
    ['$utm_campaign', (c, o, r) => v.pick(r, ['', '618_presale', 'double11']), ['marketing.campaignName', 'marketing.trackingCode'], opt],
    ['$is_first_day', (c, o, r) => (r() < 0.3 ? 'true' : 'false'), [], opt],
    ['$network_type', (c, o, r) => v.pick(r, ['WIFI', '4G', '5G']), ['environment.connectionType'], opt],
    ['$carrier', (c, o, r) => v.pick(r, ['中国移动', '中国联通', '中国电信']), ['environment.carrier'], opt],
    ['$event_duration', (c, o, r) => (v.int(r, 2, 600) + 0.5).toFixed(3), ['environment.duration'], opt],
    ['product_name', (c, o, r, i) => row(CN_ITEMS, i)[1], [PL('name')], opt],
    ['order_id', (c, o, r) => (r() < 0.3 ? `SO${f.compact(o.at)}${o.id}` : ''), [OR('purchaseID')], opt],
    ['order_amount', (c, o, r, i) => String(+(row(CN_ITEMS, i)[2] * o.qty).toFixed(2)), [OR('priceTotal')], opt],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Pinduoduo merchant backend, 订单查询 > 导出订单)
  { name: 'pinduoduo-dingdan-zh', product: 'Pinduoduo (拼多多商家后台, 订单管理 > 订单查询 > 批量导出, Simplified Chinese)', family: 'ecommerce-orders', language: 'zh', schema: E, cols: [
    ['商品', (c, o, r, i) => row(CN_ITEMS, i)[1], [PL('name')]],
    ['订单号', (c, o, r) => `${cst(o.at).slice(2, 10).replace(/-/g, '')}-${v.int(r, 100000000, 999999999)}${v.int(r, 100000, 999999)}`, [OR('purchaseID'), '_id']],
    ['订单状态', (c, o, r) => v.pick(r, ['待发货', '已发货，待签收', '已签收', '已签收', '已取消']), [], opt],
    ['商品总价(元)', (c, o, r, i) => (row(CN_ITEMS, i)[2] * o.qty).toFixed(2), [PL('priceTotal')], opt],
    ['店铺优惠折扣(元)', (c, o) => (o.discount ? '3.00' : '0.00'), [OR('discountAmount')], opt],
    ['平台优惠折扣(元)', (c, o, r) => v.pick(r, ['0.00', '0.00', '2.00', '5.00']), [], opt],
    ['邮费(元)', () => '0.00', ['commerce.shipping.shippingAmount']],
    ['用户实付金额(元)', (c, o, r, i) => (row(CN_ITEMS, i)[2] * o.qty - (o.discount ? 3 : 0)).toFixed(2), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['商家实收金额(元)', (c, o, r, i) => (row(CN_ITEMS, i)[2] * o.qty * 0.994 - (o.discount ? 3 : 0)).toFixed(2), []],
    ['商品数量(件)', (c, o) => String(o.qty), [PL('quantity')]],
    ['收货人', (c, o, r, i) => row(CN_NAMES, i + 2), []],
    ['手机', (c, o, r) => cnMask(r), [], opt],
    ['省', (c, o, r, i) => row(CN_ADDR, i)[0], [SHIP('stateProvince'), SHIP('state')]],
    ['市', (c, o, r, i) => row(CN_ADDR, i)[1], [SHIP('city')]],
    ['区', (c, o, r, i) => row(CN_ADDR, i)[2], [SHIP('city')], opt],
    ['街道', (c, o, r, i) => row(CN_ADDR, i)[3], [SHIP('street1')]],
    ['拼单成功时间', (c, o) => cst(o.at), ['timestamp', OR('createdDate')]],
    ['订单确认时间', (c, o) => cst(o.at + 60000), [], opt],
    ['承诺发货时间', (c, o) => cst(o.at + 48 * 3600000), []],
    ['发货时间', (c, o) => cst(o.at + 20 * 3600000), ['commerce.shipping.shipDate'], opt],
    ['确认收货时间', (c, o, r) => (r() < 0.5 ? cst(o.at + 4 * 86400000) : ''), [], opt],
    ['商品id', (c, o, r, i) => String(480000000000 + (i % 4) * 1234567), [PL('SKU')], opt],
    ['商品规格', (c, o, r, i) => row(CN_ITEMS, i)[3], ['productListItems[0].selectedOptions[0].value'], opt],
    ['商家编码-SKU维度', (c, o, r, i) => `${row(CN_ITEMS, i)[0]}-${(i % 3) + 1}`, [PL('SKU')]],
    ['商家编码-商品维度', (c, o, r, i) => row(CN_ITEMS, i)[0], [PL('SKU')], opt],
    ['快递单号', (c, o, r) => `${v.pick(r, ['YT', 'JT', '7'])}${v.int(r, 1000000000, 9999999999)}${v.int(r, 100, 999)}`, ['commerce.shipping.trackingNumber']],
    ['快递公司', (c, o, r) => v.pick(r, ['圆通快递', '中通快递', '极兔速递', '韵达快递']), ['commerce.shipping.shippingMethod'], opt],
    ['商家备注', (c, o, r) => v.pick(r, ['', '', '已改地址', '加急']), []],
    ['买家留言', (c, o, r) => v.pick(r, ['', '', '请尽快发货', '不要放驿站']), []],
    ['售后状态', (c, o, r) => v.pick(r, ['无售后或售后取消', '无售后或售后取消', '退款成功']), [], opt],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Meesho Supplier Panel, Payments > download, Order Payments sheet, India)
  { name: 'meesho-order-payments', product: 'Meesho Supplier Panel (Payments > Download payments file, Order Payments sheet, one row per sub-order)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Sub Order No', (c, o) => `${v.pad(+o.id * 104729, 18)}_1`, [OR('purchaseID'), '_id']],
    ['Order Date', (c, o) => istDay(o.at), ['timestamp', OR('createdDate')]],
    ['Dispatch Date', (c, o) => istDay(o.at + 86400000), ['commerce.shipping.shipDate'], opt],
    ['Product Name', (c, o, r, i) => row(IN_ITEMS, i)[1], [PL('name')]],
    ['Supplier SKU', (c, o, r, i) => row(IN_ITEMS, i)[0], [PL('SKU')]],
    ['Live Order Status', (c, o, r) => v.pick(r, ['Delivered', 'Delivered', 'Delivered', 'RTO', 'Return', 'Shipped']), [], opt],
    ['Product GST %', () => '5', []],
    ['Listing Price (Incl. taxes)', (c, o, r, i) => String(row(IN_ITEMS, i)[2]), [], opt],
    ['Quantity', () => '1', [PL('quantity')]],
    ['Transaction ID', (c, o, r) => `AXISCN${v.int(r, 100000000, 999999999)}`, [], opt],
    ['Payment Date', (c, o) => istDay(o.at + 8 * 86400000), []],
    ['Final Settlement Amount', (c, o, r, i) => inr(row(IN_ITEMS, i)[2] * 0.86), []],
    ['Price Type', () => 'Listing Price', []],
    ['Total Sale Amount (Incl. Shipping & GST)', (c, o, r, i) => inr(row(IN_ITEMS, i)[2]), [OR('priceTotal'), PL('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Total Sale Return Amount (Incl. Shipping & GST)', (c, o, r) => (r() < 0.15 ? '-389.00' : '0.00'), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['Fixed Fee (Incl. GST)', () => '0.00', []],
    ['Warehousing fee (inc Gst)', () => '0.00', []],
    ['Return premium (incl GST)', (c, o, r) => v.pick(r, ['0.00', '11.80']), []],
    ['Return premium (incl GST) of Return', () => '0.00', []],
    ['Meesho Commission Percentage', () => '0', []],
    ['Meesho Commission (Incl. GST)', () => '0.00', []],
    ['Meesho gold platform fee (Incl. GST)', () => '0.00', []],
    ['Meesho mall platform fee (Incl. GST)', () => '0.00', []],
    ['Return Shipping Charge (Incl. GST)', (c, o, r) => v.pick(r, ['0.00', '0.00', '-86.00']), []],
    ['GST Compensation (PRP Shipping)', () => '0.00', []],
    ['Shipping Charge (Incl. GST)', (c, o, r) => v.pick(r, ['-68.00', '-72.00', '-0.00']), [], opt],
    ['Other Support Service Charges (Excl. GST)', () => '0.00', []],
    ['Waivers (Excl. GST)', () => '0.00', []],
    ['TCS', (c, o, r, i) => inr(-row(IN_ITEMS, i)[2] * 0.005), []],
    ['TDS Rate %', () => '0.1', []],
    ['TDS', (c, o, r, i) => inr(-row(IN_ITEMS, i)[2] * 0.001), []],
    ['Compensation', () => '0.00', []],
    ['Claims', () => '0.00', []],
    ['Recovery', () => '0.00', []],
  ] },  // ---------------------------------------------------------------- CRM (RAYNET CRM, Kontaktní osoby > Export do XLSX with all columns, Czech UI)
  { name: 'raynet-kontaktni-osoby-cs', product: 'RAYNET CRM (Adresář > Kontaktní osoby, export do XLSX with "Všechny sloupce", Czech UI)', family: 'crm', language: 'cs', schema: B, cols: [
    ['ID', (c, o, r) => String(v.int(r, 1000, 99999)), B2BID],
    ['Titul před', (c, o, r) => v.pick(r, ['', '', 'Ing.', 'Mgr.', 'Bc.']), ['person.name.courtesyTitle'], opt],
    ['Jméno', (c) => loc(c, 'cs').first, ['person.name.firstName']],
    ['Příjmení', (c) => loc(c, 'cs').last, ['person.name.lastName']],
    ['Titul za', (c, o, r) => v.pick(r, ['', '', '', 'Ph.D.', 'MBA']), ['person.name.suffix'], opt],
    ['Klient', (c) => loc(c, 'cs').company, ['b2b.companyName', 'organizations[0]']],
    ['Pozice', (c, o, r) => v.pick(r, CZ_JOBS), ['extendedWorkDetails.jobTitle']],
    ['Oddělení', (c, o, r) => v.pick(r, ['Obchod', 'Nákup', 'Vedení', 'IT', 'Marketing']), ['extendedWorkDetails.departments[0]'], opt],
    ['E-mail', (c) => czWork(c), ['workEmail.address', 'personalEmail.address']],
    ['Telefon', (c, o, r) => `+420 2${v.int(r, 10, 99)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`, ['workPhone.number']],
    ['Mobil', (c) => loc(c, 'cs').phone, ['mobilePhone.number']],
    ['Ulice', (c) => { const z = loc(c, 'cs'); return `${z.street} ${z.house}` }, at([...WORK, ...HOME], 'street1')],
    ['Město', (c) => loc(c, 'cs').city, at([...WORK, ...HOME], 'city')],
    ['PSČ', (c) => loc(c, 'cs').zip, at([...WORK, ...HOME], 'postalCode')],
    ['Stát', () => 'Česká republika', at([...WORK, ...HOME], 'country')],
    ['Datum narození', (c, o, r) => (r() < 0.4 ? czDate(c.birth) : ''), ['person.birthDate']],
    ['Vlastník', (c, o, r) => v.pick(r, ['Petr Dvořák', 'Lucie Černá', 'Admin RAYNET']), []],
    ['Stav', (c, o, r) => v.pick(r, ['Aktivní', 'Aktivní', 'Neaktivní']), [], opt],
    ['Primární vztah', (c, o, r) => v.pick(r, ['Zákazník', 'Potenciální zákazník', 'Partner', 'Dodavatel']), ['b2b.personStatus'], opt],
    ['Zdroj kontaktu', (c, o, r) => v.pick(r, ['Web', 'Doporučení', 'Veletrh', 'Telefonát']), ['b2b.personSource'], opt],
    ['Štítky', (c, o, r) => v.pick(r, ['', 'VIP', 'newsletter', 'VIP, newsletter']), []],
    ['IČ', (c) => loc(c, 'cs').ico, [], opt],
    ['Jazyk', (c, o, r) => v.pick(r, ['čeština', 'čeština', 'angličtina']), [], opt],
    ['Poznámka', (c, o, r) => v.pick(r, ['', '', 'Preferuje e-mail', 'Volat po 14. hodině']), []],
    ['Vytvořeno', (c) => czTime(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Upraveno', (c) => czTime(c.updated), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Poslední aktivita', (c) => czTime(c.updated + 3600000), ['extSourceSystemAudit.lastActivityDate'], opt],
  ] },

  // ---------------------------------------------------------------- CRM / invoicing (Fakturownia, Klienci > Eksport do CSV, Polish UI)
  { name: 'fakturownia-klienci-pl', product: 'Fakturownia (Klienci > Eksport, CSV, Polish UI)', family: 'crm', language: 'pl', schema: B, cols: [
    ['ID', (c, o, r) => String(v.int(r, 10000000, 99999999)), B2BID],
    ['Nazwa', (c) => loc(c, 'pl').company, ['b2b.companyName', 'organizations[0]']],
    ['Nazwa skrócona', (c) => loc(c, 'pl').company.split(' ')[0], [], opt],
    ['NIP', (c, o, r) => `${v.int(r, 100, 999)}${v.int(r, 100, 999)}${v.int(r, 10, 99)}${v.int(r, 10, 99)}`, [], opt],
    ['Osoba fizyczna', (c, o, r) => (r() < 0.15 ? 'tak' : 'nie'), []],
    ['Imię', (c) => loc(c, 'pl').first, ['person.name.firstName']],
    ['Nazwisko', (c) => loc(c, 'pl').last, ['person.name.lastName']],
    ['Ulica', (c) => loc(c, 'pl').street, at([...WORK, ...HOME, 'billingAddress'], 'street1')],
    ['Kod pocztowy', (c) => loc(c, 'pl').zip, at([...WORK, ...HOME, 'billingAddress'], 'postalCode')],
    ['Miejscowość', (c) => loc(c, 'pl').city, at([...WORK, ...HOME, 'billingAddress'], 'city')],
    ['Kraj', () => 'PL', at([...WORK, ...HOME, 'billingAddress'], 'countryCode')],
    ['E-mail', (c) => plWork(c), ['workEmail.address', 'personalEmail.address']],
    ['Telefon', (c, o, r) => `+48 22 ${v.int(r, 100, 999)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`, ['workPhone.number']],
    ['Telefon komórkowy', (c) => loc(c, 'pl').mobile, ['mobilePhone.number']],
    ['Faks', (c, o, r) => (r() < 0.2 ? `+48 22 ${v.int(r, 100, 999)} ${pad(v.int(r, 0, 99))} 99` : ''), ['faxPhone.number']],
    ['WWW', (c) => `www.${slug(loc(c, 'pl').company).slice(0, 12)}.pl`, ['b2b.companyWebsite']],
    ['Ulica (adres korespondencyjny)', (c, o, r) => (r() < 0.3 ? loc(c, 'pl').street : ''), ['mailingAddress.street1'], opt],
    ['Numer konta bankowego', (c, o, r) => `PL${v.int(r, 10, 99)} ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)}`, []],
    ['Bank', (c, o, r) => v.pick(r, ['', 'mBank', 'PKO BP', 'ING Bank Śląski']), []],
    ['Termin płatności (dni)', (c, o, r) => v.pick(r, ['7', '14', '30']), []],
    ['Rabat (%)', (c, o, r) => v.pick(r, ['0', '0', '5', '10']), []],
    ['Domyślny sposób płatności', (c, o, r) => v.pick(r, ['przelew', 'przelew', 'gotówka', 'karta']), []],
    ['Etykiety', (c, o, r) => v.pick(r, ['', 'stały klient', 'hurt']), []],
    ['Uwagi', (c, o, r) => v.pick(r, ['', '', 'Faktury wysyłać na e-mail księgowości']), []],
    ['Data utworzenia', (c) => f.ymdhms(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Data aktualizacji', (c) => f.ymdhms(c.updated), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },

  // ---------------------------------------------------------------- support desk (Okdesk, Заявки > Экспорт в Excel, Russian UI)
  { name: 'okdesk-zayavki-ru', product: 'Okdesk (Заявки, список заявок > Экспорт в Excel, Russian UI)', family: 'support', language: 'ru', schema: E, cols: [
    ['Номер', (c, o) => String(1000 + (+o.id % 9000)), ['_id']],
    ['Тема', (c, o, r) => v.pick(r, RU_TOPICS), []],
    ['Тип', (c, o, r) => v.pick(r, ['Инцидент', 'Запрос на обслуживание', 'Консультация', 'Плановые работы']), [], opt],
    ['Приоритет', (c, o, r) => v.pick(r, ['Низкий', 'Обычный', 'Обычный', 'Высокий', 'Критичный']), []],
    ['Статус', (c, o, r) => v.pick(r, ['Открыта', 'В работе', 'Решена', 'Закрыта', 'Отложена']), [], opt],
    ['Клиент', (c, o, r) => v.pick(r, RU_CO), []],
    ['Контактное лицо', (c) => loc12(c, 'ru').full, []],
    ['Email контактного лица', (c) => loc12(c, 'ru').email, ['endUserIDs._experience.emailid.id'], opt],
    ['Телефон контактного лица', (c) => loc12(c, 'ru').mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Объект обслуживания', (c, o, r) => v.pick(r, ['Офис на Тверской, 12', 'Склад в Химках', 'Магазин № 3', '']), []],
    ['Оборудование', (c, o, r) => v.pick(r, ['', 'МФУ HP LaserJet M428', 'ККТ АТОЛ 30Ф', 'Кондиционер Daikin FTXB35C']), []],
    ['Ответственный', (c, o, r) => v.pick(r, RU_AGENTS), []],
    ['Группа ответственных', (c, o, r) => v.pick(r, ['Первая линия', 'Выездные инженеры', '1С-поддержка']), []],
    ['Канал поступления', (c, o, r) => v.pick(r, ['Email', 'Клиентский портал', 'Телефон', 'Telegram']), [], opt],
    ['Дата создания', (c, o) => msk(o.at), ['timestamp']],
    ['Плановая дата решения', (c, o) => msk(o.at + 8 * 3600000), []],
    ['Дата решения', (c, o, r) => (r() < 0.6 ? msk(o.at + v.int(r, 1, 30) * 3600000) : ''), [], opt],
    ['Дата закрытия', (c, o, r) => (r() < 0.4 ? msk(o.at + 3 * 86400000) : ''), [], opt],
    ['Просрочена', (c, o, r) => (r() < 0.2 ? 'Да' : 'Нет'), []],
    ['Оценка', (c, o, r) => v.pick(r, ['', '5', '4', '5', '2']), []],
    ['Трудозатраты, ч', (c, o, r) => (v.int(r, 1, 16) / 4).toFixed(2).replace('.', ','), []],
    ['Договор', (c, o, r) => v.pick(r, ['', 'Договор № 45/2024 на ИТ-аутсорсинг', 'Договор ТО № 12']), []],
  ] },

  // ---------------------------------------------------------------- payments (Paytm for Business, transaction report in Paytm's transaction-status field names, India)
  { name: 'paytm-transactions', product: 'Paytm for Business (payments report in the field names of Paytm\'s transaction-status / payment-link webhook response)', family: 'payments', language: 'en', schema: E, cols: [
    ['ORDERID', (c, o) => `ORDS${o.id}${pad(+o.id % 97, 2)}`, [OR('purchaseID')]],
    ['MID', () => 'SHREEG48102931705583', []],
    ['TXNID', (c, o, r) => `2024${v.int(r, 10000000, 99999999)}${v.int(r, 1000000, 9999999)}${v.int(r, 100000000, 999999999)}`, [OR('payments[0].transactionID'), '_id']],
    ['TXNAMOUNT', (c, o, r) => inr(v.int(r, 99, 4999)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['CURRENCY', () => 'INR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['PAYMENTMODE', (c, o) => ptMode(o), [OR('payments[0].paymentType')]],
    ['TXNDATE', (c, o) => ist(o.at), ['timestamp', OR('createdDate')]],
    ['STATUS', (c, o) => ptStatus(o)[0], [], opt],
    ['RESPCODE', (c, o) => ptStatus(o)[1], []],
    ['RESPMSG', (c, o) => ptStatus(o)[2], []],
    ['GATEWAYNAME', (c, o, r) => (ptMode(o) === 'PPI' ? 'WALLET' : ptMode(o) === 'UPI' ? 'PPBLC' : v.pick(r, ['HDFC', 'ICICI'])), []],
    ['BANKTXNID', (c, o, r) => String(v.int(r, 100000000000, 999999999999)), [OR('payments[0].transactionID')], opt],
    ['BANKNAME', (c, o, r) => (ptMode(o) === 'PPI' ? 'WALLET' : v.pick(r, ['State Bank of India', 'HDFC Bank', 'ICICI Bank', 'Axis Bank'])), []],
    ['TXNTYPE', (c, o, r) => v.pick(r, ['SALE', 'SALE', 'SALE', 'REFUND']), [], opt],
    ['REFUNDAMT', (c, o, r) => (r() < 0.15 ? '100.00' : '0.00'), [OR('refundTotal'), OR('refunds[0].refundAmount')]],
    ['MERC_UNQ_REF', (c, o, r) => (r() < 0.5 ? `INV-${v.int(r, 1000, 9999)}` : ''), [OR('purchaseID')], opt],
    ['LINKDESCRIPTION', (c, o, r) => v.pick(r, ['', 'Monthly tuition fee', 'Order payment', 'Yoga class pass']), [], opt],
    ['PAYMENTEMAILID', (c, o, r) => (r() < 0.5 ? `${v.pick(r, ['rahul', 'priya', 'amit', 'sneha', 'vikas'])}.${v.pick(r, ['sharma', 'patel', 'iyer', 'reddy'])}${v.int(r, 1, 99)}@gmail.com` : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['MOBILE_NO', (c, o, r) => (r() < 0.6 ? inPhone(r).slice(3) : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['CUST_ID', (c, o, r) => `CUST${v.int(r, 100000, 999999)}`, [], opt],
  ] },
]
