// Round 80, tune80: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). Swedish and Norwegian e-commerce platforms, marketplace, shipping, restaurant
// CRM and loyalty/CRM exports, headers in the product's UI language (sv, nb; Centra in English).
import { E, P, v, HOME, OR, SHIP, BILL, PL, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

// local people of the row, seeded by the row's person id so that all columns of one row agree
const NORD = {
  sv: {
    first: ['Erik', 'Anna', 'Lars', 'Karin', 'Johan', 'Maria', 'Anders', 'Elin', 'Oskar', 'Sofia', 'Björn', 'Ingrid', 'Linnéa', 'Gustav'],
    last: ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Lindqvist', 'Berg', 'Åberg'],
    street: ['Storgatan', 'Drottninggatan', 'Kungsgatan', 'Sveavägen', 'Vasagatan', 'Östra Hamngatan', 'Björkvägen', 'Skolgatan'],
    cities: [['Stockholm', '113 46', 'Stockholms län'], ['Göteborg', '411 05', 'Västra Götalands län'], ['Malmö', '211 20', 'Skåne län'], ['Uppsala', '753 20', 'Uppsala län'], ['Umeå', '903 26', 'Västerbottens län'], ['Örebro', '702 10', 'Örebro län']],
    mail: ['gmail.com', 'telia.com', 'hotmail.se', 'outlook.com', 'icloud.com'],
  },
  nb: {
    first: ['Ole', 'Ingrid', 'Lars', 'Kari', 'Magnus', 'Nora', 'Henrik', 'Emma', 'Sindre', 'Silje', 'Jonas', 'Marte'],
    last: ['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Berg', 'Haugen', 'Bakken', 'Solberg'],
    street: ['Storgata', 'Kirkegata', 'Bogstadveien', 'Thorvald Meyers gate', 'Skolegata', 'Nedre Slottsgate', 'Strandveien', 'Bjørnstjerne Bjørnsons gate'],
    cities: [['Oslo', '0182', 'Oslo'], ['Bergen', '5003', 'Vestland'], ['Trondheim', '7011', 'Trøndelag'], ['Stavanger', '4006', 'Rogaland'], ['Tromsø', '9008', 'Troms'], ['Drammen', '3015', 'Buskerud']],
    mail: ['gmail.com', 'online.no', 'hotmail.com', 'outlook.com', 'live.no'],
  },
}
const slug = (s) => s.toLowerCase().replace(/ø/g, 'o').replace(/æ/g, 'ae').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')
const memo = new Map()
const nord = (c, lang = 'sv') => {
  const k = `${lang}:${c.id}:${c.first}`
  if (memo.has(k)) return memo.get(k)
  const r = v.rng(+c.id * 97 + c.first.length * 13 + lang.length)
  const d = NORD[lang]
  const first = v.pick(r, d.first), last = v.pick(r, d.last)
  const [city, zip, county] = v.pick(r, d.cities)
  const p = {
    first, last, full: `${first} ${last}`, email: `${slug(first)}.${slug(last)}${v.int(r, 1, 99)}@${v.pick(r, d.mail)}`,
    street: `${v.pick(r, d.street)} ${v.int(r, 1, 88)}${r() < 0.15 ? ' lgh 1102' : ''}`, city, zip, county,
    mobile: lang === 'sv' ? `07${v.pick(r, ['0', '2', '3', '6'])}-${v.int(r, 100, 999)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}` : `${v.pick(r, ['4', '9'])}${v.int(r, 10, 99)} ${pad(v.int(r, 0, 99))} ${v.int(r, 100, 999)}`,
    mobileE164: lang === 'sv' ? `+467${v.pick(r, ['0', '2', '3', '6'])}${v.int(r, 1000000, 9999999)}` : `+47${v.pick(r, ['4', '9'])}${v.int(r, 1000000, 9999999)}`,
    pnr: `${v.int(r, 55, 99)}${pad(v.int(r, 1, 12))}${pad(v.int(r, 1, 28))}-${v.int(r, 1000, 9999)}`,
  }
  memo.set(k, p)
  return p
}

// date and number formats
// "2024-05-22 14:31" / "2024-05-22 14:31:07" / "2024-05-22" (Sweden and Norway, UTC+1/+2; +2 used)
const ymdHM = (ms, h = 2) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}` }
const ymdHMS = (ms, h = 2) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ymd = (ms, h = 2) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
// "22.05.2024" and "22.05.2024 14:31" (Norway)
const dmy = (ms, h = 2) => { const p = shift(ms, h); return `${pad(p.d)}.${pad(p.m)}.${p.y}` }
const dmyHM = (ms, h = 2) => { const p = shift(ms, h); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}` }
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
const birth = (ms) => { const d = new Date(ms); return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` }
const day = 86400000
// "1234,50" and "1 234,50" (Swedish/Norwegian decimal comma), "1234.50" (dot)
const kr = (n) => n.toFixed(2).replace('.', ',')
const krS = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, ' ')
const dot = (n) => n.toFixed(2)
const jn = (b) => (b ? 'Ja' : 'Nej')

// goods
const FASHION = [['WJ-1021-BLK-M', 'Wool Jacket', 'Black / M', 2499], ['KN-330-OAT-S', 'Merino Knit', 'Oat / S', 1299], ['TR-880-NVY-32', 'Wide Trousers', 'Navy / 32', 1499], ['SH-12-WHT-40', 'Leather Sneaker', 'White / 40', 1799], ['SC-07-GRY', 'Lambswool Scarf', 'Grey / One size', 599]]
const HEMVARA = [['10452', 'Doftljus Fikon 200 g', 'Heminredning', 189], ['20981', 'Linneduk Natur 150x250', 'Textil', 449], ['31107', 'Kaffemugg Stengods 35 cl', 'Kök', 129], ['40322', 'Ullpläd Grå', 'Textil', 899], ['50877', 'Skärbräda Ek', 'Kök', 349]]
const NO_VARER = [['SKI-VOKS-01', 'Glidvoks universal', 149], ['ULL-LUE-GR', 'Ullue grå', 299], ['TERM-1L', 'Termos 1 liter', 399], ['SOKK-3PK', 'Turstrømper 3-pk', 249], ['HODELYKT-X', 'Hodelykt 400 lm', 549]]
const FYNDIQ = [['FQ-88213', 'Trådlösa hörlurar Bluetooth 5.3', 199], ['FQ-10477', 'Mobilskal iPhone 15 silikon', 79], ['FQ-55102', 'LED-slinga 5 m RGB', 149], ['FQ-70931', 'Laddkabel USB-C 2 m 2-pack', 99], ['FQ-31588', 'Kökskniv set 3 delar', 249]]
const SV_SHIP = ['PostNord MyPack Collect', 'PostNord MyPack Home', 'DHL Service Point', 'Budbee Hemleverans', 'Instabox', 'Schenker Ombud']
const SV_PAY = ['Klarna Checkout', 'Klarna Faktura', 'Swish', 'Kort', 'Walley']
const NO_PAY = ['Vipps', 'Klarna', 'Kort', 'Faktura']
const nm = (c, l) => nord(c, l).full

export const SETS = [
  // ---------------------------------------------------------------- orders (Centra, Orders > Export orders, CSV)
  { name: 'centra-orders-export-en', product: 'Centra (Centra AMS backend: Orders > search > Export (CSV), English UI, a Swedish fashion brand selling DTC in SE/NO/DK/EU)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order', (c, o, r) => String(v.int(r, 100000, 399999)), [OR('purchaseID'), '_id']],
    ['Date', (c, o) => ymdHMS(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o, r) => v.pick(r, ['Shipped', 'Shipped', 'Confirmed', 'Pending', 'Cancelled']), [], opt],
    ['Store', () => 'Retail', ['commerce.commerceScope.storeCode'], opt],
    ['Market', (c, o, r) => v.pick(r, ['SE', 'NO', 'DK', 'EU']), [], opt],
    ['Pricelist', (c, o, r) => v.pick(r, ['SEK', 'NOK', 'DKK', 'EUR']), [], opt],
    ['Currency', () => 'SEK', [OR('currencyCode')]],
    ['Customer', (c, o, r) => String(v.int(r, 10000, 99999)), [], opt],
    ['Email', (c) => nord(c).email, ['endUserIDs._experience.emailid.id'], opt],
    ['Billing First Name', (c) => nord(c).first, []],
    ['Billing Last Name', (c) => nord(c).last, []],
    ['Billing Address', (c) => nord(c).street, [BILL('street1')]],
    ['Billing Zip', (c) => nord(c).zip, [BILL('postalCode')]],
    ['Billing City', (c) => nord(c).city, [BILL('city')]],
    ['Billing Country', () => 'SE', [BILL('countryCode')]],
    ['Shipping Address', (c) => nord(c).street, [SHIP('street1')]],
    ['Shipping Zip', (c) => nord(c).zip, [SHIP('postalCode')]],
    ['Shipping City', (c) => nord(c).city, [SHIP('city')]],
    ['Shipping Country', () => 'SE', [SHIP('countryCode')]],
    ['Phone', (c) => nord(c).mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Shipping Method', (c, o, r) => v.pick(r, SV_SHIP), ['commerce.shipping.shippingMethod']],
    ['Payment Method', (c, o, r) => v.pick(r, ['Adyen', 'Klarna Checkout v3', 'Klarna Checkout v3']), [OR('payments[0].paymentType')], opt],
    ['Items', (c, o) => String(o.qty), [PL('quantity')], opt],
    ['Items Value', (c, o, r, i) => dot(row(FASHION, i)[3] * o.qty), [], opt],
    ['Shipping Value', (c, o) => dot(o.shipping ? 59 : 0), ['commerce.shipping.shippingAmount']],
    ['Voucher Value', (c, o) => dot(o.discount ? -250 : 0), [OR('discountAmount')]],
    ['Tax', (c, o, r, i) => dot((row(FASHION, i)[3] * o.qty) * 0.2), [OR('taxAmount')]],
    ['Total', (c, o, r, i) => dot(row(FASHION, i)[3] * o.qty + (o.shipping ? 59 : 0) - (o.discount ? 250 : 0)), [OR('priceTotal')]],
    ['Vouchers', (c, o) => (o.discount ? 'WELCOME10' : ''), [], opt],
    ['Internal Comment', (c, o, r) => v.pick(r, ['', '', '', 'Exchange of #' + v.int(r, 100000, 199999)]), []],
  ] },

  // ---------------------------------------------------------------- orders (Askås, Ordrar > Exportera)
  { name: 'askas-ordrar-export-sv', product: 'Askås (admin: Ordrar > Orderlista > Exportera till Excel/CSV, Swedish UI, a Swedish home-goods webshop)', family: 'ecommerce-orders', language: 'sv', schema: E, cols: [
    ['Ordernr', (c, o, r) => String(v.int(r, 200000, 299999)), [OR('purchaseID'), '_id']],
    ['Orderdatum', (c, o) => ymdHM(o.at), ['timestamp', OR('createdDate')]],
    ['Orderstatus', (c, o, r) => v.pick(r, ['Levererad', 'Levererad', 'Under behandling', 'Ny', 'Makulerad']), [], opt],
    ['Kundnr', (c) => c.id, [], opt],
    ['Förnamn', (c) => nord(c).first, []],
    ['Efternamn', (c) => nord(c).last, []],
    ['Företag', (c, o, r) => (r() < 0.1 ? 'Svea Logistik AB' : ''), []],
    ['Adress', (c) => nord(c).street, [BILL('street1')]],
    ['Postnr', (c) => nord(c).zip, [BILL('postalCode')]],
    ['Ort', (c) => nord(c).city, [BILL('city')]],
    ['Land', () => 'Sverige', [BILL('country'), BILL('countryCode')]],
    ['E-post', (c) => nord(c).email, ['endUserIDs._experience.emailid.id'], opt],
    ['Mobil', (c) => nord(c).mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Lev. namn', (c) => nm(c), []],
    ['Lev. adress', (c) => nord(c).street, [SHIP('street1')]],
    ['Lev. postnr', (c) => nord(c).zip, [SHIP('postalCode')]],
    ['Lev. ort', (c) => nord(c).city, [SHIP('city')]],
    ['Leveranssätt', (c, o, r) => v.pick(r, SV_SHIP), ['commerce.shipping.shippingMethod']],
    ['Betalsätt', (c, o, r) => v.pick(r, SV_PAY), [OR('payments[0].paymentType')]],
    ['Fraktkostnad', (c, o) => kr(o.shipping ? 49 : 0), ['commerce.shipping.shippingAmount']],
    ['Rabatt', (c, o) => kr(o.discount ? 100 : 0), [OR('discountAmount')]],
    ['Moms', (c, o, r, i) => kr(row(HEMVARA, i)[3] * o.qty * 0.2), [OR('taxAmount')]],
    ['Totalt inkl. moms', (c, o, r, i) => kr(row(HEMVARA, i)[3] * o.qty + (o.shipping ? 49 : 0) - (o.discount ? 100 : 0)), [OR('priceTotal')]],
    ['Valuta', () => 'SEK', [OR('currencyCode')]],
    ['Rabattkod', (c, o) => (o.discount ? 'HOST100' : ''), [], opt],
    ['Kollinr', (c, o, r) => (r() < 0.7 ? `00373${v.int(r, 100000000, 999999999)}${v.int(r, 10000, 99999)}` : ''), ['commerce.shipping.trackingNumber']],
    ['Meddelande', (c, o, r) => v.pick(r, ['', '', '', 'Lämna vid dörren']), []],
  ] },

  // ---------------------------------------------------------------- customers (Quickbutik, Kundregister > Exportera)
  { name: 'quickbutik-kundregister-export-sv', product: 'Quickbutik (kontrollpanel: Kundregister > Exportera kunder, CSV, Swedish UI, a small Swedish webshop)', family: 'ecommerce-customers', language: 'sv', schema: P, cols: [
    ['Kundnummer', (c) => c.id, ['_id', 'personID']],
    ['E-postadress', (c) => nord(c).email, ['personalEmail.address']],
    ['Förnamn', (c) => nord(c).first, ['person.name.firstName']],
    ['Efternamn', (c) => nord(c).last, ['person.name.lastName']],
    ['Företag', (c, o, r) => (r() < 0.1 ? 'Hallands Trä AB' : ''), ['organizations[0]']],
    ['Org./Personnr', (c, o, r) => (r() < 0.3 ? nord(c).pnr : ''), [], opt],
    ['Adress', (c) => nord(c).street, HOME.map((h) => `${h}.street1`)],
    ['Adress 2', () => '', HOME.map((h) => `${h}.street2`)],
    ['Postnummer', (c) => nord(c).zip, HOME.map((h) => `${h}.postalCode`)],
    ['Stad', (c) => nord(c).city, HOME.map((h) => `${h}.city`)],
    ['Land', () => 'SE', HOME.map((h) => `${h}.countryCode`)],
    ['Telefonnummer', (c) => nord(c).mobile, ['mobilePhone.number', 'homePhone.number']],
    ['Nyhetsbrev', (c) => (c.bool ? '1' : '0'), [], opt],
    ['Kundgrupp', (c, o, r) => v.pick(r, ['', '', 'VIP', 'Återförsäljare']), [], opt],
    ['Antal ordrar', (c, o, r) => String(v.int(r, 0, 14)), [], opt],
    ['Totalt köpt för', (c, o, r) => kr(v.int(r, 0, 40000) / 4), [], opt],
    ['Skapad', (c) => ymdHMS(c.created), [], opt],
  ] },

  // ---------------------------------------------------------------- order lines (Wikinggruppen, Ordrar > Exportera orderrader)
  { name: 'wikinggruppen-orderrader-export-sv', product: 'Wikinggruppen (Wikinggruppen e-handelsplattform, admin: Ordrar > Exportera > Orderrader, CSV semicolon, Swedish UI, a Swedish outdoor/home webshop)', family: 'ecommerce-orders', language: 'sv', schema: E, cols: [
    ['Ordernummer', (c, o, r) => String(v.int(r, 50000, 99999)), [OR('purchaseID'), '_id']],
    ['Orderdatum', (c, o) => ymdHMS(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o, r) => v.pick(r, ['Skickad', 'Skickad', 'Behandlas', 'Ny order', 'Annullerad']), [], opt],
    ['Kundnummer', (c) => c.id, [], opt],
    ['Kundnamn', (c) => nm(c), []],
    ['Kund e-post', (c) => nord(c).email, ['endUserIDs._experience.emailid.id'], opt],
    ['Artikelnummer', (c, o, r, i) => row(HEMVARA, i)[0], [PL('SKU')]],
    ['Artikelnamn', (c, o, r, i) => row(HEMVARA, i)[1], [PL('name')]],
    ['Kategori', (c, o, r, i) => row(HEMVARA, i)[2], [], opt],
    ['Antal', (c, o) => String(o.qty), [PL('quantity')]],
    ['À-pris inkl. moms', (c, o, r, i) => kr(row(HEMVARA, i)[3]), [], opt],
    ['Momssats', () => '25', [], opt],
    ['Radrabatt', (c, o) => kr(o.discount ? 20 : 0), [PL('discountAmount')]],
    ['Radsumma inkl. moms', (c, o, r, i) => kr(row(HEMVARA, i)[3] * o.qty - (o.discount ? 20 : 0)), [PL('priceTotal')]],
    ['Ordersumma', (c, o, r, i) => kr(row(HEMVARA, i)[3] * o.qty + (o.shipping ? 59 : 0) - (o.discount ? 20 : 0)), [OR('priceTotal')]],
    ['Valuta', () => 'SEK', [OR('currencyCode'), PL('currencyCode')]],
    ['Fraktsätt', (c, o, r) => v.pick(r, SV_SHIP), ['commerce.shipping.shippingMethod']],
    ['Betalsätt', (c, o, r) => v.pick(r, SV_PAY), [OR('payments[0].paymentType')]],
    ['Leveransort', (c) => nord(c).city, [SHIP('city')]],
    ['Leveransland', () => 'SE', [SHIP('countryCode')]],
  ] },
  // ---------------------------------------------------------------- customers (Norce Commerce, formerly Jetshop: Kunder > Exportera)
  { name: 'norce-jetshop-kunder-export-sv', product: 'Norce Commerce / Jetshop (Norce Admin, formerly Jetshop admin: Kunder > Exportera kunder, Excel, Swedish UI, a Swedish fashion and beauty webshop)', family: 'ecommerce-customers', language: 'sv', schema: P, cols: [
    ['KundId', (c) => c.id, ['_id', 'personID']],
    ['Kundnummer', (c, o, r) => `W${v.int(r, 100000, 999999)}`, ['_id', 'personID'], opt],
    ['Kundtyp', (c, o, r) => (r() < 0.9 ? 'Privatperson' : 'Företag'), [], opt],
    ['Förnamn', (c) => nord(c).first, ['person.name.firstName']],
    ['Efternamn', (c) => nord(c).last, ['person.name.lastName']],
    ['Företagsnamn', (c, o, r) => (r() < 0.1 ? 'Nordvik Bygg AB' : ''), ['organizations[0]']],
    ['E-post', (c) => nord(c).email, ['personalEmail.address']],
    ['Telefon', () => '', ['homePhone.number']],
    ['Mobiltelefon', (c) => nord(c).mobile, ['mobilePhone.number']],
    ['c/o', (c, o, r) => (r() < 0.05 ? `c/o ${nord(c).last}` : ''), [], opt],
    ['Adress', (c) => nord(c).street, HOME.map((h) => `${h}.street1`)],
    ['Postnummer', (c) => nord(c).zip, HOME.map((h) => `${h}.postalCode`)],
    ['Postort', (c) => nord(c).city, HOME.map((h) => `${h}.city`)],
    ['Land', () => 'Sverige', HOME.map((h) => `${h}.country`).concat(HOME.map((h) => `${h}.countryCode`))],
    ['Leveransadress', (c, o, r) => (r() < 0.3 ? nord(c).street : ''), ['shippingAddress.street1']],
    ['Leveranspostnummer', (c, o, r) => (r() < 0.3 ? nord(c).zip : ''), ['shippingAddress.postalCode']],
    ['Leveranspostort', (c, o, r) => (r() < 0.3 ? nord(c).city : ''), ['shippingAddress.city']],
    ['Kundgrupp', (c, o, r) => v.pick(r, ['Standard', 'Standard', 'Stamkund', 'Personal']), [], opt],
    ['Prislista', (c, o, r) => v.pick(r, ['SE Standard', 'SE Standard', 'Personalpris']), []],
    ['Nyhetsbrev', (c) => (c.bool ? 'True' : 'False'), [], opt],
    ['Kanal', () => 'SE', [], opt],
    ['Registrerad', (c) => ymdHMS(c.created), [], opt],
    ['Senast ändrad', (c) => ymdHMS(c.updated), [], opt],
  ] },

  // ---------------------------------------------------------------- orders (24Nettbutikk, Ordre > Eksporter)
  { name: '24nettbutikk-ordreeksport-nb', product: '24Nettbutikk (adminpanel: Ordre > Ordreliste > Eksporter ordre, CSV semicolon, Norwegian Bokmål UI, a Norwegian outdoor webshop)', family: 'ecommerce-orders', language: 'nb', schema: E, cols: [
    ['Ordrenr', (c, o, r) => String(v.int(r, 10000, 49999)), [OR('purchaseID'), '_id']],
    ['Dato', (c, o) => dmyHM(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o, r) => v.pick(r, ['Sendt', 'Sendt', 'Under behandling', 'Ny', 'Kansellert']), [], opt],
    ['Kundenr', (c) => c.id, [], opt],
    ['Fornavn', (c) => nord(c, 'nb').first, []],
    ['Etternavn', (c) => nord(c, 'nb').last, []],
    ['Firma', () => '', []],
    ['Adresse', (c) => nord(c, 'nb').street, [BILL('street1')]],
    ['Postnr', (c) => nord(c, 'nb').zip, [BILL('postalCode')]],
    ['Poststed', (c) => nord(c, 'nb').city, [BILL('city')]],
    ['Land', () => 'Norge', [BILL('country'), BILL('countryCode')]],
    ['E-post', (c) => nord(c, 'nb').email, ['endUserIDs._experience.emailid.id'], opt],
    ['Mobil', (c) => nord(c, 'nb').mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Leveringsadresse', (c) => nord(c, 'nb').street, [SHIP('street1')]],
    ['Leveringspostnr', (c) => nord(c, 'nb').zip, [SHIP('postalCode')]],
    ['Leveringssted', (c) => nord(c, 'nb').city, [SHIP('city')]],
    ['Fraktmetode', (c, o, r) => v.pick(r, ['Posten Pakke i postkassen', 'Bring Pakke til hentested', 'Hent i butikk', 'Helthjem']), ['commerce.shipping.shippingMethod']],
    ['Betalingsmetode', (c, o, r) => v.pick(r, NO_PAY), [OR('payments[0].paymentType')]],
    ['Varer', (c, o, r, i) => `${o.qty} x ${row(NO_VARER, i)[1]}`, [], opt],
    ['Frakt', (c, o) => kr(o.shipping ? 79 : 0), ['commerce.shipping.shippingAmount']],
    ['Rabatt', (c, o) => kr(o.discount ? 50 : 0), [OR('discountAmount')]],
    ['MVA', (c, o, r, i) => kr((row(NO_VARER, i)[2] * o.qty + (o.shipping ? 79 : 0)) * 0.2), [OR('taxAmount')]],
    ['Totalt', (c, o, r, i) => kr(row(NO_VARER, i)[2] * o.qty + (o.shipping ? 79 : 0) - (o.discount ? 50 : 0)), [OR('priceTotal')]],
    ['Sporingsnummer', (c, o, r) => (r() < 0.7 ? `70${v.int(r, 100000000, 999999999)}${v.int(r, 1000000, 9999999)}` : ''), ['commerce.shipping.trackingNumber']],
    ['Kommentar', (c, o, r) => v.pick(r, ['', '', '', 'Ring før levering']), []],
  ] },

  // ---------------------------------------------------------------- customers (Mystore, Kunder > Eksporter kunder)
  { name: 'mystore-kunder-eksport-nb', product: 'Mystore (mystore.no adminpanel: Kunder > Eksporter kunder, CSV, Norwegian Bokmål UI, a small Norwegian webshop)', family: 'ecommerce-customers', language: 'nb', schema: P, cols: [
    ['Kunde ID', (c) => c.id, ['_id', 'personID']],
    ['Fornavn', (c) => nord(c, 'nb').first, ['person.name.firstName']],
    ['Etternavn', (c) => nord(c, 'nb').last, ['person.name.lastName']],
    ['Firmanavn', (c, o, r) => (r() < 0.08 ? 'Fjordkraft Tre AS' : ''), ['organizations[0]']],
    ['E-postadresse', (c) => nord(c, 'nb').email, ['personalEmail.address']],
    ['Telefon', (c, o, r) => (r() < 0.2 ? `${v.int(r, 21, 69)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}` : ''), ['homePhone.number']],
    ['Mobil', (c) => nord(c, 'nb').mobile, ['mobilePhone.number']],
    ['Adresse', (c) => nord(c, 'nb').street, HOME.map((h) => `${h}.street1`)],
    ['Adresse 2', () => '', HOME.map((h) => `${h}.street2`)],
    ['Postnummer', (c) => nord(c, 'nb').zip, HOME.map((h) => `${h}.postalCode`)],
    ['Poststed', (c) => nord(c, 'nb').city, HOME.map((h) => `${h}.city`)],
    ['Land', () => 'NO', HOME.map((h) => `${h}.countryCode`)],
    ['Fødselsdato', (c, o, r) => (r() < 0.4 ? dmy(c.birth) : ''), ['person.birthDate']],
    ['Kundegruppe', (c, o, r) => v.pick(r, ['', '', 'Forhandler', 'VIP']), [], opt],
    ['Nyhetsbrev', (c) => (c.bool ? 'Ja' : 'Nei'), [], opt],
    ['Antall ordre', (c, o, r) => String(v.int(r, 0, 9)), [], opt],
    ['Registrert', (c) => dmy(c.created), [], opt],
    ['Sist innlogget', (c, o, r) => (r() < 0.7 ? dmyHM(c.updated) : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- marketplace orders (Fyndiq Merchant Center, Ordrar > Exportera)
  { name: 'fyndiq-merchant-ordrar-csv-sv', product: 'Fyndiq (Merchant Center: Ordrar > Exportera ordrar (CSV), Swedish UI, a Swedish electronics-accessories merchant selling on the Fyndiq marketplace)', family: 'ecommerce-orders', language: 'sv', schema: E, cols: [
    ['Order-id', (c, o, r) => `${v.alnum(r, 8).toLowerCase()}-${v.alnum(r, 4).toLowerCase()}-${v.alnum(r, 4).toLowerCase()}-${v.alnum(r, 12).toLowerCase()}`, ['_id', OR('purchaseID')]],
    ['Ordernummer', (c, o, r) => String(v.int(r, 30000000, 39999999)), [OR('purchaseID')]],
    ['Skapad', (c, o) => ymdHMS(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o, r) => v.pick(r, ['Skickad', 'Skickad', 'Ej hanterad', 'Avbruten', 'Ej levererad']), [], opt],
    ['Marknad', (c, o, r) => v.pick(r, ['SE', 'SE', 'FI', 'DK', 'NO']), [], opt],
    ['Artikelnummer (SKU)', (c, o, r, i) => row(FYNDIQ, i)[0], [PL('SKU')]],
    ['Produkttitel', (c, o, r, i) => row(FYNDIQ, i)[1], [PL('name')]],
    ['Antal', (c, o) => String(o.qty), [PL('quantity')]],
    ['Pris inkl. moms', (c, o, r, i) => kr(row(FYNDIQ, i)[2]), [], opt],
    ['Totalpris inkl. moms', (c, o, r, i) => kr(row(FYNDIQ, i)[2] * o.qty), [PL('priceTotal')]],
    ['Valuta', () => 'SEK', [PL('currencyCode'), OR('currencyCode')]],
    ['Momssats', () => '25%', [], opt],
    ['Fraktavgift', () => kr(0), ['commerce.shipping.shippingAmount'], opt],
    ['Namn', (c) => nm(c), []],
    ['Gatuadress', (c) => nord(c).street, [SHIP('street1')]],
    ['Postnummer', (c) => nord(c).zip.replace(' ', ''), [SHIP('postalCode')]],
    ['Ort', (c) => nord(c).city, [SHIP('city')]],
    ['Land', () => 'SE', [SHIP('countryCode')]],
    ['Telefonnummer', (c) => nord(c).mobileE164, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Fraktbolag', (c, o, r) => v.pick(r, ['PostNord', 'DHL', 'Budbee', 'Bring']), ['commerce.shipping.shippingMethod'], opt],
    ['Spårningsnummer', (c, o, r) => (r() < 0.75 ? `${v.alnum(r, 2).toUpperCase()}${v.int(r, 100000000, 999999999)}SE` : ''), ['commerce.shipping.trackingNumber']],
    ['Hanterad', (c, o, r) => (r() < 0.8 ? ymdHMS(o.at + v.int(r, 2, 40) * 3600000) : ''), ['commerce.shipping.shipDate'], opt],
  ] },
  // ---------------------------------------------------------------- guest register (Caspeco, Gäster > Gästregister > Exportera)
  { name: 'caspeco-gastregister-export-sv', product: 'Caspeco (Caspeco Bokning & Gäster, web admin: Gäster > Gästregister > Exportera till Excel, Swedish UI, a Swedish restaurant group with table booking and a guest club)', family: 'crm', language: 'sv', schema: P, cols: [
    ['Gäst-ID', (c) => c.id, ['_id', 'personID']],
    ['Förnamn', (c) => nord(c).first, ['person.name.firstName']],
    ['Efternamn', (c) => nord(c).last, ['person.name.lastName']],
    ['Mobilnummer', (c) => nord(c).mobileE164, ['mobilePhone.number']],
    ['E-post', (c, o, r) => (r() < 0.85 ? nord(c).email : ''), ['personalEmail.address']],
    ['Födelsedag', (c, o, r) => (r() < 0.5 ? birth(c.birth) : ''), ['person.birthDate']],
    ['Företag', (c, o, r) => (r() < 0.15 ? 'Lindqvist Konsult AB' : ''), ['organizations[0]']],
    ['Postnummer', (c, o, r) => (r() < 0.5 ? nord(c).zip : ''), HOME.map((h) => `${h}.postalCode`)],
    ['Antal besök', (c, o, r) => String(v.int(r, 1, 40)), [], opt],
    ['Antal gäster totalt', (c, o, r) => String(v.int(r, 2, 160)), []],
    ['Senaste besök', (c, o) => ymd(o.at), [], opt],
    ['Första besök', (c) => ymd(c.created), [], opt],
    ['Uteblivna besök', (c, o, r) => String(r() < 0.85 ? 0 : v.int(r, 1, 3)), []],
    ['Allergier', (c, o, r) => v.pick(r, ['', '', '', 'Gluten', 'Laktos', 'Nötter']), []],
    ['Gästanteckning', (c, o, r) => v.pick(r, ['', '', 'Föredrar fönsterbord', 'Stamgäst, bjud på kaffe']), []],
    ['Taggar', (c, o, r) => v.pick(r, ['', 'VIP', 'Stamgäst', 'Företagskund']), [], opt],
    ['Nyhetsbrev', (c) => jn(c.bool), [], opt],
    ['SMS-utskick', (c, o, r) => jn(r() < 0.4), [], opt],
    ['Restaurang', (c, o, r) => v.pick(r, ['Bistro Hamngatan', 'Södra Teatern Bar', 'Kök & Vin Göteborg']), [], opt],
  ] },

  // ---------------------------------------------------------------- loyalty members (Heynow, Medlemmar > Exportera)
  { name: 'heynow-medlemmar-export-sv', product: 'Heynow (Heynow dashboard: Medlemmar > Exportera medlemmar, CSV, Swedish UI, a Swedish café and bakery chain running an app-based loyalty club)', family: 'loyalty', language: 'sv', schema: P, cols: [
    ['Medlems-ID', (c, o, r) => `${v.alnum(r, 20)}`, ['_id', 'personID', 'loyalty.loyaltyID[0]']],
    ['Förnamn', (c) => nord(c).first, ['person.name.firstName']],
    ['Efternamn', (c) => nord(c).last, ['person.name.lastName']],
    ['E-post', (c) => nord(c).email, ['personalEmail.address']],
    ['Telefonnummer', (c) => nord(c).mobileE164, ['mobilePhone.number']],
    ['Födelsedatum', (c, o, r) => (r() < 0.7 ? birth(c.birth) : ''), ['person.birthDate']],
    ['Kön', (c, o, r) => (r() < 0.2 ? '' : c.female ? 'Kvinna' : 'Man'), ['person.gender']],
    ['Postnummer', (c, o, r) => (r() < 0.6 ? nord(c).zip.replace(' ', '') : ''), HOME.map((h) => `${h}.postalCode`)],
    ['Medlem sedan', (c) => ymdHM(c.created), ['loyalty.joinDate']],
    ['Nivå', (c, o, r) => v.pick(r, ['Brons', 'Brons', 'Silver', 'Guld']), ['loyalty.tier']],
    ['Poäng', (c, o, r) => String(v.int(r, 0, 2400)), ['loyalty.points']],
    ['Stämplar', (c, o, r) => String(v.int(r, 0, 9)), [], opt],
    ['Antal köp', (c, o, r) => String(v.int(r, 1, 120)), ['loyalty.lifetimePurchases'], opt],
    ['Total köpsumma', (c, o, r) => krS(v.int(r, 50, 18000)), [], opt],
    ['Senaste köp', (c, o) => ymdHM(o.at), [], opt],
    ['Favoritbutik', (c, o, r) => v.pick(r, ['Vasagatan', 'Möllevången', 'Linnégatan', 'Centralstationen']), [], opt],
    ['Marknadsföring e-post', (c) => (c.bool ? 'true' : 'false'), [], opt],
    ['Push-notiser', (c, o, r) => (r() < 0.6 ? 'true' : 'false'), [], opt],
  ] },

  // ---------------------------------------------------------------- shipments (nShift Delivery, formerly Unifaun Online: Sändningar > Sök > Exportera)
  { name: 'nshift-delivery-sandningar-export-sv', product: 'nShift Delivery / Unifaun Online (web UI: Utskrivna sändningar > Sök > Exportera till Excel, Swedish UI, a Swedish webshop shipping its orders)', family: 'ecommerce-orders', language: 'sv', schema: E, cols: [
    ['Sändnings-ID', (c, o, r) => String(v.int(r, 100000000, 999999999)), ['_id']],
    ['Sändningsnr', (c, o, r) => `${v.int(r, 10000000000, 99999999999)}SE`, ['commerce.shipping.trackingNumber']],
    ['Kollinr', (c, o, r) => `00373${v.int(r, 100000000, 999999999)}${v.int(r, 1000, 9999)}`, ['commerce.shipping.trackingNumber'], opt],
    ['Utskriftsdatum', (c, o) => ymdHM(o.at + day), ['timestamp', 'commerce.shipping.shipDate']],
    ['Avsändare', () => 'Hemma Design AB', []],
    ['Transportör', (c, o, r) => v.pick(r, ['PostNord', 'DHL Freight', 'Schenker', 'Bring', 'Budbee']), [], opt],
    ['Tjänst', (c, o, r) => v.pick(r, ['MyPack Collect', 'MyPack Home', 'DHL Service Point', 'Schenker Ombud', 'Budbee Box']), ['commerce.shipping.shippingMethod']],
    ['Mottagare', (c) => nm(c), []],
    ['Mottagarens adress', (c) => nord(c).street, [SHIP('street1')]],
    ['Postnr', (c) => nord(c).zip.replace(' ', ''), [SHIP('postalCode')]],
    ['Ort', (c) => nord(c).city, [SHIP('city')]],
    ['Land', () => 'SE', [SHIP('countryCode')]],
    ['E-post mottagare', (c) => nord(c).email, ['endUserIDs._experience.emailid.id'], opt],
    ['SMS-avisering', (c) => nord(c).mobileE164, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Avsändarens referens', (c, o, r) => String(v.int(r, 200000, 299999)), [OR('purchaseID')]],
    ['Mottagarens referens', (c, o, r) => (r() < 0.2 ? nord(c).last : ''), []],
    ['Antal kolli', (c, o, r) => String(r() < 0.9 ? 1 : 2), []],
    ['Vikt (kg)', (c, o, r) => kr(v.int(r, 2, 150) / 10), []],
    ['Efterkrav', () => '', []],
    ['Status', (c, o, r) => v.pick(r, ['Levererad', 'Levererad', 'Under transport', 'Utskriven', 'Avbokad']), [], opt],
    ['Användare', (c, o, r) => v.pick(r, ['lager1', 'lager2', 'anna.k']), []],
  ] },

  // ---------------------------------------------------------------- contacts (Voyado Engage, Administration > Exportera kontakter)
  { name: 'voyado-engage-kontakter-export-sv', product: 'Voyado Engage (web UI: Kontakter > urval > Exportera kontakter, CSV semicolon, Swedish UI, a Swedish fashion retailer\'s customer club)', family: 'loyalty', language: 'sv', schema: P, cols: [
    ['Kontakt-ID', (c, o, r) => `${v.alnum(r, 8).toLowerCase()}-${v.alnum(r, 4).toLowerCase()}-${v.alnum(r, 4).toLowerCase()}-${v.alnum(r, 4).toLowerCase()}-${v.alnum(r, 12).toLowerCase()}`, ['_id', 'personID']],
    ['Kontakttyp', () => 'Medlem', [], opt],
    ['Medlemsnummer', (c, o, r) => String(v.int(r, 10000000, 19999999)), ['loyalty.loyaltyID[0]', '_id', 'personID'], opt],
    ['Förnamn', (c) => nord(c).first, ['person.name.firstName']],
    ['Efternamn', (c) => nord(c).last, ['person.name.lastName']],
    ['Personnummer', (c, o, r) => (r() < 0.5 ? `19${nord(c).pnr}` : ''), [], opt],
    ['E-post', (c) => nord(c).email, ['personalEmail.address']],
    ['Mobiltelefon', (c) => nord(c).mobileE164, ['mobilePhone.number']],
    ['Gatuadress', (c) => nord(c).street, HOME.map((h) => `${h}.street1`)],
    ['C/O', () => '', HOME.map((h) => `${h}.street2`), opt],
    ['Postnummer', (c) => nord(c).zip, HOME.map((h) => `${h}.postalCode`)],
    ['Ort', (c) => nord(c).city, HOME.map((h) => `${h}.city`)],
    ['Land', () => 'Sverige', HOME.map((h) => `${h}.country`).concat(HOME.map((h) => `${h}.countryCode`))],
    ['Födelsedag', (c, o, r) => (r() < 0.8 ? birth(c.birth) : ''), ['person.birthDate']],
    ['Ålder', (c, o, r) => String(v.int(r, 19, 72)), [], opt],
    ['Kön', (c) => (c.female ? 'Kvinna' : 'Man'), ['person.gender']],
    ['Registreringsbutik', (c, o, r) => v.pick(r, ['1001 Drottninggatan', '1004 Nordstan', '1010 Emporia', '9000 E-handel']), [], opt],
    ['Ordinarie butik', (c, o, r) => v.pick(r, ['1001 Drottninggatan', '1004 Nordstan', '9000 E-handel']), [], opt],
    ['Viktad RFM (1-100)', (c, o, r) => String(v.int(r, 1, 100)), [], opt],
    ['Bonuspoäng', (c, o, r) => String(v.int(r, 0, 5000)), ['loyalty.points']],
    ['Nivå', (c, o, r) => v.pick(r, ['Member', 'Member', 'Silver', 'Gold']), ['loyalty.tier']],
    ['Acceptera e-post', (c) => (c.bool ? 'True' : 'False'), [], opt],
    ['Acceptera SMS', (c, o, r) => (r() < 0.4 ? 'True' : 'False'), [], opt],
    ['Externt ID', (c) => c.id, ['_id', 'personID'], opt],
    ['Skapad', (c) => iso(c.created).replace('Z', '+01:00'), [], opt],
    ['Senast ändrad', (c) => iso(c.updated).replace('Z', '+01:00'), [], opt],
  ] },
]
