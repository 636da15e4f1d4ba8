/** Portuguese column vocabulary (keys lower-case without accents). */
export const WORDS: Record<string, string[]> = {
  // (round 84: a service sold, serviço, as "Produto/Serviço" writes it)
  servico: ['service'], servicos: ['service'],
  // the contract, policy or receipt an export's rows are (context.ts: its number is the event's record, as an order's)
  contrato: ['contract'], apolice: ['policy'], recibo: ['receipt'],
  // the plan or tariff subscribed to and the vehicle hired or sold: the goods of a subscription's, utility's or rental's export (context.ts)
  plano: ['plan'], veiculo: ['vehicle'],
  // a school's pupil or student (aluno, estudante) is the person the record is about; a mother's or father's column another person's
  aluno: ['customer'], aluna: ['customer'], estudante: ['customer'], mae: ['parent'], pai: ['parent'],
  // a sales platform's offer (Hotmart's, Kiwify's "Oferta": the price plan a product is sold under) names no product
  oferta: ['offer'],
  reserva: ['order'], marcacao: ['order'], doacao: ['order'],
  // a person ("Pessoa de Contacto": the contact person)
  pessoa: ['person'],
  // an SMS or WhatsApp platform's message log ("Mensagem", "Remetente", "Segmentos")
  mensagem: ['message'], mensagens: ['message'], remetente: ['originator'], segmento: ['segment'], segmentos: ['segment'],
  // ("Pontos acumulados": the points ever earned)
  acumulados: ['earned'], acumulado: ['earned'],
  // ("Pontos expirados": the points that lapsed; "Pontos a expirar": those about to)
  expirados: ['expired'], expirado: ['expired'], expiradas: ['expired'], expirar: ['expiry'],
  identificador: ['id'],
  navegador: ['browser'], prospecto: ['prospect'], dispositivo: ['device'], pagina: ['page'], referenciador: ['referrer'], campanha: ['campaign'], sessao: ['session'], transacao: ['transaction'], receita: ['total'], compra: ['purchase'], evento: ['event'],
  nome: ['name'], sobrenome: ['last', 'name'], apelido: ['last', 'name'], sexo: ['gender'], genero: ['gender'], nascimento: ['birth'],
  endereco: ['street'], logradouro: ['street'], rua: ['street'], complemento: ['street', '2'], bairro: ['district'], cidade: ['city'], municipio: ['city'], estado: ['state'], uf: ['state'],
  cep: ['postal', 'code'], pais: ['country'], telefone: ['phone'], celular: ['mobile', 'phone'], empresa: ['company'], cargo: ['job', 'title'], departamento: ['department'],
  cliente: ['customer'], comprador: ['customer'], hospede: ['customer'], paciente: ['customer'], pagador: ['billing'], numero: ['number'], cpf: ['tax', 'id'], cnpj: ['tax', 'id'], pedido: ['order'], venda: ['order'], data: ['date'], hora: ['time'],
  produto: ['product'], quantidade: ['quantity'], preco: ['price'], valor: ['amount'], total: ['total'], desconto: ['discount'], cupom: ['coupon'], imposto: ['tax'],
  frete: ['shipping'], entrega: ['shipping'], envio: ['shipping'], faturamento: ['billing'], cobranca: ['billing'], pagamento: ['payment'], moeda: ['currency'], forma: ['method'],
  cadastro: ['created'], criacao: ['created'], criado: ['created'], atualizacao: ['updated'], gasto: ['spend'], aceita: ['accept'], pontos: ['points'], nivel: ['tier'], cartao: ['card'], trabalho: ['work'], residencial: ['home'], comercial: ['work'],
  de: [], do: [], da: [], dos: [], das: [], e: [], o: [], a: [], para: [], por: [], com: [],
  titulo: ['title'], anuncio: ['product'], rastreamento: ['tracking'], rastreio: ['tracking'], transportadora: ['carrier'], codigo: ['code'], unidade: ['quantity'], descricao: ['description'], tarifa: ['fee'], unitario: ['unit'], referencia: ['reference'],
  resgatado: ['redeemed'], resgatados: ['redeemed'], utilizado: ['redeemed'], utilizados: ['redeemed'], programa: ['program'], largura: ['width'], altura: ['height'], adesao: ['join'],
  cancelado: ['cancel'], cancelamento: ['cancel'], anulacao: ['cancel'], anulado: ['cancel'], anulada: ['cancel'], telemovel: ['mobile', 'phone'], morada: ['street'], localidade: ['city'], distrito: ['state'], incluso: ['incl'], incluido: ['incl'], ingresso: ['ticket'], ingressos: ['ticket'], incluida: ['incl'], montante: ['amount'], seguimento: ['tracking'],
  aniversario: ['birth', 'date'], idioma: ['language'], origem: ['source'],
  nacionalidade: ['nationality'], ultimo: ['last'], categoria: ['category'], reembolsado: ['refund'], aprovacao: ['paid'], aprovado: ['paid'], estorno: ['refund'], estornado: ['refund'], estornos: ['refund'], reembolso: ['refund'], motivo: ['reason'], devolucao: ['return'], visitante: ['visitor'], validade: ['expiry'], vencimento: ['expiry'], consentimento: ['opt', 'in'], linha: ['product'],
  visualizada: ['views'], visualizadas: ['views'], duracao: ['duration'], fidelidade: ['loyalty'], tipo: ['type'], saldo: ['balance'],
  taxa: ['fee'], liquido: ['net'],
  proximo: ['next'], membro: ['member'], socio: ['member'],
  // everyday words of shop, CRM, newsletter, loyalty and analytics exports (Nuvemshop, Tray, Bling, VTEX, Shopify, RD Station; Portugal: Moloni, InvoiceXpress)
  tratamento: ['courtesy', 'title'], concelho: ['city'], freguesia: ['district'], faturacao: ['billing'], funcao: ['job', 'title'], contribuinte: ['tax', 'id'], contato: ['contact'], contacto: ['contact'], utilizador: ['user'], usuario: ['user'],
  encomenda: ['order'], artigo: ['product'], qtd: ['quantity'], qtde: ['quantity'], cupao: ['coupon'], portes: ['shipping', 'amount'], custo: ['price'], meio: ['method'], situacao: ['status'], pago: ['paid'],
  criada: ['created'], atualizado: ['updated'], atualizada: ['updated'], modificado: ['updated'], modificacao: ['updated'], inscrito: ['opt', 'in'], inscrita: ['opt', 'in'], assinante: ['customer'], descadastrado: ['opt', 'out'], descadastrada: ['opt', 'out'],
  etiqueta: ['tag'], etiquetas: ['tag'], expiracao: ['expiry'], tela: ['screen'], ecra: ['screen'], resolucao: ['resolution'], observacao: ['note'], observacoes: ['note'], comentario: ['note'], comentarios: ['note'], nota: ['note'], notas: ['note'],
  recompensa: ['loyalty'], recompensas: ['loyalty'], em: [], na: [],
  tamanho: ['size'], cor: ['color'], peso: ['weight'], estoque: ['stock'], stock: ['stock'], loja: ['store'], localizacao: ['location'], visualizacoes: ['views'], variacao: ['variant'], variante: ['variant'],
  padrao: [],
  sessoes: ['visits'], novo: ['new'], novos: ['new'], nova: ['new'], novas: ['new'],
  midia: ['medium'],
  atividade: ['activity'], solicitante: ['customer'], proprietario: ['owner'], responsavel: ['owner'],
  primeira: ['first'], primeiro: ['first'], avaliacao: ['score'], indicado: ['referral'], indicacao: ['referral'], receber: [], vendedor: ['seller'], grupo: ['group'],
  // the taker of a service on a Brazilian service invoice (E-mail do tomador) is the customer; ISS is its service tax
  tomador: ['customer'], iss: ['tax'],
}

export const PHRASES: Record<string, string[]> = {
  // a purchase's value (a points partner's "Valor Compra": what the customer spent) is the order's total
  'valor da compra': ['order', 'total'], 'valor de compra': ['order', 'total'], 'valor compra': ['order', 'total'],
  // a company's legal representative (a Brazilian company list's contact person)
  'representante legal': ['contact'],
  // an invoice's or a bill's issue date ("Data de emissão" of a boleto, an NF-e) is when the record was made, as en.ts reads "Issue Date"
  'data de emissao': ['created', 'date'], 'data emissao': ['created', 'date'],
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
  'primeiro nome': ['first', 'name'], 'nome do meio': ['middle', 'name'], 'segundo nome': ['middle', 'name'], 'endereco de e mail': ['email'], 'endereco de email': ['email'], 'endereco eletronico': ['email'], 'endereco ip': ['ip'],
  'telefone celular': ['mobile', 'phone'], 'numero de celular': ['mobile', 'phone'], 'numero de telemovel': ['mobile', 'phone'], 'telefone movel': ['mobile', 'phone'], 'telefone fixo': ['phone'], 'codigo do pais': ['country', 'code'],
  'codigo do cliente': ['customer', 'id'], 'codigo cliente': ['customer', 'id'], 'id do cliente': ['customer', 'id'], 'id cliente': ['customer', 'id'], 'numero do cliente': ['customer', 'id'], 'numero de cliente': ['customer', 'id'],
  'id do contato': ['contact', 'id'], 'id do contacto': ['contact', 'id'], 'id do usuario': ['user', 'id'], 'id do utilizador': ['user', 'id'],
  'number do pedido': ['order', 'number'], 'numero da encomenda': ['order', 'number'], 'number da encomenda': ['order', 'number'], 'id do pedido': ['order', 'id'], 'id da encomenda': ['order', 'id'],
  'estado da encomenda': ['order', 'status'], 'estado do pedido': ['order', 'status'], 'status da encomenda': ['order', 'status'], 'data da encomenda': ['order', 'date'], 'nota fiscal': ['billing'],
  'nome do produto': ['product', 'name'], 'codigo do produto': ['sku'], 'codigo produto': ['sku'], 'preco unitario': ['unit', 'price'], 'valor unitario': ['unit', 'price'], 'total do item': ['product', 'total'],
  'valor total': ['total'], 'valor liquido': ['net'], 'codigo do cupom': ['coupon', 'code'], 'codigo de desconto': ['coupon', 'code'], 'codigo do cupao': ['coupon', 'code'], 'valor do desconto': ['discount', 'amount'], 'valor do imposto': ['tax', 'amount'],
  'custo de envio': ['shipping', 'amount'], 'custo do frete': ['shipping', 'amount'], 'taxa de entrega': ['shipping', 'amount'], 'portes de envio': ['shipping', 'amount'],
  'metodo de pagamento': ['payment', 'method'], 'meio de pagamento': ['payment', 'method'], 'id da transacao': ['transaction', 'id'], 'id de transacao': ['transaction', 'id'], 'valor reembolsado': ['refund', 'amount'],
  'data de criacao': ['created', 'date'], 'data de atualizacao': ['updated', 'date'], 'inscrito na newsletter': ['opt', 'in'], 'saldo de pontos': ['points'], 'membro desde': ['join', 'date'], 'socio desde': ['join', 'date'],
  'data de expiracao': ['expiry', 'date'], 'data de validade': ['expiry', 'date'], 'resolucao de tela': ['screen', 'resolution'], 'resolucao do ecra': ['screen', 'resolution'],
  'contagem de eventos': ['event', 'count'], 'numero de pedidos': ['order', 'count'], 'classe de tela': ['screen', 'class'], 'caminho da pagina': ['page', 'path'], 'pagina de destino': ['landing', 'page'], 'origem midia': ['source', 'medium'],
  'id do registro': ['record', 'id'], 'ultimo acesso': ['last', 'login'], 'ultima atividade': ['last', 'activity'],
  // a landmark of the address and the mother's name (Brazilian forms) are neither a reference nor the customer's name
  'ponto de referencia': [], 'nome da mae': [], 'canal de venda': ['channel'], 'preco de venda': ['price'], 'ticket medio': ['average', 'basket'],
}

/** Brazilian exports' "Ramal" alone is a phone's extension (elsewhere a branch line) */
export const ALONE: Record<string, string[]> = { ramal: ['extension'], matricula: ['customer', 'id'] }

/** Portuguese words other languages read otherwise: "Tara" is a tare weight (Romanian: the country). */
export const OWN: Record<string, string[]> = { tara: ['tare'] }
