/**
 * Swedish, Danish and Norwegian column vocabulary (keys lower-case without accents; ø and æ folded to o and ae):
 * the words of Nordic shop, newsletter and CRM exports. Words the three languages share are listed once.
 */
export const WORDS: Record<string, string[]> = {
  fornamn: ['first', 'name'], efternamn: ['last', 'name'], fornavn: ['first', 'name'], efternavn: ['last', 'name'], etternavn: ['last', 'name'], namn: ['name'], navn: ['name'],
  kon: ['gender'], kjonn: ['gender'], kaen: ['gender'], fodelsedatum: ['birth', 'date'], fodselsdato: ['birth', 'date'], fodselsdag: ['birth', 'date'],
  gatuadress: ['street'], adress: ['street'], gade: ['street'], gata: ['street'], vej: ['street'], postnummer: ['postal', 'code'], postnr: ['postal', 'code'], ort: ['city'], postort: ['city'], stad: ['city'], poststed: ['city'], kommune: ['city'], lan: ['state'], fylke: ['state'], region: ['state'],
  telefonnummer: ['phone', 'number'], mobilnummer: ['mobile', 'phone'], mobiltelefon: ['mobile', 'phone'], mobil: ['mobile', 'phone'], epost: ['email'], foretag: ['company'], firma: ['company'], virksomhed: ['company'], bedrift: ['company'], befattning: ['job', 'title'], stilling: ['job', 'title'], titel: ['title'],
  kund: ['customer'], kunde: ['customer'], kundnummer: ['customer', 'id'], kundenummer: ['customer', 'id'], ordernummer: ['order', 'number'], ordrenummer: ['order', 'number'], bestallning: ['order'], ordre: ['order'], datum: ['date'], dato: ['date'],
  artikel: ['product'], vara: ['product'], produkt: ['product'], antal: ['quantity'], antall: ['quantity'], pris: ['price'], belopp: ['amount'], belob: ['amount'], belop: ['amount'], summa: ['total'], moms: ['tax'], mva: ['tax'], rabatt: ['discount'], valuta: ['currency'],
  frakt: ['shipping'], leverans: ['shipping'], levering: ['shipping'], fragt: ['shipping'], betalning: ['payment'], betaling: ['payment'], betalningssatt: ['payment', 'method'], betalingsmetode: ['payment', 'method'], faktura: ['billing'], sparningsnummer: ['tracking', 'number'],
  skapad: ['created'], oprettet: ['created'], opprettet: ['created'], registrerad: ['created'], uppdaterad: ['updated'], opdateret: ['updated'], oppdatert: ['updated'], sprak: ['language'], land: ['country'],
  postadresse: ['mailing', '@address'], postadress: ['mailing', '@address'], forretningsadresse: ['business', '@address'], forretning: ['business'], besoksadresse: ['business', '@address'], leveringsadresse: ['shipping', '@address'], fakturaadresse: ['billing', '@address'],
  linje: ['street'], rad: ['street'], sted: ['city'], fakturanummer: ['billing', 'number'], fakturanr: ['billing', 'number'], fakturadato: ['order', 'date'], fakturadatum: ['order', 'date'], forfallsdato: ['due', 'date'], forfallodatum: ['due', 'date'], forfaldsdato: ['due', 'date'],
  ordrenr: ['order', 'number'], ordernr: ['order', 'number'], kundenr: ['customer', 'id'], kundnr: ['customer', 'id'], beskrivelse: ['description'], beskrivning: ['description'], totalt: ['total'], totalbelop: ['total'], kommentar: ['note'], merknad: ['note'],
  // Finnish
  asiakas: ['customer'], asiakasnumero: ['customer', 'id'], etunimi: ['first', 'name'], sukunimi: ['last', 'name'], nimi: ['name'], puhelin: ['phone'], puhelinnumero: ['phone', 'number'], matkapuhelin: ['mobile', 'phone'], sahkoposti: ['email'],
  katuosoite: ['street'], osoite: ['@address'], postinumero: ['postal', 'code'], postitoimipaikka: ['city'], kaupunki: ['city'], maa: ['country'], paivamaara: ['date'], pvm: ['date'], alv: ['tax'], tilausnumero: ['order', 'number'], tilaus: ['order'],
  laskunumero: ['billing', 'number'], lasku: ['billing'], yritys: ['company'], hinta: ['price'], maara: ['quantity'], tuote: ['product'], valuutta: ['currency'], syntymaaika: ['birth', 'date'], sukupuoli: ['gender'], kieli: ['language'],
  // everyday words the first lists lacked (Swedish, Danish, Norwegian); a company's registration number is no person's tax id
  fulde: ['full'], fullt: ['full'], fullstendig: ['full'], husnummer: ['house', 'number'], gateadresse: ['street'], postkod: ['postal', 'code'], postnumer: ['postal', 'code'], bynavn: ['city'],
  telefonnr: ['phone', 'number'], tlf: ['phone'], mobilnr: ['mobile', 'phone'], foretak: ['company'], selskap: ['company'], organisasjonsnummer: ['registration'], orgnr: ['registration'], organisationsnummer: ['registration'], cvr: ['registration'], faks: ['fax', 'phone'], telefaks: ['fax', 'phone'],
  ordredato: ['order', 'date'], orderdatum: ['order', 'date'], bestillingsdato: ['order', 'date'], bestilling: ['order'], vare: ['product'], varer: ['goods'], varenavn: ['product', 'name'], produktnavn: ['product', 'name'], produktnamn: ['product', 'name'], artikelnamn: ['product', 'name'],
  varenummer: ['sku'], varenr: ['sku'], artikelnummer: ['sku'], artikelnr: ['sku'], enhedspris: ['unit', 'price'], enhetspris: ['unit', 'price'], stykpris: ['unit', 'price'], styckpris: ['unit', 'price'],
  forsendelse: ['shipping'], fragtpris: ['shipping', 'amount'], fraktkostnad: ['shipping', 'amount'], fraktpris: ['shipping', 'amount'], leveringsmetode: ['shipping', 'method'], leveranssatt: ['shipping', 'method'],
  nyhedsbrev: ['opt', 'in'], nyhetsbrev: ['opt', 'in'], samtykke: ['opt', 'in'], samtycke: ['opt', 'in'], sprog: ['language'], notat: ['note'], anteckning: ['note'], bemaerkning: ['note'], bemerkning: ['note'], endret: ['updated'], arbejde: ['work'], arbeid: ['work'], jobb: ['work'], arbete: ['work'], hjem: ['home'], hjemme: ['home'], hem: ['home'], afdeling: ['department'], avdeling: ['department'], avdelning: ['department'], hjemmeside: ['website'], nettside: ['website'], hemsida: ['website'], andrad: ['updated'], aendret: ['updated'],
  // Finnish, with the genitives headers use ("Asiakkaan nimi", "Tilauksen numero", "Tuotteen nimi")
  asiakkaan: ['customer'], tilauksen: ['order'], tuotteen: ['product'], laskun: ['billing'], tunnus: ['id'], henkilotunnus: ['registration'], koodi: ['code'], kunta: ['city'], maakunta: ['state'], sahkopostiosoite: ['email'], faksi: ['fax', 'phone'],
  syntymapaiva: ['birth', 'date'], tilauspaiva: ['order', 'date'], tilauspvm: ['order', 'date'], yhteensa: ['total'], veroton: ['net'], alennus: ['discount'], toimitus: ['shipping'], toimitustapa: ['shipping', 'method'], toimituskulut: ['shipping', 'amount'], rahtikulut: ['shipping', 'amount'],
  kpl: ['quantity'], yksikkohinta: ['unit', 'price'], tuotenimi: ['product', 'name'], tuotekoodi: ['sku'], tuotenumero: ['sku'], tila: ['status'], luotu: ['created'], luontipaiva: ['created', 'date'], paivitetty: ['updated'], muokattu: ['updated'],
  uutiskirje: ['opt', 'in'], markkinointilupa: ['opt', 'in'], lisatiedot: ['note'], lisatietoja: ['note'], huomautus: ['note'], kommentti: ['note'], tyo: ['work'], koti: ['home'], titteli: ['job', 'title'], osasto: ['department'], kotisivu: ['website'], maksutapa: ['payment', 'method'], valuuttakoodi: ['currency'], arvonlisavero: ['tax'],
  betalningsreferens: ['payment', 'id'],   forsaljning: ['order'], betald: ['paid'], betalt: ['paid'], betalningsdatum: ['paid', 'date'], betalingsdato: ['paid', 'date'],
  och: [], og: [], av: [], af: [], for: [], till: [], til: [], ja: [],
}

/** Whole headers only: Danish and Norwegian "By" is the city, English "by" a word of "Created by" (see ALONE in index.ts). */
export const ALONE: Record<string, string[]> = { by: ['city'] }

export const PHRASES: Record<string, string[]> = {
  'e post': ['email'], 'belop eks mva': ['net'], 'belop inkl mva': ['total'], 'belob ekskl moms': ['net'], 'belob inkl moms': ['total'], 'belopp exkl moms': ['net'], 'belopp inkl moms': ['total'], 'e postadress': ['email'], 'e mail adresse': ['email'], 'e postadresse': ['email'],
  'fulde navn': ['full', 'name'], 'fullt navn': ['full', 'name'], 'fullstendig navn': ['full', 'name'], 'fullstandigt namn': ['full', 'name'], 'koko nimi': ['full', 'name'], 'asiakkaan nimi': ['full', 'name'],
  'tilauksen numero': ['order', 'number'], 'tuotteen nimi': ['product', 'name'], 'laskun numero': ['billing', 'number'], 'y tunnus': ['registration'],
}

/** Danish and Norwegian words English reads otherwise: in a Nordic file "by" is the city anywhere in a name. */
export const OWN: Record<string, string[]> = { by: ['city'] }
