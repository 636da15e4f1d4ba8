/** Persian column vocabulary (as written, without diacritics; with or without the zero-width joiner): shop, marketplace, payment-gateway and CRM exports of Iran. */
export const WORDS: Record<string, string[]> = {
  // marriage (وضعیت تاهل: marital status)
  تاهل: ['marital'], تأهل: ['marital'],
  // an SMS report's recipient and message (گیرنده, متن پیام)
  گیرنده: ['recipient'], پیام: ['message'], متن: ['body'],
  نام: ['name'], خانوادگی: ['last'], کامل: ['full'], جنسیت: ['gender'], تولد: ['birth'], شرکت: ['company'], سمت: ['job', 'title'], شغل: ['job', 'title'], سازمان: ['company'],
  ایمیل: ['email'], رایانامه: ['email'], تلفن: ['phone'], موبایل: ['mobile', 'phone'], همراه: ['mobile'], تماس: ['phone'], فکس: ['fax', 'phone'],
  آدرس: ['@address'], نشانی: ['@address'], خیابان: ['street'], شهر: ['city'], استان: ['state'], کشور: ['country'], پستی: ['postal'], منطقه: ['region'], محله: ['district'], پلاک: ['house', 'number'], واحد: ['unit'], پیشوند: ['courtesy', 'title'], وبسایت: ['website'], سایت: ['website'],
  مشتری: ['customer'], خریدار: ['customer'], کاربر: ['user'], عضو: ['member'], عضویت: ['member'], فروشنده: ['seller'], فروشگاه: ['store'],
  شماره: ['number'], کد: ['code'], شناسه: ['id'], سفارش: ['order'], تاریخ: ['date'], زمان: ['time'], ساعت: ['time'], ایجاد: ['created'], ثبت: ['created'], بروزرسانی: ['updated'], ویرایش: ['updated'],
  محصول: ['product'], کالا: ['product'], تعداد: ['quantity'], قیمت: ['price'], مبلغ: ['amount'], جمع: ['total'], مجموع: ['total'], کل: ['total'], نهایی: ['total'], تخفیف: ['discount'], مالیات: ['tax'], عوارض: ['tax'],
  ارسال: ['shipping'], حمل: ['shipping'], مقصد: ['shipping'], رهگیری: ['tracking'], مرسوله: ['shipment'], پرداخت: ['payment'], پرداختی: ['payment'], روش: ['method'], نوع: ['type'], تراکنش: ['transaction'], کارمزد: ['fee'], ارز: ['currency'], بازگشت: ['refund'], مرجوعی: ['return'], لغو: ['cancel'],
  وضعیت: ['status'], توضیحات: ['note'], یادداشت: ['note'], زبان: ['language'], دسته: ['category'], دسته‌بندی: ['category'], دستهبندی: ['category'], برند: ['manufacturer'], رنگ: ['color'], سایز: ['size'], وزن: ['weight'],
  امتیاز: ['point'], امتیازات: ['point'], سطح: ['tier'], باشگاه: ['loyalty'], موجودی: ['balance'],
  لینک: ['url'], پیوند: ['url'], صفحه: ['page'], کلیک: ['click'], مرورگر: ['browser'], دستگاه: ['device'], بازدید: ['visit'], آیپی: ['ip'], 'آی‌پی': ['ip'], کمپین: ['campaign'], منبع: ['source'],
  ریال: [], تومان: [], بر: [], و: [], از: [], به: [], در: [],
}

export const PHRASES: Record<string, string[]> = {
  'نام خانوادگی': ['last', 'name'], 'نام و نام خانوادگی': ['full', 'name'], 'نام کامل': ['full', 'name'], 'تاریخ تولد': ['birth', 'date'], 'کد ملی': ['tax', 'id'], 'شماره ملی': ['tax', 'id'],
  'پست الکترونیک': ['email'], 'پست الکترونیکی': ['email'], 'شماره تماس': ['phone', 'number'], 'شماره تلفن': ['phone', 'number'], 'شماره موبایل': ['mobile', 'phone'], 'شماره همراه': ['mobile', 'phone'], 'تلفن همراه': ['mobile', 'phone'],
  'کد پستی': ['postal', 'code'], 'آی پی': ['ip'], 'نام شرکت': ['company', 'name'], 'عنوان شغلی': ['job', 'title'], 'محل کار': ['work'], 'تلفن محل کار': ['work', 'phone'], 'وب سایت': ['website'],
  'شماره سفارش': ['order', 'id'], 'کد سفارش': ['order', 'id'], 'شناسه سفارش': ['order', 'id'], 'تاریخ سفارش': ['order', 'date'], 'شناسه تراکنش': ['transaction', 'id'], 'شماره تراکنش': ['transaction', 'id'], 'کد رهگیری': ['tracking', 'number'], 'شماره رهگیری': ['tracking', 'number'], 'شماره پیگیری': ['transaction', 'id'],
  'نام محصول': ['product', 'name'], 'نام کالا': ['product', 'name'], 'عنوان کالا': ['product', 'name'], 'عنوان محصول': ['product', 'name'], 'کد کالا': ['sku'], 'شناسه کالا': ['sku'], 'شناسه محصول': ['sku'], 'قیمت واحد': ['unit', 'price'],
  'هزینه ارسال': ['shipping', 'amount'], 'هزینه حمل': ['shipping', 'amount'], 'روش ارسال': ['shipping', 'method'], 'شیوه ارسال': ['shipping', 'method'], 'روش پرداخت': ['payment', 'method'], 'شیوه پرداخت': ['payment', 'method'], 'مبلغ پرداختی': ['payment', 'amount'], 'مبلغ کل': ['total'], 'جمع کل': ['total'], 'مبلغ نهایی': ['total'],
  'مالیات بر ارزش افزوده': ['tax'], 'ارزش افزوده': ['tax'], 'کد تخفیف': ['coupon', 'code'], 'تاریخ ثبت': ['created', 'date'], 'تاریخ ایجاد': ['created', 'date'], 'تاریخ عضویت': ['join', 'date'],
  'سیستم عامل': ['operating', 'system'], 'امتیاز باشگاه': ['points'], 'امتیازات استفاده شده': ['points', 'redeemed'],
}
