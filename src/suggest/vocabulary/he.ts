/** Hebrew column vocabulary (as written, without vowel points): shop, CRM and invoice exports. */
export const WORDS: Record<string, string[]> = {
  שם: ['name'], פרטי: ['first'], משפחה: ['last'], מלא: ['full'], מין: ['gender'], לידה: ['birth'], חברה: ['company'], תפקיד: ['job', 'title'], מחלקה: ['department'], אימייל: ['email'], דוא: ['email'], טלפון: ['phone'], נייד: ['mobile', 'phone'], פקס: ['fax', 'phone'],
  כתובת: ['@address'], רחוב: ['street'], עיר: ['city'], יישוב: ['city'], מחוז: ['state'], מדינה: ['country'], מיקוד: ['postal', 'code'], לקוח: ['customer'], חבר: ['member'], מספר: ['number'], קוד: ['code'], הזמנה: ['order'], תאריך: ['date'], שעה: ['time'],
  מוצר: ['product'], פריט: ['product'], כמות: ['quantity'], מחיר: ['price'], יחידה: ['unit'], סכום: ['amount'], סהכ: ['total'], מעמ: ['tax'], הנחה: ['discount'], משלוח: ['shipping'], מטבע: ['currency'], תשלום: ['payment'], אמצעי: ['method'], סטטוס: ['status'], נקודות: ['point'], הערות: ['note'], שפה: ['language'], תיאור: ['description'], סוג: ['type'],
}

export const PHRASES: Record<string, string[]> = {
  'שם פרטי': ['first', 'name'], 'שם משפחה': ['last', 'name'], 'שם מלא': ['full', 'name'], 'תאריך לידה': ['birth', 'date'], 'מספר הזמנה': ['order', 'number'], 'תאריך הזמנה': ['order', 'date'], 'אמצעי תשלום': ['payment', 'method'], 'דמי משלוח': ['shipping', 'amount'], 'מחיר ליחידה': ['unit', 'price'], 'שם מוצר': ['product', 'name'],
}
