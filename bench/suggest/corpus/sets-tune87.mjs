// Round 87, tune87: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). Loyalty, rewards, coalition and membership programme exports from around the
// world (member lists, points ledgers, reward redemptions, wallet-card passes), each in the product's UI language:
// English, Spanish, Portuguese, French, German, Italian and Dutch.
import { E, P, v, PL, OR, SHIP, HOME, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'
import { slug } from './values.mjs'

// dates (local wall time written without offset: shift by the business's UTC offset)
const ymd = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const ymdHMS = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const dmy = (ms, h = 0, s = '/') => { const p = shift(ms, h); return `${pad(p.d)}${s}${pad(p.m)}${s}${p.y}` }
const dmyHM = (ms, h = 0, s = '/') => { const p = shift(ms, h); return `${pad(p.d)}${s}${pad(p.m)}${s}${p.y} ${pad(p.H)}:${pad(p.M)}` }
const dmyHMS = (ms, h = 0, s = '/') => { const p = shift(ms, h); return `${pad(p.d)}${s}${pad(p.m)}${s}${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const mdy = (ms, h = -5) => { const p = shift(ms, h); return `${pad(p.m)}/${pad(p.d)}/${p.y}` }
const mdyT = (ms, h = -5) => { const p = shift(ms, h); return `${p.m}/${p.d}/${p.y} ${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }
const mmdd = (ms) => { const p = shift(ms, 0); return `${pad(p.m)}/${pad(p.d)}` }
const epoch = (ms) => String(Math.floor(ms / 1000))
const day = 86400000
// numbers
const th = (n, sep) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, sep)
const eu = (n) => { const [a, b] = n.toFixed(2).split('.'); return `${a.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${b}` }
const brl = (n) => `R$ ${eu(n)}`
const nm = (c) => `${c.first} ${c.last}`
const cpf = (r) => `${v.int(r, 100, 999)}.${v.int(r, 100, 999)}.${v.int(r, 100, 999)}-${pad(v.int(r, 0, 99))}`
const luhn16 = (r, pre) => { let s = pre; while (s.length < 16) s += String(v.int(r, 0, 9)); return s }

// places and people outside the generator's locales
const MY_FIRST = ['Ahmad', 'Nur Aisyah', 'Tan Wei Ming', 'Siti Nurhaliza', 'Rajesh', 'Lim Mei Ling', 'Muhammad Hafiz', 'Priya', 'Wong Kar Hoe', 'Farah']
const MY_LAST = ['bin Ismail', 'binti Rahman', '', 'binti Hassan', 'a/l Subramaniam', '', 'bin Abdullah', 'a/p Krishnan', '', 'binti Yusof']
const MY_OUTLETS = [['SHL0412', 'Shell Jalan Tun Razak'], ['SHL0877', 'Shell Damansara Utama'], ['SHL1130', 'Shell Bayan Lepas'], ['SHL0655', 'Shell Johor Bahru Skudai'], ['SHL0921', 'Shell Kota Kinabalu Lintas']]
const CO_SUC = ['Parque 93', 'Andino', 'Usaquén', 'El Poblado', 'Laureles', 'Granada Cali']
const CA_STORES = ['Queen St W', 'Yonge & Eglinton', 'Kitsilano', 'Gastown', 'Plateau Mont-Royal', 'Kensington']
const CA_POST = ['M6J 1E9', 'M4S 2B8', 'V6K 2H2', 'V6B 1H5', 'H2T 1S4', 'T2N 1M7']
const FR_MAGASINS = ['Boulangerie Lyon Part-Dieu', 'Boulangerie Lyon Croix-Rousse', 'Boulangerie Villeurbanne', 'Boulangerie Annecy', 'Boulangerie Grenoble']
const REWARDS = [['RW-1001', 'Branded Water Bottle', 'Merch', 'Blue', '', 2500], ['RW-1020', 'Crew Neck Tee', 'Apparel', 'Black', 'M', 4000], ['RW-1044', '$10 Gift Card', 'Gift Cards', '', '', 1000], ['RW-1107', 'Wireless Earbuds', 'Electronics', 'White', '', 12000], ['RW-1152', 'VIP Event Ticket', 'Experiences', '', '', 8000]]
const US_ADDR = [['1420 Pearl St', 'Boulder', 'CO', '80302'], ['88 Elm St', 'Burlington', 'VT', '05401'], ['2301 Guadalupe St', 'Austin', 'TX', '78705'], ['57 Newbury St', 'Boston', 'MA', '02116'], ['4110 SE Hawthorne Blvd', 'Portland', 'OR', '97214']]

export const SETS = [
  // ---------------------------------------------------------------- loyalty members (Sailplay, admin: Users > Export, CSV)
  { name: 'sailplay-users-export-en', product: 'Sailplay (loyalty admin: Users > Export to CSV, English UI, a cosmetics retail chain running its points programme on Sailplay)', family: 'loyalty', language: 'en', schema: P, cols: [
    ['ID', (c, o, r) => String(v.int(r, 30000000, 69999999)), ['_id', 'personID']],
    ['Origin user ID', (c, o, r) => (r() < 0.7 ? `CRM-${v.int(r, 100000, 999999)}` : ''), ['_id', 'personID'], opt],
    ['Phone', (c, o, r) => `1${v.int(r, 201, 989)}555${pad(v.int(r, 0, 9999), 4)}`, ['mobilePhone.number', 'homePhone.number']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['First name', (c) => c.first, ['person.name.firstName']],
    ['Last name', (c) => c.last, ['person.name.lastName']],
    ['Middle name', (c, o, r) => (r() < 0.2 ? v.pick(r, ['A.', 'Lee', 'Marie', 'J.']) : ''), ['person.name.middleName']],
    ['Birth date', (c) => ymd(c.birth), ['person.birthDate']],
    ['Sex', (c) => (c.female ? '2' : '1'), ['person.gender'], opt],
    ['Registration date', (c) => ymdHMS(c.created), ['loyalty.joinDate']],
    ['Last activity', (c) => ymdHMS(c.updated), [], opt],
    ['Card number', (c, o, r) => (r() < 0.6 ? luhn16(r, '7788') : ''), ['loyalty.cardsDetails[0].number']],
    ['Status', (c, o, r) => v.pick(r, ['Beauty Fan', 'Beauty Fan', 'Beauty Insider', 'Beauty Icon']), ['loyalty.tier']],
    ['Points confirmed', (c, o, r) => String(v.int(r, 0, 9000)), ['loyalty.points']],
    ['Points unconfirmed', (c, o, r) => (r() < 0.3 ? String(v.int(r, 10, 400)) : '0'), ['loyalty.promisedPoints'], opt],
    ['Points spent', (c, o, r) => String(v.int(r, 0, 6000)), ['loyalty.pointsRedeemed']],
    ['Points expired', (c, o, r) => (r() < 0.2 ? String(v.int(r, 50, 900)) : '0'), ['loyalty.expiredPoints']],
    ['Purchases count', (c, o, r) => String(v.int(r, 0, 60)), []],
    ['Purchases sum', (c, o, r) => v.money(r, 0, 4200), ['loyalty.lifetimePurchases'], opt],
    ['Registration store', (c, o, r) => v.pick(r, ['Online', 'Mall of America', 'SoHo Broadway', 'Union Square']), [], opt],
    ['Referrer ID', (c, o, r) => (r() < 0.15 ? String(v.int(r, 30000000, 69999999)) : ''), []],
    ['Email subscribed', (c) => (c.bool ? '1' : '0'), [], opt],
    ['SMS subscribed', (c, o, r) => (r() < 0.4 ? '1' : '0'), [], opt],
    ['Tags', (c, o, r) => v.pick(r, ['', 'skincare', 'skincare;vip', 'fragrance', 'makeup;newsletter']), []],
  ] },

  // ---------------------------------------------------------------- coalition partner transactions (BonusLink, Partner Portal: Reports > Transaction Report)
  { name: 'bonuslink-partner-transaction-report-en', product: 'BonusLink (Malaysia; Partner Portal: Reports > Transaction Report > Download CSV, English UI, a fuel-station partner of the coalition programme)', family: 'loyalty', language: 'en', schema: E, cols: [
    ['Transaction ID', (c, o, r) => `BL${v.int(r, 100000000, 999999999)}`, ['_id']],
    ['Transaction Date', (c, o) => dmy(o.at, 8), ['timestamp'], opt],
    ['Transaction Time', (c, o) => ymdHMS(o.at, 8).slice(11), []],
    ['Partner Code', () => 'P0031', []],
    ['Outlet Code', (c, o, r, i) => row(MY_OUTLETS, i)[0], ['commerce.commerceScope.storeCode', 'placeContext.POIinteraction.POIDetail.POIID'], opt],
    ['Outlet Name', (c, o, r, i) => row(MY_OUTLETS, i)[1], ['placeContext.POIinteraction.POIDetail.name'], opt],
    ['Terminal ID', (c, o, r) => `T${v.int(r, 1000, 9999)}`, []],
    ['Card No', (c, o, r) => luhn16(r, '6018'), []],
    ['Member Name', (c, o, r, i) => `${row(MY_FIRST, i)} ${row(MY_LAST, i)}`.trim().toUpperCase(), []],
    ['Transaction Type', (c, o, r) => v.pick(r, ['ISSUANCE', 'ISSUANCE', 'ISSUANCE', 'REDEMPTION', 'REVERSAL']), ['eventType'], opt],
    ['Receipt No', (c, o, r) => String(v.int(r, 10000000, 99999999)), [OR('purchaseID')]],
    ['Currency', () => 'MYR', [OR('currencyCode')]],
    ['Bill Amount (RM)', (c, o) => (o.total * 2).toFixed(2), [OR('priceTotal')]],
    ['Eligible Amount (RM)', (c, o) => (o.subtotal * 2).toFixed(2), [], opt],
    ['Points Issued', (c, o, r) => String(v.int(r, 0, 200)), []],
    ['Points Redeemed', (c, o, r) => (r() < 0.2 ? String(v.int(r, 500, 5000)) : '0'), []],
    ['Status', (c, o, r) => v.pick(r, ['Posted', 'Posted', 'Posted', 'Pending', 'Rejected']), [], opt],
    ['Reject Reason', (c, o, r) => (r() < 0.1 ? v.pick(r, ['Card not found', 'Duplicate receipt']) : ''), []],
    ['Batch No', (c, o, r) => `B${ymd(o.at, 8).replace(/-/g, '')}${pad(v.int(r, 1, 9), 2)}`, []],
    ['Upload Date', (c, o) => dmyHMS(o.at + day, 8), [], opt],
  ] },

  // ---------------------------------------------------------------- loyalty members (TapMango, Portal: Customers > Export)
  { name: 'tapmango-customers-export-en', product: 'TapMango (merchant portal: Customers > Customer List > Export CSV, English UI, a Canadian coffee-shop chain)', family: 'loyalty', language: 'en', schema: P, cols: [
    ['Customer ID', (c, o, r) => String(v.int(r, 1000000, 9999999)), ['_id', 'personID']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Phone Number', (c, o, r) => `(${v.pick(r, ['416', '647', '604', '514', '403'])}) ${v.int(r, 200, 999)}-${pad(v.int(r, 0, 9999), 4)}`, ['mobilePhone.number', 'homePhone.number']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Birthday', (c) => mmdd(c.birth), ['person.birthDayAndMonth']],
    ['Gender', (c, o, r) => (r() < 0.2 ? '' : c.female ? 'Female' : 'Male'), ['person.gender']],
    ['Postal Code', (c, o, r, i) => row(CA_POST, i), at(HOME, 'postalCode')],
    ['Sign Up Date', (c) => mdy(c.created), ['loyalty.joinDate']],
    ['Sign Up Location', (c, o, r, i) => row(CA_STORES, i), [], opt],
    ['Sign Up Source', (c, o, r) => v.pick(r, ['Kiosk', 'Mobile App', 'Online Ordering', 'Kiosk']), [], opt],
    ['Last Visit', (c) => mdyT(c.updated), [], opt],
    ['Total Visits', (c, o, r) => String(v.int(r, 1, 180)), []],
    ['Total Spend', (c, o, r) => `$${v.money(r, 4, 2400)}`, ['loyalty.lifetimePurchases'], opt],
    ['Points Balance', (c, o, r) => String(v.int(r, 0, 450)), ['loyalty.points']],
    ['Lifetime Points', (c, o, r) => String(v.int(r, 0, 3000)), ['loyalty.lifetimePoints']],
    ['Rewards Redeemed', (c, o, r) => String(v.int(r, 0, 25)), []],
    ['Tier', (c, o, r) => v.pick(r, ['Regular', 'Regular', 'Gold', 'Platinum']), ['loyalty.tier']],
    ['Card Number', (c, o, r) => (r() < 0.5 ? luhn16(r, '6280') : ''), ['loyalty.cardsDetails[0].number']],
    ['App User', (c, o, r) => (r() < 0.55 ? 'Y' : 'N'), []],
    ['Email Opt-In', (c) => (c.bool ? 'Y' : 'N'), [], opt],
    ['SMS Opt-In', (c, o, r) => (r() < 0.5 ? 'Y' : 'N'), [], opt],
    ['Notes', (c, o, r) => v.pick(r, ['', '', '', 'Oat milk only', 'Staff']), []],
  ] },

  // ---------------------------------------------------------------- reward redemptions (Oracle CrowdTwist, daily batch push USER_REDEMPTION CSV)
  { name: 'crowdtwist-user-redemption-batch', product: 'Oracle CrowdTwist (daily Batch Data Push: 2_<client_id>_USER_REDEMPTION_YYYYMMDD.csv on the SFTP, English field names, a US sporting-goods brand\'s rewards programme)', family: 'loyalty', language: 'en', schema: E, cols: [
    ['order_date', (c, o) => epoch(o.at), ['timestamp', OR('createdDate')]],
    ['order_id', (c, o, r) => String(v.int(r, 2000000, 8999999)), [OR('purchaseID'), '_id']],
    ['total_points_redeemed', (c, o, r, i) => String(row(REWARDS, i)[5] * o.qty), []],
    ['category_name', (c, o, r, i) => row(REWARDS, i)[2], [PL('productCategories[0].categoryName')], opt],
    ['reward_title', (c, o, r, i) => row(REWARDS, i)[1], [PL('name')]],
    ['quantity', (c, o) => String(o.qty), [PL('quantity')]],
    ['color', (c, o, r, i) => row(REWARDS, i)[3], [PL('selectedOptions[0].value')], opt],
    ['size', (c, o, r, i) => row(REWARDS, i)[4], [PL('selectedOptions[0].value')], opt],
    ['reference_id', (c, o, r, i) => row(REWARDS, i)[0], [PL('SKU')], opt],
    ['first_name', (c) => c.first, []],
    ['last_name', (c) => c.last, []],
    ['email_address', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['id', (c, o, r) => String(v.int(r, 1000, 999999)), [], opt],
    ['third_party_id', (c, o, r) => (r() < 0.8 ? `C${v.int(r, 10000000, 99999999)}` : ''), [], opt],
    ['address1', (c, o, r, i) => row(US_ADDR, i)[0], [SHIP('street1')]],
    ['address2', (c, o, r) => (r() < 0.25 ? `Apt ${v.int(r, 1, 40)}` : ''), [SHIP('street2')]],
    ['city', (c, o, r, i) => row(US_ADDR, i)[1], [SHIP('city')]],
    ['state', (c, o, r, i) => row(US_ADDR, i)[2], [SHIP('stateProvince'), SHIP('state')]],
    ['zip', (c, o, r, i) => row(US_ADDR, i)[3], [SHIP('postalCode')]],
    ['country', () => 'US', [SHIP('countryCode')]],
    ['status', (c, o, r) => v.pick(r, ['pending', 'fulfilled', 'fulfilled', 'canceled']), [], opt],
  ] },
  // ---------------------------------------------------------------- loyalty members (Loyal Guru, dashboard: Clientes > Exportar)
  { name: 'loyal-guru-clientes-exportar-es', product: 'Loyal Guru (panel: Clientes > Listado de clientes > Exportar CSV, Spanish UI, a Spanish supermarket chain running its loyalty card on Loyal Guru)', family: 'loyalty', language: 'es', schema: P, cols: [
    ['ID cliente', (c, o, r) => String(v.int(r, 100000, 2999999)), ['_id', 'personID']],
    ['Nombre', (c) => c.first, ['person.name.firstName']],
    ['Apellidos', (c, o, r) => `${c.last} ${v.pick(r, ['García', 'Ruiz', 'Navarro', 'Torres', 'Romero'])}`, ['person.name.lastName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Teléfono móvil', (c) => c.mobile, ['mobilePhone.number']],
    ['Fecha de nacimiento', (c) => dmy(c.birth), ['person.birthDate']],
    ['Género', (c, o, r) => (r() < 0.1 ? 'No indicado' : c.female ? 'Mujer' : 'Hombre'), ['person.gender']],
    ['DNI/NIE', (c, o, r) => `${v.int(r, 10000000, 79999999)}${v.pick(r, ['T', 'R', 'W', 'A', 'G', 'M'])}`, ['person.taxId'], opt],
    ['Dirección', (c) => c.street, at(HOME, 'street1')],
    ['Código postal', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Localidad', (c) => c.city, at(HOME, 'city')],
    ['Provincia', (c) => c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Nº tarjeta', (c, o, r) => luhn16(r, '9724'), ['loyalty.cardsDetails[0].number']],
    ['Estado tarjeta', (c, o, r) => v.pick(r, ['Activa', 'Activa', 'Activa', 'Bloqueada', 'Baja']), ['loyalty.cardsDetails[0].status', 'loyalty.status'], opt],
    ['Fecha de alta', (c) => dmyHM(c.created, 1), ['loyalty.joinDate']],
    ['Tienda de alta', (c, o, r) => v.pick(r, ['Madrid - Chamberí', 'Madrid - Retiro', 'Alcobendas', 'Getafe', 'Tienda online']), [], opt],
    ['Nivel', (c, o, r) => v.pick(r, ['Básico', 'Básico', 'Plata', 'Oro']), ['loyalty.tier']],
    ['Puntos disponibles', (c, o, r) => th(v.int(r, 0, 24000), '.'), ['loyalty.points']],
    ['Puntos acumulados', (c, o, r) => th(v.int(r, 0, 90000), '.'), ['loyalty.lifetimePoints']],
    ['Puntos canjeados', (c, o, r) => th(v.int(r, 0, 60000), '.'), ['loyalty.pointsRedeemed']],
    ['Puntos caducados', (c, o, r) => (r() < 0.2 ? th(v.int(r, 100, 3000), '.') : '0'), ['loyalty.expiredPoints']],
    ['Nº compras', (c, o, r) => String(v.int(r, 1, 300)), []],
    ['Importe total compras', (c, o, r) => `${eu(v.int(r, 2000, 900000) / 100)} €`, ['loyalty.lifetimePurchases'], opt],
    ['Última compra', (c) => dmy(c.updated), [], opt],
    ['Segmento', (c, o, r) => v.pick(r, ['Familias', 'Senior', 'Jóvenes', 'Sin segmento']), []],
    ['Acepta comunicaciones', (c) => (c.bool ? 'Sí' : 'No'), [], opt],
  ] },

  // ---------------------------------------------------------------- points ledger (Leal, Plataforma administrativa: Reportes > Transacciones)
  { name: 'leal-transacciones-comercio-es', product: 'Leal / Puntos Leal (Colombia; Plataforma administrativa Leal: Reportes > Transacciones > Descargar Excel, Spanish UI, a Colombian café chain that runs its points programme on Leal)', family: 'loyalty', language: 'es', schema: E, cols: [
    ['ID Transacción', (c, o, r) => String(v.int(r, 10000000, 89999999)), ['_id']],
    ['Fecha', (c, o) => dmyHM(o.at, -5), ['timestamp']],
    ['Sucursal', (c, o, r, i) => row(CO_SUC, i), ['placeContext.POIinteraction.POIDetail.name'], opt],
    ['Cajero', (c, o, r) => v.pick(r, ['caja1.parque93', 'caja2.andino', 'caja1.poblado', 'admin']), []],
    ['Tipo', (c, o, r) => v.pick(r, ['Acumulación', 'Acumulación', 'Acumulación', 'Redención', 'Anulación']), ['eventType'], opt],
    ['Cédula', (c, o, r) => String(v.int(r, 10000000, 1199999999)), []],
    ['Nombre', (c) => nm(c), []],
    ['Celular', (c, o, r) => `3${v.int(r, 0, 2)}${v.int(r, 0, 9)}${v.int(r, 1000000, 9999999)}`, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Correo', (c, o, r) => `${slug(c.first)}.${slug(c.last)}${v.int(r, 1, 99)}@${v.pick(r, ['gmail.com', 'hotmail.com', 'outlook.com'])}`, ['endUserIDs._experience.emailid.id'], opt],
    ['No. Factura', (c, o, r) => (r() < 0.85 ? `FV-${v.int(r, 10000, 99999)}` : ''), [OR('purchaseID')]],
    ['Valor Compra', (c, o, r) => `$ ${th(v.int(r, 8, 180) * 1000 + v.pick(r, [0, 500, 900]), '.')}`, [OR('priceTotal')]],
    ['Puntos', (c, o, r) => String(v.int(r, 1, 180)), []],
    ['Premio', (c, o, r) => (r() < 0.2 ? v.pick(r, ['Café americano gratis', 'Torta de zanahoria', '2x1 en capuchino']) : ''), [], opt],
    ['Puntos Redimidos', (c, o, r) => (r() < 0.2 ? String(v.int(r, 60, 400)) : '0'), []],
    ['Medio', (c, o, r) => v.pick(r, ['QR', 'Cédula', 'App', 'Cédula']), [], opt],
    ['Estado', (c, o, r) => v.pick(r, ['Aprobada', 'Aprobada', 'Aprobada', 'Anulada']), [], opt],
  ] },

  // ---------------------------------------------------------------- loyalty members (Fidelizi, painel: Clientes > Lista de Clientes > Exportar)
  { name: 'fidelizi-lista-de-clientes-pt', product: 'Fidelizi (painel Meu Fidelizi: Clientes > Lista de Clientes > Exportar, planilha, Brazilian Portuguese UI, a Brazilian restaurant scoring customers by CPF at a totem)', family: 'loyalty', language: 'pt', schema: P, cols: [
    ['Nome', (c) => nm(c), ['person.name.fullName']],
    ['CPF', (c, o, r) => cpf(r), ['person.taxId', '_id', 'personID'], opt],
    ['Celular', (c) => c.mobile, ['mobilePhone.number']],
    ['E-mail', (c, o, r) => (r() < 0.8 ? c.email : ''), ['personalEmail.address']],
    ['Data de nascimento', (c) => dmy(c.birth), ['person.birthDate']],
    ['Sexo', (c, o, r) => (r() < 0.1 ? '' : c.female ? 'Feminino' : 'Masculino'), ['person.gender']],
    ['Data de cadastro', (c) => dmyHM(c.created, -3), ['loyalty.joinDate']],
    ['Categoria', (c, o, r) => v.pick(r, ['VIP', 'Habitual', 'Habitual', 'Esporádico', 'Uma compra']), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['Ativo', 'Ativo', 'Inativo']), ['loyalty.status'], opt],
    ['Pontos', (c, o, r) => String(v.int(r, 0, 400)), ['loyalty.points']],
    ['Pontos acumulados', (c, o, r) => String(v.int(r, 0, 2500)), ['loyalty.lifetimePoints']],
    ['Pontos resgatados', (c, o, r) => String(v.int(r, 0, 2000)), ['loyalty.pointsRedeemed']],
    ['Prêmios resgatados', (c, o, r) => String(v.int(r, 0, 12)), []],
    ['Visitas', (c, o, r) => String(v.int(r, 1, 90)), []],
    ['Última visita', (c) => dmy(c.updated, -3), [], opt],
    ['Total gasto', (c, o, r) => brl(v.int(r, 3000, 600000) / 100), ['loyalty.lifetimePurchases'], opt],
    ['Ticket médio', (c, o, r) => brl(v.int(r, 2500, 16000) / 100), []],
    ['Loja', (c, o, r) => v.pick(r, ['Unidade Pinheiros', 'Unidade Moema', 'Unidade Savassi']), [], opt],
    ['Aceita receber mensagens', (c) => (c.bool ? 'Sim' : 'Não'), [], opt],
  ] },

  // ---------------------------------------------------------------- membership / benefits club users (Alloyal, painel do clube: Usuários > Exportar)
  { name: 'alloyal-clube-usuarios-pt', product: 'Alloyal (painel do clube de vantagens: Usuários > Exportar CSV, Brazilian Portuguese UI, a Brazilian cooperative offering a members\' benefits and cashback club to its associates)', family: 'loyalty', language: 'pt', schema: P, cols: [
    ['ID', (c, o, r) => String(v.int(r, 100000, 999999)), ['_id', 'personID']],
    ['ID externo', (c, o, r) => (r() < 0.7 ? `ASSOC${v.int(r, 10000, 99999)}` : ''), ['loyalty.loyaltyID[0]', '_id', 'personID'], opt],
    ['Nome', (c) => nm(c), ['person.name.fullName']],
    ['CPF', (c, o, r) => cpf(r).replace(/\D/g, ''), ['person.taxId'], opt],
    ['E-mail', (c) => c.email, ['personalEmail.address']],
    ['Telefone', (c) => c.mobile, ['mobilePhone.number', 'homePhone.number']],
    ['Data de nascimento', (c) => ymd(c.birth), ['person.birthDate']],
    ['CEP', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Cidade', (c) => c.city, at(HOME, 'city')],
    ['UF', (c) => c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Organização', (c, o, r) => v.pick(r, ['Cooperativa Central', 'Cooperativa Central', 'Coop Sul Mineira']), ['organizations[0]'], opt],
    ['Grupo', (c, o, r) => v.pick(r, ['Associados', 'Associados', 'Colaboradores', 'Dependentes']), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['ativo', 'ativo', 'ativo', 'inativo', 'bloqueado']), ['loyalty.status'], opt],
    ['Data de cadastro', (c) => ymdHMS(c.created, -3), ['loyalty.joinDate'], opt],
    ['Primeiro acesso', (c, o, r) => (r() < 0.7 ? ymdHMS(c.created + 2 * day, -3) : ''), [], opt],
    ['Último acesso', (c, o, r) => (r() < 0.7 ? ymdHMS(c.updated, -3) : ''), [], opt],
    ['Saldo de pontos', (c, o, r) => String(v.int(r, 0, 15000)), ['loyalty.points']],
    ['Cashback disponível', (c, o, r) => eu(v.int(r, 0, 25000) / 100), []],
    ['Cashback resgatado', (c, o, r) => eu(v.int(r, 0, 60000) / 100), []],
    ['Cupons utilizados', (c, o, r) => String(v.int(r, 0, 40)), []],
    ['Aceite dos termos', (c, o, r) => (r() < 0.9 ? 'sim' : 'não'), [], opt],
  ] },
  // ---------------------------------------------------------------- loyalty members (Fidmarques, back-office: Clients > Exporter)
  { name: 'fidmarques-export-clients-fr', product: 'Fidmarques (back-office fidélité: Clients > Rechercher > Exporter (CSV, séparateur ;), French UI, a French bakery chain with a points card)', family: 'loyalty', language: 'fr', schema: P, cols: [
    ['N° carte', (c, o, r) => `2${v.int(r, 100000000000, 999999999999)}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['Civilité', (c) => (c.female ? 'Mme' : 'M.'), ['person.name.courtesyTitle']],
    ['Nom', (c) => c.last.toUpperCase(), ['person.name.lastName']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Date de naissance', (c) => dmy(c.birth), ['person.birthDate']],
    ['E-mail', (c, o, r) => (r() < 0.85 ? c.email : ''), ['personalEmail.address']],
    ['Portable', (c, o, r) => `0${v.pick(r, ['6', '7'])} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}`, ['mobilePhone.number']],
    ['Adresse', (c) => c.street, at(HOME, 'street1')],
    ['Complément adresse', (c, o, r) => (r() < 0.2 ? `Bât. ${v.pick(r, ['A', 'B', 'C'])}` : ''), at(HOME, 'street2')],
    ['Code postal', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Ville', (c) => c.city.toUpperCase(), at(HOME, 'city')],
    ['Pays', () => 'FRANCE', at(HOME, 'country')],
    ['Magasin de rattachement', (c, o, r, i) => row(FR_MAGASINS, i), [], opt],
    ["Date d'adhésion", (c) => dmy(c.created, 1), ['loyalty.joinDate']],
    ['Statut carte', (c, o, r) => v.pick(r, ['Active', 'Active', 'Active', 'Perdue', 'Désactivée']), ['loyalty.cardsDetails[0].status'], opt],
    ['Solde points', (c, o, r) => String(v.int(r, 0, 900)), ['loyalty.points']],
    ['Points cumulés', (c, o, r) => String(v.int(r, 0, 6000)), ['loyalty.lifetimePoints']],
    ['Chèques fidélité émis', (c, o, r) => String(v.int(r, 0, 14)), []],
    ['Nb passages', (c, o, r) => String(v.int(r, 1, 250)), []],
    ['Dernier passage', (c) => dmy(c.updated, 1), [], opt],
    ['CA cumulé TTC', (c, o, r) => eu(v.int(r, 500, 250000) / 100).replace(/\./g, ' '), ['loyalty.lifetimePurchases'], opt],
    ['Optin e-mail', (c) => (c.bool ? 'Oui' : 'Non'), [], opt],
    ['Optin SMS', (c, o, r) => (r() < 0.5 ? 'Oui' : 'Non'), [], opt],
  ] },

  // ---------------------------------------------------------------- wallet loyalty cards (Pass Creator, Vorlage > Pässe > Export)
  { name: 'passcreator-paesse-export-de', product: 'Passcreator (Web-App: Vorlagen > Kundenkarte > Pässe > Export als CSV, German UI, a German bakery chain issuing Apple/Google Wallet loyalty cards)', family: 'loyalty', language: 'de', schema: P, cols: [
    ['Pass-ID', (c, o, r) => v.uuid(r), [], opt],
    ['Seriennummer', (c, o, r) => `${v.int(r, 100000, 999999)}`, ['loyalty.cardsDetails[0].number'], opt],
    ['Mitgliedsnummer', (c, o, r) => `BK-${v.int(r, 10000, 99999)}`, ['loyalty.loyaltyID[0]', '_id', 'personID']],
    ['Barcode-Wert', (c, o, r) => String(v.int(r, 1000000000, 9999999999)), ['loyalty.cardsDetails[0].number'], opt],
    ['Anrede', (c) => (c.female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['E-Mail', (c) => c.email, ['personalEmail.address']],
    ['Geburtsdatum', (c) => dmy(c.birth, 0, '.'), ['person.birthDate']],
    ['Punkte', (c, o, r) => String(v.int(r, 0, 12)), ['loyalty.points']],
    ['Stufe', (c, o, r) => v.pick(r, ['Stammkunde', 'Stammkunde', 'Gold']), ['loyalty.tier']],
    ['Gültig bis', (c, o, r) => (r() < 0.5 ? dmy(c.updated + 365 * day, 1, '.') : ''), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['installiert', 'installiert', 'nicht installiert', 'gelöscht']), ['loyalty.cardsDetails[0].status'], opt],
    ['Plattform', (c, o, r) => v.pick(r, ['iOS', 'Android', 'iOS', '']), [], opt],
    ['Erstellt am', (c) => dmyHM(c.created, 1, '.'), ['loyalty.joinDate'], opt],
    ['Zuletzt geändert', (c) => dmyHM(c.updated, 1, '.'), [], opt],
    ['Newsletter', (c) => (c.bool ? 'ja' : 'nein'), [], opt],
    ['Filiale', (c, o, r) => v.pick(r, ['Köln-Ehrenfeld', 'Köln-Sülz', 'Bonn Zentrum', 'Düsseldorf-Bilk']), [], opt],
  ] },

  // ---------------------------------------------------------------- customers with fidelity cards (Cassa in Cloud, portale: Clienti > Esporta)
  { name: 'cassa-in-cloud-clienti-fidelity-it', product: 'Cassa in Cloud (TeamSystem; portale cloud: Clienti > Esporta Excel, with its Fidelity circuits, prepaid cards and Raccolte Punti, Italian UI, an Italian pasticceria-bar with two shops)', family: 'loyalty', language: 'it', schema: P, cols: [
    ['Codice', (c, o, r) => String(v.int(r, 1, 9999)), ['_id', 'personID']],
    ['Nome', (c) => c.first, ['person.name.firstName']],
    ['Cognome', (c) => c.last, ['person.name.lastName']],
    ['Ragione sociale', (c, o, r) => (r() < 0.15 ? c.company : ''), ['organizations[0]'], opt],
    ['Partita IVA', (c, o, r) => (r() < 0.15 ? `IT${v.int(r, 10000000000, 99999999999)}` : ''), [], opt],
    ['Codice fiscale', (c, o, r) => `${c.last.slice(0, 3).toUpperCase()}${c.first.slice(0, 3).toUpperCase()}${v.int(r, 50, 99)}${v.pick(r, ['A', 'C', 'H', 'M', 'T'])}${v.int(r, 10, 70)}${v.pick(r, ['F205', 'H501', 'L219', 'A944'])}${v.pick(r, ['X', 'K', 'Z'])}`, ['person.taxId'], opt],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Telefono', (c, o, r) => (r() < 0.4 ? c.phone : ''), ['homePhone.number']],
    ['Cellulare', (c) => c.mobile, ['mobilePhone.number']],
    ['Indirizzo', (c) => c.street, at(HOME, 'street1')],
    ['CAP', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Città', (c) => c.city, at(HOME, 'city')],
    ['Provincia', (c) => c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Nazione', () => 'IT', at(HOME, 'countryCode')],
    ['Data di nascita', (c) => dmy(c.birth), ['person.birthDate']],
    ['Circuito', (c, o, r) => v.pick(r, ['Fidelity Pasticceria', 'Fidelity Pasticceria', 'Dipendenti']), ['loyalty.program'], opt],
    ['Codice tessera', (c, o, r) => `FC${v.int(r, 10000000, 99999999)}`, ['loyalty.cardsDetails[0].number']],
    ['Saldo tessera', (c, o, r) => eu(v.int(r, 0, 8000) / 100), []],
    ['Punti', (c, o, r) => String(v.int(r, 0, 1500)), ['loyalty.points']],
    ['Sconto %', (c, o, r) => v.pick(r, ['0', '0', '5', '10']), []],
    ['Consenso privacy', (c, o, r) => (r() < 0.95 ? 'Sì' : 'No'), [], opt],
    ['Consenso marketing', (c) => (c.bool ? 'Sì' : 'No'), [], opt],
    ['Punto vendita', (c, o, r) => v.pick(r, ['Tutti i punti vendita', 'Via Garibaldi', 'Corso Italia']), [], opt],
    ['Data creazione', (c) => dmyHM(c.created, 1), [], opt],
    ['Note', (c, o, r) => v.pick(r, ['', '', '', 'celiaco', 'ordina torte su misura']), []],
  ] },

  // ---------------------------------------------------------------- association members (e-Captain, Ledenbeheer > Naar rapporten > Excel)
  { name: 'e-captain-ledenlijst-nl', product: 'e-Captain (Ledenbeheer: selectie > Naar rapporten > rapportgenerator, export naar Excel, Dutch UI, a Dutch sports association with membership and contributie)', family: 'loyalty', language: 'nl', schema: P, cols: [
    ['Relatienummer', (c, o, r) => String(v.int(r, 1000, 9999)), ['_id', 'personID']],
    ['Lidnummer', (c, o, r) => String(v.int(r, 100, 2999)), ['loyalty.loyaltyID[0]', '_id', 'personID']],
    ['Aanhef', (c) => (c.female ? 'Mevrouw' : 'De heer'), ['person.name.courtesyTitle']],
    ['Voorletters', (c) => `${c.first[0]}.`, [], opt],
    ['Roepnaam', (c) => c.first, ['person.name.firstName']],
    ['Tussenvoegsel', (c) => (/^(de|van)/.test(c.last) ? c.last.split(' ').slice(0, -1).join(' ') : ''), [], opt],
    ['Achternaam', (c) => c.last.split(' ').slice(-1)[0].replace(/^./, (x) => x.toUpperCase()), ['person.name.lastName']],
    ['Geslacht', (c) => (c.female ? 'V' : 'M'), ['person.gender']],
    ['Geboortedatum', (c) => dmy(c.birth, 0, '-'), ['person.birthDate']],
    ['Straat', (c) => c.street.replace(/ \d+$/, ''), at(HOME, 'street1')],
    ['Huisnummer', (c) => c.street.match(/\d+$/)[0], [], opt],
    ['Postcode', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Woonplaats', (c) => c.city.toUpperCase(), at(HOME, 'city')],
    ['Land', () => 'Nederland', at(HOME, 'country')],
    ['Telefoon privé', (c, o, r) => (r() < 0.3 ? c.phone : ''), ['homePhone.number']],
    ['Mobiel', (c) => c.mobile, ['mobilePhone.number']],
    ['E-mail', (c) => c.email, ['personalEmail.address']],
    ['Lid sinds', (c) => dmy(c.created, 1, '-'), ['loyalty.joinDate']],
    ['Soort lid', (c, o, r) => v.pick(r, ['Senior', 'Senior', 'Junior', 'Pupil', 'Recreant', 'Donateur']), ['loyalty.tier'], opt],
    ['Status', (c, o, r) => v.pick(r, ['Lid', 'Lid', 'Lid', 'Opgezegd', 'Geen lid']), ['loyalty.status'], opt],
    ['Afmelddatum', (c, o, r) => (r() < 0.15 ? dmy(c.updated, 1, '-') : ''), [], opt],
    ['Groepen', (c, o, r) => v.pick(r, ['', 'Team H1', 'Trainer; Team D2', 'Bestuur', 'Vrijwilliger']), []],
    ['IBAN', (c, o, r) => `NL${v.int(r, 10, 99)}${v.pick(r, ['INGB', 'RABO', 'ABNA'])}0${v.int(r, 100000000, 999999999)}`, []],
    ['Incasso machtiging', (c) => (c.bool ? 'Ja' : 'Nee'), []],
    ['Contributie', (c, o, r) => `€ ${eu(v.pick(r, [95, 145, 210, 260]))}`, []],
  ] },
]
