// Round 48, tune48: tune sets written blind (by a helper that never opened the suggester, its tests, a held-out set or a
// score). Chinese-language tools of mainland China, Taiwan and Hong Kong. Same format as sets.mjs (sources in ../README.md).
import { E, P, v, HOME, OR, SHIP, PL, GEO, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

// local date formats, all UTC+8 (mainland China, Taiwan, Hong Kong)
// "2024-05-22 14:31:07" (mainland tools, Boutir) and "2024-05-22"
const cnDT = (ms) => { const p = shift(ms, 8); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const cnD = (ms) => { const p = shift(ms, 8); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
// "2024/05/22 14:31:07", "2024/05/22 14:31" and "2024/05/22" (Taiwanese back offices)
const twDT = (ms) => { const p = shift(ms, 8); return `${p.y}/${pad(p.m)}/${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const twDTm = (ms) => twDT(ms).slice(0, 16)
const twD = (ms) => twDT(ms).slice(0, 10)
// "22/05/2024 14:31:07" and "22/05/2024" (Hong Kong)
const hkDT = (ms) => { const p = shift(ms, 8); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const hkD = (ms) => hkDT(ms).slice(0, 10)
const day = 86400000
const thou = (n, dp = 0) => n.toFixed(dp).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
const slug = (s) => s.toLowerCase().replace(/[^a-z]/g, '')

// people, places and goods
const CN_PEOPLE = [['张伟', '男', 'zhangwei'], ['王芳', '女', 'wangfang'], ['李娜', '女', 'lina'], ['刘洋', '男', 'liuyang'], ['陈静', '女', 'chenjing'], ['杨磊', '男', 'yanglei'], ['赵敏', '女', 'zhaomin'], ['黄晓明', '男', 'huangxiaoming'], ['周婷', '女', 'zhouting']]
const CN_NICK = ['小鱼儿', 'Sunny', '知足常乐', '🍀三月', 'Kevin', '阿杰', '静待花开', 'Lily_W', '晴天']
const CN_PLACES = [['广东省', '深圳市', '南山区', '科技园南区深南大道10000号'], ['上海市', '上海市', '浦东新区', '世纪大道100号'], ['北京市', '北京市', '朝阳区', '建国路88号'], ['浙江省', '杭州市', '西湖区', '文三路259号'], ['四川省', '成都市', '武侯区', '天府大道北段1700号'], ['江苏省', '南京市', '鼓楼区', '中山北路30号']]
const cnMobile = (r) => `1${v.pick(r, ['38', '39', '58', '86', '35', '77', '88'])}${v.int(r, 10000000, 99999999)}`
const CN_CO = ['深圳市腾云科技有限公司', '上海优品贸易有限公司', '杭州数智信息技术有限公司', '', '']
const TM_STAFF = [['李明', '华东销售一部'], ['王雪', '课程顾问组'], ['陈浩', '华南销售部'], ['孙悦', '课程顾问组']]
const CF_STAFF = ['美容顾问-Amy', '店长-小王', '导购-佳佳', '客服-Coco']
const TW_PEOPLE = [['陳怡君', '女', 'yijun.chen'], ['林志明', '男', 'chihming.lin'], ['黃雅婷', '女', 'yating.huang'], ['張家豪', '男', 'chiahao.chang'], ['李佳穎', '女', 'chiaying.lee'], ['王俊傑', '男', 'chunchieh.wang'], ['吳淑芬', '女', 'shufen.wu']]
const TW_PLACES = [['台北市', '大安區', '106', '忠孝東路四段181號5樓'], ['新北市', '板橋區', '220', '文化路一段188巷12號'], ['台中市', '西屯區', '407', '台灣大道三段99號'], ['高雄市', '前鎮區', '806', '中華五路789號'], ['桃園市', '中壢區', '320', '中大路300號'], ['台南市', '東區', '701', '大學路1號']]
const twMobile = (r) => `09${v.int(r, 10, 89)}${v.int(r, 100000, 999999)}`
const twMobileDash = (r) => { const m = twMobile(r); return `${m.slice(0, 4)}-${m.slice(4, 7)}-${m.slice(7)}` }
const TW_GOODS = [['A0012301', '經典純棉圓領T恤', '白色/M', 490], ['A0015522', '輕量防潑水外套', '深藍/L', 1680], ['B0200018', '手作帆布托特包', '米白', 890], ['C0031077', '玻尿酸保濕精華液 30ml', '', 1250], ['D0008841', '不鏽鋼保溫瓶 500ml', '霧黑', 780]]
const HK_PEOPLE = [['陳大文', 'chantaiman'], ['李嘉欣', 'leekayan'], ['黃志強', 'wongchikeung'], ['張美玲', 'cheungmeiling'], ['何家俊', 'hokachun'], ['林詠詩', 'lamwingsze']]
const HK_PLACES = [['九龍', '旺角', '彌敦道 688 號 12 樓 B 室'], ['香港島', '銅鑼灣', '軒尼詩道 500 號 8 樓'], ['新界', '沙田', '沙田正街 18 號 22 樓 C 室'], ['九龍', '觀塘', '開源道 55 號 5 樓'], ['新界', '荃灣', '青山公路 398 號 15 樓 A 室']]
const hkMobile = (r) => `${v.pick(r, ['5', '6', '9'])}${v.int(r, 1000000, 9999999)}`
const HKTV_GOODS = [['H0888001_S_P10012345', '日本製 保溫便當盒 800ml', 168], ['H0888001_S_P10023456', '有機糙米 2kg', 79.9], ['H0888001_S_P10034567', '嬰兒濕紙巾 80片 x 3包', 45], ['H0888001_S_P10045678', '無線藍牙耳機 (黑色)', 399]]
const BOUTIR_GOODS = [['手工香薰蠟燭 (薰衣草)', 188], ['純銀耳環 (珍珠款)', 260], ['韓國手機殼 iPhone 15', 98], ['有機花茶禮盒', 238]]
const HK_SHOPS = ['旺角店', '觀塘店', '網店']

export const SETS = [
  // ---------------------------------------------------------------- CRM (探马SCRM: 客户 > 客户列表 > 导出, 企业微信 SCRM, Simplified Chinese)
  { name: 'tanma-kehu-zh', product: '探马SCRM (企业微信 SCRM: 客户管理 > 客户列表 > 导出客户, Simplified Chinese UI, a training-course business in mainland China)', family: 'crm', language: 'zh', seed: 'tanma-zh', schema: P, cols: [
    ['客户ID', (c, o, r) => v.hex(r, 24), ['_id', 'personID']],
    ['外部联系人ID', (c, o, r) => `wm${v.alnum(r, 26)}`, [], opt],
    ['客户昵称', (c, o, r, i) => row(CN_NICK, i), [], opt],
    ['备注名', (c, o, r, i) => `${row(CN_PEOPLE, i)[0]}-${v.pick(r, ['意向', '老学员', '家长', '试听'])}`, [], opt],
    ['真实姓名', (c, o, r, i) => (r() < 0.7 ? row(CN_PEOPLE, i)[0] : ''), ['person.name.fullName']],
    ['性别', (c, o, r, i) => (r() < 0.1 ? '未知' : row(CN_PEOPLE, i)[1]), ['person.gender']],
    ['手机号', (c, o, r) => (r() < 0.8 ? cnMobile(r) : ''), ['mobilePhone.number']],
    ['邮箱', (c, o, r, i) => (r() < 0.3 ? `${row(CN_PEOPLE, i)[2]}${v.int(r, 1, 99)}@${v.pick(r, ['qq.com', '163.com', '126.com'])}` : ''), ['personalEmail.address']],
    ['生日', (c, o, r) => (r() < 0.4 ? cnD(c.birth) : ''), ['person.birthDate']],
    ['地区', (c, o, r, i) => `${row(CN_PLACES, i)[0]}/${row(CN_PLACES, i)[1]}`, [...at(HOME, 'city'), ...at(HOME, 'stateProvince')], opt],
    ['详细地址', (c, o, r, i) => (r() < 0.4 ? `${row(CN_PLACES, i)[2]}${row(CN_PLACES, i)[3]}` : ''), at(HOME, 'street1')],
    ['公司', (c, o, r, i) => row(CN_CO, i), ['organizations[0]'], opt],
    ['职务', (c, o, r) => v.pick(r, ['', '', '产品经理', '财务', '教师']), []],
    ['客户标签', (c, o, r) => v.pick(r, ['高意向,已试听', '价格敏感', '', '老带新,已报名', '雅思']), []],
    ['客户阶段', (c, o, r) => v.pick(r, ['初步沟通', '意向客户', '已试听', '已成交', '已流失']), [], opt],
    ['添加渠道', (c, o, r) => v.pick(r, ['扫描渠道活码', '搜索手机号', '名片分享', '群聊', '其他']), [], opt],
    ['渠道活码', (c, o, r) => v.pick(r, ['', '抖音直播引流码', '公众号菜单活码', '线下地推码']), [], opt],
    ['所属员工', (c, o, r, i) => row(TM_STAFF, i)[0], []],
    ['所属部门', (c, o, r, i) => row(TM_STAFF, i)[1], []],
    ['添加时间', (c) => cnDT(c.created), [], opt],
    ['最后跟进时间', (c, o, r) => (r() < 0.8 ? cnDT(Math.max(c.created, c.updated)) : ''), [], opt],
    ['跟进次数', (c, o, r) => String(v.int(r, 0, 25)), []],
    ['是否删除好友', (c, o, r) => (r() < 0.1 ? '是' : '否'), []],
    ['描述', (c, o, r) => v.pick(r, ['', '', '孩子初二，想报暑期班', '周末方便联系']), []],
  ] },

  // ---------------------------------------------------------------- CRM / membership (尘锋SCRM: 客户 > 客户列表 > 导出, a cosmetics brand's members, Simplified Chinese)
  { name: 'chenfeng-kehu-zh', product: '尘锋SCRM (客户中心 > 全部客户 > 导出, 企业微信 + 会员, Simplified Chinese UI, a cosmetics brand with stores in mainland China)', family: 'loyalty', language: 'zh', seed: 'chenfeng-zh', schema: P, cols: [
    ['客户编号', (c, o, r) => `CF${v.int(r, 10000000, 99999999)}`, ['_id', 'personID']],
    ['UnionID', (c, o, r) => `o${v.alnum(r, 27)}`, [], opt],
    ['微信昵称', (c, o, r, i) => row(CN_NICK, i + 3), [], opt],
    ['姓名', (c, o, r, i) => row(CN_PEOPLE, i)[0], ['person.name.fullName']],
    ['手机号码', (c, o, r) => cnMobile(r), ['mobilePhone.number']],
    ['性别', (c, o, r, i) => row(CN_PEOPLE, i)[1], ['person.gender']],
    ['出生日期', (c, o, r) => (r() < 0.6 ? cnD(c.birth) : ''), ['person.birthDate']],
    ['会员卡号', (c, o, r) => (r() < 0.8 ? `8800${v.int(r, 10000000, 99999999)}` : ''), ['loyalty.loyaltyID[0]', 'loyalty.cardsDetails[0].number'], opt],
    ['会员等级', (c, o, r) => v.pick(r, ['普通会员', '银卡会员', '金卡会员', '黑金会员']), ['loyalty.tier']],
    ['可用积分', (c, o, r) => String(v.int(r, 0, 12000)), ['loyalty.points']],
    ['累计消费金额(元)', (c, o, r) => (v.int(r, 0, 2000000) / 100).toFixed(2), [], opt],
    ['累计消费次数', (c, o, r) => String(v.int(r, 0, 40)), [], opt],
    ['最近消费时间', (c, o, r) => (r() < 0.7 ? cnDT(c.updated) : ''), [], opt],
    ['入会时间', (c) => cnDT(c.created), ['loyalty.joinDate']],
    ['入会门店', (c, o, r) => v.pick(r, ['深圳万象城店', '上海静安嘉里中心店', '杭州湖滨银泰店', '天猫旗舰店', '微信小程序商城']), [], opt],
    ['省份', (c, o, r, i) => row(CN_PLACES, i)[0], at(HOME, 'stateProvince')],
    ['城市', (c, o, r, i) => row(CN_PLACES, i)[1], at(HOME, 'city')],
    ['区县', (c, o, r, i) => row(CN_PLACES, i)[2], at(HOME, 'street2'), opt],
    ['添加员工', (c, o, r, i) => row(CF_STAFF, i), []],
    ['首次添加时间', (c) => cnDT(c.created + 2 * day), [], opt],
    ['客户标签', (c, o, r) => v.pick(r, ['干皮,敏感肌', '油皮', '高客单', '', '双11活动']), []],
    ['所在群聊', (c, o, r) => v.pick(r, ['', '会员福利1群', '新品体验官群']), []],
    ['是否关注公众号', (c, o, r) => (r() < 0.6 ? '是' : '否'), []],
    ['备注', (c, o, r) => v.pick(r, ['', '', '对香精过敏', '偏好到店自提']), []],
  ] },

  // ---------------------------------------------------------------- analytics events (友盟+ U-App: 用户行为 > 事件明细 > 下载明细, Simplified Chinese)
  { name: 'umeng-shijian-mingxi-zh', product: '友盟+ U-App 统计 (应用 > 行为分析 > 自定义事件 > 事件明细 下载, Simplified Chinese UI, a shopping app)', family: 'analytics', language: 'zh', seed: 'umeng-zh', schema: E, cols: [
    ['事件时间', (c, o, r) => `${cnDT(o.at)}.${pad(v.int(r, 0, 999), 3)}`, ['timestamp']],
    ['事件ID', (c, o, r, i) => row(['click_banner', 'view_goods', 'add_cart', 'pay_success', 'search'], i), ['eventType'], opt],
    ['事件名称', (c, o, r, i) => row(['点击首页banner', '浏览商品详情', '加入购物车', '支付成功', '搜索'], i), [], opt],
    ['设备ID', (c, o, r) => v.hex(r, 32), ['device.typeID'], opt],
    ['用户账号', (c, o, r) => (r() < 0.6 ? `u${v.int(r, 10000000, 99999999)}` : ''), ['endUserIDs._experience.aacustomid.id'], opt],
    ['应用版本', (c, o, r) => v.pick(r, ['5.12.0', '5.12.1', '5.11.3']), [], opt],
    ['渠道', (c, o, r, i) => (i % 2 ? 'App Store' : v.pick(r, ['huawei', 'xiaomi', 'oppo', 'vivo', 'yingyongbao'])), [], opt],
    ['平台', (c, o, r, i) => (i % 2 ? 'iOS' : 'Android'), ['environment.operatingSystem']],
    ['操作系统版本', (c, o, r, i) => (i % 2 ? v.pick(r, ['17.4.1', '16.7.2']) : v.pick(r, ['14', '13', '12'])), ['environment.operatingSystemVersion']],
    ['设备品牌', (c, o, r, i) => (i % 2 ? 'Apple' : v.pick(r, ['HUAWEI', 'Xiaomi', 'OPPO', 'vivo'])), ['device.manufacturer']],
    ['设备型号', (c, o, r, i) => (i % 2 ? v.pick(r, ['iPhone15,2', 'iPhone14,5']) : v.pick(r, ['ALN-AL00', '23049RAD8C', 'PHW110', 'V2309A'])), ['device.model', 'device.modelNumber']],
    ['分辨率', (c, o, r, i) => (i % 2 ? '1179*2556' : v.pick(r, ['1260*2720', '1080*2400'])), [], opt],
    ['运营商', (c, o, r) => v.pick(r, ['中国移动', '中国联通', '中国电信', '未知']), ['environment.carrier']],
    ['联网方式', (c, o, r) => v.pick(r, ['WIFI', '4G', '5G']), ['environment.connectionType']],
    ['国家', () => '中国', [GEO('countryCode')], opt],
    ['省份', (c, o, r, i) => row(CN_PLACES, i)[0], [GEO('stateProvince')]],
    ['城市', (c, o, r, i) => row(CN_PLACES, i)[1], [GEO('city')]],
    ['IP', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['页面', (c, o, r, i) => row(['HomeActivity', 'GoodsDetailActivity', 'GoodsDetailActivity', 'PayResultActivity', 'SearchActivity'], i), ['environment.viewedScreen', 'web.webPageDetails.name'], opt],
    ['会话ID', (c, o, r) => v.uuid(r).toUpperCase(), [], opt],
    ['事件参数', (c, o, r, i) => row([`{"banner_id":"${v.int(r, 100, 999)}"}`, `{"goods_id":"${v.int(r, 100000, 999999)}"}`, `{"goods_id":"${v.int(r, 100000, 999999)}","num":1}`, `{"order_id":"${v.int(r, 1000000, 9999999)}","amount":"${thou(o.total * 7.8, 2)}"}`, '{"keyword":"防晒霜"}'], i), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (91APP: 訂單 > 訂單查詢 > 匯出 Excel, Taiwan, Traditional Chinese)
  { name: '91app-dingdan-zh', product: '91APP (品牌官網/APP 後台: 訂單管理 > 訂單查詢 > 匯出訂單 Excel, Traditional Chinese UI, a Taiwanese apparel brand)', family: 'ecommerce-orders', language: 'zh', seed: '91app-zh', schema: E, cols: [
    ['訂單編號', (c, o) => { const p = shift(o.at, 8); return `TG${String(p.y).slice(2)}${pad(p.m)}${pad(p.d)}${String(+o.id * 37).padStart(5, '0')}` }, [OR('purchaseID'), '_id']],
    ['子單編號', (c, o) => `TM${String(+o.id * 37 * 10 + 1).padStart(9, '0')}`, [], opt],
    ['訂購時間', (c, o) => twDTm(o.at), ['timestamp', OR('createdDate')]],
    ['訂單狀態', (c, o, r) => v.pick(r, ['已成立', '待出貨', '已出貨', '已完成', '已取消']), [], opt],
    ['付款方式', (c, o, r) => v.pick(r, ['信用卡一次付清', 'LINE Pay', '街口支付', 'ATM轉帳', '超商取貨付款']), [OR('payments[0].paymentType')]],
    ['付款狀態', (c, o, r) => v.pick(r, ['已付款', '已付款', '未付款']), [], opt],
    ['配送方式', (c, o, r) => v.pick(r, ['宅配', '超商取貨-7-ELEVEN', '超商取貨-全家', '門市自取']), ['commerce.shipping.shippingMethod']],
    ['商品料號', (c, o, r, i) => row(TW_GOODS, i)[0], [PL('SKU')]],
    ['商品名稱', (c, o, r, i) => row(TW_GOODS, i)[1], [PL('name')]],
    ['商品選項', (c, o, r, i) => row(TW_GOODS, i)[2], ['productListItems[0].selectedOptions[0].value'], opt],
    ['數量', (c, o) => String(o.qty), [PL('quantity')]],
    ['售價', (c, o, r, i) => String(row(TW_GOODS, i)[3]), [], opt],
    ['小計', (c, o, r, i) => String(row(TW_GOODS, i)[3] * o.qty), [PL('priceTotal')]],
    ['運費', (c, o) => (o.shipping ? '80' : '0'), ['commerce.shipping.shippingAmount']],
    ['折扣金額', (c, o) => (o.discount ? '-100' : '0'), [OR('discountAmount')]],
    ['訂單總金額', (c, o, r, i) => String(row(TW_GOODS, i)[3] * o.qty + (o.shipping ? 80 : 0) - (o.discount ? 100 : 0)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['會員編號', (c, o, r) => String(v.int(r, 1000000, 9999999)), [], opt],
    ['收件人', (c, o, r, i) => row(TW_PEOPLE, i)[0], []],
    ['收件人手機', (c, o, r) => twMobile(r), [], opt],
    ['收件人地址', (c, o, r, i) => `${row(TW_PLACES, i)[0]}${row(TW_PLACES, i)[1]}${row(TW_PLACES, i)[3]}`, [SHIP('street1')]],
    ['郵遞區號', (c, o, r, i) => row(TW_PLACES, i)[2], [SHIP('postalCode')]],
    ['門市名稱', (c, o, r) => v.pick(r, ['', '', '7-ELEVEN 鑫忠孝門市', '全家 板橋文化店']), [], opt],
    ['出貨日期', (c, o, r) => (r() < 0.7 ? twD(o.at + 2 * day) : ''), ['commerce.shipping.shipDate'], opt],
    ['配送單號', (c, o, r) => (r() < 0.7 ? String(v.int(r, 100000000000, 999999999999)) : ''), ['commerce.shipping.trackingNumber']],
    ['發票號碼', (c, o, r) => `${v.pick(r, ['AB', 'QK', 'ZX'])}${v.int(r, 10000000, 99999999)}`, []],
    ['訂單備註', (c, o, r) => v.pick(r, ['', '', '請勿按電鈴', '送禮用，不要放發票']), []],
  ] },

  // ---------------------------------------------------------------- e-commerce customers (CYBERBIZ: 顧客 > 顧客管理 > 匯出顧客, Taiwan, Traditional Chinese)
  { name: 'cyberbiz-guke-zh', product: 'CYBERBIZ (商店後台: 顧客 > 顧客管理 > 匯出顧客資料 CSV, Traditional Chinese UI, a Taiwanese skincare shop)', family: 'ecommerce-customers', language: 'zh', seed: 'cyberbiz-zh', schema: P, cols: [
    ['顧客編號', (c, o, r) => String(v.int(r, 10000000, 99999999)), ['_id', 'personID']],
    ['姓名', (c, o, r, i) => row(TW_PEOPLE, i)[0], ['person.name.fullName']],
    ['Email', (c, o, r, i) => `${row(TW_PEOPLE, i)[2]}${v.int(r, 1, 99)}@${v.pick(r, ['gmail.com', 'yahoo.com.tw', 'hotmail.com'])}`, ['personalEmail.address']],
    ['手機', (c, o, r) => twMobile(r), ['mobilePhone.number']],
    ['性別', (c, o, r, i) => (r() < 0.15 ? '' : row(TW_PEOPLE, i)[1]), ['person.gender']],
    ['生日', (c, o, r) => (r() < 0.6 ? twD(c.birth) : ''), ['person.birthDate']],
    ['國家', () => '台灣', at(HOME, 'country'), opt],
    ['縣市', (c, o, r, i) => row(TW_PLACES, i)[0], at(HOME, 'city')],
    ['鄉鎮市區', (c, o, r, i) => row(TW_PLACES, i)[1], at(HOME, 'street2'), opt],
    ['郵遞區號', (c, o, r, i) => row(TW_PLACES, i)[2], at(HOME, 'postalCode')],
    ['地址', (c, o, r, i) => row(TW_PLACES, i)[3], at(HOME, 'street1')],
    ['會員等級', (c, o, r) => v.pick(r, ['一般會員', '銀卡會員', 'VIP會員']), ['loyalty.tier']],
    ['紅利點數', (c, o, r) => String(v.int(r, 0, 3000)), ['loyalty.points']],
    ['購物金', (c, o, r) => String(v.pick(r, [0, 0, 50, 100, 300])), []],
    ['累積消費金額', (c, o, r) => String(v.int(r, 0, 60000)), [], opt],
    ['訂單數', (c, o, r) => String(v.int(r, 0, 30)), [], opt],
    ['最後購買日期', (c, o, r) => (r() < 0.7 ? twD(c.updated) : ''), [], opt],
    ['註冊方式', (c, o, r) => v.pick(r, ['Email', 'Facebook', 'LINE', 'Google', '手機']), [], opt],
    ['註冊日期', (c) => twDT(c.created), [], opt],
    ['最後登入時間', (c) => twDT(Math.max(c.created, c.updated)), [], opt],
    ['訂閱電子報', (c) => (c.bool ? '是' : '否'), [], opt],
    ['黑名單', (c, o, r) => (r() < 0.05 ? '是' : '否'), []],
    ['標籤', (c, o, r) => v.pick(r, ['', '敏感肌', '團購主', '', '母親節活動']), []],
    ['備註', (c, o, r) => v.pick(r, ['', '', '', '常退貨，請留意']), []],
  ] },

  // ---------------------------------------------------------------- payments (街口支付: 街口商家後台 > 交易紀錄 > 匯出, Taiwan, Traditional Chinese)
  { name: 'jkopay-jiaoyi-zh', product: '街口支付 JKOPAY (街口商家後台: 交易管理 > 交易紀錄查詢 > 匯出 Excel, Traditional Chinese UI, a Taiwanese café chain)', family: 'payments', language: 'zh', seed: 'jkopay-zh', schema: E, cols: [
    ['交易時間', (c, o) => twDT(o.at), ['timestamp']],
    ['交易序號', (c, o, r) => `JK${v.int(r, 1000000000, 9999999999)}${v.int(r, 1000, 9999)}`, [OR('payments[0].transactionID'), '_id']],
    ['商店訂單編號', (c, o, r, i) => (i % 3 === 0 ? `ORD${v.int(r, 100000, 999999)}` : ''), [OR('purchaseID')], opt],
    ['門市代碼', (c, o, r, i) => row(['S0001', 'S0002', 'S0003'], i), [], opt],
    ['門市名稱', (c, o, r, i) => row(['信義旗艦店', '板橋車站店', '台中勤美店'], i), []],
    ['交易類型', (c, o, r) => v.pick(r, ['付款', '付款', '付款', '退款']), [], opt],
    ['交易狀態', (c, o, r) => v.pick(r, ['交易成功', '交易成功', '已退款']), [], opt],
    ['付款工具', (c, o, r) => v.pick(r, ['街口帳戶餘額', '信用卡', '銀行帳戶', '街口帳戶餘額']), [OR('payments[0].paymentType')]],
    ['交易金額', (c, o) => String(Math.round(o.subtotal * 30)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['優惠券折抵', (c, o) => (o.discount ? '-30' : '0'), [OR('discountAmount')], opt],
    ['街口幣折抵', (c, o, r) => String(-v.pick(r, [0, 0, 5, 12])), [], opt],
    ['實收金額', (c, o) => String(Math.round(o.subtotal * 30) - (o.discount ? 30 : 0)), [OR('payments[0].paymentAmount')], opt],
    ['手續費', (c, o) => String(Math.round(o.subtotal * 30 * 0.022)), []],
    ['撥款金額', (c, o) => String(Math.round(o.subtotal * 30 * 0.978)), []],
    ['預計撥款日', (c, o) => twD(o.at + 7 * day), []],
    ['消費者帳號', (c, o, r) => `09${v.int(r, 10, 89)}***${v.int(r, 100, 999)}`, [], opt],
    ['收銀員', (c, o, r) => v.pick(r, ['店長', '收銀01', '收銀02']), []],
    ['POS機號', (c, o, r) => `POS-${pad(v.int(r, 1, 6))}`, []],
    ['備註', (c, o, r) => v.pick(r, ['', '', '', '外帶']), []],
  ] },

  // ---------------------------------------------------------------- payments (綠界科技 ECPay: 廠商管理後台 > 一般訂單查詢 > 全方位金流訂單 > 匯出, Traditional Chinese)
  { name: 'ecpay-dingdan-zh', product: '綠界科技 ECPay (廠商管理後台: 一般訂單查詢 > 全方位金流訂單 > 匯出 Excel, Traditional Chinese UI, a Taiwanese online shop)', family: 'payments', language: 'zh', seed: 'ecpay-zh', schema: E, cols: [
    ['綠界訂單編號', (c, o) => { const p = shift(o.at, 8); return `${String(p.y).slice(2)}${pad(p.m)}${pad(p.d)}${pad(p.H)}${pad(p.M)}${String(+o.id * 13).padStart(6, '0')}` }, [OR('payments[0].transactionID'), '_id']],
    ['特店訂單編號', (c, o) => `SHOP${String(+o.id * 7).padStart(8, '0')}`, [OR('purchaseID'), '_id']],
    ['特店編號', () => '3002607', []],
    ['訂單成立時間', (c, o) => twDT(o.at), ['timestamp', OR('createdDate')]],
    ['付款時間', (c, o, r) => (r() < 0.85 ? twDT(o.at + v.int(r, 1, 3000) * 60000) : ''), [], opt],
    ['付款方式', (c, o, r) => v.pick(r, ['信用卡', 'ATM櫃員機', '超商代碼', '網路ATM', 'Apple Pay', 'TWQR']), [OR('payments[0].paymentType')]],
    ['付款狀態', (c, o, r) => v.pick(r, ['已付款', '已付款', '已付款', '未付款']), [], opt],
    ['交易金額', (c, o) => String(Math.round(o.total * 33)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['交易手續費', (c, o) => String(Math.round(o.total * 33 * 0.0275)), []],
    ['商品名稱', (c, o, r, i) => `${row(TW_GOODS, i)[1]} x${o.qty}`, [PL('name')], opt],
    ['交易描述', () => '線上購物', []],
    ['信用卡授權碼', (c, o, r) => (r() < 0.6 ? String(v.int(r, 100000, 999999)) : ''), []],
    ['卡號末四碼', (c, o, r) => (r() < 0.6 ? String(v.int(r, 1000, 9999)) : ''), []],
    ['分期期數', (c, o, r) => v.pick(r, ['', '', '', '3', '6']), []],
    ['ATM繳費帳號', (c, o, r) => (r() < 0.2 ? `${v.int(r, 1000000000, 9999999999)}${v.int(r, 100000, 999999)}` : ''), []],
    ['超商繳費代碼', (c, o, r) => (r() < 0.15 ? `LLL${v.int(r, 100000000, 999999999)}` : ''), []],
    ['退刷金額', (c, o, r) => (r() < 0.1 ? String(Math.round(o.total * 33)) : '0'), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['撥款狀態', (c, o, r) => v.pick(r, ['已撥款', '未撥款', '已撥款']), []],
    ['撥款日期', (c, o, r) => (r() < 0.6 ? twD(o.at + 10 * day) : ''), []],
    ['自訂名稱欄位1', (c, o, r) => v.pick(r, ['', 'LINE廣告', 'FB廣告', '']), [], opt],
  ] },

  // ---------------------------------------------------------------- payments (藍新金流 NewebPay: 會員中心 > 商店管理 > 交易明細查詢 > 匯出, Traditional Chinese)
  { name: 'newebpay-jiaoyi-zh', product: '藍新金流 NewebPay (會員中心: 商店管理 > 交易明細查詢 > 匯出 Excel, Traditional Chinese UI, a Taiwanese online course platform)', family: 'payments', language: 'zh', seed: 'newebpay-zh', schema: E, cols: [
    ['商店代號', () => 'MS312345678', []],
    ['藍新金流交易序號', (c, o, r) => `${String(shift(o.at, 8).y).slice(2)}${v.int(r, 1000000000, 9999999999)}`, [OR('payments[0].transactionID'), '_id']],
    ['商店訂單編號', (c, o) => `C${String(+o.id * 11).padStart(9, '0')}`, [OR('purchaseID'), '_id']],
    ['交易建立時間', (c, o) => twDT(o.at), ['timestamp', OR('createdDate')]],
    ['付款完成時間', (c, o, r) => (r() < 0.85 ? twDT(o.at + v.int(r, 1, 600) * 60000) : ''), [], opt],
    ['支付方式', (c, o, r) => v.pick(r, ['CREDIT', 'CREDIT', 'VACC', 'CVS', 'WEBATM', 'LINEPAY']), [OR('payments[0].paymentType')]],
    ['交易狀態', (c, o, r) => v.pick(r, ['付款成功', '付款成功', '未付款', '付款失敗', '已退款']), [], opt],
    ['請款狀態', (c, o, r) => v.pick(r, ['已請款', '已請款', '未請款', '']), [], opt],
    ['交易金額', (c, o, r, i) => String(row([1980, 3600, 899, 12000, 2400], i)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['商品資訊', (c, o, r, i) => row(['Python 資料分析入門', '商業簡報設計實戰', '手機攝影 30 天', '年度全站通行證', 'Excel 自動化'], i), [PL('name')], opt],
    ['付款人Email', (c, o, r, i) => `${row(TW_PEOPLE, i)[2]}${v.int(r, 1, 99)}@gmail.com`, ['endUserIDs._experience.emailid.id'], opt],
    ['授權碼', (c, o, r) => (r() < 0.6 ? String(v.int(r, 100000, 999999)) : ''), []],
    ['卡號前六碼', (c, o, r) => (r() < 0.6 ? String(v.pick(r, [400022, 356722, 552199, 431195])) : ''), []],
    ['卡號末四碼', (c, o, r) => (r() < 0.6 ? String(v.int(r, 1000, 9999)) : ''), []],
    ['分期期數', (c, o, r) => v.pick(r, ['', '', '3', '6', '12']), []],
    ['手續費', (c, o, r, i) => String(Math.round(row([1980, 3600, 899, 12000, 2400], i) * 0.028)), []],
    ['退款金額', (c, o, r, i) => (r() < 0.1 ? String(row([1980, 3600, 899, 12000, 2400], i)) : '0'), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['撥款日期', (c, o, r) => (r() < 0.6 ? twD(o.at + 8 * day) : ''), []],
    ['付款人IP', (c, o, r) => v.ip4(r), ['environment.ipV4'], opt],
    ['發票號碼', (c, o, r) => (r() < 0.7 ? `${v.pick(r, ['KM', 'RT', 'PX'])}${v.int(r, 10000000, 99999999)}` : ''), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (HKTVmall MMS: 訂單 > 訂單報告 > 下載, Hong Kong, Traditional Chinese)
  { name: 'hktvmall-dingdan-zh', product: 'HKTVmall (商戶管理系統 MMS: 訂單管理 > 訂單報告 > 下載 Excel, Traditional Chinese UI, a Hong Kong household-goods merchant)', family: 'ecommerce-orders', language: 'zh', seed: 'hktvmall-zh', schema: E, cols: [
    ['訂單編號', (c, o) => `H${String(+o.id * 977).padStart(10, '0')}`, [OR('purchaseID'), '_id']],
    ['運單編號', (c, o) => `H${String(+o.id * 977).padStart(10, '0')}01`, ['commerce.shipping.trackingNumber'], opt],
    ['訂單日期', (c, o) => hkDT(o.at), ['timestamp', OR('createdDate')]],
    ['訂單狀態', (c, o, r) => v.pick(r, ['ACKNOWLEDGED', 'PICKED', 'SHIPPED', 'DELIVERED', 'CANCELLED']), [], opt],
    ['商店編號', () => 'H0888001', []],
    ['SKU ID', (c, o, r, i) => row(HKTV_GOODS, i)[0], [PL('SKU')]],
    ['產品名稱', (c, o, r, i) => row(HKTV_GOODS, i)[1], [PL('name')]],
    ['數量', (c, o) => String(o.qty), [PL('quantity')]],
    ['單價 (HK$)', (c, o, r, i) => row(HKTV_GOODS, i)[2].toFixed(2), [], opt],
    ['總額 (HK$)', (c, o, r, i) => (row(HKTV_GOODS, i)[2] * o.qty).toFixed(2), [PL('priceTotal'), OR('priceTotal')]],
    ['商戶折扣 (HK$)', (c, o) => (o.discount ? 10 : 0).toFixed(2), [OR('discountAmount'), PL('discountAmount')], opt],
    ['佣金率', (c, o, r) => `${v.pick(r, [18, 22, 25])}%`, []],
    ['佣金 (HK$)', (c, o, r, i) => (row(HKTV_GOODS, i)[2] * o.qty * 0.22).toFixed(2), []],
    ['送貨模式', (c, o, r) => v.pick(r, ['HKTVmall 送貨', '商戶送貨', '自取點取貨']), ['commerce.shipping.shippingMethod']],
    ['入倉日期', (c, o) => hkD(o.at + 2 * day), [], opt],
    ['送貨日期', (c, o, r) => (r() < 0.8 ? hkD(o.at + 4 * day) : ''), ['commerce.shipping.shipDate'], opt],
    ['送貨時段', (c, o, r) => v.pick(r, ['09:00-13:00', '14:00-18:00', '18:00-22:00']), []],
    ['送貨地區', (c, o, r, i) => row(HK_PLACES, i)[1], [SHIP('city')], opt],
    ['送貨區域', (c, o, r, i) => row(HK_PLACES, i)[0], [SHIP('region'), SHIP('stateProvince')], opt],
    ['退貨/退款狀態', (c, o, r) => v.pick(r, ['', '', '', '退款處理中']), [], opt],
    ['備註', (c, o, r) => v.pick(r, ['', '', '易碎品']), []],
  ] },

  // ---------------------------------------------------------------- payments (八達通商業 App: 交易紀錄 > 匯出, Hong Kong, Traditional Chinese)
  { name: 'octopus-business-jiaoyi-zh', product: '八達通 Octopus App for Business (商戶主帳戶: 交易紀錄 > 匯出交易紀錄, Traditional Chinese UI, a Hong Kong bakery with two shops)', family: 'payments', language: 'zh', seed: 'octopus-zh', schema: E, cols: [
    ['交易日期及時間', (c, o) => hkDT(o.at), ['timestamp']],
    ['參考編號', (c, o, r) => String(v.int(r, 100000000000, 999999999999)), [OR('payments[0].transactionID'), '_id']],
    ['交易類型', (c, o, r) => v.pick(r, ['付款', '付款', '付款', '退款']), [], opt],
    ['付款方式', (c, o, r) => v.pick(r, ['八達通卡', '八達通銀包', '八達通 App (二維碼)']), [OR('payments[0].paymentType')]],
    ['商店名稱', (c, o, r, i) => row(HK_SHOPS, i), []],
    ['收銀員', (c, o, r) => v.pick(r, ['店主', 'Mandy', 'Ken']), []],
    ['金額 (HK$)', (c, o) => (o.subtotal * 1.5).toFixed(1), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['小費 (HK$)', (c, o, r) => (r() < 0.2 ? '5.0' : '0.0'), []],
    ['手續費 (HK$)', (c, o) => (o.subtotal * 1.5 * 0.0095).toFixed(2), []],
    ['淨額 (HK$)', (c, o) => (o.subtotal * 1.5 * 0.9905).toFixed(2), []],
    ['八達通號碼', (c, o, r) => `${v.int(r, 1000, 9999)}****`, [], opt],
    ['備註', (c, o, r, i) => (i % 3 === 2 ? `網店訂單 #${v.int(r, 1001, 9999)}` : ''), [], opt],
    ['狀態', (c, o, r) => v.pick(r, ['成功', '成功', '已退款']), [], opt],
    ['裝置名稱', (c, o, r, i) => `${row(HK_SHOPS, i)} POS ${v.int(r, 1, 2)}`, []],
    ['結算日期', (c, o) => hkD(o.at + day), []],
  ] },

  // ---------------------------------------------------------------- payments (PayMe for Business: 商戶入口網站 > 交易 > 匯出 CSV, Hong Kong, Traditional Chinese)
  { name: 'payme-business-jiaoyi-zh', product: 'PayMe for Business (HSBC; 商戶入口網站: 交易 > 匯出 CSV, Traditional Chinese UI, a Hong Kong online florist using payment links)', family: 'payments', language: 'zh', seed: 'payme-zh', schema: E, cols: [
    ['交易日期', (c, o) => hkDT(o.at), ['timestamp']],
    ['交易編號', (c, o, r) => v.uuid(r), [OR('payments[0].transactionID'), '_id']],
    ['商戶參考編號', (c, o) => `FL${String(+o.id * 3).padStart(6, '0')}`, [OR('purchaseID')], opt],
    ['收款方式', (c, o, r) => v.pick(r, ['付款連結', '付款連結', '網店結帳', '收款二維碼']), [], opt],
    ['付款人名稱', (c, o, r, i) => `${row(HK_PEOPLE, i)[0].slice(0, 1)}**`, []],
    ['訊息', (c, o, r) => v.pick(r, ['', '母親節花束', '生日快樂花籃', '']), []],
    ['金額', (c, o) => (o.subtotal * 12).toFixed(2), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['貨幣', () => 'HKD', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['狀態', (c, o, r) => v.pick(r, ['已完成', '已完成', '已完成', '已退款', '部分退款']), [], opt],
    ['已退款金額', (c, o, r) => (r() < 0.15 ? (o.subtotal * 6).toFixed(2) : '0.00'), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['手續費', (c, o) => (o.subtotal * 12 * 0.015).toFixed(2), []],
    ['淨額', (c, o) => (o.subtotal * 12 * 0.985).toFixed(2), []],
    ['結算編號', (c, o, r) => `S${v.int(r, 10000000, 99999999)}`, []],
    ['結算日期', (c, o) => hkD(o.at + day), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (掌舖 Boutir: 訂單 > 下載訂單紀錄, Hong Kong, Traditional Chinese)
  { name: 'boutir-dingdan-zh', product: '掌舖 Boutir (管理介面: 訂單 > 已付款 > 下載訂單紀錄 / Boutir Order Table, Traditional Chinese UI, a Hong Kong gift shop)', family: 'ecommerce-orders', language: 'zh', seed: 'boutir-zh', schema: E, cols: [
    ['訂單編號', (c, o) => `#${String(+o.id * 29).padStart(7, '0')}`, [OR('purchaseID'), '_id']],
    ['日期', (c, o) => cnDT(o.at), ['timestamp', OR('createdDate')]],
    ['訂單狀態', (c, o, r) => v.pick(r, ['待付款', '待確認付款', '處理中', '已完成', '已取消']), [], opt],
    ['購物貨品', (c, o, r, i) => `${row(BOUTIR_GOODS, i)[0]} x ${o.qty}`, [PL('name')], opt],
    ['貨品總額', (c, o, r, i) => (row(BOUTIR_GOODS, i)[1] * o.qty).toFixed(2), [], opt],
    ['運費', (c, o) => (o.shipping ? 30 : 0).toFixed(2), ['commerce.shipping.shippingAmount']],
    ['折扣', (c, o) => (o.discount ? 20 : 0).toFixed(2), [OR('discountAmount')]],
    ['價錢', (c, o, r, i) => (row(BOUTIR_GOODS, i)[1] * o.qty + (o.shipping ? 30 : 0) - (o.discount ? 20 : 0)).toFixed(2), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['付款方式', (c, o, r) => v.pick(r, ['轉數快', 'PayMe', '信用卡', '八達通', '支付寶']), [OR('payments[0].paymentType')]],
    ['優惠碼', (c, o) => (o.discount ? 'XMAS20' : ''), ['commerce.promotionID'], opt],
    ['顧客姓名', (c, o, r, i) => row(HK_PEOPLE, i)[0], []],
    ['電郵', (c, o, r, i) => `${row(HK_PEOPLE, i)[1]}${v.int(r, 1, 99)}@${v.pick(r, ['gmail.com', 'yahoo.com.hk', 'hotmail.com'])}`, ['endUserIDs._experience.emailid.id'], opt],
    ['電話', (c, o, r) => `+852 ${hkMobile(r)}`, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['送貨方式', (c, o, r) => v.pick(r, ['順豐速運自取', '本地送貨', '到店自取', '智能櫃']), ['commerce.shipping.shippingMethod']],
    ['收貨地址', (c, o, r, i) => (r() < 0.7 ? `${row(HK_PLACES, i)[2]}, ${row(HK_PLACES, i)[1]}` : ''), [SHIP('street1')]],
    ['收貨國家', () => '香港', [SHIP('country')], opt],
    ['包裹追蹤編號', (c, o, r) => (r() < 0.5 ? `SF${v.int(r, 1000000000, 9999999999)}` : ''), ['commerce.shipping.trackingNumber']],
    ['備註', (c, o, r) => v.pick(r, ['', '', '請附上心意卡', '週末送貨']), []],
    ['取消訂單原因', (c, o, r) => v.pick(r, ['', '', '', '', '顧客未有付款']), [], opt],
    ['商家筆記', (c, o, r) => v.pick(r, ['', '', 'VIP 客', '已WhatsApp確認']), []],
  ] },
]
