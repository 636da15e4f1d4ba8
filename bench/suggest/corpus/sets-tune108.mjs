// Round 108, tune108: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). Nordic (Swedish, Danish, Finnish, Norwegian) and Dutch payment providers,
// invoicing/accounting, POS and e-commerce exports: receipts, order lines, customers, debtors, sales invoices, payment
// transactions and a customer club; headers in the product's UI language (SmartWeb's export writes its data names).
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

const day = 86400000
// local times: Central European (SE, DK, NO, NL) and Eastern European (FI), summer time April-October
const summer = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 }
const cet = (ms) => shift(ms, summer(ms) ? 2 : 1)
const eet = (ms) => shift(ms, summer(ms) ? 3 : 2)
const ymd = (p) => `${p.y}-${pad(p.m)}-${pad(p.d)}`
const hms = (p) => `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const hm = (p) => `${pad(p.H)}:${pad(p.M)}`
const dmyDash = (p) => `${pad(p.d)}-${pad(p.m)}-${p.y}`
const dmyDot = (p) => `${pad(p.d)}.${pad(p.m)}.${p.y}`
const fiDate = (p) => `${p.d}.${p.m}.${p.y}`
// Finnish general VAT rate: 24 %, 25,5 % from 1 September 2024
const hvSt = (o) => row(['Maksettu', 'Maksettu', 'Maksettu', 'Avoin', 'Maksettu', 'Erääntynyt', 'Maksettu', 'Mitätöity'], +o.id)
const alv = (ms) => (ms >= Date.UTC(2024, 8, 1) ? 25.5 : 24)

// amounts: decimal comma, no thousands separator ("1249,50"); Nordic with a space ("1 249,50")
const com = (n) => (Math.round(n * 100) / 100).toFixed(2).replace('.', ',')
const sp = (n) => com(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')
const pts = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')
const nlEur = (n) => com(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.')

// local people of the row, seeded by the row's person id so that all columns of one row agree
const NORD = {
  sv: {
    first: [['Erik', 'Anna'], ['Lars', 'Karin'], ['Johan', 'Maria'], ['Anders', 'Elin'], ['Oskar', 'Sofia'], ['Björn', 'Ingrid'], ['Gustav', 'Linnéa']],
    last: ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Lindqvist', 'Berg', 'Åberg'],
    street: ['Storgatan', 'Drottninggatan', 'Kungsgatan', 'Sveavägen', 'Vasagatan', 'Götgatan', 'Björkvägen', 'Skolgatan'],
    cities: [['Stockholm', '116 46', '08'], ['Göteborg', '413 04', '031'], ['Malmö', '211 20', '040'], ['Uppsala', '753 20', '018'], ['Umeå', '903 26', '090'], ['Örebro', '702 10', '019']],
    mail: ['gmail.com', 'telia.com', 'hotmail.se', 'outlook.com', 'icloud.com'],
    companies: ['Nordvik Bygg AB', 'Lindqvist Konsult AB', 'Svea Logistik AB', 'Fjällgården Friluft AB', 'Bergström & Co HB'],
  },
  da: {
    first: [['Mads', 'Sofie'], ['Lars', 'Mette'], ['Søren', 'Anne'], ['Rasmus', 'Camilla'], ['Jens', 'Louise'], ['Niels', 'Freja']],
    last: ['Nielsen', 'Jensen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Madsen'],
    street: ['Vesterbrogade', 'Nørregade', 'Strandvejen', 'Algade', 'Søndergade', 'Industrivej', 'Havnegade', 'Jernbanegade'],
    cities: [['København V', '1620'], ['Aarhus C', '8000'], ['Odense C', '5000'], ['Aalborg', '9000'], ['Vejle', '7100'], ['Roskilde', '4000']],
    mail: ['gmail.com', 'mail.dk', 'hotmail.dk', 'outlook.dk'],
    companies: ['Bageriet Kornblomst ApS', 'Jensen & Søn A/S', 'Café Havnen ApS', 'Fyns Konditori ApS', 'Nordisk Brød A/S', 'Vejle Kantine ApS', 'Roskilde Bagerhus I/S'],
  },
  fi: {
    first: [['Mikko', 'Anna'], ['Juha', 'Laura'], ['Antti', 'Johanna'], ['Jukka', 'Emilia'], ['Ville', 'Aino'], ['Timo', 'Kaisa']],
    last: ['Korhonen', 'Virtanen', 'Mäkinen', 'Nieminen', 'Mäkelä', 'Hämäläinen', 'Laine', 'Heikkinen', 'Koskinen', 'Järvinen'],
    street: ['Mannerheimintie', 'Aleksanterinkatu', 'Hämeenkatu', 'Kauppakatu', 'Rantatie', 'Koulukatu', 'Puistokatu'],
    cities: [['Helsinki', '00100'], ['Espoo', '02100'], ['Tampere', '33100'], ['Turku', '20100'], ['Oulu', '90100'], ['Jyväskylä', '40100']],
    mail: ['gmail.com', 'outlook.com', 'luukku.com', 'hotmail.fi'],
    companies: ['Mainostoimisto Kajo Oy', 'Rakennus Virtanen Oy', 'Kahvila Onni Ky', 'Tampereen Tapahtumat Oy', 'Studio Lumo Oy'],
  },
  nb: {
    first: [['Ole', 'Ingrid'], ['Lars', 'Kari'], ['Magnus', 'Nora'], ['Henrik', 'Emma'], ['Sindre', 'Silje'], ['Jonas', 'Marte']],
    last: ['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Berg', 'Haugen', 'Bakken', 'Solberg'],
    street: ['Kong Oscars gate', 'Nygårdsgaten', 'Fjellveien', 'Storgata', 'Kirkegata', 'Sandviksveien', 'Strandveien', 'Øvre Ullern terrasse'],
    cities: [['Bergen', '5003'], ['Bergen', '5011'], ['Laksevåg', '5160'], ['Fyllingsdalen', '5143'], ['Os', '5200'], ['Oslo', '0182']],
    mail: ['gmail.com', 'online.no', 'hotmail.com', 'outlook.com', 'live.no'],
    companies: ['Bergen Byggservice AS', 'Fjord Regnskap AS', 'Vestland Maskin AS'],
  },
}
const slug = (s) => s.toLowerCase().replace(/ø/g, 'o').replace(/æ/g, 'ae').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')
const memo = new Map()
const nord = (c, lang) => {
  const k = `${lang}:${c.id}:${c.first}`
  if (memo.has(k)) return memo.get(k)
  const r = v.rng(+c.id * 113 + c.first.length * 19 + lang.length * 7)
  const d = NORD[lang]
  const female = r() < 0.5
  const first = v.pick(r, d.first)[female ? 1 : 0], last = v.pick(r, d.last)
  const [city, zip, area] = v.pick(r, d.cities)
  const no = v.int(r, 1, 88)
  const p = { first, last, female, full: `${first} ${last}`, city, zip, company: v.pick(r, d.companies),
    email: `${slug(first)}.${slug(last)}${v.int(r, 1, 99)}@${v.pick(r, d.mail)}` }
  if (lang === 'sv') Object.assign(p, { street: `${v.pick(r, d.street)} ${no}${r() < 0.2 ? ` lgh ${v.int(r, 1001, 1304)}` : ''}`,
    phone: `${area}-${v.int(r, 100, 999)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`,
    mobile: `07${v.pick(r, ['0', '2', '3', '6'])}-${v.int(r, 100, 999)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`,
    orgnr: `55${v.int(r, 6000, 9999)}-${v.int(r, 1000, 9999)}` })
  if (lang === 'da') Object.assign(p, { street: `${v.pick(r, d.street)} ${no}${r() < 0.3 ? `, ${v.int(r, 1, 4)}. ${v.pick(r, ['tv', 'th', 'mf'])}` : ''}`,
    phone: `${v.int(r, 32, 98)} ${v.int(r, 10, 99)} ${v.int(r, 10, 99)} ${v.int(r, 10, 99)}`,
    mobile: `${v.pick(r, ['20', '22', '28', '40', '50', '60'])} ${v.int(r, 10, 99)} ${v.int(r, 10, 99)} ${v.int(r, 10, 99)}`,
    cvr: String(v.int(r, 10000000, 45999999)) })
  if (lang === 'fi') Object.assign(p, { street: `${v.pick(r, d.street)} ${no}${r() < 0.4 ? ` ${v.pick(r, ['A', 'B', 'C'])} ${v.int(r, 1, 40)}` : ''}`,
    mobile: `+358 ${v.pick(r, ['40', '44', '45', '50'])} ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`,
    ytunnus: `${v.int(r, 1000000, 3299999)}-${v.int(r, 0, 9)}` })
  if (lang === 'nb') Object.assign(p, { street: `${v.pick(r, d.street)} ${no}${r() < 0.15 ? ` ${v.pick(r, ['A', 'B'])}` : ''}`,
    phone: `55 ${v.int(r, 10, 99)} ${v.int(r, 10, 99)} ${v.int(r, 10, 99)}`,
    mobile: `${v.pick(r, ['4', '9'])}${v.int(r, 10, 99)} ${pad(v.int(r, 0, 99))} ${v.int(r, 100, 999)}` })
  memo.set(k, p)
  return p
}

// Dutch helpers: "de Jong" -> ['de', 'Jong'], "Kerkstraat 12" -> ['Kerkstraat', '12']
const tv = (last) => { const m = last.match(/^((?:van |de |den |der |ter |ten )+)(.*)$/); return m ? [m[1].trim(), m[2]] : ['', last] }
const splitStreet = (s) => { const m = s.match(/^(.*?) (\d+.*)$/); return m ? [m[1], m[2]] : [s, ''] }
const NL_BANK = ['ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO', 'KNAB', 'BUNQ', 'ASNB']
const nlIban = (r) => `NL${v.int(r, 10, 99)}${v.pick(r, NL_BANK)}0${v.int(r, 100000000, 999999999)}`
const kvk = (r) => String(v.int(r, 10000000, 89999999))
const NL_FEMALE = ['Emma', 'Julia', 'Mila', 'Tess', 'Sanne', 'Femke']
// Dutch companies: [name, domain]
const NL_CO = [['Bakker Installatietechniek B.V.', 'bakkerinstallatie.nl'], ['De Vries Advies', 'devriesadvies.nl'], ['Studio Meijer', 'studiomeijer.nl'], ['Van Dijk Logistiek B.V.', 'vandijklogistiek.nl'],
  ['Smit & Jansen Accountants', 'smitjansen.nl'], ['Bouwbedrijf Visser B.V.', 'bouwbedrijfvisser.nl'], ['Groen Hoveniers V.O.F.', 'groenhoveniers.nl'], ['Noorderlicht Zorg B.V.', 'noorderlichtzorg.nl']]
const nlCo = (c) => row(NL_CO, +c.id)
const btwNl = (r) => `NL${v.int(r, 100000000, 999999999)}B0${v.int(r, 1, 9)}`

// ---------------------------------------------------------------- catalogues
// café (Onslip): [PLU, name, group, price SEK incl. 12 % moms unless noted, moms %]
const cafeAt = (o) => { const p = cet(o.at); return { ...p, H: 7 + +o.id % 12, M: (+o.id * 7) % 60, S: (+o.id * 13) % 60 } }
const SV_CAFE = [['101', 'Bryggkaffe', 'Kaffe', 35, 12], ['104', 'Cappuccino', 'Kaffe', 45, 12], ['107', 'Oatly Latte', 'Kaffe', 52, 12], ['201', 'Kanelbulle', 'Bageri', 32, 12],
  ['203', 'Kardemummabulle', 'Bageri', 34, 12], ['215', 'Surdegslimpa', 'Bröd', 69, 12], ['301', 'Räksmörgås', 'Smörgåsar', 115, 12], ['320', 'Dagens lunch', 'Lunch', 125, 12],
  ['410', 'Chokladboll', 'Bageri', 25, 12], ['610', 'Termosmugg Café Söder', 'Butik', 199, 25]]
// coffee and kitchenware webshop (SmartWeb): [varenummer, title, variant, price DKK incl. 25 % moms, weight g]
const swPay = (o) => row(['Betalingskort', 'Betalingskort', 'MobilePay', 'Betalingskort', 'Bankoverførsel'], +o.id)
const DK_SHOP = [['KB-1001', 'Espressobønner Mørk Ristning', '1 kg', 249, 1050], ['KB-1004', 'Filterkaffe Økologisk', '500 g', 119, 540], ['KM-2210', 'Moka Kande', '6 kopper', 329, 820],
  ['KM-2301', 'Pour Over Dripper', 'Hvid', 179, 400], ['TK-3105', 'Termokande 1 l', 'Sort', 299, 900], ['KV-4002', 'Kaffekværn Elektrisk', 'Stål', 899, 1800], ['FI-5001', 'Filterpapir 100 stk', 'Str. 02', 39, 150]]
// Norwegian sports shop (PCKasse) uses no catalogue; Dutch grand café (booq) order totals: [gross, 9 % share, 21 % share]
const NL_CAFE = [[38.5, 38.5, 0], [62.4, 44.9, 17.5], [14.2, 14.2, 0], [97.8, 61.3, 36.5], [27.5, 19.0, 8.5], [156.3, 98.8, 57.5], [8.9, 0, 8.9]]
// online coaching (Plug&Pay): [product, price incl. 21 % btw, physical]
const NL_COACH = [['Online Programma Vrij Ondernemen', 497, false], ['Masterclass Prijzen Verhogen', 97, false], ['Werkboek Vrij Ondernemen (fysiek)', 34.95, true],
  ['1-op-1 Strategiesessie', 250, false], ['Jaarlidmaatschap Community', 297, false], ['E-book Eerste Klant in 30 Dagen', 19, false]]
// second-hand furniture marketplace (Online Betaalplatform)
const obpSt = (o) => row(['Voltooid', 'Voltooid', 'Voltooid', 'Aangemaakt', 'Voltooid', 'Verlopen', 'Voltooid', 'Geannuleerd', 'Voltooid', 'Terugbetaald'], +o.id)
const NL_FURN = [['Eiken eettafel 180 cm', 349], ['Vintage fauteuil groen velours', 185], ['Ladekast teak jaren 60', 425], ['Set van 4 kuipstoelen', 160], ['Boekenkast grenen', 75], ['Leren bank 3-zits cognac', 640]]
// online course seller (PayPro): [product id, product, price incl. 21 % btw]
const NL_COURSE = [['58213', 'Cursus Fotografie voor Beginners', 149], ['58214', 'Cursus Lightroom Masterclass', 97], ['60102', 'Fotografie Jaarabonnement', 19.95], ['61550', 'Workshop Portretfotografie (online)', 59], ['58220', 'E-book Compositie', 17.5]]

// ---------------------------------------------------------------- sets
export const SETS = [
  // ---------------------------------------------------------------- POS receipt lines (Onslip, Sweden)
  { name: 'onslip-kvitton-rader-export-sv', product: 'Onslip (Onslip 360 backoffice: Rapporter > Kvitton, "Exportera" to Excel, one row per receipt line, Swedish UI, a Stockholm café and bakery with two tills)', family: 'pos', language: 'sv', schema: E, cols: [
    ['Kvittonummer', (c, o) => String(18000 + +o.id % 9000), [OR('purchaseID')]],
    ['Datum', (c, o) => ymd(cafeAt(o)), ['timestamp', OR('createdDate')], opt],
    ['Tid', (c, o) => hms(cafeAt(o)), []],
    ['Plats', (c, o, r) => v.pick(r, ['Café Söder', 'Café Söder', 'Café Vasastan']), ['commerce.commerceScope.storeCode'], opt],
    ['Kassa', (c, o, r) => v.pick(r, ['Kassa 1', 'Kassa 2']), []],
    ['Kassör', (c, o, r) => v.pick(r, ['Elin', 'Oskar', 'Amira', 'Admin']), []],
    ['Bord', (c, o, r) => (r() < 0.4 ? String(v.int(r, 1, 14)) : ''), []],
    ['PLU', (c, o, r, i) => row(SV_CAFE, i + +o.id)[0], [PL('SKU')]],
    ['Artikel', (c, o, r, i) => row(SV_CAFE, i + +o.id)[1], [PL('name')]],
    ['Artikelgrupp', (c, o, r, i) => row(SV_CAFE, i + +o.id)[2], [PL('productCategories[0].categoryName')], opt],
    ['Antal', (c, o) => String(o.qty), [PL('quantity')]],
    ['À-pris', (c, o, r, i) => com(row(SV_CAFE, i + +o.id)[3]), []],
    ['Rabatt', (c, o, r, i) => com(o.discount ? row(SV_CAFE, i + +o.id)[3] * o.qty * 0.1 : 0), [PL('discountAmount')], opt],
    ['Belopp inkl. moms', (c, o, r, i) => com(row(SV_CAFE, i + +o.id)[3] * o.qty * (o.discount ? 0.9 : 1)), [PL('priceTotal')]],
    ['Momssats', (c, o, r, i) => `${row(SV_CAFE, i + +o.id)[4]} %`, []],
    ['Moms', (c, o, r, i) => { const [, , , p, m] = row(SV_CAFE, i + +o.id); const g = p * o.qty * (o.discount ? 0.9 : 1); return com(g - g / (1 + m / 100)) }, [], opt],
    ['Betalsätt', (c, o, r) => v.pick(r, ['Kort', 'Kort', 'Kort', 'Swish', 'Kontant', 'Presentkort']), [OR('payments[0].paymentType')]],
    ['Kvittosumma', (c, o, r, i) => com(row(SV_CAFE, i + +o.id)[3] * o.qty * (o.discount ? 0.9 : 1) + (r() < 0.5 ? 35 : 0)), [OR('priceTotal')]],
    ['Valuta', () => 'SEK', [OR('currencyCode')]],
    ['Kund', (c, o, r) => (r() < 0.25 ? nord(c, 'sv').full : ''), []],
    ['Kundnummer', (c, o, r) => (r() < 0.25 ? String(v.int(r, 1001, 1999)) : ''), ['endUserIDs._experience.aacustomid.id'], opt],
    ['Makulerad', (c, o, r) => (r() < 0.04 ? 'Ja' : 'Nej'), [], opt],
    ['Kontrollenhet', () => 'CEH07001234567', []],
    ['Kommentar', (c, o, r) => v.pick(r, ['', '', '', 'Take away', 'Havremjölk']), []],
  ] },

  // ---------------------------------------------------------------- web-shop customers (Starweb, Sweden)
  { name: 'starweb-kunder-export-sv', product: 'Starweb (admin: Kunder > Exportera kunder, CSV, Swedish UI, a Swedish outdoor-gear webshop selling to consumers and a few companies)', family: 'ecommerce-customers', language: 'sv', schema: P, cols: [
    ['Kundnummer', (c) => String(10000 + +c.id % 9000), ['_id', 'personID']],
    ['Kundtyp', (c) => (+c.id % 7 === 0 ? 'Företag' : 'Privatperson'), [], opt],
    ['E-post', (c) => nord(c, 'sv').email, ['personalEmail.address']],
    ['Förnamn', (c) => nord(c, 'sv').first, ['person.name.firstName']],
    ['Efternamn', (c) => nord(c, 'sv').last, ['person.name.lastName']],
    ['Företagsnamn', (c) => (+c.id % 7 === 0 ? nord(c, 'sv').company : ''), ['organizations[0]'], opt],
    ['Organisationsnummer', (c) => (+c.id % 7 === 0 ? nord(c, 'sv').orgnr : ''), [], opt],
    ['Momsregistreringsnummer', (c) => (+c.id % 7 === 0 ? `SE${nord(c, 'sv').orgnr.replace('-', '')}01` : ''), [], opt],
    ['Telefon', (c) => nord(c, 'sv').phone, ['homePhone.number', 'billingAddressPhone.number']],
    ['Mobiltelefon', (c) => nord(c, 'sv').mobile, ['mobilePhone.number']],
    ['Fakturaadress', (c) => nord(c, 'sv').street, ['billingAddress.street1']],
    ['Fakturaadress c/o', (c, o, r) => (r() < 0.1 ? `c/o ${nord(c, 'sv').last}` : ''), ['billingAddress.street2']],
    ['Fakturaadress postnummer', (c) => nord(c, 'sv').zip, ['billingAddress.postalCode']],
    ['Fakturaadress ort', (c) => nord(c, 'sv').city, ['billingAddress.city']],
    ['Fakturaadress land', () => 'SE', ['billingAddress.countryCode']],
    ['Leveransadress', (c, o, r) => (r() < 0.25 ? `Box ${v.int(r, 100, 999)}` : nord(c, 'sv').street), ['shippingAddress.street1']],
    ['Leveransadress postnummer', (c) => nord(c, 'sv').zip, ['shippingAddress.postalCode']],
    ['Leveransadress ort', (c) => nord(c, 'sv').city, ['shippingAddress.city']],
    ['Leveransadress land', () => 'SE', ['shippingAddress.countryCode']],
    ['Kundgrupp', (c) => (+c.id % 7 === 0 ? 'Företagskunder' : 'Standard'), []],
    ['Prislista', (c) => (+c.id % 7 === 0 ? 'Återförsäljare exkl. moms' : 'Standard inkl. moms'), []],
    ['Nyhetsbrev', (c) => (c.bool ? 'Ja' : 'Nej'), [], opt],
    ['Språk', () => 'sv', [], opt],
    ['Skapad', (c) => `${ymd(cet(c.created))} ${hm(cet(c.created))}`, [], opt],
    ['Antal ordrar', (c, o, r) => String(v.int(r, 0, 18)), []],
    ['Totalt ordervärde', (c, o, r) => com(v.int(r, 0, 24000) + 0.5 * v.int(r, 0, 1)), ['loyalty.lifetimePurchases'], opt],
    ['Kommentar', (c, o, r) => v.pick(r, ['', '', '', 'Leverera till Box', 'Faktura via e-post']), []],
  ] },

  // ---------------------------------------------------------------- web-shop order lines (SmartWeb / HostedShop, Denmark)
  { name: 'smartweb-ordrer-eksport-da', product: 'SmartWeb (now HostedShop; Moduler > Eksport > Ordrer, CSV whose headers are the export\'s data names, one row per order line, Danish shop; a Danish webshop for coffee and brewing kit)', family: 'ecommerce-orders', language: 'da', schema: E, cols: [
    ['ORDER_ID', (c, o) => String(30000 + +o.id % 9000), [OR('purchaseID')]],
    ['ORDER_DATE', (c, o) => `${ymd(cet(o.at))} ${hms(cet(o.at))}`, ['timestamp', OR('createdDate')]],
    ['ORDER_DATE_SEND', (c, o, r) => (r() < 0.8 ? `${ymd(cet(o.at + day))} ${hms(cet(o.at + day))}` : ''), ['commerce.shipping.shipDate'], opt],
    ['ORDER_DATE_UPDATED', (c, o) => `${ymd(cet(o.at + 2 * day))} ${hms(cet(o.at + 2 * day))}`, [OR('lastUpdatedDate')], opt],
    ['ORDER_CURRENCY', () => 'DKK', [OR('currencyCode')]],
    ['ORDER_STATUS', (c, o, r) => v.pick(r, ['1', '2', '4', '4', '4', '8']), [], opt],
    ['ORDER_REFERENCE_NR', (c, o, r) => (r() < 0.15 ? `Rekv. ${v.int(r, 1000, 9999)}` : ''), [OR('purchaseOrderNumber')], opt],
    ['ORDER_VAT', () => '25', []],
    ['ORDER_TOTAL', (c, o, r, i) => com(row(DK_SHOP, i + +o.id)[3] * o.qty + (o.shipping ? 49 : 0) - (o.discount ? 50 : 0)), [OR('priceTotal')]],
    ['ORDER_COMMENT', (c, o, r) => v.pick(r, ['', '', '', 'Ring før levering', 'Gaveindpakning']), []],
    ['ORDER_COMMENT_CUSTOMER', (c, o, r) => v.pick(r, ['', '', '', 'Stil pakken ved døren']), []],
    ['ORDER_ORIGIN', (c, o, r) => v.pick(r, ['Shop', 'Shop', 'Shop', 'Admin']), [], opt],
    ['ORDER_SITE_ID', () => '1', ['commerce.commerceScope.websiteCode'], opt],
    ['ORDER_TRACKING_CODE', (c, o, r) => (r() < 0.7 ? `00057${v.int(r, 100000000, 999999999)}${v.int(r, 1000, 9999)}` : ''), ['commerce.shipping.trackingNumber']],
    ['PAYMENT_TITLE', (c, o) => swPay(o), [OR('payments[0].paymentType')]],
    ['PAYMENT_PRICE', () => '0,00', []],
    ['PAYMENT_TRANSACTION', (c, o, r) => (swPay(o) === 'Bankoverførsel' ? '' : String(v.int(r, 300000000, 399999999))), [OR('payments[0].transactionID')]],
    ['PAYMENT_CARD_TYPE', (c, o, r) => (swPay(o) === 'Betalingskort' ? v.pick(r, ['Visa/Dankort', 'Visa/Dankort', 'Mastercard', 'Visa']) : swPay(o) === 'MobilePay' ? 'MobilePay' : ''), [], opt],
    ['DELIVERY_TITLE', (c, o) => (o.shipping ? row(['GLS Pakkeshop', 'PostNord Omdeling', 'DAO Pakkeshop'], +o.id) : 'Afhentning i butikken'), ['commerce.shipping.shippingMethod']],
    ['DELIVERY_PRICE', (c, o) => com(o.shipping ? 49 : 0), ['commerce.shipping.shippingAmount']],
    ['PRODUCT_NUMBER', (c, o, r, i) => row(DK_SHOP, i + +o.id)[0], [PL('SKU')]],
    ['PRODUCT_TITLE1', (c, o, r, i) => row(DK_SHOP, i + +o.id)[1], [PL('name')]],
    ['PRODUCT_TITLE2', (c, o, r, i) => row(DK_SHOP, i + +o.id)[2], [PL('selectedOptions[0].value')], opt],
    ['PRODUCT_AMOUNT', (c, o) => String(o.qty), [PL('quantity')]],
    ['PRODUCT_PRICE', (c, o, r, i) => com(row(DK_SHOP, i + +o.id)[3]), [], opt],
    ['PRODUCT_DISCOUNT', (c, o) => com(o.discount ? 50 : 0), [PL('discountAmount')], opt],
    ['PRODUCT_BUY_PRICE', (c, o, r, i) => com(row(DK_SHOP, i + +o.id)[3] * 0.45), []],
    ['PRODUCT_WEIGHT', (c, o, r, i) => String(row(DK_SHOP, i + +o.id)[4]), []],
    ['CUSTOMER_EMAIL', (c) => nord(c, 'da').email, ['endUserIDs._experience.emailid.id'], opt],
    ['CUSTOMER_FIRSTNAME', (c) => nord(c, 'da').first, []],
    ['CUSTOMER_LASTNAME', (c) => nord(c, 'da').last, []],
    ['CUSTOMER_ADDRESS', (c) => nord(c, 'da').street, [BILL('street1')]],
    ['CUSTOMER_ZIPCODE', (c) => nord(c, 'da').zip, [BILL('postalCode')]],
    ['CUSTOMER_CITY', (c) => nord(c, 'da').city, [BILL('city')]],
    ['CUSTOMER_PHONE', (c) => nord(c, 'da').mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
  ] },

  // ---------------------------------------------------------------- debtors (Uniconta, Denmark)
  { name: 'uniconta-debitorer-eksport-da', product: 'Uniconta (Debitor > Debitor, grid exported to Excel, Danish UI, a Danish wholesaler of bakery ingredients invoicing bakeries, cafés and canteens)', family: 'invoicing', language: 'da', schema: B, cols: [
    ['Konto', (c) => String(20000 + +c.id % 9000), B2BID],
    ['Kontonavn', (c) => nord(c, 'da').company, ['b2b.companyName', 'organizations[0]']],
    ['CVR-nr.', (c) => nord(c, 'da').cvr, [], opt],
    ['Adresse 1', (c) => nord(c, 'da').street, ['workAddress.street1']],
    ['Adresse 2', (c, o, r) => (r() < 0.2 ? 'Bagindgangen' : ''), ['workAddress.street2']],
    ['Adresse 3', () => '', ['workAddress.street3'], opt],
    ['Postnummer', (c) => nord(c, 'da').zip, ['workAddress.postalCode']],
    ['Bynavn', (c) => nord(c, 'da').city, ['workAddress.city']],
    ['Land', () => 'Danmark', ['workAddress.country']],
    ['Sprog', () => 'Dansk', [], opt],
    ['Telefon', (c) => nord(c, 'da').phone, ['workPhone.number']],
    ['Kontaktperson', (c) => nord(c, 'da').full, ['person.name.fullName']],
    ['E-mail', (c) => `${slug(nord(c, 'da').first)}@${slug(nord(c, 'da').company).slice(0, 12)}.dk`, ['workEmail.address']],
    ['Mobil', (c) => nord(c, 'da').mobile, ['mobilePhone.number']],
    ['Hjemmeside', (c) => `www.${slug(nord(c, 'da').company).slice(0, 12)}.dk`, ['b2b.companyWebsite']],
    ['Gruppe', (c, o, r) => v.pick(r, ['Bagerier', 'Bagerier', 'Caféer', 'Kantiner']), []],
    ['Betalingsbetingelse', (c, o, r) => v.pick(r, ['Netto 14 dage', 'Løbende måned + 30', 'Netto 8 dage']), []],
    ['Valuta', () => 'DKK', []],
    ['Momszone', () => 'Indland', []],
    ['EAN-nummer', (c, o, r) => (r() < 0.15 ? `579${v.int(r, 1000000000, 9999999999)}` : ''), []],
    ['Kreditmaks', (c, o, r) => sp(v.pick(r, [10000, 25000, 50000])), []],
    ['Saldo', (c, o, r) => sp(r() < 0.4 ? 0 : v.int(r, 500, 38000) + 0.25 * v.int(r, 0, 3)), []],
    ['Spærret', (c, o, r) => (r() < 0.05 ? 'Ja' : 'Nej'), ['b2b.isBlocked'], opt],
    ['Sælger', (c, o, r) => v.pick(r, ['Jens Holm', 'Mette Kjær']), []],
    ['Oprettet', (c) => dmyDash(cet(c.created)), ['extSourceSystemAudit.createdDate'], opt],
  ] },

  // ---------------------------------------------------------------- sales invoices (Holvi, Finland)
  { name: 'holvi-myyntilaskut-csv-fi', product: 'Holvi (Laskutus > Laskut, "Lataa CSV", Finnish UI, a Helsinki freelance photographer invoicing companies and private clients)', family: 'invoicing', language: 'fi', schema: E, cols: [
    ['Laskun numero', (c, o) => String(1000 + +o.id % 900), [OR('purchaseID'), '_id']],
    ['Viitenumero', (c, o) => `${1000 + +o.id % 900}${(+o.id % 9) + 1}`, [], opt],
    ['Laskun päivämäärä', (c, o) => fiDate(eet(o.at)), ['timestamp', OR('createdDate')], opt],
    ['Eräpäivä', (c, o) => fiDate(eet(o.at + 14 * day)), [], opt],
    ['Maksupäivä', (c, o) => (hvSt(o) === 'Maksettu' ? fiDate(eet(o.at + (3 + +o.id % 12) * day)) : ''), [], opt],
    ['Tila', (c, o) => hvSt(o), [], opt],
    ['Asiakas', (c) => (+c.id % 3 === 0 ? nord(c, 'fi').full : nord(c, 'fi').company), []],
    ['Y-tunnus', (c) => (+c.id % 3 === 0 ? '' : nord(c, 'fi').ytunnus), [], opt],
    ['Sähköposti', (c) => nord(c, 'fi').email, ['endUserIDs._experience.emailid.id'], opt],
    ['Katuosoite', (c) => nord(c, 'fi').street, [BILL('street1')]],
    ['Postinumero', (c) => nord(c, 'fi').zip, [BILL('postalCode')]],
    ['Postitoimipaikka', (c) => nord(c, 'fi').city.toUpperCase(), [BILL('city')]],
    ['Maa', () => 'Suomi', [BILL('country')]],
    ['Otsikko', (c, o, r) => v.pick(r, ['Tuotekuvaus 20 kuvaa', 'Hääkuvaus', 'Yrityskuvaus henkilökunta', 'Tapahtumakuvaus', 'Kuvankäsittely']), [PL('name')], opt],
    ['Veroton summa', (c, o) => com(o.subtotal * 4), [], opt],
    ['ALV %', (c, o) => (alv(o.at) === 25.5 ? '25,5' : '24'), []],
    ['ALV', (c, o) => com(o.subtotal * 4 * alv(o.at) / 100), [OR('taxAmount')]],
    ['Yhteensä', (c, o) => com(o.subtotal * 4 * (1 + alv(o.at) / 100)), [OR('priceTotal')]],
    ['Maksettu summa', (c, o) => (hvSt(o) === 'Maksettu' ? com(o.subtotal * 4 * (1 + alv(o.at) / 100)) : '0,00'), [OR('payments[0].paymentAmount')], opt],
    ['Valuutta', () => 'EUR', [OR('currencyCode')]],
    ['Kategoria', () => 'Palvelumyynti', []],
    ['Viesti', (c, o, r) => v.pick(r, ['', '', 'Kiitos yhteistyöstä!', 'Maksuehto 14 pv netto']), []],
  ] },

  // ---------------------------------------------------------------- customer club (PCKasse, Norway)
  { name: 'pckasse-kunderegister-eksport-nb', product: 'PCKasse (Norwegian POS; PCKasse back office: Kunder > Kunderegister, "Eksporter til Excel", Norwegian Bokmål UI, a Bergen sports shop\'s customer club with bonus)', family: 'loyalty', language: 'nb', schema: P, cols: [
    ['Kundenr', (c) => String(50000 + +c.id % 9000), ['_id', 'personID']],
    ['Kortnr', (c) => `7080${pad(+c.id % 1000000, 6)}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['Fornavn', (c) => nord(c, 'nb').first, ['person.name.firstName']],
    ['Etternavn', (c) => nord(c, 'nb').last, ['person.name.lastName']],
    ['Adresse', (c) => nord(c, 'nb').street, [...HOME.map((a) => `${a}.street1`)]],
    ['Postnr', (c) => nord(c, 'nb').zip, [...HOME.map((a) => `${a}.postalCode`)]],
    ['Poststed', (c) => nord(c, 'nb').city.toUpperCase(), [...HOME.map((a) => `${a}.city`)]],
    ['Land', () => 'Norge', [...HOME.map((a) => `${a}.country`)]],
    ['Mobil', (c) => nord(c, 'nb').mobile, ['mobilePhone.number']],
    ['Telefon', (c, o, r) => (r() < 0.2 ? nord(c, 'nb').phone : ''), ['homePhone.number']],
    ['E-post', (c) => nord(c, 'nb').email, ['personalEmail.address']],
    ['Fødselsdato', (c) => dmyDot(shift(c.birth, 0)), ['person.birthDate']],
    ['Kjønn', (c) => (nord(c, 'nb').female ? 'Kvinne' : 'Mann'), ['person.gender']],
    ['Kundegruppe', (c, o, r) => v.pick(r, ['Kundeklubb', 'Kundeklubb', 'Kundeklubb', 'Idrettslag', 'Ansatt']), []],
    ['Medlem siden', (c) => dmyDot(cet(c.created)), ['loyalty.joinDate']],
    ['Bonussaldo', (c, o, r) => pts(v.int(r, 0, 1200)), ['loyalty.points']],
    ['Opptjent bonus totalt', (c, o, r) => pts(v.int(r, 1200, 6000)), ['loyalty.lifetimePoints'], opt],
    ['Brukt bonus', (c, o, r) => pts(v.int(r, 0, 1200)), ['loyalty.pointsRedeemed']],
    ['Rabatt %', (c, o, r) => v.pick(r, ['0', '0', '0', '10', '15']), []],
    ['Omsetning totalt', (c, o, r) => sp(v.int(r, 500, 60000)), ['loyalty.lifetimePurchases'], opt],
    ['Siste kjøp', (c) => dmyDot(cet(c.created + (5 + +c.id % 300) * day)), [], opt],
    ['Samtykke e-post', (c) => (c.bool ? 'Ja' : 'Nei'), [], opt],
    ['Samtykke SMS', (c) => (!c.bool ? 'Ja' : 'Nei'), [], opt],
    ['Sperret', (c, o, r) => (r() < 0.03 ? 'Ja' : 'Nei'), [], opt],
    ['Merknad', (c, o, r) => v.pick(r, ['', '', '', 'Skistørrelse 170', 'Trener G14']), []],
  ] },

  // ---------------------------------------------------------------- payment transactions (Online Betaalplatform, Netherlands)
  { name: 'onlinebetaalplatform-transacties-nl', product: 'Online Betaalplatform (OPP; dashboard: Transacties > Exporteren naar CSV, Dutch UI, a Dutch marketplace for second-hand furniture that pays out to its sellers)', family: 'payments', language: 'nl', schema: E, cols: [
    ['Transactie-ID', (c, o, r) => `tra_${v.hex(r, 12)}`, [OR('payments[0].transactionID'), '_id']],
    ['Aangemaakt op', (c, o) => { const p = cet(o.at); return `${dmyDash(p)} ${hms(p)}` }, ['timestamp'], opt],
    ['Voltooid op', (c, o, r) => { const p = cet(o.at + v.int(r, 20, 600) * 1000); return ['Voltooid', 'Terugbetaald'].includes(obpSt(o)) ? `${dmyDash(p)} ${hms(p)}` : '' }, [], opt],
    ['Status', (c, o) => obpSt(o), [], opt],
    ['Bedrag', (c, o, r, i) => com(row(NL_FURN, i + +o.id)[1]), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Valuta', () => 'EUR', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Betaalmethode', (c, o, r) => v.pick(r, ['iDEAL', 'iDEAL', 'iDEAL', 'Bancontact', 'Creditcard', 'SEPA-overboeking']), [OR('payments[0].paymentType')]],
    ['Betaalflow', (c, o, r) => v.pick(r, ['direct', 'direct', 'email']), []],
    ['Omschrijving', (c, o, r, i) => `Bestelling ${row(NL_FURN, i + +o.id)[0]}`, [], opt],
    ['Referentie', (c, o) => `ORD-${40000 + +o.id % 9000}`, [OR('purchaseID')]],
    ['Product', (c, o, r, i) => row(NL_FURN, i + +o.id)[0], [PL('name')]],
    ['Aantal', () => '1', [PL('quantity')]],
    ['Verkoper', (c, o, r) => v.pick(r, ['Tweedehands Tafels', 'Studio Retro Rotterdam', 'M. Visser', 'Zolderschatten']), []],
    ['Verkoper-ID', (c, o, r) => `mer_${v.hex(r, 12)}`, []],
    ['Naam koper', (c) => `${c.first} ${c.last}`, []],
    ['E-mailadres koper', (c) => c.email, ['endUserIDs._experience.emailid.id']],
    ['Telefoonnummer koper', (c) => c.mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['IBAN koper', (c, o, r) => nlIban(r), []],
    ['Transactiekosten', () => '0,35', []],
    ['Platformkosten', (c, o, r, i) => com(row(NL_FURN, i + +o.id)[1] * 0.08), []],
    ['Escrow', (c, o, r) => (r() < 0.6 ? 'Ja' : 'Nee'), []],
    ['Escrow tot', (c, o) => dmyDash(cet(o.at + 14 * day)), []],
    ['Terugbetaald bedrag', (c, o, r, i) => (obpSt(o) === 'Terugbetaald' ? com(row(NL_FURN, i + +o.id)[1]) : '0,00'), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['Uitbetaald op', (c, o, r) => (obpSt(o) === 'Voltooid' ? dmyDash(cet(o.at + v.int(r, 3, 16) * day)) : ''), []],
  ] },

  // ---------------------------------------------------------------- payment transactions (PayPro, Netherlands)
  { name: 'paypro-transacties-export-nl', product: 'PayPro (PayPro dashboard: Transacties, "Exporteer naar CSV", Dutch UI, a Dutch online photography course seller with affiliates and instalments)', family: 'payments', language: 'nl', schema: E, cols: [
    ['Transactie ID', (c, o, r) => String(v.int(r, 10000000, 19999999)), [OR('payments[0].transactionID'), '_id']],
    ['Datum', (c, o) => { const p = cet(o.at); return `${ymd(p)} ${hms(p)}` }, ['timestamp'], opt],
    ['Status', (c, o, r) => v.pick(r, ['Betaald', 'Betaald', 'Betaald', 'Open', 'Geannuleerd', 'Terugbetaald', 'Chargeback']), [], opt],
    ['Betaalmethode', (c, o, r) => v.pick(r, ['iDEAL', 'iDEAL', 'iDEAL', 'Bancontact', 'PayPal', 'Creditcard', 'Achteraf betalen']), [OR('payments[0].paymentType')]],
    ['Product ID', (c, o, r, i) => row(NL_COURSE, i + +o.id)[0], [PL('SKU')], opt],
    ['Product', (c, o, r, i) => row(NL_COURSE, i + +o.id)[1], [PL('name')]],
    ['Bedrag', (c, o, r, i) => com(row(NL_COURSE, i + +o.id)[2]), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Btw', (c, o, r, i) => com(row(NL_COURSE, i + +o.id)[2] * 21 / 121), [OR('taxAmount')]],
    ['Valuta', () => 'EUR', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Voornaam', (c) => c.first, []],
    ['Achternaam', (c) => c.last, []],
    ['E-mailadres', (c) => c.email, ['endUserIDs._experience.emailid.id']],
    ['Telefoonnummer', (c) => c.mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Adres', (c) => c.street, [BILL('street1')]],
    ['Postcode', (c) => c.postcode, [BILL('postalCode')]],
    ['Plaats', (c) => c.city, [BILL('city')]],
    ['Land', () => 'NL', [BILL('countryCode')]],
    ['Bedrijfsnaam', (c, o, r) => (r() < 0.15 ? nlCo(c)[0] : ''), []],
    ['Btw-nummer', (c, o, r) => (r() < 0.1 ? btwNl(r) : ''), []],
    ['Affiliate ID', (c, o, r) => (r() < 0.3 ? String(v.int(r, 2000, 9999)) : ''), [], opt],
    ['Affiliate commissie', (c, o, r, i) => (r() < 0.3 ? com(row(NL_COURSE, i + +o.id)[2] * 0.25) : ''), []],
    ['Kortingscode', (c, o) => (o.discount ? 'ZOMER20' : ''), ['commerce.promotionID'], opt],
    ['Termijn', (c, o, r) => v.pick(r, ['', '', '', '1 van 3', '2 van 3']), []],
    ['IP-adres', (c, o, r) => v.ip4(r), ['environment.ipV4'], opt],
  ] },

  // ---------------------------------------------------------------- online orders (Plug&Pay, Netherlands)
  { name: 'plugandpay-bestellingen-export-nl', product: 'Plug&Pay (Bestellingen > Exporteren, CSV, Dutch UI, a Dutch online coaching business selling programmes, memberships and a printed workbook)', family: 'ecommerce-orders', language: 'nl', schema: E, cols: [
    ['Bestelnummer', (c, o) => String(2400 + +o.id % 7000), [OR('purchaseID'), '_id']],
    ['Factuurnummer', (c, o) => `F-${2024}${pad(+o.id % 9000, 4)}`, [], opt],
    ['Datum', (c, o) => { const p = cet(o.at); return `${dmyDash(p)} ${hm(p)}` }, ['timestamp', OR('createdDate')]],
    ['Status', (c, o, r) => v.pick(r, ['Betaald', 'Betaald', 'Betaald', 'Open', 'Terugbetaald', 'Geannuleerd']), [], opt],
    ['Product', (c, o, r, i) => row(NL_COACH, i + +o.id)[0], [PL('name')]],
    ['Aantal', () => '1', [PL('quantity')]],
    ['Bedrag excl. btw', (c, o, r, i) => com(row(NL_COACH, i + +o.id)[1] / 1.21), [], opt],
    ['Btw', (c, o, r, i) => com(row(NL_COACH, i + +o.id)[1] * 21 / 121), [OR('taxAmount')]],
    ['Korting', (c, o) => com(o.discount ? 25 : 0), [OR('discountAmount')]],
    ['Kortingscode', (c, o) => (o.discount ? 'START25' : ''), ['commerce.promotionID'], opt],
    ['Verzendkosten', (c, o, r, i) => com(row(NL_COACH, i + +o.id)[2] ? 4.95 : 0), ['commerce.shipping.shippingAmount']],
    ['Totaalbedrag', (c, o, r, i) => com(row(NL_COACH, i + +o.id)[1] + (row(NL_COACH, i + +o.id)[2] ? 4.95 : 0) - (o.discount ? 25 : 0)), [OR('priceTotal')]],
    ['Betaalmethode', (c, o, r) => v.pick(r, ['iDEAL', 'iDEAL', 'Creditcard', 'Bancontact', 'In 3 termijnen']), [OR('payments[0].paymentType')]],
    ['Voornaam', (c) => c.first, []],
    ['Achternaam', (c) => c.last, []],
    ['Bedrijfsnaam', (c, o, r) => (r() < 0.3 ? nlCo(c)[0] : ''), []],
    ['E-mailadres', (c) => c.email, ['endUserIDs._experience.emailid.id']],
    ['Telefoonnummer', (c) => c.mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Straat', (c) => splitStreet(c.street)[0], [BILL('street1')]],
    ['Huisnummer', (c) => splitStreet(c.street)[1], [BILL('street1')], opt],
    ['Postcode', (c) => c.postcode, [BILL('postalCode')]],
    ['Plaats', (c) => c.city, [BILL('city')]],
    ['Land', () => 'Nederland', [BILL('country')]],
    ['Btw-nummer', (c, o, r) => (r() < 0.2 ? btwNl(r) : ''), []],
    ['Upsell', (c, o, r) => (r() < 0.2 ? 'Ja' : 'Nee'), []],
    ['UTM source', (c, o, r) => v.pick(r, ['instagram', 'nieuwsbrief', 'google', '', 'youtube']), [], opt],
    ['UTM campaign', (c, o, r) => v.pick(r, ['lancering-najaar', 'webinar-maart', '', 'black-friday']), ['marketing.campaignName'], opt],
  ] },

  // ---------------------------------------------------------------- POS orders (booq, Netherlands)
  { name: 'booq-orders-export-nl', product: 'booq (Eijsink\'s cloud POS for hospitality; back office: Financiën > Orders, "Exporteren" to Excel, one row per order, Dutch UI, an Utrecht grand café with a terrace)', family: 'pos', language: 'nl', schema: E, cols: [
    ['Order ID', (c, o) => String(880000 + +o.id), [OR('purchaseID'), '_id']],
    ['Bonnummer', (c, o) => `${pad(+o.id % 100)}-${4000 + +o.id % 5000}`, [OR('purchaseID')], opt],
    ['Datum', (c, o) => dmyDash(cet(o.at)), ['timestamp', OR('createdDate')], opt],
    ['Tijd', (c, o) => hm(cet(o.at)), []],
    ['Werkdag', (c, o) => dmyDash(cet(o.at - 5 * 3600000)), [], opt],
    ['Filiaal', () => 'Grand Café Oudegracht', ['commerce.commerceScope.storeCode'], opt],
    ['Afdeling', (c, o, r) => v.pick(r, ['Restaurant', 'Terras', 'Bar']), []],
    ['Tafel', (c, o, r) => String(v.int(r, 1, 48)), []],
    ['Gasten', (c, o, r) => String(v.int(r, 1, 6)), []],
    ['Medewerker', (c, o, r) => v.pick(r, ['Sanne', 'Bram', 'Femke', 'Jeroen']), []],
    ['Kassa', (c, o, r) => v.pick(r, ['Kassa bar', 'Handheld 1', 'Handheld 2']), []],
    ['Status', (c, o, r) => (r() < 0.04 ? 'Geannuleerd' : 'Afgerekend'), [], opt],
    ['Totaal excl. btw', (c, o, r, i) => { const [g, a, b] = row(NL_CAFE, i + +o.id); return com(g - a * 9 / 109 - b * 21 / 121) }, [], opt],
    ['Btw 9%', (c, o, r, i) => com(row(NL_CAFE, i + +o.id)[1] * 9 / 109), [OR('taxAmount')], opt],
    ['Btw 21%', (c, o, r, i) => com(row(NL_CAFE, i + +o.id)[2] * 21 / 121), [OR('taxAmount')], opt],
    ['Korting', (c, o) => com(o.discount ? 5 : 0), [OR('discountAmount')]],
    ['Totaal incl. btw', (c, o, r, i) => com(row(NL_CAFE, i + +o.id)[0]), [OR('priceTotal')]],
    ['Fooi', (c, o, r) => com(r() < 0.4 ? v.int(r, 1, 8) : 0), []],
    ['Betaalmethode', (c, o, r) => v.pick(r, ['Pin', 'Pin', 'Pin', 'Contant', 'Creditcard', 'Op rekening']), [OR('payments[0].paymentType')]],
    ['Klant', (c, o, r) => (r() < 0.1 ? nlCo(c)[0] : ''), []],
    ['Extern klant-ID', (c, o, r) => (r() < 0.1 ? String(v.int(r, 1000, 1999)) : ''), ['endUserIDs._experience.aacustomid.id'], opt],
    ['Opmerking', (c, o, r) => v.pick(r, ['', '', '', 'Verjaardag', 'Allergie noten']), []],
  ] },

  // ---------------------------------------------------------------- invoicing customers (Tellow, Netherlands)
  { name: 'tellow-klanten-export-nl', product: 'Tellow (Klanten > Exporteren, CSV, Dutch UI, a Dutch freelance IT consultant\'s customers, mostly small companies)', family: 'invoicing', language: 'nl', schema: B, cols: [
    ['Klantnummer', (c) => String(1000 + +c.id % 900), B2BID],
    ['Type', (c) => (+c.id % 6 === 0 ? 'Particulier' : 'Bedrijf'), [], opt],
    ['Bedrijfsnaam', (c) => (+c.id % 6 === 0 ? '' : nlCo(c)[0]), ['b2b.companyName', 'organizations[0]']],
    ['Contactpersoon', (c) => `${c.first} ${c.last}`, ['person.name.fullName']],
    ['E-mailadres', (c) => `${c.first.toLowerCase()}@${nlCo(c)[1]}`, ['workEmail.address']],
    ['E-mailadres facturen', (c) => `facturen@${nlCo(c)[1]}`, ['workEmail.address'], opt],
    ['Telefoonnummer', (c) => c.phone, ['workPhone.number']],
    ['Adres', (c) => c.street, ['workAddress.street1']],
    ['Postcode', (c) => c.postcode, ['workAddress.postalCode']],
    ['Plaats', (c) => c.city, ['workAddress.city']],
    ['Land', () => 'Nederland', ['workAddress.country']],
    ['KvK-nummer', (c, o, r) => (+c.id % 6 === 0 ? '' : kvk(r)), [], opt],
    ['Btw-nummer', (c, o, r) => (+c.id % 6 === 0 ? '' : btwNl(r)), [], opt],
    ['IBAN', (c, o, r) => nlIban(r), []],
    ['Betalingstermijn', (c, o, r) => v.pick(r, ['14', '30', '30']), []],
    ['Website', (c) => `www.${nlCo(c)[1]}`, ['b2b.companyWebsite']],
    ['Aantal facturen', (c, o, r) => String(v.int(r, 0, 36)), []],
    ['Totaal gefactureerd', (c, o, r) => nlEur(v.int(r, 0, 48000) + 0.5 * v.int(r, 0, 1)), []],
    ['Openstaand', (c, o, r) => nlEur(r() < 0.6 ? 0 : v.int(r, 100, 6000)), []],
    ['Aangemaakt op', (c) => dmyDash(cet(c.created)), ['extSourceSystemAudit.createdDate'], opt],
    ['Notities', (c, o, r) => v.pick(r, ['', '', 'Factuur t.a.v. crediteurenadministratie', 'Uurtarief 95']), []],
  ] },

  // ---------------------------------------------------------------- shop and POS customers (StoreKeeper, Netherlands)
  { name: 'storekeeper-klanten-export-nl', product: 'StoreKeeper (StoreKeeper BackOffice for webshop and till: Relaties > Klanten, "Exporteren" to Excel, Dutch UI, a Dutch bicycle shop whose WooCommerce webshop syncs with StoreKeeper)', family: 'ecommerce-customers', language: 'nl', schema: P, cols: [
    ['Relatienummer', (c) => String(300000 + +c.id % 90000), ['_id', 'personID']],
    ['Aanhef', (c) => (NL_FEMALE.includes(c.first) ? 'Mevrouw' : 'De heer'), ['person.name.courtesyTitle']],
    ['Voornaam', (c) => c.first, ['person.name.firstName']],
    ['Tussenvoegsel', (c) => tv(c.last)[0], ['person.name.middleName'], opt],
    ['Achternaam', (c) => tv(c.last)[1], ['person.name.lastName']],
    ['E-mailadres', (c) => c.email, ['personalEmail.address']],
    ['Telefoonnummer', (c) => c.phone, ['homePhone.number', 'billingAddressPhone.number']],
    ['Mobiel', (c) => c.mobile, ['mobilePhone.number']],
    ['Geboortedatum', (c) => dmyDash(shift(c.birth, 0)), ['person.birthDate']],
    ['Bedrijfsnaam', (c, o, r) => (r() < 0.15 ? nlCo(c)[0] : ''), ['organizations[0]'], opt],
    ['Factuuradres straat', (c) => splitStreet(c.street)[0], ['billingAddress.street1']],
    ['Factuuradres huisnummer', (c) => splitStreet(c.street)[1], ['billingAddress.street1'], opt],
    ['Factuuradres postcode', (c) => c.postcode, ['billingAddress.postalCode']],
    ['Factuuradres plaats', (c) => c.city, ['billingAddress.city']],
    ['Factuuradres land', () => 'NL', ['billingAddress.countryCode']],
    ['Afleveradres straat', (c) => splitStreet(c.street)[0], ['shippingAddress.street1']],
    ['Afleveradres huisnummer', (c) => splitStreet(c.street)[1], ['shippingAddress.street1'], opt],
    ['Afleveradres postcode', (c) => c.postcode, ['shippingAddress.postalCode']],
    ['Afleveradres plaats', (c) => c.city, ['shippingAddress.city']],
    ['Klantgroep', (c, o, r) => v.pick(r, ['Particulier', 'Particulier', 'Lease', 'Zakelijk']), []],
    ['Nieuwsbrief', (c) => (c.bool ? 'Ja' : 'Nee'), [], opt],
    ['Taal', () => 'nl', [], opt],
    ['Aangemaakt', (c) => `${dmyDash(cet(c.created))} ${hm(cet(c.created))}`, [], opt],
    ['Laatste aankoop', (c) => dmyDash(cet(c.created + (2 + +c.id % 400) * day)), [], opt],
    ['Totaal besteed', (c, o, r) => nlEur(v.int(r, 0, 4500) + 0.95 * v.int(r, 0, 1)), ['loyalty.lifetimePurchases'], opt],
    ['Opmerking', (c, o, r) => v.pick(r, ['', '', '', 'Framemaat 57', 'Lease via werkgever']), []],
  ] },
]
