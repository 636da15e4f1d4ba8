// Round 45, heldout45: held-out sets written apart from the suggester and any tuning (by a helper that never opened
// the suggester, its tests or a score), scored once at the end. Same format as sets.mjs (sources in ../README.md):
// header as the product exports it, one value generator per column in the product's formats, the accepted
// destinations ([] = nothing fits) and 'opt' for borderline columns. Japanese and Korean products.
import { E, B, P, v, at, HOME, B2BID, PL, OR, SHIP, opt } from './sets.mjs'
import { pad, shift } from './values.mjs'
import { loc12 } from './values12.mjs'

const ja = (c) => loc12(c, 'ja')
const ko = (c) => loc12(c, 'ko')
const n = (x) => +x.id
const pk = (xs, i) => xs[Math.abs(i) % xs.length]
const DAY = 86400000
// Japan and Korea are UTC+9 all year
const t9 = (ms) => shift(ms, 9)
// "2024/05/22 14:31:07", "2024/05/22 14:31", "2024/05/22" (Japanese admin CSVs)
const jst = (ms) => { const p = t9(ms); return `${p.y}/${pad(p.m)}/${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const jstHm = (ms) => jst(ms).slice(0, 16)
const jstDay = (ms) => jst(ms).slice(0, 10)
// "2024-05-22 14:31:07" and "2024-05-22" (KST, Korean admin Excels), "2024.05.22 14:31" (Wadiz)
const kst = (ms) => { const p = t9(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const kstDay = (ms) => kst(ms).slice(0, 10)
const kstDot = (ms) => kst(ms).slice(0, 16).replace(/-/g, '.')
const ymdSlash = (ms) => { const p = shift(ms, 0); return `${p.y}/${pad(p.m)}/${pad(p.d)}` }
const ymdDash = (ms) => { const p = shift(ms, 0); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
// yen / won with comma thousands, no decimals
const num = (x) => String(Math.round(x)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')

// Japanese companies, departments, titles and a romanised surname for e-mails
const JA_CO = [
  ['株式会社アオバ技研', 'aoba-giken.co.jp', '03-5412-', '東京都港区芝浦3-4-1 芝浦グランドビル8F', '108-0023'],
  ['ミナト物産株式会社', 'minato-bussan.co.jp', '06-6345-', '大阪府大阪市北区梅田2-5-25 ハービスPLAZA 12F', '530-0001'],
  ['株式会社ひかりソリューションズ', 'hikari-sol.jp', '045-228-', '神奈川県横浜市西区みなとみらい2-2-1', '220-0012'],
  ['東邦ロジテック株式会社', 'toho-logitec.co.jp', '052-211-', '愛知県名古屋市中区栄4-1-8', '460-0008'],
  ['株式会社さくらデザイン', 'sakura-design.jp', '092-726-', '福岡県福岡市中央区天神1-10-20', '810-0001'],
  ['北斗システム株式会社', 'hokuto-sys.co.jp', '011-231-', '北海道札幌市中央区大通西4-6-1', '060-0042'],
  ['株式会社ミライ人材センター', 'mirai-jinzai.co.jp', '03-6427-', '東京都渋谷区渋谷2-21-1 渋谷ヒカリエ17F', '150-0002'],
]
const JA_DEPT = ['営業部', 'マーケティング部', '情報システム部', '経営企画室', '人事部', '総務部', '営業本部 第二営業部', 'DX推進室']
const JA_TITLE = ['部長', '課長', '主任', '', '代表取締役', 'マネージャー', '係長', '執行役員']
const ROMA = { 佐藤: 'sato', 鈴木: 'suzuki', 高橋: 'takahashi', 田中: 'tanaka', 伊藤: 'ito', 渡辺: 'watanabe', 山本: 'yamamoto', 中村: 'nakamura', 小林: 'kobayashi', 加藤: 'kato' }
const JA_FIRST_ROMA = { 翔太: 'SHOTA', 美咲: 'MISAKI', 大輔: 'DAISUKE', 陽子: 'YOKO', 健一: 'KENICHI', 由美: 'YUMI', 拓海: 'TAKUMI', 結衣: 'YUI', 直樹: 'NAOKI', 真理子: 'MARIKO' }
const jco = (c) => pk(JA_CO, n(c) >> 3)
const jWork = (c) => `${ROMA[ja(c).last]}${n(c) % 7 === 0 ? `.${n(c) % 100}` : ''}@${jco(c)[1]}`
const jPriv = (c) => `${ROMA[ja(c).last]}${n(c) % 1000}@${pk(['gmail.com', 'yahoo.co.jp', 'icloud.com', 'docomo.ne.jp', 'ezweb.ne.jp'], n(c))}`
const jTelCo = (c) => `${jco(c)[2]}${pad(n(c) % 10000, 4)}`
const jTelDirect = (c) => `${jco(c)[2]}${pad((n(c) * 7) % 10000, 4)}`
const jMob = (c) => ja(c).mobile.join('-')
const jTel = (c) => ja(c).tel.join('-')
const jAddr = (c) => `${ja(c).pref}${ja(c).city}${ja(c).town}`

// Korean people's extra facts
const KO_ROMA = { 김: 'kim', 이: 'lee', 박: 'park', 최: 'choi', 정: 'jung', 강: 'kang', 조: 'cho', 윤: 'yoon', 장: 'jang', 임: 'lim' }
const safeNo = (c) => `050${pk(['4', '5', '7'], n(c))}-${pad(n(c) % 10000, 4)}-${pad((n(c) * 13) % 10000, 4)}`

export const SETS = [
  // ---------------------------------------------------------------- B2B (Eight, business cards)
  { name: 'eight-meishi-ja', product: 'Eight (Sansan 株式会社の名刺アプリ: Eightプレミアム > 名刺データのダウンロード, CSV, Japanese UI; a sales rep\'s own exchanged cards)', family: 'b2b', language: 'ja', schema: B, cols: [
    ['会社名', (c) => jco(c)[0], ['b2b.companyName', 'organizations[0]']],
    ['部署名', (c) => pk(JA_DEPT, n(c)), ['extendedWorkDetails.departments[0]']],
    ['役職', (c) => pk(JA_TITLE, n(c) >> 2), ['extendedWorkDetails.jobTitle']],
    ['氏名', (c) => ja(c).full, ['person.name.fullName']],
    ['e-mail', (c) => jWork(c), ['workEmail.address', 'personalEmail.address']],
    ['郵便番号', (c) => jco(c)[4], ['workAddress.postalCode']],
    ['住所', (c) => jco(c)[3], ['workAddress.street1'], opt],
    ['TEL会社', (c) => `${jco(c)[2]}0001`, ['workPhone.number']],
    ['TEL部門', (c) => (n(c) % 3 === 0 ? `${jco(c)[2]}${pad(n(c) % 100, 2)}00` : ''), ['workPhone.number'], opt],
    ['TEL直通', (c) => (n(c) % 4 === 1 ? jTelDirect(c) : ''), ['workPhone.number'], opt],
    ['Fax', (c) => (n(c) % 2 === 0 ? `${jco(c)[2]}0009` : ''), ['faxPhone.number']],
    ['携帯電話', (c) => (n(c) % 3 === 1 ? jMob(c) : ''), ['mobilePhone.number']],
    ['URL', (c) => `https://www.${jco(c)[1]}/`, ['b2b.companyWebsite']],
    ['名刺交換日', (c) => jstDay(c.created), [], opt],
    ['マイタグ', (c) => pk(['', '展示会2024', '見込み客', '既存顧客', '展示会2024,見込み客', '協力会社'], n(c)), []],
    ['メモ', (c) => pk(['', '', 'Japan IT Week で名刺交換', '来月打ち合わせ予定', '紹介: 田中様'], n(c) >> 1), []],
  ] },

  // ---------------------------------------------------------------- CRM (Mazrica Sales, ex Senses: contacts)
  { name: 'mazrica-contacts-ja', product: 'Mazrica Sales (旧 Senses, 株式会社マツリカ: コンタクト > 一覧 > CSVダウンロード, Japanese UI; a B2B SaaS vendor\'s sales team)', family: 'crm', language: 'ja', schema: B, cols: [
    ['コンタクトID', (c) => String(800000 + n(c) % 199999), B2BID],
    ['氏名', (c) => ja(c).full, ['person.name.fullName']],
    ['フリガナ', (c) => `${ja(c).lastKana} ${ja(c).firstKana}`, []],
    ['取引先ID', (c) => String(310000 + (n(c) >> 3) % 7), ['b2b.accountKey.sourceID', 'b2b.accountID'], opt],
    ['取引先名', (c) => jco(c)[0], ['b2b.companyName', 'organizations[0]']],
    ['部署', (c) => pk(JA_DEPT, n(c)), ['extendedWorkDetails.departments[0]']],
    ['役職', (c) => pk(JA_TITLE, n(c) >> 2), ['extendedWorkDetails.jobTitle']],
    ['メールアドレス', (c) => jWork(c), ['workEmail.address', 'personalEmail.address']],
    ['電話番号', (c) => jTelDirect(c), ['workPhone.number']],
    ['携帯電話番号', (c) => (n(c) % 2 ? jMob(c) : ''), ['mobilePhone.number']],
    ['郵便番号', (c) => jco(c)[4], ['workAddress.postalCode']],
    ['住所', (c) => jco(c)[3], ['workAddress.street1'], opt],
    ['担当ユーザー', (c) => pk(['山田 太郎', '佐々木 花子', '井上 健'], n(c)), []],
    ['ライフサイクルステージ', (c) => pk(['リード', 'MQL', 'SQL', '商談化', '顧客'], n(c) >> 1), ['b2b.personStatus'], opt],
    ['リードソース', (c) => pk(['展示会', 'Webサイト問い合わせ', 'ウェビナー', '紹介', '資料ダウンロード'], n(c) >> 2), ['b2b.personSource'], opt],
    ['キーマン', (c) => (n(c) % 5 === 0 ? '○' : ''), []],
    ['関連案件数', (c) => String(n(c) % 4), []],
    ['最終アクション日', (c) => jstDay(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['作成日時', (c) => jst(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['更新日時', (c) => jst(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['メモ', (c) => pk(['', '', '決裁者は部長', '予算確保は来期', 'トライアル中'], n(c) >> 1), []],
  ] },

  // ---------------------------------------------------------------- CRM (eセールスマネージャー Remix: 顧客 = the people at customer companies)
  { name: 'esm-kokyaku-ja', product: 'eセールスマネージャー Remix Cloud (ソフトブレーン: 顧客 > 一覧 > CSV出力, Japanese UI; a machinery maker\'s field sales)', family: 'crm', language: 'ja', schema: B, cols: [
    ['顧客ID', (c) => `C${pad(n(c) % 1000000, 7)}`, B2BID],
    ['顧客名', (c) => ja(c).full, ['person.name.fullName']],
    ['顧客名(カナ)', (c) => `${ja(c).lastKana} ${ja(c).firstKana}`, []],
    ['企業ID', (c) => `K${pad(5000 + ((n(c) >> 3) % 7), 6)}`, ['b2b.accountKey.sourceID', 'b2b.accountID'], opt],
    ['企業名', (c) => jco(c)[0], ['b2b.companyName', 'organizations[0]']],
    ['事業所名', (c) => pk(['本社', '本社', '大阪支店', '名古屋営業所', '九州支店'], n(c)), [], opt],
    ['部署', (c) => pk(JA_DEPT, n(c)), ['extendedWorkDetails.departments[0]']],
    ['役職', (c) => pk(JA_TITLE, n(c) >> 2), ['extendedWorkDetails.jobTitle']],
    ['電話番号', (c) => jTelDirect(c), ['workPhone.number']],
    ['内線', (c) => (n(c) % 3 === 0 ? String(200 + n(c) % 300) : ''), ['workPhone.extension']],
    ['FAX', (c) => (n(c) % 2 === 0 ? `${jco(c)[2]}0009` : ''), ['faxPhone.number']],
    ['携帯電話', (c) => (n(c) % 3 === 1 ? jMob(c) : ''), ['mobilePhone.number']],
    ['メールアドレス', (c) => jWork(c), ['workEmail.address', 'personalEmail.address']],
    ['郵便番号', (c) => jco(c)[4], ['workAddress.postalCode']],
    ['都道府県', (c) => jco(c)[3].match(/^(.+?[都道府県])/)[1], ['workAddress.stateProvince', 'workAddress.state']],
    ['市区町村', (c) => jco(c)[3].replace(/^(.+?[都道府県])/, '').match(/^(.+?[市区町村])/)[1], ['workAddress.city']],
    ['番地', (c) => jco(c)[3].replace(/^(.+?[都道府県])/, '').replace(/^(.+?[市区町村])/, '').split(' ')[0], ['workAddress.street1']],
    ['建物名', (c) => jco(c)[3].split(' ').slice(1).join(' '), ['workAddress.street2']],
    ['キーマン区分', (c) => pk(['決裁者', '影響者', '担当者', '担当者'], n(c)), [], opt],
    ['自社担当者', (c) => pk(['営業一課 木村', '営業二課 松本', '営業一課 清水'], n(c)), []],
    ['DM送付', (c) => (n(c) % 6 === 0 ? '不可' : '可'), [], opt],
    ['メール配信', (c) => (n(c) % 5 === 0 ? '停止' : '配信'), [], opt],
    ['登録日', (c) => jstDay(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['登録者', () => 'システム管理者', ['extSourceSystemAudit.createdBy'], opt],
    ['最終更新日', (c) => jstDay(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['最終更新者', (c) => pk(['木村 大輔', '松本 由美', '清水 健一'], n(c)), ['extSourceSystemAudit.lastUpdatedBy'], opt],
    ['最終活動日', (c) => jstDay(Math.max(c.created, c.updated) + 3 * DAY), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['備考', (c) => pk(['', '', '年末に更新案件あり', '前任: 加藤様から引継ぎ'], n(c) >> 1), []],
  ] },

  // ---------------------------------------------------------------- support (ChatPlus, 詳細ログ: 訪問者情報)
  { name: 'chatplus-visitors-ja', product: 'ChatPlus (チャットプラス株式会社: 履歴 > 詳細ログ > 訪問者情報 CSV, monthly file, camelCase headers in a Japanese UI; a B2B software vendor\'s site chat)', family: 'support', language: 'ja', schema: B, cols: [
    ['visitorId', (c) => String(1200000 + n(c) % 800000), B2BID],
    ['serialNumber', (c) => `V${pad(n(c) % 1000000, 8)}`, ['extSourceSystemAudit.externalID', 'b2b.personKey.sourceID'], opt],
    ['externalKey', (c) => (n(c) % 4 === 0 ? `crm-${n(c)}` : ''), ['extSourceSystemAudit.externalID'], opt],
    ['chatName', (c) => (n(c) % 3 ? ja(c).full : ''), ['person.name.fullName'], opt],
    ['chatCompanyName', (c) => (n(c) % 3 ? jco(c)[0] : ''), ['b2b.companyName', 'organizations[0]'], opt],
    ['chatEmail', (c) => (n(c) % 3 ? jWork(c) : ''), ['workEmail.address', 'personalEmail.address'], opt],
    ['chatTel', (c) => (n(c) % 3 === 1 ? jTelDirect(c) : ''), ['workPhone.number', 'mobilePhone.number'], opt],
    ['name', (c) => ja(c).full, ['person.name.fullName']],
    ['companyName', (c) => jco(c)[0], ['b2b.companyName', 'organizations[0]']],
    ['email', (c) => jWork(c), ['workEmail.address', 'personalEmail.address']],
    ['tel', (c) => (n(c) % 2 ? jTelDirect(c) : jMob(c)), ['workPhone.number', 'mobilePhone.number']],
    ['score', (c) => String(n(c) % 120), ['b2b.personScore']],
    ['countryName', () => '日本', ['workAddress.country'], opt],
    ['prefecture', (c) => jco(c)[3].match(/^(.+?[都道府県])/)[1], ['workAddress.stateProvince', 'workAddress.state'], opt],
    ['city', (c) => jco(c)[3].replace(/^(.+?[都道府県])/, '').match(/^(.+?[市区町村])/)[1], ['workAddress.city'], opt],
    ['perhapsName', (c) => (n(c) % 5 === 0 ? ja(c).full : ''), ['person.name.fullName'], opt],
    ['perhapsCompanyName', (c) => (n(c) % 2 === 0 ? jco(c)[0] : ''), ['b2b.companyName', 'organizations[0]'], opt],
    ['perhapsEmail', (c) => (n(c) % 5 === 0 ? jWork(c) : ''), ['workEmail.address'], opt],
    ['perhapsTel', (c) => (n(c) % 5 === 0 ? `${jco(c)[2]}0001` : ''), ['workPhone.number'], opt],
    ['perhapsCountryName', () => '日本', [], opt],
    ['perhapsPrefecture', (c) => jco(c)[3].match(/^(.+?[都道府県])/)[1], [], opt],
    ['perhapsCity', (c) => jco(c)[3].replace(/^(.+?[都道府県])/, '').match(/^(.+?[市区町村])/)[1], [], opt],
    ['createdAt', (c) => jst(c.created), ['extSourceSystemAudit.createdDate'], opt],
  ] },

  // ---------------------------------------------------------------- email (Synergy!, master database export)
  { name: 'synergy-kaiin-ja', product: 'Synergy! (シナジーマーケティング: データベース > エクスポート > マスターデータベース, CSV, Japanese UI; a cosmetics mail-order brand\'s member database)', family: 'email', language: 'ja', schema: P, cols: [
    ['会員ID', (c) => `M${pad(n(c) % 10000000, 8)}`, ['_id', 'personID']],
    ['姓', (c) => ja(c).last, ['person.name.lastName']],
    ['名', (c) => ja(c).first, ['person.name.firstName']],
    ['セイ', (c) => ja(c).lastKana, []],
    ['メイ', (c) => ja(c).firstKana, []],
    ['メールアドレス', (c) => jPriv(c), ['personalEmail.address']],
    ['性別', (c) => (ja(c).female ? '女性' : '男性'), ['person.gender']],
    ['生年月日', (c) => ymdSlash(c.birth), ['person.birthDate']],
    ['郵便番号', (c) => ja(c).zip, at(HOME, 'postalCode')],
    ['都道府県', (c) => ja(c).pref, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['住所1', (c) => `${ja(c).city}${ja(c).town.split(' ')[0]}`, at(HOME, 'street1')],
    ['住所2', (c) => ja(c).town.split(' ')[1] ?? '', at(HOME, 'street2')],
    ['電話番号', (c) => (n(c) % 3 === 0 ? jTel(c) : ''), ['homePhone.number']],
    ['携帯電話番号', (c) => jMob(c), ['mobilePhone.number']],
    ['会員ランク', (c) => pk(['レギュラー', 'シルバー', 'ゴールド', 'プラチナ'], n(c) >> 1), ['loyalty.tier'], opt],
    ['保有ポイント', (c) => String((n(c) * 37) % 12000), ['loyalty.points']],
    ['メルマガ配信', (c) => (n(c) % 5 === 0 ? '希望しない' : '希望する'), [], opt],
    ['配信エラー回数', (c) => String(n(c) % 9 === 0 ? 3 : 0), []],
    ['入会日', (c) => jstDay(c.created), ['loyalty.joinDate'], opt],
    ['最終購入日', (c) => (n(c) % 4 === 0 ? '' : jstDay(Math.max(c.created, c.updated))), [], opt],
    ['累計購入金額', (c) => String((n(c) * 53) % 180000), ['loyalty.lifetimePurchases'], opt],
    ['登録経路', (c) => pk(['ECサイト', '店頭', 'LINE', 'キャンペーンLP', '電話注文'], n(c)), [], opt],
    ['登録日時', (c) => jst(c.created), [], opt],
    ['更新日時', (c) => jst(Math.max(c.created, c.updated)), [], opt],
  ] },

  // ---------------------------------------------------------------- marketing (BowNow, lead list CSV output)
  { name: 'bownow-leads-ja', product: 'BowNow (クラウドサーカス株式会社: リード管理 > リードを探す > CSV出力, Japanese UI; a BtoB manufacturer\'s marketing team; search conditions above the header row dropped)', family: 'marketing', language: 'ja', schema: B, cols: [
    ['メールアドレス', (c) => jWork(c), ['workEmail.address', 'personalEmail.address']],
    ['姓', (c) => ja(c).last, ['person.name.lastName']],
    ['名', (c) => ja(c).first, ['person.name.firstName']],
    ['会社・組織名', (c) => jco(c)[0], ['b2b.companyName', 'organizations[0]']],
    ['部署名', (c) => pk(JA_DEPT, n(c)), ['extendedWorkDetails.departments[0]']],
    ['役職', (c) => pk(JA_TITLE, n(c) >> 2), ['extendedWorkDetails.jobTitle']],
    ['電話番号', (c) => jTelDirect(c), ['workPhone.number']],
    ['FAX番号', (c) => (n(c) % 2 === 0 ? `${jco(c)[2]}0009` : ''), ['faxPhone.number']],
    ['郵便番号', (c) => jco(c)[4], ['workAddress.postalCode']],
    ['都道府県', (c) => jco(c)[3].match(/^(.+?[都道府県])/)[1], ['workAddress.stateProvince', 'workAddress.state']],
    ['市区町村', (c) => jco(c)[3].replace(/^(.+?[都道府県])/, '').match(/^(.+?[市区町村])/)[1], ['workAddress.city']],
    ['番地', (c) => jco(c)[3].replace(/^(.+?[都道府県])/, '').replace(/^(.+?[市区町村])/, '').split(' ')[0], ['workAddress.street1']],
    ['建物名', (c) => jco(c)[3].split(' ').slice(1).join(' '), ['workAddress.street2']],
    ['会社URL', (c) => `https://www.${jco(c)[1]}/`, ['b2b.companyWebsite']],
    ['業種', (c) => pk(['製造業', '情報通信業', '卸売業', '建設業', 'サービス業'], n(c) >> 3), []],
    ['従業員数', (c) => pk(['1~9名', '10~49名', '50~99名', '100~299名', '300~999名', '1000名以上'], n(c) >> 3), []],
    ['携帯電話番号', (c) => (n(c) % 4 === 1 ? jMob(c) : ''), ['mobilePhone.number']],
    ['メモ', (c) => pk(['', '', '資料請求(製品カタログ)', '展示会ブース来場'], n(c) >> 1), []],
    ['ステータス', (c) => pk(['未対応', 'アプローチ中', '商談化', '対象外', '失注'], n(c) >> 1), ['b2b.personStatus'], opt],
    ['ランク', (c) => pk(['A', 'B', 'C', 'C', 'D'], n(c) >> 2), [], opt],
    ['担当者', (c) => pk(['', '営業部 佐藤', 'インサイドセールス 森'], n(c)), []],
    ['メール配信', (c) => (n(c) % 7 === 0 ? '配信停止' : '配信可'), [], opt],
    ['登録日', (c) => jst(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['最終アクセス日', (c) => jst(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['グループ', (c) => pk(['', '展示会リード', 'Webリード'], n(c) >> 1), [], opt],
    ['旧メール配信グループ', (c) => pk(['', '', '1', '1,3'], n(c)), []],
    ['所属企業', (c) => (n(c) % 3 === 0 ? jco(c)[0] : ''), ['b2b.companyName', 'organizations[0]'], opt],
    ['タグ', (c) => pk(['', 'セミナー参加', '価格ページ閲覧', 'セミナー参加,ホットリード'], n(c) >> 2), []],
    ['セッション数(期間中)', (c) => String(n(c) % 6), []],
    ['PV数(期間中)', (c) => String((n(c) % 6) * 3), []],
    ['CV数(期間中)', (c) => String(n(c) % 2), []],
    ['セッション数', (c) => String(n(c) % 40 + 1), []],
    ['PV数', (c) => String((n(c) % 40 + 1) * 4), []],
    ['CV数', (c) => String(n(c) % 4), []],
  ] },

  // ---------------------------------------------------------------- payments (PAY.JP, charges CSV)
  { name: 'payjp-uriage-ja', product: 'PAY.JP (PAY株式会社: 管理画面 > 売上 > CSVダウンロード, Japanese UI; an online course seller)', family: 'payments', language: 'ja', schema: E, cols: [
    ['売上ID', (c, o, r) => `ch_${v.hex(r, 28)}`, [OR('payments[0].transactionID'), '_id']],
    ['作成日時', (c, o) => jst(o.at), ['timestamp', OR('createdDate')]],
    ['金額', (c, o) => String(Math.round(o.total * 160)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['返金額', (c, o) => String(+o.id % 9 === 0 ? Math.round(o.total * 160) : 0), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['通貨', () => 'jpy', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['ステータス', (c, o) => (+o.id % 9 === 0 ? '返金済み' : +o.id % 11 === 0 ? '失敗' : '支払い済み'), [], opt],
    ['確定', (c, o) => (+o.id % 13 === 0 ? 'false' : 'true'), []],
    ['説明', (c, o) => `注文番号 ${o.id}`, [], opt],
    ['顧客ID', (c, o, r) => (r() < 0.6 ? `cus_${v.hex(r, 28)}` : ''), [], opt],
    ['定期課金ID', (c, o, r) => (r() < 0.3 ? `sub_${v.hex(r, 28)}` : ''), []],
    ['カードID', (c, o, r) => `car_${v.hex(r, 28)}`, []],
    ['ブランド', (c, o) => pk(['Visa', 'MasterCard', 'JCB', 'American Express', 'Diners Club'], +o.id), [OR('payments[0].paymentType')], opt],
    ['下4桁', (c, o) => pad(+o.id % 10000, 4), []],
    ['有効期限', (c, o) => `${pad(+o.id % 12 + 1)}/${2026 + +o.id % 5}`, []],
    ['カード名義', (c) => `${ROMA[ja(c).last].toUpperCase()} ${JA_FIRST_ROMA[ja(c).first] ?? 'TARO'}`, []],
    ['メールアドレス', (c) => jPriv(c), ['endUserIDs._experience.emailid.id'], opt],
    ['3Dセキュア', (c, o) => (+o.id % 3 ? '認証済み' : '未実施'), []],
    ['失敗コード', (c, o) => (+o.id % 11 === 0 && +o.id % 9 ? 'card_declined' : ''), [], opt],
    ['手数料率', () => '3.0%', []],
    ['手数料', (c, o) => String(Math.round(o.total * 160 * 0.03)), []],
    ['入金予定日', (c, o) => jstDay(o.at + 30 * DAY), [], opt],
  ] },

  // ---------------------------------------------------------------- bookings (Yanolja partner centre)
  { name: 'yanolja-yeyak-ko', product: 'Yanolja (야놀자 파트너센터: 예약관리 > 예약내역 > 엑셀 다운로드, Korean UI; a motel in Busan selling 대실 and 숙박)', family: 'ecommerce-orders', language: 'ko', schema: E, cols: [
    ['예약번호', (c, o) => `YA${kstDay(o.at).replace(/-/g, '')}${pad(+o.id % 100000, 6)}`, [OR('purchaseID'), '_id']],
    ['예약일시', (c, o) => kst(o.at), ['timestamp', OR('createdDate')]],
    ['예약상태', (c, o) => pk(['예약확정', '예약확정', '이용완료', '이용완료', '예약취소'], +o.id), [], opt],
    ['객실타입', (c, o) => pk(['스탠다드', '디럭스 트윈', '스위트 (스파)', '파티룸'], +o.id >> 1), [PL('name')], opt],
    ['이용유형', (c, o) => (+o.id % 3 === 0 ? '대실' : '숙박'), [], opt],
    ['입실일시', (c, o) => kst(o.at + 2 * DAY).slice(0, 11) + (+o.id % 3 === 0 ? '13:00' : '17:00'), [], opt],
    ['퇴실일시', (c, o) => kst(o.at + (+o.id % 3 === 0 ? 2 : 3) * DAY).slice(0, 11) + (+o.id % 3 === 0 ? '17:00' : '12:00'), [], opt],
    ['박수', (c, o) => (+o.id % 3 === 0 ? '0' : '1'), []],
    ['예약자명', (c) => ko(c).full, []],
    ['안심번호', (c) => safeNo(c), [], opt],
    ['방문수단', (c, o) => (+o.id % 2 ? '차량' : '도보'), []],
    ['판매가', (c, o) => num(+o.id % 3 === 0 ? 35000 : 79000), [], opt],
    ['쿠폰할인', (c, o) => num(o.discount ? 5000 : 0), [OR('discountAmount')]],
    ['쿠폰명', (c, o) => (o.discount ? '주말 5천원 할인' : ''), ['commerce.promotionID'], opt],
    ['결제금액', (c, o) => num((+o.id % 3 === 0 ? 35000 : 79000) - (o.discount ? 5000 : 0)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['결제수단', (c, o) => pk(['신용카드', '카카오페이', '네이버페이', '토스페이', '휴대폰결제'], +o.id), [OR('payments[0].paymentType')]],
    ['수수료', (c, o) => num(((+o.id % 3 === 0 ? 35000 : 79000) - (o.discount ? 5000 : 0)) * 0.1), []],
    ['정산예정금액', (c, o) => num(((+o.id % 3 === 0 ? 35000 : 79000) - (o.discount ? 5000 : 0)) * 0.9), []],
    ['취소일시', (c, o) => (+o.id % 5 === 4 ? kst(o.at + 3600000) : ''), [OR('cancelDate')], opt],
    ['취소사유', (c, o) => (+o.id % 5 === 4 ? '고객 단순변심' : ''), [], opt],
    ['요청사항', (c, o) => pk(['', '', '금연 객실 부탁드려요', '늦게 입실합니다'], +o.id >> 1), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Kmong, freelancer marketplace: an expert's per-order revenue list)
  { name: 'kmong-suik-ko', product: 'Kmong (크몽 판매 관리 > 수익 관리 > 수익금 내역 / 월별 수수료 세금계산서, 주문 번호별 Excel, Korean UI; a logo-design expert)', family: 'ecommerce-orders', language: 'ko', schema: E, cols: [
    ['주문번호', (c, o) => String(5200000 + +o.id * 37), [OR('purchaseID'), '_id']],
    ['주문일시', (c, o) => kst(o.at), ['timestamp', OR('createdDate')]],
    ['완료일시', (c, o) => (kmSt(o) === '완료' ? kst(o.at + (5 + +o.id % 9) * DAY) : ''), [], opt],
    ['거래 상태', (c, o) => kmSt(o), [], opt],
    ['카테고리', (c, o) => kmSvc(o)[1], [PL('productCategories[0].categoryName')], opt],
    ['서비스명', (c, o) => kmSvc(o)[0], [PL('name')]],
    ['패키지', (c, o) => pk(['STANDARD', 'DELUXE', 'PREMIUM'], +o.id >> 1), [PL('selectedOptions[0].value')], opt],
    ['의뢰인', (c) => `${KO_ROMA[ko(c).last]}${n(c) % 1000}`, []],
    ['거래 금액', (c, o) => num(kmAmt(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['서비스 이용료', (c, o) => num(kmAmt(o) * kmRate(o)), []],
    ['결제 수수료', (c, o) => num(kmAmt(o) * 0.03), []],
    ['결제망 이용료', (c, o) => num(kmAmt(o) * 0.003), []],
    ['부가세', (c, o) => num(kmAmt(o) * (kmRate(o) + 0.033) * 0.1), []],
    ['수수료 합계', (c, o) => num(kmAmt(o) * (kmRate(o) + 0.033) * 1.1), []],
    ['수익금', (c, o) => num(kmAmt(o) - kmAmt(o) * (kmRate(o) + 0.033) * 1.1), []],
    ['세금계산서 신청 금액', (c, o) => num(kmAmt(o) * (kmRate(o) + 0.033)), []],
    ['세금계산서 신청 여부', (c, o) => (+o.id % 4 === 0 ? 'Y' : 'N'), []],
  ] },

  // ---------------------------------------------------------------- e-commerce customers (shopby, NHN Commerce)
  { name: 'shopby-hoewon-ko', product: 'shopby (NHN커머스 샵바이 관리자: 회원 > 회원 관리 > 회원 리스트 > 엑셀 다운로드, Korean UI; a home-fragrance brand\'s own store)', family: 'ecommerce-customers', language: 'ko', schema: P, cols: [
    ['회원번호', (c) => String(100000 + n(c) % 900000), ['_id', 'personID']],
    ['아이디', (c) => (n(c) % 3 === 0 ? `kakao_${n(c) * 17}` : ko(c).memberId), [], opt],
    ['이름', (c) => ko(c).full, ['person.name.fullName']],
    ['회원등급', (c) => pk(['일반', '실버', '골드', 'VIP'], n(c) >> 1), ['loyalty.tier'], opt],
    ['가입유형', (c) => (n(c) % 3 === 0 ? '간편로그인(카카오)' : n(c) % 3 === 1 ? '일반회원' : '간편로그인(네이버)'), [], opt],
    ['휴대폰번호', (c) => ko(c).mobile, ['mobilePhone.number']],
    ['전화번호', (c) => (n(c) % 5 === 0 ? `02-${500 + n(c) % 400}-${pad(n(c) % 10000, 4)}` : ''), ['homePhone.number']],
    ['이메일', (c) => ko(c).email, ['personalEmail.address']],
    ['생년월일', (c) => (n(c) % 4 === 0 ? '' : ymdDash(c.birth)), ['person.birthDate']],
    ['성별', (c) => (n(c) % 4 === 0 ? '' : ko(c).female ? '여' : '남'), ['person.gender']],
    ['우편번호', (c) => ko(c).zip, at(HOME, 'postalCode')],
    ['주소', (c) => ko(c).address.replace(/ \d+동 .+$/, ''), at(HOME, 'street1')],
    ['상세주소', (c) => (ko(c).address.match(/ (\d+동 .+)$/) ?? ['', ''])[1], at(HOME, 'street2')],
    ['SMS 수신동의', (c) => (n(c) % 3 ? '동의' : '거부'), [], opt],
    ['이메일 수신동의', (c) => (n(c) % 4 ? '동의' : '거부'), [], opt],
    ['적립금', (c) => num((n(c) * 29) % 20000), ['loyalty.points'], opt],
    ['주문건수', (c) => String(n(c) % 15), []],
    ['누적주문금액', (c) => num((n(c) * 61) % 900000), ['loyalty.lifetimePurchases'], opt],
    ['회원상태', (c) => (n(c) % 11 === 0 ? '휴면' : '정상'), [], opt],
    ['가입경로', (c) => pk(['PC', '모바일웹', '모바일웹', '앱'], n(c)), [], opt],
    ['가입일', (c) => kst(c.created), [], opt],
    ['최종로그인일', (c) => kst(Math.max(c.created, c.updated)), [], opt],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (오늘의집 partner store admin)
  { name: 'ohouse-jumun-ko', product: 'Ohouse (오늘의집 스토어관리: 주문배송 > 전체주문 > 엑셀 다운로드, one row per ordered option, Korean UI; a furniture seller)', family: 'ecommerce-orders', language: 'ko', schema: E, cols: [
    ['주문번호', (c, o) => String(420000000 + +o.id * 113), [OR('purchaseID'), '_id']],
    ['주문옵션번호', (c, o) => String(880000000 + +o.id * 229), [], opt],
    ['주문일시', (c, o) => kst(o.at), ['timestamp', OR('createdDate')]],
    ['결제일시', (c, o) => kst(o.at + 60000), [], opt],
    ['주문상태', (c, o) => ohSt(o), [], opt],
    ['상품번호', (c, o) => String(1300000 + (+o.id % 5) * 4411), [PL('SKU')], opt],
    ['상품명', (c, o) => ohItem(o)[0], [PL('name')]],
    ['옵션', (c, o) => ohItem(o)[1], [PL('selectedOptions[0].value')], opt],
    ['수량', (c, o) => String(o.qty), [PL('quantity')]],
    ['판매가', (c, o) => num(ohItem(o)[2]), [], opt],
    ['상품주문금액', (c, o) => num(ohItem(o)[2] * o.qty), [PL('priceTotal')]],
    ['판매자할인', (c, o) => num(o.discount ? 10000 : 0), [PL('discountAmount'), OR('discountAmount')], opt],
    ['배송비', (c, o) => num(ohShip(o)), ['commerce.shipping.shippingAmount']],
    ['배송비 유형', (c, o) => (ohShip(o) ? '선결제' : '무료'), [], opt],
    ['결제금액', (c, o) => num(ohItem(o)[2] * o.qty - (o.discount ? 10000 : 0) + ohShip(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['주문자명', (c) => ko(c).full, []],
    ['주문자 연락처', (c) => ko(c).mobile, [], opt],
    ['수령인', (c, o) => (+o.id % 6 === 0 ? '김미정' : ko(c).full), []],
    ['수령인 연락처', (c) => safeNo(c), [], opt],
    ['우편번호', (c) => ko(c).zip, [SHIP('postalCode')]],
    ['배송지 주소', (c) => ko(c).address, [SHIP('street1')]],
    ['배송메모', (c, o) => pk(['', '부재 시 문 앞에 놓아주세요', '배송 전 연락 바랍니다', '', '경비실에 맡겨주세요'], +o.id), []],
    ['택배사', (c, o) => (['배송중', '배송완료', '구매확정'].includes(ohSt(o)) ? pk(['CJ대한통운', '한진택배', '롯데택배', '경동택배'], +o.id) : ''), ['commerce.shipping.shippingMethod'], opt],
    ['송장번호', (c, o, r) => (['배송중', '배송완료', '구매확정'].includes(ohSt(o)) ? String(v.int(r, 500000000000, 699999999999)) : ''), ['commerce.shipping.trackingNumber']],
    ['발송일', (c, o) => (['배송중', '배송완료', '구매확정'].includes(ohSt(o)) ? kstDay(o.at + 2 * DAY) : ''), ['commerce.shipping.shipDate'], opt],
    ['구매확정일', (c, o) => (ohSt(o) === '구매확정' ? kstDay(o.at + 9 * DAY) : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Wadiz reward funding: supporters list)
  { name: 'wadiz-supporters-ko', product: 'Wadiz (와디즈 메이커 스튜디오: 리워드 프로젝트 > 발송·정산 관리 > 서포터 리스트 엑셀 다운로드, Korean UI; a kitchen-gadget maker\'s funding)', family: 'ecommerce-orders', language: 'ko', schema: E, cols: [
    ['펀딩번호', (c, o) => String(31000000 + +o.id * 41), [OR('purchaseID'), '_id']],
    ['펀딩일시', (c, o) => kstDot(o.at), ['timestamp', OR('createdDate')]],
    ['결제일시', (c, o) => (wdSt(o) === '결제완료' ? kstDot(o.at + (3 + +o.id % 20) * DAY) : ''), [], opt],
    ['결제상태', (c, o) => wdSt(o), [], opt],
    ['서포터명', (c) => ko(c).full, []],
    ['이메일', (c) => ko(c).email, ['endUserIDs._experience.emailid.id'], opt],
    ['휴대폰번호', (c) => ko(c).mobile, [], opt],
    ['리워드명', (c, o) => wdRw(o)[0], [PL('name')]],
    ['옵션', (c, o) => pk(['색상: 화이트', '색상: 차콜', '색상: 세이지그린'], +o.id >> 2), [PL('selectedOptions[0].value')], opt],
    ['수량', (c, o) => String(o.qty > 2 ? 1 : o.qty), [PL('quantity')]],
    ['리워드 금액', (c, o) => num(wdRw(o)[1] * (o.qty > 2 ? 1 : o.qty)), [PL('priceTotal')], opt],
    ['추가 후원금', (c, o) => num(+o.id % 7 === 0 ? 5000 : 0), []],
    ['배송비', (c, o) => num(+o.id % 4 === 0 ? 0 : 3000), ['commerce.shipping.shippingAmount']],
    ['쿠폰 할인', (c, o) => num(o.discount ? 3000 : 0), [OR('discountAmount')]],
    ['결제금액', (c, o) => num(wdRw(o)[1] * (o.qty > 2 ? 1 : o.qty) + (+o.id % 7 === 0 ? 5000 : 0) + (+o.id % 4 === 0 ? 0 : 3000) - (o.discount ? 3000 : 0)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['결제수단', (c, o) => pk(['신용카드', '신용카드', '네이버페이', '카카오페이'], +o.id), [OR('payments[0].paymentType')]],
    ['수령인', (c, o) => (+o.id % 5 === 0 ? '박지현' : ko(c).full), []],
    ['수령인 휴대폰번호', (c) => ko(c).mobile, [], opt],
    ['우편번호', (c) => ko(c).zip, [SHIP('postalCode')]],
    ['주소', (c) => ko(c).address, [SHIP('street1')]],
    ['배송 요청사항', (c, o) => pk(['', '', '문 앞에 놓아주세요', '파손 주의 부탁드립니다'], +o.id), []],
    ['발송상태', (c, o) => (wdSt(o) !== '결제완료' ? '' : +o.id % 3 ? '발송완료' : '발송대기'), [], opt],
    ['택배사', (c, o) => (wdSt(o) === '결제완료' && +o.id % 3 ? 'CJ대한통운' : ''), ['commerce.shipping.shippingMethod'], opt],
    ['송장번호', (c, o, r) => (wdSt(o) === '결제완료' && +o.id % 3 ? String(v.int(r, 500000000000, 699999999999)) : ''), ['commerce.shipping.trackingNumber']],
    ['발송일', (c, o) => (wdSt(o) === '결제완료' && +o.id % 3 ? kstDay(o.at + 40 * DAY) : ''), ['commerce.shipping.shipDate'], opt],
  ] },
]

// Kmong: service, category, amount and service-fee rate (15 % up to 500,000 won, 8 % up to 2,000,000, 3 % above)
function kmSvc(o) { return pk([['로고 디자인 | 심플하고 세련된 브랜드 로고', '디자인'], ['명함·인쇄물 디자인 해드립니다', '디자인'], ['상세페이지 디자인 제작', '디자인'], ['브랜드 아이덴티티(BI) 패키지', '디자인']], +o.id) }
function kmAmt(o) { return pk([150000, 330000, 550000, 1200000, 2500000], +o.id >> 1) }
function kmRate(o) { const a = kmAmt(o); return a <= 500000 ? 0.15 : a <= 2000000 ? 0.08 : 0.03 }
function kmSt(o) { return pk(['완료', '완료', '완료', '진행 중', '취소'], +o.id) }
// 오늘의집: goods [name, option, unit price], status, delivery fee
function ohItem(o) { return pk([['원목 4인 식탁 세트 1400', '색상: 내추럴 / 의자: 벤치형', 389000], ['모듈형 철제 선반 5단', '사이즈: 800 / 블랙', 89000], ['호텔식 구스 이불 세트', '사이즈: Q / 화이트', 159000], ['접이식 좌식 테이블', '오크', 45900], ['패브릭 3인 소파', '그레이 / 스툴 추가', 529000]], +o.id) }
function ohSt(o) { return pk(['결제완료', '배송준비중', '배송중', '배송완료', '구매확정', '구매확정', '취소완료'], +o.id >> 1) }
function ohShip(o) { return ohItem(o)[2] >= 100000 ? 0 : 3000 }
// Wadiz: reward [name, price], payment status (payments run when the funding ends)
function wdRw(o) { return pk([['[슈퍼얼리버드] 스마트 진공 밀폐용기 3종', 39000], ['[얼리버드] 스마트 진공 밀폐용기 5종', 59000], ['[얼리버드] 밀폐용기 5종 + 전동 펌프', 79000], ['[일반] 스마트 진공 밀폐용기 3종', 45000]], +o.id) }
function wdSt(o) { return pk(['결제완료', '결제완료', '결제완료', '결제예약', '결제실패', '펀딩취소'], +o.id) }
