// Round 51, tune51: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). Portuguese (Portugal) and African products, headers in the product's UI language.
import { E, P, B, v, B2BID, OR, SHIP, BILL, PL, HOME, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'
import { slug } from './values.mjs'

// local date formats
// "22/05/2024 14:31" (Portugal, UTC+0 written as local) and "22/05/2024"
const ptDT = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const ptD = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const ymd = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const ymdHMS = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const isoZ = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z')
const isoMs = (ms) => new Date(ms).toISOString()
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const dMonY = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}-${MON[p.m - 1]}-${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const monDYT = (ms, h = 0) => { const p = shift(ms, h); return `${MON[p.m - 1]} ${p.d}, ${p.y}, ${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }
const day = 86400000
// "1234,56" (Portuguese Excel exports: decimal comma, no grouping) and "25 000" (francs CFA, space grouping)
const eur = (n) => n.toFixed(2).replace('.', ',')
const cfa = (n) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')
const grp = (n) => Math.round(n).toLocaleString('en-US')

// Portugal: people, addresses, phones, NIFs
const PT_NAMES = [['Inês', 'Carvalho', 'F'], ['Tiago', 'Fernandes', 'M'], ['Beatriz', 'Sousa', 'F'], ['Rodrigo', 'Martins', 'M'], ['Catarina', 'Ribeiro', 'F'], ['Duarte', 'Pinto', 'M'], ['Mafalda', 'Gonçalves', 'F'], ['Gonçalo', 'Lopes', 'M'], ['Leonor', 'Marques', 'F']]
const PT_ADDR = [['Rua de Santa Catarina, 312 2º Esq', '4000-443', 'Porto', 'Porto'], ['Avenida da Liberdade, 110 5º', '1250-146', 'Lisboa', 'Lisboa'], ['Rua Ferreira Borges, 45', '3000-180', 'Coimbra', 'Coimbra'], ['Praceta Dr. José Afonso, 7 1º Dto', '2735-221', 'Cacém', 'Lisboa'], ['Rua do Souto, 88', '4700-329', 'Braga', 'Braga'], ['Avenida 5 de Outubro, 23 R/C', '8000-076', 'Faro', 'Faro'], ['Rua Direita, 15', '3810-074', 'Aveiro', 'Aveiro']]
const ptMobile = (r) => `9${v.pick(r, ['1', '2', '3', '6'])}${v.int(r, 0, 9)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`
const ptPhone = (r) => `2${v.pick(r, ['1', '2', '3', '5'])}${v.int(r, 0, 9)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`
const nif = (r) => `${v.pick(r, ['1', '2', '2', '2'])}${v.int(r, 10000000, 99999999)}`
const nipc = (r) => `5${v.int(r, 10000000, 99999999)}`
const ptEmail = (n, r) => `${slug(n[0])}.${slug(n[1])}${v.int(r, 1, 99)}@${v.pick(r, ['gmail.com', 'sapo.pt', 'hotmail.com', 'outlook.pt'])}`
const PT_COMPANIES = [['Frutas Douro, Lda.', 'Vila Real'], ['Metalúrgica Vouga, S.A.', 'Águeda'], ['Clínica Sorriso Lusitano, Lda.', 'Lisboa'], ['Padaria Central de Gaia, Lda.', 'Vila Nova de Gaia'], ['Têxteis Ave Unipessoal, Lda.', 'Guimarães'], ['Atlântico Software, Lda.', 'Porto']]
const PT_JOBS = ['Diretor Financeiro', 'Gerente', 'Responsável de Compras', 'Administrativa', 'Técnico de Contabilidade', 'Diretora Comercial']
const PT_ITEMS = [['SAB-001', 'Sabonete Artesanal Lavanda 100g', 'Cosmética', 4.9], ['CAF-250', 'Café Torrado Moído Delta 250g', 'Mercearia', 3.79], ['VIN-DOU', 'Vinho Tinto Douro DOC 2020 75cl', 'Bebidas', 12.5], ['AZE-500', 'Azeite Virgem Extra Alentejo 500ml', 'Mercearia', 8.95], ['CAM-LIN', 'Camisa de Linho Homem', 'Vestuário', 39.9], ['CER-AZU', 'Azulejo Decorativo Pintado à Mão', 'Casa', 17.5]]
const WORTEN_ITEMS = [['8806094935523', 'Smartphone Samsung Galaxy A54 5G 128GB Preto', 'Telemóveis', 349.99], ['5025155085617', 'Aspirador Vertical Dyson V8', 'Aspiração', 299.0], ['4548736132580', 'Auscultadores Sony WH-1000XM5 Bluetooth', 'Áudio', 329.99], ['8710103940476', 'Máquina de Barbear Philips Série 5000', 'Cuidado Pessoal', 79.99], ['0711719541028', 'Comando PS5 DualSense Branco', 'Gaming', 64.99]]

// Africa: people, phones, places
const SN_NAMES = [['Aminata', 'Diop'], ['Moussa', 'Ndiaye'], ['Fatou', 'Sow'], ['Cheikh', 'Fall'], ['Awa', 'Ba'], ['Ibrahima', 'Sarr'], ['Mariama', 'Cissé'], ['Ousmane', 'Gueye']]
const CI_NAMES = [['Kouassi', 'Yao'], ['Adjoua', 'Konan'], ['Serge', 'Kouadio'], ['Aïcha', 'Traoré'], ['Yannick', 'Bamba'], ['Mariam', 'Coulibaly'], ['Franck', 'Koné']]
const KE_NAMES = [['Wanjiru', 'Kamau'], ['Otieno', 'Ochieng'], ['Achieng', 'Odhiambo'], ['Kiprono', 'Rotich'], ['Njeri', 'Mwangi'], ['Mutua', 'Musyoka'], ['Amina', 'Hassan']]
const NG_NAMES = [['Chinedu', 'Okafor'], ['Aisha', 'Bello'], ['Tunde', 'Adeyemi'], ['Ngozi', 'Eze'], ['Emeka', 'Nwosu'], ['Folake', 'Ogunleye'], ['Kwame', 'Mensah']]
const DZ_NAMES = [['Amine', 'Benali'], ['Yasmine', 'Boudiaf'], ['Karim', 'Haddad'], ['Lina', 'Mebarki'], ['Sofiane', 'Kaci'], ['Meriem', 'Saadi']]
const DZ_PLACES = [['Alger', 'Hydra'], ['Alger', 'Bab Ezzouar'], ['Oran', 'Es Senia'], ['Constantine', 'Ali Mendjeli'], ['Alger', 'Cheraga'], ['Blida', 'Ouled Yaich']]
const YASSIR_ITEMS = [['Pizza Margherita L', 1200], ['Tacos Mixte XL', 850], ['Burger Poulet Menu', 950], ['Chawarma Viande', 600], ['Jus d\'Orange Frais 1L', 400]]
const snMobile = (r) => `+221 7${v.pick(r, ['7', '8', '6', '0', '5'])} ${v.int(r, 100, 999)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`
const ciMobile = (r) => `225${v.pick(r, ['07', '05', '01'])}${v.int(r, 10000000, 99999999)}`
const keMsisdn = (r) => `2547${v.int(r, 30, 39)}${v.int(r, 100000, 999999)}`
const ngPhone = (r) => `+234${v.pick(r, ['803', '806', '813', '816', '902', '703'])}${v.int(r, 1000000, 9999999)}`
const dzMobile = (r) => `0${v.pick(r, ['5', '6', '7'])}${v.int(r, 10, 99)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`
// one amount per row, from the generated order (so gross, fee and net agree)
const xof = (o) => Math.max(500, Math.round(o.total * 655.957 / 50) * 50)
const ngn = (o) => Math.round(o.total * 1650)
const kes = (o) => Math.round(o.total * 140)

export const SETS = [
  // ---------------------------------------------------------------- CRM (Vendus, Clientes > Exportar, Portuguese UI, Portugal)
  { name: 'vendus-clientes-pt', product: 'Vendus (POS/faturação: Clientes > Exportar CSV, Portuguese UI, a Portuguese shop\'s customer list)', family: 'crm', language: 'pt', seed: 'vendus-pt', schema: P, cols: [
    ['ID', (c, o, r) => String(v.int(r, 100000000, 199999999)), ['_id', 'personID']],
    ['Código', (c, o, r, i) => String(i + 1), ['personID', '_id'], opt],
    ['Nome', (c, o, r, i) => `${row(PT_NAMES, i)[0]} ${row(PT_NAMES, i)[1]}`, ['person.name.fullName']],
    ['NIF', (c, o, r) => (r() < 0.7 ? nif(r) : ''), ['person.taxId']],
    ['Morada', (c, o, r, i) => row(PT_ADDR, i)[0], at(HOME, 'street1')],
    ['Código Postal', (c, o, r, i) => row(PT_ADDR, i)[1], at(HOME, 'postalCode')],
    ['Localidade', (c, o, r, i) => row(PT_ADDR, i)[2], at(HOME, 'city')],
    ['País', () => 'PT', [...at(HOME, 'countryCode'), ...at(HOME, 'country')]],
    ['Telefone', (c, o, r) => (r() < 0.3 ? ptPhone(r) : ''), ['homePhone.number']],
    ['Telemóvel', (c, o, r) => ptMobile(r), ['mobilePhone.number']],
    ['Fax', () => '', [], opt],
    ['E-Mail', (c, o, r, i) => ptEmail(row(PT_NAMES, i), r), ['personalEmail.address']],
    ['Website', () => '', []],
    ['Preço', (c, o, r) => v.pick(r, ['Normal', 'Normal', 'Revenda']), []],
    ['Desconto (%)', (c, o, r) => v.pick(r, ['0', '0', '5', '10']), []],
    ['Prazo de Vencimento', (c, o, r) => v.pick(r, ['Pronto Pagamento', '30 dias']), []],
    ['Notas', (c, o, r) => v.pick(r, ['', '', 'Cliente habitual', 'Enviar fatura por email']), []],
    ['Estado', (c, o, r) => v.pick(r, ['Ativo', 'Ativo', 'Ativo', 'Inativo']), [], opt],
    ['Data de Criação', (c) => ptDT(c.created), [], opt],
  ] },

  // ---------------------------------------------------------------- B2B customers (PHC GO, Clientes > Exportar para Excel, Portuguese UI)
  { name: 'phcgo-clientes-pt', product: 'PHC GO (Gestão > Clientes > Listagem > Exportar para Excel, Portuguese UI, a Portuguese distributor\'s business customers with their contact)', family: 'b2b', language: 'pt', seed: 'phcgo-pt', schema: B, cols: [
    ['Nº', (c, o, r, i) => String(1000 + i), B2BID],
    ['Estab.', () => '0', [], opt],
    ['Nome', (c, o, r, i) => row(PT_COMPANIES, i)[0], ['b2b.companyName', 'organizations[0]']],
    ['Nº Contribuinte', (c, o, r) => nipc(r), [], opt],
    ['Morada', (c, o, r, i) => row(PT_ADDR, i)[0], ['workAddress.street1']],
    ['Local', (c, o, r, i) => row(PT_COMPANIES, i)[1], ['workAddress.city']],
    ['Cód. Postal', (c, o, r, i) => `${row(PT_ADDR, i)[1]} ${row(PT_COMPANIES, i)[1].toUpperCase()}`, ['workAddress.postalCode']],
    ['País', () => 'Portugal', ['workAddress.country']],
    ['Telefone', (c, o, r) => ptPhone(r), ['workPhone.number']],
    ['Telemóvel', (c, o, r) => (r() < 0.6 ? ptMobile(r) : ''), ['mobilePhone.number']],
    ['Email', (c, o, r, i) => `geral@${slug(row(PT_COMPANIES, i)[0]).slice(0, 12)}.pt`, ['workEmail.address'], opt],
    ['Contacto', (c, o, r, i) => `${row(PT_NAMES, i + 2)[0]} ${row(PT_NAMES, i + 2)[1]}`, ['person.name.fullName']],
    ['Cargo', (c, o, r, i) => row(PT_JOBS, i), ['extendedWorkDetails.jobTitle']],
    ['Vendedor', (c, o, r) => v.pick(r, ['1 - Rui Antunes', '2 - Sofia Mendes', '3 - Paulo Reis']), []],
    ['Zona', (c, o, r) => v.pick(r, ['Norte', 'Centro', 'Lisboa', 'Sul']), [], opt],
    ['Tipo', (c, o, r) => v.pick(r, ['Revenda', 'Consumidor Final', 'Instituição']), [], opt],
    ['Cond. Pagamento', (c, o, r) => v.pick(r, ['30 dias', '60 dias', 'Pronto Pagamento']), []],
    ['Plafond', (c, o, r) => eur(v.pick(r, [0, 5000, 10000, 25000])), []],
    ['Saldo', (c, o, r) => eur(v.int(r, 0, 1500000) / 100), []],
    ['Inativo', (c, o, r) => (r() < 0.1 ? 'Sim' : 'Não'), ['b2b.isBlocked'], opt],
    ['Data de Criação', (c) => ptD(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Observações', (c, o, r) => v.pick(r, ['', '', 'Entregas só de manhã', 'Pede sempre 2ª via da fatura']), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Shopk, Encomendas > Exportar, Portuguese UI)
  { name: 'shopk-encomendas-pt', product: 'Shopk (backoffice da loja: Encomendas > Exportar CSV, Portuguese UI, a small Portuguese online shop)', family: 'ecommerce-orders', language: 'pt', seed: 'shopk-pt', schema: E, cols: [
    ['Encomenda', (c, o, r) => `#${v.int(r, 1001, 9999)}`, [OR('purchaseID'), '_id']],
    ['Data', (c, o) => ptDT(o.at), ['timestamp', OR('createdDate')]],
    ['Estado', (c, o, r) => v.pick(r, ['Concluída', 'Concluída', 'Enviada', 'Pendente de pagamento', 'Cancelada']), [], opt],
    ['Cliente', (c, o, r, i) => `${row(PT_NAMES, i)[0]} ${row(PT_NAMES, i)[1]}`, []],
    ['Email', (c, o, r, i) => ptEmail(row(PT_NAMES, i), r), ['endUserIDs._experience.emailid.id'], opt],
    ['Telemóvel', (c, o, r) => ptMobile(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['NIF', (c, o, r) => (r() < 0.4 ? nif(r) : ''), []],
    ['Morada de envio', (c, o, r, i) => row(PT_ADDR, i)[0], [SHIP('street1')]],
    ['Código postal de envio', (c, o, r, i) => row(PT_ADDR, i)[1], [SHIP('postalCode')]],
    ['Localidade de envio', (c, o, r, i) => row(PT_ADDR, i)[2], [SHIP('city')]],
    ['País de envio', () => 'Portugal', [SHIP('country')]],
    ['Morada de faturação', (c, o, r, i) => row(PT_ADDR, i)[0], [BILL('street1')]],
    ['Produto', (c, o, r, i) => row(PT_ITEMS, i)[1], [PL('name')]],
    ['Referência', (c, o, r, i) => row(PT_ITEMS, i)[0], [PL('SKU')]],
    ['Quantidade', (c, o) => String(o.qty), [PL('quantity')]],
    ['Preço unitário', (c, o, r, i) => eur(row(PT_ITEMS, i)[3]), []],
    ['Subtotal', (c, o, r, i) => eur(row(PT_ITEMS, i)[3] * o.qty), [PL('priceTotal')], opt],
    ['Portes', (c, o) => eur(o.shipping ? 3.99 : 0), ['commerce.shipping.shippingAmount']],
    ['Desconto', (c, o) => eur(o.discount ? 5 : 0), [OR('discountAmount')]],
    ['Cupão', (c, o) => (o.discount ? 'BEMVINDO5' : ''), ['commerce.promotionID']],
    ['IVA', (c, o, r, i) => eur(row(PT_ITEMS, i)[3] * o.qty * 0.23 / 1.23), [OR('taxAmount')]],
    ['Total', (c, o, r, i) => eur(row(PT_ITEMS, i)[3] * o.qty + (o.shipping ? 3.99 : 0) - (o.discount ? 5 : 0)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Método de pagamento', (c, o, r) => v.pick(r, ['MB WAY', 'Referência Multibanco', 'Cartão de crédito', 'PayPal', 'Transferência bancária']), [OR('payments[0].paymentType')]],
    ['Método de envio', (c, o, r) => v.pick(r, ['CTT Expresso', 'CTT Correio Registado', 'Levantamento em loja', 'DPD']), ['commerce.shipping.shippingMethod']],
    ['Nº de seguimento', (c, o, r) => (r() < 0.7 ? `RR${v.int(r, 100000000, 999999999)}PT` : ''), ['commerce.shipping.trackingNumber']],
    ['Notas do cliente', (c, o, r) => v.pick(r, ['', '', '', 'Deixar no vizinho do 1º', 'É para oferta, sem fatura na caixa']), []],
  ] },

  // ---------------------------------------------------------------- payments (SIBS Gateway backoffice, Transações > Exportar, Portuguese UI)
  { name: 'sibs-gateway-transacoes-pt', product: 'SIBS Gateway / SIBS Pay (Backoffice: Transações > Pesquisa > Exportar Excel, Portuguese UI, a Portuguese online merchant)', family: 'payments', language: 'pt', seed: 'sibs-pt', schema: E, cols: [
    ['Data/Hora', (c, o) => ptDT(o.at, 1) + `:${pad(new Date(o.at).getUTCSeconds())}`, ['timestamp']],
    ['ID Transação', (c, o, r) => `s2${v.alnum(r, 18)}`, [OR('payments[0].transactionID'), '_id']],
    ['ID Transação Merchant', (c, o, r) => `ENC${v.int(r, 100000, 999999)}`, [OR('purchaseID')]],
    ['Terminal', (c, o, r) => String(v.pick(r, [51234, 51235])), [], opt],
    ['Tipo de Operação', (c, o, r) => v.pick(r, ['Compra', 'Compra', 'Compra', 'Autorização', 'Reembolso']), [], opt],
    ['Método de Pagamento', (c, o, r) => v.pick(r, ['MB WAY', 'MB WAY', 'Cartão', 'Referência Multibanco', 'Apple Pay']), [OR('payments[0].paymentType')]],
    ['Estado', (c, o, r) => v.pick(r, ['Sucesso', 'Sucesso', 'Sucesso', 'Recusada', 'Pendente', 'Expirada']), [], opt],
    ['Montante', (c, o) => eur(o.total), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Moeda', () => 'EUR', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Marca do Cartão', (c, o, r) => v.pick(r, ['', '', 'VISA', 'MASTERCARD']), [], opt],
    ['Cartão', (c, o, r) => (r() < 0.4 ? `${v.pick(r, ['4', '5'])}${v.int(r, 10000, 99999)}******${v.int(r, 1000, 9999)}` : ''), []],
    ['Telemóvel MB WAY', (c, o, r) => (r() < 0.5 ? `351#9${v.int(r, 10, 69)}***${v.int(r, 100, 999)}` : ''), [], opt],
    ['Referência', (c, o, r) => (r() < 0.25 ? `${v.int(r, 100, 999)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}` : ''), [], opt],
    ['Entidade', (c, o, r) => (r() < 0.25 ? '24000' : ''), []],
    ['Data Limite', (c, o, r) => (r() < 0.25 ? ptDT(o.at + 2 * day, 1) : ''), []],
    ['Código de Autorização', (c, o, r) => (r() < 0.5 ? String(v.int(r, 100000, 999999)) : ''), [], opt],
    ['3DS', (c, o, r) => v.pick(r, ['', 'Autenticado', 'Frictionless', 'N/A']), []],
    ['Email do Cliente', (c, o, r, i) => ptEmail(row(PT_NAMES, i), r), ['endUserIDs._experience.emailid.id'], opt],
    ['Descrição', (c, o, r) => `Encomenda online nº ${v.int(r, 1000, 9999)}`, [], opt],
    ['Montante Reembolsado', (c, o, r) => eur(r() < 0.1 ? o.total : 0), [OR('refunds[0].refundAmount'), OR('refundTotal')], opt],
    ['Data de Liquidação', (c, o) => ptD(o.at + 2 * day, 1), [], opt],
  ] },
  // ---------------------------------------------------------------- marketplace orders (Worten Marketplace, Mirakl seller back office: Encomendas > Exportar, Portuguese UI)
  { name: 'worten-marketplace-encomendas-pt', product: 'Worten Marketplace (Mirakl back office do vendedor: Encomendas > Encomendas > Exportar CSV, Portuguese UI, a seller shipping to Portugal)', family: 'ecommerce-orders', language: 'pt', seed: 'worten-pt', schema: E, cols: [
    ['Data de criação', (c, o) => ptDT(o.at, 1), ['timestamp', OR('createdDate')]],
    ['Número da encomenda', (c, o, r) => `${v.int(r, 10000000, 99999999)}-A`, [OR('purchaseID'), '_id']],
    ['Estado', (c, o, r) => v.pick(r, ['Enviada', 'Recebida', 'Recebida', 'Em espera de envio', 'Cancelada', 'Reembolsada']), [], opt],
    ['Canal', (c, o, r) => v.pick(r, ['WRT_PT_ONLINE', 'WRT_PT_ONLINE', 'WRT_ES_ONLINE']), [], opt],
    ['Data de aceitação', (c, o) => ptDT(o.at + 3600000, 1), [], opt],
    ['Data limite de envio', (c, o) => ptD(o.at + 2 * day, 1), [], opt],
    ['Data de envio', (c, o, r) => (r() < 0.7 ? ptDT(o.at + day, 1) : ''), ['commerce.shipping.shipDate'], opt],
    ['SKU da oferta', (c, o, r, i) => `OF-${row(WORTEN_ITEMS, i)[0].slice(-6)}`, [PL('SKU')], opt],
    ['EAN', (c, o, r, i) => row(WORTEN_ITEMS, i)[0], [PL('SKU')], opt],
    ['Produto', (c, o, r, i) => row(WORTEN_ITEMS, i)[1], [PL('name')]],
    ['Categoria', (c, o, r, i) => row(WORTEN_ITEMS, i)[2], [PL('productCategories[0].categoryName')], opt],
    ['Quantidade', (c, o) => String(o.qty), [PL('quantity')]],
    ['Preço unitário', (c, o, r, i) => eur(row(WORTEN_ITEMS, i)[3]), []],
    ['Portes', (c, o) => eur(o.shipping ? 4.99 : 0), ['commerce.shipping.shippingAmount']],
    ['Preço total (IVA incluído)', (c, o, r, i) => eur(row(WORTEN_ITEMS, i)[3] * o.qty + (o.shipping ? 4.99 : 0)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Comissão (IVA excluído)', (c, o, r, i) => eur(row(WORTEN_ITEMS, i)[3] * o.qty * 0.1), []],
    ['IVA sobre comissão', (c, o, r, i) => eur(row(WORTEN_ITEMS, i)[3] * o.qty * 0.023), []],
    ['Valor a transferir ao vendedor', (c, o, r, i) => eur(row(WORTEN_ITEMS, i)[3] * o.qty * 0.877 + (o.shipping ? 4.99 : 0)), []],
    ['Moeda', () => 'EUR', [OR('currencyCode')]],
    ['Nome do cliente', (c, o, r, i) => row(PT_NAMES, i)[0], []],
    ['Apelido do cliente', (c, o, r, i) => row(PT_NAMES, i)[1], []],
    ['Morada de entrega', (c, o, r, i) => row(PT_ADDR, i)[0], [SHIP('street1')]],
    ['Código postal de entrega', (c, o, r, i) => row(PT_ADDR, i)[1], [SHIP('postalCode')]],
    ['Cidade de entrega', (c, o, r, i) => row(PT_ADDR, i)[2], [SHIP('city')]],
    ['País de entrega', () => 'PRT', [SHIP('countryCode'), SHIP('country')], opt],
    ['Telefone de entrega', (c, o, r) => ptMobile(r), [], opt],
    ['Transportadora', (c, o, r) => v.pick(r, ['CTT Expresso', 'DPD Portugal', 'GLS', 'Nacex']), ['commerce.shipping.shippingMethod'], opt],
    ['Número de seguimento', (c, o, r) => (r() < 0.7 ? `DA${v.int(r, 100000000, 999999999)}PT` : ''), ['commerce.shipping.trackingNumber']],
    ['Motivo de cancelamento', (c, o, r) => v.pick(r, ['', '', '', '', 'Sem stock', 'Pedido do cliente']), [], opt],
  ] },

  // ---------------------------------------------------------------- marketplace orders (KuantoKusta, backoffice do lojista: Encomendas > Exportar, Portuguese UI)
  { name: 'kuantokusta-encomendas-pt', product: 'KuantoKusta (marketplace, backoffice do lojista: Encomendas > Exportar Excel, Portuguese UI)', family: 'ecommerce-orders', language: 'pt', seed: 'kuantokusta-pt', schema: E, cols: [
    ['Nº Encomenda', (c, o, r) => `KK${v.int(r, 1000000, 9999999)}`, [OR('purchaseID'), '_id']],
    ['Data Encomenda', (c, o) => ymdHMS(o.at, 1), ['timestamp', OR('createdDate')]],
    ['Estado', (c, o, r) => v.pick(r, ['Aprovada', 'Enviada', 'Entregue', 'Entregue', 'Cancelada', 'Pendente']), [], opt],
    ['Referência Produto', (c, o, r, i) => row(PT_ITEMS, i)[0], [PL('SKU')]],
    ['EAN', (c, o, r) => `560${v.int(r, 1000000000, 9999999999)}`, [PL('SKU')], opt],
    ['Nome Produto', (c, o, r, i) => row(PT_ITEMS, i)[1], [PL('name')]],
    ['Qtd', (c, o) => String(o.qty), [PL('quantity')]],
    ['Preço Unitário', (c, o, r, i) => eur(row(PT_ITEMS, i)[3]), []],
    ['Total Produtos', (c, o, r, i) => eur(row(PT_ITEMS, i)[3] * o.qty), [PL('priceTotal')], opt],
    ['Portes', (c, o) => eur(o.shipping ? 3.5 : 0), ['commerce.shipping.shippingAmount']],
    ['Total Encomenda', (c, o, r, i) => eur(row(PT_ITEMS, i)[3] * o.qty + (o.shipping ? 3.5 : 0)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Comissão KuantoKusta', (c, o, r, i) => eur(row(PT_ITEMS, i)[3] * o.qty * 0.12), []],
    ['Nome Cliente', (c, o, r, i) => `${row(PT_NAMES, i)[0]} ${row(PT_NAMES, i)[1]}`, []],
    ['NIF Cliente', (c, o, r) => (r() < 0.35 ? nif(r) : ''), []],
    ['Morada Entrega', (c, o, r, i) => row(PT_ADDR, i)[0], [SHIP('street1')]],
    ['Código Postal', (c, o, r, i) => row(PT_ADDR, i)[1], [SHIP('postalCode')]],
    ['Localidade', (c, o, r, i) => row(PT_ADDR, i)[2], [SHIP('city')]],
    ['Distrito', (c, o, r, i) => row(PT_ADDR, i)[3], [SHIP('stateProvince'), SHIP('region')], opt],
    ['Telefone', (c, o, r) => ptMobile(r), [], opt],
    ['Morada Faturação', (c, o, r, i) => row(PT_ADDR, i)[0], [BILL('street1')]],
    ['Método Envio', (c, o, r) => v.pick(r, ['Envio Normal', 'Envio Expresso', 'Envio Ilhas']), ['commerce.shipping.shippingMethod']],
    ['Tracking', (c, o, r) => (r() < 0.6 ? `RR${v.int(r, 100000000, 999999999)}PT` : ''), ['commerce.shipping.trackingNumber']],
    ['Data Envio', (c, o, r) => (r() < 0.6 ? ymd(o.at + day, 1) : ''), ['commerce.shipping.shipDate'], opt],
    ['Observações', (c, o, r) => v.pick(r, ['', '', '', 'Entregar após as 18h']), []],
  ] },

  // ---------------------------------------------------------------- payments (Chipper Cash, Chipper Business dashboard: Transactions > Export CSV, English UI, Nigeria/Ghana)
  { name: 'chipper-business-transactions', product: 'Chipper Cash (Chipper for Business dashboard: Transactions > Export CSV, English UI, a Nigerian merchant collecting payments)', family: 'payments', language: 'en', seed: 'chipper-en', schema: E, cols: [
    ['Transaction ID', (c, o, r) => v.uuid(r), [OR('payments[0].transactionID'), '_id']],
    ['Reference', (c, o, r) => `INV-${v.int(r, 10000, 99999)}`, [OR('purchaseID')], opt],
    ['Date', (c, o) => isoMs(o.at), ['timestamp']],
    ['Type', (c, o, r) => v.pick(r, ['Payment Received', 'Payment Received', 'Payment Received', 'Withdrawal', 'Refund']), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['SETTLED', 'SETTLED', 'SETTLED', 'PENDING', 'FAILED']), [], opt],
    ['Payment Method', (c, o, r) => v.pick(r, ['Chipper Wallet', 'Card', 'Bank Transfer', 'Mobile Money']), [OR('payments[0].paymentType')]],
    ['Customer Name', (c, o, r, i) => `${row(NG_NAMES, i)[0]} ${row(NG_NAMES, i)[1]}`, []],
    ['Customer Tag', (c, o, r, i) => `$${slug(row(NG_NAMES, i)[0])}${v.int(r, 1, 99)}`, [], opt],
    ['Customer Email', (c, o, r, i) => (r() < 0.6 ? `${slug(row(NG_NAMES, i)[0])}.${slug(row(NG_NAMES, i)[1])}@gmail.com` : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['Customer Phone', (c, o, r) => ngPhone(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Amount', (c, o) => ngn(o).toFixed(2), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Currency', (c, o, r) => v.pick(r, ['NGN', 'NGN', 'NGN', 'GHS']), [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Fee', (c, o) => (ngn(o) * 0.015).toFixed(2), []],
    ['Net Amount', (c, o) => (ngn(o) * 0.985).toFixed(2), [], opt],
    ['Description', (c, o, r) => v.pick(r, ['Order payment', 'Invoice payment', 'Payment link: Ankara dress', '']), [], opt],
    ['Payment Link', (c, o, r) => (r() < 0.3 ? `https://pay.chippercash.com/link/${v.alnum(r, 10)}` : ''), []],
    ['Settled At', (c, o, r) => (r() < 0.8 ? isoMs(o.at + day) : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- mobile money (Airtel Money Kenya, Merchant portal: Statement > Download, English UI)
  { name: 'airtel-money-merchant-statement', product: 'Airtel Money (Airtel Money Business / merchant portal, Kenya: Reports > Account Statement > Download CSV, English UI, a Nairobi shop\'s till)', family: 'payments', language: 'en', seed: 'airtel-en', schema: E, cols: [
    ['Transaction ID', (c, o, r) => `${v.pick(r, ['MP', 'CI', 'PP'])}${v.int(r, 100000, 999999)}.${v.int(r, 1000, 9999)}.${v.alnum(r, 6).toUpperCase()}`, [OR('payments[0].transactionID'), '_id']],
    ['Transaction Date', (c, o) => dMonY(o.at, 3), ['timestamp']],
    ['Transaction Type', (c, o, r) => v.pick(r, ['Merchant Payment', 'Merchant Payment', 'Merchant Payment', 'Cash Out', 'Reversal']), [], opt],
    ['Service Name', (c, o, r) => v.pick(r, ['MerchPay', 'MerchPay', 'C2B Payment']), [], opt],
    ['Sender MSISDN', (c, o, r) => keMsisdn(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Sender Name', (c, o, r, i) => `${row(KE_NAMES, i)[0].toUpperCase()} ${row(KE_NAMES, i)[1].toUpperCase()}`, []],
    ['Receiver MSISDN', () => '254733000123', []],
    ['Receiver Name', () => 'MAMA NJERI GROCERIES', []],
    ['Reference Number', (c, o, r) => (r() < 0.6 ? `ORD${v.int(r, 1000, 9999)}` : ''), [OR('purchaseID')], opt],
    ['Transaction Amount', (c, o) => grp(kes(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Service Charge', (c, o, r) => String(v.pick(r, [0, 0, 11, 29, 52])), []],
    ['Currency', () => 'KES', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Pre Balance', (c, o, r) => grp(v.int(r, 1000, 250000)), []],
    ['Post Balance', (c, o, r) => grp(v.int(r, 1000, 250000)), []],
    ['Transaction Status', (c, o, r) => v.pick(r, ['Transaction Success', 'Transaction Success', 'Transaction Success', 'Transaction Failed']), [], opt],
    ['Channel', (c, o, r) => v.pick(r, ['USSD', 'USSD', 'APP', 'API']), [], opt],
    ['Remarks', (c, o, r) => v.pick(r, ['', '', 'Payment for goods', 'Paid']), []],
  ] },

  // ---------------------------------------------------------------- mobile money (Wave Business, Sénégal: Transactions > Exporter, French UI)
  { name: 'wave-business-transactions-fr', product: 'Wave (Wave Business, Sénégal: tableau de bord > Transactions > Exporter CSV, French UI, a Dakar shop collecting by QR code)', family: 'payments', language: 'fr', seed: 'wave-fr', schema: E, cols: [
    ['Date', (c, o) => ymdHMS(o.at), ['timestamp']],
    ['ID de transaction', (c, o, r) => `T_${v.alnum(r, 16).toUpperCase()}`, [OR('payments[0].transactionID'), '_id']],
    ['Type', (c, o, r) => v.pick(r, ['Paiement reçu', 'Paiement reçu', 'Paiement reçu', 'Remboursement', 'Retrait vers banque']), [], opt],
    ['Statut', (c, o, r) => v.pick(r, ['Réussi', 'Réussi', 'Réussi', 'Échoué']), [], opt],
    ['Nom du client', (c, o, r, i) => `${row(SN_NAMES, i)[0]} ${row(SN_NAMES, i)[1]}`, []],
    ['Numéro du client', (c, o, r) => snMobile(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Montant', (c, o) => cfa(xof(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Frais', (c, o) => cfa(xof(o) * 0.01), []],
    ['Montant net', (c, o) => cfa(xof(o) * 0.99), [], opt],
    ['Devise', () => 'XOF', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Référence client', (c, o, r) => (r() < 0.5 ? `CMD-${v.int(r, 1000, 9999)}` : ''), [OR('purchaseID')], opt],
    ['Point de vente', (c, o, r) => v.pick(r, ['Boutique Sacré-Cœur', 'Boutique Almadies', 'Caisse 2']), [], opt],
    ['Caissier', (c, o, r) => v.pick(r, ['Abdou', 'Ndèye', '']), []],
    ['Solde après', (c, o, r) => cfa(v.int(r, 100, 8000) * 1000), []],
  ] },

  // ---------------------------------------------------------------- mobile money (Orange Money, Côte d'Ivoire: portail marchand > Historique > Exporter, French UI)
  { name: 'orange-money-marchand-ci-fr', product: 'Orange Money (Orange Money Business / portail marchand, Côte d\'Ivoire: Historique des transactions > Exporter Excel, French UI)', family: 'payments', language: 'fr', seed: 'orange-money-fr', schema: E, cols: [
    ['Date', (c, o) => ptD(o.at), ['timestamp'], opt],
    ['Heure', (c, o) => { const p = shift(o.at, 0); return `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }, [], opt],
    ['Référence', (c, o, r) => `MP${String(v.int(r, 200000, 251231))}.${v.int(r, 1000, 2359)}.${v.alnum(r, 6).toUpperCase()}`, [OR('payments[0].transactionID'), '_id']],
    ['Type d\'opération', (c, o, r) => v.pick(r, ['Paiement marchand', 'Paiement marchand', 'Paiement marchand', 'Retrait', 'Annulation']), [], opt],
    ['Numéro client', (c, o, r) => ciMobile(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Nom client', (c, o, r, i) => `${row(CI_NAMES, i)[1].toUpperCase()} ${row(CI_NAMES, i)[0]}`, []],
    ['Montant', (c, o) => cfa(xof(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Commission', (c, o) => cfa(xof(o) * 0.01), []],
    ['Montant net', (c, o) => cfa(xof(o) * 0.99), [], opt],
    ['Devise', () => 'FCFA', [OR('payments[0].currencyCode'), OR('currencyCode')], opt],
    ['Statut', (c, o, r) => v.pick(r, ['Succès', 'Succès', 'Succès', 'Échec', 'En attente']), [], opt],
    ['Solde avant', (c, o, r) => cfa(v.int(r, 10, 9000) * 1000), []],
    ['Solde après', (c, o, r) => cfa(v.int(r, 10, 9000) * 1000), []],
    ['Canal', (c, o, r) => v.pick(r, ['USSD #144#', 'Max it', 'Web Payment', 'QR Code']), [], opt],
    ['Référence marchand', (c, o, r) => (r() < 0.4 ? `FAC${v.int(r, 10000, 99999)}` : ''), [OR('purchaseID')], opt],
    ['Code marchand', () => '458712', []],
  ] },

  // ---------------------------------------------------------------- payments (CinetPay, back-office marchand: Transactions > Exporter, French UI, Côte d'Ivoire)
  { name: 'cinetpay-transactions-fr', product: 'CinetPay (back-office marchand: Transactions > Paiements > Exporter CSV, French UI, an Abidjan online shop)', family: 'payments', language: 'fr', seed: 'cinetpay-fr', schema: E, cols: [
    ['Date de paiement', (c, o) => ymdHMS(o.at), ['timestamp']],
    ['ID Transaction', (c, o, r) => `${v.int(r, 10000, 99999)}${v.int(r, 100000, 999999)}`, [OR('purchaseID'), '_id']],
    ['Référence CinetPay', (c, o, r) => `${v.int(r, 10000000, 99999999)}.${v.int(r, 1000, 9999)}`, [OR('payments[0].transactionID')]],
    ['Site', () => 'Boutique Abidjan Mode', [], opt],
    ['Montant', (c, o) => String(xof(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Devise', (c, o, r) => v.pick(r, ['XOF', 'XOF', 'XOF', 'XAF']), [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Moyen de paiement', (c, o, r) => v.pick(r, ['OM', 'MOMO', 'FLOOZ', 'WAVECI', 'VISAM']), [OR('payments[0].paymentType')]],
    ['Opérateur', (c, o, r) => v.pick(r, ['Orange Money CI', 'MTN Money CI', 'Moov Money CI', 'Wave CI', 'Carte bancaire']), [OR('payments[0].paymentType')], opt],
    ['Statut', (c, o, r) => v.pick(r, ['ACCEPTED', 'ACCEPTED', 'ACCEPTED', 'REFUSED', 'PENDING']), [], opt],
    ['Nom', (c, o, r, i) => row(CI_NAMES, i)[1], []],
    ['Prénom', (c, o, r, i) => row(CI_NAMES, i)[0], []],
    ['Téléphone', (c, o, r) => ciMobile(r).slice(3), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Email', (c, o, r, i) => (r() < 0.5 ? `${slug(row(CI_NAMES, i)[0])}.${slug(row(CI_NAMES, i)[1])}@gmail.com` : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['Description', (c, o, r) => v.pick(r, ['Commande boutique en ligne', 'Achat robe wax', 'Abonnement mensuel']), [], opt],
    ['Commission', (c, o) => String(Math.round(xof(o) * 0.035)), []],
    ['Montant net', (c, o) => String(Math.round(xof(o) * 0.965)), [], opt],
    ['Pays', () => 'CI', [], opt],
    ['Message', (c, o, r) => v.pick(r, ['SUCCES', 'SUCCES', 'PAYMENT_FAILED', 'INSUFFICIENT_BALANCE']), [], opt],
  ] },

  // ---------------------------------------------------------------- delivery orders (Yassir Express, Yassir Partner: Commandes > Exporter, French UI, Algeria)
  { name: 'yassir-partner-commandes-fr', product: 'Yassir (Yassir Express, espace partenaire restaurant: Commandes > Historique > Exporter, French UI, Algeria)', family: 'ecommerce-orders', language: 'fr', seed: 'yassir-fr', schema: E, cols: [
    ['N° commande', (c, o, r) => v.hex(r, 24), [OR('purchaseID'), '_id']],
    ['Code commande', (c, o, r) => `#${v.alnum(r, 5).toUpperCase()}`, [OR('purchaseID')], opt],
    ['Date de création', (c, o) => ptDT(o.at, 1), ['timestamp', OR('createdDate')]],
    ['Date de livraison', (c, o, r) => ptDT(o.at + v.int(r, 20, 60) * 60000, 1), [], opt],
    ['Statut', (c, o, r) => v.pick(r, ['Livrée', 'Livrée', 'Livrée', 'Annulée', 'Refusée par le restaurant']), [], opt],
    ['Restaurant', (c, o, r) => v.pick(r, ['Pizzeria El Bahdja - Hydra', 'Pizzeria El Bahdja - Cheraga']), [], opt],
    ['Client', (c, o, r, i) => `${row(DZ_NAMES, i)[0]} ${row(DZ_NAMES, i)[1][0]}.`, []],
    ['Téléphone client', (c, o, r) => dzMobile(r), [], opt],
    ['Wilaya', (c, o, r, i) => row(DZ_PLACES, i)[0], [SHIP('stateProvince'), SHIP('city')], opt],
    ['Commune', (c, o, r, i) => row(DZ_PLACES, i)[1], [SHIP('city')], opt],
    ['Articles', (c, o, r, i) => `${o.qty}x ${row(YASSIR_ITEMS, i)[0]}`, [PL('name')], opt],
    ['Nombre d\'articles', (c, o) => String(o.qty), [PL('quantity')], opt],
    ['Sous-total (DA)', (c, o, r, i) => String(row(YASSIR_ITEMS, i)[1] * o.qty), [], opt],
    ['Frais de livraison (DA)', (c, o) => String(o.shipping ? 200 : 0), ['commerce.shipping.shippingAmount']],
    ['Réduction (DA)', (c, o) => String(o.discount ? 150 : 0), [OR('discountAmount')]],
    ['Code promo', (c, o) => (o.discount ? 'YASSIR150' : ''), ['commerce.promotionID']],
    ['Total (DA)', (c, o, r, i) => String(row(YASSIR_ITEMS, i)[1] * o.qty + (o.shipping ? 200 : 0) - (o.discount ? 150 : 0)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Mode de paiement', (c, o, r) => v.pick(r, ['Espèces', 'Espèces', 'Espèces', 'Yassir Cash', 'Carte CIB/Edahabia']), [OR('payments[0].paymentType')]],
    ['Commission Yassir (DA)', (c, o, r, i) => String(Math.round(row(YASSIR_ITEMS, i)[1] * o.qty * 0.18)), []],
    ['Montant restaurant (DA)', (c, o, r, i) => String(Math.round(row(YASSIR_ITEMS, i)[1] * o.qty * 0.82)), []],
    ['Livreur', (c, o, r) => v.pick(r, ['Mohamed B.', 'Riad K.', 'Walid S.', '']), []],
    ['Temps de préparation (min)', (c, o, r) => String(v.int(r, 8, 35)), []],
    ['Note client', (c, o, r) => v.pick(r, ['', '', '5', '4', '3']), []],
    ['Commentaire', (c, o, r) => v.pick(r, ['', '', 'Sans oignons svp', 'Bien cuit', 'Appeler en arrivant']), []],
  ] },
]
