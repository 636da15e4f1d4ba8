/** Spanish column vocabulary (keys lower-case without accents). */
export const WORDS: Record<string, string[]> = {
  // gross amounts ("Valor bruto", "Importe bruto"), a record of a board ("ID del elemento")
  bruto: ['gross'], bruta: ['gross'], elemento: ['record'],
  navegador: ['browser'], dispositivo: ['device'], pagina: ['page'], referente: ['referrer'], campana: ['campaign'], sesion: ['session'], transaccion: ['transaction'], ingresos: ['total'], compras: ['purchase'], compra: ['purchase'], evento: ['event'], ubicacion: ['location'], region: ['state'],
  nombre: ['name'], apellido: ['last', 'name'], apellidos: ['last', 'name'], saludo: ['courtesy', 'title'], tratamiento: ['courtesy', 'title'], sexo: ['gender'], genero: ['gender'],
  nacimiento: ['birth'], direccion: ['street'], calle: ['street'], domicilio: ['street'], ciudad: ['city'], localidad: ['city'], municipio: ['city'], poblacion: ['city'],
  provincia: ['state'], estado: ['state'], comunidad: ['region'], pais: ['country'],
  telefono: ['phone'], movil: ['mobile', 'phone'], celular: ['mobile', 'phone'], correo: ['email'], electronico: [],
  empresa: ['company'], compania: ['company'], organizacion: ['company'], cargo: ['job', 'title'], puesto: ['job', 'title'], departamento: ['department'],
  cliente: ['customer'], comprador: ['customer'], numero: ['number'], documento: ['tax', 'id'], dni: ['tax', 'id'], nif: ['tax', 'id'], cuit: ['tax', 'id'], cif: ['tax', 'id'],
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
  cancelado: ['cancel'], cancelada: ['cancel'], cancelacion: ['cancel'], incluido: ['incl'], incluidos: ['incl'],
  cumpleanos: ['birth', 'date'], suscripcion: ['subscription'], baja: ['opt', 'out'], idioma: ['language'], origen: ['source'],
  persona: ['person'], contacto: ['contact'], nacionalidad: ['nationality'], ultimo: ['last'], ultima: ['last'], categoria: ['category'], talla: ['size'], peso: ['weight'], pagado: ['paid'], reembolsado: ['refund'], reembolso: ['refund'],
  motivo: ['reason'], devolucion: ['return'], vista: ['views'], duracion: ['duration'], visitante: ['visitor'], caducidad: ['expiry'], vencimiento: ['expiry'], consentimiento: ['opt', 'in'], linea: ['product'],
  tipo: ['type'], saldo: ['balance'], fidelidad: ['loyalty'],
  neto: ['net'],
  tu: [], su: [], cual: [], es: [], introduce: [], ingresa: [], indique: [],
  siguiente: ['next'], prospecto: ['prospect'], proximo: ['next'], miembro: ['member'],
}

export const PHRASES: Record<string, string[]> = {
  'valido hasta': ['expiry'],
  'metodo de pago': ['payment', 'method'], 'tipo de pago': ['payment', 'method'],
  'sistema operativo': ['operating', 'system'], 'referente de la pagina': ['referrer'], 'de la sesion': [], 'ubicacion de la pagina': ['page', 'url'], 'url de la pagina': ['page', 'url'], 'titulo de la pagina': ['page', 'name'], 'categoria de dispositivo': ['device', 'type'], 'ingresos por compras': ['purchase', 'total'],
  'nombre de pila': ['first', 'name'], 'sitio web': ['website'], 'pagina web': ['website'], 'nombre completo': ['full', 'name'], 'fecha de nacimiento': ['birth', 'date'], 'codigo postal': ['postal', 'code'],
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
}

/** Spanish words other languages read otherwise: "Firma" is a signature (German, Polish: a company), "Tara" a tare weight (Romanian: the country). */
export const OWN: Record<string, string[]> = { firma: ['signature'], tara: ['tare'] }
