// Round 72, tune141: tune sets written blind by a helper that never opened the suggester or a score. Same format as
// sets.mjs (sources in ../README.md). Korean and Thai exports, headers in the product's UI language: a Korean fashion
// platform's partner order list (W Concept, a Seongsu-dong womenswear brand), a Korean public delivery app's order
// history for a restaurant (Ddangyo, a Mapo-gu tteokbokki shop), a Korean ticketing site's booker list for a
// promoter (Ticketlink, a musical run at a Seoul theatre), a Korean dental practice-management program's patient
// list (DentWeb, a Bundang dental clinic) and a Korean groupware suite's address book (Dooray!, a Pangyo software
// firm's shared contacts) (ko 5); a Thai delivery app's merchant order history (Robinhood, a Bangkok noodle shop), a
// Thai website builder's shop order export (MakeWebEasy, a Chiang Mai herbal-cosmetics brand), a Thai loyalty
// platform's member list (Buzzebees, a Bangkok bakery chain), a Thai school-information system's student list
// (EduBrights SIM, a Nonthaburi private school) and a Thai cloud ERP's CRM lead list (TRCLOUD, a Samut Prakan
// packaging maker) (th 5).
// E 5, P 3, B 2.
// Headers: EduBrights follows the fields its public import page documents (with the page's Thai glosses as the
// headers) plus columns the writer knows from the product; the other nine are written from the writer's knowledge of
// each product (searches for their column lists found nothing under the time limit). Nothing was copied from a real
// export; every value is generated.
import { E, P, B, v, B2BID, PL, OR, SHIP, at, opt, EMAIL_ID, PHONE_ID, STATE, W, CO } from './sets.mjs'
import { pad, row, ymd, dmy, hms, hm, shift, hash, group } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const ID = ['_id', 'personID']
const WE = ['workEmail.address', 'personalEmail.address']
const HOMES = ['homeAddress', 'mailingAddress']
const PAYAMT = OR('payments[0].paymentAmount')
// local clocks: Korea +9, Thailand +7; neither keeps summer time
const kst = (ms) => shift(ms, 9)
const ict = (ms) => shift(ms, 7)
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}|${c.first}|${c.last}|${salt}`) ^ 0x7f4a7c15); r(); r(); return r }
const d = (r, k) => Array.from({ length: k }, () => v.int(r, 0, 9)).join('')
// an instant moved into the hours lo .. lo+span-1 of a local clock
const inHours = (ms, clock, lo, span) => { const H = clock(ms).H; return ms + ((lo + (H % span)) - H) * 3600000 }
const koDT = (ms) => { const p = kst(ms); return `${ymd(p)} ${hms(p)}` }
const koDTm = (ms) => { const p = kst(ms); return `${ymd(p)} ${hm(p)}` }
const won = (x) => group(x, ',')

// ---------------------------------------------------------------- local people, seeded by the row's person
const KO = {
  last: [['김', 'kim'], ['이', 'lee'], ['박', 'park'], ['최', 'choi'], ['정', 'jung'], ['강', 'kang'], ['조', 'cho'], ['윤', 'yoon'], ['장', 'jang'], ['임', 'lim'], ['한', 'han'], ['오', 'oh'], ['서', 'seo'], ['신', 'shin'], ['권', 'kwon']],
  m: [['민준', 'minjun'], ['서준', 'seojun'], ['도윤', 'doyun'], ['현우', 'hyunwoo'], ['지훈', 'jihoon'], ['성민', 'sungmin'], ['준호', 'junho'], ['태현', 'taehyun']],
  f: [['서연', 'seoyeon'], ['지우', 'jiwoo'], ['하은', 'haeun'], ['수빈', 'subin'], ['지민', 'jimin'], ['예린', 'yerin'], ['민지', 'minji'], ['유진', 'yujin']],
  // [도로명 주소, 우편번호, 시·도, 시·군·구]
  places: [['서울특별시 마포구 월드컵북로 212', '03924', '서울특별시', '마포구'], ['서울특별시 송파구 올림픽로 300', '05551', '서울특별시', '송파구'], ['서울특별시 성동구 왕십리로 115', '04778', '서울특별시', '성동구'],
    ['서울특별시 강서구 공항대로 247', '07803', '서울특별시', '강서구'], ['경기도 성남시 분당구 정자일로 95', '13561', '경기도', '성남시 분당구'], ['경기도 용인시 수지구 포은대로 435', '16897', '경기도', '용인시 수지구'],
    ['경기도 고양시 일산동구 중앙로 1261', '10401', '경기도', '고양시 일산동구'], ['인천광역시 연수구 컨벤시아대로 165', '21998', '인천광역시', '연수구'], ['부산광역시 해운대구 센텀중앙로 79', '48058', '부산광역시', '해운대구']],
  mail: ['naver.com', 'naver.com', 'gmail.com', 'daum.net', 'hanmail.net', 'kakao.com', 'nate.com'],
}
const koMemo = new Map()
const ko = (c) => {
  if (koMemo.has(c)) return koMemo.get(c)
  const r = seeded(c, 'ko'), female = r() < 0.5
  const l = v.pick(r, KO.last), f = v.pick(r, female ? KO.f : KO.m), pl = v.pick(r, KO.places)
  const p = { female, last: l[0], first: f[0], full: `${l[0]}${f[0]}`, latinFirst: f[1], latinLast: l[1],
    email: `${f[1]}${v.pick(r, ['', '.', '_'])}${l[1]}${r() < 0.6 ? v.int(r, 1, 99) : ''}@${v.pick(r, KO.mail)}`,
    mobile: `010-${v.int(r, 2000, 9999)}-${d(r, 4)}`, addr: pl[0], zip: pl[1], sido: pl[2], sigungu: pl[3],
    apt: r() < 0.7 ? `${v.int(r, 101, 118)}동 ${v.int(r, 2, 25)}${pad(v.int(r, 1, 6))}호` : '' }
  koMemo.set(c, p)
  return p
}
const TH = { m: [['ภานุวัฒน์', 'Panuwat'], ['ศุภชัย', 'Supachai'], ['ธีรพงษ์', 'Teerapong'], ['จักรพันธ์', 'Jakkapan'], ['วรวุฒิ', 'Worawut'], ['สิทธิชัย', 'Sittichai'], ['อภิสิทธิ์', 'Apisit']],
  f: [['กนกวรรณ', 'Kanokwan'], ['อรอุมา', 'Onuma'], ['จิราพร', 'Jiraporn'], ['รัชนก', 'Ratchanok'], ['ธิดารัตน์', 'Thidarat'], ['วิภาวี', 'Wipawee'], ['พัชราภา', 'Patcharapa']],
  last: [['รุ่งเรืองศรี', 'Rungruangsri'], ['ประเสริฐวงศ์', 'Prasertwong'], ['ทองคำ', 'Thongkham'], ['สมบูรณ์ชัย', 'Somboonchai'], ['อินทรประเสริฐ', 'Intaraprasert'], ['ศรีวิไล', 'Sriwilai'], ['มณีรัตน์', 'Maneerat'], ['เพชรสุวรรณ', 'Phetsuwan'], ['ชัยมงคล', 'Chaimongkol']],
  nick: ['ต้น', 'แนน', 'บีม', 'ฟ้า', 'อาร์ม', 'มายด์', 'เบนซ์', 'ปุ๊ก', 'กอล์ฟ', 'ขวัญ'],
  // [ที่อยู่, แขวง/ตำบล, เขต/อำเภอ, จังหวัด, รหัสไปรษณีย์]
  places: [['99/12 ซอยลาดพร้าว 71', 'สะพานสอง', 'วังทองหลาง', 'กรุงเทพมหานคร', '10310'], ['48 ถนนสุขุมวิท 77', 'สวนหลวง', 'สวนหลวง', 'กรุงเทพมหานคร', '10250'],
    ['215/7 หมู่ 5 ถนนรัตนาธิเบศร์', 'บางกระสอ', 'เมืองนนทบุรี', 'นนทบุรี', '11000'], ['17 ถนนนิมมานเหมินท์ ซอย 9', 'สุเทพ', 'เมืองเชียงใหม่', 'เชียงใหม่', '50200'],
    ['333/45 หมู่บ้านพฤกษา 12 ถนนเทพารักษ์', 'บางเมือง', 'เมืองสมุทรปราการ', 'สมุทรปราการ', '10270'], ['8/1 ถนนมิตรภาพ', 'ในเมือง', 'เมืองขอนแก่น', 'ขอนแก่น', '40000'],
    ['120 ถนนเพชรเกษม', 'หาดใหญ่', 'หาดใหญ่', 'สงขลา', '90110'], ['56/3 ถนนพหลโยธิน', 'ลาดยาว', 'จตุจักร', 'กรุงเทพมหานคร', '10900']],
}
const thMemo = new Map()
const th = (c) => {
  if (thMemo.has(c)) return thMemo.get(c)
  const r = seeded(c, 'th'), female = r() < 0.5
  const f = v.pick(r, female ? TH.f : TH.m), l = v.pick(r, TH.last), pl = v.pick(r, TH.places)
  const id12 = `${v.int(r, 1, 3)}${d(r, 11)}`
  const chk = (11 - ([...id12].reduce((a, x, i) => a + +x * (13 - i), 0) % 11)) % 10
  const p = { female, first: f[0], last: l[0], firstEn: f[1], lastEn: l[1], full: `${f[0]} ${l[0]}`, nick: v.pick(r, TH.nick),
    email: `${f[1].toLowerCase()}${v.pick(r, ['.', '_', ''])}${l[1].toLowerCase().slice(0, 5)}${v.int(r, 1, 99)}@${v.pick(r, ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.co.th', 'yahoo.com'])}`,
    mobile: `0${v.pick(r, ['81', '82', '86', '89', '91', '92', '95', '98', '63', '65'])}${d(r, 7)}`,
    street: pl[0], sub: pl[1], dist: pl[2], prov: pl[3], zip: pl[4], cid: `${id12}${chk}` }
  thMemo.set(c, p)
  return p
}
const dash = (m) => `${m.slice(0, 3)}-${m.slice(3, 6)}-${m.slice(6)}`
const cidFmt = (s) => `${s[0]}-${s.slice(1, 5)}-${s.slice(5, 10)}-${s.slice(10, 12)}-${s[12]}`
const baht = (x) => group(x, ',') + '.00'
// Thai dates: Gregorian dd/mm/yyyy and Buddhist-era dd/mm/yyyy (+543)
const thD = (ms) => { const p = ict(ms); return dmy(p, '/') }
const thDT = (ms) => { const p = ict(ms); return `${dmy(p, '/')} ${hm(p)}` }
const beD = (ms) => { const p = ict(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y + 543}` }
const beDT = (ms) => { const p = ict(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y + 543} ${hm(p)}` }

// ---------------------------------------------------------------- 1. W Concept partner orders (ko, E)
// [상품코드, 상품명, 옵션, 판매가]
const WC_ITEMS = [['301289441', '[EXCLUSIVE] 울 블렌드 싱글 코트', '색상:CHARCOAL / 사이즈:S', 389000], ['301312087', '코튼 셔링 블라우스', '색상:IVORY / 사이즈:FREE', 89000],
  ['301298765', '와이드 핀턱 슬랙스', '색상:BLACK / 사이즈:M', 119000], ['301305512', '캐시미어 라운드 니트', '색상:OATMEAL / 사이즈:FREE', 159000], ['301277603', '레더 미니 숄더백', '색상:BROWN', 198000],
  ['301316240', '린넨 셔츠 원피스', '색상:SKY BLUE / 사이즈:S', 139000]]
const wcItem = (o, i) => WC_ITEMS[(n(o) + i) % WC_ITEMS.length]
const wcQty = (o) => 1 + (n(o) % 7 === 0 ? 1 : 0)
const wcCoupon = (o, i) => (n(o) % 3 === 0 ? Math.round(wcItem(o, i)[3] * 0.1 / 100) * 100 : 0)
const wcPaid = (o, i) => wcItem(o, i)[3] * wcQty(o) - wcCoupon(o, i)
const WC_ST = ['결제완료', '상품준비중', '배송중', '배송완료', '구매확정', '구매확정', '취소완료']
const wcSt = (o) => WC_ST[n(o) % WC_ST.length]
const wcShipped = (o) => ['배송중', '배송완료', '구매확정'].includes(wcSt(o))
const wcTo = (c, o) => (n(o) % 5 === 0 ? { ...ko(c), full: `${ko(c).last}${ko(c).female ? '준호' : '서연'}`, mobile: `010-${3000 + (n(o) * 7) % 6000}-${pad((n(o) * 31) % 10000, 4)}` } : ko(c))

// ---------------------------------------------------------------- 2. Ddangyo order history (ko, E)
const DG_MENU = [['국물떡볶이 (보통맛)', 14000], ['로제떡볶이 세트', 21000], ['치즈떡볶이 + 모둠튀김', 19500], ['짜장떡볶이', 15000], ['떡튀순 세트 (2인)', 24000]]
const dgMenu = (o) => DG_MENU[n(o) % DG_MENU.length]
// Ddangyo opened in January 2022: the generated instants (2019-2024) are squeezed into 2022-2024
const dgAt = (o) => inHours(Date.UTC(2022, 0, 1) + Math.floor((o.at - Date.UTC(2019, 0, 1)) / 2), kst, 11, 11)
const dgType = (o) => (n(o) % 4 === 3 ? '포장' : '배달')
const dgSt = (o) => (n(o) % 13 === 0 ? '주문취소' : dgType(o) === '포장' ? '포장완료' : '배달완료')
const dgAmt = (o) => dgMenu(o)[1] + (n(o) % 3 === 0 ? 2000 : 0)
const dgTip = (o) => (dgType(o) === '포장' ? 0 : row([3000, 2500, 3500, 2000], n(o) >> 2))
const dgShopDisc = (o) => (dgType(o) === '포장' ? 1000 : n(o) % 5 === 0 ? 2000 : 0)
const dgCoupon = (o) => (n(o) % 6 === 1 ? 3000 : 0)
const dgPay = (o) => dgAmt(o) + dgTip(o) - dgShopDisc(o) - dgCoupon(o)
const DG_DONG = ['서울 마포구 서교동 ***', '서울 마포구 합정동 ***', '서울 마포구 망원동 ***', '서울 마포구 연남동 ***', '서울 마포구 상수동 ***', '서울 서대문구 창천동 ***']

// ---------------------------------------------------------------- 3. Ticketlink booker list (ko, E)
const TL_GRADE = [['VIP석', 150000], ['R석', 130000], ['S석', 100000], ['A석', 70000]]
const TL_KIND = [['일반', 1], ['일반', 1], ['조기예매 20%', 0.8], ['청소년할인 30%', 0.7], ['재관람할인 20%', 0.8], ['장애인(1~3급) 50%', 0.5]]
const tlGrade = (o) => TL_GRADE[n(o) % 4]
const tlKind = (o) => TL_KIND[(n(o) >> 2) % TL_KIND.length]
const tlQty = (o) => row([1, 2, 2, 1, 3, 2, 4], n(o) % 7)
const tlPrice = (o) => Math.round(tlGrade(o)[1] * tlKind(o)[1] / 100) * 100 * tlQty(o)
const tlFee = (o) => 2000 * tlQty(o)
const tlDeliv = (o) => (n(o) % 9 === 4 ? 3200 : 0)
const tlCancel = (o) => n(o) % 11 === 5
const tlShow = (o) => { const base = o.at - (o.at % day) + (3 + (n(o) % 45)) * day + 3600000; const p = kst(base); const wk = new Date(base).getUTCDay(); const t = wk === 6 || wk === 0 ? (n(o) % 2 ? '14:00' : '19:00') : '19:30'; return `${ymd(p, '.')}(${'일월화수목금토'[wk]}) ${t}` }
const tlSeat = (o) => { const g = tlGrade(o)[0], fl = g === 'A석' ? '2층' : '1층'; const col = v.int(v.rng(n(o) + 11), 1, 24); return Array.from({ length: tlQty(o) }, (_, k) => `${fl} ${'ABCD'[n(o) % 4]}구역 ${1 + (n(o) * 3) % 18}열 ${col + k}번`).join(', ') }

// ---------------------------------------------------------------- 4. DentWeb patients (ko, P)
const DW_DOC = ['김태윤 원장', '박소영 원장', '이준석 원장']
const DW_TAG = ['', '', '교정', '임플란트', '', '소아', 'VIP', '']
const dwFirst = (c) => Math.min(c.created, c.updated)
const dwLast = (c) => Math.max(c.created, c.updated)

// ---------------------------------------------------------------- 5. Dooray! address book (ko, B)
// [회사, 도메인, 회사 주소, 우편번호, 대표번호 국번]
const DR_CO = [['(주)넥스트웨이브', 'nextwave.co.kr', '경기도 성남시 분당구 판교역로 166', '13529', '031-8017'], ['한빛정밀(주)', 'hanbitpm.com', '경기도 화성시 동탄산단6길 15', '18487', '031-8003'],
  ['주식회사 온누리물류', 'onnurilogis.kr', '인천광역시 중구 공항동로 296', '22382', '032-740'], ['그린바이오텍 주식회사', 'greenbiotech.co.kr', '대전광역시 유성구 대덕대로 593', '34112', '042-862'],
  ['(주)세움건축사사무소', 'seumarch.com', '서울특별시 강남구 테헤란로 427', '06159', '02-3453'], ['메디라인코리아', 'mediline.kr', '서울특별시 구로구 디지털로 300', '08379', '02-2025']]
const drCo = (c) => DR_CO[n(c) % DR_CO.length]
const DR_ROLE = [['영업팀', '팀장'], ['구매팀', '과장'], ['개발본부', '책임연구원'], ['경영지원팀', '대리'], ['기술영업부', '부장'], ['대표이사실', '대표이사'], ['품질보증팀', '차장']]
const drRole = (c) => DR_ROLE[(n(c) >> 1) % DR_ROLE.length]

// ---------------------------------------------------------------- 6. Robinhood merchant orders (th, E)
const RH_MENU = [['ก๋วยเตี๋ยวเรือหมูน้ำตก (พิเศษ)', 70], ['บะหมี่เกี๊ยวหมูแดง', 60], ['เย็นตาโฟทะเล', 80], ['ก๋วยเตี๋ยวต้มยำหมูสับ', 65], ['เกาเหลาลูกชิ้นเนื้อ', 75], ['ข้าวหมูแดงหมูกรอบ', 70]]
const rhMenu = (o) => RH_MENU[n(o) % RH_MENU.length]
const rhQty = (o) => 1 + (n(o) % 3)
// Robinhood opened in late 2020: the generated instants are squeezed into 2021-2024
const rhAt = (o) => inHours(Date.UTC(2021, 0, 1) + Math.floor((o.at - Date.UTC(2019, 0, 1)) * 2 / 3), ict, 10, 11)
const rhFood = (o) => rhMenu(o)[1] * rhQty(o) + (n(o) % 4 === 0 ? 25 : 0)
const rhDisc = (o) => (n(o) % 5 === 0 ? 20 : 0)
const rhCancel = (o) => n(o) % 14 === 3

// ---------------------------------------------------------------- 7. MakeWebEasy orders (th, E)
// [รหัสสินค้า, ชื่อสินค้า, ตัวเลือก, ราคา]
const MW_ITEMS = [['HB-001', 'ยาหม่องสมุนไพรสูตรเย็น 15 กรัม', '', 89], ['HB-014', 'สบู่ขมิ้นน้ำผึ้ง', 'แพ็ค 3 ก้อน', 159], ['HB-022', 'น้ำมันนวดไพล', '100 มล.', 220],
  ['HB-030', 'ครีมบำรุงผิวใบบัวบก', '50 กรัม', 390], ['HB-041', 'ชุดของขวัญสปาสมุนไพร', 'กล่องไม้ไผ่', 690], ['HB-007', 'ยาดมสมุนไพรแบบพกพา', 'แพ็ค 6 ชิ้น', 150]]
const mwItem = (o) => MW_ITEMS[n(o) % MW_ITEMS.length]
const mwQty = (o) => 1 + (n(o) % 4 === 1 ? 1 : 0) + (n(o) % 9 === 2 ? 2 : 0)
const mwSub = (o) => mwItem(o)[3] * mwQty(o)
const mwShipM = (o) => row(['Kerry Express', 'Flash Express', 'ไปรษณีย์ไทย (EMS)', 'J&T Express'], n(o) % 4)
const mwShip = (o) => (mwSub(o) >= 500 ? 0 : mwShipM(o) === 'ไปรษณีย์ไทย (EMS)' ? 50 : 40)
const mwDisc = (o) => (n(o) % 5 === 2 ? Math.round(mwSub(o) * 0.1) : 0)
const mwPayM = (o) => row(['โอนเงินผ่านธนาคาร', 'พร้อมเพย์ (QR Code)', 'บัตรเครดิต/เดบิต', 'เก็บเงินปลายทาง (COD)', 'พร้อมเพย์ (QR Code)'], (n(o) >> 1) % 5)
const mwCod = (o) => mwPayM(o) === 'เก็บเงินปลายทาง (COD)'
const mwTot = (o) => mwSub(o) + mwShip(o) - mwDisc(o) + (mwCod(o) ? 30 : 0)
const mwSt = (o) => row(['รอชำระเงิน', 'ชำระเงินแล้ว', 'กำลังจัดส่ง', 'จัดส่งแล้ว', 'จัดส่งแล้ว', 'ยกเลิก'], n(o) % 6)
const mwShipped = (o) => ['กำลังจัดส่ง', 'จัดส่งแล้ว'].includes(mwSt(o))
const mwTrack = (o) => { const m = mwShipM(o); const k = String(100000000 + (n(o) * 7919) % 899999999); return m.startsWith('Kerry') ? `KEX${k}TH`.slice(0, 15) : m.startsWith('Flash') ? `TH${k}${n(o) % 10}A` : m.startsWith('J&T') ? `8${k}${pad(n(o) % 100)}` : `EF${k}TH` }

// ---------------------------------------------------------------- 8. Buzzebees members (th, P)
const BZ_TIER = ['Member', 'Member', 'Silver', 'Silver', 'Gold', 'Platinum']
const bzTier = (c) => BZ_TIER[n(c) % BZ_TIER.length]
const bzJoin = (c) => Math.min(c.created, c.updated)
const bzLast = (c) => Math.max(c.created, c.updated)
const bzPts = (c) => (n(c) * 53) % 4200

// ---------------------------------------------------------------- 9. EduBrights students (th, P)
const EB_LEVEL = [['ป.4', 10], ['ป.5', 11], ['ป.6', 12], ['ม.1', 13], ['ม.2', 14], ['ม.3', 15]]
const ebLevel = (c) => EB_LEVEL[n(c) % EB_LEVEL.length]
const ebBirth = (c) => Date.UTC(2025 - ebLevel(c)[1], 0, 1) + (n(c) * 7) % 365 * day
const ebAdmit = (c) => Date.UTC(2025 - ebLevel(c)[1] + 6 + (n(c) % 4 === 0 ? 3 : 0), 4, 16)
const ebBoy = (c) => !th(c).female
// pupils live near the school: Nonthaburi and north Bangkok
const EB_HOME = TH.places.filter((p) => ['นนทบุรี', 'กรุงเทพมหานคร'].includes(p[3]))
const ebHome = (c) => EB_HOME[(n(c) >> 2) % EB_HOME.length]
const ebTitle = (c) => (ebLevel(c)[1] >= 15 ? (ebBoy(c) ? 'นาย' : 'นางสาว') : (ebBoy(c) ? 'เด็กชาย' : 'เด็กหญิง'))
const ebParent = (c) => { const r = seeded(c, 'pa'); const mom = r() < 0.6; return { name: `${mom ? 'นาง' : 'นาย'}${v.pick(r, mom ? TH.f : TH.m)[0]} ${th(c).last}`, rel: mom ? 'มารดา' : 'บิดา', tel: `0${v.pick(r, ['81', '86', '89', '92', '98'])}${d(r, 7)}` } }

// ---------------------------------------------------------------- 10. TRCLOUD CRM leads (th, B)
// [ชื่อบริษัท, โดเมน, ประเภทธุรกิจ, รหัสพื้นที่โทรศัพท์, ที่อยู่, จังหวัด, รหัสไปรษณีย์]
const TR_CO = [['บริษัท สยามฟู้ดโปรดักส์ จำกัด', 'siamfoodproducts.co.th', 'อาหารและเครื่องดื่ม', '02', '88/8 หมู่ 4 ถนนพระราม 2 แขวงแสมดำ เขตบางขุนเทียน', 'กรุงเทพมหานคร', '10150'],
  ['บริษัท ไทยเฮิร์บ คอสเมติก จำกัด', 'thaiherbcosmetic.com', 'เครื่องสำอาง', '02', '159 ถนนแจ้งวัฒนะ ตำบลปากเกร็ด อำเภอปากเกร็ด', 'นนทบุรี', '11120'],
  ['ห้างหุ้นส่วนจำกัด เชียงใหม่ คอฟฟี่ โรสเตอร์', 'cmcoffeeroaster.com', 'กาแฟ', '053', '25/2 ถนนโชตนา ตำบลช้างเผือก อำเภอเมืองเชียงใหม่', 'เชียงใหม่', '50300'],
  ['บริษัท อีสเทิร์น ออโต้พาร์ท จำกัด', 'easternautopart.co.th', 'ชิ้นส่วนยานยนต์', '038', '700/512 หมู่ 7 นิคมอุตสาหกรรมอมตะซิตี้ ตำบลดอนหัวฬ่อ อำเภอเมืองชลบุรี', 'ชลบุรี', '20000'],
  ['บริษัท กรีนฟาร์ม ออร์แกนิค จำกัด (มหาชน)', 'greenfarmorganic.co.th', 'สินค้าเกษตร', '02', '1 อาคารเอ็มไพร์ทาวเวอร์ ชั้น 24 ถนนสาทรใต้ แขวงยานนาวา เขตสาทร', 'กรุงเทพมหานคร', '10120'],
  ['บริษัท เมดิแคร์ ซัพพลาย จำกัด', 'medicaresupply.co.th', 'เวชภัณฑ์', '02', '45/9 ถนนศรีนครินทร์ ตำบลบางเมือง อำเภอเมืองสมุทรปราการ', 'สมุทรปราการ', '10270']]
const trCo = (c) => TR_CO[n(c) % TR_CO.length]
const TR_JOB = ['ผู้จัดการฝ่ายจัดซื้อ', 'เจ้าหน้าที่จัดซื้อ', 'ผู้จัดการโรงงาน', 'ผู้อำนวยการฝ่ายการตลาด', 'กรรมการผู้จัดการ', 'หัวหน้าแผนกพัฒนาผลิตภัณฑ์']
const trSrc = (c) => row(['งานแสดงสินค้า ProPak Asia', 'เว็บไซต์', 'LINE OA', 'ลูกค้าแนะนำ', 'Facebook', 'โทรเข้า'], (n(c) >> 1) % 6)
const trSt = (c) => row(['ใหม่', 'ติดต่อแล้ว', 'นัดหมาย', 'ส่งใบเสนอราคา', 'ไม่สนใจ', 'เปลี่ยนเป็นลูกค้า'], n(c) % 6)

export const SETS = [
  // ------------------------------------------------------------ W Concept: 주문관리 > 주문조회 > 엑셀 다운로드 (one row per ordered item)
  { name: 'wconcept-partner-jumun-jo-hoe-ko', product: 'W Concept / W컨셉 (파트너 어드민: 주문관리 > 주문조회 > 엑셀 다운로드, one row per ordered item, Korean UI, a Seongsu-dong womenswear brand selling on the W Concept platform)', family: 'ecommerce-orders', language: 'ko', schema: E, cols: [
    ['주문번호', (c, o) => `${ymd(kst(o.at), '')}${pad((n(o) * 7127) % 1000000, 6)}`, [OR('purchaseID'), '_id']],
    ['주문상세번호', (c, o, r, i) => `${ymd(kst(o.at), '')}${pad((n(o) * 7127) % 1000000, 6)}-${pad(i % 2 + 1, 2)}`, [PL('_id'), '_id'], opt],
    ['주문일시', (c, o) => koDT(o.at), ['timestamp', OR('createdDate')]],
    ['결제일시', (c, o) => koDT(o.at + 50000 + (n(o) % 40) * 1000), [], opt],
    ['주문상태', (c, o) => wcSt(o), [], opt],
    ['브랜드명', () => 'LÉON SEOUL', []],
    ['상품코드', (c, o, r, i) => wcItem(o, i)[0], [PL('SKU')]],
    ['상품명', (c, o, r, i) => wcItem(o, i)[1], [PL('name')]],
    ['옵션', (c, o, r, i) => wcItem(o, i)[2], [PL('selectedOptions[0].value')], opt],
    ['수량', (c, o) => String(wcQty(o)), [PL('quantity')]],
    ['판매가', (c, o, r, i) => String(wcItem(o, i)[3]), [], opt],
    ['쿠폰할인', (c, o, r, i) => String(wcCoupon(o, i)), [PL('discountAmount'), OR('discountAmount')], opt],
    ['결제금액', (c, o, r, i) => String(wcPaid(o, i)), [PL('priceTotal'), OR('priceTotal'), PAYAMT]],
    ['배송비', (c, o, r, i) => String(wcPaid(o, i) >= 50000 ? 0 : 3000), ['commerce.shipping.shippingAmount']],
    ['주문자명', (c) => ko(c).full, []],
    ['주문자 휴대폰', (c) => ko(c).mobile, PHONE_ID, opt],
    ['수령인', (c, o) => wcTo(c, o).full, []],
    ['수령인 휴대폰', (c, o) => wcTo(c, o).mobile, [], opt],
    ['우편번호', (c) => ko(c).zip, [SHIP('postalCode')]],
    ['주소', (c) => ko(c).addr, [SHIP('street1')]],
    ['상세주소', (c) => ko(c).apt, [SHIP('street2')]],
    ['배송메모', (c, o) => row(['', '문 앞에 놓아주세요', '', '부재시 경비실에 맡겨주세요', '배송 전에 연락주세요'], n(o) % 5), []],
    ['택배사', (c, o) => (wcShipped(o) ? row(['CJ대한통운', '롯데택배', 'CJ대한통운'], n(o) % 3) : ''), ['commerce.shipping.shippingMethod'], opt],
    ['송장번호', (c, o) => (wcShipped(o) ? String(6000000000 + (n(o) * 104723) % 899999999) + String(n(o) % 10) : ''), ['commerce.shipping.trackingNumber']],
    ['발송처리일', (c, o) => (wcShipped(o) ? ymd(kst(o.at + (1 + n(o) % 2) * day)) : ''), ['commerce.shipping.shipDate'], opt],
  ] },
  // ------------------------------------------------------------ Ddangyo: 땡겨요 사장님사이트 > 주문내역 > 엑셀 다운로드 (one row per order)
  { name: 'ddangyo-jumun-naeyeok-ko', product: 'Ddangyo / 땡겨요 (신한은행 배달앱; 땡겨요 사장님사이트: 주문관리 > 주문내역 > 엑셀 다운로드, one row per order, Korean UI, a Mapo-gu tteokbokki shop taking delivery and pickup orders)', family: 'ecommerce-orders', language: 'ko', schema: E, cols: [
    ['주문번호', (c, o) => `T${ymd(kst(dgAt(o)), '').slice(2)}${pad((n(o) * 3571) % 10000000, 7)}`, ['_id', OR('purchaseID')]],
    ['주문일시', (c, o) => koDT(dgAt(o)), ['timestamp', OR('createdDate')]],
    ['주문유형', (c, o) => dgType(o), [OR('orderType'), 'commerce.shipping.shippingMethod'], opt],
    ['주문상태', (c, o) => dgSt(o), [], opt],
    ['가게명', () => '맵단짠떡볶이 망원점', [], opt],
    ['주문메뉴', (c, o) => `${dgMenu(o)[0]} 1개${n(o) % 3 === 0 ? ', 쿨피스 1개' : ''}`, [PL('name')], opt],
    ['주문금액', (c, o) => won(dgAmt(o)), [], opt],
    ['배달팁', (c, o) => won(dgTip(o)), ['commerce.shipping.shippingAmount']],
    ['가게할인', (c, o) => won(dgShopDisc(o)), [OR('discountAmount')], opt],
    ['땡겨요쿠폰', (c, o) => won(dgCoupon(o)), [], opt],
    ['결제금액', (c, o) => won(dgPay(o)), [OR('priceTotal'), PAYAMT]],
    ['결제수단', (c, o) => row(['신한카드', '땡겨요페이', '서울사랑상품권', '신용카드', '카카오페이', '네이버페이', '마포사랑상품권'], (n(o) >> 1) % 7), [OR('payments[0].paymentType')]],
    ['안심번호', (c) => `050-${7100 + (n(c) * 17) % 2800}-${pad((n(c) * 59) % 10000, 4)}`, [], opt],
    ['배달주소', (c, o) => (dgType(o) === '포장' ? '' : DG_DONG[n(c) % DG_DONG.length]), [SHIP('street1')], opt],
    ['가게 요청사항', (c, o) => row(['', '단무지 빼주세요', '', '덜 맵게 해주세요', '수저 포크 안 주셔도 돼요'], n(o) % 5), []],
    ['배달 요청사항', (c, o) => (dgType(o) === '포장' ? '' : row(['문 앞에 두고 벨 눌러주세요', '문 앞에 두고 노크해주세요', '직접 받을게요', '공동현관 비밀번호 #1234'], n(o) % 4)), []],
    ['주문취소사유', (c, o) => (dgSt(o) === '주문취소' ? row(['고객 요청', '재료 소진', '배달 지연'], n(o) % 3) : ''), []],
    ['중개수수료', (c, o) => won(Math.round((dgAmt(o) - dgShopDisc(o)) * 0.02)), []],
    ['정산예정금액', (c, o) => won(dgSt(o) === '주문취소' ? 0 : dgAmt(o) - dgShopDisc(o) - Math.round((dgAmt(o) - dgShopDisc(o)) * 0.02)), []],
  ] },
  // ------------------------------------------------------------ Ticketlink: 파트너센터 > 예매현황 > 예매자 리스트 > 엑셀 다운로드 (one row per booking)
  { name: 'ticketlink-yemaeja-list-ko', product: 'Ticketlink / 티켓링크 (NHN; 파트너센터: 예매현황 > 예매자 리스트 > 엑셀 다운로드, one row per booking, Korean UI, a promoter\'s small-theatre musical run in Daehangno, Seoul)', family: 'events', language: 'ko', schema: E, cols: [
    ['예매번호', (c, o) => `T${String(1780000000 + (n(o) * 9173) % 99999999)}`, ['_id', OR('purchaseID')]],
    ['예매일시', (c, o) => koDTm(o.at), ['timestamp', OR('createdDate')]],
    ['상품명', () => '뮤지컬 〈여름밤의 정류장〉', [], opt],
    ['관람일시', (c, o) => tlShow(o), []],
    ['좌석등급', (c, o) => tlGrade(o)[0], [PL('name')], opt],
    ['좌석정보', (c, o) => tlSeat(o), []],
    ['권종', (c, o) => tlKind(o)[0], [], opt],
    ['매수', (c, o) => String(tlQty(o)), [PL('quantity')]],
    ['티켓금액', (c, o) => won(tlPrice(o)), [PL('priceTotal')], opt],
    ['예매수수료', (c, o) => won(tlFee(o)), []],
    ['배송료', (c, o) => won(tlDeliv(o)), ['commerce.shipping.shippingAmount']],
    ['총결제금액', (c, o) => won(tlPrice(o) + tlFee(o) + tlDeliv(o)), [OR('priceTotal'), PAYAMT]],
    ['결제수단', (c, o) => row(['신용카드', '페이코', '무통장입금', '카카오페이', '신용카드', '토스페이'], (n(o) >> 1) % 6), [OR('payments[0].paymentType')]],
    ['수령방법', (c, o) => (tlDeliv(o) ? '배송' : '현장수령'), ['commerce.shipping.shippingMethod'], opt],
    ['예매상태', (c, o) => (tlCancel(o) ? '취소' : '예매완료'), [], opt],
    ['취소일시', (c, o) => (tlCancel(o) ? koDTm(o.at + (1 + n(o) % 5) * day) : ''), [OR('cancelDate')], opt],
    ['예매자명', (c) => ko(c).full, []],
    ['아이디', (c) => `${ko(c).latinFirst.slice(0, 3)}****`, []],
    ['휴대폰번호', (c) => ko(c).mobile, PHONE_ID],
    ['이메일', (c) => ko(c).email, EMAIL_ID],
    ['생년월일', (c) => (n(c) % 3 === 0 ? '' : ymd(v.parts(c.birth), '').slice(2)), []],
    ['할인쿠폰', (c, o) => (n(o) % 8 === 3 ? '대학로 뮤지컬 5천원 할인' : ''), ['commerce.promotionID'], opt],
  ] },
  // ------------------------------------------------------------ DentWeb: 환자 > 환자 목록 > 엑셀 저장 (one row per patient)
  { name: 'dentweb-hwanja-mokrok-ko', product: 'DentWeb / 덴트웹 (Korean dental EMR and practice-management program; 환자 > 환자 목록 > 엑셀 저장, one row per patient chart, Korean UI, a three-dentist clinic in Bundang)', family: 'healthcare', language: 'ko', schema: P, cols: [
    ['차트번호', (c) => String(10000 + (n(c) * 13) % 89999), ID],
    ['환자명', (c) => ko(c).full, ['person.name.fullName']],
    ['성별', (c) => (ko(c).female ? '여' : '남'), ['person.gender']],
    ['생년월일', (c) => ymd(v.parts(c.birth)), ['person.birthDate']],
    ['나이', (c) => String(2025 - v.parts(c.birth).y), []],
    ['휴대폰', (c) => ko(c).mobile, ['mobilePhone.number']],
    ['전화번호', (c) => (n(c) % 4 === 0 ? `031-${v.int(seeded(c, 'tel'), 700, 799)}-${d(seeded(c, 'tel2'), 4)}` : ''), ['homePhone.number']],
    ['이메일', (c) => (n(c) % 3 === 1 ? '' : ko(c).email), ['personalEmail.address']],
    ['우편번호', (c) => ko(c).zip, at(HOMES, 'postalCode')],
    ['주소', (c) => ko(c).addr, at(HOMES, 'street1')],
    ['상세주소', (c) => ko(c).apt, at(HOMES, 'street2')],
    ['최초내원일', (c) => ymd(kst(dwFirst(c))), [], opt],
    ['최종내원일', (c) => ymd(kst(dwLast(c))), []],
    ['담당의사', (c) => DW_DOC[n(c) % 3], []],
    ['내원경로', (c) => row(['인터넷 검색', '지인 소개', '간판', '네이버 플레이스', '기존 환자 가족'], (n(c) >> 1) % 5), [], opt],
    ['보험구분', (c) => row(['건강보험', '건강보험', '건강보험', '의료급여 2종', '건강보험'], n(c) % 5), []],
    ['문자수신', (c) => (c.bool ? '수신' : '거부'), [], opt],
    ['환자분류', (c) => DW_TAG[n(c) % DW_TAG.length], [], opt],
    ['미수금', (c) => (n(c) % 7 === 2 ? won(((n(c) * 37) % 40 + 1) * 10000) : '0'), []],
    ['메모', (c) => row(['', '', '치과 공포 있음, 설명 충분히', '', '고혈압 약 복용', '오후 진료 선호'], n(c) % 6), []],
  ] },
  // ------------------------------------------------------------ Dooray!: 주소록 > 내보내기 (CSV) (one row per contact)
  { name: 'dooray-jusorok-export-ko', product: 'Dooray! / 두레이 (NHN Dooray 협업툴; 메일 > 주소록 > 내보내기 (CSV), one row per contact, Korean UI, a Pangyo software firm\'s shared customer and partner contacts)', family: 'crm', language: 'ko', schema: B, cols: [
    ['성', (c) => ko(c).last, ['person.name.lastName']],
    ['이름', (c) => ko(c).first, ['person.name.firstName']],
    ['표시 이름', (c) => `${ko(c).full} ${drRole(c)[1]}`, ['person.name.fullName'], opt],
    ['회사', (c) => drCo(c)[0], CO],
    ['부서', (c) => drRole(c)[0], ['extendedWorkDetails.departments[0]']],
    ['직책', (c) => drRole(c)[1], ['extendedWorkDetails.jobTitle']],
    ['이메일', (c) => `${ko(c).latinFirst}.${ko(c).latinLast}@${drCo(c)[1]}`, WE],
    ['이메일2', (c) => (n(c) % 3 === 0 ? ko(c).email : ''), ['personalEmail.address'], opt],
    ['휴대폰', (c) => ko(c).mobile, ['mobilePhone.number']],
    ['회사 전화', (c) => `${drCo(c)[4]}-${pad((n(c) * 97) % 10000, 4)}`, ['workPhone.number']],
    ['팩스', (c) => (n(c) % 3 === 1 ? `${drCo(c)[4]}-${pad((n(c) * 89) % 10000, 4)}` : ''), ['faxPhone.number']],
    ['회사 우편번호', (c) => drCo(c)[3], [W('postalCode')]],
    ['회사 주소', (c) => drCo(c)[2], [W('street1')]],
    ['홈페이지', (c) => `https://www.${drCo(c)[1]}`, ['b2b.companyWebsite']],
    ['생일', (c) => (n(c) % 4 === 0 ? ymd(v.parts(c.birth)) : ''), ['person.birthDate']],
    ['그룹', (c) => row(['고객사', '협력사', '고객사', '파트너사;세미나', '잠재고객'], n(c) % 5), [], opt],
    ['메모', (c) => row(['', '', '2024 판교 테크 세미나에서 명함 교환', '', '세금계산서 수신 담당'], n(c) % 5), []],
  ] },
  // ------------------------------------------------------------ Robinhood: Robinhood for Merchant > รายงาน > ประวัติคำสั่งซื้อ > ดาวน์โหลด (one row per order)
  { name: 'robinhood-merchant-prawat-order-th', product: 'Robinhood (Thai food-delivery app of Purple Ventures / SCB; Robinhood Merchant: รายงาน > ประวัติคำสั่งซื้อ > ดาวน์โหลด Excel, one row per order, Thai UI, a Bangkok Lat Phrao boat-noodle shop)', family: 'ecommerce-orders', language: 'th', schema: E, cols: [
    ['หมายเลขคำสั่งซื้อ', (c, o) => `RH${ymd(ict(rhAt(o)), '').slice(2)}${pad((n(o) * 6131) % 1000000, 6)}`, ['_id', OR('purchaseID')]],
    ['วันที่', (c, o) => thD(rhAt(o)), ['timestamp']],
    ['เวลาสั่งซื้อ', (c, o) => hm(ict(rhAt(o))), [], opt],
    ['ชื่อร้านค้า', () => 'ก๋วยเตี๋ยวเรือป้าแต๋ว ลาดพร้าว 71', [], opt],
    ['สถานะ', (c, o) => (rhCancel(o) ? 'ยกเลิก' : 'สำเร็จ'), [], opt],
    ['รายการอาหาร', (c, o) => `${rhMenu(o)[0]} x${rhQty(o)}${n(o) % 4 === 0 ? ', น้ำกระเจี๊ยบ x1' : ''}`, [PL('name')], opt],
    ['จำนวน (ชิ้น)', (c, o) => String(rhQty(o) + (n(o) % 4 === 0 ? 1 : 0)), [PL('quantity')], opt],
    ['ยอดค่าอาหาร', (c, o) => rhFood(o).toFixed(2), [], opt],
    ['ส่วนลดจากร้านค้า', (c, o) => rhDisc(o).toFixed(2), [OR('discountAmount')], opt],
    ['ยอดขายสุทธิ', (c, o) => (rhCancel(o) ? '0.00' : (rhFood(o) - rhDisc(o)).toFixed(2)), [OR('priceTotal')], opt],
    ['ค่าธรรมเนียม GP', () => '0.00', []],
    ['ช่องทางการชำระเงิน', (c, o) => row(['SCB EASY', 'บัตรเครดิต/เดบิต', 'พร้อมเพย์', 'SCB EASY', 'ทรูมันนี่ วอลเล็ท'], (n(o) >> 1) % 5), [OR('payments[0].paymentType')]],
    ['ชื่อลูกค้า', (c) => th(c).first, []],
    ['หมายเหตุถึงร้าน', (c, o) => row(['', 'ไม่ใส่ผัก', '', 'เส้นเล็ก ไม่งอก', 'เผ็ดน้อย', 'แยกน้ำ'], n(o) % 6), []],
    ['ชื่อไรเดอร์', (c, o) => (rhCancel(o) ? '' : row(['สมศักดิ์ ก.', 'วิชัย ท.', 'ประยูร ส.', 'อนันต์ จ.'], n(o) % 4)), []],
    ['เวลาไรเดอร์รับอาหาร', (c, o) => (rhCancel(o) ? '' : hm(ict(rhAt(o) + (12 + n(o) % 15) * 60000))), []],
    ['เวลาจัดส่งสำเร็จ', (c, o) => (rhCancel(o) ? '' : hm(ict(rhAt(o) + (30 + n(o) % 25) * 60000))), [], opt],
    ['เหตุผลการยกเลิก', (c, o) => (rhCancel(o) ? row(['ลูกค้ายกเลิก', 'ร้านปิดรับออเดอร์', 'ไม่มีไรเดอร์รับงาน'], n(o) % 3) : ''), []],
  ] },
  // ------------------------------------------------------------ MakeWebEasy: หลังร้าน > คำสั่งซื้อ > ส่งออกไฟล์ Excel (one row per order line)
  { name: 'makewebeasy-khamsangsue-export-th', product: 'MakeWebEasy (Thai website and online-shop builder; หลังร้าน: คำสั่งซื้อ > ส่งออกไฟล์ Excel, one row per order line, Thai UI, a Chiang Mai herbal balm and spa-products brand\'s web shop)', family: 'ecommerce-orders', language: 'th', schema: E, cols: [
    ['เลขที่คำสั่งซื้อ', (c, o) => `MWE${String(240000 + (n(o) * 31) % 700000)}`, ['_id', OR('purchaseID')]],
    ['วันที่สั่งซื้อ', (c, o) => thDT(o.at), ['timestamp', OR('createdDate')]],
    ['สถานะคำสั่งซื้อ', (c, o) => mwSt(o), [], opt],
    ['ชื่อลูกค้า', (c) => th(c).full, []],
    ['อีเมล', (c) => th(c).email, EMAIL_ID],
    ['เบอร์โทรศัพท์', (c) => th(c).mobile, PHONE_ID],
    ['รหัสสินค้า', (c, o) => mwItem(o)[0], [PL('SKU')]],
    ['ชื่อสินค้า', (c, o) => mwItem(o)[1], [PL('name')]],
    ['ตัวเลือกสินค้า', (c, o) => mwItem(o)[2], [PL('selectedOptions[0].value')], opt],
    ['จำนวน', (c, o) => String(mwQty(o)), [PL('quantity')]],
    ['ราคาต่อหน่วย', (c, o) => mwItem(o)[3].toFixed(2), [], opt],
    ['ราคารวมสินค้า', (c, o) => mwSub(o).toFixed(2), [PL('priceTotal')], opt],
    ['ส่วนลด', (c, o) => mwDisc(o).toFixed(2), [OR('discountAmount')]],
    ['โค้ดส่วนลด', (c, o) => (mwDisc(o) ? 'HERBAL10' : ''), ['commerce.promotionID']],
    ['ค่าจัดส่ง', (c, o) => mwShip(o).toFixed(2), ['commerce.shipping.shippingAmount']],
    ['ค่าธรรมเนียมเก็บเงินปลายทาง', (c, o) => (mwCod(o) ? '30.00' : '0.00'), []],
    ['ยอดรวมทั้งสิ้น', (c, o) => mwTot(o).toFixed(2), [OR('priceTotal'), PAYAMT]],
    ['ช่องทางการชำระเงิน', (c, o) => mwPayM(o), [OR('payments[0].paymentType')]],
    ['ชื่อผู้รับ', (c) => th(c).full, []],
    ['ที่อยู่จัดส่ง', (c) => th(c).street, [SHIP('street1')]],
    ['แขวง/ตำบล', (c) => th(c).sub, [SHIP('street2')], opt],
    ['เขต/อำเภอ', (c) => th(c).dist, [SHIP('city')]],
    ['จังหวัด', (c) => th(c).prov, STATE(['commerce.shipping.address'])],
    ['รหัสไปรษณีย์', (c) => th(c).zip, [SHIP('postalCode')]],
    ['วิธีการจัดส่ง', (c, o) => mwShipM(o), ['commerce.shipping.shippingMethod']],
    ['เลขพัสดุ', (c, o) => (mwShipped(o) ? mwTrack(o) : ''), ['commerce.shipping.trackingNumber']],
    ['หมายเหตุจากลูกค้า', (c, o) => row(['', '', 'ห่อของขวัญให้ด้วยค่ะ', '', 'ขอใบกำกับภาษี'], n(o) % 5), []],
  ] },
  // ------------------------------------------------------------ Buzzebees: Back Office > สมาชิก > รายชื่อสมาชิก > ส่งออก (one row per member)
  { name: 'buzzebees-raichue-samachik-th', product: 'Buzzebees (Thai loyalty and CRM platform; Back Office: สมาชิก > รายชื่อสมาชิก > ส่งออก Excel, one row per member of the brand\'s LINE/app points programme, Thai UI, a Bangkok bakery-café chain)', family: 'loyalty', language: 'th', schema: P, cols: [
    ['รหัสสมาชิก', (c) => `BZB${pad((n(c) * 7) % 10000000, 7)}`, ['loyalty.loyaltyID[0]', ...ID]],
    ['คำนำหน้า', (c) => (th(c).female ? row(['นางสาว', 'นาง', 'นางสาว'], n(c) % 3) : 'นาย'), ['person.name.courtesyTitle']],
    ['ชื่อ', (c) => th(c).first, ['person.name.firstName']],
    ['นามสกุล', (c) => th(c).last, ['person.name.lastName']],
    ['ชื่อ (ภาษาอังกฤษ)', (c) => (n(c) % 3 === 2 ? '' : `${th(c).firstEn} ${th(c).lastEn}`), [], opt],
    ['เพศ', (c) => (n(c) % 10 === 7 ? 'ไม่ระบุ' : th(c).female ? 'หญิง' : 'ชาย'), ['person.gender']],
    ['วันเกิด', (c) => (n(c) % 6 === 5 ? '' : beD(c.birth)), ['person.birthDate']],
    ['เบอร์โทรศัพท์มือถือ', (c) => th(c).mobile, ['mobilePhone.number']],
    ['อีเมล', (c) => (n(c) % 4 === 1 ? '' : th(c).email), ['personalEmail.address']],
    ['จังหวัด', (c) => th(c).prov, STATE(HOMES)],
    ['ช่องทางการสมัคร', (c) => row(['LINE', 'LINE', 'Application', 'หน้าร้าน', 'Facebook'], n(c) % 5), [], opt],
    ['ระดับสมาชิก', (c) => bzTier(c), ['loyalty.tier']],
    ['คะแนนคงเหลือ', (c) => group(bzPts(c), ','), ['loyalty.points']],
    ['คะแนนสะสมทั้งหมด', (c) => group(bzPts(c) + (n(c) * 29) % 6000, ','), ['loyalty.lifetimePoints']],
    ['คะแนนที่ใช้ไป', (c) => group((n(c) * 29) % 6000, ','), ['loyalty.pointsRedeemed']],
    ['คะแนนที่จะหมดอายุ', (c) => group(Math.round(bzPts(c) * 0.3), ','), ['loyalty.pointsExpiration[0].pointsExpiring'], opt],
    ['วันที่คะแนนหมดอายุ', () => '31/12/2568', ['loyalty.pointsExpiration[0].pointsExpirationDate'], opt],
    ['วันที่สมัคร', (c) => beDT(bzJoin(c)), ['loyalty.joinDate']],
    ['เข้าใช้งานล่าสุด', (c) => beDT(bzLast(c)), []],
    ['ยินยอมรับข่าวสาร', (c) => (c.bool ? 'ยินยอม' : 'ไม่ยินยอม'), [], opt],
    ['สถานะ', (c) => (n(c) % 17 === 0 ? 'ระงับการใช้งาน' : 'ใช้งาน'), [], opt],
  ] },
  // ------------------------------------------------------------ EduBrights SIM: ข้อมูลนักเรียน > รายชื่อนักเรียน > ส่งออก Excel (one row per enrolled student)
  { name: 'edubrights-raichue-nakrian-th', product: 'EduBrights SIM (Thai school-information system; ข้อมูลนักเรียน > รายชื่อนักเรียน > ส่งออก Excel, one row per student enrolled in the semester, Thai UI with Buddhist-era dates, a Nonthaburi private primary and lower-secondary school)', family: 'education', language: 'th', schema: P, cols: [
    ['ภาคเรียน', () => '1/2568', []],
    ['ระดับชั้น', (c) => ebLevel(c)[0], []],
    ['ห้อง', (c) => `${ebLevel(c)[0]}/${1 + (n(c) >> 3) % 4}`, []],
    ['เลขที่', (c) => String(1 + (n(c) * 7) % 38), []],
    ['เลขประจำตัว', (c) => String(10000 + (n(c) * 11) % 9000), ID],
    ['คำนำหน้า', (c) => ebTitle(c), ['person.name.courtesyTitle']],
    ['ชื่อ', (c) => th(c).first, ['person.name.firstName']],
    ['ชื่อสกุล', (c) => th(c).last, ['person.name.lastName']],
    ['ชื่อ (อังกฤษ)', (c) => th(c).firstEn, [], opt],
    ['ชื่อสกุล (อังกฤษ)', (c) => th(c).lastEn, [], opt],
    ['ชื่อเล่น', (c) => th(c).nick, []],
    ['เพศ', (c) => (ebBoy(c) ? 'ชาย' : 'หญิง'), ['person.gender']],
    ['วันเกิด', (c) => beD(ebBirth(c)), ['person.birthDate']],
    ['เลขประจำตัวประชาชน', (c) => cidFmt(th(c).cid), ['person.taxId'], opt],
    ['คณะสี', (c) => row(['แดง', 'เหลือง', 'เขียว', 'ฟ้า'], n(c) % 4), []],
    ['วันที่เข้าศึกษา', (c) => beD(ebAdmit(c)), [], opt],
    ['ที่อยู่', (c) => ebHome(c)[0], at(HOMES, 'street1')],
    ['ตำบล/แขวง', (c) => ebHome(c)[1], at(HOMES, 'street2'), opt],
    ['อำเภอ/เขต', (c) => ebHome(c)[2], at(HOMES, 'city')],
    ['จังหวัด', (c) => ebHome(c)[3], STATE(HOMES)],
    ['รหัสไปรษณีย์', (c) => ebHome(c)[4], at(HOMES, 'postalCode')],
    ['ชื่อผู้ปกครอง', (c) => ebParent(c).name, []],
    ['ความสัมพันธ์', (c) => ebParent(c).rel, []],
    ['เบอร์โทรผู้ปกครอง', (c) => dash(ebParent(c).tel), ['mobilePhone.number', 'homePhone.number'], opt],
    ['สถานะ', (c) => (n(c) % 23 === 0 ? 'ย้ายออก' : 'กำลังศึกษา'), [], opt],
  ] },
  // ------------------------------------------------------------ TRCLOUD: CRM > ลูกค้าเป้าหมาย (Lead) > ส่งออก Excel (one row per lead)
  { name: 'trcloud-crm-lead-export-th', product: 'TRCLOUD (Thai cloud ERP; CRM > ลูกค้าเป้าหมาย (Lead) > ส่งออก Excel, one row per lead person, Thai UI, a Samut Prakan food-packaging maker\'s sales team)', family: 'b2b-leads', language: 'th', schema: B, cols: [
    ['เลขที่', (c) => `LD${String(6800000 + (n(c) * 37) % 99999)}`, B2BID],
    ['วันที่สร้าง', (c) => thD(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['ชื่อ', (c) => th(c).first, ['person.name.firstName']],
    ['นามสกุล', (c) => th(c).last, ['person.name.lastName']],
    ['ชื่อเล่น', (c) => (n(c) % 3 === 0 ? th(c).nick : ''), []],
    ['ตำแหน่ง', (c) => TR_JOB[n(c) % TR_JOB.length], ['extendedWorkDetails.jobTitle']],
    ['ชื่อบริษัท', (c) => trCo(c)[0], CO],
    ['ประเภทธุรกิจ', (c) => trCo(c)[2], []],
    ['อีเมล', (c) => `${th(c).firstEn.toLowerCase()}.${th(c).lastEn.toLowerCase().slice(0, 1)}@${trCo(c)[1]}`, WE],
    ['เบอร์โทรศัพท์', (c) => `${trCo(c)[3]}-${trCo(c)[3] === '02' ? d(seeded(c, 'wt'), 3) + '-' + d(seeded(c, 'wt2'), 4) : d(seeded(c, 'wt'), 3) + '-' + d(seeded(c, 'wt2'), 3)}`, ['workPhone.number']],
    ['มือถือ', (c) => dash(th(c).mobile), ['mobilePhone.number']],
    ['LINE ID', (c) => (n(c) % 2 === 0 ? `${th(c).firstEn.toLowerCase()}${n(c) % 100}` : ''), []],
    ['เว็บไซต์', (c) => `www.${trCo(c)[1]}`, ['b2b.companyWebsite']],
    ['ที่อยู่', (c) => trCo(c)[4], at(['workAddress'], 'street1')],
    ['จังหวัด', (c) => trCo(c)[5], STATE(['workAddress'])],
    ['รหัสไปรษณีย์', (c) => trCo(c)[6], at(['workAddress'], 'postalCode')],
    ['แหล่งที่มา', (c) => trSrc(c), ['b2b.personSource']],
    ['สถานะ', (c) => trSt(c), ['b2b.personStatus'], opt],
    ['มูลค่าที่คาดการณ์ (บาท)', (c) => baht(((n(c) * 13) % 90 + 10) * 5000), []],
    ['พนักงานขาย', (c) => row(['คุณวรรณา', 'คุณธนพล', 'คุณศิริลักษณ์'], n(c) % 3), []],
    ['หมายเหตุ', (c) => row(['', 'สนใจถุงซิปล็อคพิมพ์โลโก้ 10,000 ใบ', '', 'ขอตัวอย่างกล่องกระดาษคราฟท์', 'นัดเข้าพบสัปดาห์หน้า'], n(c) % 5), []],
  ] },
]
