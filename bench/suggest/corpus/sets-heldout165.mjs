// Round 67, heldout165: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). German (Germany, Austria), Dutch and Nordic (Swedish, Danish,
// Norwegian) exports, headers in the product's UI language: a German hotel booking engine's reservations (DIRS21), an
// Austrian hotel software's guest list (easybooking), a German app-and-loyalty platform's stamp-card members (chayns), a
// German webinar tool's registrants (Webinaris) and a German marketplace order tool's order lines (Eazyauction) (de 5);
// a Dutch campsite system's reservations (Camping.care), the Dutch food-delivery portal's restaurant orders
// (Thuisbezorgd.nl) and a Dutch company database's contact selection (Companyinfo) (nl 3); a Swedish checkout's
// purchases (Avarda) and a Swedish event-invitation tool's guest list (Invajo) (sv 2), a Danish restaurant-booking
// system's guest register (Dinnerbooking) (da 1) and a Norwegian contact centre's contact log (Puzzel) (nb 1).
// E 6, P 3, B 3.
// Headers are written from the writer's knowledge of each product; nothing was copied from a real export.
import { E, P, B, v, HOME, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, W, CO, ACCT } from './sets.mjs'
import { pad, shift, row, dmy, ymd, hms, hm, local, dec, thou, hash } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
// local clocks: Germany, Austria, the Netherlands, Sweden, Denmark and Norway all on CET/CEST
const cet = (ms) => local(ms, 1)
// the same instant moved into opening hours (lo .. lo+span-1 local) of a zone off hours from UTC
const open = (ms, off, lo = 9, span = 12) => { const H = shift(ms, off).H; return ms + ((lo + (H % span)) - H) * 3600000 }
const later = (c, k = 400) => c.created + ((n(c) % k) + 3) * day + (n(c) % 50000) * 1000
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}:${c.first}:${c.last}:${salt}`) ^ 0x2c9277b5); r(); r(); return r }
const bd = (ms) => v.parts(ms)
const dmyM = (p, s = '.') => `${dmy(p, s)} ${hm(p)}`
const dmyT = (p, s = '.') => `${dmy(p, s)} ${hms(p)}`
const ymdT = (p) => `${ymd(p)} ${hms(p)}`
const ymdM = (p) => `${ymd(p)} ${hm(p)}`
const eur = (x) => thou(x) // 1.234,50
const kr = (x) => thou(x, ' ', ',') // 1 234,50
const ja = (b) => (b ? 'Ja' : 'Nein')
const jn = (b) => (b ? 'Ja' : 'Nee')
// the generated person's first name decides the salutation (the shared generator draws sex apart from the name)
const FEM = new Set(['Anna', 'Lea', 'Sophie', 'Marie', 'Katharina', 'Ursula', 'Sabine', 'Emma', 'Julia', 'Mila', 'Tess', 'Sanne', 'Femke'])
const fem = (c) => FEM.has(c.first)
const mail = (f, l, r, doms) => `${v.slug(f)}${v.pick(r, ['.', '', '_'])}${v.slug(l)}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, doms)}`

// ---------------------------------------------------------------- local people, seeded by the row's person
const memo = new Map()
const NORD = {
  sv: { male: ['Erik', 'Johan', 'Lars', 'Anders', 'Oskar', 'Henrik', 'Gustav'], female: ['Anna', 'Karin', 'Maria', 'Elin', 'Sara', 'Ingrid', 'Linnéa'],
    last: ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Lindqvist', 'Berg', 'Holmberg', 'Sjöberg'],
    // [ort, postnummer, gata, län]
    places: [['Stockholm', '113 51', 'Odengatan', 'Stockholms län'], ['Göteborg', '411 38', 'Vasagatan', 'Västra Götalands län'], ['Malmö', '211 22', 'Södra Förstadsgatan', 'Skåne län'], ['Uppsala', '753 20', 'Kungsgatan', 'Uppsala län'], ['Umeå', '903 26', 'Rådhusesplanaden', 'Västerbottens län'], ['Örebro', '702 10', 'Drottninggatan', 'Örebro län']],
    mail: ['gmail.com', 'hotmail.se', 'telia.com', 'outlook.com', 'live.se', 'icloud.com'] },
  da: { male: ['Mads', 'Frederik', 'Rasmus', 'Søren', 'Anders', 'Jesper', 'Mikkel'], female: ['Mette', 'Louise', 'Camilla', 'Sofie', 'Line', 'Ida', 'Signe'],
    last: ['Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Kjær'],
    places: [['København K', '1150', 'Store Kongensgade', 'Region Hovedstaden'], ['Aarhus C', '8000', 'Jægergårdsgade', 'Region Midtjylland'], ['Odense C', '5000', 'Vestergade', 'Region Syddanmark'], ['Aalborg', '9000', 'Boulevarden', 'Region Nordjylland'], ['Frederiksberg', '2000', 'Gammel Kongevej', 'Region Hovedstaden'], ['Vejle', '7100', 'Dæmningen', 'Region Syddanmark']],
    mail: ['gmail.com', 'hotmail.com', 'live.dk', 'outlook.dk', 'mail.dk', 'jubii.dk'] },
  nb: { male: ['Ole', 'Magnus', 'Henrik', 'Lars', 'Kristian', 'Jonas', 'Eirik'], female: ['Ingrid', 'Nora', 'Kari', 'Silje', 'Marte', 'Hanne', 'Ingvild'],
    last: ['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Berg', 'Haugen', 'Bakken', 'Solberg', 'Nygård'],
    places: [['Bergen', '5014', 'Nygårdsgaten', 'Vestland'], ['Bergen', '5052', 'Fjøsangerveien', 'Vestland'], ['Askøy', '5300', 'Kleppevegen', 'Vestland'], ['Os', '5200', 'Hamnevegen', 'Vestland'], ['Voss', '5700', 'Uttrågata', 'Vestland'], ['Stord', '5411', 'Sæ', 'Vestland']],
    mail: ['gmail.com', 'online.no', 'hotmail.no', 'outlook.com', 'icloud.com'] },
}
const mkNord = (c, cc, salt) => {
  const D = NORD[cc], r = seeded(c, `${cc}:${salt}`), female = r() < 0.52
  const first = v.pick(r, female ? D.female : D.male), last = v.pick(r, D.last), pl = v.pick(r, D.places)
  const mobile = cc === 'sv' ? `07${v.pick(r, ['0', '2', '3', '6'])}-${v.int(r, 100, 999)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`
    : cc === 'da' ? `${v.pick(r, ['20', '22', '26', '28', '30', '40', '42', '51', '60'])} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`
      : `${v.pick(r, ['4', '9'])}${v.int(r, 1000000, 9999999)}`
  return { female, first, last, full: `${first} ${last}`, city: pl[0], zip: pl[1], street: `${pl[2]} ${v.int(r, 1, 88)}${cc === 'da' && r() < 0.5 ? `, ${v.int(r, 1, 4)}. ${v.pick(r, ['th', 'tv', 'mf'])}` : ''}`, region: pl[3],
    mobile, email: mail(first, last, r, D.mail), birth: v.birth(r) }
}
const nord = (c, cc, salt = '') => { const k = `${cc}:${salt}:${c.id}:${c.first}:${c.last}`; if (!memo.has(k)) memo.set(k, mkNord(c, cc, salt)); return memo.get(k) }

// ---------------------------------------------------------------- 1. DIRS21 reservations (de, E)
// a Tegernsee wellness hotel: [Zimmerkategorie, Rate, Preis pro Nacht]
const DI_ROOM = [['Doppelzimmer Seeblick', 'Best Available Rate inkl. Frühstück', 219], ['Junior Suite Wallberg', 'Wellness-Auszeit 3=2', 289], ['Einzelzimmer Bergseite', 'Flex Rate', 139], ['Familienzimmer', 'Best Available Rate inkl. Frühstück', 259], ['Doppelzimmer Komfort', 'Frühbucher -15 % (nicht stornierbar)', 179]]
const diRoom = (o) => row(DI_ROOM, n(o) % 5)
const diNights = (o) => 1 + (n(o) % 5)
const diRooms = (o) => (n(o) % 9 === 4 ? 2 : 1)
const diTotal = (o) => diRoom(o)[2] * diNights(o) * diRooms(o)
const diSt = (o) => row(['Bestätigt', 'Bestätigt', 'Bestätigt', 'Storniert', 'Bestätigt', 'Geändert'], n(o) % 6)
const diArr = (o) => o.at + ((n(o) % 90) + 3) * day
const diChan = (o) => row(['Website', 'Website', 'Booking.com', 'Telefon/E-Mail', 'Expedia', 'Website', 'HRS'], n(o) % 7)
const diPay = (o) => row(['Kreditkarte (Garantie)', 'PayPal', 'Kreditkarte (Vorauszahlung)', 'Zahlung im Hotel', 'Kreditkarte (Garantie)'], n(o) % 5)
// ---------------------------------------------------------------- 2. easybooking guest list (de-AT, P)
// guests of a Saalbach ski guesthouse: [Land, Nationalität, places [Ort, PLZ, Straße], Vorwahl]
const GD_AREA = { AT: ['1', '662', '512', '732'], NL: ['30', '23', '40'], CH: ['44', '31', '41'] }
const gdLand = (c) => { const f = gdFrom(c); if (f[1] === 'DE') return c.phone; return `${f[3].split(' ')[0]} ${row(GD_AREA[f[1]], n(c) % 7)} ${(n(c) * 37) % 9000000 + 1000000}` }
const GD_FROM = [
  ['Österreich', 'AT', [['Wien', '1070', 'Neubaugasse'], ['Linz', '4020', 'Landstraße'], ['Graz', '8010', 'Herrengasse'], ['Salzburg', '5020', 'Linzer Gasse']], '+43 664 '],
  ['Deutschland', 'DE', null, '+49 171 '],
  ['Niederlande', 'NL', [['Utrecht', '3511 LN', 'Oudegracht'], ['Haarlem', '2011 VP', 'Grote Houtstraat'], ['Eindhoven', '5611 AZ', 'Stratumseind']], '+31 6 '],
  ['Deutschland', 'DE', null, '+49 160 '],
  ['Schweiz', 'CH', [['Zürich', '8004', 'Langstrasse'], ['Bern', '3011', 'Marktgasse'], ['Luzern', '6003', 'Pilatusstrasse']], '+41 79 '],
  ['Österreich', 'AT', [['Innsbruck', '6020', 'Maria-Theresien-Straße'], ['St. Pölten', '3100', 'Kremser Gasse']], '+43 676 '],
]
const gdFrom = (c) => row(GD_FROM, n(c) % 6)
const gdPlace = (c) => { const f = gdFrom(c); if (!f[2]) return [c.city, c.postcode, c.street]; const p = row(f[2], n(c) >> 2); return [p[0], p[1], `${p[2]} ${(n(c) % 60) + 1}${f[1] === 'AT' && n(c) % 3 === 0 ? `/${(n(c) % 12) + 1}` : ''}`] }
const gdStays = (c) => 1 + (n(c) % 9)
const gdTitle = (c) => row(['', '', 'Dr.', '', 'Mag.', '', 'Ing.', '', 'DI'], n(c) % 9)
// ---------------------------------------------------------------- 3. chayns stamp-card members (de, P)
// a Bocholt café's chayns site with a 10-stamp coffee card
const chPid = (c) => `${100 + (n(c) % 700)}-${pad(n(c) % 100000, 5)}`
const chStamps = (c) => n(c) % 10
const chFull = (c) => Math.floor((n(c) % 97) / 12)
const chGroups = (c) => row(['', 'Stammgäste', 'Newsletter', 'Stammgäste;Newsletter', '', 'Mitarbeiter'], n(c) % 6)
// ---------------------------------------------------------------- 4. Webinaris registrants (de, B)
const WB_FIRMS = [['Kessler Antriebstechnik GmbH', 'kessler-antriebe.de'], ['Hanseatische Logistik Partner GmbH & Co. KG', 'hlp-logistik.de'], ['Mediform Praxisbedarf GmbH', 'mediform-praxis.de'], ['Sonnleitner Steuerberatung', 'stb-sonnleitner.de'], ['Brandt & Vogel Werkzeugbau GmbH', 'brandt-vogel.com'], ['Allgäuer Molkerei eG', 'allgaeuer-molkerei.de']]
const wbFirm = (c) => row(WB_FIRMS, n(c) >> 1)
const WB_ROLE = ['Geschäftsführer', 'Leiterin Vertrieb', 'Marketing Manager', 'Inhaber', 'Vertriebsinnendienst', 'Head of Sales', 'Teamleiter Einkauf']
const wbMail = (c) => `${v.slug(c.first)}.${v.slug(c.last)}@${wbFirm(c)[1]}`
const WB_WEB = ['Automatisierte Webinare, die verkaufen', 'Kaltakquise war gestern: Leads per Webinar', 'Evergreen-Webinar in 60 Minuten aufsetzen']
const wbStart = (c) => { const d = later(c, 200); const p = cet(d); return d + ((p.H < 14 ? 10 : 18) - p.H) * 3600000 - p.M * 60000 - p.S * 1000 }
const wbCame = (c) => n(c) % 3 !== 1
// ---------------------------------------------------------------- 5. Eazyauction order lines (de, E)
// a Freiburg bicycle-parts seller on eBay, Amazon and Kaufland: [Artikelnummer, EAN, Bezeichnung, Preis brutto]
const EZ_ITEMS = [['SHM-BR-MT200', '4524667612345', 'Shimano MT200 Scheibenbremse Set vorne + hinten', 54.9], ['SCH-MAR-28-40', '4026495876543', 'Schwalbe Marathon Plus 28 x 1.40 Drahtreifen', 39.95], ['KMC-X11-EL', '4715575898765', 'KMC X11EL Kette 11-fach silber', 34.5], ['CNT-GP5000-25', '4019238123456', 'Continental Grand Prix 5000 25-622 Faltreifen', 59.9], ['ABU-BORDO-6000', '4003318654321', 'ABUS Bordo 6000/90 Faltschloss schwarz', 79.99], ['SIG-LED-SET', '4016224567890', 'Sigma Aura 60 / Blaze LED Beleuchtungsset StVZO', 69.95]]
const ezItem = (o, i) => row(EZ_ITEMS, i + n(o))
const ezMp = (o) => row(['eBay', 'Amazon', 'eBay', 'Kaufland.de', 'Amazon', 'eBay'], n(o) % 6)
const ezMpId = (o, r) => (ezMp(o) === 'eBay' ? `${pad(v.int(r, 1, 27), 2)}-${v.int(r, 10000, 99999)}-${v.int(r, 10000, 99999)}` : ezMp(o) === 'Amazon' ? `${v.int(r, 302, 306)}-${v.int(r, 1000000, 9999999)}-${v.int(r, 1000000, 9999999)}` : String(v.int(r, 100000000, 999999999)))
const ezSt = (o) => row(['Versendet', 'Bezahlt', 'Versendet', 'Offen', 'Versendet', 'Storniert'], n(o) % 6)
const ezShip = (o, i) => (ezItem(o, i)[3] * o.qty >= 50 ? 0 : 4.9)
const ezLine = (o, i) => ezItem(o, i)[3] * o.qty
const ezAt = (o) => open(o.at, 1, 7, 16)
const ezPay = (o) => (ezMp(o) === 'Amazon' ? 'Amazon Payments' : ezMp(o) === 'Kaufland.de' ? 'Kaufland.de' : row(['PayPal', 'eBay Managed Payments', 'Überweisung'], n(o) % 3))
const ezNick = (c) => `${v.slug(c.first).slice(0, 4)}${v.slug(c.last).slice(0, 5)}_${(n(c) % 90) + 10}`
// ---------------------------------------------------------------- 6. Camping.care reservations (nl, E)
// a Veluwe campsite: [accommodatie, prijs per nacht]
const CC_ACC = [['Comfortplaats (100 m², 10A)', 32.5], ['Kampeerplaats Bosrand', 24], ['Safaritent Lodge (5 pers.)', 89], ['Chalet Veluwezoom (4 pers.)', 109], ['Trekkershut', 55]]
const ccAcc = (o) => row(CC_ACC, n(o) % 5)
const ccNights = (o) => 2 + (n(o) % 8)
const ccAdults = (o) => (n(o) % 7 === 0 ? 1 : n(o) % 5 === 0 ? 3 : 2)
const ccKids = (o) => (n(o) % 4)
const ccTax = (o) => +(ccAdults(o) * ccNights(o) * 1.6).toFixed(2)
const ccTotal = (o) => ccAcc(o)[1] * ccNights(o) + ccTax(o) + (n(o) % 5 === 0 ? 2.5 * ccNights(o) : 0)
const ccPaid = (o) => (n(o) % 3 === 0 ? ccTotal(o) : n(o) % 3 === 1 ? Math.round(ccTotal(o) * 0.3) : 0)
const ccSt = (o) => row(['Bevestigd', 'Bevestigd', 'Ingecheckt', 'Uitgecheckt', 'Geannuleerd', 'Optie'], n(o) % 6)
const ccSrc = (o) => row(['Website', 'Website', 'ACSI', 'Pitchup', 'Telefonisch', 'Zoover', 'Website'], n(o) % 7)
const ccArr = (o) => o.at + ((n(o) % 120) + 7) * day
const TUSSEN = ['van den ', 'van der ', 'van ', 'de ', 'den ', 'ter ']
const tussen = (last) => { const t = TUSSEN.find((x) => last.startsWith(x)); return t ? [t.trim(), last.slice(t.length)] : ['', last] }
const nlStreet = (s) => { const m = s.match(/^(.*) (\d+)$/); return m ? [m[1], m[2]] : [s, ''] }
const plate = (r) => `${v.pick(r, ['G', 'H', 'J', 'K', 'L', 'N', 'R', 'S', 'T', 'X', 'Z'])}${v.pick(r, ['B', 'D', 'F', 'G', 'H', 'J', 'K', 'L', 'N', 'P', 'R', 'S', 'T', 'X', 'Z'])}-${v.int(r, 100, 999)}-${v.pick(r, ['B', 'D', 'F', 'G', 'H', 'J', 'K', 'L', 'N', 'P', 'R'])}`
// ---------------------------------------------------------------- 7. Thuisbezorgd.nl restaurant orders (nl, E)
// an Utrecht pizzeria on Thuisbezorgd.nl
const TB_PLACE = [['3511 LN', 'Utrecht', 'Oudegracht'], ['3521 AZ', 'Utrecht', 'Croeselaan'], ['3583 EA', 'Utrecht', 'Biltstraat'], ['3553 HA', 'Utrecht', 'Amsterdamsestraatweg'], ['3544 AD', 'Utrecht', 'Burgemeester Norbruislaan'], ['3431 GS', 'Nieuwegein', 'Dorpsstraat']]
const tbPlace = (c) => row(TB_PLACE, n(c) % 6)
const tbSub = (o) => +(o.qty * 11.5 + (n(o) % 4) * 3.25).toFixed(2)
const tbPickup = (o) => n(o) % 5 === 3
const tbDel = (o) => (tbPickup(o) ? 0 : tbSub(o) >= 25 ? 0 : 2.5)
const tbDisc = (o) => (o.discount ? +(tbSub(o) * 0.1).toFixed(2) : 0)
const tbSvc = (o) => (tbPickup(o) ? 0 : 0.79)
const tbTotal = (o) => tbSub(o) + tbDel(o) + tbSvc(o) - tbDisc(o)
const tbPay = (o) => row(['iDEAL', 'iDEAL', 'Contant', 'Creditcard', 'PayPal', 'iDEAL', 'Cadeaukaart'], n(o) % 7)
const tbAt = (o) => open(o.at, 1, 16, 7)
const tbId = (r) => v.alnum(r, 8).toUpperCase().replace(/[^A-Z0-9]/g, 'Q')
// ---------------------------------------------------------------- 8. Companyinfo contact selection (nl, B)
// [handelsnaam, statutaire naam, rechtsvorm, SBI, SBI-omschrijving, werkzame personen, straat, nr, postcode, plaats, provincie, domain, telefoon]
const CI_FIRMS = [
  ['Van Dalen Installatietechniek', 'Van Dalen Installatietechniek B.V.', 'Besloten Vennootschap', '43221', 'Installatie van verwarmings- en luchtbehandelingsapparatuur', '50 - 99', 'Industrieweg', '14', '3044 AS', 'Rotterdam', 'Zuid-Holland', 'vandalen-installatie.nl', '010-4152233'],
  ['Koudijs Voeders', 'Koudijs Voeders Nederland B.V.', 'Besloten Vennootschap', '10911', 'Vervaardiging van voer voor landbouwhuisdieren', '100 - 199', 'Nijverheidsweg', '2', '3771 ME', 'Barneveld', 'Gelderland', 'koudijs-voeders.nl', '0342-406500'],
  ['Brightlane Software', 'Brightlane Holding B.V.', 'Besloten Vennootschap', '62010', 'Ontwikkelen, produceren en uitgeven van software', '20 - 49', 'Strijp-S, Torenallee', '32', '5617 BD', 'Eindhoven', 'Noord-Brabant', 'brightlane.io', '040-7820310'],
  ['Zorggroep De Linde', 'Stichting Zorggroep De Linde', 'Stichting', '87101', 'Verpleeghuizen', '500 - 999', 'Lindelaan', '1', '9721 CS', 'Groningen', 'Groningen', 'zorggroepdelinde.nl', '050-5261400'],
  ['Heijmerink Transport', 'Transportbedrijf Heijmerink V.O.F.', 'Vennootschap onder firma', '49410', 'Goederenvervoer over de weg', '10 - 19', 'Transportweg', '7', '7442 DA', 'Nijverdal', 'Overijssel', 'heijmerink-transport.nl', '0548-612040'],
  ['Atelier Noord Architecten', 'Atelier Noord Architecten B.V.', 'Besloten Vennootschap', '71111', 'Architecten', '5 - 9', 'Czaar Peterstraat', '213', '1018 PL', 'Amsterdam', 'Noord-Holland', 'ateliernoord.nl', '020-3378120'],
]
const ciFirm = (c) => row(CI_FIRMS, n(c) >> 1)
const CI_ROLE = [['Algemeen directeur', 'Directie'], ['Financieel directeur', 'Financiën'], ['Hoofd inkoop', 'Inkoop'], ['Marketingmanager', 'Marketing'], ['Hoofd ICT', 'ICT'], ['Bedrijfsleider', 'Directie'], ['HR-manager', 'Personeelszaken']]
const ciRole = (c) => row(CI_ROLE, n(c) % 7)
const ciKvk = (c) => String(24000000 + ((n(c) >> 1) % 6) * 1371337 + 4511)
const initials = (f) => `${f[0]}.`
// ---------------------------------------------------------------- 9. Avarda purchases (sv, E)
// a Umeå outdoor-clothing web shop: [artikel, pris]
const AV_TOTALS = [1499, 2895, 849, 4190, 599, 3375, 1248]
const avTotal = (o) => row(AV_TOTALS, n(o) % 7) * (o.qty > 2 ? 2 : 1)
const avMethod = (o) => row(['Faktura', 'Kort', 'Swish', 'Delbetalning', 'Kort', 'Direktbetalning', 'Faktura'], n(o) % 7)
const avSt = (o) => row(['Slutförd', 'Slutförd', 'Slutförd', 'Avbruten', 'Slutförd', 'Delvis krediterad', 'Ej slutförd'], n(o) % 7)
const avCredit = (o) => (avSt(o) === 'Delvis krediterad' ? Math.round(avTotal(o) * 0.4) : 0)
const avAt = (o) => open(o.at, 1, 7, 16)
const pnr = (p, r) => `${p.y}${pad(p.m)}${pad(p.d)}-${pad(v.int(r, 0, 999), 3)}${v.int(r, 0, 9)}`
// ---------------------------------------------------------------- 10. Puzzel contact log (nb, E)
// a Bergen electricity supplier's customer service
const PZ_Q = [['Privat – Faktura', 'Telefon'], ['Privat – Flytting', 'Telefon'], ['Chat Kundeservice', 'Chat'], ['Bedrift', 'Telefon'], ['E-post Kundeservice', 'E-post'], ['Privat – Strømavtale', 'Telefon'], ['Chat Kundeservice', 'Chat']]
const pzQ = (o) => row(PZ_Q, n(o) % 7)
const pzRes = (o) => row(['Besvart', 'Besvart', 'Tapt i kø', 'Besvart', 'Besvart', 'Tilbakeringing', 'Besvart', 'Utenfor åpningstid'], n(o) % 8)
const pzWait = (o) => (n(o) * 13) % 540
const pzTalk = (o) => (pzRes(o) === 'Besvart' ? 60 + (n(o) * 7) % 900 : 0)
const pzAt = (o) => open(o.at, 1, 8, 8)
const PZ_AGENT = ['Siri Haugland', 'Tor Espen Vik', 'Malin Dale', 'Øyvind Rasmussen', 'Karoline Tveit']
const pzWrap = (o) => row(['Faktura – spørsmål', 'Flytting', 'Bytte avtale', 'Måleravlesning', 'Betalingsutsettelse', 'Strømbrudd', ''], n(o) % 7)
// ---------------------------------------------------------------- 11. Dinnerbooking guest register (da, P)
// an Aarhus bistro
const dbVisits = (c) => (n(c) % 14) + 1
const dbTags = (c) => row(['', 'Stamgæst', 'VIP', 'Glutenallergi', '', 'Stamgæst, Vegetar', 'Firmakunde'], n(c) % 7)
const DB_FIRMS = ['', '', '', 'Arla Foods', '', 'Vestas Wind Systems', '', 'Aarhus Universitet']
// ---------------------------------------------------------------- 12. Invajo guest list (sv, B)
// a Stockholm IT consultancy's breakfast seminar
const IV_FIRMS = [['Nordlund Fastigheter AB', '556734-1290', 'nordlundfastigheter.se'], ['Region Uppsala', '232100-0024', 'regionuppsala.se'], ['Skärgårdsrederiet AB', '556120-4417', 'skargardsrederiet.se'], ['Bergvik Bygg & Projekt AB', '559021-8834', 'bergvikbygg.se'], ['Hedlunds Åkeri AB', '556401-7765', 'hedlundsakeri.se'], ['Sjöstedt Advokatbyrå KB', '969781-2203', 'sjostedtadvokat.se']]
const ivFirm = (c) => row(IV_FIRMS, n(c) >> 1)
const IV_ROLE = [['IT-chef', 'IT'], ['CFO', 'Ekonomi'], ['Verksamhetsutvecklare', 'Verksamhetsutveckling'], ['VD', 'Ledning'], ['Systemförvaltare', 'IT'], ['Inköpschef', 'Inköp']]
const ivRole = (c) => row(IV_ROLE, n(c) % 6)
const ivSt = (c) => row(['Tackat ja', 'Tackat ja', 'Ej svarat', 'Tackat nej', 'Tackat ja', 'Inbjuden', 'Tackat ja'], n(c) % 7)
const IV_DAY = Date.UTC(2024, 10, 14, 6, 30)
const ivIn = (c) => ivSt(c) === 'Tackat ja' && n(c) % 4 !== 1

export const SETS = [
  // ---------------------------------------------------------------- Germany: hotel booking engine reservations
  { name: 'dirs21-buchungen-export-de', product: 'DIRS21 (Hotelier-Backend > Buchungen > Buchungsliste > Export CSV, one row per reservation, German UI, a Tegernsee wellness hotel selling through its website and channels, CET, EUR)', family: 'booking', language: 'de', schema: E, cols: [
    ['Buchungsnummer', (c, o) => `DR${pad(2400000 + n(o) * 37, 8)}`, ['_id', OR('purchaseID')]],
    ['Buchungsdatum', (c, o) => dmyM(cet(o.at)), ['timestamp', OR('createdDate')]],
    ['Status', (c, o) => diSt(o), []],
    ['Anreise', (c, o) => dmy(cet(diArr(o))), [], opt],
    ['Abreise', (c, o) => dmy(cet(diArr(o) + diNights(o) * day)), []],
    ['Nächte', (c, o) => String(diNights(o)), [], opt],
    ['Zimmerkategorie', (c, o) => diRoom(o)[0], [PL('name')]],
    ['Rate', (c, o) => diRoom(o)[1], [PL('selectedOptions[0].value')], opt],
    ['Anzahl Zimmer', (c, o) => String(diRooms(o)), [PL('quantity')], opt],
    ['Erwachsene', (c, o) => String(1 + (n(o) % 3 ? 1 : 0)), []],
    ['Kinder', (c, o) => String(diRoom(o)[0] === 'Familienzimmer' ? 1 + (n(o) % 2) : 0), []],
    ['Anrede', (c) => (fem(c) ? 'Frau' : 'Herr'), []],
    ['Vorname', (c) => c.first, []],
    ['Nachname', (c) => c.last, []],
    ['Straße', (c) => c.street, [BILL('street1')]],
    ['PLZ', (c) => c.postcode, [BILL('postalCode')]],
    ['Ort', (c) => c.city, [BILL('city')]],
    ['Land', (c) => c.countryName, [BILL('country')]],
    ['E-Mail', (c) => c.email, EMAIL_ID],
    ['Telefon', (c) => c.mobile, PHONE_ID, opt],
    ['Gesamtpreis', (c, o) => eur(diTotal(o)), [OR('priceTotal')]],
    ['Währung', () => 'EUR', [OR('currencyCode'), PL('currencyCode')]],
    ['Anzahlung', (c, o) => eur(diPay(o).includes('Vorauszahlung') ? diTotal(o) : diPay(o) === 'PayPal' ? Math.round(diTotal(o) * 0.3) : 0), [OR('payments[0].paymentAmount')], opt],
    ['Zahlungsart', (c, o) => diPay(o), [OR('payments[0].paymentType')]],
    ['Buchungskanal', (c, o) => diChan(o), [], opt],
    ['Gutscheincode', (c, o) => (o.discount ? 'SEEZEIT24' : ''), ['commerce.promotionID'], opt],
    ['Storniert am', (c, o) => (diSt(o) === 'Storniert' ? dmyM(cet(o.at + 9 * day)) : ''), [OR('cancelDate')]],
    ['Bemerkung des Gastes', (c, o) => row(['', 'Anreise erst gegen 21 Uhr', '', 'Hochzeitstag – bitte ruhiges Zimmer', '', 'Hund (Bolonka) dabei'], n(o) % 6), []],
    ['Newsletter', (c) => ja(c.bool), []],
  ] },
  // ---------------------------------------------------------------- Austria: hotel program guest file
  { name: 'easybooking-gaesteliste-export-at', product: 'easybooking (Austrian hotel software; Gäste > Gästeliste > Exportieren (CSV), one row per guest, German (Austrian) UI, a Saalbach ski guesthouse whose guests come from Austria, Germany, the Netherlands and Switzerland)', family: 'crm', language: 'de', schema: P, cols: [
    ['Gast-ID', (c) => String(10000 + (n(c) % 40000)), ['_id', 'personID']],
    ['Anrede', (c) => (fem(c) ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Titel', (c) => gdTitle(c), ['person.name.courtesyTitle'], opt],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Firma', (c) => (n(c) % 8 === 3 ? c.company : ''), ['organizations[0]'], opt],
    ['Straße', (c) => gdPlace(c)[2], at(HOME, 'street1')],
    ['PLZ', (c) => gdPlace(c)[1], at(HOME, 'postalCode')],
    ['Ort', (c) => gdPlace(c)[0], at(HOME, 'city')],
    ['Land', (c) => gdFrom(c)[0], at(HOME, 'country')],
    ['Nationalität', (c) => gdFrom(c)[1], ['person.nationality'], opt],
    ['Sprache', (c) => (gdFrom(c)[1] === 'NL' ? 'Niederländisch' : 'Deutsch'), [], opt],
    ['Geburtsdatum', (c) => dmy(bd(c.birth)), ['person.birthDate']],
    ['Telefon', (c) => (n(c) % 3 === 0 ? gdLand(c) : ''), ['homePhone.number']],
    ['Mobil', (c, o, r) => `${gdFrom(c)[3]}${v.int(r, 1000000, 9999999)}`, ['mobilePhone.number']],
    ['E-Mail', (c) => c.email, ['personalEmail.address']],
    ['Newsletter', (c) => ja(c.bool), [], opt],
    ['Stammgast', (c) => ja(gdStays(c) >= 3), [], opt],
    ['Anzahl Buchungen', (c) => String(gdStays(c)), [], opt],
    ['Nächtigungen', (c) => String(gdStays(c) * (4 + (n(c) % 4))), []],
    ['Umsatz', (c) => eur(gdStays(c) * (4 + (n(c) % 4)) * (118 + (n(c) % 5) * 21)), [], opt],
    ['Letzter Aufenthalt', (c) => dmy(cet(later(c))), []],
    ['Angelegt am', (c) => dmy(cet(c.created)), [], opt],
    ['Gästegruppe', (c) => row(['Familie', 'Paar', 'Skiclub', 'Familie', 'Einzelgast', 'Firmengruppe'], n(c) % 6), []],
    ['Bemerkung', (c) => row(['', '', 'Zimmer 214 bevorzugt', 'Laktoseintoleranz', '', 'Skipass über Hotel'], n(c) % 6), []],
  ] },
  // ---------------------------------------------------------------- Germany: app and loyalty platform members
  { name: 'chayns-bonuskarte-mitglieder-de', product: 'chayns (Tobit.Software; chayns-Site > Verwaltung > Stempelkarte > Teilnehmer > Export, one row per member of the card, German UI, a Bocholt café with a 10-stamp coffee card)', family: 'loyalty', language: 'de', schema: P, cols: [
    ['PersonId', (c) => chPid(c), ['_id', 'personID']],
    ['UserId', (c) => String(1800000 + n(c) * 3), ['_id', 'personID'], opt],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Geschlecht', (c) => (fem(c) ? 'weiblich' : 'männlich'), ['person.gender']],
    ['Geburtstag', (c) => dmy(bd(c.birth)), ['person.birthDate']],
    ['E-Mail', (c) => c.email, ['personalEmail.address']],
    ['Telefon', (c) => (n(c) % 4 === 2 ? '' : c.mobile.replace('+49 ', '0')), ['mobilePhone.number']],
    ['Straße', (c) => (n(c) % 3 === 0 ? '' : c.street), at(HOME, 'street1')],
    ['PLZ', (c) => (n(c) % 3 === 0 ? '' : c.postcode), at(HOME, 'postalCode')],
    ['Ort', (c) => (n(c) % 3 === 0 ? '' : c.city), at(HOME, 'city')],
    ['Teilnahme seit', (c) => dmyT(cet(c.created)), ['loyalty.joinDate']],
    ['Aktuelle Stempel', (c) => String(chStamps(c)), ['loyalty.points']],
    ['Volle Karten', (c) => String(chFull(c)), ['loyalty.pointsRedeemed'], opt],
    ['Stempel gesamt', (c) => String(chFull(c) * 10 + chStamps(c)), ['loyalty.lifetimePoints']],
    ['Letzter Stempel', (c) => (chFull(c) + chStamps(c) ? dmyT(cet(later(c, 200))) : ''), [], opt],
    ['Eingelöste Prämien', (c) => String(Math.max(0, chFull(c) - (n(c) % 2))), ['loyalty.pointsRedeemed'], opt],
    ['Gruppen', (c) => chGroups(c), []],
    ['Standort', (c) => row(['Bocholt Innenstadt', 'Bocholt Innenstadt', 'Rhede'], n(c) % 3), [], opt],
    ['Push aktiv', (c) => ja(n(c) % 5 !== 0), [], opt],
  ] },
  // ---------------------------------------------------------------- Germany: webinar tool registrants
  { name: 'webinaris-teilnehmer-export-de', product: 'Webinaris (Webinare > Teilnehmer > Teilnehmer exportieren, one row per registration, German UI, a German sales-training firm running automated B2B webinars)', family: 'b2b', language: 'de', schema: B, cols: [
    ['Teilnehmer-ID', (c) => String(5200000 + n(c) * 11), ['_id', 'personID', 'b2b.personKey.sourceID', 'extSourceSystemAudit.externalID']],
    ['Anmeldedatum', (c) => dmyM(cet(c.created)), ['extSourceSystemAudit.createdDate'], opt],
    ['Anrede', (c) => (fem(c) ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['E-Mail', (c) => wbMail(c), ['workEmail.address', 'personalEmail.address']],
    ['Telefon', (c) => (n(c) % 3 === 2 ? '' : c.phone), ['workPhone.number', 'mobilePhone.number'], opt],
    ['Firma', (c) => wbFirm(c)[0], CO],
    ['Position', (c) => row(WB_ROLE, n(c) % 7), ['extendedWorkDetails.jobTitle']],
    ['Website', (c) => `www.${wbFirm(c)[1]}`, ['b2b.companyWebsite']],
    ['Webinar', (c) => row(WB_WEB, n(c) % 3), []],
    ['Termin', (c) => dmyM(cet(wbStart(c))), []],
    ['Teilgenommen', (c) => ja(wbCame(c)), []],
    ['Anwesenheit (Min.)', (c) => (wbCame(c) ? String(8 + (n(c) * 7) % 55) : '0'), []],
    ['Replay angesehen', (c) => ja(!wbCame(c) && n(c) % 2 === 0), []],
    ['Angebot geklickt', (c) => ja(wbCame(c) && n(c) % 4 === 0), [], opt],
    ['utm_source', (c) => row(['linkedin', 'newsletter', 'google', 'facebook', '', 'xing'], n(c) % 6), ['b2b.personSource'], opt],
    ['utm_campaign', (c) => row(['evergreen-q3', 'newsletter-kw36', 'search-webinar', 'retargeting', '', 'evergreen-q3'], n(c) % 6), [], opt],
    ['Double-Opt-In', (c) => ja(n(c) % 6 !== 5), [], opt],
    ['IP-Adresse', (c, o, r) => v.ip4(r), []],
  ] },
  // ---------------------------------------------------------------- Germany: marketplace order tool order lines
  { name: 'eazyauction-bestellungen-export-de', product: 'Eazyauction (Bestellungen > Bestellübersicht > Export > CSV, one row per order line, German UI, a Freiburg bicycle-parts seller on eBay, Amazon and Kaufland.de, CET, EUR)', family: 'ecommerce-orders', language: 'de', schema: E, cols: [
    ['Bestell-Nr.', (c, o) => String(700000 + n(o)), [OR('purchaseID')]],
    ['Marktplatz', (c, o) => ezMp(o), [], opt],
    ['Marktplatz-Bestellnummer', (c, o, r) => ezMpId(o, r), [OR('purchaseOrderNumber')], opt],
    ['Bestelldatum', (c, o) => dmyT(cet(ezAt(o))), ['timestamp', OR('createdDate')]],
    ['Zahlungsdatum', (c, o) => (ezSt(o) === 'Offen' ? '' : dmyT(cet(ezAt(o) + 1800000))), [], opt],
    ['Status', (c, o) => ezSt(o), []],
    ['Käufer (Benutzername)', (c) => ezNick(c), CUST_ID, opt],
    ['Käufer E-Mail', (c, o, r) => (ezMp(o) === 'Amazon' ? `${v.alnum(r, 14).toLowerCase()}@marketplace.amazon.de` : c.email), EMAIL_ID],
    ['Rechnung Vorname', (c) => c.first, []],
    ['Rechnung Nachname', (c) => c.last, []],
    ['Rechnung Firma', (c) => (n(c) % 9 === 4 ? c.company : ''), []],
    ['Rechnung Straße', (c) => c.street, [BILL('street1')]],
    ['Rechnung PLZ', (c) => c.postcode, [BILL('postalCode')]],
    ['Rechnung Ort', (c) => c.city, [BILL('city')]],
    ['Rechnung Land', () => 'DE', [BILL('countryCode')]],
    ['Liefer Name', (c) => c.full, []],
    ['Liefer Straße', (c, o) => (n(o) % 4 === 0 ? `Packstation ${100 + (n(o) % 300)}` : c.street), [SHIP('street1')]],
    ['Liefer PLZ', (c) => c.postcode, [SHIP('postalCode')]],
    ['Liefer Ort', (c) => c.city, [SHIP('city')]],
    ['Liefer Land', () => 'DE', [SHIP('countryCode')]],
    ['Telefon', (c, o) => (ezMp(o) === 'Amazon' ? '' : c.phone), PHONE_ID, opt],
    ['Artikelnummer', (c, o, r, i) => ezItem(o, i)[0], [PL('SKU')]],
    ['EAN', (c, o, r, i) => ezItem(o, i)[1], [PL('product')], opt],
    ['Artikelbezeichnung', (c, o, r, i) => ezItem(o, i)[2], [PL('name')]],
    ['Menge', (c, o) => String(o.qty), [PL('quantity')]],
    ['Einzelpreis brutto', (c, o, r, i) => dec(ezItem(o, i)[3]), [], opt],
    ['MwSt.-Satz', () => '19', [], opt],
    ['Gesamtpreis brutto', (c, o, r, i) => dec(ezLine(o, i)), [PL('priceTotal')]],
    ['Versandkosten', (c, o, r, i) => dec(ezShip(o, i)), ['commerce.shipping.shippingAmount']],
    ['Zahlungsart', (c, o) => ezPay(o), [OR('payments[0].paymentType')]],
    ['Versandart', (c, o) => row(['DHL Paket', 'DHL Paket', 'Hermes', 'DPD Classic'], n(o) % 4), ['commerce.shipping.shippingMethod']],
    ['Sendungsnummer', (c, o, r) => (ezSt(o) === 'Versendet' ? `00340434${v.int(r, 1000000000, 9999999999)}${v.int(r, 10, 99)}` : ''), ['commerce.shipping.trackingNumber']],
    ['Währung', () => 'EUR', [OR('currencyCode'), PL('currencyCode')]],
  ] },
  // ---------------------------------------------------------------- Netherlands: campsite reservations
  { name: 'camping-care-reserveringen-nl', product: 'Camping.care (Reserveringen > Overzicht > Exporteren naar Excel/CSV, one row per reservation, Dutch UI, a Veluwe campsite with pitches, safari tents and chalets, CET, EUR)', family: 'booking', language: 'nl', schema: E, cols: [
    ['Reserveringsnummer', (c, o) => String(2024000 + n(o) % 9000), ['_id', OR('purchaseID')]],
    ['Aangemaakt op', (c, o) => `${dmy(cet(o.at), '-')} ${hm(cet(o.at))}`, ['timestamp', OR('createdDate')]],
    ['Status', (c, o) => ccSt(o), []],
    ['Aankomst', (c, o) => dmy(cet(ccArr(o)), '-'), [], opt],
    ['Vertrek', (c, o) => dmy(cet(ccArr(o) + ccNights(o) * day), '-'), []],
    ['Nachten', (c, o) => String(ccNights(o)), [], opt],
    ['Accommodatie', (c, o) => ccAcc(o)[0], [PL('name')]],
    ['Plaatsnummer', (c, o) => (ccAcc(o)[0].includes('plaats') || ccAcc(o)[0].includes('Kampeer') ? `B${(n(o) % 60) + 1}` : `C${(n(o) % 12) + 1}`), [], opt],
    ['Volwassenen', (c, o) => String(ccAdults(o)), []],
    ['Kinderen', (c, o) => String(ccKids(o)), []],
    ['Huisdieren', (c, o) => String(n(o) % 5 === 0 ? 1 : 0), []],
    ['Voornaam', (c) => c.first, []],
    ['Tussenvoegsel', (c) => tussen(c.last)[0], []],
    ['Achternaam', (c) => tussen(c.last)[1], []],
    ['Straat', (c) => nlStreet(c.street)[0], [BILL('street1')], opt],
    ['Huisnummer', (c) => nlStreet(c.street)[1], [], opt],
    ['Postcode', (c) => c.postcode, [BILL('postalCode')]],
    ['Woonplaats', (c) => c.city, [BILL('city')]],
    ['Land', (c, o) => (n(o) % 6 === 2 ? 'Duitsland' : n(o) % 6 === 5 ? 'België' : 'Nederland'), [BILL('country')]],
    ['E-mailadres', (c) => c.email, EMAIL_ID],
    ['Telefoonnummer', (c) => c.mobile, PHONE_ID, opt],
    ['Kenteken', (c, o, r) => (ccAcc(o)[0] === 'Trekkershut' ? '' : plate(r)), []],
    ['Totaalbedrag', (c, o) => dec(ccTotal(o)), [OR('priceTotal')]],
    ['Betaald', (c, o) => dec(ccPaid(o)), [OR('payments[0].paymentAmount')], opt],
    ['Openstaand', (c, o) => dec(ccTotal(o) - ccPaid(o)), []],
    ['Toeristenbelasting', (c, o) => dec(ccTax(o)), [OR('taxAmount')], opt],
    ['Bron', (c, o) => ccSrc(o), [], opt],
    ['Opmerkingen', (c, o) => row(['', 'Graag plek in de schaduw', '', 'Komen met vouwwagen', '', 'Aankomst na 20:00'], n(o) % 6), []],
  ] },
  // ---------------------------------------------------------------- Netherlands: food-delivery restaurant orders
  { name: 'thuisbezorgd-bestellingen-restaurant-nl', product: 'Thuisbezorgd.nl (Just Eat Takeaway.com Partner Hub > Bestellingen > Exporteren, one row per order, Dutch UI, a Utrecht pizzeria delivering itself and offering pick-up, CET, EUR)', family: 'ecommerce-orders', language: 'nl', schema: E, cols: [
    ['Bestelnummer', (c, o, r) => tbId(r), [OR('purchaseID')]],
    ['Datum', (c, o) => dmy(cet(tbAt(o)), '-'), ['timestamp', OR('createdDate')]],
    ['Tijd', (c, o) => hm(cet(tbAt(o))), [], opt],
    ['Gewenste tijd', (c, o) => (n(o) % 4 === 0 ? hm(cet(tbAt(o) + 5400000)) : 'Zo snel mogelijk'), []],
    ['Status', (c, o) => (n(o) % 11 === 7 ? 'Geannuleerd' : tbPickup(o) ? 'Afgehaald' : 'Bezorgd'), []],
    ['Bezorgwijze', (c, o) => (tbPickup(o) ? 'Afhalen' : 'Bezorgen'), ['commerce.shipping.shippingMethod']],
    ['Bezorgd door', (c, o) => (tbPickup(o) ? '' : n(o) % 3 === 0 ? 'Thuisbezorgd.nl' : 'Restaurant'), [], opt],
    ['Klantnaam', (c) => `${c.first} ${c.last[0].toUpperCase()}.`, []],
    ['Adres', (c, o) => (tbPickup(o) ? '' : `${tbPlace(c)[2]} ${(n(c) % 180) + 1}`), [SHIP('street1')]],
    ['Postcode', (c, o) => (tbPickup(o) ? '' : tbPlace(c)[0]), [SHIP('postalCode')]],
    ['Plaats', (c, o) => (tbPickup(o) ? '' : tbPlace(c)[1]), [SHIP('city')]],
    ['Telefoonnummer', (c) => c.mobile, PHONE_ID, opt],
    ['Aantal producten', (c, o) => String(o.qty + (n(o) % 4)), [], opt],
    ['Subtotaal', (c, o) => dec(tbSub(o)), [], opt],
    ['Bezorgkosten', (c, o) => dec(tbDel(o)), ['commerce.shipping.shippingAmount']],
    ['Servicekosten', (c, o) => dec(tbSvc(o)), []],
    ['Korting', (c, o) => dec(tbDisc(o)), [OR('discountAmount')]],
    ['Totaal', (c, o) => dec(tbTotal(o)), [OR('priceTotal')]],
    ['Betaalmethode', (c, o) => tbPay(o), [OR('payments[0].paymentType')]],
    ['Online betaald', (c, o) => jn(tbPay(o) !== 'Contant'), []],
    ['Commissie', (c, o) => dec(tbTotal(o) * (tbPickup(o) || n(o) % 3 ? 0.14 : 0.3)), []],
    ['Opmerking', (c, o) => row(['', 'Bel niet aan, baby slaapt', '', 'Extra knoflooksaus graag', '', '3e verdieping, lift stuk'], n(o) % 6), []],
  ] },
  // ---------------------------------------------------------------- Netherlands: company database contact selection
  { name: 'companyinfo-selectie-contactpersonen-nl', product: 'Companyinfo (Company.info Selectie > Exporteren > Bedrijven met contactpersonen, one row per contact person, Dutch UI, a Dutch IT reseller prospecting mid-sized companies)', family: 'b2b', language: 'nl', schema: B, cols: [
    ['KvK-nummer', (c) => ciKvk(c), ACCT],
    ['Vestigingsnummer', (c) => pad(12000000 + ((n(c) >> 1) % 6) * 934567, 12), ACCT, opt],
    ['Handelsnaam', (c) => ciFirm(c)[0], CO],
    ['Statutaire naam', (c) => ciFirm(c)[1], CO, opt],
    ['Rechtsvorm', (c) => ciFirm(c)[2], []],
    ['SBI-code', (c) => ciFirm(c)[3], []],
    ['SBI-omschrijving', (c) => ciFirm(c)[4], []],
    ['Werkzame personen', (c) => ciFirm(c)[5], []],
    ['Bezoekadres straat', (c) => ciFirm(c)[6], [W('street1')], opt],
    ['Bezoekadres huisnummer', (c) => ciFirm(c)[7], [], opt],
    ['Bezoekadres postcode', (c) => ciFirm(c)[8], [W('postalCode')]],
    ['Bezoekadres plaats', (c) => ciFirm(c)[9], [W('city')]],
    ['Provincie', (c) => ciFirm(c)[10], [W('stateProvince'), W('state')]],
    ['Telefoonnummer', (c) => ciFirm(c)[12], ['workPhone.number']],
    ['Website', (c) => `www.${ciFirm(c)[11]}`, ['b2b.companyWebsite']],
    ['Algemeen e-mailadres', (c) => `info@${ciFirm(c)[11]}`, [], opt],
    ['Aanhef', (c) => (fem(c) ? 'Mevrouw' : 'De heer'), ['person.name.courtesyTitle']],
    ['Voorletters', (c) => initials(c.first), ['person.name.firstName'], opt],
    ['Voornaam', (c) => c.first, ['person.name.firstName']],
    ['Tussenvoegsel', (c) => tussen(c.last)[0], ['person.name.middleName', 'person.name.lastName'], opt],
    ['Achternaam', (c) => tussen(c.last)[1], ['person.name.lastName']],
    ['Functie', (c) => ciRole(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Functiegroep', (c) => ciRole(c)[1], ['extendedWorkDetails.departments[0]'], opt],
    ['E-mailadres contactpersoon', (c) => `${v.slug(c.first)}.${v.slug(c.last)}@${ciFirm(c)[11]}`, ['workEmail.address']],
    ['LinkedIn', (c) => (n(c) % 3 ? `https://www.linkedin.com/in/${v.slug(c.first)}-${v.slug(c.last)}-${(n(c) % 900) + 100}` : ''), []],
    ['Oprichtingsdatum', (c) => row(['01-04-1987', '12-09-1962', '03-02-2015', '01-01-1998', '15-06-1979', '22-11-2008'], (n(c) >> 1) % 6), []],
  ] },
  // ---------------------------------------------------------------- Sweden: checkout purchases
  { name: 'avarda-kop-export-sv', product: 'Avarda (Avarda Partner Portal > Köp > Exportera till Excel, one row per checkout purchase, Swedish UI, a Umeå outdoor-clothing web shop, CET, SEK)', family: 'payments', language: 'sv', schema: E, cols: [
    ['Köp-ID', (c, o, r) => v.uuid(r), [OR('payments[0].transactionID'), '_id']],
    ['Ordernummer', (c, o) => String(110000 + n(o)), [OR('purchaseID')]],
    ['Skapad', (c, o) => ymdT(cet(avAt(o))), ['timestamp', OR('createdDate')]],
    ['Status', (c, o) => avSt(o), []],
    ['Betalsätt', (c, o) => avMethod(o), [OR('payments[0].paymentType')]],
    ['Kundtyp', (c, o) => (n(o) % 8 === 3 ? 'Företag' : 'Privatperson'), []],
    ['Personnummer', (c, o, r) => (n(o) % 8 === 3 ? '' : pnr(bd(nord(c, 'sv').birth), r)), []],
    ['Förnamn', (c) => nord(c, 'sv').first, []],
    ['Efternamn', (c) => nord(c, 'sv').last, []],
    ['E-post', (c) => nord(c, 'sv').email, EMAIL_ID],
    ['Mobilnummer', (c) => nord(c, 'sv').mobile, PHONE_ID, opt],
    ['Adress', (c) => nord(c, 'sv').street, [BILL('street1')]],
    ['Postnummer', (c) => nord(c, 'sv').zip, [BILL('postalCode')]],
    ['Ort', (c) => nord(c, 'sv').city, [BILL('city')]],
    ['Land', () => 'SE', [BILL('countryCode')]],
    ['Leveransadress', (c, o) => (n(o) % 5 === 1 ? `Paketombud: ICA Nära ${nord(c, 'sv').city}` : nord(c, 'sv').street), [SHIP('street1')], opt],
    ['Belopp', (c, o) => kr(avTotal(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Varav moms', (c, o) => kr(avTotal(o) * 0.2), [OR('taxAmount')]],
    ['Valuta', () => 'SEK', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Aktiverat belopp', (c, o) => kr(['Avbruten', 'Ej slutförd'].includes(avSt(o)) ? 0 : avTotal(o)), [OR('payments[0].paymentAmount')], opt],
    ['Krediterat belopp', (c, o) => kr(avCredit(o)), [OR('refundTotal'), OR('refunds[0].refundAmount')]],
    ['Rabattkod', (c, o) => (o.discount ? 'HOSTREA' : ''), ['commerce.promotionID'], opt],
    ['Butik', () => 'Nordkust Outdoor SE', ['commerce.commerceScope.storeCode'], opt],
    ['Enhet', (c, o) => row(['Mobil', 'Dator', 'Mobil', 'Surfplatta', 'Mobil'], n(o) % 5), ['device.type', 'environment.type'], opt],
  ] },
  // ---------------------------------------------------------------- Norway: contact-centre contact log
  { name: 'puzzel-henvendelseslogg-nb', product: 'Puzzel (Puzzel Contact Centre admin > Statistikk > Rapporter > Henvendelseslogg > Eksporter CSV, one row per contact, Norwegian UI, a Bergen electricity supplier\'s customer service, CET)', family: 'support', language: 'nb', schema: E, cols: [
    ['Sesjons-ID', (c, o, r) => `${v.int(r, 100000000, 999999999)}`, ['_id']],
    ['Starttid', (c, o) => `${dmy(cet(pzAt(o)))} ${hms(cet(pzAt(o)))}`, ['timestamp']],
    ['Sluttid', (c, o) => `${dmy(cet(pzAt(o) + (pzWait(o) + pzTalk(o)) * 1000))} ${hms(cet(pzAt(o) + (pzWait(o) + pzTalk(o)) * 1000))}`, []],
    ['Kanal', (c, o) => pzQ(o)[1], [], opt],
    ['Kø', (c, o) => pzQ(o)[0], []],
    ['A-nummer', (c, o) => (pzQ(o)[1] === 'Telefon' ? `+47${nord(c, 'nb').mobile}` : ''), PHONE_ID, opt],
    ['B-nummer', (c, o) => (pzQ(o)[1] === 'Telefon' ? (pzQ(o)[0] === 'Bedrift' ? '+4755123410' : '+4755123400') : ''), []],
    ['Kundens e-post', (c, o) => (pzQ(o)[1] === 'Telefon' ? '' : nord(c, 'nb').email), EMAIL_ID],
    ['Kundenavn', (c, o) => (pzQ(o)[1] === 'Chat' ? nord(c, 'nb').first : pzQ(o)[1] === 'E-post' ? nord(c, 'nb').full : ''), []],
    ['Ventetid (sek)', (c, o) => String(pzWait(o)), []],
    ['Samtaletid (sek)', (c, o) => String(pzTalk(o)), []],
    ['Resultat', (c, o) => pzRes(o), []],
    ['Agent', (c, o) => (pzRes(o) === 'Besvart' ? row(PZ_AGENT, n(o) % 5) : ''), []],
    ['Overført', (c, o) => (n(o) % 9 === 4 ? 'Ja' : 'Nei'), []],
    ['Kategori', (c, o) => (pzRes(o) === 'Besvart' ? pzWrap(o) : ''), [], opt],
    ['Kundenummer', (c) => String(3000000 + (n(c) % 900000)), CUST_ID, opt],
    ['Tilfredshet (1-5)', (c, o) => (pzRes(o) === 'Besvart' && n(o) % 3 === 0 ? String(3 + (n(o) % 3)) : ''), []],
    ['Språk', (c, o) => (n(o) % 11 === 5 ? 'en' : 'nb'), ['environment._dc.language'], opt],
    ['Chat-side', (c, o) => (pzQ(o)[1] === 'Chat' ? row(['https://www.vestkraft.no/kundeservice', 'https://www.vestkraft.no/flytting', 'https://www.vestkraft.no/min-side/faktura'], n(o) % 3) : ''), ['web.webPageDetails.URL'], opt],
  ] },
  // ---------------------------------------------------------------- Denmark: restaurant-booking guest register
  { name: 'dinnerbooking-gaesteliste-da', product: 'Dinnerbooking (Restaurantadministration > Gæster > Gæstekartotek > Eksporter, one row per guest, Danish UI, an Aarhus bistro)', family: 'booking', language: 'da', schema: P, cols: [
    ['Gæste-ID', (c) => String(880000 + n(c) % 100000), ['_id', 'personID']],
    ['Fornavn', (c) => nord(c, 'da').first, ['person.name.firstName']],
    ['Efternavn', (c) => nord(c, 'da').last, ['person.name.lastName']],
    ['E-mail', (c) => nord(c, 'da').email, ['personalEmail.address']],
    ['Telefon', (c) => `+45 ${nord(c, 'da').mobile}`, ['mobilePhone.number', 'homePhone.number']],
    ['Firma', (c) => row(DB_FIRMS, n(c) % 8), ['organizations[0]'], opt],
    ['Adresse', (c) => (n(c) % 3 === 1 ? '' : nord(c, 'da').street), at(HOME, 'street1')],
    ['Postnr.', (c) => (n(c) % 3 === 1 ? '' : nord(c, 'da').zip), at(HOME, 'postalCode')],
    ['By', (c) => (n(c) % 3 === 1 ? '' : nord(c, 'da').city), at(HOME, 'city')],
    ['Land', () => 'Danmark', at(HOME, 'country')],
    ['Fødselsdag', (c) => (n(c) % 4 === 0 ? '' : `${pad(bd(nord(c, 'da').birth).d)}-${pad(bd(nord(c, 'da').birth).m)}`), ['person.birthDayAndMonth']],
    ['Oprettet', (c) => `${dmy(cet(c.created), '-')} ${hm(cet(c.created))}`, [], opt],
    ['Antal besøg', (c) => String(dbVisits(c)), [], opt],
    ['Antal no-shows', (c) => String(n(c) % 9 === 0 ? 1 : 0), []],
    ['Sidste besøg', (c) => dmy(cet(later(c)), '-'), [], opt],
    ['Nyhedsbrev', (c) => (c.bool ? 'Ja' : 'Nej'), [], opt],
    ['SMS-markedsføring', (c) => (c.bool && n(c) % 2 ? 'Ja' : 'Nej'), [], opt],
    ['Tags', (c) => dbTags(c), []],
    ['Noter', (c) => row(['', 'Foretrækker vinduesbord', '', 'Nøddeallergi', 'Fejrer bryllupsdag i maj', ''], n(c) % 6), []],
  ] },
  // ---------------------------------------------------------------- Sweden: event-invitation guest list
  { name: 'invajo-gastlista-export-sv', product: 'Invajo (Evenemang > Gästlista > Exportera till Excel, one row per invited guest, Swedish UI, a Stockholm IT consultancy\'s breakfast seminar for customers and prospects)', family: 'events', language: 'sv', schema: B, cols: [
    ['Gäst-ID', (c) => String(4100000 + n(c) * 7), ['_id', 'personID', 'b2b.personKey.sourceID', 'extSourceSystemAudit.externalID']],
    ['Förnamn', (c) => nord(c, 'sv').first, ['person.name.firstName']],
    ['Efternamn', (c) => nord(c, 'sv').last, ['person.name.lastName']],
    ['E-post', (c) => `${v.slug(nord(c, 'sv').first)}.${v.slug(nord(c, 'sv').last)}@${ivFirm(c)[2]}`, ['workEmail.address', 'personalEmail.address']],
    ['Mobilnummer', (c) => nord(c, 'sv').mobile, ['mobilePhone.number', 'workPhone.number']],
    ['Företag', (c) => ivFirm(c)[0], CO],
    ['Organisationsnummer', (c) => ivFirm(c)[1], ACCT, opt],
    ['Titel', (c) => ivRole(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Avdelning', (c) => ivRole(c)[1], ['extendedWorkDetails.departments[0]']],
    ['Status', (c) => ivSt(c), [], opt],
    ['Svarsdatum', (c) => (['Tackat ja', 'Tackat nej'].includes(ivSt(c)) ? ymdM(cet(IV_DAY - ((n(c) % 20) + 1) * day + (n(c) % 611) * 60000)) : ''), [], opt],
    ['Inbjuden', (c) => ymdM(cet(IV_DAY - 28 * day - (n(c) % 3) * day + (n(c) % 420) * 60000)), [], opt],
    ['Inbjuden av', (c) => row(['Karin Wallin', 'Mattias Ek', 'Karin Wallin', 'Webbanmälan'], n(c) % 4), []],
    ['Biljettyp', (c) => (ivRole(c)[0] === 'VD' ? 'VIP – frukost med talarna' : 'Deltagare'), []],
    ['Antal gäster', (c) => String(n(c) % 7 === 0 ? 2 : 1), []],
    ['Specialkost', (c) => row(['', 'Vegetarisk', '', 'Laktosfri', '', 'Glutenfri', ''], n(c) % 7), []],
    ['Incheckad', (c) => (ivIn(c) ? 'Ja' : 'Nej'), []],
    ['Incheckningstid', (c) => (ivIn(c) ? hm(cet(IV_DAY + (n(c) % 35) * 60000)) : ''), []],
    ['Samtycke till utskick', (c) => (n(c) % 5 ? 'Ja' : 'Nej'), [], opt],
  ] },
]
