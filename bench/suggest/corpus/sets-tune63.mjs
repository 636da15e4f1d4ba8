// Round 63, tune63: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). Dutch and Flemish consumer tools: ticketing, loyalty, donations, sport clubs.
import { E, P, v, f, HOME, PL, OR, at, opt } from './sets.mjs'
import { pad, parts } from './values.mjs'

// local formats
const nlD = (ms) => f.nl(ms)
const nlDT = (ms) => f.nlTime(ms)
const beD = (ms) => { const p = parts(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const beDT = (ms) => { const p = parts(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const isoDT = (ms) => f.ymdhms(ms)
const comma = (n) => Number(n).toFixed(2).replace('.', ',')
const euro = (n) => `€ ${comma(n)}`
const tv = (c) => (/^(de|van den|van) /.exec(c.last)?.[1] ?? '')
const achter = (c) => c.last.replace(/^(de|van den|van) /, '')
const jn = (b) => (b ? 'Ja' : 'Nee')
const EVENTS = [['Zomerfestival Strandbeest 2024', 'Early Bird Dagticket', 34.5], ['Kings Night Rooftop Party', 'Regular', 22.5], ['Comedy Avond De Kleine Komedie', 'Rang 1', 27.5], ['Jazz in het Park', 'Weekend Combi', 59], ['Techno Loods Eindhoven', 'Tweede release', 29.75]]
const ev = (r) => v.pick(r, EVENTS)
const BE_CITY = [['Gent', '9000'], ['Antwerpen', '2000'], ['Leuven', '3000'], ['Brugge', '8000'], ['Hasselt', '3500'], ['Mechelen', '2800']]
const beMobile = (r) => `04${v.pick(r, ['70', '75', '77', '78', '85', '94', '96'])} ${v.int(r, 10, 99)} ${v.int(r, 10, 99)} ${v.int(r, 10, 99)}`
const BE_STREET = ['Veldstraat', 'Kerkstraat', 'Stationsstraat', 'Dorpsstraat', 'Meir', 'Bondgenotenlaan']
const iban = (r) => `NL${v.int(r, 10, 99)}${v.pick(r, ['INGB', 'RABO', 'ABNA', 'SNSB', 'TRIO'])}0${v.int(r, 100000000, 999999999)}`
const beIban = (r) => `BE${v.int(r, 10, 99)} ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)}`
const day = 86400000

export const SETS = [
  // ---------------------------------------------------------------- events (Weeztix dashboard: Bezoekers > Exporteren, Excel, Dutch)
  { name: 'weeztix-bezoekers-export-nl', product: 'Weeztix (formerly Eventix; organiser dashboard: Bezoekers > Exporteren, .xlsx, Dutch UI; a Dutch event organiser)', family: 'events', language: 'nl', schema: E, cols: [
    ['Order ID', (c, o, r) => v.uuid(r), [OR('purchaseID'), '_id']],
    ['Ticket ID', (c, o, r) => v.uuid(r), [], opt],
    ['Barcode', (c, o, r) => String(v.int(r, 100000000, 999999999)) + String(v.int(r, 100, 999)), [], opt],
    ['Evenement', (c, o, r) => ev(r)[0], [], opt],
    ['Ticket', (c, o, r) => ev(r)[1], [PL('name')]],
    ['Prijs', (c, o, r) => comma(ev(r)[2]), [PL('priceTotal')]],
    ['Servicekosten', (c, o, r) => comma(v.pick(r, [0.99, 1.25, 1.5])), []],
    ['Status', (c, o, r) => v.pick(r, ['Betaald', 'Betaald', 'Betaald', 'Geannuleerd', 'Geretourneerd']), [], opt],
    ['Aangemaakt op', (c, o) => nlDT(o.at), ['timestamp', OR('createdDate')]],
    ['Voornaam', (c) => c.first, []],
    ['Achternaam', (c) => c.last, []],
    ['E-mailadres', (c) => c.email, ['endUserIDs._experience.emailid.id']],
    ['Telefoonnummer', (c, o, r) => (r() < 0.6 ? c.mobile : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Geslacht', (c) => (c.female ? 'Vrouw' : 'Man'), []],
    ['Geboortedatum', (c, o, r) => (r() < 0.7 ? nlD(c.birth) : ''), []],
    ['Postcode', (c) => c.postcode, [], opt],
    ['Betaalmethode', (c, o, r) => v.pick(r, ['iDEAL', 'iDEAL', 'Bancontact', 'Creditcard', 'PayPal']), [OR('payments[0].paymentType')]],
    ['Kortingscode', (c, o) => o.coupon, [], opt],
    ['Tracker', (c, o, r) => v.pick(r, ['', 'instagram-bio', 'nieuwsbrief-juni', 'fb-ads']), ['marketing.trackingCode'], opt],
    ['Gescand', (c, o, r) => jn(r() < 0.7), [], opt],
    ['Gescand op', (c, o, r) => (r() < 0.7 ? nlDT(o.at + 20 * day) : ''), [], opt],
    ['Shop', (c, o, r) => v.pick(r, ['Hoofdshop', 'Partnershop Uitburo', 'Box office']), [], opt],
  ] },
  // ---------------------------------------------------------------- events (Paylogic Seller Portal: Reports > Orders, CSV, Dutch)
  { name: 'paylogic-orders-rapport-nl', product: 'Paylogic (See Tickets group; Seller Portal: Rapportages > Bestellingen > CSV, Dutch UI; a Dutch festival organiser)', family: 'events', language: 'nl', schema: E, cols: [
    ['Bestelnummer', (c, o, r) => `PL${v.int(r, 10000000, 99999999)}`, [OR('purchaseID'), '_id']],
    ['Besteldatum', (c, o) => isoDT(o.at), ['timestamp', OR('createdDate')]],
    ['Evenement', (c, o, r) => ev(r)[0], [], opt],
    ['Producttype', (c, o, r) => v.pick(r, ['Ticket', 'Ticket', 'Parkeerkaart', 'Lockers', 'Munten']), [], opt],
    ['Product', (c, o, r) => ev(r)[1], [PL('name')]],
    ['Aantal', (c, o) => o.qty, [PL('quantity')]],
    ['Productprijs', (c, o, r) => comma(ev(r)[2]), []],
    ['Transactiekosten', (c, o, r) => comma(v.pick(r, [1.5, 2, 2.5])), []],
    ['Totaalbedrag', (c, o) => comma(o.total), [OR('priceTotal')]],
    ['Valuta', () => 'EUR', [OR('currencyCode')]],
    ['Betaalstatus', (c, o, r) => v.pick(r, ['Betaald', 'Betaald', 'Terugbetaald', 'Geannuleerd']), [], opt],
    ['Betaalmethode', (c, o, r) => v.pick(r, ['iDEAL', 'Mastercard', 'Visa', 'Bancontact', 'Sofort']), [OR('payments[0].paymentType')]],
    ['Voornaam', (c) => c.first, []],
    ['Achternaam', (c) => c.last, []],
    ['E-mail', (c) => c.email, ['endUserIDs._experience.emailid.id']],
    ['Land', (c, o, r) => v.pick(r, ['NL', 'NL', 'NL', 'BE', 'DE']), [], opt],
    ['Verkoopkanaal', (c, o, r) => v.pick(r, ['Webshop', 'Webshop', 'Ticketswap resale', 'Kassa']), [], opt],
    ['Promotiecode', (c, o) => o.coupon, [], opt],
    ['Geannuleerd op', (c, o, r) => (r() < 0.1 ? isoDT(o.at + 3 * day) : ''), [OR('cancelDate')], opt],
  ] },
  // ---------------------------------------------------------------- events (Ticketcounter: Rapportages > Bezoekers, Excel, Dutch; a museum / attraction)
  { name: 'ticketcounter-bezoekers-nl', product: 'Ticketcounter (Beheeromgeving: Rapportages > Bezoekersoverzicht > Exporteer naar Excel, Dutch UI; a Dutch museum selling timeslot tickets)', family: 'events', language: 'nl', schema: E, cols: [
    ['Ordernr.', (c, o, r) => String(v.int(r, 1000000, 9999999)), [OR('purchaseID'), '_id']],
    ['Datum bestelling', (c, o) => nlDT(o.at), ['timestamp', OR('createdDate')]],
    ['Bezoekdatum', (c, o) => nlD(o.at + 9 * day), [], opt],
    ['Tijdslot', (c, o, r) => v.pick(r, ['10:00 - 10:30', '11:30 - 12:00', '14:00 - 14:30', '15:30 - 16:00']), [], opt],
    ['Tickettype', (c, o, r) => v.pick(r, ['Volwassene', 'Kind 4 t/m 12 jaar', 'Museumkaart', 'CJP', 'Studenten']), [PL('name')]],
    ['Aantal', (c, o) => o.qty, [PL('quantity')]],
    ['Bedrag', (c, o) => euro(o.lineTotal), [PL('priceTotal')]],
    ['Korting', (c, o) => euro(o.discount), [OR('discountAmount')], opt],
    ['Totaal', (c, o) => euro(o.total), [OR('priceTotal')]],
    ['Betaalwijze', (c, o, r) => v.pick(r, ['iDEAL', 'iDEAL', 'Pin', 'Cadeaukaart', 'Op rekening']), [OR('payments[0].paymentType')]],
    ['Verkoopkanaal', (c, o, r) => v.pick(r, ['Online', 'Kassa', 'Reseller']), [], opt],
    ['Naam', (c) => c.full, []],
    ['E-mailadres', (c) => c.email, ['endUserIDs._experience.emailid.id']],
    ['Telefoon', (c, o, r) => (r() < 0.4 ? c.mobile : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Postcode', (c) => c.postcode, [], opt],
    ['Nieuwsbrief', (c) => jn(c.bool), [], opt],
    ['Ingecheckt', (c, o, r) => jn(r() < 0.8), [], opt],
    ['Opmerking', (c, o, r) => v.pick(r, ['', '', '', 'Rolstoel aanwezig', 'Verjaardag']), []],
  ] },
  // ---------------------------------------------------------------- events (YourTicketProvider: Dashboard > Orders > Exporteren, CSV, Dutch)
  { name: 'yourticketprovider-orders-nl', product: 'YourTicketProvider (organiser dashboard: Evenement > Bestellingen > Exporteren, .csv, Dutch UI; a Dutch club night organiser)', family: 'events', language: 'nl', schema: E, cols: [
    ['Ordernummer', (c, o, r) => `YTP-${v.int(r, 100000, 999999)}`, [OR('purchaseID'), '_id']],
    ['Orderdatum', (c, o) => nlD(o.at), ['timestamp', OR('createdDate')], opt],
    ['Ordertijd', (c, o) => f.time(o.at), [], opt],
    ['Naam koper', (c) => c.full, []],
    ['E-mail koper', (c) => c.email, ['endUserIDs._experience.emailid.id']],
    ['Mobiel', (c) => c.mobile, ['endUserIDs._experience.phonenumberid.id']],
    ['Woonplaats', (c) => c.city, [], opt],
    ['Leeftijd', (c, o, r) => v.int(r, 18, 45), []],
    ['Ticketsoort', (c, o, r) => ev(r)[1], [PL('name')]],
    ['Aantal tickets', (c, o) => o.qty, [PL('quantity')]],
    ['Ticketprijs', (c, o, r) => comma(ev(r)[2]), []],
    ['Fee', () => '1,00', []],
    ['Orderbedrag', (c, o) => comma(o.total), [OR('priceTotal')]],
    ['Betaalstatus', (c, o, r) => v.pick(r, ['paid', 'paid', 'paid', 'refunded', 'expired']), [], opt],
    ['Betaalmethode', (c, o, r) => v.pick(r, ['ideal', 'bancontact', 'creditcard', 'applepay']), [OR('payments[0].paymentType')]],
    ['Transactie-ID', (c, o, r) => `tr_${v.alnum(r, 10)}`, [OR('payments[0].transactionID')]],
    ['Promotor', (c, o, r) => v.pick(r, ['', 'Promo team Lisa', 'Promo team Mo']), [], opt],
    ['Gescand', (c, o, r) => v.pick(r, ['0', '1']), [], opt],
  ] },
  // ---------------------------------------------------------------- loyalty (Piggy Business Dashboard: Contacten > Exporteren, CSV, Dutch)
  { name: 'piggy-contacten-export-nl', product: 'Piggy (Business Dashboard: Contacten > Exporteren, .csv, Dutch UI; a Dutch lunchroom chain running a spaarkaart)', family: 'loyalty', language: 'nl', schema: P, cols: [
    ['Contact UUID', (c, o, r) => v.uuid(r), ['_id', 'personID']],
    ['E-mailadres', (c) => c.email, ['personalEmail.address']],
    ['Voornaam', (c) => c.first, ['person.name.firstName']],
    ['Tussenvoegsel', (c) => tv(c), ['person.name.middleName'], opt],
    ['Achternaam', (c) => achter(c), ['person.name.lastName']],
    ['Geslacht', (c) => (c.female ? 'Vrouw' : 'Man'), ['person.gender']],
    ['Geboortedatum', (c, o, r) => (r() < 0.6 ? nlD(c.birth) : ''), ['person.birthDate']],
    ['Telefoonnummer', (c, o, r) => (r() < 0.5 ? c.mobile : ''), ['mobilePhone.number']],
    ['Postcode', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Woonplaats', (c) => c.city, at(HOME, 'city')],
    ['Kaartnummer', (c, o, r) => String(v.int(r, 10000000, 99999999)), ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['Creditsaldo', (c, o, r) => v.int(r, 0, 480), ['loyalty.points']],
    ['Totaal gespaarde credits', (c, o, r) => v.int(r, 480, 2400), ['loyalty.lifetimePoints']],
    ['Totaal ingewisselde credits', (c, o, r) => v.int(r, 0, 1800), ['loyalty.pointsRedeemed']],
    ['Aantal bezoeken', (c, o, r) => v.int(r, 1, 90), [], opt],
    ['Laatste bezoek', (c) => nlDT(c.updated), [], opt],
    ['Vestiging', (c, o, r) => v.pick(r, ['Utrecht Centraal', 'Amersfoort', 'Zeist']), [], opt],
    ['Abonnement nieuwsbrief', (c) => jn(c.bool), [], opt],
    ['Aangemaakt op', (c) => nlDT(c.created), ['loyalty.joinDate'], opt],
    ['Tags', (c, o, r) => v.pick(r, ['', 'vip', 'personeel', 'koffieliefhebber']), []],
  ] },
  // ---------------------------------------------------------------- loyalty (Joyn merchant portal: Klanten > Exporteer, Excel, Flemish Dutch)
  { name: 'joyn-klanten-export-be', product: 'Joyn (merchant portal: Klanten > Exporteer klantenlijst, .xlsx, Dutch (Flemish) UI; a Flemish bakery on the Joyn spaarkaart)', family: 'loyalty', language: 'nl', schema: P, cols: [
    ['Klantnummer', (c, o, r) => String(v.int(r, 1000000, 9999999)), ['_id', 'personID', 'loyalty.loyaltyID[0]']],
    ['Voornaam', (c) => c.first, ['person.name.firstName']],
    ['Naam', (c) => c.last, ['person.name.lastName']],
    ['E-mail', (c, o, r) => (r() < 0.8 ? c.email : ''), ['personalEmail.address']],
    ['GSM', (c, o, r) => (r() < 0.6 ? beMobile(r) : ''), ['mobilePhone.number']],
    ['Geboortedatum', (c, o, r) => (r() < 0.5 ? beD(c.birth) : ''), ['person.birthDate']],
    ['Geslacht', (c) => (c.female ? 'V' : 'M'), ['person.gender']],
    ['Taal', (c, o, r) => v.pick(r, ['nl', 'nl', 'nl', 'fr']), [], opt],
    ['Postcode', (c, o, r, i) => BE_CITY[i % 6][1], at(HOME, 'postalCode')],
    ['Gemeente', (c, o, r, i) => BE_CITY[i % 6][0], at(HOME, 'city')],
    ['Punten', (c, o, r) => v.int(r, 0, 9), ['loyalty.points']],
    ['Totaal gespaarde punten', (c, o, r) => v.int(r, 10, 250), ['loyalty.lifetimePoints']],
    ['Ingeruilde beloningen', (c, o, r) => v.int(r, 0, 20), [], opt],
    ['Aantal scans', (c, o, r) => v.int(r, 1, 260), [], opt],
    ['Laatste scan', (c) => beDT(c.updated), [], opt],
    ['Klant sinds', (c) => beD(c.created), ['loyalty.joinDate']],
    ['Type kaart', (c, o, r) => v.pick(r, ['Joyn app', 'Plastic kaart', 'Sleutelhanger']), ['loyalty.cardsDetails[0].series'], opt],
    ['Marketing opt-in', (c) => (c.bool ? 'Ja' : 'Neen'), [], opt],
  ] },
  // ---------------------------------------------------------------- payments / donations (Whydonate: Dashboard > Donaties > Exporteren, CSV, Dutch)
  { name: 'whydonate-donaties-export-nl', product: 'Whydonate (fundraiser dashboard: Donaties > Exporteer CSV, Dutch UI; a Dutch foundation raising funds)', family: 'payments', language: 'nl', schema: E, cols: [
    ['Donatie ID', (c, o, r) => String(v.int(r, 1000000, 9999999)), [OR('purchaseID'), '_id']],
    ['Datum', (c, o) => isoDT(o.at), ['timestamp', OR('createdDate')]],
    ['Fondsenwerving', (c, o, r) => v.pick(r, ['Waterput voor Kenia', 'Sponsorloop 2024', 'Nieuwe speeltuin De Wilg']), [], opt],
    ['Naam donateur', (c, o, r) => (r() < 0.15 ? 'Anoniem' : c.full), []],
    ['E-mail', (c) => c.email, ['endUserIDs._experience.emailid.id']],
    ['Bedrag', (c, o, r) => comma(v.pick(r, [5, 10, 15, 25, 50, 100])), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Valuta', () => 'EUR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Fooi', (c, o, r) => comma(v.pick(r, [0, 1, 2.5])), []],
    ['Transactiekosten', (c, o, r) => comma(v.pick(r, [0.29, 0.35])), []],
    ['Betaalmethode', (c, o, r) => v.pick(r, ['iDEAL', 'iDEAL', 'Creditcard', 'Bancontact', 'PayPal']), [OR('payments[0].paymentType')]],
    ['Status', (c, o, r) => v.pick(r, ['Geslaagd', 'Geslaagd', 'Geslaagd', 'Mislukt', 'Terugbetaald']), [], opt],
    ['Terugkerend', (c, o, r) => v.pick(r, ['Nee', 'Nee', 'Maandelijks']), [], opt],
    ['Bericht', (c, o, r) => v.pick(r, ['', 'Succes!', 'Veel geluk met de actie', '']), []],
    ['Anoniem', (c, o, r) => jn(r() < 0.15), [], opt],
    ['Transactie ID', (c, o, r) => `tr_${v.alnum(r, 10)}`, [OR('payments[0].transactionID')]],
  ] },
  // ---------------------------------------------------------------- payments / donations (Geef.nl goed-doel beheer: Donaties > Download, Excel, Dutch)
  { name: 'geefnl-donaties-download-nl', product: 'Geef.nl (goede-doelen beheeromgeving: Donaties > Download Excel, .xlsx, Dutch UI; a Dutch ANBI charity)', family: 'payments', language: 'nl', schema: E, cols: [
    ['Donatienummer', (c, o, r) => String(v.int(r, 10000000, 99999999)), [OR('purchaseID'), '_id']],
    ['Datum', (c, o) => nlDT(o.at), ['timestamp', OR('createdDate')]],
    ['Bedrag', (c, o, r) => comma(v.pick(r, [5, 10, 12.5, 25, 50])), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Transactiekosten', () => '0,00', []],
    ['Betaalwijze', (c, o, r) => v.pick(r, ['iDEAL', 'iDEAL', 'Machtiging', 'Creditcard']), [OR('payments[0].paymentType')]],
    ['Periodiek', (c, o, r) => v.pick(r, ['Eenmalig', 'Eenmalig', 'Maandelijks', 'Jaarlijks']), [], opt],
    ['Geefactie', (c, o, r) => v.pick(r, ['', '', 'Sponsorfiets Alpe d\'HuZes', 'Verjaardagsactie Sanne']), [], opt],
    ['Gegevens delen', (c, o, r) => v.pick(r, ['Anoniem', 'Naam', 'Naam en e-mail', 'Volledig']), [], opt],
    ['Aanhef', (c) => (c.female ? 'Mevrouw' : 'De heer'), []],
    ['Voornaam', (c) => c.first, []],
    ['Tussenvoegsel', (c) => tv(c), []],
    ['Achternaam', (c) => achter(c), []],
    ['Bedrijfsnaam', (c, o, r) => (r() < 0.1 ? c.company : ''), []],
    ['E-mailadres', (c, o, r) => (r() < 0.7 ? c.email : ''), ['endUserIDs._experience.emailid.id']],
    ['Straat', (c) => c.street.replace(/ \d+$/, ''), [], opt],
    ['Huisnummer', (c) => c.street.replace(/^.* /, ''), []],
    ['Postcode', (c) => c.postcode, [], opt],
    ['Plaats', (c) => c.city, [], opt],
    ['Land', () => 'Nederland', [], opt],
    ['Opmerking', (c, o, r) => v.pick(r, ['', '', 'Ter nagedachtenis aan opa']), []],
  ] },
]
