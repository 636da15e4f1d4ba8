/** Dutch column vocabulary (keys lower-case without accents). Compounds are also split. */
export const WORDS: Record<string, string[]> = {
  // the contract, policy or receipt an export's rows are (context.ts: its number is the event's record, as an order's)
  polis: ['policy'], polisnummer: ['policy', 'number'],
  // the plan or tariff subscribed to and the vehicle hired or sold: the goods of a subscription's, utility's or rental's export (context.ts)
  voertuig: ['vehicle'],
  // a school's pupil is the person the record is about; a mother's or father's column another person's
  leerling: ['customer'], moeder: ['parent'], vader: ['parent'],
  // (a blocked customer, "Geblokkeerd"; a booking's time, "Geboekt op")
  geblokkeerd: ['blocked'], geboekt: ['order', 'created'],
  // an SMS gateway's message log ("Bericht ID", "Afzender", "Verzonden op")
  bericht: ['message'], berichten: ['message'], afzender: ['originator'], verzonden: ['sent'], verstuurd: ['sent'],
  // a ticket shop's compounds (Tickettype, Ticketsoort, Ticketnaam, Ticketprijs) and what was ordered ("Aantal besteld")
  tickettype: ['ticket', 'type'], ticketsoort: ['ticket', 'type'], ticketnaam: ['ticket', 'name'], ticketprijs: ['ticket', 'price'], besteld: ['order'],
  // a receipt's total (Bontotaal, as tills export it)
  bontotaal: ['total'],
  // Flemish family name, a buyer (koper), points saved (gespaarde punten) of loyalty cards (Piggy, Joyn)
  familienaam: ['last', 'name'], koper: ['customer'], gespaarde: ['earned'], gespaard: ['earned'],
  boeking: ['order'], reservering: ['order'], donatie: ['order'],
  breedtegraad: ['latitude'], lengtegraad: ['longitude'],
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
  // everyday words of shop, CRM, newsletter, loyalty and analytics exports (Lightspeed, Mijnwebwinkel, Moneybird, Exact, bol.com, Laposta in Dutch)
  volledige: ['full'], volledig: ['full'], mobiele: ['mobile', 'phone'], gemeente: ['city'], vestigingsplaats: ['city'], wijk: ['district'], buurt: ['district'], regio: ['state'], postadres: ['mailing', '@address'],
  rol: ['role'], kvk: ['registration'], kvknummer: ['registration'], btwnummer: ['tax', 'id'], gebruiker: ['user'], gebruikers: ['user'], referentie: ['reference'], kenmerk: ['reference'], ontvanger: ['recipient'],
  bonnummer: ['order', 'number'], kassabon: ['order'], merk: ['manufacturer'], fabrikant: ['manufacturer'], subtotaal: ['subtotal'], actiecode: ['coupon', 'code'], waardebon: ['coupon'], kortingsbon: ['coupon'],
  verzendkosten: ['shipping', 'amount'], bezorgkosten: ['shipping', 'amount'], leveringskosten: ['shipping', 'amount'], zending: ['shipping'], pakketnummer: ['tracking', 'number'], terugbetaling: ['refund'], restitutie: ['refund'],
  gewijzigd: ['updated'], bijgewerkt: ['updated'], wijziging: ['updated'], aanmaak: ['created'], ingeschreven: ['opt', 'in'], aangemeld: ['opt', 'in'], uitgeschreven: ['opt', 'out'], afgemeld: ['opt', 'out'], toestemming: ['opt', 'in'],
  kanaal: ['channel'], labels: ['tag'], beloning: ['loyalty'], beloningen: ['loyalty'], verwijzende: ['referrer'], bezoek: ['visit'], bezoeken: ['visits'],
  opmerking: ['note'], opmerkingen: ['note'], notitie: ['note'], notities: ['note'],
  gewicht: ['weight'], maat: ['size'], kleur: ['color'], voorraad: ['stock'], winkel: ['store'], filiaal: ['store'], locatie: ['location'], variant: ['variant'],
  accepteert: ['accept'], standaard: [], besteed: ['spend'],
  sessies: ['visits'], nieuwe: ['new'], nieuw: ['new'], landingspagina: ['landing', 'page'], bestemmingspagina: ['landing', 'page'], pad: ['path'],
  paginapad: ['page', 'path'],
  activiteit: ['activity'], aanvrager: ['customer'], eigenaar: ['owner'],
  debiteur: ['customer'], verloop: ['expiry'], eerste: ['first'], gemiddelde: ['average'], waarde: ['value'], orderwaarde: ['order', 'value'], verkoper: ['seller'], verkoopkanaal: ['channel'], beoordeling: ['score'], doorverwezen: ['referral'], door: ['by'], groep: ['group'],
  // a company's visiting address (Bezoekadres, as KvK extracts and Dutch CRMs write it) is its business address; its trade name the company's name
  bezoekadres: ['business', '@address'], handelsnaam: ['company', 'name'],
}

export const PHRASES: Record<string, string[]> = {
  // a Belgian firm's registered name ("Maatschappelijke naam")
  'maatschappelijke naam': ['company', 'name'],
  'geldig tot': ['expiry'],
  // "Facturen versturen naar" (Moneybird: where invoices are e-mailed): an e-mail address
  'versturen naar': ['email'], 'sturen naar': ['email'],
  'pagina url': ['page', 'url'], 'pagina titel': ['page', 'name'], 'e mailadres': ['email'], 'e mail adres': ['email'], 'mobiel nummer': ['mobile', 'phone'],
  'track trace': ['tracking', 'number'], 'track en trace': ['tracking', 'number'], 'track trace code': ['tracking', 'number'],
  'burgerlijke staat': ['marital', 'status'],
  'straat en huisnummer': ['street'], 'straat huisnummer': ['street'], 'straatnaam en huisnummer': ['street'],
  'voor en achternaam': ['full', 'name'],
  'volledige naam': ['full', 'name'], 'mobiele telefoon': ['mobile', 'phone'], 'mobiele nummer': ['mobile', 'phone'], 'ip adres': ['ip'], 'kv k': ['registration'], 'kv k nummer': ['registration'], 'btw nummer': ['tax', 'id'],
  'prijs per stuk': ['unit', 'price'], 'lid sinds': ['join', 'date'], 'klant sinds': ['created'], 'verwijzende url': ['referrer'],
  'totaal besteed': ['lifetime', 'spend'],
  'e mailmarketing': ['email', 'marketing'], 'e mail marketing': ['email', 'marketing'],
  'aantal gebeurtenissen': ['event', 'count'],
  'laatst ingelogd': ['last', 'login'], 'laatste activiteit': ['last', 'activity'],
}
