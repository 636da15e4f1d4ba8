// Round 61, heldout142: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). Spanish and Portuguese exports in the product's UI language: a Spanish
// restaurant order-hub's order history (Sinqro), a Mexican mPOS and payment-link service's transactions (Sr. Pago), an
// Argentine retailer marketplace's seller order lines (Frávega Marketplace), a Colombian ERP's customer list (Siesa),
// a Chilean recurring-payments service's subscription charges (Reveniu), a Peruvian top-companies directory's
// executives (Perú Top Online), a Brazilian used-book marketplace's seller order lines (Estante Virtual), a Brazilian
// car-dealer CRM's customers (Syonet), a Brazilian e-mail marketing tool's contacts (Virtual Target), a Brazilian
// supermarket CRM-and-loyalty platform's club members (Datasales), a Portuguese payment platform's transactions
// (Paybyrd) and a Portuguese ERP's customer list (Artsoft) (es 6, pt 6; E 6, P 3, B 3).
// Headers are written from the writer's knowledge of each product; nothing was copied from a real export.
import { E, P, B, v, HOME, PL, OR, SHIP, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT as ACC } from './sets.mjs'
import { pad, shift, row, dmy, ymd, hms, hm, local, dec, thou, group, hash, slug } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
// local clocks: Spain and Portugal keep summer time; Mexico (no DST since 2022), Colombia, Peru, Argentina and Brazil
// do not; Chile is -3 in its summer and -4 in its winter (southern)
const esT = (ms) => local(ms, 1)
const ptT = (ms) => local(ms, 0)
const mxT = (ms) => shift(ms, -6)
const coT = (ms) => shift(ms, -5)
const arT = (ms) => shift(ms, -3)
const brT = (ms) => shift(ms, -3)
const clT = (ms) => shift(ms, [4, 5, 6, 7, 8, 9].includes(new Date(ms).getUTCMonth() + 1) ? -4 : -3)
// the same instant moved into opening hours (lo .. lo+span-1 local) of a zone off hours from UTC
const open = (ms, off, lo = 10, span = 11) => { const H = shift(ms, off).H; return ms + ((lo + (H % span)) - H) * 3600000 }
const later = (c) => c.created + ((n(c) % 400) + 5) * day + (n(c) % 70000) * 1000
const dmyhm = (p, s = '/') => `${dmy(p, s)} ${hm(p)}`
const dmyhms = (p, s = '/') => `${dmy(p, s)} ${hms(p)}`
const r2 = (x) => Math.round(x * 100) / 100
const eur = (x) => dec(x, ',')
const brl = (x) => dec(x, ',')
const ars = (x) => thou(x, '.', ',')
const cop = (x) => group(x, '.')

// ---------------------------------------------------------------- check digits for local ids
const digs = (s) => String(s).replace(/\D/g, '').split('').map(Number)
const cpfDv = (ds) => { const f = (arr, w) => { const s = arr.reduce((a, d, i) => a + d * (w - i), 0) % 11; return s < 2 ? 0 : 11 - s }; const a = f(ds, 10); return [a, f([...ds, a], 11)] }
const cpf = (n9) => { const ds = digs(pad(n9 % 1000000000, 9)); const [a, b] = cpfDv(ds); const s = ds.join('') + a + b; return `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}` }
const cnpjDv = (ds, w) => { const s = ds.reduce((a, d, i) => a + d * w[i], 0) % 11; return s < 2 ? 0 : 11 - s }
const cnpj = (n8) => { const ds = [...digs(pad(n8 % 100000000, 8)), 0, 0, 0, 1]; const a = cnpjDv(ds, [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]); const b = cnpjDv([...ds, a], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]); const s = ds.join('') + a + b; return `${s.slice(0, 2)}.${s.slice(2, 5)}.${s.slice(5, 8)}/${s.slice(8, 12)}-${s.slice(12)}` }
const nifPt = (n8) => { const ds = digs(pad(n8, 8)); const s = ds.reduce((a, d, i) => a + d * (9 - i), 0) % 11; return ds.join('') + (s < 2 ? 0 : 11 - s) }
const rutDv = (num) => { let s = 0, m = 2; for (const d of digs(num).reverse()) { s += d * m; m = m === 7 ? 2 : m + 1 } const r = 11 - (s % 11); return r === 11 ? '0' : r === 10 ? 'K' : String(r) }
const rut = (num) => `${group(num, '.')}-${rutDv(num)}`
const nitDv = (nit) => { const w = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71]; const s = digs(nit).reverse().reduce((a, d, i) => a + d * w[i], 0) % 11; return s > 1 ? 11 - s : s }
const rucPe = (ten) => { const s = digs(ten).reduce((a, d, i) => a + d * [5, 4, 3, 2, 7, 6, 5, 4, 3, 2][i], 0) % 11; const r = 11 - s; return `${ten}${r === 10 ? 0 : r === 11 ? 1 : r}` }

// ---------------------------------------------------------------- local people, seeded by the row's person
const memo = new Map()
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}:${c.first}:${c.last}:${salt}`) ^ 0x2545f491); r(); r(); return r }
const NAMES = {
  es: { m: ['Alejandro', 'Javier', 'Sergio', 'Raúl', 'Adrián', 'Iván', 'Marcos', 'Vicent'], f: ['Laura', 'Marta', 'Elena', 'Nerea', 'Paula', 'Irene', 'Cristina', 'Amparo'], l: ['García', 'Navarro', 'Ruiz', 'Ortega', 'Serrano', 'Molina', 'Castro', 'Iglesias', 'Vidal', 'Ferrer', 'Soler', 'Martí'], mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'yahoo.es', 'outlook.es'] },
  mx: { m: ['José Luis', 'Juan Carlos', 'Miguel Ángel', 'Luis', 'Fernando', 'Ricardo', 'Emiliano'], f: ['Guadalupe', 'Fernanda', 'Ximena', 'Mariana', 'Daniela', 'Alejandra', 'Regina'], l: ['Hernández', 'Ramírez', 'Flores', 'Torres', 'Cruz', 'Morales', 'Reyes', 'Gutiérrez', 'Mendoza', 'Aguilar', 'Ortiz', 'Castillo'], mail: ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.mx', 'gmail.com'] },
  ar: { m: ['Santiago', 'Facundo', 'Matías', 'Nicolás', 'Gonzalo', 'Federico', 'Lautaro'], f: ['Agustina', 'Camila', 'Florencia', 'Micaela', 'Rocío', 'Lucía', 'Milagros'], l: ['González', 'Rodríguez', 'Fernández', 'López', 'Gómez', 'Díaz', 'Romero', 'Sosa', 'Álvarez', 'Benítez', 'Acosta'], mail: ['gmail.com', 'hotmail.com', 'yahoo.com.ar', 'gmail.com'] },
  co: { m: ['Andrés Felipe', 'Juan David', 'Carlos Andrés', 'Jorge Iván', 'Sebastián', 'Mauricio'], f: ['Luisa Fernanda', 'Paola Andrea', 'Diana Marcela', 'Natalia', 'Catalina', 'Lina María'], l: ['Restrepo', 'Gómez', 'Zapata', 'Giraldo', 'Ospina', 'Arango', 'Londoño', 'Cardona', 'Valencia', 'Múnera', 'Rendón'], mail: ['gmail.com', 'hotmail.com'] },
  cl: { m: ['Benjamín', 'Vicente', 'Matías', 'Cristóbal', 'Joaquín', 'Felipe', 'Tomás'], f: ['Catalina', 'Javiera', 'Constanza', 'Francisca', 'Valentina', 'Fernanda', 'Antonia'], l: ['Muñoz', 'Rojas', 'Díaz', 'Soto', 'Contreras', 'Silva', 'Martínez', 'Sepúlveda', 'Morales', 'Araya', 'Fuentes'], mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'uc.cl'] },
  pe: { m: ['Jorge', 'Luis Alberto', 'César', 'Ricardo', 'Manuel', 'Óscar', 'Gustavo'], f: ['Rosa María', 'Patricia', 'Carmen', 'Milagros', 'Giovanna', 'Claudia'], l: ['Rodríguez', 'Vargas', 'Salazar', 'Chávez', 'Ramos', 'Castillo', 'Paredes', 'Zevallos', 'Delgado', 'Benavides', 'Mendoza', 'Huamán'], mail: ['gmail.com'] },
  br: { m: ['Rafael', 'Bruno', 'Felipe', 'Gustavo', 'Leonardo', 'Thiago', 'Diego', 'Marcelo'], f: ['Fernanda', 'Amanda', 'Letícia', 'Bruna', 'Patrícia', 'Aline', 'Juliana', 'Vanessa'], l: ['Silva', 'Souza', 'Oliveira', 'Almeida', 'Barbosa', 'Carvalho', 'Ribeiro', 'Araújo', 'Cardoso', 'Martins', 'Rocha', 'Nascimento'], mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'yahoo.com.br', 'outlook.com', 'uol.com.br', 'bol.com.br'] },
  pt: { m: ['João', 'Rui', 'Nuno', 'Tiago', 'Paulo', 'Ricardo', 'Miguel', 'Hugo'], f: ['Ana', 'Sofia', 'Inês', 'Catarina', 'Marta', 'Joana', 'Patrícia', 'Rita'], l: ['Silva', 'Ferreira', 'Pereira', 'Costa', 'Martins', 'Sousa', 'Rodrigues', 'Lopes', 'Marques', 'Gonçalves', 'Carvalho', 'Fonseca'], mail: ['gmail.com', 'sapo.pt', 'hotmail.com', 'outlook.pt', 'gmail.com'] },
}
const mk = (c, cc, salt) => {
  const r = seeded(c, `${cc}:${salt}`), N = NAMES[cc]
  const female = r() < 0.5
  const first = v.pick(r, female ? N.f : N.m), l1 = v.pick(r, N.l), l2 = v.pick(r, N.l.filter((x) => x !== l1))
  const twoSurnames = ['es', 'mx', 'co', 'cl', 'pe'].includes(cc) || (cc === 'br' && r() < 0.4) || (cc === 'pt' && r() < 0.6)
  const last = twoSurnames ? `${l1} ${l2}` : l1
  const f1 = slug(first.split(' ')[0]), s1 = slug(l1)
  const email = `${v.pick(r, [`${f1}.${s1}`, `${f1}${s1}`, `${f1[0]}${s1}`, `${f1}_${s1}`])}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, N.mail)}`
  const mob = {
    es: () => `6${v.int(r, 10, 99)} ${v.int(r, 10, 99)} ${v.int(r, 10, 99)} ${v.int(r, 10, 99)}`,
    mx: () => `33 ${v.int(r, 1000, 3999)} ${pad(v.int(r, 0, 9999), 4)}`,
    ar: () => `+54 9 ${v.pick(r, ['341', '11', '351', '342'])} ${v.int(r, 400, 699)}-${pad(v.int(r, 0, 9999), 4)}`,
    co: () => `3${v.pick(r, ['00', '01', '04', '10', '12', '15', '17', '20', '22'])} ${v.int(r, 200, 899)} ${pad(v.int(r, 0, 9999), 4)}`,
    cl: () => `+56 9 ${v.int(r, 5000, 9999)} ${pad(v.int(r, 0, 9999), 4)}`,
    pe: () => `9${v.int(r, 10, 99)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`,
    br: () => `(${v.pick(r, ['19', '11', '31', '41', '81', '21'])}) 9${v.int(r, 6000, 9999)}-${pad(v.int(r, 0, 9999), 4)}`,
    pt: () => `9${v.pick(r, ['1', '2', '3', '6'])}${v.int(r, 0, 9)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`,
  }[cc]()
  return { female, first, last, l1, l2, full: `${first} ${last}`, email, mobile: mob, f1, s1, r1: r(), r2: r(), n6: v.int(r, 100000, 999999), n9: v.int(r, 100000000, 999999999) }
}
const who = (c, cc, salt = '') => { const k = `${cc}:${salt}:${c.id}:${c.first}:${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc, salt)); return memo.get(k) }
const ES = (c) => who(c, 'es')
const MX = (c) => who(c, 'mx')
const AR = (c) => who(c, 'ar')
const COp = (c) => who(c, 'co')
const CL = (c) => who(c, 'cl')
const PE = (c) => who(c, 'pe')
const BR = (c) => who(c, 'br')
const PT = (c) => who(c, 'pt')

// ---------------------------------------------------------------- 1. Sinqro orders (es-ES, E)
// a Valencia smash-burger brand with two kitchens: [producto, precio]
const SQ_ITEMS = [['Smash Doble', 11.9], ['Smash Clásica', 9.5], ['Chicken Crispy', 10.5], ['Patatas trufadas', 4.9], ['Nuggets (8 uds.)', 6.5], ['Menú Smash + patatas + bebida', 15.9], ['Cookie dough', 4.5], ['Coca-Cola 33 cl', 2.5]]
const SQ_CH = ['Glovo', 'Uber Eats', 'Just Eat', 'Web propia', 'Glovo', 'QR mesa', 'Uber Eats', 'Kiosko', 'Web propia', 'Just Eat']
const sqCh = (o) => row(SQ_CH, n(o) % 10)
const sqMkt = (o) => ['Glovo', 'Uber Eats', 'Just Eat'].includes(sqCh(o))
const sqType = (o) => (['QR mesa', 'Kiosko'].includes(sqCh(o)) ? 'En local' : n(o) % 5 === 0 ? 'Recogida' : 'Delivery')
const sqLines = (o) => Array.from({ length: 1 + (n(o) % 3) }, (_, k) => [row(SQ_ITEMS, n(o) + k * 3), k === 0 ? o.qty : 1])
const sqSub = (o) => r2(sqLines(o).reduce((a, [it, q]) => a + it[1] * q, 0))
const sqDisc = (o) => (o.discount ? r2(sqSub(o) * 0.2) : 0)
const sqShip = (o) => (sqType(o) !== 'Delivery' ? 0 : sqCh(o) === 'Web propia' ? 1.99 : sqCh(o) === 'Just Eat' ? 2.49 : 0)
const sqTip = (o) => (sqType(o) === 'Delivery' && n(o) % 4 === 1 ? 1.5 : 0)
const sqTotal = (o) => r2(sqSub(o) - sqDisc(o) + sqShip(o) + sqTip(o))
const sqSt = (o) => row(['Entregado', 'Entregado', 'Entregado', 'Cancelado', 'Entregado', 'Entregado', 'Rechazado', 'Entregado'], n(o) % 8)
const sqAt = (o) => open(o.at, 1, 12, 11)
const sqAddr = (o) => sqType(o) === 'Delivery' && ['Web propia', 'Just Eat'].includes(sqCh(o))
const VLC = [['Carrer de Sueca, 42, 3º 8ª', '46006'], ['Av. del Port, 118, 5º', '46023'], ['Carrer de Cuba, 27, bajo', '46006'], ['Av. de Blasco Ibáñez, 64, 7º 14ª', '46021'], ['Carrer de Benimaclet, 19, 2º', '46020'], ['Carrer del Doctor Serrano, 9, 4º 7ª', '46006'], ['Gran Via de Ferran el Catòlic, 33, 1º', '46008']]
const vlc = (c) => row(VLC, n(c) % 7)
// ---------------------------------------------------------------- 2. Sr. Pago transactions (es-MX, E)
// a Guadalajara specialty-coffee roaster: [concepto, precio]
const SP_ITEMS = [['Americano', 45], ['Latte', 65], ['Café Chiapas tueste medio 250 g', 185], ['Café Veracruz Coatepec 1 kg', 620], ['Cold brew 355 ml', 70], ['Taller de barismo (sábado)', 1200], ['Método V60 + filtros', 480]]
const spCh = (o) => row(['Terminal', 'Terminal', 'Link de pago', 'Terminal', 'Tienda en línea', 'Terminal', 'Link de pago'], n(o) % 7)
const spItem = (o) => (spCh(o) === 'Terminal' ? row(SP_ITEMS, n(o) % 3 === 2 ? 2 : n(o) % 2) : row(SP_ITEMS, 2 + (n(o) % 5)))
const spAmt = (o) => spItem(o)[1] * o.qty
const spTip = (o) => (spCh(o) === 'Terminal' && n(o) % 3 === 0 ? Math.round(spAmt(o) * 0.1) : 0)
const spKind = (o) => (n(o) % 11 === 0 ? 'Devolución' : 'Venta')
const spSt = (o) => (n(o) % 9 === 4 ? 'Declinada' : n(o) % 13 === 7 ? 'Cancelada' : 'Aprobada')
const spBrand = (o) => row(['Visa', 'Mastercard', 'Visa', 'Carnet', 'American Express', 'Mastercard'], n(o) % 6)
const spCredit = (o) => spBrand(o) === 'American Express' || n(o) % 5 < 2
const spFee = (o) => (spSt(o) === 'Aprobada' ? r2((spAmt(o) + spTip(o)) * (spBrand(o) === 'American Express' ? 0.045 : 0.036)) : 0)
const spAt = (o) => open(o.at, -6, 8, 12)
// ---------------------------------------------------------------- 3. Frávega Marketplace order lines (es-AR, E)
// a Rosario small-appliance and mate seller: [SKU seller, SKU Frávega, producto, categoría, precio]
const FV_ITEMS = [['PAV-ATM-17', '100458213', 'Pava eléctrica Atma 1,7 L acero inoxidable', 'Pequeños electrodomésticos > Pavas eléctricas', 45999], ['MAT-CAL-CUE', '100462907', 'Mate de calabaza forrado en cuero con bombilla', 'Hogar > Matería', 12500], ['TER-1L-VDE', '100471350', 'Termo de acero 1 L pico cebador verde', 'Hogar > Matería', 38999], ['CAF-PHI-15', '100455018', 'Cafetera de filtro Philco 1,5 L', 'Pequeños electrodomésticos > Cafeteras', 54999], ['LIC-LIL-600', '100449772', 'Licuadora Liliana 600 W vaso de vidrio', 'Pequeños electrodomésticos > Licuadoras', 62999], ['TOS-PEA-2R', '100466125', 'Tostadora Peabody 2 rebanadas', 'Pequeños electrodomésticos > Tostadoras', 33999]]
const fvItem = (o, i) => row(FV_ITEMS, i + n(o))
const fvLine = (o, i) => fvItem(o, i)[4] * o.qty
const fvPickup = (o) => n(o) % 5 === 3
const fvShip = (o, i) => (fvPickup(o) || fvLine(o, i) >= 60000 ? 0 : 5499)
const fvSt = (o) => row(fvPickup(o) ? ['Entregada', 'Lista para retirar', 'Pendiente de despacho', 'Entregada', 'Cancelada', 'Entregada', 'Lista para retirar'] : ['Entregada', 'Despachada', 'Pendiente de despacho', 'Entregada', 'Cancelada', 'Entregada', 'Despachada'], n(o) % 7)
const fvSent = (o) => ['Entregada', 'Despachada', 'Lista para retirar'].includes(fvSt(o))
const fvAt = (o) => open(o.at, -3, 8, 15)
const fvCuit = (o) => n(o) % 7 === 0
const AR_PLACES = [['Bv. Oroño 1245, piso 3 dto. B', 'Rosario', 'Santa Fe', 'S2000'], ['Av. Colón 2380', 'Córdoba', 'Córdoba', 'X5003'], ['Calle 7 N° 1120', 'La Plata', 'Buenos Aires', 'B1900'], ['Av. Cabildo 3410, 5° A', 'Ciudad Autónoma de Buenos Aires', 'Ciudad Autónoma de Buenos Aires', 'C1429'], ['San Martín 845', 'Mendoza', 'Mendoza', 'M5500'], ['Av. Pellegrini 1590', 'Rosario', 'Santa Fe', 'S2000'], ['Belgrano 520', 'San Miguel de Tucumán', 'Tucumán', 'T4000'], ['Av. Argentina 380', 'Neuquén', 'Neuquén', 'Q8300']]
const arPl = (c) => row(AR_PLACES, n(c) % 8)
// ---------------------------------------------------------------- 4. Siesa customers (es-CO, B)
// a Medellín packaging manufacturer's customers: [razón social, nombre comercial, NIT, dirección, ciudad, departamento, indicativo, CIIU, dominio]
const SI_FIRMS = [['Alimentos del Valle S.A.S.', 'Alival', '900345671', 'Calle 15 # 32-50 Acopi', 'Yumbo', 'Valle del Cauca', '602', '1089', 'alival.com.co'], ['Lácteos La Pradera S.A.', 'La Pradera', '890912348', 'Km 2 Vía Rionegro - La Ceja', 'Rionegro', 'Antioquia', '604', '1040', 'lacteoslapradera.com'], ['Distribuidora Farmacéutica del Caribe S.A.S.', 'Disfarcaribe', '901234560', 'Calle 30 # 1-45 Zona Industrial', 'Barranquilla', 'Atlántico', '605', '4645', 'disfarcaribe.co'], ['Cosméticos Orquídea S.A.S.', 'Orquídea', '900876543', 'Cra 50 # 79 Sur-101 Bodega 4', 'Itagüí', 'Antioquia', '604', '2023', 'orquideacosmeticos.com'], ['Agroindustrias Santander S.A.', 'Agrosan', '890205437', 'Km 7 Vía Girón', 'Girón', 'Santander', '607', '1081', 'agrosan.com.co'], ['Químicos Andinos Ltda.', 'Quimandinos', '830045672', 'Av. Cra 68 # 13-40', 'Bogotá, D.C.', 'Bogotá, D.C.', '601', '2029', 'quimandinos.com'], ['Cafés Especiales de la Sierra S.A.S.', 'Café Sierra', '901456781', 'Cra 4 # 22-61 Bodega 2', 'Santa Marta', 'Magdalena', '605', '1061', 'cafesierra.co']]
const siFirm = (c) => row(SI_FIRMS, n(c) % 7)
const SI_ROLE = ['Jefe de compras', 'Coordinadora de abastecimiento', 'Gerente de planta', 'Analista de compras', 'Directora de logística', 'Asistente de compras', 'Gerente administrativo']
const siBranch = (c) => ((n(c) >> 3) % 3 === 2 ? '002 - Planta' : '001 - Principal')
// ---------------------------------------------------------------- 5. Reveniu charges (es-CL, E)
// a Santiago meal-kit subscription: [plan, id plan, monto CLP, frecuencia]
const RV_PLANS = [['Plan 3 cenas x 2 personas', 'PL-3X2', 34990, 'Semanal'], ['Plan 4 cenas x 2 personas', 'PL-4X2', 42990, 'Semanal'], ['Plan familiar 3 cenas x 4 personas', 'PL-3X4', 59990, 'Semanal'], ['Plan veggie 3 cenas x 2 personas', 'PL-V3X2', 32990, 'Semanal'], ['Plan mensual 12 cenas x 2 personas', 'PL-M12', 129990, 'Mensual']]
const rvPlan = (c) => row(RV_PLANS, n(c) % 5)
const rvFirst = (o) => n(o) % 6 === 0
const rvDisc = (o) => (rvFirst(o) ? 10000 : 0)
const rvAmt = (c, o) => rvPlan(c)[2] - rvDisc(o)
const rvSt = (o) => row(['Pagado', 'Pagado', 'Rechazado', 'Pagado', 'Reembolsado', 'Pagado', 'Pagado'], n(o) % 7)
const rvAt = (o) => open(o.at, -4, 6, 3)
const CL_PLACES = [['Av. Irarrázaval 2401, depto 504', 'Ñuñoa', 'Región Metropolitana'], ['Los Leones 1180, depto 82', 'Providencia', 'Región Metropolitana'], ['Av. Apoquindo 4500, depto 1203', 'Las Condes', 'Región Metropolitana'], ['Pedro de Valdivia 3210', 'Ñuñoa', 'Región Metropolitana'], ['Av. Larraín 6200, casa 14', 'La Reina', 'Región Metropolitana'], ['Av. Vitacura 7100, depto 31', 'Vitacura', 'Región Metropolitana'], ['5 Norte 455, depto 906', 'Viña del Mar', 'Región de Valparaíso'], ['Av. Grecia 1850, block 4 depto 22', 'Peñalolén', 'Región Metropolitana']]
const clPl = (c) => row(CL_PLACES, n(c) % 8)
// ---------------------------------------------------------------- 6. Perú Top Online executives (es-PE, B)
// [razón social, nombre comercial, RUC (10 digits), ranking, sector, CIIU, ventas US$ MM, trabajadores, dirección, distrito, departamento, teléfono, dominio, fundación]
const PT_FIRMS = [['Minera Cordillera Blanca S.A.A.', 'Cordillera Blanca', '2010023456', 42, 'Minería metálica', '0729', '845,2', 2300, 'Av. Javier Prado Este 5250, piso 8', 'La Molina', 'Lima', '(01) 618-4000', 'cordillerablanca.com.pe', 1962], ['Pesquera Mar de Grau S.A.C.', 'Mar de Grau', '2051234567', 310, 'Pesca y harina de pescado', '1020', '212,7', 980, 'Calle Las Begonias 441, of. 301', 'San Isidro', 'Lima', '(01) 441-7700', 'mardegrau.pe', 1994], ['Agroexportadora Valle de Ica S.A.', 'AgroIca', '2045239876', 455, 'Agroindustria', '0122', '148,3', 3400, 'Panamericana Sur Km 299', 'Santiago', 'Ica', '(056) 25-6100', 'agroica.com.pe', 2001], ['Plásticos Industriales Andinos S.A.C.', 'PIASA', '2010098765', 1210, 'Plásticos', '2220', '54,8', 420, 'Av. Los Frutales 560', 'Ate', 'Lima', '(01) 348-2200', 'piasa.com.pe', 1978], ['Distribuidora Norte Pacasmayo S.A.', 'Dinorpa', '2048123456', 790, 'Comercio al por mayor', '4663', '88,1', 610, 'Av. América Norte 1720', 'Trujillo', 'La Libertad', '(044) 48-3300', 'dinorpa.com.pe', 1989], ['Textil San Cristóbal S.A.A.', 'San Cristóbal', '2010007654', 650, 'Textil y confecciones', '1312', '104,6', 1500, 'Av. Nicolás Arriola 740', 'La Victoria', 'Lima', '(01) 613-5000', 'textilsancristobal.com.pe', 1955]]
const ptFirm = (c) => row(PT_FIRMS, n(c) % 6)
const PT_ROLE = [['Gerente General', 'Gerencia General'], ['Gerente de Administración y Finanzas', 'Finanzas'], ['Jefe de Seguros y Riesgos', 'Finanzas'], ['Gerente de Recursos Humanos', 'Recursos Humanos'], ['Gerente de Operaciones', 'Operaciones'], ['Jefe de Logística', 'Logística'], ['Gerente Legal', 'Legal']]
const ptRole = (c) => row(PT_ROLE, (n(c) >> 2) % 7)
const ptTitle = (c) => (n(c) % 5 === 1 ? 'Ing.' : n(c) % 5 === 3 ? 'CPC' : n(c) % 7 === 4 ? 'Dr.' : PE(c).female ? 'Sra.' : 'Sr.')
// ---------------------------------------------------------------- 7. Estante Virtual order lines (pt-BR, E)
// a Belo Horizonte sebo: [código, ISBN, título, autor, editora, ano, estado, preço]
const EV_BOOKS = [['A0123', '9788535911664', 'Dom Casmurro', 'Machado de Assis', 'Companhia das Letras', '2016', 'Usado', 24.9], ['A0456', '9788520925829', 'Grande Sertão: Veredas', 'João Guimarães Rosa', 'Nova Fronteira', '2006', 'Usado', 62], ['B1190', '9788501061898', 'Vidas Secas', 'Graciliano Ramos', 'Record', '2003', 'Usado', 18.5], ['B2044', '9788571644618', 'O Mundo de Sofia', 'Jostein Gaarder', 'Companhia das Letras', '1995', 'Usado', 29.9], ['C0078', '', 'Memórias de um Sargento de Milícias', 'Manuel Antônio de Almeida', 'Ática', '1988', 'Usado', 12], ['C0331', '9788532508126', 'A Hora da Estrela', 'Clarice Lispector', 'Rocco', '1998', 'Usado', 21], ['N0009', '9786580309313', 'Torto Arado', 'Itamar Vieira Junior', 'Todavia', '2019', 'Novo', 54.9]]
const evBook = (o, i) => row(EV_BOOKS, i + n(o))
const evQty = (o) => (o.qty > 2 ? 2 : 1)
const evWay = (o) => row(['Correios - PAC', 'Correios - Impresso Módico', 'Correios - PAC', 'Correios - SEDEX', 'Correios - Impresso Módico'], n(o) % 5)
const evFrete = (o) => ({ 'Correios - PAC': 19.9, 'Correios - SEDEX': 34.6, 'Correios - Impresso Módico': 9.8 })[evWay(o)]
const evSt = (o) => row(['Entregue', 'Enviado', 'Aguardando envio', 'Entregue', 'Aguardando pagamento', 'Entregue', 'Cancelado'], n(o) % 7)
const evSent = (o) => ['Entregue', 'Enviado'].includes(evSt(o))
const evSub = (o, i) => r2(evBook(o, i)[7] * evQty(o))
const evAt = (o) => open(o.at, -3, 7, 16)
const BR_ADDR = [['Rua Padre Eustáquio, 1520', 'apto 302', 'Padre Eustáquio', 'Belo Horizonte', 'MG', '30720-100'], ['Rua Teodoro Sampaio, 744', '', 'Pinheiros', 'São Paulo', 'SP', '05406-000'], ['Av. Sete de Setembro, 3165', 'bloco B apto 81', 'Rebouças', 'Curitiba', 'PR', '80230-010'], ['Rua Voluntários da Pátria, 412', 'casa 2', 'Botafogo', 'Rio de Janeiro', 'RJ', '22270-010'], ['Rua da Aurora, 295', 'sala 1104', 'Boa Vista', 'Recife', 'PE', '50050-000'], ['Av. Ipiranga, 6681', '', 'Partenon', 'Porto Alegre', 'RS', '90619-900'], ['Rua 24 de Outubro, 130', 'apto 1203', 'Setor Campinas', 'Goiânia', 'GO', '74505-010'], ['SQN 210 Bloco C', 'apto 405', 'Asa Norte', 'Brasília', 'DF', '70862-030']]
const brAddr = (c) => row(BR_ADDR, n(c) % 8)
// ---------------------------------------------------------------- 8. Syonet customers (pt-BR, P)
// a Campinas Toyota-and-Honda dealer group: [logradouro, número, complemento, bairro, cidade, UF, CEP]
const SY_ADDR = [['Rua Barão de Jaguara', '1140', 'apto 54', 'Centro', 'Campinas', 'SP', '13015-002'], ['Av. Albino José Barbosa de Oliveira', '1550', 'casa 12', 'Barão Geraldo', 'Campinas', 'SP', '13084-008'], ['Rua Dom Pedro I', '455', '', 'Vila Rehder', 'Americana', 'SP', '13466-000'], ['Rua Sete de Setembro', '222', '', 'Centro', 'Valinhos', 'SP', '13270-020'], ['Av. Rebouças', '3300', 'bloco 4 apto 21', 'Jardim Santa Rosa', 'Sumaré', 'SP', '13170-023'], ['Rua Quinze de Novembro', '900', '', 'Centro', 'Indaiatuba', 'SP', '13330-040'], ['Av. Norte-Sul', '1200', 'apto 104', 'Cambuí', 'Campinas', 'SP', '13025-320']]
const syAddr = (c) => row(SY_ADDR, n(c) % 7)
const SY_CARS = [['Toyota Corolla Cross XRE 2.0 Flex', 2023, '9BR', 'Toyota Barão Geraldo'], ['Honda HR-V EXL 1.5 Turbo', 2024, '93H', 'Honda Norte-Sul'], ['Toyota Hilux SRV 2.8 4x4 Diesel', 2022, '8AJ', 'Toyota Americana'], ['Honda Civic Touring 1.5 Turbo', 2021, '93H', 'Honda Norte-Sul'], ['Toyota Yaris XS Sedan 1.5', 2022, '9BR', 'Toyota Barão Geraldo'], ['Honda City Hatch EXL 1.5', 2023, '93H', 'Honda Indaiatuba'], ['Toyota SW4 Diamond 2.8 Diesel', 2024, '8AJ', 'Toyota Americana']]
const syCar = (c) => row(SY_CARS, (n(c) >> 1) % 7)
const syPJ = (c) => n(c) % 7 === 3
const SY_PJ = ['Agropecuária Boa Vista Ltda', 'Transportes Rodoviários Jaguari Ltda', 'Clínica Odontológica Sorriso Campinas Ltda', 'Construtora Alvorada Sumaré Ltda']
const plate = (c) => { const r = seeded(c, 'placa'); const L = () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[v.int(r, 0, 25)]; return `${v.pick(r, ['F', 'G', 'E', 'R', 'S'])}${L()}${L()}${v.int(r, 0, 9)}${L()}${v.int(r, 10, 99)}` }
// ---------------------------------------------------------------- 9. Virtual Target contacts (pt-BR, P)
// a Curitiba language school: [cidade, UF, CEP]
const VT_PLACES = [['Curitiba', 'PR', '80240-210'], ['Curitiba', 'PR', '81070-000'], ['São José dos Pinhais', 'PR', '83005-000'], ['Curitiba', 'PR', '80420-090'], ['Colombo', 'PR', '83402-000'], ['Pinhais', 'PR', '83320-010'], ['Ponta Grossa', 'PR', '84010-000'], ['Joinville', 'SC', '89201-100']]
const vtPl = (c) => row(VT_PLACES, n(c) % 8)
const vtSt = (c) => row(['Ativo', 'Ativo', 'Ativo', 'Descadastrado', 'Ativo', 'Bounce', 'Ativo', 'Ativo', 'Inativo'], n(c) % 9)
const vtSent = (c) => 4 + (n(c) % 40)
const vtOpens = (c) => (vtSt(c) === 'Bounce' ? 0 : Math.floor(vtSent(c) * ((n(c) % 7) / 10)))
// ---------------------------------------------------------------- 10. Datasales club members (pt-BR, P)
// a Recife supermarket chain: [bairro, cidade, UF, CEP]
const DS_PLACES = [['Boa Viagem', 'Recife', 'PE', '51020-010'], ['Casa Forte', 'Recife', 'PE', '52061-420'], ['Graças', 'Recife', 'PE', '52011-000'], ['Espinheiro', 'Recife', 'PE', '52020-010'], ['Piedade', 'Jaboatão dos Guararapes', 'PE', '54410-010'], ['Bairro Novo', 'Olinda', 'PE', '53030-010'], ['Imbiribeira', 'Recife', 'PE', '51170-000']]
const dsPl = (c) => row(DS_PLACES, n(c) % 7)
const dsLife = (c) => 800 + ((n(c) * 37) % 24000)
const dsRed = (c) => Math.floor(dsLife(c) * ((n(c) % 5) / 10))
const dsBal = (c) => dsLife(c) - dsRed(c)
const dsTier = (c) => (dsLife(c) >= 18000 ? 'Diamante' : dsLife(c) >= 10000 ? 'Ouro' : dsLife(c) >= 4000 ? 'Prata' : 'Bronze')
const dsExp = (c) => (n(c) % 4 === 1 ? Math.floor(dsBal(c) / 5) : 0)
// ---------------------------------------------------------------- 11. Paybyrd transactions (pt-PT, E)
// a Porto natural-wine bar and shop: POS in the bar, online checkout in the shop
const pbOnline = (o) => n(o) % 4 === 2
const pbCh = (o) => (pbOnline(o) ? (n(o) % 8 === 6 ? 'Link de pagamento' : 'Online') : 'POS')
const pbMethod = (o) => (pbOnline(o) ? row(['Visa', 'MB WAY', 'Mastercard', 'Multibanco', 'Apple Pay'], n(o) % 5) : row(['Visa', 'Mastercard', 'Maestro', 'Apple Pay', 'Visa', 'American Express', 'Google Pay'], n(o) % 7))
const pbCard = (o) => !['MB WAY', 'Multibanco'].includes(pbMethod(o))
const pbAmt = (o) => r2(pbOnline(o) ? 24.5 * o.qty + (n(o) % 9) * 3.5 : 6.5 * o.qty + (n(o) % 11) * 2.5)
const pbTip = (o) => (!pbOnline(o) && n(o) % 3 === 0 ? 2 : 0)
const pbType = (o) => (n(o) % 12 === 5 ? 'Reembolso' : 'Pagamento')
const pbSt = (o) => (n(o) % 10 === 7 ? 'Recusada' : 'Sucesso')
const pbAt = (o) => (pbOnline(o) ? open(o.at, 1, 9, 14) : open(o.at, 1, 16, 8))
const pbFee = (o) => (pbSt(o) === 'Recusada' ? 0 : r2((pbAmt(o) + pbTip(o)) * (pbMethod(o) === 'MB WAY' ? 0.007 : pbMethod(o) === 'Multibanco' ? 0.012 : 0.0095)))
// ---------------------------------------------------------------- 12. Artsoft customers (pt-PT, B)
// a Leiria mould-making supplier's customers: [nome, abreviado, NIF, morada, morada 2, CP, localidade, distrito, país, telefone, domínio]
const AS_FIRMS = [['Plastimarinha - Injeção de Plásticos, Lda.', 'PLASTIMARINHA', nifPt(50512345), 'Zona Industrial da Marinha Grande, Lote 12', '', '2430-028', 'Marinha Grande', 'Leiria', 'Portugal', '244 570 100', 'plastimarinha.pt'], ['Autocomponentes do Vouga, S.A.', 'AUTOVOUGA', nifPt(50398765), 'Rua da Indústria, 455', 'Apartado 31', '3750-755', 'Águeda', 'Aveiro', 'Portugal', '234 600 250', 'autovouga.pt'], ['Embalagens Técnicas do Minho, Lda.', 'ETM', nifPt(50765432), 'Parque Industrial de Celeirós, 2.ª Fase, Lote 7', '', '4705-414', 'Braga', 'Braga', 'Portugal', '253 670 900', 'etminho.pt'], ['Moldes e Componentes do Oeste, Lda.', 'MCOESTE', nifPt(50987654), 'Rua dos Moldes, 88', 'Pavilhão 3', '2500-315', 'Caldas da Rainha', 'Leiria', 'Portugal', '262 840 300', 'mcoeste.pt'], ['Inyectados Técnicos Galicia, S.L.', 'INYTEGAL', 'ESB36123456', 'Polígono Industrial A Granxa, Rúa D, 14', '', '36475', 'O Porriño', 'Pontevedra', 'Espanha', '+34 986 330 210', 'inytegal.es'], ['Eletrodomésticos Lusitânia, S.A.', 'LUSITANIA', nifPt(50234567), 'Av. Dr. Francisco Sá Carneiro, 1020', '', '4470-120', 'Maia', 'Porto', 'Portugal', '229 470 800', 'lusitania-ed.pt'], ['Technoplast Médica, Lda.', 'TECHNOPLAST', nifPt(51012345), 'Rua da Cerâmica, 16', '', '2415-615', 'Leiria', 'Leiria', 'Portugal', '244 819 540', 'technoplast-medica.pt']]
const asFirm = (c) => row(AS_FIRMS, n(c) % 7)
const AS_ROLE = [['Diretor de Compras', 'Diretora de Compras'], ['Responsável de Engenharia', 'Responsável de Engenharia'], ['Gestor de Projeto', 'Gestora de Projeto'], ['Diretor Industrial', 'Diretora Industrial'], ['Comprador', 'Compradora'], ['Responsável da Qualidade', 'Responsável da Qualidade']]
const ES_CONTACT = ['Xoán Pereira Lago', 'Uxía Fernández Otero', 'Brais Costas Iglesias']

export const SETS = [
  // ---------------------------------------------------------------- Spain: restaurant order hub
  { name: 'sinqro-historial-pedidos-es', product: 'Sinqro (Sinqro Dashboard: Pedidos > Historial de pedidos > Exportar CSV, one row per online order from every channel (Glovo, Uber Eats, Just Eat, own web, table QR, kiosk), Spanish UI, a Valencia smash-burger brand with two kitchens, Europe/Madrid time, EUR)', family: 'delivery', language: 'es', schema: E, cols: [
    ['ID pedido', (c, o) => `SQ${ymd(esT(sqAt(o)), '').slice(2)}-${pad((n(o) * 7919) % 1000000, 6)}`, ['_id', OR('purchaseID')]],
    ['Canal', (c, o) => sqCh(o), [], opt],
    ['Código en canal', (c, o) => ({ Glovo: String(100000000 + (n(o) * 104729) % 900000000), 'Uber Eats': v.hex(seeded(c, `ue${o.id}`), 5).toUpperCase(), 'Just Eat': String(40000000 + (n(o) * 7919) % 9999999) })[sqCh(o)] ?? '', [OR('purchaseOrderNumber')], opt],
    ['Local', (c, o) => (n(o) % 3 === 0 ? 'Benimaclet' : 'Ruzafa'), ['commerce.commerceScope.storeCode'], opt],
    ['Tipo de pedido', (c, o) => sqType(o), ['commerce.shipping.shippingMethod'], opt],
    ['Estado', (c, o) => sqSt(o), []],
    ['Fecha', (c, o) => dmyhm(esT(sqAt(o))), ['timestamp', OR('createdDate')]],
    ['Hora aceptado', (c, o) => (sqSt(o) === 'Rechazado' ? '' : hm(esT(sqAt(o) + 60000 * (1 + n(o) % 3)))), [], opt],
    ['Hora entrega', (c, o) => (sqSt(o) === 'Entregado' ? hm(esT(sqAt(o) + 60000 * (22 + n(o) % 25))) : ''), [], opt],
    ['Cliente', (c, o) => (sqCh(o) === 'QR mesa' ? `Mesa ${1 + n(o) % 14}` : sqMkt(o) ? `${ES(c).first} ${ES(c).l1[0]}.` : ES(c).full), []],
    ['Teléfono', (c, o) => (sqCh(o) === 'Web propia' ? ES(c).mobile : sqCh(o) === 'Just Eat' ? `+34 91 ${v.int(seeded(c, 'je'), 100, 999)} ${pad(n(o) % 100)} ${pad(n(c) % 100)}` : ''), PHONE_ID, opt],
    ['Email', (c, o) => (sqCh(o) === 'Web propia' ? ES(c).email : ''), EMAIL_ID],
    ['Dirección de entrega', (c, o) => (sqAddr(o) ? vlc(c)[0] : ''), [SHIP('street1')]],
    ['Código postal', (c, o) => (sqAddr(o) ? vlc(c)[1] : ''), [SHIP('postalCode')]],
    ['Ciudad', (c, o) => (sqAddr(o) ? 'València' : ''), [SHIP('city')]],
    ['Productos', (c, o) => sqLines(o).map(([it, q]) => `${q}x ${it[0]}`).join(', '), [PL('name')], opt],
    ['Nº artículos', (c, o) => String(sqLines(o).reduce((a, [, q]) => a + q, 0)), [PL('quantity')], opt],
    ['Subtotal', (c, o) => eur(sqSub(o)), [], opt],
    ['Descuento', (c, o) => eur(sqDisc(o)), [OR('discountAmount')]],
    ['Gastos de envío', (c, o) => eur(sqShip(o)), ['commerce.shipping.shippingAmount']],
    ['Propina', (c, o) => eur(sqTip(o)), []],
    ['Total', (c, o) => eur(sqTotal(o)), [OR('priceTotal')]],
    ['IVA', (c, o) => eur(sqTotal(o) - sqTotal(o) / 1.1), [OR('taxAmount')]],
    ['Comisión canal', (c, o) => eur(({ Glovo: 0.3, 'Uber Eats': 0.3, 'Just Eat': 0.14 })[sqCh(o)] ? sqSub(o) * ({ Glovo: 0.3, 'Uber Eats': 0.3, 'Just Eat': 0.14 })[sqCh(o)] : 0), []],
    ['Método de pago', (c, o) => (sqMkt(o) ? 'Pagado en canal' : sqCh(o) === 'Web propia' ? row(['Tarjeta', 'Bizum', 'Efectivo'], n(o) % 3) : 'Tarjeta'), [OR('payments[0].paymentType')]],
    ['Repartidor', (c, o) => (sqType(o) !== 'Delivery' ? '' : sqCh(o) === 'Web propia' || sqCh(o) === 'Just Eat' ? row(['Propio - Toni', 'Propio - Dani'], n(o) % 2) : `Rider ${sqCh(o)}`), []],
    ['Ticket TPV', (c, o) => (sqSt(o) === 'Entregado' ? `T${n(o) % 3 === 0 ? 2 : 1}-${pad((n(o) * 31) % 100000, 6)}` : ''), [], opt],
    ['Notas', (c, o) => row(['', '', 'Sin pepinillos', '', 'Llamar al timbre, 3º', 'Salsa aparte', ''], n(o) % 7), []],
  ] },
  // ---------------------------------------------------------------- Mexico: mPOS and payment links
  { name: 'sr-pago-transacciones-mx', product: 'Sr. Pago (Panel web de comercio: Ventas > Transacciones > Descargar Excel, one row per card payment at the terminal, payment link or online store, Spanish (Mexico) UI, a Guadalajara specialty-coffee roaster, America/Mexico_City time, MXN)', family: 'payments', language: 'es', schema: E, cols: [
    ['Folio', (c, o) => String(40000000 + (n(o) * 104729) % 50000000), ['_id', OR('payments[0].transactionID')]],
    ['Fecha', (c, o) => dmyhms(mxT(spAt(o))), ['timestamp', OR('createdDate')]],
    ['Tipo', (c, o) => spKind(o), []],
    ['Canal', (c, o) => spCh(o), [], opt],
    ['Estatus', (c, o) => spSt(o), []],
    ['Concepto', (c, o) => (spCh(o) === 'Terminal' && n(o) % 2 ? '' : spItem(o)[0]), [PL('name')], opt],
    ['Referencia', (c, o) => (spCh(o) === 'Terminal' ? '' : `TOST-${pad(n(o) % 10000, 5)}`), [OR('purchaseID')], opt],
    ['Monto', (c, o) => dec(spAmt(o), '.'), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Propina', (c, o) => dec(spTip(o), '.'), []],
    ['Comisión', (c, o) => dec(spFee(o), '.'), []],
    ['IVA comisión', (c, o) => dec(spFee(o) * 0.16, '.'), []],
    ['Monto a depositar', (c, o) => dec(spSt(o) === 'Aprobada' ? spAmt(o) + spTip(o) - spFee(o) * 1.16 : 0, '.'), []],
    ['Moneda', () => 'MXN', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Tipo de tarjeta', (c, o) => (spCredit(o) ? 'Crédito' : 'Débito'), [OR('payments[0].paymentType')], opt],
    ['Marca', (c, o) => spBrand(o), [OR('payments[0].paymentType')], opt],
    ['Banco emisor', (c, o) => row(['BBVA México', 'Banorte', 'Santander', 'Banamex', 'HSBC', 'Nu México', 'Banco Azteca'], (n(o) >> 1) % 7), []],
    ['Terminación', (c, o) => `**** ${pad((n(o) * 37) % 10000, 4)}`, []],
    ['Tarjetahabiente', (c) => MX(c).full.toUpperCase(), []],
    ['Meses sin intereses', (c, o) => (spCredit(o) && spAmt(o) >= 1000 ? '3 MSI' : 'Contado'), []],
    ['No. de autorización', (c, o) => (spSt(o) === 'Declinada' ? '' : pad((n(o) * 7919) % 1000000, 6)), [], opt],
    ['Correo del cliente', (c, o) => (spCh(o) !== 'Terminal' || n(o) % 3 === 0 ? MX(c).email : ''), EMAIL_ID],
    ['Teléfono del cliente', (c, o) => (spCh(o) === 'Link de pago' ? MX(c).mobile : ''), PHONE_ID, opt],
    ['Terminal', (c, o) => (spCh(o) === 'Terminal' ? `SPB-${pad(2210450 + (n(o) % 3), 8)}` : ''), [], opt],
    ['Usuario', (c, o) => (spCh(o) === 'Terminal' ? row(['Caja 1', 'Barra', 'Mariana (admin)'], n(o) % 3) : 'Sistema'), []],
    ['Fecha de depósito', (c, o) => (spSt(o) === 'Aprobada' ? dmy(mxT(spAt(o) + day), '/') : ''), []],
  ] },
  // ---------------------------------------------------------------- Argentina: retailer marketplace
  { name: 'fravega-marketplace-ordenes-ar', product: 'Frávega Marketplace (Portal de Sellers: Órdenes > Exportar, one row per ordered item, Spanish (Argentina) UI, a Rosario small-appliance and mate-accessory seller, home delivery or pickup at a Frávega store, America/Argentina/Buenos_Aires time, ARS)', family: 'ecommerce-orders', language: 'es', schema: E, cols: [
    ['Nro. de orden', (c, o) => `FR-${pad((n(o) * 7919) % 10000000, 7)}`, [OR('purchaseID')]],
    ['Nro. de suborden', (c, o) => `FR-${pad((n(o) * 7919) % 10000000, 7)}-01`, ['_id', OR('purchaseOrderNumber')], opt],
    ['Fecha de creación', (c, o) => dmyhm(arT(fvAt(o))), ['timestamp', OR('createdDate')]],
    ['Estado', (c, o) => fvSt(o), []],
    ['SKU seller', (c, o, r, i) => fvItem(o, i)[0], [PL('SKU')]],
    ['SKU Frávega', (c, o, r, i) => fvItem(o, i)[1], [PL('_id'), PL('SKU')], opt],
    ['Producto', (c, o, r, i) => fvItem(o, i)[2], [PL('name')]],
    ['Categoría', (c, o, r, i) => fvItem(o, i)[3], [PL('productCategories[0].categoryName'), PL('productCategories[0].categoryPath')]],
    ['Cantidad', (c, o) => String(o.qty), [PL('quantity')]],
    ['Precio unitario', (c, o, r, i) => ars(fvItem(o, i)[4]), [], opt],
    ['Precio total', (c, o, r, i) => ars(fvLine(o, i)), [PL('priceTotal')]],
    ['Costo de envío', (c, o, r, i) => ars(fvShip(o, i)), ['commerce.shipping.shippingAmount']],
    ['Comisión', (c, o, r, i) => ars(fvLine(o, i) * 0.13), []],
    ['Medio de pago', (c, o) => row(['Tarjeta de crédito', 'Tarjeta de débito', 'Tarjeta de crédito', 'Crédito Frávega', 'Transferencia'], n(o) % 5), [OR('payments[0].paymentType')]],
    ['Cuotas', (c, o) => row(['12 cuotas sin interés', '1 cuota', '6 cuotas sin interés', '18 cuotas fijas', '1 cuota'], n(o) % 5), []],
    ['Comprador', (c) => AR(c).full, []],
    ['DNI/CUIT', (c, o) => (fvCuit(o) ? `20-${pad(AR(c).n9 % 100000000, 8)}-${n(c) % 10}` : String(AR(c).n9 % 50000000 + 10000000)), CUST_ID, opt],
    ['Teléfono', (c) => AR(c).mobile, PHONE_ID, opt],
    ['Tipo de entrega', (c, o) => (fvPickup(o) ? 'Retiro en sucursal' : 'Envío a domicilio'), ['commerce.shipping.shippingMethod']],
    ['Sucursal de retiro', (c, o) => (fvPickup(o) ? row(['Frávega Rosario Córdoba 1150', 'Frávega Alto Rosario', 'Frávega Córdoba Centro'], n(o) % 3) : ''), [], opt],
    ['Dirección', (c, o) => (fvPickup(o) ? '' : arPl(c)[0]), [SHIP('street1')]],
    ['Localidad', (c, o) => (fvPickup(o) ? '' : arPl(c)[1]), [SHIP('city')]],
    ['Provincia', (c, o) => (fvPickup(o) ? '' : arPl(c)[2]), [SHIP('stateProvince'), SHIP('state')]],
    ['Código postal', (c, o) => (fvPickup(o) ? '' : arPl(c)[3]), [SHIP('postalCode')]],
    ['Fecha de despacho', (c, o) => (fvSent(o) ? dmy(arT(fvAt(o) + (1 + n(o) % 2) * day), '/') : ''), ['commerce.shipping.shipDate'], opt],
    ['Nro. de seguimiento', (c, o) => (fvSent(o) && !fvPickup(o) ? `36000${pad((n(o) * 104729) % 100000000, 8)}` : ''), ['commerce.shipping.trackingNumber']],
    ['Comprobante', (c, o) => (fvSt(o) === 'Cancelada' ? '' : `${fvCuit(o) ? 'A' : 'B'} 0004-${pad((n(o) * 13) % 100000000, 8)}`), [], opt],
  ] },
  // ---------------------------------------------------------------- Colombia: ERP customer list
  { name: 'siesa-clientes-co', product: 'Siesa (Siesa Cloud ERP: Comercial > Clientes > Consulta de clientes > Exportar a Excel, one row per customer branch with its purchasing contact, Spanish (Colombia) UI, a Medellín flexible-packaging manufacturer\'s B2B customers)', family: 'b2b', language: 'es', schema: B, cols: [
    ['Código cliente', (c) => `C${pad(1000 + (n(c) % 7) * 37, 5)}`, ACC, opt],
    ['NIT', (c) => siFirm(c)[2], ACC, opt],
    ['DV', (c) => String(nitDv(siFirm(c)[2])), []],
    ['Razón social', (c) => siFirm(c)[0], CO],
    ['Nombre comercial', (c) => siFirm(c)[1], CO, opt],
    ['Sucursal', (c) => siBranch(c), []],
    ['Contacto', (c) => COp(c).full, ['person.name.fullName']],
    ['Cargo', (c) => row(SI_ROLE, n(c) % 7), ['extendedWorkDetails.jobTitle']],
    ['Dirección', (c) => siFirm(c)[3], [W('street1')]],
    ['Ciudad', (c) => siFirm(c)[4], [W('city')]],
    ['Departamento', (c) => siFirm(c)[5], STATE(['workAddress'])],
    ['País', () => 'Colombia', [W('country')]],
    ['Teléfono', (c) => `(${siFirm(c)[6]}) ${v.int(seeded(c, 'tel'), 300, 699)} ${pad(n(c) % 10000, 4)}`, ['workPhone.number']],
    ['Celular', (c) => COp(c).mobile, ['mobilePhone.number']],
    ['Correo electrónico', (c) => `${COp(c).f1[0]}${COp(c).s1}@${siFirm(c)[8]}`, ['workEmail.address', 'personalEmail.address']],
    ['Correo facturación electrónica', (c) => `${n(c) % 2 ? 'facturacion' : 'recepcionfe'}@${siFirm(c)[8]}`, ['workEmail.address'], opt],
    ['Tipo de persona', () => 'Jurídica', []],
    ['Responsabilidad fiscal', (c) => row(['O-13;O-15', 'O-47', 'O-13;O-23', 'R-99-PN', 'O-15'], n(c) % 5), []],
    ['Actividad económica (CIIU)', (c) => siFirm(c)[7], []],
    ['Vendedor', (c) => row(['1010 - Juliana Mejía', '1020 - Camilo Arbeláez', '1030 - Sandra Patiño'], n(c) % 3), []],
    ['Condición de pago', (c) => row(['30 días', '45 días', '60 días', 'Contado'], n(c) % 4), []],
    ['Cupo de crédito', (c) => cop(((n(c) % 9) + 1) * 25000000), []],
    ['Lista de precios', (c) => row(['001 - Nacional', '003 - Distribuidores', '001 - Nacional'], n(c) % 3), []],
    ['Estado', (c) => (n(c) % 11 === 4 ? 'Inactivo' : 'Activo'), [], opt],
    ['Fecha de creación', (c) => dmy(coT(c.created), '/'), ['extSourceSystemAudit.createdDate'], opt],
  ] },
  // ---------------------------------------------------------------- Chile: recurring payments
  { name: 'reveniu-cobros-suscripciones-cl', product: 'Reveniu (Panel: Pagos > Historial de pagos > Exportar CSV, one row per charge of a subscription, with the checkout form answers, Spanish (Chile) UI, a Santiago meal-kit subscription, America/Santiago time, CLP)', family: 'payments', language: 'es', schema: E, cols: [
    ['ID pago', (c, o) => String(2800000 + (n(o) * 7919) % 900000), ['_id', OR('payments[0].transactionID')]],
    ['Fecha', (c, o) => dmyhms(clT(rvAt(o)), '-'), ['timestamp', OR('createdDate')]],
    ['ID suscripción', (c) => String(510000 + n(c) % 90000), [OR('purchaseID')], opt],
    ['Plan', (c) => rvPlan(c)[0], [PL('name')]],
    ['ID plan', (c) => rvPlan(c)[1], [PL('SKU'), PL('_id')], opt],
    ['Frecuencia', (c) => rvPlan(c)[3], []],
    ['N° de cobro', (c, o) => String(rvFirst(o) ? 1 : 2 + (n(o) % 30)), []],
    ['Monto', (c, o) => String(rvAmt(c, o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Moneda', () => 'CLP', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Cupón', (c, o) => (rvFirst(o) ? 'PRIMERACAJA' : ''), ['commerce.promotionID'], opt],
    ['Descuento', (c, o) => String(rvDisc(o)), [OR('discountAmount')]],
    ['Estado', (c, o) => rvSt(o), []],
    ['Medio de pago', (c, o) => row(['Tarjeta de crédito', 'Tarjeta de débito', 'Tarjeta de crédito', 'Tarjeta de prepago'], n(o) % 4), [OR('payments[0].paymentType')]],
    ['Tarjeta', (c, o) => `**** ${pad((n(o) * 53) % 10000, 4)}`, []],
    ['Nombre', (c) => CL(c).full, []],
    ['RUT', (c) => rut(CL(c).n9 % 15000000 + 8000000), CUST_ID, opt],
    ['Email', (c) => CL(c).email, EMAIL_ID],
    ['Teléfono', (c) => CL(c).mobile, PHONE_ID, opt],
    ['Dirección de despacho', (c) => clPl(c)[0], [SHIP('street1')]],
    ['Comuna', (c) => clPl(c)[1], [SHIP('city')]],
    ['Región', (c) => clPl(c)[2], [SHIP('stateProvince'), SHIP('state')]],
    ['Monto reembolsado', (c, o) => String(rvSt(o) === 'Reembolsado' ? rvAmt(c, o) : 0), [OR('refunds[0].refundAmount'), OR('refundTotal')]],
    ['Comisión', (c, o) => String(rvSt(o) === 'Rechazado' ? 0 : Math.round(rvAmt(c, o) * 0.0349)), []],
    ['Próximo cobro', (c, o) => (rvSt(o) === 'Reembolsado' ? '' : dmy(clT(rvAt(o) + (rvPlan(c)[3] === 'Mensual' ? 30 : 7) * day), '-')), []],
  ] },
  // ---------------------------------------------------------------- Peru: top-companies directory
  { name: 'peru-top-online-ejecutivos-pe', product: 'Perú Top Online (Peru Top Publications; Búsqueda avanzada > Ejecutivos > Exportar a Excel, one row per executive of a listed company, Spanish UI, a Lima industrial-insurance broker\'s prospect list)', family: 'b2b-leads', language: 'es', schema: B, cols: [
    ['RUC', (c) => rucPe(ptFirm(c)[2]), ACC, opt],
    ['Razón social', (c) => ptFirm(c)[0], CO],
    ['Nombre comercial', (c) => ptFirm(c)[1], CO, opt],
    ['Ranking', (c) => String(ptFirm(c)[3]), []],
    ['Sector', (c) => ptFirm(c)[4], []],
    ['CIIU', (c) => ptFirm(c)[5], []],
    ['Ventas (millones US$)', (c) => ptFirm(c)[6], []],
    ['N° de trabajadores', (c) => String(ptFirm(c)[7]), []],
    ['Dirección', (c) => ptFirm(c)[8], [W('street1')]],
    ['Distrito', (c) => ptFirm(c)[9], [W('city')], opt],
    ['Departamento', (c) => ptFirm(c)[10], [...STATE(['workAddress']), W('region')], opt],
    ['Teléfono', (c) => ptFirm(c)[11], ['workPhone.number']],
    ['Página web', (c) => `www.${ptFirm(c)[12]}`, ['b2b.companyWebsite']],
    ['Tratamiento', (c) => ptTitle(c), ['person.name.courtesyTitle']],
    ['Nombres', (c) => PE(c).first, ['person.name.firstName']],
    ['Apellidos', (c) => PE(c).last, ['person.name.lastName']],
    ['Cargo', (c) => ptRole(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Área', (c) => ptRole(c)[1], ['extendedWorkDetails.departments[0]']],
    ['Email', (c) => (n(c) % 6 === 5 ? '' : `${PE(c).f1[0]}${PE(c).s1}@${ptFirm(c)[12]}`), ['workEmail.address']],
    ['Anexo', (c) => (n(c) % 3 === 0 ? '' : String(2000 + (n(c) % 800))), ['workPhone.extension'], opt],
    ['Año de fundación', (c) => String(ptFirm(c)[13]), []],
    ['Exportador', (c) => (['Minería metálica', 'Pesca y harina de pescado', 'Agroindustria', 'Textil y confecciones'].includes(ptFirm(c)[4]) ? 'Sí' : 'No'), []],
  ] },
  // ---------------------------------------------------------------- Brazil: used-book marketplace
  { name: 'estante-virtual-pedidos-br', product: 'Estante Virtual (Painel do livreiro: Pedidos > Exportar pedidos (CSV), one row per book ordered, Brazilian Portuguese UI, a Belo Horizonte used-book shop (sebo) shipping by Correios, America/Sao_Paulo time, BRL)', family: 'ecommerce-orders', language: 'pt', schema: E, cols: [
    ['Número do pedido', (c, o) => String(14000000 + (n(o) * 7919) % 9000000), [OR('purchaseID')]],
    ['Data do pedido', (c, o) => dmyhm(brT(evAt(o))), ['timestamp', OR('createdDate')]],
    ['Status', (c, o) => evSt(o), []],
    ['Código do livro', (c, o, r, i) => evBook(o, i)[0], [PL('SKU')]],
    ['ISBN', (c, o, r, i) => evBook(o, i)[1], [PL('SKU'), PL('_id')], opt],
    ['Título', (c, o, r, i) => evBook(o, i)[2], [PL('name')]],
    ['Autor', (c, o, r, i) => evBook(o, i)[3], []],
    ['Editora', (c, o, r, i) => evBook(o, i)[4], []],
    ['Ano', (c, o, r, i) => evBook(o, i)[5], []],
    ['Estado de conservação', (c, o, r, i) => evBook(o, i)[6], [PL('selectedOptions[0].value')], opt],
    ['Quantidade', (c, o) => String(evQty(o)), [PL('quantity')]],
    ['Preço', (c, o, r, i) => brl(evBook(o, i)[7]), [], opt],
    ['Subtotal', (c, o, r, i) => brl(evSub(o, i)), [PL('priceTotal')]],
    ['Frete', (c, o) => brl(evFrete(o)), ['commerce.shipping.shippingAmount']],
    ['Total do pedido', (c, o, r, i) => brl(evSub(o, i) + evFrete(o)), [OR('priceTotal')]],
    ['Comissão Estante Virtual', (c, o, r, i) => brl(evSub(o, i) * 0.12 + 2.5), []],
    ['Forma de pagamento', (c, o) => row(['Cartão de crédito', 'Pix', 'Pix', 'Boleto bancário', 'Cartão de crédito'], n(o) % 5), [OR('payments[0].paymentType')]],
    ['Comprador', (c) => BR(c).full, []],
    ['CPF do comprador', (c) => cpf(BR(c).n9), CUST_ID, opt],
    ['Endereço', (c) => brAddr(c)[0], [SHIP('street1')]],
    ['Complemento', (c) => brAddr(c)[1], [SHIP('street2')]],
    ['Bairro', (c) => brAddr(c)[2], [SHIP('street2'), SHIP('street3')], opt],
    ['Cidade', (c) => brAddr(c)[3], [SHIP('city')]],
    ['UF', (c) => brAddr(c)[4], [SHIP('stateProvince'), SHIP('state')]],
    ['CEP', (c) => brAddr(c)[5], [SHIP('postalCode')]],
    ['Forma de envio', (c, o) => evWay(o), ['commerce.shipping.shippingMethod']],
    ['Código de rastreio', (c, o) => (evSent(o) ? `${evWay(o).endsWith('SEDEX') ? 'OY' : evWay(o).endsWith('PAC') ? 'QB' : 'RK'}${pad((n(o) * 104729) % 1000000000, 9)}BR` : ''), ['commerce.shipping.trackingNumber']],
    ['Data de envio', (c, o) => (evSent(o) ? dmy(brT(evAt(o) + (1 + n(o) % 3) * day), '/') : ''), ['commerce.shipping.shipDate'], opt],
  ] },
  // ---------------------------------------------------------------- Brazil: car-dealer CRM
  { name: 'syonet-clientes-br', product: 'Syonet CRM (Relatórios > Clientes > Exportar para Excel, one row per customer of the dealer group with the last vehicle bought, Brazilian Portuguese UI, a Campinas-region Toyota and Honda dealer group)', family: 'crm', language: 'pt', schema: P, cols: [
    ['Código', (c) => String(300000 + (n(c) * 13) % 600000), ['_id', 'personID']],
    ['Tipo de pessoa', (c) => (syPJ(c) ? 'Jurídica' : 'Física'), [], opt],
    ['Nome', (c) => (syPJ(c) ? row(SY_PJ, n(c) % 4) : BR(c).full), ['person.name.fullName']],
    ['CPF/CNPJ', (c) => (syPJ(c) ? cnpj(BR(c).n9 % 100000000) : cpf(BR(c).n9)), ['person.taxId'], opt],
    ['Data de nascimento', (c) => (syPJ(c) ? '' : dmy(v.parts(c.birth), '/')), ['person.birthDate']],
    ['Sexo', (c) => (syPJ(c) ? '' : BR(c).female ? 'F' : 'M'), ['person.gender']],
    ['E-mail', (c) => (n(c) % 6 === 2 ? '' : BR(c).email), ['personalEmail.address']],
    ['Celular', (c) => BR(c).mobile.replace(/^\(\d\d\)/, '(19)'), ['mobilePhone.number']],
    ['Telefone residencial', (c) => (n(c) % 3 === 0 ? `(19) 3${v.int(seeded(c, 'fixo'), 200, 899)}-${pad(n(c) % 10000, 4)}` : ''), ['homePhone.number']],
    ['Telefone comercial', (c) => (n(c) % 4 === 1 ? `(19) 3${v.int(seeded(c, 'com'), 200, 899)}-${pad((n(c) * 7) % 10000, 4)}` : ''), ['workPhone.number']],
    ['CEP', (c) => syAddr(c)[6], [...HOME.map((h) => `${h}.postalCode`)]],
    ['Logradouro', (c) => syAddr(c)[0], [...HOME.map((h) => `${h}.street1`)]],
    ['Número', (c) => syAddr(c)[1], [], opt],
    ['Complemento', (c) => syAddr(c)[2], [...HOME.map((h) => `${h}.street2`)]],
    ['Bairro', (c) => syAddr(c)[3], [...HOME.map((h) => `${h}.street2`), ...HOME.map((h) => `${h}.street3`)], opt],
    ['Cidade', (c) => syAddr(c)[4], [...HOME.map((h) => `${h}.city`)]],
    ['UF', (c) => syAddr(c)[5], STATE(HOME)],
    ['Empresa', (c) => syCar(c)[3], []],
    ['Vendedor', (c) => row(['Marcos Pires', 'Renata Tozzi', 'Eduardo Kiyota', 'Camila Bueno'], n(c) % 4), []],
    ['Origem', (c) => row(['Showroom', 'Site', 'Webmotors', 'Indicação', 'Facebook Leads', 'Telefone'], n(c) % 6), [], opt],
    ['Último veículo', (c) => syCar(c)[0], []],
    ['Ano/Modelo', (c) => `${syCar(c)[1] - (n(c) % 2)}/${syCar(c)[1]}`, []],
    ['Placa', (c) => plate(c), []],
    ['Chassi', (c) => `${syCar(c)[2]}${v.alnum(seeded(c, 'vin'), 14).toUpperCase().replace(/[IOQ]/g, '7')}`, []],
    ['Data da última compra', (c) => dmy(brT(later(c)), '/'), [], opt],
    ['Data da última revisão', (c) => (n(c) % 3 === 2 ? '' : dmy(brT(later(c) + ((n(c) % 300) + 30) * day), '/')), []],
    ['Aceita contato', (c) => (c.bool ? 'Sim' : 'Não'), [], opt],
    ['Data de cadastro', (c) => dmy(brT(c.created), '/'), [], opt],
  ] },
  // ---------------------------------------------------------------- Brazil: e-mail marketing contacts
  { name: 'virtual-target-contatos-br', product: 'Virtual Target (Contatos > Listas > Exportar contatos (CSV), one row per contact with its custom fields and engagement, Brazilian Portuguese UI, a Curitiba language school\'s newsletter list)', family: 'email', language: 'pt', schema: P, cols: [
    ['E-mail', (c) => BR(c).email, ['personalEmail.address']],
    ['Nome', (c) => BR(c).first, ['person.name.firstName']],
    ['Sobrenome', (c) => BR(c).last, ['person.name.lastName']],
    ['Celular', (c) => (n(c) % 4 === 3 ? '' : BR(c).mobile.replace(/^\(\d\d\)/, '(41)')), ['mobilePhone.number']],
    ['Data de nascimento', (c) => (n(c) % 3 === 1 ? '' : dmy(v.parts(c.birth), '/')), ['person.birthDate']],
    ['Sexo', (c) => (n(c) % 5 === 4 ? '' : BR(c).female ? 'Feminino' : 'Masculino'), ['person.gender']],
    ['Cidade', (c) => vtPl(c)[0], [...HOME.map((h) => `${h}.city`)]],
    ['Estado', (c) => vtPl(c)[1], STATE(HOME)],
    ['CEP', (c) => (n(c) % 3 === 0 ? vtPl(c)[2] : ''), [...HOME.map((h) => `${h}.postalCode`)]],
    ['Curso de interesse', (c) => row(['Inglês Adultos', 'Inglês Kids', 'Espanhol', 'Business English', 'Inglês Teens', 'Preparatório IELTS'], n(c) % 6), []],
    ['Unidade', (c) => row(['Batel', 'Água Verde', 'Portão', 'São José dos Pinhais', 'Online'], n(c) % 5), []],
    ['É aluno', (c) => (n(c) % 3 === 2 ? 'Sim' : 'Não'), []],
    ['Lista', (c) => row(['Newsletter geral', 'Leads site', 'Alunos e ex-alunos'], n(c) % 3), []],
    ['Status', (c) => vtSt(c), ['personalEmail.status'], opt],
    ['Origem', (c) => row(['Formulário do site', 'Importação', 'Landing page Black Friday', 'Formulário do site', 'Facebook Lead Ads'], n(c) % 5), [], opt],
    ['Data de inclusão', (c) => dmyhm(brT(c.created)), [], opt],
    ['IP de cadastro', (c) => (n(c) % 5 === 1 ? '' : `${177 + (n(c) % 25)}.${(n(c) >> 3) % 256}.${(n(c) >> 5) % 256}.${1 + (n(c) % 253)}`), []],
    ['Envios', (c) => String(vtSent(c)), []],
    ['Aberturas', (c) => String(vtOpens(c)), []],
    ['Cliques', (c) => String(Math.floor(vtOpens(c) / 3)), []],
    ['Última abertura', (c) => (vtOpens(c) ? dmyhm(brT(later(c))) : ''), [], opt],
    ['Consentimento LGPD', (c) => (n(c) % 8 === 5 ? 'Não' : 'Sim'), [], opt],
  ] },
  // ---------------------------------------------------------------- Brazil: supermarket CRM and loyalty club
  { name: 'datasales-clube-clientes-br', product: 'Datasales (Datasales CRM: Clientes > Base de clientes > Exportar, one row per member of the retailer\'s club with points, cashback and RFV segment, Brazilian Portuguese UI, a Recife supermarket chain\'s loyalty club)', family: 'loyalty', language: 'pt', schema: P, cols: [
    ['ID Cliente', (c) => String(1000000 + (n(c) * 7) % 8000000), ['_id', 'personID']],
    ['CPF', (c) => cpf(BR(c).n9), ['person.taxId', 'loyalty.loyaltyID[0]']],
    ['Nome', (c) => BR(c).full.toUpperCase(), ['person.name.fullName']],
    ['Data de nascimento', (c) => (n(c) % 5 === 2 ? '' : dmy(v.parts(c.birth), '/')), ['person.birthDate']],
    ['Sexo', (c) => (BR(c).female ? 'F' : 'M'), ['person.gender']],
    ['Celular', (c) => BR(c).mobile.replace(/^\(\d\d\)/, '(81)').replace(/\D/g, ''), ['mobilePhone.number']],
    ['E-mail', (c) => (n(c) % 3 === 1 ? '' : BR(c).email), ['personalEmail.address']],
    ['Bairro', (c) => dsPl(c)[0], [...HOME.map((h) => `${h}.street2`), ...HOME.map((h) => `${h}.street3`)], opt],
    ['Cidade', (c) => dsPl(c)[1], [...HOME.map((h) => `${h}.city`)]],
    ['UF', (c) => dsPl(c)[2], STATE(HOME)],
    ['CEP', (c) => dsPl(c)[3], [...HOME.map((h) => `${h}.postalCode`)]],
    ['Loja de cadastro', (c) => row(['Boa Viagem', 'Casa Forte', 'Piedade', 'Olinda', 'Imbiribeira', 'E-commerce'], n(c) % 6), []],
    ['Data de cadastro', (c) => dmy(brT(c.created), '/'), ['loyalty.joinDate'], opt],
    ['Categoria', (c) => dsTier(c), ['loyalty.tier']],
    ['Saldo de pontos', (c) => String(dsBal(c)), ['loyalty.points']],
    ['Pontos acumulados', (c) => String(dsLife(c)), ['loyalty.lifetimePoints']],
    ['Pontos resgatados', (c) => String(dsRed(c)), ['loyalty.pointsRedeemed']],
    ['Pontos a expirar', (c) => String(dsExp(c)), ['loyalty.pointsExpiration[0].pointsExpiring'], opt],
    ['Data de expiração', (c) => (dsExp(c) ? dmy(brT(later(c) + 60 * day), '/') : ''), ['loyalty.pointsExpiration[0].pointsExpirationDate'], opt],
    ['Saldo cashback (R$)', (c) => brl((n(c) % 40) * 1.25), []],
    ['Ticket médio (R$)', (c) => brl(60 + (n(c) % 280) + (n(c) % 100) / 100), []],
    ['Compras 12 meses', (c) => String(2 + (n(c) % 60)), []],
    ['Valor gasto 12 meses (R$)', (c) => brl((2 + (n(c) % 60)) * (60 + (n(c) % 280))), [], opt],
    ['Última compra', (c) => dmy(brT(later(c)), '/'), [], opt],
    ['Segmento RFV', (c) => row(['Campeões', 'Leais', 'Potenciais', 'Em risco', 'Hibernando', 'Novos'], n(c) % 6), []],
    ['Aceita WhatsApp', (c) => (c.bool ? 'Sim' : 'Não'), [], opt],
    ['Aceita e-mail', (c) => (n(c) % 3 === 1 ? 'Não' : c.bool ? 'Sim' : 'Não'), [], opt],
  ] },
  // ---------------------------------------------------------------- Portugal: payment platform
  { name: 'paybyrd-transacoes-pt', product: 'Paybyrd (Paybyrd Dashboard: Transações > Exportar CSV, one row per transaction from the POS terminals and the online checkout, European Portuguese UI, a Porto natural-wine bar and online shop, Europe/Lisbon time, EUR)', family: 'payments', language: 'pt', schema: E, cols: [
    ['ID da transação', (c, o) => v.uuid(seeded(c, `pb${o.id}`)), ['_id', OR('payments[0].transactionID')]],
    ['Data', (c, o) => dmyhms(ptT(pbAt(o))), ['timestamp', OR('createdDate')]],
    ['Tipo', (c, o) => pbType(o), []],
    ['Estado', (c, o) => pbSt(o), []],
    ['Canal', (c, o) => pbCh(o), [], opt],
    ['Loja', (c, o) => (pbOnline(o) ? 'Loja online' : 'Bar Cedofeita'), ['commerce.commerceScope.storeCode'], opt],
    ['Terminal', (c, o) => (pbOnline(o) ? '' : `A920-${pad(1853200 + (n(o) % 2), 10)}`), [], opt],
    ['Referência do pedido', (c, o) => (pbOnline(o) ? `#${3100 + (n(o) % 900)}` : ''), [OR('purchaseID')], opt],
    ['Montante', (c, o) => eur(pbAmt(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Gorjeta', (c, o) => eur(pbTip(o)), []],
    ['Moeda', () => 'EUR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Método de pagamento', (c, o) => pbMethod(o), [OR('payments[0].paymentType')]],
    ['Tipo de cartão', (c, o) => (pbCard(o) ? row(['Débito', 'Crédito', 'Débito'], n(o) % 3) : ''), [], opt],
    ['Cartão', (c, o) => (pbCard(o) ? `${({ Visa: '4176 66', Mastercard: '5167 34', Maestro: '6759 01', 'American Express': '3782 82', 'Apple Pay': '4921 81', 'Google Pay': '5355 22' })[pbMethod(o)]}** **** ${pad((n(o) * 37) % 10000, 4)}` : ''), []],
    ['País do cartão', (c, o) => (pbCard(o) ? row(['PT', 'PT', 'ES', 'FR', 'PT', 'GB', 'BR', 'PT'], n(o) % 8) : 'PT'), [], opt],
    ['Código de autorização', (c, o) => (pbSt(o) === 'Recusada' ? '' : String(100000 + (n(o) * 7919) % 900000)), [], opt],
    ['Titular', (c, o) => (pbCard(o) && pbOnline(o) ? PT(c).full : ''), []],
    ['E-mail do cliente', (c, o) => (pbOnline(o) ? PT(c).email : ''), EMAIL_ID],
    ['Telemóvel', (c, o) => (pbMethod(o) === 'MB WAY' ? `+351 ${PT(c).mobile}` : ''), PHONE_ID, opt],
    ['NIF do cliente', (c, o) => (pbOnline(o) && n(o) % 3 === 0 ? nifPt(20000000 + (PT(c).n9 % 9000000)) : ''), CUST_ID, opt],
    ['Comissão', (c, o) => eur(pbFee(o)), []],
    ['Montante líquido', (c, o) => eur(pbSt(o) === 'Recusada' ? 0 : pbAmt(o) + pbTip(o) - pbFee(o)), []],
    ['Montante reembolsado', (c, o) => eur(pbType(o) === 'Reembolso' ? pbAmt(o) : 0), [OR('refunds[0].refundAmount'), OR('refundTotal')]],
    ['Data de liquidação', (c, o) => (pbSt(o) === 'Recusada' ? '' : dmy(ptT(pbAt(o) + 2 * day), '/')), []],
    ['Descrição', (c, o) => (pbMethod(o) === 'Multibanco' ? `Ent. 21312 Ref. ${pad((n(o) * 104729) % 1000000000, 9).replace(/(\d{3})(?=\d)/g, '$1 ')}` : pbOnline(o) ? 'Encomenda loja online' : ''), [], opt],
  ] },
  // ---------------------------------------------------------------- Portugal: ERP customer list
  { name: 'artsoft-clientes-pt', product: 'Artsoft (Artsoft ERP, Gestão Comercial: Ficheiros > Clientes > Listagem > Exportar para Excel, one row per customer account with its main contact, European Portuguese UI, a Leiria mould-making supplier\'s industrial customers in Portugal and Spain)', family: 'invoicing', language: 'pt', schema: B, cols: [
    ['Código', (c) => String(2100 + (n(c) % 7) * 13), ACC, opt],
    ['Nome', (c) => asFirm(c)[0], CO],
    ['Nome abreviado', (c) => asFirm(c)[1], CO, opt],
    ['Contribuinte', (c) => asFirm(c)[2], ACC, opt],
    ['Morada', (c) => asFirm(c)[3], [W('street1')]],
    ['Morada 2', (c) => asFirm(c)[4], [W('street2')]],
    ['Código postal', (c) => asFirm(c)[5], [W('postalCode')]],
    ['Localidade', (c) => asFirm(c)[6], [W('city')]],
    ['Distrito', (c) => asFirm(c)[7], [...STATE(['workAddress']), W('region')], opt],
    ['País', (c) => asFirm(c)[8], [W('country')]],
    ['Telefone', (c) => asFirm(c)[9], ['workPhone.number']],
    ['Telemóvel', (c) => (asFirm(c)[8] === 'Portugal' ? PT(c).mobile : ''), ['mobilePhone.number']],
    ['Fax', (c) => (n(c) % 3 === 0 && asFirm(c)[8] === 'Portugal' ? asFirm(c)[9].replace(/\d{3}$/, '109') : ''), ['faxPhone.number']],
    ['E-mail', (c) => (asFirm(c)[8] === 'Portugal' ? `${PT(c).f1}.${PT(c).s1}@${asFirm(c)[10]}` : `compras@${asFirm(c)[10]}`), ['workEmail.address']],
    ['Site', (c) => `www.${asFirm(c)[10]}`, ['b2b.companyWebsite']],
    ['Contacto', (c) => (asFirm(c)[8] === 'Portugal' ? PT(c).full : row(ES_CONTACT, n(c) % 3)), ['person.name.fullName']],
    ['Cargo', (c) => row(AS_ROLE, n(c) % 6)[asFirm(c)[8] === 'Portugal' && PT(c).female ? 1 : 0], ['extendedWorkDetails.jobTitle']],
    ['Vendedor', (c) => row(['01 - Carlos Vieira', '02 - Sandra Duarte'], n(c) % 2), []],
    ['Zona', (c) => (asFirm(c)[8] !== 'Portugal' ? 'Exportação' : ['Braga', 'Porto'].includes(asFirm(c)[7]) ? 'Norte' : 'Centro'), []],
    ['Condição de pagamento', (c) => row(['30 dias', '60 dias', '90 dias', 'Pronto pagamento'], n(c) % 4), []],
    ['Desconto (%)', (c) => dec((n(c) % 4) * 2.5, ','), []],
    ['Plafond de crédito', (c) => thou(((n(c) % 6) + 1) * 25000, '.', ','), []],
    ['Saldo', (c) => thou((n(c) * 97) % 48000 + 0.5, '.', ','), []],
    ['Inativo', (c) => (n(c) % 13 === 4 ? 'Sim' : 'Não'), [], opt],
    ['Data de criação', (c) => dmy(ptT(c.created), '/'), ['extSourceSystemAudit.createdDate'], opt],
  ] },
]
