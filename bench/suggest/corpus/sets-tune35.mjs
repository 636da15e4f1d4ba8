// Round 35, tune35: tune sets added in round 35, written blind (by a helper that never opened the suggester or a
// score). Same format as sets.mjs (sources in ../README.md).
import { P, E, B, v, B2BID, OR, SHIP, PL, GEO, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

const DAY = 86400000, MIN = 60000
// money: "12.50" (UK, US, India), "45,90" (Brazil, Argentina, Germany), "1.234,50" (Turkey)
const dot = (n) => n.toFixed(2)
const comma = (n) => n.toFixed(2).replace('.', ',')
const trMoney = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')
// dates in the product's local time: London +0, New York -5, São Paulo/Buenos Aires -3, Berlin +1, Istanbul/Moscow +3, Kyiv +2, India +5:30 (as +5)
const dmyHm = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const dmy = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const hm = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.H)}:${pad(p.M)}` }
const ymd = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const ymdHms = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const deDay = (ms, h = 1) => { const p = shift(ms, h); return `${pad(p.d)}.${pad(p.m)}.${p.y}` }
const dotHm = (ms, h) => { const p = shift(ms, h); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}` }
const isoZ = (ms) => new Date(ms).toISOString()
const isoNoMs = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z')
const usHm = (ms) => { const p = shift(ms, -5); return `${p.m}/${p.d}/${p.y} ${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }
const usDay = (ms) => { const p = shift(ms, -5); return `${p.m}/${p.d}/${p.y}` }

// local people, places and goods the shared generators lack
const UK_NAMES = ['Oliver', 'Amelia', 'Harry', 'Isla', 'George', 'Ava', 'Noah', 'Freya', 'Jack', 'Poppy']
const UK_DISTRICTS = ['E1', 'N7', 'SW11', 'SE15', 'M4', 'B5', 'LS6', 'EH8', 'BS1', 'NW1']
const UK_DISHES = [['Chicken Katsu Curry', 11.95], ['Margherita Pizza 12"', 10.5], ['Smash Burger Meal', 13.25], ['Pad Thai (Prawn)', 12.0], ['Falafel Wrap', 8.75], ['Poké Bowl Salmon', 12.95]]
const US_STORES = [['Joe\'s Pizza - Broadway', 'a1b2c3d4-1111-4a5b-9c8d-0e1f2a3b4c5d'], ['Joe\'s Pizza - Williamsburg', 'f6e5d4c3-2222-4b6a-8d9c-1a2b3c4d5e6f']]
const US_ADDR = [['350 5th Ave', 'New York', 'NY', '10118'], ['1 Main St', 'Brooklyn', 'NY', '11201'], ['45 W 34th St', 'New York', 'NY', '10001'], ['200 Park Ave S', 'New York', 'NY', '10003'], ['89 Bedford Ave', 'Brooklyn', 'NY', '11211'], ['12 Court St', 'Brooklyn', 'NY', '11241']]
const US_DEPTS = ['Engineering', 'Sales', 'Finance', 'People Ops', 'Marketing', 'Legal']
const BR_PEOPLE = [['Ana Paula', 'Souza'], ['Carlos Eduardo', 'Lima'], ['Fernanda', 'Oliveira'], ['Rafael', 'Almeida'], ['Juliana', 'Ferreira'], ['Thiago', 'Ribeiro']]
const BR_PLACES = [['Pinheiros', 'São Paulo', 'SP', '05422-010'], ['Vila Mariana', 'São Paulo', 'SP', '04101-300'], ['Botafogo', 'Rio de Janeiro', 'RJ', '22250-040'], ['Savassi', 'Belo Horizonte', 'MG', '30140-071'], ['Batel', 'Curitiba', 'PR', '80420-090']]
const BR_ITEMS = [['Combo Smash Duplo + Fritas', 42.9], ['Açaí 500ml com Granola', 24.9], ['Marmitex Feijoada Completa', 36.5], ['Pizza Calabresa Grande', 59.9], ['Temaki Salmão Completo', 31.0]]
const AR_PEOPLE = ['Martín G.', 'Florencia R.', 'Santiago P.', 'Camila L.', 'Nicolás F.', 'Agustina M.', 'Federico S.']
const AR_ADDR = [['Av. Corrientes 1234, Piso 3 B', 'Balvanera', 'CABA'], ['Gorriti 4567', 'Palermo', 'CABA'], ['Av. Cabildo 2100', 'Belgrano', 'CABA'], ['Bv. Oroño 850', 'Centro', 'Rosario'], ['Av. Colón 900', 'Alberdi', 'Córdoba']]
const AR_ITEMS = [['Docena de empanadas surtidas', 14500], ['Milanesa napolitana con papas', 12800], ['Pizza muzzarella grande', 11900], ['Hamburguesa doble cheddar', 9800], ['Helado 1 kg', 13500]]
const RU_PEOPLE = [['Александр', 'Иванов', 'Сергеевич', 'm'], ['Анна', 'Смирнова', 'Игоревна', 'f'], ['Дмитрий', 'Кузнецов', 'Николаевич', 'm'], ['Елена', 'Попова', 'Владимировна', 'f'], ['Максим', 'Соколов', 'Андреевич', 'm'], ['Ольга', 'Лебедева', 'Александровна', 'f'], ['Андрей', 'Новиков', 'Олегович', 'm'], ['Мария', 'Морозова', 'Дмитриевна', 'f']]
const RU_TRANSLIT = ['aleksandr.ivanov', 'anna.smirnova', 'd.kuznetsov', 'elena.popova', 'max.sokolov', 'olga.lebedeva', 'andrey.novikov', 'maria.morozova']
const UA_PLACES = [['Киев', 'ул. Крещатик, 22, кв. 14'], ['Одесса', 'ул. Дерибасовская, 5'], ['Львов', 'пр-т Свободы, 18'], ['Харьков', 'ул. Сумская, 40, кв. 7'], ['Днепр', 'пр-т Яворницкого, 61']]
const ruP = (i) => row(RU_PEOPLE, i)
const uaPhone = (r) => `+380${v.pick(r, ['67', '50', '63', '93', '97'])}${v.int(r, 1000000, 9999999)}`
const ruPhone = (r) => `+7 (9${v.int(r, 10, 99)}) ${v.int(r, 100, 999)}-${pad(v.int(r, 0, 99))}-${pad(v.int(r, 0, 99))}`
const ruMoney = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0')
const IN_PEOPLE = ['Rohit S.', 'Priya M.', 'Aditya K.', 'Neha G.', 'Karan P.', 'Sneha R.', 'Arjun N.']
const IN_DISHES = [['Paneer Butter Masala', 289], ['Chicken Biryani (Full)', 349], ['Masala Dosa', 129], ['Veg Hakka Noodles', 199], ['Butter Naan (2 pcs)', 90], ['Gulab Jamun (4 pcs)', 110]]
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const zDate = (ms) => { const p = shift(ms, 5); return `${pad(p.d)} ${MON[p.m - 1]} ${p.y}, ${pad(p.H % 12 || 12)}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }
const inr = (i, q) => row(IN_DISHES, i)[1] * q

export const SETS = [
  // ---------------------------------------------------------------- e-commerce orders (Deliveroo Hub, Reports > Orders > Download CSV, UK)
  { name: 'deliveroo-hub-orders', product: 'Deliveroo (Hub > Reports > Orders, CSV download, UK)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Restaurant name', () => 'Katsu Kitchen', []],
    ['Site', (c, o, r) => v.pick(r, ['Shoreditch', 'Camden', 'Clapham Junction']), []],
    ['Order number', (c, o) => pad(+o.id % 10000, 4), [OR('purchaseID')], opt],
    ['Order ID', (c, o, r) => `gb:${v.uuid(r)}`, [OR('purchaseID'), '_id']],
    ['Date submitted', (c, o) => dmy(o.at), ['timestamp', OR('createdDate')], opt],
    ['Time submitted', (c, o) => hm(o.at), [], opt],
    ['Accepted at', (c, o) => dmyHm(o.at + 2 * MIN), [], opt],
    ['Delivered at', (c, o, r) => dmyHm(o.at + v.int(r, 25, 55) * MIN), [], opt],
    ['Status', (c, o, r, i) => row(['Delivered', 'Delivered', 'Rejected', 'Delivered', 'Cancelled', 'Delivered', 'Rejected'], i), [], opt],
    ['Rejection reason', (c, o, r, i) => row(['', '', 'Item unavailable', '', '', '', 'Too busy'], i), []],
    ['Fulfilment type', (c, o, r) => v.pick(r, ['Deliveroo delivery', 'Deliveroo delivery', 'Restaurant delivery', 'Collection']), ['commerce.shipping.shippingMethod'], opt],
    ['Customer first name', (c, o, r, i) => row(UK_NAMES, i), []],
    ['Postcode district', (c, o, r, i) => row(UK_DISTRICTS, i + 3), [SHIP('postalCode')], opt],
    ['Items', (c, o, r, i) => `${o.qty}x ${row(UK_DISHES, i)[0]}`, [PL('name')], opt],
    ['Number of items', (c, o) => String(o.qty), [PL('quantity')], opt],
    ['Subtotal', (c, o, r, i) => dot(row(UK_DISHES, i)[1] * o.qty), [], opt],
    ['Offer discount', (c, o) => dot(o.discount ? 3 : 0), [OR('discountAmount')]],
    ['Offer', (c, o) => (o.discount ? '£3 off orders over £15' : ''), ['commerce.promotionID'], opt],
    ['Customer delivery fee', (c, o) => dot(o.shipping ? 2.49 : 0), ['commerce.shipping.shippingAmount']],
    ['Order value', (c, o, r, i) => dot(row(UK_DISHES, i)[1] * o.qty - (o.discount ? 3 : 0) + (o.shipping ? 2.49 : 0)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Tip', (c, o, r) => v.pick(r, ['0.00', '0.00', '1.00', '2.00']), []],
    ['Commission', (c, o, r, i) => dot(row(UK_DISHES, i)[1] * o.qty * 0.3), []],
    ['VAT on commission', (c, o, r, i) => dot(row(UK_DISHES, i)[1] * o.qty * 0.06), []],
    ['Payout', (c, o, r, i) => dot(row(UK_DISHES, i)[1] * o.qty * 0.64), []],
    ['Payment method', (c, o, r) => v.pick(r, ['Card', 'Card', 'Apple Pay', 'Google Pay', 'PayPal']), [OR('payments[0].paymentType')]],
    ['Currency', () => 'GBP', [OR('currencyCode')]],
    ['Customer rating', (c, o, r) => v.pick(r, ['', '', '5', '4', '1']), []],
    ['Prep time (mins)', (c, o, r) => String(v.int(r, 6, 22)), []],
    ['Order notes', (c, o, r) => v.pick(r, ['', '', 'No cutlery please', 'Extra sauce on the side']), []],
  ] },

  // ---------------------------------------------------------------- payments (Uber Eats Manager, Reports > Payment Details report, US)
  { name: 'ubereats-payment-details', product: 'Uber Eats Manager (Reports > Request reports > Payment Details, CSV, US)', family: 'payments', language: 'en', schema: E, cols: [
    ['Store Name', (c, o, r, i) => row(US_STORES, i)[0], []],
    ['Store ID', (c, o, r, i) => row(US_STORES, i)[1], [], opt],
    ['Order ID', (c, o, r) => v.hex(r, 5).toUpperCase(), [OR('purchaseID'), '_id']],
    ['Workflow UUID', (c, o, r) => v.uuid(r), ['_id', OR('payments[0].transactionID')], opt],
    ['Dining Mode', (c, o, r) => v.pick(r, ['Delivery - Partner using Uber app', 'Delivery - Partner using Uber app', 'Pick Up', 'Delivery - Restaurant delivery']), ['commerce.shipping.shippingMethod'], opt],
    ['Payment Mode', (c, o, r) => v.pick(r, ['Online', 'Online', 'Online', 'Cash']), [OR('payments[0].paymentType')], opt],
    ['Order Channel', (c, o, r) => v.pick(r, ['Uber Eats', 'Uber Eats', 'Postmates']), []],
    ['Order Status', (c, o, r) => v.pick(r, ['Completed', 'Completed', 'Completed', 'Refund', 'Canceled']), [], opt],
    ['Order Date', (c, o) => usDay(o.at), ['timestamp', OR('createdDate')]],
    ['Order Accept Time', (c, o) => usHm(o.at + 90000), [], opt],
    ['Customer Uber Membership Status', (c, o, r) => v.pick(r, ['Uber One', 'Non-member', 'Non-member']), []],
    ['Sales (excl. tax)', (c, o) => dot(o.subtotal), [], opt],
    ['Tax on Sales', (c, o) => dot(o.subtotal * 0.08875), [OR('taxAmount')]],
    ['Sales (incl. tax)', (c, o) => dot(o.subtotal * 1.08875), [OR('priceTotal')], opt],
    ['Refunds (incl tax)', (c, o, r) => (r() < 0.15 ? `-${dot(o.price)}` : '0.00'), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['Promotions on items', (c, o) => (o.discount ? '-5.00' : '0.00'), [OR('discountAmount')], opt],
    ['Promotions on delivery', (c, o, r) => (r() < 0.2 ? '-1.99' : '0.00'), []],
    ['Bag fee', (c, o, r) => v.pick(r, ['0.00', '0.10']), []],
    ['Total Sales after Adjustments (incl tax)', (c, o) => dot(o.subtotal * 1.08875 - o.discount), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Marketplace Fee', (c, o) => dot(-o.subtotal * 0.3), []],
    ['Marketplace fee %', () => '30.00%', []],
    ['Order Processing Fee', () => '-0.50', []],
    ['Tips', (c, o, r) => v.pick(r, ['0.00', '2.00', '3.50', '5.00']), []],
    ['Marketplace Facilitator Tax', (c, o) => dot(-o.subtotal * 0.08875), [], opt],
    ['Total payout', (c, o) => dot(o.subtotal * 0.7 - o.discount - 0.5), []],
    ['Payout Date', (c, o) => usDay(o.at + 7 * DAY), []],
    ['Retailer Loyalty ID', (c, o, r) => (r() < 0.2 ? `JP${v.int(r, 10000, 99999)}` : ''), [], opt],
    ['Payout reference ID', (c, o, r) => v.uuid(r), [], opt],
  ] },

  // ---------------------------------------------------------------- analytics events (DoorDash Drive, delivery status webhooks logged to a table, one row per event)
  { name: 'doordash-drive-webhooks', product: 'DoorDash Drive (Drive API v2 delivery-status webhook events, flattened to CSV)', family: 'analytics', language: 'none', schema: E, cols: [
    ['event_name', (c, o, r) => v.pick(r, ['DASHER_CONFIRMED', 'DASHER_CONFIRMED_PICKUP_ARRIVAL', 'DASHER_PICKED_UP', 'DASHER_CONFIRMED_DROPOFF_ARRIVAL', 'DASHER_DROPPED_OFF', 'DELIVERY_CANCELLED']), ['eventType'], opt],
    ['created_at', (c, o) => isoZ(o.at), ['timestamp']],
    ['external_delivery_id', (c, o) => `D-${o.id}`, [OR('purchaseID')], opt],
    ['delivery_status', (c, o, r) => v.pick(r, ['enroute_to_pickup', 'picked_up', 'enroute_to_dropoff', 'delivered', 'cancelled']), [], opt],
    ['currency', () => 'USD', [OR('currencyCode'), 'commerce.shipping.currencyCode']],
    ['fee', (c, o, r) => String(v.pick(r, [975, 1075, 1250])), ['commerce.shipping.shippingAmount'], opt],
    ['order_value', (c, o) => String(Math.round(o.total * 100)), [OR('priceTotal')], opt],
    ['tip', (c, o, r) => String(v.pick(r, [0, 200, 300, 500])), []],
    ['pickup_business_name', () => 'Green Leaf Salads', []],
    ['pickup_address', () => '901 Market St, San Francisco, CA 94103', []],
    ['pickup_phone_number', () => '+14155550123', []],
    ['pickup_external_store_id', (c, o, r) => `store-${v.int(r, 1, 4)}`, ['commerce.commerceScope.storeCode'], opt],
    ['dropoff_address', (c) => `${c.street}, ${c.city}, ${c.region} ${c.postcode}`, [SHIP('street1')], opt],
    ['dropoff_contact_given_name', (c) => c.first, []],
    ['dropoff_contact_family_name', (c) => c.last, []],
    ['dropoff_phone_number', (c, o, r) => `+1${v.int(r, 2012000000, 9899999999)}`, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['dropoff_instructions', (c, o, r) => v.pick(r, ['', 'Leave at door', 'Call on arrival', 'Buzz #402']), []],
    ['contactless_dropoff', (c, o, r) => v.pick(r, ['true', 'false', 'false']), []],
    ['dasher_id', (c, o, r) => String(v.int(r, 1000000, 9999999)), []],
    ['dasher_name', (c, o, r, i) => row(['Marcus', 'Linh', 'Carlos', 'Aisha', 'Tyler'], i), []],
    ['dasher_location.lat', (c, o, r) => (37.7 + r() * 0.1).toFixed(6), [GEO('_schema.latitude')], opt],
    ['dasher_location.lng', (c, o, r) => (-122.5 + r() * 0.1).toFixed(6), [GEO('_schema.longitude')], opt],
    ['dasher_vehicle_make', (c, o, r) => v.pick(r, ['Toyota', 'Honda', '', 'Bicycle']), []],
    ['pickup_time_estimated', (c, o) => isoNoMs(o.at + 12 * MIN), [], opt],
    ['dropoff_time_estimated', (c, o) => isoNoMs(o.at + 35 * MIN), [], opt],
    ['dropoff_time_actual', (c, o, r) => (r() < 0.5 ? isoNoMs(o.at + 38 * MIN) : ''), [], opt],
    ['tracking_url', (c, o, r) => `https://track.doordash.com/share/${v.uuid(r)}/track`, ['commerce.shipping.trackingURL']],
    ['support_reference', (c, o, r) => String(v.int(r, 1000000000, 1999999999)), [], opt],
  ] },

  // ---------------------------------------------------------------- B2B memberships (Grubhub Corporate, admin Diners list > Export)
  { name: 'grubhub-corporate-diners', product: 'Grubhub Corporate Accounts (admin dashboard, Diners > Export CSV)', family: 'memberships', language: 'en', schema: B, cols: [
    ['Diner ID', (c, o, r) => String(v.int(r, 10000000, 99999999)), B2BID],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.workEmail, ['workEmail.address']],
    ['Phone', (c, o, r) => (r() < 0.5 ? c.mobile : ''), ['workPhone.number', 'mobilePhone.number']],
    ['Employee ID', (c, o, r) => `E${v.int(r, 10000, 99999)}`, ['extSourceSystemAudit.externalID', 'personID'], opt],
    ['Company', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Department', (c, o, r, i) => row(US_DEPTS, i), ['extendedWorkDetails.departments[0]']],
    ['Cost Center', (c, o, r) => `CC-${v.int(r, 100, 450)}`, []],
    ['Office Location', (c, o, r, i) => v.pick(r, ['NYC HQ - 5th Ave', 'Brooklyn Studio', 'Remote']), [], opt],
    ['Delivery Address', (c, o, r, i) => row(US_ADDR, i)[0], ['workAddress.street1'], opt],
    ['City', (c, o, r, i) => row(US_ADDR, i)[1], ['workAddress.city'], opt],
    ['State', (c, o, r, i) => row(US_ADDR, i)[2], ['workAddress.stateProvince', 'workAddress.state'], opt],
    ['Zip', (c, o, r, i) => row(US_ADDR, i)[3], ['workAddress.postalCode'], opt],
    ['Group', (c, o, r) => v.pick(r, ['All Employees', 'Late Night Engineering', 'Sales Team Lunch']), ['b2b.personGroupID'], opt],
    ['Role', (c, o, r) => v.pick(r, ['Diner', 'Diner', 'Diner', 'Admin']), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['Active', 'Active', 'Active', 'Deactivated', 'Invited']), ['b2b.personStatus'], opt],
    ['Allowance', (c, o, r) => v.pick(r, ['$25.00 per day', '$30.00 per meal', '$150.00 per week']), []],
    ['Budget Remaining', (c, o, r) => v.money(r, 0, 150), []],
    ['Orders This Period', (c, o, r) => String(v.int(r, 0, 12)), []],
    ['Total Spend', (c, o, r) => v.money(r, 0, 2400), []],
    ['Date Added', (c) => usDay(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Last Order Date', (c, o, r) => (r() < 0.8 ? usDay(Math.max(c.created, c.updated)) : ''), ['extSourceSystemAudit.lastActivityDate'], opt],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (iFood, Portal do Parceiro > Relatório de Pedidos, Brazil)
  { name: 'ifood-relatorio-pedidos-pt', product: 'iFood (Portal do Parceiro > Pedidos > Relatório de Pedidos, Brazilian Portuguese)', family: 'ecommerce-orders', language: 'pt', schema: E, cols: [
    ['ID do pedido', (c, o, r) => v.uuid(r), [OR('purchaseID'), '_id']],
    ['Nº do pedido', (c, o) => pad(+o.id % 10000, 4), [OR('purchaseID')], opt],
    ['Data do pedido', (c, o) => dmyHm(o.at, -3), ['timestamp', OR('createdDate')]],
    ['Loja', () => 'Burger do Zé - Pinheiros', []],
    ['ID da loja', (c, o, r) => String(v.int(r, 1000000, 9999999)), [], opt],
    ['Status', (c, o, r, i) => row(['Concluído', 'Concluído', 'Cancelado', 'Concluído', 'Concluído', 'Concluído', 'Cancelado'], i), [], opt],
    ['Motivo do cancelamento', (c, o, r, i) => row(['', '', 'Item indisponível', '', '', '', 'Cliente desistiu'], i), [], opt],
    ['Tipo de pedido', (c, o, r) => v.pick(r, ['Imediato', 'Imediato', 'Agendado']), [], opt],
    ['Tipo de entrega', (c, o, r) => v.pick(r, ['Entrega Parceira iFood', 'Entrega própria', 'Retirada']), ['commerce.shipping.shippingMethod'], opt],
    ['Forma de pagamento', (c, o, r) => v.pick(r, ['Pix', 'Cartão de crédito', 'Vale-refeição', 'Dinheiro']), [OR('payments[0].paymentType')]],
    ['Pagamento', (c, o, r) => v.pick(r, ['Online', 'Online', 'Na entrega']), [], opt],
    ['Cliente', (c, o, r, i) => row(BR_PEOPLE, i).join(' '), []],
    ['Bairro', (c, o, r, i) => row(BR_PLACES, i)[0], [], opt],
    ['Cidade', (c, o, r, i) => row(BR_PLACES, i)[1], [SHIP('city')]],
    ['UF', (c, o, r, i) => row(BR_PLACES, i)[2], [SHIP('stateProvince'), SHIP('state')]],
    ['CEP', (c, o, r, i) => row(BR_PLACES, i)[3], [SHIP('postalCode')]],
    ['Itens', (c, o, r, i) => `${o.qty}x ${row(BR_ITEMS, i)[0]}`, [PL('name')], opt],
    ['Valor dos itens', (c, o, r, i) => comma(row(BR_ITEMS, i)[1] * o.qty), [], opt],
    ['Taxa de entrega', (c, o) => comma(o.shipping ? 6.99 : 0), ['commerce.shipping.shippingAmount']],
    ['Taxa de serviço', () => '0,99', []],
    ['Incentivo iFood', (c, o, r) => comma(r() < 0.3 ? 5 : 0), [], opt],
    ['Incentivo da loja', (c, o) => comma(o.discount ? 8 : 0), [OR('discountAmount')]],
    ['Cupom', (c, o) => (o.discount ? 'BURGER8' : ''), ['commerce.promotionID'], opt],
    ['Total do pedido', (c, o, r, i) => comma(row(BR_ITEMS, i)[1] * o.qty + (o.shipping ? 6.99 : 0) + 0.99 - (o.discount ? 8 : 0)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Comissão iFood', (c, o, r, i) => comma(row(BR_ITEMS, i)[1] * o.qty * 0.23), []],
    ['Taxa de transação', (c, o, r, i) => comma(row(BR_ITEMS, i)[1] * o.qty * 0.032), []],
    ['Valor líquido', (c, o, r, i) => comma(row(BR_ITEMS, i)[1] * o.qty * 0.738), []],
    ['Tempo de preparo (min)', (c, o, r) => String(v.int(r, 8, 35)), []],
    ['Avaliação', (c, o, r) => v.pick(r, ['', '5', '5', '4', '2']), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (PedidosYa, Portal de Partners > Pedidos > Exportar, Argentina)
  { name: 'pedidosya-pedidos-es', product: 'PedidosYa (Portal de Partners > Pedidos > Exportar, Spanish, Argentina)', family: 'ecommerce-orders', language: 'es', schema: E, cols: [
    ['Nro. de pedido', (c, o) => String(1100000000 + +o.id * 37), [OR('purchaseID'), '_id']],
    ['Fecha', (c, o) => dmy(o.at, -3), ['timestamp', OR('createdDate')], opt],
    ['Hora', (c, o) => hm(o.at, -3), [], opt],
    ['Local', () => 'La Parrilla de Tito - Palermo', []],
    ['Estado', (c, o, r, i) => row(['Entregado', 'Entregado', 'Rechazado', 'Entregado', 'Cancelado', 'Entregado', 'Rechazado'], i), [], opt],
    ['Motivo de rechazo', (c, o, r, i) => row(['', '', 'Producto sin stock', '', '', '', 'Local cerrado'], i), []],
    ['Tipo de entrega', (c, o, r) => v.pick(r, ['Delivery PedidosYa', 'Delivery PedidosYa', 'Delivery propio', 'Retiro en local']), ['commerce.shipping.shippingMethod'], opt],
    ['Medio de pago', (c, o, r) => v.pick(r, ['Tarjeta online', 'Mercado Pago', 'Efectivo', 'Tarjeta online']), [OR('payments[0].paymentType')]],
    ['Cliente', (c, o, r, i) => row(AR_PEOPLE, i), []],
    ['Dirección', (c, o, r, i) => row(AR_ADDR, i)[0], [SHIP('street1')]],
    ['Barrio', (c, o, r, i) => row(AR_ADDR, i)[1], [], opt],
    ['Ciudad', (c, o, r, i) => row(AR_ADDR, i)[2], [SHIP('city')]],
    ['Productos', (c, o, r, i) => `${o.qty} x ${row(AR_ITEMS, i)[0]}`, [PL('name')], opt],
    ['Cantidad de productos', (c, o) => String(o.qty), [PL('quantity')], opt],
    ['Subtotal', (c, o, r, i) => comma(row(AR_ITEMS, i)[1] * o.qty), [], opt],
    ['Costo de envío', (c, o) => comma(o.shipping ? 1299 : 0), ['commerce.shipping.shippingAmount']],
    ['Descuento', (c, o) => comma(o.discount ? 2000 : 0), [OR('discountAmount')]],
    ['Cupón', (c, o) => (o.discount ? 'PYA2000' : ''), ['commerce.promotionID'], opt],
    ['Total', (c, o, r, i) => comma(row(AR_ITEMS, i)[1] * o.qty + (o.shipping ? 1299 : 0) - (o.discount ? 2000 : 0)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Moneda', () => 'ARS', [OR('currencyCode')]],
    ['Comisión', (c, o, r, i) => comma(row(AR_ITEMS, i)[1] * o.qty * 0.28), []],
    ['IVA comisión', (c, o, r, i) => comma(row(AR_ITEMS, i)[1] * o.qty * 0.0588), []],
    ['Tiempo de preparación (min)', (c, o, r) => String(v.int(r, 10, 40)), []],
    ['Comentarios', (c, o, r) => v.pick(r, ['', '', 'Sin cebolla', 'Tocar timbre 3B']), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Lieferando Partner Hub, Bestellungen > Exportieren, German)
  { name: 'lieferando-bestellungen-de', product: 'Lieferando (Partner Hub > Bestellungen > Exportieren, German)', family: 'ecommerce-orders', language: 'de', schema: E, cols: [
    ['Bestellnummer', (c, o, r) => v.alnum(r, 6).toUpperCase(), [OR('purchaseID'), '_id']],
    ['Bestelldatum', (c, o) => deDay(o.at), ['timestamp', OR('createdDate')], opt],
    ['Bestellzeit', (c, o) => hm(o.at, 1), [], opt],
    ['Gewünschte Lieferzeit', (c, o, r) => (r() < 0.3 ? dotHm(o.at + 60 * MIN, 1) : 'So schnell wie möglich'), [], opt],
    ['Restaurant', () => 'Pizzeria Bella Napoli', []],
    ['Status', (c, o, r) => v.pick(r, ['Geliefert', 'Geliefert', 'Abgeholt', 'Storniert']), [], opt],
    ['Lieferart', (c, o, r) => v.pick(r, ['Lieferung', 'Lieferung', 'Abholung']), ['commerce.shipping.shippingMethod'], opt],
    ['Zustellung durch', (c, o, r) => v.pick(r, ['Restaurant', 'Restaurant', 'Lieferando']), [], opt],
    ['Zahlungsart', (c, o, r) => v.pick(r, ['Online', 'PayPal', 'Bar', 'Kreditkarte']), [OR('payments[0].paymentType')]],
    ['Bezahlt', (c, o, r) => v.pick(r, ['Ja', 'Ja', 'Nein']), [], opt],
    ['Kunde', (c) => c.full, []],
    ['Firmenname', (c, o, r) => (r() < 0.15 ? c.company : ''), []],
    ['Straße', (c) => c.street, [SHIP('street1')]],
    ['PLZ', (c) => c.postcode, [SHIP('postalCode')]],
    ['Ort', (c) => c.city, [SHIP('city')]],
    ['Telefon', (c) => c.mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Artikel', (c, o, r) => `${o.qty}x ${v.pick(r, ['Pizza Margherita (32 cm)', 'Pizza Salami (28 cm)', 'Spaghetti Carbonara', 'Tiramisu'])}`, [PL('name')], opt],
    ['Bestellwert', (c, o) => comma(o.subtotal), [], opt],
    ['Liefergebühr', (c, o) => comma(o.shipping ? 2.5 : 0), ['commerce.shipping.shippingAmount']],
    ['Servicegebühr', () => '0,99', []],
    ['Rabatt', (c, o) => comma(o.discount), [OR('discountAmount')]],
    ['Stempelkarte', (c, o, r) => comma(r() < 0.1 ? 4 : 0), [], opt],
    ['Trinkgeld', (c, o, r) => comma(r() < 0.3 ? 2 : 0), []],
    ['Gesamtbetrag', (c, o) => comma(o.subtotal + (o.shipping ? 2.5 : 0) + 0.99 - o.discount), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Provision', (c, o) => comma(o.subtotal * 0.13), []],
    ['Anmerkung', (c, o, r) => v.pick(r, ['', '', 'Bitte klingeln bei Müller', 'Extra scharf']), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Yemeksepeti, Partner Portal > Siparişler > Dışa aktar, Turkish)
  { name: 'yemeksepeti-siparisler-tr', product: 'Yemeksepeti (Partner Portal > Siparişler > Dışa aktar, Turkish)', family: 'ecommerce-orders', language: 'tr', schema: E, cols: [
    ['Sipariş No', (c, o, r) => `${v.alnum(r, 4).toLowerCase()}-${v.alnum(r, 4).toLowerCase()}`, [OR('purchaseID'), '_id']],
    ['Sipariş Tarihi', (c, o) => dotHm(o.at, 3), ['timestamp', OR('createdDate')]],
    ['Restoran', () => 'Köfteci Hasan Usta - Kadıköy', []],
    ['Durum', (c, o, r, i) => row(['Teslim Edildi', 'Teslim Edildi', 'Teslim Edildi', 'İptal Edildi', 'Teslim Edildi', 'İptal Edildi'], i), [], opt],
    ['İptal Nedeni', (c, o, r, i) => row(['', '', '', 'Ürün tükendi', '', 'Müşteri iptal etti'], i), [], opt],
    ['Teslimat Türü', (c, o, r) => v.pick(r, ['Yemeksepeti Kurye', 'Restoran Kuryesi', 'Gel Al']), ['commerce.shipping.shippingMethod'], opt],
    ['Ödeme Yöntemi', (c, o, r) => v.pick(r, ['Online Kredi Kartı', 'Kapıda Nakit', 'Kapıda Kredi Kartı', 'Multinet', 'Sodexo']), [OR('payments[0].paymentType')]],
    ['Müşteri Adı', (c, o, r, i) => row(['Ayşe Y.', 'Mehmet K.', 'Elif D.', 'Emre Ş.', 'Zeynep A.', 'Burak Ç.'], i), []],
    ['Semt', (c, o, r, i) => row(['Moda', 'Caferağa', 'Suadiye', 'Bostancı', 'Fenerbahçe', 'Acıbadem'], i), [], opt],
    ['İlçe', (c, o, r, i) => row(['Kadıköy', 'Kadıköy', 'Kadıköy', 'Kadıköy', 'Kadıköy', 'Üsküdar'], i), [SHIP('city')], opt],
    ['İl', () => 'İstanbul', [SHIP('stateProvince'), SHIP('state'), SHIP('city')], opt],
    ['Ürünler', (c, o, r) => `${o.qty} x ${v.pick(r, ['Izgara Köfte Porsiyon', 'Tavuk Şiş Dürüm', 'Mercimek Çorbası', 'Sütlaç'])}`, [PL('name')], opt],
    ['Ara Toplam', (c, o) => trMoney(o.subtotal * 30), [], opt],
    ['Teslimat Ücreti', (c, o) => trMoney(o.shipping ? 29.99 : 0), ['commerce.shipping.shippingAmount']],
    ['İndirim', (c, o) => trMoney(o.discount ? 75 : 0), [OR('discountAmount')]],
    ['Kampanya', (c, o) => (o.discount ? '150 TL üzeri 75 TL indirim' : ''), ['commerce.promotionID'], opt],
    ['Toplam Tutar', (c, o) => trMoney(o.subtotal * 30 + (o.shipping ? 29.99 : 0) - (o.discount ? 75 : 0)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Para Birimi', () => 'TRY', [OR('currencyCode')]],
    ['Komisyon', (c, o) => trMoney(o.subtotal * 30 * 0.2), []],
    ['KDV', (c, o) => trMoney(o.subtotal * 30 * 0.2 * 0.2), [], opt],
    ['Net Tutar', (c, o) => trMoney(o.subtotal * 30 * 0.76), []],
    ['Hazırlama Süresi (dk)', (c, o, r) => String(v.int(r, 10, 35)), []],
    ['Müşteri Notu', (c, o, r) => v.pick(r, ['', '', 'Zili çalmayın, bebek uyuyor', 'Servis istemiyorum']), []],
    ['Puan', (c, o, r) => v.pick(r, ['', '10', '9', '8', '4']), []],
  ] },

  // ---------------------------------------------------------------- CRM (Poster POS, Маркетинг > Клиенты > Экспорт, Russian UI, Ukraine)
  { name: 'poster-klienty-ru', product: 'Poster POS (Маркетинг > Клиенты > Экспорт, Russian UI, Ukraine)', family: 'crm', language: 'ru', schema: P, cols: [
    ['ID', (c, o, r, i) => String(40 + i * 7), ['_id', 'personID']],
    ['ФИО', (c, o, r, i) => `${ruP(i)[1]} ${ruP(i)[0]} ${ruP(i)[2]}`, ['person.name.fullName']],
    ['Телефон', (c, o, r) => uaPhone(r), ['mobilePhone.number', 'homePhone.number']],
    ['Email', (c, o, r, i) => (r() < 0.6 ? `${row(RU_TRANSLIT, i)}${v.int(r, 1, 99)}@${v.pick(r, ['gmail.com', 'ukr.net', 'i.ua'])}` : ''), ['personalEmail.address']],
    ['Пол', (c, o, r, i) => (ruP(i)[3] === 'f' ? 'Женский' : 'Мужской'), ['person.gender']],
    ['Дата рождения', (c) => ymd(c.birth), ['person.birthDate']],
    ['Группа', (c, o, r) => v.pick(r, ['Постоянный посетитель', 'Гости', 'Сотрудники', 'VIP']), []],
    ['Номер карты', (c, o, r) => (r() < 0.7 ? pad(v.int(r, 1, 99999), 13) : ''), ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]'], opt],
    ['Скидка, %', (c, o, r) => v.pick(r, ['0', '0', '5', '10']), []],
    ['Бонусы', (c, o, r) => ruMoney(v.int(r, 0, 150000) / 100), ['loyalty.points'], opt],
    ['Сумма покупок', (c, o, r) => ruMoney(v.int(r, 20000, 4500000) / 100), ['loyalty.lifetimePurchases'], opt],
    ['Количество чеков', (c, o, r) => String(v.int(r, 1, 120)), []],
    ['Средний чек', (c, o, r) => ruMoney(v.int(r, 15000, 90000) / 100), []],
    ['Страна', () => 'Украина', ['homeAddress.country', 'mailingAddress.country']],
    ['Город', (c, o, r, i) => row(UA_PLACES, i)[0], ['homeAddress.city', 'mailingAddress.city']],
    ['Адрес', (c, o, r, i) => row(UA_PLACES, i)[1], ['homeAddress.street1', 'mailingAddress.street1']],
    ['Комментарий', (c, o, r) => v.pick(r, ['', '', 'Аллергия на орехи', 'Любит столик у окна']), []],
    ['Дата регистрации', (c) => deDay(c.created, 2), ['loyalty.joinDate'], opt],
    ['Последний визит', (c) => deDay(Math.max(c.created, c.updated), 2), [], opt],
  ] },

  // ---------------------------------------------------------------- loyalty (r_keeper CRM «Гости», export of the guest base, Russian)
  { name: 'rkeeper-gosti-ru', product: 'r_keeper CRM (Гости > Экспорт в Excel, the loyalty guest base, Russian)', family: 'loyalty', language: 'ru', schema: P, cols: [
    ['Код гостя', (c, o, r, i) => String(100500 + i * 13), ['_id', 'personID', 'loyalty.loyaltyID[0]']],
    ['Фамилия', (c, o, r, i) => ruP(i + 2)[1], ['person.name.lastName']],
    ['Имя', (c, o, r, i) => ruP(i + 2)[0], ['person.name.firstName']],
    ['Отчество', (c, o, r, i) => ruP(i + 2)[2], ['person.name.middleName']],
    ['Пол', (c, o, r, i) => (ruP(i + 2)[3] === 'f' ? 'Ж' : 'М'), ['person.gender']],
    ['Дата рождения', (c) => deDay(c.birth, 0), ['person.birthDate']],
    ['Мобильный телефон', (c, o, r) => ruPhone(r), ['mobilePhone.number']],
    ['E-mail', (c, o, r, i) => (r() < 0.7 ? `${row(RU_TRANSLIT, i + 2)}@${v.pick(r, ['mail.ru', 'yandex.ru', 'gmail.com'])}` : ''), ['personalEmail.address']],
    ['Номер карты', (c, o, r) => String(v.int(r, 7000000000, 7999999999)), ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['Статус карты', (c, o, r) => v.pick(r, ['Активна', 'Активна', 'Активна', 'Заблокирована']), ['loyalty.cardsDetails[0].status', 'loyalty.status'], opt],
    ['Уровень', (c, o, r) => v.pick(r, ['Бронзовый', 'Серебряный', 'Золотой']), ['loyalty.tier']],
    ['Бонусный баланс', (c, o, r) => String(v.int(r, 0, 8000)), ['loyalty.points']],
    ['Начислено бонусов', (c, o, r) => String(v.int(r, 500, 20000)), ['loyalty.lifetimePoints'], opt],
    ['Списано бонусов', (c, o, r) => String(v.int(r, 0, 12000)), ['loyalty.pointsRedeemed']],
    ['Сумма покупок', (c, o, r) => ruMoney(v.int(r, 300000, 50000000) / 100), ['loyalty.lifetimePurchases'], opt],
    ['Количество визитов', (c, o, r) => String(v.int(r, 1, 200)), []],
    ['Средний чек', (c, o, r) => ruMoney(v.int(r, 80000, 450000) / 100), []],
    ['Дата регистрации', (c) => dotHm(c.created, 3), ['loyalty.joinDate']],
    ['Дата последнего визита', (c) => dotHm(Math.max(c.created, c.updated), 3), [], opt],
    ['Ресторан регистрации', (c, o, r) => v.pick(r, ['Тануки на Тверской', 'Тануки Сити', 'Тануки Арбат']), []],
    ['Согласие на рассылку', (c, o, r) => v.pick(r, ['Да', 'Да', 'Нет']), [], opt],
    ['Категория', (c, o, r) => v.pick(r, ['Гость', 'Гость', 'Сотрудник', 'VIP']), [], opt],
    ['Комментарий', (c, o, r) => v.pick(r, ['', '', 'Не звонить после 21:00', 'Вегетарианец']), []],
  ] },

  // ---------------------------------------------------------------- support desk (Zomato restaurant partner, Customer complaints > Download, India)
  { name: 'zomato-complaints', product: 'Zomato for restaurant partners (Customer complaints > Download report, India)', family: 'support', language: 'en', schema: E, cols: [
    ['Complaint ID', (c, o, r) => String(v.int(r, 500000000, 599999999)), ['_id'], opt],
    ['Order ID', (c, o) => String(6800000000 + +o.id * 101), [OR('purchaseID')]],
    ['Res ID', (c, o, r) => v.pick(r, ['18833701', '19170288']), [], opt],
    ['Restaurant Name', (c, o, r) => v.pick(r, ['Punjab Grill Express, Koramangala', 'Punjab Grill Express, HSR Layout']), []],
    ['City', (c, o, r) => v.pick(r, ['Bengaluru', 'Bengaluru', 'Bengaluru']), [SHIP('city'), GEO('city')], opt],
    ['Order Placed At', (c, o) => zDate(o.at), [OR('createdDate')], opt],
    ['Complaint Raised At', (c, o) => zDate(o.at + 75 * MIN), ['timestamp']],
    ['Customer Name', (c, o, r, i) => row(IN_PEOPLE, i), []],
    ['Complaint Type', (c, o, r) => v.pick(r, ['Missing item', 'Wrong item delivered', 'Poor taste or quality', 'Spillage', 'Quantity issue']), [OR('refunds[0].refundReason')], opt],
    ['Complaint Description', (c, o, r) => v.pick(r, ['Raita was missing', 'Received veg biryani instead of chicken', 'Gravy spilled in the bag', 'Naan was cold and hard']), []],
    ['Items', (c, o, r, i) => `${row(IN_DISHES, i)[0]} x ${o.qty}`, [PL('name')], opt],
    ['Order Value', (c, o, r, i) => dot(inr(i, o.qty) * 1.05), [OR('priceTotal')], opt],
    ['Refund Amount', (c, o, r, i) => dot([inr(i, o.qty), row(IN_DISHES, i)[1], 0, inr(i, o.qty), 0][i % 5]), [OR('refundTotal'), OR('refunds[0].refundAmount')]],
    ['Refund Borne By Restaurant', (c, o, r, i) => dot([inr(i, o.qty), row(IN_DISHES, i)[1] / 2, 0, 0, 0][i % 5]), [], opt],
    ['Resolution', (c, o, r, i) => row(['Full refund', 'Partial refund', 'No refund', 'Full refund', 'Zomato credits'], i), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['Resolved', 'Resolved', 'Open', 'Dismissed']), [], opt],
    ['Respond By', (c, o) => zDate(o.at + DAY), []],
    ['Restaurant Response', (c, o, r) => v.pick(r, ['', 'Accepted', 'Disputed with photo proof']), []],
    ['Images Attached', (c, o, r) => v.pick(r, ['Yes', 'No', 'No']), []],
    ['Customer Complaints In Last 90 Days', (c, o, r) => String(v.int(r, 0, 6)), []],
  ] },

  // ---------------------------------------------------------------- payments (Swiggy Partner, Payouts > Annexure, order-level payout file, India)
  { name: 'swiggy-payout-annexure', product: 'Swiggy (Partner app / dashboard, Payouts > Download annexure, order level, India)', family: 'payments', language: 'en', schema: E, cols: [
    ['Order No', (c, o) => String(170000000000 + +o.id * 97), [OR('purchaseID'), '_id']],
    ['Order Date', (c, o) => ymdHms(o.at, 5), ['timestamp', OR('createdDate')]],
    ['Order Status', (c, o, r, i) => row(['delivered', 'delivered', 'cancelled', 'delivered', 'delivered', 'delivered', 'cancelled'], i), [], opt],
    ['Order Category', (c, o, r) => v.pick(r, ['Regular', 'Regular', 'Swiggy One']), []],
    ['Cancelled By', (c, o, r, i) => row(['', '', 'Customer', '', '', '', 'Restaurant'], i), []],
    ['Item Total', (c, o, r, i) => dot(inr(i, o.qty)), [], opt],
    ['Packaging Charges', () => '20.00', []],
    ['Restaurant Discount (Promo)', (c, o, r, i) => dot(o.discount ? Math.round(inr(i, o.qty) * 0.2) : 0), [OR('discountAmount')], opt],
    ['Restaurant Discount Share %', (c, o) => (o.discount ? '100' : '0'), []],
    ['Net Bill Value (without taxes)', (c, o, r, i) => dot(inr(i, o.qty) + 20 - (o.discount ? Math.round(inr(i, o.qty) * 0.2) : 0)), [], opt],
    ['GST Collected', (c, o, r, i) => dot((inr(i, o.qty) + 20) * 0.05), [OR('taxAmount')]],
    ['Total Customer Paid', (c, o, r, i) => dot((inr(i, o.qty) + 20) * 1.05 - (o.discount ? Math.round(inr(i, o.qty) * 0.2) : 0)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Commission %', () => '18.00', []],
    ['Commission', (c, o, r, i) => dot(inr(i, o.qty) * 0.18), []],
    ['Long Distance Charges', (c, o, r) => dot(r() < 0.2 ? 15 : 0), []],
    ['Payment Collection Charges', (c, o, r, i) => dot(inr(i, o.qty) * 0.018), []],
    ['Swiggy One Fees', (c, o, r) => dot(r() < 0.3 ? 10 : 0), []],
    ['Call Center Service Fees', () => '0.50', []],
    ['GST on Service Fee', (c, o, r, i) => dot(inr(i, o.qty) * 0.18 * 0.18), []],
    ['Total Swiggy Fees', (c, o, r, i) => dot(inr(i, o.qty) * 0.2304), []],
    ['Customer Cancellations', () => '0.00', []],
    ['Complaints (Restaurant Share)', (c, o, r) => dot(r() < 0.1 ? 90 : 0), []],
    ['TCS', (c, o, r, i) => dot(inr(i, o.qty) * 0.005), []],
    ['TDS', (c, o, r, i) => dot(inr(i, o.qty) * 0.01), []],
    ['Net Payout for Order (after taxes)', (c, o, r, i) => dot(inr(i, o.qty) * 0.75), []],
    ['Payout Date', (c, o) => ymd(o.at + 7 * DAY, 5), []],
    ['UTR Number', (c, o, r) => `AXISCN0${v.int(r, 100000000, 999999999)}`, [], opt],
  ] },
]
