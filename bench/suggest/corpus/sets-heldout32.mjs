// Round 32, heldout32: held-out sets added in round 29's brief, written apart from the suggester and any tuning, scored
// once at the end. Same format as sets.mjs (sources in ../README.md): header as the product exports it, one value
// generator per column in the product's formats, the accepted destinations ([] = nothing fits) and 'opt' for borderline
// columns. All twelve are Japanese products exporting in Japanese.
import { E, P, B, v, OR, PL, SHIP, BILL, opt, at, HOME } from './sets.mjs'
import { pad, shift } from './values.mjs'
import { loc12 } from './values12.mjs'

const ja = (c) => loc12(c, 'ja')
const n = (x) => +x.id
const pk = (xs, k) => xs[k % xs.length]
const DAY = 86400000
// JST formatters: yyyy/MM/dd HH:mm:ss, yyyy-MM-dd HH:mm:ss, yyyy/MM/dd, yyyy年M月d日
const jst = (ms) => { const p = shift(ms, 9); return `${p.y}/${pad(p.m)}/${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const jstDash = (ms) => { const p = shift(ms, 9); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const jstDay = (ms) => { const p = shift(ms, 9); return `${p.y}/${pad(p.m)}/${pad(p.d)}` }
const jstHm = (ms) => { const p = shift(ms, 9); return `${p.y}/${pad(p.m)}/${pad(p.d)} ${pad(p.H)}:${pad(p.M)}` }
const yen = (x) => String(Math.round(x))
const yenC = (x) => String(Math.round(x)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
const ROMA_F = ['kenta', 'misaki', 'sho', 'yoko', 'daisuke', 'aya', 'yuki', 'haruka', 'takuya', 'mao']
const ROMA_L = ['sato', 'suzuki', 'takahashi', 'tanaka', 'ito', 'watanabe', 'yamamoto', 'nakamura']
const jaMail = (c) => `${pk(ROMA_F, n(c))}.${pk(ROMA_L, n(c) >> 3)}${n(c) % 100}@${pk(['gmail.com', 'yahoo.co.jp', 'icloud.com', 'docomo.ne.jp', 'ezweb.ne.jp'], n(c) >> 1)}`
const jaTel = (c) => ja(c).tel.join('-')
const jaMob = (c) => ja(c).mobile.join('-')
// Japanese companies for the B2B sets: name, kana, domain
const CO = [['株式会社サクラテック', 'サクラテック', 'sakuratech.co.jp'], ['合同会社みどり企画', 'ミドリキカク', 'midori-kikaku.jp'], ['株式会社ひかり物流', 'ヒカリブツリュウ', 'hikari-logi.co.jp'], ['有限会社山田製作所', 'ヤマダセイサクショ', 'yamada-ss.co.jp'], ['株式会社ネクストリンク', 'ネクストリンク', 'nextlink.co.jp'], ['株式会社青空フーズ', 'アオゾラフーズ', 'aozora-foods.co.jp'], ['一般社団法人日本地域振興協会', 'ニホンチイキシンコウキョウカイ', 'jrda.or.jp']]
const co = (c) => pk(CO, n(c) >> 2)
const workMail = (c) => `${pk(ROMA_L, n(c))}.${pk(ROMA_F, n(c) >> 2)[0]}@${co(c)[2]}`
const DEPT = ['営業部', 'マーケティング部', '総務部', '情報システム部', '経営企画室', '広報部']
const TITLE = ['部長', '課長', '主任', '', '代表取締役', 'マネージャー', '']

// EC-CUBE 4: a shop's members (管理画面 > 会員管理 > 会員マスター > CSVダウンロード; the 会員CSV columns of dtb_csv as shipped).
const EC_JOB = [[1, '公務員'], [2, 'コンサルタント'], [4, '会社員'], [6, '自営業'], [12, '主婦'], [13, '学生'], [17, 'その他']]
const ecJob = (c) => (n(c) % 4 === 3 ? null : pk(EC_JOB, n(c) >> 1))
const EC_ST = [[2, '本会員'], [2, '本会員'], [2, '本会員'], [1, '仮会員'], [2, '本会員'], [3, '退会']]
const ecSt = (c) => pk(EC_ST, n(c))
const ecBuys = (c) => (ecSt(c)[0] === 1 ? 0 : n(c) % 9)
const PREF_ID = { 北海道: 1, 宮城県: 4, 東京都: 13, 神奈川県: 14, 埼玉県: 11, 千葉県: 12, 愛知県: 23, 京都府: 26, 大阪府: 27, 兵庫県: 28, 広島県: 34, 福岡県: 40 }
const prefId = (pref) => String(PREF_ID[pref] ?? 13)

// Makuake: a project's supporters (実行者ページ > プロジェクト管理 > 支援者一覧 > CSVダウンロード; one row per supported return).
const MK_RET = [['R-1', '【超早割】30%OFF 折りたたみ電動自転車 1台', 69800], ['R-2', '【早割】25%OFF 折りたたみ電動自転車 1台', 74800], ['R-3', '【Makuake割】20%OFF 折りたたみ電動自転車 1台', 79800], ['R-4', '【ペア割】折りたたみ電動自転車 2台セット', 149600], ['R-5', '純正サイドバッグ 単品', 9800]]
const mkRet = (o) => pk(MK_RET, n(o))
const mkQty = (o) => (mkRet(o)[0] === 'R-5' ? 1 + (n(o) % 2) : 1)
const mkSt = (o) => pk(['支援完了', '支援完了', '支援完了', '発送済み', '発送済み', 'キャンセル'], n(o) >> 1)
const mkGift = (o) => n(o) % 7 === 3
const mkNick = (c) => pk(['ちゃりんこ好き', 'Taka', 'ゆう', 'mokomoko', 'サイクリスト健', 'hana_88', 'あおい'], n(c))

// Creema: a maker's orders (クリエイター管理画面 > 注文管理 > CSVダウンロード; one row per ordered item).
const CR_ITEM = [['12873456', '真鍮のしずくピアス', 'ゴールド / ピアス', 3800], ['13092211', '天然石ブレスレット ラブラドライト', '15cm', 5200], ['11874302', '刺繍ブローチ ミモザ', '', 2900], ['13300875', '革のミニ財布 キャメル', 'キャメル', 12800], ['12450190', 'ドライフラワーリース S', 'S（直径18cm）', 4500]]
const crItem = (o) => pk(CR_ITEM, n(o))
const crQty = (o) => (n(o) % 5 === 1 ? 2 : 1)
const crSub = (o) => crItem(o)[3] * crQty(o)
const crShip = (o) => (crSub(o) >= 10000 ? 0 : pk([185, 230, 520], n(o)))
const crCoupon = (o) => (n(o) % 6 === 2 ? 300 : 0)
const crSt = (o) => pk(['発送済み', '取引完了', '取引完了', '入金待ち', '発送待ち', 'キャンセル'], n(o))
const crShipped = (o) => ['発送済み', '取引完了'].includes(crSt(o))
const crGift = (o) => n(o) % 6 === 4

// Smaregi: register transactions of a Kyoto café and goods shop (管理画面 > 取引 > 取引履歴 > CSVダウンロード, the transaction-head columns).
// business hours (10:00-18:59 JST) on the order's day
const smAt = (o) => Math.floor(o.at / DAY) * DAY + (1 + (n(o) % 9)) * 3600000 + ((n(o) * 37) % 3600) * 1000
const smTotal0 = (o) => 380 + (n(o) % 47) * 110
const smUnitDisc = (o) => (n(o) % 8 === 3 ? 100 : 0)
const smSub = (o) => smTotal0(o) - smUnitDisc(o)
const smSubDisc = (o) => (n(o) % 10 === 4 ? Math.round(smSub(o) * 0.1) : 0)
const smPoint = (o) => (smMember(o) && n(o) % 4 === 0 ? 100 : 0)
const smTotal = (o) => smSub(o) - smSubDisc(o) - smPoint(o)
const smTax = (o) => Math.floor(smTotal(o) * 8 / 108)
const smMember = (o) => n(o) % 3 === 0
const smCash = (o) => n(o) % 3 === 1
const smDiv = (o) => (n(o) % 23 === 5 ? '1' : '0')

// AirREGI: sales lines of a Sapporo ramen-and-izakaya (Airレジ バックオフィス > 売上 > 会計明細CSV; one row per item of a 会計, customer and memo columns on).
const AR_ITEM = [['醤油ラーメン', 'ラーメン', '', 850], ['味噌ラーメン', 'ラーメン', '大盛', 1050], ['餃子', 'サイドメニュー', '6個', 380], ['生ビール', 'ドリンク', '中', 550], ['チャーハン', 'サイドメニュー', '', 650], ['唐揚げ', 'サイドメニュー', '4個', 480]]
const arItem = (o) => pk(AR_ITEM, n(o))
const arQty = (o) => 1 + (n(o) % 3 === 1 ? 1 : 0)
const arLine = (o) => arItem(o)[3] * arQty(o)
const arDisc = (o) => (n(o) % 11 === 4 ? 100 : 0)
const arTotal = (o) => arLine(o) - arDisc(o) + (n(o) % 4) * 550
const arPay = (o) => pk(['現金', '現金', 'クレジットカード', '交通系電子マネー', 'PayPay', '現金'], n(o) >> 1)
const arPaid = (o) => (arPay(o) === '現金' ? Math.ceil(arTotal(o) / 1000) * 1000 : arTotal(o))
const arCust = (o) => n(o) % 5 === 2
const arAt = (o) => Math.floor(o.at / DAY) * DAY + (2 + (n(o) % 12)) * 3600000 + ((n(o) * 53) % 3600) * 1000 // 11:00-22:59 JST

// Coconala: a seller's sales (出品者メニュー > 売上管理 > 売上明細 > CSVダウンロード; a freelance designer, one row per transaction).
const CN_SV = [['2841103', 'ロゴデザイン｜商用利用OK・修正無制限で作成します', 'デザイン', 15000], ['3012877', 'バナー作成｜SNS広告用バナーを1枚から', 'デザイン', 3000], ['2955410', '名刺デザイン｜両面・データ納品', 'デザイン', 5000], ['3120094', 'LPデザイン｜スマホ対応のランディングページ', 'Webサイト制作・Webデザイン', 80000]]
const cnSv = (o) => pk(CN_SV, n(o))
const cnOpt = (o) => (n(o) % 3 === 1 ? 3000 : 0)
const cnTip = (o) => (n(o) % 7 === 2 ? 1000 : 0)
const cnAmt = (o) => cnSv(o)[3] + cnOpt(o) + cnTip(o)
const cnFee = (o) => Math.floor(cnAmt(o) * 0.22)
const cnSt = (o) => pk(['取引完了', '取引完了', '取引完了', '正式な回答待ち', 'お届け待ち', 'キャンセル'], n(o))
const cnDone = (o) => cnSt(o) === '取引完了'
const cnNick = (c) => pk(['hanako_shop', 'ヨシダ企画', 'kazu-design', 'まるやま商店', 'sakura0214', 'T.Nishimura'], n(c))

// freee: business partners of a Tokyo web agency (freee会計 > 設定 > 取引先の設定 > インポート・エクスポート > エクスポート, CSV).
const frPost = (c) => pk([['100-0005', '東京都', '千代田区丸の内1-6-5', '丸の内北口ビル9F'], ['530-0011', '大阪府', '大阪市北区大深町3-1', 'グランフロント大阪タワーB 12F'], ['460-0003', '愛知県', '名古屋市中区錦2-4-3', ''], ['810-0001', '福岡県', '福岡市中央区天神2-8-38', '協和ビル5F'], ['150-0002', '東京都', '渋谷区渋谷2-21-1', '渋谷ヒカリエ27F']], n(c) >> 1)
const frIndiv = (c) => n(c) % 6 === 5
const frTel = (c) => { const t = pk(['03-5218-4410', '06-6359-2201', '052-231-7788', '092-715-3302', '03-6434-1190'], n(c) >> 1); return `${t.slice(0, -4)}${pad((n(c) * 31) % 10000, 4)}` }

// Misoca: invoices of a design office (Misoca > 請求書 > 一覧 > CSVダウンロード; one row per invoice, yen).
const msSub = (o) => 30000 + (n(o) % 40) * 5000
const msTax = (o) => Math.floor(msSub(o) * 0.1)
const msWith = (o) => (n(o) % 4 === 1 ? Math.floor(msSub(o) * 0.1021) : 0)
const msSt = (o) => pk(['送付済み', '送付済み', '未送付', '送付済み', 'ダウンロード済み'], n(o))
const msPaid = (o) => n(o) % 5 < 3 && msSt(o) !== '未送付'
const msIssue = (o) => { const p = shift(o.at, 9); return Date.UTC(p.y, p.m, 0) } // month end of the work month
const msDue = (o) => { const p = shift(o.at, 9); return Date.UTC(p.y, p.m + 1, 0) }

// SATORI: customers (leads) of a B2B SaaS vendor (カスタマーデータ > カスタマー管理 > 検索結果のカスタマーすべてにアクション > CSVダウンロード).
const SA_IND = ['製造業', '情報通信業', '卸売業・小売業', 'サービス業', '建設業', '金融業・保険業']
const SA_SIZE = ['1～9名', '10～49名', '50～99名', '100～299名', '300～999名', '1000名以上']
const SA_SRC = ['自然検索', 'Web広告', '展示会', 'ホワイトペーパー', 'セミナー', '名刺交換', '問い合わせフォーム']
const saSrc = (c) => pk(SA_SRC, n(c) >> 1)
const saAddr = (c) => frPost(c)
const saStop = (c) => n(c) % 10 === 7

// Cuenote FC: a cosmetics brand's newsletter address book (アドレス帳 > ダウンロード, CSV with the book's column display names).
const cuStop = (c) => n(c) % 8 === 5
const cuBounce = (c) => (n(c) % 13 === 4 ? 3 : n(c) % 7 === 2 ? 1 : 0)
const cuRank = (c) => pk(['レギュラー', 'シルバー', 'ゴールド', 'プラチナ', 'レギュラー'], n(c) >> 1)

// blastmail: a Kobe bakery's newsletter readers (読者一覧 > ダウンロード, CSV; 氏名 and E-Mail plus the 項目設定 items turned on).
const blSt = (c) => pk(['配信中', '配信中', '配信中', '配信中', '配信停止', '配信中', 'エラー停止', '解除'], n(c))
const blErr = (c) => (blSt(c) === 'エラー停止' ? 5 : n(c) % 6 === 1 ? 1 : 0)

// Re:lation: tickets of an online furniture shop's shared inbox (受信箱 > チケット一覧 > CSVエクスポート; one row per ticket).
const RL_ST = ['未対応', '保留', '対応済み', '完了', '完了', '完了']
const rlSt = (o) => pk(RL_ST, n(o))
const RL_SUBJ = ['配送日の変更について', '商品に傷がありました', '組み立て方法を教えてください', '領収書の発行をお願いします', '注文のキャンセルをしたい', 'ソファの張地サンプルについて']
const RL_CH = ['メール', 'メール', 'メール', 'チャット', 'LINE', '電話']
const rlCh = (o) => pk(RL_CH, n(o) >> 1)

const ecAddr = (c) => { const m = /^(\D+)(.*)$/.exec(ja(c).town); return [`${ja(c).city}${m ? m[1] : ''}`, m ? m[2] : ja(c).town] }
const ecBirth = (c) => { const p = shift(c.birth, 0); return `${p.y}-${pad(p.m)}-${pad(p.d)} 00:00:00` }

export const SETS = [
  // ---------------------------------------------------------------- e-commerce customers
  { name: 'eccube-kaiin-ja', product: 'EC-CUBE 4 (管理画面 > 会員管理 > 会員マスター > CSVダウンロード; the 会員CSV columns EC-CUBE ships in dtb_csv, a Japanese tea shop)', family: 'ecommerce-customers', language: 'ja', schema: P, cols: [
    ['会員ID', (c) => String(1 + (n(c) % 4000)), ['_id', 'personID'], opt],
    ['お名前(姓)', (c) => ja(c).last, ['person.name.lastName']],
    ['お名前(名)', (c) => ja(c).first, ['person.name.firstName']],
    ['お名前(セイ)', (c) => ja(c).lastKana, []],
    ['お名前(メイ)', (c) => ja(c).firstKana, []],
    ['会社名', (c) => (n(c) % 9 === 4 ? co(c)[0] : ''), ['organizations[0]'], opt],
    ['郵便番号', (c) => ja(c).zip.replace('-', ''), at(HOME, 'postalCode')],
    ['都道府県(ID)', (c) => prefId(ja(c).pref), [], opt],
    ['都道府県(名称)', (c) => ja(c).pref, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['住所1', (c) => ecAddr(c)[0], [...at(HOME, 'city'), ...at(HOME, 'street1')]],
    ['住所2', (c) => ecAddr(c)[1], [...at(HOME, 'street1'), ...at(HOME, 'street2')]],
    ['メールアドレス', (c) => jaMail(c), ['personalEmail.address']],
    ['TEL', (c) => (n(c) % 3 ? jaMob(c) : jaTel(c)).replace(/-/g, ''), ['mobilePhone.number', 'homePhone.number']],
    ['性別(ID)', (c) => (n(c) % 5 === 2 ? '' : ja(c).female ? '2' : '1'), ['person.gender'], opt],
    ['性別(名称)', (c) => (n(c) % 5 === 2 ? '' : ja(c).female ? '女性' : '男性'), ['person.gender']],
    ['職業(ID)', (c) => (ecJob(c) ? String(ecJob(c)[0]) : ''), [], opt],
    ['職業(名称)', (c) => (ecJob(c) ? ecJob(c)[1] : ''), [], opt],
    ['誕生日', (c) => (n(c) % 4 === 1 ? '' : ecBirth(c)), ['person.birthDate']],
    ['初回購入日', (c) => (ecBuys(c) ? jstDash(c.created + 2 * DAY) : ''), [], opt],
    ['最終購入日', (c) => (ecBuys(c) ? jstDash(Math.max(c.created + 2 * DAY, c.updated)) : ''), [], opt],
    ['購入回数', (c) => String(ecBuys(c)), [], opt],
    ['ショップ用メモ欄', (c) => pk(['', '', '', 'ギフト利用多め', '法人購入あり（請求書払い）', '配送先は勤務先を希望'], n(c)), []],
    ['会員ステータス(ID)', (c) => String(ecSt(c)[0]), [], opt],
    ['会員ステータス(名称)', (c) => ecSt(c)[1], [], opt],
    ['登録日', (c) => jstDash(c.created), [], opt],
    ['更新日', (c) => jstDash(Math.max(c.created, c.updated)), [], opt],
  ] },

  // ---------------------------------------------------------------- e-commerce orders
  { name: 'makuake-shiensha-ja', product: 'Makuake (実行者ページ > プロジェクト管理 > 支援者一覧 > CSVダウンロード; a folding e-bike crowdfunding project, one row per supported return)', family: 'ecommerce-orders', language: 'ja', schema: E, cols: [
    ['支援ID', (c, o) => String(20000000 + n(o) * 37), ['_id', OR('purchaseID')]],
    ['支援日時', (c, o) => jst(o.at), ['timestamp', OR('createdDate')]],
    ['支援ステータス', (c, o) => mkSt(o), [], opt],
    ['リターンID', (c, o) => mkRet(o)[0], [PL('SKU'), PL('_id')], opt],
    ['リターン名', (c, o) => mkRet(o)[1], [PL('name')]],
    ['数量', (c, o) => String(mkQty(o)), [PL('quantity')]],
    ['支援金額', (c, o) => yen(mkRet(o)[2] * mkQty(o)), [OR('priceTotal'), OR('payments[0].paymentAmount'), PL('priceTotal')]],
    ['ユーザーID', (c) => String(1500000 + (n(c) * 13) % 900000), [], opt],
    ['ニックネーム', (c) => mkNick(c), []],
    ['氏名', (c, o) => (mkGift(o) ? '山本 和子' : ja(c).full), []],
    ['フリガナ', (c, o) => (mkGift(o) ? 'ヤマモト カズコ' : `${ja(c).lastKana} ${ja(c).firstKana}`), []],
    ['メールアドレス', (c) => jaMail(c), ['endUserIDs._experience.emailid.id'], opt],
    ['電話番号', (c, o) => (mkGift(o) ? '045-681-2233' : jaMob(c)), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['郵便番号', (c, o) => (mkGift(o) ? '231-0023' : ja(c).zip), [SHIP('postalCode')]],
    ['都道府県', (c, o) => (mkGift(o) ? '神奈川県' : ja(c).pref), [SHIP('stateProvince'), SHIP('state')]],
    ['市区町村', (c, o) => (mkGift(o) ? '横浜市中区' : ja(c).city), [SHIP('city')]],
    ['番地', (c, o) => (mkGift(o) ? '山下町2-5' : ja(c).town.split(' ')[0]), [SHIP('street1')]],
    ['建物名・部屋番号', (c, o) => (mkGift(o) ? '' : ja(c).town.split(' ')[1] ?? ''), [SHIP('street2')]],
    ['性別', (c) => (ja(c).female ? '女性' : '男性'), []],
    ['年代', (c) => `${Math.floor((2025 - new Date(c.birth).getUTCFullYear()) / 10) * 10}代`, []],
    ['リターンの質問への回答', (c, o) => `カラー：${pk(['マットブラック', 'アイボリー', 'カーキ'], n(o) >> 2)}`, [PL('selectedOptions[0].value')], opt],
    ['お届け予定', () => '2025年6月末までに発送予定', []],
    ['発送日', (c, o) => (mkSt(o) === '発送済み' ? jstDay(o.at + 40 * DAY) : ''), ['commerce.shipping.shipDate'], opt],
    ['配送業者', (c, o) => (mkSt(o) === '発送済み' ? pk(['ヤマト運輸', '西濃運輸', '佐川急便'], n(o)) : ''), ['commerce.shipping.shippingMethod'], opt],
    ['お問い合わせ伝票番号', (c, o, r) => (mkSt(o) === '発送済み' ? String(v.int(r, 100000000000, 999999999999)) : ''), ['commerce.shipping.trackingNumber']],
    ['備考', (c, o) => (mkGift(o) ? 'プレゼント用のため明細書不要' : ''), []],
  ] },
  { name: 'creema-chumon-ja', product: 'Creema (クリエイター管理画面 > 注文管理 > CSVダウンロード; an accessories maker, one row per ordered item)', family: 'ecommerce-orders', language: 'ja', schema: E, cols: [
    ['注文番号', (c, o) => `CR${String(300000000 + n(o) * 41)}`, [OR('purchaseID')]],
    ['注文日時', (c, o) => jst(o.at), ['timestamp', OR('createdDate')]],
    ['注文ステータス', (c, o) => crSt(o), [], opt],
    ['作品ID', (c, o) => crItem(o)[0], [PL('SKU'), PL('_id')]],
    ['作品名', (c, o) => crItem(o)[1], [PL('name')]],
    ['オプション', (c, o) => crItem(o)[2], [PL('selectedOptions[0].value')], opt],
    ['価格', (c, o) => yen(crItem(o)[3]), [], opt],
    ['数量', (c, o) => String(crQty(o)), [PL('quantity')]],
    ['小計', (c, o) => yen(crSub(o)), [PL('priceTotal')], opt],
    ['送料', (c, o) => yen(crShip(o)), ['commerce.shipping.shippingAmount']],
    ['クーポン割引額', (c, o) => yen(crCoupon(o)), [OR('discountAmount')], opt],
    ['合計金額', (c, o) => yen(crSub(o) + crShip(o) - crCoupon(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['お支払い方法', (c, o) => pk(['クレジットカード', 'PayPay', 'コンビニ決済', '楽天ペイ', '銀行振込', 'Amazon Pay'], n(o) >> 1), [OR('payments[0].paymentType')]],
    ['入金日時', (c, o) => (crSt(o) === '入金待ち' ? '' : jst(o.at + 600000)), [], opt],
    ['購入者名', (c) => ja(c).full, []],
    ['お届け先氏名', (c, o) => (crGift(o) ? '小林 真由美' : ja(c).full), []],
    ['お届け先郵便番号', (c, o) => (crGift(o) ? '650-0011' : ja(c).zip), [SHIP('postalCode')]],
    ['お届け先都道府県', (c, o) => (crGift(o) ? '兵庫県' : ja(c).pref), [SHIP('stateProvince'), SHIP('state')]],
    ['お届け先住所', (c, o) => (crGift(o) ? '神戸市中央区下山手通4-1-8' : `${ja(c).city}${ja(c).town}`), [SHIP('street1')], opt],
    ['お届け先電話番号', (c, o) => (crGift(o) ? '078-333-1234' : jaMob(c)), [], opt],
    ['配送方法', (c, o) => pk(['クリックポスト', 'ゆうパケット', 'レターパックプラス'], n(o)), ['commerce.shipping.shippingMethod'], opt],
    ['発送日', (c, o) => (crShipped(o) ? jstDay(o.at + 2 * DAY) : ''), ['commerce.shipping.shipDate'], opt],
    ['追跡番号', (c, o, r) => (crShipped(o) ? String(v.int(r, 100000000000, 999999999999)) : ''), ['commerce.shipping.trackingNumber']],
    ['ギフトラッピング', (c, o) => (crGift(o) ? '希望する' : '希望しない'), []],
    ['購入者からのメッセージ', (c, o) => pk(['', '', '誕生日プレゼントです。値札を外してください。', '', '金具をノンホールピアスに変更希望です'], n(o)), []],
  ] },

  // ---------------------------------------------------------------- payments
  { name: 'smaregi-torihiki-ja', product: 'Smaregi (管理画面 > 取引 > 取引履歴 > CSVダウンロード; a Kyoto café and goods shop with two registers, one row per transaction)', family: 'payments', language: 'ja', schema: E, cols: [
    ['取引ID', (c, o) => String(100000 + n(o) * 3), [OR('purchaseID'), '_id', OR('payments[0].transactionID')]],
    ['取引日時', (c, o) => jstDash(smAt(o) + 4000), ['timestamp', OR('createdDate')]],
    ['取引区分', (c, o) => (n(o) % 29 === 7 ? '6' : '1'), [], opt],
    ['取消区分', (c, o) => smDiv(o), [], opt],
    ['単価値引き前小計', (c, o) => yen(smTotal0(o)), [], opt],
    ['単価値引き小計', (c, o) => yen(smUnitDisc(o)), [], opt],
    ['小計', (c, o) => yen(smSub(o)), [], opt],
    ['小計値引き', (c, o) => yen(smSubDisc(o)), [OR('discountAmount')], opt],
    ['小計割引率', (c, o) => (smSubDisc(o) ? '10' : ''), []],
    ['ポイント値引き', (c, o) => yen(smPoint(o)), [], opt],
    ['合計', (c, o) => yen(smTotal(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['内消費税', (c, o) => yen(smTax(o)), [OR('taxAmount')]],
    ['内現金支払金額', (c, o) => yen(smCash(o) ? smTotal(o) : 0), [], opt],
    ['内クレジット支払金額', (c, o) => yen(smCash(o) ? 0 : smTotal(o)), [], opt],
    ['預り金額', (c, o) => yen(smCash(o) ? Math.ceil(smTotal(o) / 1000) * 1000 : smTotal(o)), []],
    ['釣銭額', (c, o) => yen(smCash(o) ? Math.ceil(smTotal(o) / 1000) * 1000 - smTotal(o) : 0), []],
    ['合計数量', (c, o) => String(o.qty), [], opt],
    ['客数', (c, o) => String(1 + (n(o) % 3 === 2 ? 1 : 0)), []],
    ['店舗ID', () => '1', ['commerce.commerceScope.storeCode'], opt],
    ['端末ID', (c, o) => String(1 + (n(o) % 2)), []],
    ['端末取引ID', (c, o) => String(5000 + (n(o) % 5000)), [], opt],
    ['端末取引日時', (c, o) => jstDash(smAt(o)), ['timestamp'], opt],
    ['会員ID', (c, o) => (smMember(o) ? String(200 + (n(c) % 800)) : ''), [], opt],
    ['会員コード', (c, o) => (smMember(o) ? `K${pad(n(c) % 100000, 6)}` : ''), [], opt],
    ['販売員ID', (c, o) => pk(['3', '5', '8'], n(o)), []],
    ['付与ポイント', (c, o) => (smMember(o) ? yen(Math.floor(smTotal(o) / 100)) : '0'), []],
    ['使用ポイント', (c, o) => yen(smPoint(o)), [], opt],
    ['メモ', (c, o) => pk(['', '', '', 'テイクアウト', '領収書発行済'], n(o)), []],
  ] },
  { name: 'airregi-kaikei-ja', product: 'AirREGI (Airレジ バックオフィス > 売上 > 会計明細CSVファイル; a Sapporo ramen shop, one row per item of a 会計, customer and 伝票メモ columns switched on)', family: 'payments', language: 'ja', schema: E, cols: [
    ['店舗名', () => 'らーめん北斗 札幌駅前店', [], opt],
    ['会計日', (c, o) => jstDay(arAt(o)), ['timestamp'], opt],
    ['会計時間', (c, o) => jstHm(arAt(o)).slice(11), [], opt],
    ['伝票番号', (c, o) => `${jstDay(arAt(o)).replace(/\//g, '')}-${pad(n(o) % 1000, 4)}`, [OR('purchaseID')]],
    ['取引種別', (c, o) => (n(o) % 19 === 6 ? '会計修正' : '会計'), [], opt],
    ['商品名', (c, o) => arItem(o)[0], [PL('name')]],
    ['カテゴリー', (c, o) => arItem(o)[1], [PL('productCategories[0].categoryName')], opt],
    ['バリエーション', (c, o) => arItem(o)[2], [PL('selectedOptions[0].value')], opt],
    ['単価', (c, o) => yen(arItem(o)[3]), [], opt],
    ['数量', (c, o) => String(arQty(o)), [PL('quantity')]],
    ['値引き', (c, o) => yen(arDisc(o)), [PL('discountAmount')], opt],
    ['小計', (c, o) => yen(arLine(o) - arDisc(o)), [PL('priceTotal')], opt],
    ['税区分', () => '内税', []],
    ['税率', (c, o) => (n(o) % 8 === 5 ? '8%' : '10%'), []],
    ['合計', (c, o) => yen(arTotal(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['内消費税', (c, o) => yen(Math.floor(arTotal(o) * 10 / 110)), [OR('taxAmount')]],
    ['支払方法', (c, o) => arPay(o), [OR('payments[0].paymentType')]],
    ['預り金', (c, o) => yen(arPaid(o)), []],
    ['お釣り', (c, o) => yen(arPaid(o) - arTotal(o)), []],
    ['金券内訳', (c, o) => (n(o) % 13 === 3 ? 'さっぽろ地域クーポン:1000' : ''), []],
    ['売掛内訳', (c, o) => (['クレジットカード', '交通系電子マネー', 'PayPay'].includes(arPay(o)) ? `${arPay(o)}:${arTotal(o)}` : ''), [], opt],
    ['人数', (c, o) => String(1 + (n(o) % 4)), []],
    ['顧客名', (c, o) => (arCust(o) ? ja(c).full : ''), []],
    ['顧客名(カナ)', (c, o) => (arCust(o) ? `${ja(c).lastKana} ${ja(c).firstKana}` : ''), []],
    ['顧客番号', (c, o) => (arCust(o) ? `C${pad(n(c) % 10000, 5)}` : ''), [], opt],
    ['伝票メモ', (c, o) => pk(['', '', '', '替え玉1回サービス', '常連・麺かため'], n(o)), []],
  ] },
  { name: 'coconala-uriage-ja', product: 'Coconala (出品者メニュー > 売上管理 > 売上明細 > CSVダウンロード; a freelance designer\'s services, one row per transaction)', family: 'payments', language: 'ja', schema: E, cols: [
    ['取引ID', (c, o) => String(9000000 + n(o) * 61), [OR('purchaseID'), '_id']],
    ['トークルームURL', (c, o) => `https://coconala.com/talkrooms/${9000000 + n(o) * 61}`, []],
    ['購入日時', (c, o) => jst(o.at), ['timestamp', OR('createdDate')]],
    ['サービスID', (c, o) => cnSv(o)[0], [PL('SKU'), PL('_id')], opt],
    ['サービス名', (c, o) => cnSv(o)[1], [PL('name')]],
    ['カテゴリ', (c, o) => cnSv(o)[2], [PL('productCategories[0].categoryName')], opt],
    ['購入者', (c) => cnNick(c), []],
    ['取引ステータス', (c, o) => cnSt(o), [], opt],
    ['基本料金', (c, o) => yen(cnSv(o)[3]), [PL('priceTotal')], opt],
    ['有料オプション', (c, o) => yen(cnOpt(o)), [], opt],
    ['おひねり', (c, o) => yen(cnTip(o)), []],
    ['取引金額', (c, o) => yen(cnAmt(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['販売手数料', (c, o) => yen(cnFee(o)), []],
    ['売上金額', (c, o) => yen(cnAmt(o) - cnFee(o)), [], opt],
    ['お届け日時', (c, o) => (cnDone(o) || cnSt(o) === '正式な回答待ち' ? jst(o.at + 5 * DAY) : ''), [], opt],
    ['取引完了日時', (c, o) => (cnDone(o) ? jst(o.at + 8 * DAY) : ''), [], opt],
    ['売上確定日', (c, o) => (cnDone(o) ? jstDay(o.at + 8 * DAY) : ''), []],
    ['評価', (c, o) => (cnDone(o) ? pk(['満足', '満足', '満足', '普通'], n(o) >> 1) : ''), []],
  ] },

  // ---------------------------------------------------------------- CRM / invoicing
  { name: 'freee-torihikisaki-ja', product: 'freee会計 (設定 > 取引先の設定 > インポート・エクスポート > エクスポート, CSV; a Tokyo web agency\'s clients and suppliers, 取引先コード in use)', family: 'crm', language: 'ja', schema: B, cols: [
    ['取引先コード', (c) => `C${pad(1 + (n(c) % 900), 4)}`, ['b2b.accountKey.sourceID', 'b2b.accountID'], opt],
    ['名前(通称)', (c) => (frIndiv(c) ? ja(c).full : co(c)[0].replace(/^(株式会社|合同会社|有限会社|一般社団法人)/, '')), ['b2b.companyName', 'organizations[0]']],
    ['ショートカット1', (c) => (frIndiv(c) ? '' : co(c)[1].slice(0, 4)), []],
    ['ショートカット2', (c) => (frIndiv(c) ? '' : co(c)[2].split('.')[0]), []],
    ['正式名称 (帳票出力時に使用される名称)', (c) => (frIndiv(c) ? ja(c).full : co(c)[0]), ['b2b.companyName', 'organizations[0]']],
    ['カナ名称', (c) => (frIndiv(c) ? `${ja(c).lastKana} ${ja(c).firstKana}` : co(c)[1]), []],
    ['敬称', (c) => (frIndiv(c) ? '様' : '御中'), ['person.name.courtesyTitle'], opt],
    ['事業所種別', (c) => (frIndiv(c) ? '個人' : '法人'), [], opt],
    ['地域', () => '国内', [], opt],
    ['郵便番号', (c) => frPost(c)[0], ['workAddress.postalCode', 'billingAddress.postalCode']],
    ['都道府県', (c) => frPost(c)[1], ['workAddress.stateProvince', 'workAddress.state', 'billingAddress.stateProvince', 'billingAddress.state']],
    ['市区町村・番地', (c) => frPost(c)[2], ['workAddress.street1', 'billingAddress.street1']],
    ['建物名・部屋番号など', (c) => frPost(c)[3], ['workAddress.street2', 'billingAddress.street2']],
    ['電話番号', (c) => frTel(c), ['workPhone.number']],
    ['担当者 氏名', (c) => (n(c) % 4 === 3 ? '' : ja(c).full), ['person.name.fullName']],
    ['担当者 部署', (c) => (frIndiv(c) ? '' : pk(DEPT, n(c))), ['extendedWorkDetails.departments[0]']],
    ['担当者 メールアドレス', (c) => workMail(c), ['workEmail.address']],
    ['法人番号', (c) => (frIndiv(c) ? '' : String(1010001000000 + (n(c) * 7919) % 999999)), [], opt],
    ['適格請求書発行事業者の登録番号', (c) => (frIndiv(c) && n(c) % 2 ? '' : `T${String(1010001000000 + (n(c) * 7919) % 999999)}`), [], opt],
    ['備考', (c) => pk(['', '', '月末締め翌月末払い', '', '請求書は郵送希望'], n(c)), []],
  ] },
  { name: 'misoca-seikyusho-ja', product: 'Misoca (請求書 > 一覧 > CSVダウンロード; a Nagoya design office, one row per invoice)', family: 'crm', language: 'ja', schema: E, cols: [
    ['請求書番号', (c, o) => `${jstDay(msIssue(o)).slice(0, 7).replace('/', '')}-${pad(n(o) % 1000, 3)}`, [OR('purchaseID'), '_id']],
    ['請求日', (c, o) => jstDay(msIssue(o)), ['timestamp', OR('createdDate')]],
    ['お支払期限', (c, o) => jstDay(msDue(o)), []],
    ['件名', (c, o) => pk(['Webサイト保守費用', 'パンフレットデザイン費', 'ロゴ制作費', '撮影・画像加工費'], n(o)), []],
    ['取引先名', (c) => co(c)[0], []],
    ['敬称', () => '御中', []],
    ['取引先担当者', (c) => (n(c) % 3 === 0 ? '' : `${ja(c).last} 様`), []],
    ['取引先部署', (c) => pk(DEPT, n(c)), []],
    ['郵便番号', (c) => frPost(c)[0], [BILL('postalCode')]],
    ['住所1', (c) => `${frPost(c)[1]}${frPost(c)[2]}`, [BILL('street1')]],
    ['住所2', (c) => frPost(c)[3], [BILL('street2')]],
    ['小計', (c, o) => yen(msSub(o)), [], opt],
    ['消費税', (c, o) => yen(msTax(o)), [OR('taxAmount')]],
    ['合計金額', (c, o) => yen(msSub(o) + msTax(o)), [OR('priceTotal')]],
    ['源泉徴収税', (c, o) => yen(msWith(o)), []],
    ['請求金額', (c, o) => yen(msSub(o) + msTax(o) - msWith(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')], opt],
    ['送付状況', (c, o) => msSt(o), [], opt],
    ['入金状況', (c, o) => (msPaid(o) ? '入金済み' : '未入金'), [], opt],
    ['入金日', (c, o) => (msPaid(o) ? jstDay(msDue(o) - 2 * DAY) : ''), [], opt],
    ['備考', (c, o) => pk(['', 'お振込手数料は貴社にてご負担ください。', ''], n(o)), []],
    ['作成日時', (c, o) => jst(msIssue(o) - 3600000 * 6), [], opt],
    ['更新日時', (c, o) => jst(msIssue(o) + (msPaid(o) ? 20 * DAY : 3600000)), [OR('lastUpdatedDate')], opt],
  ] },

  // ---------------------------------------------------------------- B2B leads
  { name: 'satori-customers-ja', product: 'SATORI (カスタマーデータ > カスタマー管理 > 検索したカスタマーすべてにアクション > CSVダウンロード; a B2B SaaS vendor\'s leads)', family: 'marketing', language: 'ja', schema: B, cols: [
    ['カスタマーID', (c) => String(3000000 + (n(c) * 7919) % 900000), ['_id', 'personID', 'b2b.personKey.sourceID', 'extSourceSystemAudit.externalID'], opt],
    ['メールアドレス', (c) => workMail(c), ['workEmail.address', 'personalEmail.address']],
    ['苗字', (c) => ja(c).last, ['person.name.lastName']],
    ['名前', (c) => ja(c).first, ['person.name.firstName']],
    ['苗字(ふりがな)', (c) => (n(c) % 3 === 0 ? '' : ja(c).lastKana), []],
    ['名前(ふりがな)', (c) => (n(c) % 3 === 0 ? '' : ja(c).firstKana), []],
    ['会社名', (c) => co(c)[0], ['b2b.companyName', 'organizations[0]']],
    ['部署', (c) => pk(DEPT, n(c)), ['extendedWorkDetails.departments[0]']],
    ['役職', (c) => pk(TITLE, n(c) >> 1), ['extendedWorkDetails.jobTitle']],
    ['電話番号', (c) => frTel(c), ['workPhone.number']],
    ['携帯電話番号', (c) => (n(c) % 4 === 1 ? jaMob(c) : ''), ['mobilePhone.number']],
    ['郵便番号', (c) => saAddr(c)[0], ['workAddress.postalCode']],
    ['都道府県', (c) => saAddr(c)[1], ['workAddress.stateProvince', 'workAddress.state']],
    ['市区町村', (c) => saAddr(c)[2].replace(/\d.*$/, '').replace(/[^市区町村]*$/, ''), ['workAddress.city']],
    ['番地', (c) => saAddr(c)[2].replace(/^.*[市区町村]/, ''), ['workAddress.street1']],
    ['建物名', (c) => saAddr(c)[3], ['workAddress.street2']],
    ['会社URL', (c) => `https://www.${co(c)[2]}/`, ['b2b.companyWebsite']],
    ['業種', (c) => pk(SA_IND, n(c) >> 2), []],
    ['従業員数', (c) => pk(SA_SIZE, n(c) >> 2), []],
    ['スコア', (c) => String((n(c) * 17) % 240), ['b2b.personScore'], opt],
    ['スター', (c) => (n(c) % 9 === 2 ? '1' : '0'), []],
    ['メール配信', (c) => (saStop(c) ? '配信停止' : '配信する'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
    ['流入元', (c) => saSrc(c), ['b2b.personSource'], opt],
    ['タグ', (c) => pk(['資料DL', '展示会2024', '', 'ホットリード', 'セミナー参加'], n(c)), []],
    ['メモ', (c) => pk(['', '', '来期予算化を検討中', '', '競合製品を利用中'], n(c)), []],
    ['登録日時', (c) => jst(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['最終更新日時', (c) => jst(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['最終アクセス日時', (c) => (n(c) % 5 === 3 ? '' : jst(Math.max(c.created, c.updated) + 3 * DAY)), ['extSourceSystemAudit.lastActivityDate'], opt],
  ] },

  // ---------------------------------------------------------------- email tools
  { name: 'cuenote-fc-kodokusha-ja', product: 'Cuenote FC (アドレス帳 > アドレス帳内データのダウンロード, CSV with the book\'s column display names; a cosmetics brand\'s newsletter)', family: 'email', language: 'ja', schema: P, cols: [
    ['メールアドレス', (c) => jaMail(c), ['personalEmail.address']],
    ['会員ID', (c) => `M${String(1000000 + (n(c) * 13) % 8000000)}`, ['_id', 'personID'], opt],
    ['氏名', (c) => ja(c).full, ['person.name.fullName']],
    ['氏名(カナ)', (c) => `${ja(c).lastKana} ${ja(c).firstKana}`, []],
    ['性別', (c) => (n(c) % 6 === 5 ? '' : ja(c).female ? '女性' : '男性'), ['person.gender']],
    ['生年月日', (c) => (n(c) % 4 === 2 ? '' : jstDay(c.birth)), ['person.birthDate']],
    ['郵便番号', (c) => ja(c).zip, at(HOME, 'postalCode')],
    ['都道府県', (c) => ja(c).pref, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['会員ランク', (c) => cuRank(c), ['loyalty.tier'], opt],
    ['購読カテゴリ', (c) => pk(['スキンケア', 'スキンケア,メイク', 'ヘアケア', 'メイク'], n(c)), []],
    ['登録経路', (c) => pk(['会員登録', '会員登録', 'キャンペーン応募', '店頭タブレット'], n(c) >> 1), [], opt],
    ['登録日時', (c) => jst(c.created), [], opt],
    ['配信停止フラグ', (c) => (cuStop(c) ? '1' : '0'), ['personalEmail.status'], opt],
    ['配信停止日時', (c) => (cuStop(c) ? jst(Math.max(c.created, c.updated)) : ''), [], opt],
    ['不達回数', (c) => String(cuBounce(c)), []],
    ['最終不達日時', (c) => (cuBounce(c) ? jst(Math.max(c.created, c.updated)) : ''), []],
    ['最終開封日時', (c) => (cuStop(c) || n(c) % 3 === 0 ? '' : jst(Math.max(c.created, c.updated) + DAY)), [], opt],
    ['最終クリック日時', (c) => (cuStop(c) || n(c) % 3 !== 1 ? '' : jst(Math.max(c.created, c.updated) + DAY + 120000)), [], opt],
  ] },
  { name: 'blastmail-dokusha-ja', product: 'blastmail (読者一覧 > ダウンロード, CSV; a Kobe bakery\'s newsletter, 氏名 and E-Mail plus the 項目設定 items switched on)', family: 'email', language: 'ja', schema: P, cols: [
    ['E-Mail', (c) => jaMail(c), ['personalEmail.address']],
    ['氏名', (c) => (n(c) % 7 === 3 ? '' : ja(c).full), ['person.name.fullName']],
    ['ふりがな', (c) => (n(c) % 7 === 3 || n(c) % 2 ? '' : `${ja(c).lastKana} ${ja(c).firstKana}`), []],
    ['会社名', (c) => (n(c) % 8 === 1 ? co(c)[0] : ''), ['organizations[0]'], opt],
    ['郵便番号', (c) => (n(c) % 3 === 0 ? '' : ja(c).zip), at(HOME, 'postalCode')],
    ['住所', (c) => (n(c) % 3 === 0 ? '' : `${ja(c).pref}${ja(c).city}${ja(c).town}`), at(HOME, 'street1'), opt],
    ['電話番号', (c) => (n(c) % 2 ? jaMob(c) : ''), ['mobilePhone.number', 'homePhone.number']],
    ['誕生日', (c) => (n(c) % 5 === 4 ? jstDay(c.birth) : ''), ['person.birthDate']],
    ['性別', (c) => (n(c) % 4 === 0 ? '' : ja(c).female ? '女性' : '男性'), ['person.gender']],
    ['自由項目1', (c) => pk(['三宮本店', '元町店', '芦屋店', 'オンライン'], n(c) >> 1), []],
    ['グループ', (c) => pk(['メルマガ会員', 'メルマガ会員,パン教室', 'メルマガ会員'], n(c)), []],
    ['状態', (c) => blSt(c), ['personalEmail.status'], opt],
    ['エラー回数', (c) => String(blErr(c)), []],
    ['登録日', (c) => jstHm(c.created), [], opt],
    ['更新日', (c) => jstHm(Math.max(c.created, c.updated)), [], opt],
  ] },

  // ---------------------------------------------------------------- support
  { name: 'relation-tickets-ja', product: 'Re:lation (受信箱 > チケット一覧 > CSVエクスポート; an online furniture shop\'s shared inbox, one row per ticket)', family: 'support', language: 'ja', schema: E, cols: [
    ['チケットID', (c, o) => `#${10000 + (n(o) % 90000)}`, ['_id']],
    ['受信箱', (c, o) => pk(['お問い合わせ', 'お問い合わせ', '法人窓口'], n(o)), []],
    ['件名', (c, o) => pk(RL_SUBJ, n(o)), []],
    ['ステータス', (c, o) => rlSt(o), [], opt],
    ['担当者', (c, o) => (rlSt(o) === '未対応' ? '' : pk(['佐々木', '松本', '井上'], n(o) >> 1)), []],
    ['ラベル', (c, o) => pk(['配送', '不良・破損', '', '請求書・領収書', 'キャンセル', '商品質問'], n(o)), []],
    ['チケット分類', (c, o) => pk(['配送/日時変更', '商品/不良', '商品/使い方', '経理/領収書', '注文/キャンセル', '商品/仕様'], n(o)), []],
    ['チャネル', (c, o) => rlCh(o), [], opt],
    ['顧客名', (c) => ja(c).full, []],
    ['会社名', (c, o) => (pk(['お問い合わせ', 'お問い合わせ', '法人窓口'], n(o)) === '法人窓口' ? co(c)[0] : ''), []],
    ['メールアドレス', (c, o) => (rlCh(o) === '電話' ? '' : jaMail(c)), ['endUserIDs._experience.emailid.id'], opt],
    ['電話番号', (c, o) => (rlCh(o) === '電話' || n(o) % 4 === 1 ? jaMob(c) : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['注文番号', (c, o) => (n(o) % 3 === 2 ? '' : `ORD-${String(200000 + n(o) * 7).slice(-6)}`), [OR('purchaseID')], opt],
    ['作成日時', (c, o) => jst(o.at), ['timestamp']],
    ['初回返信日時', (c, o) => (rlSt(o) === '未対応' ? '' : jst(o.at + (1 + (n(o) % 20)) * 1800000)), [], opt],
    ['最終更新日時', (c, o) => jst(o.at + (2 + (n(o) % 60)) * 3600000), [], opt],
    ['完了日時', (c, o) => (rlSt(o) === '完了' ? jst(o.at + (3 + (n(o) % 60)) * 3600000) : ''), [], opt],
    ['メッセージ数', (c, o) => String(1 + (rlSt(o) === '未対応' ? 0 : 1 + (n(o) % 5))), []],
    ['フラグ', (c, o) => (n(o) % 7 === 1 ? '赤' : ''), []],
    ['チケットURL', (c, o) => `https://kagu-mori.relationapp.jp/tickets/#/1/tickets/open/p1/${10000 + (n(o) % 90000)}`, []],
  ] },
]
