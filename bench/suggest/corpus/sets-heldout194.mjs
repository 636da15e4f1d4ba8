// Round 73, heldout194: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). Japanese and Chinese exports, headers in the product's UI language: a
// Japanese live-music ticketing platform's purchase list for an organizer (ZAIKO) and a Japanese hotel site
// controller's reservation list (手間いらず) (ja E 2); a Japanese cram-school management system's student list (comiru)
// (ja P 1); a Japanese event-registration service's attendee list for a B2B conference (EventRegist) (ja B 1); a
// Taiwanese one-page-store builder's order export (1shop 一頁商店) (zh-TW E 1); Hong Kong's restaurant guide's merchant
// booking records (OpenRice) (zh-HK E 1); a Taiwanese e-mail marketing service's contact export (電子豹 Newsleopard)
// (zh-TW P 1); a mainland Chinese business-registry search service's company list export (天眼查 Tianyancha) (zh-CN B 1).
// E 4, P 2, B 2.
// Headers: written from the writer's knowledge of each product for all 8 sets (a short source hunt found no public
// column list for any of them); a subset of each export's columns, in the order the writer knows. Nothing was copied
// from a real export; every value is generated.
import { E, P, B, v, B2BID, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, STATE, W, CO, ACCT } from './sets.mjs'
import { pad, row, ymd, hms, hm, shift, group, hash } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const ID = ['_id', 'personID']
const WE = ['workEmail.address', 'personalEmail.address']
const HOMES = (leaf) => [`homeAddress.${leaf}`, `mailingAddress.${leaf}`]
// Japan UTC+9; Taiwan, Hong Kong and mainland China UTC+8; no summer time anywhere
const jst = (ms) => shift(ms, 9)
const cst = (ms) => shift(ms, 8)
const sl = (p) => `${ymd(p, '/')} ${hms(p)}`
const slm = (p) => `${ymd(p, '/')} ${hm(p)}`
const dash = (p) => `${ymd(p)} ${hms(p)}`
const yen = (x) => group(x)

// ---------------------------------------------------------------- local people, seeded by the row's person
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}|${c.first}|${c.last}|${salt}`) ^ 0x2545f491); r(); r(); return r }
const JA = {
  m: [['拓也', 'タクヤ', 'takuya'], ['大輔', 'ダイスケ', 'daisuke'], ['翔太', 'ショウタ', 'shota'], ['和也', 'カズヤ', 'kazuya'], ['陽介', 'ヨウスケ', 'yosuke'], ['誠', 'マコト', 'makoto'], ['蓮', 'レン', 'ren'], ['慎吾', 'シンゴ', 'shingo']],
  f: [['彩', 'アヤ', 'aya'], ['真由美', 'マユミ', 'mayumi'], ['千尋', 'チヒロ', 'chihiro'], ['葵', 'アオイ', 'aoi'], ['理恵', 'リエ', 'rie'], ['綾乃', 'アヤノ', 'ayano'], ['陽菜', 'ヒナ', 'hina'], ['裕子', 'ユウコ', 'yuko']],
  last: [['田中', 'タナカ', 'tanaka'], ['中村', 'ナカムラ', 'nakamura'], ['小林', 'コバヤシ', 'kobayashi'], ['加藤', 'カトウ', 'kato'], ['吉田', 'ヨシダ', 'yoshida'], ['山田', 'ヤマダ', 'yamada'], ['佐々木', 'ササキ', 'sasaki'], ['山口', 'ヤマグチ', 'yamaguchi'], ['斎藤', 'サイトウ', 'saito'], ['岡田', 'オカダ', 'okada'], ['石川', 'イシカワ', 'ishikawa'], ['前田', 'マエダ', 'maeda']],
  // [郵便番号, 都道府県, 市区町村, 番地, 市外局番]
  places: [['154-0004', '東京都', '世田谷区太子堂', '4-1-1', '03'], ['171-0022', '東京都', '豊島区南池袋', '1-28-2', '03'], ['231-0023', '神奈川県', '横浜市中区山下町', '27', '045'], ['542-0086', '大阪府', '大阪市中央区西心斎橋', '2-10-3', '06'], ['464-0850', '愛知県', '名古屋市千種区今池', '5-19-12', '052'], ['810-0041', '福岡県', '福岡市中央区大名', '1-12-56', '092'], ['065-0012', '北海道', '札幌市東区北十二条東', '7-2-3', '011'], ['336-0017', '埼玉県', 'さいたま市南区南浦和', '2-38-1', '048'], ['260-0013', '千葉県', '千葉市中央区中央', '3-9-16', '043'], ['650-0021', '兵庫県', '神戸市中央区三宮町', '1-6-18', '078']],
  bld: ['', '', 'メゾン太子堂302', '', 'ライオンズマンション704', '', 'コーポ桜105', 'シティハイツ1101'],
  mail: ['gmail.com', 'gmail.com', 'yahoo.co.jp', 'icloud.com', 'docomo.ne.jp', 'au.com', 'softbank.ne.jp', 'outlook.jp'],
}
const TW = {
  last: ['陳', '林', '黃', '張', '李', '王', '吳', '劉', '蔡', '楊', '許', '鄭'],
  lastR: ['chen', 'lin', 'huang', 'chang', 'lee', 'wang', 'wu', 'liu', 'tsai', 'yang', 'hsu', 'cheng'],
  m: [['冠宇', 'guanyu'], ['承翰', 'chenghan'], ['柏翰', 'pohan'], ['家豪', 'chiahao'], ['宗翰', 'tsunghan'], ['俊傑', 'chunchieh'], ['建宏', 'chienhung'], ['志明', 'chihming']],
  f: [['怡君', 'yichun'], ['雅婷', 'yating'], ['佳穎', 'chiaying'], ['欣怡', 'hsinyi'], ['詩涵', 'shihhan'], ['宜蓁', 'yichen'], ['淑芬', 'shufen'], ['郁婷', 'yuting']],
  // [郵遞區號, 縣市, 區, 路段]
  places: [['106', '臺北市', '大安區', '復興南路一段'], ['104', '臺北市', '中山區', '南京東路二段'], ['220', '新北市', '板橋區', '文化路一段'], ['330', '桃園市', '桃園區', '中正路'], ['403', '臺中市', '西區', '公益路'], ['701', '臺南市', '東區', '長榮路二段'], ['802', '高雄市', '苓雅區', '四維三路'], ['300', '新竹市', '東區', '光復路二段']],
  mail: ['gmail.com', 'gmail.com', 'yahoo.com.tw', 'hotmail.com', 'outlook.com', 'icloud.com'],
}
const HK = {
  last: [['陳', 'Chan'], ['李', 'Lee'], ['黃', 'Wong'], ['張', 'Cheung'], ['梁', 'Leung'], ['劉', 'Lau'], ['林', 'Lam'], ['何', 'Ho'], ['吳', 'Ng'], ['鄧', 'Tang']],
  m: [['家明', 'Ka Ming'], ['志偉', 'Chi Wai'], ['俊傑', 'Chun Kit'], ['浩然', 'Ho Yin'], ['嘉豪', 'Ka Ho']],
  f: [['嘉欣', 'Ka Yan'], ['詠詩', 'Wing Sze'], ['美玲', 'Mei Ling'], ['曉彤', 'Hiu Tung'], ['凱琳', 'Hoi Lam']],
  en: { m: ['Kelvin', 'Jason', 'Raymond', 'Eric', 'Ivan'], f: ['Karen', 'Cherry', 'Winnie', 'Queenie', 'Candy'] },
  mail: ['gmail.com', 'yahoo.com.hk', 'hotmail.com', 'netvigator.com', 'outlook.com'],
}
const memo = new Map()
function mk (c, cc) {
  const r = seeded(c, cc), female = r() < 0.5
  if (cc === 'ja') {
    const f = v.pick(r, female ? JA.f : JA.m), l = v.pick(r, JA.last), pl = v.pick(r, JA.places)
    return { female, first: f[0], last: l[0], firstKana: f[1], lastKana: l[1], full: `${l[0]} ${f[0]}`, fr: f[2], lr: l[2],
      zip: pl[0], pref: pl[1], city: pl[2], ban: pl[3], bld: v.pick(r, JA.bld), tel: pl[4].length === 2 ? `${pl[4]}-${v.int(r, 3000, 6999)}-${v.int(r, 1000, 9999)}` : `${pl[4]}-${v.int(r, 200, 999)}-${v.int(r, 1000, 9999)}`,
      mobile: `0${v.pick(r, ['90', '80', '70'])}-${v.int(r, 1000, 9999)}-${v.int(r, 1000, 9999)}`,
      mail: `${f[2]}${v.pick(r, ['.', '_', ''])}${l[2]}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, JA.mail)}`,
      birth: Date.UTC(1968, 0, 1) + Math.floor(r() * 36 * 365) * day }
  }
  if (cc === 'tw') {
    const li = v.int(r, 0, 11), g = v.pick(r, female ? TW.f : TW.m), pl = v.pick(r, TW.places)
    return { female, first: g[0], last: TW.last[li], full: `${TW.last[li]}${g[0]}`, zip: pl[0], county: pl[1], dist: pl[2],
      street: `${pl[3]}${v.int(r, 1, 320)}號${r() < 0.5 ? `${v.int(r, 2, 14)}樓` : ''}`,
      mobile: `09${v.int(r, 10, 88)}${pad(v.int(r, 0, 999999), 6)}`,
      mail: `${g[1]}${v.pick(r, ['.', '', '_'])}${TW.lastR[li]}${r() < 0.6 ? v.int(r, 1, 99) : ''}@${v.pick(r, TW.mail)}`,
      birth: Date.UTC(1970, 0, 1) + Math.floor(r() * 34 * 365) * day }
  }
  // hk
  const l = v.pick(r, HK.last), gi = v.int(r, 0, 4), g = (female ? HK.f : HK.m)[gi], en = (female ? HK.en.f : HK.en.m)[gi]
  return { female, first: g[0], last: l[0], full: `${l[0]}${g[0]}`, en: `${en} ${l[1]}`, enFirst: en, enLast: l[1],
    mobile: `${v.pick(r, ['5', '6', '9'])}${v.int(r, 100, 999)} ${pad(v.int(r, 0, 9999), 4)}`,
    mail: `${en.toLowerCase()}${v.pick(r, ['.', '', '_'])}${l[1].toLowerCase()}${r() < 0.6 ? v.int(r, 1, 99) : ''}@${v.pick(r, HK.mail)}` }
}
const who = (c, cc) => { const k = `${cc}|${c.id}|${c.first}|${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc)); return memo.get(k) }
const ja = (c) => who(c, 'ja')
const tw = (c) => who(c, 'tw')
const hk = (c) => who(c, 'hk')
const twMob = (m) => `${m.slice(0, 4)}-${m.slice(4, 7)}-${m.slice(7)}`

// ---------------------------------------------------------------- 1. ZAIKO purchase list (ja, E)
// an indie promoter's autumn tour; one row per order
const ZK_EV = [['AOIRO TOUR 2025 東京公演', '2025/11/14 19:00', 'Spotify O-EAST'], ['AOIRO TOUR 2025 大阪公演', '2025/11/21 19:00', '梅田CLUB QUATTRO'], ['AOIRO TOUR 2025 名古屋公演', '2025/11/22 18:30', '名古屋 ElectricLadyLand']]
const ZK_TK = [['一般 (1ドリンク代別)', 4800], ['一般 (1ドリンク代別)', 4800], ['U-22 (要身分証)', 3300], ['VIP (優先入場・グッズ付)', 9800], ['配信チケット', 2500]]
const zkEv = (o) => row(ZK_EV, n(o) % 3)
const zkTk = (o) => row(ZK_TK, (n(o) >> 1) % 5)
const zkQty = (o) => (zkTk(o)[1] === 2500 || zkTk(o)[1] === 9800 ? 1 : 1 + (n(o) % 3 === 0 ? 1 : 0))
const zkFee = (o) => Math.round(zkTk(o)[1] * 0.05 / 10) * 10 + 110
const zkDisc = (o) => (n(o) % 9 === 0 ? 500 : 0)
const zkTotal = (o) => (zkTk(o)[1] + zkFee(o)) * zkQty(o) - zkDisc(o)
const zkSt = (o) => (n(o) % 19 === 0 ? '払い戻し済み' : n(o) % 23 === 0 ? '支払い待ち' : '支払い済み')
const zkPay = (o) => row(['クレジットカード', 'クレジットカード', 'コンビニ決済', 'PayPay', 'Apple Pay', 'クレジットカード'], n(o) % 6)
const zkAt = (o) => Date.UTC(2025, 7, 20) + ((n(o) * 7919) % (70 * 86400)) * 1000
const SET_ZK = { name: 'zaiko-kounyusha-list-jp', product: 'ZAIKO (主催者ダッシュボード: イベント > 購入者リスト > CSVダウンロード, one row per ticket order, Japanese UI, an indie promoter\'s three-city club tour, Asia/Tokyo, JPY)', family: 'events', language: 'ja', schema: E, cols: [
  ['注文ID', (c, o) => String(30000000 + n(o) * 37), ['_id', OR('purchaseID')]],
  ['購入日時', (c, o) => dash(jst(zkAt(o))), ['timestamp']],
  ['イベント名', (c, o) => zkEv(o)[0], [], opt],
  ['公演日時', (c, o) => zkEv(o)[1], []],
  ['会場', (c, o) => zkEv(o)[2], [], opt],
  ['チケット名', (c, o) => zkTk(o)[0], [PL('name')], opt],
  ['枚数', (c, o) => String(zkQty(o)), [PL('quantity')]],
  ['チケット価格', (c, o) => String(zkTk(o)[1]), [], opt],
  ['手数料', (c, o) => String(zkFee(o) * zkQty(o)), []],
  ['割引額', (c, o) => String(zkDisc(o)), [OR('discountAmount')]],
  ['合計金額', (c, o) => String(zkTotal(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
  ['通貨', () => 'JPY', [OR('currencyCode')]],
  ['決済方法', (c, o) => zkPay(o), [OR('payments[0].paymentType')]],
  ['ステータス', (c, o) => zkSt(o), [], opt],
  ['クーポンコード', (c, o) => (zkDisc(o) ? 'AOIRO500' : ''), ['commerce.promotionID']],
  ['姓', (c) => ja(c).last, []],
  ['名', (c) => ja(c).first, []],
  ['メールアドレス', (c) => ja(c).mail, EMAIL_ID],
  ['電話番号', (c) => `+81${ja(c).mobile.replace(/-/g, '').slice(1)}`, PHONE_ID],
  ['国', (c) => (n(c) % 13 === 0 ? '台湾' : '日本'), [BILL('country')], opt],
  ['性別', (c) => (n(c) % 7 === 0 ? '' : ja(c).female ? '女性' : '男性'), [], opt],
  ['生年月日', (c) => ymd(shift(ja(c).birth, 0), '/'), []],
  ['チケット番号', (c, o) => Array.from({ length: zkQty(o) }, (_, k) => `ZK${v.hex(v.rng(n(o) * 7 + k), 10).toUpperCase()}`).join(','), []],
  ['入場状況', (c, o) => (zkTk(o)[1] === 2500 || zkSt(o) !== '支払い済み' ? '' : n(o) % 4 === 0 ? '未入場' : '入場済み'), []],
] }

// ---------------------------------------------------------------- 2. 手間いらず reservation list (ja, E)
// a 28-room onsen ryokan in Hakone; bookings arrive from the OTAs the site controller connects
const TM_SITE = ['じゃらんnet', '楽天トラベル', '一休.com', 'Booking.com', '自社HP', 'Expedia', '楽天トラベル', 'じゃらんnet']
const TM_ROOM = [['和室10畳 (禁煙)', 'スタンダードプラン 1泊2食付', 22000], ['和洋室 露天風呂付', '【記念日】露天風呂付客室 1泊2食・ケーキ付', 38500], ['和室8畳 (禁煙)', '素泊まり', 12100], ['特別室 「桜」', '料理長おまかせ会席 1泊2食付', 52800], ['和室10畳 (禁煙)', '【早期割28】1泊朝食付', 15400]]
const tmSite = (o) => row(TM_SITE, n(o) % 8)
const tmRoom = (o) => row(TM_ROOM, (n(o) >> 1) % 5)
const tmNights = (o) => 1 + (n(o) % 5 === 0 ? 1 : 0)
const tmRooms = (o) => 1 + (n(o) % 11 === 0 ? 1 : 0)
const tmAdults = (o) => (tmRoom(o)[0].startsWith('和室8') ? 1 + (n(o) % 2) : 2 + (n(o) % 6 === 0 ? 1 : 0)) * tmRooms(o)
const tmKids = (o) => (n(o) % 7 === 0 ? 1 : 0)
const tmTotal = (o) => tmRoom(o)[2] * (tmAdults(o) + tmKids(o) * 0.7) * tmNights(o)
const tmKind = (o) => (n(o) % 13 === 0 ? '取消' : n(o) % 9 === 0 ? '変更' : '新規')
const tmAt = (o) => Date.UTC(2025, 5, 1) + ((n(o) * 7919) % (120 * 86400)) * 1000
const tmIn = (o) => jst(tmAt(o) + (3 + (n(o) % 60)) * day)
const tmOut = (o) => jst(tmAt(o) + (3 + (n(o) % 60) + tmNights(o)) * day)
const tmMail = (c, o) => (tmSite(o) === 'Booking.com' ? `${ja(c).lr}.${v.hex(v.rng(n(o)), 6)}@guest.booking.com` : ['じゃらんnet', '一休.com'].includes(tmSite(o)) && n(o) % 3 === 0 ? '' : ja(c).mail)
const SET_TM = { name: 'temairazu-yoyaku-ichiran-jp', product: '手間いらず (予約一覧 > 検索 > CSV出力, one row per booking notification (new, change or cancellation) from a connected site, Japanese UI, a 28-room onsen ryokan in Hakone, Asia/Tokyo, JPY)', family: 'bookings', language: 'ja', schema: E, cols: [
  ['予約番号', (c, o) => `TM${pad(n(o) * 131 % 100000000, 8)}`, ['_id', OR('purchaseID')]],
  ['販売先', (c, o) => tmSite(o), [], opt],
  ['販売先予約番号', (c, o) => (tmSite(o) === '自社HP' ? `HP${pad(n(o) % 100000, 6)}` : tmSite(o) === 'Booking.com' ? String(4000000000 + n(o) * 1009) : `${String.fromCharCode(65 + (n(o) % 20))}${pad(n(o) * 7 % 10000000, 8)}`), [OR('purchaseOrderNumber')], opt],
  ['予約区分', (c, o) => tmKind(o), ['eventType'], opt],
  ['受付日時', (c, o) => sl(jst(tmAt(o))), ['timestamp', OR('createdDate')]],
  ['チェックイン日', (c, o) => ymd(tmIn(o), '/'), []],
  ['チェックアウト日', (c, o) => ymd(tmOut(o), '/'), []],
  ['泊数', (c, o) => String(tmNights(o)), []],
  ['部屋タイプ', (c, o) => tmRoom(o)[0], [PL('name')], opt],
  ['プラン名', (c, o) => tmRoom(o)[1], [PL('name')], opt],
  ['室数', (c, o) => String(tmRooms(o)), [PL('quantity')], opt],
  ['大人', (c, o) => String(tmAdults(o)), []],
  ['子供', (c, o) => String(tmKids(o)), []],
  ['宿泊者氏名', (c) => ja(c).full, []],
  ['宿泊者氏名カナ', (c) => `${ja(c).lastKana} ${ja(c).firstKana}`, []],
  ['電話番号', (c) => ja(c).mobile, PHONE_ID],
  ['メールアドレス', (c, o) => tmMail(c, o), EMAIL_ID],
  ['郵便番号', (c, o) => (tmSite(o) === 'Booking.com' ? '' : ja(c).zip), [BILL('postalCode')], opt],
  ['住所', (c, o) => (tmSite(o) === 'Booking.com' ? '' : `${ja(c).pref}${ja(c).city}${ja(c).ban}`), [BILL('street1')], opt],
  ['合計金額', (c, o) => yen(tmTotal(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
  ['ポイント利用', (c, o) => (['じゃらんnet', '楽天トラベル'].includes(tmSite(o)) && n(o) % 4 === 0 ? yen(1000 + (n(o) % 5) * 500) : '0'), [], opt],
  ['支払方法', (c, o) => (['一休.com', '自社HP'].includes(tmSite(o)) || n(o) % 3 === 0 ? '事前カード決済' : '現地払い'), [OR('payments[0].paymentType')]],
  ['取消日時', (c, o) => (tmKind(o) === '取消' ? sl(jst(tmAt(o) + 2 * day)) : ''), [OR('cancelDate')]],
  ['備考', (c, o) => row(['', '夕食18:30希望', '', '到着は20時頃になります', 'カニアレルギーあり', '', '結婚記念日です'], n(o) % 7), []],
] }

// ---------------------------------------------------------------- 3. comiru student list (ja, P)
// a two-school cram school in Setagaya and Meguro: elementary to high-school students
const CM_GRADE = ['小学5年', '小学6年', '中学1年', '中学2年', '中学3年', '高校1年', '高校2年', '高校3年']
const cmKid = (c) => { const r = seeded(c, 'kid'); const female = r() < 0.5; const pool = female ? JA.f : JA.m; let gi = v.int(r, 0, pool.length - 1); if (pool[gi][0] === ja(c).first) gi = (gi + 1) % pool.length; const g = pool[gi]; return { female, first: g[0], firstKana: g[1], fr: g[2], grade: v.int(r, 0, 7) } }
const cmBirth = (c) => { const g = cmKid(c).grade, m = 1 + (n(c) % 12); return `${m <= 3 ? 2015 - g : 2014 - g}/${pad(m)}/${pad(1 + (n(c) >> 2) % 28)}` }
const cmSchool = (c) => { const g = cmKid(c).grade; return g < 2 ? row(['世田谷区立三宿小学校', '目黒区立菅刈小学校', '世田谷区立三軒茶屋小学校'], n(c) % 3) : g < 5 ? row(['世田谷区立太子堂中学校', '目黒区立第一中学校', '私立青稜中学校'], n(c) % 3) : row(['都立駒場高校', '都立国際高校', '私立青稜高校'], n(c) % 3) }
// [郵便番号, 都道府県, 市区町村, 番地]: families near the two schools
const CM_ADDR = [['154-0004', '東京都', '世田谷区太子堂', '2-14-6'], ['154-0024', '東京都', '世田谷区三軒茶屋', '1-32-8'], ['154-0001', '東京都', '世田谷区池尻', '3-5-21'], ['152-0004', '東京都', '目黒区鷹番', '2-8-11'], ['153-0043', '東京都', '目黒区東山', '1-19-3'], ['154-0002', '東京都', '世田谷区下馬', '4-27-2']]
const cmAd = (c) => row(CM_ADDR, (n(c) >> 1) % 6)
const cmSt = (c) => row(['在籍', '在籍', '在籍', '在籍', '休塾', '退塾'], n(c) % 6)
const SET_CM = { name: 'comiru-seito-ichiran-jp', product: 'comiru (コミル 管理画面: 生徒 > 生徒一覧 > CSVエクスポート, one row per student, Japanese UI, a two-school cram school in Setagaya and Meguro)', family: 'education', language: 'ja', schema: P, cols: [
  ['生徒ID', (c) => String(100000 + (n(c) * 17) % 900000), ID],
  ['生徒番号', (c) => `S${pad(n(c) % 10000, 4)}`, ID, opt],
  ['姓', (c) => ja(c).last, ['person.name.lastName']],
  ['名', (c) => cmKid(c).first, ['person.name.firstName']],
  ['セイ', (c) => ja(c).lastKana, []],
  ['メイ', (c) => cmKid(c).firstKana, []],
  ['性別', (c) => (cmKid(c).female ? '女' : '男'), ['person.gender']],
  ['生年月日', (c) => cmBirth(c), ['person.birthDate']],
  ['学年', (c) => CM_GRADE[cmKid(c).grade], []],
  ['学校名', (c) => cmSchool(c), []],
  ['教室', (c) => (n(c) % 3 === 0 ? '学大教室' : '三軒茶屋教室'), [], opt],
  ['在籍状況', (c) => cmSt(c), [], opt],
  ['入塾日', (c) => ymd(jst(Math.min(c.created, c.updated)), '/'), ['loyalty.joinDate'], opt],
  ['退塾日', (c) => (cmSt(c) === '退塾' ? ymd(jst(Math.max(c.created, c.updated)), '/') : ''), []],
  ['生徒メールアドレス', (c) => (cmKid(c).grade >= 5 ? `${cmKid(c).fr}.${ja(c).lr}${n(c) % 90 + 10}@gmail.com` : ''), ['personalEmail.address']],
  ['生徒携帯電話番号', (c) => (cmKid(c).grade >= 4 && n(c) % 3 !== 0 ? `0${v.pick(seeded(c, 'm'), ['90', '80', '70'])}-${v.int(seeded(c, 'm1'), 1000, 9999)}-${v.int(seeded(c, 'm2'), 1000, 9999)}` : ''), ['mobilePhone.number']],
  ['保護者姓', (c) => ja(c).last, []],
  ['保護者名', (c) => ja(c).first, []],
  ['続柄', (c) => (ja(c).female ? '母' : '父'), []],
  ['保護者メールアドレス', (c) => ja(c).mail, [], opt],
  ['保護者携帯電話番号', (c) => ja(c).mobile, [], opt],
  ['自宅電話番号', (c) => (n(c) % 3 === 0 ? `03-${3400 + (n(c) * 7) % 2600}-${pad((n(c) * 13) % 10000, 4)}` : ''), ['homePhone.number']],
  ['郵便番号', (c) => cmAd(c)[0], HOMES('postalCode')],
  ['都道府県', (c) => cmAd(c)[1], STATE(['homeAddress', 'mailingAddress'])],
  ['市区町村', (c) => cmAd(c)[2], HOMES('city')],
  ['番地', (c) => cmAd(c)[3], HOMES('street1')],
  ['建物名', (c) => ja(c).bld, HOMES('street2')],
  ['兄弟姉妹', (c) => (n(c) % 5 === 0 ? `${ja(c).last} ${row(JA.m, n(c))[0]} (${CM_GRADE[(cmKid(c).grade + 2) % 8]})` : ''), []],
  ['メモ', (c) => row(['', '数学が苦手、英検3級受験予定', '', '部活(サッカー)で火曜欠席', '', '振替希望多め'], n(c) % 6), []],
] }

// ---------------------------------------------------------------- 4. EventRegist attendee list (ja, B)
// a one-day logistics-DX conference in Tokyo; paid and free tickets, registrants are business people
const ER_CO = [['株式会社東洋ロジスティクス', 'toyo-logi.co.jp', '運輸・物流', '1001名以上', ['105-0022', '東京都', '港区海岸', '1-2-3 汐留ビル'], '03'], ['丸和食品工業株式会社', 'maruwa-foods.co.jp', '製造業', '301〜1000名', ['330-0843', '埼玉県', 'さいたま市大宮区吉敷町', '4-262-16'], '048'], ['株式会社アスカ通販', 'asuka-tsuhan.jp', '小売・EC', '101〜300名', ['532-0011', '大阪府', '大阪市淀川区西中島', '5-14-10'], '06'], ['中京倉庫株式会社', 'chukyo-soko.co.jp', '倉庫業', '51〜100名', ['455-0032', '愛知県', '名古屋市港区入船', '1-7-41'], '052'], ['株式会社ミツバシステム', 'mitsuba-sys.co.jp', '情報通信業', '11〜50名', ['101-0047', '東京都', '千代田区内神田', '2-15-9'], '03'], ['北星運輸株式会社', 'hokusei-unyu.co.jp', '運輸・物流', '301〜1000名', ['003-0029', '北海道', '札幌市白石区平和通', '15-北6-1'], '011']]
const ER_TK = [['一般(事前決済)', 8800], ['荷主企業様 招待枠', 0], ['一般(事前決済)', 8800], ['オンライン視聴', 3300], ['荷主企業様 招待枠', 0]]
const erCo = (c) => row(ER_CO, n(c) % 6)
const erTk = (c) => row(ER_TK, (n(c) >> 1) % 5)
const erTel = (c) => { const a = erCo(c)[5]; return a.length === 2 ? `${a}-${3200 + (n(c) * 7) % 6700}-${pad((n(c) * 13) % 10000, 4)}` : `${a}-${200 + (n(c) * 7) % 799}-${pad((n(c) * 13) % 10000, 4)}` }
const erAt = (c) => Date.UTC(2025, 8, 1) + ((n(c) * 7919) % (45 * 86400)) * 1000
const SET_ER = { name: 'eventregist-sankasha-csv-jp', product: 'EventRegist (イベント管理 > 参加者管理 > 参加者一覧 > CSVダウンロード, one row per registered attendee, Japanese UI, a one-day logistics-DX conference in Tokyo, Asia/Tokyo, JPY)', family: 'b2b-leads', language: 'ja', schema: B, cols: [
  ['参加者ID', (c) => String(5100000 + (n(c) * 13) % 800000), B2BID],
  ['申込日時', (c) => sl(jst(erAt(c))), ['extSourceSystemAudit.createdDate'], opt],
  ['チケット名', (c) => erTk(c)[0], [], opt],
  ['金額', (c) => yen(erTk(c)[1]), []],
  ['支払方法', (c) => (erTk(c)[1] ? row(['クレジットカード', '銀行振込', 'クレジットカード', 'コンビニ決済'], n(c) % 4) : ''), []],
  ['姓', (c) => ja(c).last, ['person.name.lastName']],
  ['名', (c) => ja(c).first, ['person.name.firstName']],
  ['姓(カナ)', (c) => ja(c).lastKana, []],
  ['名(カナ)', (c) => ja(c).firstKana, []],
  ['メールアドレス', (c) => `${ja(c).fr[0]}-${ja(c).lr}@${erCo(c)[1]}`, WE],
  ['会社名', (c) => erCo(c)[0], CO],
  ['部署名', (c) => row(['物流部', '経営企画部', 'SCM推進室', '情報システム部', '営業本部', '物流センター'], n(c) % 6), ['extendedWorkDetails.departments[0]']],
  ['役職', (c) => row(['部長', '課長', '', 'マネージャー', '取締役', '主任'], (n(c) >> 2) % 6), ['extendedWorkDetails.jobTitle']],
  ['電話番号', (c) => (n(c) % 4 === 0 ? ja(c).mobile : erTel(c)), ['workPhone.number', 'mobilePhone.number']],
  ['郵便番号', (c) => erCo(c)[4][0], [W('postalCode')]],
  ['都道府県', (c) => erCo(c)[4][1], STATE(['workAddress'])],
  ['住所', (c) => `${erCo(c)[4][2]}${erCo(c)[4][3]}`, [W('street1')]],
  ['業種', (c) => erCo(c)[2], []],
  ['従業員数', (c) => erCo(c)[3], []],
  ['参加の目的', (c) => row(['情報収集', '導入検討中', '登壇企業の話を聞きたい', '情報収集', '取引先からの紹介'], n(c) % 5), []],
  ['ステータス', (c) => (n(c) % 17 === 0 ? 'キャンセル' : '申込完了'), [], opt],
  ['受付', (c) => (erTk(c)[0] === 'オンライン視聴' || n(c) % 17 === 0 ? '' : n(c) % 5 === 0 ? '未受付' : '受付済'), []],
  ['主催者からのお知らせを受け取る', (c) => (c.bool ? 'はい' : 'いいえ'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
] }

// ---------------------------------------------------------------- 5. 1shop order export (zh-TW, E)
// a Taichung snack brand's one-page store: pineapple cakes and nougat gift boxes
const OS_ITEM = [['土鳳梨酥禮盒 12入', 480], ['牛軋糖綜合禮盒', 420], ['土鳳梨酥禮盒 6入', 260], ['年節限定 雙享禮盒', 880], ['手工蛋捲 (原味)', 320]]
const OS_OPT = ['', '', '加購提袋', '原味', '綜合口味']
const osItem = (o) => row(OS_ITEM, n(o) % 5)
const osQty = (o) => o.qty
const osSub = (o) => osItem(o)[1] * osQty(o)
const osShipBy = (o) => row(['7-ELEVEN 取貨', '全家取貨', '宅配', '7-ELEVEN 取貨', '宅配'], (n(o) >> 1) % 5)
const osFee = (o) => (osSub(o) >= 1500 ? 0 : osShipBy(o) === '宅配' ? 120 : 60)
const osDisc = (o) => (n(o) % 6 === 0 ? 100 : 0)
const osPay = (o) => row(['信用卡', '貨到付款', 'ATM 轉帳', 'LINE Pay', '信用卡', '取貨付款'], n(o) % 6)
const osAt = (o) => Date.UTC(2025, 0, 5) + ((n(o) * 7919) % (300 * 86400)) * 1000
const osStore = (o) => row(['文心門市', '公益門市', '', '大墩門市', ''], n(o) % 5)
const SET_OS = { name: '1shop-dingdan-huichu-tw', product: '1shop 一頁商店 (後台: 訂單管理 > 匯出訂單 Excel, one row per order, Traditional Chinese (Taiwan) UI, a Taichung snack brand\'s gift-box store, Asia/Taipei, TWD)', family: 'ecommerce-orders', language: 'zh', schema: E, cols: [
  ['訂單編號', (c, o) => `${ymd(cst(osAt(o)), '').slice(2)}${pad((n(o) * 7919) % 100000, 5)}`, ['_id', OR('purchaseID')]],
  ['訂購時間', (c, o) => dash(cst(osAt(o))), ['timestamp']],
  ['訂單狀態', (c, o) => row(['已出貨', '已完成', '處理中', '已出貨', '已取消', '已完成'], n(o) % 6), [], opt],
  ['付款狀態', (c, o) => (['貨到付款', '取貨付款'].includes(osPay(o)) ? '未付款' : '已付款'), [], opt],
  ['付款方式', (c, o) => osPay(o), [OR('payments[0].paymentType')]],
  ['配送方式', (c, o) => osShipBy(o), ['commerce.shipping.shippingMethod']],
  ['商品名稱', (c, o) => osItem(o)[0], [PL('name')]],
  ['規格', (c, o) => row(OS_OPT, n(o) % 5), [PL('selectedOptions[0].value')], opt],
  ['數量', (c, o) => String(osQty(o)), [PL('quantity')]],
  ['單價', (c, o) => String(osItem(o)[1]), [], opt],
  ['商品小計', (c, o) => String(osSub(o)), [PL('priceTotal')], opt],
  ['運費', (c, o) => String(osFee(o)), ['commerce.shipping.shippingAmount']],
  ['折扣', (c, o) => String(osDisc(o)), [OR('discountAmount')]],
  ['訂單總金額', (c, o) => String(osSub(o) + osFee(o) - osDisc(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
  ['優惠碼', (c, o) => (osDisc(o) ? 'SWEET100' : ''), ['commerce.promotionID']],
  ['訂購人姓名', (c) => tw(c).full, []],
  ['訂購人手機', (c) => tw(c).mobile, PHONE_ID],
  ['訂購人Email', (c) => tw(c).mail, EMAIL_ID],
  ['收件人姓名', (c, o) => (n(o) % 4 === 0 ? tw({ ...c, id: String(n(c) + 1) }).full : tw(c).full), []],
  ['收件人手機', (c, o) => (n(o) % 4 === 0 ? tw({ ...c, id: String(n(c) + 1) }).mobile : tw(c).mobile), [], opt],
  ['收件地址', (c, o) => (osShipBy(o) === '宅配' ? `${tw(c).zip}${tw(c).county}${tw(c).dist}${tw(c).street}` : ''), [SHIP('street1')]],
  ['取貨門市', (c, o) => (osShipBy(o) === '宅配' ? '' : `${osShipBy(o).startsWith('7') ? '7-11' : '全家'} ${osStore(o) || '逢甲門市'}`), [], opt],
  ['物流編號', (c, o) => (n(o) % 6 === 4 ? '' : osShipBy(o) === '宅配' ? String(900000000000 + n(o) * 131) : `${osShipBy(o).startsWith('7') ? 'F' : 'N'}${pad(n(o) * 7 % 100000000, 8)}`), ['commerce.shipping.trackingNumber']],
  ['發票號碼', (c, o) => `${row(['AB', 'CD', 'KQ', 'ZX'], n(o) % 4)}${pad((n(o) * 7717) % 100000000, 8)}`, []],
  ['載具', (c, o) => (n(o) % 3 === 0 ? `/${v.alnum(v.rng(n(c)), 7).toUpperCase()}` : ''), []],
  ['備註', (c, o) => row(['', '送禮用，請勿放價格單', '', '下午再送', ''], n(o) % 5), []],
  ['UTM 來源', (c, o) => row(['facebook', 'instagram', '', 'line', 'google'], n(o) % 5), ['marketing.trackingCode'], opt],
] }

// ---------------------------------------------------------------- 6. OpenRice booking records (zh-HK, E)
// a Cantonese-Japanese fusion restaurant in Causeway Bay, two seatings a night
const OR_OFFER = ['', '', '晚市 85折', '', '免費甜品', '網上預購套餐 $688']
const orStatus = (o) => row(['已確認', '已到達', '已到達', '未到', '已取消', '已到達', '已到達'], n(o) % 7)
const orOffer = (o) => row(OR_OFFER, (n(o) >> 1) % 6)
const orPax = (o) => 2 + (n(o) % 5)
const orAt = (o) => Date.UTC(2025, 2, 1) + ((n(o) * 7919) % (200 * 86400)) * 1000
const orDine = (o) => cst(orAt(o) + (1 + (n(o) % 14)) * day)
const SET_OR = { name: 'openrice-dingzuo-jilu-hk', product: 'OpenRice (商戶網站 Merchant.OpenRice.com: 訂座 > 訂座紀錄 > 匯出 Excel, one row per table booking, Traditional Chinese (Hong Kong) UI, a Causeway Bay fusion restaurant, Asia/Hong_Kong, HKD)', family: 'bookings', language: 'zh', schema: E, cols: [
  ['訂座編號', (c, o) => `BK${pad((n(o) * 104729) % 100000000, 8)}`, ['_id', OR('purchaseID')]],
  ['建立時間', (c, o) => slm(cst(orAt(o))), ['timestamp']],
  ['分店', () => '銅鑼灣店', ['placeContext.POIinteraction.POIDetail.name'], opt],
  ['用餐日期', (c, o) => ymd(orDine(o), '/'), []],
  ['用餐時間', (c, o) => (n(o) % 2 ? '18:00' : '20:30'), []],
  ['人數', (c, o) => String(orPax(o)), []],
  ['稱謂', (c) => (hk(c).female ? '小姐' : '先生'), []],
  ['姓氏', (c) => (n(c) % 3 === 0 ? hk(c).enLast : hk(c).last), []],
  ['名字', (c) => (n(c) % 3 === 0 ? hk(c).enFirst : hk(c).first), []],
  ['電話', (c) => `+852 ${hk(c).mobile}`, PHONE_ID],
  ['電郵', (c) => (n(c) % 5 === 0 ? '' : hk(c).mail), EMAIL_ID],
  ['訂座狀態', (c, o) => orStatus(o), ['eventType'], opt],
  ['訂座來源', (c, o) => row(['OpenRice App', 'OpenRice 網站', '餐廳輸入', 'OpenRice App'], n(o) % 4), [], opt],
  ['訂座優惠', (c, o) => orOffer(o), ['commerce.promotionID'], opt],
  ['預付金額', (c, o) => (orOffer(o).startsWith('網上預購') ? `HK$${group(688 * Math.ceil(orPax(o) / 2))}` : ''), [OR('payments[0].paymentAmount'), OR('priceTotal')], opt],
  ['檯號', (c, o) => (['已到達'].includes(orStatus(o)) ? `${row(['A', 'B', 'C'], n(o) % 3)}${1 + (n(o) % 12)}` : ''), []],
  ['特別要求', (c, o) => row(['', '慶祝生日', '需要BB櫈', '', '靠窗座位', '有人對海鮮敏感'], n(o) % 6), []],
  ['取消時間', (c, o) => (orStatus(o) === '已取消' ? slm(cst(orAt(o) + day)) : ''), [OR('cancelDate')]],
] }

// ---------------------------------------------------------------- 7. 電子豹 contact export (zh-TW, P)
// a Taipei yoga studio chain's newsletter list with a few custom fields
const NL_GROUP = ['電子報訂閱者', '會員, 電子報訂閱者', '體驗課名單', '會員', '電子報訂閱者']
const nlSt = (c) => row(['訂閱中', '訂閱中', '訂閱中', '已退訂', '訂閱中', '無效信箱', '訂閱中'], n(c) % 7)
const SET_NL = { name: 'newsleopard-lianluoren-huichu-tw', product: '電子豹 Newsleopard (聯絡人 > 聯絡人列表 > 匯出, one row per contact, Traditional Chinese (Taiwan) UI, a Taipei yoga studio chain\'s newsletter list)', family: 'email', language: 'zh', schema: P, cols: [
  ['Email', (c) => tw(c).mail, ['personalEmail.address']],
  ['姓名', (c) => tw(c).full, ['person.name.fullName']],
  ['手機', (c) => (n(c) % 4 === 0 ? '' : tw(c).mobile), ['mobilePhone.number']],
  ['生日', (c) => (n(c) % 3 === 0 ? '' : ymd(shift(tw(c).birth, 0), '/')), ['person.birthDate']],
  ['性別', (c) => (n(c) % 6 === 0 ? '' : tw(c).female ? '女' : '男'), ['person.gender']],
  ['縣市', (c) => tw(c).county, [...STATE(['homeAddress', 'mailingAddress']), ...HOMES('city')]],
  ['會員編號', (c) => (NL_GROUP[n(c) % 5].includes('會員') ? `YG${pad(n(c) % 100000, 5)}` : ''), ID],
  ['會員等級', (c) => (NL_GROUP[n(c) % 5].includes('會員') ? row(['一般會員', '月卡會員', '年卡會員'], n(c) % 3) : ''), ['loyalty.tier'], opt],
  ['常去分館', (c) => row(['信義館', '中山館', '公館館', '板橋館'], n(c) % 4), [], opt],
  ['群組', (c) => row(NL_GROUP, n(c) % 5), [], opt],
  ['訂閱狀態', (c) => nlSt(c), ['personalEmail.status'], opt],
  ['加入時間', (c) => dash(cst(Math.min(c.created, c.updated))), [], opt],
  ['退訂時間', (c) => (nlSt(c) === '已退訂' ? dash(cst(Math.max(c.created, c.updated))) : ''), []],
  ['來源', (c) => row(['匯入', '訂閱表單', '匯入', 'API'], n(c) % 4), [], opt],
  ['最後開信時間', (c) => (nlSt(c) === '訂閱中' && n(c) % 5 !== 0 ? dash(cst(Math.max(c.created, c.updated))) : ''), []],
  ['開信次數', (c) => String(nlSt(c) === '無效信箱' ? 0 : (n(c) * 7) % 60), []],
  ['點擊次數', (c) => String(nlSt(c) === '無效信箱' ? 0 : (n(c) * 3) % 14), []],
] }

// ---------------------------------------------------------------- 8. 天眼查 company list export (zh-CN, B)
// a Suzhou industrial-automation vendor's prospect list: small manufacturers in the Yangtze delta, one legal
// representative per company as the contact person
const TY_CO = [
  ['苏州恒锐精密机械有限公司', '江苏省', '苏州市', '吴中区', '苏州市吴中区木渎镇金枫南路1258号', '0512', 'hengrui-jm.com', '通用设备制造业', '500万人民币'],
  ['无锡市新科达自动化设备有限公司', '江苏省', '无锡市', '新吴区', '无锡市新吴区长江路21-1号', '0510', 'xinkeda-auto.cn', '专用设备制造业', '1000万人民币'],
  ['宁波甬辰模具有限公司', '浙江省', '宁波市', '北仑区', '浙江省宁波市北仑区大碶街道庐山东路88号', '0574', 'ycmould.com', '金属制品业', '300万人民币'],
  ['常州华誉电子科技有限公司', '江苏省', '常州市', '武进区', '常州市武进区湖塘镇人民东路158号', '0519', 'huayu-elec.com', '计算机、通信和其他电子设备制造业', '2000万人民币'],
  ['上海沪升包装材料有限公司', '上海市', '上海市', '松江区', '上海市松江区九亭镇九新公路339号', '021', '', '橡胶和塑料制品业', '800万人民币'],
  ['嘉兴市锦泰纺织有限公司', '浙江省', '嘉兴市', '秀洲区', '浙江省嘉兴市秀洲区王店镇工业园区建设路6号', '0573', 'jintai-tex.cn', '纺织业', '1500万人民币'],
  ['合肥众联智能装备有限公司', '安徽省', '合肥市', '蜀山区', '安徽省合肥市蜀山区经济开发区湖光路1188号', '0551', 'zlzn.com.cn', '专用设备制造业', '5000万人民币'],
]
const CN_LAST = [['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['刘', 'liu'], ['陈', 'chen'], ['杨', 'yang'], ['赵', 'zhao'], ['周', 'zhou'], ['徐', 'xu'], ['孙', 'sun']]
const CN_GIVEN = [['建国', 'jianguo'], ['志强', 'zhiqiang'], ['海燕', 'haiyan'], ['伟', 'wei'], ['秀英', 'xiuying'], ['国平', 'guoping'], ['丽华', 'lihua'], ['永红', 'yonghong'], ['晓东', 'xiaodong']]
const tyCo = (c) => row(TY_CO, n(c) % 7)
const tyRep = (c) => { const r = seeded(c, 'cn'); const l = v.pick(r, CN_LAST), g = v.pick(r, CN_GIVEN); return { full: `${l[0]}${g[0]}`, py: `${l[1]}${g[1]}`, mob: `1${v.pick(r, ['39', '38', '58', '86', '37', '50'])}${pad(v.int(r, 0, 99999999), 8)}` } }
const tyTel = (c, k) => { const a = tyCo(c)[5]; return `${a}-${a.length === 3 ? String(50000000 + (n(c) * 7 + k * 31) % 19999999) : String(60000000 + (n(c) * 13 + k) % 9999999)}` }
const tyUscc = (c) => `91${['320506', '320214', '330206', '320412', '310117', '330411', '340104'][n(c) % 7]}${v.alnum(seeded(c, 'uscc'), 10).toUpperCase().replace(/[IOSVZ]/g, '8')}`
const SET_TY = { name: 'tianyancha-qiye-daochu-cn', product: '天眼查 Tianyancha (企业查询 > 搜索结果 > 导出数据 (Excel), one row per company with its legal representative as contact, Simplified Chinese UI, a Suzhou automation vendor\'s prospect list of Yangtze-delta manufacturers)', family: 'b2b-leads', language: 'zh', schema: B, cols: [
  ['企业名称', (c) => tyCo(c)[0], CO],
  ['登记状态', (c) => (n(c) % 11 === 0 ? '在业' : '存续'), []],
  ['法定代表人', (c) => tyRep(c).full, ['person.name.fullName']],
  ['注册资本', (c) => tyCo(c)[8], []],
  ['成立日期', (c) => ymd(shift(Date.UTC(2003, 0, 1) + (n(c) % 6000) * day, 0)), []],
  ['统一社会信用代码', (c) => tyUscc(c), ACCT, opt],
  ['所属省份', (c) => tyCo(c)[1], STATE(['workAddress'])],
  ['所属城市', (c) => tyCo(c)[2], [W('city')]],
  ['所属区县', (c) => tyCo(c)[3], [], opt],
  ['电话', (c) => (n(c) % 3 === 0 ? tyRep(c).mob : tyTel(c, 0)), ['workPhone.number', 'mobilePhone.number']],
  ['更多电话', (c) => (n(c) % 2 === 0 ? `${tyTel(c, 1)};${tyRep(c).mob}` : ''), ['otherPhone.number'], opt],
  ['邮箱', (c) => (n(c) % 4 === 3 ? `${pad(n(c) * 7919 % 1000000000, 9)}@qq.com` : tyCo(c)[6] ? `${row(['sales', 'info', tyRep(c).py, 'hr'], n(c) % 4)}@${tyCo(c)[6]}` : `${tyRep(c).py}@163.com`), WE],
  ['更多邮箱', (c) => (n(c) % 5 === 0 ? `${tyRep(c).py}${n(c) % 100}@163.com` : ''), ['personalEmail.address'], opt],
  ['企业类型', (c) => (n(c) % 4 === 0 ? '有限责任公司(自然人投资或控股的法人独资)' : '有限责任公司(自然人投资或控股)'), []],
  ['国标行业', (c) => tyCo(c)[7], []],
  ['参保人数', (c) => String(8 + (n(c) * 7) % 260), []],
  ['曾用名', (c) => (n(c) % 6 === 0 ? tyCo(c)[0].replace('有限公司', '厂') : '-'), []],
  ['网址', (c) => (tyCo(c)[6] ? `www.${tyCo(c)[6]}` : '-'), ['b2b.companyWebsite']],
  ['注册地址', (c) => tyCo(c)[4], [W('street1')]],
  ['经营范围', (c) => `${tyCo(c)[7].replace('业', '')}的研发、生产、销售；自营和代理各类商品及技术的进出口业务。（依法须经批准的项目，经相关部门批准后方可开展经营活动）`, []],
] }

export const SETS = [SET_ZK, SET_TM, SET_CM, SET_ER, SET_OS, SET_OR, SET_NL, SET_TY]
