// Round 89, tune89: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). Spanish, Italian, Portuguese and Brazilian invoicing, accounting and
// small-business finance tools: customer lists, issued-invoice books, invoice lines, receipts and payments, each
// header in the product's UI language.
import { E, P, B, v, at, HOME, B2BID, PL, OR, opt } from './sets.mjs'
import { pad, parts, row } from './values.mjs'

// dates: "22/05/2024" (es/it/pt), "22/05/2024 14:31", "2024-05-22"
const dmy = (ms) => { const p = parts(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const dmyHM = (ms) => { const p = parts(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const ymd = (ms) => { const p = parts(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const day = 86400000
// money: "1.234,56" (es/it/pt/br), "1234,56", "1.234,56 €", "R$ 1.234,56"
const dec = (n) => n.toFixed(2).replace('.', ',')
const th = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')
const eur = (n) => `${th(n)} €`
const brl = (n) => `R$ ${th(n)}`
// tax ids
const NIF_L = 'TRWAGMYFPDXBNJZSQVHLCKE'
const nif = (r) => { const n = v.int(r, 10000000, 79999999); return `${n}${NIF_L[n % 23]}` }
const cif = (r) => `${v.pick(r, ['B', 'B', 'A', 'J'])}${v.int(r, 10000000, 99999999)}`
const nifOrCif = (r) => (r() < 0.6 ? nif(r) : cif(r))
const piva = (r) => String(v.int(r, 10000000000, 19999999999)).slice(0, 11)
const CF_A = 'ABCDEFGHILMNPRSTVZ'
const cf = (c, r) => `${c.last.slice(0, 3).toUpperCase().normalize('NFD').replace(/[^A-Z]/g, 'X').padEnd(3, 'X')}${c.first.slice(0, 3).toUpperCase().normalize('NFD').replace(/[^A-Z]/g, 'X').padEnd(3, 'X')}${pad(v.int(r, 50, 99))}${v.pick(r, [...'ABCDEHLMPRST'])}${pad(v.int(r, 1, 28))}${v.pick(r, [...CF_A])}${v.int(r, 100, 999)}${v.pick(r, [...CF_A])}`
const nifPt = (r) => `${v.pick(r, ['1', '2', '5', '5'])}${v.int(r, 10000000, 99999999)}`
const cpf = (r) => `${v.int(r, 100, 999)}.${v.int(r, 100, 999)}.${v.int(r, 100, 999)}-${pad(v.int(r, 0, 99))}`
const cnpj = (r) => `${pad(v.int(r, 10, 99))}.${v.int(r, 100, 999)}.${v.int(r, 100, 999)}/0001-${pad(v.int(r, 0, 99))}`
// phones
const esTel = (r) => `9${v.int(r, 10, 88)}${v.int(r, 100000, 999999)}`
const esMov = (r) => `6${v.int(r, 10, 99)}${v.int(r, 100000, 999999)}`
const itTel = (r) => `0${v.int(r, 2, 99)} ${v.int(r, 100000, 9999999)}`
const itCell = (r) => `3${v.int(r, 20, 49)} ${v.int(r, 1000000, 9999999)}`
const ptTel = (r) => `2${v.int(r, 10, 59)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`
const ptTlm = (r) => `9${v.pick(r, ['1', '2', '3', '6'])}${v.int(r, 0, 9)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`
const brCel = (r) => `(${v.int(r, 11, 99)}) 9${v.int(r, 6000, 9999)}-${pad(v.int(r, 0, 9999), 4)}`

// places and goods
const ES_ADDR = [['C/ Mayor, 14', 'Madrid', '28013', 'Madrid'], ['Avda. Diagonal, 455 3º 2ª', 'Barcelona', '08036', 'Barcelona'], ['C/ Colón, 22', 'Valencia', '46004', 'Valencia'], ['Pza. Nueva, 3', 'Sevilla', '41001', 'Sevilla'], ['C/ Uría, 40 1º B', 'Oviedo', '33003', 'Asturias'], ['Gran Vía, 19', 'Bilbao', '48001', 'Vizcaya'], ['C/ Larios, 7', 'Málaga', '29015', 'Málaga'], ['Paseo Independencia, 24', 'Zaragoza', '50004', 'Zaragoza']]
const IT_ADDR = [['Via Roma 12', 'Torino', '10121', 'TO'], ['Corso Buenos Aires 45', 'Milano', '20124', 'MI'], ['Via dei Mille 8', 'Napoli', '80121', 'NA'], ['Viale Europa 101', 'Roma', '00144', 'RM'], ['Via Indipendenza 30', 'Bologna', '40121', 'BO'], ['Via Sacchi 3', 'Padova', '35121', 'PD']]
const PT_ADDR = [['Rua de Santa Catarina, 312', 'Porto', '4000-447', 'Porto'], ['Av. da Liberdade, 110 2º Esq', 'Lisboa', '1269-046', 'Lisboa'], ['Rua Ferreira Borges, 45', 'Coimbra', '3000-180', 'Coimbra'], ['Largo do Paço, 9', 'Braga', '4700-421', 'Braga'], ['Rua 5 de Outubro, 77', 'Faro', '8000-076', 'Faro'], ['Av. Lourenço Peixinho, 150', 'Aveiro', '3800-164', 'Aveiro']]
const BR_ADDR = [['Rua Augusta', '1508', 'Conj. 42', 'Consolação', 'São Paulo', 'SP', '01304-001'], ['Av. Afonso Pena', '3200', '', 'Funcionários', 'Belo Horizonte', 'MG', '30130-009'], ['Rua XV de Novembro', '700', 'Sala 3', 'Centro', 'Curitiba', 'PR', '80020-310'], ['Av. Ipiranga', '6681', '', 'Partenon', 'Porto Alegre', 'RS', '90619-900'], ['Rua Visconde de Pirajá', '414', 'Loja B', 'Ipanema', 'Rio de Janeiro', 'RJ', '22410-002']]
const ES_CO = ['Talleres Hermanos Ruiz S.L.', 'Distribuciones Levante S.A.', 'Clínica Dental Sonrisa S.L.P.', 'Reformas Garrido S.L.', 'Librería El Faro C.B.', 'Asesoría Núñez y Asociados S.L.', 'Panadería La Espiga S.L.', 'Hostal Miramar S.L.']
const IT_CO = ['Idraulica Bianchi S.r.l.', 'Studio Tecnico Ferri', 'Ristorante Da Mario S.n.c.', 'Tipografia Moderna S.r.l.', 'Farmacia San Marco', 'Edilcasa S.p.A.']
const PT_CO = ['Padaria Central, Lda.', 'Construções Moreira & Filhos, Lda.', 'Clínica Veterinária do Bonfim, Lda.', 'Tipografia Lusitana, S.A.', 'Café Majestade Unipessoal, Lda.']
const BR_CO = ['Padaria Pão Dourado Ltda', 'Oficina Mecânica Rodrigues ME', 'Studio Bella Estética Ltda', 'Agência Pixel Digital Ltda', 'Mercadinho Boa Vista EIRELI', 'Clínica Sorriso Odontologia Ltda']
const ES_ART = [['SERV-MANT', 'Mantenimiento mensual equipos', 85.0, 21], ['PAP-A4-500', 'Papel A4 80 g (paquete 500 h.)', 4.2, 21], ['CONS-HORA', 'Hora de consultoría', 55.0, 21], ['TON-HP-305', 'Tóner HP 305A negro', 68.9, 21], ['LIB-TEXT', 'Libro de texto 3º ESO', 32.5, 4], ['PAN-BARRA', 'Barra de pan 250 g', 0.95, 4]]
const IT_ART = [['MAN-ORD', 'Manutenzione ordinaria caldaia', 120.0, 22], ['CONS-ORA', 'Consulenza tecnica (ora)', 60.0, 22], ['STAMPA-BV', 'Stampa biglietti da visita (500 pz)', 45.0, 22], ['PAN-KG', 'Pane casereccio al kg', 3.8, 4], ['PROG-ARCH', 'Progetto architettonico - acconto', 850.0, 22]]
const CAT_IN = ['Receitas de Serviços', 'Venda de Produtos', 'Mensalidades', 'Consultoria', 'Outras Receitas']
const CC = ['Comercial', 'Administrativo', 'Operações', 'Marketing', 'Projetos']
const ES_PAGO = ['Transferencia', 'Recibo domiciliado', 'Contado', 'Tarjeta', 'Bizum', 'Pagaré 30 días']
const IT_PAG = ['Bonifico bancario', 'RiBa 30 gg', 'Contanti', 'Carta di credito', 'RID/SDD', 'Bonifico 60 gg d.f.']
const PT_PAG = ['Transferência bancária', 'Multibanco', 'MB WAY', 'Numerário', 'Cartão de crédito']
const CS_MERCH = [['GOOGLE *ADS', 'Marketing', 'Publicidade online'], ['AWS EMEA', 'Tecnologia', 'Software e cloud'], ['UBER *TRIP', 'Operações', 'Transporte'], ['IFOOD *RESTAURANTE', 'Comercial', 'Alimentação'], ['LATAM AIRLINES', 'Comercial', 'Viagens'], ['META *FACEBK ADS', 'Marketing', 'Publicidade online'], ['NOTION LABS', 'Tecnologia', 'Software e cloud']]
const esNom = (c) => `${c.last.toUpperCase()} ${c.last2 ?? ''}${c.first.toUpperCase()}`.replace(/  +/g, ' ')
const nm = (c) => `${c.first} ${c.last}`
const line = (xs, i, o) => { const a = row(xs, i); const q = o.qty; const base = +(a[2] * q).toFixed(2); const iva = +(base * a[3] / 100).toFixed(2); return { code: a[0], name: a[1], price: a[2], rate: a[3], q, base, iva, total: +(base + iva).toFixed(2) } }

export const SETS = [
  // ---------------------------------------------------------------- customers (FactuSOL, Software DELSOL: Archivo > Clientes > Exportar a Excel)
  { name: 'factusol-clientes-exportar-excel-es', product: 'FactuSOL (Software DELSOL; Archivo > Clientes, botón "Exportar a Excel", XLSX, Spanish UI, a Spanish shop invoicing individuals and small firms)', family: 'crm', language: 'es', schema: P, cols: [
    ['Código', (c, o, r, i) => String(i + 1), ['_id', 'personID']],
    ['Nombre fiscal', (c, o, r, i) => (i % 3 === 1 ? row(ES_CO, i) : `${c.first} ${c.last}`), ['person.name.fullName'], opt],
    ['Nombre comercial', (c, o, r, i) => (i % 3 === 1 ? row(ES_CO, i).replace(/ S\.L\.P?\.| S\.A\.| C\.B\./, '') : ''), ['organizations[0]'], opt],
    ['N.I.F.', (c, o, r) => nifOrCif(r), ['person.taxId']],
    ['Domicilio', (c, o, r, i) => row(ES_ADDR, i)[0], at(HOME, 'street1')],
    ['Población', (c, o, r, i) => row(ES_ADDR, i)[1], at(HOME, 'city')],
    ['Cód. Postal', (c, o, r, i) => row(ES_ADDR, i)[2], at(HOME, 'postalCode')],
    ['Provincia', (c, o, r, i) => row(ES_ADDR, i)[3], [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['País', () => 'ESPAÑA', at(HOME, 'country')],
    ['Teléfono', (c, o, r) => (r() < 0.7 ? esTel(r) : ''), ['homePhone.number']],
    ['Móvil', (c, o, r) => (r() < 0.7 ? esMov(r) : ''), ['mobilePhone.number']],
    ['Fax', (c, o, r) => (r() < 0.1 ? esTel(r) : ''), ['faxPhone.number']],
    ['E-mail', (c) => c.email, ['personalEmail.address']],
    ['Persona de contacto', (c, o, r) => (r() < 0.3 ? c.first : ''), [], opt],
    ['Forma de pago', (c, o, r) => v.pick(r, ['01', '02', '05', 'TRF']), []],
    ['Agente', (c, o, r) => String(v.int(r, 1, 4)), []],
    ['Tarifa', (c, o, r) => String(v.pick(r, [1, 1, 2])), []],
    ['Descuento', (c, o, r) => dec(v.pick(r, [0, 0, 5, 10])), []],
    ['Riesgo máximo', (c, o, r) => dec(v.pick(r, [0, 1500, 3000])), []],
    ['Fecha de alta', (c) => dmy(c.created), [], opt],
    ['Fecha de nacimiento', (c, o, r) => (r() < 0.2 ? dmy(c.birth) : ''), ['person.birthDate'], opt],
    ['Observaciones', (c, o, r) => v.pick(r, ['', '', 'Cliente habitual', 'Enviar factura por email']), []],
  ] },

  // ---------------------------------------------------------------- issued-invoice book (ContaPlus, Sage: Diario > Libros de IVA > IVA repercutido, exportar a Excel)
  { name: 'contaplus-libro-iva-repercutido-es', product: 'ContaPlus (Sage ContaPlus; Diario > Libros oficiales > Libro de IVA repercutido / facturas emitidas, exportación a Excel, Spanish UI, a Spanish SME or its gestoría)', family: 'ecommerce-orders', language: 'es', schema: E, cols: [
    ['Asiento', (c, o, r, i) => String(100 + i * 3), [], opt],
    ['Fecha', (c, o) => dmy(o.at), ['timestamp', OR('createdDate')]],
    ['Serie', () => 'A', []],
    ['Factura', (c, o, r, i) => `A/${new Date(o.at).getUTCFullYear()}/${pad(i + 101, 4)}`, [OR('purchaseID'), '_id']],
    ['Subcuenta', (c, o, r, i) => `4300${pad(i + 12, 4)}`, []],
    ['Nombre', (c, o, r, i) => (r() < 0.5 ? row(ES_CO, i) : esNom(c)), []],
    ['N.I.F.', (c, o, r) => nifOrCif(r), []],
    ['Base imponible', (c, o, r, i) => th(line(ES_ART, i, o).base), [OR('priceTotal')], opt],
    ['% IVA', (c, o, r, i) => dec(line(ES_ART, i, o).rate), []],
    ['Cuota IVA', (c, o, r, i) => th(line(ES_ART, i, o).iva), [OR('taxAmount')]],
    ['% R.E.', () => dec(0), []],
    ['Cuota R.E.', () => dec(0), []],
    ['Total factura', (c, o, r, i) => th(line(ES_ART, i, o).total), [OR('priceTotal')]],
    ['Tipo operación', (c, o, r) => v.pick(r, ['General', 'General', 'Intracomunitaria']), [], opt],
    ['Concepto', (c, o, r, i) => `N/Fra. A/${pad(i + 101, 4)}`, []],
  ] },

  // ---------------------------------------------------------------- issued invoices (a3factura, Wolters Kluwer: Facturas > listado, exportar a Excel)
  { name: 'a3factura-facturas-emitidas-excel-es', product: 'a3factura (Wolters Kluwer a3innuva; Ventas > Facturas, listado exportado a Excel, Spanish UI, a Spanish small business)', family: 'ecommerce-orders', language: 'es', schema: E, cols: [
    ['Serie', () => 'FV', []],
    ['Número', (c, o, r, i) => String(2400 + i), [OR('purchaseID'), '_id']],
    ['Fecha', (c, o) => dmy(o.at), ['timestamp', OR('createdDate')]],
    ['Código cliente', (c, o, r, i) => pad(i + 30, 6), []],
    ['Cliente', (c, o, r, i) => row(ES_CO, i), []],
    ['NIF', (c, o, r) => cif(r), []],
    ['Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Referencia', (c, o, r) => (r() < 0.4 ? `PED-${v.int(r, 100, 999)}` : ''), [OR('purchaseOrderNumber')], opt],
    ['Forma de pago', (c, o, r) => v.pick(r, ES_PAGO), [OR('payments[0].paymentType')], opt],
    ['Base imponible', (c, o, r, i) => th(line(ES_ART, i, o).base), [OR('priceTotal')], opt],
    ['Descuento', (c, o) => th(o.discount), [OR('discountAmount')]],
    ['IVA', (c, o, r, i) => th(line(ES_ART, i, o).iva), [OR('taxAmount')]],
    ['Retención IRPF', (c, o, r) => (r() < 0.2 ? th(15 * 7) : '0,00'), []],
    ['Total', (c, o, r, i) => th(line(ES_ART, i, o).total), [OR('priceTotal')]],
    ['Moneda', () => 'EUR', [OR('currencyCode')]],
    ['Vencimiento', (c, o) => dmy(o.at + 30 * day), [], opt],
    ['Estado', (c, o, r) => v.pick(r, ['Cobrada', 'Cobrada', 'Pendiente', 'Vencida']), [], opt],
    ['Enviada por email', (c, o, r) => (r() < 0.7 ? 'Sí' : 'No'), []],
    ['Verifactu', (c, o, r) => v.pick(r, ['Registrada', 'Registrada', 'Pendiente']), []],
    ['Observaciones', (c, o, r) => v.pick(r, ['', '', 'Pago en dos plazos']), []],
  ] },

  // ---------------------------------------------------------------- customers with contact (Sage 50 ES: Maestros > Clientes, exportar a Excel)
  { name: 'sage50-es-clientes-contactos-excel', product: 'Sage 50 (Spain; Maestros > Clientes, lista exportada a Excel with the contact person fields, Spanish UI, a Spanish B2B distributor)', family: 'b2b', language: 'es', schema: B, cols: [
    ['Código', (c, o, r, i) => `4300${pad(i + 1, 4)}`, B2BID],
    ['Nombre', (c, o, r, i) => row(ES_CO, i), ['b2b.companyName', 'organizations[0]']],
    ['Nombre comercial', (c, o, r, i) => row(ES_CO, i).replace(/ S\.L\.P?\.| S\.A\.| C\.B\./, ''), ['b2b.companyName', 'organizations[0]'], opt],
    ['CIF', (c, o, r) => cif(r), [], opt],
    ['Dirección', (c, o, r, i) => row(ES_ADDR, i + 2)[0], ['workAddress.street1']],
    ['Código postal', (c, o, r, i) => row(ES_ADDR, i + 2)[2], ['workAddress.postalCode']],
    ['Población', (c, o, r, i) => row(ES_ADDR, i + 2)[1], ['workAddress.city']],
    ['Provincia', (c, o, r, i) => row(ES_ADDR, i + 2)[3], ['workAddress.stateProvince', 'workAddress.state']],
    ['País', () => 'ES', ['workAddress.countryCode']],
    ['Teléfono', (c, o, r) => esTel(r), ['workPhone.number']],
    ['Email', (c) => c.workEmail, ['workEmail.address']],
    ['Web', (c, o, r, i) => (r() < 0.5 ? `www.${row(ES_CO, i).toLowerCase().normalize('NFD').replace(/[^a-z]/g, '').slice(0, 14)}.es` : ''), ['b2b.companyWebsite']],
    ['Contacto', (c) => nm(c), ['person.name.fullName']],
    ['Cargo', (c, o, r) => v.pick(r, ['Gerente', 'Administración', 'Compras', 'Contabilidad']), [], opt],
    ['Teléfono contacto', (c, o, r) => esMov(r), ['mobilePhone.number', 'workPhone.number']],
    ['Email contacto', (c) => c.workEmail, ['workEmail.address']],
    ['Forma de pago', (c, o, r) => v.pick(r, ES_PAGO), []],
    ['Vendedor', (c, o, r) => v.pick(r, ['01', '02', '03']), []],
    ['Límite de crédito', (c, o, r) => th(v.pick(r, [3000, 6000, 12000])), []],
    ['Fecha alta', (c) => dmy(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Baja', (c, o, r) => (r() < 0.1 ? 'Sí' : 'No'), [], opt],
  ] },

  // ---------------------------------------------------------------- address book (Fattura24: Rubrica > Esporta in Excel)
  { name: 'fattura24-rubrica-clienti-esporta-it', product: 'Fattura24 (Rubrica > clienti, "Esporta" to Excel/CSV, Italian UI, an Italian freelancer or shop invoicing private customers and firms)', family: 'crm', language: 'it', schema: P, cols: [
    ['Codice', (c, o, r, i) => `C${pad(i + 1, 4)}`, ['_id', 'personID']],
    ['Ragione sociale', (c, o, r, i) => (r() < 0.35 ? row(IT_CO, i) : ''), ['organizations[0]'], opt],
    ['Nome', (c) => c.first, ['person.name.firstName']],
    ['Cognome', (c) => c.last, ['person.name.lastName']],
    ['Partita IVA', (c, o, r) => (r() < 0.35 ? piva(r) : ''), [], opt],
    ['Codice fiscale', (c, o, r) => cf(c, r), ['person.taxId']],
    ['Indirizzo', (c, o, r, i) => row(IT_ADDR, i)[0], at(HOME, 'street1')],
    ['CAP', (c, o, r, i) => row(IT_ADDR, i)[2], at(HOME, 'postalCode')],
    ['Città', (c, o, r, i) => row(IT_ADDR, i)[1], at(HOME, 'city')],
    ['Provincia', (c, o, r, i) => row(IT_ADDR, i)[3], [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Nazione', () => 'IT', at(HOME, 'countryCode')],
    ['Telefono', (c, o, r) => (r() < 0.4 ? itTel(r) : ''), ['homePhone.number']],
    ['Cellulare', (c, o, r) => (r() < 0.8 ? itCell(r) : ''), ['mobilePhone.number']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['PEC', (c, o, r) => (r() < 0.3 ? `${c.last.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '')}@pec.it` : ''), [], opt],
    ['Codice destinatario', (c, o, r) => (r() < 0.3 ? v.alnum(r, 7).toUpperCase() : '0000000'), []],
    ['Note', (c, o, r) => v.pick(r, ['', '', 'Cliente abituale', 'Inviare fattura di cortesia']), []],
  ] },

  // ---------------------------------------------------------------- sales invoices (Reviso Italia: Vendite > Fatture, Esporta in Excel)
  { name: 'reviso-fatture-vendita-esporta-it', product: 'Reviso (Italia; Vendite > Fatture emesse, "Esporta" to Excel, Italian UI, an Italian small business)', family: 'ecommerce-orders', language: 'it', schema: E, cols: [
    ['Numero', (c, o, r, i) => `${i + 1}/${new Date(o.at).getUTCFullYear()}`, [OR('purchaseID'), '_id']],
    ['Data', (c, o) => dmy(o.at), ['timestamp', OR('createdDate')]],
    ['N. cliente', (c, o, r, i) => String(100 + i), []],
    ['Nome cliente', (c, o, r, i) => row(IT_CO, i), []],
    ['Partita IVA', (c, o, r) => piva(r), []],
    ['Riferimento', (c, o, r) => (r() < 0.4 ? `Ordine ${v.int(r, 10, 99)}` : ''), [OR('purchaseOrderNumber')], opt],
    ['Imponibile', (c, o, r, i) => th(line(IT_ART, i, o).base), [OR('priceTotal')], opt],
    ['IVA', (c, o, r, i) => th(line(IT_ART, i, o).iva), [OR('taxAmount')]],
    ['Totale', (c, o, r, i) => th(line(IT_ART, i, o).total), [OR('priceTotal')]],
    ['Valuta', () => 'EUR', [OR('currencyCode')]],
    ['Condizioni di pagamento', (c, o, r) => v.pick(r, IT_PAG), [OR('payments[0].paymentType')], opt],
    ['Scadenza', (c, o) => dmy(o.at + 30 * day), [], opt],
    ['Residuo', (c, o, r, i) => (r() < 0.7 ? '0,00' : th(line(IT_ART, i, o).total)), []],
    ['Stato SdI', (c, o, r) => v.pick(r, ['Consegnata', 'Consegnata', 'Inviata', 'Scartata']), [], opt],
    ['Agente', (c, o, r) => v.pick(r, ['', 'Rossi', 'Neri']), []],
    ['Centro di costo', (c, o, r) => v.pick(r, ['', 'Assistenza', 'Vendite']), []],
  ] },

  // ---------------------------------------------------------------- invoice lines (Gestionale1: Documenti > Fatture, righe, Esporta in Excel)
  { name: 'gestionale1-righe-documenti-vendita-it', product: 'Gestionale1 (Documenti > Vendite > Fatture, document lines view exported to Excel, Italian UI, an Italian artisan / trade business)', family: 'ecommerce-orders', language: 'it', schema: E, cols: [
    ['Tipo doc.', () => 'Fattura', []],
    ['Numero doc.', (c, o, r, i) => `${i + 1}`, [OR('purchaseID')]],
    ['Data doc.', (c, o) => dmy(o.at), ['timestamp', OR('createdDate')]],
    ['Cod. cliente', (c, o, r, i) => pad(i + 5, 5), []],
    ['Cliente', (c, o, r, i) => row(IT_CO, i + 2), []],
    ['Riga', () => '1', []],
    ['Cod. articolo', (c, o, r, i) => line(IT_ART, i, o).code, [PL('SKU')]],
    ['Descrizione', (c, o, r, i) => line(IT_ART, i, o).name, [PL('name')]],
    ['U.M.', (c, o, r, i) => (line(IT_ART, i, o).code === 'PAN-KG' ? 'kg' : line(IT_ART, i, o).code.includes('ORA') ? 'h' : 'pz'), [PL('unitOfMeasureCode')]],
    ['Quantità', (c, o) => dec(o.qty), [PL('quantity')]],
    ['Prezzo unitario', (c, o, r, i) => th(line(IT_ART, i, o).price), [PL('priceTotal')], opt],
    ['Sconto %', (c, o, r) => v.pick(r, ['', '', '5', '10']), []],
    ['Importo', (c, o, r, i) => th(line(IT_ART, i, o).base), [PL('priceTotal')]],
    ['Cod. IVA', (c, o, r, i) => String(line(IT_ART, i, o).rate), []],
    ['Magazzino', () => 'Principale', []],
    ['Lotto', (c, o, r) => (r() < 0.2 ? `L${v.int(r, 1000, 9999)}` : ''), []],
    ['Note riga', (c, o, r) => v.pick(r, ['', '', 'Intervento urgente']), []],
  ] },

  // ---------------------------------------------------------------- receipts (FacturaScripts: Ventas > Recibos, exportar a Excel/CSV)
  { name: 'facturascripts-recibos-clientes-es', product: 'FacturaScripts (open-source ERP; Ventas > Recibos de clientes, list "Exportar" to XLSX/CSV, Spanish UI, a Spanish small business)', family: 'payments', language: 'es', schema: E, cols: [
    ['Código', (c, o, r, i) => `${new Date(o.at).getUTCFullYear()}A${pad(i + 1, 4)}-1`, [OR('payments[0].transactionID'), '_id']],
    ['Factura', (c, o, r, i) => `FAC${new Date(o.at).getUTCFullYear()}A${pad(i + 1, 4)}`, [OR('purchaseID')]],
    ['Cliente', (c, o, r, i) => (r() < 0.5 ? row(ES_CO, i) : nm(c)), []],
    ['Nº recibo', () => '1', []],
    ['Importe', (c, o, r, i) => dec(line(ES_ART, i, o).total), [OR('payments[0].paymentAmount')]],
    ['Divisa', () => 'EUR', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Forma de pago', (c, o, r) => v.pick(r, ['Transferencia', 'Contado', 'Domiciliación', 'Tarjeta']), [OR('payments[0].paymentType')]],
    ['Fecha', (c, o) => dmy(o.at), ['timestamp'], opt],
    ['Vencimiento', (c, o) => dmy(o.at + 30 * day), [], opt],
    ['Pagado', (c, o, r) => (r() < 0.7 ? 'Sí' : 'No'), [], opt],
    ['Fecha de pago', (c, o, r) => (r() < 0.7 ? dmy(o.at + v.int(r, 1, 30) * day) : ''), ['timestamp'], opt],
    ['Gastos', (c, o, r) => (r() < 0.1 ? '2,50' : '0,00'), []],
    ['Observaciones', (c, o, r) => v.pick(r, ['', '', 'Cobrado por Bizum']), []],
  ] },

  // ---------------------------------------------------------------- customers (TOConline: Empresa > Entidades > Clientes, exportar para Excel)
  { name: 'toconline-clientes-exportar-excel-pt', product: 'TOConline (Empresa > Entidades > Clientes, list exported to Excel, European Portuguese UI, a Portuguese small business invoicing consumers and firms)', family: 'crm', language: 'pt', schema: P, cols: [
    ['Código', (c, o, r, i) => String(i + 1), ['_id', 'personID']],
    ['NIF', (c, o, r) => (r() < 0.15 ? '999999990' : nifPt(r)), ['person.taxId']],
    ['Nome', (c, o, r, i) => (r() < 0.3 ? row(PT_CO, i) : `${c.first} ${c.last}`), ['person.name.fullName'], opt],
    ['Morada', (c, o, r, i) => row(PT_ADDR, i)[0], at(HOME, 'street1')],
    ['Código postal', (c, o, r, i) => row(PT_ADDR, i)[2], at(HOME, 'postalCode')],
    ['Localidade', (c, o, r, i) => row(PT_ADDR, i)[1], at(HOME, 'city')],
    ['Distrito', (c, o, r, i) => row(PT_ADDR, i)[3], [...at(HOME, 'stateProvince'), ...at(HOME, 'state')], opt],
    ['País', () => 'PT', at(HOME, 'countryCode')],
    ['E-mail', (c) => c.email.replace(/@.*/, '@sapo.pt'), ['personalEmail.address']],
    ['Telefone', (c, o, r) => (r() < 0.4 ? ptTel(r) : ''), ['homePhone.number']],
    ['Telemóvel', (c, o, r) => (r() < 0.8 ? ptTlm(r) : ''), ['mobilePhone.number']],
    ['Nome de contacto', (c, o, r) => (r() < 0.2 ? c.first : ''), [], opt],
    ['Site web', (c, o, r) => (r() < 0.1 ? 'www.exemplo.pt' : ''), []],
    ['Sujeito passivo', (c, o, r) => (r() < 0.4 ? 'Sim' : 'Não'), []],
    ['Regime de IVA de caixa', () => 'Não', []],
    ['Condição de pagamento', (c, o, r) => v.pick(r, ['Pronto pagamento', '30 dias', '60 dias']), []],
    ['Modo de pagamento', (c, o, r) => v.pick(r, PT_PAG), []],
    ['Conta SNC', (c, o, r, i) => `211${pad(i + 1, 5)}`, []],
    ['Saldo', (c, o, r) => th(r() < 0.6 ? 0 : v.int(r, 10, 2000) + 0.5), []],
    ['Data de criação', (c) => dmy(c.created), [], opt],
  ] },

  // ---------------------------------------------------------------- receipts (Nibo: Financeiro > Recebimentos, exportar Excel)
  { name: 'nibo-recebimentos-exportar-excel-pt', product: 'Nibo (Nibo Empresa; Financeiro > Recebimentos / contas a receber, "Exportar" to Excel, Brazilian Portuguese UI, a Brazilian service company or its accountant)', family: 'payments', language: 'pt', schema: E, cols: [
    ['Data de vencimento', (c, o) => dmy(o.at + 10 * day), [], opt],
    ['Data de competência', (c, o) => dmy(o.at), [], opt],
    ['Data de pagamento', (c, o, r) => (r() < 0.7 ? dmy(o.at + v.int(r, 5, 15) * day) : ''), ['timestamp'], opt],
    ['Cliente', (c, o, r, i) => (r() < 0.5 ? row(BR_CO, i) : nm(c)), []],
    ['CPF/CNPJ', (c, o, r) => (r() < 0.5 ? cnpj(r) : cpf(r)), []],
    ['Descrição', (c, o, r, i) => `${row(CAT_IN, i)} - ${v.pick(r, ['mensal', 'parcela 1/3', 'avulso'])}`, [], opt],
    ['Categoria', (c, o, r, i) => row(CAT_IN, i), [], opt],
    ['Centro de custo', (c, o, r) => v.pick(r, ['', ...CC]), []],
    ['Referência', (c, o, r) => (r() < 0.5 ? `NF ${v.int(r, 100, 999)}` : ''), [OR('purchaseID')], opt],
    ['Valor', (c, o) => brl(o.total * 5), [OR('payments[0].paymentAmount')]],
    ['Valor pago', (c, o, r) => (r() < 0.7 ? brl(o.total * 5) : ''), [OR('payments[0].paymentAmount')], opt],
    ['Juros/Multa', (c, o, r) => (r() < 0.1 ? brl(3.2) : ''), []],
    ['Desconto', (c, o, r) => (r() < 0.1 ? brl(10) : ''), [OR('discountAmount')], opt],
    ['Conta', (c, o, r) => v.pick(r, ['Itaú PJ', 'Banco Inter', 'Caixa interno']), []],
    ['Forma de pagamento', (c, o, r) => v.pick(r, ['Pix', 'Boleto', 'Transferência', 'Cartão de crédito']), [OR('payments[0].paymentType')]],
    ['Status', (c, o, r) => v.pick(r, ['Pago', 'Pago', 'Em aberto', 'Atrasado']), [], opt],
    ['Observação', (c, o, r) => v.pick(r, ['', '', 'Cobrança enviada por e-mail']), []],
  ] },

  // ---------------------------------------------------------------- customers (Granatum: Cadastros > Clientes, exportar)
  { name: 'granatum-clientes-exportar-pt', product: 'Granatum (Cadastros > Clientes e fornecedores, "Exportar" to XLSX, Brazilian Portuguese UI, a Brazilian small business with consumer and company customers)', family: 'crm', language: 'pt', schema: P, cols: [
    ['Nome', (c, o, r, i) => (r() < 0.3 ? row(BR_CO, i) : nm(c)), ['person.name.fullName'], opt],
    ['Nome fantasia', (c, o, r, i) => (r() < 0.2 ? row(BR_CO, i).replace(/ (Ltda|ME|EIRELI)$/, '') : ''), ['organizations[0]'], opt],
    ['CPF/CNPJ', (c, o, r) => (r() < 0.7 ? cpf(r) : cnpj(r)), ['person.taxId']],
    ['Inscrição estadual', (c, o, r) => (r() < 0.15 ? String(v.int(r, 100000000, 999999999)) : ''), []],
    ['Inscrição municipal', (c, o, r) => (r() < 0.15 ? String(v.int(r, 1000000, 9999999)) : ''), []],
    ['E-mail', (c) => c.email, ['personalEmail.address']],
    ['Telefone', (c, o, r) => brCel(r), ['mobilePhone.number', 'homePhone.number']],
    ['CEP', (c, o, r, i) => row(BR_ADDR, i)[6], at(HOME, 'postalCode')],
    ['Endereço', (c, o, r, i) => row(BR_ADDR, i)[0], at(HOME, 'street1')],
    ['Número', (c, o, r, i) => row(BR_ADDR, i)[1], [], opt],
    ['Complemento', (c, o, r, i) => row(BR_ADDR, i)[2], at(HOME, 'street2')],
    ['Bairro', (c, o, r, i) => row(BR_ADDR, i)[3], [...at(HOME, 'street3'), ...at(HOME, 'region')], opt],
    ['Cidade', (c, o, r, i) => row(BR_ADDR, i)[4], at(HOME, 'city')],
    ['Estado', (c, o, r, i) => row(BR_ADDR, i)[5], [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Observação', (c, o, r) => v.pick(r, ['', '', 'Indicação de cliente']), []],
    ['Cliente', () => 'Sim', []],
    ['Fornecedor', (c, o, r) => (r() < 0.1 ? 'Sim' : 'Não'), []],
  ] },

  // ---------------------------------------------------------------- card and account statement (Conta Simples: Extrato > Exportar CSV)
  { name: 'conta-simples-extrato-cartoes-csv-pt', product: 'Conta Simples (digital business account and corporate cards; Extrato / Transações > "Exportar" CSV, Brazilian Portuguese UI, a Brazilian startup\'s finance team)', family: 'payments', language: 'pt', schema: E, cols: [
    ['Data', (c, o) => dmyHM(o.at), ['timestamp']],
    ['ID da transação', (c, o, r) => v.uuid(r), [OR('payments[0].transactionID'), '_id']],
    ['Tipo', (c, o, r) => v.pick(r, ['Compra no cartão', 'Compra no cartão', 'Pix enviado', 'Boleto pago']), [OR('payments[0].paymentType')], opt],
    ['Estabelecimento', (c, o, r, i) => row(CS_MERCH, i)[0], []],
    ['Descrição', (c, o, r, i) => row(CS_MERCH, i)[0], [], opt],
    ['Valor', (c, o) => `-${dec(o.total * 3)}`, [OR('payments[0].paymentAmount')]],
    ['Moeda', (c, o, r) => v.pick(r, ['BRL', 'BRL', 'USD']), [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Valor original', (c, o, r) => (r() < 0.3 ? dec(o.total / 1.8) : ''), [], opt],
    ['IOF', (c, o, r) => (r() < 0.3 ? dec(o.total * 0.0438) : ''), []],
    ['Cartão', (c, o, r) => `**** ${v.int(r, 1000, 9999)}`, []],
    ['Apelido do cartão', (c, o, r, i) => `${row(CS_MERCH, i)[1]} - virtual`, []],
    ['Portador', (c) => nm(c), []],
    ['E-mail do portador', (c) => c.workEmail, ['endUserIDs._experience.emailid.id'], opt],
    ['Centro de custo', (c, o, r, i) => row(CS_MERCH, i)[1], []],
    ['Categoria', (c, o, r, i) => row(CS_MERCH, i)[2], [], opt],
    ['Comprovante', (c, o, r) => (r() < 0.6 ? 'Sim' : 'Não'), []],
    ['Status', (c, o, r) => v.pick(r, ['Aprovada', 'Aprovada', 'Estornada']), [], opt],
    ['Saldo', (c, o, r) => dec(v.int(r, 5000, 90000) + 0.37), []],
  ] },
]
