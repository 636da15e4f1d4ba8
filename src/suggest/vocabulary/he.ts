/** Hebrew column vocabulary (as written, without vowel points): shop, CRM and invoice exports. */
export const WORDS: Record<string, string[]> = {
  שם: ['name'], פרטי: ['first'], משפחה: ['last'], מלא: ['full'], מין: ['gender'], לידה: ['birth'], חברה: ['company'], תפקיד: ['job', 'title'], מחלקה: ['department'], אימייל: ['email'], דוא: ['email'], טלפון: ['phone'], נייד: ['mobile', 'phone'], פקס: ['fax', 'phone'],
  כתובת: ['@address'], רחוב: ['street'], עיר: ['city'], יישוב: ['city'], מחוז: ['state'], מדינה: ['country'], מיקוד: ['postal', 'code'], לקוח: ['customer'], חבר: ['member'], מספר: ['number'], קוד: ['code'], הזמנה: ['order'], תאריך: ['date'], שעה: ['time'],
  מוצר: ['product'], פריט: ['product'], כמות: ['quantity'], מחיר: ['price'], יחידה: ['unit'], סכום: ['amount'], סהכ: ['total'], מעמ: ['tax'], הנחה: ['discount'], משלוח: ['shipping'], מטבע: ['currency'], תשלום: ['payment'], אמצעי: ['method'], סטטוס: ['status'], נקודות: ['point'], הערות: ['note'], שפה: ['language'], תיאור: ['description'], סוג: ['type'],
  // everyday words of shop (Wix, Shopify, WooCommerce in Hebrew), invoicing (Green Invoice, iCount), CRM, newsletter and analytics UIs
  ל: [], תואר: ['courtesy', 'title'], מגדר: ['gender'], אזרחות: ['nationality'], הולדת: ['birth'], הערה: ['note'], מייל: ['email'], סלולרי: ['mobile', 'phone'], פלאפון: ['mobile', 'phone'], עבודה: ['work'], בעבודה: ['work'], בית: ['home'], בבית: ['home'], אישי: ['personal'], אתר: ['website'],
  דירה: ['street', '2'], ארץ: ['country'], שכונה: ['district'], חיוב: ['billing'], לחיוב: ['billing'], חשבונית: ['billing'], למשלוח: ['shipping'], אספקה: ['shipping'], משלוחים: ['shipping'], החברה: ['company'], ארגון: ['company'], עסק: ['business'],
  מזהה: ['id'], משתמש: ['user'], אסמכתא: ['reference'], ליד: ['lead'], לידים: ['lead'], הזמנות: ['order'], מוצרים: ['goods'], פריטים: ['goods'], מקט: ['sku'], ברקוד: ['sku'], קטגוריה: ['category'], מותג: ['manufacturer'], יצרן: ['manufacturer'],
  נטו: ['net'], ברוטו: ['gross'], קופון: ['coupon'], מעקב: ['tracking'], עסקה: ['transaction'], החזר: ['refund'], זיכוי: ['refund'], ביטול: ['cancel'], בוטל: ['cancel'], מבוטל: ['cancel'], יצירה: ['created'], נוצר: ['created'], עדכון: ['updated'], שולם: ['paid'], הצטרפות: ['join'], עמלה: ['fee'], עמלות: ['fee'],
  ניוזלטר: ['newsletter'], דיוור: ['newsletter'], הסכמה: ['opt', 'in'], מקור: ['source'], ערוץ: ['channel'], קמפיין: ['campaign'], מדיום: ['medium'], תגיות: ['tag'], תגית: ['tag'], קבוצה: ['group'], פלח: ['segment'],
  יתרה: ['balance'], יתרת: ['balance'], תוקף: ['expiry'], דרגה: ['tier'], רמה: ['tier'], מועדון: ['loyalty'], מימוש: ['redeemed'], מומשו: ['redeemed'], צבירה: ['earned'], נצברו: ['earned'],
  אירוע: ['event'], סשן: ['session'], סשנים: ['session'], דף: ['page'], עמוד: ['page'], דפדפן: ['browser'], מכשיר: ['device'], מסך: ['screen'], רזולוציה: ['resolution'], מפנה: ['referrer'], ביקור: ['visit'], מבקר: ['visitor'], צפיות: ['views'], משך: ['duration'],
  צבע: ['color'], מידה: ['size'], משקל: ['weight'], חנות: ['store'], מוכר: ['seller'], אחרון: ['last'], אחרונה: ['last'], כולל: ['incl'], ללא: ['excl'], לתשלום: [],
  // with the article ה ("שם המוצר", "פרטי הלקוח", "סכום ההזמנה")
  המוצר: ['product'], הפריט: ['product'], הלקוח: ['customer'], ההזמנה: ['order'], המשלוח: ['shipping'], התשלום: ['payment'], החשבונית: ['billing'], המשתמש: ['user'], העסקה: ['transaction'],
  // (a restaurant check's discounts, Tabit: הנחות)
  הנחות: ['discount'], לפני: ['before'],
}

export const PHRASES: Record<string, string[]> = {
  // (round 77: the business's name, "שם העסק")
  'שם העסק': ['company', 'name'],
  'איש קשר': ['contact', 'person'], 'אשת קשר': ['contact', 'person'],
  'שם פרטי': ['first', 'name'], 'שם משפחה': ['last', 'name'], 'שם מלא': ['full', 'name'], 'תאריך לידה': ['birth', 'date'], 'מספר הזמנה': ['order', 'number'], 'תאריך הזמנה': ['order', 'date'], 'אמצעי תשלום': ['payment', 'method'], 'דמי משלוח': ['shipping', 'amount'], 'מחיר ליחידה': ['unit', 'price'], 'שם מוצר': ['product', 'name'],
  // abbreviations written with a gershayim (דוא"ל, מע"מ, סה"כ, מק"ט, ח.פ., ת.ד.): their two parts
  'דוא ל': ['email'], 'מע מ': ['tax'], 'סה כ': ['total'], 'מק ט': ['sku'], 'ח פ': ['registration'], 'ע מ': ['tax', 'id'], 'ת ד': ['post', 'office', 'box'], 'מס הזמנה': ['order', 'number'], 'מס לקוח': ['customer', 'id'],
  'שם אמצעי': ['middle', 'name'], 'יום הולדת': ['birth', 'date'], 'דואר אלקטרוני': ['email'], 'כתובת מייל': ['email'], 'כתובת אימייל': ['email'], 'טלפון נייד': ['mobile', 'phone'], 'מספר טלפון': ['phone', 'number'], 'מספר נייד': ['mobile', 'phone'], 'אתר אינטרנט': ['website'],
  'מספר בית': ['house', 'number'], 'קוד מדינה': ['country', 'code'], 'שם חברה': ['company', 'name'], 'שם החברה': ['company', 'name'], 'עוסק מורשה': ['tax', 'id'], 'מספר עוסק': ['tax', 'id'], 'מספר עובדים': [],
  'מספר לקוח': ['customer', 'id'], 'מזהה לקוח': ['customer', 'id'], 'מספר חבר': ['member', 'id'], 'מספר מנוי': ['member', 'id'], 'שם משתמש': ['login'], 'מזהה משתמש': ['user', 'id'], 'מספר אסמכתא': ['reference', 'number'], 'מספר חשבונית': ['billing', 'number'],
  'שם פריט': ['product', 'name'], 'מחיר יחידה': ['unit', 'price'], 'סכום ביניים': ['subtotal'], 'קוד קופון': ['coupon', 'code'], 'קוד הנחה': ['coupon', 'code'], 'מס ערך מוסף': ['tax'], 'עלות משלוח': ['shipping', 'amount'], 'חברת משלוחים': ['carrier'], 'חברת שילוח': ['carrier'],
  'שיטת משלוח': ['shipping', 'method'], 'סוג משלוח': ['shipping', 'method'], 'מספר מעקב': ['tracking', 'number'], 'מזהה עסקה': ['transaction', 'id'], 'מספר עסקה': ['transaction', 'id'], 'תאריך יצירה': ['created', 'date'], 'עדכון אחרון': ['updated'], 'תאריך עדכון': ['updated', 'date'],
  'תאריך תשלום': ['paid', 'date'], 'תאריך הצטרפות': ['join', 'date'], 'אישור דיוור': ['opt', 'in'], 'יתרת נקודות': ['points'], 'תוקף עד': ['expiry'], 'תאריך תפוגה': ['expiry'], 'חבר מועדון': ['member'], 'חבר מאז': ['join', 'date'],
  'כותרת הדף': ['page', 'name'], 'כותרת דף': ['page', 'name'], 'כתובת url': ['url'], 'מערכת הפעלה': ['operating', 'system'], 'רזולוציית מסך': ['screen', 'resolution'], 'כתובת ip': ['ip'], 'אתר מפנה': ['referrer'], 'שיעור נטישה': ['bounce', 'rate'],
  'סך הכל': ['total'], 'כניסה אחרונה': ['last', 'login'],
  'שם המוצר': ['product', 'name'], 'סכום הנחה': ['discount', 'amount'], 'סכום מע מ': ['tax', 'amount'], 'סכום ההזמנה': ['total'], 'סכום הזמנה': ['total'], 'מספר ההזמנה': ['order', 'number'],
  // (a POS check opened at זמן פתיחה; the amount before its discount is a subtotal: סכום לפני הנחה)
  'זמן פתיחה': ['created', 'time'], 'לפני הנחה': ['subtotal'],
}
