// Round 72, heldout190: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). Korean, Thai, Vietnamese and Indonesian exports, headers in the
// product's UI language: a Korean accommodation app's reservation list for a partner hotel (Yeogi Eottae / 여기어때
// 파트너센터) and a Korean nonprofit donor-management service's donor list (Donus / 도너스) (ko 2); a Thai restaurant
// booking platform's booking list for a partner restaurant (Hungry Hub) and a Thai school-management app's student
// list (School Bright) (th 2); a Vietnamese salon and spa management system's appointment list (EasySalon) and a
// Vietnamese CRM's contact list (CRMVIET) (vi 2); an Indonesian event-ticketing platform's transaction export for an
// organizer (Goers) and an Indonesian ERP's CRM lead list (HashMicro CRM) (id 2).
// E 4, P 2, B 2.
// Headers: Hungry Hub's follow the booking-list fields and status values of its published partner knowledge base, and
// CRMVIET's follow the customer fields of its help pages (kb.crmviet.vn), with the export labels from the writer's
// knowledge; the other 6 are written from the writer's knowledge of each product (no public listing of the columns
// was found in the time available); a subset of each export's columns, in the order the writer knows. Nothing was
// copied from a real export; every value is generated.
import { E, P, B, v, B2BID, PL, OR, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, CO, ACCT, W, STATE, HOME } from './sets.mjs'
import { pad, dmy, ymd, hms, hm, shift, hash, group } from './values.mjs'

const n = (x) => +x.id
const ID = ['_id', 'personID']
const WORK = ['workAddress']
const day = 86400000
// local clocks: Korea +9, Thailand, Vietnam and western Indonesia +7 (no summer time)
const kst = (ms) => shift(ms, 9)
const ict = (ms) => shift(ms, 7)

// ---------------------------------------------------------------- local people, seeded by the row's person
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}|${c.first}|${c.last}|${salt}`) ^ 0x2f6b1d3a); r(); r(); return r }
const ascii = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/[^a-z]/g, '')
const POOL = {
  // [hangul, romanized]
  ko: { m: [['민준', 'minjun'], ['지훈', 'jihoon'], ['현우', 'hyunwoo'], ['도윤', 'doyoon'], ['성민', 'sungmin'], ['준서', 'junseo'], ['태호', 'taeho'], ['상우', 'sangwoo']],
    f: [['서연', 'seoyeon'], ['수빈', 'subin'], ['지민', 'jimin'], ['예은', 'yeeun'], ['하은', 'haeun'], ['유진', 'yujin'], ['다은', 'daeun'], ['미경', 'mikyung']],
    last: [['김', 'kim'], ['이', 'lee'], ['박', 'park'], ['최', 'choi'], ['정', 'jung'], ['강', 'kang'], ['조', 'cho'], ['윤', 'yoon'], ['장', 'jang'], ['임', 'lim'], ['한', 'han'], ['오', 'oh']],
    // [시도 시군구 도로명, 우편번호]
    places: [['서울특별시 마포구 월드컵로', '03925'], ['서울특별시 송파구 올림픽로', '05551'], ['경기도 성남시 분당구 정자일로', '13561'], ['인천광역시 연수구 컨벤시아대로', '21998'], ['경기도 고양시 일산동구 중앙로', '10402'], ['서울특별시 관악구 남부순환로', '08788'], ['대전광역시 유성구 대학로', '34134'], ['부산광역시 수영구 광안해변로', '48303']],
    mail: ['naver.com', 'naver.com', 'gmail.com', 'daum.net', 'hanmail.net', 'kakao.com', 'nate.com'] },
  // [thai, romanized nickname]
  th: { m: [['ณัฐพล', 'nattapon'], ['ธนากร', 'thanakorn'], ['กิตติพงษ์', 'kittipong'], ['วรวุฒิ', 'worawut'], ['ภัทรพล', 'pattarapon'], ['สมชาย', 'somchai'], ['อภิสิทธิ์', 'apisit'], ['ชยพล', 'chayapon']],
    f: [['สุภาวดี', 'supawadee'], ['ณัฐธิดา', 'nattida'], ['พิมพ์ชนก', 'pimchanok'], ['กมลชนก', 'kamonchanok'], ['ศิริพร', 'siriporn'], ['ปวีณา', 'paweena'], ['ชนิดา', 'chanida'], ['อรอุมา', 'onuma']],
    last: [['ศรีสุข', 'srisuk'], ['วงศ์ใหญ่', 'wongyai'], ['แก้วมณี', 'kaewmanee'], ['ทองดี', 'thongdee'], ['บุญมา', 'boonma'], ['สุขสวัสดิ์', 'suksawat'], ['จันทร์เพ็ญ', 'chanpen'], ['รัตนพันธ์', 'rattanapan'], ['พึ่งบุญ', 'pungboon'], ['เจริญผล', 'charoenpon']],
    // [เลขที่/ถนน, แขวง/ตำบล, เขต/อำเภอ, จังหวัด, รหัสไปรษณีย์]
    places: [['ซอยลาดพร้าว 71', 'สะพานสอง', 'วังทองหลาง', 'กรุงเทพมหานคร', '10310'], ['ถนนนวมินทร์', 'คลองกุ่ม', 'บึงกุ่ม', 'กรุงเทพมหานคร', '10240'], ['ซอยรามคำแหง 24', 'หัวหมาก', 'บางกะปิ', 'กรุงเทพมหานคร', '10240'], ['ถนนประชาอุทิศ', 'สามเสนนอก', 'ห้วยขวาง', 'กรุงเทพมหานคร', '10310'], ['ถนนรัตนาธิเบศร์', 'บางกระสอ', 'เมืองนนทบุรี', 'นนทบุรี', '11000'], ['ถนนติวานนท์', 'บางพูด', 'ปากเกร็ด', 'นนทบุรี', '11120']],
    mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.co.th', 'yahoo.com'] },
  vi: { ho: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'],
    m: ['Văn An', 'Minh Tuấn', 'Đức Thắng', 'Quang Huy', 'Hoàng Nam', 'Tiến Dũng', 'Mạnh Hùng', 'Anh Khoa'],
    f: ['Thị Lan', 'Thu Hà', 'Ngọc Anh', 'Thùy Linh', 'Phương Thảo', 'Minh Trang', 'Thanh Hương', 'Bảo Ngọc'],
    mail: ['gmail.com', 'gmail.com', 'yahoo.com', 'outlook.com', 'yahoo.com.vn'] },
  id: { m: ['Budi', 'Agus', 'Rizky', 'Dimas', 'Andi', 'Fajar', 'Hendra', 'Yoga', 'Arief', 'Bayu'],
    f: ['Siti', 'Dewi', 'Putri', 'Rina', 'Ayu', 'Nur', 'Indah', 'Fitri', 'Anisa', 'Wulan'],
    last: ['Santoso', 'Wijaya', 'Saputra', 'Pratama', 'Hidayat', 'Nugroho', 'Kusuma', 'Lestari', 'Rahmawati', 'Setiawan', 'Permana', 'Gunawan'],
    cities: ['Bandung', 'Bandung', 'Jakarta Selatan', 'Cimahi', 'Bekasi', 'Bogor', 'Depok', 'Sumedang', 'Garut'],
    mail: ['gmail.com', 'gmail.com', 'yahoo.com', 'yahoo.co.id', 'outlook.com', 'ymail.com'] },
}
const memo = new Map()
function mk (c, cc) {
  const r = seeded(c, cc), d = POOL[cc]
  const female = r() < 0.5
  if (cc === 'ko') {
    const g = v.pick(r, female ? d.f : d.m), l = v.pick(r, d.last), pl = v.pick(r, d.places)
    return { female, first: g[0], last: l[0], full: `${l[0]}${g[0]}`, email: `${g[1]}${v.pick(r, ['', '_', '.'])}${r() < 0.5 ? l[1] : ''}${v.int(r, 1, 99)}@${v.pick(r, d.mail)}`,
      mobile: `010-${v.int(r, 2000, 9999)}-${pad(v.int(r, 0, 9999), 4)}`, street: `${pl[0]} ${v.int(r, 10, 420)}`, zip: pl[1],
      detail: r() < 0.7 ? `${v.int(r, 101, 112)}동 ${v.int(r, 2, 25)}${pad(v.int(r, 1, 4))}호` : '' }
  }
  if (cc === 'th') {
    const g = v.pick(r, female ? d.f : d.m), l = v.pick(r, d.last), pl = v.pick(r, d.places)
    return { female, first: g[0], last: l[0], full: `${g[0]} ${l[0]}`, email: `${g[1]}${v.pick(r, ['.', '_', ''])}${l[1].slice(0, 4)}${v.int(r, 1, 99)}@${v.pick(r, d.mail)}`,
      mobile: `0${v.pick(r, ['81', '86', '89', '92', '95', '98', '61', '63'])}${v.int(r, 1000000, 9999999)}`, house: `${v.int(r, 5, 199)}/${v.int(r, 1, 80)} ${pl[0]}`,
      tambon: pl[1], amphoe: pl[2], prov: pl[3], zip: pl[4], r1: r() }
  }
  if (cc === 'vi') {
    const ho = v.pick(r, d.ho), ten = v.pick(r, female ? d.f : d.m)
    const given = ten.split(' ').pop()
    return { female, first: given, last: ho, full: `${ho} ${ten}`, given, ho,
      email: `${ascii(given)}${ascii(ho)}${v.int(r, 80, 99)}@${v.pick(r, d.mail)}`,
      mobile: `0${v.pick(r, ['912', '983', '868', '353', '389', '707', '936', '965'])}${v.int(r, 100000, 999999)}` }
  }
  if (cc === 'id') {
    const first = v.pick(r, female ? d.f : d.m), last = v.pick(r, d.last)
    return { female, first, last, full: `${first} ${last}`, email: `${ascii(first)}${v.pick(r, ['.', '', '_'])}${ascii(last)}${r() < 0.6 ? v.int(r, 1, 99) : ''}@${v.pick(r, d.mail)}`,
      mobile: `08${v.pick(r, ['12', '13', '21', '52', '57', '77', '95', '56'])}${v.int(r, 10000000, 99999999)}`, city: v.pick(r, d.cities),
      ktp: `32${pad(v.int(r, 1, 79))}${pad(v.int(r, 1, 40))}${pad(v.int(r, 1, 28) + (female ? 40 : 0))}${pad(v.int(r, 1, 12))}${pad(v.int(r, 80, 99))}${pad(v.int(r, 1, 999), 4)}` }
  }
  return {}
}
const who = (c, cc) => { const k = `${cc}|${c.id}|${c.first}|${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc)); return memo.get(k) }
const ko = (c) => who(c, 'ko'), th = (c) => who(c, 'th'), vi = (c) => who(c, 'vi'), id = (c) => who(c, 'id')
const won = (x) => group(x, ',')
const dot = (x) => group(x, '.')

// ---------------------------------------------------------------- 1. 여기어때 파트너센터 reservations (ko, E)
// a business hotel near Haeundae beach, Busan; [객실타입, 숙박 1박 가격, 대실 가격]
const YG_ROOM = [['스탠다드 더블', 89000, 35000], ['디럭스 트윈', 109000, 40000], ['오션뷰 디럭스 더블', 139000, 50000], ['패밀리 스위트', 189000, 0]]
const ygRoom = (o) => YG_ROOM[n(o) % YG_ROOM.length]
const ygDaeSil = (o) => ygRoom(o)[2] > 0 && n(o) % 5 === 0
const ygNights = (o) => (ygDaeSil(o) ? 0 : 1 + (n(o) % 7 === 0 ? 2 : n(o) % 3 === 0 ? 1 : 0))
const ygPrice = (o) => (ygDaeSil(o) ? ygRoom(o)[2] : ygRoom(o)[1] * ygNights(o))
const ygDisc = (o) => (n(o) % 4 === 0 ? Math.round(ygPrice(o) * 0.1 / 1000) * 1000 : n(o) % 9 === 0 ? 5000 : 0)
const ygPaid = (o) => ygPrice(o) - ygDisc(o)
const ygIn = (o) => o.at + (1 + (n(o) % 20)) * day
const ygSt = (o) => ['예약확정', '이용완료', '이용완료', '예약취소', '이용완료', '노쇼'][n(o) % 6]
const ygDT = (ms) => { const p = kst(ms); return `${ymd(p, '-')} ${hm(p)}` }

// ---------------------------------------------------------------- 2. 도너스 donors (ko, P)
// an animal-rescue nonprofit in Seoul; [후원상품, 약정금액]
const DN_PROD = [['정기후원 - 유기동물 치료비', 30000], ['정기후원 - 보호소 운영', 20000], ['정기후원 - 보호소 운영', 10000], ['일시후원 - 겨울 보온 캠페인', 50000], ['결연후원 - 봄이네 가족', 25000]]
const dnProd = (c) => DN_PROD[n(c) % DN_PROD.length]
const dnRegular = (c) => !dnProd(c)[0].startsWith('일시')
const dnCount = (c) => (dnRegular(c) ? 1 + (n(c) % 47) : 1 + (n(c) % 2))
const dnBirth = (c) => { const p = shift(c.birth, 0); return p }

// ---------------------------------------------------------------- 3. Hungry Hub booking list (th, E)
// an all-you-can-eat and party-pack restaurant at a Bangkok hotel; [แพ็กเกจ, ประเภท, ราคาต่อท่าน, ชำระล่วงหน้า]
const HH_PKG = [['Premium Seafood Buffet Dinner', 'AYCE', 1599, true], ['International Buffet Lunch', 'AYCE', 899, false], ['Hi-Tea Afternoon Set', 'AYCE', 699, false], ['Party Pack 4 ท่าน', 'PP', 2990, true], ['Chef\'s Table Experience', 'XP', 3500, true]]
const hhPkg = (o) => HH_PKG[n(o) % HH_PKG.length]
const hhAd = (o) => (hhPkg(o)[1] === 'PP' ? 4 : 2 + (n(o) % 4 === 0 ? 2 : n(o) % 5 === 0 ? 1 : 0))
const hhKid = (o) => (hhPkg(o)[1] === 'AYCE' && n(o) % 6 === 0 ? 1 : 0)
const hhTotal = (o) => (hhPkg(o)[1] === 'PP' ? hhPkg(o)[2] : hhPkg(o)[2] * hhAd(o) + Math.round(hhPkg(o)[2] * 0.5) * hhKid(o))
const hhSt = (o) => ['มาถึงแล้ว', 'มาถึงแล้ว', 'รอลูกค้ามาถึง', 'ยกเลิก', 'มาถึงแล้ว', 'ไม่มาตามนัด', 'รอการยืนยัน'][n(o) % 7]
const hhDine = (o) => { const p = ict(o.at + (1 + (n(o) % 14)) * day); return { ...p, H: [11, 12, 15, 18, 19][n(o) % 5], M: [0, 30][(n(o) >> 1) % 2] } }
const thDT = (ms) => { const p = ict(ms); return `${dmy(p, '/')} ${hm(p)}` }

// ---------------------------------------------------------------- 4. School Bright students (th, P)
// a private primary and lower-secondary school in Bangkok; the school writes Buddhist-era dates (พ.ศ.)
const SB_GRADE = ['ป.1', 'ป.2', 'ป.3', 'ป.4', 'ป.5', 'ป.6', 'ม.1', 'ม.2', 'ม.3']
const sbGrade = (c) => SB_GRADE[n(c) % SB_GRADE.length]
const sbAge = (c) => 7 + (n(c) % SB_GRADE.length)
const sbBirth = (c) => { const r = seeded(c, 'sbb'); return Date.UTC(2025 - sbAge(c) - 1, v.int(r, 0, 11), v.int(r, 1, 28)) }
const be = (ms) => { const p = shift(ms, 0); return `${pad(p.d)}/${pad(p.m)}/${p.y + 543}` }
const thaiId = (c) => {
  const r = seeded(c, 'pid')
  const ds = [1, ...Array.from({ length: 11 }, () => v.int(r, 0, 9))]
  const s = ds.reduce((a, x, i) => a + x * (13 - i), 0)
  ds.push((11 - (s % 11)) % 10)
  const t = ds.join('')
  return `${t[0]}-${t.slice(1, 5)}-${t.slice(5, 10)}-${t.slice(10, 12)}-${t[12]}`
}
const sbTitle = (c) => (sbAge(c) >= 15 ? (th(c).female ? 'นางสาว' : 'นาย') : (th(c).female ? 'เด็กหญิง' : 'เด็กชาย'))
const SB_NICK = ['น้ำ', 'ต้นกล้า', 'ปลื้ม', 'ภูมิ', 'ใบเตย', 'แพรวา', 'ก้อง', 'มายด์', 'ขิม', 'ปัณณ์']
const sbParent = (c) => { const r = seeded(c, 'par'), mum = r() < 0.6, g = v.pick(r, mum ? POOL.th.f : POOL.th.m), l = POOL.th.last.find((x) => x[0] === th(c).last); return { rel: mum ? 'มารดา' : 'บิดา', name: `${mum ? 'นาง' : 'นาย'}${g[0]} ${th(c).last}`, email: `${g[1]}.${l[1]}${v.int(r, 1, 99)}@${v.pick(r, POOL.th.mail)}` } }

// ---------------------------------------------------------------- 5. EasySalon appointments (vi, E)
// a hair and spa salon with two branches in Hanoi; [dịch vụ, giá, phút]
const ES_SVC = [['Gội đầu dưỡng sinh', 150000, 45], ['Massage body đá nóng', 450000, 90], ['Chăm sóc da mặt cơ bản', 350000, 60], ['Cắt tóc nữ + sấy tạo kiểu', 250000, 60], ['Nhuộm tóc thời trang', 850000, 120], ['Triệt lông nách', 299000, 30], ['Combo gội + massage cổ vai gáy', 280000, 60]]
const esSvc = (o) => ES_SVC[n(o) % ES_SVC.length]
const esStart = (o) => { const p = ict(o.at + (n(o) % 6) * day); return { ...p, H: 9 + (p.H % 11), M: [0, 15, 30, 45][p.M % 4] } }
const esSt = (o) => ['Hoàn thành', 'Hoàn thành', 'Đã xác nhận', 'Khách đã đến', 'Hoàn thành', 'Hủy', 'Khách không đến'][n(o) % 7]
const ES_STAFF = ['Ngọc Hân', 'Thu Trang', 'Minh Châu', 'Hoài Thương', 'Kỹ thuật viên Tú']

// ---------------------------------------------------------------- 6. CRMVIET contacts (vi, B)
// a Hanoi distributor of industrial paints and coatings; its customers' contact people
const CV_CO = [['Công ty TNHH Thép Việt Á', 'thepvieta.com.vn', 'Hà Nội'], ['Công ty CP Xây dựng Hòa Bình Minh', 'hoabinhminh.vn', 'Hà Nội'], ['Công ty TNHH Cơ khí Đông Anh', 'cokhidonganh.vn', 'Hà Nội'], ['Công ty CP Nội thất Gỗ Việt', 'goviet.com.vn', 'Bắc Ninh'], ['Công ty TNHH Kết cấu thép Hải Phòng', 'ketcauthephp.vn', 'Hải Phòng'], ['Công ty CP Đóng tàu Sông Cấm', 'dongtausongcam.vn', 'Hải Phòng'], ['Công ty TNHH Sản xuất Bao bì An Phát', 'baobianphat.com', 'Hưng Yên']]
const cvCo = (c) => CV_CO[n(c) % CV_CO.length]
const CV_STREET = { 'Hà Nội': ['Số 18 Phạm Hùng, Nam Từ Liêm', 'KCN Bắc Thăng Long, Đông Anh', 'Số 25 Lê Văn Lương, Thanh Xuân'], 'Bắc Ninh': ['KCN Quế Võ, TP. Bắc Ninh'], 'Hải Phòng': ['Số 4 Lạch Tray, Ngô Quyền', 'KCN Đình Vũ, Hải An'], 'Hưng Yên': ['KCN Phố Nối A, Văn Lâm'] }
const cvStreet = (c) => { const xs = CV_STREET[cvCo(c)[2]]; return xs[n(c) % xs.length] }
const CV_JOB = [['Trưởng phòng mua hàng', 'Phòng Mua hàng'], ['Giám đốc kỹ thuật', 'Phòng Kỹ thuật'], ['Kế toán trưởng', 'Phòng Kế toán'], ['Nhân viên mua hàng', 'Phòng Mua hàng'], ['Quản đốc xưởng', 'Phân xưởng sơn'], ['Phó giám đốc', 'Ban Giám đốc']]
const cvJob = (c) => CV_JOB[(n(c) >> 1) % CV_JOB.length]
const cvDT = (ms) => { const p = ict(ms); return `${dmy(p, '/')} ${hm(p)}` }
// the help pages show birthdays as 9/8/1992 (day/month/year, no leading zeros)
const cvBirth = (ms) => { const p = shift(ms, 0); return `${p.d}/${p.m}/${p.y}` }

// ---------------------------------------------------------------- 7. Goers transactions (id, E)
// a two-day indie music festival in Bandung; [jenis tiket, harga]; Goers' fee: Rp3.000 under Rp60.000, else 5%
const GO_TK = [['Presale 1 - Day 1', 175000], ['Presale 2 - Day 1', 200000], ['Regular - Day 2', 225000], ['2 Day Pass', 395000], ['VIP 2 Day Pass', 750000], ['Pelajar - Day 1', 55000]]
const goTk = (o) => GO_TK[n(o) % GO_TK.length]
const goQty = (o) => 1 + (n(o) % 5 === 0 ? 1 : 0) + (n(o) % 13 === 0 ? 2 : 0)
const goFee = (o) => (goTk(o)[1] < 60000 ? 3000 : Math.round(goTk(o)[1] * 0.05))
const goSt = (o) => ['Berhasil', 'Berhasil', 'Berhasil', 'Menunggu Pembayaran', 'Berhasil', 'Kedaluwarsa', 'Berhasil', 'Refund'][n(o) % 8]
const goPay = (o) => ['QRIS', 'GoPay', 'Virtual Account BCA', 'DANA', 'ShopeePay', 'Virtual Account Mandiri', 'OVO', 'Kartu Kredit'][(n(o) >> 1) % 8]
const rp = (x) => `Rp${dot(x)}`

// ---------------------------------------------------------------- 8. HashMicro CRM leads (id, B)
// a Jakarta distributor of diesel generator sets; [perusahaan, domain, kota, provinsi, kode pos, jalan]
const HM_CO = [['PT Sinar Baja Perkasa', 'sinarbaja.co.id', 'Bekasi', 'Jawa Barat', '17530', 'Kawasan Industri Jababeka II Blok C-7'], ['PT Mitra Logistik Nusantara', 'mitralog.co.id', 'Jakarta Utara', 'DKI Jakarta', '14350', 'Jl. Yos Sudarso Kav. 88'], ['RS Hermina Sejahtera', 'rshsejahtera.co.id', 'Tangerang', 'Banten', '15810', 'Jl. Raya Serpong Km 7'], ['PT Agro Sawit Lestari', 'agrosawit.com', 'Pekanbaru', 'Riau', '28292', 'Jl. Jend. Sudirman No. 405'], ['PT Graha Properti Indah', 'grahaproperti.id', 'Surabaya', 'Jawa Timur', '60271', 'Jl. Mayjen Sungkono No. 89'], ['CV Karya Tekstil Mandiri', 'karyatekstil.com', 'Bandung', 'Jawa Barat', '40225', 'Jl. Soekarno-Hatta No. 612']]
const hmCo = (c) => HM_CO[n(c) % HM_CO.length]
const HM_JOB = ['Purchasing Manager', 'Kepala Teknik', 'Direktur Operasional', 'Staf Pengadaan', 'Facility Manager', 'General Manager']
const HM_AREA = { Bekasi: '021', 'Jakarta Utara': '021', Tangerang: '021', Pekanbaru: '0761', Surabaya: '031', Bandung: '022' }
const HM_STAGE = ['Baru', 'Terkualifikasi', 'Proposal', 'Negosiasi', 'Menang', 'Kalah']
const hmStage = (c) => HM_STAGE[n(c) % HM_STAGE.length]
const hmRev = (c) => (180 + (n(c) * 37) % 900) * 1000000
const idDT = (ms) => { const p = ict(ms); return `${dmy(p, '/')} ${hms(p)}` }

export const SETS = [
  { name: 'yeogieottae-partner-reservations-kr', product: 'Yeogi Eottae / 여기어때 (파트너센터: 예약관리 > 예약내역 > 엑셀 다운로드, one row per reservation, Korean UI, a business hotel near Haeundae beach in Busan)', family: 'travel', language: 'ko', schema: E, cols: [
    ['예약번호', (c, o) => { const p = kst(o.at); return `${String(p.y).slice(2)}${pad(p.m)}${pad(p.d)}${pad(1000000 + n(o) * 7 % 9000000, 7)}` }, ['_id', OR('purchaseID')]],
    ['예약일시', (c, o) => ygDT(o.at), ['timestamp']],
    ['예약상태', (c, o) => ygSt(o), [], opt],
    ['숙소명', () => '해운대 브릿지 호텔', ['placeContext.POIinteraction.POIDetail.name'], opt],
    ['객실타입', (c, o) => ygRoom(o)[0], [PL('name')], opt],
    ['이용유형', (c, o) => (ygDaeSil(o) ? '대실' : '숙박'), [], opt],
    ['체크인', (c, o) => `${ymd(kst(ygIn(o)), '-')} ${ygDaeSil(o) ? '13:00' : '15:00'}`, [], opt],
    ['체크아웃', (c, o) => (ygDaeSil(o) ? `${ymd(kst(ygIn(o)), '-')} 17:00` : `${ymd(kst(ygIn(o) + ygNights(o) * day), '-')} 11:00`), []],
    ['숙박일수', (c, o) => (ygDaeSil(o) ? '-' : `${ygNights(o)}박`), []],
    ['예약자명', (c) => ko(c).full, []],
    ['안심번호', (c, o) => `0504-${v.int(v.rng(n(o) + 11), 1000, 9999)}-${pad(v.int(v.rng(n(o) + 12), 0, 9999), 4)}`, PHONE_ID, opt],
    ['방문수단', (c, o) => (n(o) % 3 === 0 ? '차량' : '도보'), []],
    ['판매가', (c, o) => won(ygPrice(o)), [], opt],
    ['쿠폰할인', (c, o) => won(ygDisc(o)), [OR('discountAmount')], opt],
    ['쿠폰명', (c, o) => (n(o) % 4 === 0 ? '겨울 바다 10% 할인' : n(o) % 9 === 0 ? '첫 예약 5천원 쿠폰' : ''), ['commerce.promotionID'], opt],
    ['결제금액', (c, o) => won(ygPaid(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['결제수단', (c, o) => ['신용카드', '카카오페이', '네이버페이', '토스페이', '휴대폰결제', '신용카드'][(n(o) >> 1) % 6], [OR('payments[0].paymentType')]],
    ['수수료', (c, o) => won(Math.round(ygPaid(o) * 0.1)), []],
    ['정산예정금액', (c, o) => won(ygPaid(o) - Math.round(ygPaid(o) * 0.1)), []],
    ['취소일시', (c, o) => (ygSt(o) === '예약취소' ? ygDT(o.at + (2 + n(o) % 30) * 3600000) : ''), [OR('cancelDate')], opt],
    ['요청사항', (c, o) => ['', '', '고층 배정 부탁드립니다', '', '늦게 도착 예정입니다 (22시 이후)', '금연 객실 원해요'][n(o) % 6], []],
  ] },
  { name: 'donus-donor-list-kr', product: 'Donus / 도너스 (후원자 관리 > 후원자 목록 > 엑셀 다운로드, one row per donor, Korean UI, an animal-rescue nonprofit in Seoul)', family: 'nonprofit', language: 'ko', schema: P, cols: [
    ['후원자번호', (c) => `D${pad(n(c) % 100000, 6)}`, ID],
    ['이름', (c) => ko(c).full, ['person.name.fullName']],
    ['성별', (c) => (ko(c).female ? '여' : '남'), ['person.gender']],
    ['생년월일', (c) => (n(c) % 6 === 0 ? '' : ymd(dnBirth(c), '-')), ['person.birthDate']],
    ['주민등록번호', (c) => { if (n(c) % 3) return ''; const p = dnBirth(c); return `${String(p.y).slice(2)}${pad(p.m)}${pad(p.d)}-${ko(c).female ? 2 : 1}******` }, ['person.taxId'], opt],
    ['휴대전화', (c) => ko(c).mobile, ['mobilePhone.number']],
    ['이메일', (c) => (n(c) % 7 === 0 ? '' : ko(c).email), ['personalEmail.address']],
    ['우편번호', (c) => ko(c).zip, at(HOME, 'postalCode')],
    ['주소', (c) => ko(c).street, at(HOME, 'street1')],
    ['상세주소', (c) => ko(c).detail, at(HOME, 'street2')],
    ['후원구분', (c) => (dnProd(c)[0].startsWith('결연') ? '결연후원' : dnRegular(c) ? '정기후원' : '일시후원'), [], opt],
    ['후원상품', (c) => dnProd(c)[0], [], opt],
    ['약정금액', (c) => won(dnProd(c)[1]), []],
    ['결제수단', (c) => (dnRegular(c) ? ['CMS 자동이체', 'CMS 자동이체', '신용카드', '휴대폰'][n(c) % 4] : ['신용카드', '계좌이체', '카카오페이'][n(c) % 3]), []],
    ['결제일', (c) => (dnRegular(c) ? `매월 ${[5, 10, 15, 20, 25][n(c) % 5]}일` : ''), []],
    ['후원상태', (c) => (dnRegular(c) ? ['후원중', '후원중', '후원중', '일시중지', '해지'][n(c) % 5] : '완료'), [], opt],
    ['누적후원횟수', (c) => String(dnCount(c)), []],
    ['누적후원금액', (c) => won(dnCount(c) * dnProd(c)[1]), ['loyalty.lifetimePurchases'], opt],
    ['최초후원일', (c) => ymd(kst(c.created), '-'), ['loyalty.joinDate'], opt],
    ['최근후원일', (c) => ymd(kst(Math.max(c.created, c.updated)), '-'), []],
    ['기부금영수증 신청', (c) => (n(c) % 3 === 0 ? 'Y' : 'N'), []],
    ['SMS 수신동의', (c) => (c.bool ? '동의' : '거부'), [], opt],
    ['이메일 수신동의', (c) => (c.bool || n(c) % 2 ? '동의' : '거부'), [], opt],
    ['가입경로', (c) => v.pick(seeded(c, 'dnsrc'), ['홈페이지', '인스타그램', '거리캠페인', '지인 추천', '해피빈', '입양 후 후원']), [], opt],
  ] },
  { name: 'hungryhub-booking-list-th', product: 'Hungry Hub (แดชบอร์ดร้านอาหาร: รายการจอง > ส่งออก Excel, one row per booking, Thai UI, the buffet restaurant of a Bangkok hotel)', family: 'bookings', language: 'th', schema: E, cols: [
    ['รหัสการจอง', (c, o) => String(3100000 + n(o) * 13), ['_id', OR('purchaseID')]],
    ['วันที่ทำการจอง', (c, o) => thDT(o.at), ['timestamp']],
    ['สาขา', (c, o) => (n(o) % 4 === 0 ? 'The Palette - สุขุมวิท 24' : 'The Palette - สีลม'), ['placeContext.POIinteraction.POIDetail.name'], opt],
    ['วันที่รับประทาน', (c, o) => dmy(hhDine(o), '/'), [], opt],
    ['เวลา', (c, o) => hm(hhDine(o)), [], opt],
    ['รหัสผู้ใช้', (c, o) => (n(o) % 5 === 0 ? '' : String(400000 + (n(c) * 7) % 500000)), CUST_ID, opt],
    ['ชื่อลูกค้า', (c) => th(c).full, []],
    ['อีเมล', (c) => th(c).email, EMAIL_ID],
    ['เบอร์โทรศัพท์', (c) => th(c).mobile, PHONE_ID],
    ['ผู้ใหญ่', (c, o) => String(hhAd(o)), []],
    ['เด็ก', (c, o) => String(hhKid(o)), []],
    ['แพ็กเกจ', (c, o) => hhPkg(o)[0], [PL('name')], opt],
    ['ประเภทแพ็กเกจ', (c, o) => hhPkg(o)[1], [], opt],
    ['ราคาต่อท่าน', (c, o) => (hhPkg(o)[1] === 'PP' ? '' : group(hhPkg(o)[2], ',')), [], opt],
    ['ยอดรวม', (c, o) => group(hhTotal(o), ','), [OR('priceTotal')]],
    ['ชำระล่วงหน้า', (c, o) => (hhPkg(o)[3] ? group(hhTotal(o), ',') : '0'), [OR('payments[0].paymentAmount')], opt],
    ['วิธีชำระเงิน', (c, o) => (hhPkg(o)[3] ? ['บัตรเครดิต', 'พร้อมเพย์ (QR)', 'TrueMoney Wallet', 'บัตรเครดิต'][n(o) % 4] : 'ชำระที่ร้าน'), [OR('payments[0].paymentType')]],
    ['สถานะการจอง', (c, o) => hhSt(o), [], opt],
    ['ช่องทางการจอง', (c, o) => ['Hungry Hub App', 'Website', 'Reserve with Google', 'Hungry Hub App', 'LINE'][n(o) % 5], [], opt],
    ['รหัสส่วนลด', (c, o) => (n(o) % 7 === 0 ? 'HHNEWYEAR' : ''), ['commerce.promotionID']],
    ['ระดับสมาชิก', (c, o) => (n(o) % 5 === 0 ? '' : ['RED', 'RED', 'SILVER', 'GOLD', 'PLATINUM'][n(c) % 5]), []],
    ['ฉลองวันเกิด', (c, o) => (n(o) % 8 === 0 ? 'ใช่' : ''), []],
    ['คำขอพิเศษ', (c, o) => ['', 'ขอโต๊ะริมหน้าต่าง', '', 'มีเด็กเล็ก ขอเก้าอี้เด็ก', 'แพ้อาหารทะเลเปลือกแข็ง', ''][n(o) % 6], []],
  ] },
  { name: 'schoolbright-student-list-th', product: 'School Bright (ระบบจัดการโรงเรียน: ข้อมูลนักเรียน > รายชื่อนักเรียน > ส่งออก Excel, one row per enrolled pupil, Thai UI, a private primary and lower-secondary school in Bangkok)', family: 'education', language: 'th', schema: P, cols: [
    ['รหัสนักเรียน', (c) => String(60000 + (n(c) % 9000)), ID],
    ['เลขประจำตัวประชาชน', (c) => thaiId(c), ['person.taxId'], opt],
    ['คำนำหน้า', (c) => sbTitle(c), ['person.name.courtesyTitle', 'person.gender'], opt],
    ['ชื่อ', (c) => th(c).first, ['person.name.firstName']],
    ['นามสกุล', (c) => th(c).last, ['person.name.lastName']],
    ['ชื่อเล่น', (c) => v.pick(seeded(c, 'nick'), SB_NICK), []],
    ['เพศ', (c) => (th(c).female ? 'หญิง' : 'ชาย'), ['person.gender']],
    ['วันเกิด', (c) => be(sbBirth(c)), ['person.birthDate']],
    ['ระดับชั้น', (c) => sbGrade(c), []],
    ['ห้อง', (c) => `${sbGrade(c)}/${1 + (n(c) % 3)}`, []],
    ['เลขที่', (c) => String(1 + (n(c) % 35)), []],
    ['สถานะ', (c) => (n(c) % 19 === 0 ? 'ลาออก' : n(c) % 23 === 0 ? 'พักการเรียน' : 'กำลังศึกษา'), [], opt],
    ['สัญชาติ', (c) => (n(c) % 29 === 0 ? 'เมียนมา' : 'ไทย'), ['person.nationality']],
    ['ศาสนา', (c) => (n(c) % 11 === 0 ? 'คริสต์' : n(c) % 13 === 0 ? 'อิสลาม' : 'พุทธ'), []],
    ['หมู่เลือด', (c) => ['O', 'A', 'B', 'AB', ''][n(c) % 5], []],
    ['บ้านเลขที่', (c) => th(c).house, at(HOME, 'street1')],
    ['แขวง/ตำบล', (c) => th(c).tambon, at(HOME, 'street2'), opt],
    ['เขต/อำเภอ', (c) => th(c).amphoe, at(HOME, 'city'), opt],
    ['จังหวัด', (c) => th(c).prov, [...STATE(HOME), ...at(HOME, 'city')]],
    ['รหัสไปรษณีย์', (c) => th(c).zip, at(HOME, 'postalCode')],
    ['ชื่อผู้ปกครอง', (c) => sbParent(c).name, []],
    ['ความสัมพันธ์', (c) => sbParent(c).rel, []],
    ['เบอร์โทรผู้ปกครอง', (c) => th(c).mobile, ['mobilePhone.number', 'homePhone.number'], opt],
    ['อีเมลผู้ปกครอง', (c) => (n(c) % 4 === 0 ? '' : sbParent(c).email), ['personalEmail.address'], opt],
    ['วันที่เข้าเรียน', (c) => `16/05/${2568 - (n(c) % SB_GRADE.length)}`, []],
  ] },
  { name: 'easysalon-lich-hen-vn', product: 'EasySalon (Lịch hẹn > Danh sách lịch hẹn > Xuất Excel, one row per appointment, Vietnamese UI, a hair and spa salon with two branches in Hanoi)', family: 'beauty', language: 'vi', schema: E, cols: [
    ['Mã lịch hẹn', (c, o) => `LH${pad(n(o) * 3 % 1000000, 6)}`, ['_id', OR('purchaseID')]],
    ['Thời gian hẹn', (c, o) => `${hm(esStart(o))} ${dmy(esStart(o), '/')}`, ['timestamp']],
    ['Chi nhánh', (c, o) => (n(o) % 3 === 0 ? 'Chi nhánh Trần Duy Hưng' : 'Chi nhánh Hoàng Quốc Việt'), ['placeContext.POIinteraction.POIDetail.name'], opt],
    ['Mã khách hàng', (c) => `KH${pad(n(c) % 100000, 5)}`, CUST_ID, opt],
    ['Tên khách hàng', (c) => vi(c).full, []],
    ['Số điện thoại', (c) => vi(c).mobile, PHONE_ID],
    ['Email', (c) => (n(c) % 3 === 0 ? vi(c).email : ''), EMAIL_ID],
    ['Dịch vụ', (c, o) => esSvc(o)[0], [PL('name')], opt],
    ['Thời lượng (phút)', (c, o) => String(esSvc(o)[2]), []],
    ['Nhân viên thực hiện', (c, o) => ES_STAFF[(n(o) >> 1) % ES_STAFF.length], []],
    ['Giá dịch vụ', (c, o) => dot(esSvc(o)[1]), [PL('priceTotal'), OR('priceTotal')], opt],
    ['Đặt cọc', (c, o) => (n(o) % 4 === 0 ? dot(100000) : '0'), [OR('payments[0].paymentAmount')], opt],
    ['Trạng thái', (c, o) => esSt(o), [], opt],
    ['Nguồn khách', (c, o) => ['Fanpage', 'Zalo', 'Gọi điện', 'Đặt lịch online', 'Khách vãng lai', 'Khách cũ'][n(o) % 6], ['marketing.trackingCode'], opt],
    ['Khách mới', (c, o) => (n(o) % 5 === 0 ? 'Có' : 'Không'), []],
    ['Ghi chú', (c, o) => ['', 'Khách muốn kỹ thuật viên nữ', '', 'Da nhạy cảm', 'Đến trễ 15 phút'][n(o) % 5], []],
    ['Người tạo', (c, o) => (n(o) % 4 === 3 ? 'Đặt lịch online' : ['Lễ tân Mai', 'Lễ tân Hằng'][n(o) % 2]), []],
    ['Ngày tạo', (c, o) => { const p = ict(o.at - (1 + n(o) % 3) * day); return `${dmy(p, '/')} ${hm(p)}` }, [OR('createdDate')], opt],
  ] },
  { name: 'crmviet-lien-he-vn', product: 'CRMVIET (Khách hàng > Liên hệ > Xuất khẩu Excel, one row per contact person at a customer company, Vietnamese UI, a Hanoi distributor of industrial paints and coatings)', family: 'crm', language: 'vi', schema: B, cols: [
    ['Mã liên hệ', (c) => `LH${pad(n(c) % 100000, 5)}`, B2BID],
    ['Danh xưng', (c) => (vi(c).female ? 'Chị' : 'Anh'), ['person.name.courtesyTitle', 'person.gender'], opt],
    ['Họ và tên', (c) => vi(c).full, ['person.name.fullName']],
    ['Giới tính', (c) => (vi(c).female ? 'Nữ' : 'Nam'), ['person.gender']],
    ['Sinh nhật', (c) => (n(c) % 3 === 0 ? cvBirth(c.birth) : ''), ['person.birthDate']],
    ['Chức vụ', (c) => cvJob(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Phòng ban', (c) => cvJob(c)[1], ['extendedWorkDetails.departments[0]']],
    ['Khách hàng', (c) => cvCo(c)[0], CO],
    ['Mã khách hàng', (c) => `KH${pad(1000 + (n(c) % CV_CO.length) * 37, 5)}`, ACCT],
    ['Di động', (c) => vi(c).mobile, ['mobilePhone.number']],
    ['Điện thoại', (c) => (n(c) % 3 === 1 ? '' : `${cvCo(c)[2] === 'Hải Phòng' ? '0225' : cvCo(c)[2] === 'Hà Nội' ? '024' : cvCo(c)[2] === 'Bắc Ninh' ? '0222' : '0221'} ${v.int(seeded(c, 'tel'), 3500, 3999)} ${pad(v.int(seeded(c, 'te2'), 0, 9999), 4)}`), ['workPhone.number']],
    ['Email', (c) => `${ascii(vi(c).given)}.${ascii(vi(c).ho)}@${cvCo(c)[1]}`, ['workEmail.address']],
    ['Địa chỉ', (c) => cvStreet(c), [W('street1')], opt],
    ['Tỉnh/Thành phố', (c) => cvCo(c)[2], [W('city'), ...STATE(WORK)]],
    ['Quốc gia', () => 'Việt Nam', [W('country')]],
    ['Nguồn', (c) => v.pick(seeded(c, 'src'), ['Website', 'Hội chợ Vietbuild', 'Giới thiệu', 'Facebook', 'Gọi điện trực tiếp']), ['b2b.personSource']],
    ['Trạng thái', (c) => (n(c) % 9 === 0 ? 'Ngừng liên hệ' : 'Đang liên hệ'), ['b2b.personStatus'], opt],
    ['Chủ sở hữu', (c) => v.pick(seeded(c, 'own'), ['Nguyễn Hải Yến', 'Trần Quốc Bảo', 'Lê Minh Đức']), []],
    ['Người tạo', (c) => v.pick(seeded(c, 'cre'), ['Nguyễn Hải Yến', 'Trần Quốc Bảo', 'admin']), ['extSourceSystemAudit.createdBy'], opt],
    ['Ngày tạo', (c) => cvDT(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Ngày cập nhật', (c) => cvDT(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Mô tả', (c) => ['', 'Phụ trách duyệt báo giá sơn epoxy', '', 'Hay hỏi về sơn chống cháy', ''][n(c) % 5], []],
  ] },
  { name: 'goers-data-transaksi-id', product: 'Goers (Goers Experience Manager: Laporan > Data Transaksi > Unduh Excel, one row per transaction, Indonesian UI, a two-day indie music festival in Bandung)', family: 'events', language: 'id', schema: E, cols: [
    ['ID Transaksi', (c, o) => `GRS${String(88000000 + n(o) * 19)}`, ['_id', OR('purchaseID')]],
    ['Tanggal Transaksi', (c, o) => idDT(o.at), ['timestamp']],
    ['Nama Event', () => 'Sore Sendu Fest', [], opt],
    ['Jenis Tiket', (c, o) => goTk(o)[0], [PL('name')], opt],
    ['Jumlah', (c, o) => String(goQty(o)), [PL('quantity')]],
    ['Harga Tiket', (c, o) => rp(goTk(o)[1]), [], opt],
    ['Biaya Layanan', (c, o) => rp(goFee(o) * goQty(o)), []],
    ['Total Pembayaran', (c, o) => rp((goTk(o)[1] + goFee(o)) * goQty(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Metode Pembayaran', (c, o) => goPay(o), [OR('payments[0].paymentType')]],
    ['Status', (c, o) => goSt(o), [], opt],
    ['Kode Voucher', (c, o) => (n(o) % 6 === 0 ? 'SENDUHEMAT' : ''), ['commerce.promotionID']],
    ['Nama Pembeli', (c) => id(c).full, []],
    ['Email', (c) => id(c).email, EMAIL_ID],
    ['No. HP', (c) => id(c).mobile, PHONE_ID],
    ['No. KTP', (c) => id(c).ktp, []],
    ['Jenis Kelamin', (c) => (id(c).female ? 'Perempuan' : 'Laki-laki'), []],
    ['Tanggal Lahir', (c) => dmy(shift(c.birth, 0), '/'), []],
    ['Kota Domisili', (c) => id(c).city, [BILL('city')], opt],
    ['Kode Tiket', (c, o) => Array.from({ length: goQty(o) }, (_, k) => `SSF${v.alnum(v.rng(n(o) * 7 + k), 8).toUpperCase()}`).join(', '), []],
    ['Status Check-in', (c, o) => (goSt(o) !== 'Berhasil' ? '-' : n(o) % 3 === 0 ? 'Belum' : 'Sudah'), []],
  ] },
  { name: 'hashmicro-crm-prospek-id', product: 'HashMicro CRM (CRM > Prospek > Ekspor ke Excel, one row per lead, Indonesian UI, a Jakarta distributor of diesel generator sets)', family: 'crm', language: 'id', schema: B, cols: [
    ['ID', (c) => String(5000 + (n(c) * 11) % 90000), B2BID],
    ['Prospek', (c) => `Genset ${[250, 500, 800, 1000][n(c) % 4]} kVA - ${hmCo(c)[0].replace(/^(PT|CV|RS) /, '')}`, []],
    ['Nama Perusahaan', (c) => hmCo(c)[0], CO],
    ['Sapaan', (c) => (id(c).female ? 'Ibu' : 'Bapak'), ['person.name.courtesyTitle', 'person.gender'], opt],
    ['Nama Kontak', (c) => id(c).full, ['person.name.fullName']],
    ['Jabatan', (c) => HM_JOB[(n(c) >> 1) % HM_JOB.length], ['extendedWorkDetails.jobTitle']],
    ['Email', (c) => `${ascii(id(c).first)}.${ascii(id(c).last)}@${hmCo(c)[1]}`, ['workEmail.address']],
    ['Telepon', (c) => (n(c) % 4 === 0 ? '' : `(${HM_AREA[hmCo(c)[2]]}) ${v.int(seeded(c, 'tl'), 5000000, 8999999)}`), ['workPhone.number']],
    ['Seluler', (c) => (n(c) % 5 === 0 ? '' : `+62 ${id(c).mobile.slice(1)}`), ['mobilePhone.number']],
    ['Jalan', (c) => hmCo(c)[5], [W('street1')]],
    ['Kota', (c) => hmCo(c)[2], [W('city')]],
    ['Provinsi', (c) => hmCo(c)[3], STATE(WORK)],
    ['Kode Pos', (c) => hmCo(c)[4], [W('postalCode')]],
    ['Negara', () => 'Indonesia', [W('country')]],
    ['Situs Web', (c) => `www.${hmCo(c)[1]}`, ['b2b.companyWebsite']],
    ['Tenaga Penjual', (c) => v.pick(seeded(c, 'sp'), ['Yohanes Kristanto', 'Melati Anggraini', 'Reza Firmansyah']), []],
    ['Tim Penjualan', (c) => (['Pekanbaru', 'Surabaya'].includes(hmCo(c)[2]) ? 'Sales Luar Jawa Barat & DKI' : 'Sales Jabodetabek'), []],
    ['Tahapan', (c) => hmStage(c), ['b2b.personStatus'], opt],
    ['Prioritas', (c) => ['Rendah', 'Sedang', 'Tinggi', 'Sangat Tinggi'][n(c) % 4], [], opt],
    ['Sumber', (c) => v.pick(seeded(c, 'sm'), ['Website', 'Pameran', 'Referensi', 'Telepon Masuk', 'LinkedIn', 'Tokopedia']), ['b2b.personSource']],
    ['Perkiraan Pendapatan', (c) => `Rp ${dot(hmRev(c))}`, []],
    ['Probabilitas (%)', (c) => String({ Baru: 10, Terkualifikasi: 25, Proposal: 50, Negosiasi: 70, Menang: 100, Kalah: 0 }[hmStage(c)]), []],
    ['Tanggal Dibuat', (c) => idDT(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Terakhir Diperbarui', (c) => idDT(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },
]
