/**
 * Swedish, Danish and Norwegian column vocabulary (keys lower-case without accents; ø and æ folded to o and ae):
 * the words of Nordic shop, newsletter and CRM exports. Words the three languages share are listed once.
 */
export const WORDS: Record<string, string[]> = {
  // (round 84: a car dealer's deal, Swedish "Affärsnr", "Affärsdatum", is the sale; Finnish "Postinro" the postcode)
  affarsnr: ['order', 'number'], affarsdatum: ['order', 'date'], postinro: ['postal', 'code'],
  // a birth year (Danish and Norwegian fødselsår, Swedish födelseår, Finnish syntymävuosi); a Finnish day (päivä: "Laskupäivä", the
  // invoice's date) and an amount with its tax (verollinen: the total)
  fodselsar: ['birth', 'year'], fodelsear: ['birth', 'year'], syntymavuosi: ['birth', 'year'], paiva: ['date'], verollinen: ['total'],
  // a school's pupil or student (elev, oppilas, opiskelija) is the person the record is about ("Elevnr."); a parent's or guardian's
  // (förälder, vårdnadshavare, foresatt, huoltaja) another person's
  elev: ['customer'], elevnr: ['customer', 'id'], oppilas: ['customer'], oppilaan: ['customer'], opiskelija: ['customer'], opiskelijan: ['customer'],
  foralder: ['parent'], foraelder: ['parent'], vardnadshavare: ['guardian'], foresatt: ['guardian'], huoltaja: ['guardian'], huoltajan: ['guardian'],
  // (a blocked customer: Danish "Spærret", "Blokeret", Norwegian "Sperret", Swedish "Spärrad"; a Finnish street address, "Lähiosoite";
  // "Att.", the attention line of a Danish or Norwegian address, says only that a person follows: "Att./Kontaktperson")
  spaerret: ['blocked'], blokeret: ['blocked'], sperret: ['blocked'], sparrad: ['blocked'], blockerad: ['blocked'], lahiosoite: ['street'], att: [],
  // (a campaign code of a Nordic shop, gym or booking export is its discount code: Swedish "Kampanjkod", Danish "Kampagnekode",
  // Norwegian "Kampanjekode", as Finnish "Kampanjakoodi" already reads; a campaign alone, "Kampanj", may be a marketing one)
  kampanjkod: ['coupon', 'code'], kampagnekode: ['coupon', 'code'], kampanjekode: ['coupon', 'code'],
  // (an order line's sum and discount, Swedish "Radsumma", "Radrabatt", Danish and Norwegian "Linjetotal", "Linjesum": the
  // line's, as English "Line Total" reads; "Lev." is leverans/levering, the delivery; a parcel's number, "Kollinr")
  starttid: ['timestamp'], sluttid: ['end', 'time'], sendingsnummer: ['tracking', 'number'], radsumma: ['product', 'total'], radtotal: ['product', 'total'], radbelopp: ['product', 'amount'], radrabatt: ['product', 'discount'],
  linjetotal: ['product', 'total'], linjesum: ['product', 'total'], linjesumma: ['product', 'total'], linjerabat: ['product', 'discount'], linjerabatt: ['product', 'discount'],
  lev: ['shipping'], mottagare: ['recipient'], mottagarens: ['recipient'], mottaker: ['recipient'], modtager: ['recipient'], kollinr: ['tracking', 'number'],
  bokning: ['order'], tittel: ['title'], webside: ['website'],
  fornamn: ['first', 'name'], efternamn: ['last', 'name'], fornavn: ['first', 'name'], efternavn: ['last', 'name'], etternavn: ['last', 'name'], namn: ['name'], navn: ['name'],
  kon: ['gender'], kjonn: ['gender'], kaen: ['gender'], fodelsedatum: ['birth', 'date'], fodselsdato: ['birth', 'date'], fodselsdag: ['birth', 'date'],
  gatuadress: ['street'], adress: ['street'], gade: ['street'], gata: ['street'], vej: ['street'], postnummer: ['postal', 'code'], postnr: ['postal', 'code'], ort: ['city'], postort: ['city'], stad: ['city'], poststed: ['city'], kommune: ['city'], lan: ['state'], fylke: ['state'], region: ['state'],
  telefonnummer: ['phone', 'number'], mobilnummer: ['mobile', 'phone'], mobiltelefon: ['mobile', 'phone'], mobil: ['mobile', 'phone'], epost: ['email'], foretag: ['company'], firma: ['company'], virksomhed: ['company'], bedrift: ['company'], befattning: ['job', 'title'], stilling: ['job', 'title'], titel: ['title'],
  kund: ['customer'], kunde: ['customer'], kundnummer: ['customer', 'id'], kundenummer: ['customer', 'id'], ordernummer: ['order', 'number'], ordrenummer: ['order', 'number'], bestallning: ['order'], ordre: ['order'], datum: ['date'], dato: ['date'],
  artikel: ['product'], vara: ['product'], produkt: ['product'], antal: ['quantity'], antall: ['quantity'], pris: ['price'], belopp: ['amount'], belob: ['amount'], belop: ['amount'], summa: ['total'], moms: ['tax'], mva: ['tax'], rabatt: ['discount'], valuta: ['currency'],
  frakt: ['shipping'], leverans: ['shipping'], levering: ['shipping'], fragt: ['shipping'], betalning: ['payment'], betaling: ['payment'], betalningssatt: ['payment', 'method'], betalingsmetode: ['payment', 'method'], faktura: ['billing'], sparningsnummer: ['tracking', 'number'],
  skapad: ['created'], oprettet: ['created'], opprettet: ['created'], registrerad: ['created'], uppdaterad: ['updated'], opdateret: ['updated'], oppdatert: ['updated'], sprak: ['language'], land: ['country'],
  postadresse: ['mailing', '@address'], postadress: ['mailing', '@address'], forretningsadresse: ['business', '@address'], forretning: ['business'], besoksadresse: ['business', '@address'], besoksadress: ['business', '@address'], leveringsadresse: ['shipping', '@address'], fakturaadresse: ['billing', '@address'],
  linje: ['street'], rad: ['street'], sted: ['city'], fakturanummer: ['billing', 'number'], fakturanr: ['billing', 'number'], fakturadato: ['order', 'date'], fakturadatum: ['order', 'date'], forfallsdato: ['due', 'date'], forfallodatum: ['due', 'date'], forfaldsdato: ['due', 'date'],
  ordrenr: ['order', 'number'], ordernr: ['order', 'number'], kundenr: ['customer', 'id'], kundnr: ['customer', 'id'], beskrivelse: ['description'], beskrivning: ['description'], totalt: ['total'], totalbelop: ['total'], kommentar: ['note'], merknad: ['note'],
  // Finnish
  asiakas: ['customer'], asiakasnumero: ['customer', 'id'], etunimi: ['first', 'name'], sukunimi: ['last', 'name'], nimi: ['name'], puhelin: ['phone'], puhelinnumero: ['phone', 'number'], matkapuhelin: ['mobile', 'phone'], sahkoposti: ['email'],
  katuosoite: ['street'], osoite: ['@address'], postinumero: ['postal', 'code'], postitoimipaikka: ['city'], kaupunki: ['city'], maa: ['country'], paivamaara: ['date'], pvm: ['date'], alv: ['tax'], tilausnumero: ['order', 'number'], tilaus: ['order'],
  laskunumero: ['billing', 'number'], lasku: ['billing'], yritys: ['company'], hinta: ['price'], maara: ['quantity'], tuote: ['product'], valuutta: ['currency'], syntymaaika: ['birth', 'date'], sukupuoli: ['gender'], kieli: ['language'],
  // everyday words the first lists lacked (Swedish, Danish, Norwegian); a company's registration number is no person's tax id
  fulde: ['full'], fullt: ['full'], fullstendig: ['full'], husnummer: ['house', 'number'], gateadresse: ['street'], postkod: ['postal', 'code'], postnumer: ['postal', 'code'], bynavn: ['city'],
  telefonnr: ['phone', 'number'], tlf: ['phone'], mobilnr: ['mobile', 'phone'], foretak: ['company'], selskap: ['company'], organisasjonsnummer: ['registration'], orgnr: ['registration'], organisationsnummer: ['registration'], cvr: ['registration'], faks: ['fax', 'phone'], telefaks: ['fax', 'phone'],
  ordredato: ['order', 'date'], salg: ['order'], salgsdato: ['order', 'date'], orderdatum: ['order', 'date'], bestillingsdato: ['order', 'date'], bestilling: ['order'], vare: ['product'], varer: ['goods'], varenavn: ['product', 'name'], produktnavn: ['product', 'name'], produktnamn: ['product', 'name'], artikelnamn: ['product', 'name'],
  varenummer: ['sku'], varenr: ['sku'], artikelnummer: ['sku'], artikelnr: ['sku'], artikelgrupp: ['category'], varugrupp: ['category'], produktgrupp: ['category'], varegruppe: ['category'], artikelgruppe: ['category'], enhedspris: ['unit', 'price'], enhetspris: ['unit', 'price'], stykpris: ['unit', 'price'], styckpris: ['unit', 'price'],
  forsendelse: ['shipping'], fragtpris: ['shipping', 'amount'], fraktkostnad: ['shipping', 'amount'], fraktpris: ['shipping', 'amount'], leveringsmetode: ['shipping', 'method'], leveranssatt: ['shipping', 'method'],
  nyhedsbrev: ['opt', 'in'], nyhetsbrev: ['opt', 'in'], samtykke: ['opt', 'in'], samtycke: ['opt', 'in'], sprog: ['language'], notat: ['note'], anteckning: ['note'], bemaerkning: ['note'], bemerkning: ['note'], endret: ['updated'], arbejde: ['work'], arbeid: ['work'], jobb: ['work'], arbete: ['work'], hjem: ['home'], hjemme: ['home'], hem: ['home'], afdeling: ['department'], avdeling: ['department'], avdelning: ['department'], hjemmeside: ['website'], nettside: ['website'], hemsida: ['website'], andrad: ['updated'], aendret: ['updated'],
  // Finnish, with the genitives headers use ("Asiakkaan nimi", "Tilauksen numero", "Tuotteen nimi")
  asiakkaan: ['customer'], tilauksen: ['order'], tuotteen: ['product'], laskun: ['billing'], tunnus: ['id'], henkilotunnus: ['registration'], koodi: ['code'], kunta: ['city'], maakunta: ['state'], sahkopostiosoite: ['email'], faksi: ['fax', 'phone'],
  syntymapaiva: ['birth', 'date'], tilauspaiva: ['order', 'date'], tilauspvm: ['order', 'date'], yhteensa: ['total'], veroton: ['net'], alennus: ['discount'], toimitus: ['shipping'], toimitustapa: ['shipping', 'method'], toimituskulut: ['shipping', 'amount'], rahtikulut: ['shipping', 'amount'],
  kpl: ['quantity'], yksikkohinta: ['unit', 'price'], tuotenimi: ['product', 'name'], tuotekoodi: ['sku'], tuotenumero: ['sku'], tila: ['status'], luotu: ['created'], luontipaiva: ['created', 'date'], paivitetty: ['updated'], muokattu: ['updated'],
  uutiskirje: ['opt', 'in'], markkinointilupa: ['opt', 'in'], lisatiedot: ['note'], lisatietoja: ['note'], huomautus: ['note'], kommentti: ['note'], tyo: ['work'], koti: ['home'], titteli: ['job', 'title'], osasto: ['department'], kotisivu: ['website'], maksutapa: ['payment', 'method'], valuuttakoodi: ['currency'], arvonlisavero: ['tax'],
  betalningsreferens: ['payment', 'id'],   forsaljning: ['order'], betald: ['paid'], betalt: ['paid'], betalningsdatum: ['paid', 'date'], betalingsdato: ['paid', 'date'],
  // everyday words of shop, invoicing, newsletter, loyalty and analytics exports the lists lacked (Swedish, Danish,
  // Norwegian: Shopify, WooCommerce, Fortnox, e-conomic, Tripletex, Mailchimp and GA in the three languages)
  mellannamn: ['middle', 'name'], mellemnavn: ['middle', 'name'], mellomnavn: ['middle', 'name'], tilltalsnamn: ['first', 'name'], tilltal: ['courtesy', 'title'], fodelsedag: ['birth', 'date'], nationalitet: ['nationality'], medborgarskap: ['nationality'], statsborgerskab: ['nationality'], statsborgerskap: ['nationality'],
  anteckningar: ['note'], noteringar: ['note'], notering: ['note'], kommentarer: ['note'], noter: ['note'], mejl: ['email'], mejladress: ['email'], telefon: ['phone'], privat: ['home'], arbetstelefon: ['work', 'phone'], hemtelefon: ['home', 'phone'], webbplats: ['website'], webbsida: ['website'],
  utdelningsadress: ['street'], adressrad: ['street'], adresselinje: ['street'], kommun: ['city'], landskap: ['state'], landskod: ['country', 'code'], landekode: ['country', 'code'], landkode: ['country', 'code'], fakturering: ['billing'], fakturerings: ['billing'],
  bolag: ['company'], yrkestitel: ['job', 'title'], momsregistreringsnummer: ['registration'], momsnr: ['registration'], medlem: ['member'], medlemsnummer: ['member', 'id'], medlemsnr: ['member', 'id'], medlemskap: ['member'],
  anvandare: ['user'], anvandarnamn: ['login'], bruker: ['user'], bruger: ['user'], brukernavn: ['login'], brugernavn: ['login'], kontakt: ['contact'], referens: ['reference'], referanse: ['reference'], extern: ['external'], ekstern: ['external'],
  kvitto: ['order'], kvittering: ['order'], kopdatum: ['order', 'date'], kobsdato: ['order', 'date'], kjopsdato: ['order', 'date'], varor: ['goods'], produkter: ['goods'], artiklar: ['goods'], streckkod: ['sku'], stregkode: ['sku'], strekkode: ['sku'], kategori: ['category'],
  varumarke: ['manufacturer'], marke: ['manufacturer'], maerke: ['manufacturer'], merke: ['manufacturer'], tillverkare: ['manufacturer'], producent: ['manufacturer'], produsent: ['manufacturer'], stk: ['quantity'], delsumma: ['subtotal'], delsum: ['subtotal'], totalsumma: ['total'], slutsumma: ['total'],
  exkl: ['excl'], ekskl: ['excl'], eks: ['excl'], inkl: ['incl'], skatt: ['tax'], skat: ['tax'], rabat: ['discount'], kod: ['code'], kode: ['code'], rabattkod: ['coupon', 'code'], rabatkode: ['coupon', 'code'], rabattkode: ['coupon', 'code'], kupong: ['coupon'], kupon: ['coupon'],
  fraktsatt: ['shipping', 'method'], leveringsmade: ['shipping', 'method'], leveringsmate: ['shipping', 'method'], fragtmetode: ['shipping', 'method'], transportor: ['carrier'], fraktbolag: ['carrier'], fragtfirma: ['carrier'], speditor: ['carrier'], sporingsnummer: ['tracking', 'number'], kollinummer: ['tracking', 'number'], sandningsnummer: ['tracking', 'number'],
  betalningsmetod: ['payment', 'method'], betalmetod: ['payment', 'method'], betalingsmade: ['payment', 'method'], betalingsmate: ['payment', 'method'], betalingsform: ['payment', 'method'], transaktion: ['transaction'], transaksjon: ['transaction'],
  aterbetalning: ['refund'], aterbetald: ['refund'], aterbetalat: ['refund'], refusion: ['refund'], refunderet: ['refund'], refundert: ['refund'], refundering: ['refund'], annullerad: ['cancel'], avbruten: ['cancel'], makulerad: ['cancel'], annulleret: ['cancel'], kansellert: ['cancel'], annullert: ['cancel'],
  skapat: ['created'], oprettelse: ['created'], opprettelse: ['created'], registreringsdatum: ['created', 'date'], registreringsdato: ['created', 'date'], senast: ['last'], sidst: ['last'], sist: ['last'], seneste: ['last'], siste: ['last'],
  prenumeration: ['subscription'], abonnement: ['subscription'], avregistrerad: ['opt', 'out'], avprenumererad: ['opt', 'out'], afmeldt: ['opt', 'out'], avmeldt: ['opt', 'out'], kalla: ['source'], kilde: ['source'], kanal: ['channel'], kampanj: ['campaign'], kampagne: ['campaign'], taggar: ['tag'], etiketter: ['tag'],
  poang: ['points'], poeng: ['points'], bonuspoint: ['points'], bonuspoeng: ['points'], bonuspoang: ['points'], saldo: ['balance'], niva: ['tier'], medlemsniva: ['tier'], lojalitet: ['loyalty'], kundklubb: ['loyalty'], kundeklub: ['loyalty'], kundeklubb: ['loyalty'],
  utgangsdatum: ['expiry', 'date'], udlobsdato: ['expiry', 'date'], utlopsdato: ['expiry', 'date'], utlopsdatum: ['expiry', 'date'], inlost: ['redeemed'], inlosta: ['redeemed'], indlost: ['redeemed'], innlost: ['redeemed'], intjanade: ['earned'], optjent: ['earned'], opptjent: ['earned'], optjente: ['earned'], opptjente: ['earned'],
  handelse: ['event'], haendelse: ['event'], hendelse: ['event'], tidpunkt: ['timestamp'], tidspunkt: ['timestamp'], tidsstampel: ['timestamp'], tidsstempel: ['timestamp'], niveau: ['tier'], session: ['session'], sida: ['page'], sidtitel: ['page', 'name'], sidvisningar: ['views'],
  hanvisning: ['referrer'], hanvisande: ['referrer'], henvisning: ['referrer'], henvisende: ['referrer'], webblasare: ['browser'], nettleser: ['browser'], enhetstyp: ['device', 'type'], enhedstype: ['device', 'type'], enhetskategori: ['device', 'type'], operativsystem: ['operating', 'system'], styresystem: ['operating', 'system'],
  upplosning: ['resolution'], opplosning: ['resolution'], oplosning: ['resolution'], skarm: ['screen'], skaerm: ['screen'], skjerm: ['screen'], besok: ['visit'], besog: ['visit'],
  // Finnish, more of the words and genitives of shop, newsletter, loyalty and analytics exports
  kansalaisuus: ['nationality'], kansallisuus: ['nationality'], muistiinpanot: ['note'], kommentit: ['note'], kannykka: ['mobile', 'phone'], verkkosivu: ['website'], verkkosivut: ['website'], kotisivut: ['website'],
  kaupunginosa: ['district'], osavaltio: ['state'], maakoodi: ['country', 'code'], laskutus: ['billing'], laskutusosoite: ['billing', '@address'], toimitusosoite: ['shipping', '@address'], postiosoite: ['mailing', '@address'],
  yrityksen: ['company'], organisaatio: ['company'], tehtava: ['job', 'title'], tehtavanimike: ['job', 'title'], ammattinimike: ['job', 'title'], asema: ['job', 'title'], asiakastunnus: ['customer', 'id'], jasen: ['member'], jasennumero: ['member', 'id'], kayttaja: ['user'], kayttajatunnus: ['login'], kayttajanimi: ['login'], yhteyshenkilo: ['contact'], viite: ['reference'], viitenumero: ['reference'],
  osto: ['order'], ostopaiva: ['order', 'date'], kuitti: ['order'], maksupaiva: ['paid', 'date'], maksettu: ['paid'], maksu: ['payment'], maksun: ['payment'], tuotteet: ['goods'], viivakoodi: ['sku'], kategoria: ['category'], tuoteryhma: ['category'], merkki: ['manufacturer'], tuotemerkki: ['manufacturer'], valmistaja: ['manufacturer'], lukumaara: ['quantity'],
  valisumma: ['subtotal'], kokonaissumma: ['total'], loppusumma: ['total'], vero: ['tax'], alennuskoodi: ['coupon', 'code'], kampanjakoodi: ['coupon', 'code'], kuponki: ['coupon'], postikulut: ['shipping', 'amount'], kuljetusyhtio: ['carrier'], seurantanumero: ['tracking', 'number'], seurantakoodi: ['tracking', 'number'], lahetystunnus: ['tracking', 'number'],
  tapahtuma: ['event'], tapahtumatunnus: ['transaction', 'id'], hyvitys: ['refund'], hyvitetty: ['refund'], palautettu: ['refund'], peruttu: ['cancel'], peruutettu: ['cancel'], rekisteroitynyt: ['created'], rekisteroity: ['created'], viimeisin: ['last'], viimeksi: ['last'], viimeinen: ['last'],
  tilaaja: ['customer'], suostumus: ['opt', 'in'], lahde: ['source'], kanava: ['channel'], kampanja: ['campaign'], tunnisteet: ['tag'], pisteet: ['points'], pistesaldo: ['points'], taso: ['tier'], vanhenee: ['expiry'], vanhenemispaiva: ['expiry', 'date'], kaytetyt: ['redeemed'], ansaitut: ['earned'], liittymispaiva: ['join', 'date'],
  aika: ['time'], aikaleima: ['timestamp'], istunto: ['session'], sivu: ['page'], sivun: ['page'], otsikko: ['title'], viittaaja: ['referrer'], viittaava: ['referrer'], selain: ['browser'], laite: ['device'], laitteen: ['device'], tyyppi: ['type'], laitetyyppi: ['device', 'type'], kayttojarjestelma: ['operating', 'system'], resoluutio: ['resolution'], naytto: ['screen'], nayton: ['screen'], kaynti: ['visit'], kaynnit: ['visits'],
  erapaiva: ['due', 'date'],
  agare: ['owner'], ejer: ['owner'], eier: ['owner'], aktivitet: ['activity'], visningar: ['views'], visninger: ['views'], varaktighet: ['duration'], varighet: ['duration'], omistaja: ['owner'], aktiviteetti: ['activity'], katselut: ['views'], kesto: ['duration'],
  vikt: ['weight'], vaegt: ['weight'], vekt: ['weight'], farg: ['color'], farve: ['color'], farge: ['color'], storlek: ['size'], storrelse: ['size'], variant: ['variant'], orsak: ['reason'], arsag: ['reason'], arsak: ['reason'], kvantitet: ['quantity'], betalsatt: ['payment', 'method'], personnummer: ['registration'], fodselsnummer: ['registration'], pointsaldo: ['points'], tilmeldt: ['opt', 'in'], pameldt: ['opt', 'in'], prenumererar: ['opt', 'in'], paino: ['weight'], vari: ['color'], koko: ['size'], syy: ['reason'],
  och: [], og: [], av: [], af: [], for: [], till: [], til: [], ja: [],
  // Swedish spells the billing and delivery addresses with one e (Fakturaadress, Leveransadress); a card's number (Kortnr) and bonus used (Brukt bonus)
  fakturaadress: ['billing', '@address'], leveransadress: ['shipping', '@address'], kortnr: ['card', 'number'], kortnummer: ['card', 'number'],
  // (a contact's direct number, Direktnummer, is the work line, as English "Direct Dial")
  direktnummer: ['work', 'phone'], direktnr: ['work', 'phone'],
  // (round 77: a Danish or Norwegian job title, "Stillingsbetegnelse"; a cancellation, Danish "Aflyst den", Norwegian "Avlyst")
  stillingsbetegnelse: ['job', 'title'], stillingstitel: ['job', 'title'], aflyst: ['cancel'], avlyst: ['cancel'], aflysning: ['cancel'], avlysning: ['cancel'], den: [],
  // (round 82: a Finnish ERP's item, "Nimike" and "Nimikkeen nimi", its unit, "Yksikkö", and its line, "Rivin summa"; a
  // shop's customer card, Swedish "Kundkort", Danish and Norwegian "Kundekort", Finnish "Asiakaskortti"; the tax an amount
  // holds, Norwegian "Herav mva", Danish "Heraf moms", Swedish "Varav moms")
  nimike: ['item'], nimikkeen: ['item'], yksikko: ['unit'], rivi: ['product'], rivin: ['product'], kundkort: ['loyalty', 'card'], kundekort: ['loyalty', 'card'], asiakaskortti: ['loyalty', 'card'],
  herav: ['amount'], heraf: ['amount'], varav: ['amount'],
}

/** Whole headers only: Danish and Norwegian "By" is the city, English "by" a word of "Created by"; "Tid" the time (TID a terminal or transaction id elsewhere) (see ALONE in index.ts). */
export const ALONE: Record<string, string[]> = { by: ['city'], tid: ['time'] }

export const PHRASES: Record<string, string[]> = {
  'e post': ['email'], 'belop eks mva': ['net'], 'belop inkl mva': ['total'], 'belob ekskl moms': ['net'], 'belob inkl moms': ['total'], 'belopp exkl moms': ['net'], 'belopp inkl moms': ['total'], 'e postadress': ['email'], 'e mail adresse': ['email'], 'e postadresse': ['email'],
  'fulde navn': ['full', 'name'], 'fullt navn': ['full', 'name'], 'fullstendig navn': ['full', 'name'], 'fullstandigt namn': ['full', 'name'], 'koko nimi': ['full', 'name'], 'asiakkaan nimi': ['full', 'name'],
  'tilauksen numero': ['order', 'number'], 'tuotteen nimi': ['product', 'name'], 'nimikkeen nimi': ['product', 'name'], 'laskun numero': ['billing', 'number'], 'y tunnus': ['registration'],
  // everyday phrases of shop, invoicing, newsletter, loyalty and analytics exports
  'c o': ['street', '2'], 'c o adress': ['street', '2'], 'att betala': ['total'], 'at betale': ['total'], 'a betale': ['total'], 'a pris': ['unit', 'price'], 'ip adress': ['ip'], 'ip adresse': ['ip'],
  'giltig till': ['expiry'], 'gyldig til': ['expiry'], 'medlem sedan': ['join', 'date'], 'medlem siden': ['join', 'date'], 'kund sedan': ['created'], 'kunde siden': ['created'], 'sidans titel': ['page', 'name'], 'sidens titel': ['page', 'name'], 'sidetittel': ['page', 'name'], 'sidetitel': ['page', 'name'], 'sid url': ['page', 'url'], 'side url': ['page', 'url'], 'sidans url': ['page', 'url'], 'sidens url': ['page', 'url'],
  'toinen nimi': ['middle', 'name'], 'yrityksen nimi': ['company', 'name'], 'alv tunnus': ['registration'], 'tilauksen tila': ['order', 'status'], 'a hinta': ['unit', 'price'], 'kanta asiakas': ['loyalty'], 'kanta asiakaskortti': ['loyalty', 'card'], 'kanta asiakasnumero': ['member', 'id'], 'voimassa asti': ['expiry'], 'jasen alkaen': ['join', 'date'],
  'sivun otsikko': ['page', 'name'], 'sivun osoite': ['page', 'url'], 'ip osoite': ['ip'], 'tapahtuman aika': ['timestamp'], 'naytön tarkkuus': ['screen', 'resolution'], 'nayton tarkkuus': ['screen', 'resolution'],
  'i alt': ['total'], 'stk pris': ['unit', 'price'], 'pris st': ['unit', 'price'], 'pris per st': ['unit', 'price'], 'org nr': ['registration'],
  'brukt bonus': ['points', 'redeemed'], 'brukte poeng': ['points', 'redeemed'], 'anvanda poang': ['points', 'redeemed'],
}

/**
 * Danish and Norwegian words English reads otherwise: in a Nordic file "by" is the city anywhere in a name, and a header
 * word "Sending" the shipment (an English e-mail log's "Sending Method" is no shipment's). Compounds are read from the
 * merged words, not from these: "Sendingsnummer" has its own entry above.
 */
export const OWN: Record<string, string[]> = { by: ['city'], sending: ['shipping'] }
