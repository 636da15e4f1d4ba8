// Round 63, heldout63: held-out sets written apart from the suggester and any tuning, scored once at the end. Same
// format as sets.mjs (sources in ../README.md): header as the product exports it, one value generator per column in the
// product's formats, the accepted destinations ([] = nothing fits) and 'opt' for borderline columns. Products: Dutch,
// Belgian and Nordic payment providers, loyalty programmes, analytics, B2B lead tools and CRM/marketing, headers in
// the product's own UI language (nl, da, sv, no, fi).
import { E, B, P, v, f, at, HOME, B2BID, OR, GEO, opt } from './sets.mjs'
import { slug, loc } from './values9.mjs'
import { pad, parts, shift } from './values.mjs'

// summer time (April-October) by month, good enough for generated rows
const dst = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 }
const cet = (ms) => shift(ms, dst(ms) ? 2 : 1)
const eet = (ms) => shift(ms, dst(ms) ? 3 : 2)
const nlTime = (ms) => { const p = cet(ms); return `${pad(p.d)}-${pad(p.m)}-${p.y} ${pad(p.H)}:${pad(p.M)}` }
const nlDate = (ms) => { const p = cet(ms); return `${pad(p.d)}-${pad(p.m)}-${p.y}` }
const isoLocal = (ms) => { const p = cet(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const isoOff = (ms) => { const p = cet(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)}T${pad(p.H)}:${pad(p.M)}:${pad(p.S)}+0${dst(ms) ? 2 : 1}:00` }
const dotDate = (ms) => { const p = cet(ms); return `${pad(p.d)}.${pad(p.m)}.${p.y}` }
const dotTime = (ms) => { const p = cet(ms); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}` }
const fiTime = (ms) => { const p = eet(ms); return `${p.d}.${p.m}.${p.y} ${p.H}:${pad(p.M)}` }
const fiDate = (ms) => { const p = eet(ms); return `${p.d}.${p.m}.${p.y}` }
const dmy = (ms) => { const p = parts(ms); return `${pad(p.d)}-${pad(p.m)}-${p.y}` }
const comma = (n) => n.toFixed(2).replace('.', ',')
const euro = (n) => `€ ${comma(n)}`
const kr = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, ' ')
const nr = (c) => +c.id
const nlIban = (c) => `NL${pad(nr(c) % 89 + 10)}${['INGB', 'RABO', 'ABNA', 'SNSB', 'TRIO'][nr(c) % 5]}0${String(100000000 + nr(c) * 37 % 899999999)}`
const beIban = (c) => `BE${pad(nr(c) % 89 + 10)} ${String(nr(c) * 13 % 9000 + 1000)} ${String(nr(c) * 7 % 9000 + 1000)} ${String(nr(c) % 9000 + 1000)}`

// Norwegian and Finnish people for the sets whose customers are local (the generator's own locales stop at sv/da)
const NO = { first: ['Ola', 'Lars', 'Ole', 'Magnus', 'Henrik'], firstF: ['Kari', 'Ingrid', 'Silje', 'Nora', 'Ida'], last: ['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Berg', 'Haugen'],
  street: ['Storgata', 'Kirkeveien', 'Bygdøy allé', 'Thorvald Meyers gate', 'Strandgaten', 'Kongens gate'], cities: [['Oslo', '0150'], ['Bergen', '5003'], ['Trondheim', '7011'], ['Stavanger', '4006'], ['Tromsø', '9008'], ['Drammen', '3015']] }
const FI = { first: ['Mikko', 'Juha', 'Timo', 'Jukka', 'Antti'], firstF: ['Anna', 'Laura', 'Sanna', 'Heidi', 'Riikka'], last: ['Korhonen', 'Virtanen', 'Mäkinen', 'Nieminen', 'Mäkelä', 'Hämäläinen', 'Laine', 'Heikkinen', 'Koskinen', 'Järvinen'],
  cities: [['Helsinki', '00100', 'Uusimaa'], ['Espoo', '02100', 'Uusimaa'], ['Tampere', '33100', 'Pirkanmaa'], ['Turku', '20100', 'Varsinais-Suomi'], ['Oulu', '90100', 'Pohjois-Pohjanmaa'], ['Jyväskylä', '40100', 'Keski-Suomi']],
  street: ['Mannerheimintie', 'Hämeenkatu', 'Aleksanterinkatu', 'Kauppakatu', 'Teollisuuskatu', 'Satamakatu'] }
const local = (c, d, k) => {
  const r = v.rng(nr(c) * 17 + k)
  const first = v.pick(r, c.female ? d.firstF : d.first), last = v.pick(r, d.last), city = v.pick(r, d.cities)
  return { first, last, full: `${first} ${last}`, street: `${v.pick(r, d.street)} ${v.int(r, 1, 90)}`, city: city[0], zip: city[1], region: city[2] ?? '', n: v.int(r, 10, 99), m: v.int(r, 100, 999), k: v.int(r, 10, 99) }
}
const no = (c) => local(c, NO, 3)
const fi = (c) => local(c, FI, 5)
const noMob = (c) => `+47 ${[4, 9][nr(c) % 2]}${pad(no(c).k)} ${pad(no(c).n)} ${no(c).m}`
const fiMob = (c) => `+358 4${nr(c) % 10} ${fi(c).m} ${fi(c).k}${fi(c).n}`

// Tikkie Zakelijk (ABN AMRO): a Utrecht sports club's payment requests (Tikkie Zakelijk portal > Betaalverzoeken > Exporteer, CSV; Dutch UI), one row per payment received.
const TK_ST = ['Betaald', 'Betaald', 'Betaald', 'Openstaand', 'Verlopen', 'Betaald']
const tkSt = (o) => TK_ST[+o.id % TK_ST.length]
const tkAmt = (o) => [12.5, 25, 35, 7.5, 150, 45][+o.id % 6]
const TK_OMS = ['Contributie 2025 jeugd', 'Contributie 2025 senioren', 'Teamuitje mei', 'Clubkleding bestelling', 'Trainingskamp zomer', 'Kantinebijdrage']
// Dintero: a Bergen restaurant chain's online payments (Dintero Backoffice > Payments > Transaksjoner > Eksporter, CSV; Norwegian UI, NOK).
const DT_PM = ['vipps', 'vipps', 'bambora.creditcard', 'bambora.creditcard', 'collector.invoice', 'swish.swish']
const dtPm = (o) => DT_PM[+o.id % DT_PM.length]
const DT_ST = ['CAPTURED', 'CAPTURED', 'AUTHORIZED', 'CAPTURED', 'REFUNDED', 'AUTHORIZATION_VOIDED', 'CAPTURED']
const dtSt = (o) => DT_ST[+o.id % DT_ST.length]
const dtAmt = (o) => +(o.total * 9.5).toFixed(2)
// Frisbii (formerly Reepay): a Copenhagen coffee subscription's customers (Frisbii Billing admin > Kunder > Eksportér, CSV; Danish UI).
const da = (c) => loc(c, 'da')
const FB_PLAN = ['Kaffeabonnement 250 g', 'Kaffeabonnement 500 g', 'Kaffeabonnement 1 kg', '']
// Twikey: a Ghent fitness chain's direct-debit mandates (Twikey > Mandaten > Exporteren, CSV; Dutch UI, Belgian members).
const TW_ST = ['Ondertekend', 'Ondertekend', 'Ondertekend', 'Wachtend', 'Geannuleerd', 'Opgeschort']
const twSt = (c) => TW_ST[nr(c) % TW_ST.length]
const BE_CITY = [['Gent', '9000', 'Oost-Vlaanderen'], ['Antwerpen', '2000', 'Antwerpen'], ['Brugge', '8000', 'West-Vlaanderen'], ['Leuven', '3000', 'Vlaams-Brabant'], ['Mechelen', '2800', 'Antwerpen']]
const be = (c) => BE_CITY[nr(c) % BE_CITY.length]
// Trumf (NorgesGruppen): a Trumf partner's member list (a Trumf partner business: Trumf Partnerportal > Medlemmer > Eksporter, Excel; Norwegian UI).
const TR_NIVA = ['Trumf', 'Trumf', 'Trumf Pluss', 'Trumf Visa']
const trBonus = (c) => +((nr(c) % 2300) + 14.35).toFixed(2)
// SAS EuroBonus: a Swedish hotel group's EuroBonus point earnings sent to SAS (EuroBonus partnerportal > Poängtransaktioner > Exportera, Excel; Swedish UI).
const sv = (c) => loc(c, 'sv')
const EB_NIVA = ['Member', 'Member', 'Silver', 'Gold', 'Diamond', 'Pandion']
const ebPts = (o) => 500 + (+o.id % 20) * 250
// webCRM: a Danish industrial supplier's persons (webCRM > Personer > Eksportér, Excel; Danish UI).
const WC_STATUS = ['Kunde', 'Kunde', 'Emne', 'Emne', 'Tidligere kunde', 'Leverandør']
const WC_TITLE = ['Indkøbschef', 'Produktionsleder', 'Direktør', 'Økonomiansvarlig', 'Teknisk chef', 'Projektleder']
const WC_ANSV = ['Mikkel Holm', 'Trine Dahl', 'Peter Krogh', '']
// Deployteq: a Dutch garden centre chain's contact profiles (Deployteq > Profielen > Exporteren, CSV; Dutch UI, the standard profile fields and a few custom ones).
const DQ_VESTIGING = ['Amersfoort', 'Zwolle', 'Breda', 'Haarlem', '']
// Ternair: a Dutch charity's donors (Ternair Campaign > Relaties > Selectie exporteren, CSV; Dutch UI).
const TN_KAN = ['E-mail', 'Post', 'Telefoon', 'SMS']
// Siteimprove Analytics: a Danish municipality's visitor sessions (Siteimprove > Analytics > Besøgende > Besøgsdetaljer > Eksportér, CSV; Danish UI).
const SI_KILDE = ['Søgemaskine', 'Direkte', 'Henvisning', 'Sociale medier', 'Kampagne']
const SI_PAGES = ['https://www.aarhus.dk/', 'https://www.aarhus.dk/borger/affald-og-genbrug/', 'https://www.aarhus.dk/borger/pas-koerekort-og-id/', 'https://www.aarhus.dk/borger/skole-og-uddannelse/', 'https://www.aarhus.dk/kontakt/']
const SI_REF = ['https://www.google.com/', '', 'https://www.borger.dk/', 'https://www.facebook.com/', 'https://www.google.dk/']
const SI_REGION = ['Midtjylland', 'Hovedstaden', 'Syddanmark', 'Nordjylland', 'Sjælland']
// Profinder (Alma Talent): a Finnish IT-services firm's B2B lead list (Profinder > Kohderyhmä > Lataa Excel, decision makers with their companies; Finnish UI).
const PF_TEHT = ['Toimitusjohtaja', 'Talousjohtaja', 'IT-päällikkö', 'Hankintapäällikkö', 'Myyntijohtaja', 'Tietohallintojohtaja']
const PF_TOIM = ['Ohjelmistojen suunnittelu ja valmistus', 'Tukkukauppa', 'Rakentaminen', 'Kuljetus ja logistiikka', 'Teollisuus']
const PF_CO = ['Lähitapiola Oy', 'Rakennus Virtanen Oy', 'Pohjolan Kuljetus Oy', 'Nordic Steel Finland Oy', 'Tampereen Tukku Oy', 'Kiinteistö Oulu Oy']
const pfCo = (c) => PF_CO[nr(c) % PF_CO.length]
const ytunnus = (c) => `${String(1000000 + nr(c) * 31 % 8999999)}-${nr(c) % 10}`
// Mynewsdesk: a Swedish retailer's press contacts (Mynewsdesk > Kontakter > Exportera, CSV; Swedish UI).
const MN_MEDIA = ['Dagens Nyheter', 'Svenska Dagbladet', 'Dagens Industri', 'Aftonbladet', 'Expressen', 'Göteborgs-Posten']
const MN_ROLL = ['Reporter', 'Redaktör', 'Frilansjournalist', 'Nyhetschef', 'Krönikör']
const MN_LISTA = ['Pressmeddelanden', 'Näringsliv', 'Konsument', 'Pressmeddelanden, Konsument']

export const SETS = [
  // ---------------------------------------------------------------- payments
  { name: 'tikkie-zakelijk-betaalverzoeken-nl', product: 'Tikkie Zakelijk (ABN AMRO: Tikkie Zakelijk portal > Betaalverzoeken > Exporteer, CSV; Dutch UI, a Utrecht sports club collecting fees, one row per payment)', family: 'payments', language: 'nl', schema: E, cols: [
    ['Datum', (c, o) => nlDate(o.at), ['timestamp'], opt],
    ['Tijd', (c, o) => { const p = cet(o.at); return `${pad(p.H)}:${pad(p.M)}` }, []],
    ['Betaalverzoek ID', (c, o, r) => `ZB${v.alnum(r, 10).toUpperCase()}`, [], opt],
    ['Betaling ID', (c, o, r) => v.uuid(r), [OR('payments[0].transactionID'), '_id']],
    ['Omschrijving', (c, o) => TK_OMS[+o.id % TK_OMS.length], [], opt],
    ['Kenmerk', (c, o) => `LID-${c.id}`, [OR('purchaseID')], opt],
    ['Bedrag', (c, o) => comma(tkAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Valuta', () => 'EUR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Status', (c, o) => tkSt(o), [], opt],
    ['Naam betaler', (c, o) => (tkSt(o) === 'Betaald' ? c.full : ''), []],
    ['IBAN betaler', (c, o) => (tkSt(o) === 'Betaald' ? nlIban(c) : ''), []],
    ['Bank', (c, o) => (tkSt(o) === 'Betaald' ? ['ING', 'Rabobank', 'ABN AMRO', 'SNS', 'Triodos'][nr(c) % 5] : ''), [], opt],
    ['Betaalmethode', (c, o) => (tkSt(o) === 'Betaald' ? 'iDEAL' : ''), [OR('payments[0].paymentType')]],
    ['Verloopdatum', (c, o) => nlDate(o.at + 14 * 86400000), []],
    ['Aangemaakt door', (c, o) => ['Penningmeester', 'Secretariaat', 'Jeugdcommissie'][+o.id % 3], []],
  ] },
  { name: 'dintero-transaksjoner-no', product: 'Dintero (Dintero Backoffice > Payments > Transaksjoner > Eksporter, CSV; Norwegian UI, a Bergen restaurant chain\'s online orders, NOK)', family: 'payments', language: 'no', schema: E, cols: [
    ['Transaksjons-ID', (c, o, r) => `T${v.int(r, 10000000, 99999999)}.${v.alnum(r, 22)}`, [OR('payments[0].transactionID'), '_id']],
    ['Opprettet', (c, o) => isoOff(o.at), ['timestamp', OR('createdDate')]],
    ['Oppdatert', (c, o) => isoOff(o.at + 600000), [OR('lastUpdatedDate')], opt],
    ['Ordrenummer', (c, o) => `BRG-${o.id}`, [OR('purchaseID')]],
    ['Status', (c, o) => dtSt(o), [], opt],
    ['Betalingsmetode', (c, o) => dtPm(o), [OR('payments[0].paymentType')]],
    ['Beløp', (c, o) => kr(dtAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Valuta', () => 'NOK', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Mva', (c, o) => kr(+(dtAmt(o) * 0.2).toFixed(2)), [OR('taxAmount')]],
    ['Belastet beløp', (c, o) => (['CAPTURED', 'REFUNDED'].includes(dtSt(o)) ? kr(dtAmt(o)) : '0,00'), [], opt],
    ['Refundert beløp', (c, o) => (dtSt(o) === 'REFUNDED' ? kr(dtAmt(o)) : '0,00'), [OR('refundTotal'), OR('refunds[0].refundAmount')]],
    ['Butikk', (c, o) => ['Bryggen', 'Torgallmenningen', 'Sandsli'][+o.id % 3], [], opt],
    ['Kunde-ID', (c) => `kunde-${c.id}`, ['endUserIDs._experience.aacustomid.id', 'identityMap{}[0].id'], opt],
    ['Fornavn', (c) => no(c).first, []],
    ['Etternavn', (c) => no(c).last, []],
    ['E-post', (c) => `${slug(no(c).first)}.${slug(no(c).last)}${no(c).n}@${['gmail.com', 'online.no', 'hotmail.com'][nr(c) % 3]}`, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefonnummer', (c) => noMob(c), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Kortmerke', (c, o) => (dtPm(o) === 'bambora.creditcard' ? ['Visa', 'Mastercard'][+o.id % 2] : ''), [], opt],
    ['Maskert kortnummer', (c, o, r) => (dtPm(o) === 'bambora.creditcard' ? `${v.int(r, 400000, 549999)}******${v.int(r, 1000, 9999)}` : ''), []],
    ['Kunde-IP', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Sesjons-ID', (c, o, r) => `P${v.int(r, 10000000, 99999999)}.${v.alnum(r, 20)}`, [], opt],
  ] },
  { name: 'frisbii-kunder-da', product: 'Frisbii (formerly Reepay; Frisbii Billing admin > Kunder > Eksportér, CSV; Danish UI, a Copenhagen coffee subscription\'s customers)', family: 'payments', language: 'da', schema: P, cols: [
    ['Kunde-handle', (c) => `cust-${c.id}`, ['_id', 'personID']],
    ['Fornavn', (c) => da(c).first, ['person.name.firstName']],
    ['Efternavn', (c) => da(c).last, ['person.name.lastName']],
    ['Firma', (c, o, r) => (nr(c) % 7 === 0 ? `${da(c).last} ApS` : ''), ['organizations[0]'], opt],
    ['E-mail', (c) => da(c).email, ['personalEmail.address']],
    ['Telefon', (c) => da(c).mobile, ['mobilePhone.number', 'homePhone.number']],
    ['Adresse', (c) => da(c).street, at(HOME, 'street1')],
    ['Adresse 2', (c) => (nr(c) % 4 === 0 ? `${nr(c) % 5 + 1}. tv.` : ''), at(HOME, 'street2')],
    ['Postnummer', (c) => da(c).zip, at(HOME, 'postalCode')],
    ['By', (c) => da(c).city, at(HOME, 'city')],
    ['Land', () => 'DK', at(HOME, 'countryCode')],
    ['CVR-nummer', (c) => (nr(c) % 7 === 0 ? String(30000000 + nr(c) * 11 % 9999999) : ''), [], opt],
    ['Oprettet', (c) => isoLocal(c.created), [], opt],
    ['Aktive abonnementer', (c) => String(nr(c) % 5 === 0 ? 0 : 1), []],
    ['Abonnementsplan', (c) => FB_PLAN[nr(c) % FB_PLAN.length], [], opt],
    ['Betalingsmetode', (c) => ['Visa/Dankort', 'MobilePay Subscriptions', 'Mastercard', 'Visa'][nr(c) % 4], [], opt],
    ['Fakturaer i alt', (c) => String(nr(c) % 24), []],
    ['Betalt i alt (DKK)', (c) => kr((nr(c) % 24) * 129), ['loyalty.lifetimePurchases'], opt],
    ['Skyldigt beløb (DKK)', (c) => (nr(c) % 9 === 0 ? '129,00' : '0,00'), []],
    ['Test', () => 'false', []],
  ] },
  { name: 'twikey-mandaten-nl', product: 'Twikey (Twikey > Mandaten > Exporteren, CSV; Dutch UI, a Ghent fitness chain\'s direct-debit mandates of its Belgian members)', family: 'payments', language: 'nl', schema: P, cols: [
    ['Mandaatnummer', (c) => `FITGNT${c.id}`, [], opt],
    ['Klantnummer', (c) => `M${c.id}`, ['_id', 'personID']],
    ['Status', (c) => twSt(c), [], opt],
    ['Contract', (c) => ['Maandabonnement Basic', 'Maandabonnement Premium', 'Jaarabonnement'][nr(c) % 3], [], opt],
    ['Aanspreking', (c) => (c.female ? 'Mevrouw' : 'De heer'), ['person.name.courtesyTitle']],
    ['Voornaam', (c) => c.first, ['person.name.firstName']],
    ['Achternaam', (c) => c.last, ['person.name.lastName']],
    ['Bedrijfsnaam', () => '', ['organizations[0]'], opt],
    ['E-mail', (c) => c.email, ['personalEmail.address']],
    ['Gsm', (c) => `+32 4${70 + nr(c) % 30} ${pad(nr(c) % 100)} ${pad((nr(c) >> 2) % 100)} ${pad((nr(c) >> 4) % 100)}`, ['mobilePhone.number']],
    ['Adres', (c) => c.street, at(HOME, 'street1')],
    ['Postcode', (c) => be(c)[1], at(HOME, 'postalCode')],
    ['Gemeente', (c) => be(c)[0], at(HOME, 'city')],
    ['Land', () => 'BE', at(HOME, 'countryCode')],
    ['Taal', () => 'nl', [], opt],
    ['IBAN', (c) => beIban(c), []],
    ['BIC', (c) => ['GEBABEBB', 'KREDBEBB', 'BBRUBEBB', 'GKCCBEBB'][nr(c) % 4], []],
    ['Ondertekend op', (c) => nlDate(c.created), [], opt],
    ['Ondertekeningsmethode', (c) => ['itsme', 'Digitale handtekening', 'Bankkaart (BC/MC)', 'Papier'][nr(c) % 4], []],
    ['Laatste wijziging', (c) => nlTime(c.updated), [], opt],
  ] },

  // ---------------------------------------------------------------- loyalty
  { name: 'trumf-partner-medlemmer-no', product: 'Trumf (NorgesGruppen bonus programme: Trumf Partnerportal > Medlemmer > Eksporter, Excel; Norwegian UI, a Trumf partner\'s members)', family: 'loyalty', language: 'no', schema: P, cols: [
    ['Medlemsnummer', (c) => `7080${String(nr(c)).padStart(9, '0')}`, ['loyalty.loyaltyID[0]', '_id', 'personID']],
    ['Fornavn', (c) => no(c).first, ['person.name.firstName']],
    ['Etternavn', (c) => no(c).last, ['person.name.lastName']],
    ['Fødselsår', (c) => String(parts(c.birth).y), ['person.birthYear']],
    ['Kjønn', (c) => (c.female ? 'Kvinne' : 'Mann'), ['person.gender']],
    ['Mobilnummer', (c) => noMob(c), ['mobilePhone.number']],
    ['E-post', (c) => `${slug(no(c).first)}${no(c).n}@${['gmail.com', 'online.no', 'hotmail.no'][nr(c) % 3]}`, ['personalEmail.address']],
    ['Postnummer', (c) => no(c).zip, at(HOME, 'postalCode')],
    ['Poststed', (c) => no(c).city, at(HOME, 'city')],
    ['Medlemsnivå', (c) => TR_NIVA[nr(c) % TR_NIVA.length], ['loyalty.tier'], opt],
    ['Innmeldt dato', (c) => dotDate(c.created), ['loyalty.joinDate']],
    ['Opptjent bonus hittil i år', (c) => kr(trBonus(c)), ['loyalty.points'], opt],
    ['Utbetalt bonus', (c) => kr(+(trBonus(c) * 0.6).toFixed(2)), ['loyalty.pointsRedeemed'], opt],
    ['Antall kjøp', (c) => String(nr(c) % 140), []],
    ['Siste kjøp', (c) => dotDate(c.updated), [], opt],
    ['Samtykke markedsføring', (c) => (c.bool ? 'Ja' : 'Nei'), [], opt],
    ['Reservert mot reklame', (c) => (nr(c) % 11 === 0 ? 'Ja' : 'Nei'), []],
  ] },
  { name: 'eurobonus-partner-poang-sv', product: 'SAS EuroBonus (EuroBonus partnerportal > Poängtransaktioner > Exportera, Excel; Swedish UI, a Swedish hotel group\'s point earnings sent to SAS)', family: 'loyalty', language: 'sv', schema: P, cols: [
    ['Transaktions-ID', (c, o, r) => `HT${v.int(r, 10000000, 99999999)}`, [], opt],
    ['EuroBonus-nummer', (c) => `EBS${String(500000000 + nr(c) * 3)}`, ['loyalty.loyaltyID[0]']],
    ['Förnamn', (c) => sv(c).first, ['person.name.firstName']],
    ['Efternamn', (c) => sv(c).last, ['person.name.lastName']],
    ['Nivå', (c) => EB_NIVA[nr(c) % EB_NIVA.length], ['loyalty.tier']],
    ['Program', () => 'SAS EuroBonus', ['loyalty.program']],
    ['Hotell', (c, o) => ['Stockholm City', 'Göteborg Central', 'Malmö Hyllie', 'Uppsala Slott'][+o.id % 4], [], opt],
    ['Bokningsnummer', (c, o) => `BK${o.id}${pad(+o.id % 97)}`, [], opt],
    ['Incheckning', (c, o) => f.ymd(o.at), [], opt],
    ['Utcheckning', (c, o) => f.ymd(o.at + (1 + +o.id % 4) * 86400000), [], opt],
    ['Antal nätter', (c, o) => String(1 + +o.id % 4), []],
    ['Rumsintäkt (SEK)', (c, o) => kr((1 + +o.id % 4) * 1290), [], opt],
    ['Intjänade poäng', (c, o) => String(ebPts(o)), ['loyalty.points', 'loyalty.promisedPoints'], opt],
    ['Bonuspoäng kampanj', (c, o) => (+o.id % 5 === 0 ? '1000' : '0'), ['loyalty.adjustedPoints'], opt],
    ['Status', (c, o) => ['Skickad', 'Skickad', 'Godkänd', 'Avvisad – okänt medlemsnummer'][+o.id % 4], [], opt],
    ['Skickad datum', (c, o) => f.ymd(o.at + 9 * 86400000), [], opt],
  ] },

  // ---------------------------------------------------------------- CRM / B2B
  { name: 'webcrm-personer-da', product: 'webCRM (webCRM > Personer > Eksportér, Excel; Danish UI, a Danish industrial supplier\'s contact persons at its customers)', family: 'crm', language: 'da', schema: B, cols: [
    ['Person-ID', (c) => String(nr(c)), B2BID],
    ['Organisation', (c) => da(c).company ?? c.company, ['b2b.companyName', 'organizations[0]']],
    ['Organisations-ID', (c) => String(10000 + nr(c) % 9000), ['b2b.accountKey.sourceID'], opt],
    ['Fornavn', (c) => da(c).first, ['person.name.firstName']],
    ['Efternavn', (c) => da(c).last, ['person.name.lastName']],
    ['Titel', (c) => WC_TITLE[nr(c) % WC_TITLE.length], ['extendedWorkDetails.jobTitle']],
    ['Afdeling', (c) => ['Indkøb', 'Produktion', 'Ledelse', 'Økonomi'][nr(c) % 4], ['extendedWorkDetails.departments[0]'], opt],
    ['E-mail', (c) => `${slug(da(c).first)}.${slug(da(c).last)}@${slug(da(c).company ?? c.company).slice(0, 10)}.dk`, ['workEmail.address']],
    ['Direkte telefon', (c) => da(c).phone, ['workPhone.number']],
    ['Mobil', (c) => da(c).mobile, ['mobilePhone.number']],
    ['Adresse', (c) => da(c).street, at(['workAddress'], 'street1')],
    ['Postnr.', (c) => da(c).zip, at(['workAddress'], 'postalCode')],
    ['By', (c) => da(c).city, at(['workAddress'], 'city')],
    ['Land', () => 'Danmark', at(['workAddress'], 'country')],
    ['Status', (c) => WC_STATUS[nr(c) % WC_STATUS.length], ['b2b.personStatus'], opt],
    ['Ansvarlig', (c) => WC_ANSV[nr(c) % WC_ANSV.length], []],
    ['Nyhedsbrev', (c) => (c.bool ? 'Ja' : 'Nej'), [], opt],
    ['Oprettet', (c) => dmy(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Sidst ændret', (c) => dmy(c.updated), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Bemærkninger', (c) => ['', '', 'Ring efter messen', 'Foretrækker e-mail'][nr(c) % 4], []],
  ] },
  { name: 'profinder-kohderyhma-fi', product: 'Profinder (Alma Talent: Profinder > Kohderyhmä > Lataa Excel; Finnish UI, a Finnish IT-services firm\'s list of decision makers with their companies)', family: 'b2b', language: 'fi', schema: B, cols: [
    ['Y-tunnus', (c) => ytunnus(c), ['b2b.accountKey.sourceID'], opt],
    ['Yrityksen nimi', (c) => pfCo(c), ['b2b.companyName', 'organizations[0]']],
    ['Toimiala', (c) => PF_TOIM[nr(c) % PF_TOIM.length], [], opt],
    ['Liikevaihto (1000 €)', (c) => String(500 + nr(c) % 90000).replace(/\B(?=(\d{3})+(?!\d))/g, ' '), [], opt],
    ['Henkilöstö', (c) => ['10-19', '20-49', '50-99', '100-249', '250-499'][nr(c) % 5], [], opt],
    ['Käyntiosoite', (c) => fi(c).street, at(['workAddress'], 'street1')],
    ['Postinumero', (c) => fi(c).zip, at(['workAddress'], 'postalCode')],
    ['Postitoimipaikka', (c) => fi(c).city.toUpperCase(), at(['workAddress'], 'city')],
    ['Maakunta', (c) => fi(c).region, at(['workAddress'], 'stateProvince'), opt],
    ['Kotisivu', (c) => `www.${slug(pfCo(c)).replace(/oy$/, '')}.fi`, ['b2b.companyWebsite']],
    ['Etunimi', (c) => fi(c).first, ['person.name.firstName']],
    ['Sukunimi', (c) => fi(c).last, ['person.name.lastName']],
    ['Tehtävänimike', (c) => PF_TEHT[nr(c) % PF_TEHT.length], ['extendedWorkDetails.jobTitle']],
    ['Sähköposti', (c) => `${slug(fi(c).first)}.${slug(fi(c).last)}@${slug(pfCo(c)).replace(/oy$/, '')}.fi`, ['workEmail.address']],
    ['Puhelin', (c) => fiMob(c), ['workPhone.number', 'mobilePhone.number']],
    ['LinkedIn', (c) => `https://www.linkedin.com/in/${slug(fi(c).first)}-${slug(fi(c).last)}-${fi(c).m}`, [], opt],
    ['Päivitetty', (c) => fiDate(c.updated), [], opt],
  ] },
  { name: 'mynewsdesk-kontakter-sv', product: 'Mynewsdesk (Mynewsdesk > Kontakter > Exportera, CSV; Swedish UI, a Swedish retailer\'s press contacts)', family: 'marketing', language: 'sv', schema: B, cols: [
    ['Förnamn', (c) => sv(c).first, ['person.name.firstName']],
    ['Efternamn', (c) => sv(c).last, ['person.name.lastName']],
    ['E-post', (c) => `${slug(sv(c).first)}.${slug(sv(c).last)}@${slug(MN_MEDIA[nr(c) % MN_MEDIA.length]).slice(0, 12)}.se`, ['workEmail.address', 'personalEmail.address']],
    ['Telefon', (c) => sv(c).phone, ['workPhone.number']],
    ['Mobil', (c) => sv(c).mobile, ['mobilePhone.number']],
    ['Titel', (c) => MN_ROLL[nr(c) % MN_ROLL.length], ['extendedWorkDetails.jobTitle']],
    ['Media/Organisation', (c) => MN_MEDIA[nr(c) % MN_MEDIA.length], ['b2b.companyName', 'organizations[0]']],
    ['Bevakningsområde', (c) => ['Handel', 'Ekonomi', 'Konsument', 'Mode', 'Lokalt'][nr(c) % 5], [], opt],
    ['Stad', (c) => sv(c).city, at(['workAddress'], 'city')],
    ['Land', () => 'Sverige', at(['workAddress'], 'country')],
    ['Språk', () => 'Svenska', [], opt],
    ['Kontaktlistor', (c) => MN_LISTA[nr(c) % MN_LISTA.length], [], opt],
    ['Taggar', (c) => ['', 'viktig', 'regional', 'branschpress'][nr(c) % 4], []],
    ['Prenumerationsstatus', (c) => (nr(c) % 9 === 0 ? 'Avregistrerad' : 'Prenumererar'), [], opt],
    ['Skapad', (c) => f.ymdhms(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Senast öppnade', (c) => (nr(c) % 3 ? f.ymdhms(c.updated) : ''), ['extSourceSystemAudit.lastActivityDate'], opt],
  ] },

  // ---------------------------------------------------------------- marketing
  { name: 'deployteq-profielen-nl', product: 'Deployteq (Deployteq > Profielen > Exporteren, CSV; Dutch UI, a Dutch garden-centre chain\'s contact profiles with its custom fields)', family: 'marketing', language: 'nl', schema: P, cols: [
    ['profiel_id', (c) => String(nr(c) * 3), ['_id', 'personID']],
    ['E-mailadres', (c) => c.email, ['personalEmail.address']],
    ['Aanhef', (c) => (c.female ? 'Mevrouw' : 'Heer'), ['person.name.courtesyTitle']],
    ['Voornaam', (c) => c.first, ['person.name.firstName']],
    ['Tussenvoegsel', (c) => (nr(c) % 3 === 0 ? 'van' : ''), [], opt],
    ['Achternaam', (c) => c.last, ['person.name.lastName']],
    ['Geboortedatum', (c) => dmy(c.birth), ['person.birthDate']],
    ['Mobiel nummer', (c) => c.mobile, ['mobilePhone.number']],
    ['Postcode', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Huisnummer', (c) => String(nr(c) % 120 + 1), [], opt],
    ['Plaats', (c) => c.city, at(HOME, 'city')],
    ['Voorkeursvestiging', (c) => DQ_VESTIGING[nr(c) % DQ_VESTIGING.length], [], opt],
    ['Klantkaartnummer', (c) => (c.bool ? `2600${c.id}` : ''), ['loyalty.loyaltyID[0]'], opt],
    ['Opt-in nieuwsbrief', (c) => (c.bool ? '1' : '0'), [], opt],
    ['Opt-in datum', (c) => (c.bool ? isoLocal(c.created) : ''), [], opt],
    ['Bron', (c) => ['Website', 'Kassa', 'Winactie', 'Import'][nr(c) % 4], [], opt],
    ['Hard bounce', (c) => (nr(c) % 17 === 0 ? '1' : '0'), [], opt],
    ['Aangemaakt op', (c) => isoLocal(c.created), [], opt],
    ['Gewijzigd op', (c) => isoLocal(c.updated), [], opt],
  ] },
  { name: 'ternair-donateurs-nl', product: 'Ternair (Ternair Campaign > Relaties > Selectie exporteren, CSV; Dutch UI, a Dutch charity\'s donors)', family: 'marketing', language: 'nl', schema: P, cols: [
    ['Relatienummer', (c) => String(nr(c)), ['_id', 'personID']],
    ['Aanhef', (c) => (c.female ? 'Mevrouw' : 'De heer'), ['person.name.courtesyTitle']],
    ['Voorletters', (c) => `${c.first[0]}.`, [], opt],
    ['Voornaam', (c) => c.first, ['person.name.firstName']],
    ['Achternaam', (c) => c.last, ['person.name.lastName']],
    ['Straat', (c) => c.street.replace(/ \d+.*$/, ''), at(HOME, 'street1'), opt],
    ['Huisnummer', (c) => String(nr(c) % 200 + 1), [], opt],
    ['Toevoeging', (c) => (nr(c) % 6 === 0 ? 'A' : ''), [], opt],
    ['Postcode', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Woonplaats', (c) => c.city, at(HOME, 'city')],
    ['Land', (c) => c.countryName, at(HOME, 'country')],
    ['E-mail', (c) => c.email, ['personalEmail.address']],
    ['Telefoon', (c) => c.phone, ['homePhone.number']],
    ['Mobiel', (c) => c.mobile, ['mobilePhone.number']],
    ['Geboortedatum', (c) => dmy(c.birth), ['person.birthDate']],
    ['Geslacht', (c) => (c.female ? 'V' : 'M'), ['person.gender']],
    ['Voorkeurskanaal', (c) => TN_KAN[nr(c) % TN_KAN.length], [], opt],
    ['Eerste gift', (c) => dmy(c.created), [], opt],
    ['Laatste gift', (c) => dmy(c.updated), [], opt],
    ['Totaal giften', (c) => euro((nr(c) % 60) * 12.5), ['loyalty.lifetimePurchases'], opt],
    ['Doelgroep', (c) => ['Vaste donateur', 'Incidentele gever', 'Lapsed', 'Nalatenschap-interesse'][nr(c) % 4], [], opt],
    ['Geen post', (c) => (nr(c) % 8 === 0 ? 'Ja' : 'Nee'), []],
  ] },

  // ---------------------------------------------------------------- analytics
  { name: 'siteimprove-besoeg-da', product: 'Siteimprove Analytics (Siteimprove > Analytics > Besøgende > Besøgsdetaljer > Eksportér, CSV; Danish UI, a Danish municipality\'s website visits)', family: 'analytics', language: 'da', schema: E, cols: [
    ['Besøgs-ID', (c, o, r) => String(v.int(r, 1e9, 9e9)), ['_id'], opt],
    ['Besøgende-ID', (c, o, r) => v.hex(r, 16), ['endUserIDs._experience.aacustomid.id'], opt],
    ['Starttidspunkt', (c, o) => { const p = cet(o.at); return `${pad(p.d)}-${pad(p.m)}-${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }, ['timestamp']],
    ['Varighed', (c, o) => { const s = +o.id % 900; return `${pad(Math.floor(s / 60))}:${pad(s % 60)}` }, [], opt],
    ['Sidevisninger', (c, o) => String(1 + +o.id % 9), ['web.webPageDetails.pageViews.value'], opt],
    ['Indgangsside', (c, o) => SI_PAGES[+o.id % SI_PAGES.length], ['web.webPageDetails.URL']],
    ['Udgangsside', (c, o) => SI_PAGES[(+o.id >> 1) % SI_PAGES.length], [], opt],
    ['Henvisning', (c, o) => SI_REF[+o.id % SI_REF.length], ['web.webReferrer.URL']],
    ['Trafikkilde', (c, o) => SI_KILDE[+o.id % SI_KILDE.length], [], opt],
    ['Søgeord', (c, o) => ['', 'storskrald aarhus', '', 'bestil pas', ''][+o.id % 5], [], opt],
    ['Land', (c, o) => ['Danmark', 'Danmark', 'Danmark', 'Sverige', 'Tyskland'][+o.id % 5], [GEO('countryCode')], opt],
    ['Region', (c, o) => SI_REGION[+o.id % SI_REGION.length], [GEO('stateProvince')], opt],
    ['By', (c, o) => ['Aarhus', 'København', 'Odense', 'Aalborg', 'Randers'][+o.id % 5], [GEO('city')]],
    ['Browser', (c, o) => ['Chrome', 'Safari', 'Edge', 'Firefox', 'Samsung Internet'][+o.id % 5], ['environment.browserDetails.name']],
    ['Operativsystem', (c, o) => ['Windows', 'iOS', 'Android', 'macOS'][+o.id % 4], ['environment.operatingSystem']],
    ['Enhedstype', (c, o) => ['Computer', 'Mobil', 'Tablet'][+o.id % 3], ['device.type']],
    ['Skærmopløsning', (c, o) => ['1920x1080', '390x844', '1536x864', '820x1180'][+o.id % 4], [], opt],
    ['Ny besøgende', (c, o) => (+o.id % 3 === 0 ? 'Ja' : 'Nej'), [], opt],
  ] },
]
