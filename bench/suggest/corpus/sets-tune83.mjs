// Round 83, tune83: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). Brazilian CRM, sales-engagement, conversational-marketing, WhatsApp support,
// marketing-automation, landing-page, retail-CRM and loyalty/cashback exports, all in Brazilian Portuguese.
import { P, E, B, v, HOME, ID, B2BID, OR, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

// Brazilian formats: "22/05/2024", "22/05/2024 14:31", "22/05/2024 14:31:07" (Brasília, -3), R$ 1.234,56
const dmy = (ms, h = -3) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const dmyHm = (ms, h = -3) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const dmyHms = (ms, h = -3) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ymdHms = (ms, h = -3) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
const DAY = 86400000
const brl = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')
const brlR$ = (n) => `R$ ${brl(n)}`
const ddd = (r) => v.pick(r, ['11', '21', '31', '41', '51', '61', '71', '81', '85', '48', '19', '27'])
const cel = (r) => `(${ddd(r)}) 9${v.int(r, 6000, 9999)}-${pad(v.int(r, 0, 9999), 4)}`
const celE164 = (r) => `55${ddd(r)}9${v.int(r, 60000000, 99999999)}`
const celPlus = (r) => `+55 ${ddd(r)} 9${v.int(r, 6000, 9999)}-${pad(v.int(r, 0, 9999), 4)}`
const fixo = (r) => `(${ddd(r)}) ${v.int(r, 2000, 3999)}-${pad(v.int(r, 0, 9999), 4)}`
const cpf = (r) => `${v.int(r, 100, 999)}.${v.int(r, 100, 999)}.${v.int(r, 100, 999)}-${pad(v.int(r, 0, 99))}`
const cpfRaw = (r) => `${v.int(r, 100000000, 999999999)}${pad(v.int(r, 0, 99))}`
const cnpj = (r) => `${pad(v.int(r, 10, 99))}.${v.int(r, 100, 999)}.${v.int(r, 100, 999)}/0001-${pad(v.int(r, 0, 99))}`
const ascii = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')
const BR = [
  ['Ana Beatriz', 'Souza', 'F'], ['Lucas', 'Oliveira', 'M'], ['Mariana', 'Ferreira', 'F'], ['Rafael', 'Almeida', 'M'], ['Juliana', 'Costa', 'F'],
  ['Thiago', 'Ribeiro', 'M'], ['Camila', 'Carvalho', 'F'], ['Gustavo', 'Gomes', 'M'], ['Larissa', 'Martins', 'F'], ['João Pedro', 'Araújo', 'M'],
  ['Fernanda', 'Barbosa', 'F'], ['Bruno', 'Rocha', 'M'],
]
const nome = (i) => `${row(BR, i)[0]} ${row(BR, i)[1]}`
const mail = (i, dom) => `${ascii(row(BR, i)[0])}.${ascii(row(BR, i)[1])}@${dom || ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.br', 'uol.com.br'][i % 5]}`
const PLACES = [
  ['Rua Augusta, 1508', 'Consolação', 'São Paulo', 'SP', '01304-001'], ['Av. Atlântica, 2364', 'Copacabana', 'Rio de Janeiro', 'RJ', '22041-001'],
  ['Rua da Bahia, 1148', 'Centro', 'Belo Horizonte', 'MG', '30160-011'], ['Rua XV de Novembro, 700', 'Centro', 'Curitiba', 'PR', '80020-310'],
  ['Av. Ipiranga, 6681', 'Partenon', 'Porto Alegre', 'RS', '90619-900'], ['SQN 308 Bloco C', 'Asa Norte', 'Brasília', 'DF', '70747-030'],
  ['Av. Sete de Setembro, 1200', 'Vitória', 'Salvador', 'BA', '40080-001'], ['Rua do Bom Jesus, 183', 'Recife', 'Recife', 'PE', '50030-170'],
  ['Av. Beira Mar, 3000', 'Meireles', 'Fortaleza', 'CE', '60165-121'], ['Rua Felipe Schmidt, 515', 'Centro', 'Florianópolis', 'SC', '88010-001'],
]
const CO = [['Grupo Solaris Energia', 'solarisenergia.com.br'], ['Alfa Logística Ltda', 'alfalog.com.br'], ['Nuvem Contábil', 'nuvemcontabil.com.br'], ['Construtora Horizonte S.A.', 'horizonteconstrutora.com.br'], ['Vetta Software', 'vetta.io'], ['Clínica Bem Viver', 'clinicabemviver.com.br'], ['Agro Sul Insumos', 'agrosul.com.br'], ['Escola Nova Geração', 'novageracao.edu.br']]
const CARGOS = ['Gerente Comercial', 'Diretor de Marketing', 'Analista de Compras', 'CEO', 'Coordenadora de TI', 'Sócio-fundador', 'Head de Vendas', 'Supervisor Financeiro']
const USERS = ['Patrícia Lima', 'Diego Santos', 'Renata Moura', 'Felipe Nunes', 'Aline Teixeira']
const UFS = ['SP', 'RJ', 'MG', 'PR', 'RS', 'DF', 'BA', 'PE', 'CE', 'SC']
const simNao = (b) => (b ? 'Sim' : 'Não')

export const SETS = [
  // ---------------------------------------------------------------- sales engagement (Reev, Contatos > Exportar, Portuguese UI)
  { name: 'reev-contatos-exportar-pt', product: 'Reev (Reev Outbound, Contatos > filtros > Exportar CSV, Portuguese UI, a Brazilian SaaS sales team running cadences)', family: 'b2b', language: 'pt', schema: B, cols: [
    ['ID', (c, o, r) => String(v.int(r, 1000000, 9999999)), B2BID],
    ['Nome', (c, o, r, i) => row(BR, i)[0], ['person.name.firstName']],
    ['Sobrenome', (c, o, r, i) => row(BR, i)[1], ['person.name.lastName']],
    ['E-mail', (c, o, r, i) => mail(i, row(CO, i)[1]), ['workEmail.address', 'personalEmail.address']],
    ['Telefone', (c, o, r) => fixo(r), ['workPhone.number', 'homePhone.number', 'mobilePhone.number']],
    ['Celular', (c, o, r) => (r() < 0.7 ? cel(r) : ''), ['mobilePhone.number']],
    ['Cargo', (c, o, r, i) => row(CARGOS, i), ['extendedWorkDetails.jobTitle']],
    ['Empresa', (c, o, r, i) => row(CO, i)[0], ['b2b.companyName', 'organizations[0]']],
    ['Site da empresa', (c, o, r, i) => `https://www.${row(CO, i)[1]}`, ['b2b.companyWebsite'], opt],
    ['LinkedIn', (c, o, r, i) => (r() < 0.6 ? `https://www.linkedin.com/in/${ascii(row(BR, i)[0])}-${ascii(row(BR, i)[1])}` : ''), [], opt],
    ['Cidade', (c, o, r, i) => row(PLACES, i)[2], ['workAddress.city']],
    ['Estado', (c, o, r, i) => row(PLACES, i)[3], ['workAddress.stateProvince', 'workAddress.state'], opt],
    ['Cadência', (c, o, r) => v.pick(r, ['Outbound Inbound Leads', 'Cold - Diretores', 'Reengajamento Q2', '']), []],
    ['Etapa atual', (c, o, r) => String(v.int(r, 1, 9)), []],
    ['Status', (c, o, r) => v.pick(r, ['Em cadência', 'Finalizado', 'Pausado', 'Respondeu', 'Oportunidade']), ['b2b.personStatus'], opt],
    ['Responsável', (c, o, r, i) => row(USERS, i), []],
    ['Tags', (c, o, r) => v.pick(r, ['', 'ICP A', 'evento-rdsummit', 'ICP B;tech']), []],
    ['Data de criação', (c) => dmyHm(c.created), [], opt],
    ['Última atividade', (c) => dmyHm(c.updated), [], opt],
  ] },

  // ---------------------------------------------------------------- conversational lead capture (Leadster, Leads > Exportar)
  { name: 'leadster-leads-exportar-pt', product: 'Leadster (painel: Leads > Exportar planilha (.xlsx/.csv), Portuguese UI, a Brazilian B2B software company capturing leads from its site chatbot)', family: 'marketing', language: 'pt', schema: B, cols: [
    ['Data', (c) => dmyHms(c.created), [], opt],
    ['Nome', (c, o, r, i) => nome(i), ['person.name.fullName']],
    ['E-mail', (c, o, r, i) => mail(i, r() < 0.7 ? row(CO, i)[1] : null), ['workEmail.address', 'personalEmail.address']],
    ['Telefone', (c, o, r) => cel(r), ['mobilePhone.number', 'workPhone.number']],
    ['Empresa', (c, o, r, i) => row(CO, i)[0], ['b2b.companyName', 'organizations[0]']],
    ['Cargo', (c, o, r, i) => row(CARGOS, i), ['extendedWorkDetails.jobTitle']],
    ['Número de funcionários', (c, o, r) => v.pick(r, ['1-10', '11-50', '51-200', '201-500', 'Mais de 500']), [], opt],
    ['Segmento', (c, o, r) => v.pick(r, ['Indústria', 'Serviços', 'Varejo', 'Tecnologia', 'Saúde']), [], opt],
    ['Fluxo', (c, o, r) => v.pick(r, ['Fluxo Home', 'Fluxo Preços', 'Fluxo Blog']), []],
    ['Página de conversão', (c, o, r) => v.pick(r, ['https://www.vetta.io/', 'https://www.vetta.io/precos', 'https://www.vetta.io/blog/crm-para-pme']), [], opt],
    ['Origem', (c, o, r) => v.pick(r, ['Google Ads', 'Orgânico', 'Direto', 'LinkedIn Ads']), ['b2b.personSource'], opt],
    ['utm_source', (c, o, r) => v.pick(r, ['google', 'linkedin', '', '']), []],
    ['utm_medium', (c, o, r) => v.pick(r, ['cpc', 'paid-social', '', '']), []],
    ['utm_campaign', (c, o, r) => v.pick(r, ['crm-pme-search', 'demo-q3', '', '']), []],
    ['Lead qualificado', (c, o, r) => simNao(r() < 0.4), [], opt],
    ['Reunião agendada', (c, o, r) => simNao(r() < 0.2), []],
    ['Dispositivo', (c, o, r) => v.pick(r, ['Desktop', 'Mobile']), []],
  ] },

  // ---------------------------------------------------------------- landing-page leads (Klickpages, Leads > Exportar CSV)
  { name: 'klickpages-leads-csv-pt', product: 'Klickpages (painel: Leads > selecionar página > Exportar CSV, Portuguese UI, a Brazilian online-course producer)', family: 'marketing', language: 'pt', schema: P, cols: [
    ['nome', (c, o, r, i) => nome(i), ['person.name.fullName']],
    ['email', (c, o, r, i) => mail(i), ['personalEmail.address']],
    ['telefone', (c, o, r) => (r() < 0.8 ? cel(r) : ''), ['mobilePhone.number', 'homePhone.number']],
    ['pagina', (c, o, r) => v.pick(r, ['Webinar Finanças Pessoais', 'E-book Investimentos 2024', 'Lista de Espera Turma 7']), []],
    ['url', (c, o, r) => v.pick(r, ['https://paginas.educafin.com.br/webinar', 'https://paginas.educafin.com.br/ebook-2024']), [], opt],
    ['data_cadastro', (c) => ymdHms(c.created), [], opt],
    ['ip', (c, o, r) => `177.${v.int(r, 0, 255)}.${v.int(r, 0, 255)}.${v.int(r, 1, 254)}`, [], opt],
    ['utm_source', (c, o, r) => v.pick(r, ['facebook', 'instagram', 'google', '']), []],
    ['utm_medium', (c, o, r) => v.pick(r, ['cpc', 'stories', 'organic', '']), []],
    ['utm_campaign', (c, o, r) => v.pick(r, ['webinar-jun', 'ebook-lancamento', '']), []],
    ['utm_content', (c, o, r) => v.pick(r, ['video-01', 'carrossel-02', '']), []],
    ['utm_term', () => '', []],
    ['cidade', (c, o, r, i) => (r() < 0.5 ? row(PLACES, i)[2] : ''), at(HOME, 'city'), opt],
    ['estado', (c, o, r, i) => (r() < 0.5 ? row(PLACES, i)[3] : ''), [...at(HOME, 'stateProvince'), ...at(HOME, 'state')], opt],
  ] },

  // ---------------------------------------------------------------- B2B lead list (Econodata, Lista de empresas > Exportar contatos)
  { name: 'econodata-contatos-decisores-pt', product: 'Econodata (plataforma: Prospecção > Lista > Exportar decisores (.xlsx), Portuguese UI, a Brazilian IT reseller building an outbound list)', family: 'b2b', language: 'pt', schema: B, cols: [
    ['CNPJ', (c, o, r) => cnpj(r), [], opt],
    ['Razão Social', (c, o, r, i) => row(CO, i)[0].toUpperCase(), ['b2b.companyName', 'organizations[0]']],
    ['Nome Fantasia', (c, o, r, i) => row(CO, i)[0].replace(/ (Ltda|S\.A\.)$/, ''), ['b2b.companyName', 'organizations[0]'], opt],
    ['Setor', (c, o, r) => v.pick(r, ['Comércio', 'Indústria', 'Serviços', 'Agronegócio']), [], opt],
    ['CNAE Principal', (c, o, r) => `${v.pick(r, ['6201-5/01', '4930-2/02', '6920-6/01', '4120-4/00'])}`, []],
    ['Porte', (c, o, r) => v.pick(r, ['ME', 'EPP', 'Médio', 'Grande']), [], opt],
    ['Faturamento Presumido', (c, o, r) => v.pick(r, ['Até R$ 360 mil', 'R$ 360 mil a R$ 4,8 milhões', 'R$ 4,8 a R$ 30 milhões', 'Acima de R$ 300 milhões']), [], opt],
    ['Funcionários', (c, o, r) => v.pick(r, ['1 a 9', '10 a 49', '50 a 99', '100 a 499', '500+']), [], opt],
    ['Município', (c, o, r, i) => row(PLACES, i)[2], ['workAddress.city']],
    ['UF', (c, o, r, i) => row(PLACES, i)[3], ['workAddress.stateProvince', 'workAddress.state']],
    ['Site', (c, o, r, i) => `www.${row(CO, i)[1]}`, ['b2b.companyWebsite']],
    ['Nome do Decisor', (c, o, r, i) => nome(i), ['person.name.fullName']],
    ['Cargo', (c, o, r, i) => row(CARGOS, i), ['extendedWorkDetails.jobTitle']],
    ['Departamento', (c, o, r) => v.pick(r, ['Comercial', 'Marketing', 'TI', 'Diretoria', 'Financeiro']), [], opt],
    ['E-mail Corporativo', (c, o, r, i) => mail(i, row(CO, i)[1]), ['workEmail.address']],
    ['Telefone Empresa', (c, o, r) => fixo(r), ['workPhone.number']],
    ['LinkedIn', (c, o, r, i) => (r() < 0.5 ? `linkedin.com/in/${ascii(row(BR, i)[0])}${ascii(row(BR, i)[1])}` : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- WhatsApp support (Tallos, Contatos > Exportar contatos)
  { name: 'tallos-contatos-exportar-pt', product: 'Tallos (plataforma omnichannel: Contatos > Exportar contatos (.csv), Portuguese UI, a Brazilian car-insurance broker serving customers on WhatsApp)', family: 'support', language: 'pt', schema: P, cols: [
    ['id', (c, o, r) => v.alnum(r, 24).toLowerCase(), ID],
    ['nome', (c, o, r, i) => nome(i), ['person.name.fullName']],
    ['telefone', (c, o, r) => celE164(r), ['mobilePhone.number']],
    ['email', (c, o, r, i) => (r() < 0.6 ? mail(i) : ''), ['personalEmail.address']],
    ['cpf', (c, o, r) => (r() < 0.5 ? cpf(r) : ''), ['person.taxId'], opt],
    ['canal', (c, o, r) => v.pick(r, ['WhatsApp', 'WhatsApp', 'Instagram', 'Webchat', 'Messenger']), []],
    ['tags', (c, o, r) => v.pick(r, ['', 'renovação', 'sinistro', 'cotação;auto', 'VIP']), []],
    ['atendente', (c, o, r, i) => row(USERS, i), []],
    ['departamento', (c, o, r) => v.pick(r, ['Comercial', 'Sinistros', 'Financeiro', 'Pós-venda']), []],
    ['cidade', (c, o, r, i) => (r() < 0.6 ? row(PLACES, i)[2] : ''), at(HOME, 'city'), opt],
    ['estado', (c, o, r, i) => (r() < 0.6 ? row(PLACES, i)[3] : ''), [...at(HOME, 'stateProvince'), ...at(HOME, 'state')], opt],
    ['data_nascimento', (c, o, r) => (r() < 0.4 ? dmy(c.birth) : ''), ['person.birthDate']],
    ['bloqueado', (c, o, r) => (r() < 0.05 ? 'true' : 'false'), [], opt],
    ['opt_in_whatsapp', (c, o, r) => (r() < 0.8 ? 'true' : 'false'), [], opt],
    ['observacoes', (c, o, r) => v.pick(r, ['', '', 'Cliente prefere contato à tarde', 'Apólice vence em dezembro']), []],
    ['criado_em', (c) => iso(c.created), [], opt],
    ['ultima_interacao', (c) => iso(c.updated), [], opt],
  ] },

  // ---------------------------------------------------------------- WhatsApp support tickets (Digisac, Relatórios > Atendimentos > Exportar)
  { name: 'digisac-relatorio-atendimentos-pt', product: 'Digisac (Relatórios > Atendimentos > Exportar (.csv), Portuguese UI, a Brazilian internet provider running WhatsApp customer service)', family: 'support', language: 'pt', schema: E, cols: [
    ['Protocolo', (c, o, r) => `${2024}${v.int(r, 10000000, 99999999)}`, ['_id'], opt],
    ['Contato', (c, o, r, i) => nome(i), []],
    ['Número', (c, o, r) => celE164(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Conexão', (c, o, r) => v.pick(r, ['WhatsApp Suporte', 'WhatsApp Comercial', 'Instagram']), [], opt],
    ['Departamento', (c, o, r) => v.pick(r, ['Suporte Técnico', 'Financeiro', 'Comercial', 'Cancelamento']), []],
    ['Atendente', (c, o, r, i) => row(USERS, i), []],
    ['Aberto em', (c, o) => dmyHms(o.at), ['timestamp']],
    ['Fechado em', (c, o, r) => dmyHms(o.at + v.int(r, 4, 300) * 60000), [], opt],
    ['Tempo de espera', (c, o, r) => `00:${pad(v.int(r, 0, 25))}:${pad(v.int(r, 0, 59))}`, []],
    ['Tempo de atendimento', (c, o, r) => `0${v.int(r, 0, 3)}:${pad(v.int(r, 0, 59))}:${pad(v.int(r, 0, 59))}`, []],
    ['Qtd. mensagens', (c, o, r) => String(v.int(r, 3, 80)), []],
    ['Assunto', (c, o, r) => v.pick(r, ['Sem conexão', 'Segunda via de boleto', 'Troca de plano', 'Lentidão', 'Mudança de endereço']), []],
    ['Status', (c, o, r) => v.pick(r, ['Fechado', 'Fechado', 'Fechado', 'Aberto']), [], opt],
    ['Aberto por', (c, o, r) => v.pick(r, ['Contato', 'Atendente', 'Robô']), []],
    ['Nota', (c, o, r) => (r() < 0.5 ? String(v.int(r, 1, 5)) : ''), []],
    ['Comentário da avaliação', (c, o, r) => v.pick(r, ['', '', 'Resolveram rápido', 'Demorou muito']), []],
  ] },

  // ---------------------------------------------------------------- marketing automation (Lahar, Leads > Exportar leads)
  { name: 'lahar-leads-exportar-pt', product: 'Lahar (Leads > Base de leads > Exportar (.csv), Portuguese UI, a Brazilian private college capturing prospective students)', family: 'marketing', language: 'pt', schema: P, cols: [
    ['Código', (c, o, r) => String(v.int(r, 100000, 999999)), ID],
    ['Nome', (c, o, r, i) => nome(i), ['person.name.fullName']],
    ['E-mail', (c, o, r, i) => mail(i), ['personalEmail.address']],
    ['Celular', (c, o, r) => cel(r), ['mobilePhone.number']],
    ['Telefone', (c, o, r) => (r() < 0.2 ? fixo(r) : ''), ['homePhone.number']],
    ['Data de nascimento', (c, o, r) => (r() < 0.5 ? dmy(c.birth) : ''), ['person.birthDate']],
    ['Sexo', (c, o, r, i) => (r() < 0.6 ? (row(BR, i)[2] === 'F' ? 'Feminino' : 'Masculino') : ''), ['person.gender'], opt],
    ['Cidade', (c, o, r, i) => row(PLACES, i)[2], at(HOME, 'city')],
    ['Estado', (c, o, r, i) => row(PLACES, i)[3], [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Curso de interesse', (c, o, r) => v.pick(r, ['Administração', 'Direito', 'Enfermagem', 'Engenharia Civil', 'Psicologia']), []],
    ['Estágio no funil', (c, o, r) => v.pick(r, ['Visitante', 'Lead', 'Lead qualificado', 'Oportunidade', 'Matriculado']), [], opt],
    ['Pontuação', (c, o, r) => String(v.int(r, 0, 180)), [], opt],
    ['Origem da conversão', (c, o, r) => v.pick(r, ['Landing page Vestibular 2025', 'Formulário site', 'Facebook Lead Ads', 'Importação']), []],
    ['Primeira conversão', (c) => dmyHm(c.created), [], opt],
    ['Última conversão', (c) => dmyHm(c.updated), [], opt],
    ['Tags', (c, o, r) => v.pick(r, ['', 'vestibular', 'ead;noturno', 'bolsa-50']), []],
    ['Consentimento LGPD', (c, o, r) => simNao(r() < 0.9), [], opt],
    ['Descadastrado', (c, o, r) => simNao(r() < 0.06), [], opt],
  ] },

  // ---------------------------------------------------------------- supermarket CRM (Mercafácil, Clientes > Exportar base)
  { name: 'mercafacil-clientes-exportar-pt', product: 'Mercafácil (painel do varejista: Clientes > Exportar base (.xlsx), Portuguese UI, a regional Brazilian supermarket chain with a loyalty app)', family: 'loyalty', language: 'pt', schema: P, cols: [
    ['CPF', (c, o, r) => cpfRaw(r), ['person.taxId', 'loyalty.loyaltyID[0]'], opt],
    ['Nome', (c, o, r, i) => nome(i), ['person.name.fullName']],
    ['Celular', (c, o, r) => `${ddd(r)}9${v.int(r, 60000000, 99999999)}`, ['mobilePhone.number']],
    ['E-mail', (c, o, r, i) => (r() < 0.7 ? mail(i) : ''), ['personalEmail.address']],
    ['Sexo', (c, o, r, i) => row(BR, i)[2], ['person.gender'], opt],
    ['Data de Nascimento', (c) => dmy(c.birth), ['person.birthDate']],
    ['CEP', (c, o, r, i) => row(PLACES, i)[4], at(HOME, 'postalCode')],
    ['Bairro', (c, o, r, i) => row(PLACES, i)[1], [], opt],
    ['Cidade', (c, o, r, i) => row(PLACES, i)[2], at(HOME, 'city')],
    ['UF', (c, o, r, i) => row(PLACES, i)[3], [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Loja Cadastro', (c, o, r) => v.pick(r, ['Loja 01 - Centro', 'Loja 04 - Jardim América', 'Loja 07 - Av. Brasil', 'App']), []],
    ['Data Cadastro', (c) => dmy(c.created), ['loyalty.joinDate'], opt],
    ['Última Compra', (c) => dmy(c.updated), [], opt],
    ['Qtd Compras 12m', (c, o, r) => String(v.int(r, 1, 90)), [], opt],
    ['Ticket Médio', (c, o, r) => brl(v.int(r, 3000, 45000) / 100), []],
    ['Valor Total 12m', (c, o, r) => brl(v.int(r, 20000, 1500000) / 100), ['loyalty.lifetimePurchases'], opt],
    ['Segmento RFV', (c, o, r) => v.pick(r, ['Campeões', 'Leais', 'Em risco', 'Hibernando', 'Novos']), [], opt],
    ['Aceita WhatsApp', (c, o, r) => simNao(r() < 0.8), [], opt],
    ['Aceita SMS', (c, o, r) => simNao(r() < 0.6), [], opt],
    ['Aceita E-mail', (c, o, r) => simNao(r() < 0.5), [], opt],
  ] },

  // ---------------------------------------------------------------- coalition loyalty, partner member list (Dotz, Portal do Parceiro > Clientes > Exportar)
  { name: 'dotz-parceiro-clientes-pt', product: 'Dotz (Portal do Parceiro: Clientes > Base de participantes > Exportar (.csv), Portuguese UI, a Brazilian drugstore chain accruing Dotz at checkout)', family: 'loyalty', language: 'pt', schema: P, cols: [
    ['ID Participante', (c, o, r) => String(v.int(r, 10000000, 99999999)), ['loyalty.loyaltyID[0]', ...ID]],
    ['CPF', (c, o, r) => cpf(r), ['person.taxId']],
    ['Nome', (c, o, r, i) => nome(i).toUpperCase(), ['person.name.fullName']],
    ['E-mail', (c, o, r, i) => (r() < 0.7 ? mail(i) : ''), ['personalEmail.address']],
    ['Celular', (c, o, r) => cel(r), ['mobilePhone.number']],
    ['Data Nascimento', (c) => dmy(c.birth), ['person.birthDate']],
    ['Gênero', (c, o, r, i) => row(BR, i)[2], ['person.gender'], opt],
    ['UF', (c, o, r, i) => row(PLACES, i)[3], [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Cidade', (c, o, r, i) => row(PLACES, i)[2], at(HOME, 'city')],
    ['Data Adesão', (c) => dmy(c.created), ['loyalty.joinDate']],
    ['Saldo Dotz', (c, o, r) => String(v.int(r, 0, 25000)), ['loyalty.points']],
    ['Dotz Acumulados', (c, o, r) => String(v.int(r, 100, 60000)), ['loyalty.lifetimePoints'], opt],
    ['Dotz Resgatados', (c, o, r) => String(v.int(r, 0, 30000)), ['loyalty.pointsRedeemed']],
    ['Dotz a Expirar (30 dias)', (c, o, r) => String(r() < 0.3 ? v.int(r, 10, 2000) : 0), ['loyalty.pointsExpiration[0].pointsExpiring'], opt],
    ['Loja Preferida', (c, o, r) => v.pick(r, ['Filial 012 - Moema', 'Filial 031 - Savassi', 'Filial 045 - Batel', 'E-commerce']), []],
    ['Última Compra', (c) => dmy(c.updated), [], opt],
    ['Qtd. Transações', (c, o, r) => String(v.int(r, 1, 120)), [], opt],
    ['Opt-in Comunicação', (c, o, r) => (r() < 0.7 ? 'S' : 'N'), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['Ativo', 'Ativo', 'Ativo', 'Inativo', 'Bloqueado']), ['loyalty.status'], opt],
  ] },

  // ---------------------------------------------------------------- coalition loyalty, partner accrual report (Livelo, Portal Parceiro > Relatórios > Créditos de pontos)
  { name: 'livelo-parceiro-creditos-pontos-pt', product: 'Livelo (Portal do Parceiro: Relatórios > Créditos de pontos > Exportar (.csv), Portuguese UI, a Brazilian online retailer crediting Livelo points on purchases)', family: 'loyalty', language: 'pt', schema: E, cols: [
    ['ID Transação', (c, o, r) => `LIV${v.int(r, 100000000, 999999999)}`, ['_id'], opt],
    ['Data da Transação', (c, o) => dmyHms(o.at), ['timestamp', OR('createdDate')]],
    ['CPF Participante', (c, o, r) => `***.${v.int(r, 100, 999)}.${v.int(r, 100, 999)}-**`, []],
    ['Nome Participante', (c, o, r, i) => nome(i), []],
    ['Número do Pedido', (c, o, r) => String(v.int(r, 1000000, 9999999)), [OR('purchaseID')]],
    ['Valor da Compra (R$)', (c, o) => brl(o.total * 5), [OR('priceTotal')]],
    ['Pontos por Real', (c, o, r) => v.pick(r, ['1', '2', '3', '5']), []],
    ['Pontos Creditados', (c, o, r) => String(v.int(r, 20, 4000)), [], opt],
    ['Campanha', (c, o, r) => v.pick(r, ['Acúmulo padrão', 'Turbo 5x Black Friday', 'Clube Livelo 3x']), ['marketing.campaignName'], opt],
    ['Status', (c, o, r) => v.pick(r, ['Creditado', 'Creditado', 'Pendente', 'Estornado', 'Rejeitado']), [], opt],
    ['Data de Crédito', (c, o, r) => (r() < 0.8 ? dmy(o.at + v.int(r, 7, 35) * DAY) : ''), [], opt],
    ['Motivo Rejeição', (c, o, r) => v.pick(r, ['', '', '', 'CPF não cadastrado', 'Pedido cancelado']), []],
    ['Canal', (c, o, r) => v.pick(r, ['Site', 'App', 'Shopping Livelo']), [], opt],
    ['Custo (R$)', (c, o, r) => brl(v.int(r, 100, 9000) / 100), []],
  ] },

  // ---------------------------------------------------------------- cashback marketplace, merchant sales report (Méliuz, Painel da Loja > Vendas > Exportar)
  { name: 'meliuz-loja-vendas-cashback-pt', product: 'Méliuz (painel da loja parceira: Relatórios > Vendas > Exportar (.csv), Portuguese UI, a Brazilian fashion e-commerce paying cashback commission)', family: 'ecommerce-orders', language: 'pt', schema: E, cols: [
    ['Data da compra', (c, o) => dmyHm(o.at), ['timestamp', OR('createdDate')]],
    ['ID do pedido', (c, o, r) => `${v.int(r, 100000000, 999999999)}-01`, [OR('purchaseID')]],
    ['ID da transação Méliuz', (c, o, r) => v.alnum(r, 12).toUpperCase(), ['_id'], opt],
    ['Valor da venda', (c, o) => brlR$(o.total * 5), [OR('priceTotal')]],
    ['Valor elegível', (c, o) => brlR$(o.subtotal * 5), [], opt],
    ['% Comissão', (c, o, r) => `${v.pick(r, ['6', '8', '10', '12'])}%`, []],
    ['Comissão', (c, o, r) => brlR$(v.int(r, 500, 9000) / 100), []],
    ['% Cashback', (c, o, r) => `${v.pick(r, ['3', '4', '5', '8'])}%`, []],
    ['Status', (c, o, r) => v.pick(r, ['Pendente', 'Aprovada', 'Aprovada', 'Cancelada', 'Paga']), [], opt],
    ['Data de aprovação', (c, o, r) => (r() < 0.7 ? dmy(o.at + v.int(r, 30, 60) * DAY) : ''), [], opt],
    ['Dispositivo', (c, o, r) => v.pick(r, ['App', 'Extensão', 'Site mobile', 'Desktop']), ['device.type'], opt],
    ['Cupom', (c, o, r) => v.pick(r, ['', '', '', 'MELIUZ10']), ['commerce.promotionID'], opt],
    ['Nº da fatura', (c, o, r) => (r() < 0.6 ? `FAT-${v.int(r, 2024001, 2024120)}` : ''), []],
  ] },

  // ---------------------------------------------------------------- coalition loyalty, partner member export (Stix, Portal Parceiro > Clientes > Exportar)
  { name: 'stix-parceiro-clientes-pontos-pt', product: 'Stix (Portal do Parceiro: Clientes identificados > Exportar (.xlsx), Portuguese UI, a Brazilian pet-shop chain accruing Stix points)', family: 'loyalty', language: 'pt', schema: P, cols: [
    ['Código Stix', (c, o, r) => String(v.int(r, 100000000, 999999999)), ['loyalty.loyaltyID[0]', ...ID]],
    ['Nome Completo', (c, o, r, i) => nome(i), ['person.name.fullName']],
    ['CPF', (c, o, r) => cpf(r), ['person.taxId']],
    ['E-mail', (c, o, r, i) => (r() < 0.6 ? mail(i) : ''), ['personalEmail.address']],
    ['Telefone Celular', (c, o, r) => celPlus(r), ['mobilePhone.number']],
    ['Data de Nascimento', (c) => dmy(c.birth), ['person.birthDate']],
    ['Endereço', (c, o, r, i) => row(PLACES, i)[0], at(HOME, 'street1')],
    ['Bairro', (c, o, r, i) => row(PLACES, i)[1], [], opt],
    ['Cidade', (c, o, r, i) => row(PLACES, i)[2], at(HOME, 'city')],
    ['Estado', (c, o, r, i) => row(PLACES, i)[3], [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['CEP', (c, o, r, i) => row(PLACES, i)[4], at(HOME, 'postalCode')],
    ['Data de Cadastro', (c) => dmyHm(c.created), ['loyalty.joinDate']],
    ['Pontos Acumulados no Parceiro', (c, o, r) => String(v.int(r, 10, 9000)), [], opt],
    ['Saldo de Pontos', (c, o, r) => String(v.int(r, 0, 20000)), ['loyalty.points']],
    ['Pontos Resgatados', (c, o, r) => String(v.int(r, 0, 8000)), ['loyalty.pointsRedeemed']],
    ['Pontos a Expirar', (c, o, r) => String(r() < 0.3 ? v.int(r, 10, 900) : 0), ['loyalty.pointsExpiration[0].pointsExpiring'], opt],
    ['Data Expiração', (c) => `30/09/${new Date(c.updated).getUTCFullYear() + 1}`, ['loyalty.pointsExpiration[0].pointsExpirationDate'], opt],
    ['Última Compra', (c) => dmy(c.updated), [], opt],
    ['Aceite de Comunicação', (c, o, r) => simNao(r() < 0.75), [], opt],
  ] },
]
