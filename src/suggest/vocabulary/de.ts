/** German column vocabulary (keys lower-case, umlauts folded: ä→a, ö→o, ü→u, ß→ss). Compounds are also split. */
export const WORDS: Record<string, string[]> = {
  transaktion: ['transaction'], umsatz: ['total'], sitzung: ['session'], verweisquelle: ['referrer'],
  vorname: ['first', 'name'], rufname: ['first', 'name'], nachname: ['last', 'name'], familienname: ['last', 'name'], zuname: ['last', 'name'],
  anrede: ['courtesy', 'title'], titel: ['title'], geschlecht: ['gender'], geburtsdatum: ['birth', 'date'], geburtstag: ['birth', 'date'], geburt: ['birth'], geburtsjahr: ['birth', 'year'],
  strasse: ['street'], str: ['street'], hausnummer: ['street'], anschrift: ['street'], adresse: ['street'], adresszusatz: ['street', '2'],
  postleitzahl: ['postal', 'code'], ort: ['city'], stadt: ['city'], wohnort: ['city'], bundesland: ['state'], land: ['country'], staat: ['country'], landkreis: ['region'],
  telefon: ['phone'], telefonnummer: ['phone', 'number'], rufnummer: ['phone', 'number'], mobil: ['mobile', 'phone'], handy: ['mobile', 'phone'], mobilnummer: ['mobile', 'phone'], mobiltelefon: ['mobile', 'phone'], telefax: ['fax', 'phone'],
  firma: ['company'], firmenname: ['company', 'name'], unternehmen: ['company'], abteilung: ['department'], position: ['job', 'title'], funktion: ['job', 'title'], berufsbezeichnung: ['job', 'title'], beruf: ['job', 'title'],
  kunde: ['customer'], kunden: ['customer'], konto: ['account'], kontakt: ['contact'], nummer: ['number'], nr: ['number'], kennung: ['id'],
  bestellung: ['order'], bestell: ['order'], auftrag: ['order'], auftrags: ['order'], kauf: ['order'], datum: ['date'], zeit: ['time'], uhrzeit: ['time'], zeitpunkt: ['timestamp'], zeitstempel: ['timestamp'],
  artikel: ['product'], produkt: ['product'], menge: ['quantity'], anzahl: ['quantity'], stuck: ['unit'], einzelpreis: ['unit', 'price'], preis: ['price'], kosten: ['price'],
  gesamt: ['total'], gesamtsumme: ['total'], summe: ['total'], gesamtbetrag: ['total'], endbetrag: ['total'], zwischensumme: ['subtotal'], betrag: ['amount'], wert: ['value'],
  steuer: ['tax'], steuern: ['tax'], mwst: ['tax'], ust: ['tax'], mehrwertsteuer: ['tax'], rabatt: ['discount'], nachlass: ['discount'], gutschein: ['coupon'],
  versand: ['shipping'], liefer: ['shipping'], lieferung: ['shipping'], bearbeitung: ['handling'], rechnung: ['billing'], rechnungs: ['billing'],
  wahrung: ['currency'], zahlung: ['payment'], zahlungsart: ['payment', 'method'], methode: ['method'], art: ['type'], typ: ['type'],
  erstellt: ['created'], erstellung: ['created'], angelegt: ['created'], registriert: ['created'], aktualisiert: ['updated'], geandert: ['updated'], erstattet: ['refund'], erstattung: ['refund'],
  webseite: ['website'], internetseite: ['website'], homepage: ['website'],
  betriebssystem: ['operating', 'system'], gerat: ['device'], geratetyp: ['device', 'type'], modell: ['model'], hersteller: ['manufacturer'], marke: ['manufacturer'], bildschirm: ['screen'], auflosung: ['resolution'],
  seite: ['page'], seiten: ['page'], verweis: ['referrer'], kampagne: ['campaign'], kampagnen: ['campaign'], besuch: ['visit'], besuchs: ['visit'], sprache: ['language'],
  postanschrift: ['mailing'], postadresse: ['mailing'], privat: ['home'], geschaftlich: ['work'], dienstlich: ['work'], buro: ['work'],
  seit: ['since'], status: ['status'], gruppe: ['group'], inhaber: ['owner'], notiz: ['note'], bemerkung: ['note'], quelle: ['source'], aktiv: ['active'],
  punkte: ['points'], punktestand: ['points'], stufe: ['tier'], mitglied: ['member'], mitgliedsnummer: ['member', 'id'], karte: ['card'], karten: ['card'],
  und: [], der: [], die: [], das: [], des: [], von: [], fur: [], an: [], am: [], im: [], zu: [], pro: [], informationen: ['info'], info: ['info'],
}

export const PHRASES: Record<string, string[]> = {
  'e mail adresse': ['email'], 'ip adresse': ['ip'], 'strasse und hausnummer': ['street'], 'rechnung an name': ['billing', 'name'], 'versand an name': ['shipping', 'name'],
  'versand und bearbeitung': ['shipping', 'amount'], 'datum und uhrzeit': ['timestamp'],
}
