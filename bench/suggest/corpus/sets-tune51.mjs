// Round 51, tune51: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). Portuguese (Portugal) and African products, headers in the product's UI language.
import { E, P, B, v, B2BID, OR, SHIP, BILL, PL, HOME, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

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
const slug = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')

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
const mask = (s) => s.slice(0, s.length - 6) + '****' + s.slice(-2)

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
]
