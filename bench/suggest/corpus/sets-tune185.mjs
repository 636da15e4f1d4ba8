// Round 84, tune185: a blind tune half written by a helper that never opened the suggester, its tests, the scorer or a
// score. Same format as sets.mjs (sources in ../README.md). Latin America, headers in each product's UI language
// (Spanish and Brazilian Portuguese): a vet-clinic and pet-shop system's sales report for a Curitiba veterinary clinic
// with a pet shop and grooming (SimplesVet) (BR, pt E 1); a pharmacy system's detailed sales listing for a Rosario
// pharmacy dispensing on obras sociales (Winfarma) (AR, es E 1); a condominium-management platform's payment history for
// a two-tower Ñuñoa condominium in Santiago (ComunidadFeliz) (CL, es E 1); a workshop-management program's service-order
// report for a Monterrey car repair shop (Taller Mecánico Pro) (MX, es E 1); an insurance-agent system's client list for
// a Guadalajara insurance agency (SICAS) (MX, es P 1); an optical-store system's customer export for a Belo Horizonte
// optician (ssOtica) (BR, pt P 1); a veterinary practice system's client list for a Santiago de Surco, Lima, vet clinic
// (Lolvet) (PE, es P 1); a real-estate CRM's contacts export for a Medellín real-estate agency (EasyBroker) (CO, es
// P 1); an insurance-broker system's corporate-client export for a Campinas broker (Segflex) (BR, pt B 1); a dealership
// CRM's client-portfolio export of the direct-sales (fleet) desk of a Goiânia car dealership (Campos Dealer) (BR, pt B 1).
// E 4, P 4, B 2.
// Sources found with the search tool: the SICAS help site (tutorialessicasnacional.eu.helpdocsite.com, "Cómo dar de alta
// un asegurado") lists the client fields: Entidad (persona física o moral), Apellido Paterno, Apellido Materno,
// Nombre(s), Sexo, Fecha de Nacimiento, Ejecutivo de Cuenta, Ejecutivo de Cobranza, Correo 1, Teléfono, Registro Federal
// de Contribuyente, Grupo, Centro de Costo, Calle, No. Exterior, No. Interior, Código postal, Colonia, Población, Estado,
// País and Tipo Dirección; the export's column order and the remaining columns are the writer's. Segflex's online manual
// (segflex.com.br/help, "Ficha do Cliente") gives Pessoa (Física/Jurídica), Status, Produtor Responsável, Data do Cadastro
// and the document fields. ComunidadFeliz's help centre (ayuda.comunidadfeliz.cl, "Información para reportes") confirms
// the Excel download of Recaudación > Historial de pago, but not its columns. Campos Dealer's help centre
// (camposdealer.help, "Carteira de Clientes") confirms the client-sheet export under Vendas > Carteira de Clientes > Cadastro
// de Clientes and its blog confirms the Ouro/Prata/Bronze client classification. A Winfarma user manual (studylib)
// confirms its point-of-sale concepts (obra social, coseguro, cuenta corriente, tarjetas, notas de crédito). SimplesVet's
// help centre (suporte.simples.vet) confirms its clinic and pet-shop plans and sales module; ssOtica's site and Lolimsa's
// blog (Lolvet) confirm the products; EasyBroker's API as described on Pipedream (contact requests: name, email, phone,
// property, message, source) confirms the contact concepts. No public column list was found for SimplesVet, Winfarma,
// ComunidadFeliz, Taller Mecánico Pro, ssOtica, Lolvet, EasyBroker or Campos Dealer; those lists, and the rest of every
// list, are written from the writer's knowledge of each product. A realistic subset of each export's columns, in the
// order the writer knows. Nothing was copied from a real export; every value is generated.
import { E, P, B, v, PL, OR, opt, EMAIL_ID, PHONE_ID, CUST_ID, W, CO, ACCT, HOME, WORK, at, STATE } from './sets.mjs'
import { pad, row, ymd, hm, hms, dmy, dec, thou, group, shift, hash } from './values.mjs'
import { seeded, oseed, localPeople, day, n, ID, B2BID, WE, HOMES, POI, r2, biz } from './local.mjs'

const MIX = 0x7185a3c1
const sd = (c, salt) => seeded(c, salt, MIX)
const od = (o, salt) => oseed(o, salt, MIX ^ 0x2c4e6a8b)
// zones: Brazil (São Paulo time) and Argentina -3, Mexico -6 (no DST since 2022), Peru and Colombia -5, Chile -4 from
// April to early September and -3 the rest of the year
const brt = (ms) => shift(ms, -3)
const art = (ms) => shift(ms, -3)
const mxz = (ms) => shift(ms, -6)
const pez = (ms) => shift(ms, -5)
const coz = (ms) => shift(ms, -5)
const clz = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return shift(ms, m >= 4 && m <= 8 ? -4 : -3) }
const brDate = (ms) => dmy(brt(ms), '/')
const brMoney = (x) => thou(x, '.', ',')
const mxMoney = (x) => thou(x, ',', '.')
const UP = (r, k, set = 'ABCDEFGHJKLMNPRSTUVWXYZ') => Array.from({ length: k }, () => set[v.int(r, 0, set.length - 1)]).join('')

// ---------------------------------------------------------------- local people, seeded by the row's person
const T = {
  br: { m: ['João', 'Pedro', 'Lucas', 'Gabriel', 'Rafael', 'Mateus', 'Felipe', 'Bruno', 'Thiago', 'Rodrigo', 'Gustavo', 'André'],
    f: ['Ana', 'Maria', 'Juliana', 'Fernanda', 'Camila', 'Beatriz', 'Larissa', 'Mariana', 'Patrícia', 'Aline', 'Letícia', 'Bruna'],
    last: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Pereira', 'Costa', 'Rodrigues', 'Almeida', 'Nascimento', 'Lima', 'Araújo', 'Ferreira', 'Carvalho', 'Gomes', 'Ribeiro', 'Barbosa'],
    mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.br', 'uol.com.br', 'bol.com.br'] },
  ar: { m: ['Martín', 'Santiago', 'Matías', 'Nicolás', 'Facundo', 'Lucas', 'Gonzalo', 'Federico', 'Diego', 'Sebastián', 'Ezequiel', 'Tomás'],
    f: ['Sofía', 'Camila', 'Valentina', 'Lucía', 'Florencia', 'Agustina', 'Micaela', 'Carolina', 'Romina', 'Julieta', 'Paula', 'Daniela'],
    last: ['González', 'Rodríguez', 'Fernández', 'López', 'Martínez', 'García', 'Pérez', 'Gómez', 'Sánchez', 'Romero', 'Sosa', 'Díaz', 'Álvarez', 'Ruiz', 'Benítez', 'Acosta'],
    mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'yahoo.com.ar', 'outlook.com', 'live.com.ar'] },
  cl: { m: ['Benjamín', 'Vicente', 'Matías', 'Cristóbal', 'Felipe', 'Joaquín', 'Ignacio', 'Sebastián', 'Rodrigo', 'Francisco', 'Tomás', 'Diego'],
    f: ['Francisca', 'Catalina', 'Javiera', 'Constanza', 'Valentina', 'Fernanda', 'Antonia', 'Camila', 'Daniela', 'Josefa', 'Macarena', 'Paula'],
    last: ['González', 'Muñoz', 'Rojas', 'Díaz', 'Pérez', 'Soto', 'Contreras', 'Silva', 'Martínez', 'Sepúlveda', 'Morales', 'Rodríguez', 'López', 'Fuentes', 'Araya', 'Espinoza'],
    mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'live.cl', 'yahoo.es'] },
  mx: { m: ['José Luis', 'Juan Carlos', 'Alejandro', 'Miguel Ángel', 'Luis', 'Jorge', 'Ricardo', 'Fernando', 'Arturo', 'Eduardo', 'Óscar', 'Daniel'],
    f: ['María Guadalupe', 'Ana Karen', 'Verónica', 'Gabriela', 'Alejandra', 'Mariana', 'Diana', 'Adriana', 'Claudia', 'Patricia', 'Fernanda', 'Leticia'],
    last: ['Hernández', 'García', 'Martínez', 'López', 'González', 'Rodríguez', 'Pérez', 'Sánchez', 'Ramírez', 'Cruz', 'Flores', 'Gómez', 'Morales', 'Vázquez', 'Reyes', 'Jiménez'],
    mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.mx', 'live.com.mx', 'prodigy.net.mx'] },
  pe: { m: ['Luis', 'Carlos', 'Jorge', 'José', 'Miguel', 'Renzo', 'Diego', 'Jhon', 'Piero', 'César', 'Víctor', 'Alonso'],
    f: ['Rosa', 'Milagros', 'Lucía', 'Karla', 'Fiorella', 'Andrea', 'Claudia', 'Mariela', 'Gianella', 'Katherine', 'Ana', 'Sandra'],
    last: ['Quispe', 'Flores', 'Sánchez', 'García', 'Rodríguez', 'Huamán', 'Mamani', 'Chávez', 'Torres', 'Ramírez', 'Vásquez', 'Mendoza', 'Rojas', 'Castillo', 'Espinoza', 'Vargas'],
    mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.es'] },
  co: { m: ['Andrés', 'Juan David', 'Carlos', 'Santiago', 'Sebastián', 'Alejandro', 'Felipe', 'Camilo', 'Julián', 'Mauricio', 'Daniel', 'Esteban'],
    f: ['Valentina', 'Daniela', 'Laura', 'Natalia', 'Paula', 'Juliana', 'Catalina', 'Manuela', 'Sara', 'Carolina', 'Mariana', 'Diana'],
    last: ['Restrepo', 'Gómez', 'Zapata', 'Giraldo', 'Ospina', 'Londoño', 'Vélez', 'Jaramillo', 'Castaño', 'Montoya', 'Rodríguez', 'Muñoz', 'Arango', 'Correa', 'Mejía', 'Osorio'],
    mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.es', 'une.net.co'] },
}
const who = localPeople(T, MIX)
// a second surname (Spanish-speaking countries) or a middle family name (Brazil), from the same person's stream
const last2 = (c, cc) => { const p = who(c, cc); const xs = T[cc].last.filter((x) => x !== p.last); return xs[p.k3 % xs.length] }
const d2 = (r) => v.digits(r, 2)
const d3 = (r) => v.digits(r, 3)
const d4 = (r) => v.digits(r, 4)

// ---------------------------------------------------------------- national ids
const cpf = (r) => {
  const d = Array.from({ length: 9 }, () => v.int(r, 0, 9))
  const dv = (xs) => { const s = xs.reduce((a, x, i) => a + x * (xs.length + 1 - i), 0); const m = (s * 10) % 11; return m === 10 ? 0 : m }
  d.push(dv(d)); d.push(dv(d))
  const s = d.join('')
  return `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`
}
const cnpj = (seed) => {
  const r = v.rng(hash(`cnpj${seed}`) ^ MIX)
  const d = [...Array.from({ length: 8 }, () => v.int(r, 0, 9)), 0, 0, 0, 1]
  const dv = (xs, w) => { const s = xs.reduce((a, x, i) => a + x * w[i], 0) % 11; return s < 2 ? 0 : 11 - s }
  d.push(dv(d, [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2])); d.push(dv(d, [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]))
  const s = d.join('')
  return `${s.slice(0, 2)}.${s.slice(2, 5)}.${s.slice(5, 8)}/${s.slice(8, 12)}-${s.slice(12)}`
}
const rut = (num) => {
  let s = 0, m = 2
  for (const ch of String(num).split('').reverse()) { s += +ch * m; m = m === 7 ? 2 : m + 1 }
  const dv = 11 - (s % 11)
  return `${group(num, '.')}-${dv === 11 ? '0' : dv === 10 ? 'K' : dv}`
}
const ean = (seed) => { const r = v.rng(hash(`ean${seed}`)); const d = [7, 8, 9, ...Array.from({ length: 9 }, () => v.int(r, 0, 9))]; const s = d.reduce((a, x, i) => a + x * (i % 2 ? 3 : 1), 0); return d.join('') + ((10 - s % 10) % 10) }
const slugU = (s) => v.slug(s).toUpperCase()

// ---------------------------------------------------------------- 1. SimplesVet sales report (BR, pt, E)
// a veterinary clinic in Água Verde, Curitiba, with a pet shop counter and a grooming (banho e tosa) room: consultations,
// vaccines, lab tests, grooming, food and medicines; one row per sale item
// [group, item, type, unit price R$, code]
const SV_IT = [['Consultas', 'Consulta clínica geral', 'Serviço', 150, 'S001'], ['Vacinas', 'Vacina V10 (Vanguard Plus)', 'Serviço', 120, 'S014'], ['Banho e Tosa', 'Banho - porte pequeno', 'Serviço', 65, 'S030'],
  ['Rações', 'Ração Premier Golden Adultos 15 kg', 'Produto', 219.9, ean('sv1')], ['Medicamentos', 'Bravecto 10 a 20 kg', 'Produto', 249.9, ean('sv2')], ['Vacinas', 'Vacina antirrábica', 'Serviço', 80, 'S015'],
  ['Banho e Tosa', 'Banho e tosa higiênica - porte médio', 'Serviço', 95, 'S032'], ['Exames', 'Hemograma completo', 'Serviço', 90, 'S050'], ['Medicamentos', 'Simparic 10,1 a 20 kg (3 comprimidos)', 'Produto', 189.9, ean('sv3')],
  ['Acessórios', 'Peitoral ajustável M', 'Produto', 59.9, ean('sv4')], ['Consultas', 'Retorno', 'Serviço', 0, 'S002'], ['Rações', 'Sachê Whiskas Carne 85 g', 'Produto', 3.49, ean('sv5')]]
const SV_PET = ['Thor', 'Mel', 'Luna', 'Bob', 'Nina', 'Pipoca', 'Fred', 'Amora', 'Simba', 'Belinha', 'Max', 'Frida']
const svP = (c) => who(c, 'br')
const svIt = (o) => row(SV_IT, n(o) % 12)
const svQ = (o) => (svIt(o)[2] === 'Produto' ? (svIt(o)[0] === 'Rações' && svIt(o)[3] < 10 ? 6 + (n(o) % 7) : 1 + (n(o) >> 3) % 2) : 1)
const svDisc = (o) => (svIt(o)[0] === 'Banho e Tosa' && n(o) % 3 === 0 ? r2(svIt(o)[3] * 0.1) : 0)
const svLine = (o) => r2(svIt(o)[3] * svQ(o) - svDisc(o))
const svExtra = (o) => (n(o) % 3 === 0 ? row([59.9, 120, 65, 3.49 * 6], n(o) >> 2) : 0)
const svAt = (o) => biz(Date.UTC(2025, 1, 3), n(o) * 11, 120, 8, 19, -3)
const svSt = (o) => (n(o) % 19 === 5 ? 'Cancelada' : 'Finalizada')
const svProf = (o) => ({ Consultas: 'Dra. Camila Moraes', Vacinas: 'Dr. Rafael Kowalski', Exames: 'Dra. Camila Moraes', 'Banho e Tosa': 'Jéssica Lopes' })[svIt(o)[0]] ?? 'Priscila (balcão)'
const brMob = (c, salt = 'brm', ddd = '41') => { const r = sd(c, salt); return `(${ddd}) 9${v.int(r, 8, 9)}${d3(r)}-${d4(r)}` }
const SET_SV = { name: 'simplesvet-vendas-clinica-petshop-curitiba-pt', product: 'SimplesVet (Vendas > Relatório de vendas > Exportar para Excel, one row per sale item, Brazilian Portuguese UI, a Curitiba veterinary clinic with a pet-shop counter and a banho e tosa room, America/Sao_Paulo, BRL)', family: 'pos', language: 'pt', schema: E, cols: [
  ['Venda', (c, o) => String(40000 + (n(o) * 7919) % 60000), [OR('purchaseID'), '_id']],
  ['Data', (c, o) => { const p = brt(svAt(o)); return `${dmy(p, '/')} ${hm(p)}` }, ['timestamp', OR('createdDate')]],
  ['Cliente', (c) => `${svP(c).first} ${last2(c, 'br')} ${svP(c).last}`, []],
  ['CPF', (c, o) => (n(o) % 4 === 0 ? '' : cpf(sd(c, 'cpf'))), [], opt],
  ['Telefone', (c) => brMob(c), PHONE_ID, opt],
  ['E-mail', (c, o) => (n(o) % 5 === 2 ? '' : svP(c).mail), EMAIL_ID],
  ['Animal', (c, o) => (svIt(o)[2] === 'Produto' && n(o) % 2 ? '' : row(SV_PET, svP(c).k1 % 12)), []],
  ['Espécie', (c, o) => (svIt(o)[2] === 'Produto' && n(o) % 2 ? '' : svP(c).k2 % 3 === 0 ? 'Felina' : 'Canina'), []],
  ['Tipo', (c, o) => svIt(o)[2], [], opt],
  ['Grupo', (c, o) => svIt(o)[0], [PL('productCategories[0].categoryName')]],
  ['Código', (c, o) => svIt(o)[4], [PL('SKU')]],
  ['Produto/Serviço', (c, o) => svIt(o)[1], [PL('name')]],
  ['Quantidade', (c, o) => String(svQ(o)), [PL('quantity')]],
  ['Valor unitário', (c, o) => brMoney(svIt(o)[3]), [], opt],
  ['Desconto', (c, o) => brMoney(svDisc(o)), [PL('discountAmount')]],
  ['Valor total', (c, o) => brMoney(svLine(o)), [PL('priceTotal')]],
  ['Total da venda', (c, o) => brMoney(svLine(o) + svExtra(o)), [OR('priceTotal')]],
  ['Forma de pagamento', (c, o) => row(['Pix', 'Cartão de crédito', 'Cartão de débito', 'Dinheiro', 'Pix', 'Cartão de crédito 2x'], (n(o) >> 1) % 6), [OR('payments[0].paymentType')]],
  ['Profissional', (c, o) => svProf(o), []],
  ['Situação', (c, o) => svSt(o), [], opt],
  ['NFC-e', (c, o) => (svIt(o)[2] === 'Produto' && svSt(o) === 'Finalizada' ? String(18200 + (n(o) * 13) % 9000) : ''), [], opt],
  ['Observação', (c, o) => row(['', '', 'Cliente pediu nota com CPF', '', 'Pacote 4 banhos', 'Levar no táxi dog', ''], (n(o) >> 2) % 7), []],
] }

// ---------------------------------------------------------------- 2. Winfarma detailed sales listing (AR, es, E)
// a neighbourhood pharmacy and perfumery in Rosario, Santa Fe, dispensing prescriptions on obras sociales and prepagas
// (PAMI, IAPOS, OSDE, Swiss Medical, OSECAC) and over-the-counter sales; one row per ticket line
// [barcode seed, troquel, description, laboratory, price ARS, needs prescription]
const WF_PR = [['wf1', '5123456', 'Ibupirac 400 mg x 20 comp.', 'Pfizer', 6890.5, false], ['wf2', '4987123', 'Amoxidal 500 mg x 16 comp.', 'Roemmers', 11250, true], ['wf3', '5345012', 'Losacor 50 mg x 30 comp.', 'Roemmers', 18420.3, true],
  ['wf4', '4410987', 'Sertal Compuesto x 10 comp.', 'Roemmers', 7315, false], ['wf5', '5512340', 'T4 Montpellier 100 mcg x 50 comp.', 'Montpellier', 9980, true], ['wf6', '', 'Dermaglós Protector Solar FPS 50 x 190 g', 'Andrómaco', 24500, false],
  ['wf7', '5230876', 'Enalapril Gador 10 mg x 30 comp.', 'Gador', 8640, true], ['wf8', '5098431', 'Actron 600 x 10 cáps.', 'Bayer', 5790, false]]
// [obra social, plan, coverage]
const WF_OS = [['PAMI', 'Ambulatorio', 0.5], ['IAPOS', 'General', 0.4], ['Particular', '', 0], ['OSDE', '310', 0.4], ['Swiss Medical', 'SMG20', 0.4], ['Particular', '', 0], ['OSECAC', 'PMO', 0.4], ['PAMI', 'Crónicos', 0.8]]
const wfP = (c) => who(c, 'ar')
const wfPr = (o) => row(WF_PR, n(o) % 8)
const wfOs = (o) => (wfPr(o)[5] ? row(WF_OS, (n(o) >> 3) % 8) : ['Particular', '', 0])
const wfPart = (o) => wfOs(o)[0] === 'Particular'
const wfCF = (o) => wfPart(o) && n(o) % 2 === 0
const wfQ = (o) => 1 + (n(o) >> 4) % 2
const wfGross = (o) => r2(wfPr(o)[4] * wfQ(o))
const wfOS = (o) => r2(wfGross(o) * wfOs(o)[2])
const wfAf = (o) => r2(wfGross(o) - wfOS(o))
const wfTot = (o) => r2(wfAf(o) + (n(o) % 3 === 0 ? row([3250, 8900, 1490], n(o) >> 2) : 0))
const wfAt = (o) => biz(Date.UTC(2025, 2, 3), n(o) * 7, 100, 8, 21, -3)
const arMoney = (x) => thou(x, '.', ',')
const SET_WF = { name: 'winfarma-ventas-detalladas-farmacia-rosario-es', product: 'Winfarma (Ventas > Listado de ventas detallado > Exportar a Excel, one row per ticket line, Spanish (Argentina) UI, a Rosario pharmacy and perfumery dispensing on obras sociales and over the counter, America/Argentina/Buenos_Aires, ARS)', family: 'pos', language: 'es', schema: E, cols: [
  ['Fecha', (c, o) => dmy(art(wfAt(o)), '/'), ['timestamp', OR('createdDate')]],
  ['Hora', (c, o) => hms(art(wfAt(o))), ['timestamp'], opt],
  ['Tipo Comp.', (c, o) => (n(o) % 23 === 7 ? 'NCB' : n(o) % 11 === 3 ? 'TFA' : 'TFB'), [], opt],
  ['Nro. Comp.', (c, o) => `0002-${pad(48000 + (n(o) * 7919) % 50000, 8)}`, [OR('purchaseID'), '_id']],
  ['Cliente', (c, o) => (wfCF(o) ? 'CONSUMIDOR FINAL' : `${wfP(c).last.toUpperCase()}, ${wfP(c).first.toUpperCase()}`), []],
  ['DNI', (c, o) => (wfCF(o) ? '' : String(v.int(sd(c, 'dni'), 14000000, 44999999))), [], opt],
  ['Obra Social', (c, o) => wfOs(o)[0], []],
  ['Plan', (c, o) => wfOs(o)[1], []],
  ['Nro. Afiliado', (c, o) => (wfPart(o) ? '' : wfOs(o)[0] === 'PAMI' ? `15${v.digits(sd(c, 'pami'), 10)}00` : v.digits(sd(c, 'afil'), 11)), [], opt],
  ['Nro. Receta', (c, o) => (wfPart(o) ? '' : `${v.digits(od(o, 'rx'), 13)}`), []],
  ['Matrícula Médico', (c, o) => (wfPart(o) ? '' : `MP ${v.int(od(o, 'mp'), 8000, 24999)}`), []],
  ['Troquel', (c, o) => wfPr(o)[1], [PL('SKU')], opt],
  ['Cód. Barras', (c, o) => ean(wfPr(o)[0]), [PL('SKU')]],
  ['Descripción', (c, o) => wfPr(o)[2], [PL('name')]],
  ['Laboratorio', (c, o) => wfPr(o)[3], [], opt],
  ['Cant.', (c, o) => String(wfQ(o)), [PL('quantity')]],
  ['Precio Unit.', (c, o) => arMoney(wfPr(o)[4]), [], opt],
  ['Importe', (c, o) => arMoney(wfGross(o)), [PL('priceTotal')]],
  ['% Cob.', (c, o) => String(Math.round(wfOs(o)[2] * 100)), []],
  ['A cargo OS', (c, o) => arMoney(wfOS(o)), []],
  ['A cargo Afil.', (c, o) => arMoney(wfAf(o)), [], opt],
  ['Total Comp.', (c, o) => arMoney(wfTot(o)), [OR('priceTotal')]],
  ['Forma de Pago', (c, o) => row(['Efectivo', 'Tarjeta Débito', 'Mercado Pago QR', 'Tarjeta Crédito', 'Efectivo', 'Cta. Cte.'], (n(o) >> 1) % 6), [OR('payments[0].paymentType')]],
  ['Vendedor', (c, o) => row(['VALERIA', 'GUSTAVO', 'NATALIA', 'FARM. MARCELA'], n(o) % 4), []],
  ['Caja', (c, o) => String(1 + n(o) % 2), [], opt],
] }

// ---------------------------------------------------------------- 3. ComunidadFeliz payment history (CL, es, E)
// a two-tower condominium (Torre A and Torre B, 18 floors) in Ñuñoa, Santiago, collecting monthly gastos comunes, the
// reserve fund and the odd fine or barbecue-area rental; one row per payment registered in Recaudación
const cfP = (c) => who(c, 'cl')
const cfTower = (c) => (n(c) % 2 ? 'Torre B' : 'Torre A')
const cfDepto = (c) => `${1 + n(c) % 18}${pad(1 + (n(c) >> 3) % 8)}`
const cfGC = (c) => 98000 + (n(c) % 8) * 14500 + (n(c) % 18) * 1200
const cfMonths = (o) => (n(o) % 7 === 3 ? 2 : 1)
const cfConcept = (o) => row(['Gasto común', 'Gasto común', 'Gasto común', 'Gasto común', 'Multa', 'Arriendo quincho', 'Gasto común', 'Gasto común'], n(o) % 8)
const cfAmt = (c, o) => ({ Multa: 25000, 'Arriendo quincho': 20000 })[cfConcept(o)] ?? cfGC(c) * cfMonths(o)
const cfMedio = (o) => row(['Transferencia', 'Webpay', 'Transferencia', 'Khipu', 'Webpay', 'Efectivo', 'Transferencia', 'Cheque'], (n(o) >> 1) % 8)
const cfAt = (o) => biz(Date.UTC(2025, 0, 2), n(o) * 13, 150, 7, 23, -3)
const cfTenant = (c) => n(c) % 10 < 3
const clPh = (c) => { const r = sd(c, 'clm'); return `+56 9 ${v.int(r, 5, 9)}${d3(r)} ${d4(r)}` }
const MESES = ['Enero', 'Febrero', 'Marzo', 'Abril', 'Mayo', 'Junio', 'Julio', 'Agosto', 'Septiembre', 'Octubre', 'Noviembre', 'Diciembre']
const SET_CF = { name: 'comunidadfeliz-historial-pagos-condominio-nunoa-es', product: 'ComunidadFeliz (Recaudación > Historial de pago > Descargar Excel, one row per payment, Spanish (Chile) UI, a two-tower residential condominium in Ñuñoa, Santiago, collecting gastos comunes, America/Santiago, CLP)', family: 'payments', language: 'es', schema: E, cols: [
  ['Folio', (c, o) => String(30500 + (n(o) * 7919) % 9000), ['_id', OR('purchaseID')]],
  ['Fecha de pago', (c, o) => dmy(clz(cfAt(o) - (n(o) % 3) * day), '-'), ['timestamp']],
  ['Fecha de registro', (c, o) => { const p = clz(cfAt(o)); return `${dmy(p, '-')} ${hm(p)}` }, [OR('createdDate')], opt],
  ['Unidad', (c) => `Depto ${cfDepto(c)}`, []],
  ['Torre', (c) => cfTower(c), []],
  ['Propietario', (c) => `${cfP(c).first} ${cfP(c).last} ${last2(c, 'cl')}`, []],
  ['RUT', (c) => rut(v.int(sd(c, 'rut'), 9000000, 21999999)), [], opt],
  ['Residente', (c) => (cfTenant(c) ? `${row(T.cl.f, n(c) >> 2)} ${row(T.cl.last, n(c) >> 3)}` : `${cfP(c).first} ${cfP(c).last}`), []],
  ['Correo', (c, o) => (cfMedio(o) === 'Efectivo' && n(o) % 2 ? '' : cfP(c).mail), EMAIL_ID],
  ['Teléfono', (c) => clPh(c), PHONE_ID, opt],
  ['Período', (c, o) => { const p = clz(cfAt(o)); return cfConcept(o) === 'Gasto común' ? `${MESES[(p.m + 10) % 12]} ${p.m === 1 ? p.y - 1 : p.y}` : '' }, []],
  ['Concepto', (c, o) => cfConcept(o), [PL('name')], opt],
  ['Monto', (c, o) => `$${group(cfAmt(c, o), '.')}`, [OR('priceTotal'), OR('payments[0].paymentAmount')]],
  ['Medio de pago', (c, o) => cfMedio(o), [OR('payments[0].paymentType')]],
  ['N° de operación', (c, o) => (cfMedio(o) === 'Efectivo' ? '' : cfMedio(o) === 'Cheque' ? v.digits(od(o, 'chq'), 7) : v.digits(od(o, 'op'), 10)), [OR('payments[0].transactionID')], opt],
  ['Banco', (c, o) => (['Transferencia', 'Cheque'].includes(cfMedio(o)) ? row(['Banco de Chile', 'BancoEstado', 'Santander', 'BCI', 'Scotiabank', 'Banco Itaú'], n(c) % 6) : ''), []],
  ['Estado', (c, o) => (n(o) % 29 === 4 ? 'Anulado' : cfMedio(o) === 'Transferencia' && n(o) % 5 === 1 ? 'Por conciliar' : 'Conciliado'), [], opt],
  ['Registrado por', (c, o) => (['Webpay', 'Khipu'].includes(cfMedio(o)) ? 'Pago en línea' : row(['Administración', 'Conserjería'], n(o) % 2)), []],
  ['Comentario', (c, o) => row(['', '', 'Paga arrendatario', '', 'Incluye mes atrasado', 'Abono parcial', ''], (n(o) >> 2) % 7), []],
] }

// ---------------------------------------------------------------- 4. Taller Mecánico Pro service orders (MX, es, E)
// an independent car repair shop in Monterrey (colonia Mitras) doing tune-ups, brakes, suspension, clutch and A/C on
// family cars and pickups; one row per service order (orden de servicio); IVA 16 %
// [make, model]
const TM_VEH = [['Nissan', 'Versa'], ['Chevrolet', 'Aveo'], ['Volkswagen', 'Jetta'], ['Nissan', 'NP300'], ['Toyota', 'Hilux'], ['Kia', 'Rio'], ['Mazda', 'Mazda 3'], ['Honda', 'CR-V'], ['Nissan', 'March'], ['Ford', 'Lobo']]
// [service, labour, parts]
const TM_SV = [['Afinación mayor', 1200, 1850], ['Cambio de aceite y filtro', 350, 980], ['Cambio de balatas delanteras', 600, 1450], ['Diagnóstico con escáner', 450, 0],
  ['Cambio de amortiguadores delanteros', 1100, 4200], ['Cambio de clutch', 2200, 5600], ['Carga de gas A/C', 500, 750], ['Alineación y balanceo', 550, 0]]
const tmP = (c) => who(c, 'mx')
const tmV = (c) => row(TM_VEH, tmP(c).k1 % 10)
const tmS = (o) => row(TM_SV, n(o) % 8)
const tmSt = (o) => row(['Entregada', 'Entregada', 'Entregada', 'Terminada', 'En proceso', 'Entregada', 'Entregada', 'Cancelada', 'Entregada'], (n(o) >> 1) % 9)
const tmDisc = (o) => (n(o) % 6 === 0 ? r2(tmS(o)[1] * 0.1) : 0)
const tmSub = (o) => r2(tmS(o)[1] + tmS(o)[2] - tmDisc(o))
const tmIva = (o) => r2(tmSub(o) * 0.16)
const tmTot = (o) => r2(tmSub(o) + tmIva(o))
const tmAnt = (o) => (tmS(o)[2] > 3000 ? r2(Math.round(tmTot(o) * 0.5 / 100) * 100) : 0)
const tmAt = (o) => biz(Date.UTC(2025, 1, 3), n(o) * 11, 130, 8, 18, -6)
const tmRfc = (c) => (n(c) % 5 < 2 ? `${slugU(tmP(c).last).slice(0, 2)}${slugU(last2(c, 'mx'))[0]}${slugU(tmP(c).first)[0]}${String(v.parts(c.birth).y).slice(2)}${pad(v.parts(c.birth).m)}${pad(v.parts(c.birth).d)}${UP(sd(c, 'hc'), 2, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789')}${v.int(sd(c, 'hc2'), 0, 9)}` : '')
const mxPh = (c, salt, lada = '81') => { const r = sd(c, salt); return `${lada} ${d4(r)} ${d4(r)}` }
const SET_TM = { name: 'taller-mecanico-pro-ordenes-servicio-monterrey-es', product: 'Taller Mecánico Pro (Reportes > Órdenes de Servicio > Exportar a Excel, one row per service order, Spanish (Mexico) UI, an independent car repair shop in Monterrey, America/Monterrey, MXN)', family: 'pos', language: 'es', schema: E, cols: [
  ['Folio', (c, o) => `OS-${pad(6000 + (n(o) * 7919) % 4000, 5)}`, [OR('purchaseID'), '_id']],
  ['Fecha Recepción', (c, o) => { const p = mxz(tmAt(o)); return `${dmy(p, '/')} ${hm(p)}` }, ['timestamp', OR('createdDate')]],
  ['Fecha Entrega', (c, o) => (tmSt(o) === 'Entregada' ? (() => { const p = mxz(tmAt(o) + (1 + n(o) % 3) * day + 2 * 3600000); return `${dmy(p, '/')} ${hm(p)}` })() : ''), [], opt],
  ['Estatus', (c, o) => tmSt(o), [], opt],
  ['Cliente', (c) => `${tmP(c).first} ${tmP(c).last} ${last2(c, 'mx')}`, []],
  ['RFC', (c) => tmRfc(c), [], opt],
  ['Teléfono', (c) => mxPh(c, 'tmt'), PHONE_ID],
  ['Correo', (c) => (n(c) % 4 === 3 ? '' : tmP(c).mail), EMAIL_ID],
  ['Marca', (c) => tmV(c)[0], []],
  ['Modelo', (c) => tmV(c)[1], []],
  ['Año', (c) => String(2012 + tmP(c).k2 % 12), []],
  ['Placas', (c) => { const r = sd(c, 'pl'); return `${UP(r, 3)}-${d3(r)}-${UP(r, 1)}` }, []],
  ['Kilometraje', (c, o) => group(45000 + (tmP(c).k3 % 120) * 1000 + (n(o) % 900) * 7), []],
  ['Servicio', (c, o) => tmS(o)[0], [PL('name')], opt],
  ['Mecánico', (c, o) => row(['Juan Garza', 'Rogelio Treviño', 'Beto Cantú'], n(o) % 3), []],
  ['Asesor', (c, o) => row(['Lupita Salinas', 'Héctor Villarreal'], (n(o) >> 1) % 2), []],
  ['Mano de Obra', (c, o) => mxMoney(tmS(o)[1]), []],
  ['Refacciones', (c, o) => mxMoney(tmS(o)[2]), []],
  ['Descuento', (c, o) => mxMoney(tmDisc(o)), [OR('discountAmount')]],
  ['Subtotal', (c, o) => mxMoney(tmSub(o)), [], opt],
  ['IVA', (c, o) => mxMoney(tmIva(o)), [OR('taxAmount')]],
  ['Total', (c, o) => mxMoney(tmTot(o)), [OR('priceTotal')]],
  ['Anticipo', (c, o) => mxMoney(tmAnt(o)), [OR('payments[0].paymentAmount')], opt],
  ['Saldo', (c, o) => mxMoney(tmSt(o) === 'Entregada' || tmSt(o) === 'Cancelada' ? 0 : tmTot(o) - tmAnt(o)), []],
  ['Forma de Pago', (c, o) => (tmSt(o) === 'Cancelada' ? '' : row(['Efectivo', 'Tarjeta de crédito', 'Transferencia', 'Tarjeta de débito', 'Efectivo'], n(o) % 5)), [OR('payments[0].paymentType')]],
  ['Factura', (c, o) => (tmRfc(c) && tmSt(o) === 'Entregada' ? `A-${2300 + (n(o) * 13) % 2000}` : ''), [], opt],
  ['Observaciones', (c, o) => row(['', 'Cliente trae sus refacciones', '', 'Se recomienda cambio de llantas', 'Garantía 3 meses', '', 'Ruido en suspensión trasera'], (n(o) >> 2) % 7), []],
] }

// ---------------------------------------------------------------- 5. SICAS client list (MX, es, P)
// an insurance agency in Guadalajara selling car, home, major-medical (gastos médicos mayores) and life policies of
// several insurers to families; one row per client (asegurado / contratante), all personas físicas
// [colonia, CP, municipio]
const SI_COL = [['Providencia', '44630', 'Guadalajara'], ['Chapalita', '44500', 'Guadalajara'], ['Jardines del Bosque', '44520', 'Guadalajara'], ['Ciudad del Sol', '45050', 'Zapopan'], ['Valle Real', '45136', 'Zapopan'],
  ['Las Águilas', '45080', 'Zapopan'], ['Centro', '45500', 'San Pedro Tlaquepaque'], ['Americana', '44160', 'Guadalajara'], ['Puerta de Hierro', '45116', 'Zapopan'], ['Santa Anita', '45645', 'Tlajomulco de Zúñiga']]
const SI_ST = ['Av. López Mateos Sur', 'Av. Guadalupe', 'Calle Pablo Neruda', 'Av. Patria', 'Calle Morelos', 'Av. Niños Héroes', 'Calle Hidalgo', 'Av. Vallarta']
const siP = (c) => who(c, 'mx')
const siCol = (c) => row(SI_COL, siP(c).k1 % 10)
const siBirth = (c) => v.parts(c.birth)
const siRfc = (c) => `${slugU(siP(c).last).slice(0, 2)}${slugU(last2(c, 'mx'))[0]}${slugU(siP(c).first)[0]}${String(siBirth(c).y).slice(2)}${pad(siBirth(c).m)}${pad(siBirth(c).d)}`
const siAdded = (c) => Date.UTC(2018, 3, 1) + ((n(c) * 7919) % (2400 * 86400)) * 1000
const SET_SI = { name: 'sicas-clientes-agencia-seguros-guadalajara-es', product: 'SICAS (Contactos > Clientes > Exportar a Excel, one row per client, Spanish (Mexico) UI, a Guadalajara insurance agency placing car, home, major-medical and life policies with several insurers, America/Mexico_City)', family: 'crm', language: 'es', schema: P, cols: [
  ['Clave', (c) => String(10000 + (n(c) * 37) % 80000), ID],
  ['Entidad', () => 'Física', [], opt],
  ['Apellido Paterno', (c) => siP(c).last, ['person.name.lastName']],
  ['Apellido Materno', (c) => last2(c, 'mx'), [], opt],
  ['Nombre(s)', (c) => siP(c).first, ['person.name.firstName']],
  ['Sexo', (c) => (siP(c).female ? 'Femenino' : 'Masculino'), ['person.gender']],
  ['Fecha de Nacimiento', (c) => dmy(siBirth(c), '/'), ['person.birthDate']],
  ['RFC', (c) => `${siRfc(c)}${UP(sd(c, 'hk'), 2, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789')}${v.int(sd(c, 'hk2'), 0, 9)}`, ['person.taxId']],
  ['CURP', (c) => (n(c) % 3 === 0 ? '' : `${siRfc(c)}${siP(c).female ? 'M' : 'H'}JC${UP(sd(c, 'cu'), 3, 'BCDFGHJKLMNPRSTVXZ')}0${v.int(sd(c, 'cu2'), 0, 9)}`), [], opt],
  ['Estado Civil', (c) => row(['Casado(a)', 'Soltero(a)', 'Casado(a)', 'Unión libre', 'Divorciado(a)'], n(c) % 5), ['person.maritalStatus']],
  ['Correo 1', (c) => siP(c).mail, ['personalEmail.address']],
  ['Correo 2', (c) => (n(c) % 4 === 1 ? `${v.slug(siP(c).first).slice(0, 6)}.${v.slug(siP(c).last)}@${row(['hotmail.com', 'outlook.com', 'yahoo.com.mx'], n(c) % 3)}` : ''), ['workEmail.address'], opt],
  ['Teléfono', (c) => (n(c) % 3 === 0 ? `33 ${v.int(sd(c, 'gdl'), 3000, 3899)} ${d4(sd(c, 'gdl2'))}` : ''), ['homePhone.number']],
  ['Celular', (c) => mxPh(c, 'sic', '33'), ['mobilePhone.number']],
  ['Calle', (c) => row(SI_ST, siP(c).k2 % 8), HOMES('street1')],
  ['No. Exterior', (c) => String(100 + siP(c).k3 % 3900), [...HOMES('street1'), ...HOMES('street2')], opt],
  ['No. Interior', (c) => (n(c) % 3 === 1 ? `Depto. ${1 + n(c) % 12}0${1 + n(c) % 4}` : ''), HOMES('street2')],
  ['Código Postal', (c) => siCol(c)[1], HOMES('postalCode')],
  ['Colonia', (c) => siCol(c)[0], [...HOMES('street2'), ...HOMES('region')], opt],
  ['Población', (c) => siCol(c)[2], HOMES('city')],
  ['Estado', () => 'Jalisco', STATE(HOME)],
  ['País', () => 'México', HOMES('country')],
  ['Tipo Dirección', (c) => (n(c) % 5 === 4 ? 'Fiscal' : 'Particular'), [], opt],
  ['Ejecutivo de Cuenta', (c) => row(['Ramírez Ochoa Karla', 'Navarro Díaz Humberto', 'Ibarra Ruiz Sofía'], n(c) % 3), []],
  ['Ejecutivo de Cobranza', (c) => row(['Gallegos Luna Teresa', 'Castro Méndez Iván'], (n(c) >> 1) % 2), []],
  ['Grupo', (c) => row(['AUTOS', 'GMM', 'VIDA', 'AUTOS', 'DAÑOS HOGAR'], n(c) % 5), [], opt],
  ['Centro de Costo', (c) => row(['01245', '01245', '01387'], n(c) % 3), []],
  ['Fecha de Alta', (c) => dmy(mxz(siAdded(c)), '/'), [], opt],
] }

// ---------------------------------------------------------------- 6. ssOtica customer export (BR, pt, P)
// an optician in Belo Horizonte selling prescription glasses, sunglasses and contact lenses, with a partner
// ophthalmologist and company agreements (convênios); one row per customer
// [bairro, CEP prefix, city]
const SS_BAI = [['Savassi', '30140', 'Belo Horizonte'], ['Funcionários', '30130', 'Belo Horizonte'], ['Lourdes', '30180', 'Belo Horizonte'], ['Pampulha', '31270', 'Belo Horizonte'], ['Buritis', '30575', 'Belo Horizonte'],
  ['Santa Efigênia', '30260', 'Belo Horizonte'], ['Castelo', '31330', 'Belo Horizonte'], ['Sion', '30315', 'Belo Horizonte'], ['Eldorado', '32310', 'Contagem'], ['Vila da Serra', '34006', 'Nova Lima']]
const SS_RUA = ['Rua Pernambuco', 'Av. Afonso Pena', 'Rua dos Timbiras', 'Rua Gonçalves Dias', 'Av. Prudente de Morais', 'Rua Padre Marinho', 'Av. Amazonas', 'Rua Grão Mogol']
const ssP = (c) => who(c, 'br')
const ssB = (c) => row(SS_BAI, ssP(c).k1 % 10)
const ssAdded = (c) => Date.UTC(2019, 6, 1) + ((n(c) * 7919) % (2000 * 86400)) * 1000
const ssLast = (c) => Math.max(ssAdded(c), Date.UTC(2023, 0, 1) + ((n(c) * 104729) % (800 * 86400)) * 1000)
const ssCount = (c) => 1 + n(c) % 6
const SET_SS = { name: 'ssotica-clientes-otica-belo-horizonte-pt', product: 'ssOtica (Cadastros > Clientes > Exportar planilha, one row per customer, Brazilian Portuguese UI, a Belo Horizonte optician selling prescription glasses, sunglasses and contact lenses, America/Sao_Paulo, BRL)', family: 'crm', language: 'pt', schema: P, cols: [
  ['Código', (c) => String(1 + (n(c) * 37) % 9000), ID],
  ['Nome', (c) => `${ssP(c).first} ${last2(c, 'br')} ${ssP(c).last}`, ['person.name.fullName']],
  ['CPF', (c) => cpf(sd(c, 'sscpf')), ['person.taxId']],
  ['RG', (c) => (n(c) % 3 === 0 ? '' : `MG-${v.int(sd(c, 'rg'), 10, 22)}.${d3(sd(c, 'rg2'))}.${d3(sd(c, 'rg3'))}`), [], opt],
  ['Data de Nascimento', (c) => dmy(v.parts(c.birth), '/'), ['person.birthDate']],
  ['Sexo', (c) => (ssP(c).female ? 'Feminino' : 'Masculino'), ['person.gender']],
  ['Celular', (c) => brMob(c, 'ssm', '31'), ['mobilePhone.number']],
  ['Telefone', (c) => (n(c) % 4 === 0 ? `(31) 3${v.int(sd(c, 'sst'), 200, 599)}-${d4(sd(c, 'sst2'))}` : ''), ['homePhone.number']],
  ['E-mail', (c) => (n(c) % 5 === 3 ? '' : ssP(c).mail), ['personalEmail.address']],
  ['CEP', (c) => `${ssB(c)[1]}-${d3(sd(c, 'cep'))}`, HOMES('postalCode')],
  ['Endereço', (c) => row(SS_RUA, ssP(c).k2 % 8), HOMES('street1')],
  ['Número', (c) => String(10 + ssP(c).k3 % 2400), [...HOMES('street1'), ...HOMES('street2')], opt],
  ['Complemento', (c) => (ssP(c).k2 % 3 === 0 ? '' : `Apto ${1 + ssP(c).k3 % 14}0${1 + n(c) % 4}`), HOMES('street2')],
  ['Bairro', (c) => ssB(c)[0], [...HOMES('street2'), ...HOMES('region')], opt],
  ['Cidade', (c) => ssB(c)[2], HOMES('city')],
  ['UF', () => 'MG', STATE(HOME)],
  ['Data do Cadastro', (c) => brDate(ssAdded(c)), [], opt],
  ['Última Compra', (c) => brDate(ssLast(c)), [], opt],
  ['Qtd. Compras', (c) => String(ssCount(c)), []],
  ['Total Comprado', (c) => brMoney(ssCount(c) * row([689.9, 1240, 459, 2380.5, 899], n(c) % 5)), ['loyalty.lifetimePurchases'], opt],
  ['Validade da Receita', (c) => brDate(ssLast(c) + 365 * day), []],
  ['Médico', (c) => (n(c) % 3 === 2 ? '' : row(['Dr. Henrique Vasconcelos - CRM-MG 41.223', 'Dra. Luiza Andrade - CRM-MG 52.870'], n(c) % 2)), []],
  ['Convênio', (c) => row(['', '', 'Unimed BH', '', 'Cemig Saúde', 'Sindicato dos Bancários'], n(c) % 6), []],
  ['Como conheceu a ótica', (c) => row(['Indicação', 'Instagram', 'Passou na frente', 'Google', 'Médico'], (n(c) >> 1) % 5), [], opt],
  ['Aceita WhatsApp', (c) => (n(c) % 6 === 1 ? 'Não' : 'Sim'), [], opt],
  ['Observações', (c) => row(['', 'Usa lente multifocal', '', 'Armação em garantia até dez/25', 'Prefere atendimento com a Sandra', ''], (n(c) >> 2) % 6), []],
] }

// ---------------------------------------------------------------- 7. Lolvet client list (PE, es, P)
// a small-animal veterinary clinic in Santiago de Surco, Lima, with grooming and a pet pharmacy; one row per client
// (the pets' owner), with the client's pets summarised in one column
const LV_DIS = ['Santiago de Surco', 'Santiago de Surco', 'Miraflores', 'San Borja', 'La Molina', 'Surquillo', 'Barranco', 'Chorrillos', 'San Isidro', 'Jesús María']
const LV_ST = ['Av. Caminos del Inca', 'Jr. Monte Rosa', 'Av. Primavera', 'Calle Las Orquídeas', 'Av. Benavides', 'Av. Aviación', 'Jr. Los Pinos', 'Av. El Polo']
const LV_PET = [['Rocky', 'Canino'], ['Luna', 'Canino'], ['Michi', 'Felino'], ['Toby', 'Canino'], ['Canela', 'Canino'], ['Garfield', 'Felino'], ['Chester', 'Canino'], ['Nala', 'Felino'], ['Coco', 'Canino'], ['Princesa', 'Canino']]
const lvP = (c) => who(c, 'pe')
const lvAdded = (c) => Date.UTC(2020, 1, 1) + ((n(c) * 7919) % (1900 * 86400)) * 1000
const lvPets = (c) => 1 + (n(c) % 5 === 0 ? 1 : 0) + (n(c) % 11 === 0 ? 1 : 0)
const lvDoc = (c) => (n(c) % 13 === 0 ? 'CE' : 'DNI')
const SET_LV = { name: 'lolvet-clientes-veterinaria-surco-lima-es', product: 'Lolvet (Clientes > Listado de clientes > Exportar Excel, one row per client with their pets, Spanish (Peru) UI, a small-animal veterinary clinic with grooming and pet pharmacy in Santiago de Surco, Lima, America/Lima, PEN)', family: 'healthcare', language: 'es', schema: P, cols: [
  ['Código', (c) => `CL${pad(1 + (n(c) * 37) % 9000, 5)}`, ID],
  ['Tipo Doc.', (c) => lvDoc(c), [], opt],
  ['Nro. Documento', (c) => (lvDoc(c) === 'CE' ? `00${v.digits(sd(c, 'ce'), 7)}` : v.digits(sd(c, 'dni'), 8).replace(/^0/, '4')), ['person.taxId'], opt],
  ['Nombres', (c) => lvP(c).first, ['person.name.firstName']],
  ['Apellidos', (c) => `${lvP(c).last} ${last2(c, 'pe')}`, ['person.name.lastName']],
  ['Sexo', (c) => (lvP(c).female ? 'F' : 'M'), ['person.gender']],
  ['Fecha Nacimiento', (c) => (n(c) % 3 === 1 ? '' : dmy(v.parts(c.birth), '/')), ['person.birthDate']],
  ['Celular', (c) => { const r = sd(c, 'pem'); return `9${d2(r)} ${d3(r)} ${d3(r)}` }, ['mobilePhone.number']],
  ['Teléfono', (c) => (n(c) % 4 === 2 ? `(01) ${v.int(sd(c, 'pet'), 240, 719)}-${d4(sd(c, 'pet2'))}` : ''), ['homePhone.number']],
  ['Correo', (c) => (n(c) % 6 === 5 ? '' : lvP(c).mail), ['personalEmail.address']],
  ['Dirección', (c) => `${row(LV_ST, lvP(c).k2 % 8)} ${100 + lvP(c).k3 % 1800}${n(c) % 3 === 0 ? ` Dpto. ${1 + n(c) % 9}0${1 + n(c) % 4}` : ''}`, HOMES('street1')],
  ['Distrito', (c) => row(LV_DIS, lvP(c).k1 % 10), [...HOMES('city'), ...HOMES('street2'), ...HOMES('region')], opt],
  ['Provincia', () => 'Lima', HOMES('city'), opt],
  ['Departamento', () => 'Lima', STATE(HOME)],
  ['Referencia', (c) => row(['', 'Frente al parque Vista Alegre', '', 'Espalda del Jockey Plaza', 'Cerca al óvalo Higuereta', ''], n(c) % 6), [...HOMES('street3')], opt],
  ['Mascotas', (c) => Array.from({ length: lvPets(c) }, (_, i) => { const p = row(LV_PET, lvP(c).k1 + i * 3); return `${p[0]} (${p[1]})` }).join(', '), []],
  ['Nro. Mascotas', (c) => String(lvPets(c)), []],
  ['Fecha Registro', (c) => dmy(pez(lvAdded(c)), '/'), [], opt],
  ['Última Atención', (c) => dmy(pez(Math.max(lvAdded(c), Date.UTC(2025, 0, 1)) + (n(c) % 140) * day), '/'), []],
  ['Total Consumido', (c) => `S/ ${thou(row([380, 1250.5, 95, 2460, 610, 175.9], n(c) % 6) * lvPets(c), ',', '.')}`, ['loyalty.lifetimePurchases'], opt],
  ['Saldo Pendiente', (c) => `S/ ${thou(n(c) % 9 === 0 ? 120 : 0, ',', '.')}`, []],
  ['Cómo nos conoció', (c) => row(['Recomendación', 'Facebook', 'Google Maps', 'Pasaba por la zona', 'Instagram'], (n(c) >> 1) % 5), [], opt],
  ['Acepta Recordatorios', (c) => (n(c) % 7 === 3 ? 'NO' : 'SI'), [], opt],
  ['Observaciones', (c) => row(['', 'Mascota agresiva, usar bozal', '', 'Prefiere citas sábado', 'Cliente frecuente de baño', ''], (n(c) >> 2) % 6), []],
] }

// ---------------------------------------------------------------- 8. EasyBroker contacts export (CO, es, P)
// a real-estate agency in El Poblado, Medellín, selling and letting apartments and houses in Medellín, Envigado,
// Sabaneta and the Oriente; leads come from portals, the agency's website and referrals; one row per contact
const EB_ZONE = ['El Poblado', 'Laureles', 'Envigado', 'Sabaneta', 'Belén', 'Rionegro', 'El Poblado', 'Llanogrande']
const EB_STAGE = ['Nuevo', 'Contactado', 'Cita agendada', 'Negociación', 'Contactado', 'Cerrado ganado', 'Cerrado perdido', 'Nuevo']
const ebP = (c) => who(c, 'co')
const ebRent = (c) => n(c) % 3 === 1
const ebAdded = (c) => Date.UTC(2024, 5, 1) + ((n(c) * 7919) % (330 * 86400)) * 1000
const ebDT = (ms) => { const p = coz(ms); return `${dmy(p, '/')} ${hm(p)}` }
const coMob = (c) => { const r = sd(c, 'com'); return `+57 3${v.pick(r, ['00', '01', '04', '10', '13', '15', '17', '20', '22'])} ${d3(r)} ${d4(r)}` }
const SET_EB = { name: 'easybroker-contactos-inmobiliaria-medellin-es', product: 'EasyBroker (Contactos > Exportar contactos, one row per contact, Spanish UI, a real-estate agency in El Poblado, Medellín, selling and letting apartments and houses, America/Bogota, COP)', family: 'crm', language: 'es', schema: P, cols: [
  ['ID', (c) => String(18000000 + (n(c) * 7919) % 900000), ID],
  ['Nombre', (c) => ebP(c).first, ['person.name.firstName']],
  ['Apellidos', (c) => `${ebP(c).last} ${last2(c, 'co')}`, ['person.name.lastName']],
  ['Correo electrónico', (c) => ebP(c).mail, ['personalEmail.address']],
  ['Teléfono', (c) => (n(c) % 5 === 0 ? `604 ${v.int(sd(c, 'cot'), 260, 448)} ${d4(sd(c, 'cot2'))}` : ''), ['homePhone.number']],
  ['Teléfono celular', (c) => coMob(c), ['mobilePhone.number']],
  ['Empresa', (c) => (n(c) % 6 === 2 ? row(['Bancolombia', 'Grupo Nutresa', 'EPM', 'Sura', 'Independiente'], n(c) >> 3) : ''), ['organizations[0]'], opt],
  ['Fuente', (c) => row(['Finca Raíz', 'Metrocuadrado', 'Sitio web', 'Referido', 'Facebook', 'Ciencuadras', 'Finca Raíz'], n(c) % 7), [], opt],
  ['Etapa', (c) => row(EB_STAGE, (n(c) >> 1) % 8), [], opt],
  ['Agente', (c) => row(['Catalina Uribe', 'Mateo Henao', 'Luisa Fernanda Ochoa'], n(c) % 3), []],
  ['Tipo de operación', (c) => (ebRent(c) ? 'Renta' : 'Venta'), []],
  ['Tipo de propiedad', (c) => row(['Apartamento', 'Apartamento', 'Casa', 'Apartaestudio', 'Finca', 'Apartamento'], (n(c) >> 2) % 6), []],
  ['Presupuesto', (c) => `$${group(ebRent(c) ? row([2800000, 4500000, 6500000, 3500000], n(c) % 4) : row([420000000, 650000000, 980000000, 1350000000, 560000000], n(c) % 5), '.')}`, []],
  ['Moneda', () => 'COP', []],
  ['Zonas de interés', (c) => `${row(EB_ZONE, ebP(c).k1 % 8)}${n(c) % 3 === 0 ? `, ${row(EB_ZONE, ebP(c).k2 % 8 + 1)}` : ''}`, []],
  ['Propiedad de interés', (c) => (n(c) % 4 === 3 ? '' : `EB-${UP(sd(c, 'eb'), 2)}${v.int(sd(c, 'eb2'), 1000, 9999)}`), []],
  ['Ciudad', (c) => row(['Medellín', 'Medellín', 'Envigado', 'Bogotá', 'Medellín', 'Rionegro', 'Miami'], ebP(c).k3 % 7), HOMES('city'), opt],
  ['Etiquetas', (c) => row(['', 'inversionista', 'comprador caliente', '', 'extranjero', 'crédito hipotecario aprobado', ''], (n(c) >> 1) % 7), [], opt],
  ['Fecha de creación', (c) => ebDT(ebAdded(c)), [], opt],
  ['Último contacto', (c) => ebDT(ebAdded(c) - (ebAdded(c) % day) + (1 + n(c) % 40) * day + (14 + n(c) % 9) * 3600000 + (n(c) * 7919 % 3600) * 1000), []],
  ['Notas', (c) => row(['', 'Busca 3 habitaciones con balcón', '', 'Necesita parqueadero doble', 'Llamar después de las 6 pm', 'Tiene inmueble para permutar', ''], (n(c) >> 2) % 7), []],
] }

// ---------------------------------------------------------------- 9. Segflex corporate clients (BR, pt, B)
// an insurance broker in Campinas placing fleet, commercial property, liability and group-life policies for small and
// mid-size companies of the region; one row per company client with its insurance contact
// [razão social, nome fantasia, domain, activity, policies, lines, street, bairro, CEP, city]
const SG_CO = [['Transportadora Rota Sul Ltda', 'Rota Sul Transportes', 'rotasul.com.br', 'Transporte rodoviário de cargas', 4, 'Frota; RC Transportador', 'Rod. Anhanguera, km 98', 'Jardim Santa Lúcia', '13061-200', 'Campinas'],
  ['Metalúrgica Bandeirantes Indústria e Comércio Ltda', 'Metalúrgica Bandeirantes', 'metbandeirantes.com.br', 'Metalurgia', 3, 'Empresarial; Vida em Grupo', 'Rua Sílvia da Silva Braga, 310', 'Distrito Industrial', '13054-710', 'Campinas'],
  ['Clínica Odontológica Sorriso Campinas Ltda', 'Sorriso Campinas', 'sorrisocampinas.com.br', 'Saúde', 2, 'RC Profissional; Empresarial', 'Av. Júlio de Mesquita, 1120', 'Cambuí', '13025-062', 'Campinas'],
  ['Padaria e Confeitaria Trigo de Ouro Ltda', 'Trigo de Ouro', 'trigodeouro.com.br', 'Alimentação', 1, 'Empresarial', 'Av. Brasil, 2050', 'Jardim Guanabara', '13073-148', 'Campinas'],
  ['Construtora Vale do Atibaia S.A.', 'Vale do Atibaia', 'valedoatibaia.com.br', 'Construção civil', 6, 'Risco de Engenharia; Garantia; Frota', 'Av. José de Souza Campos, 900', 'Nova Campinas', '13092-123', 'Campinas'],
  ['TecnoAgro Soluções Agrícolas Ltda', 'TecnoAgro', 'tecnoagro.agr.br', 'Agronegócio', 3, 'Frota; Equipamentos', 'Rua Tenente Alberto Mendes Júnior, 455', 'Centro', '13465-000', 'Americana'],
  ['Colégio Integração Barão Geraldo Ltda', 'Colégio Integração', 'colegiointegracao.com.br', 'Educação', 2, 'Empresarial; Acidentes Pessoais', 'Av. Albino J. B. de Oliveira, 1400', 'Barão Geraldo', '13084-008', 'Campinas'],
  ['Auto Posto Anhanguera Ltda', 'Posto Anhanguera', 'postoanhanguera.com.br', 'Comércio de combustíveis', 2, 'Empresarial; RC Ambiental', 'Av. das Amoreiras, 3300', 'Parque Itália', '13036-225', 'Campinas']]
// [title (m), title (f), department]
const SG_JOB = [['Sócio-diretor', 'Sócia-diretora', 'Diretoria'], ['Gerente administrativo', 'Gerente administrativa', 'Administrativo'], ['Analista de RH', 'Analista de RH', 'Recursos Humanos'], ['Coordenador financeiro', 'Coordenadora financeira', 'Financeiro'], ['Gestor de frota', 'Gestora de frota', 'Logística']]
const sgK = (c) => (n(c) + (n(c) >> 3) * 3) % 8
const sgCo = (c) => row(SG_CO, sgK(c))
const sgP = (c) => who(c, 'br')
const sgJob = (c) => row(SG_JOB, (n(c) >> 1) % 5)
const sgAdded = (c) => Date.UTC(2016, 2, 1) + ((sgK(c) * 104729) % 2900) * day
const SET_SG = { name: 'segflex-clientes-pj-corretora-campinas-pt', product: 'Segflex (Clientes > Relatório de clientes > Exportar para Excel, one row per company client with its contact, Brazilian Portuguese UI, a Campinas insurance broker placing fleet, property, liability and group-life policies for companies, America/Sao_Paulo)', family: 'b2b', language: 'pt', schema: B, cols: [
  ['Código', (c) => String(1200 + sgK(c) * 17), [...ACCT, ...B2BID], opt],
  ['Pessoa', () => 'Jurídica', [], opt],
  ['Status', (c) => (sgK(c) === 3 && n(c) % 2 ? 'Inativo' : 'Ativo'), [], opt],
  ['Produtor Responsável', (c) => row(['Marcos Tavares', 'Renata Moretti'], sgK(c) % 2), []],
  ['Data do Cadastro', (c) => brDate(sgAdded(c)), ['extSourceSystemAudit.createdDate'], opt],
  ['Razão Social', (c) => sgCo(c)[0], CO],
  ['Nome Fantasia', (c) => sgCo(c)[1], CO, opt],
  ['CNPJ', (c) => cnpj(sgK(c)), [], opt],
  ['Inscrição Estadual', (c) => (sgCo(c)[3] === 'Saúde' || sgCo(c)[3] === 'Educação' ? 'ISENTO' : `${d3(v.rng(hash(`ie${sgK(c)}`)))}.${d3(v.rng(hash(`ie2${sgK(c)}`)))}.${d3(v.rng(hash(`ie3${sgK(c)}`)))}.${d3(v.rng(hash(`ie4${sgK(c)}`)))}`), []],
  ['Ramo de Atividade', (c) => sgCo(c)[3], [], opt],
  ['Contato', (c) => `${sgP(c).first} ${sgP(c).last}`, ['person.name.fullName']],
  ['Cargo', (c) => sgJob(c)[sgP(c).female ? 1 : 0], ['extendedWorkDetails.jobTitle']],
  ['Departamento', (c) => sgJob(c)[2], ['extendedWorkDetails.departments[0]']],
  ['E-mail', (c) => `${v.slug(sgP(c).first)}${n(c) % 2 ? '.' + v.slug(sgP(c).last) : ''}@${sgCo(c)[2]}`, WE],
  ['Telefone', (c) => `(19) 3${v.int(v.rng(hash(`sgt${sgK(c)}`)), 200, 899)}-${d4(v.rng(hash(`sgt2${sgK(c)}`)))}`, ['workPhone.number']],
  ['Ramal', (c) => (n(c) % 3 === 0 ? '' : String(200 + n(c) % 60)), ['workPhone.extension']],
  ['Celular', (c) => brMob(c, 'sgm', '19'), ['mobilePhone.number']],
  ['CEP', (c) => sgCo(c)[8], [W('postalCode')]],
  ['Endereço', (c) => sgCo(c)[6], [W('street1')]],
  ['Complemento', (c) => (sgK(c) % 3 === 0 ? `Sala ${10 + sgK(c) * 3}` : ''), [W('street2')]],
  ['Bairro', (c) => sgCo(c)[7], [W('street2'), W('region')], opt],
  ['Cidade', (c) => sgCo(c)[9], [W('city')]],
  ['UF', () => 'SP', STATE(WORK)],
  ['Site', (c) => `www.${sgCo(c)[2]}`, ['b2b.companyWebsite']],
  ['Apólices Vigentes', (c) => String(sgCo(c)[4]), []],
  ['Ramos', (c) => sgCo(c)[5], []],
  ['Observações', (c) => row(['', 'Renovação da frota em março', '', 'Cotar com 3 seguradoras', 'Cliente indicado pela ACIC', ''], (sgK(c) + (n(c) >> 2)) % 6), []],
] }

// ---------------------------------------------------------------- 10. Campos Dealer client portfolio (BR, pt, B)
// the direct-sales (venda direta / frotista) desk of a car dealership in Goiânia selling pickups, vans and sedans to
// agribusinesses, rental companies, builders and distributors in Goiás; one row per company client with its buyer
// [razão social, fantasia, domain, segment, fleet size, street, bairro, CEP, city]
const CD_CO = [['Agropecuária Boa Vista Ltda', 'Fazenda Boa Vista', 'agroboavista.com.br', 'Agronegócio', 38, 'Av. Presidente Vargas, 1820', 'Setor Central', '75901-040', 'Rio Verde'],
  ['Locadora Cerrado Veículos Ltda', 'Cerrado Rent a Car', 'cerradolocadora.com.br', 'Locadora', 420, 'Av. T-63, 1296', 'Setor Bueno', '74230-100', 'Goiânia'],
  ['Construtora Araguaia Engenharia Ltda', 'Araguaia Engenharia', 'araguaiaeng.com.br', 'Construção', 55, 'Rua 1136, 245', 'Setor Marista', '74180-150', 'Goiânia'],
  ['Distribuidora Goiás Alimentos Ltda', 'Goiás Alimentos', 'goiasalimentos.com.br', 'Distribuição', 72, 'Av. Rio Verde, Qd. 103, Lt. 5', 'Vila São Tomaz', '74915-515', 'Aparecida de Goiânia'],
  ['Vigilante Segurança Patrimonial Ltda', 'Vigilante Segurança', 'vigilanteseg.com.br', 'Serviços', 24, 'Av. 85, 1440', 'Setor Sul', '74080-010', 'Goiânia'],
  ['Cooperativa Agroindustrial Vale do Rio Claro', 'Coopervale', 'coopervalerc.coop.br', 'Cooperativa', 130, 'Rod. GO-174, km 3', 'Zona Rural', '75901-970', 'Rio Verde'],
  ['TCO Telecom Serviços Ltda', 'TCO Telecom', 'tcotelecom.com.br', 'Telecom', 88, 'Av. Jamel Cecílio, 3310', 'Jardim Goiás', '74810-100', 'Goiânia']]
// [title (m), title (f)]
const CD_JOB = [['Gerente de frota', 'Gerente de frota'], ['Comprador', 'Compradora'], ['Diretor administrativo', 'Diretora administrativa'], ['Sócio-proprietário', 'Sócia-proprietária'], ['Supervisor de compras', 'Supervisora de compras']]
const cdK = (c) => (n(c) + (n(c) >> 3) * 5) % 7
const cdCo = (c) => row(CD_CO, cdK(c))
const cdP = (c) => who(c, 'br')
const cdAdded = (c) => Date.UTC(2020, 4, 4) + ((cdK(c) * 104729) % 1700) * day + (n(c) % 200) * day
const SET_CD = { name: 'campos-dealer-carteira-clientes-venda-direta-goiania-pt', product: 'Campos Dealer (Vendas > Carteira de Clientes > Cadastro de Clientes > Exportar planilha, one row per company client with its buyer, Brazilian Portuguese UI, the fleet and direct-sales desk of a Goiânia car dealership, America/Sao_Paulo)', family: 'b2b', language: 'pt', schema: B, cols: [
  ['Código', (c) => String(880000 + cdK(c) * 1013 + (n(c) % 7)), B2BID, opt],
  ['Tipo Pessoa', () => 'PJ', [], opt],
  ['Nome / Razão Social', (c) => cdCo(c)[0], CO],
  ['Nome Fantasia', (c) => cdCo(c)[1], CO, opt],
  ['CPF / CNPJ', (c) => cnpj(`cd${cdK(c)}`), [], opt],
  ['Contato', (c) => `${cdP(c).first} ${cdP(c).last}`, ['person.name.fullName']],
  ['Cargo', (c) => row(CD_JOB, (n(c) >> 1) % 5)[cdP(c).female ? 1 : 0], ['extendedWorkDetails.jobTitle']],
  ['E-mail', (c) => `${v.slug(cdP(c).first)}.${v.slug(cdP(c).last)}@${cdCo(c)[2]}`, WE],
  ['Telefone', (c) => `(${cdCo(c)[8] === 'Rio Verde' ? '64' : '62'}) 3${v.int(v.rng(hash(`cdt${cdK(c)}`)), 200, 999)}-${d4(v.rng(hash(`cdt2${cdK(c)}`)))}`, ['workPhone.number']],
  ['Celular', (c) => brMob(c, 'cdm', cdCo(c)[8] === 'Rio Verde' ? '64' : '62'), ['mobilePhone.number']],
  ['CEP', (c) => cdCo(c)[7], [W('postalCode')]],
  ['Logradouro', (c) => cdCo(c)[5], [W('street1')]],
  ['Bairro', (c) => cdCo(c)[6], [W('street2'), W('region')], opt],
  ['Cidade', (c) => cdCo(c)[8], [W('city')]],
  ['UF', () => 'GO', STATE(WORK)],
  ['Vendedor', (c) => row(['Wesley Rocha (Venda Direta)', 'Thaís Borges (Venda Direta)'], cdK(c) % 2), []],
  ['Classificação', (c) => (cdCo(c)[4] >= 100 ? 'Ouro' : cdCo(c)[4] >= 50 ? 'Prata' : 'Bronze'), [], opt],
  ['Origem', (c) => row(['Venda Direta', 'Indicação', 'Feirão', 'Site', 'Venda Direta'], (cdK(c) + n(c)) % 5), ['b2b.personSource'], opt],
  ['Segmento', (c) => cdCo(c)[3], [], opt],
  ['Tamanho da Frota', (c) => String(cdCo(c)[4]), []],
  ['Data de Cadastro', (c) => brDate(cdAdded(c)), ['extSourceSystemAudit.createdDate'], opt],
  ['Data da Última Ação', (c) => brDate(Math.max(cdAdded(c), Date.UTC(2025, 0, 6)) + (n(c) % 90) * day), ['extSourceSystemAudit.lastActivityDate'], opt],
  ['Aceita Contato por E-mail', (c) => (n(c) % 5 === 2 ? 'Não' : 'Sim'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
] }

export const SETS = [SET_SV, SET_WF, SET_CF, SET_TM, SET_SI, SET_SS, SET_LV, SET_EB, SET_SG, SET_CD]
