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
// service reviews carry no product (empty cells), product reviews name one
const TS_ITEMS = [['', ''], ['LS-LUG-4', 'Loungeset Lugano 4-tlg.'], ['', ''], ['SS-AMP-300', 'Sonnenschirm Ampel 3 m'], ['', ''], ['GT-TEAK-180', 'Gartentisch Teak 180 cm']]

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

  // ---------------------------------------------------------------- group members (Mapp Engage, Kontakte > Administration > Verteilermitglieder > Exportieren)
  { name: 'mapp-engage-verteilermitglieder-export', product: 'Mapp Engage (Kontakte > Administration > Verteilermitglieder > Exportieren, Listentyp Alle Mitglieder, CSV link sent by e-mail; technical attribute headers, custom attributes named in German by the account; a German fashion retailer)', family: 'email', language: 'en', schema: P, cols: [
    ['user.ID', (c, o, r) => String(v.int(r, 1e8, 9e8)), ID],
    ['user.Email', (c) => c.email, ['personalEmail.address']],
    ['user.MobileNumber', (c, o, r) => (r() < 0.3 ? c.mobile.replace(/[\s/]/g, '').replace(/^0/, '49') : ''), ['mobilePhone.number']],
    ['user.Identifier', (c) => `K-${c.id}`, ID, opt],
    ['user.Title', (c) => (c.female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['user.FirstName', (c) => c.first, ['person.name.firstName']],
    ['user.LastName', (c) => c.last, ['person.name.lastName']],
    ['user.DateOfBirth', (c, o, r) => (r() < 0.5 ? new Date(c.birth).toISOString().slice(0, 10) : ''), ['person.birthDate']],
    ['user.Gender', (c) => (c.female ? 'F' : 'M'), ['person.gender']],
    ['user.ZipCode', (c) => plz(c), at(HOME, 'postalCode')],
    ['user.ISOCountryCode', (c) => c.countryCode, at(HOME, 'countryCode')],
    ['user.ISOLanguageCode', (c, o, r) => v.pick(r, ['de', 'de', 'en']), [], opt],
    ['user.CustomAttribute.Lieblingsfiliale', (c, o, r) => v.pick(r, ['Hamburg Mönckebergstraße', 'Köln Schildergasse', 'Online', '']), []],
    ['user.CustomAttribute.Kundenkarte', (c, o, r) => (r() < 0.4 ? String(v.int(r, 1e9, 9e9)) : ''), ['loyalty.loyaltyID[0]', 'loyalty.cardsDetails[0].number'], opt],
    ['user.CustomAttribute.Umsatz_12M', (c, o, r) => de(v.int(r, 0, 120000) / 100), [], opt],
    ['member.CreatedDate', (c) => isoUtc(c.created), [], opt],
    ['member.Status', (c, o, r) => v.pick(r, ['active', 'active', 'active', 'deactivated', 'unsubscribed']), [], opt],
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

  // ---------------------------------------------------------------- target group (promio.connect, Adressen > Listen > Zielgruppe > Exportieren, Download Center)
  { name: 'promio-connect-zielgruppe-export', product: 'promio.connect by promio.net (Adressen > Listen > Zielgruppe exportieren, file from the Download Center; promio data-field names, standard fields in promio\'s technical spelling, custom fields named by the account; a Bonn mail-order pharmacy)', family: 'email', language: 'en', schema: P, cols: [
    ['userId', (c, o, r) => String(v.int(r, 100000, 9999999)), ID],
    ['custID', (c) => `AP${c.id}`, ID, opt],
    ['mail', (c) => c.email, ['personalEmail.address']],
    ['salutation', (c) => (c.female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['title', (c, o, r) => (r() < 0.08 ? 'Dr.' : ''), ['person.name.courtesyTitle'], opt],
    ['firstname', (c) => c.first, ['person.name.firstName']],
    ['lastname', (c) => c.last, ['person.name.lastName']],
    ['birthday', (c, o, r) => (r() < 0.5 ? new Date(c.birth).toISOString().slice(0, 10) : ''), ['person.birthDate']],
    ['zip', (c) => plz(c), at(HOME, 'postalCode')],
    ['city', (c) => c.city, at(HOME, 'city')],
    ['country', (c) => c.countryCode, at(HOME, 'countryCode')],
    ['registrationTime', (c) => ymdHMS(c.created), [], opt],
    ['ip', (c, o, r) => v.ip4(r), [], opt],
    ['addrInterfaceName', (c, o, r) => v.pick(r, ['Shop Checkout', 'Newsletter-Footer', 'Gewinnspiel Frühjahr', 'Kundenkonto']), [], opt],
    ['Stammapotheke', (c, o, r) => v.pick(r, ['Bonn-Zentrum', 'Online', 'Köln-Ehrenfeld']), []],
    ['Kundenkarte', (c, o, r) => (r() < 0.5 ? String(v.int(r, 1e9, 9e9)) : ''), ['loyalty.loyaltyID[0]', 'loyalty.cardsDetails[0].number'], opt],
    ['Interesse_Naturheilkunde', (c, o, r) => (r() < 0.3 ? '1' : '0'), []],
    ['lastOpen', (c, o, r) => (r() < 0.6 ? ymdHMS(c.updated) : ''), [], opt],
    ['lastClick', (c, o, r) => (r() < 0.35 ? ymdHMS(c.updated) : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- subscribers (mailworx, Empfänger > Empfängerliste > Exportieren, Austria)
  { name: 'mailworx-empfaenger-export-at', product: 'mailworx (Empfänger > Empfängerliste > Exportieren (CSV/Excel), German UI, an Austrian tourism region\'s guest newsletter)', family: 'email', language: 'de', schema: P, cols: [
    ['E-Mail', (c) => c.email, ['personalEmail.address']],
    ['Anrede', (c) => (c.female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Titel', (c, o, r) => (r() < 0.12 ? v.pick(r, ['Mag.', 'Dr.', 'DI', 'Ing.']) : ''), ['person.name.courtesyTitle'], opt],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Firma', (c, o, r) => (r() < 0.15 ? c.company : ''), ['organizations[0]'], opt],
    ['Geburtsdatum', (c, o, r) => (r() < 0.4 ? dmy(c.birth) : ''), ['person.birthDate']],
    ['Straße', (c, o, r) => (r() < 0.5 ? c.street : ''), at(HOME, 'street1')],
    ['PLZ', (c) => plz(c), at(HOME, 'postalCode')],
    ['Ort', (c) => c.city, at(HOME, 'city')],
    ['Land', (c) => c.countryName, at(HOME, 'country')],
    ['Telefon', (c, o, r) => (r() < 0.3 ? c.phone : ''), ['homePhone.number', 'mobilePhone.number'], opt],
    ['Sprache', (c, o, r) => v.pick(r, ['Deutsch', 'Deutsch', 'Englisch', 'Italienisch']), [], opt],
    ['Interessen', (c, o, r) => v.pick(r, ['Wandern', 'Skifahren, Wellness', 'Kulinarik', 'Familie, Wandern', '']), []],
    ['Profile', (c, o, r) => v.pick(r, ['Gäste Sommer', 'Gäste Winter', 'Presse', 'Gäste Sommer, Gäste Winter']), []],
    ['Angemeldet am', (c) => dmyHM(c.created), [], opt],
    ['Anmeldequelle', (c, o, r) => v.pick(r, ['Website', 'Buchungsstrecke', 'Messe Wien', 'Import']), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['Aktiv', 'Aktiv', 'Aktiv', 'Abgemeldet', 'Unzustellbar']), ['personalEmail.status'], opt],
    ['Abgemeldet am', (c, o, r) => (r() < 0.15 ? dmyHM(c.updated) : ''), [], opt],
    ['Erstellt', (c) => dmyHM(c.created), ['_repo.createDate'], opt],
    ['Zuletzt geändert', (c) => dmyHM(c.updated), ['_repo.modifyDate'], opt],
  ] },

  // ---------------------------------------------------------------- contacts (mailXpert, Kontakte > Kontaktliste > Exportieren, Switzerland)
  { name: 'mailxpert-kontakte-export-ch', product: 'mailXpert (Kontakte > Kontaktliste > Kontakte exportieren (CSV), German UI, a Swiss association\'s member newsletter)', family: 'email', language: 'de', schema: P, cols: [
    ['Kontakt-ID', (c, o, r) => String(v.int(r, 1e6, 9e6)), ID],
    ['E-Mail', (c) => c.email.replace(/@.*$/, '@bluewin.ch'), ['personalEmail.address']],
    ['Anrede', (c) => (c.female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Sprache', (c, o, r) => v.pick(r, ['de', 'de', 'fr', 'it']), [], opt],
    ['Adresse', (c, o, r, i) => row(['Bahnhofstrasse 12', 'Marktgasse 4', 'Seestrasse 88', 'Rue du Lac 7'], i), at(HOME, 'street1')],
    ['PLZ', (c, o, r, i) => row(['8001', '3011', '8712', '1800'], i), at(HOME, 'postalCode')],
    ['Ort', (c, o, r, i) => row(['Zürich', 'Bern', 'Stäfa', 'Vevey'], i), at(HOME, 'city')],
    ['Kanton', (c, o, r, i) => row(['ZH', 'BE', 'ZH', 'VD'], i), at(HOME, 'stateProvince'), opt],
    ['Mobile', (c, o, r) => (r() < 0.4 ? `+41 7${v.int(r, 6, 9)} ${v.int(r, 100, 999)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}` : ''), ['mobilePhone.number']],
    ['Mitgliedernummer', (c) => `M-${c.id}`, ['loyalty.loyaltyID[0]'], opt],
    ['Mitglied seit', (c) => dmy(c.created), ['loyalty.joinDate'], opt],
    ['Sektion', (c, o, r) => v.pick(r, ['Zürich', 'Bern', 'Romandie', 'Ostschweiz']), []],
    ['Status', (c, o, r) => v.pick(r, ['abonniert', 'abonniert', 'abonniert', 'abgemeldet', 'gebounct']), ['personalEmail.status'], opt],
    ['Abonniert am', (c) => dmyHMS(c.created), [], opt],
    ['Abgemeldet am', (c, o, r) => (r() < 0.15 ? dmyHMS(c.updated) : ''), [], opt],
    ['Quelle', (c, o, r) => v.pick(r, ['Anmeldeformular', 'Import', 'API', 'Manuell']), [], opt],
    ['Erstellt am', (c) => dmyHMS(c.created), ['_repo.createDate'], opt],
    ['Geändert am', (c) => dmyHMS(c.updated), ['_repo.modifyDate'], opt],
  ] },

  // ---------------------------------------------------------------- reviews (Trusted Shops eTrusted, Control Center: Bewertungen > Posteingang > Exportieren)
  { name: 'trusted-shops-bewertungen-export', product: 'Trusted Shops eTrusted (Control Center: Bewertungen > Posteingang > Bewertungen exportieren (CSV), German UI, a German online shop for garden furniture)', family: 'reviews', language: 'de', schema: E, cols: [
    ['Bewertungs-ID', (c, o, r) => `rev-${v.uuid(r)}`, ['_id']],
    ['Kanal', (c, o, r) => v.pick(r, ['gartenmoebel-shop.de', 'gartenmoebel-shop.at']), ['commerce.commerceScope.storeCode', 'commerce.commerceScope.websiteCode'], opt],
    ['Typ', (c, o, r) => v.pick(r, ['Servicebewertung', 'Servicebewertung', 'Produktbewertung']), [], opt],
    ['Erstellt am', (c, o) => dmyHM(o.at + 5 * day), ['timestamp']],
    ['Sterne', (c, o, r) => String(v.pick(r, [5, 5, 5, 4, 4, 3, 1])), [], opt],
    ['Titel', (c, o, r) => v.pick(r, ['Alles bestens', 'Schnelle Lieferung', '', 'Leider beschädigt angekommen']), []],
    ['Kommentar', (c, o, r) => v.pick(r, ['Lieferung kam pünktlich, Aufbau einfach.', 'Top Qualität, gerne wieder!', 'Spedition hat sich nicht gemeldet.', 'Sehr freundlicher Kundenservice.']), []],
    ['Vorname', (c) => c.first, [], opt],
    ['Nachname', (c) => `${c.last[0]}.`, [], opt],
    ['E-Mail', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Bestellnummer', (c, o, r) => `GM-${v.int(r, 100000, 999999)}`, [OR('purchaseID')]],
    ['Produktname', (c, o, r, i) => row(TS_ITEMS, i)[1], [PL('name')], opt],
    ['Produkt-SKU', (c, o, r, i) => row(TS_ITEMS, i)[0], [PL('SKU')], opt],
    ['Antwort', (c, o, r) => (r() < 0.3 ? 'Vielen Dank für Ihre Bewertung!' : ''), []],
    ['Antwort am', (c, o, r) => (r() < 0.3 ? dmyHM(o.at + 12 * day) : ''), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['Freigegeben', 'Freigegeben', 'Gemeldet', 'Abgelehnt']), [], opt],
    ['Verifiziert', () => 'Ja', [], opt],
  ] },

  // ---------------------------------------------------------------- reviews (ProvenExpert, Bewertungen > Bewertungsübersicht > Export (Excel))
  { name: 'provenexpert-bewertungen-export', product: 'ProvenExpert (Bewertungen > Alle Bewertungen > Exportieren (Excel/CSV), German UI, a Munich tax-advisory firm collecting client reviews)', family: 'reviews', language: 'de', schema: E, cols: [
    ['Datum', (c, o) => dmy(o.at), ['timestamp']],
    ['Bewertungs-ID', (c, o, r) => v.alnum(r, 24), ['_id']],
    ['Gesamtnote', (c, o, r) => v.pick(r, ['1,0', '1,0', '1,3', '1,7', '2,0', '4,0']), [], opt],
    ['Sterne', (c, o, r) => v.pick(r, ['5,00', '5,00', '4,67', '4,33', '2,00']), [], opt],
    ['Fachkompetenz', (c, o, r) => v.pick(r, ['5', '5', '4', '3']), []],
    ['Freundlichkeit', (c, o, r) => v.pick(r, ['5', '5', '4']), []],
    ['Erreichbarkeit', (c, o, r) => v.pick(r, ['5', '4', '3']), []],
    ['Preis-Leistungs-Verhältnis', (c, o, r) => v.pick(r, ['5', '4', '4', '3']), []],
    ['Weiterempfehlung', (c, o, r) => v.pick(r, ['Ja', 'Ja', 'Ja', 'Nein']), []],
    ['Kommentar', (c, o, r) => v.pick(r, ['Sehr kompetente Beratung zur Einkommensteuer.', 'Schnelle Rückmeldung, klare Aussagen.', '', 'Termin wurde zweimal verschoben.']), []],
    ['Name', (c, o, r) => (r() < 0.6 ? `${c.first} ${c.last[0]}.` : 'Anonym'), [], opt],
    ['E-Mail', (c, o, r) => (r() < 0.7 ? c.email : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['Quelle', (c, o, r) => v.pick(r, ['E-Mail-Einladung', 'Bewertungslink', 'Profil', 'Google (importiert)']), [], opt],
    ['Dienstleistung', (c, o, r) => v.pick(r, ['Einkommensteuererklärung', 'Lohnbuchhaltung', 'Jahresabschluss', 'Existenzgründung']), []],
    ['Öffentlich', (c, o, r) => v.pick(r, ['Ja', 'Ja', 'Ja', 'Nein']), [], opt],
    ['Stellungnahme', (c, o, r) => (r() < 0.2 ? 'Vielen Dank für das Feedback!' : ''), []],
  ] },
]
