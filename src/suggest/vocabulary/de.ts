/** German column vocabulary (keys lower-case, umlauts folded: ä→a, ö→o, ü→u, ß→ss). Compounds are also split. */
export const WORDS: Record<string, string[]> = {
  // the contract, policy or receipt an export's rows are (context.ts: its number is the event's record, as an order's)
  vertrag: ['contract'], vertragsnummer: ['contract', 'number'], police: ['policy'], policennummer: ['policy', 'number'],
  // the plan or tariff subscribed to and the vehicle hired or sold: the goods of a subscription's, utility's or rental's export (context.ts)
  tarifname: ['plan', 'name'], fahrzeug: ['vehicle'],
  // a school's pupil is the person the record is about ("Schüler-Nr."); a mother's, father's or guardian's column another person's
  schuler: ['customer'], schulerin: ['customer'], mutter: ['parent'], vater: ['parent'], erziehungsberechtigter: ['guardian'], erziehungsberechtigte: ['guardian'],
  // a marketplace offer ("Angebots-SKU": the seller's own SKU)
  angebot: ['offer'],
  // (a blocked customer account: "Gesperrt", "Sperre"; a booking's time, "Gebucht am", as English "Booked at"; "Telefon geschäftl.", the work phone)
  gesperrt: ['blocked'], sperre: ['blocked'], gebucht: ['order', 'created'], geschaftl: ['work'],
  // an SMS journal's sender and message parts (seven.io's "Absender", "Teile")
  absender: ['originator'], teile: ['segment'],
  // a ticket shop's compounds (Ticketname, Ticketart, Ticketkategorie, Ticketpreis)
  ticketname: ['ticket', 'name'], ticketart: ['ticket', 'type'], tickettyp: ['ticket', 'type'], ticketkategorie: ['ticket', 'category'], ticketpreis: ['ticket', 'price'],
  ticketnummer: ['ticket', 'number'], ticketnr: ['ticket', 'number'], veranstaltung: ['event'], veranstaltungsname: ['event', 'name'], veranstaltungsdatum: ['event', 'date'],
  // an invoice's issue date (Ausstellungsdatum) is when the record was made, as en.ts reads "Issue Date"; a line's price
  // (Positionspreis) is the line's total, as positionssumme
  ausstellungsdatum: ['created', 'date'], positionspreis: ['product', 'total'],
  buchung: ['order'], spende: ['order'], spenden: ['order'],
  // (compounds the splitter would read as width + city, language + city)
  breitengrad: ['latitude'], langengrad: ['longitude'], zahlart: ['payment', 'method'],
  transaktion: ['transaction'], umsatz: ['total'], sitzung: ['session'], verweisquelle: ['referrer'],
  vorname: ['first', 'name'], rufname: ['first', 'name'], nachname: ['last', 'name'], familienname: ['last', 'name'], zuname: ['last', 'name'],
  anrede: ['courtesy', 'title'], titel: ['title'], geschlecht: ['gender'], geburtsdatum: ['birth', 'date'], geburtstag: ['birth', 'date'], geburt: ['birth'], geburtsjahr: ['birth', 'year'],
  strasse: ['street'], str: ['street'], hausnummer: ['house', 'number'], anschrift: ['street'], adresse: ['street'], adresszusatz: ['street', '2'],
  postleitzahl: ['postal', 'code'], ort: ['city'], stadt: ['city'], wohnort: ['city'], bundesland: ['state'], kontakttyp: ['person', 'type'], land: ['country'], staat: ['country'], landkreis: ['region'],
  telefon: ['phone'], telefonnummer: ['phone', 'number'], rufnummer: ['phone', 'number'], mobil: ['mobile', 'phone'], handy: ['mobile', 'phone'], mobilnummer: ['mobile', 'phone'], mobiltelefon: ['mobile', 'phone'], telefax: ['fax', 'phone'], faxnr: ['fax', 'phone'], durchwahl: ['extension'],
  firma: ['company'], firmenname: ['company', 'name'], unternehmen: ['company'], abteilung: ['department'], position: ['job', 'title'], funktion: ['job', 'title'], berufsbezeichnung: ['job', 'title'], beruf: ['job', 'title'],
  kunde: ['customer'], kunden: ['customer'], gast: ['customer'], patienten: ['customer'], konto: ['account'], kontakt: ['contact'], nummer: ['number'], nr: ['number'], kennung: ['id'],
  bestellung: ['order'], bestell: ['order'], auftrag: ['order'], auftrags: ['order'], kauf: ['order'], datum: ['date'], zeit: ['time'], uhrzeit: ['time'], zeitpunkt: ['timestamp'], zeitstempel: ['timestamp'],
  artikel: ['product'], produkt: ['product'], menge: ['quantity'], anzahl: ['quantity'], stuck: ['unit'], einzelpreis: ['unit', 'price'], preis: ['price'], kosten: ['price'],
  gesamt: ['total'], gesamtsumme: ['total'], summe: ['total'], gesamtbetrag: ['total'], endbetrag: ['total'], zwischensumme: ['subtotal'], betrag: ['amount'], wert: ['value'],
  // ("enthaltene MwSt.", "davon USt.": the VAT contained in a gross amount, the tax amount)
  enthaltene: [], enthaltener: [], enthalten: [], davon: [],
  // a firm's decision maker ("E-Mail Entscheider": the contact's), a shop line's total ("Positionstotal", as positionssumme)
  entscheider: ['contact'], positionstotal: ['product', 'total'],
  // (round 83: a participant, Teilnehmer, is the member the record is about, as a member is, not a B2B customer's account;
  // an adult-education course's number, Kursnummer, the item's code; a reduction, Ermäßigung, the discount)
  teilnehmer: ['member'], teilnehmerin: ['member'], kursnummer: ['sku'], kursnr: ['sku'], ermassigung: ['discount'], ermaessigung: ['discount'],
  steuer: ['tax'], steuern: ['tax'], mwst: ['tax'], ust: ['tax'], mehrwertsteuer: ['tax'], rabatt: ['discount'], nachlass: ['discount'], gutschein: ['coupon'],
  versand: ['shipping'], liefer: ['shipping'], lieferung: ['shipping'], bearbeitung: ['handling'], rechnung: ['billing'], rechnungs: ['billing'],
  wahrung: ['currency'], zahlung: ['payment'], zahlungsart: ['payment', 'method'], methode: ['method'], art: ['type'], typ: ['type'],
  erstellt: ['created'], erstellung: ['created'], angelegt: ['created'], registriert: ['created'], aktualisiert: ['updated'], geandert: ['updated'], erstattet: ['refund'], erstattung: ['refund'],
  webseite: ['website'], internetseite: ['website'], homepage: ['website'],
  betriebssystem: ['operating', 'system'], gerat: ['device'], geratetyp: ['device', 'type'], modell: ['model'], hersteller: ['manufacturer'], marke: ['manufacturer'], bildschirm: ['screen'], auflosung: ['resolution'],
  seite: ['page'], seiten: ['page'], verweis: ['referrer'], kampagne: ['campaign'], kampagnen: ['campaign'], besuch: ['visit'], besuchs: ['visit'], sprache: ['language'],
  postanschrift: ['mailing'], postadresse: ['mailing'], privat: ['home'], geschaftlich: ['work'], arbeit: ['work'], dienstlich: ['work'], buro: ['work'],
  seit: ['since'], status: ['status'], gruppe: ['group'], inhaber: ['owner'], notiz: ['note'], bemerkung: ['note'], quelle: ['source'], aktiv: ['active'],
  punkte: ['points'], punktestand: ['points'], stufe: ['tier'], mitglied: ['member'], mitgliedsnummer: ['member', 'id'], karte: ['card'], karten: ['card'],
  und: [], der: [], die: [], das: [], des: [], von: [], fur: [], an: [], am: [], im: [], zu: [], pro: [], informationen: ['info'], info: ['info'],
  name: ['name'], sendung: ['shipping'], sendungsnummer: ['tracking', 'number'], trackingnummer: ['tracking', 'number'], paketnummer: ['tracking', 'number'], sendungsverfolgung: ['tracking'],
  versandart: ['shipping', 'method'], lieferart: ['shipping', 'method'], versandmethode: ['shipping', 'method'], zahlweise: ['payment', 'method'], zahlungsweise: ['payment', 'method'], zahlungsmethode: ['payment', 'method'],
  versanddienstleister: ['carrier'], paketdienst: ['carrier'], spediteur: ['carrier'], emailadresse: ['email'], mailadresse: ['email'], festnetz: ['phone'], mobilfunknummer: ['mobile', 'phone'], mobilfunk: ['mobile', 'phone'],
  // (the invoice's amount, "Rechnungsbetrag", is the order's total, no line's)
  geb: ['birth'], brutto: ['gross'], verkaufspreis: ['price'], bruttopreis: ['price'], bruttobetrag: ['total'], netto: ['net'], nettobetrag: ['net'], rechnungsbetrag: ['order', 'total'], porto: ['shipping', 'amount'], stuckzahl: ['quantity'],
  treue: ['loyalty'], bonus: ['loyalty'], ereignis: ['event'], hausnr: ['house', 'number'], adresszeile: ['street'], kdnr: ['customer', 'id'], kommentar: ['note'], anmeldung: ['created'], angemeldet: ['created'], abgemeldet: ['opt', 'out'],
  lander: ['country'], laender: ['country'], ansprechpartner: ['contact'], bezeichnung: ['name'], beschreibung: ['description'], einwilligung: ['opt', 'in'], kaufdatum: ['order', 'date'],
  breite: ['width'], hohe: ['height'], hoehe: ['height'], eingelost: ['redeemed'], eingeloste: ['redeemed'], eingeloest: ['redeemed'], programm: ['program'], beitritt: ['join'], beitrittsdatum: ['join', 'date'],
  kaufer: ['customer'], kaeufer: ['customer'], storniert: ['cancel'], storno: ['cancel'], stornierung: ['cancel'], inkl: ['incl'], inklusive: ['incl'], exkl: ['excl'], zzgl: ['excl'],
  empfanger: ['recipient'], postfach: ['post', 'office', 'box'], nationalitat: ['nationality'], gesammelte: ['lifetime'], gesammelt: ['lifetime'], staatsangehorigkeit: ['nationality'], familienstand: ['marital', 'status'], ustidnr: ['tax', 'id'], ustid: ['tax', 'id'], steuernummer: ['tax', 'id'],
  letzte: ['last'], letzter: ['last'], kategorie: ['category'], variante: ['variant'], farbe: ['color'], grosse: ['size'], gewicht: ['weight'], zustellung: ['shipping'], rucksendung: ['return'], retoure: ['return'], grund: ['reason'],
  gutschrift: ['refund'], bezahlt: ['paid'], referenz: ['reference'], verwendungszweck: ['description'], aufrufe: ['views'], dauer: ['duration'], absprungrate: ['bounce', 'rate'], besucher: ['visitor'], endgerat: ['device'], zeitzone: ['timezone'],
  pramie: ['loyalty'], verfall: ['expiry'], verfallen: ['expiry'], warenkorb: ['cart'], lager: ['stock'],
  benutzername: ['login'], nutzername: ['login'], anmeldename: ['login'],
  gebuhr: ['fee'], gebuehr: ['fee'], gebuhren: ['fee'],
  auszahlung: ['payout'], ausgezahlt: ['payout'],
  ihr: [], ihre: [], bitte: [], geben: [], sie: [], ein: [], eine: [], wie: [], lautet: [], ist: [],
  kontaktperson: ['contact'],
  zeile: ['product'], zeilen: ['product'],
  nachste: ['next'], naechste: ['next'],
  // everyday words of shop, CRM, newsletter, loyalty and analytics exports (Shopware, JTL, lexoffice, sevDesk, Mailchimp/CleverReach in German)
  vollstandiger: ['full'], vollstaendiger: ['full'], vollstandig: ['full'], stadtteil: ['district'], ortsteil: ['district'], bezirk: ['district'], gemeinde: ['city'], provinz: ['state'], kanton: ['state'],
  rolle: ['role'], arbeitgeber: ['company'], jobbezeichnung: ['job', 'title'], stellenbezeichnung: ['job', 'title'], geschafts: ['work'], geschaefts: ['work'], geschaeftlich: ['work'],
  handelsregisternummer: ['registration'], handelsregister: ['registration'], registernummer: ['registration'], benutzer: ['user'], nutzer: ['user'],
  beleg: ['order'], quittung: ['order'], warengruppe: ['category'], produktgruppe: ['category'], strichcode: ['sku'], positionssumme: ['product', 'total'], positionsbetrag: ['product', 'total'], positionen: ['product'],
  aktionscode: ['coupon', 'code'], gutscheine: ['coupon'], steuersatz: ['tax', 'rate'], versandkosten: ['shipping', 'amount'], lieferkosten: ['shipping', 'amount'], versandgebuhr: ['shipping', 'amount'], versandgebuhren: ['shipping', 'amount'], versandgebuehr: ['shipping', 'amount'],
  versandunternehmen: ['carrier'], zusteller: ['carrier'], versanddienst: ['carrier'], abgeschlossen: ['completed'], erledigt: ['completed'], stk: ['quantity'],
  abonniert: ['opt', 'in'], abonnent: ['customer'], abonnenten: ['customer'], abonnement: ['subscription'], zustimmung: ['opt', 'in'], werbeeinwilligung: ['opt', 'in'], marketingeinwilligung: ['opt', 'in'], abmeldung: ['opt', 'out'], herkunft: ['source'], kanal: ['channel'],
  schlagwort: ['tag'], schlagworter: ['tag'], schlagwoerter: ['tag'], stichwort: ['tag'], stichworte: ['tag'], guthaben: ['balance'], kontostand: ['balance'], saldo: ['balance'], ablauf: ['expiry'], pramien: ['loyalty'], praemie: ['loyalty'], praemien: ['loyalty'], belohnung: ['loyalty'], belohnungen: ['loyalty'], beigetreten: ['join'],
  seitentitel: ['page', 'name'], seitenname: ['page', 'name'], verweisende: ['referrer'], standort: ['location'], anmerkung: ['note'], anmerkungen: ['note'], hinweis: ['note'], telnr: ['phone', 'number'],
  filiale: ['store'], bestand: ['stock'], lagerbestand: ['stock'], interessent: ['lead'], interessenten: ['lead'], kontaktquelle: ['source'],
  // Shopify and shop-system customer exports: "Akzeptiert E-Mail-Marketing", "Standard-Adresse Firma", "Gesamtausgaben", "Steuerbefreit"
  akzeptiert: ['accept'], standard: [], ausgaben: ['spend'], ausgegeben: ['spend'], gesamtausgaben: ['lifetime', 'spend'], bestellungen: ['order'], steuerbefreit: ['tax', 'exempt'],
  // analytics exports (Google Analytics in German: "Sitzungen", "Neue Nutzer", "Ereignisanzahl", "Seitenpfad und Bildschirmklasse", "Zielseite")
  sitzungen: ['visits'], neue: ['new'], neuer: ['new'], neu: ['new'], ereignisanzahl: ['event', 'count'], bildschirmklasse: ['screen', 'class'], pfad: ['path'], seitenpfad: ['page', 'path'], gerate: ['device'], geraete: ['device'], geratekategorie: ['device', 'category'],
  zielseite: ['landing', 'page'], einstiegsseite: ['landing', 'page'],
  // CRM and help-desk exports (HubSpot, Pipedrive, Zendesk in German): "Datensatz-ID", "Datum der letzten Aktivität", "Anfragender"
  datensatz: ['record'], letzten: ['last'], letztes: ['last'], zuletzt: ['last'], aktivitat: ['activity'], aktivitaet: ['activity'], anfragender: ['customer'], anfragende: ['customer'], besitzer: ['owner'],
  erste: ['first'], erster: ['first'], ersten: ['first'], erstes: ['first'], durchschnitt: ['average'], durchschnittlich: ['average'], durchschnittliche: ['average'], durchschnittlicher: ['average'], warenwert: ['subtotal'],
  handler: ['merchant'], haendler: ['merchant'], verkaufer: ['seller'], verkaeufer: ['seller'], verkaufskanal: ['channel'], kundigung: ['cancel'], kuendigung: ['cancel'], empfehlung: ['referral'], geworben: ['referral'], werber: ['referral'],
  bewertung: ['score'], geschaftliche: ['work'], geschaeftliche: ['work'],
  // a refunded amount (Erstatteter Betrag) and a payment option (Zahlungsoption, as payment pages name the method)
  erstatteter: ['refund'], erstattete: ['refund'], zahlungsoption: ['payment', 'method'],
  // (a practice's appointment cancelled on a day: Abgesagt am)
  abgesagt: ['cancel'],
  // (round 77: the VAT an amount contains, "enth. MwSt. 19 %")
  enth: ['incl'],
}

export const PHRASES: Record<string, string[]> = {
  'gultig bis': ['expiry'], 'gueltig bis': ['expiry'],
  'zweiter vorname': ['middle', 'name'], 'weitere vornamen': ['middle', 'name'],
  'e mail adresse': ['email'], 'ip adresse': ['ip'], 'strasse und hausnummer': ['street'], 'rechnung an name': ['billing', 'name'], 'versand an name': ['shipping', 'name'],
  'versand und bearbeitung': ['shipping', 'amount'], 'datum und uhrzeit': ['timestamp'],
  'e mail': ['email'], 'tracking nummer': ['tracking', 'number'], 'link zur sendungsverfolgung': ['tracking', 'url'],
  'strasse hausnummer': ['street'], 'strasse nr': ['street'], 'strasse und hausnr': ['street'], 'strasse hausnr': ['street'],
  'vor und nachname': ['full', 'name'], 'vor und zuname': ['full', 'name'],
  'mitglied seit': ['join', 'date'], 'kunde seit': ['created'], 'art nr': ['sku'], 'vollstandiger name': ['full', 'name'], 'verweisende url': ['referrer'], 'verweisende seite': ['referrer'],
  'letzte anmeldung': ['last', 'login'], 'letzter login': ['last', 'login'], 'zuletzt angemeldet': ['last', 'login'],
  // (round 83: an adult-education enrolment's participant number, "TN-Nr.", is the customer's, as a client's)
  'tn nr': ['customer', 'number'],
  // (a practice's patient number: Pat.-Nr.)
  'pat nr': ['customer', 'id'],
}
