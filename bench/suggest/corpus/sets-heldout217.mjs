// Round 79, heldout217: blind held-out sets written by a helper that never opened the suggester, its tests, the scorer
// or a score. Same format as sets.mjs (sources in ../README.md). East and South-East Asian products, headers in the
// language each product's UI uses there: an e-commerce back office's generic-store order CSV for a Shizuoka Japanese-tea
// shop (ネクストエンジン / Next Engine) (JP, ja E 1); a Korean payment gateway's merchant-admin transaction export for a
// Seoul stationery and character-goods web shop (다날 / Danal) (KR, ko E 1); a B&B property-management system's booking
// export for a Hualien seaside guesthouse (OwlNest 奧丁丁) (TW, zh E 1); a cloud invoicing app's tax-invoice/receipt list
// for a Chiang Mai coffee roaster (FlowAccount) (TH, th E 1); a school intranet's student-account export for a Kowloon
// secondary school (eClass) (HK, en P 1); a school-records system's student-profile export for a Hanoi lower-secondary
// school (vnEdu) (VN, vi P 1); a lead-generation platform's lead-list export for a Shenzhen industrial-automation
// supplier's sales team (探迹 / Tanji) (CN, zh B 1); a cloud accounting and invoicing app's customer-contact export for a
// Surabaya packaging printer (Mekari Jurnal) (ID, id B 1). E 4, P 2, B 2.
// Headers: Next Engine's generic-store (汎用) order CSV columns and their order (店舗伝票番号, 受注日 YYYY/MM/DD hh:mm:ss,
// 受注郵便番号, 受注住所1/2, 受注名, 受注名カナ, 受注電話番号, 受注メールアドレス, 発送郵便番号, 発送先住所1/2, 発送先名, ...,
// 支払方法, 発送方法, 商品計, 税金, 発送料 ...) follow Next Engine's manual page "受注CSVファイルの作成【汎用】" (ID 5552,
// manual.next-engine.net/main/orders/ord_torikomi-shori/juchu_torikomi/juchu_hanyo/5552/) and aiship's manual page
// "CSVレイアウト(ネクストエンジン形式(汎用))" (manual.aiship.jp), both found with the search tool; the columns after 発送料
// (手数料, ポイント, 合計金額, ギフトフラグ, 時間帯指定, 備考, 商品名, 商品コード, 商品価格, 受注数量, 商品オプション) are the
// writer's recollection of the same template. Danal, OwlNest, FlowAccount, eClass, vnEdu, Tanji and Mekari Jurnal were
// written from the writer's knowledge of each product (a short source hunt in the pages and docs corpora found no
// public column list for them; an HKAHSS page found with the search tool confirms eClass-style student import/export
// by form, class and class number, not the column names). A subset of each export's columns, in the order the writer knows. Nothing was
// copied from a real export; every value is generated.
import { E, P, B, v, PL, OR, SHIP, BILL, opt, EMAIL_ID, PHONE_ID, CUST_ID, W, CO, ACCT, HOME, at, STATE } from './sets.mjs'
import { pad, row, ymd, dmy, hms, hm, shift, thou, group, hash } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const B2BID = ['_id', 'personID', 'b2b.personKey.sourceID', 'extSourceSystemAudit.externalID']
const WE = ['workEmail.address', 'personalEmail.address']
const HOMES = (leaf) => at(HOME, leaf)
const UP = (r, k, set = 'ABCDEFGHJKLMNPQRSTUVWXYZ') => Array.from({ length: k }, () => set[v.int(r, 0, set.length - 1)]).join('')
// Tokyo/Seoul +9, Taipei/Hong Kong/Shenzhen +8, Bangkok/Hanoi/Jakarta-Surabaya +7; none of them keeps summer time
const jst = (ms) => shift(ms, 9)
const cst8 = (ms) => shift(ms, 8)
const ict = (ms) => shift(ms, 7)
// an instant k days after `base` (a UTC midnight) at a local hour between h0 and h1 for a zone `off` hours from UTC
const biz = (base, k, days, h0, h1, off) => base + (k % days) * day + ((h0 - off) * 3600 + (k * 7919) % ((h1 - h0) * 3600)) * 1000
const slash = (p) => `${p.y}/${pad(p.m)}/${pad(p.d)}`

// ---------------------------------------------------------------- local people, seeded by the row's person
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}|${c.first}|${c.last}|${salt}`) ^ 0x2170a5c3); r(); r(); return r }

// ---------------------------------------------------------------- 1. Next Engine generic-store order CSV (JP, ja, E)
// a Japanese-tea shop in Shizuoka selling sencha, gyokuro, matcha and gift sets on its own web shop, registered in Next
// Engine as a 汎用 (generic) store; one row per order (orders are almost always a single product line); prices include
// consumption tax, so 税金 is 0 as the template expects
// [kanji, kana, romaji]
const JP_LAST = [['佐藤', 'サトウ', 'sato'], ['鈴木', 'スズキ', 'suzuki'], ['高橋', 'タカハシ', 'takahashi'], ['田中', 'タナカ', 'tanaka'], ['伊藤', 'イトウ', 'ito'], ['渡辺', 'ワタナベ', 'watanabe'], ['山本', 'ヤマモト', 'yamamoto'], ['中村', 'ナカムラ', 'nakamura'], ['小林', 'コバヤシ', 'kobayashi'], ['加藤', 'カトウ', 'kato'], ['吉田', 'ヨシダ', 'yoshida'], ['望月', 'モチヅキ', 'mochizuki'], ['杉山', 'スギヤマ', 'sugiyama'], ['松本', 'マツモト', 'matsumoto']]
const JP_M = [['翔太', 'ショウタ', 'shota'], ['大輔', 'ダイスケ', 'daisuke'], ['健一', 'ケンイチ', 'kenichi'], ['拓也', 'タクヤ', 'takuya'], ['浩二', 'コウジ', 'koji'], ['誠', 'マコト', 'makoto'], ['悠斗', 'ユウト', 'yuto'], ['直樹', 'ナオキ', 'naoki']]
const JP_F = [['美咲', 'ミサキ', 'misaki'], ['由美子', 'ユミコ', 'yumiko'], ['陽子', 'ヨウコ', 'yoko'], ['彩', 'アヤ', 'aya'], ['恵', 'メグミ', 'megumi'], ['真由美', 'マユミ', 'mayumi'], ['奈々', 'ナナ', 'nana'], ['裕子', 'ユウコ', 'yuko']]
// [postcode, prefecture + city/ward, town]
const JP_PL = [['420-0853', '静岡県静岡市葵区', '追手町'], ['150-0001', '東京都渋谷区', '神宮前'], ['530-0001', '大阪府大阪市北区', '梅田'], ['460-0008', '愛知県名古屋市中区', '栄'], ['812-0011', '福岡県福岡市博多区', '博多駅前'], ['060-0001', '北海道札幌市中央区', '北一条西'], ['980-0811', '宮城県仙台市青葉区', '一番町'], ['220-0012', '神奈川県横浜市西区', 'みなとみらい'], ['604-8005', '京都府京都市中京区', '恵比須町'], ['730-0011', '広島県広島市中区', '基町'], ['430-0944', '静岡県浜松市中区', '田町'], ['330-0063', '埼玉県さいたま市浦和区', '高砂'], ['181-0013', '東京都三鷹市', '下連雀'], ['263-0043', '千葉県千葉市稲毛区', '小仲台']]
const JP_BLDG = ['', '', 'コーポ望月 203', '', 'サンハイツ 105', '', 'グランドメゾン栄 1102', '', 'レジデンス博多 506', '']
const jpP = (c, salt = 'jp') => {
  const r = seeded(c, salt), f = r() < 0.55
  const l = v.pick(r, JP_LAST), g = v.pick(r, f ? JP_F : JP_M), pl = v.pick(r, JP_PL)
  return { l, g, pl, addr2: `${pl[2]}${v.int(r, 1, 9)}-${v.int(r, 1, 28)}-${v.int(r, 1, 20)}${(b => (b ? ' ' + b : ''))(v.pick(r, JP_BLDG))}`,
    tel: r() < 0.8 ? `0${v.pick(r, ['90', '80', '70'])}-${v.digits(r, 4)}-${v.digits(r, 4)}` : `0${v.pick(r, ['54', '3', '6', '52', '92'])}-${v.digits(r, 3)}-${v.digits(r, 4)}`,
    mail: `${g[2]}${v.pick(r, ['.', '_', ''])}${l[2]}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, ['gmail.com', 'yahoo.co.jp', 'docomo.ne.jp', 'icloud.com', 'ezweb.ne.jp', 'outlook.jp'])}` }
}
// [product code, name, price incl. tax, option, small (fits ゆうパケット)]
const NE_IT = [['SC-FK-100', '深蒸し掛川茶 100g', 1080, '内容量:100g', true], ['SC-FK-200', '深蒸し掛川茶 200g', 1980, '内容量:200g', false], ['GY-YM-080', '八女玉露 80g', 2700, '', true], ['HJ-TB-020', 'ほうじ茶ティーバッグ 5g×20', 864, '', true], ['MC-UJ-030', '宇治抹茶 30g缶', 1620, '', true], ['GF-SET-03', 'お茶3種飲み比べギフト', 4320, 'のし:御礼', false], ['SC-KK-100', '棒ほうじ くき茶 100g', 648, '', true], ['GF-SET-05', '新茶 桐箱入りギフト', 5400, 'のし:御中元', false]]
const NE_PAY = ['クレジットカード', 'クレジットカード', '代金引換', '銀行振込', 'Amazon Pay', 'コンビニ後払い', 'PayPay', 'クレジットカード']
const neIt = (o) => row(NE_IT, n(o) % 8)
const neQty = (o) => (neIt(o)[2] >= 4000 ? 1 : row([1, 1, 2, 1, 3, 1, 2], (n(o) >> 3) % 7))
const neSub = (o) => neIt(o)[2] * neQty(o)
const nePay = (o) => row(NE_PAY, (n(o) >> 1) % 8)
const neSmall = (o) => neIt(o)[4] && neQty(o) === 1 && nePay(o) !== '代金引換'
const neShipM = (o) => (neSmall(o) ? 'クロネコゆうパケット' : row(['ヤマト運輸 宅急便', 'ヤマト運輸 宅急便', '佐川急便 飛脚宅配便'], n(o) % 3))
const neShip = (o) => (neSub(o) >= 5400 ? 0 : neSmall(o) ? 370 : 770)
const neFee = (o) => ({ 代金引換: 330, コンビニ後払い: 209 })[nePay(o)] ?? 0
const nePts = (o) => row([0, 0, 0, 100, 0, 300, 0, 0, 50], n(o) % 9)
const neTot = (o) => neSub(o) + neShip(o) + neFee(o) - nePts(o)
const neGift = (c, o) => neIt(o)[0].startsWith('GF') && n(c) % 2 === 0
const neTo = (c, o) => (neGift(c, o) ? jpP(c, 'jpgift') : jpP(c))
const neAt = (o) => biz(Date.UTC(2025, 3, 1), n(o) * 13, 90, 6, 24, 9)
const jpDT = (ms) => { const p = jst(ms); return `${slash(p)} ${hms(p)}` }
const SET_NE = { name: 'next-engine-juchu-hanyo-csv-jp', product: 'Next Engine / ネクストエンジン (受注CSV【汎用】format: a generic-store order file in Next Engine\'s template, one row per order, Japanese UI, a Shizuoka Japanese-tea shop selling sencha, gyokuro, matcha and gift sets on its own web shop, Asia/Tokyo, JPY, prices incl. tax)', family: 'orders', language: 'ja', schema: E, cols: [
  ['店舗伝票番号', (c, o) => `${100000 + (n(o) * 37) % 90000}`, ['_id', OR('purchaseID')]],
  ['受注日', (c, o) => jpDT(neAt(o)), ['timestamp', OR('createdDate')]],
  ['受注郵便番号', (c) => jpP(c).pl[0], [BILL('postalCode')]],
  ['受注住所1', (c) => jpP(c).pl[1], [BILL('city'), BILL('street1')]],
  ['受注住所2', (c) => jpP(c).addr2, [BILL('street2'), BILL('street1')]],
  ['受注名', (c) => `${jpP(c).l[0]} ${jpP(c).g[0]}`, []],
  ['受注名カナ', (c) => `${jpP(c).l[1]} ${jpP(c).g[1]}`, []],
  ['受注電話番号', (c) => jpP(c).tel, PHONE_ID],
  ['受注メールアドレス', (c) => jpP(c).mail, EMAIL_ID],
  ['発送郵便番号', (c, o) => neTo(c, o).pl[0], [SHIP('postalCode')]],
  ['発送先住所1', (c, o) => neTo(c, o).pl[1], [SHIP('city'), SHIP('street1')]],
  ['発送先住所2', (c, o) => neTo(c, o).addr2, [SHIP('street2'), SHIP('street1')]],
  ['発送先名', (c, o) => `${neTo(c, o).l[0]} ${neTo(c, o).g[0]}`, []],
  ['発送電話番号', (c, o) => neTo(c, o).tel, [], opt],
  ['支払方法', (c, o) => nePay(o), [OR('payments[0].paymentType')]],
  ['発送方法', (c, o) => neShipM(o), ['commerce.shipping.shippingMethod']],
  ['商品計', (c, o) => String(neSub(o)), [], opt],
  ['税金', () => '0', [OR('taxAmount')], opt],
  ['発送料', (c, o) => String(neShip(o)), ['commerce.shipping.shippingAmount']],
  ['手数料', (c, o) => String(neFee(o)), []],
  ['ポイント', (c, o) => String(nePts(o)), [OR('discountAmount')], opt],
  ['合計金額', (c, o) => String(neTot(o)), [OR('priceTotal')]],
  ['ギフトフラグ', (c, o) => (neGift(c, o) ? '1' : '0'), []],
  ['時間帯指定', (c, o) => (neSmall(o) ? '' : row(['', '午前中', '14時～16時', '', '18時～20時', '19時～21時', '16時～18時'], n(o) % 7)), []],
  ['備考', (c, o) => row(['', '', 'のし名入れ：佐藤', '', '不在時は宅配ボックスへ', '', '領収書希望', ''], (n(o) >> 2) % 8), []],
  ['商品名', (c, o) => neIt(o)[1], [PL('name')]],
  ['商品コード', (c, o) => neIt(o)[0], [PL('SKU')]],
  ['商品価格', (c, o) => String(neIt(o)[2]), [PL('priceTotal')], opt],
  ['受注数量', (c, o) => String(neQty(o)), [PL('quantity')]],
  ['商品オプション', (c, o) => neIt(o)[3], [PL('selectedOptions[0].value')], opt],
] }

// ---------------------------------------------------------------- 2. Danal merchant-admin transaction export (KR, ko, E)
// a Seoul web shop for stationery and character goods taking Danal mobile-phone billing (휴대폰결제), cards, bank
// transfer and virtual accounts through Danal's PG; one row per transaction
const KR_LAST = [['김', 'kim'], ['이', 'lee'], ['박', 'park'], ['최', 'choi'], ['정', 'jung'], ['강', 'kang'], ['조', 'cho'], ['윤', 'yoon'], ['장', 'jang'], ['임', 'lim'], ['한', 'han'], ['오', 'oh']]
const KR_M = [['민수', 'minsu'], ['지훈', 'jihoon'], ['현우', 'hyunwoo'], ['도윤', 'doyoon'], ['성민', 'sungmin'], ['준호', 'junho'], ['태현', 'taehyun'], ['우진', 'woojin']]
const KR_F = [['서연', 'seoyeon'], ['지은', 'jieun'], ['수빈', 'subin'], ['민지', 'minji'], ['하은', 'haeun'], ['예린', 'yerin'], ['유진', 'yujin'], ['다은', 'daeun']]
const krP = (c) => {
  const r = seeded(c, 'kr'), f = r() < 0.6
  const l = v.pick(r, KR_LAST), g = v.pick(r, f ? KR_F : KR_M)
  return { name: `${l[0]}${g[0]}`, id: `${g[1]}${v.pick(r, ['', '_', ''])}${v.int(r, 1, 9999)}`, last4: v.digits(r, 4), carrier: v.pick(r, ['SKT', 'SKT', 'KT', 'LG U+', 'KT', 'SKT 알뜰폰', 'LG U+ 알뜰폰']),
    mail: `${g[1]}${l[1]}${v.int(r, 1, 999)}@${v.pick(r, ['naver.com', 'naver.com', 'gmail.com', 'daum.net', 'kakao.com', 'hanmail.net', 'nate.com'])}` }
}
const DN_IT = [['캐릭터 다이어리 2025 (A5)', 18900], ['젤펜 12색 세트', 12500], ['캐릭터 스티커팩 5종', 8900], ['가죽 필통 (브라운)', 24000], ['만년필 입문 세트', 39000], ['원목 데스크 오거나이저', 32000], ['마스킹테이프 10롤 세트', 15800], ['무지 노트 A5 3권 세트', 11400], ['캐릭터 인형 키링', 13900]]
const DN_M = ['휴대폰', '휴대폰', '신용카드', '휴대폰', '신용카드', '계좌이체', '가상계좌', '신용카드']
const DN_CARD = ['신한', 'KB국민', '삼성', '현대', '롯데', 'BC', '하나', 'NH농협']
const dnIt = (o) => row(DN_IT, n(o) % 9)
const dnQty = (o) => (dnIt(o)[1] > 30000 ? 1 : row([1, 1, 2, 1, 3], (n(o) >> 2) % 5))
const dnAmt = (o) => dnIt(o)[1] * dnQty(o) + (dnIt(o)[1] * dnQty(o) >= 30000 ? 0 : 3000)
const dnM = (o) => row(DN_M, (n(o) >> 1) % 8)
const dnSt = (o) => row(['승인완료', '승인완료', '승인완료', '취소완료', '승인완료', '승인완료', '부분취소', '승인완료', '승인완료', '승인완료'], n(o) % 10)
const dnCancel = (o) => (dnSt(o) === '취소완료' ? dnAmt(o) : dnSt(o) === '부분취소' ? dnIt(o)[1] : 0)
const dnVat = (o) => Math.round(dnAmt(o) / 11)
const dnAt = (o) => biz(Date.UTC(2025, 2, 3), n(o) * 7, 100, 0, 24, 9)
const krDT = (ms) => { const p = jst(ms); return `${ymd(p)} ${hms(p)}` }
const dnTid = (o) => { const p = jst(dnAt(o)); return `${p.y}${pad(p.m)}${pad(p.d)}${pad(p.H)}${pad(p.M)}${pad(p.S)}${v.digits(v.rng(hash(`dn${o.id}`)), 6)}` }
const SET_DN = { name: 'danal-pg-transactions-export-kr', product: 'Danal / 다날 (가맹점 관리자 > 거래내역 조회 > 엑셀 다운로드, one row per transaction, Korean UI, a Seoul web shop for stationery and character goods taking mobile-phone billing, cards, bank transfer and virtual accounts, Asia/Seoul, KRW)', family: 'payments', language: 'ko', schema: E, cols: [
  ['거래일시', (c, o) => krDT(dnAt(o)), ['timestamp']],
  ['거래번호', (c, o) => dnTid(o), ['_id', OR('payments[0].transactionID')]],
  ['주문번호', (c, o) => `ORD${dnTid(o).slice(0, 8)}-${pad((n(o) * 37) % 100000, 5)}`, [OR('purchaseID')]],
  ['결제수단', (c, o) => dnM(o), [OR('payments[0].paymentType')]],
  ['거래상태', (c, o) => dnSt(o), [], opt],
  ['상품명', (c, o) => (dnQty(o) > 1 ? `${dnIt(o)[0]} 외 ${dnQty(o) - 1}건` : dnIt(o)[0]), [PL('name')], opt],
  ['결제금액', (c, o) => group(dnAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
  ['공급가액', (c, o) => group(dnAmt(o) - dnVat(o)), []],
  ['부가세', (c, o) => group(dnVat(o)), [OR('taxAmount')]],
  ['취소금액', (c, o) => group(dnCancel(o)), [OR('refundTotal'), OR('refunds[0].refundAmount')]],
  ['취소일시', (c, o) => (dnCancel(o) ? krDT(dnAt(o) + (2 + n(o) % 70) * 3600000) : ''), [OR('cancelDate')], opt],
  ['구매자명', (c) => krP(c).name, []],
  ['구매자ID', (c) => krP(c).id, CUST_ID, opt],
  ['휴대폰번호', (c, o) => (dnM(o) === '휴대폰' || n(c) % 3 === 0 ? `010-****-${krP(c).last4}` : ''), PHONE_ID, opt],
  ['통신사', (c, o) => (dnM(o) === '휴대폰' ? krP(c).carrier : ''), ['environment.carrier'], opt],
  ['이메일', (c) => krP(c).mail, EMAIL_ID],
  ['카드사', (c, o) => (dnM(o) === '신용카드' ? row(DN_CARD, n(c) % 8) : ''), []],
  ['할부', (c, o) => (dnM(o) === '신용카드' ? (dnAmt(o) >= 50000 && n(o) % 2 ? '3개월' : '일시불') : ''), []],
  ['승인번호', (c, o) => (dnM(o) === '신용카드' ? v.digits(v.rng(hash(`ap${o.id}`)), 8) : ''), [], opt],
  ['결제환경', (c, o) => row(['MOBILE', 'MOBILE', 'PC', 'MOBILE', 'APP'], n(o) % 5), ['device.type'], opt],
  ['수수료', (c, o) => group(Math.round(dnAmt(o) * (dnM(o) === '휴대폰' ? 0.033 : dnM(o) === '신용카드' ? 0.029 : 0.018))), []],
  ['정산예정일', (c, o) => ymd(jst(dnAt(o) + (dnM(o) === '휴대폰' ? 45 : 7) * day)), []],
] }

// ---------------------------------------------------------------- 3. OwlNest booking export (TW, zh, E)
// a seaside B&B (民宿) near Qixingtan, Hualien, with six rooms; direct web bookings through OwlNest's booking engine
// plus OTA bookings synced by its channel manager; one row per booking
const TW_LAST = [['陳', 'chen'], ['林', 'lin'], ['黃', 'huang'], ['張', 'chang'], ['李', 'lee'], ['王', 'wang'], ['吳', 'wu'], ['劉', 'liu'], ['蔡', 'tsai'], ['楊', 'yang'], ['許', 'hsu'], ['鄭', 'cheng']]
const TW_G = [['志明', 'chihming'], ['雅婷', 'yating'], ['家豪', 'chiahao'], ['怡君', 'yichun'], ['冠宇', 'kuanyu'], ['佳穎', 'chiaying'], ['宗翰', 'tsunghan'], ['詩涵', 'shihhan'], ['俊傑', 'chunchieh'], ['淑芬', 'shufen']]
const twP = (c) => {
  const r = seeded(c, 'tw'), l = v.pick(r, TW_LAST), g = v.pick(r, TW_G)
  return { name: `${l[0]}${g[0]}`, tel: `09${v.digits(r, 2)}-${v.digits(r, 3)}-${v.digits(r, 3)}`, rom: `${g[1]} ${l[1]}`, mail: `${g[1]}${v.pick(r, ['.', '', '_'])}${l[1]}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, ['gmail.com', 'gmail.com', 'yahoo.com.tw', 'hotmail.com', 'icloud.com'])}` }
}
// [room type, weekday rate, weekend rate]
const OW_RM = [['海景雙人房', 3200, 3800], ['海景四人房', 4800, 5600], ['標準雙人房', 2400, 2900], ['家庭六人房', 6200, 7200], ['景觀豪華雙人房', 3800, 4500]]
const OW_SRC = ['官網訂房', 'Booking.com', 'Agoda', '官網訂房', '電話訂房', 'Airbnb', 'Trip.com', 'Booking.com']
const owRm = (o) => row(OW_RM, n(o) % 5)
const owSrc = (o) => row(OW_SRC, (n(o) >> 1) % 8)
const owN = (o) => row([1, 2, 1, 3, 2, 1], (n(o) >> 2) % 6)
const owRooms = (o) => (n(o) % 11 === 0 ? 2 : 1)
const owAt = (o) => biz(Date.UTC(2025, 1, 1), n(o) * 11, 110, 7, 24, 8)
const owIn = (o) => { const t = owAt(o) + (3 + n(o) % 60) * day; return t - (t % day) }
const owWeekend = (ms) => [5, 6].includes(new Date(ms).getUTCDay())
const owRoomTot = (o) => Array.from({ length: owN(o) }, (_, k) => (owWeekend(owIn(o) + k * day) ? owRm(o)[2] : owRm(o)[1])).reduce((a, b) => a + b, 0) * owRooms(o)
const owAdd = (o) => row(['', '早餐 x2', '', '花蓮火車站接駁', '', '早餐 x4', '', '寵物清潔費'], n(o) % 8)
const owAddAmt = (o) => ({ '早餐 x2': 400, 花蓮火車站接駁: 300, '早餐 x4': 800, 寵物清潔費: 500 })[owAdd(o)] ?? 0
const owTot = (o) => owRoomTot(o) + owAddAmt(o)
const owSt = (o) => row(['已退房', '已確認', '已退房', '已取消', '已確認', '已入住', '已退房', '待付訂金'], (n(o) >> 3) % 8)
const owOta = (o) => !['官網訂房', '電話訂房'].includes(owSrc(o))
const owPay = (o) => (owOta(o) ? (owSrc(o) === 'Booking.com' ? '現場付款' : '平台代收') : row(['信用卡', 'ATM轉帳', 'LINE Pay', 'ATM轉帳'], n(o) % 4))
const owPaid = (o) => (owSt(o) === '待付訂金' ? 0 : owSt(o) === '已取消' ? (owOta(o) ? 0 : Math.round(owTot(o) * 0.3)) : owSt(o) === '已退房' || owPay(o) === '平台代收' ? owTot(o) : owPay(o) === '現場付款' ? 0 : Math.round(owTot(o) * 0.3))
const twD = (ms) => slash(cst8(ms))
const SET_OW = { name: 'owlnest-bookings-export-tw', product: 'OwlNest 奧丁丁 (訂單管理 > 訂單列表 > 匯出 Excel, one row per booking, Traditional Chinese UI, a six-room seaside B&B near Qixingtan, Hualien, with direct and OTA bookings, Asia/Taipei, TWD)', family: 'travel', language: 'zh', schema: E, cols: [
  ['訂單編號', (c, o) => { const p = cst8(owAt(o)); return `${String(p.y).slice(2)}${pad(p.m)}${pad(p.d)}${UP(v.rng(hash(`ow${o.id}`)), 4, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}` }, ['_id', OR('purchaseID')]],
  ['訂單來源', (c, o) => owSrc(o), [], opt],
  ['訂單狀態', (c, o) => owSt(o), [], opt],
  ['下訂時間', (c, o) => { const p = cst8(owAt(o)); return `${slash(p)} ${hm(p)}` }, ['timestamp', OR('createdDate')]],
  ['入住日期', (c, o) => twD(owIn(o)), []],
  ['退房日期', (c, o) => twD(owIn(o) + owN(o) * day), []],
  ['晚數', (c, o) => String(owN(o)), [], opt],
  ['房型', (c, o) => owRm(o)[0], [PL('name')]],
  ['間數', (c, o) => String(owRooms(o)), [PL('quantity')], opt],
  ['大人', (c, o) => String(owRooms(o) * (owRm(o)[0].includes('四人') ? 4 : owRm(o)[0].includes('六人') ? 5 : 2)), []],
  ['小孩', (c, o) => String(owRm(o)[0].includes('六人') || owRm(o)[0].includes('四人') ? n(o) % 3 : 0), []],
  ['訂房人', (c) => (n(c) % 7 === 0 ? twP(c).rom.toUpperCase() : twP(c).name), []],
  ['手機', (c) => twP(c).tel, PHONE_ID],
  ['Email', (c, o) => (owSrc(o) === 'Booking.com' ? `${twP(c).rom.replace(' ', '').slice(0, 6)}.${v.digits(seeded(c, 'bk'), 6)}@guest.booking.com` : owSrc(o) === '電話訂房' && n(c) % 2 ? '' : twP(c).mail), EMAIL_ID],
  ['國籍', (c) => row(['台灣', '台灣', '台灣', '香港', '台灣', '馬來西亞', '台灣', '新加坡', '日本'], n(c) % 9), []],
  ['付款方式', (c, o) => owPay(o), [OR('payments[0].paymentType')]],
  ['幣別', () => 'TWD', [OR('currencyCode')]],
  ['訂單總額', (c, o) => group(owTot(o)), [OR('priceTotal')]],
  ['已付金額', (c, o) => group(owPaid(o)), [OR('payments[0].paymentAmount')], opt],
  ['未付金額', (c, o) => group(owSt(o) === '已取消' ? 0 : owTot(o) - owPaid(o)), []],
  ['加購項目', (c, o) => owAdd(o), []],
  ['預計抵達時間', (c, o) => row(['15:00-16:00', '16:00-17:00', '', '18:00-19:00', '17:00-18:00', '20:00以後'], n(o) % 6), []],
  ['備註', (c, o) => row(['', '需要嬰兒床', '', '會晚到，請留門', '', '慶生，想要布置', '', '素食早餐'], (n(o) >> 1) % 8), []],
  ['取消時間', (c, o) => (owSt(o) === '已取消' ? (p => `${slash(p)} ${hm(p)}`)(cst8(owAt(o) + (1 + n(o) % 20) * day)) : ''), [OR('cancelDate')], opt],
] }

// ---------------------------------------------------------------- 4. FlowAccount tax-invoice/receipt list (TH, th, E)
// a specialty coffee roaster in Chiang Mai selling roasted beans and drip bags online and wholesale to cafés, plus a
// contract-roasting service (3% withholding tax); document list ใบกำกับภาษี/ใบเสร็จรับเงิน exported to Excel; one row per
// document; dates in the Buddhist-era year as the Thai UI shows them
// [name, romanised (for e-mail)]
const TH_M = [['สมชาย', 'somchai'], ['ณัฐวุฒิ', 'nattawut'], ['ธนากร', 'thanakorn'], ['กิตติพงษ์', 'kittipong'], ['พงศกร', 'pongsakorn'], ['วรวุฒิ', 'worawut']]
const TH_F = [['สุภาพร', 'supaporn'], ['ปิยะนุช', 'piyanuch'], ['ณัฐธิดา', 'nattida'], ['กมลวรรณ', 'kamonwan'], ['ศิริพร', 'siriporn'], ['พิมพ์ชนก', 'pimchanok']]
const TH_LAST = [['ใจดี', 'jaidee'], ['ศรีสุข', 'srisuk'], ['วงศ์สวัสดิ์', 'wongsawat'], ['แก้วมณี', 'kaewmanee'], ['บุญมา', 'boonma'], ['ทองดี', 'thongdee'], ['สุขสมบูรณ์', 'suksomboon'], ['จันทร์เพ็ญ', 'janpen']]
const TH_ADDR = ['ถ.นิมมานเหมินท์ ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่ 50200', 'ถ.ช้างคลาน ต.ช้างคลาน อ.เมืองเชียงใหม่ จ.เชียงใหม่ 50100', 'ซ.สุขุมวิท 49 แขวงคลองตันเหนือ เขตวัฒนา กรุงเทพมหานคร 10110', 'ถ.พหลโยธิน แขวงสามเสนใน เขตพญาไท กรุงเทพมหานคร 10400', 'ถ.ซุปเปอร์ไฮเวย์ ต.ป่าตัน อ.เมืองเชียงใหม่ จ.เชียงใหม่ 50300', 'ถ.ธนาลัย ต.เวียง อ.เมืองเชียงราย จ.เชียงราย 57000', 'ถ.มิตรภาพ ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น 40000', 'ถ.ราษฎร์อุทิศ 200 ปี ต.ป่าตอง อ.กะทู้ จ.ภูเก็ต 83150']
// wholesale customers: [company, branch, romanised domain, address]
const FA_CO = [['บริษัท ดอยช้าง คาเฟ่ จำกัด', 'สำนักงานใหญ่', 'doichangcafe.co.th', '88/8 ถ.นิมมานเหมินท์ ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่ 50200'], ['ห้างหุ้นส่วนจำกัด กาแฟนิมมาน', 'สำนักงานใหญ่', 'nimmancoffee.com', '14/3 ซ.นิมมานเหมินท์ 13 ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่ 50200'], ['บริษัท ริเวอร์ไซด์ โฮเทล เชียงใหม่ จำกัด', 'สาขาที่ 00001', 'riversidecnx.com', '99 ถ.เจริญราษฎร์ ต.วัดเกต อ.เมืองเชียงใหม่ จ.เชียงใหม่ 50000'], ['บริษัท บ้านสวนบรูว์ จำกัด', 'สำนักงานใหญ่', 'baansuanbrew.co.th', '215 ซ.สุขุมวิท 49 แขวงคลองตันเหนือ เขตวัฒนา กรุงเทพมหานคร 10110']]
const thP = (c) => {
  const r = seeded(c, 'th'), f = r() < 0.55, g = v.pick(r, f ? TH_F : TH_M), l = v.pick(r, TH_LAST)
  return { name: `${g[0]} ${l[0]}`, g, l, addr: `${v.int(r, 1, 299)}/${v.int(r, 1, 99)} ${v.pick(r, TH_ADDR)}`, mob: `0${v.pick(r, ['81', '86', '89', '92', '95', '61', '63'])}-${v.digits(r, 3)}-${v.digits(r, 4)}` }
}
// [description, unit price (excl. VAT), qty range hi, service]
const FA_IT = [['เมล็ดกาแฟคั่ว ดอยสะเก็ด (คั่วกลาง) 250g', 350, 3, false], ['กาแฟดริปแบก เฮาส์เบลนด์ 10 ซอง', 220, 4, false], ['เมล็ดกาแฟคั่ว เอสเพรสโซ่ เบลนด์ 1kg', 890, 10, false], ['เมล็ดกาแฟคั่ว ปางขอน (คั่วอ่อน) 200g', 420, 2, false], ['บริการคั่วกาแฟตามสั่ง (ต่อกิโลกรัม)', 180, 40, true], ['ชุดของขวัญกาแฟ 3 ถิ่น', 990, 2, false]]
const faWs = (c) => n(c) % 3 === 0
const faCo = (c) => row(FA_CO, (n(c) >> 2) % 4)
const faIt = (c, o) => (faWs(c) ? row([FA_IT[2], FA_IT[4], FA_IT[2], FA_IT[0]], n(o) % 4) : row(FA_IT, n(o) % 6 === 4 ? 5 : n(o) % 6))
const faQty = (c, o) => 1 + (n(o) >> 1) % faIt(c, o)[2]
const faSub = (c, o) => faIt(c, o)[1] * faQty(c, o)
const faDisc = (c, o) => (faWs(c) && faSub(c, o) >= 5000 ? Math.round(faSub(c, o) * 0.05) : n(o) % 7 === 0 ? 50 : 0)
const faNet = (c, o) => faSub(c, o) - faDisc(c, o)
const faVat = (c, o) => Math.round(faNet(c, o) * 7) / 100
const faTot = (c, o) => faNet(c, o) + faVat(c, o)
const faWht = (c, o) => (faWs(c) && faIt(c, o)[3] ? Math.round(faNet(c, o) * 3) / 100 : 0)
const faSt = (c, o) => (faWs(c) ? row(['ชำระเงินแล้ว', 'รอชำระ', 'ชำระเงินแล้ว', 'เกินกำหนด', 'ชำระเงินแล้ว'], n(o) % 5) : row(['ชำระเงินแล้ว', 'ชำระเงินแล้ว', 'ชำระเงินแล้ว', 'ยกเลิก', 'ชำระเงินแล้ว', 'ชำระเงินแล้ว'], n(o) % 6))
const faPaid = (c, o) => faSt(c, o) === 'ชำระเงินแล้ว'
const faAt = (o) => biz(Date.UTC(2025, 0, 6), n(o) * 5, 120, 8, 21, 7)
const be = (ms) => { const p = ict(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y + 543}` }
const SET_FA = { name: 'flowaccount-tax-invoice-receipts-th', product: 'FlowAccount (ใบกำกับภาษี/ใบเสร็จรับเงิน > ส่งออก Excel, one row per document, Thai UI, a Chiang Mai specialty coffee roaster selling beans online and wholesale to cafés and hotels plus contract roasting, Asia/Bangkok, THB)', family: 'invoicing', language: 'th', schema: E, cols: [
  ['วันที่', (c, o) => be(faAt(o)), ['timestamp', OR('createdDate')]],
  ['เลขที่เอกสาร', (c, o) => { const p = ict(faAt(o)); return `RE${p.y}${pad(p.m)}${pad(1 + (n(o) * 7) % 400, 4)}` }, ['_id', OR('purchaseID')]],
  ['อ้างอิง', (c, o) => (faWs(c) ? `PO-${v.digits(v.rng(hash(`po${o.id}`)), 5)}` : row(['', `Shopee ${UP(v.rng(hash(`sp${o.id}`)), 10, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}`, '', 'LINE OA'], n(o) % 4)), [OR('purchaseOrderNumber')], opt],
  ['ชื่อลูกค้า', (c) => (faWs(c) ? faCo(c)[0] : thP(c).name), []],
  ['เลขประจำตัวผู้เสียภาษี', (c) => (faWs(c) ? `0505${v.digits(v.rng(hash(`tx${(n(c) >> 2) % 4}`)), 9)}` : ''), []],
  ['สาขา', (c) => (faWs(c) ? faCo(c)[1] : ''), []],
  ['ที่อยู่', (c) => (faWs(c) ? faCo(c)[3] : thP(c).addr), [BILL('street1')], opt],
  ['ผู้ติดต่อ', (c) => (faWs(c) ? thP(c).name : ''), []],
  ['อีเมล', (c) => (faWs(c) ? `${thP(c).g[1]}@${faCo(c)[2]}` : n(c) % 4 === 1 ? '' : `${thP(c).g[1]}.${thP(c).l[1]}${n(c) % 90}@${row(['gmail.com', 'hotmail.com', 'gmail.com', 'yahoo.com'], n(c) % 4)}`), EMAIL_ID],
  ['เบอร์โทร', (c) => thP(c).mob, PHONE_ID],
  ['รายละเอียด', (c, o) => faIt(c, o)[0], [PL('name')], opt],
  ['มูลค่า', (c, o) => thou(faSub(c, o), ',', '.'), [], opt],
  ['ส่วนลด', (c, o) => thou(faDisc(c, o), ',', '.'), [OR('discountAmount')]],
  ['มูลค่าหลังหักส่วนลด', (c, o) => thou(faNet(c, o), ',', '.'), []],
  ['ภาษีมูลค่าเพิ่ม', (c, o) => thou(faVat(c, o), ',', '.'), [OR('taxAmount')]],
  ['ยอดรวมสุทธิ', (c, o) => thou(faTot(c, o), ',', '.'), [OR('priceTotal')]],
  ['หัก ณ ที่จ่าย', (c, o) => thou(faWht(c, o), ',', '.'), []],
  ['ยอดชำระ', (c, o) => thou(faPaid(c, o) ? faTot(c, o) - faWht(c, o) : 0, ',', '.'), [OR('payments[0].paymentAmount')], opt],
  ['วิธีการชำระเงิน', (c, o) => (faPaid(c, o) ? (faWs(c) ? row(['โอนเงิน', 'เช็ค', 'โอนเงิน'], n(o) % 3) : row(['พร้อมเพย์', 'โอนเงิน', 'บัตรเครดิต', 'พร้อมเพย์', 'เงินสด'], n(o) % 5)) : ''), [OR('payments[0].paymentType')]],
  ['วันที่ชำระเงิน', (c, o) => (faPaid(c, o) ? be(faAt(o) + (faWs(c) ? 15 + n(o) % 15 : 0) * day) : ''), [], opt],
  ['สถานะ', (c, o) => faSt(c, o), [], opt],
  ['สกุลเงิน', () => 'THB', [OR('currencyCode')]],
  ['ผู้จัดทำ', (c, o) => row(['ปวีณา', 'ธีรวัฒน์', 'ปวีณา'], n(o) % 3), []],
  ['หมายเหตุ', (c, o) => row(['', 'ส่ง Kerry', '', 'รับเองที่ร้าน', '', 'เครดิต 30 วัน'], (n(o) >> 1) % 6), []],
] }

// ---------------------------------------------------------------- 5. eClass student account export (HK, en, P)
// an aided secondary school in Sham Shui Po, Kowloon (S1-S6); Account Management > Student > Export, one row per student
// [surname, Chinese surname]
const HK_LAST = [['CHAN', '陳'], ['WONG', '黃'], ['LEE', '李'], ['CHEUNG', '張'], ['LAU', '劉'], ['NG', '吳'], ['HO', '何'], ['LEUNG', '梁'], ['LAM', '林'], ['TSANG', '曾'], ['YIP', '葉'], ['KWOK', '郭']]
const HK_M = [['Tai Man', '大文', 'Jason'], ['Ka Ho', '家豪', ''], ['Chun Kit', '俊傑', 'Kelvin'], ['Pak Hei', '柏熙', ''], ['Ho Yin', '浩然', 'Marcus'], ['Wai Lok', '偉樂', '']]
const HK_F = [['Wing Yan', '詠欣', 'Cherry'], ['Hoi Ying', '凱盈', ''], ['Tsz Ching', '子晴', 'Chloe'], ['Yan Ting', '欣婷', ''], ['Sum Yi', '心怡', 'Karen'], ['Hiu Tung', '曉彤', '']]
const HK_ADDR = ['Flat 12B, Block 3, Mei Foo Sun Chuen, Kowloon', 'Room 1507, Lai Kok Estate, Cheung Sha Wan, Kowloon', 'Flat C, 8/F, 123 Fuk Wa Street, Sham Shui Po, Kowloon', 'Room 2203, Hoi Lai Estate, Cheung Sha Wan, Kowloon', 'Flat 6A, Tower 2, Dragon Centre, Sham Shui Po, Kowloon', 'Room 812, Pak Tin Estate, Shek Kip Mei, Kowloon', 'Flat D, 15/F, Yee Kok Court, Cheung Sha Wan, Kowloon', 'Flat 3B, 27 Nam Cheong Street, Sham Shui Po, Kowloon']
const hkP = (c) => {
  const r = seeded(c, 'hk'), f = r() < 0.5, l = v.pick(r, HK_LAST), g = v.pick(r, f ? HK_F : HK_M)
  return { f, l, g, addr: v.pick(r, HK_ADDR), mob: `${v.pick(r, ['5', '6', '9'])}${v.digits(r, 3)} ${v.digits(r, 4)}`, home: `2${v.pick(r, ['3', '7', '7', '1', '4'])}${v.digits(r, 2)} ${v.digits(r, 4)}` }
}
// non-Chinese-speaking students: [nationality, English name, female]
const HK_NCS = [['Pakistani', 'KHAN Muhammad Ali', false], ['Filipino', 'SANTOS Maria Angela', true], ['Nepalese', 'GURUNG Bikash', false], ['Pakistani', 'AHMED Ayesha', true], ['Filipino', 'DELA CRUZ John Paul', false], ['Nepalese', 'RAI Sita', true]]
const hkNcs = (c) => ([4, 8].includes(n(c) % 9) ? row(HK_NCS, (n(c) >> 2) % 6) : null)
const ecForm = (c) => 1 + (n(c) % 6)
const ecAdm = (c) => 2025 - ecForm(c)
const ecLogin = (c) => `s${ecAdm(c)}${pad((n(c) * 37) % 1000, 3)}`
const ecDob = (c) => Date.UTC(2013 - ecForm(c), 0, 1) + ((n(c) * 7919) % 365) * day
const SET_EC = { name: 'eclass-student-accounts-export-hk', product: 'eClass (BroadLearning eClass IP: Account Management > Student > Export, one row per student account, English column names, an aided secondary school in Sham Shui Po, Kowloon, S1-S6, Asia/Hong_Kong)', family: 'education', language: 'en', schema: P, cols: [
  ['UserLogin', (c) => ecLogin(c), ['personID', '_id']],
  ['UserEmail', (c) => `${ecLogin(c)}@sspcss.edu.hk`, ['personalEmail.address']],
  ['EnglishName', (c) => (hkNcs(c) ? hkNcs(c)[1] : `${hkP(c).l[0]} ${hkP(c).g[0]}`), ['person.name.fullName']],
  ['ChineseName', (c) => (hkNcs(c) ? '' : `${hkP(c).l[1]}${hkP(c).g[1]}`), ['person.name.fullName'], opt],
  ['NickName', (c) => (hkNcs(c) ? '' : hkP(c).g[2]), []],
  ['Gender', (c) => ((hkNcs(c) ? hkNcs(c)[2] : hkP(c).f) ? 'F' : 'M'), ['person.gender']],
  ['DOB', (c) => ymd(shift(ecDob(c), 0)), ['person.birthDate']],
  ['ClassName', (c) => `${ecForm(c)}${row(['A', 'B', 'C', 'D', 'E'], (n(c) >> 3) % 5)}`, []],
  ['ClassNumber', (c) => String(1 + (n(c) >> 2) % 32), []],
  ['Mobile', (c) => (ecForm(c) <= 1 && n(c) % 2 ? '' : hkP(c).mob), ['mobilePhone.number']],
  ['HomeTel', (c) => (n(c) % 3 === 0 ? '' : hkP(c).home), ['homePhone.number']],
  ['Address', (c) => hkP(c).addr, HOMES('street1')],
  ['WebSAMSRegNo', (c) => `#${pad((n(c) * 131) % 10000000, 7)}`, [], opt],
  ['STRN', (c) => { const r = seeded(c, 'strn'); return `${UP(r, 1, 'SR')}${v.digits(r, 6)}(${v.digits(r, 1)})` }, [], opt],
  ['CardID', (c) => v.digits(seeded(c, 'card'), 10), []],
  ['Nationality', (c) => (hkNcs(c) ? hkNcs(c)[0] : 'Chinese'), ['person.nationality']],
  ['PlaceOfBirth', (c) => (hkNcs(c) ? row(['Hong Kong', 'Others'], n(c) % 2) : row(['Hong Kong', 'Hong Kong', 'Mainland China', 'Hong Kong', 'Hong Kong', 'Macau'], n(c) % 6)), []],
  ['AdmissionDate', (c) => `${ecAdm(c)}-09-01`, [], opt],
  ['House', (c) => row(['Red', 'Blue', 'Green', 'Yellow'], n(c) % 4), []],
  ['Remarks', (c) => (hkNcs(c) ? 'NCS student' : row(['', '', 'SEN', '', '', ''], n(c) % 6)), []],
] }

// ---------------------------------------------------------------- 6. vnEdu student-profile export (VN, vi, P)
// a public lower-secondary school (THCS, grades 6-9) in Đống Đa district, Hà Nội; Hồ sơ học sinh > Xuất Excel, one row per
// student; the contact phone and e-mail are the family's
const VN_LAST = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Dương', 'Phan']
const VN_MID_M = ['Văn', 'Minh', 'Đức', 'Quang', 'Gia', 'Hoàng']
const VN_MID_F = ['Thị', 'Ngọc', 'Thu', 'Minh', 'Bảo', 'Khánh']
const VN_M = ['An', 'Bình', 'Dũng', 'Huy', 'Khôi', 'Long', 'Nam', 'Phúc', 'Quân', 'Tuấn']
const VN_F = ['Anh', 'Chi', 'Hà', 'Hương', 'Linh', 'Mai', 'Ngân', 'Trang', 'Vy', 'Yến']
const VN_FATHER = ['Tuấn', 'Hùng', 'Dũng', 'Thắng', 'Cường', 'Sơn', 'Hải', 'Quang']
const VN_MOTHER = ['Lan', 'Hoa', 'Hằng', 'Thủy', 'Nga', 'Phương', 'Hạnh', 'Huyền']
const VN_ADDR = ['Số 12 ngõ 45 phố Hoàng Cầu, Phường Ô Chợ Dừa, Quận Đống Đa, Hà Nội', 'Số 8 ngách 178/71 phố Tây Sơn, Phường Trung Liệt, Quận Đống Đa, Hà Nội', 'P.1203 tòa B, chung cư 27 Huỳnh Thúc Kháng, Phường Láng Hạ, Quận Đống Đa, Hà Nội', 'Số 56 phố Chùa Bộc, Phường Quang Trung, Quận Đống Đa, Hà Nội', 'Số 3 ngõ 102 phố Khương Thượng, Phường Trung Tự, Quận Đống Đa, Hà Nội', 'Số 21 ngõ Thịnh Hào 1, Phường Hàng Bột, Quận Đống Đa, Hà Nội', 'P.508 nhà A2, tập thể Kim Liên, Phường Kim Liên, Quận Đống Đa, Hà Nội', 'Số 9 ngõ 1 phố Thái Hà, Phường Trung Liệt, Quận Đống Đa, Hà Nội']
const vnP = (c) => {
  const r = seeded(c, 'vn'), f = r() < 0.5, l = v.pick(r, VN_LAST)
  const mid = v.pick(r, f ? VN_MID_F : VN_MID_M), g = v.pick(r, f ? VN_F : VN_M)
  return { f, full: `${l} ${mid} ${g}`, father: `${l} ${v.pick(r, ['Văn', 'Đức', 'Minh', 'Quang'])} ${v.pick(r, VN_FATHER)}`, mother: `${v.pick(r, VN_LAST)} Thị ${v.pick(r, VN_MOTHER)}`,
    addr: v.pick(r, VN_ADDR), moved: r() < 0.2 ? v.pick(r, VN_ADDR) : '', mob: `0${v.pick(r, ['912', '983', '868', '904', '936', '987', '975', '332', '355', '707'])}${v.digits(r, 6)}`,
    cccd: `001${v.pick(r, ['2', '3'])}${v.digits(r, 8)}`, father_job: v.pick(r, ['Kinh doanh', 'Công nhân viên chức', 'Kỹ sư', 'Lái xe', 'Tự do', 'Bộ đội']), mother_job: v.pick(r, ['Giáo viên', 'Kế toán', 'Nội trợ', 'Kinh doanh', 'Nhân viên văn phòng', 'Y tá']) }
}
const vnGrade = (c) => 6 + (n(c) % 4)
const vnDob = (c) => Date.UTC(2024 - vnGrade(c) - 6, 0, 1) + ((n(c) * 7919) % 365) * day
const vnSlug = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().replace(/[^a-z]/g, '')
const SET_VE = { name: 'vnedu-ho-so-hoc-sinh-export-vn', product: 'vnEdu (VNPT vnEdu: Hồ sơ học sinh > Danh sách học sinh > Xuất Excel, one row per student, Vietnamese UI, a public lower-secondary school (THCS, grades 6-9) in Đống Đa district, Hà Nội, Asia/Ho_Chi_Minh)', family: 'education', language: 'vi', schema: P, cols: [
  ['STT', (c, o, r, i) => String(i + 1), []],
  ['Mã học sinh', (c) => `01${v.digits(seeded(c, 'mhs'), 8)}`, ['personID', '_id']],
  ['Họ và tên', (c) => vnP(c).full, ['person.name.fullName']],
  ['Ngày sinh', (c) => dmy(shift(vnDob(c), 0), '/'), ['person.birthDate']],
  ['Giới tính', (c) => (vnP(c).f ? 'Nữ' : 'Nam'), ['person.gender']],
  ['Lớp', (c) => `${vnGrade(c)}A${1 + (n(c) >> 2) % 8}`, []],
  ['Dân tộc', (c) => (n(c) % 17 === 0 ? 'Tày' : n(c) % 19 === 0 ? 'Mường' : 'Kinh'), []],
  ['Tôn giáo', (c) => (n(c) % 13 === 0 ? 'Công giáo' : n(c) % 11 === 0 ? 'Phật giáo' : 'Không'), []],
  ['Nơi sinh', (c) => row(['Hà Nội', 'Hà Nội', 'Hà Nội', 'Nam Định', 'Hà Nội', 'Thanh Hóa', 'Hà Nội', 'Hải Phòng'], n(c) % 8), []],
  ['Mã định danh', (c) => vnP(c).cccd, [], opt],
  ['Địa chỉ thường trú', (c) => vnP(c).addr, HOMES('street1')],
  ['Chỗ ở hiện nay', (c) => vnP(c).moved, HOMES('street1'), opt],
  ['Họ tên cha', (c) => vnP(c).father, []],
  ['Nghề nghiệp cha', (c) => vnP(c).father_job, []],
  ['Họ tên mẹ', (c) => vnP(c).mother, []],
  ['Nghề nghiệp mẹ', (c) => vnP(c).mother_job, []],
  ['Điện thoại liên hệ', (c) => vnP(c).mob, ['mobilePhone.number'], opt],
  ['Email', (c) => (n(c) % 3 === 0 ? '' : `${vnSlug(vnP(c).mother.split(' ').slice(-1)[0])}${vnSlug(vnP(c).mother.split(' ')[0])}${n(c) % 90}@gmail.com`), ['personalEmail.address'], opt],
  ['Đội viên', (c) => (vnGrade(c) <= 8 ? 'x' : ''), []],
  ['Diện chính sách', (c) => (n(c) % 23 === 0 ? 'Con thương binh' : n(c) % 29 === 0 ? 'Hộ nghèo' : ''), []],
  ['Ngày vào trường', (c) => `05/09/${2024 - (vnGrade(c) - 6)}`, [], opt],
  ['Trạng thái', (c) => (n(c) % 31 === 0 ? 'Chuyển trường' : 'Đang học'), [], opt],
] }

// ---------------------------------------------------------------- 7. Tanji lead-list export (CN, zh, B)
// the sales team of a Shenzhen supplier of machine-vision and industrial-automation equipment exports leads found in
// 探迹拓客 (factories and integrators in the Pearl River Delta); one row per contact of a lead company
const CN_LAST = [['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['刘', 'liu'], ['陈', 'chen'], ['杨', 'yang'], ['黄', 'huang'], ['赵', 'zhao'], ['周', 'zhou'], ['吴', 'wu'], ['徐', 'xu'], ['林', 'lin'], ['郑', 'zheng'], ['何', 'he']]
const CN_G = [['伟', 'wei'], ['芳', 'fang'], ['敏', 'min'], ['静', 'jing'], ['磊', 'lei'], ['强', 'qiang'], ['洋', 'yang'], ['婷', 'ting'], ['浩然', 'haoran'], ['子涵', 'zihan'], ['晓明', 'xiaoming'], ['建华', 'jianhua'], ['志强', 'zhiqiang'], ['丽娟', 'lijuan']]
// [company, province, city, district, address, domain, industry, registered capital, founded, insured staff, area code,
//  administrative division code (digits 3-8 of the credit code), legal representative]
const TJ_CO = [
  ['深圳市鼎信智能装备有限公司', '广东省', '深圳市', '宝安区', '福海街道新和大道12号A栋3楼', 'dingxin-ie.com', '专用设备制造业', '1000万人民币', '2014-05-16', 86, '0755', '440300', '刘志强'],
  ['东莞市华锐精密五金制品有限公司', '广东省', '东莞市', '长安镇', '沙头社区振安东路88号', 'hr-precision.cn', '金属制品业', '500万人民币', '2011-09-02', 213, '0769', '441900', '陈建华'],
  ['广州科捷自动化系统集成有限公司', '广东省', '广州市', '番禺区', '石楼镇创启路63号B座501', 'kejie-auto.com', '软件和信息技术服务业', '300万人民币', '2017-03-21', 42, '020', '440100', '黄晓明'],
  ['佛山市顺德区美达电器有限公司', '广东省', '佛山市', '顺德区', '北滘镇工业园兴业路7号', 'meida-appliance.com', '电气机械和器材制造业', '2000万人民币', '2008-11-11', 560, '0757', '440606', '何国良'],
  ['惠州市新能电池科技有限公司', '广东省', '惠州市', '仲恺高新区', '和畅五路西21号', 'xinneng-battery.cn', '电气机械和器材制造业', '5000万人民币', '2015-07-30', 1200, '0752', '441300', '周伟'],
  ['中山市博远包装机械有限公司', '广东省', '中山市', '火炬开发区', '建业路3号之一', 'boyuan-pack.com', '专用设备制造业', '800万人民币', '2012-04-18', 95, '0760', '442000', '林丽娟'],
  ['厦门闽辉光电科技有限公司', '福建省', '厦门市', '集美区', '杏林湾路1001号1201室', 'minhui-opto.com', '计算机、通信和其他电子设备制造业', '1500万人民币', '2016-10-08', 178, '0592', '350211', '郑志强'],
  ['苏州工业园区智程机器人有限公司', '江苏省', '苏州市', '苏州工业园区', '星湖街328号创意产业园8-302', 'zhicheng-robot.com', '通用设备制造业', '1200万人民币', '2018-06-25', 64, '0512', '320571', '徐磊'],
]
const TJ_POS = ['采购经理', '总经理', '设备部主管', '生产总监', '工程部经理', '采购专员', '技术总监', '董事长']
const TJ_SRC = ['企业官网', '招聘网站', '工商年报', '招投标信息', '企业官网', '展会名录']
const tjCo = (c) => row(TJ_CO, n(c) % 8)
const cnP = (c, salt = 'cn') => { const r = seeded(c, salt), l = v.pick(r, CN_LAST), g = v.pick(r, CN_G); return { name: `${l[0]}${g[0]}`, py: `${g[1]}.${l[1]}`, mob: `1${v.pick(r, ['38', '39', '58', '59', '86', '88', '36', '77', '99'])}${v.digits(r, 8)}`, qq: String(v.int(r, 10000000, 2999999999)) } }
const tjUscc = (c) => { const r = v.rng(hash(`uscc|${tjCo(c)[0]}`)); return `91${tjCo(c)[11]}${UP(r, 10, '0123456789ABCDEFGHJKLMNPQRTUWXY')}` }
const SET_TJ = { name: 'tanji-leads-export-cn', product: '探迹 / Tanji (探迹拓客 > 线索列表 > 导出, one row per lead contact, Simplified Chinese UI, the sales team of a Shenzhen machine-vision and industrial-automation equipment supplier prospecting factories and integrators, Asia/Shanghai)', family: 'b2b', language: 'zh', schema: B, cols: [
  ['企业名称', (c) => tjCo(c)[0], CO],
  ['统一社会信用代码', (c) => tjUscc(c), ACCT, opt],
  ['法定代表人', (c) => tjCo(c)[12], []],
  ['成立日期', (c) => tjCo(c)[8], []],
  ['注册资本', (c) => tjCo(c)[7], []],
  ['经营状态', (c) => (n(c) % 13 === 0 ? '在业' : '存续'), []],
  ['所属行业', (c) => tjCo(c)[6], []],
  ['参保人数', (c) => String(tjCo(c)[9]), []],
  ['所属省份', (c) => tjCo(c)[1], STATE(['workAddress'])],
  ['所属城市', (c) => tjCo(c)[2], [W('city')]],
  ['所属区县', (c) => tjCo(c)[3], [W('region')], opt],
  ['企业地址', (c) => `${tjCo(c)[1]}${tjCo(c)[2]}${tjCo(c)[3]}${tjCo(c)[4]}`, [W('street1')]],
  ['官网', (c) => `www.${tjCo(c)[5]}`, ['b2b.companyWebsite']],
  ['联系人', (c) => cnP(c).name, ['person.name.fullName']],
  ['职位', (c) => row(TJ_POS, (n(c) >> 3) % 8), ['extendedWorkDetails.jobTitle']],
  ['手机', (c) => (n(c) % 6 === 5 ? '' : cnP(c).mob), ['mobilePhone.number', 'workPhone.number']],
  ['固话', (c) => (n(c) % 2 ? `${tjCo(c)[10]}-${v.digits(seeded(c, 'tel'), 8)}` : ''), ['workPhone.number']],
  ['邮箱', (c) => (n(c) % 4 === 3 ? `${cnP(c).qq}@qq.com` : `${cnP(c).py}@${tjCo(c)[5]}`), WE],
  ['QQ', (c) => (n(c) % 3 === 0 ? cnP(c).qq : ''), []],
  ['号码来源', (c) => row(TJ_SRC, (n(c) >> 1) % 6), ['b2b.personSource'], opt],
  ['经营范围', (c) => `${tjCo(c)[6].replace(/业$/, '')}的研发、生产与销售；货物及技术进出口。`, []],
] }

// ---------------------------------------------------------------- 8. Mekari Jurnal customer-contact export (ID, id, B)
// a packaging and offset-printing company in Surabaya (boxes, labels, paper bags) invoicing business customers in East
// Java and beyond; Kontak > Pelanggan > Ekspor, one row per contact
const ID_M = [['Budi', 'Santoso'], ['Agus', 'Setiawan'], ['Muhammad', 'Rizky Pratama'], ['Hendra', 'Wijaya'], ['Andi', 'Kurniawan'], ['Yohanes', 'Tanoto'], ['Dedi', 'Hartono'], ['Rudi', 'Gunawan']]
const ID_F = [['Siti', 'Rahmawati'], ['Dewi', 'Lestari'], ['Fitri', 'Handayani'], ['Linda', 'Susanto'], ['Ratna', 'Sari'], ['Maria', 'Christina Halim'], ['Novi', 'Anggraini'], ['Yuliana', 'Wibowo']]
// [company, domain, billing address, shipping address, area code, payment terms]
const JR_CO = [
  ['PT Sumber Rasa Makmur', 'sumberrasa.co.id', 'Jl. Rungkut Industri III No. 18, Rungkut, Surabaya, Jawa Timur 60293', 'Gudang: Jl. Berbek Industri II No. 5, Waru, Sidoarjo 61256', '031', 'Net 30'],
  ['CV Kopi Nusantara Jaya', 'kopinusantara.id', 'Jl. Raya Darmo Permai II No. 45, Surabaya, Jawa Timur 60226', '', '031', 'Net 14'],
  ['PT Bintang Kosmetika Indonesia', 'bintangkosmetika.com', 'Kawasan Industri Ngoro Blok K-7, Mojokerto, Jawa Timur 61385', '', '0321', 'Net 45'],
  ['UD Sinar Abadi', 'sinarabadi.co.id', 'Jl. Kembang Jepun No. 112, Surabaya, Jawa Timur 60162', '', '031', 'Cash on Delivery'],
  ['PT Malang Agro Lestari', 'malangagro.co.id', 'Jl. Raya Karanglo No. 67, Singosari, Malang, Jawa Timur 65153', 'Jl. Raya Lawang No. 9, Malang 65171', '0341', 'Net 30'],
  ['CV Bali Craft Export', 'balicraftexport.com', 'Jl. Bypass Ngurah Rai No. 300, Denpasar, Bali 80222', '', '0361', 'Net 30'],
]
const jrCo = (c) => row(JR_CO, n(c) % 6)
const idP = (c) => { const r = seeded(c, 'id'), f = r() < 0.5, nm = v.pick(r, f ? ID_F : ID_M); const [last, ...rest] = nm[1].split(' ').reverse(); return { f, first: nm[0], middle: rest.reverse().join(' '), last, mob: `08${v.pick(r, ['11', '12', '13', '21', '52', '56', '77', '78', '95'])}-${v.digits(r, 4)}-${v.digits(r, 4)}`, ktp: `35${v.digits(r, 14)}` } }
const jrDisp = (c) => (n(c) % 3 === 0 ? `${jrCo(c)[0]} (${idP(c).first})` : jrCo(c)[0])
const SET_JR = { name: 'mekari-jurnal-kontak-pelanggan-id', product: 'Mekari Jurnal (Kontak > Pelanggan > Ekspor ke Excel, one row per customer contact, Indonesian UI, a Surabaya packaging and offset-printing company invoicing business customers, Asia/Jakarta, IDR)', family: 'b2b', language: 'id', schema: B, cols: [
  ['Nama Panggilan', (c) => jrDisp(c), [], opt],
  ['Sapaan', (c) => (idP(c).f ? 'Ibu' : 'Bapak'), ['person.name.courtesyTitle']],
  ['Nama Depan', (c) => idP(c).first, ['person.name.firstName']],
  ['Nama Tengah', (c) => idP(c).middle, ['person.name.middleName']],
  ['Nama Belakang', (c) => idP(c).last, ['person.name.lastName']],
  ['Email', (c) => `${v.slug(idP(c).first)}${n(c) % 2 ? '.' + v.slug(idP(c).last) : ''}@${jrCo(c)[1]}`, WE],
  ['Handphone', (c) => idP(c).mob, ['mobilePhone.number', 'workPhone.number']],
  ['Telepon', (c) => (n(c) % 4 === 3 ? '' : `(${jrCo(c)[4]}) ${v.digits(v.rng(hash(`jt${n(c) % 6}`)), 7)}`), ['workPhone.number']],
  ['Fax', (c) => (n(c) % 6 < 2 ? `(${jrCo(c)[4]}) ${v.digits(v.rng(hash(`jf${n(c) % 6}`)), 7)}` : ''), ['faxPhone.number']],
  ['Nama Perusahaan', (c) => jrCo(c)[0], CO],
  ['NPWP', (c) => { const r = v.rng(hash(`npwp${n(c) % 6}`)); return `${v.digits(r, 2)}.${v.digits(r, 3)}.${v.digits(r, 3)}.${v.digits(r, 1)}-${v.digits(r, 3)}.000` }, []],
  ['Nomor Identitas', (c) => (n(c) % 5 === 0 ? idP(c).ktp : ''), [], opt],
  ['Alamat Penagihan', (c) => jrCo(c)[2], ['billingAddress.street1', W('street1')]],
  ['Alamat Pengiriman', (c) => jrCo(c)[3], ['shippingAddress.street1']],
  ['Tipe Kontak', () => 'Pelanggan', ['b2b.personType'], opt],
  ['Syarat Pembayaran', (c) => jrCo(c)[5], []],
  ['Akun Piutang', () => '1-10100 Piutang Usaha', []],
  ['Saldo', (c) => `Rp ${thou(((n(c) * 7919) % 4500) * 10000, '.', ',')}`, []],
  ['Info Lainnya', (c) => row(['', 'Minta faktur pajak', '', 'Kirim via JNE Trucking', 'Cetak ulang desain 2025', ''], n(c) % 6), []],
] }

export const SETS = [SET_NE, SET_DN, SET_OW, SET_FA, SET_EC, SET_VE, SET_TJ, SET_JR]
