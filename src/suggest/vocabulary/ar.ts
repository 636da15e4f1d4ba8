/** Arabic column vocabulary (as written, without diacritics): shop, CRM and invoice exports. */
export const WORDS: Record<string, string[]> = {
  // (words are found with or without the article ال: names.ts)
  مسترد: ['refund'], حالة: ['status'], متجر: ['store'], لدى: [],
  الاسم: ['name'], اسم: ['name'], الأول: ['first'], الاول: ['first'], الأخير: ['last'], العائلة: ['last'], الكامل: ['full'], الجنس: ['gender'], الميلاد: ['birth'], الشركة: ['company'], المسمى: [], الوظيفي: ['job', 'title'], القسم: ['department'],
  البريد: ['email'], الإلكتروني: [], الالكتروني: [], الهاتف: ['phone'], هاتف: ['phone'], الجوال: ['mobile', 'phone'], جوال: ['mobile', 'phone'], المحمول: ['mobile', 'phone'], العنوان: ['@address'], الشارع: ['street'], المدينة: ['city'], المنطقة: ['state'], المحافظة: ['state'], الدولة: ['country'], البلد: ['country'], الرمز: ['code'], البريدي: ['postal'],
  العميل: ['customer'], عميل: ['customer'], العضو: ['member'], رقم: ['number'], الرقم: ['number'], رمز: ['code'], الطلب: ['order'], طلب: ['order'], تاريخ: ['date'], التاريخ: ['date'], الوقت: ['time'], المنتج: ['product'], منتج: ['product'], الكمية: ['quantity'],
  السعر: ['price'], سعر: ['price'], الوحدة: ['unit'], المبلغ: ['amount'], الإجمالي: ['total'], الاجمالي: ['total'], المجموع: ['total'], الضريبة: ['tax'], الخصم: ['discount'], الشحن: ['shipping'], العملة: ['currency'], الدفع: ['payment'], طريقة: ['method'], الحالة: ['status'], النقاط: ['point'], المستوى: ['tier'], ملاحظات: ['note'], اللغة: ['language'], الوصف: ['description'], النوع: ['type'],
}

export const PHRASES: Record<string, string[]> = {
  'ضريبة القيمة المضافة': ['tax'], 'القيمة المضافة': ['tax'],
  'البريد الإلكتروني': ['email'], 'البريد الالكتروني': ['email'], 'الرمز البريدي': ['postal', 'code'], 'تاريخ الميلاد': ['birth', 'date'], 'المسمى الوظيفي': ['job', 'title'], 'رقم الطلب': ['order', 'number'], 'تاريخ الطلب': ['order', 'date'], 'طريقة الدفع': ['payment', 'method'], 'طريقة الشحن': ['shipping', 'method'], 'تكلفة الشحن': ['shipping', 'amount'], 'سعر الوحدة': ['unit', 'price'], 'اسم المنتج': ['product', 'name'],
}
