// Round 34, heldout34: held-out sets added in round 29's brief, written apart from the suggester and any tuning, scored
// once at the end. Same format as sets.mjs (sources in ../README.md): header as the product exports it, one value
// generator per column in the product's formats, the accepted destinations ([] = nothing fits) and 'opt' for borderline
// columns.
import { E, P, B, v, OR, PL, SHIP, GEO, B2BID, opt } from './sets.mjs'
import { pad, shift } from './values.mjs'
import { translit, loc12 } from './values12.mjs'

const thou = (x, sep) => String(Math.round(x)).replace(/\B(?=(\d{3})+(?!\d))/g, sep)
const n = (x) => +x.id
const at = (xs, k) => xs[k % xs.length]
const ymdhms = (ms, h) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ymdhm = (ms, h) => ymdhms(ms, h).slice(0, 16)
const ymd = (ms, h, sep = '-') => ymdhms(ms, h).slice(0, 10).replace(/-/g, sep)
const dmy = (ms, h) => { const p = shift(ms, h); return `${pad(p.d)}.${pad(p.m)}.${p.y}` }
const dmyhm = (ms, h) => { const p = shift(ms, h); return `${dmy(ms, h)} ${pad(p.H)}:${pad(p.M)}` }
const dmyhms = (ms, h) => { const p = shift(ms, h); return `${dmyhm(ms, h)}:${pad(p.S)}` }
const DAY = 86400000

// ---------------------------------------------------------------- Korean people (buyers, recipients, staff)
const KR = ['김민준', '이서연', '박지훈', '최수빈', '정예린', '강도윤', '조하은', '윤성민', '장지아', '임태현', '한유진', '오승우']
const KR_ID = ['minjun', 'seoyeon', 'jihoon', 'subin', 'yerin', 'doyoon', 'haeun', 'sungmin', 'jia', 'taehyun', 'yujin', 'seungwoo']
const KR_ADDR = [['06236', '서울특별시 강남구 테헤란로 152', '12층 1203호'], ['03925', '서울특별시 마포구 월드컵북로 396', '205동 1102호'], ['48058', '부산광역시 해운대구 센텀중앙로 79', '101동 804호'], ['13529', '경기도 성남시 분당구 판교역로 235', 'A동 5층'], ['21984', '인천광역시 연수구 송도과학로 32', '1502호'], ['41911', '대구광역시 중구 동성로 12', ''], ['34126', '대전광역시 유성구 대학로 99', '302호']]
const krName = (c) => at(KR, n(c))
const krTel = (c) => `010-${1000 + (n(c) * 17) % 9000}-${pad((n(c) * 53) % 10000, 4)}`
const krw = (x) => thou(x, ',')
const kst = (ms) => ymdhms(ms, 9)
const GIFT = (o) => n(o) % 7 === 2
const rcpt = (c, o) => (GIFT(o) ? '김영희' : krName(c))
const rcptTel = (c, o) => (GIFT(o) ? '010-2233-4455' : krTel(c))
const rcptAddr = (c, o) => (GIFT(o) ? ['04524', '서울특별시 중구 세종대로 110', '3층'] : at(KR_ADDR, n(c)))
const MEMO = ['', '', '부재 시 문 앞에 놓아주세요', '경비실에 맡겨주세요', '배송 전 연락 바랍니다', '공동현관 비밀번호 #1234']
const COURIER = ['CJ대한통운', '롯데택배', '한진택배', 'CJ대한통운', '우체국택배']
const invoice = (o) => String(5600000000000 + ((n(o) * 7919) % 999999999)).slice(0, 12)

// Musinsa: a streetwear brand's orders (무신사 파트너센터 > 주문관리 > 주문조회 > 엑셀 다운로드; one row per order item).
const MS_P = [['3215487', 'MSBR-HD-0231', '오버사이즈 후드 집업 그레이', 'GREY / L', 69000], ['3215490', 'MSBR-TS-0112', '피그먼트 반팔 티셔츠 블랙', 'BLACK / M', 29000], ['3301877', 'MSBR-PT-0415', '와이드 데님 팬츠 인디고', 'INDIGO / 30', 59000], ['3301880', 'MSBR-CP-0077', '울 볼캡 네이비', 'NAVY / FREE', 35000], ['2987544', 'MSBR-JK-0903', '코듀로이 트러커 자켓 브라운', 'BROWN / XL', 129000]]
const MS_ST = ['구매확정', '구매확정', '배송완료', '배송중', '출고처리중', '결제완료', '취소완료', '반품완료']
const MS_GRADE = ['LV.1 뉴비', 'LV.3 루키', 'LV.4 멤버', 'LV.6 브론즈', 'LV.7 실버', 'LV.8 골드']
const msP = (o) => at(MS_P, n(o))
const msSt = (o) => at(MS_ST, n(o))
const msSent = (o) => ['구매확정', '배송완료', '배송중', '반품완료'].includes(msSt(o))
const msSub = (o) => msP(o)[4] * o.qty
const msCoupon = (o) => (n(o) % 3 === 0 ? Math.round(msSub(o) * 0.1 / 100) * 100 : 0)
const msPoint = (o) => (n(o) % 4 === 1 ? 2000 : 0)
const msPay = (o) => msSub(o) - msCoupon(o) - msPoint(o)

// 29CM: a design-goods brand's orders (29CM 파트너 어드민 > 주문관리 > 주문목록 > 엑셀 다운로드; one row per order item).
const CM_P = [['1984523', 'HM-MUG-350-IV', '스톤웨어 머그 350ml', '아이보리', 18000], ['1984530', 'HM-CDL-200', '우드윅 캔들 200g', '향: 화이트티', 32000], ['2011457', 'HM-BLK-QS', '워싱 코튼 이불 커버', '사이즈: Q / 색상: 세이지', 89000], ['2011460', 'HM-TRY-OAK', '오크 원목 트레이', '', 45000], ['1877342', 'HM-CSH-45', '부클 쿠션 커버 45x45', '크림', 26000]]
const CM_ST = ['구매확정', '배송완료', '배송완료', '배송중', '배송준비중', '결제완료', '취소완료']
const cmP = (o) => at(CM_P, n(o))
const cmSt = (o) => at(CM_ST, n(o))
const cmSent = (o) => ['구매확정', '배송완료', '배송중'].includes(cmSt(o))
const cmSub = (o) => cmP(o)[4] * o.qty
const cmDisc = (o) => (n(o) % 3 === 1 ? Math.round(cmSub(o) * 0.15 / 100) * 100 : 0)
const cmCoupon = (o) => (n(o) % 5 === 0 ? 3000 : 0)
const cmShip = (o) => (cmSub(o) >= 30000 ? 0 : 3000)
const cmPay = (o) => cmSub(o) - cmDisc(o) - cmCoupon(o) + cmShip(o)

// Baemin (배달의민족): a chicken shop's order history (배민셀프서비스 > 주문내역 > 엑셀 다운로드; one row per order,
// the menu summarised, the customer's number a 050 safe number, delivery address only to the dong).
const BM_MENU = [['후라이드치킨', 20000], ['양념치킨', 21000], ['반반치킨', 21000], ['간장마늘치킨', 22000], ['순살 후라이드', 22000]]
const BM_SIDE = ['', ' 외 1건', ' 외 2건', '']
const BM_TYPE = ['배달', '배달', '포장', '배민1 한집배달', '배민1 알뜰배달']
const BM_ST = ['배달완료', '배달완료', '배달완료', '포장완료', '주문취소']
const BM_DONG = ['서울특별시 마포구 서교동', '서울특별시 마포구 합정동', '서울특별시 마포구 망원동', '서울특별시 마포구 연남동', '서울특별시 서대문구 창천동']
const bmType = (o) => (at(BM_ST, n(o)) === '포장완료' ? '포장' : at(BM_TYPE, n(o)))
const bmSt = (o) => at(BM_ST, n(o))
const bmMenu = (o) => at(BM_MENU, n(o))
const bmAmt = (o) => bmMenu(o)[1] * (1 + (n(o) % 4 === 2 ? 1 : 0)) + (at(BM_SIDE, n(o)) ? 2500 * (BM_SIDE.indexOf(at(BM_SIDE, n(o)))) : 0)
const bmTip = (o) => (bmType(o) === '포장' ? 0 : [3000, 2000, 4000][n(o) % 3])
const bmShopDisc = (o) => (bmType(o) === '포장' ? 1000 : n(o) % 4 === 0 ? 2000 : 0)
const bmCoupon = (o) => (n(o) % 5 === 3 ? 3000 : 0)
const bmPay = (o) => bmAmt(o) + bmTip(o) - bmShopDisc(o) - bmCoupon(o)

// Zigzag (지그재그): a women's clothing shop's settlement detail (지그재그 파트너센터 > 정산관리 > 정산내역 > 상세 엑셀
// 다운로드; one row per confirmed item).
const ZZ_P = [['100234877', '린넨 셔츠 원피스', '베이지 / FREE', 39800], ['100234902', '하이웨스트 슬랙스', '블랙 / M', 32900], ['100241155', '크롭 가디건', '소라 / FREE', 27500], ['100198764', '니트 조끼', '아이보리 / FREE', 24900], ['100256013', '플리츠 롱스커트', '차콜 / S', 35800]]
const zzP = (o) => at(ZZ_P, n(o))
const zzSub = (o) => zzP(o)[3] * o.qty
const zzSellerDisc = (o) => (n(o) % 3 === 0 ? Math.round(zzSub(o) * 0.1 / 10) * 10 : 0)
const zzZzDisc = (o) => (n(o) % 4 === 1 ? 3000 : 0)
const zzFeeRate = (o) => (n(o) % 5 === 2 ? 8 : 12)
const zzFee = (o) => Math.round((zzSub(o) - zzSellerDisc(o)) * zzFeeRate(o) / 100)
const zzShip = (o) => (zzSub(o) >= 50000 ? 0 : 3000)
const zzNet = (o) => zzSub(o) - zzSellerDisc(o) - zzFee(o) + zzShip(o)
const ZZ_ST = ['지급완료', '지급완료', '지급완료', '정산확정', '정산예정']
const zzSt = (o) => at(ZZ_ST, n(o))

// Hackle: an online bookstore app's raw events (Hackle 대시보드 > 데이터 > 이벤트 로그 > CSV 다운로드; Korean UI, KST).
const HK_EV = [['view_home', ''], ['view_product', '{"book_id":"9791168340817","category":"소설"}'], ['add_to_cart', '{"book_id":"9788936434120","price":15120}'], ['purchase', '{"order_id":"Y24-88213","amount":31500}'], ['search', '{"keyword":"파친코"}'], ['$session_start', '']]
const HK_PLAT = [['Android', 'Android', '14', 'SM-S918N'], ['iOS', 'iOS', '17.4.1', 'iPhone15,2'], ['Web', 'Windows', '10', ''], ['Android', 'Android', '13', 'SM-A546S'], ['iOS', 'iOS', '16.7.5', 'iPhone13,2']]
const hkEv = (o) => at(HK_EV, n(o))
const hkPlat = (o) => at(HK_PLAT, n(o) >> 1)
const hkUser = (c) => (n(c) % 3 === 0 ? '' : `U${String(n(c) * 37).padStart(8, '0')}`)
const HK_EXP = ['', '', '12 (추천 도서 배너 위치)', '15 (장바구니 무료배송 안내)']
const hkExp = (c) => at(HK_EXP, n(c))

// Airbridge: a Korean fashion app's raw data export (Raw Data > App Event Data Export, CSV; English column names as
// Airbridge's raw data export writes them, app time zone Asia/Seoul).
const AB_EV = [['airbridge.ecommerce.order.completed', 'checkout', 'card'], ['airbridge.ecommerce.product.viewed', 'pdp', ''], ['airbridge.ecommerce.product.addedToCart', 'pdp', 'quick_add'], ['airbridge.user.signin', 'kakao', ''], ['airbridge.openApp', '', ''], ['airbridge.install', '', '']]
const AB_DEV = [['android', 'Android', '14', 'SM-S918N', 'samsung', 'SKTelecom'], ['ios', 'iOS', '17.4.1', 'iPhone15,2', 'Apple', 'KT'], ['android', 'Android', '13', 'SM-A546S', 'samsung', 'LG U+'], ['ios', 'iOS', '16.7.5', 'iPhone13,2', 'Apple', 'SKTelecom'], ['android', 'Android', '12', 'Pixel 6', 'Google', 'KT']]
const AB_CH = [['google.adwords', 'ac_install_kr_2024', 'uac_all', 'video_15s_a', ''], ['facebook.business', 'fw24_retarget', 'dpa_viewers_30d', 'carousel_fw_02', ''], ['naver.searchad', 'brand_search', 'pc_mo_brand', '', '무신사 대체'], ['unattributed', '', '', '', ''], ['kakao.moment', 'holiday_sale', 'bizboard_all', 'bizboard_b', '']]
const abEv = (o) => at(AB_EV, n(o))
const abDev = (o) => at(AB_DEV, n(o) >> 2)
const abCh = (o) => at(AB_CH, (n(o) >> 1) + 1)
const abOrder = (o) => abEv(o)[0].endsWith('order.completed')
const abVal = (o) => (abOrder(o) ? Math.round(o.total * 1450 / 100) * 100 : 0)

// flex: a Seoul SaaS company's members (flex > 구성원 > 구성원 목록 > 엑셀 다운로드; Korean UI, one row per employee).
const FX_ORG = [['제품본부 > 프론트엔드팀', '프론트엔드 개발', '선임', '팀원'], ['제품본부 > 백엔드팀', '백엔드 개발', '책임', '팀장'], ['사업본부 > 영업팀', 'B2B 영업', '매니저', '팀원'], ['경영지원본부 > 인사팀', 'HR', '선임', '팀원'], ['사업본부 > 마케팅팀', '퍼포먼스 마케팅', '수석', '팀장'], ['제품본부 > 디자인팀', '프로덕트 디자인', '매니저', '팀원']]
const FX_EN = { 김: 'Kim', 이: 'Lee', 박: 'Park', 최: 'Choi', 정: 'Jung', 강: 'Kang', 조: 'Cho', 윤: 'Yoon', 장: 'Jang', 임: 'Lim', 한: 'Han', 오: 'Oh' }
const FX_GIVEN = ['Minjun', 'Seoyeon', 'Jihoon', 'Subin', 'Yerin', 'Doyoon', 'Haeun', 'Sungmin', 'Jia', 'Taehyun', 'Yujin', 'Seungwoo']
const FX_FEMALE = [false, true, false, true, true, false, true, false, true, false, true, false]
const fxOrg = (c) => at(FX_ORG, n(c) >> 1)
const fxGiven = (c) => at(FX_GIVEN, n(c))
const fxMail = (c) => `${fxGiven(c).toLowerCase()}.${FX_EN[krName(c)[0]].toLowerCase()}@brightlane.kr`
const fxLeft = (c) => n(c) % 9 === 4
const fxEmp = (c) => (n(c) % 7 === 3 ? '계약직' : n(c) % 11 === 5 ? '인턴' : '정규직')
const fxHire = (c) => Date.UTC(2017, 0, 2) + (n(c) % 2500) * DAY
const fxBirth = (c) => Date.UTC(1978, 0, 1) + (n(c) * 37 % 8000) * DAY

// ---------------------------------------------------------------- Russian people, money and dates
const ru = (c) => loc12(c, 'ru')
const rub = (x) => x.toFixed(2).replace('.', ',')
const rubSp = (x) => `${thou(Math.floor(x), '\u00a0')},${x.toFixed(2).slice(-2)}`
const mskIso = (ms) => { const p = shift(ms, 3); return `${p.y}-${pad(p.m)}-${pad(p.d)}T${pad(p.H)}:${pad(p.M)}:${pad(p.S)}+03:00` }
const ruTel = (c) => ru(c).mobile.replace(/[^\d]/g, '')

// Lamoda: a Russian shoe brand's marketplace orders (Lamoda Seller > Заказы > Выгрузить в Excel; one row per item,
// FBO/FBS; the buyer stays anonymous to the seller, only the delivery city is given).
const LM_P = [['BRN-SN-240-W-38', 'RTLACR4567890', 'Кроссовки женские Urban Run', 'Белый', '38', 6490], ['BRN-BT-112-B-42', 'RTLACR4567912', 'Ботинки мужские утеплённые', 'Чёрный', '42', 9990], ['BRN-LF-031-K-39', 'RTLACR4568001', 'Лоферы женские кожаные', 'Коричневый', '39', 7490], ['BRN-SL-007-G-41', 'RTLACR4568044', 'Слипоны мужские текстильные', 'Серый', '41', 3290], ['BRN-SN-240-B-40', 'RTLACR4567891', 'Кроссовки женские Urban Run', 'Чёрный', '40', 6490]]
const LM_ST = ['Доставлен', 'Доставлен', 'Доставлен', 'Передан в доставку', 'Новый', 'Отменён', 'Возврат']
const lmP = (o) => at(LM_P, n(o))
const lmSt = (o) => at(LM_ST, n(o))
const lmDisc = (o) => (n(o) % 3 === 0 ? Math.round(lmP(o)[5] * 0.2) : 0)
const lmScheme = (o) => (n(o) % 4 === 1 ? 'FBS' : 'FBO')

// SberMegaMarket (Мегамаркет): an electronics shop's orders (Личный кабинет продавца > Заказы > Выгрузить, XLSX;
// one row per item; buyer name, phone and address present for DBS orders only).
const SM_P = [['SMM-HP-1002', '600012345678', 'Наушники беспроводные SoundPro X2 чёрные', 4990], ['SMM-PB-2001', '600012349981', 'Внешний аккумулятор 20000 мАч белый', 2790], ['SMM-KB-3307', '600013002214', 'Клавиатура механическая K87 RGB', 5590], ['SMM-CH-0450', '600011887760', 'Зарядное устройство 65W GaN', 2190]]
const SM_ST = ['Доставлен', 'Доставлен', 'Доставлен', 'Отгружен', 'Подтверждён', 'Новый', 'Отменён покупателем']
const smP = (o) => at(SM_P, n(o))
const smSt = (o) => at(SM_ST, n(o))
const smDbs = (o) => n(o) % 3 === 0
const smSent = (o) => ['Доставлен', 'Отгружен'].includes(smSt(o))
const smSub = (o) => smP(o)[3] * o.qty
const smDisc = (o) => (n(o) % 4 === 2 ? Math.round(smSub(o) * 0.07) : 0)
const smBonus = (o) => Math.round((smSub(o) - smDisc(o)) * 0.1)

// myTarget: lead-form leads of a Russian CRM vendor's demo campaign (myTarget > Лид-формы > Лиды > Выгрузить, CSV).
const MT_CO = [['ООО «СеверСтрой»', 'Генеральный директор', '11-50'], ['АО «Техноком»', 'Руководитель отдела продаж', '51-200'], ['ИП Власова', 'Индивидуальный предприниматель', '1-10'], ['ООО «Логистик Плюс»', 'Коммерческий директор', '51-200'], ['ООО «Медиа Групп»', 'Менеджер по продажам', '11-50'], ['', '', '']]
const mtCo = (c) => at(MT_CO, n(c))
const MT_DOM = ['severstroy.ru', 'technocom.ru', '', 'logplus.ru', 'mediagroup.ru', '']
const MT_AD = [['Демо CRM — поиск', 'Лид-форма: запрос демо'], ['CRM для отдела продаж — карусель', 'Лид-форма: запрос демо'], ['Вебинар: воронка продаж', 'Лид-форма: регистрация на вебинар']]
const mtAd = (c) => at(MT_AD, n(c) >> 1)

// VK Ads (VK Реклама): lead-form leads of a Kazan car dealer's test-drive campaign (VK Реклама > Лид-формы > Скачать
// лиды, CSV).
const VK_CAR = ['Haval Jolion', 'Haval F7', 'Chery Tiggo 7 Pro Max', 'Geely Monjaro', 'Haval Jolion']
const VK_TIME = ['Утро (9:00–12:00)', 'День (12:00–17:00)', 'Вечер (17:00–20:00)', 'Выходные']
const vkCity = (c) => (n(c) % 4 === 3 ? 'Набережные Челны' : 'Казань')

// Yandex Forms (Яндекс Формы): answers to an online shop's support form (Форма > Ответы > Скачать XLSX; the ID and
// time columns, then one column per question as the form names it).
const YF_TOPIC = ['Где мой заказ?', 'Возврат товара', 'Брак или повреждение', 'Оплата и чеки', 'Другое']
const YF_TEXT = { 'Где мой заказ?': 'Заказ должен был прийти три дня назад, трек не обновляется.', 'Возврат товара': 'Хочу вернуть товар, не подошёл размер. Как оформить возврат?', 'Брак или повреждение': 'Коробка пришла помятая, у чайника трещина на крышке.', 'Оплата и чеки': 'Деньги списались дважды, прошу вернуть лишнее списание.', 'Другое': 'Подскажите, когда будет поступление серого цвета?' }
const yfTopic = (c) => at(YF_TOPIC, n(c) >> 1)

export const SETS = [
  // ---------------------------------------------------------------- e-commerce orders (Korean)
  { name: 'musinsa-jumun-ko', product: 'Musinsa (무신사 파트너센터 > 주문관리 > 주문조회 > 엑셀 다운로드; Korean UI, a streetwear brand, one row per order item)', family: 'ecommerce-orders', language: 'ko', schema: E, cols: [
    ['주문번호', (c, o) => `${ymd(o.at, 9, '')}${String(10000000 + n(o) * 131).slice(-8)}`, [OR('purchaseID')]],
    ['주문상세번호', (c, o) => String(330000000 + n(o) * 3), ['_id'], opt],
    ['주문일시', (c, o) => kst(o.at), ['timestamp', OR('createdDate')]],
    ['결제일시', (c, o) => kst(o.at + 40000), [], opt],
    ['주문상태', (c, o) => msSt(o), [], opt],
    ['상품번호', (c, o) => msP(o)[0], [PL('SKU'), PL('_id')], opt],
    ['업체상품코드', (c, o) => msP(o)[1], [PL('SKU')]],
    ['브랜드', () => '페이퍼플레인', [], opt],
    ['상품명', (c, o) => msP(o)[2], [PL('name')]],
    ['옵션', (c, o) => msP(o)[3], [PL('selectedOptions[0].value')], opt],
    ['수량', (c, o) => String(o.qty), [PL('quantity')]],
    ['판매가', (c, o) => String(msP(o)[4]), [], opt],
    ['쿠폰할인', (c, o) => String(msCoupon(o)), [OR('discountAmount'), PL('discountAmount')], opt],
    ['적립금사용', (c, o) => String(msPoint(o)), [], opt],
    ['결제금액', (c, o) => String(msPay(o)), [PL('priceTotal'), OR('priceTotal'), OR('payments[0].paymentAmount')], opt],
    ['결제수단', (c, o) => ['무신사페이', '신용카드', '카카오페이', '네이버페이', '토스페이'][n(o) % 5], [OR('payments[0].paymentType')]],
    ['주문자명', (c) => krName(c), []],
    ['주문자ID', (c) => `${at(KR_ID, n(c))}${n(c) % 1000}`, [], opt],
    ['회원등급', (c) => at(MS_GRADE, n(c)), []],
    ['주문자연락처', (c) => krTel(c), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['수령자명', (c, o) => rcpt(c, o), []],
    ['수령자연락처', (c, o) => rcptTel(c, o), [], opt],
    ['우편번호', (c, o) => rcptAddr(c, o)[0], [SHIP('postalCode')]],
    ['배송지주소', (c, o) => `${rcptAddr(c, o)[1]}${rcptAddr(c, o)[2] ? ` ${rcptAddr(c, o)[2]}` : ''}`, [SHIP('street1')]],
    ['배송메시지', (c, o, r) => v.pick(r, MEMO), []],
    ['택배사', (c, o) => (msSent(o) ? at(COURIER, n(o)) : ''), ['commerce.shipping.shippingMethod'], opt],
    ['송장번호', (c, o) => (msSent(o) ? invoice(o) : ''), ['commerce.shipping.trackingNumber']],
    ['출고일', (c, o) => (msSent(o) ? ymd(o.at + DAY, 9) : ''), ['commerce.shipping.shipDate'], opt],
    ['구매확정일', (c, o) => (msSt(o) === '구매확정' ? ymd(o.at + 9 * DAY, 9) : ''), [], opt],
  ] },
  { name: '29cm-jumun-ko', product: '29CM (29CM 파트너 어드민 > 주문관리 > 주문목록 > 엑셀 다운로드; Korean UI, a homeware brand, one row per order item)', family: 'ecommerce-orders', language: 'ko', schema: E, cols: [
    ['주문번호', (c, o) => `ORD${ymd(o.at, 9, '')}${String(100000 + (n(o) * 37) % 900000)}`, [OR('purchaseID')]],
    ['주문상품번호', (c, o) => String(81000000 + n(o) * 7), ['_id'], opt],
    ['주문일시', (c, o) => kst(o.at).slice(0, 16), ['timestamp', OR('createdDate')]],
    ['결제완료일시', (c, o) => (cmSt(o) === '취소완료' && n(o) % 2 ? '' : kst(o.at + 60000).slice(0, 16)), [], opt],
    ['주문상태', (c, o) => cmSt(o), [], opt],
    ['브랜드명', () => '하우스먼트', [], opt],
    ['상품코드', (c, o) => cmP(o)[0], [PL('SKU'), PL('_id')], opt],
    ['자체상품코드', (c, o) => cmP(o)[1], [PL('SKU')]],
    ['상품명', (c, o) => cmP(o)[2], [PL('name')]],
    ['옵션명', (c, o) => cmP(o)[3], [PL('selectedOptions[0].value')], opt],
    ['주문수량', (c, o) => String(o.qty), [PL('quantity')]],
    ['판매가', (c, o) => krw(cmP(o)[4]), [], opt],
    ['상품할인금액', (c, o) => krw(cmDisc(o)), [PL('discountAmount'), OR('discountAmount')], opt],
    ['쿠폰할인금액', (c, o) => krw(cmCoupon(o)), [OR('discountAmount')], opt],
    ['배송비', (c, o) => krw(cmShip(o)), ['commerce.shipping.shippingAmount']],
    ['최종결제금액', (c, o) => krw(cmPay(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['구매자명', (c) => krName(c), []],
    ['구매자 휴대폰번호', (c) => krTel(c), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['수령인', (c, o) => rcpt(c, o), []],
    ['수령인 휴대폰번호', (c, o) => rcptTel(c, o), [], opt],
    ['우편번호', (c, o) => rcptAddr(c, o)[0], [SHIP('postalCode')]],
    ['주소', (c, o) => rcptAddr(c, o)[1], [SHIP('street1')]],
    ['상세주소', (c, o) => rcptAddr(c, o)[2], [SHIP('street2')]],
    ['배송요청사항', (c, o, r) => v.pick(r, MEMO), []],
    ['선물하기 여부', (c, o) => (GIFT(o) ? 'Y' : 'N'), []],
    ['배송업체', (c, o) => (cmSent(o) ? at(COURIER, n(o)) : ''), ['commerce.shipping.shippingMethod'], opt],
    ['운송장번호', (c, o) => (cmSent(o) ? invoice(o) : ''), ['commerce.shipping.trackingNumber']],
    ['발송처리일', (c, o) => (cmSent(o) ? kst(o.at + DAY).slice(0, 16) : ''), ['commerce.shipping.shipDate'], opt],
    ['배송완료일', (c, o) => (['구매확정', '배송완료'].includes(cmSt(o)) ? kst(o.at + 3 * DAY).slice(0, 16) : ''), [], opt],
  ] },
  { name: 'baemin-jumun-ko', product: 'Baemin / 배달의민족 (배민셀프서비스 > 주문내역 > 엑셀 다운로드; Korean UI, a chicken shop in Mapo, one row per order, menu summarised)', family: 'ecommerce-orders', language: 'ko', schema: E, cols: [
    ['주문번호', (c, o) => `B${String(1000000000 + n(o) * 4271).slice(0, 10)}${'ABCDEFGHJK'[n(o) % 10]}`, [OR('purchaseID')]],
    ['주문일시', (c, o) => kst(o.at), ['timestamp', OR('createdDate')]],
    ['주문유형', (c, o) => bmType(o), [OR('orderType'), 'commerce.shipping.shippingMethod'], opt],
    ['주문상태', (c, o) => bmSt(o), [], opt],
    ['가게명', () => '바삭치킨 합정점', [], opt],
    ['주문내역', (c, o) => `${bmMenu(o)[0]} ${1 + (n(o) % 4 === 2 ? 1 : 0)}개${at(BM_SIDE, n(o))}`, [PL('name')], opt],
    ['주문금액', (c, o) => krw(bmAmt(o)), [], opt],
    ['배달팁', (c, o) => krw(bmTip(o)), ['commerce.shipping.shippingAmount']],
    ['가게할인', (c, o) => krw(bmShopDisc(o)), [OR('discountAmount')], opt],
    ['배민쿠폰', (c, o) => krw(bmCoupon(o)), [], opt],
    ['결제금액', (c, o) => krw(bmPay(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['결제방법', (c, o) => (n(o) % 6 === 5 ? '만나서결제' : '바로결제'), [], opt],
    ['결제수단', (c, o) => (n(o) % 6 === 5 ? '만나서 카드결제' : ['배민페이', '신용카드', '카카오페이', '네이버페이', '토스페이'][n(o) % 5]), [OR('payments[0].paymentType')]],
    ['안심번호', (c) => `050-${7000 + (n(c) * 13) % 2999}-${pad((n(c) * 71) % 10000, 4)}`, [], opt],
    ['배달주소', (c, o) => (bmType(o) === '포장' ? '' : at(BM_DONG, n(c))), [SHIP('street1')], opt],
    ['요청사항', (c, o, r) => v.pick(r, ['', '', '수저포크 X', '문 앞에 두고 벨 눌러주세요', '소스 많이 주세요', '무 빼주세요']), []],
    ['배달완료시간', (c, o) => (bmSt(o) === '배달완료' ? kst(o.at + (28 + n(o) % 30) * 60000) : ''), [], opt],
    ['정산예정금액', (c, o) => krw(Math.round(bmAmt(o) * 0.932) - bmShopDisc(o)), []],
  ] },
  // ---------------------------------------------------------------- payments (settlement)
  { name: 'zigzag-jeongsan-ko', product: 'Zigzag / 지그재그 (파트너센터 > 정산관리 > 정산내역 > 상세 엑셀 다운로드; Korean UI, a women\'s clothing shop, one row per confirmed item)', family: 'payments', language: 'ko', schema: E, cols: [
    ['정산예정일', (c, o) => ymd(o.at + 20 * DAY, 9), [], opt],
    ['정산상태', (c, o) => zzSt(o), [], opt],
    ['주문번호', (c, o) => String(124000000000 + n(o) * 1187), [OR('purchaseID')]],
    ['상품주문번호', (c, o) => String(124000000000 + n(o) * 1187 + 1), ['_id'], opt],
    ['주문일시', (c, o) => kst(o.at), [OR('createdDate'), 'timestamp'], opt],
    ['구매확정일시', (c, o) => kst(o.at + 8 * DAY), ['timestamp'], opt],
    ['상품번호', (c, o) => zzP(o)[0], [PL('SKU'), PL('_id')]],
    ['상품명', (c, o) => zzP(o)[1], [PL('name')]],
    ['옵션', (c, o) => zzP(o)[2], [PL('selectedOptions[0].value')], opt],
    ['수량', (c, o) => String(o.qty), [PL('quantity')]],
    ['상품판매금액', (c, o) => String(zzSub(o)), [PL('priceTotal'), OR('priceTotal')], opt],
    ['스토어 부담 할인', (c, o) => String(zzSellerDisc(o)), [OR('discountAmount'), PL('discountAmount')], opt],
    ['지그재그 부담 할인', (c, o) => String(zzZzDisc(o)), [], opt],
    ['배송비', (c, o) => String(zzShip(o)), ['commerce.shipping.shippingAmount'], opt],
    ['수수료율(%)', (c, o) => String(zzFeeRate(o)), []],
    ['판매수수료', (c, o) => String(zzFee(o)), []],
    ['정산금액', (c, o) => String(zzNet(o)), []],
    ['지급일', (c, o) => (zzSt(o) === '지급완료' ? ymd(o.at + 20 * DAY, 9) : ''), [], opt],
    ['구매자명', (c) => `${krName(c)[0]}*${krName(c).slice(2)}`, []],
  ] },
  // ---------------------------------------------------------------- analytics events
  { name: 'hackle-events-ko', product: 'Hackle (대시보드 > 데이터 > 이벤트 로그 > CSV 다운로드; Korean UI, an online bookstore\'s app and web, KST)', family: 'analytics', language: 'ko', schema: E, cols: [
    ['이벤트 키', (c, o) => hkEv(o)[0], ['eventType'], opt],
    ['발생 시각', (c, o) => kst(o.at), ['timestamp']],
    ['사용자 ID', (c) => hkUser(c), ['identityMap{}[0].id'], opt],
    ['디바이스 ID', (c, o, r) => v.uuid(r), [], opt],
    ['세션 ID', (c, o) => `${o.at - (n(o) % 900) * 1000}.${n(c) % 1000}`, [], opt],
    ['플랫폼', (c, o) => hkPlat(o)[0], [], opt],
    ['OS', (c, o) => hkPlat(o)[1], ['environment.operatingSystem']],
    ['OS 버전', (c, o) => hkPlat(o)[2], ['environment.operatingSystemVersion']],
    ['앱 버전', (c, o) => (hkPlat(o)[0] === 'Web' ? '' : ['5.12.0', '5.12.1', '5.13.0'][n(o) % 3]), [], opt],
    ['기기 모델', (c, o) => hkPlat(o)[3], ['device.model']],
    ['국가', () => 'KR', [GEO('countryCode')], opt],
    ['언어', (c, o) => (n(o) % 9 === 0 ? 'en' : 'ko'), ['environment._dc.language'], opt],
    ['페이지 URL', (c, o) => (hkPlat(o)[0] === 'Web' ? ['https://www.bookmate.co.kr/', 'https://www.bookmate.co.kr/product/9791168340817', 'https://www.bookmate.co.kr/cart'][n(o) % 3] : ''), ['web.webPageDetails.URL']],
    ['이벤트 값', (c, o) => (hkEv(o)[0] === 'purchase' ? '31500' : ''), [], opt],
    ['속성', (c, o) => hkEv(o)[1], []],
    ['실험', (c) => hkExp(c), []],
    ['분배 그룹', (c) => (hkExp(c) ? 'AB'[n(c) % 2] : ''), []],
  ] },
  { name: 'airbridge-events', product: 'Airbridge (Raw Data > App Event Data Export, CSV; a Korean fashion app, English column names, Asia/Seoul)', family: 'analytics', language: 'en', schema: E, cols: [
    ['Event Datetime', (c, o) => kst(o.at), ['timestamp']],
    ['Event Timestamp', (c, o) => String(o.at + (n(o) % 1000)), ['timestamp'], opt],
    ['Event Category', (c, o) => abEv(o)[0], ['eventType'], opt],
    ['Event Action', (c, o) => abEv(o)[1], [], opt],
    ['Event Label', (c, o) => abEv(o)[2], [], opt],
    ['Event Value', (c, o) => (abOrder(o) ? String(abVal(o)) : ''), [OR('priceTotal')], opt],
    ['Airbridge Device ID', (c, o, r) => v.uuid(r), [], opt],
    ['GAID', (c, o, r) => (abDev(o)[0] === 'android' ? v.uuid(r) : ''), [], opt],
    ['IFA', (c, o, r) => (abDev(o)[0] === 'ios' && n(o) % 3 === 0 ? v.uuid(r).toUpperCase() : abDev(o)[0] === 'ios' ? '00000000-0000-0000-0000-000000000000' : ''), [], opt],
    ['User ID', (c) => (n(c) % 3 === 0 ? '' : `m${n(c) * 11}`), ['identityMap{}[0].id'], opt],
    ['User Email', (c, o, r) => (n(c) % 3 === 0 ? '' : v.hex(r, 64)), [], opt],
    ['Platform', (c, o) => abDev(o)[0], [], opt],
    ['OS Name', (c, o) => abDev(o)[1], ['environment.operatingSystem']],
    ['OS Version', (c, o) => abDev(o)[2], ['environment.operatingSystemVersion']],
    ['Device Model', (c, o) => abDev(o)[3], ['device.model']],
    ['Device Manufacturer', (c, o) => abDev(o)[4], ['device.manufacturer']],
    ['Carrier', (c, o) => abDev(o)[5], ['environment.carrier']],
    ['Language', (c, o) => (n(o) % 8 === 0 ? 'en-KR' : 'ko-KR'), ['environment._dc.language'], opt],
    ['Country', () => 'KR', [GEO('countryCode')]],
    ['Client IP', (c, o, r) => `${v.pick(r, ['211.36', '175.223', '223.38', '106.101'])}.${v.int(r, 0, 255)}.${v.int(r, 1, 254)}`, ['environment.ipV4']],
    ['App Version', (c, o) => ['3.41.0', '3.41.2', '3.42.0'][n(o) % 3], [], opt],
    ['Channel', (c, o) => abCh(o)[0], [], opt],
    ['Campaign', (c, o) => abCh(o)[1], ['marketing.campaignName', 'marketing.trackingCode'], opt],
    ['Ad Group', (c, o) => abCh(o)[2], [], opt],
    ['Ad Creative', (c, o) => abCh(o)[3], []],
    ['Term', (c, o) => abCh(o)[4], []],
    ['Is First Event per Device ID', (c, o) => (abEv(o)[0] === 'airbridge.install' || n(o) % 4 === 0 ? 'true' : 'false'), []],
    ['Transaction ID', (c, o) => (abOrder(o) ? `ORD-${ymd(o.at, 9, '')}-${n(o)}` : ''), [OR('purchaseID')]],
    ['Currency', (c, o) => (abOrder(o) ? 'KRW' : ''), [OR('currencyCode')], opt],
    ['Product List', (c, o) => (abOrder(o) ? JSON.stringify([{ productID: `P${n(o) % 9000 + 1000}`, name: '크롭 니트 가디건', price: abVal(o) / o.qty, quantity: o.qty, currency: 'KRW' }]) : ''), [], opt],
  ] },
  // ---------------------------------------------------------------- CRM / directory
  { name: 'flex-jikwon-ko', product: 'flex (구성원 > 구성원 목록 > 엑셀 다운로드; Korean UI, a Seoul SaaS company\'s employee directory, one row per member)', family: 'crm', language: 'ko', schema: B, cols: [
    ['사번', (c) => `BL${String(n(c) % 1000).padStart(4, '0')}`, B2BID, opt],
    ['이름', (c) => krName(c), ['person.name.fullName']],
    ['영문 이름', (c) => `${fxGiven(c)} ${FX_EN[krName(c)[0]]}`, ['person.name.fullName'], opt],
    ['회사 이메일', (c) => fxMail(c), ['workEmail.address']],
    ['개인 이메일', (c) => (n(c) % 4 === 1 ? '' : `${at(KR_ID, n(c))}${n(c) % 100}@${['naver.com', 'gmail.com', 'daum.net'][n(c) % 3]}`), ['personalEmail.address']],
    ['휴대전화번호', (c) => krTel(c), ['mobilePhone.number']],
    ['생년월일', (c) => ymd(fxBirth(c), 0), ['person.birthDate']],
    ['성별', (c) => (at(FX_FEMALE, n(c)) ? '여성' : '남성'), ['person.gender'], opt],
    ['재직상태', (c) => (fxLeft(c) ? '퇴직' : n(c) % 13 === 6 ? '휴직' : '재직'), ['b2b.personStatus'], opt],
    ['입사일', (c) => ymd(fxHire(c), 0), [], opt],
    ['퇴사일', (c) => (fxLeft(c) ? ymd(fxHire(c) + 500 * DAY, 0) : ''), [], opt],
    ['고용형태', (c) => fxEmp(c), [], opt],
    ['소속 조직', (c) => fxOrg(c)[0], ['extendedWorkDetails.departments[0]']],
    ['직무', (c) => fxOrg(c)[1], ['extendedWorkDetails.jobTitle'], opt],
    ['직위', (c) => fxOrg(c)[2], ['extendedWorkDetails.jobTitle'], opt],
    ['직책', (c) => fxOrg(c)[3], ['extendedWorkDetails.jobTitle'], opt],
    ['조직장', (c) => (fxOrg(c)[3] === '팀장' ? '' : at(KR, n(c) + 3)), [], opt],
    ['근무지', (c) => (n(c) % 5 === 4 ? '판교 오피스' : '강남 본사'), [], opt],
    ['회사 주소', (c) => (n(c) % 5 === 4 ? '경기도 성남시 분당구 판교역로 235' : '서울특별시 강남구 테헤란로 152'), ['workAddress.street1'], opt],
    ['자택 주소', (c) => `${at(KR_ADDR, n(c) + 1)[1]} ${at(KR_ADDR, n(c) + 1)[2]}`.trim(), ['homeAddress.street1']],
    ['국적', (c) => (n(c) % 17 === 8 ? '미국' : '대한민국'), ['person.nationality'], opt],
    ['비상연락처', (c) => `010-${2000 + (n(c) * 29) % 7000}-${pad((n(c) * 97) % 10000, 4)} (배우자)`, []],
    ['최종 수정일', (c) => kst(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },
  // ---------------------------------------------------------------- e-commerce orders (Russian)
  { name: 'lamoda-zakazy-ru', product: 'Lamoda (Lamoda Seller > Заказы > Выгрузить в Excel; Russian UI, a shoe brand on the marketplace, one row per item, buyer anonymous)', family: 'ecommerce-orders', language: 'ru', schema: E, cols: [
    ['Номер заказа', (c, o) => `RU${String(240000000 + n(o) * 37)}`, [OR('purchaseID')]],
    ['Номер позиции', (c, o) => String(5100000000 + n(o) * 11), ['_id'], opt],
    ['Дата заказа', (c, o) => dmyhm(o.at, 3), ['timestamp', OR('createdDate')]],
    ['Статус', (c, o) => lmSt(o), [], opt],
    ['Схема работы', (c, o) => lmScheme(o), []],
    ['Артикул продавца', (c, o) => lmP(o)[0], [PL('SKU')]],
    ['SKU Lamoda', (c, o) => lmP(o)[1], [PL('SKU'), PL('_id')], opt],
    ['Наименование', (c, o) => lmP(o)[2], [PL('name')]],
    ['Бренд', () => 'Bronte', [], opt],
    ['Цвет', (c, o) => lmP(o)[3], [PL('selectedOptions[0].value')], opt],
    ['Размер', (c, o) => lmP(o)[4], [PL('selectedOptions[0].value')], opt],
    ['Количество', () => '1', [PL('quantity')]],
    ['Цена, руб.', (c, o) => rub(lmP(o)[5]), [], opt],
    ['Скидка, руб.', (c, o) => rub(lmDisc(o)), [PL('discountAmount'), OR('discountAmount')], opt],
    ['Цена продажи, руб.', (c, o) => rub(lmP(o)[5] - lmDisc(o)), [PL('priceTotal'), OR('priceTotal')], opt],
    ['Вознаграждение Lamoda, руб.', (c, o) => rub(Math.round((lmP(o)[5] - lmDisc(o)) * 0.29)), []],
    ['Способ доставки', (c, o) => ['Курьер Lamoda', 'Пункт выдачи Lamoda', 'Курьер Lamoda', 'Почта России'][n(o) % 4], ['commerce.shipping.shippingMethod'], opt],
    ['Регион доставки', (c) => ru(c).region, [SHIP('stateProvince'), SHIP('state'), SHIP('region')], opt],
    ['Город доставки', (c) => ru(c).city, [SHIP('city')]],
    ['Дата отгрузки', (c, o) => (['Доставлен', 'Передан в доставку', 'Возврат'].includes(lmSt(o)) ? dmy(o.at + 2 * DAY, 3) : ''), ['commerce.shipping.shipDate'], opt],
    ['Дата доставки', (c, o) => (['Доставлен', 'Возврат'].includes(lmSt(o)) ? dmy(o.at + 5 * DAY, 3) : ''), [], opt],
    ['Причина возврата', (c, o) => (lmSt(o) === 'Возврат' ? 'Не подошёл размер' : ''), [PL('returnItem.returnReason')], opt],
  ] },
  { name: 'sbermegamarket-zakazy-ru', product: 'SberMegaMarket / Мегамаркет (Личный кабинет продавца > Заказы > Выгрузить, XLSX; Russian UI, an electronics shop, one row per item, buyer details on DBS orders only)', family: 'ecommerce-orders', language: 'ru', schema: E, cols: [
    ['Номер заказа', (c, o) => String(9000000000 + n(o) * 4099).slice(0, 10), [OR('purchaseID')]],
    ['Номер отправления', (c, o) => `${String(9000000000 + n(o) * 4099).slice(0, 10)}-${1 + (n(o) % 2)}`, [], opt],
    ['Дата создания', (c, o) => dmyhms(o.at, 3), ['timestamp', OR('createdDate')]],
    ['Статус', (c, o) => smSt(o), [], opt],
    ['Схема', (c, o) => (smDbs(o) ? 'DBS' : 'FBS'), []],
    ['Код товара Мегамаркет', (c, o) => smP(o)[1], [PL('SKU'), PL('_id')], opt],
    ['Артикул продавца (offer_id)', (c, o) => smP(o)[0], [PL('SKU')]],
    ['Наименование товара', (c, o) => smP(o)[2], [PL('name')]],
    ['Количество', (c, o) => String(o.qty), [PL('quantity')]],
    ['Цена, ₽', (c, o) => rubSp(smP(o)[3]), [], opt],
    ['Скидка продавца, ₽', (c, o) => rubSp(smDisc(o)), [OR('discountAmount'), PL('discountAmount')], opt],
    ['Сумма, ₽', (c, o) => rubSp(smSub(o) - smDisc(o)), [PL('priceTotal'), OR('priceTotal'), OR('payments[0].paymentAmount')], opt],
    ['Начислено бонусов СберСпасибо', (c, o) => String(smBonus(o)), []],
    ['Способ доставки', (c, o) => (smDbs(o) ? 'Доставка силами продавца' : ['Курьер Мегамаркет', 'Пункт выдачи', 'Постамат'][n(o) % 3]), ['commerce.shipping.shippingMethod'], opt],
    ['ФИО покупателя', (c, o) => (smDbs(o) ? ru(c).full : ''), []],
    ['Телефон покупателя', (c, o) => (smDbs(o) ? ruTel(c) : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Город', (c) => ru(c).city, [SHIP('city')]],
    ['Адрес доставки', (c, o) => (smDbs(o) ? `${ru(c).zip}, ${ru(c).city}, ${ru(c).street}` : ''), [SHIP('street1')], opt],
    ['Дата отгрузки', (c, o) => (smSent(o) ? dmy(o.at + DAY, 3) : ''), ['commerce.shipping.shipDate'], opt],
    ['Трек-номер', (c, o, r) => (smSent(o) && !smDbs(o) ? `MM${v.int(r, 100000000, 999999999)}` : ''), ['commerce.shipping.trackingNumber']],
    ['Комментарий', (c, o, r) => (smDbs(o) ? v.pick(r, ['', 'Позвонить за час', 'Домофон не работает, звонить на телефон']) : ''), []],
  ] },
  // ---------------------------------------------------------------- lead ads
  { name: 'mytarget-lidy-ru', product: 'myTarget (Лид-формы > Лиды > Выгрузить, CSV; Russian UI, a CRM vendor\'s demo-request and webinar forms with extra questions Компания, Должность, Сотрудников)', family: 'b2b', language: 'ru', schema: B, cols: [
    ['ID лида', (c) => String(7700000 + n(c) * 3), B2BID, opt],
    ['Дата', (c) => dmyhm(c.created, 3), ['extSourceSystemAudit.createdDate'], opt],
    ['Лид-форма', (c) => mtAd(c)[1], [], opt],
    ['Кампания', (c) => mtAd(c)[0], [], opt],
    ['ID кампании', (c) => String(41000000 + (n(c) >> 1) % 3 * 17), []],
    ['ID объявления', (c) => String(93000000 + n(c) % 7 * 131), []],
    ['Имя', (c) => ru(c).first, ['person.name.firstName']],
    ['Фамилия', (c) => ru(c).last, ['person.name.lastName']],
    ['Телефон', (c) => `+${ruTel(c)}`, ['mobilePhone.number', 'workPhone.number']],
    ['Email', (c) => (at(MT_DOM, n(c)) && n(c) % 2 ? `${translit(ru(c).first)}.${translit(ru(c).last)}@${at(MT_DOM, n(c))}` : ru(c).email), ['workEmail.address', 'personalEmail.address']],
    ['Город', (c) => ru(c).city, [], opt],
    ['Компания', (c) => mtCo(c)[0], ['b2b.companyName', 'organizations[0]']],
    ['Должность', (c) => mtCo(c)[1], ['extendedWorkDetails.jobTitle']],
    ['Количество сотрудников', (c) => mtCo(c)[2], []],
    ['Площадка', (c) => ['ВКонтакте', 'Одноклассники', 'Рекламная сеть', 'ВКонтакте'][n(c) % 4], ['b2b.personSource'], opt],
    ['Согласие на обработку персональных данных', () => 'Да', [], opt],
  ] },
  { name: 'vk-ads-lidy-ru', product: 'VK Ads / VK Реклама (Лид-формы > Скачать лиды, CSV; Russian UI, a Kazan car dealer\'s test-drive form)', family: 'marketing', language: 'ru', schema: P, cols: [
    ['Дата и время', (c) => dmyhms(c.created, 3), [], opt],
    ['ID лида', (c, o, r) => v.hex(r, 24), ['_id'], opt],
    ['ID пользователя VK', (c) => (n(c) % 4 === 0 ? '' : String(10000000 + n(c) * 733)), [], opt],
    ['Название лид-формы', () => 'Тест-драйв: запись', [], opt],
    ['Кампания', (c) => ['Тест-драйв Haval — Казань', 'Весенние цены — кроссоверы', 'Trade-in выгода'][n(c) % 3], [], opt],
    ['Объявление', (c) => ['Видео 15с Jolion', 'Карусель модельный ряд', 'Баннер trade-in'][n(c) % 3], []],
    ['Имя', (c) => ru(c).first, ['person.name.firstName', 'person.name.fullName']],
    ['Телефон', (c) => ru(c).mobile, ['mobilePhone.number']],
    ['Email', (c) => (n(c) % 3 === 2 ? '' : ru(c).email), ['personalEmail.address']],
    ['Город', (c) => vkCity(c), [...['homeAddress', 'mailingAddress'].map((a) => `${a}.city`)], opt],
    ['Модель автомобиля', (c) => at(VK_CAR, n(c)), []],
    ['Удобное время для звонка', (c) => at(VK_TIME, n(c) >> 2), []],
    ['Есть автомобиль в trade-in', (c) => (n(c) % 3 === 0 ? 'Да' : 'Нет'), []],
    ['Согласие на обработку персональных данных', () => 'Да', [], opt],
    ['Согласие на получение рекламы', (c) => (n(c) % 2 ? 'Да' : 'Нет'), [], opt],
  ] },
  // ---------------------------------------------------------------- support desk
  { name: 'yandex-forms-otvety-ru', product: 'Yandex Forms / Яндекс Формы (Ответы > Скачать XLSX; Russian UI, an online homeware shop\'s support form: ID and time columns, then the questions)', family: 'support', language: 'ru', schema: P, cols: [
    ['ID', (c) => String(1290000000 + n(c) * 31), ['_id'], opt],
    ['Время создания', (c) => dmyhms(c.updated, 3), [], opt],
    ['Ваше имя', (c) => (n(c) % 3 === 1 ? `${ru(c).first} ${ru(c).last}` : ru(c).first), ['person.name.fullName', 'person.name.firstName']],
    ['Электронная почта', (c) => ru(c).email, ['personalEmail.address']],
    ['Телефон', (c) => (n(c) % 4 === 2 ? '' : ru(c).mobile), ['mobilePhone.number', 'homePhone.number']],
    ['Номер заказа', (c) => (yfTopic(c) === 'Другое' ? '' : `ZK-${100000 + (n(c) * 7) % 90000}`), []],
    ['Тема обращения', (c) => yfTopic(c), []],
    ['Опишите ваш вопрос', (c) => YF_TEXT[yfTopic(c)], []],
    ['Город', (c) => ru(c).city, [...['homeAddress', 'mailingAddress'].map((a) => `${a}.city`)], opt],
    ['Приложите фото (если есть)', (c) => (yfTopic(c) === 'Брак или повреждение' ? `https://forms.yandex.ru/u/files?path=%2F${1290000000 + n(c) * 31}%2Fphoto.jpg` : ''), []],
    ['Дата заказа', (c) => (yfTopic(c) === 'Другое' ? '' : dmy(c.updated - (3 + n(c) % 20) * DAY, 3)), []],
    ['Способ доставки', (c) => (yfTopic(c) === 'Другое' ? '' : ['Курьер', 'Пункт выдачи СДЭК', 'Почта России', 'Самовывоз'][n(c) % 4]), []],
    ['Оцените, насколько вам было удобно оформить обращение', (c) => String(3 + (n(c) % 3)), []],
    ['Как с вами лучше связаться?', (c) => ['По электронной почте', 'По телефону', 'В Telegram'][n(c) % 3], []],
    ['Я согласен на обработку персональных данных', () => 'Да', [], opt],
  ] },
]
