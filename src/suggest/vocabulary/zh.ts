/**
 * Chinese column vocabulary: the words of shop, CRM and member exports. Headers have no spaces: names.ts reads them by
 * the longest known word first (订单编号 is 订单 + 编号). Written in simplified characters; traditional ones are folded
 * to them (hant.ts), so 訂單編號 reads the same. The last line holds words of Taiwanese and Hong Kong exports.
 */
export const WORDS: Record<string, string[]> = {
  姓名: ['full', 'name'], 名字: ['first', 'name'], 姓氏: ['last', 'name'], 名称: ['name'], 称谓: ['courtesy', 'title'], 性别: ['gender'], 出生日期: ['birth', 'date'], 生日: ['birth', 'date'],
  公司: ['company'], 公司名称: ['company', 'name'], 部门: ['department'], 职位: ['job', 'title'], 职务: ['job', 'title'], 网站: ['website'],
  电子邮件: ['email'], 邮箱: ['email'], 电话: ['phone'], 电话号码: ['phone', 'number'], 手机: ['mobile', 'phone'], 手机号: ['mobile', 'phone'], 手机号码: ['mobile', 'phone'], 传真: ['fax', 'phone'],
  地址: ['@address'], 详细地址: ['street'], 街道: ['street'], 邮编: ['postal', 'code'], 邮政编码: ['postal', 'code'], 省: ['state'], 省份: ['state'], 城市: ['city'], 市: ['city'], 区县: ['district'], 国家: ['country'],
  客户: ['customer'], 用户: ['user'], 会员: ['member'], 编号: ['number'], 号码: ['number'], 代码: ['code'], 订单: ['order'], 订单号: ['order', 'number'], 订单号码: ['order', 'number'], 日期: ['date'], 时间: ['time'],
  商品: ['product'], 产品: ['product'], 商品名称: ['product', 'name'], 商品编码: ['sku'], 货号: ['sku'], 数量: ['quantity'], 单价: ['unit', 'price'], 价格: ['price'], 金额: ['amount'], 小计: ['subtotal'],
  总计: ['total'], 合计: ['total'], 总金额: ['total'], 实付金额: ['total'], 运费: ['shipping', 'amount'], 配送: ['shipping'], 配送方式: ['shipping', 'method'], 税: ['tax'], 税额: ['tax', 'amount'], 折扣: ['discount'], 优惠: ['discount'],
  优惠券: ['coupon'], 币种: ['currency'], 货币: ['currency'], 支付: ['payment'], 付款: ['payment'], 方式: ['method'], 支付方式: ['payment', 'method'], 状态: ['status'], 注册时间: ['created', 'date'], 创建时间: ['created', 'date'],
  更新时间: ['updated', 'date'], 下单时间: ['order', 'date'], 积分: ['point'], 等级: ['tier'], 会员等级: ['tier'], 备注: ['note'], 语言: ['language'], 物流单号: ['tracking', 'number'], 快递单号: ['tracking', 'number'], 快递公司: ['carrier'], 类型: ['type'], 描述: ['description'],
  电邮: ['email'], 顾客: ['customer'], 收件人: ['recipient'], 邮政编号: ['postal', 'code'], 邮递区号: ['postal', 'code'], 地区: ['district'], 送货: ['shipping'], 送货方式: ['shipping', 'method'], 运送: ['shipping'], 追踪号码: ['tracking', 'number'], 币别: ['currency'],
}

export const PHRASES: Record<string, string[]> = {}
