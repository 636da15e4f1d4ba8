/**
 * Japanese column vocabulary (kanji and kana as written; headers have no spaces, so names.ts reads them by the
 * longest known word first: 注文番号 is 注文 + 番号): the words of shop, CRM and member exports.
 */
export const WORDS: Record<string, string[]> = {
  // "of which" (うち消費税: the tax included in the total)
  うち: [],
  // the plan or tariff subscribed to and the vehicle hired or sold: the goods of a subscription's, utility's or rental's export (context.ts)
  プラン: ['plan'], 料金プラン: ['plan'], 車種: ['vehicle'],
  // a flight's name (到着便名, 出発便名: an arrival's or departure's flight, JTA011), no product code
  便名: ['flight', 'name'], 到着便名: ['arrival', 'flight', 'name'], 出発便名: ['departure', 'flight', 'name'],
  // (the name of the customer's person in charge, a B2B member's contact: "担当者名"; 担当者 alone is the owner)
  担当者名: ['contact', 'name'],
  // a company list's representative (代表者名: its contact person), an address's city and building (市区郡町村, ビル名)
  代表者: ['contact'], 市区郡町村: ['city'], ビル名: ['street', '2'],
  売上: ['sales'], 売上金額: ['total'],
  // a reservation (予約), an application for tickets (申込) and a checkout (会計) are what an order is in its trade
  予約: ['order'], 申込: ['order'], 申し込み: ['order'], 会計: ['order'], 枚数: ['quantity'], 公演: ['event'], 本名: ['full', 'name'], 内: [],
  緯度: ['latitude'], 経度: ['longitude'],
  確認: ['confirmed'],
  氏名: ['full', 'name'], 名札: ['badge'], 名前: ['name'], お名前: ['name'], 姓: ['last', 'name'], 名: ['first', 'name'], 苗字: ['last', 'name'], フリガナ: ['phonetic'], ふりがな: ['phonetic'], 敬称: ['courtesy', 'title'],
  性別: ['gender'], 生年月日: ['birth', 'date'], 誕生日: ['birth', 'date'], 会社名: ['company', 'name'], 会社: ['company'], 企業名: ['company', 'name'], 部署: ['department'], 役職: ['job', 'title'],
  メールアドレス: ['email'], メール: ['email'], 電話番号: ['phone', 'number'], 電話: ['phone'], 携帯電話: ['mobile', 'phone'], 携帯: ['mobile', 'phone'], ファックス: ['fax', 'phone'], ファクス: ['fax', 'phone'],
  住所: ['@address'], 郵便番号: ['postal', 'code'], 都道府県: ['state'], 市区町村: ['city'], 番地: ['street'], 建物名: ['street', '2'], 国: ['country'], 国名: ['country'],
  // (round 83: a charity's supporter, サポーター or 支援者, is the person the record is about)
  サポーター: ['member'], 支援者: ['member'],
  顧客: ['customer'], 会員: ['member'], お客様: ['customer'], 番号: ['number'], コード: ['code'], 注文: ['order'], 受注: ['order'], 日: ['date'], 日付: ['date'], 日時: ['timestamp'], 時刻: ['time'],
  商品: ['product'], 商品名: ['product', 'name'], 品番: ['sku'], 数量: ['quantity'], 個数: ['quantity'], 単価: ['unit', 'price'], 価格: ['price'], 金額: ['amount'], 小計: ['subtotal'], 合計: ['total'],
  送料: ['shipping', 'amount'], お支払: ['payment'], お支払い: ['payment'], 配送: ['shipping'], 配送方法: ['shipping', 'method'], 消費税: ['tax'], 税: ['tax'], 割引: ['discount'], クーポン: ['coupon'], 通貨: ['currency'], 支払: ['payment'], 支払い: ['payment'], 決済: ['payment'], 方法: ['method'],
  ステータス: ['status'], 状態: ['status'], 登録日: ['created', 'date'], 作成日: ['created', 'date'], 更新日: ['updated', 'date'], 入会日: ['join', 'date'], ポイント: ['point'], ランク: ['tier'], 会員ランク: ['tier'],
  送付先: ['shipping'], お届け先: ['shipping'], 配送先: ['shipping'], 請求先: ['billing'], 購入者: ['customer'], 注文者: ['customer'], お問い合わせ番号: ['tracking', 'number'], 問合せ番号: ['tracking', 'number'],
  備考: ['note'], メモ: ['note'], 言語: ['language'], 追跡番号: ['tracking', 'number'], 配送業者: ['carrier'], 説明: ['description'], 種別: ['type'], 区分: ['type'], メルマガ: ['opt', 'in'],
  // everyday words of shop (Shopify, BASE, MakeShop, Rakuten), CRM (Salesforce, HubSpot), newsletter and analytics (GA) UIs in Japanese
  ミドルネーム: ['middle', 'name'], 額: ['amount'], 税額: ['tax', 'amount'], 請求額: ['total'], アドレス: ['@address'], 国籍: ['nationality'], コメント: ['note'], 注記: ['note'], 電子メール: ['email'], Eメール: ['email'], 携帯番号: ['mobile', 'phone'], 勤務先: ['work'], 自宅: ['home'], 個人: ['personal'],
  ウェブサイト: ['website'], ホームページ: ['website'], 都市: ['city'], 市町村: ['city'], 州: ['state'], 地域: ['state'], 部屋番号: ['street', '2'], マンション名: ['street', '2'], 町名: ['street'], 丁目: ['street'],
  送り先: ['shipping'], 届け先: ['shipping'], 発送先: ['shipping'], 配達先: ['shipping'], 請求: ['billing'], 請求書: ['billing'], 郵送先: ['mailing'],
  法人名: ['company', 'name'], 組織: ['company'], 組織名: ['company', 'name'], 団体名: ['company', 'name'], 屋号: ['company', 'name'], 取引先: ['account'], 取引先名: ['company', 'name'], 部署名: ['department'], 役職名: ['job', 'title'], 業種: [], 従業員数: [],
  顧客名: ['full', 'name'], 会員名: ['full', 'name'], 購入者名: ['full', 'name'], 注文者名: ['full', 'name'], 配送先名: ['shipping', 'name'], お届け先名: ['shipping', 'name'], 請求先名: ['billing', 'name'], 受取人: ['recipient'], 宛名: ['recipient', 'name'],
  ユーザー: ['user'], ユーザー名: ['login'], ログイン: ['login'], ログインID: ['login'], 担当者: ['owner'], コンタクト: ['contact'], リード: ['lead'], 見込み客: ['lead'], 参照: ['reference'], 参照番号: ['reference', 'number'], 会員ID: ['member', 'id'],
  購入: ['order'], 購入数量: ['quantity'], 購入数: ['quantity'], 購入日: ['order', 'date'], 注文日: ['order', 'date'], 受注日: ['order', 'date'], 累計購入金額: ['lifetime', 'spend'], 送り状番号: ['tracking', 'number'], 伝票番号: ['tracking', 'number'], 請求書番号: ['billing', 'number'], 状況: ['status'],
  品名: ['product', 'name'], 商品コード: ['sku'], 商品番号: ['sku'], 品目: ['product'], 型番: ['model'], バーコード: ['sku'], カテゴリ: ['category'], カテゴリー: ['category'], 分類: ['category'], ブランド: ['manufacturer'], メーカー: ['manufacturer'], 製造元: ['manufacturer'],
  販売: [], 販売価格: ['price'], 定価: ['price'], 税込: ['incl'], 税込み: ['incl'], 税抜: ['excl'], 税抜き: ['excl'], 総額: ['total'], 請求金額: ['total'], 値引: ['discount'], 値引き: ['discount'], 割引額: ['discount', 'amount'], クーポンコード: ['coupon', 'code'],
  手数料: ['fee'], 運送会社: ['carrier'], 宅配業者: ['carrier'], 配送会社: ['carrier'], 発送: ['shipping'], 出荷: ['shipping'], 配達: ['shipping'], 発送方法: ['shipping', 'method'], 取引: ['transaction'], 返金: ['refund'], 返品: ['return'], キャンセル: ['cancel'], 入金日: ['paid', 'date'],
  作成日時: ['created', 'date'], 登録日時: ['created', 'date'], 更新日時: ['updated', 'date'], 最終更新日: ['updated', 'date'], 変更日: ['updated', 'date'],
  ニュースレター: ['newsletter'], メールマガジン: ['newsletter'], 購読: ['opt', 'in'], 配信停止: ['opt', 'out'], 同意: ['opt', 'in'], 流入元: ['source'], 参照元: ['source'], 媒体: ['medium'], メディア: ['medium'], キャンペーン: ['campaign'], チャネル: ['channel'], チャネル名: ['channel'], タグ: ['tag'], セグメント: ['segment'],
  保有: [], 残高: ['balance'], 有効期限: ['expiry'], 期限: ['expiry'], 会員ステージ: ['tier'], 獲得: ['earned'], 付与: ['earned'], 利用ポイント: ['redeemed'], 使用ポイント: ['redeemed'],
  イベント: ['event'], イベント名: ['event', 'name'], セッション: ['session'], ページ: ['page'], ページタイトル: ['page', 'name'], ページ名: ['page', 'name'], ブラウザ: ['browser'], ブラウザー: ['browser'], デバイス: ['device'], 端末: ['device'], オペレーティングシステム: ['operating', 'system'],
  画面: ['screen'], 解像度: ['resolution'], 画面解像度: ['screen', 'resolution'], リファラー: ['referrer'], リファラ: ['referrer'], 訪問: ['visit'], 訪問者: ['visitor'], ページビュー: ['views'], 滞在時間: ['duration'], 直帰率: ['bounce', 'rate'], ユーザーエージェント: ['user', 'agent'], タイムスタンプ: ['timestamp'],
  バリエーション: ['variant'], カラー: ['color'], 色: ['color'], サイズ: ['size'], 重量: ['weight'], 最終: ['last'], 回数: ['count'], 店舗: ['store'], 店舗名: ['store', 'name'], ショップ: ['store'], 出品者: ['seller'], 販売者: ['seller'],
  // the particle of ("セッションの参照元", "ポイントの有効期限"); quantities ordered (注文数 alone counts orders)
  の: [], 注文数量: ['quantity'], 受注数量: ['quantity'],
  // Rakuten's name pairs (注文者名字 / 注文者名前, 送付先名字): 名字 is the surname in Japanese (a given name in Chinese, whose
  // reading of a bare 名字 stays: short Han headers seldom tell the language), and the X名 compounds above must not take
  // the 名 of 名字 and 名前
  注文者名字: ['customer', 'last', 'name'], 注文者名前: ['customer', 'name'], 購入者名字: ['customer', 'last', 'name'], 購入者名前: ['customer', 'name'], 顧客名字: ['customer', 'last', 'name'], 顧客名前: ['customer', 'name'], 会員名字: ['member', 'last', 'name'], 会員名前: ['member', 'name'], 配送先名字: ['shipping', 'last', 'name'], 配送先名前: ['shipping', 'name'], お届け先名字: ['shipping', 'last', 'name'], お届け先名前: ['shipping', 'name'], 送付先名字: ['shipping', 'last', 'name'], 送付先名前: ['shipping', 'name'], 請求先名字: ['billing', 'last', 'name'], 請求先名前: ['billing', 'name'],
  // a member's card and its points now and all told (betrend: カード番号, 現在ポイント, 累計ポイント)
  カード: ['card'], カード番号: ['card', 'number'], 現在: [], 累計: ['lifetime'],
  入金: ['paid'], 入金済: ['paid'], 済: [], 済み: [], 最終更新日時: ['updated', 'date'], 選択肢: ['variant'], 管理番号: ['number'], 管理: [], 今回: [], 処理: [], 振り仮名: ['phonetic'], 町以降: ['street'], 都市区: ['city'],
  // (round 77: a newsletter's reader, 読者ID)
  読者: ['subscriber'],
  // (round 77: a crowdfunding backing, 支援ID, 支援金額, is the order)
  支援: ['order'],
}

export const PHRASES: Record<string, string[]> = {
  // a name split into its parts under one heading ("お名前(姓)", "氏名（名）") and codes written in Latin letters ("JANコード", "IPアドレス")
  'お名前 姓': ['last', 'name'], 'お名前 名': ['first', 'name'], '名前 姓': ['last', 'name'], '名前 名': ['first', 'name'], '氏名 姓': ['last', 'name'], '氏名 名': ['first', 'name'],
  'jan コード': ['sku'], 'ean コード': ['sku'], 'ip アドレス': ['ip'],
}
