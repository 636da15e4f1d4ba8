// Round 60, heldout138: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). Japanese, Chinese (Simplified and Traditional) and Korean exports, headers
// in the product's UI language: a Japanese shop cart's order lines (おちゃのこネット), a Japanese booking system's
// reservations (RESERVA), a LINE-to-EC-member CRM's friends (CRM PLUS on LINE), a Japanese intent-sales database's
// people (Sales Marker), a Chinese restaurant POS's bill lines (二维火), a Taiwanese marketplace's order lines (露天拍賣),
// a Taiwanese chatbot marketing tool's audience (BotBonnie), a Chinese event platform's registrants (活动行), a Korean
// waiting/reservation app's queue (테이블링), a Korean payment gateway's payments (페이플), a Korean restaurant POS's
// point members (유니온포스) and a Korean event platform's attendees (이벤터스) (ja 4, zh 4, ko 4; E 6, P 3, B 3).
// Headers are written from the writer's knowledge of each product; nothing was copied from a real export.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT as ACC } from './sets.mjs'
import { pad, shift, row, ymd, hms, hm, group } from './values.mjs'
import { hash } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
// local clocks: Japan and Korea +9, China and Taiwan +8 (no summer time)
const east = (ms) => shift(ms, 9)
const cst = (ms) => shift(ms, 8)
// the same instant moved into opening hours (lo .. lo+span-1 local) of a zone off hours from UTC
const open = (ms, off, lo = 10, span = 11) => { const H = shift(ms, off).H; return ms + ((lo + (H % span)) - H) * 3600000 }
const later = (c) => c.created + ((n(c) % 400) + 5) * day + (n(c) % 70000) * 1000
const slashT = (p) => `${ymd(p, '/')} ${hms(p)}`
const slashM = (p) => `${ymd(p, '/')} ${hm(p)}`
const dashT = (p) => `${ymd(p)} ${hms(p)}`
const dashM = (p) => `${ymd(p)} ${hm(p)}`
const bd = (ms) => v.parts(ms)
const WE = ['workEmail.address', 'personalEmail.address']
const STORE = ['commerce.commerceScope.storeCode']
const LINE_UID = ['identityMap{}[0].id']

// ---------------------------------------------------------------- local people, seeded by the row's person
const memo = new Map()
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}:${c.first}:${c.last}:${salt}`) ^ 0x5bd1e995); r(); r(); return r }
const JA = {
  male: [['悠斗', 'ユウト', 'yuto'], ['健太', 'ケンタ', 'kenta'], ['直樹', 'ナオキ', 'naoki'], ['亮', 'リョウ', 'ryo'], ['俊介', 'シュンスケ', 'shunsuke'], ['浩二', 'コウジ', 'koji'], ['隆', 'タカシ', 'takashi']],
  female: [['愛', 'アイ', 'ai'], ['恵美', 'エミ', 'emi'], ['さくら', 'サクラ', 'sakura'], ['麻衣', 'マイ', 'mai'], ['香織', 'カオリ', 'kaori'], ['奈々', 'ナナ', 'nana'], ['智子', 'トモコ', 'tomoko']],
  last: [['斎藤', 'サイトウ', 'saito'], ['松本', 'マツモト', 'matsumoto'], ['井上', 'イノウエ', 'inoue'], ['木村', 'キムラ', 'kimura'], ['林', 'ハヤシ', 'hayashi'], ['清水', 'シミズ', 'shimizu'], ['山崎', 'ヤマザキ', 'yamazaki'], ['森', 'モリ', 'mori'], ['池田', 'イケダ', 'ikeda'], ['橋本', 'ハシモト', 'hashimoto'], ['石川', 'イシカワ', 'ishikawa']],
  // [都道府県, 市区町村, 郵便番号, 番地]
  places: [['東京都', '杉並区', '166-0003', '高円寺南4-27-5'], ['千葉県', '船橋市', '273-0005', '本町6-2-10'], ['神奈川県', '川崎市中原区', '211-0004', '新丸子東2-901'], ['大阪府', '吹田市', '564-0082', '片山町1-3-21'], ['兵庫県', '西宮市', '662-0832', '甲風園1-8-3'], ['北海道', '帯広市', '080-0012', '西二条南9-11'], ['宮城県', '仙台市泉区', '981-3133', '泉中央1-7-1'], ['静岡県', '浜松市中央区', '430-0933', '鍛冶町100-1'], ['福岡県', '北九州市小倉北区', '802-0001', '浅野2-14-1'], ['愛知県', '岡崎市', '444-0864', '明大寺町字寺東3-5']],
  bldg: ['', '', '', 'ハイツ青葉102', 'メゾン・ド・リベルテ203', 'ライオンズマンション801', 'コーポ若葉2F'],
  mail: ['gmail.com', 'yahoo.co.jp', 'icloud.com', 'docomo.ne.jp', 'softbank.ne.jp', 'au.com', 'outlook.jp'],
}
const ZH = {
  last: [['刘', 'liu'], ['孙', 'sun'], ['马', 'ma'], ['朱', 'zhu'], ['胡', 'hu'], ['郭', 'guo'], ['何', 'he'], ['林', 'lin'], ['罗', 'luo'], ['高', 'gao'], ['徐', 'xu']],
  male: [['志强', 'zhiqiang'], ['宇航', 'yuhang'], ['子轩', 'zixuan'], ['明辉', 'minghui'], ['文博', 'wenbo'], ['国栋', 'guodong']],
  female: [['晓燕', 'xiaoyan'], ['雨桐', 'yutong'], ['思琪', 'siqi'], ['佳怡', 'jiayi'], ['秀英', 'xiuying'], ['梦瑶', 'mengyao']],
  // [省, 市]
  places: [['江苏省', '苏州市'], ['浙江省', '杭州市'], ['上海市', '上海市'], ['江苏省', '无锡市'], ['浙江省', '宁波市'], ['安徽省', '合肥市'], ['湖南省', '长沙市'], ['广东省', '深圳市']],
  mail: ['qq.com', '163.com', '126.com', 'qq.com', 'foxmail.com'],
}
const TW = {
  last: [['許', 'hsu'], ['鄭', 'cheng'], ['謝', 'hsieh'], ['郭', 'kuo'], ['洪', 'hung'], ['曾', 'tseng'], ['邱', 'chiu'], ['廖', 'liao'], ['賴', 'lai'], ['周', 'chou']],
  male: [['宗翰', 'tsunghan'], ['俊傑', 'chunchieh'], ['建宏', 'chienhung'], ['冠廷', 'kuanting'], ['彥廷', 'yenting'], ['信宏', 'hsinhung']],
  female: [['詩涵', 'shihhan'], ['宜蓁', 'yichen'], ['郁婷', 'yuting'], ['品妍', 'pinyen'], ['靜怡', 'chingyi'], ['美玲', 'meiling']],
  // [縣市, 區, 郵遞區號, 路段]
  places: [['臺北市', '信義區', '110', '松仁路'], ['臺北市', '中山區', '104', '南京東路二段'], ['新北市', '新莊區', '242', '中正路'], ['新北市', '永和區', '234', '永和路二段'], ['桃園市', '桃園區', '330', '中山路'], ['臺中市', '北屯區', '406', '崇德路二段'], ['高雄市', '左營區', '813', '博愛二路'], ['彰化縣', '彰化市', '500', '中山路二段']],
  mail: ['gmail.com', 'gmail.com', 'yahoo.com.tw', 'hotmail.com', 'icloud.com', 'msa.hinet.net'],
}
const KO = {
  last: [['김', 'kim'], ['이', 'lee'], ['박', 'park'], ['오', 'oh'], ['서', 'seo'], ['신', 'shin'], ['권', 'kwon'], ['황', 'hwang'], ['안', 'ahn'], ['송', 'song'], ['임', 'lim']],
  male: [['준호', 'junho'], ['동현', 'donghyun'], ['재원', 'jaewon'], ['승우', 'seungwoo'], ['태민', 'taemin'], ['영수', 'youngsoo']],
  female: [['지현', 'jihyun'], ['수아', 'sua'], ['예린', 'yerin'], ['은정', 'eunjung'], ['다은', 'daeun'], ['미경', 'mikyung']],
  mail: ['naver.com', 'naver.com', 'gmail.com', 'daum.net', 'kakao.com', 'nate.com'],
}
const mk = (c, cc, salt) => {
  const r = seeded(c, `${cc}:${salt}`)
  const female = r() < 0.55
  if (cc === 'ja') {
    const f = v.pick(r, female ? JA.female : JA.male), l = v.pick(r, JA.last), pl = v.pick(r, JA.places)
    return { female, first: f[0], last: l[0], firstKana: f[1], lastKana: l[1], full: `${l[0]} ${f[0]}`, kana: `${l[1]} ${f[1]}`, latinFirst: f[2], latinLast: l[2],
      pref: pl[0], city: pl[1], zip: pl[2], street: pl[3], bldg: v.pick(r, JA.bldg),
      mobile: `0${v.pick(r, ['90', '80', '70'])}-${v.int(r, 1000, 9999)}-${v.int(r, 1000, 9999)}`,
      email: `${f[2]}${v.pick(r, ['.', '_', '', '-'])}${l[2]}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, JA.mail)}` }
  }
  if (cc === 'zh') {
    const f = v.pick(r, female ? ZH.female : ZH.male), l = v.pick(r, ZH.last), pl = v.pick(r, ZH.places)
    const qq = String(v.int(r, 200000000, 3199999999))
    return { female, first: f[0], last: l[0], full: `${l[0]}${f[0]}`, latinFirst: f[1], latinLast: l[1], prov: pl[0], city: pl[1],
      mobile: `1${v.pick(r, ['38', '39', '37', '59', '58', '88', '86', '33', '77', '99', '80'])}${v.int(r, 10000000, 99999999)}`,
      email: r() < 0.35 ? `${qq}@qq.com` : `${l[1]}${f[1]}${v.int(r, 1, 999)}@${v.pick(r, ZH.mail)}` }
  }
  if (cc === 'tw') {
    const f = v.pick(r, female ? TW.female : TW.male), l = v.pick(r, TW.last), pl = v.pick(r, TW.places)
    return { female, first: f[0], last: l[0], full: `${l[0]}${f[0]}`, county: pl[0], dist: pl[1], zip3: pl[2], zip: `${pl[2]}${pad(v.int(r, 1, 99))}`,
      street: `${pl[3]}${v.int(r, 1, 320)}號${r() < 0.5 ? `${v.int(r, 2, 18)}樓` : ''}`,
      mobile: `09${v.int(r, 10, 89)}${v.int(r, 100000, 999999)}`,
      email: `${f[1]}${v.pick(r, ['.', '', '_'])}${l[1]}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, TW.mail)}` }
  }
  const f = v.pick(r, female ? KO.female : KO.male), l = v.pick(r, KO.last)
  return { female, first: f[0], last: l[0], full: `${l[0]}${f[0]}`, latinFirst: f[1], latinLast: l[1],
    mobile: `010-${v.int(r, 2000, 9999)}-${v.int(r, 1000, 9999)}`,
    email: `${f[1]}${v.pick(r, ['', '.', '_'])}${l[1]}${r() < 0.6 ? v.int(r, 80, 99) : ''}@${v.pick(r, KO.mail)}` }
}
const who = (c, cc, salt = '') => { const k = `${cc}:${salt}:${c.id}:${c.first}:${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc, salt)); return memo.get(k) }
const ja = (c) => who(c, 'ja')
const zh = (c) => who(c, 'zh')
const tw = (c) => who(c, 'tw')
const ko = (c) => who(c, 'ko')
const yen = (x) => group(x)
const won = (x) => group(x)
const twMob = (m) => m.replace(/^(\d{4})(\d{3})(\d{3})$/, '$1-$2-$3')

// ---------------------------------------------------------------- 1. おちゃのこネット order lines (ja, E)
// an Obihiro dairy-sweets shop: [商品番号, 商品名, オプション, 税込単価]
const OC_ITEMS = [['CK-001', '十勝チーズケーキ 5号', '', 3240], ['PD-012', 'とかち牛乳プリン 6個入', '', 2160], ['BT-020', '発酵バター 200g', '', 1296], ['GF-100', '十勝スイーツ詰め合わせ', 'のし：御歳暮', 4860], ['JM-030', '牛乳ジャム 3本セット', 'ラッピング：あり', 2700], ['CH-002', 'カマンベールチーズ 2個入', '', 1944]]
const ocItem = (o, i) => row(OC_ITEMS, i + n(o))
const ocAt = (o) => open(o.at, 9, 7, 16)
const ocSt = (o) => row(['発送済み', '発送済み', '入金待ち', '発送済み', '新規受付', '発送済み', 'キャンセル'], n(o) % 7)
const ocPay = (o) => row(['クレジットカード決済', '代金引換', '銀行振込（前払い）', 'クレジットカード決済', 'PayPay', '後払い（コンビニ・郵便局・銀行）'], n(o) % 6)
const ocSub = (o, i) => ocItem(o, i)[3] * o.qty
const ocShip = (o, i) => (ocSub(o, i) >= 10800 ? 0 : 1200)
const ocCod = (o) => (ocPay(o) === '代金引換' ? 330 : ocPay(o).startsWith('後払い') ? 250 : 0)
const ocPoint = (c, o) => (c.bool && n(o) % 3 === 0 ? 150 : 0)
const ocCoupon = (o) => (o.discount ? 500 : 0)
const ocTotal = (c, o, i) => ocSub(o, i) + ocShip(o, i) + ocCod(o) - ocPoint(c, o) - ocCoupon(o)
const ocGift = (o) => n(o) % 4 === 0
const ocTo = (c, o) => (ocGift(o) ? who(c, 'ja', 'gift') : ja(c))
// ---------------------------------------------------------------- 2. RESERVA reservations (ja, E)
// a Sendai dog-grooming salon: [メニュー, 料金]
const RV_MENU = [['シャンプーコース（小型犬）', 4400], ['カットコース（小型犬）', 6600], ['カットコース（中型犬）', 8800], ['部分カット＋シャンプー', 5500], ['爪切り・足裏カット', 1100]]
const rvMenu = (o) => row(RV_MENU, n(o) % 5)
const rvOpt = (o) => row(['ハーブパック', '', '', '歯みがき', '', '炭酸泉'], n(o) % 6)
const rvOptFee = (o) => (rvOpt(o) === 'ハーブパック' ? 1100 : rvOpt(o) === '歯みがき' ? 550 : rvOpt(o) === '炭酸泉' ? 1650 : 0)
const rvDogs = (o) => (n(o) % 6 === 5 ? 2 : 1)
const rvSt = (o) => row(['予約確定', '完了', '完了', 'キャンセル', '予約確定', '完了', '仮予約'], n(o) % 7)
const rvVisit = (o) => open(o.at + ((n(o) % 20) + 2) * day, 9, 9, 9)
const rvStart = (o) => { const p = east(rvVisit(o)); return { ...p, M: p.M < 30 ? 0 : 30, S: 0 } }
const rvEnd = (o) => { const s = rvStart(o); const mins = s.H * 60 + s.M + (rvMenu(o)[1] >= 6600 ? 150 : 90); return { ...s, H: Math.floor(mins / 60), M: mins % 60 } }
const DOGS = [['モカ', 'トイプードル', '3.2kg'], ['こむぎ', 'ミニチュアダックスフンド', '4.8kg'], ['ココ', 'チワワ', '2.1kg'], ['ハル', '柴犬', '8.5kg'], ['レオ', 'ポメラニアン', '2.6kg'], ['マロン', 'シーズー', '5.4kg']]
const dog = (c) => row(DOGS, n(c) % 6)
// ---------------------------------------------------------------- 3. CRM PLUS on LINE friends (ja, P)
const cpLinked = (c) => n(c) % 4 !== 1
const cpUid = (c) => `U${v.hex(seeded(c, 'uid'), 32)}`
const cpName = (c) => row([ja(c).first, ja(c).latinFirst, `${ja(c).lastKana[0]}${ja(c).firstKana}`, '🌸' + ja(c).first, ja(c).full], n(c) % 5)
// ---------------------------------------------------------------- 4. Sales Marker people (ja, B)
// [企業名, 法人番号, 業種, 従業員数, 売上高, 都道府県, 本社住所, domain, 代表電話]
const SM_FIRMS = [['株式会社アオバシステムズ', '3370001012345', 'ソフトウェア・情報処理', '301〜500名', '50億〜100億円', '宮城県', '仙台市青葉区中央2-9-10', 'aobasys.co.jp', '022-213-'], ['東邦精密工業株式会社', '8010401023456', '精密機械製造', '1,001〜3,000名', '300億〜500億円', '東京都', '大田区南蒲田2-16-1', 'toho-seimitsu.co.jp', '03-3734-'], ['株式会社ミライロジ', '5120001034567', '物流・倉庫', '501〜1,000名', '100億〜300億円', '大阪府', '大阪市西区阿波座1-3-15', 'mirai-logi.jp', '06-6538-'], ['中部ファインケミカル株式会社', '2180001045678', '化学', '101〜300名', '10億〜50億円', '愛知県', '名古屋市港区港明1-10-28', 'chubu-finechem.co.jp', '052-651-'], ['株式会社ハーベストフーズ', '7290001056789', '食品製造', '301〜500名', '100億〜300億円', '福岡県', '福岡市博多区博多駅東3-6-18', 'harvestfoods.co.jp', '092-451-'], ['さくら医療サービス株式会社', '9011001067890', '医療・福祉', '1,001〜3,000名', '100億〜300億円', '東京都', '渋谷区代々木2-23-1', 'sakura-iryo.jp', '03-6300-']]
const smFirm = (c) => row(SM_FIRMS, n(c) >> 1)
const SM_ROLE = [['情報システム部', '部長', '部長クラス'], ['経営企画部', '課長', '課長クラス'], ['DX推進室', '室長', '部長クラス'], ['営業本部', '執行役員 営業本部長', '役員クラス'], ['総務部', '係長', '係長・主任クラス'], ['製造部 生産技術課', '課長', '課長クラス'], ['', '代表取締役社長', '経営層']]
const smRole = (c) => row(SM_ROLE, n(c) % 7)
// ---------------------------------------------------------------- 5. 二维火 bill lines (zh, E)
// a Changsha Hunan restaurant with two stores: [菜品编码, 菜品名称, 分类, 单位, 单价]
const EW_DISH = [['1001', '辣椒炒肉', '招牌湘菜', '份', 48], ['1002', '剁椒鱼头', '招牌湘菜', '份', 98], ['2005', '口味虾', '特色小炒', '斤', 138], ['3010', '擂辣椒皮蛋', '凉菜', '份', 26], ['4002', '米饭', '主食', '碗', 3], ['5008', '冰镇酸梅汤', '饮品', '扎', 28], ['2011', '毛氏红烧肉', '特色小炒', '份', 68]]
const ewDish = (o, i) => row(EW_DISH, i + n(o))
const ewAmt = (o, i) => ewDish(o, i)[4] * o.qty
const ewDisc = (o, i) => (n(o) % 5 === 2 ? Math.round(ewAmt(o, i) * 0.12) : 0)
const ewPay = (o) => (ewType(o) === '外卖' ? '外卖平台支付' : row(['微信支付', '支付宝', '微信支付', '会员卡', '现金', '美团团购券', '银联刷卡'], n(o) % 7))
const ewType = (o) => row(['堂食', '堂食', '堂食', '外卖', '堂食', '自提'], n(o) % 6)
const ewEnd = (o) => open(o.at, 8, 11, 11)
const ewMember = (o) => ewPay(o) === '会员卡' || n(o) % 4 === 1
// ---------------------------------------------------------------- 6. 露天拍賣 order lines (zh, E)
// a Taichung phone-accessory seller: [賣家料號, 商品名稱, 規格, 單價]
const RT_ITEMS = [['CASE-IP15-CLR', 'iPhone 15 軍規防摔透明手機殼', '透明', 299], ['GLS-IP15P', '9H滿版鋼化玻璃保護貼', 'iPhone 15 Pro', 199], ['PD-65W-2C', '65W氮化鎵 雙孔快充頭', '白色', 790], ['CB-C2C-1M', 'Type-C 編織快充線 1M', '黑色', 259], ['MAG-PB-10K', 'MagSafe 磁吸行動電源 10000mAh', '星光白', 1290], ['STD-ALU', '鋁合金折疊手機支架', '太空灰', 349]]
const rtItem = (o, i) => row(RT_ITEMS, i + n(o))
const rtShipWay = (o) => row(['7-11取貨', '全家取貨', '7-11取貨', '宅配（黑貓）', '萊爾富取貨', '全家取貨', '中華郵政'], n(o) % 7)
const rtHome = (o) => ['宅配（黑貓）', '中華郵政'].includes(rtShipWay(o))
const rtFee = (o, i) => (rtItem(o, i)[3] * o.qty >= 999 ? 0 : rtHome(o) ? 100 : 60)
const rtPay = (o) => (rtHome(o) ? row(['信用卡', 'ATM轉帳', 'LINE Pay', '街口支付'], n(o) % 4) : row(['超商取貨付款', '信用卡', '超商取貨付款', '露天錢包'], n(o) % 4))
const rtSt = (o) => row(['已完成', '已出貨', '待出貨', '已完成', '已取消', '已完成'], n(o) % 6)
const rtCoupon = (o) => (o.discount ? 50 : 0)
const rtAt = (o) => open(o.at, 8, 9, 15)
const rtTo = (c, o) => (n(o) % 5 === 0 ? who(c, 'tw', 'to') : tw(c))
const CVS = { '7-11取貨': ['統一超商', ['文心門市', '崇德門市', '大墩門市', '水湳門市']], '全家取貨': ['全家便利商店', ['台中北屯店', '台中文心店', '新莊中正店', '左營博愛店']], '萊爾富取貨': ['萊爾富', ['中市崇德店', '北市松仁店']] }
// ---------------------------------------------------------------- 7. BotBonnie audience (zh, P)
const bbPlat = (c) => (n(c) % 5 === 3 ? 'Messenger' : 'LINE')
const bbTags = (c) => row(['新品通知', '抽獎活動,新品通知', '', '會員綁定', '門市客,優惠券領取', '抽獎活動'], n(c) % 6)
// ---------------------------------------------------------------- 8. 活动行 registrants (zh, B)
// [公司名称, domain, 行业, 规模, 省份, 城市]
const HD_FIRMS = [['苏州汇川精工科技有限公司', 'hcjinggong.com', '机械制造', '500-999人', '江苏省', '苏州市'], ['无锡博信电子有限公司', 'boxin-elec.cn', '电子元器件', '1000-4999人', '江苏省', '无锡市'], ['杭州云舟数智科技有限公司', 'yunzhou-ai.com', '软件/信息技术', '100-499人', '浙江省', '杭州市'], ['宁波东昇汽车部件股份有限公司', 'dongsheng-auto.com', '汽车及零部件', '1000-4999人', '浙江省', '宁波市'], ['上海申航物流设备有限公司', 'shenhang-logi.com', '物流设备', '100-499人', '上海市', '上海市'], ['合肥晶源新材料有限公司', 'jingyuan-nm.cn', '新材料', '500-999人', '安徽省', '合肥市']]
const hdFirm = (c) => row(HD_FIRMS, n(c) >> 1)
const HD_ROLE = [['生产部', '生产经理'], ['信息部', 'IT总监'], ['总经办', '副总经理'], ['采购部', '采购主管'], ['技术中心', '工艺工程师'], ['数字化转型办公室', '数字化负责人']]
const hdRole = (c) => row(HD_ROLE, n(c) % 6)
const hdTicket = (c) => row([['普通票', 299], ['VIP票', 1280], ['普通票', 299], ['早鸟票', 199], ['嘉宾票', 0], ['普通票', 299]], n(c) % 6)
const hdAudit = (c) => row(['已通过', '已通过', '已通过', '待审核', '已通过', '未通过', '已通过'], n(c) % 7)
const hdIn = (c) => hdAudit(c) === '已通过' && n(c) % 3 !== 0
const HD_DAY = Date.UTC(2024, 9, 24, 0, 30)
// ---------------------------------------------------------------- 9. 테이블링 queue and reservations (ko, E)
const tbKind = (o) => (n(o) % 3 === 0 ? '예약' : '웨이팅')
const tbSt = (o) => row(['입장완료', '입장완료', '취소', '입장완료', '노쇼', '입장완료', '대기중', '입장완료'], n(o) % 8)
const tbAt = (o) => open(o.at, 9, 10, 11)
const tbWait = (o) => 10 + (n(o) * 7) % 75
const tbAdults = (o) => 1 + (n(o) % 4)
const tbKids = (o) => (n(o) % 5 === 0 ? 1 : 0)
// ---------------------------------------------------------------- 10. 페이플 payments (ko, E)
// an online coding-class company: [상품명, 금액 (VAT 포함)]
const PP_ITEMS = [['파이썬 기초 정기구독 (월)', 39000], ['데이터 분석 올인원 패키지', 289000], ['프론트엔드 부트캠프 12주', 1190000], ['SQL 입문 VOD', 69000], ['프리미엄 멤버십 (월)', 59000]]
const ppItem = (o) => row(PP_ITEMS, n(o) % 5)
const ppKind = (o) => (ppItem(o)[0].includes('(월)') ? (n(o) % 3 ? '정기결제' : '정기결제(최초)') : n(o) % 2 ? '간편결제' : '일반결제')
const ppMethod = (o) => (n(o) % 6 === 4 ? '계좌이체' : '카드')
const ppSt = (o) => row(['승인', '승인', '승인', '취소', '승인', '부분취소', '승인'], n(o) % 7)
const ppAt = (o) => open(o.at, 9, 8, 15)
const ppCancel = (o) => (ppSt(o) === '취소' ? ppItem(o)[1] : ppSt(o) === '부분취소' ? Math.round(ppItem(o)[1] * 0.3 / 100) * 100 : 0)
const ppCard = (o) => row([['신한카드', '4518'], ['KB국민카드', '5275'], ['현대카드', '4329'], ['삼성카드', '5365'], ['BC카드', '9490'], ['롯데카드', '4670'], ['하나카드', '5181']], n(o) % 7)
// ---------------------------------------------------------------- 11. 유니온포스 members (ko, P)
// a Suwon pork-soup (국밥) chain's members: [구 + 도로명, 우편번호]
const SUWON = [['경기도 수원시 팔달구 효원로', '16489'], ['경기도 수원시 영통구 광교중앙로', '16514'], ['경기도 수원시 장안구 정자천로', '16301'], ['경기도 수원시 권선구 세화로', '16634'], ['경기도 화성시 동탄대로', '18455'], ['경기도 용인시 기흥구 중부대로', '17005']]
const sw = (c) => row(SUWON, n(c) % 6)
const upShowBirth = (c) => n(c) % 10 < 7
// ---------------------------------------------------------------- 12. 이벤터스 attendees (ko, B)
// [회사명, domain, 산업, 규모]
const EV_FIRMS = [['(주)다온테크', 'daontech.co.kr', 'IT/소프트웨어', '100~299명'], ['한결정보통신(주)', 'hangyeol-ict.com', '통신/네트워크', '300~999명'], ['주식회사 세움금융파트너스', 'seumfp.co.kr', '금융/보험', '1,000명 이상'], ['(주)미래로보틱스', 'miraerobotics.kr', '제조/하드웨어', '50~99명'], ['새봄헬스케어 주식회사', 'saebomhc.com', '의료/헬스케어', '300~999명'], ['(주)오션커머스', 'oceancommerce.co.kr', '유통/이커머스', '100~299명']]
const evFirm = (c) => row(EV_FIRMS, n(c) >> 1)
const EV_ROLE = [['정보보안팀', '팀장', '정보보안'], ['인프라운영팀', '책임', '인프라/클라우드'], ['IT전략실', '실장', 'IT기획'], ['개발본부', '선임', '개발'], ['경영지원팀', '과장', '구매/경영지원'], ['CISO실', '상무', '정보보안']]
const evRole = (c) => row(EV_ROLE, n(c) % 6)
const evTicket = (c) => row([['일반 참가', 0], ['일반 참가', 0], ['VIP 세션 + 네트워킹', 110000], ['일반 참가', 0], ['워크숍 (핸즈온 랩)', 55000]], n(c) % 5)
const evSt = (c) => row(['참가확정', '참가확정', '승인대기', '참가확정', '취소', '참가확정'], n(c) % 6)
const evIn = (c) => evSt(c) === '참가확정' && n(c) % 4 !== 2
const EV_DAY = Date.UTC(2024, 10, 13, 0, 0)

export const SETS = [
  // ---------------------------------------------------------------- Japan: shop cart order lines
  { name: 'ochanoko-net-chumon-data-ja', product: 'おちゃのこネット / Ochanoko Net (ショップ管理: 受注管理 > 注文データダウンロード, CSV one row per ordered item, Japanese UI, an Obihiro dairy-sweets shop shipping by クール便, JST, JPY tax-inclusive)', family: 'ecommerce-orders', language: 'ja', schema: E, cols: [
    ['注文番号', (c, o) => String(20000 + n(o)), [OR('purchaseID')]],
    ['注文日時', (c, o) => slashT(east(ocAt(o))), ['timestamp', OR('createdDate')]],
    ['ステータス', (c, o) => ocSt(o), []],
    ['会員番号', (c) => (c.bool ? String(1000 + n(c) % 9000) : ''), CUST_ID, opt],
    ['注文者名', (c) => ja(c).full, []],
    ['注文者フリガナ', (c) => ja(c).kana, []],
    ['注文者郵便番号', (c) => ja(c).zip, [BILL('postalCode')]],
    ['注文者都道府県', (c) => ja(c).pref, STATE(['commerce.billing.address'])],
    ['注文者住所', (c) => `${ja(c).city}${ja(c).street}${ja(c).bldg ? ' ' + ja(c).bldg : ''}`, [BILL('street1')]],
    ['注文者電話番号', (c) => ja(c).mobile, PHONE_ID, opt],
    ['注文者メールアドレス', (c) => ja(c).email, EMAIL_ID],
    ['配送先名', (c, o) => ocTo(c, o).full, []],
    ['配送先郵便番号', (c, o) => ocTo(c, o).zip, [SHIP('postalCode')]],
    ['配送先都道府県', (c, o) => ocTo(c, o).pref, STATE(['commerce.shipping.address'])],
    ['配送先住所', (c, o) => `${ocTo(c, o).city}${ocTo(c, o).street}${ocTo(c, o).bldg ? ' ' + ocTo(c, o).bldg : ''}`, [SHIP('street1')]],
    ['配送先電話番号', (c, o) => ocTo(c, o).mobile, [], opt],
    ['商品番号', (c, o, r, i) => ocItem(o, i)[0], [PL('SKU')]],
    ['商品名', (c, o, r, i) => ocItem(o, i)[1], [PL('name')]],
    ['商品オプション', (c, o, r, i) => ocItem(o, i)[2], [PL('selectedOptions[0].value')], opt],
    ['単価', (c, o, r, i) => yen(ocItem(o, i)[3]), [], opt],
    ['数量', (c, o) => String(o.qty), [PL('quantity')]],
    ['小計', (c, o, r, i) => yen(ocSub(o, i)), [PL('priceTotal')]],
    ['送料', (c, o, r, i) => yen(ocShip(o, i)), ['commerce.shipping.shippingAmount']],
    ['決済手数料', (c, o) => yen(ocCod(o)), []],
    ['ポイント利用', (c, o) => String(ocPoint(c, o)), [], opt],
    ['クーポン割引', (c, o) => yen(ocCoupon(o)), [OR('discountAmount')]],
    ['合計金額', (c, o, r, i) => yen(ocTotal(c, o, i)), [OR('priceTotal')]],
    ['うち消費税(8%)', (c, o, r, i) => yen(Math.floor(ocSub(o, i) * 8 / 108)), [OR('taxAmount')], opt],
    ['支払方法', (c, o) => ocPay(o), [OR('payments[0].paymentType')]],
    ['配送方法', (c, o) => (n(o) % 3 === 0 ? 'ゆうパック（チルド）' : 'ヤマト運輸 クール宅急便'), ['commerce.shipping.shippingMethod']],
    ['配送希望日', (c, o) => (n(o) % 5 < 2 ? ymd(east(ocAt(o) + (4 + n(o) % 4) * day), '/') : ''), [], opt],
    ['配送希望時間帯', (c, o) => row(['指定なし', '午前中', '14時～16時', '18時～20時', '19時～21時'], n(o) % 5), []],
    ['発送日', (c, o) => (ocSt(o) === '発送済み' ? ymd(east(ocAt(o) + 2 * day), '/') : ''), ['commerce.shipping.shipDate'], opt],
    ['お問い合わせ伝票番号', (c, o, r) => (ocSt(o) !== '発送済み' ? '' : n(o) % 3 === 0 ? `${v.int(r, 1100, 1199)}-${v.int(r, 1000, 9999)}-${v.int(r, 1000, 9999)}` : `${v.int(r, 3000, 4999)}-${v.int(r, 1000, 9999)}-${v.int(r, 1000, 9999)}`), ['commerce.shipping.trackingNumber']],
    ['ギフト', (c, o) => (ocGift(o) ? 'ギフト' : ''), [], opt],
    ['備考', (c, o) => row(['', '', '', 'のし名入れ：斎藤', '不在時は宅配ボックスへ', ''], n(o) % 6), []],
  ] },
  // ---------------------------------------------------------------- Japan: booking system reservations
  { name: 'reserva-yoyaku-ichiran-csv-ja', product: 'RESERVA / レゼルバ (予約管理画面 > 予約一覧 > CSVダウンロード, one row per reservation, Japanese UI, a Sendai dog-grooming salon taking web and LINE bookings, JST, JPY)', family: 'booking', language: 'ja', schema: E, cols: [
    ['予約番号', (c, o) => `${pad(70000000 + n(o) * 211, 8)}`, ['_id', OR('purchaseID')]],
    ['予約受付日時', (c, o) => slashT(east(o.at)), ['timestamp', OR('createdDate')]],
    ['予約日', (c, o) => ymd(east(rvVisit(o)), '/'), [], opt],
    ['開始時間', (c, o) => hm(rvStart(o)), []],
    ['終了時間', (c, o) => hm(rvEnd(o)), []],
    ['予約状況', (c, o) => rvSt(o), []],
    ['予約メニュー', (c, o) => rvMenu(o)[0], [PL('name')]],
    ['オプション', (c, o) => rvOpt(o), [], opt],
    ['予約数', (c, o) => String(rvDogs(o)), [PL('quantity')], opt],
    ['担当スタッフ', (c, o) => row(['指名なし', '佐々木', '指名なし', '大野', '千葉'], n(o) % 5), []],
    ['料金合計', (c, o) => yen((rvMenu(o)[1] + rvOptFee(o)) * rvDogs(o)), [OR('priceTotal')]],
    ['お支払い方法', (c, o) => (n(o) % 3 === 0 ? 'クレジットカード（事前決済）' : '現地払い'), [OR('payments[0].paymentType')]],
    ['決済状況', (c, o) => (n(o) % 3 === 0 ? (rvSt(o) === 'キャンセル' ? '返金済' : '決済済') : rvSt(o) === '完了' ? '現地決済済' : '未決済'), []],
    ['会員番号', (c) => (c.bool ? `M${pad(n(c) % 1000000, 6)}` : ''), CUST_ID, opt],
    ['予約者名', (c) => ja(c).full, []],
    ['予約者名（カナ）', (c) => ja(c).kana, []],
    ['メールアドレス', (c) => ja(c).email, EMAIL_ID],
    ['電話番号', (c) => ja(c).mobile.replace(/-/g, ''), PHONE_ID, opt],
    ['ワンちゃんのお名前', (c) => dog(c)[0], []],
    ['犬種', (c) => dog(c)[1], []],
    ['体重', (c) => dog(c)[2], []],
    ['ご来店は初めてですか', (c, o) => (n(o) % 4 === 0 ? 'はい' : 'いいえ'), []],
    ['予約経路', (c, o) => row(['予約サイト', 'LINE', '予約サイト', '管理者登録', 'Googleで予約'], n(o) % 5), [], opt],
    ['キャンセル日時', (c, o) => (rvSt(o) === 'キャンセル' ? slashT(east(o.at + Math.floor((rvVisit(o) - o.at) / 2))) : ''), [OR('cancelDate')], opt],
    ['管理者メモ', (c, o) => row(['', '', '毛玉多め', '', 'シャンプー後に皮膚チェック', '噛み癖あり注意'], n(o) % 6), []],
  ] },
  // ---------------------------------------------------------------- Japan: LINE friends linked to EC members
  { name: 'crm-plus-on-line-tomodachi-ja', product: 'CRM PLUS on LINE (ソーシャルPLUS; 管理画面 > 友だち一覧 > CSVエクスポート with the linked EC-member attributes, one row per LINE friend, Japanese UI, a Kobe women\'s-apparel D2C brand on futureshop)', family: 'marketing', language: 'ja', schema: P, cols: [
    ['LINEユーザーID', (c) => cpUid(c), ['_id', 'personID', ...LINE_UID], opt],
    ['LINE表示名', (c) => cpName(c), []],
    ['友だち状態', (c) => (n(c) % 9 === 4 ? 'ブロック' : '友だち'), [], opt],
    ['友だち追加日時', (c) => slashT(east(c.created)), [], opt],
    ['友だち追加経路', (c) => row(['QRコード', 'ID連携キャンペーン', '友だち追加広告', 'ショップのLINEボタン', '店頭POP'], n(c) % 5), [], opt],
    ['ID連携状態', (c) => (cpLinked(c) ? '連携済み' : '未連携'), []],
    ['ID連携日時', (c) => (cpLinked(c) ? slashT(east(c.created + (n(c) % 30) * day + 600000)) : ''), [], opt],
    ['会員ID', (c) => (cpLinked(c) ? `FS${pad(n(c) * 3 % 10000000, 7)}` : ''), ['personID', '_id'], opt],
    ['姓', (c) => (cpLinked(c) ? ja(c).last : ''), ['person.name.lastName']],
    ['名', (c) => (cpLinked(c) ? ja(c).first : ''), ['person.name.firstName']],
    ['姓（カナ）', (c) => (cpLinked(c) ? ja(c).lastKana : ''), []],
    ['名（カナ）', (c) => (cpLinked(c) ? ja(c).firstKana : ''), []],
    ['メールアドレス', (c) => (cpLinked(c) ? ja(c).email : ''), ['personalEmail.address']],
    ['電話番号', (c) => (cpLinked(c) ? ja(c).mobile.replace(/-/g, '') : ''), ['mobilePhone.number', 'homePhone.number']],
    ['性別', (c) => (cpLinked(c) ? (ja(c).female ? '女性' : '男性') : ''), ['person.gender']],
    ['生年月日', (c) => (cpLinked(c) ? ymd(bd(c.birth), '/') : ''), ['person.birthDate']],
    ['郵便番号', (c) => (cpLinked(c) ? ja(c).zip.replace('-', '') : ''), at(HOME, 'postalCode')],
    ['都道府県', (c) => (cpLinked(c) ? ja(c).pref : ''), STATE(HOME)],
    ['会員ランク', (c) => (cpLinked(c) ? row(['ブロンズ', 'シルバー', 'ゴールド', 'ブロンズ', 'プラチナ'], n(c) % 5) : ''), ['loyalty.tier']],
    ['保有ポイント', (c) => (cpLinked(c) ? String((n(c) * 37) % 5200) : ''), ['loyalty.points']],
    ['累計購入金額', (c) => (cpLinked(c) ? yen(((n(c) * 53) % 380) * 500) : ''), ['loyalty.lifetimePurchases'], opt],
    ['累計購入回数', (c) => (cpLinked(c) ? String(1 + n(c) % 17) : ''), []],
    ['最終購入日', (c) => (cpLinked(c) ? ymd(east(later(c)), '/') : ''), [], opt],
    ['タグ', (c) => row(['', 'セール通知希望', 'ID連携特典受取済', 'ワンピース購入者,セール通知希望', ''], n(c) % 5), []],
    ['最終メッセージ受信日時', (c) => (n(c) % 3 ? slashT(east(later(c) + 3 * day)) : ''), [], opt],
  ] },
  // ---------------------------------------------------------------- Japan: intent-sales database people
  { name: 'sales-marker-jinbutsu-list-ja', product: 'Sales Marker (株式会社Sales Marker; インテントセールス: 人物リスト > CSVダウンロード, one row per person at a target company, Japanese UI, a Tokyo cloud-security vendor\'s prospect list)', family: 'b2b-leads', language: 'ja', schema: B, cols: [
    ['人物ID', (c) => `P${pad((n(c) * 7919) % 100000000, 8)}`, B2BID, opt],
    ['氏名', (c) => ja(c).full, ['person.name.fullName']],
    ['姓', (c) => ja(c).last, ['person.name.lastName']],
    ['名', (c) => ja(c).first, ['person.name.firstName']],
    ['企業名', (c) => smFirm(c)[0], CO],
    ['法人番号', (c) => smFirm(c)[1], ACC, opt],
    ['部署', (c) => smRole(c)[0], ['extendedWorkDetails.departments[0]']],
    ['役職', (c) => smRole(c)[1], ['extendedWorkDetails.jobTitle']],
    ['役職区分', (c) => smRole(c)[2], [], opt],
    ['メールアドレス', (c) => (n(c) % 5 === 3 ? '' : `${ja(c).latinLast}${n(c) % 2 ? '.' : '-'}${ja(c).latinFirst}@${smFirm(c)[7]}`), WE],
    ['電話番号', (c) => `${smFirm(c)[8]}${pad((n(c) * 13) % 10000, 4)}`, ['workPhone.number']],
    ['企業URL', (c) => `https://www.${smFirm(c)[7]}/`, ['b2b.companyWebsite']],
    ['業種', (c) => smFirm(c)[2], []],
    ['従業員数', (c) => smFirm(c)[3], []],
    ['売上高', (c) => smFirm(c)[4], []],
    ['本社所在地（都道府県）', (c) => smFirm(c)[5], STATE(['workAddress'])],
    ['本社住所', (c) => smFirm(c)[6], [W('street1')]],
    ['インテントキーワード', (c) => row(['ゼロトラスト', 'EDR 比較', 'SASE 導入', 'ランサムウェア対策', 'クラウドセキュリティ'], n(c) % 5), []],
    ['インテントスコア', (c) => String(40 + (n(c) * 11) % 60), ['b2b.personScore'], opt],
    ['SNS', (c) => (n(c) % 3 === 0 ? `https://www.facebook.com/${ja(c).latinFirst}.${ja(c).latinLast}` : ''), []],
    ['情報取得元', (c) => row(['プレスリリース', '企業サイト', 'ニュース記事', 'セミナー登壇情報'], n(c) % 4), ['b2b.personSource'], opt],
    ['最終更新日', (c) => ymd(east(later(c)), '/'), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['リスト名', () => '2024下期_製造業_情シス部門', []],
  ] },
  // ---------------------------------------------------------------- mainland China: restaurant POS bill lines
  { name: 'erweihuo-2dfire-dingdan-mingxi-zh', product: '二维火 2dfire (二维火掌柜 / 管理后台: 报表 > 订单明细 > 导出 Excel, one row per dish of a bill, Simplified Chinese UI, a Changsha Hunan restaurant with two stores, Beijing time, CNY)', family: 'pos', language: 'zh', schema: E, cols: [
    ['门店', (c, o) => (n(o) % 2 ? '湘味小馆(五一广场店)' : '湘味小馆(梅溪湖店)'), STORE, opt],
    ['账单号', (c, o) => `${ymd(cst(ewEnd(o)), '')}${pad(n(o) % 100000, 5)}`, [OR('purchaseID')]],
    ['流水号', (c, o) => String(1 + n(o) % 320), []],
    ['开单时间', (c, o) => dashT(cst(ewEnd(o) - (35 + n(o) % 50) * 60000)), [], opt],
    ['结账时间', (c, o) => dashT(cst(ewEnd(o))), ['timestamp', OR('createdDate')]],
    ['订单类型', (c, o) => ewType(o), [OR('orderType')], opt],
    ['订单来源', (c, o) => (ewType(o) === '外卖' ? row(['美团外卖', '饿了么'], n(o) % 2) : row(['收银机', '扫码点餐', '收银机'], n(o) % 3)), [], opt],
    ['桌号', (c, o) => (ewType(o) === '堂食' ? row(['A03', 'A08', 'B12', '包厢2', 'C05'], n(o) % 5) : ''), []],
    ['就餐人数', (c, o) => (ewType(o) === '堂食' ? String(2 + n(o) % 5) : ''), []],
    ['菜品编码', (c, o, r, i) => ewDish(o, i)[0], [PL('SKU')]],
    ['菜品名称', (c, o, r, i) => ewDish(o, i)[1], [PL('name')]],
    ['菜品分类', (c, o, r, i) => ewDish(o, i)[2], [PL('productCategories[0].categoryName')]],
    ['做法/口味', (c, o, r, i) => (['主食', '饮品'].includes(ewDish(o, i)[2]) ? '' : row(['微辣', '中辣', '特辣', '不要香菜'], n(o) % 4)), [PL('selectedOptions[0].value')], opt],
    ['单位', (c, o, r, i) => ewDish(o, i)[3], [PL('unitOfMeasureCode')], opt],
    ['数量', (c, o) => String(o.qty), [PL('quantity')]],
    ['单价', (c, o, r, i) => ewDish(o, i)[4].toFixed(2), [], opt],
    ['菜品金额', (c, o, r, i) => ewAmt(o, i).toFixed(2), [PL('priceTotal')]],
    ['优惠金额', (c, o, r, i) => ewDisc(o, i).toFixed(2), [PL('discountAmount'), OR('discountAmount')], opt],
    ['应收金额', (c, o, r, i) => ewAmt(o, i).toFixed(2), [], opt],
    ['实收金额', (c, o, r, i) => (ewAmt(o, i) - ewDisc(o, i)).toFixed(2), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['支付方式', (c, o) => ewPay(o), [OR('payments[0].paymentType')]],
    ['会员卡号', (c, o) => (ewMember(o) ? `88${pad((n(c) * 31) % 100000000, 8)}` : ''), CUST_ID, opt],
    ['会员手机号', (c, o) => (ewMember(o) ? zh(c).mobile : ''), PHONE_ID, opt],
    ['收银员', (c, o) => row(['前台小周', '收银01', '店长李'], n(o) % 3), []],
    ['服务员', (c, o) => (ewType(o) === '堂食' ? row(['小雯', '阿杰', '小芳'], n(o) % 3) : ''), []],
    ['备注', (c, o) => row(['', '', '少油', '', '打包带走', '发票抬头已开'], n(o) % 6), []],
  ] },
  // ---------------------------------------------------------------- Taiwan: marketplace order lines
  { name: 'ruten-lutian-dingdan-huichu-zh', product: '露天拍賣 / Ruten (賣家中心: 訂單管理 > 訂單查詢 > 匯出訂單 Excel, one row per ordered item, Traditional Chinese UI, a Taichung phone-accessory seller shipping by convenience-store pickup and home delivery, Taiwan time, TWD)', family: 'ecommerce-orders', language: 'zh', schema: E, cols: [
    ['訂單編號', (c, o) => `${ymd(cst(rtAt(o)), '').slice(2)}${pad((n(o) * 7919) % 100000000, 8)}`, [OR('purchaseID')]],
    ['結帳時間', (c, o) => slashT(cst(rtAt(o))), ['timestamp', OR('createdDate')]],
    ['訂單狀態', (c, o) => rtSt(o), []],
    ['買家帳號', (c) => `${tw(c).email.split('@')[0].replace(/[._]/g, '')}`, CUST_ID, opt],
    ['買家姓名', (c) => tw(c).full, []],
    ['買家手機', (c) => tw(c).mobile, PHONE_ID, opt],
    ['商品編號', (c, o, r, i) => String(22000000000000 + ((i + n(o)) % 6) * 1234567891), [PL('_id'), PL('SKU')], opt],
    ['自訂料號', (c, o, r, i) => rtItem(o, i)[0], [PL('SKU')]],
    ['商品名稱', (c, o, r, i) => rtItem(o, i)[1], [PL('name')]],
    ['規格', (c, o, r, i) => rtItem(o, i)[2], [PL('selectedOptions[0].value')], opt],
    ['數量', (c, o) => String(o.qty), [PL('quantity')]],
    ['單價', (c, o, r, i) => String(rtItem(o, i)[3]), [], opt],
    ['小計', (c, o, r, i) => String(rtItem(o, i)[3] * o.qty), [PL('priceTotal')]],
    ['運費', (c, o, r, i) => String(rtFee(o, i)), ['commerce.shipping.shippingAmount']],
    ['折價券折抵', (c, o) => String(rtCoupon(o)), [OR('discountAmount')]],
    ['訂單金額', (c, o, r, i) => String(rtItem(o, i)[3] * o.qty + rtFee(o, i) - rtCoupon(o)), [OR('priceTotal')]],
    ['付款方式', (c, o) => rtPay(o), [OR('payments[0].paymentType')]],
    ['運送方式', (c, o) => rtShipWay(o), ['commerce.shipping.shippingMethod']],
    ['收件人姓名', (c, o) => rtTo(c, o).full, []],
    ['收件人手機', (c, o) => twMob(rtTo(c, o).mobile), [], opt],
    ['收件人郵遞區號', (c, o) => (rtHome(o) ? rtTo(c, o).zip : ''), [SHIP('postalCode')]],
    ['收件地址', (c, o) => (rtHome(o) ? `${rtTo(c, o).county}${rtTo(c, o).dist}${rtTo(c, o).street}` : ''), [SHIP('street1')]],
    ['取貨門市', (c, o) => (rtHome(o) ? '' : `${CVS[rtShipWay(o)][0]} ${row(CVS[rtShipWay(o)][1], n(c))}`), [], opt],
    ['出貨日期', (c, o) => (['已出貨', '已完成'].includes(rtSt(o)) ? ymd(cst(rtAt(o) + (1 + n(o) % 2) * day), '/') : ''), ['commerce.shipping.shipDate'], opt],
    ['物流單號', (c, o) => (!['已出貨', '已完成'].includes(rtSt(o)) ? '' : rtHome(o) ? `${9070 + n(o) % 9}${pad((n(o) * 104729) % 100000000, 8)}` : `F${pad((n(o) * 7307) % 100000000, 8)}`), ['commerce.shipping.trackingNumber']],
    ['買家備註', (c, o) => row(['', '', '請幫我包裝好一點', '', '急用，謝謝', ''], n(o) % 6), []],
  ] },
  // ---------------------------------------------------------------- Taiwan: chatbot marketing audience
  { name: 'botbonnie-shouzhong-huichu-zh', product: 'BotBonnie (Appier; 受眾 > 用戶列表 > 匯出 CSV, one row per LINE or Messenger user with the form-collected attributes, Traditional Chinese UI, a Taipei bubble-tea brand\'s loyalty bot)', family: 'marketing', language: 'zh', schema: P, cols: [
    ['用戶ID', (c) => v.hex(seeded(c, 'bb'), 24), ['_id', 'personID'], opt],
    ['平台', (c) => bbPlat(c), []],
    ['平台用戶ID', (c) => (bbPlat(c) === 'LINE' ? `U${v.hex(seeded(c, 'bbu'), 32)}` : String(6000000000000000 + (n(c) * 7919) % 999999999999)), [...LINE_UID, '_id', 'personID'], opt],
    ['顯示名稱', (c) => row([tw(c).first, `${tw(c).last}${tw(c).first}`, 'Jessie', '阿' + tw(c).first.slice(-1), 'Kevin 🐻'], n(c) % 5), []],
    ['姓名', (c) => (n(c) % 4 === 2 ? '' : tw(c).full), ['person.name.fullName']],
    ['性別', (c) => (n(c) % 6 === 5 ? '未知' : tw(c).female ? '女' : '男'), ['person.gender']],
    ['手機號碼', (c) => (n(c) % 4 === 2 ? '' : tw(c).mobile), ['mobilePhone.number']],
    ['Email', (c) => (n(c) % 3 === 1 ? '' : tw(c).email), ['personalEmail.address']],
    ['生日', (c) => (n(c) % 4 === 2 ? '' : ymd(bd(c.birth), '/')), ['person.birthDate']],
    ['居住縣市', (c) => (n(c) % 4 === 2 ? '' : tw(c).county), [...STATE(HOME), ...at(HOME, 'city')]],
    ['會員編號', (c) => (n(c) % 4 === 2 ? '' : `TEA${pad((n(c) * 13) % 1000000, 6)}`), ['loyalty.loyaltyID[0]', 'personID'], opt],
    ['語言', (c) => (n(c) % 9 === 0 ? 'en' : 'zh-TW'), []],
    ['追蹤狀態', (c) => (n(c) % 8 === 3 ? '已封鎖' : '追蹤中'), [], opt],
    ['加入時間', (c) => slashT(cst(c.created)), [], opt],
    ['最後互動時間', (c) => slashT(cst(later(c))), [], opt],
    ['互動次數', (c) => String(1 + (n(c) * 7) % 140), []],
    ['標籤', (c) => bbTags(c), []],
    ['來源參數', (c) => row(['line_oa_richmenu', 'ig_bio', 'store_qr_xinyi', 'fb_ad_0615', ''], n(c) % 5), [], opt],
    ['接收推播', (c) => (n(c) % 8 === 3 ? '否' : '是'), [], opt],
  ] },
  // ---------------------------------------------------------------- mainland China: event registrants
  { name: 'huodongxing-baoming-mingdan-zh', product: '活动行 Huodongxing (主办方后台: 活动管理 > 报名管理 > 导出报名信息 Excel, one row per ticket holder with the custom form fields, Simplified Chinese UI, a Suzhou industrial-software vendor\'s smart-manufacturing summit)', family: 'events', language: 'zh', schema: B, cols: [
    ['序号', (c, o, r, i) => String(i + 1), []],
    ['订单号', (c) => `HDX${pad((n(c) * 104729) % 10000000000, 10)}`, [], opt],
    ['电子票号', (c) => String(800000000 + (n(c) * 7919) % 100000000), B2BID, opt],
    ['姓名', (c) => zh(c).full, ['person.name.fullName']],
    ['手机', (c) => zh(c).mobile, ['mobilePhone.number']],
    ['邮箱', (c) => (n(c) % 3 === 0 ? zh(c).email : `${zh(c).latinLast}.${zh(c).latinFirst}@${hdFirm(c)[1]}`), WE],
    ['公司名称', (c) => hdFirm(c)[0], CO],
    ['部门', (c) => hdRole(c)[0], ['extendedWorkDetails.departments[0]']],
    ['职位', (c) => hdRole(c)[1], ['extendedWorkDetails.jobTitle']],
    ['所在行业', (c) => hdFirm(c)[2], []],
    ['公司规模', (c) => hdFirm(c)[3], []],
    ['所在省份', (c) => hdFirm(c)[4], STATE(['workAddress'])],
    ['所在城市', (c) => hdFirm(c)[5], [W('city')]],
    ['票种', (c) => hdTicket(c)[0], [], opt],
    ['票价', (c) => hdTicket(c)[1].toFixed(2), []],
    ['支付状态', (c) => (!hdTicket(c)[1] ? '免费' : hdAudit(c) === '未通过' ? '已退款' : '已支付'), []],
    ['报名时间', (c) => dashT(cst(HD_DAY - (3 + n(c) % 40) * day - (n(c) * 7001) % 40000000)), [], opt],
    ['审核状态', (c) => hdAudit(c), [], opt],
    ['签到状态', (c) => (hdIn(c) ? '已签到' : '未签到'), []],
    ['签到时间', (c) => (hdIn(c) ? dashT(cst(HD_DAY + (n(c) % 90) * 60000)) : ''), [], opt],
    ['渠道来源', (c) => row(['活动行', '微信公众号', '合作伙伴邀请', '销售邀约', '活动行'], n(c) % 5), ['b2b.personSource'], opt],
    ['您最关注的议题', (c) => row(['MES与生产数字化', '工业AI质检', '设备预测性维护', '供应链协同'], n(c) % 4), []],
    ['备注', (c) => row(['', '', '需要发票', '', '携带同事1人'], n(c) % 5), []],
  ] },
  // ---------------------------------------------------------------- Korea: waiting and reservations
  { name: 'tabling-weiting-yeyak-naeyeok-ko', product: '테이블링 / Tabling (테이블링 매장 관리자: 웨이팅·예약 내역 > 엑셀 다운로드, one row per waiting ticket or reservation, Korean UI, a Yeonnam-dong brunch café, KST)', family: 'booking', language: 'ko', schema: E, cols: [
    ['번호', (c, o, r, i) => String(i + 1), []],
    ['접수번호', (c, o) => `T${ymd(east(tbAt(o)), '').slice(2)}${pad(n(o) % 10000, 4)}`, ['_id', OR('purchaseID')]],
    ['구분', (c, o) => tbKind(o), [], opt],
    ['대기번호', (c, o) => (tbKind(o) === '웨이팅' ? String(1 + n(o) % 140) : ''), []],
    ['접수일시', (c, o) => dashT(east(tbKind(o) === '예약' ? tbAt(o) - (2 + n(o) % 9) * day : tbAt(o))), ['timestamp', OR('createdDate')]],
    ['방문예정일시', (c, o) => (tbKind(o) === '예약' ? dashM(east(tbAt(o))) : ''), [], opt],
    ['고객명', (c, o) => (n(o) % 6 === 4 ? '' : ko(c).full), []],
    ['연락처', (c) => ko(c).mobile, PHONE_ID, opt],
    ['총 인원', (c, o) => String(tbAdults(o) + tbKids(o)), [PL('quantity')], opt],
    ['성인', (c, o) => String(tbAdults(o)), []],
    ['유아', (c, o) => String(tbKids(o)), []],
    ['좌석 유형', (c, o) => row(['홀', '창가', '테라스', '홀', '상관없음'], n(o) % 5), []],
    ['상태', (c, o) => tbSt(o), []],
    ['입장일시', (c, o) => (tbSt(o) === '입장완료' ? dashT(east(tbAt(o) + (tbKind(o) === '웨이팅' ? tbWait(o) * 60000 : 300000))) : ''), [], opt],
    ['대기시간(분)', (c, o) => (tbKind(o) === '웨이팅' && tbSt(o) === '입장완료' ? String(tbWait(o)) : ''), []],
    ['취소일시', (c, o) => (tbSt(o) === '취소' ? dashT(east(tbAt(o) + 900000)) : ''), [OR('cancelDate')], opt],
    ['접수 경로', (c, o) => row(['현장 태블릿', '테이블링 앱', '원격 줄서기', '네이버 지도', '카카오맵'], n(o) % 5), [], opt],
    ['예약금', (c, o) => (tbKind(o) === '예약' ? won(10000 * tbAdults(o)) : ''), [OR('payments[0].paymentAmount'), OR('priceTotal')], opt],
    ['알림톡 발송', (c, o) => (n(o) % 6 === 4 ? 'N' : 'Y'), []],
    ['요청사항', (c, o) => row(['', '', '유아 의자 필요', '', '창가 자리 원해요', '반려견 동반 (소형견)'], n(o) % 6), []],
    ['매장 메모', (c, o) => row(['', '', '', '단골', '재방문 고객'], n(o) % 5), []],
  ] },
  // ---------------------------------------------------------------- Korea: payment gateway payments
  { name: 'payple-gyeolje-naeyeok-ko', product: '페이플 / Payple (파트너 관리자: 결제관리 > 결제내역 조회 > 엑셀 다운로드, one row per payment incl. 정기결제 renewals, Korean UI, a Seoul online coding-class company, KST, KRW)', family: 'payments', language: 'ko', schema: E, cols: [
    ['결제일시', (c, o) => dashT(east(ppAt(o))), ['timestamp', OR('createdDate')]],
    ['주문번호', (c, o) => `ord${ymd(east(ppAt(o)), '')}${pad(n(o) % 100000, 5)}`, [OR('purchaseID')]],
    ['거래번호', (c, o) => `${ymd(east(ppAt(o)), '').slice(2)}${pad((n(o) * 104729) % 10000000000, 10)}`, ['_id', OR('payments[0].transactionID')]],
    ['결제구분', (c, o) => ppKind(o), [], opt],
    ['결제수단', (c, o) => ppMethod(o), [OR('payments[0].paymentType')]],
    ['상품명', (c, o) => ppItem(o)[0], [PL('name')]],
    ['결제금액', (c, o) => won(ppItem(o)[1]), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['공급가액', (c, o) => won(ppItem(o)[1] - Math.round(ppItem(o)[1] / 11)), [], opt],
    ['부가세', (c, o) => won(Math.round(ppItem(o)[1] / 11)), [OR('taxAmount')]],
    ['결제상태', (c, o) => ppSt(o), []],
    ['취소일시', (c, o) => (ppCancel(o) ? dashT(east(ppAt(o) + (1 + n(o) % 6) * day)) : ''), [OR('cancelDate')], opt],
    ['취소금액', (c, o) => won(ppCancel(o)), [OR('refunds[0].refundAmount'), OR('refundTotal')]],
    ['회원번호', (c) => `U${pad(n(c) % 1000000, 7)}`, CUST_ID, opt],
    ['구매자명', (c) => ko(c).full, []],
    ['구매자 휴대폰', (c) => ko(c).mobile.replace(/-/g, ''), PHONE_ID, opt],
    ['구매자 이메일', (c) => ko(c).email, EMAIL_ID],
    ['카드사/은행', (c, o) => (ppMethod(o) === '카드' ? ppCard(o)[0] : row(['KB국민은행', '신한은행', '카카오뱅크', '토스뱅크'], n(o) % 4)), [], opt],
    ['카드번호', (c, o) => (ppMethod(o) === '카드' ? `${ppCard(o)[1]}-${pad(n(o) % 100, 2)}**-****-${pad((n(o) * 37) % 10000, 4)}` : ''), []],
    ['할부', (c, o) => (ppMethod(o) !== '카드' ? '' : ppItem(o)[1] >= 1000000 ? '6개월' : ppItem(o)[1] >= 250000 ? '3개월' : '일시불'), []],
    ['승인번호', (c, o) => (ppMethod(o) === '카드' ? pad((n(o) * 7919) % 100000000, 8) : ''), [], opt],
    ['정산예정일', (c, o) => ymd(east(ppAt(o) + (ppMethod(o) === '카드' ? 3 : 1) * day)), []],
  ] },
  // ---------------------------------------------------------------- Korea: restaurant POS point members
  { name: 'unionpos-hoewon-johoe-ko', product: '유니온포스 / UnionPOS (유니온포스 ASP 웹 관리: 고객관리 > 회원조회 > 엑셀 다운로드, one row per member, Korean UI, a Suwon pork-soup (국밥) chain\'s point and prepaid members)', family: 'loyalty', language: 'ko', schema: P, cols: [
    ['회원코드', (c) => String(200000 + n(c) % 800000), ['_id', 'personID']],
    ['회원명', (c) => ko(c).full, ['person.name.fullName']],
    ['휴대폰', (c) => ko(c).mobile, ['mobilePhone.number']],
    ['회원카드번호', (c) => (n(c) % 3 === 0 ? `1205${pad((n(c) * 7919) % 1000000000000, 12)}` : ''), ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]'], opt],
    ['성별', (c) => (ko(c).female ? '여' : '남'), ['person.gender']],
    ['생년월일', (c) => (upShowBirth(c) ? ymd(bd(c.birth)) : ''), ['person.birthDate']],
    ['음력', (c) => (upShowBirth(c) && n(c) % 7 === 2 ? 'Y' : 'N'), []],
    ['기념일', (c) => (n(c) % 5 === 1 ? `${pad(1 + n(c) % 12)}-${pad(1 + n(c) % 28)}` : ''), []],
    ['이메일', (c) => (n(c) % 3 === 1 ? ko(c).email : ''), ['personalEmail.address']],
    ['우편번호', (c) => (n(c) % 4 === 0 ? '' : sw(c)[1]), at(HOME, 'postalCode')],
    ['주소', (c) => (n(c) % 4 === 0 ? '' : `${sw(c)[0]} ${12 + n(c) % 300}`), at(HOME, 'street1')],
    ['회원등급', (c) => row(['일반', '일반', '단골', 'VIP', '일반'], n(c) % 5), ['loyalty.tier']],
    ['가용포인트', (c) => won((n(c) * 37) % 24000), ['loyalty.points']],
    ['누적포인트', (c) => won((n(c) * 37) % 24000 + (n(c) * 53) % 60000), ['loyalty.lifetimePoints']],
    ['사용포인트', (c) => won((n(c) * 53) % 60000), ['loyalty.pointsRedeemed']],
    ['소멸예정포인트', (c) => won(n(c) % 4 === 3 ? ((n(c) * 37) % 24000) >> 2 : 0), ['loyalty.pointsExpiration[0].pointsExpiring'], opt],
    ['선불잔액', (c) => won(n(c) % 6 === 1 ? 50000 - (n(c) % 5) * 9000 : 0), []],
    ['총이용금액', (c) => won(((n(c) * 59) % 900 + 10) * 1000), ['loyalty.lifetimePurchases'], opt],
    ['방문횟수', (c) => String(1 + (n(c) * 7) % 130), []],
    ['가입일', (c) => ymd(east(c.created)), ['loyalty.joinDate'], opt],
    ['최종방문일', (c) => ymd(east(later(c))), [], opt],
    ['가입매장', (c) => row(['수원역점', '광교점', '동탄점', '인계동점'], n(c) % 4), []],
    ['SMS수신동의', (c) => (c.bool ? '동의' : '거부'), [], opt],
    ['메모', (c) => row(['', '', '', '특 사이즈 선호', '단체 예약 담당자', '깍두기 추가'], n(c) % 6), []],
  ] },
  // ---------------------------------------------------------------- Korea: event attendees
  { name: 'event-us-chamgaja-list-ko', product: '이벤터스 / Event-us (이벤터스 호스트센터: 참가자 관리 > 참가자 목록 > 엑셀 다운로드, one row per ticket holder with the custom questions, Korean UI, a Seoul security-software vendor\'s cloud-security conference at COEX)', family: 'events', language: 'ko', schema: B, cols: [
    ['신청번호', (c) => String(3000000 + (n(c) * 7919) % 1000000), B2BID, opt],
    ['티켓명', (c) => evTicket(c)[0], [], opt],
    ['이름', (c) => ko(c).full, ['person.name.fullName']],
    ['이메일', (c) => (n(c) % 4 === 3 ? ko(c).email : `${ko(c).latinFirst}.${ko(c).latinLast}@${evFirm(c)[1]}`), WE],
    ['휴대폰 번호', (c) => ko(c).mobile, ['mobilePhone.number']],
    ['회사명', (c) => evFirm(c)[0], CO],
    ['부서', (c) => evRole(c)[0], ['extendedWorkDetails.departments[0]']],
    ['직급', (c) => evRole(c)[1], ['extendedWorkDetails.jobTitle']],
    ['직무', (c) => evRole(c)[2], [], opt],
    ['산업군', (c) => evFirm(c)[2], []],
    ['회사 규모', (c) => evFirm(c)[3], []],
    ['신청일시', (c) => dashT(east(EV_DAY - (2 + n(c) % 35) * day - (n(c) * 7001) % 40000000)), [], opt],
    ['결제금액', (c) => won(evTicket(c)[1]), []],
    ['결제수단', (c) => (evTicket(c)[1] ? row(['카드', '계좌이체', '카드'], n(c) % 3) : '무료'), []],
    ['상태', (c) => evSt(c), [], opt],
    ['체크인', (c) => (evIn(c) ? 'Y' : 'N'), []],
    ['체크인 일시', (c) => (evIn(c) ? dashT(east(EV_DAY + (n(c) % 80) * 60000)) : ''), [], opt],
    ['개인정보 수집 및 이용 동의', () => '동의', [], opt],
    ['마케팅 정보 수신 동의', (c) => (c.bool ? '동의' : '미동의'), [], opt],
    ['유입 경로', (c) => row(['뉴스레터', '링크드인', '지인 추천', '보안뉴스 배너', '영업 담당자 초대'], n(c) % 5), ['b2b.personSource'], opt],
    ['참가 목적', (c) => row(['제로트러스트 도입 검토', '업계 동향 파악', '솔루션 비교', '네트워킹'], n(c) % 4), []],
  ] },
]
