// Round 43, tune43: tune sets written blind (never having opened the suggester or seen a score). Same format as
// sets.mjs (sources in ../README.md).
import { P, E, B, v, f, HOME, WORK, B2BID, OR, SHIP, BILL, GEO, PL, at, opt } from './sets.mjs'
import { pad, parts, row } from './values.mjs'

// local formatters
const money = (n) => n.toFixed(2).replace('.', ',')
const dmyHms = (ms) => { const p = parts(ms); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const frTime = (ms) => { const p = parts(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const isoOff = (ms, h) => { const p = parts(ms + h * 3600000); return `${p.y}-${pad(p.m)}-${pad(p.d)}T${pad(p.H)}:${pad(p.M)}:${pad(p.S)}+0${h}:00` }
const fiTime = (ms) => { const p = parts(ms + 2 * 3600000); return `${p.d}.${p.m}.${p.y} ${p.H}:${pad(p.M)}` }
const ascii = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ø/g, 'o').replace(/æ/g, 'ae').replace(/[^a-z]/g, '')

// local people and places the shared generators lack
const FI = [['Aino', 'Virtanen'], ['Mikko', 'Korhonen'], ['Laura', 'Mäkinen'], ['Juha', 'Nieminen'], ['Emilia', 'Hämäläinen'], ['Ville', 'Laine'], ['Sanna', 'Heikkinen'], ['Antti', 'Koskinen']]
const FI_ADDR = [['Mannerheimintie 12 B 8', '00100', 'Helsinki'], ['Hämeenkatu 25', '33200', 'Tampere'], ['Aurakatu 6 A 3', '20100', 'Turku'], ['Isokatu 30', '90100', 'Oulu'], ['Kauppakatu 14', '40100', 'Jyväskylä']]
const SE = [['Anna', 'Andersson'], ['Erik', 'Johansson'], ['Maria', 'Karlsson'], ['Lars', 'Nilsson'], ['Karin', 'Eriksson'], ['Johan', 'Larsson'], ['Sofia', 'Olsson'], ['Anders', 'Persson']]
const SE_CO = [['Nordvik Bygg AB', '556123-4567'], ['Fjällström Konsult AB', '556234-5678'], ['Solberga Logistik AB', '556345-6789'], ['Vasa Data AB', '556456-7890'], ['Ekholm & Söner AB', '556567-8901']]
const SE_ADDR = [['Drottninggatan 45', '111 21', 'Stockholm'], ['Kungsportsavenyen 10', '411 36', 'Göteborg'], ['Stortorget 3', '211 22', 'Malmö'], ['Storgatan 18', '753 20', 'Uppsala'], ['Vasagatan 7', '722 15', 'Västerås']]
const SE_TITLES = ['VD', 'Inköpschef', 'Ekonomichef', 'IT-chef', 'Marknadschef', 'Säljare']
const NO = [['Ingrid', 'Hansen'], ['Ole', 'Johansen'], ['Kari', 'Olsen'], ['Lars', 'Larsen'], ['Silje', 'Andersen'], ['Henrik', 'Pedersen'], ['Nora', 'Nilsen'], ['Magnus', 'Berg']]
const NO_CO = ['Fjordkraft Service AS', 'Bergen Elektro AS', 'Nordlys Regnskap AS', 'Trondheim Marin AS', 'Oslo Eiendomsdrift AS']
const FR_CO = [['Menuiserie Dubois', '41235678900012'], ['Studio Lefèvre', '52311456700024'], ['Boulangerie du Port', '80244567800017'], ['Cabinet Moreau Conseil', '43877123400031'], ['Atelier Petit SARL', '79911234500019']]
const CARRIERS = [['PostNL', 'PostNL Standaard 0-23kg', '3SPNL'], ['DHL', 'DHL For You Dropoff', 'JVGL'], ['DPD', 'DPD Home', '0534'], ['bpost', 'bpost bpack 24h Pro', '3232'], ['UPS', 'UPS Standard', '1Z']]

export const SETS = [
  // ---------------------------------------------------------------- CRM / invoicing (easybill, Kunden > Exportieren, German)
  { name: 'easybill-kunden', product: 'easybill (Kunden > Kunden exportieren, CSV, German)', family: 'crm', language: 'de', schema: B, cols: [
    ['Kundennummer', (c, o, r, i) => String(10000 + i * 7 + v.int(r, 1, 6)), B2BID],
    ['Kundengruppe', (c, o, r) => v.pick(r, ['', 'Großkunden', 'Händler', 'Privatkunden']), []],
    ['Firma', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Anrede', (c) => (c.female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle', 'person.gender'], opt],
    ['Titel', (c, o, r) => v.pick(r, ['', '', '', 'Dr.', 'Prof. Dr.']), ['person.name.courtesyTitle'], opt],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Straße', (c) => c.street, at([...WORK, ...HOME], 'street1')],
    ['Adresszusatz', (c, o, r) => v.pick(r, ['', '', 'Hinterhaus', '2. OG', 'c/o Empfang']), at([...WORK, ...HOME], 'street2')],
    ['PLZ', (c) => c.postcode, at([...WORK, ...HOME], 'postalCode')],
    ['Ort', (c) => c.city, at([...WORK, ...HOME], 'city')],
    ['Land', () => 'DE', [...at([...WORK, ...HOME], 'countryCode'), ...at([...WORK, ...HOME], 'country')]],
    ['E-Mail', (c) => c.workEmail, ['workEmail.address', 'personalEmail.address']],
    ['Telefon', (c) => c.phone, ['workPhone.number']],
    ['Mobil', (c, o, r) => (r() < 0.6 ? c.mobile : ''), ['mobilePhone.number']],
    ['Fax', (c, o, r) => (r() < 0.3 ? c.phone.replace(/\d$/, '9') : ''), ['faxPhone.number']],
    ['Internet', (c) => `www.${ascii(c.company)}.de`, []],
    ['USt-IdNr.', (c, o, r) => (r() < 0.7 ? `DE${v.int(r, 100000000, 999999999)}` : ''), ['person.taxId'], opt],
    ['Steuernummer', (c, o, r) => (r() < 0.4 ? `${v.int(r, 10, 99)}/${v.int(r, 100, 999)}/${v.int(r, 10000, 99999)}` : ''), ['person.taxId'], opt],
    ['Geburtstag', (c, o, r) => (r() < 0.3 ? f.de(c.birth) : ''), ['person.birthDate']],
    ['Zahlungsziel (Tage)', (c, o, r) => v.pick(r, ['14', '14', '30', '7']), []],
    ['Rabatt', (c, o, r) => v.pick(r, ['0,00', '0,00', '3,00', '5,00']), []],
    ['IBAN', (c, o, r) => (r() < 0.5 ? `DE${v.int(r, 10, 99)} ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)} ${v.int(r, 10, 99)}` : ''), []],
    ['Bemerkung', (c, o, r) => v.pick(r, ['', '', 'Rechnung nur per E-Mail', 'Ansprechpartner Buchhaltung']), []],
    ['Erstellt am', (c) => f.de(c.created), ['extSourceSystemAudit.createdDate'], opt],
  ] },

  // ---------------------------------------------------------------- email tools (Evalanche, Profile > Pool exportieren, field names)
  { name: 'evalanche-profile', product: 'Evalanche (Profile of a pool, CSV export with the pool\'s field names)', family: 'email', language: 'de', schema: P, cols: [
    ['ID', (c, o, r) => String(v.int(r, 1000000, 9999999)), ['_id', 'personID']],
    ['EMAIL', (c) => c.email, ['personalEmail.address']],
    ['SALUTATION', (c) => (c.female ? '2' : '1'), ['person.gender', 'person.name.courtesyTitle'], opt],
    ['TITLE', (c, o, r) => v.pick(r, ['', '', '', 'Dr.']), ['person.name.courtesyTitle'], opt],
    ['FIRSTNAME', (c) => c.first, ['person.name.firstName']],
    ['NAME', (c) => c.last, ['person.name.lastName']],
    ['COMPANY', (c, o, r) => (r() < 0.5 ? c.company : ''), ['organizations[0]']],
    ['POSITION', (c, o, r) => (r() < 0.4 ? c.job : ''), [], opt],
    ['STREET', (c) => c.street, at(HOME, 'street1')],
    ['ZIPCODE', (c) => c.postcode, at(HOME, 'postalCode')],
    ['CITY', (c) => c.city, at(HOME, 'city')],
    ['COUNTRY', (c, o, r) => v.pick(r, ['DE', 'DE', 'AT', 'CH']), [...at(HOME, 'countryCode'), ...at(HOME, 'country')]],
    ['PHONE', (c, o, r) => (r() < 0.5 ? c.phone : ''), ['homePhone.number']],
    ['MOBILE', (c, o, r) => (r() < 0.5 ? c.mobile : ''), ['mobilePhone.number']],
    ['BIRTHDAY', (c, o, r) => (r() < 0.4 ? f.de(c.birth) : ''), ['person.birthDate']],
    ['LANGUAGE', (c, o, r) => v.pick(r, ['de', 'de', 'en']), [], opt],
    ['MAILINGFORMAT', (c, o, r) => v.pick(r, ['2', '2', '1']), []],
    ['PERMISSION', (c, o, r) => v.pick(r, ['3', '3', '2', '1']), [], opt],
    ['PERMISSION_DATE', (c) => dmyHms(c.created), [], opt],
    ['INTERESTS', (c, o, r) => v.pick(r, ['', 'Webinare', 'Produktnews|Webinare', 'Events']), []],
    ['SOURCE', (c, o, r) => v.pick(r, ['Website', 'Messe', 'Import CRM', 'Gewinnspiel']), [], opt],
    ['SCORE', (c, o, r) => String(v.int(r, 0, 120)), []],
    ['BOUNCESTATUS', (c, o, r) => v.pick(r, ['0', '0', '0', '1', '2']), ['personalEmail.status'], opt],
    ['CREATED', (c) => dmyHms(c.created), [], opt],
    ['CHANGED', (c) => dmyHms(c.updated), [], opt],
  ] },

  // ---------------------------------------------------------------- e-commerce orders / shipping (Sendcloud, Verzendingen > Exporteren, Dutch)
  { name: 'sendcloud-zendingen', product: 'Sendcloud (Verzendingen > Zendingen exporteren, CSV, Dutch panel)', family: 'ecommerce-orders', language: 'nl', schema: E, cols: [
    ['Bestelnummer', (c, o) => String(10000 + +o.id), [OR('purchaseID')]],
    ['Zending ID', (c, o, r) => String(v.int(r, 100000000, 999999999)), ['_id'], opt],
    ['Aangemaakt op', (c, o) => f.nlTime(o.at), ['timestamp', OR('createdDate')]],
    ['Naam', (c) => c.full, []],
    ['Bedrijfsnaam', (c, o, r) => (r() < 0.2 ? c.company : ''), []],
    ['Adres', (c) => c.street.replace(/ \d+$/, ''), [SHIP('street1')]],
    ['Huisnummer', (c) => /\d+$/.exec(c.street)?.[0] ?? '1', [SHIP('street1')], opt],
    ['Adres 2', (c, o, r) => v.pick(r, ['', '', '', 'bis', 'A']), [SHIP('street2')]],
    ['Postcode', (c) => c.postcode, [SHIP('postalCode')]],
    ['Plaats', (c) => c.city, [SHIP('city')]],
    ['Land', (c, o, r) => v.pick(r, ['NL', 'NL', 'NL', 'BE', 'DE']), [SHIP('countryCode'), SHIP('country')]],
    ['E-mailadres', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefoonnummer', (c) => c.mobile, [], opt],
    ['Vervoerder', (c, o, r, i) => row(CARRIERS, i)[0], ['commerce.shipping.shippingMethod'], opt],
    ['Verzendmethode', (c, o, r, i) => row(CARRIERS, i)[1], ['commerce.shipping.shippingMethod']],
    ['Trackingnummer', (c, o, r, i) => `${row(CARRIERS, i)[2]}${v.alnum(r, 10).toUpperCase()}`, ['commerce.shipping.trackingNumber']],
    ['Status', (c, o, r) => v.pick(r, ['Afgeleverd', 'Onderweg', 'Klaar om te verzenden', 'Aangemeld']), [], opt],
    ['Gewicht (kg)', (c, o, r) => money(v.int(r, 2, 150) / 10), []],
    ['Aantal pakketten', (c, o, r) => v.pick(r, ['1', '1', '1', '2']), []],
    ['Bestelwaarde', (c, o) => money(o.total), [OR('priceTotal')], opt],
    ['Valuta', () => 'EUR', [OR('currencyCode')], opt],
    ['Verzendkosten', (c, o) => money(o.shipping), ['commerce.shipping.shippingAmount'], opt],
    ['Verzonden op', (c, o) => f.nlTime(o.at + 86400000), ['commerce.shipping.shipDate']],
    ['Integratie', (c, o, r) => v.pick(r, ['Shopify', 'WooCommerce', 'Lightspeed', 'Handmatig']), []],
    ['Retour', () => 'Nee', []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders / shipping (Chronopost, ChronoShip > Suivi des envois > Exporter, French)
  { name: 'chronopost-envois-fr', product: 'Chronopost (espace client, Mes envois / suivi des colis, export CSV, French)', family: 'ecommerce-orders', language: 'fr', schema: E, cols: [
    ['N° de colis', (c, o, r) => `XW${v.int(r, 100000000, 999999999)}FR`, ['commerce.shipping.trackingNumber']],
    ['Référence expéditeur', (c, o) => `CMD-${o.id}`, [OR('purchaseID')]],
    ['Référence destinataire', (c, o, r) => (r() < 0.3 ? `CL${c.id}` : ''), []],
    ['Date d\'expédition', (c, o) => f.eu(o.at), ['commerce.shipping.shipDate', 'timestamp']],
    ['Produit', (c, o, r) => v.pick(r, ['Chrono 13', 'Chrono 18', 'Chrono Relais 13', 'Chrono Classic']), ['commerce.shipping.shippingMethod']],
    ['Nom destinataire', (c) => `${c.last.toUpperCase()} ${c.first}`, []],
    ['Société destinataire', (c, o, r) => (r() < 0.2 ? c.company : ''), []],
    ['Adresse 1', (c) => c.street, [SHIP('street1')]],
    ['Adresse 2', (c, o, r) => v.pick(r, ['', '', 'Bâtiment B', 'Appt 12']), [SHIP('street2')]],
    ['Code postal', (c) => c.postcode, [SHIP('postalCode')]],
    ['Ville', (c) => c.city.toUpperCase(), [SHIP('city')]],
    ['Pays', () => 'FR', [SHIP('countryCode'), SHIP('country')]],
    ['Email destinataire', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Téléphone destinataire', (c) => c.mobile, [], opt],
    ['Point relais', (c, o, r) => v.pick(r, ['', '', 'Tabac de la Gare', 'Carrefour City']), []],
    ['Poids (kg)', (c, o, r) => money(v.int(r, 3, 300) / 10), []],
    ['Valeur déclarée', (c, o, r) => (r() < 0.3 ? money(o.total) : ''), [], opt],
    ['Montant HT', (c, o, r) => money(v.int(r, 900, 2500) / 100), [], opt],
    ['Statut', (c, o, r) => v.pick(r, ['Livré', 'Livré', 'En cours d\'acheminement', 'Disponible en point relais', 'Avisé']), [], opt],
    ['Date de livraison', (c, o, r) => frTime(o.at + 86400000 + v.int(r, 3, 20) * 3600000), [], opt],
    ['Signataire', (c, o, r) => (r() < 0.6 ? c.last.toUpperCase() : ''), []],
    ['Instructions de livraison', (c, o, r) => v.pick(r, ['', '', 'Digicode 1234A', 'Laisser chez le gardien']), []],
  ] },
  // ---------------------------------------------------------------- payments (Paytrail, Kauppiaan hallintapaneeli > Maksut > Vie CSV, Finnish)
  { name: 'paytrail-maksut-fi', product: 'Paytrail (Merchant Panel, Maksut / payments list, CSV export, Finnish UI)', family: 'payments', language: 'fi', schema: E, cols: [
    ['Maksun tunniste', (c, o, r) => v.uuid(r), [OR('payments[0].transactionID'), '_id']],
    ['Tilausnumero', (c, o) => String(200000 + +o.id), [OR('purchaseID')]],
    ['Viitenumero', (c, o, r) => `RF${v.int(r, 10, 99)}${v.int(r, 100000, 999999)}`, [], opt],
    ['Luotu', (c, o) => fiTime(o.at), ['timestamp', OR('createdDate')]],
    ['Maksettu', (c, o) => fiTime(o.at + 60000), [], opt],
    ['Tila', (c, o, r) => v.pick(r, ['Maksettu', 'Maksettu', 'Maksettu', 'Hylätty', 'Hyvitetty']), [], opt],
    ['Maksutapa', (c, o, r) => v.pick(r, ['Nordea', 'OP', 'MobilePay', 'Visa', 'Mastercard', 'Walley']), [OR('payments[0].paymentType')]],
    ['Summa', (c, o) => money(o.total), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Valuutta', () => 'EUR', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Hyvitetty summa', (c, o, r) => (r() < 0.15 ? money(o.total) : '0,00'), [OR('refunds[0].refundAmount'), OR('refundTotal')], opt],
    ['Palvelumaksu', (c, o) => money(+(o.total * 0.019).toFixed(2)), [], opt],
    ['Etunimi', (c, o, r, i) => row(FI, i)[0], []],
    ['Sukunimi', (c, o, r, i) => row(FI, i)[1], []],
    ['Sähköposti', (c, o, r, i) => `${ascii(row(FI, i)[0])}.${ascii(row(FI, i)[1])}@${v.pick(r, ['gmail.com', 'outlook.com', 'elisanet.fi'])}`, ['endUserIDs._experience.emailid.id'], opt],
    ['Puhelin', (c, o, r) => `+358 4${v.int(r, 0, 5)} ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`, [], opt],
    ['Katuosoite', (c, o, r, i) => row(FI_ADDR, i)[0], [BILL('street1')], opt],
    ['Postinumero', (c, o, r, i) => row(FI_ADDR, i)[1], [BILL('postalCode')], opt],
    ['Postitoimipaikka', (c, o, r, i) => row(FI_ADDR, i)[2], [BILL('city')], opt],
    ['Maa', () => 'FI', [BILL('countryCode'), BILL('country')], opt],
    ['Kieli', (c, o, r) => v.pick(r, ['FI', 'FI', 'SV', 'EN']), [], opt],
    ['Tilitetty', (c, o, r) => v.pick(r, ['Kyllä', 'Kyllä', 'Ei']), []],
    ['Tilityksen viite', (c, o, r) => (r() < 0.7 ? String(v.int(r, 1000000, 9999999)) : ''), []],
    ['Kauppa', () => 'Verkkokauppa Oy', []],
  ] },

  // ---------------------------------------------------------------- email tools (Spotler Mail+, Contacten > Exporteren, Dutch)
  { name: 'spotler-contacten', product: 'Spotler Mail+ (Contacten > Exporteren, CSV, Dutch UI)', family: 'email', language: 'nl', schema: P, cols: [
    ['Externe ID', (c) => c.id, ['_id', 'personID']],
    ['E-mailadres', (c) => c.email, ['personalEmail.address']],
    ['Aanhef', (c) => (c.female ? 'Mevrouw' : 'De heer'), ['person.name.courtesyTitle', 'person.gender'], opt],
    ['Voornaam', (c) => c.first, ['person.name.firstName']],
    ['Tussenvoegsel', (c) => (/^(de|van den|van) /.exec(c.last)?.[1] ?? ''), ['person.name.middleName'], opt],
    ['Achternaam', (c) => c.last.replace(/^(de|van den|van) /, ''), ['person.name.lastName']],
    ['Geslacht', (c) => (c.female ? 'V' : 'M'), ['person.gender']],
    ['Geboortedatum', (c, o, r) => (r() < 0.5 ? f.nl(c.birth) : ''), ['person.birthDate']],
    ['Straat', (c) => c.street.replace(/ \d+$/, ''), at(HOME, 'street1')],
    ['Huisnummer', (c) => /\d+$/.exec(c.street)?.[0] ?? '1', at(HOME, 'street1'), opt],
    ['Postcode', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Woonplaats', (c) => c.city, at(HOME, 'city')],
    ['Land', (c) => c.countryCode, [...at(HOME, 'countryCode'), ...at(HOME, 'country')]],
    ['Telefoonnummer', (c, o, r) => (r() < 0.4 ? c.phone : ''), ['homePhone.number']],
    ['Mobiel nummer', (c, o, r) => (r() < 0.6 ? c.mobile : ''), ['mobilePhone.number']],
    ['Permissie e-mail', (c) => (c.bool ? 'Ja' : 'Nee'), [], opt],
    ['Permissie sms', (c, o, r) => v.pick(r, ['Ja', 'Nee', 'Nee']), [], opt],
    ['Nieuwsbrief', (c, o, r) => v.pick(r, ['Wekelijks', 'Maandelijks', '']), []],
    ['Interesses', (c, o, r) => v.pick(r, ['', 'Tuin', 'Koken|Reizen', 'Sport']), []],
    ['Bron', (c, o, r) => v.pick(r, ['Website', 'Winactie', 'Import', 'Webshop']), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['Actief', 'Actief', 'Afgemeld', 'Bounced']), ['personalEmail.status'], opt],
    ['Aangemeld op', (c) => f.nlTime(c.created), [], opt],
    ['Laatst gewijzigd', (c) => f.nlTime(c.updated), [], opt],
    ['Laatste klik', (c, o, r) => (r() < 0.6 ? f.nl(c.updated) : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- email tools (VOXmail, Contatti > Esporta, Italian)
  { name: 'voxmail-contatti-it', product: 'VOXmail (Contatti > Esporta contatti, CSV, Italian UI)', family: 'email', language: 'it', schema: P, cols: [
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Nome', (c) => c.first, ['person.name.firstName']],
    ['Cognome', (c) => c.last, ['person.name.lastName']],
    ['Sesso', (c, o, r) => (r() < 0.6 ? (c.female ? 'F' : 'M') : ''), ['person.gender']],
    ['Data di nascita', (c, o, r) => (r() < 0.4 ? f.eu(c.birth) : ''), ['person.birthDate']],
    ['Azienda', (c, o, r) => (r() < 0.3 ? c.company : ''), ['organizations[0]']],
    ['Indirizzo', (c) => c.street, at(HOME, 'street1')],
    ['CAP', (c, o, r) => c.postcode, at(HOME, 'postalCode')],
    ['Città', (c) => c.city, at(HOME, 'city')],
    ['Provincia', (c) => c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Nazione', () => 'Italia', at(HOME, 'country')],
    ['Telefono', (c, o, r) => (r() < 0.3 ? c.phone : ''), ['homePhone.number']],
    ['Cellulare', (c, o, r) => (r() < 0.6 ? c.mobile : ''), ['mobilePhone.number']],
    ['Codice fiscale', (c, o, r) => (r() < 0.2 ? `${v.alnum(r, 6).toUpperCase()}${v.int(r, 10, 99)}A${v.int(r, 10, 70)}H${v.int(r, 100, 999)}X` : ''), ['person.taxId'], opt],
    ['Liste', (c, o, r) => v.pick(r, ['Newsletter', 'Newsletter; Clienti', 'Promo estate']), []],
    ['Stato', (c, o, r) => v.pick(r, ['Iscritto', 'Iscritto', 'Disiscritto', 'Bounce']), ['personalEmail.status'], opt],
    ['Data iscrizione', (c) => f.euTime(c.created), [], opt],
    ['Data disiscrizione', (c, o, r) => (r() < 0.15 ? f.euTime(c.updated) : ''), [], opt],
    ['Consenso privacy', () => 'Sì', [], opt],
    ['Consenso profilazione', (c) => (c.bool ? 'Sì' : 'No'), [], opt],
    ['Origine', (c, o, r) => v.pick(r, ['Form web', 'Importazione', 'API', 'Landing page']), [], opt],
    ['IP iscrizione', (c, o, r) => v.ip4(r), [], opt],
    ['Ultima apertura', (c, o, r) => (r() < 0.7 ? f.euTime(c.updated) : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- memberships / health (Doctolib Pro, Patients > Exporter, French)
  { name: 'doctolib-patients-fr', product: 'Doctolib Pro (fichier patients, export CSV, French)', family: 'memberships', language: 'fr', schema: P, cols: [
    ['Identifiant patient', (c) => c.id, ['_id', 'personID']],
    ['Civilité', (c) => (c.female ? 'Mme' : 'M.'), ['person.name.courtesyTitle', 'person.gender'], opt],
    ['Nom', (c) => c.last.toUpperCase(), ['person.name.lastName']],
    ['Nom de naissance', (c, o, r) => (c.female && r() < 0.4 ? v.pick(r, ['DURAND', 'LEROY', 'MOREAU']) : ''), [], opt],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Date de naissance', (c) => f.eu(c.birth), ['person.birthDate']],
    ['Sexe', (c) => (c.female ? 'F' : 'M'), ['person.gender']],
    ['Téléphone portable', (c) => c.mobile, ['mobilePhone.number']],
    ['Téléphone fixe', (c, o, r) => (r() < 0.3 ? c.phone : ''), ['homePhone.number']],
    ['Email', (c, o, r) => (r() < 0.8 ? c.email : ''), ['personalEmail.address']],
    ['Adresse', (c) => c.street, at(HOME, 'street1')],
    ['Code postal', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Ville', (c) => c.city, at(HOME, 'city')],
    ['N° de sécurité sociale', (c, o, r) => (r() < 0.5 ? `${c.female ? 2 : 1}${v.int(r, 50, 99)}${pad(v.int(r, 1, 12))}${v.int(r, 10, 95)}${v.int(r, 100, 999)}${v.int(r, 100, 999)}${v.int(r, 10, 97)}` : ''), [], opt],
    ['Médecin traitant', (c, o, r) => v.pick(r, ['', 'Dr Martin', 'Dr Bernard', 'Dr Robert']), []],
    ['Mutuelle', (c, o, r) => v.pick(r, ['', 'MGEN', 'Harmonie Mutuelle', 'Malakoff Humanis']), []],
    ['Créé le', (c) => f.eu(c.created), [], opt],
    ['Dernier rendez-vous', (c) => frTime(c.updated), [], opt],
    ['Prochain rendez-vous', (c, o, r) => (r() < 0.4 ? frTime(c.updated + 30 * 86400000) : ''), []],
    ['Nombre de rendez-vous', (c, o, r) => String(v.int(r, 1, 25)), []],
    ['Rendez-vous non honorés', (c, o, r) => v.pick(r, ['0', '0', '0', '1', '2']), []],
    ['Consentement SMS', (c) => (c.bool ? 'Oui' : 'Non'), [], opt],
    ['Notes', (c, o, r) => v.pick(r, ['', '', 'Allergie pénicilline', 'Préfère les RDV le matin']), []],
  ] },
]
