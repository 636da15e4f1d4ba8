// Round 99, heldout99: held-out sets written apart by a helper that never opened the suggester or a score. Same format
// as sets.mjs (sources in ../README.md). Dutch, Flemish and Nordic products: a Flemish ticketing system's contacts, a
// Dutch bookkeeping tool's relations, a Dutch home-goods marketplace's order lines, a Dutch appointment-booking
// service's appointments, a Swedish salon-booking marketplace's bookings, a Swedish e-mail tool's contacts, a Norwegian
// SMS service's sent messages, a Norwegian accounting system's customers, a Danish therapists' booking and journal
// system's clients, a Danish shipping and order platform's orders, a Finnish customer-data and loyalty platform's
// customers and a Finnish event tool's participants: headers in nl, sv, no, da, fi (and Custobar's field keys).
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

const day = 86400000
// Central European (NL, BE, SE, NO, DK) and Eastern European (FI) local time, summer time April-September
const summer = (ms) => [4, 5, 6, 7, 8, 9].includes(new Date(ms).getUTCMonth() + 1)
const cet = (ms) => shift(ms, summer(ms) ? 2 : 1)
const eet = (ms) => shift(ms, summer(ms) ? 3 : 2)
const dmy = (p, s = '-') => `${pad(p.d)}${s}${pad(p.m)}${s}${p.y}`
const ymd = (p, s = '-') => `${p.y}${s}${pad(p.m)}${s}${pad(p.d)}`
const fiDate = (p) => `${p.d}.${p.m}.${p.y}`
const hm = (p) => `${pad(p.H)}:${pad(p.M)}`
const hms = (p) => `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const bd = (ms) => v.parts(ms)
// amounts: decimal comma with a thousands point (nl, da) or a space (sv, no, fi)
const num = (n, t = '.', d = ',') => { const [a, b] = (Math.round(n * 100) / 100).toFixed(2).split('.'); return `${a.replace(/\B(?=(\d{3})+(?!\d))/g, t)}${d}${b}` }
const upd = (c) => c.created + ((+c.id % 400) + 1) * day + (+c.id % 86400) * 1000

const EMAIL_ID = ['endUserIDs._experience.emailid.id']
const PHONE_ID = ['endUserIDs._experience.phonenumberid.id']
const ID = ['_id', 'personID']
const STATE = (objs) => [...at(objs, 'stateProvince'), ...at(objs, 'state')]
const W = (leaf) => `workAddress.${leaf}`
const CO = ['b2b.companyName', 'organizations[0]']
const WE = ['workEmail.address', 'personalEmail.address']

// ---------------------------------------------------------------- local people, seeded by the row's person
// first: [male, female]; places: [city, postcode, region]
const LOC = {
  nl: { first: [['Daan', 'Sanne'], ['Bram', 'Femke'], ['Jeroen', 'Lotte'], ['Thijs', 'Iris'], ['Ruben', 'Anouk'], ['Sander', 'Marieke'], ['Joost', 'Eva']],
    last: ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'van Leeuwen', 'Kok'],
    places: [['Amsterdam', '1017 CT', 'Noord-Holland'], ['Utrecht', '3512 JE', 'Utrecht'], ['Haarlem', '2011 KB', 'Noord-Holland'], ['Zwolle', '8011 LV', 'Overijssel'], ['Nijmegen', '6511 PA', 'Gelderland'], ['Breda', '4811 XJ', 'Noord-Brabant'], ['Leiden', '2311 EZ', 'Zuid-Holland']],
    streets: ['Kerkstraat', 'Molenweg', 'Oudegracht', 'Julianalaan', 'Dorpsstraat', 'Prins Hendrikkade', 'Wilhelminastraat', 'Beatrixlaan'],
    mail: ['gmail.com', 'ziggo.nl', 'kpnmail.nl', 'hotmail.com', 'outlook.com', 'xs4all.nl'] },
  be: { first: [['Wout', 'Lotte'], ['Jens', 'Fien'], ['Pieter', 'Elke'], ['Thomas', 'Nele'], ['Arne', 'Hanne'], ['Koen', 'Sofie'], ['Bert', 'Ine']],
    last: ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smet', 'Vermeulen', 'Van Damme', 'De Clercq'],
    places: [['Antwerpen', '2018', 'Antwerpen'], ['Gent', '9000', 'Oost-Vlaanderen'], ['Leuven', '3000', 'Vlaams-Brabant'], ['Brugge', '8000', 'West-Vlaanderen'], ['Hasselt', '3500', 'Limburg'], ['Mechelen', '2800', 'Antwerpen'], ['Sint-Niklaas', '9100', 'Oost-Vlaanderen']],
    streets: ['Veldstraat', 'Kerkstraat', 'Bondgenotenlaan', 'Lange Kievitstraat', 'Stationsstraat', 'Kortrijksesteenweg', 'Grote Markt'],
    mail: ['telenet.be', 'gmail.com', 'skynet.be', 'hotmail.com', 'proximus.be'] },
  sv: { first: [['Erik', 'Anna'], ['Lars', 'Maria'], ['Johan', 'Karin'], ['Oskar', 'Emma'], ['Anders', 'Sara'], ['Mikael', 'Elin'], ['Gustav', 'Ida']],
    last: ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Lindberg', 'Svensson', 'Persson', 'Bergström'],
    places: [['Stockholm', '114 35', 'Stockholms län'], ['Göteborg', '411 19', 'Västra Götalands län'], ['Malmö', '211 22', 'Skåne län'], ['Uppsala', '753 20', 'Uppsala län'], ['Västerås', '722 12', 'Västmanlands län'], ['Mölndal', '431 30', 'Västra Götalands län']],
    streets: ['Storgatan', 'Drottninggatan', 'Kungsgatan', 'Vasagatan', 'Linnégatan', 'Södra vägen'],
    mail: ['gmail.com', 'hotmail.com', 'telia.com', 'outlook.com', 'icloud.com'] },
  no: { first: [['Ole', 'Ingrid'], ['Lars', 'Kari'], ['Magnus', 'Nora'], ['Henrik', 'Ida'], ['Jonas', 'Silje'], ['Eirik', 'Marte']],
    last: ['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Berg', 'Haugen', 'Solberg'],
    places: [['Oslo', '0154', 'Oslo'], ['Bergen', '5003', 'Vestland'], ['Trondheim', '7011', 'Trøndelag'], ['Stavanger', '4006', 'Rogaland'], ['Tromsø', '9008', 'Troms'], ['Drammen', '3015', 'Buskerud']],
    streets: ['Storgata', 'Bogstadveien', 'Kongens gate', 'Olav Tryggvasons gate', 'Strandgaten', 'Kirkegata'],
    mail: ['gmail.com', 'online.no', 'hotmail.com', 'outlook.com', 'live.no'] },
  da: { first: [['Mads', 'Mette'], ['Søren', 'Camilla'], ['Rasmus', 'Sofie'], ['Frederik', 'Julie'], ['Kasper', 'Line'], ['Jesper', 'Maria']],
    last: ['Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Poulsen'],
    places: [['København K', '1050', 'Region Hovedstaden'], ['Aarhus C', '8000', 'Region Midtjylland'], ['Odense C', '5000', 'Region Syddanmark'], ['Aalborg', '9000', 'Region Nordjylland'], ['Vejle', '7100', 'Region Syddanmark'], ['Roskilde', '4000', 'Region Sjælland'], ['Risskov', '8240', 'Region Midtjylland']],
    streets: ['Vesterbrogade', 'Søndergade', 'Nørregade', 'Jernbanegade', 'Åboulevarden', 'Skolevej'],
    mail: ['gmail.com', 'hotmail.com', 'live.dk', 'outlook.dk', 'mail.dk'] },
  fi: { first: [['Mikko', 'Anna'], ['Juha', 'Laura'], ['Antti', 'Johanna'], ['Janne', 'Elina'], ['Ville', 'Maria'], ['Teemu', 'Henna']],
    last: ['Korhonen', 'Virtanen', 'Mäkinen', 'Nieminen', 'Mäkelä', 'Hämäläinen', 'Laine', 'Koskinen', 'Heikkinen', 'Järvinen'],
    places: [['Helsinki', '00100', 'Uusimaa'], ['Espoo', '02150', 'Uusimaa'], ['Tampere', '33100', 'Pirkanmaa'], ['Turku', '20100', 'Varsinais-Suomi'], ['Oulu', '90100', 'Pohjois-Pohjanmaa'], ['Jyväskylä', '40100', 'Keski-Suomi']],
    streets: ['Mannerheimintie', 'Hämeenkatu', 'Aleksanterinkatu', 'Kauppakatu', 'Puistokatu', 'Isokatu'],
    mail: ['gmail.com', 'hotmail.com', 'outlook.com', 'elisanet.fi', 'luukku.com'] },
}
const slug = (s) => s.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')
const memo = new Map()
const loc = (c, cc) => {
  const k = `${cc}:${c.id}:${c.first}`
  if (memo.has(k)) return memo.get(k)
  const r = v.rng(+c.id * 97 + c.last.length * 13 + cc.charCodeAt(0) * 5 + cc.charCodeAt(1))
  const d = LOC[cc]
  const female = r() < 0.5
  const first = v.pick(r, d.first)[female ? 1 : 0], last = v.pick(r, d.last)
  const [city, zip, region] = v.pick(r, d.places)
  const st = v.pick(r, d.streets), no = v.int(r, 1, 160)
  const p = { first, last, female, full: `${first} ${last}`, city, zip, region, streetName: st, houseNo: String(no),
    email: `${slug(first)}${v.pick(r, ['.', '', '_'])}${slug(last)}${r() < 0.4 ? v.int(r, 70, 99) : ''}@${v.pick(r, d.mail)}` }
  const n8 = v.int(r, 10000000, 99999999)
  if (cc === 'nl') { p.street = `${st} ${no}${r() < 0.15 ? '-' + v.pick(r, ['A', 'B', 'bis', '2']) : ''}`; p.mobile = `06-${v.int(r, 10000000, 99999999)}`; p.tel = `0${v.pick(r, ['20', '30', '23', '38', '24', '76', '71'])}-${v.int(r, 1000000, 9999999)}` }
  if (cc === 'be') { p.street = `${st} ${no}${r() < 0.15 ? ' bus ' + v.int(r, 1, 12) : ''}`; p.mobile = `04${v.pick(r, ['70', '75', '76', '77', '78', '79', '86', '94', '96'])} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`; p.tel = `0${v.pick(r, ['3', '9', '16', '50', '11', '15'])} ${v.int(r, 200, 899)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}` }
  if (cc === 'sv') { p.street = `${st} ${no}${r() < 0.3 ? ' lgh ' + v.int(r, 1001, 1504) : ''}`; p.mobile = `07${v.pick(r, ['0', '2', '3', '6'])}-${v.int(r, 100, 999)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}` }
  if (cc === 'no') { p.street = `${st} ${no}${r() < 0.2 ? v.pick(r, ['A', 'B', 'C']) : ''}`; p.mobile = `${v.pick(r, ['4', '9'])}${String(n8).slice(1)}` }
  if (cc === 'da') { p.street = `${st} ${no}${r() < 0.4 ? ', ' + v.pick(r, ['st.', '1. tv.', '2. th.', '3. mf.', '4. tv.']) : ''}`; p.mobile = `${v.pick(r, ['20', '22', '26', '28', '30', '40', '42', '50', '60', '61', '71', '81'])}${String(n8).slice(2)}` }
  if (cc === 'fi') { p.street = `${st} ${no}${r() < 0.5 ? ' ' + v.pick(r, ['A', 'B', 'C']) + ' ' + v.int(r, 1, 40) : ''}`; p.mobile = `0${v.pick(r, ['40', '44', '45', '50'])}${v.int(r, 1000000, 9999999)}` }
  memo.set(k, p)
  return p
}
const spaced = (m, cc) => (cc === 'no' ? `${m.slice(0, 3)} ${m.slice(3, 5)} ${m.slice(5)}` : cc === 'da' ? `${m.slice(0, 2)} ${m.slice(2, 4)} ${m.slice(4, 6)} ${m.slice(6)}` : `${m.slice(0, 3)} ${m.slice(3)}`)

// ---------------------------------------------------------------- companies (B2B)
// Informer: a Deventer installation firm's business customers: [naam, domein, straat, postcode, plaats]
const NL_CO = [['Bouwbedrijf Hendriks B.V.', 'bouwbedrijfhendriks.nl', 'Industrieweg 14', '7418 AB', 'Deventer'], ['Van der Linden Vastgoedbeheer', 'vdlindenvastgoed.nl', 'Stationsplein 3', '8011 CW', 'Zwolle'], ['Zorggroep De Linde', 'zorggroepdelinde.nl', 'Lindelaan 120', '7322 GV', 'Apeldoorn'], ['Slagerij Ter Horst V.O.F.', 'slagerijterhorst.nl', 'Brink 22', '7411 BT', 'Deventer'], ['Kinderopvang Het Kwetternest', 'kwetternest.nl', 'Schoolstraat 9', '7431 AT', 'Diepenveen'], ['Woningstichting Salland', 'wssalland.nl', 'Burgemeester Dijckmeesterweg 1', '8101 CR', 'Raalte']]
// Uni Micro: a Trondheim electrical wholesaler's customers: [navn, domene, gate, postnr, poststed]
const NO_CO = [['Fjord Elektro AS', 'fjordelektro.no', 'Sluppenveien 12', '7037', 'Trondheim'], ['Byggmester Haugen AS', 'haugenbygg.no', 'Industriveien 5', '7080', 'Heimdal'], ['Nidaros Eiendom AS', 'nidaroseiendom.no', 'Kongens gate 30', '7012', 'Trondheim'], ['Stjørdal Rør og Varme AS', 'srv.no', 'Havnegata 4', '7500', 'Stjørdal'], ['Malvik kommune', 'malvik.kommune.no', 'Kommunehusveien 1', '7563', 'Malvik'], ['Orkla Installasjon AS', 'orklainstallasjon.no', 'Orkdalsveien 80', '7300', 'Orkanger']]
// Lyyti: participants' organisations at a Helsinki software firm's customer seminar: [nimi, domain, postinumero, paikkakunta]
const FI_CO = [['Metsä Logistiikka Oy', 'metsalogistiikka.fi', '33100', 'Tampere'], ['Kaupunkiasunnot Oy', 'kaupunkiasunnot.fi', '00180', 'Helsinki'], ['Pohjolan Energia Oy', 'pohjolanenergia.fi', '90100', 'Oulu'], ['Turun Satama Oy', 'turunsatama.fi', '20100', 'Turku'], ['Keski-Suomen Vesi Oy', 'ksvesi.fi', '40100', 'Jyväskylä'], ['Espoon kaupunki', 'espoo.fi', '02070', 'Espoo']]
const FI_JOBS = [['Talousjohtaja', 'Talous'], ['IT-päällikkö', 'IT'], ['Hankintapäällikkö', 'Hankinta'], ['Markkinointikoordinaattori', 'Markkinointi'], ['Toimitusjohtaja', 'Johto'], ['Kehityspäällikkö', 'Kehitys'], ['Controller', 'Talous']]

// ---------------------------------------------------------------- catalogues
// fonQ: a Dutch furniture brand's products on the marketplace: [artikelnummer, EAN, naam, prijs incl. btw, commissie %]
const FONQ = [['WB-EIK-180', '8720165401234', 'Eettafel Wouter eikenhout 180 x 90 cm', 649, 15], ['WB-STL-OLV', '8720165402347', 'Eetkamerstoel Lotte olijfgroen velvet', 129, 15], ['WB-BNK-3Z', '8720165403450', 'Bank Mees 3-zits cognac', 1199, 12], ['WB-SKT-60', '8720165404563', 'Salontafel Noor rond 60 cm', 189, 15], ['WB-KST-WIT', '8720165405676', 'Wandkast Fenna wit 2-deurs', 399, 15], ['WB-LMP-MES', '8720165406789', 'Hanglamp Sem messing 45 cm', 99.95, 18]]
const FONQ_BIG = (sku) => ['WB-EIK-180', 'WB-BNK-3Z', 'WB-KST-WIT'].includes(sku)
// Onlineafspraken.nl: a Utrecht physiotherapy practice: [afspraaktype, minuten, prijs]
const FYSIO = [['Intake fysiotherapie', 45, 52.5], ['Behandeling fysiotherapie', 30, 39.5], ['Sportmassage', 60, 65], ['Dry needling', 30, 45], ['Behandeling fysiotherapie', 30, 39.5], ['Manuele therapie', 30, 49]]
// Bokadirekt: a Göteborg hair salon: [tjänst, minuter, pris kr]
const SALON = [['Klippning kort hår', 45, 595], ['Klippning långt hår', 60, 695], ['Färgning + klippning', 150, 1795], ['Slingor folie hel', 180, 2195], ['Barnklippning (0-12 år)', 30, 350], ['Skäggtrimning', 30, 295], ['Permanent', 150, 1650]]
const STYLISTS = ['Jessica', 'Amir', 'Hanna L', 'Frida', 'Sofia']
// Shipmondo: a Danish coffee web shop on WooCommerce: [ordretotal kr incl. moms, antal varer, vægt g]
const SVEVE_ST = (o) => row([['Levert', '0'], ['Levert', '0'], ['Levert', '0'], ['Levert', '0'], ['Ikke levert', '32'], ['Sendt', ''], ['Levert', '0']], +o.id * 7 >> 2)
const SHIPS = [['GLS Pakkeshop', 39], ['PostNord MyPack Collect', 45], ['DAO Pakkeshop', 35], ['GLS Privatlevering', 59], ['Bring Home Delivery', 65], ['Afhentning i butikken', 0]]

export const SETS = [
  // ---------------------------------------------------------------- Belgium (Flanders): ticketing CRM
  { name: 'ticketmatic-contacten-export-be-nl', product: 'Ticketmatic (Belgian ticketing and CRM for venues: Contacten > selectie > Exporteren naar Excel, Dutch UI, a Ghent cultural centre\'s ticket buyers and subscribers)', family: 'crm', language: 'nl', schema: P, cols: [
    ['ID', (c) => String(10000 + +c.id % 90000), ID],
    ['Aanspreking', (c) => (loc(c, 'be').female ? 'Mevrouw' : 'De heer'), ['person.name.courtesyTitle']],
    ['Voornaam', (c) => loc(c, 'be').first, ['person.name.firstName']],
    ['Tussenvoegsel', () => '', ['person.name.middleName'], opt],
    ['Achternaam', (c) => loc(c, 'be').last, ['person.name.lastName']],
    ['Geboortedatum', (c, o, r) => (r() < 0.45 ? dmy(bd(c.birth), '/') : ''), ['person.birthDate']],
    ['Geslacht', (c) => (loc(c, 'be').female ? 'V' : 'M'), ['person.gender']],
    ['Taal', (c, o, r) => v.pick(r, ['nl', 'nl', 'nl', 'nl', 'fr', 'en']), []],
    ['E-mailadres', (c) => loc(c, 'be').email, ['personalEmail.address']],
    ['Telefoon', (c, o, r) => (r() < 0.3 ? loc(c, 'be').tel : ''), ['homePhone.number']],
    ['GSM', (c, o, r) => (r() < 0.8 ? loc(c, 'be').mobile : ''), ['mobilePhone.number']],
    ['Bedrijf', (c) => (+c.id % 9 === 0 ? row(['Stad Gent', 'UGent', 'KBC Bank'], +c.id >> 3) : ''), ['organizations[0]'], opt],
    ['Functie', (c) => (+c.id % 9 === 0 ? row(['Cultuurbeleid', 'Docent', 'Communicatie'], +c.id >> 3) : ''), []],
    ['Adres type', () => 'Thuis', []],
    ['Straat en nummer', (c) => loc(c, 'be').street, at(HOME, 'street1')],
    ['Postcode', (c) => loc(c, 'be').zip, at(HOME, 'postalCode')],
    ['Gemeente', (c) => loc(c, 'be').city, at(HOME, 'city')],
    ['Land', (c, o, r) => (r() < 0.95 ? 'België' : 'Nederland'), at(HOME, 'country')],
    ['Relatietypes', (c, o, r) => v.pick(r, ['', '', 'Abonnee', 'Vriend van het huis', 'Abonnee; Nieuwsbrief', 'Pers', 'Schoolgroep']), []],
    ['Nieuwsbrief', (c) => (c.bool ? 'Ja' : 'Nee'), [], opt],
    ['Aantal bestellingen', (c, o, r) => String(v.int(r, 1, 40)), []],
    ['Totaal besteed', (c, o, r) => `€ ${num(v.int(r, 1200, 95000) / 100)}`, ['loyalty.lifetimePurchases'], opt],
    ['Laatste bestelling', (c) => dmy(cet(upd(c)), '/'), [], opt],
    ['Aangemaakt op', (c) => `${dmy(cet(c.created), '/')} ${hm(cet(c.created))}`, [], opt],
    ['Opmerkingen', (c, o, r) => v.pick(r, ['', '', '', 'Rolstoelplaats gewenst', 'Vrijkaart schepen cultuur', 'Liefst rij 5-10']), []],
  ] },
  // ---------------------------------------------------------------- Netherlands: bookkeeping relations
  { name: 'informer-relaties-export-nl', product: 'Informer (InformerOnline boekhouden en facturatie: Relaties > Exporteren naar Excel, one row per relatie with its main contact person, Dutch UI, a Deventer installation firm\'s business customers)', family: 'invoicing', language: 'nl', schema: B, cols: [
    ['Relatienummer', (c) => String(1000 + +c.id % 6000), [...B2BID, 'b2b.accountKey.sourceID'], opt],
    ['Soort relatie', () => 'Bedrijf', []],
    ['Bedrijfsnaam', (c) => row(NL_CO, +c.id)[0], CO],
    ['Aanhef', (c) => (loc(c, 'nl').female ? 'Mevrouw' : 'De heer'), ['person.name.courtesyTitle']],
    ['Contactpersoon', (c) => loc(c, 'nl').full, ['person.name.fullName']],
    ['Adres', (c) => row(NL_CO, +c.id)[2], [W('street1')]],
    ['Postcode', (c) => row(NL_CO, +c.id)[3], [W('postalCode')]],
    ['Plaats', (c) => row(NL_CO, +c.id)[4], [W('city')]],
    ['Land', () => 'Nederland', [W('country')]],
    ['Telefoonnummer', (c) => `0570-${v.int(() => (+c.id % 97) / 97, 600000, 699999)}`, ['workPhone.number']],
    ['Mobiel nummer', (c, o, r) => (r() < 0.6 ? loc(c, 'nl').mobile : ''), ['mobilePhone.number']],
    ['E-mailadres', (c) => `${slug(loc(c, 'nl').first)}@${row(NL_CO, +c.id)[1]}`, WE],
    ['E-mailadres facturen', (c) => `facturen@${row(NL_CO, +c.id)[1]}`, ['workEmail.address'], opt],
    ['Website', (c) => `www.${row(NL_CO, +c.id)[1]}`, ['b2b.companyWebsite']],
    ['KvK-nummer', (c) => String(10000000 + (+c.id * 7919) % 89999999), []],
    ['Btw-nummer', (c) => `NL${pad(+c.id % 1000000000, 9)}B01`, []],
    ['IBAN', (c) => `NL${pad(+c.id % 90 + 10)}${row(['RABO', 'INGB', 'ABNA', 'SNSB'], +c.id)}0${pad(+c.id * 37 % 1000000000, 9)}`, []],
    ['Betalingstermijn', (c) => row(['14', '30', '30', '14', '30', '60'], +c.id), []],
    ['Standaard grootboekrekening', () => '8000', []],
    ['Openstaand saldo', (c, o, r) => (r() < 0.4 ? num(v.int(r, 5000, 1250000) / 100) : '0,00'), []],
    ['Aangemaakt op', (c) => dmy(cet(c.created)), ['extSourceSystemAudit.createdDate'], opt],
    ['Notities', (c, o, r) => v.pick(r, ['', '', '', 'Onderhoudscontract cv-ketels', 'Facturen o.v.v. projectnummer', 'G-rekening']), []],
  ] },
  // ---------------------------------------------------------------- Netherlands: marketplace
  { name: 'fonq-partner-bestelregels-nl', product: 'fonQ Marketplace (partnerportaal: Bestellingen > Exporteren, CSV, one row per bestelregel, Dutch UI, a Dutch furniture brand selling on fonQ)', family: 'ecommerce-orders', language: 'nl', schema: E, cols: [
    ['Bestelnummer', (c, o) => `${2300000000 + +o.id * 11}`, [OR('purchaseID')]],
    ['Bestelregel', (c, o) => `${2300000000 + +o.id * 11}-${1 + +o.id % 3}`, ['_id'], opt],
    ['Besteldatum', (c, o) => `${dmy(cet(o.at))} ${hm(cet(o.at))}`, ['timestamp', OR('createdDate')]],
    ['Status', (c, o, r) => v.pick(r, ['Nieuw', 'Geaccepteerd', 'Verzonden', 'Verzonden', 'Geleverd', 'Geannuleerd', 'Retour']), [], opt],
    ['Artikelnummer partner', (c, o, r, i) => row(FONQ, i + +o.id)[0], [PL('SKU')]],
    ['EAN', (c, o, r, i) => row(FONQ, i + +o.id)[1], [PL('SKU')], opt],
    ['Productnaam', (c, o, r, i) => row(FONQ, i + +o.id)[2], [PL('name')]],
    ['Aantal', (c, o, r, i) => (FONQ_BIG(row(FONQ, i + +o.id)[0]) ? '1' : String(o.qty)), [PL('quantity')]],
    ['Prijs per stuk incl. btw', (c, o, r, i) => num(row(FONQ, i + +o.id)[3]), [], opt],
    ['Totaalbedrag incl. btw', (c, o, r, i) => num(row(FONQ, i + +o.id)[3] * (FONQ_BIG(row(FONQ, i + +o.id)[0]) ? 1 : o.qty)), [PL('priceTotal')]],
    ['Commissie', (c, o, r, i) => num(row(FONQ, i + +o.id)[3] * (FONQ_BIG(row(FONQ, i + +o.id)[0]) ? 1 : o.qty) * row(FONQ, i + +o.id)[4] / 100), []],
    ['Uiterste verzenddatum', (c, o) => dmy(cet(o.at + 3 * day)), [], opt],
    ['Verzendmethode', (c, o, r, i) => (FONQ_BIG(row(FONQ, i + +o.id)[0]) ? '2-mansbezorging' : v.pick(r, ['PostNL', 'DHL Parcel'])), ['commerce.shipping.shippingMethod']],
    ['Vervoerder', (c, o, r, i) => (FONQ_BIG(row(FONQ, i + +o.id)[0]) ? 'Eigen bezorging' : 'PostNL'), ['commerce.shipping.shippingMethod'], opt],
    ['Track & trace', (c, o, r, i) => (FONQ_BIG(row(FONQ, i + +o.id)[0]) || r() < 0.3 ? '' : `3S${v.pick(r, ['FONQ', 'WBNL'])}${v.int(r, 100000000, 999999999)}`), ['commerce.shipping.trackingNumber']],
    ['Verzenddatum', (c, o, r) => (r() < 0.7 ? dmy(cet(o.at + 2 * day)) : ''), ['commerce.shipping.shipDate'], opt],
    ['Naam', (c) => loc(c, 'nl').full, []],
    ['Straat', (c) => loc(c, 'nl').streetName, [SHIP('street1')]],
    ['Huisnummer', (c) => loc(c, 'nl').houseNo, [SHIP('street2')], opt],
    ['Toevoeging', (c, o, r) => (r() < 0.15 ? v.pick(r, ['A', 'bis', 'II', 'zw']) : ''), [], opt],
    ['Postcode', (c) => loc(c, 'nl').zip, [SHIP('postalCode')]],
    ['Plaats', (c) => loc(c, 'nl').city, [SHIP('city')]],
    ['Land', (c, o) => (+o.id % 9 === 0 ? 'BE' : 'NL'), [SHIP('countryCode')]],
    ['Telefoonnummer', (c) => loc(c, 'nl').mobile, PHONE_ID, opt],
    ['E-mailadres', (c, o) => `${v.hex(v.rng(+o.id + 7), 10)}@marketplace.fonq.nl`, EMAIL_ID, opt],
    ['Retourreden', (c, o, r) => (r() < 0.08 ? v.pick(r, ['Kleur wijkt af', 'Beschadigd ontvangen', 'Past niet in interieur']) : ''), [PL('returnItem.returnReason')], opt],
  ] },
  // ---------------------------------------------------------------- Netherlands: appointments
  { name: 'onlineafspraken-afspraken-export-nl', product: 'Onlineafspraken.nl (online agenda: Afspraken > Overzicht > Exporteren naar CSV, Dutch UI, a Utrecht physiotherapy practice with two therapists)', family: 'booking', language: 'nl', schema: E, cols: [
    ['Afspraaknummer', (c, o) => String(4100000 + +o.id * 3), ['_id', OR('purchaseID')]],
    ['Datum', (c, o) => dmy(cet(o.at + (2 + +o.id % 20) * day)), [], opt],
    ['Begintijd', (c, o) => `${pad(8 + +o.id % 10)}:${row(['00', '15', '30', '45'], +o.id)}`, []],
    ['Eindtijd', (c, o, r, i) => { const m = (8 + +o.id % 10) * 60 + [0, 15, 30, 45][+o.id % 4] + row(FYSIO, i + +o.id)[1]; return `${pad(Math.floor(m / 60))}:${pad(m % 60)}` }, []],
    ['Agenda', (c, o) => row(['Praktijk Lombok', 'Praktijk Lombok', 'Sportcentrum Olympos'], +o.id), ['commerce.commerceScope.storeCode'], opt],
    ['Medewerker', (c, o) => row(['Sanne Visser', 'Joost Meijer'], +o.id), []],
    ['Afspraaktype', (c, o, r, i) => row(FYSIO, i + +o.id)[0], [PL('name')]],
    ['Duur (min)', (c, o, r, i) => String(row(FYSIO, i + +o.id)[1]), []],
    ['Prijs', (c, o, r, i) => `€ ${num(row(FYSIO, i + +o.id)[2])}`, [OR('priceTotal')], opt],
    ['Status', (c, o, r) => v.pick(r, ['Bevestigd', 'Bevestigd', 'Bevestigd', 'Geannuleerd', 'Niet verschenen', 'Onbevestigd']), [], opt],
    ['Voornaam', (c) => loc(c, 'nl').first, []],
    ['Achternaam', (c) => loc(c, 'nl').last, []],
    ['E-mail', (c) => loc(c, 'nl').email, EMAIL_ID, opt],
    ['Mobiel', (c) => loc(c, 'nl').mobile, PHONE_ID, opt],
    ['Geboortedatum', (c) => dmy(bd(c.birth)), []],
    ['Adres', (c) => loc(c, 'nl').street, [BILL('street1')], opt],
    ['Postcode', (c) => loc(c, 'nl').zip, [BILL('postalCode')], opt],
    ['Woonplaats', (c) => loc(c, 'nl').city, [BILL('city')], opt],
    ['Zorgverzekeraar', (c, o, r) => v.pick(r, ['Zilveren Kruis', 'CZ', 'VGZ', 'Menzis', 'DSW', '']), []],
    ['Opmerking', (c, o, r) => v.pick(r, ['', '', '', 'Verwijzing huisarts meenemen', 'Klachten rechterknie', 'Graag vroeg in de ochtend']), []],
    ['Geboekt via', (c, o) => row(['Website', 'Website', 'Telefonisch', 'Widget Facebook', 'Medewerker'], +o.id), [], opt],
    ['Geboekt op', (c, o) => `${dmy(cet(o.at))} ${hm(cet(o.at))}`, ['timestamp', OR('createdDate')]],
    ['Geannuleerd op', (c, o, r) => (r() < 0.12 ? `${dmy(cet(o.at + day))} ${hm(cet(o.at + day))}` : ''), [OR('cancelDate')], opt],
    ['Herinnering verstuurd', (c, o, r) => (r() < 0.85 ? 'Ja' : 'Nee'), []],
  ] },
  // ---------------------------------------------------------------- Sweden: salon bookings
  { name: 'bokadirekt-bokningar-export-sv', product: 'Bokadirekt (salong admin: Bokningar > Exportera till Excel, Swedish UI, a Göteborg hair salon booked through bokadirekt.se and its own site)', family: 'booking', language: 'sv', schema: E, cols: [
    ['Boknings-ID', (c, o) => String(58000000 + +o.id * 13), [OR('purchaseID'), '_id']],
    ['Bokad', (c, o) => `${ymd(cet(o.at))} ${hm(cet(o.at))}`, ['timestamp', OR('createdDate')]],
    ['Datum', (c, o) => ymd(cet(o.at + (1 + +o.id % 25) * day)), [], opt],
    ['Starttid', (c, o) => `${pad(9 + +o.id % 9)}:${row(['00', '15', '30', '45'], +o.id)}`, []],
    ['Tid (min)', (c, o, r, i) => String(row(SALON, i + +o.id)[1]), []],
    ['Tjänst', (c, o, r, i) => row(SALON, i + +o.id)[0], [PL('name')]],
    ['Personal', (c, o) => row(STYLISTS, +o.id), []],
    ['Kund', (c) => loc(c, 'sv').full, []],
    ['Telefon', (c) => loc(c, 'sv').mobile, PHONE_ID, opt],
    ['E-post', (c) => loc(c, 'sv').email, EMAIL_ID, opt],
    ['Ny kund', (c, o, r) => (r() < 0.3 ? 'Ja' : 'Nej'), []],
    ['Pris', (c, o, r, i) => `${num(row(SALON, i + +o.id)[2] - (o.discount ? 100 : 0), ' ').replace(',00', '')} kr`, [OR('priceTotal')]],
    ['Rabatt', (c, o) => (o.discount ? '100 kr' : '0 kr'), [OR('discountAmount')], opt],
    ['Rabattkod', (c, o) => (o.discount ? 'HOST100' : ''), ['commerce.promotionID'], opt],
    ['Valuta', () => 'SEK', [OR('currencyCode')]],
    ['Betalsätt', (c, o) => row(['Betala på plats', 'Betala på plats', 'Klarna', 'Kort online', 'Presentkort', 'Swish'], +o.id), [OR('payments[0].paymentType')], opt],
    ['Betald', (c, o, r) => (r() < 0.7 ? 'Ja' : 'Nej'), [], opt],
    ['Källa', (c, o) => row(['Bokadirekt.se', 'Bokadirekt.se', 'Egen hemsida', 'Instagram', 'Manuell bokning'], +o.id), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['Bokad', 'Genomförd', 'Genomförd', 'Genomförd', 'Avbokad', 'Uteblev']), [], opt],
    ['Avbokad', (c, o, r) => (r() < 0.1 ? `${ymd(cet(o.at + day))} ${hm(cet(o.at + day))}` : ''), [OR('cancelDate')], opt],
    ['Omdöme', (c, o, r) => (r() < 0.4 ? String(v.int(r, 3, 5)) : ''), []],
    ['Kommentar', (c, o, r) => v.pick(r, ['', '', '', 'Vill ha samma färg som sist', 'Allergisk mot PPD', 'Kommer med barnvagn']), []],
  ] },
  // ---------------------------------------------------------------- Sweden: e-mail marketing
  { name: 'getanewsletter-kontakter-export-sv', product: 'Get a Newsletter (Kontakter > Välj verktyg > Exportera, CSV, Swedish UI, a Göteborg garden shop\'s newsletter contacts with its own attributes, written lower-case as the account named them)', family: 'email', language: 'sv', schema: P, cols: [
    ['E-post', (c) => loc(c, 'sv').email, ['personalEmail.address']],
    ['Förnamn', (c) => loc(c, 'sv').first, ['person.name.firstName']],
    ['Efternamn', (c, o, r) => (r() < 0.85 ? loc(c, 'sv').last : ''), ['person.name.lastName']],
    ['Aktiv', (c, o, r) => (r() < 0.93 ? 'Ja' : 'Nej'), ['personalEmail.status'], opt],
    ['Listor', (c, o, r) => v.pick(r, ['Nyhetsbrev', 'Nyhetsbrev, Erbjudanden', 'Trädgårdsklubben', 'Nyhetsbrev, Trädgårdsklubben']), []],
    ['Skapad', (c) => `${ymd(cet(c.created))} ${hms(cet(c.created))}`, [], opt],
    ['Uppdaterad', (c) => `${ymd(cet(upd(c)))} ${hms(cet(upd(c)))}`, [], opt],
    ['Avslutad prenumeration', (c, o, r) => (r() < 0.07 ? ymd(cet(upd(c))) : ''), [], opt],
    ['kundnummer', (c, o, r) => (r() < 0.7 ? String(20000 + +c.id % 30000) : ''), ID, opt],
    ['mobil', (c, o, r) => (r() < 0.5 ? loc(c, 'sv').mobile : ''), ['mobilePhone.number']],
    ['gatuadress', (c, o, r) => (r() < 0.6 ? loc(c, 'sv').street : ''), at(HOME, 'street1')],
    ['postnummer', (c) => loc(c, 'sv').zip, at(HOME, 'postalCode')],
    ['ort', (c) => loc(c, 'sv').city, at(HOME, 'city')],
    ['födelsedatum', (c, o, r) => (r() < 0.5 ? ymd(bd(c.birth)) : ''), ['person.birthDate']],
    ['kön', (c) => (loc(c, 'sv').female ? 'Kvinna' : 'Man'), ['person.gender']],
    ['medlemsnivå', (c, o, r) => v.pick(r, ['', 'Brons', 'Silver', 'Guld']), ['loyalty.tier'], opt],
    ['favoritbutik', (c, o, r) => v.pick(r, ['Mölndal', 'Hisingen', 'Webbshop', '']), []],
    ['intressen', (c, o, r) => v.pick(r, ['Rosor', 'Odling', 'Krukväxter', 'Odling, Bär', '']), []],
    ['Källa', (c, o, r) => v.pick(r, ['Formulär', 'Formulär', 'Import', 'API', 'Manuell']), []],
  ] },
  // ---------------------------------------------------------------- Norway: SMS
  { name: 'sveve-sendte-meldinger-no', product: 'Sveve (SMS-tjeneste: Rapporter > Sendte meldinger > Eksporter til Excel, one row per message, Norwegian Bokmål UI, a Bergen dental clinic\'s reminders and a gym\'s campaign SMS)', family: 'sms', language: 'no', schema: E, cols: [
    ['Meldings-ID', (c, o) => String(73000000 + +o.id * 17), ['_id']],
    ['Sendt', (c, o) => `${dmy(cet(o.at), '.')} ${hms(cet(o.at))}`, ['timestamp']],
    ['Avsender', (c, o) => (+o.id % 2 ? 'Tannhelse' : 'FRESKGYM'), []],
    ['Mottaker', (c) => `47${loc(c, 'no').mobile}`, PHONE_ID],
    ['Navn', (c, o, r) => (r() < 0.7 ? loc(c, 'no').full : ''), []],
    ['Gruppe', (c, o) => (+o.id % 2 ? 'Pasienter' : row(['Medlemmer Sentrum', 'Utmeldte 2023'], +o.id >> 1)), []],
    ['Melding', (c, o) => (+o.id % 2 ? `Hei! Påminnelse om time hos tannlegen ${dmy(cet(o.at + day), '.')} kl ${pad(8 + +o.id % 8)}:${row(['00', '30'], +o.id >> 1)}. Avbestill senest 24t før på 55 31 20 00. Mvh Tannhelse Bergen` : 'Kom tilbake til FRESK! Ingen innmeldingsavgift ut mars. Bli medlem: fresk.no/tilbud Svar STOPP for å avslutte'), []],
    ['Antall SMS', (c, o) => (+o.id % 2 ? '2' : '1'), []],
    ['Status', (c, o) => SVEVE_ST(o)[0], [], opt],
    ['Statuskode', (c, o) => SVEVE_ST(o)[1], []],
    ['Levert', (c, o) => (SVEVE_ST(o)[0] === 'Levert' ? `${dmy(cet(o.at + 6000 + +o.id % 50000), '.')} ${hms(cet(o.at + 6000 + +o.id % 50000))}` : ''), [], opt],
    ['Operatør', (c, o, r) => v.pick(r, ['Telenor', 'Telenor', 'Telia', 'Ice']), ['environment.carrier'], opt],
    ['Utsendelse', (c, o) => (+o.id % 2 ? 'Timepåminnelse' : 'Vårkampanje'), ['marketing.campaignName'], opt],
    ['Referanse', (c, o, r) => (+o.id % 2 ? `time-${v.int(r, 10000, 99999)}` : ''), [], opt],
    ['Pris', (c, o) => (+o.id % 2 ? '0,78' : '0,39'), []],
    ['Bruker', (c, o) => (+o.id % 2 ? 'resepsjon' : 'marked'), []],
    ['Svar', (c, o, r) => (r() < 0.08 ? v.pick(r, ['OK', 'Stopp', 'Kan jeg flytte til fredag?']) : ''), []],
  ] },
  // ---------------------------------------------------------------- Norway: accounting customers
  { name: 'unimicro-kunder-eksport-no', product: 'Uni Micro (Uni Economy: Salg > Kunder > Eksporter til Excel, Norwegian Bokmål UI, a Trondheim electrical wholesaler\'s business customers with their contact person)', family: 'invoicing', language: 'no', schema: B, cols: [
    ['Kundenr', (c) => String(10000 + +c.id % 9000), [...B2BID, 'b2b.accountKey.sourceID'], opt],
    ['Navn', (c) => row(NO_CO, +c.id)[0], CO],
    ['Orgnr', (c) => `${9}${pad(+c.id * 7 % 100, 2)} ${pad(+c.id % 1000, 3)} ${pad(+c.id * 3 % 1000, 3)}`, []],
    ['Kontaktperson', (c) => loc(c, 'no').full, ['person.name.fullName']],
    ['E-post', (c) => `${slug(loc(c, 'no').first)}.${slug(loc(c, 'no').last)}@${row(NO_CO, +c.id)[1]}`, WE],
    ['Telefon', (c) => `73 ${v.int(() => (+c.id % 89) / 89, 10, 99)} ${pad(+c.id % 100)} ${pad(+c.id * 7 % 100)}`, ['workPhone.number']],
    ['Mobil', (c) => spaced(loc(c, 'no').mobile, 'no'), ['mobilePhone.number']],
    ['Fakturaadresse', (c) => row(NO_CO, +c.id)[2], [W('street1')]],
    ['Postnr', (c) => row(NO_CO, +c.id)[3], [W('postalCode')]],
    ['Poststed', (c) => row(NO_CO, +c.id)[4], [W('city')]],
    ['Land', () => 'Norge', [W('country')]],
    ['Leveringsadresse', (c, o, r) => (r() < 0.3 ? `Byggeplass ${v.pick(r, ['Brattøra', 'Lade', 'Tiller'])}` : ''), [], opt],
    ['Nettsted', (c) => `www.${row(NO_CO, +c.id)[1]}`, ['b2b.companyWebsite']],
    ['Betalingsbetingelse', (c) => row(['14 dager netto', '30 dager netto', '30 dager netto', '10 dager netto'], +c.id), []],
    ['Valuta', () => 'NOK', []],
    ['Kredittgrense', (c) => num(row([50000, 100000, 250000, 25000], +c.id), ' '), []],
    ['Saldo', (c, o, r) => num(r() < 0.5 ? v.int(r, 0, 18000000) / 100 : 0, ' '), []],
    ['EHF', (c) => (+c.id % 3 ? 'Ja' : 'Nei'), []],
    ['Selger', (c, o, r) => v.pick(r, ['Kjetil Aune', 'Marit Hoel', '']), []],
    ['Kundegruppe', (c) => row(['Entreprenør', 'Entreprenør', 'Eiendom', 'Offentlig'], +c.id), [], opt],
    ['Opprettet', (c) => dmy(cet(c.created), '.'), ['extSourceSystemAudit.createdDate'], opt],
    ['Merknad', (c, o, r) => v.pick(r, ['', '', 'Krever bestillingsnr på faktura', 'Rammeavtale 2024']), []],
  ] },
  // ---------------------------------------------------------------- Denmark: clients of a therapist
  { name: 'easypractice-klienter-eksport-da', product: 'EasyPractice (booking- og journalsystem: Klienter > Eksportér klienter, CSV, Danish UI, an Aarhus physiotherapist\'s and chiropractor\'s clients)', family: 'booking', language: 'da', schema: P, cols: [
    ['Klient-ID', (c) => String(300000 + +c.id % 600000), ID],
    ['Fornavn', (c) => loc(c, 'da').first, ['person.name.firstName']],
    ['Efternavn', (c) => loc(c, 'da').last, ['person.name.lastName']],
    ['E-mail', (c, o, r) => (r() < 0.9 ? loc(c, 'da').email : ''), ['personalEmail.address']],
    ['Telefon', (c) => `+45 ${spaced(loc(c, 'da').mobile, 'da')}`, ['mobilePhone.number', 'homePhone.number']],
    ['CPR-nummer', (c) => { const p = bd(c.birth); return `${pad(p.d)}${pad(p.m)}${String(p.y).slice(2)}-${pad(+c.id % 10000, 4)}` }, ['person.taxId'], opt],
    ['Fødselsdato', (c) => dmy(bd(c.birth)), ['person.birthDate']],
    ['Køn', (c) => (loc(c, 'da').female ? 'Kvinde' : 'Mand'), ['person.gender']],
    ['Adresse', (c) => loc(c, 'da').street, at(HOME, 'street1')],
    ['Postnummer', (c) => loc(c, 'da').zip, at(HOME, 'postalCode')],
    ['By', (c) => loc(c, 'da').city, at(HOME, 'city')],
    ['Land', () => 'Danmark', at(HOME, 'country')],
    ['Virksomhed', (c, o, r) => (r() < 0.1 ? v.pick(r, ['Vestas Wind Systems A/S', 'Aarhus Kommune', 'Arla Foods']) : ''), ['organizations[0]'], opt],
    ['EAN-nummer', (c, o, r) => (r() < 0.05 ? `5798${v.int(r, 100000000, 999999999)}` : ''), []],
    ['Sygeforsikring', (c, o, r) => v.pick(r, ['Sygeforsikringen "danmark" Gruppe 1', 'Sygeforsikringen "danmark" Gruppe 2', 'Ingen', '']), []],
    ['Henvist af', (c, o, r) => v.pick(r, ['', 'Egen læge', 'Google', 'Ven/familie', 'Arbejdsgiver']), []],
    ['Oprettet', (c) => dmy(cet(c.created)), [], opt],
    ['Seneste aftale', (c) => `${dmy(cet(upd(c)))} ${hm(cet(upd(c)))}`, [], opt],
    ['Antal aftaler', (c, o, r) => String(v.int(r, 1, 35)), []],
    ['Nyhedsbrev', (c) => (c.bool ? 'Ja' : 'Nej'), [], opt],
    ['SMS-påmindelser', (c, o, r) => (r() < 0.9 ? 'Ja' : 'Nej'), []],
    ['Tags', (c, o, r) => v.pick(r, ['', '', 'Ryg', 'Knæ', 'Skulder', 'Gravid']), []],
    ['Note', (c, o, r) => v.pick(r, ['', '', '', 'Betaler selv, ikke henvist', 'Foretrækker morgentider']), []],
  ] },
  // ---------------------------------------------------------------- Denmark: orders and shipping
  { name: 'shipmondo-ordrer-eksport-da', product: 'Shipmondo (ordrestyring og fragt: Ordrer > Eksportér, CSV, one row per order, Danish UI, a Danish coffee web shop whose WooCommerce orders are fetched into Shipmondo)', family: 'ecommerce-orders', language: 'da', schema: E, cols: [
    ['ID', (c, o) => String(48000000 + +o.id * 19), ['_id'], opt],
    ['Ordre-ID', (c, o) => `#${10000 + +o.id % 90000}`, [OR('purchaseID')]],
    ['Ordredato', (c, o) => `${dmy(cet(o.at))} ${hm(cet(o.at))}`, ['timestamp', OR('createdDate')]],
    ['Webshop', () => 'WooCommerce - kaffegaarden.dk', ['commerce.commerceScope.websiteCode'], opt],
    ['Ordrestatus', (c, o, r) => v.pick(r, ['Åben', 'Behandles', 'Sendt', 'Sendt', 'Sendt', 'Annulleret', 'På hold']), [], opt],
    ['Betalingsstatus', (c, o, r) => (r() < 0.9 ? 'Betalt' : 'Ikke betalt'), [], opt],
    ['Leveringsnavn', (c) => loc(c, 'da').full, []],
    ['Leveringsadresse 1', (c) => loc(c, 'da').street, [SHIP('street1')]],
    ['Leveringsadresse 2', (c, o, r) => (r() < 0.1 ? 'c/o Nabo' : ''), [SHIP('street2')]],
    ['Postnr.', (c) => loc(c, 'da').zip, [SHIP('postalCode')]],
    ['By', (c) => loc(c, 'da').city, [SHIP('city')]],
    ['Land', () => 'DK', [SHIP('countryCode')]],
    ['Pakkeshop-ID', (c, o) => (row(SHIPS, +o.id)[0].includes('shop') || row(SHIPS, +o.id)[0].includes('Collect') ? String(95000 + +o.id % 4000) : ''), [], opt],
    ['E-mail', (c) => loc(c, 'da').email, EMAIL_ID, opt],
    ['Telefon', (c) => loc(c, 'da').mobile, PHONE_ID, opt],
    ['Fragtmetode', (c, o) => row(SHIPS, +o.id)[0], ['commerce.shipping.shippingMethod']],
    ['Fragtpris', (c, o) => num(o.subtotal * 2 > 499 ? 0 : row(SHIPS, +o.id)[1]), ['commerce.shipping.shippingAmount']],
    ['Antal varer', (c, o) => String(o.qty + 1), []],
    ['Ordretotal', (c, o) => num(o.subtotal * 2 + (o.subtotal * 2 > 499 ? 0 : row(SHIPS, +o.id)[1]) - (o.discount ? 25 : 0)), [OR('priceTotal')]],
    ['Moms', (c, o) => num((o.subtotal * 2 + (o.subtotal * 2 > 499 ? 0 : row(SHIPS, +o.id)[1]) - (o.discount ? 25 : 0)) * 0.2), [OR('taxAmount')]],
    ['Rabat', (c, o) => num(o.discount ? 25 : 0), [OR('discountAmount')], opt],
    ['Valuta', () => 'DKK', [OR('currencyCode')]],
    ['Betalingsmetode', (c, o) => row(['MobilePay', 'Dankort', 'Visa/Mastercard', 'MobilePay', 'ViaBill', 'Apple Pay'], +o.id + 1), [OR('payments[0].paymentType')], opt],
    ['Trackingnummer', (c, o, r) => (r() < 0.7 ? `${v.pick(r, ['00057', '00370'])}${v.int(r, 100000000, 999999999)}` : ''), ['commerce.shipping.trackingNumber']],
    ['Afsendt', (c, o, r) => (r() < 0.7 ? dmy(cet(o.at + day)) : ''), ['commerce.shipping.shipDate'], opt],
    ['Vægt (g)', (c, o) => String(250 * (o.qty + 1) + 180), []],
    ['Kundekommentar', (c, o, r) => v.pick(r, ['', '', '', 'Må stilles ved døren', 'Gaveindpakning tak']), []],
  ] },
  // ---------------------------------------------------------------- Finland: customer data and loyalty
  { name: 'custobar-customers-export-fi', product: 'Custobar (Finnish customer-data and loyalty-marketing platform: Customers > segment > Export CSV, columns named by the documented customer field keys, a Finnish sports retailer\'s loyalty club, Finnish and Swedish speakers)', family: 'loyalty', language: 'en', schema: P, cols: [
    ['external_id', (c) => `${2000000000 + +c.id * 3}`, [...ID, 'loyalty.loyaltyID[0]']],
    ['first_name', (c) => loc(c, 'fi').first, ['person.name.firstName']],
    ['last_name', (c) => loc(c, 'fi').last, ['person.name.lastName']],
    ['email', (c, o, r) => (r() < 0.9 ? loc(c, 'fi').email : ''), ['personalEmail.address']],
    ['phone_number', (c) => `+358${loc(c, 'fi').mobile.slice(1)}`, ['mobilePhone.number']],
    ['can_email', (c) => (c.bool ? 'true' : 'false'), [], opt],
    ['can_sms', (c, o, r) => (r() < 0.4 ? 'true' : 'false'), [], opt],
    ['can_post', (c, o, r) => (r() < 0.2 ? 'true' : 'false'), [], opt],
    ['can_profile', (c, o, r) => (r() < 0.8 ? 'true' : 'false'), [], opt],
    ['date_joined', (c) => ymd(eet(c.created)), ['loyalty.joinDate'], opt],
    ['date_of_birth', (c, o, r) => (r() < 0.7 ? ymd(bd(c.birth)) : ''), ['person.birthDate']],
    ['gender', (c) => (loc(c, 'fi').female ? 'F' : 'M'), ['person.gender']],
    ['language', (c, o, r) => (r() < 0.88 ? 'fi' : 'sv'), []],
    ['street_address', (c) => loc(c, 'fi').street, at(HOME, 'street1')],
    ['zip_code', (c) => loc(c, 'fi').zip, at(HOME, 'postalCode')],
    ['city', (c) => loc(c, 'fi').city, at(HOME, 'city')],
    ['country', () => 'FI', at(HOME, 'countryCode')],
    ['tags', (c, o, r) => v.pick(r, ['', 'juoksu', 'hiihto,juoksu', 'golf', 'vip']), []],
    ['mailing_lists', (c, o, r) => v.pick(r, ['uutiskirje', 'uutiskirje,tarjoukset', '']), []],
    ['last_login', (c, o, r) => (r() < 0.6 ? `${ymd(eet(upd(c)))}T${hms(eet(upd(c)))}+0${summer(upd(c)) ? 3 : 2}:00` : ''), [], opt],
  ] },
  // ---------------------------------------------------------------- Finland: event participants
  { name: 'lyyti-osallistujat-export-fi', product: 'Lyyti (tapahtumanhallinta: Tapahtuma > Osallistujat > Lataa Excel, Finnish UI, a Helsinki software firm\'s customer seminar with an evening dinner)', family: 'events', language: 'fi', schema: B, cols: [
    ['Osallistujan ID', (c) => String(21000000 + +c.id * 7), B2BID, opt],
    ['Etunimi', (c) => loc(c, 'fi').first, ['person.name.firstName']],
    ['Sukunimi', (c) => loc(c, 'fi').last, ['person.name.lastName']],
    ['Sähköposti', (c) => `${slug(loc(c, 'fi').first)}.${slug(loc(c, 'fi').last)}@${row(FI_CO, +c.id)[1]}`, WE],
    ['Puhelinnumero', (c) => `${loc(c, 'fi').mobile.slice(0, 3)} ${loc(c, 'fi').mobile.slice(3)}`, ['mobilePhone.number', 'workPhone.number']],
    ['Organisaatio', (c) => row(FI_CO, +c.id)[0], CO],
    ['Titteli', (c) => row(FI_JOBS, +c.id)[0], ['extendedWorkDetails.jobTitle']],
    ['Osasto', (c) => row(FI_JOBS, +c.id)[1], ['extendedWorkDetails.departments[0]'], opt],
    ['Postinumero', (c) => row(FI_CO, +c.id)[2], [W('postalCode')]],
    ['Paikkakunta', (c) => row(FI_CO, +c.id)[3], [W('city')]],
    ['Osallistujatyyppi', (c, o, r) => v.pick(r, ['Asiakas', 'Asiakas', 'Asiakas', 'Kumppani', 'Henkilökunta']), ['b2b.personType'], opt],
    ['Tila', (c, o, r) => v.pick(r, ['Ilmoittautunut', 'Ilmoittautunut', 'Saapunut', 'Saapunut', 'Peruutettu', 'Kutsuttu']), [], opt],
    ['Ilmoittautumisaika', (c) => `${fiDate(eet(c.created))} ${hm(eet(c.created))}`, ['extSourceSystemAudit.createdDate'], opt],
    ['Osallistun illalliselle', (c, o, r) => (r() < 0.6 ? 'Kyllä' : 'Ei'), []],
    ['Erityisruokavalio', (c, o, r) => v.pick(r, ['', '', '', 'Gluteeniton', 'Vegaaninen', 'Laktoositon']), []],
    ['Mistä kuulit tapahtumasta?', (c, o, r) => v.pick(r, ['Sähköpostikutsu', 'LinkedIn', 'Yhteyshenkilöltä', 'Verkkosivut']), ['b2b.personSource'], opt],
    ['Markkinointilupa', (c) => (c.bool ? 'Kyllä' : 'Ei'), [], opt],
    ['Hinta', () => '0,00 €', []],
    ['Viimeksi muokattu', (c) => `${fiDate(eet(upd(c)))} ${hm(eet(upd(c)))}`, ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Lisätietoja', (c, o, r) => v.pick(r, ['', '', '', 'Tulen myöhässä n. klo 10', 'Pyörätuolipaikka', 'Kollega tulee tilalle']), []],
  ] },
]
