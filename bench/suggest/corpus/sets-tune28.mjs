// Round 28, tune28: tune sets added in round 28, written blind (before any round-28 tuning, by a writer that never
// opened the suggester or a score). Same format as sets.mjs (sources in ../README.md).
import { P, E, B, v, f, HOME, WORK, B2BID, OR, PL, BILL, GEO, at, opt, BROWSERS, OSES } from './sets.mjs'
import { pad, parts, shift, row } from './values.mjs'
import { loc } from './values10.mjs'

// local formatters
// Bizzabo: "2024-03-05 14:22" (UTC); Demio: "Mar 5, 2024 2:22 PM"; Humanitix: "05/03/2024 2:22 pm" in Sydney time;
// ClickMeeting (pl): "05.03.2024 14:22:09" Warsaw time; Clicky (de): "05.03.2024 14:22:09"; Statcounter: "2024-03-05 14:22:09"
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const h12 = (H) => `${H % 12 || 12}`
const ampm = (H) => (H < 12 ? 'AM' : 'PM')
const ymdhm = (ms) => f.ymdhms(ms).slice(0, 16)
const demio = (ms) => { const p = parts(ms); return `${MON[p.m - 1]} ${p.d}, ${p.y} ${h12(p.H)}:${pad(p.M)} ${ampm(p.H)}` }
const syd = (ms) => { const p = shift(ms, 11); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${h12(p.H)}:${pad(p.M)} ${ampm(p.H).toLowerCase()}` }
const waw = (ms) => { const p = shift(ms, 1); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const deTime = (ms) => { const p = shift(ms, 1); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const lo = (c) => Math.min(c.created, c.updated), hi = (c) => Math.max(c.created, c.updated)
const isoZ = (ms) => new Date(ms).toISOString()
const plMoney = (n) => n.toFixed(2).replace('.', ',')
const slug = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/[^a-z]/g, '')
const mins = (r, lo, hi) => { const s = v.int(r, lo * 60, hi * 60); return `${Math.floor(s / 60)}:${pad(s % 60)}` }
const stay = (c) => 300 + (+c.id % 3300)
const donation = (o) => [0, 0, 0, 5, 10][+o.id % 5]
const refunded = (o, i) => +o.id % 7 === 0 && row(AU_EVENTS, i)[2] > 0
const hms = (s) => `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`

// local people, places and goods
const AU_EVENTS = [['Sydney Night Noodle Markets 2024', 'GA Entry', 0], ['Melbourne Writers Workshop', 'Standard', 45], ['Brisbane Charity Gala Dinner', 'Table of 10', 1500], ['Yoga in the Park - Term 2', 'Casual class', 15], ['Hobart Winter Jazz', 'Adult', 65]]
const GEO_DE = [['Berlin, Deutschland', 'de', 52.52, 13.40], ['München, Deutschland', 'de', 48.14, 11.58], ['Wien, Österreich', 'at', 48.21, 16.37], ['Zürich, Schweiz', 'ch', 47.37, 8.54], ['Hamburg, Deutschland', 'de', 53.55, 9.99]]
const ISPS = ['Deutsche Telekom AG', 'Vodafone GmbH', 'Telefonica Germany', 'A1 Telekom Austria', 'Swisscom (Schweiz) AG']
const SC_GEO = [['United States', 'California', 'Los Angeles', 'Charter Communications'], ['United Kingdom', 'England', 'London', 'British Telecommunications PLC'], ['Ireland', 'Leinster', 'Dublin', 'Eir Broadband'], ['Canada', 'Ontario', 'Toronto', 'Rogers Communications'], ['Australia', 'New South Wales', 'Sydney', 'TPG Telecom']]
const SC_BR = [['Chrome', '122.0', 'Win10'], ['Safari', '17.3', 'MacOSX'], ['Mobile Safari', '17.3', 'iOS'], ['Chrome', '121.0', 'Android'], ['Firefox', '123.0', 'Linux'], ['Edge', '122.0', 'Win11']]
const BLOG = ['https://www.greenthumbgardening.ie/', 'https://www.greenthumbgardening.ie/blog/how-to-grow-tomatoes', 'https://www.greenthumbgardening.ie/shop/seed-kits', 'https://www.greenthumbgardening.ie/contact']
const BLOG_T = ['Green Thumb Gardening | Home', 'How to grow tomatoes indoors - Green Thumb', 'Seed kits - Green Thumb Shop', 'Contact us - Green Thumb']
// [referrer URL, referring domain, search engine, search host, search term], picked per row so that a row's columns agree
const REFS_DE = [['', '', '', '', ''], ['https://www.google.de/', 'google.de', 'Google', 'www.google.de', 'gartenschlauch kaufen'], ['https://www.google.de/', 'google.de', 'Google', 'www.google.de', ''], ['https://www.facebook.com/', 'facebook.com', '', '', ''], ['https://duckduckgo.com/', 'duckduckgo.com', 'DuckDuckGo', 'duckduckgo.com', 'rasen vertikutieren wann']]
const REFS_EN = [['', '', '', '', ''], ['https://www.google.com/', 'google.com', 'Google', 'www.google.com', 'grow tomatoes indoors'], ['https://www.google.com/', 'google.com', 'Google', 'www.google.com', ''], ['https://www.pinterest.com/', 'pinterest.com', '', '', ''], ['https://www.bing.com/', 'bing.com', 'Bing', 'www.bing.com', 'seed starter kit']]
const ref = (rows, o) => rows[+o.id % rows.length]
// [platform, device model, OS version, push token prefix]
const PW_DEV = [['iOS', 'iPhone15,2', '17.4', ''], ['Android', 'SM-S911B', '14', 'APA91b'], ['Android', 'Pixel 7', '13', 'APA91b'], ['iOS', 'iPhone14,5', '16.7', ''], ['Chrome', '', '', 'fcm:']]
const pw = (c) => PW_DEV[+c.id % PW_DEV.length]
const SAAS_PLANS = ['Free', 'Starter', 'Growth', 'Enterprise']

export const SETS = [
  // ---------------------------------------------------------------- B2B leads (Bizzabo, Contacts > Export, event registrations)
  { name: 'bizzabo-contacts', product: 'Bizzabo (event > People > Contacts > Export to CSV)', family: 'b2b-leads', language: 'en', schema: B, cols: [
    ['Contact ID', (c, o, r) => String(v.int(r, 30000000, 39999999)), B2BID],
    ['Order ID', (c, o) => String(5000000 + +o.id), []],
    ['Ticket ID', (c, o, r) => String(v.int(r, 80000000, 89999999)), [], opt],
    ['Ticket Name', (c, o, r) => v.pick(r, ['General Admission', 'VIP Pass', 'Speaker', 'Sponsor Booth Staff']), []],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.workEmail, ['workEmail.address', 'personalEmail.address']],
    ['Company', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Title', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Phone', (c) => c.phone, ['workPhone.number', 'mobilePhone.number']],
    ['Address', (c) => c.street, at([...WORK, ...HOME], 'street1')],
    ['City', (c) => c.city, at([...WORK, ...HOME], 'city')],
    ['State', (c) => c.region, [...at([...WORK, ...HOME], 'stateProvince'), ...at([...WORK, ...HOME], 'state')]],
    ['Zip Code', (c) => c.postcode, at([...WORK, ...HOME], 'postalCode')],
    ['Country', (c) => c.countryEn, at([...WORK, ...HOME], 'country')],
    ['LinkedIn Profile', (c) => `https://www.linkedin.com/in/${slug(c.first)}-${slug(c.last)}`, []],
    ['Registration Date', (c) => ymdhm(lo(c)), ['extSourceSystemAudit.createdDate'], opt],
    ['Registration Status', (c, o, r) => v.pick(r, ['Registered', 'Registered', 'Cancelled', 'Waitlisted']), ['b2b.personStatus'], opt],
    ['Checked In', (c, o, r) => v.pick(r, ['Yes', 'No']), []],
    ['Check-In Date', (c, o, r) => (r() < 0.5 ? ymdhm(hi(c)) : ''), [], opt],
    ['Price', (c, o) => o.price.toFixed(2), []],
    ['Currency', () => 'USD', []],
    ['Discount Code', (c, o, r) => v.pick(r, ['', '', 'EARLYBIRD', 'PARTNER20']), []],
    ['Registration Source', (c, o, r) => v.pick(r, ['Website', 'Admin', 'Import', 'Partner Link']), ['b2b.personSource'], opt],
    ['Dietary Requirements', (c, o, r) => v.pick(r, ['', 'Vegetarian', 'Gluten free', 'Vegan']), []],
    ['Marketing Opt-In', (c) => (c.bool ? 'true' : 'false'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
  ] },

  // ---------------------------------------------------------------- B2B leads (Demio, webinar > People > Export registrants)
  { name: 'demio-registrants', product: 'Demio (event > People > Export, registrants with attendance)', family: 'b2b-leads', language: 'en', schema: B, cols: [
    ['Name', (c) => c.full, ['person.name.fullName']],
    ['Email', (c) => c.workEmail, ['workEmail.address', 'personalEmail.address']],
    ['Session Date', (c, o) => demio(o.at), []],
    ['Registered At', (c, o) => demio(o.at - (1 + (+c.id % 20)) * 86400000 - (+c.id % 7200) * 1000), ['extSourceSystemAudit.createdDate'], opt],
    ['Attended', (c) => (c.bool ? 'Yes' : 'No'), []],
    ['Attended Live Duration', (c, o, r) => (c.bool ? mins(r, 5, 58) : ''), []],
    ['Watched Replay', (c, o, r) => v.pick(r, ['No', 'No', 'Yes']), []],
    ['Joined At', (c, o) => (c.bool ? demio(o.at + 60000) : ''), [], opt],
    ['Left At', (c, o) => (c.bool ? demio(o.at + 2700000) : ''), [], opt],
    ['Focus', (c, o, r) => (c.bool ? `${v.int(r, 40, 100)}%` : ''), []],
    ['Phone Number', (c, o, r) => (r() < 0.5 ? c.mobile : ''), ['workPhone.number', 'mobilePhone.number']],
    ['Company', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Website', (c) => `https://www.${slug(c.company)}.com`, ['b2b.companyWebsite']],
    ['Job Title', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Country', (c) => c.countryEn, at([...WORK, ...HOME], 'country'), opt],
    ['Source', (c, o, r) => v.pick(r, ['Registration Page', 'Embed', 'API', 'Zapier']), ['b2b.personSource'], opt],
    ['UTM Source', (c, o, r) => v.pick(r, ['', 'linkedin', 'newsletter', 'google']), [], opt],
    ['UTM Medium', (c, o, r) => v.pick(r, ['', 'social', 'email', 'cpc']), [], opt],
    ['UTM Campaign', (c, o, r) => v.pick(r, ['', 'q3-webinar-series', 'product-launch']), [], opt],
    ['UTM Term', (c, o, r) => v.pick(r, ['', '', 'webinar software']), []],
    ['UTM Content', (c, o, r) => v.pick(r, ['', '', 'banner-a']), []],
    ['Questions Asked', (c, o, r) => v.pick(r, ['0', '0', '1', '2']), []],
    ['Unique Join Link', (c, o, r) => `https://event.demio.com/ref/${v.alnum(r, 16)}`, []],
    ['IP Address', (c, o, r) => v.ip4(r), []],
  ] },

  // ---------------------------------------------------------------- events (ClickMeeting, Raporty > Uczestnicy > Eksportuj, Polish UI)
  { name: 'clickmeeting-uczestnicy-pl', product: 'ClickMeeting (Raporty > wydarzenie > Uczestnicy, eksport CSV, Polish UI)', family: 'events', language: 'pl', schema: P, cols: [
    ['Imię', (c) => loc(c, 'pl').first, ['person.name.firstName']],
    ['Nazwisko', (c) => loc(c, 'pl').last, ['person.name.lastName']],
    ['Adres e-mail', (c) => loc(c, 'pl').email, ['personalEmail.address']],
    ['Telefon', (c, o, r) => (r() < 0.6 ? loc(c, 'pl').mobile : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Firma', (c, o, r) => (r() < 0.5 ? loc(c, 'pl').company : ''), ['organizations[0]']],
    ['Stanowisko', (c, o, r) => v.pick(r, ['', 'Kierownik sprzedaży', 'Specjalista ds. marketingu', 'Właściciel']), []],
    ['Miasto', (c) => loc(c, 'pl').city, at(HOME, 'city'), opt],
    ['Kraj', () => 'Polska', at(HOME, 'country'), opt],
    ['Rola', (c, o, r) => v.pick(r, ['Uczestnik', 'Uczestnik', 'Uczestnik', 'Prezenter']), []],
    ['Data rejestracji', (c, o) => waw(o.at - (1 + (+c.id % 15)) * 86400000 - (+c.id % 5000) * 1000), [], opt],
    ['Wejście do pokoju', (c, o) => waw(o.at), [], opt],
    ['Wyjście z pokoju', (c, o) => waw(o.at + stay(c) * 1000), [], opt],
    ['Czas spędzony w pokoju', (c) => hms(stay(c)), []],
    ['Urządzenie', (c, o, r) => v.pick(r, ['Komputer', 'Telefon', 'Tablet']), []],
    ['Przeglądarka', (c, o, r) => v.pick(r, BROWSERS), []],
    ['System operacyjny', (c, o, r) => v.pick(r, OSES), []],
    ['Adres IP', (c, o, r) => v.ip4(r), []],
    ['Kod dostępu', (c, o, r) => (r() < 0.3 ? String(v.int(r, 100000, 999999)) : ''), []],
    ['Kwota', (c, o, r) => (r() < 0.4 ? plMoney(v.pick(r, [49, 99, 149])) : '0,00'), []],
    ['Zgoda na przetwarzanie danych', () => 'Tak', [], opt],
    ['Zgoda marketingowa', (c) => (c.bool ? 'Tak' : 'Nie'), [], opt],
    ['Ocena', (c, o, r) => v.pick(r, ['', '5', '4', '5', '3']), []],
    ['Komentarz', (c, o, r) => v.pick(r, ['', '', 'Świetne szkolenie!', 'Słaba jakość dźwięku']), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Humanitix, event > Reports > Orders, Australia)
  { name: 'humanitix-orders', product: 'Humanitix (event > Reports > Orders report, CSV, Australia)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Event name', (c, o, r, i) => row(AU_EVENTS, i)[0], []],
    ['Event date', (c, o) => syd(o.at + 14 * 86400000).slice(0, 10), []],
    ['Order ID', (c, o, r) => v.alnum(r, 24).toLowerCase(), [OR('purchaseID'), '_id']],
    ['Order reference', (c, o, r) => v.alnum(r, 8).toUpperCase(), [OR('purchaseID')], opt],
    ['Order date', (c, o) => syd(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o, r, i) => (refunded(o, i) ? 'Partially refunded' : 'Complete'), [], opt],
    ['First name', (c) => loc(c, 'au').first, []],
    ['Last name', (c) => loc(c, 'au').last, []],
    ['Email', (c) => loc(c, 'au').email, ['endUserIDs._experience.emailid.id'], opt],
    ['Mobile', (c, o, r) => (r() < 0.7 ? loc(c, 'au').mobile : ''), [], opt],
    ['Organisation', (c, o, r) => (r() < 0.3 ? c.company : ''), []],
    ['Postcode', (c) => loc(c, 'au').zip, [BILL('postalCode')], opt],
    ['Ticket types', (c, o, r, i) => row(AU_EVENTS, i)[1], [PL('name')], opt],
    ['Quantity', (c, o) => String(o.qty), [PL('quantity')], opt],
    ['Subtotal', (c, o, r, i) => (row(AU_EVENTS, i)[2] * o.qty).toFixed(2), [], opt],
    ['Discount code', (c, o, r, i) => (o.discount && row(AU_EVENTS, i)[2] ? 'EARLYBIRD' : ''), ['commerce.promotionID'], opt],
    ['Discount', (c, o, r, i) => (o.discount && row(AU_EVENTS, i)[2] ? '5.00' : '0.00'), [OR('discountAmount')]],
    ['Booking fee', (c, o, r, i) => (row(AU_EVENTS, i)[2] ? (row(AU_EVENTS, i)[2] * o.qty * 0.04 + 0.99).toFixed(2) : '0.00'), []],
    ['Donation', (c, o) => donation(o).toFixed(2), []],
    ['Gift card', () => '0.00', [], opt],
    ['Refunded', (c, o, r, i) => (refunded(o, i) ? (row(AU_EVENTS, i)[2] * o.qty / 2).toFixed(2) : '0.00'), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['Total', (c, o, r, i) => (row(AU_EVENTS, i)[2] * o.qty - (o.discount && row(AU_EVENTS, i)[2] ? 5 : 0) + (row(AU_EVENTS, i)[2] ? row(AU_EVENTS, i)[2] * o.qty * 0.04 + 0.99 : 0) + donation(o)).toFixed(2), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Currency', () => 'AUD', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Payment method', (c, o, r, i) => (row(AU_EVENTS, i)[2] ? v.pick(r, ['Credit card', 'Credit card', 'Apple Pay', 'Google Pay', 'PayPal']) : 'Free'), [OR('payments[0].paymentType')]],
    ['Sales channel', (c, o, r) => v.pick(r, ['Online', 'Online', 'Box office']), [], opt],
    ['Tracking code', (c, o, r) => v.pick(r, ['', '', 'facebook', 'newsletter-march']), ['marketing.trackingCode'], opt],
    ['Marketing opt-in', (c) => (c.bool ? 'Yes' : 'No'), []],
    ['Notes', (c, o, r) => v.pick(r, ['', '', 'Wheelchair access needed']), []],
  ] },

  // ---------------------------------------------------------------- CRM (Tapfiliate, Affiliates > Export, API affiliate fields)
  { name: 'tapfiliate-affiliates', product: 'Tapfiliate (Affiliates > Export CSV, in the API affiliate object\'s field names)', family: 'crm', language: 'en', schema: P, cols: [
    ['id', (c, o, r) => `${slug(c.first)}${v.alnum(r, 4).toLowerCase()}`, ['_id', 'personID']],
    ['firstname', (c) => c.first, ['person.name.firstName']],
    ['lastname', (c) => c.last, ['person.name.lastName']],
    ['email', (c) => c.email, ['personalEmail.address']],
    ['company.name', (c, o, r) => (r() < 0.5 ? c.company : ''), ['organizations[0]']],
    ['company.description', (c, o, r) => v.pick(r, ['', 'Lifestyle blog', 'Coupon site', 'YouTube reviews']), []],
    ['address.address', (c) => c.street, at(HOME, 'street1')],
    ['address.address_two', (c) => c.street2, at(HOME, 'street2')],
    ['address.postal_code', (c) => c.postcode, at(HOME, 'postalCode')],
    ['address.city', (c) => c.city, at(HOME, 'city')],
    ['address.state', (c) => c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['address.country.code', (c) => c.countryCode, at(HOME, 'countryCode')],
    ['address.country.name', (c) => c.countryEn, at(HOME, 'country')],
    ['parent_id', (c, o, r) => (r() < 0.2 ? `partner${v.alnum(r, 4).toLowerCase()}` : ''), []],
    ['affiliate_group_id', (c, o, r) => v.pick(r, ['', 'influencers', 'coupon-sites']), []],
    ['promotion_method', (c, o, r) => v.pick(r, ['Blog', 'Social media', 'Email list', 'Paid search']), []],
    ['referral_link', (c, o, r) => `https://www.example-store.com/?ref=${v.alnum(r, 6).toLowerCase()}`, []],
    ['coupon', (c, o, r) => (r() < 0.4 ? `${c.first.toUpperCase()}10` : ''), []],
    ['approved', (c, o, r) => v.pick(r, ['true', 'true', 'false']), [], opt],
    ['program', (c, o, r) => v.pick(r, ['Main program', 'EU program']), []],
    ['balance', (c, o, r) => v.money(r, 0, 400), []],
    ['currency', () => 'USD', []],
    ['created_at', (c) => isoZ(lo(c)), [], opt],
    ['meta_data.website', (c, o, r) => `https://${slug(c.last)}${v.pick(r, ['blog', 'reviews', 'deals'])}.com`, []],
    ['custom_fields.paypal_email', (c) => c.email, [], opt],
  ] },

  // ---------------------------------------------------------------- CRM (PartnerStack, Partners > Export CSV)
  { name: 'partnerstack-partners', product: 'PartnerStack (vendor dashboard, Partners > Export CSV)', family: 'crm', language: 'en', schema: B, cols: [
    ['Partner Key', (c, o, r) => `part_${v.alnum(r, 14)}`, B2BID],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.workEmail, ['workEmail.address', 'personalEmail.address']],
    ['Company', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Website', (c) => `https://${slug(c.company)}.com`, ['b2b.companyWebsite']],
    ['Country', (c) => c.countryCode, at([...WORK, ...HOME], 'countryCode'), opt],
    ['Group', (c, o, r) => v.pick(r, ['Default', 'Agencies', 'Resellers', 'Influencers']), []],
    ['Status', (c, o, r) => v.pick(r, ['Active', 'Active', 'Pending', 'Archived']), ['b2b.personStatus'], opt],
    ['Signed Up', (c) => f.ymd(lo(c)), ['extSourceSystemAudit.createdDate'], opt],
    ['Last Active', (c) => f.ymd(hi(c)), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Partner Manager', (c, o, r) => v.pick(r, ['Hannah Lee', 'Raj Patel', '']), []],
    ['Referral Link', (c, o, r) => `https://try.example.io/${v.alnum(r, 8).toLowerCase()}`, []],
    ['Clicks', (c, o, r) => String(v.int(r, 0, 5000)), []],
    ['Leads', (c, o, r) => String(v.int(r, 0, 200)), []],
    ['Signups', (c) => String((+c.id % 40) + (+c.id % 23)), []],
    ['Paid Customers', (c) => String(+c.id % 40), []],
    ['Revenue', (c, o, r) => v.money(r, 0, 50000), []],
    ['Commissions Earned', (c, o, r) => v.money(r, 0, 8000), []],
    ['Commissions Paid', (c, o, r) => v.money(r, 0, 6000), []],
    ['Payout Method', (c, o, r) => v.pick(r, ['PayPal', 'Stripe', 'Bank transfer', '']), []],
    ['Tags', (c, o, r) => v.pick(r, ['', 'top-performer', 'emea']), []],
    ['Source', (c, o, r) => v.pick(r, ['Marketplace', 'Invite', 'Signup form']), ['b2b.personSource'], opt],
  ] },

  // ---------------------------------------------------------------- CRM (Refersion, Affiliates > Manage > Export)
  { name: 'refersion-affiliates', product: 'Refersion (Affiliates > Manage Affiliates > Export to CSV)', family: 'crm', language: 'en', schema: P, cols: [
    ['Affiliate ID', (c, o, r) => String(v.int(r, 1000000, 9999999)), ['_id', 'personID']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Company', (c, o, r) => (r() < 0.3 ? c.company : ''), ['organizations[0]']],
    ['Phone', (c, o, r) => (r() < 0.5 ? c.mobile : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Address 1', (c) => c.street, at(HOME, 'street1')],
    ['Address 2', (c) => c.street2, at(HOME, 'street2')],
    ['City', (c) => c.city, at(HOME, 'city')],
    ['State', (c) => c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Zip', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Country', (c) => c.countryCode, at(HOME, 'countryCode')],
    ['Status', (c, o, r) => v.pick(r, ['ACTIVE', 'ACTIVE', 'PENDING', 'DISABLED']), [], opt],
    ['Offer', (c, o, r) => v.pick(r, ['Default 10%', 'Ambassadors 15%', 'Wholesale 5%']), []],
    ['Affiliate Code', (c, o, r) => v.alnum(r, 5).toLowerCase(), []],
    ['Referral Link', (c, o, r) => `https://shop.example.com/?rfsn=${v.int(r, 1000000, 9999999)}.${v.hex(r, 6)}`, []],
    ['Coupon Codes', (c, o, r) => (r() < 0.5 ? `${c.first.toUpperCase()}15` : ''), []],
    ['PayPal Email', (c, o, r) => (r() < 0.6 ? c.email : ''), [], opt],
    ['Website', (c, o, r) => v.pick(r, ['', `https://instagram.com/${slug(c.first)}${slug(c.last)}`, `https://${slug(c.last)}.blog`]), []],
    ['Conversions', (c, o, r) => String(v.int(r, 0, 120)), []],
    ['Total Sales', (c, o, r) => v.money(r, 0, 12000), []],
    ['Commission Earned', (c) => ((+c.id % 150000) / 100).toFixed(2), []],
    ['Commission Paid', (c) => ((+c.id % 150000) / 100 * (+c.id % 3 === 0 ? 1 : 0.6)).toFixed(2), []],
    ['Created', (c) => f.ymdhms(lo(c)), [], opt],
    ['Tags', (c, o, r) => v.pick(r, ['', 'influencer', 'micro, fitness']), []],
  ] },

  // ---------------------------------------------------------------- analytics (Userpilot, People > Users > Export CSV)
  { name: 'userpilot-users', product: 'Userpilot (People > Users list > Export CSV, default and custom properties)', family: 'analytics', language: 'en', schema: P, cols: [
    ['User ID', (c, o, r) => `usr_${v.int(r, 10000, 99999)}`, ['_id', 'personID']],
    ['Name', (c) => c.full, ['person.name.fullName']],
    ['Email', (c) => c.workEmail, ['workEmail.address', 'personalEmail.address']],
    ['Company ID', (c, o, r) => `co_${v.int(r, 100, 999)}`, []],
    ['Company Name', (c) => c.company, ['organizations[0]']],
    ['Created At', (c) => isoZ(lo(c)), [], opt],
    ['First Seen', (c) => isoZ(lo(c) + 3600000), [], opt],
    ['Last Seen', (c) => isoZ(hi(c)), [], opt],
    ['Web Sessions', (c, o, r) => String(v.int(r, 1, 400)), []],
    ['Browser', (c, o, r) => v.pick(r, BROWSERS), []],
    ['Operating System', (c, o, r) => v.pick(r, OSES), []],
    ['Device Type', (c, o, r) => v.pick(r, ['Desktop', 'Desktop', 'Mobile']), []],
    ['Country', (c) => c.countryEn, at(HOME, 'country'), opt],
    ['City', (c) => c.city, at(HOME, 'city'), opt],
    ['Language', (c, o, r) => v.pick(r, ['en-US', 'en-GB', 'de-DE', 'fr-FR']), [], opt],
    ['Plan', (c, o, r) => v.pick(r, SAAS_PLANS), []],
    ['Role', (c, o, r) => v.pick(r, ['Admin', 'Editor', 'Viewer']), []],
    ['Job Title', (c) => c.job, []],
    ['Segments', (c, o, r) => v.pick(r, ['New users', 'Power users, Admins', 'Trial']), []],
    ['NPS Score', (c, o, r) => v.pick(r, ['', '9', '10', '6', '8']), []],
    ['Flows Completed', (c, o, r) => String(v.int(r, 0, 12)), []],
    ['Phone', (c, o, r) => (r() < 0.2 ? c.phone : ''), ['workPhone.number', 'mobilePhone.number'], opt],
  ] },

  // ---------------------------------------------------------------- support / customer success (Vitally, Users table > Export)
  { name: 'vitally-users', product: 'Vitally (Users table view > Export CSV, customer success)', family: 'support', language: 'en', schema: B, cols: [
    ['ID', (c, o, r) => v.uuid(r), ['_id', 'personID'], opt],
    ['External ID', (c, o, r) => String(v.int(r, 10000, 99999)), B2BID],
    ['Name', (c) => c.full, ['person.name.fullName']],
    ['Email', (c) => c.workEmail, ['workEmail.address', 'personalEmail.address']],
    ['Accounts', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Account External IDs', (c, o, r) => `acct_${v.int(r, 1000, 9999)}`, ['b2b.accountID'], opt],
    ['Organization', (c, o, r) => v.pick(r, ['', 'Northwind Group', 'Globex Holdings']), [], opt],
    ['Health Score', (c, o, r) => (r() * 10).toFixed(1), []],
    ['NPS Score', (c, o, r) => v.pick(r, ['', '10', '9', '7', '3']), []],
    ['NPS Last Responded At', (c, o, r) => (r() < 0.5 ? isoZ(hi(c)) : ''), []],
    ['Last Seen', (c) => isoZ(hi(c)), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['First Seen', (c) => isoZ(lo(c) + 86400000), [], opt],
    ['Created At', (c) => isoZ(lo(c)), ['extSourceSystemAudit.createdDate'], opt],
    ['Joined At', (c) => isoZ(lo(c)), ['extSourceSystemAudit.createdDate'], opt],
    ['Unsubscribed From Conversations', (c, o, r) => v.pick(r, ['false', 'false', 'true']), [], opt],
    ['Deactivated At', (c, o, r) => (r() < 0.1 ? isoZ(hi(c)) : ''), [], opt],
    ['Total Sessions', (c, o, r) => String(v.int(r, 0, 900)), []],
    ['Last Inbound Message At', (c, o, r) => (r() < 0.4 ? isoZ(hi(c)) : ''), [], opt],
    ['Segments', (c, o, r) => v.pick(r, ['', 'Champions', 'At risk', 'Admins']), []],
    ['Traits: title', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Traits: phone', (c, o, r) => (r() < 0.4 ? c.phone : ''), ['workPhone.number', 'mobilePhone.number']],
    ['Traits: role', (c, o, r) => v.pick(r, ['admin', 'member', 'owner']), []],
    ['CSM', (c, o, r) => v.pick(r, ['Alex Kim', 'Jordan Ruiz', '']), []],
  ] },

  // ---------------------------------------------------------------- email / push messaging (Pushwoosh, Audience > Export subscribers CSV, default tags)
  { name: 'pushwoosh-devices', product: 'Pushwoosh (Audience > Segment > Export subscribers CSV, default tags)', family: 'email', language: 'en', schema: P, cols: [
    ['Hwid', (c, o, r) => v.uuid(r).toUpperCase(), [], opt],
    ['Push Token', (c, o, r) => (pw(c)[3] === '' ? v.hex(r, 64) : pw(c)[3] === 'fcm:' ? `https://fcm.googleapis.com/fcm/send/${v.alnum(r, 22)}:APA91b${v.alnum(r, 30)}` : `${v.alnum(r, 22)}:APA91b${v.alnum(r, 40)}`), []],
    ['Platform', (c) => pw(c)[0], []],
    ['User ID', (c, o, r) => String(v.int(r, 100000, 999999)), ['_id', 'personID']],
    ['Email', (c, o, r) => (r() < 0.6 ? c.email : ''), ['personalEmail.address']],
    ['Phone Number', (c, o, r) => (r() < 0.3 ? c.mobile : ''), ['mobilePhone.number']],
    ['Name', (c, o, r) => (r() < 0.5 ? c.full : ''), ['person.name.fullName']],
    ['Gender', (c, o, r) => (r() < 0.5 ? (c.female ? 'female' : 'male') : ''), ['person.gender'], opt],
    ['Age', (c) => String(2024 - parts(c.birth).y), [], opt],
    ['Application Version', (c, o, r) => v.pick(r, ['3.4.1', '3.5.0', '3.5.2']), []],
    ['OS Version', (c) => pw(c)[2], []],
    ['Device Model', (c) => pw(c)[1], []],
    ['Language', (c, o, r) => v.pick(r, ['en', 'en', 'es', 'de']), [], opt],
    ['Country', (c) => c.countryCode, at(HOME, 'countryCode'), opt],
    ['City', (c) => c.city, at(HOME, 'city'), opt],
    ['TimeZone', (c, o, r) => v.pick(r, ['America/New_York', 'America/Chicago', 'America/Los_Angeles']), []],
    ['First Install', (c) => f.ymdhms(lo(c)), [], opt],
    ['Last Application Open', (c) => f.ymdhms(hi(c)), [], opt],
    ['Push Alerts Enabled', (c) => (c.bool ? '1' : '0'), [], opt],
    ['Unsubscribed Emails', (c, o, r) => v.pick(r, ['0', '0', '1']), ['personalEmail.status'], opt],
    ['In-App Product', (c, o, r) => v.pick(r, ['', 'premium_monthly', 'coins_500']), []],
    ['Amount In-App Purchases', (c, o, r) => v.pick(r, ['0', '0', '4.99', '19.98']), []],
    ['Last In-App Purchase Date', (c, o, r) => (r() < 0.3 ? f.ymdhms(hi(c)) : ''), []],
  ] },

  // ---------------------------------------------------------------- analytics (Clicky, Besucher-Log > Export, German UI)
  { name: 'clicky-besucher-de', product: 'Clicky (Besucher > Besucher-Log, Export CSV, German UI)', family: 'analytics', language: 'de', schema: E, cols: [
    ['Zeit', (c, o) => deTime(o.at), ['timestamp']],
    ['IP-Adresse', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Besucher-ID', (c, o, r) => String(v.int(r, 100000000, 999999999)), [], opt],
    ['Sitzungs-ID', (c, o, r) => String(v.int(r, 100000000, 999999999)), [], opt],
    ['Benutzername', (c, o, r) => (r() < 0.2 ? c.email : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['Aktionen', (c, o, r) => String(v.int(r, 1, 14)), [], opt],
    ['Besuchsdauer', (c, o, r) => hms(v.int(r, 0, 1800)), [], opt],
    ['Besuche insgesamt', (c, o, r) => String(v.int(r, 1, 30)), []],
    ['Einstiegsseite', (c, o, r) => v.pick(r, ['/', '/produkte/gartenschlauch-20m', '/blog/rasen-vertikutieren', '/kontakt']), ['web.webPageDetails.URL'], opt],
    ['Browser', (c, o, r) => v.pick(r, ['Chrome 122', 'Firefox 123', 'Safari 17', 'Edge 122']), ['environment.browserDetails.name']],
    ['Betriebssystem', (c, o, r) => v.pick(r, ['Windows 10', 'macOS', 'iOS 17', 'Android 14']), ['environment.operatingSystem']],
    ['Bildschirmauflösung', (c, o, r) => v.pick(r, ['1920x1080', '1536x864', '390x844', '2560x1440']), [], opt],
    ['JavaScript', (c, o, r) => v.pick(r, ['Ja', 'Ja', 'Nein']), ['environment.browserDetails.javaScriptEnabled'], opt],
    ['Sprache', (c, o, r) => v.pick(r, ['de-DE', 'de-AT', 'de-CH', 'en-US']), ['environment.browserDetails.acceptLanguage', 'environment._dc.language'], opt],
    ['Verweis', (c, o) => ref(REFS_DE, o)[0], ['web.webReferrer.URL']],
    ['Verweisende Domain', (c, o) => ref(REFS_DE, o)[1], [], opt],
    ['Suchbegriff', (c, o) => ref(REFS_DE, o)[4], []],
    ['Standort', (c, o, r, i) => row(GEO_DE, i)[0], [], opt],
    ['Land', (c, o, r, i) => row(GEO_DE, i)[1], [GEO('countryCode')]],
    ['Breitengrad', (c, o, r, i) => String(row(GEO_DE, i)[2]), [GEO('_schema.latitude')]],
    ['Längengrad', (c, o, r, i) => String(row(GEO_DE, i)[3]), [GEO('_schema.longitude')]],
    ['Hostname', (c, o, r) => `p${v.hex(r, 8)}.dip0.t-ipconnect.de`, ['environment.domain'], opt],
    ['Organisation', (c, o, r, i) => row(ISPS, i), ['environment.ISP'], opt],
    ['Kampagne', (c, o, r) => v.pick(r, ['', '', 'fruehjahr-newsletter', 'gartensaison']), ['marketing.campaignName', 'marketing.trackingCode'], opt],
    ['Ziele', (c, o, r) => v.pick(r, ['', '', 'Newsletter-Anmeldung', 'Kauf']), []],
  ] },

  // ---------------------------------------------------------------- analytics (Statcounter, Visitor Log > Download log as CSV)
  { name: 'statcounter-log', product: 'Statcounter (project > Log > Download, recent pageload activity CSV)', family: 'analytics', language: 'en', schema: E, cols: [
    ['Date and Time', (c, o) => f.ymdhms(o.at), ['timestamp']],
    ['IP Address', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['IP Address Label', (c, o, r) => v.pick(r, ['', '', '', 'Office', 'Me (home)']), []],
    ['Browser', (c, o, r, i) => row(SC_BR, i + (+o.id % 3))[0], ['environment.browserDetails.name']],
    ['Version', (c, o, r, i) => row(SC_BR, i + (+o.id % 3))[1], ['environment.browserDetails.version']],
    ['OS', (c, o, r, i) => row(SC_BR, i + (+o.id % 3))[2], ['environment.operatingSystem']],
    ['Resolution', (c, o, r) => v.pick(r, ['1920x1080', '390x844', '1440x900', '1366x768']), [], opt],
    ['Country', (c, o, r, i) => row(SC_GEO, i)[0], [], opt],
    ['Region', (c, o, r, i) => row(SC_GEO, i)[1], [GEO('stateProvince')]],
    ['City', (c, o, r, i) => row(SC_GEO, i)[2], [GEO('city')]],
    ['ISP', (c, o, r, i) => row(SC_GEO, i)[3], ['environment.ISP']],
    ['Returning Count', (c, o, r) => String(v.int(r, 0, 12)), []],
    ['Page URL', (c, o, r, i) => row(BLOG, i), ['web.webPageDetails.URL']],
    ['Page Title', (c, o, r, i) => row(BLOG_T, i), ['web.webPageDetails.name']],
    ['Came From', (c, o) => ref(REFS_EN, o)[0], ['web.webReferrer.URL']],
    ['SE Name', (c, o) => ref(REFS_EN, o)[2], []],
    ['SE Host', (c, o) => ref(REFS_EN, o)[3], []],
    ['SE Term', (c, o) => ref(REFS_EN, o)[4], []],
  ] },
]
