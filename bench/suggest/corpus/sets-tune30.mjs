// Round 30, tune30: tune sets added in round 30, written blind (by a helper that never opened the suggester or a
// score). Same format as sets.mjs (sources in ../README.md).
import { P, E, v, f, HOME, OR, SHIP, BILL, PL, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'
import { loc as loc9 } from './values9.mjs'

const DAY = 86400000
const ascii = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ö/g, 'o').replace(/[^a-z]/g, '')
// money: "1.234,56" (Brazil, Germany, Sweden without the dot), "1234.56" (Peru, Egypt, Switzerland, UK, Malaysia),
// "12.345" (Kuwaiti dinar, three decimals)
const brMoney = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')
const comma = (n) => n.toFixed(2).replace('.', ',')
const dot = (n) => n.toFixed(2)
// dates in the product's local time: dd/MM/yyyy (HH:mm(:ss)) Brasília -3 and Lima -5, dd.MM.yyyy (HH:mm) Berlin/Zurich
// +1, yyyy-MM-dd HH:mm(:ss) Stockholm +1, Cairo +2, Kuala Lumpur +8, Kuwait +3
const dmy = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const dmyHm = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const dmyHms = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const hms = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const deDay = (ms, h = 1) => { const p = shift(ms, h); return `${pad(p.d)}.${pad(p.m)}.${p.y}` }
const deHm = (ms, h = 1) => { const p = shift(ms, h); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}` }
const ymdHm = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}` }
const ymdHms = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const isoOff = (ms, h) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)}T${pad(p.H)}:${pad(p.M)}:${pad(p.S)}+${pad(h)}:00` }
const ukDate = (ms) => { const p = shift(ms, 0); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const cpf = (r) => `${v.int(r, 100, 999)}.${v.int(r, 100, 999)}.${v.int(r, 100, 999)}-${pad(v.int(r, 0, 99))}`
const mask = (r) => `${v.pick(r, ['4', '5'])}${v.int(r, 10000, 99999)}******${v.int(r, 1000, 9999)}`

// local people, places and goods the shared generators lack
const BR_PEOPLE = [['Lucas', 'Oliveira'], ['Mariana', 'Santos'], ['Rafael', 'Souza'], ['Juliana', 'Pereira'], ['Gabriel', 'Lima'], ['Fernanda', 'Costa'], ['Thiago', 'Rodrigues'], ['Camila', 'Almeida']]
const brP = (c) => { const [a, b] = BR_PEOPLE[+c.id % BR_PEOPLE.length]; return { first: a, last: b, full: `${a} ${b}`, email: `${ascii(a)}.${ascii(b)}${+c.id % 90 + 10}@${['gmail.com', 'hotmail.com', 'uol.com.br', 'outlook.com'][+c.id % 4]}`, phone: `(${['11', '21', '31', '41', '51'][+c.id % 5]}) 9${v.int(v.rng(+c.id), 6000, 9999)}-${pad(+c.id % 10000, 4)}` } }
const BR_CITY = [['São Paulo', 'SP', '01310-100', 'Pinheiros'], ['Belo Horizonte', 'MG', '30140-071', 'Savassi'], ['Recife', 'PE', '51020-010', 'Boa Viagem'], ['Curitiba', 'PR', '80010-000', 'Centro'], ['Porto Alegre', 'RS', '90570-020', 'Moinhos de Vento']]
const brC = (c) => BR_CITY[+c.id % BR_CITY.length]
const BR_ITEMS = [['Camiseta Básica Algodão', 59.9], ['Kit Cuidados com a Barba', 129.9], ['Tênis Casual Couro', 249.9], ['Assinatura Mensal Café Especial', 89.9], ['Garrafa Térmica 1L', 119]]
const PE_PEOPLE = [['José', 'Quispe'], ['María', 'Flores'], ['Luis', 'Huamán'], ['Rosa', 'Mamani'], ['Carlos', 'Chávez'], ['Ana', 'Vargas'], ['Jorge', 'Rojas'], ['Lucía', 'Ramírez']]
const peP = (c) => { const [a, b] = PE_PEOPLE[+c.id % PE_PEOPLE.length]; return { full: `${a} ${b}`, email: `${ascii(a)}.${ascii(b)}${+c.id % 90}@${['gmail.com', 'hotmail.com', 'outlook.es'][+c.id % 3]}` } }
const EG_PEOPLE = [['أحمد', 'محمد'], ['محمود', 'حسن'], ['فاطمة', 'علي'], ['مريم', 'إبراهيم'], ['عمر', 'خالد'], ['نورهان', 'سعيد'], ['يوسف', 'عبد الله'], ['سارة', 'مصطفى']]
const EG_LATIN = ['ahmed.mohamed', 'mahmoud.hassan', 'fatma.ali', 'mariam.ibrahim', 'omar.khaled', 'nourhan.said', 'youssef.abdallah', 'sara.mostafa']
const EG_ITEMS = [['SUB-1M', 'اشتراك شهري - باقة أساسية', 150], ['CRS-101', 'كورس إنجليزي أونلاين', 850], ['SHP-22', 'شنطة ظهر لابتوب', 420], ['MED-05', 'كشف عيادة أونلاين', 300]]
const egPay = (o) => ['PayAtFawry', 'PayAtFawry', 'CARD', 'MWALLET', 'VALU'][+o.id % 5]
const CH_ADDR = [['Bahnhofstrasse 12', '8001', 'Zürich'], ['Rue du Rhône 48', '1204', 'Genève'], ['Spitalgasse 30', '3011', 'Bern'], ['Freie Strasse 5', '4001', 'Basel'], ['Via Nassa 7', '6900', 'Lugano'], ['Pilatusstrasse 20', '6003', 'Luzern']]
const CH_ITEMS = [['GX-1029384', 'LOG-MXM3S-GR', '097855175011', 'Logitech MX Master 3S (Kabellos)', 89.9], ['GX-2210458', 'SB-EV-1000', '4260123450018', 'Stehpult Elektrisch 140 x 70 cm', 349], ['GX-5530071', 'KT-HZ-28', '7610123987652', 'Kuhn Rikon Bratpfanne 28 cm', 74.95], ['GX-9912001', 'TX-USB-C-2M', '4061234567893', 'USB-C Kabel 2 m', 12.9]]
const SE_ITEMS = [['CD-HS-330', 'Hörlurar trådlösa ANC svart', 799], ['CD-KT-10', 'Kastrull rostfri 3 L', 349], ['CD-LEG-42', 'Byggsats Brandstation 312 delar', 499], ['CD-YM-05', 'Yogamatta 6 mm lila', 229]]
const UK_PEOPLE = [['Oliver', 'Smith'], ['Amelia', 'Jones'], ['Harry', 'Taylor'], ['Isla', 'Brown'], ['Jack', 'Williams'], ['Sophie', 'Davies'], ['George', 'Evans'], ['Emily', 'Wilson']]
const UK_ADDR = [['14 Victoria Road', '', 'Bournemouth', 'Dorset', 'BH1 4RS'], ['Flat 3', '22 High Street', 'Leeds', 'West Yorkshire', 'LS1 6HT'], ['7 Church Lane', '', 'Norwich', 'Norfolk', 'NR2 1AB'], ['58 Queen Street', '', 'Cardiff', 'South Glamorgan', 'CF10 2BU'], ['101 Station Road', 'Kingsbury', 'London', 'Greater London', 'NW9 9QE']]
const UK_ITEMS = [['OB-AIRFRY-55', 'P4F8KX', 'Tower 5.5L Digital Air Fryer Black', 59.99], ['OB-DUVET-KS', 'P7Q2MZ', 'Hotel Quality King Size Duvet 13.5 Tog', 34.99], ['OB-HDMI-3M', 'P3LL9A', 'HDMI 2.1 Cable 3m 8K', 8.49], ['OB-DOGBED-L', 'P9XR2C', 'Large Orthopaedic Dog Bed Grey', 42.5]]
const ukP = (c) => { const [a, b] = UK_PEOPLE[+c.id % UK_PEOPLE.length]; return { first: a, last: b, full: `${a} ${b}`, email: `${ascii(a)}${ascii(b)}${+c.id % 90}@${['gmail.com', 'hotmail.co.uk', 'btinternet.com', 'outlook.com'][+c.id % 4]}`, phone: `07${v.int(v.rng(+c.id), 100, 999)} ${v.int(v.rng(+c.id + 1), 100000, 999999)}` } }
const MY_PEOPLE = [['Muhammad Hafiz bin Ismail', 'hafiz.ismail'], ['Nur Aisyah binti Ahmad', 'aisyah.ahmad'], ['Tan Wei Ling', 'weiling.tan'], ['Siti Nurhaliza binti Razak', 'siti.razak'], ['Lim Chee Keong', 'ck.lim'], ['Arun a/l Subramaniam', 'arun.subra'], ['Nurul Izzah binti Hassan', 'izzah.hassan']]
const KW_PEOPLE = [['Abdullah', 'Al-Mutairi', '965'], ['Fatemah', 'Al-Enezi', '965'], ['Mohammed', 'Al-Qahtani', '966'], ['Noura', 'Al-Shammari', '966'], ['Khalid', 'Al-Mansoori', '971'], ['Maryam', 'Al-Hashimi', '973']]
const kwCur = (p) => ({ 965: 'KWD', 966: 'SAR', 971: 'AED', 973: 'BHD' })[p[2]]
const NL_PEOPLE = [['Daan', 'de Vries'], ['Sanne', 'Jansen'], ['Bram', 'van den Berg'], ['Lotte', 'Bakker'], ['Thijs', 'Visser'], ['Fleur', 'Smit'], ['Ruben', 'Meijer'], ['Iris', 'de Boer']]
const NL_ADS = [['m2098765432', 'Volkswagen Golf 1.5 TSI Highline 2019', '18.950'], ['m2101234567', 'Toyota Yaris 1.5 Hybrid Dynamic 2021', '21.495'], ['m2087654321', 'Kia Niro 1.6 GDi Hybrid DynamicLine 2020', '19.750'], ['m2112345678', 'Peugeot 208 1.2 PureTech Allure 2022', '17.900']]
const DE_EVENTS = [['Die Toten Hosen - Alles aus Liebe Tour', 'Lanxess Arena, Köln'], ['Helene Fischer Live', 'Olympiahalle, München'], ['Der König der Löwen - Das Musical', 'Stage Theater im Hafen, Hamburg'], ['Rock am Ring 2025 - Festivalticket', 'Nürburgring, Nürburg']]
const DE_CITIES = [['Köln', '50667'], ['München', '80331'], ['Hamburg', '20095'], ['Berlin', '10115'], ['Frankfurt am Main', '60311'], ['Stuttgart', '70173']]

export const SETS = [
  // ---------------------------------------------------------------- payments (Stone, Portal Stone > Vendas > Exportar, card-present sales, Portuguese UI)
  { name: 'stone-transacoes-pt', product: 'Stone (Portal Stone / app Stone: Vendas > Exportar planilha, card-present sales, Portuguese UI)', family: 'payments', language: 'pt', schema: E, cols: [
    ['Stonecode', (c, o, r) => String(v.int(r, 100000000, 199999999)), []],
    ['Data da venda', (c, o) => dmyHms(o.at, -3), ['timestamp', OR('createdDate')]],
    ['Stone ID', (c, o, r) => String(v.int(r, 100000000000, 999999999999)), [OR('payments[0].transactionID'), '_id']],
    ['Código de autorização', (c, o, r) => v.alnum(r, 6).toUpperCase(), []],
    ['Bandeira', (c, o, r) => (+o.id % 5 === 4 ? '' : v.pick(r, ['Mastercard', 'Visa', 'Elo', 'Hipercard', 'American Express'])), []],
    ['Produto', (c, o) => ['Crédito à vista', 'Débito', 'Crédito parcelado', 'Débito', 'Pix'][+o.id % 5], [OR('payments[0].paymentType')], opt],
    ['Parcelas', (c, o) => (+o.id % 5 === 2 ? String(2 + (+o.id % 4)) : '1'), []],
    ['Valor bruto', (c, o) => brMoney(o.total * 5), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Taxa MDR (%)', (c, o) => ['3,15', '1,37', '4,79', '1,37', '0,75'][+o.id % 5], []],
    ['Desconto MDR', (c, o) => brMoney(o.total * 5 * 0.0315), []],
    ['Desconto de antecipação', (c, o, r) => (r() < 0.5 ? brMoney(o.total * 5 * 0.02) : '0,00'), []],
    ['Valor líquido', (c, o) => brMoney(o.total * 5 * 0.95), []],
    ['Cartão', (c, o, r) => (+o.id % 5 === 4 ? '' : mask(r)), []],
    ['Nome do portador', (c) => brP(c).full.toUpperCase(), []],
    ['Status', (c, o, r) => v.pick(r, ['Aprovada', 'Aprovada', 'Aprovada', 'Cancelada', 'Chargeback']), [], opt],
    ['Data do cancelamento', (c, o, r) => (r() < 0.1 ? dmyHms(o.at + DAY, -3) : ''), []],
    ['Meio de captura', (c, o, r) => v.pick(r, ['POS', 'POS', 'TEF', 'Link de pagamento', 'Tap to Pay']), [], opt],
    ['Número de série', (c, o, r) => `${v.int(r, 100, 999)}${v.int(r, 1000000, 9999999)}`, []],
    ['Modelo da maquininha', (c, o, r) => v.pick(r, ['Stone S920', 'Stone Ton T2', 'Stone P2 Smart']), []],
    ['Previsão de recebimento', (c, o) => dmy(o.at + 30 * DAY, -3), []],
  ] },

  // ---------------------------------------------------------------- payments (Checkout Cielo / Super Link, Relatório de pedidos, Portuguese UI)
  { name: 'cielo-vendas-pt', product: 'Cielo (Checkout Cielo / Super Link backoffice: Pedidos > Exportar relatório, Portuguese UI)', family: 'payments', language: 'pt', schema: E, cols: [
    ['Número do Pedido', (c, o) => `PED${String(20250000 + +o.id)}`, [OR('purchaseID'), '_id']],
    ['Código do Pedido Cielo', (c, o, r) => v.hex(r, 32), [OR('payments[0].transactionID'), '_id'], opt],
    ['Data do Pedido', (c, o) => dmyHm(o.at, -3), ['timestamp', OR('createdDate')]],
    ['Status', (c, o, r) => v.pick(r, ['Pago', 'Pago', 'Autorizado', 'Negado', 'Cancelado', 'Pendente']), [], opt],
    ['Meio de Pagamento', (c, o) => ['Cartão de Crédito', 'Cartão de Crédito', 'Pix', 'Boleto', 'Cartão de Débito'][+o.id % 5], [OR('payments[0].paymentType')]],
    ['Bandeira', (c, o, r) => (+o.id % 5 < 2 || +o.id % 5 === 4 ? v.pick(r, ['Visa', 'Master', 'Elo', 'Amex']) : ''), []],
    ['Parcelas', (c, o, r) => (+o.id % 5 < 2 ? String(v.int(r, 1, 6)) : '1'), []],
    ['Valor do Pedido', (c, o, r, i) => brMoney(row(BR_ITEMS, i)[1] * o.qty), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Valor do Frete', (c, o) => (o.shipping ? '19,90' : '0,00'), ['commerce.shipping.shippingAmount']],
    ['Desconto', (c, o) => (o.discount ? '10,00' : '0,00'), [OR('discountAmount')], opt],
    ['Produto', (c, o, r, i) => row(BR_ITEMS, i)[0], [PL('name')], opt],
    ['Quantidade', (c, o) => String(o.qty), [PL('quantity')], opt],
    ['TID', (c, o, r) => `${v.int(r, 10000000, 99999999)}${v.int(r, 10000000, 99999999)}${v.int(r, 1000, 9999)}`, [OR('payments[0].transactionID')], opt],
    ['NSU', (c, o, r) => String(v.int(r, 100000, 999999)), []],
    ['Código de Autorização', (c, o, r) => String(v.int(r, 100000, 999999)), []],
    ['Nome do Comprador', (c) => brP(c).full, []],
    ['E-mail do Comprador', (c) => brP(c).email, ['endUserIDs._experience.emailid.id'], opt],
    ['CPF/CNPJ', (c, o, r) => cpf(r), []],
    ['Telefone', (c) => brP(c).phone, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['CEP', (c) => brC(c)[2], [SHIP('postalCode')]],
    ['Endereço', (c, o, r) => `${v.pick(r, ['Rua Augusta', 'Av. Paulista', 'Rua das Flores', 'Av. Brasil'])}`, [SHIP('street1')]],
    ['Número', (c, o, r) => String(v.int(r, 10, 2500)), [], opt],
    ['Complemento', (c, o, r) => v.pick(r, ['', '', 'Apto 52', 'Bloco B']), [SHIP('street2')]],
    ['Bairro', (c) => brC(c)[3], [], opt],
    ['Cidade', (c) => brC(c)[0], [SHIP('city')]],
    ['Estado', (c) => brC(c)[1], [SHIP('stateProvince'), SHIP('state')]],
    ['Tipo de Frete', (c, o, r) => v.pick(r, ['Correios PAC', 'Correios SEDEX', 'Frete Fixo', 'Sem Frete']), ['commerce.shipping.shippingMethod'], opt],
  ] },

  // ---------------------------------------------------------------- payments (Niubiz, Portal de comercios: Mis ventas > Descargar, Peru, Spanish UI)
  { name: 'niubiz-ventas-pe', product: 'Niubiz (Portal Niubiz para comercios: Mis Ventas > Descargar Excel, Peru, Spanish UI)', family: 'payments', language: 'es', schema: E, cols: [
    ['Código de comercio', (c, o, r) => String(v.int(r, 100000000, 699999999)), []],
    ['Nombre comercial', () => 'BODEGA SAN MARTIN SAC', []],
    ['Fecha de transacción', (c, o) => dmy(o.at, -5), ['timestamp', OR('createdDate')], opt],
    ['Hora de transacción', (c, o) => hms(o.at, -5), [], opt],
    ['Canal', (c, o) => ['POS', 'POS', 'Pago Web', 'Pago Link', 'App Niubiz'][+o.id % 5], [], opt],
    ['Marca', (c, o, r) => v.pick(r, ['VISA', 'VISA', 'MASTERCARD', 'AMEX', 'DINERS']), []],
    ['Tipo de tarjeta', (c, o, r) => v.pick(r, ['Crédito', 'Débito', 'Débito', 'Prepago']), [OR('payments[0].paymentType')], opt],
    ['Número de tarjeta', (c, o, r) => mask(r), []],
    ['Tarjetahabiente', (c) => peP(c).full.toUpperCase(), []],
    ['Moneda', (c, o) => (+o.id % 7 === 0 ? 'USD' : 'PEN'), [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Importe', (c, o) => dot(o.total * 3.8), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Cuotas', (c, o, r) => v.pick(r, ['0', '0', '0', '3', '6']), []],
    ['Código de autorización', (c, o, r) => String(v.int(r, 100000, 999999)), []],
    ['ID de transacción', (c, o, r) => String(v.int(r, 100000000000, 999999999999)), [OR('payments[0].transactionID'), '_id']],
    ['Número de pedido', (c, o) => (+o.id % 5 >= 2 ? String(1000 + +o.id) : ''), [OR('purchaseID')], opt],
    ['Estado', (c, o, r) => v.pick(r, ['Autorizado', 'Autorizado', 'Liquidado', 'Anulado', 'Denegado']), [], opt],
    ['Código de respuesta', (c, o, r) => v.pick(r, ['000', '000', '000', '180', '116']), []],
    ['Terminal', (c, o, r) => `${v.int(r, 10000000, 99999999)}`, []],
    ['Lote', (c, o, r) => pad(v.int(r, 1, 999), 3), []],
    ['Correo electrónico', (c, o) => (+o.id % 5 >= 2 ? peP(c).email : ''), ['endUserIDs._experience.emailid.id'], opt],
    ['Fecha de abono', (c, o) => dmy(o.at + 2 * DAY, -5), []],
    ['Comisión', (c, o) => dot(o.total * 3.8 * 0.0344), []],
    ['Importe neto', (c, o) => dot(o.total * 3.8 * 0.9656), []],
  ] },

  // ---------------------------------------------------------------- payments (Fawry, merchant portal المدفوعات export, Egypt, Arabic UI)
  { name: 'fawry-payments-ar', product: 'Fawry (FawryPay merchant portal: المعاملات > تصدير, Egypt, Arabic UI)', family: 'payments', language: 'ar', schema: E, cols: [
    ['الرقم المرجعي لفوري', (c, o, r) => String(v.int(r, 900000000, 999999999)), [OR('payments[0].transactionID'), '_id']],
    ['رقم طلب التاجر', (c, o) => `ORD-${20000 + +o.id}`, [OR('purchaseID'), '_id']],
    ['تاريخ الإنشاء', (c, o) => ymdHms(o.at, 2), ['timestamp', OR('createdDate')]],
    ['تاريخ الدفع', (c, o, r) => (r() < 0.75 ? ymdHms(o.at + v.int(r, 600, 86400) * 1000, 2) : ''), [], opt],
    ['تاريخ انتهاء الصلاحية', (c, o) => (egPay(o) === 'PayAtFawry' ? ymdHms(o.at + 2 * DAY, 2) : ''), []],
    ['حالة الطلب', (c, o, r) => v.pick(r, ['مدفوع', 'مدفوع', 'غير مدفوع', 'منتهي', 'مسترد']), [], opt],
    ['طريقة الدفع', (c, o) => egPay(o), [OR('payments[0].paymentType')]],
    ['المبلغ', (c, o, r, i) => dot(row(EG_ITEMS, i)[2] * (o.qty > 2 ? 1 : o.qty)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['رسوم فوري', (c, o) => (egPay(o) === 'PayAtFawry' ? '5.00' : '0.00'), []],
    ['المبلغ المدفوع', (c, o, r, i) => dot(row(EG_ITEMS, i)[2] * (o.qty > 2 ? 1 : o.qty) + (egPay(o) === 'PayAtFawry' ? 5 : 0)), [OR('payments[0].paymentAmount')], opt],
    ['العملة', () => 'EGP', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['اسم العميل', (c) => EG_PEOPLE[+c.id % EG_PEOPLE.length].join(' '), []],
    ['رقم الموبايل', (c, o, r) => `01${v.pick(r, ['0', '1', '2', '5'])}${v.int(r, 10000000, 99999999)}`, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['البريد الإلكتروني', (c) => `${EG_LATIN[+c.id % EG_LATIN.length]}${+c.id % 90}@gmail.com`, ['endUserIDs._experience.emailid.id'], opt],
    ['كود العميل', (c) => String(c.id), [], opt],
    ['كود المنتج', (c, o, r, i) => row(EG_ITEMS, i)[0], [PL('SKU')]],
    ['وصف المنتج', (c, o, r, i) => row(EG_ITEMS, i)[1], [PL('name')]],
    ['الكمية', (c, o) => String(o.qty > 2 ? 1 : o.qty), [PL('quantity')]],
    ['رقم العملية البنكية', (c, o, r) => (egPay(o) === 'CARD' ? String(v.int(r, 100000000000, 999999999999)) : ''), [], opt],
    ['رقم الكارت', (c, o, r) => (egPay(o) === 'CARD' ? mask(r) : ''), []],
    ['المبلغ المسترد', (c, o, r) => (r() < 0.1 ? '150.00' : '0.00'), [OR('refundTotal'), 'commerce.order.refunds[0].refundAmount']],
  ] },

  // ---------------------------------------------------------------- payments (Unzer Insights, Transaktionen > Export, German UI)
  { name: 'unzer-transaktionen-de', product: 'Unzer (Unzer Insights: Transaktionen > Exportieren CSV, German UI)', family: 'payments', language: 'de', schema: E, cols: [
    ['Datum', (c, o) => deHm(o.at), ['timestamp', OR('createdDate')]],
    ['Short-ID', (c, o, r) => `${v.int(r, 1000, 9999)}.${v.int(r, 1000, 9999)}.${v.int(r, 1000, 9999)}`, [OR('payments[0].transactionID')], opt],
    ['Payment-ID', (c, o, r) => `s-pay-${v.int(r, 10000, 999999)}`, [OR('payments[0].transactionID'), '_id']],
    ['Transaktionstyp', (c, o, r) => v.pick(r, ['Charge', 'Charge', 'Authorize', 'Cancel', 'Chargeback']), [], opt],
    ['Zahlart', (c, o) => ['Kreditkarte', 'PayPal', 'Rechnungskauf', 'SEPA-Lastschrift', 'Apple Pay', 'Kreditkarte'][+o.id % 6], [OR('payments[0].paymentType')]],
    ['Status', (c, o, r) => v.pick(r, ['erfolgreich', 'erfolgreich', 'erfolgreich', 'ausstehend', 'fehlgeschlagen']), [], opt],
    ['Betrag', (c, o) => comma(o.total), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Währung', () => 'EUR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Order-ID', (c, o) => `100${pad(+o.id, 6)}`, [OR('purchaseID')]],
    ['Rechnungsnummer', (c, o) => (+o.id % 6 === 2 ? `RE-2025-${pad(+o.id % 10000, 5)}` : ''), [OR('purchaseID')], opt],
    ['Kunden-ID', (c, o, r) => `s-cst-${v.hex(r, 12)}`, [], opt],
    ['Vorname', (c) => c.first, []],
    ['Nachname', (c) => c.last, []],
    ['E-Mail', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Firma', (c, o, r) => (r() < 0.25 ? c.company : ''), []],
    ['Straße', (c) => c.street, [BILL('street1')]],
    ['PLZ', (c) => c.postcode, [BILL('postalCode')]],
    ['Ort', (c) => c.city, [BILL('city')]],
    ['Land', () => 'DE', [BILL('countryCode')]],
    ['Kartenmarke', (c, o, r) => (['Kreditkarte', 'Apple Pay'].includes(['Kreditkarte', 'PayPal', 'Rechnungskauf', 'SEPA-Lastschrift', 'Apple Pay', 'Kreditkarte'][+o.id % 6]) ? v.pick(r, ['VISA', 'MASTER']) : ''), []],
    ['Kartennummer', (c, o, r) => (+o.id % 6 === 0 || +o.id % 6 === 5 ? mask(r) : ''), []],
    ['IBAN', (c, o, r) => (+o.id % 6 === 3 ? `DE${v.int(r, 10, 99)}****${v.int(r, 1000, 9999)}` : ''), []],
    ['Händlerreferenz', (c, o, r) => v.pick(r, ['', 'Webshop', 'Abo Juni']), []],
    ['Shop-Name', () => 'Kaffeerösterei Müller', []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Galaxus merchant programme, CMI order list export, Switzerland, German UI)
  { name: 'galaxus-bestellungen-de', product: 'Galaxus (Digitec Galaxus merchant programme, Customer Management Interface (CMI): Bestellungen > Export, German UI, one row per order line)', family: 'ecommerce-orders', language: 'de', schema: E, cols: [
    ['Bestellnummer', (c, o) => String(70000000 + +o.id * 13), [OR('purchaseID'), '_id']],
    ['Bestelldatum', (c, o) => deHm(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o, r) => v.pick(r, ['Offen', 'Bestätigt', 'Versendet', 'Versendet', 'Storniert']), [], opt],
    ['Galaxus Artikelnummer', (c, o, r, i) => row(CH_ITEMS, i)[0].slice(3), [PL('SKU')], opt],
    ['Händler Artikelnummer', (c, o, r, i) => row(CH_ITEMS, i)[1], [PL('SKU')]],
    ['EAN', (c, o, r, i) => row(CH_ITEMS, i)[2], [], opt],
    ['Produktbezeichnung', (c, o, r, i) => row(CH_ITEMS, i)[3], [PL('name')]],
    ['Menge', (c, o) => String(o.qty), [PL('quantity')]],
    ['Verkaufspreis inkl. MwSt.', (c, o, r, i) => dot(row(CH_ITEMS, i)[4]), [], opt],
    ['Total inkl. MwSt.', (c, o, r, i) => dot(row(CH_ITEMS, i)[4] * o.qty), [PL('priceTotal')]],
    ['MwSt.-Satz', () => '8.1', []],
    ['Währung', () => 'CHF', [OR('currencyCode'), PL('currencyCode')]],
    ['Firma', (c, o, r) => (r() < 0.2 ? c.company : ''), []],
    ['Vorname', (c) => c.first, []],
    ['Nachname', (c) => c.last, []],
    ['Strasse', (c) => CH_ADDR[+c.id % CH_ADDR.length][0], [SHIP('street1')]],
    ['Postfach', (c, o, r) => (r() < 0.1 ? `Postfach ${v.int(r, 100, 999)}` : ''), [SHIP('postOfficeBox')], opt],
    ['PLZ', (c) => CH_ADDR[+c.id % CH_ADDR.length][1], [SHIP('postalCode')]],
    ['Ort', (c) => CH_ADDR[+c.id % CH_ADDR.length][2], [SHIP('city')]],
    ['Land', () => 'CH', [SHIP('countryCode')]],
    ['Telefon', (c, o, r) => (r() < 0.6 ? `+41 7${v.pick(r, ['6', '8', '9'])} ${v.int(r, 100, 999)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}` : ''), [], opt],
    ['Kundenreferenz', (c, o, r) => (r() < 0.2 ? `PO-${v.int(r, 1000, 9999)}` : ''), [OR('purchaseOrderNumber')], opt],
    ['Lieferart', (c, o, r) => v.pick(r, ['Post Economy', 'Post Priority', 'EU-Hub']), ['commerce.shipping.shippingMethod'], opt],
    ['Sendungsnummer', (c, o, r) => (r() < 0.7 ? `99.60.${v.int(r, 100000, 999999)}.${v.int(r, 10000000, 99999999)}` : ''), ['commerce.shipping.trackingNumber']],
    ['Versanddatum', (c, o) => deDay(o.at + DAY), ['commerce.shipping.shipDate'], opt],
    ['Lieferfrist', (c, o) => deDay(o.at + 3 * DAY), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (CDON Marketplace, Ordrar > Exportera, Swedish UI, one row per order row)
  { name: 'cdon-ordrar-sv', product: 'CDON (CDON Marketplace seller portal: Ordrar > Exportera till Excel, Swedish UI, one row per order row)', family: 'ecommerce-orders', language: 'sv', schema: E, cols: [
    ['Ordernummer', (c, o) => String(300000000 + +o.id * 17), [OR('purchaseID'), '_id']],
    ['Orderrad-ID', (c, o, r) => String(v.int(r, 10000000, 99999999)), [PL('_id')], opt],
    ['Orderdatum', (c, o) => ymdHm(o.at, 1), ['timestamp', OR('createdDate')]],
    ['Marknad', () => 'CDON.se', [], opt],
    ['Status', (c, o, r) => v.pick(r, ['Ny', 'Skickad', 'Skickad', 'Levererad', 'Annullerad', 'Returnerad']), [], opt],
    ['Artikelnummer', (c, o, r, i) => row(SE_ITEMS, i)[0], [PL('SKU')]],
    ['Produkt-ID', (c, o, r, i) => String(90000000 + (i % 4) * 1234), [PL('SKU')], opt],
    ['Produktnamn', (c, o, r, i) => row(SE_ITEMS, i)[1], [PL('name')]],
    ['Antal', (c, o) => String(o.qty), [PL('quantity')]],
    ['Pris inkl. moms', (c, o, r, i) => comma(row(SE_ITEMS, i)[2]), [], opt],
    ['Totalt', (c, o, r, i) => comma(row(SE_ITEMS, i)[2] * o.qty), [PL('priceTotal')]],
    ['Moms', (c, o, r, i) => comma(row(SE_ITEMS, i)[2] * o.qty * 0.2), [OR('taxAmount')], opt],
    ['Valuta', () => 'SEK', [OR('currencyCode'), PL('currencyCode')]],
    ['Förnamn', (c) => loc9(c, 'sv').first, []],
    ['Efternamn', (c) => loc9(c, 'sv').last, []],
    ['Adress', (c) => loc9(c, 'sv').street, [SHIP('street1')]],
    ['C/O', (c, o, r) => (r() < 0.1 ? `c/o ${loc9(c, 'sv').last}` : ''), [SHIP('street2')], opt],
    ['Postnummer', (c) => loc9(c, 'sv').zip, [SHIP('postalCode')]],
    ['Ort', (c) => loc9(c, 'sv').city, [SHIP('city')]],
    ['Land', () => 'SE', [SHIP('countryCode')]],
    ['Telefonnummer', (c) => loc9(c, 'sv').mobile, [], opt],
    ['E-post', (c) => loc9(c, 'sv').email, ['endUserIDs._experience.emailid.id'], opt],
    ['Fraktsätt', (c, o, r) => v.pick(r, ['PostNord Ombud', 'DHL Service Point', 'Budbee Box', 'Instabox']), ['commerce.shipping.shippingMethod'], opt],
    ['Spårningsnummer', (c, o, r) => (r() < 0.7 ? `${v.pick(r, ['00370', 'JJD', 'BUD'])}${v.int(r, 100000000, 999999999)}` : ''), ['commerce.shipping.trackingNumber']],
    ['Skickad datum', (c, o) => ymdHm(o.at + DAY, 1).slice(0, 10), ['commerce.shipping.shipDate'], opt],
    ['Provision', (c, o, r, i) => comma(row(SE_ITEMS, i)[2] * o.qty * 0.13), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (OnBuy Seller Control Panel, Orders > Export CSV, UK, one row per order line)
  { name: 'onbuy-orders', product: 'OnBuy (Seller Control Panel: Orders > Export orders CSV, UK, one row per order line)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order ID', (c, o) => `T${v.alnum(v.rng(+o.id), 3).toUpperCase()}-${9000000 + +o.id}`, [OR('purchaseID'), '_id']],
    ['Date', (c, o) => ukDate(o.at), ['timestamp', OR('createdDate')]],
    ['Status', (c, o, r) => v.pick(r, ['Awaiting Dispatch', 'Dispatched', 'Dispatched', 'Partially Dispatched', 'Cancelled By Buyer', 'Refunded']), [], opt],
    ['Buyer Name', (c) => ukP(c).full, []],
    ['Buyer Email', (c) => ukP(c).email, ['endUserIDs._experience.emailid.id'], opt],
    ['Buyer Phone', (c) => ukP(c).phone, [], opt],
    ['Delivery Name', (c) => ukP(c).full, []],
    ['Delivery Address Line 1', (c) => UK_ADDR[+c.id % UK_ADDR.length][0], [SHIP('street1')]],
    ['Delivery Address Line 2', (c) => UK_ADDR[+c.id % UK_ADDR.length][1], [SHIP('street2')]],
    ['Delivery Town', (c) => UK_ADDR[+c.id % UK_ADDR.length][2], [SHIP('city')]],
    ['Delivery County', (c) => UK_ADDR[+c.id % UK_ADDR.length][3], [SHIP('stateProvince'), SHIP('state'), SHIP('region')]],
    ['Delivery Postcode', (c) => UK_ADDR[+c.id % UK_ADDR.length][4], [SHIP('postalCode')]],
    ['Delivery Country', () => 'United Kingdom', [SHIP('country')]],
    ['SKU', (c, o, r, i) => row(UK_ITEMS, i)[0], [PL('SKU')]],
    ['OPC', (c, o, r, i) => row(UK_ITEMS, i)[1], [PL('SKU')], opt],
    ['Product Name', (c, o, r, i) => row(UK_ITEMS, i)[2], [PL('name')]],
    ['Quantity', (c, o) => String(o.qty), [PL('quantity')]],
    ['Unit Price', (c, o, r, i) => dot(row(UK_ITEMS, i)[3]), [], opt],
    ['Line Total', (c, o, r, i) => dot(row(UK_ITEMS, i)[3] * o.qty), [PL('priceTotal')]],
    ['Delivery Cost', (c, o) => (o.shipping ? '3.99' : '0.00'), ['commerce.shipping.shippingAmount']],
    ['Order Total', (c, o, r, i) => dot(row(UK_ITEMS, i)[3] * o.qty + (o.shipping ? 3.99 : 0)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Currency', () => 'GBP', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Delivery Service', (c, o, r) => v.pick(r, ['Standard Delivery', 'Express Delivery', 'Free Delivery']), ['commerce.shipping.shippingMethod'], opt],
    ['Tracking Number', (c, o, r) => (r() < 0.7 ? `${v.pick(r, ['JD0002', 'H0', 'TT'])}${v.int(r, 100000000, 999999999)}GB` : ''), ['commerce.shipping.trackingNumber']],
    ['Courier', (c, o, r) => v.pick(r, ['Royal Mail', 'Evri', 'DPD', 'Yodel']), [], opt],
    ['Dispatch Date', (c, o) => ukDate(o.at + DAY).slice(0, 10), ['commerce.shipping.shipDate'], opt],
    ['Commission', (c, o, r, i) => dot(row(UK_ITEMS, i)[3] * o.qty * 0.09), []],
  ] },

  // ---------------------------------------------------------------- events (EVENTIM.Light, Veranstalter-Backend: Buchungen > Export, German UI, one row per booking)
  { name: 'eventim-buchungen-de', product: 'EVENTIM (EVENTIM.Light organiser backend: Buchungen > Export Käuferdaten, German UI, one row per booking)', family: 'events', language: 'de', schema: P, cols: [
    ['Buchungsnummer', (c, o) => `EL${pad(+o.id * 37, 8)}`, []],
    ['Buchungsdatum', (c, o) => deHm(o.at), [], opt],
    ['Veranstaltung', (c, o, r, i) => row(DE_EVENTS, i)[0], []],
    ['Veranstaltungsort', (c, o, r, i) => row(DE_EVENTS, i)[1], []],
    ['Veranstaltungsdatum', (c, o) => deHm(o.at + 40 * DAY), []],
    ['Preiskategorie', (c, o, r) => v.pick(r, ['Kategorie 1', 'Kategorie 2', 'Stehplatz', 'Innenraum']), []],
    ['Ermäßigung', (c, o, r) => v.pick(r, ['Normalpreis', 'Normalpreis', 'Ermäßigt', 'Kind bis 14 J.']), []],
    ['Anzahl Tickets', (c, o) => String(o.qty), []],
    ['Ticketpreis', (c, o) => comma([49.9, 69.9, 89.9, 119.5][+o.id % 4]), []],
    ['Gebühren', (c, o) => comma(2.5 * o.qty), []],
    ['Gesamtbetrag', (c, o) => comma(([49.9, 69.9, 89.9, 119.5][+o.id % 4] + 2.5) * o.qty), []],
    ['Zahlungsart', (c, o, r) => v.pick(r, ['Kreditkarte', 'PayPal', 'SEPA-Lastschrift', 'Sofortüberweisung']), []],
    ['Anrede', (c) => (c.female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Firma', (c, o, r) => (r() < 0.1 ? c.company : ''), ['organizations[0]'], opt],
    ['Straße', (c) => c.street, at(HOME, 'street1')],
    ['PLZ', (c) => DE_CITIES[+c.id % DE_CITIES.length][1], at(HOME, 'postalCode')],
    ['Ort', (c) => DE_CITIES[+c.id % DE_CITIES.length][0], at(HOME, 'city')],
    ['Land', () => 'Deutschland', at(HOME, 'country')],
    ['E-Mail', (c) => c.email, ['personalEmail.address']],
    ['Telefon', (c) => c.mobile, ['mobilePhone.number', 'homePhone.number']],
    ['Geburtsdatum', (c) => deDay(c.birth, 0), ['person.birthDate']],
    ['Newsletter-Einwilligung', (c) => (c.bool ? 'Ja' : 'Nein'), [], opt],
    ['Versandart', (c, o, r) => v.pick(r, ['print@home', 'Mobile Ticket', 'Postversand']), []],
    ['Ticket-Barcode', (c, o, r) => String(v.int(r, 100000000000, 999999999999)), ['_id', 'personID'], opt],
    ['Einlass', (c, o, r) => v.pick(r, ['', '', 'eingelassen']), [], opt],
  ] },

  // ---------------------------------------------------------------- memberships (Billplz, Billing > collection > Export bills CSV, Malaysia, a society's annual fees)
  { name: 'billplz-bills', product: 'Billplz (Billing: collection "Yuran Keahlian 2025" > Export CSV of bills, Malaysia, a society collecting membership fees)', family: 'memberships', language: 'en', schema: E, cols: [
    ['ID', (c, o, r) => v.alnum(r, 8).toLowerCase(), [OR('payments[0].transactionID'), '_id']],
    ['Collection ID', () => 'inbmmepb', []],
    ['Name', (c) => MY_PEOPLE[+c.id % MY_PEOPLE.length][0], []],
    ['Email', (c) => `${MY_PEOPLE[+c.id % MY_PEOPLE.length][1]}@gmail.com`, ['endUserIDs._experience.emailid.id'], opt],
    ['Mobile', (c, o, r) => `+601${v.pick(r, ['2', '3', '6', '7', '9'])}${v.int(r, 1000000, 9999999)}`, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Description', (c, o, r) => v.pick(r, ['Yuran Keahlian Tahunan 2025', 'Yuran Keahlian Tahunan 2025 (Pelajar)', 'Yuran Pendaftaran Ahli Baru']), [PL('name')], opt],
    ['Amount', (c, o, r) => v.pick(r, ['50.00', '50.00', '25.00', '80.00']), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Paid Amount', (c, o, r) => (r() < 0.7 ? '50.00' : '0.00'), [OR('payments[0].paymentAmount')], opt],
    ['State', (c, o, r) => v.pick(r, ['paid', 'paid', 'due', 'overdue', 'deleted']), [], opt],
    ['Paid', (c, o, r) => (r() < 0.7 ? 'true' : 'false'), [], opt],
    ['Due At', (c, o) => ymdHms(o.at + 14 * DAY, 8).slice(0, 10), []],
    ['Paid At', (c, o) => isoOff(o.at, 8), ['timestamp'], opt],
    ['Payment Method', (c, o) => ['FPX', 'FPX', 'Credit Card', 'DuitNow QR', 'Touch n Go eWallet'][+o.id % 5], [OR('payments[0].paymentType')], opt],
    ['Bank', (c, o, r) => v.pick(r, ['Maybank2u', 'CIMB Clicks', 'Public Bank', 'RHB Now', 'Bank Islam']), []],
    ['Transaction ID', (c, o, r) => `${v.alnum(r, 4).toUpperCase()}${v.int(r, 10000000, 99999999)}`, [OR('payments[0].transactionID')], opt],
    ['Reference 1 Label', () => 'No. Ahli', []],
    ['Reference 1', (c) => `PSM-${pad(+c.id % 10000, 5)}`, [], opt],
    ['Reference 2 Label', () => 'No. Kad Pengenalan', []],
    ['Reference 2', (c, o, r) => `${v.int(r, 600101, 991231)}-${pad(v.int(r, 1, 14))}-${v.int(r, 1000, 9999)}`, []],
    ['URL', (c, o, r) => `https://www.billplz.com/bills/${v.alnum(r, 8).toLowerCase()}`, []],
  ] },

  // ---------------------------------------------------------------- CRM/invoicing (Tap Payments, dashboard Invoices > Export, Gulf, English UI)
  { name: 'tap-invoices', product: 'Tap Payments (Tap dashboard: Invoices > Export, Kuwait/Gulf merchants, English UI)', family: 'crm', language: 'en', schema: E, cols: [
    ['Invoice ID', (c, o, r) => `inv_TS0${v.int(r, 1, 9)}A${v.alnum(r, 20)}`, [OR('purchaseID'), '_id']],
    ['Invoice Number', (c, o) => `INV-${pad(+o.id % 100000, 6)}`, [OR('purchaseID')], opt],
    ['Created', (c, o) => ymdHms(o.at, 3), ['timestamp', OR('createdDate')]],
    ['Due Date', (c, o) => ymdHms(o.at + 7 * DAY, 3).slice(0, 10), []],
    ['Expiry Date', (c, o) => ymdHms(o.at + 30 * DAY, 3).slice(0, 10), []],
    ['Status', (c, o, r) => v.pick(r, ['PAID', 'PAID', 'CREATED', 'EXPIRED', 'CANCELLED']), [], opt],
    ['Amount', (c, o, r) => { const cur = kwCur(KW_PEOPLE[+c.id % KW_PEOPLE.length]); const n = v.int(r, 5, 300); return ['KWD', 'BHD'].includes(cur) ? n.toFixed(3) : n.toFixed(2) }, [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Currency', (c) => kwCur(KW_PEOPLE[+c.id % KW_PEOPLE.length]), [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Description', (c, o, r) => v.pick(r, ['Consultation - 1 hour', 'Annual gym membership', 'Catering order #58', 'Website maintenance (Q3)']), [PL('name')], opt],
    ['Customer First Name', (c) => KW_PEOPLE[+c.id % KW_PEOPLE.length][0], []],
    ['Customer Last Name', (c) => KW_PEOPLE[+c.id % KW_PEOPLE.length][1], []],
    ['Customer Email', (c) => `${ascii(KW_PEOPLE[+c.id % KW_PEOPLE.length][0])}.${ascii(KW_PEOPLE[+c.id % KW_PEOPLE.length][1])}@gmail.com`, ['endUserIDs._experience.emailid.id'], opt],
    ['Country Code', (c) => KW_PEOPLE[+c.id % KW_PEOPLE.length][2], [], opt],
    ['Customer Phone', (c, o, r) => String(v.int(r, 50000000, 99999999)), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Customer ID', (c, o, r) => `cus_TS0${v.int(r, 1, 9)}A${v.alnum(r, 20)}`, [], opt],
    ['Charge ID', (c, o, r) => (r() < 0.6 ? `chg_TS0${v.int(r, 1, 9)}A${v.alnum(r, 20)}` : ''), [OR('payments[0].transactionID')]],
    ['Payment Method', (c) => ({ KWD: 'KNET', SAR: 'MADA', AED: 'VISA', BHD: 'BENEFIT' })[kwCur(KW_PEOPLE[+c.id % KW_PEOPLE.length])], [OR('payments[0].paymentType')], opt],
    ['Reference', (c, o) => `ORD-${o.id}`, [OR('purchaseID')], opt],
    ['Sent Via', (c, o, r) => v.pick(r, ['SMS', 'EMAIL', 'SMS, EMAIL', 'LINK']), []],
    ['Created By', (c, o, r) => v.pick(r, ['admin@merchant.com.kw', 'sales@merchant.com.kw']), []],
  ] },

  // ---------------------------------------------------------------- marketing leads (Marktplaats Zakelijk / Autos, dealer leads export, Dutch UI)
  { name: 'marktplaats-leads-nl', product: 'Marktplaats (Marktplaats Zakelijk / Admarkt dealer account: Leads > Exporteer naar Excel, Dutch UI, one row per reaction on an advertentie)', family: 'marketing', language: 'nl', schema: P, cols: [
    ['Lead-ID', (c, o, r) => String(v.int(r, 10000000, 99999999)), ['_id', 'personID'], opt],
    ['Datum', (c, o) => f.nlTime(o.at), [], opt],
    ['Type', (c, o, r) => v.pick(r, ['E-mail', 'Bericht', 'Telefoon', 'WhatsApp', 'Bod']), []],
    ['Advertentienummer', (c, o, r, i) => row(NL_ADS, i)[0], []],
    ['Advertentietitel', (c, o, r, i) => row(NL_ADS, i)[1], []],
    ['Vraagprijs', (c, o, r, i) => `€ ${row(NL_ADS, i)[2]},-`, []],
    ['Bod', (c, o, r) => (r() < 0.2 ? `€ ${v.int(r, 15, 20)}.${v.pick(r, ['000', '500', '250'])},-` : ''), []],
    ['Naam', (c) => NL_PEOPLE[+c.id % NL_PEOPLE.length].join(' '), ['person.name.fullName']],
    ['E-mailadres', (c) => `${ascii(NL_PEOPLE[+c.id % NL_PEOPLE.length][0])}.${ascii(NL_PEOPLE[+c.id % NL_PEOPLE.length][1])}@${['gmail.com', 'hotmail.nl', 'ziggo.nl', 'kpnmail.nl'][+c.id % 4]}`, ['personalEmail.address']],
    ['Telefoonnummer', (c, o, r) => `06-${v.int(r, 10000000, 99999999)}`, ['mobilePhone.number', 'homePhone.number']],
    ['Postcode', (c, o, r) => `${v.int(r, 1011, 9999)} ${v.pick(r, ['AB', 'KL', 'TR', 'XC'])}`, at(HOME, 'postalCode'), opt],
    ['Bericht', (c, o, r) => v.pick(r, ['Is de auto nog beschikbaar?', 'Kan ik zaterdag een proefrit maken?', 'Wat is de laatste prijs?', 'Heeft u ook inruil mogelijkheid?']), []],
    ['Inruil kenteken', (c, o, r) => (r() < 0.3 ? `${v.int(r, 10, 99)}-${v.alnum(r, 3).toUpperCase()}-${v.int(r, 1, 9)}` : ''), []],
    ['Status', (c, o, r) => v.pick(r, ['Nieuw', 'Opgevolgd', 'Afspraak gemaakt', 'Verkocht', 'Geen interesse']), [], opt],
    ['Platform', (c, o, r) => v.pick(r, ['Marktplaats', 'Marktplaats', '2dehands']), [], opt],
    ['Behandeld door', (c, o, r) => v.pick(r, ['', 'Kees', 'Annemiek']), []],
  ] },
]
