// Round 63, heldout149: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). German-language exports from Germany, Austria and Switzerland, Italian
// exports and Dutch/Flemish exports, headers in the product's UI language: a German delivery-service POS's order items
// (WinOrder), an Austrian ticket shop's tickets (Ticketgretchen), a digital stamp-card app's customers (Stamply), an
// Austrian ERP's customer contact persons (Mesonic WinLine) and a German company database's firm list (MARKUS) (de 5);
// an Italian ticket shop's tickets (Liveticket.it), a website builder's e-commerce order lines (WebSite X5), a bank
// card gateway's transactions (MonetaWeb) and a dental practice software's patients (AlfaDocs) (it 4); a Belgian retail
// POS's receipt lines (Tilroy), a Dutch e-commerce e-mail platform's contacts (Reloadify) and a Dutch ERP's customer
// contact persons (Unit4 Multivers) (nl 3). E 6, P 3, B 3.
// Headers are written from the writer's knowledge of each product; nothing was copied from a real export.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT } from './sets.mjs'
import { pad, row, dmy, ymd, hms, hm, local, dec, thou, hash } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
// Central European time (Germany, Austria, Switzerland, Italy, the Netherlands, Belgium), summer time approximated
const cet = (ms) => local(ms, 1)
// the same instant moved into opening hours (lo .. lo+span-1 local)
const open = (ms, lo = 8, span = 14) => { const H = cet(ms).H; return ms + ((lo + (H % span)) - H) * 3600000 }
const later = (c) => c.created + ((n(c) % 300) + 3) * day + (n(c) % 50000) * 1000
const deT = (ms) => `${dmy(cet(ms))} ${hm(cet(ms))}`
const deTs = (ms) => `${dmy(cet(ms))} ${hms(cet(ms))}`
const deD = (ms) => dmy(cet(ms))
const itT = (ms) => `${dmy(cet(ms), '/')} ${hm(cet(ms))}`
const itTs = (ms) => `${dmy(cet(ms), '/')} ${hms(cet(ms))}`
const itD = (ms) => dmy(cet(ms), '/')
const isoT = (ms) => `${ymd(cet(ms))} ${hms(cet(ms))}`
const nlD = (ms) => dmy(cet(ms), '-')
const nlT = (ms) => `${dmy(cet(ms), '-')} ${hm(cet(ms))}`
const beTs = (ms) => `${dmy(cet(ms), '/')} ${hms(cet(ms))}`
const bday = (c) => dmy(v.parts(c.birth))
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}:${c.first}:${c.last}:${salt}`) ^ 0x3c6ef372); r(); return r }
const slugOf = (s) => s.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/[^a-z]/g, '')
const eur = (x) => dec(x)
const OPT_EMAIL = 'b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'
const STORE = ['commerce.commerceScope.storeCode']
// the row's person is female when the generated first name is (German, Italian and Dutch name lists)
const FEM = new Set(['Anna', 'Lea', 'Sophie', 'Marie', 'Katharina', 'Ursula', 'Sabine', 'Giulia', 'Chiara', 'Sofia', 'Aurora', 'Elena', 'Federica', 'Emma', 'Julia', 'Mila', 'Tess', 'Sanne', 'Femke'])
const fem = (c) => FEM.has(c.first)
// Dutch names: c.last may carry a tussenvoegsel ('van den Berg')
const tv = (c) => { const m = c.last.match(/^((?:van |de |den |der |ter |van der |van den )+)(.*)$/); return m ? [m[1].trim(), m[2]] : ['', c.last] }
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1)

// ---------------------------------------------------------------- 1. WinOrder order items (de, E)
// a Mannheim pizza and pasta delivery service: [Art.-Nr., Artikel, Warengruppe, Größe, Preis, MwSt]
const WO_ITEMS = [['12', 'Pizza Salami', 'Pizza', 'Ø 30 cm', 9.5], ['17', 'Pizza Tonno', 'Pizza', 'Ø 40 cm', 14.9], ['31', 'Spaghetti Carbonara', 'Pasta', '', 10.5], ['45', 'Pizzabrötchen mit Kräuterbutter', 'Snacks', '8 Stück', 5.9], ['52', 'Salat Caprese', 'Salate', 'groß', 8.9], ['80', 'Tiramisu', 'Desserts', '', 4.9], ['91', 'Coca-Cola 1,0 l', 'Getränke', '', 3.5], ['23', 'Pizza Diavolo', 'Pizza', 'Ø 30 cm', 11.5]]
const woIt = (o, i) => row(WO_ITEMS, i + n(o))
const woExtras = (o, i) => (['Pizza', 'Pasta'].includes(woIt(o, i)[2]) ? row(['', 'extra Käse', '', 'ohne Zwiebeln', 'extra Peperoni, extra Knoblauch', '', 'extra Schinken'], n(o) % 7) : '')
const woExtraFee = (o, i) => woExtras(o, i).split(', ').filter((x) => x.startsWith('extra')).length * 1.5
const woKind = (o) => row(['Lieferung', 'Lieferung', 'Abholung', 'Lieferung', 'Restaurant', 'Lieferung', 'Lieferung'], n(o) % 7)
const woDel = (o) => woKind(o) === 'Lieferung'
const woSrc = (o) => (woKind(o) === 'Restaurant' ? 'Kasse' : woDel(o) ? row(['Telefon', 'Lieferando', 'Webshop', 'Telefon', 'Lieferando'], n(o) % 5) : row(['Telefon', 'Webshop'], n(o)))
const woPay = (o) => (woSrc(o) === 'Lieferando' ? 'Lieferando (online bezahlt)' : woSrc(o) === 'Webshop' ? row(['PayPal', 'Online (Kreditkarte)', 'Bar'], n(o) % 3) : row(['Bar', 'EC-Karte', 'Bar'], n(o) % 3))
// [Straße, PLZ, Ortsteil, Zone, Liefergebühr]
const MA = [['Meerfeldstraße', '68163', 'Lindenhof', 'Zone 1', 0], ['Seckenheimer Straße', '68165', 'Schwetzingerstadt', 'Zone 1', 0], ['Neckarauer Straße', '68199', 'Neckarau', 'Zone 2', 1.5], ['Waldhofstraße', '68169', 'Neckarstadt-West', 'Zone 2', 1.5], ['Käfertaler Straße', '68167', 'Neckarstadt-Ost', 'Zone 2', 1.5], ['Rheingoldstraße', '68199', 'Almenhof', 'Zone 1', 0], ['Relaisstraße', '68219', 'Rheinau', 'Zone 3', 2.5]]
const ma = (c) => row(MA, n(c) % 7)
const woLine = (o, i) => (woIt(o, i)[4] + woExtraFee(o, i)) * o.qty
const woFee = (c, o) => (woDel(o) ? ma(c)[4] : 0)
const woRab = (o, i) => (woSrc(o) === 'Webshop' ? Math.round(woLine(o, i) * 0.1 * 100) / 100 : 0)
const woTip = (o) => (woDel(o) && n(o) % 4 === 1 ? row([1, 2, 1.5, 3], n(o) >> 2) : 0)
const woAt = (o) => open(o.at, 11, 11)
const woTel = (c) => (n(c) % 3 === 0 ? `0621 ${pad((n(c) * 7919) % 10000000, 7)}` : `01${row(['51', '60', '70', '76', '57'], n(c))} ${pad((n(c) * 104729) % 100000000, 8)}`)
const woNo = (c) => String(1 + (n(c) * 7) % 140)

// ---------------------------------------------------------------- 2. Ticketgretchen tickets (de-AT, E)
// a Tyrolean concert organiser: [Event, Beginn (UTC ms), Location, Vollpreis, ermäßigt]
const TG_EVENTS = [['Brass Nacht am Inn – Abschlusskonzert', Date.UTC(2024, 6, 27, 17, 30), 'Congress Innsbruck, Saal Tirol', 39, 29], ['Alpenrock Open Air 2024', Date.UTC(2024, 7, 10, 14, 0), 'Messe Innsbruck, Freigelände', 49, 44], ['Kabarett: „Tiroler Gröstl" – Premiere', Date.UTC(2024, 8, 20, 18, 0), 'Treibhaus Innsbruck', 26, 22], ['Jazz am Inn – Herbstsession', Date.UTC(2024, 9, 12, 18, 0), 'Stadtsäle Innsbruck', 32, 25], ['Silvester am Berg 2024', Date.UTC(2024, 11, 31, 18, 0), 'Seegrube (Nordkette)', 89, 79]]
const tgEv = (o) => row(TG_EVENTS, n(o) % 5)
const tgTarif = (o) => row(['Vollpreis', 'Vollpreis', 'Ermäßigt (Student:innen)', 'Early Bird', 'Vollpreis', 'Freikarte', 'Vollpreis'], n(o) % 7)
const tgPrice = (o) => (tgTarif(o) === 'Freikarte' ? 0 : tgTarif(o) === 'Vollpreis' ? tgEv(o)[3] : tgTarif(o) === 'Early Bird' ? tgEv(o)[3] - 5 : tgEv(o)[4])
const tgCat = (o) => (tgEv(o)[2].includes('Saal') || tgEv(o)[2].includes('Stadtsäle') ? row(['Kategorie 1', 'Kategorie 2', 'Kategorie 1'], n(o) % 3) : 'Stehplatz')
const tgFee = (o) => (tgPrice(o) > 0 ? Math.round(tgPrice(o) * 0.08 * 100) / 100 + 0.5 : 0)
const tgCode = (o) => (n(o) % 9 === 2 ? row(['TIROL10', 'BRASS24', 'STUDI5'], n(o)) : '')
const tgRab = (o) => (tgCode(o) ? Math.min(5, tgPrice(o)) : 0)
const tgPay = (o) => (tgPrice(o) === 0 ? 'Freikarte' : row(['Kreditkarte', 'eps-Überweisung', 'PayPal', 'Apple Pay', 'Kreditkarte', 'Sofortüberweisung', 'Google Pay'], n(o) % 7))
const tgSt = (o) => (n(o) % 14 === 3 ? 'storniert' : n(o) % 17 === 8 ? 'erstattet' : 'bezahlt')
const tgAt = (o) => open(tgEv(o)[1] - (1 + n(o) % 60) * day + (n(o) % 700) * 60000, 7, 16)
const tgIn = (o) => tgSt(o) === 'bezahlt' && n(o) % 3 !== 1
// buyers: [Ort, PLZ, Land]
const TG_PLACES = [['Innsbruck', '6020', 'Österreich'], ['Hall in Tirol', '6060', 'Österreich'], ['Schwaz', '6130', 'Österreich'], ['Telfs', '6410', 'Österreich'], ['Wörgl', '6300', 'Österreich'], ['Rosenheim', '83022', 'Deutschland'], ['Bozen', '39100', 'Italien'], ['Kufstein', '6330', 'Österreich'], ['Wien', '1070', 'Österreich']]
const tgPl = (c) => row(TG_PLACES, n(c) % 9)
const tgMail = (c) => `${slugOf(c.first)}.${slugOf(c.last)}${n(c) % 3 === 0 ? n(c) % 90 : ''}@${row(['gmx.at', 'gmail.com', 'aon.at', 'hotmail.com', 'chello.at', 'tirol.com'], n(c) % 6)}`
const atMob = (c) => `+43 ${row(['664', '676', '650', '699', '660'], n(c))} ${pad((n(c) * 7919) % 10000000, 7)}`

// ---------------------------------------------------------------- 3. Stamply customers (de-CH, P)
// a Basel specialty-coffee bar: stamp card (10th coffee free) and a cashback card for beans
const spCard = (c) => (n(c) % 5 === 3 ? 'Cashback-Karte' : 'Stempelkarte')
const spTpl = (c) => (spCard(c) === 'Stempelkarte' ? 'Kaffee-Stempelkarte – jeder 10. Kaffee gratis' : 'Bohnen-Cashback 5 %')
const spSerial = (c) => `${pad((n(c) * 7919) % 1000, 3)}-${pad((n(c) * 104729) % 1000, 3)}-${pad((n(c) * 31) % 1000, 3)}`
const spVisits = (c) => 1 + (n(c) * 13) % 57
const spStamps = (c) => spVisits(c) % 10
const spRew = (c) => Math.floor(spVisits(c) / 10)
const spUsed = (c) => Math.max(0, spRew(c) - (n(c) % 2))
const spDel = (c) => n(c) % 11 === 6
const spInst = (c) => !spDel(c) && n(c) % 7 !== 2
const chMob = (c) => `+41 ${row(['79', '78', '76', '77'], n(c))} ${pad((n(c) * 7) % 1000, 3)} ${pad((n(c) * 13) % 100)} ${pad((n(c) * 17) % 100)}`
const chMail = (c) => `${slugOf(c.first)}${row(['.', '', '_'], n(c))}${slugOf(c.last)}@${row(['bluewin.ch', 'gmail.com', 'gmx.ch', 'hotmail.com', 'sunrise.ch', 'icloud.com'], n(c) % 6)}`
const spIssued = (c) => open(c.created, 7, 12)

// ---------------------------------------------------------------- 4. Mesonic WinLine contact persons (de-AT, B)
// a Linz fastening-technology wholesaler's trade customers: [Name 1, Name 2, Straße, PLZ, Ort, Bundesland, UID, FN, Vorwahl, Branche, domain]
const WL_FIRMS = [['Metallbau Hofer GmbH', '', 'Industriestraße 14', '4600', 'Wels', 'Oberösterreich', 'ATU58213497', 'FN 214387 h', '07242', 'Metallbau', 'hofer-metallbau.at'], ['Stahlbau Leitner GmbH & Co KG', 'Werk 2', 'Gewerbepark 3', '4291', 'Lasberg', 'Oberösterreich', 'ATU61094852', 'FN 302116 m', '07947', 'Stahlbau', 'leitner-stahlbau.at'], ['Mühlviertler Holzbau GmbH', '', 'Bahnhofstraße 27', '4240', 'Freistadt', 'Oberösterreich', 'ATU66420183', 'FN 377412 a', '07942', 'Holzbau', 'mv-holzbau.at'], ['Tischlerei Pichler e.U.', 'Inh. Josef Pichler', 'Dorfplatz 6', '4362', 'Bad Kreuzen', 'Oberösterreich', 'ATU69022714', 'FN 412337 s', '07266', 'Tischlerei', 'tischlerei-pichler.at'], ['Haustechnik Brandstätter GmbH', '', 'Salzburger Straße 88', '5280', 'Braunau am Inn', 'Oberösterreich', 'ATU54871236', 'FN 198254 k', '07722', 'Haustechnik', 'brandstaetter-ht.at'], ['Aigner Kunststofftechnik GmbH', '', 'Ennser Straße 41', '4400', 'Steyr', 'Oberösterreich', 'ATU63318890', 'FN 336907 p', '07252', 'Kunststoffverarbeitung', 'aigner-kt.at'], ['Fassadenbau Gruber GmbH', 'Niederlassung Wien', 'Brünner Straße 131', '1210', 'Wien', 'Wien', 'ATU71235548', 'FN 455102 z', '01', 'Fassadenbau', 'gruber-fassaden.at']]
const wlIx = (c) => (n(c) >> 1) % 7
const wlFirm = (c) => WL_FIRMS[wlIx(c)]
const wlAcc = (c) => String(20104 + wlIx(c) * 317)
const WL_ROLE = [['Geschäftsführung', 'Geschäftsführer'], ['Einkauf', 'Einkaufsleiter'], ['Werkstatt', 'Werkmeister'], ['Einkauf', 'Sachbearbeiterin Einkauf'], ['Buchhaltung', 'Buchhalterin'], ['Montage', 'Bauleiter'], ['Technik', 'Technischer Leiter']]
const wlRole = (c) => row(WL_ROLE, n(c) % 7)
const wlTitle = (c) => row(['', 'Ing.', '', 'Mag.', '', 'DI', '', 'Ing.'], n(c) % 8)
const wlMail = (c) => `${slugOf(c.first)[0]}.${slugOf(c.last)}@${wlFirm(c)[10]}`
const wlPhone = (c) => `${wlFirm(c)[8]} ${pad((n(c) >> 1) * 311 % 100000, 5)}`

// ---------------------------------------------------------------- 5. MARKUS company list (de, B)
// Swabian machine builders: [Name, Rechtsform, Straße, PLZ, Ort, HR, WZ code, WZ text, Umsatz Tsd EUR, Beschäftigte, Gründung, domain, Vorwahl]
const MK_FIRMS = [['Hellerich Maschinenbau GmbH', 'GmbH', 'Robert-Bosch-Straße 22', '73037', 'Göppingen', 'HRB 530117, Amtsgericht Ulm', '28410', 'Herstellung von Werkzeugmaschinen für die Metallbearbeitung', '48.720', '212', '1961', 'hellerich-mb.de', '07161'], ['Fildertec Automation GmbH & Co. KG', 'GmbH & Co. KG', 'Gutenbergstraße 9', '70771', 'Leinfelden-Echterdingen', 'HRA 213904, Amtsgericht Stuttgart', '28990', 'Herstellung von Maschinen für sonstige bestimmte Wirtschaftszweige a. n. g.', '21.350', '96', '1994', 'fildertec.de', '0711'], ['Remstal Präzisionstechnik GmbH', 'GmbH', 'Siemensstraße 5', '73614', 'Schorndorf', 'HRB 281640, Amtsgericht Stuttgart', '25620', 'Mechanik a. n. g.', '12.880', '74', '1987', 'remstal-praezision.de', '07181'], ['Neckar Fördertechnik AG', 'AG', 'Hafenstraße 40', '74076', 'Heilbronn', 'HRB 108822, Amtsgericht Stuttgart', '28220', 'Herstellung von Hebezeugen und Fördermitteln', '131.400', '540', '1923', 'neckar-foerdertechnik.de', '07131'], ['Alb-Verpackungsmaschinen GmbH', 'GmbH', 'Carl-Zeiss-Straße 14', '72555', 'Metzingen', 'HRB 352219, Amtsgericht Stuttgart', '28290', 'Herstellung von sonstigen nicht wirtschaftszweigspezifischen Maschinen a. n. g.', '36.105', '188', '1978', 'alb-verpackung.de', '07123'], ['Ostalb Spanntechnik GmbH', 'GmbH', 'Industriestraße 61', '73431', 'Aalen', 'HRB 500912, Amtsgericht Ulm', '28490', 'Herstellung von sonstigen Werkzeugmaschinen', '9.640', '58', '2003', 'ostalb-spanntechnik.de', '07361']]
const mkFirm = (c) => row(MK_FIRMS, n(c) % 6)
const MK_ROLE = ['Geschäftsführer', 'Geschäftsführender Gesellschafter', 'Geschäftsführer', 'Technischer Geschäftsführer', 'Kaufmännischer Geschäftsführer']
const mkRole = (c) => (mkFirm(c)[1] === 'AG' ? (fem(c) ? 'Vorstandsvorsitzende' : 'Vorstandsvorsitzender') : fem(c) ? 'Geschäftsführerin' : row(MK_ROLE, n(c) % 5))
const mkBvd = (c) => `DE${pad((n(c) * 7919) % 10000000000, 10)}`
const mkCrefo = (c) => `72${pad((n(c) * 104729) % 100000000, 8)}`

// ---------------------------------------------------------------- 6. Liveticket.it tickets (it, E)
// a Verona open-air summer series: [Evento, data (UTC ms), Luogo, Intero, Ridotto]
const LT_EVENTS = [['Cinema sotto le stelle: Nuovo Cinema Paradiso', Date.UTC(2024, 6, 4, 19, 15), 'Cortile del Mercato Vecchio, Verona', 8, 6], ['Concerto all\'alba – Quartetto d\'archi', Date.UTC(2024, 6, 14, 3, 45), 'Castel San Pietro, Verona', 15, 12], ['Notte Jazz in Valpolicella', Date.UTC(2024, 6, 20, 18, 30), 'Villa Mosconi Bertani, Negrar', 25, 20], ['Teatro al Lago: La Locandiera', Date.UTC(2024, 7, 2, 19, 0), 'Anfiteatro di Bardolino', 18, 14], ['Cinema sotto le stelle: La vita è bella', Date.UTC(2024, 7, 9, 19, 0), 'Cortile del Mercato Vecchio, Verona', 8, 6]]
const ltEv = (o) => row(LT_EVENTS, n(o) % 5)
const ltType = (o) => row(['Intero', 'Intero', 'Ridotto under 26', 'Intero', 'Ridotto over 65', 'Omaggio', 'Intero'], n(o) % 7)
const ltPrice = (o) => (ltType(o) === 'Omaggio' ? 0 : ltType(o) === 'Intero' ? ltEv(o)[3] : ltEv(o)[4])
const ltPre = (o) => (ltPrice(o) > 0 ? Math.round(ltPrice(o) * 0.1 * 100) / 100 : 0)
const ltCom = (o) => (ltPrice(o) > 0 ? 0.9 : 0)
const ltSett = (o) => (ltEv(o)[2].includes('Villa') || ltEv(o)[2].includes('Anfiteatro') ? row(['Platea', 'Tribuna', 'Platea'], n(o) % 3) : 'Posto unico')
const ltCode = (o) => (n(o) % 10 === 4 ? row(['ESTATE24', 'AMICIVR'], n(o)) : '')
const ltPay = (o) => (ltPrice(o) === 0 ? 'Omaggio' : row(['Carta di credito', 'PayPal', 'Satispay', 'Carta di credito', 'Apple Pay', 'Punto vendita'], n(o) % 6))
const ltSt = (o) => (n(o) % 13 === 5 ? 'Annullato' : n(o) % 19 === 7 ? 'Rimborsato' : 'Pagato')
const ltAt = (o) => open(ltEv(o)[1] - (1 + n(o) % 30) * day + (n(o) % 800) * 60000, 8, 15)
const ltSeal = (o) => v.hex(v.rng(n(o) * 7 + 11), 16).toUpperCase()
// buyers: [Città, Provincia]
const LT_PLACES = [['Verona', 'VR'], ['Villafranca di Verona', 'VR'], ['San Giovanni Lupatoto', 'VR'], ['Bussolengo', 'VR'], ['Vicenza', 'VI'], ['Mantova', 'MN'], ['Brescia', 'BS'], ['Trento', 'TN'], ['Negrar di Valpolicella', 'VR']]
const ltPl = (c) => row(LT_PLACES, n(c) % 9)
const itMob = (c) => `+39 3${row(['47', '38', '33', '40', '49', '28', '92'], n(c) % 7)} ${pad((n(c) * 7919) % 10000000, 7)}`
const itMail = (c) => `${slugOf(c.first)}${row(['.', '', '_', '.'], n(c) % 4)}${slugOf(c.last)}${n(c) % 3 === 0 ? n(c) % 90 : ''}@${row(['gmail.com', 'libero.it', 'hotmail.it', 'virgilio.it', 'yahoo.it', 'alice.it'], n(c) % 6)}`

// ---------------------------------------------------------------- 7. WebSite X5 e-commerce order lines (it, E)
// a Langhe hazelnut-confectionery shop: [Codice, Prodotto, Categoria, Variante, Prezzo]
const X5_ITEMS = [['NOC-TGL-500', 'Nocciole Tonda Gentile tostate', 'Nocciole', '500 g', 12.9], ['CRE-SPAL-250', 'Crema spalmabile alle nocciole 45%', 'Creme', 'Vasetto 250 g', 8.5], ['TOR-NOC-400', 'Torta di nocciole delle Langhe', 'Dolci da forno', '400 g', 14], ['GIA-CLA-24', 'Gianduiotti classici', 'Cioccolato', 'Scatola 24 pz', 16.8], ['PRA-MIX-300', 'Praline assortite alle nocciole', 'Cioccolato', 'Latta 300 g', 19.5], ['FAR-NOC-1KG', 'Farina di nocciole', 'Nocciole', '1 kg', 18], ['BOX-REG-M', 'Cesto regalo "Sapori di Langa"', 'Confezioni regalo', 'Medio', 39]]
const x5It = (o, i) => row(X5_ITEMS, i + n(o))
const x5Sub = (o, i) => x5It(o, i)[4] * o.qty
const x5Code = (o) => (o.discount ? 'BENVENUTO10' : '')
const x5Disc = (o, i) => (x5Code(o) ? Math.round(x5Sub(o, i) * 0.1 * 100) / 100 : 0)
const x5Ship = (o, i) => (x5Sub(o, i) >= 59 ? 0 : 7.9)
const x5Pay = (o) => row(['PayPal', 'Carta di credito (Stripe)', 'Bonifico bancario', 'PayPal', 'Contrassegno', 'Carta di credito (Stripe)'], n(o) % 6)
const x5PayFee = (o) => (x5Pay(o) === 'Contrassegno' ? 4 : 0)
const x5Tot = (o, i) => x5Sub(o, i) - x5Disc(o, i) + x5Ship(o, i) + x5PayFee(o)
const x5St = (o) => row(['Evaso', 'Evaso', 'In attesa di pagamento', 'Evaso', 'Da evadere', 'Annullato', 'Evaso'], n(o) % 7)
const x5Gift = (o) => n(o) % 4 === 0
// [Indirizzo, CAP, Città, Provincia, comune code]
const IT_PLACES = [['Via Cavour 18', '12051', 'Alba', 'CN', 'A124'], ['Corso Vittorio Emanuele II 74', '10121', 'Torino', 'TO', 'L219'], ['Via Paolo Sarpi 29', '20154', 'Milano', 'MI', 'F205'], ['Via Nazionale 112', '00184', 'Roma', 'RM', 'H501'], ['Via Indipendenza 41', '40121', 'Bologna', 'BO', 'A944'], ['Via Roma 7', '12042', 'Bra', 'CN', 'B111'], ['Corso Buenos Aires 60', '16129', 'Genova', 'GE', 'D969'], ['Via Toledo 256', '80132', 'Napoli', 'NA', 'F839'], ['Via Garibaldi 15', '14100', 'Asti', 'AT', 'A479']]
const itPl = (c, salt = 0) => row(IT_PLACES, (n(c) + salt) % 9)
const x5At = (o) => open(o.at, 7, 16)
const x5Id = (o) => { const r = v.rng(n(o) * 31 + 5); return Array.from({ length: 8 }, () => 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'[v.int(r, 0, 31)]).join('') }

// ---------------------------------------------------------------- 8. MonetaWeb card operations (it, E)
// a Florence leather-goods web shop
const MW_AMTS = [145, 89.9, 260, 59, 320, 175.5, 39.9]
const mwAmt = (o) => row(MW_AMTS, n(o) % 7)
const mwOp = (o) => row(['Autorizzazione', 'Contabilizzazione', 'Autorizzazione', 'Contabilizzazione', 'Storno autorizzazione', 'Rimborso', 'Contabilizzazione', 'Autorizzazione'], n(o) % 8)
const mwOk = (o) => n(o) % 9 !== 4
const mwRef = (o) => (['Storno autorizzazione', 'Rimborso'].includes(mwOp(o)) ? (mwOp(o) === 'Rimborso' && n(o) % 2 ? Math.round(mwAmt(o) * 0.5 * 100) / 100 : mwAmt(o)) : 0)
const mwCard = (o) => row([['VISA', '4539'], ['MASTERCARD', '5179'], ['VISA', '4023'], ['MAESTRO', '6763'], ['AMEX', '3742'], ['MASTERCARD', '5355'], ['VISA', '4916']], n(o) % 7)
const mwCountry = (o) => row(['ITA', 'ITA', 'ITA', 'DEU', 'ITA', 'FRA', 'USA', 'ITA', 'CHE'], n(o) % 9)
const mwAt = (o) => open(o.at, 7, 16)
const mwPid = (o) => `${pad(7 + (n(o) % 3), 1)}${pad((n(o) * 2654435761) % 1e9, 9)}${pad((n(o) * 40503) % 1e8, 8)}`
const mwIp = (o) => { const r = v.rng(n(o) * 13 + 3); return `${v.pick(r, [79, 93, 151, 87, 2, 5])}.${v.int(r, 0, 255)}.${v.int(r, 0, 255)}.${v.int(r, 1, 254)}` }

// ---------------------------------------------------------------- 9. AlfaDocs patients (it, P)
// a Turin dental practice: [Indirizzo, CAP, Città, Provincia, comune code of birth]
const TO_PLACES = [['Via Nizza 150', '10126', 'Torino', 'TO', 'L219'], ['Corso Francia 221', '10139', 'Torino', 'TO', 'L219'], ['Via Sacchi 34', '10128', 'Torino', 'TO', 'F839'], ['Strada del Drosso 42', '10135', 'Torino', 'TO', 'L219'], ['Via Cuneo 9', '10024', 'Moncalieri', 'TO', 'F335'], ['Corso Torino 88', '10098', 'Rivoli', 'TO', 'H355'], ['Via Roma 57', '10093', 'Collegno', 'TO', 'G273'], ['Via Gorizia 12', '10136', 'Torino', 'TO', 'H501']]
const toPl = (c) => row(TO_PLACES, n(c) % 8)
const COMUNE = { L219: 'Torino', F839: 'Napoli', F335: 'Moncalieri', H355: 'Rivoli', G273: 'Palermo', H501: 'Roma', A124: 'Alba', F205: 'Milano' }
const cfLetters = (s) => s.toUpperCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Z]/g, '')
const cfSur = (s) => { const u = cfLetters(s); const k = u.replace(/[AEIOU]/g, ''), w = u.replace(/[^AEIOU]/g, ''); return (k + w + 'XXX').slice(0, 3) }
const cfFirst = (s) => { const u = cfLetters(s); const k = u.replace(/[AEIOU]/g, ''), w = u.replace(/[^AEIOU]/g, ''); return k.length >= 4 ? k[0] + k[2] + k[3] : (k + w + 'XXX').slice(0, 3) }
const cf = (c, comune) => { const p = v.parts(c.birth); return `${cfSur(c.last)}${cfFirst(c.first)}${String(p.y).slice(2)}${'ABCDEHLMPRST'[p.m - 1]}${pad(p.d + (fem(c) ? 40 : 0))}${comune}${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[hash(c.id + c.last) % 26]}` }
const adLand = (c) => (n(c) % 3 === 0 ? `011 ${pad((n(c) * 7919) % 10000000, 7)}` : '')
const adFirst = (c) => later(c) - 400 * day
const adNext = (c) => (n(c) % 3 === 1 ? open(Date.UTC(2024, 10, 4 + (n(c) % 20), 8, 0), 8, 11) : 0)
const adDoc = (c) => row(['Dott. Marco Vigna', 'Dott.ssa Laura Bosio', 'Dott. Marco Vigna', 'Dott.ssa Silvia Ferrero (igienista)'], n(c) % 4)
const adBal = (c) => (n(c) % 5 === 2 ? -((n(c) * 7) % 12 + 1) * 40 : 0)

// ---------------------------------------------------------------- 10. Tilroy receipt lines (nl-BE, E)
// a Ghent shoe and fashion retailer: [Artikelcode, EAN, Omschrijving, Merk, Productgroep, Prijs]
const TR_ITEMS = [['VEJ-V10-WHT', '3611820412345', 'Sneaker V-10 leer', 'Veja', 'Schoenen dames', 160], ['BIR-ARI-TAU', '4044477215431', 'Arizona suède taupe', 'Birkenstock', 'Sandalen', 110], ['CKS-PULL-GRN', '5415302889014', 'Merino pull ronde hals', 'CKS', 'Breigoed', 89.95], ['SCO-JEANS-RL', '8719029741203', 'Ralston regular jeans', 'Scotch & Soda', 'Jeans heren', 119.95], ['RIE-ENK-BLK', '4061811234567', 'Enkellaars met rits', 'Rieker', 'Schoenen dames', 99.95], ['SOK-3PK-NAV', '5400123456789', 'Sokken 3-pack marine', 'Huismerk', 'Accessoires', 14.95], ['RIE-TAS-COG', '5411987654321', 'Leren schoudertas cognac', 'Huismerk', 'Tassen', 69]]
const trIt = (o, i) => row(TR_ITEMS, i + n(o))
const trShop = (o) => row(['Gent Veldstraat', 'Gent Veldstraat', 'Kortrijk', 'Brugge', 'Webshop', 'Gent Veldstraat', 'Kortrijk'], n(o) % 7)
const trRet = (o) => n(o) % 11 === 4
const trQty = (o) => (trRet(o) ? -1 : o.qty > 2 ? 2 : o.qty)
const trColor = (o, i) => (trIt(o, i)[4] === 'Accessoires' ? 'Marine' : row(['Wit', 'Zwart', 'Taupe', 'Groen', 'Cognac', 'Donkerblauw'], (i + n(o)) % 6))
const trSize = (o, i) => (trIt(o, i)[4].startsWith('Schoenen') || trIt(o, i)[4] === 'Sandalen' ? String(36 + (n(o) % 9)) : trIt(o, i)[4] === 'Jeans heren' ? `W${30 + 2 * (n(o) % 4)} L32` : trIt(o, i)[4] === 'Tassen' ? 'One size' : row(['S', 'M', 'L', 'XL', '39-42'], n(o) % 5))
const trDisc = (o, i) => (n(o) % 5 === 1 ? Math.round(trIt(o, i)[5] * 0.3 * 100) / 100 : 0)
const trTot = (o, i) => Math.round((trIt(o, i)[5] - trDisc(o, i)) * trQty(o) * 100) / 100
const trPay = (o) => (trShop(o) === 'Webshop' ? row(['Bancontact', 'Visa', 'Payconiq', 'iDEAL'], n(o) % 4) : row(['Bancontact', 'Bancontact', 'Cash', 'Payconiq', 'Visa', 'Cadeaubon'], n(o) % 6))
const trAt = (o) => open(o.at, 9, 9)
const trMember = (c, o) => n(o) % 3 !== 2 || trShop(o) === 'Webshop'
const beMob = (c) => `+32 4${row(['78', '75', '86', '97', '71', '68'], n(c) % 6)} ${pad((n(c) * 7) % 100)} ${pad((n(c) * 13) % 100)} ${pad((n(c) * 17) % 100)}`
const beMail = (c) => `${slugOf(c.first)}.${slugOf(c.last)}@${row(['telenet.be', 'gmail.com', 'skynet.be', 'hotmail.com', 'proximus.be'], n(c) % 5)}`

// ---------------------------------------------------------------- 11. Reloadify contacts (nl, P)
// an Amersfoort outdoor-furniture and barbecue webshop: [Straat, Postcode, Plaats, Land]
const RL_PLACES = [['Utrechtseweg', '3811 NB', 'Amersfoort', 'NL'], ['Soesterbergsestraat', '3768 EK', 'Soest', 'NL'], ['Hoofdstraat', '3971 KE', 'Driebergen-Rijsenburg', 'NL'], ['Stationsweg', '3862 CK', 'Nijkerk', 'NL'], ['Kerkstraat', '6711 AP', 'Ede', 'NL'], ['Langestraat', '3811 AH', 'Amersfoort', 'NL'], ['Bredabaan', '2930', 'Brasschaat', 'BE'], ['Dorpsstraat', '3925 JB', 'Scherpenzeel', 'NL']]
const rlPl = (c) => row(RL_PLACES, n(c) % 8)
const rlBuyer = (c) => n(c) % 4 !== 3
const rlNews = (c) => row(['Ingeschreven', 'Ingeschreven', 'Uitgeschreven', 'Ingeschreven', 'Niet ingeschreven', 'Ingeschreven'], n(c) % 6)
const rlOrders = (c) => (rlBuyer(c) ? 1 + (n(c) * 7) % 6 : 0)
const rlSpend = (c) => (rlBuyer(c) ? rlOrders(c) * (59 + (n(c) * 37) % 540) + 0.95 : 0)

// ---------------------------------------------------------------- 12. Unit4 Multivers contact persons (nl, B)
// a Zwolle hospitality-equipment wholesaler's customers: [Naam, Zoekcode, Adres, Postcode, Plaats, KvK, Btw, Branche, domain, Telefoon]
const MV_FIRMS = [['Hotel De Wijnberg B.V.', 'WIJNBERG', 'Grote Markt 11', '8011 LW', 'Zwolle', '05081234', 'NL812345678B01', 'Hotels', 'hoteldewijnberg.nl', '038-4217300'], ['Restaurant Het Kleine Veer', 'KLEINEVEER', 'Veerallee 2', '8019 AD', 'Zwolle', '61234567', 'NL854321987B01', 'Restaurants', 'hetkleineveer.nl', '038-4541122'], ['Catering Van der Vegt V.O.F.', 'VDVEGT', 'Industrieweg 48', '8263 AD', 'Kampen', '08123456', 'NL001234567B02', 'Catering', 'vandervegtcatering.nl', '038-3312040'], ['Brasserie De Boterwaag', 'BOTERWAAG', 'Brink 20', '7411 BT', 'Deventer', '70112233', 'NL859900112B01', 'Restaurants', 'boterwaag-deventer.nl', '0570-612345'], ['Zorgcentrum De Hoven (Facilitair Bedrijf)', 'DEHOVEN', 'Hovenlaan 3', '7721 CN', 'Dalfsen', '41029384', 'NL003344556B01', 'Zorg', 'zorgcentrumdehoven.nl', '0529-431900'], ['Strandpaviljoen Hemelrijk', 'HEMELRIJK', 'Boulevard 88', '8256 PB', 'Biddinghuizen', '75566778', 'NL860011223B01', 'Horeca recreatie', 'hemelrijk-strand.nl', '0321-331188']]
const mvIx = (c) => (n(c) >> 1) % 6
const mvFirm = (c) => MV_FIRMS[mvIx(c)]
const mvAcc = (c) => String(10230 + mvIx(c) * 1117)
const MV_ROLE = [['Eigenaar', 'Directie'], ['Chef-kok', 'Keuken'], ['Inkoper', 'Inkoop'], ['Facilitair manager', 'Facilitair'], ['Bedrijfsleider', 'Bediening'], ['Financieel administrateur', 'Administratie']]
const mvRole = (c) => row(MV_ROLE, n(c) % 6)
const mvMail = (c) => `${slugOf(c.first)}${n(c) % 2 ? '.' + slugOf(tv(c)[1]) : ''}@${mvFirm(c)[8]}`
const initials = (c) => `${c.first[0]}.${n(c) % 3 === 0 ? 'J.' : ''}`

export const SETS = [
  // ---------------------------------------------------------------- Germany: delivery-service POS order items
  { name: 'winorder-bestellpositionen-export-de', product: 'WinOrder (PixelPlanet GmbH; Statistik > Bestellungen > Export als CSV, one row per ordered item of a phone, Lieferando or web-shop order, German UI, a Mannheim pizza and pasta delivery service with a small restaurant, CET, EUR)', family: 'pos', language: 'de', schema: E, cols: [
    ['Bestell-Nr.', (c, o) => String(40000 + (n(o) * 7) % 50000), [OR('purchaseID')]],
    ['Rechnungs-Nr.', (c, o) => `2024-${pad((n(o) * 13) % 100000, 5)}`, [], opt],
    ['Bestellt am', (c, o) => deTs(woAt(o)), ['timestamp', OR('createdDate')]],
    ['Lieferart', (c, o) => woKind(o), ['commerce.shipping.shippingMethod', OR('orderType')], opt],
    ['Bestellquelle', (c, o) => woSrc(o), [], opt],
    ['Kunden-Nr.', (c, o) => (woSrc(o) === 'Kasse' ? '' : String(1000 + (n(c) * 3) % 9000)), CUST_ID, opt],
    ['Telefon', (c, o) => (woSrc(o) === 'Kasse' ? '' : woTel(c)), PHONE_ID, opt],
    ['Firma', (c, o) => (woDel(o) && n(c) % 9 === 4 ? 'Kanzlei Dr. Brandt & Partner' : ''), [], opt],
    ['Name', (c, o) => (woSrc(o) === 'Kasse' ? '' : c.last), []],
    ['Vorname', (c, o) => (woSrc(o) === 'Kasse' ? '' : c.first), []],
    ['Straße', (c, o) => (woDel(o) ? ma(c)[0] : ''), [SHIP('street1')]],
    ['Hausnr.', (c, o) => (woDel(o) ? woNo(c) : ''), [], opt],
    ['PLZ', (c, o) => (woDel(o) ? ma(c)[1] : ''), [SHIP('postalCode')]],
    ['Ort', (c, o) => (woDel(o) ? 'Mannheim' : ''), [SHIP('city')]],
    ['Ortsteil', (c, o) => (woDel(o) ? ma(c)[2] : ''), [], opt],
    ['Etage / Hinweis', (c, o) => (woDel(o) ? row(['', '3. OG links', '', 'Hinterhaus, bitte klingeln', '', 'EG'], n(c) % 6) : ''), []],
    ['E-Mail', (c, o) => (['Webshop', 'Lieferando'].includes(woSrc(o)) ? c.email : ''), EMAIL_ID],
    ['Liefergebiet', (c, o) => (woDel(o) ? ma(c)[3] : ''), []],
    ['Fahrer', (c, o) => (woDel(o) ? row(['Kemal', 'Dennis', 'Luca', 'Aushilfe 1'], n(o) % 4) : ''), []],
    ['Art.-Nr.', (c, o, r, i) => woIt(o, i)[0], [PL('SKU')]],
    ['Artikel', (c, o, r, i) => woIt(o, i)[1], [PL('name')]],
    ['Größe', (c, o, r, i) => woIt(o, i)[3], [PL('selectedOptions[0].value')], opt],
    ['Extras', (c, o, r, i) => woExtras(o, i), [PL('selectedOptions[0].value')], opt],
    ['Warengruppe', (c, o, r, i) => woIt(o, i)[2], [PL('productCategories[0].categoryName')]],
    ['Menge', (c, o) => String(o.qty), [PL('quantity')]],
    ['Einzelpreis', (c, o, r, i) => eur(woIt(o, i)[4] + woExtraFee(o, i)), [], opt],
    ['Gesamtpreis', (c, o, r, i) => eur(woLine(o, i)), [PL('priceTotal')]],
    ['MwSt.', (c, o, r, i) => (woKind(o) === 'Restaurant' || woIt(o, i)[2] === 'Getränke' ? '19 %' : '7 %'), []],
    ['Rabatt', (c, o, r, i) => eur(woRab(o, i)), [OR('discountAmount')], opt],
    ['Liefergebühr', (c, o) => eur(woFee(c, o)), ['commerce.shipping.shippingAmount']],
    ['Trinkgeld', (c, o) => eur(woTip(o)), []],
    ['Rechnungsbetrag', (c, o, r, i) => eur(woLine(o, i) - woRab(o, i) + woFee(c, o)), [OR('priceTotal')]],
    ['Zahlart', (c, o) => woPay(o), [OR('payments[0].paymentType')]],
    ['Storniert', (c, o) => (n(o) % 23 === 5 ? 'Ja' : 'Nein'), [], opt],
    ['Ausgeliefert um', (c, o) => (woDel(o) ? hm(cet(woAt(o) + (28 + n(o) % 35) * 60000)) : ''), [], opt],
  ] },
  // ---------------------------------------------------------------- Austria: ticket shop tickets
  { name: 'ticketgretchen-ticketexport-at', product: 'Ticketgretchen (Ticketgretchen GmbH, Innsbruck; Veranstalter-Dashboard: Event > Bestellungen > Export (Excel), one row per ticket, German UI, a Tyrolean concert and festival organiser selling in Innsbruck and at the Nordkette, CET, EUR)', family: 'ticketing', language: 'de', schema: E, cols: [
    ['Bestellnummer', (c, o) => `TG${pad((n(o) * 7919) % 10000000, 7)}`, [OR('purchaseID')]],
    ['Ticketnummer', (c, o) => `${pad((n(o) * 104729) % 1000000000000, 12)}`, [], opt],
    ['Bestelldatum', (c, o) => deTs(tgAt(o)), ['timestamp', OR('createdDate')]],
    ['Event', (c, o) => tgEv(o)[0], [PL('name')]],
    ['Eventdatum', (c, o) => deT(tgEv(o)[1]), [], opt],
    ['Location', (c, o) => tgEv(o)[2], [], opt],
    ['Kategorie', (c, o) => tgCat(o), [PL('selectedOptions[0].value')], opt],
    ['Tarif', (c, o) => tgTarif(o), [PL('selectedOptions[0].value')], opt],
    ['Ticketpreis', (c, o) => eur(tgPrice(o)), [PL('priceTotal')]],
    ['Servicegebühr', (c, o) => eur(tgFee(o)), []],
    ['Gutscheincode', (c, o) => tgCode(o), ['commerce.promotionID'], opt],
    ['Rabatt', (c, o) => eur(tgRab(o)), [OR('discountAmount'), PL('discountAmount')], opt],
    ['Bestellsumme', (c, o) => eur(tgPrice(o) + tgFee(o) - tgRab(o)), [OR('priceTotal')]],
    ['Währung', () => 'EUR', [OR('currencyCode'), PL('currencyCode'), OR('payments[0].currencyCode')]],
    ['Zahlungsart', (c, o) => tgPay(o), [OR('payments[0].paymentType')]],
    ['Status', (c, o) => tgSt(o), []],
    ['Vorname', (c) => c.first, []],
    ['Nachname', (c) => c.last, []],
    ['E-Mail', (c) => tgMail(c), EMAIL_ID],
    ['Telefon', (c) => (n(c) % 4 === 2 ? '' : atMob(c)), PHONE_ID, opt],
    ['PLZ', (c) => tgPl(c)[1], [BILL('postalCode')]],
    ['Ort', (c) => tgPl(c)[0], [BILL('city')]],
    ['Land', (c) => tgPl(c)[2], [BILL('country')]],
    ['Ticketinhaber:in', (c, o) => (n(o) % 3 === 0 ? `${row(['Anna', 'Jonas', 'Lea', 'Felix'], n(o) >> 2)} ${c.last}` : `${c.first} ${c.last}`), []],
    ['Newsletter', (c) => (c.bool ? 'ja' : 'nein'), []],
    ['Eingelöst', (c, o) => (tgIn(o) ? 'ja' : 'nein'), []],
    ['Eingelöst am', (c, o) => (tgIn(o) ? deT(tgEv(o)[1] - (20 + n(o) % 70) * 60000) : ''), [], opt],
    ['Verkaufskanal', (c, o) => row(['Online-Shop', 'Online-Shop', 'Website-Widget', 'Online-Shop', 'Abendkasse', 'Vorverkaufsstelle'], n(o) % 6), [], opt],
  ] },
  // ---------------------------------------------------------------- Switzerland: digital stamp-card customers
  { name: 'stamply-kunden-export-ch', product: 'Stamply (digital loyalty cards in Apple and Google Wallet; Kunden (CRM) > Exportieren (CSV), one row per issued customer card, German UI, a Basel specialty-coffee bar with two locations and a stamp card plus a cashback card for beans)', family: 'loyalty', language: 'de', schema: P, cols: [
    ['Kunden-ID', (c) => String(1200000 + (n(c) * 37) % 800000), ['_id', 'personID'], opt],
    ['Kartennummer', (c) => spSerial(c), ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['Kartenvorlage', (c) => spTpl(c), ['loyalty.program'], opt],
    ['Kartentyp', (c) => spCard(c), [], opt],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Telefon', (c) => chMob(c), ['mobilePhone.number']],
    ['E-Mail', (c) => (n(c) % 5 === 1 ? '' : chMail(c)), ['personalEmail.address']],
    ['Geburtstag', (c) => (n(c) % 4 === 3 ? '' : bday(c)), ['person.birthDate']],
    ['Geschlecht', (c) => (n(c) % 6 === 5 ? 'keine Angabe' : fem(c) ? 'weiblich' : 'männlich'), ['person.gender']],
    ['Stempel', (c) => (spCard(c) === 'Stempelkarte' ? String(spStamps(c)) : ''), ['loyalty.points'], opt],
    ['Stempel gesamt', (c) => (spCard(c) === 'Stempelkarte' ? String(spVisits(c)) : ''), ['loyalty.lifetimePoints'], opt],
    ['Cashback-Guthaben (CHF)', (c) => (spCard(c) === 'Cashback-Karte' ? (((n(c) * 53) % 900) / 100).toFixed(2) : ''), [], opt],
    ['Verfügbare Prämien', (c) => (spCard(c) === 'Stempelkarte' ? String(spRew(c) - spUsed(c)) : ''), [], opt],
    ['Eingelöste Prämien', (c) => (spCard(c) === 'Stempelkarte' ? String(spUsed(c)) : ''), [], opt],
    ['Besuche', (c) => String(spVisits(c)), [], opt],
    ['Karte ausgestellt am', (c) => deT(spIssued(c)), ['loyalty.joinDate']],
    ['Letzte Aktivität', (c) => deT(open(later(c), 7, 12)), [], opt],
    ['Gerät', (c) => (n(c) % 5 < 3 ? 'iPhone' : 'Android'), []],
    ['Karte installiert', (c) => (spInst(c) ? 'Ja' : 'Nein'), [], opt],
    ['Status', (c) => (spDel(c) ? 'Gelöscht' : 'Aktiv'), ['loyalty.status'], opt],
    ['Quelle', (c) => row(['QR-Code an der Kasse', 'QR-Code an der Kasse', 'Instagram', 'Website', 'Empfehlung'], n(c) % 5), [], opt],
    ['Filiale', (c) => (n(c) % 3 ? 'Gundeli' : 'Kleinbasel'), []],
    ['Marketing-Einwilligung', (c) => (c.bool ? 'Ja' : 'Nein'), []],
    ['Notiz', (c) => row(['', '', 'Hafermilch', '', 'Stammgast Büro Nauenstrasse', ''], n(c) % 6), []],
  ] },
  // ---------------------------------------------------------------- Austria: ERP customer contact persons
  { name: 'mesonic-winline-ansprechpartner-at', product: 'Mesonic WinLine (mesonic datenverarbeitung gmbh; WinLine START: Stammdaten > Personenkonten > Ansprechpartner > Export nach Excel, one row per contact person of a customer account, German (Austrian) UI, a Linz fastening-technology and industrial-supplies wholesaler\'s trade customers)', family: 'erp', language: 'de', schema: B, cols: [
    ['Kontonummer', (c) => wlAcc(c), ACCT],
    ['Kurzbezeichnung', (c) => `${wlFirm(c)[0].split(' ')[0].toUpperCase()}-${wlFirm(c)[4].split(' ')[0].toUpperCase()}`, [], opt],
    ['Name 1', (c) => wlFirm(c)[0], CO],
    ['Name 2', (c) => wlFirm(c)[1], [], opt],
    ['Straße', (c) => wlFirm(c)[2], [W('street1')]],
    ['Land', () => 'AT', [W('countryCode')]],
    ['PLZ', (c) => wlFirm(c)[3], [W('postalCode')]],
    ['Ort', (c) => wlFirm(c)[4], [W('city')]],
    ['Bundesland', (c) => wlFirm(c)[5], STATE(['workAddress']), opt],
    ['UID-Nummer', (c) => wlFirm(c)[6], []],
    ['Firmenbuchnummer', (c) => wlFirm(c)[7], []],
    ['Telefon Firma', (c) => `${wlFirm(c)[8]} ${pad(240 + wlIx(c) * 37, 3)} 0`, ['workPhone.number'], opt],
    ['Branche', (c) => wlFirm(c)[9], []],
    ['Vertreter', (c) => row(['Außendienst Zentralraum', 'Außendienst Mühlviertel', 'Außendienst Mühlviertel', 'Innendienst', 'Außendienst Innviertel', 'Außendienst Zentralraum', 'Innendienst'], wlIx(c)), []],
    ['Zahlungskondition', (c) => row(['30 Tage netto', '14 Tage 2 % Skonto, 30 Tage netto', 'Vorauskasse'], wlIx(c) % 3), []],
    ['AP-Nummer', (c) => String(5000 + (n(c) * 7) % 5000), B2BID, opt],
    ['Anrede', (c) => (fem(c) ? 'Frau' : 'Herr'), ['person.name.courtesyTitle', 'person.gender']],
    ['Titel', (c) => wlTitle(c), ['person.name.courtesyTitle'], opt],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Abteilung', (c) => wlRole(c)[0], ['extendedWorkDetails.departments[0]']],
    ['Funktion', (c) => wlRole(c)[1], ['extendedWorkDetails.jobTitle']],
    ['Telefon direkt', (c) => wlPhone(c), ['workPhone.number']],
    ['Mobil', (c) => (n(c) % 3 === 1 ? '' : atMob(c)), ['mobilePhone.number']],
    ['E-Mail', (c) => wlMail(c), ['workEmail.address']],
    ['Briefanrede', (c) => `${fem(c) ? 'Sehr geehrte Frau' : 'Sehr geehrter Herr'} ${wlTitle(c) ? wlTitle(c) + ' ' : ''}${c.last}`, []],
    ['Newsletter', (c) => (c.bool ? 'J' : 'N'), [OPT_EMAIL], opt],
    ['Angelegt am', (c) => deD(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Geändert am', (c) => deD(later(c)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },
  // ---------------------------------------------------------------- Germany: company database firm list
  { name: 'markus-unternehmensliste-export-de', product: 'MARKUS (Bureau van Dijk, a Moody\'s company, with Creditreform data; Suche > Ergebnisliste > Export (Excel), one row per company with its first manager, German UI, a Stuttgart industrial-IoT start-up\'s list of Swabian machine builders)', family: 'b2b-leads', language: 'de', schema: B, cols: [
    ['Nr.', (c, o, r, i) => String(i + 1), []],
    ['Unternehmensname', (c) => mkFirm(c)[0], CO],
    ['BvD ID-Nummer', (c) => mkBvd(c), ACCT, opt],
    ['Crefonummer', (c) => mkCrefo(c), ACCT, opt],
    ['Rechtsform', (c) => mkFirm(c)[1], []],
    ['Handelsregister', (c) => mkFirm(c)[5], []],
    ['Straße', (c) => mkFirm(c)[2], [W('street1')]],
    ['PLZ', (c) => mkFirm(c)[3], [W('postalCode')]],
    ['Ort', (c) => mkFirm(c)[4], [W('city')]],
    ['Bundesland', () => 'Baden-Württemberg', STATE(['workAddress'])],
    ['Telefon', (c) => `${mkFirm(c)[12]} ${pad((n(c) * 31) % 1000000, 6)}-0`, ['workPhone.number'], opt],
    ['Fax', (c) => (n(c) % 3 ? `${mkFirm(c)[12]} ${pad((n(c) * 31) % 1000000, 6)}-99` : ''), ['faxPhone.number'], opt],
    ['E-Mail-Adresse', (c) => `info@${mkFirm(c)[11]}`, ['workEmail.address'], opt],
    ['Internetadresse', (c) => `www.${mkFirm(c)[11]}`, ['b2b.companyWebsite']],
    ['WZ 2008 Haupttätigkeit – Code', (c) => mkFirm(c)[6], []],
    ['WZ 2008 Haupttätigkeit – Beschreibung', (c) => mkFirm(c)[7], []],
    ['Umsatz Tsd EUR Letztes verf. Jahr', (c) => mkFirm(c)[8], []],
    ['Anzahl Beschäftigte Letztes verf. Jahr', (c) => mkFirm(c)[9], []],
    ['Gründungsjahr', (c) => mkFirm(c)[10], []],
    ['Manager – Anrede', (c) => (fem(c) ? 'Frau' : 'Herr'), ['person.name.courtesyTitle', 'person.gender']],
    ['Manager – Titel', (c) => row(['', 'Dr.', '', 'Dipl.-Ing.', '', ''], n(c) % 6), ['person.name.courtesyTitle'], opt],
    ['Manager – Vorname', (c) => c.first, ['person.name.firstName']],
    ['Manager – Nachname', (c) => c.last, ['person.name.lastName']],
    ['Manager – Funktion', (c) => mkRole(c), ['extendedWorkDetails.jobTitle']],
    ['Manager – Geburtsjahr', (c) => (n(c) % 3 === 0 ? '' : String(v.parts(c.birth).y)), ['person.birthYear'], opt],
    ['Letzte Aktualisierung', (c) => deD(later(c)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },
  // ---------------------------------------------------------------- Italy: ticket shop tickets
  { name: 'liveticket-ordini-esporta-it', product: 'Liveticket.it (biglietteria online; Area organizzatori: Eventi > un evento > Ordini > Esporta Excel, one row per ticket sold with its SIAE seal, Italian UI, a Verona open-air summer cinema, theatre and music series, Europe/Rome, EUR)', family: 'ticketing', language: 'it', schema: E, cols: [
    ['N. ordine', (c, o) => String(880000 + (n(o) * 7) % 100000), [OR('purchaseID')]],
    ['Data ordine', (c, o) => itT(ltAt(o)), ['timestamp', OR('createdDate')]],
    ['Evento', (c, o) => ltEv(o)[0], [PL('name')]],
    ['Data evento', (c, o) => itT(ltEv(o)[1]), [], opt],
    ['Luogo', (c, o) => ltEv(o)[2], [], opt],
    ['Settore', (c, o) => ltSett(o), [PL('selectedOptions[0].value')], opt],
    ['Tipologia biglietto', (c, o) => ltType(o), [PL('selectedOptions[0].value')], opt],
    ['Sigillo fiscale', (c, o) => ltSeal(o), []],
    ['Progressivo', (c, o) => String(1 + (n(o) * 3) % 900), []],
    ['Prezzo', (c, o) => eur(ltPrice(o)), [PL('priceTotal')]],
    ['Prevendita', (c, o) => eur(ltPre(o)), []],
    ['Commissioni', (c, o) => eur(ltCom(o)), []],
    ['Codice sconto', (c, o) => ltCode(o), ['commerce.promotionID'], opt],
    ['Totale', (c, o) => eur(ltPrice(o) + ltPre(o) + ltCom(o)), [OR('priceTotal')]],
    ['Metodo di pagamento', (c, o) => ltPay(o), [OR('payments[0].paymentType')]],
    ['Stato', (c, o) => ltSt(o), []],
    ['Nome', (c) => c.first, []],
    ['Cognome', (c) => c.last, []],
    ['Email', (c) => itMail(c), EMAIL_ID],
    ['Telefono', (c) => (n(c) % 5 === 3 ? '' : itMob(c)), PHONE_ID, opt],
    ['Città', (c) => ltPl(c)[0], [BILL('city')], opt],
    ['Provincia', (c) => ltPl(c)[1], STATE(['commerce.billing.address']), opt],
    ['Intestatario biglietto', (c, o) => (n(o) % 4 === 0 ? `${row(['Giulia', 'Marco', 'Chiara', 'Lorenzo'], n(o) >> 2)} ${c.last}` : `${c.first} ${c.last}`), []],
    ['Canale', (c, o) => (ltPay(o) === 'Punto vendita' ? 'Punto vendita' : 'Online'), [], opt],
    ['Check-in', (c, o) => (ltSt(o) === 'Pagato' && n(o) % 3 !== 0 ? 'Sì' : 'No'), []],
    ['Consenso marketing', (c) => (c.bool ? 'Sì' : 'No'), []],
  ] },
  // ---------------------------------------------------------------- Italy: website builder e-commerce order lines
  { name: 'website-x5-ordini-ecommerce-it', product: 'WebSite X5 (Incomedia; Pannello di controllo online del sito > E-commerce > Ordini > Esporta CSV, one row per ordered product, Italian UI, a Langhe hazelnut-confectionery shop shipping across Italy, Europe/Rome, EUR)', family: 'ecommerce-orders', language: 'it', schema: E, cols: [
    ['ID ordine', (c, o) => x5Id(o), [OR('purchaseID')]],
    ['Data', (c, o) => isoT(x5At(o)), ['timestamp', OR('createdDate')]],
    ['Stato', (c, o) => x5St(o), []],
    ['Nome', (c) => c.first, []],
    ['Cognome', (c) => c.last, []],
    ['Azienda', (c) => (n(c) % 8 === 5 ? 'Studio Associato Rinaldi' : ''), [], opt],
    ['Codice fiscale / P. IVA', (c) => (n(c) % 3 === 0 ? cf(c, itPl(c)[4]) : ''), [], opt],
    ['Indirizzo', (c) => itPl(c)[0], [BILL('street1')]],
    ['CAP', (c) => itPl(c)[1], [BILL('postalCode')]],
    ['Città', (c) => itPl(c)[2], [BILL('city')]],
    ['Provincia', (c) => itPl(c)[3], STATE(['commerce.billing.address'])],
    ['Nazione', () => 'Italia', [BILL('country')]],
    ['Telefono', (c) => itMob(c).replace('+39 ', ''), PHONE_ID, opt],
    ['Email', (c) => itMail(c), EMAIL_ID],
    ['Spedizione - Nome e cognome', (c, o) => (x5Gift(o) ? `${row(['Elena', 'Francesco', 'Aurora', 'Matteo'], n(o) >> 2)} ${row(['Ricci', 'Colombo', 'Marino', 'Greco'], n(o))}` : ''), []],
    ['Spedizione - Indirizzo', (c, o) => (x5Gift(o) ? itPl(c, 4)[0] : ''), [SHIP('street1')]],
    ['Spedizione - CAP', (c, o) => (x5Gift(o) ? itPl(c, 4)[1] : ''), [SHIP('postalCode')]],
    ['Spedizione - Città', (c, o) => (x5Gift(o) ? itPl(c, 4)[2] : ''), [SHIP('city')]],
    ['Spedizione - Provincia', (c, o) => (x5Gift(o) ? itPl(c, 4)[3] : ''), STATE(['commerce.shipping.address'])],
    ['Codice prodotto', (c, o, r, i) => x5It(o, i)[0], [PL('SKU')]],
    ['Prodotto', (c, o, r, i) => x5It(o, i)[1], [PL('name')]],
    ['Variante', (c, o, r, i) => x5It(o, i)[3], [PL('selectedOptions[0].value')], opt],
    ['Categoria', (c, o, r, i) => x5It(o, i)[2], [PL('productCategories[0].categoryName')]],
    ['Quantità', (c, o) => String(o.qty), [PL('quantity')]],
    ['Prezzo unitario', (c, o, r, i) => eur(x5It(o, i)[4]), [], opt],
    ['Subtotale', (c, o, r, i) => eur(x5Sub(o, i)), [PL('priceTotal')]],
    ['Codice coupon', (c, o) => x5Code(o), ['commerce.promotionID'], opt],
    ['Sconto', (c, o, r, i) => eur(x5Disc(o, i)), [OR('discountAmount')]],
    ['Metodo di spedizione', (c, o) => (n(o) % 5 === 2 ? 'Ritiro in negozio ad Alba' : 'Corriere espresso BRT'), ['commerce.shipping.shippingMethod']],
    ['Spese di spedizione', (c, o, r, i) => eur(n(o) % 5 === 2 ? 0 : x5Ship(o, i)), ['commerce.shipping.shippingAmount']],
    ['Metodo di pagamento', (c, o) => x5Pay(o), [OR('payments[0].paymentType')]],
    ['Costo pagamento', (c, o) => eur(x5PayFee(o)), []],
    ['di cui IVA', (c, o, r, i) => eur(Math.round((x5Tot(o, i) - x5Tot(o, i) / 1.1) * 100) / 100), [OR('taxAmount')], opt],
    ['Totale ordine', (c, o, r, i) => eur(x5Tot(o, i)), [OR('priceTotal')]],
    ['Note', (c, o) => row(['', '', 'Biglietto: "Buon compleanno nonna!"', '', 'Consegnare in portineria', ''], n(o) % 6), []],
  ] },
  // ---------------------------------------------------------------- Italy: card gateway operations
  { name: 'monetaweb-ricerca-transazioni-it', product: 'MonetaWeb (Setefi, Intesa Sanpaolo group; Back Office esercente: Ricerca transazioni > Esporta in Excel, one row per e-commerce card operation (autorizzazione, contabilizzazione, storno, rimborso), Italian UI, a Florence leather-goods web shop with foreign buyers, Europe/Rome, EUR)', family: 'payments', language: 'it', schema: E, cols: [
    ['Data operazione', (c, o) => itTs(mwAt(o)), ['timestamp']],
    ['Tipo operazione', (c, o) => mwOp(o), []],
    ['Esito', (c, o) => (mwOk(o) ? 'APPROVED' : 'NOT APPROVED'), []],
    ['Codice risposta', (c, o) => (mwOk(o) ? '000' : row(['116', '208', '121'], n(o) % 3)), []],
    ['PaymentID', (c, o) => mwPid(o), [OR('payments[0].transactionID')]],
    ['Merchant Order ID', (c, o) => `FL${pad(24000 + (n(o) * 7) % 9000, 6)}`, [OR('purchaseID')]],
    ['Importo', (c, o) => eur(mwAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Divisa', () => 'EUR', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Importo stornato/rimborsato', (c, o) => eur(mwRef(o)), [OR('refunds[0].refundAmount'), OR('refundTotal')], opt],
    ['Codice autorizzazione', (c, o) => (mwOk(o) ? v.alnum(v.rng(n(o) + 3), 6).toUpperCase() : ''), []],
    ['Circuito', (c, o) => mwCard(o)[0], [OR('payments[0].paymentType')], opt],
    ['Numero carta', (c, o) => `${mwCard(o)[1]}${mwCard(o)[0] === 'AMEX' ? '*******' : '********'}${pad((n(o) * 17) % 10000, 4)}`, []],
    ['Nazionalità carta', (c, o) => mwCountry(o), [], opt],
    ['3D Secure', (c, o) => row(['Autenticata', 'Frictionless', 'Autenticata', 'Non applicabile'], n(o) % 4), []],
    ['Titolare carta', (c) => `${c.first.toUpperCase()} ${c.last.toUpperCase()}`, []],
    ['Email', (c) => itMail(c), EMAIL_ID],
    ['Descrizione', (c, o) => `Ordine FL${pad(24000 + (n(o) * 7) % 9000, 6)} - Pelletteria Oltrarno`, []],
    ['Terminale', () => '99912345', []],
    ['Canale', (c, o) => row(['E-commerce', 'E-commerce', 'Pay by link', 'E-commerce', 'MO.TO.'], n(o) % 5), [], opt],
    ['Indirizzo IP', (c, o) => mwIp(o), ['environment.ipV4']],
    ['Lingua', (c, o) => (['ITA', 'DEU', 'FRA'].includes(mwCountry(o)) ? mwCountry(o) : 'USA'), ['environment._dc.language'], opt],
    ['Data contabilizzazione', (c, o) => (mwOp(o) === 'Contabilizzazione' ? itD(mwAt(o) + day) : ''), [], opt],
  ] },
  // ---------------------------------------------------------------- Italy: dental practice patients
  { name: 'alfadocs-pazienti-esporta-it', product: 'AlfaDocs (AlfaDocs S.r.l.; Pazienti > Elenco pazienti > Esporta Excel, one row per patient, Italian UI, a Turin dental practice with two dentists and a hygienist)', family: 'crm', language: 'it', schema: P, cols: [
    ['ID paziente', (c) => String(1000 + (n(c) * 7) % 9000), ['_id', 'personID'], opt],
    ['Cognome', (c) => c.last, ['person.name.lastName']],
    ['Nome', (c) => c.first, ['person.name.firstName']],
    ['Sesso', (c) => (fem(c) ? 'F' : 'M'), ['person.gender']],
    ['Data di nascita', (c) => dmy(v.parts(c.birth), '/'), ['person.birthDate']],
    ['Luogo di nascita', (c) => COMUNE[toPl(c)[4]], [], opt],
    ['Codice fiscale', (c) => cf(c, toPl(c)[4]), ['person.taxId']],
    ['Indirizzo', (c) => toPl(c)[0], at(HOME, 'street1')],
    ['CAP', (c) => toPl(c)[1], at(HOME, 'postalCode')],
    ['Città', (c) => toPl(c)[2], at(HOME, 'city')],
    ['Provincia', (c) => toPl(c)[3], STATE(HOME)],
    ['Cellulare', (c) => itMob(c), ['mobilePhone.number']],
    ['Telefono', (c) => adLand(c), ['homePhone.number']],
    ['Email', (c) => (n(c) % 6 === 4 ? '' : itMail(c)), ['personalEmail.address']],
    ['Professione', (c) => row(['Impiegata', 'Pensionato', 'Insegnante', 'Libero professionista', 'Studente', ''], n(c) % 6), [], opt],
    ['Data prima visita', (c) => itD(adFirst(c)), [], opt],
    ['Ultimo appuntamento', (c) => itT(open(later(c), 8, 11)), [], opt],
    ['Prossimo appuntamento', (c) => (adNext(c) ? itT(adNext(c)) : ''), []],
    ['Medico di riferimento', (c) => adDoc(c), []],
    ['Saldo', (c) => eur(adBal(c)), []],
    ['Consenso privacy', () => 'Sì', []],
    ['Consenso marketing', (c) => (c.bool ? 'Sì' : 'No'), []],
    ['Promemoria SMS', (c) => (n(c) % 4 === 0 ? 'No' : 'Sì'), []],
    ['Provenienza', (c) => row(['Passaparola', 'Google', 'MioDottore', 'Passaparola', 'Convenzione aziendale', 'Insegna studio'], n(c) % 6), [], opt],
    ['Note', (c) => row(['', '', 'Allergia alla penicillina', '', 'Paziente ansioso', 'Preferisce appuntamenti dopo le 17'], n(c) % 6), []],
  ] },
  // ---------------------------------------------------------------- Belgium: retail POS receipt lines
  { name: 'tilroy-verkoopslijnen-export-be-nl', product: 'Tilroy (Tilroy NV; Rapporten > Verkopen > Verkoopslijnen > Exporteren naar Excel, one row per receipt line across shops and webshop, Flemish Dutch UI, a Ghent shoe and fashion retailer with three shops and a webshop, Europe/Brussels, EUR)', family: 'pos', language: 'nl', schema: E, cols: [
    ['Winkel', (c, o) => trShop(o), STORE, opt],
    ['Kassa', (c, o) => (trShop(o) === 'Webshop' ? 'WEB' : `K${1 + (n(o) % 2)}`), []],
    ['Ticketnummer', (c, o) => `${trShop(o) === 'Webshop' ? 'W' : 'T'}${pad((n(o) * 7919) % 1000000, 6)}`, [OR('purchaseID')]],
    ['Datum', (c, o) => beTs(trAt(o)), ['timestamp', OR('createdDate')]],
    ['Type', (c, o) => (trRet(o) ? 'Retour' : 'Verkoop'), [], opt],
    ['Verkoper', (c, o) => (trShop(o) === 'Webshop' ? '' : row(['Lotte', 'Jens', 'Ines', 'Ruben'], n(o) % 4)), []],
    ['Klantnummer', (c, o) => (trMember(c, o) ? String(300000 + (n(c) * 7) % 99999) : ''), CUST_ID, opt],
    ['Klant', (c, o) => (trMember(c, o) ? `${c.first} ${c.last}` : ''), []],
    ['E-mail klant', (c, o) => (trMember(c, o) ? beMail(c) : ''), EMAIL_ID],
    ['GSM', (c, o) => (trMember(c, o) && n(c) % 3 ? beMob(c) : ''), PHONE_ID, opt],
    ['Artikelcode', (c, o, r, i) => trIt(o, i)[0], [PL('SKU')]],
    ['EAN', (c, o, r, i) => trIt(o, i)[1], [PL('SKU')], opt],
    ['Omschrijving', (c, o, r, i) => trIt(o, i)[2], [PL('name')]],
    ['Merk', (c, o, r, i) => trIt(o, i)[3], [], opt],
    ['Kleur', (c, o, r, i) => trColor(o, i), [PL('selectedOptions[0].value')], opt],
    ['Maat', (c, o, r, i) => trSize(o, i), [PL('selectedOptions[0].value')], opt],
    ['Productgroep', (c, o, r, i) => trIt(o, i)[4], [PL('productCategories[0].categoryName')]],
    ['Seizoen', (c, o) => row(['NJ24', 'NJ24', 'ZO24', 'Permanent'], n(o) % 4), []],
    ['Aantal', (c, o) => String(trQty(o)), [PL('quantity')]],
    ['Verkoopprijs', (c, o, r, i) => eur(trIt(o, i)[5]), [], opt],
    ['Korting', (c, o, r, i) => eur(trDisc(o, i) * Math.abs(trQty(o))), [PL('discountAmount')], opt],
    ['Totaal incl. btw', (c, o, r, i) => eur(trTot(o, i)), [PL('priceTotal')]],
    ['Btw %', () => '21', []],
    ['Btw-bedrag', (c, o, r, i) => eur(Math.round((trTot(o, i) - trTot(o, i) / 1.21) * 100) / 100), [OR('taxAmount')], opt],
    ['Betaalwijze', (c, o) => trPay(o), [OR('payments[0].paymentType')]],
    ['Spaarpunten', (c, o, r, i) => (trMember(c, o) ? String(Math.floor(trTot(o, i) / 10)) : ''), [], opt],
    ['Inkoopprijs', (c, o, r, i) => eur(trIt(o, i)[5] * 0.42), []],
  ] },
  // ---------------------------------------------------------------- Netherlands: e-commerce e-mail platform contacts
  { name: 'reloadify-contacten-export-nl', product: 'Reloadify (Reloadify B.V.; Contacten > Alle contacten > Exporteren (CSV), one row per contact synced from the webshop, Dutch UI, an Amersfoort outdoor-furniture and barbecue webshop with Dutch and Flemish customers)', family: 'email', language: 'nl', schema: P, cols: [
    ['E-mailadres', (c) => c.email, ['personalEmail.address']],
    ['Voornaam', (c) => c.first, ['person.name.firstName']],
    ['Tussenvoegsel', (c) => tv(c)[0], ['person.name.middleName'], opt],
    ['Achternaam', (c) => cap(tv(c)[1]), ['person.name.lastName']],
    ['Geslacht', (c) => (n(c) % 5 === 4 ? 'Onbekend' : fem(c) ? 'Vrouw' : 'Man'), ['person.gender']],
    ['Geboortedatum', (c) => (n(c) % 3 === 2 ? '' : dmy(v.parts(c.birth), '-')), ['person.birthDate']],
    ['Telefoonnummer', (c) => (rlBuyer(c) ? c.mobile.replace('-', '') : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Straat', (c) => (rlBuyer(c) ? rlPl(c)[0] : ''), at(HOME, 'street1')],
    ['Huisnummer', (c) => (rlBuyer(c) ? String(1 + (n(c) * 7) % 180) : ''), [], opt],
    ['Postcode', (c) => (rlBuyer(c) ? rlPl(c)[1] : ''), at(HOME, 'postalCode')],
    ['Plaats', (c) => (rlBuyer(c) ? rlPl(c)[2] : ''), at(HOME, 'city')],
    ['Land', (c) => (rlBuyer(c) ? rlPl(c)[3] : ''), at(HOME, 'countryCode')],
    ['Taal', (c) => 'nl', [], opt],
    ['Klant-ID webshop', (c) => (rlBuyer(c) ? String(80000 + (n(c) * 13) % 20000) : ''), ['personID', '_id'], opt],
    ['Nieuwsbriefstatus', (c) => rlNews(c), []],
    ['Aangemeld op', (c) => (rlNews(c) === 'Niet ingeschreven' ? '' : nlT(c.created)), [], opt],
    ['Bron', (c) => (rlBuyer(c) ? row(['Checkout', 'Checkout', 'Account aangemaakt'], n(c) % 3) : row(['Pop-up 10% korting', 'Footer-formulier'], n(c) % 2)), [], opt],
    ['Aantal bestellingen', (c) => String(rlOrders(c)), []],
    ['Totale omzet', (c) => eur(rlSpend(c)), ['loyalty.lifetimePurchases'], opt],
    ['Laatste bestelling', (c) => (rlBuyer(c) ? nlD(later(c)) : ''), [], opt],
    ['Laatst geopend', (c) => (rlNews(c) === 'Ingeschreven' ? nlT(later(c) + 5 * day) : ''), []],
    ['Laatst geklikt', (c) => (rlNews(c) === 'Ingeschreven' && n(c) % 2 ? nlT(later(c) + 5 * day + 90000) : ''), []],
    ['Segmenten', (c) => row(['Kopers tuinset', 'BBQ-liefhebbers', '', 'Kopers tuinset;Winterklanten', 'Verlaten winkelwagen'], n(c) % 5), []],
  ] },
  // ---------------------------------------------------------------- Netherlands: ERP customer contact persons
  { name: 'multivers-contactpersonen-export-nl', product: 'Unit4 Multivers (Unit4; Relaties > Klanten > Contactpersonen > Exporteren naar Excel, one row per contact person of a customer, Dutch UI, a Zwolle wholesaler of hospitality equipment selling to restaurants, hotels, caterers and care homes)', family: 'erp', language: 'nl', schema: B, cols: [
    ['Klantnummer', (c) => mvAcc(c), ACCT],
    ['Naam', (c) => mvFirm(c)[0], CO],
    ['Zoekcode', (c) => mvFirm(c)[1], [], opt],
    ['Adres', (c) => mvFirm(c)[2], [W('street1')]],
    ['Postcode', (c) => mvFirm(c)[3], [W('postalCode')]],
    ['Plaats', (c) => mvFirm(c)[4], [W('city')]],
    ['Landcode', () => 'NL', [W('countryCode')]],
    ['Telefoon', (c) => mvFirm(c)[9], ['workPhone.number'], opt],
    ['Website', (c) => `www.${mvFirm(c)[8]}`, ['b2b.companyWebsite']],
    ['KvK-nummer', (c) => mvFirm(c)[5], []],
    ['Btw-nummer', (c) => mvFirm(c)[6], []],
    ['Branche', (c) => mvFirm(c)[7], []],
    ['Vertegenwoordiger', (c) => row(['R. Hulst', 'M. Kamphuis', 'Binnendienst'], mvIx(c) % 3), []],
    ['Betalingsconditie', (c) => row(['30 dagen netto', '14 dagen netto', 'Automatische incasso'], (n(c) >> 1) % 3), []],
    ['Kredietlimiet', (c) => thou((mvIx(c) % 5 + 1) * 2500), []],
    ['Contactpersoon', (c) => String(1 + (n(c) % 3)), [], opt],
    ['Aanhef', (c) => (fem(c) ? 'Mevrouw' : 'De heer'), ['person.name.courtesyTitle', 'person.gender']],
    ['Voorletters', (c) => initials(c), [], opt],
    ['Voornaam', (c) => c.first, ['person.name.firstName']],
    ['Tussenvoegsel', (c) => tv(c)[0], ['person.name.middleName'], opt],
    ['Achternaam', (c) => cap(tv(c)[1]), ['person.name.lastName']],
    ['Functie', (c) => mvRole(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Afdeling', (c) => mvRole(c)[1], ['extendedWorkDetails.departments[0]']],
    ['Telefoon direct', (c) => `${mvFirm(c)[9].slice(0, -2)}${pad((n(c) * 7) % 100)}`, ['workPhone.number']],
    ['Mobiel', (c) => (n(c) % 3 === 2 ? '' : c.mobile), ['mobilePhone.number']],
    ['E-mail', (c) => mvMail(c), ['workEmail.address']],
    ['Briefaanhef', (c) => `${fem(c) ? 'Geachte mevrouw' : 'Geachte heer'} ${cap(c.last)},`, []],
    ['Mailing', (c) => (c.bool ? 'Ja' : 'Nee'), [OPT_EMAIL], opt],
  ] },
]
