// Round 53, heldout53: held-out sets written apart from the suggester and any tuning, scored once at the end. Same
// format as sets.mjs (sources in ../README.md): header as the product exports it, one value generator per column in the
// product's formats, the accepted destinations ([] = nothing fits) and 'opt' for borderline columns. Spanish (Spain)
// and Portuguese (Brazil, Portugal) CRM, shop, e-mail, marketing and loyalty tools.
import { E, B, P, v, at, HOME, B2BID, PL, OR, SHIP, BILL, opt } from './sets.mjs'
import { slug } from './values10.mjs'
import { pad, parts, shift } from './values.mjs'

const dst = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 }
const id6 = (c) => +c.id
const pick = (arr, c, k = 0) => arr[(id6(c) >> k) % arr.length]
// Spain (Madrid)
const mad = (ms) => shift(ms, dst(ms) ? 2 : 1)
const esDate = (ms) => { const p = mad(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const esTime = (ms) => { const p = mad(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const esSec = (ms) => { const p = mad(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const isoDay = (ms) => { const p = parts(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const isoSec = (ms) => { const p = mad(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const eur = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')
const digits = (s) => s.replace(/\D/g, '')
const esMob = (c) => digits(c.mobile).replace(/^34/, '')
const nif = (c) => { const n = String(10000000 + (id6(c) * 7919) % 89999999); return `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[+n % 23]}` }
const cif = (c) => `B${String(10000000 + (id6(c) * 104729) % 89999999)}`
// Brazil (Brasília)
const brt = (ms) => shift(ms, -3)
const brDate = (ms) => { const p = brt(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const brTime = (ms) => { const p = brt(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const brSec = (ms) => { const p = brt(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const brIso = (ms) => { const p = brt(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)}T${pad(p.H)}:${pad(p.M)}:${pad(p.S)}-03:00` }
const brl = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')
const cpf = (c) => { const n = String(100000000 + (id6(c) * 7919) % 899999999); return `${n.slice(0, 3)}.${n.slice(3, 6)}.${n.slice(6, 9)}-${pad(id6(c) % 97)}` }
const cnpj = (c) => { const n = String(10000000 + (id6(c) * 104729) % 89999999); return `${n.slice(0, 2)}.${n.slice(2, 5)}.${n.slice(5, 8)}/0001-${pad(id6(c) % 89 + 10)}` }
const coSlug = (c) => slug(c.company).slice(0, 12)
const brWork = (c) => `${slug(c.first)}.${slug(c.last)}@${coSlug(c)}.com.br`
const esWork = (c) => `${slug(c.first)}.${slug(c.last)}@${coSlug(c)}.es`
const bairro = (c) => pick(['Centro', 'Jardim Paulista', 'Savassi', 'Boa Viagem', 'Moinhos de Vento', 'Batel', 'Meireles'], c)
// Portugal (Lisbon)
const lis = (ms) => shift(ms, dst(ms) ? 1 : 0)
const ptTime = (ms) => { const p = lis(ms); return `${pad(p.d)}-${pad(p.m)}-${p.y} ${pad(p.H)}:${pad(p.M)}` }
const PT_CITY = [['Lisboa', '1250-096', 'Lisboa'], ['Porto', '4000-322', 'Porto'], ['Braga', '4700-435', 'Braga'], ['Coimbra', '3000-150', 'Coimbra'], ['Faro', '8000-138', 'Faro'], ['Aveiro', '3810-200', 'Aveiro']]
const ptc = (c) => PT_CITY[id6(c) % PT_CITY.length]
const ptStreet = (c) => `${pick(['Rua de Santa Catarina', 'Avenida da Liberdade', 'Rua do Almada', 'Rua Ferreira Borges', 'Avenida Lourenço Peixinho'], c)}, ${1 + (id6(c) % 220)}`
const ptMob = (c) => `+351 9${[1, 2, 3, 6][id6(c) % 4]}${id6(c) % 10} ${String(100 + (id6(c) % 900))} ${String(100 + ((id6(c) >> 3) % 900))}`
const ptMail = (c) => `${slug(c.first)}.${slug(c.last)}${id6(c) % 60}@${pick(['gmail.com', 'sapo.pt', 'hotmail.com', 'outlook.pt'], c)}`
const ptNif = (c) => `2${String(10000000 + (id6(c) * 7919) % 89999999)}`

// Sumacrm: people of a Spanish marketing agency's CRM (Contactos > Personas > Exportar, CSV).
const SU_ETQ = ['', 'cliente', 'lead caliente', 'cliente, renovación', 'feria Fitur', '']
const SU_CARGO = ['Director de Marketing', 'Gerente', 'Responsable de Compras', 'CEO', 'Directora Comercial', 'Técnica de RR. HH.']
const SU_RESP = ['Laura Martín', 'Javier Ortega', 'Nuria Vidal']
// MDirector: subscribers of a Spanish travel agency's email/SMS lists (Email Marketing > Listas de contactos > Exportar, CSV).
const MD_EST = ['Activo', 'Activo', 'Activo', 'Activo', 'Baja', 'Rebotado', 'Queja']
// Connectif: contacts of a Spanish cosmetics shop (Contactos > Exportar, CSV; Spanish UI, e-commerce data).
const CF_NEWS = ['subscribed', 'subscribed', 'subscribed', 'unsubscribed', 'none']
const cfOrders = (c) => (id6(c) % 4 === 0 ? 0 : 1 + (id6(c) % 6))
const cfSpent = (c) => +(cfOrders(c) * (34.5 + (id6(c) % 19) * 3.15)).toFixed(2)
// STEL Order: customers of a Spanish heating installer (Clientes > Exportar a Excel; Spanish UI).
const ST_TIPO = ['Empresa', 'Empresa', 'Particular', 'Autónomo']
const stTipo = (c) => pick(ST_TIPO, c)
const ST_TARIFA = ['PVP', 'PVP', 'Mayorista', 'Instaladores -10%']
const ST_PAGO = ['Transferencia', 'Recibo domiciliado', 'Contado', 'Transferencia 30 días']
// Cheerfy: diners of a Spanish restaurant group's loyalty club (Clientes > Exportar, Excel; Spanish UI).
const CH_LOCAL = ['La Tagliatella Gran Vía', 'Taberna del Puerto', 'Taberna del Puerto Malvarrosa', 'Bocado Castellana']
const chVisits = (c) => 1 + (id6(c) % 23)
const chPts = (c) => (chVisits(c) * 37) % 900
const chNivel = (c) => (chVisits(c) > 15 ? 'Oro' : chVisits(c) > 6 ? 'Plata' : 'Bronce')

// Dooca Commerce: orders of a Brazilian shoe store (Pedidos > Exportar, CSV; Portuguese UI, one row per order item).
const DO_ST = ['Pago', 'Pago', 'Enviado', 'Entregue', 'Aguardando pagamento', 'Cancelado']
const doSt = (o) => DO_ST[+o.id % DO_ST.length]
const DO_PM = ['Pix', 'Cartão de crédito', 'Cartão de crédito', 'Boleto', 'Pix']
const doTotal = (o) => +(o.subtotal * 5 + (o.shipping ? 24.9 : 0) - (o.discount ? 25 : 0)).toFixed(2)
// Nectar CRM: contacts of a Brazilian industrial-supplies distributor (Contatos > Exportar, Excel; Portuguese UI).
const NC_CAT = ['Cliente ativo', 'Prospect', 'Cliente inativo', 'Parceiro']
const NC_ORIG = ['Site', 'Indicação', 'Feira', 'E-mail', 'Prospecção ativa']
const NC_CARGO = ['Comprador', 'Gerente de Manutenção', 'Diretor Industrial', 'Supervisora de Suprimentos', 'Engenheiro de Processos']
// Fidelimax: customers of a Brazilian coffee-shop chain's points program (Consumidores > Exportar, Excel; Portuguese UI).
const fxPts = (c) => (id6(c) * 13) % 2400
const fxResg = (c) => (id6(c) * 7) % 600
const FX_CAT = ['Bronze', 'Prata', 'Ouro', 'Diamante']
// Kyte: sales of a Brazilian açaí shop's POS app (Vendas > Exportar, Excel; Portuguese UI, one row per sale).
const KY_PM = ['Dinheiro', 'Pix', 'Cartão de débito', 'Cartão de crédito', 'Pix']
const KY_ST = ['Concluída', 'Concluída', 'Concluída', 'Cancelada', 'Pedido em aberto']
const kyTotal = (o) => +(o.subtotal * 2.2).toFixed(2)
// Ramper: B2B prospects of a Brazilian HR-software vendor's outbound team (Prospects > Exportar, CSV; Portuguese UI).
const RP_ST = ['Em cadência', 'Em cadência', 'Respondeu', 'Reunião agendada', 'Sem interesse', 'Finalizado']
const RP_SEG = ['Tecnologia', 'Varejo', 'Indústria', 'Saúde', 'Educação', 'Logística']
const RP_CARGO = ['Head de RH', 'Gerente de Pessoas', 'Diretora de Recursos Humanos', 'Coordenador de Departamento Pessoal', 'CFO']
// Magazord: customers of a Brazilian sports store (Clientes > Exportar, Excel; Portuguese UI).
const mzOrders = (c) => id6(c) % 7
// Shopkit: orders of a Portuguese ceramics shop (Encomendas > Exportar, CSV; Portuguese (Portugal) UI).
const SK_ST = ['Paga', 'Paga', 'Enviada', 'Concluída', 'Pendente', 'Cancelada']
const skSt = (o) => SK_ST[+o.id % SK_ST.length]
const SK_PM = ['MB WAY', 'Referência Multibanco', 'Cartão de crédito', 'PayPal', 'MB WAY']
const skShip = (o) => (o.subtotal > 50 ? 0 : 4.9)
const skTotal = (o) => +(o.subtotal + skShip(o) - o.discount).toFixed(2)

export const SETS = [
  // ---------------------------------------------------------------- Spanish (Spain)
  { name: 'sumacrm-personas-es', product: 'Sumacrm (Contactos > Personas > Exportar, CSV; Spanish UI, a Spanish marketing agency, contact persons with their company)', family: 'crm', language: 'es', schema: B, cols: [
    ['ID', (c) => String(2400000 + id6(c)), B2BID],
    ['Nombre', (c) => c.first, ['person.name.firstName']],
    ['Apellidos', (c) => c.last, ['person.name.lastName']],
    ['Empresa', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Cargo', (c) => pick(SU_CARGO, c), ['extendedWorkDetails.jobTitle']],
    ['Email', (c) => esWork(c), ['workEmail.address', 'personalEmail.address']],
    ['Teléfono', (c) => c.phone, ['workPhone.number']],
    ['Móvil', (c, o, r) => (r() < 0.7 ? c.mobile : ''), ['mobilePhone.number']],
    ['Dirección', (c, o, r) => (r() < 0.6 ? c.street : ''), ['workAddress.street1']],
    ['Ciudad', (c) => c.city, ['workAddress.city']],
    ['Código postal', (c, o, r) => (r() < 0.6 ? c.postcode : ''), ['workAddress.postalCode']],
    ['Provincia', (c) => c.region, ['workAddress.stateProvince', 'workAddress.state']],
    ['País', () => 'España', ['workAddress.country']],
    ['Web', (c) => `www.${coSlug(c)}.es`, ['b2b.companyWebsite']],
    ['Etiquetas', (c) => pick(SU_ETQ, c), []],
    ['Responsable', (c) => pick(SU_RESP, c), []],
    ['Origen', (c) => pick(['Web', 'Referido', 'LinkedIn', 'Evento', 'Llamada en frío'], c), ['b2b.personSource'], opt],
    ['Estado', (c) => pick(['Lead', 'Contactado', 'Cliente', 'Cliente', 'Descartado'], c), ['b2b.personStatus'], opt],
    ['Fecha de creación', (c) => esTime(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Última actualización', (c) => esTime(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Notas', (c, o, r) => v.pick(r, ['', '', 'Interesado en campaña de Navidad', 'Llamar después del verano', '']), []],
  ] },
  { name: 'mdirector-contactos-es', product: 'MDirector (Email Marketing > Listas de contactos > Exportar, CSV; Spanish UI, a Spanish travel agency\'s newsletter and SMS list)', family: 'email', language: 'es', schema: P, cols: [
    ['EMAIL', (c, o, r) => (r() < 0.9 ? c.email : ''), ['personalEmail.address']],
    ['MOVIL', (c, o, r) => (r() < 0.6 ? `34${esMob(c)}` : ''), ['mobilePhone.number']],
    ['NOMBRE', (c) => c.first, ['person.name.firstName']],
    ['APELLIDO1', (c) => c.last, ['person.name.lastName']],
    ['APELLIDO2', (c, o, r) => (r() < 0.5 ? v.pick(r, ['López', 'Sánchez', 'Pérez', 'Gómez', 'Ruiz']) : ''), [], opt],
    ['REFERENCIA', (c) => `CLI-${id6(c)}`, ['_id', 'personID'], opt],
    ['SEXO', (c, o, r) => (r() < 0.7 ? (c.female ? 'M' : 'H') : ''), ['person.gender'], opt],
    ['FECHA_NACIMIENTO', (c, o, r) => (r() < 0.4 ? isoDay(c.birth) : ''), ['person.birthDate']],
    ['PAIS', () => 'ES', at(HOME, 'countryCode')],
    ['PROVINCIA', (c) => c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['LOCALIDAD', (c) => c.city, at(HOME, 'city')],
    ['CP', (c, o, r) => (r() < 0.5 ? c.postcode : ''), at(HOME, 'postalCode')],
    ['ETIQUETAS', (c) => pick(['', 'Caribe', 'Escapadas', 'Caribe|Cruceros', 'Novios'], c), []],
    ['ESTADO', (c) => pick(MD_EST, c), ['personalEmail.status'], opt],
    ['FECHA_ALTA', (c) => isoSec(c.created), [], opt],
    ['FECHA_BAJA', (c) => (pick(MD_EST, c) === 'Baja' ? isoSec(c.updated) : ''), [], opt],
    ['ORIGEN', (c) => pick(['Formulario web', 'Importación', 'API', 'Landing Black Friday'], c), [], opt],
    ['ULTIMA_APERTURA', (c, o, r) => (r() < 0.6 ? isoSec(c.updated) : ''), [], opt],
    ['ULTIMO_CLIC', (c, o, r) => (r() < 0.3 ? isoSec(c.updated) : ''), [], opt],
    ['IP_ALTA', (c, o, r) => (r() < 0.5 ? v.ip4(r) : ''), [], opt],
  ] },
  { name: 'connectif-contactos-es', product: 'Connectif (Contactos > Exportar contactos, CSV; Spanish UI, a Spanish cosmetics web shop, with the e-commerce fields)', family: 'marketing', language: 'es', schema: P, cols: [
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['ID externo', (c) => String(id6(c)), ['_id', 'personID'], opt],
    ['Nombre', (c) => c.first, ['person.name.firstName']],
    ['Apellidos', (c) => c.last, ['person.name.lastName']],
    ['Teléfono móvil', (c, o, r) => (r() < 0.6 ? `+34${esMob(c)}` : ''), ['mobilePhone.number']],
    ['Fecha de nacimiento', (c, o, r) => (r() < 0.4 ? isoDay(c.birth) : ''), ['person.birthDate']],
    ['Género', (c, o, r) => (r() < 0.6 ? (c.female ? 'Mujer' : 'Hombre') : ''), ['person.gender'], opt],
    ['Ciudad', (c) => c.city, at(HOME, 'city')],
    ['Código postal', (c, o, r) => (r() < 0.7 ? c.postcode : ''), at(HOME, 'postalCode')],
    ['País', () => 'España', at(HOME, 'country')],
    ['Estado de suscripción a newsletter', (c) => pick(CF_NEWS, c), [], opt],
    ['Estado de suscripción a SMS', (c) => pick(['subscribed', 'none', 'none'], c), [], opt],
    ['Estado del email', (c) => pick(['Válido', 'Válido', 'Válido', 'Rebotado'], c), ['personalEmail.status'], opt],
    ['Fecha de registro', (c) => isoSec(c.created), [], opt],
    ['Última visita', (c) => isoSec(Math.max(c.created, c.updated)), [], opt],
    ['Número de compras', (c) => String(cfOrders(c)), []],
    ['Total gastado', (c) => eur(cfSpent(c)), ['loyalty.lifetimePurchases'], opt],
    ['Ticket medio', (c) => (cfOrders(c) ? eur(cfSpent(c) / cfOrders(c)) : '0,00'), []],
    ['Fecha de última compra', (c) => (cfOrders(c) ? isoSec(c.updated) : ''), [], opt],
    ['Categoría favorita', (c) => pick(['Cuidado facial', 'Maquillaje', 'Cabello', 'Perfumes'], c), [], opt],
    ['Segmentos', (c) => pick(['Compradores recurrentes', 'Carrito abandonado', 'Nuevos suscriptores|Sin compra', 'VIP'], c), []],
    ['Puntuación RFM', (c) => String(1 + (id6(c) % 5)), [], opt],
  ] },
  { name: 'stel-order-clientes-es', product: 'STEL Order (Clientes > Exportar a Excel; Spanish UI, a Spanish heating and air-conditioning installer, one row per customer with its contact person)', family: 'b2b', language: 'es', schema: B, cols: [
    ['Referencia', (c) => `C${pad(id6(c) % 100000, 5)}`, [...B2BID], opt],
    ['Nombre jurídico', (c) => (stTipo(c) === 'Particular' ? c.full : `${c.company} S.L.`), ['b2b.companyName', 'organizations[0]'], opt],
    ['Nombre comercial', (c) => (stTipo(c) === 'Particular' ? '' : c.company), ['b2b.companyName', 'organizations[0]']],
    ['NIF', (c) => (stTipo(c) === 'Empresa' ? cif(c) : nif(c)), [], opt],
    ['Tipo de cliente', (c) => stTipo(c), [], opt],
    ['Persona de contacto', (c) => c.full, ['person.name.fullName']],
    ['Cargo', (c) => (stTipo(c) === 'Empresa' ? pick(['Jefe de mantenimiento', 'Administración', 'Gerente', 'Administradora de fincas'], c) : ''), ['extendedWorkDetails.jobTitle']],
    ['Teléfono 1', (c) => c.phone, ['workPhone.number']],
    ['Teléfono 2', (c, o, r) => (r() < 0.5 ? c.mobile : ''), ['mobilePhone.number']],
    ['Email', (c) => (stTipo(c) === 'Particular' ? c.email : esWork(c)), ['workEmail.address', 'personalEmail.address']],
    ['Dirección', (c) => c.street, ['workAddress.street1']],
    ['Población', (c) => c.city, ['workAddress.city']],
    ['Código postal', (c) => c.postcode, ['workAddress.postalCode']],
    ['Provincia', (c) => c.region, ['workAddress.stateProvince', 'workAddress.state']],
    ['País', () => 'España', ['workAddress.country']],
    ['Web', (c) => (stTipo(c) === 'Empresa' ? `https://www.${coSlug(c)}.es` : ''), ['b2b.companyWebsite']],
    ['Tarifa', (c) => pick(ST_TARIFA, c), []],
    ['Forma de pago', (c) => pick(ST_PAGO, c), []],
    ['IBAN', (c, o, r) => (r() < 0.4 ? `ES${pad(id6(c) % 97)} 2100 ${pad(id6(c) % 10000, 4)} ${pad((id6(c) >> 2) % 10000, 4)} ${pad((id6(c) >> 4) % 10000, 4)} ${pad((id6(c) >> 6) % 10000, 4)}` : ''), []],
    ['Descuento (%)', (c) => String([0, 0, 5, 10][id6(c) % 4]), []],
    ['Agente', (c) => pick(['Pedro Navarro', 'Silvia Romero', ''], c), []],
    ['Fecha de alta', (c) => esDate(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Comentarios', (c, o, r) => v.pick(r, ['', '', 'Revisión anual caldera en octubre', 'Pide factura electrónica', '']), []],
  ] },
  { name: 'cheerfy-clientes-es', product: 'Cheerfy (Clientes > Exportar, Excel; Spanish UI, a Spanish restaurant group\'s loyalty club, one row per diner)', family: 'loyalty', language: 'es', schema: P, cols: [
    ['Id', (c) => `5f${((id6(c) * 2654435761) >>> 0).toString(16).padStart(8, '0')}${pad(id6(c) % 100)}`, ['_id', 'personID']],
    ['Nombre', (c) => c.first, ['person.name.firstName']],
    ['Apellidos', (c) => c.last, ['person.name.lastName']],
    ['Email', (c, o, r) => (r() < 0.85 ? c.email : ''), ['personalEmail.address']],
    ['Teléfono', (c) => `+34 ${esMob(c)}`, ['mobilePhone.number']],
    ['Fecha de nacimiento', (c, o, r) => (r() < 0.5 ? esDate(c.birth) : ''), ['person.birthDate']],
    ['Género', (c, o, r) => (r() < 0.5 ? (c.female ? 'Femenino' : 'Masculino') : ''), ['person.gender'], opt],
    ['Código postal', (c, o, r) => (r() < 0.5 ? c.postcode : ''), at(HOME, 'postalCode')],
    ['Local de registro', (c) => pick(CH_LOCAL, c), [], opt],
    ['Canal de registro', (c) => pick(['WiFi', 'Tarjeta en mesa (QR)', 'Web', 'App', 'WiFi'], c), [], opt],
    ['Nivel', (c) => chNivel(c), ['loyalty.tier']],
    ['Puntos', (c) => String(chPts(c)), ['loyalty.points']],
    ['Puntos canjeados', (c) => String((chVisits(c) * 11) % 400), ['loyalty.pointsRedeemed']],
    ['Visitas', (c) => String(chVisits(c)), []],
    ['Gasto total', (c) => eur(chVisits(c) * 27.4), ['loyalty.lifetimePurchases'], opt],
    ['Gasto medio', () => eur(27.4), []],
    ['Primera visita', (c) => esDate(c.created), ['loyalty.joinDate'], opt],
    ['Última visita', (c) => esDate(Math.max(c.created, c.updated)), [], opt],
    ['Acepta comunicaciones', (c) => (id6(c) % 5 === 1 ? 'No' : 'Sí'), [], opt],
    ['Etiquetas', (c) => pick(['', 'celíaco', 'cumpleaños marzo', 'grupo empresa', ''], c), []],
    ['Valoración media', (c) => (3.5 + (id6(c) % 16) / 10).toFixed(1).replace('.', ','), []],
  ] },
  // ---------------------------------------------------------------- Portuguese (Brazil)
  { name: 'dooca-pedidos-pt', product: 'Dooca Commerce (Pedidos > Exportar pedidos, CSV; Portuguese UI, a Brazilian shoe store, one row per order item)', family: 'ecommerce-orders', language: 'pt', schema: E, cols: [
    ['Número do pedido', (c, o) => String(10000 + +o.id), [OR('purchaseID')]],
    ['Data do pedido', (c, o) => brSec(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o) => doSt(o), [], opt],
    ['Status do pagamento', (c, o) => (['Aguardando pagamento', 'Cancelado'].includes(doSt(o)) ? doSt(o) : 'Aprovado'), [], opt],
    ['Forma de pagamento', (c, o) => DO_PM[+o.id % DO_PM.length], [OR('payments[0].paymentType')]],
    ['Parcelas', (c, o) => String(DO_PM[+o.id % DO_PM.length] === 'Cartão de crédito' ? 1 + (+o.id % 6) : 1), []],
    ['Cliente', (c) => c.full, []],
    ['E-mail', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['CPF/CNPJ', (c) => cpf(c), [], opt],
    ['Telefone', (c) => c.mobile, [], opt],
    ['Endereço de entrega', (c) => c.street, [SHIP('street1')]],
    ['Bairro', (c) => bairro(c), [SHIP('street2')], opt],
    ['Cidade', (c) => c.city, [SHIP('city')]],
    ['Estado', (c) => c.region, [SHIP('stateProvince'), SHIP('state')]],
    ['CEP', (c) => c.postcode, [SHIP('postalCode')]],
    ['SKU', (c, o) => o.sku, [PL('SKU')]],
    ['Produto', (c, o) => o.name, [PL('name')]],
    ['Variação', (c, o) => `Tamanho: ${34 + (+o.id % 9)}`, [PL('selectedOptions[0].value')], opt],
    ['Quantidade', (c, o) => String(o.qty), [PL('quantity')]],
    ['Preço unitário', (c, o) => brl(o.price * 5), [], opt],
    ['Subtotal', (c, o) => brl(o.subtotal * 5), [PL('priceTotal')], opt],
    ['Desconto', (c, o) => brl(o.discount ? 25 : 0), [OR('discountAmount')]],
    ['Cupom', (c, o) => (o.discount ? 'PRIMEIRACOMPRA' : ''), ['commerce.promotionID']],
    ['Frete', (c, o) => brl(o.shipping ? 24.9 : 0), ['commerce.shipping.shippingAmount']],
    ['Forma de envio', (c, o) => ['Correios PAC', 'Correios SEDEX', 'Jadlog', 'Retirar na loja'][+o.id % 4], ['commerce.shipping.shippingMethod']],
    ['Código de rastreio', (c, o) => (['Enviado', 'Entregue'].includes(doSt(o)) ? `QB${pad(+o.id % 1000000000, 9)}BR` : ''), ['commerce.shipping.trackingNumber']],
    ['Total', (c, o) => brl(doTotal(o)), [OR('priceTotal')]],
    ['Observações', (c, o, r) => v.pick(r, ['', '', 'Embrulhar para presente', '']), []],
  ] },
  { name: 'nectar-crm-contatos-pt', product: 'Nectar CRM (Contatos > Exportar, Excel; Portuguese UI, a Brazilian industrial-supplies distributor, contact persons with their company)', family: 'crm', language: 'pt', schema: B, cols: [
    ['Id', (c) => String(8800000 + id6(c)), B2BID],
    ['Nome', (c) => c.full, ['person.name.fullName']],
    ['Empresa', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['CNPJ', (c) => cnpj(c), [], opt],
    ['Cargo', (c) => pick(NC_CARGO, c), ['extendedWorkDetails.jobTitle']],
    ['E-mail', (c) => brWork(c), ['workEmail.address', 'personalEmail.address']],
    ['Telefone', (c) => c.phone, ['workPhone.number']],
    ['Celular', (c, o, r) => (r() < 0.7 ? c.mobile : ''), ['mobilePhone.number']],
    ['Endereço', (c, o, r) => (r() < 0.5 ? c.street : ''), ['workAddress.street1']],
    ['Bairro', (c, o, r) => (r() < 0.5 ? bairro(c) : ''), ['workAddress.street2'], opt],
    ['Cidade', (c) => c.city, ['workAddress.city']],
    ['Estado', (c) => c.region, ['workAddress.stateProvince', 'workAddress.state']],
    ['CEP', (c, o, r) => (r() < 0.5 ? c.postcode : ''), ['workAddress.postalCode']],
    ['Site', (c) => `www.${coSlug(c)}.com.br`, ['b2b.companyWebsite']],
    ['Categoria', (c) => pick(NC_CAT, c), [], opt],
    ['Origem', (c) => pick(NC_ORIG, c), ['b2b.personSource'], opt],
    ['Segmento', (c) => pick(['Alimentício', 'Metalúrgico', 'Químico', 'Automotivo'], c), [], opt],
    ['Responsável', (c) => pick(['Fernanda Lima', 'Ricardo Alves', 'Thiago Moraes'], c), []],
    ['Ativo', (c) => (id6(c) % 8 === 3 ? 'Não' : 'Sim'), [], opt],
    ['Data de cadastro', (c) => brSec(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Data de atualização', (c) => brSec(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Oportunidades abertas', (c) => String(id6(c) % 3), []],
    ['Observação', (c, o, r) => v.pick(r, ['', '', 'Compra trimestral de EPIs', 'Prefere contato por WhatsApp', '']), []],
  ] },
  { name: 'fidelimax-consumidores-pt', product: 'Fidelimax (Consumidores > Exportar, Excel; Portuguese UI, a Brazilian coffee-shop chain\'s points program, one row per consumer)', family: 'loyalty', language: 'pt', schema: P, cols: [
    ['Nome', (c) => c.full, ['person.name.fullName']],
    ['CPF', (c) => cpf(c), ['person.taxId'], opt],
    ['E-mail', (c, o, r) => (r() < 0.8 ? c.email : ''), ['personalEmail.address']],
    ['Telefone', (c) => c.mobile, ['mobilePhone.number']],
    ['Sexo', (c, o, r) => (r() < 0.7 ? (c.female ? 'Feminino' : 'Masculino') : ''), ['person.gender'], opt],
    ['Data de nascimento', (c, o, r) => (r() < 0.6 ? brDate(c.birth) : ''), ['person.birthDate']],
    ['Cartão', (c, o, r) => (r() < 0.3 ? String(6000000000 + id6(c)) : ''), ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]'], opt],
    ['Categoria', (c) => FX_CAT[fxPts(c) % 4], ['loyalty.tier']],
    ['Saldo de pontos', (c) => String(fxPts(c)), ['loyalty.points']],
    ['Pontos resgatados', (c) => String(fxResg(c)), ['loyalty.pointsRedeemed']],
    ['Pontos a expirar', (c) => String(fxPts(c) % 150), ['loyalty.pointsExpiration[0].pointsExpiring'], opt],
    ['Total de pontos acumulados', (c) => String(fxPts(c) + fxResg(c)), ['loyalty.lifetimePoints']],
    ['Valor total de compras', (c) => brl((fxPts(c) + fxResg(c)) / 2), ['loyalty.lifetimePurchases'], opt],
    ['Quantidade de compras', (c) => String(1 + (id6(c) % 40)), []],
    ['Loja de cadastro', (c) => pick(['Unidade Paulista', 'Unidade Pinheiros', 'Unidade Moema', 'App'], c), [], opt],
    ['Data de cadastro', (c) => brTime(c.created), ['loyalty.joinDate'], opt],
    ['Última pontuação', (c) => brTime(Math.max(c.created, c.updated)), [], opt],
    ['Último resgate', (c) => (fxResg(c) ? brTime(c.updated) : ''), [], opt],
    ['Aceita receber SMS', (c) => (id6(c) % 4 ? 'Sim' : 'Não'), [], opt],
    ['Aceita receber e-mail', (c) => (id6(c) % 5 ? 'Sim' : 'Não'), [], opt],
    ['Status', (c) => (id6(c) % 13 === 2 ? 'Bloqueado' : 'Ativo'), ['loyalty.status'], opt],
  ] },
  { name: 'kyte-vendas-pt', product: 'Kyte (Vendas > Exportar, Excel; Portuguese UI, a Brazilian açaí shop\'s POS and online catalogue, one row per sale)', family: 'ecommerce-orders', language: 'pt', schema: E, cols: [
    ['Número', (c, o) => `#${+o.id % 9000 + 100}`, [OR('purchaseID')]],
    ['Data', (c, o) => brTime(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o) => KY_ST[+o.id % KY_ST.length], [], opt],
    ['Canal', (c, o) => ['Loja física', 'Loja física', 'Catálogo online', 'WhatsApp'][+o.id % 4], [], opt],
    ['Vendedor', (c, o) => ['Bruna', 'Caio', 'Proprietário'][+o.id % 3], []],
    ['Cliente', (c, o) => (+o.id % 3 ? c.full : ''), []],
    ['Telefone do cliente', (c, o) => (+o.id % 3 ? c.mobile : ''), [], opt],
    ['Itens', (c, o) => `${o.qty}x Açaí ${[300, 500, 700][+o.id % 3]}ml`, [PL('name')], opt],
    ['Quantidade de itens', (c, o) => String(o.qty), [PL('quantity')], opt],
    ['Subtotal', (c, o) => brl(kyTotal(o)), [], opt],
    ['Desconto', (c, o) => brl(o.discount ? 5 : 0), [OR('discountAmount')]],
    ['Taxa de entrega', (c, o) => brl(+o.id % 4 >= 2 ? 6 : 0), ['commerce.shipping.shippingAmount']],
    ['Total', (c, o) => brl(kyTotal(o) - (o.discount ? 5 : 0) + (+o.id % 4 >= 2 ? 6 : 0)), [OR('priceTotal')]],
    ['Forma de pagamento', (c, o) => KY_PM[+o.id % KY_PM.length], [OR('payments[0].paymentType')]],
    ['Troco', (c, o) => (KY_PM[+o.id % KY_PM.length] === 'Dinheiro' ? brl(+o.id % 17) : ''), []],
    ['Custo', (c, o) => brl(kyTotal(o) * 0.38), []],
    ['Lucro', (c, o) => brl(kyTotal(o) * 0.62), []],
    ['Endereço de entrega', (c, o) => (+o.id % 4 >= 2 ? c.street : ''), [SHIP('street1')]],
    ['Observação', (c, o, r) => v.pick(r, ['', '', 'sem granola', 'leite ninho extra', '']), []],
  ] },
  { name: 'ramper-prospects-pt', product: 'Ramper (Prospects > Exportar, CSV; Portuguese UI, a Brazilian HR-software vendor\'s outbound team, one row per prospect in a cadence)', family: 'b2b', language: 'pt', schema: B, cols: [
    ['Nome', (c) => c.first, ['person.name.firstName']],
    ['Sobrenome', (c) => c.last, ['person.name.lastName']],
    ['Cargo', (c) => pick(RP_CARGO, c), ['extendedWorkDetails.jobTitle']],
    ['Empresa', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Site da empresa', (c) => `https://${coSlug(c)}.com.br`, ['b2b.companyWebsite']],
    ['Segmento', (c) => pick(RP_SEG, c), [], opt],
    ['Número de funcionários', (c) => pick(['51-200', '201-500', '11-50', '501-1000'], c), []],
    ['E-mail', (c) => brWork(c), ['workEmail.address']],
    ['E-mail validado', (c) => (id6(c) % 6 === 1 ? 'Não' : 'Sim'), [], opt],
    ['Telefone', (c, o, r) => (r() < 0.6 ? c.phone : ''), ['workPhone.number']],
    ['Celular', (c, o, r) => (r() < 0.4 ? c.mobile : ''), ['mobilePhone.number']],
    ['LinkedIn', (c) => `https://www.linkedin.com/in/${slug(c.first)}-${slug(c.last)}-${id6(c) % 1000}`, []],
    ['Cidade', (c) => c.city, ['workAddress.city']],
    ['Estado', (c) => c.region, ['workAddress.stateProvince', 'workAddress.state']],
    ['Lista', (c) => pick(['RH Tech SP', 'Varejo Sul', 'Indústria MG 2024'], c), []],
    ['Cadência', (c) => pick(['Outbound RH 7 passos', 'Reengajamento', 'Evento CONARH'], c), [], opt],
    ['Etapa da cadência', (c) => String(1 + (id6(c) % 7)), []],
    ['Status', (c) => pick(RP_ST, c), ['b2b.personStatus'], opt],
    ['Responsável', (c) => pick(['Gabriel SDR', 'Letícia Campos', 'André Nunes'], c), []],
    ['Data de criação', (c) => brIso(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Última interação', (c) => brIso(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Motivo de finalização', (c) => (['Sem interesse', 'Finalizado'].includes(pick(RP_ST, c)) ? pick(['Já possui fornecedor', 'Sem orçamento', 'Contato errado'], c) : ''), []],
  ] },
  { name: 'magazord-clientes-pt', product: 'Magazord (Clientes > Exportar, Excel; Portuguese UI, a Brazilian sports store\'s e-commerce platform, one row per customer)', family: 'ecommerce-customers', language: 'pt', schema: P, cols: [
    ['Código', (c) => String(id6(c)), ['_id', 'personID']],
    ['Tipo pessoa', (c) => (id6(c) % 9 === 0 ? 'Jurídica' : 'Física'), [], opt],
    ['Nome', (c) => c.full, ['person.name.fullName']],
    ['CPF/CNPJ', (c) => (id6(c) % 9 === 0 ? cnpj(c) : cpf(c)), ['person.taxId'], opt],
    ['RG/IE', (c, o, r) => (r() < 0.3 ? `${pad(id6(c) % 100)}.${String(id6(c)).slice(0, 3)}.${String(id6(c)).slice(3)}-${id6(c) % 10}` : ''), [], opt],
    ['E-mail', (c) => c.email, ['personalEmail.address']],
    ['Data nascimento', (c, o, r) => (r() < 0.6 ? brDate(c.birth) : ''), ['person.birthDate']],
    ['Sexo', (c, o, r) => (r() < 0.7 ? (c.female ? 'F' : 'M') : ''), ['person.gender'], opt],
    ['Telefone', (c, o, r) => (r() < 0.3 ? c.phone : ''), ['homePhone.number']],
    ['Celular', (c) => c.mobile, ['mobilePhone.number']],
    ['CEP', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Logradouro', (c) => c.street.split(',')[0], at(HOME, 'street1')],
    ['Número', (c) => String(10 + (id6(c) % 900)), [], opt],
    ['Complemento', (c, o, r) => (r() < 0.3 ? `Apto ${v.int(r, 11, 304)}` : ''), at(HOME, 'street2'), opt],
    ['Bairro', (c) => bairro(c), [], opt],
    ['Cidade', (c) => c.city, at(HOME, 'city')],
    ['UF', (c) => c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Newsletter', (c) => (id6(c) % 3 ? 'Sim' : 'Não'), [], opt],
    ['Grupo de cliente', (c) => pick(['Varejo', 'Varejo', 'Atacado', 'Assessoria esportiva'], c), []],
    ['Situação', (c) => (id6(c) % 11 === 5 ? 'Inativo' : 'Ativo'), [], opt],
    ['Qtde. pedidos', (c) => String(mzOrders(c)), []],
    ['Valor total pedidos', (c) => brl(mzOrders(c) * 189.9), ['loyalty.lifetimePurchases'], opt],
    ['Data cadastro', (c) => brSec(c.created), [], opt],
    ['Data último pedido', (c) => (mzOrders(c) ? brSec(c.updated) : ''), [], opt],
  ] },
  // ---------------------------------------------------------------- Portuguese (Portugal)
  { name: 'shopkit-encomendas-pt', product: 'Shopkit (Encomendas > Exportar, CSV; Portuguese (Portugal) UI, a Portuguese ceramics web shop, one row per order)', family: 'ecommerce-orders', language: 'pt', schema: E, cols: [
    ['Encomenda', (c, o) => `#${1000 + +o.id}`, [OR('purchaseID')]],
    ['Data', (c, o) => ptTime(o.at), ['timestamp', OR('createdDate')]],
    ['Estado', (c, o) => skSt(o), [], opt],
    ['Cliente', (c) => c.full, []],
    ['Email', (c) => ptMail(c), ['endUserIDs._experience.emailid.id'], opt],
    ['Telemóvel', (c) => ptMob(c), [], opt],
    ['NIF', (c, o) => (+o.id % 3 ? ptNif(c) : ''), [], opt],
    ['Morada de faturação', (c) => ptStreet(c), [BILL('street1')]],
    ['Código postal de faturação', (c) => ptc(c)[1], [BILL('postalCode')]],
    ['Localidade de faturação', (c) => ptc(c)[0], [BILL('city')]],
    ['País de faturação', () => 'Portugal', [BILL('country')]],
    ['Morada de envio', (c) => ptStreet(c), [SHIP('street1')]],
    ['Código postal de envio', (c) => ptc(c)[1], [SHIP('postalCode')]],
    ['Localidade de envio', (c) => ptc(c)[0], [SHIP('city')]],
    ['País de envio', () => 'Portugal', [SHIP('country')]],
    ['Produtos', (c, o) => `${o.qty} x ${o.name}`, [PL('name')], opt],
    ['Referências', (c, o) => o.sku, [PL('SKU')]],
    ['Subtotal', (c, o) => eur(o.subtotal), [], opt],
    ['Portes', (c, o) => eur(skShip(o)), ['commerce.shipping.shippingAmount']],
    ['Método de envio', (c, o) => (skShip(o) ? 'CTT Expresso' : 'CTT Correio Registado (grátis)'), ['commerce.shipping.shippingMethod']],
    ['Desconto', (c, o) => eur(o.discount), [OR('discountAmount')]],
    ['Cupão', (c, o) => o.coupon, ['commerce.promotionID']],
    ['IVA', (c, o) => eur(skTotal(o) * 0.23 / 1.23), [OR('taxAmount')]],
    ['Total', (c, o) => eur(skTotal(o)), [OR('priceTotal')]],
    ['Moeda', () => 'EUR', [OR('currencyCode')]],
    ['Método de pagamento', (c, o) => SK_PM[+o.id % SK_PM.length], [OR('payments[0].paymentType')]],
    ['Tracking', (c, o) => (['Enviada', 'Concluída'].includes(skSt(o)) ? `RR${pad(+o.id % 1000000000, 9)}PT` : ''), ['commerce.shipping.trackingNumber']],
    ['Notas', (c, o, r) => v.pick(r, ['', '', 'Para oferta, sem fatura na caixa', '']), []],
  ] },
]
