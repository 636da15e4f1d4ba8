// Round 77, heldout209: blind held-out sets written by a helper that never opened the suggester, its tests, the scorer
// or a score. Same format as sets.mjs (sources in ../README.md). East and South-East Asian exports, headers in the
// product's UI language: a Korean hourly space-rental marketplace's host booking list for a Seongsu-dong coworking
// space's meeting rooms (SpaceCloud / 스페이스클라우드) (KR, ko E 1); a Chinese auto-repair shop SaaS's work-order export
// for a Shenzhen workshop (F6汽车科技 / F6 Auto Tech) (CN, zh E 1); an Indonesian pharmacy system's sales-detail report
// for a Sleman apotek (Vmedis) (ID, id E 1); a Thai apartment-management system's monthly room-bill export for a
// Bangkok apartment building (Horganice) (TH, th E 1); the Indonesian open-source library system's member export for
// a regency public library (SLiMS, Senayan Library Management System) (ID, id P 1); a Korean veterinary-hospital
// system's client (보호자) list for a Seoul animal hospital (IntoVet / 인투벳) (KR, ko P 1); a Vietnamese CRM's contact
// export for a Ho Chi Minh City insurance broker's corporate-client contacts (MISA AMIS CRM) (VN, vi B 1); a Malaysian
// accounting package's debtor listing for a Selangor bulk-LPG and solar-power supplier (AutoCount Accounting) (MY, en
// B 1). E 4, P 2, B 2.
// Headers: SLiMS's from its own member export (slims/slims9_bulian admin/modules/membership/export.php, found with the
// search tool: the SELECT's column keys, in that order, written as the header row); SpaceCloud's booking statuses and
// instant/approval booking kinds read in its English host help centre (support.spacecloud.city/58, /72), the Korean
// words and every SpaceCloud column name the writer's own; the other headers written from the writer's
// knowledge of each product (a short hunt in the docs, pages and code corpora found no public export column list for
// F6, Vmedis, Horganice, IntoVet, MISA AMIS CRM or AutoCount). A subset of each export's columns in the order the writer
// knows. Nothing was copied from a real export; every value is generated.
import { E, P, B, v, B2BID, PL, OR, opt, EMAIL_ID, PHONE_ID, CO, HOME, at, STATE } from './sets.mjs'
import { pad, row, ymd, hms, hm, dmy, shift, group, hash } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const ID = ['_id', 'personID']
const HOMES = (leaf) => at(HOME, leaf)
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}|${c.first}|${c.last}|${salt}`) ^ 0x2c1b3c6d); r(); r(); return r }
// Seoul +9, Shenzhen and Kuala Lumpur +8, Jakarta/Yogyakarta, Bangkok and Ho Chi Minh City +7; no summer time anywhere
const kst = (ms) => shift(ms, 9)
const cst = (ms) => shift(ms, 8)
const wib = (ms) => shift(ms, 7)
const ict = (ms) => shift(ms, 7)
// an instant on day k after base (UTC midnight), between local hours h0 and h1 of a zone tz
const inHours = (base, k, h0, h1, tz, x) => base + k * day + (h0 - tz) * 3600000 + (x % Math.round((h1 - h0) * 3600)) * 1000
const won = (x) => group(x, ',')
const rp = (x) => group(x, '.')
const baht = (x) => (Math.round(x * 100) / 100).toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
const yuan = (x) => (Math.round(x * 100) / 100).toFixed(2)

// ---------------------------------------------------------------- local people, seeded by the row's person
const KO = {
  last: ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임', '한', '오', '서', '신', '권', '황'],
  m: ['민준', '도윤', '지훈', '현우', '성민', '준호', '태윤', '승현', '동욱', '재원', '우진', '상훈'],
  f: ['서연', '지우', '하은', '수아', '지민', '은지', '유진', '소영', '혜린', '민서', '예은', '지현'],
  mail: ['naver.com', 'naver.com', 'gmail.com', 'daum.net', 'hanmail.net', 'kakao.com', 'nate.com'],
  rom: { 김: 'kim', 이: 'lee', 박: 'park', 최: 'choi', 정: 'jung', 강: 'kang', 조: 'cho', 윤: 'yoon', 장: 'jang', 임: 'lim', 한: 'han', 오: 'oh', 서: 'seo', 신: 'shin', 권: 'kwon', 황: 'hwang' },
  // [postcode, 시/도, 구/시, roads]
  places: [['04013', '서울특별시', '마포구', ['망원로', '포은로', '희우정로', '월드컵로']], ['04031', '서울특별시', '마포구', ['양화로', '독막로', '성미산로']], ['03925', '서울특별시', '마포구', ['월드컵북로', '성암로', '상암산로']], ['04157', '서울특별시', '마포구', ['마포대로', '백범로', '도화길']], ['03722', '서울특별시', '서대문구', ['연희로', '증가로', '신촌로']], ['07299', '서울특별시', '영등포구', ['선유로', '양평로', '당산로']], ['03467', '서울특별시', '은평구', ['증산로', '수색로', '은평로']], ['07631', '서울특별시', '강서구', ['양천로', '공항대로', '등촌로']], ['10403', '경기도', '고양시 일산동구', ['중앙로', '정발산로', '일산로']]],
  given: { 민준: 'minjun', 도윤: 'doyun', 지훈: 'jihoon', 현우: 'hyunwoo', 성민: 'sungmin', 준호: 'junho', 태윤: 'taeyoon', 승현: 'seunghyun', 동욱: 'dongwook', 재원: 'jaewon', 우진: 'woojin', 상훈: 'sanghoon', 서연: 'seoyeon', 지우: 'jiwoo', 하은: 'haeun', 수아: 'sua', 지민: 'jimin', 은지: 'eunji', 유진: 'yujin', 소영: 'soyoung', 혜린: 'hyerin', 민서: 'minseo', 예은: 'yeeun', 지현: 'jihyun' },
}
const ID_ = {
  m: ['Budi', 'Agus', 'Andi', 'Eko', 'Wahyu', 'Rizky', 'Dimas', 'Fajar', 'Bayu', 'Yoga', 'Hendra', 'Arief'],
  f: ['Sri', 'Siti', 'Rina', 'Dewi', 'Fitri', 'Putri', 'Ayu', 'Nur', 'Wulan', 'Indah', 'Lestari', 'Anisa'],
  last: ['Santoso', 'Wijaya', 'Saputra', 'Pratama', 'Hidayat', 'Nugroho', 'Kurniawan', 'Setiawan', 'Rahmawati', 'Susanti', 'Utami', 'Wibowo', 'Purnomo', 'Handayani'],
  mail: ['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.co.id', 'yahoo.com', 'ymail.com', 'outlook.com'],
  // [postcode, desa/kelurahan, kecamatan, streets]
  places: [['55581', 'Condongcatur', 'Depok', ['Jl. Kaliurang Km 6', 'Jl. Anggajaya', 'Jl. Perumnas']], ['55281', 'Caturtunggal', 'Depok', ['Jl. Affandi', 'Jl. Seturan Raya', 'Jl. Babarsari']], ['55283', 'Maguwoharjo', 'Depok', ['Jl. Raya Tajem', 'Jl. Ring Road Utara', 'Jl. Wonocatur']], ['55511', 'Tridadi', 'Sleman', ['Jl. Magelang Km 12', 'Jl. Parasamya', 'Jl. Gito Gati']], ['55571', 'Pakembinangun', 'Pakem', ['Jl. Kaliurang Km 17', 'Jl. Pakem-Turi']], ['55584', 'Sinduharjo', 'Ngaglik', ['Jl. Kaliurang Km 10', 'Jl. Palagan Tentara Pelajar']], ['55291', 'Sendangadi', 'Mlati', ['Jl. Magelang Km 7', 'Jl. Kebon Agung']], ['55571', 'Harjobinangun', 'Pakem', ['Jl. Boyong', 'Jl. Kaliurang Km 19']], ['55561', 'Wedomartani', 'Ngemplak', ['Jl. Raya Jongke', 'Jl. Cangkringan']]],
}
const TH = {
  m: ['สมชาย', 'ณัฐพล', 'ธนากร', 'อนุชา', 'พงศกร', 'กิตติพัฒน์', 'วีระพงษ์', 'ศุภชัย', 'ภานุวัฒน์', 'ธีรวัฒน์'],
  f: ['สมหญิง', 'วิภาวดี', 'กมลชนก', 'ปิยะนุช', 'ศิริพร', 'อรอุมา', 'ชนิดา', 'พิมพ์ชนก', 'สุภาวดี', 'ณัฐธิดา'],
  last: ['ใจดี', 'ศรีสุข', 'วงศ์สวัสดิ์', 'ทองดี', 'แก้วมณี', 'บุญมา', 'สุขเจริญ', 'พรหมสุวรรณ', 'จันทร์เพ็ญ', 'รุ่งเรืองศรี', 'มีสุข', 'ชัยมงคล'],
}
const VI = {
  ho: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ'],
  demM: ['Văn', 'Minh', 'Quốc', 'Hoàng', 'Đức', 'Thanh', 'Hữu'],
  demF: ['Thị', 'Ngọc', 'Thu', 'Thanh', 'Minh', 'Bảo', 'Kim'],
  tenM: ['Hùng', 'Dũng', 'Tuấn', 'Khoa', 'Phúc', 'Nam', 'Long', 'Huy', 'Quân', 'Sơn'],
  tenF: ['Lan', 'Hương', 'Mai', 'Linh', 'Trang', 'Thảo', 'Hạnh', 'Ngân', 'Vy', 'Phương'],
}
const memo = new Map()
function mk (c, cc) {
  const r = seeded(c, cc), female = r() < 0.5
  if (cc === 'ko') {
    const last = v.pick(r, KO.last), given = v.pick(r, female ? KO.f : KO.m), pl = v.pick(r, KO.places)
    const mob = `010-${v.int(r, 2000, 9999)}-${v.digits(r, 4)}`
    const g = KO.given[given], yy = v.int(r, 75, 99)
    const mail = `${v.pick(r, [`${g}.${KO.rom[last]}`, `${KO.rom[last]}${g}${yy}`, `${g}${yy}`, `${KO.rom[last]}_${g}`])}@${v.pick(r, KO.mail)}`
    const road = `${pl[1]} ${pl[2]} ${v.pick(r, pl[3])} ${v.int(r, 1, 240)}`
    const apt = r() < 0.6 ? `${v.int(r, 101, 115)}동 ${v.int(r, 1, 25)}0${v.int(r, 1, 4)}호` : r() < 0.5 ? `${v.int(r, 2, 5)}층` : ''
    return { female, last, given, full: `${last}${given}`, mob, mail, zip: pl[0], sido: pl[1], road, apt, k: v.int(r, 0, 99999) }
  }
  if (cc === 'id') {
    const first = v.pick(r, female ? ID_.f : ID_.m), last = v.pick(r, ID_.last), pl = v.pick(r, ID_.places)
    const mob = `08${v.pick(r, ['12', '13', '21', '22', '52', '56', '57', '77', '78', '95', '96'])}${v.digits(r, v.int(r, 7, 8))}`
    const mail = `${v.slug(first)}${v.pick(r, ['', '.', '_'])}${v.slug(last)}${r() < 0.6 ? v.int(r, 1, 99) : ''}@${v.pick(r, ID_.mail)}`
    const addr = `${v.pick(r, pl[3])} No. ${v.int(r, 1, 120)}, RT ${pad(v.int(r, 1, 12), 2)}/RW ${pad(v.int(r, 1, 30), 2)}, ${pl[1]}, ${pl[2]}, Sleman`
    return { female, first, last, full: `${first} ${last}`, mob, mail, zip: pl[0], addr, kec: pl[2], k: v.int(r, 0, 99999) }
  }
  if (cc === 'th') {
    const first = v.pick(r, female ? TH.f : TH.m), last = v.pick(r, TH.last)
    const mob = `0${v.pick(r, ['8', '9', '6'])}${v.int(r, 1, 9)}-${v.digits(r, 3)}-${v.digits(r, 4)}`
    return { female, first, last, full: `${female ? (r() < 0.7 ? 'นางสาว' : 'นาง') : 'นาย'}${first} ${last}`, mob, k: v.int(r, 0, 99999) }
  }
  // vi
  const ho = v.pick(r, VI.ho), dem = v.pick(r, female ? VI.demF : VI.demM), ten = v.pick(r, female ? VI.tenF : VI.tenM)
  const mob = `0${v.pick(r, ['90', '91', '93', '97', '98', '70', '77', '86', '88'])}${v.int(r, 1, 9)} ${v.digits(r, 3)} ${v.digits(r, 3)}`
  return { female, ho, dem, ten, full: `${ho} ${dem} ${ten}`, mob, birth: Date.UTC(1975, 0, 1) + Math.floor(r() * 22 * 365) * day, k: v.int(r, 0, 99999) }
}
const who = (c, cc) => { const k = `${cc}|${c.id}|${c.first}|${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc)); return memo.get(k) }
const ko = (c) => who(c, 'ko')
const idn = (c) => who(c, 'id')
const th = (c) => who(c, 'th')
const vi = (c) => who(c, 'vi')
const vslug = (s) => v.slug(s.replace(/đ/g, 'd').replace(/Đ/g, 'D'))

// ---------------------------------------------------------------- 1. SpaceCloud host booking list (KR, ko, E)
// a Seongsu-dong coworking space that rents its meeting rooms, seminar room and studio by the hour on SpaceCloud;
// one row per booking
const SC_ROOM = [['미팅룸 A (최대 6인)', 18000, 6], ['미팅룸 B (최대 4인)', 12000, 4], ['세미나룸 (최대 20인)', 45000, 20], ['포커스룸 (1인)', 6000, 1], ['촬영 스튜디오', 35000, 5], ['미팅룸 A (최대 6인)', 18000, 6], ['라운지 대관 (최대 40인)', 90000, 40]]
const SC_PURP = ['회의', '스터디', '강의/세미나', '면접', '촬영', '워크숍', '회의', '모임']
const SC_PAY = ['신용카드', '네이버페이', '카카오페이', '신용카드', '토스페이', '계좌이체', '신용카드']
const scR = (o) => row(SC_ROOM, (n(o) >> 1) % 7)
const scHrs = (o) => (scR(o)[0].startsWith('라운지') ? 4 : 2 + (n(o) % 3))
const scStart = (o) => Date.UTC(2025, 2, 3) + (n(o) % 110) * day + (0 + (n(o) % 11)) * 3600000 // 09:00-19:00 KST
const scAt = (o) => scStart(o) - ((n(o) % 20) + 1) * day - ((n(o) * 7) % 600) * 60000
const scSt = (o) => (n(o) % 13 === 0 ? '취소환불' : n(o) % 17 === 0 ? '결제대기' : scStart(o) < Date.UTC(2025, 4, 20) ? '이용완료' : '예약확정')
const scCoupon = (o) => (n(o) % 6 === 0 ? (n(o) % 12 === 0 ? 5000 : 3000) : 0)
const scPts = (o) => (n(o) % 9 === 0 ? 1000 + (n(o) % 4) * 500 : 0)
const scGross = (o) => scR(o)[1] * scHrs(o)
const scPaid = (o) => (scSt(o) === '결제대기' ? 0 : scGross(o) - scCoupon(o) - scPts(o))
const scFee = (o) => Math.round(scGross(o) * 0.099 / 10) * 10
const kDate = (p) => `${p.y}.${pad(p.m)}.${pad(p.d)}`
const SET_SC = { name: 'spacecloud-host-yeyak-naeyeok-kr', product: 'SpaceCloud / 스페이스클라우드 (호스트센터: 예약 관리 > 예약 내역 > 엑셀 다운로드, one row per booking, Korean UI, a Seongsu-dong coworking space renting meeting rooms, a seminar room and a studio by the hour, Asia/Seoul, KRW)', family: 'bookings', language: 'ko', schema: E, cols: [
  ['예약번호', (c, o) => String(3180000 + n(o) * 11), ['_id', OR('purchaseID')]],
  ['예약상태', (c, o) => scSt(o), [], opt],
  ['예약신청일시', (c, o) => { const p = kst(scAt(o)); return `${kDate(p)} ${hm(p)}` }, ['timestamp', OR('createdDate')]],
  ['공간명', () => '성수 워크앤라운지', [], opt],
  ['세부공간명', (c, o) => scR(o)[0], [PL('name')]],
  ['이용일', (c, o) => kDate(kst(scStart(o))), []],
  ['이용시간', (c, o) => `${hm(kst(scStart(o)))}~${hm(kst(scStart(o) + scHrs(o) * 3600000))}`, []],
  ['이용시간(시간)', (c, o) => String(scHrs(o)), [PL('quantity')], opt],
  ['인원', (c, o) => String(Math.max(1, Math.min(scR(o)[2], 1 + (n(o) % 7)))), []],
  ['예약자명', (c) => ko(c).full, []],
  ['연락처', (c) => ko(c).mob, PHONE_ID, opt],
  ['이메일', (c) => ko(c).mail, EMAIL_ID],
  ['사용목적', (c, o) => row(SC_PURP, n(o) % 8), []],
  ['요청사항', (c, o) => row(['', '', '빔프로젝터 사용 예정입니다', '', '주차 1대 가능할까요?', '', '화이트보드 마커 부탁드립니다', ''], n(o) % 8), []],
  ['결제수단', (c, o) => (scSt(o) === '결제대기' ? '' : row(SC_PAY, n(o) % 7)), [OR('payments[0].paymentType')], opt],
  ['상품금액', (c, o) => won(scGross(o)), [], opt],
  ['쿠폰할인', (c, o) => won(scCoupon(o)), [OR('discountAmount')]],
  ['포인트사용', (c, o) => won(scPts(o)), [], opt],
  ['결제금액', (c, o) => won(scPaid(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
  ['환불금액', (c, o) => won(scSt(o) === '취소환불' ? scPaid(o) : 0), [OR('refundTotal'), OR('refunds[0].refundAmount')]],
  ['수수료', (c, o) => won(scSt(o) === '취소환불' || scSt(o) === '결제대기' ? 0 : scFee(o)), []],
  ['정산예정금액', (c, o) => won(scSt(o) === '취소환불' || scSt(o) === '결제대기' ? 0 : scGross(o) - scFee(o)), []],
] }

// ---------------------------------------------------------------- 2. F6 work-order export (CN, zh, E)
// an independent repair and maintenance workshop in Nanshan, Shenzhen; one row per work order (工单)
const F6_CAR = [['大众 朗逸 2019款 1.5L 自动舒适版', 'LSVAA6BR'], ['丰田 凯美瑞 2021款 2.5G 豪华版', 'LVGBPB9E'], ['本田 雅阁 2020款 260TURBO 精英版', 'LHGCV167'], ['比亚迪 汉 EV 2022款 创世版', 'LGXCE4CB'], ['日产 轩逸 2020款 1.6L XL CVT悦享版', 'LGBH52E0'], ['宝马 3系 2019款 325Li M运动套装', 'LBV5S310'], ['别克 英朗 2018款 18T 自动精英型', 'LSGKB54H'], ['特斯拉 Model 3 2021款 标准续航后驱版', 'LRW3E7EA']]
// [service item, business type, labour, parts]
const F6_JOB = [['小保养（机油+机滤）', '保养', 80, 368], ['大保养（机油+三滤+火花塞）', '保养', 180, 860], ['更换前刹车片', '维修', 120, 420], ['四轮定位', '维修', 150, 0], ['空调系统清洗+更换空调滤', '维修', 120, 168], ['前保险杠钣喷', '钣喷', 350, 450], ['更换蓄电池', '维修', 50, 680], ['轮胎更换（2条）', '轮胎', 60, 1180], ['精洗+打蜡', '美容', 0, 268], ['更换变速箱油', '保养', 200, 980]]
const F6_ADV = ['陈志强', '刘婷', '黄俊杰', '周晓敏']
const F6_TECH = ['李师傅', '王师傅', '张师傅', '赵师傅', '吴师傅']
const F6_PAY = ['微信支付', '支付宝', '微信支付', '会员卡', '银行卡', '现金', '挂账']
const f6Car = (o) => row(F6_CAR, (n(o) >> 2) % 8)
const f6Job = (o) => row(F6_JOB, n(o) % 10)
const f6Gross = (o) => f6Job(o)[2] + f6Job(o)[3]
const f6Disc = (o) => (n(o) % 5 === 0 ? Math.round(f6Gross(o) * 0.1) : n(o) % 7 === 0 ? 50 : 0)
const f6Due = (o) => f6Gross(o) - f6Disc(o)
const f6St = (o) => (n(o) % 11 === 0 ? '施工中' : n(o) % 13 === 0 ? '已完工' : '已结算')
const f6Pay = (o) => (f6St(o) === '已结算' ? row(F6_PAY, (n(o) >> 1) % 7) : '')
const f6Paid = (o) => (f6St(o) !== '已结算' || f6Pay(o) === '挂账' ? 0 : f6Due(o))
const f6At = (o) => inHours(Date.UTC(2025, 1, 10), (n(o) * 7) % 100, 8.5, 17, 8, n(o) * 7919)
const f6Done = (o) => f6At(o) + (1 + (n(o) % 4)) * 3600000 + ((n(o) * 13) % 60) * 60000
const cnTime = (ms) => { const p = cst(ms); return `${ymd(p)} ${hms(p)}` }
const ZH = { last: ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴', '徐', '孙', '林', '郭', '何', '罗'], given: ['伟', '芳', '敏', '静', '磊', '洋', '勇', '婷', '杰', '涛', '明', '超', '晓东', '志明', '丽华', '建国', '海燕', '嘉欣', '子豪', '俊杰'] }
const zhName = (c) => { const r = seeded(c, 'zh'); return `${v.pick(r, ZH.last)}${v.pick(r, ZH.given)}` }
const zhMob = (c) => { const r = seeded(c, 'zhm'); return `1${v.pick(r, ['38', '39', '35', '36', '37', '50', '59', '86', '88', '89', '77', '58'])}${v.digits(r, 8)}` }
const PLATE = 'ABCDEFGHJKLMNPQRSTUVWXYZ'
const zhPlate = (c, o) => { const r = seeded(c, 'pl'); const ev = f6Car(o)[0].includes('EV') || f6Car(o)[0].includes('特斯拉'); return `粤B${ev ? v.pick(r, ['D', 'F']) : ''}${Array.from({ length: ev ? 5 : 5 }, (_, k) => (k < 1 && !ev ? PLATE[v.int(r, 0, 23)] : String(v.int(r, 0, 9)))).join('')}` }
const SET_F6 = { name: 'f6-qixiu-gongdan-daochu-cn', product: 'F6汽车科技 / F6 Auto Tech (F6智慧门店: 工单管理 > 工单查询 > 导出Excel, one row per work order, Simplified Chinese UI, an independent repair and maintenance workshop in Nanshan, Shenzhen, Asia/Shanghai, CNY)', family: 'orders', language: 'zh', schema: E, cols: [
  ['工单号', (c, o) => { const p = cst(f6At(o)); return `GD${p.y}${pad(p.m)}${pad(p.d)}${pad(1 + (n(o) % 40), 4)}` }, ['_id', OR('purchaseID')]],
  ['门店名称', () => '车博士汽车服务（南山店）', [], opt],
  ['开单时间', (c, o) => cnTime(f6At(o)), ['timestamp', OR('createdDate')]],
  ['车牌号', (c, o) => zhPlate(c, o), []],
  ['品牌车型', (c, o) => f6Car(o)[0], []],
  ['VIN码', (c, o) => `${f6Car(o)[1]}${String(v.int(seeded(c, 'vin'), 0, 9))}${'KLMNP'[n(o) % 5]}${v.digits(seeded(c, 'vin2'), 7)}`, []],
  ['进厂里程', (c, o) => String(8000 + ((n(o) * 3571) % 140000)), []],
  ['客户名称', (c) => zhName(c), []],
  ['联系电话', (c) => zhMob(c), PHONE_ID, opt],
  ['业务类型', (c, o) => f6Job(o)[1], [PL('productCategories[0].categoryName')], opt],
  ['维修项目', (c, o) => f6Job(o)[0], [PL('name')], opt],
  ['服务顾问', (c, o) => row(F6_ADV, n(o) % 4), []],
  ['维修技师', (c, o) => row(F6_TECH, (n(o) >> 1) % 5), []],
  ['工时费', (c, o) => yuan(f6Job(o)[2]), []],
  ['材料费', (c, o) => yuan(f6Job(o)[3]), []],
  ['优惠金额', (c, o) => yuan(f6Disc(o)), [OR('discountAmount')]],
  ['应收金额', (c, o) => yuan(f6Due(o)), [OR('priceTotal')]],
  ['实收金额', (c, o) => yuan(f6Paid(o)), [OR('payments[0].paymentAmount')]],
  ['支付方式', (c, o) => f6Pay(o), [OR('payments[0].paymentType')], opt],
  ['工单状态', (c, o) => f6St(o), [], opt],
  ['完工时间', (c, o) => (f6St(o) === '施工中' ? '' : cnTime(f6Done(o))), [], opt],
  ['备注', (c, o) => row(['', '', '客户自带机油', '', '下次保养里程+5000km', '', '左前轮胎侧有鼓包，已提醒', ''], n(o) % 8), []],
] }

// ---------------------------------------------------------------- 3. Vmedis sales-detail report (ID, id, E)
// a community apotek in Condongcatur, Sleman; one row per item sold (a sale with several items gives several rows)
// [code, name, golongan, unit, price]
const VM_ITEM = [['OBT00112', 'Paracetamol 500 mg Tablet', 'Obat Bebas', 'Strip', 5000], ['OBT00245', 'Amoxicillin 500 mg Kapsul', 'Obat Keras', 'Strip', 8500], ['OBT00318', 'OBH Combi Batuk Berdahak 100 ml', 'Obat Bebas Terbatas', 'Botol', 21500], ['OBT00407', 'Promag Tablet', 'Obat Bebas', 'Strip', 9000], ['OBT00511', 'Amlodipine 10 mg Tablet', 'Obat Keras', 'Strip', 6500], ['OBT00629', 'Sangobion Kapsul', 'Obat Bebas', 'Strip', 19500], ['ALK00034', 'Masker Medis 3 Ply', 'Alat Kesehatan', 'Box', 32000], ['OBT00733', 'Tolak Angin Cair 15 ml', 'Jamu / Herbal', 'Sachet', 4000], ['OBT00852', 'Metformin 500 mg Tablet', 'Obat Keras', 'Strip', 4500], ['OBT00917', 'Betadine Antiseptik 30 ml', 'Obat Bebas', 'Botol', 26000], ['OBT01022', 'Cetirizine 10 mg Tablet', 'Obat Keras', 'Strip', 7000]]
const VM_DOC = ['dr. Arif Budiman', 'dr. Ratna Sari, Sp.PD', 'dr. Yohanes Prasetyo', 'drg. Maya Kartika']
const VM_PAY = ['Tunai', 'QRIS', 'Tunai', 'Debit BCA', 'Transfer', 'Tunai', 'QRIS']
const vmIt = (o) => row(VM_ITEM, n(o) % 11)
const vmResep = (o) => vmIt(o)[2] === 'Obat Keras'
const vmQty = (o) => (vmIt(o)[3] === 'Box' ? 1 : vmIt(o)[3] === 'Sachet' ? 2 + (n(o) % 4) : 1 + (n(o) % 3))
const vmDisc = (o) => (n(o) % 6 === 0 ? Math.round(vmIt(o)[4] * vmQty(o) * 0.05 / 100) * 100 : 0)
const vmSub = (o) => vmIt(o)[4] * vmQty(o) - vmDisc(o)
const vmTuslah = (o) => (vmResep(o) ? 3000 : 0)
const vmTotal = (o) => vmSub(o) + vmTuslah(o) + ((n(o) % 4) === 0 ? 0 : row([5000, 9000, 21500, 4000, 13000], n(o) % 5))
const vmAt = (o) => inHours(Date.UTC(2025, 3, 1), (n(o) * 7) % 45, 7.5, 21.5, 7, n(o) * 7919)
const vmBatch = (o) => `${'BCDFKLM'[n(o) % 7]}${pad(24 + (n(o) % 2), 2)}${pad((n(o) * 37) % 1000, 3)}${'ABC'[n(o) % 3]}`
const SET_VM = { name: 'vmedis-laporan-detail-penjualan-apotek-id', product: 'Vmedis (Apotek: Laporan > Penjualan > Detail Penjualan > Export Excel, one row per item sold, Indonesian UI, a community pharmacy in Condongcatur, Sleman, Asia/Jakarta, IDR)', family: 'pos', language: 'id', schema: E, cols: [
  ['No. Faktur', (c, o) => { const p = wib(vmAt(o)); return `PJ${String(p.y).slice(2)}${pad(p.m)}${pad(p.d)}-${pad(1 + (n(o) % 180), 4)}` }, [OR('purchaseID')]],
  ['Tanggal', (c, o) => { const p = wib(vmAt(o)); return `${dmy(p, '-')} ${hms(p)}` }, ['timestamp', OR('createdDate')]],
  ['Jenis Penjualan', (c, o) => (vmResep(o) ? 'Resep' : 'Bebas'), [], opt],
  ['Pelanggan', (c, o) => (vmResep(o) || n(o) % 5 === 0 ? idn(c).full : 'Umum'), []],
  ['Dokter', (c, o) => (vmResep(o) ? row(VM_DOC, n(o) % 4) : '-'), []],
  ['Kode Barang', (c, o) => vmIt(o)[0], [PL('SKU')]],
  ['Nama Barang', (c, o) => vmIt(o)[1], [PL('name')]],
  ['Golongan', (c, o) => vmIt(o)[2], [PL('productCategories[0].categoryName')], opt],
  ['No. Batch', (c, o) => vmBatch(o), []],
  ['Tgl. Kadaluarsa', (c, o) => `${pad(1 + (n(o) % 28))}-${pad(1 + (n(o) % 12))}-${2026 + (n(o) % 3)}`, []],
  ['Jumlah', (c, o) => String(vmQty(o)), [PL('quantity')]],
  ['Satuan', (c, o) => vmIt(o)[3], [PL('unitOfMeasureCode')], opt],
  ['Harga Jual', (c, o) => rp(vmIt(o)[4]), []],
  ['Diskon', (c, o) => rp(vmDisc(o)), [PL('discountAmount')]],
  ['Subtotal', (c, o) => rp(vmSub(o)), [PL('priceTotal')]],
  ['Tuslah/Embalase', (c, o) => rp(vmTuslah(o)), []],
  ['Total Faktur', (c, o) => rp(vmTotal(o)), [OR('priceTotal')]],
  ['Cara Bayar', (c, o) => row(VM_PAY, (n(o) >> 1) % 7), [OR('payments[0].paymentType')], opt],
  ['Kasir', (c, o) => row(['Apt. Nurul Hidayah', 'Rini (TTK)', 'Dian (TTK)'], n(o) % 3), []],
] }

// ---------------------------------------------------------------- 4. Horganice monthly room bills (TH, th, E)
// a 5-storey apartment building near Ramkhamhaeng, Bangkok; one row per room per monthly bill
const HG_ROOM = [['ห้องพัดลม', 3200], ['ห้องแอร์ Standard', 4500], ['ห้องแอร์ Standard', 4500], ['ห้องแอร์ Deluxe', 5500], ['ห้องแอร์ Standard', 4500]]
const hgRoomNo = (c) => `${1 + (n(c) % 5)}${pad(1 + ((n(c) >> 3) % 18), 2)}`
const hgType = (c) => row(HG_ROOM, n(c) % 5)
const hgMonth = (o) => 1 + (n(o) % 5) // bills for January-May 2025, issued on the 25th, due on the 5th of the next month
const hgIssue = (o) => Date.UTC(2025, hgMonth(o) - 1, 25, 2) + (n(o) % 3) * 3600000
const hgWaterU = (o) => 3 + (n(o) % 9)
const hgElecU = (c, o) => (hgType(c)[0] === 'ห้องพัดลม' ? 40 + (n(o) % 50) : 110 + ((n(o) * 7) % 180))
const hgMeterE = (c, o) => 12000 + ((n(c) * 97) % 9000) + hgMonth(o) * 160
const hgWater = (o) => hgWaterU(o) * 18
const hgElec = (c, o) => hgElecU(c, o) * 7
const hgDisc = (o) => (n(o) % 9 === 0 ? 200 : 0)
const hgTotal = (c, o) => hgType(c)[1] + hgWater(o) + hgElec(c, o) + 300 + 350 - hgDisc(o)
const hgSt = (o) => (n(o) % 7 === 0 ? 'ค้างชำระ' : n(o) % 11 === 0 ? 'ชำระบางส่วน' : 'ชำระแล้ว')
const hgPaid = (c, o) => (hgSt(o) === 'ค้างชำระ' ? 0 : hgSt(o) === 'ชำระบางส่วน' ? hgType(c)[1] : hgTotal(c, o))
const thD = (p) => `${pad(p.d)}/${pad(p.m)}/${p.y + 543}`
const SET_HG = { name: 'horganice-bill-export-apartment-th', product: 'Horganice / ฮอร์แกไนซ์ (ระบบจัดการหอพัก: บิล > รายการบิล > ดาวน์โหลด Excel, one row per room per monthly bill, Thai UI, a 5-storey apartment building near Ramkhamhaeng, Bangkok, Asia/Bangkok, THB, Buddhist-era dates)', family: 'billing', language: 'th', schema: E, cols: [
  ['เลขที่บิล', (c, o) => `INV${String(2025 + 543).slice(2)}${pad(hgMonth(o))}-${pad(1 + (n(c) % 90), 4)}`, ['_id', OR('purchaseID')]],
  ['รอบบิล', (c, o) => `${pad(hgMonth(o))}/${2025 + 543}`, []],
  ['วันที่ออกบิล', (c, o) => thD(ict(hgIssue(o))), ['timestamp', OR('createdDate')]],
  ['กำหนดชำระ', (c, o) => thD(ict(Date.UTC(2025, hgMonth(o), 5))), []],
  ['ห้อง', (c) => hgRoomNo(c), [], opt],
  ['ประเภทห้อง', (c) => hgType(c)[0], [PL('name')], opt],
  ['ชื่อผู้เช่า', (c) => th(c).full, []],
  ['เบอร์โทร', (c) => th(c).mob, PHONE_ID, opt],
  ['ค่าเช่าห้อง', (c) => baht(hgType(c)[1]), [], opt],
  ['มิเตอร์น้ำครั้งก่อน', (c, o) => String(800 + ((n(c) * 31) % 600) + hgMonth(o) * 6), []],
  ['มิเตอร์น้ำครั้งนี้', (c, o) => String(800 + ((n(c) * 31) % 600) + hgMonth(o) * 6 + hgWaterU(o)), []],
  ['หน่วยน้ำ', (c, o) => String(hgWaterU(o)), []],
  ['ค่าน้ำ', (c, o) => baht(hgWater(o)), []],
  ['มิเตอร์ไฟครั้งก่อน', (c, o) => String(hgMeterE(c, o)), []],
  ['มิเตอร์ไฟครั้งนี้', (c, o) => String(hgMeterE(c, o) + hgElecU(c, o)), []],
  ['หน่วยไฟ', (c, o) => String(hgElecU(c, o)), []],
  ['ค่าไฟ', (c, o) => baht(hgElec(c, o)), []],
  ['ค่าส่วนกลาง', () => baht(300), []],
  ['ค่าอินเทอร์เน็ต', () => baht(350), []],
  ['ส่วนลด', (c, o) => baht(hgDisc(o)), [OR('discountAmount')]],
  ['ยอดรวม', (c, o) => baht(hgTotal(c, o)), [OR('priceTotal')]],
  ['ยอดชำระ', (c, o) => baht(hgPaid(c, o)), [OR('payments[0].paymentAmount')]],
  ['สถานะ', (c, o) => hgSt(o), [], opt],
  ['วันที่ชำระ', (c, o) => (hgSt(o) === 'ค้างชำระ' ? '' : thD(ict(Date.UTC(2025, hgMonth(o), 1 + (n(o) % 6), 5)))), [], opt],
  ['ช่องทางชำระ', (c, o) => (hgSt(o) === 'ค้างชำระ' ? '' : row(['โอนเงิน', 'พร้อมเพย์', 'เงินสด', 'พร้อมเพย์', 'โอนเงิน'], n(o) % 5)), [OR('payments[0].paymentType')], opt],
] }

// ---------------------------------------------------------------- 5. SLiMS member export (ID, id, P)
// a regency public library (Dinas Perpustakaan dan Kearsipan) in Sleman on SLiMS 9 Bulian; the export is the member
// table's raw columns: gender 1 = laki-laki, 0 = perempuan; is_new 0/1; dates yyyy-mm-dd
const SL_TYPE = ['Umum', 'Pelajar', 'Mahasiswa', 'Umum', 'PNS/ASN', 'Pelajar', 'Anak']
const SL_INST = { Umum: ['', 'Wiraswasta', 'CV Sinar Mandiri', ''], Pelajar: ['SMA Negeri 1 Depok', 'SMP Negeri 4 Pakem', 'SMA Negeri 2 Ngaglik', 'MAN 3 Sleman'], Mahasiswa: ['Universitas Gadjah Mada', 'UPN "Veteran" Yogyakarta', 'Universitas Islam Indonesia', 'Universitas Negeri Yogyakarta'], 'PNS/ASN': ['Pemkab Sleman', 'Dinas Pendidikan Kab. Sleman', 'Puskesmas Depok III'], Anak: ['SD Negeri Condongcatur', 'SD Muhammadiyah Condongcatur', 'MI Negeri 1 Sleman'] }
const slType = (c) => row(SL_TYPE, n(c) % 7)
const slAge = (c) => ({ Umum: 24 + (n(c) % 40), Pelajar: 14 + (n(c) % 5), Mahasiswa: 18 + (n(c) % 6), 'PNS/ASN': 27 + (n(c) % 30), Anak: 7 + (n(c) % 5) })[slType(c)]
const slBirth = (c) => Date.UTC(2025 - slAge(c), (n(c) * 7) % 12, 1 + (n(c) % 28))
const slReg = (c) => Date.UTC(2019, 0, 7) + ((n(c) * 7919) % (6 * 365)) * day
const slSince = (c) => (n(c) % 3 === 0 ? slReg(c) + 365 * day * (1 + (n(c) % 3)) : slReg(c))
const slExp = (c) => slSince(c) + (slType(c) === 'Mahasiswa' || slType(c) === 'Pelajar' ? 365 : 730) * day
const slId = (c) => { const p = shift(slReg(c), 7); return `${String(p.y).slice(2)}${pad(p.m)}${pad(2 + (n(c) % 9000), 4)}` }
const slNik = (c) => { const b = shift(slBirth(c), 0); return `3404${pad(1 + (n(c) % 17), 2)}${pad(b.d + (idn(c).female ? 40 : 0))}${pad(b.m)}${String(b.y).slice(2)}${pad(1 + (n(c) % 999), 4)}` }
const SET_SL = { name: 'slims-member-export-perpustakaan-sleman-id', product: 'SLiMS (Senayan Library Management System 9 Bulian: Keanggotaan > Ekspor Data, senayan_member_export.csv with "Put columns names in the first row", one row per library member, Indonesian UI, a regency public library in Sleman, Asia/Jakarta)', family: 'membership', language: 'id', schema: P, cols: [
  ['member_id', (c) => slId(c), ID],
  ['member_name', (c) => idn(c).full, ['person.name.fullName']],
  ['gender', (c) => (idn(c).female ? '0' : '1'), ['person.gender']],
  ['member_type_name', (c) => slType(c), [], opt],
  ['member_email', (c) => (slType(c) === 'Anak' || n(c) % 6 === 0 ? '' : idn(c).mail), ['personalEmail.address']],
  ['member_address', (c) => idn(c).addr, HOMES('street1'), opt],
  ['postal_code', (c) => idn(c).zip, HOMES('postalCode')],
  ['inst_name', (c) => row(SL_INST[slType(c)], n(c) >> 2), ['organizations[0]'], opt],
  ['is_new', (c) => (slReg(c) > Date.UTC(2024, 11, 1) ? '1' : '0'), []],
  ['member_image', (c) => (n(c) % 4 === 0 ? '' : `member_${slId(c)}.jpg`), []],
  ['pin', (c) => slNik(c), ['person.taxId'], opt],
  ['member_phone', (c) => (slType(c) === 'Anak' ? '' : idn(c).mob), ['mobilePhone.number', 'homePhone.number']],
  ['member_fax', (c) => (n(c) % 23 === 0 ? `0274-${v.int(seeded(c, 'fx'), 48, 88)}${v.digits(seeded(c, 'fx2'), 4)}` : ''), ['faxPhone.number']],
  ['member_since_date', (c) => ymd(shift(slSince(c), 7)), [], opt],
  ['register_date', (c) => ymd(shift(slReg(c), 7)), ['loyalty.joinDate'], opt],
  ['expire_date', (c) => ymd(shift(slExp(c), 7)), []],
  ['birth_date', (c) => ymd(shift(slBirth(c), 0)), ['person.birthDate']],
  ['member_notes', (c) => row(['', '', 'Kartu hilang, cetak ulang', '', '', 'Pindahan dari Perpustakaan Kota', '', 'Anggota pojok baca desa'], n(c) % 8), []],
] }

// ---------------------------------------------------------------- 6. IntoVet client list (KR, ko, P)
// an animal hospital in Mangwon-dong, Seoul; 고객관리 > 고객조회 > 엑셀저장; one row per client (보호자) with the
// first-registered animal
const IV_PET = [['초코', '개', '말티즈'], ['코코', '개', '푸들'], ['두부', '고양이', '코리안숏헤어'], ['보리', '개', '포메라니안'], ['나비', '고양이', '러시안블루'], ['콩이', '개', '비숑프리제'], ['레오', '고양이', '페르시안'], ['해피', '개', '시츄'], ['까미', '개', '믹스'], ['모모', '고양이', '먼치킨']]
const ivPet = (c) => row(IV_PET, n(c) % 10)
const ivFirst = (c) => Date.UTC(2016, 2, 1) + ((n(c) * 7919) % (8 * 365)) * day
const ivLast = (c) => Math.max(ivFirst(c), Date.UTC(2025, 5, 30) - ((n(c) * 31) % 400) * day)
const ivPts = (c) => ((n(c) * 37) % 60) * 100
const SET_IV = { name: 'intovet-gogaek-list-animal-hospital-kr', product: 'IntoVet / 인투벳 (고객관리 > 고객조회 > 엑셀저장, one row per client with the first-registered animal, Korean UI, an animal hospital in Mangwon-dong, Seoul, Asia/Seoul, KRW)', family: 'crm', language: 'ko', schema: P, cols: [
  ['고객번호', (c) => String(10000 + (n(c) % 80000)), ID],
  ['고객명', (c) => ko(c).full, ['person.name.fullName']],
  ['휴대폰', (c) => ko(c).mob, ['mobilePhone.number']],
  ['전화번호', (c) => (n(c) % 4 === 0 ? `02-${v.int(seeded(c, 't1'), 300, 399)}-${v.digits(seeded(c, 't2'), 4)}` : ''), ['homePhone.number']],
  ['이메일', (c) => (n(c) % 3 === 0 ? '' : ko(c).mail), ['personalEmail.address']],
  ['우편번호', (c) => ko(c).zip, HOMES('postalCode')],
  ['주소', (c) => ko(c).road, HOMES('street1'), opt],
  ['상세주소', (c) => ko(c).apt, HOMES('street2')],
  ['SMS수신', (c) => (n(c) % 5 === 0 ? '거부' : '동의'), [], opt],
  ['고객등급', (c) => (n(c) % 9 === 0 ? 'VIP' : n(c) % 4 === 0 ? '단골' : '일반'), ['loyalty.tier'], opt],
  ['적립금', (c) => won(ivPts(c)), ['loyalty.points'], opt],
  ['미수금', (c) => won(n(c) % 17 === 0 ? 33000 : 0), []],
  ['동물수', (c) => String(1 + (n(c) % 5 === 0 ? 1 : 0) + (n(c) % 13 === 0 ? 1 : 0)), []],
  ['동물명', (c) => ivPet(c)[0], []],
  ['종', (c) => ivPet(c)[1], []],
  ['품종', (c) => ivPet(c)[2], []],
  ['최초내원일', (c) => ymd(kst(ivFirst(c))), [], opt],
  ['최종내원일', (c) => ymd(kst(ivLast(c))), [], opt],
  ['담당수의사', (c) => row(['김현정 원장', '박준서 부원장', '이다은 수의사'], n(c) % 3), []],
  ['메모', (c) => row(['', '', '예민함, 입마개 필요', '', '심장사상충 매월 문자 요청', '', '닭고기 알러지', ''], n(c) % 8), []],
] }

// ---------------------------------------------------------------- 7. MISA AMIS CRM contact export (VN, vi, B)
// an insurance broker in District 3, Ho Chi Minh City: HR and admin contacts at corporate clients buying group health
// and property insurance
// [customer, domain, district, ward, street, industry]
const MA_CO = [['Công ty TNHH Dệt May Thành Công Phát', 'thanhcongphat.vn', 'Quận Tân Bình', 'Phường 15', 'Đường Cộng Hòa', 'Dệt may'], ['Công ty Cổ phần Thực phẩm Sài Gòn Xanh', 'saigonxanhfood.com.vn', 'Quận 7', 'Phường Tân Thuận Đông', 'Đường Huỳnh Tấn Phát', 'Thực phẩm'], ['Công ty TNHH Logistics Minh Khang', 'minhkhanglogistics.vn', 'Thành phố Thủ Đức', 'Phường Thạnh Mỹ Lợi', 'Đường Nguyễn Thị Định', 'Vận tải - Kho bãi'], ['Công ty Cổ phần Công nghệ Viettech Solutions', 'viettechsolutions.vn', 'Quận 1', 'Phường Bến Nghé', 'Đường Lê Thánh Tôn', 'Công nghệ thông tin'], ['Công ty TNHH Nhựa Đông Á', 'nhuadonga.com', 'Quận Bình Tân', 'Phường Tân Tạo A', 'Đường Tân Tạo', 'Sản xuất'], ['Trường Quốc tế Hoa Sen', 'hoasenintl.edu.vn', 'Quận 2', 'Phường An Phú', 'Đường Song Hành', 'Giáo dục'], ['Công ty TNHH Dược phẩm An Khang', 'ankhangpharma.vn', 'Quận 10', 'Phường 12', 'Đường Thành Thái', 'Dược phẩm']]
const MA_JOB = [['Trưởng phòng Nhân sự', 'Phòng Nhân sự'], ['Chuyên viên C&B', 'Phòng Nhân sự'], ['Giám đốc Hành chính - Nhân sự', 'Phòng Hành chính - Nhân sự'], ['Kế toán trưởng', 'Phòng Kế toán'], ['Trưởng phòng Hành chính', 'Phòng Hành chính'], ['Giám đốc Tài chính', 'Ban Giám đốc'], ['Chuyên viên Tổng vụ', 'Phòng Hành chính']]
const MA_SRC = ['Giới thiệu', 'Website', 'Hội thảo', 'Khách hàng cũ', 'Telesales', 'Giới thiệu']
const maCo = (c) => row(MA_CO, n(c) % 7)
const maJob = (c) => row(MA_JOB, (n(c) >> 1) % 7)
const maMail = (c) => `${vslug(vi(c).ten)}.${vslug(vi(c).ho)}${n(c) % 3 === 0 ? vslug(vi(c).dem)[0] : ''}@${maCo(c)[1]}`
const maAt = (c) => inHours(Date.UTC(2023, 0, 9), (n(c) * 7) % 800, 8, 18, 7, n(c) * 7919)
const vnD = (p) => dmy(p, '/')
const ADDR = ['workAddress', 'mailingAddress', 'homeAddress']
const SET_MA = { name: 'misa-amis-crm-lien-he-moi-gioi-bao-hiem-vn', product: 'MISA AMIS CRM (Liên hệ > Tiện ích > Xuất khẩu ra Excel, one row per contact, Vietnamese UI, an insurance broker in District 3, Ho Chi Minh City tracking HR and admin contacts at corporate clients, Asia/Ho_Chi_Minh)', family: 'crm', language: 'vi', schema: B, cols: [
  ['Mã liên hệ', (c) => `LH${pad(100 + (n(c) % 9000), 5)}`, B2BID],
  ['Xưng hô', (c) => (vi(c).female ? (n(c) % 4 === 0 ? 'Bà' : 'Chị') : (n(c) % 4 === 0 ? 'Ông' : 'Anh')), ['person.name.courtesyTitle']],
  ['Họ và đệm', (c) => `${vi(c).ho} ${vi(c).dem}`, ['person.name.lastName']],
  ['Tên', (c) => vi(c).ten, ['person.name.firstName']],
  ['Họ và tên', (c) => vi(c).full, ['person.name.fullName']],
  ['Chức danh', (c) => maJob(c)[0], ['extendedWorkDetails.jobTitle']],
  ['Phòng ban', (c) => maJob(c)[1], ['extendedWorkDetails.departments[0]']],
  ['Tên khách hàng', (c) => maCo(c)[0], CO],
  ['ĐT di động', (c) => vi(c).mob, ['mobilePhone.number']],
  ['ĐT cơ quan', (c) => (n(c) % 3 === 0 ? '' : `028 ${v.int(seeded(c, 'wp'), 3800, 3999)} ${v.digits(seeded(c, 'wp2'), 4)}`), ['workPhone.number']],
  ['Email cơ quan', (c) => maMail(c), ['workEmail.address']],
  ['Email cá nhân', (c) => (n(c) % 4 === 0 ? `${vslug(vi(c).ten)}${vslug(vi(c).ho)}${v.int(seeded(c, 'pe'), 80, 99)}@gmail.com` : ''), ['personalEmail.address']],
  ['Ngày sinh', (c) => (n(c) % 5 === 0 ? '' : vnD(shift(vi(c).birth, 0))), ['person.birthDate']],
  ['Giới tính', (c) => (vi(c).female ? 'Nữ' : 'Nam'), ['person.gender']],
  ['Quốc gia', () => 'Việt Nam', at(ADDR, 'country')],
  ['Tỉnh/Thành phố', () => 'Thành phố Hồ Chí Minh', [...at(ADDR, 'city'), ...STATE(ADDR)]],
  ['Quận/Huyện', (c) => maCo(c)[2], [], opt],
  ['Phường/Xã', (c) => maCo(c)[3], [], opt],
  ['Số nhà, Đường phố', (c) => `${1 + ((n(c) * 13) % 480)} ${maCo(c)[4]}`, at(ADDR, 'street1')],
  ['Nguồn gốc', (c) => row(MA_SRC, n(c) % 6), ['b2b.personSource'], opt],
  ['Lĩnh vực', (c) => maCo(c)[5], []],
  ['Không gửi Email', (c) => (n(c) % 8 === 0 ? 'Có' : 'Không'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
  ['Chủ sở hữu', (c) => row(['Trần Quốc Bảo', 'Lê Thị Ngọc Hân', 'Phạm Minh Trí'], n(c) % 3), []],
  ['Ngày tạo', (c) => { const p = ict(maAt(c)); return `${vnD(p)} ${hm(p)}` }, ['extSourceSystemAudit.createdDate'], opt],
  ['Mô tả', (c) => row(['', 'Phụ trách hợp đồng bảo hiểm sức khỏe nhóm', '', 'Gia hạn hợp đồng tài sản tháng 9', '', ''], n(c) % 6), []],
] }

// ---------------------------------------------------------------- 8. AutoCount debtor listing (MY, en, B)
// a Selangor bulk-LPG and rooftop-solar supplier's customer (debtor) accounts: factories, restaurants and hotels, each
// with its attention person
// [company, address 1, address 2, postcode, town, state, phone area, domain, type, area]
const AC_CO = [['Syarikat Perusahaan Plastik Maju Sdn. Bhd.', 'Lot 12, Jalan Perusahaan 3', 'Kawasan Perindustrian Batu Caves', '68100', 'Batu Caves', 'Selangor', '03', 'plastikmaju.com.my', 'INDUSTRIAL', 'SGR-N'], ['Restoran Nasi Kandar Pelita Jaya', 'No. 23, Jalan SS 2/24', 'SS 2', '47300', 'Petaling Jaya', 'Selangor', '03', 'pelitajaya.my', 'F&B', 'SGR-PJ'], ['Hotel Seri Kembangan Inn Sdn. Bhd.', 'No. 8, Jalan Besar', 'Taman Sri Serdang', '43300', 'Seri Kembangan', 'Selangor', '03', 'skinn.com.my', 'HOSPITALITY', 'SGR-S'], ['Kilang Roti Gemilang Sdn. Bhd.', 'No. 5, Jalan Kemajuan 2/4', 'Seksyen 13', '40100', 'Shah Alam', 'Selangor', '03', 'rotigemilang.com', 'INDUSTRIAL', 'SGR-SA'], ['Tan Brothers Laundry Services Sdn. Bhd.', 'No. 17, Jalan TPK 2/8', 'Taman Perindustrian Kinrara', '47180', 'Puchong', 'Selangor', '03', 'tanbrolaundry.com.my', 'COMMERCIAL', 'SGR-S'], ['Klang Precision Engineering Sdn. Bhd.', 'Lot 2256, Jalan Haji Abdul Manan', 'Off Jalan Meru', '41050', 'Klang', 'Selangor', '03', 'klangprecision.com', 'INDUSTRIAL', 'SGR-K'], ['Dapur Sentral Kasturi Catering', 'No. 41, Jalan Bukit Raja 3', 'Taman Perindustrian Bukit Raja', '41050', 'Klang', 'Selangor', '03', 'kasturicatering.my', 'F&B', 'SGR-K'], ['Greenfield Poultry Processing Sdn. Bhd.', 'Lot 7, Jalan Sungai Kantan', 'Kawasan Perindustrian Kajang', '43000', 'Kajang', 'Selangor', '03', 'greenfieldpoultry.com.my', 'INDUSTRIAL', 'SGR-S']]
const AC_ATT = [['Ahmad Faizal bin Ismail', 'faizal', 0], ['Tan Wei Ming', 'weiming.tan', 0], ['Nurul Aina binti Hassan', 'aina', 1], ['Lim Mei Ling', 'meiling', 1], ['Suresh a/l Ramasamy', 'suresh', 0], ['Kavitha a/p Subramaniam', 'kavitha', 1], ['Wong Chee Keong', 'ckwong', 0], ['Siti Hajar binti Abdullah', 'sitihajar', 1], ['Lee Kah Hoe', 'kahhoe.lee', 0], ['Muhammad Hafiz bin Razak', 'hafiz', 0]]
const acCo = (c) => row(AC_CO, n(c) % 8)
const acAtt = (c) => row(AC_ATT, (n(c) >> 1) % 10)
const acMob = (c) => { const r = seeded(c, 'acm'); return `01${v.pick(r, ['2', '3', '6', '7', '9', '1'])}-${v.digits(r, 3)} ${v.digits(r, 4)}` }
const acTel = (c, k) => { const r = seeded({ id: String(n(c) % 8), first: 'co', last: 'co' }, `act${k}`); return `03-${v.int(r, 3000, 9199)} ${v.digits(r, 4)}` }
const acTerm = (c) => (acCo(c)[8] === 'F&B' ? 'C.O.D.' : row(['Net 30 days', 'Net 30 days', 'Net 60 days', 'Net 14 days'], n(c) % 4))
const SET_AC = { name: 'autocount-debtor-listing-lpg-solar-my', product: 'AutoCount Accounting (A/R > Debtor Maintenance > Debtor Listing > Export to Excel, one row per debtor account with its attention person, English UI, a Selangor bulk-LPG and rooftop-solar supplier, Asia/Kuala_Lumpur, MYR)', family: 'accounting', language: 'en', schema: B, cols: [
  ['Debtor Code', (c) => `300-${'ABCDEFGHKLMNPRST'[n(c) % 16]}${pad(1 + ((n(c) >> 4) % 99), 3)}`, B2BID],
  ['Company Name', (c) => acCo(c)[0], CO],
  ['Desc2', (c) => (n(c) % 5 === 0 ? `(Branch ${acCo(c)[4]})` : ''), [], opt],
  ['Address 1', (c) => acCo(c)[1], at(['billingAddress', 'workAddress', ...HOME], 'street1')],
  ['Address 2', (c) => acCo(c)[2], at(['billingAddress', 'workAddress', ...HOME], 'street2')],
  ['Address 3', (c) => `${acCo(c)[3]} ${acCo(c)[4]}`, at(['billingAddress', 'workAddress', ...HOME], 'street3'), opt],
  ['Address 4', (c) => acCo(c)[5], at(['billingAddress', 'workAddress', ...HOME], 'street4'), opt],
  ['Post Code', (c) => acCo(c)[3], at(['billingAddress', 'workAddress', ...HOME], 'postalCode')],
  ['Attention', (c) => acAtt(c)[0], ['person.name.fullName']],
  ['Phone 1', (c) => acTel(c, 1), ['workPhone.number']],
  ['Phone 2', (c) => (n(c) % 3 === 0 ? acTel(c, 2) : ''), ['otherPhone.number', 'workPhone.number'], opt],
  ['Mobile', (c) => acMob(c), ['mobilePhone.number']],
  ['Fax 1', (c) => (n(c) % 4 === 0 ? acTel(c, 3) : ''), ['faxPhone.number']],
  ['Email Address', (c) => (n(c) % 6 === 0 ? `accounts@${acCo(c)[7]}` : `${acAtt(c)[1]}@${acCo(c)[7]}`), ['workEmail.address', 'personalEmail.address']],
  ['Web URL', (c) => (n(c) % 3 === 1 ? '' : `www.${acCo(c)[7]}`), ['b2b.companyWebsite']],
  ['Area Code', (c) => acCo(c)[9], []],
  ['Debtor Type', (c) => acCo(c)[8], [], opt],
  ['Sales Agent', (c) => row(['KHOO', 'ROSLAN', 'PRIYA'], n(c) % 3), []],
  ['Currency Code', () => 'MYR', []],
  ['Display Term', (c) => acTerm(c), []],
  ['Credit Limit', (c) => (acCo(c)[8] === 'F&B' ? '0.00' : `${group(row([20000, 50000, 30000, 100000], n(c) % 4))}.00`), []],
  ['Register No.', (c) => `${2008 + (n(c) % 15)}01${pad((n(c) * 7919) % 1000000, 6)}`, []],
  ['TIN', (c) => `C${pad(20000 + (n(c) * 131) % 79999, 5)}${pad((n(c) * 17) % 100000, 5)}0`, []],
  ['Active', (c) => (n(c) % 15 === 0 ? 'No' : 'Yes'), [], opt],
] }

export const SETS = [SET_SC, SET_F6, SET_VM, SET_HG, SET_SL, SET_IV, SET_MA, SET_AC]
