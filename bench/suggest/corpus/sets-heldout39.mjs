// Round 39, heldout39: held-out sets added in round 29's brief, written apart from the suggester and any tuning, scored
// once at the end. Same format as sets.mjs (sources in ../README.md): header as the product exports it, one value
// generator per column in the product's formats, the accepted destinations ([] = nothing fits) and 'opt' for borderline
// columns.
import { E, B, P, v, f, at, HOME, B2BID, PL, OR, SHIP, BILL, GEO, opt } from './sets.mjs'
import { slug } from './values10.mjs'
import { loc } from './values9.mjs'
import { pad, parts, shift } from './values.mjs'

// summer time (April-October) by month, good enough for generated rows
const dst = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 }
const brt = (ms) => shift(ms, -3) // Brasília, no summer time since 2019
const brDate = (ms) => { const p = brt(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const brTime = (ms) => { const p = brt(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const brSec = (ms) => { const p = brt(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const brIso = (ms) => { const p = brt(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)}T${pad(p.H)}:${pad(p.M)}:${pad(p.S)}-03:00` }
const brl = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')
const digits = (s) => s.replace(/\D/g, '')
const e164 = (c) => `+55${digits(c.mobile)}`
const cpf = (c) => { const n = String(100000000 + (+c.id * 7919) % 899999999); return `${n.slice(0, 3)}.${n.slice(3, 6)}.${n.slice(6, 9)}-${pad(+c.id % 97)}` }
const cnpj = (c) => { const n = String(10000000 + (+c.id * 104729) % 89999999); return `${n.slice(0, 2)}.${n.slice(2, 5)}.${n.slice(5, 8)}/0001-${pad(+c.id % 89 + 10)}` }
const uf = (c) => c.region
const sexo = (c) => (c.female ? 'Feminino' : 'Masculino')

// Octadesk: contacts of a Brazilian e-commerce's help desk (Contatos > Exportar, CSV; Portuguese UI, two custom fields).
const OC_ORG = ['', '', 'Loja Bela Casa Ltda', 'Distribuidora Sul Peças', '', 'Clínica Vida Plena']
const OC_CANAL = ['WhatsApp', 'WhatsApp', 'E-mail', 'Chat do site', 'Instagram', 'Formulário']
const OC_RESP = ['Camila Rocha', 'Diego Martins', 'Equipe Atendimento', '']
// Mailbiz: contacts of a Brazilian fashion store's e-mail automation (Contatos > Exportar, CSV; with the store's purchase data).
const MB_ST = ['Ativo', 'Ativo', 'Ativo', 'Ativo', 'Descadastrado', 'Bounce', 'Spam']
const mbSt = (c) => MB_ST[+c.id % MB_ST.length]
const MB_ORIG = ['Pop-up de cadastro', 'Checkout', 'Checkout', 'Integração VTEX', 'Importação', 'Landing page Black Friday']
const mbOrders = (c) => (+c.id % 5 === 0 ? 0 : 1 + (+c.id % 7))
const mbSpent = (c) => +(mbOrders(c) * (89.9 + (+c.id % 23) * 7.35)).toFixed(2)
// Zenvia: contacts of a Brazilian clinic chain's Zenvia Customer Cloud (Contatos > Exportar contatos, CSV; Portuguese UI).
const ZV_TAG = ['', 'paciente', 'paciente, retorno', 'lead-campanha-odonto', 'convênio', '']
// Blip (Take Blip): contacts of a Brazilian bank's WhatsApp bot (Portal Blip > Contatos > Exportar, CSV; the contact's fields).
const BL_GRP = ['clientes', 'clientes', 'leads', 'atendimento-humano', 'clientes-pj']
const BL_SRC = ['WhatsApp', 'WhatsApp', 'WhatsApp', 'BlipChat', 'Instagram', 'Messenger']

// Moskit CRM: deals of a Brazilian software reseller (Negócios > Exportar, Excel; one row per deal with its contact and company).
const MK_ST = ['Aberto', 'Aberto', 'Aberto', 'Ganho', 'Ganho', 'Perdido']
const mkSt = (c) => MK_ST[+c.id % MK_ST.length]
const MK_STAGE = ['Prospecção', 'Qualificação', 'Apresentação', 'Proposta enviada', 'Negociação']
const MK_ORIG = ['Site', 'Indicação', 'Evento', 'Google Ads', 'Prospecção ativa']
const MK_CARGO = ['Diretor de TI', 'Gerente de Compras', 'Sócio-administrador', 'Coordenadora Financeira', 'Analista de Sistemas']
const mkVal = (c) => 4800 + (+c.id % 37) * 650
const coSlug = (c) => slug(c.company).slice(0, 12)
const brWork = (c) => `${slug(c.first)}.${slug(c.last)}@${coSlug(c)}.com.br`
// Exact Sales (Spotter): B2B leads of a Brazilian payroll-software vendor's pre-sales team (Leads > Exportar, Excel).
const EX_ETAPA = ['Filtro', 'Filtro', 'Agendado', 'Vendas', 'Vendido', 'Descartado']
const exEtapa = (c) => EX_ETAPA[+c.id % EX_ETAPA.length]
const EX_MERC = ['Indústria', 'Varejo', 'Serviços', 'Saúde', 'Agronegócio', 'Tecnologia']
const EX_BAIRRO = ['Bela Vista', 'Centro', 'Savassi', 'Batel', 'Moinhos de Vento', 'Pinheiros']
// Defontana: customers of a Chilean wholesaler's ERP (Ventas > Clientes > Exportar a Excel; Spanish UI).
const cl = (c) => loc(c, 'cl')
const rut = (c) => { const n = 76000000 + (+c.id * 131) % 3999999; const s = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.'); return `${s}-${'0123456789K'[+c.id % 11]}` }
const DF_FANT = ['Ferretería El Roble', 'Minimarket Don Lucho', 'Constructora Andes', 'Farmacia San Ramón', 'Bazar La Estrella', 'Panadería Los Aromos']
const DF_GIRO = ['Venta al por menor de artículos de ferretería', 'Comercio al por menor en minimarkets', 'Construcción de edificios', 'Venta al por menor de productos farmacéuticos', 'Comercio al por menor de artículos de bazar', 'Elaboración de productos de panadería']
const dfFant = (c) => DF_FANT[+c.id % DF_FANT.length]
const dfMail = (c) => `${slug(cl(c).first)}.${slug(cl(c).last)}@${slug(dfFant(c)).slice(0, 14)}.cl`
const clDate = (ms) => { const p = shift(ms, dst(ms) ? -4 : -3); return `${pad(p.d)}-${pad(p.m)}-${p.y}` }
const clp = (n) => n.toFixed(0).replace(/\B(?=(\d{3})+(?!\d))/g, '.')

// Computop: card and wallet payments of a German sporting-goods shop (Computop Analytics: Vorgänge einsehen > Datenexport,
// CSV with the sections Vorgangsdaten, Statusdaten, Kartendaten, Personendaten and IP-Daten selected; German UI).
const berlinSec = (ms) => { const p = shift(ms, dst(ms) ? 2 : 1); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const deMoney = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')
const CT_PM = ['Kreditkarte', 'Kreditkarte', 'PayPal', 'Lastschrift', 'Klarna', 'Kreditkarte', 'Apple Pay']
const ctPm = (o) => CT_PM[+o.id % CT_PM.length]
const ctCard = (o) => ['Kreditkarte', 'Apple Pay'].includes(ctPm(o))
const CT_KIND = ['Buchung', 'Buchung', 'Autorisierung', 'Buchung', 'Gutschrift', 'Buchung']
const ctKind = (o) => CT_KIND[+o.id % CT_KIND.length]
const ctFail = (o) => +o.id % 9 === 4
const ctAmt = (o) => +(o.total * 1.6).toFixed(2)
// Saferpay: a Swiss watch retailer's journal (Saferpay Backoffice: Transaktionen > Journal > Export, CSV; German UI, CHF).
const zurich = (ms) => { const p = shift(ms, dst(ms) ? 2 : 1); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const SP_PM = ['VISA', 'MASTERCARD', 'TWINT', 'POSTFINANCE', 'VISA', 'AMEX', 'MASTERCARD']
const spPm = (o) => SP_PM[+o.id % SP_PM.length]
const spCard = (o) => ['VISA', 'MASTERCARD', 'AMEX'].includes(spPm(o))
const SP_ST = ['Abgeschlossen', 'Abgeschlossen', 'Abgeschlossen', 'Reserviert', 'Verworfen', 'Abgeschlossen']
const spSt = (o) => SP_ST[+o.id % SP_ST.length]
const spAmt = (o) => +(o.total * 3.2).toFixed(2)
const spId = (r) => v.alnum(r, 25).replace(/[^A-Za-z0-9]/g, 'b')
// Monetico (Crédit Mutuel / CIC): a French wine merchant's e-commerce payments (Monetico back-office: Paiements > Recherche > Exporter, CSV; French UI).
const paris = (ms) => { const p = shift(ms, dst(ms) ? 2 : 1); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const frMoney = (n) => n.toFixed(2).replace('.', ',')
const MO_ST = ['Payé', 'Payé', 'Payé', 'Refusé', 'Annulé', 'Payé', 'Remboursé']
const moSt = (o) => MO_ST[+o.id % MO_ST.length]
const moAmt = (o) => +(o.total * 2.1).toFixed(2)
const MO_CARD = ['CB', 'CB', 'VISA', 'MASTERCARD', 'CB', 'AMEX']
const moCard = (o) => MO_CARD[+o.id % MO_CARD.length]
// Cardlink: e-commerce payments of a Greek island hotel's web shop (Cardlink merchant portal: Συναλλαγές > Εξαγωγή, Excel; Greek UI).
const athens = (ms) => { const p = shift(ms, dst(ms) ? 3 : 2); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const CL_ST = ['Εγκεκριμένη', 'Εγκεκριμένη', 'Εγκεκριμένη', 'Απορρίφθηκε', 'Ακυρώθηκε', 'Επιστροφή']
const cdSt = (o) => CL_ST[+o.id % CL_ST.length]
const CL_BRAND = ['Visa', 'Mastercard', 'Visa', 'Maestro', 'American Express', 'Diners']
const cdCard = (o) => +o.id % 6 < 4
const cdAmt = (o) => +(o.total * 4.5).toFixed(2)
const cdInst = (o) => (cdAmt(o) > 500 && +o.id % 3 === 0 ? [3, 6, 12][+o.id % 3 === 0 ? (+o.id >> 2) % 3 : 0] : 0)
const GR_LAST = ['Παπαδόπουλος', 'Γεωργίου', 'Νικολάου', 'Οικονόμου', 'Μακρή', 'Παππά']
const grMail = (c) => `${['gpapad', 'mgeorgiou', 'nikos.n', 'eleni.oik', 'kmakri', 'dpappa'][+c.id % 6]}${+c.id % 90}@${['gmail.com', 'yahoo.gr', 'hotmail.com', 'otenet.gr'][+c.id % 4]}`
// Qliro: a Swedish outdoor shop's orders (Qliro merchant portal: Ordrar > Exportera, Excel; Swedish UI, one row per order).
const sv = (c) => loc(c, 'sv')
const stockholm = (ms) => { const p = shift(ms, dst(ms) ? 2 : 1); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}` }
const sek = (n) => n.toFixed(2).replace('.', ',')
const QL_PM = ['Faktura', 'Faktura', 'Delbetalning', 'Kort', 'Swish', 'Kort']
const qlPm = (o) => QL_PM[+o.id % QL_PM.length]
const QL_ST = ['Levererad', 'Levererad', 'Aktiverad', 'Väntar', 'Makulerad', 'Krediterad']
const qlSt = (o) => QL_ST[+o.id % QL_ST.length]
const qlGoods = (o) => +(o.subtotal * 11).toFixed(2)
const qlShip = (o) => (qlGoods(o) >= 499 ? 0 : 59)
const qlTotal = (o) => +(qlGoods(o) + qlShip(o) - (o.discount ? 100 : 0)).toFixed(2)
const pnr = (c) => { const p = parts(c.birth); return `${p.y}${pad(p.m)}${pad(p.d)}-${pad(+c.id % 10000, 4)}` }

export const SETS = [
  // ---------------------------------------------------------------- support desk
  { name: 'octadesk-contatos-pt', product: 'Octadesk (Contatos > Exportar, CSV; Portuguese UI, a Brazilian e-commerce\'s help desk with the custom fields CPF and Data de nascimento)', family: 'support', language: 'pt', schema: P, cols: [
    ['ID', (c, o, r) => v.uuid(r), ['_id', 'personID']],
    ['Nome', (c) => c.full, ['person.name.fullName']],
    ['E-mail', (c, o, r) => (r() < 0.8 ? c.email : ''), ['personalEmail.address', 'workEmail.address']],
    ['Telefone', (c) => e164(c), ['mobilePhone.number', 'homePhone.number']],
    ['Organização', (c) => OC_ORG[+c.id % OC_ORG.length], ['organizations[0]']],
    ['Tipo', (c) => (OC_ORG[+c.id % OC_ORG.length] ? 'Pessoa jurídica' : 'Pessoa física'), [], opt],
    ['Status', (c) => (+c.id % 9 === 4 ? 'Inativo' : 'Ativo'), [], opt],
    ['Responsável', (c) => OC_RESP[+c.id % OC_RESP.length], []],
    ['Canal de origem', (c) => OC_CANAL[+c.id % OC_CANAL.length], [], opt],
    ['Tags', (c) => ['', 'vip', 'troca', 'reclamação, procon', ''][+c.id % 5], []],
    ['CPF', (c, o, r) => (r() < 0.6 ? cpf(c) : ''), ['person.taxId'], opt],
    ['Data de nascimento', (c, o, r) => (r() < 0.4 ? brDate(c.birth) : ''), ['person.birthDate']],
    ['Cidade', (c) => c.city, at(HOME, 'city')],
    ['Estado', (c) => uf(c), [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Idioma', () => 'Português (Brasil)', [], opt],
    ['Quantidade de tickets', (c) => String(1 + (+c.id % 6)), []],
    ['Último atendimento', (c) => brTime(c.updated), [], opt],
    ['Data de criação', (c) => brTime(c.created), [], opt],
    ['Observações', (c, o, r) => v.pick(r, ['', '', '', 'Cliente prefere contato pelo WhatsApp', 'Pedido extraviado em 2023']), []],
  ] },
  { name: 'blip-contatos-pt', product: 'Blip (Take Blip) (Portal Blip > Contatos > Exportar, CSV; a Brazilian bank\'s WhatsApp bot, the contact\'s fields in Portuguese words)', family: 'support', language: 'pt', schema: P, cols: [
    ['Identidade', (c) => `${digits(e164(c))}@wa.gw.msging.net`, ['personID', '_id'], opt],
    ['Nome', (c) => c.full, ['person.name.fullName']],
    ['E-mail', (c, o, r) => (r() < 0.5 ? c.email : ''), ['personalEmail.address']],
    ['Telefone', (c) => e164(c), ['mobilePhone.number']],
    ['Celular', (c, o, r) => (r() < 0.2 ? e164(c) : ''), ['mobilePhone.number']],
    ['Documento', (c, o, r) => (r() < 0.7 ? digits(cpf(c)) : ''), ['person.taxId'], opt],
    ['Gênero', (c, o, r) => (r() < 0.5 ? (c.female ? 'feminino' : 'masculino') : ''), ['person.gender'], opt],
    ['Cidade', (c, o, r) => (r() < 0.6 ? c.city : ''), at(HOME, 'city')],
    ['Endereço', (c, o, r) => (r() < 0.3 ? c.street : ''), at(HOME, 'street1'), opt],
    ['Idioma', () => 'pt-BR', [], opt],
    ['Fuso horário', () => '-3', [], opt],
    ['Grupo', (c) => BL_GRP[+c.id % BL_GRP.length], []],
    ['Origem', (c) => BL_SRC[+c.id % BL_SRC.length], [], opt],
    ['Foto', (c, o, r) => (r() < 0.4 ? `https://pps.whatsapp.net/v/t61.24694-24/${v.int(r, 100000000, 999999999)}_n.jpg` : ''), []],
    ['Data da primeira mensagem', (c) => brIso(c.created), [], opt],
    ['Data da última mensagem', (c) => brIso(Math.max(c.created, c.updated)), [], opt],
    ['Data de criação', (c) => brIso(c.created), [], opt],
    ['Extras', (c) => `{"agencia":"${pad(+c.id % 9000 + 1000, 4)}","segmento":"${['varejo', 'alta renda', 'universitário'][+c.id % 3]}","optinWhatsApp":"${+c.id % 7 === 2 ? 'false' : 'true'}"}`, []],
  ] },
  // ---------------------------------------------------------------- email tools
  { name: 'mailbiz-contatos-pt', product: 'Mailbiz (Contatos > Exportar, CSV; a Brazilian fashion store\'s e-mail automation, with the store\'s purchase data)', family: 'email', language: 'pt', schema: P, cols: [
    ['E-mail', (c) => c.email, ['personalEmail.address']],
    ['Nome', (c) => c.first, ['person.name.firstName']],
    ['Sobrenome', (c, o, r) => (r() < 0.8 ? c.last : ''), ['person.name.lastName']],
    ['Celular', (c, o, r) => (r() < 0.7 ? c.mobile : ''), ['mobilePhone.number']],
    ['Data de nascimento', (c, o, r) => (r() < 0.35 ? brDate(c.birth) : ''), ['person.birthDate']],
    ['Gênero', (c, o, r) => (r() < 0.6 ? sexo(c) : ''), ['person.gender'], opt],
    ['Cidade', (c) => c.city, at(HOME, 'city')],
    ['UF', (c) => uf(c), [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['CEP', (c, o, r) => (r() < 0.6 ? c.postcode : ''), at(HOME, 'postalCode')],
    ['Status', (c) => mbSt(c), ['personalEmail.status'], opt],
    ['Origem', (c) => MB_ORIG[+c.id % MB_ORIG.length], [], opt],
    ['Listas', (c) => ['Newsletter', 'Newsletter; Clientes', 'Clientes; VIP', 'Newsletter; Black Friday 2024'][+c.id % 4], []],
    ['Aceita receber e-mails', (c) => (['Descadastrado', 'Spam'].includes(mbSt(c)) ? 'Não' : 'Sim'), [], opt],
    ['Aceita receber SMS', (c) => (+c.id % 3 === 0 ? 'Sim' : 'Não'), [], opt],
    ['Data de cadastro', (c) => brSec(c.created), [], opt],
    ['Data da última compra', (c) => (mbOrders(c) ? brSec(Math.max(c.created, c.updated)) : ''), [], opt],
    ['Quantidade de pedidos', (c) => String(mbOrders(c)), []],
    ['Valor total gasto', (c) => brl(mbSpent(c)), ['loyalty.lifetimePurchases'], opt],
    ['Ticket médio', (c) => (mbOrders(c) ? brl(mbSpent(c) / mbOrders(c)) : '0,00'), []],
    ['Último e-mail aberto', (c, o, r) => (r() < 0.6 ? brSec(c.updated) : ''), [], opt],
    ['Loja', () => 'Ateliê Maré', []],
  ] },
  { name: 'zenvia-contatos-pt', product: 'Zenvia (Zenvia Customer Cloud: Contatos > Exportar contatos, CSV; Portuguese UI, a Brazilian dental clinic chain)', family: 'email', language: 'pt', schema: P, cols: [
    ['Nome', (c) => c.first, ['person.name.firstName']],
    ['Sobrenome', (c) => c.last, ['person.name.lastName']],
    ['E-mail', (c, o, r) => (r() < 0.75 ? c.email : ''), ['personalEmail.address']],
    ['Celular', (c) => `55${digits(c.mobile)}`, ['mobilePhone.number']],
    ['Telefone fixo', (c, o, r) => (r() < 0.25 ? c.phone : ''), ['homePhone.number']],
    ['CPF', (c, o, r) => (r() < 0.5 ? cpf(c) : ''), ['person.taxId'], opt],
    ['Data de nascimento', (c, o, r) => (r() < 0.6 ? brDate(c.birth) : ''), ['person.birthDate']],
    ['Gênero', (c) => sexo(c), ['person.gender'], opt],
    ['Empresa', (c, o, r) => (r() < 0.2 ? c.company : ''), ['organizations[0]']],
    ['Cargo', (c, o, r) => (r() < 0.2 ? v.pick(r, ['Analista financeiro', 'Gerente comercial', 'Professora', 'Engenheiro civil']) : ''), []],
    ['Endereço', (c, o, r) => (r() < 0.4 ? c.street : ''), at(HOME, 'street1')],
    ['Cidade', (c) => c.city, at(HOME, 'city')],
    ['Estado', (c) => uf(c), [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['CEP', (c, o, r) => (r() < 0.4 ? c.postcode : ''), at(HOME, 'postalCode')],
    ['País', () => 'Brasil', at(HOME, 'country')],
    ['Tags', (c) => ZV_TAG[+c.id % ZV_TAG.length], []],
    ['Opt-out SMS', (c) => (+c.id % 11 === 3 ? 'true' : 'false'), [], opt],
    ['Opt-out WhatsApp', (c) => (+c.id % 13 === 5 ? 'true' : 'false'), [], opt],
    ['Opt-out E-mail', (c) => (+c.id % 8 === 1 ? 'true' : 'false'), [], opt],
    ['Criado em', (c) => brSec(c.created), [], opt],
    ['Atualizado em', (c) => brSec(Math.max(c.created, c.updated)), [], opt],
  ] },
  // ---------------------------------------------------------------- CRM
  { name: 'moskit-negocios-pt', product: 'Moskit CRM (Negócios > Exportar, Excel; Portuguese UI, a Brazilian software reseller, one row per deal with its contact and company)', family: 'crm', language: 'pt', schema: B, cols: [
    ['ID', (c) => String(5200000 + +c.id), [], opt],
    ['Nome do negócio', (c) => `${c.company} - ${['ERP Cloud', 'Licenças Microsoft 365', 'Backup gerenciado', 'Firewall'][+c.id % 4]}`, []],
    ['Valor', (c) => brl(mkVal(c)), []],
    ['Funil', () => 'Vendas B2B', []],
    ['Etapa', (c) => MK_STAGE[+c.id % MK_STAGE.length], [], opt],
    ['Status', (c) => mkSt(c), [], opt],
    ['Responsável', (c) => ['Rafael Souza', 'Juliana Prado', 'Marcos Tavares'][+c.id % 3], []],
    ['Empresa', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Contato', (c) => c.full, ['person.name.fullName']],
    ['Cargo do contato', (c) => MK_CARGO[+c.id % MK_CARGO.length], ['extendedWorkDetails.jobTitle']],
    ['E-mail do contato', (c) => brWork(c), ['workEmail.address', 'personalEmail.address']],
    ['Telefone do contato', (c) => c.phone, ['workPhone.number']],
    ['Celular do contato', (c, o, r) => (r() < 0.7 ? c.mobile : ''), ['mobilePhone.number']],
    ['Origem', (c) => MK_ORIG[+c.id % MK_ORIG.length], ['b2b.personSource'], opt],
    ['Produtos', (c) => ['ERP Cloud (12 meses)', 'Microsoft 365 Business Standard x 25', 'Backup 2 TB', 'FortiGate 60F'][+c.id % 4], []],
    ['Previsão de fechamento', (c) => brDate(Math.max(c.created, c.updated) + 30 * 86400000), []],
    ['Data de fechamento', (c) => (mkSt(c) === 'Aberto' ? '' : brDate(Math.max(c.created, c.updated))), []],
    ['Motivo da perda', (c) => (mkSt(c) === 'Perdido' ? ['Preço', 'Escolheu concorrente', 'Sem orçamento'][+c.id % 3] : ''), []],
    ['Data de criação', (c) => brTime(c.created), [], opt],
    ['Última atividade', (c) => brTime(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Próxima atividade', (c) => (mkSt(c) === 'Aberto' ? brTime(Math.max(c.created, c.updated) + 3 * 86400000) : ''), []],
    ['Cidade', (c) => c.city, ['workAddress.city'], opt],
    ['Estado', (c) => uf(c), ['workAddress.stateProvince', 'workAddress.state'], opt],
    ['Tags', (c) => ['', 'renovação', 'upsell', '', 'parceiro'][+c.id % 5], []],
  ] },
  { name: 'defontana-clientes-es', product: 'Defontana (Ventas > Clientes > Exportar a Excel; Spanish UI, a Chilean wholesaler\'s customer master)', family: 'crm', language: 'es', schema: B, cols: [
    ['Rut', (c) => rut(c), [], opt],
    ['Razón Social', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Nombre Fantasía', (c) => dfFant(c), ['b2b.companyName', 'organizations[0]'], opt],
    ['Giro', (c) => DF_GIRO[+c.id % DF_GIRO.length], []],
    ['Dirección', (c) => cl(c).street, ['workAddress.street1']],
    ['Comuna', (c) => cl(c).comuna, ['workAddress.city'], opt],
    ['Ciudad', (c) => cl(c).city, ['workAddress.city']],
    ['Región', (c) => cl(c).region, ['workAddress.stateProvince', 'workAddress.state', 'workAddress.region']],
    ['País', () => 'Chile', ['workAddress.country']],
    ['Teléfono', (c, o, r) => `+56 2 ${v.int(r, 2200, 2999)} ${v.int(r, 1000, 9999)}`, ['workPhone.number']],
    ['Email', (c) => `contacto@${slug(dfFant(c)).slice(0, 14)}.cl`, ['workEmail.address'], opt],
    ['Contacto', (c) => cl(c).full, ['person.name.fullName']],
    ['Cargo Contacto', (c) => ['Dueño', 'Jefe de Compras', 'Administradora', 'Encargado de Bodega'][+c.id % 4], ['extendedWorkDetails.jobTitle']],
    ['Email Contacto', (c) => dfMail(c), ['workEmail.address', 'personalEmail.address']],
    ['Teléfono Contacto', (c) => cl(c).mobile, ['mobilePhone.number', 'workPhone.number']],
    ['Email Intercambio DTE', (c) => `dte@${slug(dfFant(c)).slice(0, 14)}.cl`, [], opt],
    ['Vendedor', (c) => ['Patricio Rojas', 'Carolina Muñoz', 'Oficina'][+c.id % 3], []],
    ['Lista de Precio', (c) => ['Mayorista', 'Detalle', 'Mayorista', 'Especial Constructoras'][+c.id % 4], []],
    ['Condición de Pago', (c) => ['Contado', '30 días', '30 días', '60 días'][+c.id % 4], []],
    ['Límite de Crédito', (c) => clp(500000 + (+c.id % 20) * 250000), []],
    ['Tipo', () => 'Cliente', ['b2b.personType'], opt],
    ['Estado', (c) => (+c.id % 10 === 7 ? 'Bloqueado' : 'Activo'), ['b2b.isBlocked'], opt],
    ['Fecha Creación', (c) => clDate(c.created), ['extSourceSystemAudit.createdDate'], opt],
  ] },
  // ---------------------------------------------------------------- B2B leads
  { name: 'exact-sales-leads-pt', product: 'Exact Sales (Spotter: Leads > Exportar, Excel; Portuguese UI, a Brazilian payroll-software vendor\'s pre-sales team)', family: 'b2b', language: 'pt', schema: B, cols: [
    ['Código', (c) => String(3100000 + +c.id * 3), B2BID, opt],
    ['Empresa', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['CNPJ', (c, o, r) => (r() < 0.7 ? cnpj(c) : ''), [], opt],
    ['Site', (c) => `www.${coSlug(c)}.com.br`, ['b2b.companyWebsite']],
    ['Telefone 1', (c) => c.phone, ['workPhone.number']],
    ['Telefone 2', (c, o, r) => (r() < 0.3 ? `(${c.phone.slice(1, 3)}) 3${v.int(r, 100, 999)}-${pad(v.int(r, 0, 9999), 4)}` : ''), ['workPhone.number', 'otherPhone.number'], opt],
    ['Mercado', (c) => EX_MERC[+c.id % EX_MERC.length], []],
    ['Produto do lead', (c) => ['Folha de pagamento', 'Ponto eletrônico', 'Folha + Ponto', 'eSocial'][+c.id % 4], []],
    ['Número de funcionários', (c) => ['11 a 50', '51 a 200', '201 a 500', '501 a 1000'][+c.id % 4], []],
    ['Origem', (c) => ['Inbound - Site', 'Outbound', 'Inbound - Material rico', 'Indicação', 'Evento'][+c.id % 5], ['b2b.personSource'], opt],
    ['Sub-Origem', (c) => ['E-book folha de pagamento', 'Lista Apollo', 'Webinar eSocial', 'Parceiro contábil', 'RH Summit'][+c.id % 5], [], opt],
    ['Etapa', (c) => exEtapa(c), ['b2b.personStatus'], opt],
    ['Pré-vendedor', (c) => ['Ana Beatriz Lima', 'Lucas Ferreira', 'Gabriel Nunes'][+c.id % 3], []],
    ['Vendedor', (c) => (['Vendas', 'Vendido'].includes(exEtapa(c)) ? ['Patrícia Alves', 'Ricardo Mendes'][+c.id % 2] : ''), []],
    ['Data de cadastro', (c) => brTime(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Data do agendamento', (c) => (['Agendado', 'Vendas', 'Vendido'].includes(exEtapa(c)) ? brTime(Math.max(c.created, c.updated) + 86400000) : ''), []],
    ['Nome do contato', (c) => c.first, ['person.name.firstName']],
    ['Sobrenome do contato', (c) => c.last, ['person.name.lastName']],
    ['Cargo', (c) => ['Gerente de RH', 'Analista de Departamento Pessoal', 'Diretora Financeira', 'CEO', 'Coordenador de DP'][+c.id % 5], ['extendedWorkDetails.jobTitle']],
    ['E-mail do contato', (c) => brWork(c), ['workEmail.address', 'personalEmail.address']],
    ['Telefone do contato', (c, o, r) => (r() < 0.5 ? c.phone : ''), ['workPhone.number']],
    ['Celular do contato', (c, o, r) => (r() < 0.7 ? c.mobile : ''), ['mobilePhone.number']],
    ['Endereço', (c) => c.street, ['workAddress.street1']],
    ['Bairro', (c) => EX_BAIRRO[+c.id % EX_BAIRRO.length], ['workAddress.street2'], opt],
    ['Cidade', (c) => c.city, ['workAddress.city']],
    ['UF', (c) => uf(c), ['workAddress.stateProvince', 'workAddress.state']],
    ['CEP', (c) => c.postcode, ['workAddress.postalCode']],
    ['País', () => 'Brasil', ['workAddress.country']],
    ['Motivo de descarte', (c) => (exEtapa(c) === 'Descartado' ? ['Sem perfil', 'Já possui sistema', 'Sem contato'][+c.id % 3] : ''), []],
    ['Observação', (c, o, r) => v.pick(r, ['', '', 'Usa planilha hoje, 180 colaboradores', 'Retornar após fechamento do mês']), []],
  ] },
  // ---------------------------------------------------------------- payments
  { name: 'computop-transaktionen-de', product: 'Computop (Computop Analytics: Vorgänge einsehen > Datenexport, CSV; German UI, a German sporting-goods shop, sections Vorgangs-, Status-, Karten-, Personen- and IP-Daten)', family: 'payments', language: 'de', schema: E, cols: [
    ['Datum', (c, o) => berlinSec(o.at), ['timestamp']],
    ['MerchantID', () => 'sportwelt_shop', []],
    ['PayID', (c, o, r) => v.hex(r, 32), [OR('payments[0].transactionID'), '_id']],
    ['TransID', (c, o) => `T${o.id}${pad(+o.id % 100)}`, [OR('payments[0].transactionID'), OR('purchaseID')], opt],
    ['RefNr', (c, o) => `SW-${200000 + +o.id}`, [OR('purchaseID')]],
    ['Vorgangsart', (c, o) => ctKind(o), [], opt],
    ['Zahlart', (c, o) => ctPm(o), [OR('payments[0].paymentType')]],
    ['Betrag', (c, o) => deMoney(ctAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Währung', () => 'EUR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Status', (c, o) => (ctFail(o) ? 'FAILED' : ctKind(o) === 'Autorisierung' ? 'AUTHORIZED' : 'OK'), [], opt],
    ['Code', (c, o) => (ctFail(o) ? '21000055' : '00000000'), []],
    ['Beschreibung', (c, o) => (ctFail(o) ? 'Card declined' : 'success'), []],
    ['Gutschriftsbetrag', (c, o) => (ctKind(o) === 'Gutschrift' ? deMoney(ctAmt(o)) : '0,00'), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['Kartenmarke', (c, o) => (ctCard(o) ? ['VISA', 'MasterCard', 'VISA', 'AMEX'][(+o.id >> 1) % 4] : ''), [OR('payments[0].paymentType')], opt],
    ['Pseudokartennummer', (c, o, r) => (ctCard(o) ? `0${v.int(r, 100000000, 999999999)}${v.int(r, 100000, 999999)}` : ''), []],
    ['Ablaufdatum', (c, o, r) => (ctCard(o) ? `${v.int(r, 2026, 2030)}${pad(v.int(r, 1, 12))}` : ''), []],
    ['3-D Secure', (c, o) => (ctCard(o) ? (+o.id % 5 === 1 ? 'N' : 'Y') : ''), []],
    ['Vorname', (c) => c.first, []],
    ['Nachname', (c) => c.last, []],
    ['E-Mail', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Straße', (c) => c.street, [BILL('street1')]],
    ['PLZ', (c) => c.postcode, [BILL('postalCode')]],
    ['Ort', (c) => c.city, [BILL('city')]],
    ['Land', () => 'DEU', [BILL('countryCode')]],
    ['IP-Adresse', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['IP-Land', (c, o) => (+o.id % 8 === 3 ? 'AUT' : 'DEU'), [GEO('countryCode')], opt],
    ['Bestellbeschreibung', (c, o) => `Bestellung SW-${200000 + +o.id}`, [], opt],
  ] },
  { name: 'saferpay-transaktionen-de', product: 'Saferpay (Worldline/SIX: Saferpay Backoffice > Transaktionen > Journal > Export, CSV; German UI, a Swiss watch retailer, CHF)', family: 'payments', language: 'de', schema: E, cols: [
    ['Datum', (c, o) => zurich(o.at), ['timestamp']],
    ['Transaktions-ID', (c, o, r) => spId(r), [OR('payments[0].transactionID'), '_id']],
    ['Bestellnummer', (c, o) => `UH${o.id}`, [OR('purchaseID')]],
    ['Typ', (c, o) => (+o.id % 13 === 6 ? 'Gutschrift' : 'Belastung'), [], opt],
    ['Status', (c, o) => spSt(o), [], opt],
    ['Betrag', (c, o) => spAmt(o).toFixed(2), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Währung', () => 'CHF', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Zahlungsmittel', (c, o) => spPm(o), [OR('payments[0].paymentType')]],
    ['Kartennummer', (c, o, r) => (spCard(o) ? `${spPm(o) === 'VISA' ? '4' : spPm(o) === 'AMEX' ? '37' : '5'}${v.int(r, 10000, 99999)}xxxxxx${v.int(r, 1000, 9999)}` : ''), []],
    ['Ablaufdatum', (c, o, r) => (spCard(o) ? `${pad(v.int(r, 1, 12))}/${v.int(r, 26, 30)}` : ''), []],
    ['Karteninhaber', (c, o) => (spCard(o) ? c.full.toUpperCase() : ''), []],
    ['Ausgabeland', (c, o) => (spCard(o) ? ['CH', 'CH', 'DE', 'CH', 'FR'][+o.id % 5] : ''), [], opt],
    ['Autorisierungscode', (c, o, r) => (spSt(o) !== 'Verworfen' ? String(v.int(r, 100000, 999999)) : ''), []],
    ['3D Secure', (c, o) => (spCard(o) ? ['Authentifiziert', 'Authentifiziert', 'Nicht unterstützt'][+o.id % 3] : ''), []],
    ['Liability Shift', (c, o) => (spCard(o) ? (+o.id % 3 === 2 ? 'Nein' : 'Ja') : ''), []],
    ['Terminal-ID', () => '17738551', []],
    ['Beschreibung', (c, o) => `Bestellung UH${o.id}`, [], opt],
    ['Verbucht am', (c, o) => (spSt(o) === 'Abgeschlossen' ? zurich(o.at + 3600000) : ''), [], opt],
    ['E-Mail', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['IP-Adresse', (c, o, r) => v.ip4(r), ['environment.ipV4']],
  ] },
  { name: 'monetico-paiements-fr', product: 'Monetico (Crédit Mutuel / CIC: back-office Monetico Paiement > Paiements > Recherche > Exporter, CSV; French UI, a French wine merchant\'s web shop)', family: 'payments', language: 'fr', schema: E, cols: [
    ['TPE', () => '6512345', []],
    ['Date', (c, o) => paris(o.at), ['timestamp']],
    ['Référence', (c, o) => `CMD${o.id}`, [OR('purchaseID')]],
    ['Montant', (c, o) => frMoney(moAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Devise', () => 'EUR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Etat', (c, o) => moSt(o), [], opt],
    ['Moyen de paiement', (c, o) => (+o.id % 9 === 2 ? 'PayPal' : +o.id % 9 === 5 ? 'Paiement fractionné 3x' : 'Carte'), [OR('payments[0].paymentType')]],
    ['Type de carte', (c, o) => moCard(o), [OR('payments[0].paymentType')], opt],
    ['Numéro de carte', (c, o, r) => `${moCard(o) === 'AMEX' ? '37' : moCard(o) === 'MASTERCARD' ? '5' : '4'}${v.int(r, 10000, 99999)}******${v.int(r, 1000, 9999)}`, []],
    ['Pays de la carte', (c, o) => ['FR', 'FR', 'FR', 'BE', 'CH'][+o.id % 5], [], opt],
    ['Numéro d\'autorisation', (c, o, r) => (['Refusé'].includes(moSt(o)) ? '' : String(v.int(r, 100000, 999999))), []],
    ['Code retour', (c, o) => (moSt(o) === 'Refusé' ? 'Annulation' : 'paiement'), []],
    ['3DSecure', (c, o) => (+o.id % 4 === 1 ? 'Frictionless' : 'Challenge'), []],
    ['Montant remboursé', (c, o) => (moSt(o) === 'Remboursé' ? frMoney(moAmt(o)) : '0,00'), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['Date de remise', (c, o) => (['Payé', 'Remboursé'].includes(moSt(o)) ? paris(o.at + 86400000).slice(0, 10) : ''), [], opt],
    ['Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Adresse IP', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Pays de l\'IP', (c, o) => (+o.id % 7 === 3 ? 'BE' : 'FR'), [GEO('countryCode')], opt],
    ['Texte libre', (c, o) => `client ${c.id} - ${o.qty} article(s)`, []],
  ] },
  { name: 'cardlink-synallages-el', product: 'Cardlink (merchant portal: Συναλλαγές > Εξαγωγή, Excel; Greek UI, e-commerce payments of a Greek island hotel)', family: 'payments', language: 'el', schema: E, cols: [
    ['Ημερομηνία', (c, o) => athens(o.at), ['timestamp']],
    ['Κωδικός συναλλαγής', (c, o, r) => String(v.int(r, 100000000, 999999999)) + pad(v.int(r, 0, 99)), [OR('payments[0].transactionID'), '_id']],
    ['Κωδικός παραγγελίας', (c, o) => `BKG-${o.id}`, [OR('purchaseID')]],
    ['Τύπος συναλλαγής', (c, o) => (cdSt(o) === 'Επιστροφή' ? 'Επιστροφή χρημάτων' : +o.id % 4 === 3 ? 'Προέγκριση' : 'Πώληση'), [], opt],
    ['Κατάσταση', (c, o) => cdSt(o), [], opt],
    ['Ποσό', (c, o) => frMoney(cdAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Νόμισμα', () => 'EUR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Τρόπος πληρωμής', (c, o) => (+o.id % 6 === 5 ? 'IRIS' : +o.id % 6 === 4 ? 'PayPal' : 'Κάρτα'), [OR('payments[0].paymentType')]],
    ['Τύπος κάρτας', (c, o) => (cdCard(o) ? CL_BRAND[+o.id % CL_BRAND.length] : ''), [OR('payments[0].paymentType')], opt],
    ['Αριθμός κάρτας', (c, o, r) => (cdCard(o) ? `${v.int(r, 400000, 559999)}******${v.int(r, 1000, 9999)}` : ''), []],
    ['Κωδικός έγκρισης', (c, o, r) => (cdSt(o) === 'Απορρίφθηκε' ? '' : String(v.int(r, 100000, 999999))), []],
    ['Δόσεις', (c, o) => (cdCard(o) ? String(cdInst(o)) : ''), []],
    ['Ποσό επιστροφής', (c, o) => (cdSt(o) === 'Επιστροφή' ? frMoney(cdAmt(o)) : '0,00'), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['Email πελάτη', (c) => grMail(c), ['endUserIDs._experience.emailid.id'], opt],
    ['Ονοματεπώνυμο κατόχου', (c) => `${['ΓΕΩΡΓΙΟΣ', 'ΜΑΡΙΑ', 'ΝΙΚΟΛΑΟΣ', 'ΕΛΕΝΗ', 'ΚΩΝΣΤΑΝΤΙΝΟΣ', 'ΔΗΜΗΤΡΑ'][+c.id % 6]} ${GR_LAST[+c.id % GR_LAST.length].toUpperCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')}`, []],
    ['Χώρα κάρτας', (c, o) => (cdCard(o) ? ['GR', 'GR', 'DE', 'GB', 'GR', 'IT'][(+o.id >> 1) % 6] : ''), [], opt],
    ['Διεύθυνση IP', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Τερματικό (TID)', () => '99871234', []],
    ['Περιγραφή', (c, o) => `Κράτηση BKG-${o.id} - ${1 + (+o.id % 6)} διανυκτερεύσεις`, []],
  ] },
  // ---------------------------------------------------------------- e-commerce orders
  { name: 'qliro-ordrar-sv', product: 'Qliro (merchant portal: Ordrar > Exportera, Excel; Swedish UI, a Swedish outdoor shop, one row per order)', family: 'ecommerce-orders', language: 'sv', schema: E, cols: [
    ['Qliro ordernummer', (c, o) => String(4100000 + +o.id * 7), [OR('payments[0].transactionID'), OR('purchaseID')], opt],
    ['Butikens ordernummer', (c, o) => `FJ-${100000 + +o.id}`, [OR('purchaseID')]],
    ['Orderdatum', (c, o) => stockholm(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o) => qlSt(o), [], opt],
    ['Betalmetod', (c, o) => qlPm(o), [OR('payments[0].paymentType')]],
    ['Belopp', (c, o) => sek(qlTotal(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Varav moms', (c, o) => sek(qlTotal(o) * 0.2), [OR('taxAmount')]],
    ['Frakt', (c, o) => sek(qlShip(o)), ['commerce.shipping.shippingAmount']],
    ['Rabatt', (c, o) => sek(o.discount ? 100 : 0), [OR('discountAmount')]],
    ['Valuta', () => 'SEK', [OR('currencyCode')]],
    ['Aktiverat belopp', (c, o) => sek(['Levererad', 'Aktiverad', 'Krediterad'].includes(qlSt(o)) ? qlTotal(o) : 0), [OR('payments[0].paymentAmount')], opt],
    ['Krediterat belopp', (c, o) => sek(qlSt(o) === 'Krediterad' ? qlTotal(o) : 0), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['Personnummer', (c) => pnr(c), [], opt],
    ['Förnamn', (c) => sv(c).first, []],
    ['Efternamn', (c) => sv(c).last, []],
    ['E-post', (c) => sv(c).email, ['endUserIDs._experience.emailid.id'], opt],
    ['Mobilnummer', (c) => sv(c).mobile, [], opt],
    ['Fakturaadress', (c) => sv(c).street, [BILL('street1')]],
    ['Postnummer', (c) => sv(c).zip, [BILL('postalCode')]],
    ['Ort', (c) => sv(c).city, [BILL('city')]],
    ['Land', () => 'SE', [BILL('countryCode')]],
    ['Leveransadress', (c, o) => (+o.id % 6 === 1 ? `Ombud: ICA Kvantum ${sv(c).city}` : sv(c).street), [SHIP('street1')]],
    ['Leveranspostnummer', (c) => sv(c).zip, [SHIP('postalCode')]],
    ['Leveransort', (c) => sv(c).city, [SHIP('city')]],
    ['Leveranssätt', (c, o) => ['PostNord Ombud', 'Budbee Box', 'Instabox', 'DHL Hemleverans'][+o.id % 4], ['commerce.shipping.shippingMethod'], opt],
    ['Kampanjkod', (c, o) => (o.discount ? 'FJALL100' : ''), ['commerce.promotionID'], opt],
    ['Antal artiklar', (c, o) => String(o.qty), [PL('quantity')], opt],
  ] },
]
