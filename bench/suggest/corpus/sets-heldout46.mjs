// Round 46, heldout46: held-out sets written apart from the suggester and any tuning, scored once at the end, from
// Nordic and Dutch tools (Swedish, Norwegian, Danish and Dutch UIs). Same format as sets.mjs (sources in ../README.md):
// header as the product exports it, one value generator per column in the product's formats, the accepted destinations
// ([] = nothing fits) and 'opt' for borderline columns.
import { E, B, P, v, at, HOME, WORK, B2BID, PL, OR, SHIP, BILL, opt } from './sets.mjs'
import { loc, slug } from './values9.mjs'
import { pad, shift, parts, rng, pick, int } from './values.mjs'

// summer time (April-October) by month, good enough for generated rows
const dst = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 }
const cet = (ms) => shift(ms, dst(ms) ? 2 : 1)
const ymd = (ms) => { const p = cet(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const ymdHm = (ms) => { const p = cet(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}` }
const ymdHms = (ms) => { const p = cet(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const dmyDot = (ms) => { const p = cet(ms); return `${pad(p.d)}.${pad(p.m)}.${p.y}` }
const dmyDotHm = (ms) => { const p = cet(ms); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}` }
const dmyDash = (ms) => { const p = cet(ms); return `${pad(p.d)}-${pad(p.m)}-${p.y}` }
const dmyDashHm = (ms) => { const p = cet(ms); return `${pad(p.d)}-${pad(p.m)}-${p.y} ${pad(p.H)}:${pad(p.M)}` }
const dmyDashHms = (ms) => { const p = cet(ms); return `${pad(p.d)}-${pad(p.m)}-${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const hm = (ms) => { const p = cet(ms); return `${pad(p.H)}:${pad(p.M)}` }
const birthYmd = (ms) => { const p = parts(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const birthDmy = (ms) => { const p = parts(ms); return `${pad(p.d)}-${pad(p.m)}-${p.y}` }
// 1.234,56 (da, nl), 1 234,56 (sv, no: a no-break space in the UI, a plain space in the file), 1234.56
const dot3 = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')
const sp3 = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, ' ')
const comma = (n) => n.toFixed(2).replace('.', ',')
const upto = (a, b) => Math.max(a, b)

// Swedish and Danish people from values9; Norwegian ones here.
const sv = (c) => loc(c, 'sv')
const svFemale = (c) => ['Anna', 'Karin', 'Maria', 'Elin', 'Sofia', 'Ingrid'].includes(sv(c).first)
const da = (c) => loc(c, 'da')
const NO_FIRST = ['Ole', 'Ingrid', 'Lars', 'Kari', 'Magnus', 'Nora', 'Henrik', 'Silje', 'Eirik', 'Marte', 'Sindre', 'Thea']
const NO_LAST = ['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Berg', 'Haugen', 'Solberg', 'Bakken']
const NO_CITY = [['Oslo', '0152'], ['Bergen', '5003'], ['Trondheim', '7010'], ['Stavanger', '4006'], ['Drammen', '3015'], ['Tromsø', '9008'], ['Kristiansand', '4610']]
const NO_STREET = ['Storgata', 'Kirkegata', 'Dronningens gate', 'Strandveien', 'Skoleveien', 'Bjørnstjerne Bjørnsons gate', 'Markveien']
const NO_CO = ['Fjord Rørlegger AS', 'Nordlys Regnskap AS', 'Bergen Bygg og Anlegg AS', 'Tinde Elektro AS', 'Havbris Eiendom AS', 'Skog og Hage Drift AS']
const noMemo = new Map()
const nor = (c) => {
  if (noMemo.has(c.id + c.first)) return noMemo.get(c.id + c.first)
  const r = rng(+c.id * 197 + c.first.length * 13)
  const first = pick(r, NO_FIRST), last = pick(r, NO_LAST), [city, zip] = pick(r, NO_CITY), company = pick(r, NO_CO)
  const p = {
    first, last, full: `${first} ${last}`, city, zip, company, street: `${pick(r, NO_STREET)} ${int(r, 1, 90)}${r() < 0.2 ? pick(r, ['A', 'B']) : ''}`,
    email: `${slug(first)}.${slug(last)}${int(r, 1, 99)}@${pick(r, ['gmail.com', 'online.no', 'hotmail.com', 'live.no'])}`,
    mobile: `${pick(r, ['4', '9'])}${int(r, 0, 9)}${int(r, 0, 9)} ${pad(int(r, 0, 99))} ${int(r, 100, 999)}`,
    phone: `${pick(r, ['22', '55', '73', '51', '32'])} ${pad(int(r, 0, 99))} ${pad(int(r, 0, 99))} ${pad(int(r, 0, 99))}`,
    orgnr: `${int(r, 911, 999)} ${int(r, 100, 999)} ${int(r, 100, 999)}`,
  }
  noMemo.set(c.id + c.first, p)
  return p
}
const coSite = (name) => slug(name.replace(/\b(AS|AB|ApS|A\/S|BV|B\.V\.)\b/g, '')).slice(0, 18)

// Visma eAccounting (eEkonomi): a Stockholm IT consultancy's customer register.
const VS_TERMS = ['30 dagar netto', '30 dagar netto', '10 dagar netto', '20 dagar netto', 'Kontant']
const vsPrivate = (c) => +c.id % 7 === 3
const vsShip = (c) => +c.id % 4 === 1
// PowerOffice Go: a Bergen accounting firm's customers.
const PO_GROUP = ['Regnskapskunder', 'Regnskapskunder', 'Lønnskunder', 'Rådgivning', 'Årsoppgjør']
const PO_DELIV = ['EHF', 'EHF', 'E-post', 'E-post', 'Papir']
const poPrivate = (c) => +c.id % 9 === 4
// Shoporama: a Danish tea-and-coffee web shop's orders (DKK).
const SH_ST = ['Afsendt', 'Afsendt', 'Afsendt', 'Betalt', 'Ny', 'Annulleret', 'Refunderet']
const shSt = (o) => SH_ST[+o.id % SH_ST.length]
const SH_SHIP = ['GLS PakkeShop', 'PostNord MyPack Collect', 'GLS Privatlevering', 'Afhentning i butikken', 'DAO Pakkeshop']
const shShip = (o) => SH_SHIP[+o.id % SH_SHIP.length]
const shFreight = (o) => (shShip(o) === 'Afhentning i butikken' || o.subtotal * 7.5 >= 499 ? 0 : [39, 45, 49, 35][+o.id % 4])
const shGoods = (o) => +(o.subtotal * 7.5).toFixed(2)
const shDisc = (o) => (o.discount ? 50 : 0)
const shTotal = (o) => +(shGoods(o) + shFreight(o) - shDisc(o)).toFixed(2)
const shOtherShip = (c) => +c.id % 5 === 2
// DanDomain Webshop: a Danish bike-parts shop's customers.
const DD_GRP = ['Standard', 'Standard', 'Standard', 'Forhandler', 'Klubmedlem']
// Abicart: a Swedish yarn shop's orders (CSV export: point decimals, country names in English).
const AB_ST = ['Levererad', 'Levererad', 'Behandlas', 'Ny', 'Makulerad', 'Levererad']
const abSt = (o) => AB_ST[+o.id % AB_ST.length]
const AB_PAY = ['Klarna Checkout', 'Klarna Checkout', 'Swish', 'Kortbetalning', 'Faktura']
const AB_SHIP = ['PostNord Ombud', 'PostNord Varubrev', 'DHL Service Point', 'Budbee Box', 'Hämtas i butik']
const abGoods = (o) => +(o.subtotal * 11).toFixed(2)
const abShip = (o) => (AB_SHIP[+o.id % AB_SHIP.length] === 'Hämtas i butik' ? 0 : abGoods(o) >= 600 ? 0 : 59)
const abTotal = (o) => +(abGoods(o) + abShip(o) - (o.discount ? 50 : 0)).toFixed(2)
// Mailmojo: a Norwegian bookshop chain's newsletter contacts.
const MM_ST = ['Aktiv', 'Aktiv', 'Aktiv', 'Aktiv', 'Avmeldt', 'Sprettet']
const mmSt = (c) => MM_ST[+c.id % MM_ST.length]
// Ungapped: a Swedish gym chain's contacts.
const UG_ST = ['Aktiv', 'Aktiv', 'Aktiv', 'Avregistrerad', 'Studsad']
const ugSt = (c) => UG_ST[+c.id % UG_ST.length]
// Rule: a Swedish skincare web shop's subscribers, with its field groups Kund and Order.
const RU_TAGS = ['Nyhetsbrev', 'Nyhetsbrev, Kund', 'Kund, VIP', 'Övergiven varukorg', 'Nyhetsbrev, Kund, Recension']
const ruOrders = (c) => (+c.id % 4 === 0 ? 0 : 1 + (+c.id % 6))
// Mailblue (ActiveCampaign, Dutch UI): a Dutch online course provider's contacts.
const MB_TAGS = ['nieuwsbrief', 'nieuwsbrief, klant', 'webinar-okt, lead', 'klant, cursus-excel', 'e-book-download']
// CCV Shop: a Dutch garden-furniture shop's orders.
const CCV_ST = ['Afgerond', 'Afgerond', 'Verzonden', 'In behandeling', 'Nieuw', 'Geannuleerd']
const ccvSt = (o) => CCV_ST[+o.id % CCV_ST.length]
const CCV_PAY = ['iDEAL', 'iDEAL', 'iDEAL', 'Bancontact', 'Achteraf betalen (Klarna)', 'Overboeking']
const nlStreet = (c) => c.street.replace(/\s\d+$/, '')
const nlNo = (c) => /\d+$/.exec(c.street)?.[0] ?? '1'
const ccvGoods = (o) => +(o.subtotal * 6).toFixed(2)
const ccvShip = (o) => (ccvGoods(o) >= 250 ? 0 : 6.95)
const ccvPayFee = (o) => (CCV_PAY[+o.id % CCV_PAY.length].startsWith('Achteraf') ? 1.5 : 0)
const ccvTotal = (o) => +(ccvGoods(o) + ccvShip(o) + ccvPayFee(o) - (o.discount ? 10 : 0)).toFixed(2)
// Mijnwebwinkel: a Dutch pet-supplies shop's orders.
const MW_ST = ['Afgehandeld', 'Afgehandeld', 'Verzonden', 'Betaald', 'Wacht op betaling', 'Geannuleerd']
const mwSt = (o) => MW_ST[+o.id % MW_ST.length]
const mwGoods = (o) => +(o.subtotal * 2.2).toFixed(2)
const mwShip = (o) => (mwGoods(o) >= 49 ? 0 : 4.95)
const mwTotal = (o) => +(mwGoods(o) + mwShip(o) - (o.discount ? 5 : 0)).toFixed(2)
// Buckaroo: a Dutch theatre's online ticket payments (Plaza: Transacties).
const BK_PM = ['iDEAL', 'iDEAL', 'iDEAL', 'Bancontact', 'Visa', 'Mastercard', 'PayPal', 'Apple Pay']
const bkPm = (o) => BK_PM[+o.id % BK_PM.length]
const BK_ST = ['Succes', 'Succes', 'Succes', 'Succes', 'Geannuleerd door consument', 'Mislukt', 'Wacht op consument']
const bkSt = (o) => BK_ST[+o.id % BK_ST.length]
const bkRefund = (o) => +o.id % 11 === 5
const bkAmt = (o) => +(o.total * 1.4).toFixed(2)
const BK_BANK = [['INGB', 'ING'], ['RABO', 'Rabobank'], ['ABNA', 'ABN AMRO'], ['ASNB', 'ASN Bank'], ['BUNQ', 'bunq'], ['SNSB', 'SNS'], ['KNAB', 'Knab']]
const bkBank = (o) => BK_BANK[(+o.id >> 1) % BK_BANK.length]

export const SETS = [
  // ---------------------------------------------------------------- accounting customer registers (B2B)
  { name: 'visma-eaccounting-kunder-sv', product: 'Visma eAccounting (Visma eEkonomi: Inställningar > Import och export > Exportera kundregister, CSV; Swedish UI, a Stockholm IT consultancy\'s customer register, mostly companies, a few private persons)', family: 'crm', language: 'sv', schema: B, cols: [
    ['Kundnummer', (c) => String(1000 + (+c.id % 900)), B2BID],
    ['Kundtyp', (c) => (vsPrivate(c) ? 'Privatperson' : 'Företag'), [], opt],
    ['Namn', (c) => (vsPrivate(c) ? sv(c).full : sv(c).company), ['b2b.companyName', 'organizations[0]', 'person.name.fullName'], opt],
    ['Organisationsnummer', (c) => (vsPrivate(c) ? '' : sv(c).orgnr), [], opt],
    ['Momsregistreringsnummer', (c) => (vsPrivate(c) ? '' : `SE${sv(c).orgnr.replace('-', '')}01`), []],
    ['Fakturaadress 1', (c) => sv(c).street, at(['billingAddress', ...WORK, ...HOME], 'street1')],
    ['Fakturaadress 2', (c, o, r) => (r() < 0.2 ? `Box ${v.int(r, 100, 9999)}` : ''), at(['billingAddress', ...WORK, ...HOME], 'street2'), opt],
    ['Postnummer', (c) => sv(c).zip, at(['billingAddress', ...WORK, ...HOME], 'postalCode')],
    ['Ort', (c) => sv(c).city, at(['billingAddress', ...WORK, ...HOME], 'city')],
    ['Land', () => 'Sverige', at(['billingAddress', ...WORK, ...HOME], 'country')],
    ['Leveransnamn', (c) => (vsShip(c) ? (vsPrivate(c) ? sv(c).full : sv(c).company) : ''), [], opt],
    ['Leveransadress 1', (c, o, r) => (vsShip(c) ? `${pick(r, ['Lagervägen', 'Industrigatan', 'Hamngatan'])} ${v.int(r, 1, 40)}` : ''), ['shippingAddress.street1']],
    ['Leveranspostnummer', (c) => (vsShip(c) ? sv(c).zip : ''), ['shippingAddress.postalCode']],
    ['Leveransort', (c) => (vsShip(c) ? sv(c).city : ''), ['shippingAddress.city']],
    ['Kontaktperson', (c) => (vsPrivate(c) ? '' : sv(c).full), ['person.name.fullName']],
    ['Telefon', (c) => sv(c).phone, ['workPhone.number']],
    ['Mobiltelefon', (c, o, r) => (r() < 0.6 ? sv(c).mobile : ''), ['mobilePhone.number']],
    ['E-post', (c) => (vsPrivate(c) ? sv(c).email : `${slug(sv(c).first)}.${slug(sv(c).last)}@${coSite(sv(c).company)}.se`), ['workEmail.address', 'personalEmail.address']],
    ['E-post för faktura', (c) => (vsPrivate(c) ? '' : `faktura@${coSite(sv(c).company)}.se`), ['workEmail.address'], opt],
    ['Webbplats', (c, o, r) => (vsPrivate(c) || r() < 0.4 ? '' : `www.${coSite(sv(c).company)}.se`), ['b2b.companyWebsite']],
    ['Betalningsvillkor', (c) => VS_TERMS[+c.id % VS_TERMS.length], []],
    ['Vår referens', (c) => ['Anna Lindqvist', 'Johan Ek', ''][+c.id % 3], []],
    ['Er referens', (c, o, r) => (vsPrivate(c) || r() < 0.5 ? '' : sv(c).full), ['person.name.fullName'], opt],
    ['Valuta', () => 'SEK', []],
    ['Fakturaspråk', (c) => (+c.id % 8 === 1 ? 'Engelska' : 'Svenska'), []],
    ['Rabatt %', (c) => (+c.id % 5 === 0 ? '10,00' : '0,00'), []],
    ['Omvänd byggmoms', () => 'Nej', []],
    ['Aktiv', (c) => (+c.id % 12 === 5 ? 'Nej' : 'Ja'), [], opt],
    ['Anteckningar', (c, o, r) => v.pick(r, ['', '', '', 'Ramavtal t.o.m. 2025-12-31', 'Fakturera via Pagero']), []],
  ] },
  { name: 'poweroffice-go-kunder-no', product: 'PowerOffice Go (Kunder > Eksporter til Excel; Norwegian UI, a Bergen accounting firm\'s customer list, companies and a few private persons)', family: 'crm', language: 'no', schema: B, cols: [
    ['Kundenr.', (c) => String(10000 + (+c.id % 5000)), B2BID],
    ['Navn', (c) => (poPrivate(c) ? nor(c).full : nor(c).company), ['b2b.companyName', 'organizations[0]', 'person.name.fullName'], opt],
    ['Org.nr.', (c) => (poPrivate(c) ? '' : nor(c).orgnr), [], opt],
    ['Privatperson', (c) => (poPrivate(c) ? 'Ja' : 'Nei'), [], opt],
    ['Kontaktperson', (c) => (poPrivate(c) ? '' : nor(c).full), ['person.name.fullName']],
    ['E-post', (c) => (poPrivate(c) ? nor(c).email : `${slug(nor(c).first)}@${coSite(nor(c).company)}.no`), ['workEmail.address', 'personalEmail.address']],
    ['E-post faktura', (c) => (poPrivate(c) ? '' : `faktura@${coSite(nor(c).company)}.no`), ['workEmail.address'], opt],
    ['Telefon', (c) => nor(c).phone, ['workPhone.number']],
    ['Mobil', (c, o, r) => (r() < 0.6 ? nor(c).mobile : ''), ['mobilePhone.number']],
    ['Postadresse', (c) => nor(c).street, at(['billingAddress', ...WORK, ...HOME], 'street1')],
    ['Postnr.', (c) => nor(c).zip, at(['billingAddress', ...WORK, ...HOME], 'postalCode')],
    ['Poststed', (c) => nor(c).city, at(['billingAddress', ...WORK, ...HOME], 'city')],
    ['Land', () => 'NO', at(['billingAddress', ...WORK, ...HOME], 'countryCode')],
    ['Besøksadresse', (c, o, r) => (r() < 0.4 ? `${pick(r, ['Sandviksbodene', 'Kong Oscars gate', 'Lars Hilles gate'])} ${v.int(r, 1, 70)}` : ''), ['workAddress.street1'], opt],
    ['Leveringsadresse', (c, o, r) => (r() < 0.15 ? nor(c).street : ''), ['shippingAddress.street1']],
    ['Hjemmeside', (c, o, r) => (poPrivate(c) || r() < 0.5 ? '' : `www.${coSite(nor(c).company)}.no`), ['b2b.companyWebsite']],
    ['Kundegruppe', (c) => PO_GROUP[+c.id % PO_GROUP.length], []],
    ['Kundeansvarlig', (c) => ['Kristin Vik', 'Tor Erik Lunde', 'Hanne Myklebust'][+c.id % 3], []],
    ['Avdeling', (c) => ['100 Regnskap', '200 Lønn', '100 Regnskap'][+c.id % 3], []],
    ['Betalingsbetingelse (dager)', (c) => String([14, 14, 10, 30][+c.id % 4]), []],
    ['Fakturaleveranse', (c) => (poPrivate(c) ? 'E-post' : PO_DELIV[+c.id % PO_DELIV.length]), []],
    ['Valuta', () => 'NOK', []],
    ['Saldo', (c) => sp3((+c.id % 37) * 1234.5), []],
    ['Arkivert', (c) => (+c.id % 15 === 7 ? 'Ja' : 'Nei'), [], opt],
    ['Opprettet', (c) => dmyDot(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Sist endret', (c) => dmyDot(upto(c.created, c.updated)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },
  // ---------------------------------------------------------------- e-commerce orders
  { name: 'shoporama-ordrer-da', product: 'Shoporama (Ordrer > Eksportér ordrer, CSV; Danish UI, a Danish tea-and-coffee web shop, one row per order line)', family: 'ecommerce-orders', language: 'da', schema: E, cols: [
    ['Ordre ID', (c, o) => String(80000 + +o.id), [OR('purchaseID'), '_id']],
    ['Dato', (c, o) => dmyDashHm(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o) => shSt(o), [], opt],
    ['Navn', (c) => da(c).full, []],
    ['Firma', (c, o, r) => (r() < 0.1 ? da(c).company : ''), []],
    ['Adresse', (c) => da(c).street, [BILL('street1')]],
    ['Postnr', (c) => da(c).zip, [BILL('postalCode')]],
    ['By', (c) => da(c).city, [BILL('city')]],
    ['Land', () => 'Danmark', [BILL('country')]],
    ['E-mail', (c) => da(c).email, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefon', (c) => da(c).phone, []],
    ['Leveringsnavn', (c) => (shOtherShip(c) ? da(c).full : ''), []],
    ['Leveringsadresse', (c, o, r) => (shOtherShip(c) ? `${pick(r, ['Vesterbrogade', 'Nørregade', 'Algade'])} ${v.int(r, 1, 90)}` : ''), [SHIP('street1')]],
    ['Leveringspostnr', (c) => (shOtherShip(c) ? da(c).zip : ''), [SHIP('postalCode')]],
    ['Leveringsby', (c) => (shOtherShip(c) ? da(c).city : ''), [SHIP('city')]],
    ['Leveringsmetode', (c, o) => shShip(o), ['commerce.shipping.shippingMethod']],
    ['Betalingsmetode', (c, o) => ['Kort (QuickPay)', 'MobilePay', 'Kort (QuickPay)', 'ViaBill'][+o.id % 4], [OR('payments[0].paymentType')]],
    ['Varenummer', (c, o) => `TE-${o.sku}`, [PL('SKU')]],
    ['Varenavn', (c, o) => ['Earl Grey Supreme 100 g', 'Sencha Kyoto 50 g', 'Espresso Blend hele bønner 500 g', 'Rooibos Vanilje 100 g', 'Chai Masala 75 g'][+o.id % 5], [PL('name')]],
    ['Antal', (c, o) => String(o.qty), [PL('quantity')]],
    ['Stykpris', (c, o) => dot3(shGoods(o) / o.qty), []],
    ['Linjetotal', (c, o) => dot3(shGoods(o)), [PL('priceTotal')]],
    ['Fragt', (c, o) => dot3(shFreight(o)), ['commerce.shipping.shippingAmount']],
    ['Rabatkode', (c, o) => (o.discount ? 'TEKOP50' : ''), [], opt],
    ['Rabat', (c, o) => dot3(shDisc(o)), [OR('discountAmount')]],
    ['Moms', (c, o) => dot3(shTotal(o) * 0.2), [OR('taxAmount')]],
    ['Total', (c, o) => dot3(shTotal(o)), [OR('priceTotal')]],
    ['Valuta', () => 'DKK', [OR('currencyCode')]],
    ['Track & trace', (c, o, r) => (shSt(o) === 'Afsendt' ? String(v.int(r, 10000000000, 99999999999)) : ''), ['commerce.shipping.trackingNumber'], opt],
    ['Kundens kommentar', (c, o, r) => v.pick(r, ['', '', '', 'Stilles ved bagdøren', 'Gaveindpakning tak']), []],
  ] },
  { name: 'abicart-ordrar-sv', product: 'Abicart (formerly Textalk Webshop: Beställningar > Exportera beställningar, CSV; Swedish UI, a Swedish yarn shop, one row per order line)', family: 'ecommerce-orders', language: 'sv', schema: E, cols: [
    ['Ordernummer', (c, o) => String(20000 + +o.id), [OR('purchaseID'), '_id']],
    ['Orderdatum', (c, o) => ymdHms(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o) => abSt(o), [], opt],
    ['Kundnummer', (c) => String(5000 + (+c.id % 4000)), [], opt],
    ['Förnamn', (c) => sv(c).first, []],
    ['Efternamn', (c) => sv(c).last, []],
    ['Företag', (c, o, r) => (r() < 0.08 ? sv(c).company : ''), []],
    ['E-post', (c) => sv(c).email, ['endUserIDs._experience.emailid.id'], opt],
    ['Mobiltelefon', (c) => sv(c).mobile, []],
    ['Adress', (c) => sv(c).street, [BILL('street1')]],
    ['Postnummer', (c) => sv(c).zip, [BILL('postalCode')]],
    ['Ort', (c) => sv(c).city, [BILL('city')]],
    ['Land', (c) => (+c.id % 10 === 4 ? 'Finland' : 'Sweden'), [BILL('country')]],
    ['Leveransadress', (c) => sv(c).street, [SHIP('street1')]],
    ['Leveranspostnummer', (c) => sv(c).zip, [SHIP('postalCode')]],
    ['Leveransort', (c) => sv(c).city, [SHIP('city')]],
    ['Leveransland', (c) => (+c.id % 10 === 4 ? 'Finland' : 'Sweden'), [SHIP('country')]],
    ['Leveranssätt', (c, o) => AB_SHIP[+o.id % AB_SHIP.length], ['commerce.shipping.shippingMethod']],
    ['Betalningssätt', (c, o) => AB_PAY[+o.id % AB_PAY.length], [OR('payments[0].paymentType')]],
    ['Artikelnummer', (c, o) => o.sku, [PL('SKU')]],
    ['Benämning', (c, o) => ['Merinoull Fingering 50 g, Havsgrön', 'Alpacka Silk 25 g, Natur', 'Rundstickor 80 cm, 4 mm', 'Mönster: Sjalen Vårbris', 'Bomullsgarn 8/4, Senap'][+o.id % 5], [PL('name')]],
    ['Antal', (c, o) => String(o.qty), [PL('quantity')]],
    ['Styckpris', (c, o) => (abGoods(o) / o.qty).toFixed(2), []],
    ['Radsumma', (c, o) => abGoods(o).toFixed(2), [PL('priceTotal')]],
    ['Frakt', (c, o) => abShip(o).toFixed(2), ['commerce.shipping.shippingAmount']],
    ['Rabattkod', (c, o) => (o.discount ? 'GARN50' : ''), [], opt],
    ['Moms', (c, o) => (abTotal(o) * 0.2).toFixed(2), [OR('taxAmount')]],
    ['Totalt', (c, o) => abTotal(o).toFixed(2), [OR('priceTotal')]],
    ['Valuta', () => 'SEK', [OR('currencyCode')]],
    ['Meddelande', (c, o, r) => v.pick(r, ['', '', '', 'Skicka gärna med mönstret i tryck', 'Present, ingen prislapp tack']), []],
    ['Partner', (c, o) => (+o.id % 6 === 2 ? 'Instagram' : ''), [], opt],
  ] },
  { name: 'ccv-shop-bestellingen-nl', product: 'CCV Shop (Bestellingen > Exporteren, CSV; Dutch UI, a Dutch garden-furniture web shop, one row per order)', family: 'ecommerce-orders', language: 'nl', schema: E, cols: [
    ['Ordernummer', (c, o) => `T${2024}${pad(+o.id % 100000, 5)}`, [OR('purchaseID'), '_id']],
    ['Besteldatum', (c, o) => dmyDashHms(o.at), ['timestamp', OR('createdDate')]],
    ['Orderstatus', (c, o) => ccvSt(o), [], opt],
    ['Betaalstatus', (c, o) => (['Nieuw'].includes(ccvSt(o)) ? 'Niet betaald' : ccvSt(o) === 'Geannuleerd' ? 'Terugbetaald' : 'Betaald'), [], opt],
    ['Betaalmethode', (c, o) => CCV_PAY[+o.id % CCV_PAY.length], [OR('payments[0].paymentType')]],
    ['Verzendmethode', (c, o) => ['PostNL Pakket', 'DHL Parcel', 'Afhalen in showroom', 'PostNL Pakket'][+o.id % 4], ['commerce.shipping.shippingMethod']],
    ['Bedrijfsnaam', (c, o, r) => (r() < 0.1 ? c.company : ''), []],
    ['Aanhef', (c) => (['Emma', 'Julia', 'Mila', 'Tess', 'Sanne', 'Femke'].includes(c.first) ? 'Mevrouw' : 'De heer'), []],
    ['Voornaam', (c) => c.first, []],
    ['Achternaam', (c) => c.last, []],
    ['Straat', (c) => nlStreet(c), [BILL('street1')]],
    ['Huisnummer', (c) => nlNo(c), [BILL('street1')], opt],
    ['Huisnummertoevoeging', (c, o, r) => (r() < 0.15 ? pick(r, ['A', 'bis', '2-hoog']) : ''), [BILL('street1'), BILL('street2')], opt],
    ['Postcode', (c) => c.postcode, [BILL('postalCode')]],
    ['Plaats', (c) => c.city, [BILL('city')]],
    ['Land', (c) => (+c.id % 9 === 4 ? 'België' : 'Nederland'), [BILL('country')]],
    ['E-mailadres', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefoonnummer', (c) => c.mobile, []],
    ['Afleveradres straat', (c) => nlStreet(c), [SHIP('street1')]],
    ['Afleveradres huisnummer', (c) => nlNo(c), [SHIP('street1')], opt],
    ['Afleveradres postcode', (c) => c.postcode, [SHIP('postalCode')]],
    ['Afleveradres plaats', (c) => c.city, [SHIP('city')]],
    ['Subtotaal', (c, o) => dot3(ccvGoods(o)), [], opt],
    ['Verzendkosten', (c, o) => dot3(ccvShip(o)), ['commerce.shipping.shippingAmount']],
    ['Betaalkosten', (c, o) => dot3(ccvPayFee(o)), []],
    ['Korting', (c, o) => dot3(o.discount ? 10 : 0), [OR('discountAmount')]],
    ['BTW', (c, o) => dot3(ccvTotal(o) * 21 / 121), [OR('taxAmount')]],
    ['Totaalbedrag', (c, o) => dot3(ccvTotal(o)), [OR('priceTotal')]],
    ['Aantal producten', (c, o) => String(o.qty), [PL('quantity')], opt],
    ['Opmerking klant', (c, o, r) => v.pick(r, ['', '', '', 'Graag na 17:00 bezorgen', 'Bel even aan bij de buren']), []],
    ['Track & Trace', (c, o, r) => (['Afgerond', 'Verzonden'].includes(ccvSt(o)) ? `3S${v.alnum(r, 4).toUpperCase()}${v.int(r, 1000000, 9999999)}` : ''), ['commerce.shipping.trackingNumber'], opt],
  ] },
  { name: 'mijnwebwinkel-bestellingen-nl', product: 'Mijnwebwinkel (MyOnlineStore: Bestellingen > Exporteren, Excel; Dutch UI, a Dutch pet-supplies shop, one row per order)', family: 'ecommerce-orders', language: 'nl', schema: E, cols: [
    ['Bestelnummer', (c, o) => String(1000 + +o.id), [OR('purchaseID'), '_id']],
    ['Factuurnummer', (c, o) => (mwSt(o) === 'Wacht op betaling' ? '' : `F${2024}-${pad(+o.id % 10000, 4)}`), [], opt],
    ['Datum', (c, o) => dmyDash(o.at), ['timestamp', OR('createdDate')], opt],
    ['Tijd', (c, o) => hm(o.at), [], opt],
    ['Status', (c, o) => mwSt(o), [], opt],
    ['Naam', (c) => c.full, []],
    ['Bedrijf', (c, o, r) => (r() < 0.07 ? c.company : ''), []],
    ['Adres', (c) => c.street, [BILL('street1')]],
    ['Postcode', (c) => c.postcode, [BILL('postalCode')]],
    ['Plaats', (c) => c.city, [BILL('city')]],
    ['Land', () => 'Nederland', [BILL('country')]],
    ['E-mail', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefoon', (c, o, r) => (r() < 0.7 ? c.mobile : ''), []],
    ['Afleveradres', (c, o, r) => (+c.id % 6 === 1 ? `${pick(r, ['Dorpsstraat', 'Kerkplein', 'Beukenlaan'])} ${v.int(r, 1, 120)}` : ''), [SHIP('street1')]],
    ['Betaalmethode', (c, o) => ['iDEAL', 'iDEAL', 'PayPal', 'Bancontact', 'Riverty achteraf betalen'][+o.id % 5], [OR('payments[0].paymentType')]],
    ['Verzendmethode', (c, o) => ['PostNL brievenbuspakje', 'PostNL pakket', 'DHL pakket'][+o.id % 3], ['commerce.shipping.shippingMethod']],
    ['Producten', (c, o) => `${o.qty}x ${['Kattenbrokken Zalm 2 kg', 'Hondenriem Nylon 120 cm', 'Krabpaal Cosy 90 cm', 'Vogelzaad Mix 1 kg'][+o.id % 4]}`, [PL('name')], opt],
    ['Aantal artikelen', (c, o) => String(o.qty), [PL('quantity')], opt],
    ['Subtotaal', (c, o) => dot3(mwGoods(o)), [], opt],
    ['Verzendkosten', (c, o) => dot3(mwShip(o)), ['commerce.shipping.shippingAmount']],
    ['Korting', (c, o) => dot3(o.discount ? 5 : 0), [OR('discountAmount')]],
    ['Kortingscode', (c, o) => (o.discount ? 'WELKOM5' : ''), [], opt],
    ['BTW 9%', (c, o) => dot3(+o.id % 2 ? mwTotal(o) * 9 / 109 : 0), [], opt],
    ['BTW 21%', (c, o) => dot3(+o.id % 2 ? 0 : mwTotal(o) * 21 / 121), [], opt],
    ['Totaal', (c, o) => dot3(mwTotal(o)), [OR('priceTotal')]],
    ['Opmerkingen', (c, o, r) => v.pick(r, ['', '', '', 'Niet aanbellen i.v.m. baby', 'Achterom bezorgen']), []],
  ] },
  // ---------------------------------------------------------------- e-commerce customers
  { name: 'dandomain-kunder-da', product: 'DanDomain Webshop (Kunder > Eksport af kunder, CSV; Danish UI, a Danish bike-parts web shop)', family: 'ecommerce-customers', language: 'da', schema: P, cols: [
    ['Kundenummer', (c) => String(+c.id % 90000 + 1000), ['_id', 'personID']],
    ['Firma', (c, o, r) => (r() < 0.12 ? da(c).company : ''), ['organizations[0]'], opt],
    ['Navn', (c) => da(c).full, ['person.name.fullName']],
    ['Adresse', (c) => da(c).street, at(HOME, 'street1')],
    ['Adresse 2', (c, o, r) => (r() < 0.2 ? `${v.int(r, 1, 5)}. ${pick(r, ['tv', 'th', 'mf'])}` : ''), at(HOME, 'street2'), opt],
    ['Postnummer', (c) => da(c).zip, at(HOME, 'postalCode')],
    ['By', (c) => da(c).city, at(HOME, 'city')],
    ['Land', () => 'Danmark', at(HOME, 'country')],
    ['Telefon', (c) => da(c).phone, ['homePhone.number', 'mobilePhone.number']],
    ['Mobil', (c, o, r) => (r() < 0.5 ? da(c).mobile : ''), ['mobilePhone.number']],
    ['Fax', () => '', ['faxPhone.number'], opt],
    ['E-mail', (c) => da(c).email, ['personalEmail.address']],
    ['CVR-nummer', (c, o, r) => (r() < 0.1 ? da(c).cvr : ''), [], opt],
    ['EAN-nummer', () => '', [], opt],
    ['Kundegruppe', (c) => DD_GRP[+c.id % DD_GRP.length], []],
    ['Nyhedsbrev', (c) => (+c.id % 3 === 0 ? 'Nej' : 'Ja'), [], opt],
    ['Leveringsnavn', (c) => (+c.id % 6 === 2 ? da(c).full : ''), []],
    ['Leveringsadresse', (c, o, r) => (+c.id % 6 === 2 ? `${pick(r, ['Søndergade', 'Østerbrogade', 'Havnevej'])} ${v.int(r, 1, 80)}` : ''), ['shippingAddress.street1']],
    ['Leveringspostnummer', (c) => (+c.id % 6 === 2 ? da(c).zip : ''), ['shippingAddress.postalCode']],
    ['Leveringsby', (c) => (+c.id % 6 === 2 ? da(c).city : ''), ['shippingAddress.city']],
    ['Brugernavn', (c) => da(c).email, ['personalEmail.address'], opt],
    ['Oprettet', (c) => dmyDash(c.created), [], opt],
    ['Sidst logget ind', (c, o, r) => (r() < 0.7 ? dmyDashHm(upto(c.created, c.updated)) : ''), [], opt],
    ['Antal ordrer', (c) => String(+c.id % 9), []],
    ['Omsætning', (c) => dot3((+c.id % 9) * 412.5), ['loyalty.lifetimePurchases'], opt],
    ['Reserveret 1', (c) => ['', 'Landevej', 'MTB', '', 'Gravel'][+c.id % 5], []],
  ] },
  // ---------------------------------------------------------------- email tools
  { name: 'mailmojo-kontakter-no', product: 'Mailmojo (Kontakter > Eksporter kontakter, CSV; Norwegian UI, a Norwegian bookshop chain\'s newsletter list with three custom fields)', family: 'email', language: 'no', schema: P, cols: [
    ['E-post', (c) => nor(c).email, ['personalEmail.address']],
    ['Navn', (c) => nor(c).full, ['person.name.fullName']],
    ['Status', (c) => mmSt(c), ['personalEmail.status'], opt],
    ['Lagt til', (c) => dmyDotHm(c.created), [], opt],
    ['Kilde', (c) => ['Påmeldingsskjema', 'Import', 'Påmeldingsskjema', 'Nettbutikk (API)', 'Pop-up'][+c.id % 5], [], opt],
    ['Lister', (c) => ['Nyhetsbrev', 'Nyhetsbrev, Barnebøker', 'Krim-klubben', 'Nyhetsbrev, Forfatterkvelder'][+c.id % 4], []],
    ['Tagger', (c) => ['', 'kunde', 'kunde, bokklubb', 'forhåndsbestilling', ''][+c.id % 5], []],
    ['Status endret', (c) => (mmSt(c) !== 'Aktiv' ? dmyDotHm(upto(c.created, c.updated)) : ''), [], opt],
    ['Sist åpnet', (c, o, r) => (mmSt(c) === 'Aktiv' && r() < 0.7 ? dmyDotHm(upto(c.created, c.updated)) : ''), [], opt],
    ['Sist klikket', (c, o, r) => (mmSt(c) === 'Aktiv' && r() < 0.4 ? dmyDotHm(upto(c.created, c.updated)) : ''), [], opt],
    ['Åpningsrate', (c) => `${(+c.id % 70) + 10} %`, []],
    ['Klikkrate', (c) => `${+c.id % 18} %`, []],
    ['Mobil', (c, o, r) => (r() < 0.5 ? `+47 ${nor(c).mobile}` : ''), ['mobilePhone.number']],
    ['Postnummer', (c, o, r) => (r() < 0.6 ? nor(c).zip : ''), at(HOME, 'postalCode')],
    ['Favorittbutikk', (c) => ['Oslo Majorstuen', 'Bergen sentrum', 'Trondheim Solsiden', ''][+c.id % 4], []],
  ] },
  { name: 'ungapped-kontakter-sv', product: 'Ungapped (Kontakter > Exportera, CSV; Swedish UI, a Swedish gym chain\'s members and leads)', family: 'email', language: 'sv', schema: P, cols: [
    ['Id', (c) => String(7100000 + +c.id), ['_id', 'personID']],
    ['E-post', (c) => sv(c).email, ['personalEmail.address']],
    ['Förnamn', (c) => sv(c).first, ['person.name.firstName']],
    ['Efternamn', (c) => sv(c).last, ['person.name.lastName']],
    ['Mobilnummer', (c, o, r) => (r() < 0.8 ? `+46${sv(c).mobile.replace(/\D/g, '').slice(1)}` : ''), ['mobilePhone.number']],
    ['Företag', (c, o, r) => (r() < 0.1 ? sv(c).company : ''), ['organizations[0]'], opt],
    ['Adress', (c, o, r) => (r() < 0.5 ? sv(c).street : ''), at(HOME, 'street1')],
    ['Postnummer', (c) => sv(c).zip, at(HOME, 'postalCode')],
    ['Ort', (c) => sv(c).city, at(HOME, 'city')],
    ['Land', () => 'SE', at(HOME, 'countryCode')],
    ['Födelsedag', (c, o, r) => (r() < 0.6 ? birthYmd(c.birth) : ''), ['person.birthDate']],
    ['Kön', (c) => (svFemale(c) ? 'Kvinna' : 'Man'), ['person.gender'], opt],
    ['Status', (c) => ugSt(c), ['personalEmail.status'], opt],
    ['Källa', (c) => ['Provträna-formulär', 'Medlemssystem', 'Import', 'Facebook Lead Ads'][+c.id % 4], [], opt],
    ['Listor', (c) => ['Medlemmar', 'Medlemmar; Nyhetsbrev', 'Leads', 'Nyhetsbrev'][+c.id % 4], []],
    ['Segment', (c) => ['Aktiv medlem', 'Aktiv medlem', 'Avslutad medlem', 'Lead'][+c.id % 4], []],
    ['Hemmaklubb', (c) => ['Göteborg Linné', 'Stockholm Odenplan', 'Malmö Triangeln', 'Uppsala Centrum'][+c.id % 4], []],
    ['Poäng', (c) => String(+c.id % 120), []],
    ['Samtycke SMS', (c) => (+c.id % 3 === 1 ? 'Nej' : 'Ja'), [], opt],
    ['Skapad', (c) => ymdHm(c.created), [], opt],
    ['Senast ändrad', (c) => ymdHm(upto(c.created, c.updated)), [], opt],
    ['Avregistrerad', (c) => (ugSt(c) === 'Avregistrerad' ? ymdHm(upto(c.created, c.updated)) : ''), [], opt],
  ] },
  { name: 'rule-prenumeranter-sv', product: 'Rule (rule.io: Prenumeranter > Exportera, CSV; Swedish UI, a Swedish skincare web shop, with its custom field groups Kund and Order)', family: 'email', language: 'sv', schema: P, cols: [
    ['E-post', (c) => sv(c).email, ['personalEmail.address']],
    ['Mobilnummer', (c, o, r) => (r() < 0.6 ? `46${sv(c).mobile.replace(/\D/g, '').slice(1)}` : ''), ['mobilePhone.number']],
    ['Status', (c) => (+c.id % 8 === 3 ? 'Avregistrerad' : 'Aktiv'), ['personalEmail.status'], opt],
    ['Taggar', (c) => RU_TAGS[+c.id % RU_TAGS.length], []],
    ['Språk', () => 'sv', [], opt],
    ['Skapad', (c) => ymdHms(c.created), [], opt],
    ['Uppdaterad', (c) => ymdHms(upto(c.created, c.updated)), [], opt],
    ['Kund.Förnamn', (c) => sv(c).first, ['person.name.firstName']],
    ['Kund.Efternamn', (c, o, r) => (r() < 0.85 ? sv(c).last : ''), ['person.name.lastName']],
    ['Kund.Födelsedag', (c, o, r) => (r() < 0.4 ? birthYmd(c.birth) : ''), ['person.birthDate']],
    ['Kund.Postnummer', (c, o, r) => (r() < 0.7 ? sv(c).zip.replace(' ', '') : ''), at(HOME, 'postalCode')],
    ['Kund.Ort', (c, o, r) => (r() < 0.7 ? sv(c).city : ''), at(HOME, 'city')],
    ['Kund.Hudtyp', (c) => ['Torr', 'Normal', 'Fet', 'Kombinerad', ''][+c.id % 5], []],
    ['Kund.Kundnummer', (c) => (ruOrders(c) ? String(300000 + +c.id % 100000) : ''), ['_id', 'personID'], opt],
    ['Order.Antal', (c) => String(ruOrders(c)), []],
    ['Order.Senaste datum', (c) => (ruOrders(c) ? ymd(upto(c.created, c.updated)) : ''), [], opt],
    ['Order.Totalt värde', (c) => (ruOrders(c) ? (ruOrders(c) * 389.5).toFixed(2) : ''), ['loyalty.lifetimePurchases'], opt],
    ['Order.Senaste produkter', (c) => (ruOrders(c) ? ['Ansiktsolja Nypon 30 ml', 'Dagkräm SPF 30, Rengöringsgel', 'Serum C-vitamin'][+c.id % 3] : ''), []],
  ] },
  { name: 'mailblue-contacten-nl', product: 'Mailblue (ActiveCampaign resold with a Dutch UI: Contacten > Exporteren, CSV; a Dutch online course provider\'s contacts with custom fields)', family: 'email', language: 'nl', schema: P, cols: [
    ['Contact-ID', (c) => String(+c.id % 60000 + 12), ['_id', 'personID']],
    ['E-mailadres', (c) => c.email, ['personalEmail.address']],
    ['Voornaam', (c) => c.first, ['person.name.firstName']],
    ['Achternaam', (c) => c.last, ['person.name.lastName']],
    ['Telefoonnummer', (c, o, r) => (r() < 0.5 ? c.mobile : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Organisatie', (c, o, r) => (r() < 0.3 ? c.company : ''), ['organizations[0]']],
    ['Tags', (c) => MB_TAGS[+c.id % MB_TAGS.length], []],
    ['Lijsten', (c) => ['Nieuwsbrief', 'Nieuwsbrief, Klanten', 'Webinar oktober'][+c.id % 3], []],
    ['Status', (c) => (+c.id % 9 === 2 ? 'Afgemeld' : 'Actief'), ['personalEmail.status'], opt],
    ['Aangemaakt op', (c) => dmyDashHms(c.created), [], opt],
    ['Bijgewerkt op', (c) => dmyDashHms(upto(c.created, c.updated)), [], opt],
    ['IP-adres', (c, o, r) => (r() < 0.6 ? v.ip4(r) : ''), [], opt],
    ['Score', (c) => String(+c.id % 85), []],
    ['Woonplaats', (c, o, r) => (r() < 0.6 ? c.city : ''), at(HOME, 'city')],
    ['Postcode', (c, o, r) => (r() < 0.4 ? c.postcode : ''), at(HOME, 'postalCode')],
    ['Geboortedatum', (c, o, r) => (r() < 0.3 ? birthDmy(c.birth) : ''), ['person.birthDate']],
    ['Functie', (c, o, r) => (r() < 0.3 ? pick(r, ['Office manager', 'Financieel medewerker', 'Docent', 'Zzp\'er']) : ''), []],
    ['Gekochte cursus', (c) => ['', 'Excel Basis', 'Excel Gevorderd', 'Power BI', ''][+c.id % 5], []],
    ['Klant sinds', (c) => (+c.id % 5 % 4 ? dmyDash(c.created) : ''), [], opt],
  ] },
  // ---------------------------------------------------------------- payments
  { name: 'buckaroo-transacties-nl', product: 'Buckaroo (Buckaroo Plaza: Transacties > Zoeken > Exporteren, CSV; Dutch UI, a Dutch theatre\'s online ticket payments)', family: 'payments', language: 'nl', schema: E, cols: [
    ['Datum', (c, o) => dmyDashHms(o.at), ['timestamp']],
    ['Transactiekey', (c, o, r) => v.hex(r, 32).toUpperCase(), [OR('payments[0].transactionID'), '_id']],
    ['Type', (c, o) => (bkRefund(o) ? 'Terugbetaling' : 'Betaling'), [], opt],
    ['Betaalmethode', (c, o) => bkPm(o), [OR('payments[0].paymentType')]],
    ['Status', (c, o) => bkSt(o), [], opt],
    ['Statuscode', (c, o) => ({ Succes: '190', 'Geannuleerd door consument': '890', Mislukt: '490', 'Wacht op consument': '790' })[bkSt(o)], []],
    ['Bedrag', (c, o) => comma(bkAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Valuta', () => 'EUR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Factuurnummer', (c, o) => `TKT-${300000 + +o.id}`, [OR('purchaseID')]],
    ['Omschrijving', (c, o) => `Tickets voorstelling ${['De Gebroeders Leeuwenhart', 'Hamlet', 'Cabaret: Nachtwerk', 'Nieuwjaarsconcert'][+o.id % 4]}`, [], opt],
    ['Website', () => 'tickets.stadsschouwburg-example.nl', []],
    ['Naam consument', (c, o) => (['iDEAL', 'Bancontact'].includes(bkPm(o)) ? `${c.first[0]}. ${c.last}` : ''), []],
    ['IBAN consument', (c, o, r) => (bkPm(o) === 'iDEAL' ? `NL**${bkBank(o)[0]}******${v.int(r, 1000, 9999)}` : ''), []],
    ['Bank consument', (c, o) => (bkPm(o) === 'iDEAL' ? bkBank(o)[1] : ''), [], opt],
    ['Kaartnummer', (c, o, r) => (['Visa', 'Mastercard'].includes(bkPm(o)) ? `${bkPm(o) === 'Visa' ? '4' : '5'}${v.int(r, 10000, 99999)}******${v.int(r, 1000, 9999)}` : ''), []],
    ['E-mail consument', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Terugbetaald bedrag', (c, o) => (bkRefund(o) ? comma(bkAmt(o)) : '0,00'), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['Transactiekosten', (c, o) => comma(bkPm(o) === 'iDEAL' ? 0.29 : 0.25 + bkAmt(o) * 0.018), []],
    ['Land', (c, o) => (bkPm(o) === 'Bancontact' ? 'BE' : 'NL'), [BILL('countryCode')], opt],
    ['Boekdatum', (c, o) => (bkSt(o) === 'Succes' ? dmyDash(o.at + 86400000) : ''), [], opt],
  ] },
]
