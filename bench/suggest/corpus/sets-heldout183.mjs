// Round 78, heldout183: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). Korean and Japanese exports, headers in the product's UI language: a
// Korean fintech's café POS payment list (Toss Place), a Korean subscription-billing platform's payment list (StepPay)
// (ko E 2); Recruit's card-payment service's payment list (Airペイ) and a Japanese event-registration service's
// applicant list (こくちーずプロ) (ja E 2); a Korean fitness-studio management system's member list (BodyCodi) (ko P 1);
// a Japanese fan-club platform's member list (Bitfan) (ja P 1); LINE WORKS' shared customer/partner address book
// (ja B 1) and a Japanese B2B webinar platform's registrant list (Bizibl) (ja B 1).
// E 4, P 2, B 2.
// Headers: written from the writer's knowledge of each product for all 8 sets (the brief's time box left room only for a
// short source hunt, which found no public column list); two sets borrow terms the product documents publicly (Bitfan's
// help pages: 会員番号, 入会日, 会員期限, ニックネーム; StepPay's blog: 다음 결제 예정일 on the subscription list). None
// was copied from a real export and every value is generated.
import { E, P, B, v, PL, OR, SHIP, BILL, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO } from './sets.mjs'
import { pad, row, ymd, hms, hm, shift, group, hash } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const ID = ['_id', 'personID']
const WE = ['workEmail.address', 'personalEmail.address']
const HOMES = (leaf) => [`homeAddress.${leaf}`, `mailingAddress.${leaf}`]
// Japan and Korea: UTC+9, no summer time
const kst = (ms) => shift(ms, 9)
const jst = kst
const sp = (p) => `${ymd(p)} ${hms(p)}`
const sl = (p) => `${ymd(p, '/')} ${hms(p)}`
const won = (x) => group(x)
// an instant moved into opening hours (lo .. lo+span-1, KST/JST)
const open = (ms, lo = 9, span = 12) => { const H = kst(ms).H; return ms + ((lo + (H % span)) - H) * 3600000 }

// ---------------------------------------------------------------- local people, seeded by the row's person
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}|${c.first}|${c.last}|${salt}`) ^ 0x5bd1e995); r(); r(); return r }
const JA = {
  m: [['健太', 'ケンタ', 'kenta'], ['亮', 'リョウ', 'ryo'], ['直樹', 'ナオキ', 'naoki'], ['雄一', 'ユウイチ', 'yuichi'], ['悠斗', 'ユウト', 'yuto'], ['浩二', 'コウジ', 'koji'], ['修', 'オサム', 'osamu'], ['隼人', 'ハヤト', 'hayato']],
  f: [['由紀', 'ユキ', 'yuki'], ['恵', 'メグミ', 'megumi'], ['麻衣', 'マイ', 'mai'], ['沙織', 'サオリ', 'saori'], ['奈々', 'ナナ', 'nana'], ['香織', 'カオリ', 'kaori'], ['美咲', 'ミサキ', 'misaki'], ['智子', 'トモコ', 'tomoko']],
  last: [['佐藤', 'サトウ', 'sato'], ['鈴木', 'スズキ', 'suzuki'], ['高橋', 'タカハシ', 'takahashi'], ['伊藤', 'イトウ', 'ito'], ['渡辺', 'ワタナベ', 'watanabe'], ['山本', 'ヤマモト', 'yamamoto'], ['松本', 'マツモト', 'matsumoto'], ['井上', 'イノウエ', 'inoue'], ['木村', 'キムラ', 'kimura'], ['林', 'ハヤシ', 'hayashi'], ['清水', 'シミズ', 'shimizu'], ['森', 'モリ', 'mori']],
  // [郵便番号, 都道府県, 市区町村, 番地, 電話の市外局番]
  places: [['150-0002', '東京都', '渋谷区渋谷', '2-21-1', '03'], ['160-0022', '東京都', '新宿区新宿', '3-14-5', '03'], ['220-0012', '神奈川県', '横浜市西区みなとみらい', '2-3-1', '045'], ['530-0001', '大阪府', '大阪市北区梅田', '1-13-1', '06'], ['460-0008', '愛知県', '名古屋市中区栄', '3-6-1', '052'], ['812-0012', '福岡県', '福岡市博多区博多駅中央街', '1-1', '092'], ['060-0005', '北海道', '札幌市中央区北五条西', '2-5', '011'], ['980-0021', '宮城県', '仙台市青葉区中央', '1-3-1', '022'], ['330-0854', '埼玉県', 'さいたま市大宮区桜木町', '1-7-5', '048'], ['604-8005', '京都府', '京都市中京区恵比須町', '427', '075']],
  bld: ['', '', 'サンハイツ201', 'グランドメゾン503', '', 'コーポ若葉102', 'パークタワー1208', ''],
}
const KO = {
  m: ['민준', '도윤', '지훈', '현우', '승민', '태호', '정우', '건우'], f: ['서연', '하은', '지민', '수빈', '예린', '민지', '나연', '채원'],
  last: ['김', '이', '박', '최', '정', '강', '조', '윤', '한', '오', '서', '송'],
  rom: ['minjun', 'doyoon', 'jihoon', 'hyunwoo', 'seungmin', 'taeho', 'jungwoo', 'gunwoo', 'seoyeon', 'haeun', 'jimin', 'subin', 'yerin', 'minji', 'nayeon', 'chaewon'],
  // [우편번호, 주소]
  places: [['04038', '서울특별시 마포구 양화로 45'], ['06236', '서울특별시 강남구 테헤란로 152'], ['03187', '서울특별시 종로구 종로 33'], ['05510', '서울특별시 송파구 올림픽로 240'], ['07335', '서울특별시 영등포구 여의대로 108'], ['13529', '경기도 성남시 분당구 판교역로 166'], ['16499', '경기도 수원시 영통구 광교중앙로 140'], ['48058', '부산광역시 해운대구 센텀중앙로 79'], ['21999', '인천광역시 연수구 송도과학로 32'], ['02841', '서울특별시 성북구 안암로 145']],
  apt: ['', '101동 1203호', '', '3층', '502호', '', 'B동 804호', ''],
  mail: ['naver.com', 'naver.com', 'gmail.com', 'daum.net', 'kakao.com', 'hanmail.net'],
}
const memo = new Map()
function mk (c, cc) {
  const r = seeded(c, cc), female = r() < 0.5
  if (cc === 'ja') {
    const f = v.pick(r, female ? JA.f : JA.m), l = v.pick(r, JA.last), pl = v.pick(r, JA.places)
    return { female, first: f[0], last: l[0], firstKana: f[1], lastKana: l[1], full: `${l[0]} ${f[0]}`, romaji: `${f[2]}.${l[2]}`, fr: f[2], lr: l[2],
      zip: pl[0], pref: pl[1], city: pl[2], ban: pl[3], bld: v.pick(r, JA.bld), tel: pl[4].length === 2 ? `${pl[4]}-${v.int(r, 3000, 6999)}-${v.int(r, 1000, 9999)}` : `${pl[4]}-${v.int(r, 200, 999)}-${v.int(r, 1000, 9999)}`,
      mobile: `0${v.pick(r, ['90', '80', '70'])}-${v.int(r, 1000, 9999)}-${v.int(r, 1000, 9999)}`, mail: `${f[2]}${v.pick(r, ['.', '_', ''])}${l[2]}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, ['gmail.com', 'yahoo.co.jp', 'icloud.com', 'docomo.ne.jp', 'ezweb.ne.jp', 'outlook.jp'])}`,
      birth: Date.UTC(1965, 0, 1) + Math.floor(r() * 38 * 365) * day }
  }
  const i = v.int(r, 0, 7), l = v.pick(r, KO.last), pl = v.pick(r, KO.places)
  return { female, first: (female ? KO.f : KO.m)[i], last: l, full: `${l}${(female ? KO.f : KO.m)[i]}`, zip: pl[0], addr: pl[1], apt: v.pick(r, KO.apt),
    mobile: `010-${v.int(r, 2000, 9999)}-${pad(v.int(r, 0, 9999), 4)}`, mail: `${KO.rom[(female ? 8 : 0) + i]}${v.pick(r, ['', '.', '_'])}${v.int(r, 1, 999)}@${v.pick(r, KO.mail)}`,
    birth: Date.UTC(1968, 0, 1) + Math.floor(r() * 36 * 365) * day }
}
const who = (c, cc) => { const k = `${cc}|${c.id}|${c.first}|${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc)); return memo.get(k) }
const ja = (c) => who(c, 'ja')
const ko = (c) => who(c, 'ko')

// ---------------------------------------------------------------- 1. Toss Place payment list (ko, E)
// a specialty-coffee café in Mapo-gu; one row per payment (approval or cancellation) on the Toss Place terminal
const TP_MENU = [['아메리카노', 4500], ['카페라떼', 5000], ['바닐라빈 라떼', 5800], ['콜드브루', 5300], ['아인슈페너', 6000], ['말차 라떼', 5800], ['바스크 치즈케이크', 6800], ['소금빵', 3500], ['원두 200g (에티오피아 예가체프)', 18000]]
const tpItem = (o) => row(TP_MENU, n(o) % 9)
const tpQty = (o) => (tpItem(o)[1] >= 18000 ? 1 : o.qty)
const tpGross = (o) => tpItem(o)[1] * tpQty(o)
const tpDisc = (o) => (n(o) % 7 === 0 ? 500 * tpQty(o) : 0)
const tpTotal = (o) => tpGross(o) - tpDisc(o)
const tpCancel = (o) => n(o) % 17 === 3
const tpAt = (o) => open(o.at, 8, 13)
const tpMeth = (o) => row(['카드', '카드', '토스페이', '카드', '현금', '카드', '삼성페이', '카드'], n(o) % 8)
const tpCard = (o) => (['카드', '삼성페이'].includes(tpMeth(o)) ? row(['신한카드', 'KB국민카드', '현대카드', '삼성카드', 'BC카드', '롯데카드', '하나카드', 'NH농협카드'], (n(o) >> 2) % 8) : '')
const SETS_TP = { name: 'tossplace-gyeolje-naeyeok-kr', product: 'Toss Place (토스플레이스 매장 관리: 매출 > 결제 내역 > 엑셀 다운로드, one row per terminal payment or cancellation, Korean UI, a specialty-coffee café in Mapo-gu, Asia/Seoul, KRW)', family: 'pos', language: 'ko', schema: E, cols: [
  ['결제일시', (c, o) => sp(kst(tpAt(o))), ['timestamp']],
  ['결제번호', (c, o) => `P${ymd(kst(tpAt(o)), '')}${pad(n(o) % 10000, 4)}${pad((n(o) * 37) % 100, 2)}`, ['_id', OR('payments[0].transactionID')]],
  ['주문번호', (c, o) => `${ymd(kst(tpAt(o)), '').slice(2)}-${pad(n(o) % 1000, 4)}`, [OR('purchaseID')]],
  ['구분', (c, o) => (tpCancel(o) ? '취소' : '승인'), [], opt],
  ['결제수단', (c, o) => tpMeth(o), [OR('payments[0].paymentType')]],
  ['카드사', (c, o) => tpCard(o), []],
  ['카드번호', (c, o) => (tpCard(o) ? `${row(['4570', '5310', '9410', '5522', '3568'], n(o) % 5)}-${pad(n(o) % 100, 2)}**-****-${pad((n(o) * 31) % 10000, 4)}` : ''), []],
  ['승인번호', (c, o) => (tpMeth(o) === '현금' ? '' : pad((n(o) * 7919) % 100000000, 8)), [OR('payments[0].transactionID')], opt],
  ['할부', (c, o) => (tpCard(o) ? '일시불' : ''), []],
  ['주문 상품', (c, o) => (tpQty(o) > 1 ? `${tpItem(o)[0]} 외 ${tpQty(o) - 1}건` : tpItem(o)[0]), [PL('name')], opt],
  ['수량', (c, o) => String(tpQty(o)), [PL('quantity')]],
  ['상품 금액', (c, o) => won(tpGross(o)), [PL('priceTotal')], opt],
  ['할인 금액', (c, o) => won(tpDisc(o)), [OR('discountAmount')]],
  ['결제 금액', (c, o) => (tpCancel(o) ? '-' : '') + won(tpTotal(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
  ['공급가액', (c, o) => won(Math.round(tpTotal(o) / 1.1)), [], opt],
  ['부가세', (c, o) => won(tpTotal(o) - Math.round(tpTotal(o) / 1.1)), [OR('taxAmount')]],
  ['주문 유형', (c, o) => row(['매장', '포장', '매장', '테이블오더', '포장'], n(o) % 5), [], opt],
  ['테이블', (c, o) => (n(o) % 5 === 1 || n(o) % 5 === 4 ? '' : `${row(['창가', '홀', '테라스'], n(o) % 3)} ${n(o) % 8 + 1}`), []],
  ['적립 고객', (c) => (n(c) % 3 === 0 ? '' : `010-****-${ko(c).mobile.slice(-4)}`), [PHONE_ID[0]], opt],
  ['포인트 적립', (c, o) => (n(c) % 3 === 0 || tpCancel(o) ? '0' : won(Math.floor(tpTotal(o) * 0.03))), [], opt],
  ['단말기', (c, o) => row(['토스 프론트 1', '토스 프론트 2', '테이블오더'], n(o) % 3), []],
  ['담당 직원', (c, o) => row(['점장', '바리스타 김하늘', '바리스타 이도현'], (n(o) >> 1) % 3), []],
  ['취소일시', (c, o) => (tpCancel(o) ? sp(kst(tpAt(o) + 1800000)) : ''), [OR('cancelDate')]],
] }

// ---------------------------------------------------------------- 2. Airペイ payment list (ja, E)
// a hair salon in Shibuya taking cards, transit IC, iD/QUICPay and code payments on the Airペイ reader
const AP_KIND = ['クレジットカード', 'クレジットカード', '交通系電子マネー', 'iD', 'QUICPay', 'クレジットカード', 'PayPay', 'クレジットカード']
const apKind = (o) => row(AP_KIND, n(o) % 8)
const apBrand = (o) => (apKind(o) === 'クレジットカード' ? row(['VISA', 'Mastercard', 'JCB', 'American Express', 'VISA', 'JCB', 'Diners Club'], (n(o) >> 3) % 7) : apKind(o) === '交通系電子マネー' ? row(['Suica', 'PASMO', 'ICOCA'], n(o) % 3) : '')
const AP_MENU = [['カット', 6600], ['カット＋カラー', 14300], ['カット＋パーマ', 16500], ['トリートメント', 4400], ['ヘッドスパ 30分', 5500], ['縮毛矯正', 22000], ['前髪カット', 1650]]
const apAmt = (o) => row(AP_MENU, n(o) % 7)[1] + (n(o) % 4 === 0 ? 2750 : 0)
const apCancel = (o) => n(o) % 19 === 5
const apAt = (o) => open(o.at, 10, 10)
const SETS_AP = { name: 'airpay-kessai-ichiran-jp', product: 'Airペイ (Airペイ 管理画面: 決済一覧 > CSVダウンロード, one row per payment or cancellation on the card reader, Japanese UI, a hair salon in Shibuya, Asia/Tokyo, JPY)', family: 'payments', language: 'ja', schema: E, cols: [
  ['決済日時', (c, o) => sl(jst(apAt(o))), ['timestamp']],
  ['伝票番号', (c, o) => pad((n(o) * 104729) % 100000, 5), [OR('purchaseID')], opt],
  ['取引番号', (c, o) => `${ymd(jst(apAt(o)), '')}${pad((n(o) * 7919) % 1000000, 6)}${pad(n(o) % 1000, 3)}`, ['_id', OR('payments[0].transactionID')]],
  ['取引区分', (c, o) => (apCancel(o) ? '取消' : '売上'), [], opt],
  ['決済方法', (c, o) => apKind(o), [OR('payments[0].paymentType')]],
  ['カードブランド', (c, o) => apBrand(o), [], opt],
  ['カード番号', (c, o) => (apKind(o) === 'クレジットカード' ? `************${pad((n(o) * 53) % 10000, 4)}` : ''), []],
  ['承認番号', (c, o) => (['クレジットカード', 'iD', 'QUICPay'].includes(apKind(o)) ? pad((n(o) * 613) % 1000000, 6) : ''), [OR('payments[0].transactionID')], opt],
  ['支払区分', (c, o) => (apKind(o) === 'クレジットカード' ? (apAmt(o) >= 20000 && n(o) % 3 === 0 ? '分割(3回)' : '一括') : ''), []],
  ['金額', (c, o) => String(apCancel(o) ? -apAmt(o) : apAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
  ['うち消費税', (c, o) => String(Math.floor(apAmt(o) / 11)), [OR('taxAmount')], opt],
  ['通貨', () => 'JPY', [OR('currencyCode'), OR('payments[0].currencyCode')]],
  ['店舗名', () => 'hair salon LUCE 渋谷店', ['placeContext.POIinteraction.POIDetail.name'], opt],
  ['カードリーダー', (c, o) => `AP-${pad(3100 + n(o) % 2, 6)}`, []],
  ['端末', (c, o) => row(['iPad (受付)', 'iPhone (スタイリスト)'], n(o) % 2), [], opt],
  ['取消日時', (c, o) => (apCancel(o) ? sl(jst(apAt(o) + 2400000)) : ''), [OR('cancelDate')]],
  ['元取引番号', (c, o) => (apCancel(o) ? `${ymd(jst(apAt(o)), '')}${pad((n(o) * 7919 - 1) % 1000000, 6)}${pad(n(o) % 1000, 3)}` : ''), [OR('refunds[0].transactionID')], opt],
  ['入金予定日', (c, o) => ymd(jst(apAt(o) + 12 * day), '/'), []],
  ['メモ', (c, o) => (n(o) % 6 === 0 ? `${row(['指名あり', '初回来店', '回数券併用'], n(o) % 3)}` : ''), []],
] }

// ---------------------------------------------------------------- 3. こくちーずプロ applicant list (ja, E)
// a paid evening study session on retail DX in Tokyo with general / student / networking-party tickets
const KP_SLOT = [['一般参加', 3000], ['一般参加＋懇親会', 6000], ['学生', 1000], ['一般参加', 3000], ['オンライン視聴', 1500]]
const kpSlot = (o) => row(KP_SLOT, n(o) % 5)
const kpSt = (o) => row(['参加', '参加', '参加', 'キャンセル', '参加', 'キャンセル待ち', '参加'], n(o) % 7)
const kpPay = (o) => row(['クレジットカード', 'クレジットカード', '当日現金払い', 'コンビニ決済', 'PayPal'], n(o) % 5)
const kpAt = (o) => Date.UTC(2025, 8, 1) + (n(o) * 7919 % (40 * 86400)) * 1000
const KP_CO = ['株式会社アオバ商事', '合同会社ミライデザイン', '株式会社ノースリテール', '', '有限会社たちばな', '株式会社サンライズ物流', '']
const SETS_KP = { name: 'kokuchpro-moushikomisha-csv-jp', product: 'こくちーずプロ (イベント管理 > 申込者一覧 > CSVダウンロード, one row per application, Japanese UI, a paid evening study session on retail DX in Tokyo, Asia/Tokyo, JPY)', family: 'events', language: 'ja', schema: E, cols: [
  ['申込番号', (c, o) => String(2400000 + (n(o) * 7) % 99999), ['_id', OR('purchaseID')]],
  ['申込日時', (c, o) => sl(jst(kpAt(o))), ['timestamp', OR('createdDate')]],
  ['ステータス', (c, o) => kpSt(o), [], opt],
  ['参加枠', (c, o) => kpSlot(o)[0], [PL('name')], opt],
  ['人数', () => '1', [PL('quantity')], opt],
  ['参加費', (c, o) => String(kpSlot(o)[1]), [OR('priceTotal'), OR('payments[0].paymentAmount'), PL('priceTotal')]],
  ['支払方法', (c, o) => kpPay(o), [OR('payments[0].paymentType')]],
  ['支払状況', (c, o) => (kpPay(o) === '当日現金払い' || kpSt(o) === 'キャンセル待ち' ? '未払い' : kpSt(o) === 'キャンセル' ? '返金済み' : '支払済み'), [], opt],
  ['氏名', (c) => ja(c).full, []],
  ['フリガナ', (c) => `${ja(c).lastKana} ${ja(c).firstKana}`, []],
  ['メールアドレス', (c) => ja(c).mail, EMAIL_ID],
  ['電話番号', (c) => ja(c).mobile, PHONE_ID],
  ['会社名・団体名', (c) => row(KP_CO, n(c) % 7), []],
  ['部署・役職', (c) => (row(KP_CO, n(c) % 7) ? row(['営業部 課長', 'EC推進室', '代表', '店舗運営部', 'マーケティング部 主任'], n(c) % 5) : ''), []],
  ['郵便番号', (c) => ja(c).zip, [BILL('postalCode')], opt],
  ['住所', (c) => `${ja(c).pref}${ja(c).city}${ja(c).ban}`, [BILL('street1')], opt],
  ['性別', (c) => (ja(c).female ? '女性' : '男性'), [], opt],
  ['年代', (c) => `${Math.min(60, Math.floor((2025 - new Date(ja(c).birth).getUTCFullYear()) / 10) * 10)}代`, []],
  ['このイベントを何で知りましたか', (c, o) => row(['こくちーずプロ', 'X（旧Twitter）', '知人の紹介', 'Facebook', 'メールマガジン'], n(o) % 5), []],
  ['受付', (c, o) => (kpSt(o) === '参加' && n(o) % 3 !== 0 ? '済' : ''), []],
  ['キャンセル日時', (c, o) => (kpSt(o) === 'キャンセル' ? sl(jst(kpAt(o) + 3 * day)) : ''), [OR('cancelDate')]],
  ['備考', (c, o) => row(['', '懇親会はアレルギー（えび）あり', '', '領収書希望（宛名：会社名）', ''], n(o) % 5), []],
] }

// ---------------------------------------------------------------- 4. StepPay payment list (ko, E)
// a coffee-bean subscription shop: monthly/biweekly plans billed by StepPay, shipped to the subscriber
const SP_PLAN = [['싱글오리진 원두 정기배송', '월 1회 · 200g', 15900], ['싱글오리진 원두 정기배송', '월 2회 · 200g', 29800], ['블렌드 원두 정기배송', '월 1회 · 500g', 24900], ['드립백 정기구독', '월 1회 · 20개입', 19900], ['디카페인 원두 정기배송', '월 1회 · 200g', 17900]]
const spPlan = (o) => row(SP_PLAN, n(o) % 5)
const spSt = (o) => row(['결제 완료', '결제 완료', '결제 완료', '결제 실패', '결제 완료', '환불 완료', '결제 완료', '부분 환불'], n(o) % 8)
const spDisc = (o) => (n(o) % 6 === 0 ? 3000 : 0)
const spShip = (o) => (spPlan(o)[2] >= 20000 ? 0 : 3000)
const spTotal = (o) => spPlan(o)[2] - spDisc(o) + spShip(o)
const spRef = (o) => (spSt(o) === '환불 완료' ? spTotal(o) : spSt(o) === '부분 환불' ? spShip(o) || 3000 : 0)
const SETS_SP = { name: 'steppay-gyeolje-naeyeok-kr', product: 'StepPay (스텝페이 대시보드: 결제 > 결제 내역 > 엑셀 다운로드, one row per subscription charge, Korean UI, a coffee-bean subscription shop, Asia/Seoul, KRW)', family: 'subscriptions', language: 'ko', schema: E, cols: [
  ['결제 ID', (c, o) => String(880000 + (n(o) * 13) % 99999), ['_id', OR('payments[0].transactionID')]],
  ['주문 코드', (c, o) => `order_${v.alnum(seeded(c, o.id), 10)}`, [OR('purchaseID')]],
  ['구독 ID', (c, o) => String(42000 + n(c) % 9000), [], opt],
  ['결제 일시', (c, o) => sp(kst(o.at)), ['timestamp']],
  ['결제 상태', (c, o) => spSt(o), [], opt],
  ['고객 ID', (c) => String(100000 + n(c) % 90000), CUST_ID],
  ['고객명', (c) => ko(c).full, []],
  ['이메일', (c) => ko(c).mail, EMAIL_ID],
  ['전화번호', (c) => ko(c).mobile.replace(/-/g, ''), PHONE_ID],
  ['상품명', (c, o) => spPlan(o)[0], [PL('name')]],
  ['플랜명', (c, o) => spPlan(o)[1], [PL('selectedOptions[0].value')], opt],
  ['회차', (c, o) => `${1 + (n(o) % 14)}회차`, []],
  ['결제 수단', (c, o) => row(['카드', '카드', '카카오페이', '카드', '네이버페이'], n(o) % 5), [OR('payments[0].paymentType')]],
  ['카드사', (c, o) => (n(o) % 5 === 2 || n(o) % 5 === 4 ? '' : row(['신한', '국민', '현대', '삼성', '우리', '하나'], n(o) % 6)), []],
  ['상품 금액', (c, o) => won(spPlan(o)[2]), [PL('priceTotal')], opt],
  ['할인 금액', (c, o) => won(spDisc(o)), [OR('discountAmount')]],
  ['배송비', (c, o) => won(spShip(o)), ['commerce.shipping.shippingAmount']],
  ['결제 금액', (c, o) => won(spTotal(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
  ['환불 금액', (c, o) => won(spRef(o)), [OR('refundTotal'), OR('refunds[0].refundAmount')]],
  ['통화', () => 'KRW', [OR('currencyCode'), OR('payments[0].currencyCode')]],
  ['실패 사유', (c, o) => (spSt(o) === '결제 실패' ? row(['잔액 부족', '카드 한도 초과', '유효기간 만료'], n(o) % 3) : ''), []],
  ['수령인', (c) => ko(c).full, []],
  ['배송지 주소', (c) => `${ko(c).addr}${ko(c).apt ? ' ' + ko(c).apt : ''}`, [SHIP('street1')]],
  ['우편번호', (c) => ko(c).zip, [SHIP('postalCode')]],
  ['다음 결제 예정일', (c, o) => (spSt(o) === '환불 완료' ? '' : ymd(kst(o.at + (spPlan(o)[1].includes('2회') ? 14 : 30) * day))), []],
] }

// ---------------------------------------------------------------- 5. BodyCodi member list (ko, P)
// a Pilates studio in Gangnam: members with their current pass
const BC_PASS = [['그룹 필라테스 30회', 30], ['1:1 개인 레슨 10회', 10], ['그룹 필라테스 무제한 3개월', 0], ['2:1 듀엣 레슨 20회', 20], ['체험권 1회', 1]]
const bcPass = (c) => row(BC_PASS, n(c) % 5)
const bcJoin = (c) => Math.min(c.created, c.updated)
const bcEnd = (c) => bcJoin(c) + (90 + (n(c) % 4) * 90) * day
const bcSt = (c) => row(['유효', '유효', '만료', '유효', '홀딩', '유효', '만료'], n(c) % 7)
const dot = (p) => ymd(p, '.')
const SETS_BC = { name: 'bodycodi-hoewon-list-kr', product: 'BodyCodi (바디코디 센터 관리: 회원 > 회원 목록 > 엑셀 다운로드, one row per member, Korean UI, a Pilates studio in Gangnam, Asia/Seoul)', family: 'memberships', language: 'ko', schema: P, cols: [
  ['회원번호', (c) => String(10000 + n(c) % 90000), [...ID, 'loyalty.loyaltyID[0]']],
  ['이름', (c) => ko(c).full, ['person.name.fullName']],
  ['성별', (c) => (ko(c).female ? '여' : '남'), ['person.gender']],
  ['생년월일', (c) => dot(shift(ko(c).birth, 0)), ['person.birthDate']],
  ['휴대폰 번호', (c) => ko(c).mobile, ['mobilePhone.number']],
  ['이메일', (c) => (n(c) % 4 === 1 ? '' : ko(c).mail), ['personalEmail.address']],
  ['주소', (c) => ko(c).addr, HOMES('street1')],
  ['상세주소', (c) => ko(c).apt, HOMES('street2')],
  ['회원 상태', (c) => bcSt(c), ['loyalty.status'], opt],
  ['이용권', (c) => bcPass(c)[0], ['loyalty.program', 'loyalty.tier'], opt],
  ['시작일', (c) => dot(kst(bcJoin(c))), [], opt],
  ['종료일', (c) => dot(kst(bcEnd(c))), ['loyalty.tierExpiryDate'], opt],
  ['잔여 횟수', (c) => (bcPass(c)[1] ? String((n(c) * 7) % (bcPass(c)[1] + 1)) : '무제한'), []],
  ['담당 강사', (c) => row(['김다인 강사', '박소율 강사', '이현아 강사'], n(c) % 3), []],
  ['등록일', (c) => dot(kst(bcJoin(c))), ['loyalty.joinDate']],
  ['최근 출석일', (c) => (bcPass(c)[0] === '체험권 1회' && n(c) % 2 ? '' : dot(kst(Math.min(Math.max(c.created, c.updated), bcEnd(c) - day)))), [], opt],
  ['총 결제 금액', (c) => won(bcPass(c)[1] === 1 ? 30000 : 450000 + (n(c) % 6) * 180000), ['loyalty.lifetimePurchases'], opt],
  ['미수금', (c) => won(n(c) % 9 === 0 ? 100000 : 0), []],
  ['적립 포인트', (c) => won((n(c) * 13) % 20000), ['loyalty.points'], opt],
  ['방문 경로', (c) => row(['네이버 플레이스', '인스타그램', '지인 소개', '당근마켓', '전단지'], n(c) % 5), [], opt],
  ['마케팅 수신 동의', (c) => (n(c) % 3 === 0 ? '미동의' : '동의'), [], opt],
  ['메모', (c) => row(['', '허리 디스크 이력 있음', '', '평일 저녁만 가능', '', '산후 회복 목적'], n(c) % 6), []],
] }

// ---------------------------------------------------------------- 6. Bitfan member list (ja, P)
// an indie band's official fan club: monthly and yearly plans
const BF_PLAN = [['月額会員', 550], ['年額会員', 5500], ['月額会員', 550], ['プレミアム会員（月額）', 1100]]
const bfPlan = (c) => row(BF_PLAN, n(c) % 4)
const bfJoin = (c) => Math.min(c.created, c.updated)
const bfMonths = (c) => 1 + (n(c) % 48)
const bfSt = (c) => row(['有効', '有効', '有効', '退会', '有効', '支払い待ち'], n(c) % 6)
const SETS_BF = { name: 'bitfan-kaiin-ichiran-jp', product: 'Bitfan (Bitfan 管理画面: 会員管理 > 会員一覧 > CSV出力, one row per fan-club member, Japanese UI, an indie rock band\'s official fan club, Asia/Tokyo, JPY)', family: 'memberships', language: 'ja', schema: P, cols: [
  ['会員番号', (c) => `BF${pad(n(c) % 1000000, 7)}`, [...ID, 'loyalty.loyaltyID[0]']],
  ['ステータス', (c) => bfSt(c), ['loyalty.status'], opt],
  ['プラン', (c) => bfPlan(c)[0], ['loyalty.program', 'loyalty.tier'], opt],
  ['姓', (c) => ja(c).last, ['person.name.lastName']],
  ['名', (c) => ja(c).first, ['person.name.firstName']],
  ['セイ', (c) => ja(c).lastKana, []],
  ['メイ', (c) => ja(c).firstKana, []],
  ['ニックネーム', (c) => `${ja(c).fr}${n(c) % 100}`, []],
  ['メールアドレス', (c) => ja(c).mail, ['personalEmail.address']],
  ['生年月日', (c) => ymd(shift(ja(c).birth, 0), '/'), ['person.birthDate']],
  ['性別', (c) => (n(c) % 11 === 0 ? '回答しない' : ja(c).female ? '女性' : '男性'), ['person.gender']],
  ['郵便番号', (c) => ja(c).zip, HOMES('postalCode')],
  ['都道府県', (c) => ja(c).pref, STATE(['homeAddress', 'mailingAddress'])],
  ['市区町村', (c) => ja(c).city, HOMES('city')],
  ['番地', (c) => ja(c).ban, HOMES('street1')],
  ['建物名・部屋番号', (c) => ja(c).bld, HOMES('street2')],
  ['電話番号', (c) => ja(c).mobile, ['mobilePhone.number', 'homePhone.number']],
  ['入会日', (c) => sl(jst(bfJoin(c))), ['loyalty.joinDate']],
  ['会員期限', (c) => (bfSt(c) === '退会' ? '' : ymd(jst(bfJoin(c) + (bfPlan(c)[1] >= 5000 ? Math.ceil(bfMonths(c) / 12) * 365 : Math.round(bfMonths(c) * 30.5)) * day), '/')), ['loyalty.tierExpiryDate'], opt],
  ['退会日', (c) => (bfSt(c) === '退会' ? ymd(jst(Math.max(c.created, c.updated)), '/') : ''), []],
  ['継続月数', (c) => String(bfMonths(c)), []],
  ['支払方法', (c) => row(['クレジットカード', 'キャリア決済', 'クレジットカード', 'コンビニ決済'], n(c) % 4), []],
  ['メール配信', (c) => (n(c) % 5 === 0 ? '配信しない' : '配信する'), [], opt],
] }

// ---------------------------------------------------------------- 7. LINE WORKS customer/partner contacts (ja, B)
// a Nagoya machine-parts trading company's shared address book of customer and supplier contacts
const LW_CO = [['株式会社中部精機', 'chubu-seiki.co.jp', '052'], ['東海メカトロ株式会社', 'tokai-mecha.jp', '052'], ['株式会社三河ロジテック', 'mikawa-logi.co.jp', '0564'], ['北陸工業株式会社', 'hokuriku-kogyo.co.jp', '076'], ['株式会社ヤマト樹脂', 'yamato-jushi.co.jp', '06'], ['岐阜モールド株式会社', 'gifu-mold.co.jp', '058']]
const LW_ADDR = [['460-0003', '愛知県', '名古屋市中区錦', '2-4-15 錦ビル5F'], ['450-0002', '愛知県', '名古屋市中村区名駅', '4-7-1'], ['444-0044', '愛知県', '岡崎市康生通南', '3-12'], ['920-0853', '石川県', '金沢市本町', '2-15-1'], ['541-0041', '大阪府', '大阪市中央区北浜', '1-8-16'], ['500-8833', '岐阜県', '岐阜市神田町', '6-12']]
const lwCo = (c) => row(LW_CO, n(c) % 6)
const lwAd = (c) => row(LW_ADDR, n(c) % 6)
// a 10-digit landline: area code + exchange fill 6 digits
const lwTel = (c, k) => { const a = lwCo(c)[2], x = 6 - a.length; return `${a}-${String(2 * 10 ** (x - 1) + (n(c) * 13) % (7 * 10 ** (x - 1)))}-${pad((n(c) * 7 + k) % 10000, 4)}` }
const SETS_LW = { name: 'lineworks-renrakusaki-export-jp', product: 'LINE WORKS (アドレス帳 > 顧客/取引先 > エクスポート (CSV), one row per shared external contact, Japanese UI, a Nagoya machine-parts trading company)', family: 'b2b-contacts', language: 'ja', schema: B, cols: [
  ['姓', (c) => ja(c).last, ['person.name.lastName']],
  ['名', (c) => ja(c).first, ['person.name.firstName']],
  ['姓(ふりがな)', (c) => ja(c).lastKana, []],
  ['名(ふりがな)', (c) => ja(c).firstKana, []],
  ['ニックネーム', () => '', []],
  ['会社名', (c) => lwCo(c)[0], CO],
  ['部署', (c) => row(['営業部', '購買部', '生産技術課', '品質保証部', '総務部', '営業部 第二課'], n(c) % 6), ['extendedWorkDetails.departments[0]']],
  ['役職', (c) => row(['課長', '主任', '部長', '', '係長', '担当'], (n(c) >> 1) % 6), ['extendedWorkDetails.jobTitle']],
  ['メールアドレス1', (c) => `${ja(c).lr}@${lwCo(c)[1]}`, WE],
  ['メールアドレス2', (c) => (n(c) % 4 === 0 ? ja(c).mail : ''), ['personalEmail.address'], opt],
  ['電話番号(会社)', (c) => lwTel(c, 0), ['workPhone.number']],
  ['内線', (c) => (n(c) % 3 === 0 ? String(100 + n(c) % 300) : ''), ['workPhone.extension']],
  ['電話番号(携帯)', (c) => (n(c) % 3 === 2 ? '' : ja(c).mobile), ['mobilePhone.number']],
  ['FAX', (c) => lwTel(c, 1), ['faxPhone.number']],
  ['国/地域', () => '日本', [W('country')]],
  ['郵便番号', (c) => lwAd(c)[0], [W('postalCode')]],
  ['都道府県', (c) => lwAd(c)[1], STATE(['workAddress'])],
  ['市区町村', (c) => lwAd(c)[2], [W('city')]],
  ['番地', (c) => lwAd(c)[3], [W('street1')]],
  ['Webサイト', (c) => `https://www.${lwCo(c)[1]}/`, ['b2b.companyWebsite']],
  ['誕生日', (c) => (n(c) % 5 === 0 ? ymd(shift(ja(c).birth, 0), '/') : ''), ['person.birthDate']],
  ['顧客/取引先区分', (c) => row(['顧客', '仕入先', '顧客', '協力会社'], n(c) % 4), ['b2b.personType'], opt],
  ['メモ', (c) => row(['', '2024年展示会で名刺交換', '', '見積は必ずCCに課長を入れる', ''], n(c) % 5), []],
  ['公開範囲', () => '全体', []],
] }

// ---------------------------------------------------------------- 8. Bizibl webinar registrants (ja, B)
// a SaaS vendor's webinar on invoice automation; registrants and their viewing results as leads
const BZ_CO = [['株式会社グリーンフィールド', 'greenfield.co.jp', '101〜300名', '製造業'], ['さくら会計事務所', 'sakura-kaikei.jp', '1〜10名', '士業'], ['株式会社ネクサス', 'nexus-inc.jp', '301〜1000名', 'IT・通信'], ['丸栄物産株式会社', 'maruei-bussan.co.jp', '51〜100名', '卸売業'], ['株式会社ホープ建設', 'hope-kensetsu.co.jp', '11〜50名', '建設業'], ['医療法人社団 明和会', 'meiwakai.or.jp', '101〜300名', '医療・福祉'], ['株式会社リンクス', 'lynx-corp.jp', '1001名以上', '小売業']]
const bzCo = (c) => row(BZ_CO, n(c) % 7)
const bzSeen = (c) => n(c) % 4 !== 3
const bzAt = (c) => Date.UTC(2025, 9, 1) + ((n(c) * 7919) % (20 * 86400)) * 1000
const SETS_BZ = { name: 'bizibl-moushikomisha-csv-jp', product: 'Bizibl (ウェビナー管理 > 申込者一覧 > CSVダウンロード, one row per registrant with viewing result, Japanese UI, a SaaS vendor\'s webinar on invoice automation, Asia/Tokyo)', family: 'b2b-leads', language: 'ja', schema: B, cols: [
  ['申込日時', (c) => sl(jst(bzAt(c))), ['extSourceSystemAudit.createdDate'], opt],
  ['姓', (c) => ja(c).last, ['person.name.lastName']],
  ['名', (c) => ja(c).first, ['person.name.firstName']],
  ['会社名', (c) => bzCo(c)[0], CO],
  ['部署名', (c) => row(['経理部', '管理本部', '情報システム部', '経営企画室', '総務部', '財務経理課'], n(c) % 6), ['extendedWorkDetails.departments[0]']],
  ['役職', (c) => row(['部長', '課長', '担当者', '代表取締役', '係長', '担当者'], (n(c) >> 1) % 6), ['extendedWorkDetails.jobTitle']],
  ['メールアドレス', (c) => `${ja(c).lr}.${ja(c).fr[0]}@${bzCo(c)[1]}`, WE],
  ['電話番号', (c) => ja(c).tel, ['workPhone.number', 'mobilePhone.number']],
  ['都道府県', (c) => ja(c).pref, STATE(['workAddress'])],
  ['従業員規模', (c) => bzCo(c)[2], []],
  ['業種', (c) => bzCo(c)[3], []],
  ['視聴ステータス', (c) => (bzSeen(c) ? (n(c) % 4 === 2 ? 'アーカイブ視聴' : 'ライブ視聴') : '未視聴'), [], opt],
  ['視聴時間（分）', (c) => (bzSeen(c) ? String(5 + (n(c) * 7) % 56) : '0'), []],
  ['初回視聴日時', (c) => (bzSeen(c) ? sl(jst(Date.UTC(2025, 9, 22, 5, 0, 0) + (n(c) % 600) * 1000)) : ''), ['extSourceSystemAudit.lastActivityDate'], opt],
  ['アンケート：導入検討時期', (c) => (bzSeen(c) ? row(['3ヶ月以内', '半年以内', '1年以内', '未定'], n(c) % 4) : ''), []],
  ['アンケート：個別相談を希望しますか', (c) => (bzSeen(c) ? (n(c) % 3 === 0 ? '希望する' : '希望しない') : ''), [], opt],
  ['質問', (c) => (bzSeen(c) && n(c) % 5 === 0 ? '電子帳簿保存法の検索要件には対応していますか？' : ''), []],
  ['流入元', (c) => row(['メールマガジン', 'Bizibl掲載ページ', '広告', 'パートナー紹介', 'メールマガジン'], n(c) % 5), ['b2b.personSource'], opt],
  ['utm_source', (c) => row(['newsletter', 'bizibl', 'google', 'partner', 'newsletter'], n(c) % 5), [], opt],
  ['個人情報の取り扱いへの同意', () => '同意する', [], opt],
] }

export const SETS = [SETS_TP, SETS_AP, SETS_KP, SETS_SP, SETS_BC, SETS_BF, SETS_LW, SETS_BZ]
