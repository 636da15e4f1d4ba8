// Round 77, heldout210: blind held-out sets written by a helper that never opened the suggester, its tests, the scorer
// or a score. Same format as sets.mjs (sources in ../README.md). Exports of products used in Kenya, Turkey, India,
// Israel, Senegal, the UAE and Nigeria, headers in the product's UI language: a PAYG solar platform's payments export
// for a western-Kenya solar-home-system distributor (Angaza) (KE, en E 1); a Turkish pharmacy automation system's sales
// list for an İzmir pharmacy (Botanik EOS) (TR, tr E 1); an Indian garage-management system's invoice report for a Pune
// multi-brand car workshop (Autorox) (IN, en E 1); an Israeli insurance-agency CRM's policy list for a Petah Tikva agency
// (Surense) (IL, he E 1); a Turkish residential-site management system's resident list for an Istanbul apartment complex
// (Apsiyon) (TR, tr P 1); an open-source library system's borrower export for a Saint-Louis municipal library (PMB)
// (SN, fr P 1); a coworking platform's member export for a Dubai coworking operator (OfficeRnD) (AE, en B 1); a
// membership platform's member export for a Lagos business chamber (Glue Up) (NG, en B 1). E 4, P 2, B 2.
// Headers: a short source hunt in the docs and pages corpora found only product descriptions: Autorox's help centre
// (gmshelp.autorox.co: job cards, collections, reports downloadable as Excel), Apsiyon's support site (destek.apsiyon.com:
// Excel import/export of debts), PMB's training and documentation pages (amcubat.be/docpmb, a Bibliothèques Sans
// Frontières PMB manual: borrower barcode, categories, statistic codes). No public column list was found for any of the
// 8 exports, so every header was written from the writer's knowledge of each product (PMB's borrower fields follow its
// borrower form; the others are the writer's best recollection of the export, a subset in a plausible order). Nothing was
// copied from a real export; every value is generated.
import { E, P, B, v, B2BID, PL, OR, BILL, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT, HOME, at } from './sets.mjs'
import { pad, row, ymd, hms, hm, dmy, shift, thou, hash } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const ID = ['_id', 'personID']
const HOMES = (leaf) => at(HOME, leaf)
const WE = ['workEmail.address', 'personalEmail.address']
// Nairobi +3, Istanbul +3, Pune +5:30, Dubai +4, Lagos +1, Dakar/Saint-Louis +0, none with summer time; Israel +2 with
// summer time (late March to late October, approximated by April to October)
const eat = (ms) => shift(ms, 3)
const trt = (ms) => shift(ms, 3)
const ist = (ms) => shift(ms, 5.5)
const gst = (ms) => shift(ms, 4)
const wat = (ms) => shift(ms, 1)
const gmt = (ms) => shift(ms, 0)
const isr = (ms) => shift(ms, [4, 5, 6, 7, 8, 9, 10].includes(new Date(ms).getUTCMonth() + 1) ? 3 : 2)
const money = (x) => (Math.round(x * 100) / 100).toFixed(2)
const tl = (x) => thou(x, '.', ',')
// Indian grouping: 1,23,456.00
const inr = (x) => { const [a, b] = (Math.round(x * 100) / 100).toFixed(2).split('.'); const last = a.slice(-3), rest = a.slice(0, -3); return `${rest ? `${rest.replace(/\B(?=(\d{2})+(?!\d))/g, ',')},` : ''}${last}.${b}` }
const UP = (r, k, set = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') => Array.from({ length: k }, () => set[v.int(r, 0, set.length - 1)]).join('')

// ---------------------------------------------------------------- local people, seeded by the row's person
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}|${c.first}|${c.last}|${salt}`) ^ 0x2c1b3c6d); r(); r(); return r }
const L = {
  ke: {
    m: ['John', 'Peter', 'James', 'Brian', 'Kevin', 'Dennis', 'Samuel', 'Joseph', 'Collins', 'Geoffrey', 'Wycliffe', 'Evans'],
    f: ['Mary', 'Grace', 'Faith', 'Mercy', 'Esther', 'Jane', 'Lucy', 'Caroline', 'Beatrice', 'Purity', 'Lilian', 'Everlyne'],
    last: ['Otieno', 'Wekesa', 'Kamau', 'Ochieng', 'Mutua', 'Njoroge', 'Kiprop', 'Barasa', 'Wafula', 'Makokha', 'Odhiambo', 'Mwangi', 'Kibet', 'Shikuku', 'Owino'],
    // [county, town, area]
    places: [['Kakamega', 'Mumias', 'Western'], ['Kakamega', 'Malava', 'Western'], ['Bungoma', 'Webuye', 'Western'], ['Bungoma', 'Kimilili', 'Western'], ['Busia', 'Nambale', 'Western'], ['Vihiga', 'Luanda', 'Western'], ['Siaya', 'Ugunja', 'Nyanza'], ['Kisumu', 'Ahero', 'Nyanza'], ['Homa Bay', 'Mbita', 'Nyanza'], ['Trans Nzoia', 'Kitale', 'Rift Valley']],
  },
  tr: {
    m: ['Mehmet', 'Mustafa', 'Ahmet', 'Ali', 'Hüseyin', 'Hasan', 'İbrahim', 'Murat', 'Emre', 'Burak', 'Serkan', 'Oğuz'],
    f: ['Ayşe', 'Fatma', 'Emine', 'Hatice', 'Zeynep', 'Elif', 'Merve', 'Özlem', 'Gülşen', 'Esra', 'Sevgi', 'Derya'],
    last: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Yıldırım', 'Öztürk', 'Aydın', 'Özdemir', 'Arslan', 'Doğan', 'Kılıç', 'Aslan', 'Koç'],
    mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'yandex.com'],
  },
  in: {
    m: ['Rahul', 'Amit', 'Sachin', 'Vikas', 'Nikhil', 'Prasad', 'Sagar', 'Rohit', 'Ajay', 'Mahesh', 'Omkar', 'Tushar'],
    f: ['Sneha', 'Pooja', 'Priyanka', 'Anjali', 'Swati', 'Neha', 'Shweta', 'Kavita', 'Manasi', 'Rutuja', 'Aarti', 'Shruti'],
    last: ['Patil', 'Deshmukh', 'Kulkarni', 'Joshi', 'Jadhav', 'Pawar', 'Shinde', 'Gaikwad', 'Kale', 'More', 'Bhosale', 'Chavan', 'Agarwal', 'Mehta'],
    mail: ['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.co.in', 'rediffmail.com', 'outlook.com', 'hotmail.com'],
  },
  sn: {
    m: ['Mamadou', 'Moussa', 'Ibrahima', 'Cheikh', 'Abdoulaye', 'Ousmane', 'Modou', 'Serigne', 'Pape', 'Babacar', 'Alioune', 'Samba'],
    f: ['Fatou', 'Aminata', 'Awa', 'Mariama', 'Khady', 'Astou', 'Ndèye', 'Coumba', 'Aïssatou', 'Adama', 'Rokhaya', 'Bineta'],
    last: ['Diop', 'Ndiaye', 'Fall', 'Sow', 'Diallo', 'Faye', 'Gueye', 'Sarr', 'Ba', 'Mbaye', 'Seck', 'Thiam', 'Cissé', 'Niang', 'Wade'],
    mail: ['gmail.com', 'gmail.com', 'yahoo.fr', 'hotmail.fr', 'gmail.com', 'orange.sn', 'outlook.fr'],
  },
}
const memo = new Map()
function mk (c, cc) {
  const r = seeded(c, cc), female = r() < 0.5, D = L[cc]
  const first = v.pick(r, female ? D.f : D.m), last = v.pick(r, D.last)
  const sep = v.pick(r, ['.', '', '_', '.'])
  const mail = D.mail ? `${v.slug(first)}${sep}${v.slug(last)}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, D.mail)}` : ''
  return { female, first, last, full: `${first} ${last}`, mail, r1: v.int(r, 0, 999999), r2: v.int(r, 0, 999999) }
}
const who = (c, cc) => { const k = `${cc}|${c.id}|${c.first}|${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc)); return memo.get(k) }
const ke = (c) => who(c, 'ke')
const tr = (c) => who(c, 'tr')
const inn = (c) => who(c, 'in')
const sn = (c) => who(c, 'sn')
const trMob = (r) => `05${v.pick(r, ['32', '33', '35', '36', '42', '44', '05', '06', '52', '55', '53'])} ${v.digits(r, 3)} ${v.digits(r, 2)} ${v.digits(r, 2)}`
// a Turkish identity number with its two check digits
const tckn = (r) => { const d = [v.int(r, 1, 9), ...Array.from({ length: 8 }, () => v.int(r, 0, 9))]; const o = d[0] + d[2] + d[4] + d[6] + d[8], e = d[1] + d[3] + d[5] + d[7]; d.push(((o * 7 - e) % 10 + 10) % 10); d.push(d.reduce((s, x) => s + x, 0) % 10); return d.join('') }

// ---------------------------------------------------------------- 1. Angaza payments export (KE, en, E)
// a PAYG solar-home-system distributor in western Kenya and Nyanza: customers pay daily/weekly by M-Pesa (some by Airtel
// Money or cash at the shop); one row per payment
// [product, daily rate, price]
const AG_PROD = [['SHS 40W - 4 Lights + Radio', 45, 14500], ['SHS 80W + 24" TV', 90, 38500], ['Solar Lantern S300', 20, 3800], ['SHS 40W - 4 Lights + Radio', 45, 14500], ['SHS 120W + 32" TV', 130, 56000], ['Solar Fridge 100L', 180, 82000]]
const AG_AGENT = ['Evans Wanyama', 'Caroline Akinyi', 'Moses Kipchumba', 'Sharon Nafula', 'Tom Odongo']
const agProd = (c) => row(AG_PROD, n(c) % 6)
const agPlace = (c) => row(L.ke.places, ke(c).r1 % 10)
const agVia = (o) => row(['M-Pesa', 'M-Pesa', 'M-Pesa', 'Airtel Money', 'M-Pesa', 'Cash', 'M-Pesa'], n(o) % 7)
const agDays = (o) => row([1, 7, 7, 3, 14, 30, 7, 1, 10], n(o) % 9)
const agAmt = (c, o) => agProd(c)[1] * agDays(o)
const agAt = (o) => Date.UTC(2025, 3, 1) + ((n(o) * 7919) % (75 * 86400)) * 1000
const agPaid = (c, o) => { const p = agProd(c); return Math.min(p[2], 1500 + (n(c) % 40) * p[1] * 6 + agAmt(c, o)) }
const agMob = (c) => { const r = seeded(c, 'agm'); return `2547${v.pick(r, ['0', '1', '2', '9', '4', '5'])}${v.digits(r, 7)}` }
const agAirtel = (c) => { const r = seeded(c, 'aga'); return `2547${v.pick(r, ['3', '8'])}${v.digits(r, 7)}` }
const keT = (ms) => { const p = eat(ms); return `${ymd(p)} ${hms(p)}` }
const SET_AG = { name: 'angaza-payments-export-ke', product: 'Angaza (Angaza Hub: Payments > filter by date > Export CSV, one row per customer payment, English UI, a PAYG solar-home-system distributor in western Kenya and Nyanza paid by M-Pesa, Airtel Money and cash, Africa/Nairobi, KES)', family: 'payments', language: 'en', schema: E, cols: [
  ['Payment ID', (c, o) => String(41000000 + (n(o) * 7717) % 9000000), ['_id']],
  ['Payment Date', (c, o) => keT(agAt(o)), ['timestamp']],
  ['Account Number', (c) => String(10000000 + (n(c) * 37) % 89999999), CUST_ID, opt],
  ['Client Name', (c) => ke(c).full, []],
  ['Payer Phone Number', (c, o) => (agVia(o) === 'Cash' ? '' : agVia(o) === 'Airtel Money' ? agAirtel(c) : agMob(c)), PHONE_ID, opt],
  ['Amount', (c, o) => money(agAmt(c, o)), [OR('payments[0].paymentAmount')]],
  ['Currency', () => 'KES', [OR('currencyCode'), OR('payments[0].currencyCode')]],
  ['Payment Type', (c, o) => (agVia(o) === 'Cash' ? 'Cash' : 'Mobile Money'), [OR('payments[0].paymentType')], opt],
  ['Provider', (c, o) => (agVia(o) === 'Cash' ? '' : agVia(o)), [OR('payments[0].paymentType')], opt],
  ['Transaction Reference', (c, o) => (agVia(o) === 'Cash' ? `RCPT-${pad(n(o) % 10000, 4)}` : agVia(o) === 'M-Pesa' ? `T${'DEFGHJ'[n(o) % 6]}${UP(v.rng(hash(`agr${o.id}`)), 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}` : `MP${ymd(eat(agAt(o)), '').slice(2)}.${pad(n(o) % 10000, 4)}.L${v.digits(v.rng(hash(`agl${o.id}`)), 5)}`), [OR('payments[0].transactionID')]],
  ['Product', (c) => agProd(c)[0], [PL('name')], opt],
  ['Unit Number', (c) => `${row(['AG', 'AG', 'DL'], n(c) % 3)}${v.digits(seeded(c, 'agu'), 8)}`, []],
  ['Pricing Group', (c) => `KES ${agProd(c)[1]}/day - ${row([12, 18, 24], n(c) % 3)} months`, [], opt],
  ['Days Credited', (c, o) => String(agDays(o)), []],
  ['Total Paid', (c, o) => money(agPaid(c, o)), []],
  ['Remaining Balance', (c, o) => money(Math.max(0, agProd(c)[2] - agPaid(c, o))), []],
  ['Account Status', (c, o) => (agPaid(c, o) >= agProd(c)[2] ? 'UNLOCKED' : n(o) % 9 === 0 ? 'DISABLED' : 'ENABLED'), [], opt],
  ['County', (c) => agPlace(c)[0], STATE(['commerce.billing.address']), opt],
  ['Town', (c) => agPlace(c)[1], [BILL('city')], opt],
  ['Responsible User', (c) => row(AG_AGENT, n(c) % 5), []],
] }

// ---------------------------------------------------------------- 2. Botanik EOS sales list (TR, tr, E)
// a neighbourhood pharmacy in Karşıyaka, İzmir: SGK prescriptions, private-insurance and cash sales; one row per
// dispensed line
// [barcode, drug, unit price, SGK covered]
const BT_DRUG = [['8699514090175', 'ARVELES 25 MG 20 FİLM TABLET', 71.4, true], ['8699525092823', 'AUGMENTIN BID 1000 MG 14 FİLM TABLET', 186.63, true], ['8699546090174', 'PAROL 500 MG 20 TABLET', 28.8, false], ['8699569090083', 'NEXIUM 40 MG 28 TABLET', 292.5, true], ['8699536090139', 'GLIFOR 1000 MG 100 FİLM TABLET', 113.72, true], ['8699809090184', 'CORASPIN 100 MG 30 TABLET', 37.61, true], ['8699828950027', 'BEPANTHOL KREM 30 G', 164.9, false], ['8699532270023', 'MAJEZIK 100 MG 15 FİLM TABLET', 82.3, true], ['8699874090016', 'DESLORATADİN 5 MG 20 TABLET', 69.9, true], ['8690570590018', 'VİTAMİN D3 DAMLA 50 ML', 249.0, false]]
const BT_DR = ['Dr. Kemal Erdem', 'Dr. Nur Aksoy', 'Dr. Selin Korkmaz', 'Uzm. Dr. Tarık Güneş', 'Dr. Hakan Ersoy', 'Dr. Pınar Uslu']
const btDrug = (o) => row(BT_DRUG, (n(o) * 7) % 10)
const btKurum = (o) => (btDrug(o)[3] ? row(['SGK', 'SGK', 'SGK', 'SGK', 'Özel Sağlık Sigortası', 'SGK'], n(o) % 6) : 'Elden Satış')
const btQty = (o) => (btDrug(o)[2] > 150 ? 1 : row([1, 1, 2, 1, 3], n(o) % 5))
const btTot = (o) => btDrug(o)[2] * btQty(o)
const btKat = (o) => (btKurum(o) === 'SGK' ? Math.round(btTot(o) * 0.2 * 100) / 100 + (n(o) % 3 === 0 ? 5 : 0) : btKurum(o) === 'Özel Sağlık Sigortası' ? Math.round(btTot(o) * 0.1 * 100) / 100 : btTot(o))
const btKdv = (o) => btTot(o) / 1.1 * 0.1
const btAt = (o) => Date.UTC(2025, 4, 2) + ((n(o) * 7919) % 60) * day + (6 * 3600 + (n(o) * 131) % (12 * 3600)) * 1000
const trT = (ms) => { const p = trt(ms); return `${dmy(p)} ${hm(p)}` }
const SET_BT = { name: 'botanik-eos-satis-listesi-tr', product: 'Botanik EOS (Eczane Otomasyonu: Raporlar > Satış Raporları > Satış Listesi > Excel\'e Aktar, one row per dispensed line, Turkish UI, a neighbourhood pharmacy in Karşıyaka, İzmir, with SGK prescriptions, private insurance and cash sales, Europe/Istanbul, TRY)', family: 'orders', language: 'tr', schema: E, cols: [
  ['Satış No', (c, o) => String(250000 + (n(o) * 37) % 700000), [OR('purchaseID')]],
  ['Satış Tarihi', (c, o) => trT(btAt(o)), ['timestamp']],
  ['Reçete No', (c, o) => (btKurum(o) === 'Elden Satış' ? '' : `${v.int(v.rng(hash(`btr${o.id}`)), 1, 9)}${UP(v.rng(hash(`bts${o.id}`)), 6)}`), [], opt],
  ['Reçete Türü', (c, o) => (btKurum(o) === 'Elden Satış' ? '' : row(['Normal', 'Normal', 'Normal', 'Yeşil', 'Normal', 'Turuncu'], n(o) % 6)), []],
  ['Kurum', (c, o) => btKurum(o), [], opt],
  ['Hasta Adı Soyadı', (c) => `${tr(c).first} ${tr(c).last.toLocaleUpperCase('tr')}`, []],
  ['TC Kimlik No', (c) => tckn(seeded(c, 'tc')), []],
  ['Doktor', (c, o) => (btKurum(o) === 'Elden Satış' ? '' : row(BT_DR, n(o) % 6)), []],
  ['Barkod', (c, o) => btDrug(o)[0], [PL('SKU')]],
  ['İlaç Adı', (c, o) => btDrug(o)[1], [PL('name')]],
  ['Adet', (c, o) => String(btQty(o)), [PL('quantity')]],
  ['Birim Fiyat', (c, o) => tl(btDrug(o)[2]), []],
  ['Tutar', (c, o) => tl(btTot(o)), [PL('priceTotal')]],
  ['KDV', (c, o) => tl(btKdv(o)), [OR('taxAmount')], opt],
  ['Katılım Payı', (c, o) => tl(btKurum(o) === 'Elden Satış' ? 0 : btKat(o)), [], opt],
  ['Kurum Payı', (c, o) => tl(btKurum(o) === 'Elden Satış' ? 0 : btTot(o) - btKat(o)), []],
  ['Tahsil Edilen', (c, o) => tl(btKat(o)), [OR('payments[0].paymentAmount')], opt],
  ['Ödeme Şekli', (c, o) => row(['Nakit', 'Kredi Kartı', 'Kredi Kartı', 'Nakit', 'Kredi Kartı'], n(o) % 5), [OR('payments[0].paymentType')], opt],
  ['Cep Telefonu', (c) => (n(c) % 4 === 0 ? '' : trMob(seeded(c, 'btm'))), PHONE_ID, opt],
  ['Kullanıcı', (c, o) => row(['ECZ. GÜLAY TEKİN', 'TEKNİSYEN ONUR', 'TEKNİSYEN BÜŞRA'], n(o) % 3), []],
] }

// ---------------------------------------------------------------- 3. Autorox invoice report (IN, en, E)
// a multi-brand car workshop in Pune (Baner and Wakad branches); one row per invoice
const AX_CAR = [['Maruti Suzuki', 'Swift'], ['Maruti Suzuki', 'Baleno'], ['Hyundai', 'Creta'], ['Hyundai', 'i20'], ['Tata', 'Nexon'], ['Honda', 'City'], ['Mahindra', 'XUV700'], ['Toyota', 'Innova Crysta'], ['Kia', 'Seltos'], ['Maruti Suzuki', 'Ertiga']]
const AX_SVC = [['Periodic Maintenance Service', 1450, 3200], ['Running Repair', 900, 2400], ['Accidental Repair', 4800, 9800], ['Periodic Maintenance Service', 1450, 4100], ['AC Service', 1100, 1800], ['Wheel Alignment & Balancing', 850, 0], ['Brake Overhaul', 1200, 3600], ['Clutch Overhaul', 2600, 7400]]
const AX_SA = ['Ganesh Shelke', 'Akshay Kamble', 'Rupali Sawant', 'Nilesh Mane']
const AX_INS = ['ICICI Lombard', 'Bajaj Allianz', 'HDFC ERGO', 'New India Assurance', 'Tata AIG']
const axSvc = (o) => row(AX_SVC, n(o) % 8)
const axLab = (o) => axSvc(o)[1] + (n(o) % 5) * 150
const axParts = (o) => (axSvc(o)[2] ? axSvc(o)[2] + ((n(o) * 37) % 20) * 85 : 0)
const axDisc = (o) => (n(o) % 4 === 0 ? Math.round(axLab(o) * 0.1) : 0)
const axTax = (o) => Math.round(((axLab(o) - axDisc(o)) * 0.18 + axParts(o) * 0.28) * 100) / 100
const axTot = (o) => axLab(o) - axDisc(o) + axParts(o) + axTax(o)
const axIns = (o) => axSvc(o)[0] === 'Accidental Repair'
const axRecv = (o) => (axIns(o) ? Math.round(axTot(o) * 0.22) : n(o) % 11 === 0 ? 0 : axTot(o))
const axAt = (o) => Date.UTC(2025, 5, 2, 6) + ((n(o) * 7919) % (55 * 86400)) * 1000
const axReg = (c) => { const r = seeded(c, 'reg'); return `MH${v.pick(r, ['12', '12', '14', '12', '14'])}${UP(r, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}${v.digits(r, 4)}` }
const inMob = (c) => { const r = seeded(c, 'inm'); return `${v.pick(r, ['98', '99', '97', '96', '88', '70', '91', '93'])}${v.digits(r, 8)}` }
const SET_AX = { name: 'autorox-invoice-report-in', product: 'Autorox (Garage Management System: Reports > Invoice Report > Download Excel, one row per invoice, English UI, a multi-brand car workshop in Pune with Baner and Wakad branches, Asia/Kolkata, INR)', family: 'orders', language: 'en', schema: E, cols: [
  ['Invoice No', (c, o) => `${row(['BNR', 'WKD'], n(o) % 2)}/25-26/${pad((n(o) * 37) % 9000 + 100, 4)}`, ['_id', OR('purchaseID')]],
  ['Invoice Date', (c, o) => dmy(ist(axAt(o)), '-'), ['timestamp']],
  ['Job Card No', (c, o) => `JC-${pad((n(o) * 37) % 9000 + 96, 5)}`, [OR('purchaseID')], opt],
  ['Branch', (c, o) => row(['Baner', 'Wakad'], n(o) % 2), [], opt],
  ['Customer Name', (c) => inn(c).full, []],
  ['Mobile No', (c) => inMob(c), PHONE_ID, opt],
  ['Email', (c) => (n(c) % 5 === 0 ? '' : inn(c).mail), EMAIL_ID],
  ['Registration No', (c) => axReg(c), []],
  ['Make', (c) => row(AX_CAR, n(c) % 10)[0], []],
  ['Model', (c) => row(AX_CAR, n(c) % 10)[1], []],
  ['Odometer (KM)', (c, o) => String(8000 + (n(c) * 131) % 90000 + n(o) % 500), []],
  ['Service Type', (c, o) => axSvc(o)[0], [], opt],
  ['Service Advisor', (c, o) => row(AX_SA, (n(o) >> 1) % 4), []],
  ['Labour Amount', (c, o) => inr(axLab(o)), []],
  ['Parts Amount', (c, o) => inr(axParts(o)), []],
  ['Discount', (c, o) => inr(axDisc(o)), [OR('discountAmount')]],
  ['CGST', (c, o) => inr(axTax(o) / 2), [], opt],
  ['SGST', (c, o) => inr(axTax(o) / 2), [], opt],
  ['Total Tax', (c, o) => inr(axTax(o)), [OR('taxAmount')]],
  ['Grand Total', (c, o) => inr(axTot(o)), [OR('priceTotal')]],
  ['Amount Received', (c, o) => inr(axRecv(o)), [OR('payments[0].paymentAmount')], opt],
  ['Balance Due', (c, o) => inr(axTot(o) - axRecv(o)), []],
  ['Payment Mode', (c, o) => (axRecv(o) === 0 ? '' : row(['UPI', 'Card', 'Cash', 'UPI', 'Bank Transfer'], n(o) % 5)), [OR('payments[0].paymentType')], opt],
  ['Insurance Company', (c, o) => (axIns(o) ? row(AX_INS, n(o) % 5) : ''), []],
  ['Customer GSTIN', (c) => (n(c) % 7 === 0 ? `27${UP(seeded(c, 'pan'), 5, 'ABCDEFGHJKLMNPRSTUVWXYZ')}${v.digits(seeded(c, 'pan2'), 4)}${UP(seeded(c, 'pan3'), 1, 'ABCDEFGHJKLMNPRSTUVWXYZ')}1Z${v.int(seeded(c, 'pan4'), 1, 9)}` : ''), []],
] }

// ---------------------------------------------------------------- 4. Surense policy list (IL, he, E)
// an insurance agency in Petah Tikva selling car, home, health, life and mortgage-risk policies from the main insurers;
// one row per policy
// [he first, latin, female]
const IL_FIRST = [['יוסי', 'yossi', 0], ['דוד', 'david', 0], ['משה', 'moshe', 0], ['אבי', 'avi', 0], ['איתי', 'itay', 0], ['נועם', 'noam', 0], ['אייל', 'eyal', 0], ['עומר', 'omer', 0], ['מיכל', 'michal', 1], ['נועה', 'noa', 1], ['שירה', 'shira', 1], ['רונית', 'ronit', 1], ['יעל', 'yael', 1], ['תמר', 'tamar', 1], ['אורית', 'orit', 1], ['הילה', 'hila', 1]]
const IL_LAST = [['כהן', 'cohen'], ['לוי', 'levi'], ['מזרחי', 'mizrahi'], ['פרץ', 'peretz'], ['ביטון', 'biton'], ['דהן', 'dahan'], ['אברהם', 'avraham'], ['פרידמן', 'friedman'], ['אזולאי', 'azoulay'], ['מלכה', 'malka'], ['חדד', 'hadad'], ['גבאי', 'gabay'], ['שפירא', 'shapira'], ['קליין', 'klein']]
const IL_CITY = ['פתח תקווה', 'פתח תקווה', 'פתח תקווה', 'ראש העין', 'רמת גן', 'בני ברק', 'גבעת שמואל', 'תל אביב-יפו', 'כפר סבא', 'הוד השרון', 'אלעד']
// [insurer, branch, product, yearly premium lo-hi, payment]
const SR_POL = [
  ['הראל', 'רכב', 'ביטוח רכב מקיף', 3400, 6800, 'שנתי'], ['מגדל', 'בריאות', 'ביטוח בריאות פרטי', 1200, 2600, 'חודשי'], ['הפניקס', 'חיים', 'ריסק למשכנתא', 600, 1900, 'חודשי'], ['כלל', 'דירה', 'ביטוח מבנה ותכולה', 900, 2200, 'שנתי'],
  ['מנורה מבטחים', 'רכב', 'ביטוח חובה', 1300, 2400, 'שנתי'], ['איילון', 'בריאות', 'ביטוח סיעודי', 900, 2100, 'חודשי'], ['הראל', 'חיים', 'ביטוח חיים ריסק', 700, 2500, 'חודשי'], ['הכשרה', 'רכב', 'ביטוח צד ג\'', 1500, 2900, 'שנתי'],
]
const SR_AGENT = ['רונן אלמוג', 'סיגל ברק', 'ערן שטרן']
const ilP = (c) => { const r = seeded(c, 'il'); return { f: v.pick(r, IL_FIRST), l: v.pick(r, IL_LAST), city: v.pick(r, IL_CITY), m: v.int(r, 0, 99) } }
const ilMob = (c) => { const r = seeded(c, 'ilm'); return `05${v.pick(r, ['0', '2', '3', '4', '8'])}-${v.int(r, 2, 9)}${v.digits(r, 6)}` }
// an Israeli identity number with its check digit
const tz = (c) => { const r = seeded(c, 'tz'); const d = [v.int(r, 0, 3), ...Array.from({ length: 7 }, () => v.int(r, 0, 9))]; const s = d.reduce((a, x, i) => { const y = x * (i % 2 ? 2 : 1); return a + (y > 9 ? y - 9 : y) }, 0); return [...d, (10 - (s % 10)) % 10].join('') }
const srPol = (o) => row(SR_POL, n(o) % 8)
const srPrem = (o) => { const p = srPol(o); const y = p[3] + ((n(o) * 131) % (p[4] - p[3])); return p[5] === 'חודשי' ? Math.round(y / 12 * 100) / 100 : y }
const srAt = (o) => Date.UTC(2025, 0, 5, 7) + ((n(o) * 7919) % (170 * 86400)) * 1000
const srStart = (o) => srAt(o) + (1 + (n(o) % 20)) * day
const srSt = (o) => row(['פעילה', 'פעילה', 'פעילה', 'בהפקה', 'פעילה', 'מבוטלת', 'פעילה'], n(o) % 7)
const ilD = (ms) => dmy(isr(ms), '/')
const SET_SR = { name: 'surense-policies-export-il', product: 'Surense (CRM לסוכני ביטוח: פוליסות > ייצוא לאקסל, one row per policy, Hebrew UI, an insurance agency in Petah Tikva selling car, home, health, life and mortgage-risk policies, Asia/Jerusalem, ILS)', family: 'orders', language: 'he', schema: E, cols: [
  ['מספר פוליסה', (c, o) => `${row(['01', '7', '30', '9'], n(o) % 4)}${v.digits(v.rng(hash(`srp${o.id}`)), 8)}`, ['_id', OR('purchaseID')]],
  ['תאריך הפקה', (c, o) => ilD(srAt(o)), ['timestamp']],
  ['שם פרטי', (c) => ilP(c).f[0], []],
  ['שם משפחה', (c) => ilP(c).l[0], []],
  ['ת.ז.', (c) => tz(c), []],
  ['טלפון נייד', (c) => ilMob(c), PHONE_ID, opt],
  ['דוא"ל', (c) => `${ilP(c).f[1]}${n(c) % 2 ? '.' : ''}${ilP(c).l[1]}${ilP(c).m % 3 ? ilP(c).m : ''}@${row(['gmail.com', 'walla.co.il', 'gmail.com', 'hotmail.com', 'yahoo.com', 'gmail.com'], n(c) % 6)}`, EMAIL_ID],
  ['עיר', (c) => ilP(c).city, [BILL('city')], opt],
  ['חברת ביטוח', (c, o) => srPol(o)[0], []],
  ['ענף', (c, o) => srPol(o)[1], [PL('productCategories[0].categoryName')], opt],
  ['מוצר', (c, o) => srPol(o)[2], [PL('name')]],
  ['תאריך תחילה', (c, o) => ilD(srStart(o)), []],
  ['תאריך סיום', (c, o) => ilD(srStart(o) + 364 * day), []],
  ['פרמיה', (c, o) => thou(srPrem(o), ',', '.'), [OR('priceTotal')], opt],
  ['תדירות תשלום', (c, o) => srPol(o)[5], []],
  ['אמצעי תשלום', (c, o) => row(['כרטיס אשראי', 'הוראת קבע', 'כרטיס אשראי', 'כרטיס אשראי', 'הוראת קבע'], n(o) % 5), [OR('payments[0].paymentType')], opt],
  ['סטטוס', (c, o) => srSt(o), [], opt],
  ['תאריך ביטול', (c, o) => (srSt(o) === 'מבוטלת' ? ilD(srStart(o) + (20 + (n(o) % 90)) * day) : ''), [OR('cancelDate')], opt],
  ['סוכן', (c, o) => row(SR_AGENT, n(o) % 3), []],
  ['עמלה', (c, o) => thou(srPrem(o) * (srPol(o)[5] === 'חודשי' ? 0.2 : 0.12), ',', '.'), []],
] }

// ---------------------------------------------------------------- 5. Apsiyon resident list (TR, tr, P)
// a gated apartment complex (site) in Ataşehir, Istanbul: 4 blocks, owners and tenants; one row per resident
const AP_BLOK = ['A Blok', 'B Blok', 'C Blok', 'D Blok']
const apTip = (c) => row(['Kat Maliki', 'Kiracı', 'Kat Maliki', 'Kat Maliki', 'Kiracı', 'Kat Maliki'], n(c) % 6)
const apIn = (c) => Date.UTC(2018, 2, 1) + ((n(c) * 7919) % (2500 * 86400)) * 1000
const apOut = (c) => (apTip(c) === 'Kiracı' && n(c) % 5 === 0)
const apAidat = (c) => row([1850, 2100, 2450, 2100], (n(c) >> 2) % 4)
const apBal = (c) => (n(c) % 4 === 0 ? -apAidat(c) * (1 + (n(c) % 3)) : n(c) % 7 === 0 ? 150 : 0)
const apDob = (c) => Date.UTC(1955, 0, 1) + ((n(c) * 104729) % (45 * 365)) * day
const SET_AP = { name: 'apsiyon-sakin-listesi-tr', product: 'Apsiyon (Site Yönetimi: Kişiler > Sakin Listesi > Excel\'e Aktar, one row per resident (owner or tenant), Turkish UI, a four-block gated apartment complex in Ataşehir, Istanbul, TRY)', family: 'crm', language: 'tr', schema: P, cols: [
  ['Blok', (c) => row(AP_BLOK, n(c) % 4), []],
  ['Daire No', (c) => String(1 + (n(c) * 7) % 48), [], opt],
  ['Sakin Tipi', (c) => apTip(c), []],
  ['Adı', (c) => tr(c).first, ['person.name.firstName']],
  ['Soyadı', (c) => tr(c).last, ['person.name.lastName']],
  ['TC Kimlik No', (c) => (n(c) % 6 === 0 ? '' : tckn(seeded(c, 'tc'))), ['person.taxId'], opt],
  ['Cinsiyet', (c) => (tr(c).female ? 'Kadın' : 'Erkek'), ['person.gender']],
  ['Doğum Tarihi', (c) => (n(c) % 3 === 0 ? '' : dmy(gmt(apDob(c)))), ['person.birthDate']],
  ['Cep Telefonu', (c) => trMob(seeded(c, 'apm')), ['mobilePhone.number']],
  ['Ev Telefonu', (c) => (n(c) % 3 === 0 ? `0216 ${v.int(seeded(c, 'apt'), 456, 688)} ${v.digits(seeded(c, 'apt2'), 2)} ${v.digits(seeded(c, 'apt3'), 2)}` : ''), ['homePhone.number']],
  ['E-Posta', (c) => (n(c) % 8 === 0 ? '' : tr(c).mail), ['personalEmail.address']],
  ['Giriş Tarihi', (c) => dmy(trt(apIn(c))), [], opt],
  ['Çıkış Tarihi', (c) => (apOut(c) ? dmy(trt(apIn(c) + (300 + (n(c) % 400)) * day)) : ''), []],
  ['İletişim Adresi', (c) => (apTip(c) === 'Kat Maliki' && n(c) % 4 === 1 ? `${row(['Bağdat Cad.', 'Fahrettin Kerim Gökay Cad.', 'Atatürk Mah. Ertuğrul Gazi Sok.'], n(c) % 3)} No:${1 + (n(c) % 80)} D:${1 + (n(c) % 12)} ${row(['Kadıköy', 'Kadıköy', 'Ataşehir'], n(c) % 3)}/İstanbul` : ''), [], opt],
  ['Araç Plakası', (c) => (n(c) % 3 === 2 ? '' : `34 ${UP(seeded(c, 'pl'), v.int(seeded(c, 'pln'), 1, 3), 'ABCDEFGHJKLMNPRSTUVYZ')} ${v.int(seeded(c, 'pl2'), 10, 9999)}`), []],
  ['Aidat Tutarı', (c) => tl(apAidat(c)), []],
  ['Bakiye', (c) => tl(apBal(c)), []],
  ['SMS İzni', (c) => (n(c) % 5 === 0 ? 'Hayır' : 'Evet'), [], opt],
  ['E-Posta İzni', (c) => (n(c) % 3 === 0 ? 'Hayır' : 'Evet'), [], opt],
  ['Kayıt Tarihi', (c) => `${dmy(trt(apIn(c) - 3 * day))} ${hm(trt(apIn(c) - 3 * day + 37000000))}`, [], opt],
] }

// ---------------------------------------------------------------- 6. PMB borrower export (SN, fr, P)
// a municipal library in Saint-Louis, Senegal (main library and a youth annex in Sor), adults, pupils and students
const PM_Q = [['Nord', 'Rue Blaise Diagne'], ['Sud', 'Rue Abdoulaye Seck Marie Parsine'], ['Sor', 'Avenue Général de Gaulle'], ['Sor', 'Rue de Khor'], ['Guet Ndar', 'Rue de Guet Ndar'], ['Balacoss', 'Route de Khor'], ['Pikine', 'Rue Pikine Tableau Walo'], ['Léona', 'Avenue Macodou Ndiaye'], ['Ndioloffène', 'Rue Ndioloffène Nord'], ['Diamaguène', 'Route de la Corniche']]
const PM_PROF = ['Commerçant(e)', 'Fonctionnaire', 'Infirmier(ère)', 'Sans emploi', 'Retraité(e)', 'Pêcheur', 'Couturier(ère)', 'Comptable', 'Chauffeur', 'Agent de la SAED']
const pmCat = (c) => row(['Adulte', 'Jeunesse', 'Étudiant', 'Adulte', 'Jeunesse', 'Étudiant', 'Enseignant'], n(c) % 7)
const pmYear = (c) => ({ Jeunesse: 2009, Étudiant: 2001, Adulte: 1965, Enseignant: 1970 })[pmCat(c)] + (n(c) % (pmCat(c) === 'Adulte' ? 35 : pmCat(c) === 'Enseignant' ? 20 : 6))
const pmJoin = (c) => Date.UTC(2019, 0, 10) + ((n(c) * 7919) % (2300 * 86400)) * 1000
const pmExp = (c) => { const j = new Date(pmJoin(c)); const y = 2025 - (n(c) % 4 === 0 ? 1 : 0); return Date.UTC(y, j.getUTCMonth(), j.getUTCDate()) + 365 * day }
const snMob = (c, k) => { const r = seeded(c, `snm${k}`); return `${v.pick(r, ['77', '78', '76', '70', '77', '75'])} ${v.digits(r, 3)} ${v.digits(r, 2)} ${v.digits(r, 2)}` }
const pmQ = (c) => row(PM_Q, sn(c).r1 % 10)
const SET_PM = { name: 'pmb-lecteurs-export-sn', product: 'PMB (Circulation > Lecteurs > Recherche > Export tableur, one row per borrower, French UI, a municipal library in Saint-Louis, Senegal, with a youth annex in Sor, Africa/Dakar)', family: 'membership', language: 'fr', schema: P, cols: [
  ['Code-barres', (c) => `SL${pad((n(c) * 37) % 100000, 6)}`, ID],
  ['Nom', (c) => sn(c).last.toUpperCase(), ['person.name.lastName']],
  ['Prénom', (c) => sn(c).first, ['person.name.firstName']],
  ['Adresse', (c) => `${pmQ(c)[1]}, ${n(c) % 3 === 0 ? `n° ${1 + (n(c) % 140)}` : `Quartier ${pmQ(c)[0]}`}`, HOMES('street1')],
  ['Adresse (suite)', (c) => (n(c) % 3 === 0 ? `Quartier ${pmQ(c)[0]}` : ''), HOMES('street2'), opt],
  ['Code postal', (c) => (n(c) % 4 === 0 ? '' : '32000'), HOMES('postalCode')],
  ['Ville', () => 'Saint-Louis', HOMES('city')],
  ['Pays', () => 'Sénégal', HOMES('country')],
  ['E-mail', (c) => (pmCat(c) === 'Jeunesse' && n(c) % 2 ? '' : sn(c).mail), ['personalEmail.address']],
  ['Téléphone', (c) => snMob(c, 1), ['mobilePhone.number', 'homePhone.number']],
  ['Téléphone 2', (c) => (n(c) % 5 === 0 ? snMob(c, 2) : pmCat(c) === 'Jeunesse' ? `33 961 ${v.digits(seeded(c, 'snf'), 2)} ${v.digits(seeded(c, 'snf2'), 2)}` : ''), ['homePhone.number', 'workPhone.number'], opt],
  ['Profession', (c) => (pmCat(c) === 'Jeunesse' ? 'Élève' : pmCat(c) === 'Enseignant' ? 'Enseignant(e)' : pmCat(c) === 'Étudiant' ? 'Étudiant(e)' : row(PM_PROF, n(c) % 10)), []],
  ['Année de naissance', (c) => String(pmYear(c)), ['person.birthYear']],
  ['Sexe', (c) => (sn(c).female ? 'Femme' : 'Homme'), ['person.gender']],
  ['Catégorie', (c) => pmCat(c), []],
  ['Code statistique', (c) => (n(c) % 6 === 0 ? 'Hors commune' : 'Commune de Saint-Louis'), []],
  ['Localisation', (c) => (pmCat(c) === 'Jeunesse' ? 'Annexe jeunesse de Sor' : 'Bibliothèque centrale'), []],
  ['Date d\'adhésion', (c) => dmy(gmt(pmJoin(c)), '/'), ['loyalty.joinDate'], opt],
  ['Date d\'expiration', (c) => dmy(gmt(pmExp(c)), '/'), [], opt],
  ['Identifiant OPAC', (c) => `${v.slug(sn(c).first).slice(0, 1)}${v.slug(sn(c).last)}${n(c) % 100}`, [], opt],
  ['Prêts en cours', (c) => String(n(c) % 4), []],
] }

// ---------------------------------------------------------------- 7. OfficeRnD member export (AE, en, B)
// a Dubai coworking operator with spaces in JLT and Business Bay: freelancers, start-ups and regional offices
// [first, last, nationality, female]
const OR_P = [['Ahmed', 'Al Mansoori', 'Emirati', 0], ['Fatima', 'Al Hashimi', 'Emirati', 1], ['Rohan', 'Mehta', 'Indian', 0], ['Sara', 'Haddad', 'Lebanese', 1], ['James', 'Whitfield', 'British', 0], ['Maria Cristina', 'Santos', 'Filipino', 1], ['Omar', 'Farouk', 'Egyptian', 0], ['Layla', 'Khoury', 'Jordanian', 1], ['Vikram', 'Nair', 'Indian', 0], ['Nour', 'El Sayed', 'Egyptian', 1], ['Daniel', 'Becker', 'German', 0], ['Aisha', 'Qureshi', 'Pakistani', 1], ['Khalid', 'Al Suwaidi', 'Emirati', 0], ['Priya', 'Raghavan', 'Indian', 1], ['Tom', 'Verhoeven', 'Dutch', 0], ['Hana', 'Saleh', 'Syrian', 1]]
// [company, domain, kind]
const OR_CO = [['Dunecode Technologies FZ-LLC', 'dunecode.io', 'startup'], ['Falcon Ridge Consulting', 'falconridge.ae', 'consulting'], ['Nakheel Creative Studio', 'nakheelcreative.com', 'agency'], ['Saffron & Salt Events', 'saffronsalt.ae', 'agency'], ['Tabadul Fintech Ltd', 'tabadul.co', 'startup'], ['Orbis Marine Services', 'orbismarine.com', 'office'], ['Freelancer', '', 'freelance'], ['Mirage Analytics DMCC', 'mirageanalytics.ai', 'startup'], ['Helix Recruitment Partners', 'helixrecruit.ae', 'consulting']]
const orP = (c) => row(OR_P, (n(c) * 7) % 16)
const orCo = (c) => row(OR_CO, n(c) % 9)
const orPlan = (c) => (orCo(c)[2] === 'freelance' ? row(['Hot Desk Monthly', 'Day Pass Bundle (10)', 'Hot Desk Monthly'], n(c) % 3) : orCo(c)[2] === 'office' || orCo(c)[2] === 'consulting' ? row(['Private Office - 4 Pax', 'Private Office - 6 Pax', 'Dedicated Desk'], n(c) % 3) : row(['Dedicated Desk', 'Private Office - 4 Pax', 'Hot Desk Monthly'], n(c) % 3))
const orSt = (c) => row(['Active', 'Active', 'Active', 'Former', 'Active', 'Lead', 'Active', 'Drop-in'], n(c) % 8)
const orStart = (c) => Date.UTC(2022, 6, 1) + ((n(c) * 7919) % (1000 * 86400)) * 1000
const orMob = (c) => { const r = seeded(c, 'orm'); return `+971 5${v.pick(r, ['0', '2', '4', '5', '6', '8'])} ${v.digits(r, 3)} ${v.digits(r, 4)}` }
const orMail = (c) => (orCo(c)[1] ? `${v.slug(orP(c)[0].split(' ')[0])}${n(c) % 3 === 0 ? '.' + v.slug(orP(c)[1]) : ''}@${orCo(c)[1]}` : `${v.slug(orP(c)[0])}.${v.slug(orP(c)[1])}${n(c) % 50}@gmail.com`)
const oid = (r) => v.hex(r, 24)
const SET_OR = { name: 'officernd-members-export-ae', product: 'OfficeRnD (OfficeRnD Flex admin: Community > Members > Export to CSV, one row per member, English UI, a Dubai coworking operator with spaces in JLT and Business Bay hosting freelancers, start-ups and regional offices, Asia/Dubai, AED)', family: 'crm', language: 'en', schema: B, cols: [
  ['Member ID', (c) => oid(seeded(c, 'oid')), B2BID],
  ['Name', (c) => `${orP(c)[0]} ${orP(c)[1]}`, ['person.name.fullName']],
  ['Email', (c) => orMail(c), WE],
  ['Phone', (c) => orMob(c), ['mobilePhone.number', 'workPhone.number']],
  ['Company', (c) => (orCo(c)[2] === 'freelance' ? '' : orCo(c)[0]), CO],
  ['Company ID', (c) => (orCo(c)[2] === 'freelance' ? '' : oid(v.rng(hash(`orco${n(c) % 9}`)))), ACCT, opt],
  ['Location', (c) => row(['JLT - Cluster Y', 'Business Bay - Bay Square'], n(c) % 2), [], opt],
  ['Status', (c) => orSt(c), ['b2b.personStatus'], opt],
  ['Plan', (c) => (orSt(c) === 'Lead' ? '' : orPlan(c)), []],
  ['Start Date', (c) => (orSt(c) === 'Lead' ? '' : ymd(gst(orStart(c)))), [], opt],
  ['End Date', (c) => (orSt(c) === 'Former' ? ymd(gst(orStart(c) + (180 + (n(c) % 300)) * day)) : ''), []],
  ['Billing Contact', (c) => (n(c) % 3 === 0 ? 'Yes' : 'No'), []],
  ['Nationality', (c) => orP(c)[2], ['person.nationality']],
  ['Access Card Number', (c) => (orSt(c) === 'Lead' ? '' : String(1000000 + (n(c) * 131) % 9000000)), []],
  ['Tags', (c) => row(['', 'Tech', 'Founder', '', 'Events', 'Tech;Founder', ''], n(c) % 7), []],
  ['Created', (c) => { const t = orStart(c) - (3 + (n(c) % 20)) * day + ((n(c) * 13) % 36000) * 1000; return `${ymd(gst(t))}T${hms(gst(t))}+04:00` }, ['extSourceSystemAudit.createdDate'], opt],
  ['Description', (c) => row(['', 'Referred by Khalid (Tabadul)', '', 'Interested in a 6-pax office from Q3', '', 'Needs a parking bay', ''], n(c) % 7), []],
] }

// ---------------------------------------------------------------- 8. Glue Up member export (NG, en, B)
// a Lagos-based business chamber: corporate members (gold, standard, SME) with named representatives, and a few
// individual members
const GU_M = ['Oluwaseun', 'Chinedu', 'Emeka', 'Babatunde', 'Ibrahim', 'Tunde', 'Uchenna', 'Aliyu', 'Femi', 'Obinna', 'Kayode', 'Musa']
const GU_F = ['Adaeze', 'Funmilayo', 'Ngozi', 'Aisha', 'Yetunde', 'Chiamaka', 'Folake', 'Hauwa', 'Bukola', 'Ifeoma', 'Temitope', 'Zainab']
const GU_L = ['Adeyemi', 'Okafor', 'Balogun', 'Eze', 'Ogunleye', 'Nwosu', 'Abubakar', 'Okonkwo', 'Adebayo', 'Bello', 'Obi', 'Olawale', 'Usman', 'Chukwu']
// [company, domain, industry, street, city, state, type]
const GU_CO = [
  ['Zenfield Logistics Limited', 'zenfieldlogistics.com', 'Logistics & Transport', '14 Adeola Odeku Street, Victoria Island', 'Lagos', 'Lagos', 'Corporate Gold'],
  ['Greenleaf Agro-Allied Ltd', 'greenleafagro.ng', 'Agriculture', 'Plot 7, Trans-Amadi Industrial Layout', 'Port Harcourt', 'Rivers', 'Corporate Standard'],
  ['Brightwave Solar Nigeria Ltd', 'brightwavesolar.ng', 'Energy & Power', '23 Admiralty Way, Lekki Phase 1', 'Lagos', 'Lagos', 'SME'],
  ['Kestrel Legal Partners', 'kestrellegal.com.ng', 'Legal Services', '5th Floor, 1 Kingsway Road, Ikoyi', 'Lagos', 'Lagos', 'Corporate Standard'],
  ['Arewa Textiles Plc', 'arewatextiles.com', 'Manufacturing', '12 Bompai Road', 'Kano', 'Kano', 'Corporate Gold'],
  ['Capitol Hill Properties Ltd', 'capitolhillprop.ng', 'Real Estate', 'Plot 1021, Aminu Kano Crescent, Wuse II', 'Abuja', 'FCT', 'Corporate Standard'],
  ['Oakridge Medical Diagnostics', 'oakridgediagnostics.ng', 'Healthcare', '45 Allen Avenue, Ikeja', 'Lagos', 'Lagos', 'SME'],
  ['Paystream Africa Ltd', 'paystream.africa', 'Financial Services & Fintech', '8 Lanre Awolokun Street, Gbagada', 'Lagos', 'Lagos', 'Corporate Gold'],
]
const GU_JOB = ['Managing Director', 'Chief Executive Officer', 'Head, Corporate Communications', 'Company Secretary / Legal Adviser', 'Business Development Manager', 'Chief Financial Officer', 'Head of Strategy', 'Executive Director']
const guCo = (c) => row(GU_CO, n(c) % 8)
const guInd = (c) => n(c) % 9 === 0
const guP = (c) => { const r = seeded(c, 'gu'), f = r() < 0.45; return { f, first: v.pick(r, f ? GU_F : GU_M), last: v.pick(r, GU_L), t: v.int(r, 0, 9) } }
const guTitle = (c) => { const p = guP(c); return p.t === 0 ? 'Dr' : p.t === 1 ? (p.f ? 'Barr.' : 'Engr.') : p.t === 2 && !p.f ? row(['Chief', 'Alhaji'], n(c) % 2) : p.f ? row(['Mrs', 'Ms', 'Mrs'], n(c) % 3) : 'Mr' }
const guSince = (c) => Date.UTC(2016, 0, 15) + ((n(c) * 7919) % (3300 * 86400)) * 1000
const guSt = (c) => row(['Active', 'Active', 'Active', 'Expired', 'Active', 'Pending Payment', 'Active'], n(c) % 7)
const guMob = (c) => { const r = seeded(c, 'gum'); return `+234 ${v.pick(r, ['803', '805', '806', '703', '706', '813', '816', '809', '810', '908'])} ${v.digits(r, 3)} ${v.digits(r, 4)}` }
const guDate = (ms) => { const p = wat(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const SET_GU = { name: 'glue-up-members-export-ng', product: 'Glue Up (Membership > Members > Export (Excel), one row per member contact, English UI, a Lagos-based business chamber with corporate gold, standard and SME members and a few individual members, Africa/Lagos, NGN)', family: 'membership', language: 'en', schema: B, cols: [
  ['Member ID', (c) => String(5200000 + (n(c) * 131) % 800000), B2BID],
  ['Title', (c) => guTitle(c), ['person.name.courtesyTitle']],
  ['First Name', (c) => guP(c).first, ['person.name.firstName']],
  ['Last Name', (c) => guP(c).last, ['person.name.lastName']],
  ['Email', (c) => (guInd(c) ? `${v.slug(guP(c).first)}.${v.slug(guP(c).last)}@yahoo.com` : `${v.slug(guP(c).first)[0]}${v.slug(guP(c).last)}@${guCo(c)[1]}`), WE],
  ['Mobile Phone', (c) => guMob(c), ['mobilePhone.number']],
  ['Work Phone', (c) => (guInd(c) || n(c) % 3 ? '' : `+234 1 ${v.int(seeded(c, 'guw'), 270, 463)} ${v.digits(seeded(c, 'guw2'), 4)}`), ['workPhone.number']],
  ['Job Title', (c) => (guInd(c) ? 'Consultant' : row(GU_JOB, (n(c) >> 1) % 8)), ['extendedWorkDetails.jobTitle']],
  ['Company', (c) => (guInd(c) ? '' : guCo(c)[0]), CO],
  ['Industry', (c) => guCo(c)[2], []],
  ['Membership Plan', (c) => (guInd(c) ? 'Individual' : guCo(c)[6]), []],
  ['Membership Status', (c) => guSt(c), ['b2b.personStatus'], opt],
  ['Member Since', (c) => guDate(guSince(c)), ['extSourceSystemAudit.createdDate'], opt],
  ['Expiry Date', (c) => `31/12/${guSt(c) === 'Expired' ? 2024 : 2025}`, []],
  ['Primary Contact', (c) => (n(c) % 3 === 0 ? 'Yes' : 'No'), []],
  ['Address', (c) => (guInd(c) ? '' : guCo(c)[3]), [W('street1')]],
  ['City', (c) => guCo(c)[4], [W('city')]],
  ['State', (c) => guCo(c)[5], STATE(['workAddress'])],
  ['Country', () => 'Nigeria', [W('country')]],
  ['Website', (c) => (guInd(c) ? '' : `https://www.${guCo(c)[1]}`), ['b2b.companyWebsite']],
  ['Last Login', (c) => (n(c) % 4 === 0 ? '' : guDate(Date.UTC(2025, 4, 1) + ((n(c) * 13) % 60) * day)), ['extSourceSystemAudit.lastActivityDate'], opt],
] }

export const SETS = [SET_AG, SET_BT, SET_AX, SET_SR, SET_AP, SET_PM, SET_OR, SET_GU]
