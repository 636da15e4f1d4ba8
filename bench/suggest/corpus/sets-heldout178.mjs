// heldout178: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). Polish, Korean, Vietnamese, Indonesian, Hebrew, Indian English, Thai
// and Japanese exports, headers in the product's UI language: a Polish fundraising platform's payment list (zrzutka.pl)
// (pl 1); a Korean crowdfunding platform's backer list (Tumblbug) (ko 1); a Vietnamese ticketing platform's order
// list for an organizer (Ticketbox) (vi 1); an Indonesian creator-payments platform's transaction list (Mayar) (id 1);
// an Israeli gym-management system's client list (Arbox) (he 1); an Indian school-management app's student list
// (Teachmint) (en-IN 1); a Thai CRM's customer list (Readyplanet R-CRM) (th 1); a Japanese tech-event platform's
// participant list (TECH PLAY) (ja 1).
// E 4, P 2, B 2.
// Headers: written from the writer's knowledge of each product's export (Mayar's informed by the transaction fields
// of its public API documentation); nothing was copied from a real export; every value is generated.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO } from './sets.mjs'
import { pad, row, dmy, ymd, hms, hm, local, shift, group, hash } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const ID = ['_id', 'personID']
const WE = ['workEmail.address', 'personalEmail.address']
// local clocks: Poland +1 and Israel +2, each with summer time (approximated); India +5:30; Vietnam, Indonesia
// (WIB) and Thailand +7; Korea and Japan +9
const cet = (ms) => local(ms, 1)
const isr = (ms) => local(ms, 2)
const ist = (ms) => shift(ms, 5.5)
const ict = (ms) => shift(ms, 7)
const kst = (ms) => shift(ms, 9)
// an instant moved into opening hours (lo .. lo+span-1, local) of a zone off hours from UTC
const open = (ms, off, lo = 9, span = 10) => { const H = shift(ms, off).H; return ms + ((lo + (H % span)) - H) * 3600000 }

// ---------------------------------------------------------------- local people, seeded by the row's person
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}:${c.first}:${c.last}:${salt}`) ^ 0x178a5c3e); r(); r(); return r }
const ascii = (s) => v.slug(s.replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/đ/g, 'd').replace(/Đ/g, 'D'))
const POOL = {
  pl: { m: ['Bartosz', 'Kamil', 'Jakub', 'Mateusz', 'Adrian', 'Rafał', 'Wojciech', 'Dawid'], f: ['Karolina', 'Natalia', 'Paulina', 'Justyna', 'Dominika', 'Weronika', 'Zuzanna', 'Marta'],
    last: [['Nowak', 'Nowak'], ['Wiśniewski', 'Wiśniewska'], ['Wójcik', 'Wójcik'], ['Lewandowski', 'Lewandowska'], ['Kamiński', 'Kamińska'], ['Jankowski', 'Jankowska'], ['Pawlak', 'Pawlak'], ['Michalski', 'Michalska'], ['Nowicki', 'Nowicka'], ['Wróbel', 'Wróbel'], ['Sikora', 'Sikora'], ['Baran', 'Baran']],
    mail: ['gmail.com', 'wp.pl', 'o2.pl', 'interia.pl', 'onet.pl', 'gmail.com', 'op.pl'] },
  ko: { m: ['민준', '서준', '도윤', '지호', '현우', '승민', '우진', '건우'], f: ['서연', '지민', '하은', '수빈', '예린', '지원', '채원', '민지'],
    last: [['김', 'kim'], ['이', 'lee'], ['박', 'park'], ['최', 'choi'], ['정', 'jung'], ['강', 'kang'], ['조', 'cho'], ['윤', 'yoon'], ['한', 'han'], ['오', 'oh']],
    mail: ['naver.com', 'naver.com', 'gmail.com', 'daum.net', 'kakao.com', 'hanmail.net'] },
  vi: { m: ['Minh', 'Tuấn', 'Hoàng', 'Quang', 'Đức', 'Khoa', 'Phúc', 'Long'], f: ['Linh', 'Trang', 'Ngọc', 'Thảo', 'Hương', 'Mai', 'Vy', 'Anh'],
    mid: { m: ['Văn', 'Đức', 'Minh', 'Quốc', 'Thành'], f: ['Thị', 'Ngọc', 'Thu', 'Khánh', 'Phương'] },
    last: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ'],
    mail: ['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com'] },
  id: { m: ['Rizky', 'Fajar', 'Dimas', 'Arief', 'Budi', 'Yoga', 'Hendra', 'Reza'], f: ['Putri', 'Ayu', 'Dewi', 'Indah', 'Nadia', 'Rina', 'Siti', 'Anisa'],
    last: ['Pratama', 'Saputra', 'Wijaya', 'Hidayat', 'Nugroho', 'Setiawan', 'Kurniawan', 'Lestari', 'Permata', 'Santoso', 'Rahmawati', 'Susanto'],
    mail: ['gmail.com', 'gmail.com', 'yahoo.co.id', 'yahoo.com', 'outlook.com', 'ymail.com'] },
  he: { m: [['יונתן', 'yonatan'], ['איתי', 'itai'], ['עומר', 'omer'], ['נועם', 'noam'], ['אורי', 'ori'], ['דניאל', 'daniel'], ['אלון', 'alon'], ['רועי', 'roee']],
    f: [['נועה', 'noa'], ['מיכל', 'michal'], ['שירה', 'shira'], ['טל', 'tal'], ['יעל', 'yael'], ['מאיה', 'maya'], ['הילה', 'hila'], ['רוני', 'roni']],
    last: [['כהן', 'cohen'], ['לוי', 'levi'], ['מזרחי', 'mizrahi'], ['פרץ', 'peretz'], ['ביטון', 'biton'], ['אברהם', 'avraham'], ['פרידמן', 'friedman'], ['שפירא', 'shapira'], ['גולן', 'golan'], ['אזולאי', 'azulay']],
    mail: ['gmail.com', 'gmail.com', 'walla.co.il', 'hotmail.com', 'yahoo.com', 'gmail.com'] },
  in: { m: ['Aarav', 'Vivaan', 'Arjun', 'Reyansh', 'Ishaan', 'Kabir', 'Aditya', 'Vihaan'], f: ['Ananya', 'Diya', 'Aadhya', 'Saanvi', 'Kavya', 'Myra', 'Ira', 'Anika'],
    last: ['Sharma', 'Verma', 'Gupta', 'Singh', 'Patel', 'Reddy', 'Iyer', 'Nair', 'Joshi', 'Kulkarni', 'Mehta', 'Rao'],
    pm: ['Rajesh', 'Sanjay', 'Amit', 'Vikram', 'Suresh', 'Manoj', 'Anil', 'Deepak'], pf: ['Sunita', 'Pooja', 'Neha', 'Priya', 'Kavita', 'Anjali', 'Meena', 'Rekha'] },
  th: { m: ['สมชาย', 'ธนากร', 'วีระพงษ์', 'ณัฐพล', 'อนุชา', 'กิตติศักดิ์', 'ประเสริฐ', 'ชัยวัฒน์'], f: ['สุภาพร', 'วรรณา', 'กมลชนก', 'ปิยะนุช', 'ณัฐธิดา', 'อรทัย', 'จิราพร', 'พิมพ์ชนก'],
    rom: { 'สมชาย': 'somchai', 'ธนากร': 'thanakorn', 'วีระพงษ์': 'weerapong', 'ณัฐพล': 'nattapon', 'อนุชา': 'anucha', 'กิตติศักดิ์': 'kittisak', 'ประเสริฐ': 'prasert', 'ชัยวัฒน์': 'chaiwat', 'สุภาพร': 'supaporn', 'วรรณา': 'wanna', 'กมลชนก': 'kamonchanok', 'ปิยะนุช': 'piyanuch', 'ณัฐธิดา': 'nattida', 'อรทัย': 'orathai', 'จิราพร': 'jiraporn', 'พิมพ์ชนก': 'pimchanok' },
    last: [['ศรีสุข', 'srisuk'], ['วงศ์สวัสดิ์', 'wongsawat'], ['แก้วมณี', 'kaewmanee'], ['บุญมา', 'boonma'], ['ทองดี', 'thongdee'], ['สุขสวัสดิ์', 'suksawat'], ['จันทร์เพ็ญ', 'chanpen'], ['เจริญสุข', 'charoensuk']] },
  ja: { m: [['健太', 'ケンタ', 'kenta'], ['雄一', 'ユウイチ', 'yuichi'], ['直樹', 'ナオキ', 'naoki'], ['亮', 'リョウ', 'ryo'], ['浩二', 'コウジ', 'koji'], ['悠斗', 'ユウト', 'yuto']],
    f: [['由美', 'ユミ', 'yumi'], ['沙織', 'サオリ', 'saori'], ['愛', 'アイ', 'ai'], ['恵', 'メグミ', 'megumi'], ['美咲', 'ミサキ', 'misaki'], ['奈々', 'ナナ', 'nana']],
    last: [['佐藤', 'サトウ', 'sato'], ['鈴木', 'スズキ', 'suzuki'], ['高橋', 'タカハシ', 'takahashi'], ['伊藤', 'イトウ', 'ito'], ['渡辺', 'ワタナベ', 'watanabe'], ['松本', 'マツモト', 'matsumoto'], ['井上', 'イノウエ', 'inoue'], ['木村', 'キムラ', 'kimura'], ['林', 'ハヤシ', 'hayashi'], ['清水', 'シミズ', 'shimizu']] },
}
const memo = new Map()
function mk (c, cc) {
  const r = seeded(c, cc), d = POOL[cc]
  const female = r() < 0.5
  const base = { female, r1: r(), r2: r(), no: v.int(r, 1, 999) }
  const dom = d.mail ? v.pick(r, d.mail) : 'gmail.com'
  if (cc === 'pl') {
    const first = v.pick(r, female ? d.f : d.m), l = v.pick(r, d.last), last = l[female ? 1 : 0]
    return { ...base, first, last, full: `${first} ${last}`, email: `${ascii(first)}${v.pick(r, ['.', '', '_'])}${ascii(last)}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${dom}`,
      mobile: `${v.pick(r, ['5', '6', '7', '8'])}${v.int(r, 0, 9)}${v.int(r, 0, 9)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}` }
  }
  if (cc === 'ko') {
    const first = v.pick(r, female ? d.f : d.m), l = v.pick(r, d.last)
    return { ...base, first, last: l[0], full: `${l[0]}${first}`, email: `${l[1]}${v.pick(r, ['', '.', '_'])}${v.pick(r, ['sky', 'moon', 'blue', 'star', 'hana', 'dream', 'jj', 'sol'])}${v.int(r, 1, 999)}@${dom}`,
      mobile: `010-${v.int(r, 2000, 9999)}-${pad(v.int(r, 0, 9999), 4)}` }
  }
  if (cc === 'vi') {
    const first = v.pick(r, female ? d.f : d.m), mid = v.pick(r, d.mid[female ? 'f' : 'm']), last = v.pick(r, d.last)
    return { ...base, first, mid, last, full: `${last} ${mid} ${first}`, email: `${ascii(first)}${ascii(last)}${v.int(r, 90, 2005)}@${dom}`,
      mobile: `0${v.pick(r, ['90', '91', '93', '96', '97', '98', '32', '35', '38', '70', '77', '86'])}${v.int(r, 1000000, 9999999)}` }
  }
  if (cc === 'id') {
    const first = v.pick(r, female ? d.f : d.m), last = r() < 0.8 ? v.pick(r, d.last) : ''
    return { ...base, first, last, full: last ? `${first} ${last}` : first, email: `${ascii(first)}${last ? v.pick(r, ['.', '', '_']) + ascii(last) : ''}${r() < 0.6 ? v.int(r, 1, 99) : ''}@${dom}`,
      mobile: `08${v.pick(r, ['11', '12', '13', '21', '22', '52', '56', '57', '77', '78', '95', '96'])}${v.int(r, 1000000, 99999999)}` }
  }
  if (cc === 'he') {
    const f = v.pick(r, female ? d.f : d.m), l = v.pick(r, d.last)
    const tz = Array.from({ length: 8 }, () => v.int(r, 0, 9)); tz[0] = v.pick(r, [0, 2, 3, 3])
    const s = tz.reduce((a, x, i) => { const y = x * (i % 2 ? 2 : 1); return a + (y > 9 ? y - 9 : y) }, 0)
    tz.push((10 - (s % 10)) % 10)
    return { ...base, first: f[0], last: l[0], full: `${f[0]} ${l[0]}`, email: `${f[1]}${v.pick(r, ['.', '', '_'])}${l[1]}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${dom}`,
      mobile: `05${v.pick(r, ['0', '2', '3', '4', '8'])}-${v.int(r, 1000000, 9999999)}`, tz: tz.join('') }
  }
  if (cc === 'in') {
    const first = v.pick(r, female ? d.f : d.m), last = v.pick(r, d.last)
    return { ...base, first, last, full: `${first} ${last}`, father: `${v.pick(r, d.pm)} ${last}`, mother: `${v.pick(r, d.pf)} ${last}`,
      email: `${ascii(first)}${v.pick(r, ['.', ''])}${ascii(last)}${v.int(r, 1, 99)}@gmail.com`, mobile: `${v.pick(r, ['98', '99', '97', '96', '95', '94', '93', '91', '88', '87', '70', '63'])}${v.int(r, 10000000, 99999999)}`,
      mobile2: `${v.pick(r, ['98', '99', '97', '90', '81', '78'])}${v.int(r, 10000000, 99999999)}` }
  }
  if (cc === 'th') {
    const first = v.pick(r, female ? d.f : d.m), l = v.pick(r, d.last)
    return { ...base, first, last: l[0], full: `${first} ${l[0]}`, rom: d.rom[first], romLast: l[1], nick: v.pick(r, ['ต้น', 'เอ', 'บี', 'นุ่น', 'ฝน', 'แบงค์', 'เจ', 'ปุ๊ก', 'โอ๊ต', 'มิ้นท์']),
      mobile: `0${v.pick(r, ['81', '82', '84', '86', '89', '91', '92', '95', '98', '61', '62', '63'])}-${v.int(r, 100, 999)}-${pad(v.int(r, 0, 9999), 4)}` }
  }
  if (cc === 'ja') {
    const f = v.pick(r, female ? d.f : d.m), l = v.pick(r, d.last)
    return { ...base, first: f[0], last: l[0], full: `${l[0]} ${f[0]}`, kana: `${l[1]} ${f[1]}`, romaji: `${f[2]}.${l[2]}`, romLast: l[2],
      mobile: `0${v.pick(r, ['90', '80', '70'])}-${v.int(r, 1000, 9999)}-${v.int(r, 1000, 9999)}` }
  }
  throw new Error(cc)
}
const who = (c, cc) => { const k = `${cc}|${c.id}|${c.first}|${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc)); return memo.get(k) }

// ---------------------------------------------------------------- 1. zrzutka.pl payment list (pl, E)
const pl = (c) => who(c, 'pl')
// [miejscowość, kod, ulica i numer]
const PL_PLACES = [['Kraków', '30-059', 'ul. Czarnowiejska 58/12'], ['Kraków', '31-523', 'ul. Rakowicka 14/3'], ['Wieliczka', '32-020', 'ul. Słowackiego 21'], ['Warszawa', '02-512', 'ul. Puławska 41 m. 17'], ['Katowice', '40-027', 'ul. Kościuszki 30/5'], ['Tarnów', '33-100', 'ul. Krakowska 112'], ['Skawina', '32-050', 'os. Ogrody 9/22'], ['Wrocław', '50-043', 'ul. Ruska 46a/8'], ['Kraków', '30-347', 'ul. Kapelanka 10/101'], ['Niepołomice', '32-005', 'ul. Zabierzowska 6']]
const plPlace = (c) => row(PL_PLACES, n(c) % 10)
// a Kraków dog shelter's fundraiser for new heated kennels; rewards [nazwa, cena, wysyłka?, warianty]
const ZR_REW = [['', 0, false, ''], ['Kalendarz 2025 z podopiecznymi', 40, true, ''], ['', 0, false, ''], ['Kubek „Adoptuj, nie kupuj”', 45, true, ''], ['Koszulka schroniskowa', 79, true, 'S,M,L,XL'], ['', 0, false, ''], ['Wirtualna adopcja — certyfikat PDF', 30, false, '']]
const zrRew = (o) => row(ZR_REW, n(o) % 7)
const zrQty = (o) => (zrRew(o)[1] && n(o) % 5 === 3 ? 2 : zrRew(o)[1] ? 1 : 0)
const zrShip = (o) => (zrRew(o)[2] ? row([['Paczkomat InPost', 13.99], ['Kurier DPD', 18.5], ['Paczkomat InPost', 13.99], ['Odbiór osobisty w schronisku', 0]], (n(o) >> 1) % 4) : null)
const zrAmt = (o) => (zrRew(o)[1] ? zrRew(o)[1] * zrQty(o) + (zrShip(o) ? zrShip(o)[1] : 0) + (n(o) % 4 === 0 ? 20 : 0) : row([20, 50, 10, 100, 30, 25, 200, 15], (n(o) >> 2) % 8))
const zrMeth = (o) => row(['BLIK', 'Szybki przelew', 'BLIK', 'Karta płatnicza', 'Google Pay', 'BLIK', 'Apple Pay', 'PayPal'], (n(o) >> 1) % 8)
const zrSt = (o) => (n(o) % 23 === 7 ? 'Zwrócona' : 'Zaksięgowana')
const zrAt = (o) => open(Date.UTC(2024, 9, 1) + (o.at % (75 * day)), 1, 7, 16)
const plT = (ms) => { const p = cet(ms); return `${dmy(p)} ${hm(p)}` }
const zl = (x) => (Math.round(x * 100) / 100).toFixed(2).replace('.', ',')
const ZR_MSG = ['Trzymam kciuki za Burka i resztę ekipy!', '', 'Dla psiaków z Przystani ❤', '', 'Zamiast prezentu urodzinowego dla mamy', 'Powodzenia!', '', 'Od klasy 3b z SP nr 12', '']
// ---------------------------------------------------------------- 2. Tumblbug backer list (ko, E)
const ko = (c) => who(c, 'ko')
// [우편번호, 도로명 주소, 상세 주소 예시]
const KO_ADDR = [['04038', '서울특별시 마포구 양화로 45', '메세나폴리스 1203호'], ['06236', '서울특별시 강남구 테헤란로 152', '12층'], ['03925', '서울특별시 마포구 월드컵북로 396', '301동 1502호'], ['13494', '경기도 성남시 분당구 판교역로 235', 'H스퀘어 N동 7층'], ['48058', '부산광역시 해운대구 센텀중앙로 79', '센텀스카이비즈 2104호'], ['34126', '대전광역시 유성구 대학로 99', '기숙사 B동 412호'], ['61452', '광주광역시 동구 금남로 245', ''], ['41940', '대구광역시 중구 동성로 12', '3층'], ['16499', '경기도 수원시 영통구 광교중앙로 145', '2208동 803호'], ['22382', '인천광역시 중구 제물량로 232', '']]
const koAddr = (c) => row(KO_ADDR, n(c) % 10)
// an indie board game about a Joseon night market: [선물, 금액, 옵션]
const TB_REW = [['[얼리버드] 한양 야시장 기본판', 39000, '한국어판'], ['한양 야시장 기본판', 45000, '한국어판'], ['한양 야시장 디럭스판', 69000, '한국어판'], ['한양 야시장 디럭스판 + 확장 「도깨비 장터」', 89000, '한국어판'], ['한양 야시장 기본판', 45000, '영문판'], ['선물 없이 후원하기', 0, ''], ['[얼리버드] 한양 야시장 디럭스판', 59000, '한국어판']]
const tbRew = (o) => row(TB_REW, n(o) % 7)
const tbQty = (o) => (tbRew(o)[1] && n(o) % 9 === 4 ? 2 : tbRew(o)[1] ? 1 : 0)
const tbExtra = (o) => (tbRew(o)[1] ? (n(o) % 6 === 1 ? row([1000, 5000, 10000], (n(o) >> 3) % 3) : 0) : row([1000, 5000, 10000, 3000], (n(o) >> 2) % 4))
const tbTotal = (o) => tbRew(o)[1] * tbQty(o) + tbExtra(o)
const tbSt = (o) => (n(o) % 17 === 5 ? '결제 실패' : n(o) % 19 === 8 ? '후원 취소' : '결제 완료')
const tbMeth = (o) => row(['신용·체크카드', '네이버페이', '신용·체크카드', '카카오페이', '토스페이', '신용·체크카드'], (n(o) >> 1) % 6)
const tbPledge = (o) => Date.UTC(2024, 8, 2, 3) + ((n(o) * 7919) % (27 * 24 * 3600)) * 1000
const tbPaid = (o) => Date.UTC(2024, 9, 1, 3, 0) + ((n(o) * 31) % 5400) * 1000
const krT = (ms) => { const p = kst(ms); return `${ymd(p)} ${hms(p)}` }
const won = (x) => group(x, ',')
const tbShipped = (o) => tbSt(o) === '결제 완료' && tbRew(o)[1] && n(o) % 4 !== 2
// ---------------------------------------------------------------- 3. Ticketbox orders (vi, E)
const vi = (c) => who(c, 'vi')
// an indie-pop concert in Ho Chi Minh City, two shows: [loại vé, đơn giá]
const TK_TIX = [['GA - Đứng', 650000], ['GA - Đứng', 650000], ['Ghế ngồi khu B', 950000], ['Ghế ngồi khu A', 1350000], ['VIP (kèm quà lưu niệm)', 1950000], ['GA - Đứng', 650000], ['Ghế ngồi khu B', 950000]]
const tkTix = (o) => row(TK_TIX, n(o) % 7)
const tkQty = (o) => row([1, 2, 1, 2, 1, 4, 1, 3], (n(o) >> 1) % 8)
const tkShow = (o) => row(['20:00 - 19/10/2024', '20:00 - 20/10/2024'], n(o) % 2)
const tkCode = (o) => (n(o) % 6 === 1 ? ['EARLYBIRD', 0.15] : n(o) % 11 === 4 ? ['FANCLUB10', 0.1] : ['', 0])
const tkSub = (o) => tkTix(o)[1] * tkQty(o)
const tkDisc = (o) => Math.round(tkSub(o) * tkCode(o)[1] / 1000) * 1000
const tkTotal = (o) => tkSub(o) - tkDisc(o)
const tkMeth = (o) => row(['Ví MoMo', 'VNPAY-QR', 'Thẻ ATM nội địa', 'Ví MoMo', 'Thẻ quốc tế (Visa/Master/JCB)', 'ZaloPay', 'ShopeePay'], (n(o) >> 2) % 7)
const tkSt = (o) => (n(o) % 13 === 6 ? 'Đã hủy' : n(o) % 29 === 10 ? 'Đã hoàn tiền' : 'Thành công')
const tkCreated = (o) => Date.UTC(2024, 7, 20, 2) + ((n(o) * 7919) % (55 * 24 * 3600)) * 1000
const tkPaid = (o) => tkCreated(o) + (45 + (n(o) * 13) % 517) * 1000
const tkShowAt = (o) => (n(o) % 2 ? Date.UTC(2024, 9, 20, 13) : Date.UTC(2024, 9, 19, 13))
const tkIn = (o) => tkSt(o) === 'Thành công' && n(o) % 5 !== 2
const vnT = (ms) => { const p = ict(ms); return `${dmy(p, '/')} ${hms(p)}` }
const VI_CITY = ['TP. Hồ Chí Minh', 'TP. Hồ Chí Minh', 'Hà Nội', 'Bình Dương', 'TP. Hồ Chí Minh', 'Đồng Nai', 'Đà Nẵng', 'Cần Thơ', 'TP. Hồ Chí Minh', 'Long An']
// ---------------------------------------------------------------- 4. Mayar transactions (id, E)
const idn = (c) => who(c, 'id')
// a Bandung design educator's storefront: [nama produk, tipe, harga]
const MY_PROD = [['E-book: Panduan Desain Feed Instagram untuk UMKM', 'Produk Digital', 79000], ['Webinar: Branding Murah Meriah untuk Bisnis Kuliner', 'Webinar', 49000], ['Kelas Online Canva Pro dari Nol', 'Kelas Online', 249000], ['Template Konten 30 Hari (Canva)', 'Produk Digital', 99000], ['Membership Komunitas Desainer UMKM (Bulanan)', 'Membership', 35000], ['Workshop Offline Bandung: Foto Produk dengan HP', 'Event', 150000], ['Webinar: Branding Murah Meriah untuk Bisnis Kuliner', 'Webinar', 0]]
const myP = (o) => row(MY_PROD, n(o) % 7)
const myCoupon = (o) => (myP(o)[2] && n(o) % 5 === 2 ? ['HEMAT20', 0.2] : myP(o)[2] && n(o) % 9 === 4 ? ['RAMADHAN', 0.3] : ['', 0])
const myDisc = (o) => Math.round(myP(o)[2] * myCoupon(o)[1] / 100) * 100
const myAmt = (o) => myP(o)[2] - myDisc(o)
const myMeth = (o) => (myAmt(o) === 0 ? 'Gratis' : row(['QRIS', 'Virtual Account BCA', 'QRIS', 'DANA', 'Virtual Account Mandiri', 'OVO', 'ShopeePay', 'Kartu Kredit', 'Virtual Account BRI'], (n(o) >> 1) % 9))
const myChan = (o) => { const a = myAmt(o), m = myMeth(o); return !a ? 0 : m === 'QRIS' ? Math.round(a * 0.007) : m.startsWith('Virtual') ? 4440 : m === 'Kartu Kredit' ? Math.round(a * 0.029 + 2000) : Math.round(a * 0.015) }
const myAdm = (o) => (myAmt(o) ? Math.round(myAmt(o) * 0.05) : 0)
const mySt = (o) => (myAmt(o) && n(o) % 8 === 3 ? 'Menunggu Pembayaran' : myAmt(o) && n(o) % 15 === 7 ? 'Kedaluwarsa' : 'Lunas')
const myAt = (o) => open(Date.UTC(2023, 0, 1) + (o.at % (700 * day)), 7, 7, 16)
const wib = (ms) => { const p = ict(ms); return `${dmy(p, '/')} ${hm(p)}` }
const rp = (x) => `Rp${group(x, '.')}`
const MY_UTM = ['instagram', '', 'tiktok', 'whatsapp', '', 'instagram', 'google', '']
// ---------------------------------------------------------------- 5. Arbox clients (he, P)
const he = (c) => who(c, 'he')
// [עיר, רחוב ומספר]
const HE_ADDR = [['תל אביב - יפו', 'פלורנטין 12'], ['תל אביב - יפו', 'אבן גבירול 118'], ['רמת גן', 'ביאליק 45'], ['גבעתיים', 'כצנלסון 73'], ['תל אביב - יפו', 'שדרות רוטשילד 9'], ['בת ים', 'בלפור 88'], ['חולון', 'סוקולוב 31'], ['רמת גן', 'הרא"ה 210'], ['תל אביב - יפו', 'יהודה הלוי 64'], ['בני ברק', 'ז\'בוטינסקי 150']]
const heAddr = (c) => row(HE_ADDR, n(c) % 10)
// a functional-training studio with two branches: [מנוי, כניסות]
const AB_PLANS = [['מנוי חודשי ללא הגבלה', 0], ['כרטיסייה 10 כניסות', 10], ['מנוי שנתי ללא הגבלה', 0], ['מנוי 2 פעמים בשבוע', 0], ['כרטיסייה 20 כניסות', 20], ['שיעור ניסיון', 1], ['מנוי חודשי ללא הגבלה', 0]]
const abPlan = (c) => row(AB_PLANS, n(c) % 7)
const abSt = (c) => row(['פעיל', 'פעיל', 'לא פעיל', 'פעיל', 'מוקפא', 'פעיל', 'ליד'], (n(c) >> 1) % 7)
const abJoin = (c) => Math.min(c.created, c.updated)
const abStart = (c) => { const p = v.parts(Math.max(c.created, c.updated)); return Date.UTC(p.y, p.m - 1, 1 + (n(c) % 27)) }
const abEnd = (c) => { const p = v.parts(abStart(c)); return Date.UTC(p.y, p.m - 1 + (abPlan(c)[0].includes('שנתי') ? 12 : abPlan(c)[1] ? 3 : 1), p.d) - day }
const heD = (ms) => dmy(v.parts(ms), '/')
const heT = (ms) => { const p = isr(ms); return `${dmy(p, '/')} ${hm(p)}` }
const nis = (x) => `₪${(Math.round(x * 100) / 100).toFixed(2)}`
// ---------------------------------------------------------------- 6. Teachmint students (en-IN, P)
const ind = (c) => who(c, 'in')
// a CBSE school in Pune: [address, locality/city, pincode]
const IN_ADDR = [['Flat 302, Sai Sparsh Apartments, Baner Road', 'Pune', '411045'], ['B-14, Gulmohar Society, Karve Nagar', 'Pune', '411052'], ['12, Lane 5, Koregaon Park', 'Pune', '411001'], ['C-701, Kumar Parisar, Kothrud', 'Pune', '411038'], ['House No. 45, Sector 27A, Nigdi Pradhikaran', 'Pimpri-Chinchwad', '411044'], ['Flat 9, Shanti Kunj, Aundh', 'Pune', '411007'], ['A-1103, Amanora Park Town, Hadapsar', 'Pune', '411028'], ['22/3, Shivaji Housing Society, Senapati Bapat Road', 'Pune', '411016']]
const inAddr = (c) => row(IN_ADDR, n(c) % 8)
const tmGrade = (c) => 1 + (n(c) % 12)
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII']
const tmDob = (c) => Date.UTC(2024 - 6 - tmGrade(c), (n(c) * 7) % 12, 1 + (n(c) % 28))
const tmAdm = (c) => Date.UTC(2024 - (n(c) % Math.min(tmGrade(c), 8)), 3 + (n(c) % 3), 1 + (n(c) * 3) % 28)
const inD = (ms) => dmy(v.parts(ms), '-')
const aadhaar = (c) => { const r = seeded(c, 'aad'); return `${v.int(r, 2, 9)}${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)}` }
// ---------------------------------------------------------------- 7. Readyplanet R-CRM customers (th, B)
const th = (c) => who(c, 'th')
// a Bangkok industrial-supplies distributor's customers: [บริษัท, เว็บไซต์, ประเภทธุรกิจ, ที่อยู่, แขวง/ตำบล, เขต/อำเภอ, จังหวัด, รหัสไปรษณีย์, โทรศัพท์, เลขผู้เสียภาษี]
const RC = [
  ['บริษัท สยามพลาสติกอุตสาหกรรม จำกัด', 'siamplastic-ind.co.th', 'ผลิตชิ้นส่วนพลาสติก', '88/12 หมู่ 4 ถนนบางนา-ตราด กม.23', 'บางเสาธง', 'บางเสาธง', 'สมุทรปราการ', '10570', '02-315-4480', '0115548001234'],
  ['บริษัท ไทยฟู้ดแพ็ค จำกัด (มหาชน)', 'thaifoodpack.com', 'อาหารและเครื่องดื่ม', '199 ถนนพระราม 2', 'แสมดำ', 'บางขุนเทียน', 'กรุงเทพมหานคร', '10150', '02-415-7700', '0107556000871'],
  ['บริษัท อีสเทิร์น ออโต้พาร์ท จำกัด', 'easternautoparts.co.th', 'ชิ้นส่วนยานยนต์', '700/45 นิคมอุตสาหกรรมอมตะซิตี้ ชลบุรี', 'ดอนหัวฬ่อ', 'เมืองชลบุรี', 'ชลบุรี', '20000', '038-213-560', '0205551009876'],
  ['ห้างหุ้นส่วนจำกัด เชียงใหม่ก่อสร้างวัสดุ', 'cm-construction.com', 'รับเหมาก่อสร้าง', '55/1 ถนนซุปเปอร์ไฮเวย์ เชียงใหม่-ลำปาง', 'ป่าตัน', 'เมืองเชียงใหม่', 'เชียงใหม่', '50300', '053-240-118', '0503559000456'],
  ['บริษัท กรุงเทพเมดิคอลซัพพลาย จำกัด', 'bkkmedsupply.co.th', 'เครื่องมือแพทย์', '2034/98 อาคารอิตัลไทย ถนนเพชรบุรีตัดใหม่', 'บางกะปิ', 'ห้วยขวาง', 'กรุงเทพมหานคร', '10310', '02-716-2250', '0105560123987'],
  ['บริษัท โคราชอะโกรเทค จำกัด', 'koratagrotech.co.th', 'เกษตรและแปรรูป', '333 หมู่ 7 ถนนมิตรภาพ', 'สุรนารี', 'เมืองนครราชสีมา', 'นครราชสีมา', '30000', '044-212-789', '0305557004321'],
]
const rcF = (c) => row(RC, n(c) >> 1)
const RC_ROLE = [['ผู้จัดการฝ่ายจัดซื้อ', 'จัดซื้อ'], ['วิศวกรซ่อมบำรุง', 'ซ่อมบำรุง'], ['เจ้าหน้าที่จัดซื้อ', 'จัดซื้อ'], ['ผู้จัดการโรงงาน', 'ผลิต'], ['กรรมการผู้จัดการ', 'บริหาร'], ['หัวหน้าแผนกคลังสินค้า', 'คลังสินค้า'], ['เจ้าหน้าที่ความปลอดภัย (จป.)', 'ความปลอดภัย']]
const rcRole = (c) => row(RC_ROLE, n(c) % 7)
const rcSt = (c) => row(['ลูกค้ามุ่งหวัง', 'ลูกค้าปัจจุบัน', 'ลูกค้าใหม่', 'ลูกค้าปัจจุบัน', 'ลูกค้าเก่า', 'ลูกค้ามุ่งหวัง', 'ลูกค้าใหม่'], (n(c) >> 2) % 7)
const thT = (ms) => { const p = ict(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y + 543} ${hm(p)}` }
const rcMail = (c) => `${th(c).rom}.${th(c).romLast.slice(0, 2)}@${rcF(c)[1]}`
// ---------------------------------------------------------------- 8. TECH PLAY participants (ja, B)
const ja = (c) => who(c, 'ja')
// [会社名, 業種, 従業員規模, ドメイン, 都道府県]
const TP = [
  ['株式会社グリーンフィールドテック', 'IT・通信', '101〜300名', 'greenfield-tech.co.jp', '東京都'],
  ['東和システムソリューションズ株式会社', 'IT・通信', '1001〜5000名', 'towa-ss.co.jp', '東京都'],
  ['株式会社サンリーフ食品', 'メーカー（食品・日用品）', '301〜1000名', 'sunleaf-foods.co.jp', '埼玉県'],
  ['ミライ物流株式会社', '運輸・物流', '5001名以上', 'mirai-logi.co.jp', '神奈川県'],
  ['株式会社ネクサスペイ', '金融・保険', '31〜100名', 'nexuspay.jp', '東京都'],
  ['関西メディカルデータ株式会社', '医療・福祉', '11〜30名', 'kansai-meddata.jp', '大阪府'],
  ['', '', '', 'gmail.com', '千葉県'],
]
const tpF = (c) => row(TP, n(c) % 7)
const TP_ROLE = [['データエンジニア', 'データ基盤部', 'エンジニア（データ）', ''], ['バックエンドエンジニア', '開発本部', 'エンジニア（バックエンド）', ''], ['データ分析グループ リーダー', 'DX推進部', 'データサイエンティスト', 'リーダー'], ['情報システム部 課長', '情報システム部', '社内SE', '課長'], ['CTO', '経営企画室', 'CTO・VPoE', 'CTO'], ['プロダクトマネージャー', 'プロダクト部', 'PdM・PM', 'マネージャー'], ['学生', '', '学生', '']]
const tpRole = (c) => (tpF(c)[0] ? row(TP_ROLE, (n(c) >> 1) % 6) : TP_ROLE[6])
const tpSlot = (c) => row(['現地参加（渋谷会場）', 'オンライン参加', 'オンライン参加', '現地参加（渋谷会場）', 'オンライン参加'], n(c) % 5)
const tpSt = (c) => (n(c) % 11 === 3 ? 'キャンセル' : n(c) % 13 === 7 ? '補欠' : '参加確定')
const tpReg = (c) => Date.UTC(2024, 10, 1, 1) + ((n(c) * 7919) % (20 * 24 * 3600)) * 1000
const jst = (ms) => { const p = kst(ms); return `${ymd(p, '/')} ${hm(p)}` }
const tpMail = (c) => (tpF(c)[0] ? `${ja(c).romaji}@${tpF(c)[3]}` : `${ja(c).romLast}${n(c) % 1000}@gmail.com`)

export const SETS = [
  { name: 'zrzutka-lista-wplat-export-pl', product: 'zrzutka.pl (panel organizatora: Moja zrzutka > Wpłaty > Pobierz listę wpłat (CSV), one row per payment into the fundraiser, Polish UI, a Kraków dog-shelter foundation raising money for heated kennels with thank-you rewards, Europe/Warsaw, PLN)', family: 'donations', language: 'pl', schema: E, cols: [
    ['ID wpłaty', (c, o) => String(14800000 + (n(o) * 37) % 900000), ['_id', OR('payments[0].transactionID')]],
    ['Data wpłaty', (c, o) => plT(zrAt(o)), ['timestamp']],
    ['Imię i nazwisko', (c) => pl(c).full, []],
    ['E-mail', (c) => pl(c).email, EMAIL_ID],
    ['Telefon', (c, o) => (zrShip(o) ? `+48 ${pl(c).mobile}` : ''), PHONE_ID, opt],
    ['Kwota', (c, o) => zl(zrAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Waluta', () => 'PLN', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Metoda płatności', (c, o) => zrMeth(o), [OR('payments[0].paymentType')]],
    ['Status', (c, o) => zrSt(o), []],
    ['Komentarz', (c, o) => row(ZR_MSG, (n(o) >> 1) % 9), []],
    ['Wpłata anonimowa', (c, o) => (n(o) % 8 === 5 ? 'Tak' : 'Nie'), []],
    ['Ukryta kwota', (c, o) => (n(o) % 6 === 2 ? 'Tak' : 'Nie'), []],
    ['Nagroda', (c, o) => zrRew(o)[0], [PL('name')], opt],
    ['Cena nagrody', (c, o) => (zrRew(o)[1] ? zl(zrRew(o)[1]) : ''), [], opt],
    ['Liczba sztuk', (c, o) => (zrQty(o) ? String(zrQty(o)) : ''), [PL('quantity')]],
    ['Wariant', (c, o) => (zrRew(o)[3] ? row(zrRew(o)[3].split(','), n(c) % 4) : ''), [PL('selectedOptions[0].value')], opt],
    ['Sposób dostawy', (c, o) => (zrShip(o) ? zrShip(o)[0] : ''), ['commerce.shipping.shippingMethod']],
    ['Koszt dostawy', (c, o) => (zrShip(o) ? zl(zrShip(o)[1]) : ''), ['commerce.shipping.shippingAmount']],
    ['Paczkomat', (c, o) => (zrShip(o) && zrShip(o)[0].startsWith('Paczkomat') ? `${ascii(plPlace(c)[0]).slice(0, 3).toUpperCase()}${pad(n(c) % 90 + 1)}M` : ''), [], opt],
    ['Ulica i numer', (c, o) => (zrShip(o) && zrShip(o)[0] === 'Kurier DPD' ? plPlace(c)[2] : ''), [SHIP('street1')]],
    ['Kod pocztowy', (c, o) => (zrShip(o) && zrShip(o)[0] === 'Kurier DPD' ? plPlace(c)[1] : ''), [SHIP('postalCode')]],
    ['Miejscowość', (c, o) => (zrShip(o) && zrShip(o)[0] === 'Kurier DPD' ? plPlace(c)[0] : ''), [SHIP('city')]],
    ['Zgoda na kontakt od organizatora', (c) => (n(c) % 3 ? 'Tak' : 'Nie'), [], opt],
  ] },
  { name: 'tumblbug-huwonja-list-export-kr', product: 'Tumblbug (창작자 센터: 프로젝트 관리 > 후원자 관리 > 후원자 목록 다운로드 (엑셀), one row per backer\'s pledge, Korean UI, an independent studio\'s board game about a Joseon-era night market that reached its goal, Asia/Seoul, KRW)', family: 'crowdfunding', language: 'ko', schema: E, cols: [
    ['후원번호', (c, o) => String(3400000 + (n(o) * 53) % 600000), ['_id', OR('purchaseID')]],
    ['후원일시', (c, o) => krT(tbPledge(o)), [OR('createdDate'), 'timestamp'], opt],
    ['결제일시', (c, o) => (tbSt(o) === '결제 완료' ? krT(tbPaid(o)) : ''), ['timestamp']],
    ['후원자 번호', (c) => String(2100000 + (n(c) * 13) % 800000), CUST_ID],
    ['후원자 이름', (c) => ko(c).full, []],
    ['이메일', (c) => ko(c).email, EMAIL_ID],
    ['연락처', (c) => ko(c).mobile, PHONE_ID],
    ['선물', (c, o) => tbRew(o)[0], [PL('name')]],
    ['선물 옵션', (c, o) => tbRew(o)[2], [PL('selectedOptions[0].value')], opt],
    ['선물 수량', (c, o) => String(tbQty(o)), [PL('quantity')]],
    ['선물 금액', (c, o) => won(tbRew(o)[1] * tbQty(o)), [PL('priceTotal')], opt],
    ['추가 후원금', (c, o) => won(tbExtra(o)), []],
    ['총 후원금액', (c, o) => won(tbTotal(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['결제 수단', (c, o) => tbMeth(o), [OR('payments[0].paymentType')]],
    ['결제 상태', (c, o) => tbSt(o), []],
    ['받는 분', (c, o) => (tbRew(o)[1] ? (n(o) % 10 === 3 ? `${ko(c).last}${row(['영희', '상철', '미경'], n(c) % 3)}` : ko(c).full) : ''), []],
    ['받는 분 연락처', (c, o) => (tbRew(o)[1] ? ko(c).mobile : ''), PHONE_ID, opt],
    ['우편번호', (c, o) => (tbRew(o)[1] ? koAddr(c)[0] : ''), [SHIP('postalCode')]],
    ['주소', (c, o) => (tbRew(o)[1] ? koAddr(c)[1] : ''), [SHIP('street1')]],
    ['상세 주소', (c, o) => (tbRew(o)[1] ? koAddr(c)[2] : ''), [SHIP('street2')]],
    ['배송 요청사항', (c, o) => (tbRew(o)[1] ? row(['', '문 앞에 놓아주세요', '', '경비실에 맡겨주세요', '배송 전 연락 바랍니다', ''], n(o) % 6) : ''), []],
    ['택배사', (c, o) => (tbShipped(o) ? 'CJ대한통운' : ''), ['commerce.shipping.shippingMethod'], opt],
    ['운송장 번호', (c, o) => (tbShipped(o) ? `5${String(61000000000 + (n(o) * 7919) % 900000000).slice(0, 11)}` : ''), ['commerce.shipping.trackingNumber']],
    ['후원자 메시지', (c, o) => row(['', '펀딩 성공 축하드려요!', '', '확장팩도 기대할게요', '', '친구들이랑 꼭 해볼게요'], (n(o) >> 1) % 6), []],
  ] },
  { name: 'ticketbox-don-hang-export-vn', product: 'Ticketbox (Organizer Center: Sự kiện > Đơn hàng > Xuất Excel, one row per ticket order, Vietnamese UI, an indie-pop band\'s two-night concert in Ho Chi Minh City, Asia/Ho_Chi_Minh, VND)', family: 'events', language: 'vi', schema: E, cols: [
    ['Mã đơn hàng', (c, o) => String(1208000000 + (n(o) * 7919) % 90000000), ['_id', OR('purchaseID')]],
    ['Thời gian đặt', (c, o) => vnT(tkCreated(o)), [OR('createdDate'), 'timestamp'], opt],
    ['Thời gian thanh toán', (c, o) => (tkSt(o) === 'Đã hủy' ? '' : vnT(tkPaid(o))), ['timestamp']],
    ['Tên sự kiện', () => 'Chillies Live Concert 2024 — "Đóa Hoa Hồng"', []],
    ['Suất diễn', (c, o) => tkShow(o), []],
    ['Loại vé', (c, o) => tkTix(o)[0], [PL('name')]],
    ['Đơn giá', (c, o) => String(tkTix(o)[1]), [], opt],
    ['Số lượng', (c, o) => String(tkQty(o)), [PL('quantity')]],
    ['Tạm tính', (c, o) => String(tkSub(o)), [PL('priceTotal')], opt],
    ['Mã giảm giá', (c, o) => tkCode(o)[0], ['commerce.promotionID']],
    ['Giảm giá', (c, o) => String(tkDisc(o)), [OR('discountAmount')]],
    ['Tổng tiền', (c, o) => String(tkTotal(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Phương thức thanh toán', (c, o) => tkMeth(o), [OR('payments[0].paymentType')]],
    ['Trạng thái', (c, o) => tkSt(o), []],
    ['Họ và tên', (c) => vi(c).full, []],
    ['Email', (c) => vi(c).email, EMAIL_ID],
    ['Số điện thoại', (c) => vi(c).mobile, PHONE_ID],
    ['Giới tính', (c) => (vi(c).female ? 'Nữ' : 'Nam'), []],
    ['Năm sinh', (c) => String(1988 + (n(c) % 18)), []],
    ['Tỉnh/Thành phố', (c) => row(VI_CITY, n(c) % 10), ['commerce.billing.address.city'], opt],
    ['Mã vé', (c, o) => (tkSt(o) === 'Đã hủy' ? '' : `TB${String(n(o) * 31).padStart(7, '0')}${v.alnum(seeded(c, `tk${o.id}`), 3).toUpperCase()}`), []],
    ['Check-in', (c, o) => (tkIn(o) ? 'Đã check-in' : 'Chưa check-in'), []],
    ['Thời gian check-in', (c, o) => (tkIn(o) ? vnT(tkShowAt(o) - (15 + n(o) % 90) * 60000 - (n(o) % 60) * 1000) : ''), []],
    ['Kênh bán', (c, o) => (n(o) % 10 === 9 ? 'Đại lý' : 'Online'), []],
  ] },
  { name: 'mayar-transaksi-export-id', product: 'Mayar (dashboard: Transaksi > Ekspor CSV, one row per payment for a product, webinar, course, membership or event sold through the creator\'s Mayar storefront, Indonesian UI, a Bandung graphic-design educator selling to small food and fashion businesses, Asia/Jakarta, IDR)', family: 'payments', language: 'id', schema: E, cols: [
    ['ID Transaksi', (c, o) => v.uuid(seeded(c, `my${o.id}`)), ['_id', OR('payments[0].transactionID')]],
    ['Tanggal', (c, o) => wib(myAt(o)), ['timestamp']],
    ['ID Pelanggan', (c) => v.uuid(seeded(c, 'mycust')), CUST_ID],
    ['Nama Pelanggan', (c) => idn(c).full, []],
    ['Email Pelanggan', (c) => idn(c).email, EMAIL_ID],
    ['No. HP', (c) => idn(c).mobile, PHONE_ID],
    ['Nama Produk', (c, o) => myP(o)[0], [PL('name')]],
    ['Tipe Produk', (c, o) => myP(o)[1], [PL('productCategories[0].categoryName')], opt],
    ['Harga', (c, o) => rp(myP(o)[2]), [PL('priceTotal')], opt],
    ['Kode Kupon', (c, o) => myCoupon(o)[0], ['commerce.promotionID']],
    ['Diskon', (c, o) => rp(myDisc(o)), [OR('discountAmount')]],
    ['Total Bayar', (c, o) => rp(myAmt(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Metode Pembayaran', (c, o) => myMeth(o), [OR('payments[0].paymentType')]],
    ['Biaya Channel', (c, o) => rp(mySt(o) === 'Lunas' ? myChan(o) : 0), []],
    ['Biaya Admin', (c, o) => rp(mySt(o) === 'Lunas' ? myAdm(o) : 0), []],
    ['Diterima', (c, o) => rp(mySt(o) === 'Lunas' ? myAmt(o) - myChan(o) - myAdm(o) : 0), []],
    ['Status', (c, o) => mySt(o), []],
    ['Affiliate', (c, o) => (n(o) % 7 === 5 ? row(['Rina Lestari', 'Dimas Kurniawan'], n(o) % 2) : ''), []],
    ['utm_source', (c, o) => row(MY_UTM, (n(o) >> 1) % 8), ['marketing.trackingCode'], opt],
    ['Kota', (c) => row(['Bandung', 'Jakarta Selatan', 'Bekasi', 'Surabaya', 'Cimahi', 'Depok', 'Yogyakarta', 'Bandung', 'Tangerang', 'Medan'], n(c) % 10), ['commerce.billing.address.city'], opt],
    ['Nama Usaha', (c) => row(['Kedai Kopi Senja', '', 'Sambal Bu Rini', 'Batik Anggun', '', 'Keripik Pedas Mamah', 'Hijab Nara', ''], n(c) % 8), [], opt],
  ] },
  { name: 'arbox-lakochot-export-il', product: 'Arbox (מערכת ניהול: לקוחות > רשימת לקוחות > ייצוא לאקסל, one row per client or lead of the studio, Hebrew UI, a Tel Aviv functional-training studio with branches in Florentin and Ramat Gan, Asia/Jerusalem, ILS)', family: 'fitness', language: 'he', schema: P, cols: [
    ['מספר לקוח', (c) => String(700000 + (n(c) * 11) % 250000), ID],
    ['שם פרטי', (c) => he(c).first, ['person.name.firstName']],
    ['שם משפחה', (c) => he(c).last, ['person.name.lastName']],
    ['טלפון', (c) => he(c).mobile, ['mobilePhone.number']],
    ['אימייל', (c) => he(c).email, ['personalEmail.address']],
    ['תעודת זהות', (c) => (abSt(c) === 'ליד' ? '' : he(c).tz), ['person.taxId'], opt],
    ['תאריך לידה', (c) => (abSt(c) === 'ליד' ? '' : heD(c.birth)), ['person.birthDate']],
    ['מין', (c) => (he(c).female ? 'נקבה' : 'זכר'), ['person.gender']],
    ['כתובת', (c) => (abSt(c) === 'ליד' ? '' : heAddr(c)[1]), at(HOME, 'street1')],
    ['עיר', (c) => heAddr(c)[0], at(HOME, 'city')],
    ['סניף', (c) => row(['פלורנטין', 'רמת גן'], n(c) % 2), []],
    ['סטטוס', (c) => abSt(c), [], opt],
    ['מנוי', (c) => (abSt(c) === 'ליד' ? '' : abPlan(c)[0]), [], opt],
    ['תאריך התחלת מנוי', (c) => (abSt(c) === 'ליד' ? '' : heD(abStart(c))), []],
    ['תאריך סיום מנוי', (c) => (abSt(c) === 'ליד' ? '' : heD(abEnd(c))), []],
    ['יתרת כניסות', (c) => (abPlan(c)[1] && abSt(c) !== 'ליד' ? String(abSt(c) === 'לא פעיל' ? 0 : (n(c) % abPlan(c)[1]) + 1) : ''), []],
    ['תאריך הצטרפות', (c) => heD(abJoin(c)), ['loyalty.joinDate'], opt],
    ['כניסה אחרונה', (c) => (abSt(c) === 'ליד' ? '' : heT(open(abStart(c) + (n(c) % 25) * day + (n(c) % 13) * 3600000 + ((n(c) * 7) % 60) * 60000, 2, 6, 15))), []],
    ['מקור הגעה', (c) => row(['אינסטגרם', 'חבר מביא חבר', 'גוגל', 'פייסבוק', 'עובר ושב', 'אינסטגרם', 'אתר'], n(c) % 7), []],
    ['הצהרת בריאות', (c) => (abSt(c) === 'ליד' || n(c) % 9 === 4 ? 'לא נחתמה' : 'נחתמה'), []],
    ['אישור דיוור', (c) => (n(c) % 4 === 1 ? 'לא' : 'כן'), [], opt],
    ['יתרת חוב', (c) => nis(n(c) % 8 === 3 ? row([180, 390, 45], n(c) % 3) : 0), []],
    ['מאמן אחראי', (c) => row(['גיא', 'ליאור', 'עדי', 'גיא'], n(c) % 4), []],
    ['הערות', (c) => row(['', 'פריצת דיסק L5, להימנע מדדליפט כבד', '', 'בהריון - חודש 4', '', 'הגיע דרך מבצע חבר מביא חבר', ''], n(c) % 7), []],
  ] },
  { name: 'teachmint-student-details-export-in', product: 'Teachmint (school ERP, admin dashboard: Student Directory > Export > Student Details (Excel), one row per enrolled student, Indian English UI, a CBSE day school in Pune, Asia/Kolkata, INR)', family: 'education', language: 'en', schema: P, cols: [
    ['Enrollment ID', (c) => `STU${2024 - (n(c) % 8)}${String(n(c) % 10000).padStart(4, '0')}`, ID],
    ['Name', (c) => ind(c).full, ['person.name.fullName']],
    ['Class', (c) => ROMAN[tmGrade(c) - 1], []],
    ['Section', (c) => row(['A', 'B', 'C'], n(c) % 3), []],
    ['Roll Number', (c) => String(1 + (n(c) % 42)), []],
    ['Gender', (c) => (ind(c).female ? 'Female' : 'Male'), ['person.gender']],
    ['Date of Birth', (c) => inD(tmDob(c)), ['person.birthDate']],
    ['Phone Number', (c) => `+91 ${ind(c).mobile}`, ['mobilePhone.number', 'homePhone.number']],
    ['Email ID', (c) => (n(c) % 5 === 2 ? '' : ind(c).email), ['personalEmail.address']],
    ['Blood Group', (c) => row(['B+', 'O+', 'A+', 'AB+', 'O-', 'B+', ''], n(c) % 7), []],
    ['Admission Date', (c) => inD(tmAdm(c)), ['loyalty.joinDate'], opt],
    ['Admission Number', (c) => `ADM/${v.parts(tmAdm(c)).y}/${String(100 + (n(c) % 900))}`, [], opt],
    ["Father's Name", (c) => ind(c).father, []],
    ["Father's Contact Number", (c) => `+91 ${ind(c).mobile}`, [], opt],
    ["Mother's Name", (c) => ind(c).mother, []],
    ["Mother's Contact Number", (c) => (n(c) % 3 === 1 ? '' : `+91 ${ind(c).mobile2}`), [], opt],
    ['Address', (c) => inAddr(c)[0], at(HOME, 'street1')],
    ['City', (c) => inAddr(c)[1], at(HOME, 'city')],
    ['State', () => 'Maharashtra', STATE(HOME)],
    ['Pincode', (c) => inAddr(c)[2], at(HOME, 'postalCode')],
    ['Nationality', () => 'Indian', ['person.nationality']],
    ['Religion', (c) => (ind(c).last === 'Singh' ? 'Sikh' : row(['Hindu', 'Hindu', 'Hindu', 'Jain', 'Hindu', 'Hindu', 'Buddhist', 'Hindu'], n(c) % 8)), []],
    ['Category', (c) => row(['General', 'OBC', 'General', 'SC', 'General', 'NT', 'EWS'], n(c) % 7), []],
    ['Aadhaar Number', (c) => (n(c) % 6 === 3 ? '' : aadhaar(c)), ['person.taxId'], opt],
    ['Transport', (c) => row(['Route 3 - Baner', 'Self', 'Route 7 - Kothrud', 'Self', 'Route 1 - Hadapsar'], n(c) % 5), []],
    ['Status', (c) => (n(c) % 17 === 6 ? 'Inactive' : 'Active'), [], opt],
  ] },
  { name: 'rcrm-raichue-lukkha-export-th', product: 'Readyplanet R-CRM (เมนู ลูกค้า > รายชื่อลูกค้า > ส่งออกข้อมูล (Excel), one row per customer contact person with the company it belongs to, Thai UI, a Bangkok distributor of industrial safety equipment and maintenance supplies, Asia/Bangkok, Buddhist-era dates)', family: 'crm', language: 'th', schema: B, cols: [
    ['รหัสลูกค้า', (c) => `CUS-${String(1000 + (n(c) * 7) % 9000).padStart(5, '0')}`, B2BID],
    ['คำนำหน้า', (c) => (th(c).female ? row(['คุณ', 'นางสาว', 'นาง'], n(c) % 3) : row(['คุณ', 'นาย'], n(c) % 2)), ['person.name.courtesyTitle']],
    ['ชื่อ', (c) => th(c).first, ['person.name.firstName']],
    ['นามสกุล', (c) => th(c).last, ['person.name.lastName']],
    ['ชื่อเล่น', (c) => th(c).nick, []],
    ['ชื่อบริษัท', (c) => rcF(c)[0], CO],
    ['ตำแหน่ง', (c) => rcRole(c)[0], ['extendedWorkDetails.jobTitle']],
    ['แผนก', (c) => rcRole(c)[1], ['extendedWorkDetails.departments[0]']],
    ['อีเมล', (c) => (n(c) % 6 === 4 ? '' : rcMail(c)), WE],
    ['เบอร์มือถือ', (c) => th(c).mobile, ['mobilePhone.number']],
    ['เบอร์โทรศัพท์', (c) => `${rcF(c)[8]}${n(c) % 3 ? ` ต่อ ${100 + n(c) % 400}` : ''}`, ['workPhone.number']],
    ['LINE ID', (c) => (n(c) % 4 === 2 ? '' : `${th(c).rom}${n(c) % 100}`), []],
    ['ที่อยู่', (c) => rcF(c)[3], [W('street1')]],
    ['แขวง/ตำบล', (c) => rcF(c)[4], [W('street2')], opt],
    ['เขต/อำเภอ', (c) => rcF(c)[5], [W('city')], opt],
    ['จังหวัด', (c) => rcF(c)[6], [W('city'), ...STATE(['workAddress'])]],
    ['รหัสไปรษณีย์', (c) => rcF(c)[7], [W('postalCode')]],
    ['เลขประจำตัวผู้เสียภาษี', (c) => rcF(c)[9], []],
    ['เว็บไซต์', (c) => `www.${rcF(c)[1]}`, ['b2b.companyWebsite']],
    ['ประเภทธุรกิจ', (c) => rcF(c)[2], []],
    ['ช่องทางที่รู้จัก', (c) => row(['Google', 'Facebook', 'งานแสดงสินค้า', 'ลูกค้าแนะนำ', 'LINE OA', 'เซลส์เข้าพบ'], n(c) % 6), ['b2b.personSource']],
    ['สถานะลูกค้า', (c) => rcSt(c), ['b2b.personStatus']],
    ['พนักงานขายที่ดูแล', (c) => row(['ศิริพร', 'ธีรวัฒน์', 'ศิริพร', 'อัญชลี'], n(c) % 4), []],
    ['แท็ก', (c) => row(['VIP', '', 'ใบเสนอราคา', 'งานแสดงสินค้า 2567', '', 'ซื้อประจำ'], n(c) % 6), []],
    ['วันที่สร้าง', (c) => thT(Math.min(c.created, c.updated)), ['extSourceSystemAudit.createdDate']],
    ['วันที่แก้ไขล่าสุด', (c) => thT(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastUpdatedDate']],
    ['หมายเหตุ', (c) => row(['', 'ขอใบเสนอราคาถุงมือกันบาด 500 คู่', '', 'ชำระเงินเครดิต 30 วัน', 'นัดเข้าพบเดือนหน้า'], n(c) % 5), []],
  ] },
  { name: 'techplay-sankasha-csv-export-jp', product: 'TECH PLAY (グループ管理: イベント > 参加者管理 > CSVダウンロード, one row per registration for a hybrid tech meetup, Japanese UI, a data-platform SaaS vendor\'s engineering meetup held in Shibuya and streamed online, Asia/Tokyo)', family: 'events', language: 'ja', schema: B, cols: [
    ['申込ID', (c) => String(2300000 + (n(c) * 17) % 600000), ['_id'], opt],
    ['ユーザーID', (c) => String(480000 + (n(c) * 13) % 500000), B2BID],
    ['申込日時', (c) => jst(tpReg(c)), ['extSourceSystemAudit.createdDate'], opt],
    ['参加枠', (c) => tpSlot(c), []],
    ['ステータス', (c) => tpSt(c), []],
    ['姓', (c) => ja(c).last, ['person.name.lastName']],
    ['名', (c) => ja(c).first, ['person.name.firstName']],
    ['フリガナ', (c) => ja(c).kana, []],
    ['メールアドレス', (c) => tpMail(c), WE],
    ['会社名', (c) => tpF(c)[0], CO],
    ['部署名', (c) => tpRole(c)[1], ['extendedWorkDetails.departments[0]']],
    ['役職', (c) => tpRole(c)[3], ['extendedWorkDetails.jobTitle']],
    ['職種', (c) => tpRole(c)[2], ['extendedWorkDetails.jobTitle'], opt],
    ['業種', (c) => tpF(c)[1], []],
    ['従業員規模', (c) => tpF(c)[2], []],
    ['電話番号', (c) => (n(c) % 3 === 1 ? '' : ja(c).mobile), ['mobilePhone.number', 'workPhone.number']],
    ['都道府県', (c) => tpF(c)[4], [...STATE(['workAddress']), ...STATE(['homeAddress'])], opt],
    ['アンケート：本イベントを知ったきっかけ', (c) => row(['TECH PLAYからのメール', 'X（旧Twitter）', '社内・知人の紹介', 'connpass', 'TECH PLAYのサイト', '主催企業のブログ'], n(c) % 6), ['b2b.personSource'], opt],
    ['アンケート：主催企業からの情報提供を希望しますか', (c) => (n(c) % 3 ? '希望する' : '希望しない'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
    ['アンケート：登壇者への質問', (c) => row(['', 'dbtのテスト運用はどうしていますか？', '', 'ストリーミング処理のコスト感を知りたいです', '', ''], n(c) % 6), []],
    ['出欠', (c) => (tpSt(c) !== '参加確定' ? '' : n(c) % 4 === 2 ? '欠席' : '出席'), []],
  ] },
]
