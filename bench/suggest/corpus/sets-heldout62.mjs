// Round 62, heldout62: held-out sets written apart from the suggester and any tuning, scored once at the end. Same
// format as sets.mjs (sources in ../README.md): header as the product exports it, one value generator per column in the
// product's formats, the accepted destinations ([] = nothing fits) and 'opt' for borderline columns. Brazilian and
// Italian payment providers, loyalty, analytics, B2B lead tools and marketplaces; headers in Portuguese and Italian.
import { E, B, v, f, at, B2BID, PL, OR, SHIP, BILL, GEO, opt } from './sets.mjs'
import { slug } from './values10.mjs'
import { pad, shift } from './values.mjs'

const dst = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 }
// Brasília (UTC-3, no summer time)
const brt = (ms) => shift(ms, -3)
const brDate = (ms) => { const p = brt(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const brTime = (ms) => { const p = brt(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const brSec = (ms) => { const p = brt(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const brl = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')
const rs = (n) => `R$ ${brl(n)}`
const digits = (s) => s.replace(/\D/g, '')
const cpf = (c) => { const n = String(100000000 + (+c.id * 7919) % 899999999); return `${n.slice(0, 3)}.${n.slice(3, 6)}.${n.slice(6, 9)}-${pad(+c.id % 97)}` }
const cnpj = (c) => { const n = String(10000000 + (+c.id * 104729) % 89999999); return `${n.slice(0, 2)}.${n.slice(2, 5)}.${n.slice(5, 8)}/0001-${pad(+c.id % 89 + 10)}` }
const cep = (c) => digits(c.postcode)
const brCo = (c) => ['Comercial Ipê Ltda', 'Alfa Soluções em TI Ltda', 'Padaria Pão Dourado ME', 'Construtora Horizonte S.A.', 'Agro Vale Verde Ltda', 'Clínica Sorriso Eireli'][+c.id % 6]
const brFant = (c) => ['Ipê Utilidades', 'Alfa TI', 'Pão Dourado', 'Horizonte Obras', 'Vale Verde Agro', 'Sorriso Odonto'][+c.id % 6]
const brSite = (c) => `www.${slug(brFant(c))}.com.br`
// Rome (UTC+1, summer UTC+2)
const rome = (ms) => shift(ms, dst(ms) ? 2 : 1)
const itDate = (ms) => { const p = rome(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const itTime = (ms) => { const p = rome(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const itSec = (ms) => { const p = rome(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const eur = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')
const piva = (c) => pad((+c.id * 7907) % 100000000000, 11)
const itCo = (c) => ['Officine Meccaniche Brambilla S.r.l.', 'Tipografia Moderna S.n.c.', 'Studio Associato Conti', 'Logistica Adriatica S.p.A.', 'Caseificio Val Padana S.r.l.', 'Edil Costruzioni Sud S.r.l.'][+c.id % 6]
const itWeb = (c) => `www.${slug(itCo(c)).slice(0, 14)}.it`
const itMail = (c) => `${slug(c.first)}.${slug(c.last)}@${slug(itCo(c)).slice(0, 14)}.it`
const ATECO = ['25.62.00 - Lavori di meccanica generale', '18.12.00 - Altra stampa', '69.20.11 - Servizi forniti da commercialisti', '52.29.22 - Servizi logistici', '10.51.20 - Produzione dei derivati del latte', '41.20.00 - Costruzione di edifici']
const ateco = (c) => ATECO[+c.id % 6]
const FORMA = ['Società a responsabilità limitata', 'Società in nome collettivo', 'Studio associato', 'Società per azioni', 'Società a responsabilità limitata', 'Società a responsabilità limitata']
const RUOLO = ['Amministratore Unico', 'Socio Amministratore', 'Direttore Commerciale', 'Responsabile Acquisti', 'Presidente del Consiglio di Amministrazione', 'Direttore Generale']
const CARGO = ['Sócio-Administrador', 'Diretor', 'Sócio', 'Administrador', 'Presidente', 'Sócio-Gerente']

// Speedio: a lead list of Brazilian companies and their partners (Speedio > Minhas listas > Exportar, Excel; Portuguese UI).
// Casa dos Dados: see CNAE below. Atoka and Cerved: Italian companies and contacts, ATECO codes and legal forms above.
// InfinitePay: a São Paulo café's sales (app/web InfinitePay > Vendas > Exportar relatório, CSV; Portuguese UI).
const IP_MEIO = ['Crédito', 'Crédito', 'Débito', 'Pix', 'Crédito', 'Link de pagamento']
const ipMeio = (o) => IP_MEIO[+o.id % IP_MEIO.length]
const ipParc = (o) => (ipMeio(o) === 'Crédito' && +o.id % 3 === 0 ? 1 + (+o.id % 6) : 1)
const ipAmt = (o) => +(o.total * 1.3).toFixed(2)
const ipFee = (o) => +(ipAmt(o) * (ipMeio(o) === 'Pix' ? 0 : ipMeio(o) === 'Débito' ? 0.0137 : 0.0315)).toFixed(2)
const ipSt = (o) => (+o.id % 11 === 3 ? 'Estornada' : +o.id % 13 === 5 ? 'Recusada' : 'Aprovada')
// Elo7: orders of a handmade-party-favours shop (Elo7 > Minha loja > Pedidos > Exportar pedidos, CSV; Portuguese UI).
const E7_ST = ['Entregue', 'Entregue', 'Enviado', 'Em produção', 'Aguardando pagamento', 'Cancelado']
const e7St = (o) => E7_ST[+o.id % E7_ST.length]
const e7Unit = (o) => +(o.price * 2.4).toFixed(2)
const e7Items = (o) => +(e7Unit(o) * o.qty).toFixed(2)
const e7Frete = (o) => (o.shipping ? 18.9 : 0)
const E7_PROD = ['Lembrancinha Maternidade Personalizada', 'Caixa Milk Festa Infantil', 'Topo de Bolo Personalizado', 'Kit Mini Vela Aromática', 'Sabonete Artesanal Batizado']
// Smiles: a partner e-commerce's accrual file (Smiles Parceiros > Portal do Parceiro > Relatórios > Acúmulos, CSV; Portuguese).
const SM_ST = ['Creditado', 'Creditado', 'Creditado', 'Pendente', 'Rejeitado', 'Estornado']
const smSt = (o) => SM_ST[+o.id % SM_ST.length]
const smAmt = (o) => +(o.total * 3).toFixed(2)
// Enjoei: a second-hand seller's sales (enjoei > minha loja > vendas > baixar planilha, CSV; Portuguese UI).
const EJ_ST = ['entregue', 'entregue', 'a caminho', 'aguardando envio', 'cancelada', 'devolvida']
const ejSt = (o) => EJ_ST[+o.id % EJ_ST.length]
const EJ_PROD = ['vestido midi floral farm', 'tênis nike air max 90', 'bolsa couro arezzo', 'jaqueta jeans levis', 'livro o hobbit capa dura']
const ejPrice = (o) => +(40 + (+o.id % 30) * 9.5).toFixed(2)
// Casa dos Dados: companies found by CNAE and city (Casa dos Dados > Pesquisa avançada > Exportar, CSV; Portuguese UI).
const CNAE = ['4712-1/00 - Comércio varejista de mercadorias em geral', '6201-5/01 - Desenvolvimento de programas de computador sob encomenda', '1091-1/02 - Fabricação de produtos de padaria e confeitaria', '4120-4/00 - Construção de edifícios', '0115-6/00 - Cultivo de soja', '8630-5/04 - Atividade odontológica']
// Atoka: Italian companies with a contact person (Atoka > Ricerca aziende > Esporta, Excel; Italian UI).
// Cerved: a marketing list of Italian decision makers (Cerved Marketing Solutions / Cerved Lead Generation > Esporta lista, Excel).
// ShinyStat: an Italian news site's visit log (ShinyStat Business > Ultimi visitatori > Esporta CSV; Italian UI).
const SS_BR = ['Chrome', 'Safari', 'Chrome Mobile', 'Firefox', 'Edge', 'Samsung Internet']
const SS_OS = ['Windows 10', 'iOS 17', 'Android 14', 'Mac OS X', 'Windows 11', 'Android 13']
const SS_DEV = ['Desktop', 'Smartphone', 'Smartphone', 'Desktop', 'Desktop', 'Tablet']
const SS_PAGE = ['/', '/cronaca/2024/incidente-tangenziale', '/sport/calcio/serie-a-risultati', '/meteo', '/economia/bonus-casa-2025']
const SS_REF = ['https://www.google.it/', '', 'https://www.facebook.com/', 'https://news.google.com/', 'https://t.co/']
const SS_CITY = [['Milano', 'Lombardia'], ['Roma', 'Lazio'], ['Napoli', 'Campania'], ['Torino', 'Piemonte'], ['Bologna', 'Emilia-Romagna']]
// Pluxee (ex Sodexo Pass): a Milan restaurant's meal-voucher transactions (Pluxee Area Esercenti > Transazioni > Esporta, Excel).
const PX_PROD = ['Pluxee Card', 'Pluxee Card', 'Pluxee Card Elettronico', 'Buono Pasto Cartaceo']
const pxFace = (o) => [8, 7, 10, 5.29][+o.id % 4]
const pxQty = (o) => 1 + (+o.id % 8)
const pxAmt = (o) => +(pxFace(o) * pxQty(o)).toFixed(2)
// HeyLight (ex PagoLight, HeidiPay's buy-now-pay-later and instalments): an Italian furniture shop's orders
// (HeyLight Merchant Portal > Ordini > Esporta, CSV; Italian UI).
const HL_ST = ['Completato', 'Completato', 'In attesa', 'Annullato', 'Rimborsato', 'Completato']
const hlSt = (o) => HL_ST[+o.id % HL_ST.length]
const hlAmt = (o) => +(o.total * 12).toFixed(2)
const hlRate = (o) => [3, 6, 10, 12, 24][+o.id % 5]
// Edenred Italia: a supermarket's Ticket Restaurant transactions (Edenred Area Affiliati > Le mie transazioni > Esporta, Excel).
const ED_PROD = ['Ticket Restaurant®', 'Ticket Restaurant®', 'Ticket Compliments®', 'Ticket Restaurant® Smart']

export const SETS = [
  // ---------------------------------------------------------------- B2B lead lists
  { name: 'speedio-leads-pt', product: 'Speedio (Minhas listas > Exportar, Excel; Portuguese UI, a Brazilian software reseller\'s prospect list, one row per company partner)', family: 'b2b', language: 'pt', schema: B, cols: [
    ['CNPJ', (c) => cnpj(c), [], opt],
    ['Razão Social', (c) => brCo(c), ['b2b.companyName', 'organizations[0]']],
    ['Nome Fantasia', (c) => brFant(c), ['b2b.companyName', 'organizations[0]'], opt],
    ['Situação Cadastral', () => 'ATIVA', []],
    ['Data de Abertura', (c) => brDate(c.birth + 20 * 365 * 86400000), []],
    ['CNAE Principal', (c) => CNAE[+c.id % 6], []],
    ['Porte', (c) => ['ME', 'EPP', 'DEMAIS', 'ME'][+c.id % 4], []],
    ['Faturamento Estimado', (c) => ['Até R$ 360 mil', 'De R$ 360 mil a R$ 4,8 milhões', 'Acima de R$ 4,8 milhões'][+c.id % 3], []],
    ['Qtd. Funcionários', (c) => ['1 a 9', '10 a 49', '50 a 99', '100 a 499'][+c.id % 4], []],
    ['Nome do Sócio', (c) => c.full.toUpperCase(), ['person.name.fullName']],
    ['Cargo do Sócio', (c) => CARGO[+c.id % 6], ['extendedWorkDetails.jobTitle']],
    ['E-mail', (c) => `contato@${slug(brFant(c))}.com.br`, ['workEmail.address']],
    ['Telefone 1', (c) => c.phone, ['workPhone.number']],
    ['Telefone 2', (c, o, r) => (r() < 0.5 ? c.phone : ''), ['workPhone.number'], opt],
    ['Celular', (c) => c.mobile, ['mobilePhone.number']],
    ['WhatsApp', (c) => (c.bool ? 'Sim' : 'Não'), []],
    ['Site', (c) => brSite(c), ['b2b.companyWebsite']],
    ['Logradouro', (c) => c.street, ['workAddress.street1']],
    ['Bairro', (c) => ['Centro', 'Pinheiros', 'Savassi', 'Batel', 'Moinhos de Vento'][+c.id % 5], ['workAddress.street2'], opt],
    ['Município', (c) => c.city, ['workAddress.city']],
    ['UF', (c) => c.region, ['workAddress.stateProvince', 'workAddress.state']],
    ['CEP', (c) => cep(c), ['workAddress.postalCode']],
    ['LinkedIn', (c, o, r) => (r() < 0.4 ? `https://www.linkedin.com/company/${slug(brFant(c))}` : ''), []],
  ] },
  { name: 'casadosdados-empresas-pt', product: 'Casa dos Dados (Pesquisa avançada de empresas > Exportar, CSV; Portuguese UI, companies by CNAE and city exported by a Brazilian B2B sales team)', family: 'b2b', language: 'pt', schema: B, cols: [
    ['cnpj', (c) => digits(cnpj(c)), [], opt],
    ['razao_social', (c) => brCo(c).toUpperCase(), ['b2b.companyName', 'organizations[0]']],
    ['nome_fantasia', (c) => brFant(c).toUpperCase(), ['b2b.companyName', 'organizations[0]'], opt],
    ['situacao_cadastral', () => 'ATIVA', []],
    ['data_situacao_cadastral', (c) => f.ymd(c.updated), []],
    ['data_abertura', (c) => f.ymd(c.created), []],
    ['natureza_juridica', (c) => ['206-2 - Sociedade Empresária Limitada', '213-5 - Empresário (Individual)', '205-4 - Sociedade Anônima Fechada'][+c.id % 3], []],
    ['capital_social', (c) => String(10000 * (1 + (+c.id % 50))), []],
    ['porte', (c) => ['MICRO EMPRESA', 'EMPRESA DE PEQUENO PORTE', 'DEMAIS'][+c.id % 3], []],
    ['opcao_simples', (c) => (c.bool ? 'S' : 'N'), []],
    ['cnae_principal_codigo', (c) => digits(CNAE[+c.id % 6].slice(0, 9)), []],
    ['cnae_principal_descricao', (c) => CNAE[+c.id % 6].slice(12), []],
    ['logradouro', (c) => c.street.replace(/, \d+$/, '').toUpperCase(), ['workAddress.street1']],
    ['numero', (c) => c.street.replace(/^.*, /, ''), [], opt],
    ['complemento', (c, o, r) => (r() < 0.3 ? `SALA ${v.int(r, 1, 40)}` : ''), ['workAddress.street2'], opt],
    ['bairro', (c) => ['CENTRO', 'PINHEIROS', 'SAVASSI', 'BATEL'][+c.id % 4], [], opt],
    ['municipio', (c) => c.city.toUpperCase(), ['workAddress.city']],
    ['uf', (c) => c.region, ['workAddress.stateProvince', 'workAddress.state']],
    ['cep', (c) => cep(c), ['workAddress.postalCode']],
    ['telefone_1', (c) => digits(c.phone), ['workPhone.number']],
    ['telefone_2', (c, o, r) => (r() < 0.3 ? digits(c.mobile) : ''), ['mobilePhone.number', 'workPhone.number'], opt],
    ['email', (c) => `financeiro@${slug(brFant(c))}.com.br`, ['workEmail.address']],
    ['quadro_societario', (c) => `${c.full.toUpperCase()} - ${CARGO[+c.id % 6]}`, [], opt],
  ] },
  { name: 'atoka-aziende-it', product: 'Atoka (Ricerca aziende > Esporta, Excel; Italian UI, an industrial supplier\'s prospect list with one contact person per company)', family: 'b2b', language: 'it', schema: B, cols: [
    ['ID Atoka', (c, o, r) => v.hex(r, 10), B2BID],
    ['Ragione sociale', (c) => itCo(c), ['b2b.companyName', 'organizations[0]']],
    ['Partita IVA', (c) => piva(c), [], opt],
    ['Codice fiscale', (c) => piva(c), [], opt],
    ['Forma giuridica', (c) => FORMA[+c.id % 6], []],
    ['Stato attività', () => 'Attiva', []],
    ['Anno di fondazione', (c) => String(1960 + (+c.id % 60)), []],
    ['Codice ATECO', (c) => ateco(c).slice(0, 8), []],
    ['Descrizione ATECO', (c) => ateco(c).slice(11), []],
    ['Fatturato (€)', (c) => eur(250000 + (+c.id % 97) * 131000), []],
    ['Dipendenti', (c) => String(3 + (+c.id % 240)), []],
    ['Indirizzo sede legale', (c) => c.street, ['workAddress.street1']],
    ['CAP', (c) => c.postcode, ['workAddress.postalCode']],
    ['Comune', (c) => c.city, ['workAddress.city']],
    ['Provincia', (c) => c.region, ['workAddress.stateProvince', 'workAddress.state']],
    ['Regione', (c) => ['Lombardia', 'Lazio', 'Piemonte', 'Campania', 'Emilia-Romagna', 'Toscana'][+c.id % 6], [], opt],
    ['Sito web', (c) => itWeb(c), ['b2b.companyWebsite']],
    ['Email', (c) => `info@${slug(itCo(c)).slice(0, 14)}.it`, ['workEmail.address']],
    ['PEC', (c) => `${slug(itCo(c)).slice(0, 14)}@pec.it`, [], opt],
    ['Telefono', (c) => c.phone, ['workPhone.number']],
    ['Nome', (c) => c.first, ['person.name.firstName']],
    ['Cognome', (c) => c.last, ['person.name.lastName']],
    ['Ruolo', (c) => RUOLO[+c.id % 6], ['extendedWorkDetails.jobTitle']],
    ['LinkedIn', (c, o, r) => (r() < 0.5 ? `https://www.linkedin.com/in/${slug(c.first)}-${slug(c.last)}` : ''), []],
  ] },
  { name: 'cerved-contatti-it', product: 'Cerved (Cerved Marketing Solutions, lista di decision maker > Esporta, Excel; Italian UI, a software house\'s campaign list)', family: 'b2b', language: 'it', schema: B, cols: [
    ['Codice Cerved', (c) => String(1000000 + +c.id), B2BID],
    ['Denominazione', (c) => itCo(c).toUpperCase(), ['b2b.companyName', 'organizations[0]']],
    ['Partita IVA', (c) => piva(c), [], opt],
    ['Titolo', (c) => (c.female ? 'Dott.ssa' : 'Dott.'), ['person.name.courtesyTitle']],
    ['Nome', (c) => c.first, ['person.name.firstName']],
    ['Cognome', (c) => c.last, ['person.name.lastName']],
    ['Sesso', (c) => (c.female ? 'F' : 'M'), ['person.gender']],
    ['Funzione aziendale', (c) => ['Direzione Generale', 'Amministrazione e Finanza', 'Acquisti', 'IT', 'Marketing'][+c.id % 5], [], opt],
    ['Qualifica', (c) => RUOLO[+c.id % 6], ['extendedWorkDetails.jobTitle']],
    ['E-mail nominativa', (c) => itMail(c), ['workEmail.address']],
    ['Telefono', (c) => c.phone, ['workPhone.number']],
    ['Cellulare', (c, o, r) => (r() < 0.4 ? c.mobile : ''), ['mobilePhone.number']],
    ['Indirizzo', (c) => c.street, ['workAddress.street1']],
    ['CAP', (c) => c.postcode, ['workAddress.postalCode']],
    ['Località', (c) => c.city, ['workAddress.city']],
    ['Sigla provincia', (c) => c.region, ['workAddress.stateProvince', 'workAddress.state']],
    ['Settore', (c) => ateco(c).slice(11), []],
    ['Classe di fatturato', (c) => ['2-5 mln €', '5-10 mln €', '10-50 mln €', '< 2 mln €'][+c.id % 4], []],
    ['Classe addetti', (c) => ['10-19', '20-49', '50-249', '250+'][+c.id % 4], []],
    ['Cerved Score', (c) => ['SICUREZZA', 'SOLVIBILITÀ', 'VULNERABILITÀ', 'RISCHIO'][+c.id % 4], []],
    ['Consenso privacy', (c) => (c.bool ? 'SI' : 'NO'), [], opt],
    ['Data aggiornamento', (c) => itDate(c.updated), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },

  // ---------------------------------------------------------------- payments
  { name: 'infinitepay-vendas-pt', product: 'InfinitePay (app/web > Vendas > Exportar relatório, CSV; Portuguese UI, a São Paulo café\'s card, Pix and payment-link sales)', family: 'payments', language: 'pt', schema: E, cols: [
    ['Data', (c, o) => brDate(o.at), ['timestamp'], opt],
    ['Hora', (c, o) => { const p = brt(o.at); return `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }, [], opt],
    ['ID da transação', (c, o, r) => `${v.int(r, 100000000, 999999999)}`, [OR('payments[0].transactionID'), '_id']],
    ['NSU', (c, o, r) => String(v.int(r, 100000, 999999)), [], opt],
    ['Código de autorização', (c, o, r) => (ipMeio(o) === 'Pix' ? '' : v.alnum(r, 6).toUpperCase()), []],
    ['Meio de pagamento', (c, o) => ipMeio(o), [OR('payments[0].paymentType')]],
    ['Bandeira', (c, o) => (['Crédito', 'Débito'].includes(ipMeio(o)) ? ['Visa', 'Mastercard', 'Elo', 'Visa', 'Hipercard'][+o.id % 5] : ''), [OR('payments[0].paymentType')], opt],
    ['Final do cartão', (c, o, r) => (['Crédito', 'Débito'].includes(ipMeio(o)) ? String(v.int(r, 1000, 9999)) : ''), []],
    ['Parcelas', (c, o) => String(ipParc(o)), []],
    ['Valor bruto', (c, o) => rs(ipAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Taxa', (c, o) => rs(ipFee(o)), []],
    ['Valor líquido', (c, o) => rs(ipAmt(o) - ipFee(o)), []],
    ['Status', (c, o) => ipSt(o), [], opt],
    ['Canal', (c, o) => (ipMeio(o) === 'Link de pagamento' ? 'Link' : ['Maquininha', 'InfiniteTap', 'Maquininha'][+o.id % 3]), [], opt],
    ['Número de série', (c, o, r) => `IP${v.int(r, 1000000, 9999999)}`, []],
    ['Previsão de recebimento', (c, o) => brDate(o.at + 86400000), []],
    ['Nome do cliente', (c, o) => (ipMeio(o) === 'Pix' || ipMeio(o) === 'Link de pagamento' ? c.full : ''), []],
    ['Documento do cliente', (c, o) => (ipMeio(o) === 'Pix' ? cpf(c) : ''), []],
    ['Descrição', (c, o) => (ipMeio(o) === 'Link de pagamento' ? `Encomenda bolo #${o.id}` : ''), [], opt],
  ] },
  { name: 'pluxee-transazioni-it', product: 'Pluxee (ex Sodexo Buoni Pasto; Area Esercenti > Transazioni > Esporta Excel; Italian UI, a Milan restaurant accepting meal vouchers at two POS)', family: 'payments', language: 'it', schema: E, cols: [
    ['Data transazione', (c, o) => itSec(o.at), ['timestamp']],
    ['ID transazione', (c, o, r) => String(v.int(r, 100000000, 999999999)), [OR('payments[0].transactionID'), '_id']],
    ['Codice affiliato', () => '0045127', []],
    ['Punto vendita', (c, o) => ['Trattoria Da Gino - Via Tortona', 'Trattoria Da Gino - Isola'][+o.id % 2], [], opt],
    ['ID terminale', (c, o) => ['PX001872', 'PX001873'][+o.id % 2], []],
    ['Prodotto', (c, o) => PX_PROD[+o.id % 4], [OR('payments[0].paymentType')], opt],
    ['Tipo operazione', (c, o) => (+o.id % 15 === 7 ? 'Storno' : 'Pagamento'), [], opt],
    ['Numero buoni', (c, o) => String(pxQty(o)), []],
    ['Valore facciale (€)', (c, o) => eur(pxFace(o)), []],
    ['Importo (€)', (c, o) => eur(pxAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Commissione (€)', (c, o) => eur(pxAmt(o) * 0.05), []],
    ['Importo netto (€)', (c, o) => eur(pxAmt(o) * 0.95), []],
    ['Numero carta', (c, o, r) => (PX_PROD[+o.id % 4] === 'Buono Pasto Cartaceo' ? '' : `****${v.int(r, 1000, 9999)}`), []],
    ['Stato', (c, o) => (+o.id % 15 === 7 ? 'Stornata' : 'Contabilizzata'), [], opt],
    ['Data rimborso', (c, o) => itDate(o.at + 30 * 86400000), []],
    ['Numero fattura', (c, o) => `FT${rome(o.at).y}/${pad(+o.id % 9000, 5)}`, []],
  ] },
  { name: 'edenred-transazioni-it', product: 'Edenred Italia (Area Affiliati > Le mie transazioni > Esporta, Excel; Italian UI, a supermarket chain accepting Ticket Restaurant cards)', family: 'payments', language: 'it', schema: E, cols: [
    ['Data', (c, o) => itDate(o.at), ['timestamp'], opt],
    ['Ora', (c, o) => { const p = rome(o.at); return `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }, [], opt],
    ['Codice transazione', (c, o, r) => `ED${v.int(r, 10000000, 99999999)}`, [OR('payments[0].transactionID'), '_id']],
    ['Codice locale', (c, o) => ['IT0831774', 'IT0831775', 'IT0831780'][+o.id % 3], []],
    ['Insegna', (c, o) => ['Market Più Bergamo', 'Market Più Brescia', 'Market Più Lecco'][+o.id % 3], [], opt],
    ['Matricola POS', (c, o, r) => String(v.int(r, 10000000, 99999999)), []],
    ['Prodotto', (c, o) => ED_PROD[+o.id % 4], [OR('payments[0].paymentType')], opt],
    ['Tipologia', (c, o) => (+o.id % 17 === 2 ? 'Annullo' : 'Vendita'), [], opt],
    ['Quantità buoni', (c, o) => String(1 + (+o.id % 8)), []],
    ['Importo lordo', (c, o) => eur(8 * (1 + (+o.id % 8))), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Divisa', () => 'EUR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['PAN mascherato', (c, o, r) => `5350 **** **** ${v.int(r, 1000, 9999)}`, []],
    ['Esito', (c, o) => (+o.id % 19 === 4 ? 'KO - Saldo insufficiente' : 'OK'), [], opt],
    ['Stato rimborso', (c, o) => ['Rimborsato', 'Da rimborsare', 'Rimborsato'][+o.id % 3], []],
    ['Rif. fattura', (c, o) => (+o.id % 3 === 1 ? '' : `ED-${rome(o.at).y}-${pad(+o.id % 9999, 6)}`), []],
  ] },
  { name: 'heylight-ordini-it', product: 'HeyLight (BNPL; HeyLight Merchant Portal > Ordini > Esporta CSV; Italian UI, an Italian furniture shop\'s instalment orders)', family: 'payments', language: 'it', schema: E, cols: [
    ['ID ordine HeyLight', (c, o, r) => v.uuid(r), [OR('payments[0].transactionID'), '_id']],
    ['Riferimento ordine', (c, o) => `ARR-${100000 + +o.id}`, [OR('purchaseID')]],
    ['Data creazione', (c, o) => itTime(o.at), ['timestamp', OR('createdDate')]],
    ['Ultimo aggiornamento', (c, o) => itTime(o.at + 3 * 86400000), [OR('lastUpdatedDate')], opt],
    ['Stato', (c, o) => hlSt(o), [], opt],
    ['Prodotto', (c, o) => (hlRate(o) >= 10 ? 'HeyLight Credit' : 'HeyLight Pay in 3'), [OR('payments[0].paymentType')], opt],
    ['Importo totale', (c, o) => eur(hlAmt(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Valuta', () => 'EUR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Numero rate', (c, o) => String(hlRate(o)), []],
    ['Importo rimborsato', (c, o) => (hlSt(o) === 'Rimborsato' ? eur(hlAmt(o)) : '0,00'), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['Commissione esercente', (c, o) => eur(hlAmt(o) * 0.045), []],
    ['Nome cliente', (c) => c.first, []],
    ['Cognome cliente', (c) => c.last, []],
    ['Email cliente', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefono cliente', (c) => c.mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Indirizzo di spedizione', (c) => c.street, [SHIP('street1')]],
    ['CAP', (c) => c.postcode, [SHIP('postalCode')]],
    ['Città', (c) => c.city, [SHIP('city')]],
    ['Provincia', (c) => c.region, [SHIP('stateProvince'), SHIP('state')]],
    ['Punto vendita', (c, o) => (+o.id % 4 === 0 ? 'Negozio Monza' : 'E-commerce'), [], opt],
  ] },

  // ---------------------------------------------------------------- marketplaces / e-commerce orders
  { name: 'elo7-pedidos-pt', product: 'Elo7 (Minha loja > Pedidos > Exportar pedidos, CSV; Portuguese UI, a Brazilian shop of personalised party favours, one row per order line)', family: 'ecommerce-orders', language: 'pt', schema: E, cols: [
    ['Número do pedido', (c, o) => `E7${3000000 + +o.id}`, [OR('purchaseID'), '_id']],
    ['Data do pedido', (c, o) => brTime(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o) => e7St(o), [], opt],
    ['Comprador', (c) => c.full, []],
    ['E-mail do comprador', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefone', (c) => c.mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['CPF', (c) => cpf(c), []],
    ['Produto', (c, o) => E7_PROD[+o.id % E7_PROD.length], [PL('name')]],
    ['Código do produto', (c, o, r) => String(v.int(r, 10000000, 99999999)), [PL('SKU')]],
    ['Variação', (c, o) => ['Rosa', 'Azul', 'Dourado', ''][+o.id % 4], [], opt],
    ['Personalização', (c, o) => (+o.id % 2 ? `Nome: ${c.first} - 1 aninho` : ''), []],
    ['Quantidade', (c, o) => String(o.qty * 10), [PL('quantity')]],
    ['Valor unitário', (c, o) => brl(e7Unit(o) / 10), []],
    ['Valor dos produtos', (c, o) => brl(e7Items(o)), [PL('priceTotal')]],
    ['Frete', (c, o) => brl(e7Frete(o)), [], opt],
    ['Desconto', (c, o) => brl(o.discount), [OR('discountAmount')]],
    ['Valor total', (c, o) => brl(e7Items(o) + e7Frete(o) - o.discount), [OR('priceTotal')]],
    ['Forma de pagamento', (c, o) => ['Cartão de crédito', 'Pix', 'Boleto', 'Cartão de crédito'][+o.id % 4], [OR('payments[0].paymentType')]],
    ['Forma de envio', (c, o) => ['Correios PAC', 'Correios SEDEX', 'Retirada em mãos', 'Correios PAC'][+o.id % 4], [], opt],
    ['Código de rastreio', (c, o, r) => (['Enviado', 'Entregue'].includes(e7St(o)) ? `Q${v.alnum(r, 9).toUpperCase()}BR` : ''), [], opt],
    ['Endereço', (c) => c.street, [SHIP('street1')]],
    ['Complemento', (c) => c.street2, [SHIP('street2')]],
    ['Bairro', (c) => ['Centro', 'Vila Mariana', 'Tijuca', 'Savassi'][+c.id % 4], [], opt],
    ['Cidade', (c) => c.city, [SHIP('city')]],
    ['Estado', (c) => c.region, [SHIP('stateProvince'), SHIP('state')]],
    ['CEP', (c) => c.postcode, [SHIP('postalCode')]],
    ['Prazo de produção', (c, o) => `${5 + (+o.id % 10)} dias úteis`, []],
  ] },
  { name: 'enjoei-vendas-pt', product: 'enjoei (minha loja > vendas > baixar planilha, CSV; Portuguese UI in lower case, a second-hand clothing seller)', family: 'ecommerce-orders', language: 'pt', schema: E, cols: [
    ['id da venda', (c, o, r) => String(v.int(r, 60000000, 99999999)), [OR('purchaseID'), '_id']],
    ['data da venda', (c, o) => brSec(o.at), ['timestamp', OR('createdDate')]],
    ['status', (c, o) => ejSt(o), [], opt],
    ['produto', (c, o) => EJ_PROD[+o.id % EJ_PROD.length], [PL('name')]],
    ['id do produto', (c, o, r) => String(v.int(r, 10000000, 99999999)), [PL('SKU')]],
    ['categoria', (c, o) => ['roupas femininas', 'calçados masculinos', 'bolsas', 'roupas masculinas', 'livros'][+o.id % 5], [`${PL('productCategories[0].categoryName')}`]],
    ['tamanho', (c, o) => ['M', '42', 'U', 'G', ''][+o.id % 5], []],
    ['preço', (c, o) => brl(ejPrice(o)), [PL('priceTotal'), OR('priceTotal')]],
    ['cupom', (c, o) => (o.coupon ? 'ENJU10' : ''), [], opt],
    ['comissão enjoei', (c, o) => brl(ejPrice(o) * 0.2 + 5.5), []],
    ['valor a receber', (c, o) => brl(ejPrice(o) * 0.8 - 5.5), []],
    ['comprador', (c) => `@${slug(c.first)}${slug(c.last).slice(0, 4)}`, []],
    ['frete', (c, o) => ['enjoei envios - correios', 'enjoei envios - jadlog', 'retirada'][+o.id % 3], [], opt],
    ['código de rastreio', (c, o, r) => (['entregue', 'a caminho'].includes(ejSt(o)) ? `NX${v.int(r, 100000000, 999999999)}BR` : ''), [], opt],
    ['cidade', (c) => c.city, [SHIP('city')]],
    ['estado', (c) => c.region, [SHIP('stateProvince'), SHIP('state')]],
    ['data de liberação do saldo', (c, o) => (ejSt(o) === 'entregue' ? brDate(o.at + 10 * 86400000) : ''), []],
  ] },

  // ---------------------------------------------------------------- loyalty
  { name: 'smiles-acumulos-pt', product: 'Smiles (programa de fidelidade GOL; Portal do Parceiro > Relatórios > Acúmulos, CSV; Portuguese, a partner online shop crediting miles)', family: 'loyalty', language: 'pt', schema: E, cols: [
    ['Data da transação', (c, o) => brDate(o.at), ['timestamp'], opt],
    ['Data do crédito', (c, o) => (smSt(o) === 'Creditado' ? brDate(o.at + 20 * 86400000) : ''), [], opt],
    ['Número Smiles', (c, o, r) => String(v.int(r, 100000000, 999999999)), [], opt],
    ['CPF', (c) => digits(cpf(c)), []],
    ['Nome do participante', (c) => c.full.toUpperCase(), []],
    ['Código do parceiro', () => '8841', []],
    ['Número do pedido', (c, o) => `LJ${500000 + +o.id}`, [OR('purchaseID')]],
    ['Código da transação', (c, o, r) => v.alnum(r, 16).toUpperCase(), ['_id'], opt],
    ['Valor da compra (R$)', (c, o) => brl(smAmt(o)), [OR('priceTotal')]],
    ['Milhas por real', (c, o) => ['2', '3', '5'][+o.id % 3], []],
    ['Milhas', (c, o) => String(Math.floor(smAmt(o)) * [2, 3, 5][+o.id % 3]), []],
    ['Tipo de acúmulo', (c, o) => (+o.id % 7 === 1 ? 'Bônus Clube Smiles' : 'Compra'), [], opt],
    ['Campanha', (c, o) => (+o.id % 4 === 0 ? 'Black Friday 5x' : ''), ['marketing.campaignName'], opt],
    ['Status', (c, o) => smSt(o), [], opt],
    ['Motivo da rejeição', (c, o) => (smSt(o) === 'Rejeitado' ? 'Número Smiles inválido' : ''), []],
  ] },

  // ---------------------------------------------------------------- analytics
  { name: 'shinystat-visite-it', product: 'ShinyStat (ShinyStat Business > Ultimi visitatori > Esporta CSV; Italian UI, an Italian local news site)', family: 'analytics', language: 'it', schema: E, cols: [
    ['Data e ora', (c, o) => itSec(o.at), ['timestamp']],
    ['ID visitatore', (c, o, r) => v.hex(r, 16), [], opt],
    ['Indirizzo IP', (c, o, r) => `${v.int(r, 79, 95)}.${v.int(r, 0, 255)}.${v.int(r, 0, 255)}.xxx`, [], opt],
    ['Provider', (c, o) => ['Telecom Italia', 'Vodafone Italia', 'Wind Tre', 'Fastweb', 'Iliad Italia'][+o.id % 5], ['environment.ISP']],
    ['Nazione', () => 'Italia', [GEO('countryCode')], opt],
    ['Regione', (c, o) => SS_CITY[+o.id % 5][1], [GEO('stateProvince')]],
    ['Città', (c, o) => SS_CITY[+o.id % 5][0], [GEO('city')]],
    ['Pagina', (c, o) => `https://www.gazzettalocale.it${SS_PAGE[+o.id % 5]}`, ['web.webPageDetails.URL']],
    ['Titolo pagina', (c, o) => ['Home', 'Incidente in tangenziale, code', 'Serie A: risultati', 'Meteo', 'Bonus casa 2025: le novità'][+o.id % 5], ['web.webPageDetails.name']],
    ['Provenienza', (c, o) => SS_REF[+o.id % 5], ['web.webReferrer.URL']],
    ['Motore di ricerca', (c, o) => (+o.id % 5 === 0 ? 'Google' : ''), [], opt],
    ['Browser', (c, o) => SS_BR[+o.id % 6], ['environment.browserDetails.name']],
    ['Sistema operativo', (c, o) => SS_OS[+o.id % 6], ['environment.operatingSystem']],
    ['Dispositivo', (c, o) => SS_DEV[+o.id % 6], ['device.type']],
    ['Risoluzione', (c, o) => (SS_DEV[+o.id % 6] === 'Desktop' ? '1920x1080' : '390x844'), [], opt],
    ['Lingua', () => 'it-IT', ['environment.browserDetails.acceptLanguage', 'environment._dc.language'], opt],
    ['Pagine viste', (c, o) => String(1 + (+o.id % 9)), ['web.webPageDetails.pageViews.value'], opt],
    ['Durata visita', (c, o) => `00:${pad(+o.id % 15)}:${pad(+o.id % 60)}`, [], opt],
    ['Nuovo visitatore', (c, o) => (+o.id % 3 === 0 ? 'Sì' : 'No'), []],
  ] },
]
