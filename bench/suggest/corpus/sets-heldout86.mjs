// Round 86, heldout86: held-out sets written blind (by a helper that never opened the suggester or a score). Same
// format as sets.mjs (sources in ../README.md). Nordic, Baltic and Polish e-commerce, invoicing, payment, POS,
// support, loyalty, CRM and e-mail tools, headers in each product's UI language (or, for Agillic and Merit Aktiva,
// the English field names their exports carry): a Finnish web shop's order lines, a Polish shop's customers, a Danish
// retailer's marketing-automation recipients, an Estonian shop's newsletter subscribers, a Finnish web shop's chat
// conversations, a Swedish café chain's loyalty-club members, a Finnish telemarketing team's calling list, an Estonian
// agency's CRM contacts, a Swedish fashion store's POS receipt lines, a Swedish web shop's payments, an Estonian
// wholesaler's sales invoices (API list) and a Norwegian consultancy's invoices.
import { E, P, B, v, at, HOME, ID, B2BID, PL, OR, SHIP, BILL, GEO, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

// ---------------------------------------------------------------- time, amounts, codes
const day = 86400000
const cetOff = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 ? 2 : 1 }
const eetOff = (ms) => cetOff(ms) + 1
// Finnish d.M.yyyy HH:mm (Helsinki), Finnish chat tool's d.M.yyyy HH.mm, Estonian dd.MM.yyyy (Tallinn),
// Swedish yyyy-MM-dd HH:mm (Stockholm), Norwegian dd.MM.yyyy (Oslo), Polish yyyy-MM-dd HH:mm:ss (Warsaw)
const fiT = (ms) => { const p = shift(ms, eetOff(ms)); return `${p.d}.${p.m}.${p.y} ${pad(p.H)}:${pad(p.M)}` }
const fiDot = (ms) => { const p = shift(ms, eetOff(ms)); return `${p.d}.${p.m}.${p.y} ${pad(p.H)}.${pad(p.M)}` }
const fiD = (ms) => { const p = shift(ms, eetOff(ms)); return `${p.d}.${p.m}.${p.y}` }
const etD = (ms) => { const p = shift(ms, eetOff(ms)); return `${pad(p.d)}.${pad(p.m)}.${p.y}` }
const etT = (ms) => { const p = shift(ms, eetOff(ms)); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}` }
const svT = (ms) => { const p = shift(ms, cetOff(ms)); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}` }
const svTs = (ms) => { const p = shift(ms, cetOff(ms)); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const svD = (ms) => { const p = shift(ms, cetOff(ms)); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const noD = (ms) => { const p = shift(ms, cetOff(ms)); return `${pad(p.d)}.${pad(p.m)}.${p.y}` }
const plT = (ms) => { const p = shift(ms, cetOff(ms)); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ymd = (ms) => { const p = shift(ms, 0); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const meritDate = (ms) => { const p = shift(ms, eetOff(ms)); return `${p.y}-${pad(p.m)}-${pad(p.d)}T00:00:00` }
const isoLocal = (ms, h) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)}T${pad(p.H)}:${pad(p.M)}:${pad(p.S)}+0${h}:00` }
// "12,90", "1 234,56" (Nordic/Baltic, plain space), "1234.56" (API)
const c2 = (x) => x.toFixed(2).replace('.', ',')
const sp2 = (x) => x.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, ' ')
const pt2 = (x) => x.toFixed(2)
const n = (x) => +String(x.id ?? x).replace(/\D/g, '').slice(-6) || 1
const slug = (s) => s.toLowerCase().replace(/ł/g, 'l').replace(/ø/g, 'o').replace(/æ/g, 'ae').replace(/å/g, 'a').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')
const hex = (k, len) => { let s = ''; let x = (k * 2654435761) >>> 0; while (s.length < len) { x = (Math.imul(x ^ (x >>> 15), 2246822519) + 0x9e3779b9) >>> 0; s += x.toString(16).padStart(8, '0') } return s.slice(0, len) }
const guid = (k) => { const h = hex(k, 32); return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}` }

// ---------------------------------------------------------------- local people
// First names are [male, female] pairs; Polish surnames too (feminine form).
const NX = {
  fi: {
    first: [['Mikko', 'Anna'], ['Juha', 'Laura'], ['Antti', 'Johanna'], ['Jari', 'Elina'], ['Ville', 'Sanna'], ['Teemu', 'Heidi']],
    last: ['Korhonen', 'Virtanen', 'Mäkinen', 'Nieminen', 'Mäkelä', 'Hämäläinen', 'Laine', 'Heikkinen', 'Koskinen', 'Järvinen'],
    cities: [['Helsinki', '00100', 'Uusimaa'], ['Espoo', '02100', 'Uusimaa'], ['Tampere', '33100', 'Pirkanmaa'], ['Turku', '20100', 'Varsinais-Suomi'], ['Oulu', '90100', 'Pohjois-Pohjanmaa'], ['Jyväskylä', '40100', 'Keski-Suomi']],
    street: ['Mannerheimintie', 'Hämeenkatu', 'Aleksanterinkatu', 'Kauppakatu', 'Koulukatu', 'Rantatie'],
    mail: ['gmail.com', 'hotmail.com', 'outlook.com', 'luukku.com'],
    companies: [['Lahden Puu Oy', 'lahdenpuu.fi'], ['Nordic Kone Oy', 'nordickone.fi'], ['Tampereen Sähkötyö Oy', 'tampereensahkotyo.fi'], ['Aalto Logistiikka Oy', 'aaltologistiikka.fi'], ['Kuopion Rakennus Oy', 'kuopionrakennus.fi'], ['Vantaan Tekniikka Oy', 'vantaantekniikka.fi']],
    mobile: (r) => `${v.pick(r, ['040', '050', '044', '045'])} ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`,
  },
  et: {
    first: [['Martin', 'Mari'], ['Andres', 'Kristiina'], ['Rasmus', 'Liis'], ['Jaan', 'Kadri'], ['Siim', 'Triin'], ['Marko', 'Anu']],
    last: ['Tamm', 'Saar', 'Sepp', 'Mägi', 'Kask', 'Kukk', 'Rebane', 'Ilves', 'Pärn', 'Koppel'],
    cities: [['Tallinn', '10115', 'Harju maakond'], ['Tallinn', '13516', 'Harju maakond'], ['Tartu', '51004', 'Tartu maakond'], ['Pärnu', '80010', 'Pärnu maakond'], ['Narva', '20308', 'Ida-Viru maakond'], ['Viljandi', '71020', 'Viljandi maakond']],
    street: ['Narva mnt', 'Pärnu mnt', 'Tartu mnt', 'Riia tn', 'Rüütli tn', 'Kalda tee'],
    mail: ['gmail.com', 'hot.ee', 'mail.ee', 'online.ee'],
    companies: [['Põhja Puit OÜ', 'pohjapuit.ee'], ['Baltic Logistika AS', 'balticlogistika.ee'], ['Tartu Tarkvara OÜ', 'tartutarkvara.ee'], ['Saare Ehitus OÜ', 'saareehitus.ee'], ['Kalda Elekter OÜ', 'kaldaelekter.ee'], ['Rebane Disain OÜ', 'rebanedisain.ee']],
    mobile: (r) => `+372 5${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`,
  },
  no: {
    first: [['Ole', 'Ingrid'], ['Lars', 'Kari'], ['Jon', 'Silje'], ['Erik', 'Hanne'], ['Magnus', 'Ida'], ['Per', 'Marit']],
    last: ['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Berg', 'Haugen'],
    cities: [['Oslo', '0150', 'Oslo'], ['Bergen', '5003', 'Vestland'], ['Trondheim', '7011', 'Trøndelag'], ['Stavanger', '4006', 'Rogaland'], ['Tromsø', '9008', 'Troms'], ['Drammen', '3015', 'Buskerud']],
    street: ['Storgata', 'Kirkegata', 'Dronningens gate', 'Strandgata', 'Parkveien', 'Kongens gate'],
    mail: ['gmail.com', 'online.no', 'hotmail.com', 'outlook.com'],
    companies: [['Fjord Bygg AS', 'fjordbygg.no'], ['Nordlys Regnskap AS', 'nordlysregnskap.no'], ['Bergen Elektro AS', 'bergenelektro.no'], ['Haugen Rør AS', 'haugenror.no'], ['Trøndelag Tre AS', 'trondelagtre.no'], ['Kyst Design AS', 'kystdesign.no']],
    mobile: (r) => `${v.pick(r, ['9', '4'])}${v.int(r, 10, 99)} ${pad(v.int(r, 0, 99))} ${v.int(r, 100, 999)}`,
  },
  sv: {
    first: [['Erik', 'Anna'], ['Lars', 'Karin'], ['Johan', 'Maria'], ['Anders', 'Elin'], ['Oskar', 'Sofia'], ['Björn', 'Ingrid']],
    last: ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Lindqvist'],
    cities: [['Stockholm', '111 22', 'Stockholms län'], ['Göteborg', '411 05', 'Västra Götalands län'], ['Malmö', '211 20', 'Skåne län'], ['Uppsala', '753 20', 'Uppsala län'], ['Västerås', '722 15', 'Västmanlands län'], ['Örebro', '702 10', 'Örebro län']],
    street: ['Storgatan', 'Drottninggatan', 'Kungsgatan', 'Sveavägen', 'Vasagatan', 'Hamngatan'],
    mail: ['gmail.com', 'telia.com', 'hotmail.se', 'outlook.com'],
    companies: [['Nordvik Bygg AB', 'nordvikbygg.se'], ['Lindqvist Konsult AB', 'lindqvistkonsult.se'], ['Svea Logistik AB', 'svealogistik.se']],
    mobile: (r) => `07${v.pick(r, ['0', '2', '3', '6'])}-${v.int(r, 100, 999)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`,
  },
  da: {
    first: [['Mads', 'Sofie'], ['Lars', 'Mette'], ['Søren', 'Anne'], ['Rasmus', 'Camilla'], ['Jens', 'Louise'], ['Niels', 'Freja']],
    last: ['Nielsen', 'Jensen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Madsen'],
    cities: [['København K', '1050', 'Region Hovedstaden'], ['Aarhus C', '8000', 'Region Midtjylland'], ['Odense C', '5000', 'Region Syddanmark'], ['Aalborg', '9000', 'Region Nordjylland'], ['Vejle', '7100', 'Region Syddanmark'], ['Roskilde', '4000', 'Region Sjælland']],
    street: ['Vesterbrogade', 'Nørregade', 'Strandvejen', 'Algade', 'Søndergade', 'Havnegade'],
    mail: ['gmail.com', 'mail.dk', 'hotmail.dk', 'outlook.dk'],
    companies: [['Nordisk Design ApS', 'nordiskdesign.dk']],
    mobile: (r) => `+45${v.pick(r, ['20', '22', '28', '40', '50', '60'])}${v.int(r, 100000, 999999)}`,
  },
  pl: {
    first: [['Jakub', 'Anna'], ['Mateusz', 'Katarzyna'], ['Piotr', 'Agnieszka'], ['Tomasz', 'Magdalena'], ['Łukasz', 'Joanna'], ['Michał', 'Zofia']],
    last: [['Nowak', 'Nowak'], ['Kowalski', 'Kowalska'], ['Wiśniewski', 'Wiśniewska'], ['Wójcik', 'Wójcik'], ['Kamiński', 'Kamińska'], ['Lewandowski', 'Lewandowska'], ['Zieliński', 'Zielińska'], ['Mazur', 'Mazur']],
    cities: [['Warszawa', '00-950', 'mazowieckie'], ['Kraków', '31-042', 'małopolskie'], ['Wrocław', '50-077', 'dolnośląskie'], ['Poznań', '61-758', 'wielkopolskie'], ['Gdańsk', '80-831', 'pomorskie'], ['Łódź', '90-102', 'łódzkie']],
    street: ['ul. Marszałkowska', 'ul. Długa', 'ul. Piotrkowska', 'ul. Floriańska', 'ul. Świętojańska', 'ul. Kwiatowa'],
    mail: ['wp.pl', 'onet.pl', 'gmail.com', 'interia.pl', 'o2.pl'],
    companies: [['Nowak Sp. z o.o.', 'nowak.pl'], ['Polbud S.A.', 'polbud.pl'], ['Mazowsze Logistyka Sp. z o.o.', 'mazowszelogistyka.pl']],
    mobile: (r) => `+48 ${v.pick(r, ['501', '601', '602', '691', '723', '790'])} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`,
  },
}
const nxMemo = new Map()
const nx = (c, lang) => {
  const k = `${lang}:${c.id}:${c.first}`
  if (nxMemo.has(k)) return nxMemo.get(k)
  const r = v.rng(+c.id * 241 + c.first.length * 13 + lang.charCodeAt(0))
  const d = NX[lang]
  const female = r() < 0.5
  const pair = (x) => (Array.isArray(x) ? x[female ? 1 : 0] : x)
  const first = pair(v.pick(r, d.first)), last = pair(v.pick(r, d.last))
  const [city, zip, region] = v.pick(r, d.cities)
  const [company, domain] = v.pick(r, d.companies)
  const p = {
    first, last, female, city, zip, region, company, domain,
    street: lang === 'pl' ? `${v.pick(r, d.street)} ${v.int(r, 1, 120)}${r() < 0.4 ? `/${v.int(r, 1, 40)}` : ''}` : `${v.pick(r, d.street)} ${v.int(r, 1, 90)}${lang === 'fi' && r() < 0.4 ? ` ${v.pick(r, ['A', 'B', 'C'])} ${v.int(r, 1, 30)}` : ''}`,
    email: `${slug(first)}.${slug(last)}${v.int(r, 1, 99)}@${v.pick(r, d.mail)}`,
    workEmail: `${slug(first)}.${slug(last)}@${domain}`,
    mobile: d.mobile(r),
  }
  nxMemo.set(k, p)
  return p
}

// ---------------------------------------------------------------- label shorthands
const FN = ['person.name.firstName']
const LN = ['person.name.lastName']
const H = (leaf) => at(HOME, leaf)
const HSTATE = [...H('stateProvince'), ...H('state')]
const W = (leaf) => at(['workAddress', 'mailingAddress'], leaf)
const WSTATE = [...W('stateProvince'), ...W('state')]
const CO = ['b2b.companyName', 'organizations[0]']
const PAY = (leaf) => `commerce.order.payments[0].${leaf}`
const EMAIL_ID = ['endUserIDs._experience.emailid.id']
const PHONE_ID = ['endUserIDs._experience.phonenumberid.id']
const STORE = ['commerce.commerceScope.storeCode']

// ---------------------------------------------------------------- per-set helpers
// Vilkas (a Finnish outdoor-gear web shop)
const VK_ITEMS = [['RT-2231', 'Retkeilypatja Comfort 5 cm', 'Retkeily', 59.9], ['KP-1180', 'Kuksa visakoivu', 'Retkeily', 34.9], ['TK-5502', 'Tuulitakki naisten, sininen M', 'Vaatteet', 129.0], ['OTS-44', 'Otsalamppu 400 lm', 'Valaisimet', 39.9], ['MK-0907', 'Makuupussi -5 °C', 'Retkeily', 149.0], ['VS-310', 'Villasukat 2 paria', 'Vaatteet', 24.9]]
const vkItem = (o) => VK_ITEMS[n(o) % VK_ITEMS.length]
const vkLine = (o) => +(vkItem(o)[3] * o.qty).toFixed(2)
const vkShip = (o) => (vkLine(o) >= 100 ? 0 : [5.9, 7.9, 0][n(o) % 3])
const vkDisc = (o) => (o.discount ? +(vkLine(o) * 0.1).toFixed(2) : 0)
const vkTotal = (o) => +(vkLine(o) + vkShip(o) - vkDisc(o)).toFixed(2)
const vkVat = (o) => (o.at >= Date.UTC(2024, 8, 1) ? 25.5 : 24)
const VK_SHIP = ['Posti Pakettiautomaatti', 'Matkahuolto Lähellä-paketti', 'Posti Kotipaketti', 'Nouto myymälästä']

// SOTESHOP (a Polish tea and coffee shop)
const ST_GROUPS = ['Klienci detaliczni', 'Klienci detaliczni', 'Stali klienci', 'Hurt', 'Klienci detaliczni']
const stOrders = (c) => n(c) % 7
const stSpend = (c) => +(stOrders(c) * (60 + (n(c) % 130) * 1.37)).toFixed(2)

// Agillic (a Danish home-furnishing retailer)
const AG_STORES = ['København Strøget', 'Aarhus Bruuns Galleri', 'Odense Rosengårdcentret', 'Webshop']
const agOrders = (c) => n(c) % 9

// Smaily (an Estonian children's-wear web shop)
const smOrders = (c) => n(c) % 6

// Giosg (a Finnish electronics web shop's chat)
const GI_ROOMS = ['Asiakaspalvelu', 'Myynti', 'Asiakaspalvelu', 'Tilausten seuranta']
const GI_AGENTS = ['Henna K.', 'Sami L.', 'Pauliina V.', 'Joonas M.']
const GI_PAGES = ['https://www.esimerkkikauppa.fi/', 'https://www.esimerkkikauppa.fi/tuotteet/kuulokkeet', 'https://www.esimerkkikauppa.fi/kassa', 'https://www.esimerkkikauppa.fi/tilaukset/seuranta', 'https://www.esimerkkikauppa.fi/tuotteet/kannettavat']
const giDur = (o) => 2 + n(o) % 34
const GI_REF = ['https://www.google.com/', '', 'https://www.facebook.com/', 'https://www.hintaopas.fi/', '']

// Cardskipper (a Swedish café chain's club)
const CS_LEVELS = ['Medlem', 'Medlem', 'Silver', 'Guld']
const csVisits = (c) => n(c) % 40

// LeadDesk (a Finnish telemarketing team selling office coffee service)
const LD_RESULTS = ['Ei vastannut', 'Tapaaminen sovittu', 'Ei kiinnostunut', 'Soita myöhemmin', 'Kiinnostunut, lähetä tarjous', 'Väärä numero']
const LD_AGENTS = ['Riikka Salo', 'Tuomas Lehto', 'Noora Aho', 'Aleksi Väisänen']
const LD_INDUSTRY = ['Rakentaminen', 'Tukkukauppa', 'Ohjelmistot', 'Kuljetus ja logistiikka', 'Teollisuus']
const LD_TITLES = ['Toimitusjohtaja', 'Talouspäällikkö', 'Hankintapäällikkö', 'Toimistopäällikkö', 'HR-päällikkö']

// Scoro (an Estonian marketing agency's CRM)
const SC_TITLES = ['Juhatuse liige', 'Turundusjuht', 'Müügijuht', 'Finantsjuht', 'Projektijuht', 'Tegevjuht']
const SC_OWNERS = ['Kristjan Lepp', 'Helen Org', 'Tõnis Vaher']
const SC_TAGS = ['', 'VIP', 'Partner', 'Uudiskiri', 'Kampaania 2024']

// Sitoo (a Swedish fashion store chain's POS)
const SI_ITEMS = [['100234-01-M', 'T-shirt ekologisk bomull svart M', 'Toppar', 249], ['100871-02-L', 'Stickad tröja ull grå L', 'Stickat', 799], ['200145-30', 'Jeans slim fit 30/32', 'Byxor', 699], ['300512-OS', 'Mössa ribbstickad', 'Accessoarer', 199], ['400033-38', 'Sneakers vita 38', 'Skor', 899], ['100990-S', 'Skjorta linne blå S', 'Skjortor', 549]]
const siItem = (o) => SI_ITEMS[n(o) % SI_ITEMS.length]
const siStores = ['Stockholm Drottninggatan', 'Göteborg Nordstan', 'Malmö Södergatan', 'Uppsala Forumgallerian']
const siRet = (o) => n(o) % 11 === 0
const siDisc = (o) => (o.discount ? Math.round(siItem(o)[3] * o.qty * 0.2) : 0)
const siLine = (o) => (siRet(o) ? -1 : 1) * (siItem(o)[3] * o.qty - siDisc(o))

// Payson (a Swedish web shop for garden furniture)
const PS_METHODS = ['Kort', 'Faktura', 'Delbetalning', 'Swish', 'Bank', 'Kort']
const psAmt = (o) => +(o.total * 10.9).toFixed(2)
const psStatus = (o) => ['Genomförd', 'Genomförd', 'Genomförd', 'Återbetald', 'Avbruten', 'Genomförd', 'Reserverad'][n(o) % 7]

// Merit Aktiva (an Estonian building-materials wholesaler)
const ME_CUST = [['Põhja Puit OÜ', '12345678', 'EE101234567'], ['Saare Ehitus OÜ', '11876543', 'EE100987654'], ['Kalda Elekter OÜ', '14456789', 'EE102345678'], ['Baltic Logistika AS', '10234567', 'EE100123456'], ['Mari Tamm', '', ''], ['Tartu Tarkvara OÜ', '16012345', '']]
const meCust = (o) => ME_CUST[n(o) % ME_CUST.length]
const meNet = (o) => +(o.subtotal * 6.3).toFixed(2)
const meVat = (o) => +(meNet(o) * 0.22).toFixed(2)
const mePaid = (o) => (n(o) % 4 === 0 ? 0 : n(o) % 4 === 1 ? +((meNet(o) + meVat(o)) / 2).toFixed(2) : +(meNet(o) + meVat(o)).toFixed(2))

// Sendregning (a Norwegian IT consultancy's invoices)
const SR_CUST = (c) => nx(c, 'no')
const srNet = (o) => +(o.subtotal * 95).toFixed(2)
const srVat = (o) => +(srNet(o) * 0.25).toFixed(2)
const srStatus = (o) => ['Betalt', 'Betalt', 'Ubetalt', 'Purret', 'Betalt', 'Kreditert'][n(o) % 6]
const kid = (o) => `${pad(n(o) % 100000, 7)}${n(o) % 10}`

export const SETS = [
  // ---------------------------------------------------------------- Vilkas: order lines (fi)
  { name: 'vilkas-tilaukset-vienti-fi', product: 'Vilkas (Vilkas Now, hallintapaneeli: Tilaukset > Vie tilaukset, CSV; Finnish UI, a Finnish outdoor-gear web shop, one row per order line)', family: 'ecommerce-orders', language: 'fi', schema: E, cols: [
    ['Tilausnumero', (c, o) => String(10000 + n(o) % 90000), [OR('purchaseID'), '_id']],
    ['Tilauspäivä', (c, o) => fiT(o.at), ['timestamp', OR('createdDate')]],
    ['Tilauksen tila', (c, o) => ['Uusi', 'Käsittelyssä', 'Toimitettu', 'Toimitettu', 'Peruttu'][n(o) % 5], [], opt],
    ['Maksun tila', (c, o) => (n(o) % 5 === 4 ? 'Hyvitetty' : 'Maksettu'), [], opt],
    ['Asiakasnumero', (c) => String(2000 + n(c) % 8000), [], opt],
    ['Etunimi', (c) => nx(c, 'fi').first, []],
    ['Sukunimi', (c) => nx(c, 'fi').last, []],
    ['Sähköposti', (c) => nx(c, 'fi').email, EMAIL_ID, opt],
    ['Puhelin', (c) => nx(c, 'fi').mobile, PHONE_ID, opt],
    ['Laskutusosoite', (c) => nx(c, 'fi').street, [BILL('street1')]],
    ['Laskutus postinumero', (c) => nx(c, 'fi').zip, [BILL('postalCode')]],
    ['Laskutus postitoimipaikka', (c) => nx(c, 'fi').city.toUpperCase(), [BILL('city')]],
    ['Laskutus maa', () => 'Suomi', [BILL('country')]],
    ['Toimitusosoite', (c) => nx(c, 'fi').street, [SHIP('street1')]],
    ['Toimitus postinumero', (c) => nx(c, 'fi').zip, [SHIP('postalCode')]],
    ['Toimitus postitoimipaikka', (c) => nx(c, 'fi').city.toUpperCase(), [SHIP('city')]],
    ['Toimitus maa', () => 'Suomi', [SHIP('country')]],
    ['Toimitustapa', (c, o) => VK_SHIP[n(o) % VK_SHIP.length], ['commerce.shipping.shippingMethod']],
    ['Toimituskulut', (c, o) => c2(vkShip(o)), ['commerce.shipping.shippingAmount']],
    ['Maksutapa', (c, o) => ['Paytrail: Nordea', 'Paytrail: OP', 'MobilePay', 'Klarna lasku', 'Paytrail: Visa'][n(o) % 5], [PAY('paymentType')]],
    ['Tuotekoodi', (c, o) => vkItem(o)[0], [PL('SKU')]],
    ['Tuotenimi', (c, o) => vkItem(o)[1], [PL('name')]],
    ['Tuoteryhmä', (c, o) => vkItem(o)[2], [PL('productCategories[0].categoryName')], opt],
    ['Määrä', (c, o) => String(o.qty), [PL('quantity')]],
    ['Yksikköhinta (sis. alv)', (c, o) => c2(vkItem(o)[3]), [], opt],
    ['Alv %', (c, o) => (vkVat(o) === 25.5 ? '25,5' : '24'), []],
    ['Rivin summa', (c, o) => c2(vkLine(o)), [PL('priceTotal')]],
    ['Alennuskoodi', (c, o) => (o.discount ? 'KEVÄT10' : ''), ['commerce.promotionID'], opt],
    ['Alennus', (c, o) => c2(vkDisc(o)), [OR('discountAmount')]],
    ['Alv yhteensä', (c, o) => c2(vkTotal(o) - vkTotal(o) / (1 + vkVat(o) / 100)), [OR('taxAmount')]],
    ['Tilauksen summa', (c, o) => c2(vkTotal(o)), [OR('priceTotal')]],
    ['Valuutta', () => 'EUR', [OR('currencyCode')]],
    ['Seurantakoodi', (c, o, r) => (n(o) % 5 === 2 || n(o) % 5 === 3 ? `JJFI${v.int(r, 10000000, 99999999)}${v.int(r, 1000000, 9999999)}` : ''), ['commerce.shipping.trackingNumber']],
    ['Lisätiedot', (c, o, r) => v.pick(r, ['', '', '', 'Jättäkää oven taakse', 'Lahjapaketointi kiitos']), []],
  ] },

  // ---------------------------------------------------------------- SOTESHOP: customers (pl)
  { name: 'soteshop-klienci-eksport-pl', product: 'SOTESHOP (SOTE, panel administracyjny: Klienci > Lista klientów > Eksport, CSV; Polish UI, a Polish tea and coffee web shop)', family: 'ecommerce-customers', language: 'pl', schema: P, cols: [
    ['ID', (c) => String(1200 + n(c) % 9000), ID],
    ['E-mail', (c) => nx(c, 'pl').email, ['personalEmail.address']],
    ['Imię', (c) => nx(c, 'pl').first, FN],
    ['Nazwisko', (c) => nx(c, 'pl').last, LN],
    ['Firma', (c, o, r) => (r() < 0.15 ? nx(c, 'pl').company : ''), ['organizations[0]'], opt],
    ['NIP', (c, o, r) => (r() < 0.15 ? `${v.int(r, 100, 999)}${v.int(r, 100, 999)}${pad(v.int(r, 0, 99))}${pad(v.int(r, 0, 99))}` : ''), []],
    ['Ulica', (c) => nx(c, 'pl').street, H('street1')],
    ['Kod pocztowy', (c) => nx(c, 'pl').zip, H('postalCode')],
    ['Miasto', (c) => nx(c, 'pl').city, H('city')],
    ['Województwo', (c) => nx(c, 'pl').region, HSTATE],
    ['Kraj', () => 'Polska', H('country')],
    ['Telefon', (c) => nx(c, 'pl').mobile, ['mobilePhone.number', 'homePhone.number']],
    ['Ulica (dostawa)', (c, o, r) => (r() < 0.2 ? `ul. Leśna ${v.int(r, 1, 60)}` : nx(c, 'pl').street), ['shippingAddress.street1']],
    ['Kod pocztowy (dostawa)', (c) => nx(c, 'pl').zip, ['shippingAddress.postalCode']],
    ['Miasto (dostawa)', (c) => nx(c, 'pl').city, ['shippingAddress.city']],
    ['Grupa', (c, o, r, i) => row(ST_GROUPS, i), []],
    ['Rabat (%)', (c, o, r, i) => (row(ST_GROUPS, i) === 'Hurt' ? '15' : row(ST_GROUPS, i) === 'Stali klienci' ? '5' : '0'), []],
    ['Punkty', (c) => String(Math.floor(stSpend(c) / 10)), ['loyalty.points'], opt],
    ['Newsletter', (c) => (c.bool ? 'Tak' : 'Nie'), []],
    ['Aktywny', (c, o, r) => (r() < 0.9 ? 'Tak' : 'Nie'), []],
    ['Liczba zamówień', (c) => String(stOrders(c)), []],
    ['Wartość zamówień', (c) => c2(stSpend(c)), ['loyalty.lifetimePurchases'], opt],
    ['Data rejestracji', (c) => plT(c.created), [], opt],
    ['Ostatnie logowanie', (c) => plT(Math.max(c.created, c.updated)), [], opt],
    ['Język', () => 'pl', []],
    ['Uwagi', (c, o, r) => v.pick(r, ['', '', '', 'Faktura VAT na firmę', 'Preferuje InPost Paczkomat']), []],
  ] },

  // ---------------------------------------------------------------- Agillic: recipients (en field names, Danish data)
  { name: 'agillic-recipient-data-export', product: 'Agillic (Data > Recipients > Export, CSV of the person data fields the account defined in Agillic\'s upper-case style; English UI, a Danish home-furnishing retailer with stores and a web shop)', family: 'marketing', language: 'en', schema: P, cols: [
    ['RECIPIENT_ID', (c) => `DK${pad(n(c) * 17 % 10000000, 8)}`, ID],
    ['EMAIL', (c) => nx(c, 'da').email, ['personalEmail.address']],
    ['MOBILE', (c, o, r) => (r() < 0.7 ? nx(c, 'da').mobile : ''), ['mobilePhone.number']],
    ['FIRSTNAME', (c) => nx(c, 'da').first, FN],
    ['LASTNAME', (c) => nx(c, 'da').last, LN],
    ['GENDER', (c) => (nx(c, 'da').female ? 'F' : 'M'), ['person.gender']],
    ['BIRTHDATE', (c, o, r) => (r() < 0.5 ? ymd(c.birth) : ''), ['person.birthDate']],
    ['ADDRESS', (c) => nx(c, 'da').street, H('street1')],
    ['ZIPCODE', (c) => nx(c, 'da').zip, H('postalCode')],
    ['CITY', (c) => nx(c, 'da').city, H('city')],
    ['COUNTRY', () => 'DK', H('countryCode')],
    ['LANGUAGE', () => 'da', []],
    ['PERMISSION_EMAIL', (c) => (c.bool ? 'true' : 'false'), []],
    ['PERMISSION_SMS', (c, o, r) => (r() < 0.4 ? 'true' : 'false'), []],
    ['PERMISSION_DATE', (c) => `${ymd(c.created)} ${pad(shift(c.created, 1).H)}:${pad(shift(c.created, 1).M)}:00`, []],
    ['OPTIN_SOURCE', (c, o, r) => v.pick(r, ['Webshop checkout', 'Newsletter popup', 'Store signup', 'Facebook lead ad']), [], opt],
    ['CLUB_MEMBER', (c) => (n(c) % 3 ? 'true' : 'false'), []],
    ['MEMBER_SINCE', (c) => (n(c) % 3 ? ymd(c.created) : ''), ['loyalty.joinDate'], opt],
    ['PREFERRED_STORE', (c, o, r, i) => row(AG_STORES, i), []],
    ['NO_OF_ORDERS', (c) => String(agOrders(c)), []],
    ['TOTAL_SPEND', (c) => (agOrders(c) * (389 + n(c) % 900)).toFixed(2), ['loyalty.lifetimePurchases'], opt],
    ['LAST_ORDER_DATE', (c) => (agOrders(c) ? ymd(Math.max(c.created, c.updated)) : ''), [], opt],
    ['LAST_OPEN_DATE', (c) => ymd(Math.max(c.created, c.updated) + 2 * day), [], opt],
    ['SEGMENT', (c, o, r) => v.pick(r, ['Loyal', 'New', 'At risk', 'Lapsed', 'VIP']), []],
    ['CREATED', (c) => `${ymd(c.created)} ${pad(shift(c.created, 1).H)}:${pad(shift(c.created, 1).M)}:${pad(shift(c.created, 1).S)}`, [], opt],
  ] },

  // ---------------------------------------------------------------- Smaily: subscribers (et)
  { name: 'smaily-tellijad-eksport-et', product: 'Smaily (Sendsmaily; Tellijad > Ekspordi, CSV: the system columns plus the account\'s own fields, here named in Estonian; Estonian UI, an Estonian children\'s-wear web shop)', family: 'email', language: 'et', schema: P, cols: [
    ['email', (c) => nx(c, 'et').email, ['personalEmail.address']],
    ['is_unsubscribed', (c) => (c.bool ? '0' : '1'), []],
    ['eesnimi', (c) => nx(c, 'et').first, FN],
    ['perenimi', (c) => nx(c, 'et').last, LN],
    ['telefon', (c, o, r) => (r() < 0.6 ? nx(c, 'et').mobile : ''), ['mobilePhone.number', 'homePhone.number']],
    ['sugu', (c) => (nx(c, 'et').female ? 'naine' : 'mees'), ['person.gender']],
    ['synnipaev', (c, o, r) => (r() < 0.45 ? etD(c.birth) : ''), ['person.birthDate']],
    ['linn', (c) => nx(c, 'et').city, H('city')],
    ['maakond', (c) => nx(c, 'et').region, HSTATE, opt],
    ['keel', (c, o, r) => v.pick(r, ['et', 'et', 'et', 'ru', 'en']), []],
    ['kliendi_id', (c) => String(31000 + n(c) % 60000), ID, opt],
    ['kliendigrupp', (c, o, r) => v.pick(r, ['Tavaklient', 'Püsiklient', 'Tavaklient', 'Hulgimüük']), []],
    ['tellimuste_arv', (c) => String(smOrders(c)), []],
    ['ostude_summa', (c) => pt2(smOrders(c) * (24.5 + n(c) % 60)), ['loyalty.lifetimePurchases'], opt],
    ['viimane_ost', (c) => (smOrders(c) ? etD(Math.max(c.created, c.updated)) : ''), [], opt],
    ['lapse_vanus', (c, o, r) => v.pick(r, ['0-1', '1-3', '3-6', '6-10', '']), []],
    ['allikas', (c, o, r) => v.pick(r, ['kassa', 'uudiskirja vorm', 'popup', 'import']), [], opt],
    ['pood', () => 'lastepood.ee', []],
    ['created_at', (c) => `${ymd(c.created)} ${pad(shift(c.created, eetOff(c.created)).H)}:${pad(shift(c.created, eetOff(c.created)).M)}:${pad(shift(c.created, 0).S)}`, [], opt],
  ] },

  // ---------------------------------------------------------------- Giosg: chat conversations (fi)
  { name: 'giosg-keskustelut-vienti-fi', product: 'Giosg (Giosg Console: Raportit > Keskustelut > Vie CSV; Finnish UI, the customer-service chat of a Finnish electronics web shop, one row per conversation)', family: 'support', language: 'fi', schema: E, cols: [
    ['Keskustelun ID', (c, o) => guid(n(o) * 7 + 3), ['_id']],
    ['Alkoi', (c, o) => fiDot(o.at), ['timestamp']],
    ['Päättyi', (c, o) => fiDot(o.at + giDur(o) * 60000), [], opt],
    ['Kesto (min)', (c, o) => String(giDur(o)), []],
    ['Huone', (c, o) => row(GI_ROOMS, n(o)), [], opt],
    ['Käsittelijä', (c, o) => row(GI_AGENTS, n(o) + 1), []],
    ['Vierailijan nimi', (c, o) => (n(o) % 3 ? `${nx(c, 'fi').first} ${nx(c, 'fi').last}` : ''), []],
    ['Vierailijan sähköposti', (c, o) => (n(o) % 3 ? nx(c, 'fi').email : ''), EMAIL_ID, opt],
    ['Vierailijan puhelin', (c, o) => (n(o) % 4 === 1 ? nx(c, 'fi').mobile : ''), PHONE_ID, opt],
    ['Vierailija-ID', (c) => hex(n(c) * 13 + 1, 24), ['identityMap{}[0].id'], opt],
    ['Aloitussivu', (c, o) => row(GI_PAGES, n(o)), ['web.webPageDetails.URL']],
    ['Viittaaja', (c, o) => row(GI_REF, n(o) + 2), ['web.webReferrer.URL']],
    ['Maa', () => 'Suomi', [GEO('countryCode')], opt],
    ['Kaupunki', (c) => nx(c, 'fi').city, [GEO('city')]],
    ['Selain', (c, o) => ['Chrome', 'Safari', 'Firefox', 'Edge', 'Samsung Internet'][n(o) % 5], ['environment.browserDetails.name']],
    ['Käyttöjärjestelmä', (c, o) => ['Windows', 'iOS', 'Android', 'macOS', 'Android'][n(o) % 5], ['environment.operatingSystem']],
    ['Laite', (c, o) => ['Tietokone', 'Mobiili', 'Mobiili', 'Tietokone', 'Tabletti'][n(o) % 5], ['device.type']],
    ['Viestejä (vierailija)', (c, o, r) => String(v.int(r, 1, 14)), []],
    ['Viestejä (käsittelijä)', (c, o, r) => String(v.int(r, 1, 16)), []],
    ['Ensimmäisen vastauksen aika (s)', (c, o, r) => String(v.int(r, 4, 180)), []],
    ['Arvio', (c, o, r) => v.pick(r, ['', '5', '5', '4', '3', '1']), []],
    ['Tagit', (c, o, r) => v.pick(r, ['', 'toimitus', 'palautus', 'tuotekysymys', 'takuu', 'maksu']), []],
    ['Tavoite saavutettu', (c, o) => (n(o) % 4 === 0 ? 'Kyllä' : 'Ei'), []],
    ['Ostoskorin arvo (€)', (c, o) => (n(o) % 4 === 0 ? c2(o.total * 4) : ''), [OR('priceTotal')], opt],
  ] },

  // ---------------------------------------------------------------- Cardskipper: club members (sv)
  { name: 'cardskipper-medlemmar-export-sv', product: 'Cardskipper (Cardskipper Admin: Medlemmar > Exportera till Excel; Swedish UI, a Swedish café and bakery chain\'s digital membership card club)', family: 'loyalty', language: 'sv', schema: P, cols: [
    ['Medlemsnummer', (c) => String(500000 + n(c) % 400000), ['loyalty.loyaltyID[0]', '_id', 'personID']],
    ['Kortnummer', (c) => `6390${pad(n(c) * 29 % 100000000, 8)}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['Förnamn', (c) => nx(c, 'sv').first, FN],
    ['Efternamn', (c) => nx(c, 'sv').last, LN],
    ['Mobilnummer', (c) => nx(c, 'sv').mobile, ['mobilePhone.number']],
    ['E-post', (c) => nx(c, 'sv').email, ['personalEmail.address']],
    ['Födelsedatum', (c, o, r) => (r() < 0.7 ? svD(c.birth) : ''), ['person.birthDate']],
    ['Kön', (c) => (nx(c, 'sv').female ? 'Kvinna' : 'Man'), ['person.gender']],
    ['Adress', (c, o, r) => (r() < 0.5 ? nx(c, 'sv').street : ''), H('street1')],
    ['Postnummer', (c) => nx(c, 'sv').zip, H('postalCode')],
    ['Ort', (c) => nx(c, 'sv').city, H('city')],
    ['Land', () => 'Sverige', H('country')],
    ['Organisation', () => 'Bageri Vete & Råg', ['loyalty.program'], opt],
    ['Medlemsnivå', (c, o, r, i) => row(CS_LEVELS, i), ['loyalty.tier']],
    ['Medlem sedan', (c) => svD(c.created), ['loyalty.joinDate']],
    ['Status', (c, o, r) => (r() < 0.9 ? 'Aktiv' : 'Avslutad'), ['loyalty.status'], opt],
    ['Kortet installerat', (c, o, r) => (r() < 0.8 ? 'Ja' : 'Nej'), []],
    ['Stämplar', (c) => String(csVisits(c) % 10), ['loyalty.points'], opt],
    ['Antal besök', (c) => String(csVisits(c)), []],
    ['Senaste besök', (c) => svT(Math.max(c.created, c.updated)), [], opt],
    ['Favoritbutik', (c, o, r) => v.pick(r, ['Södermalm', 'Vasastan', 'Kungsholmen', 'Solna centrum']), []],
    ['Samtycke SMS', (c, o, r) => (r() < 0.5 ? 'Ja' : 'Nej'), []],
    ['Samtycke e-post', (c) => (c.bool ? 'Ja' : 'Nej'), []],
    ['Registrerad via', (c, o, r) => v.pick(r, ['App', 'Webbformulär', 'QR-kod i butik', 'SMS']), [], opt],
  ] },

  // ---------------------------------------------------------------- LeadDesk: calling list (fi, b2b)
  { name: 'leaddesk-soittolista-vienti-fi', product: 'LeadDesk (LeadDesk Admin: Soittolistat > Vie kontaktit, CSV; Finnish UI, a Finnish office-coffee service\'s telemarketing campaign to companies, one row per contact)', family: 'b2b-leads', language: 'fi', schema: B, cols: [
    ['Kontakti-ID', (c) => String(8800000 + n(c) * 3), B2BID],
    ['Soittolista', () => 'Kahviautomaatit Q2 / Uusimaa', [], opt],
    ['Kampanja', () => 'Toimistokahvi 2024', [], opt],
    ['Yritys', (c) => nx(c, 'fi').company, CO],
    ['Y-tunnus', (c) => `${pad(2000000 + n(c) % 999999, 7)}-${n(c) % 10}`, []],
    ['Etunimi', (c) => nx(c, 'fi').first, FN],
    ['Sukunimi', (c) => nx(c, 'fi').last, LN],
    ['Titteli', (c, o, r, i) => row(LD_TITLES, i), ['extendedWorkDetails.jobTitle']],
    ['Puhelin', (c, o, r) => `0${v.pick(r, ['9', '3', '2', '8'])} ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`, ['workPhone.number']],
    ['Matkapuhelin', (c) => nx(c, 'fi').mobile, ['mobilePhone.number']],
    ['Sähköposti', (c) => nx(c, 'fi').workEmail, ['workEmail.address', 'personalEmail.address']],
    ['Katuosoite', (c) => nx(c, 'fi').street, W('street1')],
    ['Postinumero', (c) => nx(c, 'fi').zip, W('postalCode')],
    ['Postitoimipaikka', (c) => nx(c, 'fi').city, W('city')],
    ['Maa', () => 'Suomi', W('country')],
    ['Toimiala', (c, o, r, i) => row(LD_INDUSTRY, i + 1), []],
    ['Henkilöstö', (c, o, r) => v.pick(r, ['1-4', '5-9', '10-19', '20-49', '50-99']), []],
    ['WWW', (c) => `www.${nx(c, 'fi').domain}`, ['b2b.companyWebsite']],
    ['Viimeisin tulos', (c, o, r, i) => row(LD_RESULTS, i), ['b2b.personStatus'], opt],
    ['Soittoyrityksiä', (c, o, r) => String(v.int(r, 0, 5)), []],
    ['Viimeisin soitto', (c, o) => fiT(o.at), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Agentti', (c, o, r, i) => row(LD_AGENTS, i), []],
    ['Takaisinsoitto', (c, o, r, i) => (row(LD_RESULTS, i) === 'Soita myöhemmin' ? fiT(o.at + 3 * day) : ''), []],
    ['Lisätietoja', (c, o, r) => v.pick(r, ['', '', 'Nykyinen sopimus päättyy 9/2024', 'Pyysi esitteen sähköpostiin', 'Ei päätösvaltaa']), []],
  ] },

  // ---------------------------------------------------------------- Scoro: contacts (et, b2b)
  { name: 'scoro-kontaktid-eksport-et', product: 'Scoro (Kontaktid > Isikud > Ekspordi Excelisse; Estonian UI, a Tallinn marketing agency\'s client contacts)', family: 'crm', language: 'et', schema: B, cols: [
    ['ID', (c) => String(3400 + n(c) % 6000), B2BID],
    ['Eesnimi', (c) => nx(c, 'et').first, FN],
    ['Perenimi', (c) => nx(c, 'et').last, LN],
    ['Ettevõte', (c) => nx(c, 'et').company, CO],
    ['Ametikoht', (c, o, r, i) => row(SC_TITLES, i), ['extendedWorkDetails.jobTitle']],
    ['E-post', (c) => nx(c, 'et').workEmail, ['workEmail.address', 'personalEmail.address']],
    ['Telefon', (c, o, r) => `+372 6${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`, ['workPhone.number']],
    ['Mobiil', (c) => nx(c, 'et').mobile, ['mobilePhone.number']],
    ['Aadress', (c) => nx(c, 'et').street, W('street1')],
    ['Linn', (c) => nx(c, 'et').city, W('city')],
    ['Maakond', (c) => nx(c, 'et').region, WSTATE],
    ['Postiindeks', (c) => nx(c, 'et').zip, W('postalCode')],
    ['Riik', () => 'Eesti', W('country')],
    ['Isikukood', (c, o, r) => (r() < 0.1 ? `${nx(c, 'et').female ? 4 : 3}${String(c.birth / day | 0).slice(-6)}${v.int(r, 1000, 9999)}` : ''), []],
    ['Sünnipäev', (c, o, r) => (r() < 0.3 ? etD(c.birth) : ''), ['person.birthDate']],
    ['Koduleht', (c) => `https://www.${nx(c, 'et').domain}`, ['b2b.companyWebsite']],
    ['Staatus', (c, o, r) => v.pick(r, ['Klient', 'Klient', 'Potentsiaalne klient', 'Partner']), ['b2b.personStatus', 'b2b.personType'], opt],
    ['Vastutav isik', (c, o, r, i) => row(SC_OWNERS, i), []],
    ['Sildid', (c, o, r, i) => row(SC_TAGS, i), []],
    ['Keel', (c, o, r) => v.pick(r, ['eesti', 'eesti', 'inglise', 'vene']), []],
    ['Loodud', (c) => etT(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Muudetud', (c) => etT(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Märkused', (c, o, r) => v.pick(r, ['', '', 'Arved e-arvena', 'Eelistab kohtumisi teisipäeval']), []],
  ] },

  // ---------------------------------------------------------------- Sitoo: POS receipt lines (sv)
  { name: 'sitoo-kvittorader-export-sv', product: 'Sitoo (Sitoo Back Office: Rapporter > Försäljning > Kvittorader > Exportera, CSV; Swedish UI, a Swedish fashion store chain, one row per receipt line)', family: 'pos', language: 'sv', schema: E, cols: [
    ['Kvittonummer', (c, o) => `${1 + n(o) % 4}-${pad(n(o) % 99999, 6)}`, [OR('purchaseID'), '_id']],
    ['Datum', (c, o) => svTs(o.at), ['timestamp']],
    ['Butik', (c, o) => row(siStores, n(o)), STORE],
    ['Kassa', (c, o) => `Kassa ${1 + n(o) % 3}`, [], opt],
    ['Säljare', (c, o) => ['Emma S.', 'Jonas B.', 'Fatima A.', 'Linnea H.'][n(o) % 4], []],
    ['Transaktionstyp', (c, o) => (siRet(o) ? 'Retur' : 'Försäljning'), ['commerce.order.orderType'], opt],
    ['Artikelnummer', (c, o) => siItem(o)[0], [PL('SKU')]],
    ['Artikelnamn', (c, o) => siItem(o)[1], [PL('name')]],
    ['Varugrupp', (c, o) => siItem(o)[2], [PL('productCategories[0].categoryName')]],
    ['Antal', (c, o) => String(siRet(o) ? -o.qty : o.qty), [PL('quantity')]],
    ['À-pris', (c, o) => c2(siItem(o)[3]), [], opt],
    ['Rabatt', (c, o) => c2(siDisc(o)), [PL('discountAmount')], opt],
    ['Kampanj', (c, o) => (o.discount ? '20 % på allt stickat' : ''), ['commerce.promotionID'], opt],
    ['Belopp inkl. moms', (c, o) => c2(siLine(o)), [PL('priceTotal')]],
    ['Moms', (c, o) => c2(siLine(o) * 0.2), [OR('taxAmount')], opt],
    ['Momssats', () => '25', []],
    ['Betalsätt', (c, o) => ['Kort', 'Kort', 'Swish', 'Kontant', 'Presentkort', 'Klarna'][n(o) % 6], [PAY('paymentType')]],
    ['Valuta', () => 'SEK', [OR('currencyCode')]],
    ['Kundnummer', (c, o) => (n(o) % 3 ? String(700000 + n(c) % 99999) : ''), ['identityMap{}[0].id'], opt],
    ['Kundnamn', (c, o) => (n(o) % 3 ? `${nx(c, 'sv').first} ${nx(c, 'sv').last}` : ''), []],
    ['Returorsak', (c, o) => (siRet(o) ? 'Fel storlek' : ''), ['commerce.order.refunds[0].refundReason', PL('returnItem.returnReason')], opt],
    ['Fiskalt ID', (c, o) => hex(n(o) * 3 + 7, 16).toUpperCase(), []],
  ] },

  // ---------------------------------------------------------------- Payson: payments (sv)
  { name: 'payson-betalningar-export-sv', product: 'Payson (Payson konto: Betalningar > Exportera till Excel; Swedish UI, a Swedish garden-furniture web shop on Payson Checkout 2.0, one row per purchase)', family: 'payments', language: 'sv', schema: E, cols: [
    ['Köp-ID', (c, o) => String(4100000 + n(o) * 3), ['_id', PAY('transactionID')]],
    ['Skapad', (c, o) => svT(o.at), ['timestamp']],
    ['Senast ändrad', (c, o, r) => svT(o.at + v.int(r, 1, 72) * 3600000), [], opt],
    ['Status', (c, o) => psStatus(o), [], opt],
    ['Betalsätt', (c, o) => PS_METHODS[n(o) % PS_METHODS.length], [PAY('paymentType')]],
    ['Belopp', (c, o) => sp2(psAmt(o)), [PAY('paymentAmount'), OR('priceTotal')]],
    ['Varav moms', (c, o) => sp2(psAmt(o) * 0.2), [OR('taxAmount')]],
    ['Valuta', () => 'SEK', [PAY('currencyCode'), OR('currencyCode')]],
    ['Avgift', (c, o) => sp2(psAmt(o) * 0.0285), []],
    ['Återbetalt', (c, o) => (psStatus(o) === 'Återbetald' ? sp2(psAmt(o)) : '0,00'), [OR('refundTotal'), 'commerce.order.refunds[0].refundAmount']],
    ['Ordernummer', (c, o) => `TM${30000 + n(o) % 60000}`, [OR('purchaseID')]],
    ['Beskrivning', (c, o) => `Order TM${30000 + n(o) % 60000} – Trädgårdsmöbler Online`, []],
    ['Förnamn', (c) => nx(c, 'sv').first, []],
    ['Efternamn', (c) => nx(c, 'sv').last, []],
    ['E-post', (c) => nx(c, 'sv').email, EMAIL_ID, opt],
    ['Telefon', (c) => nx(c, 'sv').mobile, PHONE_ID, opt],
    ['Adress', (c) => nx(c, 'sv').street, [BILL('street1')]],
    ['Postnummer', (c) => nx(c, 'sv').zip, [BILL('postalCode')]],
    ['Ort', (c) => nx(c, 'sv').city, [BILL('city')]],
    ['Land', () => 'SE', [BILL('countryCode')]],
    ['Leveransadress', (c) => nx(c, 'sv').street, [SHIP('street1')]],
    ['Leveransort', (c) => nx(c, 'sv').city, [SHIP('city')]],
    ['Frakt', (c, o) => sp2(n(o) % 3 ? 495 : 0), ['commerce.shipping.shippingAmount']],
    ['Utbetalningsdatum', (c, o) => (psStatus(o) === 'Genomförd' ? svD(o.at + 2 * day) : ''), []],
  ] },

  // ---------------------------------------------------------------- Merit Aktiva: sales invoice list (API field names)
  { name: 'merit-aktiva-getinvoices-list', product: 'Merit Aktiva (sales invoice list as the getinvoices API returns it and connectors write it to Excel, one row per invoice; an Estonian building-materials wholesaler)', family: 'invoicing', language: 'en', schema: E, cols: [
    ['SIHId', (c, o) => guid(n(o) * 11 + 5), ['_id']],
    ['DepartmentCode', (c, o) => ['', 'TLN', 'TRT'][n(o) % 3], [], opt],
    ['DepartmentName', (c, o) => ['', 'Tallinna ladu', 'Tartu ladu'][n(o) % 3], [], opt],
    ['ProjectCode', (c, o) => (n(o) % 5 === 0 ? 'P-2024-07' : ''), []],
    ['ProjectName', (c, o) => (n(o) % 5 === 0 ? 'Kalda tee arendus' : ''), []],
    ['BatchInfo', (c, o) => `MA${n(o) % 900 + 100}`, []],
    ['InvoiceNo', (c, o) => String(24000 + n(o) % 9000), [OR('purchaseID')]],
    ['DocumentDate', (c, o) => meritDate(o.at), ['timestamp', OR('createdDate')]],
    ['TransactionDate', (c, o) => meritDate(o.at), ['timestamp'], opt],
    ['CustomerId', (c, o) => guid(n(o) % ME_CUST.length + 900), [], opt],
    ['CustomerName', (c, o) => meCust(o)[0], []],
    ['CustomerRegNo', (c, o) => meCust(o)[1], []],
    ['HComment', (c, o) => (n(o) % 3 === 0 ? 'Vastavalt tellimusele' : ''), []],
    ['FComment', () => 'Palume tasuda viitenumbriga.', []],
    ['DueDate', (c, o) => meritDate(o.at + 14 * day), [], opt],
    ['CurrencyCode', () => 'EUR', [OR('currencyCode')]],
    ['CurrencyRate', () => '1', []],
    ['TaxAmount', (c, o) => pt2(meVat(o)), [OR('taxAmount')]],
    ['RoundingAmount', () => '0', []],
    ['TotalAmount', (c, o) => pt2(meNet(o)), [], opt],
    ['ProfitAmount', (c, o) => pt2(meNet(o) * 0.18), []],
    ['TotalSum', (c, o) => pt2(meNet(o) + meVat(o)), [OR('priceTotal')]],
    ['UserName', (c, o) => ['Kadri Saar', 'Marko Kask'][n(o) % 2], []],
    ['ReferenceNo', (c, o) => `${24000 + n(o) % 9000}${n(o) % 10}`, []],
    ['PriceInclVat', () => 'false', []],
    ['VatRegNo', (c, o) => meCust(o)[2], []],
    ['PaidAmount', (c, o) => pt2(mePaid(o)), [PAY('paymentAmount')], opt],
    ['EInvSent', (c, o) => (meCust(o)[1] && n(o) % 2 ? 'true' : 'false'), []],
    ['EmailSent', (c, o) => (n(o) % 2 ? '' : `${meritDate(o.at).slice(0, 10)}T10:${pad(n(o) % 60)}:00`), []],
    ['Paid', (c, o) => (mePaid(o) >= meNet(o) + meVat(o) ? 'true' : 'false'), []],
  ] },

  // ---------------------------------------------------------------- Sendregning: invoices (no)
  { name: 'sendregning-fakturaer-eksport-no', product: 'Sendregning (Fakturaer > Fakturaoversikt > Eksporter til Excel; Norwegian UI, a Bergen IT consultancy\'s invoices to companies and private customers, one row per invoice)', family: 'invoicing', language: 'no', schema: E, cols: [
    ['Fakturanr', (c, o) => String(10100 + n(o) % 9000), [OR('purchaseID'), '_id']],
    ['Fakturadato', (c, o) => noD(o.at), ['timestamp'], opt],
    ['Forfallsdato', (c, o) => noD(o.at + 14 * day), [], opt],
    ['Kundenr', (c) => String(100 + n(c) % 900), [], opt],
    ['Kunde', (c, o) => (n(o) % 4 ? SR_CUST(c).company : `${SR_CUST(c).first} ${SR_CUST(c).last}`), []],
    ['Org.nr', (c, o) => (n(o) % 4 ? String(910000000 + (n(c) * 7919) % 89999999).replace(/(\d{3})(\d{3})(\d{3})/, '$1 $2 $3') : ''), []],
    ['Deres ref.', (c) => `${SR_CUST(c).first} ${SR_CUST(c).last}`, []],
    ['E-post', (c, o) => (n(o) % 4 ? SR_CUST(c).workEmail : SR_CUST(c).email), EMAIL_ID, opt],
    ['Adresse', (c) => SR_CUST(c).street, [BILL('street1')]],
    ['Postnr', (c) => SR_CUST(c).zip, [BILL('postalCode')]],
    ['Poststed', (c) => SR_CUST(c).city.toUpperCase(), [BILL('city')]],
    ['Land', () => 'Norge', [BILL('country')]],
    ['Beløp eks. mva', (c, o) => sp2(srNet(o)), [], opt],
    ['Mva', (c, o) => sp2(srVat(o)), [OR('taxAmount')]],
    ['Beløp inkl. mva', (c, o) => sp2(srNet(o) + srVat(o)), [OR('priceTotal')]],
    ['Valuta', () => 'NOK', [OR('currencyCode')]],
    ['KID', (c, o) => kid(o), []],
    ['Status', (c, o) => srStatus(o), [], opt],
    ['Betalt dato', (c, o) => (srStatus(o) === 'Betalt' ? noD(o.at + (n(o) % 12 + 2) * day) : ''), [], opt],
    ['Betalt beløp', (c, o) => (srStatus(o) === 'Betalt' ? sp2(srNet(o) + srVat(o)) : '0,00'), [PAY('paymentAmount')]],
    ['Utestående', (c, o) => (srStatus(o) === 'Ubetalt' || srStatus(o) === 'Purret' ? sp2(srNet(o) + srVat(o)) : '0,00'), []],
    ['Sendt via', (c, o) => (n(o) % 4 ? ['EHF', 'E-post'][n(o) % 2] : 'E-post'), []],
    ['Vår ref.', (c, o) => ['Ole Haugen', 'Silje Berg'][n(o) % 2], []],
    ['Prosjekt', (c, o) => ['Drift', 'Nettside', 'Microsoft 365-migrering', ''][n(o) % 4], [], opt],
    ['Kommentar', (c, o) => ['', '', 'Timer mars', 'Purregebyr kr 35 tilkommer'][n(o) % 4], []],
  ] },
]
