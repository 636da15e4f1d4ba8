// Round 47, heldout47: held-out sets written apart from the suggester and any tuning, scored once at the end. Polish,
// Czech, Slovak and Italian tools (e-commerce, email/marketing, invoicing contacts, payments, a POS loyalty list). Same
// format as sets.mjs (sources in ../README.md): header as the product exports it, one value generator per column in the
// product's formats, the accepted destinations ([] = nothing fits) and 'opt' for borderline columns.
import { E, B, P, v, f, at, HOME, B2BID, PL, OR, SHIP, BILL, opt } from './sets.mjs'
import { loc, slug } from './values10.mjs'
import { pad, shift } from './values.mjs'

const ID = ['_id', 'personID']
const WORK = ['workAddress']
const EMAILID = 'endUserIDs._experience.emailid.id'
// summer time (April-October) by month, good enough for generated rows; Warsaw, Prague, Bratislava and Rome share it
const dst = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 }
const cet = (ms) => shift(ms, dst(ms) ? 2 : 1)
const plDT = (ms) => { const p = cet(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const plDate = (ms) => { const p = cet(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const csDate = (ms) => { const p = cet(ms); return `${p.d}. ${p.m}. ${p.y}` }
const csDT = (ms) => { const p = cet(ms); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}` }
const dmy = (ms) => { const p = cet(ms); return `${pad(p.d)}.${pad(p.m)}.${p.y}` }
const itDate = (ms) => { const p = cet(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const itDT = (ms) => { const p = cet(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const comma = (n) => n.toFixed(2).replace('.', ',')
const spaced = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, ' ')
const itMoney = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')
const DAY = 86400000
// a person's first and last dates in the right order (sign-up before last activity)
const early = (c) => Math.min(c.created, c.updated)
const late = (c) => Math.max(c.created, c.updated)
const pl = (c) => loc(c, 'pl')
const cz = (c) => loc(c, 'cs')
const plNip = (c) => String(5200000000 + (+c.id * 7907) % 899999999)
const ip = (r) => v.ip4(r)

// Sky-Shop: orders of a Polish home-decor shop (Zamówienia > Eksport zamówień, CSV; amounts in złoty with a decimal comma).
const SS_ST = ['Nowe', 'W realizacji', 'W realizacji', 'Wysłane', 'Zrealizowane', 'Zrealizowane', 'Anulowane']
const SS_DOST = ['Paczkomaty InPost', 'Paczkomaty InPost', 'Kurier InPost', 'Kurier DPD', 'Poczta Polska', 'Odbiór osobisty']
const SS_PLAT = ['Przelewy24', 'BLIK', 'Przelew tradycyjny', 'Za pobraniem', 'PayU']
const ssSub = (o) => +(o.subtotal * 4.3).toFixed(2)
const ssShip = (o) => (o.shipping ? 14.99 : 0)
const ssDisc = (o) => (o.discount ? 20 : 0)
const ssTot = (o) => +(ssSub(o) + ssShip(o) - ssDisc(o)).toFixed(2)
const ssSt = (o) => SS_ST[+o.id % SS_ST.length]
const ssSent = (o) => ['Wysłane', 'Zrealizowane'].includes(ssSt(o))
// Axerve: card and wallet payments of an Italian wine e-shop (Axerve Dashboard > Transazioni > Esporta).
const AX_ST = ['Movimentata', 'Movimentata', 'Movimentata', 'Autorizzata', 'Stornata', 'Negata', 'Rimborsata']
const axSt = (o) => AX_ST[+o.id % AX_ST.length]
const AX_MET = [['Carta di credito', 'VISA'], ['Carta di credito', 'MASTERCARD'], ['Carta di credito', 'MAESTRO'], ['PayPal', ''], ['MyBank', ''], ['Carta di credito', 'AMEX'], ['Apple Pay', 'VISA']]
const axMet = (o) => AX_MET[+o.id % AX_MET.length]
const axAmt = (o) => +(o.total * 1.6).toFixed(2)
// ExpertSender: subscribers of a Polish fashion retailer's newsletter (Subskrybenci > Eksport, CSV; Polish UI).
const ES_ST = ['Aktywny', 'Aktywny', 'Aktywny', 'Aktywny', 'Wypisany', 'Odbity', 'Zablokowany']
const esSt = (c) => ES_ST[+c.id % ES_ST.length]
// edrone: customers of a Polish cosmetics e-shop's CRM (CRM > Klienci > Eksportuj, CSV).
const ED_SRC = ['Pop-up', 'Zamówienie', 'Zamówienie', 'Formularz w stopce', 'Import', 'Social login']
const ED_RFM = ['Nowi', 'Lojalni', 'Champions', 'Zagrożeni', 'Uśpieni', 'Potencjalnie lojalni']
const edOrders = (c) => (+c.id % 4 === 0 ? 0 : 1 + (+c.id % 9))
const edSpent = (c) => +(edOrders(c) * (74.9 + (+c.id % 31) * 3.2)).toFixed(2)
// iFirma: counterparties (kontrahenci) of a Kraków web agency (Kontrahenci > Lista kontrahentów > Eksport).
const IF_FIRMY = ['Nowak Sp. z o.o.', 'Polbud S.A.', 'Mazowsze Logistyka Sp. z o.o.', 'Kraków Design s.c.', '', 'Studio Mebli Dąb Sp. z o.o.']
const ifFirma = (c) => IF_FIRMY[+c.id % IF_FIRMY.length]
const ifName = (c) => ifFirma(c) || pl(c).full
const ifCode = (c) => slug(ifName(c)).slice(0, 12).toUpperCase()
// Redcart: registered customers of a Polish pet-supplies shop (Klienci > Lista klientów > Eksport do CSV).
const RC_GRP = ['Detal', 'Detal', 'Detal', 'Hurt', 'Stały klient', 'Hodowla']
// SuperFaktúra: clients of a Bratislava IT-services firm (Kontakty > Klienti > Export; Slovak UI).
const SK = {
  first: [['Peter', 'Jana'], ['Martin', 'Mária'], ['Michal', 'Zuzana'], ['Tomáš', 'Lucia'], ['Juraj', 'Katarína'], ['Marek', 'Veronika']],
  last: [['Horváth', 'Horváthová'], ['Kováč', 'Kováčová'], ['Varga', 'Vargová'], ['Tóth', 'Tóthová'], ['Nagy', 'Nagyová'], ['Baláž', 'Balážová'], ['Szabó', 'Szabóová'], ['Molnár', 'Molnárová']],
  cities: [['Bratislava', '811 01'], ['Bratislava', '821 08'], ['Košice', '040 01'], ['Žilina', '010 01'], ['Nitra', '949 01'], ['Banská Bystrica', '974 01'], ['Trnava', '917 01']],
  street: ['Obchodná', 'Mlynské nivy', 'Hlavná', 'Štúrova', 'Námestie SNP', 'Vajnorská', 'Hurbanova'],
  companies: ['Tatra Soft s.r.o.', 'Dunaj Logistik a.s.', 'Malá Fatra Trade s.r.o.', 'Považská stavebná s.r.o.', 'Zemplín Agro s.r.o.', 'Kysuce Drevo s.r.o.'],
}
const skMemo = new Map()
const sk = (c) => {
  if (skMemo.has(c.id + c.first)) return skMemo.get(c.id + c.first)
  const r = v.rng(+c.id * 211 + c.first.length * 17)
  const female = r() < 0.5
  const first = v.pick(r, SK.first)[female ? 1 : 0], last = v.pick(r, SK.last)[female ? 1 : 0]
  const [city, zip] = v.pick(r, SK.cities)
  const company = v.pick(r, SK.companies)
  const dic = String(v.int(r, 2020000000, 2129999999))
  const p = { first, last, full: `${first} ${last}`, female, city, zip, company, dic, ico: String(v.int(r, 30000000, 54999999)),
    street: `${v.pick(r, SK.street)} ${v.int(r, 1, 80)}`, phone: `+421 2 ${v.int(r, 2000, 6999)} ${v.int(r, 1000, 9999)}`,
    mobile: `+421 9${v.pick(r, ['02', '03', '05', '10', '15', '44'])} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}` }
  p.email = `${slug(first)}.${slug(last)}@${slug(company).slice(0, 10)}.sk`
  skMemo.set(c.id + c.first, p)
  return p
}
// ABRA Flexi: address book (Adresář) of a Brno wholesale distributor (Czech UI, export of the list view to CSV).
const FX_VZTAH = ['Odběratel', 'Odběratel', 'Odběratel', 'Dodavatel', 'Odběratel/dodavatel']
const FX_SKUP = ['VO Morava', 'VO Čechy', 'Maloobchod', 'E-shopy', '']
const fxWeb = (c) => `www.${slug(cz(c).company).slice(0, 12)}.cz`
// ThePay: payments of a Czech sports-nutrition e-shop (administrace ThePay > Platby > Export, CSV).
const TP_ST = ['Zaplaceno', 'Zaplaceno', 'Zaplaceno', 'Zaplaceno', 'Čeká na zaplacení', 'Zrušeno', 'Vráceno', 'Expirováno']
const tpSt = (o) => TP_ST[+o.id % TP_ST.length]
const TP_MET = ['Platební karta', 'Platební karta', 'Apple Pay', 'Google Pay', 'Rychlý převod ČSOB', 'Rychlý převod KB', 'Twisto']
const tpAmt = (o) => +(o.total * 25).toFixed(2)
// Mailkit: recipients of a Czech online bookshop's address book (Kontakty > Adresáře > Export, CSV).
const MK_ST = ['aktivní', 'aktivní', 'aktivní', 'aktivní', 'odhlášený', 'nedoručitelný']
const MK_ZANR = ['detektivky', 'fantasy', 'dětské knihy', 'cestopisy', 'historie', '']
// Dotykačka: customers with loyalty cards of a Prague café chain (Vzdálená správa > Zákazníci > Export; Czech UI).
const DK_SKUP = ['', '', 'Stálý host', 'Stálý host', 'VIP 10 %', 'Zaměstnanci']
const dkCard = (c) => `29${pad(+c.id % 1000000, 6)}${pad(+c.id % 97, 4)}`
// Aruba Fatturazione Elettronica: customer book of a Milan consultancy (Rubrica > Clienti > Esporta; Italian UI).
const AR_TIPO = ['Azienda', 'Azienda', 'Azienda', 'Persona fisica', 'Pubblica Amministrazione']
const arTipo = (c) => AR_TIPO[+c.id % AR_TIPO.length]
const AR_DEN = ['Soylent S.r.l.', 'Studio Associato Bianchi', 'Lombarda Impianti S.p.A.', 'Comune di Sesto San Giovanni', 'Edil Colombo S.n.c.']
const arDen = (c) => (arTipo(c) === 'Persona fisica' ? '' : arTipo(c) === 'Pubblica Amministrazione' ? 'Comune di Sesto San Giovanni' : AR_DEN[+c.id % 3])
const arCf = (c) => `${slug(c.last).slice(0, 3).toUpperCase().padEnd(3, 'X')}${slug(c.first).slice(0, 3).toUpperCase().padEnd(3, 'X')}${String(1950 + (+c.id % 50)).slice(2)}${'ABCDEHLMPRST'[+c.id % 12]}${pad(1 + (+c.id % 28))}F205${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[+c.id % 26]}`

export const SETS = [
  // ---------------------------------------------------------------- e-commerce orders (Sky-Shop, Polish UI)
  { name: 'sky-shop-zamowienia-pl', product: 'Sky-Shop (panel sklepu: Zamówienia > Eksport zamówień, CSV; Polish UI, a Polish home-decor shop, one row per order)', family: 'ecommerce-orders', language: 'pl', schema: E, cols: [
    ['ID zamówienia', (c, o) => String(18000 + +o.id), [OR('purchaseID'), '_id']],
    ['Data zamówienia', (c, o) => plDT(o.at), ['timestamp', OR('createdDate')]],
    ['Status zamówienia', (c, o) => ssSt(o), [], opt],
    ['Imię', (c) => pl(c).first, []],
    ['Nazwisko', (c) => pl(c).last, []],
    ['E-mail', (c) => pl(c).email, [EMAILID], opt],
    ['Telefon', (c) => pl(c).mobile, []],
    ['Firma', (c, o) => (+o.id % 5 === 2 ? pl(c).company : ''), []],
    ['NIP', (c, o) => (+o.id % 5 === 2 ? plNip(c) : ''), [], opt],
    ['Ulica', (c) => pl(c).street, [BILL('street1')]],
    ['Kod pocztowy', (c) => pl(c).zip, [BILL('postalCode')]],
    ['Miasto', (c) => pl(c).city, [BILL('city')]],
    ['Dostawa - ulica', (c, o) => (+o.id % 5 === 0 ? 'ul. Polna 3' : pl(c).street), [SHIP('street1')]],
    ['Dostawa - kod pocztowy', (c, o) => (+o.id % 5 === 0 ? '05-500' : pl(c).zip), [SHIP('postalCode')]],
    ['Dostawa - miasto', (c, o) => (+o.id % 5 === 0 ? 'Piaseczno' : pl(c).city), [SHIP('city')]],
    ['Dostawa - kraj', () => 'Polska', [SHIP('country')]],
    ['Forma dostawy', (c, o) => SS_DOST[+o.id % SS_DOST.length], ['commerce.shipping.shippingMethod']],
    ['Koszt dostawy', (c, o) => comma(ssShip(o)), ['commerce.shipping.shippingAmount']],
    ['Forma płatności', (c, o) => SS_PLAT[+o.id % SS_PLAT.length], [OR('payments[0].paymentType')], opt],
    ['Opłacone', (c, o) => (ssSt(o) === 'Nowe' || ssSt(o) === 'Anulowane' ? 'Nie' : 'Tak'), [], opt],
    ['Ilość produktów', (c, o) => String(o.qty), [PL('quantity')], opt],
    ['Wartość produktów', (c, o) => comma(ssSub(o)), [], opt],
    ['Rabat', (c, o) => comma(ssDisc(o)), [OR('discountAmount')]],
    ['Kod rabatowy', (c, o) => (o.discount ? 'WIOSNA20' : ''), ['commerce.promotionID'], opt],
    ['Wartość zamówienia', (c, o) => comma(ssTot(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Waluta', () => 'PLN', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Numer przesyłki', (c, o, r) => (ssSent(o) ? `6${v.int(r, 10000000, 99999999)}${v.int(r, 1000000, 9999999)}` : ''), ['commerce.shipping.trackingNumber']],
    ['Data wysłania', (c, o) => (ssSent(o) ? plDT(o.at + 2 * DAY) : ''), ['commerce.shipping.shipDate'], opt],
    ['Faktura VAT', (c, o, r) => (r() < 0.2 ? 'Tak' : 'Nie'), []],
    ['Komentarz klienta', (c, o, r) => v.pick(r, ['', '', '', 'Proszę o staranne zapakowanie', 'Dostawa po 16:00']), []],
    ['Notatka wewnętrzna', (c, o, r) => v.pick(r, ['', '', '', 'sprawdzić stan magazynu', 'klient dzwonił']), []],
    ['Źródło', (c, o) => ['Sklep', 'Sklep', 'Sklep', 'Allegro', 'Ceneo'][+o.id % 5], [], opt],
    ['Adres IP', (c, o, r) => ip(r), ['environment.ipV4']],
  ] },

  // ---------------------------------------------------------------- payments (Axerve, Italian UI)
  { name: 'axerve-transazioni-it', product: 'Axerve (Axerve Dashboard: Transazioni > Ricerca transazioni > Esporta, CSV; Italian UI, an Italian wine e-shop on the former GestPay gateway)', family: 'payments', language: 'it', schema: E, cols: [
    ['Shop Login', () => 'GESPAY67421', []],
    ['ID transazione shop', (c, o) => `VIN-${2024}${o.id}`, [OR('purchaseID')]],
    ['ID transazione banca', (c, o) => String(4100000 + +o.id * 13), [OR('payments[0].transactionID'), '_id']],
    ['Data transazione', (c, o) => itDT(o.at), ['timestamp']],
    ['Stato', (c, o) => axSt(o), [], opt],
    ['Esito', (c, o) => (axSt(o) === 'Negata' ? 'KO' : 'OK'), [], opt],
    ['Importo', (c, o) => itMoney(axAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Divisa', () => 'EUR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Importo movimentato', (c, o) => itMoney(['Movimentata', 'Rimborsata'].includes(axSt(o)) ? axAmt(o) : 0), [], opt],
    ['Importo rimborsato', (c, o) => itMoney(axSt(o) === 'Rimborsata' ? axAmt(o) : 0), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['Metodo di pagamento', (c, o) => axMet(o)[0], [OR('payments[0].paymentType')]],
    ['Circuito', (c, o) => axMet(o)[1], [OR('payments[0].paymentType')], opt],
    ['Numero carta', (c, o, r) => (axMet(o)[1] ? `${v.pick(r, ['4', '5'])}${v.int(r, 10000, 99999)}******${v.int(r, 1000, 9999)}` : ''), []],
    ['Codice autorizzazione', (c, o, r) => (axSt(o) === 'Negata' ? '' : v.alnum(r, 6).toUpperCase()), []],
    ['3D Secure', (c, o) => (axMet(o)[1] ? 'FULL' : ''), []],
    ['Nome acquirente', (c) => c.full, []],
    ['Email acquirente', (c) => c.email, [EMAILID], opt],
    ['Paese emissione carta', (c, o) => (axMet(o)[1] ? (+o.id % 9 === 4 ? 'DEU' : 'ITA') : ''), [], opt],
    ['Codice errore', (c, o) => (axSt(o) === 'Negata' ? '74' : '0'), []],
    ['Descrizione errore', (c, o) => (axSt(o) === 'Negata' ? 'Autorizzazione negata' : 'Transazione correttamente effettuata'), []],
    ['Indirizzo IP', (c, o, r) => ip(r), ['environment.ipV4']],
    ['Canale', (c, o) => (+o.id % 6 === 2 ? 'Pay by Link' : 'E-commerce'), [], opt],
  ] },

  // ---------------------------------------------------------------- email (ExpertSender, Polish UI)
  { name: 'expertsender-subskrybenci-pl', product: 'ExpertSender (ECDP: Subskrybenci > Eksport subskrybentów, CSV; Polish UI, a Polish fashion retailer\'s newsletter list)', family: 'email', language: 'pl', schema: P, cols: [
    ['ID subskrybenta', (c) => String(2000000 + +c.id), ID],
    ['E-mail', (c) => pl(c).email, ['personalEmail.address']],
    ['Imię', (c) => pl(c).first, ['person.name.firstName']],
    ['Nazwisko', (c) => pl(c).last, ['person.name.lastName']],
    ['Nazwa', (c, o, r) => (r() < 0.8 ? pl(c).full : ''), ['person.name.fullName']],
    ['Telefon', (c, o, r) => (r() < 0.5 ? pl(c).mobile.replace(/ /g, '') : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Lista', (c) => (+c.id % 4 === 0 ? 'Newsletter PL - VIP' : 'Newsletter PL'), []],
    ['Status', (c) => esSt(c), [], opt],
    ['Data dodania', (c) => plDT(early(c)), [], opt],
    ['Data wypisania', (c) => (esSt(c) === 'Wypisany' ? plDT(late(c)) : ''), [], opt],
    ['Źródło (tracking code)', (c) => ['popup-10proc', 'checkout', 'stopka', 'konkurs-lato', 'import-2021'][+c.id % 5], [], opt],
    ['Vendor', (c) => ['', 'facebook_leadads', 'google', ''][+c.id % 4], []],
    ['IP', (c, o, r) => ip(r), []],
    ['Płeć', (c) => (pl(c).female ? 'K' : 'M'), ['person.gender'], opt],
    ['Data urodzenia', (c, o, r) => (r() < 0.6 ? plDate(c.birth) : ''), ['person.birthDate']],
    ['Miasto', (c) => pl(c).city, at(HOME, 'city')],
    ['Kod pocztowy', (c) => pl(c).zip, at(HOME, 'postalCode')],
    ['Ostatnie otwarcie', (c, o, r) => (r() < 0.7 ? plDT(late(c)) : ''), [], opt],
    ['Ostatnie kliknięcie', (c, o, r) => (r() < 0.4 ? plDT(late(c)) : ''), [], opt],
    ['Segment RFM', (c) => ['Nowi', 'Aktywni', 'VIP', 'Uśpieni'][+c.id % 4], []],
    ['Ulubiony salon', (c) => ['Warszawa Arkadia', 'Kraków Galeria', 'Gdańsk Forum', ''][+c.id % 4], []],
  ] },

  // ---------------------------------------------------------------- marketing automation (edrone, Polish UI)
  { name: 'edrone-klienci-pl', product: 'edrone (CRM > Klienci > Eksportuj, CSV; Polish UI, a Polish cosmetics e-shop\'s customer base)', family: 'marketing', language: 'pl', schema: P, cols: [
    ['ID klienta', (c) => v.hex(v.rng(+c.id + 5), 24), ID],
    ['E-mail', (c) => pl(c).email, ['personalEmail.address']],
    ['Imię', (c) => pl(c).first, ['person.name.firstName']],
    ['Nazwisko', (c, o, r) => (r() < 0.8 ? pl(c).last : ''), ['person.name.lastName']],
    ['Numer telefonu', (c, o, r) => (r() < 0.6 ? pl(c).mobile.replace(/\D/g, '') : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Płeć', (c, o, r) => (r() < 0.2 ? 'NIEZNANY' : pl(c).female ? 'F' : 'M'), ['person.gender'], opt],
    ['Data urodzenia', (c, o, r) => (r() < 0.5 ? plDate(c.birth) : ''), ['person.birthDate']],
    ['Miasto', (c) => pl(c).city, at(HOME, 'city')],
    ['Kraj', () => 'PL', at(HOME, 'countryCode')],
    ['Język', () => 'pl', [], opt],
    ['Status subskrypcji e-mail', (c) => (+c.id % 6 === 0 ? '0' : '1'), [], opt],
    ['Status subskrypcji SMS', (c, o, r) => v.pick(r, ['1', '0', '']), [], opt],
    ['Tagi', (c, o, r) => v.pick(r, ['', 'cera-sucha', 'cera-sucha, wegańskie', 'black-week-2023', '']), []],
    ['Kanał pozyskania', (c) => ED_SRC[+c.id % ED_SRC.length], [], opt],
    ['Data pierwszej wizyty', (c) => plDT(early(c)), [], opt],
    ['Ostatnia aktywność', (c) => plDT(late(c)), [], opt],
    ['Liczba zamówień', (c) => String(edOrders(c)), []],
    ['Wartość zamówień', (c) => comma(edSpent(c)), ['loyalty.lifetimePurchases'], opt],
    ['Średnia wartość zamówienia', (c) => (edOrders(c) ? comma(edSpent(c) / edOrders(c)) : '0,00'), []],
    ['Data ostatniego zamówienia', (c) => (edOrders(c) ? plDT(late(c)) : ''), [], opt],
    ['Segment RFM', (c) => ED_RFM[+c.id % ED_RFM.length], []],
  ] },

  // ---------------------------------------------------------------- invoicing contacts (iFirma, Polish UI)
  { name: 'ifirma-kontrahenci-pl', product: 'iFirma (Kontrahenci > Lista kontrahentów > Eksport do CSV; Polish UI, a Kraków web agency\'s customers and suppliers)', family: 'crm', language: 'pl', schema: B, cols: [
    ['Identyfikator', (c) => ifCode(c), B2BID],
    ['Nazwa', (c) => ifName(c), ['b2b.companyName', 'organizations[0]']],
    ['NIP', (c) => (ifFirma(c) ? plNip(c) : ''), [], opt],
    ['PESEL', (c) => (ifFirma(c) ? '' : `${String(c.birth ? new Date(c.birth).getUTCFullYear() : 1980).slice(2)}${pad(+c.id % 12 + 1)}${pad(+c.id % 28 + 1)}${pad(+c.id % 99999, 5)}`), ['person.taxId'], opt],
    ['Osoba fizyczna', (c) => (ifFirma(c) ? 'Nie' : 'Tak'), [], opt],
    ['Kraj', () => 'Polska', at(WORK, 'country')],
    ['Ulica', (c) => pl(c).street, ['workAddress.street1']],
    ['Kod pocztowy', (c) => pl(c).zip, ['workAddress.postalCode']],
    ['Miejscowość', (c) => pl(c).city, ['workAddress.city']],
    ['E-mail', (c) => (ifFirma(c) ? `biuro@${slug(ifFirma(c)).slice(0, 10)}.pl` : pl(c).email), ['workEmail.address', 'personalEmail.address']],
    ['Telefon', (c) => pl(c).mobile, ['workPhone.number', 'mobilePhone.number']],
    ['Osoba kontaktowa', (c) => (ifFirma(c) ? pl(c).full : ''), ['person.name.fullName'], opt],
    ['Dostawca', (c) => (+c.id % 5 === 1 ? 'Tak' : 'Nie'), []],
    ['Odbiorca', () => 'Tak', []],
    ['Zgoda na otrzymywanie e-faktur', () => 'Tak', []],
    ['Zgoda na przetwarzanie w celach marketingowych', (c) => (+c.id % 3 === 0 ? 'Tak' : 'Nie'), [], opt],
    ['Termin płatności', (c) => ['7', '14', '14', '30'][+c.id % 4], []],
    ['Numer rachunku', (c, o, r) => (r() < 0.5 ? `${pad(v.int(r, 10, 99))} ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)}` : ''), []],
    ['Grupa', (c) => ['Stali klienci', 'Nowi', 'Podwykonawcy', ''][+c.id % 4], []],
    ['Uwagi', (c, o, r) => v.pick(r, ['', '', 'faktury tylko mailem', 'płaci z opóźnieniem']), []],
    ['Data dodania', (c) => plDate(early(c)), ['extSourceSystemAudit.createdDate'], opt],
  ] },

  // ---------------------------------------------------------------- e-commerce customers (Redcart, Polish UI)
  { name: 'redcart-klienci-pl', product: 'Redcart (panel: Klienci > Lista klientów > Eksport do CSV; Polish UI, a Polish pet-supplies shop\'s registered customers)', family: 'ecommerce-customers', language: 'pl', schema: P, cols: [
    ['ID', (c) => String(+c.id % 40000 + 1), ID],
    ['Data rejestracji', (c) => plDT(early(c)), [], opt],
    ['Imię', (c) => pl(c).first, ['person.name.firstName']],
    ['Nazwisko', (c) => pl(c).last, ['person.name.lastName']],
    ['E-mail', (c) => pl(c).email, ['personalEmail.address']],
    ['Telefon', (c) => pl(c).mobile, ['mobilePhone.number', 'homePhone.number']],
    ['Firma', (c) => (+c.id % 7 === 3 ? pl(c).company : ''), ['organizations[0]'], opt],
    ['NIP', (c) => (+c.id % 7 === 3 ? plNip(c) : ''), [], opt],
    ['Ulica i numer', (c) => pl(c).street, at(HOME, 'street1')],
    ['Kod pocztowy', (c) => pl(c).zip, at(HOME, 'postalCode')],
    ['Miejscowość', (c) => pl(c).city, at(HOME, 'city')],
    ['Województwo', (c) => pl(c).region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Kraj', () => 'Polska', at(HOME, 'country')],
    ['Adres dostawy - ulica', (c) => (+c.id % 4 === 1 ? 'ul. Kwiatowa 12' : ''), ['shippingAddress.street1']],
    ['Adres dostawy - kod pocztowy', (c) => (+c.id % 4 === 1 ? '62-080' : ''), ['shippingAddress.postalCode']],
    ['Adres dostawy - miejscowość', (c) => (+c.id % 4 === 1 ? 'Tarnowo Podgórne' : ''), ['shippingAddress.city']],
    ['Grupa klientów', (c) => RC_GRP[+c.id % RC_GRP.length], []],
    ['Rabat (%)', (c) => (RC_GRP[+c.id % RC_GRP.length] === 'Detal' ? '0' : ['5', '10'][+c.id % 2]), []],
    ['Newsletter', (c) => (c.bool ? 'Tak' : 'Nie'), [], opt],
    ['Aktywny', (c) => (+c.id % 15 === 0 ? 'Nie' : 'Tak'), [], opt],
    ['Liczba zamówień', (c) => String(+c.id % 17), []],
    ['Wartość zamówień', (c) => comma((+c.id % 17) * 89.5), ['loyalty.lifetimePurchases'], opt],
    ['Punkty', (c) => String((+c.id % 17) * 89), ['loyalty.points']],
    ['Ostatnie logowanie', (c) => plDT(late(c)), [], opt],
  ] },

  // ---------------------------------------------------------------- invoicing contacts (SuperFaktúra, Slovak UI)
  { name: 'superfaktura-klienti-sk', product: 'SuperFaktúra (Kontakty > Klienti > Export do XLS/CSV; Slovak UI, a Bratislava IT-services firm\'s customers)', family: 'crm', language: 'sk', schema: B, cols: [
    ['ID', (c) => String(1200000 + +c.id % 800000), B2BID],
    ['Názov', (c) => sk(c).company, ['b2b.companyName', 'organizations[0]']],
    ['IČO', (c) => sk(c).ico, [], opt],
    ['DIČ', (c) => sk(c).dic, [], opt],
    ['IČ DPH', (c) => (+c.id % 3 === 0 ? '' : `SK${sk(c).dic}`), [], opt],
    ['Ulica', (c) => sk(c).street, ['workAddress.street1']],
    ['Mesto', (c) => sk(c).city, ['workAddress.city']],
    ['PSČ', (c) => sk(c).zip, ['workAddress.postalCode']],
    ['Krajina', () => 'Slovensko', ['workAddress.country']],
    ['Kontaktná osoba', (c) => sk(c).full, ['person.name.fullName'], opt],
    ['Email', (c) => sk(c).email, ['workEmail.address', 'personalEmail.address']],
    ['Telefón', (c) => sk(c).phone, ['workPhone.number']],
    ['Mobil', (c, o, r) => (r() < 0.7 ? sk(c).mobile : ''), ['mobilePhone.number']],
    ['Fax', (c, o, r) => (r() < 0.15 ? sk(c).phone : ''), ['faxPhone.number']],
    ['Dodacia ulica', (c) => (+c.id % 4 === 2 ? 'Priemyselná 7' : ''), ['mailingAddress.street1'], opt],
    ['Dodacie mesto', (c) => (+c.id % 4 === 2 ? 'Senec' : ''), ['mailingAddress.city'], opt],
    ['Dodacie PSČ', (c) => (+c.id % 4 === 2 ? '903 01' : ''), ['mailingAddress.postalCode'], opt],
    ['IBAN', (c, o, r) => `SK${pad(v.int(r, 10, 99))} ${v.pick(r, ['1100', '0900', '0200', '7500'])} 0000 00${v.int(r, 10, 99)} ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)}`, []],
    ['Splatnosť', (c) => ['14', '14', '30', '7'][+c.id % 4], []],
    ['Zľava', (c) => ['0', '0', '5', '10'][+c.id % 4], []],
    ['Mena', () => 'EUR', []],
    ['Poznámka', (c, o, r) => v.pick(r, ['', '', 'servisná zmluva 2024', 'faktúry posielať aj účtovníčke']), []],
    ['Vytvorené', (c) => dmy(early(c)), ['extSourceSystemAudit.createdDate'], opt],
  ] },

  // ---------------------------------------------------------------- CRM / address book (ABRA Flexi, Czech UI)
  { name: 'abra-flexi-adresar-cs', product: 'ABRA Flexi (Adresář > Adresář firem, export přehledu do CSV; Czech UI, a Brno wholesale distributor\'s customers and suppliers)', family: 'crm', language: 'cs', schema: B, cols: [
    ['Zkratka', (c) => slug(cz(c).company).slice(0, 10).toUpperCase() + (+c.id % 9), B2BID],
    ['Název', (c) => cz(c).company, ['b2b.companyName', 'organizations[0]']],
    ['Ulice', (c) => `${cz(c).street} ${cz(c).house}`, ['workAddress.street1']],
    ['Město', (c) => cz(c).city, ['workAddress.city']],
    ['PSČ', (c) => cz(c).zip, ['workAddress.postalCode']],
    ['Stát', () => 'Česká republika', ['workAddress.country']],
    ['IČ', (c) => cz(c).ico, [], opt],
    ['DIČ', (c) => `CZ${cz(c).ico}`, [], opt],
    ['E-mail', (c) => `obchod@${slug(cz(c).company).slice(0, 12)}.cz`, ['workEmail.address']],
    ['Telefon', (c) => cz(c).phone, ['workPhone.number']],
    ['Mobil', (c, o, r) => (r() < 0.5 ? `+420 7${v.int(r, 20, 99)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}` : ''), ['mobilePhone.number']],
    ['WWW', (c) => fxWeb(c), ['b2b.companyWebsite']],
    ['Kontaktní osoba', (c) => cz(c).full, ['person.name.fullName'], opt],
    ['Typ vztahu', (c) => FX_VZTAH[+c.id % FX_VZTAH.length], [], opt],
    ['Skupina firem', (c) => FX_SKUP[+c.id % FX_SKUP.length], []],
    ['Poštovní ulice', (c) => (+c.id % 4 === 1 ? `P. O. Box ${10 + (+c.id % 80)}` : ''), ['mailingAddress.street1']],
    ['Poštovní město', (c) => (+c.id % 4 === 1 ? 'Brno' : ''), ['mailingAddress.city']],
    ['Poštovní PSČ', (c) => (+c.id % 4 === 1 ? '602 00' : ''), ['mailingAddress.postalCode']],
    ['Splatnost', (c) => ['14', '14', '30', '60'][+c.id % 4], []],
    ['Sleva [%]', (c) => ['0,00', '0,00', '3,00', '5,00'][+c.id % 4], []],
    ['Nespolehlivý plátce', () => 'ne', []],
    ['Poznámka', (c, o, r) => v.pick(r, ['', '', 'dodávky jen po zaplacení zálohy', 'rámcová smlouva do 12/2025']), []],
    ['Platí od', (c) => csDate(early(c)), [], opt],
  ] },

  // ---------------------------------------------------------------- payments (ThePay, Czech UI)
  { name: 'thepay-platby-cs', product: 'ThePay (administrace ThePay 2.0: Platby > Exportovat, CSV; Czech UI, a Czech sports-nutrition e-shop\'s payments)', family: 'payments', language: 'cs', schema: E, cols: [
    ['UID platby', (c, o, r) => v.uuid(r), [OR('payments[0].transactionID'), '_id']],
    ['Číslo objednávky', (c, o) => `2024${pad(+o.id, 6)}`, [OR('purchaseID')]],
    ['Variabilní symbol', (c, o) => `2024${pad(+o.id, 6)}`, [OR('purchaseID')], opt],
    ['Vytvořeno', (c, o) => csDT(o.at), ['timestamp', OR('createdDate')]],
    ['Zaplaceno', (c, o) => (['Zaplaceno', 'Vráceno'].includes(tpSt(o)) ? csDT(o.at + 90000) : ''), [], opt],
    ['Stav', (c, o) => tpSt(o), [], opt],
    ['Částka', (c, o) => spaced(tpAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Měna', () => 'CZK', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Poplatek', (c, o) => spaced(tpAmt(o) * 0.0089), []],
    ['Vráceno', (c, o) => spaced(tpSt(o) === 'Vráceno' ? tpAmt(o) : 0), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['Platební metoda', (c, o) => TP_MET[+o.id % TP_MET.length], [OR('payments[0].paymentType')], opt],
    ['Číslo karty', (c, o, r) => (TP_MET[+o.id % TP_MET.length].startsWith('Platební') ? `${v.int(r, 400000, 559999)}******${v.int(r, 1000, 9999)}` : ''), []],
    ['Jméno zákazníka', (c) => cz(c).full, []],
    ['E-mail zákazníka', (c) => cz(c).email, [EMAILID], opt],
    ['Telefon zákazníka', (c) => cz(c).phone, []],
    ['Popis', (c, o) => `Objednávka č. 2024${pad(+o.id, 6)}`, []],
    ['Projekt', () => 'www.fitvyziva.cz', []],
    ['IP adresa', (c, o, r) => ip(r), ['environment.ipV4']],
    ['Jazyk', (c, o) => (+o.id % 8 === 3 ? 'sk' : 'cs'), [], opt],
  ] },

  // ---------------------------------------------------------------- email (Mailkit, Czech UI)
  { name: 'mailkit-prijemci-cs', product: 'Mailkit (Kontakty > Adresáře > Export příjemců, CSV; Czech UI, a Czech online bookshop\'s newsletter address book)', family: 'email', language: 'cs', schema: P, cols: [
    ['ID příjemce', (c) => String(90000000 + +c.id), ID],
    ['E-mail', (c) => cz(c).email, ['personalEmail.address']],
    ['Jméno', (c) => cz(c).first, ['person.name.firstName']],
    ['Příjmení', (c) => cz(c).last, ['person.name.lastName']],
    ['Oslovení', (c) => (cz(c).female ? 'paní' : 'pane'), ['person.name.courtesyTitle'], opt],
    ['Mobil', (c, o, r) => (r() < 0.5 ? cz(c).phone : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Ulice', (c) => `${cz(c).street} ${cz(c).house}`, at(HOME, 'street1')],
    ['Město', (c) => cz(c).city, at(HOME, 'city')],
    ['PSČ', (c) => cz(c).zip, at(HOME, 'postalCode')],
    ['Země', (c) => (+c.id % 9 === 2 ? 'SK' : 'CZ'), at(HOME, 'countryCode')],
    ['Firma', (c, o, r) => (r() < 0.1 ? cz(c).company : ''), ['organizations[0]'], opt],
    ['Datum narození', (c, o, r) => (r() < 0.5 ? csDate(c.birth) : ''), ['person.birthDate']],
    ['Pohlaví', (c) => (cz(c).female ? 'Žena' : 'Muž'), ['person.gender'], opt],
    ['Stav', (c) => MK_ST[+c.id % MK_ST.length], [], opt],
    ['Adresář', () => 'Newsletter knihkupectví', []],
    ['Datum přihlášení', (c) => csDT(early(c)), [], opt],
    ['Zdroj', (c) => ['formulář web', 'objednávka', 'import', 'soutěž'][+c.id % 4], [], opt],
    ['Poslední otevření', (c, o, r) => (r() < 0.7 ? csDT(late(c)) : ''), [], opt],
    ['Poslední kliknutí', (c, o, r) => (r() < 0.4 ? csDT(late(c)) : ''), [], opt],
    ['Skóre', (c) => String(+c.id % 100), []],
    ['Oblíbený žánr', (c) => MK_ZANR[+c.id % MK_ZANR.length], []],
  ] },

  // ---------------------------------------------------------------- loyalty / POS customers (Dotykačka, Czech UI)
  { name: 'dotykacka-zakaznici-cs', product: 'Dotykačka (Vzdálená správa > Zákazníci > Export, CSV; Czech UI, a Prague café chain\'s customers with loyalty cards and points)', family: 'loyalty', language: 'cs', schema: P, cols: [
    ['ID', (c) => String(1500000000000 + +c.id * 7919), ID],
    ['Jméno', (c) => cz(c).first, ['person.name.firstName']],
    ['Příjmení', (c) => cz(c).last, ['person.name.lastName']],
    ['Firma', (c, o, r) => (r() < 0.1 ? cz(c).company : ''), ['organizations[0]'], opt],
    ['E-mail', (c, o, r) => (r() < 0.8 ? cz(c).email : ''), ['personalEmail.address']],
    ['Telefon', (c) => cz(c).phone, ['mobilePhone.number', 'homePhone.number']],
    ['Ulice', (c, o, r) => (r() < 0.4 ? `${cz(c).street} ${cz(c).house}` : ''), at(HOME, 'street1')],
    ['Město', (c, o, r) => (r() < 0.5 ? cz(c).city : ''), at(HOME, 'city')],
    ['PSČ', (c, o, r) => (r() < 0.4 ? cz(c).zip : ''), at(HOME, 'postalCode')],
    ['Země', () => 'CZ', at(HOME, 'countryCode')],
    ['IČ', (c, o, r) => (r() < 0.1 ? cz(c).ico : ''), [], opt],
    ['DIČ', () => '', [], opt],
    ['Kód karty', (c) => dkCard(c), ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['Body', (c) => String(+c.id % 640), ['loyalty.points']],
    ['Slevová skupina', (c) => DK_SKUP[+c.id % DK_SKUP.length], ['loyalty.tier'], opt],
    ['Datum narození', (c, o, r) => (r() < 0.4 ? dmy(c.birth) : ''), ['person.birthDate']],
    ['Štítky', (c, o, r) => v.pick(r, ['', '', 'bez laktózy', 'firemní', 'kavárna Vinohrady']), []],
    ['Poznámka', (c, o, r) => v.pick(r, ['', '', '', 'preferuje ovesné mléko']), []],
    ['Vytvořeno', (c) => csDT(early(c)), ['loyalty.joinDate'], opt],
    ['Platnost do', (c, o, r) => (r() < 0.3 ? dmy(early(c) + 730 * DAY) : ''), [], opt],
    ['Zobrazovat', (c) => (+c.id % 20 === 0 ? '0' : '1'), [], opt],
    ['Cloud ID', () => '398214', []],
  ] },

  // ---------------------------------------------------------------- invoicing contacts (Aruba Fatturazione Elettronica, Italian UI)
  { name: 'aruba-fe-rubrica-clienti-it', product: 'Aruba Fatturazione Elettronica (Rubrica > Clienti > Esporta, Excel; Italian UI, a Milan consultancy\'s customer book for e-invoices)', family: 'crm', language: 'it', schema: B, cols: [
    ['Tipologia', (c) => arTipo(c), [], opt],
    ['Denominazione', (c) => arDen(c), ['b2b.companyName', 'organizations[0]']],
    ['Nome', (c) => (arTipo(c) === 'Persona fisica' ? c.first : ''), ['person.name.firstName']],
    ['Cognome', (c) => (arTipo(c) === 'Persona fisica' ? c.last : ''), ['person.name.lastName']],
    ['Partita IVA', (c) => (arTipo(c) === 'Persona fisica' ? '' : `${pad(+c.id % 100000, 5)}${pad(+c.id % 9973, 6)}`), [], opt],
    ['Codice fiscale', (c) => (arTipo(c) === 'Persona fisica' ? arCf(c) : `${pad(+c.id % 100000, 5)}${pad(+c.id % 9973, 6)}`), ['person.taxId'], opt],
    ['Codice destinatario', (c) => (arTipo(c) === 'Persona fisica' ? '0000000' : arTipo(c) === 'Pubblica Amministrazione' ? 'UF7K2Q' : ['M5UXCR1', 'KRRH6B9', 'SUBM70N'][+c.id % 3]), []],
    ['PEC', (c, o, r) => (r() < 0.5 ? `${slug(arDen(c) || c.last).slice(0, 12)}@pec.it` : ''), ['workEmail.address'], opt],
    ['Email', (c) => (arTipo(c) === 'Persona fisica' ? c.email : `amministrazione@${slug(arDen(c)).slice(0, 12)}.it`), ['workEmail.address', 'personalEmail.address']],
    ['Telefono', (c) => c.phone, ['workPhone.number', 'homePhone.number']],
    ['Indirizzo', (c) => c.street.replace(/ \d+$/, ''), ['workAddress.street1', 'homeAddress.street1']],
    ['Numero civico', (c) => c.street.split(' ').pop(), [], opt],
    ['CAP', (c) => c.postcode, ['workAddress.postalCode', 'homeAddress.postalCode']],
    ['Comune', (c) => c.city, ['workAddress.city', 'homeAddress.city']],
    ['Provincia', (c) => c.region, ['workAddress.stateProvince', 'workAddress.state', 'homeAddress.stateProvince', 'homeAddress.state']],
    ['Nazione', () => 'IT', ['workAddress.countryCode', 'homeAddress.countryCode']],
    ['Split payment', (c) => (arTipo(c) === 'Pubblica Amministrazione' ? 'Sì' : 'No'), []],
    ['Condizioni di pagamento', (c) => ['Bonifico 30 gg d.f.', 'Bonifico 60 gg f.m.', 'RiBa 30 gg', 'Rimessa diretta'][+c.id % 4], []],
    ['Note', (c, o, r) => v.pick(r, ['', '', '', 'inviare copia di cortesia via email', 'CIG obbligatorio']), []],
    ['Data inserimento', (c) => itDate(early(c)), ['extSourceSystemAudit.createdDate'], opt],
  ] },
]
