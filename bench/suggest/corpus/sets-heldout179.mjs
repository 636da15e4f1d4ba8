// Round 70, heldout179: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). Korean, Japanese and Chinese (simplified and traditional: Taiwan and
// Hong Kong) exports, headers in the product's UI language: a Taiwanese event-ticketing platform's registration export
// (Accupass 活動通) and a Taiwanese crowdfunding platform's backer list (zeczec 嘖嘖) (zh-TW 2); a Hong Kong restaurant
// POS's member list (Eats365) (zh-HK 1); a Chinese foreign-trade CRM's contact export (OKKI 小满) (zh-CN 1); a Japanese
// donation platform's donation list (Congrant コングラント) and a Japanese e-mail/step-mail delivery service's
// subscriber list (MyASP マイスピー) (ja 2); a Korean activity-booking marketplace's host reservation list (Frip 프립)
// and a Korean groupware's address-book export (DaouOffice 다우오피스) (ko 2).
// E 4, P 2, B 2.
// Headers: written from the writer's knowledge of each product (no public column list was found for any of them);
// the menu paths of Accupass (參加名單 > 匯出名單), Eats365 (Merchant Portal: CRM > Customer List, import/export) and
// DaouOffice (shared contacts with import/export) are documented on their help pages. Each set lists a subset of the
// export's columns in the order the writer knows it.
// Nothing was copied from a real export; every value is generated.
import { E, P, B, v, PL, OR, SHIP, BILL, opt, EMAIL_ID, PHONE_ID, CUST_ID, W, CO, ACCT } from './sets.mjs'
import { pad, row, ymd, hms, hm, shift, group, hash } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const WE = ['workEmail.address', 'personalEmail.address']
// local clocks: Taiwan, Hong Kong, China +8; Japan, Korea +9 (none with summer time)
const t8 = (ms) => shift(ms, 8)
const t9 = (ms) => shift(ms, 9)
const sp = (p) => `${ymd(p)} ${hms(p)}`
const slash = (p) => `${ymd(p, '/')} ${hm(p)}`
const slashS = (p) => `${ymd(p, '/')} ${hms(p)}`

// ---------------------------------------------------------------- local people, seeded by the row's person
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}|${c.first}|${c.last}|${salt}`) ^ 0x5be0cd19); r(); r(); return r }
const POOL = {
  tw: { m: ['冠宇', '柏翰', '家豪', '志明', '承恩', '宇軒', '俊傑', '建宏'], f: ['怡君', '雅婷', '詩涵', '佳穎', '欣妤', '郁婷', '淑芬', '宜蓁'],
    last: ['陳', '林', '黃', '張', '李', '王', '吳', '劉', '蔡', '楊', '許', '鄭'] },
  hk: { m: ['志偉', '家明', '俊傑', '嘉豪', '子軒', '浩然', '偉倫', '國強'], f: ['嘉欣', '詠詩', '凱琳', '曉彤', '美玲', '穎欣', '慧敏', '珮瑤'],
    last: ['陳', '李', '張', '黃', '何', '梁', '吳', '林', '劉', '鄧', '麥', '郭'] },
  ko: { m: ['준호', '성민', '재현', '동혁', '상우', '태윤', '영호', '민재'], f: ['지은', '수진', '혜린', '유진', '은비', '소영', '다은', '서현'],
    last: ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임', '한', '오'] },
  ja: { m: [['大輔', 'ダイスケ', 'daisuke'], ['拓也', 'タクヤ', 'takuya'], ['健太', 'ケンタ', 'kenta'], ['直樹', 'ナオキ', 'naoki'], ['翔', 'ショウ', 'sho'], ['浩二', 'コウジ', 'koji']],
    f: [['美穂', 'ミホ', 'miho'], ['恵', 'メグミ', 'megumi'], ['彩香', 'アヤカ', 'ayaka'], ['裕子', 'ユウコ', 'yuko'], ['奈々', 'ナナ', 'nana'], ['智子', 'トモコ', 'tomoko']],
    last: [['佐藤', 'サトウ', 'sato'], ['鈴木', 'スズキ', 'suzuki'], ['高橋', 'タカハシ', 'takahashi'], ['伊藤', 'イトウ', 'ito'], ['渡辺', 'ワタナベ', 'watanabe'], ['松本', 'マツモト', 'matsumoto'], ['井上', 'イノウエ', 'inoue'], ['木村', 'キムラ', 'kimura'], ['清水', 'シミズ', 'shimizu'], ['森', 'モリ', 'mori']] },
}
const memo = new Map()
function mk (c, cc) {
  const r = seeded(c, cc), d = POOL[cc]
  const female = r() < 0.5
  const base = { female, no: v.int(r, 1, 999) }
  if (cc === 'ja') {
    const f = v.pick(r, female ? d.f : d.m), l = v.pick(r, d.last)
    return { ...base, first: f[0], last: l[0], kanaF: f[1], kanaL: l[1], full: `${l[0]} ${f[0]}`,
      email: `${f[2]}${v.pick(r, ['.', '_', ''])}${l[2]}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, ['gmail.com', 'yahoo.co.jp', 'docomo.ne.jp', 'icloud.com', 'ezweb.ne.jp', 'outlook.jp'])}`,
      mobile: `0${v.pick(r, ['90', '80', '70'])}-${v.int(r, 1000, 9999)}-${pad(v.int(r, 0, 9999), 4)}` }
  }
  const f = v.pick(r, female ? d.f : d.m), l = v.pick(r, d.last)
  const p = { ...base, first: f, last: l, full: `${l}${f}` }
  const ml = ['mia', 'jay', 'kelly', 'alan', 'winnie', 'eric', 'joyce', 'kevin', 'vivian', 'tony', 'sandy', 'ivan']
  if (cc === 'tw') return { ...p, mobile: `09${v.int(r, 10, 88)}-${v.int(r, 100, 999)}-${v.int(r, 100, 999)}`,
    email: `${v.pick(r, ml)}${v.int(r, 1, 999)}@${v.pick(r, ['gmail.com', 'gmail.com', 'yahoo.com.tw', 'hotmail.com', 'msn.com'])}` }
  if (cc === 'hk') return { ...p, mobile: `${v.pick(r, ['9', '6', '5'])}${v.int(r, 100, 999)} ${pad(v.int(r, 0, 9999), 4)}`,
    email: `${v.pick(r, ml)}.${v.pick(r, ['chan', 'wong', 'lee', 'cheung', 'ho', 'leung'])}${v.int(r, 1, 99)}@${v.pick(r, ['gmail.com', 'yahoo.com.hk', 'hotmail.com', 'netvigator.com'])}` }
  return { ...p, mobile: `010-${v.int(r, 2000, 9999)}-${pad(v.int(r, 0, 9999), 4)}`,
    email: `${v.pick(r, ['sky', 'jjang', 'happy', 'minji', 'doyun', 'hana', 'sol', 'bom'])}${v.int(r, 1, 999)}@${v.pick(r, ['naver.com', 'naver.com', 'gmail.com', 'daum.net', 'kakao.com', 'hanmail.net'])}` }
}
const who = (c, cc) => { const k = `${cc}|${c.id}|${c.first}|${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc)); return memo.get(k) }
const tw = (c) => who(c, 'tw')
const hk = (c) => who(c, 'hk')
const ko = (c) => who(c, 'ko')
const ja = (c) => who(c, 'ja')
const ntd = (x) => group(x)
const won = (x) => group(x)
const yen = (x) => String(x)

// ---------------------------------------------------------------- 1. Accupass registration export (zh-TW, E)
// the event: a two-day UX design conference in Taipei; tickets [票種名稱, 票價]
const AC_TIX = [['早鳥票', 1800], ['一般票', 2400], ['學生票', 1200], ['早鳥票', 1800], ['團體票（3人以上）', 2000], ['VIP 票（含晚宴）', 4500], ['一般票', 2400]]
const acT = (o) => row(AC_TIX, n(o) % 7)
const acPay = (o) => row(['信用卡', '信用卡', 'ATM 轉帳', 'LINE Pay', '信用卡', '超商代碼', 'Apple Pay'], n(o) % 7)
const acSt = (o) => (n(o) % 13 === 4 ? '已退款' : acPay(o) === 'ATM 轉帳' && n(o) % 3 === 0 ? '待付款' : '已付款')
const acAt = (o) => Date.UTC(2024, 7, 1) + (n(o) * 104729) % (40 * day)
const acPaid = (o) => (acSt(o) === '待付款' ? 0 : acAt(o) + (acPay(o) === 'ATM 轉帳' || acPay(o) === '超商代碼' ? 7 * 3600000 + (n(o) % 50) * 60000 : 40000 + (n(o) % 90) * 1000))
const acQty = (o) => (acT(o)[0].startsWith('團體') ? 3 : 1)
const acDisc = (o) => (n(o) % 6 === 1 ? 200 : 0)
const acTotal = (o) => acT(o)[1] * acQty(o) - acDisc(o)
const acIn = (o) => acSt(o) === '已付款' && n(o) % 5 !== 2
const AC_CO = [['鼎新電腦股份有限公司', '22099131'], ['', ''], ['台灣大哥大股份有限公司', '97176270'], ['', ''], ['趨勢科技股份有限公司', '22560211'], ['玉山商業銀行股份有限公司', '86517510'], ['', '']]

// ---------------------------------------------------------------- 2. zeczec backer export (zh-TW, E)
// the project: a hand-made leather notebook cover; rewards [回饋名稱, 金額, 需寄送]
const ZC_REW = [['早鳥｜A5 真皮書衣 ×1', 1280, true], ['單純支持｜感謝卡', 100, false], ['嘖嘖限定｜A5 書衣 + 筆插', 1580, true], ['雙人組｜A5 書衣 ×2', 2380, true], ['早鳥｜A6 口袋書衣 ×1', 980, true], ['嘖嘖限定｜A5 書衣 + 筆插', 1580, true]]
const zcR = (o) => row(ZC_REW, n(o) % 6)
const zcExtra = (o) => (n(o) % 7 === 3 ? 200 : 0)
const zcShip = (o) => (zcR(o)[2] ? (n(o) % 9 === 5 ? 350 : 0) : 0)
const zcTotal = (o) => zcR(o)[1] + zcExtra(o) + zcShip(o)
const zcPay = (o) => row(['信用卡', '信用卡', 'ATM 轉帳', '信用卡', 'LINE Pay', '超商付款'], (n(o) >> 1) % 6)
const zcSt = (o) => (n(o) % 11 === 7 ? '已退款' : zcPay(o) === 'ATM 轉帳' && n(o) % 4 === 1 ? '未付款' : '已付款')
const zcAt = (o) => Date.UTC(2024, 2, 12, 4) + (n(o) * 7919) % (45 * day)
const TW_ADDR = [['106', '臺北市', '大安區', '復興南路一段 390 號 5 樓'], ['220', '新北市', '板橋區', '文化路一段 188 巷 12 號'], ['407', '臺中市', '西屯區', '台灣大道三段 99 號 8 樓之 2'], ['704', '臺南市', '北區', '成功路 56 號'], ['804', '高雄市', '鼓山區', '美術東二路 120 號 3 樓'], ['300', '新竹市', '東區', '光復路二段 101 號'], ['330', '桃園市', '桃園區', '中正路 1071 號 11 樓']]
const twAddr = (c) => row(TW_ADDR, n(c) % 7)

// ---------------------------------------------------------------- 3. Congrant donation list (ja, E)
const CG_PAGE = ['子どもの居場所づくりを応援する（毎月）', '2024年 年末募金キャンペーン', '子どもの居場所づくりを応援する（毎月）', 'フードパントリー活動へのご寄付', '2024年 年末募金キャンペーン']
const cgPage = (o) => row(CG_PAGE, n(o) % 5)
const cgMonthly = (o) => cgPage(o).includes('毎月')
const cgAmt = (o) => (cgMonthly(o) ? row([1000, 3000, 1000, 5000, 2000], n(o) % 5) : row([3000, 5000, 10000, 3000, 30000, 2000], n(o) % 6))
const cgPay = (o) => (cgMonthly(o) ? 'クレジットカード' : row(['クレジットカード', '銀行振込', 'クレジットカード', 'コンビニ払い', 'PayPay', 'クレジットカード'], n(o) % 6))
const cgSt = (o) => (cgPay(o) === '銀行振込' && n(o) % 2 ? '入金待ち' : n(o) % 17 === 5 ? '決済失敗' : '決済完了')
const cgAt = (o) => Date.UTC(2024, 10, 1) + (n(o) * 104729) % (60 * day)
const JP_ADDR = [['154-0004', '東京都', '世田谷区', '太子堂2-14-3', 'コーポ三軒茶屋201'], ['223-0061', '神奈川県', '横浜市港北区', '日吉2-5-8', ''], ['330-0063', '埼玉県', 'さいたま市浦和区', '高砂3-1-4', 'パークハウス浦和405'], ['460-0008', '愛知県', '名古屋市中区', '栄3-18-1', ''], ['530-0012', '大阪府', '大阪市北区', '芝田1-1-3', '梅田ビル8F'], ['812-0011', '福岡県', '福岡市博多区', '博多駅前2-1-1', ''], ['060-0005', '北海道', '札幌市中央区', '北5条西2-5', 'JRタワー1203']]
const jpAddr = (c) => row(JP_ADDR, n(c) % 7)
const jpBirth = (c) => { const p = v.parts(c.birth); return `${p.y}/${pad(p.m)}/${pad(p.d)}` }

// ---------------------------------------------------------------- 4. Frip host reservation list (ko, E)
// the host: a Seoul outdoor-activity crew; products [상품명, 옵션명, 금액]
const FR_PROD = [['[북한산] 초보자를 위한 백운대 일출 산행', '일반 참가', 39000], ['[한강] 선셋 SUP 패들보드 원데이 클래스', '1인 참가', 55000], ['[한강] 선셋 SUP 패들보드 원데이 클래스', '2인 동반 (1인 가격)', 49000], ['[북한산] 초보자를 위한 백운대 일출 산행', '장비 대여 포함', 49000], ['[양평] 캠핑 요리 & 불멍 1박 2일', '텐트 1동 (2인)', 168000]]
const frP = (o) => row(FR_PROD, n(o) % 5)
const frQty = (o) => (frP(o)[1].includes('2인 동반') ? 2 : 1)
const frDisc = (o) => (n(o) % 5 === 2 ? 5000 : 0)
const frPaidAmt = (o) => frP(o)[2] * frQty(o) - frDisc(o)
const frSt = (o) => row(['예약확정', '참여완료', '예약확정', '취소완료', '참여완료', '예약확정', '참여완료', '예약대기'], n(o) % 8)
const frAt = (o) => Date.UTC(2024, 4, 2) + (n(o) * 7919) % (70 * day)
const frDate = (o) => { const p = t9(frAt(o) + (5 + n(o) % 20) * day); return `${ymd(p, '.')} ${frP(o)[0].includes('일출') ? '04:30' : frP(o)[0].includes('선셋') ? '18:00' : '14:00'}` }
const krT = (ms) => sp(t9(ms))

// ---------------------------------------------------------------- 5. MyASP subscriber list (ja, P)
const MA_SC = ['【無料メール講座】はじめての資産形成7日間', 'セミナー参加者フォロー', '【無料メール講座】はじめての資産形成7日間', 'LINE登録特典', '【無料メール講座】はじめての資産形成7日間']

// ---------------------------------------------------------------- 6. Eats365 member list (zh-HK, P)
const HK_DIST = ['灣仔', '銅鑼灣', '旺角', '尖沙咀', '沙田', '觀塘', '荃灣', '將軍澳']
const e3Tier = (c) => row(['銀卡會員', '普通會員', '金卡會員', '普通會員', '銀卡會員', '普通會員'], n(c) % 6)
const e3Visits = (c) => 1 + (n(c) * 7) % 38
const e3Spend = (c) => e3Visits(c) * (120 + (n(c) % 9) * 35)
const e3Pts = (c) => Math.floor(e3Spend(c) / 10) - (n(c) % 4) * 50 > 0 ? Math.floor(e3Spend(c) / 10) - (n(c) % 4) * 50 : Math.floor(e3Spend(c) / 10)
const e3Join = (c) => Date.UTC(2022, 0, 10) + (n(c) * 104729) % (700 * day)
const e3Last = (c) => e3Join(c) + ((n(c) * 31) % 300 + 20) * day

// ---------------------------------------------------------------- 7. DaouOffice address book (ko, B)
const DO_CO = [['(주)한빛정밀', '생산관리팀', '과장', '031-8039-', '경기도 안산시 단원구 산단로 163', '15434', 'hanbitpm.co.kr'], ['대성물산(주)', '구매팀', '대리', '02-2026-', '서울특별시 구로구 디지털로 288', '08390', 'daesungmc.com'], ['(주)세원테크', '영업본부', '부장', '032-816-', '인천광역시 남동구 남동대로 215', '21633', 'sewontech.kr'], ['그린푸드시스템(주)', '품질보증팀', '팀장', '042-930-', '대전광역시 유성구 테크노2로 187', '34025', 'greenfoodsys.co.kr'], ['(주)온누리로지스', '물류운영팀', '사원', '051-740-', '부산광역시 해운대구 센텀중앙로 97', '48058', 'onnurilogis.com']]
const doCo = (c) => row(DO_CO, n(c) % 5)
const KO_ROM = { 김: 'kim', 이: 'lee', 박: 'park', 최: 'choi', 정: 'jung', 강: 'kang', 조: 'cho', 윤: 'yoon', 장: 'jang', 임: 'lim', 한: 'han', 오: 'oh' }

// ---------------------------------------------------------------- 8. OKKI contact export (zh-CN, B)
// a Ningbo kitchenware exporter's overseas buyers: [公司名称, 国家地区, 网址后缀, 客户来源]
const OK_CO = [['Hausmann Küchenwelt GmbH', '德国', 'hausmann-kuechenwelt.de', '展会', 'de'], ['Cuisine & Maison SARL', '法国', 'cuisine-maison.fr', '阿里巴巴国际站', 'fr'], ['Pacific Home Goods LLC', '美国', 'pacifichomegoods.com', '谷歌搜索', 'us'], ['Nordic Kitchen AB', '瑞典', 'nordickitchen.se', '展会', 'se'], ['Casa Bella Importaciones S.L.', '西班牙', 'casabella-imp.es', '官网询盘', 'es'], ['Kookhuis B.V.', '荷兰', 'kookhuis.nl', '海关数据', 'nl'], ['Brightway Trading Pty Ltd', '澳大利亚', 'brightwaytrading.com.au', '老客户介绍', 'au']]
// [男名, 女名, 姓, 电话]
const OK_PEOPLE = {
  de: [['Thomas', 'Stefan', 'Markus'], ['Sabine', 'Claudia', 'Julia'], ['Becker', 'Hoffmann', 'Schäfer'], (r) => `+49 ${v.pick(r, ['40', '89', '221'])} ${v.int(r, 1000000, 9999999)}`],
  fr: [['Nicolas', 'Julien', 'Olivier'], ['Isabelle', 'Claire', 'Nathalie'], ['Lefebvre', 'Girard', 'Fontaine'], (r) => `+33 1 ${v.int(r, 40, 79)} ${v.int(r, 10, 99)} ${v.int(r, 10, 99)} ${v.int(r, 10, 99)}`],
  us: [['Michael', 'Kevin', 'Brian'], ['Jennifer', 'Amanda', 'Lisa'], ['Anderson', 'Thompson', 'Harris'], (r) => `+1 ${v.pick(r, ['213', '310', '626'])}-${v.int(r, 200, 999)}-${pad(v.int(r, 0, 9999), 4)}`],
  se: [['Erik', 'Anders', 'Johan'], ['Karin', 'Anna', 'Maria'], ['Lindqvist', 'Johansson', 'Nilsson'], (r) => `+46 8 ${v.int(r, 100, 999)} ${v.int(r, 100, 999)} ${pad(v.int(r, 0, 99))}`],
  es: [['Javier', 'Carlos', 'Miguel'], ['Laura', 'Marta', 'Elena'], ['Navarro', 'Torres', 'Ruiz'], (r) => `+34 93 ${v.int(r, 100, 999)} ${v.int(r, 10, 99)} ${v.int(r, 10, 99)}`],
  nl: [['Jeroen', 'Mark', 'Pieter'], ['Linda', 'Marieke', 'Sanne'], ['Bakker', 'Visser', 'de Graaf'], (r) => `+31 20 ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`],
  au: [['Daniel', 'Matthew', 'Ben'], ['Sarah', 'Rebecca', 'Jessica'], ['Mitchell', 'Kelly', 'Campbell'], (r) => `+61 2 ${v.int(r, 8000, 9999)} ${v.int(r, 1000, 9999)}`],
}
const okC = (c) => row(OK_CO, n(c) % 7)
const okDom = (c) => okC(c)[2]
const okP = (c) => { const r = seeded(c, 'okki'), d = OK_PEOPLE[okC(c)[4]], female = r() < 0.4; const first = v.pick(r, female ? d[1] : d[0]), last = v.pick(r, d[2]); return { female, first, last, full: `${first} ${last}`, phone: d[3](r) } }
const ascii = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ä/g, 'ae').replace(/[^a-z]/g, '')

export const SETS = [
  { name: 'accupass-baoming-export-tw', product: 'Accupass 活動通 (主辦中心: 活動列表 > 參加名單 > 匯出名單 (Excel), one row per ticket, Traditional Chinese (Taiwan) UI, a two-day UX design conference in Taipei, Asia/Taipei, TWD)', family: 'events', language: 'zh', schema: E, cols: [
    ['訂單編號', (c, o) => `AC${ymd(t8(acAt(o)), '').slice(2)}${String(100000 + (n(o) * 7919) % 900000)}`, ['_id', OR('purchaseID')]],
    ['票券編號', (c, o) => `T${String(30000000 + (n(o) * 104729) % 69999999)}`, [PL('_id')], opt],
    ['票種名稱', (c, o) => acT(o)[0], [PL('name')]],
    ['票價', (c, o) => ntd(acT(o)[1]), [PL('priceTotal')], opt],
    ['數量', (c, o) => String(acQty(o)), [PL('quantity')]],
    ['折扣碼', (c, o) => (acDisc(o) ? 'UXTW200' : ''), ['commerce.promotionID']],
    ['折扣金額', (c, o) => (acDisc(o) ? ntd(acDisc(o)) : '0'), [OR('discountAmount')]],
    ['訂單金額', (c, o) => ntd(acTotal(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['付款方式', (c, o) => acPay(o), [OR('payments[0].paymentType')]],
    ['付款狀態', (c, o) => acSt(o), []],
    ['報名時間', (c, o) => slashS(t8(acAt(o))), [OR('createdDate'), 'timestamp'], opt],
    ['付款時間', (c, o) => (acPaid(o) ? slashS(t8(acPaid(o))) : ''), ['timestamp']],
    ['姓名', (c) => tw(c).full, []],
    ['Email', (c) => tw(c).email, EMAIL_ID],
    ['手機', (c) => tw(c).mobile, PHONE_ID],
    ['性別', (c) => (tw(c).female ? '女' : '男'), []],
    ['公司名稱', (c) => row(AC_CO, n(c) % 7)[0] || row(['自由接案', '', '國立臺灣科技大學', ''], n(c) % 4), []],
    ['職稱', (c) => row(['UX 設計師', '產品經理', '', 'UI 設計師', '前端工程師', '學生', '設計主管'], n(c) % 7), []],
    ['發票類型', (c) => (row(AC_CO, n(c) % 7)[1] ? '三聯式發票' : row(['二聯式電子發票', '手機條碼載具', '捐贈發票'], n(c) % 3)), []],
    ['統一編號', (c) => row(AC_CO, n(c) % 7)[1], []],
    ['報到狀態', (c, o) => (acIn(o) ? '已報到' : '未報到'), []],
    ['報到時間', (c, o) => (acIn(o) ? `2024/09/${n(o) % 2 ? '14' : '15'} 0${8 + (n(o) % 2)}:${pad((n(o) * 7) % 60)}` : ''), [], opt],
    ['推廣來源', (c, o) => row(['Facebook', '', '電子報', 'Accupass 首頁', '', 'KOL_amber'], n(o) % 6), ['marketing.trackingCode'], opt],
  ] },
  { name: 'zeczec-zanzhu-mingdan-export-tw', product: 'zeczec 嘖嘖 (提案者後台: 專案管理 > 贊助名單 > 下載 Excel, one row per backing, Traditional Chinese (Taiwan) UI, a Tainan leather workshop\'s hand-made notebook-cover project, Asia/Taipei, TWD)', family: 'crowdfunding', language: 'zh', schema: E, cols: [
    ['訂單編號', (c, o) => `ZC${String(5000000 + (n(o) * 53) % 4000000)}`, ['_id', OR('purchaseID')]],
    ['贊助時間', (c, o) => sp(t8(zcAt(o))), ['timestamp', OR('createdDate')]],
    ['回饋名稱', (c, o) => zcR(o)[0], [PL('name')]],
    ['回饋金額', (c, o) => String(zcR(o)[1]), [PL('priceTotal')], opt],
    ['加碼金額', (c, o) => String(zcExtra(o)), []],
    ['運費', (c, o) => String(zcShip(o)), ['commerce.shipping.shippingAmount']],
    ['總金額', (c, o) => String(zcTotal(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['付款方式', (c, o) => zcPay(o), [OR('payments[0].paymentType')]],
    ['付款狀態', (c, o) => zcSt(o), []],
    ['贊助人', (c) => tw(c).full, []],
    ['Email', (c) => tw(c).email, EMAIL_ID],
    ['收件人', (c, o) => (zcR(o)[2] ? (n(o) % 8 === 3 ? `${tw(c).last}${row(['美惠', '志豪'], n(c) % 2)}` : tw(c).full) : ''), []],
    ['收件人電話', (c, o) => (zcR(o)[2] ? tw(c).mobile : ''), PHONE_ID, opt],
    ['國家', (c, o) => (zcR(o)[2] ? (zcShip(o) ? '香港' : '台灣') : ''), [SHIP('country')]],
    ['郵遞區號', (c, o) => (zcR(o)[2] && !zcShip(o) ? twAddr(c)[0] : ''), [SHIP('postalCode')]],
    ['收件地址', (c, o) => (zcR(o)[2] ? (zcShip(o) ? '香港九龍旺角彌敦道 688 號 12 樓 B 室' : twAddr(c).slice(1).join('')) : ''), [SHIP('street1')]],
    ['備註', (c, o) => row(['', '希望可以刻名字縮寫 K.L.', '', '白天不在家，請寄到公司', '', ''], n(o) % 6), []],
    ['出貨狀態', (c, o) => (!zcR(o)[2] ? '' : zcSt(o) !== '已付款' ? '' : n(o) % 3 ? '已出貨' : '未出貨'), []],
    ['物流單號', (c, o) => (zcR(o)[2] && zcSt(o) === '已付款' && n(o) % 3 ? `${v.int(seeded(c, o.id), 100000000000, 999999999999)}` : ''), ['commerce.shipping.trackingNumber']],
  ] },
  { name: 'congrant-kifu-list-csv-jp', product: 'Congrant コングラント (管理画面: 寄付管理 > 寄付一覧 > CSVダウンロード, one row per donation (monthly donations one row per charge), Japanese UI, a Kanagawa NPO running children\'s after-school places and a food pantry, Asia/Tokyo, JPY)', family: 'donations', language: 'ja', schema: E, cols: [
    ['寄付ID', (c, o) => String(800000 + (n(o) * 7919) % 199999), ['_id', OR('purchaseID')]],
    ['寄付日時', (c, o) => slashS(t9(cgAt(o))), ['timestamp', OR('createdDate')]],
    ['寄付ページ', (c, o) => cgPage(o), [PL('name'), 'marketing.campaignName'], opt],
    ['寄付タイプ', (c, o) => (cgMonthly(o) ? '毎月の寄付' : '今回のみの寄付'), []],
    ['寄付金額', (c, o) => yen(cgAmt(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['決済方法', (c, o) => cgPay(o), [OR('payments[0].paymentType')]],
    ['決済ステータス', (c, o) => cgSt(o), []],
    ['会員ID', (c) => String(20000 + (n(c) * 13) % 70000), CUST_ID],
    ['姓', (c) => ja(c).last, []],
    ['名', (c) => ja(c).first, []],
    ['姓（フリガナ）', (c) => ja(c).kanaL, []],
    ['名（フリガナ）', (c) => ja(c).kanaF, []],
    ['法人・団体名', (c) => (n(c) % 9 === 4 ? '株式会社みなとテック' : ''), []],
    ['メールアドレス', (c) => ja(c).email, EMAIL_ID],
    ['電話番号', (c) => ja(c).mobile, PHONE_ID],
    ['郵便番号', (c) => jpAddr(c)[0], [BILL('postalCode')]],
    ['都道府県', (c) => jpAddr(c)[1], [BILL('stateProvince'), BILL('state')]],
    ['市区町村', (c) => jpAddr(c)[2], [BILL('city')]],
    ['番地', (c) => jpAddr(c)[3], [BILL('street1')]],
    ['建物名・部屋番号', (c) => jpAddr(c)[4], [BILL('street2')]],
    ['生年月日', (c) => (n(c) % 3 === 1 ? '' : jpBirth(c)), []],
    ['領収書の発行', (c) => (n(c) % 4 === 0 ? '不要' : '必要'), []],
    ['お名前の公開', (c) => (n(c) % 3 === 2 ? '匿名を希望する' : '公開してよい'), []],
    ['応援メッセージ', (c, o) => row(['', '子どもたちの笑顔のために。少しですが応援しています。', '', '毎月楽しみに活動報告を読んでいます', '', 'フードパントリーの取り組みに共感しました'], n(o) % 6), []],
  ] },
  { name: 'frip-yeyak-gwanri-export-kr', product: 'Frip 프립 (호스트 센터: 예약 관리 > 예약자 목록 > 엑셀 다운로드, one row per reservation, Korean UI, a Seoul outdoor crew\'s hiking, SUP and camping activities, Asia/Seoul, KRW)', family: 'bookings', language: 'ko', schema: E, cols: [
    ['예약번호', (c, o) => String(12000000 + (n(o) * 7919) % 7000000), ['_id']],
    ['주문번호', (c, o) => `F${ymd(t9(frAt(o)), '')}${String(10000 + (n(o) * 31) % 89999)}`, [OR('purchaseID')]],
    ['상품번호', (c, o) => String(row([184021, 190355, 190355, 184021, 201877], n(o) % 5)), [PL('SKU')], opt],
    ['상품명', (c, o) => frP(o)[0], [PL('name')]],
    ['옵션명', (c, o) => frP(o)[1], [PL('selectedOptions[0].value')]],
    ['진행일시', (c, o) => frDate(o), []],
    ['수량', (c, o) => String(frQty(o)), [PL('quantity')]],
    ['상품금액', (c, o) => won(frP(o)[2] * frQty(o)), [PL('priceTotal')], opt],
    ['할인금액', (c, o) => won(frDisc(o)), [OR('discountAmount')]],
    ['결제금액', (c, o) => won(frPaidAmt(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['결제수단', (c, o) => row(['카카오페이', '신용카드', '네이버페이', '신용카드', '토스페이'], (n(o) >> 1) % 5), [OR('payments[0].paymentType')]],
    ['결제일시', (c, o) => krT(frAt(o)), ['timestamp', OR('createdDate')]],
    ['예약상태', (c, o) => frSt(o), []],
    ['취소일시', (c, o) => (frSt(o) === '취소완료' ? krT(frAt(o) + 2 * day + (n(o) % 600) * 60000) : ''), [OR('cancelDate')]],
    ['환불금액', (c, o) => (frSt(o) === '취소완료' ? won(frPaidAmt(o)) : '0'), [OR('refundTotal'), OR('refunds[0].refundAmount')]],
    ['회원번호', (c) => String(3000000 + (n(c) * 13) % 900000), CUST_ID],
    ['예약자명', (c) => ko(c).full, []],
    ['연락처', (c) => ko(c).mobile, PHONE_ID],
    ['성별', (c) => (ko(c).female ? '여' : '남'), []],
    ['생년', (c) => String(v.parts(c.birth).y < 1970 ? 1970 + (n(c) % 25) : v.parts(c.birth).y), []],
    ['요청사항', (c, o) => row(['', '등산 초보라 천천히 가고 싶어요', '', '주차 가능한가요?', '', '친구랑 같이 신청했어요'], n(o) % 6), []],
  ] },
  { name: 'myasp-tourokusha-csv-jp', product: 'MyASP マイスピー (管理画面: 登録者 > 登録者一覧 > CSVダウンロード, one row per subscriber of one scenario, Japanese UI, an independent financial planner\'s free e-mail course and seminar follow-up, Asia/Tokyo)', family: 'email-marketing', language: 'ja', schema: P, cols: [
    ['登録者ID', (c) => String(100000 + (n(c) * 7919) % 899999), ['_id', 'personID']],
    ['シナリオ名', (c) => row(MA_SC, n(c) % 5), [], opt],
    ['メールアドレス', (c) => ja(c).email, ['personalEmail.address']],
    ['姓', (c) => ja(c).last, ['person.name.lastName']],
    ['名', (c) => ja(c).first, ['person.name.firstName']],
    ['姓（カナ）', (c) => (n(c) % 3 === 2 ? '' : ja(c).kanaL), [], opt],
    ['名（カナ）', (c) => (n(c) % 3 === 2 ? '' : ja(c).kanaF), [], opt],
    ['電話番号', (c) => (n(c) % 4 === 1 ? '' : ja(c).mobile), ['mobilePhone.number', 'homePhone.number']],
    ['郵便番号', (c) => (n(c) % 5 === 0 ? '' : jpAddr(c)[0]), ['homeAddress.postalCode', 'mailingAddress.postalCode']],
    ['都道府県', (c) => (n(c) % 5 === 0 ? '' : jpAddr(c)[1]), ['homeAddress.stateProvince', 'homeAddress.state', 'mailingAddress.stateProvince', 'mailingAddress.state']],
    ['住所1', (c) => (n(c) % 5 === 0 ? '' : `${jpAddr(c)[2]}${jpAddr(c)[3]}`), ['homeAddress.street1', 'mailingAddress.street1']],
    ['住所2', (c) => (n(c) % 5 === 0 ? '' : jpAddr(c)[4]), ['homeAddress.street2', 'mailingAddress.street2']],
    ['性別', (c) => (n(c) % 6 === 5 ? '' : ja(c).female ? '女性' : '男性'), ['person.gender']],
    ['生年月日', (c) => (n(c) % 3 === 0 ? '' : jpBirth(c)), ['person.birthDate']],
    ['ご職業', (c) => row(['会社員', '自営業', '主婦', '会社員', '公務員', 'パート・アルバイト'], n(c) % 6), [], opt],
    ['登録経路', (c) => row(['LP_A', 'Instagram', 'LP_B', 'セミナー', 'LINE'], n(c) % 5), [], opt],
    ['配信状態', (c) => (n(c) % 8 === 3 ? '配信停止' : n(c) % 13 === 7 ? 'エラー停止' : '配信中'), [], opt],
    ['ステップ配信日数', (c) => String((n(c) * 3) % 30), []],
    ['登録日時', (c) => slash(t9(c.created)), [], opt],
    ['更新日時', (c) => slash(t9(Math.max(c.created, c.updated))), [], opt],
  ] },
  { name: 'eats365-huiyuan-export-hk', product: 'Eats365 (商戶後台 Merchant Portal: CRM > 顧客列表 > 匯出, one row per loyalty member, Traditional Chinese (Hong Kong) UI, a Hong Kong cha chaan teng chain with four shops, Asia/Hong_Kong, HKD)', family: 'loyalty', language: 'zh', schema: P, cols: [
    ['會員編號', (c) => `M${String(100000 + (n(c) * 7919) % 899999)}`, ['_id', 'personID', 'loyalty.loyaltyID[0]']],
    ['姓氏', (c) => hk(c).last, ['person.name.lastName']],
    ['名字', (c) => hk(c).first, ['person.name.firstName']],
    ['稱謂', (c) => (n(c) % 5 === 2 ? '' : hk(c).female ? '小姐' : '先生'), ['person.name.courtesyTitle']],
    ['國家代碼', () => '+852', ['mobilePhone.countryCode']],
    ['電話號碼', (c) => hk(c).mobile, ['mobilePhone.number']],
    ['電郵', (c) => (n(c) % 4 === 3 ? '' : hk(c).email), ['personalEmail.address']],
    ['性別', (c) => (n(c) % 6 === 1 ? '' : hk(c).female ? '女' : '男'), ['person.gender']],
    ['生日', (c) => (n(c) % 3 === 0 ? '' : `${pad(v.parts(c.birth).d)}/${pad(v.parts(c.birth).m)}`), ['person.birthDayAndMonth']],
    ['地區', (c) => row(HK_DIST, n(c) % 8), ['homeAddress.city', 'homeAddress.region'], opt],
    ['會員等級', (c) => e3Tier(c), ['loyalty.tier']],
    ['積分餘額', (c) => String(e3Pts(c)), ['loyalty.points']],
    ['累計消費', (c) => `HK$${group(e3Spend(c))}.00`, ['loyalty.lifetimePurchases'], opt],
    ['到訪次數', (c) => String(e3Visits(c)), []],
    ['最後到訪日期', (c) => { const p = t8(e3Last(c)); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }, []],
    ['登記日期', (c) => { const p = t8(e3Join(c)); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }, ['loyalty.joinDate']],
    ['登記分店', (c) => row(['灣仔店', '旺角店', '觀塘店', '沙田店'], n(c) % 4), [], opt],
    ['接收推廣訊息', (c) => (n(c) % 5 === 4 ? '否' : '是'), [], opt],
    ['備註', (c) => row(['', '', '走冰', '', '熟客，鍾意卡位', ''], n(c) % 6), []],
  ] },
  { name: 'daouoffice-jusorok-export-kr', product: 'DaouOffice 다우오피스 (주소록 > 공용 주소록 > 내보내기 (CSV), one row per external contact, Korean UI, a Gyeonggi industrial-sensor maker\'s shared address book of customers and suppliers)', family: 'b2b-contacts', language: 'ko', schema: B, cols: [
    ['이름', (c) => ko(c).full, ['person.name.fullName']],
    ['회사', (c) => doCo(c)[0], CO],
    ['부서', (c) => doCo(c)[1], ['extendedWorkDetails.departments[0]']],
    ['직위', (c) => doCo(c)[2], ['extendedWorkDetails.jobTitle']],
    ['직책', (c) => (doCo(c)[2] === '팀장' || doCo(c)[2] === '부장' ? '팀장' : ''), ['extendedWorkDetails.jobTitle'], opt],
    ['이메일', (c) => `${ko(c).email.split('@')[0].replace(/\d+$/, '')}.${KO_ROM[ko(c).last]}@${doCo(c)[6]}`, WE],
    ['휴대전화', (c) => ko(c).mobile, ['mobilePhone.number']],
    ['회사전화', (c) => `${doCo(c)[3]}${pad(1000 + (n(c) * 7) % 9000, 4)}`, ['workPhone.number']],
    ['회사팩스', (c) => (n(c) % 3 === 1 ? '' : `${doCo(c)[3]}${pad(1000 + (n(c) * 11) % 9000, 4)}`), ['faxPhone.number']],
    ['회사 우편번호', (c) => doCo(c)[5], [W('postalCode')]],
    ['회사주소', (c) => doCo(c)[4], [W('street1')]],
    ['홈페이지', (c) => `https://www.${doCo(c)[6]}`, ['b2b.companyWebsite']],
    ['개인 이메일', (c) => (n(c) % 4 === 2 ? ko(c).email : ''), ['personalEmail.address']],
    ['생일', (c) => (n(c) % 3 === 0 ? ymd(v.parts(c.birth), '-') : ''), ['person.birthDate']],
    ['그룹', (c) => row(['고객사', '협력업체', '고객사', '대리점'], n(c) % 4), [], opt],
    ['메모', (c) => row(['', '2024 상반기 견적 담당', '', '세금계산서 담당자', '전시회(SIMTOS)에서 명함 교환'], n(c) % 5), []],
  ] },
  { name: 'okki-lianxiren-export-cn', product: 'OKKI 小满 (客户管理 > 私海客户 > 导出联系人, one row per contact at an overseas buyer, Simplified Chinese UI, a Ningbo kitchenware exporter\'s foreign-trade sales team, Asia/Shanghai)', family: 'crm', language: 'zh', schema: B, cols: [
    ['客户编号', (c) => `C${String(2400000 + (n(c) * 37) % 500000)}`, ACCT],
    ['公司名称', (c) => okC(c)[0], CO],
    ['国家地区', (c) => okC(c)[1], [W('country')]],
    ['公司网址', (c) => `https://www.${okDom(c)}`, ['b2b.companyWebsite']],
    ['客户来源', (c) => okC(c)[3], ['b2b.personSource'], opt],
    ['客户阶段', (c) => row(['询盘', '样品', '报价', '成交', '询盘', '复购'], n(c) % 6), ['b2b.personStatus'], opt],
    ['客户星级', (c) => '★'.repeat(1 + n(c) % 5), [], opt],
    ['联系人姓名', (c) => okP(c).full, ['person.name.fullName']],
    ['联系人邮箱', (c) => `${ascii(okP(c).first)}.${ascii(okP(c).last)}@${okDom(c)}`, WE],
    ['联系人电话', (c) => okP(c).phone, ['workPhone.number', 'mobilePhone.number']],
    ['职级', (c) => row(['采购经理', '采购总监', '总经理', '采购专员', '产品经理'], n(c) % 5), ['extendedWorkDetails.jobTitle']],
    ['性别', (c) => (okP(c).female ? '女' : '男'), ['person.gender']],
    ['生日', (c) => (n(c) % 4 === 1 ? ymd(v.parts(c.birth)) : ''), ['person.birthDate']],
    ['WhatsApp', (c) => (n(c) % 3 === 0 ? okP(c).phone.replace(/[^\d+]/g, '') : ''), [], opt],
    ['主联系人', (c) => (n(c) % 3 === 1 ? '否' : '是'), []],
    ['跟进人', (c) => row(['王丽', '陈浩', '周婷'], n(c) % 3), []],
    ['创建时间', (c) => sp(t8(Math.min(c.created, c.updated))), ['extSourceSystemAudit.createdDate']],
    ['最近联系时间', (c) => sp(t8(Math.max(c.created, c.updated))), ['extSourceSystemAudit.lastActivityDate']],
    ['备注', (c) => row(['', '对不粘锅系列感兴趣，要求 LFGB 报告', '', '年采购量约 2 个 40HQ', '价格敏感，比较越南工厂报价'], n(c) % 5), []],
  ] },
]
