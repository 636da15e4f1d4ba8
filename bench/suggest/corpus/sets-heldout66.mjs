// Round 66, heldout66: held-out sets written apart from the suggester and any tuning, scored once at the end. Same
// format as sets.mjs (sources in ../README.md): header as the product exports it, one value generator per column in the
// product's formats, the accepted destinations ([] = nothing fits) and 'opt' for borderline columns. Products: Spanish,
// Colombian, Brazilian, Portuguese and Italian payment providers, marketplaces, e-commerce and POS back offices, loyalty
// programmes and an invoicing tool, headers in the product's own UI language (es, pt, it).
import { E, B, P, v, at, HOME, WORK, B2BID, OR, PL, SHIP, BILL, GEO, opt } from './sets.mjs'
import { slug } from './values9.mjs'
import { pad, shift } from './values.mjs'

// local times: Spain and Italy CET/CEST, Portugal WET/WEST, Brazil (UTC-3), Colombia (UTC-5); summer by month
const dst = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 }
const cet = (ms) => shift(ms, dst(ms) ? 2 : 1)
const wet = (ms) => shift(ms, dst(ms) ? 1 : 0)
const brt = (ms) => shift(ms, -3)
const cot = (ms) => shift(ms, -5)
const dmyHm = (p) => `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}`
const dmyHms = (p) => `${dmyHm(p)}:${pad(p.S)}`
const dmy = (p) => `${pad(p.d)}/${pad(p.m)}/${p.y}`
const comma = (n) => n.toFixed(2).replace('.', ',')
const dots = (n) => comma(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.')
const nr = (c) => +c.id
const on = (o) => +o.id
const pk = (xs, n) => xs[n % xs.length]
const mail = (f, l, n, doms) => `${slug(f)}.${slug(l)}${n % 90 + 10}@${pk(doms, n)}`

// MONEI: a Valencia fashion shop's online payments (MONEI Dashboard > Pagos > Exportar, CSV; Spanish UI).
const MO_PM = ['card', 'card', 'bizum', 'card', 'applePay', 'googlePay', 'paypal']
const moPm = (o) => pk(MO_PM, on(o))
const MO_ST = ['Completado', 'Completado', 'Completado', 'Fallido', 'Reembolsado', 'Completado', 'Autorizado', 'Cancelado']
const moSt = (o) => pk(MO_ST, on(o) >> 1)
const MO_CODE = { Completado: ['E000', 'Transacción aprobada'], Autorizado: ['E000', 'Transacción aprobada'], Reembolsado: ['E000', 'Transacción aprobada'], Fallido: ['E501', 'Tarjeta denegada por el banco emisor'], Cancelado: ['E104', 'Pago cancelado por el cliente'] }
// Civitatis: a Seville tour operator's bookings as a Civitatis supplier (panel de proveedores > Reservas > Exportar a Excel; Spanish UI).
const CV_ACT = [['Free tour por Sevilla', 0], ['Visita guiada por el Real Alcázar', 18], ['Tour de la Catedral y la Giralda', 19], ['Paseo en barco por el Guadalquivir', 16], ['Espectáculo flamenco en Triana', 22], ['Excursión a Córdoba', 59]]
const cvAct = (o) => pk(CV_ACT, on(o))
const cvAd = (o) => 1 + on(o) % 4
const cvNi = (o) => (on(o) % 5 === 0 ? 2 : 0)
const cvTot = (o) => cvAct(o)[1] * (cvAd(o) + cvNi(o) * 0.5)
const cvSt = (o) => pk(['Confirmada', 'Confirmada', 'Realizada', 'Realizada', 'Cancelada', 'Confirmada'], on(o) >> 2)
const CV_PAIS = ['España', 'México', 'Argentina', 'España', 'Colombia', 'Chile', 'España']
// LifeMiles (Avianca): a Bogotá hotel chain's accrual report as a LifeMiles partner (Portal de Aliados LifeMiles > Acumulaciones > Descargar, Excel; Spanish UI).
const CO = { first: ['Andrés', 'Juan Camilo', 'Santiago', 'Felipe', 'Carlos'], firstF: ['Valentina', 'Daniela', 'Laura', 'Paula', 'Natalia'], last: ['Rodríguez', 'Gómez', 'Martínez', 'López', 'Hernández', 'Ramírez', 'Castro', 'Vargas', 'Moreno', 'Rojas'] }
const co = (c) => { const n = nr(c); return { first: pk(c.female ? CO.firstF : CO.first, n), last: pk(CO.last, n >> 3), last2: pk(CO.last, n >> 5) } }
const LM_HOTEL = [['HTB001', 'Hotel Andino Bogotá Calle 93'], ['HTB002', 'Hotel Andino Medellín El Poblado'], ['HTB003', 'Hotel Andino Cartagena Bocagrande'], ['HTB004', 'Hotel Andino Cali Granada']]
const lmCop = (c) => 280000 + (nr(c) % 40) * 65000
const lmBase = (c) => Math.floor(lmCop(c) / 1000) * 2
const lmBono = (c) => (nr(c) % 4 === 0 ? 500 : 0)
const lmSt = (c) => pk(['Acreditada', 'Acreditada', 'Acreditada', 'Pendiente', 'Rechazada'], nr(c))
// Cuentica: a Madrid design studio's clients (Cuentica > Contactos > Clientes > Exportar, Excel; Spanish UI).
const CU_CO = ['Construcciones Gómez S.L.', 'Talleres Martín S.A.', 'Clínica Dental Sonrisa S.L.', 'Bodegas Ribera del Sol S.L.', 'Inmobiliaria Castellana S.L.', 'Asesoría López y Asociados S.L.P.']
const cuCo = (c) => pk(CU_CO, nr(c))
const cuTipo = (c) => pk(['Empresa', 'Empresa', 'Autónomo', 'Empresa', 'Particular'], nr(c))
const cuCif = (c) => (cuTipo(c) === 'Empresa' ? `B${String(10000000 + nr(c) * 97 % 89999999)}` : `${String(10000000 + nr(c) * 53 % 89999999)}${'TRWAGMYFPDXBNJZSQVHLCKE'[nr(c) % 23]}`)
// Braspag (Cielo): a São Paulo electronics shop's card, Pix and boleto transactions (Painel Braspag > Relatórios > Transações > Exportar, CSV; Portuguese UI).
const BP_PM = ['Cartão de Crédito', 'Cartão de Crédito', 'Pix', 'Cartão de Crédito', 'Boleto', 'Cartão de Débito']
const bpPm = (o) => pk(BP_PM, on(o))
const bpCard = (o) => bpPm(o).startsWith('Cartão')
const bpSt = (o) => pk(['Capturada', 'Capturada', 'Autorizada', 'Capturada', 'Não Autorizada', 'Cancelada', 'Estornada'], on(o) >> 1)
const bpAmt = (o) => +(o.total * 5.4).toFixed(2)
const cpf = (c) => { const s = String(10000000000 + nr(c) * 7919 % 89999999999); return `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9, 11)}` }
// Ticto: a Brazilian online course producer's sales (Ticto > Vendas > Exportar, CSV; Portuguese UI).
const TC_PROD = [['Curso Confeitaria Lucrativa', 297], ['Mentoria Finanças em Dia', 997], ['Ebook Receitas Fit', 47], ['Método Inglês em 6 Meses', 497]]
const tcProd = (o) => pk(TC_PROD, on(o))
const tcPm = (o) => pk(['Cartão de crédito', 'Pix', 'Cartão de crédito', 'Boleto', 'Pix'], on(o) >> 1)
const tcSt = (o) => pk(['Aprovada', 'Aprovada', 'Aprovada', 'Aguardando pagamento', 'Reembolsada', 'Chargeback', 'Aprovada'], on(o))
const tcAfil = (o) => (on(o) % 3 === 0 ? pk(['Camila Rocha', 'Diego Nunes', 'Fernanda Prado'], on(o)) : '')
const UF = { 'São Paulo': 'SP', 'Rio de Janeiro': 'RJ', 'Belo Horizonte': 'MG', Curitiba: 'PR', 'Porto Alegre': 'RS' }
// ZoneSoft: a Porto restaurant group's customer file (ZoneSoft Back Office > Clientes > Exportar, Excel; European Portuguese UI).
const PT = { cities: [['Porto', '4000'], ['Vila Nova de Gaia', '4400'], ['Matosinhos', '4450'], ['Braga', '4700'], ['Maia', '4470'], ['Lisboa', '1000']], street: ['Rua de Santa Catarina', 'Avenida da Boavista', 'Rua do Almada', 'Rua de Cedofeita', 'Avenida dos Aliados', 'Rua Mouzinho da Silveira'] }
const pt = (c) => { const n = nr(c); const [city, cp] = pk(PT.cities, n); return { city, cp: `${cp}-${pad(n % 1000, 3)}`, street: `${pk(PT.street, n >> 2)}, ${n % 300 + 1}`, mob: `9${pk([1, 2, 3, 6], n)}${n % 10} ${pad(n % 1000, 3)} ${pad((n >> 3) % 1000, 3)}`, tel: `22${n % 10} ${pad((n >> 2) % 1000, 3)} ${pad((n >> 4) % 1000, 3)}`, nif: `2${String(10000000 + n * 31 % 89999999)}` } }
// Km de Vantagens (Ipiranga): a Campinas fuel-station partner's participants (Portal do Parceiro Km de Vantagens > Participantes > Exportar, Excel; Portuguese UI).
const KM_CAT = ['Km de Vantagens', 'Km de Vantagens', 'Km Mais', 'Km Max']
const kmSaldo = (c) => (nr(c) % 97) * 37 + 120
// Everli: a Milan supermarket's orders picked by Everli shoppers (Everli Partner Portal > Ordini > Esporta, CSV; Italian UI).
const EV_PM = ['Carta di credito', 'Carta di credito', 'PayPal', 'Buoni pasto + carta', 'Carta di credito']
const EV_ST = ['Consegnato', 'Consegnato', 'Consegnato', 'Annullato', 'In consegna', 'Consegnato']
const evTot = (o) => +(o.subtotal * 2.3 + 12).toFixed(2)
const evShip = (o) => pk([3.9, 4.9, 0, 5.9], on(o))
const IT_PROV = { Milano: 'MI', Roma: 'RM', Torino: 'TO', Napoli: 'NA', Bologna: 'BO', Firenze: 'FI' }
const cf = (c) => `${slug(c.last).toUpperCase().replace(/[AEIOU]/g, '').padEnd(3, 'X').slice(0, 3)}${slug(c.first).toUpperCase().replace(/[AEIOU]/g, '').padEnd(3, 'X').slice(0, 3)}${String(new Date(c.birth).getUTCFullYear()).slice(2)}${'ABCDEHLMPRST'[new Date(c.birth).getUTCMonth()]}${pad(new Date(c.birth).getUTCDate() + (c.female ? 40 : 0))}F205${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[nr(c) % 26]}`
// iPratico: a Bologna restaurant's customers with fidelity cards (iPratico > CRM > Clienti > Esporta Excel; Italian UI).
const IP_SPESA = (c) => (nr(c) % 60) * 23.5 + 35
// Soisy: a Turin bike shop's instalment payments (Soisy Dashboard merchant > Pratiche > Esporta CSV; Italian UI).
const SO_ST = ['Pagata al merchant', 'Pagata al merchant', 'Approvata', 'In attesa di firma', 'Rifiutata', 'Annullata', 'Pagata al merchant']
const soSt = (o) => pk(SO_ST, on(o))
const soAmt = (o) => pk([1299, 849, 2490, 599, 1790, 3200], on(o) >> 1)
const soRate = (o) => pk([3, 10, 12, 20, 3, 24], on(o) >> 2)
// Kooomo: an Italian fashion brand's e-shop customers (Kooomo back office > Clienti > Esporta, CSV; Italian UI).
const KO_GRP = ['Generale', 'Generale', 'VIP', 'Dipendenti', 'Generale']

export const SETS = [
  // ---------------------------------------------------------------- payments
  { name: 'monei-pagos-es', product: 'MONEI (MONEI Dashboard > Pagos > Exportar, CSV; Spanish UI, a Valencia fashion shop\'s online payments)', family: 'payments', language: 'es', schema: E, cols: [
    ['ID', (c, o, r) => v.hex(r, 32), [OR('payments[0].transactionID'), '_id']],
    ['Fecha', (c, o) => dmyHms(cet(o.at)), ['timestamp', OR('createdDate')]],
    ['ID de pedido', (c, o) => `VLC${o.id}`, [OR('purchaseID')]],
    ['Descripción', (c, o) => `Pedido VLC${o.id} - tienda online`, [], opt],
    ['Importe', (c, o) => comma(o.total), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Moneda', () => 'EUR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Estado', (c, o) => moSt(o), [], opt],
    ['Código de estado', (c, o) => MO_CODE[moSt(o)][0], []],
    ['Mensaje de estado', (c, o) => MO_CODE[moSt(o)][1], []],
    ['Importe reembolsado', (c, o) => (moSt(o) === 'Reembolsado' ? comma(o.total) : '0,00'), [OR('refundTotal'), OR('refunds[0].refundAmount')]],
    ['Método de pago', (c, o) => moPm(o), [OR('payments[0].paymentType')]],
    ['Marca de tarjeta', (c, o) => (['card', 'applePay', 'googlePay'].includes(moPm(o)) ? pk(['visa', 'mastercard', 'visa', 'amex'], on(o) >> 2) : ''), [OR('payments[0].paymentType')], opt],
    ['Últimos 4 dígitos', (c, o) => (['card', 'applePay', 'googlePay'].includes(moPm(o)) ? pad(on(o) * 7 % 10000, 4) : ''), []],
    ['País de la tarjeta', (c, o) => (['card', 'applePay', 'googlePay'].includes(moPm(o)) ? pk(['ES', 'ES', 'ES', 'FR', 'PT'], on(o)) : ''), [], opt],
    ['Nombre del cliente', (c) => c.full, []],
    ['Email del cliente', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Teléfono del cliente', (c) => c.mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Dirección de facturación', (c) => c.street, [BILL('street1')]],
    ['Ciudad de facturación', (c) => c.city, [BILL('city')]],
    ['Código postal de facturación', (c) => c.postcode, [BILL('postalCode')]],
    ['País de facturación', () => 'ES', [BILL('countryCode')]],
    ['IP', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['País (IP)', () => 'ES', [GEO('countryCode')], opt],
    ['Navegador', (c, o) => pk(['Chrome', 'Safari', 'Chrome', 'Firefox', 'Samsung Internet'], on(o)), ['environment.browserDetails.name']],
    ['Sistema operativo', (c, o) => pk(['Android', 'iOS', 'Windows', 'Mac OS', 'iOS'], on(o)), ['environment.operatingSystem']],
    ['Dispositivo', (c, o) => pk(['mobile', 'mobile', 'desktop', 'tablet'], on(o) >> 1), ['device.type']],
    ['Idioma', (c, o) => pk(['es', 'es', 'ca', 'en'], on(o)), ['environment.browserDetails.acceptLanguage', 'environment._dc.language'], opt],
    ['Punto de venta', () => 'Tienda online', [], opt],
    ['Actualizado', (c, o) => dmyHms(cet(o.at + 180000)), [OR('lastUpdatedDate')], opt],
  ] },
  { name: 'braspag-transacoes-pt', product: 'Braspag (Cielo; Painel Braspag > Relatórios > Transações > Exportar, CSV; Portuguese UI, a São Paulo electronics shop\'s payments)', family: 'payments', language: 'pt', schema: E, cols: [
    ['Data', (c, o) => dmyHms(brt(o.at)), ['timestamp', OR('createdDate')]],
    ['Número do Pedido', (c, o) => `PED${o.id}${pad(on(o) % 97)}`, [OR('purchaseID')]],
    ['PaymentId', (c, o, r) => v.uuid(r), [OR('payments[0].transactionID'), '_id']],
    ['Loja', () => 'ELETROSHOP ONLINE', [], opt],
    ['Meio de Pagamento', (c, o) => bpPm(o), [OR('payments[0].paymentType')]],
    ['Bandeira', (c, o) => (bpCard(o) ? pk(['Visa', 'Master', 'Elo', 'Visa', 'Amex', 'Hipercard'], on(o) >> 2) : ''), [OR('payments[0].paymentType')], opt],
    ['Adquirente', (c, o) => (bpCard(o) ? pk(['Cielo', 'Cielo', 'Rede', 'Getnet'], on(o)) : bpPm(o) === 'Pix' ? 'Bradesco' : 'Bradesco'), []],
    ['Status', (c, o) => bpSt(o), [], opt],
    ['Valor', (c, o) => dots(bpAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Valor Capturado', (c, o) => (['Capturada', 'Estornada'].includes(bpSt(o)) ? dots(bpAmt(o)) : '0,00'), [], opt],
    ['Valor Estornado', (c, o) => (bpSt(o) === 'Estornada' ? dots(bpAmt(o)) : '0,00'), [OR('refundTotal'), OR('refunds[0].refundAmount')]],
    ['Moeda', () => 'BRL', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Parcelas', (c, o) => (bpPm(o) === 'Cartão de Crédito' ? String(pk([1, 3, 6, 10, 12, 1], on(o))) : '1'), []],
    ['TID', (c, o, r) => (bpCard(o) ? String(v.int(r, 1000000000, 9999999999)) + String(v.int(r, 1000000000, 9999999999)) : ''), [OR('payments[0].transactionID')], opt],
    ['NSU', (c, o, r) => (bpCard(o) ? String(v.int(r, 100000, 999999)) : ''), [], opt],
    ['Código de Autorização', (c, o, r) => (bpCard(o) && bpSt(o) !== 'Não Autorizada' ? String(v.int(r, 100000, 999999)) : ''), []],
    ['Cartão', (c, o, r) => (bpCard(o) ? `${v.int(r, 400000, 549999)}******${pad(v.int(r, 0, 9999), 4)}` : ''), []],
    ['Portador', (c, o) => (bpCard(o) ? c.full.toUpperCase() : ''), []],
    ['Nome do Comprador', (c) => c.full, []],
    ['CPF/CNPJ do Comprador', (c) => cpf(c), []],
    ['E-mail do Comprador', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['IP do Comprador', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Antifraude', (c, o) => (bpCard(o) ? pk(['Aceita', 'Aceita', 'Aceita', 'Revisão', 'Rejeitada'], on(o) >> 3) : ''), []],
  ] },
  { name: 'soisy-pratiche-it', product: 'Soisy (Dashboard merchant > Pratiche > Esporta, CSV; Italian UI, a Turin bike shop\'s instalment payments)', family: 'payments', language: 'it', schema: E, cols: [
    ['Token', (c, o, r) => v.alnum(r, 20), [OR('payments[0].transactionID'), '_id']],
    ['ID ordine', (c, o) => `TO-${o.id}`, [OR('purchaseID')]],
    ['Data creazione', (c, o) => dmyHm(cet(o.at)), ['timestamp', OR('createdDate')]],
    ['Ultimo aggiornamento', (c, o) => dmyHm(cet(o.at + 2 * 86400000)), [OR('lastUpdatedDate')], opt],
    ['Stato', (c, o) => soSt(o), [], opt],
    ['Importo', (c, o) => dots(soAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Numero rate', (c, o) => String(soRate(o)), []],
    ['Tipo', (c, o) => (soRate(o) === 3 ? 'Paga in 3 rate' : 'Finanziamento'), [OR('payments[0].paymentType')], opt],
    ['TAN', (c, o) => (soRate(o) === 3 ? '0,00%' : pk(['0,00%', '7,90%', '9,90%'], on(o))), []],
    ['TAEG', (c, o) => (soRate(o) === 3 ? '0,00%' : pk(['0,00%', '8,19%', '10,36%'], on(o))), []],
    ['Rata mensile', (c, o) => comma(soAmt(o) / soRate(o)), []],
    ['Commissione merchant', (c, o) => comma(soAmt(o) * 0.045), []],
    ['Nome', (c) => c.first, []],
    ['Cognome', (c) => c.last, []],
    ['Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Cellulare', (c) => c.mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Codice fiscale', (c) => cf(c), []],
    ['Indirizzo', (c) => c.street, [BILL('street1')], opt],
    ['CAP', (c) => c.postcode, [BILL('postalCode')], opt],
    ['Città', (c) => c.city, [BILL('city')], opt],
    ['Provincia', (c) => c.region, [BILL('stateProvince'), BILL('state')], opt],
    ['Data erogazione', (c, o) => (soSt(o) === 'Pagata al merchant' ? dmy(cet(o.at + 5 * 86400000)) : ''), [], opt],
    ['Causale', (c, o) => `Ordine TO-${o.id} Bici Torino`, [], opt],
  ] },

  // ---------------------------------------------------------------- marketplaces and e-commerce orders
  { name: 'civitatis-reservas-proveedor-es', product: 'Civitatis (panel de proveedores > Reservas > Exportar a Excel; Spanish UI, a Seville tour operator\'s bookings)', family: 'ecommerce-orders', language: 'es', schema: E, cols: [
    ['Localizador', (c, o) => String(40000000 + on(o) * 131), [OR('purchaseID'), '_id']],
    ['Fecha de reserva', (c, o) => dmyHm(cet(o.at)), ['timestamp', OR('createdDate')]],
    ['ID actividad', (c, o) => String(1200 + CV_ACT.indexOf(cvAct(o)) * 37), [PL('SKU')]],
    ['Actividad', (c, o) => cvAct(o)[0], [PL('name')]],
    ['Destino', () => 'Sevilla', [], opt],
    ['Fecha de la actividad', (c, o) => dmy(cet(o.at + (on(o) % 20 + 1) * 86400000)), [], opt],
    ['Hora', (c, o) => pk(['10:00', '11:30', '17:00', '19:30'], on(o)), []],
    ['Idioma', (c, o) => pk(['Español', 'Español', 'Inglés', 'Portugués'], on(o) >> 1), []],
    ['Adultos', (c, o) => String(cvAd(o)), [PL('quantity')], opt],
    ['Niños', (c, o) => String(cvNi(o)), []],
    ['Total personas', (c, o) => String(cvAd(o) + cvNi(o)), [PL('quantity')]],
    ['Nombre', (c) => c.first, []],
    ['Apellidos', (c) => c.last, []],
    ['Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Teléfono', (c) => c.mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['País', (c, o) => pk(CV_PAIS, on(o)), [BILL('country')], opt],
    ['Hotel', (c, o) => (on(o) % 3 === 0 ? pk(['Hotel Alfonso XIII', 'Hotel Inglaterra', 'Hotel Casa Imperial'], on(o)) : ''), []],
    ['Precio total', (c, o) => `${comma(cvTot(o))} €`, [OR('priceTotal')]],
    ['Neto proveedor', (c, o) => `${comma(cvTot(o) * 0.8)} €`, []],
    ['Moneda', () => 'EUR', [OR('currencyCode')]],
    ['Estado', (c, o) => cvSt(o), [], opt],
    ['Fecha de cancelación', (c, o) => (cvSt(o) === 'Cancelada' ? dmyHm(cet(o.at + 3 * 86400000)) : ''), [OR('cancelDate')]],
    ['Punto de encuentro', (c, o) => (cvAct(o)[1] ? 'Puerta de Jerez, junto a la fuente' : 'Plaza Nueva, estatua de San Fernando'), []],
    ['Comentarios', (c, o) => (on(o) % 4 === 0 ? pk(['Vamos con un carrito de bebé', 'Llegamos 10 minutos tarde', 'Uno de los adultos es celíaco'], on(o)) : ''), []],
  ] },
  { name: 'ticto-vendas-pt', product: 'Ticto (Ticto > Vendas > Exportar, CSV; Portuguese UI, a Brazilian online course producer\'s sales)', family: 'ecommerce-orders', language: 'pt', schema: E, cols: [
    ['Código da Venda', (c, o, r) => `TCT${v.alnum(r, 10).toUpperCase()}`, [OR('purchaseID'), '_id']],
    ['Data da Venda', (c, o) => dmyHms(brt(o.at)), ['timestamp', OR('createdDate')]],
    ['Data do Pagamento', (c, o) => (tcSt(o) === 'Aguardando pagamento' ? '' : dmyHms(brt(o.at + 240000))), [], opt],
    ['ID do Produto', (c, o) => String(51200 + TC_PROD.indexOf(tcProd(o)) * 13), [PL('SKU')]],
    ['Produto', (c, o) => tcProd(o)[0], [PL('name')]],
    ['Oferta', (c, o) => pk(['Oferta principal', 'Oferta principal', 'Black Friday', 'Lote 1'], on(o) >> 2), [], opt],
    ['Status', (c, o) => tcSt(o), [], opt],
    ['Forma de Pagamento', (c, o) => tcPm(o), [OR('payments[0].paymentType')]],
    ['Parcelas', (c, o) => (tcPm(o) === 'Cartão de crédito' ? String(pk([1, 12, 6, 12], on(o))) : '1'), []],
    ['Valor da Venda', (c, o) => `R$ ${dots(tcProd(o)[1])}`, [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Taxas', (c, o) => `R$ ${comma(tcProd(o)[1] * 0.0699 + 2.49)}`, []],
    ['Comissão do Afiliado', (c, o) => (tcAfil(o) ? `R$ ${comma(tcProd(o)[1] * 0.4)}` : 'R$ 0,00'), []],
    ['Valor Líquido', (c, o) => `R$ ${comma(tcProd(o)[1] * (tcAfil(o) ? 0.53 : 0.93) - 2.49)}`, []],
    ['Afiliado', (c, o) => tcAfil(o), []],
    ['Cupom', (c, o) => (on(o) % 5 === 0 ? 'QUERO10' : ''), ['commerce.promotionID'], opt],
    ['Nome do Cliente', (c) => c.full, []],
    ['E-mail do Cliente', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefone do Cliente', (c) => c.mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['CPF', (c) => cpf(c), []],
    ['CEP', (c) => c.postcode, [BILL('postalCode')], opt],
    ['Cidade', (c) => c.city, [BILL('city')], opt],
    ['Estado', (c) => UF[c.city] ?? c.region, [BILL('stateProvince'), BILL('state')], opt],
    ['utm_source', (c, o) => pk(['instagram', 'youtube', '', 'facebook', 'google'], on(o)), [], opt],
    ['utm_campaign', (c, o) => pk(['lancamento_jan', 'perpetuo', '', 'remarketing'], on(o) >> 1), ['marketing.campaignName', 'marketing.trackingCode'], opt],
  ] },
  { name: 'everli-ordini-it', product: 'Everli (formerly Supermercato24; Everli Partner Portal > Ordini > Esporta, CSV; Italian UI, a Milan supermarket\'s delivered orders)', family: 'ecommerce-orders', language: 'it', schema: E, cols: [
    ['ID ordine', (c, o) => `EV${String(on(o) * 4391).padStart(9, '0')}`, [OR('purchaseID'), '_id']],
    ['Data ordine', (c, o) => dmyHm(cet(o.at)), ['timestamp', OR('createdDate')]],
    ['Data consegna', (c, o) => dmy(cet(o.at + 86400000)), ['commerce.shipping.shipDate'], opt],
    ['Fascia oraria', (c, o) => pk(['09:00-10:00', '12:00-13:00', '18:00-19:00', '19:00-20:00'], on(o)), []],
    ['Punto vendita', (c, o) => pk(['Milano - Viale Monza', 'Milano - Piazzale Lodi', 'Sesto San Giovanni'], on(o)), [], opt],
    ['Stato', (c, o) => pk(EV_ST, on(o)), [], opt],
    ['Cliente', (c) => c.full, []],
    ['Telefono', (c) => c.mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Indirizzo di consegna', (c) => c.street, [SHIP('street1')]],
    ['CAP', (c) => c.postcode, [SHIP('postalCode')]],
    ['Città', (c) => c.city, [SHIP('city')]],
    ['Provincia', (c) => IT_PROV[c.city] ?? c.region, [SHIP('stateProvince'), SHIP('state')]],
    ['Numero prodotti', (c, o) => String(o.qty * 6 + on(o) % 9), [], opt],
    ['Prodotti sostituiti', (c, o) => String(on(o) % 3), []],
    ['Prodotti non trovati', (c, o) => String(on(o) % 2), []],
    ['Totale prodotti', (c, o) => comma(evTot(o)), [], opt],
    ['Costo consegna', (c, o) => comma(evShip(o)), ['commerce.shipping.shippingAmount']],
    ['Sconto', (c, o) => comma(o.discount), [OR('discountAmount')]],
    ['Codice promo', (c, o) => (o.discount ? 'BENVENUTO5' : ''), ['commerce.promotionID'], opt],
    ['Totale ordine', (c, o) => comma(evTot(o) + evShip(o) - o.discount), [OR('priceTotal')]],
    ['Metodo di pagamento', (c, o) => pk(EV_PM, on(o)), [OR('payments[0].paymentType')]],
    ['Shopper', (c, o) => pk(['Luca B.', 'Sara M.', 'Davide R.', 'Giorgia T.'], on(o) >> 1), []],
    ['Note del cliente', (c, o) => (on(o) % 4 === 0 ? pk(['Citofono rotto, chiamare', 'Lasciare in portineria', 'Banane poco mature'], on(o)) : ''), []],
  ] },

  // ---------------------------------------------------------------- loyalty
  { name: 'lifemiles-acumulaciones-es', product: 'LifeMiles (Avianca; Portal de Aliados LifeMiles > Acumulaciones > Descargar, Excel; Spanish UI, a Colombian hotel chain\'s miles accruals)', family: 'loyalty', language: 'es', schema: P, cols: [
    ['Número LifeMiles', (c) => String(10000000000 + nr(c) * 104729 % 89999999999), ['loyalty.loyaltyID[0]']],
    ['Nombre', (c) => co(c).first, ['person.name.firstName']],
    ['Apellido', (c) => `${co(c).last} ${co(c).last2}`, ['person.name.lastName']],
    ['Tipo de documento', (c) => pk(['CC', 'CC', 'CC', 'CE', 'PA'], nr(c)), []],
    ['Número de documento', (c) => String(10000000 + nr(c) * 37 % 1089999999), ['person.taxId'], opt],
    ['Correo electrónico', (c) => mail(co(c).first, co(c).last, nr(c), ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.co']), ['personalEmail.address']],
    ['Celular', (c) => `+57 3${pk([0, 1, 2, 5], nr(c))}${nr(c) % 10} ${pad(nr(c) % 1000, 3)} ${pad((nr(c) >> 2) % 10000, 4)}`, ['mobilePhone.number']],
    ['Estatus élite', (c) => pk(['LifeMiles', 'LifeMiles', 'LifeMiles', 'Silver', 'Gold', 'Diamond'], nr(c)), ['loyalty.tier'], opt],
    ['Código de transacción', (c, o, r) => `ACC${v.int(r, 10000000, 99999999)}`, []],
    ['Fecha de transacción', (c) => dmy(cot(c.updated)), [], opt],
    ['Fecha de acreditación', (c) => (lmSt(c) === 'Acreditada' ? dmy(cot(c.updated + 3 * 86400000)) : ''), [], opt],
    ['Código de establecimiento', (c) => pk(LM_HOTEL, nr(c))[0], []],
    ['Establecimiento', (c) => pk(LM_HOTEL, nr(c))[1], []],
    ['Valor compra (COP)', (c) => lmCop(c).toLocaleString('es-CO').replace(/,/g, '.'), [], opt],
    ['Millas base', (c) => String(lmBase(c)), ['loyalty.points'], opt],
    ['Millas bono', (c) => String(lmBono(c)), ['loyalty.adjustedPoints'], opt],
    ['Total millas', (c) => String(lmBase(c) + lmBono(c)), ['loyalty.points'], opt],
    ['Promoción', (c) => (lmBono(c) ? 'Bono fin de semana 500 millas' : ''), [], opt],
    ['Estado', (c) => lmSt(c), [], opt],
    ['Motivo de rechazo', (c) => (lmSt(c) === 'Rechazada' ? 'Nombre no coincide con la cuenta' : ''), []],
  ] },
  { name: 'km-de-vantagens-participantes-pt', product: 'Km de Vantagens (Ipiranga; Portal do Parceiro Km de Vantagens > Participantes > Exportar, Excel; Portuguese UI, a Campinas fuel-station partner\'s participants)', family: 'loyalty', language: 'pt', schema: P, cols: [
    ['CPF', (c) => cpf(c), ['person.taxId', '_id', 'personID'], opt],
    ['Nome', (c) => c.full, ['person.name.fullName']],
    ['E-mail', (c) => c.email, ['personalEmail.address']],
    ['Celular', (c) => c.mobile, ['mobilePhone.number']],
    ['Data de Nascimento', (c) => dmy(brt(c.birth + 12 * 3600000)), ['person.birthDate']],
    ['Sexo', (c) => (c.female ? 'Feminino' : 'Masculino'), ['person.gender']],
    ['CEP', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Cidade', (c) => c.city, at(HOME, 'city')],
    ['UF', (c) => UF[c.city] ?? c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Categoria', (c) => pk(KM_CAT, nr(c)), ['loyalty.tier'], opt],
    ['Data de Adesão', (c) => dmy(brt(c.created)), ['loyalty.joinDate']],
    ['Saldo de Km', (c) => String(kmSaldo(c)).replace(/\B(?=(\d{3})+(?!\d))/g, '.'), ['loyalty.points']],
    ['Km Acumulados no Período', (c) => String(nr(c) % 400 + 40), [], opt],
    ['Km Resgatados', (c) => String((nr(c) % 7) * 150), ['loyalty.pointsRedeemed'], opt],
    ['Km a Expirar', (c) => String(nr(c) % 5 === 0 ? 210 : 0), ['loyalty.pointsExpiration[0].pointsExpiring'], opt],
    ['Data de Expiração', (c) => (nr(c) % 5 === 0 ? dmy(brt(c.updated + 90 * 86400000)) : ''), ['loyalty.pointsExpiration[0].pointsExpirationDate'], opt],
    ['Última Transação', (c) => dmy(brt(c.updated)), [], opt],
    ['Posto', (c) => pk(['Auto Posto Taquaral', 'Auto Posto Barão Geraldo', 'Auto Posto Cambuí'], nr(c)), []],
    ['Aceita Comunicação', (c) => (c.bool ? 'Sim' : 'Não'), [], opt],
  ] },

  // ---------------------------------------------------------------- POS back offices and e-commerce customers
  { name: 'zonesoft-clientes-pt', product: 'ZoneSoft (ZoneSoft Back Office > Clientes > Exportar, Excel; European Portuguese UI, a Porto restaurant group\'s customers)', family: 'pos', language: 'pt', schema: P, cols: [
    ['Código', (c) => String(nr(c) % 20000 + 1), ['_id', 'personID']],
    ['Nome', (c) => c.full, ['person.name.fullName']],
    ['NIF', (c) => pt(c).nif, ['person.taxId']],
    ['Morada', (c) => pt(c).street, at(HOME, 'street1')],
    ['Código Postal', (c) => pt(c).cp, at(HOME, 'postalCode')],
    ['Localidade', (c) => pt(c).city, at(HOME, 'city')],
    ['País', () => 'Portugal', at(HOME, 'country')],
    ['Telefone', (c) => (nr(c) % 3 === 0 ? pt(c).tel : ''), ['homePhone.number']],
    ['Telemóvel', (c) => pt(c).mob, ['mobilePhone.number']],
    ['Email', (c) => mail(c.first, c.last, nr(c), ['gmail.com', 'sapo.pt', 'hotmail.com', 'outlook.pt']), ['personalEmail.address']],
    ['Data de Nascimento', (c) => { const p = wet(c.birth + 12 * 3600000); return `${pad(p.d)}-${pad(p.m)}-${p.y}` }, ['person.birthDate']],
    ['Sexo', (c) => (c.female ? 'F' : 'M'), ['person.gender']],
    ['Cartão Cliente', (c) => (nr(c) % 3 !== 2 ? `ZS${pad(nr(c) % 1000000, 6)}` : ''), ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]'], opt],
    ['Pontos', (c) => String(nr(c) % 3 !== 2 ? nr(c) % 850 : 0), ['loyalty.points']],
    ['Desconto (%)', (c) => (nr(c) % 10 === 0 ? '10' : '0'), []],
    ['Tabela de Preços', () => '1', []],
    ['Limite de Crédito', () => '0,00', []],
    ['Saldo', (c) => (nr(c) % 8 === 0 ? comma((nr(c) % 90) + 12.5) : '0,00'), []],
    ['Data de Registo', (c) => { const p = wet(c.created); return `${pad(p.d)}-${pad(p.m)}-${p.y}` }, [], opt],
    ['Observações', (c) => (nr(c) % 6 === 0 ? pk(['Alergia a marisco', 'Prefere mesa na esplanada', 'Cliente empresa - fatura mensal'], nr(c)) : ''), []],
    ['Aceita Marketing', (c) => (c.bool ? 'Sim' : 'Não'), [], opt],
    ['Inativo', () => 'Não', []],
  ] },
  { name: 'ipratico-clienti-it', product: 'iPratico (iPratico > CRM > Clienti > Esporta Excel; Italian UI, a Bologna restaurant\'s customers with fidelity cards)', family: 'pos', language: 'it', schema: P, cols: [
    ['ID', (c) => String(nr(c) % 50000), ['_id', 'personID']],
    ['Nome', (c) => c.first, ['person.name.firstName']],
    ['Cognome', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Cellulare', (c) => c.mobile, ['mobilePhone.number']],
    ['Data di nascita', (c) => dmy(cet(c.birth + 12 * 3600000)), ['person.birthDate']],
    ['Sesso', (c) => (c.female ? 'F' : 'M'), ['person.gender']],
    ['Indirizzo', (c) => c.street, at(HOME, 'street1')],
    ['CAP', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Città', (c) => c.city, at(HOME, 'city')],
    ['Provincia', (c) => IT_PROV[c.city] ?? c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Codice fiscale', (c) => cf(c), ['person.taxId']],
    ['Ragione sociale', (c) => (nr(c) % 7 === 0 ? `${c.last} S.r.l.` : ''), ['organizations[0]'], opt],
    ['Partita IVA', (c) => (nr(c) % 7 === 0 ? `0${String(1000000000 + nr(c) * 7 % 8999999999)}` : ''), [], opt],
    ['Codice SDI', (c) => (nr(c) % 7 === 0 ? 'M5UXCR1' : ''), []],
    ['PEC', (c) => (nr(c) % 7 === 0 ? `${slug(c.last)}srl@pec.it` : ''), [], opt],
    ['Tessera fedeltà', (c) => `2900${pad(nr(c) % 100000000, 8)}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['Punti', (c) => String(Math.floor(IP_SPESA(c) / 10)), ['loyalty.points']],
    ['Credito prepagato', (c) => (nr(c) % 9 === 0 ? '25,00' : '0,00'), []],
    ['Numero visite', (c) => String(nr(c) % 60 + 1), []],
    ['Totale speso', (c) => comma(IP_SPESA(c)), ['loyalty.lifetimePurchases'], opt],
    ['Ultima visita', (c) => dmy(cet(c.updated)), [], opt],
    ['Data registrazione', (c) => dmy(cet(c.created)), [], opt],
    ['Consenso privacy', () => 'Sì', []],
    ['Consenso marketing', (c) => (c.bool ? 'Sì' : 'No'), [], opt],
  ] },
  { name: 'kooomo-clienti-it', product: 'Kooomo (Kooomo back office > Clienti > Esporta, CSV; Italian UI, an Italian fashion brand\'s e-shop customers)', family: 'ecommerce-customers', language: 'it', schema: P, cols: [
    ['ID cliente', (c) => String(nr(c) + 300000), ['_id', 'personID']],
    ['Titolo', (c) => (c.female ? 'Sig.ra' : 'Sig.'), ['person.name.courtesyTitle']],
    ['Nome', (c) => c.first, ['person.name.firstName']],
    ['Cognome', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Telefono', (c) => c.mobile, ['mobilePhone.number', 'homePhone.number']],
    ['Data di nascita', (c) => { const p = cet(c.birth + 12 * 3600000); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }, ['person.birthDate']],
    ['Sesso', (c) => (c.female ? 'F' : 'M'), ['person.gender']],
    ['Lingua', (c) => pk(['it', 'it', 'it', 'en'], nr(c)), [], opt],
    ['Gruppo clienti', (c) => pk(KO_GRP, nr(c)), []],
    ['Newsletter', (c) => (c.bool ? 'Sì' : 'No'), [], opt],
    ['Azienda', (c) => (nr(c) % 9 === 0 ? `${c.last} S.n.c.` : ''), ['organizations[0]'], opt],
    ['Codice fiscale', (c) => cf(c), ['person.taxId']],
    ['Partita IVA', (c) => (nr(c) % 9 === 0 ? `IT0${String(1000000000 + nr(c) * 3 % 8999999999)}` : ''), [], opt],
    ['Indirizzo fatturazione', (c) => c.street, ['billingAddress.street1']],
    ['CAP fatturazione', (c) => c.postcode, ['billingAddress.postalCode']],
    ['Città fatturazione', (c) => c.city, ['billingAddress.city']],
    ['Provincia fatturazione', (c) => IT_PROV[c.city] ?? c.region, ['billingAddress.stateProvince', 'billingAddress.state']],
    ['Nazione fatturazione', () => 'IT', ['billingAddress.countryCode']],
    ['Indirizzo spedizione', (c) => (nr(c) % 4 === 0 ? 'Via Torino 12' : c.street), ['shippingAddress.street1']],
    ['CAP spedizione', (c) => (nr(c) % 4 === 0 ? '20123' : c.postcode), ['shippingAddress.postalCode']],
    ['Città spedizione', (c) => (nr(c) % 4 === 0 ? 'Milano' : c.city), ['shippingAddress.city']],
    ['Nazione spedizione', () => 'IT', ['shippingAddress.countryCode']],
    ['Data registrazione', (c) => { const p = cet(c.created); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }, [], opt],
    ['Numero ordini', (c) => String(nr(c) % 12), []],
    ['Totale ordini', (c) => comma((nr(c) % 12) * 89.9), ['loyalty.lifetimePurchases'], opt],
    ['Store', () => 'Italia', [], opt],
  ] },

  // ---------------------------------------------------------------- invoicing
  { name: 'cuentica-clientes-es', product: 'Cuentica (Cuentica > Contactos > Clientes > Exportar, Excel; Spanish UI, a Madrid design studio\'s clients)', family: 'invoicing', language: 'es', schema: B, cols: [
    ['ID', (c) => String(nr(c) % 900000 + 100000), B2BID],
    ['Tipo', (c) => cuTipo(c), [], opt],
    ['Nombre fiscal', (c) => (cuTipo(c) === 'Empresa' ? cuCo(c) : c.full), ['b2b.companyName', 'organizations[0]']],
    ['Nombre comercial', (c) => (cuTipo(c) === 'Empresa' ? cuCo(c).replace(/ S\.L\.P?\.?$| S\.A\.$/, '') : ''), ['b2b.companyName', 'organizations[0]'], opt],
    ['NIF/CIF', (c) => cuCif(c), ['person.taxId'], opt],
    ['Persona de contacto', (c) => c.full, ['person.name.fullName']],
    ['Email', (c) => (cuTipo(c) === 'Empresa' ? c.workEmail : c.email), ['workEmail.address', 'personalEmail.address']],
    ['Teléfono', (c) => c.phone, ['workPhone.number']],
    ['Móvil', (c) => c.mobile, ['mobilePhone.number']],
    ['Dirección', (c) => c.street, at(['billingAddress', ...WORK], 'street1')],
    ['Código postal', (c) => c.postcode, at(['billingAddress', ...WORK], 'postalCode')],
    ['Población', (c) => c.city, at(['billingAddress', ...WORK], 'city')],
    ['Provincia', (c) => c.region, [...at(['billingAddress', ...WORK], 'stateProvince'), ...at(['billingAddress', ...WORK], 'state')]],
    ['País', () => 'España', at(['billingAddress', ...WORK], 'country')],
    ['Web', (c) => (cuTipo(c) === 'Empresa' ? `www.${slug(cuCo(c).split(' ')[0] + cuCo(c).split(' ')[1])}.es` : ''), ['b2b.companyWebsite']],
    ['Forma de pago', (c) => pk(['Transferencia bancaria', 'Domiciliación bancaria', 'Transferencia bancaria', 'Tarjeta'], nr(c)), []],
    ['Vencimiento (días)', (c) => pk(['30', '0', '60', '30'], nr(c) >> 1), []],
    ['IBAN', (c) => `ES${pad(nr(c) % 89 + 10)} ${pk(['2100', '0049', '0182', '2085'], nr(c))} ${pad(nr(c) % 10000, 4)} ${pad((nr(c) >> 2) % 100)}${pad((nr(c) >> 4) % 100)} ${pad(nr(c) * 7 % 10000, 4)} ${pad(nr(c) * 3 % 10000, 4)}`, []],
    ['Retención IRPF', (c) => (cuTipo(c) === 'Autónomo' ? '15%' : '0%'), []],
    ['Etiquetas', (c) => pk(['recurrente', '', 'web', 'branding, web', ''], nr(c)), []],
    ['Total facturado', (c) => `${dots((nr(c) % 50) * 412.5 + 300)} €`, [], opt],
    ['Fecha de alta', (c) => dmy(cet(c.created)), ['extSourceSystemAudit.createdDate'], opt],
    ['Notas', (c) => (nr(c) % 5 === 0 ? 'Enviar facturas también a administración' : ''), []],
  ] },
]
