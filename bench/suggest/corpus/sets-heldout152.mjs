// Round 64, heldout152: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). German (Germany and Switzerland), Dutch, Danish, Norwegian, Czech and
// Polish exports, headers in the product's UI language: a German bakery POS's receipt journal (POSBILL), a Swiss
// donation platform's transactions (RaiseNow), a German affiliate network's advertiser transactions (ADCELL), a German
// messenger-marketing tool's subscribers (Chatchamp), a Swiss course-booking system's participants (edoobox), a Dutch
// customer-service inbox's conversations (Qustomer), a Dutch leisure-booking system's customers (Recras), a Dutch
// invoicing service's business customers (Eenvoudigfactureren), a Danish POS's loyalty-club members (Onlinepos), a
// Norwegian ticketing platform's tickets (Hoopla), a Czech ticketing platform's tickets (GoOut) and a Polish callback
// widget's leads (CallPage) (de 5, nl 3, da 1, no 1, cs 1, pl 1; E 6, P 3, B 3).
// Headers are written from the writer's knowledge of each product; nothing was copied from a real export.
import { E, P, B, v, HOME, B2BID, PL, OR, BILL, GEO, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, W, CO, ACCT as ACC } from './sets.mjs'
import { pad, row, ymd, hms, hm, dmy, dec, thou, local, hash } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
// Central European time everywhere in this half (Berlin, Zurich, Amsterdam, Copenhagen, Oslo, Prague, Warsaw)
const cet = (ms) => local(ms, 1)
// the same instant moved into opening hours (lo .. lo+span-1 local time)
const open = (ms, lo = 9, span = 12) => { const H = cet(ms).H; return ms + ((lo + (H % span)) - H) * 3600000 }
const later = (c) => c.created + ((n(c) % 400) + 5) * day + (n(c) % 70000) * 1000
const deT = (p) => `${dmy(p)} ${hm(p)}`
const deTs = (p) => `${dmy(p)} ${hms(p)}`
const nlT = (p) => `${dmy(p, '-')} ${hm(p)}`
const STORE = ['commerce.commerceScope.storeCode']
const WE = ['workEmail.address', 'personalEmail.address']
const jaNein = (b) => (b ? 'Ja' : 'Nein')
const jaNee = (b) => (b ? 'Ja' : 'Nee')
const FEM = new Set(['Anna', 'Lea', 'Sophie', 'Marie', 'Katharina', 'Ursula', 'Sabine', 'Emma', 'Julia', 'Mila', 'Tess', 'Sanne', 'Femke'])
const fem = (c) => FEM.has(c.first)
const chf = (x) => (Math.round(x * 100) / 100).toFixed(2)

// ---------------------------------------------------------------- local people, seeded by the row's person
const memo = new Map()
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}:${c.first}:${c.last}:${salt}`) ^ 0x3e91a7c5); r(); r(); return r }
const ascii = (s) => s.toLowerCase().replace(/ø/g, 'o').replace(/æ/g, 'ae').replace(/å/g, 'a').replace(/ł/g, 'l').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')
const LOC = {
  ch: { m: ['Reto', 'Beat', 'Urs', 'Lukas', 'Marco', 'Simon', 'Daniel'], f: ['Andrea', 'Nicole', 'Corinne', 'Sandra', 'Barbara', 'Livia', 'Seraina'],
    last: ['Meier', 'Brunner', 'Keller', 'Baumann', 'Frei', 'Huber', 'Gerber', 'Zürcher', 'Widmer', 'Steiner', 'Bühler'],
    // [Ort, PLZ, Kanton]
    places: [['Zürich', '8004', 'ZH'], ['Winterthur', '8400', 'ZH'], ['Bern', '3011', 'BE'], ['Thun', '3600', 'BE'], ['Luzern', '6003', 'LU'], ['Basel', '4051', 'BS'], ['St. Gallen', '9000', 'SG'], ['Aarau', '5000', 'AG'], ['Zug', '6300', 'ZG'], ['Biel/Bienne', '2502', 'BE']],
    streets: ['Bahnhofstrasse', 'Dorfstrasse', 'Seestrasse', 'Kirchgasse', 'Schulhausstrasse', 'Hauptstrasse', 'Rosenweg'],
    mail: ['bluewin.ch', 'gmx.ch', 'gmail.com', 'sunrise.ch', 'hispeed.ch'],
    mobile: (r) => `+41 7${v.pick(r, ['6', '7', '8', '9'])} ${v.int(r, 200, 999)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}` },
  dk: { m: ['Mads', 'Frederik', 'Emil', 'Lars', 'Rasmus', 'Jesper', 'Søren'], f: ['Anne', 'Mette', 'Ida', 'Sofie', 'Camilla', 'Louise', 'Maja'],
    last: ['Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Møller', 'Kristensen'],
    places: [['Aarhus C', '8000'], ['Aarhus N', '8200'], ['Viby J', '8260'], ['Risskov', '8240'], ['Højbjerg', '8270'], ['København Ø', '2100'], ['Silkeborg', '8600'], ['Randers C', '8900']],
    streets: ['Jægergårdsgade', 'Nørrebrogade', 'Frederiks Allé', 'Søndergade', 'Skolevej', 'Bakkegårdsvej', 'Vestergade'],
    mail: ['gmail.com', 'hotmail.com', 'outlook.dk', 'live.dk', 'mail.dk'],
    mobile: (r) => `+45 ${v.pick(r, ['2', '3', '4', '5', '6'])}${v.int(r, 0, 9)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}` },
  no: { m: ['Ola', 'Jonas', 'Magnus', 'Henrik', 'Sindre', 'Eirik', 'Håkon'], f: ['Kari', 'Ingrid', 'Nora', 'Silje', 'Marte', 'Ingeborg', 'Tuva'],
    last: ['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Berg', 'Haugen', 'Bakken', 'Halvorsen', 'Solberg', 'Nygård'],
    places: [['Bergen', '5003'], ['Bergen', '5015'], ['Fyllingsdalen', '5147'], ['Nesttun', '5221'], ['Oslo', '0557'], ['Stavanger', '4006'], ['Os', '5200']],
    mail: ['gmail.com', 'online.no', 'hotmail.com', 'outlook.com', 'icloud.com'],
    mobile: (r) => `+47 ${v.pick(r, ['9', '4'])}${v.int(r, 0, 9)}${v.int(r, 0, 9)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 999), 3)}` },
  cz: { m: [['Jan', 'Novák'], ['Petr', 'Svoboda'], ['Tomáš', 'Dvořák'], ['Lukáš', 'Černý'], ['Jakub', 'Procházka'], ['Martin', 'Kučera'], ['Ondřej', 'Veselý']],
    f: [['Jana', 'Nováková'], ['Tereza', 'Svobodová'], ['Lucie', 'Dvořáková'], ['Kateřina', 'Černá'], ['Eva', 'Procházková'], ['Veronika', 'Kučerová'], ['Barbora', 'Veselá']],
    mail: ['seznam.cz', 'email.cz', 'gmail.com', 'centrum.cz', 'post.cz'],
    mobile: (r) => `+420 ${v.pick(r, ['6', '7'])}${v.int(r, 0, 9)}${v.int(r, 0, 9)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}` },
  pl: { m: [['Piotr', 'Kowalski'], ['Krzysztof', 'Nowak'], ['Tomasz', 'Wiśniewski'], ['Marcin', 'Wójcik'], ['Paweł', 'Kamiński'], ['Michał', 'Lewandowski'], ['Łukasz', 'Zieliński']],
    f: [['Anna', 'Kowalska'], ['Katarzyna', 'Nowak'], ['Magdalena', 'Wiśniewska'], ['Agnieszka', 'Wójcik'], ['Joanna', 'Kamińska'], ['Monika', 'Lewandowska'], ['Aleksandra', 'Zielińska']],
    mail: ['gmail.com', 'wp.pl', 'onet.pl', 'o2.pl', 'interia.pl'],
    mobile: (r) => `+48 ${v.pick(r, ['5', '6', '7', '8'])}${v.int(r, 0, 9)}${v.int(r, 0, 9)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}` },
}
const mk = (c, cc, salt) => {
  const r = seeded(c, `${cc}:${salt}`), L = LOC[cc]
  const female = r() < 0.5
  let first, last
  if (cc === 'cz' || cc === 'pl') { const p = v.pick(r, female ? L.f : L.m); first = p[0]; last = v.pick(r, female ? L.f : L.m)[1] } else { first = v.pick(r, female ? L.f : L.m); last = v.pick(r, L.last) }
  const pl = L.places ? v.pick(r, L.places) : []
  return { female, first, last, full: `${first} ${last}`, city: pl[0], zip: pl[1], canton: pl[2],
    street: L.streets ? `${v.pick(r, L.streets)} ${v.int(r, 1, 90)}` : '', mobile: L.mobile(r),
    email: `${ascii(first)}${v.pick(r, ['.', '', '_'])}${ascii(last)}${r() < 0.4 ? v.int(r, 1, 99) : ''}@${v.pick(r, L.mail)}` }
}
const who = (c, cc, salt = '') => { const k = `${cc}:${salt}:${c.id}:${c.first}:${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc, salt)); return memo.get(k) }
const ch = (c) => who(c, 'ch')
const dk = (c) => who(c, 'dk')
const no = (c) => who(c, 'no')
const cz = (c) => who(c, 'cz')
const pl = (c) => who(c, 'pl')
// Dutch surnames with a tussenvoegsel: 'van den Berg' → ['van den', 'Berg']
const tv = (last) => { const m = last.match(/^((?:[a-z]+ )+)(.+)$/); return m ? [m[1].trim(), m[2]] : ['', last] }

// ---------------------------------------------------------------- 1. POSBILL receipt journal (de, E)
// a Bochum bakery-café with two branches: [Artikelnr, Bezeichnung, Warengruppe, Preis, MwSt im Haus]
const PB_ITEMS = [['1001', 'Roggenmischbrot 1000 g', 'Brot', 4.2, 7], ['1015', 'Dinkelbrötchen', 'Brötchen', 0.65, 7], ['2040', 'Käsekuchen Stück', 'Kuchen & Torten', 3.4, 19], ['3003', 'Cappuccino groß', 'Heißgetränke', 3.9, 19], ['3010', 'Latte Macchiato', 'Heißgetränke', 4.1, 19], ['4021', 'Belegtes Brötchen Schinken-Käse', 'Snacks', 3.8, 19], ['3050', 'O-Saft frisch 0,3 l', 'Kaltgetränke', 3.5, 19], ['1030', 'Laugenbrezel', 'Brötchen', 0.95, 7]]
const pbItem = (o, i) => row(PB_ITEMS, i + n(o))
const pbTogo = (o) => n(o) % 3 !== 0
const pbVat = (o, i) => (pbTogo(o) && pbItem(o, i)[2] !== 'Heißgetränke' && pbItem(o, i)[2] !== 'Kaltgetränke' ? 7 : pbItem(o, i)[4])
const pbLine = (o, i) => pbItem(o, i)[3] * o.qty
const pbDisc = (o, i) => (n(o) % 7 === 3 ? Math.round(pbLine(o, i) * 10) / 100 : 0)
const pbBon = (o, i) => pbLine(o, i) - pbDisc(o, i) + (n(o) % 4) * 1.3
const pbAt = (o) => open(o.at, 6, 13)
const pbMember = (o) => n(o) % 4 === 1
// ---------------------------------------------------------------- 2. RaiseNow transactions (de, E)
// a Bern animal-shelter foundation
const RN_AMT = [30, 50, 100, 20, 250, 75, 40, 500]
const rnAmt = (o) => row(RN_AMT, n(o))
const rnRec = (o) => n(o) % 3 === 0
const rnMethod = (o) => row(['TWINT', 'Visa', 'Mastercard', 'PostFinance Card', 'TWINT', 'Lastschrift (LSV+)', 'QR-Rechnung', 'Apple Pay'], n(o) >> 1)
const rnSt = (o) => row(['Erfolgreich', 'Erfolgreich', 'Erfolgreich', 'Fehlgeschlagen', 'Erfolgreich', 'Ausstehend', 'Erfolgreich', 'Rückerstattet'], n(o) % 8)
const rnFee = (o) => (rnMethod(o) === 'TWINT' ? rnAmt(o) * 0.013 : rnMethod(o).startsWith('Lastschrift') || rnMethod(o) === 'QR-Rechnung' ? 0.5 : rnAmt(o) * 0.019 + 0.3)
const rnAt = (o) => open(o.at, 7, 16)
const RN_CAMP = [['Winterhilfe 2024', 'Wo am nötigsten'], ['Neubau Hundehaus', 'Neubau Hundehaus'], ['Katzenstation Notfallfonds', 'Tierarztkosten'], ['Patenschaft', 'Patenschaft Tier'], ['Legate & Gedenkspenden', 'Wo am nötigsten']]
const rnCamp = (o) => row(RN_CAMP, n(o) % 5)
// ---------------------------------------------------------------- 3. ADCELL advertiser transactions (de, E)
// a Leipzig outdoor-gear shop's partner programme
const AD_PUB = [['214587', 'gutscheinmagazin.de', 'Gutscheincode'], ['198332', 'Cashback-Portal Shoop', 'Textlink'], ['305771', 'wanderblog-sachsen.de', 'Banner 300x250'], ['187004', 'preisvergleich24.net', 'Produktdaten-Feed'], ['266910', 'outdoor-testberichte.de', 'Textlink']]
const adPub = (o) => row(AD_PUB, n(o) % 5)
const adLead = (o) => n(o) % 9 === 4
const adSt = (o) => row(['bestätigt', 'offen', 'bestätigt', 'storniert', 'bestätigt', 'offen'], n(o) % 6)
const adNet = (o) => (adLead(o) ? 0 : o.subtotal / 1.19 * 2.4)
const adAt = (o) => open(o.at, 8, 15)
const adCat = (o) => row(['Zelte & Schlafsäcke', 'Bekleidung', 'Schuhe', 'Rucksäcke', 'Zubehör'], n(o) % 5)
// ---------------------------------------------------------------- 4. Chatchamp subscribers (de, P)
// a Munich natural-cosmetics Shopify shop
const ccChan = (c) => row(['WhatsApp', 'Facebook Messenger', 'WhatsApp', 'Instagram', 'WhatsApp'], n(c) % 5)
const ccSub = (c) => n(c) % 7 !== 2
const ccOrders = (c) => (n(c) % 3 === 0 ? 0 : 1 + (n(c) % 6))
// ---------------------------------------------------------------- 5. edoobox participants (de, B)
// a Zurich continuing-education institute: [Angebotsnr, Angebot, Preis, Durchführungsort]
const EB_OFFERS = [['PM-2401', 'Agiles Projektmanagement (Scrum Master)', 2450, 'Zürich Oerlikon'], ['FU-1102', 'Führen ohne Vorgesetztenfunktion', 1380, 'Zürich Oerlikon'], ['DS-0907', 'Datenschutz (revDSG) für Praktiker', 890, 'Online (Zoom)'], ['EX-0315', 'Excel für Controller', 720, 'Bern Wankdorf'], ['KO-2210', 'Konfliktmanagement im Team', 1150, 'Zürich Oerlikon']]
const ebOffer = (o) => row(EB_OFFERS, n(o) % 5)
const ebStart = (o) => Date.UTC(2025, 2 + (n(o) % 6), 3 + (n(o) % 24), 7, 30)
const ebSt = (c) => row(['Bestätigt', 'Bestätigt', 'Warteliste', 'Bestätigt', 'Storniert', 'Bestätigt', 'Provisorisch'], n(c) % 7)
const EB_FIRMS = [['Helvetia Logistik AG', 'Logistikstrasse 12', '8957', 'Spreitenbach', 'helvetia-logistik.ch'], ['Zürcher Kantonalbank', 'Bahnhofstrasse 9', '8001', 'Zürich', 'zkb.ch'], ['SBB AG', 'Hilfikerstrasse 1', '3000', 'Bern 65', 'sbb.ch'], ['Spital Limmattal', 'Urdorferstrasse 100', '8952', 'Schlieren', 'spital-limmattal.ch'], ['Bühler Präzisionstechnik AG', 'Industriestrasse 27', '8404', 'Winterthur', 'buehler-praezision.ch'], ['Gemeinde Köniz', 'Landorfstrasse 1', '3098', 'Köniz', 'koeniz.ch']]
const ebFirm = (c) => row(EB_FIRMS, n(c) >> 1)
const EB_ROLE = [['Projektleiter', 'Projektleiterin', 'Informatik'], ['Teamleiter Disposition', 'Teamleiterin Disposition', 'Logistik'], ['HR Business Partner', 'HR Business Partner', 'Personal'], ['Controller', 'Controllerin', 'Finanzen'], ['Leiter Pflege', 'Leiterin Pflege', 'Pflegedienst'], ['Sachbearbeiter', 'Sachbearbeiterin', 'Einwohnerdienste']]
const ebRole = (c) => { const x = row(EB_ROLE, n(c) % 6); return [ch(c).female ? x[1] : x[0], x[2]] }
const ebMail = (c) => `${ascii(ch(c).first)}.${ascii(ch(c).last)}@${ebFirm(c)[4]}`
// ---------------------------------------------------------------- 6. Qustomer conversations (nl, E)
// a Utrecht bicycle webshop
const quChan = (o) => row(['E-mail', 'Live chat', 'WhatsApp', 'E-mail', 'Facebook Messenger', 'Live chat', 'Telefoon'], n(o) % 7)
const quSubj = (o) => row(['Waar blijft mijn bestelling?', 'Retour aanmelden', 'Vraag over framemaat', 'Garantie op accu', 'Factuur niet ontvangen', 'Levering verkeerde kleur'], n(o) % 6)
const quSt = (o) => row(['Gesloten', 'Gesloten', 'Open', 'Gesloten', 'In afwachting', 'Gesloten'], n(o) % 6)
const quAt = (o) => open(o.at, 8, 12)
const quFirst = (o) => 4 + (n(o) * 13) % 240
// ---------------------------------------------------------------- 7. Recras customers (nl, P)
// a Drenthe outdoor-activity centre (kanoverhuur, boerengolf, groepsuitjes)
const rcBiz = (c) => n(c) % 5 === 2
const RC_BIZ = ['Installatiebedrijf Hoekstra B.V.', 'Gemeente Assen', 'Bakker Logistiek', 'Tandartspraktijk De Brink', 'Rabobank Drentsche Aa']
const rcBookings = (c) => 1 + (n(c) % 4)
// ---------------------------------------------------------------- 8. Eenvoudigfactureren business customers (nl, B)
// an Eindhoven solar-panel installer: [bedrijf, straat, postcode, plaats, kvk, website]
const EF_FIRMS = [['Van Gool Vastgoedbeheer B.V.', 'Kastanjelaan 12', '5616 LZ', 'Eindhoven', '17089345', 'vangoolvastgoed.nl'], ['Bakkerij Verhoeven', 'Markt 7', '5671 CK', 'Nuenen', '54123987', 'bakkerijverhoeven.nl'], ['Agrarisch Bedrijf Van den Heuvel', 'Hoogeind 43', '5694 PR', 'Breugel', '17204456', ''], ['VvE De Kade', 'Strijp-S, Torenallee 60', '5617 BD', 'Eindhoven', '65770012', ''], ['Autobedrijf Smits Veldhoven', 'Zandven 4', '5503 HB', 'Veldhoven', '17055821', 'autobedrijfsmits.nl'], ['Kinderopvang Het Speelhuis', 'Wilhelminaplein 2', '5611 HG', 'Eindhoven', '70433215', 'hetspeelhuis.nl']]
const efFirm = (c) => row(EF_FIRMS, n(c) >> 1)
const efDom = (c) => efFirm(c)[5] || `${ascii(efFirm(c)[0]).slice(0, 14)}.nl`
const efBtw = (c) => `NL${String(800000000 + (n(c) * 7919) % 199999999)}B0${1 + (n(c) % 3)}`
const efInv = (c) => 1 + (n(c) % 9)
const efTotal = (c) => efInv(c) * (1450 + (n(c) % 37) * 215.5)
// ---------------------------------------------------------------- 9. Onlinepos loyalty-club members (da, P)
// an Aarhus café-bar chain
const opGroup = (c) => row(['Stamkunde', 'Stamkunde', 'VIP', 'Stamkunde', 'Personale', 'Studerende'], n(c) % 6)
const opVisits = (c) => 1 + (n(c) * 7) % 60
const opStore = (c) => row(['Jægergårdsgade', 'Aarhus Ø', 'Frederiksbjerg'], n(c) % 3)
// ---------------------------------------------------------------- 10. Hoopla tickets (no, E)
// a Bergen jazz club: [arrangement, dato, [billettype, pris]...]
const HP_EVENTS = [['Bergen Big Band + gjester', Date.UTC(2024, 10, 8, 19, 0)], ['Jazzklubben: Trondheim Jazz Orchestra', Date.UTC(2024, 10, 22, 19, 0)], ['Julekonsert med Kristin Asbjørnsen', Date.UTC(2024, 11, 13, 18, 0)], ['Nattjazz Warm-up', Date.UTC(2025, 4, 2, 18, 30)]]
const HP_TYPES = [['Ordinær', 390], ['Student', 250], ['Medlem', 290], ['Ordinær', 390], ['Honnør', 290]]
const hpEv = (o) => row(HP_EVENTS, n(o) % 4)
const hpType = (o) => row(HP_TYPES, n(o) % 5)
const hpSt = (o) => row(['Betalt', 'Betalt', 'Betalt', 'Refundert', 'Betalt', 'Betalt', 'Reservert'], n(o) % 7)
const hpAt = (o) => open(hpEv(o)[1] - ((n(o) % 45) + 1) * day + (n(o) % 3600) * 1000, 8, 15)
const hpIn = (o) => hpSt(o) === 'Betalt' && n(o) % 4 !== 3
// ---------------------------------------------------------------- 11. GoOut tickets (cs, E)
// a Brno music club
const GO_EVENTS = [['Prago Union – turné Vzestup', Date.UTC(2024, 9, 17, 18, 0), 'Fléda, Brno'], ['Bratři Ebenové', Date.UTC(2024, 10, 29, 18, 30), 'Fléda, Brno'], ['Kryštof Kemp – Ozvěny', Date.UTC(2025, 2, 7, 19, 0), 'Fléda, Brno'], ['Jazz Session: Vertigo', Date.UTC(2025, 0, 24, 19, 0), 'Fléda, Brno']]
const GO_TYPES = [['Předprodej – stání', 490], ['Na místě – stání', 590], ['Předprodej – stání', 490], ['VIP balkon', 890]]
const goEv = (o) => row(GO_EVENTS, n(o) % 4)
const goType = (o) => row(GO_TYPES, (n(o) >> 2) % 4)
const goSt = (o) => row(['Zaplaceno', 'Zaplaceno', 'Zaplaceno', 'Stornováno', 'Zaplaceno', 'Vráceno'], n(o) % 6)
const goAt = (o) => open(goEv(o)[1] - ((n(o) % 60) + 1) * day + (n(o) % 3600) * 1000, 8, 16)
const czT = (p) => `${p.d}. ${p.m}. ${p.y} ${p.H}:${pad(p.M)}`
// ---------------------------------------------------------------- 12. CallPage leads (pl, B)
// a Kraków accounting-software vendor: [firma, stanowisko]
const CP_FIRMS = ['Biuro Rachunkowe Saldo s.c.', 'Kancelaria Podatkowa Wrona i Wspólnicy', 'Piekarnia Oskroba Sp. z o.o.', 'Transbud Logistyka Sp. z o.o.', 'Meblomax S.A.', 'Fundacja Rozwoju Przedsiębiorczości']
const cpFirm = (c) => row(CP_FIRMS, n(c) >> 1)
const cpJob = (c) => row(pl(c).female ? ['Główna księgowa', 'Właścicielka', 'Kierowniczka działu finansów', 'Specjalistka ds. kadr i płac', 'Dyrektor finansowa', 'Księgowa'] : ['Główny księgowy', 'Właściciel', 'Kierownik działu finansów', 'Specjalista ds. kadr i płac', 'Dyrektor finansowy', 'Księgowy'], n(c) % 6)
const cpSt = (c) => row(['Połączono', 'Połączono', 'Nieodebrane przez konsultanta', 'Połączono', 'Zaplanowane', 'Nieodebrane przez klienta', 'Połączono'], n(c) % 7)
const cpType = (c) => (cpSt(c) === 'Zaplanowane' ? 'Zaplanowane połączenie' : n(c) % 5 === 4 ? 'Poza godzinami pracy' : 'Natychmiastowe oddzwonienie')
const CP_SRC = [['google', 'cpc', 'ksiegowosc-online-2024'], ['direct', '', ''], ['linkedin', 'paid_social', 'kadry-place-webinar'], ['google', 'organic', ''], ['newsletter', 'email', 'luty-nowosci']]
const cpSrc = (c) => row(CP_SRC, n(c) % 5)
const cpAt = (c) => open(later(c), 8, 10)
const cpMail = (c) => `${ascii(pl(c).first)}.${ascii(pl(c).last)}@${ascii(cpFirm(c)).slice(0, 12)}.pl`

export const SETS = [
  // ---------------------------------------------------------------- Germany: bakery POS receipt journal
  { name: 'posbill-bonjournal-de', product: 'POSBILL (POSBILL GmbH; Backoffice: Auswertungen > Bonjournal > Export CSV, one row per receipt line, German UI, a Bochum bakery-café with two branches, Europe/Berlin, EUR)', family: 'pos', language: 'de', schema: E, cols: [
    ['Filiale', (c, o) => (n(o) % 3 === 0 ? 'Bochum Innenstadt' : 'Bochum-Ehrenfeld'), STORE, opt],
    ['Kasse', (c, o) => `Kasse ${1 + (n(o) % 2)}`, []],
    ['Bonnummer', (c, o) => String(100000 + n(o)), [OR('purchaseID')]],
    ['Datum', (c, o) => dmy(cet(pbAt(o))), ['timestamp']],
    ['Uhrzeit', (c, o) => hms(cet(pbAt(o))), [], opt],
    ['Bediener', (c, o) => row(['Sabine K.', 'Kevin', 'Aylin', 'Thomas M.'], n(o) % 4), []],
    ['Tisch', (c, o) => (pbTogo(o) ? '' : String(1 + (n(o) % 14))), []],
    ['Außer Haus', (c, o) => jaNein(pbTogo(o)), []],
    ['Artikelnummer', (c, o, r, i) => pbItem(o, i)[0], [PL('SKU')]],
    ['Artikelbezeichnung', (c, o, r, i) => pbItem(o, i)[1], [PL('name')]],
    ['Warengruppe', (c, o, r, i) => pbItem(o, i)[2], [PL('productCategories[0].categoryName')]],
    ['Menge', (c, o) => dec(o.qty, ','), [PL('quantity')]],
    ['Einzelpreis', (c, o, r, i) => dec(pbItem(o, i)[3]), [], opt],
    ['Rabatt', (c, o, r, i) => dec(pbDisc(o, i)), [PL('discountAmount')], opt],
    ['Gesamtpreis', (c, o, r, i) => dec(pbLine(o, i) - pbDisc(o, i)), [PL('priceTotal')]],
    ['MwSt-Satz', (c, o, r, i) => `${pbVat(o, i)},00 %`, []],
    ['MwSt-Betrag', (c, o, r, i) => dec((pbLine(o, i) - pbDisc(o, i)) * pbVat(o, i) / (100 + pbVat(o, i))), [], opt],
    ['Bonsumme', (c, o, r, i) => dec(pbBon(o, i)), [OR('priceTotal')]],
    ['Zahlungsart', (c, o) => row(['Bar', 'EC-Karte', 'Bar', 'Kreditkarte', 'Bar', 'Gutschein', 'Kundenkarte'], n(o) % 7), [OR('payments[0].paymentType')]],
    ['Währung', () => 'EUR', [OR('currencyCode'), PL('currencyCode'), OR('payments[0].currencyCode')]],
    ['Kundennummer', (c, o) => (pbMember(o) ? `K${pad(n(c) % 10000, 5)}` : ''), CUST_ID, opt],
    ['Storno', (c, o) => jaNein(n(o) % 17 === 5), []],
    ['TSE-Transaktionsnummer', (c, o) => String(48000 + n(o) * 3), []],
    ['TSE-Signaturzähler', (c, o) => String(96000 + n(o) * 7), []],
    ['TSE-Seriennummer', (c, o) => (n(o) % 2 ? 'a3f9c1e07b5d42e8c6f1d0b9e2a47c35d8b61f0e9a2c4d7b3e5f8a1c0d6b9e2f' : '5b1e8d2c7a0f4e9b3d6c1a8f2e5b0d7c9a4e1f6b3c8d0a5e2f7b4c9d1e6a3f80'), []],
  ] },
  // ---------------------------------------------------------------- Switzerland: donation transactions
  { name: 'raisenow-transaktionen-ch', product: 'RaiseNow Hub (RaiseNow AG; Hub > Transaktionen > Exportieren (CSV), one row per payment transaction, Swiss German UI, a Bern animal-shelter foundation collecting one-off and recurring donations, Europe/Zurich, CHF)', family: 'payments', language: 'de', schema: E, cols: [
    ['Transaktions-ID', (c, o) => v.uuid(v.rng(hash(`rn${o.id}`) || 1)), ['_id', OR('payments[0].transactionID')]],
    ['Erstellt am', (c, o) => deTs(cet(rnAt(o))), ['timestamp', OR('createdDate')]],
    ['Status', (c, o) => rnSt(o), []],
    ['Betrag', (c, o) => chf(rnAmt(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Währung', () => 'CHF', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Zahlungsmittel', (c, o) => rnMethod(o), [OR('payments[0].paymentType')]],
    ['Zahlungsanbieter', (c, o) => (rnMethod(o).startsWith('Lastschrift') || rnMethod(o) === 'QR-Rechnung' ? 'RaiseNow' : 'Datatrans'), []],
    ['Spendenart', (c, o) => (rnRec(o) ? 'Wiederkehrend' : 'Einmalig'), [], opt],
    ['Intervall', (c, o) => (rnRec(o) ? row(['monatlich', 'monatlich', 'vierteljährlich', 'jährlich'], n(o) >> 2) : ''), []],
    ['Abo-ID', (c, o) => (rnRec(o) ? `sub_${v.hex(v.rng(hash(`rs${o.id}`) || 1), 16)}` : ''), [], opt],
    ['Kampagne', (c, o) => rnCamp(o)[0], ['marketing.campaignName'], opt],
    ['Spendenzweck', (c, o) => rnCamp(o)[1], [PL('name')], opt],
    ['Formular', (c, o) => (n(o) % 4 === 0 ? 'Spendenformular Patenschaft' : 'Spendenformular Standard'), []],
    ['Anrede', (c) => (ch(c).female ? 'Frau' : 'Herr'), []],
    ['Vorname', (c) => ch(c).first, []],
    ['Nachname', (c) => ch(c).last, []],
    ['E-Mail', (c) => ch(c).email, EMAIL_ID],
    ['Telefon', (c) => (n(c) % 3 === 0 ? ch(c).mobile : ''), PHONE_ID, opt],
    ['Strasse', (c) => ch(c).street.replace(/ \d+$/, ''), [BILL('street1')], opt],
    ['Hausnummer', (c) => ch(c).street.replace(/^.* /, ''), [], opt],
    ['PLZ', (c) => ch(c).zip, [BILL('postalCode')]],
    ['Ort', (c) => ch(c).city, [BILL('city')]],
    ['Land', () => 'CH', [BILL('countryCode')]],
    ['Spendenbestätigung', (c) => jaNein(n(c) % 3 !== 1), []],
    ['Newsletter', (c) => jaNein(c.bool), []],
    ['Nachricht', (c, o) => row(['', '', 'Für Bello und seine Freunde', '', 'Im Gedenken an unsere Minou', ''], n(o) % 6), []],
    ['Gebühr', (c, o) => chf(rnFee(o)), []],
    ['Nettobetrag', (c, o) => chf(rnAmt(o) - rnFee(o)), [], opt],
    ['Sprache', (c, o) => (n(o) % 6 === 5 ? 'fr' : 'de'), [], opt],
  ] },
  // ---------------------------------------------------------------- Germany: affiliate network transactions
  { name: 'adcell-transaktionen-de', product: 'ADCELL (Firstlead GmbH; Advertiser-Bereich: Statistiken > Transaktionen > CSV-Export, one row per tracked sale or lead, German UI, a Leipzig outdoor-gear online shop as advertiser, Europe/Berlin, EUR)', family: 'marketing', language: 'de', schema: E, cols: [
    ['Transaktions-ID', (c, o) => String(81000000 + (n(o) * 7331) % 9000000), ['_id']],
    ['Programm-ID', () => '7412', []],
    ['Programm', () => 'Gipfelstürmer Outdoor Shop', []],
    ['Publisher-ID', (c, o) => adPub(o)[0], [], opt],
    ['Publisher', (c, o) => adPub(o)[1], [], opt],
    ['Werbemittel', (c, o) => adPub(o)[2], [], opt],
    ['Event', (c, o) => (adLead(o) ? 'Lead (Newsletter-Anmeldung)' : 'Sale'), ['eventType'], opt],
    ['Klickzeitpunkt', (c, o) => deTs(cet(adAt(o) - (1800 + (n(o) % 90) * 3600) * 1000)), [], opt],
    ['Transaktionszeitpunkt', (c, o) => deTs(cet(adAt(o))), ['timestamp']],
    ['Bestell-ID', (c, o) => (adLead(o) ? `NL-${n(o)}` : `GS-${300000 + n(o)}`), [OR('purchaseID')]],
    ['Umsatz netto', (c, o) => dec(adNet(o)), [OR('priceTotal')], opt],
    ['Provisionsgruppe', (c, o) => (adLead(o) ? 'Lead' : adCat(o)), [], opt],
    ['Provision', (c, o) => dec(adLead(o) ? 1.5 : adNet(o) * 0.08), []],
    ['Status', (c, o) => adSt(o), []],
    ['Stornogrund', (c, o) => (adSt(o) === 'storniert' ? row(['Retoure', 'Bestellung storniert', 'Doppelte Bestellung'], n(o) >> 3) : ''), []],
    ['Bearbeitungsdatum', (c, o) => (adSt(o) === 'offen' ? '' : dmy(cet(adAt(o) + 30 * day))), [OR('lastUpdatedDate')], opt],
    ['Subid', (c, o) => (n(o) % 3 === 0 ? '' : `${adPub(o)[0]}_${row(['startseite', 'zelte-test', 'newsletter-kw12', 'app'], n(o))}`), ['marketing.trackingCode'], opt],
    ['Gutscheincode', (c, o) => (adPub(o)[2] === 'Gutscheincode' ? 'ADC10GIPFEL' : ''), ['commerce.promotionID'], opt],
    ['Referrer', (c, o) => `https://www.${adPub(o)[1].includes('.') ? adPub(o)[1] : 'shoop.de'}/${row(['', 'gutscheine/outdoor', 'wandern/ausruestung', 'shops/gipfelstuermer'], n(o))}`, ['web.webReferrer.URL']],
    ['Gerät', (c, o) => row(['Desktop', 'Smartphone', 'Smartphone', 'Tablet', 'Desktop'], n(o) % 5), ['device.type'], opt],
    ['Land', (c, o) => (n(o) % 8 === 3 ? 'AT' : 'DE'), [GEO('countryCode')], opt],
  ] },
  // ---------------------------------------------------------------- Germany: messenger-marketing subscribers
  { name: 'chatchamp-abonnenten-de', product: 'Chatchamp (chatchamp GmbH; Dashboard > Abonnenten > Exportieren, CSV one row per WhatsApp/Messenger/Instagram subscriber, German UI, a Munich natural-cosmetics Shopify shop, Europe/Berlin)', family: 'marketing', language: 'de', schema: P, cols: [
    ['Abonnenten-ID', (c) => String(5000000 + n(c) * 3), ['_id', 'personID']],
    ['Kanal', (c) => ccChan(c), []],
    ['Kanal-ID', (c) => (ccChan(c) === 'WhatsApp' ? c.mobile.replace(/\D/g, '') : String(6100000000000000 + n(c) * 104729)), ['identityMap{}[0].id'], opt],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => (ccChan(c) === 'WhatsApp' && n(c) % 2 ? '' : c.last), ['person.name.lastName']],
    ['Telefonnummer', (c) => (ccChan(c) === 'WhatsApp' ? c.mobile.replace(/ /g, '') : ''), ['mobilePhone.number']],
    ['E-Mail', (c) => (n(c) % 3 === 1 ? '' : c.email), ['personalEmail.address']],
    ['Geschlecht', (c) => (ccChan(c) === 'WhatsApp' ? '' : fem(c) ? 'weiblich' : 'männlich'), ['person.gender']],
    ['Geburtstag', (c) => (n(c) % 2 ? `${pad(v.parts(c.birth).d)}.${pad(v.parts(c.birth).m)}.` : ''), ['person.birthDayAndMonth']],
    ['Land', (c) => (n(c) % 9 === 2 ? 'AT' : 'DE'), at(HOME, 'countryCode'), opt],
    ['PLZ', (c) => (n(c) % 4 === 0 ? c.postcode : ''), at(HOME, 'postalCode'), opt],
    ['Sprache', () => 'de', [], opt],
    ['Abonniert', (c) => jaNein(ccSub(c)), []],
    ['Abonniert am', (c) => deT(cet(c.created)), [], opt],
    ['Opt-in-Quelle', (c) => row(['Checkout-Checkbox', 'Popup 10 % Rabatt', 'Instagram Kommentar-Trigger', 'Produktseite Widget', 'Popup 10 % Rabatt'], n(c) % 5), []],
    ['Letzte Interaktion', (c) => deT(cet(later(c))), [], opt],
    ['Shopify-Kunden-ID', (c) => (ccOrders(c) ? String(7200000000000 + n(c) * 9973) : ''), ['identityMap{}[0].id'], opt],
    ['Bestellungen', (c) => String(ccOrders(c)), []],
    ['Umsatz', (c) => dec(ccOrders(c) * (24.9 + (n(c) % 40))), ['loyalty.lifetimePurchases'], opt],
    ['Tags', (c) => row(['Neukunde', 'Stammkundin, Gesichtspflege', '', 'Warenkorbabbrecher', 'Black Week 2024', 'Haarpflege'], n(c) % 6), []],
    ['Letzter Flow', (c) => row(['Willkommensserie', 'Warenkorbabbruch', 'Versandbenachrichtigung', 'Bewertungsanfrage', 'Geburtstagsgutschein'], n(c) % 5), []],
  ] },
  // ---------------------------------------------------------------- Switzerland: course bookings
  { name: 'edoobox-teilnehmende-ch', product: 'edoobox (Etzensperger Informatik AG; Administration > Buchungen > Teilnehmende exportieren (CSV), one row per booked participant, Swiss German UI, a Zurich continuing-education institute selling courses to companies, Europe/Zurich, CHF)', family: 'events', language: 'de', schema: B, cols: [
    ['Buchungsnummer', (c, o) => `B-${2025}${pad(n(o) % 10000, 5)}`, []],
    ['Buchungsdatum', (c, o) => deT(cet(open(ebStart(o) - (10 + n(o) % 60) * day, 7, 12))), ['extSourceSystemAudit.createdDate'], opt],
    ['Angebotsnummer', (c, o) => ebOffer(o)[0], []],
    ['Angebot', (c, o) => ebOffer(o)[1], []],
    ['Startdatum', (c, o) => dmy(cet(ebStart(o))), []],
    ['Durchführungsort', (c, o) => ebOffer(o)[3], []],
    ['Status', (c) => ebSt(c), []],
    ['Preis', (c, o) => chf(ebOffer(o)[2]), []],
    ['Bezahlt', (c) => jaNein(ebSt(c) === 'Bestätigt' && n(c) % 3 !== 0), []],
    ['Teilnehmer-ID', (c) => String(40000 + (n(c) % 50000)), B2BID],
    ['Anrede', (c) => (ch(c).female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Titel', (c) => (n(c) % 9 === 4 ? 'Dr.' : ''), [], opt],
    ['Vorname', (c) => ch(c).first, ['person.name.firstName']],
    ['Nachname', (c) => ch(c).last, ['person.name.lastName']],
    ['Firma', (c) => ebFirm(c)[0], CO],
    ['Abteilung', (c) => ebRole(c)[1], ['extendedWorkDetails.departments[0]']],
    ['Funktion', (c) => ebRole(c)[0], ['extendedWorkDetails.jobTitle']],
    ['E-Mail', (c) => ebMail(c), WE],
    ['Telefon', (c) => `+41 ${v.pick(seeded(c, 'tel'), ['44', '31', '52', '56'])} ${v.int(seeded(c, 'tel2'), 200, 999)} ${pad(n(c) % 100)} ${pad((n(c) >> 2) % 100)}`, ['workPhone.number']],
    ['Mobile', (c) => ch(c).mobile, ['mobilePhone.number']],
    ['Strasse', (c) => ebFirm(c)[1], [W('street1'), 'mailingAddress.street1']],
    ['PLZ', (c) => ebFirm(c)[2], [W('postalCode'), 'mailingAddress.postalCode']],
    ['Ort', (c) => ebFirm(c)[3], [W('city'), 'mailingAddress.city']],
    ['Land', () => 'Schweiz', [W('country'), 'mailingAddress.country']],
    ['Geburtsdatum', (c) => dmy(v.parts(c.birth)), ['person.birthDate']],
    ['Rechnung an', (c) => (n(c) % 4 === 0 ? 'Privat' : 'Firma'), []],
    ['Newsletter', (c) => jaNein(c.bool), [], opt],
    ['Bemerkungen', (c) => row(['', 'Vegetarisches Mittagessen', '', 'Rechnung bitte mit Kostenstelle 4410', '', 'Rollstuhlgängiger Raum nötig'], n(c) % 6), []],
  ] },
  // ---------------------------------------------------------------- Netherlands: customer-service conversations
  { name: 'qustomer-gesprekken-nl', product: 'Qustomer (Qustomer B.V.; Rapportages > Gesprekken > Exporteren naar CSV, one row per conversation, Dutch UI, a Utrecht bicycle webshop\'s customer service over e-mail, chat and WhatsApp, Europe/Amsterdam)', family: 'support', language: 'nl', schema: E, cols: [
    ['Gesprek ID', (c, o) => String(3100000 + n(o) * 7), ['_id']],
    ['Kanaal', (c, o) => quChan(o), []],
    ['Onderwerp', (c, o) => quSubj(o), []],
    ['Status', (c, o) => quSt(o), []],
    ['Aangemaakt op', (c, o) => nlT(cet(quAt(o))), ['timestamp']],
    ['Eerste reactie op', (c, o) => nlT(cet(quAt(o) + quFirst(o) * 60000)), [], opt],
    ['Gesloten op', (c, o) => (quSt(o) === 'Gesloten' ? nlT(cet(quAt(o) + (quFirst(o) + 90 + (n(o) % 30) * 60) * 60000)) : ''), [], opt],
    ['Eerste reactietijd (min)', (c, o) => String(quFirst(o)), []],
    ['Aantal berichten', (c, o) => String(2 + (n(o) % 9)), []],
    ['Toegewezen aan', (c, o) => row(['Sanne', 'Bram', 'Femke', 'Jeroen', ''], n(o) % 5), []],
    ['Team', (c, o) => (quSubj(o).startsWith('Garantie') ? 'Werkplaats' : 'Klantenservice'), []],
    ['Labels', (c, o) => row(['bezorging', 'retour', 'advies', 'garantie, e-bike', 'facturatie', 'bezorging, klacht'], n(o) % 6), []],
    ['Klantnaam', (c) => c.full, []],
    ['Klant e-mailadres', (c, o) => (quChan(o) === 'WhatsApp' && n(o) % 2 ? '' : c.email), EMAIL_ID],
    ['Klant telefoonnummer', (c, o) => (['WhatsApp', 'Telefoon'].includes(quChan(o)) ? `+31 6 ${c.mobile.slice(3)}` : ''), PHONE_ID, opt],
    ['Bestelnummer', (c, o) => (quSubj(o).startsWith('Vraag') ? '' : `#${10200 + (n(o) % 800)}`), [OR('purchaseID')], opt],
    ['Taal', (c, o) => (n(o) % 8 === 3 ? 'Engels' : 'Nederlands'), [], opt],
    ['Startpagina', (c, o) => (quChan(o) === 'Live chat' ? `https://www.stadsfietsutrecht.nl/${row(['e-bikes', 'klantenservice/retourneren', 'stadsfietsen/dames', 'bestelling-volgen'], n(o))}` : ''), ['web.webPageDetails.URL'], opt],
    ['Tevredenheid', (c, o) => (quSt(o) === 'Gesloten' && n(o) % 3 !== 2 ? String(3 + (n(o) % 3)) : ''), []],
  ] },
  // ---------------------------------------------------------------- Netherlands: leisure-booking customers
  { name: 'recras-klanten-nl', product: 'Recras (Recras B.V.; Klanten > Exporteren, CSV one row per customer contact, Dutch UI, a Drenthe outdoor-activity centre (kanoverhuur, boerengolf, groepsuitjes), Europe/Amsterdam, EUR)', family: 'events', language: 'nl', schema: P, cols: [
    ['Klantnummer', (c) => String(10000 + (n(c) % 90000)), ['_id', 'personID']],
    ['Aanhef', (c) => (fem(c) ? 'Mevrouw' : 'De heer'), ['person.name.courtesyTitle']],
    ['Voornaam', (c) => c.first, ['person.name.firstName']],
    ['Tussenvoegsel', (c) => tv(c.last)[0], ['person.name.middleName'], opt],
    ['Achternaam', (c) => tv(c.last)[1], ['person.name.lastName']],
    ['Bedrijfsnaam', (c) => (rcBiz(c) ? row(RC_BIZ, n(c)) : ''), ['organizations[0]'], opt],
    ['Adres', (c) => c.street, at(HOME, 'street1')],
    ['Postcode', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Plaats', (c) => c.city, at(HOME, 'city')],
    ['Land', () => 'Nederland', at(HOME, 'country')],
    ['Telefoonnummer', (c) => c.mobile, ['mobilePhone.number', 'homePhone.number']],
    ['E-mailadres', (c) => c.email, ['personalEmail.address']],
    ['Geboortedatum', (c) => (n(c) % 3 === 0 ? '' : dmy(v.parts(c.birth), '-')), ['person.birthDate']],
    ['Nieuwsbrief', (c) => jaNee(c.bool), []],
    ['Klanttype', (c) => (rcBiz(c) ? 'Zakelijk' : 'Particulier'), [], opt],
    ['Bron', (c) => row(['Website', 'Telefonisch', 'Website', 'Beurs', 'Bestaande klant'], n(c) % 5), []],
    ['Aangemaakt op', (c) => nlT(cet(c.created)), [], opt],
    ['Aantal boekingen', (c) => String(rcBookings(c)), []],
    ['Totale omzet', (c) => thou(rcBookings(c) * (rcBiz(c) ? 1240 : 185.5)), ['loyalty.lifetimePurchases'], opt],
    ['Laatste boeking', (c) => dmy(cet(later(c)), '-'), [], opt],
    ['Opmerkingen', (c) => row(['', '', 'Komt elk jaar met de familie', 'Glutenvrij', '', 'Factuur naar afdeling HR'], n(c) % 6), []],
  ] },
  // ---------------------------------------------------------------- Netherlands: invoicing business customers
  { name: 'eenvoudigfactureren-klanten-nl', product: 'Eenvoudigfactureren.nl (Eenvoudigfactureren B.V.; Relaties > Klanten > Exporteren (CSV), one row per business customer with its contact person, Dutch UI, an Eindhoven solar-panel installer, Europe/Amsterdam, EUR)', family: 'invoicing', language: 'nl', schema: B, cols: [
    ['Klantnummer', (c) => String(1000 + (n(c) % 9000)), [...ACC, ...B2BID], opt],
    ['Bedrijfsnaam', (c) => efFirm(c)[0], CO],
    ['Aanhef', (c) => (fem(c) ? 'Mevrouw' : 'De heer'), ['person.name.courtesyTitle']],
    ['Voornaam', (c) => c.first, ['person.name.firstName']],
    ['Achternaam', (c) => c.last, ['person.name.lastName']],
    ['Afdeling', (c) => row(['', 'Inkoop', 'Financiële administratie', '', 'Facilitair'], n(c) % 5), ['extendedWorkDetails.departments[0]'], opt],
    ['Adres', (c) => efFirm(c)[1], [W('street1')]],
    ['Postcode', (c) => efFirm(c)[2], [W('postalCode')]],
    ['Plaats', (c) => efFirm(c)[3], [W('city')]],
    ['Land', () => 'Nederland', [W('country')]],
    ['E-mailadres', (c) => `${ascii(c.first)}@${efDom(c)}`, ['workEmail.address']],
    ['E-mailadres facturen', (c) => `${row(['administratie', 'facturen', 'crediteuren'], n(c))}@${efDom(c)}`, [], opt],
    ['Telefoonnummer', (c) => `040 ${v.int(seeded(c, 'ef'), 200, 299)} ${pad(n(c) % 100)} ${pad((n(c) >> 3) % 100)}`, ['workPhone.number']],
    ['Mobiel', (c) => c.mobile, ['mobilePhone.number']],
    ['Website', (c) => (efFirm(c)[5] ? `www.${efFirm(c)[5]}` : ''), ['b2b.companyWebsite']],
    ['KvK-nummer', (c) => efFirm(c)[4], [], opt],
    ['BTW-nummer', (c) => efBtw(c), [], opt],
    ['IBAN', (c) => `NL${pad(10 + (n(c) % 89))}${row(['RABO', 'INGB', 'ABNA', 'KNAB'], n(c))}0${String(100000000 + (n(c) * 31337) % 899999999)}`, []],
    ['Betalingstermijn', (c) => String(row([14, 30, 30, 14, 8], n(c))), []],
    ['Korting (%)', (c) => (n(c) % 6 === 0 ? '5' : '0'), []],
    ['Btw-tarief', (c) => (efFirm(c)[0].startsWith('VvE') ? '0% (verlegd)' : '21%'), []],
    ['Aantal facturen', (c) => String(efInv(c)), []],
    ['Totaal gefactureerd', (c) => thou(efTotal(c)), []],
    ['Openstaand', (c) => thou(n(c) % 4 === 0 ? 1450 + (n(c) % 37) * 215.5 : 0), []],
    ['Aangemaakt op', (c) => dmy(cet(c.created), '-'), ['extSourceSystemAudit.createdDate'], opt],
    ['Notities', (c) => row(['', 'Offerte 18 panelen akkoord', '', 'Onderhoudscontract jaarlijks', 'Let op: inkoopordernummer vermelden'], n(c) % 5), []],
  ] },
  // ---------------------------------------------------------------- Denmark: POS loyalty-club members
  { name: 'onlinepos-kundeklub-dk', product: 'Onlinepos (Onlinepos ApS; Backoffice: Kunder > Kundeklub > Eksportér (CSV), one row per loyalty-club member, Danish UI, an Aarhus café-bar chain with three venues, Europe/Copenhagen, DKK)', family: 'loyalty', language: 'da', schema: P, cols: [
    ['Kunde ID', (c) => String(200000 + (n(c) % 700000)), ['_id', 'personID']],
    ['Kortnummer', (c) => `7090${pad((n(c) * 7919) % 100000000, 8)}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['Fornavn', (c) => dk(c).first, ['person.name.firstName']],
    ['Efternavn', (c) => dk(c).last, ['person.name.lastName']],
    ['E-mail', (c) => dk(c).email, ['personalEmail.address']],
    ['Mobil', (c) => dk(c).mobile, ['mobilePhone.number']],
    ['Adresse', (c) => (n(c) % 3 === 0 ? '' : dk(c).street), at(HOME, 'street1')],
    ['Postnr.', (c) => dk(c).zip, at(HOME, 'postalCode')],
    ['By', (c) => dk(c).city, at(HOME, 'city')],
    ['Fødselsdato', (c) => dmy(v.parts(c.birth), '-'), ['person.birthDate']],
    ['Køn', (c) => (dk(c).female ? 'Kvinde' : 'Mand'), ['person.gender']],
    ['Kundegruppe', (c) => opGroup(c), ['loyalty.tier'], opt],
    ['Point', (c) => String((n(c) * 37) % 2400), ['loyalty.points']],
    ['Saldo', (c) => dec(n(c) % 4 === 0 ? (n(c) % 500) : 0), [], opt],
    ['Rabat %', (c) => (opGroup(c) === 'Personale' ? '50' : opGroup(c) === 'VIP' ? '10' : '0'), []],
    ['Oprettet', (c) => dmy(cet(c.created), '-'), ['loyalty.joinDate'], opt],
    ['Sidste besøg', (c) => `${dmy(cet(later(c)), '-')} ${hm(cet(later(c)))}`, [], opt],
    ['Antal besøg', (c) => String(opVisits(c)), []],
    ['Omsætning i alt', (c) => dec(opVisits(c) * (68 + (n(c) % 90))), ['loyalty.lifetimePurchases']],
    ['Nyhedsbrev', (c) => (c.bool ? 'Ja' : 'Nej'), []],
    ['SMS-tilladelse', (c) => (n(c) % 3 !== 2 ? 'Ja' : 'Nej'), []],
    ['Afdeling', (c) => opStore(c), [], opt],
    ['Bemærkning', (c) => row(['', '', 'Allergi: nødder', '', 'Fødselsdagsdrink indløst 2024'], n(c) % 5), []],
  ] },
  // ---------------------------------------------------------------- Norway: concert tickets
  { name: 'hoopla-billetter-no', product: 'Hoopla (Hoopla AS; Arrangør > Arrangement > Billetter > Eksporter (CSV), one row per ticket, Norwegian (bokmål) UI, a Bergen jazz club\'s concert sales, Europe/Oslo, NOK)', family: 'events', language: 'no', schema: E, cols: [
    ['Ordrenummer', (c, o) => String(4200000 + n(o) * 3), [OR('purchaseID')]],
    ['Billettnummer', (c, o) => `${4200000 + n(o) * 3}-${1 + (n(o) % 3)}`, [PL('_id')], opt],
    ['Kjøpt', (c, o) => deT(cet(hpAt(o))), ['timestamp', OR('createdDate')]],
    ['Arrangement', (c, o) => hpEv(o)[0], [PL('productCategories[0].categoryName'), PL('name')], opt],
    ['Dato', (c, o) => deT(cet(hpEv(o)[1])), [], opt],
    ['Billettype', (c, o) => hpType(o)[0], [PL('name')]],
    ['Pris', (c, o) => dec(hpType(o)[1]), [PL('priceTotal')]],
    ['Billettavgift', (c, o) => dec(hpType(o)[1] >= 390 ? 29 : 19), []],
    ['Rabattkode', (c, o) => (n(o) % 7 === 2 ? 'VENNER24' : ''), ['commerce.promotionID'], opt],
    ['Betalingsmetode', (c, o) => row(['Vipps', 'Kort', 'Vipps', 'Vipps', 'Kort', 'Gavekort'], n(o) % 6), [OR('payments[0].paymentType')]],
    ['Status', (c, o) => hpSt(o), []],
    ['Refundert beløp', (c, o) => dec(hpSt(o) === 'Refundert' ? hpType(o)[1] : 0), [OR('refunds[0].refundAmount'), OR('refundTotal')]],
    ['Valuta', () => 'NOK', [OR('currencyCode'), PL('currencyCode')]],
    ['Fornavn', (c) => no(c).first, []],
    ['Etternavn', (c) => no(c).last, []],
    ['E-post', (c) => no(c).email, EMAIL_ID],
    ['Mobil', (c) => no(c).mobile, PHONE_ID, opt],
    ['Postnummer', (c) => no(c).zip, [BILL('postalCode')], opt],
    ['Sjekket inn', (c, o) => (hpIn(o) ? 'Ja' : 'Nei'), []],
    ['Innsjekket tidspunkt', (c, o) => (hpIn(o) ? deT(cet(hpEv(o)[1] - (n(o) % 50) * 60000)) : ''), [], opt],
    ['Nyhetsbrev', (c) => (c.bool ? 'Ja' : 'Nei'), []],
  ] },
  // ---------------------------------------------------------------- Czechia: concert tickets
  { name: 'goout-vstupenky-cz', product: 'GoOut (GoOut s.r.o.; GoOut pro pořadatele: Prodej > Objednávky > Exportovat CSV, one row per ticket sold, Czech UI, a Brno music club\'s concert sales, Europe/Prague, CZK)', family: 'events', language: 'cs', schema: E, cols: [
    ['ID objednávky', (c, o) => String(11500000 + n(o) * 11), [OR('purchaseID')]],
    ['Datum objednávky', (c, o) => czT(cet(goAt(o))), ['timestamp', OR('createdDate')]],
    ['Akce', (c, o) => goEv(o)[0], [PL('productCategories[0].categoryName'), PL('name')], opt],
    ['Termín', (c, o) => czT(cet(goEv(o)[1])), [], opt],
    ['Místo', (c, o) => goEv(o)[2], [], opt],
    ['Typ vstupenky', (c, o) => goType(o)[0], [PL('name')]],
    ['Kód vstupenky', (c, o) => `GO${v.hex(v.rng(hash(`go${o.id}`) || 1), 10).toUpperCase()}`, [PL('_id')], opt],
    ['Cena', (c, o) => dec(goType(o)[1]), [PL('priceTotal')]],
    ['Poplatek', (c, o) => dec(goType(o)[1] * 0.05), []],
    ['Měna', () => 'CZK', [OR('currencyCode'), PL('currencyCode')]],
    ['Platební metoda', (c, o) => row(['Platební karta', 'Apple Pay', 'Platební karta', 'Google Pay', 'Bankovní převod'], n(o) % 5), [OR('payments[0].paymentType')]],
    ['Stav', (c, o) => goSt(o), []],
    ['Slevový kód', (c, o) => (n(o) % 8 === 1 ? 'FLEDA-STUDENT' : ''), ['commerce.promotionID'], opt],
    ['Prodejní kanál', (c, o) => row(['GoOut web', 'GoOut aplikace', 'GoOut web', 'Pokladna na místě'], n(o) % 4), [], opt],
    ['Jméno', (c) => cz(c).first, []],
    ['Příjmení', (c) => cz(c).last, []],
    ['E-mail', (c) => cz(c).email, EMAIL_ID],
    ['Telefon', (c) => (n(c) % 2 ? cz(c).mobile : ''), PHONE_ID, opt],
    ['Odbaveno', (c, o) => (goSt(o) === 'Zaplaceno' && n(o) % 4 !== 1 ? 'Ano' : 'Ne'), []],
    ['Souhlas s obchodními sděleními', (c) => (c.bool ? 'Ano' : 'Ne'), []],
  ] },
  // ---------------------------------------------------------------- Poland: callback-widget leads
  { name: 'callpage-leady-pl', product: 'CallPage (CallPage sp. z o.o.; Panel > Leady > Eksportuj do CSV, one row per callback or scheduled-call lead from the website widget, Polish UI, a Kraków accounting-software vendor, Europe/Warsaw)', family: 'b2b-leads', language: 'pl', schema: B, cols: [
    ['ID', (c) => String(8800000 + n(c) * 13), B2BID],
    ['Data', (c) => `${ymd(cet(cpAt(c)))} ${hms(cet(cpAt(c)))}`, ['extSourceSystemAudit.createdDate'], opt],
    ['Numer telefonu', (c) => pl(c).mobile, ['workPhone.number', 'mobilePhone.number']],
    ['Imię i nazwisko', (c) => (n(c) % 5 === 3 ? '' : pl(c).full), ['person.name.fullName']],
    ['E-mail', (c) => (n(c) % 3 === 2 ? '' : cpMail(c)), WE],
    ['Firma', (c) => (n(c) % 4 === 1 ? '' : cpFirm(c)), CO],
    ['Stanowisko', (c) => (n(c) % 4 === 1 ? '' : cpJob(c)), ['extendedWorkDetails.jobTitle']],
    ['Typ', (c) => cpType(c), []],
    ['Status', (c) => cpSt(c), [], opt],
    ['Konsultant', (c) => (cpSt(c) === 'Zaplanowane' ? '' : row(['Karolina Mazur', 'Bartosz Krawczyk', 'Ewa Dąbrowska'], n(c) % 3)), []],
    ['Czas oczekiwania (s)', (c) => (cpSt(c) === 'Połączono' ? String(18 + (n(c) % 12)) : ''), []],
    ['Czas rozmowy', (c) => (cpSt(c) === 'Połączono' ? `00:${pad(2 + (n(c) % 14))}:${pad(n(c) % 60)}` : '00:00:00'), []],
    ['Widget', () => 'www.ksiegaplus.pl', []],
    ['Strona', (c) => `https://www.ksiegaplus.pl/${row(['cennik', 'program-do-faktur', 'kadry-i-place', '', 'demo'], n(c) % 5)}`, [], opt],
    ['Źródło', (c) => cpSrc(c)[0], ['b2b.personSource'], opt],
    ['utm_medium', (c) => cpSrc(c)[1], [], opt],
    ['utm_campaign', (c) => cpSrc(c)[2], [], opt],
    ['Miasto', (c) => row(['Kraków', 'Warszawa', 'Katowice', 'Wrocław', 'Rzeszów'], n(c) % 5), [], opt],
    ['Tagi', (c) => row(['', 'gorący lead', 'demo umówione', '', 'biuro rachunkowe'], n(c) % 5), []],
    ['Notatka', (c) => row(['', 'Pyta o integrację z KSeF', '', 'Chce ofertę na 15 stanowisk', 'Oddzwonić po 15:00'], n(c) % 5), []],
  ] },
]
