// Round 14, heldout14: held-out sets added in round 14, written apart from the suggester and any tuning, scored once at
// the end. Same format as sets.mjs (sources in ../README.md): header as the product exports it, one value generator per
// column in the product's formats, the accepted destinations ([] = nothing fits) and 'opt' for borderline columns.
import { E, B, P, v, f, at, HOME, B2BID, PL, OR, SHIP, BILL, GEO, opt } from './sets.mjs'
import { slug } from './values10.mjs'
import { brl } from './values9.mjs'
import { pad, parts, shift } from './values.mjs'

// summer time (April-October) by month, good enough for generated rows
const dst = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 }

// FreshBooks: a US freelancer's clients; one in four is a person without a company; a sixth ship elsewhere.
const fbPerson = (c) => +c.id % 4 === 0
const fbShip = (c) => +c.id % 6 === 1
const fbDate = (ms) => { const p = shift(ms, dst(ms) ? -4 : -5); return `${pad(p.m)}/${pad(p.d)}/${p.y}` }
const fbInd = ['Marketing', 'Construction', 'Legal Services', 'Software', 'Hospitality', 'Retail']
const fbSize = ['1', '2-9', '10-49', '50-99', '100-249']

// Zoho Books (Spanish UI, an organisation in Spain): half the contacts are companies with a contact person.
const zbEmpresa = (c) => +c.id % 2 === 0
const ES_EMP = ['Construcciones Levante S.L.', 'Distribuciones Ibéricas S.A.', 'Gráficas del Sur S.L.', 'Talleres Bilbao S.L.', 'Consultoría Meseta S.L.U.', 'Hostelería Mediterránea S.L.']
const zbEmp = (c) => ES_EMP[+c.id % ES_EMP.length]
const zbDisplay = (c) => (zbEmpresa(c) ? zbEmp(c) : c.full)
const zbOtroEnvio = (c) => zbEmpresa(c) && +c.id % 3 === 0
const madrid = (ms) => { const p = shift(ms, dst(ms) ? 2 : 1); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const NIF_L = 'TRWAGMYFPDXBNJZSQVHLCKE'
const nif = (c) => { const n = 10000000 + ((+c.id * 7919) % 89999999); return zbEmpresa(c) ? `B${String(n).slice(0, 8)}` : `${n}${NIF_L[n % 23]}` }
const ES_CARGO = ['Director de compras', 'Responsable de administración', 'Gerente', 'Jefa de contabilidad', 'Directora comercial', 'Técnico de mantenimiento']
const ES_DEPTO = ['Compras', 'Administración', 'Dirección', 'Contabilidad', 'Ventas', 'Mantenimiento']

// Loja Integrada: a Brazilian shop, one row per order item.
const BRP = [['CAM-ALG-P-BR', 'Camiseta Algodão Básica Branca P', 49.9], ['MOL-URB-M', 'Moletom Urbano Cinza M', 159.9], ['CAN-CER-300', 'Caneca Cerâmica 300ml', 39.9], ['MOC-NOT-15', 'Mochila Notebook 15"', 219.0], ['BON-ABA-AZ', 'Boné Aba Curva Azul', 69.9]]
const brp = (o) => BRP[+o.id % BRP.length]
const brSub = (o) => +(brp(o)[2] * o.qty).toFixed(2)
const brFrete = (o) => (brSub(o) >= 299 ? 0 : [18.9, 24.5, 32.7][+o.id % 3])
const brDesc = (o) => (+o.id % 5 === 0 ? +(brSub(o) * 0.1).toFixed(2) : 0)
const saoPaulo = (ms) => { const p = shift(ms, -3); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const BR_SIT = ['Pedido Entregue', 'Pedido Enviado', 'Pedido Pago', 'Aguardando pagamento', 'Em separação', 'Pedido Cancelado']
const brSit = (o) => BR_SIT[+o.id % BR_SIT.length]
const cpf = (c) => { const n = String(10000000000 + ((+c.id * 104729) % 89999999999)); return `${n.slice(0, 3)}.${n.slice(3, 6)}.${n.slice(6, 9)}-${n.slice(9, 11)}` }

// Storeden: an Italian shop's orders, one row per order; a fifth ship to another address, a sixth ask for an invoice.
const ITP = [['Maglietta cotone bio', 29.9], ['Felpa con cappuccio', 59.0], ['Tazza in ceramica', 14.5], ['Zaino da città 20L', 79.0], ['Cappellino con visiera', 24.9]]
const itp = (o) => ITP[+o.id % ITP.length]
const itSub = (o) => +(itp(o)[1] * o.qty).toFixed(2)
const itSped = (o) => (itSub(o) >= 69 ? 0 : 6.9)
const itSconto = (o) => (+o.id % 6 === 0 ? 5 : 0)
const itTot = (o) => +(itSub(o) + itSped(o) - itSconto(o)).toFixed(2)
const itIva = (o) => +(itTot(o) - itTot(o) / 1.22).toFixed(2)
const itAltro = (o) => +o.id % 5 === 2
const itFatt = (o) => +o.id % 6 === 3
const rome = (ms) => { const p = shift(ms, dst(ms) ? 2 : 1); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const IT_STATO = ['Completato', 'Completato', 'Spedito', 'In lavorazione', 'In attesa di pagamento', 'Annullato']
const itStato = (o) => IT_STATO[+o.id % IT_STATO.length]
const cf = (c) => `${slug(c.last).toUpperCase().padEnd(3, 'X').slice(0, 3)}${slug(c.first).toUpperCase().padEnd(3, 'X').slice(0, 3)}${String(new Date(c.birth).getUTCFullYear()).slice(2)}${'ABCDEHLMPRST'[new Date(c.birth).getUTCMonth()]}${pad(new Date(c.birth).getUTCDate() + (c.female ? 40 : 0))}F205${'XYZKW'[+c.id % 5]}`

// Worldpay: a UK merchant's Get Statement report, one row per payment event (authorised, captured, settled, ...).
const WP_EV = ['AUTHORISED', 'CAPTURED', 'SETTLED', 'SETTLED', 'SENT_FOR_REFUND', 'REFUSED']
const wpEv = (o) => WP_EV[+o.id % WP_EV.length]
const WP_PM = ['VISA-SSL', 'VISA-SSL', 'ECMC-SSL', 'AMEX-SSL', 'MAESTRO-SSL', 'PAYPAL-EXPRESS']
const wpPm = (o) => WP_PM[(+o.id >> 2) % WP_PM.length]
const wpAmt = (o) => +(9.99 + (+o.id % 89) * 1.5).toFixed(2)
const wpComm = (o) => +(wpAmt(o) * (wpPm(o) === 'AMEX-SSL' ? 0.025 : 0.0145) + 0.2).toFixed(2)
const wpSettled = (o) => wpEv(o) === 'SETTLED' || wpEv(o) === 'SENT_FOR_REFUND'
const london = (ms) => { const p = shift(ms, dst(ms) ? 1 : 0); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const WP_CTRY = ['GB', 'GB', 'GB', 'IE', 'DE', 'US', 'FR']

// Substack: a paid newsletter's subscriber dashboard export.
const SS_TYPE = ['Free', 'Free', 'Free', 'Paid (monthly)', 'Paid (annual)', 'Founding', 'Comp', 'Gift']
const ssType = (c) => SS_TYPE[+c.id % SS_TYPE.length]
const ssPaid = (c) => /Paid|Founding/.test(ssType(c))
const SS_SRC = ['Substack app', 'Direct', 'Substack Network', 'Recommendation', 'Twitter', 'Import']
const US_STATE = { 'New York': 'New York', Austin: 'Texas', Seattle: 'Washington', Chicago: 'Illinois', Denver: 'Colorado', Boston: 'Massachusetts', Portland: 'Oregon' }

// Kayako Classic: users of a helpdesk with their organisation's details (organisation address, phone, fax, website).
const KY_ORG = (c) => c.company

// Simple Analytics: raw page views of a privacy-first analytics export.
const SA_PATHS = ['/', '/blog/privacy-first-analytics', '/pricing', '/docs/install', '/blog/ga4-alternatives', '/contact']
const SA_DEV = [['desktop', 'Chrome', '120.0', 'Windows', '10', 1920, 1080, 1903, 961, 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36'], ['mobile', 'Safari', '17.2', 'iOS', '17.2', 390, 844, 390, 664, 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1'], ['desktop', 'Firefox', '121.0', 'Mac OS X', '10.15', 1440, 900, 1440, 789, 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:121.0) Gecko/20100101 Firefox/121.0'], ['tablet', 'Safari', '17.1', 'iOS', '17.1', 820, 1180, 820, 1050, 'Mozilla/5.0 (iPad; CPU OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1'], ['mobile', 'Samsung Internet', '23.0', 'Android', '14', 412, 915, 412, 776, 'Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/23.0 Chrome/115.0.0.0 Mobile Safari/537.36']]
const saDev = (o) => SA_DEV[+o.id % SA_DEV.length]
const SA_SRC = [['', '', '', ''], ['https://www.google.com/', '', '', ''], ['https://news.ycombinator.com/', '', '', ''], ['', 'newsletter', 'email', 'january-digest'], ['https://www.reddit.com/', 'reddit', 'social', ''], ['https://duckduckgo.com/', '', '', '']]
const saSrc = (o) => SA_SRC[(+o.id >> 1) % SA_SRC.length]
const SA_GEO = [['NL', 'NL', 'nl'], ['DE', 'DE', 'de'], ['US', 'US', 'en'], ['GB', 'GB', 'en'], ['FR', 'FR', 'fr'], ['NL', 'US', 'en']]
const saGeo = (o) => SA_GEO[+o.id % SA_GEO.length]

// Marsello: a New Zealand retailer's loyalty customers (synced from Lightspeed / Shopify).
const NZ = [['Auckland', '1010'], ['Wellington', '6011'], ['Christchurch', '8011'], ['Hamilton', '3204'], ['Dunedin', '9016'], ['Tauranga', '3110']]
const nz = (c) => NZ[+c.id % NZ.length]
const mPts = (c) => (+c.id % 61) * 7
const mRed = (c) => (+c.id % 5) * 100
const mLife = (c) => mPts(c) + mRed(c)
const mOrders = (c) => 1 + (+c.id % 23)
const mTier = (c) => (mLife(c) >= 600 ? 'Gold' : mLife(c) >= 250 ? 'Silver' : 'Bronze')
const nzDate = (ms) => { const p = shift(ms, 13); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }

// Skrapp (French UI): B2B leads saved from LinkedIn to a list.
const FR_SECT = ['Logiciels', 'Conseil en management', 'Industrie automobile', 'Commerce de gros', 'Services financiers', 'Agroalimentaire']
const FR_TAILLE = ['11-50', '51-200', '201-500', '501-1 000', '1 001-5 000']
const FR_CO = ['Groupe Lumière SAS', 'Altéa Conseil', 'Mécanique du Rhône', 'Vinci Digital SARL', 'Banque Verte', 'Saveurs de France SA']
const frCo = (c) => FR_CO[+c.id % FR_CO.length]
const frDom = (c) => `${slug(frCo(c)).slice(0, 12)}.fr`
const paris = (ms) => { const p = shift(ms, dst(ms) ? 2 : 1); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }

export const SETS = [
  // ---------------------------------------------------------------- invoicing / CRM
  { name: 'freshbooks-clients', product: 'FreshBooks (Clients > Export, CSV; a US business)', family: 'crm', language: 'en', schema: B, cols: [
    ['Client ID', (c) => String(300000 + (+c.id % 600000)), B2BID],
    ['Company Name', (c) => (fbPerson(c) ? '' : c.company), ['b2b.companyName', 'organizations[0]']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Email Address', (c) => (fbPerson(c) ? c.email : c.workEmail), ['workEmail.address', 'personalEmail.address']],
    ['Phone Number', (c) => c.phone, ['workPhone.number', 'homePhone.number']],
    ['Business Phone', (c, o, r) => (!fbPerson(c) && r() < 0.4 ? c.phone.replace('-555-', '-556-') : ''), ['workPhone.number']],
    ['Mobile Phone', (c, o, r) => (r() < 0.5 ? c.mobile : ''), ['mobilePhone.number']],
    ['Home Phone', (c, o, r) => (fbPerson(c) && r() < 0.5 ? c.phone : ''), ['homePhone.number']],
    ['Fax', (c, o, r) => (!fbPerson(c) && r() < 0.1 ? c.phone.replace('-555-', '-557-') : ''), ['faxPhone.number']],
    ['Address Line 1', (c) => c.street, at(['billingAddress', 'workAddress', ...HOME], 'street1')],
    ['Address Line 2', (c) => c.street2, at(['billingAddress', 'workAddress', ...HOME], 'street2')],
    ['City', (c) => c.city, at(['billingAddress', 'workAddress', ...HOME], 'city')],
    ['State', (c) => c.region, [...at(['billingAddress', 'workAddress', ...HOME], 'stateProvince'), ...at(['billingAddress', 'workAddress', ...HOME], 'state')]],
    ['Zip Code', (c) => c.postcode, at(['billingAddress', 'workAddress', ...HOME], 'postalCode')],
    ['Country', () => 'United States', at(['billingAddress', 'workAddress', ...HOME], 'country')],
    ['Shipping Address Line 1', (c) => (fbShip(c) ? '1200 Industrial Pkwy' : ''), ['shippingAddress.street1']],
    ['Shipping Address Line 2', (c) => (fbShip(c) ? 'Dock 4' : ''), ['shippingAddress.street2']],
    ['Shipping City', (c) => (fbShip(c) ? 'Reno' : ''), ['shippingAddress.city']],
    ['Shipping State', (c) => (fbShip(c) ? 'NV' : ''), ['shippingAddress.stateProvince', 'shippingAddress.state']],
    ['Shipping Zip Code', (c) => (fbShip(c) ? '89502' : ''), ['shippingAddress.postalCode']],
    ['Shipping Country', (c) => (fbShip(c) ? 'United States' : ''), ['shippingAddress.country']],
    ['Company Industry', (c) => (fbPerson(c) ? '' : fbInd[+c.id % fbInd.length]), []],
    ['Company Size', (c) => (fbPerson(c) ? '' : fbSize[+c.id % fbSize.length]), []],
    ['Currency', (c, o, r) => (r() < 0.9 ? 'USD' : 'CAD'), []],
    ['Language', () => 'en', [], opt],
    ['VAT Name', () => '', []],
    ['VAT Number', () => '', []],
    ['Internal Notes', (c, o, r) => v.pick(r, ['', '', '', 'Net 30 agreed', 'Prefers invoices by mail']), []],
    ['Outstanding', (c) => ((+c.id % 5) * 412.5).toFixed(2), []],
    ['Credit', (c) => (+c.id % 9 === 0 ? '150.00' : '0.00'), []],
    ['Client Since', (c) => fbDate(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Last Activity', (c) => fbDate(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastActivityDate'], opt],
  ] },
  { name: 'zoho-books-contactos-es', product: 'Zoho Books (Ventas > Clientes > Exportar, CSV; Spanish UI, an organisation in Spain)', family: 'crm', language: 'es', schema: B, cols: [
    ['ID de contacto', (c) => `${4601000000000000 + (+c.id % 900000) * 1013}`, B2BID],
    ['Nombre para mostrar', (c) => zbDisplay(c), ['b2b.companyName', 'organizations[0]', 'person.name.fullName'], opt],
    ['Nombre de la empresa', (c) => (zbEmpresa(c) ? zbEmp(c) : ''), ['b2b.companyName', 'organizations[0]']],
    ['Saludo', (c, o, r) => (r() < 0.7 ? (c.female ? 'Sra.' : 'Sr.') : ''), ['person.name.courtesyTitle']],
    ['Nombre', (c) => c.first, ['person.name.firstName']],
    ['Apellidos', (c) => c.last, ['person.name.lastName']],
    ['Tipo de cliente', (c) => (zbEmpresa(c) ? 'Empresa' : 'Individual'), [], opt],
    ['Correo electrónico', (c) => (zbEmpresa(c) ? `${slug(c.first)}.${slug(c.last)}@${slug(zbEmp(c)).slice(0, 12)}.es` : c.email), ['workEmail.address', 'personalEmail.address']],
    ['Teléfono', (c) => c.phone, ['workPhone.number', 'homePhone.number']],
    ['Móvil', (c, o, r) => (r() < 0.6 ? c.mobile : ''), ['mobilePhone.number']],
    ['Sitio web', (c) => (zbEmpresa(c) ? `www.${slug(zbEmp(c)).slice(0, 12)}.es` : ''), ['b2b.companyWebsite']],
    ['Departamento', (c) => (zbEmpresa(c) ? ES_DEPTO[+c.id % ES_DEPTO.length] : ''), ['extendedWorkDetails.departments[0]']],
    ['Cargo', (c) => (zbEmpresa(c) ? ES_CARGO[+c.id % ES_CARGO.length] : ''), ['extendedWorkDetails.jobTitle']],
    ['NIF', (c) => nif(c), ['person.taxId'], opt],
    ['Código de moneda', () => 'EUR', []],
    ['Condiciones de pago', (c) => ['Pago a la recepción', 'Neto 30', 'Neto 60', 'Neto 15'][+c.id % 4], []],
    ['Límite de crédito', (c) => (zbEmpresa(c) ? ['5000,00', '10000,00', ''][+c.id % 3] : ''), []],
    ['Atención de facturación', (c) => (zbEmpresa(c) && +c.id % 4 === 0 ? 'Dpto. de Administración' : ''), [], opt],
    ['Dirección de facturación', (c) => c.street, ['billingAddress.street1']],
    ['Calle 2 de facturación', (c, o, r) => (r() < 0.3 ? `${v.int(r, 1, 8)}º ${v.pick(r, ['A', 'B', 'C', 'Izda.', 'Dcha.'])}` : ''), ['billingAddress.street2']],
    ['Ciudad de facturación', (c) => c.city, ['billingAddress.city']],
    ['Provincia de facturación', (c) => c.region, ['billingAddress.stateProvince', 'billingAddress.state']],
    ['Código postal de facturación', (c) => c.postcode, ['billingAddress.postalCode']],
    ['País de facturación', () => 'España', ['billingAddress.country']],
    ['Teléfono de facturación', (c, o, r) => (r() < 0.3 ? c.phone : ''), ['billingAddressPhone.number', 'workPhone.number'], opt],
    ['Atención de envío', (c) => (zbOtroEnvio(c) ? 'Almacén' : ''), [], opt],
    ['Dirección de envío', (c) => (zbOtroEnvio(c) ? 'Polígono Industrial Las Mercedes, Nave 12' : c.street), ['shippingAddress.street1']],
    ['Ciudad de envío', (c) => (zbOtroEnvio(c) ? 'Getafe' : c.city), ['shippingAddress.city']],
    ['Provincia de envío', (c) => (zbOtroEnvio(c) ? 'Madrid' : c.region), ['shippingAddress.stateProvince', 'shippingAddress.state']],
    ['Código postal de envío', (c) => (zbOtroEnvio(c) ? '28906' : c.postcode), ['shippingAddress.postalCode']],
    ['País de envío', () => 'España', ['shippingAddress.country']],
    ['Notas', (c, o, r) => v.pick(r, ['', '', '', 'Enviar facturas en PDF', 'Cliente desde feria 2023']), []],
    ['Estado', (c) => (+c.id % 11 === 0 ? 'Inactivo' : 'Activo'), [], opt],
    ['Hora de creación', (c) => madrid(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Hora de la última modificación', (c) => madrid(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },

  // ---------------------------------------------------------------- e-commerce orders
  { name: 'loja-integrada-pedidos-pt', product: 'Loja Integrada (Vendas > Pedidos > Exportar, CSV; Brazilian Portuguese, one row per item)', family: 'ecommerce-orders', language: 'pt', schema: E, cols: [
    ['Número do pedido', (c, o) => String(100 + (+o.id % 9000)), [OR('purchaseID')]],
    ['Data do pedido', (c, o) => saoPaulo(o.at), ['timestamp', OR('createdDate')]],
    ['Situação', (c, o) => brSit(o), [], opt],
    ['Nome do cliente', (c) => c.full, []],
    ['E-mail', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['CPF/CNPJ', (c) => cpf(c), [], opt],
    ['Telefone', (c, o, r) => (r() < 0.8 ? c.mobile : c.phone), [], opt],
    ['Endereço', (c) => c.street.split(',')[0], [SHIP('street1'), BILL('street1')]],
    ['Número', (c) => c.street.split(', ')[1] ?? '', [], opt],
    ['Complemento', (c, o, r) => (r() < 0.3 ? `Apto ${v.int(r, 11, 154)}` : ''), [SHIP('street2'), BILL('street2')]],
    ['Bairro', (c, o, r) => v.pick(r, ['Centro', 'Bela Vista', 'Jardim Paulista', 'Copacabana', 'Savassi', 'Batel']), [], opt],
    ['Cidade', (c) => c.city, [SHIP('city'), BILL('city')]],
    ['Estado', (c) => c.region, [SHIP('stateProvince'), SHIP('state'), BILL('stateProvince'), BILL('state')]],
    ['CEP', (c) => c.postcode, [SHIP('postalCode'), BILL('postalCode')]],
    ['Forma de envio', (c, o) => ['Correios - PAC', 'Correios - SEDEX', 'Jadlog .Package', 'Retirar na loja'][+o.id % 4], ['commerce.shipping.shippingMethod'], opt],
    ['Valor do frete', (c, o) => brl(brFrete(o)), ['commerce.shipping.shippingAmount']],
    ['Código de rastreio', (c, o, r) => (['Pedido Entregue', 'Pedido Enviado'].includes(brSit(o)) ? `${v.pick(r, ['QB', 'OJ', 'NL'])}${v.int(r, 100000000, 999999999)}BR` : ''), ['commerce.shipping.trackingNumber']],
    ['Forma de pagamento', (c, o) => ['Pix', 'Cartão de crédito', 'Cartão de crédito', 'Boleto bancário'][+o.id % 4], [OR('payments[0].paymentType')], opt],
    ['Parcelas', (c, o) => (+o.id % 4 === 1 || +o.id % 4 === 2 ? String(1 + (+o.id % 6)) : '1'), []],
    ['Cupom', (c, o) => (brDesc(o) ? 'BEMVINDO10' : ''), ['commerce.promotionID'], opt],
    ['Valor do desconto', (c, o) => brl(brDesc(o)), [OR('discountAmount')]],
    ['Subtotal', (c, o) => brl(brSub(o)), [], opt],
    ['Valor total', (c, o) => brl(brSub(o) + brFrete(o) - brDesc(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['SKU', (c, o) => brp(o)[0], [PL('SKU')]],
    ['Produto', (c, o) => brp(o)[1], [PL('name')]],
    ['Quantidade', (c, o) => String(o.qty), [PL('quantity')]],
    ['Preço unitário', (c, o) => brl(brp(o)[2]), []],
    ['Peso (kg)', (c, o) => (0.3 + (+o.id % 5) * 0.25).toFixed(3).replace('.', ','), []],
    ['Observações', (c, o, r) => v.pick(r, ['', '', '', 'Entregar na portaria', 'Embrulhar para presente']), []],
  ] },
  { name: 'storeden-ordini-it', product: 'Storeden (Ordini > Esporta, CSV; Italian admin, one row per order)', family: 'ecommerce-orders', language: 'it', schema: E, cols: [
    ['ID Ordine', (c, o) => String(10000 + (+o.id % 90000)), [OR('purchaseID'), '_id']],
    ['Data ordine', (c, o) => rome(o.at), ['timestamp', OR('createdDate')]],
    ['Stato ordine', (c, o) => itStato(o), [], opt],
    ['Stato pagamento', (c, o) => (itStato(o) === 'In attesa di pagamento' ? 'In attesa' : itStato(o) === 'Annullato' ? 'Rimborsato' : 'Pagato'), [], opt],
    ['Metodo di pagamento', (c, o) => ['Carta di credito', 'PayPal', 'Bonifico bancario', 'Contrassegno', 'Satispay'][+o.id % 5], [OR('payments[0].paymentType')], opt],
    ['Nome', (c) => c.first, []],
    ['Cognome', (c) => c.last, []],
    ['Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefono', (c, o, r) => (r() < 0.8 ? c.mobile : c.phone), [], opt],
    ['Codice fiscale', (c, o) => (itFatt(o) ? '' : cf(c)), [], opt],
    ['Ragione sociale', (c, o) => (itFatt(o) ? c.company : ''), [], opt],
    ['Partita IVA', (c, o, r) => (itFatt(o) ? `IT${v.int(r, 10000000000, 99999999999)}` : ''), []],
    ['Indirizzo fatturazione', (c) => c.street, [BILL('street1')]],
    ['CAP fatturazione', (c) => c.postcode, [BILL('postalCode')]],
    ['Città fatturazione', (c) => c.city, [BILL('city')]],
    ['Provincia fatturazione', (c) => c.region, [BILL('stateProvince'), BILL('state')]],
    ['Nazione fatturazione', () => 'Italia', [BILL('country')]],
    ['Indirizzo spedizione', (c, o) => (itAltro(o) ? 'Via Nazionale 88' : c.street), [SHIP('street1')]],
    ['CAP spedizione', (c, o) => (itAltro(o) ? '00184' : c.postcode), [SHIP('postalCode')]],
    ['Città spedizione', (c, o) => (itAltro(o) ? 'Roma' : c.city), [SHIP('city')]],
    ['Provincia spedizione', (c, o) => (itAltro(o) ? 'RM' : c.region), [SHIP('stateProvince'), SHIP('state')]],
    ['Nazione spedizione', () => 'Italia', [SHIP('country')]],
    ['Prodotti', (c, o) => `${o.qty}x ${itp(o)[0]}`, [], opt],
    ['Numero articoli', (c, o) => String(o.qty), [], opt],
    ['Totale prodotti', (c, o) => brl(itSub(o)), [], opt],
    ['Spese di spedizione', (c, o) => brl(itSped(o)), ['commerce.shipping.shippingAmount']],
    ['Sconto', (c, o) => brl(itSconto(o)), [OR('discountAmount')]],
    ['Codice coupon', (c, o) => (itSconto(o) ? 'BENVENUTO5' : ''), ['commerce.promotionID'], opt],
    ['IVA', (c, o) => brl(itIva(o)), [OR('taxAmount')]],
    ['Totale ordine', (c, o) => brl(itTot(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Valuta', () => 'EUR', [OR('currencyCode')]],
    ['Corriere', (c, o) => ['BRT', 'GLS', 'Poste Italiane', 'SDA'][+o.id % 4], ['commerce.shipping.shippingMethod'], opt],
    ['Numero tracking', (c, o, r) => (['Completato', 'Spedito'].includes(itStato(o)) ? String(v.int(r, 100000000, 999999999)) + String(v.int(r, 100, 999)) : ''), ['commerce.shipping.trackingNumber']],
    ['Note cliente', (c, o, r) => v.pick(r, ['', '', '', 'Citofonare Rossi', 'Consegna dopo le 14']), []],
  ] },

  // ---------------------------------------------------------------- payments
  { name: 'worldpay-statement', product: 'Worldpay (Merchant Interface: Reports > Get Statement, comma separated text; a UK merchant)', family: 'payments', language: 'en', schema: E, cols: [
    ['Merchant Code', () => 'ACMEOUTDOORECOM', []],
    ['Order Code', (c, o) => `ORD-${20240000 + (+o.id % 9999)}`, [OR('purchaseID'), OR('payments[0].transactionID')]],
    ['Date', (c, o) => london(o.at), ['timestamp']],
    ['Payment Method', (c, o) => wpPm(o), [OR('payments[0].paymentType')], opt],
    ['Status', (c, o) => wpEv(o), [], opt],
    ['Currency', () => 'GBP', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Amount', (c, o) => wpAmt(o).toFixed(2), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Commission', (c, o) => (wpSettled(o) ? wpComm(o).toFixed(2) : ''), []],
    ['Batch ID', (c, o) => (wpSettled(o) ? String(1000 + (+o.id % 300)) : ''), []],
    ['Transfer Currency', (c, o) => (wpSettled(o) ? 'GBP' : ''), [], opt],
    ['Transfer Amount', (c, o) => (wpSettled(o) ? (wpAmt(o) - wpComm(o)).toFixed(2) : ''), []],
    ['Cart Id', (c, o) => `cart-${o.id}`, ['commerce.cart.cartID', OR('purchaseID')], opt],
    ['Shopper Name', (c) => c.full.toUpperCase(), []],
    ['Shopper Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Shopper Country', (c, o) => WP_CTRY[+o.id % WP_CTRY.length], [BILL('countryCode')], opt],
    ['Shopper IP Address', (c, o, r) => (wpPm(o) === 'PAYPAL-EXPRESS' ? '' : v.ip4(r)), ['environment.ipV4']],
    ['Card Number', (c, o, r) => (wpPm(o) === 'PAYPAL-EXPRESS' ? '' : `${wpPm(o) === 'AMEX-SSL' ? '3714' : wpPm(o) === 'ECMC-SSL' ? '5454' : '4444'}********${v.int(r, 1000, 9999)}`), []],
    ['Authorisation Code', (c, o, r) => (wpEv(o) === 'REFUSED' ? '' : String(v.int(r, 100000, 999999))), []],
    ['Authorised Date', (c, o) => (wpEv(o) === 'REFUSED' ? '' : london(o.at)), [], opt],
    ['Captured Date', (c, o) => (['AUTHORISED', 'REFUSED'].includes(wpEv(o)) ? '' : london(o.at + 3600000)), [], opt],
    ['AVS Result', (c, o, r) => v.pick(r, ['APPROVED', 'APPROVED', 'PARTIAL APPROVED', 'NOT CHECKED', 'FAILED']), []],
    ['CVC Result', (c, o, r) => v.pick(r, ['APPROVED', 'APPROVED', 'NOT CHECKED', 'FAILED']), []],
    ['3D-Secure Result', (c, o, r) => v.pick(r, ['Cardholder Authenticated', 'Cardholder Authenticated', 'Authentication offered but not used', 'Ecommerce/Unknown']), []],
    ['Risk Score', (c, o) => String(+o.id % 100), []],
    ['Acquirer Code', () => 'BARCLAYS', []],
  ] },

  // ---------------------------------------------------------------- email / newsletter
  { name: 'substack-subscribers', product: 'Substack (Dashboard > Subscribers > Export of the customised column view, CSV)', family: 'email', language: 'en', schema: P, cols: [
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Name', (c, o, r) => (r() < 0.6 ? c.full : ''), ['person.name.fullName']],
    ['Subscription type', (c) => ssType(c), [], opt],
    ['Activity', (c) => String(+c.id % 6), []],
    ['Subscription date', (c) => f.ymd(c.created), [], opt],
    ['Paid upgrade date', (c) => (ssPaid(c) ? f.ymd(c.created + 86400000 * (+c.id % 200)) : ''), [], opt],
    ['Expiration date', (c) => (ssPaid(c) ? f.ymd(c.created + 86400000 * ((+c.id % 200) + 365 * (1 + (+c.id % 3)))) : ''), [], opt],
    ['Revenue', (c) => (ssPaid(c) ? `$${((+c.id % 24) * 8).toFixed(2)}` : '$0.00'), []],
    ['Country', (c, o, r) => (r() < 0.75 ? c.countryEn : ''), at(HOME, 'country'), opt],
    ['State/Province', (c, o, r) => (r() < 0.5 ? US_STATE[c.city] ?? '' : ''), [...at(HOME, 'stateProvince'), ...at(HOME, 'state')], opt],
    ['Source (free)', (c) => SS_SRC[+c.id % SS_SRC.length], []],
    ['Source (paid)', (c) => (ssPaid(c) ? SS_SRC[(+c.id >> 1) % SS_SRC.length] : ''), []],
    ['Emails received (6mo)', (c) => String(10 + (+c.id % 42)), []],
    ['Emails opened (6mo)', (c) => String(+c.id % 30), []],
    ['Open rate', (c) => `${(+c.id % 97)}%`, []],
    ['Links clicked', (c) => String(+c.id % 13), []],
    ['Post views (30d)', (c) => String(+c.id % 40), []],
    ['Comments', (c) => String(+c.id % 7 === 0 ? +c.id % 5 : 0), []],
    ['Shares', (c) => String(+c.id % 9 === 0 ? 1 : 0), []],
    ['Days active (30d)', (c) => String(+c.id % 31), []],
    ['Email disabled', (c) => (+c.id % 17 === 0 ? 'true' : 'false'), ['personalEmail.status'], opt],
  ] },

  // ---------------------------------------------------------------- support
  { name: 'kayako-users', product: 'Kayako Classic (users CSV in the format of Users > Import Users)', family: 'support', language: 'en', schema: B, cols: [
    ['EmailAddress', (c) => c.workEmail, ['workEmail.address', 'personalEmail.address']],
    ['FirstName', (c) => c.first, ['person.name.firstName']],
    ['LastName', (c) => c.last, ['person.name.lastName']],
    ['Organization', (c) => KY_ORG(c), ['b2b.companyName', 'organizations[0]']],
    ['Phone Number', (c, o, r) => (r() < 0.7 ? c.mobile.replace(/\D/g, '').slice(-10) : ''), ['workPhone.number', 'mobilePhone.number', 'homePhone.number']],
    ['Salutation', (c, o, r) => (r() < 0.6 ? (c.female ? 'Ms' : 'Mr') : ''), ['person.name.courtesyTitle']],
    ['Designation', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Email Domain Filter', (c) => c.workEmail.split('@')[1], ['b2b.companyWebsite'], opt],
    ['Address', (c) => c.street, ['workAddress.street1']],
    ['City', (c) => c.city, ['workAddress.city']],
    ['State', (c) => c.region, ['workAddress.stateProvince', 'workAddress.state']],
    ['Postal code', (c) => c.postcode, ['workAddress.postalCode']],
    ['Country', (c) => c.countryEn, ['workAddress.country']],
    ['Phone', (c) => c.phone.replace(/\D/g, '').slice(-10), ['workPhone.number'], opt],
    ['Fax', (c, o, r) => (r() < 0.2 ? c.phone.replace(/\D/g, '').slice(-10, -4) + String(v.int(r, 1000, 9999)) : ''), ['faxPhone.number'], opt],
    ['Website', (c) => `www.${c.workEmail.split('@')[1]}`, ['b2b.companyWebsite']],
  ] },

  // ---------------------------------------------------------------- analytics events
  { name: 'simple-analytics-datapoints', product: 'Simple Analytics (Export API / export UI: raw page views as CSV, all fields selected)', family: 'analytics', language: 'en', schema: E, cols: [
    ['added_unix', (c, o) => f.epochS(o.at), ['timestamp'], opt],
    ['added_iso', (c, o) => new Date(o.at).toISOString(), ['timestamp']],
    ['hostname', () => 'blog.example.com', ['web.webPageDetails.server'], opt],
    ['hostname_original', (c, o) => (+o.id % 9 === 0 ? 'example-blog.netlify.app' : ''), [], opt],
    ['path', (c, o) => SA_PATHS[+o.id % SA_PATHS.length], ['web.webPageDetails.URL', 'web.webPageDetails.name'], opt],
    ['query', (c, o) => (saSrc(o)[1] ? `?utm_source=${saSrc(o)[1]}&utm_medium=${saSrc(o)[2]}` : ''), [], opt],
    ['is_unique', (c, o) => (+o.id % 3 === 0 ? 'false' : 'true'), [], opt],
    ['is_robot', () => 'false', []],
    ['document_referrer', (c, o) => saSrc(o)[0], ['web.webReferrer.URL']],
    ['utm_source', (c, o) => saSrc(o)[1], [], opt],
    ['utm_medium', (c, o) => saSrc(o)[2], [], opt],
    ['utm_campaign', (c, o) => saSrc(o)[3], ['marketing.campaignName', 'marketing.trackingCode']],
    ['utm_content', () => '', [], opt],
    ['utm_term', () => '', [], opt],
    ['scrolled_percentage', (c, o) => String(5 + (+o.id % 96)), []],
    ['duration_seconds', (c, o) => String(3 + (+o.id % 240)), [], opt],
    ['viewport_width', (c, o) => String(saDev(o)[7]), ['environment.viewportWidth', 'environment.browserDetails.viewportWidth']],
    ['viewport_height', (c, o) => String(saDev(o)[8]), ['environment.viewportHeight', 'environment.browserDetails.viewportHeight']],
    ['screen_width', (c, o) => String(saDev(o)[5]), ['device.screenWidth']],
    ['screen_height', (c, o) => String(saDev(o)[6]), ['device.screenHeight']],
    ['user_agent', (c, o) => saDev(o)[9], ['environment.browserDetails.userAgent']],
    ['device_type', (c, o) => saDev(o)[0], ['device.type']],
    ['country_code', (c, o) => saGeo(o)[0], [GEO('countryCode')]],
    ['browser_name', (c, o) => saDev(o)[1], ['environment.browserDetails.name']],
    ['browser_version', (c, o) => saDev(o)[2], ['environment.browserDetails.version']],
    ['os_name', (c, o) => saDev(o)[3], ['environment.operatingSystem']],
    ['os_version', (c, o) => saDev(o)[4], ['environment.operatingSystemVersion']],
    ['lang_region', (c, o) => saGeo(o)[1], [], opt],
    ['lang_language', (c, o) => saGeo(o)[2], [], opt],
    ['uuid', (c, o, r) => v.uuid(r), ['_id'], opt],
    ['session_id', (c, o, r) => v.uuid(r), [], opt],
  ] },

  // ---------------------------------------------------------------- loyalty
  { name: 'marsello-customers', product: 'Marsello (Customers > All Customers > Export, CSV; a New Zealand retailer)', family: 'loyalty', language: 'en', schema: P, cols: [
    ['ExportId', (c, o, r) => v.hex(r, 24), ['_id', 'personID', 'loyalty.loyaltyID[0]'], opt],
    ['FirstName', (c) => c.first, ['person.name.firstName']],
    ['LastName', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Mobile', (c, o, r) => (r() < 0.7 ? `+64 2${v.pick(r, ['1', '2', '7'])} ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}` : ''), ['mobilePhone.number']],
    ['Birthday', (c, o, r) => (r() < 0.45 ? nzDate(c.birth) : ''), ['person.birthDate']],
    ['Gender', (c, o, r) => (r() < 0.4 ? (c.female ? 'Female' : 'Male') : ''), ['person.gender']],
    ['City', (c) => nz(c)[0], at(HOME, 'city')],
    ['PostCode', (c) => nz(c)[1], at(HOME, 'postalCode')],
    ['Country', () => 'New Zealand', at(HOME, 'country')],
    ['DateJoined', (c) => nzDate(c.created), ['loyalty.joinDate'], opt],
    ['PointsBalance', (c) => String(mPts(c)), ['loyalty.points']],
    ['LifetimePoints', (c) => String(mLife(c)), ['loyalty.lifetimePoints']],
    ['PointsRedeemed', (c) => String(mRed(c)), ['loyalty.pointsRedeemed']],
    ['VipTier', (c) => mTier(c), ['loyalty.tier']],
    ['TotalSpend', (c) => (mOrders(c) * 38.6).toFixed(2), [], opt],
    ['OrderCount', (c) => String(mOrders(c)), ['loyalty.lifetimePurchases'], opt],
    ['LastOrderDate', (c) => nzDate(Math.max(c.created, c.updated)), [], opt],
    ['EmailSubscribed', (c, o, r) => (r() < 0.7 ? 'True' : 'False'), [], opt],
    ['SmsSubscribed', (c, o, r) => (r() < 0.3 ? 'True' : 'False'), [], opt],
    ['ReferralCode', (c) => `${slug(c.first).toUpperCase().slice(0, 5)}${(+c.id % 900) + 100}`, [], opt],
    ['Tags', (c, o, r) => v.pick(r, ['', '', 'VIP', 'wholesale', 'newsletter;instore']), []],
    ['ShopifyCustomerId', (c, o, r) => (r() < 0.5 ? String(6000000000000 + (+c.id % 900000) * 977) : ''), [], opt],
    ['VendCustomerCode', (c, o, r) => (r() < 0.5 ? `${slug(c.first).toUpperCase().slice(0, 4)}-${v.alnum(r, 4).toUpperCase()}` : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- B2B leads
  { name: 'skrapp-leads-fr', product: 'Skrapp.io (Listes de leads > Exporter, CSV; French UI)', family: 'b2b', language: 'fr', schema: B, cols: [
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Nom complet', (c) => c.full, ['person.name.fullName']],
    ['E-mail', (c) => `${slug(c.first)}.${slug(c.last)}@${frDom(c)}`, ['workEmail.address']],
    ['Statut de l\'e-mail', (c, o, r) => v.pick(r, ['Valide', 'Valide', 'Valide', 'Catch-all', 'Inconnu']), ['workEmail.status'], opt],
    ['Poste', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Entreprise', (c) => frCo(c), ['b2b.companyName', 'organizations[0]']],
    ['Site web de l\'entreprise', (c) => `https://www.${frDom(c)}`, ['b2b.companyWebsite']],
    ['Secteur d\'activité', (c) => FR_SECT[+c.id % FR_SECT.length], []],
    ['Taille de l\'entreprise', (c) => FR_TAILLE[+c.id % FR_TAILLE.length], []],
    ['Localisation', (c) => `${c.city}, ${c.region}, France`, [], opt],
    ['Ville', (c) => c.city, [...at(['workAddress', ...HOME], 'city')]],
    ['Pays', () => 'France', [...at(['workAddress', ...HOME], 'country')]],
    ['Téléphone', (c, o, r) => (r() < 0.25 ? c.mobile : ''), ['mobilePhone.number', 'workPhone.number']],
    ['Profil LinkedIn', (c) => `https://www.linkedin.com/in/${slug(c.first)}-${slug(c.last)}-${(+c.id % 9000) + 1000}`, []],
    ['Liste', (c) => ['Prospects Lyon', 'Salon VivaTech', 'DAF Île-de-France'][+c.id % 3], [], opt],
    ['Date d\'ajout', (c) => paris(c.created), ['extSourceSystemAudit.createdDate'], opt],
  ] },
]
