// Everyday column vocabulary of Japanese, Chinese, Korean, Arabic, Hebrew, Greek, Vietnamese and English exports:
// made-up headers of each language (customer, member, order and analytics exports) whose new words must reach their
// fields. Each expectation fails with the vocabulary entries it names removed.
import { describe, it } from 'vitest'
import { EVENT_RICH as E, PROFILE_RICH as P, expectDestinations } from './helpers/suggest.js'

/** Each column's destination as expected. */

describe('Japanese: split name parts, X名 compounds, 額, Latin codes (JAN, IP) before kana', () => {
  it('a member or customer export', async () => {
    await expectDestinations(P, {
      '会員ID': ['M0001', 'M0002', 'M0003'], 'お名前(姓)': ['山田', '佐藤', '鈴木'], 'お名前(名)': ['太郎', '花子', '一郎'], 'ミドルネーム': ['', 'J', ''],
      'Eメール': ['taro@example.jp', 'hanako@example.jp', 'ichiro@example.jp'], '携帯番号': ['090-1234-5678', '080-2345-6789', '070-3456-7890'], '勤務先電話番号': ['03-1234-5678', '06-2345-6789', '052-345-6789'],
      '郵便番号': ['100-0001', '530-0001', '460-0001'], '都道府県': ['東京都', '大阪府', '愛知県'], '市区町村': ['千代田区', '大阪市北区', '名古屋市中区'], 'マンション名': ['ABCマンション101', '', 'XYZビル5F'],
      'ポイント残高': ['1200', '350', '0'], 'ポイント有効期限': ['2025-03-31', '2025-06-30', '2024-12-31'], 'メールマガジン購読': ['TRUE', 'FALSE', 'TRUE'], '取引先名': ['株式会社ABC', '有限会社XYZ', '合同会社QRS'],
    }, {
      'お名前(姓)': 'person.name.lastName',
      'お名前(名)': 'person.name.firstName',
      'ミドルネーム': 'person.name.middleName',
      'Eメール': 'personalEmail.address',
      '勤務先電話番号': 'workPhone.number',
      'ポイント残高': 'loyalty.points',
      'ポイント有効期限': 'loyalty.pointsExpiration[0].pointsExpirationDate',
      '取引先名': 'organizations[0]',
    })
  })
  it('an order and web-analytics export', async () => {
    await expectDestinations(E, {
      '注文番号': ['10001', '10002', '10003'], '注文日時': ['2024/05/01 10:11:12', '2024/05/02 09:00:00', '2024/05/03 16:45:00'], '品名': ['Tシャツ', 'マグカップ', 'トートバッグ'], 'JANコード': ['4901234567894', '4901234567895', '4901234567896'],
      'カテゴリ': ['衣類', '食器', '雑貨'], 'ブランド': ['ACME', 'Globex', 'ACME'], '数量': ['1', '2', '1'], '税込価格': ['3300', '1650', '2200'], '手数料': ['330', '0', '330'],
      '送り状番号': ['1234-5678-9012', '2234-5678-9012', '3234-5678-9012'], '運送会社': ['ヤマト運輸', '佐川急便', '日本郵便'], '返金額': ['0', '1650', '0'], 'ブラウザ': ['Chrome', 'Safari', 'Edge'], 'IPアドレス': ['203.0.113.5', '198.51.100.7', '192.0.2.44'],
    }, {
      '注文番号': 'commerce.order.purchaseID',
      '品名': 'productListItems[0].name',
      'JANコード': 'productListItems[0].SKU',
      // (round 36: an order's refunded amount is its refund total, one number)
      '返金額': 'commerce.order.refundTotal',
      'ブラウザ': 'environment.browserDetails.name',
      'IPアドレス': 'environment.ipV4',
    })
  })
  it("a Rakuten order report: 注文者名字/送付先名字 pairs, 商品管理番号, 入金 and 最終更新日時", async () => {
    await expectDestinations(E, {
      '受注番号': ['123456-20240501-00001', '123456-20240501-00002', '123456-20240501-00003'], '注文日時': ['2024-05-01 10:11:12', '2024-05-02 09:00:00', '2024-05-03 16:45:00'],
      '注文者名字': ['山田', '佐藤', '鈴木'], '注文者名前': ['太郎', '花子', '一郎'], '商品管理番号': ['tshirt-001', 'mug-002', 'bag-003'], '商品名': ['Tシャツ', 'マグカップ', 'トートバッグ'], '個数': ['1', '2', '1'],
      '合計入金額': ['3300', '1650', '2200'], '送付先郵便番号': ['100-0001', '530-0001', '460-0001'], '最終更新日時': ['2024-05-02 10:11:12', '2024-05-03 09:00:00', '2024-05-04 16:45:00'], '合計返金額': ['0', '1650', '0'],
    }, {
      '商品管理番号': 'productListItems[0].SKU',
      '合計入金額': 'commerce.order.priceTotal',
      '最終更新日時': 'commerce.order.lastUpdatedDate',
      '合計返金額': 'commerce.order.refundTotal',
    })
  })
})

describe('Chinese (simplified and traditional): Taobao, Shopify and analytics words', () => {
  it('a member or customer export', async () => {
    await expectDestinations(P, {
      '会员编号': ['VIP0001', 'VIP0002', 'VIP0003'], '姓氏': ['王', '李', '张'], '名字': ['伟', '娜', '强'], '昵称': ['小伟', '娜娜', '强哥'], '电子邮箱': ['wei@example.cn', 'na@example.cn', 'qiang@example.cn'],
      '联系电话': ['010-12345678', '021-23456789', '020-34567890'], '微信号': ['wx_wei', 'wx_na', 'wx_qiang'], '国家/地区': ['中国', '中国', '中国'], '省份': ['北京', '上海', '广东'], '城市': ['北京', '上海', '广州'],
      '积分余额': ['1200', '350', '0'], '积分有效期': ['2025-03-31', '2025-06-30', '2024-12-31'], '会员等级': ['金卡', '银卡', '普通'], '入会日期': ['2021-01-05', '2022-07-19', '2023-11-30'], '税号': ['91110000123456789X', '91310000123456789Y', '91440000123456789Z'],
    }, {
      // (a bare 名字 is the Chinese given name: the Japanese surname 名字 is read only inside Rakuten's longer words)
      '姓氏': 'person.name.lastName',
      '名字': 'person.name.firstName',
      '电子邮箱': 'personalEmail.address',
      '联系电话': 'homePhone.number',
      '国家/地区': 'homeAddress.country',
      '积分余额': 'loyalty.points',
      '积分有效期': 'loyalty.pointsExpiration[0].pointsExpirationDate',
      '入会日期': 'loyalty.joinDate',
      '税号': 'person.taxId',
    })
  })
  it('an order and web-analytics export', async () => {
    await expectDestinations(E, {
      '订单编号': ['2024050100001', '2024050100002', '2024050100003'], '下单时间': ['2024-05-01 10:11:12', '2024-05-02 09:00:00', '2024-05-03 16:45:00'], '宝贝标题': ['纯棉T恤', '陶瓷马克杯', '帆布包'], '商家编码': ['TS-001', 'MG-002', 'BG-003'],
      '购买数量': ['1', '2', '1'], '优惠码': ['SPRING10', '', 'VIP20'], '快递费': ['10.00', '0.00', '12.00'], '物流公司': ['顺丰速运', '中通快递', '圆通速递'], '運單號': ['SF1234567890', 'ZT2234567890', 'YT3234567890'],
      '付款時間': ['2024-05-01 10:15:00', '2024-05-02 09:05:00', '2024-05-03 16:50:00'], '退款金额': ['0.00', '58.00', '0.00'], '浏览器': ['Chrome', 'Safari', 'Edge'], '操作系统': ['Windows', 'iOS', 'Android'], 'IP地址': ['203.0.113.5', '198.51.100.7', '192.0.2.44'],
    }, {
      '宝贝标题': 'productListItems[0].name',
      '商家编码': 'productListItems[0].SKU',
      '购买数量': 'productListItems[0].quantity',
      '优惠码': 'commerce.promotionID',
      '快递费': 'commerce.shipping.shippingAmount',
      // (round 36: an order's refunded amount is its refund total, one number)
      '退款金额': 'commerce.order.refundTotal',
      '浏览器': 'environment.browserDetails.name',
      '操作系统': 'environment.operatingSystem',
      'IP地址': 'environment.ipV4',
    })
  })
  it('a Taobao order report: the buyer (买家) heading its columns says nothing there', async () => {
    await expectDestinations(E, {
      '订单编号': ['2024050112345678', '2024050212345679', '2024050312345680'], '买家会员名': ['tb_wei88', 'lina_2020', 'qiang.z'], '买家应付货款': ['95.00', '60.00', '45.00'], '买家应付邮费': ['10.00', '0.00', '12.00'],
      '买家实际支付金额': ['105.00', '60.00', '57.00'], '订单状态': ['交易成功', '交易关闭', '卖家已发货'], '订单创建时间': ['2024-05-01 10:11:12', '2024-05-02 09:00:00', '2024-05-03 16:45:00'],
      '宝贝标题': ['纯棉T恤', '陶瓷马克杯', '帆布包'], '宝贝总数量': ['1', '2', '1'], '退款金额': ['0.00', '60.00', '0.00'],
    }, {
      '买家应付邮费': 'commerce.shipping.shippingAmount',
      '宝贝总数量': 'productListItems[0].quantity',
      '订单创建时间': 'timestamp',
    })
  })
})

describe('Korean: 일자/일시 dates, address parts, loyalty and analytics words', () => {
  it('a member or customer export', async () => {
    await expectDestinations(P, {
      '회원아이디': ['kim01', 'lee02', 'park03'], '성명': ['김민수', '이지은', '박서준'], '생년월일': ['1990-01-01', '1985-05-05', '2000-12-31'], '이메일주소': ['minsu@example.kr', 'jieun@example.kr', 'seojun@example.kr'],
      '휴대폰번호': ['010-1234-5678', '010-2345-6789', '010-3456-7890'], '우편번호': ['06236', '04524', '48058'], '시/도': ['서울특별시', '서울특별시', '부산광역시'], '시군구': ['강남구', '중구', '해운대구'], '기본주소': ['테헤란로 123', '세종대로 110', '해운대해변로 264'],
      '나머지주소': ['101동 202호', '5층', ''], '가입일자': ['2021-01-05', '2022-07-19', '2023-11-30'], '잔여포인트': ['1200', '350', '0'], '포인트 만료일': ['2025-03-31', '2025-06-30', '2024-12-31'], '회원등급': ['VIP', 'GOLD', 'SILVER'], '이메일 수신거부': ['N', 'Y', 'N'],
    }, {
      '이메일주소': 'personalEmail.address',
      '시/도': 'homeAddress.stateProvince',
      '시군구': 'homeAddress.city',
      '기본주소': 'homeAddress.street1',
      '나머지주소': 'homeAddress.street2',
      '가입일자': 'loyalty.joinDate',
      '잔여포인트': 'loyalty.points',
      '포인트 만료일': 'loyalty.pointsExpiration[0].pointsExpirationDate',
    })
  })
  it('an order and web-analytics export', async () => {
    await expectDestinations(E, {
      '주문번호': ['20240501-0000001', '20240501-0000002', '20240501-0000003'], '주문일시': ['2024-05-01 10:11:12', '2024-05-02 09:00:00', '2024-05-03 16:45:00'], '제품명': ['반팔 티셔츠', '머그컵', '에코백'], '바코드': ['8801234567893', '8801234567894', '8801234567895'],
      '수량': ['1', '2', '1'], '소계': ['19000', '24000', '15000'], '총결제금액': ['22000', '24000', '18000'], '택배비': ['3000', '0', '3000'], '배송업체': ['CJ대한통운', '한진택배', '롯데택배'], '송장번호': ['123456789012', '223456789012', '323456789012'],
      '결제수단': ['카드', '무통장입금', '카카오페이'], '환불금액': ['0', '12000', '0'], '브라우저': ['Chrome', 'Safari', 'Edge'], '운영체제': ['Windows', 'iOS', 'Android'], '유입경로': ['naver', 'google', 'instagram'],
    }, {
      '주문일시': 'timestamp',
      '제품명': 'productListItems[0].name',
      '바코드': 'productListItems[0].SKU',
      '총결제금액': 'commerce.order.priceTotal',
      '택배비': 'commerce.shipping.shippingAmount',
      // (round 36: an order's refunded amount is its refund total, one number)
      '환불금액': 'commerce.order.refundTotal',
      '브라우저': 'environment.browserDetails.name',
      '운영체제': 'environment.operatingSystem',
    })
  })
})

describe('Arabic: middle name, tax number, product code, shipping fees and analytics words', () => {
  it('a member or customer export', async () => {
    await expectDestinations(P, {
      'رقم العميل': ['C-1001', 'C-1002', 'C-1003'], 'الاسم الأول': ['محمد', 'فاطمة', 'أحمد'], 'اسم العائلة': ['العتيبي', 'الزهراني', 'القحطاني'], 'الاسم الأوسط': ['علي', 'سعد', 'خالد'], 'الإيميل': ['m@example.sa', 'f@example.sa', 'a@example.sa'],
      'رقم الجوال': ['+966501234567', '+966502345678', '+966503456789'], 'الحي': ['العليا', 'الملز', 'النسيم'], 'المدينة': ['الرياض', 'جدة', 'الدمام'], 'الرمز البريدي': ['12211', '21411', '32241'], 'الدولة': ['السعودية', 'السعودية', 'السعودية'],
      'رصيد النقاط': ['1200', '350', '0'], 'تاريخ الانتهاء': ['2025-03-31', '2025-06-30', '2024-12-31'], 'تاريخ الانضمام': ['2021-01-05', '2022-07-19', '2023-11-30'], 'الرقم الضريبي': ['300000000000003', '310000000000003', '320000000000003'],
    }, {
      'الاسم الأوسط': 'person.name.middleName',
      'الإيميل': 'personalEmail.address',
      'تاريخ الانضمام': 'loyalty.joinDate',
      'الرقم الضريبي': 'person.taxId',
      'رصيد النقاط': 'loyalty.points',
    })
  })
  it('an order and web-analytics export', async () => {
    await expectDestinations(E, {
      'رقم الطلب': ['100001', '100002', '100003'], 'تاريخ الطلب': ['2024-05-01 10:11:12', '2024-05-02 09:00:00', '2024-05-03 16:45:00'], 'اسم المنتج': ['قميص قطني', 'كوب', 'حقيبة'], 'رمز المنتج': ['TS-001', 'MG-002', 'BG-003'],
      'الكمية': ['1', '2', '1'], 'المجموع الفرعي': ['95.00', '60.00', '45.00'], 'رسوم الشحن': ['15.00', '0.00', '15.00'], 'كود الخصم': ['RAMADAN10', '', 'VIP20'], 'شركة الشحن': ['أرامكس', 'سمسا', 'ناقل'], 'رقم التتبع': ['AX123456', 'SM223456', 'NQ323456'],
      'العملة': ['SAR', 'SAR', 'SAR'], 'المتصفح': ['Chrome', 'Safari', 'Edge'], 'نظام التشغيل': ['Windows', 'iOS', 'Android'], 'عنوان IP': ['203.0.113.5', '198.51.100.7', '192.0.2.44'],
    }, {
      'رمز المنتج': 'productListItems[0].SKU',
      'كود الخصم': 'commerce.promotionID',
      'رسوم الشحن': 'commerce.shipping.shippingAmount',
      'المتصفح': 'environment.browserDetails.name',
      'نظام التشغيل': 'environment.operatingSystem',
      'عنوان IP': 'environment.ipV4',
    })
  })
})

describe('Hebrew: gershayim abbreviations and everyday phrases', () => {
  it('a member or customer export', async () => {
    await expectDestinations(P, {
      'מספר לקוח': ['1001', '1002', '1003'], 'שם פרטי': ['דנה', 'יוסי', 'נועה'], 'שם משפחה': ['כהן', 'לוי', 'מזרחי'], 'שם אמצעי': ['', 'משה', ''], 'דוא"ל': ['dana@example.co.il', 'yossi@example.co.il', 'noa@example.co.il'],
      'טלפון נייד': ['050-1234567', '052-2345678', '054-3456789'], 'רחוב': ['הרצל 10', 'ביאליק 5', 'ויצמן 22'], 'עיר': ['תל אביב', 'חיפה', 'ירושלים'], 'מיקוד': ['6100001', '3100001', '9100001'], 'יום הולדת': ['1990-01-01', '1985-05-05', '2000-12-31'],
      'יתרת נקודות': ['1200', '350', '0'], 'תוקף עד': ['2025-03-31', '2025-06-30', '2024-12-31'], 'תאריך הצטרפות': ['2021-01-05', '2022-07-19', '2023-11-30'], 'אישור דיוור': ['כן', 'לא', 'כן'],
    }, {
      'שם אמצעי': 'person.name.middleName',
      'דוא"ל': 'personalEmail.address',
      'טלפון נייד': 'mobilePhone.number',
      'יום הולדת': 'person.birthDate',
      'יתרת נקודות': 'loyalty.points',
      'תאריך הצטרפות': 'loyalty.joinDate',
    })
  })
  it('an order and web-analytics export', async () => {
    await expectDestinations(E, {
      "מס' הזמנה": ['5001', '5002', '5003'], 'תאריך הזמנה': ['2024-05-01 10:11:12', '2024-05-02 09:00:00', '2024-05-03 16:45:00'], 'שם מוצר': ['חולצה', 'ספל', 'תיק'], 'מק"ט': ['TS-001', 'MG-002', 'BG-003'], 'כמות': ['1', '2', '1'],
      'סכום ביניים': ['95.00', '60.00', '45.00'], 'מע"מ': ['16.15', '10.20', '7.65'], 'סה"כ': ['126.15', '70.20', '67.65'], 'קוד קופון': ['SALE10', '', 'VIP20'], 'עלות משלוח': ['15.00', '0.00', '15.00'], 'מספר מעקב': ['RR123456789IL', 'RR223456789IL', 'RR323456789IL'],
      'דפדפן': ['Chrome', 'Safari', 'Edge'], 'מערכת הפעלה': ['Windows', 'iOS', 'Android'], 'כתובת IP': ['203.0.113.5', '198.51.100.7', '192.0.2.44'],
    }, {
      "מס' הזמנה": 'commerce.order.purchaseID',
      'מק"ט': 'productListItems[0].SKU',
      'מע"מ': 'commerce.order.taxAmount',
      'סה"כ': 'commerce.order.priceTotal',
      'קוד קופון': 'commerce.promotionID',
      'עלות משלוח': 'commerce.shipping.shippingAmount',
      'דפדפן': 'environment.browserDetails.name',
      'מערכת הפעלה': 'environment.operatingSystem',
      'כתובת IP': 'environment.ipV4',
    })
  })
})

describe('Greek: dotted abbreviations (Τ.Κ., Κιν., Τεμ., Αρ.), genitive phrases and the courier voucher', () => {
  it('a member or customer export', async () => {
    await expectDestinations(P, {
      'Κωδικός πελάτη': ['Π-1001', 'Π-1002', 'Π-1003'], 'Όνομα': ['Γιώργος', 'Μαρία', 'Νίκος'], 'Επώνυμο': ['Παπαδόπουλος', 'Κωνσταντίνου', 'Γεωργίου'], 'Πατρώνυμο': ['Ιωάννης', 'Δημήτριος', 'Κωνσταντίνος'], 'Email': ['g@example.gr', 'm@example.gr', 'n@example.gr'],
      'Κιν.': ['6912345678', '6923456789', '6934567890'], 'Σταθερό τηλέφωνο': ['2101234567', '2310234567', '2610345678'], 'Οδός': ['Ερμού 10', 'Τσιμισκή 5', 'Μαιζώνος 22'], 'Τ.Κ.': ['10563', '54624', '26221'], 'Πόλη': ['Αθήνα', 'Θεσσαλονίκη', 'Πάτρα'],
      'Ημ/νία γέννησης': ['01/01/1990', '05/05/1985', '31/12/2000'], 'Υπόλοιπο πόντων': ['1200', '350', '0'], 'Ημερομηνία λήξης': ['31/03/2025', '30/06/2025', '31/12/2024'], 'Ενημερωτικό δελτίο': ['Ναι', 'Όχι', 'Ναι'],
    }, {
      'Κωδικός πελάτη': '_id',
      'Πατρώνυμο': 'person.name.middleName',
      'Κιν.': 'mobilePhone.number',
      'Σταθερό τηλέφωνο': 'homePhone.number',
      'Τ.Κ.': 'homeAddress.postalCode',
      'Ημ/νία γέννησης': 'person.birthDate',
      'Υπόλοιπο πόντων': 'loyalty.points',
    })
  })
  it('an order and web-analytics export', async () => {
    await expectDestinations(E, {
      'Αρ. παραγγελίας': ['7001', '7002', '7003'], 'Ημερομηνία παραγγελίας': ['01/05/2024 10:11', '02/05/2024 09:00', '03/05/2024 16:45'], 'Κωδικός προϊόντος': ['TS-001', 'MG-002', 'BG-003'], 'Περιγραφή είδους': ['Μπλουζάκι', 'Κούπα', 'Τσάντα'],
      'Τεμ.': ['1', '2', '1'], 'Υποσύνολο': ['95.00', '60.00', '45.00'], 'Έξοδα αποστολής': ['3.50', '0.00', '3.50'], 'Κωδικός κουπονιού': ['SALE10', '', 'VIP20'], 'Μεταφορική εταιρεία': ['ACS', 'ΕΛΤΑ Courier', 'Geniki Taxydromiki'], 'Αριθμός voucher': ['1234567890', '2234567890', '3234567890'], 'Πόλη (Χρέωση)': ['Αθήνα', 'Θεσσαλονίκη', 'Πάτρα'],
      'Πρόγραμμα περιήγησης': ['Chrome', 'Safari', 'Edge'], 'Λειτουργικό σύστημα': ['Windows', 'iOS', 'Android'], 'Διεύθυνση IP': ['203.0.113.5', '198.51.100.7', '192.0.2.44'],
    }, {
      'Αρ. παραγγελίας': 'commerce.order.purchaseID',
      'Κωδικός προϊόντος': 'productListItems[0].SKU',
      'Περιγραφή είδους': 'productListItems[0].name',
      'Τεμ.': 'productListItems[0].quantity',
      'Κωδικός κουπονιού': 'commerce.promotionID',
      'Αριθμός voucher': 'commerce.shipping.trackingNumber',
      'Πόλη (Χρέωση)': 'commerce.billing.address.city',
      'Πρόγραμμα περιήγησης': 'environment.browserDetails.name',
      'Λειτουργικό σύστημα': 'environment.operatingSystem',
      'Διεύθυνση IP': 'environment.ipV4',
    })
  })
})

describe('Vietnamese: whole-header syllables (Họ, Tên) and marketplace phrases', () => {
  it('a member or customer export', async () => {
    await expectDestinations(P, {
      'Mã khách hàng': ['KH0001', 'KH0002', 'KH0003'], 'Họ': ['Nguyễn', 'Trần', 'Lê'], 'Tên đệm': ['Văn', 'Thị', 'Minh'], 'Tên': ['An', 'Bình', 'Châu'], 'SĐT': ['0901234567', '0912345678', '0987654321'], 'Email': ['an@example.vn', 'binh@example.vn', 'chau@example.vn'],
      'Số nhà': ['12', '45A', '7'], 'Phường/Xã': ['Bến Nghé', 'Hàng Bạc', 'Thạch Thang'], 'Quận/Huyện': ['Quận 1', 'Hoàn Kiếm', 'Hải Châu'], 'Tỉnh/Thành phố': ['Hồ Chí Minh', 'Hà Nội', 'Đà Nẵng'],
      'Sinh nhật': ['1990-01-01', '1985-05-05', '2000-12-31'], 'Điểm tích lũy': ['1200', '350', '0'], 'Ngày hết hạn': ['2025-03-31', '2025-06-30', '2024-12-31'], 'Nguồn': ['Facebook', 'Zalo', 'Website'],
    }, {
      'Họ': 'person.name.lastName',
      'Tên đệm': 'person.name.middleName',
      'Tên': 'person.name.firstName',
      'SĐT': 'mobilePhone.number', // 090x/091x/098x are Vietnamese mobiles (round 54: national mobiles by the file's language)
      'Sinh nhật': 'person.birthDate',
      'Điểm tích lũy': 'loyalty.points',
    })
  })
  it('an order and web-analytics export', async () => {
    await expectDestinations(E, {
      'Mã đơn hàng': ['240501ABC', '240502DEF', '240503GHI'], 'Thời gian đặt hàng': ['2024-05-01 10:11', '2024-05-02 09:00', '2024-05-03 16:45'], 'Tên sản phẩm': ['Áo thun', 'Cốc sứ', 'Túi vải'], 'Mã SKU': ['TS-001', 'MG-002', 'BG-003'],
      'Phân loại hàng': ['Đỏ, M', 'Trắng', 'Be'], 'Số lượng': ['1', '2', '1'], 'Tạm tính': ['199000', '240000', '150000'], 'Phí vận chuyển': ['30000', '0', '25000'], 'Mã voucher': ['SALE10', '', 'VIP20'], 'Đơn vị vận chuyển': ['GHN', 'GHTK', 'J&T Express'],
      'Mã vận đơn': ['GHN123456', 'GHTK223456', 'JT323456'], 'Hình thức thanh toán': ['COD', 'Chuyển khoản', 'Ví MoMo'], 'Trình duyệt': ['Chrome', 'Safari', 'Edge'], 'Địa chỉ IP': ['203.0.113.5', '198.51.100.7', '192.0.2.44'],
    }, {
      'Thời gian đặt hàng': 'timestamp',
      'Mã SKU': 'productListItems[0].SKU',
      'Mã voucher': 'commerce.promotionID',
      'Trình duyệt': 'environment.browserDetails.name',
      'Địa chỉ IP': 'environment.ipV4',
    })
  })
})

describe('English: ERP ship-to/bill-to, telco and GS1 words', () => {
  it('a customer export', async () => {
    await expectDestinations(P, {
      'Customer No': ['C-1001', 'C-1002', 'C-1003'], 'First Name': ['Rosa', 'Tim', 'Ines'], 'Last Name': ['Berg', 'Hale', 'Voss'], 'MSISDN': ['447700900123', '447700900124', '447700900125'],
      'Email': ['rosa@example.org', 'tim@example.net', 'ines@example.com'], 'Municipality': ['Leeds', 'York', 'Bath'], 'Postcode': ['LS1 1AA', 'YO1 7HH', 'BA1 1LT'],
    }, { 'MSISDN': 'mobilePhone.number', 'Municipality': 'homeAddress.city' })
  })
  it('an order export', async () => {
    await expectDestinations(E, {
      'Ord No': ['SO-1001', 'SO-1002', 'SO-1003'], 'Order Date': ['2024-05-01 10:11:12', '2024-05-02 09:00:00', '2024-05-03 16:45:00'], 'Ship-To City': ['Leeds', 'York', 'Bath'],
      'GTIN': ['05012345678900', '05012345678901', '05012345678902'], 'Qty': ['1', '2', '1'], 'Courier': ['DPD', 'Royal Mail', 'Evri'], 'Line Total': ['19.99', '24.00', '15.50'],
    }, { 'Ord No': 'commerce.order.purchaseID', 'GTIN': 'productListItems[0].SKU', 'Ship-To City': 'commerce.shipping.address.city' })
  })
})
