// Round 90, tune90: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). Dutch, French and German B2B CRM, prospecting and sales-engagement tools'
// contact, lead and prospect exports (people at companies), headers in the product's UI language; one English
// LinkedIn-prospecting export (Dux-Soup, from the brief's pool).
import { B, v, B2BID, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

// dates in local time (Paris/Berlin/Amsterdam): "22.05.2024", "22.05.2024 14:31", "22/05/2024", "22-05-2024 14:31"
const cet = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return [4, 5, 6, 7, 8, 9].includes(m) ? 2 : 1 }
const deDay = (ms) => { const p = shift(ms, cet(ms)); return `${pad(p.d)}.${pad(p.m)}.${p.y}` }
const deMin = (ms) => { const p = shift(ms, cet(ms)); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}` }
const deSec = (ms) => { const p = shift(ms, cet(ms)); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const frDay = (ms) => { const p = shift(ms, cet(ms)); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const frMin = (ms) => { const p = shift(ms, cet(ms)); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const nlDay = (ms) => { const p = shift(ms, cet(ms)); return `${pad(p.d)}-${pad(p.m)}-${p.y}` }
const nlMin = (ms) => { const p = shift(ms, cet(ms)); return `${pad(p.d)}-${pad(p.m)}-${p.y} ${pad(p.H)}:${pad(p.M)}` }
const ymdHMS = (ms) => { const p = shift(ms, cet(ms)); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const day = 86400000
const slug = (s) => s.toLowerCase().replace(/ß/g, 'ss').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')
const li = (c) => `https://www.linkedin.com/in/${slug(c.first)}-${slug(c.last)}-${c.id.slice(0, 5)}`
const web = (c) => `www.${slug(c.company).slice(0, 14)}.${v.pick(() => 0.4, ['de', 'com', 'fr'])}`
const ja = (b) => (b ? 'Ja' : 'Nein')
const jn = (b) => (b ? 'Ja' : 'Nee')
const ouiNon = (b) => (b ? 'Oui' : 'Non')
const nlMobile = (r) => `06-${v.int(r, 10000000, 99999999)}`
const nlPhone = (r) => `0${v.pick(r, ['20', '10', '30', '40', '50'])}-${v.int(r, 1000000, 9999999)}`
const frPhone = (r) => `0${v.int(r, 1, 5)} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}`
const kvk = (r) => String(v.int(r, 10000000, 99999999))
const siren = (r) => `${v.int(r, 300, 899)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`
const ustId = (r) => `DE${v.int(r, 100000000, 999999999)}`
const JOBS_NL = ['Directeur', 'Inkoper', 'Salesmanager', 'Office manager', 'Projectleider', 'Marketingmanager', 'Eigenaar', 'Controller']
const JOBS_EN = ['Head of Sales', 'Marketing Manager', 'Founder & CEO', 'Procurement Lead', 'Operations Director', 'Business Development Manager']
const OWN_NL = ['Sanne de Boer', 'Jeroen Visser', 'Tess Smit']
const OWN_FR = ['Claire Martin', 'Julien Bernard', 'Sophie Laurent', 'Thomas Petit']
const OWN_DE = ['Jonas Becker', 'Laura Schulz', 'Tobias Wagner', 'Miriam Hoffmann']
const DEPT_DE = ['Einkauf', 'Geschäftsführung', 'Vertrieb', 'IT', 'Marketing', 'Buchhaltung']
const DEPT_FR = ['Direction', 'Achats', 'Commercial', 'Marketing', 'Informatique', 'Comptabilité']
const DEPT_NL = ['Directie', 'Inkoop', 'Verkoop', 'Marketing', 'ICT', 'Administratie']
const UK = [['Manchester', 'Greater Manchester', 'United Kingdom'], ['London', 'Greater London', 'United Kingdom'], ['Dublin', 'County Dublin', 'Ireland'], ['Leeds', 'West Yorkshire', 'United Kingdom'], ['Amsterdam', 'North Holland', 'Netherlands'], ['Berlin', 'Berlin', 'Germany']]
const INDUSTRY_EN = ['Information Technology & Services', 'Computer Software', 'Marketing & Advertising', 'Logistics & Supply Chain', 'Financial Services', 'Construction']
const fullNameNL = (c) => `${c.first} ${c.last}`

export const SETS = [
  // ---------------------------------------------------------------- Gripp (Relaties > Contactpersonen > Exporteren naar Excel)
  { name: 'gripp-contactpersonen-export-nl', product: 'Gripp (Relaties > Contactpersonen, lijst > Exporteren naar Excel, .xlsx, Dutch UI, a Dutch web agency\'s client contacts)', family: 'crm', language: 'nl', schema: B, cols: [
    ['ID', (c) => String(Number(c.id) % 9000 + 100), B2BID],
    ['Bedrijf', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Relatienummer', (c, o, r) => String(v.int(r, 1000, 1999)), ['b2b.accountID'], opt],
    ['Aanhef', (c) => (c.female ? 'Mevrouw' : 'De heer'), ['person.name.courtesyTitle']],
    ['Voornaam', (c) => c.first, ['person.name.firstName']],
    ['Voorletters', (c) => `${c.first[0]}.`, [], opt],
    ['Tussenvoegsel', (c, o, r) => v.pick(r, ['', '', '', 'van', 'de', 'van der']), ['person.name.middleName'], opt],
    ['Achternaam', (c) => c.last.replace(/^(van den|van|de) /, ''), ['person.name.lastName']],
    ['Functie', (c, o, r) => v.pick(r, JOBS_NL), ['extendedWorkDetails.jobTitle']],
    ['Afdeling', (c, o, r) => v.pick(r, DEPT_NL), ['extendedWorkDetails.departments[0]']],
    ['E-mailadres', (c) => c.workEmail, ['workEmail.address', 'personalEmail.address']],
    ['Telefoonnummer', (c, o, r) => nlPhone(r), ['workPhone.number']],
    ['Mobiel nummer', (c, o, r) => (r() < 0.7 ? nlMobile(r) : ''), ['mobilePhone.number']],
    ['Geboortedatum', (c, o, r) => (r() < 0.3 ? nlDay(c.birth) : ''), ['person.birthDate'], opt],
    ['Actief', (c, o, r) => jn(r() < 0.9), [], opt],
    ['Tags', (c, o, r) => v.pick(r, ['', 'Beslisser', 'Facturatie', 'Beslisser, Nieuwsbrief']), []],
    ['Accountmanager', (c, o, r) => v.pick(r, OWN_NL), []],
    ['Notities', (c, o, r) => v.pick(r, ['', '', 'Voorkeur voor contact per mail', 'Is na de zomer terug']), []],
    ['Aangemaakt op', (c) => nlMin(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Laatst gewijzigd', (c) => nlMin(c.created + 40 * day), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },

  // ---------------------------------------------------------------- Spinoffice CRM (Relaties > filter > Exporteer naar Excel)
  { name: 'spinoffice-relaties-export-nl', product: 'Spinoffice CRM (Relaties, relatielijst met filter > Exporteren > Excel/CSV, Dutch UI, a Dutch office-furniture wholesaler\'s business contacts, one row per contactpersoon)', family: 'crm', language: 'nl', schema: B, cols: [
    ['Relatienummer', (c, o, r) => String(v.int(r, 10000, 19999)), ['b2b.accountID'], opt],
    ['Relatietype', (c, o, r) => v.pick(r, ['Klant zakelijk', 'Klant zakelijk', 'Prospect', 'Leverancier']), ['b2b.personType'], opt],
    ['Bedrijfsnaam', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Contactpersoon ID', (c) => c.id, B2BID],
    ['Aanhef', (c) => (c.female ? 'Mevr.' : 'Dhr.'), ['person.name.courtesyTitle']],
    ['Voornaam', (c) => c.first, ['person.name.firstName']],
    ['Achternaam', (c) => c.last, ['person.name.lastName']],
    ['Functie', (c, o, r) => v.pick(r, JOBS_NL), ['extendedWorkDetails.jobTitle']],
    ['Bezoekadres', (c) => c.street, ['workAddress.street1']],
    ['Postcode', (c) => c.postcode, ['workAddress.postalCode']],
    ['Plaats', (c) => c.city, ['workAddress.city']],
    ['Land', (c) => c.countryName, ['workAddress.country']],
    ['Telefoon', (c, o, r) => nlPhone(r), ['workPhone.number']],
    ['Mobiel', (c, o, r) => (r() < 0.6 ? nlMobile(r) : ''), ['mobilePhone.number']],
    ['E-mail', (c) => c.workEmail, ['workEmail.address', 'personalEmail.address']],
    ['Website', (c) => web(c), ['b2b.companyWebsite']],
    ['KvK-nummer', (c, o, r) => kvk(r), []],
    ['Kenmerken', (c, o, r) => v.pick(r, ['', 'Nieuwsbrief', 'Kerstpakket', 'Nieuwsbrief; Beurs 2024']), []],
    ['Nieuwsbrief', (c) => jn(c.bool), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
    ['Accountmanager', (c, o, r) => v.pick(r, OWN_NL), []],
    ['Herkomst', (c, o, r) => v.pick(r, ['Website', 'Beurs', 'Telefonisch', 'Doorverwijzing', '']), ['b2b.personSource'], opt],
    ['Aangemaakt op', (c) => nlDay(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Gewijzigd op', (c) => nlDay(c.created + 90 * day), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },

  // ---------------------------------------------------------------- Tribe CRM (Relaties > Contactpersonen, weergave > Exporteren)
  { name: 'tribe-crm-contactpersonen-weergave-nl', product: 'Tribe CRM (Relaties > Contactpersonen, a saved weergave with contact and business-address columns > Exporteren naar Excel, Dutch UI, a Dutch IT-services firm)', family: 'crm', language: 'nl', schema: B, cols: [
    ['Organisatie', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Relatietype organisatie', (c, o, r) => v.pick(r, ['Klant', 'Klant', 'Lead', 'Partner']), ['b2b.personType'], opt],
    ['Naam', (c) => fullNameNL(c), ['person.name.fullName']],
    ['Voornaam', (c) => c.first, ['person.name.firstName']],
    ['Achternaam', (c) => c.last, ['person.name.lastName']],
    ['Geslacht', (c) => (c.female ? 'Vrouw' : 'Man'), ['person.gender'], opt],
    ['Functie', (c, o, r) => v.pick(r, JOBS_NL), ['extendedWorkDetails.jobTitle']],
    ['E-mailadres', (c) => c.workEmail, ['workEmail.address', 'personalEmail.address']],
    ['Telefoonnummer', (c, o, r) => nlPhone(r), ['workPhone.number']],
    ['Mobiel telefoonnummer', (c, o, r) => (r() < 0.75 ? nlMobile(r) : ''), ['mobilePhone.number']],
    ['Bezoekadres straat', (c) => c.street.replace(/ \d+$/, ''), ['workAddress.street1']],
    ['Bezoekadres huisnummer', (c) => c.street.replace(/^.* /, ''), [], opt],
    ['Bezoekadres postcode', (c) => c.postcode, ['workAddress.postalCode']],
    ['Bezoekadres plaats', (c) => c.city, ['workAddress.city']],
    ['Bezoekadres land', (c) => c.countryName, ['workAddress.country']],
    ['Eigenaar', (c, o, r) => v.pick(r, OWN_NL), []],
    ['Status', (c, o, r) => v.pick(r, ['Actief', 'Actief', 'Inactief']), [], opt],
    ['LinkedIn', (c, o, r) => (r() < 0.5 ? li(c) : ''), [], opt],
    ['Aangemaakt op', (c) => nlMin(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Aangemaakt door', (c, o, r) => v.pick(r, OWN_NL), ['extSourceSystemAudit.createdBy'], opt],
    ['Gewijzigd op', (c) => nlMin(c.created + 55 * day), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },

  // ---------------------------------------------------------------- Dux-Soup (Chrome extension: Dashboard > Download visit data .csv)
  { name: 'dux-soup-visit-data-csv', product: 'Dux-Soup (LinkedIn prospecting extension, Options/Dashboard > Download visit data as CSV, English UI, a UK B2B agency\'s profile visits)', family: 'b2b', language: 'en', schema: B, cols: [
    ['VisitTime', (c) => ymdHMS(c.created), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Profile', (c) => li(c), [], opt],
    ['SalesProfile', (c, o, r) => (r() < 0.4 ? `https://www.linkedin.com/sales/people/ACwAA${v.alnum(r, 22)},NAME_SEARCH` : ''), []],
    ['Picture', (c, o, r) => (r() < 0.7 ? `https://media.licdn.com/dms/image/C4E03AQ${v.alnum(r, 14)}/profile-displayphoto-shrink_100_100/0/` : ''), ['extendedWorkDetails.photoUrl'], opt],
    ['Degree', (c, o, r) => v.pick(r, ['2', '2', '3', '1']), []],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Middle Name', () => '', ['person.name.middleName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Summary', (c, o, r) => v.pick(r, ['', 'Helping SaaS teams scale outbound.', 'Supply chain leader | 15 yrs in logistics']), []],
    ['Title', (c, o, r) => v.pick(r, JOBS_EN), ['extendedWorkDetails.jobTitle']],
    ['From', (c, o, r) => v.pick(r, ['', 'University of Manchester', 'Trinity College Dublin']), []],
    ['Company', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['CompanyProfile', (c, o, r) => `https://www.linkedin.com/company/${v.int(r, 100000, 9999999)}`, []],
    ['CompanyWebsite', (c) => web(c), ['b2b.companyWebsite']],
    ['Industry', (c, o, r) => v.pick(r, INDUSTRY_EN), [], opt],
    ['Location', (c, o, r, i) => `${row(UK, i)[0]}, ${row(UK, i)[1]}, ${row(UK, i)[2]}`, [], opt],
    ['Email', (c, o, r) => (r() < 0.35 ? c.workEmail : ''), ['workEmail.address', 'personalEmail.address']],
    ['Phone', (c, o, r) => (r() < 0.15 ? `+44 20 ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)}` : ''), ['workPhone.number']],
    ['Twitter', (c, o, r) => (r() < 0.15 ? `@${slug(c.first)}${slug(c.last).slice(0, 4)}` : ''), []],
    ['Connections', (c, o, r) => v.pick(r, ['500+', String(v.int(r, 40, 499))]), []],
    ['Followers', (c, o, r) => String(v.int(r, 50, 9000)), []],
    ['My Tags', (c, o, r) => v.pick(r, ['', 'prospect', 'campaign-q2', 'prospect, event']), []],
    ['Id', (c, o, r) => String(v.int(r, 10000000, 999999999)), B2BID],
  ] },
  // ---------------------------------------------------------------- incwo (CRM > Contacts > Exporter la sélection, Excel)
  { name: 'incwo-contacts-export-fr', product: 'incwo (CRM > Contacts, liste filtrée > Exporter (Excel/CSV), French UI, a French industrial-supplies distributor\'s contacts at client and prospect companies)', family: 'crm', language: 'fr', schema: B, cols: [
    ['Id', (c) => String(Number(c.id) * 7), B2BID],
    ['Type', (c, o, r) => v.pick(r, ['Client', 'Client', 'Prospect', 'Fournisseur']), ['b2b.personType'], opt],
    ['Société', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Civilité', (c) => (c.female ? 'Mme' : 'M.'), ['person.name.courtesyTitle']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Fonction', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Service', (c, o, r) => v.pick(r, DEPT_FR), ['extendedWorkDetails.departments[0]']],
    ['Email', (c) => c.workEmail, ['workEmail.address', 'personalEmail.address']],
    ['Téléphone', (c, o, r) => frPhone(r), ['workPhone.number']],
    ['Portable', (c) => c.mobile, ['mobilePhone.number']],
    ['Fax', (c, o, r) => (r() < 0.15 ? frPhone(r) : ''), ['faxPhone.number']],
    ['Adresse', (c) => c.street, ['workAddress.street1']],
    ['Complément d\'adresse', (c, o, r) => (r() < 0.25 ? `Bât. ${v.pick(r, ['A', 'B', 'C'])}` : ''), ['workAddress.street2']],
    ['Code postal', (c) => c.postcode, ['workAddress.postalCode']],
    ['Ville', (c) => c.city, ['workAddress.city']],
    ['Pays', (c) => c.countryName, ['workAddress.country']],
    ['Origine', (c, o, r) => v.pick(r, ['Salon', 'Site web', 'Recommandation', 'Prospection téléphonique', '']), ['b2b.personSource'], opt],
    ['Commercial', (c, o, r) => v.pick(r, OWN_FR), []],
    ['Mots-clés', (c, o, r) => v.pick(r, ['', 'décideur', 'newsletter', 'décideur;salon 2024']), []],
    ['Newsletter', (c) => ouiNon(c.bool), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
    ['Remarques', (c, o, r) => v.pick(r, ['', '', 'Rappeler en septembre', 'Interlocuteur principal pour les devis']), []],
    ['Créé le', (c) => frDay(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Modifié le', (c) => frDay(c.created + 30 * day), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },

  // ---------------------------------------------------------------- Furious (CRM > Contacts > Export CSV)
  { name: 'furious-contacts-export-fr', product: 'Furious (Furious Squad project/CRM software: CRM > Contacts > Exporter, CSV, French UI, a French digital-services agency\'s client and prospect contacts)', family: 'crm', language: 'fr', schema: B, cols: [
    ['ID', (c) => c.id, B2BID],
    ['Civilité', (c) => (c.female ? 'Madame' : 'Monsieur'), ['person.name.courtesyTitle']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Entreprise', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Poste', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Email', (c) => c.workEmail, ['workEmail.address', 'personalEmail.address']],
    ['Téléphone fixe', (c, o, r) => frPhone(r), ['workPhone.number']],
    ['Téléphone mobile', (c) => c.mobile, ['mobilePhone.number']],
    ['Adresse', (c) => c.street, ['workAddress.street1']],
    ['Code postal', (c) => c.postcode, ['workAddress.postalCode']],
    ['Ville', (c) => c.city, ['workAddress.city']],
    ['Pays', (c) => c.countryName, ['workAddress.country']],
    ['Statut', (c, o, r) => v.pick(r, ['Prospect', 'Prospect', 'Client', 'Ancien client']), ['b2b.personStatus', 'b2b.personType'], opt],
    ['Source', (c, o, r) => v.pick(r, ['Inbound', 'LinkedIn', 'Apporteur d\'affaires', 'Salon', '']), ['b2b.personSource'], opt],
    ['Responsable', (c, o, r) => v.pick(r, OWN_FR), []],
    ['Étiquettes', (c, o, r) => v.pick(r, ['', 'VIP', 'Relance', 'VIP, Partenaire']), []],
    ['LinkedIn', (c, o, r) => (r() < 0.5 ? li(c) : ''), [], opt],
    ['Date de naissance', (c, o, r) => (r() < 0.2 ? frDay(c.birth) : ''), ['person.birthDate'], opt],
    ['Commentaire', (c, o, r) => v.pick(r, ['', '', 'Budget validé pour T3', 'Préfère être contacté par mail']), []],
    ['Date de création', (c) => frMin(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Date de modification', (c) => frMin(c.created + 21 * day), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },

  // ---------------------------------------------------------------- Humanlinker (Prospects > liste > Exporter en CSV)
  { name: 'humanlinker-prospects-export-fr', product: 'Humanlinker (sales-intelligence/prospecting tool: Listes > une liste de prospects > Exporter en CSV, French UI, a French SaaS vendor\'s SDR team)', family: 'b2b', language: 'fr', schema: B, cols: [
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Nom complet', (c) => `${c.first} ${c.last}`, ['person.name.fullName']],
    ['Poste', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Entreprise', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Site web de l\'entreprise', (c) => web(c), ['b2b.companyWebsite']],
    ['Secteur', (c, o, r) => v.pick(r, ['Logiciels', 'Services financiers', 'Industrie', 'Conseil', 'Distribution']), [], opt],
    ['Taille de l\'entreprise', (c, o, r) => v.pick(r, ['11-50', '51-200', '201-500', '501-1000', '1001-5000']), []],
    ['Email professionnel', (c, o, r) => (r() < 0.8 ? c.workEmail : ''), ['workEmail.address']],
    ['Statut de l\'email', (c, o, r) => v.pick(r, ['Vérifié', 'Vérifié', 'Catch-all', 'Non trouvé']), ['workEmail.status'], opt],
    ['Téléphone', (c, o, r) => (r() < 0.4 ? c.mobile : ''), ['mobilePhone.number', 'workPhone.number']],
    ['Profil LinkedIn', (c) => li(c), [], opt],
    ['Localisation', (c) => `${c.city}, ${c.region}, ${c.countryName}`, [], opt],
    ['Ville', (c) => c.city, ['workAddress.city']],
    ['Pays', (c) => c.countryName, ['workAddress.country']],
    ['Profil DISC', (c, o, r) => v.pick(r, ['Dominant', 'Influent', 'Stable', 'Consciencieux', '']), []],
    ['Score d\'affinité', (c, o, r) => String(v.int(r, 10, 98)), ['b2b.personScore'], opt],
    ['Liste', (c, o, r) => v.pick(r, ['DAF ETI Île-de-France', 'CMO Scale-ups', 'DSI Industrie']), []],
    ['Ajouté par', (c, o, r) => v.pick(r, OWN_FR), ['extSourceSystemAudit.createdBy'], opt],
    ['Date d\'ajout', (c) => frDay(c.created), ['extSourceSystemAudit.createdDate'], opt],
  ] },

  // ---------------------------------------------------------------- Idylis CRM (Traitements > Exports > fichier Prospects, CSV)
  { name: 'idylis-crm-export-prospects-fr', product: 'Idylis CRM (module CRM: Traitements > Exports > fichier multi-contacts « Prospects », contacts part of the export (one row per contact, with the fiche code), CSV, French UI, a French office-equipment reseller)', family: 'crm', language: 'fr', schema: B, cols: [
    ['Code fiche', (c, o, r) => `PRO${pad(v.int(r, 1, 9999), 5)}`, ['b2b.accountID'], opt],
    ['Raison sociale', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['N° contact', (c, o, r) => String(v.int(r, 1, 6)), [], opt],
    ['Civilité', (c) => (c.female ? 'Mme' : 'M.'), ['person.name.courtesyTitle']],
    ['Nom', (c) => c.last.toUpperCase(), ['person.name.lastName']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Fonction', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Service', (c, o, r) => v.pick(r, DEPT_FR), ['extendedWorkDetails.departments[0]']],
    ['Téléphone', (c, o, r) => frPhone(r), ['workPhone.number']],
    ['Portable', (c, o, r) => (r() < 0.6 ? c.mobile : ''), ['mobilePhone.number']],
    ['Télécopie', (c, o, r) => (r() < 0.2 ? frPhone(r) : ''), ['faxPhone.number']],
    ['E-mail', (c) => c.workEmail, ['workEmail.address', 'personalEmail.address']],
    ['Adresse 1', (c) => c.street, ['workAddress.street1']],
    ['Adresse 2', (c, o, r) => (r() < 0.2 ? `ZA des ${v.pick(r, ['Tilleuls', 'Grands Champs', 'Portes'])}` : ''), ['workAddress.street2']],
    ['Code postal', (c) => c.postcode, ['workAddress.postalCode']],
    ['Ville', (c) => c.city.toUpperCase(), ['workAddress.city']],
    ['Pays', (c) => c.countryName, ['workAddress.country']],
    ['SIRET', (c, o, r) => `${siren(r)} ${pad(v.int(r, 10, 99999), 5)}`, []],
    ['Code NAF', (c, o, r) => v.pick(r, ['4666Z', '6202A', '4690Z', '7022Z']), []],
    ['Origine', (c, o, r) => v.pick(r, ['Mailing', 'Salon', 'Site internet', 'Bouche à oreille']), ['b2b.personSource'], opt],
    ['Représentant', (c, o, r) => v.pick(r, ['REP01', 'REP02', 'REP04']), []],
    ['Date de création', (c) => frDay(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Date dernière action', (c) => frDay(c.created + 120 * day), ['extSourceSystemAudit.lastActivityDate'], opt],
  ] },
  // ---------------------------------------------------------------- combit CRM (Ansicht Kontakte > Daten > Exportieren, CSV)
  { name: 'combit-crm-kontakte-export-de', product: 'combit CRM (Ansicht Kontakte, gefilterte Liste > Daten > Exportieren > CSV, German UI, a German machine-parts supplier\'s contacts at customer companies; Land holds the ISO code as combit stores it)', family: 'crm', language: 'de', schema: B, cols: [
    ['Kontakt-ID', (c, o, r) => `{${v.uuid(r).toUpperCase()}}`, B2BID],
    ['Firma', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Anrede', (c) => (c.female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Titel', (c, o, r) => v.pick(r, ['', '', '', 'Dr.', 'Prof. Dr.']), [], opt],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Position', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Abteilung', (c, o, r) => v.pick(r, DEPT_DE), ['extendedWorkDetails.departments[0]']],
    ['Straße', (c) => c.street.replace(/ \d+$/, ''), ['workAddress.street1']],
    ['Hausnummer', (c) => c.street.replace(/^.* /, ''), [], opt],
    ['PLZ', (c) => c.postcode, ['workAddress.postalCode']],
    ['Ort', (c) => c.city, ['workAddress.city']],
    ['Land', (c) => c.countryCode, ['workAddress.countryCode']],
    ['Telefon', (c) => c.phone, ['workPhone.number']],
    ['Mobil', (c, o, r) => (r() < 0.7 ? c.mobile : ''), ['mobilePhone.number']],
    ['Fax', (c, o, r) => (r() < 0.2 ? c.phone.replace(/\d$/, '9') : ''), ['faxPhone.number']],
    ['E-Mail', (c) => c.workEmail, ['workEmail.address', 'personalEmail.address']],
    ['Internet', (c) => web(c), ['b2b.companyWebsite']],
    ['Geburtstag', (c, o, r) => (r() < 0.25 ? deDay(c.birth) : ''), ['person.birthDate'], opt],
    ['Betreuer', (c, o, r) => v.pick(r, OWN_DE), []],
    ['Status', (c, o, r) => v.pick(r, ['Aktiv', 'Aktiv', 'Inaktiv']), [], opt],
    ['Newsletter', (c) => ja(c.bool), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
    ['Erstellt am', (c) => deMin(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Erstellt von', (c, o, r) => v.pick(r, OWN_DE), ['extSourceSystemAudit.createdBy'], opt],
    ['Geändert am', (c) => deMin(c.created + 64 * day), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Geändert von', (c, o, r) => v.pick(r, OWN_DE), ['extSourceSystemAudit.lastUpdatedBy'], opt],
  ] },

  // ---------------------------------------------------------------- CURSOR-CRM (Ansprechpartner, Suchergebnis > Export nach Excel)
  { name: 'cursor-crm-ansprechpartner-export-de', product: 'CURSOR-CRM (Web Client: Ansprechpartner, Suchergebnis > Tabelle exportieren > Excel, German UI, a German energy-services company\'s contacts at business customers)', family: 'crm', language: 'de', schema: B, cols: [
    ['Ansprechpartner-Nr.', (c, o, r) => `AP-${v.int(r, 100000, 999999)}`, B2BID],
    ['Firma', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Firmen-Nr.', (c, o, r) => `F-${v.int(r, 10000, 99999)}`, ['b2b.accountID'], opt],
    ['Anrede', (c) => (c.female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Titel', (c, o, r) => v.pick(r, ['', '', 'Dr.', 'Dipl.-Ing.']), [], opt],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Name', (c) => c.last, ['person.name.lastName']],
    ['Briefanrede', (c) => (c.female ? `Sehr geehrte Frau ${c.last}` : `Sehr geehrter Herr ${c.last}`), []],
    ['Funktion', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Abteilung', (c, o, r) => v.pick(r, DEPT_DE), ['extendedWorkDetails.departments[0]']],
    ['Telefon', (c) => c.phone, ['workPhone.number']],
    ['Mobiltelefon', (c, o, r) => (r() < 0.6 ? c.mobile : ''), ['mobilePhone.number']],
    ['E-Mail', (c) => c.workEmail, ['workEmail.address', 'personalEmail.address']],
    ['Geburtsdatum', (c, o, r) => (r() < 0.3 ? deDay(c.birth) : ''), ['person.birthDate'], opt],
    ['Entscheider', (c, o, r) => ja(r() < 0.4), [], opt],
    ['Aktiv', (c, o, r) => ja(r() < 0.9), [], opt],
    ['Werbesperre', (c) => ja(!c.bool), ['b2b.personOptInOut.globalOptout'], opt],
    ['Verantwortlicher', (c, o, r) => v.pick(r, OWN_DE), []],
    ['Outlook-Abgleich', (c, o, r) => ja(r() < 0.3), []],
    ['Angelegt am', (c) => deDay(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Angelegt von', (c, o, r) => v.pick(r, ['JBECKER', 'LSCHULZ', 'ADMIN']), ['extSourceSystemAudit.createdBy'], opt],
    ['Geändert am', (c) => deDay(c.created + 75 * day), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Geändert von', (c, o, r) => v.pick(r, ['JBECKER', 'TWAGNER', 'MHOFFMANN']), ['extSourceSystemAudit.lastUpdatedBy'], opt],
  ] },

  // ---------------------------------------------------------------- PisaSales CRM (Kontakte, Liste > Export nach Excel)
  { name: 'pisasales-kontakte-export-de', product: 'PisaSales CRM (Kontakte/Ansprechpartner, Listenansicht > Exportieren > Excel, German UI, a German B2B software reseller\'s contacts and leads)', family: 'crm', language: 'de', schema: B, cols: [
    ['Kontakt-Nr.', (c, o, r) => String(v.int(r, 200000, 299999)), B2BID],
    ['Kunde', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Kunden-Nr.', (c, o, r) => String(v.int(r, 10000, 69999)), ['b2b.accountID'], opt],
    ['Anrede', (c) => (c.female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Akad. Titel', (c, o, r) => v.pick(r, ['', '', '', 'Dr.']), [], opt],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Position', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Abteilung', (c, o, r) => v.pick(r, DEPT_DE), ['extendedWorkDetails.departments[0]']],
    ['Telefon geschäftlich', (c) => c.phone, ['workPhone.number']],
    ['Mobiltelefon', (c, o, r) => (r() < 0.6 ? c.mobile : ''), ['mobilePhone.number']],
    ['E-Mail geschäftlich', (c) => c.workEmail, ['workEmail.address']],
    ['Straße', (c) => c.street, ['workAddress.street1']],
    ['PLZ', (c) => c.postcode, ['workAddress.postalCode']],
    ['Ort', (c) => c.city, ['workAddress.city']],
    ['Bundesland', (c) => c.region, ['workAddress.stateProvince', 'workAddress.state'], opt],
    ['Land', (c) => c.countryName, ['workAddress.country']],
    ['Sprache', (c, o, r) => v.pick(r, ['Deutsch', 'Deutsch', 'Englisch']), [], opt],
    ['Kontaktart', (c, o, r) => v.pick(r, ['Lead', 'Interessent', 'Kunde', 'Kunde']), ['b2b.personType', 'b2b.personStatus'], opt],
    ['Lead-Quelle', (c, o, r) => v.pick(r, ['Messe', 'Webformular', 'Webinar', 'Partner', '']), ['b2b.personSource'], opt],
    ['Lead-Score', (c, o, r) => String(v.int(r, 0, 100)), ['b2b.personScore']],
    ['Einwilligung E-Mail-Marketing', (c) => ja(c.bool), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
    ['Zuständiger Mitarbeiter', (c, o, r) => v.pick(r, OWN_DE), []],
    ['Letzte Aktivität', (c) => deDay(c.created + 200 * day), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Erstellt am', (c) => deSec(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Geändert am', (c) => deSec(c.created + 33 * day), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },

  // ---------------------------------------------------------------- co*pilot by ov2b (Einstellungen > Export > Kontakte, CSV in the import-file layout)
  { name: 'copilot-ov2b-kontakte-export-de', product: 'co*pilot (ov2b CRM: Einstellungen > Import/Export > Kontakte exportieren, UTF-8 CSV in the same camelCase layout as its contact-import file, German UI, a German regional IT-service company\'s people and their companies)', family: 'crm', language: 'de', schema: B, cols: [
    ['firstName', (c) => c.first, ['person.name.firstName']],
    ['lastName', (c) => c.last, ['person.name.lastName']],
    ['title', (c, o, r) => v.pick(r, ['', '', '', 'Dr.']), [], opt],
    ['salutation', (c) => (c.female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['gender', (c) => (c.female ? 'f' : 'm'), ['person.gender']],
    ['birthday', (c, o, r) => (r() < 0.3 ? deDay(c.birth) : ''), ['person.birthDate'], opt],
    ['memo', (c, o, r) => v.pick(r, ['', '', 'Ansprechpartner Wartungsvertrag', 'Bitte nur vormittags anrufen']), []],
    ['personPhone', (c, o, r) => (r() < 0.3 ? c.phone : ''), ['homePhone.number', 'workPhone.number'], opt],
    ['personMobile', (c) => c.mobile, ['mobilePhone.number']],
    ['personEmail', (c, o, r) => (r() < 0.3 ? c.email : ''), ['personalEmail.address']],
    ['company', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['department', (c, o, r) => v.pick(r, DEPT_DE), ['extendedWorkDetails.departments[0]']],
    ['position', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['companyStreet', (c) => c.street, ['workAddress.street1']],
    ['companyAddStreet', (c, o, r) => (r() < 0.2 ? `Haus ${v.pick(r, ['A', 'B', '2'])}` : ''), ['workAddress.street2']],
    ['companyZip', (c) => c.postcode, ['workAddress.postalCode']],
    ['companyCity', (c) => c.city, ['workAddress.city']],
    ['companyCountryIsoCode', (c) => c.countryCode, ['workAddress.countryCode']],
    ['companyPhone', (c) => c.phone, ['workPhone.number']],
    ['companyFax', (c, o, r) => (r() < 0.2 ? c.phone.replace(/\d$/, '0') : ''), ['faxPhone.number']],
    ['companyEmail', (c) => c.workEmail, ['workEmail.address']],
    ['companyUrl', (c) => `https://${web(c)}`, ['b2b.companyWebsite']],
    ['group1', (c, o, r) => v.pick(r, ['Kunden', 'Kunden', 'Interessenten', 'Partner']), ['b2b.personType'], opt],
    ['group2', (c, o, r) => v.pick(r, ['', '', 'Newsletter', 'Wartungsvertrag']), []],
    ['infoUst-Id', (c, o, r) => (r() < 0.5 ? ustId(r) : ''), []],
  ] },
]
