/**
 * Traditional Chinese (Taiwan, Hong Kong): the traditional forms of the characters column names use, each with its
 * simplified form. Folding reads 訂單號碼 as 订单号码, so the Chinese vocabulary (written in simplified characters)
 * reads both scripts. Japanese keeps some of these forms (電話, 顧客); its keys are folded the same way, so its words
 * still match its headers.
 */
const PAIRS =
  '訂订單单號号碼码編编郵邮遞递區区國国貨货數数運运費费優优幣币別别電电話话顧顾態态狀状價价計计結结帳账賬账備备註注蹤踪選选項项' +
  '稱称會会員员積积點点級级戶户產产稅税額额總总實实際际購购買买門门職职務务網网傳传詳详細细縣县鄉乡鎮镇統统發发業业聯联絡络機机' +
  '時时間间類类語语錢钱銷销庫库規规條条說说圖图個个證证報报標标籤签認认確确處处達达換换預预設设廣广來来頁页瀏浏覽览裝装資资' +
  '訊讯錄录誕诞齡龄歲岁屬属檔档紀纪營营當当導导繫系維维護护與与歷历據据團团' +
  '動动餘余過过兌兑獲获納纳識识崗岗頭头銜衔線线潛潜參参寶宝貝贝題题廠厂應应淨净續续創创冊册暱昵辦办組组織织構构紅红謂谓訪访問问鏈链閱阅繳缴'

/** Traditional character → simplified. */
export const SIMPLIFIED: ReadonlyMap<string, string> = new Map(
  Array.from({ length: PAIRS.length / 2 }, (_, i) => [PAIRS[2 * i]!, PAIRS[2 * i + 1]!] as [string, string]),
)

/** The name with its traditional Chinese characters in their simplified forms. */
export function simplified(s: string): string {
  return /[\u4e00-\u9fff]/.test(s) ? Array.from(s, (ch) => SIMPLIFIED.get(ch) ?? ch).join('') : s
}
