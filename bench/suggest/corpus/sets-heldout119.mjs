// Round 119, heldout119: held-out sets written apart by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). Japanese, Korean, Chinese (Simplified and Traditional) and Malaysian
// tools, headers in the product's UI language: a shop-builder's order lines, a booking service's reservations, an
// e-commerce CRM's customers, a company database's firm list, an SMS gateway's send log, a POS's members with points,
// a business-card app's cards, an e-commerce ERP's order lines, an open-source CRM's contacts, a LINE marketing
// platform's contacts, a Taiwanese carrier's consignments and a Malaysian payment gateway's transactions
// (ja 4, ko 3, zh 2, zh-TW 2, ms 1). Aligo's, Bayarcash's and WukongCRM's field vocabulary was seen in public code and
// docs; the rest is written from the writer's knowledge of each product.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

const day = 86400000
const east = (ms) => shift(ms, 9) // JST / KST
const cn = (ms) => shift(ms, 8) // China, Taiwan, Malaysia
const ymd = (p, s = '-') => `${p.y}${s}${pad(p.m)}${s}${pad(p.d)}`
const hms = (p) => `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const hm = (p) => `${pad(p.H)}:${pad(p.M)}`
const bd = (ms) => v.parts(ms)
const comma = (n) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
const two = (n) => (Math.round(n * 100) / 100).toFixed(2)
const later = (c) => c.created + ((+c.id % 500) + 3) * day + (+c.id % 80000) * 1000
// office-hours local times for shops and offices (the generated instant's hour is kept within 9-21 local)
const office = (ms, off) => { const h = new Date(ms + off * 3600000).getUTCHours(); return ms + (h < 9 ? 9 - h : h > 21 ? 21 - h : 0) * 3600000 }

const EMAIL_ID = ['endUserIDs._experience.emailid.id']
const PHONE_ID = ['endUserIDs._experience.phonenumberid.id']
const CUST_ID = ['endUserIDs._experience.aacustomid.id']
const STATE = (objs) => [...at(objs, 'stateProvince'), ...at(objs, 'state')]
const W = (leaf) => `workAddress.${leaf}`
const CO = ['b2b.companyName', 'organizations[0]']
const WE = ['workEmail.address', 'personalEmail.address']
const ACC = ['b2b.accountKey.sourceID', 'b2b.accountID']

// ---------------------------------------------------------------- local people, seeded by the row's person
const JA = {
  male: [['翔太', 'ショウタ', 'shota'], ['大輔', 'ダイスケ', 'daisuke'], ['健一', 'ケンイチ', 'kenichi'], ['拓也', 'タクヤ', 'takuya'], ['誠', 'マコト', 'makoto'], ['和也', 'カズヤ', 'kazuya']],
  female: [['美咲', 'ミサキ', 'misaki'], ['陽子', 'ヨウコ', 'yoko'], ['由美', 'ユミ', 'yumi'], ['彩', 'アヤ', 'aya'], ['真由美', 'マユミ', 'mayumi'], ['千尋', 'チヒロ', 'chihiro']],
  last: [['佐藤', 'サトウ', 'sato'], ['鈴木', 'スズキ', 'suzuki'], ['高橋', 'タカハシ', 'takahashi'], ['田中', 'タナカ', 'tanaka'], ['伊藤', 'イトウ', 'ito'], ['渡辺', 'ワタナベ', 'watanabe'], ['山本', 'ヤマモト', 'yamamoto'], ['中村', 'ナカムラ', 'nakamura'], ['小林', 'コバヤシ', 'kobayashi'], ['加藤', 'カトウ', 'kato']],
  // [都道府県, 市区町村, 郵便番号, 番地, 市外局番]
  places: [['東京都', '世田谷区', '154-0004', '太子堂2-14-6', '03'], ['神奈川県', '横浜市港北区', '222-0033', '新横浜3-7-18', '045'], ['大阪府', '大阪市北区', '530-0012', '芝田1-4-12', '06'], ['愛知県', '名古屋市中区', '460-0008', '栄3-15-27', '052'], ['福岡県', '福岡市中央区', '810-0001', '天神2-5-28', '092'], ['北海道', '札幌市中央区', '060-0061', '南一条西4-6', '011'], ['宮城県', '仙台市青葉区', '980-0811', '一番町3-1-1', '022'], ['広島県', '広島市中区', '730-0035', '本通7-19', '082'], ['京都府', '京都市中京区', '604-8152', '手洗水町659', '075'], ['埼玉県', 'さいたま市浦和区', '330-0063', '高砂2-8-4', '048']],
  bldg: ['', '', '', 'サンハイツ201', 'グランドメゾン305', 'パークコート1102', 'コーポ緑302'],
  mail: ['gmail.com', 'yahoo.co.jp', 'docomo.ne.jp', 'icloud.com', 'ezweb.ne.jp', 'outlook.jp'],
}
const KO = {
  last: [['김', 'kim'], ['이', 'lee'], ['박', 'park'], ['최', 'choi'], ['정', 'jung'], ['강', 'kang'], ['조', 'cho'], ['윤', 'yoon'], ['장', 'jang'], ['한', 'han']],
  male: [['민준', 'minjun'], ['서준', 'seojun'], ['도윤', 'doyun'], ['현우', 'hyunwoo'], ['지훈', 'jihoon'], ['성민', 'sungmin']],
  female: [['서연', 'seoyeon'], ['지은', 'jieun'], ['수빈', 'subin'], ['민지', 'minji'], ['하은', 'haeun'], ['유진', 'yujin']],
  // [시도, 시군구, 우편번호, 도로명, 지역번호]
  places: [['서울특별시', '마포구', '04001', '월드컵북로', '02'], ['서울특별시', '강남구', '06236', '테헤란로', '02'], ['경기도', '성남시 분당구', '13494', '판교역로', '031'], ['부산광역시', '해운대구', '48094', '센텀중앙로', '051'], ['대구광역시', '수성구', '42180', '달구벌대로', '053'], ['인천광역시', '연수구', '21990', '컨벤시아대로', '032'], ['대전광역시', '유성구', '34126', '대학로', '042'], ['광주광역시', '서구', '61947', '상무중앙로', '062']],
  mail: ['naver.com', 'naver.com', 'gmail.com', 'daum.net', 'kakao.com', 'hanmail.net'],
}
const ZH = {
  last: [['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['刘', 'liu'], ['陈', 'chen'], ['杨', 'yang'], ['赵', 'zhao'], ['黄', 'huang'], ['周', 'zhou'], ['吴', 'wu']],
  male: [['伟', 'wei'], ['强', 'qiang'], ['磊', 'lei'], ['俊杰', 'junjie'], ['浩然', 'haoran'], ['建国', 'jianguo']],
  female: [['芳', 'fang'], ['娜', 'na'], ['静', 'jing'], ['丽娟', 'lijuan'], ['欣怡', 'xinyi'], ['婷婷', 'tingting']],
  // [省, 市, 区县, 街道, 邮编, 区号]
  places: [['浙江省', '杭州市', '西湖区', '文三路', '310012', '0571'], ['广东省', '深圳市', '南山区', '高新南七道', '518057', '0755'], ['江苏省', '苏州市', '吴中区', '东吴北路', '215128', '0512'], ['上海市', '上海市', '浦东新区', '张杨路', '200120', '021'], ['北京市', '北京市', '朝阳区', '建国路', '100022', '010'], ['四川省', '成都市', '武侯区', '天府大道北段', '610041', '028'], ['湖北省', '武汉市', '洪山区', '珞喻路', '430070', '027'], ['山东省', '青岛市', '市南区', '香港中路', '266071', '0532']],
  mail: ['qq.com', '163.com', '126.com', 'qq.com', 'sina.com'],
}
const TW = {
  last: [['陳', 'chen'], ['林', 'lin'], ['黃', 'huang'], ['張', 'chang'], ['李', 'lee'], ['王', 'wang'], ['吳', 'wu'], ['劉', 'liu'], ['蔡', 'tsai'], ['楊', 'yang']],
  male: [['冠宇', 'kuanyu'], ['家豪', 'chiahao'], ['志明', 'chihming'], ['承恩', 'chengen'], ['柏翰', 'pohan']],
  female: [['怡君', 'yichun'], ['雅婷', 'yating'], ['欣妤', 'hsinyu'], ['佳穎', 'chiaying'], ['淑芬', 'shufen']],
  // [縣市, 區, 郵遞區號, 路段]
  places: [['臺北市', '大安區', '106', '復興南路一段'], ['新北市', '板橋區', '220', '文化路二段'], ['桃園市', '中壢區', '320', '中正路'], ['臺中市', '西屯區', '407', '臺灣大道三段'], ['臺南市', '東區', '701', '大學路'], ['高雄市', '苓雅區', '802', '四維三路'], ['新竹市', '東區', '300', '光復路二段']],
  mail: ['gmail.com', 'gmail.com', 'yahoo.com.tw', 'hotmail.com', 'icloud.com'],
}
const MS = {
  male: [['Ahmad Faiz bin Rahman', 'ahmadfaiz'], ['Muhammad Hafiz bin Ismail', 'hafizismail'], ['Mohd Azlan bin Yusof', 'azlanyusof'], ['Lim Wei Jie', 'weijie.lim'], ['Rajesh a/l Subramaniam', 'rajesh.s'], ['Amirul Hakim bin Zainal', 'amirulhakim']],
  female: [['Nurul Aina binti Kamarudin', 'nurulaina'], ['Siti Khadijah binti Abdullah', 'sitikhadijah'], ['Farah Hanim binti Zakaria', 'farahhanim'], ['Tan Mei Ling', 'meiling.tan'], ['Priya a/p Krishnan', 'priya.k'], ['Nur Syafiqah binti Osman', 'syafiqah']],
  mail: ['gmail.com', 'gmail.com', 'yahoo.com', 'hotmail.com', 'icloud.com'],
}
const memo = new Map()
const loc = (c, cc) => {
  const k = `${cc}:${c.id}:${c.first}`
  if (memo.has(k)) return memo.get(k)
  const r = v.rng(+c.id * 131 + c.last.length * 17 + cc.charCodeAt(0) * 7 + cc.charCodeAt(1))
  const female = r() < 0.5
  let p
  if (cc === 'ja') {
    const f = v.pick(r, female ? JA.female : JA.male), l = v.pick(r, JA.last), pl = v.pick(r, JA.places)
    p = { first: f[0], last: l[0], firstKana: f[1], lastKana: l[1], full: `${l[0]} ${f[0]}`, kana: `${l[1]} ${f[1]}`,
      pref: pl[0], city: pl[1], zip: pl[2], street: pl[3], bldg: v.pick(r, JA.bldg), area: pl[4],
      mobile: `0${v.pick(r, ['80', '90', '70'])}-${v.int(r, 1000, 9999)}-${v.int(r, 1000, 9999)}`,
      email: `${f[2]}${v.pick(r, ['.', '_', ''])}${l[2]}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, JA.mail)}` }
  } else if (cc === 'ko') {
    const f = v.pick(r, female ? KO.female : KO.male), l = v.pick(r, KO.last), pl = v.pick(r, KO.places)
    p = { first: f[0], last: l[0], full: `${l[0]}${f[0]}`, latinFirst: f[1], latinLast: l[1], sido: pl[0], sigungu: pl[1], zip: pl[2],
      street: `${pl[0]} ${pl[1]} ${pl[3]} ${v.int(r, 10, 399)}`, detail: v.pick(r, ['', `${v.int(r, 101, 120)}동 ${v.int(r, 101, 1504)}호`, `${v.int(r, 2, 12)}층`, `${v.int(r, 101, 905)}호`]), area: pl[4],
      mobile: `010-${v.int(r, 2000, 9999)}-${v.int(r, 1000, 9999)}`,
      email: `${f[1]}${v.pick(r, ['', '.', '_'])}${l[1]}${r() < 0.6 ? v.int(r, 70, 99) : ''}@${v.pick(r, KO.mail)}` }
  } else if (cc === 'zh') {
    const f = v.pick(r, female ? ZH.female : ZH.male), l = v.pick(r, ZH.last), pl = v.pick(r, ZH.places)
    const qq = String(v.int(r, 100000000, 2999999999))
    p = { first: f[0], last: l[0], full: `${l[0]}${f[0]}`, prov: pl[0], city: pl[1], dist: pl[2], street: `${pl[3]}${v.int(r, 1, 399)}号${r() < 0.5 ? `${v.int(r, 1, 30)}幢${v.int(r, 101, 2802)}室` : ''}`, zip: pl[4], area: pl[5],
      mobile: `1${v.pick(r, ['35', '36', '38', '39', '50', '52', '58', '86', '88', '89', '77', '99'])}${v.int(r, 10000000, 99999999)}`, qq,
      email: r() < 0.4 ? `${qq}@qq.com` : `${l[1]}${f[1]}${v.int(r, 1, 999)}@${v.pick(r, ZH.mail)}` }
  } else if (cc === 'tw') {
    const f = v.pick(r, female ? TW.female : TW.male), l = v.pick(r, TW.last), pl = v.pick(r, TW.places)
    p = { first: f[0], last: l[0], full: `${l[0]}${f[0]}`, county: pl[0], dist: pl[1], zip: pl[2], street: `${pl[3]}${v.int(r, 1, 300)}號${r() < 0.5 ? `${v.int(r, 2, 15)}樓` : ''}`,
      mobile: `09${v.int(r, 10, 89)}${v.int(r, 100000, 999999)}`,
      email: `${f[1]}${v.pick(r, ['.', '', '_'])}${l[1]}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, TW.mail)}` }
  } else {
    const f = v.pick(r, female ? MS.female : MS.male)
    p = { full: f[0], mobile: `01${v.pick(r, ['2', '3', '6', '7', '9', '1'])}-${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`,
      email: `${f[1]}${r() < 0.6 ? v.int(r, 80, 99) : ''}@${v.pick(r, MS.mail)}` }
  }
  p.female = female
  memo.set(k, p)
  return p
}
const ja = (c) => loc(c, 'ja')
const ko = (c) => loc(c, 'ko')
const zh = (c) => loc(c, 'zh')
const tw = (c) => loc(c, 'tw')
const ms = (c) => loc(c, 'ms')
// Japanese landline: area code + local digits, ten digits in all
const jaTel = (area, r) => { const n = 10 - area.length; const a = n === 8 ? 4 : n === 7 ? 3 : 2; return `${area}-${v.int(r, 10 ** (a - 1) * 2, 10 ** a - 1)}-${v.int(r, 1000, 9999)}` }
const cap = (s) => s[0].toUpperCase() + s.slice(1)
const ssStatus = (o) => row(['発送済み', '発送済み', '入金待ち', '発送済み', '新規受付', '発送済み', 'キャンセル'], +o.id % 7)
const jstStatus = (o) => row(['已发货', '已发货', '已付款待审核', '已发货', '发货中', '取消', '已发货'], +o.id % 7)
const hctStatus = (o) => row(['配達完成', '配達完成', '配送中', '配達完成', '已集貨', '配達完成', '拒收退回'], +o.id % 7)
const bcStatus = (o) => row(['Berjaya', 'Berjaya', 'Berjaya', 'Tidak Berjaya', 'Berjaya', 'Menunggu', 'Berjaya'], +o.id % 7)
const alStatus = (o) => row(['성공', '성공', '성공', '수신거부', '성공', '결번', '성공', '전원꺼짐', '성공', ''], +o.id % 10)
// OKPOS members of a Daegu bakery-café chain live around Daegu: [구 + 도로명, 우편번호]
const DAEGU = [['수성구 달구벌대로', '42180'], ['중구 동성로', '41937'], ['북구 칠곡중앙대로', '41405'], ['달서구 월배로', '42756'], ['동구 아양로', '41232'], ['수성구 들안로', '42110']]
const dg = (c) => row(DAEGU, +c.id % 6)
const showBirth = (c) => +c.id % 10 < 7
const twMob = (c) => tw(c).mobile.replace(/^(\d{4})(\d{3})(\d{3})$/, '$1-$2-$3')

// ---------------------------------------------------------------- catalogues and firms
// ShopServe: a Shizuoka green-tea shop: [商品番号, 商品名, オプション, 税込単価]
const TEA = [['SN-101', '深蒸し掛川茶 特上 100g', '', 1620], ['SN-205', '水出し緑茶ティーバッグ 5g×20個', '', 1080], ['GF-310', '静岡茶ギフトセット 3本入', 'のし:御中元', 4320], ['MC-050', '抹茶 雅 30g缶', '', 2160], ['HJ-120', '天竜ほうじ茶 200g', '', 1296], ['GF-520', '新茶と茶菓子の詰め合わせ', 'のし:無地', 5400]]
// 聚水潭: a Hangzhou women's-wear Tmall/Douyin shop: [商品编码, 款式编码, 商品名称, 颜色及规格, 单价]
const WEAR = [['LY23081-BK-M', 'LY23081', '法式复古碎花连衣裙', '黑色;M', 259], ['LY23112-WH-S', 'LY23112', '醋酸缎面衬衫女长袖', '米白;S', 199], ['LY24015-GY-L', 'LY24015', '高腰阔腿西装裤', '灰色;L', 169], ['LY24033-KH-M', 'LY24033', '双面羊毛大衣中长款', '卡其;M', 899], ['LY24052-BL-F', 'LY24052', '针织开衫短款', '雾霾蓝;均码', 139], ['LY24060-BK-L', 'LY24060', '半身裙百褶A字', '黑色;L', 129]]
// uSonar LBC: [企業名, カナ, 業種大, 業種細, 上場, 都道府県, 市区町村, 郵便番号, 番地, 局番, 代表者役職, domain]
const JA_FIRMS = [['株式会社東海精工', 'トウカイセイコウ', '製造業', '金属加工機械製造業', '非上場', '静岡県', '浜松市中央区', '430-0944', '田町330-5', '053', '代表取締役社長', 'tokaiseiko.co.jp'], ['北陸ケミカル工業株式会社', 'ホクリクケミカルコウギョウ', '製造業', 'プラスチック製品製造業', '非上場', '富山県', '高岡市', '933-0023', '末広町1-7', '0766', '代表取締役', 'hokuriku-chem.co.jp'], ['株式会社ミナト物流', 'ミナトブツリュウ', '運輸業，郵便業', '一般貨物自動車運送業', '非上場', '神奈川県', '横浜市鶴見区', '230-0053', '大黒町6-1', '045', '代表取締役社長', 'minato-logi.jp'], ['関西フードテック株式会社', 'カンサイフードテック', '製造業', 'その他の食料品製造業', '東証スタンダード', '大阪府', '東大阪市', '577-0011', '荒本北1-4-1', '06', '代表取締役社長執行役員', 'kansai-foodtech.co.jp'], ['株式会社九州アグリサービス', 'キュウシュウアグリサービス', '卸売業，小売業', '農業用機械器具卸売業', '非上場', '熊本県', '熊本市東区', '862-0950', '水前寺6-18-1', '096', '代表取締役', 'q-agri.co.jp'], ['有限会社佐野工務店', 'サノコウムテン', '建設業', '木造建築工事業', '非上場', '長野県', '松本市', '390-0811', '中央2-3-10', '0263', '取締役社長', 'sano-koumuten.jp']]
const jaFirm = (c) => row(JA_FIRMS, +c.id % 7)
// Remember: Korean firms: [회사명, 영문, domain, 도로명 주소, 대표번호]
const KO_FIRMS = [['(주)한빛소프트웨어', 'Hanbit Software Inc.', 'hanbitsw.co.kr', '서울특별시 구로구 디지털로 288', '02-2108-'], ['삼정테크(주)', 'Samjung Tech Co., Ltd.', 'samjungtech.com', '경기도 안산시 단원구 산단로 163', '031-491-'], ['주식회사 오름바이오', 'Oreum Bio Co., Ltd.', 'oreumbio.kr', '대전광역시 유성구 테크노4로 17', '042-935-'], ['(주)대한물산', 'Daehan Trading Co.', 'daehantrade.co.kr', '부산광역시 강서구 녹산산업중로 333', '051-831-'], ['그린에너지솔루션(주)', 'Green Energy Solution', 'gesol.co.kr', '서울특별시 강남구 테헤란로 427', '02-6952-'], ['주식회사 누리컴퍼니', 'Nuri Company', 'nuricompany.io', '경기도 성남시 분당구 판교역로 235', '031-8017-']]
const koFirm = (c) => row(KO_FIRMS, +c.id % 6)
// 悟空CRM: client firms of a Suzhou industrial-automation distributor: [客户名称, 地址]
const ZH_FIRMS = [['苏州恒立精密机械有限公司', '江苏省苏州市吴中区木渎镇金枫南路1258号'], ['宁波瑞丰汽车零部件有限公司', '浙江省宁波市北仑区大港工业城黄山路88号'], ['无锡华澄电子科技有限公司', '江苏省无锡市新吴区长江路21号'], ['常州新能动力设备有限公司', '江苏省常州市武进区常武中路18号'], ['上海申达包装材料有限公司', '上海市松江区九亭镇九新公路339号'], ['东莞市精诚五金制品有限公司', '广东省东莞市长安镇上沙工业区南区路6号']]
const zhFirm = (c) => row(ZH_FIRMS, +c.id % 6)

export const SETS = [
  // ---------------------------------------------------------------- Japan: shop-builder order lines
  { name: 'shopserve-juchu-data-ja', product: 'ショップサーブ / E-Store ShopServe (Eストアー; 店舗運営システム > 受注管理 > 受注データダウンロード, CSV one row per order line, Japanese UI, a Shizuoka green-tea shop)', family: 'ecommerce-orders', language: 'ja', schema: E, cols: [
    ['受注番号', (c, o) => `${ymd(east(office(o.at, 9)), '')}-${pad(+o.id % 10000, 4)}`, [OR('purchaseID')]],
    ['受注日時', (c, o) => { const p = east(office(o.at, 9)); return `${ymd(p, '/')} ${hms(p)}` }, ['timestamp', OR('createdDate')]],
    ['受注ステータス', (c, o) => ssStatus(o), []],
    ['会員番号', (c) => (c.bool ? `M${pad(+c.id % 1000000, 7)}` : ''), CUST_ID, opt],
    ['注文者氏名', (c) => ja(c).full, []],
    ['注文者フリガナ', (c) => ja(c).kana, []],
    ['注文者メールアドレス', (c) => ja(c).email, EMAIL_ID, opt],
    ['注文者電話番号', (c) => ja(c).mobile, PHONE_ID, opt],
    ['注文者郵便番号', (c) => ja(c).zip, [BILL('postalCode')]],
    ['注文者都道府県', (c) => ja(c).pref, [BILL('stateProvince'), BILL('state')]],
    ['注文者住所1', (c) => ja(c).city, [BILL('city')]],
    ['注文者住所2', (c) => `${ja(c).street}${ja(c).bldg ? ' ' + ja(c).bldg : ''}`, [BILL('street1')]],
    ['お届け先氏名', (c, o) => (+o.id % 4 === 0 ? '山口 和子' : ja(c).full), []],
    ['お届け先郵便番号', (c, o) => (+o.id % 4 === 0 ? '420-0853' : ja(c).zip), [SHIP('postalCode')]],
    ['お届け先都道府県', (c, o) => (+o.id % 4 === 0 ? '静岡県' : ja(c).pref), [SHIP('stateProvince'), SHIP('state')]],
    ['お届け先住所1', (c, o) => (+o.id % 4 === 0 ? '静岡市葵区' : ja(c).city), [SHIP('city')]],
    ['お届け先住所2', (c, o) => (+o.id % 4 === 0 ? '追手町9-6' : `${ja(c).street}${ja(c).bldg ? ' ' + ja(c).bldg : ''}`), [SHIP('street1')]],
    ['お届け先電話番号', (c, o) => (+o.id % 4 === 0 ? '054-221-3456' : ja(c).mobile), [], opt],
    ['商品番号', (c, o, r, i) => row(TEA, i + +o.id)[0], [PL('SKU')]],
    ['商品名', (c, o, r, i) => row(TEA, i + +o.id)[1], [PL('name')]],
    ['オプション', (c, o, r, i) => row(TEA, i + +o.id)[2], [PL('selectedOptions[0].value')], opt],
    ['単価', (c, o, r, i) => String(row(TEA, i + +o.id)[3]), [], opt],
    ['数量', (c, o) => String(o.qty), [PL('quantity')]],
    ['小計', (c, o, r, i) => String(row(TEA, i + +o.id)[3] * o.qty), [PL('priceTotal')]],
    ['送料', (c, o, r, i) => (row(TEA, i + +o.id)[3] * o.qty >= 5400 ? '0' : '660'), ['commerce.shipping.shippingAmount']],
    ['代引手数料', (c, o) => (+o.id % 5 === 1 ? '330' : '0'), []],
    ['ポイント利用額', (c, o) => (c.bool && +o.id % 3 === 0 ? '100' : '0'), [], opt],
    ['クーポン値引額', (c, o) => (o.discount ? '500' : '0'), [OR('discountAmount')]],
    ['合計金額', (c, o, r, i) => { const s = row(TEA, i + +o.id)[3] * o.qty; return String(s + (s >= 5400 ? 0 : 660) + (+o.id % 5 === 1 ? 330 : 0) - (c.bool && +o.id % 3 === 0 ? 100 : 0) - (o.discount ? 500 : 0)) }, [OR('priceTotal')]],
    ['内消費税', (c, o, r, i) => String(Math.floor(row(TEA, i + +o.id)[3] * o.qty * 8 / 108)), [OR('taxAmount')], opt],
    ['決済方法', (c, o) => (+o.id % 5 === 1 ? '代金引換' : row(['クレジットカード', 'Amazon Pay', '楽天ペイ', 'PayPay', '銀行振込'], +o.id % 5)), [OR('payments[0].paymentType')]],
    ['配送方法', (c, o) => (+o.id % 3 === 0 ? 'ネコポス' : 'ヤマト運輸 宅急便'), ['commerce.shipping.shippingMethod']],
    ['お届け希望日', (c, o, r) => (r() < 0.4 ? ymd(east(o.at + v.int(r, 3, 7) * day), '/') : ''), [], opt],
    ['お届け希望時間帯', (c, o, r) => v.pick(r, ['指定なし', '午前中', '14時～16時', '19時～21時']), []],
    ['送り状番号', (c, o, r) => (ssStatus(o) === '発送済み' ? (+o.id % 3 === 0 ? `${v.int(r, 4000, 4999)}${v.int(r, 10000000, 99999999)}` : `${v.int(r, 3000, 4999)}-${v.int(r, 1000, 9999)}-${v.int(r, 1000, 9999)}`) : ''), ['commerce.shipping.trackingNumber']],
    ['発送日', (c, o) => (ssStatus(o) === '発送済み' ? ymd(east(office(o.at, 9) + 2 * day), '/') : ''), ['commerce.shipping.shipDate'], opt],
    ['備考', (c, o, r) => v.pick(r, ['', '', '', 'のし名入れ：田中', '領収書希望']), []],
  ] },
  // ---------------------------------------------------------------- Japan: booking service reservations
  { name: 'stores-yoyaku-yoyaku-ichiran-ja', product: 'STORES 予約 (旧 Coubic; 管理画面 > 予約一覧 > CSVダウンロード, one row per reservation, Japanese UI, a Kyoto kimono-rental and dressing shop)', family: 'booking', language: 'ja', schema: E, cols: [
    ['予約番号', (c, o) => String(20000000 + +o.id * 173), ['_id', OR('purchaseID')]],
    ['予約受付日時', (c, o) => { const p = east(o.at); return `${ymd(p, '/')} ${hm(p)}` }, ['timestamp', OR('createdDate')]],
    ['予約日', (c, o) => ymd(east(o.at + ((+o.id % 20) + 2) * day), '/'), [], opt],
    ['開始時刻', (c, o) => row(['09:00', '10:00', '11:30', '13:00', '14:30'], +o.id % 5), []],
    ['終了時刻', (c, o) => row(['17:30', '18:00', '18:00', '18:00', '18:30'], +o.id % 5), []],
    ['予約ステータス', (c, o, r) => v.pick(r, ['確定', '確定', '確定', '来店済み', 'キャンセル', '無断キャンセル']), []],
    ['メニュー', (c, o) => row(['着物レンタル 手ぶらプラン', '浴衣レンタル（着付け込み）', 'カップルプラン', '訪問着プラン', '着物レンタル 手ぶらプラン'], +o.id % 5), [PL('name')]],
    ['オプション', (c, o) => row(['ヘアセット', '', '', 'ヘアセット、写真撮影', ''], +o.id % 5), [], opt],
    ['人数', (c, o) => String(+o.id % 5 === 2 ? 2 : o.qty > 2 ? 1 : o.qty), [PL('quantity')], opt],
    ['担当スタッフ', (c, o) => row(['指名なし', '小川', '指名なし', '西村'], +o.id % 4), []],
    ['料金', (c, o) => String(row([3850, 4400, 8800, 9900, 3850], +o.id % 5) * (+o.id % 5 === 2 ? 1 : o.qty > 2 ? 1 : o.qty) + (+o.id % 5 === 0 || +o.id % 5 === 3 ? 1650 : 0)), [OR('priceTotal')]],
    ['支払方法', (c, o) => (+o.id % 3 ? 'クレジットカード事前決済' : '現地払い'), [OR('payments[0].paymentType')]],
    ['決済ステータス', (c, o) => (+o.id % 3 ? '決済済み' : '未決済'), []],
    ['お名前', (c) => ja(c).full, []],
    ['フリガナ', (c) => ja(c).kana, []],
    ['メールアドレス', (c) => ja(c).email, EMAIL_ID],
    ['電話番号', (c) => ja(c).mobile.replace(/-/g, ''), PHONE_ID, opt],
    ['会員ID', (c, o, r) => (c.bool ? `usr_${v.alnum(r, 10).toLowerCase()}` : ''), CUST_ID, opt],
    ['予約経路', (c, o) => row(['予約ページ', 'Googleで予約', 'Instagram', '予約ページ', '管理画面から登録'], +o.id % 5), [], opt],
    ['質問：ご来店は初めてですか？', (c, o, r) => (r() < 0.8 ? 'はい' : 'いいえ'), []],
    ['質問：身長（cm）', (c, o, r) => String(v.int(r, 150, 182)), []],
    ['キャンセル日時', (c, o) => { if (+o.id % 7) return ''; const p = east(o.at + day); return `${ymd(p, '/')} ${hm(p)}` }, ['commerce.order.cancelDate'], opt],
    ['管理メモ', (c, o, r) => v.pick(r, ['', '', '', '外国籍のお客様（英語対応）', '前日に確認電話済み']), []],
  ] },
  // ---------------------------------------------------------------- Japan: e-commerce CRM customers
  { name: 'customer-rings-kokyaku-list-ja', product: 'カスタマーリングス / Customer Rings (顧客分析 > 顧客リスト > CSVエクスポート, one row per customer, Japanese UI, a Kobe cosmetics D2C brand)', family: 'crm', language: 'ja', schema: P, cols: [
    ['顧客ID', (c) => `CR${pad(+c.id * 7 % 10000000, 8)}`, ['_id', 'personID']],
    ['姓', (c) => ja(c).last, ['person.name.lastName']],
    ['名', (c) => ja(c).first, ['person.name.firstName']],
    ['姓カナ', (c) => ja(c).lastKana, []],
    ['名カナ', (c) => ja(c).firstKana, []],
    ['メールアドレス', (c) => ja(c).email, ['personalEmail.address']],
    ['電話番号', (c) => ja(c).mobile, ['mobilePhone.number', 'homePhone.number']],
    ['性別', (c) => (ja(c).female ? '女性' : '男性'), ['person.gender']],
    ['生年月日', (c) => (showBirth(c) ? ymd(bd(c.birth), '/') : ''), ['person.birthDate']],
    ['年齢', (c) => (showBirth(c) ? String(2024 - bd(c.birth).y) : ''), []],
    ['郵便番号', (c) => ja(c).zip, at(HOME, 'postalCode')],
    ['都道府県', (c) => ja(c).pref, STATE(HOME)],
    ['市区町村', (c) => ja(c).city, at(HOME, 'city')],
    ['番地', (c) => ja(c).street, at(HOME, 'street1')],
    ['建物名', (c) => ja(c).bldg, at(HOME, 'street2')],
    ['会員ランク', (c, o, r) => v.pick(r, ['レギュラー', 'シルバー', 'ゴールド', 'プラチナ', 'レギュラー']), ['loyalty.tier']],
    ['保有ポイント', (c, o, r) => String(v.int(r, 0, 4800)), ['loyalty.points']],
    ['累計購入金額', (c, o, r) => String(v.int(r, 30, 3800) * 110), ['loyalty.lifetimePurchases'], opt],
    ['購入回数', (c, o, r) => String(v.int(r, 1, 24)), []],
    ['初回購入日', (c) => ymd(east(c.created), '/'), [], opt],
    ['最終購入日', (c) => ymd(east(later(c)), '/'), [], opt],
    ['定期購入ステータス', (c, o, r) => v.pick(r, ['継続中', '継続中', '休止中', '解約', '未加入']), []],
    ['顧客ステージ', (c, o, r) => v.pick(r, ['F1', 'F2', 'F3以上', 'ロイヤル', '休眠']), []],
    ['メルマガ許諾', (c) => (c.bool ? '許諾' : '拒否'), [], opt],
    ['LINE連携', (c, o, r) => (r() < 0.5 ? '連携済み' : '未連携'), []],
    ['会員登録日', (c) => ymd(east(c.created), '/'), ['loyalty.joinDate'], opt],
    ['最終更新日時', (c) => { const p = east(later(c)); return `${ymd(p, '/')} ${hms(p)}` }, [], opt],
  ] },
  // ---------------------------------------------------------------- Japan: company database firm list
  { name: 'usonar-lbc-kigyo-list-ja', product: 'uSonar / ユーソナー (LBC 企業データ; リスト作成 > ダウンロード, one row per firm with its representative, Japanese UI, a Tokyo industrial-IoT vendor\'s prospect list)', family: 'b2b-leads', language: 'ja', schema: B, cols: [
    ['LBCコード', (c) => String(10000000000 + +c.id * 4973 % 89999999999), ACC, opt],
    ['法人番号', (c, o, r) => String(v.int(r, 1000000000000, 9999999999999)), ACC, opt],
    ['企業名', (c) => jaFirm(c)[0], CO],
    ['企業名カナ', (c) => jaFirm(c)[1], []],
    ['郵便番号', (c) => jaFirm(c)[7], [W('postalCode')]],
    ['都道府県', (c) => jaFirm(c)[5], STATE(['workAddress'])],
    ['市区町村', (c) => jaFirm(c)[6], [W('city')]],
    ['町域・番地', (c) => jaFirm(c)[8], [W('street1')]],
    ['電話番号', (c, o, r) => jaTel(jaFirm(c)[9], r), ['workPhone.number']],
    ['FAX番号', (c, o, r) => (r() < 0.7 ? jaTel(jaFirm(c)[9], r) : ''), ['faxPhone.number']],
    ['URL', (c) => `https://www.${jaFirm(c)[11]}/`, ['b2b.companyWebsite']],
    ['代表者役職', (c) => jaFirm(c)[10], ['extendedWorkDetails.jobTitle']],
    ['代表者氏名', (c) => ja(c).full, ['person.name.fullName']],
    ['設立年月', (c, o, r) => `${v.int(r, 1948, 2012)}/${pad(v.int(r, 1, 12))}`, []],
    ['資本金（千円）', (c, o, r) => comma(v.pick(r, [3000, 10000, 20000, 48000, 96000, 310000])), []],
    ['従業員数', (c, o, r) => String(v.int(r, 8, 1200)), []],
    ['売上高（百万円）', (c, o, r) => comma(v.int(r, 80, 42000)), []],
    ['業種（大分類）', (c) => jaFirm(c)[2], []],
    ['業種（細分類）', (c) => jaFirm(c)[3], []],
    ['上場区分', (c) => jaFirm(c)[4], []],
    ['本社・事業所区分', (c, o, r) => (r() < 0.8 ? '本社' : '事業所'), []],
    ['事業所数', (c, o, r) => String(v.int(r, 1, 24)), []],
    ['お問い合わせフォームURL', (c, o, r) => (r() < 0.6 ? `https://www.${jaFirm(c)[11]}/contact/` : ''), [], opt],
    ['データ更新日', (c) => ymd(east(later(c)), '/'), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },
  // ---------------------------------------------------------------- Korea: SMS gateway send log
  { name: 'aligo-munja-jeonsong-naeyeok-ko', product: '알리고 / Aligo (smartsms.aligo.in; 문자보내기 > 전송결과 조회 > 엑셀 다운로드, one row per recipient, Korean UI, a Seongsu-dong pilates studio\'s reminders and promotions)', family: 'sms', language: 'ko', schema: E, cols: [
    ['메시지ID', (c, o) => String(700000000 + (+o.id >> 2) * 97), [], opt],
    ['상세ID', (c, o) => String(1800000000 + +o.id * 389), ['_id']],
    ['구분', (c, o) => row(['SMS', 'LMS', 'SMS', 'MMS'], +o.id % 4), [], opt],
    ['발신번호', () => '0264081120', []],
    ['수신번호', (c) => ko(c).mobile.replace(/-/g, ''), PHONE_ID],
    ['수신자명', (c, o, r) => (r() < 0.7 ? ko(c).full : ''), []],
    ['제목', (c, o) => row(['', '[필라테스온] 5월 신규 등록 이벤트', '', '[필라테스온] 그룹레슨 시간표 변경 안내'], +o.id % 4), ['marketing.campaignName'], opt],
    ['메시지 내용', (c, o) => row([`${ko(c).full}님 내일 ${row(['10:00', '19:30', '20:30'], +o.id)} 레슨 예약되었습니다. 변경은 하루 전까지 가능합니다.`, '(광고)[필라테스온] 신규 등록 시 1:1 레슨 2회 무료! 수신거부 080-870-1234', `${ko(c).full}님 수강권이 3회 남았습니다.`, '(광고)[필라테스온] 6월부터 그룹레슨 시간표가 변경됩니다. 무료거부 080-870-1234'], +o.id % 4), []],
    ['전송상태', (c, o) => (alStatus(o) ? '전송완료' : '대기'), []],
    ['결과', (c, o) => alStatus(o), []],
    ['통신사', (c, o, r) => v.pick(r, ['SKT', 'KT', 'LG U+', 'SKT', '알뜰폰']), ['environment.carrier'], opt],
    ['등록일시', (c, o) => { const p = east(office(o.at, 9)); return `${ymd(p)} ${hms(p)}` }, [], opt],
    ['예약일시', (c, o) => (+o.id % 4 === 1 ? `${ymd(east(office(o.at, 9) + 3600000))} ${hm(east(office(o.at, 9) + 3600000))}:00` : ''), [], opt],
    ['전송일시', (c, o) => { const t = office(o.at, 9) + (+o.id % 4 === 1 ? 3600000 : 4000); const p = east(t); return `${ymd(p)} ${hms(p)}` }, ['timestamp']],
    ['건수', () => '1', []],
    ['차감금액', (c, o) => row(['8.4', '25.0', '8.4', '60.0'], +o.id % 4), []],
    ['전송경로', (c, o) => (+o.id % 2 ? 'API' : '웹'), []],
    ['주소록 그룹', (c, o) => row(['', '전체회원', '수강권 만료예정', '전체회원'], +o.id % 4), [], opt],
  ] },
  // ---------------------------------------------------------------- Korea: POS members with points
  { name: 'okpos-hoewon-jeongbo-ko', product: 'OKPOS / 오케이포스 (ASP 매출관리 > 회원관리 > 회원정보 조회 > 엑셀 다운로드, one row per member, Korean UI, a Daegu bakery-café chain\'s point members)', family: 'loyalty', language: 'ko', schema: P, cols: [
    ['회원번호', (c) => String(100000 + +c.id % 900000), ['_id', 'personID']],
    ['회원명', (c) => ko(c).full, ['person.name.fullName']],
    ['휴대폰번호', (c) => ko(c).mobile, ['mobilePhone.number']],
    ['전화번호', (c, o, r) => (r() < 0.15 ? `053-${v.int(r, 600, 999)}-${v.int(r, 1000, 9999)}` : ''), ['homePhone.number']],
    ['성별', (c) => (ko(c).female ? '여' : '남'), ['person.gender']],
    ['생년월일', (c, o, r) => (r() < 0.75 ? `${bd(c.birth).y}${pad(bd(c.birth).m)}${pad(bd(c.birth).d)}` : ''), ['person.birthDate']],
    ['양/음', (c, o, r) => (r() < 0.85 ? '양력' : '음력'), []],
    ['이메일', (c, o, r) => (r() < 0.5 ? ko(c).email : ''), ['personalEmail.address']],
    ['우편번호', (c, o, r) => (r() < 0.6 ? dg(c)[1] : ''), at(HOME, 'postalCode')],
    ['주소', (c) => `대구광역시 ${dg(c)[0]} ${10 + +c.id % 380}`, at(HOME, 'street1')],
    ['상세주소', (c) => ko(c).detail, at(HOME, 'street2')],
    ['회원카드번호', (c) => `9410${pad(+c.id * 37 % 1000000000000, 12)}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['회원등급', (c, o, r) => v.pick(r, ['일반', '일반', '실버', '골드', 'VIP']), ['loyalty.tier']],
    ['가용포인트', (c, o, r) => comma(v.int(r, 0, 38000)), ['loyalty.points']],
    ['누적포인트', (c, o, r) => comma(v.int(r, 38000, 120000)), ['loyalty.lifetimePoints']],
    ['사용포인트', (c, o, r) => comma(v.int(r, 0, 80000)), ['loyalty.pointsRedeemed']],
    ['총구매금액', (c, o, r) => comma(v.int(r, 30, 9000) * 100), ['loyalty.lifetimePurchases'], opt],
    ['방문횟수', (c, o, r) => String(v.int(r, 1, 160)), []],
    ['최종방문일', (c) => ymd(east(later(c))), [], opt],
    ['가입일자', (c) => ymd(east(c.created)), ['loyalty.joinDate'], opt],
    ['가입매장', (c, o, r) => v.pick(r, ['수성못점', '동성로점', '범어점', '칠곡점']), []],
    ['SMS수신', (c) => (c.bool ? 'Y' : 'N'), [], opt],
    ['메모', (c, o, r) => v.pick(r, ['', '', '', '케이크 예약 단골', '견과류 알레르기']), []],
  ] },
  // ---------------------------------------------------------------- Korea: business-card app (B2B people)
  { name: 'remember-myeongham-excel-ko', product: '리멤버 / Remember (드라마앤컴퍼니; 리멤버 웹 > 명함 > 엑셀로 내보내기, one row per scanned card, Korean UI, a Seoul B2B SaaS sales team\'s collected cards)', family: 'b2b-leads', language: 'ko', schema: B, cols: [
    ['이름', (c) => ko(c).full, ['person.name.fullName']],
    ['영문 이름', (c, o, r) => (r() < 0.4 ? `${cap(ko(c).latinFirst)} ${cap(ko(c).latinLast)}` : ''), [], opt],
    ['회사', (c) => koFirm(c)[0], CO],
    ['영문 회사명', (c, o, r) => (r() < 0.5 ? koFirm(c)[1] : ''), [], opt],
    ['부서', (c, o, r) => v.pick(r, ['경영지원팀', '구매팀', 'IT전략실', '영업본부', '생산기술팀', '']), ['extendedWorkDetails.departments[0]']],
    ['직책', (c, o, r) => v.pick(r, ['팀장', '과장', '대리', '부장', '이사', '책임매니저']), ['extendedWorkDetails.jobTitle']],
    ['휴대폰', (c) => ko(c).mobile, ['mobilePhone.number']],
    ['유선전화', (c, o, r) => `${koFirm(c)[4]}${v.int(r, 1000, 9999)}`, ['workPhone.number']],
    ['팩스', (c, o, r) => (r() < 0.5 ? `${koFirm(c)[4]}${v.int(r, 1000, 9999)}` : ''), ['faxPhone.number']],
    ['이메일', (c) => `${ko(c).latinFirst}.${ko(c).latinLast}@${koFirm(c)[2]}`, WE],
    ['회사 주소', (c, o, r) => `${koFirm(c)[3]}${r() < 0.5 ? `, ${v.int(r, 2, 15)}층` : ''}`, [W('street1')]],
    ['홈페이지', (c) => `www.${koFirm(c)[2]}`, ['b2b.companyWebsite']],
    ['명함 등록일', (c) => ymd(east(c.created), '.'), ['extSourceSystemAudit.createdDate'], opt],
    ['명함 받은 날', (c, o, r) => (r() < 0.5 ? ymd(east(c.created - v.int(r, 0, 5) * day), '.') : ''), [], opt],
    ['그룹', (c, o, r) => v.pick(r, ['고객사', '잠재고객', '파트너', '전시회 2023']), []],
    ['메모', (c, o, r) => v.pick(r, ['', '', 'ERP 교체 검토 중', '킨텍스 전시회에서 만남', '하반기 예산 확정 후 재연락']), []],
    ['공유한 사람', (c, o, r) => v.pick(r, ['김태호', '박소연', '']), []],
  ] },
  // ---------------------------------------------------------------- China: e-commerce ERP order lines
  { name: 'jushuitan-dingdan-daochu-zh', product: '聚水潭 / Jushuitan ERP (订单 > 订单查询 > 导出, one row per order line, Simplified Chinese UI, a Hangzhou women\'s-wear brand selling on Tmall, Douyin and a WeChat mini-shop)', family: 'ecommerce-orders', language: 'zh', schema: E, cols: [
    ['内部订单号', (c, o) => String(5000000 + +o.id * 31), ['_id'], opt],
    ['线上订单号', (c, o) => row([`${v.int(() => (+o.id % 97) / 97, 3000000000, 3999999999)}${pad(+o.id * 7 % 10000000000, 9)}`, `69${pad(+o.id * 7919 % 1000000000, 9)}${pad(+o.id * 31 % 100000000, 8)}`, `WX${ymd(cn(o.at), '')}${pad(+o.id % 100000, 6)}`], +o.id % 3), [OR('purchaseID')]],
    ['店铺', (c, o) => row(['罗衣旗舰店（天猫）', '罗衣官方旗舰店（抖音）', '罗衣微商城'], +o.id % 3), [], opt],
    ['订单日期', (c, o) => { const p = cn(o.at); return `${ymd(p)} ${hms(p)}` }, ['timestamp', OR('createdDate')]],
    ['付款日期', (c, o) => { const p = cn(o.at + 40000); return `${ymd(p)} ${hms(p)}` }, [], opt],
    ['发货日期', (c, o) => (jstStatus(o) === '已发货' ? `${ymd(cn(o.at + day))} ${hms(cn(o.at + day))}` : ''), ['commerce.shipping.shipDate'], opt],
    ['状态', (c, o) => jstStatus(o), []],
    ['买家账号', (c, o) => (+o.id % 3 === 0 ? `t_${pad(+o.id * 13 % 10000000000, 10)}` : `${zh(c).last}**`), [], opt],
    ['收货人', (c) => `${zh(c).last}*${zh(c).first.slice(-1)}`, []],
    ['手机', (c) => zh(c).mobile.replace(/^(\d{3})\d{4}(\d{4})$/, '$1****$2'), [], opt],
    ['省', (c) => zh(c).prov, [SHIP('stateProvince'), SHIP('state')]],
    ['市', (c) => zh(c).city, [SHIP('city')]],
    ['区县', (c) => zh(c).dist, [SHIP('street3'), SHIP('city')], opt],
    ['收货地址', (c) => `${zh(c).prov}${zh(c).city === zh(c).prov ? '' : zh(c).city}${zh(c).dist}${zh(c).street.replace(/\d+号/, '**号')}`, [SHIP('street1')]],
    ['邮编', (c, o) => (+o.id % 2 ? zh(c).zip : '000000'), [SHIP('postalCode')], opt],
    ['商品编码', (c, o, r, i) => row(WEAR, i + +o.id)[0], [PL('SKU')]],
    ['款式编码', (c, o, r, i) => row(WEAR, i + +o.id)[1], [PL('SKU')], opt],
    ['商品名称', (c, o, r, i) => row(WEAR, i + +o.id)[2], [PL('name')]],
    ['颜色及规格', (c, o, r, i) => row(WEAR, i + +o.id)[3], [PL('selectedOptions[0].value')], opt],
    ['数量', (c, o) => String(o.qty > 2 ? 1 : o.qty), [PL('quantity')]],
    ['单价', (c, o, r, i) => two(row(WEAR, i + +o.id)[4]), [], opt],
    ['商品金额', (c, o, r, i) => two(row(WEAR, i + +o.id)[4] * (o.qty > 2 ? 1 : o.qty)), [PL('priceTotal')]],
    ['运费', (c, o) => (+o.id % 6 === 0 ? '8.00' : '0.00'), ['commerce.shipping.shippingAmount']],
    ['优惠金额', (c, o) => (o.discount ? '20.00' : '0.00'), [OR('discountAmount')]],
    ['应付金额', (c, o, r, i) => two(row(WEAR, i + +o.id)[4] * (o.qty > 2 ? 1 : o.qty) + (+o.id % 6 === 0 ? 8 : 0) - (o.discount ? 20 : 0)), [OR('priceTotal')]],
    ['已付金额', (c, o, r, i) => two(row(WEAR, i + +o.id)[4] * (o.qty > 2 ? 1 : o.qty) + (+o.id % 6 === 0 ? 8 : 0) - (o.discount ? 20 : 0)), [OR('payments[0].paymentAmount')], opt],
    ['快递公司', (c, o) => row(['中通快递', '圆通速递', '顺丰速运', '韵达快递'], +o.id % 4), ['commerce.shipping.shippingMethod']],
    ['快递单号', (c, o) => (jstStatus(o) !== '已发货' && jstStatus(o) !== '发货中' ? '' : row([`7831${pad(+o.id * 7919 % 100000000000, 11)}`, `YT${pad(+o.id * 3571 % 10000000000000, 13)}`, `SF${pad(+o.id * 1777 % 10000000000000, 13)}`, `4340${pad(+o.id * 9973 % 100000000000, 11)}`], +o.id % 4)), ['commerce.shipping.trackingNumber']],
    ['买家留言', (c, o, r) => v.pick(r, ['', '', '', '请尽快发货，谢谢', '不要放快递柜']), []],
    ['卖家备注', (c, o, r) => v.pick(r, ['', '', '', '赠品：发圈', '已换码M']), []],
    ['发货仓', () => '杭州余杭主仓', []],
    ['标签', (c, o, r) => v.pick(r, ['', '', '预售', '直播间']), []],
  ] },
  // ---------------------------------------------------------------- China: open-source CRM contacts (B2B)
  { name: 'wukong-crm-lianxiren-daochu-zh', product: '悟空CRM / WukongCRM (72crm; 客户管理 > 联系人 > 导出, one row per contact person of a client firm, Simplified Chinese UI, a Suzhou industrial-automation parts distributor)', family: 'crm', language: 'zh', schema: B, cols: [
    ['姓名', (c) => zh(c).full, ['person.name.fullName']],
    ['客户名称', (c) => zhFirm(c)[0], CO],
    ['手机', (c) => zh(c).mobile, ['mobilePhone.number']],
    ['电话', (c, o, r) => (r() < 0.6 ? `0512-${v.int(r, 6000, 6999)}${v.int(r, 1000, 9999)}` : ''), ['workPhone.number']],
    ['电子邮箱', (c) => zh(c).email, WE],
    ['QQ', (c, o, r) => (r() < 0.4 ? zh(c).qq : ''), []],
    ['微信', (c, o, r) => (r() < 0.5 ? `wxid_${v.alnum(r, 12).toLowerCase()}` : ''), []],
    ['是否关键决策人', (c, o, r) => (r() < 0.4 ? '是' : '否'), []],
    ['职务', (c, o, r) => v.pick(r, ['采购经理', '设备部主管', '总经理', '工程师', '采购专员', '生产厂长']), ['extendedWorkDetails.jobTitle']],
    ['性别', (c) => (zh(c).female ? '女' : '男'), ['person.gender']],
    ['地址', (c) => zhFirm(c)[1], [W('street1')]],
    ['下次联系时间', (c, o, r) => (r() < 0.5 ? `${ymd(cn(later(c) + 7 * day))} 10:00:00` : ''), []],
    ['备注', (c, o, r) => v.pick(r, ['', '', '关注伺服电机交期', '年底有产线改造项目', '只接受月结60天']), []],
    ['负责人', (c, o, r) => v.pick(r, ['周晓峰', '沈佳', '钱磊']), []],
    ['创建人', (c, o, r) => v.pick(r, ['周晓峰', '管理员']), []],
    ['创建时间', (c) => `${ymd(cn(office(c.created, 8)))} ${hms(cn(office(c.created, 8)))}`, ['extSourceSystemAudit.createdDate'], opt],
    ['更新时间', (c) => `${ymd(cn(office(later(c), 8)))} ${hms(cn(office(later(c), 8)))}`, ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['最后跟进时间', (c, o, r) => (r() < 0.7 ? `${ymd(cn(office(later(c), 8) - day))} ${hms(cn(office(later(c), 8) - day))}` : ''), ['extSourceSystemAudit.lastActivityDate'], opt],
  ] },
  // ---------------------------------------------------------------- Taiwan: LINE marketing platform contacts
  { name: 'crescendo-maac-lianluoren-zh-tw', product: 'MAAC by Crescendo Lab (漸強實驗室; 聯絡人 > 匯出聯絡人 CSV, one row per LINE friend, Traditional Chinese UI, a Taichung pastry brand\'s LINE official account)', family: 'marketing-automation', language: 'zh', schema: P, cols: [
    ['LINE UID', (c, o, r) => `U${v.hex(r, 32)}`, ['identityMap{}[0].id'], opt],
    ['LINE 顯示名稱', (c, o, r) => v.pick(r, [tw(c).full, `${tw(c).first}🍰`, tw(c).email.split('@')[0], `小${tw(c).first.slice(-1)}`]), []],
    ['會員編號', (c, o, r) => (r() < 0.6 ? `MB${pad(+c.id % 1000000, 7)}` : ''), ['personID', 'loyalty.loyaltyID[0]'], opt],
    ['姓名', (c, o, r) => (r() < 0.7 ? tw(c).full : ''), ['person.name.fullName']],
    ['手機號碼', (c, o, r) => (r() < 0.7 ? tw(c).mobile : ''), ['mobilePhone.number']],
    ['Email', (c, o, r) => (r() < 0.5 ? tw(c).email : ''), ['personalEmail.address']],
    ['性別', (c, o, r) => (r() < 0.3 ? '' : tw(c).female ? '女' : '男'), ['person.gender']],
    ['生日', (c, o, r) => (r() < 0.6 ? ymd(bd(c.birth), '/') : ''), ['person.birthDate']],
    ['居住縣市', (c) => tw(c).county, [...STATE(HOME), ...at(HOME, 'city')]],
    ['狀態', (c, o, r) => (r() < 0.88 ? '好友' : '已封鎖'), []],
    ['加入好友時間', (c) => { const p = cn(c.created); return `${ymd(p, '/')} ${hm(p)}` }, [], opt],
    ['最後互動時間', (c) => { const p = cn(later(c)); return `${ymd(p, '/')} ${hm(p)}` }, [], opt],
    ['標籤', (c, o, r) => v.pick(r, ['', '中秋禮盒;老客', '母親節蛋糕', '門市-公益店', '問卷-喜歡芋頭']), []],
    ['來源', (c, o, r) => v.pick(r, ['門市QR Code', 'LINE 官方帳號', '官網 Widget', 'Facebook 廣告']), []],
    ['UTM Campaign', (c, o, r) => v.pick(r, ['', '', 'moonfestival_2024', 'mothersday_cake']), [], opt],
    ['會員等級', (c, o, r) => v.pick(r, ['', '一般會員', '一般會員', '金卡會員']), ['loyalty.tier'], opt],
    ['累積消費金額', (c, o, r) => (r() < 0.6 ? String(v.int(r, 3, 380) * 50) : ''), ['loyalty.lifetimePurchases'], opt],
    ['最後消費日', (c, o, r) => (r() < 0.6 ? ymd(cn(later(c) - v.int(r, 1, 30) * day), '/') : ''), [], opt],
    ['訊息開啟次數', (c, o, r) => String(v.int(r, 0, 45)), []],
    ['連結點擊次數', (c, o, r) => String(v.int(r, 0, 18)), []],
  ] },
  // ---------------------------------------------------------------- Taiwan: carrier consignments
  { name: 'hsinchu-transport-tuoyundan-zh-tw', product: '新竹物流 / Hsinchu Transport (契約客戶網路託運系統 > 託運單查詢 > 匯出 Excel, one row per consignment, Traditional Chinese UI, a Tainan kitchen-appliance web shop)', family: 'delivery', language: 'zh', schema: E, cols: [
    ['查件號碼', (c, o) => `${pad(+o.id * 48271 % 10000000000, 10)}`, ['commerce.shipping.trackingNumber']],
    ['客戶單號', (c, o) => `SO${ymd(cn(o.at), '')}${pad(+o.id % 1000, 3)}`, [OR('purchaseID')]],
    ['建單時間', (c, o) => { const p = cn(office(o.at, 8)); return `${ymd(p, '/')} ${hm(p)}` }, ['timestamp']],
    ['出貨日期', (c, o) => ymd(cn(office(o.at, 8) + day), '/'), ['commerce.shipping.shipDate']],
    ['配達日期', (c, o) => (hctStatus(o) === '配達完成' ? ymd(cn(office(o.at, 8) + 2 * day), '/') : ''), [], opt],
    ['貨態', (c, o) => hctStatus(o), []],
    ['寄件人', () => '好廚藝生活館', []],
    ['收件人', (c) => tw(c).full, []],
    ['收件人電話', (c, o, r) => (r() < 0.3 ? `(06)${v.int(r, 2000000, 2999999)}` : ''), [], opt],
    ['收件人手機', (c) => twMob(c), PHONE_ID, opt],
    ['郵遞區號', (c) => tw(c).zip, [SHIP('postalCode')]],
    ['收件地址', (c) => `${tw(c).county}${tw(c).dist}${tw(c).street}`, [SHIP('street1')]],
    ['件數', (c, o) => String(o.qty > 2 ? 2 : 1), []],
    ['重量(公斤)', (c, o, r) => String(v.int(r, 1, 18)), []],
    ['才數', (c, o, r) => String(v.int(r, 1, 5)), []],
    ['品名', (c, o) => row(['氣炸鍋', '電鍋', '果汁機', '鑄鐵鍋', '咖啡機'], +o.id % 5), [PL('name')], opt],
    ['代收貨款', (c, o) => (+o.id % 4 === 0 ? String(Math.round(o.total * 33)) : '0'), [OR('payments[0].paymentAmount')], opt],
    ['運費', (c, o, r) => String(v.pick(r, [120, 150, 180, 230])), ['commerce.shipping.shippingAmount'], opt],
    ['付款方式', (c, o) => (+o.id % 4 === 0 ? '代收' : '月結'), [], opt],
    ['指定配達日', (c, o, r) => (r() < 0.2 ? ymd(cn(o.at + 3 * day), '/') : ''), []],
    ['指定時段', (c, o, r) => v.pick(r, ['不指定', '不指定', '13-18時', '9-13時']), []],
    ['到著站所', (c) => `${tw(c).county.replace('市', '')}營業所`, []],
    ['簽收人', (c, o, r) => (hctStatus(o) === '配達完成' ? v.pick(r, ['本人', '本人', '管理室', '家人']) : ''), []],
    ['備註', (c, o, r) => v.pick(r, ['', '', '', '易碎品 請小心輕放', '請先電話聯絡']), []],
  ] },
  // ---------------------------------------------------------------- Malaysia: payment gateway transactions
  { name: 'bayarcash-senarai-transaksi-ms', product: 'Bayarcash (Web Impian Sdn. Bhd.; Konsol > Transaksi > Eksport CSV, one row per payment attempt, Malay UI, a Shah Alam muslimah-fashion online shop)', family: 'payments', language: 'ms', schema: E, cols: [
    ['ID Transaksi', (c, o, r) => `trx_${v.alnum(r, 6)}${pad(+o.id, 5)}`, [OR('payments[0].transactionID'), '_id']],
    ['No. Pesanan', (c, o) => `NA${ymd(cn(o.at), '')}${pad(+o.id % 10000, 4)}`, [OR('purchaseID')]],
    ['No. Rujukan Exchange', (c, o) => `${ymd(cn(o.at), '')}${pad(+o.id * 613 % 100000000, 8)}`, [], opt],
    ['ID Transaksi Exchange', (c, o, r) => (+o.id % 5 === 4 ? '' : `${ymd(cn(o.at), '').slice(2)}${pad(+o.id * 977 % 10000000000, 10)}`), [OR('payments[0].transactionID')], opt],
    ['Tarikh & Masa', (c, o) => { const p = cn(o.at); return `${ymd(p)} ${hms(p)}` }, ['timestamp']],
    ['Nama Pembayar', (c) => ms(c).full, []],
    ['E-mel Pembayar', (c) => ms(c).email, EMAIL_ID, opt],
    ['No. Telefon Pembayar', (c) => ms(c).mobile.replace(/^0/, '60').replace(/[- ]/g, ''), PHONE_ID, opt],
    ['Saluran Pembayaran', (c, o) => row(['FPX', 'FPX', 'DuitNow QR', 'FPX Direct Debit', 'Kad Kredit/Debit', 'Boost'], +o.id % 6), [OR('payments[0].paymentType')]],
    ['Bank Pembayar', (c, o) => (+o.id % 6 < 2 || +o.id % 6 === 3 ? row(['Maybank2u', 'CIMB Clicks', 'Bank Islam', 'RHB Now', 'Public Bank', 'Bank Rakyat'], +o.id % 7) : ''), [], opt],
    ['Amaun (RM)', (c, o) => two(o.total * 2.4), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Mata Wang', () => 'MYR', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Status', (c, o) => bcStatus(o), []],
    ['Keterangan Status', (c, o) => row(['Approved', 'Approved', 'Approved', 'Transaction Cancelled by Buyer', 'Approved', 'Pending Authorization', 'Approved'], +o.id % 7), []],
    ['Portal', () => 'Butik Nur Aishah - Kedai Online', []],
    ['Penerangan', (c, o) => `Pembayaran pesanan NA${ymd(cn(o.at), '')}${pad(+o.id % 10000, 4)}`, []],
    ['Caj Transaksi (RM)', (c, o) => (bcStatus(o) !== 'Berjaya' ? '0.00' : +o.id % 6 === 4 ? two(o.total * 2.4 * 0.015) : '1.00'), []],
    ['Amaun Bersih (RM)', (c, o) => (bcStatus(o) !== 'Berjaya' ? '0.00' : two(o.total * 2.4 - (+o.id % 6 === 4 ? o.total * 2.4 * 0.015 : 1))), []],
    ['Tarikh Penyelesaian', (c, o) => (bcStatus(o) === 'Berjaya' ? ymd(cn(o.at + 2 * day)) : ''), [], opt],
    ['Alamat IP', (c, o, r) => `${v.pick(r, ['175.139', '60.53', '115.164', '203.106'])}.${v.int(r, 0, 255)}.${v.int(r, 1, 254)}`, ['environment.ipV4'], opt],
  ] },
]
