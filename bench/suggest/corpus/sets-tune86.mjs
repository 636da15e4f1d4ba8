// Round 86, tune86: tune sets written blind (by a helper that never opened the suggester or a score). Same format as
// sets.mjs (sources in ../README.md). German, French and Spanish payment-provider transaction lists and invoicing
// tools' invoice and contact exports, headers in the product's UI language.
import { E, P, B, v, f, at, HOME, B2BID, PL, OR, BILL, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

// dates: "22.05.2024 14:31:07" (Berlin), "22/05/2024 14:31:07" (Paris/Madrid), "2024-05-22 14:31:07", "22/05/2024"
const cet = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return [4, 5, 6, 7, 8, 9].includes(m) ? 2 : 1 }
const deSec = (ms) => { const p = shift(ms, cet(ms)); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const deDay = (ms) => { const p = shift(ms, cet(ms)); return `${pad(p.d)}.${pad(p.m)}.${p.y}` }
const euSec = (ms) => { const p = shift(ms, cet(ms)); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const euMin = (ms) => { const p = shift(ms, cet(ms)); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const euDay = (ms) => { const p = shift(ms, cet(ms)); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const ymdHMS = (ms) => { const p = shift(ms, cet(ms)); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ymd = (ms) => { const p = shift(ms, cet(ms)); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const day = 86400000
// amounts: "1.234,50" (de/es), "1 234,50" (fr, narrow space), "1234.50", cents "123450"
const com = (n) => n.toFixed(2).replace('.', ',')
const deN = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')
const frN = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f')
const dot = (n) => n.toFixed(2)
const cents = (n) => String(Math.round(n * 100))
const gross = (o) => o.subtotal + o.tax
const mask = (r) => `${v.pick(r, ['4', '5'])}${v.int(r, 10000, 99999)}XXXXXX${pad(v.int(r, 0, 9999), 4)}`
const iban = (r, cc) => `${cc}${v.int(r, 10, 99)}XXXXXXXXXXXX${pad(v.int(r, 0, 9999), 4)}`
const nif = (r) => `${v.int(r, 10000000, 99999999)}${'TRWAGMYFPDXBNJZSQVHLCKE'[v.int(r, 0, 22)]}`
const cif = (r) => `B${v.int(r, 10000000, 99999999)}`
const siret = (r) => `${v.int(r, 300, 899)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)} ${pad(v.int(r, 0, 99999), 5)}`
const tvaFR = (r) => `FR${v.int(r, 10, 99)}${v.int(r, 100000000, 999999999)}`
const ustId = (r) => `DE${v.int(r, 100000000, 999999999)}`
const web = (c, tld = 'de') => `www.${c.company.toLowerCase().replace(/[^a-z]/g, '')}.${tld}`

// goods and services
const DE_ABOS = [['Premium Monatsabo', 9.99], ['Jahresabo Digital', 89.0], ['Probeabo 3 Monate', 14.97], ['Kochbox Familie', 59.9], ['Sprachkurs Plus', 19.0]]
const DE_SHOP = [['Laufschuh Trail Pro 43', 129.95], ['Funktionsjacke Damen M', 159.0], ['Trinkflasche 750 ml', 19.9], ['Yogamatte Kork', 64.5], ['Stirnlampe 400 lm', 39.99]]
const FR_SHOP = [['Coffret thé vert bio', 32.5], ['Bougie parfumée figue 220 g', 28.0], ['Carnet A5 pointillé', 14.9], ['Savon surgras lavande', 7.5], ['Tote bag lin naturel', 22.0]]
const FR_SERV = [['Développement site vitrine', 2400], ['Maintenance mensuelle', 180], ['Séance photo produit (demi-journée)', 450], ['Rédaction articles de blog (x4)', 320], ['Formation WordPress 1 jour', 650]]
const ES_SERV = [['Consultoría SEO mensual', 450], ['Diseño de logotipo', 600], ['Clases de inglés (pack 8 h)', 160], ['Mantenimiento web trimestral', 240], ['Auditoría contable', 900]]
const ES_SAAS = [['Plan Pro mensual', 29], ['Plan Business anual', 490], ['Curso online Excel avanzado', 79], ['Ebook Marketing Digital', 12.9], ['Plantillas Notion Pack', 19]]
const DE_SERV = [['Beratung (Stundensatz)', 95], ['Webdesign Pauschale', 1800], ['Übersetzung DE-EN je Normseite', 38], ['Fotoshooting Halbtag', 490], ['Wartungsvertrag Quartal', 270]]
const nm = (c) => `${c.first} ${c.last}`
const lnf = (c) => `${c.last}, ${c.first}`
const vat = (n, rate) => +(n * rate).toFixed(2)

export const SETS = [
  // ---------------------------------------------------------------- payments (Paymill, merchant cockpit: Transaktionen > Export)
  { name: 'paymill-cockpit-transaktionen-de', product: 'Paymill (Merchant Cockpit: Transaktionen > Exportieren, CSV, German UI, a German online shop taking card and ELV payments)', family: 'payments', language: 'de', schema: E, cols: [
    ['Transaktions-ID', (c, o, r) => `tran_${v.hex(r, 20)}`, [OR('payments[0].transactionID'), '_id']],
    ['Erstellt am', (c, o) => deSec(o.at), ['timestamp'], opt],
    ['Aktualisiert am', (c, o, r) => deSec(o.at + v.int(r, 60, 7200) * 1000), [OR('lastUpdatedDate')], opt],
    ['Status', (c, o, r) => v.pick(r, ['closed', 'closed', 'closed', 'failed', 'refunded', 'partially_refunded']), [], opt],
    ['Antwortcode', (c, o, r) => v.pick(r, ['20000', '20000', '20000', '50102', '40100']), []],
    ['Betrag', (c, o) => com(o.total), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Ursprungsbetrag', (c, o) => com(o.total), [OR('priceTotal')], opt],
    ['Währung', () => 'EUR', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Beschreibung', (c, o, r) => `Bestellung ${v.int(r, 100000, 199999)}`, [], opt],
    ['Zahlungsart', (c, o, r) => v.pick(r, ['Kreditkarte', 'Kreditkarte', 'Lastschrift (ELV)']), [OR('payments[0].paymentType')]],
    ['Kartentyp', (c, o, r) => v.pick(r, ['visa', 'mastercard', 'amex', '']), [], opt],
    ['Karteninhaber', (c) => nm(c).toUpperCase(), []],
    ['Letzte vier Ziffern', (c, o, r) => pad(v.int(r, 0, 9999), 4), []],
    ['Ablaufdatum', (c, o, r) => `${pad(v.int(r, 1, 12))}/${v.int(r, 2025, 2030)}`, []],
    ['Land der Karte', (c, o, r) => v.pick(r, ['DE', 'DE', 'AT', 'CH']), [], opt],
    ['Kunden-ID', (c, o, r) => `client_${v.hex(r, 20)}`, ['endUserIDs._experience.aacustomid.id'], opt],
    ['Kunden-E-Mail', (c) => c.email, ['endUserIDs._experience.emailid.id']],
    ['Abonnement-ID', (c, o, r) => (r() < 0.3 ? `sub_${v.hex(r, 20)}` : ''), []],
    ['Rückerstattet', (c, o, r) => (r() < 0.15 ? com(o.total) : '0,00'), [OR('refundTotal')], opt],
    ['Gebühr', (c, o) => com(0.25 + o.total * 0.0195), []],
    ['Livemodus', () => 'ja', []],
    ['Client-IP', (c, o, r) => v.ip4(r), [], opt],
  ] },

  // ---------------------------------------------------------------- payments (Novalnet, Admin-Portal: Transaktionen > Suche > CSV-Export)
  { name: 'novalnet-adminportal-transaktionen-de', product: 'Novalnet (Admin-Portal: Transaktionen > Transaktionssuche > CSV-Export, German UI, a German subscription publisher collecting by SEPA direct debit, card and invoice)', family: 'payments', language: 'de', schema: E, cols: [
    ['TID', (c, o, r) => `14${v.int(r, 100000000000000, 999999999999999)}`, [OR('payments[0].transactionID'), '_id']],
    ['Händler-ID', () => '4711', []],
    ['Projekt-ID', () => '8512', []],
    ['Tarif-ID', (c, o, r) => v.pick(r, ['30741', '30742', '30745']), []],
    ['Bestellnummer', (c, o, r) => `AB-${v.int(r, 200000, 299999)}`, [OR('purchaseID')]],
    ['Datum', (c, o) => deSec(o.at), ['timestamp'], opt],
    ['Zahlungsart', (c, o, r) => v.pick(r, ['SEPA-Lastschrift', 'SEPA-Lastschrift', 'Kreditkarte', 'Kauf auf Rechnung', 'PayPal']), [OR('payments[0].paymentType')]],
    ['Transaktionsstatus', (c, o, r) => v.pick(r, ['100', '100', '99', '91', '103']), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['Bestätigt', 'Bestätigt', 'Ausstehend', 'Storniert']), [], opt],
    ['Betrag', (c, o, r, i) => deN(row(DE_ABOS, i)[1]), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Währung', () => 'EUR', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Erst-/Folgebuchung', (c, o, r) => v.pick(r, ['Erstbuchung', 'Folgebuchung', 'Folgebuchung']), [], opt],
    ['Produkt', (c, o, r, i) => row(DE_ABOS, i)[0], [PL('name')]],
    ['Kundennummer', (c) => c.id, ['endUserIDs._experience.aacustomid.id'], opt],
    ['Anrede', (c) => (c.female ? 'Frau' : 'Herr'), []],
    ['Vorname', (c) => c.first, []],
    ['Nachname', (c) => c.last, []],
    ['Firma', (c, o, r) => (r() < 0.2 ? c.company : ''), []],
    ['Straße', (c) => c.street, [BILL('street1')]],
    ['PLZ', (c) => c.postcode, [BILL('postalCode')]],
    ['Ort', (c) => c.city, [BILL('city')]],
    ['Land', () => 'DE', [BILL('countryCode')]],
    ['E-Mail', (c) => c.email, ['endUserIDs._experience.emailid.id']],
    ['Telefon', (c) => c.phone, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['IBAN', (c, o, r) => iban(r, 'DE'), []],
    ['Fälligkeitsdatum', (c, o) => deDay(o.at + 7 * day), [], opt],
    ['Referenz', (c, o, r) => `REF-${v.int(r, 1000000, 9999999)}`, [], opt],
    ['Zusatzfeld 1', (c, o, r) => v.pick(r, ['', '', 'Newsletter', 'Aktion Frühling']), []],
  ] },

  // ---------------------------------------------------------------- payments (Concardis PayEngine, Transaktionsübersicht > Export)
  { name: 'concardis-payengine-transaktionen-de', product: 'Concardis PayEngine (Merchant Center: Transaktionen > Transaktionsübersicht > Export als CSV, German UI, a German sports retailer\'s web shop)', family: 'payments', language: 'de', schema: E, cols: [
    ['Transaktions-ID', (c, o, r) => v.uuid(r), [OR('payments[0].transactionID'), '_id']],
    ['Merchant-Referenz', (c, o, r) => String(v.int(r, 300000000, 399999999)), [OR('purchaseID')]],
    ['Zeitpunkt', (c, o) => deSec(o.at), ['timestamp'], opt],
    ['Typ', (c, o, r) => v.pick(r, ['Verkauf', 'Verkauf', 'Autorisierung', 'Gutschrift']), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['Erfolgreich', 'Erfolgreich', 'Erfolgreich', 'Abgelehnt', 'Abgebrochen']), [], opt],
    ['Zahlungsmittel', (c, o, r) => v.pick(r, ['Visa', 'Mastercard', 'giropay', 'SOFORT', 'PayPal']), [OR('payments[0].paymentType')]],
    ['Kartennummer', (c, o, r) => mask(r), []],
    ['Betrag', (c, o, r, i) => deN(row(DE_SHOP, i)[1] * o.qty), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Währung', () => 'EUR', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Gutgeschriebener Betrag', (c, o, r) => (r() < 0.1 ? deN(o.total) : ''), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['Artikel', (c, o, r, i) => row(DE_SHOP, i)[0], [PL('name')]],
    ['Menge', (c, o) => String(o.qty), [PL('quantity')]],
    ['Kunde', (c) => nm(c), []],
    ['E-Mail', (c) => c.email, ['endUserIDs._experience.emailid.id']],
    ['Rechnungsadresse Straße', (c) => c.street, [BILL('street1')]],
    ['Rechnungsadresse PLZ', (c) => c.postcode, [BILL('postalCode')]],
    ['Rechnungsadresse Ort', (c) => c.city, [BILL('city')]],
    ['Rechnungsadresse Land', () => 'DE', [BILL('countryCode')]],
    ['3-D Secure', (c, o, r) => v.pick(r, ['Ja', 'Ja', 'Nein']), []],
    ['Fehlercode', (c, o, r) => (r() < 0.15 ? v.pick(r, ['05', '51', '54']) : ''), []],
    ['Terminal-ID', () => '61234567', []],
    ['Kanal', (c, o, r) => v.pick(r, ['E-Commerce', 'E-Commerce', 'MOTO']), [], opt],
  ] },

  // ---------------------------------------------------------------- invoicing contacts (Papierkram, Stammdaten > Adressbuch > CSV)
  { name: 'papierkram-adressbuch-csv-de', product: 'Papierkram (Stammdaten > Adressbuch > CSV, German UI, a German freelance web designer\'s customer and supplier contacts)', family: 'invoicing', language: 'de', schema: B, cols: [
    ['Kunden/Lieferanten-Nr.', (c, o, r) => `K-${pad(v.int(r, 1, 480), 4)}`, B2BID],
    ['Kontakttyp', (c, o, r) => v.pick(r, ['Kunde', 'Kunde', 'Kunde', 'Lieferant']), [], opt],
    ['Name', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Status', (c, o, r) => v.pick(r, ['aktiv', 'aktiv', 'archiviert']), [], opt],
    ['Anrede', (c) => (c.female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Position', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['E-Mail', (c) => c.workEmail, ['workEmail.address']],
    ['Telefon', (c) => c.phone, ['workPhone.number']],
    ['Mobil', (c) => c.mobile, ['mobilePhone.number']],
    ['Fax', () => '', []],
    ['Webseite', (c) => web(c), ['b2b.companyWebsite']],
    ['Straße', (c) => c.street, ['workAddress.street1']],
    ['PLZ', (c) => c.postcode, ['workAddress.postalCode']],
    ['Ort', (c) => c.city, ['workAddress.city']],
    ['Land', (c) => c.countryName, ['workAddress.country']],
    ['USt-IdNr.', (c, o, r) => (r() < 0.6 ? ustId(r) : ''), [], opt],
    ['Steuernummer', (c, o, r) => (r() < 0.3 ? `${v.int(r, 10, 99)}/${v.int(r, 100, 999)}/${v.int(r, 10000, 99999)}` : ''), [], opt],
    ['IBAN', (c, o, r) => (r() < 0.5 ? iban(r, 'DE') : ''), []],
    ['BIC', (c, o, r) => (r() < 0.5 ? v.pick(r, ['COBADEFFXXX', 'DEUTDEDBXXX', 'GENODEF1M04']) : ''), []],
    ['Zahlungsziel (Tage)', (c, o, r) => v.pick(r, ['14', '14', '30']), []],
    ['Notizen', (c, o, r) => v.pick(r, ['', '', 'Rechnung nur per E-Mail', 'Ansprechpartner wechselt ab Q3']), []],
    ['Angelegt am', (c) => deDay(c.created), ['extSourceSystemAudit.createdDate'], opt],
  ] },

  // ---------------------------------------------------------------- payments (Ingenico ePayments / Ogone, back office: Opérations > Consulter les transactions > Télécharger)
  { name: 'ingenico-ogone-transactions-fr', product: 'Ingenico ePayments (Ogone back office: Opérations > Consulter les transactions > Télécharger la liste, format Excel/CSV, French UI, a French online wine merchant)', family: 'payments', language: 'fr', schema: E, cols: [
    ['Id', (c, o, r) => String(v.int(r, 3000000000, 3999999999)), [OR('payments[0].transactionID'), '_id']],
    ['Réf', (c, o, r) => `CMD${v.int(r, 100000, 999999)}`, [OR('purchaseID')]],
    ['Date commande', (c, o) => euSec(o.at), ['timestamp', OR('createdDate')], opt],
    ['Date paiement', (c, o, r) => euSec(o.at + v.int(r, 5, 90) * 1000), [], opt],
    ['Statut', (c, o, r) => v.pick(r, ['9', '9', '9', '5', '2', '8']), [], opt],
    ['Libellé statut', (c, o, r) => v.pick(r, ['Paiement demandé', 'Paiement demandé', 'Autorisé', 'Autorisation refusée', 'Remboursement']), [], opt],
    ['Montant', (c, o) => com(o.total), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Devise', () => 'EUR', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Méthode', (c, o, r) => v.pick(r, ['CreditCard', 'CreditCard', 'PAYPAL', 'iDEAL']), [OR('payments[0].paymentType')], opt],
    ['Marque', (c, o, r) => v.pick(r, ['CB', 'CB', 'VISA', 'MasterCard', 'American Express', 'PAYPAL']), [OR('payments[0].paymentType')], opt],
    ['Carte', (c, o, r) => `XXXXXXXXXXXX${pad(v.int(r, 0, 9999), 4)}`, []],
    ['Date exp.', (c, o, r) => `${pad(v.int(r, 1, 12))}${pad(v.int(r, 25, 30))}`, []],
    ['Titulaire', (c) => nm(c), []],
    ['Nom client', (c) => nm(c), []],
    ['E-mail', (c) => c.email, ['endUserIDs._experience.emailid.id']],
    ['Adresse', (c) => c.street, [BILL('street1')]],
    ['Code postal', (c) => c.postcode, [BILL('postalCode')]],
    ['Ville', (c) => c.city, [BILL('city')]],
    ['Pays', () => 'FR', [BILL('countryCode')]],
    ['Téléphone', (c) => c.phone, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Code autorisation', (c, o, r) => String(v.int(r, 100000, 999999)), []],
    ['Code erreur NC', (c, o, r) => (r() < 0.1 ? v.pick(r, ['30001001', '30171001']) : '0'), []],
    ['3-D Secure', (c, o, r) => v.pick(r, ['Y', 'Y', 'N', 'A']), []],
    ['Pays IP', (c, o, r) => v.pick(r, ['FR', 'FR', 'BE', 'CH']), [], opt],
    ['PSPID', () => 'CAVESDUMIDI', []],
  ] },

  // ---------------------------------------------------------------- invoicing (Zervant, Rapports > Rapport des opérations comptables > CSV)
  { name: 'zervant-rapport-operations-comptables-fr', product: 'Zervant (Rapports > Rapport des opérations comptables > Télécharger en .csv, paid invoices only, French UI, a French freelance graphic designer)', family: 'invoicing', language: 'fr', schema: E, cols: [
    ['N° de facture', (c, o, r) => String(v.int(r, 1, 420)), [OR('purchaseID'), '_id']],
    ['Date de facture', (c, o) => euDay(o.at), ['timestamp', OR('createdDate')], opt],
    ['Date d\'échéance', (c, o) => euDay(o.at + 30 * day), [], opt],
    ['Date de paiement', (c, o, r) => euDay(o.at + v.int(r, 3, 45) * day), [], opt],
    ['Client', (c, o, r) => (r() < 0.7 ? c.company : nm(c)), []],
    ['N° client', (c, o, r) => String(v.int(r, 1, 150)), ['endUserIDs._experience.aacustomid.id'], opt],
    ['N° TVA client', (c, o, r) => (r() < 0.6 ? tvaFR(r) : ''), []],
    ['Référence', (c, o, r) => v.pick(r, ['', 'Devis 2024-031', 'Bon de commande 7781']), [OR('purchaseOrderNumber')], opt],
    ['Montant HT', (c, o, r, i) => frN(row(FR_SERV, i)[1]), [], opt],
    ['TVA 20 %', (c, o, r, i) => frN(vat(row(FR_SERV, i)[1], 0.2)), [OR('taxAmount')]],
    ['TVA 10 %', () => '0,00', []],
    ['TVA 5,5 %', () => '0,00', []],
    ['Montant TTC', (c, o, r, i) => frN(row(FR_SERV, i)[1] * 1.2), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Devise', () => 'EUR', [OR('currencyCode')]],
    ['Mode de paiement', (c, o, r) => v.pick(r, ['Virement bancaire', 'Virement bancaire', 'Chèque', 'Carte bancaire']), [OR('payments[0].paymentType')]],
    ['Compte de vente', () => '706000', []],
    ['Escompte', () => '0,00', []],
    ['Remarques', (c, o, r) => v.pick(r, ['', '', 'Acompte 30 % déduit']), []],
  ] },

  // ---------------------------------------------------------------- invoicing contacts (Facture.net, Clients > Exporter)
  { name: 'facture-net-clients-export-fr', product: 'Facture.net (Clients > Exporter la liste, CSV, French UI, a French IT services micro-company\'s customers, mostly businesses)', family: 'invoicing', language: 'fr', schema: B, cols: [
    ['Code client', (c, o, r) => `C${pad(v.int(r, 1, 999), 5)}`, B2BID],
    ['Type', (c, o, r) => v.pick(r, ['Professionnel', 'Professionnel', 'Particulier']), [], opt],
    ['Raison sociale', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Civilité', (c) => (c.female ? 'Mme' : 'M.'), ['person.name.courtesyTitle']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Fonction', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Email', (c) => c.workEmail, ['workEmail.address']],
    ['Téléphone', (c) => c.phone, ['workPhone.number']],
    ['Portable', (c) => c.mobile, ['mobilePhone.number']],
    ['Adresse', (c) => c.street, ['workAddress.street1']],
    ['Complément d\'adresse', (c, o, r) => (r() < 0.25 ? `Bâtiment ${v.pick(r, ['A', 'B', 'C'])}` : ''), ['workAddress.street2']],
    ['Code postal', (c) => c.postcode, ['workAddress.postalCode']],
    ['Ville', (c) => c.city, ['workAddress.city']],
    ['Pays', (c) => c.countryName, ['workAddress.country']],
    ['SIRET', (c, o, r) => siret(r), [], opt],
    ['N° TVA intracom.', (c, o, r) => tvaFR(r), [], opt],
    ['Site web', (c) => web(c, 'fr'), ['b2b.companyWebsite']],
    ['Conditions de paiement', (c, o, r) => v.pick(r, ['30 jours fin de mois', 'À réception', '45 jours']), []],
    ['Remise (%)', (c, o, r) => v.pick(r, ['0', '0', '5', '10']), []],
    ['Total facturé HT', (c, o, r) => frN(v.int(r, 0, 25000) + 0.5), []],
    ['Solde dû', (c, o, r) => frN(r() < 0.6 ? 0 : v.int(r, 100, 3000)), []],
    ['Notes', (c, o, r) => v.pick(r, ['', '', 'Envoyer les factures à la compta', 'Client historique']), []],
    ['Date de création', (c) => euDay(c.created), ['extSourceSystemAudit.createdDate'], opt],
  ] },

  // ---------------------------------------------------------------- invoicing (Henrri, Ventes > Factures > Exporter en Excel)
  { name: 'henrri-factures-export-fr', product: 'Henrri (Ventes > Factures > Exporter en Excel, French UI, a French e-shop of home goods also invoicing B2B resellers)', family: 'invoicing', language: 'fr', schema: E, cols: [
    ['Numéro', (c, o, r) => `F-${new Date(o.at).getUTCFullYear()}-${pad(v.int(r, 1, 999), 4)}`, [OR('purchaseID'), '_id']],
    ['Date', (c, o) => euDay(o.at), ['timestamp', OR('createdDate')], opt],
    ['Échéance', (c, o) => euDay(o.at + 30 * day), [], opt],
    ['Statut', (c, o, r) => v.pick(r, ['Payée', 'Payée', 'En attente', 'En retard', 'Brouillon']), [], opt],
    ['Client', (c, o, r) => (r() < 0.5 ? c.company : nm(c)), []],
    ['Email client', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Adresse de facturation', (c) => c.street, [BILL('street1')]],
    ['Code postal', (c) => c.postcode, [BILL('postalCode')]],
    ['Ville', (c) => c.city, [BILL('city')]],
    ['Pays', (c) => c.countryName, [BILL('country')]],
    ['Objet', (c, o, r) => v.pick(r, ['Commande boutique', 'Réassort revendeur', 'Commande atelier']), []],
    ['Désignation', (c, o, r, i) => row(FR_SHOP, i)[0], [PL('name')]],
    ['Quantité', (c, o) => String(o.qty), [PL('quantity')]],
    ['Prix unitaire HT', (c, o, r, i) => frN(row(FR_SHOP, i)[1] / 1.2), [], opt],
    ['Remise', (c, o) => frN(o.discount), [OR('discountAmount')]],
    ['Total HT', (c, o, r, i) => frN(row(FR_SHOP, i)[1] / 1.2 * o.qty), [PL('priceTotal')], opt],
    ['TVA', (c, o, r, i) => frN(row(FR_SHOP, i)[1] / 6 * o.qty), [OR('taxAmount')]],
    ['Total TTC', (c, o, r, i) => frN(row(FR_SHOP, i)[1] * o.qty - o.discount), [OR('priceTotal')]],
    ['Montant payé', (c, o, r, i) => frN(r() < 0.7 ? row(FR_SHOP, i)[1] * o.qty - o.discount : 0), [OR('payments[0].paymentAmount')], opt],
    ['Reste à payer', (c, o, r) => frN(r() < 0.7 ? 0 : v.int(r, 20, 300)), []],
    ['Moyen de paiement', (c, o, r) => v.pick(r, ['Virement', 'Carte bancaire', 'Chèque', 'PayPal']), [OR('payments[0].paymentType')]],
    ['Devise', () => 'EUR', [OR('currencyCode')]],
    ['Notes', (c, o, r) => v.pick(r, ['', '', 'Livraison offerte']), []],
  ] },

  // ---------------------------------------------------------------- invoicing (Quaderno, Ventas > Facturas > Exportar CSV)
  { name: 'quaderno-facturas-exportar-es', product: 'Quaderno (Ventas > Facturas > Exportar, CSV, Spanish UI, a Spanish online course seller invoicing EU consumers with OSS VAT)', family: 'invoicing', language: 'es', schema: E, cols: [
    ['Número', (c, o, r) => `${new Date(o.at).getUTCFullYear()}-${pad(v.int(r, 1, 9999), 5)}`, [OR('purchaseID'), '_id']],
    ['Fecha', (c, o) => euDay(o.at), ['timestamp', OR('createdDate')], opt],
    ['Estado', (c, o, r) => v.pick(r, ['Pagada', 'Pagada', 'Pagada', 'Pendiente', 'Anulada']), [], opt],
    ['Cliente', (c) => nm(c), []],
    ['Email', (c) => c.email, ['endUserIDs._experience.emailid.id']],
    ['NIF', (c, o, r) => (r() < 0.3 ? nif(r) : ''), []],
    ['Dirección', (c) => c.street, [BILL('street1')]],
    ['Ciudad', (c) => c.city, [BILL('city')]],
    ['Código postal', (c) => c.postcode, [BILL('postalCode')]],
    ['Provincia', (c) => c.region, [BILL('stateProvince'), BILL('region'), BILL('state')], opt],
    ['País', () => 'ES', [BILL('countryCode')]],
    ['Concepto', (c, o, r, i) => row(ES_SAAS, i)[0], [PL('name')]],
    ['Base imponible', (c, o, r, i) => com(row(ES_SAAS, i)[1] / 1.21), [], opt],
    ['Tipo de impuesto', () => 'IVA', []],
    ['% impuesto', () => '21', []],
    ['Impuestos', (c, o, r, i) => com(row(ES_SAAS, i)[1] - row(ES_SAAS, i)[1] / 1.21), [OR('taxAmount')]],
    ['Total', (c, o, r, i) => com(row(ES_SAAS, i)[1]), [OR('priceTotal'), PL('priceTotal')]],
    ['Moneda', () => 'EUR', [OR('currencyCode')]],
    ['Tipo de cambio', () => '1,0', []],
    ['Forma de pago', (c, o, r) => v.pick(r, ['Tarjeta de crédito', 'Tarjeta de crédito', 'PayPal', 'Transferencia bancaria']), [OR('payments[0].paymentType')]],
    ['Pasarela', (c, o, r) => v.pick(r, ['Stripe', 'Stripe', 'PayPal', '']), []],
    ['ID de transacción', (c, o, r) => `ch_${v.alnum(r, 24)}`, [OR('payments[0].transactionID')]],
    ['Dirección IP', (c, o, r) => v.ip4(r), [], opt],
    ['País de la IP', (c, o, r) => v.pick(r, ['ES', 'ES', 'FR', 'DE']), [], opt],
    ['Etiquetas', (c, o, r) => v.pick(r, ['', '', 'oss', 'teachable']), []],
  ] },

  // ---------------------------------------------------------------- invoicing contacts (Billin, Contactos > Clientes > Exportar Excel)
  { name: 'billin-clientes-exportar-es', product: 'Billin (Contactos > Clientes > Exportar a Excel, Spanish UI, a Spanish digital agency\'s business customers)', family: 'invoicing', language: 'es', schema: B, cols: [
    ['Nombre fiscal', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Nombre comercial', (c) => c.company.replace(/ (Inc|LLC|GmbH|Ltd|S\.?A\.?|SL)\.?$/, ''), ['b2b.companyName', 'organizations[0]'], opt],
    ['CIF/NIF', (c, o, r) => cif(r), [], opt],
    ['Nombre de contacto', (c) => nm(c), ['person.name.fullName']],
    ['Email', (c) => c.workEmail, ['workEmail.address']],
    ['Teléfono', (c) => c.phone, ['workPhone.number']],
    ['Móvil', (c) => c.mobile, ['mobilePhone.number']],
    ['Dirección', (c) => c.street, ['workAddress.street1']],
    ['Código postal', (c) => c.postcode, ['workAddress.postalCode']],
    ['Población', (c) => c.city, ['workAddress.city']],
    ['Provincia', (c) => c.region, ['workAddress.stateProvince', 'workAddress.state', 'workAddress.region']],
    ['País', (c) => c.countryName, ['workAddress.country']],
    ['Web', (c) => web(c, 'es'), ['b2b.companyWebsite']],
    ['Forma de pago', (c, o, r) => v.pick(r, ['Transferencia', 'Domiciliación', 'Tarjeta']), []],
    ['Vencimiento (días)', (c, o, r) => v.pick(r, ['0', '30', '30', '60']), []],
    ['IBAN', (c, o, r) => (r() < 0.4 ? iban(r, 'ES') : ''), []],
    ['Retención IRPF', (c, o, r) => v.pick(r, ['No', 'No', 'Sí']), []],
    ['Etiquetas', (c, o, r) => v.pick(r, ['', 'recurrente', 'partner']), []],
    ['Facturado', (c, o, r) => deN(v.int(r, 0, 40000) + 0.25), []],
    ['Pendiente de cobro', (c, o, r) => deN(r() < 0.6 ? 0 : v.int(r, 100, 4000)), []],
    ['Fecha de alta', (c) => euDay(c.created), ['extSourceSystemAudit.createdDate'], opt],
  ] },

  // ---------------------------------------------------------------- invoicing (Contasimple, Ingresos > Facturas emitidas > Exportar a Excel)
  { name: 'contasimple-facturas-emitidas-es', product: 'Contasimple (Ingresos > Facturas emitidas > Exportar a Excel, Spanish UI, a Spanish autónomo consultant)', family: 'invoicing', language: 'es', schema: E, cols: [
    ['Nº Factura', (c, o, r) => `${new Date(o.at).getUTCFullYear()}/${pad(v.int(r, 1, 300), 4)}`, [OR('purchaseID'), '_id']],
    ['Serie', () => 'A', []],
    ['Fecha', (c, o) => euDay(o.at), ['timestamp', OR('createdDate')], opt],
    ['Fecha operación', (c, o) => euDay(o.at), [], opt],
    ['Cliente', (c) => c.company, []],
    ['NIF Cliente', (c, o, r) => cif(r), []],
    ['Concepto', (c, o, r, i) => row(ES_SERV, i)[0], [PL('name')]],
    ['Base Imponible', (c, o, r, i) => deN(row(ES_SERV, i)[1]), [], opt],
    ['% IVA', () => '21,00', []],
    ['Cuota IVA', (c, o, r, i) => deN(vat(row(ES_SERV, i)[1], 0.21)), [OR('taxAmount')]],
    ['% IRPF', () => '15,00', []],
    ['Cuota IRPF', (c, o, r, i) => deN(vat(row(ES_SERV, i)[1], 0.15)), []],
    ['Total', (c, o, r, i) => deN(row(ES_SERV, i)[1] * 1.06), [OR('priceTotal')]],
    ['Estado', (c, o, r) => v.pick(r, ['Cobrada', 'Cobrada', 'Pendiente', 'Vencida']), [], opt],
    ['Fecha cobro', (c, o, r) => (r() < 0.7 ? euDay(o.at + v.int(r, 5, 60) * day) : ''), [], opt],
    ['Forma de cobro', (c, o, r) => v.pick(r, ['Transferencia', 'Transferencia', 'Domiciliación bancaria', 'Efectivo']), [OR('payments[0].paymentType')], opt],
    ['Cuenta contable', () => '70500000', []],
    ['Trimestre', (c, o) => `${Math.floor(new Date(o.at).getUTCMonth() / 3) + 1}T`, []],
    ['Observaciones', (c, o, r) => v.pick(r, ['', '', 'Factura rectificativa de 2024/0031']), []],
  ] },

  // ---------------------------------------------------------------- invoicing contacts (FacturaDirecta, Clientes > Exportar CSV)
  { name: 'facturadirecta-clientes-export-es', product: 'FacturaDirecta (Contactos > Clientes > Exportar, CSV, Spanish UI, a Spanish language academy invoicing private students)', family: 'invoicing', language: 'es', schema: P, cols: [
    ['Código', (c, o, r) => String(v.int(r, 1, 2500)), ['_id', 'personID']],
    ['Tipo', () => 'Particular', [], opt],
    ['Nombre', (c) => c.first, ['person.name.firstName']],
    ['Apellidos', (c) => c.last, ['person.name.lastName']],
    ['Nombre fiscal', (c) => nm(c), ['person.name.fullName']],
    ['NIF/CIF', (c, o, r) => nif(r), ['person.taxId']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Teléfono', (c) => c.phone, ['homePhone.number']],
    ['Móvil', (c) => c.mobile, ['mobilePhone.number']],
    ['Dirección', (c) => c.street, [...at(HOME, 'street1'), 'billingAddress.street1']],
    ['Código postal', (c) => c.postcode, [...at(HOME, 'postalCode'), 'billingAddress.postalCode']],
    ['Población', (c) => c.city, [...at(HOME, 'city'), 'billingAddress.city']],
    ['Provincia', (c) => c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state'), 'billingAddress.stateProvince', 'billingAddress.state']],
    ['País', (c) => c.countryCode, [...at(HOME, 'countryCode'), 'billingAddress.countryCode']],
    ['Fecha de nacimiento', (c) => euDay(c.birth), ['person.birthDate'], opt],
    ['Idioma', () => 'es', [], opt],
    ['Forma de pago', (c, o, r) => v.pick(r, ['Domiciliación bancaria', 'Tarjeta', 'Bizum']), []],
    ['IBAN', (c, o, r) => (r() < 0.6 ? iban(r, 'ES') : ''), []],
    ['Descuento %', (c, o, r) => v.pick(r, ['0', '0', '10']), []],
    ['Etiquetas', (c, o, r) => v.pick(r, ['', 'B2', 'C1', 'intensivo verano']), []],
    ['Notas', (c, o, r) => v.pick(r, ['', '', 'Hermana de otra alumna', 'Paga trimestral']), []],
    ['Fecha de alta', (c) => euDay(c.created), [], opt],
  ] },
]
