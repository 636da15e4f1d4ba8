// Round 74, heldout195: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). Nordic and Baltic exports, headers in the product's UI language: a
// Swedish restaurant-booking system's booking export for a two-unit Stockholm bistro (Waiteraid) (sv E 1); the
// Estonian ticketing platform's organiser sales report for a three-city concert tour (Piletilevi) (et E 1); a Danish
// POS-and-webshop system's sales-line export for a Copenhagen homeware shop (Shopbox) (da E 1); a Finnish golf
// tee-time booking system's booking list for an Espoo golf club (Nexgolf) (fi E 1); the Norwegian sports federation's
// club membership system's member list for a Trondheim multi-sport club (KlubbAdmin) (nb P 1); a Swedish association
// membership system's member register for an Uppsala outdoor association (Enkel Förening) (sv P 1); the Lithuanian
// business directory's company list export with each company's manager (Rekvizitai.lt) (lt B 1); the Latvian company
// database's company selection export with a contact person (Firmas.lv) (lv B 1). E 4, P 2, B 2.
// Headers: written from the writer's knowledge of each product for all 8 sets (a short source hunt found only
// KlubbAdmin's member-import field list at idrettsforbundet.no, which the KlubbAdmin set's person columns agree with; no
// public export column list for any of them); a subset of each export's columns, in the order the writer knows.
// Nothing was copied from a real export; every value is generated.
import { E, P, B, v, PL, OR, SHIP, BILL, opt, EMAIL_ID, PHONE_ID, CUST_ID, CO, ACCT, W } from './sets.mjs'
import { pad, row, ymd, hm, local, dmy, hash, group } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const ID = ['_id', 'personID']
const WE = ['workEmail.address', 'personalEmail.address']
const HOMES = (leaf) => [`homeAddress.${leaf}`, `mailingAddress.${leaf}`]
// Sweden, Norway, Denmark UTC+1; Finland and the Baltics UTC+2; summer time in all of them
const cet = (ms) => local(ms, 1)
const eet = (ms) => local(ms, 2)
// 1234.5 → '1 234,50' (Swedish, Finnish, Estonian, Lithuanian, Latvian) or '1.234,50' (Danish, Norwegian)
const kr = (x, t = ' ') => { const [a, b] = (Math.round(x * 100) / 100).toFixed(2).split('.'); return `${a.replace(/\B(?=(\d{3})+(?!\d))/g, t)},${b}` }

// ---------------------------------------------------------------- local people, seeded by the row's person
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}|${c.first}|${c.last}|${salt}`) ^ 0x5bd1e995); r(); r(); return r }
const POOL = {
  sv: { m: ['Erik', 'Lars', 'Karl', 'Johan', 'Anders', 'Oskar', 'Viktor', 'Mattias'], f: ['Anna', 'Maria', 'Karin', 'Sara', 'Emma', 'Elin', 'Linnea', 'Johanna'],
    last: ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Gustafsson', 'Lindberg', 'Bergström'],
    mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'telia.com', 'live.se', 'icloud.com'] },
  nb: { m: ['Ole', 'Lars', 'Magnus', 'Henrik', 'Sindre', 'Eirik', 'Jonas', 'Kristian'], f: ['Ingrid', 'Kari', 'Silje', 'Ida', 'Nora', 'Marte', 'Hanne', 'Ragnhild'],
    last: ['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Jensen', 'Berg', 'Haugen', 'Bakken'],
    mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'online.no', 'outlook.com', 'icloud.com'] },
  da: { m: ['Mads', 'Frederik', 'Rasmus', 'Mikkel', 'Søren', 'Jesper', 'Anders', 'Kasper'], f: ['Mette', 'Camilla', 'Louise', 'Sofie', 'Anne', 'Line', 'Maja', 'Signe'],
    last: ['Nielsen', 'Jensen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Jørgensen', 'Madsen', 'Kristensen'],
    mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.dk', 'live.dk', 'mail.dk'] },
  fi: { m: ['Mikko', 'Juha', 'Antti', 'Jari', 'Timo', 'Ville', 'Janne', 'Petri'], f: ['Anna', 'Sanna', 'Minna', 'Laura', 'Johanna', 'Heidi', 'Katja', 'Elina'],
    last: ['Korhonen', 'Virtanen', 'Mäkinen', 'Nieminen', 'Mäkelä', 'Hämäläinen', 'Laine', 'Heikkinen', 'Koskinen', 'Järvinen', 'Lehtonen', 'Salminen'],
    mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'elisanet.fi', 'kolumbus.fi'] },
  et: { m: ['Andres', 'Margus', 'Jaan', 'Rasmus', 'Kristjan', 'Tarmo', 'Siim', 'Mihkel'], f: ['Kadri', 'Kati', 'Liis', 'Triin', 'Maarja', 'Kristiina', 'Merike', 'Anu'],
    last: ['Tamm', 'Saar', 'Sepp', 'Mägi', 'Kask', 'Kukk', 'Rebane', 'Ilves', 'Pärn', 'Koppel', 'Lepik', 'Kuusk'],
    mail: ['gmail.com', 'gmail.com', 'hot.ee', 'mail.ee', 'online.ee', 'hotmail.com'] },
}
const ascii = (s) => s.toLowerCase().replace(/å|ä|æ/g, 'a').replace(/ö|ø/g, 'o').replace(/ü/g, 'u').replace(/õ/g, 'o')
const memo = new Map()
function mk (c, cc) {
  const r = seeded(c, cc), female = r() < 0.5, p = POOL[cc]
  const first = v.pick(r, female ? p.f : p.m), last = v.pick(r, p.last)
  const mail = `${ascii(first)}${v.pick(r, ['.', '', '_', '.'])}${ascii(last)}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, p.mail)}`
  const birth = Date.UTC(1958, 0, 1) + Math.floor(r() * 45 * 365) * day
  const d = [v.int(r, 0, 9), v.int(r, 0, 9), v.int(r, 0, 9), v.int(r, 0, 9), v.int(r, 0, 9), v.int(r, 0, 9), v.int(r, 0, 9)].join('')
  return { female, first, last, full: `${first} ${last}`, mail, birth, d, pre: v.int(r, 0, 4), k: v.int(r, 0, 99) }
}
const who = (c, cc) => { const k = `${cc}|${c.id}|${c.first}|${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc)); return memo.get(k) }
const sv = (c) => who(c, 'sv')
const nb = (c) => who(c, 'nb')
const da = (c) => who(c, 'da')
const fi = (c) => who(c, 'fi')
const et = (c) => who(c, 'et')
// mobile numbers as each country writes them
const svMob = (c) => { const x = sv(c); return `07${'02369'[x.pre]}-${x.d.slice(0, 3)} ${x.d.slice(3, 5)} ${x.d.slice(5, 7)}` }
const nbMob = (c) => { const x = nb(c); return `${'94949'[x.pre]}${x.d}` }
const daMob = (c) => { const x = da(c); const s = `${['20', '22', '26', '28', '40', '42', '50', '61'][x.k % 8]}${x.d.slice(0, 6)}`; return `${s.slice(0, 2)} ${s.slice(2, 4)} ${s.slice(4, 6)} ${s.slice(6)}` }
const fiMob = (c) => { const x = fi(c); return `${['040', '050', '044', '045', '041'][x.pre]} ${x.d.slice(0, 3)} ${x.d.slice(3, 7)}` }
const etMob = (c) => { const x = et(c); return `5${x.d}` }

// ---------------------------------------------------------------- 1. Waiteraid booking export (sv, E)
// a bistro with two units in Stockholm; two sittings a night, bookings from the web widget, phone and walk-ins
const wa = {
  unit: (o) => row(['Bistro Hornet Södermalm', 'Bistro Hornet Vasastan'], n(o) % 2),
  at: (o) => Date.UTC(2025, 1, 3) + ((n(o) * 7919) % (180 * 86400)) * 1000,
  seat: (o) => row([['Sittning 1', 17, 0], ['Sittning 2', 19, 30], ['Sittning 2', 20, 0], ['Lunch', 12, 0]], (n(o) >> 1) % 4),
  pax: (o) => 2 + ((n(o) * 7) % 5),
  st: (o) => row(['Ankommen', 'Ankommen', 'Bekräftad', 'Ankommen', 'Avbokad', 'Ankommen', 'Uteblev', 'Ankommen'], n(o) % 8),
  src: (o) => row(['Webben', 'Webben', 'Telefon', 'Google', 'Drop-in', 'Webben', 'Instagram'], n(o) % 7),
}
wa.dine = (o) => cet(wa.at(o) + (1 + (n(o) % 21)) * day)
wa.pre = (o) => (wa.pax(o) >= 6 ? 200 * wa.pax(o) : 0)
const SET_WA = { name: 'waiteraid-bokningar-export-se', product: 'Waiteraid (Bokningar > Bokningslista > Exportera till Excel, one row per table booking, Swedish UI, a two-unit Stockholm bistro, Europe/Stockholm, SEK)', family: 'bookings', language: 'sv', schema: E, cols: [
  ['Bokningsnr', (c, o) => String(1200000 + (n(o) * 7) % 800000), ['_id', OR('purchaseID')]],
  ['Restaurang', (c, o) => wa.unit(o), ['placeContext.POIinteraction.POIDetail.name'], opt],
  ['Datum', (c, o) => ymd(wa.dine(o)), []],
  ['Tid', (c, o) => `${pad(wa.seat(o)[1])}:${pad(wa.seat(o)[2])}`, []],
  ['Sittning', (c, o) => wa.seat(o)[0], [], opt],
  ['Antal gäster', (c, o) => String(wa.pax(o)), []],
  ['Bord', (c, o) => (['Ankommen', 'Bekräftad'].includes(wa.st(o)) ? String(1 + (n(o) % 24)) : ''), []],
  ['Förnamn', (c) => sv(c).first, []],
  ['Efternamn', (c) => sv(c).last, []],
  ['Telefon', (c) => `+46${svMob(c).replace(/[- ]/g, '').slice(1)}`, PHONE_ID],
  ['E-post', (c, o) => (wa.src(o) === 'Drop-in' ? '' : sv(c).mail), EMAIL_ID],
  ['Företag', (c, o) => (wa.pax(o) >= 6 && n(c) % 2 ? row(['Klarna', 'Sweco AB', 'Skanska', 'Spotify'], n(c) % 4) : ''), [], opt],
  ['Status', (c, o) => wa.st(o), ['eventType'], opt],
  ['Källa', (c, o) => wa.src(o), [], opt],
  ['Skapad', (c, o) => { const p = cet(wa.at(o)); return `${ymd(p)} ${hm(p)}` }, ['timestamp', OR('createdDate')]],
  ['Avbokad', (c, o) => (wa.st(o) === 'Avbokad' ? (() => { const p = cet(wa.at(o) + day / 2); return `${ymd(p)} ${hm(p)}` })() : ''), [OR('cancelDate')]],
  ['Allergier', (c, o) => row(['', '', 'Gluten', '', 'Laktos', 'Nötter', ''], n(o) % 7), []],
  ['Meddelande från gäst', (c, o) => row(['', 'Fyller år, gärna fönsterbord', '', 'Kommer med barnvagn', '', 'Kan bli 10 min sena'], n(o) % 6), []],
  ['Förskottsbetalning', (c, o) => kr(wa.pre(o)), [OR('payments[0].paymentAmount')], opt],
  ['Nyhetsbrev', (c) => (c.bool ? 'Ja' : 'Nej'), []],
  ['Antal besök', (c) => String(1 + (n(c) % 9)), []],
] }

// ---------------------------------------------------------------- 2. Piletilevi organiser sales report (et, E)
// an Estonian folk-rock band's autumn tour in three concert halls; one row per order
const PL_EV = [['Tuuleveski — sügistuur 2025', '07.11.2025 19:00', 'Alexela Kontserdimaja, Tallinn'], ['Tuuleveski — sügistuur 2025', '08.11.2025 19:00', 'Vanemuise kontserdimaja, Tartu'], ['Tuuleveski — sügistuur 2025', '14.11.2025 19:00', 'Pärnu Kontserdimaja']]
const PL_TYPE = [['Täispilet', 32], ['Täispilet', 32], ['Sooduspilet (õpilane, pensionär)', 24], ['Perepilet (2+2)', 89], ['Täispilet', 38]]
const pv = {
  ev: (o) => row(PL_EV, n(o) % 3),
  ty: (o) => row(PL_TYPE, (n(o) >> 1) % 5),
  at: (o) => Date.UTC(2025, 6, 1) + ((n(o) * 7919) % (120 * 86400)) * 1000,
  pay: (o) => row(['Swedbank pangalink', 'SEB pangalink', 'Kaardimakse', 'LHV pangalink', 'Apple Pay', 'Swedbank pangalink', 'Sularaha'], n(o) % 7),
}
pv.qty = (o) => (pv.ty(o)[0].startsWith('Pere') ? 1 : 1 + (n(o) % 4 === 0 ? 1 : 0) + (n(o) % 9 === 0 ? 1 : 0))
pv.sector = (o) => (pv.ty(o)[1] === 38 ? 'Parter' : n(o) % 3 === 0 ? 'Rõdu' : 'Parter')
pv.chan = (o) => (pv.pay(o) === 'Sularaha' ? 'Piletilevi müügipunkt' : 'Internet')
pv.fee = (o) => (pv.chan(o) === 'Internet' ? 1.5 : 1) * pv.qty(o)
pv.disc = (o) => (n(o) % 10 === 0 ? 3 * pv.qty(o) : 0)
pv.total = (o) => pv.ty(o)[1] * pv.qty(o) + pv.fee(o) - pv.disc(o)
pv.st = (o) => (n(o) % 17 === 0 ? 'Tagastatud' : 'Makstud')
const SET_PV = { name: 'piletilevi-muugiaruanne-ee', product: 'Piletilevi (korraldaja keskkond: Aruanded > Müügiaruanne > Ekspordi XLSX, one row per order, Estonian UI, a folk-rock band\'s three-city concert tour, Europe/Tallinn, EUR)', family: 'tickets', language: 'et', schema: E, cols: [
  ['Tellimuse nr', (c, o) => String(40000000 + (n(o) * 131) % 9000000), ['_id', OR('purchaseID')]],
  ['Ostu aeg', (c, o) => { const p = eet(pv.at(o)); return `${dmy(p)} ${hm(p)}` }, ['timestamp', OR('createdDate')]],
  ['Üritus', (c, o) => pv.ev(o)[0], [], opt],
  ['Toimumisaeg', (c, o) => pv.ev(o)[1], []],
  ['Toimumiskoht', (c, o) => pv.ev(o)[2], [], opt],
  ['Hinnatüüp', (c, o) => pv.ty(o)[0], [PL('name')], opt],
  ['Sektor', (c, o) => pv.sector(o), []],
  ['Rida', (c, o) => String(1 + (n(o) % 18)), []],
  ['Kohad', (c, o) => { const s = 1 + (n(o) * 7) % 28, q = pv.ty(o)[0].startsWith('Pere') ? 4 : pv.qty(o); return q > 1 ? `${s}-${s + q - 1}` : String(s) }, []],
  ['Kogus', (c, o) => String(pv.qty(o)), [PL('quantity')]],
  ['Pileti hind', (c, o) => kr(pv.ty(o)[1]), [], opt],
  ['Teenustasu', (c, o) => kr(pv.fee(o)), []],
  ['Soodustus', (c, o) => kr(pv.disc(o)), [OR('discountAmount')]],
  ['Kokku', (c, o) => kr(pv.total(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
  ['Makseviis', (c, o) => pv.pay(o), [OR('payments[0].paymentType')]],
  ['Müügikanal', (c, o) => pv.chan(o), [], opt],
  ['Sooduskood', (c, o) => (pv.disc(o) ? 'TUUL10' : ''), ['commerce.promotionID']],
  ['Eesnimi', (c) => et(c).first, []],
  ['Perekonnanimi', (c) => et(c).last, []],
  ['E-post', (c, o) => (pv.chan(o) === 'Internet' ? et(c).mail : ''), EMAIL_ID],
  ['Telefon', (c, o) => (pv.chan(o) === 'Internet' ? `+372 ${etMob(c).slice(0, 4)} ${etMob(c).slice(4)}` : ''), PHONE_ID],
  ['Riik', (c) => (n(c) % 11 === 0 ? 'Soome' : 'Eesti'), [BILL('country')], opt],
  ['Staatus', (c, o) => pv.st(o), [], opt],
  ['Nõusolek uudiskirjaga', (c) => (c.bool ? 'Jah' : 'Ei'), []],
] }

// ---------------------------------------------------------------- 3. Shopbox sales-line export (da, E)
// a Copenhagen homeware shop: two stores and a webshop on the same system; one row per sales line
const SB_ITEM = [['10231', 'Keramikvase, mat sand', 'Vaser', 'Højde 20 cm', 349], ['10877', 'Hørviskestykke 2-pak', 'Tekstiler', 'Salvie', 129], ['11402', 'Duftlys i glas, figen', 'Lys', '', 199], ['10044', 'Stentøjskrus 30 cl', 'Service', 'Hvid', 89], ['12010', 'Uldplaid, ternet', 'Tekstiler', '130 x 180 cm', 899], ['11590', 'Messing lysestage', 'Lys', 'Lav', 279]]
const sb = {
  item: (o) => row(SB_ITEM, n(o) % 6),
  dept: (o) => row(['Jægersborggade', 'Værnedamsvej', 'Webshop', 'Jægersborggade', 'Webshop'], (n(o) >> 1) % 5),
}
// webshop orders at any hour; store sales while the shops are open (08:00-16:00 UTC is 9/10 to 17/18 local)
sb.at = (o) => Date.UTC(2025, 2, 1) + ((n(o) * 7919) % 200) * day + (sb.dept(o) === 'Webshop' ? ((n(o) * 7919) % 86400) * 1000 : (8 * 3600 + (n(o) * 37) % (8 * 3600)) * 1000)
sb.web = (o) => sb.dept(o) === 'Webshop'
sb.qty = (o) => o.qty
sb.disc = (o) => (n(o) % 5 === 0 ? Math.round(sb.item(o)[4] * sb.qty(o) * 0.1) : 0)
sb.line = (o) => sb.item(o)[4] * sb.qty(o) - sb.disc(o)
sb.ship = (o) => (sb.web(o) ? row(['GLS Pakkeshop', 'PostNord Privatpakke', 'Afhentning i butik'], n(o) % 3) : '')
sb.fee = (o) => (sb.ship(o) && sb.ship(o) !== 'Afhentning i butik' && sb.line(o) < 500 ? 49 : 0)
sb.total = (o) => sb.line(o) + sb.fee(o)
sb.pay = (o) => (sb.web(o) ? row(['MobilePay', 'Visa/Dankort', 'MobilePay', 'Mastercard'], n(o) % 4) : row(['Dankort', 'MobilePay', 'Kontant', 'Visa', 'Gavekort'], n(o) % 5))
sb.known = (c, o) => sb.web(o) || n(c) % 3 === 0
const SET_SB = { name: 'shopbox-salgslinjer-eksport-dk', product: 'Shopbox (Rapporter > Salg > Eksportér til CSV, one row per sales line from the stores\' POS and the webshop, Danish UI, a Copenhagen homeware shop with two stores, Europe/Copenhagen, DKK incl. moms)', family: 'ecommerce-orders', language: 'da', schema: E, cols: [
  ['Ordrenr.', (c, o) => String(100000 + (n(o) * 37) % 90000), [OR('purchaseID')]],
  ['Dato', (c, o) => { const p = cet(sb.at(o)); return `${dmy(p, '-')} ${hm(p)}` }, ['timestamp', OR('createdDate')]],
  ['Afdeling', (c, o) => sb.dept(o), ['placeContext.POIinteraction.POIDetail.name'], opt],
  ['Kasse', (c, o) => (sb.web(o) ? '' : `Kasse ${1 + (n(o) % 2)}`), []],
  ['Ekspedient', (c, o) => (sb.web(o) ? '' : row(['Sofie', 'Mikkel', 'Ida'], n(o) % 3)), []],
  ['Kundenr.', (c, o) => (sb.known(c, o) ? String(5000 + (n(c) % 4000)) : ''), CUST_ID, opt],
  ['Kundenavn', (c, o) => (sb.known(c, o) ? da(c).full : ''), []],
  ['E-mail', (c, o) => (sb.known(c, o) ? da(c).mail : ''), EMAIL_ID],
  ['Telefon', (c, o) => (sb.known(c, o) && (sb.web(o) || n(c) % 2) ? daMob(c) : ''), PHONE_ID],
  ['Varenr.', (c, o) => sb.item(o)[0], [PL('SKU')]],
  ['Varenavn', (c, o) => sb.item(o)[1], [PL('name')]],
  ['Variant', (c, o) => sb.item(o)[3], [PL('selectedOptions[0].value')], opt],
  ['Varegruppe', (c, o) => sb.item(o)[2], [PL('productCategories[0].categoryName')]],
  ['Antal', (c, o) => String(sb.qty(o)), [PL('quantity')]],
  ['Stykpris', (c, o) => kr(sb.item(o)[4], '.'), [], opt],
  ['Rabat', (c, o) => kr(sb.disc(o), '.'), [PL('discountAmount'), OR('discountAmount')], opt],
  ['Beløb', (c, o) => kr(sb.line(o), '.'), [PL('priceTotal')]],
  ['Heraf moms', (c, o) => kr(sb.total(o) * 0.2, '.'), [OR('taxAmount')], opt],
  ['Ordretotal', (c, o) => kr(sb.total(o), '.'), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
  ['Valuta', () => 'DKK', [OR('currencyCode')]],
  ['Betalingsform', (c, o) => sb.pay(o), [OR('payments[0].paymentType')]],
  ['Kanal', (c, o) => (sb.web(o) ? 'Webshop' : 'Butik'), [], opt],
  ['Leveringsform', (c, o) => sb.ship(o), ['commerce.shipping.shippingMethod']],
  ['Leveringsadresse', (c, o) => (sb.web(o) && sb.ship(o) !== 'Afhentning i butik' ? `${row(['Nørrebrogade', 'Østerbrogade', 'Vesterbrogade', 'Frederiksgade', 'Vestergade', 'Strandvejen'], n(c) % 6)} ${1 + (n(c) % 140)}${n(c) % 3 === 0 ? `, ${1 + (n(c) % 4)}. tv.` : ''}` : ''), [SHIP('street1')]],
  ['Postnr.', (c, o) => (sb.web(o) && sb.ship(o) !== 'Afhentning i butik' ? row(['2200', '2100', '1620', '8000', '5000', '2900'], n(c) % 6) : ''), [SHIP('postalCode')]],
  ['By', (c, o) => (sb.web(o) && sb.ship(o) !== 'Afhentning i butik' ? row(['København N', 'København Ø', 'København V', 'Aarhus C', 'Odense C', 'Hellerup'], n(c) % 6) : ''), [SHIP('city')]],
  ['Status', (c, o) => (n(o) % 19 === 0 ? 'Refunderet' : 'Gennemført'), [], opt],
] }

// ---------------------------------------------------------------- 4. Nexgolf tee-time booking list (fi, E)
// an Espoo golf club's two courses; members and green-fee guests; one row per player in a start
const NG_CLUB = ['Espoon Golfseura', 'Espoon Golfseura', 'Tuusulan Golfklubi', 'Kirkkonummen Golf', 'Vantaan Golfseura', 'Espoon Golfseura']
const NG_PRICE = [['Jäsen', 0], ['Greenfee arki', 65], ['Greenfee viikonloppu', 80], ['Jäsen', 0], ['Junior greenfee', 30], ['Greenfee ilta (klo 16 jälkeen)', 45]]
const ng = {
  club: (c) => row(NG_CLUB, n(c) % 6),
  price: (o) => row(NG_PRICE, (n(o) >> 1) % 6),
  at: (o) => Date.UTC(2025, 4, 2) + ((n(o) * 7919) % (120 * 86400)) * 1000,
  st: (o) => row(['Vahvistettu', 'Vahvistettu', 'Pelattu', 'Pelattu', 'Peruttu', 'Pelattu', 'Ei saapunut', 'Pelattu'], n(o) % 8),
  chan: (o) => row(['Nexgolf', 'Nexgolf', 'Toimisto', 'Nexgolf', 'Puhelin'], n(o) % 5),
}
ng.play = (o) => eet(ng.at(o) + (1 + (n(o) % 10)) * day)
ng.tee = (o) => { const m = 7 * 60 + ((n(o) * 10) % (11 * 60)); return `${Math.floor(m / 60)}.${pad(m % 60)}` }
ng.paid = (o) => ng.price(o)[1] > 0 && ['Pelattu', 'Vahvistettu'].includes(ng.st(o)) && (ng.st(o) === 'Pelattu' || ng.chan(o) === 'Nexgolf')
const fiDT = (p) => `${p.d}.${p.m}.${p.y} ${p.H}.${pad(p.M)}`
const SET_NG = { name: 'nexgolf-lahtoajat-varaukset-fi', product: 'Nexgolf (seuran hallinta: Lähtöajat > Varaukset > Vie Exceliin, one row per player in a booked start, Finnish UI, an Espoo golf club with two courses, Europe/Helsinki, EUR)', family: 'bookings', language: 'fi', schema: E, cols: [
  ['Varaus-ID', (c, o) => String(8800000 + (n(o) * 13) % 1000000), ['_id', OR('purchaseID')]],
  ['Varattu', (c, o) => fiDT(eet(ng.at(o))), ['timestamp', OR('createdDate')]],
  ['Kenttä', (c, o) => (n(o) % 3 === 0 ? 'Ruukinkenttä 9 r' : 'Pääkenttä 18 r'), [], opt],
  ['Päivä', (c, o) => { const p = ng.play(o); return `${p.d}.${p.m}.${p.y}` }, []],
  ['Lähtöaika', (c, o) => ng.tee(o), []],
  ['Sukunimi', (c) => fi(c).last, []],
  ['Etunimi', (c) => fi(c).first, []],
  ['Kotiseura', (c) => ng.club(c), []],
  ['Jäsennumero', (c) => `${row(['062', '062', '118', '095', '144', '062'], n(c) % 6)}-${pad(n(c) % 10000, 4)}`, CUST_ID, opt],
  ['Tasoitus', (c) => { const h = ((n(c) * 7) % 450) / 10; return h === 0 ? '+1,2' : String(h).replace('.', ',') }, []],
  ['Sähköposti', (c, o) => (ng.chan(o) === 'Puhelin' && n(c) % 2 ? '' : fi(c).mail), EMAIL_ID],
  ['Puhelin', (c) => fiMob(c), PHONE_ID],
  ['Hinnasto', (c, o) => ng.price(o)[0], [PL('name')], opt],
  ['Hinta', (c, o) => `${kr(ng.price(o)[1])} €`, [OR('priceTotal'), OR('payments[0].paymentAmount')]],
  ['Maksettu', (c, o) => (ng.price(o)[1] === 0 ? '' : ng.paid(o) ? 'Kyllä' : 'Ei'), [], opt],
  ['Maksutapa', (c, o) => (ng.paid(o) ? (ng.chan(o) === 'Nexgolf' ? 'Verkkomaksu' : row(['Kortti', 'MobilePay', 'Lahjakortti'], n(o) % 3)) : ''), [OR('payments[0].paymentType')]],
  ['Varauskanava', (c, o) => ng.chan(o), [], opt],
  ['Golfauto', (c, o) => (n(o) % 9 === 0 ? 'Kyllä' : 'Ei'), []],
  ['Tila', (c, o) => ng.st(o), ['eventType'], opt],
  ['Peruttu', (c, o) => (ng.st(o) === 'Peruttu' ? fiDT(eet(ng.at(o) + day / 3)) : ''), [OR('cancelDate')]],
  ['Lisätiedot', (c, o) => row(['', '', 'Pelaa samassa lähdössä kuin Virtanen', '', 'Vuokramailat', ''], n(o) % 6), []],
] }

// ---------------------------------------------------------------- 5. KlubbAdmin member list (nb, P)
// a Trondheim multi-sport club: football, cross-country skiing and handball; children, their guardians and seniors
const KA_PLACE = [['7030', 'Trondheim', 'Byåsveien'], ['7020', 'Trondheim', 'Oslovegen'], ['7025', 'Trondheim', 'Ilevollen'], ['7033', 'Trondheim', 'Stavnebrua'], ['7072', 'Heimdal', 'Heimdalsvegen'], ['7089', 'Heimdal', 'Kolstadflata'], ['7021', 'Trondheim', 'Sverresborg allé']]
const ka = {
  kid: (c) => n(c) % 3 === 0,
  place: (c) => row(KA_PLACE, n(c) % 7),
  parent: (c) => nb({ ...c, id: String(n(c) + 1) }),
}
ka.birth = (c) => (ka.kid(c) ? Date.UTC(2010, 0, 1) + (n(c) % 3600) * day : nb(c).birth)
ka.type = (c) => (ka.kid(c) ? (new Date(ka.birth(c)).getUTCFullYear() >= 2013 ? 'Barn' : 'Ungdom') : row(['Senior', 'Senior', 'Støttemedlem', 'Familiemedlem', 'Senior'], n(c) % 5))
ka.out = (c) => n(c) % 13 === 0
const SET_KA = { name: 'klubbadmin-medlemsliste-no', product: 'KlubbAdmin (Norges idrettsforbund; Medlemmer > Medlemsliste > Eksporter til Excel, one row per member, Norwegian Bokmål UI, a Trondheim multi-sport club, Europe/Oslo)', family: 'membership', language: 'nb', schema: P, cols: [
  ['Person-ID', (c) => String(10000000 + (n(c) * 17) % 9000000), ID],
  ['Fornavn', (c) => nb(c).first, ['person.name.firstName']],
  ['Etternavn', (c) => (ka.kid(c) ? ka.parent(c).last : nb(c).last), ['person.name.lastName']],
  ['Fødselsdato', (c) => dmy(cet(ka.birth(c))), ['person.birthDate']],
  ['Kjønn', (c) => (nb(c).female ? 'Kvinne' : 'Mann'), ['person.gender']],
  ['Adresse', (c) => `${ka.place(c)[2]} ${1 + (n(c) % 90)}${n(c) % 4 === 0 ? 'B' : ''}`, HOMES('street1')],
  ['Postnummer', (c) => ka.place(c)[0], HOMES('postalCode')],
  ['Poststed', (c) => ka.place(c)[1], HOMES('city')],
  ['Land', () => 'Norge', HOMES('country'), opt],
  ['Mobil', (c) => (ka.kid(c) && n(c) % 2 === 0 ? '' : `+47 ${nbMob(c)}`), ['mobilePhone.number']],
  ['E-post', (c) => (ka.kid(c) ? '' : nb(c).mail), ['personalEmail.address']],
  ['Medlemstype', (c) => ka.type(c), [], opt],
  ['Grupper', (c) => row(['Fotball', 'Langrenn', 'Håndball', 'Fotball, Langrenn', 'Hovedlaget'], n(c) % 5), []],
  ['Innmeldingsdato', (c) => dmy(cet(Math.max(ka.birth(c) + 5 * 365 * day, Math.min(c.created, c.updated)))), ['loyalty.joinDate'], opt],
  ['Utmeldingsdato', (c) => (ka.out(c) ? dmy(cet(Math.max(c.created, c.updated))) : ''), []],
  ['Status', (c) => (ka.out(c) ? 'Utmeldt' : 'Aktiv'), [], opt],
  ['Kontingent 2025', (c) => (ka.out(c) ? '' : row(['Betalt', 'Betalt', 'Ikke betalt', 'Betalt', 'Fritatt'], n(c) % 5)), []],
  ['Foresatt 1', (c) => (ka.kid(c) ? ka.parent(c).full : ''), []],
  ['Foresatt 1 mobil', (c) => (ka.kid(c) ? `+47 ${nbMob({ ...c, id: String(n(c) + 1) })}` : ''), [], opt],
  ['Foresatt 1 e-post', (c) => (ka.kid(c) ? ka.parent(c).mail : ''), [], opt],
  ['Sist endret', (c) => dmy(cet(Math.max(c.created, c.updated) + 2 * day)), [], opt],
] }

// ---------------------------------------------------------------- 6. Enkel Förening member register (sv, P)
// an Uppsala outdoor association: hiking, kayaking and ski tours
const EF_PLACE = [['753 20', 'Uppsala', 'Kungsgatan'], ['752 36', 'Uppsala', 'Dag Hammarskjölds väg'], ['754 49', 'Uppsala', 'Sala backe'], ['756 45', 'Uppsala', 'Norbyvägen'], ['741 31', 'Knivsta', 'Centralvägen'], ['743 40', 'Storvreta', 'Fyrislundsvägen']]
const ef = {
  place: (c) => row(EF_PLACE, n(c) % 6),
  type: (c) => row(['Ordinarie', 'Ordinarie', 'Familj', 'Ungdom', 'Ordinarie', 'Hedersmedlem'], n(c) % 6),
  paid: (c) => n(c) % 7 !== 0,
}
const SET_EF = { name: 'enkelforening-medlemsregister-se', product: 'Enkel Förening (Medlemmar > Medlemsregister > Exportera till Excel, one row per member, Swedish UI, an Uppsala outdoor association, Europe/Stockholm, SEK)', family: 'membership', language: 'sv', schema: P, cols: [
  ['Medlemsnr', (c) => String(1000 + (n(c) % 3000)), ID],
  ['Förnamn', (c) => sv(c).first, ['person.name.firstName']],
  ['Efternamn', (c) => sv(c).last, ['person.name.lastName']],
  ['Personnummer', (c) => { const p = cet(sv(c).birth); return `${p.y}${pad(p.m)}${pad(p.d)}-${pad(sv(c).k, 2)}${(sv(c).d.charCodeAt(0) % 5) * 2 + (sv(c).female ? 0 : 1)}${sv(c).pre}` }, ['person.taxId'], opt],
  ['Kön', (c) => (sv(c).female ? 'Kvinna' : 'Man'), ['person.gender']],
  ['c/o', (c) => (n(c) % 11 === 0 ? `c/o ${row(['Lindqvist', 'Ek', 'Holm'], n(c) % 3)}` : ''), HOMES('street2'), opt],
  ['Adress', (c) => `${ef.place(c)[2]} ${1 + (n(c) % 60)}${n(c) % 5 === 0 ? ` lgh ${1101 + (n(c) % 3) * 100}` : ''}`, HOMES('street1')],
  ['Postnummer', (c) => ef.place(c)[0], HOMES('postalCode')],
  ['Postort', (c) => ef.place(c)[1], HOMES('city')],
  ['Land', () => 'Sverige', HOMES('country'), opt],
  ['Telefon', (c) => (n(c) % 4 === 0 ? `018-${sv(c).d.slice(1, 3)} ${sv(c).d.slice(3, 5)} ${sv(c).d.slice(5, 7)}` : ''), ['homePhone.number']],
  ['Mobil', (c) => svMob(c), ['mobilePhone.number']],
  ['E-post', (c) => sv(c).mail, ['personalEmail.address']],
  ['Medlemstyp', (c) => ef.type(c), [], opt],
  ['Medlem sedan', (c) => ymd(cet(Math.min(c.created, c.updated))), ['loyalty.joinDate'], opt],
  ['Årsavgift betald', (c) => (ef.type(c) === 'Hedersmedlem' ? '' : ef.paid(c) ? 'Ja' : 'Nej'), []],
  ['Betaldatum', (c) => (ef.type(c) !== 'Hedersmedlem' && ef.paid(c) ? ymd(cet(Date.UTC(2025, 0, 10) + (n(c) % 80) * day)) : ''), []],
  ['Avgift', (c) => (ef.type(c) === 'Hedersmedlem' ? '0' : ef.type(c) === 'Familj' ? '450' : ef.type(c) === 'Ungdom' ? '150' : '300'), []],
  ['Grupper', (c) => row(['Vandring', 'Kajak', 'Vandring, Kajak', 'Långfärdsskridsko', '', 'Fjällturer'], n(c) % 6), []],
  ['Utskick via e-post', (c) => (c.bool ? 'Ja' : 'Nej'), [], opt],
] }

// ---------------------------------------------------------------- 7. Rekvizitai.lt company list export (lt, B)
// a Vilnius fleet-telematics vendor's prospect list: Lithuanian transport and logistics companies with their manager
const RK_CO = [
  ['UAB „Baltijos krovinių linija“', '302845117', 'LT100007213614', 'Savanorių pr. 178, Vilnius', 'LT-03154', 'Vilnius', 'Vilniaus m. sav.', '+370 5 213 4471', 'bkl.lt', 'Krovinių vežimas keliais', '50–99'],
  ['UAB „Nemuno logistika“', '135628940', 'LT356289417', 'Raudondvario pl. 101, Kaunas', 'LT-47184', 'Kaunas', 'Kauno m. sav.', '+370 37 32 4410', 'nemunologistika.lt', 'Sandėliavimas ir saugojimas', '100–249'],
  ['UAB „Uostamiesčio ekspedicija“', '141562389', 'LT415623811', 'Minijos g. 180, Klaipėda', 'LT-93269', 'Klaipėda', 'Klaipėdos m. sav.', '+370 46 31 2287', 'uostexp.lt', 'Krovinių ekspedijavimas', '20–49'],
  ['UAB „Šiaurės vilkikai“', '304412876', 'LT100010874912', 'Pramonės g. 8, Šiauliai', 'LT-78137', 'Šiauliai', 'Šiaulių m. sav.', '+370 41 52 0963', 'siauresvilkikai.lt', 'Krovinių vežimas keliais', '100–249'],
  ['UAB „Trakų transportas“', '181934522', 'LT819345219', 'Vilniaus g. 45, Trakai', 'LT-21104', 'Trakai', 'Trakų r. sav.', '+370 528 51 130', '', 'Krovinių vežimas keliais', '10–19'],
  ['UAB „Panevėžio šaldytuvai“', '302611794', 'LT100006128415', 'Tinklų g. 29, Panevėžys', 'LT-35115', 'Panevėžys', 'Panevėžio m. sav.', '+370 45 46 1205', 'psaldytuvai.lt', 'Šaldytų krovinių vežimas', '50–99'],
]
const RK_BOSS = [['Tomas', 'Kazlauskas'], ['Mindaugas', 'Petrauskas'], ['Rasa', 'Jankauskienė'], ['Darius', 'Stankevičius'], ['Asta', 'Paulauskienė'], ['Vytautas', 'Vasiliauskas'], ['Ingrida', 'Urbonaitė'], ['Andrius', 'Žukauskas'], ['Jurgita', 'Butkienė']]
const ltAscii = (s) => s.toLowerCase().replace(/ą/g, 'a').replace(/č/g, 'c').replace(/[ęė]/g, 'e').replace(/į/g, 'i').replace(/š/g, 's').replace(/[ųū]/g, 'u').replace(/ž/g, 'z')
const rk = {
  co: (c) => row(RK_CO, n(c) % 6),
  boss: (c) => row(RK_BOSS, (n(c) >> 1) % 9),
}
rk.mail = (c) => { const co = rk.co(c), b = rk.boss(c); return co[8] ? (n(c) % 3 === 0 ? `${ltAscii(b[0])}.${ltAscii(b[1])}@${co[8]}` : `info@${co[8]}`) : `${ltAscii(co[0].replace(/UAB|[„“]/g, '').trim()).replace(/ /g, '')}@gmail.com` }
const SET_RK = { name: 'rekvizitai-imoniu-sarasas-lt', product: 'Rekvizitai.lt (Verslo žinios; Įmonių paieška > Eksportuoti į Excel (premium), one row per company with its manager, Lithuanian UI, a Vilnius fleet-telematics vendor\'s prospect list of Lithuanian haulage and logistics companies)', family: 'b2b-leads', language: 'lt', schema: B, cols: [
  ['Pavadinimas', (c) => rk.co(c)[0], CO],
  ['Įmonės kodas', (c) => rk.co(c)[1], ACCT, opt],
  ['PVM mokėtojo kodas', (c) => rk.co(c)[2], []],
  ['Adresas', (c) => rk.co(c)[3], [W('street1')]],
  ['Pašto kodas', (c) => rk.co(c)[4], [W('postalCode')]],
  ['Miestas', (c) => rk.co(c)[5], [W('city')]],
  ['Savivaldybė', (c) => rk.co(c)[6], [], opt],
  ['Telefonas', (c) => rk.co(c)[7], ['workPhone.number']],
  ['Mobilus telefonas', (c) => (n(c) % 3 === 1 ? '' : `+370 6${pad((n(c) * 7) % 100, 2)} ${pad((n(c) * 131) % 100000, 5)}`), ['mobilePhone.number', 'workPhone.number']],
  ['El. paštas', (c) => rk.mail(c), WE],
  ['Tinklalapis', (c) => (rk.co(c)[8] ? `www.${rk.co(c)[8]}` : ''), ['b2b.companyWebsite']],
  ['Vadovo vardas', (c) => rk.boss(c)[0], ['person.name.firstName']],
  ['Vadovo pavardė', (c) => rk.boss(c)[1], ['person.name.lastName']],
  ['Vadovo pareigos', (c) => { const she = /(ienė|aitė|ytė|utė)$/.test(rk.boss(c)[1]); return n(c) % 3 === 0 ? (she ? 'Generalinė direktorė' : 'Generalinis direktorius') : (she ? 'Direktorė' : 'Direktorius') }, ['extendedWorkDetails.jobTitle']],
  ['Veikla', (c) => rk.co(c)[9], []],
  ['Darbuotojų skaičius', (c) => rk.co(c)[10], []],
  ['Vidutinis atlyginimas, €', (c) => kr(1400 + (n(c) * 37) % 900), []],
  ['Pardavimo pajamos', (c) => `${group(800000 + (n(c) * 7919) % 14000000, ' ')} €`, []],
  ['Įregistravimo data', (c) => { const p = eet(Date.UTC(1995, 0, 1) + (n(c) % 9000) * day); return ymd(p) }, []],
  ['Teisinė forma', () => 'Uždaroji akcinė bendrovė', []],
] }

// ---------------------------------------------------------------- 8. Firmas.lv company selection export (lv, B)
// a Riga office-furniture wholesaler's prospect list: Latvian companies with 20+ employees and a named contact person
const FL_CO = [
  ['SIA "Rīgas Būvkonsultants"', '40103512874', 'Brīvības iela 214, Rīga', 'LV-1039', 'Rīga', '+371 67 312 455', 'rbk.lv', 'Inženiertehniskie pakalpojumi', '71.12', '45'],
  ['SIA "Daugavas Loģistika"', '40003891205', 'Granīta iela 13, Rīga', 'LV-1057', 'Rīga', '+371 67 809 120', 'daugavaslog.lv', 'Noliktavu saimniecība', '52.10', '120'],
  ['AS "Vidzemes Piens"', '44103027716', 'Rūpniecības iela 5, Valmiera', 'LV-4201', 'Valmiera', '+371 64 207 318', 'vidzemespiens.lv', 'Piena pārstrāde', '10.51', '210'],
  ['SIA "Kurzemes IT Centrs"', '42103069582', 'Lielā iela 24, Liepāja', 'LV-3401', 'Liepāja', '+371 63 421 907', 'kitc.lv', 'Datorprogrammēšana', '62.01', '38'],
  ['SIA "Jelgavas Mēbeļu Nams"', '43603015470', 'Rūpniecības iela 40, Jelgava', 'LV-3008', 'Jelgava', '+371 63 027 664', '', 'Mēbeļu tirdzniecība', '47.59', '26'],
  ['SIA "Baltic Med Grupa"', '40203145598', 'Krišjāņa Valdemāra iela 33, Rīga', 'LV-1010', 'Rīga', '+371 67 215 830', 'balticmed.lv', 'Ambulatorā veselības aprūpe', '86.22', '64'],
]
const FL_PERSON = [['Jānis', 'Bērziņš'], ['Ilze', 'Ozola'], ['Andris', 'Kalniņš'], ['Inese', 'Kalniņa'], ['Māris', 'Ozoliņš'], ['Līga', 'Bērziņa'], ['Edgars', 'Liepiņš'], ['Dace', 'Liepiņa'], ['Kristaps', 'Krūmiņš'], ['Sandra', 'Jansone']]
const lvAscii = (s) => s.toLowerCase().replace(/ā/g, 'a').replace(/č/g, 'c').replace(/ē/g, 'e').replace(/ģ/g, 'g').replace(/ī/g, 'i').replace(/ķ/g, 'k').replace(/ļ/g, 'l').replace(/ņ/g, 'n').replace(/š/g, 's').replace(/ū/g, 'u').replace(/ž/g, 'z')
const fl = {
  co: (c) => row(FL_CO, n(c) % 6),
  p: (c) => row(FL_PERSON, (n(c) >> 1) % 10),
}
fl.mail = (c) => { const co = fl.co(c), p = fl.p(c); return co[6] ? (n(c) % 2 ? `${lvAscii(p[0])}.${lvAscii(p[1])}@${co[6]}` : `info@${co[6]}`) : `${lvAscii(p[0])}.${lvAscii(p[1])}@inbox.lv` }
const SET_FL = { name: 'firmas-lv-uznemumu-atlase-lv', product: 'Firmas.lv (Uzņēmumu atlase > Eksportēt uz Excel, one row per company with its contact person, Latvian UI, a Riga office-furniture wholesaler\'s prospect list of Latvian companies with 20+ employees)', family: 'b2b-leads', language: 'lv', schema: B, cols: [
  ['Nosaukums', (c) => fl.co(c)[0], CO],
  ['Reģistrācijas numurs', (c) => fl.co(c)[1], ACCT, opt],
  ['PVN numurs', (c) => `LV${fl.co(c)[1]}`, []],
  ['Juridiskā adrese', (c) => fl.co(c)[2], [W('street1')]],
  ['Pasta indekss', (c) => fl.co(c)[3], [W('postalCode')]],
  ['Pilsēta', (c) => fl.co(c)[4], [W('city')]],
  ['Tālrunis', (c) => fl.co(c)[5], ['workPhone.number']],
  ['Mobilais tālrunis', (c) => (n(c) % 4 === 0 ? '' : `+371 2${pad((n(c) * 7) % 10, 1)}${pad((n(c) * 7919) % 1000000, 6)}`), ['mobilePhone.number', 'workPhone.number']],
  ['E-pasts', (c) => fl.mail(c), WE],
  ['Mājaslapa', (c) => (fl.co(c)[6] ? `www.${fl.co(c)[6]}` : ''), ['b2b.companyWebsite']],
  ['Kontaktpersona', (c) => `${fl.p(c)[0]} ${fl.p(c)[1]}`, ['person.name.fullName']],
  ['Amats', (c) => row(['Valdes loceklis', 'Valdes priekšsēdētājs', 'Iepirkumu vadītājs', 'Biroja vadītāja', 'Finanšu direktors'], n(c) % 5), ['extendedWorkDetails.jobTitle']],
  ['Darbinieku skaits', (c) => fl.co(c)[9], []],
  ['Apgrozījums, EUR', (c) => group(400000 + (n(c) * 7919) % 25000000, ' '), []],
  ['NACE kods', (c) => fl.co(c)[8], []],
  ['Nozare', (c) => fl.co(c)[7], []],
  ['Reģistrēts', (c) => dmy(eet(Date.UTC(1992, 0, 1) + (n(c) % 10000) * day)), []],
  ['Statuss', () => 'Aktīvs', []],
] }

export const SETS = [SET_WA, SET_PV, SET_SB, SET_NG, SET_KA, SET_EF, SET_RK, SET_FL]
