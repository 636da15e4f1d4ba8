// Round 60, heldout135: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). Spanish and Portuguese exports in the product's UI language: a Mexican
// buy-now-pay-later service's merchant orders (Aplazo), a Colombian SMS platform's per-message report (Aldeamo), a
// Chilean electronic-invoicing service's issued DTEs (LibreDTE), a Peruvian marketplace's seller order lines (Juntoz),
// a Spanish cloud medical software's patient list (DriCloud), an Argentine credit-information service's company list
// (Nosis), a Brazilian online ERP's issued NF-e (TagPlus), a Portuguese card acquirer's transaction query (Reduniq), a
// Brazilian WhatsApp CRM's contacts (Datacrazy), a Portuguese clinic-management system's patients (MedicineOne), a
// Brazilian credit bureau's prospect list (Serasa Experian) and a Portuguese business-information platform's company
// list (Ignios) (es 6, pt 6; E 6, P 3, B 3). Headers are written from the writer's knowledge of each product; nothing
// was copied from a real export.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT } from './sets.mjs'
import { pad, shift, row, dmy, ymd, hms, hm, local, dec, thou, group, rng, pick, int } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
// local clocks: Spain and Portugal keep summer time; Mexico (no DST since 2022), Colombia, Peru, Argentina and Brazil
// do not; Chile is -3 in its summer and -4 in its winter
const es = (ms) => local(ms, 1)
const pt = (ms) => local(ms, 0)
const mx = (ms) => shift(ms, -6)
const co = (ms) => shift(ms, -5)
const pe = (ms) => shift(ms, -5)
const ar = (ms) => shift(ms, -3)
const br = (ms) => shift(ms, -3)
const cl = (ms) => shift(ms, [4, 5, 6, 7, 8].includes(new Date(ms).getUTCMonth() + 1) ? -4 : -3)
// the same instant moved into opening hours (lo .. hi local) of a zone off hours from UTC
const inHours = (ms, off, lo = 9, hi = 20) => { const H = shift(ms, off).H; return ms + (H < lo ? lo - H : H > hi ? hi - H : 0) * 3600000 }
const later = (c) => c.created + ((n(c) % 400) + 5) * day + (n(c) % 70000) * 1000
const dmyhm = (p) => `${dmy(p, '/')} ${hm(p)}`
const dmyhms = (p) => `${dmy(p, '/')} ${hms(p)}`
const r2 = (x) => Math.round(x * 100) / 100
const mxn = (x) => `$${thou(x, ',', '.')}`
const clp = (x) => group(x, '.')
const sol = (x) => `S/ ${thou(x, ',', '.')}`
const brl = (x) => thou(x, '.', ',')

// ---------------------------------------------------------------- check digits for local ids
const digits = (s) => String(s).replace(/\D/g, '').split('').map(Number)
const cpfDv = (ds) => { const f = (arr, w) => { const s = arr.reduce((a, d, i) => a + d * (w - i), 0) % 11; return s < 2 ? 0 : 11 - s }; const a = f(ds, 10); return [a, f([...ds, a], 11)] }
const cpf = (n9) => { const ds = digits(pad(n9, 9)); const [a, b] = cpfDv(ds); const s = ds.join('') + a + b; return `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}` }
const cnpjDv = (ds, w) => { const s = ds.reduce((a, d, i) => a + d * w[i], 0) % 11; return s < 2 ? 0 : 11 - s }
const cnpjRaw = (n8, branch = 1) => { const ds = [...digits(pad(n8, 8)), ...digits(pad(branch, 4))]; const a = cnpjDv(ds, [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]); const b = cnpjDv([...ds, a], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]); return ds.join('') + a + b }
const cnpj = (n8, branch = 1) => { const s = cnpjRaw(n8, branch); return `${s.slice(0, 2)}.${s.slice(2, 5)}.${s.slice(5, 8)}/${s.slice(8, 12)}-${s.slice(12)}` }
const nifPt = (n8) => { const ds = digits(pad(n8, 8)); const s = ds.reduce((a, d, i) => a + d * (9 - i), 0) % 11; return ds.join('') + (s < 2 ? 0 : 11 - s) }
const dniEs = (n8) => `${pad(n8, 8)}${'TRWAGMYFPDXBNJZSQVHLCKE'[n8 % 23]}`
const rutDv = (num) => { let s = 0, m = 2; for (const d of digits(num).reverse()) { s += d * m; m = m === 7 ? 2 : m + 1 } const r = 11 - (s % 11); return r === 11 ? '0' : r === 10 ? 'K' : String(r) }
const rut = (num) => `${group(num, '.')}-${rutDv(num)}`
const cuit = (pre, n8) => { for (let k = n8; ; k++) { const ds = [...digits(pre), ...digits(pad(k, 8))]; const s = ds.reduce((a, d, i) => a + d * [5, 4, 3, 2, 7, 6, 5, 4, 3, 2][i], 0) % 11; const dv = s === 0 ? 0 : 11 - s; if (dv < 10) return `${pre}-${pad(k, 8)}-${dv}` } }
// NF-e access key: cUF AAMM CNPJ 55 série nNF tpEmis cNF, then a mod-11 digit
const nfeKey = (uf, p, cnpjDigits, serie, num, cnf) => { const base = `${uf}${String(p.y).slice(2)}${pad(p.m)}${cnpjDigits}55${pad(serie, 3)}${pad(num, 9)}1${pad(cnf, 8)}`; let s = 0, w = 2; for (const d of digits(base).reverse()) { s += d * w; w = w === 9 ? 2 : w + 1 } const r = s % 11; return base + (r < 2 ? 0 : 11 - r) }

// ---------------------------------------------------------------- local people, seeded by the row's person
const ES_M = ['Juan Carlos', 'José Luis', 'Alejandro', 'Diego', 'Santiago', 'Sebastián', 'Andrés', 'Luis Fernando', 'Felipe', 'Jorge', 'Ricardo', 'Martín', 'Nicolás', 'Javier', 'Eduardo']
const ES_F = ['María José', 'Valentina', 'Camila', 'Daniela', 'Fernanda', 'Sofía', 'Gabriela', 'Andrea', 'Paula', 'Carolina', 'Lucía', 'Mariana', 'Rocío', 'Natalia', 'Pilar']
const PT_M = { pt: ['Tiago', 'Rui', 'Nuno', 'Duarte', 'Francisco', 'Diogo', 'João', 'Miguel', 'Pedro', 'Gonçalo', 'Ricardo', 'Bruno'], br: ['João Pedro', 'Lucas', 'Gabriel', 'Rafael', 'Gustavo', 'Felipe', 'Bruno', 'Thiago', 'Matheus', 'Leonardo', 'Rodrigo', 'André'] }
const PT_F = { pt: ['Inês', 'Beatriz', 'Matilde', 'Leonor', 'Joana', 'Rita', 'Catarina', 'Sofia', 'Ana', 'Marta', 'Carolina', 'Mariana'], br: ['Ana Clara', 'Mariana', 'Beatriz', 'Juliana', 'Fernanda', 'Camila', 'Larissa', 'Letícia', 'Gabriela', 'Amanda', 'Patrícia', 'Bianca'] }
const LAST = {
  mx: ['Hernández', 'García', 'Martínez', 'López', 'González', 'Rodríguez', 'Pérez', 'Sánchez', 'Ramírez', 'Flores', 'Navarro', 'Orozco', 'Zúñiga', 'Gutiérrez'],
  co: ['Rodríguez', 'Gómez', 'González', 'Martínez', 'García', 'López', 'Hernández', 'Ramírez', 'Zapata', 'Moreno', 'Muñoz', 'Restrepo', 'Ospina', 'Echeverri'],
  pe: ['Quispe', 'Flores', 'Sánchez', 'Rodríguez', 'García', 'Rojas', 'Huamán', 'Chávez', 'Mendoza', 'Torres', 'Ramos', 'Vargas', 'Castillo', 'Salazar'],
  ar: ['González', 'Rodríguez', 'Fernández', 'López', 'Martínez', 'Gómez', 'Díaz', 'Romero', 'Sosa', 'Álvarez', 'Ruiz', 'Benítez', 'Acosta', 'Medina'],
  es: ['García', 'Fernández', 'González', 'Rodríguez', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Lacasa', 'Jiménez', 'Ruiz', 'Navarro', 'Gracia'],
  pt: ['Silva', 'Santos', 'Ferreira', 'Pereira', 'Oliveira', 'Costa', 'Rodrigues', 'Martins', 'Jesus', 'Sousa', 'Fernandes', 'Gonçalves', 'Marques', 'Lopes'],
  br: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Rodrigues', 'Ferreira', 'Alves', 'Pereira', 'Lima', 'Gomes', 'Costa', 'Ribeiro', 'Martins', 'Carvalho', 'Almeida'],
}
// [city, state/region, postcode, street, neighbourhood/district, area code]
const PLACES = {
  mx: [['Guadalajara', 'Jalisco', '44160', 'Av. Chapultepec', 'Americana', '33'], ['Zapopan', 'Jalisco', '45116', 'Av. Patria', 'Jardines Universidad', '33'], ['Zapopan', 'Jalisco', '45019', 'Av. Vallarta', 'Puerta de Hierro', '33'], ['Tlaquepaque', 'Jalisco', '45500', 'Calle Independencia', 'Centro', '33'], ['Tonalá', 'Jalisco', '45400', 'Av. Tonaltecas', 'Centro', '33'], ['Aguascalientes', 'Aguascalientes', '20000', 'Av. Madero', 'Zona Centro', '449']],
  co: [['Medellín', 'Antioquia', '050021', 'Carrera 43A', 'El Poblado', '604'], ['Medellín', 'Antioquia', '050034', 'Calle 33', 'Laureles', '604'], ['Envigado', 'Antioquia', '055422', 'Carrera 48', 'Zúñiga', '604'], ['Itagüí', 'Antioquia', '055412', 'Calle 50', 'Centro', '604'], ['Bello', 'Antioquia', '051050', 'Diagonal 55', 'Niquía', '604'], ['Rionegro', 'Antioquia', '054040', 'Carrera 50', 'Centro', '604']],
  pe: [['Miraflores', 'Lima', '15074', 'Av. José Larco', 'Lima', '1'], ['Santiago de Surco', 'Lima', '15038', 'Av. Primavera', 'Lima', '1'], ['San Isidro', 'Lima', '15073', 'Av. Javier Prado Oeste', 'Lima', '1'], ['Jesús María', 'Lima', '15072', 'Av. Brasil', 'Lima', '1'], ['San Miguel', 'Lima', '15088', 'Av. La Marina', 'Lima', '1'], ['Arequipa', 'Arequipa', '04001', 'Calle Mercaderes', 'Arequipa', '54'], ['Trujillo', 'Trujillo', '13001', 'Jr. Pizarro', 'La Libertad', '44']],
  ar: [['Córdoba', 'Córdoba', 'X5000', 'Bv. San Juan', 'Nueva Córdoba', '351'], ['Córdoba', 'Córdoba', 'X5009', 'Av. Rafael Núñez', 'Cerro de las Rosas', '351'], ['Villa Carlos Paz', 'Córdoba', 'X5152', 'Av. San Martín', 'Centro', '3541'], ['Río Cuarto', 'Córdoba', 'X5800', 'Calle Constitución', 'Centro', '358'], ['Rosario', 'Santa Fe', 'S2000', 'Bv. Oroño', 'Centro', '341']],
  es: [['Zaragoza', 'Zaragoza', '50004', 'Paseo de la Independencia', 'Centro', '976'], ['Zaragoza', 'Zaragoza', '50008', 'Calle de San Miguel', 'Centro', '976'], ['Zaragoza', 'Zaragoza', '50012', 'Vía Hispanidad', 'Delicias', '976'], ['Zaragoza', 'Zaragoza', '50018', 'Avenida de Ranillas', 'Actur', '976'], ['Cuarte de Huerva', 'Zaragoza', '50410', 'Calle Mayor', '', '976'], ['Utebo', 'Zaragoza', '50180', 'Avenida de Zaragoza', '', '976'], ['Huesca', 'Huesca', '22002', 'Calle del Coso Alto', '', '974']],
  pt: [['Coimbra', 'Coimbra', '3000-150', 'Rua Ferreira Borges', 'Coimbra', '239'], ['Coimbra', 'Coimbra', '3030-327', 'Avenida Elísio de Moura', 'Coimbra', '239'], ['Condeixa-a-Nova', 'Coimbra', '3150-124', 'Rua Dr. Simões de Castro', 'Condeixa-a-Nova', '239'], ['Figueira da Foz', 'Coimbra', '3080-059', 'Rua da República', 'Figueira da Foz', '233'], ['Cantanhede', 'Coimbra', '3060-132', 'Avenida Dr. Luís Pato', 'Cantanhede', '231'], ['Leiria', 'Leiria', '2410-127', 'Rua Barão de Viamonte', 'Leiria', '244']],
  br: [['Goiânia', 'GO', '74115-060', 'Rua T-55', 'Setor Bueno', '62'], ['Goiânia', 'GO', '74150-040', 'Avenida T-4', 'Setor Bueno', '62'], ['Goiânia', 'GO', '74810-100', 'Avenida 136', 'Setor Marista', '62'], ['Aparecida de Goiânia', 'GO', '74905-250', 'Avenida Independência', 'Setor Serra Dourada', '62'], ['Anápolis', 'GO', '75020-010', 'Rua Barão do Rio Branco', 'Centro', '62'], ['Brasília', 'DF', '70390-100', 'SHCS Quadra 509', 'Asa Sul', '61']],
}
const MAIL = {
  mx: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.mx'], co: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.es'],
  pe: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.es'], ar: ['gmail.com', 'gmail.com', 'hotmail.com', 'yahoo.com.ar', 'live.com.ar'],
  es: ['gmail.com', 'gmail.com', 'hotmail.es', 'yahoo.es', 'outlook.es', 'telefonica.net'], pt: ['gmail.com', 'gmail.com', 'sapo.pt', 'hotmail.com', 'outlook.pt'],
  br: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'uol.com.br', 'yahoo.com.br'],
}
const plain = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')
const memo = new Map()
const hash = (str) => [...str].reduce((h, ch) => (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0, 13)
const loc = (c, cc) => {
  const k = `${cc}:${c.id}:${c.first}:${c.last}`
  if (memo.has(k)) return memo.get(k)
  const r = rng(hash(k) ^ 0x5bd1e995); r(); r()
  const female = r() < 0.5
  const lusophone = cc === 'pt' || cc === 'br'
  const first = pick(r, lusophone ? (female ? PT_F[cc] : PT_M[cc]) : (female ? ES_F : ES_M))
  const last = pick(r, LAST[cc]); let last2 = pick(r, LAST[cc]); if (last2 === last) last2 = LAST[cc][(LAST[cc].indexOf(last) + 3) % LAST[cc].length]
  const pl = pick(r, PLACES[cc]), num = int(r, 2, 3800)
  const f1 = plain(first.split(' ')[0]), l1 = plain(last)
  const p = { female, first, last, last2, full: `${first} ${last} ${last2}`, city: pl[0], state: pl[1], zip: pl[2], streetName: pl[3], hood: pl[4], area: pl[5], num,
    email: `${f1}${pick(r, ['.', '', '_'])}${l1}${r() < 0.6 ? int(r, 1, 99) : ''}@${pick(r, MAIL[cc])}`, apt: r() < 0.4 ? int(r, 1, 12) * 100 + int(r, 1, 8) : 0, doc: int(r, 10000000, 49999999) }
  if (cc === 'mx') { p.street = `${pl[3]} ${num}${p.apt ? ` Int. ${p.apt}` : ''}`; p.mobile = `${pl[5]}${int(r, 10 ** (9 - pl[5].length), 10 ** (10 - pl[5].length) - 1)}` }
  if (cc === 'co') { p.street = `${pl[3]} # ${int(r, 5, 120)}-${int(r, 2, 99)}${p.apt ? ` Apto ${p.apt}` : ''}`; p.mobile = `3${pick(r, ['00', '01', '04', '10', '11', '12', '13', '14', '15', '16', '18', '20', '21', '50'])}${int(r, 1000000, 9999999)}` }
  if (cc === 'pe') { p.street = `${pl[3]} ${num % 1800 + 100}${p.apt ? `, Dpto. ${p.apt}` : ''}`; p.mobile = `9${int(r, 10, 99)} ${int(r, 100, 999)} ${int(r, 100, 999)}`; p.dni = pad(int(r, 10000000, 79999999), 8) }
  if (cc === 'ar') { p.full = `${first} ${last}`; p.street = `${pl[3]} ${num}`; const sub = int(r, 4 * 10 ** (9 - pl[5].length), 10 ** (10 - pl[5].length) - 1); p.mobile = `+54 9 ${pl[5]} ${String(sub).slice(0, -4)}-${String(sub).slice(-4)}` }
  if (cc === 'es') { p.street = `${pl[3]}, ${num % 180 + 1}${p.apt ? `, ${Math.floor(p.apt / 100)}º ${pick(r, ['A', 'B', 'C', 'Izda.', 'Dcha.'])}` : ''}`; p.mobile = `6${int(r, 10, 99)} ${int(r, 100, 999)} ${int(r, 100, 999)}`; p.fixed = `${pl[5]} ${int(r, 200, 799)} ${int(r, 100, 999)}`; p.dni = dniEs(p.doc) }
  if (cc === 'pt') { p.street = `${pl[3]}, ${num % 300 + 1}${p.apt ? `, ${Math.floor(p.apt / 100)}.º ${pick(r, ['Esq.', 'Dto.', 'A', 'B'])}` : ''}`; p.mobile = `9${pick(r, ['1', '2', '3', '6'])}${int(r, 1, 9)} ${int(r, 100, 999)} ${int(r, 100, 999)}`; p.fixed = `${pl[5]}${int(r, 10 ** (8 - pl[5].length), 10 ** (9 - pl[5].length) - 1)}`.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3'); p.nif = nifPt(int(r, 10000000, 29999999)); p.sns = String(int(r, 100000000, 399999999)) }
  if (cc === 'br') { p.street = pl[3]; p.compl = p.apt ? `Apto ${p.apt}` : r() < 0.2 ? `Casa ${int(r, 1, 4)}` : ''; p.mobile = `(${pl[5]}) 9${int(r, 8100, 9999)}-${pad(int(r, 0, 9999), 4)}`; p.cpf = cpf(int(r, 10000000, 999999999)) }
  memo.set(k, p)
  return p
}
const MX = (c) => loc(c, 'mx'), CO_ = (c) => loc(c, 'co'), PE = (c) => loc(c, 'pe'), AR = (c) => loc(c, 'ar'), ES = (c) => loc(c, 'es'), PT = (c) => loc(c, 'pt'), BR = (c) => loc(c, 'br')

// ---------------------------------------------------------------- 1. Aplazo (MX): merchant orders
// a Guadalajara furniture-and-mattress store: [productos, monto MXN]
const AP_CART = [['Colchón Matrimonial Memory Foam Sueño Profundo', 8999], ['Base Box Spring Queen + 2 Almohadas Viscoelásticas', 6450], ['Sala Modular Esquinera Gris Oxford', 18999], ['Comedor 4 Sillas Parota', 12499], ['Colchón King Size Híbrido Pocket', 15990], ['Recámara Infantil Litera + Colchones', 9870]]
const apCart = (o) => row(AP_CART, n(o))
const apState = (o) => row(['Activo', 'Liquidado', 'Activo', 'Cancelado', 'Activo', 'Devolución parcial', 'Liquidado', 'Activo'], n(o))
const apStore = (o) => (n(o) % 3 === 0 ? 'Tienda en línea' : row(['Sucursal Chapultepec', 'Sucursal Patria', 'Sucursal Tlaquepaque'], n(o) >> 1))
const apDisc = (o) => (n(o) % 5 === 2 ? 500 : 0)
const apAmt = (o) => apCart(o)[1] - apDisc(o)
const apFee = (o) => r2(apAmt(o) * 0.055)
const apRefund = (o) => (apState(o) === 'Cancelado' ? apAmt(o) : apState(o) === 'Devolución parcial' ? 1350 : 0)
const apAt = (o) => inHours(Date.UTC(2023, 0, 2) + (o.at % (600 * day)), -6, 10, 20) // Aplazo launched in 2021: orders from 2023-24

// ---------------------------------------------------------------- 2. Aldeamo (CO): SMS detail
const alCamp = (o) => row(['Recordatorio cuota', 'Recordatorio cuota', 'Promo Prima Junio', 'Código OTP', 'Recordatorio cuota', 'Promo Prima Junio'], n(o))
const alState = (o) => row(['ENTREGADO', 'ENTREGADO', 'ENTREGADO', 'ENVIADO', 'ENTREGADO', 'NO ENTREGADO', 'ENTREGADO', 'RECHAZADO'], n(o))
const alText = (c, o) => ({
  'Recordatorio cuota': `ELECTROHOGAR: ${CO_(c).first.split(' ')[0]}, tu cuota de $${group(89000 + (n(o) % 9) * 12500, '.')} vence el ${dmy(co(o.at + 3 * day), '/')}. Paga en electrohogar.co/pagos o en Efecty.`,
  'Promo Prima Junio': 'ELECTROHOGAR: Con tu prima, neveras y lavadoras hasta 36 cuotas sin cuota inicial. Ver: eho.co/prima Resp SALIR para no recibir',
  'Código OTP': `Tu codigo de verificacion ELECTROHOGAR es ${pad((n(o) * 7919) % 1000000, 6)}. No lo compartas con nadie.`,
})[alCamp(o)]
const alAt = (o) => inHours(o.at, -5, 8, 19)

// ---------------------------------------------------------------- 3. LibreDTE (CL): issued DTEs
// a Valparaíso coffee roaster's customers: [razón social, RUT number, giro, dirección, comuna, email intercambio]
const CL_FIRMS = [['Cafetería Cerro Alegre SpA', 76543210, 'Cafetería y pastelería', 'Almirante Montt 215', 'Valparaíso', 'dte@cafecerroalegre.cl'], ['Hotel Brighton Limitada', 78123456, 'Hotelería', 'Pasaje Atkinson 151', 'Valparaíso', 'facturacion@brighton.cl'], ['Restaurant Vista al Mar Ltda.', 77234567, 'Restaurantes', 'Av. San Martín 199', 'Viña del Mar', 'contabilidad@vistaalmar.cl'], ['Minimarket Los Almendros EIRL', 76891234, 'Venta al por menor de alimentos', 'Av. Los Almendros 1420', 'Quilpué', 'minimarketalmendros@gmail.com'], ['Distribuidora Gourmet del Pacífico SpA', 77654321, 'Venta al por mayor de alimentos', 'Camino Internacional 5200', 'Concón', 'dte@gourmetpacifico.cl'], ['Universidad Técnica Costera', 70123456, 'Enseñanza superior', 'Av. España 1680', 'Valparaíso', 'adquisiciones@utcostera.cl']]
const clFirm = (o) => row(CL_FIRMS, n(o) >> 1)
const ldType = (o) => row([33, 33, 34, 33, 61, 33, 52, 33], n(o))
const LD_NAME = { 33: 'Factura electrónica', 34: 'Factura no afecta o exenta electrónica', 61: 'Nota de crédito electrónica', 52: 'Guía de despacho electrónica' }
const ldNet = (o) => (ldType(o) === 34 ? 0 : 48000 + (n(o) % 61) * 7350 + o.qty * 12900)
const ldExento = (o) => (ldType(o) === 34 ? 35000 + (n(o) % 11) * 4200 : 0)
const ldIva = (o) => Math.round(ldNet(o) * 0.19)
const ldSii = (o) => row(['ACEPTADO', 'ACEPTADO', 'ACEPTADO CON REPAROS', 'ACEPTADO', 'ACEPTADO', 'RECHAZADO', 'ACEPTADO'], n(o))
const ldAt = (o) => inHours(o.at, -4, 9, 18)

// ---------------------------------------------------------------- 4. Juntoz (PE): seller order lines
// a Lima sportswear seller: [SKU seller, producto, marca, categoría, precio PEN]
const JZ_ITEMS = [['AND-ZAP-RUN-42', 'Zapatillas Running Andes Trail Hombre Talla 42', 'Andes Sport', 'Calzado deportivo', 239.9], ['AND-POL-DRY-M', 'Polo Deportivo Dry-Fit Mujer Talla M', 'Andes Sport', 'Ropa deportiva', 59.9], ['AND-BUZ-TER-L', 'Buzo Térmico Unisex Talla L', 'Andes Sport', 'Ropa deportiva', 129.9], ['KNT-MOC-25L', 'Mochila Trekking Kuntur 25L', 'Kuntur', 'Accesorios', 149.0], ['AND-LEG-CMP-S', 'Leggings Compresión Mujer Talla S', 'Andes Sport', 'Ropa deportiva', 79.9], ['KNT-TOM-750', 'Tomatodo Acero Inoxidable 750 ml', 'Kuntur', 'Accesorios', 45.0]]
const jzItem = (o) => row(JZ_ITEMS, n(o))
const jzQty = (o) => (o.qty > 2 ? 1 : o.qty)
const jzState = (o) => row(['Entregado', 'Despachado', 'Entregado', 'Confirmado', 'Cancelado', 'Entregado', 'Pendiente', 'Entregado'], n(o))
const jzShipM = (c) => (PE(c).state === 'Lima' ? row(['Envío Juntoz', 'Envío Juntoz', 'Retiro en tienda', 'Envío Express Lima'], n(c)) : 'Envío Juntoz')
const jzShip = (c, o) => (jzShipM(c) === 'Retiro en tienda' ? 0 : jzShipM(c) === 'Envío Express Lima' ? 15 : PE(c).state === 'Lima' ? (jzItem(o)[4] * jzQty(o) >= 199 ? 0 : 10) : 18)
const jzInvoice = (o) => n(o) % 6 === 1
const jzAt = (o) => pe(o.at)

// ---------------------------------------------------------------- 5. DriCloud (ES): patients
const dcIns = (c) => row(['Privado', 'Sanitas', 'Adeslas', 'Privado', 'Asisa', 'DKV', 'Mapfre Salud', 'Mutua de accidentes (Fremap)'], n(c))
const dcProf = (c) => row(['Dr. Pablo Lacasa (Traumatología)', 'Laura Gracia (Fisioterapia)', 'Sergio Andrés (Fisioterapia)', 'Dra. Marta Sanz (Medicina deportiva)', 'Elena Pueyo (Podología)'], n(c) >> 1)
const dcDown = (c) => n(c) % 13 === 0

// ---------------------------------------------------------------- 6. Nosis (AR): companies with a decision maker
// [razón social, fantasía, tipo, CUIT prefix/number, CLAE, actividad, domicilio, localidad, provincia, CP, teléfono, dominio, empleados, facturación, condición IVA, inicio]
const AR_FIRMS = [
  ['FRIGORÍFICO LAS TRES LOMAS S.A.', 'Las Tres Lomas', 'Sociedad Anónima', 30, 70812345, '101011', 'Matanza de ganado bovino', 'Ruta Nacional 9 Km 695', 'Córdoba', 'Córdoba', 'X5125', '(0351) 496-2200', 'lastreslomas.com.ar', '201 a 500', '$ 8.000 M a $ 15.000 M', 'IVA Responsable Inscripto', '14/08/1987'],
  ['LÁCTEOS DEL CENTRO S.R.L.', 'Lácteos del Centro', 'Sociedad de Responsabilidad Limitada', 30, 71123456, '105020', 'Elaboración de quesos', 'Av. Sabattini 2850', 'Villa María', 'Córdoba', 'X5900', '(0353) 452-3100', 'lacteosdelcentro.com.ar', '51 a 200', '$ 1.500 M a $ 8.000 M', 'IVA Responsable Inscripto', '02/03/2004'],
  ['CLÍNICA PRIVADA SIERRAS CHICAS S.A.', 'Clínica Sierras Chicas', 'Sociedad Anónima', 30, 69876543, '861010', 'Servicios de internación', 'Av. San Martín 1120', 'Río Ceballos', 'Córdoba', 'X5111', '(03543) 45-1800', 'clinicasierraschicas.com.ar', '201 a 500', '$ 8.000 M a $ 15.000 M', 'IVA Exento', '11/06/1979'],
  ['LOGÍSTICA MEDITERRÁNEA S.A.S.', 'LogMed', 'Sociedad por Acciones Simplificada', 30, 71654321, '492280', 'Servicio de transporte automotor de cargas', 'Camino a 60 Cuadras Km 8', 'Córdoba', 'Córdoba', 'X5016', '(0351) 461-7788', 'logmed.com.ar', '51 a 200', '$ 1.500 M a $ 8.000 M', 'IVA Responsable Inscripto', '19/09/2018'],
  ['HOTEL Y SPA PORTAL DEL LAGO S.A.', 'Portal del Lago', 'Sociedad Anónima', 30, 70456789, '551022', 'Servicios de alojamiento en hoteles', 'Av. Costanera 455', 'Villa Carlos Paz', 'Córdoba', 'X5152', '(03541) 42-8200', 'portaldellago.com.ar', '51 a 200', '$ 1.500 M a $ 8.000 M', 'IVA Responsable Inscripto', '30/11/1995'],
  ['METALÚRGICA RÍO CUARTO S.R.L.', 'MetalRC', 'Sociedad de Responsabilidad Limitada', 30, 70998877, '259910', 'Fabricación de envases metálicos', 'Parque Industrial, Calle 5 N° 240', 'Río Cuarto', 'Córdoba', 'X5800', '(0358) 464-5500', 'metalrc.com.ar', '11 a 50', '$ 300 M a $ 1.500 M', 'IVA Responsable Inscripto', '07/05/2001'],
  ['ALIMENTOS SANTA FE DEL LITORAL S.A.', 'Santa Fe del Litoral', 'Sociedad Anónima', 30, 71234987, '107420', 'Elaboración de pastas alimentarias', 'Bv. Avellaneda 3650', 'Rosario', 'Santa Fe', 'S2002', '(0341) 437-9000', 'alimentosdellitoral.com.ar', '201 a 500', '$ 8.000 M a $ 15.000 M', 'IVA Responsable Inscripto', '23/01/1992'],
]
const arFirm = (c) => row(AR_FIRMS, n(c) % 7)
const arRole = (c) => row([['Gerente de Compras', 'Gerente de Compras'], ['Jefe de Mantenimiento', 'Jefa de Mantenimiento'], ['Gerente General', 'Gerente General'], ['Responsable de Higiene y Seguridad', 'Responsable de Higiene y Seguridad'], ['Jefe de Planta', 'Jefa de Planta'], ['Socio Gerente', 'Socia Gerente']], n(c) >> 1)[AR(c).female ? 1 : 0]

// ---------------------------------------------------------------- 7. TagPlus (BR): issued NF-e
// a Curitiba auto-parts distributor's customers: [razão social, CNPJ root, IE, município, UF, cUF, email]
const BR_CUST = [['Auto Peças Boqueirão Ltda', 12345678, '90512345-11', 'Curitiba', 'PR', 'financeiro@autopecasboqueirao.com.br'], ['Oficina Mecânica Irmãos Kovalski Ltda ME', 23456789, '90623456-20', 'São José dos Pinhais', 'PR', 'oficinakovalski@gmail.com'], ['Centro Automotivo Batel Eireli', 34567890, '90734567-08', 'Curitiba', 'PR', 'compras@cabatel.com.br'], ['Transportadora Serra do Mar Ltda', 45678901, '90845678-55', 'Paranaguá', 'PR', 'frota@tserradomar.com.br'], ['Distribuidora de Peças Joinville Ltda', 56789012, '255.123.456', 'Joinville', 'SC', 'nfe@dpjoinville.com.br'], ['Mecânica Ponta Grossa Ltda', 67890123, '90956789-31', 'Ponta Grossa', 'PR', 'contato@mecanicapg.com.br']]
const brCust = (o) => row(BR_CUST, n(o) >> 1)
const TP_CNPJ = cnpjRaw(19283746, 1)
const tpNat = (o) => (n(o) % 9 === 4 ? 'Devolução de mercadoria' : 'Venda de mercadoria')
const tpState = (o) => row(['Autorizada', 'Autorizada', 'Autorizada', 'Cancelada', 'Autorizada', 'Autorizada', 'Rejeitada', 'Autorizada'], n(o))
const tpProd = (o) => r2(380 + (n(o) % 47) * 96.4 + o.qty * 215.5)
const tpFrete = (o) => (brCust(o)[4] === 'SC' || n(o) % 4 === 0 ? r2(45 + (n(o) % 5) * 12.5) : 0)
const tpDesc = (o) => (o.discount ? r2(tpProd(o) * 0.05) : 0)
const tpIpi = (o) => r2(tpProd(o) * 0.05)
const tpIcms = (o) => r2((tpProd(o) - tpDesc(o) + tpFrete(o)) * (brCust(o)[4] === 'PR' ? 0.195 : 0.12))
const tpTotal = (o) => r2(tpProd(o) + tpFrete(o) - tpDesc(o) + tpIpi(o))
const tpNum = (o) => 18400 + (n(o) % 5000)
const tpAt = (o) => inHours(o.at, -3, 8, 18)

// ---------------------------------------------------------------- 8. Reduniq (PT): card transactions
const rqType = (o) => row(['Compra', 'Compra', 'Compra', 'Pré-autorização', 'Compra', 'Devolução', 'Compra', 'Compra'], n(o))
const rqBrand = (o) => row(['Visa', 'Mastercard', 'Maestro', 'Visa', 'American Express', 'V PAY', 'Mastercard', 'JCB', 'UnionPay'], (n(o) * 5) % 9)
const rqBin = { Visa: '453912', Mastercard: '535522', Maestro: '676770', 'American Express': '379880', 'V PAY': '465859', JCB: '356600', UnionPay: '622588' }
const rqCountry = (o) => row(['Portugal', 'Portugal', 'Reino Unido', 'Portugal', 'Espanha', 'França', 'Estados Unidos', 'Japão', 'China'], (n(o) * 5) % 9)
const rqDcc = (o) => ({ 'Reino Unido': 'GBP', 'Estados Unidos': 'USD', Japão: 'JPY', China: 'CNY' })[rqCountry(o)] ?? ''
const rqDccRate = { GBP: 0.8571, USD: 1.0842, JPY: 168.21, CNY: 7.8513 }
const rqTerm = (o) => (n(o) % 3 === 0 ? ['Restaurante Miradouro', '1104523'] : ['Receção Hotel Ribeira', '1104522'])
const rqAmt = (o) => (rqTerm(o)[0] === 'Receção Hotel Ribeira' ? r2(118 + (n(o) % 23) * 21.5) : r2(24.5 + (n(o) % 31) * 3.75))
const rqDeclined = (o) => rqType(o) !== 'Devolução' && n(o) % 11 === 3
const rqSign = (o) => (rqType(o) === 'Devolução' ? -1 : 1)
const rqMsc = (o) => (rqDeclined(o) || rqType(o) !== 'Compra' ? 0 : r2(rqAmt(o) * (rqBrand(o) === 'American Express' ? 0.028 : ['Visa', 'Mastercard', 'Maestro', 'V PAY'].includes(rqBrand(o)) && rqCountry(o) === 'Portugal' ? 0.0085 : 0.0195)))
const rqAt = (o) => inHours(o.at, 0, 7, 23)

// ---------------------------------------------------------------- 9. Datacrazy (BR): WhatsApp CRM contacts
const dzStage = (c) => row(['Novo lead', 'Em atendimento', 'Avaliação agendada', 'Proposta enviada', 'Fechado - ganho', 'Perdido', 'Em atendimento'], n(c))
const dzValue = (c) => (['Proposta enviada', 'Fechado - ganho'].includes(dzStage(c)) ? row([6890, 8490, 4990, 12900], n(c) >> 1) : 0)
const dzSource = (c) => row(['Instagram Ads', 'Instagram Ads', 'Site - formulário', 'Indicação', 'Google Ads', 'WhatsApp direto', 'Facebook Ads'], n(c) >> 1)

// ---------------------------------------------------------------- 10. MedicineOne (PT): patients
const moIns = (c) => row(['Particular', 'Médis', 'Multicare', 'ADSE', 'Particular', 'SAMS', 'AdvanceCare'], n(c))
const moDoc = (c) => row(['Dra. Helena Figueiredo (Dermatologia)', 'Dr. Nuno Carvalho (Medicina Dentária)', 'Dra. Sara Tavares (Ortodontia)', 'Dr. Paulo Neves (Medicina Dentária)', 'Dra. Cláudia Reis (Dermatologia)'], n(c) >> 1)
const CONCELHO = { Coimbra: 'Coimbra', 'Condeixa-a-Nova': 'Condeixa-a-Nova', 'Figueira da Foz': 'Figueira da Foz', Cantanhede: 'Cantanhede', Leiria: 'Leiria' }

// ---------------------------------------------------------------- 11. Serasa Experian (BR): prospect companies
// [razão social, fantasia, natureza, CNPJ root, abertura, CNAE, descrição, porte, funcionários, faturamento, logradouro, número, complemento, bairro, município, CEP, DDD, domínio]
const SP_FIRMS = [
  ['METALÚRGICA VALE DO PARAÍBA LTDA', 'METALVALE', 'Sociedade Empresária Limitada', 43210987, '12/03/1998', '2539-0/01', 'Serviços de usinagem, tornearia e solda', 'Grande', '100 a 499', 'R$ 30 mi a R$ 90 mi', 'Rodovia Presidente Dutra', 'km 154', 'Galpão 3', 'Chácaras Reunidas', 'São José dos Campos', '12238-540', '12', 'metalvale.com.br'],
  ['INDÚSTRIA DE ALIMENTOS SABOR DO INTERIOR S.A.', 'SABOR DO INTERIOR', 'Sociedade Anônima Fechada', 51234876, '05/07/1987', '1091-1/01', 'Fabricação de produtos de panificação industrial', 'Grande', '500 a 999', 'R$ 90 mi a R$ 300 mi', 'Avenida Marginal', '2200', '', 'Distrito Industrial', 'Ribeirão Preto', '14078-000', '16', 'sabordointerior.com.br'],
  ['PLÁSTICOS CAMPINAS INDÚSTRIA E COMÉRCIO LTDA', 'PLASTICAMP', 'Sociedade Empresária Limitada', 60987123, '22/10/2005', '2222-6/00', 'Fabricação de embalagens de material plástico', 'Médio', '50 a 99', 'R$ 4,8 mi a R$ 30 mi', 'Rua Ana Custódio da Silva', '480', '', 'Jardim Santa Mônica', 'Campinas', '13082-742', '19', 'plasticamp.ind.br'],
  ['QUÍMICA SOROCABA SOLUÇÕES INDUSTRIAIS LTDA', 'QUIMISOR', 'Sociedade Empresária Limitada', 38765012, '18/01/2011', '2029-1/00', 'Fabricação de produtos químicos orgânicos', 'Médio', '50 a 99', 'R$ 4,8 mi a R$ 30 mi', 'Avenida Independência', '5150', 'Bloco B', 'Éden', 'Sorocaba', '18087-101', '15', 'quimisor.com.br'],
  ['CONFECÇÕES JUNDIAÍ LTDA', 'JUNDIAÍ UNIFORMES', 'Sociedade Empresária Limitada', 27654098, '09/09/2014', '1412-6/01', 'Confecção de peças do vestuário', 'EPP', '20 a 49', 'R$ 360 mil a R$ 4,8 mi', 'Rua do Retiro', '1120', 'Sala 4', 'Anhangabaú', 'Jundiaí', '13209-000', '11', 'jundiaiuniformes.com.br'],
  ['AUTOPEÇAS LIMEIRA FORJADOS S.A.', 'LIMEIRA FORJADOS', 'Sociedade Anônima Fechada', 44871230, '30/04/1979', '2949-2/99', 'Fabricação de outras peças e acessórios para veículos', 'Grande', '1000 ou mais', 'Acima de R$ 300 mi', 'Rodovia Anhanguera', 'km 138', '', 'Jardim Piratininga', 'Limeira', '13486-915', '19', 'limeiraforjados.com.br'],
]
const spFirm = (c) => row(SP_FIRMS, n(c) % 6)
const spRole = (c) => row([['Sócio-Administrador', 'Sócia-Administradora'], ['Diretor Industrial', 'Diretora Industrial'], ['Gerente de Compras', 'Gerente de Compras'], ['Diretor Administrativo', 'Diretora Administrativa'], ['Coordenador de Suprimentos', 'Coordenadora de Suprimentos'], ['Gerente de RH', 'Gerente de RH']], n(c) >> 1)[BR(c).female ? 1 : 0]

// ---------------------------------------------------------------- 12. Ignios (PT): company list
// [nome, forma jurídica, NIPC stem, DUNS, morada, CP, localidade, concelho, distrito, indicativo, domínio, CAE, atividade, constituição, capital, volume, empregados]
const PT_FIRMS = [
  ['Conservas Atlântida - Indústria Alimentar, S.A.', 'Sociedade Anónima', 50231456, '453217890', 'Zona Industrial de Matosinhos, Rua 2, Lote 14', '4450-227', 'Matosinhos', 'Matosinhos', 'Porto', '22', 'conservasatlantida.pt', '10202', 'Preparação e conservação de peixes', '1963-05-10', '1.500.000,00', '42.300.000,00', '310'],
  ['Vinhos Quinta do Cávado, Lda.', 'Sociedade por Quotas', 50987234, '451998721', 'Rua da Quinta, 88', '4740-560', 'Esposende', 'Esposende', 'Braga', '253', 'quintadocavado.pt', '11021', 'Produção de vinhos comuns e licorosos', '1994-11-22', '250.000,00', '6.850.000,00', '38'],
  ['Padaria e Pastelaria Minhota, Lda.', 'Sociedade por Quotas', 51023987, '452877310', 'Avenida da Liberdade, 612', '4710-249', 'Braga', 'Braga', 'Braga', '253', 'minhota.pt', '10711', 'Panificação', '2003-02-14', '50.000,00', '3.120.000,00', '64'],
  ['Laticínios Serra da Estrela, S.A.', 'Sociedade Anónima', 50345678, '450112398', 'Estrada Nacional 232, km 9', '6270-372', 'Seia', 'Seia', 'Guarda', '238', 'lacticiniosestrela.pt', '10510', 'Indústrias do leite e derivados', '1978-06-30', '2.000.000,00', '27.600.000,00', '145'],
  ['Sumos do Oeste - Bebidas Naturais, Lda.', 'Sociedade por Quotas', 51456789, '453661028', 'Parque Empresarial do Bombarral, Lote 7', '2540-256', 'Bombarral', 'Bombarral', 'Leiria', '262', 'sumosdooeste.pt', '10320', 'Fabricação de sumos de frutos e de produtos hortícolas', '2011-09-05', '100.000,00', '4.480.000,00', '27'],
  ['Carnes do Alentejo Montado, S.A.', 'Sociedade Anónima', 50678123, '451230876', 'Herdade do Álamo, Apartado 45', '7801-903', 'Beja', 'Beja', 'Beja', '284', 'montadoalentejo.pt', '10130', 'Fabricação de produtos à base de carne', '1989-03-17', '750.000,00', '18.900.000,00', '122'],
]
const ptFirm = (c) => row(PT_FIRMS, n(c) % 6)
const ptRole = (c) => row([['Administrador', 'Administradora'], ['Gerente', 'Gerente'], ['Diretor Geral', 'Diretora Geral'], ['Administrador', 'Administradora'], ['Gerente', 'Gerente'], ['Presidente do Conselho de Administração', 'Presidente do Conselho de Administração']], n(c) % 6)[PT(c).female ? 1 : 0]

export const SETS = [
  // ---------------------------------------------------------------- Mexico: BNPL merchant orders (E)
  { name: 'aplazo-portal-comercios-pedidos-es', product: 'Aplazo (compra ahora, paga después; Portal de comercios > Pedidos > Exportar (CSV), one row per Aplazo order paid in 5 quincenas, Spanish UI, a Guadalajara furniture-and-mattress store selling online and at three branches; MXN, times Centro de México)', family: 'payments', language: 'es', schema: E, cols: [
    ['ID Préstamo', (c, o) => String(2300000 + n(o) * 7), ['_id', OR('payments[0].transactionID')]],
    ['Referencia del comercio', (c, o) => (apStore(o) === 'Tienda en línea' ? `WEB-${pad(40000 + (n(o) % 9000), 6)}` : `POS-${pad((n(o) * 13) % 100000, 6)}`), [OR('purchaseID')]],
    ['Fecha de compra', (c, o) => dmyhm(mx(apAt(o))), ['timestamp', OR('createdDate')]],
    ['Estatus', (c, o) => apState(o), []],
    ['Canal', (c, o) => (apStore(o) === 'Tienda en línea' ? 'En línea' : 'En tienda'), [], opt],
    ['Sucursal', (c, o) => apStore(o), ['commerce.commerceScope.storeCode'], opt],
    ['Vendedor', (c, o) => (apStore(o) === 'Tienda en línea' ? '' : row(['Karla Orozco', 'Luis Zúñiga', 'Brenda Navarro'], n(o))), []],
    ['Cliente', (c) => MX(c).full, []],
    ['Correo electrónico', (c) => MX(c).email, EMAIL_ID],
    ['Teléfono', (c) => MX(c).mobile, PHONE_ID, opt],
    ['Productos', (c, o) => apCart(o)[0], [PL('name')], opt],
    ['Código de descuento', (c, o) => (apDisc(o) ? 'APLAZO500' : ''), ['commerce.promotionID']],
    ['Descuento', (c, o) => mxn(apDisc(o)), [OR('discountAmount')]],
    ['Monto total', (c, o) => mxn(apAmt(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Moneda', () => 'MXN', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Número de pagos', () => '5', []],
    ['Pago inicial', (c, o) => mxn(apAmt(o) / 5), []],
    ['Comisión Aplazo', (c, o) => mxn(apState(o) === 'Cancelado' ? 0 : apFee(o)), []],
    ['IVA comisión', (c, o) => mxn(apState(o) === 'Cancelado' ? 0 : apFee(o) * 0.16), []],
    ['Monto reembolsado', (c, o) => mxn(apRefund(o)), [OR('refundTotal'), OR('refunds[0].refundAmount')]],
    ['Fecha de reembolso', (c, o) => (apRefund(o) ? dmyhm(mx(apAt(o) + ((n(o) % 9) + 1) * day)) : ''), [], opt],
    ['Monto a liquidar', (c, o) => mxn(apState(o) === 'Cancelado' ? 0 : apAmt(o) - apRefund(o) - apFee(o) * 1.16), []],
    ['Fecha de liquidación', (c, o) => (apState(o) === 'Cancelado' || apState(o) === 'Activo' && n(o) % 2 ? '' : dmy(mx(apAt(o) + 2 * day), '/')), []],
    ['ID Liquidación', (c, o) => (apState(o) === 'Cancelado' || apState(o) === 'Activo' && n(o) % 2 ? '' : `LIQ-${mx(apAt(o) + 2 * day).y}${pad(mx(apAt(o) + 2 * day).m)}${pad(mx(apAt(o) + 2 * day).d)}-01`), []],
  ] },
  // ---------------------------------------------------------------- Colombia: SMS per-message report (E)
  { name: 'aldeamo-reporte-detallado-sms-es', product: 'Aldeamo (plataforma de mensajería SMS y WhatsApp; Reportes > Reporte detallado de mensajes > Descargar CSV, one row per SMS, Spanish UI, a Medellín appliance-credit retailer\'s instalment reminders, OTP codes and a mid-year bonus promo; times Colombia)', family: 'sms', language: 'es', schema: E, cols: [
    ['ID Mensaje', (c, o, r) => v.uuid(r), ['_id']],
    ['Fecha de envío', (c, o) => { const p = co(alAt(o)); return `${ymd(p)} ${hms(p)}` }, ['timestamp']],
    ['Fecha de entrega', (c, o) => (alState(o) === 'ENTREGADO' ? (() => { const p = co(alAt(o) + 4000 + (n(o) % 40) * 1000); return `${ymd(p)} ${hms(p)}` })() : ''), [], opt],
    ['Código país', () => '57', [], opt],
    ['Número', (c) => `57${CO_(c).mobile}`, PHONE_ID, opt],
    ['Mensaje', (c, o) => alText(c, o), []],
    ['Campaña', (c, o) => alCamp(o), ['marketing.campaignName'], opt],
    ['Tipo de envío', (c, o) => (alCamp(o) === 'Código OTP' ? 'API' : alCamp(o) === 'Promo Prima Junio' ? 'Masivo' : 'Archivo'), []],
    ['Código corto', (c, o) => (alCamp(o) === 'Promo Prima Junio' ? '899991' : '85432'), []],
    ['Estado', (c, o) => alState(o), []],
    ['Descripción estado', (c, o) => ({ ENTREGADO: 'Mensaje entregado al terminal', ENVIADO: 'Enviado al operador, sin confirmación', 'NO ENTREGADO': 'Número inexistente o fuera de servicio', RECHAZADO: 'Número en lista de exclusión' })[alState(o)], []],
    ['Operador', (c, o) => row(['Claro', 'Movistar', 'Tigo', 'Claro', 'WOM', 'Claro'], n(c)), ['environment.carrier'], opt],
    ['Caracteres', (c, o) => String(alText(c, o).length), []],
    ['Partes', (c, o) => String(alText(c, o).length > 160 ? 2 : 1), []],
    ['Costo', (c, o) => (alState(o) === 'RECHAZADO' ? '0' : String((alText(c, o).length > 160 ? 2 : 1) * 14)), []],
    ['Clics', (c, o) => (alCamp(o) === 'Promo Prima Junio' && alState(o) === 'ENTREGADO' ? String(n(c) % 3) : ''), []],
    ['Referencia', (c, o) => (alCamp(o) === 'Recordatorio cuota' ? `CR-${pad(n(c) % 1000000, 7)}` : ''), [], opt],
    ['Usuario', (c, o) => (alCamp(o) === 'Código OTP' ? 'api_electrohogar' : row(['cartera.medellin', 'mercadeo.eho'], alCamp(o) === 'Promo Prima Junio' ? 1 : 0)), []],
  ] },
  // ---------------------------------------------------------------- Chile: issued electronic tax documents (E)
  { name: 'libredte-documentos-emitidos-es', product: 'LibreDTE (facturación electrónica SII; Facturación > Documentos emitidos > Buscar > Descargar CSV, one row per issued DTE, Spanish UI, a Valparaíso coffee roaster invoicing cafés, hotels and a wholesaler; CLP, no decimals)', family: 'invoicing', language: 'es', schema: E, cols: [
    ['Tipo DTE', (c, o) => String(ldType(o)), []],
    ['Documento', (c, o) => LD_NAME[ldType(o)], []],
    ['Folio', (c, o) => String(({ 33: 4120, 34: 215, 61: 388, 52: 1902 })[ldType(o)] + (n(o) % 600)), [OR('purchaseID'), '_id']],
    ['Fecha emisión', (c, o) => ymd(cl(ldAt(o))), ['timestamp', OR('createdDate')]],
    ['RUT receptor', (c, o) => rut(clFirm(o)[1]), CUST_ID, opt],
    ['Razón social receptor', (c, o) => clFirm(o)[0], []],
    ['Giro receptor', (c, o) => clFirm(o)[2], []],
    ['Dirección receptor', (c, o) => clFirm(o)[3], [BILL('street1')]],
    ['Comuna receptor', (c, o) => clFirm(o)[4], [BILL('city')]],
    ['Email intercambio', (c, o) => clFirm(o)[5], EMAIL_ID, opt],
    ['Exento', (c, o) => clp(ldExento(o)), []],
    ['Neto', (c, o) => clp(ldNet(o)), [], opt],
    ['IVA', (c, o) => clp(ldIva(o)), [OR('taxAmount')]],
    ['Total', (c, o) => clp(ldNet(o) + ldIva(o) + ldExento(o)), [OR('priceTotal')]],
    ['Forma de pago', (c, o) => (ldType(o) === 52 ? '' : n(o) % 3 ? 'Crédito' : 'Contado'), [], opt],
    ['Fecha vencimiento', (c, o) => ([33, 34].includes(ldType(o)) && n(o) % 3 ? ymd(cl(ldAt(o) + 30 * day)) : ''), []],
    ['Referencia', (c, o) => (ldType(o) === 61 ? `33 F${4120 + ((n(o) - 4) % 600)}` : clFirm(o)[0].startsWith('Universidad') ? `801 OC 4500${pad(n(o) % 10000, 4)}` : ''), [OR('purchaseOrderNumber')], opt],
    ['Estado SII', (c, o) => ldSii(o), []],
    ['Track ID', (c, o) => String(21500000000 + n(o) * 37), []],
    ['Intercambio', (c, o) => (ldSii(o) === 'RECHAZADO' ? '' : row(['Aceptado', 'Sin respuesta', 'Aceptado', 'Recibo de mercaderías', 'Reclamado'], n(o))), []],
    ['Sucursal', (c, o) => (n(o) % 4 === 0 ? 'Tostaduría Placilla' : 'Casa matriz'), ['commerce.commerceScope.storeCode'], opt],
    ['Usuario', (c, o) => row(['cvergara', 'mfuentes', 'cvergara', 'api'], n(o)), []],
  ] },
  // ---------------------------------------------------------------- Peru: marketplace seller order lines (E)
  { name: 'juntoz-seller-center-pedidos-es', product: 'Juntoz (marketplace peruano; Seller Center > Pedidos > Exportar a Excel, one row per order item, Spanish UI, a Lima sportswear and outdoor-gear seller; PEN, times Lima)', family: 'ecommerce-orders', language: 'es', schema: E, cols: [
    ['N° Pedido', (c, o) => `JZ${pad(3100000 + n(o) * 3, 8)}`, [OR('purchaseID')]],
    ['Fecha', (c, o) => dmyhms(jzAt(o)), ['timestamp', OR('createdDate')]],
    ['Estado', (c, o) => jzState(o), []],
    ['SKU Seller', (c, o) => jzItem(o)[0], [PL('SKU')]],
    ['SKU Juntoz', (c, o) => `JZ-${(n(o) % 6) * 104729 + 880000}`, [PL('_id'), PL('SKU')], opt],
    ['Producto', (c, o) => jzItem(o)[1], [PL('name')]],
    ['Marca', (c, o) => jzItem(o)[2], []],
    ['Categoría', (c, o) => jzItem(o)[3], [PL('productCategories[0].categoryName')], opt],
    ['Cantidad', (c, o) => String(jzQty(o)), [PL('quantity')]],
    ['Precio Unitario', (c, o) => sol(jzItem(o)[4]), [], opt],
    ['Subtotal', (c, o) => sol(jzItem(o)[4] * jzQty(o)), [PL('priceTotal')]],
    ['Costo de Envío', (c, o) => sol(jzShip(c, o)), ['commerce.shipping.shippingAmount']],
    ['Total', (c, o) => sol(jzItem(o)[4] * jzQty(o) + jzShip(c, o)), [OR('priceTotal')]],
    ['Comisión Juntoz', (c, o) => sol(jzState(o) === 'Cancelado' ? 0 : jzItem(o)[4] * jzQty(o) * 0.15), []],
    ['Método de Pago', (c, o) => row(['Tarjeta de crédito', 'PagoEfectivo', 'Tarjeta de débito', 'Yape', 'Tarjeta de crédito'], n(o) >> 1), [OR('payments[0].paymentType')]],
    ['Cliente', (c) => `${PE(c).first} ${PE(c).last} ${PE(c).last2}`, []],
    ['Tipo Documento', () => 'DNI', []],
    ['N° Documento', (c) => PE(c).dni, CUST_ID, opt],
    ['Correo', (c) => PE(c).email, EMAIL_ID],
    ['Teléfono', (c) => PE(c).mobile, PHONE_ID, opt],
    ['Tipo de Comprobante', (c, o) => (jzInvoice(o) ? 'Factura' : 'Boleta'), []],
    ['RUC', (c, o) => (jzInvoice(o) ? `20${pad((n(c) * 7919) % 1000000000, 9)}` : ''), [], opt],
    ['Método de Envío', (c) => jzShipM(c), ['commerce.shipping.shippingMethod']],
    ['Dirección de Entrega', (c) => (jzShipM(c) === 'Retiro en tienda' ? 'Av. Angamos Este 1805 (Tienda Surquillo)' : PE(c).street), [SHIP('street1')]],
    ['Referencia', (c, o) => (jzShipM(c) === 'Retiro en tienda' ? '' : row(['', 'Frente al parque', 'Alt. cuadra 12', '', 'Edificio color blanco, portón negro'], n(o))), []],
    ['Distrito', (c) => (jzShipM(c) === 'Retiro en tienda' ? 'Surquillo' : PE(c).city), [SHIP('city'), SHIP('street3'), SHIP('region')], opt],
    ['Provincia', (c) => (jzShipM(c) === 'Retiro en tienda' ? 'Lima' : PE(c).state), [SHIP('city'), SHIP('region')], opt],
    ['Departamento', (c) => (jzShipM(c) === 'Retiro en tienda' ? 'Lima' : PE(c).hood), STATE(['commerce.shipping.address'])],
    ['Fecha de Entrega', (c, o) => (jzState(o) === 'Entregado' ? dmy(pe(o.at + (2 + (n(o) % 4)) * day), '/') : ''), [], opt],
  ] },
  // ---------------------------------------------------------------- Spain: clinic patients (P)
  { name: 'dricloud-listado-pacientes-es', product: 'DriCloud (software médico en la nube; Pacientes > Listado de pacientes > Exportar a Excel, one row per patient, Spanish UI, a Zaragoza traumatology, physiotherapy and sports-medicine clinic)', family: 'clinic', language: 'es', schema: P, cols: [
    ['Nº Historia', (c) => String(100 + (n(c) % 30000)), ['_id', 'personID']],
    ['Nombre', (c) => ES(c).first, ['person.name.firstName']],
    ['Primer apellido', (c) => ES(c).last, ['person.name.lastName']],
    ['Segundo apellido', (c) => ES(c).last2, [], opt],
    ['NIF/NIE', (c) => (n(c) % 7 === 3 ? '' : ES(c).dni), ['person.taxId'], opt],
    ['Fecha de nacimiento', (c) => dmy(v.parts(c.birth), '/'), ['person.birthDate']],
    ['Sexo', (c) => (ES(c).female ? 'Mujer' : 'Hombre'), ['person.gender']],
    ['Teléfono móvil', (c) => ES(c).mobile, ['mobilePhone.number']],
    ['Teléfono fijo', (c) => (n(c) % 4 === 0 ? ES(c).fixed : ''), ['homePhone.number']],
    ['Email', (c) => (n(c) % 6 === 0 ? '' : ES(c).email), ['personalEmail.address']],
    ['Dirección', (c) => ES(c).street, at(HOME, 'street1')],
    ['Código postal', (c) => ES(c).zip, at(HOME, 'postalCode')],
    ['Población', (c) => ES(c).city, at(HOME, 'city')],
    ['Provincia', (c) => ES(c).state, STATE(HOME)],
    ['País', () => 'España', at(HOME, 'country')],
    ['Mutua / Aseguradora', (c) => dcIns(c), []],
    ['Nº de póliza', (c) => (['Privado'].includes(dcIns(c)) ? '' : `${pad((n(c) * 4099) % 100000000, 8)}`), []],
    ['Profesional habitual', (c) => dcProf(c), []],
    ['Fecha de alta', (c) => dmy(es(c.created), '/'), [], opt],
    ['Última cita', (c) => dmyhm(es(inHours(later(c), 1, 8, 20))), []],
    ['Próxima cita', (c) => (n(c) % 3 === 0 && !dcDown(c) ? dmyhm(es(inHours(later(c) + 14 * day, 1, 8, 20))) : ''), []],
    ['Nº de citas', (c) => String(1 + (n(c) % 24)), []],
    ['Consentimiento LOPD', (c) => (n(c) % 9 === 0 ? 'Pendiente' : 'Firmado'), []],
    ['Acepta comunicaciones comerciales', (c) => (n(c) % 3 ? 'Sí' : 'No'), [], opt],
    ['Cómo nos conoció', (c) => row(['Recomendación', 'Google', 'Mutua', 'Club deportivo', 'Instagram', ''], n(c)), []],
    ['Estado', (c) => (dcDown(c) ? 'Baja' : 'Activo'), []],
    ['Observaciones', (c, o, r) => pick(r, ['', '', '', 'Alergia a AINEs', 'Corredor de maratón', 'Prótesis de rodilla derecha (2019)', 'Prefiere tardes']), []],
  ] },
  // ---------------------------------------------------------------- Argentina: company list with decision maker (B)
  { name: 'nosis-listado-empresas-contactos-es', product: 'Nosis (informes comerciales y crediticios; Nosis Manager > Búsqueda de empresas > Resultado > Exportar a Excel, one row per company with a decision-maker contact, Spanish UI, a Córdoba industrial-cleaning and hygiene-supplies distributor prospecting plants, clinics and hotels)', family: 'b2b-leads', language: 'es', schema: B, cols: [
    ['CUIT', (c) => cuit(String(arFirm(c)[3]), arFirm(c)[4]), ACCT, opt],
    ['Razón Social', (c) => arFirm(c)[0], CO],
    ['Nombre de Fantasía', (c) => arFirm(c)[1], CO, opt],
    ['Tipo Societario', (c) => arFirm(c)[2], []],
    ['Actividad Principal (CLAE)', (c) => arFirm(c)[5], []],
    ['Descripción Actividad', (c) => arFirm(c)[6], []],
    ['Fecha Inicio Actividades', (c) => arFirm(c)[16], []],
    ['Condición IVA', (c) => arFirm(c)[15], []],
    ['Domicilio Fiscal', (c) => arFirm(c)[7], [W('street1')]],
    ['Localidad', (c) => arFirm(c)[8], [W('city')]],
    ['Provincia', (c) => arFirm(c)[9], STATE(['workAddress'])],
    ['Código Postal', (c) => arFirm(c)[10], [W('postalCode')]],
    ['Teléfono', (c) => arFirm(c)[11], ['workPhone.number']],
    ['Sitio Web', (c) => `www.${arFirm(c)[12]}`, ['b2b.companyWebsite']],
    ['Email Empresa', (c) => `info@${arFirm(c)[12]}`, ['workEmail.address'], opt],
    ['Empleados', (c) => arFirm(c)[13], []],
    ['Facturación Estimada', (c) => arFirm(c)[14], []],
    ['Situación BCRA', (c) => row(['1 - Normal', '1 - Normal', '1 - Normal', '2 - Con seguimiento especial', '1 - Normal'], n(c) % 7), []],
    ['Score Nosis', (c) => String(520 + ((n(c) % 7) * 67) % 420), []],
    ['Cheques Rechazados 12m', (c) => String((n(c) % 7) === 3 ? 2 : 0), []],
    ['Contacto', (c) => `${AR(c).first} ${AR(c).last}`, ['person.name.fullName']],
    ['Cargo', (c) => arRole(c), ['extendedWorkDetails.jobTitle']],
    ['Email Contacto', (c) => `${plain(AR(c).first.split(' ')[0])[0]}${plain(AR(c).last)}@${arFirm(c)[12]}`, ['workEmail.address']],
    ['Teléfono Contacto', (c) => (n(c) % 3 ? AR(c).mobile : ''), ['mobilePhone.number', 'workPhone.number'], opt],
    ['LinkedIn', (c) => (n(c) % 4 === 1 ? `linkedin.com/in/${plain(AR(c).first.split(' ')[0])}-${plain(AR(c).last)}-${100 + (n(c) % 900)}` : ''), []],
  ] },
  // ---------------------------------------------------------------- Brazil: issued NF-e (E)
  { name: 'tagplus-notas-fiscais-emitidas-br', product: 'TagPlus (ERP online; Fiscal > Notas fiscais (NF-e) > Exportar para planilha, one row per NF-e, Brazilian Portuguese UI, a Curitiba auto-parts distributor selling to workshops and parts shops in Paraná and Santa Catarina)', family: 'invoicing', language: 'pt', schema: E, cols: [
    ['Número', (c, o) => String(tpNum(o)), [OR('purchaseID'), '_id']],
    ['Série', () => '1', []],
    ['Chave de Acesso', (c, o, r) => nfeKey('41', br(tpAt(o)), TP_CNPJ, 1, tpNum(o), int(r, 10000000, 99999999)), ['_id'], opt],
    ['Data de Emissão', (c, o) => dmyhm(br(tpAt(o))), ['timestamp', OR('createdDate')]],
    ['Natureza da Operação', (c, o) => tpNat(o), []],
    ['Tipo', (c, o) => (tpNat(o).startsWith('Devolução') ? 'Entrada' : 'Saída'), []],
    ['Destinatário', (c, o) => brCust(o)[0], []],
    ['CPF/CNPJ', (c, o) => cnpj(brCust(o)[1]), CUST_ID, opt],
    ['Inscrição Estadual', (c, o) => brCust(o)[2], []],
    ['Município', (c, o) => brCust(o)[3], [BILL('city')]],
    ['UF', (c, o) => brCust(o)[4], STATE(['commerce.billing.address'])],
    ['E-mail', (c, o) => brCust(o)[5], EMAIL_ID, opt],
    ['Pedido', (c, o) => `PV-${pad(7200 + (n(o) % 4000), 5)}`, [OR('purchaseID')], opt],
    ['Vendedor', (c, o) => row(['Marcos Kowalski', 'Rafaela Brandt', 'Balcão'], n(o) >> 1), []],
    ['Valor dos Produtos', (c, o) => brl(tpProd(o)), [], opt],
    ['Valor do Frete', (c, o) => brl(tpFrete(o)), ['commerce.shipping.shippingAmount']],
    ['Valor do Desconto', (c, o) => brl(tpDesc(o)), [OR('discountAmount')]],
    ['Base de Cálculo ICMS', (c, o) => brl(tpProd(o) - tpDesc(o) + tpFrete(o)), []],
    ['Valor do ICMS', (c, o) => brl(tpIcms(o)), [OR('taxAmount')], opt],
    ['Valor do IPI', (c, o) => brl(tpIpi(o)), [], opt],
    ['Valor Total da Nota', (c, o) => brl(tpTotal(o)), [OR('priceTotal')]],
    ['Forma de Pagamento', (c, o) => row(['Boleto bancário', 'Pix', 'Boleto bancário', 'Cartão de crédito', 'Boleto bancário'], n(o)), [OR('payments[0].paymentType')]],
    ['Modalidade do Frete', (c, o) => (tpFrete(o) ? '0 - Por conta do emitente (CIF)' : '1 - Por conta do destinatário (FOB)'), []],
    ['Transportadora', (c, o) => (tpFrete(o) ? row(['Rodonaves', 'Braspress', 'Jamef'], n(o)) : ''), []],
    ['Situação', (c, o) => tpState(o), []],
    ['Protocolo de Autorização', (c, o) => (tpState(o) === 'Rejeitada' ? '' : `141${br(tpAt(o)).y % 100}${pad((n(o) * 977) % 1000000000, 10)}`), []],
    ['Data de Cancelamento', (c, o) => (tpState(o) === 'Cancelada' ? dmyhm(br(tpAt(o) + 5 * 3600000)) : ''), [OR('cancelDate')], opt],
  ] },
  // ---------------------------------------------------------------- Portugal: acquirer card transactions (E)
  { name: 'reduniq-consulta-transacoes-pt', product: 'Reduniq (UNICRE; Portal do Comerciante > Consultas > Transações > Exportar Excel, one row per card transaction on the merchant\'s terminals, European Portuguese UI, a Porto riverside boutique hotel\'s reception and restaurant TPAs with DCC for foreign cards; times Lisbon)', family: 'payments', language: 'pt', schema: E, cols: [
    ['Data', (c, o) => dmy(pt(rqAt(o)), '-'), ['timestamp']],
    ['Hora', (c, o) => hms(pt(rqAt(o))), [], opt],
    ['Nº Estabelecimento', (c, o) => rqTerm(o)[1], []],
    ['Nome Estabelecimento', (c, o) => rqTerm(o)[0], ['commerce.commerceScope.storeCode'], opt],
    ['Terminal', (c, o) => (rqTerm(o)[0] === 'Receção Hotel Ribeira' ? `TPA ${8840100 + (n(o) % 2)}` : 'TPA 8840107'), []],
    ['Tipo de Transação', (c, o) => rqType(o), []],
    ['Estado', (c, o) => (rqDeclined(o) ? 'Recusada' : 'Aceite'), []],
    ['Marca', (c, o) => rqBrand(o), [OR('payments[0].paymentType')]],
    ['Nº Cartão', (c, o, r) => `${rqBin[rqBrand(o)]}******${pad(int(r, 0, 9999), 4)}`, []],
    ['País do Cartão', (c, o) => rqCountry(o), []],
    ['Modo de Leitura', (c, o) => row(['Contactless', 'Chip e PIN', 'Contactless', 'Contactless', 'Banda magnética', 'Chip e PIN'], n(o) >> 1), []],
    ['Montante', (c, o) => dec(rqAmt(o) * rqSign(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Moeda', () => 'EUR', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Moeda DCC', (c, o) => rqDcc(o), [], opt],
    ['Montante DCC', (c, o) => (rqDcc(o) ? dec(rqAmt(o) * rqSign(o) * rqDccRate[rqDcc(o)] * 1.035) : ''), []],
    ['Código de Autorização', (c, o, r) => (rqDeclined(o) ? '' : v.alnum(r, 6).toUpperCase()), []],
    ['Referência', (c, o) => `${pt(rqAt(o)).y % 100}${pad(pt(rqAt(o)).m)}${pad(pt(rqAt(o)).d)}${pad((n(o) * 37) % 1000000, 6)}`, ['_id', OR('payments[0].transactionID')]],
    ['Nº Lote', (c, o) => String(300 + (Math.floor(o.at / day) % 400)), []],
    ['Taxa de Serviço', (c, o) => dec(rqMsc(o)), []],
    ['Valor Líquido', (c, o) => (rqDeclined(o) || rqType(o) === 'Pré-autorização' ? '0,00' : dec((rqAmt(o) - rqMsc(o)) * rqSign(o))), []],
    ['Data de Liquidação', (c, o) => (rqDeclined(o) || rqType(o) === 'Pré-autorização' ? '' : dmy(pt(rqAt(o) + 2 * day), '-')), []],
  ] },
  // ---------------------------------------------------------------- Brazil: WhatsApp CRM contacts (P)
  { name: 'datacrazy-contatos-export-br', product: 'Datacrazy (CRM com atendimento por WhatsApp; Contatos > Exportar (CSV), one row per contact/lead with its deal stage, Brazilian Portuguese UI, a Goiânia clear-aligner orthodontic clinic\'s leads from Instagram and Google ads)', family: 'crm', language: 'pt', schema: P, cols: [
    ['ID', (c) => String(880000 + n(c) * 3), ['_id', 'personID']],
    ['Nome', (c) => (n(c) % 5 === 0 ? BR(c).first : `${BR(c).first} ${BR(c).last}`), ['person.name.fullName']],
    ['Telefone', (c) => `+55 ${BR(c).mobile.replace(/[()]/g, '')}`, ['mobilePhone.number']],
    ['E-mail', (c) => (n(c) % 3 === 0 ? '' : BR(c).email), ['personalEmail.address']],
    ['CPF', (c) => (dzStage(c) === 'Fechado - ganho' ? BR(c).cpf : ''), ['person.taxId'], opt],
    ['Data de nascimento', (c) => (n(c) % 4 === 0 ? dmy(v.parts(c.birth), '/') : ''), ['person.birthDate']],
    ['Cidade', (c) => BR(c).city, at(HOME, 'city')],
    ['Estado', (c) => BR(c).state, STATE(HOME)],
    ['CEP', (c) => (n(c) % 2 ? BR(c).zip : ''), at(HOME, 'postalCode')],
    ['Empresa', (c) => (n(c) % 11 === 0 ? 'Unimed Goiânia' : ''), ['organizations[0]'], opt],
    ['Etiquetas', (c) => row(['alinhador', 'alinhador, urgente', 'clareamento', '', 'retorno', 'alinhador, parcelamento'], n(c)), []],
    ['Funil', () => 'Alinhadores Invisíveis', []],
    ['Etapa', (c) => dzStage(c), []],
    ['Valor do negócio', (c) => (dzValue(c) ? `R$ ${brl(dzValue(c))}` : ''), []],
    ['Responsável', (c) => row(['Thaís (Recepção)', 'Dra. Paula', 'Kelly (Comercial)'], n(c) >> 1), []],
    ['Origem', (c) => dzSource(c), []],
    ['utm_source', (c) => ({ 'Instagram Ads': 'instagram', 'Google Ads': 'google', 'Facebook Ads': 'facebook' })[dzSource(c)] ?? '', []],
    ['utm_campaign', (c) => (dzSource(c).endsWith('Ads') ? row(['alinhador-avaliacao-gratis', 'sorriso-novo-12x'], n(c)) : ''), []],
    ['Opt-in WhatsApp', (c) => (n(c) % 10 === 7 ? 'Não' : 'Sim'), [], opt],
    ['Criado em', (c) => dmyhm(br(inHours(c.created, -3, 8, 22))), [], opt],
    ['Última interação', (c) => dmyhm(br(inHours(later(c), -3, 8, 22))), []],
    ['Observações', (c, o, r) => pick(r, ['', '', 'Quer saber se o plano cobre', 'Pediu orçamento por áudio', 'Mora em Anápolis, prefere sábado']), []],
  ] },
  // ---------------------------------------------------------------- Portugal: clinic patients (P)
  { name: 'medicineone-listagem-utentes-pt', product: 'MedicineOne (software de gestão clínica; Utentes > Listagem de utentes > Exportar para Excel, one row per patient, European Portuguese UI, a Coimbra dental and dermatology clinic)', family: 'clinic', language: 'pt', schema: P, cols: [
    ['Nº Processo', (c) => String(1000 + (n(c) % 40000)), ['_id', 'personID']],
    ['Nome', (c) => PT(c).full, ['person.name.fullName']],
    ['Data de Nascimento', (c) => dmy(v.parts(c.birth), '-'), ['person.birthDate']],
    ['Sexo', (c) => (PT(c).female ? 'F' : 'M'), ['person.gender']],
    ['NIF', (c) => PT(c).nif, ['person.taxId'], opt],
    ['Nº Utente SNS', (c) => (n(c) % 5 === 2 ? '' : PT(c).sns), []],
    ['Morada', (c) => PT(c).street, at(HOME, 'street1')],
    ['Código Postal', (c) => PT(c).zip, at(HOME, 'postalCode')],
    ['Localidade', (c) => PT(c).city, at(HOME, 'city')],
    ['Concelho', (c) => CONCELHO[PT(c).city] ?? PT(c).city, [...at(HOME, 'city'), ...at(HOME, 'region')], opt],
    ['Distrito', (c) => PT(c).state, [...STATE(HOME), ...at(HOME, 'region')], opt],
    ['País', () => 'Portugal', at(HOME, 'country')],
    ['Telemóvel', (c) => PT(c).mobile, ['mobilePhone.number']],
    ['Telefone', (c) => (n(c) % 4 === 0 ? PT(c).fixed : ''), ['homePhone.number']],
    ['Email', (c) => (n(c) % 5 === 0 ? '' : PT(c).email), ['personalEmail.address']],
    ['Entidade', (c) => moIns(c), []],
    ['Nº Beneficiário', (c) => (moIns(c) === 'Particular' ? '' : pad((n(c) * 7727) % 1000000000, 9)), []],
    ['Médico Assistente', (c) => moDoc(c), []],
    ['Profissão', (c) => row([['Professor', 'Professora'], ['Engenheiro Civil', 'Engenheira Civil'], ['Estudante', 'Estudante'], ['Reformado', 'Reformada'], ['Enfermeiro', 'Enfermeira'], ['', ''], ['Advogado', 'Advogada']], n(c))[PT(c).female ? 1 : 0], []],
    ['Data de Registo', (c) => dmy(pt(c.created), '-'), [], opt],
    ['Última Consulta', (c) => dmy(pt(later(c)), '-'), []],
    ['Consentimento RGPD', (c) => (n(c) % 8 === 0 ? 'Não' : 'Sim'), []],
    ['Autoriza SMS', (c) => (n(c) % 6 === 0 ? 'Não' : 'Sim'), [], opt],
    ['Observações', (c, o, r) => pick(r, ['', '', '', 'Alergia à penicilina', 'Hipertenso', 'Acompanhar sinal no dorso', 'Prefere horário pós-laboral']), []],
  ] },
  // ---------------------------------------------------------------- Brazil: prospect companies with decision maker (B)
  { name: 'serasa-experian-lista-prospects-br', product: 'Serasa Experian (Prospecção de Clientes PJ; Minhas listas > uma lista > Exportar (Excel), one row per company with one decision maker, Brazilian Portuguese UI, a Jundiaí industrial-uniform and PPE maker prospecting manufacturers in the state of São Paulo)', family: 'b2b-leads', language: 'pt', schema: B, cols: [
    ['CNPJ', (c) => cnpj(spFirm(c)[3]), ACCT, opt],
    ['Razão Social', (c) => spFirm(c)[0], CO],
    ['Nome Fantasia', (c) => spFirm(c)[1], CO, opt],
    ['Natureza Jurídica', (c) => spFirm(c)[2], []],
    ['Data de Abertura', (c) => spFirm(c)[4], []],
    ['Situação Cadastral', () => 'ATIVA', []],
    ['CNAE Principal', (c) => spFirm(c)[5], []],
    ['Descrição CNAE', (c) => spFirm(c)[6], []],
    ['Porte', (c) => spFirm(c)[7], []],
    ['Faixa de Funcionários', (c) => spFirm(c)[8], []],
    ['Faixa de Faturamento', (c) => spFirm(c)[9], []],
    ['Logradouro', (c) => spFirm(c)[10], [W('street1')]],
    ['Número', (c) => spFirm(c)[11], [W('street1'), W('street2')], opt],
    ['Complemento', (c) => spFirm(c)[12], [W('street2')], opt],
    ['Bairro', (c) => spFirm(c)[13], [W('street2'), W('street3'), W('region')], opt],
    ['Município', (c) => spFirm(c)[14], [W('city')]],
    ['UF', () => 'SP', STATE(['workAddress'])],
    ['CEP', (c) => spFirm(c)[15], [W('postalCode')]],
    ['Telefone 1', (c) => `(${spFirm(c)[16]}) 3${100 + ((n(c) % 6) * 1371) % 900}-${1000 + ((n(c) % 6) * 2741) % 9000}`, ['workPhone.number']],
    ['Telefone 2', (c) => (n(c) % 2 ? `(${spFirm(c)[16]}) 9${pad(8100 + (n(c) * 37) % 1899, 4)}-${pad((n(c) * 53) % 10000, 4)}` : ''), ['workPhone.number', 'mobilePhone.number', 'otherPhone.number'], opt],
    ['E-mail', (c) => `contato@${spFirm(c)[17]}`, ['workEmail.address']],
    ['Site', (c) => `www.${spFirm(c)[17]}`, ['b2b.companyWebsite']],
    ['Nome do Decisor', (c) => `${BR(c).first} ${BR(c).last} ${BR(c).last2}`.toUpperCase(), ['person.name.fullName']],
    ['Cargo do Decisor', (c) => spRole(c), ['extendedWorkDetails.jobTitle']],
    ['Serasa Score Empresas', (c) => String(380 + ((n(c) % 6) * 113) % 600), []],
    ['Risco de Crédito', (c) => row(['Baixo', 'Baixo', 'Médio', 'Baixo', 'Médio', 'Baixíssimo'], n(c) % 6), []],
  ] },
  // ---------------------------------------------------------------- Portugal: business-information company list (B)
  { name: 'ignios-listagem-empresas-pt', product: 'Ignios (plataforma de informação empresarial da Informa D&B; Pesquisa de empresas > Listagem > Exportar Excel, one row per company with its main manager, European Portuguese UI, a Braga food-packaging maker prospecting food and drink producers)', family: 'b2b-leads', language: 'pt', schema: B, cols: [
    ['NIF', (c) => nifPt(ptFirm(c)[2]), ACCT, opt],
    ['DUNS', (c) => ptFirm(c)[3], ACCT, opt],
    ['Nome', (c) => ptFirm(c)[0], CO],
    ['Forma Jurídica', (c) => ptFirm(c)[1], []],
    ['Morada', (c) => ptFirm(c)[4], [W('street1')]],
    ['Código Postal', (c) => ptFirm(c)[5], [W('postalCode')]],
    ['Localidade', (c) => ptFirm(c)[6], [W('city')]],
    ['Concelho', (c) => ptFirm(c)[7], [W('city'), W('region')], opt],
    ['Distrito', (c) => ptFirm(c)[8], [...STATE(['workAddress']), W('region')], opt],
    ['Telefone', (c) => `${ptFirm(c)[9]}${pad((n(c) % 6) * 104723 % 10 ** (9 - ptFirm(c)[9].length), 9 - ptFirm(c)[9].length)}`.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3'), ['workPhone.number']],
    ['Email', (c) => `geral@${ptFirm(c)[10]}`, ['workEmail.address']],
    ['Website', (c) => `www.${ptFirm(c)[10]}`, ['b2b.companyWebsite']],
    ['CAE Principal', (c) => ptFirm(c)[11], []],
    ['Atividade', (c) => ptFirm(c)[12], []],
    ['Data de Constituição', (c) => ptFirm(c)[13], []],
    ['Capital Social (€)', (c) => ptFirm(c)[14], []],
    ['Volume de Negócios (€)', (c) => ptFirm(c)[15], []],
    ['Nº de Empregados', (c) => ptFirm(c)[16], []],
    ['Ano', (c) => String(2022 + (n(c) % 2)), []],
    ['Indicador de Risco', (c) => row(['2 - Risco baixo', '3 - Risco médio', '1 - Risco mínimo', '2 - Risco baixo', '3 - Risco médio', '2 - Risco baixo'], n(c) % 6), []],
    ['Exportadora', (c) => ((n(c) % 6) % 3 === 0 ? 'Sim' : 'Não'), []],
    ['Gestor Principal', (c) => `${PT(c).first} ${PT(c).last2} ${PT(c).last}`, ['person.name.fullName']],
    ['Cargo', (c) => ptRole(c), ['extendedWorkDetails.jobTitle']],
  ] },
]
