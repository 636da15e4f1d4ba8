// Round 101, tune101: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). Italian and Portuguese (Portugal, Brazil) payment providers, e-invoicing and
// accounting tools, B2B lead lists and a B2B CRM: pagoPA collections, instalment-credit applications, SdI invoices, a freelancer's
// customers, company registers and prospect lists, Multibanco / MB WAY and boleto / PIX payments, received NF-e and a
// recurring-billing customer list; Italian and Portuguese headers.
import { E, P, B, v, HOME, B2BID, PL, OR, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'
import { slug } from './values.mjs'

// times: Europe/Rome and Europe/Lisbon (summer time April-October), Brasília (UTC-3)
const day = 86400000
const romeOff = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 ? 2 : 1 }
const itDT = (ms) => { const p = shift(ms, romeOff(ms)); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const itD = (ms) => { const p = shift(ms, romeOff(ms)); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const ymd = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const ptDT = (ms) => { const p = shift(ms, romeOff(ms) - 1); return `${pad(p.d)}-${pad(p.m)}-${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ptD = (ms) => { const p = shift(ms, romeOff(ms) - 1); return `${pad(p.d)}-${pad(p.m)}-${p.y}` }
const ptDs = (ms) => { const p = shift(ms, romeOff(ms) - 1); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const brDT = (ms) => { const p = shift(ms, -3); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const brDTm = (ms) => { const p = shift(ms, -3); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const brD = (ms) => { const p = shift(ms, -3); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }

// amounts: "1.234,56", "1.234,56 €", "R$ 1.234,56"
const eur = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')
const eurSym = (n) => `${eur(n)} €`
const brl = (n) => `R$ ${eur(n)}`

// tax and registry numbers
const cons = (s) => (s.toUpperCase().normalize('NFD').replace(/[^A-Z]/g, '').replace(/[AEIOU]/g, '') + 'XXX').slice(0, 3)
const cf = (c, r) => { const p = shift(c.birth, 0); return `${cons(c.last)}${cons(c.first)}${String(p.y).slice(2)}${'ABCDEHLMPRST'[p.m - 1]}${pad(p.d + (c.female ? 40 : 0))}${v.pick(r, ['F205', 'H501', 'L219', 'F839', 'A944', 'D612'])}${'ABCDEFGHJKLMNPQRSTUVWXYZ'[v.int(r, 0, 23)]}` }
const piva = (r) => `${pad(v.int(r, 0, 9999999), 7)}${v.pick(r, ['015', '096', '037', '108', '048'])}${v.int(r, 0, 9)}`
const cfAzienda = (r) => piva(r)
const cpf = (r) => `${v.int(r, 100, 999)}.${v.int(r, 100, 999)}.${v.int(r, 100, 999)}-${pad(v.int(r, 0, 99))}`
const cnpj = (r) => `${pad(v.int(r, 10, 99))}.${v.int(r, 100, 999)}.${v.int(r, 100, 999)}/0001-${pad(v.int(r, 0, 99))}`
const nifPt = (r) => `${v.pick(r, ['1', '2'])}${v.int(r, 10000000, 99999999)}`
const nipc = (r) => `5${v.int(r, 0, 1)}${v.int(r, 1000000, 9999999)}`

// Italian companies: [name, street, CAP, comune, provincia, regione, website, phone]
const IT_CO = [
  ['Officine Meccaniche Brambilla S.r.l.', 'Via dell\'Industria 14', '20871', 'Vimercate', 'MB', 'Lombardia', 'www.brambillameccanica.it', '039 6081122'],
  ['Ceramiche Emiliane S.p.A.', 'Via Radici in Piano 210', '41049', 'Sassuolo', 'MO', 'Emilia-Romagna', 'www.ceramicheemiliane.it', '0536 871200'],
  ['Tessitura Lariana S.n.c.', 'Via Per Cernobbio 33', '22100', 'Como', 'CO', 'Lombardia', 'www.tessituralariana.it', '031 572390'],
  ['Packaging Adriatico S.r.l.', 'Via Emilia Ponente 88', '40133', 'Bologna', 'BO', 'Emilia-Romagna', 'www.packagingadriatico.it', '051 6415577'],
  ['Oleodinamica Bergamasca S.r.l.', 'Via Zanica 52', '24126', 'Bergamo', 'BG', 'Lombardia', 'www.oleobergamasca.it', '035 321884'],
  ['Fonderia Reggiana S.p.A.', 'Via Gramsci 54', '42124', 'Reggio Emilia', 'RE', 'Emilia-Romagna', 'www.fonderiareggiana.it', '0522 301455'],
  ['Automazioni Brianza S.r.l.', 'Via Milano 120', '20821', 'Meda', 'MB', 'Lombardia', 'www.automazionibrianza.it', '0362 72418'],
]
const ATECO = [['28.22.09', 'Fabbricazione di altre macchine e apparecchi di sollevamento e movimentazione'], ['23.31.00', 'Fabbricazione di piastrelle in ceramica per pavimenti e rivestimenti'], ['13.20.00', 'Tessitura'], ['17.21.00', 'Fabbricazione di carta e cartone ondulato e di imballaggi di carta e cartone'], ['28.12.00', 'Fabbricazione di apparecchiature fluidodinamiche'], ['24.51.00', 'Fusione di ghisa e produzione di tubi e raccordi in ghisa'], ['28.99.99', 'Fabbricazione di altre macchine per impieghi speciali nca']]
const CARICHE = ['Amministratore unico', 'Presidente del consiglio di amministrazione', 'Amministratore delegato', 'Socio amministratore', 'Consigliere']
const ESPONENTI = ['Direttore generale', 'Responsabile acquisti', 'Direttore tecnico', 'Responsabile amministrativo', 'Amministratore delegato', 'Responsabile IT']

// Portuguese people and companies
const PT_FIRST = ['João', 'Maria', 'Tiago', 'Inês', 'Rui', 'Catarina', 'Miguel', 'Sofia', 'Duarte', 'Beatriz', 'Nuno', 'Marta']
const PT_LAST = ['Silva', 'Santos', 'Ferreira', 'Pereira', 'Oliveira', 'Costa', 'Rodrigues', 'Martins', 'Sousa', 'Fernandes', 'Gonçalves', 'Carvalho']
const ptFirst = (c) => PT_FIRST[+c.id % PT_FIRST.length]
const ptLast = (c) => PT_LAST[Math.floor(+c.id / 13) % PT_LAST.length]
const ptMobile = (r) => `9${v.pick(r, ['1', '2', '3', '6'])}${v.int(r, 0, 9)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`
// [name, morada, código postal, localidade, concelho, distrito, website, telefone, CAE, atividade]
const PT_CO = [
  ['Têxteis Vale do Ave, Lda.', 'Rua da Indústria 245', '4760-112', 'Vila Nova de Famalicão', 'Vila Nova de Famalicão', 'Braga', 'www.texteisvaleave.pt', '252 318 440', '13921', 'Fabricação de artigos têxteis confecionados, exceto vestuário'],
  ['Metalúrgica Portuense, S.A.', 'Avenida da Boavista 1837', '4100-133', 'Porto', 'Porto', 'Porto', 'www.metalportuense.pt', '226 091 870', '25110', 'Fabricação de estruturas de construções metálicas'],
  ['Calçado Minhoto, Lda.', 'Rua do Souto 61', '4700-329', 'Braga', 'Braga', 'Braga', 'www.calcadominhoto.pt', '253 264 015', '15201', 'Fabricação de calçado'],
  ['Transportes Douro Norte, Lda.', 'Zona Industrial de Alvarelhos, Lote 12', '4745-012', 'Trofa', 'Trofa', 'Porto', 'www.dourotransportes.pt', '252 493 300', '49410', 'Transportes rodoviários de mercadorias'],
  ['Vinhos Quinta do Pinhão, S.A.', 'Estrada Nacional 222, Km 4', '5085-034', 'Pinhão', 'Alijó', 'Vila Real', 'www.quintadopinhao.pt', '254 732 118', '11021', 'Produção de vinhos comuns e licorosos'],
  ['Mobiliário Paredes Design, Lda.', 'Rua de Rebordosa 410', '4580-238', 'Paredes', 'Paredes', 'Porto', 'www.paredesdesign.pt', '255 782 960', '31091', 'Fabricação de mobiliário para outros fins'],
]

// Brazilian companies: [nome fantasia, razão social, cidade, UF, site, telefone, segmento, porte]
const BR_CO = [
  ['LogExpress', 'LogExpress Transportes e Logística Ltda', 'São Paulo', 'SP', 'www.logexpress.com.br', '(11) 3456-7788', 'Transporte e logística', 'Demais'],
  ['Rota Sul Cargas', 'Rota Sul Cargas Ltda', 'Guarulhos', 'SP', 'www.rotasulcargas.com.br', '(11) 2409-3311', 'Transporte e logística', 'EPP'],
  ['ArmazenaJá', 'Armazena Já Armazéns Gerais S.A.', 'Barueri', 'SP', 'www.armazenaja.com.br', '(11) 4195-2020', 'Armazenagem', 'Demais'],
  ['TransBrasa', 'TransBrasa Transportadora Eireli', 'Campinas', 'SP', 'www.transbrasa.com.br', '(19) 3251-4400', 'Transporte e logística', 'ME'],
  ['Frota Certa', 'Frota Certa Gestão de Frotas Ltda', 'Osasco', 'SP', 'www.frotacerta.com.br', '(11) 3682-1907', 'Gestão de frotas', 'EPP'],
  ['Porto Seco Santos', 'Porto Seco Santos Operadora Logística Ltda', 'Santos', 'SP', 'www.portosecosantos.com.br', '(13) 3219-5500', 'Operador logístico', 'Demais'],
]
const BR_SUPPLIERS = [['Madeiras Serra Gaúcha Ltda', 'RS'], ['Estofados Bela Vista Indústria Ltda', 'MG'], ['Móveis Arapongas Indústria e Comércio Ltda', 'PR'], ['Colchões Sono Bom S.A.', 'SP'], ['Vidraçaria Central Comércio Ltda', 'MG'], ['Ferragens Norte Distribuidora Ltda', 'SC']]
const BR_CARGOS = ['Diretor de Operações', 'Gerente de TI', 'Coordenador de Logística', 'Sócio-diretor', 'Gerente Administrativo', 'Analista de Compras']
const brMobile = (r, ddd = 11) => `(${ddd}) 9${v.int(r, 6000, 9999)}-${pad(v.int(r, 0, 9999), 4)}`

// label shorthands
const FN = ['person.name.firstName']
const LN = ['person.name.lastName']
const FULL = ['person.name.fullName']
const MAIL = ['workEmail.address', 'personalEmail.address']
const CO = ['b2b.companyName', 'organizations[0]']
const TITLE = ['extendedWorkDetails.jobTitle']
const PHONE = ['workPhone.number', 'mobilePhone.number']
const MOB = ['mobilePhone.number']
const ADR = (leaf) => at(['workAddress', ...HOME], leaf)
const STATE = [...ADR('stateProvince'), ...ADR('state')]
const CREATED = ['extSourceSystemAudit.createdDate']
const UPDATED = ['extSourceSystemAudit.lastUpdatedDate']
const EMAIL_ID = ['endUserIDs._experience.emailid.id']
const PHONE_ID = ['endUserIDs._experience.phonenumberid.id']
const KIND = [['TARI', 'TARI', 'TARI - rata unica', 'Tassa rifiuti', 'A2A-TRIBUTI'], ['MENSA', 'MENSA_SCOLASTICA', 'Ricarica mensa scolastica', 'Servizio mensa', 'A2A-SCUOLA'], ['PERM', 'PERMESSO_ZTL', 'Permesso ZTL residenti', 'Diritti di segreteria', 'A2A-POLIZIA']]
const MEZZI = ['Multibanco', 'MB WAY', 'Multibanco', 'Payshop', 'MB WAY', 'Multibanco']
const PAYID = ['_id', OR('payments[0].transactionID')]

export const SETS = [
  // ---------------------------------------------------------------- GovPay (pagoPA) collections
  { name: 'govpay-rendicontazione-pagamenti-csv-it', product: 'GovPay (Link.it\'s open-source pagoPA gateway; connettore di esportazione GovPay, GovPay_Export zip > govpay_rendicontazione.csv, one row per riscossione, an Italian municipality collecting TARI, school-canteen and parking-permit payments)', family: 'payments', language: 'it', schema: E, cols: [
    ['idA2A', (c, o, r, i) => row(KIND, i)[4], []],
    ['idPendenza', (c, o, r, i) => `${row(KIND, i)[0]}-${new Date(o.at).getUTCFullYear()}-${v.int(r, 100000, 999999)}`, [OR('purchaseID')], opt],
    ['idDocumento', (c, o, r) => (r() < 0.5 ? '' : `AVV-${v.int(r, 10000, 99999)}`), []],
    ['codiceRata', (c, o, r) => v.pick(r, ['', '', '1', '2', '3']), []],
    ['dataScadenza', (c, o) => ymd(o.at + 20 * day, romeOff(o.at)), []],
    ['idVocePendenza', (c, o, r, i) => `${row(KIND, i)[0]}-V1`, [PL('SKU')], opt],
    ['idTipoPendenza', (c, o, r, i) => row(KIND, i)[1], [PL('productCategories[0].categoryID')], opt],
    ['descrizione', (c, o, r, i) => row(KIND, i)[2], [PL('name')], opt],
    ['descrizioneVoce', (c, o, r, i) => row(KIND, i)[3], [PL('name')], opt],
    ['anno', (c, o) => String(new Date(o.at).getUTCFullYear()), []],
    ['identificativoDebitore', (c, o, r) => cf(c, r), []],
    ['anagraficaDebitore', (c) => `${c.last.toUpperCase()} ${c.first.toUpperCase()}`, []],
    ['identificativoDominio', () => '00514490010', []],
    ['identificativoUnivocoVersamento', (c, o, r) => `${v.int(r, 10, 99)}${pad(v.int(r, 0, 999999999), 9)}${pad(v.int(r, 0, 999999), 6)}`, [OR('payments[0].transactionID'), OR('purchaseID')]],
    ['codiceContestoPagamento', (c, o, r) => (r() < 0.6 ? 'n/a' : `${v.int(r, 10000000, 99999999)}`), []],
    ['indiceDati', () => '1', []],
    ['identificativoUnivocoRiscossione', (c, o, r) => `${v.pick(r, ['re_', 'pp_', ''])}${v.alnum(r, 20)}`, PAYID],
    ['modelloPagamento', (c, o, r) => v.pick(r, ['0', '0', '1', '4']), []],
    ['singoloImportoPagato', (c, o) => o.total.toFixed(2), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['dataEsitoSingoloPagamento', (c, o) => ymd(o.at, romeOff(o.at)), ['timestamp']],
    ['causaleVersamento', (c, o, r) => `/RFB/${v.int(r, 10, 99)}${v.int(r, 100000000, 999999999)}/${o.total.toFixed(2)}/TXT/Pagamento pendenza`, []],
    ['datiSpecificiRiscossione', (c, o, r) => `9/${v.pick(r, ['0101101IM', '0301110TS', '0203100SP'])}/`, []],
    ['datiAllegati', (c, o, r) => (r() < 0.6 ? '' : `{"sezione":"${v.pick(r, ['A', 'B', 'C'])}"}`), []],
    ['datiAllegatiVoce', () => '', []],
    ['denominazioneAttestante', (c, o, r) => v.pick(r, ['Intesa Sanpaolo S.p.A.', 'UniCredit S.p.A.', 'Banca Sella S.p.A.', 'BPER Banca S.p.A.', 'Banco BPM S.p.A.']), []],
    ['identificativoAttestante', (c, o, r) => v.pick(r, ['BCITITMM', 'UNCRITMM', 'SELBIT2B', 'BPMOIT22']), []],
    ['contabilita', (c, o, r) => (r() < 0.7 ? '' : `{"quote":[{"capitolo":"${v.int(r, 1000, 9999)}","anno":${new Date(o.at).getUTCFullYear()}}]}`), []],
  ] },

  // ---------------------------------------------------------------- Findomestic dealer financing applications
  { name: 'findomestic-pratiche-convenzionato-export-it', product: 'Findomestic (Italian consumer-credit bank, instalment payments at the point of sale and online: Area Convenzionati > Pratiche > Esporta Excel, Italian UI, a bike and e-bike retailer offering instalments at checkout and in store)', family: 'payments', language: 'it', schema: E, cols: [
    ['Numero pratica', (c, o, r) => String(v.int(r, 2000000000, 2999999999)), PAYID],
    ['Codice ordine', (c, o) => `BK${o.id}`, [OR('purchaseID')]],
    ['Data richiesta', (c, o) => itDT(o.at), ['timestamp', OR('createdDate')]],
    ['Esito', (c, o, r) => v.pick(r, ['Liquidata', 'Liquidata', 'Accolta', 'In attesa di firma', 'Respinta', 'Annullata']), [], opt],
    ['Ultimo aggiornamento', (c, o) => itDT(o.at + 2 * day), [OR('lastUpdatedDate')], opt],
    ['Nome', (c) => c.first, []],
    ['Cognome', (c) => c.last, []],
    ['Email', (c) => c.email, EMAIL_ID, opt],
    ['Cellulare', (c) => c.mobile, PHONE_ID, opt],
    ['Codice fiscale', (c, o, r) => cf(c, r), []],
    ['Prodotto', (c, o, r) => v.pick(r, ['E-bike trekking 500Wh', 'Bici gravel carbonio', 'E-MTB full 625Wh', 'Bici da corsa Ultegra']), [PL('name')]],
    ['Importo ordine', (c, o, r) => eur(v.pick(r, [1899, 2490, 3290, 1249.9, 4150])), [OR('priceTotal')]],
    ['Anticipo', (c, o, r) => v.pick(r, ['0,00', '0,00', '200,00', '500,00']), []],
    ['Importo finanziato', (c, o, r) => eur(v.pick(r, [1899, 2290, 2790, 1249.9, 3650])), [OR('payments[0].paymentAmount')], opt],
    ['Numero rate', (c, o, r) => String(v.pick(r, [6, 10, 12, 18, 24])), []],
    ['Importo rata', (c, o, r) => eur(v.int(r, 8000, 30000) / 100), []],
    ['TAN', (c, o, r) => v.pick(r, ['0,00%', '0,00%', '7,90%', '9,90%']), []],
    ['TAEG', (c, o, r) => v.pick(r, ['0,00%', '0,00%', '8,63%', '10,78%']), []],
    ['Promozione', (c, o, r) => v.pick(r, ['Tasso zero 10 rate', 'Tasso zero 20 rate', 'Standard']), [], opt],
    ['Commissione esercente', (c, o, r) => eur(v.int(r, 2000, 16000) / 100), []],
    ['Importo liquidato', (c, o, r) => (r() < 0.3 ? '' : eur(v.int(r, 110000, 380000) / 100)), [], opt],
    ['Data liquidazione', (c, o, r) => (r() < 0.3 ? '' : itD(o.at + 4 * day)), [], opt],
    ['Punto vendita', (c, o, r) => v.pick(r, ['E-commerce', 'E-commerce', 'Negozio Torino', 'Negozio Verona']), ['commerce.commerceScope.storeCode'], opt],
    ['Codice convenzionato', () => '0074518', []],
    ['Canale', (c, o, r) => v.pick(r, ['Checkout online', 'Link di pagamento', 'In negozio']), [], opt],
    ['Operatore', (c, o, r) => v.pick(r, ['', 'marco.ferri', 'giulia.conti']), []],
  ] },

  // ---------------------------------------------------------------- Legalinvoice issued invoices
  { name: 'legalinvoice-fatture-attive-export-it', product: 'Legalinvoice (InfoCert e-invoicing service: Fatture attive > Esporta elenco, Excel, Italian UI, an industrial-cleaning supplier invoicing B2B and public customers through SdI)', family: 'invoicing', language: 'it', schema: E, cols: [
    ['Numero fattura', (c, o, r, i) => `${i + 101}/${new Date(o.at).getUTCFullYear()}`, [OR('purchaseID'), '_id']],
    ['Data fattura', (c, o) => itD(o.at), ['timestamp', OR('createdDate')]],
    ['Tipo documento', (c, o, r) => v.pick(r, ['TD01 - Fattura', 'TD01 - Fattura', 'TD01 - Fattura', 'TD04 - Nota di credito', 'TD24 - Fattura differita']), [OR('orderType')], opt],
    ['Identificativo SdI', (c, o, r) => String(v.int(r, 9000000000, 12999999999)), ['_id'], opt],
    ['Nome file', (c, o, r) => `IT06234510963_${v.alnum(r, 5).toUpperCase()}.xml`, []],
    ['Cliente', (c, o, r, i) => row(IT_CO, i)[0], []],
    ['Partita IVA cliente', (c, o, r) => `IT${piva(r)}`, []],
    ['Codice fiscale cliente', (c, o, r) => piva(r), []],
    ['Codice destinatario', (c, o, r) => v.pick(r, ['0000000', 'M5UXCR1', 'KRRH6B9', 'SUBM70N', 'UFXYZ3']), []],
    ['PEC destinatario', (c, o, r, i) => (r() < 0.7 ? '' : `amministrazione@pec.${row(IT_CO, i)[6].replace('www.', '')}`), []],
    ['Imponibile', (c, o) => eur(o.subtotal), [], opt],
    ['IVA', (c, o) => eur(o.tax), [OR('taxAmount')]],
    ['Totale documento', (c, o) => eur(o.subtotal + o.tax), [OR('priceTotal')]],
    ['Valuta', () => 'EUR', [OR('currencyCode')]],
    ['Esigibilità IVA', (c, o, r) => v.pick(r, ['I', 'I', 'D', 'S']), []],
    ['Modalità di pagamento', (c, o, r) => v.pick(r, ['MP05 - Bonifico', 'MP05 - Bonifico', 'MP12 - RIBA', 'MP19 - SEPA Direct Debit']), [OR('payments[0].paymentType')], opt],
    ['Scadenza pagamento', (c, o) => itD(o.at + 60 * day), []],
    ['Riferimento ordine', (c, o, r) => (r() < 0.4 ? '' : `OA-${v.int(r, 2000, 9999)}`), [OR('purchaseOrderNumber')]],
    ['Causale', (c, o, r) => v.pick(r, ['Servizio di pulizia uffici mese corrente', 'Sanificazione reparto produttivo', 'Fornitura prodotti detergenti']), []],
    ['Stato SdI', (c, o, r) => v.pick(r, ['Consegnata', 'Consegnata', 'Mancata consegna', 'Scartata', 'Accettata', 'Decorrenza termini']), [], opt],
    ['Data invio', (c, o) => itDT(o.at + 3600000), [], opt],
    ['Data consegna', (c, o, r) => (r() < 0.2 ? '' : itDT(o.at + 7200000)), [], opt],
    ['Conservazione', (c, o, r) => v.pick(r, ['Conservata', 'Conservata', 'In attesa']), []],
  ] },

  // ---------------------------------------------------------------- Fiscozen customers
  { name: 'fiscozen-clienti-export-csv-it', product: 'Fiscozen (Italian online accountancy and invoicing for partite IVA in the regime forfettario: Fatturazione > Clienti > Esporta CSV, Italian UI, a freelance web designer in Bologna with business and private customers)', family: 'invoicing', language: 'it', schema: B, cols: [
    ['Tipologia', (c, o, r, i) => (i % 3 === 2 ? 'Privato' : 'Azienda'), [], opt],
    ['Ragione sociale', (c, o, r, i) => (i % 3 === 2 ? '' : row(IT_CO, i + 1)[0]), CO],
    ['Nome', (c) => c.first, FN],
    ['Cognome', (c) => c.last, LN],
    ['Partita IVA', (c, o, r, i) => (i % 3 === 2 ? '' : piva(r)), []],
    ['Codice fiscale', (c, o, r, i) => (i % 3 === 2 ? cf(c, r) : cfAzienda(r)), ['person.taxId'], opt],
    ['Indirizzo', (c, o, r, i) => (i % 3 === 2 ? c.street : row(IT_CO, i + 1)[1]), [...ADR('street1'), 'billingAddress.street1']],
    ['CAP', (c, o, r, i) => (i % 3 === 2 ? c.postcode : row(IT_CO, i + 1)[2]), [...ADR('postalCode'), 'billingAddress.postalCode']],
    ['Comune', (c, o, r, i) => (i % 3 === 2 ? c.city : row(IT_CO, i + 1)[3]), [...ADR('city'), 'billingAddress.city']],
    ['Provincia', (c, o, r, i) => (i % 3 === 2 ? c.region : row(IT_CO, i + 1)[4]), [...STATE, 'billingAddress.stateProvince', 'billingAddress.state']],
    ['Nazione', () => 'IT', [...ADR('countryCode'), 'billingAddress.countryCode']],
    ['Email', (c, o, r, i) => (i % 3 === 2 ? c.email : `${slug(c.first)}.${slug(c.last)}@${row(IT_CO, i + 1)[6].replace('www.', '')}`), MAIL],
    ['PEC', (c, o, r, i) => (i % 3 === 2 || r() < 0.4 ? '' : `${slug(row(IT_CO, i + 1)[0]).slice(0, 12)}@legalmail.it`), [], opt],
    ['Telefono', (c, o, r) => (r() < 0.5 ? c.mobile : c.phone), PHONE],
    ['Codice destinatario', (c, o, r, i) => (i % 3 === 2 ? '0000000' : v.pick(r, ['M5UXCR1', 'T04ZHR3', 'KRRH6B9', 'USAL8PV'])), []],
    ['Fatture emesse', (c, o, r) => String(v.int(r, 1, 24)), []],
    ['Totale fatturato', (c, o, r) => eur(v.int(r, 30000, 1800000) / 100), []],
    ['Data creazione', (c) => itD(c.created), CREATED, opt],
    ['Note', (c, o, r) => v.pick(r, ['', '', 'Pagamento a 30 gg', 'Cliente manutenzione sito', 'Split payment: no']), []],
  ] },

  // ---------------------------------------------------------------- Registro Imprese company list
  { name: 'registro-imprese-elenco-imprese-csv-it', product: 'Registro Imprese (InfoCamere: elenco merceologico di imprese requested from a Camera di commercio, CSV, Italian, a list of active machinery and metalworking companies in Lombardy and Emilia-Romagna bought as a B2B prospect list, one row per sede with its legal representative)', family: 'b2b-leads', language: 'it', schema: B, cols: [
    ['PROVINCIA', (c, o, r, i) => row(IT_CO, i)[4], STATE],
    ['NUMERO REA', (c, o, r) => String(v.int(r, 100000, 2699999)), ['b2b.accountKey.sourceID', 'b2b.accountID'], opt],
    ['DENOMINAZIONE', (c, o, r, i) => row(IT_CO, i)[0].toUpperCase(), CO],
    ['CODICE FISCALE', (c, o, r) => cfAzienda(r), []],
    ['PARTITA IVA', (c, o, r) => piva(r), []],
    ['NATURA GIURIDICA', (c, o, r, i) => (row(IT_CO, i)[0].includes('S.p.A.') ? 'SOCIETA\' PER AZIONI' : row(IT_CO, i)[0].includes('S.n.c.') ? 'SOCIETA\' IN NOME COLLETTIVO' : 'SOCIETA\' A RESPONSABILITA\' LIMITATA'), []],
    ['INDIRIZZO', (c, o, r, i) => row(IT_CO, i)[1].toUpperCase(), ADR('street1')],
    ['CAP', (c, o, r, i) => row(IT_CO, i)[2], ADR('postalCode')],
    ['COMUNE', (c, o, r, i) => row(IT_CO, i)[3].toUpperCase(), ADR('city')],
    ['FRAZIONE', (c, o, r) => v.pick(r, ['', '', '', 'ORIGGIO', 'CASTELLAZZO']), []],
    ['TELEFONO', (c, o, r, i) => (r() < 0.3 ? '' : row(IT_CO, i)[7]), ['workPhone.number']],
    ['PEC', (c, o, r, i) => `${slug(row(IT_CO, i)[0]).slice(0, 14)}@pec.it`, ['workEmail.address'], opt],
    ['STATO ATTIVITA\'', () => 'ATTIVA', []],
    ['DATA ISCRIZIONE', (c, o, r) => itD(c.birth + v.int(r, 20, 45) * 365 * day), []],
    ['DATA INIZIO ATTIVITA\'', (c, o, r) => itD(c.birth + v.int(r, 20, 45) * 365 * day), []],
    ['CODICE ATECO', (c, o, r, i) => row(ATECO, i)[0], []],
    ['DESCRIZIONE ATTIVITA\'', (c, o, r, i) => row(ATECO, i)[1].toUpperCase(), []],
    ['CLASSE ADDETTI', (c, o, r) => v.pick(r, ['da 10 a 19', 'da 20 a 49', 'da 50 a 99', 'da 100 a 249']), []],
    ['NUMERO ADDETTI', (c, o, r) => String(v.int(r, 10, 240)), []],
    ['CAPITALE SOCIALE', (c, o, r) => eur(v.pick(r, [10000, 50000, 100000, 520000, 1200000])), []],
    ['CLASSE DI FATTURATO', (c, o, r) => v.pick(r, ['da 2 a 5 milioni', 'da 5 a 10 milioni', 'da 10 a 50 milioni', 'da 500 mila a 2 milioni']), []],
    ['LEGALE RAPPRESENTANTE', (c) => `${c.last.toUpperCase()} ${c.first.toUpperCase()}`, FULL, opt],
    ['CARICA', (c, o, r) => v.pick(r, CARICHE).toUpperCase(), TITLE, opt],
  ] },

  // ---------------------------------------------------------------- CRIBIS prospect list
  { name: 'cribis-lista-prospect-esponenti-xlsx-it', product: 'CRIBIS (CRIF group business information: CRIBIS prospect list of companies and decision makers, Liste > Esporta Excel, Italian UI, a software house targeting Emilia-Romagna and Lombardy manufacturers)', family: 'b2b-leads', language: 'it', schema: B, cols: [
    ['Codice DUNS', (c, o, r) => String(v.int(r, 430000000, 439999999)), ['b2b.accountKey.sourceID', 'b2b.accountID'], opt],
    ['Ragione sociale', (c, o, r, i) => row(IT_CO, i + 2)[0], CO],
    ['Partita IVA', (c, o, r) => piva(r), []],
    ['Codice fiscale', (c, o, r) => cfAzienda(r), []],
    ['Forma giuridica', (c, o, r, i) => (row(IT_CO, i + 2)[0].includes('S.p.A.') ? 'Società per azioni' : row(IT_CO, i + 2)[0].includes('S.n.c.') ? 'Società in nome collettivo' : 'Società a responsabilità limitata'), []],
    ['Indirizzo', (c, o, r, i) => row(IT_CO, i + 2)[1], ADR('street1')],
    ['CAP', (c, o, r, i) => row(IT_CO, i + 2)[2], ADR('postalCode')],
    ['Comune', (c, o, r, i) => row(IT_CO, i + 2)[3], ADR('city')],
    ['Provincia', (c, o, r, i) => row(IT_CO, i + 2)[4], STATE],
    ['Regione', (c, o, r, i) => row(IT_CO, i + 2)[5], ADR('region'), opt],
    ['Telefono', (c, o, r, i) => row(IT_CO, i + 2)[7], ['workPhone.number']],
    ['Sito web', (c, o, r, i) => row(IT_CO, i + 2)[6], ['b2b.companyWebsite']],
    ['Email aziendale', (c, o, r, i) => `info@${row(IT_CO, i + 2)[6].replace('www.', '')}`, ['workEmail.address'], opt],
    ['Codice ATECO 2007', (c, o, r, i) => row(ATECO, i + 2)[0], []],
    ['Descrizione ATECO', (c, o, r, i) => row(ATECO, i + 2)[1], []],
    ['Fatturato (€)', (c, o, r) => eur(v.int(r, 2000, 90000) * 1000), []],
    ['Dipendenti', (c, o, r) => String(v.int(r, 12, 480)), []],
    ['CRIBIS D&B Rating', (c, o, r) => v.pick(r, ['1', '2', '2', '3', '4']), []],
    ['Anno di costituzione', (c, o, r) => String(v.int(r, 1958, 2015)), []],
    ['Nome esponente', (c) => c.first, FN],
    ['Cognome esponente', (c) => c.last, LN],
    ['Carica', (c, o, r, i) => row(ESPONENTI, i), TITLE],
    ['Data ultimo aggiornamento', (c) => itD(c.updated), UPDATED, opt],
  ] },

  // ---------------------------------------------------------------- LUSOPAY payments
  { name: 'lusopay-pagamentos-recebidos-pt', product: 'LUSOPAY (Portuguese payment institution: Backoffice > Pagamentos > Exportar Excel, European Portuguese UI, an online pet-food shop in Porto taking Multibanco references, MB WAY and Payshop)', family: 'payments', language: 'pt', schema: E, cols: [
    ['ID Pagamento', (c, o, r) => String(v.int(r, 10000000, 99999999)), PAYID],
    ['Data/Hora Pagamento', (c, o) => ptDT(o.at), ['timestamp']],
    ['Meio de Pagamento', (c, o, r, i) => row(MEZZI, i), [OR('payments[0].paymentType')]],
    ['Entidade', (c, o, r, i) => (row(MEZZI, i) === 'Multibanco' ? v.pick(r, ['11024', '21759']) : row(MEZZI, i) === 'Payshop' ? '10120' : ''), []],
    ['Referência', (c, o, r, i) => (row(MEZZI, i) === 'MB WAY' ? '' : `${v.int(r, 100, 999)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`), [OR('payments[0].transactionID')], opt],
    ['Valor', (c, o) => eurSym(o.total), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Comissão', (c, o) => eurSym(+(o.total * 0.015 + 0.25).toFixed(2)), []],
    ['IVA Comissão', (c, o) => eurSym(+((o.total * 0.015 + 0.25) * 0.23).toFixed(2)), []],
    ['Valor Líquido', (c, o) => eurSym(+(o.total - (o.total * 0.015 + 0.25) * 1.23).toFixed(2)), []],
    ['Descrição', (c, o) => `Encomenda #${o.id}`, [OR('purchaseID')], opt],
    ['Nº Encomenda', (c, o) => o.id, [OR('purchaseID')]],
    ['Nome Cliente', (c) => `${ptFirst(c)} ${ptLast(c)}`, []],
    ['Email Cliente', (c) => `${slug(ptFirst(c))}.${slug(ptLast(c))}${+c.id % 90}@${['gmail.com', 'sapo.pt', 'hotmail.com'][+c.id % 3]}`, EMAIL_ID, opt],
    ['Telemóvel', (c, o, r, i) => (row(MEZZI, i) === 'MB WAY' ? ptMobile(r) : ''), PHONE_ID, opt],
    ['NIF', (c, o, r) => (r() < 0.5 ? '' : nifPt(r)), []],
    ['Estado', (c, o, r) => v.pick(r, ['Pago', 'Pago', 'Transferido', 'Transferido', 'Devolvido']), [], opt],
    ['Data Geração', (c, o) => ptDT(o.at - 3 * 3600000), [OR('createdDate')], opt],
    ['Data Limite', (c, o, r, i) => (row(MEZZI, i) === 'MB WAY' ? '' : ptD(o.at + 3 * day)), []],
    ['Data Transferência', (c, o, r) => (r() < 0.4 ? '' : ptD(o.at + 2 * day)), []],
    ['Terminal', (c, o, r, i) => ({ 'Multibanco': v.pick(r, ['ATM', 'Homebanking']), 'MB WAY': 'App MB WAY', 'Payshop': 'Agente Payshop' })[row(MEZZI, i)], [], opt],
  ] },

  // ---------------------------------------------------------------- Racius company list
  { name: 'racius-listas-empresas-export-pt', product: 'Racius (Portuguese company directory: Listas de Empresas > Exportar Excel, European Portuguese UI, a B2B software reseller buying a list of industrial companies in the north of Portugal with their managers)', family: 'b2b-leads', language: 'pt', schema: B, cols: [
    ['NIPC', (c, o, r) => nipc(r), []],
    ['Nome da Empresa', (c, o, r, i) => row(PT_CO, i)[0], CO],
    ['Forma Jurídica', (c, o, r, i) => (row(PT_CO, i)[0].endsWith('S.A.') ? 'Sociedade Anónima' : 'Sociedade por Quotas'), []],
    ['Morada', (c, o, r, i) => row(PT_CO, i)[1], ADR('street1')],
    ['Código Postal', (c, o, r, i) => row(PT_CO, i)[2], ADR('postalCode')],
    ['Localidade', (c, o, r, i) => row(PT_CO, i)[3], ADR('city')],
    ['Concelho', (c, o, r, i) => row(PT_CO, i)[4], [], opt],
    ['Distrito', (c, o, r, i) => row(PT_CO, i)[5], STATE],
    ['Telefone', (c, o, r, i) => row(PT_CO, i)[7], ['workPhone.number']],
    ['Email', (c, o, r, i) => `geral@${row(PT_CO, i)[6].replace('www.', '')}`, ['workEmail.address']],
    ['Website', (c, o, r, i) => (r() < 0.2 ? '' : row(PT_CO, i)[6]), ['b2b.companyWebsite']],
    ['CAE Principal', (c, o, r, i) => row(PT_CO, i)[8], []],
    ['Atividade', (c, o, r, i) => row(PT_CO, i)[9], []],
    ['Data de Constituição', (c, o, r) => ptDs(c.birth + v.int(r, 20, 45) * 365 * day), []],
    ['Capital Social', (c, o, r) => eurSym(v.pick(r, [5000, 50000, 100000, 250000, 1000000])), []],
    ['Volume de Negócios', (c, o, r) => eurSym(v.int(r, 300, 25000) * 1000), []],
    ['Nº de Funcionários', (c, o, r) => String(v.int(r, 8, 320)), []],
    ['Gerente', (c) => `${ptFirst(c)} ${v.pick(v.rng(+c.id), ['Manuel', 'José', 'Maria', 'Alexandre'])} ${ptLast(c)}`, FULL, opt],
    ['Cargo', (c, o, r) => v.pick(r, ['Gerente', 'Gerente', 'Administrador', 'Presidente do Conselho de Administração']), TITLE, opt],
    ['Situação', () => 'Ativa', []],
  ] },

  // ---------------------------------------------------------------- PagHiper transactions
  { name: 'paghiper-transacoes-export-csv-br', product: 'PagHiper (Brazilian boleto and PIX payment gateway: Painel > Transações > Exportar CSV, Brazilian Portuguese UI, an online course producer in Curitiba selling courses by boleto and PIX)', family: 'payments', language: 'pt', schema: E, cols: [
    ['ID Transação', (c, o, r) => v.alnum(r, 16).toUpperCase(), PAYID],
    ['ID Pedido', (c, o) => `PED-${o.id}`, [OR('purchaseID')]],
    ['Tipo', (c, o, r, i) => (i % 4 === 0 ? 'Boleto Bancário' : 'PIX'), [OR('payments[0].paymentType')]],
    ['Status', (c, o, r) => v.pick(r, ['Pago', 'Pago', 'Completo', 'Aguardando', 'Cancelado', 'Reservado']), [], opt],
    ['Data de Criação', (c, o) => brDT(o.at), ['timestamp', OR('createdDate')]],
    ['Data de Vencimento', (c, o) => brD(o.at + 3 * day), []],
    ['Data de Pagamento', (c, o, r) => (r() < 0.25 ? '' : brDT(o.at + v.int(r, 600, 200000) * 1000)), ['timestamp'], opt],
    ['Descrição do Item', (c, o, r) => v.pick(r, ['Curso Completo de Excel', 'Mentoria Marketing Digital', 'Formação Python do Zero', 'Workshop de Finanças Pessoais']), [PL('name')]],
    ['Quantidade', () => '1', [PL('quantity')]],
    ['Valor', (c, o, r) => brl(v.pick(r, [197, 297, 497, 97, 1497])), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Desconto', (c, o, r) => brl(v.pick(r, [0, 0, 0, 20, 50])), [OR('discountAmount')]],
    ['Valor Pago', (c, o, r) => (r() < 0.25 ? '' : brl(v.pick(r, [197, 277, 497, 97, 1447]))), [OR('payments[0].paymentAmount')], opt],
    ['Taxa', (c, o, r) => brl(v.pick(r, [1.99, 2.49, 3.5])), []],
    ['Valor Líquido', (c, o, r) => brl(v.int(r, 9500, 149000) / 100), []],
    ['Nome do Pagador', (c) => c.full, []],
    ['E-mail do Pagador', (c) => c.email, EMAIL_ID, opt],
    ['CPF/CNPJ do Pagador', (c, o, r) => (r() < 0.85 ? cpf(r) : cnpj(r)), []],
    ['Telefone do Pagador', (c, o, r) => (r() < 0.4 ? '' : c.mobile), PHONE_ID, opt],
    ['Nosso Número', (c, o, r) => String(v.int(r, 10000000, 99999999)), []],
    ['Linha Digitável', (c, o, r, i) => (i % 4 === 0 ? `23793.38128 ${v.int(r, 10000, 99999)}.${v.int(r, 100000, 999999)} ${v.int(r, 10000, 99999)}.${v.int(r, 100000, 999999)} ${v.int(r, 1, 9)} ${v.int(r, 90000000000000, 99999999999999)}` : ''), []],
    ['Data de Liberação', (c, o, r) => (r() < 0.3 ? '' : brD(o.at + 2 * day)), []],
  ] },

  // ---------------------------------------------------------------- Qive received NF-e
  { name: 'qive-nfe-recebidas-relatorio-br', product: 'Qive (formerly Arquivei; NF-e management: NF-e > Recebidas > Exportar relatório, Excel, Brazilian Portuguese UI, a furniture retailer in Belo Horizonte auditing the invoices its suppliers issue to it)', family: 'invoicing', language: 'pt', schema: E, cols: [
    ['Chave de Acesso', (c, o, r) => `31${pad(v.int(r, 2001, 2512), 4)}${v.int(r, 10000000, 99999999)}000${v.int(r, 100, 199)}55001${pad(v.int(r, 0, 999999999), 9)}1${pad(v.int(r, 0, 99999999), 8)}${v.int(r, 0, 9)}`, ['_id', OR('purchaseID')]],
    ['Número', (c, o, r) => String(v.int(r, 1000, 999999)), [OR('purchaseID')], opt],
    ['Série', (c, o, r) => v.pick(r, ['1', '1', '2', '3']), []],
    ['Modelo', () => '55', []],
    ['Data de Emissão', (c, o) => brDTm(o.at), ['timestamp', OR('createdDate')]],
    ['Data de Entrada', (c, o) => brDTm(o.at + 2 * 3600000), [], opt],
    ['CNPJ Emitente', (c, o, r) => cnpj(r), []],
    ['Razão Social Emitente', (c, o, r, i) => row(BR_SUPPLIERS, i)[0], []],
    ['UF Emitente', (c, o, r, i) => row(BR_SUPPLIERS, i)[1], []],
    ['CNPJ Destinatário', () => '18.234.567/0001-40', []],
    ['Razão Social Destinatário', () => 'Casa Mineira Móveis e Decoração Ltda', []],
    ['Natureza da Operação', (c, o, r) => v.pick(r, ['Venda de mercadoria', 'Venda de mercadoria', 'Venda de produção do estabelecimento', 'Remessa em bonificação']), [OR('orderType')], opt],
    ['CFOP', (c, o, r, i) => (row(BR_SUPPLIERS, i)[1] === 'MG' ? '5102' : '6102'), []],
    ['Valor dos Produtos', (c, o) => eur(o.subtotal * 30), [], opt],
    ['Valor do Frete', (c, o) => eur(o.shipping * 20), ['commerce.shipping.shippingAmount']],
    ['Valor do Desconto', (c, o) => eur(o.discount * 10), [OR('discountAmount')]],
    ['Valor ICMS', (c, o) => eur(o.subtotal * 30 * 0.12), [OR('taxAmount')], opt],
    ['Valor IPI', (c, o, r) => eur(v.pick(r, [0, 0, o.subtotal * 30 * 0.05])), []],
    ['Valor Total', (c, o) => eur((o.subtotal + o.shipping * 2 - o.discount) * 30), [OR('priceTotal')]],
    ['Status SEFAZ', (c, o, r) => v.pick(r, ['Autorizada', 'Autorizada', 'Autorizada', 'Cancelada']), [], opt],
    ['Manifestação', (c, o, r) => v.pick(r, ['Confirmação da Operação', 'Ciência da Operação', 'Sem manifestação']), []],
    ['Etapa', (c, o, r) => v.pick(r, ['Recebida', 'Conferida', 'Lançada no ERP']), []],
    ['Etiquetas', (c, o, r) => v.pick(r, ['', '', 'revenda', 'uso e consumo', 'ativo imobilizado']), []],
  ] },

  // ---------------------------------------------------------------- Leads2b leads
  { name: 'leads2b-leads-exportacao-xlsx-br', product: 'Leads2b (Brazilian B2B prospecting and CRM: Leads > Exportar, Excel, Brazilian Portuguese UI, an IT-services company prospecting São Paulo logistics firms)', family: 'crm', language: 'pt', schema: B, cols: [
    ['ID', (c, o, r) => String(v.int(r, 1000000, 9999999)), B2BID],
    ['Empresa', (c, o, r, i) => row(BR_CO, i)[0], CO],
    ['Razão Social', (c, o, r, i) => row(BR_CO, i)[1], CO, opt],
    ['CNPJ', (c, o, r) => cnpj(r), [], opt],
    ['Segmento', (c, o, r, i) => row(BR_CO, i)[6], []],
    ['Porte', (c, o, r, i) => row(BR_CO, i)[7], []],
    ['Nº de Funcionários', (c, o, r) => v.pick(r, ['11 a 50', '51 a 200', '201 a 500', '501 a 1000']), []],
    ['Site', (c, o, r, i) => row(BR_CO, i)[4], ['b2b.companyWebsite']],
    ['Telefone da Empresa', (c, o, r, i) => row(BR_CO, i)[5], ['workPhone.number']],
    ['Contato', (c) => c.full, FULL],
    ['Cargo', (c, o, r, i) => row(BR_CARGOS, i), TITLE],
    ['E-mail do Contato', (c, o, r, i) => `${slug(c.first)}.${slug(c.last)}@${row(BR_CO, i)[4].replace('www.', '')}`, MAIL],
    ['Celular do Contato', (c, o, r) => (r() < 0.3 ? '' : brMobile(r)), MOB],
    ['LinkedIn', (c, o, r) => (r() < 0.5 ? '' : `linkedin.com/in/${slug(c.first)}-${slug(c.last)}`), []],
    ['Cidade', (c, o, r, i) => row(BR_CO, i)[2], ADR('city')],
    ['Estado', (c, o, r, i) => row(BR_CO, i)[3], STATE],
    ['Funil', () => 'Outbound Logística', []],
    ['Etapa', (c, o, r) => v.pick(r, ['Prospecção', 'Primeiro contato', 'Qualificação', 'Proposta', 'Negociação', 'Ganho', 'Perdido']), ['b2b.personStatus'], opt],
    ['Temperatura', (c, o, r) => v.pick(r, ['Quente', 'Morno', 'Frio']), [], opt],
    ['Origem', (c, o, r) => v.pick(r, ['Prospecção ativa', 'Prospecção ativa', 'Inbound', 'Indicação', 'Evento']), ['b2b.personSource'], opt],
    ['Responsável', (c, o, r) => v.pick(r, ['Camila Rocha', 'Bruno Tavares', 'Renata Lopes']), []],
    ['Tags', (c, o, r) => v.pick(r, ['', 'ICP A', 'frota própria', 'ICP B; WMS']), []],
    ['Data de Cadastro', (c) => brDTm(c.created), CREATED, opt],
    ['Última Atividade', (c) => brDTm(c.updated), ['extSourceSystemAudit.lastActivityDate'], opt],
  ] },

  // ---------------------------------------------------------------- Superlógica customers
  { name: 'superlogica-clientes-exportacao-br', product: 'Superlógica Assinaturas (Brazilian recurring-billing and finance ERP: Clientes > Clientes > Exportar planilha, Brazilian Portuguese UI, a fitness-app company billing personal trainers and small gyms by boleto and card)', family: 'invoicing', language: 'pt', schema: P, cols: [
    ['ID', (c, o, r) => String(v.int(r, 1, 4800)), ['_id', 'personID']],
    ['Identificador', (c, o, r) => (r() < 0.4 ? '' : `APP-${v.int(r, 10000, 99999)}`), ['personID'], opt],
    ['Nome', (c, o, r, i) => (i % 4 === 3 ? `Studio ${c.last} Fitness Ltda` : c.full), ['person.name.fullName', 'organizations[0]']],
    ['Nome Fantasia', (c, o, r, i) => (i % 4 === 3 ? `Studio ${c.last}` : ''), ['organizations[0]'], opt],
    ['CNPJ/CPF', (c, o, r, i) => (i % 4 === 3 ? cnpj(r) : cpf(r)), ['person.taxId'], opt],
    ['E-mail', (c) => c.email, ['personalEmail.address', 'workEmail.address']],
    ['Telefone', (c, o, r) => (r() < 0.5 ? '' : c.phone), ['homePhone.number', 'workPhone.number']],
    ['Celular', (c) => c.mobile, MOB],
    ['Dia de Vencimento', (c, o, r) => String(v.pick(r, [5, 10, 15, 20])), []],
    ['CEP', (c) => c.postcode, at([...HOME, 'billingAddress'], 'postalCode')],
    ['Endereço', (c) => c.street.split(', ')[0], at([...HOME, 'billingAddress'], 'street1')],
    ['Número', (c) => c.street.split(', ')[1] ?? '', [], opt],
    ['Complemento', (c, o, r) => (r() < 0.6 ? '' : `Sala ${v.int(r, 1, 40)}`), at([...HOME, 'billingAddress'], 'street2')],
    ['Bairro', (c, o, r) => v.pick(r, ['Centro', 'Bela Vista', 'Savassi', 'Batel', 'Moinhos de Vento']), [], opt],
    ['Cidade', (c) => c.city, at([...HOME, 'billingAddress'], 'city')],
    ['Estado', (c) => c.region, [...at([...HOME, 'billingAddress'], 'stateProvince'), ...at([...HOME, 'billingAddress'], 'state')]],
    ['Endereço de Entrega', (c, o, r, i) => (i % 3 === 1 ? c.street : ''), ['shippingAddress.street1']],
    ['CEP de Entrega', (c, o, r, i) => (i % 3 === 1 ? c.postcode : ''), ['shippingAddress.postalCode']],
    ['Cidade de Entrega', (c, o, r, i) => (i % 3 === 1 ? c.city : ''), ['shippingAddress.city']],
    ['Inscrição Estadual', (c, o, r, i) => (i % 4 === 3 ? 'ISENTO' : ''), []],
    ['Inscrição Municipal', (c, o, r, i) => (i % 4 === 3 ? String(v.int(r, 1000000, 9999999)) : ''), []],
    ['Grupo', (c, o, r) => v.pick(r, ['Personal trainers', 'Academias', 'Studios', '']), []],
    ['Forma de Pagamento', (c, o, r) => v.pick(r, ['Boleto', 'Boleto', 'Cartão de crédito', 'PIX']), []],
    ['Data de Cadastro', (c) => brD(c.created), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['Ativo', 'Ativo', 'Ativo', 'Inativo']), []],
    ['Observações', (c, o, r) => v.pick(r, ['', '', 'Cobrar multa de 2%', 'Migrado da planilha antiga']), []],
  ] },
]
