// Round 61, heldout141: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). German-language exports from Germany, Austria and Switzerland and
// Dutch/Flemish exports, headers in the product's UI language: a German crowdfunding platform's supporters
// (Startnext), a German ticket seller's organiser order list (ADticket), an Austrian invoice/instalment payment
// provider's transactions (payolution), a German funnel builder's e-mail contacts (FunnelCockpit), a Swiss customer-card
// provider's card holders (Innocard), a German small-business CRM's persons (Samdock) and a German ERP's customer
// contact persons (work4all) (de 7); a Dutch marketplace order-management tool's order lines (ChannelDock), a Dutch venue
// ticketing system's orders (Stager), a Dutch pay-later provider's orders (Billink), a Dutch bookkeeping package's
// relations (Reeleezee) and a Dutch webinar platform's registrants (WebinarGeek) (nl 5). E 6, P 3, B 3.
// Headers are written from the writer's knowledge of each product; nothing was copied from a real export.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT } from './sets.mjs'
import { pad, row, dmy, ymd, hms, hm, local, dec } from './values.mjs'
import { hash } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
// Central European time (Germany, Austria, Switzerland, the Netherlands, Belgium), summer time approximated
const cet = (ms) => local(ms, 1)
// the same instant moved into opening hours (lo .. lo+span-1 local)
const open = (ms, lo = 8, span = 14) => { const H = cet(ms).H; return ms + ((lo + (H % span)) - H) * 3600000 }
const later = (c) => c.created + ((n(c) % 300) + 3) * day + (n(c) % 50000) * 1000
const deT = (ms) => `${dmy(cet(ms))} ${hm(cet(ms))}`
const deTs = (ms) => `${dmy(cet(ms))} ${hms(cet(ms))}`
const deD = (ms) => dmy(cet(ms))
const nlT = (ms) => `${dmy(cet(ms), '-')} ${hm(cet(ms))}`
const nlD = (ms) => dmy(cet(ms), '-')
const isoT = (ms) => `${ymd(cet(ms))} ${hms(cet(ms))}`
const bday = (c) => dmy(v.parts(c.birth))
const bdayNl = (c) => dmy(v.parts(c.birth), '-')
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}:${c.first}:${c.last}:${salt}`) ^ 0x2545f491); r(); return r }
const slugOf = (s) => s.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/[^a-z]/g, '')
const WE = ['workEmail.address', 'personalEmail.address']
// the row's person is female when her generated first name is (German and Dutch name lists)
const FEM = new Set(['Anna', 'Lea', 'Sophie', 'Marie', 'Katharina', 'Ursula', 'Sabine', 'Emma', 'Julia', 'Mila', 'Tess', 'Sanne', 'Femke'])
const fem = (c) => FEM.has(c.first)
const OPT_EMAIL = 'b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'

// ---------------------------------------------------------------- local places
// Austria: [Ort, Bundesland, PLZ, Straße]
const AT = [['Graz', 'Steiermark', '8010', 'Annenstraße'], ['Wien', 'Wien', '1070', 'Neubaugasse'], ['Linz', 'Oberösterreich', '4020', 'Landstraße'], ['Salzburg', 'Salzburg', '5020', 'Ignaz-Harrer-Straße'], ['Innsbruck', 'Tirol', '6020', 'Amraser Straße'], ['Klagenfurt am Wörthersee', 'Kärnten', '9020', 'Bahnhofstraße'], ['Leoben', 'Steiermark', '8700', 'Franz-Josef-Straße'], ['St. Pölten', 'Niederösterreich', '3100', 'Kremser Gasse']]
const at_ = (c) => row(AT, n(c) % 8)
const atMobile = (c) => `+43 ${row(['664', '676', '650', '699', '660'], n(c))} ${pad((n(c) * 7919) % 10000000, 7)}`
// Switzerland (eastern): [Ort, Kanton, PLZ, Strasse, Vorwahl]
const CH = [['Wil SG', 'SG', '9500', 'Obere Bahnhofstrasse', '71'], ['St. Gallen', 'SG', '9000', 'Rorschacher Strasse', '71'], ['Frauenfeld', 'TG', '8500', 'Zürcherstrasse', '52'], ['Winterthur', 'ZH', '8400', 'Technikumstrasse', '52'], ['Uzwil', 'SG', '9240', 'Bahnhofstrasse', '71'], ['Weinfelden', 'TG', '8570', 'Frauenfelderstrasse', '71'], ['Gossau SG', 'SG', '9200', 'Herisauer Strasse', '71'], ['Herisau', 'AR', '9100', 'Kasernenstrasse', '71']]
const ch_ = (c) => row(CH, n(c) % 8)
const chNo = (c) => 1 + (n(c) * 13) % 88
// Dutch names: c.last may carry a tussenvoegsel ('van den Berg')
const tv = (c) => { const m = c.last.match(/^((?:van |de |den |der |ter |van der |van den )+)(.*)$/); return m ? [m[1].trim(), m[2]] : ['', c.last] }
const nlStreet = (c) => c.street.replace(/ \d+$/, '')
const nlNo = (c) => c.street.match(/\d+$/)?.[0] ?? '1'
const nlAdd = (c) => row(['', '', '', 'A', '', 'bis', '', '2'], n(c) % 8)
const nlMob = (c) => c.mobile.replace('-', '')

// ---------------------------------------------------------------- 1. Startnext supporters (de, E)
// a Leipzig coffee roastery funding a drum roaster: [Dankeschön-ID, Dankeschön, Betrag, Versand]
const SN_REWARDS = [[184401, 'Dankeschön-Postkarte + Nennung auf unserer Website', 10, false], [184402, '250 g Espresso „Plagwitz" aus der ersten Röstung', 15, true], [184403, 'Röstpaket: 3 × 250 g Filterkaffee', 39, true], [184404, 'Kaffee-Abo für 6 Monate (monatlich 500 g)', 89, true], [184405, 'Röstkurs für 2 Personen in der Rösterei', 120, false], [184406, 'Dein Name auf der Röstertrommel', 250, false], [0, 'Unterstützung ohne Dankeschön', 0, false]]
const snRw = (o) => row(SN_REWARDS, n(o) % 7)
const snQty = (o) => (snRw(o)[2] > 0 && snRw(o)[2] < 50 ? 1 + (n(o) % 3 === 0 ? 1 : 0) : 1)
const snFree = (o) => (snRw(o)[0] === 0 ? row([5, 20, 50, 10], n(o)) : row([0, 0, 5, 0, 2, 0, 10], n(o) % 7))
const snShip = (o) => (snRw(o)[3] ? 4.9 : 0)
const snSum = (o) => snRw(o)[2] * snQty(o) + snFree(o) + snShip(o)
const snPay = (o) => row(['PayPal', 'Kreditkarte', 'Lastschrift', 'Klarna Sofort', 'PayPal', 'Überweisung', 'Apple Pay'], n(o) % 7)
const snSt = (o) => (snPay(o) === 'Überweisung' && n(o) % 2 ? 'offen' : n(o) % 11 === 5 ? 'storniert' : 'erfolgreich')
const SN_START = Date.UTC(2024, 2, 4, 9, 0)
const snAt = (o) => open(SN_START + (n(o) % 42) * day + (n(o) % 600) * 60000, 7, 16)

// ---------------------------------------------------------------- 2. ADticket order list (de, E)
// a Münster cabaret and music cellar: [Veranstaltung, Veranstaltungsdatum (UTC ms), Normalpreis, ermäßigt]
const AD_EVENTS = [['Kabarett: „Alles auf Anfang" – Soloprogramm', Date.UTC(2024, 10, 8, 19, 0), 24, 19], ['Jazz im Keller: Trio Westfalen', Date.UTC(2024, 10, 15, 19, 30), 18, 14], ['Poetry Slam Münster – Jahresfinale', Date.UTC(2024, 10, 22, 19, 0), 15, 11], ['Comedy Mixed Show Vol. 12', Date.UTC(2024, 10, 29, 19, 0), 22, 17], ['Lesung: „Die Nacht am Hafen"', Date.UTC(2024, 11, 3, 18, 30), 14, 10]]
const adEv = (o) => row(AD_EVENTS, n(o) % 5)
const adRed = (o) => n(o) % 4 === 1
const adPrice = (o) => (adRed(o) ? adEv(o)[3] : adEv(o)[2])
const adFee = (o) => Math.round(adPrice(o) * 0.1 * 100) / 100
const adShipWay = (o) => row(['print@home', 'print@home', 'Postversand', 'Hinterlegung Abendkasse', 'print@home', 'Mobile Ticket'], n(o) % 6)
const adShip = (o) => (adShipWay(o) === 'Postversand' ? 4.9 : 0)
const adChan = (o) => row(['Online', 'Online', 'Vorverkaufsstelle', 'Online', 'Abendkasse', 'Online'], n(o) % 6)
const adSt = (o) => (n(o) % 13 === 6 ? 'storniert' : 'bezahlt')
const adAt = (o) => open(adEv(o)[1] - (2 + n(o) % 40) * day + (n(o) % 600) * 60000, 8, 15)
const adTotal = (o) => (adPrice(o) + adFee(o) + 1.5) * o.qty + adShip(o)

// ---------------------------------------------------------------- 3. payolution transactions (de-AT, E)
// a Graz online furniture shop selling on invoice and instalments
const PO_ITEMS = [1249, 389.9, 2199, 649, 159.95, 899, 74.5]
const poAmt = (o) => row(PO_ITEMS, n(o) % 7)
const poType = (o) => row(['PA', 'CP', 'CP', 'PA', 'RF', 'CP', 'RV', 'CP'], n(o) % 8)
const poPay = (o) => (poAmt(o) >= 600 && n(o) % 2 ? 'Ratenkauf' : n(o) % 9 === 4 ? 'B2B Rechnungskauf' : 'Rechnungskauf')
const poOk = (o) => n(o) % 10 !== 3
const poAt = (o) => open(o.at, 7, 16)
const poValue = (o) => (poType(o) === 'RF' ? Math.round(poAmt(o) * 0.4 * 100) / 100 : poAmt(o))

// ---------------------------------------------------------------- 4. FunnelCockpit contacts (de, P)
const fcSt = (c) => row(['bestätigt', 'bestätigt', 'unbestätigt', 'bestätigt', 'abgemeldet', 'bestätigt', 'bestätigt', 'gebounced'], n(c) % 8)
const fcSrc = (c) => row(['Funnel: Gratis Yoga-Guide', 'Funnel: Webinar Ausbildung 2025', 'Optin-Formular Blog', 'Funnel: Gratis Yoga-Guide', 'Import', 'Checkout: Online-Kurs Rücken'], n(c) % 6)
const fcBuyer = (c) => fcSrc(c).startsWith('Checkout')
const fcTags = (c) => row(['Lead, Yoga-Guide', 'Webinar-Anmeldung, Ausbildung-Interesse', '', 'Kunde, Online-Kurs', 'Lead', 'Webinar-Teilnehmer, Ausbildung-Interesse, Warteliste'], n(c) % 6)
const fcIp = (c) => { const r = seeded(c, 'fcip'); return `${v.int(r, 77, 95)}.${v.int(r, 0, 255)}.${v.int(r, 0, 255)}.${v.int(r, 1, 254)}` }

// ---------------------------------------------------------------- 5. Innocard card holders (de-CH, P)
// an eastern Swiss garden-centre chain: [Filiale]
const IC_SHOPS = ['Gartencenter Wil', 'Gartencenter St. Gallen', 'Gartencenter Frauenfeld', 'Onlineshop']
const icTier = (c) => (n(c) % 5 === 0 ? 'Gold' : 'Standard')
const icSt = (c) => row(['aktiv', 'aktiv', 'aktiv', 'gesperrt', 'aktiv', 'aktiv', 'ersetzt'], n(c) % 7)
const icPts = (c) => (n(c) * 37) % 4800
const icRed = (c) => ((n(c) * 11) % 30) * 100
const icLang = (c) => row(['D', 'D', 'D', 'D', 'F', 'D', 'I'], n(c) % 7)

// ---------------------------------------------------------------- 6. Samdock persons (de, B)
// a Bonn IT-Systemhaus' contacts: [Organisation, domain, Straße, PLZ, Ort, Telefon-Vorwahl]
const SD_ORGS = [['Rheinland Steuerberatung Partnerschaft mbB', 'rheinland-stb.de', 'Adenauerallee 114', '53113', 'Bonn', '0228 9'], ['Kieferorthopädie am Markt Dr. Lenz', 'kfo-lenz.de', 'Markt 3', '53721', 'Siegburg', '02241 5'], ['Elektro Bauer GmbH & Co. KG', 'elektro-bauer-troisdorf.de', 'Industriestraße 27', '53842', 'Troisdorf', '02241 8'], ['Siebengebirgs-Apotheke OHG', 'siebengebirgs-apotheke.de', 'Hauptstraße 61', '53639', 'Königswinter', '02223 2'], ['Kanzlei Weiß & Kollegen', 'weiss-kollegen.de', 'Koblenzer Straße 44', '53173', 'Bonn', '0228 3'], ['Bäckerei Kessel GmbH', 'baeckerei-kessel.de', 'Bahnhofstraße 9', '53332', 'Bornheim', '02222 6']]
const sdOrg = (c) => row(SD_ORGS, n(c) >> 1)
const SD_ROLE = [['Geschäftsführer', 'Geschäftsführung'], ['Praxismanagerin', 'Verwaltung'], ['IT-Verantwortlicher', 'IT'], ['Inhaberin', 'Geschäftsführung'], ['Büroleitung', 'Verwaltung'], ['Leiter Buchhaltung', 'Finanzen']]
const sdRole = (c) => row(SD_ROLE, n(c) % 6)
const sdMail = (c) => `${slugOf(c.first)}.${slugOf(c.last)}@${sdOrg(c)[1]}`

// ---------------------------------------------------------------- 7. work4all customer contact persons (de, B)
// a Kiel plumbing/heating wholesaler's installer customers: [Firma 1, Firma 2, Straße, PLZ, Ort, Vorwahl, Branche]
const W4_FIRMS = [['Haustechnik Petersen GmbH', 'Sanitär · Heizung · Klima', 'Eckernförder Straße 219', '24119', 'Kronshagen', '0431', 'SHK-Handwerk', 'petersen-haustechnik.de'], ['Jensen Bad & Wärme', 'Inh. Sönke Jensen', 'Hauptstraße 12', '24782', 'Büdelsdorf', '04331', 'SHK-Handwerk', 'jensen-bad.de'], ['Nordwärme Energietechnik GmbH', '', 'Gutenbergstraße 4', '24558', 'Henstedt-Ulzburg', '04193', 'Heizungsbau', 'nordwaerme.de'], ['Möller Sanitär OHG', '', 'Am Markt 7', '24534', 'Neumünster', '04321', 'SHK-Handwerk', 'moeller-sanitaer.de'], ['Gebäudetechnik Holstein GmbH & Co. KG', 'Niederlassung Lübeck', 'Geniner Straße 80', '23560', 'Lübeck', '0451', 'Gebäudetechnik', 'gt-holstein.de'], ['Wohnungsbaugenossenschaft Förde eG', 'Technik', 'Holtenauer Straße 120', '24105', 'Kiel', '0431', 'Wohnungswirtschaft', 'wbg-foerde.de']]
const w4Firm = (c) => row(W4_FIRMS, n(c) >> 1)
const W4_ROLE = [['Geschäftsführer', 'Geschäftsleitung'], ['Meister Heizungsbau', 'Technik'], ['Einkauf', 'Einkauf'], ['Büro / Disposition', 'Verwaltung'], ['Kundendienstleiter', 'Kundendienst'], ['Technischer Leiter', 'Technik']]
const w4Role = (c) => row(W4_ROLE, n(c) % 6)
const w4Mail = (c) => `${slugOf(c.first)[0]}.${slugOf(c.last)}@${w4Firm(c)[7]}`

// ---------------------------------------------------------------- 8. ChannelDock order lines (nl, E)
// a Utrecht plant-pot seller on bol.com, Amazon.nl and its own Shopify: [SKU, EAN, Productnaam, Prijs]
const CD_ITEMS = [['POT-TERRA-14', '8721056430147', 'Terracotta bloempot Ø14 cm – set van 3', 17.95], ['POT-BETON-30', '8721056430307', 'Betonlook plantenbak 30 cm antraciet', 34.99], ['HANG-MACR-2', '8721056430529', 'Macramé plantenhanger 2 stuks naturel', 12.49], ['SPUIT-500', '8721056430611', 'Plantenspuit glas 500 ml mat zwart', 14.95], ['KORREL-5L', '8721056430758', 'Hydrokorrels 5 liter', 9.99], ['POT-MANDE-L', '8721056430826', 'Zeegras mand met binnenpot large', 29.95]]
const cdIt = (o, i) => row(CD_ITEMS, i + n(o))
const cdChan = (o) => row(['bol.com', 'bol.com', 'Shopify', 'bol.com', 'Amazon.nl', 'bol.com', 'Shopify'], n(o) % 7)
const cdLvb = (o) => cdChan(o) === 'bol.com' && n(o) % 4 === 0
const cdSt = (o) => row(['Verzonden', 'Verzonden', 'Open', 'Verzonden', 'Geannuleerd', 'Verzonden', 'In behandeling'], n(o) % 7)
const cdShipWay = (o) => (cdLvb(o) ? 'Verzenden via bol.com (VVB)' : row(['PostNL Brievenbuspakje', 'PostNL Pakket', 'DHL Parcel', 'PostNL Pakket'], n(o) % 4))
const cdBE = (c) => n(c) % 6 === 5
const BE_PLACES = [['Antwerpen', '2018'], ['Gent', '9000'], ['Leuven', '3000'], ['Hasselt', '3500']]
const cdAt = (o) => open(o.at, 6, 17)

// ---------------------------------------------------------------- 9. Stager orders (nl, E)
// a Groningen pop venue: [Evenement, datum (UTC ms), zaal, regulier, student/CJP]
const ST_EVENTS = [['Kensington Tribute Night', Date.UTC(2024, 9, 12, 18, 30), 'Grote zaal', 23.5, 19.5], ['Noorderslag Warm-up: Nieuwe Lichting', Date.UTC(2024, 9, 18, 19, 0), 'Kleine zaal', 12.5, 9.5], ['Stand-up comedy: Try-out avond', Date.UTC(2024, 9, 24, 19, 0), 'Kleine zaal', 15, 12], ['80s & 90s Dansavond', Date.UTC(2024, 9, 26, 20, 0), 'Grote zaal', 16, 13], ['Singer-songwriter sessie', Date.UTC(2024, 10, 2, 19, 30), 'Foyer', 10, 8]]
const stEv = (o) => row(ST_EVENTS, n(o) % 5)
const stType = (o) => row(['Regulier', 'Regulier', 'Student / CJP', 'Regulier', 'Vriendenkaart', 'Regulier'], n(o) % 6)
const stPrice = (o) => (stType(o) === 'Regulier' ? stEv(o)[3] : stType(o) === 'Vriendenkaart' ? 0 : stEv(o)[4])
const stChan = (o) => row(['Online', 'Online', 'Kassa', 'Online', 'Online', 'Telefonisch'], n(o) % 6)
const stFee = (o) => (stChan(o) === 'Online' && stPrice(o) > 0 ? 1.75 : 0)
const stPay = (o) => (stChan(o) === 'Kassa' ? row(['Pin', 'Contant'], n(o)) : stPrice(o) === 0 ? 'Vriendenkaart' : row(['iDEAL', 'iDEAL', 'Creditcard', 'Bancontact', 'iDEAL'], n(o) % 5))
const stAt = (o) => open(stEv(o)[1] - (1 + n(o) % 50) * day + (n(o) % 700) * 60000, 8, 15)
const stSt = (o) => (n(o) % 12 === 7 ? 'Geannuleerd' : 'Betaald')

// ---------------------------------------------------------------- 10. Billink orders (nl, E)
// a Nijmegen fishing-tackle webshop
const bkAmt = (o) => Math.round(o.total * 1.4 * 100) / 100
const bkBiz = (o) => n(o) % 7 === 3
const bkFlow = (o) => (bkBiz(o) ? 'Zakelijk achteraf betalen (30 dagen)' : n(o) % 5 === 2 && bkAmt(o) > 150 ? 'Gespreid betalen (3 termijnen)' : 'Achteraf betalen (14 dagen)')
const bkSt = (o) => row(['Betaald', 'Betaald', 'Openstaand', 'Betaald', 'Herinnering verstuurd', 'Afgewezen', 'Betaald', 'Incasso', 'Gecrediteerd'], n(o) % 9)
const bkAt = (o) => open(o.at, 7, 16)
const bkTerm = (o) => (bkBiz(o) ? 30 : 14)
const bkCredit = (o) => (bkSt(o) === 'Gecrediteerd' ? bkAmt(o) : n(o) % 6 === 1 ? Math.round(bkAmt(o) * 0.25 * 100) / 100 : 0)
const BK_FIRMS = [['Hengelsportvereniging De Snoekbaars', '40123456'], ['Visvijver Het Broek V.O.F.', '09187654'], ['Karperclub Maas & Waal', '52876543']]

// ---------------------------------------------------------------- 11. Reeleezee relations (nl, P)
// a Haarlem piano tuner who also teaches: mostly private customers, a few schools and churches
const RZ_ORGS = ['Muziekschool Kennemerland', 'Protestantse Gemeente Bloemendaal', 'Stichting Het Patronaat']
const rzOrg = (c) => (n(c) % 7 === 2 ? RZ_ORGS[n(c) % 3] : '')
const rzPost = (c) => n(c) % 9 === 4
const NL_PLACES = [['Haarlem', '2011 CK'], ['Heemstede', '2101 AB'], ['Bloemendaal', '2061 CD'], ['Zandvoort', '2041 JG'], ['Santpoort-Noord', '2071 KL'], ['Velsen-Zuid', '1981 AB'], ['Haarlem', '2023 BT']]
const rzPlace = (c) => row(NL_PLACES, n(c) % 7)

// ---------------------------------------------------------------- 12. WebinarGeek registrants (nl, B)
// a Utrecht absence-management SaaS running a webinar for HR people: [Bedrijfsnaam, domain, Plaats, medewerkers]
const WG_FIRMS = [['Zorggroep Rivierenland', 'zorggroeprivierenland.nl', 'Tiel', '1000+'], ['Van Wijk Installatietechniek B.V.', 'vanwijk-installatie.nl', 'Amersfoort', '51-200'], ['Gemeente Houten', 'houten.nl', 'Houten', '201-500'], ['De Groot Transport & Logistiek', 'degroot-logistiek.nl', 'Nieuwegein', '201-500'], ['Kinderopvang Zonnestraal', 'kinderopvangzonnestraal.nl', 'Zeist', '51-200'], ['Brouwer Accountants', 'brouweraccountants.nl', 'Utrecht', '11-50'], ['Bakkerij Verhoef B.V.', 'bakkerijverhoef.be', 'Antwerpen', '51-200']]
const wgFirm = (c) => row(WG_FIRMS, n(c) >> 1)
const wgRole = (c) => row(['HR-manager', 'HR-adviseur', 'Verzuimcoördinator', 'Office manager', 'Directeur', 'Teamleider HR & Salaris', 'P&O-adviseur'], n(c) % 7)
const wgLive = (c) => n(c) % 5 !== 2
const wgMins = (c) => (wgLive(c) ? 8 + (n(c) * 7) % 48 : 0)
const WG_AT = Date.UTC(2024, 9, 10, 8, 0)
const wgMail = (c) => (n(c) % 6 === 4 ? c.email : `${slugOf(c.first)}.${slugOf(tv(c)[1])}@${wgFirm(c)[1]}`)

export const SETS = [
  // ---------------------------------------------------------------- Germany: crowdfunding supporters
  { name: 'startnext-unterstuetzer-export-de', product: 'Startnext (Projekt-Dashboard > Unterstützer*innen > Export als CSV, one row per supporter with the chosen Dankeschön, German UI, a Leipzig coffee roastery crowdfunding a drum roaster, CET, EUR)', family: 'ecommerce-orders', language: 'de', schema: E, cols: [
    ['Unterstützungs-ID', (c, o) => String(3100000 + (n(o) * 37) % 900000), [OR('purchaseID')]],
    ['Datum', (c, o) => deT(snAt(o)), ['timestamp', OR('createdDate')]],
    ['Benutzername', (c) => (n(c) % 4 === 1 ? '' : `${slugOf(c.first)}${slugOf(c.last).slice(0, 4)}${n(c) % 90}`), CUST_ID, opt],
    ['Vorname', (c) => c.first, []],
    ['Nachname', (c) => c.last, []],
    ['E-Mail', (c) => c.email, EMAIL_ID],
    ['Anonym', (c) => (n(c) % 6 === 2 ? 'ja' : 'nein'), []],
    ['Dankeschön-ID', (c, o) => (snRw(o)[0] ? String(snRw(o)[0]) : ''), [PL('SKU'), PL('_id')], opt],
    ['Dankeschön', (c, o) => snRw(o)[1], [PL('name')]],
    ['Anzahl', (c, o) => String(snQty(o)), [PL('quantity')]],
    ['Dankeschön-Betrag', (c, o) => dec(snRw(o)[2] * snQty(o)), [PL('priceTotal')]],
    ['Zusätzliche Unterstützung', (c, o) => dec(snFree(o)), []],
    ['Versandkosten', (c, o) => dec(snShip(o)), ['commerce.shipping.shippingAmount']],
    ['Gesamtbetrag', (c, o) => dec(snSum(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Währung', () => 'EUR', [OR('currencyCode'), OR('payments[0].currencyCode'), PL('currencyCode')], opt],
    ['Zahlungsart', (c, o) => snPay(o), [OR('payments[0].paymentType')]],
    ['Zahlungsstatus', (c, o) => snSt(o), []],
    ['Firma', (c) => (n(c) % 9 === 4 ? row(['Café Kanal 28 GmbH', 'Buchhandlung Plagwitz', 'Agentur Westwerk UG'], n(c)) : ''), [], opt],
    ['Straße und Hausnummer', (c, o) => (snRw(o)[3] ? c.street : ''), [SHIP('street1')]],
    ['Adresszusatz', (c, o) => (snRw(o)[3] && n(c) % 5 === 3 ? row(['Hinterhaus', 'c/o Büro', '3. OG links'], n(c)) : ''), [SHIP('street2')], opt],
    ['PLZ', (c, o) => (snRw(o)[3] ? c.postcode : ''), [SHIP('postalCode')]],
    ['Ort', (c, o) => (snRw(o)[3] ? c.city : ''), [SHIP('city')]],
    ['Land', (c, o) => (snRw(o)[3] ? 'Deutschland' : ''), [SHIP('country')]],
    ['Newsletter-Einwilligung', (c) => (c.bool ? 'ja' : 'nein'), []],
    ['Nachricht an das Projekt', (c, o) => row(['', '', 'Viel Erfolg! Freu mich auf den ersten Espresso.', '', 'Endlich eine Rösterei in Plagwitz!', '', 'Grüße aus Connewitz'], n(o) % 7), []],
  ] },
  // ---------------------------------------------------------------- Germany: ticket seller organiser orders
  { name: 'adticket-veranstalter-bestellungen-de', product: 'ADticket (Veranstalter-Backend: Auswertungen > Bestellungen > Export Excel/CSV, one row per order and price category, German UI, a Münster cabaret and jazz cellar, CET, EUR)', family: 'ticketing', language: 'de', schema: E, cols: [
    ['Bestellnummer', (c, o) => `AD${ymd(cet(adAt(o)), '').slice(2)}-${pad((n(o) * 7919) % 1000000, 6)}`, [OR('purchaseID')]],
    ['Bestelldatum', (c, o) => deT(adAt(o)), ['timestamp', OR('createdDate')]],
    ['Status', (c, o) => adSt(o), []],
    ['Veranstaltung', (c, o) => adEv(o)[0], [PL('name')]],
    ['Veranstaltungs-ID', (c, o) => String(560210 + (n(o) % 5) * 17), [PL('SKU'), PL('_id')], opt],
    ['Datum der Veranstaltung', (c, o) => deT(adEv(o)[1]), [], opt],
    ['Spielstätte', () => 'Kleines Haus am Hafen, Münster', [], opt],
    ['Preiskategorie', (c, o) => (n(o) % 3 === 0 ? 'Kat. 1 (Reihe 1–6)' : 'Kat. 2 (Reihe 7–14)'), [PL('selectedOptions[0].value')], opt],
    ['Ermäßigung', (c, o) => (adRed(o) ? 'Schüler/Studenten/Azubis' : 'Normalpreis'), [PL('selectedOptions[0].value')], opt],
    ['Reihe/Platz', (c, o) => (adEv(o)[0].startsWith('Jazz') ? 'freie Platzwahl' : `Reihe ${1 + n(o) % 14}, Platz ${1 + (n(o) * 3) % 22}${o.qty > 1 ? `–${1 + (n(o) * 3) % 22 + o.qty - 1}` : ''}`), []],
    ['Anzahl', (c, o) => String(o.qty), [PL('quantity')]],
    ['Einzelpreis', (c, o) => dec(adPrice(o)), [], opt],
    ['Vorverkaufsgebühr', (c, o) => dec(adFee(o) * o.qty), []],
    ['Systemgebühr', (c, o) => dec(1.5 * o.qty), []],
    ['Versandart', (c, o) => adShipWay(o), ['commerce.shipping.shippingMethod']],
    ['Versandkosten', (c, o) => dec(adShip(o)), ['commerce.shipping.shippingAmount']],
    ['Gesamtbetrag', (c, o) => dec(adTotal(o)), [OR('priceTotal')]],
    ['Zahlart', (c, o) => (adChan(o) === 'Abendkasse' ? 'Bar' : row(['PayPal', 'Kreditkarte', 'Sofortüberweisung', 'Lastschrift', 'PayPal'], n(o) % 5)), [OR('payments[0].paymentType')]],
    ['Vertriebsweg', (c, o) => adChan(o), [], opt],
    ['Vorverkaufsstelle', (c, o) => (adChan(o) === 'Vorverkaufsstelle' ? row(['Münster Marketing – Ticketshop', 'Tickethaus Aegidiimarkt'], n(o)) : ''), [], opt],
    ['Gutscheincode', (c, o) => (o.coupon ? 'WINTER10' : ''), ['commerce.promotionID'], opt],
    ['Anrede', (c) => (fem(c) ? 'Frau' : 'Herr'), []],
    ['Vorname', (c) => c.first, []],
    ['Nachname', (c) => c.last, []],
    ['Straße', (c) => c.street, [BILL('street1'), SHIP('street1')]],
    ['PLZ', (c) => c.postcode, [BILL('postalCode'), SHIP('postalCode')]],
    ['Ort', (c) => c.city, [BILL('city'), SHIP('city')]],
    ['Land', () => 'DE', [BILL('countryCode'), SHIP('countryCode')]],
    ['E-Mail', (c) => c.email, EMAIL_ID],
    ['Telefon', (c) => (n(c) % 3 === 0 ? '' : c.mobile), PHONE_ID, opt],
    ['Storniert am', (c, o) => (adSt(o) === 'storniert' ? deT(adAt(o) + 3 * day) : ''), [OR('cancelDate')], opt],
  ] },
  // ---------------------------------------------------------------- Austria: invoice/instalment payment provider
  { name: 'payolution-haendlerportal-transaktionen-at', product: 'payolution (Händlerportal: Transaktionen > Suche > CSV-Export, one row per payment transaction (PA/CP/RF/RV) of invoice and instalment purchases, German UI, a Graz online furniture shop, CET, EUR)', family: 'payments', language: 'de', schema: E, cols: [
    ['Unique-ID', (c, o, r) => v.hex(r, 32), [OR('payments[0].transactionID')]],
    ['Short-ID', (c, o) => `${4000 + n(o) % 999}.${pad((n(o) * 31) % 10000, 4)}.${pad((n(o) * 97) % 10000, 4)}`, [], opt],
    ['Transaktionsdatum', (c, o) => isoT(poAt(o)), ['timestamp']],
    ['Transaktionstyp', (c, o) => poType(o), ['eventType'], opt],
    ['Referenz-ID', (c, o, r) => (poType(o) === 'PA' ? '' : v.hex(r, 32)), [], opt],
    ['Bestellnummer', (c, o) => `MG-${2024000 + n(o) % 90000}`, [OR('purchaseID')]],
    ['Zahlart', (c, o) => poPay(o), [OR('payments[0].paymentType')]],
    ['Anzahl Raten', (c, o) => (poPay(o) === 'Ratenkauf' ? String(row([6, 12, 24, 36], n(o))) : ''), []],
    ['Betrag', (c, o) => poValue(o).toFixed(2), [OR('payments[0].paymentAmount')]],
    ['Währung', () => 'EUR', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Ergebnis', (c, o) => (poOk(o) ? 'ACK' : 'NOK'), []],
    ['Rückgabecode', (c, o) => (poOk(o) ? '000.000.000' : row(['800.400.150', '100.400.311', '800.100.171'], n(o))), []],
    ['Rückgabetext', (c, o) => (poOk(o) ? 'Transaction succeeded' : row(['Abgelehnt durch Risikoprüfung', 'Adresse nicht verifizierbar', 'Transaktion abgelehnt'], n(o))), []],
    ['Kanal', () => '8a82941850bb6c4a0150c0c7b5f61c3e', [], opt],
    ['Vorname', (c) => c.first, []],
    ['Nachname', (c) => c.last, []],
    ['Firma', (c, o) => (poPay(o).startsWith('B2B') ? row(['Tischlerei Hofer GmbH', 'Ordination Dr. Leitner', 'Café Annenhof OG'], n(o)) : ''), []],
    ['Geburtsdatum', (c, o) => (poPay(o).startsWith('B2B') ? '' : ymd(v.parts(c.birth))), []],
    ['E-Mail', (c) => c.email.replace(/@.*/, row(['@gmx.at', '@aon.at', '@gmail.com', '@a1.net'], n(c))), EMAIL_ID],
    ['Telefon', (c) => atMobile(c), PHONE_ID, opt],
    ['Straße', (c) => `${at_(c)[3]} ${1 + n(c) % 140}${n(c) % 4 === 1 ? `/${1 + n(c) % 9}` : ''}`, [BILL('street1')]],
    ['PLZ', (c) => at_(c)[2], [BILL('postalCode')]],
    ['Ort', (c) => at_(c)[0], [BILL('city')]],
    ['Land', () => 'AT', [BILL('countryCode')]],
    ['IP-Adresse', (c, o, r) => `${v.int(r, 80, 195)}.${v.int(r, 0, 255)}.${v.int(r, 0, 255)}.${v.int(r, 1, 254)}`, ['environment.ipV4']],
  ] },
  // ---------------------------------------------------------------- Germany: funnel builder e-mail contacts
  { name: 'funnelcockpit-kontakte-export-de', product: 'FunnelCockpit (E-Mail-Marketing > Kontakte > Exportieren, one row per contact, German UI, a Munich yoga teacher-training coach\'s leads and customers)', family: 'email', language: 'de', schema: P, cols: [
    ['ID', (c, o, r) => v.hex(r, 24), ['_id', 'personID'], opt],
    ['E-Mail', (c) => c.email, ['personalEmail.address']],
    ['Anrede', (c) => (n(c) % 5 === 3 ? '' : fem(c) ? 'Frau' : 'Herr'), ['person.name.courtesyTitle', 'person.gender']],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => (n(c) % 4 === 2 ? '' : c.last), ['person.name.lastName']],
    ['Telefon', (c) => (fcBuyer(c) || n(c) % 3 === 0 ? c.mobile : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Geburtstag', (c) => (n(c) % 3 === 1 ? bday(c) : ''), ['person.birthDate']],
    ['Straße', (c) => (fcBuyer(c) ? c.street : ''), at(HOME, 'street1')],
    ['PLZ', (c) => (fcBuyer(c) ? c.postcode : ''), at(HOME, 'postalCode')],
    ['Ort', (c) => (fcBuyer(c) ? c.city : ''), at(HOME, 'city')],
    ['Land', (c) => (fcBuyer(c) ? 'Deutschland' : ''), at(HOME, 'country')],
    ['Firma', (c) => (n(c) % 10 === 7 ? 'Yogastudio Atemraum' : ''), ['organizations[0]'], opt],
    ['Status', (c) => fcSt(c), [], opt],
    ['Eingetragen am', (c) => deTs(c.created), [], opt],
    ['Double-Opt-In bestätigt am', (c) => (fcSt(c) === 'unbestätigt' ? '' : deTs(c.created + (3 + n(c) % 600) * 60000)), [], opt],
    ['Opt-In IP', (c) => fcIp(c), []],
    ['Abgemeldet am', (c) => (fcSt(c) === 'abgemeldet' ? deTs(later(c)) : ''), [], opt],
    ['Quelle', (c) => fcSrc(c), []],
    ['Tags', (c) => fcTags(c), []],
    ['Letzte Öffnung', (c) => (fcSt(c) === 'bestätigt' ? deTs(later(c)) : ''), [], opt],
    ['Letzter Klick', (c) => (fcSt(c) === 'bestätigt' && n(c) % 2 ? deTs(later(c) + 40000) : ''), [], opt],
    ['Umsatz', (c) => (fcBuyer(c) ? dec(row([197, 394, 49], n(c))) : '0,00'), [], opt],
  ] },
  // ---------------------------------------------------------------- Switzerland: customer-card holders
  { name: 'innocard-karteninhaber-export-ch', product: 'Innocard (Innocard Portal: Kundenkarten > Karteninhaber > Export, one row per customer card and holder, German (Swiss) UI, an eastern Swiss garden-centre chain\'s bonus card, CHF)', family: 'loyalty', language: 'de', schema: P, cols: [
    ['Kartennummer', (c) => `6048 3712 ${pad((n(c) * 13) % 10000, 4)} ${pad((n(c) * 7) % 10000, 4)}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['Kartentyp', (c) => `Bonuskarte ${icTier(c)}`, ['loyalty.tier', 'loyalty.cardsDetails[0].series'], opt],
    ['Kartenstatus', (c) => icSt(c), ['loyalty.cardsDetails[0].status', 'loyalty.status'], opt],
    ['Ausgabedatum', (c) => deD(c.created), ['loyalty.joinDate']],
    ['Ausgabestelle', (c) => row(IC_SHOPS, n(c) % 4), []],
    ['Kunden-Nr.', (c) => String(200000 + n(c) % 100000), ['_id', 'personID'], opt],
    ['Anrede', (c) => (fem(c) ? 'Frau' : 'Herr'), ['person.name.courtesyTitle', 'person.gender']],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Firma', (c) => (n(c) % 11 === 3 ? 'Gärtnerei Zellweger AG' : ''), ['organizations[0]'], opt],
    ['Strasse', (c) => `${ch_(c)[3]} ${chNo(c)}`, at(HOME, 'street1')],
    ['PLZ', (c) => ch_(c)[2], at(HOME, 'postalCode')],
    ['Ort', (c) => ch_(c)[0], at(HOME, 'city')],
    ['Kanton', (c) => ch_(c)[1], STATE(HOME)],
    ['Land', () => 'CH', at(HOME, 'countryCode')],
    ['Sprache', (c) => icLang(c), [], opt],
    ['Telefon', (c) => (n(c) % 3 === 0 ? `+41 ${ch_(c)[4]} ${300 + n(c) % 600} ${pad(n(c) % 100)} ${pad((n(c) * 7) % 100)}` : ''), ['homePhone.number']],
    ['Mobile', (c) => `07${row([9, 8, 6, 7], n(c))} ${100 + (n(c) * 3) % 900} ${pad(n(c) % 100)} ${pad((n(c) * 11) % 100)}`, ['mobilePhone.number']],
    ['E-Mail', (c) => (n(c) % 5 === 4 ? '' : c.email.replace(/@.*/, row(['@bluewin.ch', '@gmx.ch', '@gmail.com', '@hispeed.ch'], n(c)))), ['personalEmail.address']],
    ['Geburtsdatum', (c) => (n(c) % 4 === 3 ? '' : bday(c)), ['person.birthDate']],
    ['Punktestand', (c) => String(icPts(c)), ['loyalty.points']],
    ['Punkte gesammelt total', (c) => String(icPts(c) + icRed(c) + (n(c) % 9) * 250), ['loyalty.lifetimePoints']],
    ['Punkte eingelöst', (c) => String(icRed(c)), ['loyalty.pointsRedeemed']],
    ['Umsatz total CHF', (c) => (((icPts(c) + icRed(c)) / 2) + (n(c) % 100) / 20).toFixed(2), ['loyalty.lifetimePurchases'], opt],
    ['Letzter Einkauf', (c) => deD(later(c)), [], opt],
    ['Newsletter', (c) => (c.bool ? 'Ja' : 'Nein'), [], opt],
  ] },
  // ---------------------------------------------------------------- Germany: small-business CRM persons
  { name: 'samdock-personen-export-de', product: 'Samdock (Kontakte > Personen > Exportieren (CSV), one row per contact person with the linked organisation, German UI, a Bonn IT service company\'s customers and prospects)', family: 'crm', language: 'de', schema: B, cols: [
    ['ID', (c, o, r) => v.uuid(r), B2BID, opt],
    ['Anrede', (c) => (fem(c) ? 'Frau' : 'Herr'), ['person.name.courtesyTitle', 'person.gender']],
    ['Titel', (c) => (n(c) % 6 === 1 ? 'Dr.' : ''), ['person.name.courtesyTitle'], opt],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Position', (c) => sdRole(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Abteilung', (c) => sdRole(c)[1], ['extendedWorkDetails.departments[0]']],
    ['Organisation', (c) => sdOrg(c)[0], CO],
    ['E-Mail', (c) => sdMail(c), ['workEmail.address']],
    ['Telefon', (c) => `${sdOrg(c)[5]}${pad((n(c) * 37) % 100000, 5)}`, ['workPhone.number']],
    ['Mobil', (c) => (n(c) % 3 === 2 ? '' : c.mobile), ['mobilePhone.number']],
    ['Straße', (c) => sdOrg(c)[2], [W('street1')]],
    ['PLZ', (c) => sdOrg(c)[3], [W('postalCode')]],
    ['Ort', (c) => sdOrg(c)[4], [W('city')]],
    ['Land', () => 'Deutschland', [W('country')]],
    ['Webseite', (c) => `https://www.${sdOrg(c)[1]}`, ['b2b.companyWebsite']],
    ['LinkedIn', (c) => (n(c) % 4 === 0 ? `https://www.linkedin.com/in/${slugOf(c.first)}-${slugOf(c.last)}-${v.hex(seeded(c, 'li'), 6)}` : ''), []],
    ['Geburtstag', (c) => (n(c) % 5 === 0 ? bday(c) : ''), ['person.birthDate'], opt],
    ['Status', (c) => row(['Kunde', 'Lead', 'Kunde', 'Interessent', 'ehemaliger Kunde'], n(c) % 5), ['b2b.personStatus', 'b2b.personType'], opt],
    ['Quelle', (c) => row(['Empfehlung', 'Website-Formular', 'Messe Bonn IT-Tag', 'Kaltakquise', 'Empfehlung'], n(c) % 5), ['b2b.personSource'], opt],
    ['Tags', (c) => row(['Microsoft 365', 'Wartungsvertrag, Backup', '', 'Telefonanlage', 'DATEV-Arbeitsplatz'], n(c) % 5), []],
    ['Verantwortlich', (c) => row(['Tobias Krämer', 'Nina Albers'], n(c)), []],
    ['Erstellt am', (c) => deT(c.created), ['extSourceSystemAudit.createdDate']],
    ['Zuletzt geändert', (c) => deT(later(c)), ['extSourceSystemAudit.lastUpdatedDate']],
    ['Notiz', (c) => row(['', 'Rückruf wegen Firewall-Angebot', '', 'Vertrag läuft 31.03. aus', ''], n(c) % 5), []],
  ] },
  // ---------------------------------------------------------------- Germany: ERP customer contact persons
  { name: 'work4all-kunden-ansprechpartner-de', product: 'work4all (Kunden > Ansprechpartner > Liste exportieren nach Excel, one row per contact person of a customer, German UI, a Kiel plumbing and heating wholesaler\'s installer customers)', family: 'erp', language: 'de', schema: B, cols: [
    ['Kunden-Nr.', (c) => String(10000 + ((n(c) >> 1) % 6) * 137), ACCT],
    ['Firma 1', (c) => w4Firm(c)[0], CO],
    ['Firma 2', (c) => w4Firm(c)[1], [], opt],
    ['AP-Nr.', (c) => String(1 + n(c) % 4), B2BID, opt],
    ['Anrede', (c) => (fem(c) ? 'Frau' : 'Herr'), ['person.name.courtesyTitle', 'person.gender']],
    ['Titel', (c) => (n(c) % 9 === 2 ? 'Dipl.-Ing.' : ''), ['person.name.courtesyTitle'], opt],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Name', (c) => c.last, ['person.name.lastName']],
    ['Briefanrede', (c) => (fem(c) ? `Sehr geehrte Frau ${c.last}` : `Sehr geehrter Herr ${c.last}`), []],
    ['Funktion', (c) => w4Role(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Abteilung', (c) => w4Role(c)[1], ['extendedWorkDetails.departments[0]']],
    ['Telefon', (c) => `${w4Firm(c)[5]} ${pad((n(c) * 71) % 1000000, 6)}${n(c) % 3 === 0 ? '-' + (10 + n(c) % 40) : ''}`, ['workPhone.number']],
    ['Mobil', (c) => (n(c) % 3 === 1 ? '' : c.mobile.replace('+49 ', '0')), ['mobilePhone.number']],
    ['Telefax', (c) => (n(c) % 2 ? `${w4Firm(c)[5]} ${pad((n(c) * 71) % 1000000, 6)}-99` : ''), ['faxPhone.number']],
    ['E-Mail', (c) => w4Mail(c), ['workEmail.address']],
    ['Straße', (c) => w4Firm(c)[2], [W('street1')]],
    ['PLZ', (c) => w4Firm(c)[3], [W('postalCode')]],
    ['Ort', (c) => w4Firm(c)[4], [W('city')]],
    ['Land', () => 'D', [W('countryCode')], opt],
    ['Geburtsdatum', (c) => (n(c) % 4 === 0 ? bday(c) : ''), ['person.birthDate']],
    ['Branche', (c) => w4Firm(c)[6], []],
    ['Kundengruppe', (c) => row(['A-Kunde', 'B-Kunde', 'A-Kunde', 'C-Kunde'], n(c) >> 1), []],
    ['Vertreter', (c) => row(['Hansen, Jörn', 'Thiessen, Maike'], n(c) >> 1), []],
    ['Newsletter', (c) => (c.bool ? 'Ja' : 'Nein'), [OPT_EMAIL], opt],
    ['Ausgeschieden', (c) => (n(c) % 13 === 5 ? 'Ja' : 'Nein'), [], opt],
    ['Angelegt am', (c) => deD(c.created), ['extSourceSystemAudit.createdDate']],
    ['Geändert am', (c) => deD(later(c)), ['extSourceSystemAudit.lastUpdatedDate']],
    ['Bemerkung', (c) => row(['', 'nur vormittags erreichbar', '', 'Rechnungen per E-Mail an Buchhaltung', ''], n(c) % 5), []],
  ] },
  // ---------------------------------------------------------------- Netherlands: marketplace order-management order lines
  { name: 'channeldock-bestellingen-export-nl', product: 'ChannelDock (Bestellingen > Exporteren naar CSV, one row per order line across bol.com, Amazon.nl and Shopify, Dutch UI, a Utrecht plant-pot seller, CET, EUR)', family: 'ecommerce-orders', language: 'nl', schema: E, cols: [
    ['Order ID', (c, o) => (cdChan(o) === 'bol.com' ? `A0${pad((n(o) * 104729) % 100000000, 8)}` : cdChan(o) === 'Amazon.nl' ? `40${n(o) % 8}-${pad((n(o) * 7919) % 10000000, 7)}-${pad((n(o) * 31) % 10000000, 7)}` : `#${1000 + n(o) % 9000}`), [OR('purchaseID')]],
    ['ChannelDock ID', (c, o) => String(8800000 + n(o) * 3), [], opt],
    ['Kanaal', (c, o) => cdChan(o), ['commerce.commerceScope.websiteCode', 'commerce.commerceScope.storeCode'], opt],
    ['Besteldatum', (c, o) => nlT(cdAt(o)), ['timestamp', OR('createdDate')]],
    ['Status', (c, o) => cdSt(o), []],
    ['Fulfilment', (c, o) => (cdLvb(o) ? 'Logistiek via bol.com' : 'Eigen magazijn'), [], opt],
    ['SKU', (c, o, r, i) => cdIt(o, i)[0], [PL('SKU')]],
    ['EAN', (c, o, r, i) => cdIt(o, i)[1], [PL('SKU'), PL('_id')], opt],
    ['Productnaam', (c, o, r, i) => cdIt(o, i)[2], [PL('name')]],
    ['Aantal', (c, o) => String(o.qty), [PL('quantity')]],
    ['Prijs per stuk', (c, o, r, i) => dec(cdIt(o, i)[3]), [], opt],
    ['Totaalprijs', (c, o, r, i) => dec(cdIt(o, i)[3] * o.qty), [PL('priceTotal')]],
    ['Commissie', (c, o, r, i) => (cdChan(o) === 'Shopify' ? '0,00' : dec(cdIt(o, i)[3] * o.qty * 0.15 + 0.99)), []],
    ['Verzendkosten', (c, o) => (cdChan(o) === 'Shopify' && n(o) % 3 === 0 ? '4,95' : '0,00'), ['commerce.shipping.shippingAmount']],
    ['Uiterste leverdatum', (c, o) => nlD(cdAt(o) + 2 * day), [], opt],
    ['Klantnaam', (c) => `${c.first} ${c.last}`, []],
    ['E-mail', (c, o) => (cdChan(o) === 'bol.com' ? `2${v.hex(seeded(c, 'bol'), 20)}@verkopen.bol.com` : c.email), EMAIL_ID],
    ['Telefoon', (c) => (n(c) % 3 === 0 ? '' : nlMob(c)), PHONE_ID, opt],
    ['Straat', (c) => nlStreet(c), [SHIP('street1')]],
    ['Huisnummer', (c) => nlNo(c), [SHIP('street1'), SHIP('street2')], opt],
    ['Toevoeging', (c) => nlAdd(c), [SHIP('street2')], opt],
    ['Postcode', (c) => (cdBE(c) ? row(BE_PLACES, n(c))[1] : c.postcode), [SHIP('postalCode')]],
    ['Plaats', (c) => (cdBE(c) ? row(BE_PLACES, n(c))[0] : c.city), [SHIP('city')]],
    ['Land', (c) => (cdBE(c) ? 'BE' : 'NL'), [SHIP('countryCode')]],
    ['Verzendmethode', (c, o) => cdShipWay(o), ['commerce.shipping.shippingMethod']],
    ['Track & Trace', (c, o) => (cdSt(o) !== 'Verzonden' ? '' : cdShipWay(o).startsWith('PostNL') ? `3S${row(['PLNT', 'BOLB'], n(o))}${pad((n(o) * 7919) % 100000000, 8)}` : cdLvb(o) ? '' : `JVGL${pad((n(o) * 104729) % 10000000000, 10)}`), ['commerce.shipping.trackingNumber']],
    ['Factuur bedrijfsnaam', (c) => (n(c) % 8 === 3 ? 'Bloemsierkunst De Linde' : ''), []],
  ] },
  // ---------------------------------------------------------------- Netherlands: venue ticketing orders
  { name: 'stager-bestellingen-export-nl', product: 'Stager (Stager backoffice: Rapportages > Bestellingen > Exporteer naar Excel, one row per order and ticket type, Dutch UI, a Groningen pop venue, CET, EUR)', family: 'ticketing', language: 'nl', schema: E, cols: [
    ['Bestelnummer', (c, o) => String(5100000 + (n(o) * 37) % 900000), [OR('purchaseID')]],
    ['Besteldatum', (c, o) => nlT(stAt(o)), ['timestamp', OR('createdDate')]],
    ['Status', (c, o) => stSt(o), []],
    ['Evenement', (c, o) => stEv(o)[0], [PL('name')]],
    ['Datum evenement', (c, o) => nlT(stEv(o)[1]), [], opt],
    ['Zaal', (c, o) => stEv(o)[2], [], opt],
    ['Tickettype', (c, o) => stType(o), [PL('selectedOptions[0].value')], opt],
    ['Aantal', (c, o) => String(o.qty), [PL('quantity')]],
    ['Prijs per ticket', (c, o) => dec(stPrice(o)), [], opt],
    ['Servicekosten', (c, o) => dec(stFee(o) * o.qty), []],
    ['Totaal', (c, o) => dec((stPrice(o) + stFee(o)) * o.qty), [OR('priceTotal')]],
    ['Betaalmethode', (c, o) => stPay(o), [OR('payments[0].paymentType')]],
    ['Verkoopkanaal', (c, o) => stChan(o), [], opt],
    ['Voornaam', (c, o) => (stChan(o) === 'Kassa' ? '' : c.first), []],
    ['Tussenvoegsel', (c, o) => (stChan(o) === 'Kassa' ? '' : tv(c)[0]), []],
    ['Achternaam', (c, o) => (stChan(o) === 'Kassa' ? '' : tv(c)[1]), []],
    ['E-mailadres', (c, o) => (stChan(o) === 'Kassa' ? '' : c.email), EMAIL_ID],
    ['Telefoonnummer', (c, o) => (stChan(o) === 'Online' && n(c) % 2 ? '' : stChan(o) === 'Kassa' ? '' : nlMob(c)), PHONE_ID, opt],
    ['Postcode', (c, o) => (stChan(o) === 'Kassa' ? '' : c.postcode.replace(' ', '')), [BILL('postalCode')], opt],
    ['Woonplaats', (c, o) => (stChan(o) === 'Kassa' ? '' : c.city), [BILL('city')], opt],
    ['Geboortedatum', (c, o) => (stType(o) === 'Student / CJP' ? bdayNl(c) : ''), []],
    ['Nieuwsbrief', (c) => (c.bool ? 'Ja' : 'Nee'), []],
    ['Kortingscode', (c, o) => (o.coupon ? 'VRIENDEN24' : ''), ['commerce.promotionID'], opt],
    ['Barcode', (c, o, r) => v.digits(r, 12), []],
    ['Gescand op', (c, o) => (stSt(o) === 'Betaald' && n(o) % 4 !== 0 ? nlT(stEv(o)[1] + (n(o) % 50) * 60000) : ''), [], opt],
  ] },
  // ---------------------------------------------------------------- Netherlands: pay-later provider orders
  { name: 'billink-portaal-orders-nl', product: 'Billink (Billink Portaal: Orders > Exporteren, one row per pay-later order, Dutch UI, a Nijmegen fishing-tackle webshop with Dutch and Flemish customers, CET, EUR)', family: 'payments', language: 'nl', schema: E, cols: [
    ['Billink ID', (c, o) => String(9200000 + (n(o) * 211) % 800000), [OR('payments[0].transactionID')]],
    ['Ordernummer', (c, o) => `HN${100000 + n(o) % 90000}`, [OR('purchaseID')]],
    ['Factuurnummer', (c, o) => `F${2024}${pad(n(o) % 100000, 5)}`, [], opt],
    ['Aangemaakt op', (c, o) => nlT(bkAt(o)), ['timestamp', OR('createdDate')]],
    ['Workflow', (c, o) => bkFlow(o), [OR('payments[0].paymentType')]],
    ['Klanttype', (c, o) => (bkBiz(o) ? 'Zakelijk' : 'Particulier'), [], opt],
    ['Bedrijfsnaam', (c, o) => (bkBiz(o) ? row(BK_FIRMS, n(o))[0] : ''), []],
    ['KvK-nummer', (c, o) => (bkBiz(o) ? row(BK_FIRMS, n(o))[1] : ''), []],
    ['Voornaam', (c) => c.first, []],
    ['Achternaam', (c) => c.last, []],
    ['Geboortedatum', (c, o) => (bkBiz(o) ? '' : bdayNl(c)), []],
    ['E-mailadres', (c) => c.email, EMAIL_ID],
    ['Telefoonnummer', (c) => nlMob(c), PHONE_ID, opt],
    ['Straat', (c) => (cdBE(c) ? 'Kortrijksesteenweg' : nlStreet(c)), [BILL('street1')]],
    ['Huisnummer', (c) => nlNo(c), [BILL('street1'), BILL('street2')], opt],
    ['Toevoeging', (c) => nlAdd(c), [BILL('street2')], opt],
    ['Postcode', (c) => (cdBE(c) ? row(BE_PLACES, n(c))[1] : c.postcode), [BILL('postalCode')]],
    ['Plaats', (c) => (cdBE(c) ? row(BE_PLACES, n(c))[0] : c.city), [BILL('city')]],
    ['Land', (c) => (cdBE(c) ? 'BE' : 'NL'), [BILL('countryCode')]],
    ['Orderbedrag', (c, o) => dec(bkAmt(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Gecrediteerd', (c, o) => dec(bkCredit(o)), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['Status', (c, o) => bkSt(o), []],
    ['Betaaltermijn (dagen)', (c, o) => String(bkTerm(o)), []],
    ['Vervaldatum', (c, o) => nlD(bkAt(o) + bkTerm(o) * day), []],
    ['Betaald op', (c, o) => (bkSt(o) === 'Betaald' ? nlD(bkAt(o) + (3 + n(o) % 11) * day) : ''), [], opt],
    ['Transactiekosten', (c, o) => dec(0.35 + bkAmt(o) * 0.029), []],
    ['Webshop', () => 'hengelsport-nijmegen.nl', ['commerce.commerceScope.websiteCode'], opt],
  ] },
  // ---------------------------------------------------------------- Netherlands: bookkeeping relations
  { name: 'reeleezee-relaties-export-nl', product: 'Reeleezee (Relaties > Klanten > Exporteren, one row per relation (customer), Dutch UI, a Haarlem piano tuner and teacher with mostly private customers)', family: 'invoicing', language: 'nl', schema: P, cols: [
    ['Relatienummer', (c) => String(1000 + n(c) % 9000), ['_id', 'personID'], opt],
    ['Naam', (c) => (rzOrg(c) || `${c.first} ${c.last}`), ['person.name.fullName']],
    ['Zoeknaam', (c) => (rzOrg(c) ? rzOrg(c).split(' ')[0].toUpperCase() : tv(c)[1].toUpperCase()), []],
    ['Aanhef', (c) => (fem(c) ? 'Mevrouw' : 'De heer'), ['person.name.courtesyTitle', 'person.gender']],
    ['Voorletters', (c) => `${c.first[0]}.`, [], opt],
    ['Voornaam', (c) => c.first, ['person.name.firstName']],
    ['Tussenvoegsel', (c) => tv(c)[0], [], opt],
    ['Achternaam', (c) => tv(c)[1], ['person.name.lastName']],
    ['Bedrijf', (c) => rzOrg(c), ['organizations[0]'], opt],
    ['Adres', (c) => `${nlStreet(c)} ${nlNo(c)}${nlAdd(c) ? '-' + nlAdd(c) : ''}`, ['homeAddress.street1']],
    ['Postcode', (c) => rzPlace(c)[1], ['homeAddress.postalCode']],
    ['Plaats', (c) => rzPlace(c)[0], ['homeAddress.city']],
    ['Land', () => 'Nederland', ['homeAddress.country']],
    ['Postadres', (c) => (rzPost(c) ? `Postbus ${100 + n(c) % 900}` : ''), ['mailingAddress.street1', 'mailingAddress.postOfficeBox']],
    ['Postadres postcode', (c) => (rzPost(c) ? `20${pad(n(c) % 100)} ${row(['AA', 'AB', 'AC'], n(c))}` : ''), ['mailingAddress.postalCode']],
    ['Postadres plaats', (c) => (rzPost(c) ? 'Haarlem' : ''), ['mailingAddress.city']],
    ['Telefoon', (c) => (n(c) % 3 === 0 ? `023-${5000000 + (n(c) * 37) % 999999}` : ''), ['homePhone.number']],
    ['Mobiel', (c) => c.mobile, ['mobilePhone.number']],
    ['E-mail', (c) => c.email, ['personalEmail.address']],
    ['E-mail facturen', (c) => (rzOrg(c) ? `administratie@${slugOf(rzOrg(c)).slice(0, 16)}.nl` : ''), [], opt],
    ['IBAN', (c, o, r) => `NL${pad(v.int(r, 10, 99))}${row(['INGB', 'RABO', 'ABNA', 'SNSB', 'TRIO'], n(c))}0${v.digits(r, 9)}`, []],
    ['BTW-nummer', (c) => (rzOrg(c) ? `NL${pad((n(c) * 7919) % 1000000000, 9)}B01` : ''), [], opt],
    ['KvK-nummer', (c) => (rzOrg(c) ? String(34000000 + n(c) % 999999) : ''), []],
    ['Betalingstermijn', (c) => (rzOrg(c) ? '30' : '14'), []],
    ['Geboortedatum', (c) => (n(c) % 4 === 1 ? bdayNl(c) : ''), ['person.birthDate']],
    ['Actief', (c) => (n(c) % 10 === 7 ? 'Nee' : 'Ja'), [], opt],
    ['Opmerking', (c) => row(['', 'Steinway B, stemmen 2x per jaar', '', 'Pianoles dinsdag 16:00', 'Yamaha U3, sleutel bij buren', ''], n(c) % 6), []],
  ] },
  // ---------------------------------------------------------------- Netherlands: webinar registrants
  { name: 'webinargeek-kijkers-export-nl', product: 'WebinarGeek (Webinar > Kijkers > Exporteren naar Excel, one row per registrant with attendance and form fields, Dutch UI, a Utrecht absence-management SaaS\'s webinar for HR staff)', family: 'b2b-leads', language: 'nl', schema: B, cols: [
    ['Kijker ID', (c) => String(61000000 + (n(c) * 37) % 999999), B2BID, opt],
    ['Voornaam', (c) => c.first, ['person.name.firstName']],
    ['Achternaam', (c) => c.last, ['person.name.lastName']],
    ['E-mailadres', (c) => wgMail(c), WE],
    ['Bedrijfsnaam', (c) => wgFirm(c)[0], CO],
    ['Functie', (c) => wgRole(c), ['extendedWorkDetails.jobTitle']],
    ['Telefoonnummer', (c) => (n(c) % 3 === 1 ? '' : nlMob(c)), ['workPhone.number', 'mobilePhone.number']],
    ['Aantal medewerkers', (c) => wgFirm(c)[3], []],
    ['Plaats', (c) => wgFirm(c)[2], [W('city')], opt],
    ['Land', (c) => (wgFirm(c)[1].endsWith('.be') ? 'België' : 'Nederland'), [W('country')], opt],
    ['Webinar', () => 'Verzuim terugdringen in 2025: wat werkt wél?', []],
    ['Uitzending', () => nlT(WG_AT), []],
    ['Ingeschreven op', (c) => nlT(WG_AT - (1 + n(c) % 20) * day - (n(c) % 600) * 60000), ['extSourceSystemAudit.createdDate'], opt],
    ['Bron', (c) => row(['linkedin', 'nieuwsbrief', 'website', 'linkedin', 'partner'], n(c) % 5), ['b2b.personSource'], opt],
    ['Live bekeken', (c) => (wgLive(c) ? 'Ja' : 'Nee'), []],
    ['Kijktijd (minuten)', (c) => String(wgMins(c)), []],
    ['Terugkijken bekeken', (c) => (!wgLive(c) && n(c) % 2 ? 'Ja' : 'Nee'), []],
    ['Vragen gesteld', (c) => String(wgLive(c) ? n(c) % 3 : 0), []],
    ['Poll: Hoe hoog is jullie verzuim?', (c) => (wgLive(c) ? row(['< 4%', '4-6%', '6-8%', '> 8%'], n(c)) : ''), []],
    ['Beoordeling', (c) => (wgLive(c) && n(c) % 3 ? String(3 + n(c) % 3) : ''), []],
    ['Toestemming marketing', (c) => (c.bool ? 'Ja' : 'Nee'), [OPT_EMAIL], opt],
    ['IP-adres', (c) => `${80 + n(c) % 100}.${(n(c) * 3) % 255}.${(n(c) * 7) % 255}.${1 + n(c) % 250}`, []],
  ] },
]
