// Round 68, heldout169: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). German, Dutch, Swedish, Norwegian, Danish and Finnish exports, headers
// in the product's UI language: a Swiss payment provider's transactions of a Winterthur bike-accessories web shop
// (wallee, CH), an Austrian hotel booking engine's reservations of a Seefeld hotel (seekda, AT), a German help desk's
// ticket-search CSV of a Nuremberg IT service company (Znuny, DE), a German company database's contact-person export
// (Hoppenstedt Firmendatenbank, DE) and a German club-management app's member list of a Freiburg sports club
// (Vereinsplaner, DE) (de 5); a Dutch e-mail marketing suite's profile export of a garden web shop (Copernica, NL), a
// Dutch skin-clinic software's appointment export (Skinadmin, NL) and a Dutch feedback-analytics tool's website
// feedback export (Mopinion, NL) (nl 3); a Swedish CRM's person list of a Malmö IT consultancy (Lime CRM, SE) (sv 1);
// a Norwegian membership system's member list of a Bergen choir (HyperSys, NO) (no 1); a Danish B2B data service's
// decision-maker list (Lasso X, DK) (da 1); a Finnish student-event ticket app's buyer list (Kide.app, FI) (fi 1).
// E 6, P 3, B 3.
// Headers are written from each product's documentation and UI as the writer knows them (HyperSys's member-list
// columns partly seen on its help pages); nothing was copied from a real export.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT } from './sets.mjs'
import { pad, row, dmy, ymd, hms, hm, local, dec, thou, hash } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const ID = ['_id', 'personID']
const WE = ['workEmail.address', 'personalEmail.address']
const GEO = (leaf) => `placeContext.geo.${leaf}`
// local clocks: Central Europe +1 and Finland +2, both with summer time (approximated)
const cet = (ms) => local(ms, 1)
const eet = (ms) => local(ms, 2)
// the same instant moved into opening hours (lo .. lo+span-1 local) of a zone off hours from UTC
const open = (ms, off, lo = 9, span = 12) => { const H = local(ms, off).H; return ms + ((lo + (H % span)) - H) * 3600000 }
const quarter = (ms) => Math.floor(ms / 900000) * 900000

// ---------------------------------------------------------------- local people, seeded by the row's person
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}|${c.first}|${c.last}|${salt}`) ^ 0x169e4d21); r(); return r }
const asc = (s, cc) => {
  let t = s.toLowerCase().replace(/ø/g, 'o').replace(/æ/g, 'ae').replace(/ß/g, 'ss')
  if (cc === 'de' || cc === 'ch') t = t.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue')
  return t.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')
}
const NAMES = {
  de: { m: ['Thomas', 'Michael', 'Andreas', 'Stefan', 'Tobias', 'Florian', 'Jan', 'Markus', 'Sebastian', 'Matthias'], f: ['Julia', 'Katrin', 'Sabine', 'Lena', 'Anja', 'Christina', 'Laura', 'Nicole', 'Melanie', 'Sarah'],
    last: ['Müller', 'Schmid', 'Wagner', 'Hofmann', 'Becker', 'Zimmermann', 'Schäfer', 'Koch', 'Bauer', 'Richter', 'Huber', 'Lang', 'Graf', 'Vogel'],
    mail: ['gmx.de', 'web.de', 't-online.de', 'gmail.com', 'posteo.de', 'outlook.de'] },
  ch: { m: ['Reto', 'Urs', 'Beat', 'Lukas', 'Marco', 'Simon', 'Adrian', 'Pascal'], f: ['Nadine', 'Corinne', 'Sandra', 'Barbara', 'Andrea', 'Manuela', 'Seraina', 'Fabienne'],
    last: ['Meier', 'Schmid', 'Keller', 'Weber', 'Huber', 'Brunner', 'Baumann', 'Gerber', 'Frei', 'Zürcher', 'Steiner', 'Widmer'],
    mail: ['bluewin.ch', 'gmail.com', 'gmx.ch', 'hotmail.com', 'sunrise.ch', 'hispeed.ch'] },
  nl: { m: ['Daan', 'Bram', 'Thijs', 'Jeroen', 'Sander', 'Ruben', 'Joost', 'Wouter'], f: ['Sanne', 'Lotte', 'Femke', 'Anouk', 'Marieke', 'Iris', 'Esther', 'Linda'],
    last: [['de', 'Vries'], ['van', 'Dijk'], ['', 'Jansen'], ['', 'Bakker'], ['van den', 'Berg'], ['', 'Visser'], ['', 'Smit'], ['de', 'Jong'], ['', 'Mulder'], ['van der', 'Meer'], ['', 'Bos'], ['', 'Hendriks']],
    mail: ['gmail.com', 'hotmail.com', 'ziggo.nl', 'kpnmail.nl', 'outlook.com', 'live.nl'] },
  sv: { m: ['Erik', 'Johan', 'Anders', 'Mikael', 'Henrik', 'Oskar', 'Fredrik', 'Niklas'], f: ['Anna', 'Karin', 'Sara', 'Maria', 'Emma', 'Linnea', 'Johanna', 'Malin'],
    last: ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Lindqvist', 'Bergström', 'Holm', 'Sandberg'],
    mail: ['gmail.com', 'hotmail.com', 'telia.com', 'outlook.com'] },
  no: { m: ['Ole', 'Lars', 'Kristian', 'Håkon', 'Eirik', 'Magnus', 'Sindre', 'Arne'], f: ['Ingrid', 'Kari', 'Silje', 'Marte', 'Ida', 'Solveig', 'Hanne', 'Tone'],
    last: ['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Berg', 'Haugen', 'Solberg', 'Dahl', 'Hauge'],
    mail: ['gmail.com', 'online.no', 'hotmail.com', 'outlook.com', 'live.no'] },
  da: { m: ['Mads', 'Rasmus', 'Søren', 'Jesper', 'Anders', 'Morten', 'Kasper', 'Henrik'], f: ['Mette', 'Camilla', 'Louise', 'Pernille', 'Anne', 'Sofie', 'Tina', 'Helle'],
    last: ['Nielsen', 'Jensen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Madsen', 'Kjær', 'Østergaard'],
    mail: ['gmail.com', 'hotmail.com', 'outlook.dk'] },
  fi: { m: ['Mikko', 'Juho', 'Aleksi', 'Eetu', 'Ville', 'Joonas', 'Lauri', 'Niko'], f: ['Aino', 'Emilia', 'Venla', 'Iida', 'Sara', 'Ella', 'Veera', 'Noora'],
    last: ['Korhonen', 'Virtanen', 'Mäkinen', 'Nieminen', 'Mäkelä', 'Hämäläinen', 'Laine', 'Heikkinen', 'Koskinen', 'Järvinen', 'Lehtonen', 'Salminen'],
    mail: ['gmail.com', 'tuni.fi', 'hotmail.com', 'outlook.com', 'gmail.com'] },
}
const d3 = (r) => pad(v.int(r, 0, 999), 3)
const d2 = (r) => pad(v.int(r, 0, 99))
const MOB = {
  de: (r) => `01${v.pick(r, ['51', '52', '57', '60', '70', '71', '76'])} ${v.int(r, 1000000, 9999999)}`,
  ch: (r) => `+41 7${v.pick(r, ['6', '7', '8', '9'])} ${d3(r)} ${d2(r)} ${d2(r)}`,
  nl: (r) => `06${v.int(r, 10000000, 99999999)}`,
  sv: (r) => `07${v.pick(r, ['0', '2', '3', '6'])}-${d3(r)} ${d2(r)} ${d2(r)}`,
  no: (r) => `${v.pick(r, ['4', '9'])}${d2(r)} ${d2(r)} ${d3(r)}`,
  da: (r) => `+45 ${v.pick(r, ['20', '22', '26', '28', '30', '40', '42', '51', '60', '61'])} ${d2(r)} ${d2(r)} ${d2(r)}`,
  fi: (r) => `04${v.pick(r, ['0', '1', '4', '5'])} ${d3(r)} ${pad(v.int(r, 0, 9999), 4)}`,
}
const memo = new Map()
const who = (c, cc, salt = '') => {
  const k = `${cc}:${salt}:${c.id}:${c.first}:${c.last}`
  if (memo.has(k)) return memo.get(k)
  const r = seeded(c, `${cc}:${salt}`), d = NAMES[cc]
  const female = r() < 0.52
  const first = v.pick(r, female ? d.f : d.m)
  const l = v.pick(r, d.last)
  const [tv, last] = Array.isArray(l) ? l : ['', l]
  const lastFull = tv ? `${tv} ${last}` : last
  const mailName = `${asc(first, cc)}${v.pick(r, ['.', '', '_', '.'])}${asc(lastFull, cc)}${r() < 0.4 ? v.int(r, 1, 99) : ''}`
  const p = { female, first, tv, last, lastFull, full: `${first} ${lastFull}`, email: `${mailName}@${v.pick(r, d.mail)}`,
    mobile: MOB[cc](r), no: v.int(r, 1, 140), r1: r(), r2: r(), r3: r() }
  memo.set(k, p)
  return p
}
const pickBy = (xs, x) => xs[Math.floor(x * xs.length) % xs.length]
// a German IBAN with its real check digits, written in groups of four
const ibanDE = (blz, acct) => {
  const bban = `${blz}${pad(acct, 10)}`
  const mod = [...`${bban}131400`].reduce((m, ch) => (m * 10 + +ch) % 97, 0)
  return `DE${pad(98 - mod)}${bban}`.replace(/(.{4})/g, '$1 ').trim()
}

// ---------------------------------------------------------------- 1. wallee transactions (de-CH, E)
// a Winterthur bike-accessories web shop, CHF: [Artikel, Preis]
const WL_ITEMS = [['Veloschloss Abus Bordo 6500', 119.9], ['Velohelm Kask Mojito', 189], ['Velocomputer Garmin Edge 540', 349], ['Regenjacke Vaude Luminum', 229], ['Bidon 750 ml', 12.9], ['Veloschlauch 28" (2 Stk.)', 19.8], ['Rücklicht Lezyne Strip', 39.9]]
const CH_PLACES = [['Zürich', '8004', 'Badenerstrasse'], ['Winterthur', '8400', 'Marktgasse'], ['Bern', '3011', 'Kramgasse'], ['Basel', '4051', 'Steinenvorstadt'], ['Luzern', '6003', 'Pilatusstrasse'], ['St. Gallen', '9000', 'Multergasse'], ['Zug', '6300', 'Baarerstrasse'], ['Frauenfeld', '8500', 'Zürcherstrasse']]
const ch = (c) => who(c, 'ch')
const chAddr = (c, salt = '') => { const p = who(c, 'ch', salt), pl = pickBy(CH_PLACES, p.r1); return { city: pl[0], zip: pl[1], street: `${pl[2]} ${p.no}` } }
const wlShipTo = (c, o) => (n(o) % 6 === 0 ? chAddr(c, 'ship') : chAddr(c))
const wlItem = (o) => row(WL_ITEMS, n(o) % 7)
const wlQty = (o) => (wlItem(o)[1] < 40 ? o.qty : 1)
const wlTotal = (o) => { const s = wlItem(o)[1] * wlQty(o); return s + (s < 100 ? 9 : 0) }
const wlSt = (o) => row(['Erfüllt', 'Erfüllt', 'Erfüllt', 'Autorisiert', 'Fehlgeschlagen', 'Erfüllt', 'Storniert', 'Erfüllt'], n(o) % 8)
const wlPay = (o) => row([['TWINT', 'TWINT'], ['Kreditkarte / Debitkarte', 'Visa'], ['Kreditkarte / Debitkarte', 'Mastercard'], ['PostFinance Pay', 'PostFinance Card'], ['TWINT', 'TWINT'], ['Rechnung', 'powerpay'], ['Apple Pay', 'Visa']], n(o) % 7)
const wlCard = (o) => (wlPay(o)[1] === 'Visa' ? `414720******${pad((n(o) * 37) % 10000, 4)}` : wlPay(o)[1] === 'Mastercard' ? `522371******${pad((n(o) * 53) % 10000, 4)}` : '')
const wlRefund = (o) => (wlSt(o) === 'Erfüllt' && n(o) % 5 === 0 ? wlItem(o)[1] : 0)
const wlOk = (o) => !['Fehlgeschlagen'].includes(wlSt(o))
const chT = (ms) => { const p = cet(ms); return `${dmy(p)} ${hms(p)}` }
const wlAt = (o) => open(o.at, 1, 7, 16)

// ---------------------------------------------------------------- 2. seekda bookings (de-AT, E)
// a four-star hotel in Seefeld in Tirol: [Zimmerkategorie, Preis pro Nacht]
const SK_ROOMS = [['Doppelzimmer Alpenblick', 189], ['Einzelzimmer Classic', 119], ['Junior Suite Karwendel', 279], ['Familienzimmer (2+2)', 319], ['Doppelzimmer Komfort', 209]]
const SK_RATES = ['Halbpension flexibel', 'Frühstück Frühbucher (nicht stornierbar)', 'Wellness-Package 3=2', 'Halbpension flexibel', 'Frühstück flexibel']
// guests' home towns: [Ort, PLZ, Straße, Land, Vorwahl]
const SK_PLACES = [['München', '80331', 'Sendlinger Straße', 'Deutschland', '+49 151'], ['Wien', '1070', 'Neubaugasse', 'Österreich', '+43 664'], ['Innsbruck', '6020', 'Maria-Theresien-Straße', 'Österreich', '+43 676'], ['Stuttgart', '70173', 'Königstraße', 'Deutschland', '+49 172'], ['Zürich', '8004', 'Badenerstrasse', 'Schweiz', '+41 79'], ['Linz', '4020', 'Landstraße', 'Österreich', '+43 660'], ['Augsburg', '86150', 'Maximilianstraße', 'Deutschland', '+49 160'], ['Salzburg', '5020', 'Linzer Gasse', 'Österreich', '+43 699'], ['Rosenheim', '83022', 'Münchener Straße', 'Deutschland', '+49 176']]
const sk = (c) => who(c, 'de')
const skPlace = (c) => pickBy(SK_PLACES, sk(c).r2)
const skRoom = (o) => row(SK_ROOMS, n(o) % 5)
const skRate = (o) => row(SK_RATES, n(o) % 5)
const skNights = (o) => (n(o) % 5) + 2
const skRooms = (o) => (n(o) % 11 === 0 ? 2 : 1)
const skArr = (o) => o.at + ((n(o) % 90) + 5) * day
const skAdults = (o) => (skRoom(o)[0].startsWith('Einzel') ? 1 : 2 * skRooms(o))
const skKids = (o) => (skRoom(o)[0].startsWith('Familien') ? 2 : 0)
const skTotal = (o) => skRoom(o)[1] * skNights(o) * skRooms(o) * (skRate(o).includes('3=2') ? 2 / 3 : 1)
const skTax = (o) => skAdults(o) * skNights(o) * 3
const skNonRef = (o) => skRate(o).includes('nicht stornierbar')
const skSt = (o) => (skNonRef(o) ? 'bestätigt' : row(['bestätigt', 'bestätigt', 'storniert', 'bestätigt', 'geändert', 'bestätigt'], n(o) % 6))
const skChan = (o) => row(['Website (seekda Kiosk)', 'Website (seekda Kiosk)', 'Google Hotel Ads', 'trivago', 'Website (seekda Kiosk)', 'Gutschein-Shop'], n(o) % 6)
const atT = (ms) => { const p = cet(ms); return `${dmy(p)} ${hm(p)}` }

// ---------------------------------------------------------------- 3. Znuny ticket search CSV (de-DE, E)
// a Nuremberg IT service company's help desk: [Kundennummer, Kunde, Domain]
const ZN_CUST = [['K10234', 'Stadtwerke Fürth', 'stadtwerke-fuerth.de'], ['K10388', 'Autohaus Brandl GmbH', 'autohaus-brandl.de'], ['K10412', 'Kanzlei Hofmann & Partner', 'hofmann-partner.de'], ['K10577', 'Bäckerei Schuster GmbH', 'baeckerei-schuster.de'], ['K10602', 'Praxis Dr. Lang', 'praxis-lang.de'], ['K10719', 'Gemeinde Schwaig', 'schwaig.de']]
const ZN_AGENTS = [['mbauer', 'Martin', 'Bauer'], ['skrause', 'Stefanie', 'Krause'], ['tnguyen', 'Tuan', 'Nguyen'], ['jwolf', 'Jonas', 'Wolf']]
// [Queue, Typ, Service, Betreff]
const ZN_TOPICS = [['Support::Hardware', 'Störung', 'Arbeitsplatz::Drucker', 'Drucker im 2. OG druckt nur leere Seiten'], ['Support::Microsoft 365', 'Serviceanfrage', 'Microsoft 365::Postfach', 'Neues Postfach für Auszubildende anlegen'], ['Support::Netzwerk', 'Störung', 'Netzwerk::VPN', 'VPN-Verbindung bricht im Homeoffice ab'], ['Support::Hardware', 'Serviceanfrage', 'Arbeitsplatz::Notebook', 'Bestellung 2 Notebooks inkl. Dockingstation'], ['Support::Netzwerk', 'Störung', 'Netzwerk::WLAN', 'WLAN im Besprechungsraum sehr langsam'], ['Vertrieb', 'Serviceanfrage', 'Vertrag::Wartung', 'Angebot Verlängerung Wartungsvertrag'], ['Support::Microsoft 365', 'Störung', 'Microsoft 365::Teams', 'Teams-Besprechungen ohne Ton']]
const znCust = (c) => row(ZN_CUST, n(c) >> 1)
const znTopic = (o) => row(ZN_TOPICS, n(o) % 7)
const znAgent = (o) => row(ZN_AGENTS, n(o) % 4)
const znSt = (o) => row(['erfolgreich geschlossen', 'offen', 'erfolgreich geschlossen', 'neu', 'warten zur Erinnerung', 'erfolgreich geschlossen', 'erfolglos geschlossen', 'erfolgreich geschlossen'], n(o) % 8)
const znClosed = (o) => znSt(o).includes('geschlossen')
const znAt = (o) => open(o.at, 1, 7, 11)
const znFirstResp = (o) => (znSt(o) === 'neu' ? 0 : 8 + (n(o) * 13) % 170)
const znSolve = (o) => (znClosed(o) ? 45 + (n(o) * 97) % 4200 : 0)
const znNow = (o) => znAt(o) + (znClosed(o) ? znSolve(o) : 1500 + (n(o) % 40) * 60) * 60000
const znPrio = (o) => row(['3 normal', '3 normal', '4 hoch', '2 niedrig', '3 normal', '5 sehr hoch'], n(o) % 6)
const zn = (c) => who(c, 'de')
const znMail = (c) => `${asc(zn(c).first, 'de')[0]}.${asc(zn(c).lastFull, 'de')}@${znCust(c)[2]}`
const deIso = (ms) => { const p = cet(ms); return `${ymd(p)} ${hms(p)}` }
const age = (min) => (min >= 1440 ? `${Math.floor(min / 1440)} d ${Math.floor(min / 60) % 24} h` : `${Math.floor(min / 60)} h ${min % 60} m`)

// ---------------------------------------------------------------- 4. Hoppenstedt company contacts (de-DE, B)
// [Hoppenstedt-Nr., Firma, Rechtsform, Straße, PLZ, Ort, Bundesland, Telefon, Telefax, E-Mail, Internet, WZ 2008, WZ-Text, Beschäftigte, Umsatz (Mio. EUR), Handelsregister, Gründung]
const HP_FIRMS = [
  ['40287113', 'Kessler Antriebstechnik GmbH', 'GmbH', 'Industriestraße 14', '73037', 'Göppingen', 'Baden-Württemberg', '+49 7161 96580-0', '+49 7161 96580-99', 'info@kessler-antriebe.de', 'www.kessler-antriebe.de', '28.15', 'Herstellung von Lagern, Getrieben, Zahnrädern und Antriebselementen', '250-499', '50-100', 'HRB 530118, Amtsgericht Ulm', '1962'],
  ['40311940', 'Brenner Lebensmitteltechnik GmbH & Co. KG', 'GmbH & Co. KG', 'Am Alten Hafen 3', '97080', 'Würzburg', 'Bayern', '+49 931 40728-0', '+49 931 40728-20', 'kontakt@brenner-lt.de', 'www.brenner-lt.de', '28.93', 'Herstellung von Maschinen für die Nahrungs- und Genussmittelerzeugung und die Tabakverarbeitung', '100-249', '20-50', 'HRA 4417, Amtsgericht Würzburg', '1985'],
  ['40098472', 'Sauter Logistik AG', 'AG', 'Hafenbahnstraße 22', '70329', 'Stuttgart', 'Baden-Württemberg', '+49 711 32098-0', '+49 711 32098-111', 'info@sauter-logistik.de', 'www.sauter-logistik.de', '52.29', 'Erbringung von sonstigen Dienstleistungen für den Verkehr', '500-999', '100-250', 'HRB 20417, Amtsgericht Stuttgart', '1921'],
  ['40455209', 'Hahn Kunststofftechnik GmbH', 'GmbH', 'Robert-Bosch-Straße 9', '86899', 'Landsberg am Lech', 'Bayern', '+49 8191 9270-0', '+49 8191 9270-50', 'info@hahn-kunststoff.de', 'www.hahn-kunststoff.de', '22.29', 'Herstellung von sonstigen Kunststoffwaren', '50-99', '10-20', 'HRB 112058, Amtsgericht Augsburg', '1994'],
  ['40172365', 'Rieger Elektroanlagen GmbH', 'GmbH', 'Daimlerstraße 41', '89079', 'Ulm', 'Baden-Württemberg', '+49 731 94602-0', '+49 731 94602-29', 'info@rieger-elektro.de', 'www.rieger-elektro.de', '43.21', 'Elektroinstallation', '100-249', '20-50', 'HRB 721540, Amtsgericht Ulm', '1978'],
  ['40390081', 'Wendt Medizintechnik GmbH', 'GmbH', 'Zeppelinstraße 5', '78532', 'Tuttlingen', 'Baden-Württemberg', '+49 7461 9650-0', '+49 7461 9650-90', 'info@wendt-medical.de', 'www.wendt-medical.de', '32.50', 'Herstellung von medizinischen und zahnmedizinischen Apparaten und Materialien', '100-249', '20-50', 'HRB 460822, Amtsgericht Stuttgart', '2003'],
]
// [Funktion (m), Funktion (w), Funktionsbereich, Ebene, Durchwahl]
const HP_ROLES = [['Geschäftsführer', 'Geschäftsführerin', 'Geschäftsführung', '1. Führungsebene', '100'], ['Leiter Einkauf', 'Leiterin Einkauf', 'Einkauf/Beschaffung', '2. Führungsebene', '210'], ['Kaufmännischer Leiter', 'Kaufmännische Leiterin', 'Finanzen/Controlling', '2. Führungsebene', '300'], ['IT-Leiter', 'IT-Leiterin', 'IT/EDV', '2. Führungsebene', '450'], ['Personalleiter', 'Personalleiterin', 'Personal', '2. Führungsebene', '320'], ['Vertriebsleiter', 'Vertriebsleiterin', 'Vertrieb', '2. Führungsebene', '500'], ['Technischer Leiter', 'Technische Leiterin', 'Technik/Produktion', '2. Führungsebene', '600']]
const hpFirm = (c) => row(HP_FIRMS, n(c) >> 1)
const hpRole = (c) => row(HP_ROLES, n(c) % 7)
const hp = (c) => who(c, 'de')
const hpDoctor = (c) => n(c) % 7 === 0 || (n(c) % 5 === 0 && hpRole(c)[2] === 'Geschäftsführung')

// ---------------------------------------------------------------- 5. Vereinsplaner members (de-DE, P)
// a Freiburg sports club (Turnverein Freiburg-Zähringen 1895 e.V.): [Ort, PLZ, Straße]
const VP_PLACES = [['Freiburg im Breisgau', '79108', 'Zähringer Straße'], ['Freiburg im Breisgau', '79104', 'Habsburgerstraße'], ['Freiburg im Breisgau', '79106', 'Hugstetter Straße'], ['Gundelfingen', '79194', 'Alte Bundesstraße'], ['Denzlingen', '79211', 'Hauptstraße'], ['Freiburg im Breisgau', '79110', 'Sundgauallee'], ['Freiburg im Breisgau', '79100', 'Merzhauser Straße'], ['Glottertal', '79286', 'Talstraße']]
const VP_GROUPS = ['Turnen', 'Volleyball', 'Leichtathletik', 'Fitness & Gesundheit', 'Volleyball, Fitness & Gesundheit', 'Turnen, Leichtathletik', 'Wandern']
const VP_BANKS = [['68050101', 'FRSPDE66XXX'], ['68090000', 'GENODE61FR1'], ['68020186', 'HYVEDEMM419'], ['43060967', 'GENODEM1GLS']]
const vp = (c) => who(c, 'de')
const vpPlace = (c) => pickBy(VP_PLACES, vp(c).r1)
const vpOut = (c) => n(c) % 9 === 4
const vpGroup = (c) => row(VP_GROUPS, n(c) % 7)
const vpFee = (c) => (v.parts(c.birth).y >= 1999 ? ['Jugend/Studierende', 60] : n(c) % 6 === 0 ? ['Familie', 180] : n(c) % 11 === 0 ? ['Passiv', 30] : ['Erwachsene', 96])
const vpBank = (c) => pickBy(VP_BANKS, vp(c).r2)
const vpSepa = (c) => n(c) % 8 !== 3
const vpJoin = (c) => Math.min(c.created, c.updated) - (n(c) % 14) * 365 * day

// ---------------------------------------------------------------- 6. Copernica profiles (nl, P)
// a Dutch garden web shop's database: [Plaats, Postcode, Straat]
const NL_PLACES = [['Utrecht', '3512 JC', 'Oudegracht'], ['Amersfoort', '3811 HS', 'Langestraat'], ['Amsterdam', '1017 CE', 'Leidsestraat'], ['Rotterdam', '3011 AD', 'Hoogstraat'], ['Den Haag', '2511 CV', 'Spuistraat'], ['Haarlem', '2011 HN', 'Grote Houtstraat'], ['Zwolle', '8011 NM', 'Diezerstraat'], ['Houten', '3995 DA', 'Het Rond'], ['Zeist', '3701 AJ', 'Slotlaan']]
const nl = (c) => who(c, 'nl')
const nlPlace = (c) => pickBy(NL_PLACES, nl(c).r1)
const cpOrders = (c) => (n(c) % 9)
const cpSpend = (c) => (cpOrders(c) ? cpOrders(c) * (38 + (n(c) * 7) % 90) + 0.95 : 0)
const cpNews = (c) => n(c) % 5 !== 2
const cpSrc = (c) => (cpOrders(c) ? row(['Webshop checkout', 'Webshop checkout', 'Webshop account', 'Nieuwsbrief aanmelding'], n(c) % 4) : row(['Nieuwsbrief aanmelding', 'Winactie Tuinbeurs', 'Facebook Lead Ad'], n(c) % 3))
const nlDT = (ms) => { const p = cet(ms); return `${ymd(p)} ${hms(p)}` }

// ---------------------------------------------------------------- 7. Skinadmin appointments (nl, E)
// an Utrecht skin clinic: [Behandeling, Categorie, Duur (min), Prijs, Apparaat]
const SA_TREAT = [['Botox voorhoofd', 'Injectables', 30, 275, ''], ['Filler lippen (1 ml)', 'Injectables', 45, 395, ''], ['Laserontharing oksels', 'Laser', 20, 89, 'Candela GentleMax Pro'], ['Chemische peeling', 'Huidverbetering', 45, 145, ''], ['Intakeconsult', 'Consult', 30, 0, ''], ['IPL pigmentbehandeling', 'Laser', 30, 179, 'Lumenis M22'], ['Microneedling gelaat', 'Huidverbetering', 60, 225, 'Dermapen 4']]
const SA_STAFF = ['Dr. M. van Leeuwen', 'Esther (huidtherapeut)', 'Nina (huidtherapeut)', 'Dr. M. van Leeuwen', 'Kim (huidtherapeut)']
const saTreat = (o) => row(SA_TREAT, n(o) % 7)
const saStart = (o) => quarter(open(o.at, 1, 8, 10))
const saSt = (o) => row(['Afgerond', 'Afgerond', 'Gepland', 'Bevestigd', 'No-show', 'Geannuleerd', 'Afgerond', 'Afgerond'], n(o) % 8)
const saVia = (o) => row(['Online cliëntenportaal', 'Telefonisch', 'Balie', 'Online cliëntenportaal', 'Telefonisch'], n(o) % 5)
const saMade = (o) => (saVia(o) === 'Online cliëntenportaal' ? saStart(o) - ((n(o) % 40) + 1) * day - (n(o) % 13) * 3600000 : quarter(open(saStart(o) - ((n(o) % 40) + 1) * day, 1, 8, 10)) + (n(o) % 11) * 60000)
const saStaff = (o) => (saTreat(o)[1] === 'Injectables' ? 'Dr. M. van Leeuwen' : row(SA_STAFF, n(o) % 5))

// ---------------------------------------------------------------- 8. Mopinion feedback (nl, E)
// an energy supplier's website and customer portal: [URL, Formulier, Onderwerp]
const MO_PAGES = [['https://www.voltanet.nl/stroom-en-gas/tarieven', 'Paginafeedback website', 'Tarieven'], ['https://mijn.voltanet.nl/termijnbedrag', 'Feedback Mijn Voltanet', 'Termijnbedrag'], ['https://www.voltanet.nl/verhuizen', 'Paginafeedback website', 'Verhuizen'], ['https://mijn.voltanet.nl/jaarnota', 'Feedback Mijn Voltanet', 'Jaarnota'], ['https://www.voltanet.nl/klantenservice/contact', 'Paginafeedback website', 'Contact'], ['https://www.voltanet.nl/zonnepanelen/terugleveren', 'Exit-survey', 'Terugleveren']]
const MO_REF = ['https://www.google.com/', '', 'https://www.voltanet.nl/', 'https://mijn.voltanet.nl/', 'https://www.bing.com/', 'https://www.energievergelijk.nl/']
const MO_CITY = [['Utrecht', 'NL'], ['Amsterdam', 'NL'], ['Rotterdam', 'NL'], ['Eindhoven', 'NL'], ['Groningen', 'NL'], ['Antwerpen', 'BE'], ['Nijmegen', 'NL']]
const MO_TEXT = ['Duidelijk uitgelegd, dank!', 'Kan mijn termijnbedrag niet verlagen, knop doet niets', '', 'Graag een overzicht per maand in plaats van per jaar', 'Ik kon niet vinden hoe ik mijn verhuizing doorgeef', '', 'Chat was snel en vriendelijk', 'Terugleververgoeding is onduidelijk']
const moPage = (o) => row(MO_PAGES, n(o) % 6)
const moDev = (o) => row([['desktop', 'Chrome', '124.0', 'Windows 10', '1920x1080'], ['mobile', 'Safari', '17.4', 'iOS 17.4', '390x844'], ['desktop', 'Edge', '123.0', 'Windows 11', '1536x864'], ['mobile', 'Chrome', '124.0', 'Android 14', '412x915'], ['tablet', 'Safari', '17.3', 'iPadOS 17.3', '820x1180'], ['desktop', 'Firefox', '125.0', 'macOS 14.4', '1440x900']], n(o) % 6)
const moScore = (o) => 1 + ((n(o) * 7) % 10)
const moText = (o) => row(MO_TEXT, n(o) % 8)
const moLoggedIn = (o) => moPage(o)[0].includes('mijn.')
const moContact = (o) => n(o) % 3 === 0

// ---------------------------------------------------------------- 9. Lime CRM persons (sv, B)
// a Malmö IT consultancy's customers: [Kundnummer, Företag, Postadress, Postnummer, Ort, Växel, Webb]
const LM_FIRMS = [['10231', 'Öresund Logistik AB', 'Box 4021', '203 11', 'Malmö', '040-680 20 00', 'oresundlogistik.se'], ['10245', 'Skånska Byggvaror AB', 'Industrigatan 12', '212 14', 'Malmö', '040-93 45 00', 'skanskabyggvaror.se'], ['10302', 'Lunds kommun', 'Byggmästaregatan 5', '222 37', 'Lund', '046-359 50 00', 'lund.se'], ['10318', 'Helsingborgs Hamn AB', 'Box 864', '251 08', 'Helsingborg', '042-490 41 00', 'helsingborgshamn.se'], ['10377', 'Nordic Fiskexport AB', 'Fiskhamnsgatan 8', '414 58', 'Göteborg', '031-704 12 00', 'nordicfiskexport.se'], ['10411', 'Trelleborgs Mekaniska AB', 'Verkstadsgatan 3', '231 42', 'Trelleborg', '0410-455 00', 'tmab.se']]
const LM_ROLES = [['VD', 'Ledning', 'Beslutsfattare'], ['Inköpschef', 'Inköp', 'Beslutsfattare'], ['IT-chef', 'IT', 'Beslutsfattare'], ['Ekonomichef', 'Ekonomi', 'Påverkare'], ['Driftansvarig', 'IT-drift', 'Användare'], ['Projektledare', 'Projekt', 'Påverkare'], ['Systemförvaltare', 'IT', 'Användare']]
const lmFirm = (c) => row(LM_FIRMS, n(c) >> 1)
const lmRole = (c) => row(LM_ROLES, n(c) % 7)
const sv = (c) => who(c, 'sv')
const lmMail = (c) => `${asc(sv(c).first, 'sv')}.${asc(sv(c).last, 'sv')}@${lmFirm(c)[6]}`
const lmDirect = (c) => `${lmFirm(c)[5].split('-')[0]}-${v.int(seeded(c, 'lm'), 10, 99)} ${d2(seeded(c, 'lm2'))} ${d2(seeded(c, 'lm3'))}`
const svT = (ms) => { const p = cet(open(ms, 1, 8, 10)); return `${ymd(p)} ${hm(p)}` }

// ---------------------------------------------------------------- 10. HyperSys member list (no, P)
// a Bergen choir, member of a national choir federation: [Poststed, Postnummer, Gate]
const HS_PLACES = [['Bergen', '5003', 'Strandgaten'], ['Bergen', '5015', 'Vestre Torggaten'], ['Bergen', '5055', 'Fjøsangerveien'], ['Nesttun', '5221', 'Nesttunbrekka'], ['Fyllingsdalen', '5147', 'Folke Bernadottes vei'], ['Laksevåg', '5160', 'Damsgårdsveien'], ['Åsane', '5116', 'Åsamyrane'], ['Bergen', '5006', 'Nygårdsgaten']]
const HS_VOICE = ['Sopran 1', 'Sopran 2', 'Alt 1', 'Alt 2', 'Tenor 1', 'Tenor 2', 'Bass 1', 'Bass 2']
const no = (c) => who(c, 'no')
const hsPlace = (c) => pickBy(HS_PLACES, no(c).r1)
const hsType = (c) => (v.parts(c.birth).y >= 1999 ? ['Student', 400] : n(c) % 10 === 0 ? ['Støttemedlem', 200] : ['Ordinært medlem', 650])
const hsPaid = (c) => n(c) % 6 !== 1
const hsVoice = (c) => (hsType(c)[0] === 'Støttemedlem' ? '' : row(HS_VOICE, (no(c).female ? 0 : 4) + (n(c) % 4)))
const hsVerv = (c) => row(['', '', 'Styreleder', '', 'Kasserer', '', '', 'Stemmegruppeleder', '', 'Notearkivar', '', ''], n(c) % 12)
const noDate = (ms) => dmy(cet(ms))

// ---------------------------------------------------------------- 11. Lasso X decision makers (da, B)
// [CVR, Virksomhed, Virksomhedsform, Adresse, Postnr., By, Kommune, Region, Telefon, E-mail, Hjemmeside, Branchekode, Branche, Ansatte, Stiftet]
const LX_FIRMS = [
  ['38472910', 'Aarhus Ventilation ApS', 'Anpartsselskab', 'Søren Frichs Vej 40', '8230', 'Åbyhøj', 'Aarhus', 'Region Midtjylland', '+45 86 15 42 00', 'info@aarhusventilation.dk', 'www.aarhusventilation.dk', '432200', 'VVS- og blikkenslagerforretninger', '20-49', '12.03.2014'],
  ['29184737', 'Nordjysk Fødevare Engros A/S', 'Aktieselskab', 'Hjulmagervej 8', '9000', 'Aalborg', 'Aalborg', 'Region Nordjylland', '+45 98 12 77 00', 'salg@nfe.dk', 'www.nfe.dk', '463900', 'Ikke-specialiseret engroshandel med føde-, drikke- og tobaksvarer', '50-99', '01.02.2006'],
  ['35811246', 'Kbh Digital Bureau ApS', 'Anpartsselskab', 'Vesterbrogade 74', '1620', 'København V', 'København', 'Region Hovedstaden', '+45 33 22 10 10', 'hej@kbhdigital.dk', 'www.kbhdigital.dk', '731110', 'Reklamebureauer', '10-19', '15.05.2017'],
  ['21653288', 'Vejle Maskinfabrik A/S', 'Aktieselskab', 'Vestre Engvej 17', '7100', 'Vejle', 'Vejle', 'Region Syddanmark', '+45 75 82 11 44', 'info@vejlemaskin.dk', 'www.vejlemaskin.dk', '282900', 'Fremstilling af andre maskiner til generelle formål', '100-199', '08.09.1971'],
  ['40129875', 'GreenBox Emballage ApS', 'Anpartsselskab', 'Industrivej 21', '4000', 'Roskilde', 'Roskilde', 'Region Sjælland', '+45 46 35 80 90', 'kontakt@greenbox.dk', 'www.greenbox.dk', '172100', 'Fremstilling af bølgepap og -papir samt emballage af papir og pap', '20-49', '03.01.2019'],
  ['25310177', 'Odense Rengøringsservice A/S', 'Aktieselskab', 'Middelfartvej 77', '5200', 'Odense V', 'Odense', 'Region Syddanmark', '+45 66 12 34 50', 'info@ors.dk', 'www.ors.dk', '812100', 'Almindelig rengøring i bygninger', '200-499', '22.06.2000'],
]
const LX_ROLES = [['Administrerende direktør', 'Direktion'], ['Økonomichef', ''], ['Salgschef', ''], ['IT-ansvarlig', ''], ['Indkøbschef', ''], ['HR-chef', ''], ['Driftschef', ''], ['Bestyrelsesformand', 'Bestyrelse']]
const lxFirm = (c) => row(LX_FIRMS, n(c) >> 1)
const lxRole = (c) => row(LX_ROLES, n(c) % 8)
const da = (c) => who(c, 'da')
const lxMail = (c) => (n(c) % 6 === 5 ? '' : `${asc(da(c).first, 'da')}${n(c) % 2 ? '.' + asc(da(c).last, 'da') : ''}@${lxFirm(c)[10].replace('www.', '')}`)
const lxDirect = (c) => (n(c) % 3 === 0 ? '' : lxFirm(c)[8].replace(/\d\d$/, pad(10 + (n(c) % 89))))

// ---------------------------------------------------------------- 12. Kide.app ticket buyers (fi, E)
// a Tampere student association's Wappu sitsit: [Lipputyyppi, Hinta]
const KD_TYPES = [['Jäsenlippu', 12], ['Ei-jäsen', 18], ['Jäsenlippu + alkoholiton juomapaketti', 16.5], ['Ei-jäsen + juomapaketti', 24], ['Tukilippu', 30]]
const KD_SCHOOL = ['Tampereen yliopisto', 'Tampereen yliopisto', 'Tampereen ammattikorkeakoulu', 'Tampereen yliopisto', 'Jyväskylän yliopisto']
const KD_DIET = ['', '', 'Laktoositon', 'Vegaaninen', '', 'Gluteeniton', 'Kasvis', '']
const kdType = (o) => row(KD_TYPES, n(o) % 5)
const kdMember = (o) => kdType(o)[0].startsWith('Jäsen')
const kdFee = (o) => 0.95
const kdDisc = (o) => (n(o) % 9 === 0 && !kdMember(o) ? 3 : 0)
const kdAt = (o) => Date.UTC(2025, 2, 24, 8) + (n(o) % 30) * day + ((n(o) * 7919) % 50400) * 1000
const kdSt = (o) => row(['Voimassa', 'Voimassa', 'Käytetty', 'Voimassa', 'Palautettu', 'Käytetty', 'Siirretty'], n(o) % 7)
const fi = (c) => who(c, 'fi')
const fiT = (ms) => { const p = eet(ms); return `${p.d}.${p.m}.${p.y} ${p.H}.${pad(p.M)}` }
const kdPay = (o) => row(['Nordea', 'OP', 'MobilePay', 'Visa', 'S-Pankki', 'Apple Pay', 'Mastercard'], n(o) % 7)

export const SETS = [
  // ---------------------------------------------------------------- Switzerland: payment provider transactions
  { name: 'wallee-transaktionen-export-ch', product: 'wallee (Portal: Zahlung > Transaktionen > Exportieren (CSV), one row per payment transaction, Swiss German UI, a Winterthur bike-accessories web shop, Europe/Zurich, CHF)', family: 'payments', language: 'de', schema: E, cols: [
    ['ID', (c, o) => String(148200000 + n(o) * 17), ['_id', OR('payments[0].transactionID')]],
    ['Erstellt am', (c, o) => chT(wlAt(o)), ['timestamp']],
    ['Status', (c, o) => wlSt(o), []],
    ['Händlerreferenz', (c, o) => `VS-${100000 + n(o)}`, [OR('purchaseID')]],
    ['Betrag', (c, o) => dec(wlTotal(o), '.'), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Währung', () => 'CHF', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Autorisierter Betrag', (c, o) => dec(wlOk(o) ? wlTotal(o) : 0, '.'), [OR('payments[0].paymentAmount')], opt],
    ['Erstatteter Betrag', (c, o) => dec(wlRefund(o), '.'), [OR('refundTotal'), OR('refunds[0].refundAmount')]],
    ['Zahlungsmethode', (c, o) => wlPay(o)[0], [OR('payments[0].paymentType')]],
    ['Zahlungsmethoden-Marke', (c, o) => wlPay(o)[1], [OR('payments[0].paymentType')], opt],
    ['Kartennummer', (c, o) => wlCard(o), []],
    ['Kunden-ID', (c) => (n(c) % 5 === 0 ? '' : String(20000 + (n(c) % 9000))), CUST_ID],
    ['Kunden-E-Mail-Adresse', (c) => ch(c).email, EMAIL_ID],
    ['Rechnungsadresse Vorname', (c) => ch(c).first, []],
    ['Rechnungsadresse Nachname', (c) => ch(c).last, []],
    ['Rechnungsadresse Strasse', (c) => chAddr(c).street, [BILL('street1')]],
    ['Rechnungsadresse PLZ', (c) => chAddr(c).zip, [BILL('postalCode')]],
    ['Rechnungsadresse Ort', (c) => chAddr(c).city, [BILL('city')]],
    ['Rechnungsadresse Land', () => 'CH', [BILL('countryCode')]],
    ['Rechnungsadresse Telefon', (c) => (n(c) % 4 === 1 ? '' : ch(c).mobile), PHONE_ID, opt],
    ['Lieferadresse Strasse', (c, o) => wlShipTo(c, o).street, [SHIP('street1')]],
    ['Lieferadresse PLZ', (c, o) => wlShipTo(c, o).zip, [SHIP('postalCode')]],
    ['Lieferadresse Ort', (c, o) => wlShipTo(c, o).city, [SHIP('city')]],
    ['Lieferadresse Land', () => 'CH', [SHIP('countryCode')]],
    ['Sprache', (c, o) => (n(o) % 9 === 0 ? 'fr-CH' : 'de-CH'), ['environment.browserDetails.acceptLanguage', 'environment._dc.language'], opt],
    ['Client-IP-Adresse', (c, o) => v.ip4(v.rng(n(o))), ['environment.ipV4']],
    ['Autorisiert am', (c, o) => (wlOk(o) ? chT(wlAt(o) + 9000) : ''), []],
    ['Abgeschlossen am', (c, o) => (wlSt(o) === 'Erfüllt' ? chT(wlAt(o) + (20 + n(o) % 40) * 3600000) : ''), []],
    ['Fehlermeldung', (c, o) => (wlOk(o) ? '' : row(['Die Karte wurde vom Aussteller abgelehnt.', 'Die Zahlung wurde vom Kunden abgebrochen.', '3-D Secure Authentifizierung fehlgeschlagen.'], n(o) % 3)), []],
  ] },
  // ---------------------------------------------------------------- Austria: hotel booking engine reservations
  { name: 'seekda-buchungen-export-at', product: 'seekda (seekda Kiosk / Client Area: Buchungen > Buchungsliste > Export (Excel), one row per booking, Austrian German UI, a four-star hotel in Seefeld in Tirol, Europe/Vienna, EUR)', family: 'hospitality', language: 'de', schema: E, cols: [
    ['Buchungsnummer', (c, o) => `SKD-${pad(n(o) % 97, 2)}${String(n(o) * 41).padStart(7, '0')}`, ['_id', OR('purchaseID')]],
    ['Buchungsdatum', (c, o) => atT(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o) => skSt(o), []],
    ['Kanal', (c, o) => skChan(o), [], opt],
    ['Anreise', (c, o) => dmy(cet(skArr(o))), []],
    ['Abreise', (c, o) => dmy(cet(skArr(o) + skNights(o) * day)), []],
    ['Nächte', (c, o) => String(skNights(o)), []],
    ['Zimmerkategorie', (c, o) => skRoom(o)[0], [PL('name')], opt],
    ['Rate', (c, o) => skRate(o), [], opt],
    ['Zimmer', (c, o) => String(skRooms(o)), [PL('quantity')], opt],
    ['Erwachsene', (c, o) => String(skAdults(o)), []],
    ['Kinder', (c, o) => String(skKids(o)), []],
    ['Anrede', (c) => (sk(c).female ? 'Frau' : 'Herr'), []],
    ['Vorname', (c) => sk(c).first, []],
    ['Nachname', (c) => sk(c).last, []],
    ['E-Mail', (c) => sk(c).email, EMAIL_ID],
    ['Telefon', (c) => `${skPlace(c)[4]} ${v.int(seeded(c, 'sk'), 1000000, 9999999)}`, PHONE_ID, opt],
    ['Straße', (c) => `${skPlace(c)[2]} ${sk(c).no}`, [BILL('street1')], opt],
    ['PLZ', (c) => skPlace(c)[1], [BILL('postalCode')], opt],
    ['Ort', (c) => skPlace(c)[0], [BILL('city')], opt],
    ['Land', (c) => skPlace(c)[3], [BILL('country')], opt],
    ['Sprache', (c) => (skPlace(c)[3] === 'Schweiz' && n(c) % 2 ? 'en' : 'de'), [], opt],
    ['Gesamtpreis', (c, o) => thou(skTotal(o)), [OR('priceTotal')]],
    ['Währung', () => 'EUR', [OR('currencyCode')]],
    ['Ortstaxe', (c, o) => thou(skTax(o)), [OR('taxAmount')], opt],
    ['Anzahlung', (c, o) => thou(skNonRef(o) ? skTotal(o) : skSt(o) === 'storniert' ? 0 : Math.round(skTotal(o) * 0.3)), [OR('payments[0].paymentAmount')], opt],
    ['Zahlungsart', (c, o) => (skNonRef(o) ? 'Kreditkarte (Vorauszahlung)' : skChan(o) === 'Gutschein-Shop' ? 'Gutschein' : row(['Kreditkarte (Garantie)', 'Kreditkarte (Garantie)', 'Überweisung (Anzahlung)'], n(o) % 3)), [OR('payments[0].paymentType')]],
    ['Gutscheincode', (c, o) => (skChan(o) === 'Gutschein-Shop' ? `GS-${(n(o) * 31) % 90000 + 10000}` : o.discount ? 'WINTER10' : ''), ['commerce.promotionID']],
    ['Stornodatum', (c, o) => (skSt(o) === 'storniert' ? atT(o.at + ((n(o) % 20) + 1) * day) : ''), [OR('cancelDate')]],
    ['Anmerkungen des Gastes', (c, o) => row(['', 'Anreise erst gegen 21 Uhr', '', 'Wir feiern unseren Hochzeitstag', 'Bitte Babybett ins Zimmer', 'Glutenfreies Frühstück erbeten', ''], n(o) % 7), []],
  ] },
  // ---------------------------------------------------------------- Germany: help desk ticket search CSV
  { name: 'znuny-ticketsuche-export-de', product: 'Znuny (Agentenoberfläche: Tickets > Suche > Ausgabe als CSV, one row per ticket, German UI with the default CSV columns of the ticket search, a Nuremberg IT service company\'s help desk for SMB and municipal customers, Europe/Berlin)', family: 'support', language: 'de', schema: E, cols: [
    ['Ticketnummer', (c, o) => { const p = cet(znAt(o)); return `${p.y}${pad(p.m)}${pad(p.d)}10${pad(n(o) % 1000000, 6)}` }, ['_id']],
    ['Alter', (c, o) => age(Math.round((znNow(o) - znAt(o)) / 60000)), []],
    ['Erstellt', (c, o) => deIso(znAt(o)), ['timestamp']],
    ['Geschlossen', (c, o) => (znClosed(o) ? deIso(znAt(o) + znSolve(o) * 60000) : ''), []],
    ['FirstLock', (c, o) => (znSt(o) === 'neu' ? '' : deIso(znAt(o) + (znFirstResp(o) - 3) * 60000)), []],
    ['FirstResponse', (c, o) => (znFirstResp(o) ? deIso(znAt(o) + znFirstResp(o) * 60000) : ''), []],
    ['Status', (c, o) => znSt(o), []],
    ['Priorität', (c, o) => znPrio(o), []],
    ['Queue', (c, o) => znTopic(o)[0], []],
    ['Sperre', (c, o) => (['offen', 'warten zur Erinnerung'].includes(znSt(o)) ? 'gesperrt' : 'frei'), []],
    ['Besitzer', (c, o) => (znSt(o) === 'neu' ? 'root@localhost' : znAgent(o)[0]), []],
    ['UserFirstname', (c, o) => (znSt(o) === 'neu' ? 'Admin' : znAgent(o)[1]), []],
    ['UserLastname', (c, o) => (znSt(o) === 'neu' ? 'OTRS' : znAgent(o)[2]), []],
    ['Typ', (c, o) => znTopic(o)[1], []],
    ['Service', (c, o) => znTopic(o)[2], []],
    ['Kundennummer', (c) => znCust(c)[0], [], opt],
    ['Kundenbenutzer', (c) => znMail(c), [...CUST_ID, ...EMAIL_ID], opt],
    ['Kundenname', (c) => `${zn(c).first} ${zn(c).last}`, []],
    ['Von', (c) => `"${zn(c).first} ${zn(c).last}" <${znMail(c)}>`, EMAIL_ID, opt],
    ['Betreff', (c, o) => znTopic(o)[3], []],
    ['AccountedTime', (c, o) => (znClosed(o) ? String(15 * (1 + (n(o) % 8))) : n(o) % 2 ? '15' : '0'), []],
    ['SolutionInMin', (c, o) => (znClosed(o) ? String(znSolve(o)) : ''), []],
    ['SolutionDiffInMin', (c, o) => (znClosed(o) ? String(2880 - znSolve(o)) : ''), []],
    ['FirstResponseInMin', (c, o) => (znFirstResp(o) ? String(znFirstResp(o)) : ''), []],
    ['FirstResponseDiffInMin', (c, o) => (znFirstResp(o) ? String(240 - znFirstResp(o)) : ''), []],
  ] },
  // ---------------------------------------------------------------- Germany: company database contact persons
  { name: 'hoppenstedt-ansprechpartner-export-de', product: 'Hoppenstedt Firmendatenbank (Dun & Bradstreet; Recherche > Trefferliste > Export > Excel mit Ansprechpartnern, one row per company contact person, German UI, a Stuttgart industrial-automation supplier\'s prospect list of southern German manufacturers)', family: 'b2b', language: 'de', schema: B, cols: [
    ['Hoppenstedt-Nr.', (c) => hpFirm(c)[0], ACCT],
    ['Firmenname', (c) => hpFirm(c)[1], CO],
    ['Rechtsform', (c) => hpFirm(c)[2], []],
    ['Straße', (c) => hpFirm(c)[3], [W('street1')]],
    ['PLZ', (c) => hpFirm(c)[4], [W('postalCode')]],
    ['Ort', (c) => hpFirm(c)[5], [W('city')]],
    ['Bundesland', (c) => hpFirm(c)[6], STATE(['workAddress'])],
    ['Telefon', (c) => hpFirm(c)[7], ['workPhone.number'], opt],
    ['Telefax', (c) => hpFirm(c)[8], ['faxPhone.number']],
    ['E-Mail', (c) => hpFirm(c)[9], [], opt],
    ['Internet', (c) => hpFirm(c)[10], ['b2b.companyWebsite']],
    ['WZ-Code 2008', (c) => hpFirm(c)[11], []],
    ['WZ-Bezeichnung', (c) => hpFirm(c)[12], []],
    ['Beschäftigte', (c) => hpFirm(c)[13], []],
    ['Umsatz (Mio. EUR)', (c) => hpFirm(c)[14], []],
    ['Handelsregister', (c) => hpFirm(c)[15], []],
    ['Gründungsjahr', (c) => hpFirm(c)[16], []],
    ['Personen-ID', (c) => `P${String(n(c) * 3 + 7000000).padStart(9, '0')}`, B2BID],
    ['Anrede', (c) => (hp(c).female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Titel', (c) => (hpDoctor(c) ? 'Dr.' : ''), ['person.name.courtesyTitle'], opt],
    ['Vorname', (c) => hp(c).first, ['person.name.firstName']],
    ['Nachname', (c) => hp(c).last, ['person.name.lastName']],
    ['Funktion', (c) => hpRole(c)[hp(c).female ? 1 : 0], ['extendedWorkDetails.jobTitle']],
    ['Funktionsbereich', (c) => hpRole(c)[2], ['extendedWorkDetails.departments[0]'], opt],
    ['Hierarchieebene', (c) => hpRole(c)[3], []],
    ['Durchwahl', (c) => hpFirm(c)[7].replace(/-0$/, `-${hpRole(c)[4]}`), ['workPhone.number']],
    ['E-Mail Ansprechpartner', (c) => (n(c) % 5 === 3 ? '' : `${asc(hp(c).first, 'de')}.${asc(hp(c).last, 'de')}@${hpFirm(c)[10].replace('www.', '')}`), ['workEmail.address']],
  ] },
  // ---------------------------------------------------------------- Germany: sports club member list
  { name: 'vereinsplaner-mitglieder-export-de', product: 'Vereinsplaner (Verwaltung > Mitglieder > Exportieren (Excel), one row per club member, German UI, a Freiburg im Breisgau gymnastics and sports club (e.V.) with SEPA direct debit of the annual fee)', family: 'nonprofit', language: 'de', schema: P, cols: [
    ['Mitgliedsnummer', (c) => String(1000 + (n(c) % 900)), ID],
    ['Anrede', (c) => (vp(c).female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Vorname', (c) => vp(c).first, ['person.name.firstName']],
    ['Nachname', (c) => vp(c).last, ['person.name.lastName']],
    ['Geburtsdatum', (c) => dmy(v.parts(c.birth)), ['person.birthDate']],
    ['Geschlecht', (c) => (vp(c).female ? 'weiblich' : 'männlich'), ['person.gender']],
    ['Straße', (c) => `${vpPlace(c)[2]} ${vp(c).no}`, at(HOME, 'street1')],
    ['PLZ', (c) => vpPlace(c)[1], at(HOME, 'postalCode')],
    ['Ort', (c) => vpPlace(c)[0], at(HOME, 'city')],
    ['Land', () => 'Deutschland', at(HOME, 'country')],
    ['E-Mail', (c) => (n(c) % 10 === 7 ? '' : vp(c).email), ['personalEmail.address']],
    ['Telefon', (c) => (n(c) % 3 === 0 ? `0761 ${v.int(seeded(c, 'vp'), 100000, 9999999)}` : ''), ['homePhone.number']],
    ['Mobil', (c) => (n(c) % 4 === 1 ? '' : vp(c).mobile), ['mobilePhone.number']],
    ['Eintrittsdatum', (c) => dmy(cet(vpJoin(c))), ['loyalty.joinDate'], opt],
    ['Austrittsdatum', (c) => (vpOut(c) ? `31.12.${cet(Math.max(c.created, c.updated)).y}` : ''), []],
    ['Status', (c) => (vpOut(c) ? 'ausgetreten' : 'aktiv'), []],
    ['Gruppen', (c) => vpGroup(c), []],
    ['Beitragsgruppe', (c) => vpFee(c)[0], []],
    ['Beitrag', (c) => `${dec(vpFee(c)[1])} €`, []],
    ['Zahlungsintervall', () => 'jährlich', []],
    ['Zahlungsart', (c) => (vpSepa(c) ? 'Lastschrift' : 'Überweisung'), []],
    ['Kontoinhaber', (c) => (vpSepa(c) ? `${vp(c).first} ${vp(c).last}` : ''), []],
    ['IBAN', (c) => (vpSepa(c) ? ibanDE(vpBank(c)[0], 1000000 + (n(c) * 7919) % 8999999999) : ''), []],
    ['BIC', (c) => (vpSepa(c) ? vpBank(c)[1] : ''), []],
    ['Mandatsreferenz', (c) => (vpSepa(c) ? `TVZ-${1000 + (n(c) % 900)}` : ''), []],
    ['Mandatsdatum', (c) => (vpSepa(c) ? dmy(cet(vpJoin(c))) : ''), []],
    ['Bemerkung', (c) => row(['', '', 'Übungsleitung Kinderturnen', '', 'Kassenprüfung', '', 'Ehrenmitglied seit 2019', ''], n(c) % 8), []],
  ] },
  // ---------------------------------------------------------------- Netherlands: e-mail marketing profiles
  { name: 'copernica-profielen-export-nl', product: 'Copernica (Marketing Suite: Profielen > database > Exporteren (CSV), one row per profile, Dutch UI, database field names as the customer defined them, a Dutch garden web shop\'s customer and newsletter database)', family: 'marketing', language: 'nl', schema: P, cols: [
    ['ID', (c) => String(48000000 + n(c) * 3), ID],
    ['Emailadres', (c) => nl(c).email, ['personalEmail.address']],
    ['Aanhef', (c) => (n(c) % 8 === 3 ? '' : nl(c).female ? 'Mevrouw' : 'De heer'), ['person.name.courtesyTitle']],
    ['Voornaam', (c) => nl(c).first, ['person.name.firstName']],
    ['Tussenvoegsel', (c) => nl(c).tv, ['person.name.middleName'], opt],
    ['Achternaam', (c) => nl(c).last, ['person.name.lastName']],
    ['Geslacht', (c) => (n(c) % 8 === 3 ? 'onbekend' : nl(c).female ? 'vrouw' : 'man'), ['person.gender']],
    ['Geboortedatum', (c) => (n(c) % 3 === 1 ? '' : ymd(v.parts(c.birth))), ['person.birthDate']],
    ['Straat', (c) => (cpOrders(c) ? nlPlace(c)[2] : ''), at(HOME, 'street1')],
    ['Huisnummer', (c) => (cpOrders(c) ? String(nl(c).no) : ''), [], opt],
    ['Toevoeging', (c) => (cpOrders(c) && n(c) % 7 === 2 ? 'bis' : cpOrders(c) && n(c) % 7 === 5 ? 'A' : ''), at(HOME, 'street2'), opt],
    ['Postcode', (c) => (cpOrders(c) ? nlPlace(c)[1] : ''), at(HOME, 'postalCode')],
    ['Plaats', (c) => (cpOrders(c) ? nlPlace(c)[0] : ''), at(HOME, 'city')],
    ['Land', (c) => (cpOrders(c) ? 'NL' : ''), at(HOME, 'countryCode')],
    ['Telefoonnummer', (c) => (cpOrders(c) && n(c) % 3 ? nl(c).mobile : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Klantnummer', (c) => (cpOrders(c) ? `GR${String(n(c) % 100000).padStart(6, '0')}` : ''), ID, opt],
    ['Nieuwsbrief', (c) => (cpNews(c) ? 'ja' : 'nee'), [], opt],
    ['Aanbiedingen', (c) => (cpNews(c) && n(c) % 2 ? 'ja' : 'nee'), [], opt],
    ['Aantal_orders', (c) => String(cpOrders(c)), []],
    ['Totale_besteding', (c) => dec(cpSpend(c), '.'), ['loyalty.lifetimePurchases'], opt],
    ['Laatste_orderdatum', (c) => (cpOrders(c) ? ymd(cet(c.updated)) : ''), []],
    ['Bron', (c) => cpSrc(c), []],
    ['Aangemeld_op', (c) => (cpNews(c) ? nlDT(c.created) : ''), []],
    ['Afgemeld_op', (c) => (cpNews(c) ? '' : nlDT(Math.max(c.created, c.updated))), []],
    ['Aangemaakt', (c) => nlDT(Math.min(c.created, c.updated)), []],
    ['Gewijzigd', (c) => nlDT(Math.max(c.created, c.updated)), []],
  ] },
  // ---------------------------------------------------------------- Netherlands: skin clinic appointments
  { name: 'skinadmin-afspraken-export-nl', product: 'Skinadmin (Agenda > Afsprakenoverzicht > Exporteren naar Excel, one row per appointment, Dutch UI, an Utrecht skin and aesthetics clinic with two locations, Europe/Amsterdam)', family: 'clinic', language: 'nl', schema: E, cols: [
    ['Afspraaknummer', (c, o) => String(310000 + n(o) * 3), ['_id']],
    ['Datum', (c, o) => dmy(cet(saStart(o)), '-'), ['timestamp']],
    ['Begintijd', (c, o) => hm(cet(saStart(o))), [], opt],
    ['Eindtijd', (c, o) => hm(cet(saStart(o) + saTreat(o)[2] * 60000)), []],
    ['Duur (min)', (c, o) => String(saTreat(o)[2]), []],
    ['Behandeling', (c, o) => saTreat(o)[0], [PL('name')], opt],
    ['Categorie', (c, o) => saTreat(o)[1], [PL('productCategories[0].categoryName')], opt],
    ['Behandelaar', (c, o) => saStaff(o), []],
    ['Locatie', (c, o) => (n(o) % 3 ? 'Utrecht Centrum' : 'Leidsche Rijn'), [], opt],
    ['Ruimte', (c, o) => `Behandelkamer ${(n(o) % 3) + 1}`, []],
    ['Apparaat', (c, o) => saTreat(o)[4], []],
    ['Status', (c, o) => saSt(o), []],
    ['Cliëntnummer', (c) => String(20000 + (n(c) % 70000)), CUST_ID],
    ['Aanhef', (c) => (nl(c).female ? 'Mevr.' : 'Dhr.'), []],
    ['Voornaam', (c) => nl(c).first, []],
    ['Achternaam', (c) => nl(c).lastFull, []],
    ['Geboortedatum', (c) => dmy(v.parts(c.birth), '-'), []],
    ['E-mailadres', (c) => nl(c).email, EMAIL_ID],
    ['Mobiel', (c) => nl(c).mobile.replace(/^06/, '06-'), PHONE_ID],
    ['Geboekt via', (c, o) => saVia(o), [], opt],
    ['Aangemaakt op', (c, o) => { const p = cet(saMade(o)); return `${dmy(p, '-')} ${hm(p)}` }, []],
    ['Geannuleerd op', (c, o) => (saSt(o) === 'Geannuleerd' ? dmy(cet(saStart(o) - 2 * day), '-') : ''), []],
    ['Reden annulering', (c, o) => (saSt(o) === 'Geannuleerd' ? row(['Ziek', 'Werk', 'Verzet naar later'], n(o) % 3) : ''), []],
    ['Prijs', (c, o) => dec(saTreat(o)[3]), [PL('priceTotal')], opt],
    ['Gefactureerd', (c, o) => (saSt(o) === 'Afgerond' && saTreat(o)[3] ? 'Ja' : 'Nee'), []],
    ['Opmerking', (c, o) => row(['', 'Nacontrole over 2 weken', '', 'Eerst patchtest', '', 'Zwanger? nagevraagd: nee', ''], n(o) % 7), []],
  ] },
  // ---------------------------------------------------------------- Netherlands: website feedback responses
  { name: 'mopinion-feedback-export-nl', product: 'Mopinion (Mopinion Suite: Rapporten > Feedback > Exporteren naar CSV, one row per feedback response with its collected metadata, Dutch UI, a Dutch energy supplier\'s website and Mijn-omgeving, Europe/Amsterdam)', family: 'analytics', language: 'nl', schema: E, cols: [
    ['Feedback ID', (c, o) => String(90000000 + n(o) * 11), ['_id']],
    ['Datum', (c, o) => nlDT(open(o.at, 1, 7, 16)), ['timestamp']],
    ['Formulier', (c, o) => moPage(o)[1], []],
    ['Kanaal', (c, o) => (moDev(o)[0] === 'mobile' && n(o) % 2 ? 'App' : 'Web'), [], opt],
    ['URL', (c, o) => moPage(o)[0], ['web.webPageDetails.URL']],
    ['Referrer', (c, o) => row(MO_REF, n(o) % 6), ['web.webReferrer.URL']],
    ['Cijfer', (c, o) => String(moScore(o)), []],
    ['NPS', (c, o) => (n(o) % 2 ? String(Math.min(10, moScore(o))) : ''), []],
    ['Onderwerp', (c, o) => moPage(o)[2], []],
    ['Wat kunnen we verbeteren?', (c, o) => moText(o), []],
    ['Mogen we contact met je opnemen?', (c, o) => (moContact(o) ? 'Ja' : 'Nee'), [], opt],
    ['E-mailadres', (c, o) => (moContact(o) ? nl(c).email : ''), EMAIL_ID],
    ['Klantnummer', (c, o) => (moLoggedIn(o) ? String(4100000 + (n(c) % 800000)) : ''), CUST_ID, opt],
    ['Browser', (c, o) => moDev(o)[1], ['environment.browserDetails.name']],
    ['Browserversie', (c, o) => moDev(o)[2], ['environment.browserDetails.version']],
    ['Besturingssysteem', (c, o) => moDev(o)[3], ['environment.operatingSystem']],
    ['Apparaat', (c, o) => moDev(o)[0], ['device.type']],
    ['Schermresolutie', (c, o) => moDev(o)[4], [], opt],
    ['Taal', (c, o) => (n(o) % 8 === 0 ? 'en-GB' : 'nl-NL'), ['environment.browserDetails.acceptLanguage', 'environment._dc.language'], opt],
    ['Land', (c, o) => row(MO_CITY, n(o) % 7)[1], [GEO('countryCode')]],
    ['Stad', (c, o) => row(MO_CITY, n(o) % 7)[0], [GEO('city')]],
    ['Sentiment', (c, o) => (!moText(o) ? '' : moScore(o) >= 7 ? 'positief' : moScore(o) <= 4 ? 'negatief' : 'neutraal'), []],
    ['Labels', (c, o) => (moScore(o) <= 4 ? 'Opvolgen' : ''), []],
  ] },
  // ---------------------------------------------------------------- Sweden: CRM person list
  { name: 'lime-crm-personer-export-se', product: 'Lime CRM (webbklienten: Personer > listvy > Exportera till Excel, one row per contact person, Swedish UI, a Malmö IT consultancy\'s customer contacts in Skåne and Västra Götaland)', family: 'crm', language: 'sv', schema: B, cols: [
    ['ID', (c) => String(1000 + (n(c) % 90000)), B2BID],
    ['Namn', (c) => `${sv(c).first} ${sv(c).last}`, ['person.name.fullName']],
    ['Förnamn', (c) => sv(c).first, ['person.name.firstName']],
    ['Efternamn', (c) => sv(c).last, ['person.name.lastName']],
    ['Företag', (c) => lmFirm(c)[1], CO],
    ['Kundnummer', (c) => lmFirm(c)[0], ACCT],
    ['Befattning', (c) => lmRole(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Avdelning', (c) => lmRole(c)[1], ['extendedWorkDetails.departments[0]']],
    ['Roll', (c) => lmRole(c)[2], [], opt],
    ['Telefon', (c) => (n(c) % 4 === 2 ? lmFirm(c)[5] : lmDirect(c)), ['workPhone.number']],
    ['Mobiltelefon', (c) => (n(c) % 5 === 4 ? '' : sv(c).mobile), ['mobilePhone.number']],
    ['E-post', (c) => lmMail(c), WE],
    ['Postadress', (c) => lmFirm(c)[2], [W('street1'), 'mailingAddress.street1']],
    ['Postnummer', (c) => lmFirm(c)[3], [W('postalCode'), 'mailingAddress.postalCode']],
    ['Postort', (c) => lmFirm(c)[4], [W('city'), 'mailingAddress.city']],
    ['Land', () => 'Sverige', [W('country'), 'mailingAddress.country']],
    ['Ansvarig', (c) => row(['Johan Lindqvist', 'Sara Bergström', 'Mikael Persson'], n(c) % 3), []],
    ['Nyhetsbrev', (c) => (n(c) % 3 === 1 ? 'Nej' : 'Ja'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
    ['Inaktiv', (c) => (n(c) % 13 === 0 ? 'Ja' : 'Nej'), [], opt],
    ['Senaste aktivitet', (c) => svT(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Skapad', (c) => svT(Math.min(c.created, c.updated)), ['extSourceSystemAudit.createdDate']],
    ['Uppdaterad', (c) => svT(Math.max(c.created, c.updated) + 3 * day), ['extSourceSystemAudit.lastUpdatedDate']],
    ['LinkedIn', (c) => (n(c) % 3 === 0 ? `https://www.linkedin.com/in/${asc(sv(c).first, 'sv')}-${asc(sv(c).last, 'sv')}` : ''), []],
    ['Anteckning', (c) => row(['', 'Vill ha offert på nytt avtal i Q3', '', 'Träffades på Sthlm Tech Fest', '', 'Beslutar tillsammans med IT-chef'], n(c) % 6), []],
  ] },
  // ---------------------------------------------------------------- Norway: membership system member list
  { name: 'hypersys-medlemsliste-eksport-no', product: 'HyperSys (Medlemskap > Medlemsliste > Velg kolonner > Eksporter til Excel, one row per member, Norwegian UI, a Bergen choir that is a local chapter of a national choir federation)', family: 'nonprofit', language: 'no', schema: P, cols: [
    ['ID', (c) => String(300000 + n(c) % 600000), ID],
    ['Fornavn', (c) => no(c).first, ['person.name.firstName']],
    ['Etternavn', (c) => no(c).last, ['person.name.lastName']],
    ['Fødselsdato', (c) => dmy(v.parts(c.birth)), ['person.birthDate']],
    ['Kjønn', (c) => (no(c).female ? 'Kvinne' : 'Mann'), ['person.gender']],
    ['Adresse', (c) => `${hsPlace(c)[2]} ${no(c).no}`, at(HOME, 'street1')],
    ['Postnummer', (c) => hsPlace(c)[1], at(HOME, 'postalCode')],
    ['Poststed', (c) => hsPlace(c)[0].toUpperCase(), at(HOME, 'city')],
    ['Land', () => 'Norge', at(HOME, 'country')],
    ['E-post', (c) => no(c).email, ['personalEmail.address']],
    ['Mobil', (c) => no(c).mobile, ['mobilePhone.number']],
    ['Organisasjon', () => 'Bergen Byfjordkor', []],
    ['Medlemskapstype', (c) => hsType(c)[0], []],
    ['Kontingent', (c) => dec(hsType(c)[1]), []],
    ['Betalt', (c) => (hsPaid(c) ? 'Ja' : 'Nei'), []],
    ['Betalingsdato', (c) => (hsPaid(c) ? `${pad(10 + (n(c) % 18))}.02.2025` : ''), []],
    ['Innmeldingsdato', (c) => noDate(Math.min(c.created, c.updated)), ['loyalty.joinDate'], opt],
    ['Status', () => 'Aktiv', []],
    ['Fornybar', (c) => (n(c) % 11 === 3 ? 'Nei' : 'Ja'), []],
    ['Stemmegruppe', (c) => hsVoice(c), []],
    ['Verv', (c) => hsVerv(c), []],
    ['Familie', (c) => (n(c) % 7 === 2 ? `Familien ${no(c).last}` : ''), []],
  ] },
  // ---------------------------------------------------------------- Denmark: B2B data service decision makers
  { name: 'lasso-x-beslutningstagere-eksport-dk', product: 'Lasso X (Lister > Personliste > Eksportér til Excel, one row per decision maker with the company\'s CVR data, Danish UI, an Aarhus facility-services company\'s prospect list)', family: 'b2b', language: 'da', schema: B, cols: [
    ['CVR-nummer', (c) => lxFirm(c)[0], ACCT, opt],
    ['Virksomhedsnavn', (c) => lxFirm(c)[1], CO],
    ['Virksomhedsform', (c) => lxFirm(c)[2], []],
    ['Adresse', (c) => lxFirm(c)[3], [W('street1')]],
    ['Postnr.', (c) => lxFirm(c)[4], [W('postalCode')]],
    ['By', (c) => lxFirm(c)[5], [W('city')]],
    ['Kommune', (c) => lxFirm(c)[6], [], opt],
    ['Region', (c) => lxFirm(c)[7], [...STATE(['workAddress']), W('region')], opt],
    ['Telefon', (c) => lxFirm(c)[8], ['workPhone.number'], opt],
    ['Virksomhedens e-mail', (c) => lxFirm(c)[9], [], opt],
    ['Hjemmeside', (c) => lxFirm(c)[10], ['b2b.companyWebsite']],
    ['Branchekode', (c) => lxFirm(c)[11], []],
    ['Branche', (c) => lxFirm(c)[12], []],
    ['Antal ansatte', (c) => lxFirm(c)[13], []],
    ['Stiftelsesdato', (c) => lxFirm(c)[14], []],
    ['Person-ID', (c) => String(4000000000 + n(c) * 7), B2BID],
    ['Fornavn', (c) => da(c).first, ['person.name.firstName']],
    ['Efternavn', (c) => da(c).last, ['person.name.lastName']],
    ['Stilling', (c) => lxRole(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Rolle i CVR', (c) => lxRole(c)[1], []],
    ['Direkte telefon', (c) => lxDirect(c), ['workPhone.number']],
    ['Mobil', (c) => (n(c) % 4 === 1 ? '' : da(c).mobile), ['mobilePhone.number']],
    ['E-mail', (c) => lxMail(c), ['workEmail.address']],
    ['LinkedIn', (c) => (n(c) % 2 ? `https://www.linkedin.com/in/${asc(da(c).first, 'da')}${asc(da(c).last, 'da')}` : ''), []],
  ] },
  // ---------------------------------------------------------------- Finland: student-event tickets
  { name: 'kide-app-lipunostajat-export-fi', product: 'Kide.app (järjestäjän hallintapaneeli: Tapahtumat > Myynti > Lataa ostajalista (Excel), one row per ticket, Finnish UI, a Tampere student association\'s Wappu sitsit, Europe/Helsinki, EUR)', family: 'ticketing', language: 'fi', schema: E, cols: [
    ['Tilausnumero', (c, o) => `K${String(n(o) * 13 + 5200000).padStart(8, '0')}`, [OR('purchaseID')]],
    ['Lippu-ID', (c, o) => v.uuid(v.rng(n(o) + 1)), ['_id']],
    ['Tilausaika', (c, o) => fiT(kdAt(o)), ['timestamp', OR('createdDate')]],
    ['Tapahtuma', () => 'Wappusitsit 2025 – Teekkarisauna', [], opt],
    ['Lipputyyppi', (c, o) => kdType(o)[0], [PL('name')], opt],
    ['Hinta', (c, o) => dec(kdType(o)[1]), [PL('priceTotal')], opt],
    ['Palvelumaksu', (c, o) => dec(kdFee(o)), []],
    ['Alennus', (c, o) => dec(kdDisc(o)), [OR('discountAmount')], opt],
    ['Yhteensä', (c, o) => dec(kdType(o)[1] + kdFee(o) - kdDisc(o)), [OR('priceTotal')]],
    ['Alennuskoodi', (c, o) => (kdDisc(o) ? 'AINEJARJESTO3' : ''), ['commerce.promotionID']],
    ['Maksutapa', (c, o) => kdPay(o), [OR('payments[0].paymentType')]],
    ['Lipun tila', (c, o) => kdSt(o), []],
    ['Käytetty', (c, o) => (kdSt(o) === 'Käytetty' ? '30.4.2025 18.' + pad(5 + (n(o) % 50)) : ''), []],
    ['Etunimi', (c) => fi(c).first, []],
    ['Sukunimi', (c) => fi(c).last, []],
    ['Sähköposti', (c) => fi(c).email, EMAIL_ID],
    ['Puhelinnumero', (c) => (n(c) % 3 === 0 ? '' : `+358 ${fi(c).mobile.slice(1)}`), PHONE_ID, opt],
    ['Oppilaitos', (c) => row(KD_SCHOOL, n(c) % 5), []],
    ['Jäsenyys', (c, o) => (kdMember(o) ? 'Kyllä' : 'Ei'), []],
    ['Erityisruokavalio', (c) => row(KD_DIET, n(c) % 8), []],
    ['Siirretty käyttäjältä', (c, o) => (kdSt(o) === 'Siirretty' ? `${row(['Eetu', 'Venla', 'Aleksi'], n(o) % 3)} ${row(['Laine', 'Koskinen', 'Salminen'], n(o) % 3)}` : ''), []],
  ] },
]
