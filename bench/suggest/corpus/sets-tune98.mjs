// Round 98, tune98: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). Spanish (Spain, Mexico, Chile, Argentina, Colombia) and Portuguese (Brazil,
// Portugal) order, order-line and shipment exports of shop platforms, marketplaces, multichannel hubs, B2B order
// tools, dropshipping and logistics platforms, every header in the product's UI language.
import { E, v, PL, OR, SHIP, BILL, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'
import { slug } from './values.mjs'

// date formats (local times written without offset)
// "22/05/2024", "22/05/2024 14:31", "22/05/2024 14:31:07"
const dmy = (ms, h) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const dmyHM = (ms, h) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const dmyHMS = (ms, h) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
// "2024-05-22 14:31:07", "2024-05-22", "22-05-2024 14:31"
const ymdHMS = (ms, h) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ymd = (ms, h) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const dmyDash = (ms, h) => { const p = shift(ms, h); return `${pad(p.d)}-${pad(p.m)}-${p.y} ${pad(p.H)}:${pad(p.M)}` }
const day = 86400000
const MX = -6, CL = -4, AR = -3, CO = -5, ES = 2, BR = -3, PT = 1
// money: "1,234.50" (Mexico), "1.234,50" (Spain, Chile, Argentina, Colombia, Brazil, Portugal), "1234.50", "1234,50"
const dot = (n) => n.toFixed(2)
const comma = (n) => n.toFixed(2).replace('.', ',')
const mxn = (n) => n.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
const eu = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')
const clp = (n) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')
const brl$ = (n) => `R$ ${eu(n)}`

// places (street, colonia/neighbourhood, city, state, postcode)
const MX_ADDR = [['Av. Insurgentes Sur 1602', 'Crédito Constructor', 'Benito Juárez', 'Ciudad de México', 'CDMX', '03940'], ['Calle Morelos 215', 'Centro', 'Guadalajara', 'Jalisco', 'JAL', '44100'], ['Av. Constitución 410 Pte', 'Centro', 'Monterrey', 'Nuevo León', 'NL', '64000'], ['Blvd. Díaz Ordaz 12925', 'El Paraíso', 'Tijuana', 'Baja California', 'BC', '22106'], ['Calle 60 No. 455', 'Centro', 'Mérida', 'Yucatán', 'YUC', '97000'], ['Av. Juárez 1102', 'Centro', 'Puebla', 'Puebla', 'PUE', '72000']]
const CL_ADDR = [['Av. Providencia 1208, depto 504', 'Providencia', 'Región Metropolitana', '7500000'], ['Av. Apoquindo 4499', 'Las Condes', 'Región Metropolitana', '7550000'], ['Los Carrera 1150', 'Concepción', 'Región del Biobío', '4030000'], ['Av. Libertad 919', 'Viña del Mar', 'Región de Valparaíso', '2520000'], ['Av. Irarrázaval 2401', 'Ñuñoa', 'Región Metropolitana', '7750000']]
const AR_ADDR = [['Av. Corrientes 1847 4°B', 'Ciudad Autónoma de Buenos Aires', 'Capital Federal', 'C1045'], ['Bv. Oroño 1250', 'Rosario', 'Santa Fe', 'S2000'], ['Av. Colón 540', 'Córdoba', 'Córdoba', 'X5000'], ['Calle 7 N° 1234', 'La Plata', 'Buenos Aires', 'B1900'], ['San Martín 1020', 'Mendoza', 'Mendoza', 'M5500']]
const CO_ADDR = [['Calle 72 # 10-34 Apto 502', 'Chapinero', 'Bogotá', 'Bogotá D.C.'], ['Carrera 43A # 1 Sur-100', 'El Poblado', 'Medellín', 'Antioquia'], ['Calle 5 # 38-25', 'San Fernando', 'Cali', 'Valle del Cauca'], ['Carrera 54 # 72-80', 'El Prado', 'Barranquilla', 'Atlántico'], ['Calle 36 # 27-52', 'Centro', 'Bucaramanga', 'Santander']]
const BR_ADDR = [['Rua Augusta', '1508', 'ap 42', 'Consolação', 'São Paulo', 'SP', '01304-001'], ['Av. Afonso Pena', '3200', '', 'Funcionários', 'Belo Horizonte', 'MG', '30130-009'], ['Rua XV de Novembro', '700', 'sala 3', 'Centro', 'Curitiba', 'PR', '80020-310'], ['Av. Ipiranga', '6681', '', 'Partenon', 'Porto Alegre', 'RS', '90619-900'], ['Rua Voluntários da Pátria', '45', 'bloco B ap 1101', 'Botafogo', 'Rio de Janeiro', 'RJ', '22270-000'], ['Av. Tancredo Neves', '1632', '', 'Caminho das Árvores', 'Salvador', 'BA', '41820-020']]
const PT_ADDR = [['Rua Augusta, 120, 2º Esq', 'Lisboa', '1100-053', 'Lisboa'], ['Rua de Santa Catarina, 312', 'Porto', '4000-442', 'Porto'], ['Avenida Fernão de Magalhães, 45', 'Coimbra', '3000-175', 'Coimbra'], ['Rua do Souto, 88', 'Braga', '4700-329', 'Braga'], ['Avenida 5 de Outubro, 19', 'Faro', '8000-076', 'Faro']]
const ES_ADDR = [['Calle de Alcalá, 145, 3º B', 'Madrid', '28009', 'Madrid'], ['Carrer de Mallorca, 220', 'Barcelona', '08008', 'Barcelona'], ['Avenida del Puerto, 33', 'Valencia', '46023', 'Valencia'], ['Calle Sierpes, 12', 'Sevilla', '41004', 'Sevilla'], ['Gran Vía, 48', 'Bilbao', '48011', 'Vizcaya']]

// people (seeded from the row's person so the columns of a row agree)
const FIRST_ES = ['José Luis', 'María Fernanda', 'Juan Pablo', 'Daniela', 'Carlos', 'Valentina', 'Andrés', 'Camila', 'Luis Miguel', 'Sofía', 'Alejandro', 'Gabriela']
const LAST_ES = ['Hernández', 'García', 'Martínez', 'López', 'González', 'Rodríguez', 'Pérez', 'Ramírez', 'Torres', 'Flores', 'Vargas', 'Castillo', 'Morales', 'Rojas']
const FIRST_BR = ['Ana Paula', 'João Pedro', 'Mariana', 'Lucas', 'Fernanda', 'Rafael', 'Juliana', 'Thiago', 'Camila', 'Bruno', 'Larissa', 'Gustavo']
const LAST_BR = ['Silva', 'Santos', 'Oliveira', 'Souza', 'Pereira', 'Costa', 'Rodrigues', 'Almeida', 'Nascimento', 'Lima', 'Carvalho', 'Ribeiro']
const FIRST_PT = ['Tiago', 'Inês', 'Diogo', 'Beatriz', 'Rui', 'Catarina', 'Miguel', 'Sofia', 'Nuno', 'Joana', 'Filipe', 'Marta']
const LAST_PT = ['Ferreira', 'Pereira', 'Martins', 'Sousa', 'Fernandes', 'Gonçalves', 'Marques', 'Rodrigues', 'Carvalho', 'Lopes', 'Teixeira', 'Mendes']
const ppl = (c, F, L, doms) => {
  const r = v.rng(+c.id * 97 + 13)
  const first = v.pick(r, F), last = `${v.pick(r, L)} ${v.pick(r, L)}`
  return { first, last, full: `${first} ${last}`, email: `${slug(first)}.${slug(last.split(' ')[0])}${v.int(r, 1, 99)}@${v.pick(r, doms)}`, n: v.int(r, 0, 1e9) }
}
const mx = (c) => ppl(c, FIRST_ES, LAST_ES, ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.mx'])
const es = (c) => ppl(c, FIRST_ES, LAST_ES, ['gmail.com', 'hotmail.es', 'yahoo.es', 'telefonica.net'])
const br = (c) => ppl(c, FIRST_BR, LAST_BR, ['gmail.com', 'hotmail.com', 'uol.com.br', 'bol.com.br'])
const pt = (c) => ppl(c, FIRST_PT, LAST_PT, ['gmail.com', 'sapo.pt', 'hotmail.com', 'outlook.pt'])
const mxPhone = (r) => `${v.pick(r, ['55', '33', '81', '664', '999', '222'])}${v.int(r, 10000000, 99999999)}`.slice(0, 10)
const coPhone = (r) => `3${v.int(r, 0, 2)}${v.int(r, 0, 9)}${v.int(r, 1000000, 9999999)}`
const clPhone = (r) => `+569${v.int(r, 10000000, 99999999)}`
const arPhone = (r) => `11${v.int(r, 40000000, 69999999)}`
const brPhone = (r) => `(${v.pick(r, ['11', '31', '41', '51', '21', '71'])}) 9${v.int(r, 6000, 9999)}-${pad(v.int(r, 0, 9999), 4)}`
const ptPhone = (r) => `9${v.pick(r, ['1', '2', '3', '6'])}${v.int(r, 1000000, 9999999)}`
const esPhone = (r) => `6${v.int(r, 10000000, 99999999)}`
const cpf = (r) => `${v.int(r, 100, 999)}.${v.int(r, 100, 999)}.${v.int(r, 100, 999)}-${pad(v.int(r, 0, 99))}`
const rut = (r) => `${v.int(r, 8, 24)}.${v.int(r, 100, 999)}.${v.int(r, 100, 999)}-${v.pick(r, ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'K'])}`
const nif = (r) => `${v.int(r, 10000000, 99999999)}${v.pick(r, ['T', 'R', 'W', 'A', 'G', 'M', 'Y', 'F'])}`
const nifPt = (r) => String(v.int(r, 200000000, 299999999))
const rfc = (c, r) => `${slug(mx(c).last).slice(0, 2).toUpperCase()}${slug(mx(c).first).slice(0, 2).toUpperCase()}${pad(v.int(r, 60, 99))}${pad(v.int(r, 1, 12))}${pad(v.int(r, 1, 28))}${v.alnum(r, 3).toUpperCase()}`

// goods (sku, name, price in local currency)
const MX_GOODS = [['TEN-URB-27-NEG', 'Tenis Urbano Negro Talla 27', 899], ['TERMO-INOX-750', 'Termo de Acero Inoxidable 750 ml', 349], ['FUNDA-IP15-TRANS', 'Funda Transparente iPhone 15', 199], ['CREMA-FAC-50', 'Crema Facial Hidratante 50 ml', 459], ['MOCHILA-LAP-15', 'Mochila para Laptop 15.6"', 749]]
const CL_GOODS = [['POL-ALG-M-AZ', 'Polera Algodón Azul M', 12990], ['ZAP-RUN-40', 'Zapatilla Running Hombre 40', 49990], ['AUD-BT-NEG', 'Audífonos Bluetooth Negros', 24990], ['SAR-ANT-24', 'Sartén Antiadherente 24 cm', 15990], ['LAM-LED-ESC', 'Lámpara LED de Escritorio', 19990]]
const AR_GOODS = [['MLA-REM-OS-L', 'Remera Oversize Negra L', 18500], ['MLA-BOT-CHE-38', 'Botineta Chelsea Cuero 38', 89900], ['MLA-MATE-IMP', 'Mate Imperial Calabaza con Bombilla', 32000], ['MLA-AURI-TWS', 'Auriculares Inalámbricos TWS', 27999], ['MLA-TERMO-1L', 'Termo Acero 1 Litro', 45500]]
const CO_GOODS = [['FAJA-COL-M', 'Faja Colombiana Reductora Talla M', 89900], ['SERUM-VITC-30', 'Sérum Vitamina C 30 ml', 45000], ['LICUA-PORT-USB', 'Licuadora Portátil Recargable', 69900], ['RELOJ-SMART-D20', 'Reloj Inteligente D20', 55000], ['KIT-BROCHAS-12', 'Kit 12 Brochas de Maquillaje', 39900]]
const ES_GOODS = [['S2200345', 'Freidora de Aire 4,5 L', 59.9, '8435484012345'], ['V0700812', 'Auriculares Bluetooth Deportivos', 18.45, '8436550712345'], ['S0402231', 'Set de Sartenes 3 piezas', 32.1, '8412842712345'], ['H2500117', 'Lámpara de Pie LED Regulable', 44.75, '8414926912345'], ['V1300209', 'Perfume Mujer EDT 100 ml', 21.3, '3614229812345']]
const BR_GOODS = [['CAM-BAS-P-PRT', 'Camiseta Básica Algodão Preta P', 59.9], ['TEN-CORR-41', 'Tênis de Corrida Masculino 41', 249.9], ['FONE-BT-TWS', 'Fone de Ouvido Bluetooth TWS', 129.0], ['KIT-PAN-5PC', 'Jogo de Panelas Antiaderente 5 Peças', 299.9], ['GARR-TERM-1L', 'Garrafa Térmica Inox 1L', 89.9]]
const PT_GOODS = [['CAMS-LIN-M', 'Camisa de Linho Branca M', 39.9], ['VELA-SOJA-LAV', 'Vela de Soja Lavanda', 14.5], ['AZUL-BASE-4', 'Conjunto 4 Bases Azulejo', 24.0], ['CAFE-GRAO-1KG', 'Café em Grão Lote da Casa 1 kg', 19.9], ['SAB-OLIVA-3', 'Sabonetes Azeite 3 un.', 12.0]]
const q = (o) => o.qty
const line = (G, o, i, k = 0) => +(row(G, i + k)[2] * o.qty).toFixed(2)
const ship = (o, amt) => (o.shipping ? amt : 0)
const SENDIT = [3.9, 4.5, 5.2, 6.8]

export const SETS = [
  // ---------------------------------------------------------------- shipments (Envia.com, Envíos > Exportar, Mexico)
  { name: 'envia-com-envios-export-mx', product: 'Envia.com (shipping platform: Envíos > Mis envíos > Exportar, CSV, Spanish UI, a Mexican online shop shipping its orders)', family: 'ecommerce-orders', language: 'es', schema: E, cols: [
    ['ID Envío', (c, o, r) => String(v.int(r, 30000000, 49999999)), ['_id']],
    ['Número de guía', (c, o, r) => String(v.int(r, 1e11, 9e11)) + String(v.int(r, 10, 99)), ['commerce.shipping.trackingNumber']],
    ['Paquetería', (c, o, r) => v.pick(r, ['fedex', 'dhl', 'estafeta', 'paquetexpress', 'redpack']), ['commerce.shipping.shippingMethod']],
    ['Servicio', (c, o, r) => v.pick(r, ['ground', 'express', 'saver', 'next_day']), ['commerce.shipping.shippingMethod'], opt],
    ['Estatus', (c, o, r) => v.pick(r, ['Creado', 'En tránsito', 'Entregado', 'Entregado', 'Cancelado']), [], opt],
    ['Fecha de creación', (c, o) => ymdHMS(o.at, MX), ['timestamp', 'commerce.shipping.shipDate']],
    ['Fecha de entrega', (c, o, r) => (r() < 0.7 ? ymdHMS(o.at + v.int(r, 1, 5) * day, MX) : ''), [], opt],
    ['Número de orden', (c, o, r) => (r() < 0.8 ? `#${v.int(r, 1001, 9999)}` : ''), [OR('purchaseID')]],
    ['Tienda', (c, o, r) => v.pick(r, ['Shopify', 'WooCommerce', 'Tiendanube', 'Manual']), [], opt],
    ['Nombre origen', () => 'Casa Nopal Accesorios', []],
    ['CP origen', () => '06700', []],
    ['Nombre destino', (c) => mx(c).full, []],
    ['Correo destino', (c) => mx(c).email, ['endUserIDs._experience.emailid.id'], opt],
    ['Teléfono destino', (c, o, r) => mxPhone(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Calle destino', (c, o, r, i) => row(MX_ADDR, i)[0], [SHIP('street1')]],
    ['Colonia destino', (c, o, r, i) => row(MX_ADDR, i)[1], [SHIP('street2')], opt],
    ['Ciudad destino', (c, o, r, i) => row(MX_ADDR, i)[2], [SHIP('city')]],
    ['Estado destino', (c, o, r, i) => row(MX_ADDR, i)[4], [SHIP('stateProvince'), SHIP('state')]],
    ['CP destino', (c, o, r, i) => row(MX_ADDR, i)[5], [SHIP('postalCode')]],
    ['País destino', () => 'MX', [SHIP('countryCode')]],
    ['Contenido', (c, o, r, i) => row(MX_GOODS, i)[1], [PL('name')], opt],
    ['Peso (kg)', (c, o) => String(o.qty), []],
    ['Dimensiones (cm)', (c, o, r) => v.pick(r, ['30x20x15', '25x20x10', '40x30x20']), []],
    ['Valor declarado', (c, o, r, i) => dot(line(MX_GOODS, o, i)), [], opt],
    ['Seguro', (c, o, r) => (r() < 0.3 ? '25.00' : '0.00'), []],
    ['Costo total', (c, o, r) => dot(v.int(r, 95, 260) + 0.5), ['commerce.shipping.shippingAmount']],
    ['Moneda', () => 'MXN', ['commerce.shipping.currencyCode']],
    ['Usuario', (c, o, r) => v.pick(r, ['ventas@casanopal.mx', 'almacen@casanopal.mx']), []],
  ] },

  // ---------------------------------------------------------------- shipments (Skydropx Pro, Mis envíos > Descargar reporte, Mexico)
  { name: 'skydropx-mis-envios-reporte-mx', product: 'Skydropx Pro (Mis envíos > Descargar reporte, XLSX, Spanish UI, a Mexican cosmetics shop with a connected Shopify store)', family: 'ecommerce-orders', language: 'es', schema: E, cols: [
    ['Fecha de creación', (c, o) => dmyHM(o.at, MX), ['timestamp', 'commerce.shipping.shipDate'], opt],
    ['No. de guía', (c, o, r) => String(v.int(r, 1e9, 9e9)) + String(v.int(r, 100, 999)), ['commerce.shipping.trackingNumber']],
    ['Paquetería', (c, o, r) => v.pick(r, ['Estafeta', 'FedEx', 'DHL', 'Paquetexpress', 'J&T Express', '99minutos']), ['commerce.shipping.shippingMethod']],
    ['Servicio', (c, o, r) => v.pick(r, ['Terrestre', 'Día siguiente', 'Estándar', 'Express']), ['commerce.shipping.shippingMethod'], opt],
    ['Estado del envío', (c, o, r) => v.pick(r, ['Creado', 'Recolectado', 'En tránsito', 'Entregado', 'Entregado', 'Con incidencia']), [], opt],
    ['Orden', (c, o, r) => `#MX${v.int(r, 1001, 9999)}`, [OR('purchaseID')]],
    ['Referencia', (c, o, r) => (r() < 0.4 ? `Pedido ${v.int(r, 1001, 9999)}` : ''), [], opt],
    ['Canal', (c, o, r) => v.pick(r, ['Shopify', 'Shopify', 'Manual', 'API']), [], opt],
    ['Remitente', () => 'Bruma Cosmética Natural', []],
    ['CP de origen', () => '44160', []],
    ['Destinatario', (c) => mx(c).full, []],
    ['Teléfono', (c, o, r) => mxPhone(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Correo electrónico', (c) => mx(c).email, ['endUserIDs._experience.emailid.id'], opt],
    ['Dirección', (c, o, r, i) => row(MX_ADDR, i + 2)[0], [SHIP('street1')]],
    ['Colonia', (c, o, r, i) => row(MX_ADDR, i + 2)[1], [SHIP('street2')], opt],
    ['Municipio', (c, o, r, i) => row(MX_ADDR, i + 2)[2], [SHIP('city')]],
    ['Estado', (c, o, r, i) => row(MX_ADDR, i + 2)[3], [SHIP('stateProvince'), SHIP('state')]],
    ['Código postal', (c, o, r, i) => row(MX_ADDR, i + 2)[5], [SHIP('postalCode')]],
    ['Peso (kg)', (c, o) => String(o.qty), []],
    ['Peso volumétrico (kg)', (c, o, r) => String(v.int(r, 1, 4)), []],
    ['Largo (cm)', () => '25', []],
    ['Ancho (cm)', () => '20', []],
    ['Alto (cm)', (c, o, r) => String(v.int(r, 8, 20)), []],
    ['Precio', (c, o, r) => `$${dot(v.int(r, 89, 240) + 0.9)}`, ['commerce.shipping.shippingAmount']],
    ['Cargos extra', (c, o, r) => (r() < 0.15 ? `$${dot(v.int(r, 40, 180))}` : '$0.00'), []],
    ['Protección', (c, o, r) => (r() < 0.3 ? 'Sí' : 'No'), []],
    ['Fecha de entrega', (c, o, r) => (r() < 0.7 ? dmy(o.at + v.int(r, 1, 6) * day, MX) : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- marketplace orders (Multivende, Ventas > Exportar, Chile)
  { name: 'multivende-ventas-export-cl', product: 'Multivende (multichannel hub: Ventas > Exportar ventas, XLSX, Spanish UI, a Chilean retailer selling on Mercado Libre, Falabella, Ripley, Paris and its own store)', family: 'ecommerce-orders', language: 'es', schema: E, cols: [
    ['ID Venta', (c, o, r) => v.uuid(r), ['_id']],
    ['N° Orden Canal', (c, o, r) => String(v.int(r, 2000000000, 2099999999)) + String(v.int(r, 100, 999)), [OR('purchaseID')]],
    ['Canal de venta', (c, o, r) => v.pick(r, ['Mercado Libre', 'Falabella', 'Ripley', 'Paris', 'Tienda Shopify']), [], opt],
    ['Fecha de venta', (c, o) => dmyHM(o.at, CL), ['timestamp', OR('createdDate')], opt],
    ['Estado venta', (c, o, r) => v.pick(r, ['Pagada', 'Pagada', 'Despachada', 'Entregada', 'Cancelada']), [], opt],
    ['Estado despacho', (c, o, r) => v.pick(r, ['Pendiente', 'Listo para despacho', 'Despachado', 'Entregado']), [], opt],
    ['RUT comprador', (c, o, r) => rut(r), []],
    ['Nombre comprador', (c) => mx(c).full, []],
    ['Email comprador', (c) => mx(c).email, ['endUserIDs._experience.emailid.id'], opt],
    ['Teléfono comprador', (c, o, r) => clPhone(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Dirección despacho', (c, o, r, i) => row(CL_ADDR, i)[0], [SHIP('street1')]],
    ['Comuna', (c, o, r, i) => row(CL_ADDR, i)[1], [SHIP('city')]],
    ['Región', (c, o, r, i) => row(CL_ADDR, i)[2], [SHIP('stateProvince'), SHIP('state')]],
    ['SKU', (c, o, r, i) => row(CL_GOODS, i)[0], [PL('SKU')]],
    ['Producto', (c, o, r, i) => row(CL_GOODS, i)[1], [PL('name')]],
    ['Cantidad', (c, o) => String(q(o)), [PL('quantity')]],
    ['Precio unitario', (c, o, r, i) => clp(row(CL_GOODS, i)[2]), []],
    ['Descuento', (c, o) => clp(o.discount ? 3000 : 0), [PL('discountAmount'), OR('discountAmount')], opt],
    ['Total línea', (c, o, r, i) => clp(line(CL_GOODS, o, i)), [PL('priceTotal')]],
    ['Costo despacho', (c, o) => clp(ship(o, 3990)), ['commerce.shipping.shippingAmount']],
    ['Total venta', (c, o, r, i) => clp(line(CL_GOODS, o, i) + ship(o, 3990) - (o.discount ? 3000 : 0)), [OR('priceTotal')]],
    ['Moneda', () => 'CLP', [OR('currencyCode')]],
    ['Courier', (c, o, r) => v.pick(r, ['Mercado Envíos', 'Blue Express', 'Chilexpress', 'Starken']), ['commerce.shipping.shippingMethod']],
    ['N° seguimiento', (c, o, r) => (r() < 0.8 ? String(v.int(r, 1e9, 9e9)) : ''), ['commerce.shipping.trackingNumber']],
    ['Tipo documento', (c, o, r) => v.pick(r, ['Boleta', 'Boleta', 'Factura']), []],
    ['Folio DTE', (c, o, r) => (r() < 0.8 ? String(v.int(r, 10000, 99999)) : ''), []],
    ['Bodega', () => 'Bodega Quilicura', []],
  ] },

  // ---------------------------------------------------------------- Mercado Libre sales (Real Trends, Ventas > Exportar a Excel, Argentina)
  { name: 'real-trends-ventas-excel-ar', product: 'Real Trends (Mercado Libre seller tool: Ventas > Exportar a Excel, XLSX, Spanish UI, an Argentine apparel and home seller)', family: 'ecommerce-orders', language: 'es', schema: E, cols: [
    ['N° de venta', (c, o, r) => `2000${v.int(r, 100000000, 999999999)}`, [OR('purchaseID'), '_id']],
    ['Fecha de venta', (c, o) => dmyHM(o.at, AR), ['timestamp', OR('createdDate')], opt],
    ['Estado', (c, o, r) => v.pick(r, ['Pagada', 'Entregada', 'Entregada', 'En camino', 'Cancelada', 'Con reclamo']), [], opt],
    ['Comprador', (c) => mx(c).full, []],
    ['Apodo', (c) => `${slug(mx(c).first).toUpperCase()}${slug(mx(c).last).slice(0, 4).toUpperCase()}${mx(c).n % 100}`, [], opt],
    ['DNI', (c, o, r) => String(v.int(r, 20000000, 45000000)), []],
    ['N° de publicación', (c, o, r) => `MLA${v.int(r, 1000000000, 1999999999)}`, [PL('product')], opt],
    ['Título de la publicación', (c, o, r, i) => row(AR_GOODS, i)[1], [PL('name')]],
    ['SKU', (c, o, r, i) => row(AR_GOODS, i)[0], [PL('SKU')]],
    ['Variante', (c, o, r) => v.pick(r, ['Color: Negro', 'Talle: L', 'Color: Azul | Talle: M', '']), [], opt],
    ['Unidades', (c, o) => String(q(o)), [PL('quantity')]],
    ['Precio unitario de venta', (c, o, r, i) => eu(row(AR_GOODS, i)[2]), []],
    ['Ingresos por productos (ARS)', (c, o, r, i) => eu(line(AR_GOODS, o, i)), [PL('priceTotal'), OR('priceTotal')], opt],
    ['Cargo por venta e impuestos', (c, o, r, i) => `-${eu(line(AR_GOODS, o, i) * 0.14)}`, []],
    ['Costos de envío', (c, o) => (o.shipping ? `-${eu(4890)}` : '0,00'), ['commerce.shipping.shippingAmount'], opt],
    ['Total (ARS)', (c, o, r, i) => eu(line(AR_GOODS, o, i) * 0.86 - ship(o, 4890)), []],
    ['Forma de entrega', (c, o, r) => v.pick(r, ['Mercado Envíos Full', 'Mercado Envíos Flex', 'Correo y puntos de despacho', 'Acordás la entrega']), ['commerce.shipping.shippingMethod']],
    ['Domicilio', (c, o, r, i) => row(AR_ADDR, i)[0], [SHIP('street1')]],
    ['Ciudad', (c, o, r, i) => row(AR_ADDR, i)[1], [SHIP('city')]],
    ['Provincia', (c, o, r, i) => row(AR_ADDR, i)[2], [SHIP('stateProvince'), SHIP('state')]],
    ['Código postal', (c, o, r, i) => row(AR_ADDR, i)[3], [SHIP('postalCode')]],
    ['N° de seguimiento', (c, o, r) => (r() < 0.8 ? String(v.int(r, 4e10, 4.5e10)) : ''), ['commerce.shipping.trackingNumber']],
    ['Facturada', (c, o, r) => (r() < 0.7 ? 'Sí' : 'No'), []],
    ['Reclamo abierto', (c, o, r) => (r() < 0.1 ? 'Sí' : 'No'), []],
    ['Etiquetas', (c, o, r) => v.pick(r, ['', '', 'Mayorista', 'Revisar talle']), []],
  ] },

  // ---------------------------------------------------------------- dropshipping orders (Dropi, Mis pedidos > Descargar Excel, Colombia)
  { name: 'dropi-mis-pedidos-excel-co', product: 'Dropi (dropshipping platform: Mis pedidos > Descargar Excel, XLSX, Spanish UI, a Colombian dropshipper selling through Shopify with cash on delivery)', family: 'ecommerce-orders', language: 'es', schema: E, cols: [
    ['ID', (c, o, r) => String(v.int(r, 1500000, 4999999)), ['_id', OR('purchaseID')]],
    ['FECHA', (c, o) => dmy(o.at, CO), ['timestamp', OR('createdDate')], opt],
    ['HORA', (c, o) => { const p = shift(o.at, CO); return `${pad(p.H)}:${pad(p.M)}` }, [], opt],
    ['ESTADO', (c, o, r) => v.pick(r, ['PENDIENTE', 'GUIA_GENERADA', 'EN TRANSITO', 'ENTREGADO', 'ENTREGADO', 'DEVOLUCION', 'CANCELADO']), [], opt],
    ['NOMBRE CLIENTE', (c) => mx(c).first.toUpperCase(), []],
    ['APELLIDO CLIENTE', (c) => mx(c).last.toUpperCase(), []],
    ['TELÉFONO', (c, o, r) => coPhone(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['EMAIL', (c, o, r) => (r() < 0.5 ? mx(c).email : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['DEPARTAMENTO DESTINO', (c, o, r, i) => row(CO_ADDR, i)[3].toUpperCase(), [SHIP('stateProvince'), SHIP('state')]],
    ['CIUDAD DESTINO', (c, o, r, i) => row(CO_ADDR, i)[2].toUpperCase(), [SHIP('city')]],
    ['DIRECCION', (c, o, r, i) => row(CO_ADDR, i)[0], [SHIP('street1')]],
    ['BARRIO', (c, o, r, i) => row(CO_ADDR, i)[1], [SHIP('street2')], opt],
    ['NOTAS', (c, o, r) => v.pick(r, ['', '', 'Llamar antes de entregar', 'Portería del edificio']), []],
    ['TRANSPORTADORA', (c, o, r) => v.pick(r, ['INTERRAPIDISIMO', 'SERVIENTREGA', 'COORDINADORA', 'ENVIA', 'TCC']), ['commerce.shipping.shippingMethod']],
    ['NÚMERO GUIA', (c, o, r) => (r() < 0.85 ? String(v.int(r, 240000000000, 249999999999)) : ''), ['commerce.shipping.trackingNumber']],
    ['TIPO DE ENVIO', (c, o, r) => (r() < 0.8 ? 'CON RECAUDO' : 'SIN RECAUDO'), [], opt],
    ['PRODUCTO', (c, o, r, i) => row(CO_GOODS, i)[1], [PL('name')]],
    ['SKU', (c, o, r, i) => row(CO_GOODS, i)[0], [PL('SKU')]],
    ['CANTIDAD', (c, o) => String(q(o)), [PL('quantity')]],
    ['VALOR FACTURADO', (c, o, r, i) => String(Math.round(line(CO_GOODS, o, i))), [OR('priceTotal')]],
    ['PRECIO PROVEEDOR', (c, o, r, i) => String(Math.round(line(CO_GOODS, o, i) * 0.45)), []],
    ['PRECIO FLETE', (c, o, r) => String(v.pick(r, [12500, 14900, 16800, 18200])), ['commerce.shipping.shippingAmount'], opt],
    ['COSTO DEVOLUCION FLETE', (c, o, r) => (r() < 0.1 ? '14900' : '0'), []],
    ['COMISION', (c, o, r, i) => String(Math.round(line(CO_GOODS, o, i) * 0.02)), []],
    ['GANANCIA', (c, o, r, i) => String(Math.round(line(CO_GOODS, o, i) * 0.35)), []],
    ['TIENDA', () => 'Bella Figura CO', [], opt],
    ['ID ORDEN TIENDA', (c, o, r) => `#${v.int(r, 1001, 9999)}`, [OR('purchaseID')]],
    ['PROVEEDOR', (c, o, r) => v.pick(r, ['IMPORTADORA ANDINA SAS', 'DISTRIBUCIONES LA 80', 'BODEGA MEDELLIN STORE']), []],
    ['NOVEDAD', (c, o, r) => (r() < 0.15 ? v.pick(r, ['DIRECCION ERRADA', 'CLIENTE NO RESPONDE', 'REHUSADO']) : ''), []],
  ] },

  // ---------------------------------------------------------------- dropshipping orders (BigBuy, Mi cuenta > Pedidos > Exportar, Spain)
  { name: 'bigbuy-pedidos-export-es', product: 'BigBuy (wholesale dropshipping supplier: Mi cuenta > Mis pedidos > Exportar a CSV, Spanish UI, a Spanish online shop whose customer orders BigBuy ships)', family: 'ecommerce-orders', language: 'es', schema: E, cols: [
    ['Referencia pedido', (c, o, r) => `PS-${v.int(r, 10000, 99999)}`, [OR('purchaseID')]],
    ['Pedido BigBuy', (c, o, r) => String(v.int(r, 18000000, 29999999)), ['_id', OR('purchaseOrderNumber')], opt],
    ['Fecha', (c, o) => dmyHMS(o.at, ES), ['timestamp', OR('createdDate')], opt],
    ['Estado', (c, o, r) => v.pick(r, ['Pago aceptado', 'En preparación', 'Enviado', 'Enviado', 'Entregado', 'Cancelado']), [], opt],
    ['Nombre', (c) => es(c).first, []],
    ['Apellidos', (c) => es(c).last, []],
    ['Empresa', (c, o, r) => (r() < 0.15 ? v.pick(r, ['Reformas Levante SL', 'Clínica Dental Sonrisa']) : ''), []],
    ['Dirección', (c, o, r, i) => row(ES_ADDR, i)[0], [SHIP('street1')]],
    ['Código postal', (c, o, r, i) => row(ES_ADDR, i)[2], [SHIP('postalCode')]],
    ['Población', (c, o, r, i) => row(ES_ADDR, i)[1], [SHIP('city')]],
    ['Provincia', (c, o, r, i) => row(ES_ADDR, i)[3], [SHIP('stateProvince'), SHIP('state')]],
    ['País', () => 'ES', [SHIP('countryCode')]],
    ['Teléfono', (c, o, r) => esPhone(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Email', (c) => es(c).email, ['endUserIDs._experience.emailid.id'], opt],
    ['Referencia producto', (c, o, r, i) => row(ES_GOODS, i)[0], [PL('SKU')]],
    ['EAN', (c, o, r, i) => row(ES_GOODS, i)[3], [PL('product')], opt],
    ['Nombre producto', (c, o, r, i) => row(ES_GOODS, i)[1], [PL('name')]],
    ['Cantidad', (c, o) => String(q(o)), [PL('quantity')]],
    ['Precio unitario', (c, o, r, i) => comma(row(ES_GOODS, i)[2]), []],
    ['Subtotal', (c, o, r, i) => comma(line(ES_GOODS, o, i)), [PL('priceTotal')], opt],
    ['Gastos de envío', (c, o, r) => comma(v.pick(r, [4.95, 5.4, 6.1])), ['commerce.shipping.shippingAmount']],
    ['IVA', (c, o, r, i) => comma(line(ES_GOODS, o, i) * 0.21), [OR('taxAmount')]],
    ['Total', (c, o, r, i) => comma(line(ES_GOODS, o, i) * 1.21 + 5.4), [OR('priceTotal')]],
    ['Transportista', (c, o, r) => v.pick(r, ['GLS', 'Correos Express', 'Seur', 'DHL Parcel', 'TNT']), ['commerce.shipping.shippingMethod']],
    ['Número de seguimiento', (c, o, r) => (r() < 0.8 ? String(v.int(r, 1e9, 9e9)) + String(v.int(r, 10, 99)) : ''), ['commerce.shipping.trackingNumber']],
    ['Método de pago', (c, o, r) => v.pick(r, ['Monedero', 'Tarjeta', 'Transferencia', 'PayPal']), ['commerce.order.payments[0].paymentType'], opt],
    ['Tienda', (c, o, r) => v.pick(r, ['PrestaShop', 'Shopify', 'Amazon ES']), [], opt],
  ] },

  // ---------------------------------------------------------------- marketplace orders (Claro Shop seller center, Pedidos > Exportar, Mexico)
  { name: 'claro-shop-pedidos-seller-mx', product: 'Claro Shop (marketplace seller center: Pedidos > Exportar, XLSX, Spanish UI, a Mexican electronics and home seller)', family: 'ecommerce-orders', language: 'es', schema: E, cols: [
    ['No. Pedido', (c, o, r) => String(v.int(r, 20000000, 39999999)), [OR('purchaseID'), '_id']],
    ['Fecha de Pedido', (c, o) => ymdHMS(o.at, MX), ['timestamp', OR('createdDate')]],
    ['Estatus', (c, o, r) => v.pick(r, ['Pendiente de surtir', 'Surtido', 'Enviado', 'Entregado', 'Entregado', 'Cancelado']), [], opt],
    ['Id Producto', (c, o, r) => String(v.int(r, 1000000, 9999999)), [PL('product')], opt],
    ['SKU Seller', (c, o, r, i) => row(MX_GOODS, i)[0], [PL('SKU')]],
    ['Producto', (c, o, r, i) => row(MX_GOODS, i)[1], [PL('name')]],
    ['Cantidad', (c, o) => String(q(o)), [PL('quantity')]],
    ['Precio Unitario', (c, o, r, i) => mxn(row(MX_GOODS, i)[2]), []],
    ['Importe', (c, o, r, i) => mxn(line(MX_GOODS, o, i)), [PL('priceTotal'), OR('priceTotal')]],
    ['Comisión', (c, o, r, i) => mxn(line(MX_GOODS, o, i) * 0.15), []],
    ['Costo de Envío', (c, o) => mxn(ship(o, 99)), ['commerce.shipping.shippingAmount']],
    ['Cliente', (c) => mx(c).full, []],
    ['Dirección de Entrega', (c, o, r, i) => row(MX_ADDR, i + 1)[0], [SHIP('street1')]],
    ['Colonia', (c, o, r, i) => row(MX_ADDR, i + 1)[1], [SHIP('street2')], opt],
    ['Ciudad', (c, o, r, i) => row(MX_ADDR, i + 1)[2], [SHIP('city')]],
    ['Estado', (c, o, r, i) => row(MX_ADDR, i + 1)[3], [SHIP('stateProvince'), SHIP('state')]],
    ['C.P.', (c, o, r, i) => row(MX_ADDR, i + 1)[5], [SHIP('postalCode')]],
    ['Teléfono', (c, o, r) => mxPhone(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Paquetería', (c, o, r) => v.pick(r, ['Estafeta', 'DHL', 'FedEx', '99 Minutos']), ['commerce.shipping.shippingMethod']],
    ['Guía', (c, o, r) => (r() < 0.8 ? String(v.int(r, 1e9, 9e9)) : ''), ['commerce.shipping.trackingNumber']],
    ['Fecha Límite de Envío', (c, o) => ymd(o.at + 2 * day, MX), [], opt],
    ['Fecha de Surtido', (c, o, r) => (r() < 0.8 ? ymdHMS(o.at + v.int(r, 1, 2) * day, MX) : ''), ['commerce.shipping.shipDate'], opt],
    ['Fulfillment', (c, o, r) => (r() < 0.3 ? 'Sí' : 'No'), []],
    ['Requiere Factura', (c, o, r) => (r() < 0.2 ? 'Sí' : 'No'), []],
    ['RFC', (c, o, r) => (r() < 0.2 ? rfc(c, r) : ''), []],
  ] },

  // ---------------------------------------------------------------- marketplace orders (Ideris, Pedidos > Exportar planilha, Brazil)
  { name: 'ideris-pedidos-planilha-br', product: 'Ideris (marketplace hub: Pedidos > Exportar planilha, XLSX, Portuguese UI, a Brazilian seller on Mercado Livre, Shopee, Amazon and Magazine Luiza)', family: 'ecommerce-orders', language: 'pt', schema: E, cols: [
    ['Código Ideris', (c, o, r) => String(v.int(r, 80000000, 99999999)), ['_id']],
    ['Código Marketplace', (c, o, r) => String(v.int(r, 2000000000, 2099999999)) + String(v.int(r, 1000, 9999)), [OR('purchaseID')]],
    ['Marketplace', (c, o, r) => v.pick(r, ['Mercado Livre', 'Shopee', 'Amazon', 'Magazine Luiza']), [], opt],
    ['Conta', () => 'CASA_AURORA_OFICIAL', []],
    ['Data', (c, o) => dmyHMS(o.at, BR), ['timestamp', OR('createdDate')], opt],
    ['Status', (c, o, r) => v.pick(r, ['Aberto', 'A Faturar', 'Faturado', 'Enviado', 'Entregue', 'Cancelado']), [], opt],
    ['Cliente', (c) => br(c).full, []],
    ['CPF/CNPJ', (c, o, r) => cpf(r), []],
    ['E-mail', (c, o, r) => (r() < 0.6 ? br(c).email : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['Telefone', (c, o, r) => brPhone(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Endereço', (c, o, r, i) => row(BR_ADDR, i)[0], [SHIP('street1')]],
    ['Número', (c, o, r, i) => row(BR_ADDR, i)[1], [SHIP('street1')], opt],
    ['Complemento', (c, o, r, i) => row(BR_ADDR, i)[2], [SHIP('street2')]],
    ['Bairro', (c, o, r, i) => row(BR_ADDR, i)[3], [SHIP('street2'), SHIP('region')], opt],
    ['Cidade', (c, o, r, i) => row(BR_ADDR, i)[4], [SHIP('city')]],
    ['UF', (c, o, r, i) => row(BR_ADDR, i)[5], [SHIP('stateProvince'), SHIP('state')]],
    ['CEP', (c, o, r, i) => row(BR_ADDR, i)[6], [SHIP('postalCode')]],
    ['SKU', (c, o, r, i) => row(BR_GOODS, i)[0], [PL('SKU')]],
    ['Título', (c, o, r, i) => row(BR_GOODS, i)[1], [PL('name')]],
    ['Quantidade', (c, o) => String(q(o)), [PL('quantity')]],
    ['Valor Unitário', (c, o, r, i) => comma(row(BR_GOODS, i)[2]), []],
    ['Valor Frete', (c, o) => comma(ship(o, 21.9)), ['commerce.shipping.shippingAmount']],
    ['Tarifa de Venda', (c, o, r, i) => comma(line(BR_GOODS, o, i) * 0.16), []],
    ['Valor Total', (c, o, r, i) => comma(line(BR_GOODS, o, i) + ship(o, 21.9)), [OR('priceTotal')]],
    ['Forma de Envio', (c, o, r) => v.pick(r, ['Mercado Envios Full', 'Mercado Envios Coleta', 'Shopee Xpress', 'Correios PAC', 'Magalu Entregas']), ['commerce.shipping.shippingMethod']],
    ['Código de Rastreio', (c, o, r) => (r() < 0.8 ? `${v.pick(r, ['BR', 'QB', 'OY'])}${v.int(r, 100000000, 999999999)}BR` : ''), ['commerce.shipping.trackingNumber']],
    ['Nota Fiscal', (c, o, r) => (r() < 0.7 ? String(v.int(r, 1000, 99999)) : ''), []],
    ['Chave NF-e', (c, o, r) => (r() < 0.7 ? `3524${v.int(r, 1e9, 9e9)}${v.int(r, 1e9, 9e9)}${v.int(r, 1e9, 9e9)}${v.int(r, 1e9, 9e9)}${v.int(r, 1000, 9999)}` : ''), []],
  ] },

  // ---------------------------------------------------------------- marketplace orders (ANYMARKET, Pedidos > Exportar, Brazil)
  { name: 'anymarket-pedidos-export-br', product: 'ANYMARKET (marketplace integration hub: Pedidos > Exportar, CSV, Portuguese UI, a Brazilian home-goods brand selling on Mercado Livre, Amazon, Americanas and Shopee)', family: 'ecommerce-orders', language: 'pt', schema: E, cols: [
    ['ID do Pedido', (c, o, r) => String(v.int(r, 150000000, 299999999)), ['_id']],
    ['Código do Pedido no Marketplace', (c, o, r) => `${v.pick(r, ['2000', '701-', 'LU-'])}${v.int(r, 100000000, 999999999)}`, [OR('purchaseID')]],
    ['Marketplace', (c, o, r) => v.pick(r, ['MERCADO_LIVRE', 'AMAZON', 'B2W_NEW_API', 'SHOPEE']), [], opt],
    ['Data do Pedido', (c, o) => dmyHM(o.at, BR), ['timestamp', OR('createdDate')], opt],
    ['Data de Pagamento', (c, o) => dmyHM(o.at + 1800000, BR), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['PENDENTE', 'PAGO', 'FATURADO', 'ENVIADO', 'CONCLUIDO', 'CANCELADO']), [], opt],
    ['Status no Marketplace', (c, o, r) => v.pick(r, ['paid', 'shipped', 'delivered', 'cancelled']), [], opt],
    ['Nome do Comprador', (c) => br(c).full, []],
    ['Documento do Comprador', (c, o, r) => cpf(r).replace(/\D/g, ''), []],
    ['E-mail do Comprador', (c, o, r) => (r() < 0.5 ? br(c).email : `${v.alnum(r, 10).toLowerCase()}@marketplace.com.br`), ['endUserIDs._experience.emailid.id'], opt],
    ['Telefone do Comprador', (c, o, r) => brPhone(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Endereço de Entrega', (c, o, r, i) => `${row(BR_ADDR, i + 1)[0]}, ${row(BR_ADDR, i + 1)[1]}`, [SHIP('street1')]],
    ['Complemento', (c, o, r, i) => row(BR_ADDR, i + 1)[2], [SHIP('street2')]],
    ['Bairro', (c, o, r, i) => row(BR_ADDR, i + 1)[3], [SHIP('street2'), SHIP('region')], opt],
    ['Cidade', (c, o, r, i) => row(BR_ADDR, i + 1)[4], [SHIP('city')]],
    ['Estado', (c, o, r, i) => row(BR_ADDR, i + 1)[5], [SHIP('stateProvince'), SHIP('state')]],
    ['CEP', (c, o, r, i) => row(BR_ADDR, i + 1)[6].replace('-', ''), [SHIP('postalCode')]],
    ['País', () => 'BR', [SHIP('countryCode')]],
    ['SKU', (c, o, r, i) => row(BR_GOODS, i + 1)[0], [PL('SKU')]],
    ['Título do Produto', (c, o, r, i) => row(BR_GOODS, i + 1)[1], [PL('name')]],
    ['Quantidade', (c, o) => String(q(o)), [PL('quantity')]],
    ['Preço Unitário', (c, o, r, i) => comma(row(BR_GOODS, i + 1)[2]), []],
    ['Desconto', (c, o) => comma(o.discount ? 10 : 0), [OR('discountAmount')]],
    ['Frete', (c, o) => comma(ship(o, 18.9)), ['commerce.shipping.shippingAmount']],
    ['Valor Total', (c, o, r, i) => comma(line(BR_GOODS, o, i + 1) + ship(o, 18.9) - (o.discount ? 10 : 0)), [OR('priceTotal')]],
    ['Transportadora', (c, o, r) => v.pick(r, ['Mercado Envios', 'Correios', 'Jadlog', 'Loggi', 'Americanas Entrega']), ['commerce.shipping.shippingMethod']],
    ['Código de Rastreio', (c, o, r) => (r() < 0.8 ? `${v.pick(r, ['QC', 'OY', 'AB'])}${v.int(r, 100000000, 999999999)}BR` : ''), ['commerce.shipping.trackingNumber']],
    ['Data de Envio', (c, o, r) => (r() < 0.8 ? dmyHM(o.at + v.int(r, 1, 3) * day, BR) : ''), ['commerce.shipping.shipDate'], opt],
    ['Data de Entrega', (c, o, r) => (r() < 0.6 ? dmyHM(o.at + v.int(r, 3, 9) * day, BR) : ''), [], opt],
    ['Número da NF', (c, o, r) => (r() < 0.8 ? String(v.int(r, 1000, 99999)) : ''), []],
  ] },

  // ---------------------------------------------------------------- B2B sales orders (Mercos, Pedidos > Exportar pedidos, Brazil)
  { name: 'mercos-pedidos-itens-export-br', product: 'Mercos (B2B order-taking for sales reps: Pedidos > Exportar pedidos com itens, XLSX, Portuguese UI, a Brazilian cosmetics distributor whose reps sell to salons and pharmacies)', family: 'ecommerce-orders', language: 'pt', schema: E, cols: [
    ['Número', (c, o, r) => String(v.int(r, 1000, 9999)), [OR('purchaseID'), '_id']],
    ['Data de emissão', (c, o) => dmy(o.at, BR), ['timestamp', OR('createdDate')], opt],
    ['Status', (c, o, r) => v.pick(r, ['Orçamento', 'Pedido', 'Pedido', 'Faturado', 'Cancelado']), [], opt],
    ['Cliente', (c, o, r) => v.pick(r, ['Salão Bela Vista', 'Drogaria Santa Luzia', 'Studio Cabelo & Cia', 'Farmácia Popular do Centro', 'Espaço Beleza Natural']), []],
    ['Razão social', (c, o, r) => v.pick(r, ['Bela Vista Cabeleireiros Ltda', 'Drogaria Santa Luzia Eireli', 'Cabelo e Cia Estética Ltda ME', 'Farmácia do Centro Ltda']), []],
    ['CNPJ/CPF', (c, o, r) => `${pad(v.int(r, 10, 99))}.${v.int(r, 100, 999)}.${v.int(r, 100, 999)}/0001-${pad(v.int(r, 10, 99))}`, []],
    ['Cidade', (c, o, r, i) => row(BR_ADDR, i + 2)[4], [SHIP('city'), BILL('city')], opt],
    ['Estado', (c, o, r, i) => row(BR_ADDR, i + 2)[5], [SHIP('stateProvince'), SHIP('state'), BILL('stateProvince'), BILL('state')], opt],
    ['Representante', (c, o, r) => v.pick(r, ['Carlos Menezes', 'Patrícia Lopes', 'Marcelo Duarte']), []],
    ['Condição de pagamento', (c, o, r) => v.pick(r, ['28 dias', '30/60/90', 'À vista', '28/56']), [], opt],
    ['Forma de pagamento', (c, o, r) => v.pick(r, ['Boleto', 'Pix', 'Cartão de crédito']), ['commerce.order.payments[0].paymentType'], opt],
    ['Tabela de preço', (c, o, r) => v.pick(r, ['Padrão', 'Distribuidor SP', 'Promoção Verão']), []],
    ['Código', (c, o, r) => `COS-${pad(v.int(r, 1, 999), 4)}`, [PL('SKU')]],
    ['Produto', (c, o, r) => v.pick(r, ['Shampoo Hidratação Intensa 1L', 'Máscara Capilar Reconstrução 500g', 'Óleo Reparador de Pontas 60ml', 'Condicionador Liso Perfeito 1L']), [PL('name')]],
    ['Quantidade', (c, o) => String(q(o) * 6), [PL('quantity')]],
    ['Preço tabela', (c, o, r) => comma(v.pick(r, [32.9, 45.5, 27.8, 38.0])), []],
    ['Desconto (%)', (c, o, r) => comma(v.pick(r, [0, 5, 10, 12.5])), []],
    ['Preço líquido', (c, o, r) => comma(v.pick(r, [29.61, 40.95, 25.02, 34.2])), []],
    ['Subtotal', (c, o, r) => comma(v.int(r, 150, 1200) + 0.4), [PL('priceTotal')]],
    ['IPI', (c, o, r) => comma(v.int(r, 0, 40) + 0.25), [], opt],
    ['ST', (c, o, r) => comma(v.int(r, 0, 90) + 0.6), [], opt],
    ['Frete', (c, o) => comma(ship(o, 45)), ['commerce.shipping.shippingAmount']],
    ['Valor total', (c, o, r) => comma(v.int(r, 400, 4800) + 0.9), [OR('priceTotal')]],
    ['Transportadora', (c, o, r) => v.pick(r, ['Braspress', 'Jadlog', 'Retira na empresa', 'TNT Mercúrio']), ['commerce.shipping.shippingMethod'], opt],
    ['Pedido do cliente', (c, o, r) => (r() < 0.4 ? `OC-${v.int(r, 100, 999)}` : ''), [OR('purchaseOrderNumber')]],
    ['Observações', (c, o, r) => v.pick(r, ['', '', 'Entregar pela manhã', 'Cliente novo - conferir cadastro']), []],
    ['Criado por', (c, o, r) => v.pick(r, ['App Mercos', 'B2B', 'Web']), [], opt],
    ['Data de faturamento', (c, o, r) => (r() < 0.6 ? dmy(o.at + v.int(r, 1, 4) * day, BR) : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- shipments (Frenet, Relatórios > Envios, Brazil)
  { name: 'frenet-relatorio-envios-br', product: 'Frenet (freight gateway: Painel > Relatórios > Envios > Exportar, XLSX, Portuguese UI, a Brazilian fashion shop on Nuvemshop and Loja própria)', family: 'ecommerce-orders', language: 'pt', schema: E, cols: [
    ['Data', (c, o) => dmyHM(o.at, BR), ['timestamp', 'commerce.shipping.shipDate'], opt],
    ['Pedido', (c, o, r) => String(v.int(r, 10000, 99999)), [OR('purchaseID')]],
    ['Plataforma', (c, o, r) => v.pick(r, ['Nuvemshop', 'VTEX', 'Loja própria (API)']), [], opt],
    ['Transportadora', (c, o, r) => v.pick(r, ['Correios', 'Jadlog', 'Loggi', 'Azul Cargo Express', 'Total Express']), ['commerce.shipping.shippingMethod']],
    ['Serviço', (c, o, r) => v.pick(r, ['PAC', 'SEDEX', '.Package', 'Expresso', 'e-Express']), ['commerce.shipping.shippingMethod'], opt],
    ['Código de Rastreio', (c, o, r) => (r() < 0.85 ? `${v.pick(r, ['QD', 'OP', 'NX'])}${v.int(r, 100000000, 999999999)}BR` : ''), ['commerce.shipping.trackingNumber']],
    ['Status', (c, o, r) => v.pick(r, ['Postado', 'Em trânsito', 'Saiu para entrega', 'Entregue', 'Entregue', 'Devolvido']), [], opt],
    ['Destinatário', (c) => br(c).full, []],
    ['CPF/CNPJ Destinatário', (c, o, r) => cpf(r), []],
    ['E-mail', (c) => br(c).email, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefone', (c, o, r) => brPhone(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['CEP Origem', () => '01310-200', []],
    ['CEP Destino', (c, o, r, i) => row(BR_ADDR, i + 3)[6], [SHIP('postalCode')]],
    ['Cidade Destino', (c, o, r, i) => row(BR_ADDR, i + 3)[4], [SHIP('city')]],
    ['UF Destino', (c, o, r, i) => row(BR_ADDR, i + 3)[5], [SHIP('stateProvince'), SHIP('state')]],
    ['Peso (kg)', (c, o) => comma(0.3 * o.qty), []],
    ['Valor da Mercadoria', (c, o, r, i) => comma(line(BR_GOODS, o, i + 2)), [OR('priceTotal')], opt],
    ['Frete Cotado', (c, o, r) => comma(v.int(r, 14, 48) + 0.9), []],
    ['Frete Cobrado do Cliente', (c, o, r) => comma(o.shipping ? v.int(r, 14, 48) + 0.9 : 0), ['commerce.shipping.shippingAmount']],
    ['Prazo (dias úteis)', (c, o, r) => String(v.int(r, 2, 12)), []],
    ['Data de Postagem', (c, o, r) => (r() < 0.85 ? dmy(o.at + v.int(r, 1, 2) * day, BR) : ''), ['commerce.shipping.shipDate'], opt],
    ['Data de Entrega', (c, o, r) => (r() < 0.6 ? dmy(o.at + v.int(r, 3, 12) * day, BR) : ''), [], opt],
    ['Nota Fiscal', (c, o, r) => String(v.int(r, 1000, 99999)), []],
  ] },

  // ---------------------------------------------------------------- shipments (Sendit, Envios > Exportar, Portugal)
  { name: 'sendit-envios-export-pt', product: 'Sendit (shipping platform: Envios > Os meus envios > Exportar, CSV, European Portuguese UI, a Portuguese online shop on WooCommerce)', family: 'ecommerce-orders', language: 'pt', schema: E, cols: [
    ['Referência', (c, o, r) => `SND${v.int(r, 1000000, 9999999)}`, ['_id']],
    ['Data de criação', (c, o) => dmyDash(o.at, PT), ['timestamp', 'commerce.shipping.shipDate'], opt],
    ['Transportadora', (c, o, r) => v.pick(r, ['CTT Expresso', 'DPD', 'Nacex', 'GLS', 'Chronopost']), ['commerce.shipping.shippingMethod']],
    ['Serviço', (c, o, r) => v.pick(r, ['24h', '48h', 'Classic', 'Ponto Pickup']), ['commerce.shipping.shippingMethod'], opt],
    ['N.º de envio', (c, o, r) => `${v.pick(r, ['DA', 'EA', 'LA'])}${v.int(r, 100000000, 999999999)}PT`, ['commerce.shipping.trackingNumber']],
    ['Estado', (c, o, r) => v.pick(r, ['Criado', 'Recolhido', 'Em trânsito', 'Entregue', 'Entregue', 'Devolvido']), [], opt],
    ['Referência da encomenda', (c, o, r) => `#${v.int(r, 1000, 9999)}`, [OR('purchaseID')]],
    ['Loja', () => 'Casa do Linho Online', [], opt],
    ['Destinatário', (c) => pt(c).full, []],
    ['Morada', (c, o, r, i) => row(PT_ADDR, i)[0], [SHIP('street1')]],
    ['Código Postal', (c, o, r, i) => row(PT_ADDR, i)[2], [SHIP('postalCode')]],
    ['Localidade', (c, o, r, i) => row(PT_ADDR, i)[1], [SHIP('city')]],
    ['Distrito', (c, o, r, i) => row(PT_ADDR, i)[3], [SHIP('stateProvince'), SHIP('state')], opt],
    ['País', () => 'Portugal', [SHIP('country')]],
    ['Telemóvel', (c, o, r) => ptPhone(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Email', (c) => pt(c).email, ['endUserIDs._experience.emailid.id'], opt],
    ['NIF', (c, o, r) => (r() < 0.3 ? nifPt(r) : ''), []],
    ['Volumes', (c, o, r) => String(v.int(r, 1, 2)), []],
    ['Peso (kg)', (c, o) => comma(0.5 * o.qty), []],
    ['Conteúdo', (c, o, r, i) => row(PT_GOODS, i)[1], [PL('name')], opt],
    ['Cobrança (€)', (c, o, r, i) => (r() < 0.2 ? comma(line(PT_GOODS, o, i)) : ''), [], opt],
    ['Preço s/ IVA', (c, o) => comma(SENDIT[o.qty - 1]), ['commerce.shipping.shippingAmount'], opt],
    ['IVA', (c, o) => comma(SENDIT[o.qty - 1] * 0.23), []],
    ['Total', (c, o) => comma(SENDIT[o.qty - 1] * 1.23), ['commerce.shipping.shippingAmount']],
    ['Data de entrega', (c, o, r) => (r() < 0.6 ? dmyDash(o.at + v.int(r, 1, 4) * day, PT) : ''), [], opt],
  ] },
]
