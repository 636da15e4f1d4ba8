/**
 * Japanese column vocabulary (kanji and kana as written; headers have no spaces, so names.ts reads them by the
 * longest known word first: 注文番号 is 注文 + 番号): the words of shop, CRM and member exports.
 */
export const WORDS: Record<string, string[]> = {
  氏名: ['full', 'name'], 名前: ['name'], お名前: ['name'], 姓: ['last', 'name'], 名: ['first', 'name'], 苗字: ['last', 'name'], フリガナ: ['phonetic'], ふりがな: ['phonetic'], 敬称: ['courtesy', 'title'],
  性別: ['gender'], 生年月日: ['birth', 'date'], 誕生日: ['birth', 'date'], 会社名: ['company', 'name'], 会社: ['company'], 企業名: ['company', 'name'], 部署: ['department'], 役職: ['job', 'title'],
  メールアドレス: ['email'], メール: ['email'], 電話番号: ['phone', 'number'], 電話: ['phone'], 携帯電話: ['mobile', 'phone'], 携帯: ['mobile', 'phone'], ファックス: ['fax', 'phone'], ファクス: ['fax', 'phone'],
  住所: ['@address'], 郵便番号: ['postal', 'code'], 都道府県: ['state'], 市区町村: ['city'], 番地: ['street'], 建物名: ['street', '2'], 国: ['country'], 国名: ['country'],
  顧客: ['customer'], 会員: ['member'], お客様: ['customer'], 番号: ['number'], コード: ['code'], 注文: ['order'], 受注: ['order'], 日: ['date'], 日付: ['date'], 日時: ['timestamp'], 時刻: ['time'],
  商品: ['product'], 商品名: ['product', 'name'], 品番: ['sku'], 数量: ['quantity'], 個数: ['quantity'], 単価: ['unit', 'price'], 価格: ['price'], 金額: ['amount'], 小計: ['subtotal'], 合計: ['total'],
  送料: ['shipping', 'amount'], 配送: ['shipping'], 配送方法: ['shipping', 'method'], 消費税: ['tax'], 税: ['tax'], 割引: ['discount'], クーポン: ['coupon'], 通貨: ['currency'], 支払: ['payment'], 支払い: ['payment'], 決済: ['payment'], 方法: ['method'],
  ステータス: ['status'], 状態: ['status'], 登録日: ['created', 'date'], 作成日: ['created', 'date'], 更新日: ['updated', 'date'], 入会日: ['join', 'date'], ポイント: ['point'], ランク: ['tier'], 会員ランク: ['tier'],
  送付先: ['shipping'], お届け先: ['shipping'], 配送先: ['shipping'], 請求先: ['billing'], 購入者: ['customer'], 注文者: ['customer'], お問い合わせ番号: ['tracking', 'number'], 問合せ番号: ['tracking', 'number'],
  備考: ['note'], メモ: ['note'], 言語: ['language'], 追跡番号: ['tracking', 'number'], 配送業者: ['carrier'], 説明: ['description'], 種別: ['type'], 区分: ['type'], メルマガ: ['opt', 'in'],
}

export const PHRASES: Record<string, string[]> = {}
