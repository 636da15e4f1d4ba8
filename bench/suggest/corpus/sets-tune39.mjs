// Round 39, tune39: tune sets added in round 39, written blind (by a helper that never opened the suggester or a
// score). Same format as sets.mjs (sources in ../README.md).
import { P, E, B, v, HOME, WORK, B2BID, ID, OR, SHIP, PL, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

const DAY = 86400000
// money: "1234.56" (China, Rapyd, dLocal, Trip.com), "1234" (yen), "1234,56" (Netherlands, Sweden)
const dot = (n) => n.toFixed(2)
const comma = (n) => n.toFixed(2).replace('.', ',')
const yen = (n) => String(Math.round(n))
// dates in the product's local time: Beijing +8, Tokyo +9, Amsterdam/Stockholm +1, Mexico City -6; Rapyd/dLocal UTC
const cnSlash = (ms) => { const p = shift(ms, 8); return `${p.y}/${p.m}/${p.d} ${pad(p.H)}:${pad(p.M)}` }
const num = (n) => String(+n.toFixed(2))
const ymdHms = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ymdHm = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}` }
const ymd = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const jpHms = (ms) => { const p = shift(ms, 9); return `${p.y}/${pad(p.m)}/${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const jpHm = (ms) => { const p = shift(ms, 9); return `${p.y}/${pad(p.m)}/${pad(p.d)} ${pad(p.H)}:${pad(p.M)}` }
const jpDay = (ms) => { const p = shift(ms, 9); return `${p.y}/${pad(p.m)}/${pad(p.d)}` }
const nlHms = (ms) => { const p = shift(ms, 1); return `${pad(p.d)}-${pad(p.m)}-${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const isoZ = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z')

// local people, places and goods the shared generators lack
const CN_PEOPLE = [['张伟', 'zhangwei'], ['王芳', 'wangfang'], ['李娜', 'lina'], ['刘洋', 'liuyang'], ['陈静', 'chenjing'], ['杨帆', 'yangfan'], ['赵磊', 'zhaolei'], ['黄丽', 'huangli'], ['周杰', 'zhoujie']]
const CN_ADDR = [['浙江省', '杭州市', '西湖区', '文三路 477 号华星科技大厦 8 楼', '310012'], ['广东省', '深圳市', '南山区', '粤海街道科技园南区 10 号', '518057'], ['北京市', '北京市', '朝阳区', '建国路 88 号 SOHO 现代城 2 号楼 1203', '100022'], ['上海市', '上海市', '浦东新区', '张江镇碧波路 690 号', '201203'], ['四川省', '成都市', '武侯区', '天府大道北段 1700 号', '610041'], ['江苏省', '南京市', '鼓楼区', '中山北路 283 号', '210009']]
const cnMobile = (r) => `1${v.pick(r, ['38', '39', '58', '86', '77', '35'])}${v.int(r, 10000000, 99999999)}`
const CN_TRIPS = [['三亚亚特兰蒂斯酒店 海景房 2 晚 含双早', 3288], ['上海迪士尼乐园 1 日门票 成人票', 599], ['丽江-大理 4 日 3 晚 跟团游', 1899], ['杭州西湖 游船票 成人', 70], ['厦门鼓浪屿 往返船票 + 导游讲解', 158], ['成都大熊猫繁育研究基地 门票', 55]]
const CN_CO = [['杭州云帆科技有限公司', '云帆科技', '91330106MA2B1X3K7Q'], ['深圳市鹏达电子有限公司', '鹏达电子', '91440300MA5F2Y6L1R'], ['北京华信咨询有限公司', '华信咨询', '91110105MA01C4N52E'], ['上海东方贸易有限公司', '东方贸易', '91310115MA1K3H8P2W'], ['成都蜀汇餐饮管理有限公司', '蜀汇餐饮', '91510107MA6C9T2D4X']]
const CN_JOBS = ['采购经理', '总经理', '财务主管', '行政专员', '销售总监', 'IT 主管']
const JP_PEOPLE = [['佐藤', '健太', 'サトウ', 'ケンタ', 'kenta.sato'], ['鈴木', '美咲', 'スズキ', 'ミサキ', 'misaki.suzuki'], ['高橋', '翔', 'タカハシ', 'ショウ', 'sho.takahashi'], ['田中', '陽菜', 'タナカ', 'ヒナ', 'hina.tanaka'], ['伊藤', '大輔', 'イトウ', 'ダイスケ', 'daisuke.ito'], ['渡辺', 'さくら', 'ワタナベ', 'サクラ', 'sakura.watanabe'], ['山本', '拓也', 'ヤマモト', 'タクヤ', 'takuya.yamamoto']]
const JP_ADDR = [['東京都', '渋谷区神南1-2-3', 'サンライズ神南 402', '150-0041'], ['大阪府', '大阪市北区梅田2-4-9', 'ブリーゼタワー 12F', '530-0001'], ['神奈川県', '横浜市西区みなとみらい3-5-1', '', '220-0012'], ['愛知県', '名古屋市中村区名駅4-7-1', 'ミッドランドスクエア 8F', '450-0002'], ['福岡県', '福岡市博多区博多駅前2-1-1', '', '812-0011'], ['北海道', '札幌市中央区北1条西2-1', 'ハイツ北一 205', '060-0001']]
const jpMobile = (r) => `0${v.pick(r, ['90', '80', '70'])}-${v.int(r, 1000, 9999)}-${v.int(r, 1000, 9999)}`
const jpPhone = (r) => `0${v.pick(r, ['3', '6', '52', '92'])}-${v.int(r, 1000, 9999)}-${v.int(r, 1000, 9999)}`
const JP_CO = [['株式会社サンプル商事', 'カブシキガイシャサンプルショウジ'], ['合同会社ミライデザイン', 'ゴウドウガイシャミライデザイン'], ['株式会社あおぞら食品', 'カブシキガイシャアオゾラショクヒン'], ['有限会社タケダ印刷', 'ユウゲンガイシャタケダインサツ'], ['株式会社ノースウェブ', 'カブシキガイシャノースウェブ']]
const BOOTH_ITEMS = [['4821934', 'オリジナルアクリルスタンド「星空の魔女」', '', 1500], ['3912057', 'イラスト本『夏の終わり』 B5 / 24P', '', 1000], ['5120448', '3Dアバター用衣装「パーカーセット」', 'フルセット', 2500], ['4418201', '缶バッジ 5 種セット', 'Aセット', 1200], ['2984410', 'ステッカー（防水）', '大', 500]]
const fbMonths = (c) => 1 + (+c.id % 36)
const FANBOX_PLANS = [['ちょっと応援プラン', 100], ['いつもありがとうプラン', 500], ['高解像度データプラン', 1000], ['制作過程まるごとプラン', 3000]]
const MX_PEOPLE = [['José Luis Hernández', 'MX', 'HEGJ850412HDFRRS09'], ['María Fernanda López', 'MX', 'LOPM920305MJCPRR04'], ['Ana Beatriz Souza', 'BR', '123.456.789-09'], ['Carlos Andrés Gómez', 'CO', '1020304050'], ['Lucía Martínez', 'AR', '30.123.456'], ['Rafael Oliveira', 'BR', '987.654.321-00'], ['Valentina Rojas', 'CL', '12.345.678-5']]
const LATAM = { MX: ['MXN', 18.5, ['OXXO', 'SPEI', 'VISA', 'MASTERCARD']], BR: ['BRL', 5.4, ['PIX', 'BOLETO', 'VISA', 'ELO']], CO: ['COP', 4200, ['PSE', 'EFECTY', 'VISA']], AR: ['ARS', 950, ['RAPIPAGO', 'VISA', 'MERCADOPAGO']], CL: ['CLP', 930, ['WEBPAY', 'KHIPU', 'MASTERCARD']] }
const RP_STATUS = ['CLO', 'CLO', 'ACT', 'CLO', 'CAN', 'ERR']
const DL_STATUS = [['PAID', 'El pago fue pagado.'], ['PAID', 'El pago fue pagado.'], ['PENDING', 'El pago está pendiente.'], ['PAID', 'El pago fue pagado.'], ['REJECTED', 'El pago fue rechazado por el banco.'], ['CANCELLED', 'El pago fue cancelado.']]
const dlMethod = (i) => { const m = LATAM[row(MX_PEOPLE, i)[1]][2]; return m[i % m.length] }
const SE_PEOPLE = [['Erik', 'Andersson'], ['Anna', 'Johansson'], ['Lars', 'Karlsson'], ['Maria', 'Nilsson'], ['Johan', 'Eriksson'], ['Karin', 'Larsson'], ['Oskar', 'Lindqvist'], ['Elin', 'Berg']]
const ascii = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')
const HOTEL_ROOMS = [['Deluxe King Room', 'Room Only', 128], ['Superior Twin Room', 'Breakfast Included', 142], ['Executive Suite', 'Breakfast Included', 265], ['Standard Double Room', 'Non-refundable, Room Only', 98]]
const TRIP_GUESTS = ['ZHANG/WEI', 'WANG/FANG', 'TAN/MEI LING', 'LI/NA', 'SMITH/JOHN', 'KIM/MINJUN', 'LIU/YANG', 'NGUYEN/THI LAN', 'CHEN/JING']
const CW_JOBS = [['ECサイトの商品説明文作成（1記事3,000字）', 'ライティング'], ['コーポレートサイトのWordPress改修', 'ホームページ制作・Webデザイン'], ['会社ロゴのデザイン', 'ロゴ作成'], ['データ入力（名刺 500 枚）', 'データ入力'], ['YouTube動画の編集（10本）', '動画編集']]

export const SETS = [
  // ---------------------------------------------------------------- e-commerce orders (Fliggy shop back office, 已卖出的宝贝 > 批量导出 订单报表, Simplified Chinese)
  { name: 'fliggy-dingdan-zh', product: 'Fliggy (飞猪 商家后台 / 卖家中心: 已卖出的宝贝 > 批量导出 > 订单报表, Simplified Chinese, one row per order)', family: 'ecommerce-orders', language: 'zh', schema: E, cols: [
    ['订单编号', (c, o, r) => `${v.int(r, 1000000, 9999999)}${v.int(r, 100000000, 999999999)}`, [OR('purchaseID'), '_id']],
    ['买家会员名', (c, o, r, i) => `${row(CN_PEOPLE, i)[1]}${v.int(r, 10, 9999)}`, [], opt],
    ['买家支付宝账号', (c, o, r, i) => `${row(CN_PEOPLE, i)[1].slice(0, 2)}***@163.com`, [], opt],
    ['买家应付货款', (c, o, r, i) => num(row(CN_TRIPS, i)[1] * o.qty), [], opt],
    ['买家应付邮费', () => '0', ['commerce.shipping.shippingAmount'], opt],
    ['买家支付积分', () => '0', []],
    ['总金额', (c, o, r, i) => num(row(CN_TRIPS, i)[1] * o.qty), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['返点积分', (c, o, r, i) => String(Math.floor(row(CN_TRIPS, i)[1] * o.qty / 100)), []],
    ['买家实际支付金额', (c, o, r, i) => num(row(CN_TRIPS, i)[1] * o.qty - (o.discount ? 20 : 0)), [OR('payments[0].paymentAmount'), OR('priceTotal')], opt],
    ['买家实际支付积分', () => '0', []],
    ['订单状态', (c, o, r, i) => ['交易成功', '交易成功', '买家已付款，等待卖家发货', '交易关闭'][i % 4], [], opt],
    ['买家留言', (c, o, r) => v.pick(r, ['', '', '请安排高楼层', '两位老人同行，需要轮椅']), []],
    ['收货人姓名', (c, o, r, i) => row(CN_PEOPLE, i + 2)[0], []],
    ['收货地址', (c, o, r, i) => { const a = row(CN_ADDR, i); return `${a[0]} ${a[1]} ${a[2]} ${a[3]}(${a[4]})` }, [SHIP('street1')], opt],
    ['运送方式', () => '虚拟物品', ['commerce.shipping.shippingMethod'], opt],
    ['联系电话', () => '', [], opt],
    ['联系手机', (c, o, r) => `'${cnMobile(r)}`, [], opt],
    ['订单创建时间', (c, o) => cnSlash(o.at), ['timestamp', OR('createdDate')]],
    ['订单付款时间', (c, o) => cnSlash(o.at + 60000), [], opt],
    ['宝贝标题', (c, o, r, i) => row(CN_TRIPS, i)[0], [PL('name')]],
    ['宝贝种类', () => '1', []],
    ['物流单号', () => '', ['commerce.shipping.trackingNumber'], opt],
    ['物流公司', () => '', ['commerce.shipping.shippingMethod'], opt],
    ['订单备注', (c, o, r) => v.pick(r, ['', '', '已确认房态', '出行人已核对']), []],
    ['宝贝总数量', (c, o) => String(o.qty), [PL('quantity')]],
    ['店铺Id', () => '178293446', []],
    ['店铺名称', () => '飞猪 云游假期旅行专营店', []],
    ['订单关闭原因', (c, o, r, i) => (i % 4 === 3 ? '买家不想买了' : '订单未关闭'), []],
    ['卖家服务费', () => '0', []],
    ['买家服务费', () => '0元', []],
    ['发票抬头', (c, o, r) => v.pick(r, ['', '', '个人', '杭州云帆科技有限公司']), []],
    ['是否手机订单', (c, o, r) => v.pick(r, ['手机订单', '手机订单', '']), []],
  ] },

  // ---------------------------------------------------------------- CRM/invoicing (Yonyou YonSuite 客户档案 > 导出, Simplified Chinese)
  { name: 'yonyou-kehu-zh', product: 'Yonyou (用友 YonSuite: 客户档案 > 导出 Excel/CSV, Simplified Chinese, one row per customer with its main contact)', family: 'crm', language: 'zh', schema: B, cols: [
    ['客户编码', (c, o, r, i) => `KH${pad(1000 + i, 6)}`, ['b2b.accountID', 'b2b.accountKey.sourceID']],
    ['客户名称', (c, o, r, i) => row(CN_CO, i)[0], ['b2b.companyName', 'organizations[0]']],
    ['客户简称', (c, o, r, i) => row(CN_CO, i)[1], [], opt],
    ['客户分类', (c, o, r) => v.pick(r, ['重点客户', '普通客户', '经销商']), []],
    ['所属行业', (c, o, r) => v.pick(r, ['信息技术', '批发零售', '制造业', '餐饮']), []],
    ['统一社会信用代码', (c, o, r, i) => row(CN_CO, i)[2], []],
    ['法人代表', (c, o, r, i) => row(CN_PEOPLE, i + 4)[0], []],
    ['联系人', (c, o, r, i) => row(CN_PEOPLE, i)[0], ['person.name.fullName']],
    ['职务', (c, o, r, i) => row(CN_JOBS, i), ['extendedWorkDetails.jobTitle']],
    ['手机', (c, o, r) => cnMobile(r), ['mobilePhone.number']],
    ['电话', (c, o, r) => `0${v.pick(r, ['571', '755', '10', '21', '28'])}-${v.int(r, 80000000, 89999999)}`, ['workPhone.number']],
    ['传真', (c, o, r) => (r() < 0.3 ? `0571-${v.int(r, 80000000, 89999999)}` : ''), ['faxPhone.number'], opt],
    ['邮箱', (c, o, r, i) => `${row(CN_PEOPLE, i)[1]}@${v.pick(r, ['yunfan-tech.cn', 'qq.com', '163.com'])}`, ['workEmail.address', 'personalEmail.address']],
    ['省份', (c, o, r, i) => row(CN_ADDR, i)[0], [...at([...WORK, ...HOME], 'stateProvince'), ...at([...WORK, ...HOME], 'state')]],
    ['城市', (c, o, r, i) => row(CN_ADDR, i)[1], at([...WORK, ...HOME], 'city')],
    ['地址', (c, o, r, i) => `${row(CN_ADDR, i)[2]}${row(CN_ADDR, i)[3]}`, at([...WORK, ...HOME], 'street1')],
    ['邮政编码', (c, o, r, i) => row(CN_ADDR, i)[4], at([...WORK, ...HOME], 'postalCode')],
    ['开户银行', (c, o, r) => v.pick(r, ['中国工商银行杭州西湖支行', '招商银行深圳科技园支行', '中国建设银行北京朝阳支行']), []],
    ['银行账号', (c, o, r) => `6222${v.int(r, 100000000, 999999999)}${v.int(r, 100000, 999999)}`, []],
    ['信用额度', (c, o, r) => dot(v.pick(r, [50000, 100000, 200000, 0])), []],
    ['专管业务员', (c, o, r, i) => row(CN_PEOPLE, i + 6)[0], []],
    ['分管部门', (c, o, r) => v.pick(r, ['华东销售部', '华南销售部', '大客户部']), [], opt],
    ['发展日期', (c) => ymd(c.created, 8), [], opt],
    ['停用', (c, o, r) => (r() < 0.1 ? '是' : '否'), [], opt],
    ['创建人', (c, o, r) => v.pick(r, ['管理员', '王芳', '刘洋']), ['extSourceSystemAudit.createdBy'], opt],
    ['创建时间', (c) => ymdHms(c.created, 8), ['extSourceSystemAudit.createdDate'], opt],
    ['修改时间', (c) => ymdHms(Math.max(c.created, c.updated), 8), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['备注', (c, o, r) => v.pick(r, ['', '', '年底集中采购', '需开具增值税专用发票']), []],
  ] },

  // ---------------------------------------------------------------- email/messaging tools (Weibo 粉丝服务平台, 粉丝管理 > 导出粉丝, Simplified Chinese)
  { name: 'weibo-fensi-zh', product: 'Weibo (微博 粉丝服务平台 / 企业版: 粉丝管理 > 导出粉丝列表, Simplified Chinese, one row per follower of a brand account)', family: 'email', language: 'zh', schema: P, cols: [
    ['用户ID', (c, o, r) => String(v.int(r, 1000000000, 7999999999)), ID, opt],
    ['昵称', (c, o, r, i) => `${v.pick(r, ['爱旅行的', '小', '吃货', '快乐的'])}${row(CN_PEOPLE, i)[1]}${v.int(r, 1, 999)}`, [], opt],
    ['备注名', (c, o, r, i) => (r() < 0.2 ? row(CN_PEOPLE, i)[0] : ''), [], opt],
    ['性别', (c) => (c.female ? '女' : '男'), ['person.gender']],
    ['所在地', (c, o, r, i) => `${row(CN_ADDR, i)[0].replace(/[省市]$/, '')} ${row(CN_ADDR, i)[1].replace(/市$/, '')}`, [], opt],
    ['省份', (c, o, r, i) => row(CN_ADDR, i)[0], [...at(HOME, 'stateProvince'), ...at(HOME, 'state')], opt],
    ['城市', (c, o, r, i) => row(CN_ADDR, i)[1], at(HOME, 'city'), opt],
    ['关注时间', (c) => ymdHms(c.created, 8), [], opt],
    ['粉丝数', (c, o, r) => String(v.int(r, 0, 20000)), []],
    ['关注数', (c, o, r) => String(v.int(r, 10, 2000)), []],
    ['微博数', (c, o, r) => String(v.int(r, 0, 9000)), []],
    ['认证类型', (c, o, r) => v.pick(r, ['普通用户', '普通用户', '普通用户', '黄V', '达人']), []],
    ['会员等级', (c, o, r) => v.pick(r, ['', '', 'VIP3', 'VIP6']), []],
    ['是否互相关注', (c, o, r) => (r() < 0.1 ? '是' : '否'), []],
    ['简介', (c, o, r) => v.pick(r, ['', '热爱生活，热爱旅行', '咖啡重度爱好者', '摄影 | 美食 | 猫']), []],
    ['标签', (c, o, r) => v.pick(r, ['', '旅游', '美食,摄影', '数码']), []],
    ['分组', (c, o, r) => v.pick(r, ['未分组', '未分组', '活动参与者', '老客户']), []],
    ['最近互动时间', (c) => ymdHms(c.updated, 8), [], opt],
    ['私信接收', (c) => (c.bool ? '允许' : '不允许'), [], opt],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (pixiv BOOTH, 注文管理 > 宛名印刷用CSV, Japanese)
  { name: 'booth-chumon-ja', product: 'Pixiv Booth (BOOTH ショップ管理: 注文管理 > 宛名印刷用CSVをダウンロード, Japanese, one row per order, the items in one cell)', family: 'ecommerce-orders', language: 'ja', schema: E, cols: [
    ['注文番号', (c, o, r) => String(v.int(r, 40000000, 59999999)), [OR('purchaseID'), '_id']],
    ['ユーザー識別コード', (c, o, r) => v.alnum(r, 8).toLowerCase(), ['endUserIDs._experience.aacustomid.id'], opt],
    ['お支払方法', (c, o, r) => v.pick(r, ['クレジットカード', 'クレジットカード', 'pixivコイン', 'コンビニ払い', '楽天ペイ', '銀行振込', 'PayPal']), [OR('payments[0].paymentType')]],
    ['注文状況', (c, o, r) => v.pick(r, ['発送済み', '発送済み', '支払済み', '支払待ち', 'キャンセル']), [], opt],
    ['注文日時', (c, o) => ymdHms(o.at, 9), ['timestamp', OR('createdDate')]],
    ['支払い日時', (c, o, r) => (r() < 0.9 ? ymdHms(o.at + v.int(r, 1, 3600) * 1000, 9) : ''), [], opt],
    ['発送日時', (c, o, r) => (r() < 0.6 ? ymdHms(o.at + 2 * DAY, 9) : ''), [], opt],
    ['合計金額', (c, o, r, i) => yen(row(BOOTH_ITEMS, i)[3] * o.qty + (o.shipping ? 370 : 0)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['郵便番号', (c, o, r, i) => row(JP_ADDR, i)[3], [SHIP('postalCode')]],
    ['都道府県', (c, o, r, i) => row(JP_ADDR, i)[0], [SHIP('stateProvince'), SHIP('state')]],
    ['市区町村・丁目・番地', (c, o, r, i) => row(JP_ADDR, i)[1], [SHIP('street1'), SHIP('city')]],
    ['マンション・建物名・部屋番号', (c, o, r, i) => row(JP_ADDR, i)[2], [SHIP('street2')]],
    ['氏名', (c, o, r, i) => `${row(JP_PEOPLE, i)[0]} ${row(JP_PEOPLE, i)[1]}`, []],
    ['電話番号', (c, o, r) => jpMobile(r), [], opt],
    ['商品ID / 数量 / 商品名', (c, o, r, i) => { const it = row(BOOTH_ITEMS, i); return `商品ID : ${it[0]} / 数量 : ${o.qty} / ${it[1]}${it[2] ? ` (${it[2]})` : ''}` }, [PL('name')], opt],
  ] },

  // ---------------------------------------------------------------- memberships (pixivFANBOX, 支援者管理 > 支援者一覧 > CSVダウンロード, Japanese)
  { name: 'fanbox-shiensha-ja', product: 'Fanbox (pixivFANBOX クリエイター管理画面: 支援者管理 > 支援者一覧 > CSVをダウンロード, Japanese, one row per supporter)', family: 'memberships', language: 'ja', schema: P, cols: [
    ['ユーザーID', (c, o, r) => String(v.int(r, 1000000, 99999999)), ID, opt],
    ['ユーザー名', (c, o, r, i) => v.pick(r, [`${row(JP_PEOPLE, i)[3].slice(0, 2)}@お絵描き垢`, `${row(JP_PEOPLE, i)[4].split('.')[0]}`, `ねこすき${v.int(r, 1, 99)}`]), [], opt],
    ['pixiv ID', (c, o, r, i) => `${row(JP_PEOPLE, i)[4].split('.')[0]}_${v.int(r, 10, 999)}`, [], opt],
    ['プラン名', (c, o, r, i) => row(FANBOX_PLANS, i)[0], []],
    ['支援金額', (c, o, r, i) => yen(row(FANBOX_PLANS, i)[1]), []],
    ['支援開始日', (c) => jpDay(c.created), [], opt],
    ['最終支援月', (c) => { const p = shift(c.created + fbMonths(c) * 30 * DAY, 9); return `${p.y}/${pad(p.m)}` }, [], opt],
    ['支援継続月数', (c) => String(fbMonths(c)), []],
    ['累計支援額', (c, o, r, i) => yen(row(FANBOX_PLANS, i)[1] * fbMonths(c)), []],
    ['状態', (c, o, r) => v.pick(r, ['支援中', '支援中', '支援中', '支援停止']), [], opt],
    ['フォロー', (c, o, r) => (r() < 0.9 ? 'フォロー中' : ''), []],
    ['支援時のメッセージ', (c, o, r) => v.pick(r, ['', '', '新作楽しみにしてます！', 'いつも素敵な作品をありがとうございます']), []],
    ['支援者限定特典の受取', (c, o, r) => (r() < 0.5 ? '受取済み' : '未受取'), []],
  ] },

  // ---------------------------------------------------------------- CRM/invoicing (Money Forward クラウド請求書, 取引先 > 取引先一覧 > CSVエクスポート, Japanese)
  { name: 'moneyforward-torihikisaki-ja', product: 'Money Forward (マネーフォワード クラウド請求書: 取引先 > 取引先一覧 > CSVエクスポート, Japanese, one row per partner department/contact)', family: 'crm', language: 'ja', schema: B, cols: [
    ['取引先コード', (c, o, r, i) => `C${pad(i + 1, 4)}`, ['b2b.accountID', 'b2b.accountKey.sourceID']],
    ['取引先名称', (c, o, r, i) => row(JP_CO, i)[0], ['b2b.companyName', 'organizations[0]']],
    ['取引先名称（カナ）', (c, o, r, i) => row(JP_CO, i)[1], [], opt],
    ['取引先敬称', () => '御中', []],
    ['部門名', (c, o, r) => v.pick(r, ['', '経理部', '総務部', '営業部']), ['extendedWorkDetails.departments[0]'], opt],
    ['担当者役職', (c, o, r) => v.pick(r, ['', '部長', '課長', '主任']), ['extendedWorkDetails.jobTitle']],
    ['担当者氏名', (c, o, r, i) => `${row(JP_PEOPLE, i)[0]} ${row(JP_PEOPLE, i)[1]}`, ['person.name.fullName']],
    ['担当者敬称', () => '様', ['person.name.courtesyTitle'], opt],
    ['郵便番号', (c, o, r, i) => row(JP_ADDR, i)[3], at([...WORK, ...HOME], 'postalCode')],
    ['都道府県', (c, o, r, i) => row(JP_ADDR, i)[0], [...at([...WORK, ...HOME], 'stateProvince'), ...at([...WORK, ...HOME], 'state')]],
    ['住所1', (c, o, r, i) => row(JP_ADDR, i)[1], at([...WORK, ...HOME], 'street1')],
    ['住所2', (c, o, r, i) => row(JP_ADDR, i)[2], at([...WORK, ...HOME], 'street2')],
    ['電話番号', (c, o, r) => jpPhone(r), ['workPhone.number']],
    ['メールアドレス', (c, o, r, i) => `${row(JP_PEOPLE, i)[4]}@${v.pick(r, ['sample-shoji.co.jp', 'mirai-design.jp', 'aozora-foods.co.jp'])}`, ['workEmail.address', 'personalEmail.address']],
    ['CCメールアドレス', (c, o, r) => (r() < 0.3 ? `keiri@${v.pick(r, ['sample-shoji.co.jp', 'aozora-foods.co.jp'])}` : ''), [], opt],
    ['登録番号', (c, o, r) => (r() < 0.8 ? `T${v.int(r, 1000000, 9999999)}${v.int(r, 100000, 999999)}` : ''), []],
    ['支払期限', (c, o, r) => v.pick(r, ['翌月末', '翌月末', '当月末', '翌々月10日']), []],
    ['振込手数料', (c, o, r) => v.pick(r, ['先方負担', '当方負担']), []],
    ['メモ', (c, o, r) => v.pick(r, ['', '', '請求書は郵送も必要', '担当者変更 2024/04']), []],
    ['作成日時', (c) => jpHm(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['更新日時', (c) => jpHm(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },

  // ---------------------------------------------------------------- B2B (CrowdWorks, クライアント: 契約一覧 > CSVダウンロード, Japanese, one row per contract with a worker)
  { name: 'crowdworks-keiyaku-ja', product: 'CrowdWorks (クラウドワークス クライアント画面: 契約一覧 > CSVダウンロード, Japanese, one row per contract with a freelance worker)', family: 'b2b-leads', language: 'ja', schema: B, cols: [
    ['契約ID', (c, o, r) => String(v.int(r, 10000000, 19999999)), [], opt],
    ['仕事ID', (c, o, r) => String(v.int(r, 9000000, 11999999)), []],
    ['仕事タイトル', (c, o, r, i) => row(CW_JOBS, i)[0], []],
    ['カテゴリ', (c, o, r, i) => row(CW_JOBS, i)[1], [], opt],
    ['契約形式', (c, o, r) => v.pick(r, ['固定報酬制', '固定報酬制', '時間単価制', 'タスク形式']), []],
    ['ワーカーID', (c, o, r) => String(v.int(r, 1000000, 5999999)), B2BID, opt],
    ['ワーカー名', (c, o, r, i) => v.pick(r, [`${row(JP_PEOPLE, i)[0]} ${row(JP_PEOPLE, i)[1]}`, `${row(JP_PEOPLE, i)[4].split('.')[0]}_design`]), ['person.name.fullName'], opt],
    ['所在地', (c, o, r, i) => row(JP_ADDR, i)[0], [...at([...WORK, ...HOME], 'stateProvince'), ...at([...WORK, ...HOME], 'state')], opt],
    ['本人確認', (c, o, r) => (r() < 0.8 ? '済' : '未'), []],
    ['契約日', (c, o) => jpDay(o.at), ['extSourceSystemAudit.createdDate'], opt],
    ['納期', (c, o) => jpDay(o.at + 14 * DAY), []],
    ['契約金額（税込）', (c, o, r) => yen(v.pick(r, [11000, 33000, 55000, 8800, 110000])), []],
    ['時間単価', (c, o, r) => v.pick(r, ['', '', '1500', '2200']), []],
    ['システム利用料', (c, o, r) => yen(v.pick(r, [550, 1650, 2750])), []],
    ['仮払い状況', (c, o, r) => v.pick(r, ['仮払い済み', '仮払い済み', '未仮払い']), []],
    ['契約状態', (c, o, r) => v.pick(r, ['作業中', '検収待ち', '契約終了', '契約終了']), ['b2b.personStatus'], opt],
    ['評価', (c, o, r) => v.pick(r, ['', '5', '5', '4']), []],
    ['最終メッセージ日時', (c, o) => jpHm(o.at + 5 * DAY), ['extSourceSystemAudit.lastActivityDate'], opt],
  ] },

  // ---------------------------------------------------------------- payments (Rapyd Client Portal, Collect > Payments > Export CSV, English UI)
  { name: 'rapyd-payments', product: 'Rapyd (Client Portal: Collect > Payments > Export to CSV, English UI, columns after the payment object\'s fields, one row per payment)', family: 'payments', language: 'en', schema: E, cols: [
    ['Payment ID', (c, o, r) => `payment_${v.hex(r, 32)}`, [OR('payments[0].transactionID'), '_id']],
    ['Created At', (c, o) => isoZ(o.at), ['timestamp', OR('createdDate')]],
    ['Paid At', (c, o, r, i) => (RP_STATUS[i % 6] === 'CLO' ? isoZ(o.at + 30000) : ''), [], opt],
    ['Status', (c, o, r, i) => RP_STATUS[i % 6], [], opt],
    ['Amount', (c, o) => dot(o.total), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Currency', (c, o, r) => v.pick(r, ['USD', 'USD', 'EUR', 'SGD']), [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Original Amount', (c, o) => dot(o.total), [], opt],
    ['Merchant Requested Currency', (c, o, r) => v.pick(r, ['', '', 'MXN', 'PHP']), [], opt],
    ['FX Rate', (c, o, r) => v.pick(r, ['', '', '18.2391', '56.1120']), []],
    ['Country', (c, o, r) => v.pick(r, ['US', 'MX', 'SG', 'PH', 'DE']), [], opt],
    ['Payment Method Type', (c, o, r) => v.pick(r, ['us_visa_card', 'mx_oxxo_cash', 'sg_paynow_bank', 'ph_gcash_ewallet', 'de_sepa_bank']), [OR('payments[0].paymentType')], opt],
    ['Payment Method Category', (c, o, r) => v.pick(r, ['card', 'cash', 'bank_transfer', 'ewallet']), [OR('payments[0].paymentType')], opt],
    ['Merchant Reference ID', (c, o) => `order-${o.id}`, [OR('purchaseID')]],
    ['Customer ID', (c, o, r) => `cus_${v.hex(r, 32)}`, ['endUserIDs._experience.aacustomid.id'], opt],
    ['Customer Name', (c) => c.full, []],
    ['Customer Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Description', (c, o) => o.name, [PL('name')], opt],
    ['Statement Descriptor', () => 'ACME STORE', []],
    ['Wallet ID', (c, o, r) => `ewallet_${v.hex(r, 32)}`, []],
    ['Refunded Amount', (c, o, r, i) => (i % 12 === 3 ? dot(o.total) : '0'), [OR('refundTotal'), 'commerce.order.refunds[0].refundAmount'], opt],
    ['Failure Code', (c, o, r, i) => (RP_STATUS[i % 6] === 'ERR' ? 'ERROR_CARD_DECLINED' : ''), []],
    ['Failure Message', (c, o, r, i) => (RP_STATUS[i % 6] === 'ERR' ? 'The card was declined by the issuer.' : ''), []],
    ['Fee', (c, o) => dot(o.total * 0.029 + 0.3), []],
    ['Net Amount', (c, o) => dot(o.total * 0.971 - 0.3), []],
  ] },

  // ---------------------------------------------------------------- payments (dLocal Merchant Dashboard, Pagos > Exportar, Spanish UI, Latin America)
  { name: 'dlocal-pagos-es', product: 'dLocal (Merchant Dashboard: Pagos > Transacciones > Exportar CSV, Spanish UI, Latin American pay-ins, one row per payment)', family: 'payments', language: 'es', schema: E, cols: [
    ['ID de pago', (c, o, r) => `D-${v.int(r, 4000, 4999)}-${v.uuid(r)}`, [OR('payments[0].transactionID'), '_id']],
    ['ID de orden', (c, o) => `ORD-${pad(+o.id, 7)}`, [OR('purchaseID'), '_id']],
    ['Fecha de creación', (c, o) => ymdHms(o.at), ['timestamp', OR('createdDate')]],
    ['Fecha de aprobación', (c, o, r, i) => (DL_STATUS[i % 6][0] === 'PAID' ? ymdHms(o.at + v.int(r, 1, 48) * 3600000) : ''), [], opt],
    ['País', (c, o, r, i) => row(MX_PEOPLE, i)[1], [], opt],
    ['Método de pago', (c, o, r, i) => dlMethod(i), [OR('payments[0].paymentType')]],
    ['Tipo de método de pago', (c, o, r, i) => { const m = dlMethod(i); return /VISA|MASTERCARD|ELO/.test(m) ? 'CARD' : /OXXO|BOLETO|EFECTY|RAPIPAGO/.test(m) ? 'TICKET' : 'BANK_TRANSFER' }, [OR('payments[0].paymentType')], opt],
    ['Monto', (c, o, r, i) => dot(o.total * LATAM[row(MX_PEOPLE, i)[1]][1]), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Moneda', (c, o, r, i) => LATAM[row(MX_PEOPLE, i)[1]][0], [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Monto en USD', (c, o) => dot(o.total * 1.08), [], opt],
    ['Tipo de cambio', (c, o, r, i) => String(LATAM[row(MX_PEOPLE, i)[1]][1]), []],
    ['Estado', (c, o, r, i) => DL_STATUS[i % 6][0], [], opt],
    ['Detalle del estado', (c, o, r, i) => DL_STATUS[i % 6][1], [], opt],
    ['Nombre del pagador', (c, o, r, i) => row(MX_PEOPLE, i)[0], []],
    ['Email del pagador', (c, o, r, i) => `${ascii(row(MX_PEOPLE, i)[0].split(' ')[0])}.${ascii(row(MX_PEOPLE, i)[0].split(' ').slice(-1)[0])}${v.int(r, 1, 99)}@gmail.com`, ['endUserIDs._experience.emailid.id'], opt],
    ['Documento del pagador', (c, o, r, i) => row(MX_PEOPLE, i)[2], []],
    ['Descripción', (c, o) => o.name, [PL('name')], opt],
    ['Cuotas', (c, o, r) => v.pick(r, ['1', '1', '3', '6']), []],
    ['Marca de tarjeta', (c, o, r, i) => ({ VISA: 'VI', MASTERCARD: 'MC', ELO: 'EL' })[dlMethod(i)] ?? '', []],
    ['Últimos 4 dígitos', (c, o, r, i) => (/VISA|MASTERCARD|ELO/.test(dlMethod(i)) ? String(v.int(r, 1000, 9999)) : ''), []],
    ['Comisión', (c, o, r, i) => dot(o.total * LATAM[row(MX_PEOPLE, i)[1]][1] * 0.035), []],
    ['Impuestos retenidos', (c, o, r, i) => dot(o.total * LATAM[row(MX_PEOPLE, i)[1]][1] * 0.004), []],
    ['Monto neto', (c, o, r, i) => dot(o.total * LATAM[row(MX_PEOPLE, i)[1]][1] * 0.961), []],
    ['Fecha de liquidación', (c, o) => ymd(o.at + 7 * DAY), []],
  ] },

  // ---------------------------------------------------------------- payments (Pay.nl / PAY., Admin > Transacties > Exporteren CSV, Dutch UI)
  { name: 'paynl-transacties-nl', product: 'Pay.nl (PAY. admin: Transacties > Transactieoverzicht > Exporteren naar CSV, Dutch UI, one row per transaction)', family: 'payments', language: 'nl', schema: E, cols: [
    ['Transactie ID', (c, o, r) => `${v.int(r, 1000000000, 2999999999)}X${v.hex(r, 6)}`, [OR('payments[0].transactionID'), '_id']],
    ['Order ID', (c, o) => String(100000 + +o.id), [OR('purchaseID'), '_id']],
    ['Datum', (c, o) => nlHms(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o, r, i) => ['Betaald', 'Betaald', 'Geannuleerd', 'Betaald', 'Verlopen', 'Terugbetaald'][i % 6], [], opt],
    ['Betaalmethode', (c, o, r) => v.pick(r, ['iDEAL', 'iDEAL', 'iDEAL', 'Bancontact', 'Visa/Mastercard', 'PayPal', 'Achteraf betalen (in3)']), [OR('payments[0].paymentType')]],
    ['Bank', (c, o, r) => v.pick(r, ['ING', 'Rabobank', 'ABN AMRO', 'ASN Bank', '']), []],
    ['Bedrag', (c, o) => comma(o.total), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Valuta', () => 'EUR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Omschrijving', (c, o) => `Bestelling ${100000 + +o.id}`, [], opt],
    ['Naam', (c) => c.full, []],
    ['E-mailadres', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['IBAN klant', (c, o, r) => (r() < 0.6 ? `NL${v.int(r, 10, 99)}${v.pick(r, ['INGB', 'RABO', 'ABNA'])}0${v.int(r, 100000000, 999999999)}` : ''), []],
    ['IP-adres', (c, o, r) => v.ip4(r), []],
    ['Land', () => 'NL', [], opt],
    ['Kosten', (c, o, r) => v.pick(r, ['0,29', '0,29', '0,39', '0,25']), []],
    ['Service ID', () => 'SL-1234-5678', []],
    ['Website', () => 'www.fietsenwinkel-de-jong.nl', []],
    ['Extra 1', (c, o, r) => v.pick(r, ['', '', 'nieuwsbrief', 'google']), [], opt],
    ['Extra 2', (c, o, r) => v.pick(r, ['', '', `klant-${v.int(r, 1000, 9999)}`]), []],
    ['Promotor ID', (c, o, r) => v.pick(r, ['0', '0', '0', '12345']), []],
    ['Uitbetaaldatum', (c, o) => ymd(o.at + 2 * DAY), []],
    ['Terugbetaald bedrag', (c, o, r, i) => (i % 6 === 5 ? comma(o.total) : '0,00'), [OR('refundTotal'), 'commerce.order.refunds[0].refundAmount'], opt],
  ] },

  // ---------------------------------------------------------------- payments (Bambora / Worldline Checkout, Transaktioner > Exportera, Swedish UI)
  { name: 'bambora-transaktioner-sv', product: 'Bambora (Worldline Bambora Checkout merchant portal: Transaktioner > Exportera CSV, Swedish UI, one row per online card/Swish payment)', family: 'payments', language: 'sv', schema: E, cols: [
    ['Transaktions-ID', (c, o, r) => `T${v.int(r, 100000000, 999999999)}${v.int(r, 1000, 9999)}`, [OR('payments[0].transactionID'), '_id']],
    ['Ordernummer', (c, o) => String(20000 + +o.id), [OR('purchaseID'), '_id']],
    ['Skapad', (c, o) => ymdHm(o.at, 1), ['timestamp', OR('createdDate')]],
    ['Status', (c, o, r, i) => ['Debiterad', 'Debiterad', 'Auktoriserad', 'Debiterad', 'Krediterad', 'Annullerad'][i % 6], [], opt],
    ['Belopp', (c, o) => comma(o.total * 11), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Valuta', () => 'SEK', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Debiterat belopp', (c, o, r, i) => (i % 6 === 2 || i % 6 === 5 ? '0,00' : comma(o.total * 11)), [OR('payments[0].paymentAmount')], opt],
    ['Krediterat belopp', (c, o, r, i) => (i % 6 === 4 ? comma(o.total * 11) : '0,00'), [OR('refundTotal'), 'commerce.order.refunds[0].refundAmount'], opt],
    ['Betalningsmetod', (c, o, r) => v.pick(r, ['Visa', 'Visa', 'Mastercard', 'Swish', 'Klarna', 'American Express']), [OR('payments[0].paymentType')]],
    ['Kortnummer', (c, o, r) => `${v.pick(r, ['4571', '5213', '4917'])}XXXXXXXX${v.int(r, 1000, 9999)}`, []],
    ['Utgångsdatum', (c, o, r) => `${pad(v.int(r, 1, 12))}/${v.int(r, 26, 30)}`, []],
    ['Kortinnehavare', (c, o, r, i) => row(SE_PEOPLE, i).join(' ').toUpperCase(), []],
    ['E-post', (c, o, r, i) => `${ascii(row(SE_PEOPLE, i)[0])}.${ascii(row(SE_PEOPLE, i)[1])}@${v.pick(r, ['gmail.com', 'telia.com', 'hotmail.se'])}`, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefonnummer', (c, o, r) => `+46 7${v.pick(r, ['0', '2', '3', '6'])} ${v.int(r, 100, 999)} ${v.int(r, 10, 99)} ${v.int(r, 10, 99)}`, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Avgift', (c, o) => comma(o.total * 11 * 0.014 + 1.8), []],
    ['3-D Secure', (c, o, r) => v.pick(r, ['Ja', 'Ja', 'Nej']), []],
    ['Kortutgivarland', (c, o, r) => v.pick(r, ['SE', 'SE', 'SE', 'NO', 'DE']), []],
    ['Butik', () => 'Nordic Outdoor AB', []],
    ['Handlarnummer', () => 'T123456701', []],
    ['Text', (c, o) => `Order ${20000 + +o.id}`, [], opt],
    ['Kvittonummer', (c, o, r) => String(v.int(r, 100000, 999999)), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Trip.com ebooking hotel partner portal, Orders > Export, English UI)
  { name: 'tripcom-bookings', product: 'Trip.com (Trip.com Group eBooking hotel partner portal: Orders > Order List > Export, English UI, a Singapore hotel, one row per booking)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order No.', (c, o, r) => String(v.int(r, 1000000000, 1999999999) * 10 + v.int(r, 0, 9)), [OR('purchaseID'), '_id']],
    ['Hotel Confirmation No.', (c, o, r) => (r() < 0.8 ? `SGH${v.int(r, 100000, 999999)}` : ''), [], opt],
    ['Booking Time', (c, o) => ymdHm(o.at, 8), ['timestamp', OR('createdDate')]],
    ['Channel', (c, o, r) => v.pick(r, ['Trip.com', 'Trip.com', 'Ctrip', 'Qunar']), [], opt],
    ['Guest Name', (c, o, r, i) => row(TRIP_GUESTS, i), []],
    ['Number of Guests', (c, o, r) => String(v.int(r, 1, 3)), []],
    ['Room Type', (c, o, r, i) => row(HOTEL_ROOMS, i)[0], [PL('name')], opt],
    ['Rate Plan', (c, o, r, i) => row(HOTEL_ROOMS, i)[1], [], opt],
    ['Rooms', (c, o, r) => String(v.pick(r, [1, 1, 1, 2])), [PL('quantity')], opt],
    ['Check-in', (c, o) => ymd(o.at + 21 * DAY, 8), [], opt],
    ['Check-out', (c, o) => ymd(o.at + 23 * DAY, 8), []],
    ['Nights', () => '2', [PL('quantity')], opt],
    ['Payment Type', (c, o, r) => v.pick(r, ['Prepay', 'Prepay', 'Pay at Hotel']), [OR('payments[0].paymentType')], opt],
    ['Currency', () => 'SGD', [OR('currencyCode')]],
    ['Total Price', (c, o, r, i) => dot(row(HOTEL_ROOMS, i)[2] * 2 * 1.09), [OR('priceTotal')]],
    ['Commission', (c, o, r, i) => dot(row(HOTEL_ROOMS, i)[2] * 2 * 0.15), []],
    ['Net Price', (c, o, r, i) => dot(row(HOTEL_ROOMS, i)[2] * 2 * 0.94), []],
    ['Order Status', (c, o, r) => v.pick(r, ['Confirmed', 'Confirmed', 'Checked out', 'Cancelled', 'No-show']), [], opt],
    ['Cancellation Policy', (c, o, r, i) => (i % 4 === 3 ? 'Non-refundable' : 'Free cancellation before 18:00 on check-in day'), []],
    ['Special Requests', (c, o, r) => v.pick(r, ['', '', 'Non-smoking room', 'High floor, quiet room', 'Late check-in around 23:00']), []],
    ['Arrival Time', (c, o, r) => v.pick(r, ['', '14:00-18:00', '20:00-24:00']), []],
    ['Member Level', (c, o, r) => v.pick(r, ['', 'Silver', 'Gold', 'Platinum']), []],
  ] },
]
