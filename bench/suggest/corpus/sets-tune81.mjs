// Round 81, tune81: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). Japanese and Korean B2B marketing automation, LINE messaging, email delivery,
// e-signature, groupware address book and Korean CRM/personalisation exports, headers in Japanese or Korean.
import { P, B, v, HOME, WORK, B2BID, at, opt } from './sets.mjs'
import { pad, shift } from './values.mjs'
import { loc12 } from './values12.mjs'

const DAY = 86400000
const upd = (c) => Math.max(c.created + 40 * DAY, c.updated)
// Tokyo/Seoul local time (+9)
const jSlash = (ms) => { const p = shift(ms, 9); return `${p.y}/${pad(p.m)}/${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const jSlashM = (ms) => { const p = shift(ms, 9); return `${p.y}/${pad(p.m)}/${pad(p.d)} ${pad(p.H)}:${pad(p.M)}` }
const jDay = (ms) => { const p = shift(ms, 9); return `${p.y}/${pad(p.m)}/${pad(p.d)}` }
const dash = (ms) => { const p = shift(ms, 9); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const dashDay = (ms) => { const p = shift(ms, 9); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const dotDay = (ms) => { const p = shift(ms, 9); return `${p.y}.${pad(p.m)}.${pad(p.d)}` }
const bSlash = (ms) => { const p = shift(ms, 0); return `${p.y}/${pad(p.m)}/${pad(p.d)}` }
const bDash = (ms) => { const p = shift(ms, 0); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const wonC = (n) => String(Math.round(n * 14.5) * 100).replace(/\B(?=(\d{3})+(?!\d))/g, ',')

const ROMA = { 佐藤: 'sato', 鈴木: 'suzuki', 高橋: 'takahashi', 田中: 'tanaka', 伊藤: 'ito', 渡辺: 'watanabe', 山本: 'yamamoto', 中村: 'nakamura', 小林: 'kobayashi', 加藤: 'kato' }
const J = (c) => loc12(c, 'ja')
const K = (c) => loc12(c, 'ko')
const rom = (c) => ROMA[J(c).last] ?? 'user'
const jaMail = (c) => `${rom(c)}${c.id.slice(0, 3)}@${['gmail.com', 'yahoo.co.jp', 'docomo.ne.jp', 'icloud.com'][+c.id % 4]}`
const JA_CO = [['株式会社サクラ技研', 'sakura-giken.co.jp', '営業部', '部長', '製造業'], ['東和商事株式会社', 'towa-shoji.jp', '経営企画室', '室長', '卸売業'], ['株式会社ミナト物流', 'minato-logi.co.jp', '物流本部', '課長', '運輸業'], ['ひかりソフト株式会社', 'hikari-soft.co.jp', '情報システム部', 'マネージャー', '情報通信業'], ['株式会社青葉建設', 'aoba-kensetsu.jp', '総務部', '主任', '建設業']]
const co = (c) => JA_CO[+c.id % JA_CO.length]
const jaWork = (c) => `${rom(c)}@${co(c)[1]}`
const KO_CO = [['(주)한빛소프트웨어', 'hanbitsw.co.kr', '마케팅팀', '팀장'], ['주식회사 누리로지스', 'nurilogis.kr', '영업본부', '과장'], ['(주)다온커머스', 'daoncommerce.com', '운영팀', '매니저'], ['새봄바이오 주식회사', 'saebom-bio.co.kr', '사업개발팀', '대리'], ['주식회사 파랑테크', 'parangtech.io', '경영지원실', '실장']]
const kco = (c) => KO_CO[+c.id % KO_CO.length]
const koWork = (c) => `${K(c).email.split('@')[0].replace(/\d+$/, '')}@${kco(c)[1]}`
const tel = (c) => J(c).tel.join('-')
const mob = (c) => J(c).mobile.join('-')
const addr = (c) => `${J(c).city}${J(c).town}`
const lineUid = (r) => `U${v.hex(r, 32)}`
const pickE = (r, xs) => v.pick(r, xs)

export const SETS = [
  // ---------------------------------------------------------------- B2B MA lead list (List Finder)
  { name: 'listfinder-lead-list-ja', product: 'List Finder (リストファインダー: リード > リード一覧 > CSVダウンロード, Japanese UI, a Japanese B2B manufacturer exporting its prospect leads)', family: 'b2b', language: 'ja', schema: B, cols: [
    ['リードID', (c) => String(+c.id * 3 + 100000), B2BID, opt],
    ['会社名', (c) => co(c)[0], ['b2b.companyName', 'organizations[0]']],
    ['部署', (c) => co(c)[2], ['extendedWorkDetails.departments[0]']],
    ['役職', (c) => co(c)[3], ['extendedWorkDetails.jobTitle']],
    ['姓', (c) => J(c).last, ['person.name.lastName']],
    ['名', (c) => J(c).first, ['person.name.firstName']],
    ['セイ', (c) => J(c).lastKana, [], opt],
    ['メイ', (c) => J(c).firstKana, [], opt],
    ['メールアドレス', (c) => jaWork(c), ['workEmail.address']],
    ['電話番号', (c) => tel(c), ['workPhone.number']],
    ['携帯電話番号', (c, o, r) => (r() < 0.4 ? mob(c) : ''), ['mobilePhone.number']],
    ['郵便番号', (c) => J(c).zip, at(WORK, 'postalCode')],
    ['都道府県', (c) => J(c).pref, at(WORK, 'stateProvince')],
    ['住所', (c) => addr(c), at(WORK, 'street1'), opt],
    ['業種', (c) => co(c)[4], [], opt],
    ['URL', (c) => `https://www.${co(c)[1]}/`, ['b2b.companyWebsite']],
    ['スコア', (c, o, r) => String(v.int(r, 0, 180)), ['b2b.personScore']],
    ['ランク', (c, o, r) => pickE(r, ['A', 'B', 'C', 'D']), [], opt],
    ['メール配信', (c) => (c.bool ? '配信する' : '配信停止'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
    ['流入元', (c, o, r) => pickE(r, ['展示会', 'Webフォーム', '名刺', 'セミナー']), ['b2b.personSource'], opt],
    ['最終アクセス日時', (c) => jSlash(upd(c) + DAY), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['担当者', (c, o, r) => pickE(r, ['山田 太郎', '佐々木 誠', '']), [], opt],
    ['登録日時', (c) => jSlash(c.created), ['extSourceSystemAudit.createdDate']],
    ['更新日時', (c) => jSlash(upd(c)), ['extSourceSystemAudit.lastUpdatedDate']],
  ] },
  // ---------------------------------------------------------------- B2B MA customer list (MA-EYES)
  { name: 'ma-eyes-customer-export-ja', product: 'MA-EYES (顧客管理 > 顧客一覧 > CSV出力, Japanese UI, a Japanese IT services company exporting prospects and customers)', family: 'b2b', language: 'ja', schema: B, cols: [
    ['顧客ID', (c) => `C${pad(+c.id % 1000000, 7)}`, B2BID, opt],
    ['企業名', (c) => co(c)[0], ['b2b.companyName', 'organizations[0]']],
    ['部署名', (c) => co(c)[2], ['extendedWorkDetails.departments[0]']],
    ['役職名', (c) => co(c)[3], ['extendedWorkDetails.jobTitle']],
    ['氏名', (c) => J(c).full, ['person.name.fullName']],
    ['氏名(カナ)', (c) => `${J(c).lastKana} ${J(c).firstKana}`, [], opt],
    ['メールアドレス', (c) => jaWork(c), ['workEmail.address']],
    ['電話番号', (c) => tel(c), ['workPhone.number']],
    ['FAX番号', (c, o, r) => (r() < 0.4 ? tel(c).replace(/\d$/, '9') : ''), ['faxPhone.number']],
    ['郵便番号', (c) => J(c).zip, at(WORK, 'postalCode')],
    ['住所1', (c) => `${J(c).pref}${J(c).city}`, [], opt],
    ['住所2', (c) => J(c).town, at(WORK, 'street1'), opt],
    ['顧客区分', (c, o, r) => pickE(r, ['見込み客', '見込み客', '既存顧客', '休眠']), ['b2b.personType', 'b2b.personStatus'], opt],
    ['スコア', (c, o, r) => String(v.int(r, 0, 300)), ['b2b.personScore']],
    ['メール受信拒否', (c) => (c.bool ? '0' : '1'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
    ['営業担当', (c, o, r) => pickE(r, ['田村 一郎', '森 美咲', '']), [], opt],
    ['最終Webアクセス日', (c) => jDay(upd(c)), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['登録日', (c) => jDay(c.created), ['extSourceSystemAudit.createdDate']],
    ['更新日', (c) => jDay(upd(c)), ['extSourceSystemAudit.lastUpdatedDate']],
  ] },
  // ---------------------------------------------------------------- B2B MA contacts (Kairos3 Marketing)
  { name: 'kairos3-lead-download-ja', product: 'KAIROS3 Marketing (カイロスマーケティング: データ管理 > 一括処理 > リード > ダウンロード (CSV), Japanese UI, a Japanese SaaS vendor exporting its leads)', family: 'marketing', language: 'ja', schema: B, cols: [
    ['リードID', (c) => String(+c.id + 5000000), B2BID, opt],
    ['姓', (c) => J(c).last, ['person.name.lastName']],
    ['名', (c) => J(c).first, ['person.name.firstName']],
    ['せい', (c) => J(c).lastKana, [], opt],
    ['めい', (c) => J(c).firstKana, [], opt],
    ['メールアドレス', (c) => jaWork(c), ['workEmail.address']],
    ['会社名', (c) => co(c)[0], ['b2b.companyName', 'organizations[0]']],
    ['部署', (c) => co(c)[2], ['extendedWorkDetails.departments[0]']],
    ['役職', (c) => co(c)[3], ['extendedWorkDetails.jobTitle']],
    ['電話番号', (c) => tel(c), ['workPhone.number']],
    ['都道府県', (c) => J(c).pref, at(WORK, 'stateProvince')],
    ['スコア', (c, o, r) => String(v.int(r, 0, 100)), ['b2b.personScore'], opt],
    ['ステージ', (c, o, r) => pickE(r, ['リード', 'MQL', 'SQL', '商談中', '受注']), ['b2b.personStatus'], opt],
    ['メール配信状態', (c) => (c.bool ? '配信中' : '配信停止'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
    ['獲得経路', (c, o, r) => pickE(r, ['フォーム', '展示会', 'インポート']), ['b2b.personSource'], opt],
    ['リードタグ', (c, o, r) => pickE(r, ['', '資料DL', 'ウェビナー2024,資料DL']), []],
    ['最終アクティビティ日時', (c) => dash(upd(c) + DAY), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['作成日時', (c) => dash(c.created), ['extSourceSystemAudit.createdDate']],
    ['更新日時', (c) => dash(upd(c)), ['extSourceSystemAudit.lastUpdatedDate']],
  ] },
  // ---------------------------------------------------------------- email readers (WiLL Mail)
  { name: 'willmail-readers-csv-ja', product: 'WiLL Mail (読者管理 > 読者一覧 > CSVダウンロード, Japanese UI, a Japanese online shop exporting its newsletter readers)', family: 'email', language: 'ja', schema: P, cols: [
    ['メールアドレス', (c) => jaMail(c), ['personalEmail.address']],
    ['姓', (c) => J(c).last, ['person.name.lastName']],
    ['名', (c) => J(c).first, ['person.name.firstName']],
    ['会社名', (c, o, r) => (r() < 0.3 ? co(c)[0] : ''), ['organizations[0]'], opt],
    ['性別', (c) => (J(c).female ? '女性' : '男性'), ['person.gender'], opt],
    ['生年月日', (c) => bSlash(c.birth), ['person.birthDate']],
    ['都道府県', (c) => J(c).pref, at(HOME, 'stateProvince')],
    ['購読状態', (c) => (c.bool ? '購読中' : '解除'), ['personalEmail.status'], opt],
    ['エラー回数', (c, o, r) => String(r() < 0.8 ? 0 : v.int(r, 1, 3)), []],
    ['最終開封日時', (c, o, r) => (r() < 0.6 ? jSlashM(upd(c)) : ''), [], opt],
    ['最終クリック日時', (c, o, r) => (r() < 0.3 ? jSlashM(upd(c)) : ''), [], opt],
    ['登録日時', (c) => jSlashM(c.created), [], opt],
    ['更新日時', (c) => jSlashM(upd(c)), [], opt],
  ] },
  // ---------------------------------------------------------------- LINE friends (Liny)
  { name: 'liny-friends-csv-ja', product: 'Liny (友だちリスト > CSV出力, Japanese UI, a Japanese beauty salon chain exporting its LINE friends)', family: 'marketing', language: 'ja', schema: P, cols: [
    ['友だちID', (c) => String(+c.id * 7), ['_id', 'personID'], opt],
    ['LINEユーザーID', (c, o, r) => lineUid(r), ['_id', 'personID', 'identityMap{}[0].id'], opt],
    ['LINE表示名', (c, o, r) => pickE(r, [J(c).first, `${J(c).lastKana}`, 'ゆき🌸', 'taka']), []],
    ['本名', (c) => J(c).full, ['person.name.fullName']],
    ['フリガナ', (c) => `${J(c).lastKana} ${J(c).firstKana}`, [], opt],
    ['電話番号', (c, o, r) => (r() < 0.6 ? mob(c) : ''), ['mobilePhone.number', 'homePhone.number']],
    ['メールアドレス', (c, o, r) => (r() < 0.5 ? jaMail(c) : ''), ['personalEmail.address']],
    ['性別', (c) => (J(c).female ? '女性' : '男性'), ['person.gender'], opt],
    ['生年月日', (c) => bSlash(c.birth), ['person.birthDate']],
    ['都道府県', (c) => J(c).pref, at(HOME, 'stateProvince')],
    ['友だち追加日時', (c) => jSlash(c.created), [], opt],
    ['ブロック', (c, o, r) => (r() < 0.1 ? 'ブロック中' : ''), [], opt],
    ['流入経路', (c, o, r) => pickE(r, ['店頭QR', 'Instagram', 'HP', '']), [], opt],
    ['タグ', (c, o, r) => pickE(r, ['来店済', 'クーポン配布,来店済', '']), []],
    ['対応ステータス', (c, o, r) => pickE(r, ['未対応', '対応済', '']), []],
    ['最終メッセージ日時', (c) => jSlash(upd(c)), [], opt],
    ['メモ', (c, o, r) => pickE(r, ['', '', 'カラー希望']), []],
  ] },
  // ---------------------------------------------------------------- LINE friends (L Message / エルメ)
  { name: 'lmessage-friend-list-ja', product: 'L Message / エルメ (友だちリスト > CSVエクスポート, Japanese UI, a Japanese fitness studio exporting its LINE friends)', family: 'marketing', language: 'ja', schema: P, cols: [
    ['ID', (c) => String(+c.id + 300000), ['_id', 'personID'], opt],
    ['LINE名', (c, o, r) => pickE(r, [J(c).first, 'まい', 'Ken', J(c).lastKana]), []],
    ['表示名', (c) => J(c).full, ['person.name.fullName'], opt],
    ['本名', (c) => J(c).full, ['person.name.fullName']],
    ['ステータスメッセージ', (c, o, r) => pickE(r, ['', '', 'よろしくお願いします']), []],
    ['個別メモ', (c, o, r) => pickE(r, ['', '体験済み', '']), []],
    ['友だち登録日時', (c) => jSlashM(c.created), [], opt],
    ['対応マーク', (c, o, r) => pickE(r, ['', '要対応', '完了']), []],
    ['ブロック状態', (c, o, r) => (r() < 0.1 ? 'ブロック' : '-'), [], opt],
    ['最終メッセージ', (c, o, r) => pickE(r, ['予約します', 'ありがとうございます', '']), []],
    ['最終メッセージ日時', (c) => jSlashM(upd(c)), [], opt],
    ['購読中シナリオ', (c, o, r) => pickE(r, ['体験後フォロー', '']), []],
    ['電話番号', (c, o, r) => (r() < 0.5 ? mob(c).replace(/-/g, '') : ''), ['mobilePhone.number', 'homePhone.number']],
    ['メールアドレス', (c, o, r) => (r() < 0.4 ? jaMail(c) : ''), ['personalEmail.address']],
    ['誕生日', (c) => bSlash(c.birth), ['person.birthDate']],
  ] },
  // ---------------------------------------------------------------- LINE friends (MicoCloud)
  { name: 'micocloud-friends-export-ja', product: 'MicoCloud (顧客管理 > 友だち一覧 > CSVエクスポート, Japanese UI, a Japanese real-estate agency exporting its LINE friends)', family: 'crm', language: 'ja', schema: P, cols: [
    ['ユーザーID', (c, o, r) => lineUid(r), ['_id', 'personID', 'identityMap{}[0].id'], opt],
    ['表示名', (c, o, r) => pickE(r, [J(c).first, 'ひろ', 'Aya']), []],
    ['氏名', (c) => J(c).full, ['person.name.fullName']],
    ['メールアドレス', (c, o, r) => (r() < 0.6 ? jaMail(c) : ''), ['personalEmail.address']],
    ['電話番号', (c) => mob(c), ['mobilePhone.number', 'homePhone.number']],
    ['郵便番号', (c) => J(c).zip, at(HOME, 'postalCode')],
    ['住所', (c) => `${J(c).pref}${addr(c)}`, at(HOME, 'street1'), opt],
    ['年代', (c, o, r) => pickE(r, ['20代', '30代', '40代']), [], opt],
    ['性別', (c) => (J(c).female ? '女性' : '男性'), ['person.gender'], opt],
    ['ラベル', (c, o, r) => pickE(r, ['内見予約', '資料請求', '']), []],
    ['担当者', (c, o, r) => pickE(r, ['小川', '石井', '']), []],
    ['友だち追加日', (c) => dashDay(c.created), [], opt],
    ['ブロック', (c, o, r) => (r() < 0.1 ? 'TRUE' : 'FALSE'), [], opt],
    ['最終アクション日時', (c) => dash(upd(c)), [], opt],
  ] },
  // ---------------------------------------------------------------- e-signature documents (CLOUDSIGN)
  { name: 'cloudsign-documents-csv-ja', product: 'CLOUDSIGN (クラウドサイン: 管理 > 管理書類一覧 > CSVダウンロード (書類管理者), Japanese UI, a Japanese staffing company exporting signed contracts with client contacts)', family: 'b2b', language: 'ja', schema: B, cols: [
    ['書類ID', (c, o, r) => v.uuid(r), [], opt],
    ['書類名', (c, o, r) => pickE(r, ['業務委託契約書', '秘密保持契約書', '基本契約書']), []],
    ['ステータス', (c, o, r) => pickE(r, ['締結済み', '締結済み', '先方確認中', '取り消し']), []],
    ['送信者', (c, o, r) => pickE(r, ['法務部 川口 実', '営業部 原田 亮']), []],
    ['送信日時', (c) => jSlash(c.created), [], opt],
    ['締結日時', (c) => jSlash(c.created + 3 * DAY), [], opt],
    ['宛先会社名', (c) => co(c)[0], ['b2b.companyName', 'organizations[0]']],
    ['宛先氏名', (c) => J(c).full, ['person.name.fullName']],
    ['宛先メールアドレス', (c) => jaWork(c), ['workEmail.address']],
    ['契約金額', (c, o, r) => String(v.int(r, 10, 500) * 10000), []],
    ['契約開始日', (c) => jDay(c.created + 7 * DAY), []],
    ['契約終了日', (c) => jDay(c.created + 372 * DAY), []],
    ['自動更新', (c) => (c.bool ? 'あり' : 'なし'), []],
    ['管理番号', (c) => `CT-${pad(+c.id % 100000, 5)}`, [], opt],
  ] },
  // ---------------------------------------------------------------- Korean B2B lead list (Recatch)
  { name: 'recatch-leads-export-ko', product: 'Recatch (리캐치: 리드 > 리드 목록 > 엑셀 다운로드, Korean UI, a Korean B2B SaaS exporting its inbound demo-request leads)', family: 'b2b', language: 'ko', schema: B, cols: [
    ['리드 ID', (c) => String(+c.id + 880000), B2BID, opt],
    ['이름', (c) => K(c).full, ['person.name.fullName']],
    ['이메일', (c) => koWork(c), ['workEmail.address']],
    ['전화번호', (c) => K(c).mobile, ['mobilePhone.number', 'workPhone.number']],
    ['회사명', (c) => kco(c)[0], ['b2b.companyName', 'organizations[0]']],
    ['부서', (c) => kco(c)[2], ['extendedWorkDetails.departments[0]']],
    ['직책', (c) => kco(c)[3], ['extendedWorkDetails.jobTitle']],
    ['회사 웹사이트', (c) => `https://${kco(c)[1]}`, ['b2b.companyWebsite']],
    ['리드 상태', (c, o, r) => pickE(r, ['신규', 'MQL', 'SQL', '미팅 완료', '보류']), ['b2b.personStatus'], opt],
    ['유입 경로', (c, o, r) => pickE(r, ['데모 신청 폼', '웨비나', '광고(구글)']), ['b2b.personSource'], opt],
    ['UTM Source', (c, o, r) => pickE(r, ['google', 'linkedin', '']), []],
    ['담당자', (c, o, r) => pickE(r, ['김영업', '박세일즈', '']), []],
    ['마케팅 수신 동의', (c) => (c.bool ? 'Y' : 'N'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
    ['문의 내용', (c, o, r) => pickE(r, ['도입 비용 문의', '데모 요청드립니다', '']), []],
    ['생성일', (c) => dash(c.created), ['extSourceSystemAudit.createdDate']],
    ['최근 수정일', (c) => dash(upd(c)), ['extSourceSystemAudit.lastUpdatedDate']],
  ] },
  // ---------------------------------------------------------------- Korean groupware address book (Hiworks)
  { name: 'hiworks-address-book-ko', product: 'Hiworks (하이웍스 주소록 > 공유주소록 > 내보내기 (CSV), Korean UI, a Korean SME exporting its shared business-contact address book)', family: 'crm', language: 'ko', schema: B, cols: [
    ['이름', (c) => K(c).full, ['person.name.fullName']],
    ['회사', (c) => kco(c)[0], ['b2b.companyName', 'organizations[0]']],
    ['부서', (c) => kco(c)[2], ['extendedWorkDetails.departments[0]']],
    ['직위', (c) => kco(c)[3], ['extendedWorkDetails.jobTitle']],
    ['이메일', (c) => koWork(c), ['workEmail.address']],
    ['휴대폰', (c) => K(c).mobile, ['mobilePhone.number']],
    ['회사전화', (c, o, r) => `02-${v.int(r, 300, 999)}-${pad(v.int(r, 0, 9999), 4)}`, ['workPhone.number']],
    ['팩스', (c, o, r) => (r() < 0.4 ? `02-${v.int(r, 300, 999)}-${pad(v.int(r, 0, 9999), 4)}` : ''), ['faxPhone.number']],
    ['우편번호', (c) => K(c).zip, at(WORK, 'postalCode')],
    ['회사주소', (c) => K(c).address, at(WORK, 'street1')],
    ['홈페이지', (c) => `http://www.${kco(c)[1]}`, ['b2b.companyWebsite']],
    ['생일', (c, o, r) => (r() < 0.3 ? bDash(c.birth) : ''), ['person.birthDate']],
    ['태그', (c, o, r) => pickE(r, ['거래처', '협력사', '고객사', '거래처,VIP']), []],
    ['메모', (c, o, r) => pickE(r, ['', '', '세금계산서 담당']), []],
  ] },
  // ---------------------------------------------------------------- Korean e-commerce personalisation members (Groobee)
  { name: 'groobee-member-list-ko', product: 'Groobee (그루비: 고객 > 회원 목록 > 엑셀 다운로드, Korean UI, a Korean Cafe24 fashion shop exporting its identified members)', family: 'ecommerce-customers', language: 'ko', schema: P, cols: [
    ['회원 ID', (c) => K(c).memberId, ['_id', 'personID'], opt],
    ['이름', (c) => K(c).full, ['person.name.fullName']],
    ['이메일', (c) => K(c).email, ['personalEmail.address']],
    ['휴대폰번호', (c) => K(c).mobile, ['mobilePhone.number']],
    ['성별', (c) => (K(c).female ? '여' : '남'), ['person.gender'], opt],
    ['생년월일', (c) => bDash(c.birth), ['person.birthDate']],
    ['회원등급', (c, o, r) => pickE(r, ['일반', '실버', '골드', 'VIP']), ['loyalty.tier'], opt],
    ['가입일', (c) => dashDay(c.created), ['loyalty.joinDate'], opt],
    ['최근 방문일', (c) => dashDay(upd(c)), [], opt],
    ['방문 횟수', (c, o, r) => String(v.int(r, 1, 80)), []],
    ['구매 횟수', (c, o, r) => String(v.int(r, 0, 12)), ['loyalty.lifetimePurchases'], opt],
    ['총 구매금액', (c, o) => wonC(o.total * 3), [], opt],
    ['적립금', (c, o, r) => String(v.int(r, 0, 300) * 100), ['loyalty.points'], opt],
    ['SMS 수신동의', (c) => (c.bool ? 'Y' : 'N'), [], opt],
    ['이메일 수신동의', (c, o, r) => (r() < 0.5 ? 'Y' : 'N'), [], opt],
  ] },
  // ---------------------------------------------------------------- Korean CRM marketing customers (DashDash / 닷슬래시대시)
  { name: 'dashdash-customers-ko', product: 'DashDash (닷슬래시대시: 고객 > 고객 목록 > CSV 다운로드, Korean UI, a Korean D2C brand exporting unified customers for CRM messaging)', family: 'crm', language: 'ko', schema: P, cols: [
    ['고객 ID', (c) => `dd_${c.id}`, ['_id', 'personID'], opt],
    ['회원 ID', (c) => K(c).memberId, [], opt],
    ['이름', (c) => K(c).full, ['person.name.fullName']],
    ['전화번호', (c) => K(c).mobile.replace(/-/g, ''), ['mobilePhone.number']],
    ['이메일', (c) => K(c).email, ['personalEmail.address']],
    ['성별', (c) => (K(c).female ? 'F' : 'M'), ['person.gender'], opt],
    ['생일', (c) => bDash(c.birth).slice(5), ['person.birthDayAndMonth'], opt],
    ['우편번호', (c) => K(c).zip, at(HOME, 'postalCode')],
    ['주소', (c) => K(c).address, at(HOME, 'street1')],
    ['첫 구매일', (c) => dotDay(c.created + 2 * DAY), [], opt],
    ['마지막 구매일', (c) => dotDay(upd(c)), [], opt],
    ['누적 구매 횟수', (c, o, r) => String(v.int(r, 1, 15)), ['loyalty.lifetimePurchases'], opt],
    ['누적 구매 금액', (c, o) => wonC(o.total * 4), [], opt],
    ['알림톡 수신 가능', (c, o, r) => (r() < 0.9 ? 'TRUE' : 'FALSE'), [], opt],
    ['광고성 정보 수신 동의', (c) => (c.bool ? 'TRUE' : 'FALSE'), [], opt],
    ['세그먼트', (c, o, r) => pickE(r, ['재구매 고객', '이탈 위험', '신규']), []],
    ['생성일시', (c) => dash(c.created), [], opt],
  ] },
]
