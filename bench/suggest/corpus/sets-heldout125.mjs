// Round 57, heldout125: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). East and South-East Asian exports in the product's UI language: a
// subscription-commerce cart's orders and a salon booking system's reservations, a fitness-club platform's members and
// a business-card app's contacts (ja); a messaging API console's per-recipient send results, a parcel-label service's
// printed waybills and a beauty-salon POS's customers with points (ko); a WeChat group-buy tool's order lines and a
// business-card scanner's enterprise card export (zh); an enterprise CRM's contacts and a shop builder's members
// (zh-TW, Taiwan); and a payment gateway's transactions (th) (ja 4, ko 3, zh 2, zh-TW 2, th 1). Sendon's and
// CamCard's export fields and Tamago Repeat's order vocabulary were seen on their help pages; the rest is written from
// the writer's knowledge of each product.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT as ACC } from './sets.mjs'
import { pad, shift, row, ymd, hms, hm, dmy, group, pick, int } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const jst = (ms) => shift(ms, 9) // Japan and Korea
const cst = (ms) => shift(ms, 8) // mainland China and Taiwan
const ict = (ms) => shift(ms, 7) // Thailand
// an instant moved into shop hours (09:00-20:59 local): things keyed in or sent while a business is open
const open = (ms, off) => { const H = shift(ms, off).H; return ms + (H < 9 ? 9 - H : H > 20 ? 20 - H : 0) * 3600000 }
const after = (c, k = 1) => c.created + ((n(c) % 400) + 5) * day * k + (n(c) % 50000) * 1000
const bp = (ms) => v.parts(ms)
const yen = (x) => group(x)
const f2 = (x) => (Math.round(x * 100) / 100).toFixed(2)
const dt = (p, s = '/') => `${ymd(p, s)} ${hms(p)}`
const addMin = (t, m) => { const [h, mm] = t.split(':').map(Number); const x = h * 60 + mm + m; return `${pad(Math.floor(x / 60))}:${pad(x % 60)}` }

const WE = ['workEmail.address', 'personalEmail.address']

// ---------------------------------------------------------------- local people, seeded by the row's person
const PEOPLE = {
  ja: {
    male: [['悠斗', 'ユウト', 'yuto'], ['蓮', 'レン', 'ren'], ['健太', 'ケンタ', 'kenta'], ['直樹', 'ナオキ', 'naoki'], ['浩二', 'コウジ', 'koji'], ['亮', 'リョウ', 'ryo']],
    female: [['結衣', 'ユイ', 'yui'], ['さくら', 'サクラ', 'sakura'], ['恵美', 'エミ', 'emi'], ['麻衣', 'マイ', 'mai'], ['香織', 'カオリ', 'kaori'], ['奈々', 'ナナ', 'nana']],
    last: [['松本', 'マツモト', 'matsumoto'], ['井上', 'イノウエ', 'inoue'], ['木村', 'キムラ', 'kimura'], ['林', 'ハヤシ', 'hayashi'], ['清水', 'シミズ', 'shimizu'], ['山崎', 'ヤマザキ', 'yamazaki'], ['森', 'モリ', 'mori'], ['池田', 'イケダ', 'ikeda'], ['橋本', 'ハシモト', 'hashimoto'], ['石川', 'イシカワ', 'ishikawa']],
    // [都道府県, 市区町村, 郵便番号, 町名・番地]
    places: [['千葉県', '船橋市', '273-0005', '本町4-21-3'], ['兵庫県', '神戸市中央区', '650-0012', '北長狭通5-3-9'], ['静岡県', '浜松市中央区', '430-0933', '鍛冶町1-12'], ['新潟県', '新潟市中央区', '951-8063', '古町通6番町971'], ['岡山県', '岡山市北区', '700-0821', '中山下1-8-45'], ['熊本県', '熊本市中央区', '860-0806', '花畑町4-7'], ['東京都', '杉並区', '166-0003', '高円寺南3-48-2'], ['埼玉県', '川口市', '332-0012', '本町2-3-10'], ['石川県', '金沢市', '920-0981', '片町2-2-15'], ['神奈川県', '川崎市中原区', '211-0004', '新丸子東1-825']],
    bldg: ['', '', '', 'メゾン白樺203', 'ライオンズマンション708', 'グリーンハイツ102', 'プラウド1404'],
    mail: ['gmail.com', 'yahoo.co.jp', 'icloud.com', 'docomo.ne.jp', 'au.com', 'softbank.ne.jp'],
  },
  ko: {
    last: [['오', 'oh'], ['신', 'shin'], ['서', 'seo'], ['권', 'kwon'], ['황', 'hwang'], ['안', 'ahn'], ['송', 'song'], ['임', 'lim'], ['전', 'jeon'], ['홍', 'hong']],
    male: [['준호', 'junho'], ['태윤', 'taeyoon'], ['동현', 'donghyun'], ['우진', 'woojin'], ['재원', 'jaewon'], ['시우', 'siwoo']],
    female: [['지아', 'jia'], ['예린', 'yerin'], ['소연', 'soyeon'], ['다은', 'daeun'], ['채원', 'chaewon'], ['혜진', 'hyejin']],
    // [시도, 시군구, 우편번호, 도로명]
    places: [['서울특별시', '송파구', '05551', '올림픽로'], ['서울특별시', '관악구', '08787', '관악로'], ['경기도', '수원시 영통구', '16677', '광교중앙로'], ['경기도', '고양시 일산동구', '10401', '중앙로'], ['대전광역시', '서구', '35229', '둔산로'], ['울산광역시', '남구', '44677', '삼산로'], ['인천광역시', '남동구', '21556', '인하로'], ['부산광역시', '부산진구', '47296', '중앙대로']],
    mail: ['naver.com', 'naver.com', 'gmail.com', 'daum.net', 'hanmail.net', 'nate.com'],
  },
  zh: {
    last: [['孙', 'sun'], ['马', 'ma'], ['朱', 'zhu'], ['胡', 'hu'], ['郭', 'guo'], ['何', 'he'], ['林', 'lin'], ['罗', 'luo'], ['高', 'gao'], ['徐', 'xu']],
    male: [['子轩', 'zixuan'], ['宇航', 'yuhang'], ['志强', 'zhiqiang'], ['明辉', 'minghui'], ['文博', 'wenbo']],
    female: [['雨萱', 'yuxuan'], ['梦瑶', 'mengyao'], ['晓燕', 'xiaoyan'], ['思琪', 'siqi'], ['佳怡', 'jiayi']],
    // [省, 市, 区, 路]
    places: [['上海市', '上海市', '闵行区', '七莘路'], ['上海市', '上海市', '徐汇区', '漕溪北路'], ['上海市', '上海市', '杨浦区', '国定路'], ['江苏省', '昆山市', '玉山镇', '前进中路'], ['浙江省', '嘉兴市', '南湖区', '中环南路'], ['上海市', '上海市', '宝山区', '牡丹江路']],
    mail: ['qq.com', '163.com', 'qq.com', '126.com', 'foxmail.com'],
  },
  tw: {
    last: [['鄭', 'cheng'], ['謝', 'hsieh'], ['郭', 'kuo'], ['洪', 'hung'], ['邱', 'chiu'], ['曾', 'tseng'], ['廖', 'liao'], ['賴', 'lai'], ['許', 'hsu'], ['周', 'chou']],
    male: [['宗翰', 'tsunghan'], ['彥廷', 'yenting'], ['俊宏', 'chunhung'], ['建宏', 'chienhung'], ['哲瑋', 'chewei']],
    female: [['詩涵', 'shihhan'], ['宜蓁', 'yichen'], ['郁婷', 'yuting'], ['品妤', 'pinyu'], ['美玲', 'meiling']],
    // [縣市, 鄉鎮市區, 郵遞區號, 路段]
    places: [['臺北市', '中山區', '104', '南京東路二段'], ['臺北市', '士林區', '111', '中山北路六段'], ['新北市', '新店區', '231', '北新路三段'], ['新北市', '永和區', '234', '永和路一段'], ['桃園市', '桃園區', '330', '中華路'], ['臺中市', '北屯區', '406', '崇德路二段'], ['高雄市', '左營區', '813', '博愛二路'], ['基隆市', '仁愛區', '200', '愛四路']],
    mail: ['gmail.com', 'gmail.com', 'yahoo.com.tw', 'hotmail.com', 'msa.hinet.net'],
  },
  th: {
    male: [['สมชาย', 'somchai'], ['ณัฐวุฒิ', 'nattawut'], ['ธนากร', 'thanakorn'], ['กิตติพงษ์', 'kittipong'], ['วรวุฒิ', 'worawut'], ['ภาณุพงศ์', 'panupong']],
    female: [['พิมพ์ชนก', 'pimchanok'], ['ศิริพร', 'siriporn'], ['กมลวรรณ', 'kamonwan'], ['ปิยะนุช', 'piyanut'], ['อรอุมา', 'onuma'], ['สุนิสา', 'sunisa']],
    last: [['ใจดี', 'jaidee'], ['ศรีสวัสดิ์', 'srisawat'], ['วงศ์ทอง', 'wongthong'], ['แสงอรุณ', 'saengarun'], ['บุญมา', 'boonma'], ['รัตนพันธ์', 'rattanapan'], ['ทองคำ', 'thongkham']],
    mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'yahoo.com', 'outlook.co.th'],
  },
}
const memo = new Map()
const who = (c, cc) => {
  const k = `${cc}|${c.id}|${c.last}`
  if (memo.has(k)) return memo.get(k)
  const r = v.rng((n(c) * 2654435761 + cc.charCodeAt(0) * 97 + cc.charCodeAt(1) * 13 + c.first.length) >>> 0)
  r(); r()
  const T = PEOPLE[cc], female = r() < 0.55
  const f = pick(r, female ? T.female : T.male), l = pick(r, T.last)
  let p
  if (cc === 'ja') {
    const pl = pick(r, T.places)
    p = { first: f[0], last: l[0], firstKana: f[1], lastKana: l[1], full: `${l[0]} ${f[0]}`, kana: `${l[1]} ${f[1]}`, latin: `${f[2]}.${l[2]}`,
      pref: pl[0], city: pl[1], zip: pl[2], street: pl[3], bldg: pick(r, T.bldg),
      mobile: `0${pick(r, ['90', '80', '70'])}-${int(r, 1000, 9999)}-${int(r, 1000, 9999)}`,
      email: `${f[2]}${pick(r, ['', '.', '_', '-'])}${l[2]}${r() < 0.5 ? int(r, 1, 999) : ''}@${pick(r, T.mail)}` }
  } else if (cc === 'ko') {
    const pl = pick(r, T.places)
    p = { first: f[0], last: l[0], full: `${l[0]}${f[0]}`, latin: `${f[1]}.${l[1]}`, sido: pl[0], sigungu: pl[1], zip: pl[2],
      road: `${pl[0]} ${pl[1]} ${pl[3]} ${int(r, 3, 420)}`, detail: pick(r, ['', `${int(r, 101, 115)}동 ${int(r, 2, 25)}0${int(r, 1, 4)}호`, `${int(r, 2, 9)}층`, `${int(r, 101, 1203)}호`]),
      mobile: `010-${int(r, 2000, 9999)}-${int(r, 1000, 9999)}`,
      email: `${f[1]}${pick(r, ['', '_', '.'])}${l[1]}${r() < 0.6 ? int(r, 80, 99) : ''}@${pick(r, T.mail)}` }
  } else if (cc === 'zh') {
    const pl = pick(r, T.places), qq = String(int(r, 200000000, 3199999999))
    p = { first: f[0], last: l[0], full: `${l[0]}${f[0]}`, latin: `${l[1]}${f[1]}`, prov: pl[0], city: pl[1], dist: pl[2],
      street: `${pl[3]}${int(r, 8, 1288)}弄${int(r, 1, 60)}号${int(r, 101, 2204)}室`,
      mobile: `1${pick(r, ['33', '37', '39', '51', '55', '59', '80', '82', '86', '87', '98'])}${int(r, 10000000, 99999999)}`,
      email: r() < 0.45 ? `${qq}@qq.com` : `${f[1]}${l[1]}${int(r, 10, 999)}@${pick(r, T.mail)}` }
  } else if (cc === 'tw') {
    const pl = pick(r, T.places)
    p = { first: f[0], last: l[0], full: `${l[0]}${f[0]}`, latin: `${f[1]}.${l[1]}`, county: pl[0], dist: pl[1], zip: pl[2],
      street: `${pl[3]}${int(r, 1, 260)}號${r() < 0.6 ? `${int(r, 2, 16)}樓${r() < 0.4 ? `之${int(r, 1, 5)}` : ''}` : ''}`,
      mobile: `09${int(r, 10, 89)}-${int(r, 100, 999)}-${int(r, 100, 999)}`,
      email: `${f[1]}${pick(r, ['', '.', '_'])}${l[1]}${r() < 0.5 ? int(r, 1, 99) : ''}@${pick(r, T.mail)}` }
  } else {
    p = { first: f[0], last: l[0], full: `${f[0]} ${l[0]}`,
      mobile: `0${pick(r, ['81', '82', '86', '89', '91', '95', '62', '65'])}-${int(r, 100, 999)}-${int(r, 1000, 9999)}`,
      email: `${f[1]}${pick(r, ['.', '_', ''])}${l[1].slice(0, 4)}${r() < 0.6 ? int(r, 1, 99) : ''}@${pick(r, T.mail)}` }
  }
  p.female = female
  memo.set(k, p)
  return p
}
const ja = (c) => who(c, 'ja')
const ko = (c) => who(c, 'ko')
const zh = (c) => who(c, 'zh')
const tw = (c) => who(c, 'tw')
const th = (c) => who(c, 'th')

// ---------------------------------------------------------------- catalogues, firms and statuses
// たまごリピート: a Miyazaki green-juice D2C brand: [商品コード, 商品名, 税込単価]; a code ending in T is a subscription
const AOJIRU = [['AJ-030', '国産大麦若葉青汁 30包', 3980], ['AJ-030T', '【定期便】国産大麦若葉青汁 30包', 3380], ['KZ-090', '黒酢にんにく 90粒', 2980], ['KZ-090T', '【定期便】黒酢にんにく 90粒', 2480], ['AJ-007', '青汁お試しセット 7包', 980], ['NS-060T', '【定期便】乳酸菌プラス 60粒', 2760]]
const aoj = (o, i) => row(AOJIRU, n(o) + i)
const teiki = (o, i) => aoj(o, i)[0].endsWith('T')
const ajQty = (o, i) => (teiki(o, i) || o.qty > 2 ? 1 : o.qty)
const ajSub = (o, i) => aoj(o, i)[2] * ajQty(o, i)
const ajPay = (o) => row(['クレジットカード', 'NP後払い', 'クレジットカード', '代金引換', 'Amazon Pay'], n(o) % 5)
const ajFee = (o) => (ajPay(o) === 'NP後払い' ? 209 : ajPay(o) === '代金引換' ? 330 : 0)
const ajShip = (o, i) => (teiki(o, i) || ajSub(o, i) >= 5000 ? 0 : aoj(o, i)[0] === 'AJ-007' ? 0 : 550)
const ajPts = (o) => (n(o) % 4 === 0 ? 100 * (1 + (n(o) % 3)) : 0)
const ajDisc = (o, i) => (o.discount && !teiki(o, i) ? 500 : 0)
const ajTotal = (o, i) => ajSub(o, i) + ajShip(o, i) + ajFee(o) - ajPts(o) - ajDisc(o, i)
const ajStatus = (o) => row(['出荷待ち', '出荷済', '配達完了', '出荷済', '新規受付', 'キャンセル', '配達完了'], n(o) % 7)
const ajSent = (o) => ['出荷済', '配達完了'].includes(ajStatus(o))
// SELECT TYPE: a Fukuoka eyelash and nail salon: [メニュー, 税込料金, 所要分]
const LASH = [['まつげパーマ（ラッシュリフト）', 6600, 60], ['フラットラッシュ 120本', 7700, 90], ['ワンカラージェルネイル', 5500, 75], ['まつげパーマ＋眉WAX', 9350, 90], ['ジェルオフ＋ハンドケア', 3300, 30], ['【初回】ラッシュリフト', 4980, 60]]
const lash = (o) => row(LASH, n(o) % 6)
const lashStart = (o) => row(['10:00', '11:30', '13:00', '14:30', '16:00', '18:00', '19:00'], n(o) % 7)
const lashStatus = (o) => row(['予約確定', '来店済', '予約確定', 'キャンセル', '来店済', '仮予約', '来店済', '無断キャンセル'], n(o) % 8)
// Wantedly People: [会社名, ドメイン, 郵便番号, 住所, 市外局番]
const JA_CO = [['株式会社アオバシステムズ', 'aoba-sys.co.jp', '980-0021', '宮城県仙台市青葉区中央2-9-10 青葉ビル5F', '022'], ['ミナミ精密工業株式会社', 'minami-seimitsu.co.jp', '577-0065', '大阪府東大阪市高井田中1-3-5', '06'], ['株式会社リンクワークス', 'linkworks.jp', '150-0002', '東京都渋谷区渋谷2-21-1 ヒカリエ27F', '03'], ['北斗ロジスティクス株式会社', 'hokuto-logi.co.jp', '060-0807', '北海道札幌市北区北7条西4-1-2', '011'], ['株式会社さくらメディカル', 'sakura-medical.co.jp', '812-0011', '福岡県福岡市博多区博多駅前3-2-8', '092'], ['東海エナジーサービス株式会社', 'tokai-es.jp', '450-0002', '愛知県名古屋市中村区名駅4-5-28', '052']]
const jaCo = (c) => row(JA_CO, n(c) % 6)
const jaTel = (area, r) => { const rest = 10 - area.length; const a = rest === 8 ? 4 : rest === 7 ? 3 : 2; return `${area}-${int(r, 2 * 10 ** (a - 1), 10 ** a - 1)}-${int(r, 1000, 9999)}` }
// Sendon: a Gangnam dermatology clinic: [유형, 제목, 내용, 템플릿 코드, 차감 금액]
const SENDON = [
  ['알림톡', '', (p) => `[청담리본피부과] ${p.full}님, 내일 예약을 안내드립니다. 예약 변경은 02-545-7720으로 연락 주세요.`, 'RB_RSV_REMIND_02', '7.5'],
  ['알림톡', '', (p) => `[청담리본피부과] ${p.full}님, 시술 후 주의사항을 안내드립니다. 3일간 사우나와 음주를 피해주세요.`, 'RB_AFTERCARE_01', '7.5'],
  ['친구톡', '', () => '(광고) [청담리본피부과] 여름맞이 레이저토닝 10회 패키지 20% 할인! 수신거부: 채널 차단', '', '15.0'],
  ['LMS', '[청담리본피부과] 6월 이벤트 안내', () => '(광고)[청담리본피부과] 6월 한정 리프팅 이벤트 안내드립니다. 무료수신거부 080-888-5172', '', '27.0'],
  ['SMS', '', (p) => `[청담리본] ${p.full}님 인증번호 [${String(100000 + (p.mobile.charCodeAt(5) * 7919) % 900000)}]`, '', '9.0'],
]
const sdn = (o) => row(SENDON, n(o) % 5)
const sdnResult = (o) => row(['성공', '성공', '성공', '실패', '성공', '성공', '실패', '성공', '예약취소', '성공'], n(o) % 10)
const sdnDetail = (o) => (sdnResult(o) === '성공' ? '정상 수신' : sdnResult(o) === '예약취소' ? '예약 취소' : sdn(o)[0].endsWith('톡') ? '카카오톡 미사용자' : row(['수신거부', '결번', '단말기 전원 꺼짐'], n(o) % 3))
const sdnCode = (o) => (sdnResult(o) === '성공' ? '1000' : sdnResult(o) === '예약취소' ? '9001' : sdn(o)[0].endsWith('톡') ? '3018' : row(['3004', '3002', '3005'], n(o) % 3))
// Goodsflow: an Incheon pet-supplies shop: [상품명, 옵션, 박스]
const PET = [['그레인프리 연어 사료 6kg', '소형견용', '중'], ['두부모래 7L x 3개', '오리지널', '대'], ['동결건조 닭가슴살 트릿 200g', '', '극소'], ['자동급식기 스마트 3L', '화이트', '소'], ['고양이 스크래처 하우스', '', '대'], ['강아지 하네스 M', '네이비', '극소']]
const pet = (o) => row(PET, n(o) % 6)
const gfCarrier = (o) => row(['CJ대한통운', 'CJ대한통운', '롯데택배', '우체국택배', '한진택배'], n(o) % 5)
const gfStatus = (o) => row(['배송완료', '배송완료', '배송중', '집화완료', '배송완료', '출력완료', '배송완료'], n(o) % 7)
const gfFee = (o) => ({ 극소: 2700, 소: 3000, 중: 3500, 대: 4500 })[pet(o)[2]]
// 快团团: a Shanghai neighbourhood group-buy leader's fruit: [商品编码, 商品名称, 规格, 单价]
const FRUIT = [['KTT0101', '丹东99草莓', '3斤装 单果20g+', 89.9], ['KTT0102', '海南贵妃芒', '5斤装 中果', 39.9], ['KTT0103', '赣南脐橙', '10斤装 75-80mm', 49.9], ['KTT0104', '云南蓝莓', '4盒装 125g/盒', 59.9], ['KTT0105', '阳光玫瑰葡萄', '2串装 约3斤', 45.8], ['KTT0106', '智利车厘子', 'JJ级 2斤礼盒', 129]]
const fr = (o, i) => row(FRUIT, n(o) + i)
const frQty = (o) => (o.qty > 3 ? 2 : o.qty)
const frStatus = (o) => row(['已发货', '已完成', '已发货', '待发货', '已完成', '已退款', '已完成'], n(o) % 7)
const frShip = (o, i) => (fr(o, i)[3] * frQty(o) >= 59 ? 0 : 8)
const frDisc = (o) => (o.discount ? 5 : 0)
const frRefund = (o, i) => (frStatus(o) === '已退款' ? fr(o, i)[3] * frQty(o) + frShip(o, i) - frDisc(o) : 0)
const frPaid = (o, i) => fr(o, i)[3] * frQty(o) + frShip(o, i) - frDisc(o)
// CamCard (名片全能王) enterprise card pool: [公司, 英文域名, 地址, 邮编, 区号]
const ZH_CO = [['深圳市华芯微电子有限公司', 'hxmicro.com.cn', '广东省深圳市南山区高新南一道8号创维大厦A座15楼', '518057', '0755'], ['苏州博睿自动化科技有限公司', 'borui-auto.com', '江苏省苏州市工业园区星湖街328号', '215123', '0512'], ['东莞恒达精密模具有限公司', 'hengda-mould.cn', '广东省东莞市长安镇振安中路188号', '523860', '0769'], ['厦门联科光电股份有限公司', 'lianke-opto.com', '福建省厦门市湖里区火炬北路27号', '361006', '0592'], ['武汉天宇智能装备有限公司', 'tianyu-ie.com', '湖北省武汉市东湖新技术开发区光谷大道77号', '430074', '027'], ['宁波新锐汽车电子有限公司', 'xinrui-ae.cn', '浙江省宁波市北仑区明州路566号', '315800', '0574']]
const zhCo = (c) => row(ZH_CO, n(c) % 6)
// Vital CRM: client firms of a Taoyuan industrial-equipment maker: [客戶名稱, 統編, 網域, 郵遞區號, 縣市, 鄉鎮市區, 地址, 區碼]
const TW_CO = [['台灣精機股份有限公司', '23512345', 'twprecision.com.tw', '324', '桃園市', '平鎮區', '工業五路12號', '03'], ['永豐食品工業股份有限公司', '84321567', 'yfood.com.tw', '712', '臺南市', '新化區', '中山路300號', '06'], ['宏達塑膠有限公司', '53287611', 'hongda-plastic.com.tw', '411', '臺中市', '太平區', '精美路88號', '04'], ['新光電子材料股份有限公司', '12876543', 'sk-emat.com.tw', '300', '新竹市', '東區', '力行路6號', '03'], ['高雄金屬工業股份有限公司', '90876123', 'kmi.com.tw', '806', '高雄市', '前鎮區', '新生路248號', '07'], ['北台紙業股份有限公司', '27651234', 'ntpaper.com.tw', '241', '新北市', '三重區', '重新路五段609號', '02']]
const twCo = (c) => row(TW_CO, n(c) % 6)
// hacomono: members of a Yokohama studio chain live around it: [都道府県, 市区町村, 郵便番号, 町名・番地]
const YOKO = [['神奈川県', '横浜市西区', '220-0011', '高島2-12-6'], ['神奈川県', '横浜市港北区', '223-0061', '日吉2-3-1'], ['神奈川県', '川崎市中原区', '211-0063', '小杉町3-264'], ['神奈川県', '横浜市都筑区', '224-0032', '茅ケ崎中央5-1'], ['東京都', '大田区', '146-0082', '池上6-3-10'], ['神奈川県', '横浜市中区', '231-0063', '花咲町1-42'], ['神奈川県', '横浜市神奈川区', '221-0835', '鶴屋町3-30-8']]
const yo = (c) => row(YOKO, n(c) % 7)
const hyStatus = (c) => row(['在籍', '在籍', '在籍', '休会中', '在籍', '退会', '在籍', '在籍'], n(c) % 8)
// ChillPay: a Chiang Mai coffee roaster's web shop
const cpChannel = (o) => row(['QR PromptPay', 'บัตรเครดิต/เดบิต', 'K PLUS', 'SCB Easy', 'TrueMoney Wallet', 'QR PromptPay', 'Krungthai NEXT'], n(o) % 7)
const cpStatus = (o) => row(['สำเร็จ', 'สำเร็จ', 'สำเร็จ', 'ไม่สำเร็จ', 'สำเร็จ', 'ยกเลิก', 'สำเร็จ', 'คืนเงิน', 'สำเร็จ'], n(o) % 9)
const BEANS = [['เมล็ดกาแฟดอยช้าง คั่วกลาง 250g', 420], ['ชุดดริป V60 + เมล็ด 2 ถุง', 1290], ['กาแฟสกัดเย็น 6 ขวด', 690], ['เมล็ดกาแฟ Geisha แม่ฮ่องสอน 100g', 950]]
const bean = (o) => row(BEANS, n(o) % 4)
const cpAmt = (o) => { const x = bean(o)[1] * (o.qty > 3 ? 2 : o.qty); return x + (x >= 1000 ? 0 : 50) }
const cpFeeRate = (o) => (cpChannel(o) === 'บัตรเครดิต/เดบิต' ? 0.0365 : cpChannel(o) === 'TrueMoney Wallet' ? 0.025 : 0.0125)
const cpOk = (o) => ['สำเร็จ', 'คืนเงิน'].includes(cpStatus(o))
const cpFee = (o) => (cpOk(o) ? cpAmt(o) * cpFeeRate(o) : 0)

export const SETS = [
  // ---------------------------------------------------------------- Japan: subscription-commerce orders
  { name: 'tamago-repeat-chumon-ichiran-ja', product: 'たまごリピート / Tamago Repeat (テモナ; 受注管理 > 注文検索 > 検索結果をCSVダウンロード, one row per order line, Japanese UI, a Miyazaki green-juice and supplement D2C brand selling 定期便 subscriptions)', family: 'ecommerce-orders', language: 'ja', schema: E, cols: [
    ['注文番号', (c, o) => String(200000 + n(o) * 3), [OR('purchaseID')]],
    ['注文日時', (c, o) => dt(jst(o.at)), ['timestamp', OR('createdDate')]],
    ['注文ステータス', (c, o) => ajStatus(o), []],
    ['注文区分', (c, o, r, i) => (teiki(o, i) ? '定期' : '通常'), []],
    ['定期回数', (c, o, r, i) => (teiki(o, i) ? String(1 + (n(o) % 11)) : ''), []],
    ['顧客番号', (c) => String(10000 + (n(c) % 90000)), CUST_ID, opt],
    ['購入者名', (c) => ja(c).full, []],
    ['購入者名カナ', (c) => ja(c).kana, []],
    ['購入者メールアドレス', (c) => ja(c).email, EMAIL_ID, opt],
    ['購入者電話番号', (c) => ja(c).mobile, PHONE_ID, opt],
    ['購入者郵便番号', (c) => ja(c).zip, [BILL('postalCode')]],
    ['購入者都道府県', (c) => ja(c).pref, [BILL('stateProvince'), BILL('state')]],
    ['購入者市区町村', (c) => ja(c).city, [BILL('city')]],
    ['購入者番地', (c) => `${ja(c).street}${ja(c).bldg ? ' ' + ja(c).bldg : ''}`, [BILL('street1')]],
    ['お届け先名', (c, o) => (n(o) % 6 === 0 ? '宮田 節子' : ja(c).full), []],
    ['お届け先郵便番号', (c, o) => (n(o) % 6 === 0 ? '880-0805' : ja(c).zip), [SHIP('postalCode')]],
    ['お届け先住所', (c, o) => (n(o) % 6 === 0 ? '宮崎県宮崎市橘通東3-1-11' : `${ja(c).pref}${ja(c).city}${ja(c).street}${ja(c).bldg ? ' ' + ja(c).bldg : ''}`), [SHIP('street1')]],
    ['商品コード', (c, o, r, i) => aoj(o, i)[0], [PL('SKU')]],
    ['商品名', (c, o, r, i) => aoj(o, i)[1], [PL('name')]],
    ['数量', (c, o, r, i) => String(ajQty(o, i)), [PL('quantity')]],
    ['商品合計', (c, o, r, i) => String(ajSub(o, i)), [PL('priceTotal')]],
    ['送料', (c, o, r, i) => String(ajShip(o, i)), ['commerce.shipping.shippingAmount']],
    ['決済手数料', (c, o) => String(ajFee(o)), []],
    ['ポイント利用', (c, o) => String(ajPts(o)), [], opt],
    ['値引き額', (c, o, r, i) => String(ajDisc(o, i)), [OR('discountAmount')]],
    ['請求金額', (c, o, r, i) => String(ajTotal(o, i)), [OR('priceTotal')]],
    ['うち消費税', (c, o, r, i) => String(Math.floor(ajTotal(o, i) * 8 / 108)), [OR('taxAmount')], opt],
    ['支払方法', (c, o) => ajPay(o), [OR('payments[0].paymentType')]],
    ['配送方法', (c, o, r, i) => (aoj(o, i)[0] === 'AJ-007' ? 'ゆうパケット' : 'ヤマト運輸 宅急便'), ['commerce.shipping.shippingMethod']],
    ['出荷番号', (c, o, r, i) => (ajSent(o) ? (aoj(o, i)[0] === 'AJ-007' ? `${pad(n(o) * 7919 % 10000, 4)}-${pad(n(o) * 31 % 10000, 4)}-${pad(n(o) * 17 % 10000, 4)}` : `${4000 + (n(o) % 999)}${pad(n(o) * 7919 % 100000000, 8)}`) : ''), ['commerce.shipping.trackingNumber']],
    ['発送日', (c, o) => (ajSent(o) ? ymd(jst(o.at + 2 * day), '/') : ''), ['commerce.shipping.shipDate'], opt],
    ['次回お届け予定日', (c, o, r, i) => (teiki(o, i) && ajStatus(o) !== 'キャンセル' ? ymd(jst(o.at + (28 + (n(o) % 3) * 15) * day), '/') : ''), [], opt],
    ['広告コード', (c, o) => row(['', 'afb_aojiru01', 'ig_reel_0412', '', 'ysa_kurozu', 'a8_trial'], n(o) % 6), ['marketing.trackingCode'], opt],
  ] },
  // ---------------------------------------------------------------- Japan: salon reservations
  { name: 'select-type-yoyaku-data-ja', product: 'SELECT TYPE / セレクトタイプ (予約システム > 予約管理 > 予約データCSVダウンロード, one row per reservation, Japanese UI, a Fukuoka Tenjin eyelash and nail salon)', family: 'booking', language: 'ja', schema: E, cols: [
    ['予約ID', (c, o) => String(31000000 + n(o) * 211), ['_id', OR('purchaseID')]],
    ['予約受付日時', (c, o) => dt(jst(open(o.at, 9))), ['timestamp', OR('createdDate')]],
    ['予約日', (c, o) => ymd(jst(o.at + ((n(o) % 14) + 1) * day), '/'), [], opt],
    ['開始時間', (c, o) => lashStart(o), []],
    ['終了時間', (c, o) => addMin(lashStart(o), lash(o)[2]), []],
    ['予約メニュー', (c, o) => lash(o)[0], [PL('name')]],
    ['担当スタッフ', (c, o) => row(['指名なし', '森田', '指名なし', '上野', '川口'], n(o) % 5), []],
    ['予約状況', (c, o) => lashStatus(o), []],
    ['姓', (c) => ja(c).last, []],
    ['名', (c) => ja(c).first, []],
    ['セイ', (c) => ja(c).lastKana, []],
    ['メイ', (c) => ja(c).firstKana, []],
    ['メールアドレス', (c) => ja(c).email, EMAIL_ID, opt],
    ['電話番号', (c) => ja(c).mobile.replace(/-/g, ''), PHONE_ID, opt],
    ['生年月日', (c, o, r) => (r() < 0.6 ? ymd(bp(c.birth), '/') : ''), []],
    ['性別', (c) => (ja(c).female ? '女性' : '男性'), []],
    ['ご来店', (c, o) => (lash(o)[0].startsWith('【初回】') ? '初めて' : '2回目以降'), []],
    ['料金', (c, o) => yen(lash(o)[1]), [OR('priceTotal')]],
    ['お支払い方法', (c, o) => (n(o) % 3 === 0 ? '事前カード決済' : '店頭払い'), [OR('payments[0].paymentType')]],
    ['決済ステータス', (c, o) => (n(o) % 3 === 0 ? (lashStatus(o) === 'キャンセル' ? '返金済' : '決済済') : '未決済'), []],
    ['キャンセル日時', (c, o) => (lashStatus(o) === 'キャンセル' ? dt(jst(open(o.at, 9) + (n(o) % 14) * day + 2 * 3600000)) : ''), [OR('cancelDate')], opt],
    ['予約経路', (c, o) => row(['Webフォーム', 'Googleで予約', 'Instagram', 'LINE', 'Webフォーム', '紹介'], n(o) % 6), [], opt],
    ['ご要望・備考', (c, o, r) => pick(r, ['', '', '', 'コンタクト着用です', '前回より少しナチュラルに', '駐車場を利用します']), []],
  ] },
  // ---------------------------------------------------------------- Japan: fitness-club members
  { name: 'hacomono-kaiin-ichiran-ja', product: 'hacomono (管理画面 > 会員 > 会員一覧 > CSVエクスポート, one row per member, Japanese UI, a Yokohama hot-yoga and fitness studio chain)', family: 'memberships', language: 'ja', schema: P, cols: [
    ['会員ID', (c) => String(n(c) % 200000 + 1000), ['_id', 'personID']],
    ['会員番号', (c) => `HY${pad(n(c) * 13 % 10000000, 7)}`, ['personID', 'loyalty.loyaltyID[0]', 'loyalty.cardsDetails[0].number'], opt],
    ['姓', (c) => ja(c).last, ['person.name.lastName']],
    ['名', (c) => ja(c).first, ['person.name.firstName']],
    ['セイ', (c) => ja(c).lastKana, []],
    ['メイ', (c) => ja(c).firstKana, []],
    ['性別', (c) => (ja(c).female ? '女性' : '男性'), ['person.gender']],
    ['生年月日', (c) => ymd(bp(c.birth), '/'), ['person.birthDate']],
    ['メールアドレス', (c) => ja(c).email, ['personalEmail.address']],
    ['電話番号', (c) => ja(c).mobile, ['mobilePhone.number', 'homePhone.number']],
    ['郵便番号', (c) => yo(c)[2], at(HOME, 'postalCode')],
    ['都道府県', (c) => yo(c)[0], STATE(HOME)],
    ['市区町村', (c) => yo(c)[1], at(HOME, 'city')],
    ['町名・番地', (c) => yo(c)[3], at(HOME, 'street1')],
    ['建物名・部屋番号', (c) => ja(c).bldg, at(HOME, 'street2')],
    ['所属店舗', (c) => row(['横浜西口店', 'みなとみらい店', '新横浜店', '武蔵小杉店', 'センター北店'], n(c) % 5), []],
    ['契約プラン', (c, o, r) => pick(r, ['マンスリーフリー', 'マンスリー4', 'マンスリー8', 'デイタイムフリー', '都度会員']), [], opt],
    ['会員ステータス', (c) => hyStatus(c), []],
    ['入会日', (c) => ymd(jst(c.created), '/'), ['loyalty.joinDate'], opt],
    ['休会・退会日', (c) => (hyStatus(c) === '在籍' ? '' : ymd(jst(after(c) + 3 * day), '/')), []],
    ['支払方法', (c) => (n(c) % 3 ? 'クレジットカード' : '口座振替'), []],
    ['保有チケット数', (c, o, r) => String(pick(r, [0, 0, 1, 3, 5, 10])), []],
    ['緊急連絡先氏名', (c, o, r) => (r() < 0.7 ? `${ja(c).last} ${pick(r, ['和子', '隆', '博', '久美子'])}` : ''), []],
    ['緊急連絡先電話番号', (c, o, r) => (r() < 0.7 ? `0${pick(r, ['90', '80'])}-${int(r, 1000, 9999)}-${int(r, 1000, 9999)}` : ''), []],
    ['メール配信', (c) => (c.bool ? '希望する' : '希望しない'), [], opt],
    ['最終来館日時', (c) => { const p = jst(open(after(c), 9)); return `${ymd(p, '/')} ${hm(p)}` }, [], opt],
    ['登録日時', (c) => dt(jst(c.created)), [], opt],
  ] },
  // ---------------------------------------------------------------- Japan: business-card app contacts
  { name: 'wantedly-people-meishi-csv-ja', product: 'Wantedly People (ウォンテッドリー; Web版 > 連絡先 > CSVエクスポート, one row per scanned business card, Japanese UI, a Tokyo HR-tech startup\'s business-development team)', family: 'b2b-leads', language: 'ja', schema: B, cols: [
    ['姓', (c) => ja(c).last, ['person.name.lastName']],
    ['名', (c) => ja(c).first, ['person.name.firstName']],
    ['姓（ふりがな）', (c) => ja(c).lastKana, []],
    ['名（ふりがな）', (c) => ja(c).firstKana, []],
    ['会社名', (c) => jaCo(c)[0], CO],
    ['部署', (c, o, r) => pick(r, ['人事部', '経営企画室', '営業本部 第二営業部', '情報システム部', '総務部', '']), ['extendedWorkDetails.departments[0]']],
    ['役職', (c, o, r) => pick(r, ['部長', '課長', 'マネージャー', '主任', '代表取締役', '']), ['extendedWorkDetails.jobTitle']],
    ['メールアドレス', (c) => `${ja(c).latin}@${jaCo(c)[1]}`, WE],
    ['電話番号', (c, o, r) => jaTel(jaCo(c)[4], r), ['workPhone.number']],
    ['携帯電話番号', (c, o, r) => (r() < 0.55 ? ja(c).mobile : ''), ['mobilePhone.number']],
    ['FAX番号', (c, o, r) => (r() < 0.4 ? jaTel(jaCo(c)[4], r) : ''), ['faxPhone.number']],
    ['郵便番号', (c) => jaCo(c)[2], [W('postalCode')]],
    ['住所', (c) => jaCo(c)[3], [W('street1')]],
    ['URL', (c) => `https://www.${jaCo(c)[1]}/`, ['b2b.companyWebsite']],
    ['名刺交換日', (c, o, r) => ymd(jst(c.created - int(r, 0, 3) * day), '/'), [], opt],
    ['登録日時', (c) => dt(jst(c.created)), ['extSourceSystemAudit.createdDate'], opt],
    ['タグ', (c, o, r) => pick(r, ['', 'HRカンファレンス2024', '商談中', '既存顧客', '']), []],
    ['メモ', (c, o, r) => pick(r, ['', '', '採用管理の乗り換え検討', '来期予算で検討', '紹介：井口さん']), []],
    ['Wantedlyでつながり', (c, o, r) => (r() < 0.35 ? 'つながっている' : ''), []],
  ] },
  // ---------------------------------------------------------------- Korea: messaging console send results
  { name: 'sendon-balsong-gyeolgwa-ko', product: '센드온 / Sendon (console.sendon.io; 발송결과 > 상세 다운로드 엑셀, one row per recipient message, Korean UI, a Cheongdam dermatology clinic\'s AlimTalk reminders, FriendTalk ads and SMS)', family: 'sms', language: 'ko', schema: E, cols: [
    ['메시지 ID', (c, o) => `${ymd(jst(o.at), '')}${pad(n(o) * 104729 % 1000000000, 9)}`, ['_id']],
    ['그룹 ID', (c, o) => `G${ymd(jst(o.at), '')}${pad((n(o) >> 3) * 37 % 100000, 5)}`, [], opt],
    ['발송 요청 일시', (c, o) => dt(jst(open(o.at, 9)), '-'), ['timestamp']],
    ['예약 발송 일시', (c, o) => (sdn(o)[0] === 'LMS' || sdnResult(o) === '예약취소' ? dt(jst(open(o.at, 9) + 2 * 3600000), '-') : ''), [], opt],
    ['처리 완료 일시', (c, o) => (sdnResult(o) === '예약취소' ? '' : dt(jst(open(o.at, 9) + (sdn(o)[0] === 'LMS' ? 2 * 3600000 : 0) + 3000 + (n(o) % 40) * 1000), '-')), [], opt],
    ['발송 구분', (c, o) => (sdn(o)[0] === '알림톡' || sdn(o)[0] === 'SMS' ? 'API' : 'WEB'), []],
    ['메시지 유형', (c, o) => sdn(o)[0], [], opt],
    ['발신 정보', (c, o) => (sdn(o)[0].endsWith('톡') ? '@청담리본피부과' : '025457720'), []],
    ['수신번호', (c) => ko(c).mobile.replace(/-/g, ''), PHONE_ID],
    ['수신자명', (c, o) => (sdn(o)[0] === 'SMS' ? '' : ko(c).full), []],
    ['제목', (c, o) => sdn(o)[1], ['marketing.campaignName'], opt],
    ['메시지 내용', (c, o) => sdn(o)[2](ko(c)), []],
    ['알림톡 템플릿 코드', (c, o) => sdn(o)[3], [], opt],
    ['처리 상태', (c, o) => sdnResult(o), []],
    ['결과 코드', (c, o) => sdnCode(o), []],
    ['결과 상세', (c, o) => sdnDetail(o), []],
    ['통신사', (c, o) => (sdn(o)[0].endsWith('톡') || sdnResult(o) !== '성공' ? '' : row(['SKT', 'KT', 'LGU+', 'SKT', 'MVNO'], n(c) % 5)), ['environment.carrier'], opt],
    ['대체 발송', (c, o) => (sdn(o)[0] === '알림톡' ? 'SMS' : '미사용'), []],
    ['대체 발송 결과', (c, o) => (sdn(o)[0] === '알림톡' && sdnResult(o) === '실패' ? '성공' : ''), []],
    ['광고 여부', (c, o) => (sdn(o)[2](ko(c)).startsWith('(광고)') ? 'Y' : 'N'), []],
    ['실 차감 금액', (c, o) => (sdnResult(o) === '성공' ? sdn(o)[4] : '0.0'), []],
  ] },
  // ---------------------------------------------------------------- Korea: parcel-label service waybills
  { name: 'goodsflow-songjang-chulryeok-naeyeok-ko', product: '굿스플로 / Goodsflow (택배 송장출력 서비스 > 출력내역 조회 > 엑셀 다운로드, one row per printed waybill, Korean UI, an Incheon pet-supplies online shop selling on its own mall, Naver and Coupang)', family: 'delivery', language: 'ko', schema: E, cols: [
    ['출력일시', (c, o) => dt(jst(open(o.at, 9)), '-'), ['timestamp']],
    ['판매처', (c, o) => row(['자사몰', '스마트스토어', '쿠팡', '스마트스토어'], n(o) % 4), [], opt],
    ['주문번호', (c, o) => row([`2024${pad(n(o) * 7 % 100000000, 8)}`, `${2024000000000000 + n(o) * 7919}`, `${30000000000 + n(o) * 331}`, `${2024100000000000 + n(o) * 977}`], n(o) % 4), [OR('purchaseID')]],
    ['택배사', (c, o) => gfCarrier(o), ['commerce.shipping.shippingMethod'], opt],
    ['운송장번호', (c, o) => (gfCarrier(o) === '우체국택배' ? `6${pad(n(o) * 104729 % 1000000000000, 12)}` : `${5 + (n(o) % 4)}${pad(n(o) * 7919 % 100000000000, 11)}`), ['commerce.shipping.trackingNumber']],
    ['보내는분', () => '멍냥상점', []],
    ['받는분', (c) => ko(c).full, []],
    ['받는분 전화번호', (c, o, r) => (r() < 0.2 ? `0${int(r, 31, 64)}-${int(r, 200, 999)}-${int(r, 1000, 9999)}` : ''), [], opt],
    ['받는분 휴대폰', (c) => ko(c).mobile, PHONE_ID, opt],
    ['우편번호', (c) => ko(c).zip, [SHIP('postalCode')]],
    ['받는분 주소', (c) => ko(c).road, [SHIP('street1')]],
    ['상세주소', (c) => ko(c).detail, [SHIP('street2')]],
    ['상품명', (c, o) => pet(o)[0], [PL('name')]],
    ['옵션', (c, o) => pet(o)[1], [PL('selectedOptions[0].value')], opt],
    ['수량', (c, o) => String(o.qty > 2 ? 1 : o.qty), [PL('quantity')]],
    ['배송메시지', (c, o, r) => pick(r, ['', '문 앞에 놓아주세요', '경비실에 맡겨주세요', '배송 전 연락 바랍니다', '']), []],
    ['운임구분', (c, o) => (n(o) % 9 === 0 ? '착불' : '신용'), []],
    ['박스크기', (c, o) => pet(o)[2], []],
    ['운임', (c, o) => group(gfFee(o)), ['commerce.shipping.shippingAmount'], opt],
    ['배송상태', (c, o) => gfStatus(o), []],
    ['집화일자', (c, o) => (gfStatus(o) === '출력완료' ? '' : ymd(jst(open(o.at, 9) + day))), ['commerce.shipping.shipDate'], opt],
    ['배송완료일자', (c, o) => (gfStatus(o) === '배송완료' ? ymd(jst(open(o.at, 9) + 2 * day)) : ''), [], opt],
  ] },
  // ---------------------------------------------------------------- Korea: beauty-salon POS customers
  { name: 'handsos-gogaek-gwalli-ko', product: '핸드SOS / HandSOS (뷰티샵 관리 프로그램; 고객관리 > 고객조회 > 엑셀 다운로드, one row per customer, Korean UI, a Daejeon Dunsan-dong hair salon with points and prepaid memberships)', family: 'loyalty', language: 'ko', schema: P, cols: [
    ['고객번호', (c) => String(n(c) % 30000 + 1), ['_id', 'personID']],
    ['고객명', (c) => ko(c).full, ['person.name.fullName']],
    ['휴대폰번호', (c) => ko(c).mobile, ['mobilePhone.number']],
    ['전화번호', (c, o, r) => (r() < 0.1 ? `042-${int(r, 480, 899)}-${int(r, 1000, 9999)}` : ''), ['homePhone.number']],
    ['성별', (c) => (ko(c).female ? '여' : '남'), ['person.gender']],
    ['생년월일', (c, o, r) => (r() < 0.7 ? ymd(bp(c.birth)) : ''), ['person.birthDate']],
    ['양/음력', (c, o, r) => (r() < 0.9 ? '양력' : '음력'), []],
    ['결혼기념일', (c, o, r) => (r() < 0.15 ? ymd(bp(c.birth + int(r, 24, 34) * 365 * day)) : ''), []],
    ['이메일', (c, o, r) => (r() < 0.35 ? ko(c).email : ''), ['personalEmail.address']],
    ['주소', (c, o, r) => (r() < 0.5 ? `대전광역시 서구 ${pick(r, ['둔산로', '대덕대로', '계룡로', '한밭대로'])} ${int(r, 10, 290)}` : ''), at(HOME, 'street1')],
    ['고객등급', (c, o, r) => pick(r, ['일반', '일반', '실버', '골드', 'VIP']), ['loyalty.tier']],
    ['담당디자이너', (c) => row(['지수 원장', '민재 실장', '하늘 디자이너', '서윤 디자이너'], n(c) % 4), []],
    ['첫방문일', (c) => ymd(jst(c.created)), ['loyalty.joinDate'], opt],
    ['최근방문일', (c) => ymd(jst(after(c))), [], opt],
    ['방문횟수', (c, o, r) => String(int(r, 1, 64)), []],
    ['총매출액', (c, o, r) => group(int(r, 3, 420) * 5000), ['loyalty.lifetimePurchases'], opt],
    ['잔여포인트', (c, o, r) => group(int(r, 0, 45) * 100), ['loyalty.points']],
    ['누적포인트', (c, o, r) => group(int(r, 45, 300) * 100), ['loyalty.lifetimePoints']],
    ['정액권잔액', (c, o, r) => (r() < 0.3 ? group(int(r, 1, 60) * 5000) : '0'), []],
    ['문자수신', (c) => (c.bool ? '수신' : '거부'), [], opt],
    ['소개고객', (c, o, r) => (r() < 0.2 ? pick(r, ['김나연', '박지호', '이수아']) : ''), []],
    ['메모', (c, o, r) => pick(r, ['', '', '', '두피 민감', '펌 주기 3개월', '주차 필요']), []],
  ] },
  // ---------------------------------------------------------------- China: WeChat group-buy order lines
  { name: 'kuaituantuan-dingdan-daochu-zh', product: '快团团 (拼多多旗下微信小程序; 团长工作台 > 订单管理 > 导出订单 Excel, one row per order line, Simplified Chinese UI, a Shanghai Minhang neighbourhood group-buy leader selling fruit)', family: 'ecommerce-orders', language: 'zh', schema: E, cols: [
    ['跟团号', (c, o) => String(1 + (n(o) % 480)), [], opt],
    ['订单号', (c, o) => `${ymd(cst(o.at), '').slice(2)}-${100000000000000 + n(o) * 104729 * 8191 % 900000000000000}`, [OR('purchaseID')]],
    ['团购标题', (c, o, r, i) => `【七莘家园】${fr(o, i)[1]} ${row(['产地直发', '周末团', '第二期', '限量团'], n(o) % 4)}`, [], opt],
    ['下单人', (c, o, r) => pick(r, [zh(c).full, `${zh(c).last}姐`, `${zh(c).first}🍓`, `小${zh(c).last}`]), []],
    ['下单时间', (c, o) => dt(cst(o.at), '-'), ['timestamp', OR('createdDate')]],
    ['支付时间', (c, o) => dt(cst(o.at + 40000 + (n(o) % 90) * 1000), '-'), [], opt],
    ['商品名称', (c, o, r, i) => fr(o, i)[1], [PL('name')]],
    ['规格', (c, o, r, i) => fr(o, i)[2], [PL('selectedOptions[0].value')], opt],
    ['商品编码', (c, o, r, i) => fr(o, i)[0], [PL('SKU')]],
    ['数量', (c, o) => String(frQty(o)), [PL('quantity')]],
    ['商品单价', (c, o, r, i) => f2(fr(o, i)[3]), [], opt],
    ['商品金额', (c, o, r, i) => f2(fr(o, i)[3] * frQty(o)), [PL('priceTotal')]],
    ['运费', (c, o, r, i) => f2(frShip(o, i)), ['commerce.shipping.shippingAmount']],
    ['优惠金额', (c, o) => f2(frDisc(o)), [OR('discountAmount')]],
    ['实付金额', (c, o, r, i) => f2(frPaid(o, i)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['退款金额', (c, o, r, i) => f2(frRefund(o, i)), [OR('refundTotal')], opt],
    ['订单状态', (c, o) => frStatus(o), []],
    ['收货人', (c) => zh(c).full, []],
    ['联系电话', (c) => zh(c).mobile, PHONE_ID, opt],
    ['省份', (c) => zh(c).prov, [SHIP('stateProvince'), SHIP('state')]],
    ['城市', (c) => zh(c).city, [SHIP('city')]],
    ['区县', (c) => zh(c).dist, [SHIP('region'), SHIP('street2')], opt],
    ['详细地址', (c) => zh(c).street, [SHIP('street1')]],
    ['物流公司', (c, o) => (['已发货', '已完成'].includes(frStatus(o)) ? row(['顺丰速运', '中通快递', '京东物流'], n(o) % 3) : ''), ['commerce.shipping.shippingMethod'], opt],
    ['快递单号', (c, o) => (['已发货', '已完成'].includes(frStatus(o)) ? row([`SF${pad(n(o) * 104729 % 10000000000000, 13)}`, `7${pad(n(o) * 7919 % 100000000000000, 14)}`, `JDV${pad(n(o) * 331 % 1000000000000, 12)}`], n(o) % 3) : ''), ['commerce.shipping.trackingNumber']],
    ['发货时间', (c, o) => (['已发货', '已完成'].includes(frStatus(o)) ? dt(cst(o.at + 26 * 3600000), '-') : ''), ['commerce.shipping.shipDate'], opt],
    ['买家备注', (c, o, r) => pick(r, ['', '', '', '放门卫', '周末送', '要熟一点的']), []],
    ['团长备注', (c, o, r) => pick(r, ['', '', '老客户', '补发1盒']), []],
  ] },
  // ---------------------------------------------------------------- China: business-card scanner, enterprise pool
  { name: 'camcard-qiye-renmaiku-daochu-zh', product: '名片全能王 / CamCard (合合信息; 企业版 > 企业人脉库 > 导出 Excel, one row per collected card, Simplified Chinese UI, a Shenzhen electronic-components distributor\'s sales team after trade fairs)', family: 'b2b-leads', language: 'zh', schema: B, cols: [
    ['姓名', (c) => zh(c).full, ['person.name.fullName']],
    ['姓', (c) => zh(c).last, ['person.name.lastName']],
    ['名', (c) => zh(c).first, ['person.name.firstName']],
    ['英文名', (c, o, r) => (r() < 0.3 ? pick(r, ['Kevin', 'Jason', 'Amy', 'Cathy', 'Leo', 'Vivian']) : ''), [], opt],
    ['公司', (c) => zhCo(c)[0], CO],
    ['部门', (c, o, r) => pick(r, ['采购部', '研发中心', '供应链管理部', '品质部', '总经办', '']), ['extendedWorkDetails.departments[0]']],
    ['职位', (c, o, r) => pick(r, ['采购经理', '硬件工程师', '供应链总监', '总经理', '采购专员', '研发主管']), ['extendedWorkDetails.jobTitle']],
    ['手机', (c) => zh(c).mobile, ['mobilePhone.number']],
    ['电话', (c, o, r) => `${zhCo(c)[4]}-${int(r, 2000, 8999)}${int(r, 1000, 9999)}`, ['workPhone.number']],
    ['传真', (c, o, r) => (r() < 0.35 ? `${zhCo(c)[4]}-${int(r, 2000, 8999)}${int(r, 1000, 9999)}` : ''), ['faxPhone.number']],
    ['邮箱', (c) => `${zh(c).latin}@${zhCo(c)[1]}`, WE],
    ['地址', (c) => zhCo(c)[2], [W('street1')]],
    ['邮编', (c, o, r) => (r() < 0.5 ? zhCo(c)[3] : ''), [W('postalCode')]],
    ['网址', (c) => `www.${zhCo(c)[1]}`, ['b2b.companyWebsite']],
    ['微信', (c, o, r) => (r() < 0.4 ? `wxid_${v.alnum(r, 10).toLowerCase()}` : ''), []],
    ['备注', (c, o, r) => pick(r, ['', '', '慕尼黑上海电子展', '需要MCU替代料报价', '深圳国际电子展 2号馆']), []],
    ['所属人', (c) => row(['陈晓峰', '刘婷', '王建', '赵敏'], n(c) % 4), []],
    ['添加时间', (c) => dt(cst(c.created), '-'), ['extSourceSystemAudit.createdDate'], opt],
    ['来源', (c, o, r) => pick(r, ['拍摄名片', '拍摄名片', '交换名片', '数字名片']), [], opt],
  ] },
  // ---------------------------------------------------------------- Taiwan: enterprise CRM contacts
  { name: 'vital-crm-lianluoren-huichu-zh-tw', product: '叡揚 Vital CRM (叡揚資訊 Gsscloud; 聯絡人 > 查詢 > 匯出 Excel, one row per contact person of a client firm, Traditional Chinese UI, a Taoyuan industrial-equipment maker\'s sales department)', family: 'crm', language: 'zh', schema: B, cols: [
    ['聯絡人編號', (c) => `C${pad(n(c) % 1000000, 6)}`, B2BID],
    ['客戶編號', (c) => `A${pad((n(c) % 6) * 1379 + 10021, 6)}`, ACC],
    ['客戶名稱', (c) => twCo(c)[0], CO],
    ['統一編號', (c) => twCo(c)[1], [], opt],
    ['姓名', (c) => tw(c).full, ['person.name.fullName']],
    ['英文姓名', (c, o, r) => (r() < 0.4 ? `${pick(r, tw(c).female ? ['Tina', 'Grace', 'Wendy', 'Iris'] : ['Jerry', 'Vincent', 'Allen', 'Kevin'])} ${tw(c).latin.split('.')[1].replace(/^./, (x) => x.toUpperCase())}` : ''), [], opt],
    ['稱謂', (c) => (tw(c).female ? '小姐' : '先生'), ['person.name.courtesyTitle']],
    ['部門', (c, o, r) => pick(r, ['採購部', '廠務課', '生產管理部', '工程部', '總經理室']), ['extendedWorkDetails.departments[0]']],
    ['職稱', (c, o, r) => pick(r, ['採購經理', '廠長', '課長', '工程師', '副總經理', '專員']), ['extendedWorkDetails.jobTitle']],
    ['公司電話', (c, o, r) => `(${twCo(c)[7]})${int(r, 2000, 8999)}-${int(r, 1000, 9999)}`, ['workPhone.number']],
    ['分機', (c, o, r) => (r() < 0.7 ? String(int(r, 100, 899)) : ''), ['workPhone.extension']],
    ['行動電話', (c, o, r) => (r() < 0.8 ? tw(c).mobile : ''), ['mobilePhone.number']],
    ['傳真', (c, o, r) => (r() < 0.5 ? `(${twCo(c)[7]})${int(r, 2000, 8999)}-${int(r, 1000, 9999)}` : ''), ['faxPhone.number']],
    ['E-mail', (c) => `${tw(c).latin}@${twCo(c)[2]}`, WE],
    ['郵遞區號', (c) => twCo(c)[3], [W('postalCode')]],
    ['縣市', (c) => twCo(c)[4], [...STATE(['workAddress']), W('city')]],
    ['鄉鎮市區', (c) => twCo(c)[5], [W('city'), W('street2')], opt],
    ['地址', (c) => twCo(c)[6], [W('street1')]],
    ['聯絡人角色', (c, o, r) => pick(r, ['決策者', '使用者', '採購窗口', '技術窗口']), [], opt],
    ['負責業務', (c) => row(['林志偉', '張雅雯', '黃國華'], n(c) % 3), []],
    ['寄送電子報', (c) => (c.bool ? '是' : '否'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
    ['建立日期', (c) => ymd(cst(c.created), '/'), ['extSourceSystemAudit.createdDate']],
    ['最後修改日期', (c) => ymd(cst(after(c)), '/'), ['extSourceSystemAudit.lastUpdatedDate']],
    ['最近聯絡日', (c, o, r) => (r() < 0.8 ? ymd(cst(after(c) - int(r, 1, 40) * day), '/') : ''), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['備註', (c, o, r) => pick(r, ['', '', '明年擴廠評估中', '年底預算', '偏好Line聯繫']), []],
  ] },
  // ---------------------------------------------------------------- Taiwan: shop-builder members
  { name: 'waca-huiyuan-huichu-zh-tw', product: 'WACA 開店平台 (WACA Shop; 後台 > 會員 > 會員列表 > 匯出 Excel, one row per member, Traditional Chinese UI, a Taipei specialty oolong-tea shop)', family: 'ecommerce-customers', language: 'zh', schema: P, cols: [
    ['會員編號', (c) => `M${pad(n(c) % 10000000, 7)}`, ['_id', 'personID']],
    ['姓名', (c) => tw(c).full, ['person.name.fullName']],
    ['性別', (c, o, r) => (r() < 0.2 ? '' : tw(c).female ? '女' : '男'), ['person.gender']],
    ['生日', (c, o, r) => (r() < 0.65 ? ymd(bp(c.birth), '/') : ''), ['person.birthDate']],
    ['Email', (c) => tw(c).email, ['personalEmail.address']],
    ['手機號碼', (c) => tw(c).mobile.replace(/-/g, ''), ['mobilePhone.number']],
    ['市話', (c, o, r) => (r() < 0.15 ? `(02)${int(r, 2200, 2999)}-${int(r, 1000, 9999)}` : ''), ['homePhone.number']],
    ['郵遞區號', (c) => tw(c).zip, at(HOME, 'postalCode')],
    ['縣市', (c) => tw(c).county, [...STATE(HOME), ...at(HOME, 'city')]],
    ['鄉鎮市區', (c) => tw(c).dist, [...at(HOME, 'city'), ...at(HOME, 'street2')], opt],
    ['地址', (c) => tw(c).street, at(HOME, 'street1')],
    ['會員等級', (c, o, r) => pick(r, ['一般會員', '一般會員', '銀卡會員', '金卡會員']), ['loyalty.tier']],
    ['紅利點數', (c, o, r) => String(int(r, 0, 3200)), ['loyalty.points']],
    ['購物金餘額', (c, o, r) => (r() < 0.3 ? String(pick(r, [50, 100, 200, 300])) : '0'), [], opt],
    ['累積消費金額', (c, o, r) => group(int(r, 1, 160) * 120), ['loyalty.lifetimePurchases'], opt],
    ['訂單數', (c, o, r) => String(int(r, 0, 26)), []],
    ['註冊方式', (c, o, r) => pick(r, ['LINE', 'Email', 'Facebook', 'LINE', 'Google']), [], opt],
    ['註冊時間', (c) => { const p = cst(c.created); return `${ymd(p, '/')} ${hms(p)}` }, ['loyalty.joinDate'], opt],
    ['最後登入時間', (c) => { const p = cst(after(c)); return `${ymd(p, '/')} ${hms(p)}` }, [], opt],
    ['最後購買日', (c, o, r) => (r() < 0.8 ? ymd(cst(after(c) - int(r, 0, 60) * day), '/') : ''), [], opt],
    ['訂閱電子報', (c) => (c.bool ? '是' : '否'), [], opt],
    ['會員標籤', (c, o, r) => pick(r, ['', '', '冬茶預購', '企業禮盒', '門市轉線上']), []],
    ['會員狀態', (c, o, r) => (r() < 0.95 ? '啟用' : '停用'), []],
    ['備註', (c, o, r) => pick(r, ['', '', '', '喜歡重焙火', '統編 5341xxxx 開發票']), []],
  ] },
  // ---------------------------------------------------------------- Thailand: payment gateway transactions
  { name: 'chillpay-raikan-thurakam-th', product: 'ChillPay (Chill Money Co., Ltd.; Merchant Portal > รายงาน > รายการธุรกรรม > ส่งออก Excel, one row per payment, Thai UI, a Chiang Mai specialty-coffee roaster\'s web shop)', family: 'payments', language: 'th', schema: E, cols: [
    ['ลำดับ', (c, o, r, i) => String(i + 1), []],
    ['วันที่ทำรายการ', (c, o) => { const p = ict(o.at); return `${dmy(p, '/')} ${hms(p)}` }, ['timestamp']],
    ['เลขที่รายการ', (c, o) => String(8800000 + n(o) * 37), ['_id', OR('payments[0].transactionID')]],
    ['เลขที่คำสั่งซื้อ', (c, o) => `DOI${ymd(ict(o.at), '').slice(2)}${pad(n(o) % 10000, 4)}`, [OR('purchaseID')]],
    ['รหัสลูกค้า', (c) => `CUS${pad(n(c) % 100000, 5)}`, CUST_ID, opt],
    ['ชื่อลูกค้า', (c) => th(c).full, []],
    ['อีเมล', (c) => th(c).email, EMAIL_ID, opt],
    ['เบอร์โทรศัพท์', (c) => th(c).mobile.replace(/-/g, ''), PHONE_ID, opt],
    ['ช่องทางการชำระเงิน', (c, o) => cpChannel(o), [OR('payments[0].paymentType')]],
    ['เลขบัตร', (c, o) => (cpChannel(o) === 'บัตรเครดิต/เดบิต' ? `${row(['4', '5'], n(o))}${pad(n(o) * 31 % 100000, 5)}XXXXXX${pad(n(o) * 7 % 10000, 4)}` : ''), []],
    ['รายละเอียด', (c, o) => `${bean(o)[0]} x ${o.qty > 3 ? 2 : o.qty}`, [], opt],
    ['จำนวนเงิน', (c, o) => f2(cpAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['สกุลเงิน', () => 'THB', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['ค่าธรรมเนียม', (c, o) => f2(cpFee(o)), []],
    ['ภาษีมูลค่าเพิ่ม', (c, o) => f2(cpFee(o) * 0.07), []],
    ['ยอดเงินสุทธิ', (c, o) => (cpOk(o) ? f2(cpAmt(o) - cpFee(o) * 1.07) : '0.00'), []],
    ['สถานะ', (c, o) => cpStatus(o), []],
    ['รหัสตอบกลับ', (c, o) => ({ สำเร็จ: '0', คืนเงิน: '0', ไม่สำเร็จ: '2', ยกเลิก: '3' })[cpStatus(o)], []],
    ['ยอดคืนเงิน', (c, o) => (cpStatus(o) === 'คืนเงิน' ? f2(cpAmt(o)) : '0.00'), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['Route No.', () => '1', []],
    ['IP Address', (c, o, r) => `${pick(r, ['49.228', '171.96', '184.22', '58.8'])}.${int(r, 0, 255)}.${int(r, 1, 254)}`, ['environment.ipV4'], opt],
    ['วันที่ชำระเงิน', (c, o) => (cpOk(o) ? (() => { const p = ict(o.at + 25000); return `${dmy(p, '/')} ${hms(p)}` })() : ''), [], opt],
    ['วันที่โอนเงิน', (c, o) => (cpOk(o) ? dmy(ict(o.at + 2 * day), '/') : ''), [], opt],
  ] },
]
