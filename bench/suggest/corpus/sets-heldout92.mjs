// Round 92, heldout92: held-out sets written apart (by a helper that never opened the suggester or a score). Same
// format as sets.mjs (sources in ../README.md). Travel, hospitality and events exports: a US hotel guest CRM, a
// Taiwanese ticketing platform, a Japanese hotel channel manager, a Turkish hotel PMS, a Polish hotel loyalty
// programme, a Chilean ticketing platform, a Portuguese hotel chat desk, a Hungarian PMS's invoices, a Swedish guest
// marketing-automation tool, a US hotel sales-and-catering CRM, a French hotel booking engine and a German cloud PMS; headers in
// each product's UI language.
import { E, P, B, v, HOME, B2BID, ID, PL, OR, BILL, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'
import { loc as loc10 } from './values10.mjs'
import { loc11 } from './values11.mjs'
import { loc12 } from './values12.mjs'
import { loc as loc9 } from './values9.mjs'

const day = 86400000
// local times written without offset
const ymdHMS = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ymd = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const slashYmdHM = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}/${pad(p.m)}/${pad(p.d)} ${pad(p.H)}:${pad(p.M)}` }
const slashYmd = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}/${pad(p.m)}/${pad(p.d)}` }
const mdy = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.m)}/${pad(p.d)}/${p.y}` }
const mdyT = (ms, h = 0) => { const p = shift(ms, h); return `${p.m}/${p.d}/${p.y} ${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }
const dmy = (ms, h = 0, sep = '/') => { const p = shift(ms, h); return `${pad(p.d)}${sep}${pad(p.m)}${sep}${p.y}` }
const dmyHM = (ms, h = 0, sep = '/') => { const p = shift(ms, h); return `${pad(p.d)}${sep}${pad(p.m)}${sep}${p.y} ${pad(p.H)}:${pad(p.M)}` }
const huDate = (ms, h = 1) => { const p = shift(ms, h); return `${p.y}.${pad(p.m)}.${pad(p.d)}.` }
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
// summer time in Europe (rough: April-October)
const eu = (ms, base) => { const m = new Date(ms).getUTCMonth() + 1; return base + (m >= 4 && m <= 10 ? 1 : 0) }
const comma = (n) => n.toFixed(2).replace('.', ',')
const frMoney = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, ' ')
const clp = (n) => `$${String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`
const slug = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ı/g, 'i').replace(/ł/g, 'l').replace(/[^a-z]/g, '')
const h = (c, k = 1) => (+c.id * k) % 997
// SabeeApp: most invoices in forints (whole numbers), some in euros (decimal comma)
const sbCur = (o) => (+o.id % 4 === 0 ? 'EUR' : 'HUF')
const sbAmt = (o, eurAmount) => (sbCur(o) === 'EUR' ? comma(eurAmount) : `${Math.round(eurAmount * 395)}`)
// Elektraweb: foreign guests show a passport, Turkish citizens their T.C. identity number
const foreign = (c) => h(c, 5) % 4 === 0
const SV_W = new Set(['Anna', 'Karin', 'Maria', 'Elin', 'Sofia', 'Ingrid'])

// label shorthands
const FN = ['person.name.firstName']
const LN = ['person.name.lastName']
const PMAIL = ['personalEmail.address']
const MOB = ['mobilePhone.number']
const ANYPHONE = ['homePhone.number', 'mobilePhone.number']
const STATE = [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]
const EMAIL_ID = ['endUserIDs._experience.emailid.id']
const PHONE_ID = ['endUserIDs._experience.phonenumberid.id']
const ORDER_ID = [OR('purchaseID'), '_id']
const WHEN = ['timestamp', OR('createdDate')]

// ---------------------------------------------------------------- people and places
const ZH = {
  first: [['志明', 'Chih-Ming'], ['淑芬', 'Shu-Fen'], ['家豪', 'Chia-Hao'], ['雅婷', 'Ya-Ting'], ['冠宇', 'Kuan-Yu'], ['怡君', 'Yi-Chun'], ['宗翰', 'Tsung-Han'], ['佳穎', 'Chia-Ying']],
  last: [['陳', 'chen'], ['林', 'lin'], ['黃', 'huang'], ['張', 'chang'], ['李', 'lee'], ['王', 'wang'], ['吳', 'wu'], ['劉', 'liu']],
}
const zh = (c) => {
  const f = ZH.first[h(c, 3) % ZH.first.length], l = ZH.last[h(c, 7) % ZH.last.length]
  return { full: `${l[0]}${f[0]}`, email: `${l[1]}${f[1].toLowerCase().replace('-', '')}${h(c) % 90 + 10}@${['gmail.com', 'yahoo.com.tw', 'hotmail.com'][h(c) % 3]}`, mobile: `09${pad(h(c, 11) % 100)}-${100 + (h(c, 13) % 900)}-${100 + (h(c, 17) % 900)}` }
}
const US_RESORT = [
  ['Naples', 'FL', '34102'], ['Charleston', 'SC', '29401'], ['Asheville', 'NC', '28801'], ['Scottsdale', 'AZ', '85251'], ['Sonoma', 'CA', '95476'], ['Savannah', 'GA', '31401'], ['Park City', 'UT', '84060'],
]
const US_STREETS = ['412 Palm Ave', '88 King St', '1550 Biltmore Ave', '7014 E Camelback Rd', '19 W Spain St', '220 Bull St', '6 Main St']
const usMobile = (r) => `(${v.int(r, 201, 989)}) ${v.int(r, 200, 999)}-${pad(v.int(r, 0, 9999), 4)}`
const usE164 = (r) => `+1${v.int(r, 201, 989)}${v.int(r, 200, 999)}${pad(v.int(r, 0, 9999), 4)}`

// companies for the Event Temple leads
const US_CO = [
  ['Northwind Analytics', 'northwindanalytics.com'], ['Harbor Point Software', 'harborpoint.dev'], ['Cascade Logistics Inc.', 'cascadelogistics.com'], ['BrightPath Health', 'brightpathhealth.org'],
  ['Summit Ridge Capital', 'summitridgecap.com'], ['Lumen Payments', 'lumenpay.io'], ['', ''], ['', ''],
]

// ---------------------------------------------------------------- products' own vocabularies
const KK_TICKETS = [['全票', 1800], ['學生票', 1200], ['早鳥票', 1500], ['VIP 搖滾區', 3200], ['雙人套票', 3400]]
const NP_PLANS = [['【素泊まり】シンプルステイ', 'スタンダードツイン', 9800], ['【朝食付】地元食材の和洋ブッフェ', 'デラックスダブル', 13200], ['【早割28】28日前までの予約でお得', 'スタンダードツイン', 8600], ['【1泊2食付】季節の会席', '和室10畳', 22800], ['【連泊割】2泊以上でお得', 'シングル', 7200]]
const NP_SITES = ['楽天トラベル', 'じゃらんnet', '一休.com', '自社HP', 'Booking.com', 'るるぶトラベル']
const PL_TIERS = ['Classic', 'Silver', 'Gold', 'Platinum']
const RV_ROOMS = [['Deluxe King', 'BAR Flexible', 389], ['Ocean View Queen', 'Stay 3 Save 15%', 459], ['Junior Suite', 'AAA Member', 612], ['Standard Double', 'Advance Purchase', 279]]
const RS_ROOMS = [['Chambre Double Classique', 'Tarif flexible petit-déjeuner inclus', 145], ['Chambre Twin Supérieure', 'Non remboursable', 128], ['Suite Junior vue mer', 'Tarif flexible', 265], ['Chambre Familiale', 'Offre spéciale 3 nuits', 189]]
const PS_EVENTS = [['Lollapalooza Chile 2025 - Abono 3 días', 'General', 179000], ['Teatro Municipal: El Lago de los Cisnes', 'Platea Alta', 32000], ['Stand-up: Noche de Comedia en Bellavista', 'Entrada General', 12000], ['Festival Viña Rock', 'Preventa 2', 45000]]

export const SETS = [
  // ---------------------------------------------------------------- Revinate guest profiles
  { name: 'revinate-guest-profiles-export', product: 'Revinate (Revinate Marketing: Guests > Guest Profiles > Export to CSV, English UI, a US independent beach resort whose PMS feeds the guest database)', family: 'crm', language: 'en', schema: P, cols: [
    ['Guest ID', (c) => `${7000000 + +c.id}`, ID],
    ['Salutation', (c) => (c.female ? 'Ms.' : 'Mr.'), ['person.name.courtesyTitle']],
    ['First Name', (c) => c.first, FN],
    ['Last Name', (c) => c.last, LN],
    ['Email', (c) => c.email, PMAIL],
    ['Email Status', (c, o, r) => v.pick(r, ['Subscribed', 'Subscribed', 'Subscribed', 'Unsubscribed', 'Bounced']), ['personalEmail.status'], opt],
    ['Phone', (c, o, r) => usMobile(r), ANYPHONE],
    ['Address 1', (c, o, r, i) => row(US_STREETS, i), at(HOME, 'street1')],
    ['Address 2', (c) => c.street2, at(HOME, 'street2')],
    ['City', (c, o, r, i) => row(US_RESORT, i + 2)[0], at(HOME, 'city')],
    ['State', (c, o, r, i) => row(US_RESORT, i + 2)[1], STATE],
    ['Postal Code', (c, o, r, i) => row(US_RESORT, i + 2)[2], at(HOME, 'postalCode')],
    ['Country', () => 'US', [...at(HOME, 'countryCode'), ...at(HOME, 'country')]],
    ['Language', (c, o, r) => v.pick(r, ['en', 'en', 'en', 'es']), []],
    ['Birth Date', (c, o, r) => (r() < 0.6 ? '' : mdy(c.birth)), ['person.birthDate']],
    ['Company', (c, o, r) => (r() < 0.8 ? '' : c.company), ['organizations[0]'], opt],
    ['Loyalty Program', (c, o, r) => v.pick(r, ['', '', 'Preferred Guest Club', 'Preferred Guest Club']), ['loyalty.program'], opt],
    ['Loyalty Number', (c, o, r) => (r() < 0.5 ? '' : `PGC${v.int(r, 100000, 999999)}`), ['loyalty.loyaltyID[0]']],
    ['Loyalty Level', (c, o, r) => v.pick(r, ['', 'Member', 'Silver', 'Gold']), ['loyalty.tier']],
    ['VIP Code', (c, o, r) => v.pick(r, ['', '', '', 'VIP1', 'VIP2', 'OWN']), []],
    ['Total Stays', (c) => `${1 + (h(c) % 7)}`, [], opt],
    ['Total Nights', (c) => `${2 + (h(c) % 7) * 3}`, []],
    ['Total Revenue', (c) => ((2 + (h(c) % 7) * 3) * 412.6).toFixed(2), [], opt],
    ['First Stay Date', (c) => mdy(c.created, -5), [], opt],
    ['Last Stay Date', (c) => mdy(Math.max(c.created, c.updated), -5), [], opt],
    ['Last Room Type', (c, o, r, i) => row(RV_ROOMS, i)[0], []],
    ['Last Rate Code', (c, o, r, i) => row(RV_ROOMS, i)[1], []],
    ['Source', (c, o, r) => v.pick(r, ['PMS', 'PMS', 'PMS', 'Wi-Fi Login', 'Website Signup']), [], opt],
    ['Created Date', (c) => mdy(c.created, -5), [], opt],
  ] },

  // ---------------------------------------------------------------- KKTIX orders
  { name: 'kktix-dingdan-huichu-zh', product: 'KKTIX (活動主控台: 訂單管理 > 匯出訂單 CSV, Traditional Chinese UI, a Taipei live-music promoter selling concert tickets)', family: 'ecommerce-orders', language: 'zh', schema: E, cols: [
    ['訂單編號', (c, o, r) => `${v.int(r, 10000000, 99999999)}`, ORDER_ID],
    ['活動名稱', () => '草東沒有派對 2025 巡迴 台北場', [], opt],
    ['場次', () => '2025/08/16 (六) 19:30', []],
    ['訂購時間', (c, o) => slashYmdHM(o.at, 8), WHEN],
    ['訂單狀態', (c, o, r) => v.pick(r, ['已完成', '已完成', '已完成', '已取消', '已退款']), [], opt],
    ['票種', (c, o, r, i) => row(KK_TICKETS, i)[0], [PL('name')]],
    ['張數', (c, o) => `${Math.min(o.qty, 4)}`, [PL('quantity')]],
    ['票價', (c, o, r, i) => `${row(KK_TICKETS, i)[1]}`, [], opt],
    ['優惠碼', (c, o, r) => v.pick(r, ['', '', '', 'FANCLUB10']), ['commerce.promotionID'], opt],
    ['折扣金額', (c, o, r) => v.pick(r, ['0', '0', '0', '180']), [OR('discountAmount')]],
    ['訂單金額', (c, o, r, i) => `${row(KK_TICKETS, i)[1] * Math.min(o.qty, 4)}`, [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['幣別', () => 'TWD', [OR('currencyCode')]],
    ['付款方式', (c, o, r) => v.pick(r, ['信用卡', '信用卡', 'ATM 虛擬帳號', '全家代碼繳費', 'LINE Pay']), [OR('payments[0].paymentType')]],
    ['付款狀態', (c, o, r) => v.pick(r, ['已付款', '已付款', '已付款', '待付款']), [], opt],
    ['取票方式', (c, o, r) => v.pick(r, ['電子票券', '電子票券', '全家取票']), []],
    ['聯絡人姓名', (c) => zh(c).full, []],
    ['聯絡人 Email', (c) => zh(c).email, EMAIL_ID, opt],
    ['聯絡人手機', (c) => zh(c).mobile, PHONE_ID, opt],
    ['票券號碼', (c, o, r) => `KK${v.int(r, 1000000000, 9999999999)}`, []],
    ['報到狀態', (c, o, r) => v.pick(r, ['未報到', '已報到']), []],
    ['發票類型', (c, o, r) => v.pick(r, ['二聯式 (雲端載具)', '二聯式 (雲端載具)', '三聯式', '捐贈']), []],
    ['統一編號', (c, o, r) => (r() < 0.8 ? '' : `${v.int(r, 10000000, 99999999)}`), []],
    ['備註', (c, o, r) => v.pick(r, ['', '', '', '輪椅席需求']), []],
  ] },

  // ---------------------------------------------------------------- neppan reservations
  { name: 'neppan-yoyaku-ichiran-ja', product: 'ねっぱん！ (neppan, サイトコントローラー: 予約一覧 > CSV出力, Japanese UI, a 60-room business hotel in Fukuoka receiving bookings from several OTAs)', family: 'ecommerce-orders', language: 'ja', schema: E, cols: [
    ['予約番号', (c, o, r) => `NP${v.int(r, 10000000, 99999999)}`, ORDER_ID],
    ['販売先', (c, o, r, i) => row(NP_SITES, i), [], opt],
    ['販売先予約番号', (c, o, r, i) => (row(NP_SITES, i) === '自社HP' ? '' : `${v.pick(r, ['RY', 'BA', 'IK'])}${v.int(r, 10000000, 99999999)}`), [OR('purchaseOrderNumber'), OR('purchaseID')], opt],
    ['予約区分', (c, o, r) => v.pick(r, ['予約', '予約', '予約', '変更', '取消']), [], opt],
    ['予約受付日時', (c, o) => ymdHMS(o.at, 9).replace(/-/g, '/'), WHEN],
    ['チェックイン日', (c, o) => slashYmd(o.at + 24 * day, 9), [], opt],
    ['チェックアウト日', (c, o) => slashYmd(o.at + 26 * day, 9), []],
    ['泊数', () => '2', [PL('quantity')], opt],
    ['部屋タイプ', (c, o, r, i) => row(NP_PLANS, i)[1], [PL('name')], opt],
    ['プラン名', (c, o, r, i) => row(NP_PLANS, i)[0], [PL('name')], opt],
    ['室数', (c, o, r) => v.pick(r, ['1', '1', '1', '2']), [PL('quantity')], opt],
    ['大人人数', (c, o, r) => `${v.int(r, 1, 2)}`, []],
    ['子供人数', (c, o, r) => v.pick(r, ['0', '0', '0', '1']), []],
    ['宿泊者氏名', (c) => loc12(c, 'ja').full, []],
    ['宿泊者氏名カナ', (c) => `${loc12(c, 'ja').lastKana} ${loc12(c, 'ja').firstKana}`, []],
    ['電話番号', (c) => loc12(c, 'ja').mobile.join('-'), PHONE_ID, opt],
    ['メールアドレス', (c) => loc12(c, 'ja').maskedEmail, EMAIL_ID, opt],
    ['郵便番号', (c) => loc12(c, 'ja').zip, [BILL('postalCode')], opt],
    ['住所', (c) => `${loc12(c, 'ja').pref}${loc12(c, 'ja').city}${loc12(c, 'ja').town}`, [BILL('street1')], opt],
    ['料金合計', (c, o, r, i) => `${row(NP_PLANS, i)[2] * 2}`, [OR('priceTotal')]],
    ['ポイント利用額', (c, o, r) => v.pick(r, ['0', '0', '0', '500', '1200']), []],
    ['決済方法', (c, o, r) => v.pick(r, ['現地決済', '現地決済', '事前カード決済', 'オンライン決済']), [OR('payments[0].paymentType')]],
    ['到着予定時刻', (c, o, r) => v.pick(r, ['15:00', '17:00', '19:00', '21:30']), []],
    ['備考', (c, o, r) => v.pick(r, ['', '', '禁煙ルーム希望', '駐車場利用（普通車1台）', '領収書宛名：株式会社サンプル']), []],
  ] },

  // ---------------------------------------------------------------- Elektraweb guest list
  { name: 'elektraweb-misafir-listesi-tr', product: 'Elektraweb (Elektra Otel Yönetim Sistemi: Misafir Kartları > Misafir Listesi > Excel\'e Aktar, Turkish UI, an Antalya resort hotel\'s guest profiles)', family: 'crm', language: 'tr', schema: P, cols: [
    ['Misafir No', (c) => `${200000 + +c.id % 800000}`, ID],
    ['Unvan', (c) => (loc10(c, 'tr').female ? 'Bayan' : 'Bay'), ['person.name.courtesyTitle']],
    ['Adı', (c) => loc10(c, 'tr').first, FN],
    ['Soyadı', (c) => loc10(c, 'tr').last.toLocaleUpperCase('tr'), LN],
    ['Cinsiyet', (c) => (loc10(c, 'tr').female ? 'Kadın' : 'Erkek'), ['person.gender']],
    ['Doğum Tarihi', (c) => dmy(c.birth, 0, '.'), ['person.birthDate']],
    ['Doğum Yeri', (c, o, r) => v.pick(r, ['İSTANBUL', 'ANKARA', 'İZMİR', 'KONYA', '']), []],
    ['Uyruk', (c) => (foreign(c) ? ['ALMANYA', 'RUSYA', 'İNGİLTERE'][h(c) % 3] : 'TÜRKİYE'), ['person.nationality'], opt],
    ['Kimlik Türü', (c) => (foreign(c) ? 'Pasaport' : 'T.C. Kimlik Kartı'), []],
    ['TC Kimlik No', (c, o, r) => (foreign(c) ? '' : `${v.int(r, 1, 9)}${v.int(r, 1000000000, 9999999999)}`), ['person.taxId'], opt],
    ['Pasaport No', (c, o, r) => (foreign(c) ? `${v.pick(r, ['C', 'U', '5'])}${v.int(r, 10000000, 99999999)}` : ''), []],
    ['E-Posta', (c) => loc10(c, 'tr').email, PMAIL],
    ['Cep Telefonu', (c) => loc10(c, 'tr').mobile, MOB],
    ['Telefon', (c, o, r) => (r() < 0.6 ? '' : loc10(c, 'tr').phone), ['homePhone.number']],
    ['Adres', (c) => loc10(c, 'tr').street, at(HOME, 'street1')],
    ['İlçe', (c) => loc10(c, 'tr').ilce, at(HOME, 'city'), opt],
    ['İl', (c) => loc10(c, 'tr').il, [...at(HOME, 'city'), ...STATE]],
    ['Posta Kodu', (c) => loc10(c, 'tr').zip, at(HOME, 'postalCode')],
    ['Ülke', () => 'TÜRKİYE', at(HOME, 'country')],
    ['Firma', (c, o, r) => (r() < 0.8 ? '' : loc10(c, 'tr').company), ['organizations[0]'], opt],
    ['Dil', (c, o, r) => v.pick(r, ['TR', 'TR', 'EN', 'DE']), []],
    ['Konaklama Sayısı', (c) => `${1 + (h(c) % 6)}`, [], opt],
    ['Toplam Gece', (c) => `${3 + (h(c) % 6) * 4}`, []],
    ['Son Konaklama', (c) => dmy(Math.max(c.created, c.updated), 3, '.'), [], opt],
    ['KVKK Onayı', (c, o, r) => v.pick(r, ['Evet', 'Evet', 'Hayır']), [], opt],
    ['Kara Liste', (c, o, r) => v.pick(r, ['Hayır', 'Hayır', 'Hayır', 'Hayır', 'Evet']), []],
    ['Not', (c, o, r) => v.pick(r, ['', '', 'Glutensiz menü', 'Deniz manzaralı oda tercih ediyor']), []],
    ['Kayıt Tarihi', (c) => dmyHM(c.created, 3, '.'), [], opt],
  ] },

  // ---------------------------------------------------------------- Profitroom loyalty members
  { name: 'profitroom-uczestnicy-programu-pl', product: 'Profitroom (panel: Program lojalnościowy > Uczestnicy > Eksportuj do XLSX, Polish UI, a Polish group of three spa hotels\' direct-booking loyalty club)', family: 'loyalty', language: 'pl', schema: P, cols: [
    ['ID uczestnika', (c) => `${50000 + +c.id % 50000}`, ID],
    ['Numer karty', (c) => `PR${pad(+c.id % 100000000, 8)}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['Imię', (c) => loc10(c, 'pl').first, FN],
    ['Nazwisko', (c) => loc10(c, 'pl').last, LN],
    ['E-mail', (c) => loc10(c, 'pl').email, PMAIL],
    ['Telefon', (c) => loc10(c, 'pl').mobile, MOB],
    ['Data urodzenia', (c, o, r) => (r() < 0.4 ? '' : ymd(c.birth)), ['person.birthDate']],
    ['Płeć', (c) => (loc10(c, 'pl').female ? 'Kobieta' : 'Mężczyzna'), ['person.gender'], opt],
    ['Miasto', (c) => loc10(c, 'pl').city, at(HOME, 'city')],
    ['Kod pocztowy', (c) => loc10(c, 'pl').zip, at(HOME, 'postalCode')],
    ['Kraj', () => 'Polska', at(HOME, 'country')],
    ['Język', (c, o, r) => v.pick(r, ['pl', 'pl', 'pl', 'en', 'de']), []],
    ['Poziom', (c) => PL_TIERS[h(c) % 4], ['loyalty.tier']],
    ['Data przystąpienia', (c) => ymdHMS(c.created, eu(c.created, 1)), ['loyalty.joinDate']],
    ['Data zmiany poziomu', (c) => (h(c) % 4 === 0 ? '' : ymd(c.updated)), ['loyalty.tierUpgradeDate', 'loyalty.upgradeDate'], opt],
    ['Status', (c) => (h(c) % 11 === 0 ? 'Nieaktywny' : 'Aktywny'), ['loyalty.status'], opt],
    ['Saldo punktów', (c) => `${(h(c) * 13) % 4000}`, ['loyalty.points']],
    ['Punkty zdobyte', (c) => `${(h(c) * 13) % 4000 + (h(c) * 7) % 2500}`, ['loyalty.lifetimePoints']],
    ['Punkty wykorzystane', (c) => `${(h(c) * 7) % 2500}`, ['loyalty.pointsRedeemed']],
    ['Liczba pobytów', (c) => `${1 + (h(c) % 9)}`, ['loyalty.lifetimePurchases'], opt],
    ['Liczba nocy', (c) => `${2 + (h(c) % 9) * 2}`, []],
    ['Przychód łącznie (PLN)', (c) => comma((2 + (h(c) % 9) * 2) * 489.5), ['loyalty.lifetimePurchases'], opt],
    ['Ostatni pobyt', (c) => ymd(Math.max(c.created, c.updated) + 30 * day), [], opt],
    ['Obiekt rejestracji', (c, o, r) => v.pick(r, ['Hotel Górski Spa Karpacz', 'Hotel Bałtyk Resort Kołobrzeg', 'Hotel Mazury Lake & Spa']), []],
    ['Źródło rejestracji', (c, o, r) => v.pick(r, ['Booking Engine', 'Booking Engine', 'Strona WWW', 'Recepcja']), [], opt],
    ['Zgoda marketingowa', (c, o, r) => v.pick(r, ['Tak', 'Tak', 'Nie']), [], opt],
  ] },

  // ---------------------------------------------------------------- Passline sales
  { name: 'passline-ventas-exportar-es', product: 'Passline (panel de productor: Ventas > Exportar a Excel, Chilean Spanish UI, a Santiago producer selling festival, theatre and comedy tickets, one row per order)', family: 'ecommerce-orders', language: 'es', schema: E, cols: [
    ['N° Orden', (c, o, r) => `${v.int(r, 3000000, 3999999)}`, ORDER_ID],
    ['Fecha Compra', (c, o) => dmyHM(o.at, -4, '-'), WHEN],
    ['Evento', (c, o, r, i) => row(PS_EVENTS, i)[0], [], opt],
    ['Fecha Evento', (c, o) => dmy(o.at + 40 * day, -4, '-'), []],
    ['Tipo Entrada', (c, o, r, i) => row(PS_EVENTS, i)[1], [PL('name')]],
    ['Cantidad', (c, o) => `${Math.min(o.qty, 4)}`, [PL('quantity')]],
    ['Precio Unitario', (c, o, r, i) => clp(row(PS_EVENTS, i)[2]), [], opt],
    ['Cargo por Servicio', (c, o, r, i) => clp(row(PS_EVENTS, i)[2] * Math.min(o.qty, 4) * 0.1), []],
    ['Código Descuento', (c, o, r) => v.pick(r, ['', '', '', 'PREVENTA10']), ['commerce.promotionID'], opt],
    ['Total', (c, o, r, i) => clp(row(PS_EVENTS, i)[2] * Math.min(o.qty, 4) * 1.1), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Medio de Pago', (c, o, r) => v.pick(r, ['Webpay', 'Webpay', 'Mercado Pago', 'Transferencia']), [OR('payments[0].paymentType')]],
    ['Código Autorización', (c, o, r) => `${v.int(r, 100000, 999999)}`, [OR('payments[0].transactionID')], opt],
    ['Estado', (c, o, r) => v.pick(r, ['Pagada', 'Pagada', 'Pagada', 'Anulada', 'Reembolsada']), [], opt],
    ['Nombre', (c) => loc9(c, 'cl').first, []],
    ['Apellido', (c) => loc9(c, 'cl').last, []],
    ['RUT', (c, o, r) => `${v.int(r, 8, 25)}.${v.int(r, 100, 999)}.${v.int(r, 100, 999)}-${v.pick(r, ['1', '4', '7', 'K', '9'])}`, []],
    ['Email', (c) => loc9(c, 'cl').email, EMAIL_ID, opt],
    ['Teléfono', (c) => loc9(c, 'cl').mobile, PHONE_ID, opt],
    ['Comuna', (c) => loc9(c, 'cl').comuna, []],
    ['Región', (c) => loc9(c, 'cl').region, []],
    ['Validada', (c, o, r) => v.pick(r, ['Sí', 'No', 'No']), []],
    ['Fecha Validación', (c, o, r) => (r() < 0.6 ? '' : dmyHM(o.at + 40 * day, -4, '-')), []],
  ] },

  // ---------------------------------------------------------------- HiJiffy conversations
  { name: 'hijiffy-conversas-exportar-pt', product: 'HiJiffy (Console: Conversas > Exportar CSV, European Portuguese UI, a Lisbon hotel group\'s guest-messaging inbox where a chatbot answers first and agents take over)', family: 'support', language: 'pt', schema: E, cols: [
    ['ID da conversa', (c, o, r) => `${v.hex(r, 24)}`, ['_id']],
    ['Data de início', (c, o) => dmyHM(o.at, eu(o.at, 0)), ['timestamp']],
    ['Data da última mensagem', (c, o, r) => dmyHM(o.at + v.int(r, 2, 600) * 60000, eu(o.at, 0)), []],
    ['Hotel', (c, o, r) => v.pick(r, ['Lisboa Riverside Hotel', 'Porto Ribeira Suites', 'Algarve Beach Resort']), []],
    ['Canal', (c, o, r) => v.pick(r, ['Website', 'Website', 'WhatsApp', 'Facebook Messenger', 'Instagram', 'Booking.com']), [], opt],
    ['Idioma', (c, o, r) => v.pick(r, ['Português', 'Inglês', 'Espanhol', 'Francês']), ['environment._dc.language'], opt],
    ['Nome', (c, o, r) => (r() < 0.3 ? '' : `${c.first} ${c.last}`), []],
    ['Email', (c, o, r) => (r() < 0.4 ? '' : c.email), EMAIL_ID, opt],
    ['Telefone', (c, o, r) => (r() < 0.6 ? '' : `+351 9${v.pick(r, ['1', '2', '3', '6'])}${v.int(r, 1000000, 9999999)}`), PHONE_ID, opt],
    ['Estado', (c, o, r) => v.pick(r, ['Resolvida', 'Resolvida', 'Em aberto', 'Pendente']), [], opt],
    ['Atendida por', (c, o, r) => v.pick(r, ['Bot', 'Bot', 'Bot', 'Agente']), []],
    ['Agente', (c, o, r) => v.pick(r, ['', '', 'Inês Costa', 'Rui Almeida', 'Marta Sousa']), []],
    ['Tópicos', (c, o, r) => v.pick(r, ['Reserva', 'Check-in / Check-out', 'Estacionamento', 'Pequeno-almoço', 'Transfer aeroporto', 'Animais de estimação']), []],
    ['Nº de mensagens', (c, o, r) => `${v.int(r, 2, 40)}`, []],
    ['Tempo de primeira resposta (s)', (c, o, r) => `${v.int(r, 1, 900)}`, []],
    ['Resolvida pelo bot', (c, o, r) => v.pick(r, ['Sim', 'Sim', 'Não']), []],
    ['Reserva efetuada', (c, o, r) => v.pick(r, ['Não', 'Não', 'Não', 'Sim']), []],
    ['Valor da reserva (€)', (c, o, r) => (r() < 0.75 ? '' : comma(v.int(r, 180, 1400))), [OR('priceTotal')], opt],
    ['Avaliação', (c, o, r) => v.pick(r, ['', '', '5', '4', '3']), []],
    ['País', (c, o, r) => v.pick(r, ['Portugal', 'Espanha', 'Reino Unido', 'França', 'Brasil']), [], opt],
    ['Dispositivo', (c, o, r) => v.pick(r, ['Mobile', 'Desktop', 'Mobile', 'Tablet']), ['device.type']],
    ['Página de origem', (c, o, r) => v.pick(r, ['https://www.lisboariverside.pt/pt/', 'https://www.lisboariverside.pt/en/rooms', 'https://www.lisboariverside.pt/pt/ofertas', '']), ['web.webPageDetails.URL'], opt],
    ['Etiquetas', (c, o, r) => v.pick(r, ['', '', 'lead', 'reclamação', 'grupo']), []],
  ] },

  // ---------------------------------------------------------------- SabeeApp invoices
  { name: 'sabeeapp-szamlak-export-hu', product: 'SabeeApp (Számlák > Számlalista > Exportálás Excelbe, Hungarian UI, a Budapest boutique hotel issuing guest invoices reported to NAV Online Számla)', family: 'invoicing', language: 'hu', schema: E, cols: [
    ['Számlaszám', (c, o, r) => `SZ-${new Date(o.at).getUTCFullYear()}/${pad(v.int(r, 1, 9999), 5)}`, ORDER_ID],
    ['Számla típusa', (c, o, r) => v.pick(r, ['Számla', 'Számla', 'Számla', 'Előlegszámla', 'Sztornó számla']), [], opt],
    ['Kiállítás dátuma', (c, o) => huDate(o.at + 3 * day, eu(o.at, 1)), ['timestamp', OR('createdDate')], opt],
    ['Teljesítés dátuma', (c, o) => huDate(o.at + 3 * day, eu(o.at, 1)), []],
    ['Fizetési határidő', (c, o) => huDate(o.at + 11 * day, eu(o.at, 1)), []],
    ['Vevő neve', (c, o, r) => (r() < 0.75 ? loc11(c, 'hu').full : loc11(c, 'hu').company), []],
    ['Vevő adószáma', (c, o, r) => (r() < 0.75 ? '' : loc11(c, 'hu').tax), []],
    ['Vevő irányítószám', (c) => loc11(c, 'hu').zip, [BILL('postalCode')]],
    ['Vevő város', (c) => loc11(c, 'hu').city, [BILL('city')]],
    ['Vevő cím', (c) => loc11(c, 'hu').street, [BILL('street1')]],
    ['Vevő ország', () => 'Magyarország', [BILL('country')]],
    ['Foglalási kód', (c, o, r) => `${v.alnum(r, 8).toUpperCase()}`, [OR('purchaseOrderNumber')], opt],
    ['Érkezés', (c, o) => huDate(o.at, eu(o.at, 1)), []],
    ['Távozás', (c, o) => huDate(o.at + 3 * day, eu(o.at, 1)), []],
    ['Szoba', (c, o, r) => `${v.int(r, 1, 5)}${pad(v.int(r, 1, 14))}`, []],
    ['Fizetési mód', (c, o, r) => v.pick(r, ['Bankkártya', 'Bankkártya', 'Készpénz', 'Átutalás']), [OR('payments[0].paymentType')]],
    ['Pénznem', (c, o) => sbCur(o), [OR('currencyCode')]],
    ['Nettó összeg', (c, o) => sbAmt(o, o.total * 3 / 1.18), []],
    ['ÁFA összeg', (c, o) => sbAmt(o, o.total * 3 - o.total * 3 / 1.18), [OR('taxAmount')]],
    ['Idegenforgalmi adó', (c, o) => sbAmt(o, o.total * 3 * 0.04), []],
    ['Bruttó összeg', (c, o) => sbAmt(o, o.total * 3), [OR('priceTotal')]],
    ['Fizetve', (c, o, r) => v.pick(r, ['Igen', 'Igen', 'Nem']), []],
    ['NAV státusz', (c, o, r) => v.pick(r, ['DONE', 'DONE', 'DONE', 'ABORTED']), []],
    ['Kiállító', (c, o, r) => v.pick(r, ['Recepció 1', 'Kovács Eszter', 'Automatikus']), []],
    ['Megjegyzés', (c, o, r) => v.pick(r, ['', '', 'Céges számla, előre utalva', 'IFA külön soron']), []],
  ] },

  // ---------------------------------------------------------------- Bookboost contacts
  { name: 'bookboost-guest-contacts-export', product: 'Bookboost (Guests > Contacts > Export CSV, English UI, a Stockholm hotel\'s guest CRM with marketing automation over e-mail, WhatsApp and web chat)', family: 'marketing-automation', language: 'en', schema: P, cols: [
    ['id', (c, o, r) => `${v.int(r, 10000000, 99999999)}`, ID],
    ['first_name', (c) => loc9(c, 'sv').first, FN],
    ['last_name', (c) => loc9(c, 'sv').last, LN],
    ['email', (c) => loc9(c, 'sv').email, PMAIL],
    ['phone', (c) => loc9(c, 'sv').mobile.replace(/^0/, '+46 ').replace(/-/, ' '), ANYPHONE],
    ['language', (c, o, r) => v.pick(r, ['sv', 'sv', 'en', 'de', 'no']), []],
    ['country', (c, o, r) => v.pick(r, ['SE', 'SE', 'SE', 'NO', 'DE']), [...at(HOME, 'countryCode'), ...at(HOME, 'country')]],
    ['city', (c) => loc9(c, 'sv').city, at(HOME, 'city')],
    ['zip', (c) => loc9(c, 'sv').zip, at(HOME, 'postalCode')],
    ['address', (c) => loc9(c, 'sv').street, at(HOME, 'street1')],
    ['nationality', (c, o, r) => v.pick(r, ['SE', 'SE', 'NO', 'DE', 'GB']), ['person.nationality'], opt],
    ['gender', (c) => (h(c) % 3 === 0 ? '' : SV_W.has(loc9(c, 'sv').first) ? 'female' : 'male'), ['person.gender'], opt],
    ['birthday', (c, o, r) => (r() < 0.6 ? '' : ymd(c.birth)), ['person.birthDate']],
    ['company', (c, o, r) => (r() < 0.8 ? '' : loc9(c, 'sv').company), ['organizations[0]'], opt],
    ['email_marketing_consent', (c, o, r) => v.pick(r, ['true', 'true', 'false']), [], opt],
    ['sms_marketing_consent', (c, o, r) => v.pick(r, ['false', 'false', 'true']), [], opt],
    ['whatsapp_opt_in', (c, o, r) => v.pick(r, ['false', 'true']), []],
    ['source', (c, o, r) => v.pick(r, ['pms', 'pms', 'pms', 'web_chat', 'whatsapp', 'import']), [], opt],
    ['segments', (c, o, r) => v.pick(r, ['', 'Returning guests', 'Business travellers', 'Spa lovers; Returning guests']), []],
    ['tags', (c, o, r) => v.pick(r, ['', '', 'vip', 'newsletter', 'conference']), []],
    ['total_stays', (c) => `${h(c) % 6}`, [], opt],
    ['total_revenue', (c) => ((h(c) % 6) * 2890).toFixed(2), [], opt],
    ['last_checkout', (c) => (h(c) % 6 ? ymd(c.updated) : ''), [], opt],
    ['next_arrival', (c, o, r) => (r() < 0.8 ? '' : ymd(c.updated + 60 * day)), []],
    ['created_at', (c) => iso(c.created), [], opt],
    ['updated_at', (c) => iso(Math.max(c.created, c.updated)), [], opt],
  ] },

  // ---------------------------------------------------------------- Event Temple leads
  { name: 'eventtemple-leads-export-csv', product: 'Event Temple (hotel sales & catering CRM: Leads > Export to CSV, English UI, a US full-service hotel\'s group-sales and events team collecting inquiries through the website RFP form)', family: 'b2b-leads', language: 'en', schema: B, cols: [
    ['ID', (c, o, r) => `${v.int(r, 3000000, 3999999)}`, B2BID],
    ['Created Date', (c) => mdyT(c.created, -5), ['extSourceSystemAudit.createdDate'], opt],
    ['First Name', (c) => c.first, FN],
    ['Last Name', (c) => c.last, LN],
    ['Email', (c, o, r, i) => (row(US_CO, i)[1] ? `${c.first}.${c.last}@${row(US_CO, i)[1]}`.toLowerCase() : c.email), ['workEmail.address', 'personalEmail.address']],
    ['Phone', (c, o, r) => usMobile(r), ['workPhone.number', 'mobilePhone.number']],
    ['Organization', (c, o, r, i) => row(US_CO, i)[0], ['b2b.companyName', 'organizations[0]']],
    ['Contact Preference', (c, o, r) => v.pick(r, ['Email', 'Email', 'Phone', 'Text']), []],
    ['Event Name', (c, o, r, i) => v.pick(r, [row(US_CO, i)[0] ? 'Q3 sales kickoff dinner' : 'Rehearsal dinner', 'Holiday party', 'Board meeting and lunch', 'Bridal shower']), []],
    ['Arrival Date', (c) => mdy(c.created + 75 * day, -5), []],
    ['Departure Date', (c) => mdy(c.created + 77 * day, -5), []],
    ['Room Nights', (c, o, r) => v.pick(r, ['0', '0', '20', '45', '120']), []],
    ['Start Time', (c, o, r) => v.pick(r, ['6:00 PM', '11:30 AM', '7:00 PM', '9:00 AM']), []],
    ['End Time', (c, o, r) => v.pick(r, ['10:00 PM', '2:30 PM', '11:00 PM', '5:00 PM']), []],
    ['Attendees', (c, o, r) => `${v.pick(r, [12, 25, 40, 80, 150])}`, []],
    ['Event Type', (c, o, r) => v.pick(r, ['Plated Dinner', 'Cocktail Reception', 'Buffet', 'Meeting']), []],
    ['Budget', (c, o, r) => v.pick(r, ['', '$2,500', '$5,000 - $10,000', '$15,000+']), []],
    ['Property', () => 'The Palmetto Hotel', []],
    ['Function Space', (c, o, r) => v.pick(r, ['', 'Magnolia Ballroom', 'Rooftop Terrace', 'Boardroom']), []],
    ['Source', (c, o, r) => v.pick(r, ['Website RFP Form', 'Website RFP Form', 'Cvent', 'Phone', 'Referral']), ['b2b.personSource'], opt],
    ['Status', (c, o, r) => v.pick(r, ['New', 'Qualified', 'Converted', 'Lost', 'Turned Down']), ['b2b.personStatus'], opt],
    ['Converted', (c, o, r) => v.pick(r, ['Yes', 'No', 'No']), ['b2b.isConverted'], opt],
    ['Converted On', (c, o, r) => (r() < 0.6 ? '' : mdy(c.created + 5 * day, -5)), ['b2b.convertedDate'], opt],
    ['Assigned To', (c, o, r) => v.pick(r, ['Kelsey Moran', 'Derek Hall', '']), []],
    ['Notes', (c, o, r) => v.pick(r, ['', 'Need AV and a projector', 'Two vegan guests', 'Looking for a room block too']), []],
    ['Marketing Opt In', (c, o, r) => v.pick(r, ['true', 'false']), [], opt],
    ['Last Modified', (c) => mdyT(Math.max(c.created, c.updated), -5), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },

  // ---------------------------------------------------------------- Reservit bookings
  { name: 'reservit-reservations-export-fr', product: 'Reservit (extranet hôtelier: Réservations > Liste des réservations > Export Excel, French UI, a Biarritz hotel\'s booking engine and channel bookings)', family: 'ecommerce-orders', language: 'fr', schema: E, cols: [
    ['N° réservation', (c, o, r) => `${v.int(r, 10000000, 99999999)}`, ORDER_ID],
    ['Date de réservation', (c, o) => dmyHM(o.at, eu(o.at, 1)), WHEN],
    ['Statut', (c, o, r) => v.pick(r, ['Confirmée', 'Confirmée', 'Confirmée', 'Modifiée', 'Annulée']), [], opt],
    ['Canal', (c, o, r) => v.pick(r, ['Site hôtel', 'Site hôtel', 'Booking.com', 'Expedia', 'Google Hotel Ads']), [], opt],
    ['Date d\'arrivée', (c, o) => dmy(o.at + 30 * day, 2), [], opt],
    ['Date de départ', (c, o) => dmy(o.at + 33 * day, 2), []],
    ['Nuits', () => '3', [PL('quantity')], opt],
    ['Type de chambre', (c, o, r, i) => row(RS_ROOMS, i)[0], [PL('name')], opt],
    ['Tarif', (c, o, r, i) => row(RS_ROOMS, i)[1], [], opt],
    ['Nb chambres', (c, o, r) => v.pick(r, ['1', '1', '1', '2']), [PL('quantity')], opt],
    ['Adultes', (c, o, r) => `${v.int(r, 1, 2)}`, []],
    ['Enfants', (c, o, r) => v.pick(r, ['0', '0', '1', '2']), []],
    ['Civilité', (c) => (c.female ? 'Mme' : 'M.'), []],
    ['Nom', (c) => c.last, []],
    ['Prénom', (c) => c.first, []],
    ['Email', (c) => c.email, EMAIL_ID, opt],
    ['Téléphone', (c) => c.mobile, PHONE_ID, opt],
    ['Adresse', (c) => c.street, [BILL('street1')], opt],
    ['Code postal', (c) => c.postcode, [BILL('postalCode')], opt],
    ['Ville', (c) => c.city, [BILL('city')], opt],
    ['Pays', () => 'France', [BILL('country')], opt],
    ['Montant total', (c, o, r, i) => frMoney(row(RS_ROOMS, i)[2] * 3), [OR('priceTotal')]],
    ['Acompte versé', (c, o, r, i) => (r() < 0.5 ? '0,00' : frMoney(row(RS_ROOMS, i)[2])), [OR('payments[0].paymentAmount')], opt],
    ['Taxe de séjour', (c, o, r) => comma(v.int(r, 1, 4) * 3 * 1.65), []],
    ['Devise', () => 'EUR', [OR('currencyCode')]],
    ['Code promo', (c, o, r) => v.pick(r, ['', '', '', 'ETE2024']), ['commerce.promotionID'], opt],
    ['Garantie', (c, o, r) => v.pick(r, ['Carte bancaire', 'Carte bancaire', 'Prépaiement', 'Sans garantie']), [OR('payments[0].paymentType')], opt],
    ['Date d\'annulation', (c, o, r) => (r() < 0.85 ? '' : dmyHM(o.at + 6 * day, 2)), [OR('cancelDate')]],
    ['Commentaire client', (c, o, r) => v.pick(r, ['', '', 'Arrivée tardive vers 23h', 'Lit bébé svp', 'Anniversaire de mariage']), []],
  ] },

  // ---------------------------------------------------------------- ibelsa guests
  { name: 'ibelsa-gaeste-export-de', product: 'ibelsa.rooms (Gäste > Gästeliste > CSV-Export, German UI, a family-run hotel on Lake Constance)', family: 'crm', language: 'de', schema: P, cols: [
    ['Gast-Nr.', (c) => `${10000 + +c.id % 90000}`, ID],
    ['Anrede', (c) => (c.female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Titel', (c, o, r) => v.pick(r, ['', '', '', '', 'Dr.', 'Prof. Dr.']), ['person.name.courtesyTitle', 'person.name.suffix'], opt],
    ['Vorname', (c) => c.first, FN],
    ['Nachname', (c) => c.last, LN],
    ['Firma', (c, o, r) => (r() < 0.8 ? '' : c.company), ['organizations[0]'], opt],
    ['Straße', (c) => c.street, at(HOME, 'street1')],
    ['PLZ', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Ort', (c) => c.city, at(HOME, 'city')],
    ['Land', (c, o, r) => v.pick(r, ['Deutschland', 'Deutschland', 'Deutschland', 'Schweiz', 'Österreich']), at(HOME, 'country')],
    ['E-Mail', (c) => c.email, PMAIL],
    ['Telefon', (c) => c.phone, ['homePhone.number']],
    ['Mobil', (c, o, r) => (r() < 0.4 ? '' : c.mobile), MOB],
    ['Geburtsdatum', (c, o, r) => (r() < 0.5 ? '' : dmy(c.birth, 0, '.')), ['person.birthDate']],
    ['Nationalität', (c, o, r) => v.pick(r, ['DE', 'DE', 'DE', 'CH', 'AT']), ['person.nationality'], opt],
    ['Sprache', (c, o, r) => v.pick(r, ['Deutsch', 'Deutsch', 'Englisch']), []],
    ['Ausweisnummer', (c, o, r) => (r() < 0.7 ? '' : `L${v.alnum(r, 8).toUpperCase()}`), []],
    ['Anzahl Aufenthalte', (c) => `${1 + (h(c) % 8)}`, [], opt],
    ['Umsatz gesamt', (c) => comma((1 + (h(c) % 8)) * 318.4), [], opt],
    ['Letzter Aufenthalt', (c) => dmy(Math.max(c.created, c.updated), 1, '.'), [], opt],
    ['Newsletter', (c, o, r) => v.pick(r, ['Ja', 'Nein', 'Nein']), [], opt],
    ['Bemerkung', (c, o, r) => v.pick(r, ['', '', 'Stammgast, Zimmer mit Seeblick', 'Hund (kleiner Terrier)', 'Laktoseintoleranz']), []],
    ['Angelegt am', (c) => dmyHM(c.created, 1, '.'), [], opt],
  ] },
]
