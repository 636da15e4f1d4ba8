/** Portuguese column vocabulary (keys lower-case without accents). */
export const WORDS: Record<string, string[]> = {
  navegador: ['browser'], prospecto: ['prospect'], dispositivo: ['device'], pagina: ['page'], referenciador: ['referrer'], campanha: ['campaign'], sessao: ['session'], transacao: ['transaction'], receita: ['total'], compra: ['purchase'], evento: ['event'],
  nome: ['name'], sobrenome: ['last', 'name'], apelido: ['last', 'name'], sexo: ['gender'], genero: ['gender'], nascimento: ['birth'],
  endereco: ['street'], logradouro: ['street'], rua: ['street'], complemento: ['street', '2'], bairro: ['district'], cidade: ['city'], municipio: ['city'], estado: ['state'], uf: ['state'],
  cep: ['postal', 'code'], pais: ['country'], telefone: ['phone'], celular: ['mobile', 'phone'], empresa: ['company'], cargo: ['job', 'title'], departamento: ['department'],
  cliente: ['customer'], comprador: ['customer'], numero: ['number'], cpf: ['tax', 'id'], cnpj: ['tax', 'id'], pedido: ['order'], venda: ['order'], data: ['date'], hora: ['time'],
  produto: ['product'], quantidade: ['quantity'], preco: ['price'], valor: ['amount'], total: ['total'], desconto: ['discount'], cupom: ['coupon'], imposto: ['tax'],
  frete: ['shipping'], entrega: ['shipping'], envio: ['shipping'], faturamento: ['billing'], cobranca: ['billing'], pagamento: ['payment'], moeda: ['currency'], forma: ['method'],
  cadastro: ['created'], criacao: ['created'], criado: ['created'], atualizacao: ['updated'], gasto: ['spend'], aceita: ['accept'], pontos: ['points'], nivel: ['tier'], cartao: ['card'], trabalho: ['work'], residencial: ['home'], comercial: ['work'],
  de: [], do: [], da: [], dos: [], das: [], e: [], o: [], a: [], para: [], por: [], com: [],
  titulo: ['title'], anuncio: ['product'], rastreamento: ['tracking'], rastreio: ['tracking'], transportadora: ['carrier'], codigo: ['code'], unidade: ['quantity'], descricao: ['description'], tarifa: ['fee'], unitario: ['unit'], referencia: ['reference'],
  resgatado: ['redeemed'], resgatados: ['redeemed'], utilizado: ['redeemed'], utilizados: ['redeemed'], programa: ['program'], largura: ['width'], altura: ['height'], adesao: ['join'],
  cancelado: ['cancel'], cancelamento: ['cancel'], telemovel: ['mobile', 'phone'], morada: ['street'], localidade: ['city'], distrito: ['state'], incluso: ['incl'],
  aniversario: ['birth', 'date'], idioma: ['language'], origem: ['source'],
  nacionalidade: ['nationality'], ultimo: ['last'], categoria: ['category'], reembolsado: ['refund'], aprovacao: ['paid'], aprovado: ['paid'], estorno: ['refund'], estornado: ['refund'], estornos: ['refund'], reembolso: ['refund'], motivo: ['reason'], devolucao: ['return'], visitante: ['visitor'], validade: ['expiry'], vencimento: ['expiry'], consentimento: ['opt', 'in'], linha: ['product'],
  visualizada: ['views'], visualizadas: ['views'], duracao: ['duration'], fidelidade: ['loyalty'], tipo: ['type'], saldo: ['balance'],
  taxa: ['fee'], liquido: ['net'],
  proximo: ['next'], membro: ['member'], socio: ['member'],
}

export const PHRASES: Record<string, string[]> = {
  'valido ate': ['expiry'],
  'sistema operacional': ['operating', 'system'], 'url da pagina': ['page', 'url'], 'titulo da pagina': ['page', 'name'], 'categoria do dispositivo': ['device', 'type'],
  'nome completo': ['full', 'name'], 'data de nascimento': ['birth', 'date'], 'valor do frete': ['shipping', 'amount'], 'forma de entrega': ['shipping', 'method'],
  'forma de pagamento': ['payment', 'method'], 'status do pedido': ['order', 'status'], 'status do pagamento': ['payment', 'status'], 'numero do pedido': ['order', 'number'],
  'total gasto': ['lifetime', 'spend'], 'data de cadastro': ['created'], 'subtotal de produtos': ['subtotal'], 'quantidade comprada': ['quantity'],
  'razao social': ['company', 'name'], 'codigo de rastreamento': ['tracking', 'number'], 'codigo de rastreio': ['tracking', 'number'], 'numero de rastreamento': ['tracking', 'number'], 'link de rastreamento': ['tracking', 'url'],
  'data e hora': ['timestamp'], 'data da venda': ['order', 'date'], 'data da compra': ['order', 'date'], 'data do pedido': ['order', 'date'], 'status da venda': ['order', 'status'], 'descricao do status': ['status', 'description'],
  'codigo postal': ['postal', 'code'],
  'estado civil': ['marital', 'status'], 'caixa postal': ['post', 'office', 'box'], 'fuso horario': ['timezone'],
  'taxa de rejeicao': ['bounce', 'rate'], 'inscricao estadual': ['registration'],
  'nome de usuario': ['login'], 'nome de utilizador': ['login'],
  'linha de endereco': ['street'], 'endereco linha': ['street'],
}

/** Portuguese words other languages read otherwise: "Tara" is a tare weight (Romanian: the country). */
export const OWN: Record<string, string[]> = { tara: ['tare'] }
