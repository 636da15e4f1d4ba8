// Round 69, tune69: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). French, Spanish/Argentine, Italian and Brazilian emailing, SMS and marketing
// tools: contact, subscriber and campaign-activity exports, headers in the product's UI language.
import { E, B, P, v, at, HOME, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

// date formats
// "22/05/2024 14:31:07", "22/05/2024 14:31", "22/05/2024" (fr/es/it/pt, local time)
const dmyHMS = (ms, h = 1) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const dmyHM = (ms, h = 1) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const dmy = (ms, h = 1) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
// "2024-05-22 14:31:07" local
const ymdHMS = (ms, h = 1) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
// "22-05-2024 14:31" (Italian exports)
const dmyDashHM = (ms, h = 1) => { const p = shift(ms, h); return `${pad(p.d)}-${pad(p.m)}-${p.y} ${pad(p.H)}:${pad(p.M)}` }
const day = 86400000
const digits = (s) => s.replace(/\D/g, '')
// "33612345678" from "+33 6 12 34 56 78" (SMS gateways write numbers as bare international digits)
const msisdn = (s) => digits(s)
// "0612345678" (French national, no spaces)
const frNat = (s) => `0${digits(s).slice(2)}`
const eur = (n) => n.toFixed(3).replace('.', ',')
const ouiNon = (b) => (b ? 'Oui' : 'Non')
const siNo = (b) => (b ? 'Sí' : 'No')
const simNao = (b) => (b ? 'Sim' : 'Não')

// places, campaigns, messages
const SENDERS_FR = ['MAISONLUCE', 'BOULANGERIE', 'OPTIQ-ROUX', 'GARAGE2000', 'FLEURISTE']
const SMS_FR = ['MAISONLUCE : -20% sur toute la boutique ce week-end avec le code WEEK20. STOP au 36111', 'Votre RDV est confirmé le {date} à 10h. Répondez ANNULER pour annuler. STOP au 36111', 'Les soldes commencent demain ! Venez découvrir nos nouveautés en magasin. STOP au 36111', 'Votre commande est prête, retrait en magasin jusqu\'à samedi 19h. STOP au 36111']
const CAMP_FR = ['Soldes été 2024', 'Relance panier juin', 'Newsletter hebdo S23', 'Fête des pères', 'Invitation vente privée', 'Rappel RDV']
const CAMP_ES = ['Newsletter Mayo', 'Hot Sale 2024', 'Lanzamiento colección otoño', 'Cyber Monday', 'Día de la Madre', 'Bienvenida nuevos suscriptores']
const LINKS = ['https://www.tienda-ejemplo.com.ar/hot-sale', 'https://www.tienda-ejemplo.com.ar/coleccion/otono', 'https://www.tienda-ejemplo.com.ar/?utm_source=perfit&utm_medium=email', 'https://www.instagram.com/tiendaejemplo', 'https://www.tienda-ejemplo.com.ar/cuenta/desuscribir']
const AR_PROV = ['Buenos Aires', 'CABA', 'Córdoba', 'Santa Fe', 'Mendoza', 'Tucumán']
const ES_PROV = ['Madrid', 'Barcelona', 'Valencia', 'Sevilla', 'Málaga', 'Vizcaya']
const IT_PROV = ['MI', 'RM', 'TO', 'NA', 'BO', 'FI', 'VR']
const BR_UF = ['SP', 'RJ', 'MG', 'PR', 'RS', 'BA', 'SC']

export const SETS = [
  // ---------------------------------------------------------------- Emailvision Campaign Commander: member table export (fr)
  { name: 'emailvision-campaign-commander-membres-fr', product: 'Emailvision Campaign Commander (Données > Membres > Exporter la liste des membres, CSV ";", interface en français; a French fashion retailer\'s newsletter base; columns are the member-table field names)', family: 'email', language: 'fr', schema: P, cols: [
    ['MEMBER_ID', (c, o, r) => String(v.int(r, 1e9, 4e9)), ['_id', 'personID']],
    ['EMAIL', (c) => c.email, ['personalEmail.address']],
    ['EMAIL_FORMAT', (c, o, r) => v.pick(r, ['1', '1', '1', '2']), []],
    ['TITLE', (c) => (c.female ? 'Mme' : 'M.'), ['person.name.courtesyTitle']],
    ['FIRSTNAME', (c) => c.first, ['person.name.firstName']],
    ['LASTNAME', (c) => c.last, ['person.name.lastName']],
    ['DATEOFBIRTH', (c) => dmy(c.birth, 0), ['person.birthDate'], opt],
    ['EMVCELLPHONE', (c) => msisdn(c.mobile), ['mobilePhone.number']],
    ['ADDRESS', (c) => c.street, at(HOME, 'street1')],
    ['ZIPCODE', (c) => c.postcode, at(HOME, 'postalCode')],
    ['CITY', (c) => c.city, at(HOME, 'city')],
    ['COUNTRY', (c) => c.countryCode, at(HOME, 'countryCode')],
    ['CLIENTURN', (c) => c.id, ['_id', 'personID'], opt],
    ['SOURCE', (c, o, r) => v.pick(r, ['SITE', 'MAGASIN', 'JEU-CONCOURS', 'IMPORT']), [], opt],
    ['CODE', (c, o, r) => (r() < 0.5 ? `CLI${v.int(r, 10000, 99999)}` : ''), [], opt],
    ['SEGMENT', (c, o, r) => v.pick(r, ['VIP', 'ACTIF', 'INACTIF', 'PROSPECT']), [], opt],
    ['SEED', () => '0', []],
    ['DATEJOIN', (c) => dmyHMS(c.created), [], opt],
    ['DATEUNJOIN', (c, o, r) => (r() < 0.15 ? dmyHMS(c.updated) : ''), [], opt],
    ['DATEMODIF', (c) => dmyHMS(c.updated), [], opt],
    ['EMVADMIN1', (c, o, r) => v.pick(r, ['', '', 'Boutique Lyon', 'Boutique Lille']), []],
    ['EMVADMIN2', () => '', []],
    ['EMAIL_ORIGINE', (c, o, r) => (r() < 0.2 ? c.email.toUpperCase() : ''), [], opt],
    ['EMVHARDBOUNCE', (c, o, r) => (r() < 0.05 ? '1' : '0'), ['personalEmail.status'], opt],
  ] },

  // ---------------------------------------------------------------- Teenvio: contacts export of a B2B list (es)
  { name: 'teenvio-contactos-exportar-es', product: 'Teenvio (Contactos > Grupos > Exportar contactos, CSV ";", interfaz en español; a Spanish industrial supplier\'s list of buyers at client companies)', family: 'email', language: 'es', schema: B, cols: [
    ['Email', (c) => c.workEmail, ['workEmail.address', 'personalEmail.address']],
    ['Nombre', (c) => c.first, ['person.name.firstName']],
    ['Apellido 1', (c) => c.last, ['person.name.lastName']],
    ['Apellido 2', (c, o, r) => v.pick(r, ['García', 'López', 'Fernández', 'Iglesias', 'Castro', '']), [], opt],
    ['Sexo', (c) => (c.female ? 'Mujer' : 'Hombre'), ['person.gender']],
    ['Empresa', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Cargo', (c, o, r) => v.pick(r, ['Responsable de compras', 'Director gerente', 'Jefe de mantenimiento', 'Técnico de calidad', 'Administración']), ['extendedWorkDetails.jobTitle']],
    ['Departamento', (c, o, r) => v.pick(r, ['Compras', 'Dirección', 'Mantenimiento', 'Calidad', '']), ['extendedWorkDetails.departments[0]'], opt],
    ['Teléfono', (c) => c.phone, ['workPhone.number']],
    ['Móvil', (c) => c.mobile, ['mobilePhone.number']],
    ['Dirección', (c) => c.street, at(['workAddress'], 'street1')],
    ['Código postal', (c) => c.postcode, at(['workAddress'], 'postalCode')],
    ['Localidad', (c) => c.city, at(['workAddress'], 'city')],
    ['Provincia', (c, o, r, i) => row(ES_PROV, i), at(['workAddress'], 'stateProvince').concat(at(['workAddress'], 'state'))],
    ['País', (c) => c.countryName, at(['workAddress'], 'country')],
    ['Web', (c) => `www.${c.company.toLowerCase().replace(/[^a-z]/g, '')}.es`, ['b2b.companyWebsite']],
    ['CIF', (c, o, r) => `B${v.int(r, 10000000, 99999999)}`, [], opt],
    ['Grupos', (c, o, r) => v.pick(r, ['Clientes', 'Clientes|Feria Metalmadrid', 'Distribuidores']), []],
    ['Estado', (c, o, r) => v.pick(r, ['Activo', 'Activo', 'Activo', 'Baja', 'Rebotado']), ['workEmail.status'], opt],
    ['Fecha alta', (c) => dmyHMS(c.created, 2), ['extSourceSystemAudit.createdDate'], opt],
    ['Fecha modificación', (c) => dmyHMS(c.updated, 2), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Origen', (c, o, r) => v.pick(r, ['Importación', 'Formulario', 'API']), ['b2b.personSource'], opt],
    ['Observaciones', (c, o, r) => v.pick(r, ['', '', 'Pide catálogo 2025', 'Visitar en junio']), []],
  ] },

  // ---------------------------------------------------------------- Primotexto: SMS contacts export (fr)
  { name: 'primotexto-contacts-sms-fr', product: 'Primotexto (Contacts > Listes > Exporter la liste, CSV, interface en français; a French restaurant chain\'s SMS loyalty list)', family: 'marketing', language: 'fr', schema: P, cols: [
    ['Numéro', (c) => msisdn(c.mobile), ['mobilePhone.number']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Date de naissance', (c) => dmy(c.birth, 0), ['person.birthDate'], opt],
    ['Ville', (c) => c.city, at(HOME, 'city')],
    ['Code postal', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Liste', (c, o, r) => v.pick(r, ['Clients fidèles', 'Inscrits borne', 'Jeu concours été']), []],
    ['Date d\'ajout', (c) => dmyHM(c.created), [], opt],
    ['Désinscrit', (c, o, r) => ouiNon(r() < 0.1), ['mobilePhone.status'], opt],
    ['Date de désinscription', (c, o, r) => (r() < 0.1 ? dmyHM(c.updated) : ''), [], opt],
    ['Champ 1', (c, o, r) => v.pick(r, ['Restaurant Nantes', 'Restaurant Rennes', '']), []],
    ['Champ 2', () => '', []],
  ] },

  // ---------------------------------------------------------------- SMSMode: contacts export (fr)
  { name: 'smsmode-carnet-contacts-fr', product: 'sms mode (Carnet d\'adresses > Contacts > Exporter, CSV ";", interface en français; an optician\'s SMS reminder base)', family: 'marketing', language: 'fr', schema: P, cols: [
    ['Identifiant', (c) => c.id, ['_id', 'personID'], opt],
    ['Numéro de mobile', (c) => frNat(c.mobile), ['mobilePhone.number']],
    ['Civilité', (c) => (c.female ? 'Mme' : 'M.'), ['person.name.courtesyTitle']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Date de naissance', (c) => dmy(c.birth, 0), ['person.birthDate'], opt],
    ['Société', (c, o, r) => (r() < 0.2 ? c.company : ''), [], opt],
    ['Adresse', (c) => c.street, at(HOME, 'street1')],
    ['Code postal', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Ville', (c) => c.city, at(HOME, 'city')],
    ['Groupes', (c, o, r) => v.pick(r, ['Clients', 'Clients|Renouvellement 2024', 'Prospects']), []],
    ['Date de création', (c) => dmyHMS(c.created), [], opt],
    ['Dernière modification', (c) => dmyHMS(c.updated), [], opt],
    ['Désabonné', (c, o, r) => ouiNon(r() < 0.08), ['mobilePhone.status'], opt],
    ['Info 1', (c, o, r) => v.pick(r, ['Progressifs', 'Lentilles', 'Solaires', '']), []],
    ['Info 2', (c, o, r) => (r() < 0.4 ? dmy(c.updated + 365 * day, 0) : ''), []],
  ] },

  // ---------------------------------------------------------------- Octopush: SMS campaign delivery report (fr)
  { name: 'octopush-rapport-campagne-sms-fr', product: 'Octopush (Historique > Campagnes > Détail > Exporter le rapport, CSV ";", interface en français; a French flower shop\'s promotional SMS campaign)', family: 'marketing', language: 'fr', schema: E, cols: [
    ['Référence campagne', (c, o, r) => `api${v.int(r, 110000000000, 119999999999)}`, ['marketing.trackingCode'], opt],
    ['Nom de la campagne', (c, o, r, i) => row(CAMP_FR, i), ['marketing.campaignName']],
    ['Date d\'envoi', (c, o) => dmyHMS(o.at), ['timestamp']],
    ['Expéditeur', (c, o, r, i) => row(SENDERS_FR, i), []],
    ['Numéro', (c) => `+${msisdn(c.mobile)}`, ['endUserIDs._experience.phonenumberid.id']],
    ['Prénom', (c) => c.first, [], opt],
    ['Nom', (c) => c.last, [], opt],
    ['Pays', (c) => c.countryCode, [], opt],
    ['Opérateur', (c, o, r) => v.pick(r, ['Orange', 'SFR', 'Bouygues Telecom', 'Free Mobile']), ['environment.carrier']],
    ['Type', (c, o, r) => v.pick(r, ['SMS Premium', 'SMS Premium', 'SMS LowCost']), [], opt],
    ['Message', (c, o, r, i) => row(SMS_FR, i).replace('{date}', dmy(o.at + 2 * day)), []],
    ['Nb SMS', (c, o, r) => String(v.int(r, 1, 2)), [], opt],
    ['Coût (€)', (c, o, r) => eur(v.pick(r, [0.055, 0.055, 0.11, 0.035])), []],
    ['Statut', (c, o, r) => v.pick(r, ['Délivré', 'Délivré', 'Délivré', 'Transmis', 'Non délivré', 'Expiré', 'En attente', 'Blacklisté']), [], opt],
    ['Date de réception', (c, o, r) => (r() < 0.85 ? dmyHMS(o.at + v.int(r, 2, 60) * 1000) : ''), [], opt],
    ['Code erreur', (c, o, r) => (r() < 0.1 ? v.pick(r, ['001', '006', '041']) : ''), [], opt],
    ['Réponse', (c, o, r) => (r() < 0.05 ? 'STOP' : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- EnvíaloSimple: contacts export (es, Argentina)
  { name: 'envialosimple-contactos-exportar-es', product: 'EnvíaloSimple (Contactos > Listas > Exportar contactos, CSV, interfaz en español; an Argentine bookshop\'s newsletter base)', family: 'email', language: 'es', schema: P, cols: [
    ['ID', (c) => c.id, ['_id', 'personID'], opt],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Nombre', (c) => c.first, ['person.name.firstName']],
    ['Apellido', (c) => c.last, ['person.name.lastName']],
    ['Sexo', (c) => (c.female ? 'F' : 'M'), ['person.gender']],
    ['Fecha de Nacimiento', (c) => dmy(c.birth, 0), ['person.birthDate'], opt],
    ['Teléfono', (c, o, r) => `+54 9 11 ${v.int(r, 5000, 6999)}-${pad(v.int(r, 0, 9999), 4)}`, ['mobilePhone.number', 'homePhone.number']],
    ['Provincia', (c, o, r, i) => row(AR_PROV, i), at(HOME, 'stateProvince').concat(at(HOME, 'state'))],
    ['Ciudad', (c, o, r) => v.pick(r, ['Buenos Aires', 'La Plata', 'Rosario', 'Córdoba', 'Mendoza']), at(HOME, 'city')],
    ['Estado', (c, o, r) => v.pick(r, ['Activo', 'Activo', 'Activo', 'Desuscripto', 'Rebotado']), ['personalEmail.status'], opt],
    ['Listas', (c, o, r) => v.pick(r, ['Clientes', 'Clientes, Novedades', 'Web']), []],
    ['Origen', (c, o, r) => v.pick(r, ['Formulario web', 'Importación', 'Manual']), [], opt],
    ['Fecha de alta', (c) => dmyHM(c.created, -3), [], opt],
    ['Última modificación', (c) => dmyHM(c.updated, -3), [], opt],
    ['IP de suscripción', (c, o, r) => (r() < 0.6 ? v.ip4(r) : ''), []],
  ] },

  // ---------------------------------------------------------------- Perfit: campaign activity export (es, Argentina)
  { name: 'perfit-actividad-campana-es', product: 'Perfit (Campañas > campaña enviada > Reporte > Exportar actividad, CSV, interfaz en español; an Argentine online shop\'s email campaign)', family: 'email', language: 'es', schema: E, cols: [
    ['Campaña', (c, o, r, i) => row(CAMP_ES, i), ['marketing.campaignName']],
    ['ID Campaña', (c, o, r) => String(v.int(r, 100, 999)), ['marketing.trackingCode'], opt],
    ['Email', (c) => c.email, ['endUserIDs._experience.emailid.id']],
    ['Nombre', (c) => c.first, [], opt],
    ['Apellido', (c) => c.last, [], opt],
    ['Acción', (c, o, r) => v.pick(r, ['Apertura', 'Apertura', 'Click', 'Rebote', 'Desuscripción']), ['eventType'], opt],
    ['Fecha', (c, o) => dmyHMS(o.at, -3), ['timestamp']],
    ['Link', (c, o, r) => (r() < 0.4 ? v.pick(r, LINKS) : ''), ['web.webInteraction.URL']],
    ['Dispositivo', (c, o, r) => v.pick(r, ['Mobile', 'Desktop', 'Tablet']), ['device.type']],
    ['Sistema operativo', (c, o, r) => v.pick(r, ['Android', 'iOS', 'Windows', 'Mac OS X']), ['environment.operatingSystem']],
    ['Navegador', (c, o, r) => v.pick(r, ['Chrome', 'Safari', 'Gmail App', 'Outlook']), ['environment.browserDetails.name']],
    ['IP', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['País', (c, o, r) => v.pick(r, ['Argentina', 'Argentina', 'Uruguay']), [], opt],
    ['Ciudad', (c, o, r) => v.pick(r, ['Buenos Aires', 'Córdoba', 'Rosario', 'Montevideo']), [], opt],
  ] },

  // ---------------------------------------------------------------- Esendex España: sent messages report (es)
  { name: 'esendex-mensajes-enviados-es', product: 'Esendex España (Informes > Mensajes enviados > Exportar a CSV, interfaz en español; a Spanish clinic\'s appointment reminders)', family: 'marketing', language: 'es', schema: E, cols: [
    ['Id. del mensaje', (c, o, r) => v.uuid(r), ['_id'], opt],
    ['Cuenta', (c, o, r) => `EX${v.int(r, 1000000, 1999999)}`, []],
    ['Enviado por', (c, o, r) => v.pick(r, ['recepcion@clinica-ejemplo.es', 'API']), []],
    ['Fecha de envío', (c, o) => dmyHM(o.at, 2), ['timestamp']],
    ['Remitente', () => 'ClinicaSol', []],
    ['Destinatario', (c) => msisdn(c.mobile), ['endUserIDs._experience.phonenumberid.id']],
    ['Nombre del contacto', (c, o, r) => (r() < 0.7 ? c.full : ''), [], opt],
    ['Mensaje', (c, o) => `Le recordamos su cita el ${dmy(o.at + 2 * day, 2)} a las 10:30. Para anularla responda NO.`, []],
    ['Tipo', () => 'SMS', [], opt],
    ['Partes', (c, o, r) => String(v.int(r, 1, 2)), [], opt],
    ['Estado', (c, o, r) => v.pick(r, ['Entregado', 'Entregado', 'Entregado', 'Enviado', 'Fallido']), [], opt],
    ['Fecha de entrega', (c, o, r) => (r() < 0.8 ? dmyHM(o.at + 60000, 2) : ''), [], opt],
    ['Motivo del fallo', (c, o, r) => (r() < 0.08 ? v.pick(r, ['Número no válido', 'Teléfono apagado']) : ''), [], opt],
    ['Referencia', (c, o, r) => (r() < 0.5 ? `CITA-${v.int(r, 10000, 99999)}` : ''), [], opt],
    ['Créditos', (c, o, r) => String(v.int(r, 1, 2)), []],
  ] },

  // ---------------------------------------------------------------- Altiria: address book export (es)
  { name: 'altiria-agenda-contactos-es', product: 'Altiria (Agenda > Contactos > Exportar, CSV ";", interfaz en español; a Spanish gym chain\'s SMS member list)', family: 'marketing', language: 'es', schema: P, cols: [
    ['Teléfono', (c) => digits(c.mobile), ['mobilePhone.number']],
    ['Nombre', (c) => c.first, ['person.name.firstName']],
    ['Apellidos', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['DNI', (c, o, r) => `${v.int(r, 10000000, 99999999)}${v.pick(r, ['T', 'R', 'W', 'A', 'G', 'M'])}`, ['person.taxId'], opt],
    ['Fecha nacimiento', (c) => dmy(c.birth, 0), ['person.birthDate'], opt],
    ['Dirección', (c) => c.street, at(HOME, 'street1')],
    ['CP', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Localidad', (c) => c.city, at(HOME, 'city')],
    ['Provincia', (c, o, r, i) => row(ES_PROV, i), at(HOME, 'stateProvince').concat(at(HOME, 'state'))],
    ['Grupo', (c, o, r) => v.pick(r, ['Socios', 'Socios Premium', 'Bajas 2024']), []],
    ['Alta', (c) => dmy(c.created, 2), [], opt],
    ['Baja publicidad', (c, o, r) => siNo(r() < 0.1), ['mobilePhone.status'], opt],
    ['Campo libre 1', (c, o, r) => v.pick(r, ['Centro Norte', 'Centro Sur', 'Centro Playa']), []],
    ['Campo libre 2', () => '', []],
  ] },

  // ---------------------------------------------------------------- Skebby: address book export (it)
  { name: 'skebby-rubrica-contatti-it', product: 'Skebby (Rubrica > Contatti > Esporta, CSV, interfaccia in italiano; an Italian pharmacy\'s SMS customer list)', family: 'marketing', language: 'it', schema: P, cols: [
    ['Cellulare', (c) => `+${msisdn(c.mobile)}`, ['mobilePhone.number']],
    ['Nome', (c) => c.first, ['person.name.firstName']],
    ['Cognome', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Sesso', (c) => (c.female ? 'F' : 'M'), ['person.gender']],
    ['Data di nascita', (c) => dmy(c.birth, 0), ['person.birthDate'], opt],
    ['Indirizzo', (c) => c.street, at(HOME, 'street1')],
    ['Città', (c) => c.city, at(HOME, 'city')],
    ['CAP', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Provincia', (c, o, r, i) => row(IT_PROV, i), at(HOME, 'stateProvince').concat(at(HOME, 'state'))],
    ['Gruppi', (c, o, r) => v.pick(r, ['Clienti', 'Clienti;Tessera fedeltà', 'Promo estate']), []],
    ['Campo personalizzato 1', (c, o, r) => (r() < 0.5 ? `TF${v.int(r, 100000, 999999)}` : ''), [], opt],
    ['Campo personalizzato 2', () => '', []],
    ['Data inserimento', (c) => dmyDashHM(c.created, 2), [], opt],
    ['Disiscritto', (c, o, r) => (r() < 0.07 ? 'Sì' : 'No'), ['mobilePhone.status'], opt],
  ] },

  // ---------------------------------------------------------------- Contactlab: user statistics report (it; field names as documented)
  { name: 'contactlab-statistiche-utenti-it', product: 'Contactlab (Controlla > gestione utenti > statistiche utenti, report CSV scaricato da my contactlab > downloads, interfaccia in italiano; an Italian fashion retailer\'s newsletter activity, one row per event)', family: 'email', language: 'it', schema: E, cols: [
    ['recipient', (c) => c.email, ['endUserIDs._experience.emailid.id']],
    ['mailqID', (c, o, r) => String(v.int(r, 1e8, 9e8)), ['_id'], opt],
    ['userID', (c) => c.id, [], opt],
    ['deliveryID', (c, o, r) => String(v.int(r, 40000, 49999)), ['marketing.trackingCode'], opt],
    ['deliveryStatus', (c, o, r) => v.pick(r, ['1', '1', '1', '1', '-1', '-5']), [], opt],
    ['deliveryDate', (c, o) => ymdHMS(o.at - 3600000, 2), [], opt],
    ['actionType', (c, o, r) => v.pick(r, ['v', 'v', 'c', 'c', 'b', 'o', 'l']), ['eventType'], opt],
    ['actionDate', (c, o) => ymdHMS(o.at, 2), ['timestamp']],
    ['actionIP', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['actionClassification', (c, o, r) => v.pick(r, ['0', '0', '1', '3']), []],
    ['actionRefID', (c, o, r) => (r() < 0.4 ? String(v.int(r, 1, 12)) : '0'), ['web.webInteraction.linkClicks.id'], opt],
  ] },

  // ---------------------------------------------------------------- Locaweb Email Marketing: contacts export (pt, Brazil)
  { name: 'locaweb-email-marketing-contatos-pt', product: 'Locaweb Email Marketing (Contatos > Listas > Exportar contatos, CSV, interface em português; a Brazilian cosmetics shop\'s newsletter base)', family: 'email', language: 'pt', schema: P, cols: [
    ['E-mail', (c) => c.email, ['personalEmail.address']],
    ['Nome', (c) => c.full, ['person.name.fullName']],
    ['Data de nascimento', (c) => dmy(c.birth, 0), ['person.birthDate'], opt],
    ['Sexo', (c) => (c.female ? 'Feminino' : 'Masculino'), ['person.gender']],
    ['Celular', (c) => c.mobile, ['mobilePhone.number']],
    ['Telefone', (c, o, r) => (r() < 0.4 ? c.phone : ''), ['homePhone.number']],
    ['CPF', (c, o, r) => `${v.int(r, 100, 999)}.${v.int(r, 100, 999)}.${v.int(r, 100, 999)}-${pad(v.int(r, 0, 99))}`, ['person.taxId'], opt],
    ['Cidade', (c) => c.city, at(HOME, 'city')],
    ['Estado', (c, o, r, i) => row(BR_UF, i), at(HOME, 'stateProvince').concat(at(HOME, 'state'))],
    ['CEP', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Listas', (c, o, r) => v.pick(r, ['Clientes', 'Clientes; Promoções', 'Cadastro site']), []],
    ['Status', (c, o, r) => v.pick(r, ['Ativo', 'Ativo', 'Ativo', 'Descadastrado', 'Bounce']), ['personalEmail.status'], opt],
    ['Origem', (c, o, r) => v.pick(r, ['Importação', 'Formulário', 'API']), [], opt],
    ['Aceita receber e-mails', (c, o, r) => simNao(r() < 0.9), [], opt],
    ['Data de cadastro', (c) => dmyHMS(c.created, -3), [], opt],
    ['Última atualização', (c) => dmyHMS(c.updated, -3), [], opt],
  ] },
]
