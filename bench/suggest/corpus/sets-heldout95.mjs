// Round 95, heldout95: held-out sets written apart (by a helper that never opened the suggester or a score). Same
// format as sets.mjs (sources in ../README.md). Middle East, Africa and South Asia e-commerce, payments, POS and CRM
// exports: an Egyptian and a Moroccan store builder and a Saudi POS (Arabic), an Israeli store builder, CRM, e-mail
// tool and invoicing app (Hebrew), a Turkish pre-accounting app, a Pakistani and a Kenyan payment provider, a Nigerian
// commerce app and an Indian cloud call centre (English); headers in each product's UI language.
import { E, P, B, v, HOME, WORK, B2BID, PL, OR, SHIP, BILL, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

const day = 86400000
// local times: Cairo +2, Riyadh +3, Casablanca +1, Israel +2, Istanbul +3, Karachi +5, Nairobi +3, Lagos +1, India +5.5
const ymdHMS = (ms, h) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ymd = (ms, h) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const hms = (ms, h) => { const p = shift(ms, h); return `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const hm12 = (ms, h) => { const p = shift(ms, h); return `${pad(p.H % 12 || 12)}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }
const dmy = (ms, h) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const dmyHM = (ms, h) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const dmyDot = (ms, h) => { const p = shift(ms, h); return `${pad(p.d)}.${pad(p.m)}.${p.y}` }
const dmyDotHM = (ms, h) => { const p = shift(ms, h); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}` }
const compact = (ms, h) => { const p = shift(ms, h); return `${p.y}${pad(p.m)}${pad(p.d)}${pad(p.H)}${pad(p.M)}${pad(p.S)}` }
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const dMonY = (ms, h) => { const p = shift(ms, h); return `${pad(p.d)} ${MON[p.m - 1]} ${p.y}` }
const dMonYhm = (ms, h) => `${dMonY(ms, h)} ${hm12(ms, h)}`
// money
const grp = (n, sep) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, sep)
const dec = (n) => n.toFixed(2)
const grpDec = (n) => { const [a, b] = n.toFixed(2).split('.'); return `${a.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${b}` }
const tl = (n) => { const [a, b] = n.toFixed(2).split('.'); return `${a.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${b}` }
const naira = (n) => `₦${grpDec(n)}`

const EMAILID = ['endUserIDs._experience.emailid.id']
const PHONEID = ['endUserIDs._experience.phonenumberid.id']
const STATE = (objs) => [...at(objs, 'stateProvince'), ...at(objs, 'state')]
const ALT_F = (i) => i % 2 === 1

// people and places, one row each
// Egypt: [first, last, mobile, email, street, district/area, governorate, postcode]
const EG = [['أحمد', 'عبد الرحمن', '01012345678', 'ahmed.abdelrahman@gmail.com', '15 شارع التحرير، الدقي', 'الدقي', 'الجيزة', '12611'], ['منى', 'السيد', '01123456789', 'mona.elsayed@yahoo.com', '42 شارع عباس العقاد، الحي السابع', 'مدينة نصر', 'القاهرة', '11765'], ['محمد', 'حسن', '01234567890', 'm.hassan88@hotmail.com', '7 شارع فؤاد', 'محطة الرمل', 'الإسكندرية', '21519'], ['سارة', 'إبراهيم', '01098765432', 'sara.ibrahim@gmail.com', 'كمبوند الربوة، فيلا 12', 'الشيخ زايد', 'الجيزة', '12588'], ['يوسف', 'مصطفى', '01555123456', 'youssef.mostafa@gmail.com', '23 شارع الجمهورية', 'المنصورة', 'الدقهلية', '35511'], ['نور', 'خالد', '01287654321', 'nour.khaled@outlook.com', '9 شارع 90 الشمالي، التجمع الخامس', 'القاهرة الجديدة', 'القاهرة', '11835']]
const EG_ITEMS = [['ABY-BLK-M', 'عباية كريب سوداء مطرزة - مقاس M', 850], ['SCF-CHF-01', 'طرحة شيفون سادة - بيج', 145], ['DRS-LIN-L', 'فستان كتان صيفي - مقاس L', 620], ['BAG-LTH-02', 'شنطة يد جلد طبيعي - بني', 1150], ['SET-PJ-XL', 'بيجامة قطن شتوي - مقاس XL', 480]]
// Morocco: [first, last, mobile, email, address, city, postcode]
const MA = [['ياسين', 'بنعلي', '+212661234567', 'yassine.benali@gmail.com', '25 زنقة الحرية، المعاريف', 'الدار البيضاء', '20330'], ['فاطمة الزهراء', 'العلوي', '+212662345678', 'fz.alaoui@gmail.com', 'إقامة النخيل، عمارة 3، شقة 12', 'الرباط', '10000'], ['عمر', 'الإدريسي', '+212670123456', 'omar.idrissi@hotmail.com', '14 شارع محمد الخامس', 'فاس', '30000'], ['خديجة', 'بنجلون', '+212650987654', 'khadija.benjelloun@yahoo.fr', 'حي جليز، زنقة ابن سينا 8', 'مراكش', '40000'], ['مهدي', 'التازي', '+212677112233', 'mehdi.tazi@gmail.com', '3 شارع باستور', 'طنجة', '90000'], ['سلمى', 'الفاسي', '+212608445566', 'salma.fassi@gmail.com', 'حي السلام، بلوك ب رقم 41', 'أكادير', '80000']]
// Saudi: [name, mobile]
const SA = [['عبدالله القحطاني', '0551234567'], ['نورة العتيبي', '0509876543'], ['فيصل الشهري', '0532223344'], ['ريم الدوسري', '0567788990'], ['خالد الغامدي', '0541122334'], ['', '']]
const MARN_ITEMS = [['101', 'لاتيه حار', 'المشروبات الساخنة', 17], ['102', 'سبانش لاتيه بارد', 'المشروبات الباردة', 21], ['205', 'كرواسون زعتر', 'المخبوزات', 12], ['208', 'كيكة التمر', 'الحلويات', 18], ['110', 'قهوة سعودية (دلة)', 'المشروبات الساخنة', 35], ['301', 'ماء 330 مل', 'أخرى', 3]]
// Israel: [first, last, mobile, phone, email, street, house no, city, postcode]
const IL = [['יוסי', 'כהן', '052-3456789', '03-6123456', 'yossi.cohen@gmail.com', 'דיזנגוף', '120', 'תל אביב-יפו', '6433221'], ['מיכל', 'לוי', '054-7654321', '', 'michal.levi@walla.co.il', 'הרצל', '45', 'ראשון לציון', '7526713'], ['דניאל', 'מזרחי', '050-1122334', '02-6255100', 'daniel.mizrahi@gmail.com', 'יפו', '210', 'ירושלים', '9438322'], ['נועה', 'פרץ', '053-9988776', '', 'noa.peretz@gmail.com', 'הנשיא', '8', 'חיפה', '3463409'], ['איתי', 'ביטון', '058-4433221', '08-9412233', 'itay.biton@hotmail.com', 'ויצמן', '17', 'כפר סבא', '4424116'], ['שירה', 'אברהם', '052-6677889', '', 'shira.avraham@gmail.com', 'רוטשילד', '33', 'פתח תקווה', '4927933']]
const IL_CO = [['אלון מערכות בע"מ', 'alon-sys.co.il', 'מנהל רכש'], ['גלבוע שיווק והפצה בע"מ', 'gilboa-dist.co.il', 'סמנכ"ל כספים'], ['סטודיו נוף', 'nof-studio.co.il', 'בעלים'], ['רשת מרכולים השרון', 'hasharon-market.co.il', 'מנהלת תפעול'], ['טכנו-פלסט תעשיות בע"מ', 'technoplast.co.il', 'מהנדס ייצור'], ['עמותת יד לילד', 'yadlayeled.org.il', 'רכזת משאבים']]
const KONIMBO_ITEMS = [['KT-0451', 'סט סירים נירוסטה 10 חלקים', 489], ['KT-1120', 'מחבת יצקת 28 ס"מ', 259], ['HM-3302', 'מצעים סאטן 160x200 - אפור', 349], ['HM-3310', 'שמיכת פוך קלה זוגית', 399], ['KT-0788', 'קומקום חשמלי זכוכית 1.7 ליטר', 149]]
const RIVHIT_ITEMS = [['1001', 'שעות ייעוץ', 'שעה', 350], ['2010', 'אחזקה חודשית - אתר', 'חודש', 900], ['3005', 'עיצוב באנר', 'יח\'', 450], ['1002', 'הדרכה', 'שעה', 300]]
// Turkey: [ünvan, yetkili, vergi dairesi, vergi no, e-posta, telefon, cep, adres, ilçe, il, posta kodu, web]
const TR = [['Yıldız Tekstil San. ve Tic. Ltd. Şti.', 'Mehmet Yıldız', 'Merter', '9876543210', 'muhasebe@yildiztekstil.com.tr', '0212 555 12 34', '0532 111 22 33', 'Fatih Cad. No: 12', 'Güngören', 'İstanbul', '34160', 'www.yildiztekstil.com.tr'], ['Kaya Gıda A.Ş.', 'Ayşe Kaya', 'Çankaya', '4567890123', 'ayse.kaya@kayagida.com', '0312 444 56 78', '0533 222 44 55', 'Atatürk Bulvarı No: 101/5', 'Çankaya', 'Ankara', '06680', 'www.kayagida.com'], ['Deniz Mimarlık', 'Can Deniz', 'Konak', '12345678901', 'can@denizmimarlik.com', '0232 333 98 76', '0544 333 66 77', 'Cumhuriyet Bulvarı No: 45 Kat: 3', 'Konak', 'İzmir', '35250', ''], ['Öztürk Otomotiv Ltd. Şti.', 'Hakan Öztürk', 'Nilüfer', '3344556677', 'info@ozturkoto.com.tr', '0224 222 11 00', '0535 444 88 99', 'Organize Sanayi Bölgesi 5. Cad. No: 8', 'Nilüfer', 'Bursa', '16140', 'www.ozturkoto.com.tr'], ['Elif Şahin', 'Elif Şahin', 'Muratpaşa', '23456789012', 'elifsahin@gmail.com', '', '0555 666 77 88', 'Lara Cad. 1520 Sok. No: 4 D: 2', 'Muratpaşa', 'Antalya', '07230', '']]
// Pakistan: [name, mobile (03xx), email, CNIC last 6]
const PK = [['Ali Raza', '03001234567', 'ali.raza@gmail.com', '345678'], ['Ayesha Khan', '03211234567', 'ayesha.khan@yahoo.com', '112233'], ['Usman Tariq', '03331234567', 'usman.tariq@hotmail.com', '908172'], ['Fatima Siddiqui', '03451234567', 'fatima.sidd@gmail.com', '667788'], ['Bilal Ahmed', '03124567890', 'bilal.ahmed@outlook.com', '554433'], ['Hina Malik', '03019876543', 'hina.malik@gmail.com', '221100']]
// Kenya: [first, middle, last, phone]
const KE = [['John', 'Kamau', 'Njoroge', '+254712345678'], ['Mary', 'Wanjiku', 'Otieno', '+254722334455'], ['Peter', '', 'Mwangi', '+254701223344'], ['Grace', 'Akinyi', 'Odhiambo', '+254733445566'], ['Samuel', 'Kiprop', 'Cheruiyot', '+254110998877'], ['Faith', 'Nyambura', 'Mutua', '+254798112233']]
// Nigeria: [name, email, phone, address, city, state]
const NG = [['Chinedu Okafor', 'chinedu.okafor@gmail.com', '08031234567', '12 Admiralty Way, Lekki Phase 1', 'Lekki', 'Lagos'], ['Aisha Bello', 'aishabello@yahoo.com', '08123456789', 'No 5 Ahmadu Bello Way', 'Kaduna', 'Kaduna'], ['Tunde Adeyemi', 'tunde.adeyemi@gmail.com', '07034567890', '24 Allen Avenue, Ikeja', 'Ikeja', 'Lagos'], ['Ngozi Eze', 'ngozi.eze@outlook.com', '09012345678', 'Plot 17 Aminu Kano Crescent, Wuse 2', 'Abuja', 'FCT'], ['Emeka Nwosu', '', '08167788990', '3 Aba Road', 'Port Harcourt', 'Rivers'], ['Funke Ajayi', 'funke.ajayi@gmail.com', '08055667788', '8 Ring Road', 'Ibadan', 'Oyo']]
// India: [caller name, number, circle]
const IN = [['Rahul Sharma', '+919810012345', 'Delhi NCR'], ['Priya Nair', '+919847012345', 'Kerala'], ['', '+918792012345', 'Karnataka'], ['Amit Patel', '+919824012345', 'Gujarat'], ['Sneha Kulkarni', '+919822012345', 'Maharashtra'], ['', '+917044012345', 'Kolkata']]

export const SETS = [
  // ---------------------------------------------------------------- e-commerce orders (ExpandCart, Egypt, Arabic)
  { name: 'expandcart-talabat-tasdir-ar', product: 'ExpandCart (إكسباند كارت; لوحة التحكم: المبيعات > الطلبات > تصدير, one row per order product, Arabic UI, a Cairo modest-fashion store)', family: 'ecommerce-orders', language: 'ar', schema: E, cols: [
    ['رقم الطلب', (c, o) => String(10000 + +o.id % 9000), [OR('purchaseID'), '_id']],
    ['تاريخ الإضافة', (c, o) => ymdHMS(o.at, 2), ['timestamp', OR('createdDate')]],
    ['تاريخ التعديل', (c, o) => ymdHMS(o.at + 2 * day, 2), [OR('lastUpdatedDate')], opt],
    ['حالة الطلب', (c, o, r) => v.pick(r, ['قيد الانتظار', 'قيد التجهيز', 'تم الشحن', 'مكتمل', 'ملغي']), [], opt],
    ['الاسم الأول', (c, o, r, i) => row(EG, i)[0], []],
    ['الاسم الأخير', (c, o, r, i) => row(EG, i)[1], []],
    ['البريد الإلكتروني', (c, o, r, i) => row(EG, i)[3], EMAILID, opt],
    ['الهاتف', (c, o, r, i) => row(EG, i)[2], PHONEID, opt],
    ['طريقة الدفع', (c, o, r) => v.pick(r, ['الدفع عند الاستلام', 'الدفع عند الاستلام', 'بطاقة ائتمان (Paymob)', 'فوري']), [OR('payments[0].paymentType')]],
    ['طريقة الشحن', (c, o, r) => v.pick(r, ['شحن سريع - بوسطة', 'شحن عادي', 'استلام من الفرع']), ['commerce.shipping.shippingMethod']],
    ['عنوان الشحن', (c, o, r, i) => row(EG, i)[4], [SHIP('street1')]],
    ['المنطقة', (c, o, r, i) => row(EG, i)[5], [SHIP('city'), SHIP('street2')], opt],
    ['المحافظة', (c, o, r, i) => row(EG, i)[6], STATE(['commerce.shipping.address'])],
    ['الدولة', () => 'مصر', [SHIP('country')]],
    ['الرمز البريدي', (c, o, r, i) => row(EG, i)[7], [SHIP('postalCode')]],
    ['اسم المنتج', (c, o, r, i) => row(EG_ITEMS, i)[1], [PL('name')]],
    ['الموديل', (c, o, r, i) => row(EG_ITEMS, i)[0], [PL('SKU')]],
    ['الكمية', (c, o) => String(o.qty), [PL('quantity')]],
    ['سعر الوحدة', (c, o, r, i) => dec(row(EG_ITEMS, i)[2]), []],
    ['إجمالي المنتج', (c, o, r, i) => dec(row(EG_ITEMS, i)[2] * o.qty), [PL('priceTotal')]],
    ['الإجمالي الفرعي', (c, o, r, i) => dec(row(EG_ITEMS, i)[2] * o.qty), [], opt],
    ['تكلفة الشحن', (c, o) => dec(o.shipping ? 60 : 0), ['commerce.shipping.shippingAmount']],
    ['كود الخصم', (c, o) => (o.coupon ? 'RAMADAN15' : ''), ['commerce.promotionID'], opt],
    ['الخصم', (c, o, r, i) => dec(o.coupon ? Math.round(row(EG_ITEMS, i)[2] * o.qty * 0.15) : 0), [OR('discountAmount')]],
    ['الإجمالي', (c, o, r, i) => dec(row(EG_ITEMS, i)[2] * o.qty + (o.shipping ? 60 : 0) - (o.coupon ? Math.round(row(EG_ITEMS, i)[2] * o.qty * 0.15) : 0)), [OR('priceTotal')]],
    ['العملة', () => 'EGP', [OR('currencyCode')]],
    ['تعليق العميل', (c, o, r) => v.pick(r, ['', '', 'برجاء الاتصال قبل التوصيل', 'التوصيل بعد الساعة 5 مساءً']), []],
    ['عنوان IP', (c, o, r) => `41.${v.int(r, 32, 47)}.${v.int(r, 0, 255)}.${v.int(r, 1, 254)}`, ['environment.ipV4']],
  ] },

  // ---------------------------------------------------------------- e-commerce customers (YouCan, Morocco, Arabic)
  { name: 'youcan-alomala-ar', product: 'YouCan (يوكان; لوحة التحكم: العملاء > تصدير, CSV, Arabic UI, a Casablanca cosmetics store)', family: 'ecommerce-customers', language: 'ar', schema: P, cols: [
    ['المعرف', (c, o, r) => `${v.hex(r, 8)}-${v.hex(r, 4)}-${v.hex(r, 4)}-${v.hex(r, 4)}-${v.hex(r, 12)}`, ['_id', 'personID']],
    ['الاسم الأول', (c, o, r, i) => row(MA, i)[0], ['person.name.firstName']],
    ['الاسم العائلي', (c, o, r, i) => row(MA, i)[1], ['person.name.lastName']],
    ['البريد الإلكتروني', (c, o, r, i) => (r() < 0.7 ? row(MA, i)[3] : ''), ['personalEmail.address']],
    ['الهاتف', (c, o, r, i) => row(MA, i)[2], ['mobilePhone.number', 'homePhone.number']],
    ['الجنس', (c, o, r, i) => (r() < 0.4 ? '' : ALT_F(i) ? 'أنثى' : 'ذكر'), ['person.gender'], opt],
    ['البلد', () => 'MA', [...at([...HOME, 'shippingAddress'], 'countryCode'), ...at([...HOME, 'shippingAddress'], 'country')]],
    ['المدينة', (c, o, r, i) => row(MA, i)[5], at([...HOME, 'shippingAddress'], 'city')],
    ['المنطقة', (c, o, r, i) => v.pick(r, ['الدار البيضاء-سطات', 'الرباط-سلا-القنيطرة', 'فاس-مكناس', 'مراكش-آسفي', 'طنجة-تطوان-الحسيمة', 'سوس-ماسة']), STATE([...HOME, 'shippingAddress']), opt],
    ['العنوان', (c, o, r, i) => row(MA, i)[4], at([...HOME, 'shippingAddress'], 'street1')],
    ['الرمز البريدي', (c, o, r, i) => row(MA, i)[6], at([...HOME, 'shippingAddress'], 'postalCode')],
    ['الشركة', (c, o, r) => (r() < 0.15 ? 'شركة النور للتجميل' : ''), ['organizations[0]'], opt],
    ['عدد الطلبات', (c, o, r) => String(v.int(r, 0, 9)), []],
    ['مجموع المشتريات', (c, o, r) => `${grpDec(v.int(r, 0, 4500))} د.م.`, [], opt],
    ['تاريخ آخر طلب', (c, o) => dmy(o.at, 1), [], opt],
    ['يقبل التسويق', (c) => (c.bool ? 'نعم' : 'لا'), [], opt],
    ['الوسوم', (c, o, r) => v.pick(r, ['', 'VIP', 'جملة', 'إنستغرام']), []],
    ['ملاحظات', (c, o, r) => v.pick(r, ['', '', 'يفضل التوصيل صباحا']), []],
    ['تاريخ الإنشاء', (c) => ymdHMS(c.created, 1), [], opt],
  ] },

  // ---------------------------------------------------------------- POS (Marn, Saudi Arabia, Arabic)
  { name: 'marn-almabiat-fawatir-ar', product: 'Marn POS (مرن; لوحة التحكم: التقارير > المبيعات > الفواتير > تصدير Excel, one row per invoice item, Arabic UI, a Riyadh specialty-coffee shop with two branches)', family: 'pos', language: 'ar', schema: E, cols: [
    ['رقم الفاتورة', (c, o) => `INV-${20000 + +o.id % 9000}`, [OR('purchaseID'), '_id']],
    ['التاريخ', (c, o) => ymd(o.at, 3), ['timestamp', OR('createdDate')], opt],
    ['الوقت', (c, o) => hms(o.at, 3), [], opt],
    ['الفرع', (c, o, r) => v.pick(r, ['فرع العليا', 'فرع الملقا']), ['placeContext.POIinteraction.POIDetail.name', 'commerce.commerceScope.storeCode'], opt],
    ['الكاشير', (c, o, r) => v.pick(r, ['محمد', 'سلطان', 'أنس']), []],
    ['نوع الطلب', (c, o, r) => v.pick(r, ['محلي', 'سفري', 'سفري', 'توصيل']), [OR('orderType')], opt],
    ['اسم العميل', (c, o, r, i) => row(SA, i)[0], []],
    ['جوال العميل', (c, o, r, i) => row(SA, i)[1], PHONEID, opt],
    ['رمز المنتج', (c, o, r, i) => row(MARN_ITEMS, i)[0], [PL('SKU')]],
    ['اسم المنتج', (c, o, r, i) => row(MARN_ITEMS, i)[1], [PL('name')]],
    ['التصنيف', (c, o, r, i) => row(MARN_ITEMS, i)[2], [PL('productCategories[0].categoryName')]],
    ['الكمية', (c, o) => String(o.qty), [PL('quantity')]],
    ['سعر الوحدة', (c, o, r, i) => dec(row(MARN_ITEMS, i)[3]), []],
    ['الإضافات', (c, o, r) => v.pick(r, ['', '', 'حليب شوفان', 'شوت إضافي']), [PL('selectedOptions[0].value')], opt],
    ['الخصم', (c, o) => dec(o.discount ? 5 : 0), [PL('discountAmount'), OR('discountAmount')], opt],
    ['المجموع قبل الضريبة', (c, o, r, i) => dec((row(MARN_ITEMS, i)[3] * o.qty) / 1.15), [], opt],
    ['ضريبة القيمة المضافة', (c, o, r, i) => dec(row(MARN_ITEMS, i)[3] * o.qty - (row(MARN_ITEMS, i)[3] * o.qty) / 1.15), [OR('taxAmount')]],
    ['الإجمالي', (c, o, r, i) => dec(row(MARN_ITEMS, i)[3] * o.qty), [PL('priceTotal'), OR('priceTotal')]],
    ['طريقة الدفع', (c, o, r) => v.pick(r, ['مدى', 'مدى', 'نقدي', 'فيزا', 'Apple Pay']), [OR('payments[0].paymentType')]],
    ['الحالة', (c, o, r) => v.pick(r, ['مكتملة', 'مكتملة', 'مكتملة', 'مسترجعة']), [], opt],
    ['الجهاز', (c, o, r) => v.pick(r, ['iPad-1', 'iPad-2']), []],
    ['ملاحظات', (c, o, r) => v.pick(r, ['', '', 'بدون سكر']), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Konimbo, Israel, Hebrew)
  { name: 'konimbo-hazmanot-yitzu-he', product: 'Konimbo (קונימבו; ממשק ניהול: הזמנות > ייצוא לאקסל, one row per order item, Hebrew UI, a Tel Aviv kitchen and home-textile store)', family: 'ecommerce-orders', language: 'he', schema: E, cols: [
    ['מספר הזמנה', (c, o) => String(300000 + +o.id), [OR('purchaseID'), '_id']],
    ['תאריך הזמנה', (c, o) => dmyHM(o.at, 2), ['timestamp', OR('createdDate')], opt],
    ['סטטוס', (c, o, r) => v.pick(r, ['חדשה', 'בטיפול', 'נשלחה', 'בוטלה']), [], opt],
    ['שם פרטי', (c, o, r, i) => row(IL, i)[0], []],
    ['שם משפחה', (c, o, r, i) => row(IL, i)[1], []],
    ['אימייל', (c, o, r, i) => row(IL, i)[4], EMAILID, opt],
    ['טלפון נייד', (c, o, r, i) => row(IL, i)[2], PHONEID, opt],
    ['טלפון נוסף', (c, o, r, i) => row(IL, i)[3], []],
    ['עיר', (c, o, r, i) => row(IL, i)[7], [SHIP('city')]],
    ['רחוב', (c, o, r, i) => row(IL, i)[5], [SHIP('street1')]],
    ['מספר בית', (c, o, r, i) => row(IL, i)[6], [SHIP('street1')], opt],
    ['דירה', (c, o, r) => (r() < 0.5 ? String(v.int(r, 1, 24)) : ''), [SHIP('street2')], opt],
    ['מיקוד', (c, o, r, i) => row(IL, i)[8], [SHIP('postalCode')]],
    ['אופן משלוח', (c, o, r) => v.pick(r, ['שליח עד הבית', 'איסוף עצמי', 'נקודת חלוקה - בוקסיט']), ['commerce.shipping.shippingMethod']],
    ['דמי משלוח', (c, o) => dec(o.shipping ? 35 : 0), ['commerce.shipping.shippingAmount']],
    ['אמצעי תשלום', (c, o, r) => v.pick(r, ['כרטיס אשראי', 'כרטיס אשראי', 'ביט', 'PayPal']), [OR('payments[0].paymentType')]],
    ['מספר תשלומים', (c, o, r) => String(v.pick(r, [1, 1, 3, 6])), []],
    ['קוד קופון', (c, o) => (o.coupon ? 'HOME10' : ''), ['commerce.promotionID'], opt],
    ['הנחה', (c, o, r, i) => dec(o.coupon ? Math.round(row(KONIMBO_ITEMS, i)[2] * o.qty * 0.1) : 0), [OR('discountAmount')]],
    ['מק"ט', (c, o, r, i) => row(KONIMBO_ITEMS, i)[0], [PL('SKU')]],
    ['שם מוצר', (c, o, r, i) => row(KONIMBO_ITEMS, i)[1], [PL('name')]],
    ['כמות', (c, o) => String(o.qty), [PL('quantity')]],
    ['מחיר ליחידה', (c, o, r, i) => dec(row(KONIMBO_ITEMS, i)[2]), []],
    ['סה"כ להזמנה', (c, o, r, i) => dec(row(KONIMBO_ITEMS, i)[2] * o.qty + (o.shipping ? 35 : 0) - (o.coupon ? Math.round(row(KONIMBO_ITEMS, i)[2] * o.qty * 0.1) : 0)), [OR('priceTotal')]],
    ['הערות לקוח', (c, o, r) => v.pick(r, ['', '', 'להשאיר ליד הדלת', 'לתאם בטלפון']), []],
    ['מקור הגעה', (c, o, r) => v.pick(r, ['', 'google', 'facebook', 'newsletter']), ['marketing.trackingCode'], opt],
  ] },

  // ---------------------------------------------------------------- CRM (Fireberry, formerly Powerlink, Hebrew)
  { name: 'fireberry-anshei-kesher-he', product: 'Fireberry (פיירברי, formerly Powerlink; אנשי קשר > תצוגה > ייצוא לאקסל, Hebrew UI, an Israeli B2B software reseller)', family: 'crm', language: 'he', schema: B, cols: [
    ['מזהה', (c, o, r) => `${v.hex(r, 8)}-${v.hex(r, 4)}-${v.hex(r, 4)}-${v.hex(r, 4)}-${v.hex(r, 12)}`, B2BID],
    ['שם מלא', (c, o, r, i) => `${row(IL, i)[0]} ${row(IL, i)[1]}`, ['person.name.fullName']],
    ['שם פרטי', (c, o, r, i) => row(IL, i)[0], ['person.name.firstName']],
    ['שם משפחה', (c, o, r, i) => row(IL, i)[1], ['person.name.lastName']],
    ['לקוח', (c, o, r, i) => row(IL_CO, i)[0], ['b2b.companyName', 'organizations[0]']],
    ['תפקיד', (c, o, r, i) => row(IL_CO, i)[2], ['extendedWorkDetails.jobTitle']],
    ['טלפון נייד', (c, o, r, i) => row(IL, i)[2], ['mobilePhone.number']],
    ['טלפון', (c, o, r, i) => row(IL, i)[3], ['workPhone.number']],
    ['דוא"ל', (c, o, r, i) => `${row(IL, i)[4].split('@')[0]}@${row(IL_CO, i)[1]}`, ['workEmail.address', 'personalEmail.address']],
    ['ת.ז.', (c, o, r) => (r() < 0.4 ? String(v.int(r, 10000000, 349999999)).padStart(9, '0') : ''), ['person.taxId'], opt],
    ['רחוב', (c, o, r, i) => `${row(IL, i)[5]} ${row(IL, i)[6]}`, at([...WORK, 'mailingAddress'], 'street1')],
    ['עיר', (c, o, r, i) => row(IL, i)[7], at([...WORK, 'mailingAddress'], 'city')],
    ['מיקוד', (c, o, r, i) => row(IL, i)[8], at([...WORK, 'mailingAddress'], 'postalCode')],
    ['מדינה', () => 'ישראל', at([...WORK, 'mailingAddress'], 'country')],
    ['תאריך לידה', (c) => dmy(c.birth, 0), ['person.birthDate'], opt],
    ['מקור', (c, o, r) => v.pick(r, ['אתר', 'הפניה', 'תערוכה', 'פייסבוק']), ['b2b.personSource'], opt],
    ['סטטוס', (c, o, r) => v.pick(r, ['פעיל', 'פעיל', 'לא פעיל']), ['b2b.personStatus'], opt],
    ['מאשר דיוור', (c) => (c.bool ? 'כן' : 'לא'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
    ['איש קשר ראשי', (c, o, r) => (r() < 0.3 ? 'כן' : 'לא'), []],
    ['בעלים', (c, o, r) => v.pick(r, ['רונית שמש', 'עמית גולן']), []],
    ['נוצר על ידי', (c, o, r) => v.pick(r, ['רונית שמש', 'טופס אתר']), ['extSourceSystemAudit.createdBy'], opt],
    ['נוצר בתאריך', (c) => dmyHM(c.created, 2), ['extSourceSystemAudit.createdDate'], opt],
    ['עודכן בתאריך', (c) => dmyHM(c.updated, 2), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['תיאור', (c, o, r) => v.pick(r, ['', '', 'מעוניין בהרחבת רישיונות']), []],
  ] },

  // ---------------------------------------------------------------- e-mail tool (ActiveTrail, Hebrew)
  { name: 'activetrail-anshei-kesher-he', product: 'ActiveTrail (אקטיב טרייל; אנשי קשר > ייצוא אנשי קשר, Hebrew UI, a Haifa dance studio\'s mailing list)', family: 'email', language: 'he', schema: P, cols: [
    ['אימייל', (c, o, r, i) => row(IL, i)[4], ['personalEmail.address']],
    ['שם פרטי', (c, o, r, i) => row(IL, i)[0], ['person.name.firstName']],
    ['שם משפחה', (c, o, r, i) => row(IL, i)[1], ['person.name.lastName']],
    ['טלפון נייד', (c, o, r, i) => row(IL, i)[2], ['mobilePhone.number']],
    ['טלפון', (c, o, r, i) => row(IL, i)[3], ['homePhone.number']],
    ['פקס', (c, o, r) => (r() < 0.15 ? '04-8' + v.int(r, 100000, 999999) : ''), ['faxPhone.number']],
    ['כתובת', (c, o, r, i) => `${row(IL, i)[5]} ${row(IL, i)[6]}`, at(HOME, 'street1')],
    ['עיר', (c, o, r, i) => row(IL, i)[7], at(HOME, 'city')],
    ['מיקוד', (c, o, r, i) => row(IL, i)[8], at(HOME, 'postalCode')],
    ['תאריך לידה', (c, o, r) => (r() < 0.6 ? dmy(c.birth, 0) : ''), ['person.birthDate'], opt],
    ['תאריך נישואין', (c, o, r) => (r() < 0.2 ? dmy(c.created, 0) : ''), []],
    ['מין', (c, o, r, i) => (ALT_F(i) ? 'נקבה' : 'זכר'), ['person.gender']],
    ['חברה', (c, o, r) => (r() < 0.2 ? 'מתנ"ס נווה שאנן' : ''), ['organizations[0]'], opt],
    ['סטטוס', (c, o, r) => v.pick(r, ['פעיל', 'פעיל', 'פעיל', 'הוסר', 'חזר (Bounce)']), ['personalEmail.status'], opt],
    ['סטטוס SMS', (c, o, r) => v.pick(r, ['פעיל', 'פעיל', 'הוסר']), ['mobilePhone.status'], opt],
    ['תאריך הצטרפות', (c) => dmyHM(c.created, 2), [], opt],
    ['תאריך עדכון', (c) => dmyHM(c.updated, 2), [], opt],
    ['מקור', (c, o, r) => v.pick(r, ['טופס הרשמה', 'ייבוא', 'דף נחיתה']), []],
    ['קבוצות', (c, o, r) => v.pick(r, ['לקוחות', 'לקוחות;ניוזלטר', 'מתעניינים']), []],
    ['שדה מותאם 1', (c, o, r) => v.pick(r, ['', 'בלט', 'היפ הופ', 'מחול מודרני']), []],
  ] },

  // ---------------------------------------------------------------- invoicing (Rivhit, Hebrew)
  { name: 'rivhit-doch-mismachim-he', product: 'Rivhit (ריווחית; דוחות > דוח מסמכים > ייצוא לאקסל, one row per document line, Hebrew UI, a Petah Tikva web-services freelancer)', family: 'invoicing', language: 'he', schema: E, cols: [
    ['סוג מסמך', (c, o, r) => v.pick(r, ['חשבונית מס קבלה', 'חשבונית מס', 'חשבונית מס', 'חשבונית זיכוי']), [OR('orderType')], opt],
    ['מספר מסמך', (c, o) => String(40000 + +o.id % 9000), [OR('purchaseID'), '_id']],
    ['תאריך', (c, o) => dmy(o.at, 2), ['timestamp', OR('createdDate')], opt],
    ['תאריך פירעון', (c, o) => dmy(o.at + 30 * day, 2), []],
    ['מספר לקוח', (c, o, r) => String(v.int(r, 100, 999)), []],
    ['שם לקוח', (c, o, r, i) => row(IL_CO, i)[0], []],
    ['ע.מ / ת.ז', (c, o, r) => String(v.int(r, 510000000, 516999999)), []],
    ['כתובת', (c, o, r, i) => `${row(IL, i)[5]} ${row(IL, i)[6]}`, [BILL('street1')], opt],
    ['עיר', (c, o, r, i) => row(IL, i)[7], [BILL('city')], opt],
    ['טלפון', (c, o, r, i) => row(IL, i)[2], PHONEID, opt],
    ['דוא"ל', (c, o, r, i) => `office@${row(IL_CO, i)[1]}`, EMAILID, opt],
    ['מק"ט', (c, o, r, i) => row(RIVHIT_ITEMS, i)[0], [PL('SKU')]],
    ['תיאור פריט', (c, o, r, i) => row(RIVHIT_ITEMS, i)[1], [PL('name')]],
    ['יחידת מידה', (c, o, r, i) => row(RIVHIT_ITEMS, i)[2], [PL('unitOfMeasureCode')], opt],
    ['כמות', (c, o) => String(o.qty), [PL('quantity')]],
    ['מחיר ליחידה', (c, o, r, i) => dec(row(RIVHIT_ITEMS, i)[3]), []],
    ['סה"כ שורה', (c, o, r, i) => dec(row(RIVHIT_ITEMS, i)[3] * o.qty), [PL('priceTotal')]],
    ['סכום לפני מע"מ', (c, o, r, i) => dec(row(RIVHIT_ITEMS, i)[3] * o.qty), [], opt],
    ['מע"מ', (c, o, r, i) => dec(row(RIVHIT_ITEMS, i)[3] * o.qty * 0.18), [OR('taxAmount')]],
    ['סה"כ כולל מע"מ', (c, o, r, i) => dec(row(RIVHIT_ITEMS, i)[3] * o.qty * 1.18), [OR('priceTotal')]],
    ['מטבע', () => 'ש"ח', [OR('currencyCode')], opt],
    ['אמצעי תשלום', (c, o, r) => v.pick(r, ['העברה בנקאית', 'צ\'ק', 'כרטיס אשראי', '']), [OR('payments[0].paymentType')], opt],
    ['אסמכתא', (c, o, r) => (r() < 0.5 ? String(v.int(r, 100000, 999999)) : ''), [OR('purchaseOrderNumber')], opt],
    ['סוכן', (c, o, r) => v.pick(r, ['', 'דנה']), []],
    ['הערות', (c, o, r) => v.pick(r, ['', '', 'עבור חודש מאי']), []],
  ] },

  // ---------------------------------------------------------------- invoicing/pre-accounting customers (BizimHesap, Turkish)
  { name: 'bizimhesap-musteriler-tr', product: 'BizimHesap (Müşteriler > Excel\'e Aktar, Turkish UI, a Bursa industrial-supplies wholesaler\'s customer accounts)', family: 'invoicing', language: 'tr', schema: B, cols: [
    ['Cari Kodu', (c, o, r) => `M${pad(v.int(r, 1, 999), 5)}`, B2BID],
    ['Ünvan', (c, o, r, i) => row(TR, i)[0], ['b2b.companyName', 'organizations[0]']],
    ['Yetkili', (c, o, r, i) => row(TR, i)[1], ['person.name.fullName']],
    ['Vergi Dairesi', (c, o, r, i) => row(TR, i)[2], []],
    ['Vergi No / TC Kimlik No', (c, o, r, i) => row(TR, i)[3], ['person.taxId'], opt],
    ['E-posta', (c, o, r, i) => row(TR, i)[4], ['workEmail.address', 'personalEmail.address']],
    ['Telefon', (c, o, r, i) => row(TR, i)[5], ['workPhone.number']],
    ['Cep Telefonu', (c, o, r, i) => row(TR, i)[6], ['mobilePhone.number']],
    ['Faks', (c, o, r, i) => (i % 3 === 0 ? row(TR, i)[5].replace(/..$/, '99') : ''), ['faxPhone.number']],
    ['Adres', (c, o, r, i) => row(TR, i)[7], at([...WORK, 'billingAddress', 'mailingAddress'], 'street1')],
    ['İlçe', (c, o, r, i) => row(TR, i)[8], at([...WORK, 'billingAddress', 'mailingAddress'], 'city'), opt],
    ['İl', (c, o, r, i) => row(TR, i)[9], [...at([...WORK, 'billingAddress', 'mailingAddress'], 'city'), ...STATE([...WORK, 'billingAddress', 'mailingAddress'])]],
    ['Ülke', () => 'Türkiye', at([...WORK, 'billingAddress', 'mailingAddress'], 'country')],
    ['Posta Kodu', (c, o, r, i) => row(TR, i)[10], at([...WORK, 'billingAddress', 'mailingAddress'], 'postalCode')],
    ['Web Sitesi', (c, o, r, i) => row(TR, i)[11], ['b2b.companyWebsite']],
    ['Grup', (c, o, r) => v.pick(r, ['Toptan', 'Perakende', 'Bayi']), [], opt],
    ['Bakiye', (c, o, r) => tl(v.int(r, -5000, 85000) + 0.5), []],
    ['Para Birimi', () => 'TRY', []],
    ['Vade (Gün)', (c, o, r) => String(v.pick(r, [0, 30, 45, 60])), []],
    ['IBAN', (c, o, r) => `TR${v.int(r, 10, 99)} 0006 ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)} ${v.int(r, 10, 99)}`, []],
    ['Açıklama', (c, o, r) => v.pick(r, ['', '', 'Çek ile ödeme yapıyor']), []],
    ['Oluşturma Tarihi', (c) => dmyDotHM(c.created, 3), ['extSourceSystemAudit.createdDate'], opt],
    ['Son İşlem Tarihi', (c) => dmyDot(c.updated, 3), ['extSourceSystemAudit.lastActivityDate'], opt],
  ] },

  // ---------------------------------------------------------------- payments (JazzCash, Pakistan, English)
  { name: 'jazzcash-merchant-transaction-report', product: 'JazzCash (Merchant Portal: Reports > Transaction Report > Export, CSV, English UI, a Lahore online bookstore)', family: 'payments', language: 'en', schema: E, cols: [
    ['Txn Ref No', (c, o) => `T${compact(o.at, 5)}`, [OR('payments[0].transactionID'), '_id']],
    ['Txn Date Time', (c, o) => compact(o.at, 5), ['timestamp']],
    ['Txn Type', (c, o, r) => v.pick(r, ['MWALLET', 'MWALLET', 'MPAY', 'OTC']), [OR('payments[0].paymentType')], opt],
    ['Merchant ID', () => 'MC48213', []],
    ['Bill Reference', (c, o) => `billRef${o.id}`, [OR('purchaseID')]],
    ['Description', (c, o, r) => v.pick(r, ['Order payment', 'Book order', 'Online purchase']), []],
    ['Amount', (c, o, r) => grpDec(v.int(r, 450, 12000)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Currency', () => 'PKR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Mobile Number', (c, o, r, i) => row(PK, i)[1], PHONEID, opt],
    ['Customer Name', (c, o, r, i) => row(PK, i)[0], []],
    ['Email', (c, o, r, i) => row(PK, i)[2], EMAILID, opt],
    ['CNIC', (c, o, r, i) => row(PK, i)[3], []],
    ['Response Code', (c, o, r) => v.pick(r, ['000', '000', '000', '124', '157']), []],
    ['Response Message', (c, o, r) => v.pick(r, ['Thank you for Using JazzCash, your transaction was successful.', 'Order is placed and waiting for financials to be received over the counter.', 'Transaction is pending.']), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['Completed', 'Completed', 'Completed', 'Pending', 'Failed']), [], opt],
    ['Retrieval Reference No', (c, o, r) => String(v.int(r, 100000000000, 999999999999)), []],
    ['Auth Code', (c, o, r) => String(v.int(r, 100000, 999999)), []],
    ['Card Type', (c, o, r) => v.pick(r, ['', '', 'VISA', 'MASTERCARD']), [], opt],
    ['Masked Card Number', (c, o, r) => (r() < 0.3 ? `4${v.int(r, 10000, 99999)}******${v.int(r, 1000, 9999)}` : ''), []],
    ['Fee', (c, o, r) => dec(v.int(r, 5, 180)), []],
    ['Net Amount', (c, o, r) => grpDec(v.int(r, 440, 11800)), []],
    ['Settlement Date', (c, o) => dMonY(o.at + day, 5), []],
  ] },

  // ---------------------------------------------------------------- payments (Kopo Kopo, Kenya, English)
  { name: 'kopokopo-dashboard-transactions', product: 'Kopo Kopo (K2 dashboard: Transactions > Export CSV, M-PESA Till and card payments, English UI, a Nairobi pharmacy chain)', family: 'payments', language: 'en', schema: E, cols: [
    ['Transaction ID', (c, o, r) => v.uuid(r), ['_id', OR('payments[0].transactionID')]],
    ['Date', (c, o) => dMonYhm(o.at, 3), ['timestamp']],
    ['Type', (c, o, r) => v.pick(r, ['Buygoods Transaction', 'Buygoods Transaction', 'Card Payment', 'Reversal']), [OR('payments[0].paymentType')], opt],
    ['Reference', (c, o, r) => `S${v.alnum(r, 9).toUpperCase()}`, [OR('payments[0].transactionID')]],
    ['First Name', (c, o, r, i) => row(KE, i)[0], []],
    ['Middle Name', (c, o, r, i) => row(KE, i)[1], []],
    ['Last Name', (c, o, r, i) => row(KE, i)[2], []],
    ['Phone Number', (c, o, r, i) => row(KE, i)[3], PHONEID, opt],
    ['Amount', (c, o, r) => grpDec(v.int(r, 50, 9500)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Currency', () => 'KES', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Till Number', (c, o, r) => v.pick(r, ['K884210', 'K884211']), []],
    ['Till Name', (c, o, r) => v.pick(r, ['Afya Plus Chemists - Westlands', 'Afya Plus Chemists - Kilimani']), ['placeContext.POIinteraction.POIDetail.name'], opt],
    ['Status', (c, o, r) => v.pick(r, ['Received', 'Received', 'Received', 'Reversed']), [], opt],
    ['Transaction Fee', (c, o, r) => dec(v.int(r, 0, 95)), []],
    ['Net Amount', (c, o, r) => grpDec(v.int(r, 50, 9400)), []],
    ['System', (c, o, r) => v.pick(r, ['Lipa Na M-PESA', 'Lipa Na M-PESA', 'Visa']), [], opt],
    ['Note', (c, o, r) => v.pick(r, ['', '', 'Invoice 2231']), []],
  ] },

  // ---------------------------------------------------------------- e-commerce customers (Bumpa, Nigeria, English)
  { name: 'bumpa-customers-export', product: 'Bumpa (Customers > Export, CSV, English UI, a Lagos fashion seller selling on Instagram, WhatsApp and in store)', family: 'ecommerce-customers', language: 'en', schema: P, cols: [
    ['Customer ID', (c, o, r) => String(v.int(r, 1000000, 9999999)), ['_id', 'personID']],
    ['Name', (c, o, r, i) => row(NG, i)[0], ['person.name.fullName']],
    ['Email', (c, o, r, i) => row(NG, i)[1], ['personalEmail.address']],
    ['Phone', (c, o, r, i) => row(NG, i)[2], ['mobilePhone.number', 'homePhone.number']],
    ['Gender', (c, o, r, i) => (ALT_F(i) ? 'Female' : 'Male'), ['person.gender'], opt],
    ['Birthday', (c, o, r) => { if (r() < 0.4) return ''; const p = shift(c.birth, 0); return `${pad(p.d)}/${pad(p.m)}` }, ['person.birthDayAndMonth'], opt],
    ['Address', (c, o, r, i) => row(NG, i)[3], at([...HOME, 'shippingAddress'], 'street1')],
    ['City', (c, o, r, i) => row(NG, i)[4], at([...HOME, 'shippingAddress'], 'city')],
    ['State', (c, o, r, i) => row(NG, i)[5], STATE([...HOME, 'shippingAddress'])],
    ['Country', () => 'Nigeria', at([...HOME, 'shippingAddress'], 'country')],
    ['Channel', (c, o, r) => v.pick(r, ['Instagram', 'WhatsApp', 'Website', 'Walk-in']), [], opt],
    ['Customer Group', (c, o, r) => v.pick(r, ['', 'VIP', 'Wholesale']), []],
    ['Total Orders', (c, o, r) => String(v.int(r, 1, 14)), []],
    ['Total Spent', (c, o, r) => naira(v.int(r, 8000, 650000)), [], opt],
    ['Last Order Date', (c, o) => dMonY(o.at, 1), [], opt],
    ['Date Added', (c) => dMonY(c.created, 1), [], opt],
    ['Tags', (c, o, r) => v.pick(r, ['', 'owing', 'repeat buyer']), []],
    ['Notes', (c, o, r) => v.pick(r, ['', '', 'Prefers GIG logistics']), []],
  ] },

  // ---------------------------------------------------------------- support desk / call centre (MyOperator, India, English)
  { name: 'myoperator-call-logs-export', product: 'MyOperator (panel: Call Logs > Download, CSV, English UI, a Pune home-services company\'s IVR line)', family: 'support', language: 'en', schema: E, cols: [
    ['Call ID', (c, o, r) => `${v.hex(r, 12)}${v.int(r, 1000, 9999)}`, ['_id']],
    ['Caller Number', (c, o, r, i) => row(IN, i)[1], PHONEID],
    ['Caller Name', (c, o, r, i) => row(IN, i)[0], []],
    ['Location', (c, o, r, i) => row(IN, i)[2], ['placeContext.geo.stateProvince'], opt],
    ['Call Date', (c, o) => dMonY(o.at, 5.5), ['timestamp'], opt],
    ['Call Time', (c, o) => hm12(o.at, 5.5), [], opt],
    ['Call Type', (c, o, r) => v.pick(r, ['Incoming', 'Incoming', 'Outgoing']), ['eventType'], opt],
    ['Status', (c, o, r) => v.pick(r, ['Answered', 'Answered', 'Missed', 'Voicemail']), [], opt],
    ['Department', (c, o, r) => v.pick(r, ['Sales', 'Support', 'Bookings']), []],
    ['Agent Name', (c, o, r) => v.pick(r, ['Kiran', 'Pooja', 'Rohit', '']), []],
    ['Agent Number', (c, o, r) => v.pick(r, ['+919890011111', '+919890022222', '']), []],
    ['IVR Number', () => '+912071177000', []],
    ['Duration', (c, o, r) => { const s = v.int(r, 0, 900); return `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}` }, []],
    ['Talk Time', (c, o, r) => { const s = v.int(r, 0, 800); return `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}` }, []],
    ['Recording', (c, o, r) => (r() < 0.6 ? `https://recordings.myoperator.co/${v.hex(r, 24)}.mp3` : ''), []],
    ['Call Tags', (c, o, r) => v.pick(r, ['', 'New enquiry', 'Complaint', 'Follow up']), []],
    ['Feedback', (c, o, r) => v.pick(r, ['', '', '4', '5']), []],
    ['Notes', (c, o, r) => v.pick(r, ['', '', 'Call back tomorrow 11am']), []],
  ] },
]
