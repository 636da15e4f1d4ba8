// Round 33, heldout33: held-out sets added in round 33, written apart from the suggester and any tuning, scored once at
// the end. Same format as sets.mjs (sources in ../README.md): header as the product exports it, one value generator per
// column in the product's formats, the accepted destinations ([] = nothing fits) and 'opt' for borderline columns.
import { E, B, P, v, at, B2BID, PL, OR, SHIP, opt } from './sets.mjs'
import { pad, shift } from './values.mjs'

const ymdhms = (p) => `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const hashOf = (s) => [...String(s)].reduce((h, ch) => (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0, 13)
const pick = (xs, n) => xs[Math.abs(n) % xs.length]

// ---------------------------------------------------------------- Chinese people, addresses and Beijing time
const ZH_LAST = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙']
const ZH_LAST_PY = ['wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun']
const ZH_FIRST = ['伟', '芳', '娜', '敏', '静', '磊', '洋', '婷', '强', '丽', '晓明', '雨欣', '子涵', '浩然', '思远', '佳怡']
const ZH_FIRST_PY = ['wei', 'fang', 'na', 'min', 'jing', 'lei', 'yang', 'ting', 'qiang', 'li', 'xiaoming', 'yuxin', 'zihan', 'haoran', 'siyuan', 'jiayi']
// [province, city, district, street, postcode, landline area code]
const ZH_PLACE = [['浙江省', '杭州市', '西湖区', '文三路', '310012', '0571'], ['广东省', '深圳市', '南山区', '科技园南路', '518057', '0755'], ['上海', '上海市', '浦东新区', '张杨路', '200120', '021'], ['北京', '北京市', '朝阳区', '建国路', '100022', '010'], ['江苏省', '南京市', '鼓楼区', '中山北路', '210008', '025'], ['四川省', '成都市', '武侯区', '天府大道北段', '610041', '028'], ['湖北省', '武汉市', '洪山区', '珞喻路', '430074', '027'], ['广东省', '广州市', '天河区', '天河路', '510620', '020']]
const zh = (c) => {
  const n = hashOf(c.id + c.last)
  const li = n % ZH_LAST.length, fi = (n >>> 3) % ZH_FIRST.length
  const last = ZH_LAST[li], first = ZH_FIRST[fi]
  const [prov, city, dist, street, zip, area] = ZH_PLACE[(n >>> 5) % ZH_PLACE.length]
  const mobile = `1${['38', '39', '58', '59', '86', '88', '35', '77'][(n >>> 7) % 8]}${pad((n >>> 4) % 10000, 4)}${pad((n >>> 9) % 10000, 4)}`
  const py = [`${ZH_LAST_PY[li]}${ZH_FIRST_PY[fi]}`, `${ZH_FIRST_PY[fi]}.${ZH_LAST_PY[li]}`, `${ZH_LAST_PY[li]}_${ZH_FIRST_PY[fi].slice(0, 1)}`][n % 3]
  return { last, first, full: `${last}${first}`, female: ['芳', '娜', '敏', '静', '婷', '丽', '雨欣', '佳怡'].includes(first), prov, city, dist, zip, area,
    street: `${street}${1 + (n % 388)}号${n % 3 ? `${1 + (n % 28)}幢${100 + (n % 1200)}室` : ''}`, mobile,
    masked: `${mobile.slice(0, 3)}****${mobile.slice(7)}`, py: `${ZH_LAST_PY[li]}${ZH_FIRST_PY[fi]}`, hzStreet: `${['文三路', '古墩路', '教工路', '学院路', '天目山路'][n % 5]}${1 + (n % 288)}号${['', '2单元501', '3幢1102', ''][(n >>> 2) % 4]}`, landline: `${area}-${8 - (n % 2)}${pad((n >>> 6) % 10000000, 7)}`,
    qq: String(10000000 + (n % 2000000000)).slice(0, 9 + (n % 2)), email: `${py}${n % 1000}@${['qq.com', '163.com', '126.com', 'sina.com', 'foxmail.com'][n % 5]}`,
    title: `${last}${['芳', '娜', '敏', '静', '婷', '丽', '雨欣', '佳怡'].includes(first) ? '女士' : '先生'}` }
}
const bj = (ms) => ymdhms(shift(ms, 8))
const bjDate = (ms) => bj(ms).slice(0, 10)
const yuan = (n) => n.toFixed(2)

// Meituan Waimai (美团外卖商家版 > 订单 > 订单明细 > 下载, Excel; one row per order, a Hangzhou noodle shop; the column set an
// importer of Meituan's (三快, Sankuai) order file reads).
const MT_DISH = [['招牌牛肉面', 28], ['酸菜鱼米线', 32], ['红烧排骨饭', 26], ['鲜肉小馄饨', 16], ['葱油拌面', 14]]
const mtDish = (o) => pick(MT_DISH, +o.id)
const mtGoods = (o) => +(mtDish(o)[1] * o.qty).toFixed(2)
const mtBox = (o) => +(o.qty * 1).toFixed(2)
const mtShip = (o) => (mtPick(o) ? 0 : pick([3, 2.5, 0, 4], +o.id >> 1))
const mtShopAct = (o) => (mtGoods(o) >= 40 ? 8 : mtGoods(o) >= 25 ? 3 : 0)
const mtPlatAct = (o) => (+o.id % 5 === 0 ? 2 : 0)
const mtPay = (o) => +(mtGoods(o) + mtBox(o) + mtShip(o) - mtShopAct(o) - mtPlatAct(o)).toFixed(2)
const mtFee = (o) => +((mtGoods(o) + mtBox(o) - mtShopAct(o)) * 0.06).toFixed(2)
const MT_ST = ['已完成', '已完成', '已完成', '配送中', '已取消', '已完成', '退款成功']
const mtSt = (o) => pick(MT_ST, +o.id >> 2)
const mtPick = (o) => +o.id % 10 === 7 // 到店自取

// Ele.me (饿了么商家版 > 财务 > 账单 > 账单明细 > 导出, Excel; one row per bill line, a Shanghai bubble-tea shop).
const ELM_TYPE = ['订单收入', '订单收入', '订单收入', '订单收入', '部分退款', '退单']
const elmType = (o) => pick(ELM_TYPE, +o.id)
const elmGoods = (o) => +(pick([15, 18, 22, 12], +o.id >> 1) * o.qty).toFixed(2)
const elmShip = (o) => pick([0, 3, 5], +o.id >> 3)
const elmShop = (o) => (elmGoods(o) >= 30 ? 5 : 0)
const elmPlat = (o) => (+o.id % 4 === 2 ? 3 : 0)
const elmPaid = (o) => +(elmGoods(o) + 2 + elmShip(o) - elmShop(o) - elmPlat(o)).toFixed(2)
const elmRefund = (o) => (elmType(o) === '退单' ? elmPaid(o) : elmType(o) === '部分退款' ? +(elmGoods(o) / o.qty).toFixed(2) : 0)
const elmTech = (o) => +((elmGoods(o) + 2 - elmShop(o)) * 0.08).toFixed(2)
const elmDeliv = (o) => (pick(['蜂鸟准时达', '蜂鸟快送', '商家自配送'], +o.id >> 2) === '商家自配送' ? 0 : 4.5)
const elmPayFee = (o) => +(elmPaid(o) * 0.006).toFixed(2)
const elmSettle = (o) => (elmType(o) === '退单' ? 0 : +(elmPaid(o) + elmPlat(o) - elmTech(o) - elmDeliv(o) - elmPayFee(o) - elmRefund(o)).toFixed(2))

// Dangdang (当当商家后台 > 订单管理 > 订单查询 > 导出订单明细, Excel; one row per order line, a children's-book shop).
const DD_BOOK = [['小王子（精装插图版）', 'DD-BK-0192', 39.8], ['米小圈上学记 一年级（全4册）', 'DD-BK-0311', 68], ['神奇校车 桥梁书版（全10册）', 'DD-BK-0457', 148], ['十万个为什么 彩图注音版', 'DD-BK-0520', 29.9], ['中华上下五千年 青少版', 'DD-BK-0633', 45]]
const ddBook = (o) => pick(DD_BOOK, +o.id)
const ddLine = (o) => +(ddBook(o)[2] * o.qty).toFixed(2)
const ddShip = (o) => (ddLine(o) >= 49 ? 0 : 6)
const ddDisc = (o) => (ddLine(o) >= 100 ? 20 : 0)
const DD_ST = ['已完成', '已完成', '已发货', '等待发货', '已取消']
const ddSt = (o) => pick(DD_ST, +o.id >> 1)
const ddShipped = (o) => ['已完成', '已发货'].includes(ddSt(o))

// Xiaohongshu (小红书千帆 > 订单 > 订单管理 > 批量导出, Excel; one row per SKU of a package, a skincare brand).
const XHS_SKU = [['氨基酸温和洁面乳 120g', '120g', 'XHS-CL-120', 89], ['玻尿酸补水精华液 30ml', '30ml', 'XHS-SE-030', 159], ['烟酰胺亮肤面膜 5片装', '5片装', 'XHS-MK-005', 69], ['清透防晒乳 SPF50+', '50ml', 'XHS-SP-050', 119]]
const xhsSku = (o) => pick(XHS_SKU, +o.id)
const xhsLine = (o) => +(xhsSku(o)[3] * o.qty).toFixed(2)
const xhsShop = (o) => (xhsLine(o) >= 150 ? 15 : 0)
const xhsPlat = (o) => (+o.id % 6 === 1 ? 10 : 0)
const XHS_ST = ['已完成', '已完成', '已发货', '待发货', '已取消']
const xhsSt = (o) => pick(XHS_ST, +o.id >> 2)

// Kuaishou (快手小店商家版 > 订单 > 订单查询 > 导出, CSV; one row per order, a tea-and-snacks shop selling in live rooms).
const KS_ITEM = [['云南古树普洱茶饼 357g', '357g/饼', 168], ['每日坚果 30袋装', '30袋', 99], ['手工红糖姜茶 12袋', '12袋/盒', 39.9], ['新疆若羌灰枣 2斤', '2斤', 45.8]]
const ksItem = (o) => pick(KS_ITEM, +o.id)
const ksGoods = (o) => +(ksItem(o)[2] * o.qty).toFixed(2)
const ksShop = (o) => (ksGoods(o) >= 100 ? 10 : 0)
const ksPlat = (o) => (+o.id % 5 === 3 ? 5 : 0)
const KS_ST = ['交易成功', '交易成功', '已发货', '待发货', '交易关闭']
const ksSt = (o) => pick(KS_ST, +o.id >> 1)

// Udesk (工单 > 工单列表 > 导出, Excel; a home-appliance brand's after-sales tickets, custom fields 订单号 and 产品型号).
const UD_SUBJ = [['空调不制冷', '安装后第三天开始不制冷，外机有异响'], ['申请上门安装', '新买的洗碗机需要预约安装'], ['退换货咨询', '收到的商品外包装破损，想换货'], ['发票问题', '需要开具增值税专用发票'], ['遥控器失灵', '换了电池还是没反应']]
const udSubj = (o) => pick(UD_SUBJ, +o.id)
const UD_ST = ['开启', '解决中', '已解决', '已关闭', '已解决']
const udSt = (o) => pick(UD_ST, +o.id >> 1)

// Meiqia (美洽 > 客户 > 客户列表 > 导出, Excel; visitors and customers of an online-education company's web chat).
const MQ_SRC = ['网页', '微信公众号', '小程序', '网页', 'App']

// Tencent Qidian (腾讯企点 > 客户库 > 导出客户, Excel; an industrial-equipment seller's customer contacts).
const QD_CO = [['杭州恒达机械有限公司', '采购部', '采购经理'], ['深圳市云峰电子科技有限公司', '生产部', '设备主管'], ['上海精工自动化设备有限公司', '技术部', '技术总监'], ['北京华信工程技术有限公司', '行政部', '行政专员'], ['南京东润包装材料有限公司', '总经办', '总经理']]
const qdCo = (c) => pick(QD_CO, hashOf(c.id) >>> 2)
const QD_STAGE = ['潜在客户', '意向客户', '成交客户', '流失客户']
const QD_SRC = ['官网咨询', '展会', '电话营销', '老客户介绍', '百度推广']

// Kingdee (金蝶云星辰 > 基础资料 > 客户 > 导出, Excel; a building-materials wholesaler's customers).
// [name, taxpayer id, city, district, street address]
const KD_CO = [['杭州美家装饰工程有限公司', '91330106MA2H3K8X1Q', '杭州市', '西湖区', '文二西路188号3幢201室'], ['宁波鑫源建材贸易有限公司', '91330203MA2GJ52L7R', '宁波市', '海曙区', '望春工业园区杉杉路55号'], ['温州市鹿城区安居五金店', '92330302MA2ANX3C0B', '温州市', '鹿城区', '车站大道677号'], ['绍兴柯桥华府家居有限公司', '91330621MA2BR61Y4K', '绍兴市', '柯桥区', '笛扬路1088号'], ['嘉兴博远物业管理有限公司', '91330402MA2CDF7E2N', '嘉兴市', '南湖区', '中环南路1366号']]
const kdCo = (c) => pick(KD_CO, hashOf(c.id) >>> 1)

// WeChat Work (企业微信管理后台 > 客户与上下游 > 客户联系 > 客户 > 导出, Excel; a SaaS vendor's sales team's customers).
const WW_NICK = ['A.阳光', '小鱼儿', 'Kevin', '静水流深', '李总', 'Amy🌸', '老周']
const WW_SRC = ['扫描二维码', '搜索手机号', '名片分享', '群聊', '获客助手', '其他']
const WW_CO = ['杭州恒达机械有限公司', '深圳市云峰电子科技有限公司', '上海精工自动化设备有限公司', '', '']

// Zhuge (诸葛io > 用户行为 > 事件明细 > 导出, CSV; an e-commerce app's and site's events).
const ZG_EV = [['浏览商品详情', '/item/10293', '商品详情'], ['加入购物车', '/cart', '购物车'], ['提交订单', '/checkout', '确认订单'], ['支付成功', '/pay/success', '支付成功'], ['启动App', '', ''], ['搜索', '/search', '搜索结果']]
const zgEv = (o) => pick(ZG_EV, +o.id)
const zgPlat = (o) => pick(['iOS', 'Android', 'Web', 'Android', '微信小程序'], +o.id >> 2)
const zgApp = (o) => ['iOS', 'Android'].includes(zgPlat(o))
const ZG_DEV = [['Apple', 'iPhone 15'], ['HUAWEI', 'Mate 60 Pro'], ['Xiaomi', 'Xiaomi 14'], ['OPPO', 'Find X7'], ['vivo', 'X100']]

// Baidu Tongji (百度统计 > 访客分析 > 实时访客 > 下载, CSV; a training school's site, one row per visit).
const BD_SRC = [['百度', 'https://www.baidu.com/link?url='], ['直接访问', ''], ['外部链接', 'https://www.zhihu.com/question/'], ['360搜索', 'https://www.so.com/link?m='], ['百度推广', 'https://www.baidu.com/baidu.php?url=']]
const BD_KW = ['成人英语培训哪家好', '', '', '雅思培训班价格', '杭州英语口语培训']
const BD_PAGE = ['https://www.yingyuxue.cn/', 'https://www.yingyuxue.cn/course/ielts.html', 'https://www.yingyuxue.cn/about.html', 'https://www.yingyuxue.cn/zt/summer2024/', 'https://www.yingyuxue.cn/course/kouyu.html']
const BD_DEV = [['Windows 10', 'Chrome', '1920x1080'], ['iOS', 'Safari', '390x844'], ['Android', '微信', '412x915'], ['Windows 7', '360安全浏览器', '1366x768'], ['Mac OS X', 'Chrome', '1440x900'], ['Android', 'UC浏览器', '360x780']]
const bdDev = (o) => pick(BD_DEV, +o.id >> 1)
const hms = (s) => `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`

export const SETS = [
  // ---------------------------------------------------------------- e-commerce orders
  { name: 'meituan-waimai-dingdan-zh', product: 'Meituan Waimai (美团外卖商家版: 订单 > 订单明细 > 下载, Excel; one row per order, a Hangzhou noodle shop)', family: 'ecommerce-orders', language: 'zh', schema: E, cols: [
    ['日期', (c, o) => bjDate(o.at), [], opt],
    ['订单编号', (c, o) => `${1100 + (+o.id % 900)}${pad(hashOf(o.id) % 100000000, 8)}${pad(+o.id % 100000, 5)}`, [OR('purchaseID')]],
    ['门店所在城市', () => '杭州市', [], opt],
    ['门店名称', () => '老杭州牛肉面（文三路店）', []],
    ['门店id', () => '10928374', ['commerce.commerceScope.storeCode'], opt],
    ['订单序号', (c, o) => String(1 + (+o.id % 87)), [], opt],
    ['下单时间', (c, o) => bj(o.at), ['timestamp', OR('createdDate')]],
    ['完成时间', (c, o) => (['已完成', '退款成功'].includes(mtSt(o)) ? bj(o.at + (30 + (+o.id % 25)) * 60000) : ''), [], opt],
    ['配送时长', (c, o) => (['已完成', '退款成功'].includes(mtSt(o)) && !mtPick(o) ? `${30 + (+o.id % 25)}分钟` : ''), []],
    ['订单状态', (c, o) => mtSt(o), [], opt],
    ['是否预订单', (c, o) => (+o.id % 6 === 0 ? '是' : '否'), [], opt],
    ['是否到店自取', (c, o) => (mtPick(o) ? '是' : '否'), [], opt],
    ['商品信息', (c, o) => `${mtDish(o)[0]}*${o.qty}${+o.id % 3 === 0 ? ',卤蛋*1' : ''}`, [PL('name')], opt],
    ['活动信息', (c, o) => (mtShopAct(o) ? `满${mtShopAct(o) === 8 ? 40 : 25}减${mtShopAct(o)}` : '') + (mtPlatAct(o) ? `${mtShopAct(o) ? ';' : ''}美团红包减${mtPlatAct(o)}` : ''), ['commerce.promotionID'], opt],
    ['配送类型', (c, o) => (mtPick(o) ? '到店自取' : pick(['美团专送', '美团快送', '商家自配送'], +o.id >> 3)), ['commerce.shipping.shippingMethod'], opt],
    ['是否部分退款', (c, o) => (+o.id % 13 === 5 ? '是' : '否'), []],
    ['是否全额退款', (c, o) => (mtSt(o) === '退款成功' ? '是' : '否'), [], opt],
    ['配送距离', (c, o) => (mtPick(o) ? '0' : String(300 + (hashOf(o.id) % 3200))), []],
    ['跑腿配送费', (c, o) => (mtPick(o) ? '0.00' : yuan(4.2 + (+o.id % 5) * 0.5)), []],
    ['跑腿加小费', (c, o) => (+o.id % 17 === 0 ? '2.00' : '0.00'), []],
    ['订单实付', (c, o) => yuan(mtPay(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['商品原价', (c, o) => yuan(mtGoods(o)), [], opt],
    ['配送费', (c, o) => yuan(mtShip(o)), ['commerce.shipping.shippingAmount']],
    ['包装费', (c, o) => yuan(mtBox(o)), []],
    ['活动补贴(平台+商家)', (c, o) => yuan(mtShopAct(o) + mtPlatAct(o)), [OR('discountAmount')], opt],
    ['商家活动支出', (c, o) => yuan(mtShopAct(o)), [OR('discountAmount')], opt],
    ['是否商责取消', (c, o) => (mtSt(o) === '已取消' && +o.id % 2 ? '是' : '否'), []],
    ['商责取消原因', (c, o) => (mtSt(o) === '已取消' && +o.id % 2 ? pick(['商家接单超时', '商家已打烊', '商品已售完'], +o.id) : ''), []],
    ['是否配送延迟', (c, o) => (+o.id % 9 === 2 ? '是' : '否'), []],
    ['是否有效配送信息回传', (c, o) => (mtPick(o) ? '' : +o.id % 11 === 4 ? '否' : '是'), []],
    ['配送信息回传无效原因', (c, o) => (!mtPick(o) && +o.id % 11 === 4 ? '骑手轨迹缺失' : ''), []],
  ] },
  { name: 'dangdang-dingdan-zh', product: 'Dangdang (当当商家后台: 订单管理 > 订单查询 > 导出订单明细, Excel; one row per order line, a children\'s-book shop)', family: 'ecommerce-orders', language: 'zh', schema: E, cols: [
    ['订单编号', (c, o) => `${27000000000 + (+o.id * 7919) % 999999999}`, [OR('purchaseID')]],
    ['下单时间', (c, o) => bj(o.at), ['timestamp', OR('createdDate')]],
    ['付款时间', (c, o) => (ddSt(o) === '已取消' && +o.id % 2 ? '' : bj(o.at + 120000)), [], opt],
    ['订单状态', (c, o) => ddSt(o), [], opt],
    ['商品编号', (c, o) => String(29100000 + (+o.id % DD_BOOK.length) * 4711), [PL('SKU'), PL('_id')], opt],
    ['商家商品编码', (c, o) => ddBook(o)[1], [PL('SKU')]],
    ['商品名称', (c, o) => ddBook(o)[0], [PL('name')]],
    ['购买数量', (c, o) => String(o.qty), [PL('quantity')]],
    ['单价', (c, o) => yuan(ddBook(o)[2]), []],
    ['商品金额', (c, o) => yuan(ddLine(o)), [PL('priceTotal')]],
    ['运费', (c, o) => yuan(ddShip(o)), ['commerce.shipping.shippingAmount']],
    ['订单金额', (c, o) => yuan(ddLine(o) + ddShip(o)), [OR('priceTotal')], opt],
    ['优惠金额', (c, o) => yuan(ddDisc(o)), [OR('discountAmount')], opt],
    ['实付金额', (c, o) => yuan(ddLine(o) + ddShip(o) - ddDisc(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['支付方式', (c, o) => pick(['支付宝', '微信支付', '网银支付', '货到付款'], +o.id >> 2), [OR('payments[0].paymentType')]],
    ['收货人', (c) => zh(c).full, []],
    ['收货人手机', (c) => zh(c).mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['收货人固话', (c, o, r) => (r() < 0.15 ? zh(c).landline : ''), [], opt],
    ['省份', (c) => zh(c).prov, [SHIP('stateProvince'), SHIP('state')]],
    ['城市', (c) => zh(c).city, [SHIP('city')]],
    ['区县', (c) => zh(c).dist, [], opt],
    ['详细地址', (c) => zh(c).street, [SHIP('street1')]],
    ['邮编', (c) => zh(c).zip, [SHIP('postalCode')]],
    ['发票类型', (c, o) => (+o.id % 5 === 0 ? '电子普通发票' : '不开发票'), []],
    ['发票抬头', (c, o) => (+o.id % 5 === 0 ? pick(['个人', '杭州市文晖小学'], +o.id) : ''), []],
    ['快递公司', (c, o) => (ddShipped(o) ? pick(['中通快递', '韵达快递', '京东物流'], +o.id >> 3) : ''), ['commerce.shipping.shippingMethod'], opt],
    ['快递单号', (c, o, r) => (ddShipped(o) ? `${pick(['75', '43', 'JDVC'], +o.id >> 3)}${v.int(r, 100000000, 999999999)}${v.int(r, 100, 999)}` : ''), ['commerce.shipping.trackingNumber'], opt],
    ['发货时间', (c, o) => (ddShipped(o) ? bj(o.at + 86400000 + (+o.id % 20) * 3600000) : ''), ['commerce.shipping.shipDate']],
    ['买家留言', (c, o, r) => v.pick(r, ['', '', '', '送孩子的礼物，请包装好', '周末送货']), []],
    ['商家备注', (c, o, r) => v.pick(r, ['', '', '', '已补发赠品书签']), []],
  ] },
  { name: 'xiaohongshu-dingdan-zh', product: 'Xiaohongshu (小红书千帆: 订单 > 订单管理 > 批量导出, Excel; one row per SKU of a package, a skincare brand)', family: 'ecommerce-orders', language: 'zh', schema: E, cols: [
    ['订单号', (c, o) => `P${7000000000 + hashOf(o.id) % 999999999}${pad(+o.id % 100000, 5)}`, [OR('purchaseID')]],
    ['包裹号', (c, o) => `P${7000000000 + hashOf(o.id) % 999999999}${pad(+o.id % 100000, 5)}-01`, [], opt],
    ['订单状态', (c, o) => xhsSt(o), [], opt],
    ['售后状态', (c, o) => (+o.id % 9 === 4 ? '退款成功' : '无售后'), [], opt],
    ['下单时间', (c, o) => bj(o.at), ['timestamp', OR('createdDate')]],
    ['支付时间', (c, o) => (xhsSt(o) === '已取消' ? '' : bj(o.at + 38000)), [], opt],
    ['发货时间', (c, o) => (['已完成', '已发货'].includes(xhsSt(o)) ? bj(o.at + 26 * 3600000) : ''), ['commerce.shipping.shipDate']],
    ['商品名称', (c, o) => xhsSku(o)[0], [PL('name')]],
    ['规格', (c, o) => xhsSku(o)[1], [PL('selectedOptions[0].value')], opt],
    ['SKU ID', (c, o) => `6${pad(hashOf(xhsSku(o)[2]) % 100000000, 8)}e${pad(+o.id % 10, 2)}`, [PL('_id'), PL('SKU')], opt],
    ['商家编码', (c, o) => xhsSku(o)[2], [PL('SKU')]],
    ['商品数量', (c, o) => String(o.qty), [PL('quantity')]],
    ['商品单价', (c, o) => yuan(xhsSku(o)[3]), []],
    ['商品总价', (c, o) => yuan(xhsLine(o)), [PL('priceTotal')]],
    ['运费', () => '0.00', ['commerce.shipping.shippingAmount']],
    ['商家优惠', (c, o) => yuan(xhsShop(o)), [OR('discountAmount'), PL('discountAmount')], opt],
    ['平台优惠', (c, o) => yuan(xhsPlat(o)), []],
    ['用户实付', (c, o) => yuan(xhsLine(o) - xhsShop(o) - xhsPlat(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['收件人', (c) => `${zh(c).last}*`, []],
    ['收件人手机号', (c) => zh(c).masked, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['省', (c) => zh(c).prov, [SHIP('stateProvince'), SHIP('state')]],
    ['市', (c) => zh(c).city, [SHIP('city')]],
    ['区', (c) => zh(c).dist, [], opt],
    ['详细地址', (c) => zh(c).street.replace(/\d+幢\d+室$/, '****'), [SHIP('street1')]],
    ['用户备注', (c, o, r) => v.pick(r, ['', '', '', '送人的，不要放价格单']), []],
    ['商家备注', (c, o, r) => v.pick(r, ['', '', '', '加赠小样']), []],
    ['物流公司', (c, o) => (['已完成', '已发货'].includes(xhsSt(o)) ? pick(['顺丰速运', '圆通速递', '中通快递'], +o.id >> 3) : ''), ['commerce.shipping.shippingMethod'], opt],
    ['物流单号', (c, o, r) => (['已完成', '已发货'].includes(xhsSt(o)) ? `${pick(['SF', 'YT', '78'], +o.id >> 3)}${v.int(r, 1000000000, 9999999999)}${v.int(r, 10, 99)}` : ''), ['commerce.shipping.trackingNumber'], opt],
    ['下单渠道', (c, o) => pick(['笔记', '直播间', '店铺', '搜索'], +o.id >> 1), [], opt],
  ] },
  { name: 'kuaishou-dingdan-zh', product: 'Kuaishou (快手小店商家版: 订单 > 订单查询 > 导出, CSV; one row per order, a tea-and-snacks shop selling in live rooms)', family: 'ecommerce-orders', language: 'zh', schema: E, cols: [
    ['订单号', (c, o) => `${2400000000000000 + (+o.id * 104729) % 99999999999}`, [OR('purchaseID')]],
    ['订单创建时间', (c, o) => bj(o.at), ['timestamp', OR('createdDate')]],
    ['订单支付时间', (c, o) => (ksSt(o) === '交易关闭' ? '' : bj(o.at + 21000)), [], opt],
    ['订单状态', (c, o) => ksSt(o), [], opt],
    ['商品ID', (c, o) => String(20700000000 + (+o.id % KS_ITEM.length) * 3371), [PL('_id'), PL('SKU')], opt],
    ['商品名称', (c, o) => ksItem(o)[0], [PL('name')]],
    ['SKU编码', (c, o) => `KS${pad((+o.id % KS_ITEM.length) + 1, 3)}`, [PL('SKU')]],
    ['商品规格', (c, o) => ksItem(o)[1], [PL('selectedOptions[0].value')], opt],
    ['商品单价', (c, o) => yuan(ksItem(o)[2]), []],
    ['购买数量', (c, o) => String(o.qty), [PL('quantity')]],
    ['订单金额', (c, o) => yuan(ksGoods(o)), [OR('priceTotal')], opt],
    ['运费', () => '0.00', ['commerce.shipping.shippingAmount']],
    ['商家优惠', (c, o) => yuan(ksShop(o)), [OR('discountAmount')], opt],
    ['平台补贴', (c, o) => yuan(ksPlat(o)), []],
    ['实付款', (c, o) => yuan(ksGoods(o) - ksShop(o) - ksPlat(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['支付方式', (c, o) => pick(['微信支付', '支付宝', '快手支付'], +o.id >> 2), [OR('payments[0].paymentType')], opt],
    ['买家昵称', (c) => pick(['快乐的小鱼', '茶香四溢', '吃货一枚', '老张爱喝茶'], +c.id), []],
    ['买家ID', (c) => String(1800000000 + (+c.id * 31) % 99999999), [], opt],
    ['收货人', (c) => zh(c).full, []],
    ['收货人电话', (c) => zh(c).masked, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['收货地址', (c) => `${zh(c).prov}${zh(c).city}${zh(c).dist}${zh(c).street}`, [SHIP('street1')], opt],
    ['买家留言', (c, o, r) => v.pick(r, ['', '', '', '主播说有赠品']), []],
    ['快递公司', (c, o) => (['交易成功', '已发货'].includes(ksSt(o)) ? pick(['中通快递', '极兔速递', '圆通速递'], +o.id) : ''), ['commerce.shipping.shippingMethod'], opt],
    ['快递单号', (c, o, r) => (['交易成功', '已发货'].includes(ksSt(o)) ? `${v.int(r, 7000000000, 7999999999)}${v.int(r, 1000, 9999)}` : ''), ['commerce.shipping.trackingNumber'], opt],
    ['主播ID', (c, o) => pick(['', '3x8hdm2k9qp', '3xvf7n2c4ue'], +o.id >> 1), []],
    ['主播昵称', (c, o) => pick(['', '云南茶姐', '小林零食铺'], +o.id >> 1), []],
    ['订单来源', (c, o) => pick(['店铺页', '直播间', '短视频'], +o.id >> 1), [], opt],
  ] },
  // ---------------------------------------------------------------- payments
  { name: 'eleme-zhangdan-zh', product: 'Ele.me (饿了么商家版: 财务 > 账单 > 账单明细 > 导出, Excel; one row per bill line, a Shanghai bubble-tea shop)', family: 'payments', language: 'zh', schema: E, cols: [
    ['账单日期', (c, o) => bjDate(o.at + 86400000), [], opt],
    ['门店ID', () => '508812937', ['commerce.commerceScope.storeCode'], opt],
    ['门店名称', () => '茶颜小筑（静安寺店）', []],
    ['订单号', (c, o) => `${8000 + (+o.id % 1999)}${pad(hashOf(o.id) % 1000000000, 9)}${pad(+o.id % 100000, 5)}`, [OR('purchaseID')]],
    ['账单类型', (c, o) => elmType(o), [], opt],
    ['下单时间', (c, o) => bj(o.at), ['timestamp', OR('createdDate')]],
    ['订单完成时间', (c, o) => (elmType(o) === '退单' ? '' : bj(o.at + 35 * 60000)), [], opt],
    ['订单类型', (c, o) => (+o.id % 8 === 0 ? '预订单' : '即时单'), [OR('orderType')], opt],
    ['配送方式', (c, o) => pick(['蜂鸟准时达', '蜂鸟快送', '商家自配送'], +o.id >> 2), ['commerce.shipping.shippingMethod'], opt],
    ['商品原价', (c, o) => yuan(elmGoods(o)), [], opt],
    ['餐盒费', () => '2.00', []],
    ['顾客支付配送费', (c, o) => yuan(elmShip(o)), ['commerce.shipping.shippingAmount']],
    ['商家活动补贴', (c, o) => yuan(elmShop(o)), [OR('discountAmount')], opt],
    ['平台活动补贴', (c, o) => yuan(elmPlat(o)), []],
    ['顾客实付', (c, o) => yuan(elmPaid(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['技术服务费', (c, o) => yuan(elmTech(o)), []],
    ['履约服务费', (c, o) => yuan(elmDeliv(o)), []],
    ['支付服务费', (c, o) => yuan(elmPayFee(o)), []],
    ['退款金额', (c, o) => yuan(elmRefund(o)), [OR('refunds[0].refundAmount')]],
    ['结算金额', (c, o) => yuan(elmSettle(o)), [], opt],
    ['结算状态', (c, o) => (+o.id % 10 === 0 ? '待结算' : '已结算'), [], opt],
    ['预计到账日期', (c, o) => bjDate(o.at + 2 * 86400000), []],
  ] },
  // ---------------------------------------------------------------- support desk
  { name: 'udesk-gongdan-zh', product: 'Udesk (工单 > 工单列表 > 导出, Excel; a home-appliance brand\'s after-sales tickets, custom fields 订单号 and 产品型号)', family: 'support', language: 'zh', schema: E, cols: [
    ['工单ID', (c, o) => String(300000 + (+o.id % 90000)), ['_id']],
    ['标题', (c, o) => udSubj(o)[0], []],
    ['描述', (c, o) => udSubj(o)[1], []],
    ['渠道', (c, o) => pick(['即时聊天', '电话', '微信', '邮件', '手工录入'], +o.id >> 2), [], opt],
    ['优先级', (c, o) => pick(['标准', '标准', '高', '紧急', '低'], +o.id >> 3), []],
    ['状态', (c, o) => udSt(o), [], opt],
    ['客户', (c) => zh(c).full, []],
    ['客户邮箱', (c, o, r) => (r() < 0.5 ? zh(c).email : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['客户手机号', (c) => zh(c).mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['受理客服', (c, o) => (udSt(o) === '开启' ? '' : pick(['林晓', '周婷', '陈浩'], +o.id)), []],
    ['受理客服组', (c, o) => pick(['售后1组', '售后2组', '安装预约组'], +o.id >> 1), []],
    ['创建人', (c, o) => pick(['客户', '林晓', '系统'], +o.id >> 2), []],
    ['创建时间', (c, o) => bj(o.at), ['timestamp']],
    ['更新时间', (c, o) => bj(o.at + (1 + (+o.id % 60)) * 3600000), [], opt],
    ['解决时间', (c, o) => (['已解决', '已关闭'].includes(udSt(o)) ? bj(o.at + (2 + (+o.id % 48)) * 3600000) : ''), [], opt],
    ['首次响应时间', (c, o) => bj(o.at + (3 + (+o.id % 40)) * 60000), [], opt],
    ['标签', (c, o) => pick(['空调', '安装', '退换货', '发票', ''], +o.id), []],
    ['满意度', (c, o) => (['已解决', '已关闭'].includes(udSt(o)) ? pick(['满意', '非常满意', '一般', '未评价'], +o.id >> 1) : ''), []],
    ['订单号', (c, o, r) => (r() < 0.6 ? `${3700000000000000000n + BigInt(+o.id) * 9173n}` : ''), [OR('purchaseID')], opt],
    ['产品型号', (c, o) => pick(['KFR-35GW/N1', 'WQP12-W5201', 'BCD-516WKPZM', 'KFR-26GW/B3'], +o.id >> 1), [], opt],
  ] },
  { name: 'meiqia-kehu-zh', product: 'Meiqia (美洽: 客户 > 客户列表 > 导出, Excel; visitors and customers of an online-education company\'s web and WeChat chat)', family: 'support', language: 'zh', schema: P, cols: [
    ['顾客ID', (c) => String(150000000 + (hashOf(c.id) % 99999999)), ['_id', 'personID'], opt],
    ['姓名', (c, o, r) => (r() < 0.8 ? zh(c).full : ''), ['person.name.fullName']],
    ['性别', (c) => (hashOf(c.id) % 7 === 0 ? '' : zh(c).female ? '女' : '男'), ['person.gender'], opt],
    ['年龄', (c) => String(18 + (hashOf(c.id) % 30)), []],
    ['电话', (c) => zh(c).mobile, ['mobilePhone.number', 'homePhone.number']],
    ['邮箱', (c, o, r) => (r() < 0.5 ? zh(c).email : ''), ['personalEmail.address']],
    ['微信', (c) => `wxid_${v.alnum(v.rng(hashOf(c.id)), 14).toLowerCase()}`, []],
    ['QQ', (c, o, r) => (r() < 0.4 ? zh(c).qq : ''), []],
    ['地址', (c, o, r) => (r() < 0.3 ? `${zh(c).prov}${zh(c).city}${zh(c).dist}` : ''), [], opt],
    ['备注', (c, o, r) => v.pick(r, ['', '', '雅思7分目标', '咨询少儿英语', '已试听']), []],
    ['标签', (c) => pick(['意向高', '已报名', '价格敏感', '', ''], hashOf(c.id)), []],
    ['来源渠道', (c) => pick(MQ_SRC, hashOf(c.id) >> 2), [], opt],
    ['搜索关键词', (c) => pick(['雅思培训', '', '英语口语', ''], hashOf(c.id) >> 3), []],
    ['首次访问时间', (c) => bj(c.created), [], opt],
    ['最后联系时间', (c) => bj(Math.max(c.created, c.updated)), [], opt],
    ['对话次数', (c) => String(1 + (hashOf(c.id) % 9)), []],
    ['所属客服', (c) => pick(['王老师', '李老师', '顾问小陈'], hashOf(c.id)), []],
    ['地区', (c) => `${zh(c).prov.replace(/省$/, '')} ${zh(c).city.replace(/市$/, '')}`, [], opt],
    ['IP', (c, o, r) => `${v.pick(r, ['112', '183', '117', '222'])}.${v.int(r, 0, 255)}.${v.int(r, 0, 255)}.${v.int(r, 1, 254)}`, []],
    ['浏览器', (c) => pick(['Chrome', '微信内置浏览器', 'Safari', 'Edge'], hashOf(c.id) >> 1), []],
    ['操作系统', (c) => pick(['Windows 10', 'Android 14', 'iOS 17', 'Windows 11'], hashOf(c.id) >> 1), []],
  ] },
  // ---------------------------------------------------------------- CRM
  { name: 'qidian-kehu-zh', product: 'Tencent Qidian (腾讯企点: 客户库 > 导出客户, Excel; an industrial-equipment seller\'s customer contacts)', family: 'crm', language: 'zh', schema: B, cols: [
    ['客户ID', (c) => String(2850000000 + (hashOf(c.id) % 99999999)), B2BID, opt],
    ['姓名', (c) => zh(c).full, ['person.name.fullName']],
    ['性别', (c) => (zh(c).female ? '女' : '男'), ['person.gender'], opt],
    ['手机', (c) => zh(c).mobile, ['mobilePhone.number']],
    ['电话', (c, o, r) => (r() < 0.5 ? zh(c).landline : ''), ['workPhone.number']],
    ['邮箱', (c) => `${zh(c).py}@${pick(['hengda-jx.com', 'yunfeng-tech.cn', 'jinggong.com.cn', 'huaxin-eng.com', 'dongrun-pack.com'], hashOf(c.id) >>> 2)}`, ['workEmail.address']],
    ['QQ', (c, o, r) => (r() < 0.4 ? zh(c).qq : ''), []],
    ['微信', (c, o, r) => (r() < 0.5 ? zh(c).mobile : ''), []],
    ['公司名称', (c) => qdCo(c)[0], ['b2b.companyName', 'organizations[0]']],
    ['部门', (c) => qdCo(c)[1], ['extendedWorkDetails.departments[0]']],
    ['职位', (c) => qdCo(c)[2], ['extendedWorkDetails.jobTitle']],
    ['所在地区', (c) => `${zh(c).prov}/${zh(c).city}`, [], opt],
    ['详细地址', (c) => `${zh(c).dist}${zh(c).street}`, ['workAddress.street1'], opt],
    ['客户来源', (c) => pick(QD_SRC, hashOf(c.id) >> 3), ['b2b.personSource'], opt],
    ['客户阶段', (c) => pick(QD_STAGE, hashOf(c.id) >> 1), ['b2b.personStatus'], opt],
    ['归属人', (c) => pick(['刘洋', '赵静', '孙磊'], hashOf(c.id)), []],
    ['标签', (c) => pick(['大客户', '需报价', '展会2024', ''], hashOf(c.id) >> 2), []],
    ['创建时间', (c) => bj(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['最近联系时间', (c) => bj(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['备注', (c, o, r) => v.pick(r, ['', '', '需要上门演示', '年底预算']), []],
  ] },
  { name: 'kingdee-kehu-zh', product: 'Kingdee (金蝶云星辰: 基础资料 > 客户 > 导出, Excel; a building-materials wholesaler\'s customers, one contact each)', family: 'crm', language: 'zh', schema: B, cols: [
    ['客户编码', (c) => `KH${pad(hashOf(c.id) % 100000, 5)}`, [...B2BID, 'b2b.accountKey.sourceID', 'b2b.accountID'], opt],
    ['客户名称', (c) => kdCo(c)[0], ['b2b.companyName', 'organizations[0]']],
    ['客户类别', (c) => pick(['装饰公司', '零售店', '物业', '工程客户'], hashOf(c.id) >>> 1), [], opt],
    ['联系人', (c) => zh(c).full, ['person.name.fullName']],
    ['联系人手机', (c) => zh(c).mobile, ['mobilePhone.number']],
    ['联系电话', (c, o, r) => (r() < 0.6 ? zh(c).landline : ''), ['workPhone.number']],
    ['邮箱', (c, o, r) => (r() < 0.5 ? zh(c).email : ''), ['workEmail.address', 'personalEmail.address']],
    ['QQ', (c, o, r) => (r() < 0.3 ? zh(c).qq : ''), []],
    ['省', () => '浙江省', at(['workAddress'], 'stateProvince').concat(at(['workAddress'], 'state')), opt],
    ['市', (c) => kdCo(c)[2], ['workAddress.city'], opt],
    ['区', (c) => kdCo(c)[3], [], opt],
    ['详细地址', (c) => kdCo(c)[4], ['workAddress.street1'], opt],
    ['纳税人识别号', (c) => kdCo(c)[1], [], opt],
    ['开户银行', (c) => pick(['中国工商银行杭州文三路支行', '招商银行宁波分行', '中国建设银行温州鹿城支行'], hashOf(c.id)), []],
    ['银行账号', (c) => `6222${pad(hashOf(c.id) % 1000000000000, 12)}`, []],
    ['销售员', (c) => pick(['陈浩', '吴敏', '徐婷'], hashOf(c.id) >> 2), []],
    ['信用额度', (c) => yuan((hashOf(c.id) % 10) * 5000), []],
    ['期初应收', (c) => yuan((hashOf(c.id) % 5000) + 0.5), []],
    ['启用状态', (c) => (hashOf(c.id) % 9 === 0 ? '禁用' : '启用'), [], opt],
    ['创建日期', (c) => bjDate(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['备注', (c, o, r) => v.pick(r, ['', '', '月结30天', '只收现款']), []],
  ] },
  // ---------------------------------------------------------------- B2B leads
  { name: 'wecom-kehu-zh', product: 'WeChat Work / WeCom (企业微信管理后台: 客户与上下游 > 客户联系 > 客户 > 导出, Excel; a SaaS vendor\'s sales team\'s customers, one row per customer and salesperson)', family: 'b2b-leads', language: 'zh', schema: B, cols: [
    ['客户名称', (c) => pick(WW_NICK, hashOf(c.id)), []],
    ['客户类型', (c) => (hashOf(c.id) % 4 === 0 ? '企业微信' : '微信'), [], opt],
    ['企业名称', (c) => (hashOf(c.id) % 4 === 0 ? pick(WW_CO.slice(0, 3), hashOf(c.id) >> 2) : ''), ['b2b.companyName', 'organizations[0]'], opt],
    ['性别', (c) => (hashOf(c.id) % 5 === 0 ? '未知' : zh(c).female ? '女' : '男'), ['person.gender'], opt],
    ['备注名', (c) => `${zh(c).full}-${pick(['恒达', '云峰', '精工', '华信'], hashOf(c.id) >> 1)}`, ['person.name.fullName'], opt],
    ['备注企业', (c) => pick(WW_CO, hashOf(c.id) >> 1), ['b2b.companyName', 'organizations[0]'], opt],
    ['备注手机号', (c, o, r) => (r() < 0.6 ? zh(c).mobile : ''), ['mobilePhone.number']],
    ['描述', (c, o, r) => v.pick(r, ['', '', '对CRM模块感兴趣', '已发报价单', '年后采购']), []],
    ['标签', (c) => pick(['A类客户', '意向客户,已演示', '展会', '老客户转介绍', ''], hashOf(c.id) >> 3), []],
    ['添加人', (c) => pick(['刘洋', '赵静', '孙磊', '周敏'], hashOf(c.id)), []],
    ['添加人账号', (c) => pick(['LiuYang', 'ZhaoJing', 'SunLei', 'ZhouMin'], hashOf(c.id)), []],
    ['添加人所属部门', () => '销售部', []],
    ['添加时间', (c) => bj(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['来源', (c) => pick(WW_SRC, hashOf(c.id) >> 2), ['b2b.personSource'], opt],
    ['状态', (c) => (hashOf(c.id) % 11 === 0 ? '已删除' : '已添加'), [], opt],
    ['所在群聊', (c) => pick(['', '恒达机械项目群', '客户交流1群', ''], hashOf(c.id) >> 1), []],
  ] },
  // ---------------------------------------------------------------- analytics events
  { name: 'zhuge-shijian-zh', product: 'Zhuge (诸葛io: 用户行为 > 事件明细 > 导出, CSV; an e-commerce app\'s and site\'s events, one row per event)', family: 'analytics', language: 'zh', schema: E, cols: [
    ['事件名称', (c, o) => zgEv(o)[0], ['eventType'], opt],
    ['触发时间', (c, o) => bj(o.at), ['timestamp']],
    ['诸葛ID', (c) => String(40000000 + (hashOf(c.id) % 9999999)), [], opt],
    ['用户ID', (c, o) => (+o.id % 3 === 0 ? '' : `u${pad(hashOf(c.id) % 10000000, 7)}`), [], opt],
    ['设备ID', (c, o, r) => (zgApp(o) ? v.uuid(r).toUpperCase() : v.hex(r, 16)), ['device.typeID'], opt],
    ['会话ID', (c, o) => String(o.at - (+o.id % 600) * 1000), [], opt],
    ['平台', (c, o) => zgPlat(o), [], opt],
    ['应用版本', (c, o) => (zgApp(o) ? '5.8.2' : ''), []],
    ['设备品牌', (c, o) => (zgApp(o) ? (zgPlat(o) === 'iOS' ? 'Apple' : pick(ZG_DEV.slice(1), +o.id)[0]) : ''), ['device.manufacturer']],
    ['设备型号', (c, o) => (zgApp(o) ? (zgPlat(o) === 'iOS' ? 'iPhone 15' : pick(ZG_DEV.slice(1), +o.id)[1]) : ''), ['device.model']],
    ['操作系统', (c, o) => (zgPlat(o) === 'Web' ? 'Windows' : zgPlat(o) === '微信小程序' ? 'Android' : zgPlat(o)), ['environment.operatingSystem']],
    ['操作系统版本', (c, o) => ({ iOS: '17.4.1', Android: '14', Web: '10', 微信小程序: '13' })[zgPlat(o)], ['environment.operatingSystemVersion']],
    ['浏览器', (c, o) => (zgPlat(o) === 'Web' ? 'Chrome' : ''), ['environment.browserDetails.name']],
    ['国家', () => '中国', [], opt],
    ['省份', (c) => zh(c).prov.replace(/省$/, ''), ['placeContext.geo.stateProvince']],
    ['城市', (c) => zh(c).city.replace(/市$/, ''), ['placeContext.geo.city']],
    ['IP', (c, o, r) => `${v.pick(r, ['112', '183', '117', '222'])}.${v.int(r, 0, 255)}.${v.int(r, 0, 255)}.${v.int(r, 1, 254)}`, ['environment.ipV4']],
    ['网络', (c, o) => (zgPlat(o) === 'Web' ? '' : pick(['WIFI', '5G', '4G'], +o.id)), ['environment.connectionType'], opt],
    ['运营商', (c, o) => (zgApp(o) ? pick(['中国移动', '中国联通', '中国电信'], +o.id >> 1) : ''), ['environment.carrier']],
    ['页面标题', (c, o) => zgEv(o)[2], ['web.webPageDetails.name']],
    ['页面地址', (c, o) => (zgPlat(o) === 'Web' && zgEv(o)[1] ? `https://m.yunfanmall.cn${zgEv(o)[1]}` : ''), ['web.webPageDetails.URL']],
    ['来源地址', (c, o) => (zgPlat(o) === 'Web' ? pick(['https://www.baidu.com/', '', 'https://www.xiaohongshu.com/'], +o.id >> 1) : ''), ['web.webReferrer.URL']],
    ['utm_source', (c, o) => pick(['', 'baidu', 'wechat', ''], +o.id >> 2), [], opt],
    ['utm_medium', (c, o) => pick(['', 'cpc', 'social', ''], +o.id >> 2), [], opt],
    ['utm_campaign', (c, o) => pick(['', 'double11', 'spring_sale', ''], +o.id >> 2), ['marketing.campaignName', 'marketing.trackingCode']],
    ['屏幕分辨率', (c, o) => (zgApp(o) ? '1179*2556' : '1920*1080'), [], opt],
    ['商品ID', (c, o) => (['浏览商品详情', '加入购物车'].includes(zgEv(o)[0]) ? String(10293 + (+o.id % 7)) : ''), [PL('SKU'), PL('_id')], opt],
    ['订单金额', (c, o) => (zgEv(o)[0] === '支付成功' ? yuan(o.total * 7) : ''), [OR('priceTotal')], opt],
  ] },
  { name: 'baidu-tongji-fangwen-zh', product: 'Baidu Tongji (百度统计: 访客分析 > 实时访客 > 下载, CSV; a training school\'s site, one row per visit)', family: 'analytics', language: 'zh', schema: E, cols: [
    ['访问时间', (c, o) => bj(o.at), ['timestamp']],
    ['地域', (c) => `${zh(c).prov.replace(/省$/, '')} ${zh(c).city.replace(/市$/, '')}`, [], opt],
    ['来源', (c, o, r) => (pick(BD_SRC, +o.id)[0] === '外部链接' ? `${pick(BD_SRC, +o.id)[1]}${v.int(r, 20000000, 69999999)}` : pick(BD_SRC, +o.id)[0]), ['web.webReferrer.URL'], opt],
    ['入口页面', (c, o) => pick(BD_PAGE, +o.id >> 1), ['web.webPageDetails.URL'], opt],
    ['搜索词', (c, o) => (['百度', '360搜索', '百度推广'].includes(pick(BD_SRC, +o.id)[0]) ? pick(BD_KW.filter(Boolean), +o.id >> 2) : ''), []],
    ['访问IP', (c, o, r) => `${v.pick(r, ['112', '183', '117', '222'])}.${v.int(r, 0, 255)}.${v.int(r, 0, 255)}.${v.int(r, 1, 254)}`, ['environment.ipV4']],
    ['访客标识码', (c) => String(4000000000000000000n + BigInt(hashOf(c.id)) * 977n), [], opt],
    ['访问时长', (c, o) => (+o.id % 5 === 0 ? '未知' : hms(5 + (+o.id % 900))), [], opt],
    ['访问页数', (c, o) => String(1 + (+o.id % 8)), []],
    ['最后停留在', (c, o) => pick(BD_PAGE, +o.id >> 2), []],
    ['上一次访问时间', (c, o) => (+o.id % 3 === 0 ? '首次访问' : bj(o.at - (1 + (+o.id % 20)) * 86400000)), []],
    ['访客类型', (c, o) => (+o.id % 3 === 0 ? '新访客' : '老访客'), [], opt],
    ['访问频次', (c, o) => String(+o.id % 3 === 0 ? 1 : 2 + (+o.id % 6)), []],
    ['操作系统', (c, o) => bdDev(o)[0], ['environment.operatingSystem']],
    ['浏览器', (c, o) => bdDev(o)[1], ['environment.browserDetails.name']],
    ['屏幕分辨率', (c, o) => bdDev(o)[2], [], opt],
    ['屏幕颜色', () => '24-bit', ['environment.colorDepth', 'device.colorDepth'], opt],
    ['网络服务商', (c, o) => pick(['电信', '联通', '移动'], +o.id >> 2), ['environment.ISP']],
    ['语言环境', () => 'zh-cn', ['environment.browserDetails.acceptLanguage', 'environment._dc.language'], opt],
    ['是否支持Cookie', () => '支持', ['environment.browserDetails.cookiesEnabled']],
    ['是否支持JAVA', (c, o) => (bdDev(o)[0].startsWith('Windows') && +o.id % 4 === 0 ? '支持' : '不支持'), ['environment.browserDetails.javaEnabled']],
    ['Flash版本', () => '--', []],
    ['是否推广', (c, o) => (pick(BD_SRC, +o.id)[0] === '百度推广' ? '是' : '否'), [], opt],
  ] },
]
