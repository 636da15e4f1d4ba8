// Round 83, heldout83: held-out sets written blind (by a helper that never opened the suggester or a score). Same
// format as sets.mjs (sources in ../README.md). Brazilian and Portuguese CRM, e-mail marketing, loyalty, support and
// B2B tools, each with headers in its own (Portuguese) UI or API words: Desk Manager's ticket list, Reclame AQUI
// HugMe's complaints, Qualitor's service-desk tickets, Nitronews's contacts, iagente's e-mail sending report, BonifiQ's
// loyalty members, TudoAzul's partner accruals, Zoppy's retail customers, Poli Digital's WhatsApp contacts, SellFlux's
// leads, Empresaqui's company list with partners, and Bill.pt's clients (Portugal).
import { E, P, B, v, at, HOME, OR, PL, GEO, opt } from './sets.mjs'
import { pad, shift } from './values.mjs'
import { slug } from './values.mjs'

const DAY = 86400000
const n = (x) => +String(x.id ?? x).replace(/\D/g, '').slice(-6) || 1
// Brazil (BRT, UTC-3, no summer time since 2019); Portugal (WET, WEST April-October)
const brt = (ms) => shift(ms, -3)
const dmyhms = (ms) => { const p = brt(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const dmyhm = (ms) => dmyhms(ms).slice(0, 16)
const dmy = (ms) => dmyhms(ms).slice(0, 10)
const ymd = (ms) => { const p = brt(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const hms = (ms) => { const p = brt(ms); return `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const birth = (c) => dmyhms(c.birth + 12 * 3600000).slice(0, 10)
const brl = (x) => x.toFixed(2).replace('.', ',')
const brlR = (x) => `R$ ${x.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`
const cpf = (c) => { const d = String(n(c) * 1931 % 1000000000).padStart(9, '0'); return `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}-${pad(n(c) % 97)}` }
const digits = (s) => s.replace(/\D/g, '')
const cnpj = (c) => { const d = String(n(c) * 7919 % 100000000).padStart(8, '0'); return `${d.slice(0, 2)}.${d.slice(2, 5)}.${d.slice(5, 8)}/0001-${pad(n(c) % 89)}` }
const BAIRRO = ['Centro', 'Jardim Paulista', 'Savassi', 'Batel', 'Moinhos de Vento', 'Copacabana', 'Pinheiros', 'Boa Viagem']
const br = (c) => { const [street, num] = c.street.split(', '); return [street, num, n(c) % 3 === 0 ? `Apto ${10 + (n(c) % 150)}` : '', BAIRRO[n(c) % BAIRRO.length], c.city, c.region, c.postcode] }
const e164 = (c) => `+55${digits(c.mobile)}`
const fem = (c) => ['Ana', 'Mariana', 'Beatriz', 'Júlia', 'Larissa', 'Camila'].includes(c.first)
const simNao = (b) => (b ? 'Sim' : 'Não')

// Desk Manager: the ticket list of its API (ChamadosSuporte/lista, the "Colunas" switched on), flattened to CSV by the
// customer's BI export; dates yyyy-mm-dd and times apart, as the API returns them.
const DM_ST = [['Aberto', '0000001'], ['Em atendimento', '0000006'], ['Aguardando cliente', '0000004'], ['Resolvido', '0000002'], ['Resolvido', '0000002'], ['Cancelado', '0000003']]
const dmSt = (o) => DM_ST[n(o) % DM_ST.length]
const dmDone = (o) => dmSt(o)[0] === 'Resolvido' || dmSt(o)[0] === 'Cancelado'
const DM_PRI = [['Baixa', '000001'], ['Média', '000002'], ['Alta', '000003'], ['Crítica', '000004']]
const DM_GRP = [['000012', 'Suporte N1'], ['000013', 'Suporte N2'], ['000021', 'Infraestrutura'], ['000030', 'Financeiro']]
const DM_ASS = ['Erro ao emitir NF-e', 'Impressora fiscal não imprime', 'Liberar acesso ao sistema', 'PDV travando na abertura do caixa', 'Divergência no estoque', 'Boleto não gerado']
const DM_OP = [['Rafael', 'Moura'], ['Aline', 'Castro'], ['Diego', 'Ramos']]
const dmFilial = (c) => `Loja ${pad(1 + (n(c) % 40), 3)}`

// Reclame AQUI HugMe: complaints received through Reclame AQUI and the brand's own channels (Tickets > Exportar, XLSX)
const HM_RA = ['Não respondida', 'Respondida', 'Réplica do consumidor', 'Avaliada', 'Avaliada - Resolvido', 'Avaliada - Não resolvido']
const hmRa = (o) => HM_RA[n(o) % HM_RA.length]
const hmAval = (o) => hmRa(o).startsWith('Avaliada')
const HM_CAT = [['Entrega', 'Atraso na entrega'], ['Produto', 'Produto com defeito'], ['Pagamento', 'Cobrança indevida'], ['Troca e devolução', 'Estorno não realizado'], ['Atendimento', 'Falta de retorno']]
const hmCat = (o) => HM_CAT[n(o) % HM_CAT.length]
const HM_PROD = ['Fritadeira Air Fryer 4L', 'Smartphone Galaxy A15 128GB', 'Colchão Casal Molas Ensacadas', 'Geladeira Frost Free 375L', 'Notebook Ideapad 15"']

// Qualitor: service-desk tickets (Relatórios > Chamados > Exportar planilha), a facilities-and-IT outsourcing firm's clients
const QL_SIT = ['Aberto', 'Em andamento', 'Aguardando usuário', 'Encerrado', 'Encerrado', 'Cancelado']
const qlSit = (o) => QL_SIT[n(o) % QL_SIT.length]
const qlDone = (o) => qlSit(o) === 'Encerrado' || qlSit(o) === 'Cancelado'
const QL_CAT = [['Requisição', 'Acesso', 'Criação de usuário'], ['Incidente', 'Hardware', 'Notebook não liga'], ['Incidente', 'Rede', 'Sem acesso à internet'], ['Requisição', 'Software', 'Instalação de software'], ['Incidente', 'Predial', 'Ar-condicionado com defeito']]
const qlCat = (o) => QL_CAT[n(o) % QL_CAT.length]
const QL_CLI = ['Transportadora Rodomar Ltda', 'Hospital Santa Clara S/A', 'Grupo Educacional Horizonte', 'Metalúrgica Vale do Aço Ltda']

// Nitronews: e-mail marketing contacts (Contatos > Exportar, CSV)
const NN_ST = ['Ativo', 'Ativo', 'Ativo', 'Descadastrado', 'Bounce', 'Inativo']
const nnSt = (c) => NN_ST[n(c) % NN_ST.length]

// iagente: e-mail marketing sending report per recipient (Relatórios > Envios > Exportar, CSV)
const IA_CAMP = [['Newsletter Semanal #142', 'As novidades da semana chegaram!'], ['Liquida Inverno', 'Até 50% OFF em toda a loja'], ['Aniversariantes do mês', 'Um presente para você 🎁'], ['Carrinho abandonado', 'Você esqueceu algo no carrinho']]
const iaCamp = (o) => IA_CAMP[n(o) % IA_CAMP.length]
const IA_ST = ['Entregue', 'Aberto', 'Clicado', 'Aberto', 'Bounce', 'Descadastrado', 'Marcado como spam']
const iaSt = (o) => IA_ST[n(o) % IA_ST.length]
const iaOpen = (o) => ['Aberto', 'Clicado', 'Descadastrado'].includes(iaSt(o))
const iaClick = (o) => iaSt(o) === 'Clicado'
const IA_DEV = [['Chrome', 'Windows', 'Desktop'], ['Safari', 'iOS', 'Mobile'], ['Chrome', 'Android', 'Mobile'], ['Outlook', 'Windows', 'Desktop'], ['Gmail', 'Android', 'Mobile']]
const iaDev = (o) => IA_DEV[(n(o) >> 1) % IA_DEV.length]

// BonifiQ: loyalty members of a Brazilian cosmetics web shop (Clientes > Exportar, CSV)
const bqPts = (c) => (n(c) * 37) % 4200
const bqRes = (c) => (n(c) * 13) % 1500
const bqExp = (c) => (n(c) * 7) % 300
const BQ_NIV = ['Bronze', 'Prata', 'Ouro', 'Diamante']

// TudoAzul: partner accruals (Portal do Parceiro > Relatórios > Acúmulos, CSV), an online electronics shop
const TA_ST = ['Creditado', 'Creditado', 'Creditado', 'Pendente', 'Rejeitado', 'Estornado']
const taSt = (o) => TA_ST[n(o) % TA_ST.length]
const taAmt = (o) => +(o.total * 5.4).toFixed(2)
const taRate = (o) => [1, 2, 3, 5][n(o) % 4]

// Zoppy: retail CRM customers with cashback and RFM (Clientes > Exportar, XLSX)
const ZP_RFM = ['Campeões', 'Leais', 'Potenciais leais', 'Novos clientes', 'Em risco', 'Hibernando', 'Perdidos']
const zpOrders = (c) => 1 + (n(c) % 14)
const zpSpent = (c) => +(zpOrders(c) * (120 + (n(c) % 230))).toFixed(2)

// Poli Digital: WhatsApp multi-agent CRM contacts (Contatos > Exportar, XLSX)
const PO_DEP = ['Comercial', 'Suporte', 'Financeiro', 'Pós-venda']
const PO_AG = ['Fernanda Lopes', 'Gustavo Pinto', 'Renata Dias', '']

// SellFlux: marketing-automation leads of an online-course producer (Leads > Exportar, CSV)
const SF_TAG = ['lead-aula-gratuita', 'comprou-curso', 'boleto-gerado', 'carrinho-abandonado', 'lead-ebook', 'lista-espera']
const SF_SRC = [['facebook', 'cpc', 'lancamento_maio', 'video_depoimento'], ['instagram', 'bio', 'perpetuo', ''], ['google', 'cpc', 'marca', 'anuncio_texto'], ['youtube', 'organico', 'aula_1', ''], ['', '', '', '']]
const sfSrc = (c) => SF_SRC[n(c) % SF_SRC.length]

// Empresaqui: company prospecting list with one partner (sócio) per row (Pesquisa > Exportar, XLSX)
const EQ_CNAE = [['4930-2/02', 'Transporte rodoviário de carga, exceto produtos perigosos e mudanças, intermunicipal'], ['6201-5/01', 'Desenvolvimento de programas de computador sob encomenda'], ['4711-3/02', 'Comércio varejista de mercadorias em geral, com predominância de produtos alimentícios - supermercados'], ['8630-5/04', 'Atividade odontológica'], ['2512-8/00', 'Fabricação de esquadrias de metal']]
const eqCnae = (c) => EQ_CNAE[n(c) % EQ_CNAE.length]
const EQ_NAT = ['Sociedade Empresária Limitada', 'Sociedade Anônima Fechada', 'Empresário (Individual)', 'Sociedade Empresária Limitada']
const EQ_PORTE = ['ME', 'EPP', 'Demais', 'EPP']
const EQ_QUAL = ['Sócio-Administrador', 'Sócio', 'Administrador', 'Diretor', 'Presidente']
const EQ_CO = ['Rodomar', 'Horizonte Sistemas', 'Supermercado Bom Preço', 'Odonto Sorriso', 'Esquadrias Paraná', 'TransLuz Logística']
const eqCo = (c) => EQ_CO[n(c) % EQ_CO.length]
const eqRazao = (c) => `${eqCo(c).toUpperCase()} ${['LTDA', 'S/A', 'LTDA', 'COMERCIO E SERVICOS LTDA'][n(c) % 4]}`

// Bill.pt (Portugal): clients (Contactos > Clientes > Exportar, Excel), a Lisbon design studio invoicing people and firms
const PT_FIRST = ['João', 'Maria', 'Tiago', 'Inês', 'Rui', 'Catarina', 'Miguel', 'Sofia', 'Nuno', 'Beatriz']
const PT_LAST = ['Ferreira', 'Santos', 'Pereira', 'Costa', 'Rodrigues', 'Martins', 'Sousa', 'Carvalho', 'Gonçalves', 'Lopes']
const PT_PLACE = [['Lisboa', '1050-094', 'Avenida da República'], ['Porto', '4000-322', 'Rua de Santa Catarina'], ['Braga', '4710-228', 'Avenida da Liberdade'], ['Coimbra', '3000-150', 'Rua Ferreira Borges'], ['Amadora', '2700-595', 'Rua Elias Garcia'], ['Setúbal', '2900-064', 'Avenida Luísa Todi']]
const PT_CO = ['', '', 'Padaria Estrela, Lda.', '', 'Atelier Azulejo Unipessoal, Lda.', '', 'Quinta do Vale Verde, S.A.']
const pt = (c) => {
  const r = v.rng(n(c) * 71 + c.first.length)
  const first = v.pick(r, PT_FIRST), last = v.pick(r, PT_LAST)
  const [city, cp, street] = v.pick(r, PT_PLACE)
  const co = PT_CO[n(c) % PT_CO.length]
  return { first, last, full: `${first} ${last}`, name: co || `${first} ${last}`, co, city, cp, street: `${street}, ${v.int(r, 1, 250)}${r() < 0.4 ? `, ${v.int(r, 1, 8)}º ${v.pick(r, ['Esq.', 'Dto.', 'A'])}` : ''}`,
    nif: String((co ? 500000000 : 200000000) + (n(c) * 977) % 99999999), email: `${slug(first)}.${slug(last)}${v.int(r, 1, 99)}@${v.pick(r, ['gmail.com', 'sapo.pt', 'hotmail.com', 'outlook.pt'])}`,
    tlm: `9${v.pick(r, ['1', '2', '3', '6'])}${v.int(r, 1, 9)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`, tel: `2${v.int(r, 10, 59)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}` }
}
const ptDate = (ms) => { const m = new Date(ms).getUTCMonth() + 1; const p = shift(ms, m >= 4 && m <= 10 ? 1 : 0); return `${pad(p.d)}-${pad(p.m)}-${p.y}` }

export const SETS = [
  // ---------------------------------------------------------------- support desks
  { name: 'deskmanager-chamadossuporte-lista-pt', product: 'Desk Manager (desk.ms; the ticket list of its API, ChamadosSuporte/lista with the "Colunas" switched on, flattened to CSV; Portuguese field names, a Brazilian retail chain\'s store staff opening tickets with its IT and back-office teams)', family: 'support', language: 'pt', schema: E, cols: [
    ['Chave', (c, o) => String(40000 + n(o) % 50000), ['_id'], opt],
    ['CodChamado', (c, o) => { const p = brt(o.at); return `${pad(p.m)}${String(p.y).slice(2)}-${String(n(o) % 10000).padStart(6, '0')}` }, ['_id'], opt],
    ['NomePrioridade', (c, o) => DM_PRI[n(o) % 4][0], []],
    ['DataCriacao', (c, o) => ymd(o.at), ['timestamp'], opt],
    ['HoraCriacao', (c, o) => hms(o.at), []],
    ['DataFinalizacao', (c, o) => (dmDone(o) ? ymd(o.at + (n(o) % 60 + 1) * 3600000) : '0000-00-00'), [], opt],
    ['HoraFinalizacao', (c, o) => (dmDone(o) ? hms(o.at + (n(o) % 60 + 1) * 3600000) : '00:00:00'), []],
    ['DataAlteracao', (c, o) => ymd(o.at + (n(o) % 70 + 1) * 3600000), [], opt],
    ['HoraAlteracao', (c, o) => hms(o.at + (n(o) % 70 + 1) * 3600000), []],
    ['NomeStatus', (c, o) => dmSt(o)[0], [], opt],
    ['Assunto', (c, o) => DM_ASS[n(o) % DM_ASS.length], []],
    ['Descricao', (c, o) => `${DM_ASS[n(o) % DM_ASS.length]}. ${dmFilial(c)}, caixa ${1 + (n(o) % 6)}. Favor verificar com urgência.`, []],
    ['ChaveUsuario', (c) => String(1000 + n(c) % 4000), [], opt],
    ['NomeUsuario', (c) => dmFilial(c), []],
    ['SobrenomeUsuario', (c) => c.last, []],
    ['NomeCompletoSolicitante', (c) => c.full, []],
    ['SolicitanteEmail', (c) => `${slug(c.first)}.${slug(c.last)}@redesuperbom.com.br`, ['endUserIDs._experience.emailid.id'], opt],
    ['NomeOperador', (c, o) => (dmSt(o)[0] === 'Aberto' ? '' : DM_OP[n(o) % 3][0]), []],
    ['SobrenomeOperador', (c, o) => (dmSt(o)[0] === 'Aberto' ? '' : DM_OP[n(o) % 3][1]), []],
    ['TotalAcoes', (c, o) => String(1 + (n(o) % 8)), []],
    ['TotalAnexos', (c, o) => String(n(o) % 3), []],
    ['Sla', (c, o) => ['No prazo', 'Vencido', 'No prazo', 'Sem SLA'][n(o) % 4], []],
    ['CodGrupo', (c, o) => DM_GRP[n(o) % 4][0], []],
    ['NomeGrupo', (c, o) => DM_GRP[n(o) % 4][1], []],
    ['CodSolicitacao', (c, o) => pad(1 + (n(o) % 12), 6), []],
    ['CodSubCategoria', (c, o) => pad(100 + (n(o) % 40), 6), []],
    ['CodTipoOcorrencia', (c, o) => pad(1 + (n(o) % 3), 6), []],
    ['CodCategoriaTipo', (c, o) => pad(10 + (n(o) % 9), 6), []],
    ['CodPrioridadeAtual', (c, o) => DM_PRI[n(o) % 4][1], []],
    ['CodStatusAtual', (c, o) => dmSt(o)[1], []],
  ] },
  { name: 'hugme-reclamacoes-export-pt', product: 'HugMe (Reclame AQUI\'s complaint-handling desk: Tickets > Exportar, XLSX; Portuguese UI, a Brazilian home-appliance and electronics retailer)', family: 'support', language: 'pt', schema: E, cols: [
    ['ID HugMe', (c, o) => String(9000000 + n(o) * 13 % 900000), ['_id'], opt],
    ['ID Reclame AQUI', (c, o, r) => v.alnum(r, 16).replace(/[^A-Za-z0-9]/g, 'x'), [], opt],
    ['Origem', (c, o) => ['Reclame AQUI', 'Reclame AQUI', 'Reclame AQUI', 'WhatsApp', 'Formulário do site'][n(o) % 5], [], opt],
    ['Data da reclamação', (c, o) => dmyhm(o.at), ['timestamp']],
    ['Título', (c, o) => `${hmCat(o)[1]} - ${HM_PROD[n(o) % HM_PROD.length]}`, []],
    ['Descrição', (c, o) => `Comprei ${HM_PROD[n(o) % HM_PROD.length]} e até agora nada resolvido. ${hmCat(o)[1]}. Já entrei em contato várias vezes.`, []],
    ['Status Reclame AQUI', (c, o) => hmRa(o), [], opt],
    ['Status HugMe', (c, o) => (hmAval(o) ? 'Finalizado' : ['Novo', 'Em tratamento', 'Aguardando consumidor'][n(o) % 3]), [], opt],
    ['Nome do consumidor', (c) => c.full, []],
    ['E-mail do consumidor', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefone', (c) => c.mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['CPF', (c) => cpf(c), []],
    ['Cidade', (c) => c.city, [GEO('city')], opt],
    ['Estado', (c) => c.region, [GEO('stateProvince')], opt],
    ['Categoria', (c, o) => hmCat(o)[0], []],
    ['Problema', (c, o) => hmCat(o)[1], []],
    ['Produto/Serviço', (c, o) => HM_PROD[n(o) % HM_PROD.length], [PL('name')], opt],
    ['Número do pedido', (c, o) => String(1300000000 + n(o) * 17), [OR('purchaseID')], opt],
    ['Data da primeira resposta', (c, o) => (hmRa(o) === 'Não respondida' ? '' : dmyhm(o.at + (n(o) % 40 + 2) * 3600000)), []],
    ['Data da última interação', (c, o) => dmyhm(o.at + (n(o) % 9 + 1) * DAY), [], opt],
    ['Responsável', (c, o) => ['Patrícia Moraes', 'Leonardo Sá', 'Equipe Ouvidoria'][n(o) % 3], []],
    ['Resolvido', (c, o) => (hmAval(o) ? simNao(!hmRa(o).endsWith('Não resolvido')) : ''), []],
    ['Nota do consumidor', (c, o) => (hmAval(o) ? String(n(o) % 11) : ''), []],
    ['Voltaria a fazer negócio', (c, o) => (hmAval(o) ? simNao(n(o) % 3 !== 0) : ''), []],
    ['Moderação solicitada', (c, o) => simNao(n(o) % 9 === 0), []],
    ['Tags', (c, o) => ['', 'reincidente', 'procon', 'vip;entrega', ''][n(o) % 5], []],
  ] },
  { name: 'qualitor-chamados-planilha-pt', product: 'Qualitor (Brazilian ITSM / service desk: Relatórios > Chamados > Exportar planilha, Portuguese UI, an IT and facilities outsourcing firm\'s tickets from its client companies\' staff)', family: 'support', language: 'pt', schema: E, cols: [
    ['Código', (c, o) => String(250000 + n(o) % 90000), ['_id'], opt],
    ['Título', (c, o) => qlCat(o)[2], []],
    ['Cliente', (c) => QL_CLI[n(c) % QL_CLI.length], []],
    ['Localidade', (c) => `${c.city} - ${c.region}`, [], opt],
    ['Contato', (c) => c.full, []],
    ['E-mail do contato', (c) => `${slug(c.first)}.${slug(c.last)}@${slug(QL_CLI[n(c) % QL_CLI.length].split(' ')[0])}.com.br`, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefone do contato', (c) => c.phone, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Tipo de chamado', (c, o) => qlCat(o)[0], []],
    ['Categoria', (c, o) => `${qlCat(o)[1]} > ${qlCat(o)[2]}`, []],
    ['Severidade', (c, o) => ['Baixa', 'Média', 'Alta', 'Urgente'][n(o) % 4], []],
    ['Prioridade', (c, o) => String(1 + (n(o) % 5)), []],
    ['Situação', (c, o) => qlSit(o), [], opt],
    ['Etapa', (c, o) => (qlDone(o) ? 'Concluída' : ['Triagem', 'Atendimento N1', 'Atendimento N2', 'Campo'][n(o) % 4]), []],
    ['Origem', (c, o) => ['Portal', 'E-mail', 'Telefone', 'Portal', 'Monitoramento'][n(o) % 5], [], opt],
    ['Equipe', (c, o) => ['Service Desk', 'Suporte Campo', 'Redes', 'Manutenção Predial'][n(o) % 4], []],
    ['Responsável', (c, o) => ['Marcos Teixeira', 'Carla Nogueira', 'Vinícius Rocha'][n(o) % 3], []],
    ['Contrato', (c) => `CT-${2021 + (n(c) % 4)}/${pad(n(c) % 90 + 10)}`, []],
    ['Data de abertura', (c, o) => dmyhms(o.at), ['timestamp']],
    ['Data de previsão', (c, o) => dmyhms(o.at + (8 + n(o) % 40) * 3600000), []],
    ['Data de encerramento', (c, o) => (qlDone(o) ? dmyhms(o.at + (n(o) % 72 + 1) * 3600000) : ''), [], opt],
    ['Tempo útil (h)', (c, o) => (qlDone(o) ? brl((n(o) % 300) / 10) : ''), []],
    ['SLA atingido', (c, o) => (qlDone(o) ? (n(o) % 5 ? 'S' : 'N') : ''), []],
    ['Avaliação', (c, o) => (qlSit(o) === 'Encerrado' ? ['Ótimo', 'Bom', 'Regular', ''][n(o) % 4] : ''), []],
  ] },
  // ---------------------------------------------------------------- e-mail marketing
  { name: 'nitronews-contatos-export-pt', product: 'Nitronews (Brazilian e-mail marketing: Contatos > Exportar contatos, CSV, Portuguese UI, a Campinas pet-supplies shop\'s newsletter base)', family: 'email', language: 'pt', schema: P, cols: [
    ['E-mail', (c) => c.email, ['personalEmail.address']],
    ['Nome', (c) => c.first, ['person.name.firstName']],
    ['Sobrenome', (c) => c.last, ['person.name.lastName']],
    ['Data de nascimento', (c, o, r) => (r() < 0.5 ? birth(c) : ''), ['person.birthDate']],
    ['Sexo', (c, o, r) => (r() < 0.7 ? (fem(c) ? 'F' : 'M') : ''), ['person.gender']],
    ['Telefone', (c, o, r) => (r() < 0.3 ? c.phone : ''), ['homePhone.number']],
    ['Celular', (c, o, r) => (r() < 0.7 ? c.mobile : ''), ['mobilePhone.number']],
    ['Empresa', (c, o, r) => (r() < 0.15 ? c.company : ''), ['organizations[0]'], opt],
    ['Cargo', (c, o, r) => (r() < 0.15 ? c.job : ''), []],
    ['Endereço', (c, o, r) => (r() < 0.4 ? `${br(c)[0]}, ${br(c)[1]}` : ''), at(HOME, 'street1')],
    ['Bairro', (c) => br(c)[3], at(HOME, 'street2'), opt],
    ['Cidade', (c) => c.city, at(HOME, 'city')],
    ['Estado', (c) => c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['CEP', (c, o, r) => (r() < 0.5 ? c.postcode : ''), at(HOME, 'postalCode')],
    ['País', () => 'Brasil', at(HOME, 'country')],
    ['Status', (c) => nnSt(c), ['personalEmail.status'], opt],
    ['Listas', (c) => ['Clientes', 'Newsletter', 'Clientes, Cães', 'Newsletter, Gatos', 'Promoções'][n(c) % 5], []],
    ['Origem', (c) => ['Importação', 'Formulário do site', 'Integração Loja', 'Pop-up'][n(c) % 4], [], opt],
    ['Data de cadastro', (c) => dmyhms(c.created), [], opt],
    ['Última atualização', (c) => dmyhms(Math.max(c.created, c.updated)), [], opt],
    ['Última abertura', (c) => (nnSt(c) === 'Ativo' ? dmyhm(c.updated) : ''), []],
    ['Último clique', (c) => (nnSt(c) === 'Ativo' && n(c) % 2 ? dmyhm(c.updated + 90000) : ''), []],
    ['Envios recebidos', (c) => String(5 + (n(c) % 120)), []],
    ['Aberturas', (c) => String(n(c) % 60), []],
    ['Cliques', (c) => String(n(c) % 14), []],
    ['IP de cadastro', (c, o, r) => (r() < 0.5 ? v.ip4(r) : ''), []],
  ] },
  { name: 'iagente-relatorio-envios-pt', product: 'iagente (Brazilian e-mail and SMS marketing: E-mail Marketing > Relatórios > Envios > Exportar destinatários, CSV, Portuguese UI, a Porto Alegre fashion retailer\'s campaigns, one row per recipient and campaign)', family: 'email', language: 'pt', schema: E, cols: [
    ['ID do envio', (c, o) => String(880000 + n(o) % 100000), [], opt],
    ['Campanha', (c, o) => iaCamp(o)[0], ['marketing.campaignName']],
    ['Assunto', (c, o) => iaCamp(o)[1], [], opt],
    ['Remetente', () => 'Moda Sul <news@modasul.com.br>', []],
    ['Data do envio', (c, o) => dmyhms(o.at), ['timestamp']],
    ['E-mail', (c) => c.email, ['endUserIDs._experience.emailid.id']],
    ['Nome', (c) => c.full, []],
    ['Status', (c, o) => iaSt(o), ['eventType'], opt],
    ['Data da abertura', (c, o) => (iaOpen(o) ? dmyhms(o.at + (n(o) % 300 + 3) * 60000) : ''), [], opt],
    ['Aberturas', (c, o) => (iaOpen(o) ? String(1 + (n(o) % 5)) : '0'), []],
    ['Data do clique', (c, o) => (iaClick(o) ? dmyhms(o.at + (n(o) % 300 + 6) * 60000) : ''), [], opt],
    ['Link clicado', (c, o) => (iaClick(o) ? `https://www.modasul.com.br/${['liquida', 'novidades', 'feminino/vestidos', 'carrinho'][n(o) % 4]}?utm_source=iagente&utm_medium=email` : ''), ['web.webInteraction.URL', 'web.webPageDetails.URL'], opt],
    ['Cliques', (c, o) => (iaClick(o) ? String(1 + (n(o) % 3)) : '0'), ['web.webInteraction.linkClicks.value'], opt],
    ['IP', (c, o, r) => (iaOpen(o) ? v.ip4(r) : ''), ['environment.ipV4']],
    ['Navegador', (c, o) => (iaOpen(o) ? iaDev(o)[0] : ''), ['environment.browserDetails.name']],
    ['Sistema operacional', (c, o) => (iaOpen(o) ? iaDev(o)[1] : ''), ['environment.operatingSystem']],
    ['Dispositivo', (c, o) => (iaOpen(o) ? iaDev(o)[2] : ''), ['device.type']],
    ['Cidade', (c, o) => (iaOpen(o) ? c.city : ''), [GEO('city')]],
    ['Estado', (c, o) => (iaOpen(o) ? c.region : ''), [GEO('stateProvince')]],
    ['Tipo de bounce', (c, o) => (iaSt(o) === 'Bounce' ? ['Hard', 'Soft'][n(o) % 2] : ''), []],
    ['Motivo', (c, o) => (iaSt(o) === 'Bounce' ? ['550 5.1.1 User unknown', 'Caixa postal cheia'][n(o) % 2] : ''), []],
  ] },
  // ---------------------------------------------------------------- loyalty
  { name: 'bonifiq-clientes-pontos-pt', product: 'BonifiQ (Brazilian e-commerce loyalty and points programme: Clientes > Exportar, CSV, Portuguese UI, a cosmetics web shop on VTEX)', family: 'loyalty', language: 'pt', schema: P, cols: [
    ['Id', (c) => String(2000000 + n(c) * 3), ['_id', 'personID', 'loyalty.loyaltyID[0]'], opt],
    ['Id na loja', (c) => String(n(c) * 11), [], opt],
    ['Nome', (c) => c.full, ['person.name.fullName']],
    ['E-mail', (c) => c.email, ['personalEmail.address']],
    ['CPF', (c, o, r) => (r() < 0.7 ? digits(cpf(c)) : ''), ['person.taxId'], opt],
    ['Telefone', (c, o, r) => (r() < 0.6 ? e164(c) : ''), ['mobilePhone.number']],
    ['Data de nascimento', (c, o, r) => (r() < 0.5 ? birth(c) : ''), ['person.birthDate']],
    ['Saldo de pontos', (c) => String(bqPts(c)), ['loyalty.points']],
    ['Pontos acumulados', (c) => String(bqPts(c) + bqRes(c) + bqExp(c)), ['loyalty.lifetimePoints']],
    ['Pontos resgatados', (c) => String(bqRes(c)), ['loyalty.pointsRedeemed']],
    ['Pontos expirados', (c) => String(bqExp(c)), ['loyalty.expiredPoints']],
    ['Pontos a expirar', (c) => String(bqPts(c) % 250), ['loyalty.pointsExpiration[0].pointsExpiring']],
    ['Próxima expiração', (c) => (bqPts(c) % 250 ? dmy(c.updated + 90 * DAY) : ''), ['loyalty.pointsExpiration[0].pointsExpirationDate'], opt],
    ['Pontos pendentes', (c) => String(n(c) % 4 ? 0 : 40 + n(c) % 200), ['loyalty.promisedPoints'], opt],
    ['Nível', (c) => BQ_NIV[Math.min(3, Math.floor((bqPts(c) + bqRes(c)) / 1200))], ['loyalty.tier']],
    ['Indicações', (c) => String(n(c) % 5), []],
    ['Total em compras', (c) => brl((bqPts(c) + bqRes(c) + bqExp(c)) / 2), ['loyalty.lifetimePurchases'], opt],
    ['Pedidos', (c) => String(1 + (n(c) % 18)), []],
    ['Última compra', (c) => dmy(Math.max(c.created, c.updated)), [], opt],
    ['Data de entrada no programa', (c) => dmyhms(c.created), ['loyalty.joinDate']],
    ['Aceita comunicação', (c) => simNao(n(c) % 4 !== 0), [], opt],
    ['Bloqueado', (c) => simNao(n(c) % 17 === 3), [], opt],
  ] },
  { name: 'tudoazul-parceiro-acumulos-pt', product: 'TudoAzul (Azul Linhas Aéreas\' loyalty programme; Portal do Parceiro > Relatórios > Acúmulos, CSV, Portuguese UI, an online electronics shop crediting points on purchases)', family: 'loyalty', language: 'pt', schema: E, cols: [
    ['Data da compra', (c, o) => dmyhms(o.at), ['timestamp']],
    ['Data do crédito', (c, o) => (taSt(o) === 'Creditado' ? dmy(o.at + 30 * DAY) : ''), [], opt],
    ['Número TudoAzul', (c) => String(3000000000 + n(c) * 4517 % 900000000), [], opt],
    ['CPF', (c) => digits(cpf(c)), []],
    ['Nome do cliente', (c) => c.full.toUpperCase(), []],
    ['Categoria', (c) => ['TudoAzul', 'TudoAzul', 'Topázio', 'Safira', 'Diamante'][n(c) % 5], []],
    ['Código do parceiro', () => 'PRC0457', []],
    ['Canal', (c, o) => ['Site', 'App', 'Site', 'Televendas'][n(o) % 4], [], opt],
    ['Número do pedido', (c, o) => `ELT-${700000 + n(o)}`, [OR('purchaseID')]],
    ['ID da transação', (c, o, r) => v.uuid(r), ['_id'], opt],
    ['Valor da compra', (c, o) => brl(taAmt(o)), [OR('priceTotal')]],
    ['Moeda', () => 'BRL', [OR('currencyCode')]],
    ['Pontos por real', (c, o) => String(taRate(o)), []],
    ['Pontos', (c, o) => String(Math.floor(taAmt(o)) * taRate(o)), []],
    ['Pontos bônus Clube', (c, o) => String(n(o) % 3 === 0 ? Math.floor(taAmt(o)) : 0), []],
    ['Campanha', (c, o) => (n(o) % 4 === 0 ? 'Dia do Consumidor 5 pts/R$' : ''), ['marketing.campaignName'], opt],
    ['Status', (c, o) => taSt(o), [], opt],
    ['Motivo', (c, o) => (taSt(o) === 'Rejeitado' ? 'CPF não corresponde ao Número TudoAzul' : taSt(o) === 'Estornado' ? 'Pedido cancelado' : ''), []],
  ] },
  // ---------------------------------------------------------------- CRM
  { name: 'zoppy-clientes-export-pt', product: 'Zoppy (Brazilian retail CRM with cashback and WhatsApp campaigns: Clientes > Exportar, XLSX, Portuguese UI, a Goiânia fashion chain with stores and a Shopify shop)', family: 'crm', language: 'pt', schema: P, cols: [
    ['Nome', (c) => c.first, ['person.name.firstName']],
    ['Sobrenome', (c) => c.last, ['person.name.lastName']],
    ['Telefone', (c) => e164(c), ['mobilePhone.number']],
    ['E-mail', (c, o, r) => (r() < 0.7 ? c.email : ''), ['personalEmail.address']],
    ['CPF', (c, o, r) => (r() < 0.6 ? cpf(c) : ''), ['person.taxId'], opt],
    ['Data de nascimento', (c, o, r) => (r() < 0.6 ? birth(c) : ''), ['person.birthDate']],
    ['Gênero', (c, o, r) => (r() < 0.8 ? (fem(c) ? 'Feminino' : 'Masculino') : ''), ['person.gender']],
    ['Cidade', (c) => c.city, at(HOME, 'city')],
    ['Estado', (c) => c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Loja', (c) => ['Loja Flamboyant', 'Loja Passeio das Águas', 'E-commerce', 'Loja Buriti'][n(c) % 4], [], opt],
    ['Vendedor', (c) => ['Jéssica', 'Paulo', 'Thaís', ''][n(c) % 4], []],
    ['Segmento RFM', (c) => ZP_RFM[n(c) % ZP_RFM.length], [], opt],
    ['Pedidos', (c) => String(zpOrders(c)), []],
    ['Total gasto', (c) => brlR(zpSpent(c)), ['loyalty.lifetimePurchases'], opt],
    ['Ticket médio', (c) => brlR(zpSpent(c) / zpOrders(c)), []],
    ['Primeira compra', (c) => dmy(Math.min(c.created, c.updated)), [], opt],
    ['Última compra', (c) => dmy(Math.max(c.created, c.updated)), [], opt],
    ['Cashback disponível', (c) => brlR((n(c) % 90) * 1.0), ['loyalty.points'], opt],
    ['Cashback expira em', (c) => (n(c) % 90 ? dmy(c.updated + 30 * DAY) : ''), ['loyalty.pointsExpiration[0].pointsExpirationDate'], opt],
    ['Opt-in WhatsApp', (c) => simNao(n(c) % 6 !== 0), [], opt],
    ['Origem', (c) => ['Shopify', 'PDV Linx', 'Importação', 'PDV Linx'][n(c) % 4], [], opt],
    ['Tags', (c) => ['', 'vip', 'aniversariante-mes', 'troca-pendente', ''][n(c) % 5], []],
    ['Data de cadastro', (c) => dmyhm(c.created), [], opt],
  ] },
  { name: 'poli-contatos-export-pt', product: 'Poli Digital (Brazilian WhatsApp multi-agent CRM: Contatos > Exportar, XLSX, Portuguese UI, a Recife solar-panel installer\'s customer and lead contacts)', family: 'crm', language: 'pt', schema: P, cols: [
    ['ID', (c) => String(5100000 + n(c) * 7 % 900000), ['_id', 'personID'], opt],
    ['Nome', (c) => c.full, ['person.name.fullName']],
    ['Telefone', (c) => `55${digits(c.mobile)}`, ['mobilePhone.number']],
    ['E-mail', (c, o, r) => (r() < 0.5 ? c.email : ''), ['personalEmail.address']],
    ['CPF/CNPJ', (c) => (n(c) % 5 === 0 ? cnpj(c) : cpf(c)), ['person.taxId'], opt],
    ['Empresa', (c) => (n(c) % 5 === 0 ? c.company : ''), ['organizations[0]'], opt],
    ['Data de nascimento', (c, o, r) => (r() < 0.3 ? birth(c) : ''), ['person.birthDate']],
    ['Endereço', (c, o, r) => (r() < 0.5 ? `${br(c)[0]}, ${br(c)[1]}` : ''), at(HOME, 'street1')],
    ['Cidade', (c) => c.city, at(HOME, 'city')],
    ['Estado', (c) => c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['CEP', (c, o, r) => (r() < 0.5 ? c.postcode : ''), at(HOME, 'postalCode')],
    ['Canal de origem', (c) => ['WhatsApp', 'WhatsApp', 'Instagram', 'Facebook Messenger', 'Webchat'][n(c) % 5], [], opt],
    ['Etiquetas', (c) => ['Lead quente', 'Orçamento enviado', 'Cliente', 'Lead frio;Retornar', ''][n(c) % 5], []],
    ['Departamento', (c) => PO_DEP[n(c) % PO_DEP.length], []],
    ['Atendente responsável', (c) => PO_AG[n(c) % PO_AG.length], []],
    ['Status do atendimento', (c) => ['Aberto', 'Em atendimento', 'Finalizado', 'Finalizado'][n(c) % 4], []],
    ['Data de criação', (c) => dmyhms(c.created), [], opt],
    ['Último contato', (c) => dmyhms(Math.max(c.created, c.updated)), [], opt],
    ['Observações', (c, o, r) => v.pick(r, ['', '', 'Conta de luz média R$ 450', 'Quer financiamento', 'Telhado cerâmico']), []],
  ] },
  // ---------------------------------------------------------------- marketing automation
  { name: 'sellflux-leads-export-pt', product: 'SellFlux (Brazilian marketing automation for digital producers: Leads > Exportar, CSV, Portuguese UI, an online-course producer\'s leads from launches and a Hotmart checkout)', family: 'marketing', language: 'pt', schema: P, cols: [
    ['id', (c) => v.hex(v.rng(n(c)), 24), ['_id', 'personID'], opt],
    ['Nome', (c) => c.full, ['person.name.fullName']],
    ['E-mail', (c) => c.email, ['personalEmail.address']],
    ['Telefone', (c, o, r) => (r() < 0.8 ? `55${digits(c.mobile)}` : ''), ['mobilePhone.number']],
    ['CPF', (c) => (n(c) % 3 === 0 ? digits(cpf(c)) : ''), ['person.taxId'], opt],
    ['Status', (c) => (n(c) % 3 === 0 ? 'Cliente' : 'Lead'), [], opt],
    ['Tags', (c) => [SF_TAG[n(c) % SF_TAG.length], SF_TAG[(n(c) >> 2) % SF_TAG.length]].join(', '), []],
    ['Produto', (c) => (n(c) % 3 === 0 ? ['Curso Fotografia com Celular', 'Mentoria Reels que Vendem'][n(c) % 2] : ''), []],
    ['Valor', (c) => (n(c) % 3 === 0 ? brl([297, 997][n(c) % 2]) : ''), [], opt],
    ['Score', (c) => String(n(c) % 100), [], opt],
    ['utm_source', (c) => sfSrc(c)[0], []],
    ['utm_medium', (c) => sfSrc(c)[1], []],
    ['utm_campaign', (c) => sfSrc(c)[2], []],
    ['utm_content', (c) => sfSrc(c)[3], []],
    ['Cidade', (c, o, r) => (r() < 0.4 ? c.city : ''), at(HOME, 'city')],
    ['Estado', (c, o, r) => (r() < 0.4 ? c.region : ''), [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['E-mail descadastrado', (c) => simNao(n(c) % 11 === 0), [], opt],
    ['WhatsApp bloqueado', (c) => simNao(n(c) % 13 === 0), [], opt],
    ['Data de cadastro', (c) => dmyhms(c.created), [], opt],
    ['Última interação', (c) => dmyhms(Math.max(c.created, c.updated)), [], opt],
  ] },
  // ---------------------------------------------------------------- B2B lead lists
  { name: 'empresaqui-empresas-socios-pt', product: 'Empresaqui (Brazilian company-data prospecting: Pesquisa de empresas > Exportar, XLSX, Portuguese UI, a Curitiba fleet-telematics vendor\'s list of companies with one partner per row)', family: 'b2b', language: 'pt', schema: B, cols: [
    ['CNPJ', (c) => cnpj(c), ['b2b.accountKey.sourceID', 'b2b.accountID'], opt],
    ['Razão Social', (c) => eqRazao(c), ['b2b.companyName', 'organizations[0]']],
    ['Nome Fantasia', (c) => eqCo(c), ['b2b.companyName', 'organizations[0]'], opt],
    ['Situação Cadastral', (c) => (n(c) % 15 === 0 ? 'INAPTA' : 'ATIVA'), [], opt],
    ['Data de Abertura', (c) => dmy(c.created - 3000 * DAY), []],
    ['Natureza Jurídica', (c) => EQ_NAT[n(c) % EQ_NAT.length], []],
    ['Porte', (c) => EQ_PORTE[n(c) % EQ_PORTE.length], []],
    ['Capital Social', (c) => brl([50000, 120000, 1000000, 300000][n(c) % 4]), []],
    ['CNAE Principal', (c) => eqCnae(c)[0], []],
    ['Descrição CNAE Principal', (c) => eqCnae(c)[1], []],
    ['Logradouro', (c) => br(c)[0].toUpperCase(), ['workAddress.street1']],
    ['Número', (c) => br(c)[1], ['workAddress.street1'], opt],
    ['Complemento', (c) => (n(c) % 3 === 0 ? `SALA ${100 + n(c) % 900}` : ''), ['workAddress.street2'], opt],
    ['Bairro', (c) => br(c)[3].toUpperCase(), ['workAddress.street2'], opt],
    ['Município', (c) => c.city.toUpperCase(), ['workAddress.city']],
    ['UF', (c) => c.region, ['workAddress.stateProvince', 'workAddress.state']],
    ['CEP', (c) => digits(c.postcode), ['workAddress.postalCode']],
    ['Telefone 1', (c) => c.phone, ['workPhone.number']],
    ['Telefone 2', (c) => (n(c) % 2 ? c.mobile : ''), ['mobilePhone.number'], opt],
    ['E-mail', (c) => `contato@${slug(eqCo(c))}.com.br`, ['workEmail.address']],
    ['Site', (c) => (n(c) % 3 ? `www.${slug(eqCo(c))}.com.br` : ''), ['b2b.companyWebsite']],
    ['Simples Nacional', (c) => (EQ_PORTE[n(c) % 4] === 'Demais' ? 'NÃO' : 'SIM'), []],
    ['MEI', () => 'NÃO', []],
    ['Sócio', (c) => c.full.toUpperCase(), ['person.name.fullName']],
    ['Qualificação do Sócio', (c) => EQ_QUAL[n(c) % EQ_QUAL.length], ['extendedWorkDetails.jobTitle'], opt],
    ['Data de Entrada na Sociedade', (c) => dmy(c.created - 1000 * DAY), []],
    ['Faixa Etária do Sócio', (c) => ['31 a 40 anos', '41 a 50 anos', '51 a 60 anos', '61 a 70 anos'][n(c) % 4], []],
  ] },
  // ---------------------------------------------------------------- invoicing (Portugal)
  { name: 'billpt-clientes-export-pt', product: 'Bill.pt (Portuguese certified invoicing software: Contactos > Clientes > Exportar, Excel, European Portuguese UI, a Lisbon design studio invoicing consumers and small firms)', family: 'invoicing', language: 'pt', schema: P, cols: [
    ['Código', (c) => `C${String(1 + (n(c) % 900)).padStart(4, '0')}`, [], opt],
    ['Nome', (c) => pt(c).name, ['person.name.fullName', 'organizations[0]'], opt],
    ['NIF', (c) => pt(c).nif, ['person.taxId'], opt],
    ['Email', (c) => pt(c).email, ['personalEmail.address']],
    ['Telefone', (c, o, r) => (r() < 0.3 ? pt(c).tel : ''), ['homePhone.number']],
    ['Telemóvel', (c, o, r) => (r() < 0.8 ? pt(c).tlm : ''), ['mobilePhone.number']],
    ['Morada', (c) => pt(c).street, at(['billingAddress', ...HOME], 'street1')],
    ['Código Postal', (c) => pt(c).cp, at(['billingAddress', ...HOME], 'postalCode')],
    ['Localidade', (c) => pt(c).city, at(['billingAddress', ...HOME], 'city')],
    ['País', () => 'PT', at(['billingAddress', ...HOME], 'countryCode')],
    ['Pessoa de contacto', (c) => (pt(c).co ? pt(c).full : ''), [], opt],
    ['Website', (c) => (pt(c).co ? `www.${slug(pt(c).co.split(/[ ,]/)[1] || pt(c).co)}.pt` : ''), []],
    ['Desconto (%)', (c) => (n(c) % 6 === 0 ? '10' : '0'), []],
    ['Prazo de pagamento', (c) => ['Pronto pagamento', '15 dias', '30 dias'][n(c) % 3], []],
    ['Método de pagamento', (c) => ['Transferência bancária', 'MB WAY', 'Multibanco', 'Numerário'][n(c) % 4], []],
    ['Regime de IVA', (c) => (pt(c).co ? 'Normal' : 'Consumidor final'), []],
    ['Observações', (c, o, r) => v.pick(r, ['', '', 'Enviar faturas por email', 'Cliente desde 2019']), []],
    ['Data de criação', (c) => ptDate(c.created), [], opt],
  ] },
]
