// Round 69, heldout69: held-out sets written apart (by a helper that never opened the suggester, the scorer or a
// score). Same format as sets.mjs (sources in ../README.md). Dutch, Flemish and Nordic CRMs, shops, e-mail tools,
// support desks, a POS, a payment provider and invoicing tools, every header in the product's UI language
// (nl 6, sv 2, da 2, no 1, fi 1).
import { E, P, B, v, PL, OR, SHIP, BILL, at, HOME, WORK, ID, B2BID, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'
import { loc, slug } from './values9.mjs'

// local times: Amsterdam / Brussels / Stockholm / Copenhagen / Oslo (CET/CEST), Helsinki (EET/EEST); written without offset
const cet = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 ? 2 : 1 }
const lp = (ms) => shift(ms, cet(ms))
const fp = (ms) => shift(ms, cet(ms) + 1)
// "14-05-2024 10:31", "14-05-2024", "10:31"
const nlDT = (ms) => { const p = lp(ms); return `${pad(p.d)}-${pad(p.m)}-${p.y} ${pad(p.H)}:${pad(p.M)}` }
const nlD = (ms) => { const p = lp(ms); return `${pad(p.d)}-${pad(p.m)}-${p.y}` }
const hm = (ms) => { const p = lp(ms); return `${pad(p.H)}:${pad(p.M)}` }
// "14/05/2024" (Belgian tools)
const beD = (ms) => { const p = lp(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const beDT = (ms) => { const p = lp(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
// "2024-05-14 10:31" (Swedish), "2024-05-14"
const svDT = (ms) => { const p = lp(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}` }
const svD = (ms) => { const p = lp(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
// "14-05-2024 10:31" (Danish), "14.05.2024" (Norwegian), "14.5.2024 10:31" (Finnish)
const daDT = nlDT
const daD = nlD
const noD = (ms) => { const p = lp(ms); return `${pad(p.d)}.${pad(p.m)}.${p.y}` }
const noDT = (ms) => { const p = lp(ms); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}` }
const fiDT = (ms) => { const p = fp(ms); return `${p.d}.${p.m}.${p.y} ${pad(p.H)}:${pad(p.M)}` }
const later = (c) => Math.max(c.created, c.updated)
const min = 60000
// money: "12,50", "1 234,50" (Nordic, space thousands)
const c2 = (n) => n.toFixed(2).replace('.', ',')
const sp = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, ' ')

// people and places
const BE_ADDR = [['Veldstraat', '58', '9000', 'Gent'], ['Meir', '12', '2000', 'Antwerpen'], ['Bondgenotenlaan', '101', '3000', 'Leuven'], ['Steenstraat', '27', '8000', 'Brugge'], ['Kerkstraat', '4', '3500', 'Hasselt'], ['Dorpsstraat', '33', '9820', 'Merelbeke'], ['Grote Markt', '7', '2800', 'Mechelen']]
const NL_ADDR = [['Oudegracht', '214', '3511 NS', 'Utrecht'], ['Stationsweg', '41', '2312 AT', 'Leiden'], ['Kerkstraat', '8', '5611 GH', 'Eindhoven'], ['Vismarkt', '17', '9711 KT', 'Groningen'], ['Prinsengracht', '522', '1017 KJ', 'Amsterdam'], ['Nieuwe Binnenweg', '90', '3015 BC', 'Rotterdam'], ['Hoogstraat', '3a', '6511 KR', 'Nijmegen']]
const BE_CO = ['Bouwwerken Peeters BV', 'Dakwerken Claes', 'Renovatie Janssens BV', 'Schrijnwerkerij Maes', 'Elektro Wouters BV', 'Vastgoed De Smet NV']
const BE_FIRST = [['Jan', 'An'], ['Pieter', 'Els'], ['Wim', 'Katrien'], ['Koen', 'Sofie'], ['Bart', 'Lies'], ['Tom', 'Nathalie']]
const BE_LAST = ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smet']
const bePerson = (c) => { const n = +c.id; const f = row(BE_FIRST, n)[c.female ? 1 : 0]; const l = row(BE_LAST, Math.floor(n / 7)); return { first: f, last: l, co: row(BE_CO, Math.floor(n / 3)) } }
const bePhone = (r) => `0${v.pick(r, ['9', '3', '16', '50', '11'])} ${v.int(r, 200, 899)} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}`
const beGsm = (r) => `+32 4${v.int(r, 70, 99)} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}`
const beVat = (r) => `BE0${v.int(r, 400000000, 999999999)}`
const nlMobile = (r) => `06${v.int(r, 10000000, 99999999)}`
const tussen = (l) => { const m = l.match(/^((?:van den|van der|van|de|den|der) )(.*)$/); return m ? [m[1].trim(), m[2]] : ['', l] }

// Norwegian and Finnish people, seeded by the row's person so that all columns of a row agree
const NO = { first: [['Ole', 'Ingrid'], ['Lars', 'Kari'], ['Henrik', 'Silje'], ['Magnus', 'Ida'], ['Eirik', 'Marte'], ['Jonas', 'Hanne']], last: ['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Berg', 'Haugen', 'Bakken'], cities: [['Oslo', '0150'], ['Bergen', '5003'], ['Trondheim', '7011'], ['Stavanger', '4006'], ['Drammen', '3015'], ['Tromsø', '9008']], street: ['Storgata', 'Kongens gate', 'Bygdøy allé', 'Strandgaten', 'Industriveien', 'Kirkegata'], companies: ['Fjordkraft Elektro AS', 'Nordvik Bygg AS', 'Bergen Rør AS', 'Trøndelag Regnskap AS', 'Haugen Transport AS', 'Vestland Eiendom AS'], jobs: ['Daglig leder', 'Innkjøpssjef', 'Økonomisjef', 'Salgssjef', 'Prosjektleder', 'Markedsansvarlig'], depts: ['Ledelse', 'Innkjøp', 'Økonomi', 'Salg', 'Prosjekt', 'Marked'] }
const FI = { first: [['Juha', 'Anna'], ['Mikko', 'Laura'], ['Jukka', 'Sanna'], ['Antti', 'Heidi'], ['Ville', 'Johanna'], ['Matti', 'Elina']], last: ['Korhonen', 'Virtanen', 'Mäkinen', 'Nieminen', 'Mäkelä', 'Hämäläinen', 'Laine', 'Heikkinen', 'Koskinen', 'Järvinen'], cities: [['Helsinki', '00100'], ['Espoo', '02100'], ['Tampere', '33100'], ['Turku', '20100'], ['Oulu', '90100'], ['Jyväskylä', '40100']], street: ['Mannerheimintie', 'Hämeenkatu', 'Aleksanterinkatu', 'Kauppakatu', 'Puistokatu', 'Rantatie'] }
const memo = new Map()
const nord = (c, lang) => {
  const k = `${lang}:${c.id}:${c.first}`
  if (memo.has(k)) return memo.get(k)
  const r = v.rng(+c.id * 229 + c.first.length * 19 + lang.length)
  const d = lang === 'no' ? NO : FI
  const female = r() < 0.5
  const first = v.pick(r, d.first)[female ? 1 : 0], last = v.pick(r, d.last)
  const [city, zip] = v.pick(r, d.cities)
  const p = { first, last, female, full: `${first} ${last}`, city, zip, street: `${v.pick(r, d.street)} ${v.int(r, 1, 90)}${lang === 'fi' && r() < 0.5 ? ` ${v.pick(r, ['A', 'B', 'C'])} ${v.int(r, 1, 40)}` : ''}` }
  if (lang === 'no') {
    Object.assign(p, { mobile: `${v.pick(r, ['4', '9'])}${v.int(r, 10, 99)} ${pad(v.int(r, 0, 99))} ${v.int(r, 100, 999)}`, phone: `${v.int(r, 21, 77)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`, company: v.pick(r, d.companies), job: v.pick(r, d.jobs), dept: v.pick(r, d.depts), orgnr: `9${v.int(r, 10, 99)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}` })
    p.workEmail = `${slug(first)}.${slug(last)}@${slug(p.company).replace(/as$/, '').slice(0, 12)}.no`
  } else {
    Object.assign(p, { mobile: `+358 4${v.pick(r, ['0', '4', '5', '6'])} ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}` })
  }
  p.email = `${slug(first)}.${slug(last)}${v.int(r, 1, 99)}@${v.pick(r, lang === 'no' ? ['gmail.com', 'online.no', 'hotmail.no'] : ['gmail.com', 'luukku.com', 'outlook.com'])}`
  memo.set(k, p)
  return p
}

// goods
const UNTILL = [['1012', 'Stella Artois 25cl', 'Bier', 'Dranken', 3.2], ['1040', 'Huiswijn wit glas', 'Wijn', 'Dranken', 4.75], ['1105', 'Cappuccino', 'Warme dranken', 'Dranken', 3.4], ['2010', 'Bitterballen (8 st.)', 'Borrel', 'Keuken', 7.5], ['2204', 'Saté van de haas', 'Hoofdgerechten', 'Keuken', 22.5], ['2310', 'Dame blanche', 'Desserts', 'Keuken', 7.25]]
const FI_GOODS = [['KP-100-V', 'Villasukat, harmaa 38-40', 24.9], ['KP-220', 'Kuksa, visakoivu', 39.0], ['KP-310-S', 'Pellavapyyhe, luonnonvalkoinen', 19.5], ['KP-415', 'Tervasaippua 3 kpl', 12.9], ['KP-502-M', 'Merinovillapipo, musta', 34.0]]
const pickItem = (G, o, i) => row(G, i + (+o.id % 3))

export const SETS = [
  // ---------------------------------------------------------------- e-mail marketing contacts (Tripolis Dialogue, Netherlands)
  { name: 'tripolis-dialogue-contacten-export-nl', product: 'Tripolis Dialogue (Dutch e-mail marketing platform: Contacten > Database > Exporteren, CSV, Dutch UI; a Utrecht theatre\'s newsletter database)', family: 'email', language: 'nl', schema: P, cols: [
    ['Contact ID', (c, o, r) => v.hex(r, 22), ID],
    ['E-mailadres', (c) => c.email, ['personalEmail.address']],
    ['Aanhef', (c) => (c.female ? 'Mevrouw' : 'De heer'), ['person.name.courtesyTitle'], opt],
    ['Voorletters', (c) => `${c.first[0]}.`, [], opt],
    ['Voornaam', (c) => c.first, ['person.name.firstName']],
    ['Tussenvoegsel', (c) => tussen(c.last)[0], [], opt],
    ['Achternaam', (c) => tussen(c.last)[1], ['person.name.lastName']],
    ['Geslacht', (c) => (c.female ? 'V' : 'M'), ['person.gender']],
    ['Geboortedatum', (c, o, r) => (r() < 0.5 ? nlD(c.birth) : ''), ['person.birthDate'], opt],
    ['Straat', (c, o, r, i) => row(NL_ADDR, i)[0], at(HOME, 'street1')],
    ['Huisnummer', (c, o, r, i) => row(NL_ADDR, i)[1], [], opt],
    ['Postcode', (c, o, r, i) => row(NL_ADDR, i)[2], at(HOME, 'postalCode')],
    ['Woonplaats', (c, o, r, i) => row(NL_ADDR, i)[3], at(HOME, 'city')],
    ['Mobiel nummer', (c, o, r) => (r() < 0.6 ? nlMobile(r) : ''), ['mobilePhone.number']],
    ['Klantnummer', (c, o, r) => (r() < 0.7 ? String(v.int(r, 100000, 399999)) : ''), ['personID', 'loyalty.loyaltyID[0]'], opt],
    ['Nieuwsbrief', (c) => (c.bool ? 'ja' : 'nee'), [], opt],
    ['Interesses', (c, o, r) => v.pick(r, ['Cabaret', 'Muziek;Dans', 'Toneel', 'Jeugd', 'Cabaret;Toneel']), []],
    ['Aangemeld op', (c) => nlDT(c.created), [], opt],
    ['Bron', (c, o, r) => v.pick(r, ['Website', 'Kassa', 'Import', 'Ticketing']), [], opt],
    ['Bounce status', (c, o, r) => v.pick(r, ['Geen', 'Geen', 'Geen', 'Soft bounce', 'Hard bounce']), ['personalEmail.status'], opt],
    ['Afgemeld', (c, o, r) => (r() < 0.1 ? 'ja' : 'nee'), [], opt],
    ['Laatst gewijzigd', (c) => nlDT(later(c)), [], opt],
  ] },

  // ---------------------------------------------------------------- social customer-service conversations (OBI4wan, Netherlands)
  { name: 'obi4wan-inbox-gesprekken-export-nl', product: 'OBI4wan (Dutch social customer-service and webcare platform: Inbox > Rapportage > Gesprekken exporteren, Excel, Dutch UI; a Dutch energy supplier\'s webcare team)', family: 'support', language: 'nl', schema: E, cols: [
    ['Gesprek ID', (c, o, r) => String(v.int(r, 10000000, 99999999)), ['_id']],
    ['Kanaal', (c, o, r) => v.pick(r, ['WhatsApp', 'Facebook Messenger', 'X', 'Instagram', 'E-mail', 'Chat']), [], opt],
    ['Account', (c, o, r) => v.pick(r, ['@EnergieDirectNL', 'Klantenservice WhatsApp', 'Webchat']), []],
    ['Datum binnenkomst', (c, o) => nlDT(o.at), ['timestamp']],
    ['Eerste reactie', (c, o, r) => nlDT(o.at + v.int(r, 2, 90) * min), [], opt],
    ['Datum afgesloten', (c, o, r) => nlDT(o.at + v.int(r, 60, 2880) * min), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['Afgehandeld', 'Afgehandeld', 'Open', 'Wacht op klant']), [], opt],
    ['Medewerker', (c, o, r) => v.pick(r, ['Sanne', 'Joost', 'Fatima', 'Niels']), []],
    ['Team', (c, o, r) => v.pick(r, ['Webcare', 'Facturatie', 'Verhuizingen']), []],
    ['Labels', (c, o, r) => v.pick(r, ['', 'Jaarafrekening', 'Termijnbedrag;Klacht', 'Storing', 'Compliment']), []],
    ['Naam', (c) => `${c.first} ${c.last}`, []],
    ['Gebruikersnaam', (c, o, r) => `@${slug(c.first)}${v.int(r, 10, 99)}`, [], opt],
    ['E-mailadres', (c, o, r) => (r() < 0.4 ? c.email : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['Telefoonnummer', (c, o, r) => (r() < 0.5 ? `+31${nlMobile(r).slice(1)}` : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Klantnummer', (c, o, r) => (r() < 0.5 ? String(v.int(r, 1000000, 9999999)) : ''), ['endUserIDs._experience.aacustomid.id'], opt],
    ['Aantal berichten', (c, o, r) => String(v.int(r, 2, 14)), []],
    ['Reactietijd (min)', (c, o, r) => String(v.int(r, 2, 90)), []],
    ['Afhandeltijd (min)', (c, o, r) => String(v.int(r, 60, 2880)), []],
    ['Sentiment', (c, o, r) => v.pick(r, ['Negatief', 'Neutraal', 'Positief']), []],
    ['Taal', (c, o, r) => v.pick(r, ['nl', 'nl', 'nl', 'en']), [], opt],
    ['Klanttevredenheid', (c, o, r) => (r() < 0.3 ? String(v.int(r, 1, 5)) : ''), []],
  ] },

  // ---------------------------------------------------------------- sales invoices (Billit, Belgium)
  { name: 'billit-verkoopfacturen-export-nl', product: 'Billit (Belgian invoicing and Peppol platform: Verkoop > Facturen > Exporteer naar Excel, one row per invoice, Dutch UI; a Ghent renovation firm)', family: 'invoicing', language: 'nl', schema: E, cols: [
    ['Factuurnummer', (c, o) => `${lp(o.at).y}-${pad(+o.id % 1000, 4)}`, [OR('purchaseID'), '_id']],
    ['Factuurdatum', (c, o) => beD(o.at), ['timestamp', OR('createdDate')], opt],
    ['Vervaldatum', (c, o) => beD(o.at + 30 * 86400000), [], opt],
    ['Klant', (c) => bePerson(c).co, []],
    ['Btw-nummer klant', (c, o, r) => beVat(r), []],
    ['Straat', (c, o, r, i) => row(BE_ADDR, i)[0], [BILL('street1')]],
    ['Nummer', (c, o, r, i) => row(BE_ADDR, i)[1], [], opt],
    ['Postcode', (c, o, r, i) => row(BE_ADDR, i)[2], [BILL('postalCode')]],
    ['Gemeente', (c, o, r, i) => row(BE_ADDR, i)[3], [BILL('city')]],
    ['Land', () => 'BE', [BILL('countryCode'), BILL('country')]],
    ['E-mail', (c) => `boekhouding@${slug(bePerson(c).co)}.be`, ['endUserIDs._experience.emailid.id'], opt],
    ['Referentie', (c, o, r) => v.pick(r, ['Werf Kortrijksesteenweg', 'Offerte 2024-118', 'Badkamer fase 2', '']), [OR('purchaseOrderNumber')], opt],
    ['Omschrijving', (c, o, r) => v.pick(r, ['Renovatie badkamer', 'Plaatsen ramen', 'Vorderingsstaat 3', 'Meerwerken']), [], opt],
    ['Bedrag excl. btw', (c, o) => c2(o.subtotal * 20), [], opt],
    ['Btw', (c, o) => c2(o.subtotal * 20 * 0.06), [OR('taxAmount')]],
    ['Bedrag incl. btw', (c, o) => c2(o.subtotal * 20 * 1.06), [OR('priceTotal')]],
    ['Munt', () => 'EUR', [OR('currencyCode')]],
    ['Openstaand bedrag', (c, o, r) => c2(r() < 0.6 ? 0 : o.subtotal * 20 * 1.06), []],
    ['Status', (c, o, r) => v.pick(r, ['Betaald', 'Betaald', 'Verzonden', 'Vervallen', 'Concept']), [], opt],
    ['Betaaldatum', (c, o, r) => (r() < 0.6 ? beD(o.at + v.int(r, 3, 40) * 86400000) : ''), [], opt],
    ['Gestructureerde mededeling', (c, o, r) => `+++${v.int(r, 100, 999)}/${v.int(r, 1000, 9999)}/${v.int(r, 10000, 99999)}+++`, [OR('payments[0].transactionID')], opt],
    ['Verzonden via', (c, o, r) => v.pick(r, ['Peppol', 'Peppol', 'E-mail', 'Post']), [], opt],
    ['Dagboek', () => 'VF', []],
  ] },

  // ---------------------------------------------------------------- POS receipt lines (unTill, Netherlands)
  { name: 'untill-bonregels-export-nl', product: 'unTill (hospitality POS, back office unTill Air: Rapporten > Verkochte artikelen per bon > Exporteren, CSV, one row per bonregel, Dutch UI; a Haarlem grand café)', family: 'pos', language: 'nl', schema: E, cols: [
    ['Bonnummer', (c, o) => String(200000 + +o.id), [OR('purchaseID')]],
    ['Datum', (c, o) => nlD(o.at), ['timestamp', OR('createdDate')], opt],
    ['Tijd', (c, o) => hm(o.at), []],
    ['Tafel', (c, o, r) => String(v.int(r, 1, 40)), []],
    ['Tafelnaam', (c, o, r) => v.pick(r, ['Terras', 'Serre', 'Bar', 'Zaal']), []],
    ['Ober', (c, o, r) => v.pick(r, ['Lisa', 'Mehmet', 'Bram', 'Manager']), []],
    ['Kassa', (c, o, r) => v.pick(r, ['Bar 1', 'Handheld 2', 'Handheld 3']), []],
    ['Artikelnummer', (c, o, r, i) => pickItem(UNTILL, o, i)[0], [PL('SKU')]],
    ['Artikel', (c, o, r, i) => pickItem(UNTILL, o, i)[1], [PL('name')]],
    ['Artikelgroep', (c, o, r, i) => pickItem(UNTILL, o, i)[2], [PL('productCategories[0].categoryName')], opt],
    ['Afdeling', (c, o, r, i) => pickItem(UNTILL, o, i)[3], [], opt],
    ['Aantal', (c, o) => String(o.qty), [PL('quantity')]],
    ['Prijs', (c, o, r, i) => c2(pickItem(UNTILL, o, i)[4]), []],
    ['Korting', (c, o) => c2(o.discount ? 1 : 0), [PL('discountAmount')], opt],
    ['Totaal', (c, o, r, i) => c2(pickItem(UNTILL, o, i)[4] * o.qty - (o.discount ? 1 : 0)), [PL('priceTotal')]],
    ['Btw %', (c, o, r, i) => (pickItem(UNTILL, o, i)[3] === 'Dranken' && /Bier|Wijn/.test(pickItem(UNTILL, o, i)[2]) ? '21' : '9'), []],
    ['Betaalwijze', (c, o, r) => v.pick(r, ['PIN', 'PIN', 'PIN', 'Contant', 'Op rekening']), [OR('payments[0].paymentType')]],
    ['Couverts', (c, o, r) => String(v.int(r, 1, 6)), []],
    ['Klant', (c, o, r) => (r() < 0.1 ? `${c.first} ${c.last}` : ''), []],
    ['Geannuleerd', (c, o, r) => (r() < 0.05 ? 'Ja' : 'Nee'), [], opt],
  ] },

  // ---------------------------------------------------------------- payment transactions (Sisow, Netherlands)
  { name: 'sisow-transacties-export-nl', product: 'Sisow (Dutch payment service provider: Mijn Sisow > Transacties > Exporteren naar CSV, Dutch UI; a Dutch webshop for bicycle parts)', family: 'payments', language: 'nl', schema: E, cols: [
    ['Transactie ID', (c, o, r) => `00500${v.int(r, 10000000000, 99999999999)}`, [OR('payments[0].transactionID'), '_id']],
    ['Datum', (c, o) => nlDT(o.at), ['timestamp']],
    ['Betaalmethode', (c, o, r) => v.pick(r, ['iDEAL', 'iDEAL', 'iDEAL', 'Bancontact', 'Creditcard', 'PayPal', 'Achteraf betalen']), [OR('payments[0].paymentType')]],
    ['Bank', (c, o, r) => v.pick(r, ['ING', 'Rabobank', 'ABN AMRO', 'ASN Bank', 'bunq', 'Knab']), [], opt],
    ['Purchase ID', (c, o) => String(50000 + +o.id), [OR('purchaseID')]],
    ['Entrance code', (c, o, r) => v.hex(r, 16), [], opt],
    ['Omschrijving', (c, o) => `Bestelling ${50000 + +o.id}`, [], opt],
    ['Bedrag', (c, o) => c2(o.total), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Valuta', () => 'EUR', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Status', (c, o, r) => v.pick(r, ['Success', 'Success', 'Success', 'Cancelled', 'Expired', 'Failure']), [], opt],
    ['Naam consument', (c) => `${c.first[0]}. ${c.last}`, []],
    ['Rekeningnummer consument', (c, o, r) => `NL${pad(v.int(r, 10, 99))}${v.pick(r, ['INGB', 'RABO', 'ABNA'])}0${v.int(r, 100000000, 999999999)}`, []],
    ['Plaats consument', (c) => c.city, [], opt],
    ['E-mail consument', (c, o, r) => (r() < 0.5 ? c.email : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['Terugbetaald', (c, o, r) => c2(r() < 0.1 ? o.total : 0), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['Transactiekosten', (c, o, r) => c2(v.pick(r, [0.29, 0.29, 0.39, 0.45])), []],
    ['Shop ID', () => '1', []],
    ['Test', (c, o, r) => (r() < 0.05 ? 'Ja' : 'Nee'), [], opt],
  ] },

  // ---------------------------------------------------------------- customers and contacts (Robaws, Belgium)
  { name: 'robaws-klanten-export-nl', product: 'Robaws (Belgian ERP/CRM for contractors: Klanten > Exporteren naar Excel, one row per klant with its main contact person, Dutch UI; a Flemish roofing company\'s B2B customers)', family: 'crm', language: 'nl', schema: B, cols: [
    ['Klantnummer', (c, o, r, i) => String(1000 + i * 17 + v.int(r, 1, 9)), B2BID],
    ['Naam', (c) => bePerson(c).co, ['b2b.companyName', 'organizations[0]']],
    ['Type', (c, o, r) => v.pick(r, ['Bedrijf', 'Bedrijf', 'Bedrijf', 'Aannemer', 'Syndicus']), [], opt],
    ['Btw-nummer', (c, o, r) => beVat(r), []],
    ['Straat', (c, o, r, i) => row(BE_ADDR, i)[0], at([...WORK, 'mailingAddress'], 'street1')],
    ['Huisnummer', (c, o, r, i) => row(BE_ADDR, i)[1], [], opt],
    ['Bus', (c, o, r) => (r() < 0.2 ? String(v.int(r, 1, 12)) : ''), [], opt],
    ['Postcode', (c, o, r, i) => row(BE_ADDR, i)[2], at([...WORK, 'mailingAddress'], 'postalCode')],
    ['Gemeente', (c, o, r, i) => row(BE_ADDR, i)[3], at([...WORK, 'mailingAddress'], 'city')],
    ['Land', () => 'België', at([...WORK, 'mailingAddress'], 'country')],
    ['Telefoon', (c, o, r) => bePhone(r), ['workPhone.number']],
    ['E-mail', (c) => `info@${slug(bePerson(c).co)}.be`, ['workEmail.address'], opt],
    ['Website', (c) => `www.${slug(bePerson(c).co)}.be`, ['b2b.companyWebsite']],
    ['Contactpersoon voornaam', (c) => bePerson(c).first, ['person.name.firstName']],
    ['Contactpersoon naam', (c) => bePerson(c).last, ['person.name.lastName']],
    ['Functie', (c, o, r) => v.pick(r, ['Zaakvoerder', 'Projectleider', 'Boekhouder', 'Werfleider']), ['extendedWorkDetails.jobTitle']],
    ['Contactpersoon e-mail', (c) => `${slug(bePerson(c).first)}@${slug(bePerson(c).co)}.be`, ['workEmail.address', 'personalEmail.address']],
    ['Contactpersoon gsm', (c, o, r) => beGsm(r), ['mobilePhone.number']],
    ['Taal', (c, o, r) => v.pick(r, ['Nederlands', 'Nederlands', 'Frans']), [], opt],
    ['Betalingstermijn (dagen)', (c, o, r) => v.pick(r, ['30', '30', '14', '60']), []],
    ['IBAN', (c, o, r) => `BE${pad(v.int(r, 10, 99))} ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)}`, []],
    ['Tags', (c, o, r) => v.pick(r, ['', 'Vaste klant', 'Dakwerken;Zinkwerk', 'Aannemer']), []],
    ['Aangemaakt op', (c) => beD(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Notities', (c, o, r) => v.pick(r, ['', '', 'Facturen enkel via Peppol', 'Sleutel bij buren']), []],
  ] },

  // ---------------------------------------------------------------- newsletter members (Heyloyalty, Denmark)
  { name: 'heyloyalty-medlemmer-eksport-da', product: 'Heyloyalty (Danish e-mail and SMS marketing platform: Lister > Medlemmer > Eksportér, CSV, Danish UI; an Aarhus fashion webshop\'s newsletter list)', family: 'email', language: 'da', schema: P, cols: [
    ['Medlems-ID', (c, o, r) => String(v.int(r, 10000000, 99999999)), ID],
    ['Fornavn', (c) => loc(c, 'da').first, ['person.name.firstName']],
    ['Efternavn', (c) => loc(c, 'da').last, ['person.name.lastName']],
    ['E-mail', (c) => loc(c, 'da').email, ['personalEmail.address']],
    ['Mobil', (c, o, r) => (r() < 0.6 ? loc(c, 'da').mobile : ''), ['mobilePhone.number']],
    ['Køn', (c, o, r) => v.pick(r, ['Kvinde', 'Kvinde', 'Mand', '']), ['person.gender']],
    ['Fødselsdato', (c, o, r) => (r() < 0.5 ? daD(c.birth) : ''), ['person.birthDate'], opt],
    ['Adresse', (c) => loc(c, 'da').street, at(HOME, 'street1')],
    ['Postnummer', (c) => loc(c, 'da').zip, at(HOME, 'postalCode')],
    ['By', (c) => loc(c, 'da').city, at(HOME, 'city')],
    ['Land', () => 'Danmark', at(HOME, 'country')],
    ['Reference', (c, o, r) => (r() < 0.7 ? String(v.int(r, 10000, 99999)) : ''), ['personID'], opt],
    ['Status', (c, o, r) => v.pick(r, ['Aktiv', 'Aktiv', 'Aktiv', 'Afmeldt', 'Bounced']), [], opt],
    ['Tilmeldt', (c) => daDT(c.created), [], opt],
    ['Opdateret', (c) => daDT(later(c)), [], opt],
    ['Tilmeldingskilde', (c, o, r) => v.pick(r, ['Formular', 'Webshop', 'Import', 'API']), [], opt],
    ['Permission e-mail', (c) => (c.bool ? 'Ja' : 'Nej'), [], opt],
    ['Permission SMS', (c, o, r) => (r() < 0.4 ? 'Ja' : 'Nej'), [], opt],
    ['Interesser', (c, o, r) => v.pick(r, ['Dame', 'Herre', 'Dame,Tilbud', 'Børn', '']), []],
    ['Kundeklub', (c, o, r) => v.pick(r, ['', 'Sølv', 'Guld']), ['loyalty.tier'], opt],
    ['Sidst åbnet', (c, o, r) => (r() < 0.7 ? daDT(later(c) + v.int(r, 1, 90) * 86400000) : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- webshop customers (Scannet webshop, Denmark)
  { name: 'scannet-kunder-eksport-da', product: 'Scannet (Danish webshop platform, administration: Kunder > Eksportér kunder, CSV, Danish UI; a Vejle garden-supplies webshop)', family: 'ecommerce-customers', language: 'da', schema: P, cols: [
    ['Kundenummer', (c, o, r, i) => String(10000 + i * 11 + v.int(r, 1, 9)), ID],
    ['Kundetype', (c, o, r) => v.pick(r, ['Privat', 'Privat', 'Privat', 'Erhverv']), [], opt],
    ['Firmanavn', (c, o, r) => (r() < 0.2 ? loc(c, 'da').company : ''), ['organizations[0]'], opt],
    ['CVR-nummer', (c, o, r) => (r() < 0.2 ? loc(c, 'da').cvr : ''), []],
    ['Fornavn', (c) => loc(c, 'da').first, ['person.name.firstName']],
    ['Efternavn', (c) => loc(c, 'da').last, ['person.name.lastName']],
    ['Adresse', (c) => loc(c, 'da').street, at([...HOME, 'billingAddress'], 'street1')],
    ['Adresse 2', (c, o, r) => (r() < 0.2 ? `${v.int(r, 1, 4)}. tv.` : ''), at([...HOME, 'billingAddress'], 'street2')],
    ['Postnr.', (c) => loc(c, 'da').zip, at([...HOME, 'billingAddress'], 'postalCode')],
    ['By', (c) => loc(c, 'da').city, at([...HOME, 'billingAddress'], 'city')],
    ['Land', () => 'DK', at([...HOME, 'billingAddress'], 'countryCode')],
    ['Telefon', (c) => loc(c, 'da').phone, ['homePhone.number', 'mobilePhone.number']],
    ['Mobil', (c, o, r) => (r() < 0.5 ? loc(c, 'da').mobile : ''), ['mobilePhone.number']],
    ['E-mail', (c) => loc(c, 'da').email, ['personalEmail.address']],
    ['Kundegruppe', (c, o, r) => v.pick(r, ['Standard', 'Standard', 'Forhandler', 'VIP']), [], opt],
    ['Nyhedsbrev', (c) => (c.bool ? '1' : '0'), [], opt],
    ['Oprettet', (c) => daDT(c.created), [], opt],
    ['Sidste login', (c) => daDT(later(c)), [], opt],
    ['Antal ordrer', (c, o, r) => String(v.int(r, 0, 14)), []],
    ['Omsætning', (c, o, r) => sp(v.int(r, 0, 9000) + 0.95), ['loyalty.lifetimePurchases'], opt],
    ['Spærret', (c, o, r) => (r() < 0.05 ? '1' : '0'), [], opt],
  ] },

  // ---------------------------------------------------------------- webshop order lines (MyCashflow, Finland)
  { name: 'mycashflow-tilaukset-vienti-fi', product: 'MyCashflow (Finnish e-commerce platform, admin: Tilaukset > Vie tilaukset CSV-tiedostoon, one row per order line, Finnish UI; a Tampere handicrafts webshop)', family: 'ecommerce-orders', language: 'fi', schema: E, cols: [
    ['Tilausnumero', (c, o) => String(10000 + +o.id % 9000), [OR('purchaseID')]],
    ['Tilauspäivä', (c, o) => fiDT(o.at), ['timestamp', OR('createdDate')]],
    ['Tila', (c, o, r) => v.pick(r, ['Toimitettu', 'Toimitettu', 'Käsittelyssä', 'Uusi', 'Peruttu']), [], opt],
    ['Maksutapa', (c, o, r) => v.pick(r, ['Verkkopankki', 'Verkkopankki', 'MobilePay', 'Korttimaksu', 'Lasku (Walley)']), [OR('payments[0].paymentType')]],
    ['Toimitustapa', (c, o, r) => v.pick(r, ['Posti SmartPOST', 'Posti SmartPOST', 'Matkahuolto Lähellä-paketti', 'Nouto myymälästä']), ['commerce.shipping.shippingMethod']],
    ['Etunimi', (c) => nord(c, 'fi').first, []],
    ['Sukunimi', (c) => nord(c, 'fi').last, []],
    ['Sähköposti', (c) => nord(c, 'fi').email, ['endUserIDs._experience.emailid.id'], opt],
    ['Puhelin', (c) => nord(c, 'fi').mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Laskutusosoite', (c) => nord(c, 'fi').street, [BILL('street1')]],
    ['Postinumero', (c) => nord(c, 'fi').zip, [BILL('postalCode')]],
    ['Postitoimipaikka', (c) => nord(c, 'fi').city, [BILL('city')]],
    ['Maa', () => 'FI', [BILL('countryCode')]],
    ['Toimitusosoite', (c, o, r, i) => (i % 4 === 1 ? nord(c, 'fi').street.replace(/\d+/, (n) => String(+n + 3)) : nord(c, 'fi').street), [SHIP('street1')]],
    ['Toimituksen postinumero', (c) => nord(c, 'fi').zip, [SHIP('postalCode')]],
    ['Toimituksen postitoimipaikka', (c) => nord(c, 'fi').city, [SHIP('city')]],
    ['Tuotekoodi', (c, o, r, i) => pickItem(FI_GOODS, o, i)[0], [PL('SKU')]],
    ['Tuote', (c, o, r, i) => pickItem(FI_GOODS, o, i)[1], [PL('name')]],
    ['Määrä', (c, o) => String(o.qty), [PL('quantity')]],
    ['Yksikköhinta', (c, o, r, i) => c2(pickItem(FI_GOODS, o, i)[2]), []],
    ['ALV %', () => '25,5', []],
    ['Rivin summa', (c, o, r, i) => c2(pickItem(FI_GOODS, o, i)[2] * o.qty), [PL('priceTotal')]],
    ['Toimituskulut', (c, o) => c2(o.shipping ? 5.9 : 0), ['commerce.shipping.shippingAmount']],
    ['Alennuskoodi', (c, o) => (o.discount ? 'KEVÄT10' : ''), ['commerce.promotionID'], opt],
    ['Tilauksen summa', (c, o, r, i) => c2(pickItem(FI_GOODS, o, i)[2] * o.qty + (o.shipping ? 5.9 : 0)), [OR('priceTotal')]],
    ['Valuutta', () => 'EUR', [OR('currencyCode')]],
    ['Lisätiedot', (c, o, r) => v.pick(r, ['', '', '', 'Lahjapaketointi kiitos', 'Soittakaa ennen toimitusta']), []],
  ] },

  // ---------------------------------------------------------------- customer-service cases (Kundo, Sweden)
  { name: 'kundo-arenden-export-sv', product: 'Kundo (Swedish customer-service platform: Statistik > Exportera ärenden, CSV, Swedish UI; a Swedish insurance company\'s e-mail, chat and phone queue)', family: 'support', language: 'sv', schema: E, cols: [
    ['Ärende-ID', (c, o, r) => String(v.int(r, 1000000, 9999999)), ['_id']],
    ['Skapad', (c, o) => svDT(o.at), ['timestamp']],
    ['Kanal', (c, o, r) => v.pick(r, ['E-post', 'E-post', 'Chatt', 'Telefon', 'Forum']), [], opt],
    ['Kö', (c, o, r) => v.pick(r, ['Skador', 'Fakturafrågor', 'Försäkringar', 'Allmänt']), []],
    ['Ämne', (c, o, r) => v.pick(r, ['Fråga om min faktura', 'Anmäla skada', 'Byta betalsätt', 'Säga upp försäkring']), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['Stängt', 'Stängt', 'Öppet', 'Väntar på kund']), [], opt],
    ['Handläggare', (c, o, r) => v.pick(r, ['Elin S', 'Oskar L', 'Amira H', 'Johan B']), []],
    ['Taggar', (c, o, r) => v.pick(r, ['', 'hem', 'bil,skada', 'uppsägning', 'faktura']), []],
    ['Kundens namn', (c) => loc(c, 'sv').full, []],
    ['Kundens e-post', (c) => loc(c, 'sv').email, ['endUserIDs._experience.emailid.id'], opt],
    ['Kundens telefonnummer', (c, o, r) => (r() < 0.4 ? loc(c, 'sv').mobile : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Första svar', (c, o, r) => svDT(o.at + v.int(r, 5, 600) * min), [], opt],
    ['Stängd', (c, o, r) => svDT(o.at + v.int(r, 600, 4000) * min), [], opt],
    ['Antal meddelanden', (c, o, r) => String(v.int(r, 1, 9)), []],
    ['Svarstid (min)', (c, o, r) => String(v.int(r, 5, 600)), []],
    ['Handläggningstid (min)', (c, o, r) => String(v.int(r, 2, 45)), []],
    ['Nöjdhet', (c, o, r) => (r() < 0.3 ? String(v.int(r, 1, 5)) : ''), []],
    ['Språk', (c, o, r) => v.pick(r, ['sv', 'sv', 'sv', 'en']), [], opt],
    ['Senast uppdaterad', (c, o, r) => svDT(o.at + v.int(r, 600, 5000) * min), [], opt],
  ] },

  // ---------------------------------------------------------------- customers (Billogram, Sweden)
  { name: 'billogram-kunder-export-sv', product: 'Billogram (Swedish invoicing and payment platform: Kunder > Exportera kunder, CSV, Swedish UI; a Göteborg sports club invoicing member fees to private persons)', family: 'invoicing', language: 'sv', schema: P, cols: [
    ['Kundnummer', (c, o, r, i) => String(1 + i * 7 + v.int(r, 0, 6)), ID],
    ['Namn', (c) => loc(c, 'sv').full, ['person.name.fullName']],
    ['Kundtyp', (c, o, r) => (r() < 0.9 ? 'Privatperson' : 'Företag'), [], opt],
    ['Person-/organisationsnummer', (c, o, r) => { const p = shift(c.birth, 0); return `${p.y}${pad(p.m)}${pad(p.d)}-${v.int(r, 1000, 9999)}` }, [], opt],
    ['Momsregistreringsnummer', () => '', []],
    ['Kontaktperson', (c, o, r) => (r() < 0.15 ? `${loc(c, 'sv').first} ${loc(c, 'sv').last}` : ''), [], opt],
    ['E-post', (c) => loc(c, 'sv').email, ['personalEmail.address']],
    ['Telefon', (c) => loc(c, 'sv').mobile, ['mobilePhone.number', 'homePhone.number']],
    ['C/O', (c, o, r) => (r() < 0.1 ? `c/o ${v.pick(r, ['Lindqvist', 'Berg', 'Olsson'])}` : ''), at([...HOME, 'billingAddress'], 'street2'), opt],
    ['Gatuadress', (c) => loc(c, 'sv').street, at([...HOME, 'billingAddress'], 'street1')],
    ['Postnummer', (c) => loc(c, 'sv').zip, at([...HOME, 'billingAddress'], 'postalCode')],
    ['Ort', (c) => loc(c, 'sv').city, at([...HOME, 'billingAddress'], 'city')],
    ['Land', () => 'SE', at([...HOME, 'billingAddress'], 'countryCode')],
    ['Leveranssätt', (c, o, r) => v.pick(r, ['E-post', 'E-post', 'Kivra', 'Brev', 'SMS']), [], opt],
    ['Autogiro', (c, o, r) => (r() < 0.3 ? 'Ja' : 'Nej'), [], opt],
    ['Anteckningar', (c, o, r) => v.pick(r, ['', '', 'Förälder till junior', 'Hedersmedlem']), []],
    ['Skapad', (c) => svD(c.created), [], opt],
    ['Antal fakturor', (c, o, r) => String(v.int(r, 1, 12)), []],
    ['Obetalt belopp', (c, o, r) => sp(r() < 0.7 ? 0 : v.int(r, 300, 2400)), []],
  ] },

  // ---------------------------------------------------------------- CRM contacts (24SevenOffice, Norway)
  { name: '24sevenoffice-kontakter-eksport-no', product: '24SevenOffice (Norwegian cloud ERP/CRM: CRM > Kontakter > Eksporter til Excel, Norwegian UI; a Bergen wholesaler\'s contact persons at customer companies)', family: 'crm', language: 'no', schema: B, cols: [
    ['Kontakt-ID', (c, o, r) => String(v.int(r, 100000, 999999)), B2BID],
    ['Fornavn', (c) => nord(c, 'no').first, ['person.name.firstName']],
    ['Etternavn', (c) => nord(c, 'no').last, ['person.name.lastName']],
    ['Firma', (c) => nord(c, 'no').company, ['b2b.companyName', 'organizations[0]']],
    ['Firma-ID', (c, o, r) => String(v.int(r, 10000, 99999)), ['b2b.accountID'], opt],
    ['Org.nr.', (c) => nord(c, 'no').orgnr, []],
    ['Stilling', (c) => nord(c, 'no').job, ['extendedWorkDetails.jobTitle']],
    ['Avdeling', (c) => nord(c, 'no').dept, [], opt],
    ['E-post', (c) => nord(c, 'no').workEmail, ['workEmail.address', 'personalEmail.address']],
    ['Mobil', (c) => nord(c, 'no').mobile, ['mobilePhone.number']],
    ['Telefon direkte', (c, o, r) => (r() < 0.5 ? nord(c, 'no').phone : ''), ['workPhone.number']],
    ['Postadresse', (c) => nord(c, 'no').street, at([...WORK, 'mailingAddress'], 'street1')],
    ['Postnr.', (c) => nord(c, 'no').zip, at([...WORK, 'mailingAddress'], 'postalCode')],
    ['Poststed', (c) => nord(c, 'no').city, at([...WORK, 'mailingAddress'], 'city')],
    ['Land', () => 'Norge', at([...WORK, 'mailingAddress'], 'country')],
    ['Kundeansvarlig', (c, o, r) => v.pick(r, ['Kari Nilsen', 'Per Haugen', 'Sofie Berg']), []],
    ['Kategori', (c, o, r) => v.pick(r, ['Kunde', 'Kunde', 'Prospekt', 'Leverandør', 'Partner']), ['b2b.personType'], opt],
    ['Nyhetsbrev', (c) => (c.bool ? 'Ja' : 'Nei'), [], opt],
    ['Reservert mot markedsføring', (c, o, r) => (r() < 0.1 ? 'Ja' : 'Nei'), ['b2b.isMarketingSuspended'], opt],
    ['Opprettet', (c) => noD(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Sist endret', (c) => noDT(later(c)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Notat', (c, o, r) => v.pick(r, ['', '', 'Treffer best før kl. 10', 'Ønsker tilbud på rammeavtale']), []],
  ] },
]
