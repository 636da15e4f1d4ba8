// Round 25, heldout25: held-out sets written apart from the suggester and any tuning, scored once at the end.
// Same format as sets.mjs (sources in ../README.md): header as the product exports it, one value generator per column
// in the product's formats, the accepted destinations ([] = nothing fits) and 'opt' for borderline columns.
import { E, P, v, f, at, HOME, ID, PL, OR, SHIP, BILL, opt } from './sets.mjs'
import { slug } from './values10.mjs'
import { pad, shift } from './values.mjs'

// summer time in Europe (April-October) by month, good enough for generated rows
const dst = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 }
const dmyHM = (p) => `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}`
const dmyHMS = (p) => `${dmyHM(p)}:${pad(p.S)}`
const ymdHMS = (p) => `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const dmy = (p) => `${pad(p.d)}/${pad(p.m)}/${p.y}`
const DAY = 86400000

// ---------------------------------------------------------------- Brazil (Conta Azul, Yampi, Vindi, Iugu)
const brt = (ms) => shift(ms, -3) // Brasília time, no summer time since 2019
// "1.234,56" (Brazilian money with thousands dots)
const brMoney = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')
const cpf = (c) => { const n = String(100000000 + ((+c.id * 7919) % 899999999)); return `${n.slice(0, 3)}.${n.slice(3, 6)}.${n.slice(6, 9)}-${pad(+c.id % 97)}` }
const cnpj = (c) => { const n = String(10000000 + ((+c.id * 104729) % 89999999)); return `${n.slice(0, 2)}.${n.slice(2, 5)}.${n.slice(5, 8)}/0001-${pad(+c.id % 89 + 10)}` }
const BAIRRO = ['Centro', 'Jardim Paulista', 'Pinheiros', 'Savassi', 'Batel', 'Moinhos de Vento', 'Copacabana', 'Vila Mariana']
const bairro = (c) => BAIRRO[+c.id % BAIRRO.length]
const brStreet = (c) => c.street.replace(/, \d+$/, '')
const brNum = (c) => c.street.match(/\d+$/)?.[0] ?? 'S/N'
const brCompl = (c) => (+c.id % 4 === 1 ? `Apto ${10 + (+c.id % 180)}` : +c.id % 7 === 3 ? 'Casa 2' : '')

// Conta Azul: clients of a São Paulo accounting-services firm (Cadastros > Clientes > Exportar, Excel; Portuguese UI).
const caPJ = (c) => +c.id % 3 === 0
const CA_CO = ['Padaria Pão Dourado Ltda', 'Oficina Mecânica Irmãos Souza ME', 'Clínica Sorriso Odontologia Ltda', 'Mercadinho Bom Preço EIRELI', 'Studio Fit Academia Ltda', 'Ótica Visão Clara Ltda']
const CA_FANT = ['Pão Dourado', 'Irmãos Souza', 'Clínica Sorriso', 'Bom Preço', 'Studio Fit', 'Visão Clara']
const caCo = (c) => (+c.id >> 1) % CA_CO.length

// Yampi: a Brazilian cosmetics shop's orders (Pedidos > Exportar, CSV; Portuguese UI, one row per order).
const YA_P = [['Kit Cronograma Capilar Completo', 189.9], ['Sérum Facial Vitamina C 30ml', 79.9], ['Máscara de Hidratação 500g', 59.9], ['Protetor Solar FPS 50 Toque Seco', 69.9], ['Óleo Reparador de Pontas 60ml', 44.9]]
const yap = (o) => YA_P[+o.id % YA_P.length]
const yaQty = (o) => Math.min(o.qty, 3)
const yaSub = (o) => +(yap(o)[1] * yaQty(o)).toFixed(2)
const yaDisc = (o) => (+o.id % 5 === 2 ? +(yaSub(o) * 0.1).toFixed(2) : 0)
const yaShip = (o) => (yaSub(o) >= 199 ? 0 : [18.9, 24.5, 31.2][+o.id % 3])
const yaTotal = (o) => +(yaSub(o) - yaDisc(o) + yaShip(o)).toFixed(2)
const YA_ST = ['Entregue', 'Entregue', 'Enviado', 'Pagamento aprovado', 'Aguardando pagamento', 'Cancelado', 'Em separação']
const yaSt = (o) => YA_ST[+o.id % YA_ST.length]
const YA_PAY = ['Pix', 'Cartão de crédito', 'Pix', 'Boleto', 'Cartão de crédito']
const yaPay = (o) => YA_PAY[+o.id % YA_PAY.length]
const YA_SHIPM = ['SEDEX', 'PAC', 'Jadlog .Package', 'Loggi', 'PAC']

// Vindi: subscriptions of a Curitiba gym chain's online plans (Assinaturas > Exportar, CSV; Portuguese UI).
const VI_PLAN = [['Plano Mensal Academia', 129.9, 'Mensal'], ['Plano Trimestral Academia', 349.9, 'Trimestral'], ['Plano Anual Academia', 1198.8, 'Anual'], ['Plano Mensal Online', 49.9, 'Mensal']]
const viPlan = (o) => VI_PLAN[+o.id % VI_PLAN.length]
const VI_ST = ['Ativa', 'Ativa', 'Ativa', 'Cancelada', 'Expirada', 'Ativa', 'Suspensa']
const viSt = (o) => VI_ST[+o.id % VI_ST.length]
const VI_PAY = ['Cartão de crédito', 'Cartão de crédito', 'Boleto bancário', 'Pix', 'Cartão de crédito']
const viPay = (o) => VI_PAY[+o.id % VI_PAY.length]
const viCard = (o, r) => (viPay(o) === 'Cartão de crédito' ? `${['Visa', 'Mastercard', 'Elo', 'Mastercard'][+o.id % 4]} final ${v.int(r, 1000, 9999)}` : '')
const viDisc = (o) => (+o.id % 6 === 1 ? 'PRIMEIROMES50' : '')

// Iugu: invoices of a São Paulo SaaS company (Faturas > Exportar, CSV of the invoice fields of Iugu's API).
const IU_ST = ['paid', 'paid', 'paid', 'pending', 'expired', 'canceled', 'refunded', 'paid']
const iuSt = (o) => IU_ST[+o.id % IU_ST.length]
const IU_PLAN = [['Plano Essencial - mensal', 14900], ['Plano Profissional - mensal', 29900], ['Plano Empresarial - mensal', 79900], ['Usuário adicional', 4900]]
const iuItem = (o) => IU_PLAN[+o.id % IU_PLAN.length]
const iuDisc = (o) => (+o.id % 5 === 3 ? 1000 : 0)
const iuTotal = (o) => iuItem(o)[1] * (+o.id % 4 === 3 ? Math.min(o.qty, 3) : 1) - iuDisc(o)
const IU_METHOD = ['iugu_pix', 'iugu_credit_card', 'iugu_bank_slip', 'iugu_credit_card']
const iuMethod = (o) => (['paid', 'refunded'].includes(iuSt(o)) ? IU_METHOD[+o.id % IU_METHOD.length] : '')
const iuIso = (ms) => { const p = brt(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)}T${pad(p.H)}:${pad(p.M)}:${pad(p.S)}-03:00` }
const iuReal = (cents) => `R$ ${brMoney(cents / 100)}`
const iuId = (r) => v.hex(r, 32).toUpperCase()

// ---------------------------------------------------------------- Colombia and Mexico (ePayco, Openpay)
const CO_CITY = [['Bogotá', 'Cundinamarca', '601'], ['Medellín', 'Antioquia', '604'], ['Cali', 'Valle del Cauca', '602'], ['Barranquilla', 'Atlántico', '605'], ['Bucaramanga', 'Santander', '607']]
const CO_ST = ['Calle 93', 'Carrera 7', 'Calle 72', 'Carrera 43A', 'Avenida 68', 'Calle 10']
const co = (c) => { const n = +c.id; const [city, dept] = CO_CITY[n % CO_CITY.length]; return { city, dept, street: `${CO_ST[(n >> 1) % CO_ST.length]} # ${10 + (n % 90)}-${10 + ((n >> 2) % 89)}`, mobile: `3${['00', '10', '15', '20', '04', '18'][n % 6]}${1000000 + (n * 37) % 8999999}`, cc: String(10000000 + (n * 7919) % 1090000000) } }
// ePayco: a Bogotá online language school's transactions (the x_ fields of ePayco's confirmation / transaction report).
const bogota = (ms) => shift(ms, -5)
const EP_FR = [['VS', 'Visa'], ['MC', 'Mastercard'], ['PSE', 'PSE'], ['PSE', 'PSE'], ['EF', 'Efecty'], ['DP', 'Daviplata'], ['AM', 'American Express']]
const epFr = (o) => EP_FR[+o.id % EP_FR.length]
const EP_RESP = ['Aceptada', 'Aceptada', 'Aceptada', 'Rechazada', 'Aceptada', 'Pendiente', 'Fallida', 'Aceptada']
const epResp = (o) => EP_RESP[+o.id % EP_RESP.length]
const EP_COURSE = [['Curso de inglés A1 - mensualidad', 189000], ['Curso de inglés B1 intensivo', 420000], ['Clase particular de francés 60 min', 75000], ['Preparación IELTS - 8 semanas', 890000]]
const epCourse = (o) => EP_COURSE[+o.id % EP_COURSE.length]
const epCard = (o) => ['VS', 'MC', 'AM'].includes(epFr(o)[0])
const EP_BANK = ['Bancolombia', 'Banco de Bogotá', 'Davivienda', 'BBVA Colombia', 'Banco de Occidente']

// Openpay: a Guadalajara online store's transactions (Dashboard > Transacciones > Exportar, CSV; Spanish UI, the fields of Openpay's charge object).
const mexico = (ms) => shift(ms, -6)
const OP_METHOD = ['Tarjeta', 'Tarjeta', 'Tarjeta', 'Tienda', 'Banco', 'Tarjeta']
const opMethod = (o) => OP_METHOD[+o.id % OP_METHOD.length]
const OP_ST = ['Completada', 'Completada', 'Completada', 'Fallida', 'En progreso', 'Completada', 'Cancelada']
const opSt = (o) => (opMethod(o) !== 'Tarjeta' && OP_ST[+o.id % OP_ST.length] === 'Fallida' ? 'En progreso' : OP_ST[+o.id % OP_ST.length])
const opAmt = (o) => +(189 + (+o.id % 61) * 37.5).toFixed(2)
const mxn = (n) => n.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
const opBrand = (o) => ['visa', 'mastercard', 'visa', 'american_express', 'carnet'][(+o.id >> 1) % 5]
const OP_BANK = ['BBVA MEXICO', 'BANAMEX', 'SANTANDER', 'BANORTE', 'HSBC']
const opRefund = (o) => opMethod(o) === 'Tarjeta' && opSt(o) === 'Completada' && +o.id % 9 === 4
const opId = (r) => `tr${v.alnum(r, 18).toLowerCase().replace(/[^a-z0-9]/g, 'x')}`
const mxPhone = (c) => `33${String(10000000 + (+c.id * 53) % 89999999)}`

// ---------------------------------------------------------------- Netherlands (Salonized, MultiSafepay)
const ams = (ms) => shift(ms, dst(ms) ? 2 : 1)
const nlDate = (ms) => { const p = ams(ms); return `${pad(p.d)}-${pad(p.m)}-${p.y}` }
const nlTime = (ms) => { const p = ams(ms); return `${pad(p.d)}-${pad(p.m)}-${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const eurNl = (n) => `€ ${n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`
// Salonized: clients of a Utrecht hair and beauty salon (Klanten > Exporteren, CSV; Dutch UI).
const SZ_EMP = ['Sanne', 'Femke', 'Joyce', '', 'Lisa']
const szVisits = (c) => +c.id % 37
const NL_FIRST = ['Daan', 'Emma', 'Sem', 'Julia', 'Lucas', 'Mila', 'Finn', 'Tess', 'Bram', 'Sanne', 'Jeroen', 'Femke'] // the people helper's Dutch names, women at odd places
const nlFemale = (c) => NL_FIRST.indexOf(c.first) % 2 === 1
// MultiSafepay: the accountant export of a Dutch webshop (Reports > Accountant export, CSV; the documented column names).
const MS_PT = [['IDEAL', 'N01'], ['IDEAL', 'N01'], ['VISA', 'N02'], ['MASTERCARD', 'N02'], ['BANCONTACT', 'N03'], ['KLARNA', 'N05'], ['APPLEPAY', 'N02'], ['IDEAL', 'N01']]
const msPt = (o) => MS_PT[+o.id % MS_PT.length]
const msRefund = (o) => +o.id % 11 === 6
const msAmt = (o) => +(o.total * (msRefund(o) ? -1 : 1)).toFixed(2)
const msOrder = (o) => String(100000 + (+o.id % 90000))
const NL_CITIES = ['Amsterdam', 'Rotterdam', 'Utrecht', 'Eindhoven', 'Groningen', 'Antwerpen', 'Gent']

// ---------------------------------------------------------------- France (Oxatis, Billetweb)
const paris = (ms) => shift(ms, dst(ms) ? 2 : 1)
const eurFr = (n) => n.toFixed(2).replace('.', ',')
// Oxatis: orders of a French tea and coffee shop (Commandes > Exporter, CSV; French back office, one row per order).
const OX_P = [['Thé vert Sencha bio 100 g', 12.9], ['Coffret découverte 6 thés', 34.5], ['Café grains Éthiopie Moka 250 g', 9.8], ['Théière fonte noire 0,8 L', 49.0], ['Rooibos vanille 100 g', 8.9]]
const oxp = (o) => OX_P[+o.id % OX_P.length]
const oxQty = (o) => Math.min(o.qty, 3)
const oxSub = (o) => +(oxp(o)[1] * oxQty(o)).toFixed(2)
const oxDisc = (o) => (+o.id % 6 === 2 ? +(oxSub(o) * 0.1).toFixed(2) : 0)
const oxShip = (o) => (oxSub(o) >= 59 ? 0 : [4.9, 6.9, 5.5][+o.id % 3])
const oxTotal = (o) => +(oxSub(o) - oxDisc(o) + oxShip(o)).toFixed(2)
const oxTva = (o) => +(oxTotal(o) - oxTotal(o) / 1.055).toFixed(2)
const OX_ST = ['Expédiée', 'Expédiée', 'Livrée', 'En préparation', 'En attente de paiement', 'Annulée']
const oxSt = (o) => OX_ST[+o.id % OX_ST.length]
const oxGift = (o) => +o.id % 5 === 3
const OX_GIFT = [['Martine', 'Durand', '12 rue des Lilas', '33000', 'Bordeaux'], ['Paul', 'Girard', '5 allée des Tilleuls', '67000', 'Strasbourg'], ['Sophie', 'Lambert', '48 cours Mirabeau', '13100', 'Aix-en-Provence']]
const oxTo = (o) => OX_GIFT[+o.id % OX_GIFT.length]
// Billetweb: participants of a trail race in the Vosges (Participants > Exporter, Excel; French UI, one row per ticket, with the registration form's fields).
const BW_TARIF = [['Trail 25 km', 'Course', 32], ['Trail 25 km', 'Course', 32], ['Trail 12 km', 'Course', 22], ['Marche nordique 10 km', 'Marche', 15], ['Trail 12 km - licencié FFA', 'Course', 19]]
const bwT = (c) => BW_TARIF[+c.id % BW_TARIF.length]
const bwBuyerDiff = (c) => +c.id % 6 === 4 // a parent or club buys for the participant
const BW_CLUB = ['', '', 'AS Gérardmer Athlétisme', 'Trail Club des Vosges', '', 'Running Nancy', 'ASPTT Strasbourg']
// the women among the people helper's French first names
const FR_WOMEN = new Set(['Camille', 'Léa', 'Chloé', 'Manon', 'Inès', 'Élodie', 'Margaux'])

// ---------------------------------------------------------------- Italy (Danea Easyfatt, Qapla')
const rome = (ms) => shift(ms, dst(ms) ? 2 : 1)
const itMoney = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')
// Danea Easyfatt: documents of a Bologna wholesaler of office supplies (Documenti > elenco su Excel; Italian UI, one row per document).
const DA_TIPO = ['Fattura', 'Fattura', 'Fattura', 'Fattura accompagnatoria', 'Nota di credito', 'Fattura', 'Ricevuta fiscale']
const daTipo = (o) => DA_TIPO[+o.id % DA_TIPO.length]
const DA_CO = [['Studio Legale Bianchi & Associati', '02345670372'], ['Ferramenta Colombo S.n.c.', '01987650350'], ['Rossi Impianti S.r.l.', '03456780401'], ['Caffè Centrale di Greco Marco', '02876540378'], ['Comune di Sasso Marconi', '01041340375'], ['Tipografia Ricci S.r.l.', '04123450377']]
const daCo = (o) => DA_CO[(+o.id >> 1) % DA_CO.length]
const daPriv = (o) => daTipo(o) === 'Ricevuta fiscale'
const daImp = (o) => (daTipo(o) === 'Ricevuta fiscale' ? +(12.5 + (+o.id % 40) * 3.5).toFixed(2) : +((120 + (+o.id % 97) * 23.4) * (daTipo(o) === 'Nota di credito' ? -0.2 : 1)).toFixed(2))
const daIva = (o) => +(daImp(o) * 0.22).toFixed(2)
const daRit = () => 0 // a wholesaler withholds nothing; the column is there for professionals
const daSplit = (o) => !daPriv(o) && daCo(o)[0].startsWith('Comune') // split payment: a municipality pays the VAT to the State
const DA_PAG = ['Bonifico bancario 30 gg d.f.', 'Ri.Ba. 60 gg d.f.f.m.', 'Bonifico bancario vista fattura', 'Contanti', 'Ri.Ba. 30 gg d.f.f.m.']
const daPag = (o) => (daPriv(o) ? 'Contanti' : DA_PAG[+o.id % DA_PAG.length])
const DA_PROV = [['Bologna', 'BO', '40121'], ['Casalecchio di Reno', 'BO', '40033'], ['Modena', 'MO', '41121'], ['Imola', 'BO', '40026'], ['Sasso Marconi', 'BO', '40037'], ['Ferrara', 'FE', '44121']]
const daCity = (o) => DA_PROV[(+o.id >> 1) % DA_PROV.length]
const daNum = (o) => `${1 + (+o.id % 900)}${daTipo(o) === 'Nota di credito' ? '/NC' : ''}`
// Qapla': shipments of an Italian fashion shop tracked in Qapla' (Spedizioni > Esporta, CSV; Italian UI, one row per shipment).
const QA_COURIER = [['BRT', (r) => String(v.int(r, 100000000000, 999999999999)).slice(0, 12)], ['GLS', (r) => `M${v.int(r, 10, 99)}${v.int(r, 1000000, 9999999)}`], ['SDA', (r) => String(v.int(r, 1000000000000, 9999999999999))], ['Poste Italiane', (r) => `${v.pick(r, ['1UW', '2UW'])}${v.int(r, 100000000, 999999999)}`], ['DHL', (r) => String(v.int(r, 1000000000, 9999999999))]]
const qaCourier = (o) => QA_COURIER[+o.id % QA_COURIER.length]
const QA_ST = [['Consegnata', 'Consegnata'], ['Consegnata', 'Consegnata'], ['In transito', 'Partita dal centro di smistamento'], ['In consegna', 'In consegna'], ['Giacenza', 'Destinatario assente'], ['Consegnata', 'Consegnata'], ['Reso al mittente', 'Rifiutata dal destinatario']]
const qaSt = (o) => QA_ST[+o.id % QA_ST.length]
const qaCod = (o) => +o.id % 4 === 1
const qaAmt = (o) => +(39.9 + (+o.id % 40) * 4.5).toFixed(2)

export const SETS = [
  // ---------------------------------------------------------------- CRM / invoicing
  { name: 'contaazul-clientes-pt', product: 'Conta Azul (Cadastros > Clientes > Exportar, Excel; Portuguese UI, the clients of a São Paulo accounting-services firm, people and companies)', family: 'crm', language: 'pt', schema: P, cols: [
    ['Código', (c) => String(1000 + (+c.id % 9000)), ID, opt],
    ['Nome', (c) => (caPJ(c) ? CA_CO[caCo(c)] : c.full), ['person.name.fullName', 'organizations[0]'], opt],
    ['Nome fantasia', (c) => (caPJ(c) ? CA_FANT[caCo(c)] : ''), ['organizations[0]'], opt],
    ['Tipo de pessoa', (c) => (caPJ(c) ? 'Jurídica' : 'Física'), [], opt],
    ['CPF/CNPJ', (c) => (caPJ(c) ? cnpj(c) : cpf(c)), ['person.taxId'], opt],
    ['RG', (c, o, r) => (!caPJ(c) && r() < 0.4 ? `${v.int(r, 10, 59)}.${v.int(r, 100, 999)}.${v.int(r, 100, 999)}-${v.int(r, 0, 9)}` : ''), []],
    ['Inscrição estadual', (c, o, r) => (caPJ(c) ? (r() < 0.5 ? String(v.int(r, 100000000, 999999999)) : 'Isento') : ''), []],
    ['Inscrição municipal', (c, o, r) => (caPJ(c) && r() < 0.6 ? String(v.int(r, 1000000, 9999999)) : ''), []],
    ['Optante pelo Simples Nacional', (c) => (caPJ(c) ? (+c.id % 2 ? 'Sim' : 'Não') : ''), []],
    ['E-mail', (c) => (caPJ(c) ? `financeiro@${slug(CA_FANT[caCo(c)])}.com.br` : c.email), ['personalEmail.address', 'workEmail.address']],
    ['Telefone comercial', (c, o, r) => (caPJ(c) || r() < 0.3 ? c.phone : ''), ['workPhone.number', 'homePhone.number']],
    ['Telefone celular', (c, o, r) => (r() < 0.85 ? c.mobile : ''), ['mobilePhone.number']],
    ['Contato', (c) => (caPJ(c) ? c.full : ''), [], opt],
    ['CEP', (c) => c.postcode, at(['billingAddress', ...HOME], 'postalCode')],
    ['Logradouro', (c) => brStreet(c), at(['billingAddress', ...HOME], 'street1')],
    ['Número', (c) => brNum(c), [], opt],
    ['Complemento', (c) => brCompl(c), at(['billingAddress', ...HOME], 'street2')],
    ['Bairro', (c) => bairro(c), [], opt],
    ['Cidade', (c) => c.city, at(['billingAddress', ...HOME], 'city')],
    ['Estado', (c) => c.region, [...at(['billingAddress', ...HOME], 'stateProvince'), ...at(['billingAddress', ...HOME], 'state')]],
    ['País', () => 'Brasil', at(['billingAddress', ...HOME], 'country')],
    ['Data de nascimento', (c, o, r) => (!caPJ(c) && r() < 0.6 ? f.eu(c.birth) : ''), ['person.birthDate']],
    ['Situação', (c) => (+c.id % 11 === 4 ? 'Inativo' : 'Ativo'), [], opt],
    ['Data de cadastro', (c) => f.eu(c.created), [], opt],
    ['Observações', (c, o, r) => v.pick(r, ['', '', '', 'Cobrar dia 10', 'Contrato anual de BPO financeiro', 'Enviar NF por e-mail']), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders
  { name: 'yampi-pedidos-pt', product: 'Yampi (Pedidos > Exportar pedidos, CSV; Portuguese UI, a Brazilian cosmetics shop, one row per order)', family: 'ecommerce-orders', language: 'pt', schema: E, cols: [
    ['Número do pedido', (c, o) => String(1000000 + +o.id * 37), [OR('purchaseID')]],
    ['ID', (c, o) => String(100000000 + +o.id * 211), ['_id'], opt],
    ['Data', (c, o) => dmyHM(brt(o.at)), ['timestamp', OR('createdDate')]],
    ['Status', (c, o) => yaSt(o), [], opt],
    ['Cliente', (c) => c.full, []],
    ['E-mail', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['CPF', (c) => cpf(c), []],
    ['Telefone', (c) => c.mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Produtos', (c, o) => `${yaQty(o)}x ${yap(o)[0]}`, [PL('name')], opt],
    ['Quantidade de itens', (c, o) => String(yaQty(o)), [PL('quantity')], opt],
    ['Subtotal', (c, o) => brMoney(yaSub(o)), [], opt],
    ['Desconto', (c, o) => brMoney(yaDisc(o)), [OR('discountAmount')]],
    ['Frete', (c, o) => brMoney(yaShip(o)), ['commerce.shipping.shippingAmount']],
    ['Total', (c, o) => brMoney(yaTotal(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Cupom', (c, o) => (yaDisc(o) ? 'BEMVINDA10' : ''), ['commerce.promotionID'], opt],
    ['Forma de pagamento', (c, o) => yaPay(o), [OR('payments[0].paymentType')]],
    ['Parcelas', (c, o) => (yaPay(o) === 'Cartão de crédito' ? String(1 + (+o.id % 6)) : '1'), []],
    ['Forma de entrega', (c, o) => (yaShip(o) === 0 ? 'Frete grátis' : YA_SHIPM[+o.id % YA_SHIPM.length]), ['commerce.shipping.shippingMethod']],
    ['Código de rastreio', (c, o, r) => (['Entregue', 'Enviado'].includes(yaSt(o)) ? `${v.pick(r, ['QM', 'OV', 'NL'])}${v.int(r, 100000000, 999999999)}BR` : ''), ['commerce.shipping.trackingNumber']],
    ['CEP', (c) => c.postcode, [SHIP('postalCode')]],
    ['Endereço', (c) => brStreet(c), [SHIP('street1')]],
    ['Número', (c) => brNum(c), [], opt],
    ['Complemento', (c) => brCompl(c), [SHIP('street2')]],
    ['Bairro', (c) => bairro(c), [], opt],
    ['Cidade', (c) => c.city, [SHIP('city')]],
    ['Estado', (c) => c.region, [SHIP('stateProvince'), SHIP('state')]],
    ['IP', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['UTM Source', (c, o) => ['instagram', 'google', '', 'facebook', 'tiktok'][+o.id % 5], [], opt],
    ['UTM Medium', (c, o) => ['cpc', 'cpc', '', 'social', 'cpc'][+o.id % 5], [], opt],
    ['UTM Campaign', (c, o) => ['black-friday', 'vitamina-c', '', 'remarketing', 'kit-cronograma'][+o.id % 5], ['marketing.campaignName', 'marketing.trackingCode']],
    ['Upsell', (c, o) => (+o.id % 7 === 2 ? 'Sim' : 'Não'), []],
  ] },

  // ---------------------------------------------------------------- subscriptions
  { name: 'vindi-assinaturas-pt', product: 'Vindi (Assinaturas > Exportar, CSV; Portuguese UI, the online plans of a Curitiba gym chain, one row per subscription)', family: 'subscriptions', language: 'pt', schema: E, cols: [
    ['ID', (c, o) => String(4000000 + +o.id * 13), [OR('purchaseID'), '_id'], opt],
    ['Código externo', (c, o) => (+o.id % 3 === 0 ? '' : `ACAD-${20000 + (+o.id % 70000)}`), [OR('purchaseOrderNumber')], opt],
    ['Cliente', (c) => c.full, []],
    ['Código do cliente', (c) => `CLI${String(+c.id % 100000).padStart(5, '0')}`, [], opt],
    ['E-mail', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['CPF/CNPJ', (c) => cpf(c), []],
    ['Plano', (c, o) => viPlan(o)[0], [PL('name')], opt],
    ['Periodicidade', (c, o) => viPlan(o)[2], []],
    ['Status', (c, o) => viSt(o), [], opt],
    ['Valor', (c, o) => brMoney(viPlan(o)[1]), [OR('priceTotal'), OR('payments[0].paymentAmount')], opt],
    ['Forma de pagamento', (c, o) => viPay(o), [OR('payments[0].paymentType')]],
    ['Cartão', (c, o, r) => viCard(o, r), []],
    ['Parcelas', (c, o) => (viPlan(o)[2] === 'Anual' && viPay(o) === 'Cartão de crédito' ? '12' : '1'), []],
    ['Cupom de desconto', (c, o) => viDisc(o), ['commerce.promotionID'], opt],
    ['Data de início', (c, o) => dmy(brt(o.at)), ['timestamp', OR('createdDate')], opt],
    ['Próxima cobrança', (c, o) => (['Ativa', 'Suspensa'].includes(viSt(o)) ? dmy(brt(o.at + (30 + (+o.id % 300)) * DAY)) : ''), []],
    ['Ciclos cobrados', (c, o) => String(1 + (+o.id % 14)), []],
    ['Data de cancelamento', (c, o) => (viSt(o) === 'Cancelada' ? dmy(brt(o.at + (60 + (+o.id % 200)) * DAY)) : ''), [OR('cancelDate')]],
    ['Criado em', (c, o) => dmyHMS(brt(o.at - 600000)), ['timestamp', OR('createdDate')]],
    ['Atualizado em', (c, o) => dmyHMS(brt(o.at + (+o.id % 90) * DAY)), [OR('lastUpdatedDate')], opt],
  ] },

  // ---------------------------------------------------------------- payments (invoices)
  { name: 'iugu-faturas-pt', product: 'Iugu (Faturas > Exportar, CSV; a São Paulo SaaS company\'s invoices in the field names of Iugu\'s invoice API, amounts in cents and in reais)', family: 'payments', language: 'pt', schema: E, cols: [
    ['id', (c, o, r) => iuId(r), [OR('payments[0].transactionID'), '_id']],
    ['order_id', (c, o) => (+o.id % 4 === 0 ? '' : `PED-${50000 + (+o.id % 40000)}`), [OR('purchaseID')]],
    ['status', (c, o) => iuSt(o), [], opt],
    ['due_date', (c, o) => { const p = brt(o.at + 5 * DAY); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }, [], opt],
    ['email', (c, o) => (+o.id % 3 === 1 ? `financeiro@${slug(c.company)}.com.br` : c.email), ['endUserIDs._experience.emailid.id'], opt],
    ['customer_name', (c, o) => (+o.id % 3 === 1 ? `${c.company} Tecnologia Ltda` : c.full), []],
    ['customer_id', (c, o, r) => (+o.id % 5 === 4 ? '' : iuId(r)), [], opt],
    ['payer_cpf_cnpj', (c, o) => (+o.id % 3 === 1 ? cnpj(c).replace(/\D/g, '') : cpf(c).replace(/\D/g, '')), []],
    ['items_description', (c, o) => iuItem(o)[0], [PL('name')], opt],
    ['currency', () => 'BRL', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['discount_cents', (c, o) => String(iuDisc(o)), [OR('discountAmount')], opt],
    ['tax_cents', () => '0', [OR('taxAmount')], opt],
    ['total_cents', (c, o) => String(iuTotal(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')], opt],
    ['total', (c, o) => iuReal(iuTotal(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['total_paid', (c, o) => iuReal(['paid', 'refunded'].includes(iuSt(o)) ? iuTotal(o) : 0), [OR('payments[0].paymentAmount')], opt],
    ['payable_with', (c, o) => ['all', 'pix', 'bank_slip', 'credit_card'][+o.id % 4], [OR('payments[0].paymentType')], opt],
    ['payment_method', (c, o) => iuMethod(o), [OR('payments[0].paymentType')]],
    ['installments', (c, o) => (iuMethod(o) === 'iugu_credit_card' ? String(1 + (+o.id % 3)) : ''), []],
    ['refunded_cents', (c, o) => (iuSt(o) === 'refunded' ? String(iuTotal(o)) : '0'), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['commission_cents', (c, o) => (['paid', 'refunded'].includes(iuSt(o)) ? String(Math.round(iuTotal(o) * 0.0251)) : '0'), []],
    ['created_at', (c, o) => iuIso(o.at), ['timestamp', OR('createdDate')]],
    ['paid_at', (c, o) => (['paid', 'refunded'].includes(iuSt(o)) ? iuIso(o.at + (1 + (+o.id % 4)) * DAY) : ''), ['timestamp'], opt],
    ['updated_at', (c, o) => iuIso(o.at + (2 + (+o.id % 6)) * DAY), [OR('lastUpdatedDate')], opt],
    ['secure_url', (c, o, r) => `https://faturas.iugu.com/${v.uuid(r)}-${v.hex(r, 4)}`, []],
    ['subscription_id', (c, o, r) => (+o.id % 4 === 3 ? '' : iuId(r)), [], opt],
  ] },

  // ---------------------------------------------------------------- payments (Colombia, Mexico)
  { name: 'epayco-transacciones-es', product: 'ePayco (Transacciones > Exportar, CSV; a Bogotá online language school, one row per transaction, the x_ fields of ePayco\'s transaction data)', family: 'payments', language: 'es', schema: E, cols: [
    ['x_ref_payco', (c, o) => String(80000000 + +o.id * 977), [OR('payments[0].transactionID'), '_id']],
    ['x_transaction_id', (c, o) => `${1700000000 + +o.id * 311}${pad(+o.id % 100)}`, [OR('payments[0].transactionID')], opt],
    ['x_id_invoice', (c, o) => `INV-${30000 + (+o.id % 60000)}`, [OR('purchaseID')]],
    ['x_description', (c, o) => epCourse(o)[0], [PL('name')], opt],
    ['x_amount', (c, o) => String(epCourse(o)[1]), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['x_amount_base', (c, o) => String(Math.round(epCourse(o)[1] / 1.19)), [], opt],
    ['x_tax', (c, o) => String(epCourse(o)[1] - Math.round(epCourse(o)[1] / 1.19)), [OR('taxAmount')]],
    ['x_currency_code', () => 'COP', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['x_franchise', (c, o) => epFr(o)[0], [OR('payments[0].paymentType')]],
    ['x_bank_name', (c, o) => (epFr(o)[0] === 'EF' ? 'Efecty' : EP_BANK[+o.id % EP_BANK.length]), []],
    ['x_cardnumber', (c, o, r) => (epCard(o) ? `${['4', '5', '3'][+o.id % 3]}${v.int(r, 10000, 99999)}******${v.int(r, 1000, 9999)}` : ''), []],
    ['x_quotas', (c, o) => (epCard(o) ? String(1 + (+o.id % 12)) : ''), []],
    ['x_cod_response', (c, o) => String(['Aceptada', 'Rechazada', 'Pendiente', 'Fallida'].indexOf(epResp(o)) + 1), [], opt],
    ['x_respuesta', (c, o) => epResp(o), [], opt],
    ['x_response_reason_text', (c, o) => ({ Aceptada: '00-Aprobada', Rechazada: '05-Fondos insuficientes', Pendiente: 'Transacción pendiente por validación', Fallida: 'Error de comunicación con la entidad' })[epResp(o)], []],
    ['x_approval_code', (c, o, r) => (epResp(o) === 'Aceptada' ? String(v.int(r, 100000, 999999)) : '000000'), []],
    ['x_fecha_transaccion', (c, o) => ymdHMS(bogota(o.at)), ['timestamp', OR('createdDate')]],
    ['x_customer_doctype', (c, o) => (+o.id % 9 === 3 ? 'CE' : 'CC'), []],
    ['x_customer_document', (c) => co(c).cc, []],
    ['x_customer_name', (c) => c.first, []],
    ['x_customer_lastname', (c) => c.last, []],
    ['x_customer_email', (c) => c.email.replace(/@.*/, '@gmail.com'), ['endUserIDs._experience.emailid.id'], opt],
    ['x_customer_movil', (c) => co(c).mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['x_customer_country', () => 'CO', [BILL('countryCode')], opt],
    ['x_customer_city', (c) => co(c).city, [BILL('city')], opt],
    ['x_customer_address', (c) => co(c).street, [BILL('street1')], opt],
    ['x_customer_ip', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['x_extra1', (c, o) => ['sede-norte', 'virtual', 'virtual', 'sede-chapinero'][+o.id % 4], [], opt],
    ['x_test_request', () => 'FALSE', []],
  ] },
  { name: 'openpay-transacciones-es', product: 'Openpay (Dashboard > Transacciones > Exportar, CSV; Spanish UI, a Guadalajara online store, one row per charge or refund)', family: 'payments', language: 'es', schema: E, cols: [
    ['ID', (c, o, r) => opId(r), [OR('payments[0].transactionID'), '_id']],
    ['Fecha de creación', (c, o) => dmyHMS(mexico(o.at)), ['timestamp', OR('createdDate')]],
    ['Fecha de operación', (c, o) => (opSt(o) === 'Completada' ? dmyHMS(mexico(o.at + (opMethod(o) === 'Tarjeta' ? 3000 : (1 + (+o.id % 40)) * 3600000))) : ''), ['timestamp'], opt],
    ['Tipo de transacción', (c, o) => (opRefund(o) ? 'Reembolso' : 'Cargo'), [], opt],
    ['Método', (c, o) => opMethod(o), [OR('payments[0].paymentType')]],
    ['Estatus', (c, o) => opSt(o), [], opt],
    ['Monto', (c, o) => mxn(opAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Moneda', () => 'MXN', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Descripción', (c, o) => `Pedido web ${20000 + (+o.id % 70000)}`, [], opt],
    ['Número de orden', (c, o) => `GDL-${20000 + (+o.id % 70000)}`, [OR('purchaseID')]],
    ['Autorización', (c, o, r) => (opMethod(o) === 'Tarjeta' && opSt(o) === 'Completada' ? String(v.int(r, 100000, 999999)) : ''), []],
    ['Tarjeta', (c, o, r) => (opMethod(o) === 'Tarjeta' ? `${{ visa: '411111', mastercard: '542418', american_express: '376651', carnet: '506199' }[opBrand(o)]}XXXXXX${v.int(r, 1000, 9999)}` : ''), []],
    ['Marca', (c, o) => (opMethod(o) === 'Tarjeta' ? opBrand(o) : ''), [OR('payments[0].paymentType')], opt],
    ['Tipo de tarjeta', (c, o) => (opMethod(o) === 'Tarjeta' ? (+o.id % 3 ? 'debit' : 'credit') : ''), [], opt],
    ['Banco emisor', (c, o) => (opMethod(o) === 'Tarjeta' ? OP_BANK[+o.id % OP_BANK.length] : ''), []],
    ['Titular', (c, o) => (opMethod(o) === 'Tarjeta' ? c.full.toUpperCase() : ''), []],
    ['Cliente', (c) => c.full, []],
    ['Correo electrónico', (c) => c.email.replace(/@.*/, ['@gmail.com', '@hotmail.com', '@outlook.com'][+c.id % 3]), ['endUserIDs._experience.emailid.id'], opt],
    ['Teléfono', (c) => mxPhone(c), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Referencia de pago', (c, o, r) => (opMethod(o) === 'Tienda' ? `1010${v.int(r, 10000000, 99999999)}${v.int(r, 1000000, 9999999)}` : opMethod(o) === 'Banco' ? `6461801${v.int(r, 10000000000, 99999999999)}` : ''), [], opt],
    ['Conciliado', (c, o) => (opSt(o) === 'Completada' && +o.id % 4 ? 'Sí' : 'No'), []],
    ['Comisión', (c, o) => (opSt(o) === 'Completada' ? mxn(opAmt(o) * 0.029 + 2.5) : '0.00'), []],
    ['IVA de comisión', (c, o) => (opSt(o) === 'Completada' ? mxn((opAmt(o) * 0.029 + 2.5) * 0.16) : '0.00'), []],
    ['Monto reembolsado', (c, o) => (opRefund(o) ? mxn(opAmt(o)) : '0.00'), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['Mensaje de error', (c, o) => (opSt(o) === 'Fallida' ? ['La tarjeta fue declinada', 'La tarjeta no tiene fondos suficientes', 'El banco emisor rechazó la transacción'][+o.id % 3] : ''), []],
  ] },

  // ---------------------------------------------------------------- CRM (salon clients)
  { name: 'salonized-klanten-nl', product: 'Salonized (Klanten > Exporteren, CSV; Dutch UI, the clients of a Utrecht hair and beauty salon with loyalty points)', family: 'crm', language: 'nl', schema: P, cols: [
    ['Klantnummer', (c) => String(2000 + (+c.id % 8000)), ID, opt],
    ['Aanhef', (c) => (nlFemale(c) ? 'Mevrouw' : 'De heer'), ['person.name.courtesyTitle']],
    ['Voornaam', (c) => c.first, ['person.name.firstName']],
    ['Achternaam', (c) => c.last, ['person.name.lastName']],
    ['Geslacht', (c) => (nlFemale(c) ? 'Vrouw' : 'Man'), ['person.gender'], opt],
    ['E-mailadres', (c, o, r) => (r() < 0.85 ? c.email : ''), ['personalEmail.address']],
    ['Telefoonnummer', (c, o, r) => (r() < 0.25 ? c.phone : ''), ['homePhone.number']],
    ['Mobiel nummer', (c, o, r) => (r() < 0.9 ? c.mobile : ''), ['mobilePhone.number']],
    ['Adres', (c, o, r) => (r() < 0.5 ? c.street : ''), at(HOME, 'street1')],
    ['Postcode', (c, o, r) => (r() < 0.55 ? c.postcode : ''), at(HOME, 'postalCode')],
    ['Woonplaats', (c) => c.city, at(HOME, 'city')],
    ['Land', () => 'Nederland', at(HOME, 'country')],
    ['Geboortedatum', (c, o, r) => (r() < 0.5 ? nlDate(c.birth) : ''), ['person.birthDate']],
    ['Spaarpunten', (c) => String((+c.id % 23) * 10), ['loyalty.points']],
    ['Notitie', (c, o, r) => v.pick(r, ['', '', '', 'Koffie zwart', 'Gevoelige hoofdhuid', 'Allergisch voor PPD', 'Liever geen sms']), []],
    ['Vaste medewerker', (c) => SZ_EMP[+c.id % SZ_EMP.length], []],
    ['Klant sinds', (c) => nlDate(c.created), [], opt],
    ['Laatste afspraak', (c) => (szVisits(c) ? nlDate(Math.max(c.created, c.updated)) : ''), [], opt],
    ['Aantal afspraken', (c) => String(szVisits(c)), []],
    ['Niet verschenen', (c) => String(+c.id % 3 === 0 ? 1 : 0), []],
    ['Totaal besteed', (c) => eurNl(szVisits(c) * (38 + (+c.id % 40))), ['loyalty.lifetimePurchases'], opt],
    ['Nieuwsbrief', (c) => (+c.id % 4 === 1 ? 'Nee' : 'Ja'), [], opt],
    ['Herinneringen', (c) => ['E-mail en sms', 'Sms', 'E-mail', 'Geen'][+c.id % 4], []],
    ['Online boeken geblokkeerd', (c) => (+c.id % 29 === 3 ? 'Ja' : 'Nee'), []],
  ] },

  // ---------------------------------------------------------------- payments (Netherlands)
  { name: 'multisafepay-accountant-nl', product: 'MultiSafepay (Reports > Accountant export, CSV; a Dutch home-goods webshop, one row per completed transaction, the export\'s documented column names)', family: 'payments', language: 'nl', schema: E, cols: [
    ['Completed date/time', (c, o) => nlTime(o.at), ['timestamp']],
    ['Amount', (c, o) => msAmt(o).toFixed(2).replace('.', ','), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Creditdebit', (c, o) => (msRefund(o) ? 'D' : 'C'), [], opt],
    ['Typetransaction', (c, o) => msPt(o)[1], [], opt],
    ['Paymenttype', (c, o) => msPt(o)[0], [OR('payments[0].paymentType')]],
    ['Description', (c, o) => `${msRefund(o) ? 'Terugbetaling' : 'Bestelling'} ${msOrder(o)} - Woonwinkel De Linde`, [], opt],
    ['Description2', (c, o) => `${o.qty} artikel(en)`, []],
    ['Description3', () => '', []],
    ['Description4', () => '', []],
    ['Tr status', (c, o) => (msRefund(o) ? 'refunded' : 'completed'), [], opt],
    ['Ms description', () => 'www.woonwinkeldelinde.nl', []],
    ['Mt merchanttransactionid', (c, o) => msOrder(o), [OR('purchaseID')]],
    ['Mt cust firstname', (c) => c.first, []],
    ['Mt cust lastname', (c) => c.last, []],
    ['Mt cust city', (c, o) => (msPt(o)[0] === 'BANCONTACT' ? NL_CITIES[5 + (+c.id % 2)] : c.city), [BILL('city')], opt],
    ['Mt cust country', (c, o) => (msPt(o)[0] === 'BANCONTACT' ? 'BE' : 'NL'), [BILL('countryCode')], opt],
    ['Invoice ID', (c, o) => (+o.id % 3 === 0 ? '' : `F${ams(o.at).y}-${pad(+o.id % 10000, 5)}`), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (France)
  { name: 'oxatis-commandes-fr', product: 'Oxatis (Ventes > Commandes > Exporter, CSV; French back office, a tea and coffee shop, one row per order, gift orders shipped elsewhere)', family: 'ecommerce-orders', language: 'fr', schema: E, cols: [
    ['N° commande', (c, o) => String(10000 + +o.id), [OR('purchaseID')]],
    ['Date', (c, o) => dmyHM(paris(o.at)), ['timestamp', OR('createdDate')]],
    ['Statut', (c, o) => oxSt(o), [], opt],
    ['N° client', (c) => String(3000 + (+c.id % 7000)), [], opt],
    ['Civilité', (c) => (FR_WOMEN.has(c.first) ? 'Mme' : 'M.'), []],
    ['Nom', (c) => c.last, []],
    ['Prénom', (c) => c.first, []],
    ['Société', (c, o) => (+o.id % 9 === 4 ? c.company : ''), []],
    ['E-mail', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Téléphone', (c) => c.mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Adresse de facturation', (c) => c.street, [BILL('street1')]],
    ['Complément adresse facturation', (c, o) => (+o.id % 4 === 1 ? `Bât. ${'ABC'[+o.id % 3]}, ${1 + (+o.id % 6)}e étage` : ''), [BILL('street2')]],
    ['CP facturation', (c) => c.postcode, [BILL('postalCode')]],
    ['Ville facturation', (c) => c.city, [BILL('city')]],
    ['Pays facturation', () => 'France', [BILL('country')]],
    ['Nom livraison', (c, o) => (oxGift(o) ? `${oxTo(o)[0]} ${oxTo(o)[1]}` : c.full), []],
    ['Adresse de livraison', (c, o) => (oxGift(o) ? oxTo(o)[2] : c.street), [SHIP('street1')]],
    ['CP livraison', (c, o) => (oxGift(o) ? oxTo(o)[3] : c.postcode), [SHIP('postalCode')]],
    ['Ville livraison', (c, o) => (oxGift(o) ? oxTo(o)[4] : c.city), [SHIP('city')]],
    ['Pays livraison', () => 'France', [SHIP('country')]],
    ['Mode de paiement', (c, o) => ['Carte bancaire', 'PayPal', 'Carte bancaire', 'Virement', 'Carte bancaire'][+o.id % 5], [OR('payments[0].paymentType')]],
    ['Mode de livraison', (c, o) => ['Colissimo domicile', 'Mondial Relay', 'Colissimo domicile', 'Chronopost 24h'][+o.id % 4], ['commerce.shipping.shippingMethod']],
    ['N° de suivi', (c, o, r) => (['Expédiée', 'Livrée'].includes(oxSt(o)) ? `6A${v.int(r, 10000000000, 99999999999)}` : ''), ['commerce.shipping.trackingNumber']],
    ['Nb articles', (c, o) => String(oxQty(o)), [PL('quantity')], opt],
    ['Total HT', (c, o) => eurFr(oxTotal(o) - oxTva(o)), [], opt],
    ['TVA', (c, o) => eurFr(oxTva(o)), [OR('taxAmount')]],
    ['Frais de port TTC', (c, o) => eurFr(oxShip(o)), ['commerce.shipping.shippingAmount']],
    ['Remise', (c, o) => eurFr(oxDisc(o)), [OR('discountAmount')]],
    ['Code promo', (c, o) => (oxDisc(o) ? 'THE10' : ''), ['commerce.promotionID'], opt],
    ['Total TTC', (c, o) => eurFr(oxTotal(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Devise', () => 'EUR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Message cadeau', (c, o) => (oxGift(o) ? ['Joyeux anniversaire !', 'Bonne fête maman', 'Merci pour tout'][+o.id % 3] : ''), []],
  ] },

  // ---------------------------------------------------------------- event ticketing
  { name: 'billetweb-participants-fr', product: 'Billetweb (Participants > Exporter, Excel; French UI, a trail race in the Vosges, one row per ticket, with the registration form\'s fields)', family: 'ticketing', language: 'fr', schema: P, cols: [
    ['Billet', (c) => `T${2400000 + (+c.id % 600000)}`, [], opt],
    ['Code barre', (c, o, r) => String(v.int(r, 100000000, 999999999)) + String(v.int(r, 1000, 9999)), []],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Tarif', (c) => bwT(c)[0], []],
    ['Catégorie', (c) => bwT(c)[1], []],
    ['Prix', (c) => `${eurFr(bwT(c)[2])} €`, []],
    ['Code réduction', (c) => (+c.id % 8 === 5 ? 'CLUB2024' : ''), []],
    ['Commande', (c) => `C${1200000 + (+c.id % 800000)}`, [], opt],
    ['Date de commande', (c) => dmyHM(paris(c.created)), [], opt],
    ['Nom acheteur', (c) => (bwBuyerDiff(c) ? 'Moreau' : c.last), []],
    ['Prénom acheteur', (c) => (bwBuyerDiff(c) ? 'Isabelle' : c.first), []],
    ['Email acheteur', (c) => (bwBuyerDiff(c) ? 'isabelle.moreau@orange.fr' : c.email), ['personalEmail.address'], opt],
    ['Payé', (c) => (+c.id % 13 === 7 ? 'Non' : 'Oui'), []],
    ['Moyen de paiement', (c) => ['Carte bancaire', 'Carte bancaire', 'Carte bancaire', 'Chèque', 'Espèces'][+c.id % 5], []],
    ['Contrôlé', (c) => (+c.id % 3 === 0 ? 'Non' : 'Oui'), []],
    ['Sexe', (c) => (FR_WOMEN.has(c.first) ? 'Femme' : 'Homme'), ['person.gender'], opt],
    ['Date de naissance', (c) => f.eu(c.birth), ['person.birthDate']],
    ['Téléphone', (c) => c.mobile, ['mobilePhone.number', 'homePhone.number']],
    ['Adresse', (c) => c.street, at(HOME, 'street1')],
    ['Code postal', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Ville', (c) => c.city, at(HOME, 'city')],
    ['Pays', () => 'France', at(HOME, 'country')],
    ['Club', (c) => BW_CLUB[+c.id % BW_CLUB.length], ['organizations[0]'], opt],
    ['N° de licence FFA', (c, o, r) => (BW_CLUB[+c.id % BW_CLUB.length] ? String(v.int(r, 1000000, 2999999)) : ''), []],
    ['Taille de t-shirt', (c) => ['S', 'M', 'L', 'XL', 'M'][+c.id % 5], []],
    ['Personne à prévenir en cas d\'urgence', (c, o, r) => `${v.pick(r, ['Julie', 'Marc', 'Nathalie', 'Pierre'])} ${c.last} - 06 ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}`, []],
    ['J\'accepte de recevoir les informations de l\'organisateur', (c) => (+c.id % 3 === 1 ? 'Non' : 'Oui'), [], opt],
  ] },

  // ---------------------------------------------------------------- invoicing documents (Italy)
  { name: 'easyfatt-documenti-it', product: 'Danea Easyfatt (Documenti > elenco su Excel; Italian UI, a Bologna wholesaler of office supplies, one row per sales document)', family: 'invoicing', language: 'it', schema: E, cols: [
    ['Tipo documento', (c, o) => daTipo(o), [OR('orderType')], opt],
    ['Numero', (c, o) => daNum(o), [OR('purchaseID')]],
    ['Data', (c, o) => dmy(rome(o.at)), ['timestamp', OR('createdDate')]],
    ['Cod. cliente', (c, o) => (daPriv(o) ? '' : `C${pad((+o.id >> 1) % DA_CO.length + 1, 4)}`), [], opt],
    ['Cliente', (c, o) => (daPriv(o) ? c.full : daCo(o)[0]), []],
    ['Partita Iva', (c, o) => (daPriv(o) ? '' : daCo(o)[1]), []],
    ['Codice fiscale', (c, o, r) => (daPriv(o) ? `${slug(c.last).slice(0, 3).toUpperCase().padEnd(3, 'X')}${slug(c.first).slice(0, 3).toUpperCase().padEnd(3, 'X')}${pad(v.int(r, 50, 99))}${v.pick(r, ['A', 'C', 'H', 'M', 'S'])}${pad(v.int(r, 1, 28))}A944${v.pick(r, ['K', 'T', 'Z'])}` : daCo(o)[1]), []],
    ['Indirizzo', (c, o) => (daPriv(o) ? c.street : ['Via dell\'Indipendenza 12', 'Via Emilia Ponente 140', 'Via Stalingrado 45', 'Piazza Maggiore 3', 'Via Porrettana 360', 'Via del Lavoro 21'][(+o.id >> 1) % 6]), [BILL('street1')]],
    ['Cap', (c, o) => daCity(o)[2], [BILL('postalCode')]],
    ['Città', (c, o) => daCity(o)[0], [BILL('city')]],
    ['Prov.', (c, o) => daCity(o)[1], [BILL('stateProvince'), BILL('state')]],
    ['Nazione', () => 'Italia', [BILL('country')]],
    ['Tel.', (c, o) => (+o.id % 3 === 0 ? '' : `051 ${100000 + (+o.id * 7919) % 900000}`), [], opt],
    ['e-mail', (c, o) => (daPriv(o) ? c.email : `amministrazione@${slug(daCo(o)[0].split(' ')[0] + daCo(o)[0].split(' ')[1])}.it`), ['endUserIDs._experience.emailid.id'], opt],
    ['PEC / Cod. destinatario', (c, o) => (daPriv(o) ? '' : ['M5UXCR1', 'KRRH6B9', 'SUBM70N', 'UFE3ZM', 'T04ZHR3', '0000000'][(+o.id >> 1) % 6]), []],
    ['Destinazione', (c, o) => (daTipo(o) === 'Fattura accompagnatoria' ? 'Magazzino - Via dell\'Industria 8, 40138 Bologna (BO)' : ''), [SHIP('street1')], opt],
    ['Pagamento', (c, o) => daPag(o), [OR('payments[0].paymentType')], opt],
    ['Tot. imponibile', (c, o) => itMoney(daImp(o)), [], opt],
    ['Tot. Iva', (c, o) => itMoney(daIva(o)), [OR('taxAmount')]],
    ['Ritenuta d\'acconto', (c, o) => itMoney(daRit(o)), []],
    ['Tot. documento', (c, o) => itMoney(daImp(o) + daIva(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Netto a pagare', (c, o) => itMoney(daImp(o) + (daSplit(o) ? 0 : daIva(o)) - daRit(o)), [OR('payments[0].paymentAmount')], opt],
    ['Scadenza', (c, o) => dmy(rome(o.at + 30 * DAY)), []],
    ['Pagato', (c, o) => (+o.id % 4 === 2 ? 'No' : 'Sì'), [], opt],
    ['Agente', (c, o) => ['', 'Ferrari Luca', '', 'Marino Giulia'][+o.id % 4], []],
    ['Vettore', (c, o) => (daTipo(o) === 'Fattura accompagnatoria' ? ['BRT', 'GLS', 'Mittente'][+o.id % 3] : ''), ['commerce.shipping.shippingMethod'], opt],
    ['Colli', (c, o) => (daTipo(o) === 'Fattura accompagnatoria' ? String(1 + (+o.id % 5)) : ''), []],
    ['Stato FE', (c, o) => (daPriv(o) ? '' : ['Consegnata', 'Consegnata', 'Accettata', 'Inviata', 'Mancata consegna'][+o.id % 5]), []],
    ['Note', (c, o, r) => v.pick(r, ['', '', '', 'Rif. ordine cliente n. 45/2024', 'Consegna al piano']), []],
  ] },

  // ---------------------------------------------------------------- shipments (Italy)
  { name: 'qapla-spedizioni-it', product: 'Qapla\' (Spedizioni > Esporta, CSV; Italian UI, a Florence fashion shop\'s parcels from Shopify and Amazon, one row per shipment)', family: 'shipments', language: 'it', schema: E, cols: [
    ['Data importazione', (c, o) => dmyHM(rome(o.at + 5 * 3600000)), [], opt],
    ['Canale', (c, o) => (+o.id % 4 === 3 ? 'Amazon' : 'Shopify'), [], opt],
    ['Riferimento ordine', (c, o) => (+o.id % 4 === 3 ? `40${1 + (+o.id % 9)}-${String(1000000 + (+o.id * 7919) % 8999999)}-${String(1000000 + (+o.id * 104729) % 8999999)}` : `#${1000 + (+o.id % 9000)}`), [OR('purchaseID')]],
    ['Data ordine', (c, o) => dmy(rome(o.at)), ['timestamp', OR('createdDate')], opt],
    ['Corriere', (c, o) => qaCourier(o)[0], ['commerce.shipping.shippingMethod'], opt],
    ['Tracking', (c, o, r) => qaCourier(o)[1](r), ['commerce.shipping.trackingNumber']],
    ['Data spedizione', (c, o) => dmy(rome(o.at + DAY)), ['commerce.shipping.shipDate']],
    ['Stato', (c, o) => qaSt(o)[0], [], opt],
    ['Ultimo evento', (c, o) => qaSt(o)[1], []],
    ['Data ultimo evento', (c, o) => dmyHM(rome(o.at + (2 + (+o.id % 3)) * DAY)), [], opt],
    ['Data consegna', (c, o) => (qaSt(o)[0] === 'Consegnata' ? dmy(rome(o.at + (2 + (+o.id % 3)) * DAY)) : ''), [], opt],
    ['Giorni di consegna', (c, o) => (qaSt(o)[0] === 'Consegnata' ? String(1 + (+o.id % 3)) : ''), []],
    ['Destinatario', (c) => c.full, []],
    ['Indirizzo', (c) => c.street, [SHIP('street1')]],
    ['CAP', (c) => c.postcode, [SHIP('postalCode')]],
    ['Città', (c) => c.city, [SHIP('city')]],
    ['Provincia', (c) => c.region, [SHIP('stateProvince'), SHIP('state')]],
    ['Nazione', () => 'IT', [SHIP('countryCode')]],
    ['Email', (c, o, r) => (+o.id % 4 === 3 ? `${v.hex(r, 14)}@marketplace.amazon.it` : c.email), ['endUserIDs._experience.emailid.id'], opt],
    ['Telefono', (c) => c.mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Contrassegno', (c, o) => (qaCod(o) ? 'Sì' : 'No'), []],
    ['Importo contrassegno', (c, o) => (qaCod(o) ? itMoney(qaAmt(o)) : ''), [OR('payments[0].paymentAmount')], opt],
    ['Importo ordine', (c, o) => itMoney(qaAmt(o)), [OR('priceTotal')], opt],
    ['Colli', (c, o) => String(1 + (+o.id % 7 === 0 ? 1 : 0)), []],
    ['Peso (kg)', (c, o) => (0.4 + (+o.id % 12) * 0.3).toFixed(1).replace('.', ','), []],
    ['Note', (c, o) => (qaSt(o)[0] === 'Giacenza' ? 'Richiesta nuova consegna' : ''), []],
  ] },
]
