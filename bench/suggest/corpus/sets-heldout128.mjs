// Round 58, heldout128: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). German-language exports from Germany, Austria and Switzerland in the
// product's UI language: a shop system's order lines, a cash register's DSFinV-K receipt headers, an Austrian
// invoicing tool's invoices, a payment provider's transactions, a Swiss club-ticketing service's orders, a Swiss
// parcel carrier's shipments, an Austrian newsletter tool's recipients, an Austrian wallet/customer-card platform's
// members, a conversational loyalty tool's participants, a CRM's contacts (de), an Austrian CRM's companies and a
// Swiss CRM/ERP's contacts (all de). Headers: the DSFinV-K Bonkopf columns from the public taxonomy as open-source
// exporters write them; the rest from the writer's knowledge of each product.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT, ID } from './sets.mjs'
import { pad, row, dmy, ymd, hms, hm, local, dec, thou } from './values.mjs'
import { hash } from './values.mjs'

const day = 86400000
const cet = (ms) => local(ms, 1)
const bd = (ms) => v.parts(ms)
const n = (x) => +x.id
const later = (c, k = 500) => c.created + ((+c.id % k) + 3) * day + (+c.id % 80000) * 1000
const office = (ms) => { const h = cet(ms).H; return ms + (h < 8 ? 8 - h : h > 19 ? 19 - h : 0) * 3600000 }
const chf = (x) => thou(x, '\'', '.')
const deT = (ms) => { const p = cet(ms); return `${dmy(p)} ${hms(p)}` }
const deM = (ms) => { const p = cet(ms); return `${dmy(p)} ${hm(p)}` }
const isoT = (ms) => { const p = cet(ms); return `${ymd(p)} ${hms(p)}` }


// ---------------------------------------------------------------- local people, seeded by the row's person
const memo = new Map()
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}:${c.first}:${c.last}:${salt}`) ^ 0x27d4eb2f); r(); r(); return r }
const keep = (k, f) => { if (!memo.has(k)) memo.set(k, f()); return memo.get(k) }
const slug = (s) => s.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')

const NAMES = {
  de: { m: ['Jonas', 'Felix', 'Christian', 'Sebastian', 'Philipp', 'Dirk', 'Ralf', 'Kai', 'Moritz', 'Holger'], f: ['Kerstin', 'Jana', 'Sarah', 'Miriam', 'Anja', 'Franziska', 'Stefanie', 'Lea', 'Birgit', 'Vanessa'],
    l: ['Schneider', 'Wagner', 'Richter', 'Zimmermann', 'Neumann', 'Schwarz', 'Hartmann', 'Köhler', 'Weiß', 'Lehmann', 'Krause', 'Böhm'], mail: ['gmx.de', 'web.de', 't-online.de', 'gmail.com', 'freenet.de', 'posteo.de'] },
  at: { m: ['Lukas', 'Dominik', 'Thomas', 'Wolfgang', 'Matthias', 'Gerald', 'Philipp', 'Harald'], f: ['Katharina', 'Julia', 'Theresa', 'Carina', 'Bettina', 'Sophie', 'Eva', 'Sandra'],
    l: ['Gruber', 'Wimmer', 'Pichler', 'Aigner', 'Brandstätter', 'Hofbauer', 'Lechner', 'Schwaiger', 'Mayrhofer', 'Kogler', 'Haas', 'Wallner'], mail: ['gmx.at', 'aon.at', 'gmail.com', 'a1.net', 'live.at'] },
  ch: { m: ['Reto', 'Stefan', 'Daniel', 'Fabian', 'Roman', 'Christoph', 'Jonas', 'Michael'], f: ['Nadja', 'Sarah', 'Rahel', 'Simone', 'Manuela', 'Deborah', 'Livia', 'Corinne'],
    l: ['Müller', 'Schmid', 'Fischer', 'Weber', 'Kälin', 'Bühler', 'Hofstetter', 'Lüthi', 'Ammann', 'Suter', 'Bachmann', 'Wenger'], mail: ['bluewin.ch', 'gmail.com', 'gmx.ch', 'hispeed.ch', 'sunrise.ch'] },
}
// [street, zip, city, state]
const PLACES = {
  de: [['Körnerstraße 41', '04107', 'Leipzig', 'Sachsen'], ['Friedrichstraße 12', '01067', 'Dresden', 'Sachsen'], ['Schillerstraße 8', '99096', 'Erfurt', 'Thüringen'], ['Lindenallee 23', '14050', 'Berlin', 'Berlin'], ['Marktplatz 5', '93047', 'Regensburg', 'Bayern'], ['Am Hafen 17', '28217', 'Bremen', 'Bremen'], ['Goethestraße 66', '34119', 'Kassel', 'Hessen'], ['Rheinstraße 102', '55116', 'Mainz', 'Rheinland-Pfalz'], ['Hauptstraße 4', '79098', 'Freiburg im Breisgau', 'Baden-Württemberg'], ['Steinweg 9', '38100', 'Braunschweig', 'Niedersachsen']],
  at: [['Landstraßer Hauptstraße 57', '1030', 'Wien', 'Wien'], ['Mariahilfer Straße 120/7', '1070', 'Wien', 'Wien'], ['Linzer Gasse 14', '5020', 'Salzburg', 'Salzburg'], ['Herrenstraße 3', '4020', 'Linz', 'Oberösterreich'], ['Museumstraße 21', '6020', 'Innsbruck', 'Tirol'], ['Bahnhofstraße 30', '9020', 'Klagenfurt am Wörthersee', 'Kärnten'], ['Wiener Straße 44', '3100', 'St. Pölten', 'Niederösterreich'], ['Kirchengasse 2', '8430', 'Leibnitz', 'Steiermark'], ['Marktstraße 11', '6850', 'Dornbirn', 'Vorarlberg']],
  ch: [['Bernstrasse 16', '3072', 'Ostermundigen', 'BE'], ['Kramgasse 49', '3011', 'Bern', 'BE'], ['Langstrasse 112', '8004', 'Zürich', 'ZH'], ['Hauptgasse 8', '4500', 'Solothurn', 'SO'], ['Steinenvorstadt 33', '4051', 'Basel', 'BS'], ['Obergrundstrasse 70', '6003', 'Luzern', 'LU'], ['Poststrasse 5', '9000', 'St. Gallen', 'SG'], ['Dorfstrasse 21', '5430', 'Wettingen', 'AG'], ['Bahnhofplatz 2', '2502', 'Biel/Bienne', 'BE'], ['Alte Landstrasse 40', '8800', 'Thalwil', 'ZH']],
}
const PHONES = {
  de: (r) => `+49 1${v.pick(r, ['51', '52', '57', '60', '70', '76'])} ${v.int(r, 1000000, 99999999)}`,
  at: (r) => `+43 6${v.pick(r, ['64', '60', '76', '99', '50'])} ${v.int(r, 1000000, 9999999)}`,
  ch: (r) => `+41 7${v.pick(r, ['6', '8', '9', '7'])} ${v.int(r, 100, 999)} ${v.int(r, 10, 99)} ${v.int(r, 10, 99)}`,
}
const COUNTRY = { de: ['DE', 'Deutschland'], at: ['AT', 'Österreich'], ch: ['CH', 'Schweiz'] }
const who = (c, cc) => keep(`${cc}:${c.id}:${c.first}`, () => {
  const r = seeded(c, cc)
  const N = NAMES[cc]
  const female = r() < 0.52
  const first = v.pick(r, female ? N.f : N.m)
  const last = v.pick(r, N.l)
  const [street, zip, city, state] = v.pick(r, PLACES[cc])
  const email = `${slug(first)}${v.pick(r, ['.', '', '_', '.'])}${slug(last)}${r() < 0.4 ? v.int(r, 1, 99) : ''}@${v.pick(r, N.mail)}`
  return { female, first, last, full: `${first} ${last}`, street, zip, city, state, mobile: PHONES[cc](r), email, cc: COUNTRY[cc][0], land: COUNTRY[cc][1],
    birth: Date.UTC(v.int(r, 1955, 2005), v.int(r, 0, 11), v.int(r, 1, 28)), r1: r(), r2: r(), r3: r() }
})

// ---------------------------------------------------------------- randshop: a Dresden tea and coffee shop's order lines
const RS_ITEMS = [['TEE-1021', 'Darjeeling First Flush FTGFOP1', '100 g', 'Schwarzer Tee', 9.9, 7], ['TEE-2040', 'Sencha Uji Bio', '100 g', 'Grüner Tee', 8.5, 7], ['KAF-0310', 'Espresso Dresdner Mischung', '500 g, ganze Bohne', 'Kaffee', 14.9, 7], ['KAF-0311', 'Espresso Dresdner Mischung', '250 g, gemahlen', 'Kaffee', 8.2, 7], ['ZUB-7700', 'Teekanne Glas mit Sieb', '1,2 l', 'Zubehör', 24.95, 19], ['TEE-3005', 'Rooibos Vanille', '250 g', 'Kräutertee', 11.5, 7], ['GUT-0025', 'Geschenkgutschein 25 €', '', 'Gutscheine', 25, 0]]
const rsItem = (o) => row(RS_ITEMS, n(o))
const rsStatus = (o) => row(['Versendet', 'Versendet', 'In Bearbeitung', 'Versendet', 'Storniert', 'Offen', 'Versendet', 'Bezahlt'], n(o) >> 1)
const rsShip = (o) => (rsItem(o)[4] * o.qty >= 39 ? 0 : 4.9)
const rsTotal = (o) => rsItem(o)[4] * o.qty + rsShip(o)

// ---------------------------------------------------------------- Quorion (DSFinV-K export): an Erfurt bakery café's receipts
const QU_STAFF = [['3', 'Heike'], ['5', 'Marcel'], ['7', 'Yvonne'], ['2', 'Chef']]
const quType = (o) => row(['Beleg', 'Beleg', 'Beleg', 'Beleg', 'AVTraining', 'Beleg', 'AVBelegabbruch', 'Beleg', 'AVRechnung'], n(o) >> 1)
const quStart = (o) => { const p = bd(o.at); return Date.UTC(p.y, p.m - 1, p.d, 5 + (n(o) % 11), (n(o) * 7) % 60, (n(o) * 13) % 60) }
const quGross = (o) => (quType(o) === 'AVBelegabbruch' ? 0 : 2.1 + ((n(o) * 37) % 4100) / 100)
const quKunde = (o) => quType(o) === 'AVRechnung'

// ---------------------------------------------------------------- Zistemo: a Vienna graphic studio's invoices
const ZI_CUST = ['Kaffeerösterei Hofbauer GmbH', 'Verein Kulturbühne Ottakring', 'Dr. med. Brandstätter Ordination', 'Pichler & Partner Steuerberatung OG', 'Bäckerei Aigner e.U.', 'Haas Immobilien GmbH', 'Weingut Lechner']
const ZI_JOB = [['Logo-Relaunch', 2400], ['Folder 6-seitig Gestaltung', 980], ['Website Wartung (Stundenpool)', 540], ['Fotoshooting Produktbilder', 1350], ['Geschäftsausstattung', 760], ['Plakatserie A1', 1120]]
const ziStatus = (o) => row(['Bezahlt', 'Bezahlt', 'Offen', 'Bezahlt', 'Überfällig', 'Teilbezahlt', 'Bezahlt', 'Entwurf'], n(o) >> 1)
const ziNet = (o) => row(ZI_JOB, n(o))[1] * (1 + (n(o) % 3) * 0.5)
const ziDate = (o) => office(o.at)

// ---------------------------------------------------------------- Teya: a Hamburg bike shop's card transactions
const TY_CARD = [['Visa', 'Kredit'], ['Mastercard', 'Debit'], ['girocard', 'Debit'], ['Visa', 'Debit'], ['Maestro', 'Debit'], ['Mastercard', 'Kredit'], ['American Express', 'Kredit'], ['girocard', 'Debit']]
const tyStatus = (o) => row(['Genehmigt', 'Genehmigt', 'Genehmigt', 'Abgelehnt', 'Genehmigt', 'Erstattet', 'Genehmigt', 'Storniert'], n(o) >> 1)
const tyAmt = (o) => 6.5 + ((n(o) * 173) % 89000) / 100
const tyFee = (o) => Math.round(tyAmt(o) * (row(TY_CARD, n(o))[0] === 'girocard' ? 0.0079 : 0.0139) * 100) / 100

// ---------------------------------------------------------------- Petzi: a Bern music club's ticket orders
const PZ_EVT = [['Stiller Has – Clubkonzert', 38, 'Stehplatz'], ['Open Mic Night', 12, 'Eintritt'], ['Baze – «Bärn»-Tour', 42, 'Stehplatz'], ['Swing Sessions Vol. 4', 25, 'Abendkasse-Vorverkauf'], ['Jazz am Donnerstag', 28, 'Normal'], ['Jazz am Donnerstag', 18, 'Legi / AHV']]
const pzEvt = (o) => row(PZ_EVT, n(o))
const pzDate = (o) => { const p = bd(o.at + ((n(o) % 40) + 5) * day); return `${dmy(p)} ${pad(19 + n(o) % 3)}:${n(o) % 2 ? '30' : '00'}` }
const pzStatus = (o) => row(['bezahlt', 'bezahlt', 'bezahlt', 'storniert', 'bezahlt', 'rückerstattet'], n(o) >> 1)
const pzFee = (o) => Math.round(pzEvt(o)[1] * o.qty * 0.05 * 20) / 20

// ---------------------------------------------------------------- Quickpac: a Lucerne online bookshop's parcels
const QP_SVC = ['Quickpac Standard', 'Quickpac Standard', 'Quickpac Express', 'Quickpac Standard Samstag', 'Quickpac Standard']
const qpStatus = (o) => row(['Zugestellt', 'Zugestellt', 'In Zustellung', 'Zugestellt', 'Avisiert', 'Retour an Absender', 'Zugestellt', 'Daten erhalten'], n(o) >> 1)
const qpTrack = (o) => `99.60.${pad(n(o) * 7 % 1000000, 6)}.${pad(n(o) * 131 % 100000000, 8)}`
const qpWeight = (o) => (0.3 + (n(o) % 47) / 10).toFixed(1)

// ---------------------------------------------------------------- eworx: a Linz outdoor retailer's newsletter recipients
const EW_GROUPS = ['Newsletter allgemein', 'Newsletter allgemein; Wandern', 'Klettern', 'Newsletter allgemein; Wintersport', 'Händler-Infos', 'Wandern; Radfahren']
const ewStatus = (c) => (who(c, 'at').r1 < 0.8 ? 'aktiv' : who(c, 'at').r1 < 0.9 ? 'abgemeldet' : who(c, 'at').r1 < 0.96 ? 'Bounce' : 'unbestätigt')

// ---------------------------------------------------------------- mobile-pocket: a Salzburg drugstore chain's card members
const MP_TIER = ['Basis', 'Basis', 'Silber', 'Basis', 'Gold', 'Silber']
const mpPts = (c) => (n(c) * 17) % 4200

// ---------------------------------------------------------------- LoyJoy: a Cologne brewery's stamp-card participants
const LJ_CHANNEL = ['WhatsApp', 'Web-Chat', 'Instagram', 'Web-Chat', 'WhatsApp', 'Facebook Messenger']

// ---------------------------------------------------------------- Snapforce CRM: a Nuremberg software reseller's contacts
const SF_FIRMS = [['Hartmann Maschinenbau GmbH', 'hartmann-mb.de', 'Nürnberg', '90429', 'Fürther Straße 212', 'Bayern', '911'], ['Köhler Logistik GmbH & Co. KG', 'koehler-logistik.de', 'Fürth', '90762', 'Königswarterstraße 30', 'Bayern', '911'], ['Praxisgemeinschaft Dr. Neumann', 'praxis-neumann.de', 'Erlangen', '91052', 'Hauptstraße 50', 'Bayern', '9131'], ['Stadtwerke Schwabach GmbH', 'stadtwerke-schwabach.de', 'Schwabach', '91126', 'Ansbacher Straße 14', 'Bayern', '9122'], ['Richter Elektrotechnik e.K.', 'richter-elektro.de', 'Bamberg', '96052', 'Memmelsdorfer Str. 88', 'Bayern', '951'], ['Weiß & Lehmann Steuerberater PartG', 'wl-stb.de', 'Nürnberg', '90402', 'Königstraße 19', 'Bayern', '911']]
const sfFirm = (c) => row(SF_FIRMS, n(c) % 6)
const SF_JOB = [['Geschäftsführer', 'Geschäftsführung'], ['IT-Leiterin', 'IT'], ['Einkäufer', 'Einkauf'], ['Assistentin der Geschäftsführung', 'Geschäftsführung'], ['Kaufmännischer Leiter', 'Verwaltung'], ['Systemadministrator', 'IT']]

// ---------------------------------------------------------------- Aurea CRM (update.CRM): a Graz building-supplies wholesaler's firms
const AU_FIRMS = [['Baumeister Kogler GmbH', 'FN 284512 t', 'ATU61234508', 'Bauunternehmen', 'Kärntner Straße 405', '8054', 'Graz', 'Steiermark', '316'], ['Wallner Dachdeckerei e.U.', 'FN 401877 p', 'ATU68812339', 'Dachdecker', 'Hauptplatz 12', '8530', 'Deutschlandsberg', 'Steiermark', '3462'], ['Haas Installationen GmbH', 'FN 199031 b', 'ATU52200817', 'Installateur', 'Industriestraße 7', '9300', 'St. Veit an der Glan', 'Kärnten', '4212'], ['Mayrhofer Fliesen & Naturstein GmbH', 'FN 330214 k', 'ATU64501122', 'Fliesenleger', 'Gewerbepark 3', '8401', 'Kalsdorf bei Graz', 'Steiermark', '3135'], ['Schwaiger Holzbau GmbH', 'FN 117620 f', 'ATU37711890', 'Holzbau', 'Sägewerkstraße 1', '8850', 'Murau', 'Steiermark', '3532'], ['Gemeinde Gratwein-Straßengel', '', 'ATU69000215', 'Öffentliche Hand', 'Hauptplatz 7', '8112', 'Gratwein-Straßengel', 'Steiermark', '3124'], ['Lechner Bau GmbH & Co KG', 'FN 252008 z', 'ATU58839901', 'Bauunternehmen', 'Wiener Straße 120', '8605', 'Kapfenberg', 'Steiermark', '3862']]
const auFirm = (o) => row(AU_FIRMS, n(o) % 7)

// ---------------------------------------------------------------- Workbooster: an Aarau IT support firm's contacts
const WB_FIRMS = [['Ammann Treuhand AG', 'ammann-treuhand.ch', 'Bahnhofstrasse 41', '5000', 'Aarau', 'AG', '62'], ['Suter Gartenbau GmbH', 'suter-gartenbau.ch', 'Industriestrasse 18', '5600', 'Lenzburg', 'AG', '62'], ['Zahnarztpraxis Dr. Bühler', 'zahnarzt-buehler.ch', 'Kasinostrasse 25', '5000', 'Aarau', 'AG', '62'], ['Wenger Metallbau AG', 'wenger-metallbau.ch', 'Rütistrasse 3', '4665', 'Oftringen', 'AG', '62'], ['Stiftung Wohnheim Lindenhof', 'lindenhof-stiftung.ch', 'Lindenweg 10', '5034', 'Suhr', 'AG', '62'], ['Bachmann Architektur GmbH', 'bachmann-arch.ch', 'Laurenzenvorstadt 89', '5000', 'Aarau', 'AG', '62']]
const wbFirm = (c) => row(WB_FIRMS, n(c) % 6)
const WB_JOB = [['Geschäftsführer', 'Geschäftsleitung'], ['Leiterin Administration', 'Administration'], ['Inhaber', 'Geschäftsleitung'], ['IT-Verantwortlicher', 'Informatik'], ['Sachbearbeiterin Buchhaltung', 'Finanzen']]

export const SETS = [
  { name: 'randshop-bestellpositionen-de', product: 'randshop (Shopsystem; Bestellungen > Bestellungen exportieren (CSV), one row per order line, German UI, a Dresden tea and coffee shop)', family: 'ecommerce-orders', language: 'de', schema: E, cols: [
    ['Bestellnummer', (c, o) => String(20000 + n(o) % 9000), [OR('purchaseID')]],
    ['Bestelldatum', (c, o) => deT(o.at), ['timestamp', OR('createdDate')]],
    ['Bestellstatus', (c, o) => rsStatus(o), [], opt],
    ['Kundennummer', (c, o) => (n(o) % 5 === 0 ? '' : String(10000 + n(c) % 5000)), CUST_ID, opt],
    ['Kunden-E-Mail', (c) => who(c, 'de').email, EMAIL_ID],
    ['Rechnung Anrede', (c) => (who(c, 'de').female ? 'Frau' : 'Herr'), []],
    ['Rechnung Vorname', (c) => who(c, 'de').first, []],
    ['Rechnung Nachname', (c) => who(c, 'de').last, []],
    ['Rechnung Straße', (c) => who(c, 'de').street, [BILL('street1')]],
    ['Rechnung PLZ', (c) => who(c, 'de').zip, [BILL('postalCode')]],
    ['Rechnung Ort', (c) => who(c, 'de').city, [BILL('city')]],
    ['Rechnung Land', () => 'Deutschland', [BILL('country')]],
    ['Lieferung Straße', (c, o) => (n(o) % 4 === 0 ? 'Packstation 148' : who(c, 'de').street), [SHIP('street1')]],
    ['Lieferung PLZ', (c) => who(c, 'de').zip, [SHIP('postalCode')]],
    ['Lieferung Ort', (c) => who(c, 'de').city, [SHIP('city')]],
    ['Lieferung Land', () => 'DE', [SHIP('countryCode')]],
    ['Artikelnummer', (c, o) => rsItem(o)[0], [PL('SKU')]],
    ['Artikelname', (c, o) => rsItem(o)[1], [PL('name')]],
    ['Variante', (c, o) => rsItem(o)[2], [PL('selectedOptions[0].value')], opt],
    ['Kategorie', (c, o) => rsItem(o)[3], [PL('productCategories[0].categoryName')], opt],
    ['Menge', (c, o) => String(o.qty), [PL('quantity')]],
    ['Einzelpreis', (c, o) => dec(rsItem(o)[4]), [], opt],
    ['Gesamtpreis', (c, o) => dec(rsItem(o)[4] * o.qty), [PL('priceTotal')]],
    ['MwSt-Satz', (c, o) => `${rsItem(o)[5]}%`, []],
    ['Versandart', (c, o) => row(['DHL Paket', 'DHL Paket', 'Deutsche Post Warenpost', 'Abholung im Laden'], n(o) >> 2), ['commerce.shipping.shippingMethod']],
    ['Versandkosten', (c, o) => dec(rsShip(o)), ['commerce.shipping.shippingAmount']],
    ['Zahlungsart', (c, o) => row(['PayPal', 'Vorkasse', 'Rechnung', 'PayPal', 'Kreditkarte', 'Sofortüberweisung'], n(o) >> 1), [OR('payments[0].paymentType')]],
    ['Bestellsumme', (c, o) => dec(rsTotal(o)), [OR('priceTotal')]],
    ['Währung', () => 'EUR', [OR('currencyCode')]],
    ['Kommentar', (c, o) => row(['', '', 'Bitte beim Nachbarn abgeben', '', 'Als Geschenk verpacken', ''], n(o)), []],
  ] },
  { name: 'quorion-dsfinvk-bonkopf-de', product: 'Quorion QMP (Kassensystem; DSFinV-K-Export, Datei bonkopf.csv, one row per receipt, German column names of the Digitale Schnittstelle der Finanzverwaltung, an Erfurt bakery café)', family: 'pos', language: 'de', schema: E, cols: [
    ['Z_KASSE_ID', () => 'QMX-ERF-01', [], opt],
    ['Z_ERSTELLUNG', (c, o) => { const p = bd(quStart(o)); return `${ymd(p)}T21:${pad(n(o) % 30)}:00` }, []],
    ['Z_NR', (c, o) => String(1200 + Math.floor((o.at - Date.UTC(2019, 0, 1)) / day)), []],
    ['BON_ID', (c, o) => `${Math.floor((o.at - Date.UTC(2019, 0, 1)) / day)}-${n(o)}`, ['_id', OR('purchaseID')]],
    ['BON_NR', (c, o) => String(40000 + n(o) % 60000), [OR('purchaseID')], opt],
    ['BON_TYP', (c, o) => quType(o), [OR('orderType')], opt],
    ['BON_NAME', (c, o) => (quType(o) === 'AVRechnung' ? 'Rechnung' : ''), []],
    ['TERMINAL_ID', (c, o) => `T${1 + n(o) % 2}`, [], opt],
    ['BON_STORNO', (c, o) => (n(o) % 17 === 0 ? '1' : '0'), []],
    ['BON_START', (c, o) => { const p = cet(quStart(o)); return `${ymd(p)}T${hms(p)}` }, ['timestamp', OR('createdDate')]],
    ['BON_ENDE', (c, o) => { const p = cet(quStart(o) + 40000 + (n(o) % 90) * 1000); return `${ymd(p)}T${hms(p)}` }, [], opt],
    ['BEDIENER_ID', (c, o) => row(QU_STAFF, n(o))[0], []],
    ['BEDIENER_NAME', (c, o) => row(QU_STAFF, n(o))[1], []],
    ['UMS_BRUTTO', (c, o) => quGross(o).toFixed(2), [OR('priceTotal')]],
    ['KUNDE_NAME', (c, o) => (quKunde(o) ? row(['Kanzlei Schwarz', 'Zimmermann Bau GmbH', who(c, 'de').full], n(o)) : ''), []],
    ['KUNDE_ID', (c, o) => (quKunde(o) ? String(100 + n(c) % 80) : ''), CUST_ID, opt],
    ['KUNDE_TYP', (c, o) => (quKunde(o) ? 'Firma' : ''), []],
    ['KUNDE_STRASSE', (c, o) => (quKunde(o) ? who(c, 'de').street : ''), [BILL('street1')]],
    ['KUNDE_PLZ', (c, o) => (quKunde(o) ? who(c, 'de').zip : ''), [BILL('postalCode')]],
    ['KUNDE_ORT', (c, o) => (quKunde(o) ? who(c, 'de').city : ''), [BILL('city')]],
    ['KUNDE_LAND', (c, o) => (quKunde(o) ? 'DEU' : ''), [BILL('countryCode')], opt],
    ['KUNDE_USTID', (c, o) => (quKunde(o) && n(o) % 2 ? `DE${pad(n(c) * 7919 % 1000000000, 9)}` : ''), []],
    ['BON_NOTIZ', (c, o) => (quType(o) === 'AVTraining' ? 'Schulung' : ''), []],
  ] },
  { name: 'zistemo-rechnungen-at-de', product: 'zistemo (Rechnungen & Zeiterfassung; Rechnungen > Export > CSV, one row per invoice, Austrian German UI, a Vienna graphic design studio billing with 20 % USt)', family: 'invoicing', language: 'de', schema: E, cols: [
    ['Rechnungsnummer', (c, o) => `${cet(ziDate(o)).y}-${pad(n(o) % 1000, 4)}`, [OR('purchaseID')]],
    ['Rechnungsdatum', (c, o) => dmy(cet(ziDate(o))), ['timestamp', OR('createdDate')]],
    ['Leistungszeitraum', (c, o) => { const p = cet(ziDate(o) - 20 * day); return `${pad(p.m)}/${p.y}` }, []],
    ['Fälligkeitsdatum', (c, o) => dmy(cet(ziDate(o) + 14 * day)), []],
    ['Status', (c, o) => ziStatus(o), []],
    ['Kunde', (c, o) => row(ZI_CUST, n(o) >> 1), []],
    ['Kundennummer', (c, o) => `K${pad(100 + (n(o) >> 1) % 7, 4)}`, CUST_ID, opt],
    ['Ansprechpartner', (c) => who(c, 'at').full, []],
    ['E-Mail', (c, o) => `${slug(who(c, 'at').first)}.${slug(who(c, 'at').last)}@${slug(row(ZI_CUST, n(o) >> 1).split(' ')[0])}.at`, EMAIL_ID, opt],
    ['Straße', (c) => who(c, 'at').street, [BILL('street1')]],
    ['PLZ', (c) => who(c, 'at').zip, [BILL('postalCode')]],
    ['Ort', (c) => who(c, 'at').city, [BILL('city')]],
    ['Land', () => 'Österreich', [BILL('country')]],
    ['UID-Nummer', (c, o) => (n(o) % 3 ? `ATU${pad(n(o) * 104729 % 100000000, 8)}` : ''), []],
    ['Projekt', (c, o) => row(ZI_JOB, n(o))[0], []],
    ['Netto', (c, o) => thou(ziNet(o)), [], opt],
    ['USt-Satz', () => '20 %', []],
    ['USt', (c, o) => thou(ziNet(o) * 0.2), [OR('taxAmount')]],
    ['Brutto', (c, o) => thou(ziNet(o) * 1.2), [OR('priceTotal')]],
    ['Währung', () => 'EUR', [OR('currencyCode')]],
    ['Bezahlt', (c, o) => thou(ziStatus(o) === 'Bezahlt' ? ziNet(o) * 1.2 : ziStatus(o) === 'Teilbezahlt' ? ziNet(o) * 0.6 : 0), [OR('payments[0].paymentAmount')]],
    ['Offen', (c, o) => thou(ziStatus(o) === 'Bezahlt' ? 0 : ziStatus(o) === 'Teilbezahlt' ? ziNet(o) * 0.6 : ziNet(o) * 1.2), []],
    ['Zahlungsdatum', (c, o) => (ziStatus(o) === 'Bezahlt' ? dmy(cet(ziDate(o) + ((n(o) % 12) + 2) * day)) : ''), [], opt],
    ['Mahnstufe', (c, o) => (ziStatus(o) === 'Überfällig' ? '1. Mahnung' : ''), []],
  ] },
  { name: 'teya-transaktionen-de', product: 'Teya (Kartenzahlung; Business Portal > Transaktionen > Exportieren (CSV), one row per card transaction, German UI, a Hamburg bike shop\'s terminal payments)', family: 'payments', language: 'de', schema: E, cols: [
    ['Transaktions-ID', (c, o) => v.uuid(seeded(o, 'ty')), ['_id', OR('payments[0].transactionID')]],
    ['Datum', (c, o) => dmy(cet(office(o.at))), ['timestamp']],
    ['Uhrzeit', (c, o) => hms(cet(office(o.at))), []],
    ['Händler-ID', () => '6011284733', [], opt],
    ['Standort', () => 'Radhaus Ottensen', []],
    ['Terminal-ID', (c, o) => `T${pad(5120041 + n(o) % 2, 8)}`, [], opt],
    ['Transaktionstyp', (c, o) => (tyStatus(o) === 'Erstattet' ? 'Erstattung' : 'Verkauf'), [OR('orderType')], opt],
    ['Status', (c, o) => tyStatus(o), [], opt],
    ['Betrag', (c, o) => dec(tyAmt(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Trinkgeld', (c, o) => (n(o) % 6 === 0 ? '2,00' : '0,00'), []],
    ['Währung', () => 'EUR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Gebühr', (c, o) => dec(tyFee(o)), []],
    ['Nettobetrag', (c, o) => dec(tyAmt(o) - tyFee(o)), [], opt],
    ['Kartenmarke', (c, o) => row(TY_CARD, n(o))[0], [OR('payments[0].paymentType')], opt],
    ['Kartentyp', (c, o) => row(TY_CARD, n(o))[1], [], opt],
    ['Kartennummer', (c, o) => `${row(['4', '5', '6', '4', '6', '5', '3', '6'], n(o))}***********${pad(n(o) * 31 % 10000, 4)}`, []],
    ['Eingabeart', (c, o) => row(['Kontaktlos', 'Kontaktlos', 'Chip & PIN', 'Kontaktlos', 'Apple Pay'], n(o) % 5), []],
    ['Autorisierungscode', (c, o) => (tyStatus(o) === 'Abgelehnt' ? '' : String(n(o) * 7919 % 1000000).padStart(6, '0')), [], opt],
    ['Referenz', (c, o) => `RRN${pad(n(o) * 104729 % 1e9, 12)}`, [OR('payments[0].transactionID')], opt],
    ['Auszahlungsdatum', (c, o) => (tyStatus(o) === 'Genehmigt' ? dmy(cet(office(o.at) + 2 * day)) : ''), []],
  ] },
  { name: 'petzi-bestellungen-ch-de', product: 'PETZI (Ticketing für Musikclubs und Festivals; Veranstalter-Admin > Bestellungen > CSV-Export, one row per order, Swiss German UI, a Bern music club)', family: 'events', language: 'de', schema: E, cols: [
    ['Bestellnummer', (c, o) => `P${pad(n(o) * 37 % 1000000, 7)}`, [OR('purchaseID')]],
    ['Bestelldatum', (c, o) => deM(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o) => pzStatus(o), [], opt],
    ['Veranstaltung', (c, o) => pzEvt(o)[0], [PL('name')]],
    ['Veranstaltungsdatum', (c, o) => pzDate(o), []],
    ['Ort', () => 'Dachstock, Reitschule Bern', []],
    ['Ticketkategorie', (c, o) => pzEvt(o)[2], [PL('selectedOptions[0].value')], opt],
    ['Anzahl', (c, o) => String(o.qty), [PL('quantity')]],
    ['Ticketpreis', (c, o) => chf(pzEvt(o)[1]), [], opt],
    ['Gebühren', (c, o) => chf(pzFee(o)), []],
    ['Total', (c, o) => chf(pzEvt(o)[1] * o.qty + pzFee(o)), [OR('priceTotal')]],
    ['Währung', () => 'CHF', [OR('currencyCode')]],
    ['Zahlungsmittel', (c, o) => row(['TWINT', 'TWINT', 'Visa', 'Mastercard', 'PostFinance Card', 'TWINT'], n(o) >> 1), [OR('payments[0].paymentType')]],
    ['Vorname', (c) => who(c, 'ch').first, []],
    ['Nachname', (c) => who(c, 'ch').last, []],
    ['E-Mail', (c) => who(c, 'ch').email, EMAIL_ID],
    ['Telefon', (c) => (who(c, 'ch').r1 < 0.4 ? who(c, 'ch').mobile : ''), PHONE_ID, opt],
    ['PLZ', (c) => who(c, 'ch').zip, [BILL('postalCode')], opt],
    ['Newsletter', (c) => (who(c, 'ch').r2 < 0.35 ? 'ja' : 'nein'), []],
    ['Ticketcodes', (c, o) => Array.from({ length: o.qty }, (_, k) => `PZ${pad((n(o) * 7 + k) * 9973 % 1e8, 8)}`).join(', '), []],
    ['Eingelöst', (c, o) => (pzStatus(o) === 'bezahlt' ? `${n(o) % 3 ? o.qty : 0}/${o.qty}` : '0/' + o.qty), []],
  ] },
  { name: 'quickpac-sendungen-ch-de', product: 'Quickpac (Paketdienst; Kundenportal > Sendungen > Export, one row per parcel, Swiss German UI, a Lucerne online bookshop)', family: 'shipments', language: 'de', schema: E, cols: [
    ['Sendungsnummer', (c, o) => qpTrack(o), ['commerce.shipping.trackingNumber', '_id']],
    ['Referenz', (c, o) => `Best. ${30000 + n(o) % 9000}`, [OR('purchaseID')]],
    ['Erfasst am', (c, o) => deM(office(o.at)), ['timestamp']],
    ['Abholdatum', (c, o) => dmy(cet(office(o.at) + day)), ['commerce.shipping.shipDate']],
    ['Dienstleistung', (c, o) => row(QP_SVC, n(o)), ['commerce.shipping.shippingMethod']],
    ['Zusatzleistungen', (c, o) => row(['', 'Signatur', '', 'Nachnahme', '', ''], n(o)), []],
    ['Gewicht (kg)', (c, o) => qpWeight(o), []],
    ['Anzahl Pakete', () => '1', []],
    ['Empfänger Name', (c) => who(c, 'ch').full, []],
    ['Empfänger Firma', (c) => (who(c, 'ch').r3 < 0.15 ? 'Bibliothek Wettingen' : ''), []],
    ['Empfänger Strasse', (c) => who(c, 'ch').street, [SHIP('street1')]],
    ['Empfänger PLZ', (c) => who(c, 'ch').zip, [SHIP('postalCode')]],
    ['Empfänger Ort', (c) => who(c, 'ch').city, [SHIP('city')]],
    ['Empfänger Land', () => 'CH', [SHIP('countryCode')]],
    ['Empfänger E-Mail', (c) => who(c, 'ch').email, EMAIL_ID],
    ['Empfänger Telefon', (c) => (who(c, 'ch').r1 < 0.6 ? who(c, 'ch').mobile : ''), PHONE_ID, opt],
    ['Status', (c, o) => qpStatus(o), []],
    ['Zugestellt am', (c, o) => (qpStatus(o) === 'Zugestellt' ? deM(office(o.at) + 2 * day) : ''), []],
    ['Nachnahmebetrag', (c, o) => (row(['', 'Signatur', '', 'Nachnahme', '', ''], n(o)) === 'Nachnahme' ? chf(29.9 * o.qty) : ''), [], opt],
    ['Preis CHF', (c, o) => chf(row(QP_SVC, n(o)).includes('Express') ? 18.5 : 7.9), ['commerce.shipping.shippingAmount']],
  ] },
  { name: 'eworx-empfaenger-at-de', product: 'eworx Newsletter (eworx Marketing Suite; Empfänger > Empfängerliste exportieren, one row per recipient, Austrian German UI, a Linz outdoor retailer\'s newsletter list)', family: 'email', language: 'de', schema: P, cols: [
    ['Empfänger-ID', (c) => String(880000 + n(c) * 3 % 100000), ID],
    ['E-Mail-Adresse', (c) => who(c, 'at').email, ['personalEmail.address']],
    ['Status', (c) => ewStatus(c), ['personalEmail.status'], opt],
    ['Anrede', (c) => (who(c, 'at').female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Titel', (c) => (who(c, 'at').r2 < 0.12 ? row(['Mag.', 'Dr.', 'DI', 'Ing.'], n(c)) : ''), ['person.name.courtesyTitle'], opt],
    ['Vorname', (c) => who(c, 'at').first, ['person.name.firstName']],
    ['Nachname', (c) => who(c, 'at').last, ['person.name.lastName']],
    ['Geschlecht', (c) => (who(c, 'at').female ? 'weiblich' : 'männlich'), ['person.gender']],
    ['Geburtsdatum', (c) => (who(c, 'at').r3 < 0.45 ? dmy(bd(who(c, 'at').birth)) : ''), ['person.birthDate']],
    ['Straße', (c) => (who(c, 'at').r2 < 0.5 ? who(c, 'at').street : ''), at(HOME, 'street1')],
    ['PLZ', (c) => (who(c, 'at').r2 < 0.5 ? who(c, 'at').zip : ''), at(HOME, 'postalCode')],
    ['Ort', (c) => (who(c, 'at').r2 < 0.5 ? who(c, 'at').city : ''), at(HOME, 'city')],
    ['Bundesland', (c) => (who(c, 'at').r2 < 0.5 ? who(c, 'at').state : ''), STATE(HOME)],
    ['Land', (c) => (who(c, 'at').r2 < 0.5 ? 'Österreich' : ''), at(HOME, 'country')],
    ['Mobiltelefon', (c) => (who(c, 'at').r1 < 0.25 ? who(c, 'at').mobile : ''), ['mobilePhone.number']],
    ['Sprache', () => 'de', [], opt],
    ['Gruppen', (c) => row(EW_GROUPS, n(c)), []],
    ['Anmeldedatum', (c) => deT(c.created), [], opt],
    ['Anmeldequelle', (c) => row(['Webformular', 'Import', 'Webshop Checkout', 'Gewinnspiel', 'Webformular'], n(c) >> 1), []],
    ['Double-Opt-in bestätigt am', (c) => (ewStatus(c) === 'unbestätigt' ? '' : deT(c.created + 600000)), [], opt],
    ['Abgemeldet am', (c) => (ewStatus(c) === 'abgemeldet' ? deT(later(c)) : ''), [], opt],
    ['Letzte Öffnung', (c) => (ewStatus(c) === 'aktiv' ? dmy(cet(later(c, 200))) : ''), []],
    ['Letzter Klick', (c) => (ewStatus(c) === 'aktiv' && who(c, 'at').r3 < 0.5 ? dmy(cet(later(c, 150))) : ''), []],
    ['Kundennummer', (c) => (who(c, 'at').r1 > 0.5 ? `K-${200000 + n(c) % 80000}` : ''), ['loyalty.loyaltyID[0]'], opt],
  ] },
  { name: 'mobile-pocket-kundenkarte-mitglieder-at-de', product: 'mobile-pocket (bluesource Kundenkarten-Plattform; Programm-Dashboard > Mitglieder > Export, one row per card holder, Austrian German UI, a Salzburg drugstore chain\'s digital customer card)', family: 'loyalty', language: 'de', schema: P, cols: [
    ['Mitglieds-ID', (c) => v.uuid(seeded(c, 'mp')), ID],
    ['Kartennummer', (c) => `9276${pad(n(c) * 7919 % 1e9, 9)}`, ['loyalty.loyaltyID[0]', 'loyalty.cardsDetails[0].number']],
    ['Kartenstatus', (c) => (who(c, 'at').r1 < 0.9 ? 'aktiv' : 'gesperrt'), ['loyalty.cardsDetails[0].status', 'loyalty.status'], opt],
    ['Anrede', (c) => (who(c, 'at').female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Vorname', (c) => who(c, 'at').first, ['person.name.firstName']],
    ['Nachname', (c) => who(c, 'at').last, ['person.name.lastName']],
    ['E-Mail', (c) => who(c, 'at').email, ['personalEmail.address']],
    ['Mobilnummer', (c) => (who(c, 'at').r2 < 0.6 ? who(c, 'at').mobile : ''), ['mobilePhone.number']],
    ['Geburtsdatum', (c) => dmy(bd(who(c, 'at').birth)), ['person.birthDate']],
    ['Straße', (c) => who(c, 'at').street, at(HOME, 'street1')],
    ['PLZ', (c) => who(c, 'at').zip, at(HOME, 'postalCode')],
    ['Ort', (c) => who(c, 'at').city, at(HOME, 'city')],
    ['Land', () => 'AT', at(HOME, 'countryCode')],
    ['Registriert am', (c) => deT(c.created), ['loyalty.joinDate']],
    ['Registrierungskanal', (c) => row(['App', 'App', 'Filiale', 'Webformular'], n(c)), []],
    ['Stammfiliale', (c) => row(['Salzburg Linzer Gasse', 'Hallein Zentrum', 'Wals Airport-Center', 'Bischofshofen'], n(c) >> 1), []],
    ['Stufe', (c) => row(MP_TIER, n(c)), ['loyalty.tier']],
    ['Punktestand', (c) => String(mpPts(c)), ['loyalty.points']],
    ['Punkte gesammelt gesamt', (c) => String(mpPts(c) + (n(c) * 31) % 9000), ['loyalty.lifetimePoints']],
    ['Punkte eingelöst', (c) => String((n(c) * 31) % 9000), ['loyalty.pointsRedeemed']],
    ['Umsatz gesamt', (c) => dec(((n(c) * 31) % 9000) * 0.8 + mpPts(c)), ['loyalty.lifetimePurchases'], opt],
    ['Letzter Einkauf', (c) => dmy(cet(later(c, 300))), [], opt],
    ['Newsletter-Einwilligung', (c) => (who(c, 'at').r3 < 0.55 ? 'ja' : 'nein'), []],
    ['Push aktiviert', (c) => (who(c, 'at').r1 < 0.7 ? 'ja' : 'nein'), [], opt],
  ] },
  { name: 'loyjoy-stempelkarte-teilnehmer-de', product: 'LoyJoy (Conversational-Marketing-Plattform; Daten > Teilnehmer > CSV-Export, one row per loyalty participant, German UI, a Cologne brewery pub\'s digital stamp card)', family: 'loyalty', language: 'de', schema: P, cols: [
    ['Teilnehmer-ID', (c) => v.uuid(seeded(c, 'lj')), ID],
    ['Kanal', (c) => row(LJ_CHANNEL, n(c)), [], opt],
    ['Vorname', (c) => who(c, 'de').first, ['person.name.firstName']],
    ['Nachname', (c) => (who(c, 'de').r2 < 0.3 ? '' : who(c, 'de').last), ['person.name.lastName']],
    ['E-Mail', (c) => (who(c, 'de').r1 < 0.8 ? who(c, 'de').email : ''), ['personalEmail.address']],
    ['Telefonnummer', (c) => (row(LJ_CHANNEL, n(c)) === 'WhatsApp' ? who(c, 'de').mobile : ''), ['mobilePhone.number']],
    ['Geburtstag', (c) => (who(c, 'de').r3 < 0.6 ? dmy(bd(who(c, 'de').birth)) : ''), ['person.birthDate']],
    ['PLZ', (c) => (who(c, 'de').r2 < 0.5 ? row(['50667', '50674', '50825', '51065', '50937'], n(c)) : ''), at(HOME, 'postalCode')],
    ['Erster Kontakt', (c) => isoT(c.created), ['loyalty.joinDate'], opt],
    ['Letzte Aktivität', (c) => isoT(later(c, 200)), [], opt],
    ['Stempel aktuell', (c) => String(n(c) % 10), ['loyalty.points']],
    ['Stempel gesamt', (c) => String(n(c) % 10 + 10 * ((n(c) >> 3) % 6)), ['loyalty.lifetimePoints']],
    ['Prämien eingelöst', (c) => String((n(c) >> 3) % 6), [], opt],
    ['Status', (c) => row(['Stammgast', 'Neu', 'Stammgast', 'VIP', 'Neu'], n(c) >> 1), ['loyalty.tier', 'loyalty.status'], opt],
    ['Marketing-Opt-in', (c) => (who(c, 'de').r1 < 0.6 ? 'true' : 'false'), []],
    ['Opt-in-Zeitpunkt', (c) => (who(c, 'de').r1 < 0.6 ? isoT(c.created + 120000) : ''), [], opt],
    ['Double-Opt-in bestätigt', (c) => (who(c, 'de').r1 < 0.5 ? 'true' : 'false'), [], opt],
    ['Quelle', (c) => row(['QR-Code Bierdeckel', 'QR-Code Theke', 'Instagram-Story', 'Website'], n(c) >> 2), []],
    ['Lieblingsbier', (c) => row(['Kölsch', 'Kölsch', 'Weizen', 'Helles', ''], n(c)), []],
    ['Sprache', () => 'de', [], opt],
  ] },
  { name: 'snapforce-crm-kontakte-de', product: 'Snapforce CRM (Kontakte > Listenansicht > Exportieren (CSV), one row per contact, German UI, a Nuremberg software reseller)', family: 'crm', language: 'de', schema: B, cols: [
    ['Kontakt-ID', (c) => String(410000 + n(c) % 90000), B2BID],
    ['Anrede', (c) => (who(c, 'de').female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Titel', (c) => (who(c, 'de').r2 < 0.1 ? 'Dr.' : ''), ['person.name.courtesyTitle'], opt],
    ['Vorname', (c) => who(c, 'de').first, ['person.name.firstName']],
    ['Nachname', (c) => who(c, 'de').last, ['person.name.lastName']],
    ['Firma', (c) => sfFirm(c)[0], CO],
    ['Position', (c) => row(SF_JOB, n(c) >> 1)[0], ['extendedWorkDetails.jobTitle']],
    ['Abteilung', (c) => row(SF_JOB, n(c) >> 1)[1], ['extendedWorkDetails.departments[0]'], opt],
    ['E-Mail', (c) => `${slug(who(c, 'de').first)[0]}.${slug(who(c, 'de').last)}@${sfFirm(c)[1]}`, ['workEmail.address']],
    ['Telefon', (c) => `+49 ${sfFirm(c)[6]} ${v.int(seeded(c, 'sf'), 200000, 999999)}`, ['workPhone.number']],
    ['Mobil', (c) => (who(c, 'de').r1 < 0.55 ? who(c, 'de').mobile : ''), ['mobilePhone.number']],
    ['Fax', (c) => (who(c, 'de').r3 < 0.3 ? `+49 ${sfFirm(c)[6]} ${v.int(seeded(c, 'sf'), 200000, 999999)}-99` : ''), ['faxPhone.number']],
    ['Straße', (c) => sfFirm(c)[4], [W('street1')]],
    ['PLZ', (c) => sfFirm(c)[3], [W('postalCode')]],
    ['Ort', (c) => sfFirm(c)[2], [W('city')]],
    ['Bundesland', (c) => sfFirm(c)[5], STATE(['workAddress'])],
    ['Land', () => 'Deutschland', [W('country')]],
    ['Webseite', (c) => `www.${sfFirm(c)[1]}`, ['b2b.companyWebsite']],
    ['Lead-Quelle', (c) => row(['Messe it-sa', 'Website', 'Empfehlung', 'Kaltakquise', 'Partner'], n(c) >> 2), ['b2b.personSource'], opt],
    ['Status', (c) => row(['Kunde', 'Interessent', 'Kunde', 'Ehemaliger Kunde'], n(c) >> 1), ['b2b.personStatus'], opt],
    ['Newsletter', (c) => (who(c, 'de').r1 < 0.5 ? 'Ja' : 'Nein'), [], opt],
    ['Zuständiger Benutzer', (c) => row(['M. Schwarz', 'K. Hartmann', 'S. Neumann'], n(c)), []],
    ['Erstellt am', (c) => deM(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Geändert am', (c) => deM(later(c)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },
  { name: 'aurea-crm-firmen-at-de', product: 'Aurea CRM (formerly update.CRM; Firmen > Abfrage > Export nach Excel/CSV, one row per company, Austrian German UI, a Graz building-supplies wholesaler)', family: 'crm', language: 'de', schema: B, cols: [
    ['Firmen-Nr.', (c, o) => `${1}-${pad(20000 + n(o) % 7 * 311 + (n(c) % 50), 6)}`, ACCT],
    ['Firma', (c, o) => auFirm(o)[0], CO],
    ['Firmenbuchnummer', (c, o) => auFirm(o)[1], []],
    ['UID-Nummer', (c, o) => auFirm(o)[2], []],
    ['Branche', (c, o) => auFirm(o)[3], []],
    ['Straße', (c, o) => auFirm(o)[4], [W('street1')]],
    ['PLZ', (c, o) => auFirm(o)[5], [W('postalCode')]],
    ['Ort', (c, o) => auFirm(o)[6], [W('city')]],
    ['Bundesland', (c, o) => auFirm(o)[7], STATE(['workAddress'])],
    ['Land', () => 'Österreich', [W('country')]],
    ['Telefon', (c, o) => `+43 ${auFirm(o)[8]} ${v.int(seeded(c, 'au'), 20000, 899999)}`, ['workPhone.number']],
    ['Fax', (c, o) => (n(o) % 3 ? '' : `+43 ${auFirm(o)[8]} ${v.int(seeded(c, 'au'), 20000, 899999)}-20`), ['faxPhone.number']],
    ['E-Mail', (c, o) => `office@${slug(auFirm(o)[0].split(' ')[0])}${slug(auFirm(o)[0].split(' ')[1] || '')}.at`, ['workEmail.address'], opt],
    ['Internet', (c, o) => `www.${slug(auFirm(o)[0].split(' ')[0])}${slug(auFirm(o)[0].split(' ')[1] || '')}.at`, ['b2b.companyWebsite']],
    ['Hauptansprechpartner', (c) => who(c, 'at').full, ['person.name.fullName'], opt],
    ['Mitarbeiteranzahl', (c, o) => row(['10-49', '1-9', '10-49', '50-249', '1-9', '10-49', '50-249'], n(o) % 7), []],
    ['Kundenklasse', (c, o) => row(['A', 'B', 'B', 'A', 'C', 'B', 'A'], n(o) % 7), []],
    ['Status', (c, o) => row(['Kunde', 'Kunde', 'Interessent', 'Kunde', 'inaktiv'], n(o) % 5), [], opt],
    ['Betreuer', (c, o) => row(['Kogler Martin', 'Wimmer Sabine', 'Haas Gerald'], n(o) % 3), []],
    ['Umsatz Vorjahr', (c, o) => thou(12000 + (n(o) * 1733) % 480000), []],
    ['Zahlungsbedingung', (c, o) => row(['30 Tage netto', '14 Tage 2 % Skonto', '30 Tage netto', 'Vorauskasse'], n(o) % 4), []],
    ['Angelegt am', (c) => dmy(cet(c.created)), ['extSourceSystemAudit.createdDate'], opt],
    ['Geändert am', (c) => dmy(cet(later(c))), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },
  { name: 'workbooster-kontakte-ch-de', product: 'Workbooster (Business-Software für KMU; CRM > Kontakte > Export CSV, one row per contact person with its organisation, Swiss German UI, an Aarau IT support firm)', family: 'crm', language: 'de', schema: B, cols: [
    ['Nr.', (c) => String(5000 + n(c) % 4000), B2BID],
    ['Organisation', (c) => wbFirm(c)[0], CO],
    ['Anrede', (c) => (who(c, 'ch').female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Briefanrede', (c) => `${who(c, 'ch').female ? 'Sehr geehrte Frau' : 'Sehr geehrter Herr'} ${who(c, 'ch').last}`, []],
    ['Vorname', (c) => who(c, 'ch').first, ['person.name.firstName']],
    ['Nachname', (c) => who(c, 'ch').last, ['person.name.lastName']],
    ['Funktion', (c) => row(WB_JOB, n(c) >> 1)[0], ['extendedWorkDetails.jobTitle']],
    ['Abteilung', (c) => row(WB_JOB, n(c) >> 1)[1], ['extendedWorkDetails.departments[0]'], opt],
    ['E-Mail', (c) => `${slug(who(c, 'ch').first)}.${slug(who(c, 'ch').last)}@${wbFirm(c)[1]}`, ['workEmail.address']],
    ['Telefon Geschäft', (c) => `+41 ${wbFirm(c)[6]} ${v.int(seeded(c, 'wb'), 200, 899)} ${pad(n(c) % 100)} ${pad((n(c) >> 2) % 100)}`, ['workPhone.number']],
    ['Telefon Mobil', (c) => (who(c, 'ch').r1 < 0.6 ? who(c, 'ch').mobile : ''), ['mobilePhone.number']],
    ['Strasse', (c) => wbFirm(c)[2], [W('street1')]],
    ['PLZ', (c) => wbFirm(c)[3], [W('postalCode')]],
    ['Ort', (c) => wbFirm(c)[4], [W('city')]],
    ['Kanton', (c) => wbFirm(c)[5], STATE(['workAddress'])],
    ['Land', () => 'Schweiz', [W('country')]],
    ['Webseite', (c) => `https://www.${wbFirm(c)[1]}`, ['b2b.companyWebsite']],
    ['Sprache', () => 'Deutsch', [], opt],
    ['Kategorie', (c) => row(['Kunde', 'Kunde', 'Lead', 'Partner'], n(c) >> 1), ['b2b.personType'], opt],
    ['Geburtstag', (c) => (who(c, 'ch').r2 < 0.3 ? dmy(bd(who(c, 'ch').birth)) : ''), ['person.birthDate']],
    ['Verantwortlich', (c) => row(['R. Suter', 'L. Ammann'], n(c)), []],
    ['Erstellt', (c) => dmy(cet(c.created)), ['extSourceSystemAudit.createdDate'], opt],
  ] },
]
