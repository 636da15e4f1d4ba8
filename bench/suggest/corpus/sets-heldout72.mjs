// Round 72, heldout72: held-out sets written apart from the suggester and any tuning, scored once at the end. Same
// format as sets.mjs (sources in ../README.md): header as the product exports it, one value generator per column in the
// product's formats, the accepted destinations ([] = nothing fits) and 'opt' for borderline columns. Products: German
// and Swiss event ticketing and guest management, support desks / ITSM, CRM, e-mail marketing and B2B company
// databases, headers in German (the products' own UI language; Swiss spelling for the Swiss tools).
import { E, B, P, at, HOME, WORK, ID, B2BID, OR, PL, BILL, opt } from './sets.mjs'
import { slug } from './values9.mjs'
import { pad, shift } from './values.mjs'

// Central European time (summer time April-October by month, good enough for generated rows)
const dst = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 }
const cet = (ms) => shift(ms, dst(ms) ? 2 : 1)
const deDate = (ms) => { const p = cet(ms); return `${pad(p.d)}.${pad(p.m)}.${p.y}` }
const deTime = (ms) => { const p = cet(ms); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}` }
const deSec = (ms) => { const p = cet(ms); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const isoLocal = (ms) => { const p = cet(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const day = 86400000

const euro = (n) => `${n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')} €`
const n = (x) => +x.id
const pick = (x, xs, k = 0) => xs[(n(x) + k) % xs.length]
const h = (x, k) => (n(x) * k) % 1000003
const later = (c) => Math.max(c.created, c.updated)
const FEM = ['Anna', 'Lea', 'Sophie', 'Marie', 'Katharina', 'Ursula', 'Sabine']
const fem = (c) => FEM.includes(c.first)
const anrede = (c) => (fem(c) ? 'Frau' : 'Herr')
const acad = (c) => (n(c) % 9 === 0 ? 'Dr.' : n(c) % 17 === 0 ? 'Prof. Dr.' : '')

// Swiss addresses and phones for the Swiss tools (names from the generator's German people)
const CH_CITY = [['Zürich', '8005', 'ZH'], ['Bern', '3007', 'BE'], ['Basel', '4056', 'BS'], ['Luzern', '6004', 'LU'], ['St. Gallen', '9000', 'SG'], ['Winterthur', '8400', 'ZH'], ['Aarau', '5000', 'AG'], ['Chur', '7000', 'GR']]
const CH_STREET = ['Bahnhofstrasse', 'Limmatstrasse', 'Kramgasse', 'Gerbergasse', 'Pilatusstrasse', 'Rorschacher Strasse', 'Hauptstrasse', 'Seestrasse']
const chc = (c) => CH_CITY[n(c) % CH_CITY.length]
const chStreet = (c) => `${CH_STREET[(n(c) >> 1) % CH_STREET.length]} ${1 + (n(c) % 120)}`
const chMob = (c) => `+41 ${['79', '78', '76', '77'][n(c) % 4]} ${100 + (n(c) % 899)} ${pad(n(c) % 100)} ${pad((n(c) >> 3) % 100)}`
const chTel = (c) => `+41 ${['44', '31', '61', '41', '71'][n(c) % 5]} ${200 + (n(c) % 799)} ${pad((n(c) >> 2) % 100)} ${pad((n(c) >> 4) % 100)}`
const chMail = (c) => `${slug(c.first)}.${slug(c.last)}@${['bluewin.ch', 'gmx.ch', 'sunrise.ch', 'gmail.com', 'hispeed.ch'][n(c) % 5]}`
const chf = (x) => x.toFixed(2)

// German companies for the B2B sets
const ORGS = [
  ['Hoffmann Maschinenbau GmbH', 'GmbH', 'hoffmann-maschinenbau.de', 'Maschinenbau', '28.22'],
  ['Weber Kunststofftechnik GmbH & Co. KG', 'GmbH & Co. KG', 'weber-kunststoff.de', 'Herstellung von Kunststoffwaren', '22.29'],
  ['Schneider Elektroanlagen e.K.', 'e.K.', 'schneider-elektro.de', 'Elektroinstallation', '43.21'],
  ['Becker Logistik AG', 'AG', 'becker-logistik.de', 'Güterbeförderung im Straßenverkehr', '49.41'],
  ['Fischer Software Solutions GmbH', 'GmbH', 'fischer-software.de', 'Programmierungstätigkeiten', '62.01'],
  ['Meyer & Wagner Steuerberatungsgesellschaft mbH', 'GmbH', 'meyer-wagner-stb.de', 'Steuerberatung', '69.20'],
  ['Schulz Lebensmittel Vertriebs GmbH', 'GmbH', 'schulz-lebensmittel.de', 'Großhandel mit Nahrungsmitteln', '46.39'],
  ['Richter Bau GmbH', 'GmbH', 'richter-bau.de', 'Bau von Gebäuden', '41.20'],
]
const org = (c) => ORGS[n(c) % ORGS.length]
const orgMail = (c) => `${slug(c.first)}.${slug(c.last)}@${org(c)[2]}`
const funk = (c) => (fem(c) ? FUNK_F : FUNK_M)[n(c) % FUNK_M.length]
const REG = ['Amtsgericht München', 'Amtsgericht Hamburg', 'Amtsgericht Köln', 'Amtsgericht Stuttgart', 'Amtsgericht Berlin (Charlottenburg)', 'Amtsgericht Frankfurt am Main']
const FUNK_M = ['Geschäftsführer', 'Leiter Einkauf', 'Vertriebsleiter', 'IT-Leiter', 'Leiter Personal', 'Prokurist', 'Technischer Leiter']
const FUNK_F = ['Geschäftsführerin', 'Leiterin Einkauf', 'Vertriebsleiterin', 'IT-Leiterin', 'Leiterin Personal', 'Prokuristin', 'Technische Leiterin']
const ABT = ['Geschäftsleitung', 'Einkauf', 'Vertrieb', 'IT', 'Personal', 'Geschäftsleitung', 'Technik']

// Eventfrog: a Lucerne concert venue's ticket buyers (Eventfrog Cockpit > Ticketkäufer:innen > Käuferliste mit Details, Excel; Swiss German UI), one row per order.
const EF_EVENTS = [['Jazz im Keller: Trio Alpin', 'Stehplatz', 32], ['Jazz im Keller: Trio Alpin', 'Sitzplatz', 45], ['Poetry Slam Luzern', 'Normalpreis', 25], ['Poetry Slam Luzern', 'Student:in / Legi', 18], ['Silvesterparty 2024', 'Early Bird', 39]]
const efEv = (o) => EF_EVENTS[n(o) % EF_EVENTS.length]
const efQty = (o) => 1 + (n(o) % 3)
const efFee = (o) => +(efQty(o) * (0.99 + efEv(o)[2] * 0.039)).toFixed(2)
const efDisc = (o) => (n(o) % 6 === 0 ? 5 : 0)
const efTotal = (o) => +(efQty(o) * efEv(o)[2] + efFee(o) - efDisc(o)).toFixed(2)
// Invitario: a Frankfurt bank's client evening, corporate guests (Invitario > Event > Gäste > Export, Excel; German UI).
const INV_GRP = ['Firmenkunden', 'Firmenkunden', 'Partner', 'Presse', 'Vorstandsgäste']
// Eveeno: a Freiburg education provider's weekend seminar participants (eveeno > Veranstaltung > Teilnehmer > Export, CSV; German UI), one row per participant.
const EV_TIX = [['Seminarplatz Normal', 290], ['Seminarplatz Frühbucher', 250], ['Seminarplatz ermäßigt', 190]]
const evTix = (c) => EV_TIX[n(c) % EV_TIX.length]
// KIX: an IT service provider's tickets (KIX Agent > Tickets > Liste > CSV-Export; German UI).
const KIX_TITLE = ['Drucker im 2. OG druckt nicht', 'VPN-Verbindung bricht ab', 'Neuer Mitarbeiter: Zugang einrichten', 'Outlook startet nicht', 'Passwort zurücksetzen', 'Bestellung Notebook Vertrieb']
const KIX_Q = ['Service Desk', 'Service Desk::1st Level', 'Service Desk::2nd Level', 'Beschaffung', 'Netzwerk']
// Matrix42: a municipal utility's IT incidents (Matrix42 Service Desk > Vorfälle > Export nach Excel; German UI).
const M42_SUBJ = ['SAP-Anmeldung nicht möglich', 'Monitor flackert', 'Kein Zugriff auf Laufwerk H:', 'Softphone ohne Ton', 'Zählerablese-App stürzt ab', 'Kennwort abgelaufen']
const M42_CAT = ['Arbeitsplatz > Hardware', 'Anwendungen > SAP', 'Netzwerk > Laufwerke', 'Telefonie', 'Mobile Geräte', 'Konten und Zugriffe']
// GEDYS IntraWare: a plant engineering supplier's contacts (GEDYS IntraWare > Kontakte > Ansicht > Excel-Export; German UI).
// EGroupware: an architecture office's address book (EGroupware > Adressbuch > Exportieren, CSV with German field labels).
// Kajomi: a Hamburg wine merchant's newsletter recipients (kajomi > Empfänger > Export, CSV; German UI).
const KJ_LIST = ['Newsletter Weinwelt', 'Newsletter Weinwelt', 'Weinproben & Events', 'Newsletter Weinwelt;Weinproben & Events']
// emailsys: a Bavarian outdoor shop's mailing activity report (emailsys > Auswertung > Empfängeraktivitäten > Export, CSV; German UI).
const ES_MAIL = [['Frühjahrs-Newsletter KW 12', '2024-03-19'], ['Sale-Start Sommer', '2024-06-27'], ['Herbstkollektion 2024', '2024-09-10'], ['Black Week Vorschau', '2024-11-21']]
const ES_ACT = ['Öffnung', 'Öffnung', 'Klick', 'Öffnung', 'Klick', 'Abmeldung', 'Bounce']
// Moneyhouse: a Swiss IT reseller's lead list of Zurich and central Swiss companies (Moneyhouse > Firmenliste > Export, Excel; Swiss German UI), one row per signatory.
const MH_ORG = [['Alpenblick Treuhand AG', 'Aktiengesellschaft', 'Treuhand', '69.20'], ['Seeland Haustechnik GmbH', 'Gesellschaft mit beschränkter Haftung', 'Sanitär und Heizung', '43.22'], ['Brunner Informatik AG', 'Aktiengesellschaft', 'Informatikdienstleistungen', '62.02'], ['Kälin Holzbau GmbH', 'Gesellschaft mit beschränkter Haftung', 'Zimmerei', '43.91'], ['Gasser & Partner Architekten AG', 'Aktiengesellschaft', 'Architekturbüros', '71.11']]
const mh = (c) => MH_ORG[n(c) % MH_ORG.length]
// Firmenwissen (Creditreform): a recruiting agency's list of Bavarian and Baden-Württemberg companies (firmenwissen.de > Firmenliste > Export, Excel; German UI), one managing director per row.
// Implisense: a software vendor's prospect list (Implisense Pro > Suche > Export, Excel; German UI), one contact per company row.
const IMP_SIG = ['Wachstum', 'Neue Geschäftsführung', 'Stellenanzeigen IT', '', 'Standorteröffnung']

export const SETS = [
  { name: 'eventfrog-ticketkaeufer-ch', product: 'Eventfrog', family: 'events', language: 'de', schema: E, cols: [
    ['Bestellnummer', (c, o) => `EF-${2400000 + h(o, 37) % 600000}`, [OR('purchaseID')]],
    ['Kaufdatum', (c, o) => deTime(o.at), ['timestamp', OR('createdDate')]],
    ['Event', (c, o) => efEv(o)[0], [], opt],
    ['Eventdatum', (c, o) => `${deDate(o.at + 24 * day)} 20:00`, []],
    ['Ticketkategorie', (c, o) => efEv(o)[1], [PL('name')], opt],
    ['Anzahl', (c, o) => String(efQty(o)), [PL('quantity')]],
    ['Einzelpreis', (c, o) => chf(efEv(o)[2]), []],
    ['Gebühren', (c, o) => chf(efFee(o)), []],
    ['Rabattcode', (c, o) => (efDisc(o) ? 'FROG5' : ''), ['commerce.promotionID'], opt],
    ['Rabatt', (c, o) => chf(efDisc(o)), [OR('discountAmount')], opt],
    ['Total', (c, o) => chf(efTotal(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Währung', () => 'CHF', [OR('currencyCode')]],
    ['Zahlungsart', (c, o) => ['TWINT', 'Kreditkarte', 'TWINT', 'PostFinance Card', 'Rechnung'][n(o) % 5], [OR('payments[0].paymentType')]],
    ['Anrede', (c) => anrede(c), []],
    ['Vorname', (c) => c.first, []],
    ['Nachname', (c) => c.last, []],
    ['E-Mail', (c) => chMail(c), ['endUserIDs._experience.emailid.id'], opt],
    ['Telefon', (c, o) => (n(o) % 3 ? chMob(c) : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Strasse', (c) => chStreet(c), [BILL('street1')], opt],
    ['PLZ', (c) => chc(c)[1], [BILL('postalCode')], opt],
    ['Ort', (c) => chc(c)[0], [BILL('city')], opt],
    ['Land', () => 'Schweiz', [BILL('country')], opt],
    ['Verkaufskanal', (c, o) => ['Online', 'Online', 'Online', 'Abendkasse', 'Vorverkaufsstelle'][n(o) % 5], []],
    ['Status', (c, o) => (n(o) % 17 === 0 ? 'storniert' : 'bezahlt'), [], opt],
    ['Eingecheckt', (c, o) => (n(o) % 4 === 0 ? 'Nein' : 'Ja'), []],
    ['Newsletter', (c) => (n(c) % 3 ? 'Nein' : 'Ja'), [], opt],
  ] },
  { name: 'invitario-gaeste-de', product: 'Invitario', family: 'events', language: 'de', schema: B, cols: [
    ['ID', (c) => String(1840000 + (n(c) % 150000)), B2BID],
    ['Zugangscode', (c) => `${slug(c.last).slice(0, 3).toUpperCase()}${(h(c, 71) % 90000) + 10000}`, []],
    ['Anrede', (c) => anrede(c), ['person.name.courtesyTitle']],
    ['Titel', (c) => acad(c), [], opt],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Firma', (c) => org(c)[0], ['b2b.companyName', 'organizations[0]']],
    ['Position', (c) => funk(c), ['extendedWorkDetails.jobTitle']],
    ['E-Mail', (c) => orgMail(c), ['workEmail.address']],
    ['Telefon', (c) => c.phone, ['workPhone.number']],
    ['Mobil', (c) => (n(c) % 2 ? c.mobile : ''), ['mobilePhone.number']],
    ['Straße', (c) => c.street, at(WORK, 'street1')],
    ['PLZ', (c) => c.postcode, at(WORK, 'postalCode')],
    ['Ort', (c) => c.city, at(WORK, 'city')],
    ['Land', () => 'Deutschland', at(WORK, 'country')],
    ['Zielgruppe', (c) => pick(c, INV_GRP), []],
    ['Anmeldestatus', (c) => ['Angemeldet', 'Angemeldet', 'Abgemeldet', '', 'Angemeldet', 'Warteliste'][n(c) % 6], [], opt],
    ['Anmeldedatum', (c) => (n(c) % 6 === 3 ? '' : deTime(c.created)), [], opt],
    ['Begleitpersonen', (c) => String(n(c) % 3 === 0 ? 1 : 0), []],
    ['Check-in-Status', (c) => (n(c) % 6 === 0 || n(c) % 6 === 4 ? 'Gekommen' : 'Nicht gekommen'), []],
    ['Check-in-Zeit', (c) => (n(c) % 6 === 0 || n(c) % 6 === 4 ? deTime(c.created + 20 * day + 19 * 3600000) : ''), [], opt],
    ['E-Mail-Status', (c) => ['Gültig', 'Gültig', 'Gültig', 'Zu prüfen', 'Fehlerhaft'][n(c) % 5], ['workEmail.status'], opt],
    ['Opt-In-Status', (c) => ['Double Opt-in', 'Single Opt-in', 'Unbestätigt', 'Opt-out'][n(c) % 4], [], opt],
    ['Sprache', () => 'Deutsch', [], opt],
    ['Erstellt am', (c) => deTime(c.created - 30 * day), ['extSourceSystemAudit.createdDate'], opt],
  ] },
  { name: 'eveeno-teilnehmer-de', product: 'eveeno', family: 'events', language: 'de', schema: P, cols: [
    ['Teilnehmer-Nr.', (c) => String(500000 + (n(c) % 400000)), ID],
    ['Buchungs-Nr.', (c) => `B-${(h(c, 53) % 900000) + 100000}`, [], opt],
    ['Buchungsdatum', (c) => deTime(c.created), [], opt],
    ['Status', (c) => (n(c) % 13 === 0 ? 'storniert' : n(c) % 5 === 0 ? 'Zahlung offen' : 'bestätigt'), [], opt],
    ['Ticket', (c) => evTix(c)[0], []],
    ['Preis', (c) => euro(evTix(c)[1]), []],
    ['Aktionscode', (c) => (n(c) % 7 === 0 ? 'FREUNDE10' : ''), []],
    ['Zahlungsart', (c) => ['Überweisung', 'PayPal', 'Kreditkarte', 'Lastschrift'][n(c) % 4], []],
    ['Anrede', (c) => anrede(c), ['person.name.courtesyTitle']],
    ['Titel', (c) => acad(c), [], opt],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['E-Mail', (c) => c.email, ['personalEmail.address']],
    ['Telefon', (c) => (n(c) % 3 ? c.mobile : c.phone), ['mobilePhone.number', 'homePhone.number'], opt],
    ['Straße', (c) => c.street, at(HOME, 'street1')],
    ['PLZ', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Ort', (c) => c.city, at(HOME, 'city')],
    ['Land', () => 'Deutschland', at(HOME, 'country')],
    ['Geburtsdatum', (c) => (n(c) % 3 === 0 ? deDate(c.birth) : ''), ['person.birthDate']],
    ['Firma / Institution', (c) => (n(c) % 5 === 0 ? c.company : ''), ['organizations[0]'], opt],
    ['Ernährung', (c) => ['keine Angabe', 'vegetarisch', 'vegan', 'keine Angabe'][n(c) % 4], []],
    ['Bemerkung', (c) => ['', '', 'Anreise erst Samstag früh', 'Bitte Rechnung an Arbeitgeber'][n(c) % 4], []],
    ['Rechnungs-Nr.', (c) => (n(c) % 5 === 0 ? '' : `RE-2024-${pad(n(c) % 10000, 4)}`), []],
    ['Eingecheckt', (c) => (n(c) % 4 === 0 ? 'nein' : 'ja'), []],
  ] },
  { name: 'kix-tickets-de', product: 'KIX', family: 'support', language: 'de', schema: E, cols: [
    ['Ticketnummer', (c, o) => `${deDate(o.at).split('.').reverse().join('')}${pad(n(o) % 1000000, 6)}`, ['_id'], opt],
    ['Titel', (c, o) => pick(o, KIX_TITLE), []],
    ['Erstellt', (c, o) => deSec(o.at), ['timestamp']],
    ['Geändert', (c, o) => deSec(o.at + (n(o) % 5) * day + 3600000), [], opt],
    ['Status', (c, o) => ['neu', 'offen', 'in Bearbeitung', 'warten auf Kunde', 'geschlossen', 'geschlossen'][n(o) % 6], [], opt],
    ['Priorität', (c, o) => ['3 normal', '3 normal', '2 niedrig', '4 hoch', '5 sehr hoch'][n(o) % 5], []],
    ['Typ', (c, o) => ['Störung', 'Serviceanfrage', 'Störung', 'Beschaffung'][n(o) % 4], [], opt],
    ['Queue', (c, o) => pick(o, KIX_Q), []],
    ['Kanal', (c, o) => ['E-Mail', 'Telefon', 'Self Service Portal', 'E-Mail'][n(o) % 4], [], opt],
    ['Kontakt', (c) => `${c.first} ${c.last}`, []],
    ['E-Mail', (c) => orgMail(c), ['endUserIDs._experience.emailid.id'], opt],
    ['Organisation', (c) => org(c)[0], []],
    ['Kundennummer', (c) => `K${10000 + (n(c) % 9000)}`, [], opt],
    ['Bearbeiter', (c, o) => ['m.krause', 's.vogel', 't.lorenz', 'j.hartmann'][n(o) % 4], []],
    ['Verantwortlicher', (c, o) => ['s.vogel', 'j.hartmann'][n(o) % 2], []],
    ['Service', (c, o) => ['Arbeitsplatz', 'Netzwerk', 'E-Mail & Kalender', ''][n(o) % 4], []],
    ['SLA', (c, o) => ['Standard', 'Premium 4h'][n(o) % 2], []],
    ['Lösungszeit (Ziel)', (c, o) => deTime(o.at + 2 * day), []],
    ['Verknüpfte Assets', (c, o) => (n(o) % 3 === 0 ? `NB-${1000 + (n(o) % 900)}` : ''), []],
    ['Gesperrt', (c, o) => (n(o) % 3 ? 'nein' : 'ja'), []],
    ['Erfasste Zeit (Minuten)', (c, o) => String(15 * (n(o) % 9)), []],
  ] },
  { name: 'matrix42-vorfaelle-de', product: 'Matrix42 Enterprise Service Management', family: 'support', language: 'de', schema: E, cols: [
    ['Nummer', (c, o) => `TCK${pad(h(o, 29) % 1000000, 7)}`, ['_id'], opt],
    ['Betreff', (c, o) => pick(o, M42_SUBJ), []],
    ['Erstellt am', (c, o) => deTime(o.at), ['timestamp']],
    ['Status', (c, o) => ['Neu', 'In Bearbeitung', 'Warten auf Rückmeldung', 'Gelöst', 'Geschlossen'][n(o) % 5], [], opt],
    ['Priorität', (c, o) => ['Mittel', 'Niedrig', 'Hoch', 'Mittel', 'Kritisch'][n(o) % 5], []],
    ['Auswirkung', (c, o) => ['Einzelner Benutzer', 'Einzelner Benutzer', 'Abteilung', 'Gesamtes Unternehmen'][n(o) % 4], []],
    ['Dringlichkeit', (c, o) => ['Mittel', 'Hoch', 'Niedrig'][n(o) % 3], []],
    ['Kategorie', (c, o) => pick(o, M42_CAT), []],
    ['Quelle', (c, o) => ['E-Mail', 'Telefon', 'Self Service Portal', 'Monitoring'][n(o) % 4], [], opt],
    ['Betroffener Benutzer', (c) => `${c.last}, ${c.first}`, []],
    ['E-Mail (Betroffener Benutzer)', (c) => `${slug(c.first)}.${slug(c.last)}@stadtwerke-hansestadt.de`, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefon (Betroffener Benutzer)', (c) => `+49 421 ${3590 + (n(c) % 400)}-${100 + (n(c) % 899)}`, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Kostenstelle', (c) => `KST ${4100 + (n(c) % 60) * 10}`, []],
    ['Standort', (c) => ['Hauptverwaltung', 'Betriebshof Nord', 'Kundenzentrum Innenstadt', 'Wasserwerk'][n(c) % 4], []],
    ['Verantwortliche Rolle', (c, o) => ['1st Level Support', '2nd Level Client', 'SAP Basis', 'Netzwerk'][n(o) % 4], []],
    ['Zuständig', (c, o) => ['Krüger, Daniel', 'Lange, Miriam', 'Özdemir, Can', ''][n(o) % 4], []],
    ['Reaktionsfrist', (c, o) => deTime(o.at + 4 * 3600000), []],
    ['Lösungsfrist', (c, o) => deTime(o.at + 2 * day), []],
    ['Gelöst am', (c, o) => (n(o) % 5 >= 3 ? deTime(o.at + (1 + (n(o) % 2)) * day) : ''), [], opt],
    ['Geschlossen am', (c, o) => (n(o) % 5 === 4 ? deTime(o.at + 5 * day) : ''), [], opt],
    ['SLA verletzt', (c, o) => (n(o) % 8 === 0 ? 'Ja' : 'Nein'), []],
    ['Konfigurationselement', (c, o) => (n(o) % 2 ? `PC-${pad(n(o) % 10000, 5)}` : ''), []],
  ] },
  { name: 'gedys-kontakte-de', product: 'GEDYS IntraWare', family: 'crm', language: 'de', schema: B, cols: [
    ['Firma', (c) => org(c)[0], ['b2b.companyName', 'organizations[0]']],
    ['Firma 2', (c) => (n(c) % 4 === 0 ? 'Niederlassung Süd' : ''), [], opt],
    ['Anrede', (c) => anrede(c), ['person.name.courtesyTitle']],
    ['Titel', (c) => acad(c), [], opt],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Briefanrede', (c) => `${fem(c) ? 'Sehr geehrte Frau' : 'Sehr geehrter Herr'} ${acad(c) ? `${acad(c)} ` : ''}${c.last},`, []],
    ['Funktion', (c) => funk(c), ['extendedWorkDetails.jobTitle']],
    ['Abteilung', (c) => pick(c, ABT), ['extendedWorkDetails.departments[0]']],
    ['Telefon', (c) => c.phone, ['workPhone.number']],
    ['Mobil', (c) => (n(c) % 2 ? c.mobile : ''), ['mobilePhone.number']],
    ['Fax', (c) => (n(c) % 3 === 0 ? c.phone.replace(/\d$/, '9') : ''), ['faxPhone.number'], opt],
    ['E-Mail', (c) => orgMail(c), ['workEmail.address']],
    ['Internet', (c) => `www.${org(c)[2]}`, ['b2b.companyWebsite']],
    ['Straße', (c) => c.street, at(WORK, 'street1')],
    ['PLZ', (c) => c.postcode, at(WORK, 'postalCode')],
    ['Ort', (c) => c.city, at(WORK, 'city')],
    ['Land', () => 'Deutschland', at(WORK, 'country')],
    ['Kundennummer', (c) => String(10000 + (n(c) % 8000)), ['b2b.accountKey.sourceID', 'b2b.accountID'], opt],
    ['Kategorie', (c) => ['Kunde', 'Kunde', 'Interessent', 'Lieferant', 'Partner'][n(c) % 5], ['b2b.personStatus'], opt],
    ['Betreuer', (c) => ['Andreas Keller', 'Nicole Brandt', 'Stefan Huber'][n(c) % 3], []],
    ['Geburtstag', (c) => (n(c) % 4 === 0 ? deDate(c.birth) : ''), ['person.birthDate']],
    ['Keine Werbung', (c) => (n(c) % 7 === 0 ? 'Ja' : 'Nein'), ['b2b.isMarketingSuspended'], opt],
    ['Erstellt', (c) => deDate(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Geändert', (c) => deDate(later(c)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['UNID', (c) => `${(h(c, 7919) * 2654435761 >>> 0).toString(16).toUpperCase().padStart(8, '0')}${(h(c, 104729) >>> 0).toString(16).toUpperCase().padStart(8, '0')}C1258A5E00${(h(c, 31) % 0xfffff).toString(16).toUpperCase().padStart(6, '0')}`, B2BID],
  ] },
  { name: 'egroupware-adressbuch-de', product: 'EGroupware', family: 'crm', language: 'de', schema: B, cols: [
    ['Kontakt-ID', (c) => String(2000 + (n(c) % 30000)), B2BID],
    ['Adressbuch', () => 'Büro Schmidt Architekten', []],
    ['Anrede', (c) => anrede(c), ['person.name.courtesyTitle']],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Zweiter Vorname', (c) => (n(c) % 6 === 0 ? 'Maria' : ''), ['person.name.middleName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Firma', (c) => org(c)[0], ['b2b.companyName', 'organizations[0]']],
    ['Abteilung', (c) => pick(c, ABT), ['extendedWorkDetails.departments[0]']],
    ['Titel', (c) => funk(c), ['extendedWorkDetails.jobTitle'], opt],
    ['Straße (geschäftlich)', (c) => c.street, at(WORK, 'street1')],
    ['PLZ (geschäftlich)', (c) => c.postcode, at(WORK, 'postalCode')],
    ['Stadt (geschäftlich)', (c) => c.city, at(WORK, 'city')],
    ['Bundesland (geschäftlich)', (c) => c.region, [...at(WORK, 'stateProvince'), ...at(WORK, 'state')]],
    ['Land (geschäftlich)', () => 'DEUTSCHLAND', at(WORK, 'country')],
    ['Straße (privat)', (c) => (n(c) % 4 === 0 ? c.street.replace(/\d+$/, (x) => String(+x + 3)) : ''), ['homeAddress.street1']],
    ['PLZ (privat)', (c) => (n(c) % 4 === 0 ? c.postcode : ''), ['homeAddress.postalCode']],
    ['Stadt (privat)', (c) => (n(c) % 4 === 0 ? c.city : ''), ['homeAddress.city']],
    ['Telefon geschäftlich', (c) => c.phone, ['workPhone.number']],
    ['Mobiltelefon', (c) => (n(c) % 2 ? c.mobile : ''), ['mobilePhone.number']],
    ['Telefon privat', (c) => (n(c) % 5 === 0 ? c.phone.replace(/\d{2}$/, '17') : ''), ['homePhone.number']],
    ['Fax geschäftlich', (c) => (n(c) % 3 === 0 ? c.phone.replace(/\d$/, '9') : ''), ['faxPhone.number']],
    ['E-Mail geschäftlich', (c) => orgMail(c), ['workEmail.address']],
    ['E-Mail privat', (c) => (n(c) % 5 === 0 ? c.email : ''), ['personalEmail.address']],
    ['Internetseite geschäftlich', (c) => `https://www.${org(c)[2]}`, ['b2b.companyWebsite']],
    ['Geburtstag', (c) => (n(c) % 4 === 1 ? `${new Date(c.birth).getUTCFullYear()}-${pad(new Date(c.birth).getUTCMonth() + 1)}-${pad(new Date(c.birth).getUTCDate())}` : ''), ['person.birthDate']],
    ['Kategorien', (c) => ['Bauherren', 'Fachplaner', 'Behörden', 'Bauherren,Presse', 'Handwerker'][n(c) % 5], []],
    ['Notiz', (c) => ['', '', 'Ansprechpartner Projekt Wohnanlage Lindenhof', 'bevorzugt Kontakt per E-Mail'][n(c) % 4], []],
    ['Erstellt', (c) => isoLocal(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Zuletzt geändert', (c) => isoLocal(later(c)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },
  { name: 'kajomi-empfaenger-de', product: 'kajomi', family: 'marketing', language: 'de', schema: P, cols: [
    ['Empfänger-ID', (c) => String(9100000 + n(c)), ID],
    ['E-Mail', (c) => c.email, ['personalEmail.address']],
    ['Anrede', (c) => anrede(c), ['person.name.courtesyTitle']],
    ['Titel', (c) => acad(c), [], opt],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Firma', (c) => (n(c) % 8 === 0 ? c.company : ''), ['organizations[0]'], opt],
    ['Straße', (c) => (n(c) % 2 ? c.street : ''), at(HOME, 'street1')],
    ['PLZ', (c) => (n(c) % 2 ? c.postcode : ''), at(HOME, 'postalCode')],
    ['Ort', (c) => (n(c) % 2 ? c.city : ''), at(HOME, 'city')],
    ['Land', (c) => (n(c) % 2 ? 'DE' : ''), at(HOME, 'countryCode')],
    ['Telefon', (c) => (n(c) % 4 === 0 ? c.phone : ''), ['homePhone.number']],
    ['Geburtsdatum', (c) => (n(c) % 3 === 0 ? deDate(c.birth) : ''), ['person.birthDate']],
    ['Kundennummer', (c) => (n(c) % 3 ? `W${40000 + (n(c) % 50000)}` : ''), ['personID'], opt],
    ['Verteiler', (c) => pick(c, KJ_LIST), []],
    ['Status', (c) => ['aktiv', 'aktiv', 'aktiv', 'abgemeldet', 'gesperrt'][n(c) % 5], ['personalEmail.status'], opt],
    ['Format', (c) => (n(c) % 9 === 0 ? 'Text' : 'HTML'), []],
    ['Eingetragen am', (c) => deSec(c.created), [], opt],
    ['Opt-In-Datum', (c) => deSec(c.created + 7 * 60000), [], opt],
    ['Opt-In-IP', (c) => `${80 + (n(c) % 120)}.${n(c) % 256}.${(n(c) >> 3) % 256}.${1 + (n(c) % 250)}`, [], opt],
    ['Abgemeldet am', (c) => (n(c) % 5 === 3 ? deSec(later(c) + day) : ''), [], opt],
    ['Softbounces', (c) => String(n(c) % 4 === 0 ? 1 : 0), []],
    ['Hardbounces', (c) => String(n(c) % 5 === 4 ? 1 : 0), []],
    ['Letzte Öffnung', (c) => (n(c) % 3 ? deTime(later(c)) : ''), [], opt],
    ['Letzter Klick', (c) => (n(c) % 4 === 1 ? deTime(later(c)) : ''), [], opt],
  ] },
  { name: 'emailsys-empfaengeraktivitaeten-de', product: 'emailsys', family: 'email', language: 'de', schema: E, cols: [
    ['Mailing', (c, o) => pick(o, ES_MAIL)[0], ['marketing.campaignName'], opt],
    ['Versanddatum', (c, o) => `${pick(o, ES_MAIL)[1].split('-').reverse().join('.')} 10:00`, [], opt],
    ['Empfänger-ID', (c) => String(31000000 + n(c)), ['endUserIDs._experience.aacustomid.id', 'identityMap{}[0].id'], opt],
    ['E-Mail-Adresse', (c) => c.email, ['endUserIDs._experience.emailid.id']],
    ['Anrede', (c) => anrede(c), []],
    ['Vorname', (c) => c.first, []],
    ['Nachname', (c) => c.last, []],
    ['Aktion', (c, o) => pick(o, ES_ACT), ['eventType'], opt],
    ['Zeitpunkt', (c, o) => { const d = Date.parse(pick(o, ES_MAIL)[1] + 'T09:00:00Z') + (n(o) % 4000) * 60000; return deSec(d) }, ['timestamp']],
    ['Link', (c, o) => (pick(o, ES_ACT) === 'Klick' ? ['https://www.bergwelt-outdoor.de/sale', 'https://www.bergwelt-outdoor.de/damen/jacken', 'https://www.bergwelt-outdoor.de/filialen'][n(o) % 3] : ''), ['web.webInteraction.URL'], opt],
    ['Link-Name', (c, o) => (pick(o, ES_ACT) === 'Klick' ? ['Zum Sale', 'Jacken entdecken', 'Filialfinder'][n(o) % 3] : ''), ['web.webInteraction.name'], opt],
    ['IP-Adresse', (c, o) => (['Öffnung', 'Klick'].includes(pick(o, ES_ACT)) ? `${84 + (n(o) % 100)}.${n(o) % 256}.${(n(o) >> 2) % 256}.${1 + (n(o) % 250)}` : ''), ['environment.ipV4']],
    ['Gerätetyp', (c, o) => (['Öffnung', 'Klick'].includes(pick(o, ES_ACT)) ? ['Smartphone', 'Desktop', 'Smartphone', 'Tablet'][n(o) % 4] : ''), ['device.type']],
    ['Betriebssystem', (c, o) => (['Öffnung', 'Klick'].includes(pick(o, ES_ACT)) ? ['iOS', 'Windows', 'Android', 'macOS'][n(o) % 4] : ''), ['environment.operatingSystem']],
    ['E-Mail-Programm', (c, o) => (['Öffnung', 'Klick'].includes(pick(o, ES_ACT)) ? ['Apple Mail', 'Outlook', 'Gmail', 'Apple Mail', 'GMX Webmail'][n(o) % 5] : ''), [], opt],
    ['Bounce-Grund', (c, o) => (pick(o, ES_ACT) === 'Bounce' ? ['Postfach voll', 'Empfänger unbekannt'][n(o) % 2] : ''), []],
  ] },
  { name: 'moneyhouse-firmenliste-ch', product: 'Moneyhouse', family: 'b2b-leads', language: 'de', schema: B, cols: [
    ['Firmenname', (c) => mh(c)[0], ['b2b.companyName', 'organizations[0]']],
    ['UID', (c) => `CHE-${100 + (n(c) % 899)}.${100 + ((n(c) >> 2) % 899)}.${100 + ((n(c) >> 4) % 899)}`, ['b2b.accountKey.sourceID', 'b2b.accountID'], opt],
    ['Rechtsform', (c) => mh(c)[1], []],
    ['Status', (c) => (n(c) % 23 === 0 ? 'in Liquidation' : 'aktiv'), [], opt],
    ['Strasse', (c) => chStreet(c), at(WORK, 'street1')],
    ['PLZ', (c) => chc(c)[1], at(WORK, 'postalCode')],
    ['Ort', (c) => chc(c)[0], at(WORK, 'city')],
    ['Kanton', (c) => chc(c)[2], [...at(WORK, 'stateProvince'), ...at(WORK, 'state')]],
    ['Telefon', (c) => (n(c) % 3 ? chTel(c) : ''), ['workPhone.number']],
    ['Website', (c) => `www.${slug(mh(c)[0].split(' ')[0])}.ch`, ['b2b.companyWebsite']],
    ['Branche', (c) => mh(c)[2], [], opt],
    ['NOGA-Code', (c) => mh(c)[3], []],
    ['Gründungsdatum', (c) => deDate(c.birth + 25 * 365 * day), []],
    ['Mitarbeitende', (c) => ['1-9', '10-49', '10-49', '50-249'][n(c) % 4], []],
    ['Kapital (CHF)', (c) => (mh(c)[1].startsWith('Aktien') ? "100'000" : "20'000"), []],
    ['Handelsregisteramt', (c) => `Handelsregisteramt des Kantons ${['Zürich', 'Bern', 'Basel-Stadt', 'Luzern', 'St. Gallen', 'Zürich', 'Aargau', 'Graubünden'][n(c) % 8]}`, []],
    ['Person', (c) => `${c.first} ${c.last}`, ['person.name.fullName']],
    ['Wohnort', (c) => chc({ id: String(n(c) + 3) })[0], ['homeAddress.city'], opt],
    ['Funktion', (c) => (fem(c) ? ['Präsidentin des Verwaltungsrates', 'Mitglied des Verwaltungsrates', 'Geschäftsführerin', 'Gesellschafterin und Geschäftsführerin', 'Prokuristin'] : ['Präsident des Verwaltungsrates', 'Mitglied des Verwaltungsrates', 'Geschäftsführer', 'Gesellschafter und Geschäftsführer', 'Prokurist'])[n(c) % 5], ['extendedWorkDetails.jobTitle']],
    ['Zeichnungsart', (c) => ['Einzelunterschrift', 'Kollektivunterschrift zu zweien', 'Einzelunterschrift'][n(c) % 3], []],
    ['Letzte SHAB-Publikation', (c) => deDate(c.updated), [], opt],
  ] },
  { name: 'firmenwissen-firmenliste-de', product: 'Firmenwissen (Creditreform)', family: 'b2b-leads', language: 'de', schema: B, cols: [
    ['Crefonummer', (c) => String(7010000000 + (h(c, 97) % 9999999)), ['b2b.accountKey.sourceID', 'b2b.accountID'], opt],
    ['Firmenname', (c) => org(c)[0], ['b2b.companyName', 'organizations[0]']],
    ['Rechtsform', (c) => org(c)[1], []],
    ['Straße', (c) => c.street, at(WORK, 'street1')],
    ['PLZ', (c) => c.postcode, at(WORK, 'postalCode')],
    ['Ort', (c) => c.city, at(WORK, 'city')],
    ['Bundesland', (c) => c.region, [...at(WORK, 'stateProvince'), ...at(WORK, 'state')]],
    ['Telefon', (c) => c.phone, ['workPhone.number']],
    ['Telefax', (c) => (n(c) % 2 ? c.phone.replace(/\d$/, '9') : ''), ['faxPhone.number'], opt],
    ['E-Mail', (c) => `info@${org(c)[2]}`, ['workEmail.address'], opt],
    ['Internet', (c) => `www.${org(c)[2]}`, ['b2b.companyWebsite']],
    ['Registergericht', (c) => pick(c, REG), []],
    ['Registernummer', (c) => `${org(c)[1].startsWith('e.K') || org(c)[1].includes('KG') ? 'HRA' : 'HRB'} ${10000 + (h(c, 13) % 200000)}`, []],
    ['WZ 2008', (c) => org(c)[4], []],
    ['Branche', (c) => org(c)[3], [], opt],
    ['Mitarbeiter', (c) => String(5 + (h(c, 41) % 480)), []],
    ['Umsatz (EUR)', (c) => String(((h(c, 43) % 90000) + 500) * 1000).replace(/\B(?=(\d{3})+(?!\d))/g, '.'), []],
    ['Gründungsjahr', (c) => String(1950 + (n(c) % 70)), []],
    ['Anrede Entscheider', (c) => anrede(c), ['person.name.courtesyTitle']],
    ['Titel Entscheider', (c) => acad(c), [], opt],
    ['Vorname Entscheider', (c) => c.first, ['person.name.firstName']],
    ['Nachname Entscheider', (c) => c.last, ['person.name.lastName']],
    ['Funktion Entscheider', (c) => (fem(c) ? ['Geschäftsführerin', 'Geschäftsführerin', 'Vorstand', 'Inhaberin', 'Prokuristin'] : ['Geschäftsführer', 'Geschäftsführer', 'Vorstand', 'Inhaber', 'Prokurist'])[n(c) % 5], ['extendedWorkDetails.jobTitle']],
    ['Bonitätsindex', (c) => String(150 + (h(c, 61) % 250)), []],
  ] },
  { name: 'implisense-firmen-de', product: 'Implisense', family: 'b2b-leads', language: 'de', schema: B, cols: [
    ['Implisense-ID', (c) => `${slug(org(c)[0].split(' ')[0])}-${slug(c.city)}-${(h(c, 17) % 9000) + 1000}`, ['b2b.accountKey.sourceID', 'b2b.accountID'], opt],
    ['Name', (c) => org(c)[0], ['b2b.companyName', 'organizations[0]']],
    ['Rechtsform', (c) => org(c)[1], []],
    ['Straße', (c) => c.street, at(WORK, 'street1')],
    ['PLZ', (c) => c.postcode, at(WORK, 'postalCode')],
    ['Ort', (c) => c.city, at(WORK, 'city')],
    ['Bundesland', (c) => c.region, [...at(WORK, 'stateProvince'), ...at(WORK, 'state')]],
    ['Land', () => 'DE', at(WORK, 'countryCode')],
    ['Telefon', (c) => (n(c) % 4 ? c.phone : ''), ['workPhone.number']],
    ['E-Mail', (c) => (n(c) % 3 ? `kontakt@${org(c)[2]}` : ''), ['workEmail.address'], opt],
    ['Website', (c) => `https://www.${org(c)[2]}`, ['b2b.companyWebsite']],
    ['Registergericht', (c) => pick(c, REG), []],
    ['Registernummer', (c) => `HRB ${10000 + (h(c, 13) % 200000)}`, []],
    ['USt-IdNr.', (c) => (n(c) % 2 ? `DE${100000000 + (h(c, 101) % 899999999)}` : ''), []],
    ['WZ-Code', (c) => org(c)[4], []],
    ['Branche', (c) => org(c)[3], [], opt],
    ['Mitarbeiterklasse', (c) => ['10-49', '50-249', '250-499', '1-9'][n(c) % 4], []],
    ['Umsatzklasse', (c) => ['2-10 Mio. €', '10-50 Mio. €', '< 2 Mio. €'][n(c) % 3], []],
    ['Gründungsjahr', (c) => String(1960 + (n(c) % 60)), []],
    ['Ansprechpartner Anrede', (c) => anrede(c), ['person.name.courtesyTitle']],
    ['Ansprechpartner Vorname', (c) => c.first, ['person.name.firstName']],
    ['Ansprechpartner Nachname', (c) => c.last, ['person.name.lastName']],
    ['Ansprechpartner Position', (c) => funk(c), ['extendedWorkDetails.jobTitle']],
    ['Signale', (c) => pick(c, IMP_SIG), []],
    ['Score', (c) => String(h(c, 7) % 100), [], opt],
  ] },
]
