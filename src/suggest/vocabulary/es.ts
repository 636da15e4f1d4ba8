/** Spanish column vocabulary (keys lower-case without accents). */
export const WORDS: Record<string, string[]> = {
  // (round 84: an insurance agency's client key, "Clave"; a voucher, comprobante, the receipt the rows are; a barcode,
  // "Cód. Barras", the item's code)
  clave: ['key'], comprobante: ['receipt'], barras: ['sku'], barra: ['sku'],
  // an insurance policy's premium is its price (names.ts: a price total answers to it)
  prima: ['premium'], primas: ['premium'],
  // the contract, policy or receipt an export's rows are (context.ts: its number is the event's record, as an order's)
  contrato: ['contract'], poliza: ['policy'], recibo: ['receipt'],
  // the plan or tariff subscribed to and the vehicle hired or sold: the goods of a subscription's, utility's or rental's export (context.ts)
  plan: ['plan'], vehiculo: ['vehicle'],
  // Argentina's CUIL (a person's labour and tax number) and Colombia's NIT are tax numbers, as CUIT and RUT are
  cuil: ['tax', 'id'], nit: ['tax', 'id'],
  // a school's pupil or student (alumno, estudiante: "Correo del alumno") is the person the record is about; a parent's, mother's,
  // father's or guardian's column (tutor, acudiente, apoderado: "Celular del tutor") is another person's
  alumno: ['customer'], alumna: ['customer'], estudiante: ['customer'], madre: ['parent'], padre: ['parent'], tutor: ['guardian'], acudiente: ['guardian'], apoderado: ['guardian'],
  bloqueado: ['blocked'],
  // a sales platform's offer (Hotmart's, Kiwify's "Oferta": the price plan a product is sold under) names no product
  oferta: ['offer'],
  // a CRM contact's account (Zurmo's "Cuenta": the firm), as en.ts reads "Account"
  cuenta: ['account'],
  // ("Puntos disponibles": the points available, the balance)
  disponible: [], disponibles: [],
  // ("Puntos acumulados": the points ever earned)
  acumulados: ['earned'], acumulado: ['earned'],
  // (a shipment's destination: "Población destino")
  destino: ['destination'],
  // tickets (entradas) of an event export, a booking's locator (Localizador)
  entrada: ['ticket'], entradas: ['ticket'], localizador: ['order', 'id'],
  nro: ['number'],
  reserva: ['order'], donacion: ['order'], aporte: ['order'], aportes: ['order'],
  latitud: ['latitude'], longitud: ['longitude'],
  identificador: ['id'],
  // gross amounts ("Valor bruto", "Importe bruto"), a record of a board ("ID del elemento")
  bruto: ['gross'], bruta: ['gross'], elemento: ['record'],
  navegador: ['browser'], dispositivo: ['device'], pagina: ['page'], referente: ['referrer'], campana: ['campaign'], sesion: ['session'], transaccion: ['transaction'], ingresos: ['total'], compras: ['purchase'], compra: ['purchase'], evento: ['event'], ubicacion: ['location'], region: ['state'],
  nombre: ['name'], apellido: ['last', 'name'], apellidos: ['last', 'name'], saludo: ['courtesy', 'title'], tratamiento: ['courtesy', 'title'], sexo: ['gender'], genero: ['gender'],
  nacimiento: ['birth'], direccion: ['street'], calle: ['street'], domicilio: ['street'], ciudad: ['city'], localidad: ['city'], municipio: ['city'], poblacion: ['city'],
  provincia: ['state'], estado: ['state'], comunidad: ['region'], pais: ['country'],
  telefono: ['phone'], movil: ['mobile', 'phone'], celular: ['mobile', 'phone'], correo: ['email'], electronico: [],
  empresa: ['company'], compania: ['company'], organizacion: ['company'], cargo: ['job', 'title'], puesto: ['job', 'title'], departamento: ['department'],
  cliente: ['customer'], comprador: ['customer'], folio: ['order', 'number'], huesped: ['customer'], paciente: ['customer'], viajero: ['customer'], pasajero: ['customer'], pagador: ['billing'], numero: ['number'], documento: ['tax', 'id'], dni: ['tax', 'id'], nif: ['tax', 'id'], cuit: ['tax', 'id'], cif: ['tax', 'id'],
  pedido: ['order'], orden: ['order'], venta: ['order'], fecha: ['date'], hora: ['time'],
  producto: ['product'], articulo: ['product'], cantidad: ['quantity'], precio: ['price'], importe: ['amount'], monto: ['amount'], total: ['total'], costo: ['price'], coste: ['price'],
  impuesto: ['tax'], impuestos: ['tax'], iva: ['tax'], descuento: ['discount'], cupon: ['coupon'], envio: ['shipping'], entrega: ['shipping'],
  facturacion: ['billing'], factura: ['billing'], pago: ['payment'], moneda: ['currency'], divisa: ['currency'], medio: ['method'], metodo: ['method'], forma: ['method'],
  alta: ['join'], registro: ['created'], creacion: ['created'], socio: ['member'], nivel: ['tier'], puntos: ['points'], canjeados: ['redeemed'], tarjeta: ['card'],
  sitio: ['website'], trabajo: ['work'], oficina: ['work'], casa: ['home'], particular: ['home'], acepta: ['accept'], boletin: ['newsletter'],
  de: [], del: [], la: [], el: [], los: [], las: [], y: [], o: [], para: [], por: [], en: [], al: [],
  unidad: ['quantity'], pieza: ['quantity'], cant: ['quantity'], titulo: ['title'], publicacion: ['product'], anuncio: ['product'], seguimiento: ['tracking'], guia: ['tracking'], transportista: ['carrier'], paqueteria: ['carrier'],
  descripcion: ['description'], colonia: ['district'], barrio: ['district'], alcaldia: ['city'], codigo: ['code'], unitario: ['unit'], comision: ['fee'], tarifa: ['fee'], referencia: ['reference'],
  gastos: ['price'],
  programa: ['program'], canjeado: ['redeemed'], ancho: ['width'], alto: ['height'], afiliacion: ['join'], adhesion: ['join'],
  cancelado: ['cancel'], cancelada: ['cancel'], cancelacion: ['cancel'], anulacion: ['cancel'], anulado: ['cancel'], anulada: ['cancel'], incluido: ['incl'], incluidos: ['incl'],
  cumpleanos: ['birth', 'date'], suscripcion: ['subscription'], baja: ['opt', 'out'], idioma: ['language'], origen: ['source'],
  persona: ['person'], contacto: ['contact'], nacionalidad: ['nationality'], ultimo: ['last'], ultima: ['last'], categoria: ['category'], talla: ['size'], peso: ['weight'], pagado: ['paid'], reembolsado: ['refund'], reembolso: ['refund'],
  motivo: ['reason'], devolucion: ['return'], vista: ['views'], duracion: ['duration'], visitante: ['visitor'], caducidad: ['expiry'], vencimiento: ['expiry'], consentimiento: ['opt', 'in'], linea: ['product'],
  tipo: ['type'], saldo: ['balance'], fidelidad: ['loyalty'],
  neto: ['net'],
  tu: [], su: [], cual: [], es: [], introduce: [], ingresa: [], indique: [],
  siguiente: ['next'], prospecto: ['prospect'], proximo: ['next'], miembro: ['member'],
  // everyday words of shop, CRM, newsletter, loyalty and analytics exports (Shopify, WooCommerce, Holded, Tiendanube, Mercado Libre, Mailchimp in Spanish)
  marca: ['manufacturer'], fabricante: ['manufacturer'], uds: ['quantity'], rfc: ['tax', 'id'], ruc: ['tax', 'id'], cedula: ['tax', 'id'], usuario: ['user'], piso: ['street', '2'], comuna: ['city'],
  creado: ['created'], creada: ['created'], actualizado: ['updated'], actualizada: ['updated'], actualizacion: ['updated'], modificado: ['updated'], modificada: ['updated'], modificacion: ['updated'],
  suscrito: ['opt', 'in'], suscrita: ['opt', 'in'], desuscrito: ['opt', 'out'], suscriptor: ['customer'], fuente: ['source'], etiqueta: ['tag'], etiquetas: ['tag'], desde: ['since'], recompensa: ['loyalty'], recompensas: ['loyalty'],
  pantalla: ['screen'], resolucion: ['resolution'], comentario: ['note'], comentarios: ['note'], nota: ['note'], notas: ['note'], observacion: ['note'], observaciones: ['note'], visita: ['visit'], referido: ['referral'], referidos: ['referral'],
  color: ['color'], tamano: ['size'], existencias: ['stock'], inventario: ['stock'], tienda: ['store'], sucursal: ['store'], variante: ['variant'], variacion: ['variant'],
  predeterminada: [], predeterminado: [], gastado: ['spend'],
  sesiones: ['visits'], nuevo: ['new'], nuevos: ['new'], nueva: ['new'], nuevas: ['new'],
  actividad: ['activity'], solicitante: ['customer'], propietario: ['owner'], propietaria: ['owner'],
  primer: ['first'], primera: ['first'], vendedor: ['seller'], vendedora: ['seller'], valoracion: ['score'], grupo: ['group'], delegacion: ['district'], publicidad: ['marketing'],
  // Chile's RUT and a tax number ("Nro. Tributario") are the person's or company's tax id; Peru's IGV is its VAT
  rut: ['tax', 'id'], tributario: ['tax', 'id'], igv: ['tax'],
  // an auction's lot (Título del lote) is the item sold
  lote: ['lot'],
  // ("Puntos fidelización", "Tarjeta de fidelización": the loyalty programme's)
  fidelizacion: ['loyalty'],
  // a company list's executive ("Directivo": the firm's contact person)
  directivo: ['contact'],
  // an SMS platform's message log (Auronix Calixta, Hablame: "ID Mensaje", "Mensaje", "Segmentos", "Remitente"); Mexican "Estatus"
  mensaje: ['message'], mensajes: ['message'], remitente: ['originator'], segmento: ['segment'], segmentos: ['segment'], estatus: ['status'],
  // (round 77: the amount collected, "Importe cobrado")
  cobrado: ['paid'], cobrada: ['paid'],
}

export const PHRASES: Record<string, string[]> = {
  // (round 84: an Argentine point of sale's voucher, "Nro. Comp.", "Total Comp.": the receipt the rows are)
  'nro comp': ['receipt', 'number'], 'n comp': ['receipt', 'number'], 'nro comprobante': ['receipt', 'number'], 'total comp': ['total'], 'fecha comp': ['receipt', 'date'],
  // (round 84: a Mexican address's interior number, the flat: the second street line)
  'no interior': ['street', '2'], 'num interior': ['street', '2'], 'num int': ['street', '2'], 'no int': ['street', '2'],
  // a purchase's value (a points partner's "Valor Compra": what the customer spent) is the order's total
  'valor compra': ['order', 'total'], 'valor de compra': ['order', 'total'], 'valor de la compra': ['order', 'total'],
  // an invoice's issue date ("Fecha de emisión") is when the record was made, as en.ts reads "Issue Date"
  'fecha de emision': ['created', 'date'], 'fecha emision': ['created', 'date'],
  // ("C.P.": código postal; Czech č.p. is a house number)
  'c p': ['postal', 'code'],
  'valido hasta': ['expiry'],
  'metodo de pago': ['payment', 'method'], 'tipo de pago': ['payment', 'method'],
  'sistema operativo': ['operating', 'system'], 'referente de la pagina': ['referrer'], 'de la sesion': [], 'ubicacion de la pagina': ['page', 'url'], 'url de la pagina': ['page', 'url'], 'titulo de la pagina': ['page', 'name'], 'categoria de dispositivo': ['device', 'type'], 'ingresos por compras': ['purchase', 'total'],
  'nombre de pila': ['first', 'name'], 'sitio web': ['website'], 'pagina web': ['website'], 'nombre completo': ['full', 'name'], 'fecha de nacimiento': ['birth', 'date'], 'fecha nac': ['birth', 'date'], 'fec nac': ['birth', 'date'], 'f nac': ['birth', 'date'], 'fecha de nac': ['birth', 'date'], 'codigo postal': ['postal', 'code'],
  'correo electronico': ['email'], 'estado de la orden': ['order', 'status'], 'estado del pago': ['payment', 'status'], 'estado del envio': ['shipping', 'status'],
  'provincia o estado': ['state'], 'medio de envio': ['shipping', 'method'], 'medio de pago': ['payment', 'method'], 'costo de envio': ['shipping', 'amount'],
  'numero de orden': ['order', 'number'], 'numero de pedido': ['order', 'number'], 'n de socio': ['member', 'id'], 'subtotal de productos': ['subtotal'],
  'descripcion del estado': ['status', 'description'], 'estado del pedido': ['order', 'status'], 'estado de la venta': ['order', 'status'], 'estado de la compra': ['order', 'status'], 'razon social': ['company', 'name'],
  'fecha y hora': ['timestamp'], 'numero de guia': ['tracking', 'number'], 'numero de seguimiento': ['tracking', 'number'], 'codigo de seguimiento': ['tracking', 'number'], 'url de seguimiento': ['tracking', 'url'], 'enlace de seguimiento': ['tracking', 'url'],
  'forma de entrega': ['shipping', 'method'], 'metodo de envio': ['shipping', 'method'], 'forma de pago': ['payment', 'method'], 'fecha de venta': ['order', 'date'], 'fecha de compra': ['order', 'date'], 'fecha del pedido': ['order', 'date'],
  'marca de tiempo': ['timestamp'],
  'persona de contacto': ['contact'], 'apartado postal': ['post', 'office', 'box'], 'apartado de correos': ['post', 'office', 'box'], 'estado civil': ['marital', 'status'], 'tasa de rebote': ['bounce', 'rate'], 'zona horaria': ['timezone'],
  'nombre de usuario': ['login'],
  'linea de direccion': ['street'], 'direccion linea': ['street'],
  'segundo nombre': ['middle', 'name'], 'primer apellido': ['last', 'name'], 'apellido paterno': ['last', 'name'],
  'telefono movil': ['mobile', 'phone'], 'telefono celular': ['mobile', 'phone'], 'numero de movil': ['mobile', 'phone'], 'numero de celular': ['mobile', 'phone'], 'tel movil': ['mobile', 'phone'], 'telefono fijo': ['phone'],
  'numero exterior': ['house', 'number'], 'numero de calle': ['house', 'number'], 'numero interior': ['street', '2'], 'codigo de pais': ['country', 'code'], 'codigo pais': ['country', 'code'], 'direccion postal': ['mailing', '@address'], 'direccion ip': ['ip'],
  'numero de cliente': ['customer', 'id'], 'number de cliente': ['customer', 'id'], 'number cliente': ['customer', 'id'], 'id de cliente': ['customer', 'id'], 'id cliente': ['customer', 'id'], 'codigo de cliente': ['customer', 'id'], 'codigo cliente': ['customer', 'id'],
  'numero de socio': ['member', 'id'], 'number de socio': ['member', 'id'], 'numero de tarjeta': ['card', 'number'],
  'number de pedido': ['order', 'number'], 'number pedido': ['order', 'number'], 'id de pedido': ['order', 'id'], 'id del pedido': ['order', 'id'], 'id pedido': ['order', 'id'], 'referencia del pedido': ['order', 'id'],
  'nombre del producto': ['product', 'name'], 'nombre de producto': ['product', 'name'], 'nombre producto': ['product', 'name'], 'nombre del articulo': ['product', 'name'], 'codigo de barras': ['sku'], 'codigo barras': ['sku'],
  'precio unitario': ['unit', 'price'], 'precio por unidad': ['unit', 'price'], 'precio unidad': ['unit', 'price'], 'total linea': ['product', 'total'], 'importe linea': ['product', 'total'], 'total de la linea': ['product', 'total'],
  'importe total': ['total'], 'monto total': ['total'], 'base imponible': ['net'],
  'codigo de descuento': ['coupon', 'code'], 'codigo descuento': ['coupon', 'code'], 'codigo promocional': ['coupon', 'code'], 'codigo promo': ['coupon', 'code'], 'cupon de descuento': ['coupon'],
  'importe iva': ['tax', 'amount'], 'importe del iva': ['tax', 'amount'], 'importe de impuestos': ['tax', 'amount'], 'monto de impuestos': ['tax', 'amount'],
  'gastos de envio': ['shipping', 'amount'], 'coste de envio': ['shipping', 'amount'], 'costes de envio': ['shipping', 'amount'], 'cargo por envio': ['shipping', 'amount'], 'tarifa de envio': ['shipping', 'amount'], 'empresa de transporte': ['carrier'],
  'id de transaccion': ['transaction', 'id'], 'id de operacion': ['transaction', 'id'], 'numero de operacion': ['transaction', 'id'], 'nro de operacion': ['transaction', 'id'], 'n de operacion': ['transaction', 'id'], 'id transaccion': ['transaction', 'id'], 'numero de transaccion': ['transaction', 'id'], 'importe reembolsado': ['refund', 'amount'], 'monto reembolsado': ['refund', 'amount'],
  'fecha de creacion': ['created', 'date'], 'fecha de modificacion': ['updated', 'date'], 'fecha de actualizacion': ['updated', 'date'], 'ultima actualizacion': ['updated'],
  'dado de baja': ['opt', 'out'], 'suscrito al boletin': ['opt', 'in'], 'saldo de puntos': ['points'], 'socio desde': ['join', 'date'], 'miembro desde': ['join', 'date'], 'cliente desde': ['created'],
  'resolucion de pantalla': ['screen', 'resolution'], 'url de referencia': ['referrer'],
  'id de usuario': ['user', 'id'], 'id usuario': ['user', 'id'],
  'total gastado': ['lifetime', 'spend'], 'importe gastado': ['lifetime', 'spend'],
  'numero de eventos': ['event', 'count'], 'numero de pedidos': ['order', 'count'], 'cantidad de pedidos': ['order', 'count'], 'clase de pantalla': ['screen', 'class'], 'ruta de pagina': ['page', 'path'], 'ruta de la pagina': ['page', 'path'], 'pagina de destino': ['landing', 'page'],
  'fuente medio': ['source', 'medium'], 'origen medio': ['source', 'medium'], 'medio de la sesion': ['session', 'medium'], 'fuente medio de la sesion': ['session', 'source', 'medium'], 'medio utm': ['campaign', 'medium'],
  'id de registro': ['record', 'id'], 'ultimo acceso': ['last', 'login'], 'ultima conexion': ['last', 'login'], 'ultima actividad': ['last', 'activity'],
  'sin iva': ['excl', 'tax'], 'con iva': ['incl', 'tax'], 'sin impuestos': ['excl', 'tax'], 'con impuestos': ['incl', 'tax'], 'ticket medio': ['average', 'basket'], 'ticket promedio': ['average', 'basket'], 'referido por': ['referral'],
  'puntos por vencer': ['points', 'expiry'], 'puntos vencidos': ['expired', 'points'], 'puntos expirados': ['expired', 'points'], 'puntos caducados': ['expired', 'points'], 'puntos a expirar': ['points', 'expiry'],
  'agente de usuario': ['user', 'agent'], 'tipo de envio': ['shipping', 'method'],
  // the amount of a tax ("Cuota IVA" of a Spanish till or invoice: the VAT charged), a cost centre (no cost of the sale)
  'cuota iva': ['tax', 'amount'], 'cuota de iva': ['tax', 'amount'], 'cuota del iva': ['tax', 'amount'], 'cuota impuesto': ['tax', 'amount'],
  'centro de costos': ['costcentre'], 'centro de costo': ['costcentre'], 'centro de coste': ['costcentre'], 'centro de costes': ['costcentre'],
  // a company's legal representative (an Italian, Spanish or Portuguese company list's contact person)
  'representante legal': ['contact'],
}

/**
 * Whole-header words: a school's or club's enrolment number alone ("Matrícula", Argentine "Legajo") is the person's
 * identifier; beside other words ("Fecha de matrícula", "Matrícula del vehículo") it is not.
 */
export const ALONE: Record<string, string[]> = { matricula: ['customer', 'id'], legajo: ['customer', 'id'] }

/** Spanish words other languages read otherwise: "Firma" is a signature (German, Polish: a company), "Tara" a tare weight (Romanian: the country). */
export const OWN: Record<string, string[]> = { firma: ['signature'], tara: ['tare'] }
