// Round 42, heldout42: held-out sets from German-speaking (DE/AT/CH) ERP, invoicing, CRM, e-mail and marketplace tools,
// written apart from the suggester and any tuning, scored once at the end. Same format as sets.mjs (sources in
// ../README.md): header as the product exports it, one value generator per column in the product's formats, the
// accepted destinations ([] = nothing fits) and 'opt' for borderline columns.
import { E, B, P, v, at, HOME, B2BID, PL, OR, SHIP, BILL, opt } from './sets.mjs'
import { slug as slug0 } from './values10.mjs'
import { pad, parts, shift } from './values.mjs'

// German transliteration for e-mail addresses and domains (Müller -> mueller)
const slug = (s) => slug0(s.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/Ä/g, 'Ae').replace(/Ö/g, 'Oe').replace(/Ü/g, 'Ue'))
const WORK = ['workAddress']
const WH = [...WORK, ...HOME]
const n = (c) => +c.id
// summer time (April-October) by month, good enough for generated rows
const dst = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 }
const cet = (ms) => shift(ms, dst(ms) ? 2 : 1) // Berlin, Vienna, Zurich
const deDate = (ms) => { const p = cet(ms); return `${pad(p.d)}.${pad(p.m)}.${p.y}` }
const deMin = (ms) => { const p = cet(ms); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}` }
const deSec = (ms) => { const p = cet(ms); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const hms = (ms) => { const p = cet(ms); return `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const sql = (ms) => { const p = cet(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ymd = (ms) => { const p = cet(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const dobSql = (ms) => { const p = parts(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)} 00:00:00` }
const eur = (x) => x.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')
const chf = (x) => x.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, '\'')
const dePhone = (c) => c.phone.replace('+49 ', '0')
const deMobile = (c) => c.mobile.replace('+49 ', '0')
const anrede = (c) => (c.female ? 'Frau' : 'Herr')
const title = (c) => (n(c) % 11 === 0 ? 'Dr.' : n(c) % 23 === 0 ? 'Prof. Dr.' : '')
const digits = (c, k, w) => String((n(c) * k) % 10 ** w).padStart(w, '0')

// German firms of the person (a trade after the surname), their web site and the person's work address there
const DE_TRADE = ['Haustechnik GmbH', 'Elektro GmbH & Co. KG', 'Metallbau GmbH', 'Steuerberatung', 'Druck & Medien GmbH', 'Gartenbau e.K.', 'IT-Service GmbH', 'Logistik AG', 'Dental GmbH', 'Bau GmbH']
const firma = (c) => `${c.last} ${DE_TRADE[n(c) % DE_TRADE.length]}`
const firmSlug = (c) => `${slug(c.last)}-${slug(DE_TRADE[n(c) % DE_TRADE.length].split(' ')[0])}`
const deWeb = (c) => `www.${firmSlug(c)}.de`
const deWork = (c) => `${slug(c.first)[0]}.${slug(c.last)}@${firmSlug(c)}.de`
const DEPT = ['Einkauf', 'Geschäftsleitung', 'Vertrieb', 'IT', 'Buchhaltung', 'Marketing', 'Technik']
const JOB = ['Einkaufsleiter', 'Geschäftsführerin', 'Vertriebsleiter', 'IT-Leiterin', 'Sachbearbeiterin Buchhaltung', 'Marketing-Manager', 'Technischer Leiter', 'Inhaber']
const USERS = ['Jana Kowalski', 'Thomas Brandt', 'Miriam Haas', 'Oliver Seidel', '']
const deIban = (c) => `DE${pad(n(c) % 89 + 10)} ${digits(c, 7919, 4)} ${digits(c, 104729, 4)} ${digits(c, 31, 4)} ${digits(c, 97, 4)} ${pad(n(c) % 100)}`
const deVat = (c) => `DE${digits(c, 7907, 9)}`

// xt:Commerce: customers of a German garden-supplies shop (Import/Export-Manager, CSV with the tables' field names).
const xtCo = (c) => n(c) % 7 === 0
// FastBill: customers of a Berlin web agency (Kunden > Exportieren, CSV; German UI).
const fbBiz = (c) => n(c) % 10 < 7
// orgaMAX: customers of a Bavarian heating installer (Stammdaten > Kunden > Excel-Export; German UI).
const omBiz = (c) => n(c) % 4 !== 0
// Mailingwork: subscribers of a German bookshop chain's newsletter (Empfänger > Export, CSV).
const MW_ST = ['aktiv', 'aktiv', 'aktiv', 'aktiv', 'abgemeldet', 'gesperrt (Hardbounce)']
const mwSt = (c) => MW_ST[n(c) % MW_ST.length]
// Xentral: sales orders handed to a fulfilment provider (Übertragungen module, CSV order structure).
const XE_SHIP = ['dhl', 'dhl', 'dpd', 'dhl_express', 'selbstabholer']
const XE_PAY = ['rechnung', 'paypal', 'vorkasse', 'lastschrift', 'amazonpay', 'paypal']
const xeShop = (o) => +o.id % 3 === 0
// Pickware POS: till receipts of a Saxon fashion retailer's branches (Pickware POS in Shopware 6, receipt-line export).
const PW_PAY = ['Bar', 'EC-Karte', 'Kreditkarte', 'Bar', 'Gutschein', 'EC-Karte']
const pwPay = (o) => PW_PAY[+o.id % PW_PAY.length]
const pwRet = (o) => +o.id % 9 === 4
// Tradebyte: marketplace orders of a shoe brand (TB.One: Aufträge > Export, CSV; German UI).
const TB_CH = ['zalando', 'otto', 'amazon_de', 'aboutyou', 'galeria']
const tbCh = (o) => TB_CH[+o.id % TB_CH.length]
const tbChNo = (o) => { const i = +o.id; return { zalando: `1010${pad(i * 7919 % 1e9, 10)}`, otto: `o${(i * 104729).toString(36)}`, amazon_de: `302-${pad(i * 31 % 1e7, 7)}-${pad(i * 97 % 1e7, 7)}`, aboutyou: `${pad(i * 13 % 1e8, 8)}`, galeria: `GK${i}` }[tbCh(o)] }
const TB_ST = ['Neu', 'In Bearbeitung', 'Versendet', 'Versendet', 'Storniert', 'Retoure']
const tbSt = (o) => TB_ST[+o.id % TB_ST.length]
const tbPack = (o) => +o.id % 7 === 2
// bexio: contacts of a Zurich trust office (Kontakte > Import/Export > Exportieren, .xlsx; German UI, Swiss formats).
const CH = [['Zürich', '8004'], ['Bern', '3011'], ['Basel', '4051'], ['Luzern', '6003'], ['St. Gallen', '9000'], ['Winterthur', '8400'], ['Zug', '6300']]
const ch = (c) => CH[n(c) % CH.length]
const CH_ST = ['Bahnhofstrasse', 'Seestrasse', 'Hauptgasse', 'Dorfstrasse', 'Kramgasse', 'Zürcherstrasse']
const chStreet = (c) => `${CH_ST[n(c) % CH_ST.length]} ${n(c) % 80 + 1}`
const CH_FIRM = ['Treuhand AG', 'Schreinerei GmbH', 'Informatik AG', 'Architekten GmbH', 'Gipser AG', 'Immobilien AG']
const chFirm = (c) => `${c.last} ${CH_FIRM[n(c) % CH_FIRM.length]}`
const chSlug = (c) => `${slug(c.last)}-${slug(CH_FIRM[n(c) % CH_FIRM.length].split(' ')[0])}`
const chPhone = (c) => `+41 ${['44', '31', '61', '41', '71', '52', '41'][n(c) % 7]} ${n(c) % 900 + 100} ${pad(n(c) % 100)} ${pad((n(c) >> 3) % 100)}`
const chMobile = (c) => `+41 ${['79', '78', '76', '77'][n(c) % 4]} ${(n(c) * 7) % 900 + 100} ${pad((n(c) * 3) % 100)} ${pad((n(c) >> 2) % 100)}`
const bxPriv = (c) => n(c) % 4 === 0
// BMD NTCS: customer accounts (Personenkonten) of an Austrian building-materials wholesaler (Excel export of the list).
const AT = [['Wien', '1030'], ['Graz', '8010'], ['Linz', '4020'], ['Salzburg', '5020'], ['Innsbruck', '6020'], ['Klagenfurt', '9020']]
const at_ = (c) => AT[n(c) % AT.length]
const AT_ST = ['Landstraßer Hauptstraße', 'Herrengasse', 'Landstraße', 'Ignaz-Harrer-Straße', 'Maria-Theresien-Straße', 'Alter Platz']
const AT_FIRM = ['Bau GmbH', 'Installationen GmbH', 'Dachdeckerei KG', 'Fliesen e.U.', 'Baumeister GmbH', 'Holzbau GmbH & Co KG']
const atFirm = (c) => `${c.last} ${AT_FIRM[n(c) % AT_FIRM.length]}`
const atSlug = (c) => `${slug(c.last)}-${slug(AT_FIRM[n(c) % AT_FIRM.length].split(' ')[0])}`
const atPhone = (c) => `+43 ${['1', '316', '732', '662', '512', '463'][n(c) % 6]} ${n(c) % 900000 + 100000}`

export const SETS = [
  // ---------------------------------------------------------------- e-commerce customers
  { name: 'xtcommerce-kunden-de', product: 'xt:Commerce 6 (Admin > Import/Export > Export "Kunden", CSV with the field names of xt_customers and the default address of xt_customers_addresses; German UI, a German garden-supplies shop)', family: 'ecommerce-customers', language: 'de', schema: P, cols: [
    ['customers_id', (c) => String(n(c) % 40000 + 1), ['_id', 'personID']],
    ['external_id', (c) => (n(c) % 4 === 0 ? `D${200000 + (n(c) % 90000)}` : ''), [], opt],
    ['customers_cid', (c) => `K${10000 + (n(c) % 80000)}`, ['_id', 'personID'], opt],
    ['customers_status', (c) => ['2', '3', '3', '4'][n(c) % 4], [], opt],
    ['account_type', (c) => (n(c) % 5 === 0 ? '1' : '0'), [], opt],
    ['customers_email_address', (c) => c.email, ['personalEmail.address']],
    ['customers_vat_id', (c) => (xtCo(c) && n(c) % 2 ? deVat(c) : ''), ['person.taxId'], opt],
    ['customers_default_currency', () => 'EUR', []],
    ['customers_default_language', (c) => (n(c) % 9 === 0 ? 'en' : 'de'), [], opt],
    ['shop_id', () => '1', []],
    ['date_added', (c) => sql(c.created), [], opt],
    ['last_modified', (c) => sql(Math.max(c.created, c.updated)), [], opt],
    ['customers_gender', (c) => (xtCo(c) ? 'c' : c.female ? 'f' : 'm'), ['person.gender'], opt],
    ['customers_dob', (c) => (n(c) % 3 === 0 ? '0000-00-00 00:00:00' : dobSql(c.birth)), ['person.birthDate']],
    ['customers_company', (c) => (xtCo(c) ? firma(c) : ''), ['organizations[0]'], opt],
    ['customers_company_2', (c) => (xtCo(c) && n(c) % 3 === 0 ? 'Wareneingang' : ''), [], opt],
    ['customers_firstname', (c) => c.first, ['person.name.firstName']],
    ['customers_lastname', (c) => c.last, ['person.name.lastName']],
    ['customers_street_address', (c) => c.street, at(HOME, 'street1')],
    ['customers_suburb', (c) => (n(c) % 6 === 0 ? 'Hinterhaus' : n(c) % 6 === 1 ? '3. OG links' : ''), at(HOME, 'street2'), opt],
    ['customers_postcode', (c) => c.postcode, at(HOME, 'postalCode')],
    ['customers_city', (c) => c.city, at(HOME, 'city')],
    ['customers_country_code', () => 'DE', at(HOME, 'countryCode')],
    ['customers_phone', (c) => (n(c) % 5 === 0 ? '' : dePhone(c)), ['homePhone.number']],
    ['customers_mobile_phone', (c) => (n(c) % 3 === 0 ? deMobile(c) : ''), ['mobilePhone.number']],
    ['customers_fax', (c) => (xtCo(c) ? dePhone(c).replace(/\d$/, '9') : ''), ['faxPhone.number']],
  ] },

  // ---------------------------------------------------------------- invoicing / ERP customer masters
  { name: 'fastbill-kunden-de', product: 'FastBill (Kunden > Exportieren, CSV; German UI, a Berlin web agency\'s customers, business and consumer)', family: 'b2b', language: 'de', schema: B, cols: [
    ['Kunden-ID', (c) => String(1200000 + (n(c) * 7) % 800000), B2BID],
    ['Kundennummer', (c) => String(10000 + (n(c) % 9000)), B2BID, opt],
    ['Kundentyp', (c) => (fbBiz(c) ? 'Geschäftskunde' : 'Privatkunde'), ['b2b.personType'], opt],
    ['Firmenname', (c) => (fbBiz(c) ? firma(c) : ''), ['b2b.companyName', 'organizations[0]']],
    ['Anrede', anrede, ['person.name.courtesyTitle']],
    ['Titel', title, [], opt],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Straße', (c) => c.street, at(WH, 'street1')],
    ['Adresszusatz', (c) => (n(c) % 5 === 0 ? ['2. OG', 'c/o Buchhaltung', 'Gebäude B'][n(c) % 3] : ''), at(WH, 'street2'), opt],
    ['PLZ', (c) => c.postcode, at(WH, 'postalCode')],
    ['Ort', (c) => c.city, at(WH, 'city')],
    ['Land', () => 'DE', at(WH, 'countryCode')],
    ['Telefon', dePhone, ['workPhone.number', 'homePhone.number']],
    ['Telefon 2', (c) => (n(c) % 6 === 0 ? dePhone(c).replace(/\d\d$/, '10') : ''), ['otherPhone.number', 'workPhone.number', 'homePhone.number'], opt],
    ['Fax', (c) => (fbBiz(c) && n(c) % 3 === 0 ? dePhone(c).replace(/\d$/, '9') : ''), ['faxPhone.number']],
    ['Mobil', (c) => (n(c) % 2 ? deMobile(c) : ''), ['mobilePhone.number']],
    ['E-Mail', (c) => (fbBiz(c) ? deWork(c) : c.email), ['workEmail.address', 'personalEmail.address']],
    ['Webseite', (c) => (fbBiz(c) && n(c) % 3 ? deWeb(c) : ''), ['b2b.companyWebsite']],
    ['USt-IdNr.', (c) => (fbBiz(c) && n(c) % 2 ? deVat(c) : ''), [], opt],
    ['Zahlungsziel (Tage)', (c) => ['14', '30', '7', '14', '0'][n(c) % 5], []],
    ['Zahlungsart', (c) => ['Überweisung', 'Lastschrift', 'PayPal', 'Überweisung'][n(c) % 4], []],
    ['Währung', () => 'EUR', []],
    ['IBAN', (c) => (n(c) % 4 === 1 ? deIban(c) : ''), []],
    ['Kommentar', (c) => ['', '', 'Rahmenvertrag Hosting', 'Rechnung nur per E-Mail', ''][n(c) % 5], []],
    ['Erstellt am', (c) => deDate(c.created), ['extSourceSystemAudit.createdDate'], opt],
  ] },
  { name: 'orgamax-kunden-de', product: 'orgaMAX (Stammdaten > Kunden, Liste > Export nach Excel, saved as CSV; German UI, a Bavarian heating installer\'s customers)', family: 'b2b', language: 'de', schema: B, cols: [
    ['Kundennummer', (c) => String(10001 + (n(c) % 8999)), B2BID],
    ['Debitorennummer', (c) => String(10001 + (n(c) % 8999)), [], opt],
    ['Kundenart', (c) => (omBiz(c) ? 'Firmenkunde' : 'Privatkunde'), ['b2b.personType'], opt],
    ['Firma', (c) => (omBiz(c) ? firma(c) : ''), ['b2b.companyName', 'organizations[0]']],
    ['Firma Zusatz', (c) => (omBiz(c) && n(c) % 5 === 0 ? 'Niederlassung Süd' : ''), [], opt],
    ['Anrede', anrede, ['person.name.courtesyTitle']],
    ['Titel', title, [], opt],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Straße', (c) => c.street, at(WH, 'street1')],
    ['PLZ', (c) => c.postcode, at(WH, 'postalCode')],
    ['Ort', (c) => c.city, at(WH, 'city')],
    ['Land', () => 'Deutschland', at(WH, 'country')],
    ['Länderkürzel', () => 'DE', at(WH, 'countryCode')],
    ['Telefon', dePhone, ['workPhone.number', 'homePhone.number']],
    ['Telefax', (c) => (omBiz(c) && n(c) % 2 ? dePhone(c).replace(/\d$/, '9') : ''), ['faxPhone.number']],
    ['Mobil', (c) => (n(c) % 3 ? deMobile(c) : ''), ['mobilePhone.number']],
    ['E-Mail', (c) => (omBiz(c) ? deWork(c) : c.email), ['workEmail.address', 'personalEmail.address']],
    ['Internet', (c) => (omBiz(c) ? deWeb(c) : ''), ['b2b.companyWebsite']],
    ['Geburtstag', (c) => (omBiz(c) && n(c) % 3 ? '' : deDate(c.birth)), ['person.birthDate']],
    ['USt-IdNr.', (c) => (omBiz(c) && n(c) % 3 === 0 ? deVat(c) : ''), [], opt],
    ['Kundengruppe', (c) => ['Stammkunde', 'Hausverwaltung', 'Wiederverkäufer', 'Endkunde'][n(c) % 4], []],
    ['Rabatt', (c) => ['0,00', '0,00', '3,00', '5,00', '10,00'][n(c) % 5], []],
    ['Zahlungsbedingung', (c) => ['14 Tage netto', '30 Tage netto', '8 Tage 2 % Skonto, 30 Tage netto', 'sofort ohne Abzug'][n(c) % 4], []],
    ['Nettorechnung', (c) => (n(c) % 13 === 0 ? 'true' : 'false'), []],
    ['Umsatz', (c) => eur((n(c) % 400) * 97.35), []],
    ['Angelegt am', (c) => deDate(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Anmerkungen', (c) => ['', '', 'Wartungsvertrag Gasheizung', 'nur nach Terminabsprache', ''][n(c) % 5], []],
    ['Individuell1', (c) => ['', 'Messe IFH 2024', '', 'Empfehlung'][n(c) % 4], []],
  ] },

  // ---------------------------------------------------------------- CRM
  { name: 'tecart-personen-de', product: 'TecArt CRM (Kontakte > Personen, Listenansicht > Export CSV, semicolon; German UI, a machine builder\'s contacts at customer companies)', family: 'crm', language: 'de', schema: B, cols: [
    ['Kontakt-Nr.', (c) => `K-${10000 + (n(c) % 5000)}`, ['b2b.accountID', 'b2b.accountKey.sourceID'], opt],
    ['Personen-ID', (c) => String(20000 + (n(c) % 70000)), B2BID],
    ['Firma', firma, ['b2b.companyName', 'organizations[0]']],
    ['Anrede', anrede, ['person.name.courtesyTitle']],
    ['Titel', title, [], opt],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Position', (c) => JOB[n(c) % JOB.length], ['extendedWorkDetails.jobTitle']],
    ['Abteilung', (c) => DEPT[n(c) % DEPT.length], ['extendedWorkDetails.departments[0]']],
    ['Telefon', dePhone, ['workPhone.number']],
    ['Mobil', (c) => (n(c) % 3 ? deMobile(c) : ''), ['mobilePhone.number']],
    ['Fax', (c) => (n(c) % 4 === 0 ? dePhone(c).replace(/\d$/, '9') : ''), ['faxPhone.number']],
    ['E-Mail', deWork, ['workEmail.address', 'personalEmail.address']],
    ['Straße', (c) => c.street, at(WORK, 'street1')],
    ['PLZ', (c) => c.postcode, at(WORK, 'postalCode')],
    ['Ort', (c) => c.city, at(WORK, 'city')],
    ['Bundesland', (c) => c.region, [...at(WORK, 'stateProvince'), ...at(WORK, 'state')]],
    ['Land', () => 'Deutschland', at(WORK, 'country')],
    ['Geburtstag', (c) => (n(c) % 4 === 0 ? deDate(c.birth) : ''), ['person.birthDate']],
    ['Kategorie', (c) => ['Kunde', 'Interessent', 'Kunde', 'Partner', 'Lieferant'][n(c) % 5], ['b2b.personType', 'b2b.personStatus'], opt],
    ['Branche', (c) => ['Maschinenbau', 'Automotive', 'Lebensmittel', 'Kunststofftechnik'][n(c) % 4], [], opt],
    ['Aktiv', (c) => (n(c) % 8 === 0 ? 'Nein' : 'Ja'), [], opt],
    ['Betreuer', (c) => USERS[n(c) % USERS.length], []],
    ['Newsletter', (c) => (c.bool ? 'Ja' : 'Nein'), [], opt],
    ['Angelegt am', (c) => deMin(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Angelegt von', (c) => USERS[(n(c) >> 1) % 4], ['extSourceSystemAudit.createdBy'], opt],
    ['Geändert am', (c) => deMin(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Geändert von', (c) => USERS[(n(c) >> 2) % 4], ['extSourceSystemAudit.lastUpdatedBy'], opt],
  ] },
  { name: 'cas-genesisworld-adressen-de', product: 'CAS genesisWorld (Adressen, Import/Export-Assistent > Export, Ziel Textdatei, CSV; German UI, an industrial-software reseller\'s contact persons)', family: 'crm', language: 'de', schema: B, cols: [
    ['GGUID', (c, o, r) => `0x${v.hex(r, 32).toUpperCase()}`, B2BID],
    ['Adresstyp', (c) => (n(c) % 6 === 0 ? 'Einzelkontakt' : 'Kontaktperson'), [], opt],
    ['Firma', (c) => (n(c) % 6 === 0 ? '' : firma(c)), ['b2b.companyName', 'organizations[0]']],
    ['Abteilung', (c) => DEPT[n(c) % DEPT.length], ['extendedWorkDetails.departments[0]']],
    ['Anrede', anrede, ['person.name.courtesyTitle']],
    ['Titel', title, [], opt],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Name', (c) => c.last, ['person.name.lastName']],
    ['Briefanrede', (c) => `Sehr geehrte${c.female ? ' Frau' : 'r Herr'} ${title(c) ? `${title(c)} ` : ''}${c.last}`, []],
    ['Funktion', (c) => JOB[n(c) % JOB.length], ['extendedWorkDetails.jobTitle']],
    ['Straße', (c) => c.street, at(WORK, 'street1')],
    ['PLZ', (c) => c.postcode, at(WORK, 'postalCode')],
    ['Ort', (c) => c.city, at(WORK, 'city')],
    ['Bundesland', (c) => c.region, [...at(WORK, 'stateProvince'), ...at(WORK, 'state')]],
    ['Land', () => 'Deutschland', at(WORK, 'country')],
    ['Telefon 1', dePhone, ['workPhone.number']],
    ['Telefon 2', (c) => (n(c) % 5 === 0 ? dePhone(c).replace(/\d\d$/, '00') : ''), ['otherPhone.number', 'workPhone.number'], opt],
    ['Mobiltelefon', (c) => (n(c) % 2 ? deMobile(c) : ''), ['mobilePhone.number']],
    ['Telefax', (c) => (n(c) % 3 === 0 ? dePhone(c).replace(/\d$/, '9') : ''), ['faxPhone.number']],
    ['E-Mail 1', deWork, ['workEmail.address', 'personalEmail.address']],
    ['Internet', (c) => (n(c) % 6 === 0 ? '' : `https://${deWeb(c)}`), ['b2b.companyWebsite']],
    ['Geburtstag', (c) => (n(c) % 5 === 0 ? deDate(c.birth) : ''), ['person.birthDate']],
    ['Status', (c) => ['Kunde', 'Interessent', 'Kunde', 'Ehemaliger Kunde', 'Partner'][n(c) % 5], ['b2b.personStatus', 'b2b.personType'], opt],
    ['Zuständig', (c) => USERS[n(c) % USERS.length], []],
    ['Angelegt am', (c) => deMin(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Angelegt von', (c) => ['Administrator', 'Thomas Brandt', 'Miriam Haas'][n(c) % 3], ['extSourceSystemAudit.createdBy'], opt],
    ['Geändert am', (c) => deMin(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Geändert von', (c) => ['Thomas Brandt', 'Miriam Haas', 'Oliver Seidel'][n(c) % 3], ['extSourceSystemAudit.lastUpdatedBy'], opt],
  ] },
  { name: 'scopevisio-kontakte-de', product: 'Scopevisio (OpenScope > Import & Export > Exporte verwalten > Kontakte exportieren, CSV; German UI, a consultancy\'s personal contacts linked to their employers)', family: 'crm', language: 'de', schema: B, cols: [
    ['Nummer', (c) => String(100000 + (n(c) % 90000)), B2BID],
    ['Kontaktart', () => 'Person', [], opt],
    ['Anrede', anrede, ['person.name.courtesyTitle']],
    ['Titel', title, [], opt],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Arbeitgeber', firma, ['b2b.companyName', 'organizations[0]']],
    ['Position', (c) => JOB[n(c) % JOB.length], ['extendedWorkDetails.jobTitle']],
    ['Abteilung', (c) => DEPT[n(c) % DEPT.length], ['extendedWorkDetails.departments[0]']],
    ['Straße geschäftlich', (c) => c.street, at(WORK, 'street1')],
    ['PLZ geschäftlich', (c) => c.postcode, at(WORK, 'postalCode')],
    ['Ort geschäftlich', (c) => c.city, at(WORK, 'city')],
    ['Land geschäftlich', () => 'Deutschland', at(WORK, 'country')],
    ['Telefon geschäftlich', dePhone, ['workPhone.number']],
    ['Mobil', (c) => (n(c) % 3 ? c.mobile : ''), ['mobilePhone.number']],
    ['Fax geschäftlich', (c) => (n(c) % 4 === 0 ? dePhone(c).replace(/\d$/, '9') : ''), ['faxPhone.number']],
    ['E-Mail geschäftlich', deWork, ['workEmail.address']],
    ['E-Mail privat', (c) => (n(c) % 4 === 1 ? c.email : ''), ['personalEmail.address']],
    ['Internet', (c) => `https://${deWeb(c)}`, ['b2b.companyWebsite']],
    ['Geburtsdatum', (c) => (n(c) % 3 === 0 ? deDate(c.birth) : ''), ['person.birthDate']],
    ['Rollen', (c) => ['Kunde', 'Interessent', 'Kunde, Lieferant', 'Lead', 'Interessent'][n(c) % 5], ['b2b.personType'], opt],
    ['Debitorennummer', (c) => (n(c) % 5 < 2 ? String(10000 + (n(c) % 9000)) : ''), [], opt],
    ['USt-IdNr.', (c) => (n(c) % 3 === 1 ? deVat(c) : ''), [], opt],
    ['Zuständiger Mitarbeiter', (c) => USERS[n(c) % USERS.length], []],
    ['Quelle', (c) => ['Web2Lead', 'Messe', 'Empfehlung', 'Import', ''][n(c) % 5], ['b2b.personSource'], opt],
    ['Kontaktlisten', (c) => ['Newsletter', '', 'Kunden A; Newsletter', 'Messe 2025'][n(c) % 4], []],
    ['Erstellt am', (c) => deDate(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Geändert am', (c) => deDate(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },

  // ---------------------------------------------------------------- e-mail marketing
  { name: 'mailingwork-empfaenger-de', product: 'Mailingwork (Empfänger > Empfängerliste > Export, CSV; German UI, a bookshop chain\'s newsletter list with the custom fields Kundennummer, PLZ and Ort)', family: 'email', language: 'de', schema: P, cols: [
    ['Empfänger-ID', (c) => String(1000000 + (n(c) * 7) % 9000000), ['_id', 'personID']],
    ['E-Mail', (c) => c.email, ['personalEmail.address']],
    ['Anrede', anrede, ['person.name.courtesyTitle']],
    ['Titel', title, [], opt],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Geburtstag', (c) => (n(c) % 3 ? deDate(c.birth) : ''), ['person.birthDate']],
    ['Kundennummer', (c) => (n(c) % 4 ? String(5000000 + (n(c) % 900000)) : ''), ['personID'], opt],
    ['PLZ', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Ort', (c) => c.city, at(HOME, 'city')],
    ['Status', mwSt, ['personalEmail.status'], opt],
    ['Angemeldet am', (c) => deSec(c.created), [], opt],
    ['Anmeldequelle', (c) => ['Formular Newsletter', 'Import', 'Checkout Webshop', 'API', 'Gewinnspiel Lesesommer'][n(c) % 5], [], opt],
    ['Opt-in bestätigt am', (c) => (mwSt(c) === 'aktiv' || n(c) % 2 ? deSec(c.created + 600000 + (n(c) % 3600) * 1000) : ''), [], opt],
    ['Abgemeldet am', (c) => (mwSt(c) === 'abgemeldet' ? deSec(Math.max(c.created, c.updated) + 86400000) : ''), [], opt],
    ['Softbounces', (c) => String(n(c) % 4), []],
    ['Hardbounces', (c) => (mwSt(c).startsWith('gesperrt') ? '1' : '0'), []],
    ['Letzte Öffnung', (c) => (n(c) % 3 ? deSec(Math.max(c.created + 3600000, c.updated)) : ''), [], opt],
    ['Letzter Klick', (c) => (n(c) % 3 === 1 ? deSec(Math.max(c.created + 3600000, c.updated) + 120000) : ''), [], opt],
    ['Listen', (c) => ['Newsletter', 'Newsletter; Kinderbuch', 'Newsletter; Kundenclub', 'Veranstaltungen'][n(c) % 4], []],
  ] },

  // ---------------------------------------------------------------- orders, POS and marketplaces
  { name: 'xentral-auftraege-de', product: 'Xentral (Aufträge an den Fulfillment-Dienstleister: Übertragungen module, CSV order structure, one row per order line, the merchant\'s template without the unused fields; German field names, a German cosmetics brand\'s shop and Amazon orders)', family: 'ecommerce-orders', language: 'de', schema: E, cols: [
    ['beleg_projekt', (c, o) => (xeShop(o) ? 'AMAZON' : 'SHOP-DE'), []],
    ['art', () => 'auftrag', [], opt],
    ['beleg_status', (c, o) => (+o.id % 8 === 0 ? 'angelegt' : 'freigegeben'), [], opt],
    ['beleg_datum', (c, o) => ymd(o.at), ['timestamp', OR('createdDate')]],
    ['beleg_tatsaechlicheslieferdatum', (c, o) => ymd(o.at + 86400000 * (1 + (+o.id % 3))), ['commerce.shipping.shipDate'], opt],
    ['beleg_versandart', (c, o) => XE_SHIP[+o.id % XE_SHIP.length], ['commerce.shipping.shippingMethod']],
    ['beleg_zahlungsweise', (c, o) => (xeShop(o) ? 'amazonpay' : XE_PAY[+o.id % XE_PAY.length]), [OR('payments[0].paymentType')]],
    ['beleg_belegnr', (c, o) => String(200000 + +o.id), [OR('purchaseID'), '_id']],
    ['beleg_kundennummer', (c) => String(10000 + (n(c) % 80000)), [], opt],
    ['beleg_name', (c) => c.full, []],
    ['beleg_adresszusatz', (c) => (n(c) % 6 === 0 ? 'Packstation 112' : ''), [SHIP('street2'), BILL('street2')], opt],
    ['beleg_ansprechpartner', () => '', []],
    ['beleg_telefon', (c) => (n(c) % 3 ? '' : deMobile(c)), [], opt],
    ['beleg_email', (c, o) => (xeShop(o) ? `${slug(c.first)}${n(c) % 97}@marketplace.amazon.de` : c.email), ['endUserIDs._experience.emailid.id'], opt],
    ['beleg_land', () => 'DE', [SHIP('countryCode'), BILL('countryCode')]],
    ['beleg_strasse', (c) => c.street, [SHIP('street1'), BILL('street1')]],
    ['beleg_plz', (c) => c.postcode, [SHIP('postalCode'), BILL('postalCode')]],
    ['beleg_ort', (c) => c.city, [SHIP('city'), BILL('city')]],
    ['beleg_internebemerkung', (c, o) => (+o.id % 5 === 0 ? 'Geschenkverpackung' : ''), []],
    ['beleg_freitext', () => '', []],
    ['beleg_ihrebestellnummer', (c, o) => (xeShop(o) ? `302-${pad(+o.id * 31 % 1e7, 7)}-${pad(+o.id * 97 % 1e7, 7)}` : String(100000 + +o.id)), [OR('purchaseOrderNumber'), OR('purchaseID')]],
    ['beleg_lieferbedingung', () => '', []],
    ['beleg_art', () => 'standardauftrag', [], opt],
    ['artikel_nummer', (c, o) => o.sku, [PL('SKU')]],
    ['artikel_bezeichnung', (c, o) => o.name, [PL('name')]],
    ['artikel_beschreibung', () => '', [], opt],
    ['artikel_menge', (c, o) => `${o.qty}.0000`, [PL('quantity')]],
    ['artikel_preis', (c, o) => (o.price / 1.19).toFixed(4), [], opt],
    ['artikel_rabatt', (c, o) => (o.discount ? '5.00' : '0.00'), [], opt],
    ['artikel_waehrung', () => 'EUR', [PL('currencyCode'), OR('currencyCode')]],
    ['artikel_lieferdatum', () => '0000-00-00', [], opt],
    ['artikel_sort', () => '1', []],
    ['artikel_umsatzsteuer', () => 'normal', [], opt],
    ['artikel_einheit', () => 'Stück', [PL('unitOfMeasureCode')], opt],
  ] },
  { name: 'pickware-pos-belege-de', product: 'Pickware POS (Shopware 6 Administration > Pickware POS > Belege, Export CSV, one row per receipt line; German UI, a Saxon fashion retailer\'s branches)', family: 'pos', language: 'de', schema: E, cols: [
    ['Belegnummer', (c, o) => `BON-${100000 + +o.id}`, ['_id', OR('purchaseID')]],
    ['Bestellnummer', (c, o) => String(40000 + +o.id), [OR('purchaseID')], opt],
    ['Belegart', (c, o) => (pwRet(o) ? 'Rückgabe' : 'Verkauf'), [], opt],
    ['Datum', (c, o) => deDate(o.at), ['timestamp']],
    ['Uhrzeit', (c, o) => hms(o.at), [], opt],
    ['Filiale', (c, o) => ['Filiale Leipzig', 'Filiale Dresden', 'Outlet Chemnitz'][+o.id % 3], [], opt],
    ['Kasse', (c, o) => `Kasse ${1 + (+o.id % 2)}`, [], opt],
    ['Mitarbeiter', (c, o) => ['Sandra K.', 'Marco L.', 'Aylin D.'][+o.id % 3], []],
    ['Kundennummer', (c, o) => (+o.id % 4 === 0 ? String(10000 + (n(c) % 80000)) : ''), [], opt],
    ['Position', () => '1', []],
    ['Artikelnummer', (c, o) => o.sku, [PL('SKU')]],
    ['EAN', (c, o) => `40${pad(+o.id * 7919 % 1e10, 10)}${+o.id % 10}`, [PL('SKU')], opt],
    ['Artikelbezeichnung', (c, o) => o.name, [PL('name')]],
    ['Menge', (c, o) => String(pwRet(o) ? -o.qty : o.qty), [PL('quantity')]],
    ['Einzelpreis (brutto)', (c, o) => eur(o.price), [], opt],
    ['Rabatt', (c, o) => eur(o.discount), [PL('discountAmount')], opt],
    ['Gesamtpreis (brutto)', (c, o) => eur((pwRet(o) ? -1 : 1) * (o.lineTotal - o.discount)), [PL('priceTotal')]],
    ['Steuersatz', () => '19 %', []],
    ['Steuerbetrag', (c, o) => eur((pwRet(o) ? -1 : 1) * (o.lineTotal - o.discount) * 19 / 119), [], opt],
    ['Belegsumme (brutto)', (c, o) => eur((pwRet(o) ? -1 : 1) * (o.lineTotal - o.discount)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Zahlungsart', (c, o) => pwPay(o), [OR('payments[0].paymentType')]],
    ['Währung', () => 'EUR', [OR('currencyCode'), PL('currencyCode'), OR('payments[0].currencyCode')]],
    ['Gegeben', (c, o) => (pwPay(o) === 'Bar' && !pwRet(o) ? eur(Math.ceil((o.lineTotal - o.discount) / 10) * 10) : ''), []],
    ['Rückgeld', (c, o) => (pwPay(o) === 'Bar' && !pwRet(o) ? eur(Math.ceil((o.lineTotal - o.discount) / 10) * 10 - (o.lineTotal - o.discount)) : ''), []],
    ['TSE-Transaktionsnummer', (c, o) => String(50000 + +o.id * 3), [], opt],
  ] },
  { name: 'tradebyte-auftraege-de', product: 'Tradebyte TB.One (Aufträge > Export, CSV, one row per order line; German UI, a German shoe brand\'s marketplace orders from Zalando, OTTO, Amazon, ABOUT YOU and Galeria)', family: 'ecommerce-orders', language: 'de', schema: E, cols: [
    ['TB-Auftrags-ID', (c, o) => String(7000000 + +o.id * 13), ['_id', OR('purchaseID')], opt],
    ['Kanal', (c, o) => tbCh(o), [], opt],
    ['Kanal-Auftragsnummer', (c, o) => tbChNo(o), [OR('purchaseID')]],
    ['Bestelldatum', (c, o) => deSec(o.at), ['timestamp', OR('createdDate')]],
    ['Bezahlt', (c, o) => (+o.id % 6 === 0 ? '0' : '1'), [], opt],
    ['Rechnung Anrede', anrede, []],
    ['Rechnung Vorname', (c) => c.first, []],
    ['Rechnung Nachname', (c) => c.last, []],
    ['Rechnung Straße und Hausnummer', (c) => c.street, [BILL('street1')]],
    ['Rechnung Adresszusatz', (c) => (n(c) % 7 === 0 ? 'bei Schmidt' : ''), [BILL('street2')], opt],
    ['Rechnung PLZ', (c) => c.postcode, [BILL('postalCode')]],
    ['Rechnung Ort', (c) => c.city, [BILL('city')]],
    ['Rechnung Land', () => 'DE', [BILL('countryCode')]],
    ['E-Mail', (c, o) => (tbCh(o) === 'amazon_de' ? `${((n(c) * 2654435761) % 2 ** 40).toString(16).padStart(10, '0')}@marketplace.amazon.de` : tbCh(o) === 'otto' ? '' : c.email), ['endUserIDs._experience.emailid.id'], opt],
    ['Telefon', (c) => (n(c) % 4 === 0 ? deMobile(c) : ''), [], opt],
    ['Lieferung Vorname', (c) => c.first, []],
    ['Lieferung Nachname', (c) => c.last, []],
    ['Lieferung Straße und Hausnummer', (c, o) => (tbPack(o) ? `Packstation ${100 + (+o.id % 300)}` : c.street), [SHIP('street1')]],
    ['Lieferung Adresszusatz', (c, o) => (tbPack(o) ? String(800000000 + n(c)) : ''), [SHIP('street2')], opt],
    ['Lieferung PLZ', (c) => c.postcode, [SHIP('postalCode')]],
    ['Lieferung Ort', (c) => c.city, [SHIP('city')]],
    ['Lieferung Land', () => 'DE', [SHIP('countryCode')]],
    ['Pos.', () => '1', []],
    ['Artikelnummer (SKU)', (c, o) => `${o.sku}-${38 + (+o.id % 8)}`, [PL('SKU')]],
    ['EAN', (c, o) => `42${pad(+o.id * 104729 % 1e10, 10)}${+o.id % 10}`, [PL('SKU')], opt],
    ['Artikelbezeichnung', (c, o) => `${o.name}, Gr. ${38 + (+o.id % 8)}`, [PL('name')]],
    ['Menge', (c, o) => String(o.qty), [PL('quantity')]],
    ['Einzelpreis', (c, o) => eur(o.price), [], opt],
    ['Positionssumme', (c, o) => eur(o.lineTotal), [PL('priceTotal')]],
    ['Versandkosten', (c, o) => eur(o.shipping), ['commerce.shipping.shippingAmount']],
    ['Währung', () => 'EUR', [OR('currencyCode'), PL('currencyCode')]],
    ['Status', (c, o) => tbSt(o), [], opt],
    ['Sendungsnummer', (c, o) => (['Versendet', 'Retoure'].includes(tbSt(o)) ? `00340434${pad(+o.id * 7919 % 1e10, 10)}` : ''), ['commerce.shipping.trackingNumber']],
    ['Versanddienstleister', (c, o) => (['Versendet', 'Retoure'].includes(tbSt(o)) ? ['DHL', 'Hermes', 'DPD'][+o.id % 3] : ''), ['commerce.shipping.shippingMethod'], opt],
  ] },

  // ---------------------------------------------------------------- Switzerland and Austria
  { name: 'bexio-kontakte-de', product: 'bexio (Kontakte > Import/Export > Kontakte exportieren, .xlsx; German UI, a Zurich trust office\'s contacts: companies with their first contact person, and private clients)', family: 'crm', language: 'de', schema: B, cols: [
    ['Kontakt-Nr.', (c) => String(1 + (n(c) % 4000)), B2BID],
    ['Kontaktart', (c) => (bxPriv(c) ? 'Privat' : 'Firma'), ['b2b.personType'], opt],
    ['Name 1', (c) => (bxPriv(c) ? c.last : chFirm(c)), ['b2b.companyName', 'organizations[0]', 'person.name.lastName']],
    ['Name 2', (c) => (bxPriv(c) ? c.first : n(c) % 3 === 0 ? 'Filiale Bern' : ''), ['person.name.firstName'], opt],
    ['Anrede', (c) => (bxPriv(c) ? anrede(c) : ''), ['person.name.courtesyTitle']],
    ['Titel', (c) => (bxPriv(c) ? title(c) : ''), [], opt],
    ['Adresse', chStreet, at(WH, 'street1')],
    ['PLZ', (c) => ch(c)[1], at(WH, 'postalCode')],
    ['Ort', (c) => ch(c)[0], at(WH, 'city')],
    ['Land', () => 'Schweiz', at(WH, 'country')],
    ['Telefon', chPhone, ['workPhone.number', 'homePhone.number'], opt],
    ['Mobile', (c) => (bxPriv(c) ? chMobile(c) : ''), ['mobilePhone.number']],
    ['Fax', () => '', ['faxPhone.number']],
    ['E-Mail', (c) => (bxPriv(c) ? c.email.replace(/@.*/, '@bluewin.ch') : `info@${chSlug(c)}.ch`), ['workEmail.address', 'personalEmail.address'], opt],
    ['Website', (c) => (bxPriv(c) ? '' : `www.${chSlug(c)}.ch`), ['b2b.companyWebsite']],
    ['Sprache', (c) => (n(c) % 7 === 0 ? 'Französisch' : 'Deutsch'), [], opt],
    ['Kategorie', (c) => ['Kunde', 'Kunde', 'Interessent', 'Partner', 'Lieferant'][n(c) % 5], ['b2b.personStatus', 'b2b.personType'], opt],
    ['Branche', (c) => (bxPriv(c) ? '' : ['Baugewerbe', 'Informatik', 'Immobilien', 'Handwerk'][n(c) % 4]), [], opt],
    ['Ansprechpartner', (c) => ['Reto Baumann', 'Sandra Meier', 'Reto Baumann'][n(c) % 3], []],
    ['Geburtsdatum', (c) => (bxPriv(c) ? deDate(c.birth) : ''), ['person.birthDate']],
    ['UID-Nummer', (c) => (bxPriv(c) ? '' : `CHE-${digits(c, 7, 3)}.${digits(c, 13, 3)}.${digits(c, 17, 3)} MWST`), [], opt],
    ['Bemerkungen', (c) => ['', 'Jahresabschluss per 31.12.', '', 'Mandat Lohnbuchhaltung'][n(c) % 4], []],
    ['Kontaktperson 1 Anrede', (c) => (bxPriv(c) ? '' : anrede(c)), ['person.name.courtesyTitle']],
    ['Kontaktperson 1 Vorname', (c) => (bxPriv(c) ? '' : c.first), ['person.name.firstName']],
    ['Kontaktperson 1 Nachname', (c) => (bxPriv(c) ? '' : c.last), ['person.name.lastName']],
    ['Kontaktperson 1 Funktion', (c) => (bxPriv(c) ? '' : JOB[n(c) % JOB.length]), ['extendedWorkDetails.jobTitle']],
    ['Kontaktperson 1 E-Mail', (c) => (bxPriv(c) ? '' : `${slug(c.first)}.${slug(c.last)}@${chSlug(c)}.ch`), ['workEmail.address']],
    ['Kontaktperson 1 Telefon', (c) => (bxPriv(c) ? '' : chPhone(c).replace(/\d\d$/, '10')), ['workPhone.number']],
    ['Kontaktperson 1 Mobile', (c) => (bxPriv(c) || n(c) % 2 ? '' : chMobile(c)), ['mobilePhone.number']],
  ] },
  { name: 'bmd-personenkonten-de', product: 'BMD NTCS (Stammdaten > Personenkonten > Kunden, Liste > Export nach Excel; German UI, an Austrian building-materials wholesaler\'s customer accounts)', family: 'b2b', language: 'de', schema: B, cols: [
    ['Konto-Nr.', (c) => String(200001 + (n(c) % 9999)), B2BID],
    ['Kontoart', () => 'Kunde', [], opt],
    ['Name', atFirm, ['b2b.companyName', 'organizations[0]']],
    ['Zusatz', (c) => (n(c) % 5 === 0 ? 'Zweigniederlassung Wels' : ''), [], opt],
    ['Anrede', () => 'Firma', [], opt],
    ['Ansprechpartner', (c) => `${c.first} ${c.last}`, ['person.name.fullName']],
    ['Straße', (c) => `${AT_ST[n(c) % AT_ST.length]} ${n(c) % 60 + 1}`, at(WORK, 'street1')],
    ['PLZ', (c) => at_(c)[1], at(WORK, 'postalCode')],
    ['Ort', (c) => at_(c)[0], at(WORK, 'city')],
    ['Land', () => 'AT', at(WORK, 'countryCode')],
    ['Telefon', atPhone, ['workPhone.number']],
    ['Fax', (c) => (n(c) % 3 === 0 ? `${atPhone(c)}-9` : ''), ['faxPhone.number']],
    ['E-Mail', (c) => (n(c) % 2 ? `office@${atSlug(c)}.at` : `${slug(c.first)[0]}.${slug(c.last)}@${atSlug(c)}.at`), ['workEmail.address', 'personalEmail.address']],
    ['Homepage', (c) => `www.${atSlug(c)}.at`, ['b2b.companyWebsite']],
    ['UID-Nummer', (c) => `ATU${digits(c, 7919, 8)}`, [], opt],
    ['Firmenbuchnummer', (c) => (n(c) % 4 === 3 ? '' : `FN ${digits(c, 31, 6)}${'abdfghikmpstvwxyz'[n(c) % 17]}`), [], opt],
    ['Branche', (c) => ['Baumeister', 'Installateur', 'Dachdecker', 'Fliesenleger', 'Tischler'][n(c) % 5], [], opt],
    ['Zahlungskondition', (c) => ['30 Tage netto', '14 Tage 2 % Skonto, 30 Tage netto', 'sofort netto', '60 Tage netto'][n(c) % 4], []],
    ['Kreditlimit', (c) => eur(5000 * (1 + (n(c) % 10))), []],
    ['Mahnsperre', (c) => (n(c) % 12 === 0 ? 'Ja' : 'Nein'), []],
    ['IBAN', (c) => `AT${pad(n(c) % 89 + 10)} ${digits(c, 31, 4)} ${digits(c, 37, 4)} ${digits(c, 41, 4)} ${digits(c, 43, 4)}`, []],
    ['BIC', (c) => ['BKAUATWW', 'RZOOAT2L', 'OBKLAT2L', 'GIBAATWW'][n(c) % 4], []],
    ['Vertreter', (c) => ['Ing. Markus Huber', 'Christina Gruber', 'Stefan Leitner'][n(c) % 3], []],
    ['Sperre', (c) => (n(c) % 15 === 0 ? 'Ja' : 'Nein'), ['b2b.isBlocked'], opt],
    ['Angelegt am', (c) => deDate(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Geändert am', (c) => deDate(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },
]
