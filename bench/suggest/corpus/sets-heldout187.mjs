// Round 72, heldout187: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). German-language exports from Germany, Austria and Switzerland, headers
// in the product's German UI: a Swiss ticketing platform's sales list for an organizer (Ticketcorner) and a Swiss CRM's
// contact export of a Zurich insurance broker (BSI CRM) (de-CH 2); an Austrian charging-station backend's charging
// sessions of a Styrian municipal utility (has.to.be be.ENERGISED) and an Austrian food-delivery platform's partner
// order export of a Vienna restaurant (foodora) (de-AT 2); a German court-booking system's bookings of a tennis club
// (eBuSy), a German dental-practice system's patient list (Dampsoft DS-Win), a German team app's member list of an
// amateur football club (SpielerPlus) and a German event-networking platform's participant export of a B2B conference
// (talque) (de-DE 4).
// E 4, P 2, B 2.
// Headers: written from the writer's knowledge of each product for all 8 sets (no public listing of the export columns
// was found in the time available); a subset of each export's columns, in the order the writer knows. Nothing was
// copied from a real export; every value is generated.
import { E, P, B, v, B2BID, PL, OR, SHIP, BILL, GEO, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, CO } from './sets.mjs'
import { pad, dmy, ymd, hms, hm, local, dec, thou, hash } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const ID = ['_id', 'personID']
const WE = ['workEmail.address', 'personalEmail.address']
const HOME2 = ['homeAddress', 'mailingAddress']
const WM = ['workAddress', 'mailingAddress']
// local clock: Germany, Austria and Switzerland +1 with summer time (approximated)
const cet = (ms) => local(ms, 1)
const deT = (ms) => { const p = cet(ms); return `${dmy(p)} ${hm(p)}` }
const deTs = (ms) => { const p = cet(ms); return `${dmy(p)} ${hms(p)}` }
const deD = (ms) => dmy(cet(ms))
const ascii = (s) => s.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')
// an instant moved into local hours lo .. lo+span-1
const open = (ms, lo = 8, span = 12) => { const H = cet(ms).H; return ms + ((lo + (H % span)) - H) * 3600000 }

// ---------------------------------------------------------------- local people, seeded by the row's person
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}|${c.first}|${c.last}|${salt}`) ^ 0x2f6b9d13); r(); r(); return r }
const LOC = {
  de: { m: ['Thomas', 'Michael', 'Andreas', 'Jan', 'Tobias', 'Florian', 'Sebastian', 'Kevin', 'Dennis', 'Markus', 'Niklas', 'Timo'], f: ['Julia', 'Sandra', 'Nicole', 'Christina', 'Melanie', 'Laura', 'Lisa', 'Anja', 'Stefanie', 'Jana', 'Lena', 'Franziska'],
    last: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Koch', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Zimmermann', 'Krüger', 'Hartmann', 'Lange'],
    // [ort, plz, straße, vorwahl]
    places: [['Bochum', '44787', 'Kortumstraße', '0234'], ['Bochum', '44801', 'Universitätsstraße', '0234'], ['Herne', '44623', 'Bahnhofstraße', '02323'], ['Witten', '58452', 'Ruhrstraße', '02302'], ['Hattingen', '45525', 'Heggerstraße', '02324'], ['Bochum', '44866', 'Hauptstraße', '02327'], ['Gelsenkirchen', '45879', 'Bahnhofstraße', '0209'], ['Dortmund', '44137', 'Kampstraße', '0231']],
    mail: ['gmail.com', 'web.de', 'gmx.de', 't-online.de', 'gmx.net', 'outlook.de', 'yahoo.de', 'icloud.com'] },
  at: { m: ['Stefan', 'Christoph', 'Lukas', 'Florian', 'Manuel', 'Bernhard', 'Wolfgang', 'Gerald', 'Matthias', 'Dominik'], f: ['Katharina', 'Sabine', 'Birgit', 'Theresa', 'Magdalena', 'Verena', 'Elisabeth', 'Johanna', 'Carina', 'Kerstin'],
    last: ['Gruber', 'Huber', 'Bauer', 'Wagner', 'Pichler', 'Steiner', 'Moser', 'Mayer', 'Hofer', 'Leitner', 'Berger', 'Fuchs', 'Eder', 'Fischer', 'Schwarz', 'Reiter', 'Pölzl', 'Url'],
    mail: ['gmx.at', 'gmail.com', 'aon.at', 'chello.at', 'a1.net', 'outlook.com', 'icloud.com'] },
  ch: { m: ['Reto', 'Beat', 'Urs', 'Daniel', 'Marco', 'Simon', 'Adrian', 'Patrick', 'Roman', 'Thomas', 'Christian', 'Pascal'], f: ['Andrea', 'Nicole', 'Sandra', 'Corinne', 'Regula', 'Barbara', 'Claudia', 'Seraina', 'Karin', 'Monika', 'Franziska', 'Rahel'],
    last: ['Meier', 'Schmid', 'Keller', 'Weber', 'Huber', 'Steiner', 'Gerber', 'Brunner', 'Baumann', 'Frei', 'Zimmermann', 'Widmer', 'Wyss', 'Graf', 'Bühler', 'Suter', 'Egli', 'Kälin'],
    // [ort, plz, kanton]
    places: [['Zürich', '8004', 'ZH'], ['Winterthur', '8400', 'ZH'], ['Uster', '8610', 'ZH'], ['Baden', '5400', 'AG'], ['Luzern', '6003', 'LU'], ['Bern', '3011', 'BE'], ['Zug', '6300', 'ZG'], ['St. Gallen', '9000', 'SG'], ['Basel', '4051', 'BS'], ['Wettingen', '5430', 'AG']],
    mail: ['bluewin.ch', 'gmail.com', 'hispeed.ch', 'gmx.ch', 'sunrise.ch', 'outlook.com', 'hotmail.com'] },
}
const memo = new Map()
const who = (c, cc) => {
  const k = `${cc}|${c.id}|${c.first}|${c.last}`
  if (memo.has(k)) return memo.get(k)
  const r = seeded(c, cc), d = LOC[cc]
  const female = r() < 0.5
  const first = v.pick(r, female ? d.f : d.m), last = v.pick(r, d.last)
  const p = { female, first, last, full: `${first} ${last}`, r1: r(), r2: r(), no: v.int(r, 1, 999),
    email: `${ascii(first)}${v.pick(r, ['.', '', '_', '.'])}${ascii(last)}${r() < 0.4 ? v.int(r, 1, 99) : ''}@${v.pick(r, d.mail)}` }
  if (cc === 'de') {
    const pl = v.pick(r, d.places)
    Object.assign(p, { city: pl[0], plz: pl[1], street: `${pl[2]} ${v.int(r, 1, 140)}${r() < 0.15 ? 'a' : ''}`, fon: `${pl[3]} ${v.int(r, 200000, 9999999)}`,
      mobile: `01${v.pick(r, ['51', '52', '57', '60', '62', '63', '70', '71', '72', '73', '76', '77'])} ${v.int(r, 1000000, 99999999)}` })
  }
  if (cc === 'at') p.mobile = `+43 6${v.pick(r, ['64', '50', '60', '76', '99', '81'])} ${v.int(r, 1000000, 9999999)}`
  if (cc === 'ch') {
    const pl = v.pick(r, d.places)
    Object.assign(p, { city: pl[0], plz: pl[1], kt: pl[2], mobile: `+41 7${v.pick(r, ['6', '7', '8', '9'])} ${v.int(r, 100, 999)} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}` })
  }
  memo.set(k, p)
  return p
}
const de = (c) => who(c, 'de'), at_ = (c) => who(c, 'at'), ch = (c) => who(c, 'ch')
const chf = (x) => (Math.round(x * 20) / 20).toFixed(2)

// ---------------------------------------------------------------- 1. Ticketcorner sales list (de-CH, E)
// a concert promoter's autumn tour: [veranstaltung, spielstätte, beginn]
const TC_EV = [['Patent Ochsner - Live 2025', 'Hallenstadion Zürich', '20:00'], ['Stiller Has - Abschiedstournee', 'KKL Luzern, Konzertsaal', '19:30'], ['Hecht - Unplugged', 'Kursaal Bern, Arena', '20:00'], ['Dabu Fantastic', 'Volkshaus Zürich', '20:00']]
const TC_KAT = [['Kategorie 1', 98.9], ['Kategorie 2', 84.9], ['Kategorie 3', 69.9], ['Stehplatz', 64.9], ['Kategorie 1', 98.9]]
const TC_ERM = ['Normalpreis', 'Normalpreis', 'Normalpreis', 'Kinder bis 16 J.', 'AHV/IV', 'Legi']
const tcEv = (o) => TC_EV[n(o) % TC_EV.length]
const tcKat = (o) => TC_KAT[(n(o) >> 2) % TC_KAT.length]
const tcErm = (o) => TC_ERM[(n(o) * 7) % TC_ERM.length]
const tcPrice = (o) => (tcErm(o) === 'Normalpreis' ? tcKat(o)[1] : tcKat(o)[1] - 10)
const tcQty = (o) => 1 + (n(o) % 3 === 0 ? 1 : 0) + (n(o) % 13 === 0 ? 2 : 0)
const tcFee = (o) => (n(o) % 5 === 1 ? 0 : 4.9)
const tcCh = (o) => ['Internet', 'Internet', 'Internet', 'Mobile App', 'Vorverkaufsstelle', 'Callcenter'][n(o) % 6]

// ---------------------------------------------------------------- 2. be.ENERGISED charging sessions (de-AT, E)
// a Styrian municipal utility's public chargers: [standort, evse-id stem, ort, plz, kW]
const BE_SITE = [['Hauptplatz Leibnitz', 'AT*STW*E1001', 'Leibnitz', '8430', 22], ['P+R Bahnhof Leibnitz', 'AT*STW*E1004', 'Leibnitz', '8430', 22], ['Freibad Wagna', 'AT*STW*E1010', 'Wagna', '8435', 11], ['Einkaufszentrum Südpark', 'AT*STW*E2001', 'Leibnitz', '8430', 150], ['Gemeindeamt Heiligenkreuz', 'AT*STW*E3002', 'Heiligenkreuz am Waasen', '8081', 22]]
const beSite = (o) => BE_SITE[n(o) % BE_SITE.length]
const beKwh = (o) => Math.round(((n(o) * 37) % 520) / 10 * 100 + 350) / 100
const beMin = (o) => Math.max(12, Math.round(beKwh(o) / Math.min(beSite(o)[4], 11 + (n(o) % 40)) * 60) + (n(o) % 45))
const beAuth = (o) => ['RFID', 'RFID', 'Roaming (Hubject)', 'Roaming (GIREVE)', 'App', 'Ad-hoc (QR-Code)'][n(o) % 6]
const bePrice = (o) => (beSite(o)[4] >= 50 ? 0.69 : 0.49)

// ---------------------------------------------------------------- 3. foodora partner orders (de-AT, E)
const FD_ITEMS = [['Wiener Schnitzel vom Kalb', 19.9], ['Backhendl-Salat', 14.5], ['Tafelspitz mit Rösti', 21.9], ['Käsespätzle', 12.9], ['Gulasch mit Knödel', 13.9], ['Kaiserschmarrn', 9.8], ['Gemischter Salat', 5.9]]
const FD_DIST = [['1070', 'Neubau'], ['1060', 'Mariahilf'], ['1080', 'Josefstadt'], ['1150', 'Rudolfsheim-Fünfhaus'], ['1160', 'Ottakring'], ['1090', 'Alsergrund'], ['1050', 'Margareten']]
const fdItem = (o) => FD_ITEMS[n(o) % FD_ITEMS.length]
const fdN = (o) => 1 + (n(o) % 4)
const fdSub = (o) => fdItem(o)[1] * fdN(o) + (n(o) % 3 === 0 ? 3.9 : 0)
const fdPick = (o) => n(o) % 7 === 0
const fdFee = (o) => (fdPick(o) ? 0 : n(o) % 2 === 0 ? 2.49 : 3.49)
const fdDisc = (o) => (n(o) % 6 === 0 ? Math.round(fdSub(o) * 0.2 * 100) / 100 : 0)
const fdSt = (o) => (n(o) % 19 === 0 ? 'Storniert' : n(o) % 23 === 0 ? 'Abgelehnt' : 'Zugestellt')

// ---------------------------------------------------------------- 4. eBuSy bookings (de-DE, E)
const EB_ART = ['Einzel', 'Einzel', 'Doppel', 'Doppel', 'Gastbuchung', 'Training', 'Abo']
const ebArt = (o) => EB_ART[n(o) % EB_ART.length]
const ebStart = (o) => { const t = open(o.at, 8, 13); const p = cet(t); return t - (p.M % 30) * 60000 - p.S * 1000 }
const ebLen = (o) => (ebArt(o) === 'Doppel' ? 90 : 60)
const ebPlatz = (o) => (n(o) % 4 === 0 ? `Halle Platz ${1 + (n(o) % 2)}` : `Platz ${1 + (n(o) % 6)}`)
const ebFee = (o) => (ebArt(o) === 'Gastbuchung' ? 12 : ebArt(o) === 'Abo' ? 22 : 0)

// ---------------------------------------------------------------- 5. Dampsoft DS-Win patients (de-DE, P)
const DS_KASSE = [['AOK NordWest', 'GKV'], ['Barmer', 'GKV'], ['Techniker Krankenkasse', 'GKV'], ['DAK-Gesundheit', 'GKV'], ['IKK classic', 'GKV'], ['Debeka', 'PKV'], ['Allianz Private Krankenversicherung', 'PKV'], ['Knappschaft', 'GKV']]
const dsKasse = (c) => DS_KASSE[n(c) % DS_KASSE.length]
const dsKvnr = (c) => `${'ABCDEFGHIKLMNOPRSTUVWZ'[n(c) % 22]}${pad((n(c) * 7919) % 1000000000, 9)}`

// ---------------------------------------------------------------- 6. SpielerPlus members (de-DE, P)
const SP_TEAM = ['1. Herren', '2. Herren', 'Alte Herren', 'Damen', 'A-Jugend', 'B-Jugend']
const SP_POS = ['Tor', 'Abwehr', 'Abwehr', 'Mittelfeld', 'Mittelfeld', 'Sturm']

// ---------------------------------------------------------------- 7. BSI CRM contacts (de-CH, B)
// an insurance broker's corporate clients: [firma, domain, strasse]
const BSI_CO = [['Baumann Holzbau AG', 'baumann-holzbau.ch', 'Industriestrasse 14'], ['Treuhand Suter & Partner GmbH', 'suter-treuhand.ch', 'Bahnhofplatz 3'], ['Elektro Gerber AG', 'elektro-gerber.ch', 'Werkstrasse 21'], ['Praxis am Limmatplatz AG', 'praxis-limmatplatz.ch', 'Limmatstrasse 112'], ['Kälin Transporte AG', 'kaelin-transporte.ch', 'Hauptstrasse 77'], ['Swiss Alpine Dental GmbH', 'alpinedental.ch', 'Seestrasse 45'], ['Brunner Gartenbau GmbH', 'brunner-gartenbau.ch', 'Rietstrasse 8']]
const bsiCo = (c) => BSI_CO[n(c) % BSI_CO.length]
const BSI_FN = ['Geschäftsführer', 'Inhaberin', 'Leiter Finanzen', 'HR-Verantwortliche', 'CFO', 'Verwaltungsratspräsident', 'Leiterin Administration']
const BSI_ABT = ['Geschäftsleitung', 'Geschäftsleitung', 'Finanzen', 'Personal', 'Finanzen', 'Verwaltungsrat', 'Administration']

// ---------------------------------------------------------------- 8. talque participants (de-DE, B)
const TQ_CO = [['Stadtwerke Rheinland GmbH', 'stadtwerke-rheinland.de'], ['Fraunhofer-Institut für Solare Energiesysteme ISE', 'ise.fraunhofer.de'], ['Netzwerk Wasserstoff e.V.', 'netzwerk-h2.de'], ['Voltwerk Engineering GmbH', 'voltwerk-engineering.de'], ['Bundesverband Energiespeicher', 'bves-netz.de'], ['EnerTec Consulting AG', 'enertec-consulting.de'], ['Nordwind Projekt GmbH & Co. KG', 'nordwind-projekt.de']]
const TQ_POS = ['Head of Business Development', 'Geschäftsführerin', 'Projektleiter Netzausbau', 'Referentin Energiepolitik', 'Key Account Manager', 'Wissenschaftlicher Mitarbeiter', 'CTO']
const TQ_TYP = ['Teilnehmer', 'Teilnehmer', 'Teilnehmer', 'Aussteller', 'Speaker', 'Partner', 'Presse']
const tqCo = (c) => TQ_CO[n(c) % TQ_CO.length]
const tqTyp = (c) => TQ_TYP[(n(c) >> 1) % TQ_TYP.length]

export const SETS = [
  { name: 'ticketcorner-verkaufsliste-ch', product: 'Ticketcorner (Veranstalter-Portal: Reporting > Verkaufsliste > Export Excel, one row per order, Swiss German UI, a concert promoter\'s autumn tour in Zurich, Lucerne and Bern)', family: 'events', language: 'de', schema: E, cols: [
    ['Auftragsnummer', (c, o) => String(410000000 + n(o) * 37), ['_id', OR('purchaseID')]],
    ['Bestelldatum', (c, o) => deT(o.at), ['timestamp']],
    ['Veranstaltung', (c, o) => tcEv(o)[0], [], opt],
    ['Veranstaltungsdatum', (c, o) => `${deD(o.at + (5 + (n(o) % 60)) * day)} ${tcEv(o)[2]}`, []],
    ['Spielstätte', (c, o) => tcEv(o)[1], [], opt],
    ['Kategorie', (c, o) => tcKat(o)[0], [PL('name')], opt],
    ['Ermässigung', (c, o) => tcErm(o), [], opt],
    ['Sektor', (c, o) => (tcKat(o)[0] === 'Stehplatz' ? '' : `Sektor ${'ABCDEF'[n(o) % 6]}`), []],
    ['Reihe', (c, o) => (tcKat(o)[0] === 'Stehplatz' ? '' : String(1 + (n(o) % 28))), []],
    ['Platz', (c, o) => (tcKat(o)[0] === 'Stehplatz' ? '' : Array.from({ length: tcQty(o) }, (_, k) => 1 + (n(o) % 30) + k).join(', ')), []],
    ['Anzahl', (c, o) => String(tcQty(o)), [PL('quantity')]],
    ['Einzelpreis', (c, o) => chf(tcPrice(o)), [], opt],
    ['Gebühren', (c, o) => chf(tcFee(o) * tcQty(o)), []],
    ['Total', (c, o) => chf((tcPrice(o) + tcFee(o)) * tcQty(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Währung', () => 'CHF', [OR('currencyCode')]],
    ['Zahlungsart', (c, o) => v.pick(v.rng(n(o) + 11), ['Visa', 'Mastercard', 'TWINT', 'PostFinance Card', 'TWINT', 'Rechnung', 'Bar']), [OR('payments[0].paymentType')]],
    ['Verkaufskanal', (c, o) => tcCh(o), [], opt],
    ['Ticketversand', (c, o) => (tcCh(o) === 'Vorverkaufsstelle' ? 'Abholung' : n(o) % 4 === 0 ? 'Mobile Ticket' : 'Print@Home'), ['commerce.shipping.shippingMethod'], opt],
    ['Status', (c, o) => (n(o) % 29 === 0 ? 'Storniert' : 'Bezahlt'), [], opt],
    ['Vorname', (c) => ch(c).first, []],
    ['Nachname', (c) => ch(c).last, []],
    ['E-Mail', (c, o) => (tcCh(o) === 'Vorverkaufsstelle' ? '' : ch(c).email), EMAIL_ID],
    ['PLZ', (c, o) => (tcCh(o) === 'Vorverkaufsstelle' ? '' : ch(c).plz), [BILL('postalCode')], opt],
    ['Ort', (c, o) => (tcCh(o) === 'Vorverkaufsstelle' ? '' : ch(c).city), [BILL('city')], opt],
    ['Land', (c, o) => (tcCh(o) === 'Vorverkaufsstelle' ? '' : 'CH'), [BILL('countryCode')], opt],
    ['Promotionscode', (c, o) => (n(o) % 9 === 0 ? 'HERBST10' : ''), ['commerce.promotionID']],
  ] },
  { name: 'be-energised-ladevorgaenge-at', product: 'has.to.be be.ENERGISED (Betreiber-Backend: Ladevorgänge > Export CSV, one row per charging session, Austrian German UI, a Styrian municipal utility\'s public charging points)', family: 'mobility', language: 'de', schema: E, cols: [
    ['Ladevorgang-ID', (c, o) => String(8800000 + n(o) * 13), ['_id']],
    ['Start', (c, o) => deTs(o.at), ['timestamp']],
    ['Ende', (c, o) => deTs(o.at + beMin(o) * 60000), []],
    ['Dauer', (c, o) => `${pad(Math.floor(beMin(o) / 60))}:${pad(beMin(o) % 60)}:00`, []],
    ['Standort', (c, o) => beSite(o)[0], ['placeContext.POIinteraction.POIDetail.name'], opt],
    ['Ladestation', (c, o) => `${beSite(o)[0]} - Säule ${1 + (n(o) % 2)}`, ['placeContext.POIinteraction.POIDetail.name'], opt],
    ['EVSE-ID', (c, o) => `${beSite(o)[1]}${1 + (n(o) % 2)}`, ['placeContext.POIinteraction.POIDetail.POIID', 'placeContext.POIinteraction.POIDetail.poiID'], opt],
    ['Stecker', (c, o) => (beSite(o)[4] >= 50 ? (n(o) % 5 === 0 ? 'CHAdeMO' : 'CCS') : 'Typ 2'), []],
    ['Ort', (c, o) => beSite(o)[2], [GEO('city')], opt],
    ['PLZ', (c, o) => beSite(o)[3], [GEO('postalCode')], opt],
    ['Energie (kWh)', (c, o) => dec(beKwh(o), ','), []],
    ['Zählerstand Start (kWh)', (c, o) => dec(12000 + (n(o) * 91) % 80000, ','), []],
    ['Zählerstand Ende (kWh)', (c, o) => dec(12000 + (n(o) * 91) % 80000 + beKwh(o), ','), []],
    ['Authentifizierung', (c, o) => beAuth(o), [], opt],
    ['Token-ID', (c, o) => (beAuth(o).startsWith('Ad-hoc') ? '' : v.hex(v.rng(n(c) + 5), 14).toUpperCase()), [], opt],
    ['Vertrags-ID (eMAID)', (c, o) => (beAuth(o) === 'RFID' || beAuth(o) === 'App' ? `AT-STW-C${pad(n(c) % 100000, 5)}${v.hex(v.rng(n(c)), 3).toUpperCase()}` : beAuth(o).startsWith('Roaming') ? `DE-${v.pick(v.rng(n(c) + 1), ['EBW', 'MBC', 'ELL', 'SHL'])}-C${v.int(v.rng(n(c) + 2), 10000000, 99999999)}` : ''), CUST_ID, opt],
    ['Roaming-Partner', (c, o) => (beAuth(o).startsWith('Roaming') ? v.pick(v.rng(n(c) + 1), ['EnBW mobility+', 'Mercedes me Charge', 'Elli', 'Shell Recharge']) : ''), [], opt],
    ['Tarif', (c, o) => (beAuth(o) === 'RFID' || beAuth(o) === 'App' ? 'Stadtwerke Ladekarte' : beAuth(o).startsWith('Ad-hoc') ? 'Ad-hoc' : 'Roaming-Standard'), [], opt],
    ['Preis netto', (c, o) => dec(beKwh(o) * bePrice(o) / 1.2, ','), []],
    ['Preis brutto', (c, o) => dec(beKwh(o) * bePrice(o), ','), [OR('priceTotal'), OR('payments[0].paymentAmount')], opt],
    ['Währung', () => 'EUR', [OR('currencyCode')], opt],
    ['Beendigungsgrund', (c, o) => v.pick(v.rng(n(o) + 3), ['Vom Fahrzeug beendet', 'Lokal beendet (RFID)', 'Remote beendet (App)', 'Fahrzeug voll geladen', 'Stromausfall']), []],
    ['Status', (c, o) => (n(o) % 17 === 0 ? 'Fehlerhaft' : 'Abgeschlossen'), [], opt],
  ] },
  { name: 'foodora-bestellungen-at', product: 'foodora (Partner-Portal: Bestellungen > Bestellhistorie > Exportieren, one row per order, Austrian German UI, a Viennese restaurant in Neubau)', family: 'ecommerce-orders', language: 'de', schema: E, cols: [
    ['Bestell-ID', (c, o) => `${v.alnum(v.rng(n(o) + 1), 4).toLowerCase()}-${v.alnum(v.rng(n(o) + 2), 4).toLowerCase()}`, ['_id', OR('purchaseID')]],
    ['Bestellnummer', (c, o) => String(100000 + (n(o) * 7) % 900000), [OR('purchaseID')], opt],
    ['Restaurant', () => 'Gasthaus Zur Goldenen Gans - Neubau', ['placeContext.POIinteraction.POIDetail.name'], opt],
    ['Bestelldatum', (c, o) => deD(open(o.at, 11, 11)), ['timestamp']],
    ['Bestellzeit', (c, o) => hm(cet(open(o.at, 11, 11))), [], opt],
    ['Zustellzeit', (c, o) => (fdSt(o) === 'Zugestellt' ? hm(cet(open(o.at, 11, 11) + (28 + (n(o) % 30)) * 60000)) : ''), []],
    ['Lieferart', (c, o) => (fdPick(o) ? 'Abholung' : n(o) % 3 === 0 ? 'Eigenlieferung' : 'foodora-Lieferung'), ['commerce.shipping.shippingMethod'], opt],
    ['Status', (c, o) => fdSt(o), [], opt],
    ['Artikel', (c, o) => `${fdN(o)}x ${fdItem(o)[0]}${n(o) % 3 === 0 ? ', 1x Almdudler 0,5l' : ''}`, [PL('name')], opt],
    ['Anzahl Artikel', (c, o) => String(fdN(o) + (n(o) % 3 === 0 ? 1 : 0)), [PL('quantity')], opt],
    ['Zwischensumme', (c, o) => dec(fdSub(o), ','), []],
    ['Liefergebühr', (c, o) => dec(fdFee(o), ','), ['commerce.shipping.shippingAmount']],
    ['Rabatt', (c, o) => dec(fdDisc(o), ','), [OR('discountAmount')]],
    ['Gutscheincode', (c, o) => (fdDisc(o) ? 'FOODORA20' : ''), ['commerce.promotionID']],
    ['Gesamtbetrag', (c, o) => dec(fdSub(o) + fdFee(o) - fdDisc(o), ','), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['davon MwSt.', (c, o) => dec((fdSub(o) - fdDisc(o)) / 1.1 * 0.1, ','), [OR('taxAmount')]],
    ['Zahlungsart', (c, o) => (n(o) % 5 === 0 ? 'Barzahlung' : v.pick(v.rng(n(o) + 4), ['Kreditkarte', 'PayPal', 'Apple Pay', 'Google Pay', 'Kreditkarte'])), [OR('payments[0].paymentType')]],
    ['Provision', (c, o) => dec((fdSub(o) - fdDisc(o)) * (fdPick(o) ? 0.12 : 0.3), ','), []],
    ['Lieferbezirk', (c, o) => (fdPick(o) ? '' : `${FD_DIST[n(o) % FD_DIST.length][0]} ${FD_DIST[n(o) % FD_DIST.length][1]}`), [SHIP('city')], opt],
    ['PLZ', (c, o) => (fdPick(o) ? '' : FD_DIST[n(o) % FD_DIST.length][0]), [SHIP('postalCode')]],
    ['Kunde', (c) => `${at_(c).first} ${at_(c).last[0]}.`, []],
    ['Stammkunde', (c, o) => (n(c) % 3 === 0 ? 'Ja' : 'Nein'), []],
    ['Stornogrund', (c, o) => (fdSt(o) === 'Storniert' ? 'Kunde hat storniert' : fdSt(o) === 'Abgelehnt' ? 'Restaurant zu beschäftigt' : ''), []],
  ] },
  { name: 'ebusy-buchungen-de', product: 'eBuSy (Backend: Buchungen > Buchungsliste > Export CSV, one row per court booking, German UI, a tennis club in Bochum with six outdoor and two hall courts)', family: 'bookings', language: 'de', schema: E, cols: [
    ['Buchungs-ID', (c, o) => String(2400000 + n(o) * 3), ['_id']],
    ['Datum', (c, o) => deD(ebStart(o)), ['timestamp']],
    ['Von', (c, o) => hm(cet(ebStart(o))), [], opt],
    ['Bis', (c, o) => hm(cet(ebStart(o) + ebLen(o) * 60000)), []],
    ['Platz', (c, o) => ebPlatz(o), ['placeContext.POIinteraction.POIDetail.name'], opt],
    ['Modul', (c, o) => (ebPlatz(o).startsWith('Halle') ? 'Tennishalle' : 'Außenplätze'), [], opt],
    ['Buchungsart', (c, o) => ebArt(o), ['eventType'], opt],
    ['Spieler 1', (c) => `${de(c).last}, ${de(c).first}`, []],
    ['Mitgliedsnummer', (c) => `M${pad(n(c) % 10000, 4)}`, CUST_ID, opt],
    ['E-Mail', (c) => de(c).email, EMAIL_ID],
    ['Telefon', (c) => (n(c) % 4 === 0 ? '' : de(c).mobile), PHONE_ID],
    ['Spieler 2', (c, o) => (ebArt(o) === 'Training' ? 'Trainer: Kai Lorenz' : v.pick(v.rng(n(o) + 8), ['Wolf, Lena', 'Krüger, Timo', 'Gast', 'Hartmann, Jana', 'Neumann, Dennis'])), []],
    ['Spieler 3', (c, o) => (ebArt(o) === 'Doppel' ? v.pick(v.rng(n(o) + 9), ['Richter, Anja', 'Koch, Florian', 'Lange, Stefanie']) : ''), []],
    ['Spieler 4', (c, o) => (ebArt(o) === 'Doppel' ? v.pick(v.rng(n(o) + 10), ['Klein, Markus', 'Schröder, Laura', 'Gast']) : ''), []],
    ['Gebühr', (c, o) => dec(ebFee(o), ','), [OR('priceTotal'), OR('payments[0].paymentAmount')], opt],
    ['Bezahlt', (c, o) => (ebFee(o) === 0 ? '' : n(o) % 4 === 0 ? 'Nein' : 'Ja'), []],
    ['Zahlungsart', (c, o) => (ebFee(o) === 0 ? '' : v.pick(v.rng(n(o) + 12), ['Lastschrift', 'PayPal', 'Guthaben'])), [OR('payments[0].paymentType')], opt],
    ['Gebucht am', (c, o) => deT(ebStart(o) - (1 + (n(o) % 70)) * 3600000), [], opt],
    ['Gebucht über', (c, o) => v.pick(v.rng(n(o) + 13), ['Web', 'App', 'Terminal', 'Web']), [], opt],
    ['Storniert', (c, o) => (n(o) % 15 === 0 ? 'Ja' : 'Nein'), [], opt],
    ['Bemerkung', (c, o) => (n(o) % 11 === 0 ? 'Medenspiel-Vorbereitung' : ''), []],
  ] },
  { name: 'dampsoft-patientenliste-de', product: 'Dampsoft DS-Win (Statistik > Patientenliste > Export nach Excel, one row per patient, German UI, a two-dentist practice in Bochum)', family: 'healthcare', language: 'de', schema: P, cols: [
    ['Pat.-Nr.', (c) => String(n(c) % 12000 + 1), ID],
    ['Anrede', (c) => (de(c).female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Titel', (c) => (n(c) % 13 === 0 ? 'Dr.' : ''), ['person.name.courtesyTitle'], opt],
    ['Name', (c) => de(c).last, ['person.name.lastName']],
    ['Vorname', (c) => de(c).first, ['person.name.firstName']],
    ['Geb.-Datum', (c) => v.fmt.de(c.birth), ['person.birthDate']],
    ['Geschlecht', (c) => (de(c).female ? 'w' : 'm'), ['person.gender']],
    ['Straße', (c) => de(c).street, at(HOME2, 'street1')],
    ['PLZ', (c) => de(c).plz, at(HOME2, 'postalCode')],
    ['Ort', (c) => de(c).city, at(HOME2, 'city')],
    ['Telefon privat', (c) => (n(c) % 3 === 0 ? '' : de(c).fon), ['homePhone.number']],
    ['Telefon mobil', (c) => (n(c) % 7 === 0 ? '' : de(c).mobile), ['mobilePhone.number']],
    ['E-Mail', (c) => (n(c) % 4 === 0 ? '' : de(c).email), ['personalEmail.address']],
    ['Kostenträger', (c) => dsKasse(c)[0], []],
    ['Versichertenart', (c) => (dsKasse(c)[1] === 'PKV' ? 'Privat' : n(c) % 5 === 0 ? 'Familienversichert' : 'Mitglied'), []],
    ['Versicherten-Nr.', (c) => (dsKasse(c)[1] === 'PKV' ? '' : dsKvnr(c)), []],
    ['Behandler', (c) => (n(c) % 2 === 0 ? 'Dr. M. Hartmann' : 'ZÄ S. Yilmaz'), []],
    ['Erstbesuch', (c) => v.fmt.de(c.created), [], opt],
    ['Letzte Behandlung', (c) => v.fmt.de(Math.max(c.created, c.updated)), []],
    ['Recall', (c) => v.fmt.de(Math.max(c.created, c.updated) + 182 * day), []],
    ['Bonusheft', (c) => (dsKasse(c)[1] === 'PKV' ? '' : n(c) % 3 === 0 ? 'nein' : 'ja'), []],
    ['Einverständnis Recall per SMS/E-Mail', (c) => (c.bool ? 'ja' : 'nein'), [], opt],
  ] },
  { name: 'spielerplus-mitglieder-de', product: 'SpielerPlus (Verein > Mitglieder > Exportieren als Excel, one row per club member, German UI, an amateur football club in the Ruhr area)', family: 'memberships', language: 'de', schema: P, cols: [
    ['Vorname', (c) => de(c).first, ['person.name.firstName']],
    ['Nachname', (c) => de(c).last, ['person.name.lastName']],
    ['E-Mail', (c) => de(c).email, ['personalEmail.address']],
    ['Geschlecht', (c) => (de(c).female ? 'weiblich' : 'männlich'), ['person.gender']],
    ['Geburtstag', (c) => v.fmt.de(c.birth), ['person.birthDate']],
    ['Handy', (c) => de(c).mobile, ['mobilePhone.number']],
    ['Telefon', (c) => (n(c) % 3 === 0 ? de(c).fon : ''), ['homePhone.number']],
    ['Straße', (c) => (n(c) % 5 === 0 ? '' : de(c).street), at(HOME2, 'street1')],
    ['PLZ', (c) => (n(c) % 5 === 0 ? '' : de(c).plz), at(HOME2, 'postalCode')],
    ['Ort', (c) => (n(c) % 5 === 0 ? '' : de(c).city), at(HOME2, 'city')],
    ['Mannschaft', (c) => (de(c).female ? 'Damen' : SP_TEAM[n(c) % SP_TEAM.length]), [], opt],
    ['Rolle', (c) => v.pick(seeded(c, 'rolle'), ['Spieler', 'Spieler', 'Spieler', 'Spieler', 'Trainer', 'Betreuer', 'Admin']), [], opt],
    ['Position', (c) => SP_POS[n(c) % SP_POS.length], []],
    ['Trikotnummer', (c) => String(1 + (n(c) % 30)), []],
    ['Spielerpassnummer', (c) => (n(c) % 4 === 0 ? '' : String(v.int(seeded(c, 'pass'), 1000000, 9999999))), []],
    ['Mitglied seit', (c) => v.fmt.de(c.created), ['loyalty.joinDate'], opt],
    ['Status', (c) => (n(c) % 6 === 0 ? 'passiv' : 'aktiv'), [], opt],
    ['Beitrag', (c) => (n(c) % 6 === 0 ? '60,00 €' : '120,00 €'), []],
    ['Letzter Login', (c) => deT(Math.max(c.created, c.updated)), []],
    ['App installiert', (c) => (c.bool ? 'Ja' : 'Nein'), []],
  ] },
  { name: 'bsi-crm-kontakte-ch', product: 'BSI CRM (Kontakte > Liste exportieren > Excel, one row per contact person, Swiss German UI, a Zurich insurance broker\'s corporate clients)', family: 'crm', language: 'de', schema: B, cols: [
    ['Kontakt-Nr.', (c) => String(100000 + (n(c) * 17) % 900000), B2BID],
    ['Anrede', (c) => (ch(c).female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Titel', (c) => (n(c) % 11 === 0 ? 'Dr.' : ''), ['person.name.courtesyTitle'], opt],
    ['Vorname', (c) => ch(c).first, ['person.name.firstName']],
    ['Nachname', (c) => ch(c).last, ['person.name.lastName']],
    ['Firma', (c) => bsiCo(c)[0], CO],
    ['Funktion', (c) => BSI_FN[n(c) % BSI_FN.length], ['extendedWorkDetails.jobTitle']],
    ['Abteilung', (c) => BSI_ABT[n(c) % BSI_ABT.length], ['extendedWorkDetails.departments[0]']],
    ['Strasse', (c) => bsiCo(c)[2], at(WM, 'street1')],
    ['PLZ', (c) => ch(c).plz, at(WM, 'postalCode')],
    ['Ort', (c) => ch(c).city, at(WM, 'city')],
    ['Kanton', (c) => ch(c).kt, STATE(WM)],
    ['Land', () => 'Schweiz', at(WM, 'country')],
    ['Telefon Geschäft', (c) => `+41 ${v.pick(seeded(c, 'tel'), ['44', '52', '56', '41', '31'])} ${v.int(seeded(c, 'tel2'), 200, 999)} ${pad(v.int(seeded(c, 'tel3'), 10, 99))} ${pad(v.int(seeded(c, 'tel4'), 10, 99))}`, ['workPhone.number']],
    ['Mobile', (c) => (n(c) % 4 === 0 ? '' : ch(c).mobile), ['mobilePhone.number']],
    ['E-Mail', (c) => `${ascii(ch(c).first)}.${ascii(ch(c).last)}@${bsiCo(c)[1]}`, WE],
    ['Korrespondenzsprache', (c) => (n(c) % 9 === 0 ? 'Französisch' : 'Deutsch'), []],
    ['Kundenbetreuer', (c) => v.pick(seeded(c, 'kb'), ['Reto Frei', 'Claudia Egli', 'Pascal Bühler']), []],
    ['Kundensegment', (c) => v.pick(seeded(c, 'seg'), ['KMU', 'KMU', 'Gewerbe', 'Grosskunde']), [], opt],
    ['Status', (c) => (n(c) % 10 === 0 ? 'Inaktiv' : 'Aktiv'), ['b2b.personStatus'], opt],
    ['Newsletter', (c) => (c.bool ? 'Ja' : 'Nein'), [], opt],
    ['Erstellt am', (c) => deD(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Geändert am', (c) => deD(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },
  { name: 'talque-teilnehmer-de', product: 'talque (Veranstalter-Dashboard: Teilnehmer > Export als Excel, one row per registered participant, German UI, a two-day B2B energy-storage conference in Essen)', family: 'events', language: 'de', schema: B, cols: [
    ['ID', (c) => v.hex(seeded(c, 'tq'), 24), B2BID],
    ['Anrede', (c) => (de(c).female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Titel', (c) => (n(c) % 7 === 0 ? 'Dr.' : n(c) % 23 === 0 ? 'Prof. Dr.' : ''), ['person.name.courtesyTitle'], opt],
    ['Vorname', (c) => de(c).first, ['person.name.firstName']],
    ['Nachname', (c) => de(c).last, ['person.name.lastName']],
    ['E-Mail', (c) => `${ascii(de(c).first)[0]}.${ascii(de(c).last)}@${tqCo(c)[1]}`, WE],
    ['Organisation', (c) => tqCo(c)[0], CO],
    ['Position', (c) => TQ_POS[n(c) % TQ_POS.length], ['extendedWorkDetails.jobTitle']],
    ['Teilnehmertyp', (c) => tqTyp(c), ['b2b.personType'], opt],
    ['Ticket', (c) => (tqTyp(c) === 'Teilnehmer' ? v.pick(seeded(c, 'tk'), ['2-Tages-Ticket', 'Tagesticket Mittwoch', 'Tagesticket Donnerstag', 'Frühbucher 2-Tages-Ticket']) : `${tqTyp(c)}-Ticket`), [], opt],
    ['Stadt', (c) => v.pick(seeded(c, 'st'), ['Essen', 'Freiburg im Breisgau', 'Berlin', 'Hamburg', 'Köln', 'München', 'Hannover']), at(WM, 'city')],
    ['Land', (c) => (n(c) % 12 === 0 ? 'Österreich' : 'Deutschland'), at(WM, 'country')],
    ['Telefon', (c) => (n(c) % 3 === 0 ? '' : `+49 ${de(c).mobile.slice(1)}`), ['workPhone.number', 'mobilePhone.number']],
    ['Website', (c) => `https://www.${tqCo(c)[1]}`, ['b2b.companyWebsite']],
    ['LinkedIn', (c) => (n(c) % 2 === 0 ? `https://www.linkedin.com/in/${ascii(de(c).first)}-${ascii(de(c).last)}-${v.hex(seeded(c, 'li'), 6)}` : ''), []],
    ['Interessen', (c) => v.pick(seeded(c, 'int'), ['Großspeicher; Netzintegration', 'Wasserstoff', 'Heimspeicher; PV', 'Regulierung; Marktdesign', '']), [], opt],
    ['Sprache', (c) => (n(c) % 8 === 0 ? 'Englisch' : 'Deutsch'), []],
    ['Registriert am', (c) => deT(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Zuletzt aktiv', (c) => deT(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Eingecheckt', (c) => (n(c) % 5 === 0 ? 'Nein' : 'Ja'), []],
    ['Zustimmung Kontaktaustausch', (c) => (c.bool ? 'Ja' : 'Nein'), [], opt],
  ] },
]
