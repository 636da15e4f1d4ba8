// Round 36, heldout36: held-out sets added in round 36, written apart from the suggester and any tuning, scored once at
// the end. Same format as sets.mjs (sources in ../README.md): header as the product exports it, one value generator per
// column in the product's formats, the accepted destinations ([] = nothing fits) and 'opt' for borderline columns.
import { E, B, P, v, at, HOME, B2BID, PL, OR, SHIP, BILL, opt } from './sets.mjs'
import { slug } from './values10.mjs'
import { loc } from './values9.mjs'
import { pad, shift } from './values.mjs'

const DAY = 86400000
const n = (x) => +x.id
// Brazil (BRT, UTC-3, no summer time since 2019): dd/mm/yyyy HH:mm:ss and dd/mm/yyyy; reais with a decimal comma.
const brt = (ms) => shift(ms, -3)
const dmyhms = (ms) => { const p = brt(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const dmyhm = (ms) => dmyhms(ms).slice(0, 16)
const dmy = (ms) => dmyhms(ms).slice(0, 10)
const ymdhms = (p) => `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const brl = (x) => x.toFixed(2).replace('.', ',')
const brlR = (x) => `R$ ${x.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`
const cpf = (c) => { const d = String(n(c) * 1931 % 1000000000).padStart(9, '0'); return `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}-${pad(n(c) % 97)}` }
const cnpj = (c) => { const d = String(n(c) * 7919 % 100000000).padStart(8, '0'); return `${d.slice(0, 2)}.${d.slice(2, 5)}.${d.slice(5, 8)}/0001-${pad(n(c) % 89)}` }
const BAIRRO = ['Centro', 'Jardim Paulista', 'Savassi', 'Batel', 'Moinhos de Vento', 'Copacabana', 'Pinheiros', 'Boa Viagem']
// [logradouro, número, complemento, bairro, cidade, UF, CEP] from the generated pt person
const br = (c) => { const [street, num] = c.street.split(', '); return [street, num, n(c) % 3 === 0 ? `Apto ${10 + (n(c) % 150)}` : '', BAIRRO[n(c) % BAIRRO.length], c.city, c.region, c.postcode] }
const ddd = (c) => c.mobile.replace(/\D/g, '')

// Monetizze: a producer's sales of digital and physical products (Relatórios > Vendas > Exportar, CSV; Portuguese UI).
const MZ_P = [['Curso Confeitaria Lucrativa', 147, 'Digital'], ['Método Inglês em 90 Dias', 297, 'Digital'], ['Kit Colágeno Verisol 3 potes', 189.9, 'Físico'], ['Mentoria Instagram Pro', 997, 'Digital'], ['Chá Detox Slim 30 dias', 79.9, 'Físico']]
const mzP = (o) => MZ_P[n(o) % MZ_P.length]
const MZ_ST = ['Finalizada', 'Finalizada', 'Finalizada', 'Aguardando pagamento', 'Cancelada', 'Devolvida', 'Completa']
const mzSt = (o) => MZ_ST[n(o) % MZ_ST.length]
const MZ_PAY = ['Cartão de Crédito', 'Boleto', 'Pix', 'Cartão de Crédito', 'Pix']
const mzPay = (o) => MZ_PAY[(n(o) >> 1) % MZ_PAY.length]
const mzParc = (o) => (mzPay(o) === 'Cartão de Crédito' ? 1 + (n(o) % 12) : 1)
const mzAff = (o) => n(o) % 3 === 0
const mzFis = (o) => mzP(o)[2] === 'Físico'
const mzFrete = (o) => (mzFis(o) ? 19.9 : 0)
const mzTotal = (o) => +(mzP(o)[1] + mzFrete(o)).toFixed(2)
const mzCom = (o) => +(mzTotal(o) * (mzAff(o) ? 0.5 : 0.9) - 1).toFixed(2)
const MZ_SRC = [['', '', ''], ['facebook', 'cpc', 'lancamento_marco'], ['instagram', 'stories', 'bio'], ['google', 'cpc', 'marca'], ['youtube', 'video', 'aula_gratuita']]
const mzSrc = (o) => MZ_SRC[n(o) % MZ_SRC.length]

// Braip: a producer's sales (Vendas > Exportar, XLSX; Portuguese UI, one row per sale).
const BP_P = [['Protocolo Barriga Zero', 'pro1x9k', 97], ['Óleo de Rosa Mosqueta 30ml', 'pro7hq2', 67.9], ['Curso Excel do Zero ao Avançado', 'pro3mw8', 197], ['Pomada Articulações Max', 'pro5tz4', 129.9]]
const bpP = (o) => BP_P[n(o) % BP_P.length]
const bpPlano = (o) => (bpFis(o) ? ['1 unidade', 'Kit 3 unidades', '1 unidade', 'Kit 5 unidades'][n(o) % 4] : 'Acesso vitalício')
const BP_ST = ['Pagamento Aprovado', 'Pagamento Aprovado', 'Aguardando Pagamento', 'Cancelada', 'Chargeback', 'Devolvida', 'Pagamento Aprovado']
const bpSt = (o) => BP_ST[n(o) % BP_ST.length]
const bpPaid = (o) => ['Pagamento Aprovado', 'Chargeback', 'Devolvida'].includes(bpSt(o))
const BP_PAY = ['Cartão de crédito', 'Pix', 'Boleto', 'Cartão de crédito']
const bpPay = (o) => BP_PAY[(n(o) >> 2) % BP_PAY.length]
const bpQty = (o) => (bpFis(o) ? [1, 3, 1, 5][n(o) % 4] : 1)
const bpVal = (o) => +(bpP(o)[2] * (bpQty(o) === 1 ? 1 : bpQty(o) * 0.8)).toFixed(2)
const bpFis = (o) => /Óleo|Pomada/.test(bpP(o)[0])

// Moip (Wirecard): a marketplace's payments (Minha conta > Pagamentos > Exportar, CSV; Portuguese UI).
const MO_ST = ['Autorizado', 'Concluído', 'Concluído', 'Concluído', 'Cancelado', 'Reembolsado', 'Em análise', 'Aguardando']
const moSt = (o) => MO_ST[n(o) % MO_ST.length]
const MO_MT = ['Cartão de crédito', 'Cartão de crédito', 'Boleto', 'Débito online', 'Cartão de crédito']
const moMt = (o) => MO_MT[(n(o) >> 1) % MO_MT.length]
const moCard = (o) => moMt(o) === 'Cartão de crédito'
const moAmt = (o) => +(39.9 + (n(o) % 61) * 7.35).toFixed(2)
const moFee = (o) => +(moAmt(o) * (moCard(o) ? 0.0499 : 0.029) + (moMt(o) === 'Boleto' ? 3.49 : 0.69)).toFixed(2)
const moId = (p, o) => { const h = (k) => ((n(o) + k) * 2654435761 >>> 0).toString(16).toUpperCase().padStart(8, '0'); return `${p}-${(h(p.charCodeAt(0) * 3) + h(p.charCodeAt(1))).slice(0, 12)}` }

// Juno: a language school's charges (Cobranças > Exportar, XLSX; Portuguese UI, one row per charge/instalment).
const JU_ST = ['Paga', 'Paga', 'Paga', 'Em aberto', 'Vencida', 'Cancelada', 'Paga manualmente']
const juSt = (o) => JU_ST[n(o) % JU_ST.length]
const juPaid = (o) => juSt(o).startsWith('Paga')
const JU_TYPE = ['Boleto', 'Boleto', 'Cartão de crédito', 'Boleto Pix', 'Pix']
const juType = (o) => JU_TYPE[(n(o) >> 1) % JU_TYPE.length]
const JU_PLAN = [['Mensalidade Inglês Kids', 289], ['Mensalidade Espanhol Adulto', 319], ['Matrícula 2024', 150], ['Material Didático', 245.5]]
const juPlan = (o) => JU_PLAN[n(o) % JU_PLAN.length]
const juParc = (o) => (juPlan(o)[0].startsWith('Mensalidade') ? `${1 + (n(o) % 12)}/12` : '1/1')
const juLinha = (o) => { const d = (k, w) => String((n(o) * k) % 10 ** w).padStart(w, '0'); return `38390.00009 ${d(7, 5)}.${d(13, 6)} ${d(17, 5)}.${d(19, 6)} ${n(o) % 10} ${9000 + (n(o) % 900)}${String(Math.round(juPlan(o)[1] * 100)).padStart(10, '0')}` }
const juFee = (o) => (juType(o) === 'Cartão de crédito' ? +(juPlan(o)[1] * 0.0399).toFixed(2) : 1.99)

// Leadlovers: a course creator's leads (Leads > Exportar leads, CSV; Portuguese UI; the import layout's columns Nome to
// Observações plus the export's code, capture date, machine, funnel, sequence, level and status).
const LL_MAQ = ['Lançamento Método 90D', 'Captura Ebook Grátis', 'Webinar Semanal']
const LL_ST = ['Ativo', 'Ativo', 'Ativo', 'Ativo', 'Descadastrado', 'Bounce', 'Spam']
const llSt = (c) => LL_ST[n(c) % LL_ST.length]
const llOnlyFirst = (c) => n(c) % 4 === 1

// Dinamize: a retailer's contact base (Contatos > Exportar contatos, CSV; Portuguese UI; the standard fields plus the
// account's custom fields CPF, Loja preferida and Aceita SMS).
const PT_FEM = new Set(['Ana', 'Mariana', 'Beatriz', 'Júlia', 'Larissa', 'Camila'])
const DZ_ST = ['Ativo', 'Ativo', 'Ativo', 'Ativo', 'Inativo', 'Descadastrado', 'Bounce']
const dzSt = (c) => DZ_ST[n(c) % DZ_ST.length]
const DZ_LOJA = ['Shopping Iguatemi', 'Loja Online', 'Shopping Morumbi', 'BH Shopping', 'Loja Online']
const DZ_ORIG = ['Formulário do site', 'Importação', 'Checkout', 'Formulário do site', 'API', 'Pop-up Black Friday']

// Movidesk: a SaaS company's support tickets (Relatórios > Tickets > Exportar, XLSX; Portuguese UI; one row per ticket,
// the ticket fields of Movidesk's API in the report's Portuguese names).
const MV_CAT = ['Dúvida', 'Problema', 'Solicitação', 'Sugestão', 'Problema']
const MV_URG = ['Baixa', 'Média', 'Média', 'Alta', 'Urgente']
const MV_ST = [['Novo', 'New'], ['Em atendimento', 'InAttendance'], ['Aguardando cliente', 'Stopped'], ['Resolvido', 'Resolved'], ['Fechado', 'Closed'], ['Resolvido', 'Resolved'], ['Cancelado', 'Canceled']]
const mvSt = (o) => MV_ST[n(o) % MV_ST.length]
const mvDone = (o) => ['Resolved', 'Closed'].includes(mvSt(o)[1])
const MV_ORIG = ['E-mail', 'Portal do cliente', 'Chat', 'WhatsApp', 'Telefone', 'E-mail']
const MV_AG = [['Camila Rocha', 'Suporte N1'], ['Diego Martins', 'Suporte N1'], ['Fernanda Alves', 'Suporte N2'], ['Rodrigo Pires', 'Financeiro']]
const MV_SERV = ['Emissão de NF-e', 'Integrações » API', 'Financeiro » Boletos', 'Acesso e login', 'Relatórios']
const MV_ORG = ['Padaria Pão Quente Ltda', 'Auto Peças Silva', 'Clínica Sorriso', 'Loja Bella Moda', 'Construtora Horizonte']
const mvOrg = (c) => MV_ORG[n(c) % MV_ORG.length]
const mvMail = (c) => `${slug(c.first)}.${slug(c.last)}@${slug(mvOrg(c)).slice(0, 12)}.com.br`

// PipeRun: a software reseller's opportunities (Oportunidades > Exportar, XLSX; Portuguese UI; one row per opportunity
// with its company and main contact).
const PR_ET = [['Funil de Vendas', 'Prospecção'], ['Funil de Vendas', 'Qualificação'], ['Funil de Vendas', 'Apresentação'], ['Funil de Vendas', 'Proposta enviada'], ['Funil de Vendas', 'Negociação'], ['Pós-venda', 'Onboarding']]
const prEt = (c) => PR_ET[n(c) % PR_ET.length]
const PR_ST = ['Aberta', 'Aberta', 'Aberta', 'Ganha', 'Perdida']
const prSt = (c) => PR_ST[n(c) % PR_ST.length]
const PR_CO = [['Metalúrgica Santa Rita Ltda', 'Joinville', 'SC', 'metalsantarita.com.br'], ['Supermercados Bom Preço', 'Recife', 'PE', 'bompreco.net.br'], ['Grupo Educacional Saber', 'Campinas', 'SP', 'gruposaber.edu.br'], ['Transportadora Rápido Sul', 'Porto Alegre', 'RS', 'rapidosul.com.br'], ['Clínica Vida Plena', 'Goiânia', 'GO', 'vidaplena.med.br']]
const prCo = (c) => PR_CO[n(c) % PR_CO.length]
const PR_CARGO = ['Diretor Comercial', 'Gerente de TI', 'Sócio-proprietário', 'Coordenadora Financeira', 'Analista de Compras']
const prVal = (c) => 2400 + (n(c) % 40) * 650

// Meetime: an SDR team's prospecting leads (Leads > Exportar, XLSX; Portuguese UI; the lead is the company, with its
// main contact, cadence and outcome).
const MT_CO = [['Frigorífico Serra Azul', 'Alimentos', 'Chapecó', 'SC', 'serraazul.ind.br'], ['Hospital Santa Luzia', 'Saúde', 'Ribeirão Preto', 'SP', 'hsantaluzia.org.br'], ['Agro Cerrado Insumos', 'Agronegócio', 'Rio Verde', 'GO', 'agrocerrado.com.br'], ['Construtora Vale Norte', 'Construção civil', 'Belém', 'PA', 'valenorte.eng.br'], ['Escola Bilíngue Aurora', 'Educação', 'Florianópolis', 'SC', 'escolaaurora.com.br']]
const mtCo = (c) => MT_CO[n(c) % MT_CO.length]
const MT_ST = ['Em andamento', 'Em andamento', 'Em andamento', 'Pausado', 'Ganho', 'Perdido']
const mtSt = (c) => MT_ST[n(c) % MT_ST.length]
const MT_CARGO = ['Gerente de Compras', 'Diretor de Operações', 'Head de Marketing', 'CFO', 'Coordenadora de RH']

// Bsale: a Santiago shop's sales detail (Reportes > Ventas > Detalle de ventas, Excel; Chilean Spanish UI; one row per
// document line, amounts in pesos with dot thousands).
const cl = (c) => loc(c, 'cl')
const clt = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return shift(ms, m >= 4 && m <= 8 ? -4 : -3) }
const clDate = (ms) => { const p = clt(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const clp = (x) => `$${Math.round(x).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`
const rut = (c) => { const d = 10000000 + (n(c) * 37) % 15000000; return `${d.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.')}-${'0123456789K'[n(c) % 11]}` }
const BS_P = [['POL-ALG-001', 'Polera algodón orgánico', 'M / Blanco', 12990], ['JNS-SKN-204', 'Jeans skinny tiro alto', '38 / Azul', 29990], ['ZAP-URB-310', 'Zapatilla urbana', '40 / Negro', 44990], ['POL-ALG-001', 'Polera algodón orgánico', 'L / Negro', 12990], ['CHQ-PLU-118', 'Chaqueta plumón liviana', 'S / Verde', 59990]]
const bsP = (o) => BS_P[n(o) % BS_P.length]
const BS_DOC = ['Boleta electrónica', 'Boleta electrónica', 'Boleta electrónica', 'Factura electrónica', 'Nota de crédito electrónica']
const bsDoc = (o) => BS_DOC[n(o) % BS_DOC.length]
const bsQty = (o) => 1 + (n(o) % 3)
const bsDisc = (o) => (n(o) % 4 === 1 ? Math.round(bsP(o)[3] * bsQty(o) * 0.1) : 0)
const bsTot = (o) => bsP(o)[3] * bsQty(o) - bsDisc(o)
const bsNet = (o) => Math.round(bsTot(o) / 1.19)

// Clientify: a Valencia marketing agency's CRM contacts (Contactos > Exportar, CSV; Spanish UI).
const CF_CO = [['Grupo Levante Hostelería', 'grupolevante.es'], ['Clínica Dental Sonrisas', 'clinicasonrisas.es'], ['Inmobiliaria Costa Azahar', 'costaazahar.com'], ['Talleres Hermanos Ruiz', 'tallereshruiz.es'], ['Academia Idiomas Babel', 'academiababel.es']]
const cfCo = (c) => CF_CO[n(c) % CF_CO.length]
const CF_ST = ['Lead frío', 'Lead templado', 'Lead caliente', 'En negociación', 'Cliente', 'Perdido']
const CF_ORIG = ['Formulario web', 'Facebook Ads', 'Importación', 'Google Ads', 'Landing page', 'Manual']
const cfTel = (r) => `+34 ${v.pick(r, ['6', '6', '7'])}${v.int(r, 10, 99)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`
const madrid = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return shift(ms, m >= 4 && m <= 10 ? 2 : 1) }
const esDate = (ms) => { const p = madrid(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const esTime = (ms) => { const p = madrid(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }

// Quipu: a Barcelona consultancy's issued invoices (Ingresos > Exportar, Excel; Spanish UI; one row per invoice).
const eur = (x) => x.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d),)/g, '.')
const QP_C = [['Hotel Mediterrani SL', 'B65432187', 'Passeig de Gràcia 45', '08007', 'Barcelona', 'Barcelona'], ['Distribuciones Ebro SA', 'A50123456', 'Calle Alfonso I 12', '50003', 'Zaragoza', 'Zaragoza'], ['', '', '', '', '', ''], ['Estudio Arquitectura Nord SLP', 'B17654321', 'Carrer Nou 8', '17001', 'Girona', 'Girona'], ['Cooperativa Agrícola Segarra', 'F25123987', 'Avinguda Catalunya 101', '25200', 'Cervera', 'Lleida']]
const qpC = (c) => QP_C[n(c) % QP_C.length]
const qpPriv = (c) => !qpC(c)[0]
const QP_CON = [['Consultoría estratégica - fase 1', 'Servicios de consultoría', 2400], ['Auditoría de procesos', 'Servicios de consultoría', 1850], ['Formación in company (8 h)', 'Formación', 960], ['Cuota mensual asesoría', 'Asesoría', 450]]
const qpCon = (o) => QP_CON[n(o) % QP_CON.length]
const qpBase = (o) => qpCon(o)[2]
const qpIva = (o) => +(qpBase(o) * 0.21).toFixed(2)
const qpIrpf = (c, o) => (qpPriv(c) ? 0 : +(qpBase(o) * 0.15).toFixed(2))
const QP_ST = ['Pagada', 'Pagada', 'Pendiente', 'Vencida', 'Pagada']
const qpSt = (o) => QP_ST[n(o) % QP_ST.length]

export const SETS = [
  // ---------------------------------------------------------------- e-commerce orders
  { name: 'monetizze-vendas-pt', product: 'Monetizze (Relatórios > Vendas > Exportar, CSV; a producer\'s sales of digital and physical products, Portuguese UI)', family: 'ecommerce-orders', language: 'pt', schema: E, cols: [
    ['Código Venda', (c, o) => String(20000000 + n(o) * 53), [OR('purchaseID')]],
    ['Produto', (c, o) => mzP(o)[0], [PL('name')]],
    ['Código Produto', (c, o) => String(100000 + (n(o) % MZ_P.length) * 4217), [PL('SKU'), PL('_id')], opt],
    ['Tipo Produto', (c, o) => mzP(o)[2], [], opt],
    ['Plano', (c, o) => (mzFis(o) ? ['1 pote', '3 potes', '5 potes'][n(o) % 3] : 'Padrão'), [PL('selectedOptions[0].value')], opt],
    ['Status', (c, o) => mzSt(o), [], opt],
    ['Data Pedido', (c, o) => dmyhms(o.at), ['timestamp', OR('createdDate')]],
    ['Data Finalizada', (c, o) => (['Finalizada', 'Completa', 'Devolvida'].includes(mzSt(o)) ? dmyhms(o.at + 420000) : ''), [], opt],
    ['Forma de Pagamento', (c, o) => mzPay(o), [OR('payments[0].paymentType')]],
    ['Parcelas', (c, o) => String(mzParc(o)), []],
    ['Valor', (c, o) => brl(mzP(o)[1]), [PL('priceTotal')], opt],
    ['Frete', (c, o) => brl(mzFrete(o)), ['commerce.shipping.shippingAmount']],
    ['Valor Total', (c, o) => brl(mzTotal(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Comissão', (c, o) => brl(mzCom(o)), []],
    ['Cupom', (c, o) => (n(o) % 6 === 2 ? 'VOLTA10' : ''), ['commerce.promotionID']],
    ['Afiliado', (c, o) => (mzAff(o) ? ['Ana Paula Mendes', 'Top Ofertas Digitais', 'Lucas Afiliado'][n(o) % 3] : ''), []],
    ['Nome Cliente', (c) => c.full, []],
    ['E-mail Cliente', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefone Cliente', (c) => c.mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['CPF/CNPJ', (c) => cpf(c), []],
    ['Endereço', (c, o) => (mzFis(o) ? br(c)[0] : ''), [SHIP('street1')]],
    ['Número', (c, o) => (mzFis(o) ? br(c)[1] : ''), [SHIP('street1')], opt],
    ['Complemento', (c, o) => (mzFis(o) ? br(c)[2] : ''), [SHIP('street2')]],
    ['Bairro', (c, o) => (mzFis(o) ? br(c)[3] : ''), [SHIP('street2'), SHIP('street3')], opt],
    ['Cidade', (c, o) => (mzFis(o) ? br(c)[4] : ''), [SHIP('city')]],
    ['Estado', (c, o) => (mzFis(o) ? br(c)[5] : ''), [SHIP('stateProvince'), SHIP('state')]],
    ['CEP', (c, o) => (mzFis(o) ? br(c)[6] : ''), [SHIP('postalCode')]],
    ['Código Rastreio', (c, o) => (mzFis(o) && mzSt(o) !== 'Aguardando pagamento' ? `QB${String(n(o) * 7919).padStart(9, '0').slice(0, 9)}BR` : ''), ['commerce.shipping.trackingNumber']],
    ['src', (c, o) => (mzSrc(o)[0] ? `${mzSrc(o)[0]}_${mzSrc(o)[2]}` : ''), [], opt],
    ['utm_source', (c, o) => mzSrc(o)[0], [], opt],
    ['utm_medium', (c, o) => mzSrc(o)[1], [], opt],
    ['utm_campaign', (c, o) => mzSrc(o)[2], ['marketing.campaignName', 'marketing.trackingCode']],
  ] },
  { name: 'braip-vendas-pt', product: 'Braip (Vendas > Exportar, XLSX; a producer\'s sales, Portuguese UI, one row per sale)', family: 'ecommerce-orders', language: 'pt', schema: E, cols: [
    ['Código da venda', (c, o) => `ven${(n(o) * 2654435761 >>> 0).toString(36).slice(0, 7)}`, [OR('purchaseID')]],
    ['Data da venda', (c, o) => dmyhms(o.at), ['timestamp', OR('createdDate')]],
    ['Data de pagamento', (c, o) => (bpPaid(o) ? dmyhms(o.at + (bpPay(o) === 'Boleto' ? 2 * DAY : 60000)) : ''), [], opt],
    ['Produto', (c, o) => bpP(o)[0], [PL('name')]],
    ['Código do produto', (c, o) => bpP(o)[1], [PL('SKU'), PL('_id')], opt],
    ['Plano', (c, o) => bpPlano(o), [PL('selectedOptions[0].value')], opt],
    ['Quantidade', (c, o) => String(bpQty(o)), [PL('quantity')]],
    ['Status', (c, o) => bpSt(o), [], opt],
    ['Forma de pagamento', (c, o) => bpPay(o), [OR('payments[0].paymentType')]],
    ['Parcelas', (c, o) => (bpPay(o) === 'Cartão de crédito' ? `${1 + (n(o) % 12)}x` : '1x'), []],
    ['Valor da venda', (c, o) => brlR(bpVal(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Comissão', (c, o) => brlR(+(bpVal(o) * 0.88).toFixed(2)), []],
    ['Tipo de comissão', (c, o) => (n(o) % 3 === 0 ? 'Afiliado' : 'Produtor'), []],
    ['Afiliado', (c, o) => (n(o) % 3 === 0 ? ['Renata Dias', 'Clube do Desconto BR'][n(o) % 2] : ''), []],
    ['Cliente', (c) => c.full, []],
    ['E-mail', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Celular', (c) => ddd(c), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Documento', (c) => cpf(c).replace(/\D/g, ''), []],
    ['CEP', (c, o) => (bpFis(o) ? br(c)[6] : ''), [SHIP('postalCode')]],
    ['Endereço', (c, o) => (bpFis(o) ? br(c)[0] : ''), [SHIP('street1')]],
    ['Número', (c, o) => (bpFis(o) ? br(c)[1] : ''), [SHIP('street1')], opt],
    ['Complemento', (c, o) => (bpFis(o) ? br(c)[2] : ''), [SHIP('street2')]],
    ['Bairro', (c, o) => (bpFis(o) ? br(c)[3] : ''), [SHIP('street2'), SHIP('street3')], opt],
    ['Cidade', (c, o) => (bpFis(o) ? br(c)[4] : ''), [SHIP('city')]],
    ['Estado', (c, o) => (bpFis(o) ? br(c)[5] : ''), [SHIP('stateProvince'), SHIP('state')]],
    ['Código de rastreio', (c, o) => (bpFis(o) && bpPaid(o) ? `NX${String(n(o) * 31337).padStart(9, '0').slice(0, 9)}BR` : ''), ['commerce.shipping.trackingNumber']],
    ['Link do boleto', (c, o) => (bpPay(o) === 'Boleto' ? `https://ev.braip.com/boleto/${(n(o) * 40503).toString(36)}` : ''), []],
    ['utm_source', (c, o) => ['', 'facebook', 'google', 'tiktok'][n(o) % 4], [], opt],
    ['utm_campaign', (c, o) => ['', 'black_friday', 'remarketing_7d', 'vsl_01'][n(o) % 4], ['marketing.campaignName', 'marketing.trackingCode']],
  ] },
  // ---------------------------------------------------------------- payments
  { name: 'moip-pagamentos-pt', product: 'Moip / Wirecard (Minha conta > Pagamentos > Exportar, CSV; a São Paulo marketplace\'s payments, Portuguese UI)', family: 'payments', language: 'pt', schema: E, cols: [
    ['ID do pagamento', (c, o) => moId('PAY', o), [OR('payments[0].transactionID'), '_id']],
    ['ID do pedido', (c, o) => moId('ORD', o), [OR('purchaseID')], opt],
    ['ID próprio', (c, o) => `pedido-${40000 + (n(o) % 50000)}`, [OR('purchaseID')], opt],
    ['Data de criação', (c, o) => dmyhms(o.at), ['timestamp', OR('createdDate')], opt],
    ['Última atualização', (c, o) => dmyhms(o.at + (n(o) % 5) * DAY + 3600000), [OR('lastUpdatedDate')], opt],
    ['Status', (c, o) => moSt(o), [], opt],
    ['Forma de pagamento', (c, o) => moMt(o), [OR('payments[0].paymentType')]],
    ['Bandeira', (c, o) => (moCard(o) ? ['VISA', 'MASTERCARD', 'ELO', 'HIPERCARD', 'AMEX'][n(o) % 5] : ''), []],
    ['Primeiros dígitos', (c, o) => (moCard(o) ? ['4', '5', '6'][n(o) % 3] + String(n(o) * 13 % 100000).padStart(5, '0') : ''), []],
    ['Últimos dígitos', (c, o) => (moCard(o) ? String(n(o) * 7 % 10000).padStart(4, '0') : ''), []],
    ['Parcelas', (c, o) => String(moCard(o) ? 1 + (n(o) % 10) : 1), []],
    ['Valor bruto', (c, o) => brl(moAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Tarifa', (c, o) => brl(moFee(o)), []],
    ['Valor líquido', (c, o) => brl(+(moAmt(o) - moFee(o)).toFixed(2)), []],
    ['Valor reembolsado', (c, o) => (moSt(o) === 'Reembolsado' ? brl(moAmt(o)) : '0,00'), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['Moeda', () => 'BRL', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Nome do comprador', (c) => c.full, []],
    ['E-mail do comprador', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['CPF do comprador', (c) => cpf(c), []],
    ['Telefone do comprador', (c) => c.mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Portador do cartão', (c, o) => (moCard(o) ? c.full.toUpperCase() : ''), []],
    ['Data prevista de liberação', (c, o) => (['Autorizado', 'Concluído'].includes(moSt(o)) ? dmy(o.at + 30 * DAY) : ''), []],
    ['Recebedor secundário', (c, o) => (n(o) % 2 ? `MPA-${(n(o) * 97).toString(16).toUpperCase().padStart(12, '0')}` : ''), []],
    ['Comissão do recebedor secundário', (c, o) => (n(o) % 2 ? brl(+(moAmt(o) * 0.85).toFixed(2)) : ''), []],
  ] },
  { name: 'juno-cobrancas-pt', product: 'Juno (Cobranças > Exportar, XLSX; a Curitiba language school\'s charges, Portuguese UI, one row per charge/instalment)', family: 'payments', language: 'pt', schema: E, cols: [
    ['Código', (c, o) => String(100000000 + n(o) * 31), [OR('payments[0].transactionID'), '_id'], opt],
    ['Referência', (c, o) => `ALU-${2000 + (n(c) % 900)}-${1 + (n(o) % 12)}`, [OR('purchaseID')], opt],
    ['Descrição', (c, o) => juPlan(o)[0], [PL('name')], opt],
    ['Parcela', (c, o) => juParc(o), []],
    ['Data de emissão', (c, o) => dmy(o.at), ['timestamp', OR('createdDate')], opt],
    ['Vencimento', (c, o) => dmy(o.at + 10 * DAY), [], opt],
    ['Valor', (c, o) => brl(juPlan(o)[1]), [OR('priceTotal')], opt],
    ['Desconto até o vencimento', (c, o) => (n(o) % 2 ? brl(+(juPlan(o)[1] * 0.05).toFixed(2)) : '0,00'), [], opt],
    ['Multa', () => '2,00%', []],
    ['Juros', () => '1,00%', []],
    ['Forma de pagamento', (c, o) => juType(o), [OR('payments[0].paymentType')]],
    ['Situação', (c, o) => juSt(o), [], opt],
    ['Data do pagamento', (c, o) => (juPaid(o) ? dmy(o.at + (n(o) % 10) * DAY) : ''), [], opt],
    ['Valor pago', (c, o) => (juPaid(o) ? brl(juPlan(o)[1]) : ''), [OR('payments[0].paymentAmount')]],
    ['Tarifa', (c, o) => (juPaid(o) ? brl(juFee(o)) : ''), []],
    ['Nome do pagador', (c) => c.full, []],
    ['CPF/CNPJ do pagador', (c) => cpf(c), []],
    ['E-mail do pagador', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefone do pagador', (c) => c.mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Endereço do pagador', (c) => `${br(c)[0]}, ${br(c)[1]}`, [BILL('street1')]],
    ['Bairro', (c) => br(c)[3], [BILL('street2'), BILL('street3')], opt],
    ['Cidade', (c) => br(c)[4], [BILL('city')]],
    ['UF', (c) => br(c)[5], [BILL('stateProvince'), BILL('state')]],
    ['CEP', (c) => br(c)[6], [BILL('postalCode')]],
    ['Linha digitável', (c, o) => (juType(o).startsWith('Boleto') ? juLinha(o) : ''), []],
    ['Link', (c, o) => `https://pay.juno.com.br/charge/boleto.pdf?token=${(n(o) * 2654435761 >>> 0).toString(16)}`, []],
  ] },
  // ---------------------------------------------------------------- email tools
  { name: 'leadlovers-leads-pt', product: 'Leadlovers (Leads > Exportar leads, CSV; a course creator\'s leads, Portuguese UI)', family: 'email', language: 'pt', schema: P, cols: [
    ['Código', (c) => String(40000000 + n(c) * 7), ['_id', 'personID'], opt],
    ['Nome', (c) => (llOnlyFirst(c) ? c.first : c.full), ['person.name.fullName', 'person.name.firstName']],
    ['E-mail', (c) => c.email, ['personalEmail.address']],
    ['Telefone', (c, o, r) => (r() < 0.7 ? ddd(c) : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Empresa', (c, o, r) => (r() < 0.25 ? ['Studio Bem Estar', 'Doces da Vovó', 'Consultório Dra. Ana', 'MEI'][n(c) % 4] : ''), ['organizations[0]'], opt],
    ['Cidade', (c, o, r) => (r() < 0.5 ? c.city : ''), at(HOME, 'city')],
    ['Estado', (c, o, r) => (r() < 0.5 ? c.region : ''), [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Mensagem', (c, o, r) => (r() < 0.15 ? 'Quero saber quando abre a próxima turma' : ''), []],
    ['Data de Nascimento', (c, o, r) => (r() < 0.35 ? dmy(c.birth + 12 * 3600000) : ''), ['person.birthDate']],
    ['Score', (c) => String((n(c) % 12) * 5), [], opt],
    ['Tags', (c) => ['', 'comprador', 'lead-quente', 'webinar-maio,lead-quente', 'boleto-gerado'][n(c) % 5], []],
    ['Observações', (c) => (n(c) % 9 === 0 ? 'Veio pelo direct do Instagram' : ''), []],
    ['Data de Cadastro', (c) => dmyhms(c.created), [], opt],
    ['Máquina', (c) => LL_MAQ[n(c) % LL_MAQ.length], []],
    ['Funil', (c) => ['Captura', 'Aquecimento', 'Vendas'][n(c) % 3], []],
    ['Sequência', (c) => ['Boas-vindas', 'Conteúdo semana 1', 'Carrinho aberto', 'Remarketing'][n(c) % 4], []],
    ['Nível', (c) => String(1 + (n(c) % 3)), []],
    ['Status', (c) => llSt(c), ['personalEmail.status'], opt],
  ] },
  { name: 'dinamize-contatos-pt', product: 'Dinamize (Contatos > Exportar contatos, CSV; a fashion retailer\'s base, Portuguese UI, with the account\'s custom fields)', family: 'email', language: 'pt', schema: P, cols: [
    ['Código', (c) => String(n(c) * 3 + 1000000), ['_id', 'personID'], opt],
    ['E-mail', (c) => c.email, ['personalEmail.address']],
    ['Nome', (c) => c.full, ['person.name.fullName']],
    ['Sexo', (c, o, r) => (r() < 0.8 ? (PT_FEM.has(c.first) ? 'F' : 'M') : ''), ['person.gender']],
    ['Data de nascimento', (c, o, r) => (r() < 0.6 ? dmy(c.birth + 12 * 3600000) : ''), ['person.birthDate']],
    ['Celular', (c) => `55${ddd(c)}`, ['mobilePhone.number']],
    ['Telefone', (c, o, r) => (r() < 0.2 ? c.phone : ''), ['homePhone.number']],
    ['CPF', (c, o, r) => (r() < 0.6 ? cpf(c) : ''), ['person.taxId'], opt],
    ['Endereço', (c, o, r) => (r() < 0.4 ? `${br(c)[0]}, ${br(c)[1]}` : ''), at(HOME, 'street1')],
    ['Bairro', (c) => br(c)[3], at(HOME, 'street2'), opt],
    ['Cidade', (c) => c.city, at(HOME, 'city')],
    ['Estado', (c) => c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['CEP', (c, o, r) => (r() < 0.5 ? c.postcode : ''), at(HOME, 'postalCode')],
    ['Loja preferida', (c) => DZ_LOJA[n(c) % DZ_LOJA.length], []],
    ['Aceita SMS', (c) => (n(c) % 3 ? 'Sim' : 'Não'), [], opt],
    ['Status', (c) => dzSt(c), ['personalEmail.status'], opt],
    ['Origem', (c) => DZ_ORIG[n(c) % DZ_ORIG.length], [], opt],
    ['Listas', (c) => ['Clientes', 'Newsletter', 'Clientes;VIP', 'Newsletter;Carrinho abandonado'][n(c) % 4], []],
    ['Data de cadastro', (c) => dmyhm(c.created), [], opt],
    ['Data de alteração', (c) => dmyhm(Math.max(c.created, c.updated)), [], opt],
    ['Última abertura', (c, o, r) => (dzSt(c) === 'Ativo' && r() < 0.7 ? dmyhm(c.updated) : ''), []],
    ['Último clique', (c, o, r) => (dzSt(c) === 'Ativo' && r() < 0.4 ? dmyhm(c.updated + 120000) : ''), []],
  ] },
  // ---------------------------------------------------------------- support desk
  { name: 'movidesk-tickets-pt', product: 'Movidesk (Relatórios > Tickets > Exportar, XLSX; a SaaS company\'s support tickets, Portuguese UI, one row per ticket)', family: 'support', language: 'pt', schema: E, cols: [
    ['Número', (c, o) => String(18000 + n(o) % 60000), ['_id'], opt],
    ['Protocolo', (c, o) => { const p = brt(o.at); return `${p.y}${pad(p.m)}${pad(p.d)}${String(n(o) % 100000).padStart(5, '0')}` }, [], opt],
    ['Tipo', (c, o) => (n(o) % 7 === 0 ? 'Interno' : 'Público'), []],
    ['Assunto', (c, o) => ['Erro ao emitir nota fiscal', 'Não consigo acessar o sistema', 'Boleto não chegou', 'Dúvida sobre relatório de vendas', 'Integração com marketplace parou'][n(o) % 5], []],
    ['Categoria', (c, o) => MV_CAT[n(o) % MV_CAT.length], []],
    ['Urgência', (c, o) => MV_URG[n(o) % MV_URG.length], []],
    ['Status', (c, o) => mvSt(o)[0], [], opt],
    ['Status base', (c, o) => mvSt(o)[1], []],
    ['Justificativa', (c, o) => (mvSt(o)[1] === 'Stopped' ? 'Aguardando retorno do cliente' : ''), []],
    ['Origem', (c, o) => MV_ORIG[n(o) % MV_ORIG.length], [], opt],
    ['Serviço', (c, o) => MV_SERV[n(o) % MV_SERV.length], []],
    ['Responsável', (c, o) => MV_AG[n(o) % MV_AG.length][0], []],
    ['Equipe responsável', (c, o) => MV_AG[n(o) % MV_AG.length][1], []],
    ['Cliente', (c) => c.full, []],
    ['E-mail do cliente', (c) => mvMail(c), ['endUserIDs._experience.emailid.id'], opt],
    ['Telefone do cliente', (c, o, r) => (r() < 0.5 ? c.phone : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Organização', (c) => mvOrg(c), []],
    ['Aberto em', (c, o) => dmyhms(o.at), ['timestamp']],
    ['Primeira resposta em', (c, o) => (mvSt(o)[1] === 'New' ? '' : dmyhms(o.at + (n(o) % 90 + 5) * 60000)), []],
    ['Resolvido em', (c, o) => (mvDone(o) ? dmyhms(o.at + (n(o) % 48 + 1) * 3600000) : ''), [], opt],
    ['Fechado em', (c, o) => (mvSt(o)[1] === 'Closed' ? dmyhms(o.at + 3 * DAY) : ''), [], opt],
    ['Última atualização', (c, o) => dmyhms(o.at + (n(o) % 72 + 1) * 3600000), [], opt],
    ['Quantidade de ações', (c, o) => String(1 + (n(o) % 9)), []],
    ['Resolvido no primeiro contato', (c, o) => (mvDone(o) && n(o) % 3 === 0 ? 'Sim' : 'Não'), []],
    ['Acordo de SLA', () => 'SLA Padrão', []],
    ['Vencimento SLA solução', (c, o) => dmyhm(o.at + 2 * DAY), []],
    ['Tags', (c, o) => ['', 'nfe', 'login;urgente', '', 'integracao;mercadolivre'][n(o) % 5], []],
  ] },
  // ---------------------------------------------------------------- CRM
  { name: 'piperun-oportunidades-pt', product: 'PipeRun (Oportunidades > Exportar, XLSX; a software reseller\'s deals with their company and main contact, Portuguese UI)', family: 'crm', language: 'pt', schema: B, cols: [
    ['ID', (c) => String(3100000 + n(c) % 900000), [], opt],
    ['Título', (c) => `${prCo(c)[0].split(' ')[0]} ${prCo(c)[0].split(' ')[1]} - ERP ${['Gestão', 'Varejo', 'Indústria'][n(c) % 3]}`, []],
    ['Funil', (c) => prEt(c)[0], []],
    ['Etapa', (c) => prEt(c)[1], []],
    ['Status', (c) => prSt(c), [], opt],
    ['Responsável', (c) => ['Bruno Carvalho', 'Patrícia Nunes', 'Felipe Araújo'][n(c) % 3], []],
    ['Valor', (c) => brl(prVal(c)), []],
    ['Valor MRR', (c) => brl(+(prVal(c) / 12).toFixed(2)), []],
    ['Temperatura', (c) => ['Fria', 'Morna', 'Quente'][n(c) % 3], []],
    ['Origem', (c) => ['Site', 'Indicação', 'Prospecção ativa', 'Google Ads', 'Evento'][n(c) % 5], ['b2b.personSource'], opt],
    ['Motivo de perda', (c) => (prSt(c) === 'Perdida' ? ['Preço', 'Optou pelo concorrente', 'Sem orçamento'][n(c) % 3] : ''), []],
    ['Data de criação', (c) => dmyhms(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Previsão de fechamento', (c) => dmy(c.created + 45 * DAY), []],
    ['Data de fechamento', (c) => (['Ganha', 'Perdida'].includes(prSt(c)) ? dmy(c.created + 38 * DAY) : ''), [], opt],
    ['Empresa', (c) => prCo(c)[0], ['b2b.companyName', 'organizations[0]']],
    ['CNPJ', (c) => cnpj(c), [], opt],
    ['Site da empresa', (c) => `https://www.${prCo(c)[3]}`, ['b2b.companyWebsite']],
    ['Cidade', (c) => prCo(c)[1], ['workAddress.city']],
    ['UF', (c) => prCo(c)[2], ['workAddress.stateProvince', 'workAddress.state']],
    ['Pessoa', (c) => c.full, ['person.name.fullName']],
    ['Cargo', (c) => PR_CARGO[n(c) % PR_CARGO.length], ['extendedWorkDetails.jobTitle']],
    ['E-mail', (c) => `${slug(c.first)}@${prCo(c)[3]}`, ['workEmail.address', 'personalEmail.address']],
    ['Telefone', (c) => c.phone, ['workPhone.number', 'homePhone.number']],
    ['Celular', (c, o, r) => (r() < 0.7 ? c.mobile : ''), ['mobilePhone.number']],
    ['Tags', (c) => ['', 'revenda', 'upsell', 'licitação'][n(c) % 4], []],
    ['Última atividade', (c) => dmyhm(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastActivityDate'], opt],
  ] },
  // ---------------------------------------------------------------- B2B leads
  { name: 'meetime-leads-pt', product: 'Meetime (Leads > Exportar, XLSX; an SDR team\'s prospecting leads with cadence and outcome, Portuguese UI)', family: 'b2b-leads', language: 'pt', schema: B, cols: [
    ['ID', (c) => String(9000000 + n(c) % 1000000), B2BID, opt],
    ['Lead', (c) => mtCo(c)[0], ['b2b.companyName', 'organizations[0]']],
    ['Nome do contato', (c) => c.full, ['person.name.fullName']],
    ['Cargo', (c) => MT_CARGO[n(c) % MT_CARGO.length], ['extendedWorkDetails.jobTitle']],
    ['E-mail', (c) => `${slug(c.first)}.${slug(c.last)}@${mtCo(c)[4]}`, ['workEmail.address', 'personalEmail.address']],
    ['Telefone', (c) => c.phone, ['workPhone.number', 'homePhone.number']],
    ['Celular', (c, o, r) => (r() < 0.6 ? c.mobile : ''), ['mobilePhone.number']],
    ['LinkedIn', (c, o, r) => (r() < 0.5 ? `https://www.linkedin.com/in/${slug(c.first)}-${slug(c.last)}-${v.hex(r, 6)}` : ''), []],
    ['Site', (c) => `www.${mtCo(c)[4]}`, ['b2b.companyWebsite']],
    ['Segmento', (c) => mtCo(c)[1], [], opt],
    ['Cidade', (c) => mtCo(c)[2], ['workAddress.city']],
    ['Estado', (c) => mtCo(c)[3], ['workAddress.stateProvince', 'workAddress.state']],
    ['Cadência', (c) => ['Outbound Indústria', 'Inbound MQL', 'Reativação 2024'][n(c) % 3], []],
    ['Etapa', (c) => `Dia ${1 + (n(c) % 15)}`, []],
    ['Vendedor', (c) => ['Larissa Moura', 'Gustavo Teixeira', 'Aline Barbosa'][n(c) % 3], []],
    ['Status', (c) => mtSt(c), ['b2b.personStatus'], opt],
    ['Motivo de perda', (c) => (mtSt(c) === 'Perdido' ? ['Sem perfil', 'Sem contato', 'Já possui fornecedor'][n(c) % 3] : ''), []],
    ['Origem', (c) => ['Outbound', 'Inbound', 'Indicação', 'Evento'][n(c) % 4], ['b2b.personSource'], opt],
    ['Temperatura', (c) => ['Fria', 'Morna', 'Quente'][(n(c) >> 1) % 3], [], opt],
    ['Data de criação', (c) => dmyhm(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Data de finalização', (c) => (['Ganho', 'Perdido'].includes(mtSt(c)) ? dmyhm(c.created + 21 * DAY) : ''), [], opt],
    ['Ligações', (c) => String(n(c) % 8), []],
    ['E-mails enviados', (c) => String(1 + (n(c) % 6)), []],
    ['Última atividade', (c) => dmyhm(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastActivityDate'], opt],
  ] },
  // ---------------------------------------------------------------- e-commerce orders (Spanish)
  { name: 'bsale-ventas-cl', product: 'Bsale (Reportes > Ventas > Detalle de ventas, Excel; a Santiago clothing shop, Chilean Spanish UI, one row per document line)', family: 'ecommerce-orders', language: 'es', schema: E, cols: [
    ['Tipo Documento', (c, o) => bsDoc(o), [], opt],
    ['N° Documento', (c, o) => String(15000 + n(o) % 80000), [OR('purchaseID')]],
    ['Fecha Emisión', (c, o) => clDate(o.at), ['timestamp', OR('createdDate')]],
    ['Sucursal', (c, o) => ['Casa Matriz', 'Tienda Providencia', 'Tienda Online', 'Mall Plaza Vespucio'][n(o) % 4], [], opt],
    ['Vendedor', (c, o) => ['Camila Fuentes', 'Ignacio Reyes', 'Tienda Online'][n(o) % 3], []],
    ['Cliente', (c, o) => (bsDoc(o) === 'Factura electrónica' ? 'Comercial Andes SpA' : cl(c).full), []],
    ['RUT Cliente', (c, o) => (bsDoc(o) === 'Factura electrónica' ? '76.543.210-K' : rut(c)), []],
    ['Email Cliente', (c, o, r) => (r() < 0.7 ? cl(c).email : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['SKU', (c, o) => bsP(o)[0], [PL('SKU')]],
    ['Producto', (c, o) => bsP(o)[1], [PL('name')]],
    ['Variante', (c, o) => bsP(o)[2], [PL('selectedOptions[0].value')], opt],
    ['Código de Barras', (c, o) => `780${String(1000000000 + n(o) % 1000000).slice(0, 10)}`, [], opt],
    ['Cantidad', (c, o) => String(bsDoc(o).startsWith('Nota') ? -bsQty(o) : bsQty(o)), [PL('quantity')]],
    ['Precio Unitario', (c, o) => clp(bsP(o)[3]), [], opt],
    ['Descuento', (c, o) => clp(bsDisc(o)), [PL('discountAmount')], opt],
    ['Neto', (c, o) => clp(bsNet(o)), [PL('priceTotal')], opt],
    ['IVA', (c, o) => clp(bsTot(o) - bsNet(o)), [], opt],
    ['Total', (c, o) => clp(bsTot(o)), [PL('priceTotal')]],
    ['Forma de Pago', (c, o) => ['Tarjeta de débito', 'Tarjeta de crédito', 'Efectivo', 'Transferencia', 'Webpay'][(n(o) >> 1) % 5], [OR('payments[0].paymentType')]],
    ['Lista de Precio', () => 'Lista General', []],
    ['Comuna', (c) => cl(c).comuna, [BILL('city'), SHIP('city')], opt],
    ['Ciudad', (c) => cl(c).city, [BILL('city'), SHIP('city')], opt],
    ['Estado', (c, o) => (n(o) % 17 === 3 ? 'Anulado' : 'Activo'), [], opt],
  ] },
  // ---------------------------------------------------------------- CRM (Spanish)
  { name: 'clientify-contactos-es', product: 'Clientify (Contactos > Exportar, CSV; a Valencia marketing agency\'s CRM, Spanish UI)', family: 'crm', language: 'es', schema: B, cols: [
    ['ID', (c) => String(50000000 + n(c) * 3), B2BID, opt],
    ['Nombre', (c) => c.first, ['person.name.firstName']],
    ['Apellidos', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => `${slug(c.first)}@${cfCo(c)[1]}`, ['workEmail.address', 'personalEmail.address']],
    ['Teléfono', (c, o, r) => cfTel(r), ['workPhone.number', 'homePhone.number', 'mobilePhone.number']],
    ['Empresa', (c) => cfCo(c)[0], ['b2b.companyName', 'organizations[0]']],
    ['Cargo', (c) => ['Gerente', 'Directora de Marketing', 'Responsable de Compras', 'Propietario', 'Administrativa'][n(c) % 5], ['extendedWorkDetails.jobTitle']],
    ['Estado', (c) => CF_ST[n(c) % CF_ST.length], ['b2b.personStatus'], opt],
    ['Origen', (c) => CF_ORIG[n(c) % CF_ORIG.length], ['b2b.personSource'], opt],
    ['Puntuación', (c) => String((n(c) % 20) * 5), ['b2b.personScore']],
    ['Etiquetas', (c) => ['', 'newsletter', 'webinar-seo, newsletter', 'cliente-2023'][n(c) % 4], []],
    ['Propietario', (c) => ['Marta Soler', 'Jordi Ferrer', 'Lucía Navarro'][n(c) % 3], []],
    ['Dirección', (c, o, r) => (r() < 0.6 ? c.street : ''), at(['workAddress', ...HOME], 'street1')],
    ['Ciudad', (c) => c.city, at(['workAddress', ...HOME], 'city')],
    ['Provincia', (c) => c.region, [...at(['workAddress', ...HOME], 'stateProvince'), ...at(['workAddress', ...HOME], 'state')]],
    ['Código postal', (c) => c.postcode, at(['workAddress', ...HOME], 'postalCode')],
    ['País', () => 'España', at(['workAddress', ...HOME], 'country')],
    ['Sitio web', (c) => `https://${cfCo(c)[1]}`, ['b2b.companyWebsite']],
    ['Fecha de nacimiento', (c, o, r) => (r() < 0.2 ? esDate(c.birth + 12 * 3600000) : ''), ['person.birthDate']],
    ['Acepta comunicaciones', (c) => (n(c) % 5 ? 'Sí' : 'No'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
    ['Descripción', (c) => (n(c) % 7 === 0 ? 'Interesado en campaña de Google Ads para primavera' : ''), []],
    ['LinkedIn', (c, o, r) => (r() < 0.3 ? `https://www.linkedin.com/in/${slug(c.first)}${slug(c.last)}` : ''), []],
    ['Fecha de creación', (c) => esTime(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Última modificación', (c) => esTime(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Última interacción', (c) => esTime(Math.max(c.created, c.updated) + 3 * DAY), ['extSourceSystemAudit.lastActivityDate'], opt],
  ] },
  // ---------------------------------------------------------------- invoicing (Spanish)
  { name: 'quipu-facturas-es', product: 'Quipu (Ingresos > Exportar, Excel; a Barcelona consultancy\'s issued invoices, Spanish UI, one row per invoice)', family: 'crm', language: 'es', schema: E, cols: [
    ['Número', (c, o, r, i) => `${madrid(o.at).y}-${pad(100 + i * 3, 4)}`, [OR('purchaseID'), '_id'], opt],
    ['Fecha', (c, o) => esDate(o.at), ['timestamp', OR('createdDate')], opt],
    ['Fecha de vencimiento', (c, o) => esDate(o.at + 30 * DAY), []],
    ['Cliente', (c) => (qpPriv(c) ? c.full : qpC(c)[0]), []],
    ['NIF', (c) => (qpPriv(c) ? `${String(n(c) * 71 % 100000000).padStart(8, '0')}${'TRWAGMYFPDXBNJZSQVHLCKE'[n(c) % 23]}` : qpC(c)[1]), []],
    ['Email', (c) => (qpPriv(c) ? c.email : `administracion@${slug(qpC(c)[0]).slice(0, 14)}.es`), ['endUserIDs._experience.emailid.id'], opt],
    ['Dirección', (c) => (qpPriv(c) ? c.street : qpC(c)[2]), [BILL('street1')]],
    ['Código postal', (c) => (qpPriv(c) ? c.postcode : qpC(c)[3]), [BILL('postalCode')]],
    ['Ciudad', (c) => (qpPriv(c) ? c.city : qpC(c)[4]), [BILL('city')]],
    ['Provincia', (c) => (qpPriv(c) ? c.region : qpC(c)[5]), [BILL('stateProvince'), BILL('state')]],
    ['País', () => 'España', [BILL('country')]],
    ['Concepto', (c, o) => qpCon(o)[0], [PL('name')], opt],
    ['Categoría', (c, o) => qpCon(o)[1], [], opt],
    ['Base imponible', (c, o) => eur(qpBase(o)), [], opt],
    ['% IVA', () => '21', []],
    ['IVA', (c, o) => eur(qpIva(o)), [OR('taxAmount')]],
    ['% IRPF', (c) => (qpPriv(c) ? '0' : '15'), []],
    ['IRPF', (c, o) => eur(qpIrpf(c, o)), []],
    ['Total', (c, o) => eur(+(qpBase(o) + qpIva(o) - qpIrpf(c, o)).toFixed(2)), [OR('priceTotal')]],
    ['Moneda', () => 'EUR', [OR('currencyCode')]],
    ['Estado', (c, o) => qpSt(o), [], opt],
    ['Fecha de pago', (c, o) => (qpSt(o) === 'Pagada' ? esDate(o.at + (10 + n(o) % 25) * DAY) : ''), [], opt],
    ['Método de pago', (c, o) => ['Transferencia bancaria', 'Domiciliación bancaria', 'Tarjeta', 'Transferencia bancaria'][n(o) % 4], [OR('payments[0].paymentType')], opt],
    ['Cuenta bancaria', () => 'ES76 2100 0418 4502 0005 1332', []],
    ['Notas', (c, o) => (n(o) % 6 === 0 ? 'Pedido de compra 4500123' : ''), []],
  ] },
]
