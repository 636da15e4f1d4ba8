// Round 103, heldout103: held-out sets written apart by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). Central and Eastern European, Baltic, Balkan, Turkish and Greek tools:
// a parcel broker's shipments, a card gateway's transactions, an SMS gateway's message history, a marketplace
// integrator's orders, an order manager's orders, an invoicing service's issued invoices, a POS's customer register
// with bonus points, an SMS address book, a messaging platform's contacts, and three B2B registers (invoicing clients,
// a company-data service's firms, an accounting service's clients): headers in the product's UI language
// (pl, sk, cs, tr, ro, sl, et, uk, el, hr, hu, lt). No public export header was found; written from the writer's
// knowledge of each product.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

const day = 86400000
const summer = (ms) => [4, 5, 6, 7, 8, 9].includes(new Date(ms).getUTCMonth() + 1)
// Central European (+1/+2), Eastern European (+2/+3) and Turkish (+3) local time, written without offset
const cet = (ms) => shift(ms, summer(ms) ? 2 : 1)
const eet = (ms) => shift(ms, summer(ms) ? 3 : 2)
const trt = (ms) => shift(ms, 3)
const dmy = (p, s = '.') => `${pad(p.d)}${s}${pad(p.m)}${s}${p.y}`
const ymd = (p, s = '-') => `${p.y}${s}${pad(p.m)}${s}${pad(p.d)}`
const hms = (p) => `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const hm = (p) => `${pad(p.H)}:${pad(p.M)}`
const bd = (ms) => v.parts(ms)
const dec = (n, sep = ',') => (Math.round(n * 100) / 100).toFixed(2).replace('.', sep)
const thou = (n, t = '.', d = ',') => { const [a, b] = (Math.round(n * 100) / 100).toFixed(2).split('.'); return `${a.replace(/\B(?=(\d{3})+(?!\d))/g, t)}${d}${b}` }
const later = (c) => c.created + ((+c.id % 500) + 3) * day + (+c.id % 80000) * 1000

const EMAIL_ID = ['endUserIDs._experience.emailid.id']
const PHONE_ID = ['endUserIDs._experience.phonenumberid.id']
const STATE = (objs) => [...at(objs, 'stateProvince'), ...at(objs, 'state')]
const W = (leaf) => `workAddress.${leaf}`
const CO = ['b2b.companyName', 'organizations[0]']
const WE = ['workEmail.address', 'personalEmail.address']

// ---------------------------------------------------------------- local people, seeded by the row's person
// first: [male, female]; last: [male, female, latin slug]; places: [city, postcode, region]
const LOC = {
  pl: { first: [['Adam', 'Ewa'], ['Łukasz', 'Natalia'], ['Jakub', 'Aleksandra'], ['Bartosz', 'Karolina'], ['Grzegorz', 'Dorota'], ['Wojciech', 'Beata']],
    last: [['Zieliński', 'Zielińska', 'zielinski'], ['Szymański', 'Szymańska', 'szymanski'], ['Woźniak', 'Woźniak', 'wozniak'], ['Dąbrowski', 'Dąbrowska', 'dabrowski'], ['Kozłowski', 'Kozłowska', 'kozlowski'], ['Jankowski', 'Jankowska', 'jankowski'], ['Mazur', 'Mazur', 'mazur']],
    places: [['Łódź', '90-418', 'łódzkie'], ['Lublin', '20-072', 'lubelskie'], ['Katowice', '40-005', 'śląskie'], ['Szczecin', '70-412', 'zachodniopomorskie'], ['Białystok', '15-062', 'podlaskie'], ['Rzeszów', '35-064', 'podkarpackie'], ['Toruń', '87-100', 'kujawsko-pomorskie']],
    street: (r) => `${v.pick(r, ['Piotrkowska', 'Krakowskie Przedmieście', 'Sienkiewicza', 'Słowackiego', 'Żeromskiego', 'Jana Pawła II'])} ${v.int(r, 1, 210)}${r() < 0.4 ? '/' + v.int(r, 1, 60) : ''}`,
    mobile: (r) => `${v.pick(r, ['501', '512', '600', '661', '694', '727', '790', '881'])}${v.int(r, 100000, 999999)}`,
    mail: ['wp.pl', 'o2.pl', 'gmail.com', 'interia.pl', 'onet.pl'] },
  sk: { first: [['Ján', 'Monika'], ['Lukáš', 'Andrea'], ['Matej', 'Simona'], ['Róbert', 'Ivana'], ['Pavol', 'Martina']],
    last: [['Molnár', 'Molnárová', 'molnar'], ['Šimko', 'Šimková', 'simko'], ['Kollár', 'Kollárová', 'kollar'], ['Lukáč', 'Lukáčová', 'lukac'], ['Oravec', 'Oravcová', 'oravec'], ['Blaho', 'Blahová', 'blaho']],
    places: [['Bratislava', '821 08', 'Bratislavský kraj'], ['Trnava', '917 01', 'Trnavský kraj'], ['Banská Bystrica', '974 01', 'Banskobystrický kraj'], ['Trenčín', '911 01', 'Trenčiansky kraj'], ['Poprad', '058 01', 'Prešovský kraj']],
    street: (r) => `${v.pick(r, ['Hlavná', 'Sládkovičova', 'Kukučínova', 'Dlhá', 'Nám. SNP'])} ${v.int(r, 1, 120)}`,
    mobile: (r) => `+421 9${v.pick(r, ['03', '05', '10', '15', '44', '48'])} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`,
    mail: ['gmail.com', 'azet.sk', 'centrum.sk', 'post.sk'] },
  cs: { first: [['Ondřej', 'Veronika'], ['Vojtěch', 'Barbora'], ['David', 'Markéta'], ['Filip', 'Klára'], ['Michal', 'Hana']],
    last: [['Veselý', 'Veselá', 'vesely'], ['Horák', 'Horáková', 'horak'], ['Němec', 'Němcová', 'nemec'], ['Pokorný', 'Pokorná', 'pokorny'], ['Marek', 'Marková', 'marek'], ['Pospíšil', 'Pospíšilová', 'pospisil']],
    places: [['Praha 10', '100 00', 'Hlavní město Praha'], ['Brno', '612 00', 'Jihomoravský kraj'], ['České Budějovice', '370 01', 'Jihočeský kraj'], ['Hradec Králové', '500 02', 'Královéhradecký kraj'], ['Pardubice', '530 02', 'Pardubický kraj']],
    street: (r) => `${v.pick(r, ['Nerudova', 'Sokolská', 'Jiráskova', 'Tyršova', 'Smetanova'])} ${v.int(r, 100, 2500)}/${v.int(r, 1, 40)}`,
    mobile: (r) => `420${v.pick(r, ['603', '604', '720', '732', '776', '608'])}${v.int(r, 100000, 999999)}`,
    mail: ['seznam.cz', 'email.cz', 'gmail.com', 'post.cz'] },
  tr: { first: [['Mehmet', 'Ayşe'], ['Mustafa', 'Fatma'], ['Ahmet', 'Zeynep'], ['Emre', 'Elif'], ['Burak', 'Merve'], ['Can', 'Büşra']],
    last: [['Yılmaz', 'Yılmaz', 'yilmaz'], ['Kaya', 'Kaya', 'kaya'], ['Demir', 'Demir', 'demir'], ['Şahin', 'Şahin', 'sahin'], ['Çelik', 'Çelik', 'celik'], ['Öztürk', 'Öztürk', 'ozturk'], ['Aydın', 'Aydın', 'aydin']],
    places: [['Kadıköy', '34710', 'İstanbul'], ['Çankaya', '06690', 'Ankara'], ['Karşıyaka', '35540', 'İzmir'], ['Nilüfer', '16140', 'Bursa'], ['Muratpaşa', '07100', 'Antalya'], ['Seyhan', '01120', 'Adana']],
    street: (r) => `${v.pick(r, ['Atatürk Cad.', 'Cumhuriyet Mah. Gül Sok.', 'Bağdat Cad.', 'İnönü Bulvarı', 'Fevzi Çakmak Mah. 1203. Sok.'])} No:${v.int(r, 1, 140)} D:${v.int(r, 1, 18)}`,
    mobile: (r) => `05${v.pick(r, ['32', '33', '35', '42', '44', '52', '55'])}${v.int(r, 1000000, 9999999)}`,
    mail: ['gmail.com', 'hotmail.com', 'yandex.com', 'outlook.com'] },
  ro: { first: [['Bogdan', 'Raluca'], ['Florin', 'Cristina'], ['Vlad', 'Diana'], ['Adrian', 'Mihaela'], ['Răzvan', 'Oana']],
    last: [['Dumitrescu', 'Dumitrescu', 'dumitrescu'], ['Stoica', 'Stoica', 'stoica'], ['Gheorghe', 'Gheorghe', 'gheorghe'], ['Rusu', 'Rusu', 'rusu'], ['Matei', 'Matei', 'matei'], ['Ciobanu', 'Ciobanu', 'ciobanu']],
    places: [['București', '030167', 'București'], ['Sibiu', '550024', 'Sibiu'], ['Oradea', '410087', 'Bihor'], ['Craiova', '200585', 'Dolj'], ['Galați', '800008', 'Galați'], ['Ploiești', '100066', 'Prahova']],
    street: (r) => `${v.pick(r, ['Str. Libertății', 'Bd. Independenței', 'Str. Avram Iancu', 'Calea Dorobanților', 'Str. Ștefan cel Mare'])} nr. ${v.int(r, 1, 120)}${r() < 0.4 ? `, bl. ${v.int(r, 1, 30)}, ap. ${v.int(r, 1, 60)}` : ''}`,
    mobile: (r) => `07${v.pick(r, ['21', '24', '40', '45', '50', '62', '73', '86'])}${v.int(r, 100000, 999999)}`,
    mail: ['gmail.com', 'yahoo.com', 'yahoo.ro', 'gmail.com'] },
  sl: { first: [['Rok', 'Tina'], ['Gregor', 'Urška'], ['Aljaž', 'Katja'], ['Jure', 'Mojca'], ['Blaž', 'Petra']],
    last: [['Kos', 'Kos', 'kos'], ['Golob', 'Golob', 'golob'], ['Vidmar', 'Vidmar', 'vidmar'], ['Mlakar', 'Mlakar', 'mlakar'], ['Kralj', 'Kralj', 'kralj'], ['Turk', 'Turk', 'turk']],
    places: [['Ljubljana', '1000', 'Osrednjeslovenska'], ['Maribor', '2000', 'Podravska'], ['Velenje', '3320', 'Savinjska'], ['Nova Gorica', '5000', 'Goriška'], ['Murska Sobota', '9000', 'Pomurska'], ['Ptuj', '2250', 'Podravska']],
    street: (r) => `${v.pick(r, ['Dunajska cesta', 'Tržaška cesta', 'Gosposvetska ulica', 'Cankarjeva ulica', 'Kidričeva ulica'])} ${v.int(r, 1, 160)}`,
    mobile: (r) => `0${v.pick(r, ['41', '40', '31', '51', '68', '70'])} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`,
    mail: ['gmail.com', 'siol.net', 'amis.net', 't-2.net'] },
  et: { first: [['Mihkel', 'Kertu'], ['Jaan', 'Maarja'], ['Tõnis', 'Helen'], ['Priit', 'Kati'], ['Raul', 'Anneli']],
    last: [['Pärn', 'Pärn', 'parn'], ['Ilves', 'Ilves', 'ilves'], ['Kuusk', 'Kuusk', 'kuusk'], ['Lepik', 'Lepik', 'lepik'], ['Oja', 'Oja', 'oja'], ['Kivi', 'Kivi', 'kivi']],
    places: [['Tallinn', '10115', 'Harju maakond'], ['Tartu', '50090', 'Tartu maakond'], ['Pärnu', '80011', 'Pärnu maakond'], ['Rakvere', '44307', 'Lääne-Viru maakond'], ['Kuressaare', '93815', 'Saare maakond']],
    street: (r) => `${v.pick(r, ['Lai tn', 'Mustamäe tee', 'Riia mnt', 'Kalevi tn', 'Jõe tn'])} ${v.int(r, 1, 90)}${r() < 0.4 ? '-' + v.int(r, 1, 40) : ''}`,
    mobile: (r) => `+372 5${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`,
    mail: ['gmail.com', 'hot.ee', 'mail.ee', 'online.ee'] },
  uk: { first: [['Богдан', 'Оксана'], ['Василь', 'Світлана'], ['Ігор', 'Людмила'], ['Роман', 'Ганна'], ['Тарас', 'Катерина']],
    last: [['Бойко', 'Бойко', 'boiko'], ['Кравченко', 'Кравченко', 'kravchenko'], ['Олійник', 'Олійник', 'oliinyk'], ['Лисенко', 'Лисенко', 'lysenko'], ['Савчук', 'Савчук', 'savchuk'], ['Поліщук', 'Поліщук', 'polishchuk']],
    places: [['Київ', '02000', 'Київ'], ['Вінниця', '21000', 'Вінницька'], ['Полтава', '36000', 'Полтавська'], ['Ужгород', '88000', 'Закарпатська'], ['Черкаси', '18000', 'Черкаська']],
    street: (r) => `${v.pick(r, ['вул. Соборна', 'вул. Шевченка', 'просп. Миру', 'вул. Європейська', 'бул. Лесі Українки'])}, ${v.int(r, 1, 120)}`,
    mobile: (r) => `380${v.pick(r, ['67', '68', '96', '50', '66', '73', '93'])}${v.int(r, 1000000, 9999999)}`,
    mail: ['gmail.com', 'ukr.net', 'i.ua', 'meta.ua'] },
  el: { first: [['Αλέξανδρος', 'Αικατερίνη', 'alexandros', 'katerina'], ['Παναγιώτης', 'Δήμητρα', 'panagiotis', 'dimitra'], ['Βασίλειος', 'Ευαγγελία', 'vasilis', 'eva'], ['Χρήστος', 'Αναστασία', 'christos', 'natasa'], ['Μιχάλης', 'Ιωάννα', 'michalis', 'ioanna']],
    last: [['Αντωνίου', 'Αντωνίου', 'antoniou'], ['Παπαδάκης', 'Παπαδάκη', 'papadakis'], ['Μακρής', 'Μακρή', 'makris'], ['Ζαχαρίου', 'Ζαχαρίου', 'zachariou'], ['Κωνσταντινίδης', 'Κωνσταντινίδου', 'konstantinidis']],
    places: [['Αθήνα', '115 21', 'Αττική'], ['Πειραιάς', '185 36', 'Αττική'], ['Θεσσαλονίκη', '546 40', 'Κεντρική Μακεδονία'], ['Βόλος', '382 21', 'Θεσσαλία'], ['Χανιά', '731 34', 'Κρήτη'], ['Ιωάννινα', '453 32', 'Ήπειρος']],
    street: (r) => `${v.pick(r, ['Σταδίου', 'Ακαδημίας', 'Τσιμισκή', 'Ιάσονος', 'Λεωφ. Συγγρού'])} ${v.int(r, 1, 160)}`,
    mobile: (r) => `+30 69${v.pick(r, ['4', '7', '8', '9'])}${v.int(r, 1000000, 9999999)}`,
    mail: ['gmail.com', 'yahoo.gr', 'hotmail.gr', 'otenet.gr'] },
  hr: { first: [['Filip', 'Katarina'], ['Matej', 'Ivona'], ['Dario', 'Sanja'], ['Krešimir', 'Martina'], ['Hrvoje', 'Nikolina']],
    last: [['Pavlović', 'Pavlović', 'pavlovic'], ['Božić', 'Božić', 'bozic'], ['Tomić', 'Tomić', 'tomic'], ['Kovač', 'Kovač', 'kovac'], ['Vuković', 'Vuković', 'vukovic'], ['Perić', 'Perić', 'peric']],
    places: [['Zagreb', '10000', 'Grad Zagreb'], ['Varaždin', '42000', 'Varaždinska'], ['Pula', '52100', 'Istarska'], ['Karlovac', '47000', 'Karlovačka'], ['Šibenik', '22000', 'Šibensko-kninska']],
    street: (r) => `${v.pick(r, ['Avenija Dubrovnik', 'Radnička cesta', 'Ulica Matije Gupca', 'Heinzelova ulica', 'Trg bana Jelačića'])} ${v.int(r, 1, 90)}`,
    mobile: (r) => `+385 9${v.pick(r, ['1', '2', '5', '7', '8', '9'])} ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`,
    mail: ['gmail.com', 'net.hr', 'tportal.hr'] },
  hu: { first: [['Tamás', 'Judit'], ['Balázs', 'Nóra'], ['Csaba', 'Ildikó'], ['Ferenc', 'Andrea'], ['Dániel', 'Réka']],
    last: [['Varga', 'Varga', 'varga'], ['Molnár', 'Molnár', 'molnar'], ['Farkas', 'Farkas', 'farkas'], ['Balogh', 'Balogh', 'balogh'], ['Papp', 'Papp', 'papp'], ['Takács', 'Takács', 'takacs']],
    places: [['Budapest', '1117', 'Budapest'], ['Miskolc', '3525', 'Borsod-Abaúj-Zemplén'], ['Kecskemét', '6000', 'Bács-Kiskun'], ['Székesfehérvár', '8000', 'Fejér'], ['Nyíregyháza', '4400', 'Szabolcs-Szatmár-Bereg'], ['Veszprém', '8200', 'Veszprém']],
    street: (r) => `${v.pick(r, ['Fehérvári út', 'Dózsa György út', 'Bajcsy-Zsilinszky út', 'Szent István körút', 'Ipari park utca'])} ${v.int(r, 1, 150)}.`,
    mobile: (r) => `+36 ${v.pick(r, ['20', '30', '70'])} ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`,
    mail: ['gmail.com', 'freemail.hu', 't-online.hu'] },
  lt: { first: [['Tomas', 'Rūta'], ['Mantas', 'Eglė'], ['Darius', 'Ieva'], ['Paulius', 'Gintarė'], ['Andrius', 'Laura']],
    last: [['Kazlauskas', 'Kazlauskienė', 'kazlauskas'], ['Petrauskas', 'Petrauskienė', 'petrauskas'], ['Jankauskas', 'Jankauskaitė', 'jankauskas'], ['Stankevičius', 'Stankevičienė', 'stankevicius'], ['Vasiliauskas', 'Vasiliauskienė', 'vasiliauskas'], ['Žukauskas', 'Žukauskienė', 'zukauskas']],
    places: [['Vilnius', 'LT-03107', 'Vilniaus apskr.'], ['Kaunas', 'LT-44280', 'Kauno apskr.'], ['Klaipėda', 'LT-92119', 'Klaipėdos apskr.'], ['Šiauliai', 'LT-76285', 'Šiaulių apskr.'], ['Panevėžys', 'LT-35173', 'Panevėžio apskr.']],
    street: (r) => `${v.pick(r, ['Gedimino pr.', 'Savanorių pr.', 'Laisvės al.', 'Konstitucijos pr.', 'Taikos pr.'])} ${v.int(r, 1, 140)}`,
    mobile: (r) => `+370 6${v.int(r, 10, 99)} ${v.int(r, 10000, 99999)}`,
    mail: ['gmail.com', 'one.lt', 'inbox.lt'] },
}
const CO_LOC = {
  hr: [['Drvoplast d.o.o.', 'drvoplast.hr'], ['Adria Servis j.d.o.o.', 'adriaservis.hr'], ['Zelena Tehnika d.o.o.', 'zelenatehnika.hr'], ['Obrt Perić, vl. Ivan Perić', 'obrt-peric.hr'], ['Lux Event d.o.o.', 'luxevent.hr']],
  hu: [['Dunamenti Gépgyártó Kft.', 'dunamentigep.hu'], ['Alföld Agrár Zrt.', 'alfoldagrar.hu'], ['PannonLogisztika Kft.', 'pannonlog.hu'], ['Tisza Építő Bt.', 'tiszaepito.hu'], ['Bakony Faipari Kft.', 'bakonyfa.hu']],
  lt: [['UAB „Baltijos logistika“', 'baltijoslogistika.lt'], ['UAB „Žalia energija“', 'zaliaenergija.lt'], ['MB „Kūrybos dirbtuvės“', 'kurybosdirbtuves.lt'], ['UAB „Nemuno statyba“', 'nemunostatyba.lt'], ['IĮ „Medžio meistras“', 'medziomeistras.lt']],
}
const slugify = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/ı/g, 'i').replace(/[^a-z]/g, '')
const memo = new Map()
const loc = (c, cc) => {
  const k = `${cc}:${c.id}:${c.first}`
  if (memo.has(k)) return memo.get(k)
  const r = v.rng(+c.id * 137 + c.last.length * 19 + cc.charCodeAt(0) * 11 + cc.charCodeAt(1) * 3)
  const d = LOC[cc]
  const female = r() < 0.5
  const fr = v.pick(r, d.first), lr = v.pick(r, d.last)
  const first = fr[female ? 1 : 0], last = lr[female ? 1 : 0], slug = lr[2]
  const fslug = cc === 'el' ? fr[female ? 3 : 2] : slugify(first)
  const [city, zip, region] = v.pick(r, d.places)
  const [company, domain] = CO_LOC[cc] ? v.pick(r, CO_LOC[cc]) : ['', '']
  const p = { first, last, female, slug, city, zip, region, company, domain,
    full: cc === 'hu' ? `${last} ${first}` : `${first} ${last}`,
    street: d.street(r), mobile: d.mobile(r),
    email: cc === 'uk' ? `${slug}.${v.pick(r, ['o', 'v', 'i', 't', 'r'])}${v.int(r, 70, 99)}@${v.pick(r, d.mail)}`
      : `${fslug}${v.pick(r, ['.', '', '_'])}${slug}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, d.mail)}` }
  p.workEmail = domain ? `${fslug && /^[a-z]+$/.test(fslug) ? fslug[0] + '.' : ''}${slug}@${domain}` : p.email
  memo.set(k, p)
  return p
}

// ---------------------------------------------------------------- catalogues
// Dopigo: a Bursa home-textile seller on Trendyol, Hepsiburada, n11 and its own site: [stok kodu, ürün adı, barkod, fiyat TL]
const TR_ITEMS = [['NVR-1024', 'Pamuklu Nevresim Takımı Çift Kişilik Gri', '8683214560124', 899.9], ['HVL-0412', 'Bambu Banyo Havlusu 70x140 Beyaz', '8683214560418', 249.9], ['PKE-3301', 'Çift Kişilik Pike Takımı Lacivert', '8683214563302', 649.0], ['YST-0050', 'Visko Yastık 50x70', '8683214560056', 399.0], ['ORT-2210', 'Keten Masa Örtüsü 150x200', '8683214562217', 329.5], ['BRN-0901', 'Pamuk Bornoz Unisex L', '8683214560903', 559.0]]
// Easysales: a Cluj cosmetics shop on its site and eMAG: [SKU, produs, preț lei]
const RO_ITEMS = [['SER-VITC-30', 'Ser facial cu vitamina C 30 ml', 89.9], ['CRM-HIAL-50', 'Cremă hidratantă cu acid hialuronic 50 ml', 74.5], ['SMP-ARG-250', 'Șampon cu ulei de argan 250 ml', 39.99], ['MSC-ARG-200', 'Mască de păr reparatoare 200 ml', 54.0], ['SPF-50-50', 'Cremă protecție solară SPF 50', 69.9], ['SET-CAD-01', 'Set cadou îngrijire ten', 159.0]]
// Čebelca: a Ljubljana web studio's invoices: [storitev, znesek brez DDV]
const SL_SERV = [['Vzdrževanje spletne strani - mesečni paket', 120], ['Gostovanje in domena .si (letno)', 89], ['Izdelava spletne trgovine', 2400], ['SEO optimizacija', 350], ['Grafično oblikovanje letaka', 180]]

export const SETS = [
  // ---------------------------------------------------------------- Poland: parcel broker
  { name: 'furgonetka-przesylki-eksport-pl', product: 'Furgonetka.pl (parcel broker; Panel > Przesyłki > Lista przesyłek > Eksportuj do CSV, one row per parcel, Polish UI, a Łódź children\'s-toy web shop sending by InPost, DPD, Orlen Paczka and Poczta Polska)', family: 'delivery', language: 'pl', schema: E, cols: [
    ['Numer przesyłki', (c, o) => `FRG${pad(+o.id * 7919 % 100000000, 8)}`, ['_id'], opt],
    ['Numer listu przewozowego', (c, o) => row([`6${pad(+o.id * 3571 % 10000000000, 10)}${v.int(() => (+o.id % 89) / 89, 10000, 99999)}`, `0000${pad(+o.id * 131 % 10000000, 7)}U`, `PX${pad(+o.id * 17 % 100000000, 9)}`, `00${pad(+o.id * 97 % 100000000, 8)}99`], +o.id % 4), ['commerce.shipping.trackingNumber']],
    ['Przewoźnik', (c, o) => row(['InPost Paczkomaty', 'DPD', 'ORLEN Paczka', 'Poczta Polska Pocztex'], +o.id % 4), ['commerce.shipping.shippingMethod']],
    ['Usługa', (c, o) => row(['Paczkomat - gabaryt B', 'DPD Classic', 'Do punktu', 'Pocztex Kurier'], +o.id % 4), ['commerce.shipping.shippingMethod'], opt],
    ['Data utworzenia', (c, o) => `${ymd(cet(o.at))} ${hms(cet(o.at))}`, ['timestamp'], opt],
    ['Data nadania', (c, o, r) => (r() < 0.9 ? ymd(cet(o.at + day)) : ''), ['commerce.shipping.shipDate'], opt],
    ['Status', (c, o, r) => v.pick(r, ['Doręczona', 'Doręczona', 'Doręczona', 'W drodze', 'Oczekuje na nadanie', 'Zwrot do nadawcy']), []],
    ['Nadawca', () => 'Bajkowo Zabawki Sp. z o.o.', []],
    ['Odbiorca - imię i nazwisko', (c) => loc(c, 'pl').full, []],
    ['Odbiorca - firma', (c, o, r) => (r() < 0.1 ? `${loc(c, 'pl').last} Usługi` : ''), []],
    ['Odbiorca - ulica', (c) => `ul. ${loc(c, 'pl').street}`, [SHIP('street1')]],
    ['Odbiorca - kod pocztowy', (c) => loc(c, 'pl').zip, [SHIP('postalCode')]],
    ['Odbiorca - miejscowość', (c) => loc(c, 'pl').city, [SHIP('city')]],
    ['Odbiorca - kraj', () => 'PL', [SHIP('countryCode')]],
    ['Odbiorca - telefon', (c) => loc(c, 'pl').mobile, PHONE_ID, opt],
    ['Odbiorca - e-mail', (c) => loc(c, 'pl').email, EMAIL_ID, opt],
    ['Punkt odbioru', (c, o) => (+o.id % 4 === 0 ? `${loc(c, 'pl').city.slice(0, 3).toUpperCase()}${pad(+o.id % 300, 2)}M` : +o.id % 4 === 2 ? `ORLEN ${v.int(() => (+o.id % 53) / 53, 1000, 9999)}` : ''), [], opt],
    ['Waga (kg)', (c, o, r) => v.money(r, 0.3, 8, true), []],
    ['Wymiary (cm)', (c, o) => row(['38x64x19', '30x40x20', '20x30x10', '41x38x64'], +o.id % 4), []],
    ['Liczba paczek', () => '1', []],
    ['Zawartość', (c, o) => row(['Zabawki', 'Klocki konstrukcyjne', 'Puzzle', 'Gra planszowa'], +o.id % 4), [PL('name')], opt],
    ['Wartość deklarowana (zł)', (c, o) => dec(o.subtotal * 4.3), [], opt],
    ['Pobranie (zł)', (c, o) => (+o.id % 5 === 0 ? dec(o.subtotal * 4.3 + 14.99) : ''), [OR('payments[0].paymentAmount')], opt],
    ['Koszt brutto (zł)', (c, o) => row(['13,99', '17,49', '9,99', '19,90'], +o.id % 4), ['commerce.shipping.shippingAmount'], opt],
    ['Numer zamówienia', (c, o) => `ZAM/${bd(o.at).y}/${pad(+o.id % 10000, 5)}`, [OR('purchaseID')]],
    ['Źródło', (c, o) => row(['Shoper', 'Allegro', 'Shoper', 'Ręcznie'], +o.id % 4), [], opt],
    ['Uwagi', (c, o, r) => v.pick(r, ['', '', '', 'Ostrożnie - szkło', 'Prezent']), []],
  ] },
  // ---------------------------------------------------------------- Slovakia: card gateway
  { name: 'trustpay-merchant-transakcie-sk', product: 'TrustPay (TrustPay a.s., Bratislava; Merchant Portal > Transakcie > Exportovať CSV, one row per card or bank-transfer payment, Slovak UI, a Košice e-shop selling coffee machines)', family: 'payments', language: 'sk', schema: E, cols: [
    ['ID platby', (c, o) => String(4200000000 + +o.id * 613), [OR('payments[0].transactionID'), '_id']],
    ['Referencia', (c, o) => `OBJ${bd(o.at).y}${pad(+o.id % 100000, 5)}`, [OR('purchaseID')]],
    ['Dátum', (c, o) => `${dmy(cet(o.at))} ${hms(cet(o.at))}`, ['timestamp']],
    ['Typ', (c, o, r) => (r() < 0.06 ? 'Refundácia' : 'Platba'), [], opt],
    ['Spôsob platby', (c, o) => row(['Karta', 'Karta', 'Rýchly bankový prevod', 'Apple Pay', 'Google Pay', 'Karta'], +o.id % 6), [OR('payments[0].paymentType')]],
    ['Suma', (c, o) => dec(o.total * 6), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Mena', () => 'EUR', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Stav', (c, o, r) => v.pick(r, ['Úspešná', 'Úspešná', 'Úspešná', 'Zamietnutá', 'Čakajúca', 'Zrušená']), []],
    ['Kód výsledku', (c, o, r) => v.pick(r, ['0', '0', '0', '1', '1004']), []],
    ['Značka karty', (c, o, r) => (+o.id % 6 === 2 ? '' : v.pick(r, ['VISA', 'MASTERCARD', 'MAESTRO'])), [], opt],
    ['Maskované číslo karty', (c, o, r) => (+o.id % 6 === 2 ? '' : `${v.pick(r, ['4405', '5299', '6762'])}********${v.int(r, 1000, 9999)}`), []],
    ['Banka', (c, o, r) => (+o.id % 6 === 2 ? v.pick(r, ['Slovenská sporiteľňa', 'Tatra banka', 'VÚB banka', 'ČSOB']) : ''), []],
    ['Meno držiteľa', (c) => loc(c, 'sk').full.toUpperCase().normalize('NFD').replace(/[\u0300-\u036f]/g, ''), []],
    ['E-mail', (c) => loc(c, 'sk').email, EMAIL_ID, opt],
    ['Krajina karty', (c, o) => (+o.id % 9 === 0 ? 'CZ' : 'SK'), [], opt],
    ['3D Secure', (c, o, r) => (r() < 0.9 ? 'Áno' : 'Nie'), []],
    ['Autorizačný kód', (c, o, r) => String(v.int(r, 100000, 999999)), [], opt],
    ['Poplatok', (c, o) => dec(o.total * 6 * 0.012 + 0.1), []],
    ['Čistá suma', (c, o) => dec(o.total * 6 * 0.988 - 0.1), []],
    ['Dátum vysporiadania', (c, o, r) => (r() < 0.8 ? dmy(cet(o.at + 2 * day)) : ''), [], opt],
    ['IP adresa', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Popis', (c, o) => `Objednávka OBJ${bd(o.at).y}${pad(+o.id % 100000, 5)} - kavaslovensko.sk`, []],
  ] },
  // ---------------------------------------------------------------- Czechia: SMS gateway
  { name: 'bulkgate-historie-zprav-cs', product: 'BulkGate (TOPefekt s.r.o., Jihlava; Portál > Historie > Odeslané zprávy > Export do CSV, one row per message, Czech UI, a Brno hair-salon chain\'s booking reminders and a promo campaign)', family: 'sms', language: 'cs', schema: E, cols: [
    ['ID zprávy', (c, o, r) => v.hex(r, 24), ['_id']],
    ['Datum odeslání', (c, o) => `${dmy(cet(o.at))} ${hms(cet(o.at))}`, ['timestamp']],
    ['Telefonní číslo', (c) => loc(c, 'cs').mobile, PHONE_ID],
    ['Země', () => 'CZ', [], opt],
    ['Odesílatel', (c, o) => (+o.id % 3 === 0 ? 'Systémové číslo' : 'SALONVLASY'), []],
    ['Typ odesílatele', (c, o) => (+o.id % 3 === 0 ? 'gSystem' : 'gText'), []],
    ['Text zprávy', (c, o) => (+o.id % 2 ? `Dobry den, pripominame Vas termin ${dmy(cet(o.at + day))} v ${hm(cet(o.at + day))}. Zrusit: salonvlasy.cz/z. Salon Vlasy` : 'Jarni akce: -20 % na barveni do nedele! Rezervace salonvlasy.cz. Odhlaseni: bulk.gt/u'), []],
    ['Počet částí', (c, o) => (+o.id % 2 ? '1' : '2'), []],
    ['Kódování', () => 'GSM 7-bit', []],
    ['Kampaň', (c, o) => (+o.id % 2 ? '' : 'Jarní akce barvení'), ['marketing.campaignName'], opt],
    ['Stav', (c, o, r) => v.pick(r, ['Doručeno', 'Doručeno', 'Doručeno', 'Odesláno', 'Nedoručeno', 'Naplánováno']), []],
    ['Datum doručení', (c, o, r) => (r() < 0.85 ? `${dmy(cet(o.at + 7000))} ${hms(cet(o.at + 7000))}` : ''), [], opt],
    ['Operátor', (c, o, r) => v.pick(r, ['O2 CZ', 'T-Mobile CZ', 'Vodafone CZ']), ['environment.carrier'], opt],
    ['Cena', (c, o) => (+o.id % 2 ? '0,79' : '1,58'), []],
    ['Měna', () => 'CZK', []],
    ['Aplikace', (c, o) => (+o.id % 2 ? 'Reservio - připomínky' : 'Portál'), []],
    ['Uživatel', (c, o, r) => v.pick(r, ['recepce.brno', 'admin']), []],
    ['Jméno kontaktu', (c, o, r) => (r() < 0.6 ? loc(c, 'cs').full : ''), []],
    ['Štítky', (c, o, r) => v.pick(r, ['', 'stálý klient', 'Brno-střed', '']), []],
  ] },
  // ---------------------------------------------------------------- Turkey: marketplace integrator
  { name: 'dopigo-siparis-listesi-tr', product: 'Dopigo (pazaryeri entegrasyonu; Siparişler > Sipariş Listesi > Excel\'e Aktar, one row per order line, Turkish UI, a Bursa home-textile seller on Trendyol, Hepsiburada, n11 and its own site)', family: 'ecommerce-orders', language: 'tr', schema: E, cols: [
    ['Sipariş No', (c, o) => `${row(['TY', 'HB', 'N11', 'WEB'], +o.id % 4)}-${pad(+o.id * 7193 % 1000000000, 9)}`, [OR('purchaseID')]],
    ['Pazaryeri', (c, o) => row(['Trendyol', 'Hepsiburada', 'n11', 'Web Sitesi'], +o.id % 4), [], opt],
    ['Sipariş Tarihi', (c, o) => `${dmy(trt(o.at))} ${hm(trt(o.at))}`, ['timestamp', OR('createdDate')]],
    ['Sipariş Durumu', (c, o, r) => v.pick(r, ['Kargoya Verildi', 'Teslim Edildi', 'Teslim Edildi', 'Hazırlanıyor', 'İptal Edildi', 'İade Edildi']), []],
    ['Müşteri Adı Soyadı', (c) => loc(c, 'tr').full, []],
    ['Müşteri E-posta', (c, o) => (+o.id % 4 === 0 ? `pf+${v.alnum(() => (+o.id % 61) / 61, 8).toLowerCase()}@trendyolmail.com` : loc(c, 'tr').email), EMAIL_ID, opt],
    ['Telefon', (c, o) => (+o.id % 4 === 0 ? '' : loc(c, 'tr').mobile), PHONE_ID, opt],
    ['T.C. Kimlik No', (c, o, r) => (r() < 0.3 ? `${v.int(r, 1, 9)}${v.int(r, 1000000000, 9999999999)}` : ''), []],
    ['Teslimat Adresi', (c) => loc(c, 'tr').street, [SHIP('street1')]],
    ['Teslimat İlçe', (c) => loc(c, 'tr').city, [SHIP('city')], opt],
    ['Teslimat İl', (c) => loc(c, 'tr').region, [...STATE(['commerce.shipping.address']), SHIP('city')], opt],
    ['Fatura Adresi', (c) => loc(c, 'tr').street, [BILL('street1')]],
    ['Fatura İl', (c) => loc(c, 'tr').region, [...STATE(['commerce.billing.address']), BILL('city')], opt],
    ['Stok Kodu', (c, o, r, i) => row(TR_ITEMS, i + +o.id)[0], [PL('SKU')]],
    ['Barkod', (c, o, r, i) => row(TR_ITEMS, i + +o.id)[2], [PL('SKU')], opt],
    ['Ürün Adı', (c, o, r, i) => row(TR_ITEMS, i + +o.id)[1], [PL('name')]],
    ['Adet', (c, o) => String(o.qty > 2 ? 1 : o.qty), [PL('quantity')]],
    ['Birim Fiyat', (c, o, r, i) => thou(row(TR_ITEMS, i + +o.id)[3]), [], opt],
    ['KDV Oranı', () => '%10', []],
    ['Satır Toplamı', (c, o, r, i) => thou(row(TR_ITEMS, i + +o.id)[3] * (o.qty > 2 ? 1 : o.qty)), [PL('priceTotal')]],
    ['İndirim', (c, o) => (o.discount ? thou(50) : '0,00'), [OR('discountAmount')], opt],
    ['Sipariş Toplamı', (c, o, r, i) => thou(row(TR_ITEMS, i + +o.id)[3] * (o.qty > 2 ? 1 : o.qty) - (o.discount ? 50 : 0)), [OR('priceTotal')]],
    ['Para Birimi', () => 'TRY', [OR('currencyCode'), PL('currencyCode')]],
    ['Kargo Firması', (c, o) => row(['Trendyol Express', 'HepsiJET', 'Yurtiçi Kargo', 'Aras Kargo'], +o.id % 4), ['commerce.shipping.shippingMethod']],
    ['Kargo Takip No', (c, o, r) => (r() < 0.8 ? String(v.int(r, 100000000000, 999999999999)) : ''), ['commerce.shipping.trackingNumber']],
    ['Kargo Tarihi', (c, o, r) => (r() < 0.8 ? dmy(trt(o.at + day)) : ''), ['commerce.shipping.shipDate'], opt],
    ['Fatura No', (c, o, r) => (r() < 0.7 ? `EAR${bd(o.at).y}${pad(+o.id * 37 % 1000000000, 9)}` : ''), [], opt],
    ['Sipariş Notu', (c, o, r) => v.pick(r, ['', '', '', 'Hediye paketi yapılsın', 'Kapıcıya bırakılabilir']), []],
  ] },
  // ---------------------------------------------------------------- Romania: order manager
  { name: 'easysales-comenzi-export-ro', product: 'easySales (order and marketplace management; Comenzi > Export comenzi, Excel, one row per ordered product, Romanian UI, a Cluj cosmetics shop selling on its site and eMAG)', family: 'ecommerce-orders', language: 'ro', schema: E, cols: [
    ['ID comandă', (c, o) => String(300000 + +o.id * 3), ['_id'], opt],
    ['Număr comandă', (c, o) => (+o.id % 3 === 0 ? String(40000000 + +o.id * 41 % 9999999) : `#${10000 + +o.id % 9000}`), [OR('purchaseID')]],
    ['Sursă', (c, o) => (+o.id % 3 === 0 ? 'eMAG Marketplace' : 'Magazin online'), [], opt],
    ['Data comenzii', (c, o) => `${dmy(eet(o.at))} ${hm(eet(o.at))}`, ['timestamp', OR('createdDate')]],
    ['Status', (c, o, r) => v.pick(r, ['Nouă', 'În procesare', 'Expediată', 'Livrată', 'Livrată', 'Anulată', 'Returnată']), []],
    ['Nume client', (c) => `${loc(c, 'ro').last} ${loc(c, 'ro').first}`, []],
    ['Email client', (c) => loc(c, 'ro').email, EMAIL_ID, opt],
    ['Telefon client', (c) => loc(c, 'ro').mobile, PHONE_ID, opt],
    ['Persoană juridică', (c, o, r) => (r() < 0.1 ? 'Da' : 'Nu'), []],
    ['CUI', (c, o, r) => (r() < 0.1 ? `RO${v.int(r, 1000000, 45000000)}` : ''), []],
    ['Adresă facturare', (c) => loc(c, 'ro').street, [BILL('street1')]],
    ['Localitate facturare', (c) => loc(c, 'ro').city, [BILL('city')]],
    ['Județ facturare', (c) => loc(c, 'ro').region, STATE(['commerce.billing.address'])],
    ['Adresă livrare', (c) => loc(c, 'ro').street, [SHIP('street1')]],
    ['Localitate livrare', (c) => loc(c, 'ro').city, [SHIP('city')]],
    ['Județ livrare', (c) => loc(c, 'ro').region, STATE(['commerce.shipping.address'])],
    ['Cod poștal livrare', (c) => loc(c, 'ro').zip, [SHIP('postalCode')]],
    ['SKU', (c, o, r, i) => row(RO_ITEMS, i + +o.id)[0], [PL('SKU')]],
    ['Denumire produs', (c, o, r, i) => row(RO_ITEMS, i + +o.id)[1], [PL('name')]],
    ['Cantitate', (c, o) => String(o.qty), [PL('quantity')]],
    ['Preț unitar', (c, o, r, i) => dec(row(RO_ITEMS, i + +o.id)[2], '.'), [], opt],
    ['Total produs', (c, o, r, i) => dec(row(RO_ITEMS, i + +o.id)[2] * o.qty, '.'), [PL('priceTotal')]],
    ['Cost transport', (c, o) => (o.shipping ? '19.99' : '0.00'), ['commerce.shipping.shippingAmount']],
    ['Discount', (c, o) => (o.discount ? '15.00' : '0.00'), [OR('discountAmount')], opt],
    ['Total comandă', (c, o, r, i) => dec(row(RO_ITEMS, i + +o.id)[2] * o.qty + (o.shipping ? 19.99 : 0) - (o.discount ? 15 : 0), '.'), [OR('priceTotal')]],
    ['Monedă', () => 'RON', [OR('currencyCode')]],
    ['Metodă de plată', (c, o) => row(['Ramburs', 'Card online', 'Ramburs', 'Ordin de plată', 'Card online'], +o.id % 5), [OR('payments[0].paymentType')]],
    ['Curier', (c, o) => row(['Sameday', 'FAN Courier', 'Cargus', 'Sameday easybox'], +o.id % 4), ['commerce.shipping.shippingMethod']],
    ['AWB', (c, o, r) => (r() < 0.75 ? String(v.int(r, 1000000000, 9999999999)) : ''), ['commerce.shipping.trackingNumber']],
    ['Factură', (c, o, r) => (r() < 0.7 ? `CSM ${v.int(r, 1000, 9999)}` : ''), [], opt],
    ['Observații', (c, o, r) => v.pick(r, ['', '', '', 'Sunați înainte de livrare', 'Livrare la birou']), []],
  ] },
  // ---------------------------------------------------------------- Slovenia: invoicing
  { name: 'cebelca-izdani-racuni-sl', product: 'Čebelca BIZ (cebelca.biz; Izdani računi > Izvozi v Excel (CSV), one row per invoice, Slovenian UI, a Ljubljana web studio invoicing companies and private clients)', family: 'invoicing', language: 'sl', schema: E, cols: [
    ['Številka', (c, o) => `${bd(o.at).y}-${pad(+o.id % 900 + 1, 4)}`, [OR('purchaseID'), '_id']],
    ['Datum izdaje', (c, o) => dmy(cet(o.at)), ['timestamp', OR('createdDate')]],
    ['Datum opravljene storitve', (c, o) => dmy(cet(o.at - (+o.id % 5) * day)), [], opt],
    ['Rok plačila', (c, o) => dmy(cet(o.at + 15 * day)), [], opt],
    ['Stranka', (c, o) => (+o.id % 3 === 0 ? loc(c, 'sl').full : `${loc(c, 'sl').last} ${v.pick(() => (+o.id % 7) / 7, ['d.o.o.', 's.p.', 'd.o.o.'])}`), []],
    ['Davčna številka', (c, o) => (+o.id % 3 === 0 ? '' : `SI${pad(+o.id * 7919 % 100000000, 8)}`), []],
    ['Naslov', (c) => loc(c, 'sl').street, [BILL('street1')]],
    ['Pošta', (c) => loc(c, 'sl').zip, [BILL('postalCode')]],
    ['Kraj', (c) => loc(c, 'sl').city, [BILL('city')]],
    ['Država', () => 'Slovenija', [BILL('country')]],
    ['E-pošta', (c) => loc(c, 'sl').email, EMAIL_ID, opt],
    ['Opis', (c, o, r, i) => row(SL_SERV, i + +o.id)[0], [PL('name')], opt],
    ['Znesek brez DDV', (c, o, r, i) => thou(row(SL_SERV, i + +o.id)[1]), [], opt],
    ['DDV', (c, o, r, i) => thou(row(SL_SERV, i + +o.id)[1] * 0.22), [OR('taxAmount')]],
    ['Znesek z DDV', (c, o, r, i) => thou(row(SL_SERV, i + +o.id)[1] * 1.22), [OR('priceTotal')]],
    ['Valuta', () => 'EUR', [OR('currencyCode')]],
    ['Plačano', (c, o, r, i) => (r() < 0.7 ? thou(row(SL_SERV, i + +o.id)[1] * 1.22) : '0,00'), [OR('payments[0].paymentAmount')], opt],
    ['Datum plačila', (c, o, r) => (r() < 0.7 ? dmy(cet(o.at + v.int(r, 1, 20) * day)) : ''), [], opt],
    ['Način plačila', (c, o) => row(['TRR', 'TRR', 'Gotovina', 'Kartica', 'PayPal'], +o.id % 5), [OR('payments[0].paymentType')], opt],
    ['Sklic', (c, o) => `SI00 ${bd(o.at).y}-${pad(+o.id % 900 + 1, 4)}`, [], opt],
    ['Status', (c, o, r) => v.pick(r, ['Plačan', 'Plačan', 'Neplačan', 'Zapadel', 'Delno plačan']), []],
    ['Davčno potrjen (EOR)', (c, o, r) => (+o.id % 5 === 2 ? v.uuid(r) : ''), []],
    ['Izdal', (c, o, r) => v.pick(r, ['Gregor Kos', 'Administracija']), []],
    ['Opombe', (c, o, r) => v.pick(r, ['', '', 'Po pogodbi št. 12/2023', 'Obračun za obdobje januar–marec']), []],
  ] },
  // ---------------------------------------------------------------- Estonia: POS customer register with bonus points
  { name: 'erply-kliendiregister-et', product: 'Erply (POS and back office; Kliendid > Kliendiregister > Ekspordi CSV, one row per customer with loyalty card and reward points, Estonian UI, a Tartu garden-and-home store chain)', family: 'loyalty', language: 'et', schema: P, cols: [
    ['ID', (c) => String(1000 + +c.id % 90000), ['_id', 'personID']],
    ['Kliendi tüüp', (c) => (+c.id % 7 === 0 ? 'Firma' : 'Eraisik'), []],
    ['Eesnimi', (c) => loc(c, 'et').first, ['person.name.firstName']],
    ['Perenimi', (c) => loc(c, 'et').last, ['person.name.lastName']],
    ['Isikukood', (c, o, r) => (r() < 0.5 ? `${loc(c, 'et').female ? v.pick(r, ['4', '6']) : v.pick(r, ['3', '5'])}${String(bd(c.birth).y).slice(2)}${pad(bd(c.birth).m)}${pad(bd(c.birth).d)}${v.int(r, 1000, 9999)}` : ''), ['person.taxId'], opt],
    ['Sünnikuupäev', (c, o, r) => (r() < 0.6 ? dmy(bd(c.birth)) : ''), ['person.birthDate']],
    ['Sugu', (c) => (loc(c, 'et').female ? 'Naine' : 'Mees'), ['person.gender']],
    ['E-post', (c, o, r) => (r() < 0.85 ? loc(c, 'et').email : ''), ['personalEmail.address']],
    ['Mobiil', (c) => loc(c, 'et').mobile, ['mobilePhone.number']],
    ['Telefon', (c, o, r) => (r() < 0.15 ? `+372 7${v.int(r, 100000, 999999)}` : ''), ['homePhone.number']],
    ['Aadress', (c) => loc(c, 'et').street, at(HOME, 'street1')],
    ['Linn', (c) => loc(c, 'et').city, at(HOME, 'city')],
    ['Maakond', (c) => loc(c, 'et').region, STATE(HOME)],
    ['Postiindeks', (c) => loc(c, 'et').zip, at(HOME, 'postalCode')],
    ['Riik', () => 'Eesti', at(HOME, 'country')],
    ['Kliendikaardi number', (c) => `2900${pad(+c.id * 13 % 100000000, 8)}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['Kliendigrupp', (c, o, r) => v.pick(r, ['Püsiklient', 'Püsiklient', 'Kuldklient', 'Töötaja']), ['loyalty.tier'], opt],
    ['Boonuspunktid', (c, o, r) => String(v.int(r, 0, 2400)), ['loyalty.points']],
    ['Kogutud punktid kokku', (c, o, r) => String(v.int(r, 2400, 15000)), ['loyalty.lifetimePoints']],
    ['Kasutatud punktid', (c, o, r) => String(v.int(r, 0, 9000)), ['loyalty.pointsRedeemed']],
    ['Allahindlus %', (c, o, r) => v.pick(r, ['0', '3', '5', '10']), []],
    ['Ostude summa', (c, o, r) => thou(v.int(r, 2000, 480000) / 100, ' '), ['loyalty.lifetimePurchases'], opt],
    ['Viimane ost', (c) => dmy(eet(later(c))), [], opt],
    ['Uudiskiri', (c) => (c.bool ? 'Jah' : 'Ei'), [], opt],
    ['Keel', (c, o, r) => v.pick(r, ['eesti', 'eesti', 'vene', 'inglise']), []],
    ['Kodukauplus', (c, o, r) => v.pick(r, ['Tartu Lõunakeskus', 'Tallinn Ülemiste', 'Pärnu Kaubamajakas', 'E-pood']), []],
    ['Lisatud', (c) => `${dmy(eet(c.created))} ${hm(eet(c.created))}`, ['loyalty.joinDate'], opt],
    ['Märkused', (c, o, r) => v.pick(r, ['', '', '', 'Soovib arvet e-postiga', 'Aiamaja tellimus']), []],
  ] },
  // ---------------------------------------------------------------- Ukraine: SMS address book
  { name: 'turbosms-adresna-knyha-uk', product: 'TurboSMS (turbosms.ua; Адресна книга > Контакти > Експорт у CSV, one row per contact, Ukrainian UI, a Vinnytsia pharmacy chain\'s SMS and Viber subscribers)', family: 'sms', language: 'uk', schema: P, cols: [
    ['Номер телефону', (c) => loc(c, 'uk').mobile, ['mobilePhone.number']],
    ['Прізвище', (c) => loc(c, 'uk').last, ['person.name.lastName']],
    ["Ім'я", (c) => loc(c, 'uk').first, ['person.name.firstName']],
    ['По батькові', (c) => (loc(c, 'uk').female ? v.pick(v.rng(+c.id), ['Петрівна', 'Іванівна', 'Миколаївна']) : v.pick(v.rng(+c.id), ['Петрович', 'Іванович', 'Миколайович'])), ['person.name.middleName']],
    ['Стать', (c) => (loc(c, 'uk').female ? 'Жіноча' : 'Чоловіча'), ['person.gender']],
    ['Дата народження', (c, o, r) => (r() < 0.7 ? dmy(bd(c.birth)) : ''), ['person.birthDate']],
    ['Email', (c, o, r) => (r() < 0.5 ? loc(c, 'uk').email : ''), ['personalEmail.address']],
    ['Місто', (c) => loc(c, 'uk').city, at(HOME, 'city')],
    ['Група', (c, o, r) => v.pick(r, ['Клієнти аптек', 'Дисконтна програма', 'Клієнти аптек', 'Працівники']), []],
    ['Номер дисконтної картки', (c, o, r) => (r() < 0.6 ? `${v.int(r, 100000, 999999)}` : ''), ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]'], opt],
    ['Додаткове поле 1', (c, o, r) => v.pick(r, ['Аптека №3', 'Аптека №7', 'Аптека №12', '']), []],
    ['Додаткове поле 2', (c, o, r) => (r() < 0.4 ? `${v.int(r, 1, 15)}%` : ''), []],
    ['Статус', (c, o, r) => (r() < 0.9 ? 'Активний' : 'Відписаний'), [], opt],
    ['Viber', (c, o, r) => (r() < 0.7 ? 'Так' : 'Ні'), []],
    ['Дата додавання', (c) => `${dmy(eet(c.created))} ${hm(eet(c.created))}`, [], opt],
    ['Джерело', (c, o, r) => v.pick(r, ['Імпорт з файлу', 'API', 'Вручну']), []],
    ['Коментар', (c, o, r) => v.pick(r, ['', '', '', 'Не надсилати після 21:00', 'Пенсіонер']), []],
  ] },
  // ---------------------------------------------------------------- Greece: messaging platform contacts
  { name: 'apifon-epafes-export-el', product: 'Apifon (Αθήνα; Επαφές > Λίστες > Εξαγωγή CSV, one row per contact, Greek UI, a Piraeus sporting-goods retailer\'s SMS, Viber and e-mail audience)', family: 'marketing-automation', language: 'el', schema: P, cols: [
    ['Κινητό', (c) => loc(c, 'el').mobile, ['mobilePhone.number']],
    ['Email', (c, o, r) => (r() < 0.8 ? loc(c, 'el').email : ''), ['personalEmail.address']],
    ['Όνομα', (c) => loc(c, 'el').first, ['person.name.firstName']],
    ['Επώνυμο', (c) => loc(c, 'el').last, ['person.name.lastName']],
    ['Φύλο', (c) => (loc(c, 'el').female ? 'Γυναίκα' : 'Άνδρας'), ['person.gender']],
    ['Ημερομηνία γέννησης', (c, o, r) => (r() < 0.6 ? dmy(bd(c.birth), '/') : ''), ['person.birthDate']],
    ['Πόλη', (c) => loc(c, 'el').city, at(HOME, 'city')],
    ['Περιοχή', (c) => loc(c, 'el').region, STATE(HOME), opt],
    ['Διεύθυνση', (c, o, r) => (r() < 0.5 ? loc(c, 'el').street : ''), at(HOME, 'street1')],
    ['Τ.Κ.', (c, o, r) => (r() < 0.5 ? loc(c, 'el').zip : ''), at(HOME, 'postalCode')],
    ['Χώρα', () => 'GR', at(HOME, 'countryCode')],
    ['Γλώσσα', (c, o, r) => (r() < 0.9 ? 'el' : 'en'), [], opt],
    ['Λίστα', (c, o, r) => v.pick(r, ['Πελάτες καταστημάτων', 'Newsletter e-shop', 'Πελάτες καταστημάτων']), []],
    ['Συγκατάθεση SMS', (c) => (c.bool ? 'Ναι' : 'Όχι'), [], opt],
    ['Συγκατάθεση Email', (c, o, r) => (r() < 0.7 ? 'Ναι' : 'Όχι'), [], opt],
    ['Συγκατάθεση Viber', (c, o, r) => (r() < 0.4 ? 'Ναι' : 'Όχι'), [], opt],
    ['Κωδικός κάρτας μέλους', (c, o, r) => (r() < 0.5 ? `SP${v.int(r, 1000000, 9999999)}` : ''), ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]'], opt],
    ['Αγαπημένο άθλημα', (c, o, r) => v.pick(r, ['Τρέξιμο', 'Ποδόσφαιρο', 'Μπάσκετ', 'Ποδηλασία', '']), []],
    ['Ημερομηνία εγγραφής', (c) => `${dmy(eet(c.created), '/')} ${hm(eet(c.created))}`, [], opt],
    ['Πηγή', (c, o, r) => v.pick(r, ['Φόρμα εγγραφής', 'Εισαγωγή αρχείου', 'API', 'Κατάστημα']), []],
    ['Τελευταία ενημέρωση', (c) => `${dmy(eet(later(c)), '/')} ${hm(eet(later(c)))}`, [], opt],
  ] },
  // ---------------------------------------------------------------- Croatia: invoicing customers (B2B)
  { name: 'mikroracun-kupci-hr', product: 'Mikroračun (mikroracun.hr; Kupci > Izvoz u Excel, one row per customer with its contact person, Croatian UI, a Zagreb event-equipment rental firm invoicing companies)', family: 'invoicing', language: 'hr', schema: B, cols: [
    ['Šifra', (c) => String(100 + +c.id % 9000), B2BID, opt],
    ['Naziv', (c) => loc(c, 'hr').company, CO],
    ['OIB', (c, o, r) => String(v.int(r, 10000000000, 99999999999)), []],
    ['PDV ID', (c, o, r) => (r() < 0.7 ? `HR${v.int(r, 10000000000, 99999999999)}` : ''), []],
    ['Adresa', (c) => loc(c, 'hr').street, [W('street1')]],
    ['Poštanski broj', (c) => loc(c, 'hr').zip, [W('postalCode')]],
    ['Grad', (c) => loc(c, 'hr').city, [W('city')]],
    ['Država', () => 'Hrvatska', [W('country')]],
    ['Kontakt osoba', (c) => loc(c, 'hr').full, ['person.name.fullName']],
    ['E-mail', (c) => loc(c, 'hr').workEmail, WE],
    ['Telefon', (c, o, r) => (r() < 0.6 ? `+385 1 ${v.int(r, 2000, 6999)} ${v.int(r, 100, 999)}` : ''), ['workPhone.number']],
    ['Mobitel', (c) => loc(c, 'hr').mobile, ['mobilePhone.number']],
    ['IBAN', (c, o, r) => `HR${v.int(r, 10, 99)}2340009${v.int(r, 1000000000, 1999999999)}`, []],
    ['Rok plaćanja (dana)', (c, o, r) => v.pick(r, ['8', '15', '15', '30']), []],
    ['Rabat %', (c, o, r) => v.pick(r, ['0', '0', '5', '10']), []],
    ['Slanje e-računa', (c, o, r) => (r() < 0.5 ? 'Da' : 'Ne'), []],
    ['Ukupno fakturirano', (c, o, r) => thou(v.int(r, 300, 60000)), []],
    ['Dugovanje', (c, o, r) => (r() < 0.25 ? thou(v.int(r, 100, 5000)) : '0,00'), []],
    ['Napomena', (c, o, r) => v.pick(r, ['', '', 'Račun slati na računovodstvo', 'Najam ozvučenja - godišnji ugovor']), []],
    ['Datum unosa', (c) => dmy(cet(c.created)) + '.', ['extSourceSystemAudit.createdDate'], opt],
  ] },
  // ---------------------------------------------------------------- Hungary: company data
  { name: 'opten-cegkereso-lista-hu', product: 'Opten (Opten Kft.; Céginformáció > Célcsoport-kereső > Lista exportálása Excelbe, one row per firm with its signatory, Hungarian UI, a Budapest packaging supplier\'s prospect list of manufacturers)', family: 'b2b-leads', language: 'hu', schema: B, cols: [
    ['Cégnév', (c) => loc(c, 'hu').company, CO],
    ['Rövid név', (c) => loc(c, 'hu').company.replace(/ (Kft|Zrt|Bt)\.$/, ''), CO, opt],
    ['Cégjegyzékszám', (c, o, r) => `${pad(v.int(r, 1, 20))}-${pad(v.int(r, 6, 10))}-${v.int(r, 100000, 999999)}`, []],
    ['Adószám', (c, o, r) => `${v.int(r, 10000000, 29999999)}-${v.int(r, 1, 2)}-${pad(v.int(r, 2, 44))}`, []],
    ['Cégforma', (c) => (/Zrt/.test(loc(c, 'hu').company) ? 'Zártkörűen működő részvénytársaság' : /Bt/.test(loc(c, 'hu').company) ? 'Betéti társaság' : 'Korlátolt felelősségű társaság'), []],
    ['Alapítás dátuma', (c, o, r) => `${v.int(r, 1990, 2020)}.${pad(v.int(r, 1, 12))}.${pad(v.int(r, 1, 28))}.`, []],
    ['Székhely irányítószám', (c) => loc(c, 'hu').zip, [W('postalCode')]],
    ['Székhely település', (c) => loc(c, 'hu').city, [W('city')]],
    ['Székhely cím', (c) => loc(c, 'hu').street, [W('street1')]],
    ['Megye', (c) => loc(c, 'hu').region, STATE(['workAddress'])],
    ['Főtevékenység (TEÁOR)', (c, o, r) => v.pick(r, ['2229 Egyéb műanyag termék gyártása', '1624 Tároló fatermék gyártása', '2511 Fémszerkezet gyártása', '1089 M.n.s. egyéb élelmiszer gyártása']), []],
    ['Árbevétel (ezer Ft)', (c, o, r) => String(v.int(r, 20000, 9000000)).replace(/\B(?=(\d{3})+(?!\d))/g, ' '), []],
    ['Létszám', (c, o, r) => v.pick(r, ['1-4', '5-9', '10-19', '20-49', '50-249']), []],
    ['Cégjegyzésre jogosult', (c) => loc(c, 'hu').full, ['person.name.fullName']],
    ['Tisztség', (c, o, r) => v.pick(r, ['ügyvezető', 'ügyvezető', 'vezérigazgató', 'cégvezető']), ['extendedWorkDetails.jobTitle']],
    ['Telefon', (c, o, r) => (r() < 0.7 ? `+36 1 ${v.int(r, 200, 499)} ${v.int(r, 1000, 9999)}` : ''), ['workPhone.number']],
    ['E-mail', (c, o, r) => (r() < 0.6 ? `info@${loc(c, 'hu').domain}` : ''), WE],
    ['Weboldal', (c, o, r) => (r() < 0.7 ? `www.${loc(c, 'hu').domain}` : ''), ['b2b.companyWebsite']],
    ['Opten kockázati besorolás', (c, o, r) => v.pick(r, ['Kiváló', 'Megfelelő', 'Átlagos', 'Kockázatos']), []],
    ['Cég állapota', (c, o, r) => (r() < 0.93 ? 'Működő' : 'Végelszámolás alatt'), []],
    ['Utolsó módosítás', (c) => `${ymd(cet(later(c)), '.')}.`, [], opt],
  ] },
  // ---------------------------------------------------------------- Lithuania: accounting clients (B2B)
  { name: 'b1-lt-klientai-eksportas-lt', product: 'B1.lt (online accounting; Klientai > Eksportuoti į Excel, one row per client with its contact person, Lithuanian UI, a Kaunas furniture-components wholesaler)', family: 'invoicing', language: 'lt', schema: B, cols: [
    ['ID', (c) => String(5000 + +c.id % 90000), B2BID],
    ['Pavadinimas', (c) => loc(c, 'lt').company, CO],
    ['Įmonės kodas', (c, o, r) => String(v.int(r, 110000000, 306999999)), []],
    ['PVM mokėtojo kodas', (c, o, r) => (r() < 0.8 ? `LT${v.int(r, 100000000, 999999999)}` : ''), []],
    ['Juridinis asmuo', (c) => (/IĮ/.test(loc(c, 'lt').company) ? 'Ne' : 'Taip'), []],
    ['Adresas', (c) => loc(c, 'lt').street, [W('street1')]],
    ['Miestas', (c) => loc(c, 'lt').city, [W('city')]],
    ['Pašto kodas', (c) => loc(c, 'lt').zip, [W('postalCode')]],
    ['Šalis', () => 'LT', [W('countryCode')]],
    ['Kontaktinis asmuo', (c) => loc(c, 'lt').full, ['person.name.fullName']],
    ['El. paštas', (c) => loc(c, 'lt').workEmail, WE],
    ['Telefonas', (c) => loc(c, 'lt').mobile, ['workPhone.number', 'mobilePhone.number']],
    ['Banko sąskaita', (c, o, r) => `LT${v.int(r, 10, 99)}7300${v.int(r, 1000000000, 9999999999)}`, []],
    ['Bankas', (c, o, r) => v.pick(r, ['Swedbank', 'SEB bankas', 'Luminor', 'Šiaulių bankas']), []],
    ['Apmokėjimo terminas', (c, o, r) => v.pick(r, ['14', '30', '30', '45']), []],
    ['Kredito limitas', (c, o, r) => dec(v.int(r, 0, 20) * 500, '.'), []],
    ['Kainoraštis', (c, o, r) => v.pick(r, ['Didmeninis', 'Mažmeninis', 'Partneris']), []],
    ['Vadybininkas', (c, o, r) => v.pick(r, ['Eglė P.', 'Mantas K.', '']), []],
    ['Pastabos', (c, o, r) => v.pick(r, ['', '', '', 'Sąskaitas siųsti el. paštu', 'Išankstinis apmokėjimas']), []],
    ['Sukurta', (c) => `${ymd(eet(c.created))} ${hm(eet(c.created))}`, ['extSourceSystemAudit.createdDate'], opt],
    ['Aktyvus', (c, o, r) => (r() < 0.9 ? 'Taip' : 'Ne'), []],
  ] },
]
