// Round 25, heldout25: held-out sets written apart from the suggester and any tuning, scored once at the end.
// Same format as sets.mjs (sources in ../README.md): header as the product exports it, one value generator per column
// in the product's formats, the accepted destinations ([] = nothing fits) and 'opt' for borderline columns.
import { E, P, v, f, at, HOME, ID, PL, OR, SHIP, BILL, GEO, opt } from './sets.mjs'
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
    ['E-mail', (c) => (caPJ(c) ? `financeiro@${slug(CA_FANT[caCo(c)])}.com.br` : c.email), ['personalEmail.address', 'workEmail.address'], opt],
    ['Telefone comercial', (c, o, r) => (caPJ(c) || r() < 0.3 ? c.phone : ''), ['workPhone.number']],
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
    ['Telefone', (c) => c.mobile, [], opt],
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
]
