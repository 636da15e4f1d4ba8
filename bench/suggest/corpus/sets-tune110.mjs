// Round 110, tune110: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). Spanish (Spain, Colombia, Mexico), Portuguese (Portugal, Brazil) and Italian
// invoicing tools, payment providers and marketplace order exports: issued invoices, invoicing customers, card / PSE
// payment transactions, infoproduct sales, NFS-e lists, a recurring-billing customer list, marketplace sales and order
// lines; headers in the product's UI language.
import { E, P, B, v, UA, HOME, B2BID, PL, OR, SHIP, BILL, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'
import { slug } from './values.mjs'

const day = 86400000
// local times: Madrid and Rome (CET/CEST), Lisbon (WET/WEST), Bogotá (UTC-5), Mexico City (UTC-6), Brasília (UTC-3)
const summer = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 }
const cet = (ms) => shift(ms, summer(ms) ? 2 : 1)
const wet = (ms) => shift(ms, summer(ms) ? 1 : 0)
const bog = (ms) => shift(ms, -5)
const cdmx = (ms) => shift(ms, -6)
const bra = (ms) => shift(ms, -3)
const dmy = (p) => `${pad(p.d)}/${pad(p.m)}/${p.y}`
const dmyHm = (p) => `${dmy(p)} ${pad(p.H)}:${pad(p.M)}`
const dmyHms = (p) => `${dmy(p)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const ymdHms = (p) => `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const isoOff = (p, off) => `${p.y}-${pad(p.m)}-${pad(p.d)}T${pad(p.H)}:${pad(p.M)}:${pad(p.S)}${off}`

// amounts: "1.234,56" (es, it, pt-BR), "1234,56" (pt-PT spreadsheets), "1234.56" (API-style)
const com = (n) => (Math.round(n * 100) / 100).toFixed(2).replace('.', ',')
const dotk = (n) => com(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.')
const brl = (n) => `R$ ${dotk(n)}`
const pt2 = (n) => (Math.round(n * 100) / 100).toFixed(2)

const up3 = (s) => (slug(s).toUpperCase().replace(/[AEIOU]/g, '') + 'XXX').slice(0, 3)

// tax numbers
const nifEs = (r) => `${v.int(r, 10000000, 79999999)}${v.pick(r, [...'TRWAGMYFPDXBNJZSQVHLCKE'])}`
const cifEs = (r) => `${v.pick(r, ['B', 'B', 'B', 'A'])}${v.int(r, 10000000, 99999999)}`
const cpf = (r) => `${v.int(r, 100, 999)}.${v.int(r, 100, 999)}.${v.int(r, 100, 999)}-${pad(v.int(r, 0, 99))}`
const cnpj = (r) => `${pad(v.int(r, 10, 99))}.${v.int(r, 100, 999)}.${v.int(r, 100, 999)}/0001-${pad(v.int(r, 0, 99))}`
const piva = (r) => `${pad(v.int(r, 0, 9999999), 7)}${v.pick(r, ['015', '096', '037', '108', '048'])}${v.int(r, 0, 9)}`
const cfIt = (c, r) => { const p = shift(c.birth, 0); return `${up3(c.last)}${up3(c.first)}${String(p.y).slice(2)}${'ABCDEHLMPRST'[p.m - 1]}${pad(p.d + (c.female ? 40 : 0))}${v.pick(r, ['F205', 'H501', 'L219', 'F839', 'A944', 'D612'])}${v.pick(r, [...'ABCDEFGHJKLMNPRSTVWXYZ'])}` }

// local people of the row (Colombia, Mexico, Portugal), seeded by the row's person id so that all columns of a row agree
const LOC = {
  co: {
    first: [['Santiago', 'Valentina'], ['Sebastián', 'Mariana'], ['Andrés', 'Daniela'], ['Juan Camilo', 'Laura'], ['Felipe', 'Natalia'], ['Carlos', 'Paula Andrea']],
    last: ['Rodríguez', 'Gómez', 'Martínez', 'García', 'López', 'Hernández', 'Restrepo', 'Ospina', 'Cárdenas', 'Vargas', 'Castaño', 'Muñoz'],
    cities: [['Bogotá D.C.', 'Cundinamarca'], ['Medellín', 'Antioquia'], ['Cali', 'Valle del Cauca'], ['Barranquilla', 'Atlántico'], ['Bucaramanga', 'Santander'], ['Pereira', 'Risaralda']],
    mail: ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com'],
  },
  mx: {
    first: [['José Luis', 'María Fernanda'], ['Alejandro', 'Guadalupe'], ['Miguel Ángel', 'Ximena'], ['Jorge', 'Andrea'], ['Ricardo', 'Daniela']],
    last: ['Hernández', 'García', 'Martínez', 'López', 'González', 'Ramírez', 'Flores', 'Cruz', 'Reyes', 'Morales'],
    // [razón social, régimen fiscal]
    companies: [['Distribuidora Azteca del Bajío', 'S.A. de C.V.'], ['Servicios Integrales Monterrey', 'S. de R.L. de C.V.'], ['Comercializadora Pacífico Norte', 'S.A. de C.V.'], ['Grupo Logístico Anáhuac', 'S.A.P.I. de C.V.'], ['Tecnologías Xochimilco', 'S.C.'], ['Alimentos La Huasteca', 'S.A. de C.V.']],
    // [colonia, municipio/alcaldía, ciudad, estado, CP, calle, lada]
    places: [['Roma Norte', 'Cuauhtémoc', 'Ciudad de México', 'Ciudad de México', '06700', 'Calle Colima', '55'], ['Del Valle Centro', 'Benito Juárez', 'Ciudad de México', 'Ciudad de México', '03100', 'Av. Insurgentes Sur', '55'], ['Providencia', 'Guadalajara', 'Guadalajara', 'Jalisco', '44630', 'Av. Chapultepec', '33'], ['Del Valle', 'San Pedro Garza García', 'Monterrey', 'Nuevo León', '66220', 'Av. José Vasconcelos', '81'], ['Centro', 'Querétaro', 'Santiago de Querétaro', 'Querétaro', '76000', 'Calle 5 de Mayo', '442'], ['Zona Urbana Río Tijuana', 'Tijuana', 'Tijuana', 'Baja California', '22010', 'Blvd. Agua Caliente', '664']],
  },
  ptpt: {
    first: [['João', 'Maria'], ['Tiago', 'Inês'], ['Rui', 'Catarina'], ['Miguel', 'Sofia'], ['Nuno', 'Beatriz'], ['Duarte', 'Leonor']],
    last: ['Silva', 'Santos', 'Ferreira', 'Pereira', 'Oliveira', 'Costa', 'Rodrigues', 'Martins', 'Sousa', 'Fernandes', 'Gonçalves', 'Carvalho'],
    // [localidade, código postal prefix, distrito, street]
    places: [['Lisboa', '1250', 'Lisboa', 'Avenida da Liberdade'], ['Porto', '4000', 'Porto', 'Rua de Santa Catarina'], ['Braga', '4700', 'Braga', 'Rua do Souto'], ['Coimbra', '3000', 'Coimbra', 'Rua Ferreira Borges'], ['Aveiro', '3810', 'Aveiro', 'Avenida Lourenço Peixinho'], ['Faro', '8000', 'Faro', 'Rua de Santo António'], ['Setúbal', '2900', 'Setúbal', 'Avenida Luísa Todi']],
    companies: ['Padaria Flor do Minho, Lda.', 'Atelier Azulejo Vivo, Lda.', 'Mar Salgado Unipessoal, Lda.', 'Quinta do Vale Verde, S.A.', 'Oficina Duarte & Filhos, Lda.'],
    mail: ['gmail.com', 'sapo.pt', 'hotmail.com', 'outlook.pt', 'iol.pt'],
  },
}
const memo = new Map()
const loc = (c, k) => {
  const key = `${k}:${c.id}:${c.first}`
  if (memo.has(key)) return memo.get(key)
  const r = v.rng(+c.id * 131 + c.first.length * 23 + k.length * 11)
  const d = LOC[k]
  const female = r() < 0.5
  const first = v.pick(r, d.first)[female ? 1 : 0], last = v.pick(r, d.last), last2 = v.pick(r, d.last)
  let p
  if (k === 'co') {
    const [city, dept] = v.pick(r, d.cities)
    p = { first, last: `${last} ${last2}`, female, city, dept, email: `${slug(first)}.${slug(last)}${v.int(r, 1, 99)}@${v.pick(r, d.mail)}`,
      cc: String(v.int(r, 10000000, 1099999999)), mobile: `+57 3${v.pick(r, ['00', '01', '10', '12', '15', '20', '23'])} ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}` }
  } else if (k === 'mx') {
    const [name, form] = v.pick(r, d.companies)
    const [colonia, municipio, city, state, zip, street, lada] = v.pick(r, d.places)
    const initials = name.split(' ').filter((w) => w.length > 2).map((w) => w[0]).join('').toUpperCase().padEnd(3, 'X').slice(0, 3)
    const yy = pad(v.int(r, 5, 22)), mm = pad(v.int(r, 1, 12)), dd = pad(v.int(r, 1, 28))
    p = { first, last: `${last} ${last2}`, female, company: `${name}`, form, legal: `${name.toUpperCase()}`, colonia, municipio, city, state, zip,
      street, ext: String(v.int(r, 1, 2400)), int: r() < 0.4 ? `Piso ${v.int(r, 1, 12)}` : '',
      rfc: `${initials}${yy}${mm}${dd}${v.pick(r, [...'ABCDEFGHJKLMNPRSTUVWXYZ123456789'])}${v.pick(r, [...'ABCDEFGHJKLMNPRSTUVWXYZ123456789'])}${v.int(r, 0, 9)}`,
      email: `facturacion@${slug(name).slice(0, 14)}.com.mx`, phone: lada.length === 2 ? `${lada} ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)}` : `${lada} ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`,
      regimen: v.pick(r, ['601', '601', '601', '626', '603']) }
  } else {
    const [city, cp, distrito, st] = v.pick(r, d.places)
    p = { first, last: `${last} ${last2}`, female, full: `${first} ${last} ${last2}`, city, distrito, zip: `${cp.slice(0, 3)}${v.int(r, 0, 9)}-${pad(v.int(r, 1, 999), 3)}`,
      street: `${st}, ${v.int(r, 1, 320)}${r() < 0.4 ? `, ${v.int(r, 1, 8)}º ${v.pick(r, ['Esq.', 'Dto.', 'A', 'B'])}` : ''}`,
      email: `${slug(first)}.${slug(last)}${v.int(r, 1, 99)}@${v.pick(r, d.mail)}`, mobile: `+351 9${v.pick(r, ['1', '2', '3', '6'])}${v.int(r, 0, 9)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`,
      phone: `+351 2${v.int(r, 10, 59)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`, company: v.pick(r, d.companies),
      nif: `${v.pick(r, ['1', '2', '2'])}${v.int(r, 10000000, 99999999)}`, nipc: `5${v.int(r, 0, 1)}${v.int(r, 1000000, 9999999)}` }
  }
  memo.set(key, p)
  return p
}

// ---------------------------------------------------------------- catalogues
// Billage (Spanish design studio invoicing): [concepto, base imponible]
const ES_SERV = [['Diseño de identidad corporativa', 1200], ['Mantenimiento web mensual', 150], ['Campaña redes sociales (marzo)', 640], ['Maquetación catálogo 24 págs.', 880], ['Sesión fotográfica de producto', 450], ['Consultoría SEO', 390], ['Hosting anual + dominio', 96]]
const blSt = (o) => row(['Cobrada', 'Cobrada', 'Pendiente', 'Cobrada', 'Vencida', 'Cobrada', 'Borrador', 'Cobrada'], +o.id)
// PlacetoPay (Colombian airline-ticket / travel agency checkout): [descripción, valor COP]
const CO_TRIPS = [['Tiquete BOG-MDE ida y regreso', 389900], ['Paquete Cartagena 4 noches', 2450000], ['Tiquete CLO-BOG', 219500], ['Seguro de viaje 7 días', 98000], ['Tour Eje Cafetero 2 días', 640000], ['Tiquete BAQ-BOG ida', 174300]]
const p2pSt = (o) => row(['APROBADA', 'APROBADA', 'APROBADA', 'RECHAZADA', 'APROBADA', 'PENDIENTE', 'APROBADA', 'REVERSADA'], +o.id)
const p2pMethod = (o) => row(['Tarjeta de crédito', 'PSE', 'Tarjeta de crédito', 'Tarjeta de crédito', 'PSE', 'Tarjeta débito', 'Efecty'], +o.id)
// Todocoleccion (collectibles seller): [referencia lote, título, sección, precio]
const TC_LOTS = [['LT-48211', 'Lote 12 monedas 5 pesetas Franco 1957', 'Numismática', 18.5], ['LT-51022', 'Álbum cromos Liga 1985-86 completo', 'Coleccionismo deportivo', 95], ['LT-39877', 'Postal antigua Sevilla Plaza de España 1930', 'Postales', 6.75],
  ['LT-60140', 'Juego Scalextric Exin años 70 en caja', 'Juguetes antiguos', 140], ['LT-44508', 'Libro "Platero y yo" edición 1952', 'Libros antiguos', 22], ['LT-57733', 'Sello España Edifil 1178 nuevo', 'Sellos', 4.2]]
const tcPay = (o) => row(['Tarjeta', 'PayPal', 'Transferencia', 'Tarjeta', 'Bizum', 'Contra reembolso'], +o.id)
// Greenn (Brazilian infoproduct checkout): [id produto, produto, oferta, preço]
const BR_INFO = [['48213', 'Curso Confeitaria Lucrativa', 'Oferta principal', 297], ['48213', 'Curso Confeitaria Lucrativa', 'Oferta Black Friday', 197], ['50977', 'Mentoria Instagram para Negócios', 'Anual 12x', 997],
  ['51102', 'E-book Receitas Low Carb', 'Order bump', 27], ['49920', 'Comunidade Mães Empreendedoras', 'Assinatura mensal', 49.9], ['52018', 'Workshop Planilhas Financeiras', 'Lote 1', 67]]
const grSt = (o) => row(['Paga', 'Paga', 'Paga', 'Aguardando pagamento', 'Paga', 'Recusada', 'Paga', 'Reembolsada', 'Paga', 'Chargeback'], +o.id)
const grMethod = (o) => row(['Cartão de crédito', 'Pix', 'Cartão de crédito', 'Boleto', 'Pix', 'Cartão de crédito'], +o.id)
// Notazz (NFS-e for infoproducers)
const NZ_PLAT = ['Hotmart', 'Eduzz', 'Kiwify', 'Monetizze', 'Braip']
const nzSt = (o) => row(['Autorizada', 'Autorizada', 'Autorizada', 'Pendente', 'Autorizada', 'Cancelada', 'Autorizada', 'Rejeitada'], +o.id)
// Sellrapido (Italian consumer-electronics seller on several marketplaces): [SKU, EAN, titolo, prezzo]
const IT_TECH = [['SR-LOG-M185', '5099206027294', 'Logitech M185 Mouse Wireless Grigio', 14.9], ['SR-SAM-T7-1TB', '8801643232420', 'Samsung T7 SSD Portatile 1TB Blu', 109], ['SR-XIA-RB10', '6934177785478', 'Xiaomi Redmi Buds 4 Lite Nero', 19.99],
  ['SR-TPL-AX55', '6935364088848', 'TP-Link Archer AX55 Router Wi-Fi 6', 89.9], ['SR-PHI-HUE', '8719514342125', 'Philips Hue White Lampadina E27 Smart', 17.49], ['SR-ANK-PD20', '0194644098353', 'Anker Caricatore USB-C 20W', 15.99]]
const SR_CH = [['Amazon IT', 'amazon_it'], ['eBay IT', 'ebay'], ['ePRICE', 'epriceit'], ['ManoMano IT', 'manomano_it'], ['Amazon IT', 'amazon_it'], ['Leroy Merlin IT', 'leroymerlin']]
// PayTipper (Italian payment institution: bill, pagoPA and e-commerce payments collected at a tabaccheria and online)
const PT_OPS = [['Pagamento avviso pagoPA', 'PagoPA'], ['Pagamento bollettino postale', 'Bollettini'], ['Pagamento e-commerce', 'E-commerce'], ['Pagamento MAV/RAV', 'Bollettini'], ['Pagamento bollo auto', 'PagoPA'], ['Pagamento e-commerce', 'E-commerce']]
const ptSt = (o) => row(['Eseguita', 'Eseguita', 'Eseguita', 'Annullata', 'Eseguita', 'Stornata', 'Eseguita', 'In elaborazione'], +o.id)
// Yeppon marketplace (Mirakl seller back office): [SKU offerta, prodotto, categoria, prezzo]
const YP_OFF = [['YP-DE-ECAM22', 'De\'Longhi Magnifica S ECAM22.110.B Macchina Caffè', 'Macchine da caffè', 329], ['YP-DYS-V8', 'Dyson V8 Absolute Aspirapolvere Senza Fili', 'Aspirapolvere', 299], ['YP-SMEG-KLF03', 'Smeg KLF03 Bollitore Anni \'50 Crema', 'Piccoli elettrodomestici', 149.9],
  ['YP-BRA-IB', 'Braun Series 5 Rasoio Elettrico', 'Cura della persona', 79.99], ['YP-KEN-CHEF', 'Kenwood kMix KMX750 Impastatrice', 'Cucina', 349], ['YP-ROW-PF', 'Rowenta Pro Master Ferro da Stiro', 'Stiro', 69.9]]
const ypSt = (o) => row(['Spedito', 'Ricevuto', 'Spedito', 'In attesa di spedizione', 'Chiuso', 'Annullato', 'Spedito', 'Rimborsato'], +o.id)
const IT_CARRIER = ['BRT', 'GLS', 'SDA', 'Poste Italiane', 'DHL']

const piTrack = (carrier, r) => (carrier === 'BRT' ? String(v.int(r, 100000000, 999999999)) + String(v.int(r, 100, 999)) : carrier === 'GLS' ? `M8${v.int(r, 10000000, 99999999)}` : `${v.pick(r, ['8', '6'])}${v.int(r, 100000000, 999999999)}${v.int(r, 100, 999)}`)

export const SETS = [
  // ---------------------------------------------------------------- issued invoices (Billage, Spain)
  { name: 'billage-facturas-emitidas-es', product: 'Billage (Spanish business-management and invoicing SaaS; Facturación > Facturas emitidas, "Exportar a Excel", Spanish UI, a Valencia design studio invoicing companies and a few private clients)', family: 'invoicing', language: 'es', schema: E, cols: [
    ['Nº factura', (c, o) => `F${shift(o.at, 1).y}-${pad(+o.id % 900 + 1, 4)}`, [OR('purchaseID'), '_id']],
    ['Serie', (c, o) => (+o.id % 11 === 0 ? 'R' : 'F'), []],
    ['Fecha', (c, o) => dmy(cet(o.at)), ['timestamp', OR('createdDate')], opt],
    ['Vencimiento', (c, o) => dmy(cet(o.at + 30 * day)), [], opt],
    ['Cliente', (c) => (+c.id % 4 === 0 ? c.full : c.company.replace(/ (GmbH|BV|Inc\.|Corp|S\.r\.l\.|Ltda)$/, ' S.L.')), []],
    ['NIF/CIF', (c, o, r) => (+c.id % 4 === 0 ? nifEs(r) : cifEs(r)), [], opt],
    ['Email', (c) => (+c.id % 4 === 0 ? c.email : `administracion@${slug(c.company).slice(0, 10)}.es`), ['endUserIDs._experience.emailid.id'], opt],
    ['Dirección', (c) => c.street, [BILL('street1')]],
    ['C.P.', (c) => c.postcode, [BILL('postalCode')]],
    ['Población', (c) => c.city, [BILL('city')]],
    ['Provincia', (c) => c.region, [BILL('stateProvince'), BILL('state')]],
    ['País', () => 'España', [BILL('country')]],
    ['Concepto', (c, o, r, i) => row(ES_SERV, i + +o.id)[0], [PL('name')], opt],
    ['Base imponible', (c, o, r, i) => dotk(row(ES_SERV, i + +o.id)[1] * o.qty), [], opt],
    ['% IVA', () => '21', []],
    ['IVA', (c, o, r, i) => dotk(row(ES_SERV, i + +o.id)[1] * o.qty * 0.21), [OR('taxAmount')]],
    ['% IRPF', (c) => (+c.id % 4 === 0 ? '0' : '15'), []],
    ['IRPF', (c, o, r, i) => dotk(+c.id % 4 === 0 ? 0 : row(ES_SERV, i + +o.id)[1] * o.qty * 0.15), [], opt],
    ['Total', (c, o, r, i) => dotk(row(ES_SERV, i + +o.id)[1] * o.qty * (+c.id % 4 === 0 ? 1.21 : 1.06)), [OR('priceTotal')]],
    ['Moneda', () => 'EUR', [OR('currencyCode')]],
    ['Estado', (c, o) => blSt(o), [], opt],
    ['Forma de pago', (c, o, r) => v.pick(r, ['Transferencia bancaria', 'Transferencia bancaria', 'Domiciliación SEPA', 'Tarjeta', 'Bizum']), [OR('payments[0].paymentType')]],
    ['Fecha de cobro', (c, o) => (blSt(o) === 'Cobrada' ? dmy(cet(o.at + (5 + +o.id % 20) * day)) : ''), [], opt],
    ['Proyecto', (c, o, r) => v.pick(r, ['', 'Rebranding 2024', 'Web corporativa', 'Social media']), []],
    ['Comercial', (c, o, r) => v.pick(r, ['Marta Soler', 'Vicent Ferrer', '']), []],
    ['Etiquetas', (c, o, r) => v.pick(r, ['', 'recurrente', 'diseño', 'web']), []],
    ['Notas', (c, o, r) => v.pick(r, ['', '', 'Pago a 30 días', 'Incluye 2 rondas de cambios']), []],
  ] },

  // ---------------------------------------------------------------- payment transactions (PlacetoPay, Colombia)
  { name: 'placetopay-transacciones-consola-co', product: 'PlacetoPay (Evertec\'s Colombian payment gateway; Consola > Transacciones, "Exportar" to CSV, Spanish UI, a Bogotá travel agency selling tickets and packages through WebCheckout with cards and PSE)', family: 'payments', language: 'es', schema: E, cols: [
    ['ID', (c, o) => String(1800000000 + +o.id * 7919 % 99999999), [OR('payments[0].transactionID'), '_id']],
    ['Request ID', (c, o) => String(2600000 + +o.id * 31 % 900000), [], opt],
    ['Fecha', (c, o) => ymdHms(bog(o.at)), ['timestamp']],
    ['Referencia', (c, o) => `AGV-${shift(o.at, -5).y}-${pad(+o.id % 99999, 5)}`, [OR('purchaseID')]],
    ['Descripción', (c, o, r, i) => row(CO_TRIPS, i + +o.id)[0], [PL('name')], opt],
    ['Estado', (c, o) => p2pSt(o), [], opt],
    ['Razón', (c, o) => ({ APROBADA: '00', RECHAZADA: '05', PENDIENTE: '?-', REVERSADA: '00' })[p2pSt(o)], []],
    ['Mensaje', (c, o) => ({ APROBADA: 'Aprobada', RECHAZADA: 'Rechazada por la entidad', PENDIENTE: 'La transacción se encuentra pendiente', REVERSADA: 'Transacción reversada' })[p2pSt(o)], []],
    ['Medio de pago', (c, o) => p2pMethod(o), [OR('payments[0].paymentType')]],
    ['Franquicia', (c, o, r) => (p2pMethod(o) === 'PSE' ? 'PSE' : p2pMethod(o) === 'Efecty' ? 'Efecty' : v.pick(r, ['Visa', 'Mastercard', 'Visa', 'American Express', 'Diners'])), [OR('payments[0].paymentType')], opt],
    ['Banco', (c, o, r) => v.pick(r, ['BANCOLOMBIA', 'BANCO DAVIVIENDA', 'BANCO DE BOGOTA', 'BBVA COLOMBIA', 'NEQUI']), []],
    ['Autorización/CUS', (c, o, r) => (p2pSt(o) === 'RECHAZADA' ? '' : String(v.int(r, 100000, 999999))), [], opt],
    ['Recibo', (c, o, r) => String(v.int(r, 100000000, 999999999)), []],
    ['Últimos dígitos', (c, o, r) => (p2pMethod(o).startsWith('Tarjeta') ? String(v.int(r, 1000, 9999)) : ''), []],
    ['Cuotas', (c, o, r) => (p2pMethod(o) === 'Tarjeta de crédito' ? String(v.pick(r, [1, 1, 3, 6, 12, 24])) : ''), []],
    ['Moneda', () => 'COP', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Valor', (c, o, r, i) => pt2(row(CO_TRIPS, i + +o.id)[1]), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['IVA', (c, o, r, i) => pt2(Math.round(row(CO_TRIPS, i + +o.id)[1] * 0.19 / 1.19)), [OR('taxAmount')]],
    ['Base devolución', (c, o, r, i) => pt2(Math.round(row(CO_TRIPS, i + +o.id)[1] / 1.19)), []],
    ['Tipo documento', (c, o, r) => v.pick(r, ['CC', 'CC', 'CC', 'CC', 'CE', 'PPN']), []],
    ['Documento', (c) => loc(c, 'co').cc, []],
    ['Nombre', (c) => loc(c, 'co').first, []],
    ['Apellido', (c) => loc(c, 'co').last, []],
    ['Correo electrónico', (c) => loc(c, 'co').email, ['endUserIDs._experience.emailid.id']],
    ['Celular', (c) => loc(c, 'co').mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Dirección IP', (c, o, r) => `${v.pick(r, ['181.49', '190.25', '186.84', '191.156'])}.${v.int(r, 0, 255)}.${v.int(r, 1, 254)}`, ['environment.ipV4']],
    ['Agente de usuario', (c, o, r) => v.pick(r, UA), ['environment.browserDetails.userAgent']],
    ['Sitio', () => 'Agencia Viajes Andinos - WebCheckout', ['commerce.commerceScope.websiteCode'], opt],
  ] },

  // ---------------------------------------------------------------- marketplace sales (Todocoleccion, Spain)
  { name: 'todocoleccion-mis-ventas-es', product: 'Todocoleccion (Spanish collectibles marketplace; Mi todocoleccion > Ventas > Mis ventas, "Descargar ventas" to Excel, Spanish UI, a Madrid seller of coins, stamps, postcards and old toys)', family: 'ecommerce-orders', language: 'es', schema: E, cols: [
    ['Nº pedido', (c, o) => String(120000000 + +o.id * 613 % 9999999), [OR('purchaseID')]],
    ['Fecha venta', (c, o) => dmyHm(cet(o.at)), ['timestamp', OR('createdDate')], opt],
    ['Referencia', (c, o, r, i) => row(TC_LOTS, i + +o.id)[0], [PL('SKU')]],
    ['Título del lote', (c, o, r, i) => row(TC_LOTS, i + +o.id)[1], [PL('name')]],
    ['Sección', (c, o, r, i) => row(TC_LOTS, i + +o.id)[2], [PL('productCategories[0].categoryName')], opt],
    ['Tipo de venta', (c, o, r) => v.pick(r, ['Venta directa', 'Venta directa', 'Subasta', 'Oferta aceptada']), [], opt],
    ['Unidades', (c, o) => String(o.qty > 2 ? 1 : o.qty), [PL('quantity')]],
    ['Precio', (c, o, r, i) => `${dotk(row(TC_LOTS, i + +o.id)[3])} €`, [], opt],
    ['Gastos de envío', (c, o) => `${dotk(o.shipping ? 5.5 : 0)} €`, ['commerce.shipping.shippingAmount']],
    ['Total', (c, o, r, i) => `${dotk(row(TC_LOTS, i + +o.id)[3] * (o.qty > 2 ? 1 : o.qty) + (o.shipping ? 5.5 : 0))} €`, [OR('priceTotal')]],
    ['Forma de pago', (c, o) => tcPay(o), [OR('payments[0].paymentType')]],
    ['Estado', (c, o, r) => v.pick(r, ['Pagado', 'Enviado', 'Enviado', 'Recibido', 'Pendiente de pago', 'Cancelado']), [], opt],
    ['Fecha de pago', (c, o) => dmyHm(cet(o.at + 3 * 3600000)), [], opt],
    ['Fecha de envío', (c, o, r) => (r() < 0.75 ? dmy(cet(o.at + 2 * day)) : ''), ['commerce.shipping.shipDate'], opt],
    ['Tipo de envío', (c, o, r) => v.pick(r, ['Correos Certificado', 'Correos Paq Estándar', 'MRW', 'Recogida en mano']), ['commerce.shipping.shippingMethod']],
    ['Nº seguimiento', (c, o, r) => (r() < 0.7 ? `PK${v.int(r, 10000000, 99999999)}ES${v.int(r, 1000000, 9999999)}` : ''), ['commerce.shipping.trackingNumber']],
    ['Usuario comprador', (c) => `${slug(c.first).slice(0, 5)}${slug(c.last).slice(0, 4)}${+c.id % 97}`, ['endUserIDs._experience.aacustomid.id'], opt],
    ['Nombre y apellidos', (c) => c.full, []],
    ['Email', (c) => c.email, ['endUserIDs._experience.emailid.id']],
    ['Teléfono', (c) => c.mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Dirección', (c) => c.street, [SHIP('street1')]],
    ['Código postal', (c) => c.postcode, [SHIP('postalCode')]],
    ['Población', (c) => c.city, [SHIP('city')]],
    ['Provincia', (c) => c.region, [SHIP('stateProvince'), SHIP('state')]],
    ['País', () => 'España', [SHIP('country')]],
    ['Comisión', (c, o, r, i) => `${dotk(row(TC_LOTS, i + +o.id)[3] * 0.08)} €`, []],
    ['Valoración', (c, o, r) => v.pick(r, ['', 'Positiva', 'Positiva', 'Neutral']), []],
    ['Comentario del comprador', (c, o, r) => v.pick(r, ['', '', '', 'Por favor, bien protegido', 'Si es posible enviar en sobre']), []],
  ] },

  // ---------------------------------------------------------------- invoicing customers (Facturapi, Mexico)
  { name: 'facturapi-clientes-dashboard-mx', product: 'Facturapi (Mexican CFDI e-invoicing API; Dashboard > Clientes, "Exportar" to Excel, Spanish UI, a Monterrey software company invoicing Mexican businesses)', family: 'invoicing', language: 'es', schema: B, cols: [
    ['ID', (c, o, r) => v.hex(r, 24), B2BID],
    ['Razón social', (c) => loc(c, 'mx').legal, ['b2b.companyName', 'organizations[0]']],
    ['RFC', (c) => loc(c, 'mx').rfc, ['person.taxId'], opt],
    ['Régimen fiscal', (c) => loc(c, 'mx').regimen, []],
    ['Uso CFDI predeterminado', (c, o, r) => v.pick(r, ['G03', 'G03', 'G01', 'S01']), []],
    ['Correo electrónico', (c) => loc(c, 'mx').email, ['workEmail.address']],
    ['Teléfono', (c) => loc(c, 'mx').phone, ['workPhone.number']],
    ['Calle', (c) => loc(c, 'mx').street, ['workAddress.street1']],
    ['Número exterior', (c) => loc(c, 'mx').ext, [], opt],
    ['Número interior', (c) => loc(c, 'mx').int, ['workAddress.street2'], opt],
    ['Colonia', (c) => loc(c, 'mx').colonia, ['workAddress.street2', 'workAddress.street3'], opt],
    ['Municipio', (c) => loc(c, 'mx').municipio, [], opt],
    ['Ciudad', (c) => loc(c, 'mx').city, ['workAddress.city']],
    ['Estado', (c) => loc(c, 'mx').state, ['workAddress.stateProvince', 'workAddress.state']],
    ['Código postal', (c) => loc(c, 'mx').zip, ['workAddress.postalCode']],
    ['País', () => 'MEX', ['workAddress.countryCode', 'workAddress.country']],
    ['Contacto', (c) => `${loc(c, 'mx').first} ${loc(c, 'mx').last}`, ['person.name.fullName']],
    ['Modo', () => 'live', []],
    ['Fecha de creación', (c) => isoOff(cdmx(c.created), '-06:00').replace('T', ' ').slice(0, 19), ['extSourceSystemAudit.createdDate'], opt],
    ['Facturas emitidas', (c, o, r) => String(v.int(r, 0, 48)), []],
    ['Total facturado', (c, o, r) => `$${(v.int(r, 0, 860000) + 0.5 * v.int(r, 0, 1)).toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`, []],
  ] },

  // ---------------------------------------------------------------- invoicing customers (FacturaLusa, Portugal)
  { name: 'facturalusa-clientes-exportar-pt', product: 'FacturaLusa (Portuguese certified invoicing software; Clientes > Exportar, Excel, European-Portuguese UI, a Porto online ceramics shop\'s customers, mostly private buyers with NIF and a few companies)', family: 'invoicing', language: 'pt', schema: P, cols: [
    ['Código', (c) => `C${pad(+c.id % 9000, 4)}`, ['_id', 'personID']],
    ['Nome', (c) => (+c.id % 6 === 0 ? loc(c, 'ptpt').company : loc(c, 'ptpt').full), ['person.name.fullName']],
    ['NIF', (c) => (+c.id % 6 === 0 ? loc(c, 'ptpt').nipc : loc(c, 'ptpt').nif), ['person.taxId']],
    ['Tipo', (c) => (+c.id % 6 === 0 ? 'Empresarial' : 'Particular'), ['person.type'], opt],
    ['Morada', (c) => loc(c, 'ptpt').street, at(['billingAddress', ...HOME], 'street1')],
    ['Código Postal', (c) => loc(c, 'ptpt').zip, at(['billingAddress', ...HOME], 'postalCode')],
    ['Localidade', (c) => loc(c, 'ptpt').city, at(['billingAddress', ...HOME], 'city')],
    ['Distrito', (c) => loc(c, 'ptpt').distrito, [...at(['billingAddress', ...HOME], 'stateProvince'), ...at(['billingAddress', ...HOME], 'state')], opt],
    ['País', () => 'Portugal', at(['billingAddress', ...HOME], 'country')],
    ['Email', (c) => loc(c, 'ptpt').email, ['personalEmail.address']],
    ['Telefone', (c, o, r) => (r() < 0.35 ? loc(c, 'ptpt').phone : ''), ['homePhone.number', 'billingAddressPhone.number']],
    ['Telemóvel', (c) => loc(c, 'ptpt').mobile, ['mobilePhone.number']],
    ['Fax', () => '', ['faxPhone.number'], opt],
    ['Website', (c) => (+c.id % 6 === 0 ? `www.${slug(loc(c, 'ptpt').company).slice(0, 12)}.pt` : ''), []],
    ['Condição de Pagamento', (c) => (+c.id % 6 === 0 ? '30 dias' : 'Pronto pagamento'), []],
    ['Forma de Pagamento', (c, o, r) => v.pick(r, ['MB WAY', 'Multibanco', 'Transferência bancária', 'Cartão de crédito']), []],
    ['Desconto (%)', (c) => (+c.id % 6 === 0 ? '5' : '0'), []],
    ['Regime de IVA', () => 'Normal', []],
    ['Idioma', () => 'Português', [], opt],
    ['Vendedor', (c, o, r) => v.pick(r, ['', 'Ana Ribeiro', 'Loja Online']), []],
    ['Observações', (c, o, r) => v.pick(r, ['', '', '', 'Cliente da feira de Natal', 'Entregar após as 18h']), []],
    ['Data de Criação', (c) => dmy(wet(c.created)), [], opt],
  ] },

  // ---------------------------------------------------------------- infoproduct sales (Greenn, Brazil)
  { name: 'greenn-vendas-exportar-br', product: 'Greenn (Brazilian checkout and payment platform for infoproducts; painel: Vendas > Exportar, CSV, Brazilian-Portuguese UI, a producer of online cooking and business courses with affiliates)', family: 'payments', language: 'pt', schema: E, cols: [
    ['ID da venda', (c, o) => String(3100000 + +o.id * 17 % 900000), [OR('payments[0].transactionID'), OR('purchaseID'), '_id']],
    ['Data de criação', (c, o) => dmyHms(bra(o.at)), ['timestamp', OR('createdDate')], opt],
    ['Data de pagamento', (c, o) => (grSt(o) === 'Paga' || grSt(o) === 'Reembolsada' || grSt(o) === 'Chargeback' ? dmyHms(bra(o.at + (grMethod(o) === 'Boleto' ? 2 * day : 60000))) : ''), [], opt],
    ['Status', (c, o) => grSt(o), [], opt],
    ['ID do produto', (c, o, r, i) => row(BR_INFO, i + +o.id)[0], [PL('SKU')]],
    ['Produto', (c, o, r, i) => row(BR_INFO, i + +o.id)[1], [PL('name')]],
    ['Oferta', (c, o, r, i) => row(BR_INFO, i + +o.id)[2], [], opt],
    ['Método de pagamento', (c, o) => grMethod(o), [OR('payments[0].paymentType')]],
    ['Parcelas', (c, o, r) => (grMethod(o) === 'Cartão de crédito' ? String(v.pick(r, [1, 1, 3, 6, 12])) : '1'), []],
    ['Valor', (c, o, r, i) => brl(row(BR_INFO, i + +o.id)[3]), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Taxa Greenn', (c, o, r, i) => brl(row(BR_INFO, i + +o.id)[3] * 0.069 + 1), []],
    ['Comissão afiliado', (c, o, r, i) => (+o.id % 3 === 0 ? brl(row(BR_INFO, i + +o.id)[3] * 0.4) : brl(0)), []],
    ['Valor líquido', (c, o, r, i) => brl(row(BR_INFO, i + +o.id)[3] * (+o.id % 3 === 0 ? 0.531 : 0.931) - 1), []],
    ['Cupom', (c, o) => (o.coupon ? 'VOLTEI10' : ''), ['commerce.promotionID'], opt],
    ['Afiliado', (c, o, r) => (+o.id % 3 === 0 ? v.pick(r, ['Chef Renata Dias', 'Canal Doce Lucro', 'Ju Empreende']) : ''), []],
    ['Nome do cliente', (c) => c.full, []],
    ['E-mail do cliente', (c) => c.email, ['endUserIDs._experience.emailid.id']],
    ['Telefone do cliente', (c) => c.mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['CPF/CNPJ', (c, o, r) => (r() < 0.9 ? cpf(r) : cnpj(r)), []],
    ['CEP', (c) => c.postcode, [BILL('postalCode')], opt],
    ['Cidade', (c) => c.city, [BILL('city')], opt],
    ['Estado', (c) => c.region, [BILL('stateProvince'), BILL('state')], opt],
    ['Assinatura', (c, o, r, i) => (row(BR_INFO, i + +o.id)[2] === 'Assinatura mensal' ? `sub_${v.int(r, 10000, 99999)}` : ''), []],
    ['utm_source', (c, o, r) => v.pick(r, ['', 'instagram', 'facebook', 'youtube', 'google']), [], opt],
    ['utm_medium', (c, o, r) => v.pick(r, ['', 'bio', 'cpc', 'stories']), [], opt],
    ['utm_campaign', (c, o, r) => v.pick(r, ['', 'lancamento-marco', 'black-friday', 'perpetuo']), ['marketing.trackingCode', 'marketing.campaignName']],
  ] },

  // ---------------------------------------------------------------- service invoices (Notazz, Brazil)
  { name: 'notazz-notas-fiscais-export-br', product: 'Notazz (Brazilian NF-e / NFS-e issuing service for digital producers; painel: Notas Fiscais > Exportar planilha, Brazilian-Portuguese UI, NFS-e issued automatically for sales on Hotmart, Eduzz and other platforms)', family: 'invoicing', language: 'pt', schema: E, cols: [
    ['ID', (c, o) => String(80000000 + +o.id * 97 % 9000000), ['_id']],
    ['Número', (c, o) => (nzSt(o) === 'Autorizada' || nzSt(o) === 'Cancelada' ? String(1200 + +o.id % 8000) : ''), [OR('purchaseID'), '_id'], opt],
    ['Série', () => '1', []],
    ['Tipo', () => 'NFS-e', []],
    ['Status', (c, o) => nzSt(o), [], opt],
    ['Data de emissão', (c, o) => dmyHms(bra(o.at + 3600000)), ['timestamp'], opt],
    ['Data da venda', (c, o) => dmyHms(bra(o.at)), [OR('createdDate'), 'timestamp'], opt],
    ['Plataforma', (c, o) => NZ_PLAT[+o.id % NZ_PLAT.length], ['commerce.commerceScope.websiteCode'], opt],
    ['Código da venda', (c, o) => { const pl = NZ_PLAT[+o.id % NZ_PLAT.length], n = 10000000 + +o.id * 7331 % 89999999; return pl === 'Hotmart' ? `HP${n}${+o.id % 900 + 100}` : pl === 'Kiwify' ? `${(n * 16).toString(16)}` : String(n) }, [OR('purchaseID')]],
    ['Produto', (c, o, r, i) => row(BR_INFO, i + +o.id)[1], [PL('name')]],
    ['Valor', (c, o, r, i) => dotk(row(BR_INFO, i + +o.id)[3]), [OR('priceTotal')]],
    ['Alíquota ISS (%)', () => '2,00', []],
    ['Valor ISS', (c, o, r, i) => dotk(row(BR_INFO, i + +o.id)[3] * 0.02), [OR('taxAmount')]],
    ['Nome do tomador', (c) => c.full, []],
    ['CPF/CNPJ do tomador', (c, o, r) => cpf(r), []],
    ['E-mail do tomador', (c) => c.email, ['endUserIDs._experience.emailid.id']],
    ['Telefone', (c) => c.mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Logradouro', (c) => c.street.split(',')[0], [BILL('street1')]],
    ['Número do endereço', (c) => c.street.split(', ')[1] ?? 'S/N', [], opt],
    ['Complemento', (c) => c.street2, [BILL('street2')]],
    ['Bairro', (c, o, r) => v.pick(r, ['Centro', 'Jardim Paulista', 'Savassi', 'Batel', 'Moinhos de Vento', 'Copacabana']), [BILL('street3'), BILL('street2')], opt],
    ['Cidade', (c) => c.city, [BILL('city')]],
    ['UF', (c) => c.region, [BILL('stateProvince'), BILL('state')]],
    ['CEP', (c) => c.postcode, [BILL('postalCode')]],
    ['Código de verificação', (c, o, r) => (nzSt(o) === 'Autorizada' ? v.alnum(r, 9).toUpperCase() : ''), []],
    ['Link do PDF', (c, o, r) => (nzSt(o) === 'Autorizada' ? `https://app.notazz.com/pdf/${v.hex(r, 32)}` : ''), []],
    ['Mensagem', (c, o) => (nzSt(o) === 'Rejeitada' ? 'E160 - CPF do tomador inválido' : ''), []],
  ] },

  // ---------------------------------------------------------------- recurring-billing customers (Galax Pay, Brazil)
  { name: 'galaxpay-clientes-export-br', product: 'Galax Pay (Brazilian recurring-billing and payment platform, now Cel_Cash by Celcoin; Clientes > Exportar, CSV, Brazilian-Portuguese UI, a gym chain billing monthly plans by card, Pix and boleto)', family: 'payments', language: 'pt', schema: P, cols: [
    ['Código Galax Pay', (c) => String(1000 + +c.id % 90000), ['_id', 'personID']],
    ['Meu ID', (c) => `ALUNO-${pad(+c.id % 100000, 5)}`, ['personID', '_id'], opt],
    ['Nome', (c) => c.full, ['person.name.fullName']],
    ['CPF/CNPJ', (c, o, r) => cpf(r).replace(/\D/g, ''), ['person.taxId']],
    ['E-mails', (c, o, r) => (r() < 0.2 ? `${c.email},${slug(c.first)}${+c.id % 90}@gmail.com` : c.email), ['personalEmail.address']],
    ['Telefones', (c) => c.mobile.replace(/\D/g, ''), ['mobilePhone.number', 'homePhone.number']],
    ['CEP', (c) => c.postcode.replace('-', ''), at(['billingAddress', ...HOME], 'postalCode')],
    ['Logradouro', (c) => c.street.split(',')[0], at(['billingAddress', ...HOME], 'street1')],
    ['Número', (c) => c.street.split(', ')[1] ?? '', [], opt],
    ['Complemento', (c) => c.street2, at(['billingAddress', ...HOME], 'street2')],
    ['Bairro', (c, o, r) => v.pick(r, ['Centro', 'Vila Mariana', 'Funcionários', 'Água Verde', 'Tijuca', 'Boa Viagem']), [...at(['billingAddress', ...HOME], 'street3'), ...at(['billingAddress', ...HOME], 'street2')], opt],
    ['Cidade', (c) => c.city, at(['billingAddress', ...HOME], 'city')],
    ['Estado', (c) => c.region, [...at(['billingAddress', ...HOME], 'stateProvince'), ...at(['billingAddress', ...HOME], 'state')]],
    ['Status', (c, o, r) => v.pick(r, ['Ativo', 'Ativo', 'Ativo', 'Inativo', 'Com pendências']), [], opt],
    ['Assinaturas ativas', (c, o, r) => String(v.pick(r, [1, 1, 1, 0, 2])), []],
    ['Plano', (c, o, r) => v.pick(r, ['Plano Mensal Musculação', 'Plano Anual Full', 'Plano Trimestral Natação', 'Plano Família']), []],
    ['Forma de pagamento principal', (c, o, r) => v.pick(r, ['Cartão de crédito', 'Cartão de crédito', 'Pix', 'Boleto']), []],
    ['Cadastrado em', (c) => dmyHms(bra(c.created)), [], opt],
    ['Atualizado em', (c) => dmyHms(bra(c.updated)), [], opt],
    ['Informações adicionais', (c, o, r) => v.pick(r, ['', '', 'Unidade Paulista', 'Unidade Savassi', 'Desconto convênio empresa']), []],
  ] },

  // ---------------------------------------------------------------- marketplace order lines (Sellrapido, Italy)
  { name: 'sellrapido-ordini-esporta-it', product: 'Sellrapido (Italian multichannel marketplace manager; Ordini > Esporta ordini, CSV, Italian UI, one row per order line, a consumer-electronics seller on Amazon, eBay, ePRICE, ManoMano and Leroy Merlin)', family: 'ecommerce-orders', language: 'it', schema: E, cols: [
    ['ID Sellrapido', (c, o) => String(9000000 + +o.id * 71 % 900000), ['_id'], opt],
    ['Codice ordine', (c, o) => (row(SR_CH, +o.id)[1].startsWith('amazon') ? `40${v.int(v.rng(+o.id), 1, 8)}-${v.int(v.rng(+o.id + 3), 1000000, 9999999)}-${v.int(v.rng(+o.id + 5), 1000000, 9999999)}` : String(10000000 + +o.id * 37 % 89999999)), [OR('purchaseID')]],
    ['Canale', (c, o) => row(SR_CH, +o.id)[0], ['commerce.commerceScope.websiteCode'], opt],
    ['Codice canale', (c, o) => row(SR_CH, +o.id)[1], [], opt],
    ['Data ordine', (c, o) => dmyHm(cet(o.at)), ['timestamp', OR('createdDate')], opt],
    ['Stato', (c, o, r) => v.pick(r, ['Spedito', 'Spedito', 'Accettato', 'In attesa', 'Annullato']), [], opt],
    ['SKU', (c, o, r, i) => row(IT_TECH, i + +o.id)[0], [PL('SKU')]],
    ['EAN', (c, o, r, i) => row(IT_TECH, i + +o.id)[1], [PL('product')], opt],
    ['Titolo', (c, o, r, i) => row(IT_TECH, i + +o.id)[2], [PL('name')]],
    ['Quantità', (c, o) => String(o.qty), [PL('quantity')]],
    ['Prezzo unitario', (c, o, r, i) => com(row(IT_TECH, i + +o.id)[3]), [], opt],
    ['Totale riga', (c, o, r, i) => com(row(IT_TECH, i + +o.id)[3] * o.qty), [PL('priceTotal')]],
    ['Spese di spedizione', (c, o) => com(o.shipping ? 6.9 : 0), ['commerce.shipping.shippingAmount']],
    ['Totale ordine', (c, o, r, i) => com(row(IT_TECH, i + +o.id)[3] * o.qty + (o.shipping ? 6.9 : 0)), [OR('priceTotal')]],
    ['Valuta', () => 'EUR', [OR('currencyCode')]],
    ['Commissione marketplace', (c, o, r, i) => com(row(IT_TECH, i + +o.id)[3] * o.qty * 0.15), []],
    ['Metodo di pagamento', (c, o, r) => v.pick(r, ['Marketplace', 'PayPal', 'Carta di credito', 'Marketplace']), [OR('payments[0].paymentType')], opt],
    ['Nome cliente', (c) => c.full, []],
    ['Email cliente', (c, o, r) => (row(SR_CH, +o.id)[1].startsWith('amazon') ? `${v.alnum(r, 14).toLowerCase()}@marketplace.amazon.it` : c.email), ['endUserIDs._experience.emailid.id']],
    ['Telefono', (c) => c.mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Indirizzo spedizione', (c) => c.street, [SHIP('street1')]],
    ['CAP', (c) => c.postcode, [SHIP('postalCode')]],
    ['Città', (c) => c.city, [SHIP('city')]],
    ['Provincia', (c) => c.region, [SHIP('stateProvince'), SHIP('state')]],
    ['Nazione', () => 'IT', [SHIP('countryCode')]],
    ['Codice fiscale', (c, o, r) => (r() < 0.3 ? cfIt(c, r) : ''), []],
    ['Partita IVA', (c, o, r) => (r() < 0.1 ? piva(r) : ''), []],
    ['Corriere', (c, o) => row(IT_CARRIER, +o.id), ['commerce.shipping.shippingMethod'], opt],
    ['Tracking', (c, o, r) => piTrack(row(IT_CARRIER, +o.id), r), ['commerce.shipping.trackingNumber']],
    ['Data spedizione', (c, o) => dmy(cet(o.at + day)), ['commerce.shipping.shipDate'], opt],
    ['Tag', (c, o, r) => v.pick(r, ['', '', 'fatturato', 'prime', 'reso']), []],
  ] },

  // ---------------------------------------------------------------- payment transactions (PayTipper, Italy)
  { name: 'paytipper-lista-transazioni-it', product: 'PayTipper (Italian payment institution; area esercente: Transazioni > Lista transazioni, "Esporta Excel", Italian UI, a tabaccheria in Bologna collecting pagoPA notices and postal bills at the counter plus its small online shop)', family: 'payments', language: 'it', schema: E, cols: [
    ['ID transazione', (c, o) => `PT${String(700000000 + +o.id * 131 % 99999999)}`, [OR('payments[0].transactionID'), '_id']],
    ['Data', (c, o) => dmy(cet(o.at)), ['timestamp'], opt],
    ['Ora', (c, o) => { const p = cet(o.at); return `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }, []],
    ['Tipo operazione', (c, o, r, i) => row(PT_OPS, i + +o.id)[0], [], opt],
    ['Servizio', (c, o, r, i) => row(PT_OPS, i + +o.id)[1], [], opt],
    ['Canale', (c, o, r, i) => (row(PT_OPS, i + +o.id)[1] === 'E-commerce' ? 'Online' : 'Sportello'), [], opt],
    ['Punto vendita', () => 'Tabaccheria Marconi n. 41 - Bologna', ['commerce.commerceScope.storeCode'], opt],
    ['Operatore', (c, o, r) => v.pick(r, ['Giulia', 'Marco', 'Admin']), []],
    ['Stato', (c, o) => ptSt(o), [], opt],
    ['Importo', (c, o, r, i) => com(row(PT_OPS, i + +o.id)[1] === 'E-commerce' ? o.total : 20 + (+o.id % 47) * 7.35), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Commissione', (c, o, r, i) => com(row(PT_OPS, i + +o.id)[1] === 'E-commerce' ? o.total * 0.012 : row(PT_OPS, i + +o.id)[1] === 'PagoPA' ? 1.5 : 2), []],
    ['Totale addebitato', (c, o, r, i) => com(row(PT_OPS, i + +o.id)[1] === 'E-commerce' ? o.total : 20 + (+o.id % 47) * 7.35 + (row(PT_OPS, i + +o.id)[1] === 'PagoPA' ? 1.5 : 2)), [OR('priceTotal')], opt],
    ['Valuta', () => 'EUR', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Metodo di pagamento', (c, o, r) => v.pick(r, ['Contanti', 'Carta', 'Carta', 'Bancomat', 'Satispay']), [OR('payments[0].paymentType')]],
    ['Circuito', (c, o, r) => v.pick(r, ['', 'Visa', 'Mastercard', 'PagoBancomat', 'Maestro']), [], opt],
    ['PAN', (c, o, r) => (r() < 0.6 ? `${v.pick(r, ['4', '5'])}${v.int(r, 10000, 99999)}******${v.int(r, 1000, 9999)}` : ''), []],
    ['Codice autorizzazione', (c, o, r) => (ptSt(o) === 'Eseguita' ? String(v.int(r, 100000, 999999)) : ''), [], opt],
    ['Codice avviso / IUV', (c, o, r, i) => (row(PT_OPS, i + +o.id)[1] === 'PagoPA' ? `3${v.int(r, 10000000, 99999999)}${v.int(r, 1000000, 9999999)}${v.int(r, 10, 99)}` : ''), []],
    ['Ente creditore', (c, o, r, i) => (row(PT_OPS, i + +o.id)[1] === 'PagoPA' ? v.pick(r, ['Comune di Bologna', 'Regione Emilia-Romagna', 'ACI - Tasse automobilistiche', 'AUSL di Bologna']) : row(PT_OPS, i + +o.id)[1] === 'Bollettini' ? v.pick(r, ['Hera S.p.A.', 'Enel Energia', 'TIM']) : ''), []],
    ['Riferimento ordine', (c, o, r, i) => (row(PT_OPS, i + +o.id)[1] === 'E-commerce' ? `ORD-${40000 + +o.id % 9000}` : ''), [OR('purchaseID')]],
    ['Descrizione', (c, o, r, i) => (row(PT_OPS, i + +o.id)[1] === 'E-commerce' ? `Ordine online ${o.name}` : row(PT_OPS, i + +o.id)[0]), [], opt],
    ['Codice fiscale pagatore', (c, o, r) => (r() < 0.6 ? cfIt(c, r) : ''), []],
    ['Email pagatore', (c, o, r, i) => (row(PT_OPS, i + +o.id)[1] === 'PagoPA' || row(PT_OPS, i + +o.id)[1] === 'E-commerce' ? c.email : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['Data valuta', (c, o) => dmy(cet(o.at + day)), [], opt],
    ['Note', (c, o, r) => v.pick(r, ['', '', '', 'Ricevuta ristampata', 'Storno su richiesta cliente']), []],
  ] },

  // ---------------------------------------------------------------- invoicing customers (Fattutto, Italy)
  { name: 'fattutto-anagrafica-clienti-it', product: 'Fattutto (Italian e-invoicing and billing software; Anagrafiche > Clienti, "Esporta in Excel", Italian UI, a Treviso IT-services firm invoicing companies, professionals and a few private clients)', family: 'invoicing', language: 'it', schema: B, cols: [
    ['Codice', (c) => `CLI${pad(+c.id % 10000, 4)}`, B2BID],
    ['Tipologia', (c) => (+c.id % 5 === 0 ? 'Privato' : +c.id % 5 === 1 ? 'Professionista' : 'Azienda'), [], opt],
    ['Ragione sociale', (c) => (+c.id % 5 < 2 ? '' : c.company.replace(/ (GmbH|BV|Inc\.|Corp|SA|Ltda)$/, ' S.r.l.')), ['b2b.companyName', 'organizations[0]']],
    ['Nome', (c) => c.first, ['person.name.firstName']],
    ['Cognome', (c) => c.last, ['person.name.lastName']],
    ['Partita IVA', (c, o, r) => (+c.id % 5 === 0 ? '' : piva(r)), ['person.taxId'], opt],
    ['Codice fiscale', (c, o, r) => (+c.id % 5 < 2 ? cfIt(c, r) : ''), ['person.taxId'], opt],
    ['Indirizzo', (c) => c.street, ['workAddress.street1']],
    ['CAP', (c) => c.postcode, ['workAddress.postalCode']],
    ['Comune', (c) => c.city, ['workAddress.city']],
    ['Provincia', (c) => c.region, ['workAddress.stateProvince', 'workAddress.state']],
    ['Nazione', () => 'IT', ['workAddress.countryCode']],
    ['Telefono', (c) => c.phone, ['workPhone.number']],
    ['Cellulare', (c) => c.mobile, ['mobilePhone.number']],
    ['Email', (c) => c.workEmail.replace(/\.com$/, '.it'), ['workEmail.address']],
    ['PEC', (c) => (+c.id % 5 === 0 ? '' : `${slug(c.company).slice(0, 10)}@pec.it`), [], opt],
    ['Codice destinatario', (c, o, r) => (+c.id % 5 === 0 ? '0000000' : v.alnum(r, 7).toUpperCase()), []],
    ['Referente', (c) => c.full, ['person.name.fullName'], opt],
    ['IBAN', (c, o, r) => (r() < 0.4 ? `IT${v.int(r, 10, 99)}${v.pick(r, [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'])}0${v.int(r, 3000, 3999)}${v.int(r, 10000, 99999)}${pad(v.int(r, 0, 999999999999), 12)}` : ''), []],
    ['Modalità di pagamento', (c, o, r) => v.pick(r, ['Bonifico 30 gg d.f.', 'Bonifico 60 gg f.m.', 'RiBa 30 gg', 'Rimessa diretta']), []],
    ['Split payment', () => 'No', []],
    ['Note', (c, o, r) => v.pick(r, ['', '', '', 'Contratto assistenza annuale', 'Inviare copia cortesia via email']), []],
    ['Data inserimento', (c) => dmy(cet(c.created)), ['extSourceSystemAudit.createdDate'], opt],
  ] },

  // ---------------------------------------------------------------- marketplace orders (Yeppon, Italy)
  { name: 'yeppon-marketplace-ordini-it', product: 'Yeppon (Italian electronics e-tailer\'s marketplace, run on Mirakl; back office venditore: Ordini > Esporta, CSV, Italian UI, one row per order line, a small-appliance seller)', family: 'ecommerce-orders', language: 'it', schema: E, cols: [
    ['Data di creazione', (c, o) => dmyHm(cet(o.at)), ['timestamp', OR('createdDate')], opt],
    ['Numero ordine', (c, o) => `YP${String(1000000 + +o.id * 29 % 8999999)}-A`, [OR('purchaseID')]],
    ['Numero riga ordine', (c, o, r, i) => `YP${String(1000000 + +o.id * 29 % 8999999)}-A-${i % 2 + 1}`, [], opt],
    ['Stato', (c, o) => ypSt(o), [], opt],
    ['SKU offerta', (c, o, r, i) => row(YP_OFF, i + +o.id)[0], [PL('SKU')]],
    ['Prodotto', (c, o, r, i) => row(YP_OFF, i + +o.id)[1], [PL('name')]],
    ['Categoria', (c, o, r, i) => row(YP_OFF, i + +o.id)[2], [PL('productCategories[0].categoryName')]],
    ['Quantità', (c, o) => String(o.qty > 2 ? 1 : o.qty), [PL('quantity')]],
    ['Prezzo unitario', (c, o, r, i) => com(row(YP_OFF, i + +o.id)[3]), [], opt],
    ['Prezzo', (c, o, r, i) => com(row(YP_OFF, i + +o.id)[3] * (o.qty > 2 ? 1 : o.qty)), [PL('priceTotal')]],
    ['Spese di spedizione', (c, o) => com(o.shipping ? 9.9 : 0), ['commerce.shipping.shippingAmount']],
    ['Importo totale', (c, o, r, i) => com(row(YP_OFF, i + +o.id)[3] * (o.qty > 2 ? 1 : o.qty) + (o.shipping ? 9.9 : 0)), [OR('priceTotal')]],
    ['Commissione (IVA esclusa)', (c, o, r, i) => com(row(YP_OFF, i + +o.id)[3] * (o.qty > 2 ? 1 : o.qty) * 0.1), []],
    ['Importo da trasferire al negozio', (c, o, r, i) => com(row(YP_OFF, i + +o.id)[3] * (o.qty > 2 ? 1 : o.qty) * 0.878 + (o.shipping ? 9.9 : 0)), []],
    ['Valuta', () => 'EUR', [OR('currencyCode')]],
    ['Metodo di spedizione', (c, o) => (o.shipping ? 'Standard' : 'Spedizione gratuita'), ['commerce.shipping.shippingMethod']],
    ['Corriere', (c, o) => row(IT_CARRIER, +o.id + 1), [], opt],
    ['Numero di tracking', (c, o, r) => (ypSt(o) === 'Spedito' || ypSt(o) === 'Ricevuto' || ypSt(o) === 'Chiuso' ? piTrack(row(IT_CARRIER, +o.id + 1), r) : ''), ['commerce.shipping.trackingNumber']],
    ['Data di spedizione', (c, o) => (ypSt(o) === 'In attesa di spedizione' || ypSt(o) === 'Annullato' ? '' : dmyHm(cet(o.at + 2 * day))), ['commerce.shipping.shipDate'], opt],
    ['Nome (fatturazione)', (c) => c.first, []],
    ['Cognome (fatturazione)', (c) => c.last, []],
    ['Indirizzo (fatturazione)', (c) => c.street, [BILL('street1')]],
    ['CAP (fatturazione)', (c) => c.postcode, [BILL('postalCode')]],
    ['Città (fatturazione)', (c) => c.city, [BILL('city')]],
    ['Provincia (fatturazione)', (c) => c.region, [BILL('stateProvince'), BILL('state')]],
    ['Paese (fatturazione)', () => 'Italia', [BILL('country')]],
    ['Nome (spedizione)', (c) => c.first, []],
    ['Cognome (spedizione)', (c) => c.last, []],
    ['Indirizzo (spedizione)', (c, o, r) => (r() < 0.2 ? `${v.pick(r, ['Via Emilia', 'Viale Monza', 'Corso Vercelli'])} ${v.int(r, 1, 200)}` : c.street), [SHIP('street1')]],
    ['Complemento indirizzo (spedizione)', (c) => c.street2.replace('Apt', 'Int.'), [SHIP('street2')]],
    ['CAP (spedizione)', (c) => c.postcode, [SHIP('postalCode')]],
    ['Città (spedizione)', (c) => c.city, [SHIP('city')]],
    ['Paese (spedizione)', () => 'Italia', [SHIP('country')]],
    ['Telefono (spedizione)', (c) => c.mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Codice fiscale', (c, o, r) => (r() < 0.5 ? cfIt(c, r) : ''), []],
  ] },
]
