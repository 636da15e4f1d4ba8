/**
 * Chinese column vocabulary: the words of shop, CRM and member exports. Headers have no spaces: names.ts reads them by
 * the longest known word first (订单编号 is 订单 + 编号). Written in simplified characters; traditional ones are folded
 * to them (hant.ts), so 訂單編號 reads the same. The last line holds words of Taiwanese and Hong Kong exports.
 */
export const WORDS: Record<string, string[]> = {
  // a company mailbox (企业邮箱) is the person's work e-mail
  企业邮箱: ['work', 'email'],
  // the plan or tariff subscribed to and the vehicle hired or sold: the goods of a subscription's, utility's or rental's export (context.ts)
  方案: ['plan'], 套餐: ['plan'],
  // a company's legal representative (法定代表人: its contact person); "所属省份", "所属城市": the province, the city it is in
  法定代表人: ['contact'], 所属: [],
  实付金额: ['payment', 'amount'], 实付: ['payment', 'amount'], 紧急: ['emergency'], 紧急联系人: ['emergency', 'contact'],
  纬度: ['latitude'], 经度: ['longitude'], 緯度: ['latitude'], 經度: ['longitude'],
  确认: ['confirmed'], 確認: ['confirmed'],
  姓名: ['full', 'name'], 名字: ['first', 'name'], 姓氏: ['last', 'name'], 名称: ['name'], 称谓: ['courtesy', 'title'], 性别: ['gender'], 出生日期: ['birth', 'date'], 生日: ['birth', 'date'],
  公司: ['company'], 公司名称: ['company', 'name'], 部门: ['department'], 职位: ['job', 'title'], 职务: ['job', 'title'], 网站: ['website'],
  电子邮件: ['email'], 邮箱: ['email'], 电话: ['phone'], 电话号码: ['phone', 'number'], 手机: ['mobile', 'phone'], 手机号: ['mobile', 'phone'], 手机号码: ['mobile', 'phone'], 传真: ['fax', 'phone'],
  地址: ['@address'], 详细地址: ['street'], 街道: ['street'], 邮编: ['postal', 'code'], 邮政编码: ['postal', 'code'], 省: ['state'], 省份: ['state'], 城市: ['city'], 市: ['city'], 区县: ['district'], 国家: ['country'],
  客户: ['customer'], 编码: ['code'], 用户: ['user'], 会员: ['member'], 编号: ['number'], 号码: ['number'], 代码: ['code'], 订单: ['order'], 订单号: ['order', 'number'], 订单号码: ['order', 'number'], 日期: ['date'], 时间: ['time'],
  商品: ['product'], 产品: ['product'], 商品名称: ['product', 'name'], 商品编码: ['sku'], 货号: ['sku'], 数量: ['quantity'], 单价: ['unit', 'price'], 价格: ['price'], 金额: ['amount'], 小计: ['subtotal'],
  总计: ['total'], 合计: ['total'], 总金额: ['total'], 运费: ['shipping', 'amount'], 配送: ['shipping'], 配送方式: ['shipping', 'method'], 税: ['tax'], 税额: ['tax', 'amount'], 折扣: ['discount'], 优惠: ['discount'],
  优惠券: ['coupon'], 币种: ['currency'], 货币: ['currency'], 支付: ['payment'], 付款: ['payment'], 方式: ['method'], 支付方式: ['payment', 'method'], 状态: ['status'], 注册时间: ['created', 'date'], 创建时间: ['created', 'date'],
  更新时间: ['updated', 'date'], 下单时间: ['order', 'date'], 积分: ['point'], 等级: ['tier'], 会员等级: ['tier'], 备注: ['note'], 语言: ['language'], 物流单号: ['tracking', 'number'], 快递单号: ['tracking', 'number'], 快递公司: ['carrier'], 类型: ['type'], 描述: ['description'],
  电邮: ['email'], 顾客: ['customer'], 收件人: ['recipient'], 邮政编号: ['postal', 'code'], 邮递区号: ['postal', 'code'], 地区: ['district'], 送货: ['shipping'], 送货方式: ['shipping', 'method'], 运送: ['shipping'], 追踪号码: ['tracking', 'number'], 币别: ['currency'],
  // everyday words of shop (Shopify, Youzan, Taobao/Tmall, JD; Shopline, 91APP in Taiwan), CRM, newsletter and analytics UIs in Chinese
  中间名: ['middle', 'name'], 全名: ['full', 'name'], 真实姓名: ['full', 'name'], 客户名称: ['full', 'name'], 客户名: ['full', 'name'], 昵称: ['nick', 'name'], 称呼: ['courtesy', 'title'], 国籍: ['nationality'], 留言: ['note'], 说明: ['description'],
  电子邮箱: ['email'], 邮件: ['email'], 邮箱地址: ['email'], 电子邮件地址: ['email'], 联系电话: ['phone'], 联络电话: ['phone'], 联系方式: ['phone'], 联系人: ['contact'], 联络人: ['contact'], 座机: ['phone'], 固定电话: ['phone'], 办公电话: ['work', 'phone'], 工作: ['work'],
  家庭: ['home'], 住宅: ['home'], 个人: ['personal'], 行动电话: ['mobile', 'phone'], 流动电话: ['mobile', 'phone'], 手提电话: ['mobile', 'phone'], 网址: ['website'], 主页: ['website'], 官网: ['website'], 微信: ['social'], 微信号: ['social'], 微博: ['social'],
  街道地址: ['street'], 门牌号: ['house', 'number'], 收货: ['shipping'], 收货人: ['recipient'], 收件: ['shipping'], 发货: ['shipping'], 账单: ['billing'], 发票: ['billing'], 县: ['district'], 区: ['district'], 县市: ['state'], 乡镇市区: ['district'], 乡镇: ['district'], 州: ['state'],
  企业: ['company'], 企业名称: ['company', 'name'], 组织: ['company'], 机构: ['company'], 工作单位: ['company'], 行业: [], 员工人数: [], 税号: ['tax', 'id'], 纳税人识别号: ['tax', 'id'], 统一编号: ['tax', 'id'], 统一社会信用代码: ['registration'], 岗位: ['job', 'title'], 头衔: ['job', 'title'], 职称: ['job', 'title'], 角色: ['role'],
  用户名: ['login'], 账号: ['login'], 账户: ['account'], 线索: ['lead'], 评分: ['score'], 线索评分: ['person', 'score'], 潜在客户: ['lead'], 参考号: ['reference', 'number'], 流水号: ['transaction', 'number'], 交易: ['transaction'], 交易号: ['transaction', 'id'], 负责人: ['owner'], 所有者: ['owner'], 会员卡号: ['card', 'number'],
  下单: ['order'], 下单日期: ['order', 'date'], 订购: ['order'], 购买: ['order'], 购买数量: ['quantity'], 订单日期: ['order', 'date'], 发票号: ['billing', 'number'], 发票号码: ['billing', 'number'],
  宝贝: ['product'], 宝贝标题: ['product', 'name'], 商品标题: ['product', 'name'], 规格: ['variant'], 商家编码: ['sku'], 条形码: ['sku'], 条码: ['sku'], 类别: ['category'], 类目: ['category'], 分类: ['category'], 品牌: ['manufacturer'], 厂商: ['manufacturer'], 件数: ['quantity'],
  原价: ['price'], 售价: ['price'], 销售价: ['price'], 销售: [], 应付金额: ['total'], 报名: ['registration'], 报名人数: ['quantity'], 应缴金额: ['total'], 缴费: ['payment'], 总价: ['total'], 总额: ['total'], 含税: ['incl'], 不含税: ['excl'], 未税: ['excl'], 税费: ['tax'], 增值税: ['tax'], 净额: ['net'], 优惠码: ['coupon', 'code'], 折扣码: ['coupon', 'code'], 代金券: ['coupon'], 折价券: ['coupon'],
  快递费: ['shipping', 'amount'], 邮费: ['shipping', 'amount'], 配送费: ['shipping', 'amount'], 手续费: ['fee'], 服务费: ['fee'], 物流公司: ['carrier'], 承运商: ['carrier'], 快递: ['shipping'], 物流: ['shipping'], 运单号: ['tracking', 'number'], 货运单号: ['tracking', 'number'],
  付款时间: ['paid', 'date'], 支付时间: ['paid', 'date'], 退款: ['refund'], 退货: ['return'], 取消: ['cancel'], 修改时间: ['updated', 'date'], 更新日期: ['updated', 'date'], 创建日期: ['created', 'date'], 注册日期: ['created', 'date'], 建立: ['created'], 建立时间: ['created', 'date'], 入会: ['join'], 加入时间: ['join', 'date'],
  订阅: ['opt', 'in'], 退订: ['opt', 'out'], 取消订阅: ['opt', 'out'], 同意: ['opt', 'in'], 新闻通讯: ['newsletter'], 电子报: ['newsletter'], 来源: ['source'], 渠道: ['channel'], 营销活动: ['campaign'], 广告系列: ['campaign'], 媒介: ['medium'], 标签: ['tag'], 分组: ['group'], 细分: ['segment'],
  余额: ['balance'], 有效期: ['expiry'], 到期: ['expiry'], 过期: ['expiry'], 已用: ['redeemed'], 兑换: ['redeemed'], 获得: ['earned'], 点数: ['point'], 红利: ['point'], 购物金: ['balance'],
  事件: ['event'], 会话: ['session'], 页面: ['page'], 页面标题: ['page', 'name'], 页面网址: ['page', 'url'], 页面地址: ['page', 'url'], 链接: ['url'], 引荐来源: ['referrer'], 来源页面: ['referrer'], 浏览器: ['browser'], 设备: ['device'], 操作系统: ['operating', 'system'],
  屏幕分辨率: ['screen', 'resolution'], 分辨率: ['resolution'], 屏幕: ['screen'], 访问: ['visit'], 访客: ['visitor'], 浏览量: ['views'], 停留时长: ['duration'], 跳出率: ['bounce', 'rate'], 时间戳: ['timestamp'], 用户代理: ['user', 'agent'],
  颜色: ['color'], 尺码: ['size'], 尺寸: ['size'], 重量: ['weight'], 买家: [], 卖家: ['seller'], 店铺: ['store'], 店铺名称: ['store', 'name'], 门店: ['store'], 最后: ['last'], 最近: ['last'], 登录: ['login'], 累计消费: ['lifetime', 'spend'], 消费总额: ['lifetime', 'spend'],
  的: [], 您: [], 所在: [], 订购数量: ['quantity'],
  // a restaurant's booking (EZTABLE's 訂位代號, its reservation code): a booking is what an order is in its trade
  订位: ['order'], 代号: ['code'],
  // a POS's member file (Pospal: 会员号, 开卡日期 the day the card was opened, 累计积分 the points all told)
  会员号: ['member', 'number'], 开卡: ['join'], 累计: ['lifetime'], 卡号: ['card', 'number'],
  // Taiwanese and Hong Kong shop and payment exports (91APP, HKTVmall, ECPay, NewebPay, Octopus), analytics SDKs' device words
  料号: ['sku'], 商品料号: ['sku'], 价钱: ['price'], 可用: [], 序号: ['number'], 参考: ['reference'], 参考编号: ['reference', 'number'], 特店: ['merchant'], 商户: ['merchant'], 模式: ['method'], 送货模式: ['shipping', 'method'],
  付款工具: ['payment', 'method'], 支付工具: ['payment', 'method'], 配送单号: ['tracking', 'number'], 包裹: ['parcel'], 追踪: ['tracking'], 追踪编号: ['tracking', 'number'], 型号: ['model'], 设备型号: ['device', 'model'], 联网方式: ['connection', 'type'],
  // Taobao/Tmall order reports (买家会员名 is the buyer's account name, not a person's name; 应付货款 the goods payable; 发票抬头 the invoiced company)
  买家会员名: ['customer', 'login'], 货款: ['subtotal'], 应付: [], 实际支付: ['total'], 实际: [], 总数量: ['quantity'], 原因: ['reason'], 关闭: ['cancel'], 联系手机: ['mobile', 'phone'], 抬头: ['company', 'name'],
  // what is left of 名称 and 名字 after a longer X名 word (会员名称, 组织名称, 客户名字): the X名 says it
  称: [], 字: [],
  // (round 77: a member's join date, 加入日期; the current and the accumulated points, 目前點數, 累積點數)
  加入: ['join'], 目前: [], 累积: ['lifetime'],
}

export const PHRASES: Record<string, string[]> = {
  // Shopify's "Country/Region" (国家/地区) is the country; codes written in Latin letters ("IP地址")
  '国家 地区': ['country'], 'ip 地址': ['ip'],
}

/** Taobao's 买家 (the buyer) heads most of its columns (买家应付邮费, 买家实际支付金额) and says nothing there; alone it is the customer. */
export const ALONE: Record<string, string[]> = { 买家: ['customer'] }
