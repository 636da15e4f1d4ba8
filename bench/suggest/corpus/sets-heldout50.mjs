// Round 50, heldout50: held-out sets (email, SMS, loyalty, referral and reviews tools), written apart from the suggester
// and any tuning, scored once at the end. Same format as sets.mjs (sources in ../README.md): header as the product
// exports it, one value generator per column in the product's formats, the accepted destinations ([] = nothing fits)
// and 'opt' for borderline columns.
import { E, P, v, f, at, HOME, PL, opt } from './sets.mjs'
import { pad, parts } from './values.mjs'

const ID = ['_id', 'personID']
const e164 = (c) => `+1${c.mobile.replace(/\D/g, '').slice(-10).padStart(10, '5')}`
const digits10 = (c) => c.mobile.replace(/\D/g, '').slice(-10).padStart(10, '5')
const pick = (c, xs) => xs[+c.id % xs.length]
const st2 = (c) => c.region.slice(0, 2).toUpperCase()
const isoMs = (ms) => new Date(ms).toISOString()
const utc = (ms) => { const p = parts(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)} UTC` }
const usSec = (ms) => { const p = parts(ms); return `${pad(p.m)}/${pad(p.d)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const gbDate = (ms) => f.eu(ms)
const later = (c) => Math.max(c.created, c.updated)
const TRUE = (b) => (b ? 'TRUE' : 'FALSE')
const tf = (b) => (b ? 'true' : 'false')
const pts = (c) => (+c.id % 40) * 25
const STARS = (c) => String(1 + ((+c.id * 7) % 5 === 0 ? 2 : 4 - (+c.id % 2)))
const REVIEW_TITLES = ['Love it!', 'Great quality', 'Runs small', 'Would buy again', 'Not what I expected', 'Perfect gift']
const REVIEW_BODIES = ['Fits perfectly and the fabric is soft.', 'Shipping was quick, product as described.', 'Size up, otherwise great.', 'Color faded after two washes.', 'My daughter loves it.']
const SOURCES = ['Popup', 'Checkout', 'Keyword', 'Import', 'Landing page']

export const SETS = [
  // Emotive: SMS subscribers of a US apparel brand (Audience > Contacts > Export, CSV).
  { name: 'emotive-sms-contacts-en', product: 'Emotive (Audience > Contacts > Export contacts, CSV; English UI; a US apparel brand\'s SMS list)', family: 'marketing', language: 'en', schema: P, cols: [
    ['Contact ID', (c) => `ct_${c.id}`, ID],
    ['Phone Number', (c) => e164(c), ['mobilePhone.number']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Subscription Status', (c) => pick(c, ['Subscribed', 'Subscribed', 'Subscribed', 'Unsubscribed', 'Pending']), ['mobilePhone.status'], opt],
    ['Opt-in Source', (c) => pick(c, SOURCES), [], opt],
    ['Opt-in Date', (c) => isoMs(c.created), [], opt],
    ['Opt-out Date', (c) => (+c.id % 5 === 3 ? isoMs(later(c)) : ''), [], opt],
    ['Zip Code', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Timezone', (c) => pick(c, ['America/New_York', 'America/Chicago', 'America/Los_Angeles', 'America/Denver']), []],
    ['Birthday', (c) => f.mmdd(c.birth), ['person.birthDayAndMonth'], opt],
    ['Total Orders', (c) => String(+c.id % 9), []],
    ['Total Spent', (c) => ((+c.id % 9) * 48.5).toFixed(2), ['loyalty.lifetimePurchases'], opt],
    ['Last Message Sent', (c) => isoMs(c.updated), [], opt],
    ['Tags', (c) => pick(c, ['', 'vip', 'winback', 'vip;bfcm']), []],
    ['Created At', (c) => isoMs(c.created), [], opt],
  ] },
  // GrowSurf: referral program participants of a US SaaS newsletter (Participants > Export CSV).
  { name: 'growsurf-participants-en', product: 'GrowSurf (Campaign > Participants > Export to CSV; English UI; a US consumer app\'s referral campaign)', family: 'loyalty', language: 'en', schema: P, cols: [
    ['id', (c) => `p${c.id}x`, ID],
    ['email', (c) => c.email, ['personalEmail.address']],
    ['firstName', (c) => c.first, ['person.name.firstName']],
    ['lastName', (c) => c.last, ['person.name.lastName']],
    ['shareUrl', (c) => `https://app.example.com/join?grsf=${c.first.toLowerCase()}-${c.id.slice(-4)}`, []],
    ['referralCount', (c) => String(+c.id % 12), []],
    ['monthlyReferralCount', (c) => String(+c.id % 3), []],
    ['referralStatus', (c) => pick(c, ['CREDIT_PENDING', 'CREDIT_AWARDED', 'CREDIT_EXPIRED']), [], opt],
    ['referrer', (c) => (+c.id % 3 ? `p${(+c.id + 17) % 999999}x` : ''), []],
    ['referralSource', (c) => pick(c, ['EMAIL', 'TWITTER', 'FACEBOOK', 'COPY', 'DIRECT']), [], opt],
    ['rank', (c) => String(1 + (+c.id % 500)), []],
    ['fraudRiskLevel', (c) => pick(c, ['LOW', 'LOW', 'LOW', 'MEDIUM', 'HIGH']), []],
    ['isWinner', (c) => tf(+c.id % 20 === 0), []],
    ['unsubscribed', (c) => tf(+c.id % 8 === 0), [], opt],
    ['createdAt', (c) => String(c.created), [], opt],
    ['ipAddress', (c) => v.ip4(() => (+c.id % 97) / 97), [], opt],
  ] },
  // Viral Loops: participants of a US D2C brand's pre-launch waitlist (Campaign > Participants > Export).
  { name: 'viral-loops-participants-en', product: 'Viral Loops (Campaign > Participants > Export participants, CSV; English UI; a US D2C brand\'s pre-launch waitlist)', family: 'loyalty', language: 'en', schema: P, cols: [
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Referral Code', (c) => `${c.first.toLowerCase()}${c.id.slice(-3)}`, []],
    ['Referral Link', (c) => `https://brand.example.com/?referralCode=${c.first.toLowerCase()}${c.id.slice(-3)}`, []],
    ['Referred By', (c) => (+c.id % 3 ? '' : `${c.last.toLowerCase()}${c.id.slice(-2)}`), []],
    ['Referral Count', (c) => String(+c.id % 15), []],
    ['Position', (c) => String(1 + (+c.id % 4000)), []],
    ['Points', (c) => String((+c.id % 15) * 10), ['loyalty.points'], opt],
    ['Rewards', (c) => pick(c, ['', '', 'Early access', 'Early access; 20% off']), []],
    ['Country', (c) => c.countryEn, at(HOME, 'country'), opt],
    ['Joined', (c) => utc(c.created), [], opt],
    ['Verified', (c) => pick(c, ['Yes', 'Yes', 'No']), ['personalEmail.status'], opt],
  ] },
  // ReferralHero: subscribers of a US fintech's referral list (List > Subscribers > Export CSV).
  { name: 'referralhero-subscribers-en', product: 'ReferralHero (List > Subscribers > Download CSV; English UI; a US fintech app\'s referral list)', family: 'loyalty', language: 'en', schema: P, cols: [
    ['id', (c) => `sub_${c.id}`, ID],
    ['name', (c) => c.full, ['person.name.fullName']],
    ['email', (c) => c.email, ['personalEmail.address']],
    ['phone_number', (c) => e164(c), ['mobilePhone.number', 'homePhone.number']],
    ['crypto_wallet_address', () => '', []],
    ['extra_field', (c) => pick(c, ['', 'iOS', 'Android']), []],
    ['code', (c) => v.alnum(() => (+c.id % 61) / 61, 7), []],
    ['referral_link', (c) => `https://fin.example.com/?mwr=${c.id}`, []],
    ['referred_by', (c) => (+c.id % 4 ? '' : `sub_${(+c.id + 3) % 999999}`), []],
    ['people_referred', (c) => String(+c.id % 7), []],
    ['confirmed_referrals', (c) => String((+c.id % 7) >> 1), []],
    ['position', (c) => String(1 + (+c.id % 3000)), []],
    ['points', (c) => String((+c.id % 7) * 100), ['loyalty.points'], opt],
    ['source', (c) => pick(c, ['Direct', 'Facebook', 'Twitter', 'Email', 'Whatsapp']), [], opt],
    ['level', (c) => pick(c, ['', 'Bronze', 'Silver', 'Gold']), ['loyalty.tier'], opt],
    ['status', (c) => pick(c, ['confirmed', 'confirmed', 'pending', 'unconfirmed']), [], opt],
    ['ip_address', () => '73.12.44.9', [], opt],
    ['created_at', (c) => usSec(c.created), [], opt],
    ['last_updated_at', (c) => usSec(later(c)), [], opt],
  ] },
  // Loox: product reviews of a US jewelry store on Shopify (Loox admin > Reviews > Export, CSV).
  { name: 'loox-reviews-export-en', product: 'Loox (Reviews > Manage reviews > Export, CSV; English UI; a US jewelry store on Shopify)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['id', (c) => `${c.id}r`, ['_id']],
    ['status', (c) => pick(c, ['Published', 'Published', 'Hidden']), [], opt],
    ['rating', (c) => STARS(c), []],
    ['email', (c) => c.email, [], opt],
    ['nickname', (c) => `${c.first} ${c.last[0]}.`, []],
    ['full_name', (c) => c.full, []],
    ['review', (c) => pick(c, REVIEW_BODIES), []],
    ['img', (c) => (+c.id % 3 ? '' : `https://images.loox.io/uploads/${c.id}.jpg`), []],
    ['date', (c) => isoMs(c.created), ['timestamp']],
    ['productId', (c, o) => `gid://shopify/Product/${7e12 + (+o.id)}`, [PL('SKU'), PL('product')], opt],
    ['handle', (c, o) => o.name.toLowerCase().replace(/[^a-z]+/g, '-'), [], opt],
    ['product_name', (c, o) => o.name, [PL('name')]],
    ['orderId', (c, o) => String(5e12 + +o.id), ['commerce.order.purchaseID']],
    ['verified_purchase', (c) => TRUE(+c.id % 5 !== 0), []],
    ['reply', (c) => (+c.id % 4 ? '' : 'Thank you so much!'), []],
    ['replied_at', (c) => (+c.id % 4 ? '' : isoMs(later(c))), [], opt],
  ] },
  // Reviews.io: product reviews of a UK homeware retailer (Product Reviews > Export, CSV).
  { name: 'reviewsio-product-reviews-en', product: 'REVIEWS.io (Product Reviews > Moderate > Export reviews, CSV; English UI; a UK homeware retailer)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Review ID', (c) => String(9e6 + +c.id), ['_id']],
    ['Date Created', (c) => f.ymdhms(c.created), ['timestamp']],
    ['Order Number', (c, o) => `HW${o.id}`, ['commerce.order.purchaseID']],
    ['SKU', (c, o) => o.sku, [PL('SKU')]],
    ['Product Name', (c, o) => o.name, [PL('name')]],
    ['Rating', (c) => STARS(c), []],
    ['Review', (c) => pick(c, REVIEW_BODIES), []],
    ['Reviewer Name', (c) => c.full, []],
    ['Reviewer Email', (c) => c.email, [], opt],
    ['Reviewer Location', (c) => c.city, ['placeContext.geo.city'], opt],
    ['Verified Buyer', (c) => pick(c, ['Yes', 'Yes', 'No']), []],
    ['Status', (c) => pick(c, ['Published', 'Published', 'Pending', 'Rejected']), [], opt],
    ['Photos', () => '', []],
    ['Reply', () => '', []],
    ['Tags', (c) => pick(c, ['', 'quality', 'delivery']), []],
  ] },
  // Feefo: service and product feedback of a UK travel-gear retailer (Reports > Feedback export, CSV).
  { name: 'feefo-feedback-export-en', product: 'Feefo (Hub > Reports > Feedback, Download CSV; English UI; a UK travel-gear retailer)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order Ref', (c, o) => `TG-${o.id}`, ['commerce.order.purchaseID']],
    ['Customer Name', (c) => c.full, []],
    ['Customer Email', (c) => c.email, [], opt],
    ['Feedback Date', (c) => gbDate(c.created), ['timestamp'], opt],
    ['Purchase Date', (c, o) => gbDate(o.at), ['commerce.order.createdDate'], opt],
    ['Product Code', (c, o) => o.sku, [PL('SKU')]],
    ['Product Description', (c, o) => o.name, [PL('name')]],
    ['Service Rating', (c) => pick(c, ['Excellent', 'Excellent', 'Good', 'Poor', 'Bad']), []],
    ['Service Review', (c) => pick(c, REVIEW_BODIES), []],
    ['Product Rating', (c) => STARS(c), []],
    ['Product Review', (c) => pick(c, REVIEW_BODIES), []],
    ['NPS', (c) => String(+c.id % 11), []],
    ['Supplier Response', () => '', []],
    ['Moderation Status', (c) => pick(c, ['Published', 'Published', 'Unpublished']), [], opt],
    ['Merchant Identifier', () => 'travelgear-uk', []],
  ] },
  // PowerReviews: product reviews of a US outdoor retailer (Portal > Reviews > Export, CSV).
  { name: 'powerreviews-reviews-export-en', product: 'PowerReviews (Portal > Reviews > Export reviews, CSV; English UI; a US outdoor retailer)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Review ID', (c) => String(2e8 + +c.id), ['_id']],
    ['Page ID', (c, o) => o.sku, [PL('SKU')]],
    ['Product Name', (c, o) => o.name, [PL('name')]],
    ['Brand', () => 'TrailPeak', []],
    ['Category', (c, o) => o.category, [PL('productCategories[0].categoryName')], opt],
    ['Created Date', (c) => usSec(c.created), ['timestamp']],
    ['Rating', (c) => STARS(c), []],
    ['Headline', (c) => pick(c, REVIEW_TITLES), []],
    ['Comments', (c) => pick(c, REVIEW_BODIES), []],
    ['Nickname', (c) => c.first, []],
    ['Location', (c) => `${c.city}, ${st2(c)}`, [], opt],
    ['Email Address', (c) => c.email, [], opt],
    ['Is Recommended', (c) => pick(c, ['Yes', 'Yes', 'No']), []],
    ['Verified Buyer', (c) => pick(c, ['true', 'false']), []],
    ['Helpful Votes', (c) => String(+c.id % 9), []],
    ['Status', (c) => pick(c, ['Approved', 'Approved', 'Rejected', 'Pending']), [], opt],
    ['Merchant Response', () => '', []],
    ['Source', (c) => pick(c, ['Post-purchase email', 'Web', 'Sampling']), [], opt],
  ] },
  // SimpleTexting: contacts of a US dental office (Contacts > Export, CSV).
  { name: 'simpletexting-contacts-en', product: 'SimpleTexting (Contacts > Export, CSV; English UI; a US dental office)', family: 'marketing', language: 'en', schema: P, cols: [
    ['Phone', (c) => digits10(c), ['mobilePhone.number']],
    ['First name', (c) => c.first, ['person.name.firstName']],
    ['Last name', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Birthday', (c) => f.us(c.birth), ['person.birthDate']],
    ['Lists', (c) => pick(c, ['Patients', 'Patients, Reminders', 'Promotions']), []],
    ['Subscription status', (c) => pick(c, ['Subscribed', 'Subscribed', 'Unsubscribed']), ['mobilePhone.status'], opt],
    ['Source', (c) => pick(c, ['Keyword', 'Web form', 'Import', 'Manual']), [], opt],
    ['Date added', (c) => f.usTime(c.created), [], opt],
    ['Last updated', (c) => f.usTime(later(c)), [], opt],
    ['Notes', (c) => pick(c, ['', 'prefers mornings', '']), []],
    ['Insurance', (c) => pick(c, ['Delta Dental', 'Cigna', 'Aetna', '']), []],
  ] },
  // EZ Texting: contacts of a US gym chain (Contacts > Export, CSV).
  { name: 'eztexting-contacts-en', product: 'EZ Texting (Contacts > Export contacts, CSV; English UI; a US gym chain)', family: 'marketing', language: 'en', schema: P, cols: [
    ['Phone Number', (c) => `(${digits10(c).slice(0, 3)}) ${digits10(c).slice(3, 6)}-${digits10(c).slice(6)}`, ['mobilePhone.number']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Birthday', (c) => f.us(c.birth), ['person.birthDate']],
    ['Note', () => '', []],
    ['Groups', (c) => pick(c, ['Members', 'Members|Downtown', 'Trial Pass', 'Members|Uptown']), []],
    ['Opted Out', (c) => pick(c, ['No', 'No', 'No', 'Yes']), [], opt],
    ['Opt-in Method', (c) => pick(c, ['Keyword', 'Web Widget', 'Uploaded']), [], opt],
    ['Created Date', (c) => f.usTime(c.created), [], opt],
    ['Membership Tier', (c) => pick(c, ['Basic', 'Plus', 'Premier']), ['loyalty.tier'], opt],
    ['Home Club', (c) => pick(c, ['Downtown', 'Uptown', 'Riverside']), []],
    ['Zip', (c) => c.postcode, at(HOME, 'postalCode')],
  ] },
  // SlickText: subscribers of a US coffee-shop chain's text club (Audience > Contacts > Export).
  { name: 'slicktext-subscribers-en', product: 'SlickText (Audience > Contacts > Export, CSV; English UI; a US coffee-shop chain\'s text club)', family: 'loyalty', language: 'en', schema: P, cols: [
    ['contact_id', (c) => String(4e7 + +c.id), ID],
    ['mobile_number', (c) => e164(c), ['mobilePhone.number']],
    ['first_name', (c) => c.first, ['person.name.firstName']],
    ['last_name', (c) => c.last, ['person.name.lastName']],
    ['email', (c) => c.email, ['personalEmail.address']],
    ['birthdate', (c) => f.ymd(c.birth), ['person.birthDate']],
    ['address', (c) => c.street, at(HOME, 'street1')],
    ['city', (c) => c.city, at(HOME, 'city')],
    ['state', (c) => st2(c), [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['zip', (c) => c.postcode, at(HOME, 'postalCode')],
    ['opt_in_status', (c) => pick(c, ['subscribed', 'subscribed', 'unsubscribed']), ['mobilePhone.status'], opt],
    ['opt_in_source', (c) => pick(c, ['keyword', 'web_form', 'import', 'api']), [], opt],
    ['textword', () => 'COFFEE', []],
    ['loyalty_points', (c) => String(pts(c)), ['loyalty.points']],
    ['total_check_ins', (c) => String(+c.id % 30), []],
    ['subscribed_at', (c) => f.ymdhms(c.created), ['loyalty.joinDate'], opt],
    ['last_message_at', (c) => f.ymdhms(later(c)), [], opt],
  ] },
  // Recart: SMS subscribers of a US supplements brand on Shopify (Subscribers > Export, CSV).
  { name: 'recart-sms-subscribers-en', product: 'Recart (Subscribers > Export subscribers, CSV; English UI; a US supplements brand on Shopify)', family: 'marketing', language: 'en', schema: P, cols: [
    ['Subscriber ID', (c) => `rc_${c.id}`, ID],
    ['Phone', (c) => e164(c), ['mobilePhone.number']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Shopify Customer ID', (c) => String(6e12 + +c.id), [], opt],
    ['Subscribed At', (c) => isoMs(c.created), [], opt],
    ['Subscription Source', (c) => pick(c, ['Popup', 'Checkout', 'Keyword', 'Landing Page']), [], opt],
    ['Status', (c) => pick(c, ['SUBSCRIBED', 'SUBSCRIBED', 'UNSUBSCRIBED']), ['mobilePhone.status'], opt],
    ['Country', (c) => 'US', at(HOME, 'countryCode')],
    ['Orders Count', (c) => String(+c.id % 6), []],
    ['Total Revenue', (c) => ((+c.id % 6) * 39.95).toFixed(2), ['loyalty.lifetimePurchases'], opt],
    ['Last Order At', (c) => (+c.id % 6 ? isoMs(later(c)) : ''), [], opt],
    ['Unsubscribed At', (c) => (+c.id % 3 === 2 ? isoMs(later(c)) : ''), [], opt],
  ] },
]
