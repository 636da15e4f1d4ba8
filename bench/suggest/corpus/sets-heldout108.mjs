// Round 108, heldout108: held-out sets written apart by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). Dutch (Netherlands and Flanders), Swedish, Danish, Norwegian, Finnish
// and Polish tools: a rental-booking system's orders, a gym platform's members, a Belgian company database's
// selection with its managers, a Swedish parcel broker's shipments, a Swedish sports-club member register, a Danish
// card gateway's transactions, a Danish newsletter tool's subscribers, a Norwegian shipping tool's consignments, a
// Finnish accounting service's sales invoices, a Polish salon system's visit report, a Norwegian company-information
// service's list and a Polish CRM's contacts: headers in the product's UI language (nl, sv, da, no, fi, pl). Scanpay's
// amounts follow its public API docs ("100.45 DKK", card brand "visadankort"), Cargonizer's consignment fields and
// Netvisor's and Versum's vocabulary follow their public material; the rest is written from the writer's knowledge.
import { E, P, B, v, HOME, ID, B2BID, PL, OR, SHIP, BILL, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

const day = 86400000
const summer = (ms) => [4, 5, 6, 7, 8, 9].includes(new Date(ms).getUTCMonth() + 1)
// Central European (+1/+2) and Finnish (+2/+3) local time, written without offset
const cet = (ms) => shift(ms, summer(ms) ? 2 : 1)
const eet = (ms) => shift(ms, summer(ms) ? 3 : 2)
const dmy = (p, s = '-') => `${pad(p.d)}${s}${pad(p.m)}${s}${p.y}`
const ymd = (p, s = '-') => `${p.y}${s}${pad(p.m)}${s}${pad(p.d)}`
const fiDate = (p) => `${p.d}.${p.m}.${p.y}`
const hms = (p) => `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const hm = (p) => `${pad(p.H)}:${pad(p.M)}`
const bd = (ms) => v.parts(ms)
const dec = (n, sep = ',') => (Math.round(n * 100) / 100).toFixed(2).replace('.', sep)
const thou = (n, t = ' ', d = ',') => { const [a, b] = (Math.round(n * 100) / 100).toFixed(2).split('.'); return `${a.replace(/\B(?=(\d{3})+(?!\d))/g, t)}${d}${b}` }
const later = (c) => c.created + ((+c.id % 500) + 3) * day + (+c.id % 80000) * 1000

const EMAIL_ID = ['endUserIDs._experience.emailid.id']
const PHONE_ID = ['endUserIDs._experience.phonenumberid.id']
const CUST_ID = ['endUserIDs._experience.aacustomid.id']
const STATE = (objs) => [...at(objs, 'stateProvince'), ...at(objs, 'state')]
const W = (leaf) => `workAddress.${leaf}`
const CO = ['b2b.companyName', 'organizations[0]']
const WE = ['workEmail.address', 'personalEmail.address']

// ---------------------------------------------------------------- local people, seeded by the row's person
// first: [male, female]; last: [male, female, latin slug]; places: [city, postcode, region]
const LOC = {
  nl: { first: [['Daan', 'Sanne'], ['Thijs', 'Lotte'], ['Ruben', 'Iris'], ['Joost', 'Marieke'], ['Bas', 'Anouk'], ['Koen', 'Eline']],
    last: [['de Graaf', 'de Graaf', 'degraaf'], ['Mulder', 'Mulder', 'mulder'], ['van Leeuwen', 'van Leeuwen', 'vanleeuwen'], ['Kuipers', 'Kuipers', 'kuipers'], ['Brouwer', 'Brouwer', 'brouwer'], ['Hendriks', 'Hendriks', 'hendriks'], ['Verhoeven', 'Verhoeven', 'verhoeven']],
    places: [['Utrecht', '3512 JE', 'Utrecht'], ['Haarlem', '2011 VK', 'Noord-Holland'], ['Nijmegen', '6511 LS', 'Gelderland'], ['Zwolle', '8011 CW', 'Overijssel'], ['Breda', '4811 XJ', 'Noord-Brabant'], ['Leiden', '2311 EZ', 'Zuid-Holland'], ['Amersfoort', '3811 HN', 'Utrecht']],
    streetName: ['Oudegracht', 'Kruisweg', 'Lange Hezelstraat', 'Diezerstraat', 'Ginnekenweg', 'Breestraat', 'Langestraat'],
    mobile: (r) => `06${v.int(r, 10000000, 69999999)}`,
    mail: ['gmail.com', 'hotmail.nl', 'ziggo.nl', 'kpnmail.nl', 'outlook.com'] },
  be: { first: [['Wout', 'Lien'], ['Pieter', 'Ellen'], ['Jonas', 'Nele'], ['Stijn', 'Katrien'], ['Bart', 'Annelies']],
    last: [['Peeters', 'Peeters', 'peeters'], ['Maes', 'Maes', 'maes'], ['Willems', 'Willems', 'willems'], ['Claes', 'Claes', 'claes'], ['Goossens', 'Goossens', 'goossens'], ['Wouters', 'Wouters', 'wouters'], ['De Smet', 'De Smet', 'desmet']],
    places: [['Gent', '9000', 'Oost-Vlaanderen'], ['Antwerpen', '2000', 'Antwerpen'], ['Leuven', '3000', 'Vlaams-Brabant'], ['Brugge', '8000', 'West-Vlaanderen'], ['Hasselt', '3500', 'Limburg'], ['Mechelen', '2800', 'Antwerpen'], ['Kortrijk', '8500', 'West-Vlaanderen']],
    streetName: ['Kortrijksesteenweg', 'Industrieweg', 'Brusselsesteenweg', 'Ambachtenlaan', 'Noorderlaan', 'Kanaalstraat'],
    mobile: (r) => `04${v.pick(r, ['75', '76', '78', '86', '94', '99'])} ${v.int(r, 10, 99)} ${v.int(r, 10, 99)} ${v.int(r, 10, 99)}`,
    mail: ['telenet.be', 'skynet.be', 'gmail.com', 'hotmail.com'] },
  sv: { first: [['Erik', 'Anna'], ['Johan', 'Karin'], ['Oskar', 'Elin'], ['Gustav', 'Maja'], ['Anders', 'Sara'], ['Lars', 'Emma']],
    last: [['Andersson', 'Andersson', 'andersson'], ['Johansson', 'Johansson', 'johansson'], ['Karlsson', 'Karlsson', 'karlsson'], ['Nilsson', 'Nilsson', 'nilsson'], ['Lindqvist', 'Lindqvist', 'lindqvist'], ['Bergström', 'Bergström', 'bergstrom'], ['Sjöberg', 'Sjöberg', 'sjoberg']],
    places: [['Göteborg', '411 19', 'Västra Götalands län'], ['Uppsala', '753 20', 'Uppsala län'], ['Malmö', '211 22', 'Skåne län'], ['Västerås', '722 15', 'Västmanlands län'], ['Umeå', '903 26', 'Västerbottens län'], ['Örebro', '702 10', 'Örebro län'], ['Linköping', '582 24', 'Östergötlands län']],
    streetName: ['Storgatan', 'Kungsgatan', 'Drottninggatan', 'Vasagatan', 'Skolgatan', 'Ringvägen'],
    mobile: (r) => `07${v.pick(r, ['0', '2', '3', '6'])}-${v.int(r, 100, 999)} ${v.int(r, 10, 99)} ${v.int(r, 10, 99)}`,
    mail: ['gmail.com', 'hotmail.se', 'telia.com', 'outlook.com', 'live.se'] },
  da: { first: [['Mads', 'Mette'], ['Rasmus', 'Camilla'], ['Frederik', 'Sofie'], ['Kasper', 'Line'], ['Søren', 'Julie']],
    last: [['Jensen', 'Jensen', 'jensen'], ['Nielsen', 'Nielsen', 'nielsen'], ['Pedersen', 'Pedersen', 'pedersen'], ['Christensen', 'Christensen', 'christensen'], ['Larsen', 'Larsen', 'larsen'], ['Sørensen', 'Sørensen', 'sorensen'], ['Kristensen', 'Kristensen', 'kristensen']],
    places: [['Aarhus C', '8000', 'Region Midtjylland'], ['Odense C', '5000', 'Region Syddanmark'], ['Aalborg', '9000', 'Region Nordjylland'], ['København Ø', '2100', 'Region Hovedstaden'], ['Roskilde', '4000', 'Region Sjælland'], ['Vejle', '7100', 'Region Syddanmark'], ['Frederiksberg C', '1850', 'Region Hovedstaden']],
    streetName: ['Vestergade', 'Nørregade', 'Jægergårdsgade', 'Østerbrogade', 'Algade', 'Søndergade'],
    mobile: (r) => `${v.pick(r, ['20', '22', '26', '28', '30', '40', '42', '60', '61'])}${v.int(r, 100000, 999999)}`,
    mail: ['gmail.com', 'hotmail.com', 'jubii.dk', 'mail.dk', 'outlook.dk'] },
  no: { first: [['Ole', 'Ingrid'], ['Henrik', 'Kari'], ['Magnus', 'Ida'], ['Sindre', 'Silje'], ['Eirik', 'Marte']],
    last: [['Johansen', 'Johansen', 'johansen'], ['Olsen', 'Olsen', 'olsen'], ['Berg', 'Berg', 'berg'], ['Haugen', 'Haugen', 'haugen'], ['Dahl', 'Dahl', 'dahl'], ['Bakken', 'Bakken', 'bakken'], ['Solberg', 'Solberg', 'solberg']],
    places: [['Bergen', '5003', 'Vestland'], ['Trondheim', '7011', 'Trøndelag'], ['Stavanger', '4006', 'Rogaland'], ['Tromsø', '9008', 'Troms'], ['Kristiansand', '4611', 'Agder'], ['Drammen', '3015', 'Buskerud'], ['Oslo', '0182', 'Oslo']],
    streetName: ['Storgata', 'Kongens gate', 'Strandgaten', 'Dronningens gate', 'Kirkegata', 'Sandviksveien'],
    mobile: (r) => `${v.pick(r, ['4', '9'])}${v.int(r, 1000000, 9999999)}`,
    mail: ['gmail.com', 'online.no', 'hotmail.com', 'outlook.com'] },
  fi: { first: [['Mikko', 'Laura'], ['Juha', 'Anna'], ['Antti', 'Johanna'], ['Ville', 'Sanna'], ['Teemu', 'Heidi']],
    last: [['Korhonen', 'Korhonen', 'korhonen'], ['Virtanen', 'Virtanen', 'virtanen'], ['Mäkinen', 'Mäkinen', 'makinen'], ['Nieminen', 'Nieminen', 'nieminen'], ['Hämäläinen', 'Hämäläinen', 'hamalainen'], ['Laine', 'Laine', 'laine'], ['Heikkinen', 'Heikkinen', 'heikkinen']],
    places: [['Tampere', '33100', 'Pirkanmaa'], ['Nokia', '37100', 'Pirkanmaa'], ['Kangasala', '36200', 'Pirkanmaa'], ['Ylöjärvi', '33470', 'Pirkanmaa'], ['Lempäälä', '37500', 'Pirkanmaa'], ['Pirkkala', '33950', 'Pirkanmaa']],
    streetName: ['Hämeenkatu', 'Satakunnankatu', 'Pispalan valtatie', 'Kauppakatu', 'Sammonkatu', 'Koivistontie'],
    mobile: (r) => `0${v.pick(r, ['40', '44', '45', '50'])} ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`,
    mail: ['gmail.com', 'luukku.com', 'elisanet.fi', 'outlook.com', 'hotmail.fi'] },
  pl: { first: [['Piotr', 'Anna'], ['Tomasz', 'Magdalena'], ['Krzysztof', 'Joanna'], ['Marcin', 'Agnieszka'], ['Paweł', 'Monika'], ['Michał', 'Katarzyna']],
    last: [['Nowak', 'Nowak', 'nowak'], ['Wiśniewski', 'Wiśniewska', 'wisniewski'], ['Kamiński', 'Kamińska', 'kaminski'], ['Lewandowski', 'Lewandowska', 'lewandowski'], ['Wójcik', 'Wójcik', 'wojcik'], ['Kaczmarek', 'Kaczmarek', 'kaczmarek'], ['Grabowski', 'Grabowska', 'grabowski']],
    places: [['Kraków', '31-042', 'małopolskie'], ['Poznań', '61-772', 'wielkopolskie'], ['Wrocław', '50-077', 'dolnośląskie'], ['Gdańsk', '80-831', 'pomorskie'], ['Warszawa', '00-950', 'mazowieckie'], ['Bydgoszcz', '85-001', 'kujawsko-pomorskie'], ['Gniezno', '62-200', 'wielkopolskie']],
    streetName: ['ul. Długa', 'ul. Karmelicka', 'ul. Półwiejska', 'ul. Grunwaldzka', 'ul. Mickiewicza', 'os. Piastowskie'],
    mobile: (r) => `${v.pick(r, ['501', '502', '601', '603', '660', '691', '724', '880'])} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`,
    mail: ['wp.pl', 'o2.pl', 'gmail.com', 'interia.pl', 'onet.pl'] },
}
// firms for the B2B sets: [name, domain, short name]
const CO_LOC = {
  be: [['Vandenbroucke Bouw NV', 'vandenbrouckebouw.be', '41.201', 'Algemene bouw van residentiële gebouwen'], ['Maes & Co BV', 'maesco.be', '46.690', 'Groothandel in overige machines en werktuigen'], ['Flanders Metal Works NV', 'flandersmetal.be', '25.110', 'Vervaardiging van metalen constructiewerken'], ['Drukkerij Goossens BV', 'drukkerijgoossens.be', '18.120', 'Drukkerijen (exclusief drukken van dagbladen)'], ['Verhaeghe Logistics NV', 'verhaeghelogistics.be', '49.410', 'Goederenvervoer over de weg'], ['Bakkerij De Smet BV', 'bakkerijdesmet.be', '10.711', 'Industriële bakkerijen'], ['Wouters Schrijnwerk CommV', 'wouters-schrijnwerk.be', '43.320', 'Schrijnwerk']],
  no: [['Fjordlys Elektro AS', 'fjordlyselektro.no', '43.210', 'Elektrisk installasjonsarbeid'], ['Bakken Bygg AS', 'bakkenbygg.no', '41.200', 'Oppføring av bygninger'], ['Vestlandske Rør AS', 'vestlandskeror.no', '43.221', 'VVS-arbeid'], ['Nordlys Regnskap AS', 'nordlysregnskap.no', '69.201', 'Regnskap og bokføring'], ['Haugen Transport AS', 'haugentransport.no', '49.410', 'Godstransport på vei'], ['Solberg Frisør Eirik Solberg', 'solbergfrisor.no', '96.021', 'Frisering og annen skjønnhetspleie']],
  pl: [['Kaczmarek Instalacje Sp. z o.o.', 'kaczmarek-instalacje.pl'], ['Budmax Sp. z o.o.', 'budmax.pl'], ['Polsad Nowak Sp.j.', 'polsad.pl'], ['Grabowski i Wspólnicy Sp.k.', 'grabowski-wspolnicy.pl'], ['AgroTech Wielkopolska S.A.', 'agrotech-wlkp.pl'], ['PHU Termo-Serwis Piotr Wójcik', 'termo-serwis.pl']],
}
// SportAdmin: every third member is a youth player born 2007-2016 with a guardian
const youth = (c) => +c.id % 3 === 0
const sab = (c) => (youth(c) ? Date.UTC(2007 + (+c.id % 10), +c.id % 12, 1 + (+c.id % 28)) : c.birth)
const slugify = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/ø/g, 'o').replace(/æ/g, 'ae').replace(/[^a-z]/g, '')
const memo = new Map()
const loc = (c, cc) => {
  const k = `${cc}:${c.id}:${c.first}`
  if (memo.has(k)) return memo.get(k)
  const r = v.rng(+c.id * 149 + c.last.length * 23 + cc.charCodeAt(0) * 13 + cc.charCodeAt(1) * 5)
  const d = LOC[cc]
  const female = r() < 0.5
  const fr = v.pick(r, d.first), lr = v.pick(r, d.last)
  const first = fr[female ? 1 : 0], last = lr[female ? 1 : 0], slug = lr[2]
  const fslug = slugify(first)
  const [city, zip, region] = v.pick(r, d.places)
  const [company, domain, nace, activity] = CO_LOC[cc] ? v.pick(r, CO_LOC[cc]) : ['', '', '', '']
  const streetName = v.pick(r, d.streetName)
  const houseNo = v.int(r, 1, 180)
  const suffix = r() < 0.25 ? v.pick(r, ['A', 'B', 'bis', 'C']) : ''
  const p = { first, last, female, slug, city, zip, region, company, domain, nace, activity, streetName, houseNo, suffix,
    full: `${first} ${last}`,
    street: `${streetName} ${houseNo}${suffix && suffix !== 'bis' ? suffix : ''}`,
    mobile: d.mobile(r),
    email: `${fslug}${v.pick(r, ['.', '', '_'])}${slug}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, d.mail)}` }
  p.workEmail = domain ? `${fslug}.${slug}@${domain}` : p.email
  memo.set(k, p)
  return p
}

// ---------------------------------------------------------------- catalogues
// Booqable: a Utrecht party and event rental company: [article, day price €]
const nlNet = (o, i) => row(NL_RENT, i + +o.id)[1] * o.qty + row(NL_RENT, i + +o.id + 2)[1] * o.qty * 4 - (o.discount ? 25 : 0) + (+o.id % 3 === 0 ? 0 : 45 + (+o.id % 4) * 10)
const NL_RENT = [['Partytent 6x12 m', 245], ['Statafel met rok', 12.5], ['Klapstoel wit', 2.75], ['Geluidsset 2x 500W', 95], ['Terrasheater gas', 45], ['Koelaanhanger 2 m', 135], ['LED-verlichting set', 39.5]]
// Fraktjakt: a Göteborg coffee-accessory web shop's parcels: [innehåll]
const SV_GOODS = ['Kaffekvarn', 'Kaffebönor 1 kg', 'Moka-kanna', 'Mjölkskummare', 'Presentask kaffe', 'Filterhållare keramik']
// Scanpay: an Aarhus kitchenware shop's order lines: [vare, pris kr]
const DA_ITEMS = [['Kokkekniv 20 cm', 549], ['Skærebræt eg', 299], ['Støbejernsgryde 4 l', 899], ['Knivsliber', 199], ['Stegepande 28 cm', 649], ['Viskestykker 3 stk', 129]]
// Cargonizer: a Bergen outdoor web shop: [innhold]
const NO_GOODS = ['Sovepose', 'Regnjakke', 'Fjellsko', 'Telt 2-manns', 'Ullundertøy', 'Ryggsekk 45 l']
// Netvisor: a Tampere HVAC maintenance firm's invoices: [customer kind, net €]
const FI_JOBS = [['Ilmalämpöpumpun huolto', 189], ['IV-koneen suodatinvaihto', 145], ['Ilmanvaihdon säätö ja mittaus', 620], ['Lämpöpumpun asennus', 1850], ['Huoltosopimus 2024 / vuosimaksu', 390]]
// Versum: a Kraków beauty salon's services: [usługa, kategoria, min, cena zł]
const visStart = (o) => ({ H: 9 + (+o.id % 10), M: (+o.id % 4) * 15 })
const visEnd = (o, i) => { const s = visStart(o), t = s.H * 60 + s.M + row(PL_SERV, i + +o.id)[2] + 4; return `${pad(Math.floor(t / 60))}:${pad(t % 60)}` }
const PL_SERV = [['Strzyżenie damskie', 'Fryzjerstwo', 60, 120], ['Koloryzacja całościowa', 'Fryzjerstwo', 150, 320], ['Manicure hybrydowy', 'Stylizacja paznokci', 75, 110], ['Pedicure klasyczny', 'Stylizacja paznokci', 60, 130], ['Henna brwi i rzęs', 'Kosmetyka', 30, 60], ['Oczyszczanie wodorowe', 'Kosmetyka', 60, 220], ['Strzyżenie męskie', 'Fryzjerstwo', 30, 70]]

export const SETS = [
  // ---------------------------------------------------------------- Netherlands: rental booking orders
  { name: 'booqable-bestellingen-export-nl', product: 'Booqable (rental software; Bestellingen > Exporteren naar CSV, one row per rental order, Dutch UI, a Utrecht party-tent and event-furniture rental company)', family: 'booking', language: 'nl', schema: E, cols: [
    ['Bestelnummer', (c, o) => String(1000 + +o.id % 9000), [OR('purchaseID')]],
    ['Status', (c, o, r) => v.pick(r, ['Gereserveerd', 'Uitgegeven', 'Teruggebracht', 'Teruggebracht', 'Concept', 'Geannuleerd']), []],
    ['Betaalstatus', (c, o) => (+o.id % 5 < 3 ? 'Betaald' : +o.id % 5 === 3 ? 'Gedeeltelijk betaald' : 'Niet betaald'), [], opt],
    ['Aangemaakt op', (c, o) => `${dmy(cet(o.at))} ${hm(cet(o.at))}`, ['timestamp', OR('createdDate')]],
    ['Startdatum', (c, o) => `${dmy(cet(o.at + (+o.id % 40 + 5) * day))} 10:00`, [], opt],
    ['Einddatum', (c, o) => `${dmy(cet(o.at + (+o.id % 40 + 7) * day))} 17:00`, [], opt],
    ['Klant', (c, o) => (+o.id % 4 === 0 ? `${loc(c, 'nl').last} Evenementen` : loc(c, 'nl').full), []],
    ['E-mail klant', (c) => loc(c, 'nl').email, EMAIL_ID, opt],
    ['Telefoon klant', (c) => loc(c, 'nl').mobile, PHONE_ID, opt],
    ['Afleveradres', (c, o) => (+o.id % 3 === 0 ? '' : loc(c, 'nl').street), [SHIP('street1')]],
    ['Postcode', (c, o) => (+o.id % 3 === 0 ? '' : loc(c, 'nl').zip), [SHIP('postalCode')]],
    ['Plaats', (c, o) => (+o.id % 3 === 0 ? '' : loc(c, 'nl').city), [SHIP('city')]],
    ['Bezorgmethode', (c, o) => (+o.id % 3 === 0 ? 'Afhalen' : 'Bezorgen en ophalen'), ['commerce.shipping.shippingMethod'], opt],
    ['Bezorgkosten', (c, o) => (+o.id % 3 === 0 ? '0,00' : dec(45 + (+o.id % 4) * 10)), ['commerce.shipping.shippingAmount']],
    ['Producten', (c, o, r, i) => `${row(NL_RENT, i + +o.id)[0]} (${o.qty}), ${row(NL_RENT, i + +o.id + 2)[0]} (${o.qty * 4})`, [PL('name')], opt],
    ['Aantal artikelen', (c, o) => String(o.qty * 5), [PL('quantity')], opt],
    ['Subtotaal', (c, o, r, i) => dec(row(NL_RENT, i + +o.id)[1] * o.qty + row(NL_RENT, i + +o.id + 2)[1] * o.qty * 4), [], opt],
    ['Korting', (c, o) => (o.discount ? '25,00' : '0,00'), [OR('discountAmount')], opt],
    ['Btw', (c, o, r, i) => dec(nlNet(o, i) * 0.21), [OR('taxAmount')]],
    ['Totaal incl. btw', (c, o, r, i) => dec(nlNet(o, i) * 1.21), [OR('priceTotal')]],
    ['Borg', (c, o) => (+o.id % 2 ? '250,00' : '0,00'), []],
    ['Betaald', (c, o, r, i) => (+o.id % 5 < 3 ? dec(nlNet(o, i) * 1.21) : +o.id % 5 === 3 ? '100,00' : '0,00'), [OR('payments[0].paymentAmount')], opt],
    ['Valuta', () => 'EUR', [OR('currencyCode')]],
    ['Kortingscode', (c, o) => (o.discount ? 'ZOMER25' : ''), [], opt],
    ['Tags', (c, o, r) => v.pick(r, ['', 'bruiloft', 'bedrijfsfeest', 'festival', '']), []],
    ['Notities', (c, o, r) => v.pick(r, ['', '', 'Opbouw door klant', 'Tent op gras, haringen meenemen', 'Bellen bij aankomst']), []],
  ] },
  // ---------------------------------------------------------------- Netherlands: gym members
  { name: 'virtuagym-leden-export-nl', product: 'Virtuagym (club management, Amsterdam; Leden > Ledenlijst > Exporteren naar Excel, one row per member, Dutch UI, a Haarlem boutique gym with two locations)', family: 'membership', language: 'nl', schema: P, cols: [
    ['Lid ID', (c) => String(4000000 + +c.id * 7 % 900000), ID],
    ['Voornaam', (c) => loc(c, 'nl').first, ['person.name.firstName']],
    ['Tussenvoegsel', (c) => (/^(de|van) /.test(loc(c, 'nl').last) ? loc(c, 'nl').last.split(' ').slice(0, -1).join(' ') : ''), ['person.name.middleName'], opt],
    ['Achternaam', (c) => loc(c, 'nl').last.split(' ').slice(-1)[0], ['person.name.lastName']],
    ['Geslacht', (c) => (loc(c, 'nl').female ? 'Vrouw' : 'Man'), ['person.gender']],
    ['Geboortedatum', (c) => dmy(bd(c.birth)), ['person.birthDate']],
    ['E-mailadres', (c) => loc(c, 'nl').email, ['personalEmail.address']],
    ['Telefoonnummer', (c) => loc(c, 'nl').mobile, ['mobilePhone.number', 'homePhone.number']],
    ['Straat', (c) => loc(c, 'nl').streetName, at(HOME, 'street1')],
    ['Huisnummer', (c) => String(loc(c, 'nl').houseNo), at(HOME, 'street2'), opt],
    ['Toevoeging', (c) => loc(c, 'nl').suffix, [], opt],
    ['Postcode', (c) => loc(c, 'nl').zip, at(HOME, 'postalCode')],
    ['Woonplaats', (c) => loc(c, 'nl').city, at(HOME, 'city')],
    ['Land', () => 'Nederland', at(HOME, 'country')],
    ['Lidmaatschap', (c, o, r) => v.pick(r, ['Unlimited 12 maanden', 'Unlimited maandelijks', '2x per week', 'Strippenkaart 10x', 'Student unlimited']), ['loyalty.program', 'loyalty.tier'], opt],
    ['Startdatum lidmaatschap', (c) => dmy(bd(c.created)), ['loyalty.joinDate'], opt],
    ['Einddatum lidmaatschap', (c, o, r) => (r() < 0.3 ? dmy(bd(later(c))) : ''), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['Actief', 'Actief', 'Actief', 'Gepauzeerd', 'Beëindigd']), ['loyalty.status'], opt],
    ['Vestiging', (c, o, r) => v.pick(r, ['Haarlem Centrum', 'Haarlem Schalkwijk']), []],
    ['IBAN', (c, o, r) => `NL${v.int(r, 10, 99)}${v.pick(r, ['INGB', 'RABO', 'ABNA', 'SNSB'])}0${v.int(r, 100000000, 999999999)}`, []],
    ['Automatische incasso', (c, o, r) => (r() < 0.85 ? 'Ja' : 'Nee'), []],
    ['Pasnummer', (c, o, r) => (r() < 0.8 ? String(v.int(r, 10000000, 99999999)) : ''), ['loyalty.cardsDetails[0].number'], opt],
    ['Laatste check-in', (c) => `${dmy(cet(later(c)))} ${hm(cet(later(c)))}`, [], opt],
    ['Aantal check-ins', (c, o, r) => String(v.int(r, 0, 340)), []],
    ['Nieuwsbrief', (c) => (c.bool ? 'Ja' : 'Nee'), [], opt],
    ['Tags', (c, o, r) => v.pick(r, ['', 'PT-klant', 'blessure', 'proefles', '']), []],
    ['Aangemaakt op', (c) => `${dmy(cet(c.created))} ${hm(cet(c.created))}`, [], opt],
    ['Opmerkingen', (c, o, r) => v.pick(r, ['', '', '', 'Knieblessure, geen squats', 'Bedrijfsfitness via werkgever']), []],
  ] },
  // ---------------------------------------------------------------- Flanders: company database selection
  { name: 'trends-top-selectie-export-nl', product: 'Trends Top (Roularta company database, Belgium; Selectie > Exporteren naar Excel, one row per firm with one manager, Dutch UI, a Ghent HR-services firm\'s prospect list of West and East Flemish SMEs)', family: 'b2b-leads', language: 'nl', schema: B, cols: [
    ['Ondernemingsnummer', (c, o, r) => `0${v.int(r, 400, 899)}.${v.int(r, 100, 999)}.${v.int(r, 100, 999)}`, []],
    ['Naam', (c) => loc(c, 'be').company, CO],
    ['Rechtsvorm', (c) => (/ NV$/.test(loc(c, 'be').company) ? 'NV' : / CommV$/.test(loc(c, 'be').company) ? 'CommV' : 'BV'), []],
    ['Straat', (c) => `${loc(c, 'be').streetName} ${loc(c, 'be').houseNo}`, [W('street1')]],
    ['Postcode', (c) => loc(c, 'be').zip, [W('postalCode')]],
    ['Gemeente', (c) => loc(c, 'be').city, [W('city')]],
    ['Provincie', (c) => loc(c, 'be').region, STATE(['workAddress'])],
    ['Telefoon', (c, o, r) => (r() < 0.8 ? `0${v.pick(r, ['9', '3', '16', '50', '11', '56'])} ${v.int(r, 200, 899)} ${v.int(r, 10, 99)} ${v.int(r, 10, 99)}` : ''), ['workPhone.number']],
    ['E-mail', (c, o, r) => (r() < 0.7 ? `info@${loc(c, 'be').domain}` : ''), WE],
    ['Website', (c, o, r) => (r() < 0.85 ? `www.${loc(c, 'be').domain}` : ''), ['b2b.companyWebsite']],
    ['NACE-code', (c) => loc(c, 'be').nace, []],
    ['Activiteit', (c) => loc(c, 'be').activity, []],
    ['Oprichtingsdatum', (c, o, r) => `${pad(v.int(r, 1, 28))}/${pad(v.int(r, 1, 12))}/${v.int(r, 1965, 2018)}`, []],
    ['Omzet (€)', (c, o, r) => String(v.int(r, 400, 90000) * 1000).replace(/\B(?=(\d{3})+(?!\d))/g, '.'), []],
    ['Brutomarge (€)', (c, o, r) => String(v.int(r, 200, 9000) * 1000).replace(/\B(?=(\d{3})+(?!\d))/g, '.'), []],
    ['Winst/verlies van het boekjaar (€)', (c, o, r) => `${r() < 0.15 ? '-' : ''}${String(v.int(r, 10, 2500) * 1000).replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`, []],
    ['Personeel (VTE)', (c, o, r) => dec(v.int(r, 30, 3200) / 10), []],
    ['Boekjaar', (c, o, r) => v.pick(r, ['2023', '2023', '2022']), []],
    ['Aanspreking', (c) => (loc(c, 'be').female ? 'Mevr.' : 'Dhr.'), ['person.name.courtesyTitle']],
    ['Beslissingsnemer', (c) => loc(c, 'be').full, ['person.name.fullName']],
    ['Functie', (c, o, r) => v.pick(r, ['Gedelegeerd bestuurder', 'Zaakvoerder', 'HR-manager', 'Algemeen directeur', 'Financieel directeur']), ['extendedWorkDetails.jobTitle']],
    ['Taal', (c, o, r) => (r() < 0.9 ? 'NL' : 'FR'), [], opt],
    ['Trends Top-rangschikking', (c, o, r) => String(v.int(r, 1200, 95000)), []],
  ] },
  // ---------------------------------------------------------------- Sweden: parcel broker shipments
  { name: 'fraktjakt-sandningar-export-sv', product: 'Fraktjakt (fraktförmedlare; Mina sändningar > Exportera till CSV, one row per shipment, Swedish UI, a Göteborg web shop selling coffee grinders and beans, sending with PostNord, DHL, Budbee and Instabox)', family: 'delivery', language: 'sv', schema: E, cols: [
    ['Sändnings-ID', (c, o) => String(9000000 + +o.id * 37 % 900000), ['_id'], opt],
    ['Skapad', (c, o) => `${ymd(cet(o.at))} ${hm(cet(o.at))}`, ['timestamp']],
    ['Status', (c, o, r) => v.pick(r, ['Levererad', 'Levererad', 'Levererad', 'Under transport', 'Bokad', 'Redo att hämtas', 'Avbokad']), []],
    ['Transportör', (c, o) => row(['PostNord', 'DHL Freight', 'Budbee', 'Instabox', 'PostNord'], +o.id % 5), ['commerce.shipping.shippingMethod']],
    ['Tjänst', (c, o) => row(['MyPack Collect', 'DHL Service Point', 'Budbee Box', 'Instabox Hämta i skåp', 'MyPack Home'], +o.id % 5), ['commerce.shipping.shippingMethod'], opt],
    ['Spårningsnummer', (c, o, r) => row([`00370712${v.int(r, 100000000000, 999999999999)}`, `JVGL06${v.int(r, 1000000000, 9999999999)}`, `BB${v.alnum(r, 10).toUpperCase()}`, `IB${v.int(r, 10000000, 99999999)}`, `00370712${v.int(r, 100000000000, 999999999999)}`], +o.id % 5), ['commerce.shipping.trackingNumber']],
    ['Ordernummer', (c, o) => String(20000 + +o.id % 9000), [OR('purchaseID')]],
    ['Mottagare namn', (c) => loc(c, 'sv').full, []],
    ['Mottagare företag', (c, o) => (+o.id % 9 === 0 ? `${loc(c, 'sv').last} Café AB` : ''), []],
    ['Mottagare adress', (c) => loc(c, 'sv').street, [SHIP('street1')]],
    ['Mottagare adress 2', (c, o, r) => (r() < 0.25 ? `lgh ${v.int(r, 1001, 1404)}` : ''), [SHIP('street2')]],
    ['Mottagare postnummer', (c) => loc(c, 'sv').zip.replace(' ', ''), [SHIP('postalCode')]],
    ['Mottagare ort', (c) => loc(c, 'sv').city, [SHIP('city')]],
    ['Mottagare land', () => 'SE', [SHIP('countryCode')]],
    ['Mottagare e-post', (c) => loc(c, 'sv').email, EMAIL_ID, opt],
    ['Mottagare mobil', (c) => loc(c, 'sv').mobile.replace(/[- ]/g, ''), PHONE_ID, opt],
    ['Ombud', (c, o) => (+o.id % 5 === 0 || +o.id % 5 === 1 ? row(['ICA Nära Linnéplatsen', 'Pressbyrån Centralstationen', 'Coop Konsum Majorna', 'Hemköp Kungsportsavenyen'], +o.id) : ''), [], opt],
    ['Antal kolli', () => '1', []],
    ['Vikt (kg)', (c, o, r) => dec(v.int(r, 3, 60) / 10 * o.qty), []],
    ['Innehåll', (c, o, r, i) => row(SV_GOODS, i + +o.id), [PL('name')], opt],
    ['Varuvärde (SEK)', (c, o) => dec(o.subtotal * 11.4), [], opt],
    ['Fraktpris exkl. moms', (c, o) => row(['49,00', '59,00', '45,00', '39,00', '79,00'], +o.id % 5), ['commerce.shipping.shippingAmount'], opt],
    ['Fraktpris inkl. moms', (c, o) => row(['61,25', '73,75', '56,25', '48,75', '98,75'], +o.id % 5), ['commerce.shipping.shippingAmount'], opt],
    ['Hämtningsdatum', (c, o, r) => (r() < 0.9 ? ymd(cet(o.at + day)) : ''), ['commerce.shipping.shipDate'], opt],
    ['Leveransdatum', (c, o, r) => (r() < 0.7 ? ymd(cet(o.at + 3 * day)) : ''), [], opt],
    ['Användare', (c, o, r) => v.pick(r, ['lager@kaffeverket.se', 'anna@kaffeverket.se']), []],
  ] },
  // ---------------------------------------------------------------- Sweden: sports-club member register
  { name: 'sportadmin-medlemsregister-sv', product: 'SportAdmin (föreningssystem; Medlemmar > Medlemsregister > Exportera till Excel, one row per member, Swedish UI, an Uppsala floorball club with youth teams)', family: 'membership', language: 'sv', schema: P, cols: [
    ['Medlemsnr', (c) => String(100 + +c.id % 5000), ID],
    ['Förnamn', (c) => loc(c, 'sv').first, ['person.name.firstName']],
    ['Efternamn', (c) => loc(c, 'sv').last, ['person.name.lastName']],
    ['Personnummer', (c, o, r) => `${bd(sab(c)).y}${pad(bd(sab(c)).m)}${pad(bd(sab(c)).d)}-${v.int(r, 1000, 9999)}`, ['person.taxId'], opt],
    ['Födelsedatum', (c) => ymd(bd(sab(c))), ['person.birthDate']],
    ['Kön', (c) => (loc(c, 'sv').female ? 'Kvinna' : 'Man'), ['person.gender']],
    ['Adress', (c) => loc(c, 'sv').street, at(HOME, 'street1')],
    ['C/O', (c, o, r) => (r() < 0.1 ? `c/o ${v.pick(r, ['Lindqvist', 'Nilsson', 'Karlsson'])}` : ''), at(HOME, 'street2'), opt],
    ['Postnummer', (c) => loc(c, 'sv').zip, at(HOME, 'postalCode')],
    ['Postort', (c) => loc(c, 'sv').city, at(HOME, 'city')],
    ['Land', () => 'Sverige', at(HOME, 'country')],
    ['E-post', (c) => (youth(c) && +c.id % 2 ? '' : loc(c, 'sv').email), ['personalEmail.address']],
    ['Mobil', (c) => (youth(c) && +c.id % 2 ? '' : loc(c, 'sv').mobile), ['mobilePhone.number']],
    ['Telefon hem', (c, o, r) => (r() < 0.15 ? `018-${v.int(r, 10, 99)} ${v.int(r, 10, 99)} ${v.int(r, 10, 99)}` : ''), ['homePhone.number']],
    ['Målsman 1 namn', (c) => (youth(c) ? `${row(['Karin', 'Johan', 'Sara', 'Anders'], +c.id)} ${loc(c, 'sv').last}` : ''), []],
    ['Målsman 1 e-post', (c) => (youth(c) ? `${row(['karin', 'johan', 'sara', 'anders'], +c.id)}.${loc(c, 'sv').slug}@${row(['gmail.com', 'telia.com', 'hotmail.se'], +c.id)}` : ''), []],
    ['Målsman 1 mobil', (c, o, r) => (youth(c) ? loc(c, 'sv').mobile.replace(/\d{2}$/, String(v.int(r, 10, 99))) : ''), []],
    ['Lag/grupp', (c, o, r) => (youth(c) ? `${loc(c, 'sv').female ? 'F' : 'P'}${bd(sab(c)).y}` : v.pick(r, ['Herr A', 'Dam Div 2', 'Herr Div 4', 'Veteraner', 'Styrelse'])), []],
    ['Medlemstyp', (c, o, r) => (youth(c) ? 'Aktiv' : v.pick(r, ['Aktiv', 'Aktiv', 'Ledare', 'Passiv', 'Stödmedlem'])), [], opt],
    ['Medlem sedan', (c) => ymd(bd(c.created)), ['loyalty.joinDate'], opt],
    ['Medlemsavgift 2024', (c, o, r) => (r() < 0.8 ? 'Betald' : 'Obetald'), []],
    ['Träningsavgift', (c, o, r) => v.pick(r, ['1 200 kr', '1 800 kr', '0 kr', '2 400 kr']), []],
    ['Licensierad', (c, o, r) => (r() < 0.6 ? 'Ja' : 'Nej'), []],
    ['Publicering av bild', (c, o, r) => (r() < 0.75 ? 'Ja' : 'Nej'), [], opt],
    ['Övrigt', (c, o, r) => v.pick(r, ['', '', '', 'Nötallergi', 'Syskonrabatt']), []],
  ] },
  // ---------------------------------------------------------------- Denmark: card gateway transactions
  { name: 'scanpay-transaktioner-da', product: 'Scanpay (Danish payment gateway; Dashboard > Transaktioner > Eksportér CSV, one row per transaction, Danish UI, an Aarhus kitchenware web shop; amounts written as in Scanpay\'s API, "499.00 DKK")', family: 'payments', language: 'da', schema: E, cols: [
    ['Transaktions-ID', (c, o) => String(20000 + +o.id * 3 % 70000), [OR('payments[0].transactionID'), '_id']],
    ['Ordre-ID', (c, o) => `#${10000 + +o.id % 9000}`, [OR('purchaseID')]],
    ['Oprettet', (c, o) => `${dmy(cet(o.at))} ${hms(cet(o.at))}`, ['timestamp']],
    ['Type', (c, o) => (+o.id % 11 === 0 ? 'Abonnement' : 'Betaling'), [], opt],
    ['Betalingsmetode', (c, o) => row(['Kort', 'MobilePay', 'Kort', 'Apple Pay', 'Kort'], +o.id % 5), [OR('payments[0].paymentType')]],
    ['Kortmærke', (c, o) => row(['visadankort', '', 'mastercard', 'visa', 'dankort'], +o.id % 5), [], opt],
    ['Sidste 4 cifre', (c, o, r) => (+o.id % 5 === 1 ? '' : String(v.int(r, 1000, 9999))), []],
    ['Autoriseret', (c, o, r, i) => `${(row(DA_ITEMS, i + +o.id)[1] * o.qty + (o.shipping ? 39 : 0)).toFixed(2)} DKK`, [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Hævet', (c, o, r, i) => (+o.id % 7 === 3 ? '0 DKK' : `${(row(DA_ITEMS, i + +o.id)[1] * o.qty + (o.shipping ? 39 : 0)).toFixed(2)} DKK`), [OR('payments[0].paymentAmount')], opt],
    ['Refunderet', (c, o, r, i) => (+o.id % 13 === 0 ? `${row(DA_ITEMS, i + +o.id)[1].toFixed(2)} DKK` : '0 DKK'), []],
    ['Tilbage', (c, o, r, i) => (+o.id % 7 === 3 ? `${(row(DA_ITEMS, i + +o.id)[1] * o.qty + (o.shipping ? 39 : 0)).toFixed(2)} DKK` : '0 DKK'), []],
    ['Valuta', () => 'DKK', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Status', (c, o) => (+o.id % 7 === 3 ? 'Autoriseret' : +o.id % 13 === 0 ? 'Delvist refunderet' : 'Hævet'), []],
    ['Kunde e-mail', (c) => loc(c, 'da').email, EMAIL_ID, opt],
    ['Kunde telefon', (c) => `+45 ${loc(c, 'da').mobile}`, PHONE_ID, opt],
    ['Kunde IP', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Fakturering navn', (c) => loc(c, 'da').full, []],
    ['Fakturering adresse', (c) => loc(c, 'da').street, [BILL('street1')]],
    ['Fakturering postnr.', (c) => loc(c, 'da').zip, [BILL('postalCode')]],
    ['Fakturering by', (c) => loc(c, 'da').city, [BILL('city')]],
    ['Fakturering land', () => 'DK', [BILL('countryCode')]],
    ['Levering adresse', (c, o, r) => (r() < 0.8 ? loc(c, 'da').street : ''), [SHIP('street1')]],
    ['Levering postnr.', (c, o, r) => (r() < 0.8 ? loc(c, 'da').zip : ''), [SHIP('postalCode')]],
    ['Ordrelinjer', (c, o, r, i) => `${o.qty} x ${row(DA_ITEMS, i + +o.id)[0]}${o.shipping ? '; 1 x Fragt GLS PakkeShop' : ''}`, [PL('name')], opt],
    ['Indløser', (c, o) => (+o.id % 5 === 1 ? 'MobilePay' : row(['Nets', 'Clearhaus', 'Swedbank'], +o.id % 3)), []],
  ] },
  // ---------------------------------------------------------------- Denmark: newsletter subscribers
  { name: 'ubivox-abonnenter-eksport-da', product: 'Ubivox (Danish newsletter system; Lister > Abonnenter > Eksportér, one row per subscriber with the list\'s data fields, Danish UI, a bookshop chain\'s newsletter and book-club list)', family: 'email', language: 'da', schema: P, cols: [
    ['E-mailadresse', (c) => loc(c, 'da').email, ['personalEmail.address']],
    ['Status', (c, o, r) => v.pick(r, ['Tilmeldt', 'Tilmeldt', 'Tilmeldt', 'Afmeldt', 'Bounced']), [], opt],
    ['Liste', (c, o, r) => v.pick(r, ['Nyhedsbrev', 'Bogklubben', 'Nyhedsbrev']), []],
    ['Tilmeldt dato', (c) => `${dmy(cet(c.created))} ${hm(cet(c.created))}`, [], opt],
    ['Bekræftet dato', (c) => `${dmy(cet(c.created + 420000))} ${hm(cet(c.created + 420000))}`, [], opt],
    ['Kilde', (c, o, r) => v.pick(r, ['Formular', 'Import', 'API', 'Formular']), []],
    ['Tilmeldings-IP', (c, o, r) => (r() < 0.6 ? v.ip4(r) : ''), []],
    ['Fornavn', (c) => loc(c, 'da').first, ['person.name.firstName']],
    ['Efternavn', (c, o, r) => (r() < 0.8 ? loc(c, 'da').last : ''), ['person.name.lastName']],
    ['Køn', (c, o, r) => (r() < 0.7 ? (loc(c, 'da').female ? 'Kvinde' : 'Mand') : ''), ['person.gender']],
    ['Fødselsdag', (c, o, r) => (r() < 0.6 ? dmy(bd(c.birth)) : ''), ['person.birthDate']],
    ['Postnummer', (c) => loc(c, 'da').zip, at(HOME, 'postalCode')],
    ['By', (c) => loc(c, 'da').city, at(HOME, 'city')],
    ['Mobilnummer', (c, o, r) => (r() < 0.5 ? `+45${loc(c, 'da').mobile}` : ''), ['mobilePhone.number']],
    ['Favoritgenre', (c, o, r) => v.pick(r, ['Krimi', 'Skønlitteratur', 'Børnebøger', 'Biografier', 'Fagbøger', '']), []],
    ['Butik', (c, o, r) => v.pick(r, ['Aarhus Ryesgade', 'Odense Kongensgade', 'Online', 'København Købmagergade']), []],
    ['Medlemsnummer', (c, o, r) => (r() < 0.5 ? `BK${v.int(r, 100000, 999999)}` : ''), ['loyalty.loyaltyID[0]'], opt],
    ['Antal åbninger', (c, o, r) => String(v.int(r, 0, 120)), []],
    ['Antal klik', (c, o, r) => String(v.int(r, 0, 40)), []],
    ['Sidst åbnet', (c, o, r) => (r() < 0.8 ? `${dmy(cet(later(c)))} ${hm(cet(later(c)))}` : ''), [], opt],
    ['Bounces', (c, o, r) => String(r() < 0.9 ? 0 : v.int(r, 1, 3)), []],
    ['Afmeldt dato', (c, o, r) => (r() < 0.15 ? dmy(cet(later(c))) : ''), [], opt],
    ['Afmeldingsårsag', (c, o, r) => (r() < 0.1 ? v.pick(r, ['For mange mails', 'Ikke relevant', 'Tilmeldte mig aldrig']) : ''), []],
  ] },
  // ---------------------------------------------------------------- Norway: shipping tool consignments
  { name: 'cargonizer-forsendelser-eksport-no', product: 'Cargonizer (Logistra AS; Forsendelser > Søk > Eksporter til CSV, one row per consignment, Norwegian UI, a Bergen outdoor-gear web shop sending with Bring, PostNord and Helthjem)', family: 'delivery', language: 'no', schema: E, cols: [
    ['ID', (c, o) => String(48000000 + +o.id * 71 % 900000), ['_id'], opt],
    ['Sendingsnummer', (c, o, r) => (+o.id % 4 === 2 ? `${v.int(r, 10000000, 99999999)}` : `70438101${v.int(r, 100000000, 999999999)}`), ['commerce.shipping.trackingNumber']],
    ['Kollinummer', (c, o, r) => `370704381${v.int(r, 10000000, 99999999)}`, ['commerce.shipping.trackingNumber'], opt],
    ['Opprettet', (c, o) => `${dmy(cet(o.at), '.')} ${hm(cet(o.at))}`, ['timestamp']],
    ['Transportør', (c, o) => row(['Bring', 'Bring', 'PostNord', 'Helthjem'], +o.id % 4), ['commerce.shipping.shippingMethod']],
    ['Produkt', (c, o) => row(['Pakke i postkassen', 'Pakke til hentested', 'MyPack Collect', 'Helthjem Standard'], +o.id % 4), ['commerce.shipping.shippingMethod'], opt],
    ['Mottaker', (c) => loc(c, 'no').full, []],
    ['Mottaker adresse 1', (c) => loc(c, 'no').street, [SHIP('street1')]],
    ['Mottaker adresse 2', (c, o, r) => (r() < 0.15 ? `Leil. H0${v.int(r, 101, 404)}` : ''), [SHIP('street2')]],
    ['Mottaker postnr', (c) => loc(c, 'no').zip, [SHIP('postalCode')]],
    ['Mottaker poststed', (c) => loc(c, 'no').city.toUpperCase(), [SHIP('city')]],
    ['Mottaker land', () => 'NO', [SHIP('countryCode')]],
    ['Mottaker e-post', (c) => loc(c, 'no').email, EMAIL_ID, opt],
    ['Mottaker mobil', (c) => loc(c, 'no').mobile, PHONE_ID, opt],
    ['Referanse', (c, o) => `Ordre ${30000 + +o.id % 9000}`, [OR('purchaseID')]],
    ['Vekt (kg)', (c, o, r) => dec(v.int(r, 4, 90) / 10), []],
    ['Volum (dm3)', (c, o, r) => dec(v.int(r, 20, 600) / 10), []],
    ['Antall kolli', () => '1', []],
    ['Innhold', (c, o, r, i) => row(NO_GOODS, i + +o.id), [PL('name')], opt],
    ['Tjenester', (c, o) => row(['SMS-varsling', 'E-postvarsling, SMS-varsling', '', 'Varsling'], +o.id % 4), []],
    ['Oppkrav (NOK)', (c, o) => (+o.id % 10 === 0 ? thou(o.subtotal * 11.6) : ''), [OR('payments[0].paymentAmount')], opt],
    ['Estimert fraktkost', (c, o) => row(['89,00', '109,00', '99,00', '79,00'], +o.id % 4), ['commerce.shipping.shippingAmount'], opt],
    ['Status', (c, o, r) => v.pick(r, ['Levert', 'Levert', 'Under transport', 'Klar for henting', 'Opprettet']), []],
    ['Overført', (c, o, r) => (r() < 0.9 ? `${dmy(cet(o.at + 3600000), '.')} ${hm(cet(o.at + 3600000))}` : ''), ['commerce.shipping.shipDate'], opt],
    ['Transportavtale', (c, o) => row(['Bring Bedrift 1234567', 'Bring Bedrift 1234567', 'PostNord 20012345', 'Helthjem 4411'], +o.id % 4), []],
    ['Opprettet av', (c, o, r) => v.pick(r, ['Nettbutikk (API)', 'Nettbutikk (API)', 'lager@fjelltur.no']), []],
  ] },
  // ---------------------------------------------------------------- Finland: accounting sales invoices
  { name: 'netvisor-myyntilaskut-vienti-fi', product: 'Visma Netvisor (Myynti > Myyntilaskut > Vie Exceliin, one row per sales invoice, Finnish UI, a Tampere HVAC-maintenance firm invoicing households and housing companies)', family: 'invoicing', language: 'fi', schema: E, cols: [
    ['Laskunumero', (c, o) => String(24000 + +o.id % 9000), [OR('purchaseID'), '_id']],
    ['Laskun päivämäärä', (c, o) => fiDate(eet(o.at)), ['timestamp', OR('createdDate')]],
    ['Eräpäivä', (c, o) => fiDate(eet(o.at + 14 * day)), [], opt],
    ['Toimituspäivä', (c, o) => fiDate(eet(o.at - (+o.id % 6) * day)), [], opt],
    ['Asiakasnumero', (c) => String(1000 + +c.id % 8000), CUST_ID, opt],
    ['Asiakkaan nimi', (c, o) => (+o.id % 3 === 0 ? `Asunto Oy ${v.pick(v.rng(+o.id), ['Koivuranta', 'Hervannan Kuusikko', 'Pihlajakatu 14', 'Tammelan Helmi'])}` : loc(c, 'fi').full), []],
    ['Y-tunnus', (c, o, r) => (+o.id % 3 === 0 ? `${v.int(r, 1000000, 3299999)}-${v.int(r, 0, 9)}` : ''), []],
    ['Laskutusosoite', (c) => `${loc(c, 'fi').streetName} ${loc(c, 'fi').houseNo}${loc(c, 'fi').suffix && loc(c, 'fi').suffix !== 'bis' ? ` ${loc(c, 'fi').suffix} ${+c.id % 30 + 1}` : ''}`, [BILL('street1')]],
    ['Postinumero', (c) => loc(c, 'fi').zip, [BILL('postalCode')]],
    ['Postitoimipaikka', (c) => loc(c, 'fi').city.toUpperCase(), [BILL('city')]],
    ['Maa', () => 'FI', [BILL('countryCode')]],
    ['Sähköposti', (c, o, r) => (r() < 0.7 ? loc(c, 'fi').email : ''), EMAIL_ID, opt],
    ['Viitenumero', (c, o) => `${240 + +o.id % 9000}${+o.id % 10}`, []],
    ['Viitteenne', (c, o, r) => (+o.id % 3 === 0 ? v.pick(r, ['Isännöitsijä M. Laine', 'Tilaus 12/2024', 'Huoltosopimus']) : ''), [], opt],
    ['Tuote', (c, o, r, i) => row(FI_JOBS, i + +o.id)[0], [PL('name')], opt],
    ['Veroton summa', (c, o, r, i) => thou(row(FI_JOBS, i + +o.id)[1]), [], opt],
    ['ALV', (c, o, r, i) => thou(row(FI_JOBS, i + +o.id)[1] * 0.255), [OR('taxAmount')]],
    ['Verollinen summa', (c, o, r, i) => thou(row(FI_JOBS, i + +o.id)[1] * 1.255), [OR('priceTotal')]],
    ['Valuutta', () => 'EUR', [OR('currencyCode')]],
    ['Maksettu', (c, o, r, i) => (+o.id % 4 === 1 ? '0,00' : thou(row(FI_JOBS, i + +o.id)[1] * 1.255)), [OR('payments[0].paymentAmount')], opt],
    ['Avoinna', (c, o, r, i) => (+o.id % 4 === 1 ? thou(row(FI_JOBS, i + +o.id)[1] * 1.255) : '0,00'), []],
    ['Tila', (c, o) => (+o.id % 4 === 1 ? row(['Avoin', 'Erääntynyt', 'Perinnässä'], +o.id % 3) : 'Maksettu'), []],
    ['Lähetystapa', (c, o) => (+o.id % 3 === 0 ? 'Verkkolasku' : row(['Sähköposti', 'Paperilasku', 'Sähköposti'], +o.id % 3)), []],
    ['Myyjä', (c, o, r) => v.pick(r, ['Juha Korhonen', 'Sanna Virtanen', '']), []],
    ['Kotitalousvähennykseen oikeuttava työ', (c, o, r, i) => (+o.id % 3 === 0 ? '' : thou(row(FI_JOBS, i + +o.id)[1] * 0.8)), []],
    ['Lisätiedot', (c, o, r) => v.pick(r, ['', '', 'Avain huoltoyhtiöltä', 'Seuraava huolto syksyllä']), []],
  ] },
  // ---------------------------------------------------------------- Poland: salon visit report
  { name: 'versum-raport-wizyt-pl', product: 'Versum (salon software; Statystyki > Wizyty > pobierz raport excel, one row per service in a finalised or cancelled visit, Polish UI, a Kraków hair-and-beauty salon)', family: 'booking', language: 'pl', schema: E, cols: [
    ['ID wizyty', (c, o) => String(7700000 + +o.id * 13 % 300000), ['_id']],
    ['Data wizyty', (c, o) => ymd(cet(o.at)), [], opt],
    ['Godzina', (c, o) => `${pad(visStart(o).H)}:${pad(visStart(o).M)}`, [], opt],
    ['Klient', (c) => loc(c, 'pl').full, []],
    ['Telefon klienta', (c) => loc(c, 'pl').mobile, PHONE_ID, opt],
    ['E-mail klienta', (c, o, r) => (r() < 0.6 ? loc(c, 'pl').email : ''), EMAIL_ID, opt],
    ['Pracownik', (c, o) => row(['Ola', 'Kasia (stylistka)', 'Marta', 'Beata'], +o.id % 4), []],
    ['Usługa', (c, o, r, i) => row(PL_SERV, i + +o.id)[0], [PL('name')]],
    ['Kategoria', (c, o, r, i) => row(PL_SERV, i + +o.id)[1], [PL('productCategories[0].categoryName')], opt],
    ['Czas trwania (min)', (c, o, r, i) => String(row(PL_SERV, i + +o.id)[2]), []],
    ['Cena usługi', (c, o, r, i) => `${dec(row(PL_SERV, i + +o.id)[3])} zł`, [PL('priceTotal')]],
    ['Rabat', (c, o) => (o.discount ? '10,00 zł' : '0,00 zł'), [OR('discountAmount')], opt],
    ['Wartość wizyty', (c, o, r, i) => `${dec(row(PL_SERV, i + +o.id)[3] - (o.discount ? 10 : 0))} zł`, [OR('priceTotal')]],
    ['Napiwek', (c, o, r) => (r() < 0.3 ? `${dec(v.pick(r, [5, 10, 20]))} zł` : '0,00 zł'), []],
    ['Metoda płatności', (c, o) => row(['karta', 'gotówka', 'karta', 'BLIK', 'bon podarunkowy'], +o.id % 5), [OR('payments[0].paymentType')]],
    ['Zapłacono', (c, o, r, i) => (+o.id % 9 === 0 ? '0,00 zł' : `${dec(row(PL_SERV, i + +o.id)[3] - (o.discount ? 10 : 0))} zł`), [OR('payments[0].paymentAmount')], opt],
    ['Status', (c, o) => (+o.id % 9 === 0 ? row(['anulowana', 'nieobecność'], +o.id % 2) : 'sfinalizowana'), []],
    ['Źródło', (c, o) => row(['rezerwacja online', 'telefon', 'recepcja', 'rezerwacja online'], +o.id % 4), [], opt],
    ['Data finalizacji', (c, o, r, i) => (+o.id % 9 === 0 ? '' : `${ymd(cet(o.at))} ${visEnd(o, i)}`), ['timestamp']],
    ['Numer paragonu', (c, o, r) => (+o.id % 9 === 0 ? '' : `${v.int(r, 1000, 9999)}/${bd(o.at).y}`), [], opt],
    ['Zużyte materiały', (c, o, r, i) => (row(PL_SERV, i + +o.id)[1] === 'Fryzjerstwo' ? v.pick(r, ['Farba 6.1 - 60 ml', 'Szampon 20 ml', '']) : ''), []],
    ['Opis wizyty', (c, o, r) => v.pick(r, ['', '', '', 'Klientka prosi o termin co 6 tyg.', 'Uczulenie na PPD']), []],
  ] },
  // ---------------------------------------------------------------- Norway: company information list
  { name: 'purehelp-bedriftsliste-no', product: 'Purehelp (purehelp.no; Lister > Mine lister > Eksporter til Excel, one row per company with its general manager, Norwegian UI, an Oslo accounting firm\'s list of small Vestland and Trøndelag firms)', family: 'b2b-leads', language: 'no', schema: B, cols: [
    ['Organisasjonsnummer', (c, o, r) => `9${v.int(r, 10, 99)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`, []],
    ['Navn', (c) => loc(c, 'no').company, CO],
    ['Organisasjonsform', (c) => (/ AS$/.test(loc(c, 'no').company) ? 'AS' : 'ENK'), []],
    ['Stiftelsesdato', (c, o, r) => `${pad(v.int(r, 1, 28))}.${pad(v.int(r, 1, 12))}.${v.int(r, 1988, 2021)}`, []],
    ['Forretningsadresse', (c) => loc(c, 'no').street, [W('street1')]],
    ['Postnummer', (c) => loc(c, 'no').zip, [W('postalCode')]],
    ['Poststed', (c) => loc(c, 'no').city.toUpperCase(), [W('city')]],
    ['Kommune', (c) => loc(c, 'no').city, [], opt],
    ['Fylke', (c) => loc(c, 'no').region, STATE(['workAddress'])],
    ['Telefon', (c, o, r) => (r() < 0.6 ? `${v.pick(r, ['55', '73', '51', '22'])} ${v.int(r, 10, 99)} ${v.int(r, 10, 99)} ${v.int(r, 10, 99)}` : ''), ['workPhone.number']],
    ['Mobil', (c) => loc(c, 'no').mobile.replace(/^(\d{3})(\d{2})(\d{3})$/, '$1 $2 $3'), ['mobilePhone.number']],
    ['E-post', (c, o, r) => (r() < 0.6 ? `post@${loc(c, 'no').domain}` : ''), WE],
    ['Hjemmeside', (c, o, r) => (r() < 0.7 ? `www.${loc(c, 'no').domain}` : ''), ['b2b.companyWebsite']],
    ['Bransje', (c) => `${loc(c, 'no').nace} ${loc(c, 'no').activity}`, []],
    ['Antall ansatte', (c, o, r) => String(v.int(r, 1, 45)), []],
    ['Driftsinntekter', (c, o, r) => String(v.int(r, 800, 60000) * 1000).replace(/\B(?=(\d{3})+(?!\d))/g, ' '), []],
    ['Resultat før skatt', (c, o, r) => `${r() < 0.2 ? '-' : ''}${String(v.int(r, 20, 4000) * 1000).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')}`, []],
    ['Regnskapsår', () => '2023', []],
    ['Daglig leder', (c) => loc(c, 'no').full, ['person.name.fullName']],
    ['Styrets leder', (c, o, r) => (r() < 0.5 ? loc(c, 'no').full : `${v.pick(r, ['Kari', 'Henrik', 'Ida'])} ${loc(c, 'no').last}`), []],
    ['MVA-registrert', (c, o, r) => (r() < 0.9 ? 'Ja' : 'Nei'), []],
    ['Kredittscore', (c, o, r) => v.pick(r, ['A+ Svært lav risiko', 'A Lav risiko', 'B Moderat risiko', 'C Høy risiko']), []],
  ] },
  // ---------------------------------------------------------------- Poland: CRM contacts
  { name: 'crm-vision-kontakty-eksport-pl', product: 'CRM Vision (crmvision-online.pl; KONTAKTY > Kontakty > Eksport danych do Excel, one row per contact company with its contact person, Polish UI, a Poznań heating-and-plumbing wholesaler)', family: 'crm', language: 'pl', schema: B, cols: [
    ['ID', (c) => String(2000 + +c.id % 30000), B2BID],
    ['Nazwa skrócona', (c) => loc(c, 'pl').company.replace(/ (Sp\. z o\.o\.|Sp\.j\.|Sp\.k\.|S\.A\.)$/, ''), CO],
    ['Nazwa pełna', (c) => loc(c, 'pl').company, CO, opt],
    ['NIP', (c, o, r) => `${v.int(r, 500, 999)}-${v.int(r, 100, 999)}-${v.int(r, 10, 99)}-${v.int(r, 10, 99)}`, []],
    ['REGON', (c, o, r) => String(v.int(r, 300000000, 389999999)), []],
    ['Typ', (c, o, r) => v.pick(r, ['Klient', 'Klient', 'Potencjalny klient', 'Dostawca', 'Partner']), ['b2b.personStatus'], opt],
    ['Ulica', (c) => `${loc(c, 'pl').streetName} ${loc(c, 'pl').houseNo}`, [W('street1')]],
    ['Kod pocztowy', (c) => loc(c, 'pl').zip, [W('postalCode')]],
    ['Miejscowość', (c) => loc(c, 'pl').city, [W('city')]],
    ['Województwo', (c) => loc(c, 'pl').region, STATE(['workAddress'])],
    ['Kraj', () => 'Polska', [W('country')]],
    ['Telefon', (c, o, r) => (r() < 0.7 ? `61 ${v.int(r, 800, 899)} ${v.int(r, 10, 99)} ${v.int(r, 10, 99)}` : ''), ['workPhone.number'], opt],
    ['E-mail', (c, o, r) => (r() < 0.7 ? `biuro@${loc(c, 'pl').domain}` : ''), WE, opt],
    ['WWW', (c, o, r) => (r() < 0.7 ? `www.${loc(c, 'pl').domain}` : ''), ['b2b.companyWebsite']],
    ['Osoba kontaktowa - imię', (c) => loc(c, 'pl').first, ['person.name.firstName']],
    ['Osoba kontaktowa - nazwisko', (c) => loc(c, 'pl').last, ['person.name.lastName']],
    ['Osoba kontaktowa - stanowisko', (c, o, r) => v.pick(r, ['Właściciel', 'Prezes Zarządu', 'Kierownik zakupów', 'Zaopatrzeniowiec', 'Kierownik budowy']), ['extendedWorkDetails.jobTitle']],
    ['Osoba kontaktowa - telefon', (c) => loc(c, 'pl').mobile, ['mobilePhone.number', 'workPhone.number']],
    ['Osoba kontaktowa - e-mail', (c) => loc(c, 'pl').workEmail, ['workEmail.address']],
    ['Opiekun', (c, o, r) => v.pick(r, ['Marcin Lewandowski', 'Agnieszka Wójcik', 'Tomasz Nowak']), []],
    ['Grupa', (c, o, r) => v.pick(r, ['Instalatorzy', 'Firmy budowlane', 'Hurtownie', 'Deweloperzy']), []],
    ['Źródło pozyskania', (c, o, r) => v.pick(r, ['Targi Instalacje 2024', 'Polecenie', 'Strona WWW', 'Telefon przychodzący']), [], opt],
    ['Data dodania', (c) => `${ymd(cet(c.created))} ${hm(cet(c.created))}`, ['extSourceSystemAudit.createdDate'], opt],
    ['Ostatni kontakt', (c) => ymd(cet(later(c))), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Zgoda na marketing', (c) => (c.bool ? 'TAK' : 'NIE'), [], opt],
    ['Uwagi', (c, o, r) => v.pick(r, ['', '', '', 'Płatność przelewem 30 dni', 'Rabat 12% na armaturę']), []],
  ] },
]
