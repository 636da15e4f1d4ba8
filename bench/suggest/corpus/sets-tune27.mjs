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
    ['payment_details.type', (c, o, r) => v.pick(r, ['credit_card', 'credit_card', 'konbini', 'paypay', 'bank_transfer', 'pay_easy']), [OR('payments[0].paymentType')]],
    ['payment_details.email', (c) => jaMail(c), ['endUserIDs._experience.emailid.id'], opt],
    ['payment_details.brand', (c, o, r) => v.pick(r, ['visa', 'master', 'jcb', '']), []],
    ['payment_details.last_four_digits', (c, o, r) => (r() < 0.6 ? String(v.int(r, 1000, 9999)) : ''), []],
    ['payment_details.store', (c, o, r) => v.pick(r, ['', '', 'lawson', 'family-mart', 'seven-eleven']), []],
    ['locale', (c, o, r) => v.pick(r, ['ja', 'ja', 'en']), [], opt],
    ['created_at', (c, o) => jstIso(o.at), ['timestamp', OR('createdDate')]],
    ['captured_at', (c, o) => jstIso(o.at + 45000), [], opt],
    ['payment_deadline', (c, o) => jstIso(o.at + 3 * 86400000), []],
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
  ] },
]
