// Round 102, tune102: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). Dutch, Belgian, French and German shop systems, restaurant and retail POS and
// their back offices: order and receipt exports, customer, relation and loyalty-card lists, every header in the
// product's UI language (nl 4, fr 4, de 4).
import { E, P, B, v, PL, OR, SHIP, BILL, at, HOME, WORK, ID, B2BID, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

// local time in Amsterdam / Brussels / Paris / Berlin (CEST from April to October, CET otherwise; written without offset)
const cet = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 ? 2 : 1 }
const lp = (ms) => shift(ms, cet(ms))
// "14-05-2024 10:31", "14-05-2024", "10:31"
const nlDT = (ms) => { const p = lp(ms); return `${pad(p.d)}-${pad(p.m)}-${p.y} ${pad(p.H)}:${pad(p.M)}` }
const nlD = (ms) => { const p = lp(ms); return `${pad(p.d)}-${pad(p.m)}-${p.y}` }
const hm = (ms) => { const p = lp(ms); return `${pad(p.H)}:${pad(p.M)}` }
const hms = (ms) => { const p = lp(ms); return `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
// "14/05/2024 10:31", "14/05/2024 10:31:07", "14/05/2024"
const frDT = (ms) => { const p = lp(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const frDTS = (ms) => { const p = lp(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const frD = (ms) => { const p = lp(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
// "14.05.2024", "14.05.2024 10:31", "14.05.2024 10:31:07"
const deD = (ms) => { const p = lp(ms); return `${pad(p.d)}.${pad(p.m)}.${p.y}` }
const deDT = (ms) => { const p = lp(ms); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}` }
const deDTS = (ms) => { const p = lp(ms); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
// "2024-05-14", "2024-05-14T08:31:07.000Z"
const ymd = (ms) => { const p = lp(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const isoZ = (ms) => new Date(ms).toISOString()
const day = 86400000
// shift an instant into opening hours (local hour from..from+span-1, same minutes)
const open = (ms, from, span) => { const d0 = ms - (ms % day); const h = from + Math.floor(ms / 3600000) % span; return d0 + h * 3600000 + (ms % 3600000) - cet(ms) * 3600000 }
const bake = (o) => open(o.at, 7, 12)
const resto = (o) => open(o.at, 11, 12)
// a restaurant bill from the row's order: covers and gross total
const covers = (o) => 1 + (+o.id % 5)
const bill = (o) => covers(o) * (19 + (+o.id % 23)) + [0, 0.5, 0.9][+o.id % 3]
const later = (c) => Math.max(c.created, c.updated)
// money: "12,50", "€ 12,50", "12,50 €", "1.234,50", "12.50"
const c2 = (n) => n.toFixed(2).replace('.', ',')
const eurNl = (n) => `€ ${c2(n)}`
const eurFr = (n) => `${c2(n)} €`
const thou = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')
const dot = (n) => n.toFixed(2)

// people and places
const slug = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/[^a-z]/g, '')
const NL_ADDR = [['Oudegracht 214', '3511 NS', 'Utrecht'], ['Stationsweg 41', '2312 AT', 'Leiden'], ['Kerkstraat 8', '5611 GH', 'Eindhoven'], ['Vismarkt 17', '9711 KT', 'Groningen'], ['Prinsengracht 522', '1017 KJ', 'Amsterdam'], ['Nieuwe Binnenweg 90', '3015 BC', 'Rotterdam'], ['Hoogstraat 3a', '6511 KR', 'Nijmegen']]
const BE_ADDR = [['Veldstraat 58', '9000', 'Gent'], ['Meir 12', '2000', 'Antwerpen'], ['Bondgenotenlaan 101', '3000', 'Leuven'], ['Steenstraat 27', '8000', 'Brugge'], ['Kerkstraat 4', '9050', 'Gentbrugge'], ['Dorpsstraat 33', '9820', 'Merelbeke']]
const FR_ADDR = [['12 rue Sainte-Catherine', '', '33000', 'Bordeaux'], ['4 cours Julien', 'Bât. B', '13006', 'Marseille'], ['27 rue de la Paix', '', '44000', 'Nantes'], ['8 place Bellecour', '3e étage', '69002', 'Lyon'], ['51 avenue Jean Jaurès', '', '31000', 'Toulouse'], ['3 rue Nationale', 'Appt 12', '59000', 'Lille']]
const DE_ADDR = [['Leopoldstraße', '54', '80802', 'München'], ['Schanzenstraße', '12', '20357', 'Hamburg'], ['Königstraße', '28', '70173', 'Stuttgart'], ['Karolinenstraße', '3', '90402', 'Nürnberg'], ['Bergmannstraße', '101', '10961', 'Berlin'], ['Ehrenstraße', '7a', '50672', 'Köln']]
const bePhone = (r) => `+32 4${v.int(r, 70, 99)} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}`
const frMobile = (r) => `0${v.pick(r, ['6', '7'])} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}`
const frMobileIntl = (r) => `+33${v.pick(r, ['6', '7'])}${v.int(r, 10000000, 99999999)}`
const deMobile = (r) => `01${v.pick(r, ['51', '60', '70', '76'])} ${v.int(r, 1000000, 9999999)}`
const nlMobile = (r) => `06${v.int(r, 10000000, 99999999)}`

// goods
const CERAMICS = [['JW-MOK-ZG', 'Handgemaakte mok', 'Kleur: Zeegroen', 18.5], ['JW-BORD-22', 'Ontbijtbord 22 cm', 'Kleur: Zandwit', 16.95], ['JW-VAAS-S', 'Vaas Duin', 'Maat: Small', 34.0], ['JW-KOM-SET', 'Schaaltjes set van 3', 'Kleur: Oker', 29.5], ['JW-CADEAU-25', 'Cadeaubon', 'Waarde: € 25', 25.0]]
const BAKERY = [['101', 'Desembrood wit', 'Brood', 4.25], ['114', 'Volkoren vloer', 'Brood', 3.6], ['230', 'Appeltaart punt', 'Gebak', 3.95], ['241', 'Tompouce', 'Gebak', 2.75], ['310', 'Cappuccino', 'Koffie & thee', 3.4], ['322', 'Verse muntthee', 'Koffie & thee', 3.2], ['405', 'Broodje gezond', 'Lunch', 7.5], ['412', 'Tosti ham-kaas', 'Lunch', 5.25]]
const TEAS = [['Thé vert Sencha bio 100 g', 9.9], ['Rooibos vanille 100 g', 7.5], ['Coffret découverte 6 thés', 29.0], ['Théière fonte 0,8 L', 39.0], ['Matcha cérémonie 30 g', 24.5]]
const OUTDOOR = [['412-0087-M', 'Softshelljacke Herren Alpspitze', 'Größe M / Farbe Oliv', 149.95], ['388-1204-42', 'Wanderschuh Trail GTX', 'Größe 42', 179.0], ['455-0311-1', 'Trinkflasche Edelstahl 1 l', 'Farbe Silber', 24.95], ['471-2290-L', 'Merino-Langarmshirt Damen', 'Größe L / Farbe Anthrazit', 79.9], ['402-7718-0', 'Stirnlampe 450 Lumen', '', 39.95]]
const pickItem = (G, o, i) => row(G, i + (+o.id % 3))

export const SETS = [
  // ---------------------------------------------------------------- e-commerce orders (JouwWeb webshop, Netherlands)
  { name: 'jouwweb-bestellingen-export-nl', product: 'JouwWeb (website builder with webshop: Webwinkel > Bestellingen > Exporteren, Excel, one row per order line, Dutch UI; a Utrecht ceramics studio)', family: 'ecommerce-orders', language: 'nl', schema: E, cols: [
    ['Bestelnummer', (c, o) => String(1000 + (+o.id % 900)), [OR('purchaseID')]],
    ['Besteldatum', (c, o) => nlDT(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o, r) => v.pick(r, ['Nieuw', 'In behandeling', 'Verzonden', 'Verzonden', 'Afgerond', 'Geannuleerd']), [], opt],
    ['Betaalstatus', (c, o, r) => v.pick(r, ['Betaald', 'Betaald', 'Betaald', 'Open', 'Mislukt']), [], opt],
    ['Betaalmethode', (c, o, r) => v.pick(r, ['iDEAL', 'iDEAL', 'iDEAL', 'Bancontact', 'PayPal', 'Creditcard', 'Overboeking']), [OR('payments[0].paymentType')]],
    ['Voornaam', (c) => c.first, []],
    ['Achternaam', (c) => c.last, []],
    ['Bedrijfsnaam', (c, o, r) => (r() < 0.15 ? c.company : ''), []],
    ['E-mailadres', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefoonnummer', (c) => c.mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Factuuradres', (c, o, r, i) => row(NL_ADDR, i)[0], [BILL('street1')]],
    ['Factuur postcode', (c, o, r, i) => row(NL_ADDR, i)[1], [BILL('postalCode')]],
    ['Factuur plaats', (c, o, r, i) => row(NL_ADDR, i)[2], [BILL('city')]],
    ['Factuur land', () => 'Nederland', [BILL('country')]],
    ['Afleveradres', (c, o, r, i) => row(NL_ADDR, i + (i % 4 === 0 ? 1 : 0))[0], [SHIP('street1')]],
    ['Aflever postcode', (c, o, r, i) => row(NL_ADDR, i + (i % 4 === 0 ? 1 : 0))[1], [SHIP('postalCode')]],
    ['Aflever plaats', (c, o, r, i) => row(NL_ADDR, i + (i % 4 === 0 ? 1 : 0))[2], [SHIP('city')]],
    ['Aflever land', () => 'Nederland', [SHIP('country')]],
    ['Verzendmethode', (c, o, r) => v.pick(r, ['PostNL pakket', 'PostNL pakket', 'PostNL brievenbuspakje', 'Afhalen in de studio']), ['commerce.shipping.shippingMethod']],
    ['Product', (c, o, r, i) => pickItem(CERAMICS, o, i)[1], [PL('name')]],
    ['Variant', (c, o, r, i) => pickItem(CERAMICS, o, i)[2], [PL('selectedOptions[0].value')], opt],
    ['Artikelnummer', (c, o, r, i) => pickItem(CERAMICS, o, i)[0], [PL('SKU')]],
    ['Aantal', (c, o) => String(o.qty), [PL('quantity')]],
    ['Prijs per stuk', (c, o, r, i) => eurNl(pickItem(CERAMICS, o, i)[3]), []],
    ['Subtotaal', (c, o, r, i) => eurNl(pickItem(CERAMICS, o, i)[3] * o.qty), [], opt],
    ['Verzendkosten', (c, o) => eurNl(o.shipping ? 6.95 : 0), ['commerce.shipping.shippingAmount']],
    ['Korting', (c, o) => eurNl(o.discount), [OR('discountAmount')]],
    ['Kortingscode', (c, o) => (o.discount ? 'WELKOM5' : ''), ['commerce.promotionID'], opt],
    ['Btw', (c, o, r, i) => eurNl((pickItem(CERAMICS, o, i)[3] * o.qty + (o.shipping ? 6.95 : 0) - o.discount) * 21 / 121), [OR('taxAmount')]],
    ['Totaal', (c, o, r, i) => eurNl(pickItem(CERAMICS, o, i)[3] * o.qty + (o.shipping ? 6.95 : 0) - o.discount), [OR('priceTotal')]],
    ['Opmerking', (c, o, r) => v.pick(r, ['', '', '', 'Graag cadeau inpakken', 'Mag bij de buren']), []],
  ] },

  // ---------------------------------------------------------------- relations (MplusKASSA, Netherlands/Flanders)
  { name: 'mpluskassa-relaties-export-nl', product: 'MplusKASSA (POS and back office: Relaties > Exporteren, CSV, Dutch UI; a builders\' merchant with trade accounts in the Netherlands and Flanders)', family: 'crm', language: 'nl', schema: B, cols: [
    ['Relatienummer', (c, o, r, i) => String(20000 + i * 13 + v.int(r, 1, 9)), B2BID],
    ['Naam', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['T.a.v.', (c) => `${c.female ? 'Mevr.' : 'Dhr.'} ${c.first[0]}. ${c.last}`, ['person.name.fullName'], opt],
    ['Adres', (c, o, r, i) => (i % 3 === 2 ? row(BE_ADDR, i)[0] : row(NL_ADDR, i)[0]), at([...WORK, 'mailingAddress'], 'street1')],
    ['Postcode', (c, o, r, i) => (i % 3 === 2 ? row(BE_ADDR, i)[1] : row(NL_ADDR, i)[1]), at([...WORK, 'mailingAddress'], 'postalCode')],
    ['Plaats', (c, o, r, i) => (i % 3 === 2 ? row(BE_ADDR, i)[2] : row(NL_ADDR, i)[2]), at([...WORK, 'mailingAddress'], 'city')],
    ['Land', (c, o, r, i) => (i % 3 === 2 ? 'België' : 'Nederland'), at([...WORK, 'mailingAddress'], 'country')],
    ['Telefoon', (c) => c.phone, ['workPhone.number']],
    ['Mobiel', (c, o, r) => (r() < 0.7 ? nlMobile(r) : ''), ['mobilePhone.number']],
    ['E-mail', (c) => c.workEmail, ['workEmail.address', 'personalEmail.address']],
    ['E-mail facturen', (c) => `facturen@${slug(c.company)}.nl`, [], opt],
    ['Website', (c) => `www.${slug(c.company)}.nl`, ['b2b.companyWebsite']],
    ['Btw-nummer', (c, o, r, i) => (i % 3 === 2 ? `BE0${v.int(r, 400000000, 999999999)}` : `NL${v.int(r, 100000000, 999999999)}B01`), []],
    ['KvK-nummer', (c, o, r, i) => (i % 3 === 2 ? '' : String(v.int(r, 10000000, 99999999))), []],
    ['IBAN', (c, o, r) => `NL${pad(v.int(r, 10, 99))}RABO0${v.int(r, 100000000, 999999999)}`, []],
    ['Relatiegroep', (c, o, r) => v.pick(r, ['Aannemers', 'Installateurs', 'Particulier', 'Schilders', 'Overheid']), [], opt],
    ['Prijsgroep', (c, o, r) => v.pick(r, ['Verkoop', 'Vakhandel A', 'Vakhandel B']), []],
    ['Betalingstermijn', (c, o, r) => v.pick(r, ['14', '30', '30', '0']), []],
    ['Kredietlimiet', (c, o, r) => c2(v.pick(r, [0, 2500, 5000, 10000])), []],
    ['Geblokkeerd', (c, o, r) => (r() < 0.1 ? 'Ja' : 'Nee'), ['b2b.isBlocked'], opt],
    ['Aangemaakt', (c) => nlD(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Gewijzigd', (c) => nlDT(later(c)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Filiaal', (c, o, r) => v.pick(r, ['Tilburg', 'Breda', 'Turnhout']), []],
    ['Opmerking', (c, o, r) => v.pick(r, ['', '', 'Alleen op rekening met inkoopnummer', 'Levering via achteringang']), []],
  ] },

  // ---------------------------------------------------------------- POS receipt lines (Kassacompleet, Netherlands)
  { name: 'kassacompleet-verkopen-export-nl', product: 'Kassacompleet (kassasysteem, back office: Rapportages > Verkopen > Exporteer naar Excel, one row per bonregel, Dutch UI; an Eindhoven bakery with a lunchroom)', family: 'ecommerce-orders', language: 'nl', schema: E, cols: [
    ['Bonnummer', (c, o) => String(480000 + +o.id), [OR('purchaseID')]],
    ['Datum', (c, o) => nlD(bake(o)), ['timestamp', OR('createdDate')], opt],
    ['Tijd', (c, o) => hm(bake(o)), []],
    ['Filiaal', (c, o, r) => v.pick(r, ['Woensel', 'Centrum', 'Strijp-S']), ['commerce.commerceScope.storeCode'], opt],
    ['Kassa', (c, o, r) => v.pick(r, ['Kassa 1', 'Kassa 2', 'Lunchroom']), []],
    ['Medewerker', (c, o, r) => v.pick(r, ['Sanne', 'Joost', 'Fatima', 'Beheerder']), []],
    ['PLU', (c, o, r, i) => pickItem(BAKERY, o, i)[0], [PL('SKU')]],
    ['Omschrijving', (c, o, r, i) => pickItem(BAKERY, o, i)[1], [PL('name')]],
    ['Omzetgroep', (c, o, r, i) => pickItem(BAKERY, o, i)[2], [PL('productCategories[0].categoryName')], opt],
    ['Aantal', (c, o) => String(o.qty), [PL('quantity')]],
    ['Prijs', (c, o, r, i) => c2(pickItem(BAKERY, o, i)[3]), []],
    ['Korting', (c, o) => c2(o.discount ? 0.5 : 0), [PL('discountAmount')], opt],
    ['Bedrag incl. btw', (c, o, r, i) => c2(pickItem(BAKERY, o, i)[3] * o.qty - (o.discount ? 0.5 : 0)), [PL('priceTotal')]],
    ['Btw %', () => '9', []],
    ['Btw bedrag', (c, o, r, i) => c2((pickItem(BAKERY, o, i)[3] * o.qty - (o.discount ? 0.5 : 0)) * 9 / 109), [], opt],
    ['Bontotaal', (c, o, r, i) => c2(pickItem(BAKERY, o, i)[3] * o.qty - (o.discount ? 0.5 : 0) + [0, 3.4, 7.5][+o.id % 3]), [OR('priceTotal')]],
    ['Betaalwijze', (c, o, r) => v.pick(r, ['Pin', 'Pin', 'Pin', 'Contant', 'Contactloos', 'Op rekening']), [OR('payments[0].paymentType')]],
    ['Klantnummer', (c, o, r) => (r() < 0.2 ? String(v.int(r, 1, 400)) : ''), ['endUserIDs._experience.aacustomid.id'], opt],
    ['Tafel', (c, o, r) => (r() < 0.4 ? String(v.int(r, 1, 14)) : ''), []],
    ['Retour', (c, o, r) => (r() < 0.05 ? 'Ja' : 'Nee'), [], opt],
  ] },

  // ---------------------------------------------------------------- customer list (CentralApp, Belgium)
  { name: 'centralapp-klantenlijst-nl', product: 'CentralApp (Belgian website, reservation and online-ordering platform for restaurants: Klanten > Klantenlijst > Exporteren, CSV, Dutch UI; a Ghent brasserie)', family: 'ecommerce-customers', language: 'nl', schema: P, cols: [
    ['Voornaam', (c) => c.first, ['person.name.firstName']],
    ['Achternaam', (c) => c.last, ['person.name.lastName']],
    ['E-mail', (c) => c.email.replace(/@.*/, '@telenet.be'), ['personalEmail.address']],
    ['Telefoon', (c, o, r) => bePhone(r), ['mobilePhone.number', 'homePhone.number']],
    ['Geboortedatum', (c, o, r) => (r() < 0.5 ? frD(c.birth) : ''), ['person.birthDate'], opt],
    ['Taal', (c, o, r) => v.pick(r, ['NL', 'NL', 'NL', 'FR', 'EN']), [], opt],
    ['Nieuwsbrief', (c) => (c.bool ? 'Ja' : 'Nee'), [], opt],
    ['Straat', (c, o, r, i) => (i % 3 === 0 ? '' : row(BE_ADDR, i)[0]), at(HOME, 'street1')],
    ['Postcode', (c, o, r, i) => (i % 3 === 0 ? '' : row(BE_ADDR, i)[1]), at(HOME, 'postalCode')],
    ['Gemeente', (c, o, r, i) => (i % 3 === 0 ? '' : row(BE_ADDR, i)[2]), at(HOME, 'city')],
    ['Tags', (c, o, r) => v.pick(r, ['', '', 'Vaste klant', 'VIP', 'Lokaal', 'No-show', 'Vrienden & familie']), []],
    ['Bron', (c, o, r) => v.pick(r, ['Reservatie', 'Reservatie', 'Bestelling', 'Contactformulier', 'Import']), [], opt],
    ['Eerste contact', (c) => frD(c.created), [], opt],
    ['Laatste contact', (c) => frD(later(c)), [], opt],
    ['Aantal reservaties', (c, o, r) => String(v.int(r, 0, 12)), []],
    ['Aantal bestellingen', (c, o, r) => String(v.int(r, 0, 9)), []],
    ['Totaal besteed', (c, o, r) => eurNl(v.int(r, 0, 900) + 0.5), ['loyalty.lifetimePurchases'], opt],
    ['Notities', (c, o, r) => v.pick(r, ['', '', '', 'Glutenvrij', 'Liefst tafel aan het raam', 'Notenallergie']), []],
  ] },

  // ---------------------------------------------------------------- POS tickets (Popina, France)
  { name: 'popina-tickets-export-fr', product: 'Popina (caisse iPad pour restaurants: Rapports > Historique des tickets > Exporter CSV, one row per ticket, French UI; a Lyon bistro)', family: 'ecommerce-orders', language: 'fr', schema: E, cols: [
    ['N° ticket', (c, o) => String(10000 + +o.id), [OR('purchaseID'), '_id']],
    ['Date', (c, o) => frDT(resto(o)), ['timestamp', OR('createdDate')], opt],
    ['Clôture', (c, o) => `Z${200 + (+o.id % 300)}`, []],
    ['Salle', (c, o, r) => v.pick(r, ['Salle', 'Salle', 'Terrasse', 'Comptoir']), []],
    ['Table', (c, o, r) => String(v.int(r, 1, 24)), []],
    ['Couverts', (c, o) => String(covers(o)), []],
    ['Vendeur', (c, o, r) => v.pick(r, ['Camille', 'Hugo', 'Léa', 'Patron']), []],
    ['Mode', (c, o, r) => v.pick(r, ['Sur place', 'Sur place', 'Sur place', 'À emporter']), [], opt],
    ['Client', (c, o, r) => (r() < 0.15 ? `${c.first} ${c.last}` : ''), []],
    ['Nb articles', (c, o, r) => String(covers(o) * 2 + v.int(r, 0, 3)), [], opt],
    ['Total HT', (c, o) => c2(bill(o) / 1.1), [], opt],
    ['TVA', (c, o) => c2(bill(o) - bill(o) / 1.1), [OR('taxAmount')]],
    ['Total TTC', (c, o) => c2(bill(o)), [OR('priceTotal')]],
    ['Remise', (c, o) => c2(o.discount), [OR('discountAmount')]],
    ['Offert', (c, o, r) => c2(r() < 0.1 ? 4.5 : 0), []],
    ['Paiement', (c, o, r) => v.pick(r, ['CB', 'CB', 'CB', 'Espèces', 'Ticket restaurant', 'CB + Espèces']), [OR('payments[0].paymentType')]],
    ['Pourboire', (c, o, r) => c2(r() < 0.2 ? v.int(r, 1, 5) : 0), []],
    ['Statut', (c, o, r) => v.pick(r, ['Encaissé', 'Encaissé', 'Encaissé', 'Encaissé', 'Annulé']), [], opt],
  ] },

  // ---------------------------------------------------------------- loyalty customers (Clictill, France)
  { name: 'clictill-clients-export-fr', product: 'Clictill (logiciel de caisse, back-office: Clients > Clients > Rechercher > Exporter, Excel, French UI; a Nantes ready-to-wear boutique with a loyalty card)', family: 'loyalty', language: 'fr', schema: P, cols: [
    ['Code client', (c, o, r, i) => `C${pad(1200 + i * 7, 6)}`, ID],
    ['Civilité', (c) => (c.female ? 'Mme' : 'M.'), ['person.name.courtesyTitle', 'person.gender'], opt],
    ['Nom', (c) => c.last.toUpperCase(), ['person.name.lastName']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Société', (c, o, r) => (r() < 0.1 ? c.company : ''), ['organizations[0]'], opt],
    ['Adresse 1', (c, o, r, i) => row(FR_ADDR, i)[0], at(HOME, 'street1')],
    ['Adresse 2', (c, o, r, i) => row(FR_ADDR, i)[1], at(HOME, 'street2')],
    ['Code postal', (c, o, r, i) => row(FR_ADDR, i)[2], at(HOME, 'postalCode')],
    ['Ville', (c, o, r, i) => row(FR_ADDR, i)[3].toUpperCase(), at(HOME, 'city')],
    ['Pays', () => 'FRANCE', at(HOME, 'country')],
    ['Téléphone', (c, o, r) => (r() < 0.4 ? c.phone : ''), ['homePhone.number']],
    ['Portable', (c, o, r) => frMobile(r), ['mobilePhone.number']],
    ['E-mail', (c) => c.email, ['personalEmail.address']],
    ['Date de naissance', (c, o, r) => (r() < 0.6 ? frD(c.birth) : ''), ['person.birthDate'], opt],
    ['N° carte de fidélité', (c, o, r) => `2900${v.int(r, 100000000, 999999999)}`, ['loyalty.loyaltyID[0]', 'loyalty.cardsDetails[0].number']],
    ['Points fidélité', (c, o, r) => String(v.int(r, 0, 480)), ['loyalty.points']],
    ['Date adhésion fidélité', (c) => frD(c.created), ['loyalty.joinDate'], opt],
    ['Catégorie', (c, o, r) => v.pick(r, ['Particulier', 'Particulier', 'VIP', 'Personnel']), [], opt],
    ['Remise (%)', (c, o, r) => v.pick(r, ['0', '0', '0', '10', '20']), []],
    ['Avoir disponible', (c, o, r) => c2(r() < 0.15 ? v.int(r, 5, 60) : 0), []],
    ['CA TTC cumulé', (c, o, r) => c2(v.int(r, 30, 4200) + 0.9), ['loyalty.lifetimePurchases'], opt],
    ['Date dernier achat', (c) => frD(later(c)), [], opt],
    ['Accepte e-mailing', (c) => (c.bool ? 'Oui' : 'Non'), [], opt],
    ['Accepte SMS', (c, o, r) => (r() < 0.4 ? 'Oui' : 'Non'), [], opt],
    ['Date de création', (c) => frDT(c.created), [], opt],
    ['Commentaire', (c, o, r) => v.pick(r, ['', '', '', 'Taille 38', 'Préfère être contactée par SMS']), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (e-monsite boutique, France)
  { name: 'e-monsite-commandes-export-fr', product: 'e-monsite (site builder with shop: Boutique > Commandes > Exporter en CSV, one row per order, French UI; a Bordeaux tea shop)', family: 'ecommerce-orders', language: 'fr', schema: E, cols: [
    ['Référence', (c, o) => `CMD-${lp(o.at).y}-${pad(+o.id % 10000, 5)}`, [OR('purchaseID'), '_id']],
    ['Date', (c, o) => frDTS(o.at), ['timestamp', OR('createdDate')], opt],
    ['Statut', (c, o, r) => v.pick(r, ['Payée', 'Payée', 'Expédiée', 'Expédiée', 'En attente de paiement', 'Annulée']), [], opt],
    ['Mode de paiement', (c, o, r) => v.pick(r, ['Carte bancaire', 'Carte bancaire', 'PayPal', 'Virement bancaire', 'Chèque']), [OR('payments[0].paymentType')]],
    ['Mode de livraison', (c, o, r) => v.pick(r, ['Colissimo', 'Colissimo', 'Mondial Relay', 'Retrait en boutique']), ['commerce.shipping.shippingMethod']],
    ['Civilité', (c) => (c.female ? 'Mme' : 'M.'), []],
    ['Nom', (c) => c.last, []],
    ['Prénom', (c) => c.first, []],
    ['E-mail', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Téléphone', (c, o, r) => frMobile(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Adresse de facturation', (c, o, r, i) => row(FR_ADDR, i)[0], [BILL('street1')]],
    ['Code postal de facturation', (c, o, r, i) => row(FR_ADDR, i)[2], [BILL('postalCode')]],
    ['Ville de facturation', (c, o, r, i) => row(FR_ADDR, i)[3], [BILL('city')]],
    ['Pays de facturation', () => 'France', [BILL('country')]],
    ['Adresse de livraison', (c, o, r, i) => row(FR_ADDR, i + (i % 5 === 1 ? 2 : 0))[0], [SHIP('street1')]],
    ['Code postal de livraison', (c, o, r, i) => row(FR_ADDR, i + (i % 5 === 1 ? 2 : 0))[2], [SHIP('postalCode')]],
    ['Ville de livraison', (c, o, r, i) => row(FR_ADDR, i + (i % 5 === 1 ? 2 : 0))[3], [SHIP('city')]],
    ['Pays de livraison', () => 'France', [SHIP('country')]],
    ['Produits', (c, o, r, i) => `${pickItem(TEAS, o, i)[0]} x ${o.qty}`, [PL('name')], opt],
    ['Nombre d\'articles', (c, o) => String(o.qty), [PL('quantity')], opt],
    ['Sous-total', (c, o, r, i) => c2(pickItem(TEAS, o, i)[1] * o.qty), [], opt],
    ['Frais de port', (c, o) => c2(o.shipping ? 5.9 : 0), ['commerce.shipping.shippingAmount']],
    ['Réduction', (c, o) => c2(o.discount), [OR('discountAmount')]],
    ['Code promo', (c, o) => (o.discount ? 'BIENVENUE5' : ''), ['commerce.promotionID'], opt],
    ['TVA', (c, o, r, i) => c2((pickItem(TEAS, o, i)[1] * o.qty + (o.shipping ? 5.9 : 0) - o.discount) * 5.5 / 105.5), [OR('taxAmount')]],
    ['Total', (c, o, r, i) => c2(pickItem(TEAS, o, i)[1] * o.qty + (o.shipping ? 5.9 : 0) - o.discount), [OR('priceTotal')]],
    ['Devise', () => 'EUR', [OR('currencyCode')]],
    ['Commentaire', (c, o, r) => v.pick(r, ['', '', '', 'C\'est pour offrir, merci !', 'Livrer en point relais svp']), []],
  ] },

  // ---------------------------------------------------------------- customers (Tactill POS, France)
  { name: 'tactill-clients-export-fr', product: 'Tactill (caisse iPad pour commerçants, back-office: Clients > Exporter, CSV, French UI; a Marseille concept store)', family: 'crm', language: 'fr', schema: P, cols: [
    ['Identifiant', (c, o, r) => v.hex(r, 24), ID],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Téléphone', (c, o, r) => frMobileIntl(r), ['mobilePhone.number', 'homePhone.number']],
    ['Société', (c, o, r) => (r() < 0.1 ? c.company : ''), ['organizations[0]'], opt],
    ['Adresse', (c, o, r, i) => row(FR_ADDR, i + 1)[0], at(HOME, 'street1')],
    ['Complément d\'adresse', (c, o, r, i) => row(FR_ADDR, i + 1)[1], at(HOME, 'street2')],
    ['Code postal', (c, o, r, i) => row(FR_ADDR, i + 1)[2], at(HOME, 'postalCode')],
    ['Ville', (c, o, r, i) => row(FR_ADDR, i + 1)[3], at(HOME, 'city')],
    ['Pays', () => 'FR', at(HOME, 'countryCode')],
    ['Date de naissance', (c, o, r) => (r() < 0.5 ? ymd(c.birth) : ''), ['person.birthDate']],
    ['Note', (c, o, r) => v.pick(r, ['', '', '', 'Cliente fidèle', 'Commande spéciale en attente']), []],
    ['Points de fidélité', (c, o, r) => String(v.int(r, 0, 250)), ['loyalty.points']],
    ['Nombre de visites', (c, o, r) => String(v.int(r, 1, 40)), []],
    ['Total dépensé', (c, o, r) => dot(v.int(r, 10, 2500) + 0.5), ['loyalty.lifetimePurchases'], opt],
    ['Dernière visite', (c) => isoZ(later(c)), [], opt],
    ['Créé le', (c) => isoZ(c.created), [], opt],
    ['Consentement marketing', (c) => (c.bool ? 'true' : 'false'), [], opt],
  ] },

  // ---------------------------------------------------------------- guest database (resmio, Germany)
  { name: 'resmio-gaesteliste-export-de', product: 'resmio (restaurant reservation and online-ordering system: Gäste > Gästeliste > Exportieren, CSV, German UI; a Munich restaurant\'s guest database)', family: 'crm', language: 'de', schema: P, cols: [
    ['Anrede', (c) => (c.female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Name', (c) => `${c.first} ${c.last}`, ['person.name.fullName']],
    ['E-Mail', (c) => c.email, ['personalEmail.address']],
    ['Telefon', (c, o, r) => deMobile(r), ['mobilePhone.number', 'homePhone.number']],
    ['Firma', (c, o, r) => (r() < 0.15 ? c.company : ''), ['organizations[0]'], opt],
    ['Straße', (c, o, r, i) => (i % 3 === 1 ? '' : `${row(DE_ADDR, i)[0]} ${row(DE_ADDR, i)[1]}`), at(HOME, 'street1')],
    ['PLZ', (c, o, r, i) => (i % 3 === 1 ? '' : row(DE_ADDR, i)[2]), at(HOME, 'postalCode')],
    ['Ort', (c, o, r, i) => (i % 3 === 1 ? '' : row(DE_ADDR, i)[3]), at(HOME, 'city')],
    ['Geburtstag', (c, o, r) => (r() < 0.4 ? deD(c.birth) : ''), ['person.birthDate']],
    ['Sprache', (c, o, r) => v.pick(r, ['Deutsch', 'Deutsch', 'Deutsch', 'Englisch']), [], opt],
    ['Tags', (c, o, r) => v.pick(r, ['', '', 'Stammgast', 'VIP', 'Fensterplatz', 'Vegetarisch', 'Stammgast, Hund']), []],
    ['Notizen', (c, o, r) => v.pick(r, ['', '', '', 'Nussallergie', 'Kommt immer mit Kinderwagen']), []],
    ['Newsletter', (c) => (c.bool ? 'Ja' : 'Nein'), [], opt],
    ['Reservierungen', (c, o, r) => String(v.int(r, 1, 25)), []],
    ['No-Shows', (c, o, r) => String(r() < 0.15 ? v.int(r, 1, 3) : 0), []],
    ['Letzte Reservierung', (c) => deDT(later(c)), [], opt],
    ['Erstellt am', (c) => deDT(c.created), [], opt],
  ] },

  // ---------------------------------------------------------------- POS receipt journal (Amadeus360, Germany)
  { name: 'amadeus360-bonjournal-export-de', product: 'Amadeus360 (gastronomy back office of the Amadeus II POS: Auswertungen > Bonjournal > CSV-Export, one row per Bon, German UI; a Hamburg restaurant)', family: 'ecommerce-orders', language: 'de', schema: E, cols: [
    ['Betrieb', () => 'Elbblick Restaurant GmbH', []],
    ['Kasse', (c, o, r) => v.pick(r, ['Kasse 1', 'Kasse 2', 'Handheld 3']), []],
    ['Bonnummer', (c, o) => String(300000 + +o.id * 3), [OR('purchaseID'), '_id']],
    ['Datum', (c, o) => deD(resto(o)), ['timestamp', OR('createdDate')], opt],
    ['Uhrzeit', (c, o) => hms(resto(o)), []],
    ['Tisch', (c, o, r) => String(v.int(r, 1, 38)), []],
    ['Kellner', (c, o, r) => v.pick(r, ['Jonas', 'Mia', 'Ole', 'Chef']), []],
    ['Verkaufsstelle', (c, o, r) => v.pick(r, ['Inhaus', 'Inhaus', 'Inhaus', 'Außer Haus']), [], opt],
    ['Gäste', (c, o) => String(covers(o)), []],
    ['Umsatz netto', (c, o) => thou(bill(o) * 0.7 / 1.19 + bill(o) * 0.3 / 1.07), [], opt],
    ['MwSt 19%', (c, o) => thou(bill(o) * 0.7 - bill(o) * 0.7 / 1.19), [], opt],
    ['MwSt 7%', (c, o) => thou(bill(o) * 0.3 - bill(o) * 0.3 / 1.07), [], opt],
    ['Umsatz brutto', (c, o) => thou(bill(o)), [OR('priceTotal')]],
    ['Rabatt', (c, o) => thou(o.discount), [OR('discountAmount')]],
    ['Trinkgeld', (c, o, r) => thou(r() < 0.4 ? v.int(r, 1, 12) : 0), []],
    ['Zahlungsart', (c, o, r) => v.pick(r, ['Bar', 'EC-Karte', 'EC-Karte', 'Kreditkarte', 'Gutschein', 'Rechnung']), [OR('payments[0].paymentType')]],
    ['Storno', (c, o, r) => (r() < 0.05 ? 'ja' : 'nein'), [], opt],
    ['TSE-Transaktion', (c, o) => String(80000 + +o.id * 5), []],
    ['TSE-Start', (c, o) => deDTS(resto(o) - 40 * 60000), [], opt],
  ] },

  // ---------------------------------------------------------------- e-commerce order positions (CosmoShop, Germany)
  { name: 'cosmoshop-bestellexport-de', product: 'CosmoShop (shop system, Shopadministration: Bestellungen > Bestellexport, CSV, one row per Bestellposition, German UI; a Nuremberg outdoor retailer)', family: 'ecommerce-orders', language: 'de', schema: E, cols: [
    ['Bestellnummer', (c, o) => `W${lp(o.at).y}${pad(+o.id, 6)}`, [OR('purchaseID')]],
    ['Bestelldatum', (c, o) => deDTS(o.at), ['timestamp', OR('createdDate')]],
    ['Kundennummer', (c, o, r) => (r() < 0.7 ? String(v.int(r, 100000, 899999)) : ''), ['endUserIDs._experience.aacustomid.id'], opt],
    ['Anrede', (c) => (c.female ? 'Frau' : 'Herr'), []],
    ['Vorname', (c) => c.first, []],
    ['Nachname', (c) => c.last, []],
    ['Firma', (c, o, r) => (r() < 0.1 ? c.company : ''), []],
    ['Straße', (c, o, r, i) => row(DE_ADDR, i)[0], [BILL('street1')]],
    ['Hausnummer', (c, o, r, i) => row(DE_ADDR, i)[1], [BILL('street1')], opt],
    ['PLZ', (c, o, r, i) => row(DE_ADDR, i)[2], [BILL('postalCode')]],
    ['Ort', (c, o, r, i) => row(DE_ADDR, i)[3], [BILL('city')]],
    ['Land', () => 'DE', [BILL('countryCode')]],
    ['E-Mail', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefon', (c, o, r) => (r() < 0.6 ? c.phone : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Lieferanschrift Straße', (c, o, r, i) => `${row(DE_ADDR, i + (i % 4 === 3 ? 1 : 0))[0]} ${row(DE_ADDR, i + (i % 4 === 3 ? 1 : 0))[1]}`, [SHIP('street1')]],
    ['Lieferanschrift PLZ', (c, o, r, i) => row(DE_ADDR, i + (i % 4 === 3 ? 1 : 0))[2], [SHIP('postalCode')]],
    ['Lieferanschrift Ort', (c, o, r, i) => row(DE_ADDR, i + (i % 4 === 3 ? 1 : 0))[3], [SHIP('city')]],
    ['Lieferanschrift Land', () => 'DE', [SHIP('countryCode')]],
    ['Zahlungsart', (c, o, r) => v.pick(r, ['PayPal', 'PayPal', 'Rechnung', 'Kreditkarte', 'Vorkasse', 'Klarna Sofort']), [OR('payments[0].paymentType')]],
    ['Versandart', (c, o, r) => v.pick(r, ['DHL Paket', 'DHL Paket', 'DPD', 'Abholung Filiale']), ['commerce.shipping.shippingMethod']],
    ['Artikelnummer', (c, o, r, i) => pickItem(OUTDOOR, o, i)[0], [PL('SKU')]],
    ['Artikelbezeichnung', (c, o, r, i) => pickItem(OUTDOOR, o, i)[1], [PL('name')]],
    ['Variante', (c, o, r, i) => pickItem(OUTDOOR, o, i)[2], [PL('selectedOptions[0].value')], opt],
    ['Menge', (c, o) => String(o.qty), [PL('quantity')]],
    ['Einzelpreis', (c, o, r, i) => c2(pickItem(OUTDOOR, o, i)[3]), []],
    ['Positionspreis', (c, o, r, i) => c2(pickItem(OUTDOOR, o, i)[3] * o.qty), [PL('priceTotal')]],
    ['Versandkosten', (c, o, r, i) => c2(pickItem(OUTDOOR, o, i)[3] * o.qty >= 75 ? 0 : 4.95), ['commerce.shipping.shippingAmount']],
    ['Gutscheincode', (c, o) => (o.discount ? 'BERGFREUND5' : ''), ['commerce.promotionID'], opt],
    ['Gutscheinwert', (c, o) => c2(o.discount), [OR('discountAmount')]],
    ['Gesamtsumme', (c, o, r, i) => c2(pickItem(OUTDOOR, o, i)[3] * o.qty + (pickItem(OUTDOOR, o, i)[3] * o.qty >= 75 ? 0 : 4.95) - o.discount), [OR('priceTotal')]],
    ['MwSt', (c, o, r, i) => c2((pickItem(OUTDOOR, o, i)[3] * o.qty + (pickItem(OUTDOOR, o, i)[3] * o.qty >= 75 ? 0 : 4.95) - o.discount) * 19 / 119), [OR('taxAmount')]],
    ['Währung', () => 'EUR', [OR('currencyCode')]],
  ] },

  // ---------------------------------------------------------------- B2B customer users (Intershop, Germany)
  { name: 'intershop-b2b-kunden-export-de', product: 'Intershop Commerce Management (B2B back office: Kunden > Export, CSV, one row per customer user, German UI; a Stuttgart industrial-supplies webshop)', family: 'ecommerce-customers', language: 'de', schema: B, cols: [
    ['Kundennummer', (c, o, r, i) => `K${pad(40000 + (i % 7) * 17, 6)}`, ['b2b.accountID', 'b2b.accountKey.sourceID']],
    ['Firmenname', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Kundentyp', () => 'SMBCustomer', [], opt],
    ['USt-IdNr.', (c, o, r) => `DE${v.int(r, 100000000, 999999999)}`, []],
    ['Branche', (c, o, r) => v.pick(r, ['Maschinenbau', 'Elektrotechnik', 'Handwerk', 'Automotive']), []],
    ['Benutzer-ID', (c, o, r) => v.alnum(r, 20), B2BID],
    ['Anrede', (c) => (c.female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Titel', (c, o, r) => (r() < 0.1 ? 'Dr.' : ''), ['person.name.courtesyTitle'], opt],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['E-Mail', (c) => c.workEmail, ['workEmail.address', 'personalEmail.address']],
    ['Funktion', (c, o, r) => v.pick(r, ['Einkäufer', 'Einkaufsleiterin', 'Betriebsleiter', 'Technischer Einkauf']), ['extendedWorkDetails.jobTitle']],
    ['Abteilung', (c, o, r) => v.pick(r, ['Einkauf', 'Einkauf', 'Instandhaltung', 'Produktion']), ['extendedWorkDetails.departments[0]']],
    ['Telefon', (c) => c.phone, ['workPhone.number']],
    ['Mobil', (c, o, r) => (r() < 0.5 ? deMobile(r) : ''), ['mobilePhone.number']],
    ['Fax', (c, o, r) => (r() < 0.3 ? c.phone.replace(/\d{2}$/, '99') : ''), ['faxPhone.number']],
    ['Rollen', (c, o, r) => v.pick(r, ['Käufer', 'Käufer', 'Käufer;Genehmiger', 'Kontoadministrator']), [], opt],
    ['Bestelllimit', (c, o, r) => c2(v.pick(r, [500, 1000, 2500, 0])), []],
    ['Kostenstelle', (c, o, r) => String(v.int(r, 1000, 9999)), []],
    ['Aktiv', (c, o, r) => (r() < 0.9 ? 'true' : 'false'), [], opt],
    ['Rechnungsadresse Straße', (c, o, r, i) => `${row(DE_ADDR, i % 7)[0]} ${row(DE_ADDR, i % 7)[1]}`, at(['billingAddress', ...WORK], 'street1')],
    ['Rechnungsadresse PLZ', (c, o, r, i) => row(DE_ADDR, i % 7)[2], at(['billingAddress', ...WORK], 'postalCode')],
    ['Rechnungsadresse Ort', (c, o, r, i) => row(DE_ADDR, i % 7)[3], at(['billingAddress', ...WORK], 'city')],
    ['Rechnungsadresse Land', () => 'DE', at(['billingAddress', ...WORK], 'countryCode')],
    ['Lieferadresse Straße', (c, o, r, i) => `${row(DE_ADDR, i % 7 + 2)[0]} ${row(DE_ADDR, i % 7 + 2)[1]}`, ['shippingAddress.street1']],
    ['Lieferadresse PLZ', (c, o, r, i) => row(DE_ADDR, i % 7 + 2)[2], ['shippingAddress.postalCode']],
    ['Lieferadresse Ort', (c, o, r, i) => row(DE_ADDR, i % 7 + 2)[3], ['shippingAddress.city']],
    ['Erstellt am', (c) => deDT(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Letzte Anmeldung', (c) => deDT(later(c)), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Preisliste', (c, o, r) => v.pick(r, ['Standard', 'Rahmenvertrag 2024', 'Handwerk']), []],
  ] },
]
