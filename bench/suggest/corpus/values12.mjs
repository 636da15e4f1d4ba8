// Round 12 (heldout12) value helpers: formats of the round-12 products that the shared helpers lack (Japanese, Korean
// and Russian people with their addresses and phones; Rakuten's JST dates and split postcodes, Cafe24's KST times,
// retailCRM's Moscow-time dd.MM.yyyy HH:mm, Authorize.Net's "21-Aug-2024 03:26:12 PM PDT", SuiteCRM's mm/dd/yyyy).
// Shared helpers are not changed; everything here derives from the generated row (person / order) or the row's rng.
import * as v from './values.mjs'

const pad = (n, w = 2) => String(n).padStart(w, '0')
const parts = (ms) => { const d = new Date(ms); return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), H: d.getUTCHours(), M: d.getUTCMinutes(), S: d.getUTCSeconds() } }
const shift = (ms, h) => parts(ms + h * 3600000)
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

// "2024-03-05" and "14:22:31" (Rakuten RMS order CSV, 注文日 / 注文時間 in JST)
export const jstDate = (ms) => { const p = shift(ms, 9); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
export const jstTime = (ms) => { const p = shift(ms, 9); return `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
// "2024-03-05 14:22:31" (Cafe24 admin order Excel, KST)
export const kst = (ms) => { const p = shift(ms, 9); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
// "05.03.2024 14:22" (retailCRM Excel export in Moscow time)
export const msk = (ms) => { const p = shift(ms, 3); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}` }
// "21-Aug-2024 03:26:12 PM PDT" (Authorize.Net Merchant Interface, account time zone US Pacific)
export const anet = (ms) => {
  const mo = new Date(ms).getUTCMonth() + 1, dst = mo >= 4 && mo <= 10
  const p = shift(ms, dst ? -7 : -8)
  return `${pad(p.d)}-${MON[p.m - 1]}-${p.y} ${pad(p.H % 12 || 12)}:${pad(p.M)}:${pad(p.S)} ${p.H < 12 ? 'AM' : 'PM'} ${dst ? 'PDT' : 'PST'}`
}
// "03/15/1985" (SuiteCRM with the user date format mm/dd/yyyy) and "03/15/2024 02:05pm"
export const usPad = (ms) => { const p = parts(ms); return `${pad(p.m)}/${pad(p.d)}/${p.y}` }
export const suiteTime = (ms) => { const p = parts(ms); return `${pad(p.m)}/${pad(p.d)}/${p.y} ${pad(p.H % 12 || 12)}:${pad(p.M)}${p.H < 12 ? 'am' : 'pm'}` }

const RU = { а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya' }
export const translit = (s) => [...s.toLowerCase()].map((ch) => RU[ch] ?? ch).join('').replace(/[^a-z]/g, '')

// First names are [male, female] pairs (Russian surnames and patronymics too), so that a row's gender and name agree.
const L = {
  ja: {
    // [kanji, katakana]
    first: [[['翔太', 'ショウタ'], ['美咲', 'ミサキ']], [['大輔', 'ダイスケ'], ['陽子', 'ヨウコ']], [['健一', 'ケンイチ'], ['由美', 'ユミ']], [['拓海', 'タクミ'], ['結衣', 'ユイ']], [['直樹', 'ナオキ'], ['真理子', 'マリコ']]],
    last: [['佐藤', 'サトウ'], ['鈴木', 'スズキ'], ['高橋', 'タカハシ'], ['田中', 'タナカ'], ['伊藤', 'イトウ'], ['渡辺', 'ワタナベ'], ['山本', 'ヤマモト'], ['中村', 'ナカムラ'], ['小林', 'コバヤシ'], ['加藤', 'カトウ']],
    // [prefecture, city/ward, postcode part 1, part 2, area code, town]
    places: [['東京都', '渋谷区', '150', '0001', '03', '神宮前'], ['東京都', '世田谷区', '154', '0004', '03', '太子堂'], ['大阪府', '大阪市北区', '530', '0001', '06', '梅田'], ['神奈川県', '横浜市西区', '220', '0012', '045', 'みなとみらい'], ['愛知県', '名古屋市中区', '460', '0008', '052', '栄'], ['福岡県', '福岡市中央区', '810', '0001', '092', '天神'], ['北海道', '札幌市中央区', '060', '0042', '011', '大通西']],
    buildings: ['', '', 'サンハイツ201', 'メゾン栄303', 'パークコート1105'],
  },
  ko: {
    first: [['민준', '서연'], ['도윤', '지우'], ['시우', '하은'], ['주원', '민서'], ['예준', '수아'], ['지호', '지민']],
    last: ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임'],
    roman: { 김: 'kim', 이: 'lee', 박: 'park', 최: 'choi', 정: 'jung', 강: 'kang', 조: 'cho', 윤: 'yoon', 장: 'jang', 임: 'lim' },
    // [road address, postcode]
    places: [['서울특별시 강남구 테헤란로', '06236'], ['서울특별시 마포구 월드컵북로', '03925'], ['부산광역시 해운대구 센텀중앙로', '48058'], ['경기도 성남시 분당구 판교역로', '13529'], ['인천광역시 연수구 송도과학로', '21984'], ['대구광역시 중구 동성로', '41911']],
    mail: ['naver.com', 'naver.com', 'gmail.com', 'daum.net', 'kakao.com'],
  },
  ru: {
    first: [['Александр', 'Анна'], ['Дмитрий', 'Мария'], ['Сергей', 'Елена'], ['Андрей', 'Ольга'], ['Алексей', 'Наталья'], ['Максим', 'Екатерина']],
    last: [['Иванов', 'Иванова'], ['Смирнов', 'Смирнова'], ['Кузнецов', 'Кузнецова'], ['Попов', 'Попова'], ['Соколов', 'Соколова'], ['Лебедев', 'Лебедева'], ['Новиков', 'Новикова'], ['Морозов', 'Морозова']],
    middle: [['Александрович', 'Александровна'], ['Сергеевич', 'Сергеевна'], ['Игоревич', 'Игоревна'], ['Владимирович', 'Владимировна'], ['Николаевич', 'Николаевна']],
    // [city, region, postcode]
    cities: [['Москва', 'Москва', '101000'], ['Санкт-Петербург', 'Санкт-Петербург', '190000'], ['Новосибирск', 'Новосибирская область', '630099'], ['Екатеринбург', 'Свердловская область', '620014'], ['Казань', 'Республика Татарстан', '420111'], ['Нижний Новгород', 'Нижегородская область', '603005']],
    street: ['ул. Ленина', 'ул. Тверская', 'Невский пр-т', 'ул. Гагарина', 'ул. Мира', 'пр-т Победы'],
    mail: ['mail.ru', 'yandex.ru', 'gmail.com', 'bk.ru'],
  },
}

const memo = new Map()
export const loc12 = (c, lang) => {
  const k = `${lang}:${c.id}:${c.first}`
  if (memo.has(k)) return memo.get(k)
  const r = v.rng(+c.id * 211 + c.first.length * 17 + lang.length)
  const d = L[lang]
  const female = r() < 0.5
  let p
  if (lang === 'ja') {
    const [first, firstKana] = v.pick(r, d.first)[female ? 1 : 0], [last, lastKana] = v.pick(r, d.last)
    const [pref, city, zip1, zip2, area, town] = v.pick(r, d.places)
    const building = v.pick(r, d.buildings)
    p = { first, last, firstKana, lastKana, female, full: `${last} ${first}`, pref, city, zip1, zip2, zip: `${zip1}-${zip2}`,
      town: `${town}${v.int(r, 1, 6)}-${v.int(r, 1, 20)}-${v.int(r, 1, 15)}${building ? ` ${building}` : ''}`,
      tel: [area, String(v.int(r, 1000, 9999)).slice(0, area.length === 2 ? 4 : 3), String(v.int(r, 1000, 9999))],
      mobile: ['090', String(v.int(r, 1000, 9999)), String(v.int(r, 1000, 9999))] }
    p.maskedEmail = `${v.hex(r, 14)}s1@pc.fw.rakuten.ne.jp`
  } else if (lang === 'ko') {
    const first = v.pick(r, d.first)[female ? 1 : 0], last = v.pick(r, d.last)
    const [road, zip] = v.pick(r, d.places)
    p = { first, last, female, full: `${last}${first}`, zip, address: `${road} ${v.int(r, 1, 300)}${r() < 0.6 ? ` ${v.int(r, 101, 112)}동 ${v.int(r, 1, 25)}0${v.int(r, 1, 4)}호` : ''}`,
      mobile: `010-${v.int(r, 2000, 9999)}-${pad(v.int(r, 0, 9999), 4)}` }
    p.email = `${d.roman[last]}${v.alnum(r, 5).toLowerCase().replace(/[^a-z0-9]/g, 'x')}${v.int(r, 1, 99)}@${v.pick(r, d.mail)}`
    p.memberId = `${d.roman[last]}${v.int(r, 100, 9999)}`
  } else {
    const first = v.pick(r, d.first)[female ? 1 : 0], last = v.pick(r, d.last)[female ? 1 : 0], middle = v.pick(r, d.middle)[female ? 1 : 0]
    const [city, region, zip] = v.pick(r, d.cities)
    p = { first, last, middle, female, full: `${last} ${first} ${middle}`, city, region, zip,
      street: `${v.pick(r, d.street)}, д. ${v.int(r, 1, 120)}${r() < 0.7 ? `, кв. ${v.int(r, 1, 250)}` : ''}`,
      mobile: `+7 (9${v.int(r, 10, 99)}) ${v.int(r, 100, 999)}-${pad(v.int(r, 0, 99))}-${pad(v.int(r, 0, 99))}` }
    p.email = `${translit(first)}.${translit(last)}${v.int(r, 1, 99)}@${v.pick(r, d.mail)}`
  }
  memo.set(k, p)
  return p
}
