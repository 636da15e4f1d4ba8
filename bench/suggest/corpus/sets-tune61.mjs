// Round 61, tune61: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). Brazilian tools, headers in Portuguese (Brazil).
import { E, P, B, v, B2BID, OR, SHIP, PL, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

// local date and number formats (Brasília, UTC-3)
const brDT = (ms) => { const p = shift(ms, -3); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const brDTS = (ms) => { const p = shift(ms, -3); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const brD = (ms) => { const p = shift(ms, -3); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const isoBR = (ms) => { const p = shift(ms, -3); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const day = 86400000
// "1.234,56" and "R$ 1.234,56"
const brn = (n) => { const [i, d] = Math.abs(n).toFixed(2).split('.'); return `${n < 0 ? '-' : ''}${i.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${d}` }
const rs = (n) => `R$ ${brn(n)}`
const cpf = (r) => `${v.int(r, 100, 999)}.${v.int(r, 100, 999)}.${v.int(r, 100, 999)}-${pad(v.int(r, 0, 99))}`
const cnpj = (r) => `${pad(v.int(r, 10, 99))}.${v.int(r, 100, 999)}.${v.int(r, 100, 999)}/0001-${pad(v.int(r, 0, 99))}`
const cel = (r) => `(${v.pick(r, ['11', '21', '31', '41', '51', '61', '71', '81'])}) 9${v.int(r, 6000, 9999)}-${pad(v.int(r, 0, 9999), 4)}`
const celDigits = (r) => `55${v.pick(r, ['11', '21', '31', '41', '51', '61', '71', '81'])}9${v.int(r, 60000000, 99999999)}`
const BAIRROS = ['Centro', 'Vila Mariana', 'Pinheiros', 'Copacabana', 'Savassi', 'Batel', 'Moinhos de Vento', 'Boa Viagem', 'Asa Sul', 'Tijuca']
const GOODS = [['CAM-BAS-P', 'Camiseta Básica Algodão Preta P', 'Moda', 59.9], ['TEN-RUN-42', 'Tênis Corrida Leve 42', 'Calçados', 299.9], ['GAR-TER-500', 'Garrafa Térmica Inox 500 ml', 'Casa', 89.9], ['KIT-SKN-01', 'Kit Skincare Vitamina C', 'Beleza', 149.0], ['FON-BT-X2', 'Fone Bluetooth X2', 'Eletrônicos', 199.9], ['MOC-NOT-15', 'Mochila para Notebook 15,6"', 'Acessórios', 229.0]]
const COURSES = [['Curso Confeitaria Lucrativa', 197], ['Método Inglês em 90 Dias', 297], ['Mentoria Tráfego Pago Pro', 997], ['E-book Receitas Low Carb', 27], ['Desafio Emagrecer 21D', 47]]
const FOOD = [['X-Tudo Artesanal', 32.9], ['Pizza Calabresa Grande', 54.9], ['Açaí 500 ml com Granola', 22.0], ['Marmitex Frango Grelhado', 24.9], ['Combo Temaki + Refri', 39.9], ['Pastel de Carne + Caldo de Cana', 18.5]]
const EVENTS = ['Congresso Brasileiro de Marketing Digital 2024', 'Festival Sertanejo Universitário', 'Workshop de Gestão Ágil', 'Semana Acadêmica de Engenharia', 'Encontro Nacional de Nutrição Esportiva']
const TICKETS = [['Inteira - 1º Lote', 180], ['Meia-entrada - 1º Lote', 90], ['Pista Premium', 260], ['Camarote Open Bar', 420], ['Estudante', 60]]
const CARRIERS = [['Correios', 'PAC'], ['Correios', 'SEDEX'], ['Jadlog', '.Package'], ['Loggi', 'Loggi Express'], ['J&T Express', 'Standard'], ['Azul Cargo Express', 'Amanhã']]
const slug = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')
const HOMEA = ['homeAddress', 'mailingAddress']
const UTMS = ['', '', 'facebook', 'instagram', 'google', 'tiktok', 'email']

export const SETS = [
  // ---------------------------------------------------------------- e-commerce orders (Wake Commerce, ex-Fbits: Pedidos > Exportar pedidos, Portuguese)
  { name: 'wake-fbits-pedidos-pt', product: 'Wake Commerce, formerly Fbits (painel administrativo: Pedidos > Listagem de pedidos > Exportar (Excel), Portuguese (Brazil) UI, a Brazilian fashion e-commerce)', family: 'ecommerce-orders', language: 'pt', seed: 'wake-pt', schema: E, cols: [
    ['Pedido Id', (c, o) => String(100000 + Number(o.id)), [OR('purchaseID'), '_id']],
    ['Data Pedido', (c, o) => brDTS(o.at), ['timestamp', OR('createdDate')]],
    ['Data Última Atualização', (c, o, r) => brDTS(o.at + v.int(r, 1, 9) * day), [OR('lastUpdatedDate')], opt],
    ['Situação', (c, o, r) => v.pick(r, ['Pedido Entregue', 'Pedido Enviado', 'Pagamento Aprovado', 'Aguardando Pagamento', 'Pedido Cancelado']), [], opt],
    ['Canal', (c, o, r) => v.pick(r, ['Loja', 'Loja', 'App', 'Televendas']), [], opt],
    ['Usuário Id', (c) => c.id, []],
    ['Nome Cliente', (c) => c.full, []],
    ['Email Cliente', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['CPF/CNPJ', (c, o, r) => cpf(r), []],
    ['Telefone', (c, o, r) => cel(r), [], opt],
    ['Endereço Entrega', (c) => c.street.split(',')[0], [SHIP('street1')]],
    ['Número', (c) => c.street.split(', ')[1], [], opt],
    ['Complemento', (c, o, r) => v.pick(r, ['', '', 'Apto 12', 'Casa 2', 'Bloco B']), [SHIP('street2')], opt],
    ['Bairro', (c, o, r) => v.pick(r, BAIRROS), [SHIP('street2')], opt],
    ['Cidade', (c) => c.city, [SHIP('city')]],
    ['Estado', (c) => c.region, [SHIP('stateProvince'), SHIP('state')]],
    ['CEP', (c) => c.postcode, [SHIP('postalCode')]],
    ['Forma Pagamento', (c, o, r) => v.pick(r, ['Cartão de Crédito', 'Pix', 'Boleto Bancário']), [OR('payments[0].paymentType')]],
    ['Parcelas', (c, o, r) => String(v.pick(r, [1, 1, 2, 3, 6, 10])), []],
    ['Valor Subtotal', (c, o, r, i) => brn(row(GOODS, i)[3] * o.qty), [], opt],
    ['Valor Desconto', (c, o) => brn(o.discount ? 15 : 0), [OR('discountAmount')]],
    ['Valor Frete', (c, o) => brn(o.shipping ? 19.9 : 0), ['commerce.shipping.shippingAmount']],
    ['Valor Total', (c, o, r, i) => brn(row(GOODS, i)[3] * o.qty - (o.discount ? 15 : 0) + (o.shipping ? 19.9 : 0)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Cupom', (c, o) => (o.discount ? 'BEMVINDA15' : ''), ['commerce.promotionID'], opt],
    ['Transportadora', (c, o, r, i) => row(CARRIERS, i)[0], [], opt],
    ['Forma Entrega', (c, o, r, i) => `${row(CARRIERS, i)[0]} ${row(CARRIERS, i)[1]}`, ['commerce.shipping.shippingMethod']],
    ['Código Rastreio', (c, o, r) => `${v.pick(r, ['OJ', 'QB', 'NX'])}${v.int(r, 100000000, 999999999)}BR`, ['commerce.shipping.trackingNumber']],
    ['Nota Fiscal', (c, o, r) => String(v.int(r, 10000, 99999)), []],
    ['Observação', (c, o, r) => v.pick(r, ['', '', '', 'Embalar para presente', 'Entregar na portaria']), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Cartpanda: Pedidos > Exportar CSV, Portuguese)
  { name: 'cartpanda-pedidos-pt', product: 'Cartpanda (painel da loja: Pedidos > Todos os pedidos > Exportar > CSV, Portuguese (Brazil) UI, a dropshipping store)', family: 'ecommerce-orders', language: 'pt', seed: 'cartpanda-pt', schema: E, cols: [
    ['ID do pedido', (c, o) => String(4000000 + Number(o.id)), ['_id', OR('purchaseID')]],
    ['Número do pedido', (c, o) => `#${o.number.slice(1)}`, [OR('purchaseID')], opt],
    ['Data de criação', (c, o) => isoBR(o.at), ['timestamp', OR('createdDate')]],
    ['Status do pagamento', (c, o, r) => v.pick(r, ['Pago', 'Pago', 'Pendente', 'Reembolsado', 'Recusado']), [], opt],
    ['Status de envio', (c, o, r) => v.pick(r, ['Não enviado', 'Enviado', 'Entregue']), [], opt],
    ['Nome do cliente', (c) => c.full, []],
    ['E-mail', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefone', (c, o, r) => celDigits(r), [], opt],
    ['Documento', (c, o, r) => cpf(r).replace(/\D/g, ''), []],
    ['Endereço', (c) => c.street.split(',')[0], [SHIP('street1')]],
    ['Número', (c) => c.street.split(', ')[1], [], opt],
    ['Bairro', (c, o, r) => v.pick(r, BAIRROS), [SHIP('street2')], opt],
    ['Cidade', (c) => c.city, [SHIP('city')]],
    ['Estado', (c) => c.region, [SHIP('stateProvince'), SHIP('state')]],
    ['CEP', (c) => c.postcode.replace('-', ''), [SHIP('postalCode')]],
    ['País', () => 'BR', [SHIP('countryCode')]],
    ['Produto', (c, o, r, i) => row(GOODS, i)[1], [PL('name')]],
    ['SKU', (c, o, r, i) => row(GOODS, i)[0], [PL('SKU')]],
    ['Variante', (c, o, r) => v.pick(r, ['Preto / P', 'Branco / M', 'Azul / G', '']), [PL('selectedOptions[0].value')], opt],
    ['Quantidade', (c, o) => String(o.qty), [PL('quantity')]],
    ['Preço', (c, o, r, i) => row(GOODS, i)[3].toFixed(2), [], opt],
    ['Frete', (c, o) => (o.shipping ? '14.90' : '0.00'), ['commerce.shipping.shippingAmount']],
    ['Desconto', (c, o) => (o.discount ? '10.00' : '0.00'), [OR('discountAmount')]],
    ['Total', (c, o, r, i) => (row(GOODS, i)[3] * o.qty + (o.shipping ? 14.9 : 0) - (o.discount ? 10 : 0)).toFixed(2), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Moeda', () => 'BRL', [OR('currencyCode')]],
    ['Método de pagamento', (c, o, r) => v.pick(r, ['credit_card', 'pix', 'boleto']), [OR('payments[0].paymentType')]],
    ['Gateway', (c, o, r) => v.pick(r, ['Mercado Pago', 'Appmax', 'Pagar.me', 'Cielo']), [], opt],
    ['Código de rastreio', (c, o, r) => (r() < 0.6 ? `LB${v.int(r, 100000000, 999999999)}HK` : ''), ['commerce.shipping.trackingNumber']],
    ['utm_source', (c, o, r) => v.pick(r, UTMS), ['marketing.trackingCode'], opt],
    ['utm_campaign', (c, o, r) => v.pick(r, ['', '', 'black-friday', 'lookalike-1pct', 'remarketing-7d']), ['marketing.campaignName'], opt],
    ['Tags', (c, o, r) => v.pick(r, ['', '', 'upsell', 'order-bump']), []],
  ] },

  // ---------------------------------------------------------------- payments / digital-product sales (PerfectPay: Vendas > Exportar, Portuguese)
  { name: 'perfectpay-vendas-pt', product: 'PerfectPay (painel do produtor: Vendas > Minhas vendas > Exportar relatório (XLSX/CSV), Portuguese (Brazil) UI, an infoproduct creator)', family: 'payments', language: 'pt', seed: 'perfectpay-pt', schema: E, cols: [
    ['Código da venda', (c, o, r) => `PPCPMTB${v.alnum(r, 6).toUpperCase()}`, ['_id', OR('purchaseID'), OR('payments[0].transactionID')]],
    ['Produto', (c, o, r, i) => row(COURSES, i)[0], [PL('name')]],
    ['Código do produto', (c, o, r) => `PPPB${v.int(r, 1000, 9999)}`, [PL('SKU'), PL('_id')], opt],
    ['Plano', (c, o, r) => v.pick(r, ['Plano Único', 'Plano Vitalício', 'Plano Anual']), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['Aprovada', 'Aprovada', 'Aprovada', 'Boleto impresso', 'Reembolsada', 'Chargeback', 'Recusada']), [], opt],
    ['Data da venda', (c, o) => brDTS(o.at), ['timestamp', OR('createdDate')]],
    ['Data de aprovação', (c, o, r) => (r() < 0.8 ? brDTS(o.at + v.int(r, 1, 600) * 1000) : ''), [], opt],
    ['Forma de pagamento', (c, o, r) => v.pick(r, ['Cartão de crédito', 'Pix', 'Boleto']), [OR('payments[0].paymentType')]],
    ['Parcelas', (c, o, r) => String(v.pick(r, [1, 1, 3, 12])), []],
    ['Valor do produto', (c, o, r, i) => rs(row(COURSES, i)[1]), [PL('priceTotal'), OR('priceTotal')], opt],
    ['Valor total', (c, o, r, i) => rs(row(COURSES, i)[1] * 1.05), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Taxa', (c, o, r, i) => rs(row(COURSES, i)[1] * 0.0699 + 2.49), []],
    ['Comissão afiliado', (c, o, r, i) => (r() < 0.4 ? rs(row(COURSES, i)[1] * 0.4) : rs(0)), []],
    ['Valor líquido', (c, o, r, i) => rs(row(COURSES, i)[1] * 0.93 - 2.49), []],
    ['Nome do cliente', (c) => c.full, []],
    ['E-mail do cliente', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefone do cliente', (c, o, r) => cel(r), [], opt],
    ['CPF/CNPJ do cliente', (c, o, r) => cpf(r), []],
    ['Afiliado', (c, o, r) => v.pick(r, ['', '', '', 'Carla Mendes', 'Diego Tavares']), []],
    ['Cupom', (c, o) => o.coupon ? 'PERFEITO10' : '', ['commerce.promotionID'], opt],
    ['UTM Source', (c, o, r) => v.pick(r, UTMS), ['marketing.trackingCode'], opt],
    ['UTM Campaign', (c, o, r) => v.pick(r, ['', 'lancamento-marco', 'perpetuo-ads']), ['marketing.campaignName'], opt],
    ['Src', (c, o, r) => v.pick(r, ['', '', 'bio', 'stories']), [], opt],
  ] },

  // ---------------------------------------------------------------- e-commerce orders and payments (Appmax: Pedidos > Exportar, Portuguese)
  { name: 'appmax-pedidos-pt', product: 'Appmax (painel do lojista: Pedidos > Exportar planilha, Portuguese (Brazil) UI, a Shopify/Cartpanda store using Appmax checkout)', family: 'payments', language: 'pt', seed: 'appmax-pt', schema: E, cols: [
    ['ID', (c, o) => String(9000000 + Number(o.id)), ['_id', OR('purchaseID')]],
    ['Data', (c, o) => brDT(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o, r) => v.pick(r, ['aprovado', 'aprovado', 'pendente', 'estornado', 'cancelado', 'integrado']), [], opt],
    ['Cliente', (c) => c.full, []],
    ['E-mail', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefone', (c, o, r) => cel(r), [], opt],
    ['CPF', (c, o, r) => cpf(r), []],
    ['Produtos', (c, o, r, i) => `${row(GOODS, i)[1]} (x${o.qty})`, [PL('name')], opt],
    ['Forma de Pagamento', (c, o, r) => v.pick(r, ['Cartão de Crédito', 'Pix', 'Boleto']), [OR('payments[0].paymentType')]],
    ['Bandeira', (c, o, r) => v.pick(r, ['Visa', 'Mastercard', 'Elo', 'Hipercard', '']), [], opt],
    ['Parcelas', (c, o, r) => `${v.pick(r, [1, 2, 6, 12])}x`, []],
    ['Valor Produtos', (c, o, r, i) => rs(row(GOODS, i)[3] * o.qty), [], opt],
    ['Juros', (c, o, r) => rs(r() < 0.4 ? v.int(r, 5, 40) : 0), []],
    ['Frete', (c, o) => rs(o.shipping ? 12.5 : 0), ['commerce.shipping.shippingAmount']],
    ['Desconto', (c, o) => rs(o.discount ? 10 : 0), [OR('discountAmount')]],
    ['Valor Total', (c, o, r, i) => rs(row(GOODS, i)[3] * o.qty + (o.shipping ? 12.5 : 0) - (o.discount ? 10 : 0)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Upsell', (c, o, r) => v.pick(r, ['Não', 'Não', 'Sim']), []],
    ['Rua', (c) => c.street.split(',')[0], [SHIP('street1')]],
    ['Número', (c) => c.street.split(', ')[1], [], opt],
    ['Complemento', (c, o, r) => v.pick(r, ['', '', 'Ap 302']), [SHIP('street2')], opt],
    ['Bairro', (c, o, r) => v.pick(r, BAIRROS), [SHIP('street2')], opt],
    ['Cidade', (c) => c.city, [SHIP('city')]],
    ['UF', (c) => c.region, [SHIP('stateProvince'), SHIP('state')]],
    ['CEP', (c) => c.postcode, [SHIP('postalCode')]],
    ['Rastreio', (c, o, r) => (r() < 0.5 ? `NM${v.int(r, 100000000, 999999999)}BR` : ''), ['commerce.shipping.trackingNumber']],
    ['Origem', (c, o, r) => v.pick(r, ['Checkout', 'Checkout', 'Recuperação de carrinho', 'Link de pagamento']), [], opt],
  ] },

  // ---------------------------------------------------------------- payments (Efí, formerly Gerencianet: Receber > Gestão de cobranças > Exportar, Portuguese)
  { name: 'efi-gerencianet-cobrancas-pt', product: 'Efí Bank, formerly Gerencianet (conta digital: Receber > Gestão de cobranças > Exportar relatório CSV, Portuguese (Brazil) UI, a gym charging monthly fees by boleto/Pix)', family: 'payments', language: 'pt', seed: 'efi-pt', schema: E, cols: [
    ['Identificador', (c, o, r) => String(v.int(r, 10000000, 99999999)), ['_id', OR('payments[0].transactionID')]],
    ['Tipo', (c, o, r) => v.pick(r, ['Boleto', 'Boleto', 'Bolix', 'Cartão', 'Carnê']), [OR('payments[0].paymentType')]],
    ['Status', (c, o, r) => v.pick(r, ['Pago', 'Pago', 'Aguardando', 'Vencido', 'Cancelado', 'Marcado como pago']), [], opt],
    ['Data de emissão', (c, o) => brD(o.at), ['timestamp', OR('createdDate')]],
    ['Data de vencimento', (c, o) => brD(o.at + 10 * day), []],
    ['Data do pagamento', (c, o, r) => (r() < 0.7 ? brD(o.at + v.int(r, 1, 12) * day) : ''), [], opt],
    ['Valor', (c, o, r) => brn(v.pick(r, [119.9, 149.9, 89.9, 199.0])), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Valor pago', (c, o, r) => (r() < 0.7 ? brn(v.pick(r, [119.9, 149.9, 89.9, 199.0])) : ''), [OR('payments[0].paymentAmount')], opt],
    ['Multa', (c, o, r) => (r() < 0.2 ? brn(2.4) : '0,00'), []],
    ['Juros', (c, o, r) => (r() < 0.2 ? brn(0.39) : '0,00'), []],
    ['Desconto', (c, o, r) => (r() < 0.3 ? brn(5) : '0,00'), [OR('discountAmount')], opt],
    ['Tarifa', () => '3,45', []],
    ['Nome do cliente', (c) => c.full, []],
    ['CPF/CNPJ', (c, o, r) => cpf(r), []],
    ['E-mail', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefone', (c, o, r) => cel(r).replace(/\D/g, ''), [], opt],
    ['Descrição', (c, o, r) => v.pick(r, ['Mensalidade Plano Mensal', 'Mensalidade Plano Trimestral', 'Taxa de matrícula']), [PL('name')], opt],
    ['Parcela', (c, o, r) => v.pick(r, ['', '', '1/3', '2/3', '3/3']), []],
    ['Custom ID', (c, o, r) => `ALUNO-${v.int(r, 1000, 9999)}`, [], opt],
    ['Linha digitável', (c, o, r) => `36490.00019 ${v.int(r, 10000, 99999)}.${v.int(r, 100000, 999999)} ${v.int(r, 10000, 99999)}.${v.int(r, 100000, 999999)} ${v.int(r, 1, 9)} ${v.int(r, 90000000000000, 99999999999999)}`, []],
    ['Nosso número', (c, o, r) => String(v.int(r, 100000000, 999999999)), [], opt],
    ['Link', (c, o, r) => `https://visualizacaosandbox.gerencianet.com.br/emissao/${v.int(r, 100000, 999999)}_${v.int(r, 10, 99)}_${v.alnum(r, 5).toUpperCase()}/A4XB-${v.int(r, 100000, 999999)}`, []],
  ] },

  // ---------------------------------------------------------------- delivery orders (aiqfome: Gestor de pedidos > Relatórios > Pedidos > Exportar, Portuguese)
  { name: 'aiqfome-pedidos-pt', product: 'aiqfome (portal do parceiro / Gestor aiqfome: Relatórios > Pedidos > Exportar Excel, Portuguese (Brazil) UI, a pizzeria in an interior city)', family: 'ecommerce-orders', language: 'pt', seed: 'aiqfome-pt', schema: E, cols: [
    ['Nº do pedido', (c, o, r) => String(v.int(r, 40000000, 49999999)), [OR('purchaseID'), '_id']],
    ['Data/hora', (c, o) => brDT(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o, r) => v.pick(r, ['Entregue', 'Entregue', 'Entregue', 'Cancelado', 'Cancelado pelo cliente']), [], opt],
    ['Cliente', (c) => c.full, []],
    ['Telefone', (c, o, r) => cel(r), [], opt],
    ['Tipo de entrega', (c, o, r) => v.pick(r, ['Delivery', 'Delivery', 'Retirada no local']), ['commerce.shipping.shippingMethod'], opt],
    ['Endereço', (c) => c.street, [SHIP('street1')]],
    ['Bairro', (c, o, r) => v.pick(r, BAIRROS), [SHIP('street2')], opt],
    ['Cidade', (c) => c.city, [SHIP('city')]],
    ['Itens', (c, o, r, i) => `${o.qty}x ${row(FOOD, i)[0]}`, [PL('name')], opt],
    ['Qtd. itens', (c, o) => String(o.qty), [PL('quantity')], opt],
    ['Subtotal', (c, o, r, i) => rs(row(FOOD, i)[1] * o.qty), [], opt],
    ['Taxa de entrega', (c, o) => rs(o.shipping ? 6 : 0), ['commerce.shipping.shippingAmount']],
    ['Desconto', (c, o) => rs(o.discount ? 8 : 0), [OR('discountAmount')]],
    ['Cupom aiqfome', (c, o) => (o.discount ? 'AIQ8OFF' : ''), ['commerce.promotionID'], opt],
    ['Total', (c, o, r, i) => rs(row(FOOD, i)[1] * o.qty + (o.shipping ? 6 : 0) - (o.discount ? 8 : 0)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Pagamento', (c, o, r) => v.pick(r, ['Pago online - Pix', 'Pago online - Cartão', 'Dinheiro', 'Cartão na entrega', 'Vale-refeição']), [OR('payments[0].paymentType')]],
    ['Troco para', (c, o, r) => (r() < 0.2 ? rs(v.pick(r, [50, 100])) : ''), []],
    ['Comissão', (c, o, r, i) => rs(row(FOOD, i)[1] * o.qty * 0.12), []],
    ['Tempo de entrega (min)', (c, o, r) => String(v.int(r, 20, 75)), []],
    ['Avaliação', (c, o, r) => v.pick(r, ['', '', '5', '4', '3']), [], opt],
    ['Observações', (c, o, r) => v.pick(r, ['', '', 'Sem cebola', 'Mandar sachê de ketchup', 'Interfone quebrado, ligar']), []],
  ] },

  // ---------------------------------------------------------------- restaurant customers (Anota AI: Clientes > Exportar, Portuguese)
  { name: 'anotaai-clientes-pt', product: 'Anota AI (painel do restaurante: Clientes > Lista de clientes > Exportar planilha, Portuguese (Brazil) UI, a burger shop taking WhatsApp orders)', family: 'crm', language: 'pt', seed: 'anotaai-pt', schema: P, cols: [
    ['Nome', (c) => c.full, ['person.name.fullName']],
    ['Telefone', (c, o, r) => cel(r), ['mobilePhone.number', 'homePhone.number']],
    ['E-mail', (c, o, r) => (r() < 0.3 ? c.email : ''), ['personalEmail.address']],
    ['CPF', (c, o, r) => (r() < 0.2 ? cpf(r) : ''), ['person.taxId'], opt],
    ['Data de nascimento', (c, o, r) => (r() < 0.4 ? brD(c.birth) : ''), ['person.birthDate']],
    ['Endereço', (c) => c.street, at(HOMEA, 'street1')],
    ['Complemento', (c, o, r) => v.pick(r, ['', '', 'Ap 101', 'Fundos']), at(HOMEA, 'street2'), opt],
    ['Bairro', (c, o, r) => v.pick(r, BAIRROS), at(HOMEA, 'street2'), opt],
    ['Cidade', (c) => c.city, at(HOMEA, 'city')],
    ['Ponto de referência', (c, o, r) => v.pick(r, ['', '', 'Perto da padaria', 'Portão azul']), []],
    ['Qtd. pedidos', (c, o, r) => String(v.int(r, 1, 60)), [], opt],
    ['Total gasto', (c, o, r) => rs(v.int(r, 30, 3000)), [], opt],
    ['Ticket médio', (c, o, r) => rs(v.int(r, 25, 90)), []],
    ['Primeiro pedido', (c) => brD(c.created), [], opt],
    ['Último pedido', (c) => brD(Math.max(c.created, c.updated)), [], opt],
    ['Pontos fidelidade', (c, o, r) => String(v.int(r, 0, 12)), ['loyalty.points']],
    ['Origem', (c, o, r) => v.pick(r, ['WhatsApp', 'Cardápio digital', 'iFood', 'Balcão']), [], opt],
    ['Aceita receber mensagens', (c, o, r) => v.pick(r, ['Sim', 'Sim', 'Não']), [], opt],
  ] },

  // ---------------------------------------------------------------- table / delivery orders (Goomer: Gestor > Relatórios > Pedidos > Exportar, Portuguese)
  { name: 'goomer-pedidos-pt', product: 'Goomer (Goomer Gestor: Relatórios > Histórico de pedidos > Exportar CSV, Portuguese (Brazil) UI, a bar with QR-code table ordering and delivery)', family: 'ecommerce-orders', language: 'pt', seed: 'goomer-pt', schema: E, cols: [
    ['ID Pedido', (c, o, r) => v.hex(r, 24), ['_id', OR('purchaseID')]],
    ['Código', (c, o, r) => String(v.int(r, 1000, 9999)), [OR('purchaseID')], opt],
    ['Data', (c, o) => brD(o.at), ['timestamp', OR('createdDate')]],
    ['Hora', (c, o) => brDT(o.at).slice(11), [], opt],
    ['Modalidade', (c, o, r) => v.pick(r, ['Mesa', 'Mesa', 'Delivery', 'Retirada', 'Balcão']), ['commerce.shipping.shippingMethod'], opt],
    ['Mesa', (c, o, r) => (r() < 0.5 ? String(v.int(r, 1, 40)) : ''), []],
    ['Status', (c, o, r) => v.pick(r, ['Concluído', 'Concluído', 'Cancelado']), [], opt],
    ['Cliente', (c, o, r) => (r() < 0.6 ? c.full : ''), []],
    ['Telefone', (c, o, r) => (r() < 0.6 ? cel(r) : ''), [], opt],
    ['Produto', (c, o, r, i) => row(FOOD, i)[0], [PL('name')]],
    ['Quantidade', (c, o) => String(o.qty), [PL('quantity')]],
    ['Valor unitário', (c, o, r, i) => brn(row(FOOD, i)[1]), [], opt],
    ['Adicionais', (c, o, r) => v.pick(r, ['', '', 'Bacon extra', 'Borda recheada']), [], opt],
    ['Taxa de serviço', (c, o, r, i) => brn(row(FOOD, i)[1] * o.qty * 0.1), []],
    ['Taxa de entrega', (c, o) => brn(o.shipping ? 7 : 0), ['commerce.shipping.shippingAmount']],
    ['Desconto', (c, o) => brn(o.discount ? 5 : 0), [OR('discountAmount')]],
    ['Total', (c, o, r, i) => brn(row(FOOD, i)[1] * o.qty * 1.1 + (o.shipping ? 7 : 0) - (o.discount ? 5 : 0)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Forma de pagamento', (c, o, r) => v.pick(r, ['Crédito', 'Débito', 'Pix', 'Dinheiro', 'Pagamento online']), [OR('payments[0].paymentType')]],
    ['Garçom', (c, o, r) => v.pick(r, ['', 'Marcos', 'Jéssica', 'Wellington']), []],
    ['Observação', (c, o, r) => v.pick(r, ['', '', 'Sem gelo', 'Ponto da carne: mal passado']), []],
  ] },
]
