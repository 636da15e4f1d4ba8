/** Dutch column vocabulary (keys lower-case without accents). Compounds are also split. */
export const WORDS: Record<string, string[]> = {
  browser: ['browser'], apparaat: ['device'], pagina: ['page'], verwijzer: ['referrer'], campagne: ['campaign'], sessie: ['session'], transactie: ['transaction'], omzet: ['total'], aankoop: ['purchase'], besturingssysteem: ['operating', 'system'],
  voornaam: ['first', 'name'], roepnaam: ['first', 'name'], achternaam: ['last', 'name'], tussenvoegsel: ['middle', 'name'], naam: ['name'], aanhef: ['courtesy', 'title'], geslacht: ['gender'],
  geboortedatum: ['birth', 'date'], geboorte: ['birth'], straat: ['street'], straatnaam: ['street'], huisnummer: ['house', 'number'], adres: ['street'], woonplaats: ['city'], plaats: ['city'], stad: ['city'],
  provincie: ['state'], land: ['country'], telefoon: ['phone'], telefoonnummer: ['phone', 'number'], mobiel: ['mobile', 'phone'], mobielnummer: ['mobile', 'phone'],
  bedrijf: ['company'], bedrijfs: ['company'], firma: ['company'], firmanaam: ['company', 'name'], organisatie: ['company'], functie: ['job', 'title'], afdeling: ['department'],
  klant: ['customer'], klanten: ['customer'], nummer: ['number'], bestelling: ['order'], bestel: ['order'], datum: ['date'], tijd: ['time'],
  artikel: ['product'], product: ['product'], aantal: ['quantity'], stuk: ['unit'], prijs: ['price'], totaal: ['total'], bedrag: ['amount'], btw: ['tax'], belasting: ['tax'],
  korting: ['discount'], verzend: ['shipping'], verzending: ['shipping'], levering: ['shipping'], aflever: ['shipping'], kosten: ['price'], factuur: ['billing'], facturen: ['billing'], betaal: ['payment'], betaling: ['payment'],
  valuta: ['currency'], methode: ['method'], nieuwsbrief: ['newsletter'], aangemaakt: ['created'], werk: ['work'], zakelijk: ['work'], prive: ['home'],
  punten: ['points'], lid: ['member'], lidmaatschap: ['member'], kaart: ['card'], niveau: ['tier'],
  en: [], van: [], de: [], het: [], voor: [], per: [],
  emailadres: ['email'], trackingcode: ['tracking', 'number'], vervoerder: ['carrier'], wijze: ['method'], stuks: ['quantity'], omschrijving: ['description'], excl: ['excl'], incl: ['incl'], inclusief: ['incl'], exclusief: ['excl'],
  spaarpunten: ['loyalty', 'points'], spaar: ['loyalty'], bezorg: ['shipping'], bezorging: ['shipping'],
  ingewisseld: ['redeemed'], gebruikt: ['redeemed'], programma: ['program'], breedte: ['width'], hoogte: ['height'],
  geannuleerd: ['cancel'], relatie: ['customer'],
  verjaardag: ['birth', 'date'], taal: ['language'], bron: ['source'],
  nationaliteit: ['nationality'], postbus: ['post', 'office', 'box'], laatste: ['last'], categorie: ['category'], terugbetaald: ['refund'], retour: ['return'], reden: ['reason'], bezoeker: ['visitor'], tijdzone: ['timezone'], vervaldatum: ['expiry', 'date'], betaald: ['paid'], regel: ['product'], adresregel: ['street'],
  contactpersoon: ['contact'], persoon: ['person'], toevoeging: ['addition'], lever: ['shipping'], op: [], weergaven: ['views'], duur: ['duration'], bounce: ['bounce'], percentage: ['rate'], scherm: ['screen'], resolutie: ['resolution'],
  loyaliteit: ['loyalty'], saldo: ['balance'], inschrijf: ['created'], inschrijving: ['created'], afmeld: ['opt', 'out'], type: ['type'],
  tijdstip: ['timestamp'], gebeurtenis: ['event'],
  gebruikersnaam: ['login'],
  netto: ['net'], transactiekosten: ['fee'],
  volgende: ['next'], ingewisselde: ['redeemed'], sinds: ['since'],
}

export const PHRASES: Record<string, string[]> = {
  'geldig tot': ['expiry'],
  // "Facturen versturen naar" (Moneybird: where invoices are e-mailed): an e-mail address
  'versturen naar': ['email'], 'sturen naar': ['email'],
  'pagina url': ['page', 'url'], 'pagina titel': ['page', 'name'], 'e mailadres': ['email'], 'e mail adres': ['email'], 'mobiel nummer': ['mobile', 'phone'],
  'track trace': ['tracking', 'number'], 'track en trace': ['tracking', 'number'], 'track trace code': ['tracking', 'number'],
  'burgerlijke staat': ['marital', 'status'],
  'straat en huisnummer': ['street'], 'straat huisnummer': ['street'], 'straatnaam en huisnummer': ['street'],
  'voor en achternaam': ['full', 'name'],
}
