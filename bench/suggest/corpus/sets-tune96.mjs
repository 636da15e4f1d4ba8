// Round 96, tune96: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). German, Austrian and Swiss consent-log, web-analytics, newsletter-recipient and
// shop-review exports (consent tools, analytics, e-mail marketing, a trust badge); headers in German, or in English
// where the German-made tool writes its export in English only.
import { E, P, v, HOME, ID, PL, OR, GEO, BROWSERS, OSES, UA, PAGES, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

// dates: local CET/CEST (taken as +1/+2): "22.05.2024", "22.05.2024 14:31", "22.05.2024 14:31:07", "2024-05-22 14:31:07"
const off = (ms) => ([4, 5, 6, 7, 8, 9].includes(new Date(ms).getUTCMonth() + 1) ? 2 : 1)
const dmy = (ms) => { const p = shift(ms, off(ms)); return `${pad(p.d)}.${pad(p.m)}.${p.y}` }
const dmyHM = (ms) => { const p = shift(ms, off(ms)); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}` }
const dmyHMS = (ms) => { const p = shift(ms, off(ms)); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ymdHMS = (ms) => { const p = shift(ms, off(ms)); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const isoUtc = (ms) => new Date(ms).toISOString()
const unix = (ms) => String(Math.floor(ms / 1000))
const day = 86400000
const de = (n) => n.toFixed(2).replace('.', ',')
// masked IPs as consent tools store them
const ip0 = (r) => `${v.int(r, 31, 217)}.${v.int(r, 0, 255)}.${v.int(r, 0, 255)}.0`
const ipXX = (r) => `${v.int(r, 31, 217)}.${v.int(r, 0, 255)}.xxx.xxx`
const b64 = (r, n) => v.alnum(r, n)
const DOMAINS = ['www.kaffeeroesterei-hansen.de', 'shop.bergsport-alpin.at', 'www.moebel-zimmermann.ch', 'www.weingut-keller.de', 'www.fahrradwelt-nord.de']
const PATHS = ['/', '/produkte/', '/kontakt/', '/ueber-uns/', '/blog/neuigkeiten-2024/', '/warenkorb/', '/kasse/']
const LANGS = ['de', 'de', 'de', 'en', 'de-AT', 'de-CH', 'fr']
const COUNTRIES = ['DE', 'DE', 'DE', 'AT', 'CH', 'NL', 'IT']
const DEVICES_DE = ['Desktop', 'Smartphone', 'Tablet']
const jn = (b) => (b ? 'Ja' : 'Nein')
const sz = (r) => v.pick(r, ['1920x1080', '1536x864', '390x844', '414x896', '1440x900', '820x1180'])
const plz = (c) => c.postcode

export const SETS = [
  // ---------------------------------------------------------------- consent log (Cookiebot, Cookiebot Manager: Einwilligungen > Einwilligungsprotokoll > Herunterladen)
  { name: 'cookiebot-einwilligungsprotokoll-de', product: 'Cookiebot by Usercentrics (Cookiebot Manager: Einwilligungen > Einwilligungsprotokoll > Herunterladen (CSV), German UI, a German shop proving cookie consents)', family: 'consent', language: 'de', schema: E, cols: [
    ['Einwilligungs-ID', (c, o, r) => `${b64(r, 22)}==`, ['_id'], opt],
    ['Einwilligungsdatum', (c, o) => dmyHMS(o.at), ['timestamp']],
    ['Domain', (c, o, r, i) => row(DOMAINS, i), ['web.webPageDetails.server', 'environment.domain'], opt],
    ['URL', (c, o, r, i) => `https://${row(DOMAINS, i)}${v.pick(r, PATHS)}`, ['web.webPageDetails.URL']],
    ['Land', (c, o, r) => v.pick(r, COUNTRIES), [GEO('countryCode')]],
    ['IP-Adresse', (c, o, r) => ip0(r), ['environment.ipV4']],
    ['Notwendig', () => 'Ja', []],
    ['Präferenzen', (c, o, r) => jn(r() < 0.6), [], opt],
    ['Statistiken', (c, o, r) => jn(r() < 0.6), [], opt],
    ['Marketing', (c, o, r) => jn(r() < 0.45), [], opt],
    ['Methode', (c, o, r) => v.pick(r, ['Alle akzeptieren', 'Alle akzeptieren', 'Auswahl erlauben', 'Nur notwendige Cookies verwenden']), [], opt],
    ['Sprache', (c, o, r) => v.pick(r, LANGS), ['environment.browserDetails.acceptLanguage'], opt],
    ['User-Agent', (c, o, r) => v.pick(r, UA), ['environment.browserDetails.userAgent']],
    ['Einwilligungsversion', (c, o, r) => String(v.int(r, 3, 14)), [], opt],
  ] },

  // ---------------------------------------------------------------- consent log (Borlabs Cookie 3, WordPress: Borlabs Cookie > Einwilligungsprotokoll > Exportieren)
  { name: 'borlabs-cookie-consent-log-de', product: 'Borlabs Cookie 3 (WordPress plugin, Borlabs Cookie > Einwilligungsprotokoll > Exportieren (CSV), German UI, an Austrian winery site)', family: 'consent', language: 'de', schema: E, cols: [
    ['ID', (c, o, r) => String(v.int(r, 1000, 250000)), ['_id']],
    ['UID', (c, o, r) => `${v.hex(r, 8)}-${v.hex(r, 8)}-${v.hex(r, 8)}-${v.hex(r, 8)}`, [], opt],
    ['Cookie-Version', (c, o, r) => String(v.int(r, 1, 9)), [], opt],
    ['Einwilligungen', (c, o, r) => v.pick(r, ['essential', 'essential, statistics', 'essential, statistics, marketing, external-media', 'essential, external-media']), [], opt],
    ['Aktuell', (c, o, r) => (r() < 0.8 ? '1' : '0'), []],
    ['Sprache', (c, o, r) => v.pick(r, ['de', 'de', 'en']), ['environment.browserDetails.acceptLanguage'], opt],
    ['Domain', (c, o, r, i) => row(DOMAINS, i + 1), ['web.webPageDetails.server', 'environment.domain'], opt],
    ['Seite', (c, o, r, i) => `https://${row(DOMAINS, i + 1)}${v.pick(r, PATHS)}`, ['web.webPageDetails.URL']],
    ['Referrer', (c, o, r) => v.pick(r, ['https://www.google.at/', 'https://www.google.de/', '', 'https://www.instagram.com/']), ['web.webReferrer.URL']],
    ['TCF-String', (c, o, r) => (r() < 0.3 ? `CP${b64(r, 40)}` : ''), [], opt],
    ['Google Consent Mode', (c, o, r) => v.pick(r, ['ad_storage=denied; analytics_storage=granted', 'ad_storage=granted; analytics_storage=granted', 'ad_storage=denied; analytics_storage=denied']), [], opt],
    ['Erstellt am', (c, o) => dmyHMS(o.at), ['timestamp']],
  ] },

  // ---------------------------------------------------------------- consent log (consentmanager.net, Berichte > Consent-Log > Export CSV)
  { name: 'consentmanager-consent-log-de', product: 'consentmanager.net (Berichte > Consent-Log > Als CSV exportieren, German UI, a Swiss furniture retailer)', family: 'consent', language: 'de', schema: E, cols: [
    ['Datum', (c, o) => dmy(o.at), ['timestamp'], opt],
    ['Uhrzeit', (c, o) => dmyHMS(o.at).slice(11), [], opt],
    ['Consent-ID', (c, o, r) => v.alnum(r, 20), ['_id'], opt],
    ['CMP-ID', (c, o, r) => String(v.int(r, 10000, 99999)), [], opt],
    ['Website', (c, o, r, i) => row(DOMAINS, i + 2), ['web.webPageDetails.server', 'environment.domain'], opt],
    ['URL', (c, o, r, i) => `https://${row(DOMAINS, i + 2)}${v.pick(r, PATHS)}`, ['web.webPageDetails.URL']],
    ['Land', (c, o, r) => v.pick(r, COUNTRIES), [GEO('countryCode')]],
    ['Region', (c, o, r) => v.pick(r, ['ZH', 'BE', 'BY', 'W', 'NW', '']), [GEO('stateProvince')], opt],
    ['Sprache', (c, o, r) => v.pick(r, LANGS), ['environment.browserDetails.acceptLanguage'], opt],
    ['Gerät', (c, o, r) => v.pick(r, DEVICES_DE), ['device.type']],
    ['Browser', (c, o, r) => v.pick(r, BROWSERS), ['environment.browserDetails.name']],
    ['Betriebssystem', (c, o, r) => v.pick(r, OSES), ['environment.operatingSystem']],
    ['Aktion', (c, o, r) => v.pick(r, ['Alle akzeptiert', 'Alle akzeptiert', 'Alle abgelehnt', 'Benutzerdefiniert']), [], opt],
    ['Zwecke akzeptiert', (c, o, r) => v.pick(r, ['1,2,3,4,5,6,7,8,9,10', '1', '1,7,8,9,10', '']), [], opt],
    ['Anbieter akzeptiert', (c, o, r) => v.pick(r, ['s26,s905,c12', 's26', '', 's26,s1104']), [], opt],
    ['Consent-String', (c, o, r) => `CQ${b64(r, 44)}`, [], opt],
    ['Anzeigedauer (s)', (c, o, r) => String(v.int(r, 1, 40)), [], opt],
  ] },

  // ---------------------------------------------------------------- page-request raw data (Mapp Intelligence / Webtrekk, Raw Data Export getContents)
  { name: 'mapp-intelligence-rohdaten-seiten', product: 'Mapp Intelligence, formerly Webtrekk (Raw Data Export, table getContents, one row per page request; column names in English caps whatever the UI language, a German publisher)', family: 'analytics', language: 'en', schema: E, cols: [
    ['TIMESTAMP', (c, o) => ymdHMS(o.at), ['timestamp']],
    ['REQUEST_ID', (c, o, r) => String(v.int(r, 1e9, 9e9)), ['_id']],
    ['EVER_ID', (c, o, r) => `${v.int(r, 2, 6)}${v.int(r, 1e8, 9e8)}${v.int(r, 1e8, 9e8)}`, [], opt],
    ['SESSION_ID', (c, o, r) => String(v.int(r, 1e9, 9e9)), [], opt],
    ['CUSTOMER_ID', (c, o, r) => (r() < 0.2 ? c.id : ''), ['endUserIDs._experience.aacustomid.id'], opt],
    ['CONTENT_ID', (c, o, r) => v.pick(r, ['de.startseite', 'de.nachrichten.politik.artikel', 'de.sport.fussball.bundesliga', 'de.ratgeber.geld', 'de.abo.bestellung']), ['web.webPageDetails.name']],
    ['URL', (c, o, r) => v.pick(r, ['https://www.tagesanzeiger-nord.de/', 'https://www.tagesanzeiger-nord.de/politik/artikel-2024-123.html', 'https://www.tagesanzeiger-nord.de/sport/', 'https://www.tagesanzeiger-nord.de/abo/']), ['web.webPageDetails.URL']],
    ['REFERRER', (c, o, r) => v.pick(r, ['https://www.google.de/', '', 'https://news.google.com/', 'https://t.co/']), ['web.webReferrer.URL']],
    ['CONTENT_GROUP_1', (c, o, r) => v.pick(r, ['Startseite', 'Nachrichten', 'Sport', 'Ratgeber', 'Abo']), ['web.webPageDetails.siteSection'], opt],
    ['IP_ADDRESS', (c, o, r) => ip0(r), ['environment.ipV4']],
    ['USER_AGENT', (c, o, r) => v.pick(r, UA), ['environment.browserDetails.userAgent']],
    ['SCREEN_RESOLUTION', (c, o, r) => sz(r), [], opt],
    ['COUNTRY', (c, o, r) => v.pick(r, COUNTRIES), [GEO('countryCode')]],
    ['CITY', (c) => c.city, [GEO('city')]],
    ['CAMPAIGN_ID', (c, o, r) => (r() < 0.25 ? v.pick(r, ['nl.2024-05.abo', 'sea.brand.de', 'social.fb.sport']) : ''), ['marketing.trackingCode']],
    ['IS_NEW_VISITOR', (c, o, r) => (r() < 0.3 ? '1' : '0'), [], opt],
    ['DURATION', (c, o, r) => String(v.int(r, 0, 600)), ['environment.duration'], opt],
  ] },

  // ---------------------------------------------------------------- contacts (Mapp Engage, Kontakte > Exportieren)
  { name: 'mapp-engage-kontakte-export-de', product: 'Mapp Engage (Kontakte > Kontakte exportieren, CSV link sent by e-mail, German UI, a German fashion retailer)', family: 'email', language: 'de', schema: P, cols: [
    ['Benutzer-ID', (c, o, r) => String(v.int(r, 1e8, 9e8)), ID],
    ['E-Mail-Adresse', (c) => c.email, ['personalEmail.address']],
    ['Mobilfunknummer', (c, o, r) => (r() < 0.3 ? c.mobile.replace(/\s/g, '') : ''), ['mobilePhone.number']],
    ['Anrede', (c) => (c.female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Geburtsdatum', (c, o, r) => (r() < 0.5 ? dmy(c.birth) : ''), ['person.birthDate']],
    ['Geschlecht', (c) => (c.female ? 'Weiblich' : 'Männlich'), ['person.gender']],
    ['PLZ', (c) => plz(c), at(HOME, 'postalCode')],
    ['Ort', (c) => c.city, at(HOME, 'city')],
    ['Land', (c) => c.countryCode, at(HOME, 'countryCode')],
    ['Sprache', (c, o, r) => v.pick(r, ['de', 'de', 'en']), [], opt],
    ['Kundennummer', (c) => `K-${c.id}`, ID, opt],
    ['Verteiler', (c, o, r) => v.pick(r, ['Newsletter DE', 'Newsletter DE', 'Kundenclub', 'Sale-Alarm']), []],
    ['Mitglied seit', (c) => dmyHM(c.created), [], opt],
    ['Erstellt am', (c) => dmyHM(c.created), ['_repo.createDate'], opt],
    ['Zuletzt geändert', (c) => dmyHM(c.updated), ['_repo.modifyDate'], opt],
    ['Status', (c, o, r) => v.pick(r, ['Aktiv', 'Aktiv', 'Aktiv', 'Gebounct', 'Abgemeldet']), ['personalEmail.status'], opt],
    ['Letzte Öffnung', (c, o, r) => (r() < 0.6 ? dmyHM(c.updated - v.int(r, 1, 90) * day) : ''), [], opt],
    ['Letzter Klick', (c, o, r) => (r() < 0.4 ? dmyHM(c.updated - v.int(r, 1, 90) * day) : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- recipients (Episerver Campaign / optivo broadmail, Empfänger > Empfängerliste > Exportieren)
  { name: 'optivo-broadmail-empfaenger-export', product: 'Episerver Campaign / optivo broadmail, today Optimizely Campaign (Empfänger > Empfängerlisten > Exportieren, CSV, German UI, a Berlin online travel shop)', family: 'email', language: 'de', schema: P, cols: [
    ['E-Mail', (c) => c.email, ['personalEmail.address']],
    ['Anrede', (c) => (c.female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Geburtstag', (c, o, r) => (r() < 0.4 ? dmy(c.birth) : ''), ['person.birthDate']],
    ['PLZ', (c) => plz(c), at(HOME, 'postalCode')],
    ['Kundennummer', (c) => c.id, ID],
    ['Opt-in-Datum', (c) => dmyHMS(c.created), [], opt],
    ['Opt-in-Quelle', (c, o, r) => v.pick(r, ['Website Footer', 'Checkout', 'Gewinnspiel Sommer', 'Import CRM']), [], opt],
    ['Opt-in-IP', (c, o, r) => ip0(r), [], opt],
    ['Erstellt', (c) => dmyHMS(c.created), ['_repo.createDate'], opt],
    ['Geändert', (c) => dmyHMS(c.updated), ['_repo.modifyDate'], opt],
    ['Bounce-Zähler', (c, o, r) => v.pick(r, ['0', '0', '0', '1', '3']), [], opt],
    ['Bounce-Status', (c, o, r) => v.pick(r, ['', '', '', 'Softbounce', 'Hardbounce']), ['personalEmail.statusReason'], opt],
    ['Abgemeldet', (c, o, r) => v.pick(r, ['nein', 'nein', 'nein', 'ja']), [], opt],
    ['Bevorzugtes Reiseziel', (c, o, r) => v.pick(r, ['Mallorca', 'Ostsee', 'Kreta', '']), []],
    ['Mailformat', (c, o, r) => v.pick(r, ['HTML', 'HTML', 'Text']), [], opt],
  ] },

  // ---------------------------------------------------------------- profiles (artegic ELAINE, Profile > Export)
  { name: 'elaine-profile-export-de', product: 'artegic ELAINE (Profile > Profilexport, CSV, German UI, a German energy supplier\'s customer newsletter)', family: 'email', language: 'de', schema: P, cols: [
    ['Profil-ID', (c, o, r) => String(v.int(r, 1e6, 9e6)), ID],
    ['E-Mail', (c) => c.email, ['personalEmail.address']],
    ['Anrede', (c) => (c.female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Titel', (c, o, r) => (r() < 0.1 ? 'Dr.' : ''), ['person.name.courtesyTitle'], opt],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Straße', (c) => c.street, at(HOME, 'street1')],
    ['PLZ', (c) => plz(c), at(HOME, 'postalCode')],
    ['Ort', (c) => c.city, at(HOME, 'city')],
    ['Land', (c) => c.countryName, at(HOME, 'country')],
    ['Mobilnummer', (c, o, r) => (r() < 0.35 ? c.mobile : ''), ['mobilePhone.number']],
    ['Geburtsdatum', (c, o, r) => (r() < 0.5 ? dmy(c.birth) : ''), ['person.birthDate']],
    ['Vertragskontonummer', (c, o, r) => String(v.int(r, 1e9, 9e9)), [], opt],
    ['Tarif', (c, o, r) => v.pick(r, ['Ökostrom Basis', 'Ökostrom Fix 24', 'Gas Klassik', 'Wärmepumpe Plus']), []],
    ['Permission E-Mail', (c, o, r) => v.pick(r, ['1', '1', '1', '0']), [], opt],
    ['Permission SMS', (c, o, r) => v.pick(r, ['0', '0', '1']), [], opt],
    ['Permission-Datum', (c) => dmyHMS(c.created), [], opt],
    ['Permission-Quelle', (c, o, r) => v.pick(r, ['Kundenportal', 'Vertragsabschluss Web', 'Callcenter', 'Messe']), [], opt],
    ['Letzte Öffnung', (c, o, r) => (r() < 0.6 ? dmyHMS(c.updated) : ''), [], opt],
    ['Letzter Klick', (c, o, r) => (r() < 0.4 ? dmyHMS(c.updated) : ''), [], opt],
    ['Angelegt am', (c) => dmyHMS(c.created), ['_repo.createDate'], opt],
    ['Geändert am', (c) => dmyHMS(c.updated), ['_repo.modifyDate'], opt],
  ] },
]
