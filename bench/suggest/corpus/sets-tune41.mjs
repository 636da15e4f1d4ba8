// Round 41, tune41: tune sets written blind for round 41 (tuned on). Same format as sets.mjs (sources in ../README.md).
// Korean, Japanese and Vietnamese exports: people and places from values12.mjs (ja, ko) and local helpers (vi).
import { P, E, B, v, f, HOME, WORK, ID, B2BID, OR, SHIP, BILL, PL, at, opt } from './sets.mjs'
import { pad, parts, row, shift } from './values.mjs'
import { loc12 } from './values12.mjs'

// "2024/03/05 14:22:31" (Japanese admin screens, JST), "2024-03-05 14:22:31" (KST / JST), "05/03/2024 14:22" (Vietnam, UTC+7)
const jst = (ms) => { const p = shift(ms, 9); return `${p.y}/${pad(p.m)}/${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const jstDash = (ms) => { const p = shift(ms, 9); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const jstDay = (ms) => { const p = shift(ms, 9); return `${p.y}/${pad(p.m)}/${pad(p.d)}` }
const kst = (ms) => { const p = shift(ms, 9); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const kstDot = (ms) => { const p = shift(ms, 9); return `${p.y}.${pad(p.m)}.${pad(p.d)} ${pad(p.H)}:${pad(p.M)}` }
const ict = (ms) => { const p = shift(ms, 7); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const ictDay = (ms) => { const p = parts(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
// won with thousands commas (KCP's merchant admin Excel)
const comma = (n) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')

const ja = (c) => loc12(c, 'ja')
const ko = (c) => loc12(c, 'ko')
const jaMail = (c) => `${ja(c).lastKana === 'サトウ' ? 'sato' : 'user'}${c.id.slice(0, 4)}@${v.pick(() => (+c.id % 97) / 97, ['gmail.com', 'yahoo.co.jp', 'docomo.ne.jp', 'icloud.com'])}`
// an update or last-activity instant never before the record's creation
const later = (c) => Math.max(c.created, c.updated)
const jaTel = (c) => ja(c).tel.join('-')
const jaMob = (c) => ja(c).mobile.join('-')
const JA_CO = ['株式会社サンプル商事', '山田工業株式会社', '株式会社ネクストデザイン', '東洋システム株式会社', '合同会社みらいラボ', '株式会社グリーンフーズ']
const JA_CO_KANA = ['カブシキガイシャサンプルショウジ', 'ヤマダコウギョウカブシキガイシャ', 'カブシキガイシャネクストデザイン', 'トウヨウシステムカブシキガイシャ', 'ゴウドウガイシャミライラボ', 'カブシキガイシャグリーンフーズ']
const JA_ITEMS = [['tea-001', '抹茶ラテ 10本入', '1480'], ['mug-002', '有田焼 マグカップ', '3300'], ['towel-03', '今治タオル フェイスタオル', '1650'], ['soap-04', '無添加せっけん 3個セット', '990']]
const KO_CO = ['(주)한빛소프트', '주식회사 그린랩스', '(주)다온커머스', '주식회사 블루오션', '(주)새봄디자인', '주식회사 해솔테크']
const KO_ITEMS = [['핸드메이드 머그컵', 18000], ['유기농 녹차 티백 50입', 12900], ['린넨 에코백', 24000], ['천연 수제비누 3종', 15000]]

// Vietnamese people and places (the shared generators lack them)
const VI = {
  last: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Đặng', 'Bùi'],
  mid: [['Văn', 'Thị'], ['Minh', 'Ngọc'], ['Đức', 'Thu'], ['Quốc', 'Thanh']],
  first: [['Hùng', 'Lan'], ['Tuấn', 'Hương'], ['Dũng', 'Mai'], ['Nam', 'Trang'], ['Long', 'Linh'], ['Phong', 'Hà']],
  // [street, ward, district, province]
  places: [['12 Nguyễn Huệ', 'Phường Bến Nghé', 'Quận 1', 'Hồ Chí Minh'], ['45 Lê Lợi', 'Phường Bến Thành', 'Quận 1', 'Hồ Chí Minh'], ['88 Cầu Giấy', 'Phường Quan Hoa', 'Quận Cầu Giấy', 'Hà Nội'], ['23 Trần Phú', 'Phường Hải Châu 1', 'Quận Hải Châu', 'Đà Nẵng'], ['156 Kim Mã', 'Phường Kim Mã', 'Quận Ba Đình', 'Hà Nội'], ['7 Võ Văn Tần', 'Phường 6', 'Quận 3', 'Hồ Chí Minh']],
  items: [['SP000123', 'Áo thun cotton nam', 199000], ['SP000245', 'Cà phê rang xay 500g', 145000], ['SP000318', 'Nón lá truyền thống', 85000], ['SP000402', 'Túi xách da nữ', 459000]],
}
const strip = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/[^a-z]/g, '')
const vmemo = new Map()
const vi = (c) => {
  if (vmemo.has(c.id + c.first)) return vmemo.get(c.id + c.first)
  const r = v.rng(+c.id * 173 + c.first.length)
  const female = r() < 0.5
  const last = v.pick(r, VI.last), mid = v.pick(r, VI.mid)[female ? 1 : 0], first = v.pick(r, VI.first)[female ? 1 : 0]
  const [street, ward, district, province] = v.pick(r, VI.places)
  const p = { last, mid, first, female, full: `${last} ${mid} ${first}`, street, ward, district, province,
    mobile: `0${v.pick(r, ['90', '91', '93', '97', '98', '86', '70'])}${v.int(r, 1000000, 9999999)}`,
    email: `${strip(first)}${strip(last)}${v.int(r, 80, 99)}@gmail.com` }
  vmemo.set(c.id + c.first, p)
  return p
}

export const SETS = [
  // ---------------------------------------------------------------- e-commerce orders (カラーミーショップ, 受注管理 > 受注データダウンロード)
  { name: 'colorme-juchu-ja', product: 'カラーミーショップ / Color Me Shop (受注管理 > 受注データのCSVダウンロード, one row per order line)', family: 'ecommerce-orders', language: 'ja', schema: E, cols: [
    ['売上ID', (c, o) => String(180000000 + +o.id * 7), [OR('purchaseID'), '_id']],
    ['受注日', (c, o) => jst(o.at), ['timestamp', OR('createdDate')]],
    ['購入者 名前', (c) => ja(c).full, []],
    ['購入者 フリガナ', (c) => `${ja(c).lastKana} ${ja(c).firstKana}`, []],
    ['購入者 郵便番号', (c) => ja(c).zip, [BILL('postalCode')], opt],
    ['購入者 都道府県', (c) => ja(c).pref, [BILL('stateProvince'), BILL('state')], opt],
    ['購入者 住所', (c) => `${ja(c).city}${ja(c).town}`, [BILL('street1')], opt],
    ['購入者 電話番号', (c) => jaTel(c), [], opt],
    ['購入者 メールアドレス', (c) => jaMail(c), ['endUserIDs._experience.emailid.id'], opt],
    ['会員ID', (c) => `PA${c.id}`, ['endUserIDs._experience.aacustomid.id'], opt],
    ['お届け先 名前', (c) => ja(c).full, []],
    ['お届け先 郵便番号', (c) => ja(c).zip, [SHIP('postalCode')]],
    ['お届け先 都道府県', (c) => ja(c).pref, [SHIP('stateProvince'), SHIP('state')]],
    ['お届け先 住所', (c) => `${ja(c).city}${ja(c).town}`, [SHIP('street1')]],
    ['お届け先 電話番号', (c) => jaTel(c), [], opt],
    ['配送方法', (c, o, r) => v.pick(r, ['ヤマト運輸 宅急便', '日本郵便 ゆうパック', 'クリックポスト']), ['commerce.shipping.shippingMethod'], opt],
    ['配送希望日', (c, o) => jstDay(o.at + 4 * 86400000), []],
    ['配送時間帯', (c, o, r) => v.pick(r, ['指定なし', '午前中', '14時〜16時', '19時〜21時']), []],
    ['商品ID', (c, o, r, i) => `${row(JA_ITEMS, i)[0]}`, [PL('SKU'), PL('_id')], opt],
    ['商品名', (c, o, r, i) => row(JA_ITEMS, i)[1], [PL('name')]],
    ['型番', (c, o, r, i) => `${row(JA_ITEMS, i)[0].toUpperCase()}-A`, [PL('SKU')], opt],
    ['販売価格', (c, o, r, i) => row(JA_ITEMS, i)[2], [], opt],
    ['販売個数', (c, o) => String(o.qty), [PL('quantity')]],
    ['送料', (c, o) => (o.shipping ? '880' : '0'), ['commerce.shipping.shippingAmount']],
    ['決済手数料', (c, o, r) => v.pick(r, ['0', '0', '330']), []],
    ['ポイント利用額', (c, o, r) => v.pick(r, ['0', '0', '100', '500']), [], opt],
    ['クーポン利用額', (c, o) => (o.discount ? '500' : '0'), [OR('discountAmount')], opt],
    ['合計金額', (c, o, r, i) => String(+row(JA_ITEMS, i)[2] * o.qty + (o.shipping ? 880 : 0) - (o.discount ? 500 : 0)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['決済方法', (c, o, r) => v.pick(r, ['クレジットカード', 'Amazon Pay', '代金引換', 'コンビニ決済', '銀行振込']), [OR('payments[0].paymentType')]],
    ['入金状態', (c, o, r) => v.pick(r, ['入金済み', '入金済み', '未入金']), [], opt],
    ['発送状態', (c, o, r) => v.pick(r, ['発送済み', '未発送']), [], opt],
    ['伝票番号', (c, o, r) => String(v.int(r, 100000000000, 999999999999)), ['commerce.shipping.trackingNumber']],
    ['備考', (c, o, r) => v.pick(r, ['', '', 'ギフト包装希望', 'のし:御祝']), []],
  ] },

  // ---------------------------------------------------------------- payments (Bootpay, 결제내역 > 엑셀 다운로드)
  { name: 'bootpay-gyeolje-ko', product: 'Bootpay (부트페이 관리자 > 결제내역 > 엑셀 다운로드)', family: 'payments', language: 'ko', schema: E, cols: [
    ['영수증 ID', (c, o, r) => v.hex(r, 24), [OR('payments[0].transactionID'), '_id']],
    ['주문번호', (c, o) => `ORD${f.compact(o.at)}${pad(+o.id % 100000, 5)}`, [OR('purchaseID'), '_id']],
    ['상품명', (c, o, r, i) => row(KO_ITEMS, i)[0], [PL('name')], opt],
    ['결제금액', (c, o, r, i) => String(row(KO_ITEMS, i)[1] * o.qty), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['면세금액', () => '0', []],
    ['취소금액', (c, o, r, i) => (r() < 0.15 ? String(row(KO_ITEMS, i)[1]) : '0'), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['결제수단', (c, o, r) => v.pick(r, ['카드', '카드', '가상계좌', '카카오페이', '네이버페이', '휴대폰']), [OR('payments[0].paymentType')]],
    ['PG사', (c, o, r) => v.pick(r, ['KCP', '이니시스', '나이스페이', '토스페이먼츠']), []],
    ['결제상태', (c, o, r) => v.pick(r, ['결제완료', '결제완료', '결제취소', '가상계좌 발급']), [], opt],
    ['구매자명', (c) => ko(c).full, []],
    ['구매자 전화번호', (c) => ko(c).mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['구매자 이메일', (c) => ko(c).email, ['endUserIDs._experience.emailid.id'], opt],
    ['사용자 ID', (c) => ko(c).memberId, ['endUserIDs._experience.aacustomid.id'], opt],
    ['카드사', (c, o, r) => v.pick(r, ['신한카드', 'KB국민카드', '삼성카드', '현대카드', '']), []],
    ['카드번호', (c, o, r) => (r() < 0.6 ? `${v.int(r, 4000, 5999)}-${v.int(r, 10, 99)}**-****-${v.int(r, 1000, 9999)}` : ''), []],
    ['할부개월', (c, o, r) => v.pick(r, ['0', '0', '3', '6']), []],
    ['승인번호', (c, o, r) => String(v.int(r, 10000000, 99999999)), []],
    ['PG 거래번호', (c, o, r) => `T${v.alnum(r, 19)}`, [OR('payments[0].transactionID')], opt],
    ['결제요청일시', (c, o) => kst(o.at - 60000), ['timestamp', OR('createdDate')], opt],
    ['결제승인일시', (c, o) => kst(o.at), ['timestamp', OR('createdDate')]],
    ['취소일시', (c, o, r) => (r() < 0.15 ? kst(o.at + 86400000) : ''), [OR('cancelDate')], opt],
    ['통화', () => 'KRW', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['기기', (c, o, r) => v.pick(r, ['PC', 'MOBILE', 'APP']), ['device.type'], opt],
  ] },

  // ---------------------------------------------------------------- payments (NHN KCP, 상점관리자 > 거래내역 조회 > 엑셀)
  { name: 'kcp-georae-ko', product: 'NHN KCP (상점관리자 > 거래내역 조회 > 엑셀 다운로드)', family: 'payments', language: 'ko', schema: E, cols: [
    ['No', (c, o, r, i) => String(i + 1), []],
    ['거래일시', (c, o) => kst(o.at), ['timestamp', OR('createdDate')]],
    ['거래번호', (c, o, r) => `${f.compact(o.at).slice(2)}${v.int(r, 100000000, 999999999)}`, [OR('payments[0].transactionID'), '_id']],
    ['주문번호', (c, o) => `${f.compact(o.at)}-${pad(+o.id % 100000, 5)}`, [OR('purchaseID'), '_id']],
    ['결제수단', (c, o, r) => v.pick(r, ['신용카드', '신용카드', '계좌이체', '가상계좌', '휴대폰']), [OR('payments[0].paymentType')]],
    ['거래상태', (c, o, r) => v.pick(r, ['승인', '승인', '취소', '부분취소']), [], opt],
    ['상품명', (c, o, r, i) => row(KO_ITEMS, i)[0], [PL('name')], opt],
    ['거래금액', (c, o, r, i) => comma(row(KO_ITEMS, i)[1] * o.qty), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['취소금액', (c, o, r) => (r() < 0.15 ? comma(12900) : '0'), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['과세금액', (c, o, r, i) => comma(Math.round(row(KO_ITEMS, i)[1] * o.qty / 1.1)), [], opt],
    ['부가세', (c, o, r, i) => comma(row(KO_ITEMS, i)[1] * o.qty - Math.round(row(KO_ITEMS, i)[1] * o.qty / 1.1)), [OR('taxAmount')]],
    ['주문자명', (c) => ko(c).full, []],
    ['주문자 연락처', (c) => ko(c).mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['주문자 이메일', (c) => ko(c).email, ['endUserIDs._experience.emailid.id'], opt],
    ['발급사', (c, o, r) => v.pick(r, ['BC카드', '신한카드', '롯데카드', '하나카드', '']), []],
    ['매입사', (c, o, r) => v.pick(r, ['BC카드', '신한카드', '롯데카드', '하나카드']), []],
    ['카드번호', (c, o, r) => `${v.int(r, 4000, 5999)}${v.int(r, 10, 99)}******${v.int(r, 1000, 9999)}`, []],
    ['할부', (c, o, r) => v.pick(r, ['일시불', '일시불', '03개월']), []],
    ['승인번호', (c, o, r) => pad(v.int(r, 0, 99999999), 8), []],
    ['에스크로', (c, o, r) => v.pick(r, ['N', 'N', 'Y']), []],
    ['취소일시', (c, o, r) => (r() < 0.15 ? kst(o.at + 3600000) : ''), [OR('cancelDate')], opt],
    ['입금예정일', (c, o) => f.ymd(o.at + 3 * 86400000), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Sixshop, 주문 관리 > 엑셀 다운로드, one row per order item)
  { name: 'sixshop-jumun-ko', product: '식스샵 / Sixshop (주문 관리 > 주문 목록 > 엑셀 다운로드)', family: 'ecommerce-orders', language: 'ko', schema: E, cols: [
    ['주문번호', (c, o) => `${f.compact(o.at).slice(2)}${pad(+o.id % 1000000, 6)}`, [OR('purchaseID'), '_id']],
    ['주문일시', (c, o) => kstDot(o.at), ['timestamp', OR('createdDate')]],
    ['주문상태', (c, o, r) => v.pick(r, ['배송완료', '배송중', '결제완료', '구매확정', '취소완료']), [], opt],
    ['주문자 이름', (c) => ko(c).full, []],
    ['주문자 이메일', (c) => ko(c).email, ['endUserIDs._experience.emailid.id'], opt],
    ['주문자 연락처', (c) => ko(c).mobile, [], opt],
    ['회원 여부', (c, o, r) => v.pick(r, ['회원', '회원', '비회원']), []],
    ['받는 사람', (c) => ko(c).full, []],
    ['받는 사람 연락처', (c) => ko(c).mobile, [], opt],
    ['우편번호', (c) => ko(c).zip, [SHIP('postalCode')]],
    ['주소', (c) => ko(c).address, [SHIP('street1')]],
    ['상세주소', (c, o, r) => (r() < 0.5 ? `${v.int(r, 1, 20)}층` : ''), [SHIP('street2')]],
    ['배송 메시지', (c, o, r) => v.pick(r, ['', '문 앞에 놓아주세요', '부재 시 경비실에 맡겨주세요']), []],
    ['상품명', (c, o, r, i) => row(KO_ITEMS, i)[0], [PL('name')]],
    ['옵션', (c, o, r) => v.pick(r, ['', '색상: 화이트', '색상: 네이비 / 사이즈: M']), [PL('selectedOptions[0].value')], opt],
    ['수량', (c, o) => String(o.qty), [PL('quantity')]],
    ['상품 금액', (c, o, r, i) => String(row(KO_ITEMS, i)[1]), [], opt],
    ['배송비', (c, o) => (o.shipping ? '3000' : '0'), ['commerce.shipping.shippingAmount']],
    ['할인 금액', (c, o) => (o.discount ? '2000' : '0'), [OR('discountAmount')]],
    ['적립금 사용', (c, o, r) => v.pick(r, ['0', '0', '1000']), [], opt],
    ['최종 결제 금액', (c, o, r, i) => String(row(KO_ITEMS, i)[1] * o.qty + (o.shipping ? 3000 : 0) - (o.discount ? 2000 : 0)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['결제 수단', (c, o, r) => v.pick(r, ['신용카드', '네이버페이', '카카오페이', '무통장입금']), [OR('payments[0].paymentType')]],
    ['택배사', (c, o, r) => v.pick(r, ['CJ대한통운', '우체국택배', '한진택배', '롯데택배']), ['commerce.shipping.shippingMethod'], opt],
    ['송장번호', (c, o, r) => String(v.int(r, 100000000000, 699999999999)), ['commerce.shipping.trackingNumber']],
    ['메모', (c, o, r) => v.pick(r, ['', '', '선물 포장']), []],
  ] },

  // ---------------------------------------------------------------- email tools (메일리 / Maily, 구독자 관리 > 구독자 내보내기)
  { name: 'maily-gudokja-ko', product: '메일리 / Maily (뉴스레터 > 구독자 관리 > 구독자 내보내기 CSV)', family: 'email', language: 'ko', schema: P, cols: [
    ['이메일', (c) => ko(c).email, ['personalEmail.address']],
    ['이름', (c) => ko(c).full, ['person.name.fullName']],
    ['구독 상태', (c, o, r) => v.pick(r, ['구독중', '구독중', '구독중', '구독취소']), ['personalEmail.status'], opt],
    ['구독 유형', (c, o, r) => v.pick(r, ['무료', '무료', '유료']), []],
    ['구독일', (c) => kst(c.created), [], opt],
    ['구독 취소일', (c, o, r) => (r() < 0.2 ? kst(later(c)) : ''), [], opt],
    ['유입 경로', (c, o, r) => v.pick(r, ['구독 페이지', '직접 추가', 'CSV 가져오기', '추천']), [], opt],
    ['발송 수', (c) => String(20 + (+c.id % 100)), []],
    ['오픈 수', (c) => String(Math.round((20 + (+c.id % 100)) * (0.2 + (+c.id % 7) / 10))), []],
    ['클릭 수', (c) => String(+c.id % 9), []],
    ['오픈율', (c) => `${Math.round((0.2 + (+c.id % 7) / 10) * 100)}%`, []],
    ['최근 오픈일', (c) => kst(later(c)), [], opt],
    ['마케팅 수신 동의', (c) => (c.bool ? 'Y' : 'N'), [], opt],
    ['휴대폰 번호', (c, o, r) => (r() < 0.4 ? ko(c).mobile : ''), ['mobilePhone.number']],
    ['메모', (c, o, r) => v.pick(r, ['', '', '이벤트 당첨자']), []],
  ] },

  // ---------------------------------------------------------------- CRM (세일즈맵 / Salesmap, 고객 > 내보내기)
  { name: 'salesmap-gogaek-ko', product: '세일즈맵 / Salesmap (고객 > 고객 목록 > 내보내기)', family: 'crm', language: 'ko', schema: B, cols: [
    ['고객 ID', (c, o, r) => v.hex(r, 24), B2BID],
    ['이름', (c) => ko(c).full, ['person.name.fullName']],
    ['이메일', (c) => `${ko(c).memberId}@${ko(c).email.split('@')[0].slice(0, 4)}corp.co.kr`, ['workEmail.address', 'personalEmail.address']],
    ['전화번호', (c) => ko(c).mobile, ['mobilePhone.number', 'workPhone.number']],
    ['회사', (c, o, r) => v.pick(r, KO_CO), ['b2b.companyName', 'organizations[0]']],
    ['부서', (c, o, r) => v.pick(r, ['영업팀', '마케팅팀', '경영지원팀', '개발팀', '']), ['extendedWorkDetails.departments[0]'], opt],
    ['직함', (c, o, r) => v.pick(r, ['팀장', '대리', '과장', '대표이사', '매니저']), ['extendedWorkDetails.jobTitle']],
    ['담당자', (c, o, r) => v.pick(r, ['김영업', '박세일즈', '이매니저']), []],
    ['고객 단계', (c, o, r) => v.pick(r, ['리드', '잠재 고객', '고객', '이탈']), ['b2b.personStatus'], opt],
    ['유입 경로', (c, o, r) => v.pick(r, ['웹사이트 문의', '세미나', '소개', '콜드메일']), ['b2b.personSource'], opt],
    ['딜 개수', (c, o, r) => String(v.int(r, 0, 5)), []],
    ['최근 활동일', (c) => kst(later(c)), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['다음 할 일', (c, o, r) => v.pick(r, ['', '미팅 일정 잡기', '견적서 발송']), []],
    ['생성일', (c) => kst(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['수정일', (c) => kst(later(c)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['메모', (c, o, r) => v.pick(r, ['', '전시회에서 명함 교환', '']), []],
  ] },

  // ---------------------------------------------------------------- B2B leads (HotProfile, 名刺・リード一覧 > CSV出力)
  { name: 'hotprofile-meishi-ja', product: 'HotProfile / ホットプロファイル (名刺・顧客 > 一覧 > CSVエクスポート)', family: 'crm', language: 'ja', schema: B, cols: [
    ['名刺ID', (c, o, r) => String(v.int(r, 10000000, 99999999)), B2BID],
    ['会社名', (c) => row(JA_CO, +c.id), ['b2b.companyName', 'organizations[0]']],
    ['会社名(カナ)', (c) => row(JA_CO_KANA, +c.id), []],
    ['会社名略称', (c) => row(JA_CO, +c.id).replace(/株式会社|合同会社/g, ''), ['b2b.companyName', 'organizations[0]'], opt],
    ['部署名', (c, o, r) => v.pick(r, ['営業部', '情報システム部', 'マーケティング部', '総務部']), ['extendedWorkDetails.departments[0]'], opt],
    ['役職', (c, o, r) => v.pick(r, ['部長', '課長', '主任', '代表取締役', '']), ['extendedWorkDetails.jobTitle']],
    ['姓', (c) => ja(c).last, ['person.name.lastName']],
    ['名', (c) => ja(c).first, ['person.name.firstName']],
    ['姓(カナ)', (c) => ja(c).lastKana, []],
    ['名(カナ)', (c) => ja(c).firstKana, []],
    ['メールアドレス', (c, o, r) => `${ja(c).lastKana === 'タナカ' ? 'tanaka' : 'info'}${v.int(r, 1, 99)}@example.co.jp`, ['workEmail.address', 'personalEmail.address']],
    ['電話番号', (c) => jaTel(c), ['workPhone.number']],
    ['携帯電話番号', (c) => jaMob(c), ['mobilePhone.number']],
    ['FAX番号', (c) => jaTel(c), ['faxPhone.number']],
    ['郵便番号', (c) => ja(c).zip, at([...WORK, ...HOME], 'postalCode')],
    ['都道府県', (c) => ja(c).pref, [...at([...WORK, ...HOME], 'stateProvince'), ...at([...WORK, ...HOME], 'state')]],
    ['住所', (c) => `${ja(c).city}${ja(c).town}`, at([...WORK, ...HOME], 'street1')],
    ['URL', (c, o, r) => v.pick(r, ['https://www.sample-shoji.co.jp', 'https://yamada-kogyo.jp', '']), ['b2b.companyWebsite']],
    ['名刺交換日', (c) => jstDay(c.created), [], opt],
    ['名刺所有者', (c, o, r) => v.pick(r, ['営業 太郎', '販売 花子']), []],
    ['リードステータス', (c, o, r) => v.pick(r, ['未対応', 'アプローチ中', '商談化', '対象外']), ['b2b.personStatus'], opt],
    ['ホットスコア', (c, o, r) => String(v.int(r, 0, 100)), ['b2b.personScore'], opt],
    ['メール配信可否', (c) => (c.bool ? '配信可' : '配信停止'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
    ['登録日時', (c) => jst(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['更新日時', (c) => jst(later(c)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['メモ', (c, o, r) => v.pick(r, ['', '展示会で交換', '']), []],
  ] },

  // ---------------------------------------------------------------- CRM (GENIEE SFA/CRM, 顧客 > 担当者一覧 > CSV出力)
  { name: 'geniee-sfa-kokyaku-ja', product: 'GENIEE SFA/CRM (旧ちきゅう, 顧客担当者一覧 > CSV出力)', family: 'crm', language: 'ja', schema: B, cols: [
    ['ID', (c, o, r) => String(v.int(r, 100000, 999999)), B2BID],
    ['顧客ID', (c, o, r) => String(v.int(r, 10000, 99999)), ['b2b.accountID', 'b2b.accountKey.sourceID'], opt],
    ['顧客名', (c, o, r) => v.pick(r, JA_CO), ['b2b.companyName', 'organizations[0]']],
    ['担当者名', (c) => ja(c).full, ['person.name.fullName']],
    ['担当者名(ふりがな)', (c) => `${ja(c).lastKana} ${ja(c).firstKana}`, []],
    ['部署', (c, o, r) => v.pick(r, ['営業本部', '経営企画部', '購買部', '']), ['extendedWorkDetails.departments[0]'], opt],
    ['役職', (c, o, r) => v.pick(r, ['部長', '課長', '係長', '取締役']), ['extendedWorkDetails.jobTitle']],
    ['メールアドレス', (c, o, r) => `${['sato', 'suzuki', 'takahashi', 'tanaka'][v.int(r, 0, 3)]}@example.co.jp`, ['workEmail.address', 'personalEmail.address']],
    ['電話番号', (c) => jaTel(c), ['workPhone.number']],
    ['携帯番号', (c) => jaMob(c), ['mobilePhone.number']],
    ['郵便番号', (c) => ja(c).zip, at([...WORK, ...HOME], 'postalCode')],
    ['住所', (c) => `${ja(c).pref}${ja(c).city}${ja(c).town}`, at([...WORK, ...HOME], 'street1')],
    ['業種', (c, o, r) => v.pick(r, ['製造業', '情報通信業', '卸売業・小売業', 'サービス業']), []],
    ['従業員数', (c, o, r) => v.pick(r, ['1〜10名', '11〜50名', '51〜300名', '301名以上']), []],
    ['キーマン', (c) => (c.bool ? '○' : ''), []],
    ['ステータス', (c, o, r) => v.pick(r, ['見込み', '商談中', '既存顧客', '休眠']), ['b2b.personStatus'], opt],
    ['流入元', (c, o, r) => v.pick(r, ['Webフォーム', '展示会', '紹介', 'テレアポ']), ['b2b.personSource'], opt],
    ['担当営業', (c, o, r) => v.pick(r, ['山田 一郎', '佐々木 健']), []],
    ['最終接触日', (c) => jstDay(later(c)), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['作成日時', (c) => jstDash(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['更新日時', (c) => jstDash(later(c)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['作成者', (c, o, r) => v.pick(r, ['管理者', '山田 一郎']), [], opt],
  ] },

  // ---------------------------------------------------------------- email tools (配配メール / Haihai Mail, 配信リスト > 読者エクスポート)
  { name: 'haihai-haishin-ja', product: '配配メール / Haihai Mail (配信リスト > 読者一覧 > CSVエクスポート)', family: 'email', language: 'ja', schema: P, cols: [
    ['メールアドレス', (c) => jaMail(c), ['personalEmail.address']],
    ['姓', (c) => ja(c).last, ['person.name.lastName']],
    ['名', (c) => ja(c).first, ['person.name.firstName']],
    ['会社名', (c, o, r) => (r() < 0.7 ? v.pick(r, JA_CO) : ''), ['organizations[0]']],
    ['部署名', (c, o, r) => v.pick(r, ['', '営業部', '総務部', '広報部']), []],
    ['役職', (c, o, r) => v.pick(r, ['', '', '課長', '部長']), []],
    ['電話番号', (c) => jaTel(c), ['homePhone.number', 'workPhone.number'], opt],
    ['都道府県', (c) => ja(c).pref, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')], opt],
    ['配信状態', (c, o, r) => v.pick(r, ['配信中', '配信中', '配信中', '配信停止', 'エラー停止']), ['personalEmail.status'], opt],
    ['メール形式', (c, o, r) => v.pick(r, ['HTML', 'HTML', 'テキスト']), []],
    ['登録経路', (c, o, r) => v.pick(r, ['登録フォーム', 'CSVインポート', '手動登録', 'API']), [], opt],
    ['登録日時', (c) => jst(c.created), [], opt],
    ['更新日時', (c) => jst(later(c)), [], opt],
    ['配信停止日時', (c, o, r) => (r() < 0.2 ? jst(later(c)) : ''), [], opt],
    ['エラー回数', (c, o, r) => v.pick(r, ['0', '0', '0', '1', '3']), []],
    ['最終開封日時', (c) => jst(later(c)), [], opt],
    ['最終クリック日時', (c, o, r) => (r() < 0.5 ? jst(later(c)) : ''), [], opt],
    ['スコア', (c, o, r) => String(v.int(r, 0, 120)), []],
    ['グループ', (c, o, r) => v.pick(r, ['', 'セミナー参加者', '既存顧客', '資料請求']), []],
  ] },

  // ---------------------------------------------------------------- marketing leads (ペライチ / Peraichi, フォーム > 回答一覧 > CSVダウンロード)
  { name: 'peraichi-form-ja', product: 'ペライチ / Peraichi (フォーム > 受信一覧 > CSVダウンロード)', family: 'marketing', language: 'ja', schema: P, cols: [
    ['受付番号', (c, o, r, i) => String(1000 + i * 3 + v.int(r, 0, 2)), ID, opt],
    ['送信日時', (c) => jst(c.created), [], opt],
    ['ページ名', (c, o, r) => v.pick(r, ['無料体験レッスンのお申し込み', 'セミナー申込ページ', 'お問い合わせ']), []],
    ['お名前', (c) => ja(c).full, ['person.name.fullName']],
    ['フリガナ', (c) => `${ja(c).lastKana} ${ja(c).firstKana}`, []],
    ['メールアドレス', (c) => jaMail(c), ['personalEmail.address']],
    ['電話番号', (c) => jaMob(c), ['mobilePhone.number', 'homePhone.number']],
    ['郵便番号', (c) => ja(c).zip, at(HOME, 'postalCode'), opt],
    ['住所', (c) => `${ja(c).pref}${ja(c).city}${ja(c).town}`, at(HOME, 'street1'), opt],
    ['性別', (c) => (ja(c).female ? '女性' : '男性'), ['person.gender']],
    ['生年月日', (c) => jstDay(c.birth), ['person.birthDate']],
    ['ご希望日', (c, o) => jstDay(o.at), []],
    ['参加人数', (c, o, r) => String(v.int(r, 1, 3)), []],
    ['どこで知りましたか', (c, o, r) => v.pick(r, ['Instagram', '検索エンジン', '知人の紹介', 'チラシ']), [], opt],
    ['お問い合わせ内容', (c, o, r) => v.pick(r, ['', '駐車場はありますか？', '子ども連れでも参加できますか？']), []],
    ['個人情報の取り扱いについて', () => '同意する', [], opt],
    ['メールマガジン', (c) => (c.bool ? '受け取る' : '受け取らない'), [], opt],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Haravan, Đơn hàng > Xuất dữ liệu đơn hàng, one row per order line)
  { name: 'haravan-donhang-vi', product: 'Haravan (Đơn hàng > Tất cả đơn hàng > Xuất đơn hàng, Excel)', family: 'ecommerce-orders', language: 'vi', schema: E, cols: [
    ['Mã đơn hàng', (c, o) => `#${100000 + +o.id}`, [OR('purchaseID'), '_id']],
    ['Ngày đặt hàng', (c, o) => ict(o.at), ['timestamp', OR('createdDate')]],
    ['Trạng thái đơn hàng', (c, o, r) => v.pick(r, ['Đã xác nhận', 'Hoàn thành', 'Đã hủy', 'Đang xử lý']), [], opt],
    ['Trạng thái thanh toán', (c, o, r) => v.pick(r, ['Đã thanh toán', 'Chưa thanh toán', 'Đã hoàn tiền']), [], opt],
    ['Trạng thái giao hàng', (c, o, r) => v.pick(r, ['Đã giao hàng', 'Chưa giao hàng', 'Đang giao hàng']), [], opt],
    ['Kênh bán hàng', (c, o, r) => v.pick(r, ['Website', 'POS', 'Shopee', 'Facebook']), [], opt],
    ['Tên khách hàng', (c) => vi(c).full, []],
    ['Email', (c) => vi(c).email, ['endUserIDs._experience.emailid.id'], opt],
    ['Số điện thoại', (c) => vi(c).mobile, [], opt],
    ['Tên người nhận', (c) => vi(c).full, []],
    ['SĐT người nhận', (c) => vi(c).mobile, [], opt],
    ['Địa chỉ giao hàng', (c) => vi(c).street, [SHIP('street1')]],
    ['Phường/Xã', (c) => vi(c).ward, [SHIP('street2')], opt],
    ['Quận/Huyện', (c) => vi(c).district, [SHIP('city')], opt],
    ['Tỉnh/Thành phố', (c) => vi(c).province, [SHIP('stateProvince'), SHIP('state'), SHIP('city')]],
    ['Quốc gia', () => 'Vietnam', [SHIP('country')]],
    ['Mã SKU', (c, o, r, i) => row(VI.items, i)[0], [PL('SKU')]],
    ['Tên sản phẩm', (c, o, r, i) => row(VI.items, i)[1], [PL('name')]],
    ['Số lượng', (c, o) => String(o.qty), [PL('quantity')]],
    ['Đơn giá', (c, o, r, i) => String(row(VI.items, i)[2]), [], opt],
    ['Giảm giá', (c, o) => (o.discount ? '20000' : '0'), [OR('discountAmount')]],
    ['Mã giảm giá', (c, o) => (o.discount ? 'GIAM20K' : ''), ['commerce.promotionID'], opt],
    ['Phí vận chuyển', (c, o) => (o.shipping ? '30000' : '0'), ['commerce.shipping.shippingAmount']],
    ['Tổng tiền', (c, o, r, i) => String(row(VI.items, i)[2] * o.qty + (o.shipping ? 30000 : 0) - (o.discount ? 20000 : 0)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Phương thức thanh toán', (c, o, r) => v.pick(r, ['Thanh toán khi giao hàng (COD)', 'Chuyển khoản ngân hàng', 'Ví MoMo', 'VNPay']), [OR('payments[0].paymentType')]],
    ['Đơn vị vận chuyển', (c, o, r) => v.pick(r, ['Giao Hàng Nhanh', 'Giao Hàng Tiết Kiệm', 'Viettel Post', 'J&T Express']), ['commerce.shipping.shippingMethod'], opt],
    ['Mã vận đơn', (c, o, r) => `GHN${v.int(r, 10000000, 99999999)}`, ['commerce.shipping.trackingNumber']],
    ['Ghi chú', (c, o, r) => v.pick(r, ['', '', 'Giao giờ hành chính', 'Gọi trước khi giao']), []],
    ['Nhân viên xử lý', (c, o, r) => v.pick(r, ['', 'Ngọc Anh', 'Minh Khoa']), []],
  ] },

  // ---------------------------------------------------------------- loyalty / POS customers (KiotViet, Khách hàng > Xuất file)
  { name: 'kiotviet-khachhang-vi', product: 'KiotViet (Giao dịch > Khách hàng > Xuất file, Excel)', family: 'loyalty', language: 'vi', schema: P, cols: [
    ['Loại khách', (c, o, r) => v.pick(r, ['Cá nhân', 'Cá nhân', 'Công ty']), []],
    ['Chi nhánh tạo', (c, o, r) => v.pick(r, ['Chi nhánh trung tâm', 'Chi nhánh Quận 3']), []],
    ['Mã khách hàng', (c, o, r, i) => `KH${pad(i * 37 + v.int(r, 1, 30), 6)}`, ID],
    ['Tên khách hàng', (c) => vi(c).full, ['person.name.fullName']],
    ['Điện thoại', (c) => vi(c).mobile, ['mobilePhone.number', 'homePhone.number']],
    ['Địa chỉ', (c) => vi(c).street, at(HOME, 'street1')],
    ['Khu vực giao hàng', (c) => `${vi(c).province} - ${vi(c).district}`, [...at(HOME, 'city'), ...at(HOME, 'stateProvince')], opt],
    ['Phường/Xã', (c) => vi(c).ward, [], opt],
    ['Công ty', (c, o, r) => (r() < 0.3 ? v.pick(r, ['Công ty TNHH Minh Phát', 'Công ty CP Sao Việt']) : ''), ['organizations[0]'], opt],
    ['Mã số thuế', (c, o, r) => (r() < 0.3 ? String(v.int(r, 100000000, 999999999)) + '0' : ''), ['person.taxId'], opt],
    ['Số CMND/CCCD', (c, o, r) => (r() < 0.4 ? `0${v.int(r, 10, 96)}${v.int(r, 0, 3)}${pad(v.int(r, 60, 99))}${pad(v.int(r, 0, 999999), 6)}` : ''), [], opt],
    ['Ngày sinh', (c) => ictDay(c.birth), ['person.birthDate']],
    ['Giới tính', (c) => (vi(c).female ? 'Nữ' : 'Nam'), ['person.gender']],
    ['Email', (c, o, r) => (r() < 0.6 ? vi(c).email : ''), ['personalEmail.address']],
    ['Facebook', (c, o, r) => (r() < 0.3 ? `facebook.com/${strip(vi(c).first)}.${strip(vi(c).last)}` : ''), []],
    ['Nhóm khách hàng', (c, o, r) => v.pick(r, ['', 'Khách VIP', 'Khách sỉ', 'Khách lẻ']), [], opt],
    ['Ghi chú', (c, o, r) => v.pick(r, ['', '', 'Khách quen']), []],
    ['Điểm hiện tại', (c) => String(+c.id % 900), ['loyalty.points']],
    ['Tổng điểm', (c) => String(+c.id % 900 + +c.id % 2100), ['loyalty.lifetimePoints'], opt],
    ['Người tạo', (c, o, r) => v.pick(r, ['Admin', 'Thu ngân 1']), []],
    ['Ngày tạo', (c) => ict(c.created), [], opt],
    ['Ngày giao dịch cuối', (c) => ict(later(c)), [], opt],
    ['Số ngày nợ', (c, o, r) => v.pick(r, ['0', '0', '0', '12']), []],
    ['Nợ cần thu hiện tại', (c, o, r) => v.pick(r, ['0', '0', '150000']), []],
    ['Tổng bán', (c) => String((+c.id % 400 + 5) * 10000), ['loyalty.lifetimePurchases'], opt],
    ['Tổng bán trừ trả hàng', (c) => String((+c.id % 400 + 5 - (+c.id % 3 === 0 ? 4 : 0)) * 10000), ['loyalty.lifetimePurchases'], opt],
    ['Trạng thái', (c, o, r) => v.pick(r, ['Đang hoạt động', 'Đang hoạt động', 'Ngừng hoạt động']), [], opt],
  ] },
]
