// Round 26, tune26: tune sets added in round 26, written blind (by a helper that never opened the suggester or a
// score). Same format as sets.mjs (sources in ../README.md).
import { P, E, B, v, f, HOME, WORK, ID, B2BID, OR, SHIP, BILL, PL, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

const ascii = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z.]/g, '')
// "1 234,56" (French amounts, narrow no-break space for thousands as Pennylane and HelloAsso write them), "1.234,56"
// (Brazilian and Italian amounts), "12.990" (Chilean pesos, no decimals)
const frMoney = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f')
const brMoney = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')
const clp = (n) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')
// dates: dd/MM/yyyy and dd/MM/yyyy HH:mm(:ss) in the product's local time (Paris +1, Brasília -3, Santiago -3,
// Rome +1), yyyy-MM-dd HH:mm:ss (Emailchef)
const dmy = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const dmyHm = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const dmyHms = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const hms = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ymdHms = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const DAY = 86400000
const cpf = (r) => `${v.int(r, 100, 999)}.${v.int(r, 100, 999)}.${v.int(r, 100, 999)}-${pad(v.int(r, 0, 99))}`
const cnpj = (r) => `${pad(v.int(r, 10, 99))}.${v.int(r, 100, 999)}.${v.int(r, 100, 999)}/0001-${pad(v.int(r, 0, 99))}`
const rut = (r) => `${v.int(r, 8, 24)}.${v.int(r, 100, 999)}.${v.int(r, 100, 999)}-${v.pick(r, ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'K'])}`

// local people, places and goods the shared generators lack
const FR_CO = ['Boulangerie Martin SARL', 'Atelier Dubois', 'Cabinet Leroy & Associés', 'Transports Moreau SAS', 'Studio Petit', 'Garage Durand SARL', 'Pharmacie du Centre']
const FR_INV = [['Prestation de conseil - mars', 1500], ['Maintenance site web', 480], ['Formation Excel (2 jours)', 1200], ['Abonnement logiciel annuel', 2388], ['Création logo et charte', 950], ['Audit comptable', 3200]]
const PLANITY_SERVICES = ['Coupe + brushing', 'Couleur racines', 'Balayage', 'Barbe', 'Manucure semi-permanent', 'Soin visage']
const BR_BAIRROS = ['Centro', 'Jardins', 'Copacabana', 'Savassi', 'Batel', 'Moinhos de Vento', 'Pinheiros']
const BR_JOBS = ['Analista de Marketing', 'Gerente Comercial', 'Desenvolvedor', 'Estudante', 'Diretora Financeira', 'Coordenador de RH', 'Autônomo']
const EDUZZ_PRODUCTS = [['1874521', 'Curso Completo de Confeitaria Lucrativa', 497], ['2033190', 'Mentoria Marketing Digital 360', 1997], ['1650877', 'E-book Receitas Low Carb', 47], ['2210456', 'Planilha Financeira Pessoal', 29.9], ['1988342', 'Curso de Inglês Fluente em 6 Meses', 697]]
const CL_PEOPLE = [['Sebastián', 'González'], ['Catalina', 'Muñoz'], ['Matías', 'Rojas'], ['Valentina', 'Díaz'], ['Benjamín', 'Soto'], ['Javiera', 'Contreras'], ['Joaquín', 'Silva'], ['Francisca', 'Sepúlveda']]
const CL_ADDR = [['Av. Providencia 1234, depto 502', 'Providencia', 'Región Metropolitana', '7500000'], ['Av. Apoquindo 4501', 'Las Condes', 'Región Metropolitana', '7550000'], ['Irarrázaval 2950, casa 3', 'Ñuñoa', 'Región Metropolitana', '7750000'], ['Av. Libertad 1020', 'Viña del Mar', 'Región de Valparaíso', '2520000'], ['Barros Arana 845', 'Concepción', 'Región del Biobío', '4030000'], ['Av. Alemania 0671', 'Temuco', 'Región de La Araucanía', '4780000']]
const FALABELLA_ITEMS = [['ZAP-RUN-42N', '882745120', 'Zapatillas Running Hombre Negro', 'Talla: 42', 39990], ['POL-ALG-M-AZ', '881230554', 'Polera Algodón Básica', 'Talla: M / Color: Azul', 9990], ['AUD-BT-300', '883990017', 'Audífonos Bluetooth Over-Ear', 'Color: Negro', 54990], ['SAR-TEF-28', '880154321', 'Sartén Antiadherente 28 cm', '', 19990], ['MOC-URB-20L', '884001239', 'Mochila Urbana 20L', 'Color: Gris', 24990]]
const IT_PROV = [['Milano', 'MI', '20121', 'Lombardia'], ['Roma', 'RM', '00184', 'Lazio'], ['Torino', 'TO', '10121', 'Piemonte'], ['Napoli', 'NA', '80133', 'Campania'], ['Bologna', 'BO', '40121', 'Emilia-Romagna'], ['Firenze', 'FI', '50122', 'Toscana']]

export const SETS = [
  // ---------------------------------------------------------------- invoicing (Pennylane, Factures clients > Exporter, French)
  { name: 'pennylane-factures-fr', product: 'Pennylane (Ventes > Factures clients > Exporter la liste en CSV/Excel, French)', family: 'crm', language: 'fr', schema: E, cols: [
    ['Numéro de facture', (c, o, r, i) => `F-2024-${pad(120 + i * 3, 4)}`, [OR('purchaseID'), '_id'], opt],
    ['Client', (c, o, r, i) => (i % 3 ? row(FR_CO, i) : c.full), []],
    ['Référence client', (c, o, r, i) => `CLI${pad(40 + (i % 7), 5)}`, [], opt],
    ['Date de facturation', (c, o) => dmy(o.at, 1), ['timestamp', OR('createdDate')], opt],
    ['Date d\'échéance', (c, o) => dmy(o.at + 30 * DAY, 1), []],
    ['Libellé', (c, o, r, i) => row(FR_INV, i)[0], [PL('name')], opt],
    ['Montant HT', (c, o, r, i) => frMoney(row(FR_INV, i)[1]), [], opt],
    ['Remise', (c, o, r, i) => (i % 5 === 0 ? frMoney(row(FR_INV, i)[1] * 0.1) : '0,00'), [OR('discountAmount')], opt],
    ['Montant TVA', (c, o, r, i) => frMoney(row(FR_INV, i)[1] * (i % 5 === 0 ? 0.9 : 1) * 0.2), [OR('taxAmount')]],
    ['Montant TTC', (c, o, r, i) => frMoney(row(FR_INV, i)[1] * (i % 5 === 0 ? 0.9 : 1) * 1.2), [OR('priceTotal')]],
    ['Devise', () => 'EUR', [OR('currencyCode')]],
    ['Statut', (c, o, r) => v.pick(r, ['Payée', 'Payée', 'À venir', 'En retard', 'Brouillon']), [], opt],
    ['Reste à payer', (c, o, r, i) => (r() < 0.35 ? frMoney(row(FR_INV, i)[1] * (i % 5 === 0 ? 0.9 : 1) * 1.2) : '0,00'), []],
    ['Date de paiement', (c, o, r) => (r() < 0.6 ? dmy(o.at + v.int(r, 3, 40) * DAY, 1) : ''), [], opt],
    ['Mode de paiement', (c, o, r) => v.pick(r, ['Virement', 'Virement', 'Prélèvement SEPA', 'Carte bancaire', 'Chèque']), [OR('payments[0].paymentType')], opt],
    ['Conditions de paiement', (c, o, r) => v.pick(r, ['30 jours', 'À réception', '45 jours fin de mois']), []],
    ['Catégorie', (c, o, r) => v.pick(r, ['Prestations de services', 'Ventes de logiciels', 'Formation']), [], opt],
    ['Email client', (c, o, r, i) => (i % 3 ? `compta@${ascii(row(FR_CO, i)).slice(0, 12)}.fr` : c.email), ['endUserIDs._experience.emailid.id'], opt],
    ['SIREN client', (c, o, r, i) => (i % 3 ? `${v.int(r, 300, 999)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}` : ''), []],
    ['N° TVA intracommunautaire', (c, o, r, i) => (i % 3 ? `FR${v.int(r, 10, 99)}${v.int(r, 300000000, 999999999)}` : ''), []],
    ['Adresse de facturation', (c) => c.street, [BILL('street1')]],
    ['Code postal de facturation', (c) => c.postcode, [BILL('postalCode')]],
    ['Ville de facturation', (c) => c.city, [BILL('city')]],
    ['Pays de facturation', () => 'France', [BILL('country')]],
    ['Numéro de devis', (c, o, r, i) => (i % 2 ? `D-2024-${pad(80 + i, 4)}` : ''), []],
    ['Lien public', (c, o, r) => `https://app.pennylane.com/public/invoice/pdf?encrypted_id=${v.alnum(r, 24)}`, []],
    ['Créée le', (c, o) => dmyHm(o.at - DAY, 1), [], opt],
  ] },

  // ---------------------------------------------------------------- CRM / salon clients (Planity Pro, Clients > Exporter, French)
  { name: 'planity-clients-fr', product: 'Planity Pro (logiciel de caisse et de réservation des salons: Clients > Exporter le fichier clients, French)', family: 'crm', language: 'fr', schema: P, cols: [
    ['Civilité', (c) => (c.female ? 'Mme' : 'M.'), ['person.name.courtesyTitle'], opt],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Téléphone mobile', (c) => c.mobile, ['mobilePhone.number']],
    ['Téléphone fixe', (c, o, r) => (r() < 0.25 ? c.phone : ''), ['homePhone.number']],
    ['Email', (c, o, r) => (r() < 0.8 ? c.email : ''), ['personalEmail.address']],
    ['Date de naissance', (c, o, r) => (r() < 0.45 ? dmy(c.birth) : ''), ['person.birthDate']],
    ['Adresse', (c, o, r) => (r() < 0.4 ? c.street : ''), at(HOME, 'street1')],
    ['Code postal', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Ville', (c) => c.city, at(HOME, 'city')],
    ['Client depuis le', (c) => dmy(c.created, 1), [], opt],
    ['Nombre de rendez-vous', (c, o, r) => String(v.int(r, 1, 60)), [], opt],
    ['Dernier rendez-vous', (c) => dmyHm(c.updated, 1), [], opt],
    ['Prochain rendez-vous', (c, o, r) => (r() < 0.3 ? dmyHm(c.updated + v.int(r, 5, 40) * DAY, 1) : ''), []],
    ['Rendez-vous non honorés', (c, o, r) => String(v.pick(r, [0, 0, 0, 0, 1, 2])), []],
    ['Prestation favorite', (c, o, r) => v.pick(r, PLANITY_SERVICES), []],
    ['Collaborateur préféré', (c, o, r) => v.pick(r, ['Sarah', 'Kevin', 'Inès', 'Aucun']), []],
    ['Total dépensé', (c, o, r) => frMoney(v.int(r, 3000, 250000) / 100), ['loyalty.lifetimePurchases'], opt],
    ['Points fidélité', (c, o, r) => String(v.int(r, 0, 400)), ['loyalty.points'], opt],
    ['Source', (c, o, r) => v.pick(r, ['Planity.com', 'Planity.com', 'Salon', 'Téléphone', 'Import']), [], opt],
    ['Accepte les SMS', (c) => (c.bool ? 'Oui' : 'Non'), [], opt],
    ['Accepte les emails', (c, o, r) => (r() < 0.5 ? 'Oui' : 'Non'), [], opt],
    ['Note', (c, o, r) => v.pick(r, ['', '', 'Cheveux fins, éviter le décolorant', 'Allergie PPD', 'Préfère le samedi matin']), []],
  ] },

  // ---------------------------------------------------------------- events (Weezevent, Participants > Exporter, French)
  { name: 'weezevent-participants-fr', product: 'Weezevent (WeezTicket back-office: Participants > Exporter la liste des participants, French)', family: 'events', language: 'fr', schema: P, cols: [
    ['ID participant', (c, o, r) => String(v.int(r, 100000000, 199999999)), ID, opt],
    ['Code-barres', (c, o, r) => String(v.int(r, 100000000000, 999999999999)), [], opt],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Tarif', (c, o, r) => v.pick(r, ['Plein tarif', 'Tarif réduit', 'Pass 2 jours', 'Invitation']), []],
    ['Montant', (c, o, r) => frMoney(v.pick(r, [25, 18, 42, 0])), []],
    ['Date d\'achat', (c, o) => dmyHm(o.at, 1), [], opt],
    ['N° de commande', (c, o) => String(30000000 + +o.id * 7), []],
    ['Moyen de paiement', (c, o, r) => v.pick(r, ['Carte bancaire', 'Carte bancaire', 'Guichet', 'Gratuit']), []],
    ['Statut', (c, o, r) => v.pick(r, ['Validé', 'Validé', 'Validé', 'Annulé', 'Remboursé']), [], opt],
    ['Contrôlé', (c, o, r) => (r() < 0.6 ? 'Oui' : 'Non'), []],
    ['Date de contrôle', (c, o, r) => (r() < 0.6 ? dmyHm(o.at + v.int(r, 2, 60) * DAY, 1) : ''), []],
    ['Nom acheteur', (c, o, r) => (r() < 0.7 ? c.last : v.last(r, 'fr')), [], opt],
    ['Prénom acheteur', (c, o, r) => (r() < 0.7 ? c.first : v.first(r, 'fr')), [], opt],
    ['Email acheteur', (c) => c.email, [], opt],
    ['Civilité', (c) => (c.female ? 'Madame' : 'Monsieur'), ['person.name.courtesyTitle'], opt],
    ['Téléphone portable', (c) => c.mobile, ['mobilePhone.number']],
    ['Date de naissance', (c) => dmy(c.birth), ['person.birthDate']],
    ['Adresse', (c) => c.street, at(HOME, 'street1')],
    ['Code postal', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Ville', (c) => c.city, at(HOME, 'city')],
    ['Pays', () => 'France', at(HOME, 'country')],
    ['Société', (c, o, r) => (r() < 0.3 ? c.company : ''), ['organizations[0]'], opt],
    ['Comment avez-vous connu l\'événement ?', (c, o, r) => v.pick(r, ['Réseaux sociaux', 'Bouche à oreille', 'Affichage', 'Radio']), []],
    ['Accepte de recevoir les informations de l\'organisateur', (c) => (c.bool ? 'Oui' : 'Non'), [], opt],
  ] },

  // ---------------------------------------------------------------- memberships (HelloAsso, campagne d'adhésion > Commandes > Exporter, French)
  { name: 'helloasso-commandes-fr', product: 'HelloAsso (espace association: campagne d\'adhésion > Commandes / Inscriptions > Exporter, French)', family: 'memberships', language: 'fr', schema: E, cols: [
    ['Référence commande', (c, o) => String(150000000 + +o.id * 97), [OR('purchaseID'), '_id']],
    ['Date de la commande', (c, o) => dmyHm(o.at, 1), ['timestamp', OR('createdDate')]],
    ['Statut de la commande', (c, o, r) => v.pick(r, ['Validé', 'Validé', 'Validé', 'Remboursé']), [], opt],
    ['Nom participant', (c) => c.last, []],
    ['Prénom participant', (c) => c.first, []],
    ['Nom payeur', (c, o, r) => (r() < 0.8 ? c.last : v.last(r, 'fr')), []],
    ['Prénom payeur', (c, o, r) => (r() < 0.8 ? c.first : v.first(r, 'fr')), []],
    ['Email payeur', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Raison sociale', (c, o, r) => (r() < 0.1 ? c.company : ''), []],
    ['Moyen de paiement', (c, o, r) => v.pick(r, ['Carte bancaire', 'Carte bancaire', 'Carte bancaire', 'Chèque', 'Espèces']), [OR('payments[0].paymentType')], opt],
    ['Billet', (c, o, r) => { const y = new Date(o.at).getUTCFullYear(); return v.pick(r, [`Adhésion ${y}-${y + 1}`, `Adhésion ${y}-${y + 1}`, `Adhésion + licence FFME ${y}-${y + 1}`]) }, [PL('name')], opt],
    ['Numéro de billet', (c, o, r) => String(v.int(r, 10000000, 99999999)), [], opt],
    ['Tarif', (c, o, r) => v.pick(r, ['Adulte', 'Adulte', 'Étudiant / demandeur d\'emploi', 'Jeune (-18 ans)', 'Famille']), [PL('name')], opt],
    ['Montant tarif', (c, o, r) => frMoney(v.pick(r, [95, 95, 60, 70, 180])), [PL('priceTotal'), OR('priceTotal')], opt],
    ['Code Promo', (c, o) => (o.discount ? 'REINSCRIPTION' : ''), ['commerce.promotionID'], opt],
    ['Montant code promo', (c, o) => (o.discount ? '10,00' : ''), [OR('discountAmount'), PL('discountAmount')], opt],
    ['Adresse payeur', (c) => c.street, [BILL('street1')]],
    ['Code Postal payeur', (c) => c.postcode, [BILL('postalCode')]],
    ['Ville payeur', (c) => c.city, [BILL('city')]],
    ['Pays payeur', () => 'France', [BILL('country')]],
    ['Date de naissance', (c) => dmy(c.birth), []],
    ['Téléphone', (c) => c.mobile, [], opt],
    ['Club', (c, o, r) => v.pick(r, ['Grimpe en Vercors', 'ESC Lyon Escalade', 'Vertical Nantes']), []],
    ['Numéro de licence FFME', (c, o, r) => (r() < 0.6 ? String(v.int(r, 100000, 999999)) : ''), []],
    ['Certificat médical', (c, o, r) => (r() < 0.7 ? 'Oui' : 'Non'), []],
  ] },
  // ---------------------------------------------------------------- events (Sympla, Participantes > Exportar lista, Portuguese, Brazil)
  { name: 'sympla-participantes-pt', product: 'Sympla (área do produtor: evento > Participantes > Exportar lista de participantes, Portuguese, Brazil)', family: 'events', language: 'pt', schema: P, cols: [
    ['Número do ingresso', (c, o, r) => `${v.alnum(r, 4).toUpperCase()}-${v.alnum(r, 2).toUpperCase()}-${v.alnum(r, 4).toUpperCase()}`, ID, opt],
    ['Número do pedido', (c, o, r) => v.alnum(r, 8).toUpperCase(), []],
    ['Data da compra', (c, o) => dmyHms(o.at, -3), [], opt],
    ['Nome', (c) => c.first, ['person.name.firstName']],
    ['Sobrenome', (c) => c.last, ['person.name.lastName']],
    ['E-mail', (c) => c.email, ['personalEmail.address']],
    ['Tipo de ingresso', (c, o, r) => v.pick(r, ['Inteira - 1º lote', 'Meia-entrada - 1º lote', 'Inteira - 2º lote', 'Cortesia']), []],
    ['Valor do ingresso', (c, o, r) => brMoney(v.pick(r, [120, 60, 150, 0])), []],
    ['Status do pedido', (c, o, r) => v.pick(r, ['Aprovado', 'Aprovado', 'Aprovado', 'Cancelado', 'Pendente']), [], opt],
    ['Forma de pagamento', (c, o, r) => v.pick(r, ['Cartão de crédito', 'Pix', 'Pix', 'Boleto', 'Gratuito']), []],
    ['Cupom de desconto', (c, o) => (o.discount ? 'AMIGOS10' : ''), []],
    ['Check-in', (c, o, r) => (r() < 0.55 ? 'Sim' : 'Não'), []],
    ['Data do check-in', (c, o, r) => (r() < 0.55 ? dmyHms(o.at + v.int(r, 3, 45) * DAY, -3) : ''), []],
    ['Nome do comprador', (c, o, r) => (r() < 0.75 ? c.full : `${v.first(r, 'pt')} ${v.last(r, 'pt')}`), [], opt],
    ['E-mail do comprador', (c) => c.email, [], opt],
    ['CPF', (c, o, r) => cpf(r), ['person.taxId'], opt],
    ['Telefone', (c) => c.mobile, ['mobilePhone.number', 'homePhone.number']],
    ['Data de nascimento', (c) => dmy(c.birth), ['person.birthDate']],
    ['Empresa', (c, o, r) => (r() < 0.5 ? c.company : ''), ['organizations[0]'], opt],
    ['Cargo', (c, o, r) => v.pick(r, BR_JOBS), []],
    ['Cidade', (c) => c.city, at(HOME, 'city'), opt],
    ['Estado', (c) => c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')], opt],
    ['Como ficou sabendo do evento?', (c, o, r) => v.pick(r, ['Instagram', 'Indicação de amigo', 'LinkedIn', 'E-mail']), []],
  ] },

  // ---------------------------------------------------------------- payments (Asaas, Cobranças > Exportar, Portuguese, Brazil)
  { name: 'asaas-cobrancas-pt', product: 'Asaas (conta digital: Cobranças > Exportar cobranças em planilha, Portuguese, Brazil)', family: 'payments', language: 'pt', schema: E, cols: [
    ['Identificador', (c, o, r) => `pay_${v.alnum(r, 16).toLowerCase()}`, [OR('payments[0].transactionID'), '_id']],
    ['Cliente', (c, o, r) => (r() < 0.7 ? c.full : `${c.last} ${v.pick(r, ['Comércio Ltda', 'Serviços ME', 'Tecnologia Ltda'])}`), []],
    ['CPF/CNPJ', (c, o, r) => (r() < 0.7 ? cpf(r) : cnpj(r)), [], opt],
    ['Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Celular', (c) => c.mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Descrição', (c, o, r) => v.pick(r, ['Mensalidade academia - março', 'Parcela 2 de 6 - curso', 'Assinatura plano Pro', 'Consultoria contábil']), []],
    ['Forma de pagamento', (c, o, r) => v.pick(r, ['Boleto Bancário', 'Pix', 'Pix', 'Cartão de Crédito']), [OR('payments[0].paymentType')], opt],
    ['Situação', (c, o, r) => v.pick(r, ['Recebida', 'Recebida', 'Confirmada', 'Aguardando pagamento', 'Vencida', 'Estornada']), [], opt],
    ['Valor', (c, o) => brMoney(o.total * 5), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Valor líquido', (c, o) => brMoney(o.total * 5 - 1.99), []],
    ['Desconto', (c, o) => (o.discount ? brMoney(o.discount * 5) : '0,00'), [OR('discountAmount')], opt],
    ['Juros', (c, o, r) => (r() < 0.15 ? brMoney(o.total * 0.05) : '0,00'), []],
    ['Multa', (c, o, r) => (r() < 0.15 ? brMoney(o.total * 0.1) : '0,00'), []],
    ['Data de criação', (c, o) => dmy(o.at, -3), ['timestamp', OR('createdDate')], opt],
    ['Vencimento', (c, o) => dmy(o.at + 7 * DAY, -3), []],
    ['Vencimento original', (c, o) => dmy(o.at + 7 * DAY, -3), []],
    ['Data de pagamento', (c, o, r) => (r() < 0.7 ? dmy(o.at + v.int(r, 0, 7) * DAY, -3) : ''), [], opt],
    ['Data de crédito', (c, o, r) => (r() < 0.6 ? dmy(o.at + v.int(r, 1, 32) * DAY, -3) : ''), []],
    ['Número da fatura', (c, o, r) => pad(v.int(r, 1000000, 9999999), 8), [OR('purchaseID')], opt],
    ['Link da fatura', (c, o, r) => `https://www.asaas.com/i/${v.alnum(r, 16).toLowerCase()}`, []],
    ['Nosso número', (c, o, r) => String(v.int(r, 10000000, 99999999)), [], opt],
    ['Referência externa', (c, o) => (+o.id % 3 ? `PED-${o.id}` : ''), [OR('purchaseID')], opt],
    ['Parcela', (c, o, r) => v.pick(r, ['', '', '1/3', '2/6', '4/10']), []],
    ['Endereço', (c) => c.street.split(',')[0], [BILL('street1')]],
    ['Número', (c) => c.street.split(', ')[1], [], opt],
    ['Complemento', (c, o, r) => (r() < 0.3 ? `Apto ${v.int(r, 11, 154)}` : ''), [BILL('street2')]],
    ['Bairro', (c, o, r) => v.pick(r, BR_BAIRROS), [], opt],
    ['CEP', (c) => c.postcode, [BILL('postalCode')]],
    ['Cidade', (c) => c.city, [BILL('city')]],
    ['Estado', (c) => c.region, [BILL('stateProvince'), BILL('state')]],
  ] },

  // ---------------------------------------------------------------- e-commerce orders of digital products (Eduzz, Minhas vendas > Exportar, Portuguese, Brazil)
  { name: 'eduzz-vendas-pt', product: 'Eduzz (Órbita / painel do produtor: Vendas > Minhas vendas > Exportar, Portuguese, Brazil)', family: 'ecommerce-orders', language: 'pt', schema: E, cols: [
    ['Fatura', (c, o, r) => String(v.int(r, 40000000, 89999999)), [OR('purchaseID'), '_id']],
    ['Data de criação', (c, o) => dmyHms(o.at, -3), ['timestamp', OR('createdDate')]],
    ['Data de pagamento', (c, o, r) => (r() < 0.8 ? dmyHms(o.at + v.int(r, 60, 86400) * 1000, -3) : ''), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['Paga', 'Paga', 'Paga', 'Aberta', 'Cancelada', 'Reembolsada']), [], opt],
    ['Código do produto', (c, o, r, i) => row(EDUZZ_PRODUCTS, i)[0], [PL('SKU'), PL('_id')], opt],
    ['Produto', (c, o, r, i) => row(EDUZZ_PRODUCTS, i)[1], [PL('name')]],
    ['Cliente', (c) => c.full, []],
    ['E-mail', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefone', (c) => c.mobile, [], opt],
    ['CPF/CNPJ', (c, o, r) => cpf(r), [], opt],
    ['Forma de pagamento', (c, o, r) => v.pick(r, ['Cartão de Crédito', 'Pix', 'Pix', 'Boleto']), [OR('payments[0].paymentType')], opt],
    ['Parcelas', (c, o, r) => String(v.pick(r, [1, 1, 1, 3, 6, 12])), []],
    ['Valor da venda', (c, o, r, i) => brMoney(row(EDUZZ_PRODUCTS, i)[2]), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Taxa Eduzz', (c, o, r, i) => brMoney(row(EDUZZ_PRODUCTS, i)[2] * 0.069 + 1), []],
    ['Comissão de afiliado', (c, o, r, i) => (+o.id % 3 === 0 ? brMoney(row(EDUZZ_PRODUCTS, i)[2] * 0.5) : '0,00'), []],
    ['Valor líquido', (c, o, r, i) => brMoney(row(EDUZZ_PRODUCTS, i)[2] * (+o.id % 3 === 0 ? 0.431 : 0.931) - 1), []],
    ['Afiliado', (c, o) => (+o.id % 3 === 0 ? 'Carla Mendes' : ''), []],
    ['Cupom', (c, o) => (o.discount ? 'DESCONTO20' : ''), ['commerce.promotionID'], opt],
    ['Moeda', () => 'BRL', [OR('currencyCode')]],
    ['Endereço', (c) => c.street, [BILL('street1')]],
    ['Bairro', (c, o, r) => v.pick(r, BR_BAIRROS), [], opt],
    ['Cidade', (c) => c.city, [BILL('city')]],
    ['Estado', (c) => c.region, [BILL('stateProvince'), BILL('state')]],
    ['CEP', (c) => c.postcode, [BILL('postalCode')]],
    ['País', () => 'Brasil', [BILL('country')]],
    ['utm_source', (c, o, r) => v.pick(r, ['', 'instagram', 'facebook', 'google']), [], opt],
    ['utm_medium', (c, o, r) => v.pick(r, ['', 'cpc', 'stories', 'bio']), [], opt],
    ['utm_campaign', (c, o, r) => v.pick(r, ['', 'lancamento-abril', 'black-friday']), ['marketing.campaignName', 'marketing.trackingCode'], opt],
    ['utm_content', (c, o, r) => v.pick(r, ['', 'video-1', 'carrossel']), [], opt],
  ] },

  // ---------------------------------------------------------------- payments (Transbank, Portal de Clientes: Ventas > Descargar, Spanish, Chile)
  { name: 'transbank-ventas-cl', product: 'Transbank (Portal de Clientes: Transacciones > Ventas > Descargar detalle en Excel, Spanish, Chile)', family: 'payments', language: 'es', seed: 'transbank-cl', schema: E, cols: [
    ['Fecha venta', (c, o) => dmy(o.at, -3), ['timestamp', OR('createdDate')], opt],
    ['Hora venta', (c, o) => hms(o.at, -3), [], opt],
    ['Código de comercio', (c, o, r) => `5970${v.int(r, 10000000, 99999999)}`, []],
    ['Nombre local', (c, o, r) => v.pick(r, ['TIENDA ONLINE', 'LOCAL PROVIDENCIA', 'LOCAL MALL PLAZA VESPUCIO']), []],
    ['Canal', (c, o, r) => v.pick(r, ['Webpay Plus', 'Webpay Plus', 'POS', 'Webpay Oneclick']), [], opt],
    ['Tipo de tarjeta', (c, o, r) => v.pick(r, ['Crédito', 'Débito', 'Débito', 'Prepago']), [OR('payments[0].paymentType')], opt],
    ['Marca', (c, o, r) => v.pick(r, ['Visa', 'Mastercard', 'Redcompra', 'American Express']), []],
    ['N° tarjeta', (c, o, r) => `XXXX XXXX XXXX ${v.int(r, 1000, 9999)}`, []],
    ['Tipo de cuota', (c, o, r) => v.pick(r, ['Venta normal', 'Venta normal', 'Cuotas sin interés', 'Cuotas normales']), []],
    ['N° cuotas', (c, o, r) => String(v.pick(r, [0, 0, 3, 6, 12])), []],
    ['Monto venta', (c, o) => clp(o.total * 1000), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Moneda', () => 'CLP', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Código autorización', (c, o, r) => String(v.int(r, 100000, 999999)), [], opt],
    ['Orden de compra', (c, o) => `OC-${100000 + +o.id}`, [OR('purchaseID')]],
    ['ID sesión', (c, o, r) => `ses_${v.alnum(r, 12)}`, [], opt],
    ['Token transacción', (c, o, r) => v.hex(r, 64), [OR('payments[0].transactionID'), '_id'], opt],
    ['Estado', (c, o, r) => v.pick(r, ['Aprobada', 'Aprobada', 'Aprobada', 'Rechazada', 'Anulada']), [], opt],
    ['Comisión', (c, o) => clp(o.total * 1000 * 0.0199), []],
    ['IVA comisión', (c, o) => clp(o.total * 1000 * 0.0199 * 0.19), []],
    ['Monto abono', (c, o) => clp(o.total * 1000 * (1 - 0.0199 * 1.19)), []],
    ['Fecha abono', (c, o) => dmy(o.at + 2 * DAY, -3), []],
  ] },
]
