// Round 67, heldout67: held-out sets written apart from the suggester and any tuning, scored once at the end. Same
// format as sets.mjs (sources in ../README.md): header as the product exports it, one value generator per column in the
// product's formats, the accepted destinations ([] = nothing fits) and 'opt' for borderline columns. Products: analytics
// event exports and marketing automation (app analytics, session replay, CDPs, push and in-app messaging, web
// analytics, contests, B2B attribution), English (8) and French (4) UIs; event exports on the event schema, audience and
// contact exports on the profile or B2B person schema.
import { E, B, P, at, HOME, B2BID, OR, PL, GEO, opt } from './sets.mjs'
import { pad, shift } from './values.mjs'

// ---------------------------------------------------------------- shared formatters
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const n = (c) => +c.id
const no = (o) => +o.id
const pc = (c, xs, k = 0) => xs[(n(c) + k) % xs.length]
const po = (o, xs, k = 0) => xs[(no(o) + k) % xs.length]
// summer time (April-October) by month, good enough for generated rows
const dst = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 }
const paris = (ms) => shift(ms, dst(ms) ? 2 : 1)
const dublin = (ms) => shift(ms, dst(ms) ? 1 : 0)
const eastern = (ms) => shift(ms, dst(ms) ? -4 : -5)
const isoZ = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
const ymdHMS = (p) => `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const ymdP = (p) => `${p.y}-${pad(p.m)}-${pad(p.d)}`
const usDate = (p) => `${pad(p.m)}/${pad(p.d)}/${p.y}`
const usLong = (p) => `${MON[p.m - 1]} ${p.d}, ${p.y} ${p.H % 12 || 12}:${pad(p.M)}:${pad(p.S)} ${p.H < 12 ? 'AM' : 'PM'}`
const usShort = (p) => `${MON[p.m - 1]} ${p.d}, ${p.y}, ${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}`
const frDate = (p) => `${pad(p.d)}/${pad(p.m)}/${p.y}`
const frHMS = (p) => `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const frDT = (p) => `${frDate(p)} ${pad(p.H)}:${pad(p.M)}`
const frMoney = (x) => x.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0')
// gender from the generated first name (the person's own flag is drawn apart from the name)
const FEM = new Set(['Mary', 'Patricia', 'Jennifer', 'Linda', 'Elizabeth', 'Sarah', 'Emily', 'Olivia', 'Camille', 'Léa', 'Chloé', 'Manon', 'Inès', 'Élodie', 'Margaux'])
const fem = (c) => FEM.has(c.first)
const last = (c) => Math.max(c.created, c.updated)
const later = (ms, days) => ms + days * 86400000
const hexOf = (k, len) => { let h = ''; let x = k >>> 0; while (h.length < len) { x = (Math.imul(x, 2654435761) + 12345) >>> 0; h += x.toString(16).padStart(8, '0') } return h.slice(0, len) }
const uuidOf = (k) => { const h = hexOf(k, 32); return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}` }

// US persons (the en generator's cities): metro DMA codes and rough coordinates
const US_GEO = { 'New York': ['501', 40.7128, -74.006], Austin: ['635', 30.2672, -97.7431], Seattle: ['819', 47.6062, -122.3321], Chicago: ['602', 41.8781, -87.6298], Denver: ['751', 39.7392, -104.9903], Boston: ['506', 42.3601, -71.0589], Portland: ['820', 45.5152, -122.6784] }
const geo = (c) => US_GEO[c.city] ?? ['501', 40.7128, -74.006]
const US_STATE = { NY: 'New York', TX: 'Texas', WA: 'Washington', IL: 'Illinois', CO: 'Colorado', MA: 'Massachusetts', OR: 'Oregon' }
const US_TZ = { NY: 'America/New_York', TX: 'America/Chicago', WA: 'America/Los_Angeles', IL: 'America/Chicago', CO: 'America/Denver', MA: 'America/New_York', OR: 'America/Los_Angeles' }
const usMob = (c) => `(${200 + n(c) % 700}) ${300 + n(c) % 600}-${pad(n(c) % 10000, 4)}`

// Localytics (Upland Localytics): a US sports-news app's raw data export (Localytics Raw Data Export, hourly files that the
// customer flattens to CSV, one row per event; snake_case keys as the export writes them, UTC).
const LC_EVENTS = ['Article Viewed', 'Video Started', 'Score Alert Set', 'Push Opened', 'Subscription Purchased', 'Team Followed', 'Article Shared']
const LC_MODEL = [['iOS', 'iPhone14,5', 'Apple', '17.4.1'], ['Android', 'SM-S911U', 'samsung', '14'], ['iOS', 'iPhone15,2', 'Apple', '17.5'], ['Android', 'Pixel 8', 'Google', '14'], ['iOS', 'iPad13,18', 'Apple', '16.7.8']]
const lcDev = (o) => po(o, LC_MODEL)
const LC_ATTR = ['{"Section":"NFL","Article ID":"88213"}', '{"Section":"NBA","Video Length":"95"}', '{"Team":"Denver Broncos"}', '{"Campaign":"breaking-news"}', '{"Plan":"Monthly","Price":"4.99"}', '{"Team":"Seattle Seahawks"}', '{"Section":"MLB","Share Channel":"sms"}']

// UXCam: a US food-delivery app's sessions (UXCam dashboard > Sessions > Export CSV; English UI, times in UTC).
const UX_DEVICE = [['iOS', '17.4', 'iPhone 13', 'Phone', '1170x2532'], ['Android', '14', 'Galaxy S23', 'Phone', '1080x2340'], ['iOS', '17.5', 'iPhone 15 Pro', 'Phone', '1179x2556'], ['Android', '13', 'Pixel 7', 'Phone', '1080x2400'], ['iOS', '16.7', 'iPad (9th gen)', 'Tablet', '1620x2160']]
const uxDev = (o) => po(o, UX_DEVICE)
const UX_SCREENS = ['HomeScreen', 'RestaurantList', 'MenuScreen', 'CartScreen', 'CheckoutScreen', 'OrderTracking', 'LoginScreen']

// Swrve: a US pizza chain's app users (Swrve > Settings > User DB downloads, the daily users file: Swrve's own
// "swrve." properties next to the custom user properties the app sets).
const SW_DEVICE = [['Apple iPhone14,5', 'iOS', '17.4.1', 'apple', '1170', '2532'], ['samsung SM-S911U', 'Android', '14', 'google', '1080', '2340'], ['Google Pixel 7a', 'Android', '14', 'google', '1080', '2400'], ['Apple iPhone12,1', 'iOS', '16.7.8', 'apple', '828', '1792']]
const swDev = (c) => pc(c, SW_DEVICE)
const SW_TIER = ['Slice', 'Slice', 'Pie', 'Pizzaiolo', '']

// Xtremepush: an Irish grocery chain's campaign interactions (Xtremepush > Campaigns > a campaign > Analytics > Export
// interactions, CSV; English UI, Dublin time).
const XP_CAMPAIGNS = [['58213', 'Weekend Deals - Push'], ['58240', 'Clubcard Points Reminder'], ['58302', 'Abandoned Basket - Inbox'], ['58311', 'Weekly Flyer Email'], ['58350', 'Delivery Slot SMS']]
const xpCamp = (o) => po(o, XP_CAMPAIGNS)
const XP_CHANNEL = { '58213': 'push', '58240': 'push', '58302': 'inbox', '58311': 'email', '58350': 'sms' }
const XP_ACTION = ['sent', 'delivered', 'opened', 'clicked', 'delivered', 'opened', 'bounced']
const xpAct = (o) => po(o, XP_ACTION, 3)
const XP_DEV = [['ios', 'iPhone 13', '17.4'], ['android', 'SM-A546B', '14'], ['web', '', ''], ['android', 'Pixel 7', '14'], ['ios', 'iPhone 11', '16.7']]
const ieMob = (c) => `+35387${pad(n(c) % 10000000, 7)}`
const IE_FIRST = ['Aoife', 'Ciara', 'Niamh', 'Sinéad', 'Seán', 'Conor', 'Cian', 'Darragh']
const IE_LAST = ['Murphy', 'Kelly', "O'Sullivan", 'Walsh', 'Byrne', 'Ryan', "O'Brien", 'Doyle']
const ieEmail = (c) => `${pc(c, IE_FIRST)}.${pc(c, IE_LAST, 3)}`.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z.]/g, '') + `${n(c) % 90 + 10}@${pc(c, ['gmail.com', 'eircom.net', 'hotmail.com', 'icloud.com'])}`

// BlueConic: a US regional newspaper's reader profiles (BlueConic > Profiles > a segment > Export, CSV through a CSV
// export connection; columns are the profile properties' display names).
const BC_INTEREST = ['Local news, Sports', 'Politics, Opinion', 'Food & Dining, Arts', 'Business, Real estate', 'Sports, High school sports']
const BC_SEG = ['Engaged readers', 'Subscribers', 'Likely to subscribe', 'Newsletter only', 'Lapsed subscribers']
const BC_SUB = ['Digital subscriber', 'Print + digital', 'Registered', 'Anonymous', 'Cancelled']
const BC_RFM = ['Champions', 'Loyal', 'At risk', 'Hibernating', 'New']

// Amperity: a US apparel retailer's unified customers (Amperity > Segments > a segment > Download, CSV of the Customer 360
// columns: semantic names, snake_case).
const AM_TIER = ['Bronze', 'Silver', 'Gold', 'Platinum', '']
const amOrders = (c) => 1 + n(c) % 14
const amRev = (c) => amOrders(c) * (38 + n(c) % 85) + (n(c) % 100) / 100

// PushEngage: a US WooCommerce store's web push subscribers (PushEngage > Audience > Subscribers > Export, CSV).
const PE_BROWSER = [['Chrome', '124.0', 'Desktop', 'Windows'], ['Safari', '17.4', 'Mobile', 'iOS'], ['Chrome', '123.0', 'Mobile', 'Android'], ['Edge', '124.0', 'Desktop', 'Windows'], ['Firefox', '125.0', 'Desktop', 'Mac OS']]
const peB = (c) => pc(c, PE_BROWSER)
const PE_PAGES = ['https://www.trailpeakgear.com/', 'https://www.trailpeakgear.com/product/ultralight-tent-2p/', 'https://www.trailpeakgear.com/blog/best-hiking-boots/', 'https://www.trailpeakgear.com/checkout/']

// Dreamdata: a UK B2B software company's contacts (Dreamdata > Contacts > Export CSV; English UI).
const DD_STAGE = ['Lead', 'MQL', 'SQL', 'Opportunity', 'Customer', 'Lead']
const DD_CH = ['Paid Search', 'Organic Search', 'LinkedIn Ads', 'Direct', 'Referral', 'Email', 'Events']
const DD_IND = ['Computer Software', 'Financial Services', 'Logistics', 'Retail', 'Manufacturing']
const DD_EMP = ['11-50', '51-200', '201-500', '501-1000', '1001-5000']
const DD_CTRY = ['United Kingdom', 'United Kingdom', 'Germany', 'Netherlands', 'United States', 'Denmark']
const dom = (c) => `${c.company.toLowerCase().replace(/[^a-z]/g, '')}.com`

// Wysistat: a French regional daily's website visits (Wysistat Business > Visiteurs > Détail des visites > Exporter,
// CSV; French UI, Paris time).
const WY_PAGES = ['https://www.lecourrierduvalois.fr/', 'https://www.lecourrierduvalois.fr/faits-divers/', 'https://www.lecourrierduvalois.fr/sport/rugby/', 'https://www.lecourrierduvalois.fr/meteo/', 'https://www.lecourrierduvalois.fr/abonnement/']
const WY_SRC = [['Moteur de recherche', 'https://www.google.fr/', 'Google'], ['Accès direct', '', ''], ['Réseaux sociaux', 'https://www.facebook.com/', ''], ['Site référent', 'https://news.google.com/', ''], ['Campagne', 'https://www.lecourrierduvalois.fr/?utm_source=newsletter', ''], ['Moteur de recherche', 'https://www.qwant.com/', 'Qwant']]
const wySrc = (o) => po(o, WY_SRC)
const WY_GEO = [['Île-de-France', 'Paris'], ['Hauts-de-France', 'Compiègne'], ['Hauts-de-France', 'Beauvais'], ['Île-de-France', 'Senlis'], ['Hauts-de-France', 'Creil']]

// Qualifio: a Belgian French-language media group's contest participations (Qualifio > Campagnes > une campagne >
// Participations > Exporter, Excel; French UI, Brussels time).
const BE_CITY = [['Liège', '4000'], ['Namur', '5000'], ['Charleroi', '6000'], ['Mons', '7000'], ['Bruxelles', '1000'], ['Wavre', '1300'], ['Arlon', '6700']]
const BE_STREET = ['Rue de la Station', 'Chaussée de Louvain', 'Avenue des Combattants', 'Rue Saint-Gilles', "Boulevard d'Avroy", 'Rue du Centre']
const beMob = (c) => `+32 4${70 + n(c) % 30} ${pad(n(c) % 100)} ${pad((n(c) >> 2) % 100)} ${pad((n(c) >> 4) % 100)}`
const QF_CANAL = ['Site web', 'Facebook', 'Newsletter', 'Instagram', 'Application mobile']
const QF_ANSWER = ['1 243', '987', '1 500', '1 243', '1 100']

// mediarithmics: a French cosmetics e-shop's user activities (mediarithmics > Audience > Monitoring > un utilisateur >
// Activités > Exporter, CSV; French UI, Paris time; one row per activity event).
const MX_EV = [['SITE_VISIT', '$page_view'], ['SITE_VISIT', '$item_view'], ['SITE_VISIT', '$basket_view'], ['SITE_VISIT', '$transaction_confirmed'], ['EMAIL', '$email_click'], ['SITE_VISIT', '$page_view']]
const mxEv = (o) => po(o, MX_EV)
const isTx = (o) => mxEv(o)[1] === '$transaction_confirmed'
const MX_URL = ['https://www.belle-aux-champs.fr/', 'https://www.belle-aux-champs.fr/soins-visage/serum-eclat-bio', 'https://www.belle-aux-champs.fr/panier', 'https://www.belle-aux-champs.fr/commande/confirmation', 'https://www.belle-aux-champs.fr/?utm_source=newsletter', 'https://www.belle-aux-champs.fr/maquillage']
const MX_SKU = ['SER-ECL-30', 'RAL-ROS-04', 'HUI-SEC-100', 'SHP-DOU-250', 'CRM-NUI-50']
const MX_UTM = [['google', 'cpc', 'printemps-2024'], ['newsletter', 'email', 'nl-avril'], ['', '', ''], ['facebook', 'social', 'retargeting'], ['newsletter', 'email', 'nl-mai'], ['', '', '']]

// Probance: a French garden-centre chain's customer base (Probance > Contacts > Exporter la base, CSV with ";";
// French UI).
const PB_MAG = ['Jardinerie Tours Nord', 'Jardinerie Angers', 'Jardinerie Le Mans', 'Jardinerie Orléans', 'Site web']
const PB_RFM = ['Champions', 'Fidèles', 'Prometteurs', 'À risque', 'Endormis', 'Nouveaux']
const PB_STATUT = ['Actif', 'Actif', 'Actif', 'Désabonné', 'NPAI']
const pbOrders = (c) => n(c) % 25
const frFix = (c) => `0${2 + n(c) % 4} ${pad(n(c) % 90 + 10)} ${pad((n(c) >> 1) % 90 + 10)} ${pad((n(c) >> 2) % 90 + 10)} ${pad((n(c) >> 3) % 90 + 10)}`
const frMob = (c) => `06 ${pad((n(c) >> 1) % 90 + 10)} ${pad(n(c) % 90 + 10)} ${pad((n(c) >> 3) % 90 + 10)} ${pad((n(c) >> 2) % 90 + 10)}`

export const SETS = [
  // ---------------------------------------------------------------- app analytics (Localytics raw events)
  { name: 'localytics-raw-events-export', product: 'Localytics (Upland Localytics Raw Data Export, hourly event files flattened to CSV; a US sports-news app, UTC)', family: 'analytics', language: 'en', schema: E, cols: [
    ['app_id', () => 'b6c2f0a41d8e3e7a92c5f17-6e4b1a2c-0f3d-11ea-8d71-362b9e155667', []],
    ['event_uuid', (c, o) => uuidOf(no(o) * 7 + 1), ['_id'], opt],
    ['event_name', (c, o) => po(o, LC_EVENTS), ['eventType'], opt],
    ['client_time', (c, o) => isoZ(o.at), ['timestamp']],
    ['server_time', (c, o) => isoZ(o.at + (no(o) % 50) * 1000 + 2000), [], opt],
    ['customer_id', (c) => (n(c) % 3 ? `SN${n(c)}` : ''), ['endUserIDs._experience.aacustomid.id'], opt],
    ['install_id', (c) => uuidOf(n(c) * 3), [], opt],
    ['session_uuid', (c, o) => uuidOf(no(o) * 11 + 5), [], opt],
    ['attributes', (c, o) => po(o, LC_ATTR), []],
    ['customer_value_increase', (c, o) => (po(o, LC_EVENTS) === 'Subscription Purchased' ? '499' : '0'), [OR('priceTotal')], opt],
    ['platform', (c, o) => lcDev(o)[0], ['environment.operatingSystem'], opt],
    ['os_version', (c, o) => lcDev(o)[3], ['environment.operatingSystemVersion']],
    ['device_model', (c, o) => lcDev(o)[1], ['device.model']],
    ['device_manufacturer', (c, o) => lcDev(o)[2], ['device.manufacturer']],
    ['app_version', (c, o) => po(o, ['8.14.0', '8.14.1', '8.13.2']), []],
    ['library_version', (c, o) => (lcDev(o)[0] === 'iOS' ? 'iOS_6.2.1' : 'androida_6.3.0'), []],
    ['network_carrier', (c, o) => po(o, ['Verizon', 'AT&T', 'T-Mobile', '', 'Verizon'], 2), ['environment.carrier']],
    ['network_type', (c, o) => po(o, ['wifi', 'mobile', 'wifi']), ['environment.connectionType'], opt],
    ['locale_country', () => 'US', [], opt],
    ['locale_language', (c, o) => po(o, ['en', 'en', 'es', 'en']), ['environment._dc.language'], opt],
    ['geo_country', () => 'us', [GEO('countryCode')]],
    ['geo_region', (c) => c.region, [GEO('stateProvince')]],
    ['geo_city', (c) => c.city, [GEO('city')]],
    ['geo_dma', (c) => geo(c)[0], [GEO('dmaID')]],
    ['geo_latitude', (c) => (geo(c)[1] + (n(c) % 100) / 1000).toFixed(4), [GEO('_schema.latitude')]],
    ['geo_longitude', (c) => (geo(c)[2] - (n(c) % 100) / 1000).toFixed(4), [GEO('_schema.longitude')]],
    ['push_enabled', (c) => (n(c) % 4 ? 'true' : 'false'), ['device.isPushOptIn']],
    ['location_enabled', (c) => (n(c) % 3 ? 'false' : 'true'), ['device.isLocationEnabled']],
    ['advertising_id', (c) => (n(c) % 5 ? '00000000-0000-0000-0000-000000000000' : uuidOf(n(c)).toUpperCase()), [], opt],
  ] },

  // ---------------------------------------------------------------- session replay (UXCam sessions)
  { name: 'uxcam-sessions-export', product: 'UXCam (dashboard > Sessions > Export CSV, English UI; a US food-delivery app\'s recorded sessions, UTC)', family: 'analytics', language: 'en', schema: E, cols: [
    ['Session ID', (c, o) => `${hexOf(no(o) * 13, 24)}`, ['_id'], opt],
    ['Session Start Time', (c, o) => usLong(shift(o.at, 0)), ['timestamp']],
    ['Duration (s)', (c, o) => String(20 + no(o) % 900), [], opt],
    ['User ID', (c) => (n(c) % 4 ? `u_${n(c)}` : ''), ['endUserIDs._experience.aacustomid.id'], opt],
    ['User Name', (c) => (n(c) % 4 ? c.full : ''), []],
    ['User Email', (c) => (n(c) % 4 ? c.email : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['Device ID', (c) => uuidOf(n(c) * 5).toUpperCase(), [], opt],
    ['Platform', (c, o) => uxDev(o)[0], ['environment.operatingSystem'], opt],
    ['OS Version', (c, o) => uxDev(o)[1], ['environment.operatingSystemVersion']],
    ['Device Model', (c, o) => uxDev(o)[2], ['device.model']],
    ['Device Type', (c, o) => uxDev(o)[3], ['device.type']],
    ['Screen Resolution', (c, o) => uxDev(o)[4], [], opt],
    ['App Version', (c, o) => po(o, ['5.22.0', '5.21.3', '5.22.1']), []],
    ['Country', () => 'United States', [GEO('countryCode')], opt],
    ['City', (c) => c.city, [GEO('city')]],
    ['Network', (c, o) => po(o, ['WiFi', 'Cellular', 'WiFi', 'Cellular', 'WiFi'], 1), ['environment.connectionType'], opt],
    ['First Screen', (c, o) => (no(o) % 5 ? 'HomeScreen' : 'LoginScreen'), ['environment.viewedScreen'], opt],
    ['Last Screen', (c, o) => po(o, UX_SCREENS, 2), [], opt],
    ['Screens Visited', (c, o) => String(1 + no(o) % 14), []],
    ['Events', (c, o) => String(3 + no(o) % 60), []],
    ['Rage Taps', (c, o) => String(no(o) % 7 === 0 ? 2 : 0), []],
    ['Unresponsive Taps', (c, o) => String(no(o) % 5 === 0 ? 1 : 0), []],
    ['Crashed', (c, o) => (no(o) % 17 === 0 ? 'Yes' : 'No'), []],
    ['First Session', (c, o) => (no(o) % 6 === 0 ? 'Yes' : 'No'), [], opt],
    ['Session Replay URL', (c, o) => `https://app.uxcam.com/session/${hexOf(no(o) * 13, 24)}`, []],
  ] },

  // ---------------------------------------------------------------- in-app and push messaging (Swrve user DB)
  { name: 'swrve-user-db-export', product: 'Swrve (Settings > User DB downloads, daily users CSV: swrve. properties and custom user properties; a US pizza chain\'s ordering app)', family: 'marketing', language: 'en', schema: P, cols: [
    ['swrve_user_id', (c) => uuidOf(n(c) * 17), ['_id', 'personID'], opt],
    ['external_user_id', (c) => (n(c) % 5 ? `PZ-${pad(n(c), 8)}` : ''), ['_id', 'personID']],
    ['swrve.install_date', (c) => ymdP(shift(c.created, 0)).replace(/-/g, ''), [], opt],
    ['swrve.last_active_date', (c) => ymdP(shift(Math.max(c.created, c.updated), 0)), [], opt],
    ['swrve.device_name', (c) => swDev(c)[0], []],
    ['swrve.os', (c) => swDev(c)[1], []],
    ['swrve.os_version', (c) => swDev(c)[2], []],
    ['swrve.device_width', (c) => swDev(c)[4], []],
    ['swrve.device_height', (c) => swDev(c)[5], []],
    ['swrve.app_store', (c) => swDev(c)[3], []],
    ['swrve.sdk_version', (c) => (swDev(c)[1] === 'iOS' ? 'iOS 10.4.0' : 'Android 10.8.1'), []],
    ['swrve.language', (c) => pc(c, ['en-US', 'en-US', 'es-US', 'en-US']), [], opt],
    ['swrve.timezone_name', (c) => US_TZ[c.region] ?? 'America/New_York', [], opt],
    ['swrve.utc_offset_seconds', (c) => String({ 'America/New_York': -14400, 'America/Chicago': -18000, 'America/Denver': -21600, 'America/Los_Angeles': -25200 }[US_TZ[c.region] ?? 'America/New_York']), []],
    ['swrve.device_region', () => 'US', at(HOME, 'countryCode'), opt],
    ['swrve.sim_operator.name', (c) => pc(c, ['Verizon', 'AT&T', 'T-Mobile', '']), []],
    ['swrve.permission.push_notifications', (c) => pc(c, ['authorized', 'denied', 'authorized', 'unknown']), [], opt],
    ['email', (c) => (n(c) % 5 ? c.email : ''), ['personalEmail.address']],
    ['first_name', (c) => (n(c) % 5 ? c.first : ''), ['person.name.firstName']],
    ['last_name', (c) => (n(c) % 5 ? c.last : ''), ['person.name.lastName']],
    ['date_of_birth', (c) => (n(c) % 3 ? ymdP(shift(c.birth, 0)) : ''), ['person.birthDate']],
    ['zip_code', (c) => c.postcode, at(HOME, 'postalCode')],
    ['loyalty_tier', (c) => pc(c, SW_TIER), ['loyalty.tier']],
    ['loyalty_points', (c) => (pc(c, SW_TIER) ? String(n(c) % 640) : ''), ['loyalty.points']],
    ['marketing_opt_in', (c) => (n(c) % 3 ? 'true' : 'false'), [], opt],
    ['favorite_store_id', (c) => String(1000 + n(c) % 400), []],
  ] },

  // ---------------------------------------------------------------- push, inbox, e-mail and SMS interactions (Xtremepush)
  { name: 'xtremepush-campaign-interactions', product: 'Xtremepush (Campaigns > a campaign > Analytics > Export interactions, CSV; English UI, an Irish grocery chain\'s app and e-mail campaigns, Dublin time)', family: 'marketing', language: 'en', schema: E, cols: [
    ['campaign_id', (c, o) => xpCamp(o)[0], ['marketing.trackingCode'], opt],
    ['campaign_title', (c, o) => xpCamp(o)[1], ['marketing.campaignName']],
    ['message_id', (c, o) => String(90000000 + no(o) * 37), ['_id'], opt],
    ['channel', (c, o) => XP_CHANNEL[xpCamp(o)[0]], [], opt],
    ['action', (c, o) => xpAct(o), ['eventType'], opt],
    ['create_time', (c, o) => ymdHMS(dublin(o.at)), ['timestamp']],
    ['profile_id', (c) => hexOf(n(c) * 19, 24), [], opt],
    ['user_id', (c) => (n(c) % 4 ? `CC${pad(n(c) * 7 % 10000000, 8)}` : ''), ['endUserIDs._experience.aacustomid.id'], opt],
    ['email', (c) => ieEmail(c), ['endUserIDs._experience.emailid.id'], opt],
    ['mobile_number', (c) => (n(c) % 3 ? ieMob(c) : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['device_id', (c, o) => (['push', 'inbox'].includes(XP_CHANNEL[xpCamp(o)[0]]) ? String(300000000 + n(c) * 3) : ''), [], opt],
    ['device_type', (c, o) => (['push', 'inbox'].includes(XP_CHANNEL[xpCamp(o)[0]]) ? po(o, XP_DEV)[0] : ''), ['environment.operatingSystem'], opt],
    ['device_model', (c, o) => (['push', 'inbox'].includes(XP_CHANNEL[xpCamp(o)[0]]) ? po(o, XP_DEV)[1] : ''), ['device.model']],
    ['os_version', (c, o) => (['push', 'inbox'].includes(XP_CHANNEL[xpCamp(o)[0]]) ? po(o, XP_DEV)[2] : ''), ['environment.operatingSystemVersion']],
    ['app_version', (c, o) => (['push', 'inbox'].includes(XP_CHANNEL[xpCamp(o)[0]]) && po(o, XP_DEV)[0] !== 'web' ? '4.12.0' : ''), []],
    ['country', (c) => pc(c, ['IE', 'IE', 'IE', 'GB']), [GEO('countryCode')], opt],
    ['language', (c) => pc(c, ['en', 'en', 'en', 'en', 'en', 'ga']), ['environment._dc.language'], opt],
    ['button', (c, o) => (xpAct(o) === 'clicked' ? po(o, ['Shop now', 'View points', 'Book slot']) : ''), ['web.webInteraction.name'], opt],
    ['url', (c, o) => (xpAct(o) === 'clicked' ? po(o, ['https://shop.example.ie/offers', 'https://shop.example.ie/clubcard', 'https://shop.example.ie/delivery']) : ''), ['web.webInteraction.URL'], opt],
    ['variant', (c, o) => po(o, ['A', 'B', 'Control']), []],
    ['error', (c, o) => (xpAct(o) === 'bounced' ? po(o, ['MailboxFull', 'InvalidToken', 'Unregistered']) : ''), []],
  ] },

  // ---------------------------------------------------------------- CDP profiles (BlueConic)
  { name: 'blueconic-profiles-export', product: 'BlueConic (Profiles > a segment > Export, CSV through a CSV export connection; a US regional newspaper\'s reader profiles)', family: 'analytics', language: 'en', schema: P, cols: [
    ['Profile ID', (c) => uuidOf(n(c) * 23), ['_id', 'personID'], opt],
    ['Customer ID', (c) => (n(c) % 3 ? `CIRC${pad(n(c), 7)}` : ''), ['_id', 'personID']],
    ['Email address', (c) => (n(c) % 4 ? c.email : ''), ['personalEmail.address']],
    ['First name', (c) => (n(c) % 4 ? c.first : ''), ['person.name.firstName']],
    ['Last name', (c) => (n(c) % 4 ? c.last : ''), ['person.name.lastName']],
    ['Gender', (c) => (n(c) % 5 ? (fem(c) ? 'Female' : 'Male') : ''), ['person.gender']],
    ['Date of birth', (c) => (n(c) % 3 === 0 ? usDate(shift(c.birth, 0)) : ''), ['person.birthDate']],
    ['Street address', (c) => (n(c) % 3 ? c.street : ''), at(HOME, 'street1')],
    ['City', (c) => c.city, at(HOME, 'city')],
    ['State', (c) => c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Zip code', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Country', () => 'United States', at(HOME, 'country')],
    ['Phone number', (c) => (n(c) % 4 === 0 ? usMob(c) : ''), ['homePhone.number', 'mobilePhone.number']],
    ['Email opt-in', (c) => (n(c) % 3 ? 'Yes' : 'No'), [], opt],
    ['Subscription status', (c) => pc(c, BC_SUB), [], opt],
    ['Visits', (c) => String(1 + n(c) % 240), []],
    ['Page views', (c) => String(3 + n(c) % 1900), []],
    ['First visit date', (c) => usDate(shift(c.created, 0)), [], opt],
    ['Last visit date', (c) => usDate(shift(Math.max(c.created, c.updated), 0)), [], opt],
    ['Browser', (c) => pc(c, ['Chrome', 'Safari', 'Edge', 'Firefox']), []],
    ['Operating system', (c) => pc(c, ['Windows', 'iOS', 'Android', 'macOS'], 1), []],
    ['Device type', (c) => pc(c, ['Desktop', 'Mobile', 'Tablet', 'Mobile']), []],
    ['Interests', (c) => pc(c, BC_INTEREST), []],
    ['Segments', (c) => pc(c, BC_SEG), []],
    ['RFM group', (c) => pc(c, BC_RFM, 2), []],
    ['Lifetime value', (c) => (pc(c, BC_SUB) === 'Anonymous' ? '0.00' : ((n(c) % 36) * 12.99).toFixed(2)), ['loyalty.lifetimePurchases'], opt],
    ['Last order date', (c) => (pc(c, BC_SUB) === 'Anonymous' ? '' : usDate(shift(last(c), 0))), [], opt],
  ] },

  // ---------------------------------------------------------------- CDP unified customers (Amperity)
  { name: 'amperity-customer-360-export', product: 'Amperity (Segments > a segment > Download, CSV of Customer 360 columns; a US apparel retailer\'s unified customers)', family: 'analytics', language: 'en', schema: P, cols: [
    ['amperity_id', (c) => uuidOf(n(c) * 29), ['_id', 'personID']],
    ['given_name', (c) => c.first, ['person.name.firstName']],
    ['surname', (c) => c.last, ['person.name.lastName']],
    ['generational_suffix', (c) => (n(c) % 11 === 0 ? 'Jr.' : ''), ['person.name.suffix']],
    ['email', (c) => c.email, ['personalEmail.address']],
    ['phone', (c) => (n(c) % 3 ? `${200 + n(c) % 700}${300 + n(c) % 600}${pad(n(c) % 10000, 4)}` : ''), ['mobilePhone.number', 'homePhone.number']],
    ['address', (c) => c.street, at(HOME, 'street1')],
    ['address2', (c) => c.street2, at(HOME, 'street2')],
    ['city', (c) => c.city, at(HOME, 'city')],
    ['state', (c) => c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['postal', (c) => c.postcode, at(HOME, 'postalCode')],
    ['country', () => 'US', at(HOME, 'countryCode')],
    ['birthdate', (c) => (n(c) % 4 ? ymdP(shift(c.birth, 0)) : ''), ['person.birthDate']],
    ['gender', (c) => (n(c) % 6 ? (fem(c) ? 'F' : 'M') : 'U'), ['person.gender']],
    ['loyalty_id', (c) => (pc(c, AM_TIER) ? `7${pad(n(c) * 13 % 100000000, 9)}` : ''), ['loyalty.loyaltyID[0]']],
    ['loyalty_tier', (c) => pc(c, AM_TIER), ['loyalty.tier']],
    ['is_email_opted_in', (c) => (n(c) % 3 ? 'true' : 'false'), [], opt],
    ['first_order_datetime', (c) => ymdHMS(shift(c.created, 0)), [], opt],
    ['latest_order_datetime', (c) => ymdHMS(shift(Math.max(c.created, c.updated), 0)), [], opt],
    ['lifetime_order_frequency', (c) => String(amOrders(c)), []],
    ['lifetime_order_revenue', (c) => amRev(c).toFixed(2), ['loyalty.lifetimePurchases'], opt],
    ['one_year_order_revenue', (c) => (amRev(c) * ((n(c) % 5) / 10)).toFixed(2), [], opt],
    ['preferred_purchase_channel', (c) => pc(c, ['online', 'store', 'store', 'online', 'omnichannel']), []],
    ['is_one_and_done', (c) => (amOrders(c) === 1 ? 'true' : 'false'), []],
    ['predicted_clv_next_365d', (c) => ((n(c) % 400) + 12.5).toFixed(2), []],
    ['predicted_probability_of_transaction_next_365d', (c) => ((n(c) % 97) / 100).toFixed(2), []],
  ] },

  // ---------------------------------------------------------------- web push subscribers (PushEngage)
  { name: 'pushengage-subscribers-export', product: 'PushEngage (Audience > Subscribers > Export, CSV; English UI, a US outdoor-gear WooCommerce store\'s web push subscribers)', family: 'marketing', language: 'en', schema: P, cols: [
    ['Subscriber ID', (c) => hexOf(n(c) * 31, 32), ['_id', 'personID'], opt],
    ['Profile ID', (c) => (n(c) % 3 ? String(1000 + n(c) % 9000) : ''), ['_id', 'personID']],
    ['Subscribed On', (c) => usShort(eastern(c.created)), [], opt],
    ['Subscription URL', (c) => pc(c, PE_PAGES), []],
    ['Status', (c) => (n(c) % 9 ? 'Active' : 'Unsubscribed'), [], opt],
    ['Browser', (c) => peB(c)[0], []],
    ['Browser Version', (c) => peB(c)[1], []],
    ['Device', (c) => peB(c)[2], []],
    ['OS', (c) => peB(c)[3], []],
    ['Country', () => 'United States', at(HOME, 'country'), opt],
    ['State', (c) => US_STATE[c.region] ?? c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')], opt],
    ['City', (c) => c.city, at(HOME, 'city'), opt],
    ['Timezone', (c) => US_TZ[c.region] ?? 'America/New_York', [], opt],
    ['Language', (c) => pc(c, ['en-US', 'en-US', 'es-US']), [], opt],
    ['Segments', (c) => pc(c, ['All Subscribers', 'All Subscribers; Tents', 'All Subscribers; Footwear', 'All Subscribers; Cart Abandoners']), []],
    ['Attributes', (c) => (n(c) % 3 ? `first_name=${c.first}; plan=${pc(c, ['guest', 'member'])}` : ''), []],
    ['Last Active', (c) => usShort(eastern(Math.max(c.created, c.updated))), [], opt],
  ] },

  // ---------------------------------------------------------------- B2B attribution contacts (Dreamdata)
  { name: 'dreamdata-contacts-export', product: 'Dreamdata (Contacts > Export CSV; English UI, a UK B2B software company\'s contacts with their journey data)', family: 'b2b', language: 'en', schema: B, cols: [
    ['Email', (c) => c.workEmail.replace(/@.*/, `@${dom(c)}`), ['workEmail.address', 'personalEmail.address']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Job Title', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Company', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Domain', (c) => dom(c), ['b2b.companyWebsite']],
    ['Country', (c) => pc(c, DD_CTRY), ['workAddress.country']],
    ['Industry', (c) => pc(c, DD_IND), []],
    ['Employees', (c) => pc(c, DD_EMP, 1), []],
    ['Stage', (c) => pc(c, DD_STAGE), ['b2b.personStatus'], opt],
    ['First Touch Date', (c) => ymdP(shift(c.created, 0)), ['extSourceSystemAudit.createdDate'], opt],
    ['First Touch Channel', (c) => pc(c, DD_CH), [], opt],
    ['Last Touch Date', (c) => ymdP(shift(Math.max(c.created, c.updated), 0)), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Last Touch Channel', (c) => pc(c, DD_CH, 3), [], opt],
    ['Touches', (c) => String(1 + n(c) % 45), []],
    ['Sessions', (c) => String(1 + n(c) % 30), []],
    ['Attributed Revenue', (c) => (pc(c, DD_STAGE) === 'Customer' ? `£${(2000 + n(c) % 30000).toLocaleString('en-GB')}` : '£0'), []],
    ['CRM ID', (c) => (n(c) % 4 ? String(n(c) * 1009 % 90000000 + 10000000) : ''), B2BID],
    ['Company ID', (c) => uuidOf(n(c) * 37), ['b2b.accountID', 'b2b.accountKey.sourceID'], opt],
    ['Owner', (c) => pc(c, ['Hannah Price', 'Tom Fletcher', 'Priya Shah', '']), []],
  ] },

  // ---------------------------------------------------------------- French web analytics visits (Wysistat)
  { name: 'wysistat-visites-fr', product: 'Wysistat (Wysistat Business > Visiteurs > Détail des visites > Exporter, CSV; French UI, a French regional daily\'s website, Paris time)', family: 'analytics', language: 'fr', schema: E, cols: [
    ['Date', (c, o) => frDate(paris(o.at)), ['timestamp'], opt],
    ['Heure', (c, o) => frHMS(paris(o.at)), [], opt],
    ['Identifiant visiteur', (c) => `${(n(c) * 7919 % 1000000) / 1000000}_${c.created}`, ['endUserIDs._experience.aacustomid.id'], opt],
    ['Nouveau visiteur', (c, o) => (no(o) % 3 === 0 ? 'Oui' : 'Non'), [], opt],
    ["Page d'entrée", (c, o) => po(o, WY_PAGES), ['web.webPageDetails.URL']],
    ['Page de sortie', (c, o) => po(o, WY_PAGES, 2), [], opt],
    ['Pages vues', (c, o) => String(1 + no(o) % 12), ['web.webPageDetails.pageViews.value'], opt],
    ['Durée', (c, o) => { const s = no(o) % 1200; return `${pad(Math.floor(s / 60))}:${pad(s % 60)}` }, [], opt],
    ['Type de provenance', (c, o) => wySrc(o)[0], ['web.webReferrer.type'], opt],
    ['Provenance', (c, o) => wySrc(o)[1], ['web.webReferrer.URL']],
    ['Moteur', (c, o) => wySrc(o)[2], [], opt],
    ['Mot-clé', (c, o) => (wySrc(o)[2] ? po(o, ['', 'accident rn31 compiègne', 'résultats rugby oise', '']) : ''), [], opt],
    ['Campagne', (c, o) => (wySrc(o)[0] === 'Campagne' ? po(o, ['newsletter-matin', 'newsletter-soir']) : ''), ['marketing.campaignName', 'marketing.trackingCode']],
    ['Pays', (c, o) => po(o, ['France', 'France', 'France', 'Belgique', 'France']), [GEO('countryCode')], opt],
    ['Région', (c, o) => po(o, WY_GEO)[0], [GEO('stateProvince')]],
    ['Ville', (c, o) => po(o, WY_GEO)[1], [GEO('city')]],
    ["Fournisseur d'accès", (c, o) => po(o, ['Orange', 'Free', 'SFR', 'Bouygues Telecom']), ['environment.ISP']],
    ['Navigateur', (c, o) => po(o, ['Chrome', 'Safari', 'Firefox', 'Edge', 'Samsung Internet']), ['environment.browserDetails.name']],
    ["Système d'exploitation", (c, o) => po(o, ['Windows', 'iOS', 'Android', 'Mac OS X']), ['environment.operatingSystem']],
    ['Type de terminal', (c, o) => po(o, ['Ordinateur', 'Mobile', 'Mobile', 'Tablette']), ['device.type']],
    ['Résolution', (c, o) => po(o, ['1920x1080', '390x844', '412x915', '810x1080']), [], opt],
    ['Objectif atteint', (c, o) => (no(o) % 11 === 0 ? 'Oui' : 'Non'), []],
  ] },

  // ---------------------------------------------------------------- contests and interactive marketing (Qualifio)
  { name: 'qualifio-participations-fr', product: 'Qualifio (Campagnes > une campagne > Participations > Exporter, Excel; French UI, a Belgian French-language media group\'s summer quiz)', family: 'marketing', language: 'fr', schema: P, cols: [
    ['ID participation', (c) => String(48000000 + n(c) * 3), [], opt],
    ['Date de participation', (c) => frDT(shift(c.updated, dst(c.updated) ? 2 : 1)), [], opt],
    ['Campagne', () => 'Grand quiz de l\'été 2024', []],
    ['Civilité', (c) => (fem(c) ? 'Madame' : 'Monsieur'), ['person.name.courtesyTitle']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['E-mail', (c) => c.email.replace(/@.*/, `@${pc(c, ['skynet.be', 'gmail.com', 'hotmail.com', 'proximus.be', 'voo.be'])}`), ['personalEmail.address']],
    ['Date de naissance', (c) => frDate(shift(c.birth, 0)), ['person.birthDate']],
    ['Rue', (c) => pc(c, BE_STREET), at(HOME, 'street1')],
    ['Numéro', (c) => String(1 + n(c) % 180), [], opt],
    ['Boîte', (c) => (n(c) % 4 === 0 ? `bte ${1 + n(c) % 12}` : ''), at(HOME, 'street2'), opt],
    ['Code postal', (c) => pc(c, BE_CITY)[1], at(HOME, 'postalCode')],
    ['Localité', (c) => pc(c, BE_CITY)[0], at(HOME, 'city')],
    ['Pays', () => 'Belgique', at(HOME, 'country')],
    ['GSM', (c) => beMob(c), ['mobilePhone.number']],
    ['Langue', () => 'FR', [], opt],
    ['Optin newsletter', (c) => (n(c) % 3 ? 'Oui' : 'Non'), [], opt],
    ['Optin partenaires', (c) => (n(c) % 4 ? 'Non' : 'Oui'), [], opt],
    ['Règlement accepté', () => 'Oui', []],
    ['Combien de participants à la question subsidiaire ?', (c) => pc(c, QF_ANSWER), []],
    ['Score', (c) => `${5 + n(c) % 6}/10`, []],
    ['Gagnant', (c) => (n(c) % 40 === 0 ? 'Oui' : 'Non'), []],
    ['Canal', (c) => pc(c, QF_CANAL), [], opt],
    ['Adresse IP', (c) => `${81 + n(c) % 10}.${n(c) % 255}.${(n(c) >> 3) % 255}.${(n(c) >> 5) % 254 + 1}`, []],
  ] },

  // ---------------------------------------------------------------- CDP activities (mediarithmics)
  { name: 'mediarithmics-activites-fr', product: 'mediarithmics (Audience > Monitoring > un utilisateur > Activités > Exporter, CSV; French UI, a French cosmetics e-shop, Paris time)', family: 'analytics', language: 'fr', schema: E, cols: [
    ['Identifiant user point', (c) => uuidOf(n(c) * 41), [], opt],
    ['Date', (c, o) => `${frDate(paris(o.at))} ${frHMS(paris(o.at))}`, ['timestamp']],
    ["Type d'activité", (c, o) => mxEv(o)[0], ['eventType'], opt],
    ["Nom de l'événement", (c, o) => mxEv(o)[1], ['eventType'], opt],
    ['Canal', (c, o) => (mxEv(o)[0] === 'EMAIL' ? 'Routeur e-mail' : 'Site belle-aux-champs.fr'), [], opt],
    ['Statut de session', (c, o) => (no(o) % 7 ? 'CLOSED_SESSION' : 'IN_SESSION'), []],
    ['URL', (c, o) => (isTx(o) ? MX_URL[3] : po(o, MX_URL)), ['web.webPageDetails.URL']],
    ['Référent', (c, o) => po(o, ['https://www.google.fr/', '', 'https://www.belle-aux-champs.fr/', 'https://www.instagram.com/']), ['web.webReferrer.URL']],
    ['Identifiant agent utilisateur', (c) => `vec:${String(n(c) * 131)}`, [], opt],
    ['E-mail haché', (c) => (n(c) % 3 ? hexOf(n(c) * 43, 64) : ''), [], opt],
    ['Source', (c, o) => po(o, MX_UTM)[0], [], opt],
    ['Support', (c, o) => po(o, MX_UTM)[1], [], opt],
    ['Campagne', (c, o) => po(o, MX_UTM)[2], ['marketing.campaignName', 'marketing.trackingCode']],
    ['ID transaction', (c, o) => (isTx(o) ? `BAC-${String(200000 + no(o))}` : ''), [OR('purchaseID')]],
    ['Montant', (c, o) => (isTx(o) ? frMoney(19.9 + (no(o) % 90) + (no(o) % 10) / 10) : ''), [OR('priceTotal')]],
    ['Devise', (c, o) => (isTx(o) ? 'EUR' : ''), [OR('currencyCode')]],
    ['ID produit', (c, o) => (mxEv(o)[1] === '$item_view' || isTx(o) ? po(o, MX_SKU) : ''), [PL('SKU')]],
    ['Catégorie', (c, o) => (mxEv(o)[1] === '$item_view' || isTx(o) ? po(o, ['Soins visage', 'Maquillage', 'Corps & bain', 'Cheveux']) : ''), [PL('productCategories[0].categoryName')], opt],
    ['Navigateur', (c, o) => po(o, ['Chrome', 'Safari', 'Firefox', 'Edge']), ['environment.browserDetails.name']],
    ["Système d'exploitation", (c, o) => po(o, ['Android', 'iOS', 'Windows', 'Mac OS X'], 1), ['environment.operatingSystem']],
    ['Appareil', (c, o) => po(o, ['Smartphone', 'Ordinateur', 'Smartphone', 'Tablette']), ['device.type']],
    ['Ville', (c) => c.city, [GEO('city')]],
    ['Pays', () => 'FR', [GEO('countryCode')]],
    ['Adresse IP', (c) => `${86 + n(c) % 10}.${n(c) % 255}.${(n(c) >> 3) % 255}.0`, ['environment.ipV4'], opt],
  ] },

  // ---------------------------------------------------------------- French marketing automation contacts (Probance)
  { name: 'probance-contacts-fr', product: 'Probance (Contacts > Exporter la base, CSV séparé par des points-virgules; French UI, a French garden-centre chain\'s customers)', family: 'marketing', language: 'fr', schema: P, cols: [
    ['Identifiant client', (c) => `C${pad(n(c), 8)}`, ['_id', 'personID']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Civilité', (c) => (fem(c) ? 'Mme' : 'M.'), ['person.name.courtesyTitle']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last.toUpperCase(), ['person.name.lastName']],
    ['Date de naissance', (c) => (n(c) % 3 ? frDate(shift(c.birth, 0)) : ''), ['person.birthDate']],
    ['Adresse 1', (c) => c.street, at(HOME, 'street1')],
    ['Adresse 2', (c) => (n(c) % 5 === 0 ? `Bât. ${'ABC'[n(c) % 3]}` : ''), at(HOME, 'street2')],
    ['Code postal', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Ville', (c) => c.city.toUpperCase(), at(HOME, 'city')],
    ['Pays', () => 'FR', at(HOME, 'countryCode')],
    ['Téléphone fixe', (c) => (n(c) % 3 === 0 ? frFix(c) : ''), ['homePhone.number']],
    ['Téléphone portable', (c) => (n(c) % 4 ? frMob(c) : ''), ['mobilePhone.number']],
    ['Magasin de rattachement', (c) => pc(c, PB_MAG), []],
    ['Numéro de carte fidélité', (c) => (n(c) % 4 ? `2940${pad(n(c) * 7 % 100000000, 9)}` : ''), ['loyalty.loyaltyID[0]', 'loyalty.cardsDetails[0].number']],
    ["Date d'inscription", (c) => frDate(shift(c.created, 0)), ['loyalty.joinDate'], opt],
    ['Optin email', (c) => (n(c) % 3 ? '1' : '0'), [], opt],
    ['Optin SMS', (c) => (n(c) % 4 ? '0' : '1'), [], opt],
    ['Date de dernier achat', (c) => (pbOrders(c) ? frDate(shift(last(c), 0)) : ''), [], opt],
    ["Nombre d'achats", (c) => String(pbOrders(c)), []],
    ['CA cumulé', (c) => frMoney(pbOrders(c) * (18 + n(c) % 70) + (n(c) % 100) / 100), ['loyalty.lifetimePurchases'], opt],
    ['Segment RFM', (c) => pc(c, PB_RFM), []],
    ["Score d'appétence jardin", (c) => String(n(c) % 101), []],
    ['Date de dernière ouverture', (c) => frDate(shift(later(last(c), 3), 0)), [], opt],
    ['Date de dernier clic', (c) => (n(c) % 2 ? frDate(shift(later(last(c), 5), 0)) : ''), [], opt],
    ['Statut', (c) => pc(c, PB_STATUT), [], opt],
  ] },
]
