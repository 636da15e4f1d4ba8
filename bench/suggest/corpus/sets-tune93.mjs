// Round 93, tune93: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). German, Austrian, Swiss and Dutch order, order-line, fulfilment, shipping and
// returns exports (shop systems, marketplaces, ERPs, warehouse and returns tools); headers in German or Dutch.
import { E, v, PL, OR, SHIP, BILL, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

// date formats: "22.05.2024", "22.05.2024 14:31", "22-05-2024 14:31:07", ISO with offset (CET/CEST taken as +1/+2)
const off = (ms) => ([4, 5, 6, 7, 8, 9].includes(new Date(ms).getUTCMonth() + 1) ? 2 : 1)
const dmy = (ms) => { const p = shift(ms, off(ms)); return `${pad(p.d)}.${pad(p.m)}.${p.y}` }
const dmyHM = (ms) => { const p = shift(ms, off(ms)); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}` }
const dmyHMS = (ms) => { const p = shift(ms, off(ms)); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const nlDT = (ms) => { const p = shift(ms, off(ms)); return `${pad(p.d)}-${pad(p.m)}-${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const nlD = (ms) => { const p = shift(ms, off(ms)); return `${pad(p.d)}-${pad(p.m)}-${p.y}` }
const ymdHMS = (ms) => { const p = shift(ms, off(ms)); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const isoOff = (ms) => { const h = off(ms); const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)}T${pad(p.H)}:${pad(p.M)}:${pad(p.S)}+0${h}:00` }
const day = 86400000
// money: "49,95" (de/nl), "1.234,50", "€ 49,95", "49.95"
const de = (n) => n.toFixed(2).replace('.', ',')
const deK = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')
const eurNl = (n) => `€ ${deK(n)}`
const dot = (n) => n.toFixed(2)

// places and goods
const DE_ADDR = [
  ['Bergmannstraße', '42', '10961', 'Berlin', 'DE', 'Deutschland'], ['Leopoldstraße', '118', '80802', 'München', 'DE', 'Deutschland'],
  ['Ehrenfeldgürtel', '7', '50823', 'Köln', 'DE', 'Deutschland'], ['Mariahilfer Straße', '56/3', '1070', 'Wien', 'AT', 'Österreich'],
  ['Langstrasse', '210', '8005', 'Zürich', 'CH', 'Schweiz'], ['Schanzenstraße', '19', '20357', 'Hamburg', 'DE', 'Deutschland'],
  ['Königstraße', '3a', '70173', 'Stuttgart', 'DE', 'Deutschland'], ['Getreidegasse', '12', '5020', 'Salzburg', 'AT', 'Österreich'],
]
const NL_ADDR = [
  ['Prinsengracht', '263', '1016 GV', 'Amsterdam', 'NL', 'Nederland'], ['Oudegracht', '158', '3511 AZ', 'Utrecht', 'NL', 'Nederland'],
  ['Witte de Withstraat', '44', '3012 BR', 'Rotterdam', 'NL', 'Nederland'], ['Stratumseind', '21', '5611 ET', 'Eindhoven', 'NL', 'Nederland'],
  ['Meir', '85', '2000', 'Antwerpen', 'BE', 'België'], ['Vismarkt', '9', '9711 KT', 'Groningen', 'NL', 'Nederland'],
  ['Grote Markt', '30', '2011 RD', 'Haarlem', 'NL', 'Nederland'], ['Vrijthof', '6', '6211 LD', 'Maastricht', 'NL', 'Nederland'],
]
const DE_GOODS = [['TS-1042-M', 'Bio-Baumwoll T-Shirt Herren, M, schwarz', 24.95], ['KB-220-W', 'Kaffeebecher Steingut 350 ml weiß', 12.9], ['RS-880', 'Rucksack Daypack 20 l, olivgrün', 69.0], ['LS-15-BK', 'Laufschuhe Trail, Gr. 42', 119.95], ['HF-300', 'Hundefutter Lamm & Reis 12 kg', 54.99], ['KS-12', 'Kissenbezug Leinen 50x50 cm', 19.5]]
const NL_GOODS = [['8719202451239', 'Fietstas waterdicht 20L zwart', 49.95], ['8720299103348', 'Theedoek katoen 3-pack', 14.99], ['8714681055210', 'Koffiebonen espresso 1 kg', 22.5], ['8718924433176', 'Regenjas unisex maat L', 89.0], ['8719874622013', 'Plantenpot terracotta 24 cm', 17.95], ['8716593201187', 'Speelgoed houten treinset', 39.95]]
const CARRIERS_DE = ['DHL', 'DHL', 'DPD', 'GLS', 'Hermes', 'Österreichische Post', 'Die Schweizerische Post']
const CARRIERS_NL = ['PostNL', 'PostNL', 'DHL Parcel', 'DPD', 'bpost', 'GLS']
const REDEN_NL = ['Te klein', 'Te groot', 'Beschadigd ontvangen', 'Verkeerd artikel ontvangen', 'Voldoet niet aan verwachting', 'Bedenktijd']
const GRUND_DE = ['Artikel gefällt nicht', 'Zu klein', 'Zu groß', 'Artikel beschädigt', 'Falscher Artikel geliefert', 'Lieferung zu spät']
const dhl = (r) => `00340434${v.int(r, 100000000, 999999999)}${v.int(r, 100, 999)}`
const postnl = (r) => `3S${v.pick(r, ['ABCD', 'KLMN', 'PQRS'])}${v.int(r, 100000000, 999999999)}`
const nlMob = (r) => `06${v.int(r, 10000000, 99999999)}`
const deMob = (r) => `+49 1${v.pick(r, ['51', '60', '70', '76'])} ${v.int(r, 1000000, 9999999)}`
const line = (G, i, o) => { const g = row(G, i); return { sku: g[0], name: g[1], price: g[2], qty: o.qty, total: +(g[2] * o.qty).toFixed(2) } }

export const SETS = [
  // ---------------------------------------------------------------- returns (Returnless, Retouren > Exporteren, Dutch panel)
  { name: 'returnless-retourorders-export-nl', product: 'Returnless (panel: Retouren > Exporteren, CSV, Dutch UI, a Dutch webshop handling consumer returns)', family: 'ecommerce-orders', language: 'nl', schema: E, cols: [
    ['Retournummer', (c, o, r) => `RET-${v.int(r, 100000, 999999)}`, ['_id'], opt],
    ['Ordernummer', (c, o, r) => String(v.int(r, 100000, 399999)), [OR('purchaseID')]],
    ['Winkelnaam', () => 'Fietsenwinkel Noord', [], opt],
    ['Formulier', (c, o, r) => v.pick(r, ['Standaard retourformulier', 'Retour België', 'Ruilen']), []],
    ['Aangemaakt op', (c, o) => nlDT(o.at + 6 * day), ['timestamp'], opt],
    ['Status', (c, o, r) => v.pick(r, ['Aangemeld', 'Onderweg', 'Ontvangen', 'Afgerond', 'Afgewezen']), [], opt],
    ['Voornaam', (c) => c.first, []],
    ['Achternaam', (c) => c.last, []],
    ['E-mailadres', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefoonnummer', (c, o, r) => (r() < 0.6 ? nlMob(r) : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Straat', (c, o, r, i) => row(NL_ADDR, i)[0], [SHIP('street1')], opt],
    ['Huisnummer', (c, o, r, i) => row(NL_ADDR, i)[1], [], opt],
    ['Postcode', (c, o, r, i) => row(NL_ADDR, i)[2], [SHIP('postalCode')], opt],
    ['Plaats', (c, o, r, i) => row(NL_ADDR, i)[3], [SHIP('city')], opt],
    ['Land', (c, o, r, i) => row(NL_ADDR, i)[4], [SHIP('countryCode')], opt],
    ['SKU', (c, o, r, i) => row(NL_GOODS, i)[0], [PL('SKU')]],
    ['Productnaam', (c, o, r, i) => row(NL_GOODS, i)[1], [PL('name')]],
    ['Aantal', () => '1', [PL('quantity')]],
    ['Retourreden', (c, o, r) => v.pick(r, REDEN_NL), []],
    ['Opmerking klant', (c, o, r) => v.pick(r, ['', '', 'Past helaas niet', 'Rits was kapot']), []],
    ['Oplossing', (c, o, r) => v.pick(r, ['Terugbetaling', 'Terugbetaling', 'Ruilen', 'Tegoedbon']), []],
    ['Terug te betalen bedrag', (c, o, r, i) => de(row(NL_GOODS, i)[2]), [OR('refundTotal')]],
    ['Retourbijdrage', (c, o, r) => de(v.pick(r, [0, 0, 3.95, 4.95])), []],
    ['Vervoerder', (c, o, r) => v.pick(r, CARRIERS_NL), ['commerce.shipping.shippingMethod'], opt],
    ['Trackingcode', (c, o, r) => postnl(r), ['commerce.shipping.trackingNumber']],
    ['Ontvangen op', (c, o, r) => (r() < 0.6 ? nlD(o.at + 12 * day) : ''), []],
  ] },

  // ---------------------------------------------------------------- orders (Channable, Orders > Exporteren, Dutch UI)
  { name: 'channable-orders-export-nl', product: 'Channable (Orders module: Orders > Exporteren, CSV, Dutch UI, a Dutch retailer selling on bol.com, Amazon and other channels through Channable)', family: 'ecommerce-orders', language: 'nl', schema: E, cols: [
    ['Channable order ID', (c, o, r) => String(v.int(r, 30000000, 69999999)), ['_id', OR('purchaseID')], opt],
    ['Kanaal', (c, o, r) => v.pick(r, ['bol.com', 'bol.com', 'Amazon NL', 'Zalando', 'Kaufland']), ['commerce.commerceScope.storeCode'], opt],
    ['Kanaal order ID', (c, o, r) => `A${v.int(r, 1000000000, 9999999999)}`, [OR('purchaseID')]],
    ['Besteldatum', (c, o) => nlDT(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o, r) => v.pick(r, ['nieuw', 'verzonden', 'verzonden', 'geannuleerd', 'in behandeling']), [], opt],
    ['Voornaam', (c) => c.first, []],
    ['Achternaam', (c) => c.last, []],
    ['E-mail', (c, o, r) => `${v.alnum(r, 10).toLowerCase()}@verkopen.bol.com`, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefoon', (c, o, r) => (r() < 0.5 ? nlMob(r) : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Verzendadres straat', (c, o, r, i) => row(NL_ADDR, i)[0], [SHIP('street1')]],
    ['Verzendadres huisnummer', (c, o, r, i) => row(NL_ADDR, i)[1], [], opt],
    ['Verzendadres postcode', (c, o, r, i) => row(NL_ADDR, i)[2], [SHIP('postalCode')]],
    ['Verzendadres plaats', (c, o, r, i) => row(NL_ADDR, i)[3], [SHIP('city')]],
    ['Verzendadres land', (c, o, r, i) => row(NL_ADDR, i)[4], [SHIP('countryCode')]],
    ['Factuuradres straat', (c, o, r, i) => row(NL_ADDR, i + 2)[0], [BILL('street1')]],
    ['Factuuradres postcode', (c, o, r, i) => row(NL_ADDR, i + 2)[2], [BILL('postalCode')]],
    ['Factuuradres plaats', (c, o, r, i) => row(NL_ADDR, i + 2)[3], [BILL('city')]],
    ['EAN', (c, o, r, i) => row(NL_GOODS, i)[0], [PL('SKU')], opt],
    ['Producttitel', (c, o, r, i) => row(NL_GOODS, i)[1], [PL('name')]],
    ['Aantal', (c, o) => String(o.qty), [PL('quantity')]],
    ['Stukprijs', (c, o, r, i) => dot(row(NL_GOODS, i)[2]), [PL('priceTotal')], opt],
    ['Verzendkosten', (c, o) => dot(o.shipping), ['commerce.shipping.shippingAmount']],
    ['Totaalprijs', (c, o, r, i) => dot(row(NL_GOODS, i)[2] * o.qty + o.shipping), [OR('priceTotal')]],
    ['Commissie', (c, o, r, i) => dot(row(NL_GOODS, i)[2] * o.qty * 0.15), []],
    ['Valuta', () => 'EUR', [OR('currencyCode')]],
    ['Uiterste leverdatum', (c, o) => nlD(o.at + 2 * day), [], opt],
    ['Track & trace', (c, o, r) => (r() < 0.7 ? postnl(r) : ''), ['commerce.shipping.trackingNumber']],
    ['Vervoerder', (c, o, r) => v.pick(r, CARRIERS_NL), ['commerce.shipping.shippingMethod'], opt],
  ] },

  // ---------------------------------------------------------------- fulfilment orders (Montapacking, Montaportal: Orders > Export)
  { name: 'montapacking-orders-export-nl', product: 'Montapacking (Montaportal: Orders > Exporteer naar Excel, XLSX, Dutch UI, a Dutch webshop whose orders Montapacking picks and ships)', family: 'ecommerce-orders', language: 'nl', schema: E, cols: [
    ['Webshop ordernummer', (c, o, r) => `WS${v.int(r, 10000, 99999)}`, [OR('purchaseID')]],
    ['Monta ordernummer', (c, o, r) => String(v.int(r, 5000000, 8999999)), ['_id'], opt],
    ['Webshop', () => 'Groene Vingers BV', [], opt],
    ['Aangemaakt', (c, o) => nlDT(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o, r) => v.pick(r, ['Verzonden', 'Verzonden', 'In behandeling', 'Backorder', 'Geannuleerd']), [], opt],
    ['Naam', (c) => c.full, []],
    ['Bedrijfsnaam', (c, o, r) => (r() < 0.2 ? c.company : ''), []],
    ['Adres', (c, o, r, i) => `${row(NL_ADDR, i)[0]} ${row(NL_ADDR, i)[1]}`, [SHIP('street1')]],
    ['Postcode', (c, o, r, i) => row(NL_ADDR, i)[2], [SHIP('postalCode')]],
    ['Plaats', (c, o, r, i) => row(NL_ADDR, i)[3], [SHIP('city')]],
    ['Land', (c, o, r, i) => row(NL_ADDR, i)[4], [SHIP('countryCode')]],
    ['E-mail', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefoon', (c, o, r) => nlMob(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Artikelcode', (c, o, r, i) => `GV-${row(NL_GOODS, i)[0].slice(-5)}`, [PL('SKU')]],
    ['Barcode', (c, o, r, i) => row(NL_GOODS, i)[0], [], opt],
    ['Omschrijving', (c, o, r, i) => row(NL_GOODS, i)[1], [PL('name')]],
    ['Aantal besteld', (c, o) => String(o.qty), [PL('quantity')]],
    ['Aantal verzonden', (c, o, r) => String(r() < 0.85 ? o.qty : 0), [], opt],
    ['Verzendmethode', (c, o, r) => v.pick(r, ['PostNL Standaard', 'PostNL Brievenbuspakje', 'DHL For You', 'DPD Home']), ['commerce.shipping.shippingMethod']],
    ['Verzonden op', (c, o, r) => (r() < 0.8 ? nlDT(o.at + v.int(r, 1, 3) * day) : ''), ['commerce.shipping.shipDate'], opt],
    ['Track & trace code', (c, o, r) => postnl(r), ['commerce.shipping.trackingNumber']],
    ['Gewicht (kg)', (c, o, r) => de(v.int(r, 2, 80) / 10), [], opt],
    ['Colli', (c, o, r) => String(v.pick(r, [1, 1, 1, 2])), []],
    ['Opmerking', (c, o, r) => v.pick(r, ['', '', 'Cadeauverpakking', 'Niet bij buren afleveren']), []],
  ] },

  // ---------------------------------------------------------------- order lines (GoedGepickt, Bestellingen > Exporteren)
  { name: 'goedgepickt-bestellingen-export-nl', product: 'GoedGepickt (WMS: Bestellingen > Exporteren, CSV, Dutch UI, a Dutch webshop that picks its own orders from a WooCommerce/Lightspeed shop)', family: 'ecommerce-orders', language: 'nl', schema: E, cols: [
    ['Order UUID', (c, o, r) => v.uuid(r), ['_id'], opt],
    ['Extern ordernummer', (c, o, r) => String(v.int(r, 10000, 49999)), [OR('purchaseID')]],
    ['Webshop', (c, o, r) => v.pick(r, ['WooCommerce - hoofdwinkel', 'Lightspeed - outlet']), ['commerce.commerceScope.storeCode'], opt],
    ['Besteldatum', (c, o) => ymdHMS(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o, r) => v.pick(r, ['backorder', 'open', 'gepickt', 'verzonden', 'verzonden', 'geannuleerd']), [], opt],
    ['Klantnaam', (c) => c.full, []],
    ['E-mailadres', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Straat', (c, o, r, i) => row(NL_ADDR, i + 1)[0], [SHIP('street1')]],
    ['Huisnummer', (c, o, r, i) => row(NL_ADDR, i + 1)[1], [], opt],
    ['Postcode', (c, o, r, i) => row(NL_ADDR, i + 1)[2], [SHIP('postalCode')]],
    ['Plaats', (c, o, r, i) => row(NL_ADDR, i + 1)[3], [SHIP('city')]],
    ['Landcode', (c, o, r, i) => row(NL_ADDR, i + 1)[4], [SHIP('countryCode')]],
    ['SKU', (c, o, r, i) => row(NL_GOODS, i + 1)[0], [PL('SKU')]],
    ['Productnaam', (c, o, r, i) => row(NL_GOODS, i + 1)[1], [PL('name')]],
    ['Aantal', (c, o) => String(o.qty), [PL('quantity')]],
    ['Gepickt', (c, o, r) => String(r() < 0.8 ? o.qty : 0), []],
    ['Locatie', (c, o, r) => `${v.pick(r, ['A', 'B', 'C'])}-${pad(v.int(r, 1, 30))}-${v.int(r, 1, 5)}`, []],
    ['Prijs', (c, o, r, i) => de(row(NL_GOODS, i + 1)[2]), [PL('priceTotal')], opt],
    ['Verzendmethode', (c, o, r) => v.pick(r, ['PostNL pakket', 'PostNL brievenbus', 'DHL', 'Afhalen']), ['commerce.shipping.shippingMethod']],
    ['Verzonden op', (c, o, r) => (r() < 0.7 ? ymdHMS(o.at + day) : ''), ['commerce.shipping.shipDate'], opt],
    ['Picker', (c, o, r) => v.pick(r, ['Sanne', 'Joris', 'Fatima', '']), []],
    ['Tags', (c, o, r) => v.pick(r, ['', '', 'spoed', 'cadeau']), []],
  ] },

  // ---------------------------------------------------------------- shipments (Wuunder, Zendingen > Exporteren, Dutch UI)
  { name: 'wuunder-zendingen-export-nl', product: 'Wuunder (dashboard: Zendingen > Exporteren, CSV, Dutch UI, a Dutch webshop booking parcels through Wuunder)', family: 'ecommerce-orders', language: 'nl', schema: E, cols: [
    ['Zending ID', (c, o, r) => v.uuid(r), ['_id'], opt],
    ['Referentie', (c, o, r) => `#${v.int(r, 10000, 39999)}`, [OR('purchaseID')]],
    ['Aangemaakt op', (c, o) => nlDT(o.at), ['timestamp'], opt],
    ['Status', (c, o, r) => v.pick(r, ['Geboekt', 'Onderweg', 'Afgeleverd', 'Afgeleverd', 'Retour afzender']), [], opt],
    ['Vervoerder', (c, o, r) => v.pick(r, CARRIERS_NL), ['commerce.shipping.shippingMethod'], opt],
    ['Service', (c, o, r) => v.pick(r, ['Standaard', 'Brievenbus', 'Avondlevering', 'Pakketpunt']), ['commerce.shipping.shippingMethod'], opt],
    ['Track & trace', (c, o, r) => postnl(r), ['commerce.shipping.trackingNumber']],
    ['Ontvanger bedrijf', (c, o, r) => (r() < 0.2 ? c.company : ''), []],
    ['Ontvanger voornaam', (c) => c.first, []],
    ['Ontvanger achternaam', (c) => c.last, []],
    ['Ontvanger e-mail', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Ontvanger telefoon', (c, o, r) => nlMob(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Ontvanger straat', (c, o, r, i) => row(NL_ADDR, i + 3)[0], [SHIP('street1')]],
    ['Ontvanger huisnummer', (c, o, r, i) => row(NL_ADDR, i + 3)[1], [], opt],
    ['Ontvanger postcode', (c, o, r, i) => row(NL_ADDR, i + 3)[2], [SHIP('postalCode')]],
    ['Ontvanger plaats', (c, o, r, i) => row(NL_ADDR, i + 3)[3], [SHIP('city')]],
    ['Ontvanger land', (c, o, r, i) => row(NL_ADDR, i + 3)[4], [SHIP('countryCode')]],
    ['Omschrijving', (c, o, r, i) => row(NL_GOODS, i + 2)[1], [PL('name')], opt],
    ['Waarde', (c, o, r, i) => de(row(NL_GOODS, i + 2)[2] * o.qty), [], opt],
    ['Gewicht (gram)', (c, o, r) => String(v.int(r, 150, 9000)), []],
    ['Lengte (cm)', (c, o, r) => String(v.int(r, 15, 60)), []],
    ['Breedte (cm)', (c, o, r) => String(v.int(r, 10, 40)), []],
    ['Hoogte (cm)', (c, o, r) => String(v.int(r, 3, 30)), []],
    ['Verzendkosten', (c, o, r) => de(v.pick(r, [4.35, 5.6, 6.95, 8.2])), [], opt],
    ['Afgeleverd op', (c, o, r) => (r() < 0.6 ? nlDT(o.at + 2 * day) : ''), []],
  ] },

  // ---------------------------------------------------------------- marketplace orders (Beslist.nl Shopping Cart, Bestellingen > Exporteren)
  { name: 'beslist-shoppingcart-bestellingen-nl', product: 'Beslist.nl (Shopping Cart / winkelwagenmodel, verkopersportaal: Bestellingen > Exporteren, CSV, Dutch UI, a Dutch webshop selling on Beslist.nl)', family: 'ecommerce-orders', language: 'nl', schema: E, cols: [
    ['Bestelnummer', (c, o, r) => `BES${v.int(r, 10000000, 99999999)}`, [OR('purchaseID'), '_id']],
    ['Besteldatum', (c, o) => nlDT(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o, r) => v.pick(r, ['Nieuw', 'Geaccepteerd', 'Verzonden', 'Verzonden', 'Geannuleerd']), [], opt],
    ['Aanhef', (c) => (c.female ? 'Mevrouw' : 'De heer'), []],
    ['Voornaam', (c) => c.first, []],
    ['Tussenvoegsel', (c, o, r) => v.pick(r, ['', '', '', 'van', 'de', 'van der']), []],
    ['Achternaam', (c) => c.last, []],
    ['E-mailadres', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefoonnummer', (c, o, r) => nlMob(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Afleveradres straat', (c, o, r, i) => row(NL_ADDR, i + 4)[0], [SHIP('street1')]],
    ['Afleveradres huisnummer', (c, o, r, i) => row(NL_ADDR, i + 4)[1], [], opt],
    ['Afleveradres toevoeging', (c, o, r) => v.pick(r, ['', '', '', 'A', 'bis', '2hg']), [SHIP('street2')], opt],
    ['Afleveradres postcode', (c, o, r, i) => row(NL_ADDR, i + 4)[2], [SHIP('postalCode')]],
    ['Afleveradres plaats', (c, o, r, i) => row(NL_ADDR, i + 4)[3], [SHIP('city')]],
    ['Afleveradres land', (c, o, r, i) => row(NL_ADDR, i + 4)[5], [SHIP('country')]],
    ['Factuuradres straat', (c, o, r, i) => row(NL_ADDR, i + 4)[0], [BILL('street1')]],
    ['Factuuradres postcode', (c, o, r, i) => row(NL_ADDR, i + 4)[2], [BILL('postalCode')]],
    ['Factuuradres plaats', (c, o, r, i) => row(NL_ADDR, i + 4)[3], [BILL('city')]],
    ['Artikelnummer', (c, o, r, i) => `SHOP-${row(NL_GOODS, i + 3)[0].slice(-6)}`, [PL('SKU')]],
    ['EAN', (c, o, r, i) => row(NL_GOODS, i + 3)[0], [], opt],
    ['Producttitel', (c, o, r, i) => row(NL_GOODS, i + 3)[1], [PL('name')]],
    ['Aantal', (c, o) => String(o.qty), [PL('quantity')]],
    ['Prijs per stuk', (c, o, r, i) => eurNl(row(NL_GOODS, i + 3)[2]), [PL('priceTotal')], opt],
    ['Verzendkosten', (c, o) => eurNl(o.shipping), ['commerce.shipping.shippingAmount']],
    ['Totaalbedrag', (c, o, r, i) => eurNl(row(NL_GOODS, i + 3)[2] * o.qty + o.shipping), [OR('priceTotal')]],
    ['Betaalmethode', (c, o, r) => v.pick(r, ['iDEAL', 'iDEAL', 'Achteraf betalen', 'Bancontact']), [OR('payments[0].paymentType')], opt],
    ['Levertijd', (c, o, r) => v.pick(r, ['Op werkdagen voor 23:00 besteld, morgen in huis', '1-2 werkdagen', '3-5 werkdagen']), []],
    ['Track & trace', (c, o, r) => (r() < 0.7 ? postnl(r) : ''), ['commerce.shipping.trackingNumber']],
  ] },

  // ---------------------------------------------------------------- orders (Shoptrader, Bestellingen > Exporteren, Dutch admin)
  { name: 'shoptrader-bestellingen-export-nl', product: 'Shoptrader (beheeromgeving: Bestellingen > Bestellingen exporteren, CSV, Dutch UI, a Dutch webshop on the Shoptrader platform)', family: 'ecommerce-orders', language: 'nl', schema: E, cols: [
    ['orders_id', (c, o, r) => String(v.int(r, 1000, 29999)), [OR('purchaseID'), '_id']],
    ['Datum', (c, o) => nlDT(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o, r) => v.pick(r, ['In behandeling', 'Betaald', 'Verzonden', 'Verzonden', 'Geannuleerd']), [], opt],
    ['Klantnummer', (c) => c.id, [], opt],
    ['Bedrijfsnaam', (c, o, r) => (r() < 0.15 ? c.company : ''), []],
    ['Naam', (c) => c.full, []],
    ['E-mail', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefoon', (c, o, r) => (r() < 0.7 ? nlMob(r) : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Factuur straat', (c, o, r, i) => `${row(NL_ADDR, i + 5)[0]} ${row(NL_ADDR, i + 5)[1]}`, [BILL('street1')]],
    ['Factuur postcode', (c, o, r, i) => row(NL_ADDR, i + 5)[2], [BILL('postalCode')]],
    ['Factuur plaats', (c, o, r, i) => row(NL_ADDR, i + 5)[3], [BILL('city')]],
    ['Factuur land', (c, o, r, i) => row(NL_ADDR, i + 5)[5], [BILL('country')]],
    ['Aflever naam', (c) => c.full, [], opt],
    ['Aflever straat', (c, o, r, i) => `${row(NL_ADDR, i + 6)[0]} ${row(NL_ADDR, i + 6)[1]}`, [SHIP('street1')]],
    ['Aflever postcode', (c, o, r, i) => row(NL_ADDR, i + 6)[2], [SHIP('postalCode')]],
    ['Aflever plaats', (c, o, r, i) => row(NL_ADDR, i + 6)[3], [SHIP('city')]],
    ['Aflever land', (c, o, r, i) => row(NL_ADDR, i + 6)[5], [SHIP('country')]],
    ['Betaalwijze', (c, o, r) => v.pick(r, ['iDEAL', 'iDEAL', 'PayPal', 'Bancontact', 'Overboeking']), [OR('payments[0].paymentType')]],
    ['Verzendwijze', (c, o, r) => v.pick(r, ['PostNL Pakket', 'PostNL Brievenbuspakje', 'Afhalen in de winkel']), ['commerce.shipping.shippingMethod']],
    ['Subtotaal', (c, o) => de(o.subtotal), [], opt],
    ['Verzendkosten', (c, o) => de(o.shipping), ['commerce.shipping.shippingAmount']],
    ['Korting', (c, o) => de(o.discount), [OR('discountAmount')]],
    ['BTW', (c, o) => de(o.subtotal * 0.21 / 1.21), [OR('taxAmount')]],
    ['Totaal', (c, o) => de(o.subtotal + o.shipping - o.discount), [OR('priceTotal')]],
    ['Kortingscode', (c, o) => (o.discount ? 'WELKOM5' : ''), ['commerce.promotionID'], opt],
    ['Opmerkingen', (c, o, r) => v.pick(r, ['', '', '', 'Graag niet aanbellen', 'Is een cadeau']), []],
  ] },

  // ---------------------------------------------------------------- order lines (Actindo Core1 Platform, Aufträge > Export)
  { name: 'actindo-auftragspositionen-export-de', product: 'Actindo (Core1 Platform / OMS: Aufträge > Exportieren, Auftragspositionen als CSV, German UI, a German multichannel retailer)', family: 'ecommerce-orders', language: 'de', schema: E, cols: [
    ['Auftragsnummer', (c, o, r) => `AU-${v.int(r, 2024000000, 2024999999)}`, [OR('purchaseID'), '_id']],
    ['Externe Bestellnummer', (c, o, r) => String(v.int(r, 100000, 999999)), [OR('purchaseID')], opt],
    ['Vertriebskanal', (c, o, r) => v.pick(r, ['Shopware 6 DE', 'Amazon.de', 'Otto Market', 'Shopware 6 AT']), ['commerce.commerceScope.storeCode'], opt],
    ['Auftragsdatum', (c, o) => dmyHMS(o.at), ['timestamp', OR('createdDate')]],
    ['Auftragsstatus', (c, o, r) => v.pick(r, ['Offen', 'In Bearbeitung', 'Versendet', 'Versendet', 'Storniert']), [], opt],
    ['Zahlungsstatus', (c, o, r) => v.pick(r, ['bezahlt', 'bezahlt', 'offen', 'teilweise bezahlt']), [], opt],
    ['Kundennummer', (c) => `K${c.id}`, [], opt],
    ['Rechnungsadresse Vorname', (c) => c.first, []],
    ['Rechnungsadresse Nachname', (c) => c.last, []],
    ['Rechnungsadresse Straße', (c, o, r, i) => `${row(DE_ADDR, i)[0]} ${row(DE_ADDR, i)[1]}`, [BILL('street1')]],
    ['Rechnungsadresse PLZ', (c, o, r, i) => row(DE_ADDR, i)[2], [BILL('postalCode')]],
    ['Rechnungsadresse Ort', (c, o, r, i) => row(DE_ADDR, i)[3], [BILL('city')]],
    ['Rechnungsadresse Land', (c, o, r, i) => row(DE_ADDR, i)[4], [BILL('countryCode')]],
    ['Lieferadresse Straße', (c, o, r, i) => `${row(DE_ADDR, i + 1)[0]} ${row(DE_ADDR, i + 1)[1]}`, [SHIP('street1')]],
    ['Lieferadresse PLZ', (c, o, r, i) => row(DE_ADDR, i + 1)[2], [SHIP('postalCode')]],
    ['Lieferadresse Ort', (c, o, r, i) => row(DE_ADDR, i + 1)[3], [SHIP('city')]],
    ['Lieferadresse Land', (c, o, r, i) => row(DE_ADDR, i + 1)[4], [SHIP('countryCode')]],
    ['E-Mail', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Position', (c, o, r) => String(v.int(r, 1, 3)), []],
    ['Artikelnummer', (c, o, r, i) => row(DE_GOODS, i)[0], [PL('SKU')]],
    ['Artikelbezeichnung', (c, o, r, i) => row(DE_GOODS, i)[1], [PL('name')]],
    ['Menge', (c, o) => String(o.qty), [PL('quantity')]],
    ['Einzelpreis brutto', (c, o, r, i) => de(row(DE_GOODS, i)[2]), [PL('priceTotal')], opt],
    ['Gesamtpreis brutto', (c, o, r, i) => de(row(DE_GOODS, i)[2] * o.qty), [PL('priceTotal')]],
    ['MwSt-Satz', (c, o, r, i) => (row(DE_ADDR, i)[4] === 'AT' ? '20' : row(DE_ADDR, i)[4] === 'CH' ? '8,1' : '19'), []],
    ['Währung', (c, o, r, i) => (row(DE_ADDR, i)[4] === 'CH' ? 'CHF' : 'EUR'), [OR('currencyCode')]],
    ['Zahlungsart', (c, o, r) => v.pick(r, ['PayPal', 'Kreditkarte', 'Rechnung (Klarna)', 'Vorkasse', 'Amazon Pay']), [OR('payments[0].paymentType')], opt],
    ['Versandart', (c, o, r) => v.pick(r, ['DHL Paket', 'DHL Paket', 'DPD Classic', 'GLS']), ['commerce.shipping.shippingMethod']],
    ['Versanddatum', (c, o, r) => (r() < 0.7 ? dmy(o.at + day) : ''), ['commerce.shipping.shipDate'], opt],
    ['Sendungsnummer', (c, o, r) => (r() < 0.7 ? dhl(r) : ''), ['commerce.shipping.trackingNumber']],
  ] },
]
