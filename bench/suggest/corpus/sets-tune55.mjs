// Round 55, tune55: tune sets written blind (by a helper that never opened the suggester or a score): Japanese
// restaurant reservation, POS, ticketing, logistics and LINE marketing tools, headers in Japanese. Same format as
// sets.mjs (sources in ../README.md).
import { E, P, v, OR, SHIP, BILL, PL, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'
import { loc12 } from './values12.mjs'

const HOME = ['homeAddress', 'mailingAddress']
const day = 86400000
// Japan (UTC+9) date formats: "2024/05/22 14:31", "2024/05/22 14:31:07", "2024/05/22", "2024-05-22 14:31:07", "20240522", "14:30"
const jpSlash = (ms) => { const p = shift(ms, 9); return `${p.y}/${pad(p.m)}/${pad(p.d)} ${pad(p.H)}:${pad(p.M)}` }
const jpSlashS = (ms) => { const p = shift(ms, 9); return `${p.y}/${pad(p.m)}/${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const jpD = (ms) => { const p = shift(ms, 9); return `${p.y}/${pad(p.m)}/${pad(p.d)}` }
const jpDash = (ms) => { const p = shift(ms, 9); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const jpDashD = (ms) => { const p = shift(ms, 9); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const jpCompact = (ms) => { const p = shift(ms, 9); return `${p.y}${pad(p.m)}${pad(p.d)}` }
const jpKanji = (ms) => { const p = shift(ms, 9); return `${p.y}年${p.m}月${p.d}日` }
const birthSlash = (ms) => { const p = new Date(ms); return `${p.getUTCFullYear()}/${pad(p.getUTCMonth() + 1)}/${pad(p.getUTCDate())}` }
const birthDash = (ms) => { const p = new Date(ms); return `${p.getUTCFullYear()}-${pad(p.getUTCMonth() + 1)}-${pad(p.getUTCDate())}` }
// a visit (dinner) some days after the booking, at 17:00-21:30 JST on the half hour
const visit = (o, i) => { const d = Math.floor((o.at + (3 + (i % 20)) * day) / day) * day; return d + (8 + (i % 10) * 0.5) * 3600000 }
const hm = (ms) => { const p = shift(ms, 9); return `${pad(p.H)}:${pad(p.M)}` }
const yen = (n) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')

// people: the shared Japanese person (loc12), with an e-mail and phones in the local forms
const ROMA = { 佐藤: 'sato', 鈴木: 'suzuki', 高橋: 'takahashi', 田中: 'tanaka', 伊藤: 'ito', 渡辺: 'watanabe', 山本: 'yamamoto', 中村: 'nakamura', 小林: 'kobayashi', 加藤: 'kato' }
const ja = (c) => loc12(c, 'ja')
const jaMail = (c, dom = ['gmail.com', 'yahoo.co.jp', 'docomo.ne.jp', 'icloud.com', 'ezweb.ne.jp', 'softbank.ne.jp']) => `${ROMA[ja(c).last]}${c.id.slice(0, 3)}@${dom[+c.id % dom.length]}`
const jaMob = (c) => ja(c).mobile.join('-')
const jaMobFlat = (c) => ja(c).mobile.join('')
const jaTel = (c) => ja(c).tel.join('-')
const jaIntl = (c) => `+81${ja(c).mobile.join('').slice(1)}`
const kana = (c) => `${ja(c).lastKana} ${ja(c).firstKana}`
const addr1 = (c) => `${ja(c).pref}${ja(c).city}${ja(c).town}`
const gender = (c) => (ja(c).female ? '女性' : '男性')
const JA_CO = ['株式会社サンライズ商事', '東洋システム株式会社', '有限会社みどり企画', '株式会社ネクサス', '日本橋興産株式会社']
const GN_COURSES = [['【飲み放題2H付】特選黒毛和牛コース 全9品', 7000], ['【平日限定】焼肉食べ放題 90分', 4378], ['上タン・ハラミ満喫コース', 5500], ['【個室確約】記念日コース', 8800]]
const TB_PLANS = [['【夜】旬の会席 八寸付 全10品', 15000], ['【昼】季節の点心弁当', 5500], ['席のみのご予約', 0], ['【記念日】特別会席+乾杯スパークリング', 19800]]
const CAFE_ITEMS = [['100012', 'ブレンドコーヒー', 'ドリンク', 480, false], ['100031', 'カフェラテ(アイス)', 'ドリンク', 560, false], ['200105', 'ナポリタン', 'フード', 980, false], ['300020', 'チーズケーキ', 'スイーツ', 520, false], ['300021', 'チーズケーキ(テイクアウト)', 'テイクアウト', 520, true], ['400001', 'オリジナルブレンド豆 200g', '物販', 1600, true]]
// a time in opening hours (11:00-21:59 JST) on the order's day, and a per-row wait in minutes
const biz = (o, i) => Math.floor(o.at / day) * day + (2 + (i * 7) % 11) * 3600000 + ((i * 13) % 60) * 60000 + ((i * 29) % 60) * 1000
const wait = (i) => 5 + (i * 7) % 60
const CONCERTS = [['弦楽四重奏の夕べ vol.12', '一般', 4000, '東京文化会館 小ホール'], ['ピアノ・リサイタル ショパンの夜', 'S席', 6000, 'すみだトリフォニーホール'], ['市民オーケストラ 第45回定期演奏会', '学生', 1000, '杉並公会堂'], ['ジャズ・ライブ in 横浜', '前売', 3500, '横浜赤レンガ倉庫1号館']]
const LIVES = [['AURORA LIVE TOUR 2024 -Prism-', '2024/08/17', '幕張メッセ国際展示場', '指定席', 9800], ['AURORA LIVE TOUR 2024 -Prism-', '2024/08/31', '大阪城ホール', '指定席', 9800], ['AURORA FC限定 ファンミーティング', '2024/10/05', 'Zepp Haneda', 'スタンディング', 7700], ['AURORA LIVE TOUR 2024 -Prism-', '2024/09/14', 'マリンメッセ福岡A館', '注釈付き指定席', 8800]]
const SHOP_ITEMS = [['SK-001', '薬用美白美容液 30ml', 5980], ['SK-014', 'オールインワンゲル 100g', 3480], ['HC-203', 'スカルプシャンプー 400ml', 2980], ['SP-050', 'コラーゲンドリンク 10本入', 4320], ['SK-022', 'クレンジングバーム 90g', 2750]]
const YU_ITEMS = ['化粧品', '健康食品', '衣類', '書籍', '雑貨']

const COURSES = [['季節のおまかせコース', 8800], ['特選和牛コース', 13200], ['ランチ会席', 4400], ['記念日プラン(ケーキ付)', 11000], ['席のみ', 0]]
const TC_TAGS = ['', '', 'VIP', '常連', '記念日', 'アレルギー有', '海外']
const ALLERGY = ['', '', '', 'えび・かに', '卵', '甲殻類・そば', '乳製品']
const LINE_NAMES = ['みさき🌸', 'Shota', 'ゆみ', 'たくみ', 'まりこ', 'Daisuke.K', 'ゆい☆']

export const SETS = [
  // ---------------------------------------------------------------- CRM (TableCheck, 顧客 > 顧客リスト > エクスポート, a Tokyo restaurant, Japanese UI)
  { name: 'tablecheck-kokyaku-ja', product: 'TableCheck (店舗管理画面: 顧客 > 顧客リスト > CSVエクスポート, a Tokyo restaurant, Japanese UI)', family: 'crm', language: 'ja', schema: P, cols: [
    ['顧客ID', (c, o, r) => v.hex(r, 24), ['_id', 'personID']],
    ['姓', (c) => ja(c).last, ['person.name.lastName']],
    ['名', (c) => ja(c).first, ['person.name.firstName']],
    ['姓(カナ)', (c) => ja(c).lastKana, [], opt],
    ['名(カナ)', (c) => ja(c).firstKana, [], opt],
    ['性別', (c, o, r) => (r() < 0.2 ? '' : gender(c)), ['person.gender'], opt],
    ['生年月日', (c, o, r) => (r() < 0.4 ? '' : birthSlash(c.birth)), ['person.birthDate']],
    ['電話番号', (c) => jaIntl(c), ['mobilePhone.number', 'homePhone.number']],
    ['メールアドレス', (c, o, r) => (r() < 0.15 ? '' : jaMail(c)), ['personalEmail.address']],
    ['会社名', (c, o, r) => (r() < 0.3 ? v.pick(r, JA_CO) : ''), ['organizations[0]'], opt],
    ['郵便番号', (c, o, r, i) => (i % 3 === 0 ? '' : ja(c).zip), at(HOME, 'postalCode')],
    ['都道府県', (c, o, r, i) => (i % 3 === 0 ? '' : ja(c).pref), [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['市区町村', (c, o, r, i) => (i % 3 === 0 ? '' : ja(c).city), at(HOME, 'city')],
    ['番地・建物名', (c, o, r, i) => (i % 3 === 0 ? '' : ja(c).town), at(HOME, 'street1')],
    ['言語', (c, o, r) => v.pick(r, ['日本語', '日本語', '日本語', 'English', '中文(繁體)']), [], opt],
    ['顧客ランク', (c, o, r) => v.pick(r, ['', '', 'レギュラー', 'VIP', 'VVIP']), ['loyalty.tier'], opt],
    ['タグ', (c, o, r) => v.pick(r, TC_TAGS), []],
    ['来店回数', (c, o, r) => String(v.int(r, 0, 24)), []],
    ['初回来店日', (c) => jpD(c.created), [], opt],
    ['最終来店日', (c) => jpD(c.updated), [], opt],
    ['累計利用金額', (c, o, r) => String(v.int(r, 0, 60) * 4400), ['loyalty.lifetimePurchases'], opt],
    ['キャンセル回数', (c, o, r) => String(v.pick(r, [0, 0, 0, 1, 2])), []],
    ['ノーショー回数', (c, o, r) => String(v.pick(r, [0, 0, 0, 0, 1])), []],
    ['アレルギー・苦手食材', (c, o, r) => v.pick(r, ALLERGY), []],
    ['顧客メモ', (c, o, r) => v.pick(r, ['', '', 'カウンター希望', '奥様の誕生日 6月', 'ワインはブルゴーニュ好み']), []],
    ['メール配信', (c, o, r) => v.pick(r, ['許可', '許可', '拒否']), [], opt],
    ['作成日時', (c) => jpSlash(c.created), [], opt],
    ['更新日時', (c) => jpSlash(c.updated), [], opt],
  ] },

  // ---------------------------------------------------------------- CRM (ebica 予約台帳, 顧客管理 > 顧客検索 > CSV出力, a Nagoya izakaya group, Japanese UI)
  { name: 'ebica-kokyaku-ja', product: 'ebica 予約台帳 (顧客管理 > 顧客検索 > CSV出力, a Nagoya izakaya group, Japanese UI)', family: 'crm', language: 'ja', schema: P, cols: [
    ['顧客番号', (c, o, r) => String(v.int(r, 1000000, 9999999)), ['_id', 'personID']],
    ['顧客名', (c) => ja(c).full, ['person.name.fullName']],
    ['顧客名カナ', (c) => kana(c), [], opt],
    ['電話番号1', (c) => jaMob(c), ['mobilePhone.number', 'homePhone.number']],
    ['電話番号2', (c, o, r) => (r() < 0.35 ? jaTel(c) : ''), ['homePhone.number'], opt],
    ['メールアドレス', (c, o, r) => (r() < 0.25 ? '' : jaMail(c)), ['personalEmail.address']],
    ['会社名', (c, o, r) => (r() < 0.35 ? v.pick(r, JA_CO) : ''), ['organizations[0]'], opt],
    ['役職', (c, o, r) => v.pick(r, ['', '', '', '部長', '課長', '代表取締役']), []],
    ['誕生日', (c, o, r) => (r() < 0.5 ? '' : birthSlash(c.birth)), ['person.birthDate']],
    ['記念日', (c, o, r) => (r() < 0.7 ? '' : `${v.int(r, 1, 12)}月${v.int(r, 1, 28)}日(結婚記念日)`), []],
    ['性別', (c) => (ja(c).female ? '女' : '男'), ['person.gender'], opt],
    ['郵便番号', (c, o, r, i) => (i % 4 === 1 ? '' : ja(c).zip), at(HOME, 'postalCode')],
    ['住所', (c, o, r, i) => (i % 4 === 1 ? '' : addr1(c)), at(HOME, 'street1'), opt],
    ['顧客区分', (c, o, r) => v.pick(r, ['一般', '一般', '常連', 'VIP', '要注意']), [], opt],
    ['来店回数', (c, o, r) => String(v.int(r, 1, 30)), []],
    ['初回来店日', (c) => jpD(c.created), [], opt],
    ['最終来店日', (c) => jpD(c.updated), [], opt],
    ['キャンセル回数', (c, o, r) => String(v.pick(r, [0, 0, 1])), []],
    ['無断キャンセル回数', (c, o, r) => String(v.pick(r, [0, 0, 0, 1])), []],
    ['好み・苦手', (c, o, r) => v.pick(r, ['', '', '日本酒好き', 'パクチー苦手', '個室希望']), []],
    ['アレルギー', (c, o, r) => v.pick(r, ALLERGY), []],
    ['DM送付', (c, o, r) => v.pick(r, ['可', '可', '不可']), [], opt],
    ['登録店舗', (c, o, r) => v.pick(r, ['栄本店', '名駅店', '金山店']), [], opt],
    ['登録日時', (c) => jpSlash(c.created), [], opt],
    ['備考', (c, o, r) => v.pick(r, ['', '', '', '接待利用多い', '喫煙席希望']), []],
  ] },

  // ---------------------------------------------------------------- marketing (Lステップ, 友だちリスト > CSV操作 > CSVエクスポート, a beauty clinic's LINE account, Japanese UI)
  { name: 'lstep-tomodachi-ja', product: 'Lステップ (友だちリスト > CSV操作 > CSVエクスポート, with 友だち情報 fields, a Fukuoka beauty clinic\'s LINE official account, Japanese UI)', family: 'marketing', language: 'ja', schema: P, cols: [
    ['ID', (c, o, r) => String(v.int(r, 10000000, 99999999)), ['_id', 'personID']],
    ['LINEユーザーID', (c, o, r) => `U${v.hex(r, 32)}`, ['identityMap{}[0].id'], opt],
    ['表示名', (c, o, r, i) => row(LINE_NAMES, i), [], opt],
    ['システム表示名', (c, o, r, i) => (i % 3 === 0 ? row(LINE_NAMES, i) : ja(c).full), [], opt],
    ['友だち追加日時', (c) => jpSlashS(c.created), [], opt],
    ['ブロック', (c, o, r) => v.pick(r, ['0', '0', '0', '0', '1']), [], opt],
    ['最終メッセージ日時', (c) => jpSlashS(c.updated), [], opt],
    ['流入経路', (c, o, r) => v.pick(r, ['', 'Instagramプロフィール', 'HP_予約ボタン', '店頭POP', 'ホットペッパー導線']), [], opt],
    ['対応マーク', (c, o, r) => v.pick(r, ['', '', '要対応', '対応済み', '予約確定']), []],
    ['タグ', (c, o, r) => v.pick(r, ['', '初回カウンセリング済', '脱毛コース契約,リピーター', 'クーポン配布済', 'アンケート回答済']), []],
    ['スコア', (c, o, r) => String(v.int(r, 0, 120)), []],
    ['本名', (c, o, r, i) => (i % 4 === 3 ? '' : ja(c).full), ['person.name.fullName']],
    ['フリガナ', (c, o, r, i) => (i % 4 === 3 ? '' : kana(c)), [], opt],
    ['電話番号', (c, o, r, i) => (i % 4 === 3 ? '' : jaMobFlat(c)), ['mobilePhone.number', 'homePhone.number']],
    ['メールアドレス', (c, o, r, i) => (i % 4 === 3 || r() < 0.3 ? '' : jaMail(c)), ['personalEmail.address']],
    ['生年月日', (c, o, r, i) => (i % 4 === 3 ? '' : birthSlash(c.birth)), ['person.birthDate']],
    ['性別', (c, o, r, i) => (i % 4 === 3 ? '' : gender(c)), ['person.gender'], opt],
    ['都道府県', (c, o, r, i) => (i % 4 === 3 ? '' : ja(c).pref), [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['来院回数', (c, o, r) => String(v.int(r, 0, 12)), []],
    ['次回予約日', (c, o, r) => (r() < 0.5 ? '' : jpD(c.updated + v.int(r, 5, 40) * day)), []],
    ['担当スタッフ', (c, o, r) => v.pick(r, ['', '看護師 木村', 'カウンセラー 松本']), []],
    ['友だち情報_メモ', (c, o, r) => v.pick(r, ['', '', '肌が敏感', '平日夕方のみ来院可']), []],
  ] },

  // ---------------------------------------------------------------- bookings (トレタ, 予約台帳 > 予約一覧 > CSVダウンロード, a Shibuya restaurant, Japanese UI, JPY)
  { name: 'toreta-yoyaku-ja', product: 'トレタ (Toreta; 予約台帳: 予約一覧 > CSVダウンロード, a Shibuya restaurant, Japanese UI, JPY)', family: 'ecommerce-orders', language: 'ja', schema: E, cols: [
    ['予約ID', (c, o, r) => String(v.int(r, 100000000, 999999999)), [OR('purchaseID'), '_id']],
    ['受付日時', (c, o) => jpSlash(o.at), ['timestamp', OR('createdDate')]],
    ['予約日', (c, o, r, i) => jpD(visit(o, i)), [], opt],
    ['開始時刻', (c, o, r, i) => hm(visit(o, i)), [], opt],
    ['終了時刻', (c, o, r, i) => hm(visit(o, i) + 2 * 3600000), []],
    ['人数', (c, o, r, i) => String(2 + (i % 5)), [], opt],
    ['ステータス', (c, o, r) => v.pick(r, ['予約', '来店', '来店', '退店', 'キャンセル', 'No Show']), [], opt],
    ['予約経路', (c, o, r) => v.pick(r, ['電話', '電話', 'トレタかんたん予約', '食べログ', 'ぐるなび', 'Googleで予約', 'ウォークイン']), [], opt],
    ['席', (c, o, r) => v.pick(r, ['カウンター1-2', 'テーブルA3', '個室1', 'テーブルB1']), []],
    ['コース', (c, o, r, i) => row(COURSES, i)[0], [PL('name')], opt],
    ['コース料金', (c, o, r, i) => (row(COURSES, i)[1] ? yen(row(COURSES, i)[1]) : ''), [], opt],
    ['事前決済金額', (c, o, r, i) => (i % 3 === 0 && row(COURSES, i)[1] ? yen(row(COURSES, i)[1] * (2 + (i % 5))) : ''), [OR('payments[0].paymentAmount')], opt],
    ['顧客名', (c) => ja(c).full, []],
    ['顧客名(カナ)', (c) => kana(c), []],
    ['電話番号', (c) => jaMob(c), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['メールアドレス', (c, o, r) => (r() < 0.4 ? '' : jaMail(c)), ['endUserIDs._experience.emailid.id'], opt],
    ['会社名', (c, o, r) => (r() < 0.25 ? v.pick(r, JA_CO) : ''), []],
    ['予約メモ', (c, o, r) => v.pick(r, ['', '', '誕生日プレート希望', 'ベビーカーあり', '接待のため静かな席']), []],
    ['顧客タグ', (c, o, r) => v.pick(r, ['', '常連', 'VIP', '初来店']), []],
    ['受付スタッフ', (c, o, r) => v.pick(r, ['山口', '小川', 'ネット予約', '']), []],
    ['キャンセル日時', (c, o, r, i) => (i % 6 === 4 ? jpSlash(o.at + 2 * day) : ''), [OR('cancelDate')], opt],
    ['最終更新日時', (c, o) => jpSlash(o.at + 3 * 3600000), [OR('lastUpdatedDate')], opt],
  ] },

  // ---------------------------------------------------------------- bookings (ぐるなび, 店舗管理画面 ぐるなびPRO: ネット予約 > 予約一覧 > CSVダウンロード, an Osaka yakiniku restaurant, Japanese UI, JPY)
  { name: 'gurunavi-net-yoyaku-ja', product: 'ぐるなび (Gurunavi; 店舗管理画面: ネット予約 > 予約一覧 > CSVダウンロード, an Osaka yakiniku restaurant, Japanese UI, JPY)', family: 'ecommerce-orders', language: 'ja', schema: E, cols: [
    ['予約番号', (c, o, r) => `${v.int(r, 10, 99)}${v.int(r, 1000000, 9999999)}`, [OR('purchaseID'), '_id']],
    ['予約受付日時', (c, o) => jpSlash(o.at), ['timestamp', OR('createdDate')]],
    ['来店日', (c, o, r, i) => jpD(visit(o, i)), [], opt],
    ['来店時間', (c, o, r, i) => hm(visit(o, i)), [], opt],
    ['人数', (c, o, r, i) => `${2 + (i % 5)}名`, [], opt],
    ['予約種別', (c, o, r) => v.pick(r, ['コース予約', 'コース予約', '席のみ予約', 'リクエスト予約']), [], opt],
    ['コース名', (c, o, r, i) => row(GN_COURSES, i)[0], [PL('name')], opt],
    ['コース料金(税込)', (c, o, r, i) => yen(row(GN_COURSES, i)[1]), [], opt],
    ['合計金額(税込)', (c, o, r, i) => yen(row(GN_COURSES, i)[1] * (2 + (i % 5))), [OR('priceTotal')], opt],
    ['クーポン', (c, o, r) => v.pick(r, ['', '', '', '乾杯ドリンク1杯サービス', '10%OFF(平日限定)']), ['commerce.promotionID'], opt],
    ['予約者名', (c) => ja(c).full, []],
    ['予約者名(カナ)', (c) => kana(c), []],
    ['電話番号', (c) => jaMobFlat(c), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['メールアドレス', (c) => jaMail(c), ['endUserIDs._experience.emailid.id'], opt],
    ['ぐるなび会員', (c, o, r) => v.pick(r, ['会員', '会員', '非会員']), []],
    ['利用ポイント', (c, o, r) => String(v.pick(r, [0, 0, 0, 100, 500])), []],
    ['利用目的', (c, o, r) => v.pick(r, ['', '友人・知人と', '会社の宴会', '誕生日・記念日', '家族']), []],
    ['ご要望', (c, o, r) => v.pick(r, ['', '', '子供用の椅子をお願いします', '誕生日のメッセージプレートをお願いします']), []],
    ['予約状態', (c, o, r) => v.pick(r, ['確定', '確定', '確定', 'キャンセル', '変更']), [], opt],
    ['キャンセル日時', (c, o, r, i) => (i % 7 === 5 ? jpSlash(o.at + day) : ''), [OR('cancelDate')], opt],
    ['送客手数料', (c, o, r, i) => String(100 * (2 + (i % 5))), []],
  ] },

  // ---------------------------------------------------------------- bookings (食べログ, 店舗会員ページ: ネット予約 > 予約一覧 > CSV出力, a Kyoto kappo restaurant, Japanese UI, JPY)
  { name: 'tabelog-net-yoyaku-ja', product: '食べログ (Tabelog; 店舗会員ページ: ネット予約管理 > 予約一覧 > CSV出力, a Kyoto kappo restaurant, Japanese UI, JPY)', family: 'ecommerce-orders', language: 'ja', schema: E, cols: [
    ['予約ID', (c, o, r) => `TBL${v.int(r, 10000000, 99999999)}`, [OR('purchaseID'), '_id']],
    ['予約申込日時', (c, o) => jpSlashS(o.at), ['timestamp', OR('createdDate')]],
    ['来店日時', (c, o, r, i) => jpSlash(visit(o, i)), [], opt],
    ['予約人数', (c, o, r, i) => String(2 + (i % 4)), [], opt],
    ['うち子供', (c, o, r) => String(v.pick(r, [0, 0, 0, 1])), []],
    ['プラン名', (c, o, r, i) => row(TB_PLANS, i)[0], [PL('name')], opt],
    ['プラン料金', (c, o, r, i) => (row(TB_PLANS, i)[1] ? `${yen(row(TB_PLANS, i)[1])}円` : ''), [], opt],
    ['合計金額', (c, o, r, i) => (row(TB_PLANS, i)[1] ? `${yen(row(TB_PLANS, i)[1] * (2 + (i % 4)))}円` : ''), [OR('priceTotal')], opt],
    ['支払方法', (c, o, r, i) => (i % 3 === 0 ? '事前カード決済' : '現地払い'), [OR('payments[0].paymentType')], opt],
    ['事前決済額', (c, o, r, i) => (i % 3 === 0 && row(TB_PLANS, i)[1] ? `${yen(row(TB_PLANS, i)[1] * (2 + (i % 4)))}円` : ''), [OR('payments[0].paymentAmount')], opt],
    ['予約者名', (c) => ja(c).full, []],
    ['予約者名(フリガナ)', (c) => kana(c), []],
    ['予約者電話番号', (c) => jaMob(c), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['予約者メールアドレス', (c) => jaMail(c), ['endUserIDs._experience.emailid.id'], opt],
    ['利用シーン', (c, o, r) => v.pick(r, ['', 'デート', '接待', '家族・子供と', '友人・知人と']), []],
    ['お店へのご要望', (c, o, r) => v.pick(r, ['', '', 'えびアレルギーがあります', '窓側の席を希望します']), []],
    ['ステータス', (c, o, r) => v.pick(r, ['予約確定', '予約確定', '来店済み', 'キャンセル', '無断キャンセル']), [], opt],
    ['キャンセル料', (c, o, r, i) => (i % 8 === 6 ? `${yen(row(TB_PLANS, i)[1] || 5000)}円` : '0円'), []],
    ['ネット予約手数料', (c, o, r, i) => `${200 * (2 + (i % 4))}円`, []],
    ['店舗メモ', (c, o, r) => v.pick(r, ['', '', '2回目のご来店', '常連 山本様のご紹介']), []],
  ] },

  // ---------------------------------------------------------------- events (EPARK, 順番待ち管理: 受付履歴 > CSVダウンロード, a Yokohama ramen shop, Japanese UI)
  { name: 'epark-junban-uketsuke-ja', product: 'EPARK (順番待ち管理画面: 受付履歴 > CSVダウンロード, a Yokohama ramen shop, Japanese UI)', family: 'events', language: 'ja', schema: E, cols: [
    ['受付ID', (c, o, r) => String(v.int(r, 300000000, 899999999)), ['_id']],
    ['店舗名', () => 'らーめん 横浜本店', [], opt],
    ['受付番号', (c, o, r, i) => String(1 + i * 3), [], opt],
    ['受付日時', (c, o, r, i) => jpSlashS(biz(o, i)), ['timestamp']],
    ['受付方法', (c, o, r) => v.pick(r, ['WEB', 'WEB', '店頭発券機', 'アプリ', '電話']), [], opt],
    ['人数', (c, o, r, i) => String(1 + (i % 4)), []],
    ['大人', (c, o, r, i) => String(1 + (i % 4)), []],
    ['子供', () => '0', []],
    ['席種', (c, o, r) => v.pick(r, ['指定なし', 'カウンター', 'テーブル']), []],
    ['ステータス', (c, o, r, i) => (i % 6 === 4 ? 'キャンセル' : i % 6 === 5 ? '不在' : '案内済'), [], opt],
    ['呼出日時', (c, o, r, i) => jpSlashS(biz(o, i) + wait(i) * 60000), [], opt],
    ['案内日時', (c, o, r, i) => (i % 6 >= 4 ? '' : jpSlashS(biz(o, i) + (wait(i) + 3) * 60000)), [], opt],
    ['待ち時間(分)', (c, o, r, i) => String(wait(i)), []],
    ['お客様名', (c, o, r, i) => (i % 3 === 1 ? '' : ja(c).lastKana), []],
    ['電話番号', (c, o, r, i) => (i % 3 === 1 ? '' : jaMobFlat(c)), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['EPARK会員', (c, o, r, i) => (i % 3 === 1 ? '非会員' : '会員'), []],
    ['会員ID', (c, o, r, i) => (i % 3 === 1 ? '' : String(v.int(r, 10000000, 99999999))), ['endUserIDs._experience.aacustomid.id'], opt],
    ['メール通知', (c, o, r) => v.pick(r, ['あり', 'なし']), []],
    ['キャンセル理由', (c, o, r, i) => (i % 6 === 4 ? 'お客様都合' : i % 6 === 5 ? '呼出不在' : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- POS (POS+ food, 管理画面: 売上 > 会計明細 > CSV出力, a Sapporo café, Japanese UI, JPY)
  { name: 'posplus-kaikei-meisai-ja', product: 'POS+ food (ポスタス; 管理画面: 売上分析 > 会計明細 > CSV出力, one row per item, a Sapporo café, Japanese UI, JPY)', family: 'ecommerce-orders', language: 'ja', schema: E, cols: [
    ['店舗コード', () => '0003', [], opt],
    ['店舗名', () => 'カフェ 大通店', [], opt],
    ['営業日', (c, o, r, i) => jpD(biz(o, i)), [], opt],
    ['会計ID', (c, o, r, i) => `${jpCompact(biz(o, i))}0003${pad(v.int(r, 1, 9999), 4)}`, [OR('purchaseID'), '_id']],
    ['伝票番号', (c, o, r) => String(v.int(r, 1, 400)), [], opt],
    ['会計日時', (c, o, r, i) => jpSlashS(biz(o, i)), ['timestamp', OR('createdDate')]],
    ['テーブル', (c, o, r) => v.pick(r, ['T1', 'T4', 'C2', 'テイクアウト']), []],
    ['客数', (c, o, r) => String(v.int(r, 1, 4)), []],
    ['担当者', (c, o, r) => v.pick(r, ['佐々木', '高田', '店長']), []],
    ['商品コード', (c, o, r, i) => row(CAFE_ITEMS, i)[0], [PL('SKU')]],
    ['商品名', (c, o, r, i) => row(CAFE_ITEMS, i)[1], [PL('name')]],
    ['部門', (c, o, r, i) => row(CAFE_ITEMS, i)[2], [PL('productCategories[0].categoryName')], opt],
    ['単価', (c, o, r, i) => String(row(CAFE_ITEMS, i)[3]), []],
    ['数量', (c, o) => String(o.qty), [PL('quantity')]],
    ['金額', (c, o, r, i) => String(row(CAFE_ITEMS, i)[3] * o.qty), [PL('priceTotal')]],
    ['値引額', (c, o, r, i) => String(o.discount ? 50 : 0), [PL('discountAmount')], opt],
    ['税区分', (c, o, r, i) => (row(CAFE_ITEMS, i)[4] ? '軽減8%(持帰)' : '標準10%'), [], opt],
    ['会計合計', (c, o, r, i) => String(row(CAFE_ITEMS, i)[3] * o.qty - (o.discount ? 50 : 0) + 480), [OR('priceTotal')]],
    ['内消費税', (c, o, r, i) => String(Math.floor((row(CAFE_ITEMS, i)[3] * o.qty - (o.discount ? 50 : 0) + 480) / 11)), [OR('taxAmount')]],
    ['支払方法', (c, o, r) => v.pick(r, ['現金', '現金', 'クレジット', '交通系IC', 'PayPay', 'QUICPay']), [OR('payments[0].paymentType')]],
    ['取消区分', (c, o, r) => v.pick(r, ['', '', '', '', '', '取消']), [], opt],
  ] },

  // ---------------------------------------------------------------- events (teket, 主催者管理画面: イベント > 申込一覧 > CSVダウンロード, a Tokyo chamber-music organiser, Japanese UI, JPY)
  { name: 'teket-moshikomi-ja', product: 'teket (主催者管理画面: イベント管理 > 申込一覧 > CSVダウンロード, one row per ticket, a Tokyo chamber-music organiser, Japanese UI, JPY)', family: 'events', language: 'ja', schema: E, cols: [
    ['申込番号', (c, o) => `T${String(4000000 + +o.id * 7)}`, [OR('purchaseID')]],
    ['チケット番号', (c, o, r) => `${v.int(r, 1000, 9999)}-${v.int(r, 1000, 9999)}-${v.int(r, 1000, 9999)}`, ['_id', PL('_id')], opt],
    ['申込日時', (c, o) => jpSlashS(o.at), ['timestamp', OR('createdDate')]],
    ['イベント名', (c, o, r, i) => row(CONCERTS, i)[0], [PL('name')]],
    ['会場', (c, o, r, i) => row(CONCERTS, i)[3], []],
    ['公演日時', (c, o, r, i) => jpSlash(visit(o, i) + 20 * day), [], opt],
    ['チケット種別', (c, o, r, i) => row(CONCERTS, i)[1], [], opt],
    ['枚数', () => '1', [PL('quantity')], opt],
    ['金額', (c, o, r, i) => String(row(CONCERTS, i)[2]), [PL('priceTotal'), OR('priceTotal')]],
    ['支払方法', (c, o, r) => v.pick(r, ['クレジットカード', 'クレジットカード', 'コンビニ決済', 'PayPay', '無料']), [OR('payments[0].paymentType')]],
    ['決済状況', (c, o, r) => v.pick(r, ['決済済み', '決済済み', '決済済み', '未決済', '返金済み']), [], opt],
    ['購入者氏名', (c) => ja(c).full, []],
    ['フリガナ', (c) => kana(c), []],
    ['メールアドレス', (c) => jaMail(c), ['endUserIDs._experience.emailid.id'], opt],
    ['電話番号', (c) => jaMob(c), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['入場状況', (c, o, r) => v.pick(r, ['未入場', '入場済み', '入場済み']), [], opt],
    ['入場日時', (c, o, r, i) => (i % 3 === 0 ? '' : jpSlash(visit(o, i) + 20 * day - 20 * 60000)), [], opt],
    ['キャンセル', (c, o, r, i) => (i % 9 === 4 ? 'キャンセル済み' : ''), [], opt],
    ['アンケート:本公演を何で知りましたか', (c, o, r) => v.pick(r, ['', 'X(旧Twitter)', 'チラシ', '出演者のSNS', '知人の紹介']), []],
  ] },

  // ---------------------------------------------------------------- events (チケットボード, 主催者向け管理画面: 申込者データ > ダウンロード, an artist fan-club presale lottery, Japanese UI, JPY)
  { name: 'ticketboard-moshikomi-ja', product: 'チケットボード (ticket board; 主催者向け管理画面: 受付管理 > 申込者データダウンロード, a fan-club presale lottery, one row per application, Japanese UI, JPY)', family: 'events', language: 'ja', schema: E, cols: [
    ['受付番号', (c, o, r) => `${v.int(r, 100000, 999999)}${v.int(r, 100000, 999999)}`, [OR('purchaseID'), '_id']],
    ['受付名', () => 'FC会員先行(抽選)', [], opt],
    ['申込日時', (c, o) => jpSlashS(o.at), ['timestamp', OR('createdDate')]],
    ['公演名', (c, o, r, i) => row(LIVES, i)[0], [PL('name')]],
    ['公演日', (c, o, r, i) => jpD(visit(o, i) + 60 * day), [], opt],
    ['会場名', (c, o, r, i) => row(LIVES, i)[2], []],
    ['席種', (c, o, r, i) => row(LIVES, i)[3], [], opt],
    ['申込枚数', (c, o, r, i) => String(1 + (i % 2)), [PL('quantity')]],
    ['合計金額', (c, o, r, i) => yen(row(LIVES, i)[4] * (1 + (i % 2)) + 440), [OR('priceTotal')]],
    ['当落', (c, o, r) => v.pick(r, ['当選', '落選', '落選', '当選']), [], opt],
    ['入金状況', (c, o, r) => v.pick(r, ['入金済', '入金済', '未入金', '']), [], opt],
    ['支払方法', (c, o, r) => v.pick(r, ['クレジットカード', 'コンビニ', 'クレジットカード', 'Pay-easy']), [OR('payments[0].paymentType')]],
    ['発券方法', (c, o, r) => v.pick(r, ['電子チケット(LIVE QR)', '電子チケット(LIVE QR)', 'コンビニ発券']), [], opt],
    ['会員ID', (c, o, r) => `TB${v.int(r, 10000000, 99999999)}`, ['endUserIDs._experience.aacustomid.id'], opt],
    ['FC会員番号', (c, o, r) => String(v.int(r, 100000, 999999)), [], opt],
    ['氏名', (c) => ja(c).full, []],
    ['氏名カナ', (c) => kana(c), []],
    ['生年月日', (c) => birthSlash(c.birth), []],
    ['性別', (c) => gender(c), []],
    ['電話番号', (c) => jaMobFlat(c), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['メールアドレス', (c) => jaMail(c), ['endUserIDs._experience.emailid.id'], opt],
    ['郵便番号', (c) => ja(c).zip.replace('-', ''), [BILL('postalCode')], opt],
    ['都道府県', (c) => ja(c).pref, [BILL('stateProvince'), BILL('state')], opt],
    ['住所', (c) => `${ja(c).city}${ja(c).town}`, [BILL('street1')], opt],
    ['同行者会員ID', (c, o, r, i) => (i % 2 ? `TB${v.int(r, 10000000, 99999999)}` : ''), []],
    ['同行者氏名', (c, o, r, i) => (i % 2 ? v.pick(r, ['田村 彩', '森 健太', '石井 結衣']) : ''), []],
    ['座席', (c, o, r, i) => (i % 4 === 0 ? `アリーナ B${v.int(r, 1, 12)}ブロック ${v.int(r, 1, 30)}列 ${v.int(r, 1, 40)}番` : ''), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (LOGILESS, 受注伝票 > 検索結果をCSVエクスポート, one row per line, a D2C cosmetics shop, Japanese UI, JPY)
  { name: 'logiless-juchu-denpyo-ja', product: 'LOGILESS (ロジレス; 受注管理 > 受注伝票 > CSVエクスポート(明細単位), a D2C cosmetics shop, Japanese UI, JPY)', family: 'ecommerce-orders', language: 'ja', schema: E, cols: [
    ['受注コード', (c, o) => `EC${jpCompact(o.at)}-${o.id}`, [OR('purchaseID'), '_id']],
    ['店舗', (c, o, r) => v.pick(r, ['自社EC(Shopify)', '楽天市場店', 'Amazon']), [], opt],
    ['受注日付', (c, o) => jpSlashS(o.at), ['timestamp', OR('createdDate')]],
    ['入金ステータス', (c, o, r) => v.pick(r, ['入金済み', '入金済み', '未入金', '入金不要']), [], opt],
    ['承認ステータス', (c, o, r) => v.pick(r, ['承認済み', '承認済み', '確認待ち']), [], opt],
    ['出荷ステータス', (c, o, r) => v.pick(r, ['出荷済み', '出荷済み', '出荷待ち', '引当待ち']), [], opt],
    ['購入者名1', (c) => ja(c).full, []],
    ['購入者名かな1', (c) => `${ja(c).lastKana} ${ja(c).firstKana}`.normalize('NFKC'), []],
    ['購入者 国', () => 'JP', [BILL('countryCode')], opt],
    ['購入者 郵便番号', (c) => ja(c).zip, [BILL('postalCode')]],
    ['購入者 都道府県', (c) => ja(c).pref, [BILL('stateProvince'), BILL('state')]],
    ['購入者 住所1', (c) => ja(c).city, [BILL('city')]],
    ['購入者 住所2', (c) => ja(c).town.split(' ')[0], [BILL('street1')]],
    ['購入者 住所3', (c) => ja(c).town.split(' ')[1] ?? '', [BILL('street2')]],
    ['購入者 電話番号', (c) => jaMob(c), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['購入者 メールアドレス', (c) => jaMail(c), ['endUserIDs._experience.emailid.id'], opt],
    ['配送先名1', (c, o, r, i) => (i % 5 === 2 ? '山田 花子' : ja(c).full), []],
    ['配送先 郵便番号', (c, o, r, i) => (i % 5 === 2 ? '810-0001' : ja(c).zip), [SHIP('postalCode')]],
    ['配送先 都道府県', (c, o, r, i) => (i % 5 === 2 ? '福岡県' : ja(c).pref), [SHIP('stateProvince'), SHIP('state')]],
    ['配送先 住所1', (c, o, r, i) => (i % 5 === 2 ? '福岡市中央区' : ja(c).city), [SHIP('city')]],
    ['配送先 住所2', (c, o, r, i) => (i % 5 === 2 ? '天神2-5-8' : ja(c).town.split(' ')[0]), [SHIP('street1')]],
    ['配送先 住所3', (c, o, r, i) => (i % 5 === 2 ? '' : ja(c).town.split(' ')[1] ?? ''), [SHIP('street2')]],
    ['配送先 電話番号', (c, o, r, i) => (i % 5 === 2 ? '092-711-0000' : jaMob(c)), [], opt],
    ['配送方法', (c, o, r) => v.pick(r, ['ヤマト宅急便', 'ネコポス', 'ゆうパケット']), ['commerce.shipping.shippingMethod']],
    ['配送希望日', (c, o, r, i) => (i % 4 === 1 ? jpD(o.at + 4 * day) : ''), [], opt],
    ['配送時間帯', (c, o, r, i) => (i % 4 === 1 ? v.pick(r, ['午前中', '14時～16時', '19時～21時']) : ''), []],
    ['支払方法', (c, o, r) => v.pick(r, ['クレジットカード', 'クレジットカード', '代金引換', 'NP後払い', 'Amazon Pay']), [OR('payments[0].paymentType')]],
    ['商品コード', (c, o, r, i) => row(SHOP_ITEMS, i)[0], [PL('SKU')]],
    ['商品名', (c, o, r, i) => row(SHOP_ITEMS, i)[1], [PL('name')]],
    ['単価', (c, o, r, i) => String(row(SHOP_ITEMS, i)[2]), []],
    ['数量', (c, o) => String(o.qty), [PL('quantity')]],
    ['小計', (c, o, r, i) => String(row(SHOP_ITEMS, i)[2] * o.qty), [PL('priceTotal')], opt],
    ['送料', (c, o, r, i) => String(row(SHOP_ITEMS, i)[2] * o.qty >= 5000 ? 0 : 550), ['commerce.shipping.shippingAmount']],
    ['手数料', (c, o, r) => v.pick(r, ['0', '0', '330']), []],
    ['値引', (c, o) => String(o.discount ? 500 : 0), [OR('discountAmount')]],
    ['合計金額', (c, o, r, i) => String(row(SHOP_ITEMS, i)[2] * o.qty + (row(SHOP_ITEMS, i)[2] * o.qty >= 5000 ? 0 : 550) - (o.discount ? 500 : 0)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['送り状番号', (c, o, r) => String(v.int(r, 100000000000, 999999999999)), ['commerce.shipping.trackingNumber'], opt],
    ['出荷日', (c, o) => jpD(o.at + day), ['commerce.shipping.shipDate'], opt],
  ] },

  // ---------------------------------------------------------------- shipping (ゆうパックプリントR, 発送済みデータの出力 > 出力用フィルタ, a Sendai mail-order shop, Japanese UI)
  { name: 'yupri-r-hassou-ja', product: 'ゆうパックプリントR (ゆうプリR; 発送済みデータ > CSV出力 with the standard output filter, a Sendai mail-order shop, Japanese UI)', family: 'ecommerce-orders', language: 'ja', schema: E, cols: [
    ['お客様側管理番号', (c, o) => `${jpCompact(o.at)}${o.id}`, [OR('purchaseID'), '_id'], opt],
    ['発送予定日', (c, o) => jpCompact(o.at + day), ['commerce.shipping.shipDate', 'timestamp'], opt],
    ['発送予定時間区分', (c, o, r) => v.pick(r, ['', '0', '1']), []],
    ['郵便種別', (c, o, r, i) => (i % 3 === 0 ? '9' : '0'), ['commerce.shipping.shippingMethod'], opt],
    ['保冷種別', (c, o, r, i) => (i % 7 === 3 ? '1' : '0'), []],
    ['元/着払/代引', (c, o, r, i) => (i % 5 === 1 ? '2' : '0'), [], opt],
    ['書留/セキュリティ/特定記録種別', () => '', []],
    ['送り状種別', (c, o, r, i) => (i % 5 === 1 ? '8' : '1'), []],
    ['お届け先 コード', (c, o, r, i) => (i % 4 === 0 ? `C${c.id}` : ''), [], opt],
    ['お届け先 郵便番号', (c) => ja(c).zip, [SHIP('postalCode')]],
    ['お届け先 住所1', (c) => `${ja(c).pref}${ja(c).city}`, [SHIP('city'), SHIP('street1')], opt],
    ['お届け先 住所2', (c) => ja(c).town.split(' ')[0], [SHIP('street1'), SHIP('street2')], opt],
    ['お届け先 住所3', (c) => ja(c).town.split(' ')[1] ?? '', [SHIP('street2'), SHIP('street3')], opt],
    ['お届け先 名称1', (c) => ja(c).full, []],
    ['お届け先 名称2', (c, o, r) => (r() < 0.2 ? v.pick(r, JA_CO) : ''), []],
    ['お届け先 敬称', () => '様', []],
    ['お届け先 電話番号', (c) => jaTel(c), [], opt],
    ['ご依頼主 郵便番号', () => '980-0021', []],
    ['ご依頼主 住所1', () => '宮城県仙台市青葉区', []],
    ['ご依頼主 住所2', () => '中央3-1-24', []],
    ['ご依頼主 名称1', () => '株式会社杜の都ショップ', []],
    ['ご依頼主 電話番号', () => '022-261-0000', []],
    ['品名', (c, o, r, i) => row(YU_ITEMS, i), [PL('name')], opt],
    ['代引金額', (c, o, r, i) => (i % 5 === 1 ? String(Math.round(o.total * 160)) : ''), [OR('payments[0].paymentAmount')], opt],
    ['お届け予定日', (c, o, r, i) => (i % 4 === 2 ? jpCompact(o.at + 3 * day) : ''), [], opt],
    ['お届け時間帯', (c, o, r, i) => (i % 4 === 2 ? v.pick(r, ['51', '52', '56']) : '00'), []],
    ['お問い合わせ番号', (c, o, r) => `${v.int(r, 100000, 999999)}${v.int(r, 100000, 999999)}`, ['commerce.shipping.trackingNumber']],
  ] },
]
