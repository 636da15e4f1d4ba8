// Round 91, tune91: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). Italian and Brazilian/Portuguese CRM, WhatsApp and SMS marketing, lead-capture
// and small-business customer-registry exports: contacts, leads, subscribers and customers, each header in the
// product's UI language.
import { P, B, v, at, HOME, B2BID, opt } from './sets.mjs'
import { pad, parts, shift } from './values.mjs'

// dates: "22/05/2024" (it/pt), "22/05/2024 14:31", "2024-05-22 14:31:07", ISO
const dmy = (ms) => { const p = parts(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const dmyHM = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const dmyHMS = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ymdHMS = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const iso = (ms) => new Date(ms).toISOString()
const ymd = (ms) => { const p = parts(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
// money: "1.234,56"
const th = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')
// phones: Brazil "(11) 98765-4321", "5511987654321", "+55 11 98765-4321"; Italy "+39 347 1234567", "393471234567"; Portugal "912 345 678"
const DDD = [11, 21, 31, 41, 51, 61, 71, 81, 19, 48]
const brCel = (r) => `(${v.pick(r, DDD)}) 9${v.int(r, 6000, 9999)}-${pad(v.int(r, 0, 9999), 4)}`
const brCelE164 = (r) => `55${v.pick(r, DDD)}9${v.int(r, 6000, 9999)}${pad(v.int(r, 0, 9999), 4)}`
const brCelPlus = (r) => `+55 ${v.pick(r, DDD)} 9${v.int(r, 6000, 9999)}-${pad(v.int(r, 0, 9999), 4)}`
const brFixo = (r) => `(${v.pick(r, DDD)}) ${v.int(r, 2000, 3999)}-${pad(v.int(r, 0, 9999), 4)}`
const itCel = (r) => `+39 3${v.int(r, 20, 93)} ${v.int(r, 1000000, 9999999)}`
const itCelRaw = (r) => `393${v.int(r, 20, 93)}${v.int(r, 1000000, 9999999)}`
const itTel = (r) => `0${v.int(r, 2, 99)} ${v.int(r, 100000, 9999999)}`
const ptTlm = (r) => `9${v.pick(r, [1, 2, 3, 6])}${v.int(r, 0, 9)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`
const ptTel = (r) => `2${v.int(r, 10, 59)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`
// tax ids
const cpf = (r) => `${v.int(r, 100, 999)}.${v.int(r, 100, 999)}.${v.int(r, 100, 999)}-${pad(v.int(r, 0, 99))}`
const cnpj = (r) => `${pad(v.int(r, 10, 99))}.${v.int(r, 100, 999)}.${v.int(r, 100, 999)}/0001-${pad(v.int(r, 0, 99))}`
const piva = (r) => String(v.int(r, 10000000000, 19999999999)).slice(0, 11)
const CF_A = 'ABCDEFGHILMNPRSTVZ'
const up3 = (s) => s.toUpperCase().normalize('NFD').replace(/[^A-Z]/g, '').padEnd(3, 'X').slice(0, 3)
const cf = (c, r) => `${up3(c.last)}${up3(c.first)}${pad(v.int(r, 50, 99))}${v.pick(r, [...'ABCDEHLMPRST'])}${pad(v.int(r, 1, 28))}${v.pick(r, [...CF_A])}${v.int(r, 100, 999)}${v.pick(r, [...CF_A])}`
const nifPt = (r) => `${v.pick(r, ['1', '2', '2', '5'])}${v.int(r, 10000000, 99999999)}`
// places
const BR_BAIRRO = ['Centro', 'Pinheiros', 'Savassi', 'Batel', 'Moinhos de Vento', 'Copacabana', 'Boa Viagem', 'Asa Sul']
const IT_PROV = ['MI', 'RM', 'TO', 'NA', 'BO', 'FI', 'BS', 'VR']
const PT_CITY = [['Lisboa', '1250-096', 'Lisboa'], ['Porto', '4000-322', 'Porto'], ['Braga', '4700-035', 'Braga'], ['Coimbra', '3000-143', 'Coimbra'], ['Faro', '8000-138', 'Faro'], ['Aveiro', '3800-200', 'Aveiro']]
const PT_RUA = ['Rua Augusta', 'Avenida da Liberdade', 'Rua de Santa Catarina', 'Rua do Souto', 'Avenida Fernão de Magalhães', 'Rua de Santo António']
// people who own records
const USERS_BR = ['Ana Paula Ribeiro', 'Carlos Mendes', 'Fernanda Lopes', 'Rodrigo Tavares', 'Juliana Prado']
const USERS_IT = ['Marco Gallo', 'Giulia Fontana', 'Luca Moretti', 'Sara Conti', 'Paolo De Luca']
const USERS_PT = ['Rui Carvalho', 'Inês Monteiro', 'Tiago Sousa', 'Marta Pinto']
const nm = (c) => `${c.first} ${c.last}`
const siNo = (b) => (b ? 'Sì' : 'No')
const simNao = (b) => (b ? 'Sim' : 'Não')

export const SETS = [
  // ---------------------------------------------------------------- Clint (Brazilian sales CRM): Contatos > Exportar (CSV)
  { name: 'clint-contatos-exportar-ptbr', product: 'Clint (clint.digital, Contatos > Exportar contatos, CSV, Portuguese (Brazil) UI, a Brazilian online-course producer\'s sales team)', family: 'crm', language: 'pt', schema: B, cols: [
    ['ID', (c, o, r) => v.uuid(r), B2BID],
    ['Nome', (c) => nm(c), ['person.name.fullName']],
    ['E-mail', (c) => c.email, ['workEmail.address', 'personalEmail.address']],
    ['DDI', () => '55', ['mobilePhone.countryCode'], opt],
    ['Telefone', (c, o, r) => brCel(r).replace(/\D/g, ''), ['mobilePhone.number']],
    ['Empresa', (c) => c.company, ['b2b.companyName']],
    ['Cargo', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['CPF', (c, o, r) => (r() < 0.5 ? cpf(r) : ''), ['person.taxId']],
    ['Data de nascimento', (c) => dmy(c.birth), ['person.birthDate']],
    ['Instagram', (c) => `@${c.first.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '')}${c.id.slice(0, 3)}`, []],
    ['Origem', (c, o, r) => v.pick(r, ['Hotmart', 'Formulário do site', 'Instagram', 'Indicação', 'WhatsApp', 'Importação']), ['b2b.personSource']],
    ['Etiquetas', (c, o, r) => v.pick(r, ['lead quente', 'aluno, turma 3', '', 'recuperação', 'lançamento nov']), []],
    ['Responsável', (c, o, r) => v.pick(r, USERS_BR), [], opt],
    ['Negócios abertos', (c, o, r) => String(v.int(r, 0, 3)), []],
    ['Negócios ganhos', (c, o, r) => String(v.int(r, 0, 2)), []],
    ['Valor total ganho', (c, o, r) => th(r() < 0.5 ? 0 : v.int(r, 197, 4997)), []],
    ['Cidade', (c) => c.city, ['workAddress.city', 'homeAddress.city'], opt],
    ['Estado', (c) => c.region, ['workAddress.stateProvince', 'workAddress.state', 'homeAddress.stateProvince', 'homeAddress.state'], opt],
    ['UTM Source', (c, o, r) => v.pick(r, ['instagram', 'google', 'facebook', '', 'youtube']), [], opt],
    ['UTM Campaign', (c, o, r) => v.pick(r, ['black-friday', 'lancamento-nov', '', 'webinar-vendas']), [], opt],
    ['Criado em', (c) => dmyHM(c.created, -3), ['extSourceSystemAudit.createdDate']],
    ['Atualizado em', (c) => dmyHM(c.updated, -3), ['extSourceSystemAudit.lastUpdatedDate']],
  ] },

  // ---------------------------------------------------------------- Spoki (Italian WhatsApp marketing): Contatti > Esporta
  { name: 'spoki-contatti-esporta-it', product: 'Spoki (app.spoki.it, Contatti > Esporta contatti, CSV, Italian UI, an Italian e-commerce shop messaging customers on WhatsApp)', family: 'marketing', language: 'it', schema: P, cols: [
    ['ID', (c, o, r) => String(v.int(r, 10000000, 99999999)), ['_id', 'personID']],
    ['Telefono', (c, o, r) => itCelRaw(r), ['mobilePhone.number']],
    ['Nome', (c) => c.first, ['person.name.firstName']],
    ['Cognome', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Lingua', (c, o, r) => v.pick(r, ['it', 'it', 'it', 'en']), [], opt],
    ['Tag', (c, o, r) => v.pick(r, ['cliente', 'carrello abbandonato', 'vip, newsletter', '', 'lead instagram']), []],
    ['Liste', (c, o, r) => v.pick(r, ['Clienti Shopify', 'Promo Natale', 'Clienti Shopify, Promo Natale', '']), [], opt],
    ['Iscritto', (c) => (c.bool ? 'true' : 'false'), [], opt],
    ['Data iscrizione', (c) => (c.bool ? ymdHMS(c.created, 1) : ''), [], opt],
    ['Disiscritto il', (c, o, r) => (!c.bool && r() < 0.5 ? ymdHMS(c.updated, 1) : ''), [], opt],
    ['Operatore assegnato', (c, o, r) => (r() < 0.4 ? v.pick(r, USERS_IT) : ''), [], opt],
    ['Ultimo messaggio ricevuto', (c, o, r) => (r() < 0.7 ? ymdHMS(c.updated, 1) : ''), [], opt],
    ['Città', (c) => c.city, at(HOME, 'city')],
    ['Data di nascita', (c) => ymd(c.birth), ['person.birthDate']],
    ['Numero ordini', (c, o, r) => String(v.int(r, 0, 12)), [], opt],
    ['Totale speso', (c, o, r) => (v.int(r, 0, 90000) / 100).toFixed(2), [], opt],
    ['Creato il', (c) => ymdHMS(c.created, 1), [], opt],
    ['Modificato il', (c) => ymdHMS(c.updated, 1), [], opt],
  ] },

  // ---------------------------------------------------------------- GreatPages (Brazilian landing pages): Leads > Exportar
  { name: 'greatpages-leads-exportar-ptbr', product: 'GreatPages (painel: Leads > Exportar CSV, Portuguese (Brazil) UI, a Brazilian dental clinic capturing leads from landing pages)', family: 'marketing', language: 'pt', schema: P, cols: [
    ['Data', (c) => dmyHMS(c.created, -3), [], opt],
    ['Página', (c, o, r) => v.pick(r, ['Clareamento Dental - Promo', 'Implante - Avaliação Grátis', 'Ortodontia Invisível']), [], opt],
    ['Formulário', (c, o, r) => v.pick(r, ['Formulário principal', 'Pop-up saída']), []],
    ['nome', (c) => nm(c), ['person.name.fullName']],
    ['email', (c) => c.email, ['personalEmail.address']],
    ['telefone', (c, o, r) => brCel(r), ['mobilePhone.number', 'homePhone.number']],
    ['cidade', (c) => c.city, at(HOME, 'city')],
    ['Qual tratamento você procura?', (c, o, r) => v.pick(r, ['Clareamento', 'Implante', 'Aparelho', 'Limpeza']), []],
    ['Aceito receber comunicações', (c) => (c.bool ? 'Sim' : ''), [], opt],
    ['utm_source', (c, o, r) => v.pick(r, ['facebook', 'google', 'instagram', '']), [], opt],
    ['utm_medium', (c, o, r) => v.pick(r, ['cpc', 'social', '']), [], opt],
    ['utm_campaign', (c, o, r) => v.pick(r, ['clareamento-out', 'implante-2024', '']), [], opt],
    ['utm_content', (c, o, r) => v.pick(r, ['video-1', 'carrossel', '']), [], opt],
    ['utm_term', () => '', [], opt],
    ['IP', (c, o, r) => v.ip4(r), [], opt],
    ['Dispositivo', (c, o, r) => v.pick(r, ['Mobile', 'Mobile', 'Desktop']), [], opt],
    ['URL de conversão', (c, o, r) => `https://clinicasorriso.com.br/${v.pick(r, ['clareamento', 'implante', 'ortodontia'])}`, [], opt],
  ] },

  // ---------------------------------------------------------------- SMSHosting (Italian SMS marketing): Rubrica > Esporta contatti
  { name: 'smshosting-rubrica-esporta-it', product: 'SMSHosting (smshosting.it, Rubrica > Esporta contatti, CSV, Italian UI, an Italian gym chain sending SMS promotions)', family: 'marketing', language: 'it', schema: P, cols: [
    ['Cellulare', (c, o, r) => itCelRaw(r), ['mobilePhone.number']],
    ['Nome', (c) => c.first, ['person.name.firstName']],
    ['Cognome', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Sesso', (c) => (c.female ? 'F' : 'M'), ['person.gender']],
    ['Data di nascita', (c) => dmy(c.birth), ['person.birthDate']],
    ['Indirizzo', (c) => c.street, at(HOME, 'street1')],
    ['Città', (c) => c.city, at(HOME, 'city')],
    ['Provincia', (c) => c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['CAP', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Gruppi', (c, o, r) => v.pick(r, ['Iscritti Milano', 'Iscritti Milano;Promo estate', 'Ex iscritti', 'Prova gratuita']), []],
    ['Campo1', (c, o, r) => v.pick(r, ['Open', 'Mensile', 'Trimestrale', '']), [], opt],
    ['Campo2', (c, o, r) => `T${v.int(r, 1000, 9999)}`, [], opt],
    ['Campo3', () => '', []],
    ['Stato', (c) => (c.bool ? 'Attivo' : 'Disiscritto'), [], opt],
    ['Data inserimento', (c) => dmyHM(c.created, 1), [], opt],
  ] },
  // ---------------------------------------------------------------- Suri (Brazilian chatbot/omnichannel): Contatos > Exportar
  { name: 'suri-contatos-exportar-ptbr', product: 'Suri (chatbotmaker.io / suri.ai, Contatos > Exportar, CSV, Portuguese (Brazil) UI, a Brazilian furniture store attending customers on WhatsApp and Instagram)', family: 'marketing', language: 'pt', schema: P, cols: [
    ['Id', (c, o, r) => `wp${v.int(r, 100000000, 999999999)}`, ['_id', 'personID']],
    ['Nome', (c) => nm(c), ['person.name.fullName']],
    ['Telefone', (c, o, r) => brCelE164(r), ['mobilePhone.number']],
    ['Email', (c, o, r) => (r() < 0.6 ? c.email : ''), ['personalEmail.address']],
    ['Canal', (c, o, r) => v.pick(r, ['WhatsApp', 'WhatsApp', 'Instagram', 'Messenger', 'Webchat']), [], opt],
    ['Gênero', (c) => (c.female ? 'Feminino' : 'Masculino'), ['person.gender']],
    ['Data de Nascimento', (c, o, r) => (r() < 0.4 ? dmy(c.birth) : ''), ['person.birthDate']],
    ['Documento', (c, o, r) => (r() < 0.4 ? cpf(r).replace(/\D/g, '') : ''), ['person.taxId']],
    ['CEP', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Endereço', (c) => c.street, at(HOME, 'street1')],
    ['Bairro', (c, o, r) => v.pick(r, BR_BAIRRO), [], opt],
    ['Cidade', (c) => c.city, at(HOME, 'city')],
    ['UF', (c) => c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Etiquetas', (c, o, r) => v.pick(r, ['orçamento', 'cliente;sofá', '', 'pós-venda']), []],
    ['Departamento', (c, o, r) => v.pick(r, ['Vendas', 'Assistência', 'Financeiro']), []],
    ['Atendente', (c, o, r) => (r() < 0.6 ? v.pick(r, USERS_BR) : ''), [], opt],
    ['Opt-in', (c) => (c.bool ? 'true' : 'false'), [], opt],
    ['Data de Criação', (c) => iso(c.created), [], opt],
    ['Última Interação', (c) => iso(c.updated), [], opt],
  ] },

  // ---------------------------------------------------------------- JetSales (Brazilian WhatsApp CRM): Contatos > Exportar Excel
  { name: 'jetsales-contatos-exportar-ptbr', product: 'JetSales (app, Contatos > Exportar (.xlsx), Portuguese (Brazil) UI, a Brazilian car-insurance broker selling over WhatsApp)', family: 'crm', language: 'pt', schema: P, cols: [
    ['Código', (c, o, r) => String(v.int(r, 1000, 99999)), ['_id', 'personID']],
    ['Nome', (c) => nm(c), ['person.name.fullName']],
    ['Número', (c, o, r) => brCelE164(r), ['mobilePhone.number']],
    ['E-mail', (c, o, r) => (r() < 0.5 ? c.email : ''), ['personalEmail.address']],
    ['CPF/CNPJ', (c, o, r) => (r() < 0.8 ? cpf(r) : cnpj(r)), ['person.taxId'], opt],
    ['Etiquetas', (c, o, r) => v.pick(r, ['Cotação Auto', 'Renovação, Cliente', '', 'Sinistro']), []],
    ['Funil', () => 'Vendas Seguro Auto', []],
    ['Etapa', (c, o, r) => v.pick(r, ['Novo lead', 'Cotação enviada', 'Negociação', 'Fechado', 'Perdido']), []],
    ['Valor', (c, o, r) => th(v.int(r, 1200, 6800)), [], opt],
    ['Carteira', (c, o, r) => v.pick(r, USERS_BR), [], opt],
    ['Conexão', () => 'Comercial 1', []],
    ['Origem', (c, o, r) => v.pick(r, ['Anúncio Facebook', 'Site', 'Indicação', 'Importado']), [], opt],
    ['Bloqueado', () => 'Não', [], opt],
    ['Placa do veículo', (c, o, r) => `${v.alnum(r, 3).toUpperCase().replace(/[0-9]/g, 'K')}${v.int(r, 1, 9)}${v.pick(r, [...'ABCDEFGHIJ'])}${pad(v.int(r, 0, 99))}`, []],
    ['Data de cadastro', (c) => dmyHM(c.created, -3), [], opt],
    ['Última mensagem', (c) => dmyHM(c.updated, -3), [], opt],
  ] },

  // ---------------------------------------------------------------- Ydea Cloud (Italian CRM/helpdesk): Anagrafiche > Contatti > Esporta
  { name: 'ydea-contatti-esporta-it', product: 'Ydea Cloud (Anagrafiche > Contatti > Esporta Excel, Italian UI, an Italian IT-services company recording contacts at client firms)', family: 'b2b', language: 'it', schema: B, cols: [
    ['ID', (c, o, r) => String(v.int(r, 1000, 99999)), B2BID],
    ['Azienda', (c) => c.company, ['b2b.companyName']],
    ['ID azienda', (c, o, r) => String(v.int(r, 100, 9999)), ['b2b.accountID', 'b2b.accountKey.sourceID'], opt],
    ['Titolo', (c) => (c.female ? 'Dott.ssa' : 'Dott.'), ['person.name.courtesyTitle']],
    ['Nome', (c) => c.first, ['person.name.firstName']],
    ['Cognome', (c) => c.last, ['person.name.lastName']],
    ['Ruolo', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Reparto', (c, o, r) => v.pick(r, ['Amministrazione', 'IT', 'Acquisti', 'Direzione']), ['extendedWorkDetails.departments[0]'], opt],
    ['Email', (c) => c.workEmail, ['workEmail.address']],
    ['Telefono', (c, o, r) => itTel(r), ['workPhone.number']],
    ['Interno', (c, o, r) => (r() < 0.4 ? String(v.int(r, 200, 299)) : ''), ['workPhone.extension']],
    ['Cellulare', (c, o, r) => itCel(r), ['mobilePhone.number']],
    ['Sede', (c, o, r) => v.pick(r, ['Sede legale', 'Filiale Milano', 'Magazzino']), [], opt],
    ['Riceve ticket', (c) => siNo(c.bool), []],
    ['Riceve newsletter', (c, o, r) => siNo(r() < 0.5), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
    ['Referente principale', (c, o, r) => siNo(r() < 0.3), []],
    ['Note', (c, o, r) => v.pick(r, ['', '', 'Contattare solo la mattina', 'Responsabile contratto assistenza']), []],
    ['Attivo', () => 'Sì', [], opt],
    ['Data creazione', (c) => dmyHM(c.created, 1), ['extSourceSystemAudit.createdDate']],
    ['Ultima modifica', (c) => dmyHM(c.updated, 1), ['extSourceSystemAudit.lastUpdatedDate']],
  ] },

  // ---------------------------------------------------------------- vhsys (Brazilian ERP): Cadastros > Clientes > Exportar
  { name: 'vhsys-clientes-exportar-ptbr', product: 'vhsys (Cadastros > Clientes e Fornecedores > Exportar (Excel), Portuguese (Brazil) UI, a Brazilian pet shop\'s customer registry)', family: 'ecommerce-customers', language: 'pt', schema: P, cols: [
    ['Código', (c, o, r) => String(v.int(r, 1, 9999)), ['_id', 'personID']],
    ['Tipo Pessoa', () => 'Física', [], opt],
    ['Razão Social / Nome', (c) => nm(c), ['person.name.fullName']],
    ['Nome Fantasia', () => '', []],
    ['CNPJ/CPF', (c, o, r) => cpf(r), ['person.taxId']],
    ['RG/IE', (c, o, r) => (r() < 0.5 ? `${v.int(r, 10, 99)}.${v.int(r, 100, 999)}.${v.int(r, 100, 999)}-${v.int(r, 0, 9)}` : ''), [], opt],
    ['Data Nascimento', (c) => dmy(c.birth), ['person.birthDate']],
    ['Endereço', (c) => c.street.split(',')[0], at(HOME, 'street1')],
    ['Número', (c) => c.street.split(', ')[1] ?? '', [], opt],
    ['Complemento', (c) => c.street2, at(HOME, 'street2')],
    ['Bairro', (c, o, r) => v.pick(r, BR_BAIRRO), [], opt],
    ['Cidade', (c) => c.city, at(HOME, 'city')],
    ['UF', (c) => c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['CEP', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Telefone', (c, o, r) => brFixo(r), ['homePhone.number']],
    ['Celular', (c, o, r) => brCel(r), ['mobilePhone.number']],
    ['E-mail', (c) => c.email, ['personalEmail.address']],
    ['Limite de Crédito', (c, o, r) => th(v.int(r, 0, 20) * 100), []],
    ['Vendedor', (c, o, r) => v.pick(r, USERS_BR), [], opt],
    ['Observações', (c, o, r) => v.pick(r, ['', '', 'Cachorro: Thor (golden)', 'Gato: Mia']), []],
    ['Situação', (c) => (c.bool ? 'Ativo' : 'Inativo'), [], opt],
    ['Data Cadastro', (c) => dmy(c.created), [], opt],
  ] },
  // ---------------------------------------------------------------- GestãoClick (Brazilian ERP): Cadastros > Clientes > Exportar
  { name: 'gestaoclick-clientes-exportar-ptbr', product: 'GestãoClick (Cadastros > Clientes > Exportar (Excel), Portuguese (Brazil) UI, a Brazilian building-materials shop\'s customers, people and companies)', family: 'crm', language: 'pt', schema: P, cols: [
    ['Código', (c, o, r) => String(v.int(r, 1, 99999)), ['_id', 'personID']],
    ['Tipo de pessoa', (c, o, r) => (r() < 0.8 ? 'PF' : 'PJ'), [], opt],
    ['Nome', (c) => nm(c), ['person.name.fullName']],
    ['Razão social', () => '', []],
    ['CPF', (c, o, r) => cpf(r), ['person.taxId']],
    ['CNPJ', () => '', [], opt],
    ['RG', (c, o, r) => (r() < 0.4 ? String(v.int(r, 10000000, 99999999)) : ''), [], opt],
    ['Inscrição estadual', () => '', []],
    ['Data de nascimento', (c) => dmy(c.birth), ['person.birthDate']],
    ['Sexo', (c) => (c.female ? 'Feminino' : 'Masculino'), ['person.gender']],
    ['Telefone', (c, o, r) => brFixo(r), ['homePhone.number']],
    ['Celular', (c, o, r) => brCel(r), ['mobilePhone.number']],
    ['E-mail', (c) => c.email, ['personalEmail.address']],
    ['CEP', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Logradouro', (c) => c.street.split(',')[0], at(HOME, 'street1')],
    ['Número', (c) => c.street.split(', ')[1] ?? '', [], opt],
    ['Complemento', (c) => c.street2, at(HOME, 'street2')],
    ['Bairro', (c, o, r) => v.pick(r, BR_BAIRRO), [], opt],
    ['Cidade', (c) => c.city, at(HOME, 'city')],
    ['Estado', (c) => c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Vendedor', (c, o, r) => v.pick(r, USERS_BR), [], opt],
    ['Ativo', (c) => (c.bool ? 'Sim' : 'Não'), [], opt],
    ['Observações', (c, o, r) => v.pick(r, ['', '', 'Entregar após 14h', 'Cliente de obra']), []],
    ['Cadastrado em', (c) => dmyHMS(c.created, -3), [], opt],
  ] },

  // ---------------------------------------------------------------- KeyInvoice (Portuguese invoicing/CRM): Clientes > Exportar
  { name: 'keyinvoice-clientes-exportar-pt', product: 'KeyInvoice (Clientes > Exportar (Excel), Portuguese (Portugal) UI, a Portuguese bike shop\'s customer file)', family: 'ecommerce-customers', language: 'pt', schema: P, cols: [
    ['Código', (c, o, r) => String(v.int(r, 1, 9999)), ['_id', 'personID']],
    ['Nome', (c) => nm(c), ['person.name.fullName']],
    ['Contribuinte', (c, o, r) => nifPt(r), ['person.taxId']],
    ['Morada', (c, o, r, i) => `${PT_RUA[i % PT_RUA.length]}, ${v.int(r, 1, 300)}`, at(HOME, 'street1')],
    ['Morada 2', (c, o, r) => (r() < 0.3 ? `${v.int(r, 1, 9)}º ${v.pick(r, ['Esq.', 'Dto.'])}` : ''), at(HOME, 'street2')],
    ['Código Postal', (c, o, r, i) => PT_CITY[i % PT_CITY.length][1], at(HOME, 'postalCode')],
    ['Localidade', (c, o, r, i) => PT_CITY[i % PT_CITY.length][0], at(HOME, 'city')],
    ['Distrito', (c, o, r, i) => PT_CITY[i % PT_CITY.length][2], [...at(HOME, 'stateProvince'), ...at(HOME, 'state')], opt],
    ['País', () => 'PT', at(HOME, 'countryCode')],
    ['Telefone', (c, o, r) => ptTel(r), ['homePhone.number']],
    ['Telemóvel', (c, o, r) => ptTlm(r), ['mobilePhone.number']],
    ['Email', (c, o, r) => c.email.replace(/@.*/, '@' + v.pick(r, ['sapo.pt', 'gmail.com', 'hotmail.com', 'outlook.pt'])), ['personalEmail.address']],
    ['Desconto (%)', (c, o, r) => (r() < 0.2 ? '5,00' : '0,00'), []],
    ['Prazo de Pagamento', (c, o, r) => v.pick(r, ['Pronto pagamento', '30 dias']), []],
    ['Vendedor', (c, o, r) => v.pick(r, USERS_PT), [], opt],
    ['Saldo', (c, o, r) => th(r() < 0.7 ? 0 : v.int(r, 20, 900)), []],
    ['Observações', (c, o, r) => v.pick(r, ['', '', 'Cliente BTT clube', 'Enviar fatura por email']), []],
    ['Ativo', (c) => simNao(c.bool), [], opt],
    ['Data de Criação', (c) => dmy(c.created), [], opt],
  ] },

  // ---------------------------------------------------------------- Mago4 (Italian ERP by Zucchetti/Microarea): Clienti > Esporta in Excel
  { name: 'mago4-contatti-clienti-esporta-it', product: 'Mago4 (Vendite > Clienti > Contatti, Esporta in Excel, Italian UI, an Italian machinery maker\'s contacts at customer companies)', family: 'b2b', language: 'it', schema: B, cols: [
    ['Cliente', (c, o, r) => `C${pad(v.int(r, 1, 9999), 5)}`, ['b2b.accountID', 'b2b.accountKey.sourceID'], opt],
    ['Ragione Sociale', (c) => c.company, ['b2b.companyName']],
    ['Partita IVA', (c, o, r) => piva(r), []],
    ['Codice Fiscale', (c, o, r) => piva(r), [], opt],
    ['Contatto', (c, o, r) => String(v.int(r, 1, 20)), [], opt],
    ['Nome', (c) => c.first, ['person.name.firstName']],
    ['Cognome', (c) => c.last, ['person.name.lastName']],
    ['Titolo', (c) => (c.female ? 'Sig.ra' : 'Sig.'), ['person.name.courtesyTitle']],
    ['Qualifica', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Telefono', (c, o, r) => itTel(r), ['workPhone.number']],
    ['Cellulare', (c, o, r) => itCel(r), ['mobilePhone.number']],
    ['Fax', (c, o, r) => (r() < 0.3 ? itTel(r) : ''), ['faxPhone.number']],
    ['E-mail', (c) => c.workEmail, ['workEmail.address']],
    ['Indirizzo', (c) => c.street, ['workAddress.street1']],
    ['CAP', (c) => c.postcode, ['workAddress.postalCode']],
    ['Città', (c) => c.city, ['workAddress.city']],
    ['Provincia', (c) => c.region, ['workAddress.stateProvince', 'workAddress.state']],
    ['Nazione', () => 'IT', ['workAddress.countryCode']],
    ['Agente', (c, o, r) => v.pick(r, USERS_IT), [], opt],
    ['Zona', (c, o, r) => v.pick(r, ['Nord-Ovest', 'Nord-Est', 'Centro', 'Sud']), []],
    ['Disabilitato', (c) => (c.bool ? 'No' : 'Sì'), [], opt],
    ['Data Inserimento', (c) => dmy(c.created), ['extSourceSystemAudit.createdDate'], opt],
  ] },

  // ---------------------------------------------------------------- Sienge (Brazilian construction ERP, CRM module): Clientes > Exportar
  { name: 'sienge-clientes-exportar-ptbr', product: 'Sienge (Apoio > Pessoas > Clientes, relatório exportado em Excel, Portuguese (Brazil) UI, a Brazilian homebuilder\'s buyers of apartments)', family: 'crm', language: 'pt', schema: P, cols: [
    ['Código', (c, o, r) => String(v.int(r, 1, 20000)), ['_id', 'personID']],
    ['Nome', (c) => nm(c), ['person.name.fullName']],
    ['CPF/CNPJ', (c, o, r) => cpf(r), ['person.taxId']],
    ['RG', (c, o, r) => `${v.int(r, 1000000, 9999999)}`, [], opt],
    ['Órgão Emissor', () => 'SSP', []],
    ['Sexo', (c) => (c.female ? 'F' : 'M'), ['person.gender']],
    ['Data de Nascimento', (c) => dmy(c.birth), ['person.birthDate']],
    ['Estado Civil', (c, o, r) => v.pick(r, ['Solteiro(a)', 'Casado(a)', 'Divorciado(a)', 'União estável']), ['person.maritalStatus']],
    ['Nacionalidade', () => 'Brasileira', ['person.nationality'], opt],
    ['Profissão', (c) => c.job, [], opt],
    ['Tipo de Logradouro', () => 'Rua', [], opt],
    ['Logradouro', (c) => c.street.split(',')[0], at(HOME, 'street1')],
    ['Número', (c) => c.street.split(', ')[1] ?? '', [], opt],
    ['Complemento', (c) => c.street2, at(HOME, 'street2')],
    ['Bairro', (c, o, r) => v.pick(r, BR_BAIRRO), [], opt],
    ['Cidade', (c) => c.city, at(HOME, 'city')],
    ['UF', (c) => c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['CEP', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Telefone Residencial', (c, o, r) => brFixo(r), ['homePhone.number']],
    ['Telefone Celular', (c, o, r) => brCel(r), ['mobilePhone.number']],
    ['Telefone Comercial', (c, o, r) => (r() < 0.4 ? brFixo(r) : ''), ['workPhone.number']],
    ['E-mail', (c) => c.email, ['personalEmail.address']],
    ['Cônjuge', (c, o, r) => (r() < 0.4 ? `${v.pick(r, ['Ana', 'Pedro', 'Camila', 'Lucas'])} ${c.last}` : ''), []],
    ['Data de Cadastro', (c) => dmy(c.created), [], opt],
  ] },
]
