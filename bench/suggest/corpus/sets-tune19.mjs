// Round 19, tune19: tune sets added in round 19, written blind (see ../README.md). Same format as sets.mjs.
import { P, E, B, v, f, ID, B2BID, OR, SHIP, BILL, PL, opt } from './sets.mjs'
import { loc } from './values10.mjs'
import { loc12 } from './values12.mjs'
import { pad, parts, row } from './values.mjs'

const slug = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/[^a-z]/g, '')
const later = (c) => Math.max(c.created, c.updated) + 3600000
const comma = (n) => n.toFixed(2).replace('.', ',')
const isoMs = (ms) => new Date(ms).toISOString()
// "2024-03-05 14:22" (Calendly, Payhip), "March 5, 2024" (Patreon), "05.03.2024" (Booksy), "2024/03/05 14:22:31" (Qoo10, JST)
const ymdhm = (ms) => f.ymdhms(ms).slice(0, 16)
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const longUs = (ms) => { const p = parts(ms); return `${MONTHS[p.m - 1]} ${p.d}, ${p.y}` }
const plDate = (ms) => { const p = parts(ms); return `${pad(p.d)}.${pad(p.m)}.${p.y}` }
const jst = (ms) => { const p = parts(ms + 9 * 3600000); return `${p.y}/${pad(p.m)}/${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const jstDay = (ms) => jst(ms).slice(0, 10)
const svTime = (ms) => ymdhm(ms)
const itDate = (ms) => { const p = parts(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }

// local people, places and products the shared generators lack
const GHOST_LABELS = ['', '', 'newsletter-2023', 'import-substack', 'podcast, vip', 'early-supporter']
const GHOST_TIERS = ['', '', '', 'Supporter', 'Founding member']
const PATREON_TIERS = [['Supporter', 3], ['Supporter', 3], ['Backstage Pass', 7], ['Producer', 15], ['Executive Producer', 50]]
const CAL_TYPES = [['30 Minute Meeting', 30], ['Intro Call', 15], ['Product Demo', 45], ['Onboarding Session', 60]]
const STREAK_PIPES = [['Sales Pipeline', 'Lead'], ['Sales Pipeline', 'Contacted'], ['Sales Pipeline', 'Demo Scheduled'], ['Hiring', 'Phone Screen'], ['Sales Pipeline', 'Closed Won']]
const PAYHIP_ITEMS = [['Lightroom Presets Vol. 2', 19], ['The Freelance Pricing Guide (ebook)', 12.99], ['Procreate Brush Pack', 8], ['Notion Budget Template', 15], ['Watercolor Course - Beginner', 49]]
const JP_ITEMS = [['【送料無料】国産 無添加 ドライフルーツ ミックス 500g', 'ミックス / 500g', 1980, 'DF-MIX-500'], ['韓国コスメ シカ クリーム 50ml', 'ホワイト', 2450, 'CICA-CR-50'], ['ワイヤレスイヤホン Bluetooth5.3 防水', 'ブラック', 3280, 'WE-BT53-BK'], ['レディース ニット カーディガン 春', 'アイボリー / M', 3990, 'KN-CD-IV-M'], ['ステンレス タンブラー 600ml 保温保冷', 'シルバー', 1650, 'TB-600-SV']]
const PL_SERVICES = ['Strzyżenie damskie', 'Manicure hybrydowy', 'Strzyżenie męskie + broda', 'Koloryzacja', 'Masaż klasyczny 60 min']
const IT_SERVICES = ['Piega', 'Taglio donna', 'Colore + piega', 'Manicure semipermanente', 'Trattamento viso']
const SV_CARS = [['Volvo V60 D4 AWD Momentum', '1012345678'], ['Volkswagen Golf 1.5 TSI', '1012349912'], ['Tesla Model 3 Long Range', '1012377301'], ['Toyota RAV4 Hybrid AWD', '1012401188'], ['Kia Niro EV Advance', '1012299450']]
const SV_NAMES = [['Erik', 'Johansson'], ['Anna', 'Andersson'], ['Lars', 'Karlsson'], ['Maria', 'Nilsson'], ['Johan', 'Eriksson'], ['Karin', 'Larsson'], ['Anders', 'Olsson']]
const svMobile = (r) => `07${v.pick(r, ['0', '2', '3', '6'])}-${v.int(r, 100, 999)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`
const usPhone = (r) => `+1 ${v.int(r, 201, 989)}-${v.int(r, 200, 989)}-${pad(v.int(r, 0, 9999), 4)}`
const tz = ['America/New_York', 'America/Chicago', 'America/Los_Angeles', 'Europe/London', 'Europe/Berlin', 'Asia/Kolkata']

export const SETS = [
  // ---------------------------------------------------------------- email tools (Ghost, Members > Export all members; header seen whole in Ghost's own tests)
  { name: 'ghost-members', product: 'Ghost (Admin: Members > ⚙ > Export all members, CSV)', family: 'email', language: 'en', schema: P, cols: [
    ['id', (c, o, r) => v.hex(r, 24), ID],
    ['email', (c) => c.email, ['personalEmail.address']],
    ['name', (c, o, r) => (r() < 0.8 ? c.full : ''), ['person.name.fullName']],
    ['note', (c, o, r) => v.pick(r, ['', '', '', 'Met at conference', 'Gifted comp by editor']), []],
    ['subscribed_to_emails', (c, o, r) => (r() < 0.85 ? 'true' : 'false'), [], opt],
    ['complimentary_plan', (c, o, r) => (r() < 0.05 ? 'true' : 'false'), []],
    ['stripe_customer_id', (c, o, r) => (r() < 0.25 ? `cus_${v.alnum(r, 14)}` : ''), [], opt],
    ['created_at', (c) => isoMs(c.created), [], opt],
    ['deleted_at', () => '', []],
    ['labels', (c, o, r) => v.pick(r, GHOST_LABELS), [], opt],
    ['tiers', (c, o, r) => v.pick(r, GHOST_TIERS), [], opt],
  ] },

  // ---------------------------------------------------------------- memberships (Patreon, Audience > Relationship manager > Export CSV)
  { name: 'patreon-members', product: 'Patreon (Creator page: Audience > Relationship manager > Export CSV)', family: 'memberships', language: 'en', schema: P, cols: [
    ['Name', (c) => c.full, ['person.name.fullName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Twitter', (c, o, r) => (r() < 0.2 ? `${slug(c.first)}${slug(c.last).slice(0, 3)}` : ''), []],
    ['Discord', (c, o, r) => (r() < 0.3 ? `${slug(c.first)}_${v.int(r, 10, 999)}` : ''), []],
    ['Patron Status', (c, o, r) => v.pick(r, ['Active patron', 'Active patron', 'Active patron', 'Former patron', 'Declined patron']), [], opt],
    ['Follows You', (c, o, r) => (r() < 0.3 ? 'Yes' : 'No'), []],
    ['Lifetime Amount', (c, o, r, i) => (row(PATREON_TIERS, i)[1] * v.int(r, 1, 30)).toFixed(2), [], opt],
    ['Pledge Amount', (c, o, r, i) => row(PATREON_TIERS, i)[1].toFixed(2), []],
    ['Charge Frequency', (c, o, r) => (r() < 0.9 ? 'monthly' : 'annual'), []],
    ['Tier', (c, o, r, i) => row(PATREON_TIERS, i)[0], [], opt],
    ['Addressee', (c, o, r, i) => (row(PATREON_TIERS, i)[1] >= 15 ? c.full : ''), [], opt],
    ['Street', (c, o, r, i) => (row(PATREON_TIERS, i)[1] >= 15 ? c.street : ''), ['shippingAddress.street1', 'homeAddress.street1', 'mailingAddress.street1']],
    ['City', (c, o, r, i) => (row(PATREON_TIERS, i)[1] >= 15 ? c.city : ''), ['shippingAddress.city', 'homeAddress.city', 'mailingAddress.city']],
    ['State', (c, o, r, i) => (row(PATREON_TIERS, i)[1] >= 15 ? c.region : ''), ['shippingAddress.stateProvince', 'shippingAddress.state', 'homeAddress.stateProvince', 'homeAddress.state', 'mailingAddress.stateProvince', 'mailingAddress.state']],
    ['Zip', (c, o, r, i) => (row(PATREON_TIERS, i)[1] >= 15 ? c.postcode : ''), ['shippingAddress.postalCode', 'homeAddress.postalCode', 'mailingAddress.postalCode']],
    ['Country', (c, o, r, i) => (row(PATREON_TIERS, i)[1] >= 15 ? c.countryCode : ''), ['shippingAddress.countryCode', 'homeAddress.countryCode', 'mailingAddress.countryCode'], opt],
    ['Phone', (c, o, r, i) => (row(PATREON_TIERS, i)[1] >= 15 && r() < 0.5 ? c.mobile : ''), ['shippingAddressPhone.number', 'mobilePhone.number', 'homePhone.number'], opt],
    ['Patronage Since Date', (c) => longUs(c.created), [], opt],
    ['Last Charge Date', (c) => longUs(later(c)), [], opt],
    ['Last Charge Status', (c, o, r) => v.pick(r, ['Paid', 'Paid', 'Paid', 'Declined', 'Pending']), []],
    ['Additional Details', (c, o, r) => v.pick(r, ['', '', '', 'Please credit me as "Sam"']), []],
    ['User ID', (c, o, r) => String(v.int(r, 1000000, 99999999)), ID],
    ['Last Updated', (c) => isoMs(later(c)), [], opt],
    ['Currency', () => 'USD', []],
    ['Max Posts', () => '', []],
    ['Access Expiration', (c, o, r) => (r() < 0.15 ? longUs(later(c) + 30 * 86400000) : ''), []],
    ['Next Charge Date', (c, o, r) => (r() < 0.8 ? longUs(later(c) + 30 * 86400000) : ''), []],
  ] },

  // ---------------------------------------------------------------- events (Calendly, Meetings/Scheduled events > Export, one row per invitee booking)
  { name: 'calendly-scheduled-events', product: 'Calendly (Meetings > Scheduled events > Export, CSV, one row per invitee)', family: 'events', language: 'en', schema: E, cols: [
    ['Invitee Name', (c) => c.full, []],
    ['Invitee First Name', (c, o, r) => (r() < 0.3 ? c.first : ''), []],
    ['Invitee Last Name', (c, o, r) => (r() < 0.3 ? c.last : ''), []],
    ['Invitee Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Text Reminder Number', (c, o, r) => (r() < 0.25 ? usPhone(r) : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Event Type Name', (c, o, r, i) => row(CAL_TYPES, i)[0], [], opt],
    ['Start Date & Time', (c, o) => ymdhm(o.at + 5 * 86400000), ['timestamp'], opt],
    ['End Date & Time', (c, o, r, i) => ymdhm(o.at + 5 * 86400000 + row(CAL_TYPES, i)[1] * 60000), [], opt],
    ['Invitee Time Zone', (c, o, r) => v.pick(r, tz), ['placeContext.ianaTimezone']],
    ['Location', (c, o, r) => v.pick(r, ['Zoom', 'Google Meet', 'Phone call', 'https://zoom.us/j/8123456789']), []],
    ['Event Created Date & Time', (c, o) => ymdhm(o.at), ['timestamp']],
    ['Canceled', (c, o, r) => (r() < 0.12 ? 'true' : 'false'), [], opt],
    ['Cancellation reason', (c, o, r) => (r() < 0.08 ? 'Something came up, will rebook' : ''), []],
    ['Canceled By', () => '', []],
    ['Guest Email(s)', (c, o, r) => (r() < 0.1 ? c.workEmail : ''), []],
    ['User Name', (c, o, r) => v.pick(r, ['Alex Rivera', 'Priya Shah', 'Tom Becker']), []],
    ['User Email', (c, o, r) => v.pick(r, ['alex@tidyhq.io', 'priya@tidyhq.io', 'tom@tidyhq.io']), []],
    ['UTM Campaign', (c, o, r) => v.pick(r, ['', '', '', 'q2-webinar', 'pricing-page']), ['marketing.campaignName', 'marketing.trackingCode']],
    ['UTM Source', (c, o, r) => v.pick(r, ['', '', '', 'linkedin', 'newsletter']), [], opt],
    ['UTM Medium', (c, o, r) => v.pick(r, ['', '', '', 'social', 'email']), [], opt],
    ['UTM Term', () => '', [], opt],
    ['UTM Content', () => '', [], opt],
    ['Salesforce UUID', () => '', []],
    ['Marked as No-Show', (c, o, r) => (r() < 0.05 ? 'Yes' : ''), []],
    ['Question 1', () => 'What would you like to discuss?', []],
    ['Response 1', (c, o, r) => v.pick(r, ['Pricing for a team of 10', 'Migration from our current tool', '', 'API access']), []],
  ] },

  // ---------------------------------------------------------------- CRM (Streak for Gmail, Contacts > Export CSV)
  { name: 'streak-contacts', product: 'Streak (CRM in Gmail: Contacts > Export to CSV)', family: 'crm', language: 'en', schema: B, cols: [
    ['Name', (c) => c.full, ['person.name.fullName']],
    ['Given Name', (c) => c.first, ['person.name.firstName']],
    ['Family Name', (c) => c.last, ['person.name.lastName']],
    ['Email Addresses', (c, o, r) => (r() < 0.2 ? `${c.workEmail}, ${c.email}` : c.workEmail), ['workEmail.address', 'personalEmail.address'], opt],
    ['Phone Numbers', (c, o, r) => (r() < 0.6 ? c.phone : ''), ['workPhone.number', 'mobilePhone.number'], opt],
    ['Title', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Organization', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Address', (c, o, r) => (r() < 0.3 ? `${c.street}, ${c.city}, ${c.region} ${c.postcode}` : ''), ['workAddress.street1'], opt],
    ['Twitter', (c, o, r) => (r() < 0.2 ? `@${slug(c.first)}${slug(c.last).slice(0, 4)}` : ''), []],
    ['LinkedIn', (c, o, r) => (r() < 0.5 ? `https://www.linkedin.com/in/${slug(c.first)}-${slug(c.last)}` : ''), []],
    ['Facebook', () => '', []],
    ['Notes', (c, o, r) => v.pick(r, ['', '', 'Intro via Dana', 'Wants quote by Q3']), []],
    ['Boxes', (c, o, r, i) => `${c.company} - ${row(STREAK_PIPES, i)[0]}`, [], opt],
    ['Pipeline', (c, o, r, i) => row(STREAK_PIPES, i)[0], []],
    ['Stage', (c, o, r, i) => row(STREAK_PIPES, i)[1], ['b2b.personStatus'], opt],
    ['Creation Date', (c) => f.usTime(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Last Updated', (c) => f.usTime(later(c)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Key', (c, o, r) => `agxzfm1haWxmb29nYWVyLwsSDE9yZ2FuaXphdGlvbiI${v.alnum(r, 18)}`, B2BID, opt],
  ] },

  // ---------------------------------------------------------------- CRM (Zoho Bigin, Contacts > ⋯ > Export, Zoho field labels)
  { name: 'bigin-contacts', product: 'Bigin by Zoho CRM (Contacts > ⋯ > Export Contacts, CSV)', family: 'crm', language: 'en', schema: B, cols: [
    ['Record Id', (c, o, r) => `zcrm_${v.int(r, 5000000, 5999999)}000${v.int(r, 10000000, 99999999)}`, B2BID],
    ['Contact Owner', (c, o, r) => v.pick(r, ['Meera Iyer', 'Jon Park']), []],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Company Name', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Email', (c) => c.workEmail, ['workEmail.address', 'personalEmail.address']],
    ['Title', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Phone', (c) => c.phone, ['workPhone.number']],
    ['Mobile', (c, o, r) => (r() < 0.6 ? c.mobile : ''), ['mobilePhone.number']],
    ['Mailing Street', (c) => c.street, ['mailingAddress.street1']],
    ['Mailing City', (c) => c.city, ['mailingAddress.city']],
    ['Mailing State', (c) => c.region, ['mailingAddress.stateProvince', 'mailingAddress.state']],
    ['Mailing Zip', (c) => c.postcode, ['mailingAddress.postalCode']],
    ['Mailing Country', (c) => c.countryEn, ['mailingAddress.country']],
    ['Description', (c, o, r) => v.pick(r, ['', '', 'Met at SaaStr', 'Referred by partner']), []],
    ['Tag', (c, o, r) => v.pick(r, ['', 'Hot lead', 'Webinar', 'Hot lead,Webinar']), [], opt],
    ['Email Opt Out', (c, o, r) => (r() < 0.1 ? 'true' : 'false'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email', 'b2b.isMarketingSuspended'], opt],
    ['Created By', (c, o, r) => v.pick(r, ['Meera Iyer', 'Jon Park']), ['extSourceSystemAudit.createdBy'], opt],
    ['Modified By', (c, o, r) => v.pick(r, ['Meera Iyer', 'Jon Park']), ['extSourceSystemAudit.lastUpdatedBy'], opt],
    ['Created Time', (c) => f.ymdhms(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Modified Time', (c) => f.ymdhms(later(c)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Last Activity Time', (c) => f.ymdhms(later(c)), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Unsubscribed Mode', (c, o, r) => (r() < 0.08 ? 'Consent form' : ''), [], opt],
    ['Unsubscribed Time', (c, o, r) => (r() < 0.08 ? f.ymdhms(later(c)) : ''), ['b2b.personOptInOut.optOutDetails.email.optOutDate'], opt],
  ] },

  // ---------------------------------------------------------------- payments / digital sales (Payhip, Customers > Transactions > Export sales CSV; columns as its sale webhook fields)
  { name: 'payhip-sales', product: 'Payhip (Dashboard: Customers > Transactions > Export to CSV)', family: 'payments', language: 'en', schema: E, cols: [
    ['Transaction ID', (c, o, r) => v.alnum(r, 5).toUpperCase(), [OR('purchaseID'), OR('payments[0].transactionID'), '_id']],
    ['Date', (c, o) => ymdhm(o.at), ['timestamp', OR('createdDate')]],
    ['Customer Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Product Name', (c, o, r, i) => row(PAYHIP_ITEMS, i)[0], [PL('name')]],
    ['Product Key', (c, o, r) => v.alnum(r, 5), [PL('SKU')], opt],
    ['Quantity', () => '1', [PL('quantity')]],
    ['Price', (c, o, r, i) => row(PAYHIP_ITEMS, i)[1].toFixed(2), [OR('priceTotal'), PL('priceTotal'), OR('payments[0].paymentAmount')], opt],
    ['Currency', (c, o, r) => v.pick(r, ['USD', 'USD', 'GBP', 'EUR']), [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Coupon Code', (c, o, r) => (r() < 0.15 ? 'LAUNCH20' : ''), ['commerce.promotionID'], opt],
    ['Discount', (c, o, r, i) => (r() < 0.15 ? (row(PAYHIP_ITEMS, i)[1] * 0.2).toFixed(2) : '0.00'), [OR('discountAmount')], opt],
    ['VAT', (c, o, r, i) => (r() < 0.3 ? (row(PAYHIP_ITEMS, i)[1] * 0.2).toFixed(2) : '0.00'), [OR('taxAmount')]],
    ['Payment Type', (c, o, r) => v.pick(r, ['card', 'card', 'paypal']), [OR('payments[0].paymentType')]],
    ['Payhip Fee', (c, o, r, i) => (row(PAYHIP_ITEMS, i)[1] * 0.05).toFixed(2), []],
    ['Processor Fee', (c, o, r, i) => (row(PAYHIP_ITEMS, i)[1] * 0.029 + 0.3).toFixed(2), []],
    ['Net', (c, o, r, i) => (row(PAYHIP_ITEMS, i)[1] * 0.921 - 0.3).toFixed(2), [], opt],
    ['Country', (c) => c.countryCode, ['placeContext.geo.countryCode', BILL('countryCode')], opt],
    ['IP Address', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Is Gift', (c, o, r) => (r() < 0.04 ? 'Yes' : 'No'), []],
    ['Affiliate', (c, o, r) => (r() < 0.1 ? 'kate@designwithkate.co' : ''), [], opt],
    ['Consented To Emails', (c, o, r) => (r() < 0.6 ? 'Yes' : 'No'), []],
    ['Refunded', (c, o, r) => (r() < 0.03 ? 'Yes' : 'No'), [], opt],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Qoo10 Japan QSM, 配送管理 > 配送要請 Excel/CSV ダウンロード, Japanese, one row per order line)
  { name: 'qoo10-haisou-ja', product: 'Qoo10 Japan (QSM: 配送/キャンセル/未受取 > 配送管理 > エクセルダウンロード, Japanese)', family: 'ecommerce-orders', language: 'ja', schema: E, cols: [
    ['配送状態', (c, o, r) => v.pick(r, ['配送要請', '配送準備', '配送中', '配送完了', '配送完了']), [], opt],
    ['注文番号', (c, o, r) => String(v.int(r, 800000000, 999999999)), [OR('purchaseID'), '_id']],
    ['カート番号', (c, o, r) => String(v.int(r, 500000000, 699999999)), [], opt],
    ['配送会社', (c, o, r) => v.pick(r, ['ヤマト運輸', '佐川急便', '日本郵便', 'ヤマト運輸(ネコポス)']), ['commerce.shipping.shippingMethod'], opt],
    ['送り状番号', (c, o, r) => (r() < 0.7 ? `${v.int(r, 1000, 9999)}${v.int(r, 1000, 9999)}${v.int(r, 1000, 9999)}` : ''), ['commerce.shipping.trackingNumber']],
    ['発送日', (c, o, r) => (r() < 0.7 ? jstDay(o.at + 86400000) : ''), ['commerce.shipping.shipDate'], opt],
    ['注文日', (c, o) => jst(o.at), ['timestamp', OR('createdDate')]],
    ['入金日', (c, o) => jst(o.at + 600000), [], opt],
    ['お届け希望日', (c, o, r) => (r() < 0.2 ? jstDay(o.at + 4 * 86400000) : ''), []],
    ['発送予定日', (c, o) => jstDay(o.at + 2 * 86400000), [], opt],
    ['配送完了日', (c, o, r) => (r() < 0.5 ? jstDay(o.at + 3 * 86400000) : ''), [], opt],
    ['配送方法', (c, o, r) => v.pick(r, ['宅配便', 'ネコポス', 'ゆうパケット']), ['commerce.shipping.shippingMethod'], opt],
    ['商品番号', (c, o, r) => String(v.int(r, 700000000, 1099999999)), [PL('SKU')], opt],
    ['商品名', (c, o, r, i) => row(JP_ITEMS, i)[0], [PL('name')]],
    ['数量', (c, o) => String(Math.min(o.qty, 2)), [PL('quantity')]],
    ['オプション情報', (c, o, r, i) => row(JP_ITEMS, i)[1], ['productListItems[0].selectedOptions[0].value'], opt],
    ['オプションコード', () => '', [], opt],
    ['おまけ', () => '', []],
    ['受取人名', (c) => loc12(c, 'ja').full, []],
    ['受取人名(フリガナ)', (c) => `${loc12(c, 'ja').lastKana} ${loc12(c, 'ja').firstKana}`, []],
    ['受取人電話番号', (c, o, r) => (r() < 0.4 ? loc12(c, 'ja').tel.join('-') : ''), [], opt],
    ['受取人携帯電話番号', (c) => loc12(c, 'ja').mobile.join('-'), [], opt],
    ['住所', (c) => { const p = loc12(c, 'ja'); return `${p.pref}${p.city}${p.town}` }, [SHIP('street1')], opt],
    ['郵便番号', (c) => loc12(c, 'ja').zip, [SHIP('postalCode')]],
    ['国家', () => 'JP', [SHIP('countryCode')]],
    ['送料の決済', (c, o, r) => v.pick(r, ['無料', '無料', '先払い']), []],
    ['決済サイト', (c, o, r) => v.pick(r, ['Qoo10', 'Qoo10 App', 'Qoo10 Mobile']), [], opt],
    ['通貨', () => 'JPY', [OR('currencyCode')]],
    ['購入者決済金額', (c, o, r, i) => String(row(JP_ITEMS, i)[2] * Math.min(o.qty, 2) - (r() < 0.3 ? 300 : 0)), [OR('priceTotal'), OR('payments[0].paymentAmount')], opt],
    ['販売価格', (c, o, r, i) => String(row(JP_ITEMS, i)[2]), []],
    ['割引額', (c, o, r) => (r() < 0.3 ? '-300' : '0'), [OR('discountAmount')], opt],
    ['注文金額の合計', (c, o, r, i) => String(row(JP_ITEMS, i)[2] * Math.min(o.qty, 2)), [OR('priceTotal'), PL('priceTotal')], opt],
    ['購入者名', (c) => loc12(c, 'ja').full, []],
    ['購入者名(フリガナ)', (c) => `${loc12(c, 'ja').lastKana} ${loc12(c, 'ja').firstKana}`, []],
    ['配送要請事項', (c, o, r) => v.pick(r, ['', '', '置き配希望', '不在時は宅配ボックスへ']), []],
    ['購入者電話番号', (c, o, r) => (r() < 0.3 ? loc12(c, 'ja').tel.join('-') : ''), [], opt],
    ['購入者携帯電話番号', (c) => loc12(c, 'ja').mobile.join('-'), [], opt],
    ['販売者商品コード', (c, o, r, i) => row(JP_ITEMS, i)[3], [PL('SKU')]],
    ['JANコード', (c, o, r) => `49${v.int(r, 10000000, 99999999)}${v.int(r, 100, 999)}`, [], opt],
  ] },

  // ---------------------------------------------------------------- CRM / salon clients (Booksy Biz, Klienci > Eksportuj bazę klientów, Polish)
  { name: 'booksy-klienci-pl', product: 'Booksy Biz (panel: Klienci > Eksportuj klientów do pliku, Polish)', family: 'crm', language: 'pl', schema: P, cols: [
    ['Imię', (c) => loc(c, 'pl').first, ['person.name.firstName']],
    ['Nazwisko', (c) => loc(c, 'pl').last, ['person.name.lastName']],
    ['Telefon', (c) => loc(c, 'pl').mobile, ['mobilePhone.number', 'homePhone.number']],
    ['E-mail', (c, o, r) => (r() < 0.7 ? loc(c, 'pl').email : ''), ['personalEmail.address']],
    ['Płeć', (c) => (loc(c, 'pl').female ? 'Kobieta' : 'Mężczyzna'), ['person.gender']],
    ['Data urodzenia', (c, o, r) => (r() < 0.4 ? plDate(c.birth) : ''), ['person.birthDate']],
    ['Ulica', (c, o, r) => (r() < 0.3 ? loc(c, 'pl').street : ''), ['homeAddress.street1']],
    ['Kod pocztowy', (c, o, r) => (r() < 0.3 ? loc(c, 'pl').zip : ''), ['homeAddress.postalCode']],
    ['Miasto', (c) => loc(c, 'pl').city, ['homeAddress.city']],
    ['Notatka', (c, o, r) => v.pick(r, ['', '', '', 'Uczulenie na amoniak', 'Woli terminy po 17']), []],
    ['Zgoda na marketing', (c, o, r) => (r() < 0.5 ? 'Tak' : 'Nie'), [], opt],
    ['Zablokowany', (c, o, r) => (r() < 0.03 ? 'Tak' : 'Nie'), []],
    ['Źródło', (c, o, r) => v.pick(r, ['Booksy', 'Booksy', 'Dodany ręcznie', 'Import', 'Instagram']), [], opt],
    ['Data dodania', (c) => plDate(c.created), [], opt],
    ['Ostatnia wizyta', (c) => plDate(later(c)), [], opt],
    ['Liczba wizyt', (c, o, r) => String(v.int(r, 1, 40)), [], opt],
    ['Ostatnia usługa', (c, o, r) => v.pick(r, PL_SERVICES), []],
    ['Wydano łącznie', (c, o, r) => `${comma(v.int(r, 80, 4200))} zł`, [], opt],
    ['Rabat (%)', (c, o, r) => v.pick(r, ['0', '0', '0', '10', '15']), []],
  ] },

  // ---------------------------------------------------------------- CRM / salon clients (Treatwell Connect / Uala, Clienti > Esporta, Italian)
  { name: 'treatwell-clienti-it', product: 'Treatwell Connect (ex Uala; gestionale: Clienti > Esporta clienti, Italian)', family: 'crm', language: 'it', schema: P, cols: [
    ['Nome', (c) => c.first, ['person.name.firstName']],
    ['Cognome', (c) => c.last, ['person.name.lastName']],
    ['Cellulare', (c) => c.mobile, ['mobilePhone.number']],
    ['Telefono', (c, o, r) => (r() < 0.2 ? c.phone : ''), ['homePhone.number'], opt],
    ['Email', (c, o, r) => (r() < 0.75 ? c.email : ''), ['personalEmail.address']],
    ['Sesso', (c) => (c.female ? 'Donna' : 'Uomo'), ['person.gender']],
    ['Data di nascita', (c, o, r) => (r() < 0.5 ? itDate(c.birth) : ''), ['person.birthDate']],
    ['Indirizzo', (c, o, r) => (r() < 0.3 ? c.street : ''), ['homeAddress.street1']],
    ['CAP', (c, o, r) => (r() < 0.3 ? c.postcode : ''), ['homeAddress.postalCode']],
    ['Città', (c, o, r) => (r() < 0.5 ? c.city : ''), ['homeAddress.city']],
    ['Provincia', (c, o, r) => (r() < 0.3 ? c.region : ''), ['homeAddress.stateProvince', 'homeAddress.state'], opt],
    ['Codice fiscale', (c, o, r) => (r() < 0.15 ? `${c.last.slice(0, 3).toUpperCase()}${c.first.slice(0, 3).toUpperCase()}${v.int(r, 50, 99)}A${v.int(r, 10, 70)}F205${v.alnum(r, 1).toUpperCase()}` : ''), ['person.taxId'], opt],
    ['Note', (c, o, r) => v.pick(r, ['', '', '', 'Pelle sensibile', 'Preferisce Giulia']), []],
    ['Consenso marketing', (c, o, r) => (r() < 0.55 ? 'Sì' : 'No'), [], opt],
    ['Consenso privacy', () => 'Sì', []],
    ['Canale di acquisizione', (c, o, r) => v.pick(r, ['Treatwell', 'Treatwell', 'In salone', 'Passaparola', 'Instagram']), [], opt],
    ['Data creazione', (c) => itDate(c.created), [], opt],
    ['Ultimo appuntamento', (c) => itDate(later(c)), [], opt],
    ['Numero appuntamenti', (c, o, r) => String(v.int(r, 1, 35)), [], opt],
    ['Servizio preferito', (c, o, r) => v.pick(r, IT_SERVICES), []],
    ['Totale speso', (c, o, r) => `${comma(v.int(r, 30, 2500))} €`, [], opt],
  ] },

  // ---------------------------------------------------------------- B2B leads (Blocket, Blocket Bilhandlare / Pro: Leads > Exportera, Swedish car-dealer leads)
  { name: 'blocket-leads-sv', product: 'Blocket (Blocket Pro för bilhandlare: Leads > Exportera till CSV, Swedish)', family: 'marketing', language: 'sv', schema: B, cols: [
    ['Lead-ID', (c, o, r) => String(v.int(r, 40000000, 49999999)), B2BID],
    ['Datum', (c, o) => svTime(o.at), ['extSourceSystemAudit.createdDate'], opt],
    ['Typ', (c, o, r) => v.pick(r, ['Meddelande', 'Meddelande', 'Samtal', 'Provkörning', 'Inbyte']), ['b2b.personSource'], opt],
    ['Status', (c, o, r) => v.pick(r, ['Ny', 'Ny', 'Kontaktad', 'Affär', 'Förlorad']), ['b2b.personStatus']],
    ['Förnamn', (c, o, r, i) => row(SV_NAMES, i + +c.id)[0], ['person.name.firstName']],
    ['Efternamn', (c, o, r, i) => row(SV_NAMES, i + 3)[1], ['person.name.lastName']],
    ['E-post', (c, o, r, i) => `${slug(row(SV_NAMES, i + +c.id)[0])}.${slug(row(SV_NAMES, i + 3)[1])}${v.int(r, 1, 99)}@${v.pick(r, ['gmail.com', 'hotmail.se', 'telia.com', 'outlook.com'])}`, ['personalEmail.address', 'workEmail.address']],
    ['Telefon', (c, o, r) => svMobile(r), ['mobilePhone.number', 'homePhone.number']],
    ['Postnummer', (c, o, r) => (r() < 0.4 ? `${v.int(r, 111, 984)} ${pad(v.int(r, 10, 99))}` : ''), ['homeAddress.postalCode', 'mailingAddress.postalCode'], opt],
    ['Annons', (c, o, r, i) => row(SV_CARS, i)[0], []],
    ['Annons-ID', (c, o, r, i) => row(SV_CARS, i)[1], [], opt],
    ['Regnummer', (c, o, r) => `${String.fromCharCode(65 + v.int(r, 0, 22))}${String.fromCharCode(65 + v.int(r, 0, 22))}${String.fromCharCode(65 + v.int(r, 0, 22))} ${v.int(r, 10, 99)}${v.pick(r, ['A', 'C', 'F', '1', '7'])}`, []],
    ['Meddelande', (c, o, r) => v.pick(r, ['Hej! Finns bilen kvar?', 'Går det att provköra på lördag?', 'Vad ger ni för min V40 i inbyte?', '']), []],
    ['Säljare', (c, o, r) => v.pick(r, ['Mikael Berg', 'Sofia Holm', '']), []],
    ['Anläggning', (c, o, r) => v.pick(r, ['Bilia Göteborg', 'Bilia Mölndal']), ['b2b.companyName', 'organizations[0]'], opt],
    ['Senast ändrad', (c, o) => svTime(o.at + 86400000), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },

  // ---------------------------------------------------------------- CRM / salon clients (Fresha, Clients > Options > Export, CSV)
  { name: 'fresha-clients', product: 'Fresha (Partner app: Clients > Client list > Options > Export, CSV)', family: 'crm', language: 'en', schema: P, cols: [
    ['Client ID', (c, o, r) => String(v.int(r, 10000000, 49999999)), ID],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Full Name', (c) => c.full, ['person.name.fullName']],
    ['Blocked', (c, o, r) => (r() < 0.02 ? 'Yes' : 'No'), []],
    ['Block Reason', () => '', []],
    ['Gender', (c, o, r) => (r() < 0.2 ? 'Unknown' : c.female ? 'Female' : 'Male'), ['person.gender']],
    ['Mobile Number', (c) => c.mobile, ['mobilePhone.number']],
    ['Telephone', (c, o, r) => (r() < 0.15 ? c.phone : ''), ['homePhone.number'], opt],
    ['Email', (c, o, r) => (r() < 0.85 ? c.email : ''), ['personalEmail.address']],
    ['Accepts Marketing', (c, o, r) => (r() < 0.5 ? 'Yes' : 'No'), [], opt],
    ['Accepts SMS Marketing', (c, o, r) => (r() < 0.3 ? 'Yes' : 'No'), [], opt],
    ['Address', (c, o, r) => (r() < 0.25 ? c.street : ''), ['homeAddress.street1']],
    ['Apartment/Suite', (c, o, r) => (r() < 0.1 ? c.street2 : ''), ['homeAddress.street2']],
    ['Area', () => '', [], opt],
    ['City', (c, o, r) => (r() < 0.35 ? c.city : ''), ['homeAddress.city']],
    ['State', (c, o, r) => (r() < 0.25 ? c.region : ''), ['homeAddress.stateProvince', 'homeAddress.state']],
    ['Post Code', (c, o, r) => (r() < 0.25 ? c.postcode : ''), ['homeAddress.postalCode']],
    ['Date of Birth', (c, o, r) => (r() < 0.35 ? f.ymd(c.birth) : ''), ['person.birthDate']],
    ['Added', (c) => f.ymd(c.created), [], opt],
    ['Note', (c, o, r) => v.pick(r, ['', '', '', 'Patch test done 12/03', 'Prefers Saturday mornings']), []],
    ['Referral Source', (c, o, r) => v.pick(r, ['', 'Fresha marketplace', 'Walk-in', 'Instagram', 'Google']), [], opt],
    ['Marketplace Client', (c, o, r) => (r() < 0.4 ? 'Yes' : 'No'), []],
  ] },

  // ---------------------------------------------------------------- email tools / course platform (Kajabi, Contacts > Export, CSV)
  { name: 'kajabi-contacts', product: 'Kajabi (Contacts > select all > Export contacts, CSV)', family: 'email', language: 'en', schema: P, cols: [
    ['ID', (c, o, r) => String(v.int(r, 1000000000, 2999999999)), ID],
    ['Name', (c) => c.full, ['person.name.fullName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Phone Number', (c, o, r) => (r() < 0.3 ? c.mobile : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Address Line 1', (c, o, r) => (r() < 0.2 ? c.street : ''), ['homeAddress.street1', 'billingAddress.street1'], opt],
    ['Address Line 2', (c, o, r) => (r() < 0.05 ? c.street2 : ''), ['homeAddress.street2', 'billingAddress.street2'], opt],
    ['Address City', (c, o, r) => (r() < 0.2 ? c.city : ''), ['homeAddress.city', 'billingAddress.city'], opt],
    ['Address State', (c, o, r) => (r() < 0.2 ? c.region : ''), ['homeAddress.stateProvince', 'homeAddress.state', 'billingAddress.stateProvince', 'billingAddress.state'], opt],
    ['Address Zip', (c, o, r) => (r() < 0.2 ? c.postcode : ''), ['homeAddress.postalCode', 'billingAddress.postalCode'], opt],
    ['Address Country', (c, o, r) => (r() < 0.4 ? c.countryCode : ''), ['homeAddress.countryCode', 'billingAddress.countryCode'], opt],
    ['Subscribed', (c, o, r) => (r() < 0.75 ? 'true' : 'false'), [], opt],
    ['Tags', (c, o, r) => v.pick(r, ['', 'lead-magnet', 'webinar-2024, lead-magnet', 'customer', 'vip']), [], opt],
    ['Products', (c, o, r) => v.pick(r, ['', '', 'Photo Editing Masterclass', 'Photo Editing Masterclass, Lightroom Presets']), [], opt],
    ['Offers', (c, o, r) => v.pick(r, ['', '', 'Masterclass - Full Pay', 'Masterclass - 3 Payments']), []],
    ['Created At', (c) => f.iso(c.created), [], opt],
    ['Last Activity', (c, o, r) => (r() < 0.6 ? f.iso(later(c)) : ''), [], opt],
    ['Sign In Count', (c, o, r) => String(v.int(r, 0, 120)), []],
    ['Net Revenue', (c, o, r) => (r() < 0.4 ? (v.int(r, 27, 997) + 0).toFixed(2) : '0.00'), [], opt],
    ['External User ID', () => '', [], opt],
  ] },
]
