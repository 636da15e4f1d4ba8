/** Arabic column vocabulary (as written, without diacritics): shop, CRM and invoice exports. */
export const WORDS: Record<string, string[]> = {
  // the contract, policy or receipt an export's rows are (context.ts: its number is the event's record, as an order's)
  عقد: ['contract'],
  // the plan or tariff subscribed to and the vehicle hired or sold: the goods of a subscription's, utility's or rental's export (context.ts)
  باقة: ['plan'], سيارة: ['vehicle'],
  // (words are found with or without the article ال: names.ts)
  مسترد: ['refund'], حالة: ['status'], متجر: ['store'], لدى: [], تاجر: ['merchant'],
  الاسم: ['name'], اسم: ['name'], الأول: ['first'], الاول: ['first'], الأخير: ['last'], العائلة: ['last'], الكامل: ['full'], الجنس: ['gender'], الميلاد: ['birth'], الشركة: ['company'], المسمى: [], الوظيفي: ['job', 'title'], القسم: ['department'],
  البريد: ['email'], الإلكتروني: [], الالكتروني: [], الهاتف: ['phone'], هاتف: ['phone'], الجوال: ['mobile', 'phone'], جوال: ['mobile', 'phone'], المحمول: ['mobile', 'phone'], العنوان: ['@address'], الشارع: ['street'], المدينة: ['city'], المنطقة: ['state'], المحافظة: ['state'], الدولة: ['country'], البلد: ['country'], الرمز: ['code'], البريدي: ['postal'],
  العميل: ['customer'], عميل: ['customer'], العضو: ['member'], رقم: ['number'], الرقم: ['number'], رمز: ['code'], الطلب: ['order'], طلب: ['order'], تاريخ: ['date'], التاريخ: ['date'], الوقت: ['time'], المنتج: ['product'], منتج: ['product'], الكمية: ['quantity'],
  السعر: ['price'], سعر: ['price'], الوحدة: ['unit'], المبلغ: ['amount'], الإجمالي: ['total'], الاجمالي: ['total'], المجموع: ['total'], الضريبة: ['tax'], الخصم: ['discount'], الشحن: ['shipping'], العملة: ['currency'], الدفع: ['payment'], طريقة: ['method'], الحالة: ['status'], النقاط: ['point'], المستوى: ['tier'], ملاحظات: ['note'], اللغة: ['language'], الوصف: ['description'], النوع: ['type'],
  // everyday words of shop (Salla, Zid, Shopify in Arabic), invoice (ZATCA e-invoices), CRM, newsletter and analytics UIs
  الأوسط: ['middle'], الاوسط: ['middle'], التحية: ['courtesy', 'title'], الجنسية: ['nationality'], ملاحظة: ['note'], تعليق: ['note'], تعليقات: ['note'], الإيميل: ['email'], الايميل: ['email'], إيميل: ['email'], ايميل: ['email'],
  الموبايل: ['mobile', 'phone'], النقال: ['mobile', 'phone'], واتساب: ['mobile', 'phone'], الفاكس: ['fax', 'phone'], العمل: ['work'], المنزل: ['home'], المنزلي: ['home'], الشخصي: ['personal'],
  الحي: ['district'], الشقة: ['street', '2'], الإمارة: ['state'], الامارة: ['state'], الولاية: ['state'], الإقليم: ['state'], الاقليم: ['state'], الفوترة: ['billing'], الفاتورة: ['billing'], الفواتير: ['billing'], التوصيل: ['shipping'], التسليم: ['shipping'], الشحنة: ['shipping'],
  المؤسسة: ['company'], المنظمة: ['company'], الوظيفة: ['job', 'title'], المنصب: ['job', 'title'], الإدارة: ['department'], الصناعة: [], القطاع: [],
  معرف: ['id'], المعرف: ['id'], العضوية: ['member'], المستخدم: ['user'], المرجع: ['reference'], الطلبية: ['order'], الطلبات: ['order'],
  المنتجات: ['goods'], الصنف: ['product'], الأصناف: ['goods'], البند: ['product'], السلعة: ['product'], الباركود: ['sku'], الفئة: ['category'], التصنيف: ['category'], الماركة: ['manufacturer'],
  الفرعي: ['sub'], الصافي: ['net'], صافي: ['net'], الكلي: ['total'], الرسوم: ['fee'], رسوم: ['fee'], الكوبون: ['coupon'], كوبون: ['coupon'], القسيمة: ['coupon'], المعاملة: ['transaction'], العملية: ['transaction'],
  الاسترداد: ['refund'], المرتجع: ['return'], الإرجاع: ['return'], الارجاع: ['return'], ملغي: ['cancel'], ملغى: ['cancel'], الإلغاء: ['cancel'], الالغاء: ['cancel'], الإنشاء: ['created'], الانشاء: ['created'], التحديث: ['updated'], التعديل: ['updated'], مدفوع: ['paid'], الانضمام: ['join'],
  النشرة: ['newsletter'], الإخبارية: [], الاخبارية: [], مشترك: ['opt', 'in'], الاشتراك: ['opt', 'in'], الموافقة: ['opt', 'in'], المصدر: ['source'], القناة: ['channel'], الحملة: ['campaign'], الوسيط: ['medium'], الوسوم: ['tag'], الوسم: ['tag'], المجموعة: ['group'], الشريحة: ['segment'],
  الرصيد: ['balance'], الانتهاء: ['expiry'], الصلاحية: ['expiry'], المكافآت: ['loyalty'], المكافات: ['loyalty'], الولاء: ['loyalty'], منذ: ['since'], المستبدلة: ['redeemed'], المكتسبة: ['earned'], المنتهية: ['expired'], منتهية: ['expired'],
  الحدث: ['event'], الجلسة: ['session'], الصفحة: ['page'], الرابط: ['url'], المتصفح: ['browser'], الجهاز: ['device'], الشاشة: ['screen'], الدقة: ['resolution'], المحيل: ['referrer'], الزيارة: ['visit'], الزائر: ['visitor'], المشاهدات: ['views'], المدة: ['duration'],
  اللون: ['color'], المقاس: ['size'], الحجم: ['size'], الوزن: ['weight'], البائع: ['seller'], آخر: ['last'],
  وسيلة: ['method'], البرنامج: ['program'], العناصر: ['goods'], العنصر: ['product'], إلى: [], الى: [], من: [], في: [], على: [],
}

export const PHRASES: Record<string, string[]> = {
  // a courier's number of pieces (Bosta's "عدد القطع"), as "Number of Pieces" is the quantity
  'عدد القطع': ['quantity'],
  // the social state, a person's marital status
  'الحالة الاجتماعية': ['marital', 'status'], 'الحالة الإجتماعية': ['marital', 'status'],
  'قيمة الفاتورة': ['total'], 'إجمالي الفاتورة': ['total'], 'اجمالي الفاتورة': ['total'],
  'ضريبة القيمة المضافة': ['tax'], 'القيمة المضافة': ['tax'],
  'البريد الإلكتروني': ['email'], 'البريد الالكتروني': ['email'], 'الرمز البريدي': ['postal', 'code'], 'تاريخ الميلاد': ['birth', 'date'], 'المسمى الوظيفي': ['job', 'title'], 'رقم الطلب': ['order', 'number'], 'تاريخ الطلب': ['order', 'date'], 'طريقة الدفع': ['payment', 'method'], 'طريقة الشحن': ['shipping', 'method'], 'تكلفة الشحن': ['shipping', 'amount'], 'سعر الوحدة': ['unit', 'price'], 'اسم المنتج': ['product', 'name'],
  'الاسم الأوسط': ['middle', 'name'], 'الاسم الاوسط': ['middle', 'name'], 'اسم الأب': ['middle', 'name'], 'اسم العائلة': ['last', 'name'], 'الاسم الأول': ['first', 'name'], 'الاسم الاول': ['first', 'name'], 'الاسم الكامل': ['full', 'name'],
  'رقم الهاتف': ['phone', 'number'], 'رقم الجوال': ['mobile', 'phone'], 'رقم الموبايل': ['mobile', 'phone'], 'الهاتف المحمول': ['mobile', 'phone'], 'الموقع الإلكتروني': ['website'], 'الموقع الالكتروني': ['website'],
  'رقم المبنى': ['house', 'number'], 'صندوق البريد': ['post', 'office', 'box'], 'رمز الدولة': ['country', 'code'], 'رمز البلد': ['country', 'code'], 'اسم الشركة': ['company', 'name'],
  'الرقم الضريبي': ['tax', 'id'], 'رقم التسجيل الضريبي': ['tax', 'id'], 'السجل التجاري': ['registration'], 'عدد الموظفين': [],
  'رقم العميل': ['customer', 'id'], 'معرف العميل': ['customer', 'id'], 'رقم العضوية': ['member', 'id'], 'اسم المستخدم': ['login'], 'رقم المرجع': ['reference', 'number'], 'رقم الفاتورة': ['billing', 'number'],
  'رمز المنتج': ['sku'], 'رمز التخزين': ['sku'], 'الرمز الشريطي': ['sku'], 'العلامة التجارية': ['manufacturer'], 'المجموع الفرعي': ['subtotal'], 'الإجمالي الفرعي': ['subtotal'], 'الاجمالي الفرعي': ['subtotal'], 'المبلغ الإجمالي': ['total'], 'المبلغ الاجمالي': ['total'],
  'رسوم الشحن': ['shipping', 'amount'], 'رسوم التوصيل': ['shipping', 'amount'], 'كود الخصم': ['coupon', 'code'], 'رمز الخصم': ['coupon', 'code'], 'رمز القسيمة': ['coupon', 'code'], 'كود الكوبون': ['coupon', 'code'],
  'شركة الشحن': ['carrier'], 'رقم التتبع': ['tracking', 'number'], 'رقم الشحنة': ['tracking', 'number'], 'طريقة التوصيل': ['shipping', 'method'], 'رقم المعاملة': ['transaction', 'id'],
  'تاريخ الإنشاء': ['created', 'date'], 'تاريخ الانشاء': ['created', 'date'], 'تاريخ التحديث': ['updated', 'date'], 'تاريخ التعديل': ['updated', 'date'], 'تاريخ الدفع': ['paid', 'date'], 'تاريخ التسجيل': ['created', 'date'], 'تاريخ الانضمام': ['join', 'date'],
  'النشرة الإخبارية': ['newsletter'], 'النشرة الاخبارية': ['newsletter'], 'إلغاء الاشتراك': ['opt', 'out'], 'الغاء الاشتراك': ['opt', 'out'], 'رصيد النقاط': ['points'], 'تاريخ الانتهاء': ['expiry'], 'تاريخ انتهاء الصلاحية': ['expiry'], 'عضو منذ': ['join', 'date'],
  'عنوان الصفحة': ['page', 'name'], 'رابط الصفحة': ['page', 'url'], 'نظام التشغيل': ['operating', 'system'], 'دقة الشاشة': ['screen', 'resolution'], 'عنوان ip': ['ip'], 'الصفحة المرجعية': ['referrer'],
  'تسجيل الدخول': ['login'],
  'وسيلة الدفع': ['payment', 'method'], 'وسيلة الشحن': ['shipping', 'method'], 'الفوترة إلى': ['billing'], 'الشحن إلى': ['shipping'],
  'رقم الحجز': ['order', 'number'], 'عدد التذاكر': ['quantity'], 'رقم الملف': ['customer', 'id'], 'اسم المريض': ['full', 'name'],
}
