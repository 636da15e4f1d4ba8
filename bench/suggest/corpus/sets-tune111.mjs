// Round 111, tune111: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). German, French and Dutch CRMs, B2B lead lists and support desks: CRM contacts,
// bought prospect lists of companies with their decision makers, support tickets and messaging contacts; headers in the
// product's UI language (German, French, Dutch).
import { E, P, B, v, B2BID, OR, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

const day = 86400000
const min = 60000
// local time: Central European (DE, FR, NL), summer time April-October
const summer = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 }
const cet = (ms) => shift(ms, summer(ms) ? 2 : 1)
const deD = (ms) => { const p = cet(ms); return `${pad(p.d)}.${pad(p.m)}.${p.y}` }
const deDT = (ms) => { const p = cet(ms); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}` }
const deDTS = (ms) => { const p = cet(ms); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const frD = (ms) => { const p = cet(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const frDT = (ms) => { const p = cet(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const glpiDT = (ms) => { const p = cet(ms); return `${pad(p.d)}-${pad(p.m)}-${p.y} ${pad(p.H)}:${pad(p.M)}` }
const nlD = (ms) => { const p = cet(ms); return `${pad(p.d)}-${pad(p.m)}-${p.y}` }
const nlDT = (ms) => { const p = cet(ms); return `${pad(p.d)}-${pad(p.m)}-${p.y} ${pad(p.H)}:${pad(p.M)}` }
const isoLocal = (ms) => { const p = cet(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const thou = (n, sep) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep)

const FN = ['person.name.firstName']
const LN = ['person.name.lastName']
const CO = ['b2b.companyName', 'organizations[0]']
const TITLE = ['extendedWorkDetails.jobTitle']
const SAL = ['person.name.courtesyTitle']
const ACC = ['b2b.accountKey.sourceID', 'b2b.accountID']
const W = (leaf) => `workAddress.${leaf}`
const STATE = [W('state'), W('stateProvince')]
const CREATED = ['extSourceSystemAudit.createdDate']
const UPDATED = ['extSourceSystemAudit.lastUpdatedDate']
const EMAIL_ID = ['endUserIDs._experience.emailid.id']
const PHONE_ID = ['endUserIDs._experience.phonenumberid.id']
const CUST_ID = ['endUserIDs._experience.aacustomid.id']

const slug = (s) => s.toLowerCase().replace(/ß/g, 'ss').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')
const FEMALE = ['Anna', 'Lea', 'Sophie', 'Marie', 'Katharina', 'Ursula', 'Sabine', 'Léa', 'Chloé', 'Manon', 'Inès', 'Élodie', 'Margaux', 'Camille', 'Emma', 'Julia', 'Mila', 'Tess', 'Sanne', 'Femke']
const fem = (c) => FEMALE.includes(c.first)
// Dutch surnames: tussenvoegsel split off
const tv = (last) => { const m = last.match(/^((?:van den|van der|van de|van|de|den|ter|te)) (.+)$/); return m ? [m[1], m[2]] : ['', last] }
const initials = (first) => `${first[0]}.`

// local companies of the row, [name, domain, legal form, sector, code]
const DE_CO = [
  ['Hülsbeck Maschinenbau GmbH', 'huelsbeck-maschinenbau.de', 'GmbH', 'Maschinenbau', '28.41'],
  ['Krämer Antriebstechnik GmbH & Co. KG', 'kraemer-antriebe.de', 'GmbH & Co. KG', 'Maschinenbau', '28.15'],
  ['Westfalia Kunststofftechnik GmbH', 'westfalia-kt.de', 'GmbH', 'Kunststoffverarbeitung', '22.29'],
  ['Brinkmann Metallbau GmbH', 'brinkmann-metallbau.de', 'GmbH', 'Metallbau', '25.11'],
  ['Schulte Elektrotechnik GmbH', 'schulte-elektro.de', 'GmbH', 'Elektrotechnik', '27.12'],
  ['Rheinland Präzisionsteile AG', 'rheinland-praezision.de', 'AG', 'Metallbearbeitung', '25.62'],
  ['Overbeck Fördertechnik GmbH', 'overbeck-foerdertechnik.de', 'GmbH', 'Fördertechnik', '28.22'],
  ['Lindemann Verpackungen GmbH', 'lindemann-verpackungen.de', 'GmbH', 'Verpackungen', '17.21'],
]
const FR_CO = [
  ['Atelier Bréhat SARL', 'atelier-brehat.fr', 'SARL', '1623Z', 'Fabrication de charpentes et d\'autres menuiseries'],
  ['Océane Logistique SAS', 'oceane-logistique.fr', 'SAS', '5210B', 'Entreposage et stockage non frigorifique'],
  ['Boulangeries Le Goff SAS', 'legoff-boulangeries.fr', 'SAS', '1071C', 'Boulangerie et boulangerie-pâtisserie'],
  ['Cabinet Morvan Expertise SARL', 'morvan-expertise.fr', 'SARL', '6920Z', 'Activités comptables'],
  ['Ligérienne de Travaux Publics SA', 'ligerienne-tp.fr', 'SA', '4211Z', 'Construction de routes et autoroutes'],
  ['Kerlann Informatique SAS', 'kerlann-info.fr', 'SAS', '6202A', 'Conseil en systèmes et logiciels informatiques'],
  ['Transports Guérin et Fils SARL', 'transports-guerin.fr', 'SARL', '4941A', 'Transports routiers de fret interurbains'],
  ['Clinique Vétérinaire des Marais SELARL', 'veto-marais.fr', 'SELARL', '7500Z', 'Activités vétérinaires'],
]
const NL_CO = [
  ['Van Houten Installatietechniek B.V.', 'vanhouten-installatie.nl', 'Besloten Vennootschap', '4322', 'Loodgieters- en fitterswerk; installatie van sanitair en verwarming'],
  ['Brabantse Bouwgroep B.V.', 'brabantsebouwgroep.nl', 'Besloten Vennootschap', '4120', 'Algemene burgerlijke en utiliteitsbouw'],
  ['Kempen Logistiek B.V.', 'kempenlogistiek.nl', 'Besloten Vennootschap', '4941', 'Goederenvervoer over de weg'],
  ['Zorggroep De Linde', 'zorggroepdelinde.nl', 'Stichting', '8710', 'Verpleeghuizen'],
  ['Technisch Bureau Verhoeven V.O.F.', 'tb-verhoeven.nl', 'Vennootschap onder firma', '7112', 'Ingenieurs en overig technisch ontwerp en advies'],
  ['De Peelhoeve Food B.V.', 'peelhoeve.nl', 'Besloten Vennootschap', '1013', 'Vleesverwerking'],
  ['Meulenbroek Accountants B.V.', 'meulenbroek-accountants.nl', 'Besloten Vennootschap', '6920', 'Accountancy, belastingadvies en administratie'],
  ['Oisterwijk Metaal B.V.', 'oisterwijkmetaal.nl', 'Besloten Vennootschap', '2562', 'Algemene metaalbewerking'],
]
const co = (list, c, k = 0) => list[(+c.id + k) % list.length]
const siren = (c) => String(300000000 + (+c.id * 7919) % 600000000)
const kvk = (c) => String(10000000 + (+c.id * 6133) % 89999999)
const vestNr = (c) => pad(String((+c.id * 104729) % 1000000000000), 12)

// Dutch street with house number split off ("Kerkstraat 12" -> ["Kerkstraat", "12"])
const split = (street) => { const m = street.match(/^(.*?) (\d+\w*)$/); return m ? [m[1], m[2]] : [street, ''] }
const NB = [['Eindhoven', '5611 AZ', '040'], ['Tilburg', '5038 CB', '013'], ['\'s-Hertogenbosch', '5211 LH', '073'], ['Breda', '4811 XJ', '076'], ['Helmond', '5701 PK', '0492'], ['Oss', '5341 CT', '0412'], ['Oisterwijk', '5061 HA', '013'], ['Veldhoven', '5504 DJ', '040']]
const nb = (c) => NB[+c.id % NB.length]
const nlLand = (c, r) => (nb(c)[2].length === 3 ? `${nb(c)[2]}-${v.int(r, 2000000, 2999999)}` : `${nb(c)[2]}-${v.int(r, 500000, 599999)}`)
const WESTF = [['Bielefeld', '33602', 'Nordrhein-Westfalen', '0521'], ['Gütersloh', '33330', 'Nordrhein-Westfalen', '05241'], ['Paderborn', '33098', 'Nordrhein-Westfalen', '05251'], ['Münster', '48143', 'Nordrhein-Westfalen', '0251'], ['Dortmund', '44137', 'Nordrhein-Westfalen', '0231'], ['Köln', '50667', 'Nordrhein-Westfalen', '0221'], ['Osnabrück', '49074', 'Niedersachsen', '0541'], ['Herford', '32052', 'Nordrhein-Westfalen', '05221']]
const wf = (c) => WESTF[+c.id % WESTF.length]
const deLand = (c, r) => `${wf(c)[3]} ${v.int(r, 10000, 999999)}`
const deMobile = (r) => `0${v.pick(r, ['151', '160', '171', '176', '152'])} ${v.int(r, 1000000, 99999999)}`
const DE_STREET = ['Industriestraße', 'Gewerbepark', 'Carl-Miele-Straße', 'Am Stadtholz', 'Eckendorfer Straße', 'Hansaring', 'Otto-Brenner-Straße', 'Marienfelder Straße']
const deStreet = (c) => `${DE_STREET[(+c.id >> 2) % DE_STREET.length]} ${1 + (+c.id % 97)}`
const OUEST = [['Nantes', '44000', 'Loire-Atlantique', 'Pays de la Loire', '02'], ['Saint-Herblain', '44800', 'Loire-Atlantique', 'Pays de la Loire', '02'], ['Angers', '49100', 'Maine-et-Loire', 'Pays de la Loire', '02'], ['Rennes', '35000', 'Ille-et-Vilaine', 'Bretagne', '02'], ['Vannes', '56000', 'Morbihan', 'Bretagne', '02'], ['Le Mans', '72000', 'Sarthe', 'Pays de la Loire', '02'], ['Brest', '29200', 'Finistère', 'Bretagne', '02'], ['La Roche-sur-Yon', '85000', 'Vendée', 'Pays de la Loire', '02']]
const ou = (c) => OUEST[+c.id % OUEST.length]
const frTel = (r, p = '0' + v.pick(r, ['2', '2', '1', '4'])) => `${p} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}`
const frMob = (r) => frTel(r, '0' + v.pick(r, ['6', '7']))

export const SETS = [
  // ---------------------------------------------------------------- eGECKO CRM (Germany)
  { name: 'egecko-crm-ansprechpartner-export-de', product: 'eGECKO CRM (CTO Balzuweit: Adressen > Ansprechpartner, Liste > Export nach Excel, German UI, an East-Westphalian supplier of drive components selling to machine builders)', family: 'crm', language: 'de', schema: B, cols: [
    ['Adressnummer', (c) => String(10000 + +c.id % 8000), ACC, opt],
    ['AP-Nummer', (c) => `${10000 + +c.id % 8000}-${1 + +c.id % 4}`, B2BID],
    ['Firma', (c) => co(DE_CO, c)[0], CO],
    ['Firma 2', (c, o, r) => (r() < 0.2 ? 'Werk II' : ''), [], opt],
    ['Anrede', (c) => (fem(c) ? 'Frau' : 'Herr'), SAL],
    ['Titel', (c, o, r) => (r() < 0.15 ? 'Dr.' : ''), SAL, opt],
    ['Vorname', (c) => c.first, FN],
    ['Nachname', (c) => c.last, LN],
    ['Position', (c) => c.job, TITLE],
    ['Abteilung', (c) => row(['Einkauf', 'Konstruktion', 'Geschäftsleitung', 'Instandhaltung', 'Vertrieb', 'Einkauf'], +c.id), ['extendedWorkDetails.departments[0]']],
    ['Straße', (c) => deStreet(c), [W('street1')]],
    ['PLZ', (c) => wf(c)[1], [W('postalCode')]],
    ['Ort', (c) => wf(c)[0], [W('city')]],
    ['Land', () => 'Deutschland', [W('country')]],
    ['Telefon', (c, o, r) => deLand(c, r), ['workPhone.number']],
    ['Mobil', (c, o, r) => (r() < 0.6 ? deMobile(r) : ''), ['mobilePhone.number']],
    ['Fax', (c, o, r) => (r() < 0.4 ? `${wf(c)[3]} ${v.int(r, 10000, 999999)}` : ''), ['faxPhone.number']],
    ['E-Mail', (c) => `${slug(c.first[0])}.${slug(c.last)}@${co(DE_CO, c)[1]}`, ['workEmail.address']],
    ['Internet', (c) => `www.${co(DE_CO, c)[1]}`, ['b2b.companyWebsite']],
    ['Branche', (c) => co(DE_CO, c)[3], []],
    ['Kundenstatus', (c) => row(['Kunde', 'Kunde', 'Interessent', 'Interessent', 'Ehemaliger Kunde'], +c.id), ['b2b.personStatus'], opt],
    ['Vertriebsmitarbeiter', (c, o, r) => v.pick(r, ['Thomas Brockmeyer', 'Sandra Wiebusch', 'Innendienst']), []],
    ['Briefanrede', (c) => (fem(c) ? `Sehr geehrte Frau ${c.last},` : `Sehr geehrter Herr ${c.last},`), []],
    ['Geburtstag', (c, o, r) => (r() < 0.3 ? deD(c.birth) : ''), ['person.birthDate']],
    ['Newsletter', (c, o, r) => (r() < 0.55 ? 'Ja' : 'Nein'), [], opt],
    ['Angelegt am', (c) => deD(c.created), CREATED, opt],
    ['Geändert am', (c) => deDT(Math.max(c.created, c.updated)), UPDATED, opt],
    ['Bemerkung', (c, o, r) => v.pick(r, ['', '', 'Messekontakt Hannover', 'Rahmenvertrag bis 12/2025', 'Bitte nur per E-Mail']), []],
  ] },

  // ---------------------------------------------------------------- optimise-it tickets (Germany)
  { name: 'optimise-it-tickets-export-de', product: 'optimise-it (Hamburg customer-service software: Ticketsystem, Reporting > Ticketliste > CSV-Export, German UI, a Hamburg online fashion retailer\'s customer service answering e-mail, contact-form, chat and letter enquiries)', family: 'support', language: 'de', schema: E, cols: [
    ['Ticket-ID', (c, o) => String(4100000 + +o.id * 7), ['_id'], opt],
    ['Betreff', (c, o, r) => v.pick(r, ['Wo bleibt meine Bestellung?', 'Retoure – Gutschrift fehlt', 'Falsche Größe geliefert', 'Frage zur Rechnung', 'Gutscheincode funktioniert nicht', 'Adressänderung']), []],
    ['Kanal', (c, o, r) => v.pick(r, ['E-Mail', 'E-Mail', 'Kontaktformular', 'Chat', 'Brief']), [], opt],
    ['Eingang', (c, o) => deDTS(o.at), ['timestamp']],
    ['Postfach', (c, o, r) => `${v.pick(r, ['service', 'service', 'retoure', 'rechnung'])}@nordmode-shop.de`, []],
    ['Kategorie', (c, o, r, i) => row(['Lieferung', 'Retoure', 'Reklamation', 'Zahlung', 'Kundenkonto', 'Lieferung'], i), []],
    ['Unterkategorie', (c, o, r, i) => row(['Lieferstatus', 'Gutschrift', 'Falschlieferung', 'Rechnungskauf', 'Adresse ändern', 'Paket beschädigt'], i), []],
    ['Priorität', (c, o, r) => v.pick(r, ['normal', 'normal', 'hoch', 'niedrig']), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['abgeschlossen', 'abgeschlossen', 'in Bearbeitung', 'wartet auf Kunde', 'neu']), [], opt],
    ['Team', (c, o, r) => v.pick(r, ['1st Level', '1st Level', 'Retouren', 'Buchhaltung']), []],
    ['Bearbeiter', (c, o, r) => v.pick(r, ['Jana Petersen', 'Malte Hansen', 'Derya Yilmaz', 'Kai Lorenzen']), []],
    ['Kundenname', (c) => `${c.first} ${c.last}`, []],
    ['Kunden-E-Mail', (c) => c.email, EMAIL_ID, opt],
    ['Kundennummer', (c, o, r) => (r() < 0.75 ? String(20000000 + +c.id * 13) : ''), CUST_ID, opt],
    ['Bestellnummer', (c, o, r) => (r() < 0.6 ? `10${v.int(r, 10000000, 99999999)}` : ''), [OR('purchaseID')], opt],
    ['Erste Antwort', (c, o, r) => deDTS(o.at + v.int(r, 30, 1800) * min), [], opt],
    ['Abgeschlossen am', (c, o, r) => (r() < 0.3 ? '' : deDTS(o.at + v.int(r, 60, 4000) * min)), [], opt],
    ['Bearbeitungszeit (Min.)', (c, o, r) => String(v.int(r, 2, 25)), []],
    ['Anzahl Antworten', (c, o, r) => String(v.int(r, 1, 5)), []],
    ['Textbaustein', (c, o, r) => v.pick(r, ['', 'TB_Lieferstatus_DHL', 'TB_Retoure_Gutschrift', 'TB_Rechnung_Klarna']), []],
    ['SLA erfüllt', (c, o, r) => (r() < 0.85 ? 'Ja' : 'Nein'), []],
  ] },

  // ---------------------------------------------------------------- Listflix B2B addresses (Germany)
  { name: 'listflix-firmenadressen-download-de', product: 'Listflix (B2B-Adressen: Liste konfigurieren > Download als Excel, German, a Cologne IT service provider buying a list of manufacturers in North Rhine-Westphalia and Lower Saxony with their managing directors)', family: 'b2b-leads', language: 'de', schema: B, cols: [
    ['Listflix-ID', (c) => `LF${String(+c.id * 37).padStart(8, '0')}`, ACC, opt],
    ['Firmenname', (c) => co(DE_CO, c)[0], CO],
    ['Rechtsform', (c) => co(DE_CO, c)[2], []],
    ['Straße', (c) => deStreet(c).replace(/ \d+$/, ''), [W('street1')]],
    ['Hausnummer', (c) => String(1 + +c.id % 97), [W('street1')], opt],
    ['PLZ', (c) => wf(c)[1], [W('postalCode')]],
    ['Ort', (c) => wf(c)[0], [W('city')]],
    ['Bundesland', (c) => wf(c)[2], STATE],
    ['Telefon', (c, o, r) => deLand(c, r), ['workPhone.number']],
    ['E-Mail', (c) => `info@${co(DE_CO, c)[1]}`, ['workEmail.address'], opt],
    ['Website', (c) => `https://www.${co(DE_CO, c)[1]}`, ['b2b.companyWebsite']],
    ['Branche', (c) => co(DE_CO, c)[3], []],
    ['WZ-Code', (c) => co(DE_CO, c)[4], []],
    ['Mitarbeiter', (c) => row(['20-49', '50-99', '100-249', '250-499', '50-99'], +c.id), []],
    ['Umsatz', (c) => row(['2-5 Mio. €', '5-10 Mio. €', '10-25 Mio. €', '25-50 Mio. €'], +c.id), []],
    ['Gründungsjahr', (c) => String(1950 + (+c.id % 65)), []],
    ['Handelsregister', (c) => `HRB ${1000 + (+c.id % 30000)}`, []],
    ['Registergericht', (c) => `Amtsgericht ${wf(c)[0] === 'Herford' ? 'Bad Oeynhausen' : wf(c)[0]}`, []],
    ['Anrede', (c) => (fem(c) ? 'Frau' : 'Herr'), SAL],
    ['Titel', (c, o, r) => (r() < 0.12 ? 'Dr.' : ''), SAL, opt],
    ['Vorname', (c) => c.first, FN],
    ['Nachname', (c) => c.last, LN],
    ['Position', (c) => (fem(c) ? 'Geschäftsführerin' : 'Geschäftsführer'), TITLE],
    ['LinkedIn', (c, o, r) => (r() < 0.4 ? `https://www.linkedin.com/company/${slug(co(DE_CO, c)[0]).slice(0, 16)}` : ''), []],
  ] },

  // ---------------------------------------------------------------- Superchat contacts (Germany)
  { name: 'superchat-kontakte-export-de', product: 'Superchat (Kontakte > Exportieren, CSV, German UI, a Munich bicycle shop answering customers on WhatsApp, Instagram and e-mail from one inbox)', family: 'support', language: 'de', schema: P, cols: [
    ['Kontakt-ID', (c, o, r) => `ct_${v.alnum(r, 20)}`, ['_id', 'personID']],
    ['Vorname', (c) => c.first, FN],
    ['Nachname', (c, o, r) => (r() < 0.15 ? '' : c.last), LN],
    ['Telefonnummer', (c, o, r) => `+491${v.pick(r, ['51', '60', '70', '76'])}${v.int(r, 1000000, 99999999)}`, ['mobilePhone.number']],
    ['E-Mail', (c, o, r) => (r() < 0.5 ? c.email : ''), ['personalEmail.address']],
    ['Instagram', (c, o, r) => (r() < 0.3 ? `@${slug(c.first)}_${slug(c.last).slice(0, 5)}` : ''), []],
    ['Facebook', () => '', []],
    ['Unternehmen', (c, o, r) => (r() < 0.1 ? co(DE_CO, c)[0] : ''), ['organizations[0]'], opt],
    ['Kundennummer', (c, o, r) => (r() < 0.4 ? String(v.int(r, 1000, 9999)) : ''), [], opt],
    ['Geburtstag', (c, o, r) => (r() < 0.2 ? deD(c.birth) : ''), ['person.birthDate']],
    ['Labels', (c, o, r) => v.pick(r, ['', 'Werkstatt', 'E-Bike Interessent', 'Werkstatt, Stammkunde', 'Leasing']), []],
    ['Postfach', (c, o, r) => v.pick(r, ['WhatsApp Laden', 'WhatsApp Werkstatt', 'Instagram', 'E-Mail']), []],
    ['Zugewiesen an', (c, o, r) => v.pick(r, ['Flo', 'Vroni', '', 'Werkstatt-Team']), []],
    ['WhatsApp Opt-in', (c, o, r) => (r() < 0.8 ? 'Ja' : 'Nein'), [], opt],
    ['Sprache', () => 'Deutsch', [], opt],
    ['Erstellt am', (c) => isoLocal(c.created), [], opt],
    ['Letzte Nachricht', (c) => isoLocal(Math.max(c.created, c.updated)), [], opt],
  ] },

  // ---------------------------------------------------------------- Youday CRM contacts (France)
  { name: 'youday-crm-contacts-export-fr', product: 'Youday CRM (Contacts > Exporter, Excel, French UI, a Lyon reseller of office printers and managed print services to SMEs)', family: 'crm', language: 'fr', schema: B, cols: [
    ['ID contact', (c) => String(50000 + +c.id % 40000), B2BID],
    ['Civilité', (c) => (fem(c) ? 'Mme' : 'M.'), SAL],
    ['Prénom', (c) => c.first, FN],
    ['Nom', (c) => c.last.toUpperCase(), LN],
    ['Société', (c) => co(FR_CO, c)[0], CO],
    ['Fonction', (c) => c.job, TITLE],
    ['Service', (c) => row(['Direction', 'Achats', 'Services généraux', 'Informatique', 'Comptabilité'], +c.id), ['extendedWorkDetails.departments[0]']],
    ['E-mail', (c) => `${slug(c.first)}.${slug(c.last)}@${co(FR_CO, c)[1]}`, ['workEmail.address']],
    ['Téléphone', (c, o, r) => frTel(r, '04'), ['workPhone.number']],
    ['Portable', (c, o, r) => (r() < 0.7 ? frMob(r) : ''), ['mobilePhone.number']],
    ['Adresse', (c) => c.street, [W('street1')]],
    ['Complément d\'adresse', (c, o, r) => (r() < 0.25 ? v.pick(r, ['Bâtiment B', 'ZI des Gaulnes', 'BP 204']) : ''), [W('street2')]],
    ['Code postal', (c, o, r) => v.pick(r, ['69003', '69007', '69100', '69800', '38000', '42000']), [W('postalCode')]],
    ['Ville', (c, o, r) => v.pick(r, ['Lyon', 'Villeurbanne', 'Saint-Priest', 'Grenoble', 'Saint-Étienne']), [W('city')]],
    ['Pays', () => 'France', [W('country')]],
    ['Site web', (c) => `www.${co(FR_CO, c)[1]}`, ['b2b.companyWebsite']],
    ['SIRET', (c) => `${siren(c)}000${pad(1 + +c.id % 90)}`, [], opt],
    ['Code NAF', (c) => co(FR_CO, c)[3], []],
    ['Statut', (c) => row(['Prospect', 'Client', 'Prospect', 'Client', 'Ancien client'], +c.id), ['b2b.personStatus'], opt],
    ['Origine', (c, o, r) => v.pick(r, ['Salon', 'Site web', 'Recommandation', 'Prospection téléphonique']), ['b2b.personSource'], opt],
    ['Commercial', (c, o, r) => v.pick(r, ['Julien Perrin', 'Nadia Benali', 'Sébastien Roux']), []],
    ['Tags', (c, o, r) => v.pick(r, ['', 'MPS', 'copieur A3', 'MPS;renouvellement 2025']), []],
    ['Opt-in e-mail', (c, o, r) => (r() < 0.6 ? 'Oui' : 'Non'), [], opt],
    ['Date de création', (c) => frD(c.created), CREATED, opt],
    ['Dernière action', (c) => frD(c.updated), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Commentaire', (c, o, r) => v.pick(r, ['', '', 'Contrat de location échu en juin', 'Rappeler après le salon']), []],
  ] },

  // ---------------------------------------------------------------- Manageo prospect file (France)
  { name: 'manageo-fichier-prospection-export-fr', product: 'Manageo (fichier de prospection B2B: Ciblage > Exporter le fichier Excel, French, a Nantes HR-software start-up targeting SMEs in Pays de la Loire and Brittany with their managers)', family: 'b2b-leads', language: 'fr', schema: B, cols: [
    ['SIREN', (c) => siren(c), [], opt],
    ['SIRET', (c) => `${siren(c)}00017`, [], opt],
    ['Raison sociale', (c) => co(FR_CO, c)[0], CO],
    ['Enseigne', (c, o, r) => (r() < 0.3 ? co(FR_CO, c)[0].replace(/ (SARL|SAS|SA|SELARL)$/, '') : ''), CO, opt],
    ['Forme juridique', (c) => co(FR_CO, c)[2], []],
    ['Adresse', (c) => c.street, [W('street1')]],
    ['Code postal', (c) => ou(c)[1], [W('postalCode')]],
    ['Ville', (c) => ou(c)[0].toUpperCase(), [W('city')]],
    ['Département', (c) => ou(c)[2], STATE, opt],
    ['Région', (c) => ou(c)[3], [...STATE, W('region')], opt],
    ['Téléphone', (c, o, r) => frTel(r, '02'), ['workPhone.number']],
    ['Site internet', (c) => `www.${co(FR_CO, c)[1]}`, ['b2b.companyWebsite']],
    ['E-mail générique', (c) => `contact@${co(FR_CO, c)[1]}`, ['workEmail.address'], opt],
    ['Code NAF', (c) => co(FR_CO, c)[3], []],
    ['Libellé NAF', (c) => co(FR_CO, c)[4], []],
    ['Tranche d\'effectif', (c) => row(['10 à 19 salariés', '20 à 49 salariés', '50 à 99 salariés', '100 à 199 salariés'], +c.id), []],
    ['Chiffre d\'affaires (k€)', (c) => thou(800 + (+c.id * 17) % 24000, ' '), []],
    ['Date de création', (c) => frD(Date.UTC(1975 + (+c.id % 45), +c.id % 12, 1 + (+c.id % 27))), []],
    ['Civilité dirigeant', (c) => (fem(c) ? 'Madame' : 'Monsieur'), SAL],
    ['Prénom dirigeant', (c) => c.first, FN],
    ['Nom dirigeant', (c) => c.last.toUpperCase(), LN],
    ['Fonction dirigeant', (c) => row(['Gérant', 'Président', 'Directeur général', 'Gérant', 'Président du conseil d\'administration'], +c.id), TITLE],
    ['E-mail dirigeant', (c, o, r) => (r() < 0.55 ? `${slug(c.first)[0]}.${slug(c.last)}@${co(FR_CO, c)[1]}` : ''), ['workEmail.address']],
    ['LinkedIn dirigeant', (c, o, r) => (r() < 0.35 ? `https://www.linkedin.com/in/${slug(c.first)}-${slug(c.last)}` : ''), []],
    ['Date de mise à jour', (c) => frD(c.updated), UPDATED, opt],
  ] },

  // ---------------------------------------------------------------- Easiware requests (France)
  { name: 'easiware-demandes-export-fr', product: 'Easiware (relation client: Demandes > Exporter, CSV, French UI, a French online retailer of household appliances handling e-mail, web-form, phone and Facebook requests)', family: 'support', language: 'fr', schema: E, cols: [
    ['N° de demande', (c, o) => String(800000 + +o.id * 3), ['_id'], opt],
    ['Date de création', (c, o) => frDT(o.at), ['timestamp']],
    ['Canal', (c, o, r) => v.pick(r, ['E-mail', 'Formulaire web', 'Téléphone', 'Facebook', 'E-mail']), [], opt],
    ['Motif', (c, o, r, i) => row(['Livraison', 'SAV', 'Commande', 'Remboursement', 'Livraison', 'Garantie'], i), []],
    ['Sous-motif', (c, o, r, i) => row(['Retard de livraison', 'Panne', 'Modification de commande', 'Remboursement non reçu', 'Colis endommagé', 'Extension de garantie'], i), []],
    ['Objet', (c, o, r) => v.pick(r, ['Lave-linge ne démarre plus', 'Où est ma commande ?', 'Demande de remboursement', 'Livraison en étage', 'Facture introuvable']), []],
    ['Statut', (c, o, r) => v.pick(r, ['Clôturée', 'Clôturée', 'En cours', 'En attente client', 'Nouvelle']), [], opt],
    ['Priorité', (c, o, r) => v.pick(r, ['Normale', 'Normale', 'Haute', 'Basse']), [], opt],
    ['Marque', () => 'ÉlectroMénager Direct', []],
    ['Équipe', (c, o, r) => v.pick(r, ['Niveau 1', 'Niveau 1', 'SAV', 'Back-office']), []],
    ['Agent', (c, o, r) => v.pick(r, ['Aurélie M.', 'Karim B.', 'Sandrine L.', 'Non affectée']), []],
    ['Civilité', (c) => (fem(c) ? 'Madame' : 'Monsieur'), []],
    ['Nom', (c) => c.last, []],
    ['Prénom', (c) => c.first, []],
    ['E-mail', (c) => c.email, EMAIL_ID, opt],
    ['Téléphone', (c, o, r) => (r() < 0.6 ? frMob(r) : ''), PHONE_ID, opt],
    ['N° client', (c, o, r) => (r() < 0.8 ? `C${v.int(r, 1000000, 9999999)}` : ''), CUST_ID, opt],
    ['N° de commande', (c, o, r) => (r() < 0.7 ? `EMD-${v.int(r, 100000, 999999)}` : ''), [OR('purchaseID')], opt],
    ['Date de première réponse', (c, o, r) => frDT(o.at + v.int(r, 20, 1500) * min), [], opt],
    ['Date de clôture', (c, o, r) => (r() < 0.3 ? '' : frDT(o.at + v.int(r, 2, 96) * 60 * min)), [], opt],
    ['Nombre de messages', (c, o, r) => String(v.int(r, 1, 8)), []],
    ['Délai de traitement (h)', (c, o, r) => (v.int(r, 1, 200) / 4).toFixed(1).replace('.', ','), []],
    ['Satisfaction', (c, o, r) => v.pick(r, ['', '', '5', '4', '1']), []],
  ] },

  // ---------------------------------------------------------------- GLPI tickets (France)
  { name: 'glpi-tickets-export-csv-fr', product: 'GLPI (Assistance > Tickets, search list > Export CSV, French UI, an intercommunal IT department in Brittany supporting town halls and schools)', family: 'support', language: 'fr', schema: E, cols: [
    ['ID', (c, o) => thou(1200 + +o.id % 98000, '\u00a0'), ['_id'], opt],
    ['Titre', (c, o, r) => v.pick(r, ['Imprimante mairie hors service', 'Création compte messagerie', 'Pas d\'accès au logiciel état civil', 'Écran TBI école ne s\'allume plus', 'Demande de poste de travail', 'Mot de passe expiré']), []],
    ['Entité', (c, o, r) => v.pick(r, ['Entité racine > Communauté de communes > Mairie de Ploërmel', 'Entité racine > Communauté de communes > Mairie de Josselin', 'Entité racine > Communauté de communes > Écoles']), []],
    ['Statut', (c, o, r) => v.pick(r, ['Clos', 'Clos', 'Résolu', 'En cours (Attribué)', 'En attente', 'Nouveau']), [], opt],
    ['Date d\'ouverture', (c, o) => glpiDT(o.at), ['timestamp']],
    ['Dernière modification', (c, o, r) => glpiDT(o.at + v.int(r, 1, 200) * 60 * min), [], opt],
    ['Type', (c, o, r) => (r() < 0.55 ? 'Incident' : 'Demande'), ['eventType'], opt],
    ['Source de la demande', (c, o, r) => v.pick(r, ['Helpdesk', 'E-Mail', 'Téléphone', 'Helpdesk', 'Direct']), [], opt],
    ['Urgence', (c, o, r) => v.pick(r, ['Moyenne', 'Moyenne', 'Haute', 'Basse']), []],
    ['Impact', (c, o, r) => v.pick(r, ['Moyen', 'Bas', 'Haut']), []],
    ['Priorité', (c, o, r) => v.pick(r, ['Moyenne', 'Moyenne', 'Haute', 'Basse', 'Très haute']), [], opt],
    ['Catégorie', (c, o, r) => v.pick(r, ['Matériel > Imprimante', 'Comptes > Messagerie', 'Logiciels métier > État civil', 'Matériel > Poste de travail', 'Réseau > Wi-Fi']), []],
    ['Demandeur - Demandeur', (c) => `${c.last.toUpperCase()} ${c.first}`, []],
    ['Lieu', (c, o, r) => v.pick(r, ['Mairie > Accueil', 'Mairie > Secrétariat', 'École Jules Ferry > Salle CM2', 'Médiathèque']), []],
    ['Attribué à - Technicien', (c, o, r) => v.pick(r, ['LE BRIS Yann', 'GUILLOU Maëlle', 'TANGUY Erwan', '']), []],
    ['Attribué à - Groupe de techniciens', (c, o, r) => v.pick(r, ['Support N1', 'Support N1', 'Infrastructure', 'Applications métier']), []],
    ['Suivis - Nombre de suivis', (c, o, r) => String(v.int(r, 0, 6)), []],
    ['Date de résolution', (c, o, r) => (r() < 0.3 ? '' : glpiDT(o.at + v.int(r, 1, 72) * 60 * min)), [], opt],
    ['Date de clôture', (c, o, r) => (r() < 0.45 ? '' : glpiDT(o.at + v.int(r, 73, 240) * 60 * min)), [], opt],
    ['Temps de résolution - Temps de résolution', (c, o, r) => glpiDT(o.at + 48 * 60 * min), []],
    ['Durée totale', (c, o, r) => `${v.int(r, 0, 3)} heure(s) ${v.pick(r, ['0', '15', '30', '45'])} minute(s)`, []],
  ] },

  // ---------------------------------------------------------------- Carerix contacts (Netherlands)
  { name: 'carerix-contactpersonen-export-nl', product: 'Carerix (Relaties > Contactpersonen, list view > Exporteren naar Excel, Dutch UI, a Utrecht recruitment and secondment agency\'s client contacts at construction and installation firms)', family: 'crm', language: 'nl', schema: B, cols: [
    ['Contactpersoon ID', (c) => String(30000 + +c.id % 60000), B2BID],
    ['Aanhef', (c) => (fem(c) ? 'Mevrouw' : 'De heer'), SAL],
    ['Voorletters', (c) => initials(c.first), [], opt],
    ['Voornaam', (c) => c.first, FN],
    ['Tussenvoegsel', (c) => tv(c.last)[0], ['person.name.middleName'], opt],
    ['Achternaam', (c) => tv(c.last)[1], LN],
    ['Functie', (c, o, r) => v.pick(r, ['HR-adviseur', 'Projectleider', 'Directeur', 'Uitvoerder', 'Recruiter', 'Bedrijfsleider']), TITLE],
    ['Afdeling', (c, o, r) => v.pick(r, ['HR', 'Projecten', 'Directie', 'Uitvoering']), ['extendedWorkDetails.departments[0]']],
    ['Bedrijf', (c) => co(NL_CO, c)[0], CO],
    ['Bedrijf ID', (c) => String(8000 + +c.id % 900), ACC, opt],
    ['E-mail', (c) => `${slug(c.first)}.${slug(tv(c.last)[1])}@${co(NL_CO, c)[1]}`, ['workEmail.address']],
    ['Telefoon zakelijk', (c, o, r) => nlLand(c, r), ['workPhone.number']],
    ['Mobiel', (c) => c.mobile, ['mobilePhone.number']],
    ['Bezoekadres', (c) => c.street, [W('street1')]],
    ['Postcode', (c) => c.postcode, [W('postalCode')]],
    ['Plaats', (c) => c.city, [W('city')]],
    ['Land', () => 'Nederland', [W('country')]],
    ['Status', (c) => row(['Actief', 'Actief', 'Prospect', 'Inactief'], +c.id), ['b2b.personStatus'], opt],
    ['Eigenaar', (c, o, r) => v.pick(r, ['Marloes Verbeek', 'Joost van Leeuwen', 'Ilse de Graaf']), []],
    ['Vestiging', (c, o, r) => v.pick(r, ['Utrecht', 'Utrecht', 'Amersfoort']), []],
    ['LinkedIn', (c, o, r) => (r() < 0.5 ? `https://www.linkedin.com/in/${slug(c.first)}${slug(c.last)}` : ''), []],
    ['Aangemaakt op', (c) => nlD(c.created), CREATED, opt],
    ['Gewijzigd op', (c) => nlDT(Math.max(c.created, c.updated)), UPDATED, opt],
    ['Laatste contact', (c) => nlD(c.updated), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Opmerkingen', (c, o, r) => v.pick(r, ['', '', 'Raamovereenkomst tot eind 2025', 'Alleen via HR benaderen']), []],
  ] },

  // ---------------------------------------------------------------- Graydon company selection (Netherlands)
  { name: 'graydon-marketing-selectie-export-nl', product: 'Graydon (Graydon Insights / Marketing: Selectie maken > Exporteren naar Excel, Dutch, a Dutch facility-services firm buying a list of Noord-Brabant companies with 20+ employees and a decision maker per company)', family: 'b2b-leads', language: 'nl', schema: B, cols: [
    ['Graydon ID', (c) => String(900000000 + (+c.id * 977) % 99999999), ACC, opt],
    ['KvK-nummer', (c) => kvk(c), [], opt],
    ['Vestigingsnummer', (c) => vestNr(c), [], opt],
    ['Handelsnaam', (c) => co(NL_CO, c)[0], CO],
    ['Statutaire naam', (c) => co(NL_CO, c)[0].replace(/ B\.V\.$/, ' Holding B.V.'), CO, opt],
    ['Rechtsvorm', (c) => co(NL_CO, c)[2], []],
    ['Bezoekadres straat', (c) => split(c.street)[0], [W('street1')]],
    ['Bezoekadres huisnummer', (c) => split(c.street)[1], [W('street1')], opt],
    ['Bezoekadres postcode', (c) => nb(c)[1], [W('postalCode')]],
    ['Bezoekadres plaats', (c) => nb(c)[0].toUpperCase(), [W('city')]],
    ['Postadres', (c, o, r) => (r() < 0.35 ? `Postbus ${v.int(r, 10, 9999)}` : ''), ['workAddress.postOfficeBox', 'mailingAddress.street1'], opt],
    ['Provincie', () => 'Noord-Brabant', STATE, opt],
    ['Telefoonnummer', (c, o, r) => nlLand(c, r), ['workPhone.number']],
    ['Website', (c) => `www.${co(NL_CO, c)[1]}`, ['b2b.companyWebsite']],
    ['SBI-code', (c) => co(NL_CO, c)[3], []],
    ['SBI-omschrijving', (c) => co(NL_CO, c)[4], []],
    ['Aantal werknemers', (c) => String(20 + (+c.id * 7) % 380), []],
    ['Omzetklasse', (c) => row(['€ 2,5 - 5 mln', '€ 5 - 10 mln', '€ 10 - 25 mln', '€ 1 - 2,5 mln'], +c.id), []],
    ['Oprichtingsdatum', (c) => nlD(Date.UTC(1960 + (+c.id % 60), +c.id % 12, 1 + (+c.id % 27))), []],
    ['Graydon Rating', (c) => row(['AA', 'A', 'BBB', 'A', 'BB'], +c.id), []],
    ['Kredietlimiet', (c) => `€ ${thou(5000 * (1 + +c.id % 40), '.')}`, []],
    ['Contactpersoon aanhef', (c) => (fem(c) ? 'Mevrouw' : 'De heer'), SAL],
    ['Contactpersoon voorletters', (c) => initials(c.first), [], opt],
    ['Contactpersoon tussenvoegsel', (c) => tv(c.last)[0], ['person.name.middleName'], opt],
    ['Contactpersoon achternaam', (c) => tv(c.last)[1], LN],
    ['Contactpersoon functie', (c) => row(['Algemeen directeur', 'Facilitair manager', 'Directeur-eigenaar', 'Hoofd facilitaire zaken'], +c.id), TITLE],
  ] },

  // ---------------------------------------------------------------- 4me requests (Netherlands)
  { name: '4me-verzoeken-export-nl', product: '4me (now Xurrent; Records > Verzoeken, filtered list > Exporteren naar CSV, Dutch UI, a Dutch housing association\'s combined IT and facility service desk)', family: 'support', language: 'nl', schema: E, cols: [
    ['ID', (c, o) => String(61000000 + +o.id * 11), ['_id'], opt],
    ['Onderwerp', (c, o, r) => v.pick(r, ['Laptop start niet op', 'Toegang tot woningdossier', 'Nieuwe medewerker per 1e van de maand', 'Lekkage vergaderruimte 2.04', 'Wachtwoord vergeten', 'Telefoon doorschakelen']), []],
    ['Categorie', (c, o, r) => v.pick(r, ['Incident', 'Incident', 'Verzoek om informatie', 'Verzoek om wijziging', 'Klacht']), ['eventType'], opt],
    ['Impact', (c, o, r) => v.pick(r, ['Laag – één persoon', 'Laag – één persoon', 'Gemiddeld – meerdere personen', 'Hoog – dienst gedegradeerd']), []],
    ['Status', (c, o, r) => v.pick(r, ['Voltooid', 'Voltooid', 'Toegewezen', 'In behandeling', 'Wachten op klant']), [], opt],
    ['Voltooiingsreden', (c, o, r) => v.pick(r, ['Opgelost', 'Opgelost', 'Geannuleerd', '']), []],
    ['Service-instantie', (c, o, r) => v.pick(r, ['Werkplek - Productie', 'Woningbeheersysteem - Productie', 'Facilitair - Kantoor Oss', 'Telefonie - Productie']), []],
    ['Team', (c, o, r) => v.pick(r, ['Servicedesk', 'Servicedesk', 'Applicatiebeheer', 'Facilitair']), []],
    ['Lid', (c, o, r) => v.pick(r, ['Ruud Smits', 'Anouk van Wijk', 'Bas Hendriks', '']), []],
    ['Aangevraagd door', (c) => `${c.first} ${c.last}`, []],
    ['Aangevraagd voor', (c, o, r) => (r() < 0.8 ? `${c.first} ${c.last}` : 'Femke Willems'), []],
    ['Organisatie aanvrager', (c, o, r) => v.pick(r, ['Woonstichting Maasland', 'Woonstichting Maasland - Wijkbeheer', 'Woonstichting Maasland - Financiën']), []],
    ['Bron', (c, o, r) => v.pick(r, ['Zelfservice', 'E-mail', 'Telefoon', 'Zelfservice']), [], opt],
    ['Aangemaakt', (c, o) => nlDT(o.at), ['timestamp']],
    ['Bijgewerkt', (c, o, r) => nlDT(o.at + v.int(r, 1, 96) * 60 * min), [], opt],
    ['Voltooid', (c, o, r) => (r() < 0.3 ? '' : nlDT(o.at + v.int(r, 1, 72) * 60 * min)), [], opt],
    ['Streefdatum oplossing', (c, o) => nlDT(o.at + 2 * day), []],
    ['Reactiestreefdatum', (c, o) => nlDT(o.at + 4 * 60 * min), []],
    ['Bestede tijd (min.)', (c, o, r) => String(v.int(r, 5, 180)), []],
    ['Major incident', (c, o, r) => (r() < 0.03 ? 'Ja' : 'Nee'), []],
    ['Leverancier', (c, o, r) => (r() < 0.15 ? 'Centric' : ''), []],
  ] },

  // ---------------------------------------------------------------- Bedrijfsdata.nl company list (Netherlands)
  { name: 'bedrijfsdata-nl-bedrijvenlijst-export', product: 'Bedrijfsdata.nl (Bedrijvenlijst samenstellen > Download Excel, Dutch, an Eindhoven web agency buying a list of retail, hospitality and trade businesses in Noord-Brabant)', family: 'b2b-leads', language: 'nl', schema: B, cols: [
    ['Bedrijfsnaam', (c) => co(NL_CO, c, 3)[0], CO],
    ['KvK-nummer', (c) => kvk(c), [], opt],
    ['Vestigingsnummer', (c) => vestNr(c), [], opt],
    ['Straat', (c) => split(c.street)[0], [W('street1')]],
    ['Huisnummer', (c) => split(c.street)[1], [W('street1')], opt],
    ['Toevoeging', (c, o, r) => (r() < 0.2 ? v.pick(r, ['A', 'B', '-2', 'bis']) : ''), [W('street1'), W('street2')], opt],
    ['Postcode', (c) => nb(c)[1], [W('postalCode')]],
    ['Plaats', (c) => nb(c)[0], [W('city')]],
    ['Gemeente', (c) => nb(c)[0], [], opt],
    ['Provincie', () => 'Noord-Brabant', STATE, opt],
    ['Telefoonnummer', (c, o, r) => nlLand(c, r), ['workPhone.number']],
    ['E-mailadres', (c) => `info@${co(NL_CO, c, 3)[1]}`, ['workEmail.address'], opt],
    ['Website', (c) => `https://www.${co(NL_CO, c, 3)[1]}`, ['b2b.companyWebsite']],
    ['Facebook', (c, o, r) => (r() < 0.4 ? `https://www.facebook.com/${slug(co(NL_CO, c, 3)[0]).slice(0, 14)}` : ''), []],
    ['LinkedIn', (c, o, r) => (r() < 0.5 ? `https://www.linkedin.com/company/${slug(co(NL_CO, c, 3)[0]).slice(0, 14)}` : ''), []],
    ['SBI-code', (c) => co(NL_CO, c, 3)[3], []],
    ['Branche', (c) => co(NL_CO, c, 3)[4], []],
    ['Aantal medewerkers', (c) => row(['2 - 4', '5 - 9', '10 - 19', '20 - 49', '50 - 99'], +c.id), []],
    ['Rechtsvorm', (c) => co(NL_CO, c, 3)[2], []],
    ['Datum oprichting', (c) => nlD(Date.UTC(1985 + (+c.id % 38), +c.id % 12, 1 + (+c.id % 27))), []],
    ['Contactpersoon', (c) => `${c.first} ${c.last}`, ['person.name.fullName']],
    ['Functie contactpersoon', (c) => row(['Eigenaar', 'Directeur', 'Bestuurder', 'Eigenaar'], +c.id), TITLE],
  ] },
]
