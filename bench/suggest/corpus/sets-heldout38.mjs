// Round 38, heldout38: held-out sets added in round 38 (the round-29 brief's held-out half), written apart from the
// suggester and any tuning, scored once at the end. Same format as sets.mjs (sources in ../README.md): header as the
// product exports it, one value generator per column in the product's formats, the accepted destinations ([] = nothing
// fits) and 'opt' for borderline columns.
import { E, B, P, v, at, HOME, B2BID, PL, OR, SHIP, BILL, opt } from './sets.mjs'
import { loc12, kst, msk } from './values12.mjs'
import { pad, shift } from './values.mjs'

const n = (c) => +c.id
const pick = (xs, i) => xs[Math.abs(i) % xs.length]
const DAY = 86400000
// summer time (April-October) by month, good enough for generated rows
const dst = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 }
const ko = (c) => loc12(c, 'ko')
const ja = (c) => loc12(c, 'ja')
const ru = (c) => loc12(c, 'ru')
// Japanese e-mail local parts from the surname (loc12's surnames)
const JA_ROMA = { 佐藤: 'sato', 鈴木: 'suzuki', 高橋: 'takahashi', 田中: 'tanaka', 伊藤: 'ito', 渡辺: 'watanabe', 山本: 'yamamoto', 中村: 'nakamura', 小林: 'kobayashi', 加藤: 'kato' }
const jaMail = (c) => `${JA_ROMA[ja(c).last] ?? 'user'}${n(c) % 997}@${pick(['gmail.com', 'yahoo.co.jp', 'docomo.ne.jp', 'icloud.com'], n(c))}`
// "2024/03/05 14:22" and "2024/03/05 14:22:31" in JST
const jstSlash = (ms) => { const p = shift(ms, 9); return `${p.y}/${pad(p.m)}/${pad(p.d)} ${pad(p.H)}:${pad(p.M)}` }
const jstSlashS = (ms) => { const p = shift(ms, 9); return `${p.y}/${pad(p.m)}/${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const jstDay = (ms) => { const p = shift(ms, 9); return `${p.y}/${pad(p.m)}/${pad(p.d)}` }
const kstDay = (ms) => kst(ms).slice(0, 10)
const yen = (x) => String(Math.round(x))
const won = (x) => String(Math.round(x / 10) * 10)
// "1 290,00" (Russian rouble amounts: space thousands, decimal comma)
const rub = (x) => x.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, ' ')

// Kurly: a partner seller's orders on Kurly (컬리 파트너스 > 주문관리 > 주문 다운로드, Excel; one row per order line, KST).
const KU_P = [['K1234501', '[그린팜] 유기농 방울토마토 500g', '500g', 7900], ['K2210877', '[한우명가] 1++ 한우 등심 구이용 300g', '300g', 39900], ['K3308120', '[베이커리 온] 바게트 & 깜빠뉴 세트', '기본', 12800], ['K4471902', '[제주담다] 한라봉 2kg', '2kg (8~10과)', 29900], ['K5520334', '[오늘의반찬] 국산 콩 두부 2입', '2입', 4500]]
const kup = (o) => KU_P[+o.id % KU_P.length]
const KU_ST = ['배송완료', '배송완료', '배송중', '상품준비중', '결제완료', '취소완료']
const kuSt = (o) => KU_ST[+o.id % KU_ST.length]
const kuOut = (o) => ['배송완료', '배송중'].includes(kuSt(o))
const kuDawn = (o) => +o.id % 3 !== 0

// KazanExpress: a seller's orders (личный кабинет продавца > Заказы > Выгрузить в Excel; FBO, Moscow time, no buyer data).
const KE_P = [['KE-TSH-001', 'Футболка оверсайз хлопок', 'Цвет: чёрный, Размер: L', 890], ['KE-MUG-014', 'Кружка керамическая 350 мл', 'Цвет: белый', 390], ['KE-CASE-220', 'Чехол для iPhone 13 силиконовый', 'Цвет: лавандовый', 290], ['KE-LAMP-07', 'Ночник светодиодный Луна', 'Диаметр: 15 см', 1290], ['KE-SOCK-5P', 'Носки женские 5 пар', 'Размер: 36-40', 450]]
const kep = (o) => KE_P[+o.id % KE_P.length]
const KE_ST = ['Выдан', 'Выдан', 'Выдан', 'В пути', 'Ожидает в пункте выдачи', 'Отменён', 'Возврат']
const keSt = (o) => KE_ST[+o.id % KE_ST.length]
const keSum = (o) => kep(o)[3] * o.qty
const keFee = (o) => +(keSum(o) * 0.12).toFixed(2)
const KE_PVZ = [['Казань', 'ул. Баумана, 44'], ['Москва', 'ул. Профсоюзная, 56'], ['Уфа', 'пр-т Октября, 12'], ['Набережные Челны', 'пр-т Мира, 3/14'], ['Ижевск', 'ул. Пушкинская, 154']]
const kePvz = (o) => KE_PVZ[(+o.id >> 1) % KE_PVZ.length]

// minne: a maker's orders (minne 作家ページ > 注文一覧 > CSVダウンロード; one row per order line, JST).
const MI_P = [['123456789', '刺繍ブローチ・ミモザ', 2800], ['234567890', '真鍮のリング 細身', 3600], ['345678901', '帆布のトートバッグ 生成り', 4800], ['456789012', 'レジンのピアス 紫陽花', 1900], ['567890123', '陶器のマグカップ 青', 3300]]
const mip = (o) => MI_P[+o.id % MI_P.length]
const MI_ST = ['取引完了', '取引完了', '発送済み', '発送待ち', '入金待ち', 'キャンセル']
const miSt = (o) => MI_ST[+o.id % MI_ST.length]
const miShip = (o) => (mip(o)[2] * o.qty >= 5000 ? 0 : pick([185, 370, 520], +o.id))
const miSent = (o) => ['取引完了', '発送済み'].includes(miSt(o))

// formrun: a SaaS vendor's 資料請求・お問い合わせ form (ボード > CSVダウンロード; card fields then the form's items, JST).
const FR_CO = [['株式会社ミライテック', '情報システム部'], ['山田商事株式会社', '営業企画部'], ['合同会社アオバ', '経営企画室'], ['株式会社サクラ物流', '総務部'], ['東都システム株式会社', 'マーケティング部']]
const frCo = (c) => FR_CO[n(c) % FR_CO.length]
const FR_ST = ['未対応', '対応中', '対応中', '完了', '完了', '失注']
const frCoMail = (c) => `${JA_ROMA[ja(c).last] ?? 'user'}@${pick(['miraitech', 'yamada-shoji', 'aoba-llc', 'sakura-logi', 'toto-sys'], n(c))}.co.jp`

// Ubiregi: a Tokyo café's checkouts (ユビレジ管理画面 > 会計 > 会計一覧 > CSVエクスポート; one row per checkout, JST, tax included).
const UB_PAY = ['現金', '現金', 'クレジットカード', '交通系IC', 'PayPay', 'QUICPay']
const ubPay = (o) => UB_PAY[+o.id % UB_PAY.length]
const ubSub = (o) => 480 + (+o.id % 37) * 110
const ubDisc = (o) => (+o.id % 9 === 4 ? 100 : 0)
const ubTotal = (o) => ubSub(o) - ubDisc(o)
const ubTax = (o) => Math.floor(ubTotal(o) * 8 / 108)
const ubVoid = (o) => +o.id % 23 === 11
const ubCash = (o) => ubPay(o) === '現金'
const ubPaid = (o) => (ubCash(o) ? Math.ceil(ubTotal(o) / 1000) * 1000 : ubTotal(o))

// Mail Dealer: a mail-order company's inquiry mailbox (メールディーラー > メール一覧 > CSV出力; one row per inquiry thread, JST).
const MD_ST = ['新着', '対応中', '対応中', '対応完了', '対応完了', '対応完了', '対応不要']
const mdSt = (o) => MD_ST[+o.id % MD_ST.length]
const MD_SUBJ = ['注文した商品が届きません', '返品・交換について', '領収書の発行をお願いします', 'ギフト包装は可能でしょうか', '会員登録の解除について', '商品の在庫について']
const MD_FOLDER = ['お問い合わせ', 'お問い合わせ', '注文関連', '返品・交換', 'その他']

// Sirvoy: a Galway guesthouse's bookings (Bookings > Export bookings, CSV; English UI, EUR, the import/export headers).
const SV_ROOMS = [['1', 'Double Room'], ['2', 'Double Room'], ['3', 'Twin Room'], ['4', 'Family Room'], ['5', 'Single Room'], ['6', 'Double Room with Sea View']]
const svRoom = (o) => SV_ROOMS[+o.id % SV_ROOMS.length]
const svNights = (o) => 1 + (+o.id % 4)
const svRate = (o) => [95, 95, 89, 139, 65, 119][+o.id % SV_ROOMS.length]
const svSrc = (o) => ['Booking Engine', 'Booking.com', 'Booking.com', 'Expedia', 'Phone', 'Airbnb'][+o.id % 6]
const svCancel = (o) => +o.id % 11 === 6
const irl = (ms) => shift(ms, dst(ms) ? 1 : 0)
const svDate = (ms) => { const p = irl(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const svTime = (ms) => { const p = irl(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}` }
// [country, language, city, postcode, street, phone prefix]
const SV_C = [['Ireland', 'en', 'Dublin', 'D02 X285', '14 Harcourt St', (r) => `+353 87 ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`], ['Ireland', 'en', 'Cork', 'T12 W8CY', '3 Oliver Plunkett St', (r) => `+353 86 ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`], ['Germany', 'de', 'München', '80331', 'Sendlinger Str. 12', (r) => `+49 171 ${v.int(r, 1000000, 9999999)}`], ['United States', 'en', 'Boston', '02108', '75 Beacon St', (r) => `+1 617-555-${pad(v.int(r, 0, 9999), 4)}`], ['France', 'fr', 'Lyon', '69002', '8 rue de la République', (r) => `+33 6 ${v.int(r, 10, 99)} ${v.int(r, 10, 99)} ${v.int(r, 10, 99)} ${v.int(r, 10, 99)}`], ['United Kingdom', 'en', 'Manchester', 'M1 4BT', '22 Oxford Rd', (r) => `+44 7700 ${v.int(r, 100000, 999999)}`]]
const svC = (o) => SV_C[(+o.id >> 1) % SV_C.length]

// Universe: attendees of a Toronto food festival (Orders & Attendees > Reports > Attendees report, CSV; Eastern times).
const toronto = (ms) => shift(ms, dst(ms) ? -4 : -5)
const unTime = (ms) => { const p = toronto(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)} ${dst(ms) ? '-0400' : '-0500'}` }
const UN_EVENT = Date.UTC(2024, 6, 20, 16, 0, 0)
const UN_SLOT = (o) => UN_EVENT + (+o.id % 2) * DAY
const UN_TT = [['General Admission', 35], ['General Admission', 35], ['VIP Tasting Pass', 95], ['Early Bird', 25], ['Kids (under 12)', 0]]
const unTt = (o) => UN_TT[+o.id % UN_TT.length]
const UN_ST = ['closed', 'closed', 'closed', 'paid', 'partially_paid']
const unGuest = (o) => +o.id % 4 === 3 // ticket held by someone else than the buyer
const unOrder = (o) => UN_EVENT - (1 + (+o.id % 75)) * DAY - (+o.id % 600) * 60000

// Vrbo: a Florida owner's booking statement (Owner dashboard > Booking statements > Line-item invoice CSV; pay-per-booking
// reservations of the month, confirmed and cancelled; the documented reservation, property, traveller, commission,
// booking and inquiry fields).
const eastern = (ms) => shift(ms, dst(ms) ? -4 : -5)
const vrDate = (ms) => { const p = eastern(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const VR_PROP = [['Sunny Gulf Retreat - 3BR Pool Home', '1234567'], ['Beachside Bungalow Steps to Sand', '2345678'], ['Cozy Condo near Disney', '3456789']]
const vrProp = (o) => VR_PROP[+o.id % VR_PROP.length]
const vrNights = (o) => 3 + (+o.id % 5)
const vrRent = (o) => [189, 149, 119][+o.id % 3] * vrNights(o)
const vrFees = (o) => [175, 125, 95][+o.id % 3]
const vrCancel = (o) => +o.id % 9 === 4
const vrIn = (o) => o.at + (14 + (+o.id % 60)) * DAY
const vrInq = (o) => +o.id % 4 === 1

// Doorkeeper: an IT community's study-session attendees (イベント管理 > 参加者 > CSVダウンロード; Japanese UI, the
// community's application form with four questions).
const DK_TT = [['一般参加', 0], ['一般参加', 0], ['懇親会参加', 3000], ['学生', 0], ['スポンサー枠', 0]]
const dkTt = (o) => DK_TT[+o.id % DK_TT.length]
const DK_ST = ['参加', '参加', '参加', '補欠', 'キャンセル']
const dkSt = (o) => DK_ST[+o.id % DK_ST.length]
const DK_EVENT = Date.UTC(2024, 5, 14, 10, 0, 0)
const dkApplied = (o) => DK_EVENT - (1 + (+o.id % 40)) * DAY - (+o.id % 700) * 60000

// Beusable: a Korean fashion mall's page report (뷰저블 > 리포트 > 페이지 분석 > 엑셀 다운로드; one row per page, day and device).
const BU_PAGES = [['메인', 'https://www.stylemall.co.kr/', '스타일몰 - 데일리룩 쇼핑'], ['상품상세', 'https://www.stylemall.co.kr/product/detail.html?product_no=1042', '린넨 오버핏 셔츠 - 스타일몰'], ['카테고리', 'https://www.stylemall.co.kr/category/outer/24/', '아우터 - 스타일몰'], ['장바구니', 'https://www.stylemall.co.kr/order/basket.html', '장바구니 - 스타일몰'], ['이벤트', 'https://www.stylemall.co.kr/event/summer-sale', '썸머 세일 최대 50% - 스타일몰']]
const buPage = (o) => BU_PAGES[+o.id % BU_PAGES.length]
const buPv = (o) => 300 + (+o.id % 4700)
const buMobile = (o) => +o.id % 3 !== 0

// Yogiyo: a Seoul chicken restaurant's orders (요기요 사장님사이트 > 주문내역 > 엑셀 다운로드; Korean UI, one row per order, KST;
// customer phone numbers are Yogiyo's 안심번호 and addresses end at the building).
const YG_MENU = [['후라이드치킨', 19000], ['양념치킨', 20000], ['반반치킨', 20000], ['간장마늘치킨', 21000], ['순살 뿌링클', 23000]]
const ygMenu = (o) => YG_MENU[+o.id % YG_MENU.length]
const ygTakeout = (o) => +o.id % 5 === 0
const ygGoods = (o) => ygMenu(o)[1] * (o.qty > 2 ? 2 : 1) + (+o.id % 2 ? 2000 : 0)
const ygTip = (o) => (ygTakeout(o) ? 0 : [3000, 2000, 3500][+o.id % 3])
const ygDisc = (o) => (+o.id % 4 === 1 ? 2000 : 0)
const ygPaid = (o) => ygGoods(o) + ygTip(o) - ygDisc(o)
const YG_ST = ['배달완료', '배달완료', '배달완료', '주문취소', '배달완료', '접수']
const ygSt = (o) => YG_ST[+o.id % YG_ST.length]
const YG_ROAD = ['서울특별시 마포구 월드컵북로', '서울특별시 마포구 양화로', '서울특별시 마포구 독막로', '서울특별시 서대문구 연희로', '서울특별시 마포구 성미산로']
const ygAddr = (c) => `${YG_ROAD[n(c) % YG_ROAD.length]} ${1 + (n(c) % 240)}`

export const SETS = [
  // ---------------------------------------------------------------- e-commerce orders
  { name: 'kurly-jumun-ko', product: 'Kurly (컬리 파트너스 > 주문관리 > 주문 다운로드, Excel; Korean UI, a partner seller, one row per order line)', family: 'ecommerce-orders', language: 'ko', schema: E, cols: [
    ['주문번호', (c, o) => `${kstDay(o.at).replace(/-/g, '')}${pad(+o.id % 100000, 5)}${pad(n(c) % 100, 2)}`, [OR('purchaseID')]],
    ['주문상품번호', (c, o) => `${2300000000 + +o.id * 17}`, [], opt],
    ['주문일시', (c, o) => kst(o.at), ['timestamp', OR('createdDate')]],
    ['결제일시', (c, o) => kst(o.at + 40000), [], opt],
    ['주문상태', (c, o) => kuSt(o), [], opt],
    ['상품코드', (c, o) => kup(o)[0], [PL('SKU')]],
    ['상품명', (c, o) => kup(o)[1], [PL('name')]],
    ['옵션명', (c, o) => kup(o)[2], [PL('selectedOptions[0].value')], opt],
    ['수량', (c, o) => String(o.qty), [PL('quantity')]],
    ['판매가', (c, o) => won(kup(o)[3]), []],
    ['상품금액', (c, o) => won(kup(o)[3] * o.qty), [PL('priceTotal')]],
    ['할인금액', (c, o) => won(+o.id % 4 === 1 ? kup(o)[3] * o.qty * 0.1 : 0), [OR('discountAmount')], opt],
    ['배송비', (c, o) => (kup(o)[3] * o.qty >= 40000 ? '0' : '3000'), ['commerce.shipping.shippingAmount']],
    ['주문자명', (c) => ko(c).full, []],
    ['주문자 연락처', (c) => ko(c).mobile, [], opt],
    ['수령인명', (c, o) => (+o.id % 6 === 2 ? '박지은' : ko(c).full), []],
    ['수령인 연락처', (c, o) => (+o.id % 6 === 2 ? '010-5521-8830' : ko(c).mobile), [], opt],
    ['우편번호', (c) => ko(c).zip, [SHIP('postalCode')]],
    ['배송지 주소', (c) => ko(c).address, [SHIP('street1')]],
    ['배송 요청사항', (c, o, r) => v.pick(r, ['', '문 앞', '경비실에 맡겨주세요', '배송 전 연락 부탁드립니다']), []],
    ['공동현관 출입방법', (c, o, r) => v.pick(r, ['', '자유출입 가능', `공동현관 비밀번호 #${v.int(r, 1000, 9999)}`, '경비실 호출']), []],
    ['배송유형', (c, o) => (kuDawn(o) ? '샛별배송' : '택배배송'), ['commerce.shipping.shippingMethod'], opt],
    ['택배사', (c, o) => (kuOut(o) && !kuDawn(o) ? 'CJ대한통운' : kuOut(o) ? '컬리넥스트마일' : ''), ['commerce.shipping.shippingMethod'], opt],
    ['송장번호', (c, o, r) => (kuOut(o) ? `${v.int(r, 500000, 699999)}${v.int(r, 100000, 999999)}` : ''), ['commerce.shipping.trackingNumber']],
    ['출고일', (c, o) => (kuOut(o) ? kstDay(o.at + DAY) : ''), ['commerce.shipping.shipDate'], opt],
  ] },
  { name: 'kazanexpress-zakazy-ru', product: 'KazanExpress (личный кабинет продавца > Заказы > Выгрузить, Excel; Russian UI, an FBO seller, one row per order line, Moscow time)', family: 'ecommerce-orders', language: 'ru', schema: E, cols: [
    ['Номер заказа', (c, o) => String(18000000 + +o.id * 37), [OR('purchaseID')]],
    ['Дата заказа', (c, o) => msk(o.at), ['timestamp', OR('createdDate')]],
    ['Статус', (c, o) => keSt(o), [], opt],
    ['Артикул', (c, o) => kep(o)[0], [PL('SKU')]],
    ['SKU', (c, o) => `${kep(o)[0]}-${pad(+o.id % 40)}`, [PL('SKU')], opt],
    ['ID товара', (c, o) => String(700000 + (+o.id % 90000)), [], opt],
    ['Наименование товара', (c, o) => kep(o)[1], [PL('name')]],
    ['Характеристики', (c, o) => kep(o)[2], [PL('selectedOptions[0].value')], opt],
    ['Количество', (c, o) => String(o.qty), [PL('quantity')]],
    ['Цена продажи', (c, o) => rub(kep(o)[3]), []],
    ['Сумма продажи', (c, o) => rub(keSum(o)), [PL('priceTotal')]],
    ['Комиссия', (c, o) => rub(keFee(o)), []],
    ['Логистика', (c, o) => rub(25 * o.qty), []],
    ['К выплате', (c, o) => rub(keSum(o) - keFee(o) - 25 * o.qty), []],
    ['Город', (c, o) => kePvz(o)[0], [SHIP('city')], opt],
    ['Пункт выдачи', (c, o) => kePvz(o)[1], [], opt],
    ['Дата выдачи', (c, o) => (keSt(o) === 'Выдан' || keSt(o) === 'Возврат' ? msk(o.at + 3 * DAY) : ''), [], opt],
    ['Дата возврата', (c, o) => (keSt(o) === 'Возврат' ? msk(o.at + 9 * DAY) : ''), [], opt],
    ['Причина возврата', (c, o) => (keSt(o) === 'Возврат' ? pick(['Не подошёл размер', 'Брак', 'Не соответствует описанию'], +o.id) : ''), []],
  ] },
  { name: 'minne-chumon-ja', product: 'minne (作家ページ > 注文一覧 > CSVダウンロード; Japanese UI, a maker\'s shop, one row per order line, JST)', family: 'ecommerce-orders', language: 'ja', schema: E, cols: [
    ['注文番号', (c, o) => `${20000000 + +o.id * 29}`, [OR('purchaseID')]],
    ['注文日時', (c, o) => jstSlash(o.at), ['timestamp', OR('createdDate')]],
    ['取引状況', (c, o) => miSt(o), [], opt],
    ['入金日時', (c, o) => (miSt(o) === '入金待ち' || miSt(o) === 'キャンセル' ? '' : jstSlash(o.at + 3600000)), [], opt],
    ['発送日', (c, o) => (miSent(o) ? jstDay(o.at + 2 * DAY) : ''), ['commerce.shipping.shipDate'], opt],
    ['作品ID', (c, o) => mip(o)[0], [PL('SKU')], opt],
    ['作品名', (c, o) => mip(o)[1], [PL('name')]],
    ['オプション', (c, o, r) => v.pick(r, ['', '', 'ラッピング:あり', 'サイズ:11号']), [PL('selectedOptions[0].value')], opt],
    ['単価', (c, o) => yen(mip(o)[2]), []],
    ['数量', (c, o) => String(o.qty), [PL('quantity')]],
    ['小計', (c, o) => yen(mip(o)[2] * o.qty), [PL('priceTotal')]],
    ['送料', (c, o) => yen(miShip(o)), ['commerce.shipping.shippingAmount']],
    ['合計金額', (c, o) => yen(mip(o)[2] * o.qty + miShip(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['支払方法', (c, o) => pick(['クレジットカード', 'クレジットカード', 'コンビニ決済', 'PayPay', '後払い'], +o.id), [OR('payments[0].paymentType')]],
    ['購入者名', (c) => ja(c).full, []],
    ['お届け先氏名', (c, o) => (+o.id % 5 === 1 ? '中村 結衣' : ja(c).full), []],
    ['お届け先郵便番号', (c) => ja(c).zip, [SHIP('postalCode')]],
    ['お届け先都道府県', (c) => ja(c).pref, [SHIP('stateProvince'), SHIP('state')]],
    ['お届け先住所', (c) => `${ja(c).city}${ja(c).town}`, [SHIP('street1')]],
    ['お届け先電話番号', (c) => ja(c).mobile.join('-'), [], opt],
    ['配送方法', (c, o) => pick(['クリックポスト', 'ネコポス', 'ゆうパケット', '宅急便'], +o.id), ['commerce.shipping.shippingMethod'], opt],
    ['追跡番号', (c, o, r) => (miSent(o) ? `${v.int(r, 1000, 9999)}-${v.int(r, 1000, 9999)}-${v.int(r, 1000, 9999)}` : ''), ['commerce.shipping.trackingNumber']],
    ['購入者からのメッセージ', (c, o, r) => v.pick(r, ['', '', 'プレゼント用です。', '母の日に間に合えば嬉しいです']), []],
  ] },

  // ---------------------------------------------------------------- B2B leads
  { name: 'formrun-kaitou-ja', product: 'formrun (ボード > CSVダウンロード; Japanese UI, a SaaS vendor\'s 資料請求・お問い合わせ form, card fields then form items)', family: 'b2b', language: 'ja', schema: B, cols: [
    ['ID', (c) => String(4000000 + n(c) % 900000), B2BID, opt],
    ['ステータス', (c) => pick(FR_ST, n(c)), ['b2b.personStatus'], opt],
    ['担当者', (c) => pick(['', '木村', '松本', '井上'], n(c) >> 1), []],
    ['ラベル', (c) => pick(['', '資料請求', '見積依頼', 'ホットリード', ''], n(c)), []],
    ['回答日時', (c) => jstSlashS(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['更新日時', (c) => jstSlashS(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['会社名', (c) => frCo(c)[0], ['b2b.companyName', 'organizations[0]']],
    ['部署名', (c) => frCo(c)[1], ['extendedWorkDetails.departments[0]'], opt],
    ['役職', (c) => pick(['', '部長', '課長', '主任', '代表取締役'], n(c) >> 2), ['extendedWorkDetails.jobTitle']],
    ['お名前(姓)', (c) => ja(c).last, ['person.name.lastName']],
    ['お名前(名)', (c) => ja(c).first, ['person.name.firstName']],
    ['フリガナ(セイ)', (c) => ja(c).lastKana, [], opt],
    ['フリガナ(メイ)', (c) => ja(c).firstKana, [], opt],
    ['メールアドレス', (c) => frCoMail(c), ['workEmail.address', 'personalEmail.address']],
    ['電話番号', (c) => ja(c).tel.join('-'), ['workPhone.number', 'homePhone.number', 'mobilePhone.number']],
    ['従業員数', (c) => pick(['1〜9名', '10〜49名', '50〜99名', '100〜299名', '300名以上'], n(c)), []],
    ['お問い合わせ種別', (c) => pick(['資料請求', 'デモのご依頼', 'お見積り', 'その他'], n(c) >> 1), []],
    ['お問い合わせ内容', (c, o, r) => v.pick(r, ['', '料金プランについて詳しく知りたいです。', '既存システムとの連携は可能でしょうか。', '10月導入を検討しています。']), []],
    ['導入検討時期', (c) => pick(['1ヶ月以内', '3ヶ月以内', '半年以内', '未定'], n(c)), []],
    ['当サービスを知ったきっかけ', (c) => pick(['Web検索', '展示会', 'ご紹介', 'SNS', '広告'], n(c) >> 3), ['b2b.personSource'], opt],
    ['個人情報の取り扱いについて', () => '同意する', [], opt],
  ] },
  // ---------------------------------------------------------------- payments
  { name: 'ubiregi-uriage-ja', product: 'Ubiregi (ユビレジ管理画面 > 会計一覧 > CSVエクスポート; Japanese UI, a Tokyo café with two iPads, one row per checkout)', family: 'payments', language: 'ja', schema: E, cols: [
    ['会計ID', (c, o) => String(81000000 + +o.id * 7), [OR('payments[0].transactionID'), OR('purchaseID'), '_id']],
    ['レシート番号', (c, o) => `${pad(1 + (+o.id % 2))}-${pad(+o.id % 10000, 6)}`, [OR('purchaseID')], opt],
    ['会計日時', (c, o) => jstSlashS(o.at), ['timestamp', OR('createdDate')]],
    ['店舗', () => '珈琲店 こもれび 三軒茶屋店', []],
    ['端末', (c, o) => (+o.id % 2 ? 'レジ1' : 'レジ2'), [], opt],
    ['担当者', (c, o) => pick(['店長', '佐々木', '山口', 'スタッフ'], +o.id >> 1), []],
    ['客数', (c, o) => String(1 + (+o.id % 3)), []],
    ['小計', (c, o) => yen(ubSub(o)), [], opt],
    ['割引', (c, o) => yen(ubDisc(o)), [OR('discountAmount')]],
    ['合計', (c, o) => yen(ubTotal(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['内消費税', (c, o) => yen(ubTax(o)), [OR('taxAmount')]],
    ['税率', () => '8%', []],
    ['支払方法', (c, o) => ubPay(o), [OR('payments[0].paymentType')]],
    ['預り金', (c, o) => yen(ubPaid(o)), [], opt],
    ['お釣り', (c, o) => yen(ubPaid(o) - ubTotal(o)), []],
    ['店内/持ち帰り', (c, o) => (+o.id % 3 === 0 ? '持ち帰り' : '店内'), [], opt],
    ['顧客', (c, o) => (+o.id % 5 === 0 ? ja(c).full : ''), []],
    ['取消', (c, o) => (ubVoid(o) ? '取消済み' : ''), [], opt],
    ['メモ', (c, o, r) => v.pick(r, ['', '', '', '領収書発行', 'テイクアウト予約分']), []],
  ] },

  // ---------------------------------------------------------------- support
  { name: 'maildealer-toiawase-ja', product: 'Mail Dealer (メールディーラー > メール一覧 > CSV出力; Japanese UI, a mail-order company\'s inquiry mailbox, one row per inquiry)', family: 'support', language: 'ja', schema: E, cols: [
    ['管理番号', (c, o) => `INQ-${pad(+o.id % 1000000, 6)}`, ['_id'], opt],
    ['メールボックス', () => 'お客様窓口', []],
    ['フォルダ', (c, o) => pick(MD_FOLDER, +o.id), []],
    ['ステータス', (c, o) => mdSt(o), [], opt],
    ['担当者', (c, o) => (mdSt(o) === '新着' ? '' : pick(['高木', '森', '小野'], +o.id >> 1)), []],
    ['受信日時', (c, o) => jstSlashS(o.at), ['timestamp']],
    ['最終更新日時', (c, o) => jstSlashS(o.at + (1 + (+o.id % 40)) * 3600000), [], opt],
    ['差出人名', (c) => ja(c).full, []],
    ['差出人アドレス', (c) => jaMail(c), ['endUserIDs._experience.emailid.id'], opt],
    ['宛先', () => 'support@shop-komorebi.jp', []],
    ['CC', (c, o, r) => (r() < 0.1 ? 'order@shop-komorebi.jp' : ''), []],
    ['件名', (c, o) => pick(MD_SUBJ, +o.id), []],
    ['本文', (c, o) => `お世話になっております。${pick(MD_SUBJ, +o.id)}。ご確認をお願いいたします。`, []],
    ['ラベル', (c, o) => pick(['', '要確認', 'VIP', '', 'クレーム'], +o.id >> 2), []],
    ['返信回数', (c, o) => (mdSt(o) === '新着' ? '0' : String(1 + (+o.id % 4))), []],
    ['顧客名', (c, o) => (+o.id % 3 === 0 ? '' : ja(c).full), []],
    ['顧客電話番号', (c, o) => (+o.id % 3 === 0 ? '' : ja(c).mobile.join('-')), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['注文番号', (c, o, r) => (r() < 0.5 ? `KM${v.int(r, 10000000, 99999999)}` : ''), [OR('purchaseID')], opt],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (bookings)
  { name: 'sirvoy-bookings', product: 'Sirvoy (Bookings > Export bookings, CSV; English UI, a Galway guesthouse, EUR, one row per booking)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Booking ID', (c, o) => String(400000 + +o.id * 3), [OR('purchaseID'), '_id']],
    ['Booking Date', (c, o) => svTime(o.at), ['timestamp', OR('createdDate')]],
    ['Channel', (c, o) => svSrc(o), [], opt],
    ['Channel Booking ID', (c, o, r) => (['Booking.com', 'Expedia', 'Airbnb'].includes(svSrc(o)) ? String(v.int(r, 3000000000, 4999999999)) : ''), [OR('purchaseID')], opt],
    ['Room No.', (c, o) => svRoom(o)[0], []],
    ['Room Type', (c, o) => svRoom(o)[1], [PL('name')], opt],
    ['Check-in', (c, o) => svDate(o.at + 20 * DAY), [], opt],
    ['Check-out', (c, o) => svDate(o.at + (20 + svNights(o)) * DAY), []],
    ['Nights', (c, o) => String(svNights(o)), [PL('quantity')], opt],
    ['Number of Guests', (c, o) => String(svRoom(o)[1] === 'Family Room' ? 4 : svRoom(o)[1] === 'Single Room' ? 1 : 2), []],
    ['Price per Night', (c, o) => svRate(o).toFixed(2), []],
    ['Total Price', (c, o) => (svRate(o) * svNights(o)).toFixed(2), [OR('priceTotal')]],
    ['Paid', (c, o) => (svSrc(o) === 'Booking.com' ? '0.00' : (svRate(o) * svNights(o)).toFixed(2)), [OR('payments[0].paymentAmount')], opt],
    ['Currency', () => 'EUR', [OR('currencyCode')]],
    ['First Name', (c) => c.first, []],
    ['Last Name', (c) => c.last, []],
    ['Company', (c, o, r) => (r() < 0.1 ? c.company : ''), []],
    ['Address', (c, o) => (+o.id % 5 < 3 ? svC(o)[4] : ''), [BILL('street1')], opt],
    ['Post/Zip Code', (c, o) => (+o.id % 5 < 3 ? svC(o)[3] : ''), [BILL('postalCode')], opt],
    ['City', (c, o) => svC(o)[2], [BILL('city')], opt],
    ['Country', (c, o) => svC(o)[0], [BILL('country')], opt],
    ['Phone', (c, o, r) => svC(o)[5](r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Email', (c, o, r) => (svSrc(o) === 'Booking.com' ? `${c.first.toLowerCase()}.${v.alnum(r, 6).toLowerCase()}@guest.booking.com` : c.email), ['endUserIDs._experience.emailid.id'], opt],
    ['Language', (c, o) => svC(o)[1], [], opt],
    ['Guest Message', (c, o, r) => v.pick(r, ['', '', 'Arriving late, around 11pm', 'Celebrating our anniversary']), []],
    ['Comment', (c, o, r) => v.pick(r, ['', '', '', 'Paid deposit by bank transfer', 'Repeat guest']), []],
    ['Confirmed', (c, o) => (+o.id % 13 === 5 ? '0' : '1'), [], opt],
    ['Cancelled', (c, o) => (svCancel(o) ? svTime(o.at + 3 * DAY) : ''), [OR('cancelDate')], opt],
  ] },

  // ---------------------------------------------------------------- events
  { name: 'universe-attendees', product: 'Universe (Orders & Attendees > Reports > Attendees report, CSV; a Toronto food festival over two days, one row per ticket, with two custom questions)', family: 'events', language: 'en', schema: P, cols: [
    ['Date Attending', (c, o) => unTime(UN_SLOT(o)), []],
    ['Start Stamp Date', (c, o) => unTime(UN_SLOT(o)).slice(0, 10), []],
    ['Event Start Time', (c, o) => unTime(UN_SLOT(o)), []],
    ['Event Start Time Date', (c, o) => unTime(UN_SLOT(o)).slice(0, 10), []],
    ['Ticket ID', (c, o, r) => v.hex(r, 24), ['_id', 'personID'], opt],
    ['Order ID', (c, o, r) => v.hex(r, 24), [], opt],
    ['Ticket Type', (c, o) => unTt(o)[0], []],
    ['Listing Name', () => 'Toronto Night Market Food Fest 2024', []],
    ['First Name', (c, o) => (unGuest(o) ? 'Priya' : c.first), ['person.name.firstName']],
    ['Last Name', (c, o) => (unGuest(o) ? 'Raman' : c.last), ['person.name.lastName']],
    ['Email', (c, o) => (unGuest(o) ? 'priya.raman@gmail.com' : c.email), ['personalEmail.address']],
    ['Buyer First Name', (c) => c.first, [], opt],
    ['Buyer Last Name', (c) => c.last, [], opt],
    ['Buyer Email', (c) => c.email, [], opt],
    ['Order Status', (c, o) => pick(UN_ST, +o.id), [], opt],
    ['Ticket Status', (c, o) => pick(UN_ST, +o.id), [], opt],
    ['Price', (c, o) => unTt(o)[1].toFixed(2), []],
    ['Currency', () => 'CAD', []],
    ['Discount Code', (c, o) => (o.coupon ? 'FOODIE10' : ''), []],
    ['Checked In', (c, o) => (+o.id % 3 === 0 ? 'false' : 'true'), [], opt],
    ['Date of Order', (c, o) => unTime(unOrder(o)), [], opt],
    ['Phone Number', (c, o, r) => (unGuest(o) ? '' : `+1 (${v.pick(r, ['416', '647', '437', '905'])}) 555-${pad(v.int(r, 0, 9999), 4)}`), ['mobilePhone.number', 'homePhone.number']],
    ['Postal Code', (c, o, r) => v.pick(r, ['M5V 2T6', 'M4C 1B5', 'L5B 3C2', 'M6H 2Z4', '']), at(HOME, 'postalCode'), opt],
    ['Dietary Restrictions', (c, o, r) => v.pick(r, ['', '', 'Vegetarian', 'Nut allergy', 'Gluten-free']), []],
  ] },
  // ---------------------------------------------------------------- e-commerce orders (bookings)
  { name: 'vrbo-booking-statement', product: 'Vrbo (Owner dashboard > Booking statements > Line-item invoice CSV; a Florida owner with three listings, the month\'s pay-per-booking reservations, USD)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Reservation ID', (c, o) => `HA-${pad(1000000 + (+o.id * 31) % 9000000, 7)}`, [OR('purchaseID'), '_id']],
    ['Reservation External ID', (c, o, r) => (+o.id % 3 === 0 ? String(v.int(r, 10000000, 99999999)) : ''), [OR('purchaseID')], opt],
    ['Property Name', (c, o) => vrProp(o)[0], [PL('name')], opt],
    ['Listing Number', (c, o) => vrProp(o)[1], [PL('SKU')], opt],
    ['Product Type', () => 'PPB', []],
    ['PMSC ID', () => '', []],
    ['Traveler Name', (c) => c.full, []],
    ['Traveler Email', (c, o, r) => `${c.first.toLowerCase()}.${v.alnum(r, 8).toLowerCase()}@messages.homeaway.com`, ['endUserIDs._experience.emailid.id'], opt],
    ['Booking Date', (c, o) => vrDate(o.at), ['timestamp', OR('createdDate')]],
    ['Check-in Date', (c, o) => vrDate(vrIn(o)), [], opt],
    ['Check-out Date', (c, o) => vrDate(vrIn(o) + vrNights(o) * DAY), []],
    ['Booking Type', (c, o) => (+o.id % 8 === 0 ? 'Offline' : 'Online'), [], opt],
    ['Booking Site', (c, o) => pick(['vrbo.com', 'vrbo.com', 'vrbo.com', 'vrbo.co.uk', 'vrbo.ca'], +o.id), [], opt],
    ['Distribution Channel', (c, o) => pick(['Vrbo', 'Vrbo', 'Expedia', 'Hotels.com'], +o.id >> 1), [], opt],
    ['Rent Amount', (c, o) => vrRent(o).toFixed(2), [], opt],
    ['Fee Amount', (c, o) => vrFees(o).toFixed(2), []],
    ['Gross Sale Amount', (c, o) => (vrCancel(o) ? 0 : vrRent(o) + vrFees(o)).toFixed(2), [OR('priceTotal')]],
    ['Commission Rate (%)', () => '5.0', []],
    ['Commission Charge', (c, o) => (vrCancel(o) ? 0 : (vrRent(o) + vrFees(o)) * 0.05).toFixed(2), []],
    ['Vrbo Service Fee Charge', (c, o) => (vrCancel(o) ? 0 : (vrRent(o) + vrFees(o)) * 0.03).toFixed(2), []],
    ['Currency', () => 'USD', [OR('currencyCode')]],
    ['Line Item Type', (c, o) => (vrCancel(o) ? 'UOM-Cancellation' : 'Commission'), [], opt],
    ['Cancellation Fee (%)', (c, o) => (vrCancel(o) ? pick(['10', '25', '50'], +o.id) : ''), []],
    ['Days Before Check-in', (c, o) => (vrCancel(o) ? String(3 + (+o.id % 40)) : ''), []],
    ['Inquiry Submission Date', (c, o) => (vrInq(o) ? vrDate(o.at - 2 * DAY) : ''), [], opt],
    ['Inquiry Site', (c, o) => (vrInq(o) ? 'vrbo.com' : ''), []],
    ['Inquiry Check-in Date', (c, o) => (vrInq(o) ? vrDate(vrIn(o)) : ''), []],
    ['Inquiry Check-out Date', (c, o) => (vrInq(o) ? vrDate(vrIn(o) + vrNights(o) * DAY) : ''), []],
    ['Inquiring Traveler Email', (c, o, r) => (vrInq(o) ? `${c.first.toLowerCase()}.${v.alnum(r, 8).toLowerCase()}@messages.homeaway.com` : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- events
  { name: 'doorkeeper-sankasha-ja', product: 'Doorkeeper (イベント管理 > 参加者 > CSVダウンロード; Japanese UI, an IT community\'s study session with its application form)', family: 'events', language: 'ja', schema: P, cols: [
    ['チケット番号', (c, o) => String(5000000 + +o.id * 11), ['_id', 'personID'], opt],
    ['申込日時', (c, o) => jstSlash(dkApplied(o)), [], opt],
    ['名前', (c) => ja(c).full, ['person.name.fullName']],
    ['メールアドレス', (c) => jaMail(c), ['personalEmail.address']],
    ['チケット', (c, o) => dkTt(o)[0], []],
    ['金額', (c, o) => yen(dkTt(o)[1]), []],
    ['支払方法', (c, o) => (dkTt(o)[1] ? pick(['クレジットカード', 'コンビニ払い'], +o.id) : ''), []],
    ['ステータス', (c, o) => dkSt(o), [], opt],
    ['キャンセル日時', (c, o) => (dkSt(o) === 'キャンセル' ? jstSlash(dkApplied(o) + 5 * DAY) : ''), [], opt],
    ['参加者リストに名前を表示', (c) => (n(c) % 3 === 0 ? '非公開' : '公開'), []],
    ['チェックイン', (c, o) => (dkSt(o) === '参加' && +o.id % 4 !== 0 ? '済' : ''), [], opt],
    ['所属', (c, o, r) => v.pick(r, ['株式会社ミライテック', 'フリーランス', '東都システム株式会社', '', '○○大学']), ['organizations[0]'], opt],
    ['職種', (c, o, r) => v.pick(r, ['エンジニア', 'エンジニア', 'デザイナー', 'PM', '学生']), []],
    ['X(旧Twitter)アカウント', (c, o, r) => (r() < 0.5 ? `@${JA_ROMA[ja(c).last] ?? 'user'}_${v.alnum(r, 4).toLowerCase()}` : ''), []],
    ['懇親会に参加しますか?', (c, o) => (dkTt(o)[0] === '懇親会参加' ? 'はい' : 'いいえ'), []],
    ['発表者への質問', (c, o, r) => v.pick(r, ['', '', '本番環境での運用事例が聞きたいです', 'テストの書き方について']), []],
  ] },

  // ---------------------------------------------------------------- analytics
  { name: 'beusable-page-report-ko', product: 'Beusable (뷰저블 리포트 > 페이지 분석 > 엑셀 다운로드; Korean UI, a fashion mall\'s pages per day and device)', family: 'analytics', language: 'ko', schema: E, cols: [
    ['날짜', (c, o) => kstDay(o.at), ['timestamp'], opt],
    ['디바이스', (c, o) => (buMobile(o) ? 'Mobile' : 'PC'), ['device.type'], opt],
    ['페이지 그룹', (c, o) => buPage(o)[0], ['web.webPageDetails.siteSection'], opt],
    ['페이지 URL', (c, o) => buPage(o)[1], ['web.webPageDetails.URL']],
    ['페이지 제목', (c, o) => buPage(o)[2], ['web.webPageDetails.name']],
    ['페이지뷰(PV)', (c, o) => String(buPv(o)), ['web.webPageDetails.pageViews.value'], opt],
    ['방문수', (c, o) => String(Math.round(buPv(o) * 0.8)), []],
    ['순방문자수(UV)', (c, o) => String(Math.round(buPv(o) * 0.62)), []],
    ['평균 체류시간(초)', (c, o) => String(20 + (+o.id % 160)), [], opt],
    ['이탈률(%)', (c, o) => (25 + (+o.id % 500) / 10).toFixed(1), []],
    ['종료율(%)', (c, o) => (15 + (+o.id % 400) / 10).toFixed(1), []],
    ['평균 스크롤 도달률(%)', (c, o) => (30 + (+o.id % 600) / 10).toFixed(1), []],
    ['클릭수', (c, o) => String(Math.round(buPv(o) * 1.7)), [], opt],
    ['무효클릭수', (c, o) => String(Math.round(buPv(o) * 0.2)), []],
    ['전환수', (c, o) => String(Math.round(buPv(o) * 0.015)), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (food delivery)
  { name: 'yogiyo-jumun-ko', product: 'Yogiyo (요기요 사장님사이트 > 주문내역 > 엑셀 다운로드; Korean UI, a Seoul chicken restaurant, one row per order)', family: 'ecommerce-orders', language: 'ko', schema: E, cols: [
    ['주문번호', (c, o) => `${kstDay(o.at).slice(2).replace(/-/g, '')}${pad(+o.id % 10000000, 7)}`, [OR('purchaseID')]],
    ['주문일시', (c, o) => kst(o.at), ['timestamp', OR('createdDate')]],
    ['주문유형', (c, o) => (ygTakeout(o) ? '포장' : '배달'), ['commerce.shipping.shippingMethod'], opt],
    ['배달방식', (c, o) => (ygTakeout(o) ? '' : +o.id % 2 ? '요기요배달' : '가게배달'), ['commerce.shipping.shippingMethod'], opt],
    ['주문상태', (c, o) => ygSt(o), [], opt],
    ['메뉴', (c, o) => `${ygMenu(o)[0]} x${o.qty > 2 ? 2 : 1}${+o.id % 2 ? ', 콜라 1.25L x1' : ''}`, [PL('name')], opt],
    ['주문금액', (c, o) => won(ygGoods(o)), [], opt],
    ['배달요금', (c, o) => won(ygTip(o)), ['commerce.shipping.shippingAmount']],
    ['할인금액', (c, o) => won(ygDisc(o)), [OR('discountAmount')]],
    ['결제금액', (c, o) => won(ygPaid(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['결제방법', (c, o) => pick(['신용카드', '신용카드', '토스페이', '네이버페이', '카카오페이', '현장결제'], +o.id), [OR('payments[0].paymentType')]],
    ['고객 연락처', (c, o, r) => `0504-${v.int(r, 1000, 9999)}-${v.int(r, 1000, 9999)}`, []],
    ['배달주소', (c, o) => (ygTakeout(o) ? '' : ygAddr(c)), [SHIP('street1')], opt],
    ['가게 요청사항', (c, o, r) => v.pick(r, ['', '맵게 해주세요', '치킨무 많이 주세요', '수저 포크 안 주셔도 돼요']), []],
    ['배달 요청사항', (c, o, r) => (ygTakeout(o) ? '' : v.pick(r, ['', '문 앞에 두고 벨 눌러주세요', '도착하면 전화주세요'])), []],
    ['중개수수료', (c, o) => won(ygGoods(o) * 0.097), []],
    ['결제수수료', (c, o) => won(ygPaid(o) * 0.03), []],
    ['정산예정금액', (c, o) => won(ygPaid(o) - ygGoods(o) * 0.097 - ygPaid(o) * 0.03), []],
  ] },
]
