// Everyday column words of western and southern European languages, Turkish and Indonesian (customer, order,
// payment, newsletter, loyalty and analytics exports), checked on made-up headers: each language's header maps its new
// words where the schemas have a field, and its words without a field here read as the English header does.
import { describe, expect, it } from 'vitest'
import { tokens, withLanguages } from '../src/suggest/names.js'
import type { Lang } from '../src/suggest/vocabulary/index.js'
import { EVENT_RICH as E, PROFILE_RICH as P, expectDestinations } from './helpers/suggest.js'

/** Columns (name → values) suggested on a schema: each listed column goes where it says. */

/** A language's headers read (in a file of that language) as the English ones. */
function expectAsEnglish(lang: Lang, pairs: [string, string][]): void {
  for (const [native, english] of pairs) expect(withLanguages([lang], () => tokens(native)), native).toEqual(tokens(english))
}

describe('German everyday words', () => {
  it('a loyalty customer list', async () => {
    await expectDestinations(P, {
      'Kundennummer': ['100234', '100235', '100241', '100250', '100262', '100277'],
      'Vollständiger Name': ['Anna Müller', 'Jonas Becker', 'Lea Schmidt'],
      'E-Mail': ['anna.mueller@example.de', 'jonas@example.org', 'lea.s@example.com'],
      'Stadtteil': ['Schwabing', 'Altona', 'Neustadt'],
      'Ort': ['München', 'Hamburg', 'Dresden'],
      'Guthaben': ['12.50', '0.00', '48.00'],
      'Punkte': ['1200', '340', '5600'],
      'Mitglied seit': ['2019-03-01', '2021-11-15', '2017-06-30'],
      'Ablaufdatum': ['2025-12-31', '2026-06-30', '2025-03-31'],
      'Abonniert': ['ja', 'nein', 'ja'],
      'Kanal': ['Online', 'Filiale', 'App'],
      'Schlagwörter': ['vip;newsletter', '', 'stammkunde'],
    }, {
      'Vollständiger Name': 'person.name.fullName',
      'Mitglied seit': 'loyalty.joinDate',
      'Punkte': 'loyalty.points',
    })
  })
  it('an order export', async () => {
    await expectDestinations(E, {
      'Bestellnummer': ['SO-10021', 'SO-10022', 'SO-10025', 'SO-10031', 'SO-10040', 'SO-10044'],
      'Bestelldatum': ['2024-05-02 10:11:12', '2024-05-03 09:00:00', '2024-05-04 16:45:00'],
      'Art.-Nr.': ['A-1001', 'B-2040', 'C-3300'],
      'Artikelbezeichnung': ['Wanderschuh Alpin', 'Regenjacke Nord', 'Trinkflasche 1l'],
      'Warengruppe': ['Schuhe', 'Bekleidung', 'Zubehör'],
      'Menge': ['1', '2', '3'],
      'Positionssumme': ['129.90', '159.80', '29.70'],
      'Versandkosten': ['4.90', '0.00', '4.90'],
      'Aktionscode': ['SOMMER10', '', 'WELCOME5'],
      'Steuersatz': ['19', '19', '7'],
      'Währung': ['EUR', 'EUR', 'EUR'],
      'Zahlungsart': ['PayPal', 'Rechnung', 'Kreditkarte'],
    }, {
      'Art.-Nr.': 'productListItems[0].SKU',
      'Positionssumme': 'productListItems[0].priceTotal',
      'Versandkosten': 'commerce.shipping.shippingAmount',
      'Aktionscode': 'commerce.promotionID',
    })
  })
  it('words without a field in these schemas read as English', () => {
    expectAsEnglish('de', [
      ['Erste Bestellung', 'First Order'], ['Verkäufer', 'Seller'], ['Bewertung', 'Rating'],
      ['Datensatz-ID', 'Record ID'], ['Letzte Anmeldung', 'Last Login'], ['Anfragender', 'Requester'],
      ['Sitzungen', 'Sessions'], ['Neue Nutzer', 'New users'], ['Ereignisanzahl', 'Event count'], ['Zielseite', 'Landing page'],
      ['Gesamtausgaben', 'Total Spent'], ['Akzeptiert E-Mail-Marketing', 'Accepts Email Marketing'], ['Standard-Adresse Firma', 'Default Address Company'], ['Filiale', 'Store'],
      ['Stadtteil', 'District'], ['Guthaben', 'Balance'], ['Abonniert', 'Subscribed'], ['Kanal', 'Channel'],
      ['Schlagwörter', 'Tags'], ['Rolle', 'Role'], ['Handelsregisternummer', 'Registration'], ['Warengruppe', 'Category'],
      ['Steuersatz', 'Tax Rate'], ['Benutzer-ID', 'User ID'], ['Seitentitel', 'Page Title'], ['Anmerkungen', 'Notes'],
      ['Ablaufdatum', 'Expiry Date'], ['Geschäftsadresse', 'Work Address'],
    ])
  })
})

describe('Dutch everyday words', () => {
  it('a customer and loyalty list', async () => {
    await expectDestinations(P, {
      'Klantnummer': ['100234', '100235', '100241', '100250', '100262', '100277'],
      'Volledige naam': ['Sanne de Vries', 'Pieter Jansen', 'Eva Bakker'],
      'E-mailadres': ['sanne@example.nl', 'pieter@example.com', 'eva.b@example.org'],
      'Mobiele telefoon': ['+31 6 12345678', '+31 6 87654321', '+31 6 11223344'],
      'Postadres': ['Postbus 123', 'Keizersgracht 12', 'Dorpsstraat 4'],
      'Gemeente': ['Amsterdam', 'Utrecht', 'Zwolle'],
      'Punten': ['120', '3400', '560'],
      'Lid sinds': ['2019-03-01', '2021-11-15', '2017-06-30'],
      'Ingeschreven': ['ja', 'nee', 'ja'],
      'Opmerkingen': ['belt liever', '', 'VIP'],
    }, {
      'Volledige naam': 'person.name.fullName',
      'Mobiele telefoon': 'mobilePhone.number',
      'Postadres': 'mailingAddress.street1',
      'Gemeente': 'mailingAddress.city',
      'Lid sinds': 'loyalty.joinDate',
    })
  })
  it('an order line export', async () => {
    await expectDestinations(E, {
      'Bestelnummer': ['SO-10021', 'SO-10022', 'SO-10025', 'SO-10031', 'SO-10040', 'SO-10044'],
      'Besteldatum': ['2024-05-02 10:11:12', '2024-05-03 09:00:00', '2024-05-04 16:45:00'],
      'Artikelnummer': ['A-1001', 'B-2040', 'C-3300'],
      'Productnaam': ['Fiets bel', 'Zadeltas', 'Bidon'],
      'Merk': ['Gazelle', 'Basil', 'Tacx'],
      'Aantal': ['1', '2', '3'],
      'Prijs per stuk': ['9.95', '24.50', '6.00'],
      'Subtotaal': ['9.95', '49.00', '18.00'],
      'Verzendkosten': ['4.95', '0.00', '4.95'],
      'Actiecode': ['ZOMER10', '', 'WELKOM5'],
      'Valuta': ['EUR', 'EUR', 'EUR'],
      'Betaalmethode': ['iDEAL', 'Creditcard', 'Bancontact'],
    }, {
      'Verzendkosten': 'commerce.shipping.shippingAmount',
      'Actiecode': 'commerce.promotionID',
      'Artikelnummer': 'productListItems[0].SKU',
    })
  })
  it('words without a field in these schemas read as English', () => {
    expectAsEnglish('nl', [
      ['Eerste bestelling', 'First Order'], ['Verkoper', 'Seller'], ['Debiteurnummer', 'Customer Number'],
      ['Laatst ingelogd', 'Last Login'], ['Eigenaar', 'Owner'],
      ['Totaal besteed', 'Total Spent'], ['Accepteert e-mailmarketing', 'Accepts Email Marketing'], ['Kleur', 'Color'], ['Voorraad', 'Stock'],
      ['Ingeschreven', 'Subscribed'], ['Uitgeschreven', 'Unsubscribed'], ['Opmerkingen', 'Notes'], ['Merk', 'Brand'],
      ['Prijs per stuk', 'Unit Price'], ['Subtotaal', 'Subtotal'], ['Kanaal', 'Channel'], ['KvK-nummer', 'Registration'],
      ['Wijk', 'District'], ['Bijgewerkt op', 'Updated'], ['Terugbetaling', 'Refund'], ['Beloningen', 'Rewards'],
    ])
  })
})

describe('French everyday words', () => {
  it('a customer and loyalty list', async () => {
    await expectDestinations(P, {
      'N° client': ['100234', '100235', '100241', '100250', '100262', '100277'],
      'Civilité': ['M.', 'Mme', 'Mme'],
      'Prénom': ['Luc', 'Claire', 'Inès'],
      'Nom': ['Martin', 'Bernard', 'Dubois'],
      'Deuxième prénom': ['Pierre', '', 'Marie'],
      'Téléphone mobile': ['06 12 34 56 78', '07 98 76 54 32', '06 11 22 33 44'],
      'Code pays': ['FR', 'BE', 'FR'],
      'Ville': ['Lyon', 'Bruxelles', 'Nantes'],
      'Solde de points': ['1200', '340', '5600'],
      'Membre depuis': ['2019-03-01', '2021-11-15', '2017-06-30'],
      'Palier': ['Or', 'Argent', 'Bronze'],
    }, {
      'N° client': '_id',
      'Deuxième prénom': 'person.name.middleName',
      'Téléphone mobile': 'mobilePhone.number',
      'Code pays': 'homeAddress.countryCode',
      'Solde de points': 'loyalty.points',
      'Membre depuis': 'loyalty.joinDate',
      'Palier': 'loyalty.tier',
    })
  })
  it('an order line export', async () => {
    await expectDestinations(E, {
      'N° de commande': ['SO-10021', 'SO-10022', 'SO-10025', 'SO-10031', 'SO-10040', 'SO-10044'],
      'Date de commande': ['2024-05-02 10:11:12', '2024-05-03 09:00:00', '2024-05-04 16:45:00'],
      'Statut de la commande': ['Expédiée', 'Livrée', 'Annulée'],
      'Désignation': ['Chaise pliante', 'Table basse', 'Lampe'],
      'Code-barres': ['3017620422003', '3274080005003', '3560070048946'],
      'Qté': ['1', '2', '3'],
      'Prix unitaire': ['29.90', '89.00', '15.50'],
      'Total ligne': ['29.90', '178.00', '46.50'],
      "Frais d'expédition": ['4.90', '0.00', '4.90'],
      'Montant TVA': ['5.98', '35.60', '9.30'],
      'Mode de règlement': ['CB', 'PayPal', 'Virement'],
      'ID de transaction': ['ch_3Nx1', 'ch_3Nx2', 'ch_3Nx3'],
    }, {
      'Désignation': 'productListItems[0].name',
      'Code-barres': 'productListItems[0].SKU',
      'Total ligne': 'productListItems[0].priceTotal',
      "Frais d'expédition": 'commerce.shipping.shippingAmount',
      'Montant TVA': 'commerce.order.taxAmount',
    })
  })
  it('words without a field in these schemas read as English', () => {
    expectAsEnglish('fr', [
      ['Première commande', 'First Order'], ['Nombre de commandes', 'Orders Count'], ['Canal de vente', 'Channel'],
      ['Dernière connexion', 'Last Login'], ['Demandeur', 'Requester'],
      ["Nombre d'événements", 'Event count'], ['Page de destination', 'Landing page'], ['Nouveaux utilisateurs', 'New users'], ['Chemin de la page et classe de l’écran', 'Page path and screen class'],
      ['Total dépensé', 'Total Spent'], ['Balises', 'Tags'], ['Adresse par défaut Entreprise', 'Default Address Company'], ['Magasin', 'Store'],
      ['Prix unitaire', 'Unit Price'], ['Mode de règlement', 'Payment Method'], ['Étiquettes', 'Tags'], ['Canal', 'Channel'],
      ['Abonné', 'Subscribed'], ['Commentaire', 'Comment'], ['SIRET', 'Registration'], ['Quartier', 'District'],
      ['Mis à jour le', 'Updated'], ['Récompenses', 'Rewards'], ['Adresse IP', 'IP Address'], ['Fabricant', 'Manufacturer'],
    ])
  })
})

describe('Spanish everyday words', () => {
  it('a customer and loyalty list', async () => {
    await expectDestinations(P, {
      'Nº de cliente': ['100234', '100235', '100241', '100250', '100262', '100277'],
      'Nombre': ['Lucía', 'Javier', 'Marta'],
      'Primer apellido': ['García', 'López', 'Sánchez'],
      'Segundo nombre': ['María', '', 'José'],
      'Teléfono móvil': ['+34 612 345 678', '+34 699 876 543', '+34 611 223 344'],
      'Código de país': ['ES', 'MX', 'ES'],
      'Ciudad': ['Madrid', 'Guadalajara', 'Sevilla'],
      'Saldo de puntos': ['1200', '340', '5600'],
      'Socio desde': ['2019-03-01', '2021-11-15', '2017-06-30'],
      'Nivel': ['Oro', 'Plata', 'Bronce'],
      'Observaciones': ['llamar tarde', '', 'VIP'],
    }, {
      'Primer apellido': 'person.name.lastName',
      'Segundo nombre': 'person.name.middleName',
      'Teléfono móvil': 'mobilePhone.number',
      'Código de país': 'homeAddress.countryCode',
      'Saldo de puntos': 'loyalty.points',
      'Socio desde': 'loyalty.joinDate',
    })
  })
  it('an order line export', async () => {
    await expectDestinations(E, {
      'Nº pedido': ['SO-10021', 'SO-10022', 'SO-10025', 'SO-10031', 'SO-10040', 'SO-10044'],
      'Fecha del pedido': ['2024-05-02 10:11:12', '2024-05-03 09:00:00', '2024-05-04 16:45:00'],
      'Nombre del producto': ['Silla', 'Mesa', 'Lámpara'],
      'Código de barras': ['8410000810004', '8412345678905', '8437000000007'],
      'Marca': ['Ikea', 'Kave', 'Zara Home'],
      'Uds.': ['1', '2', '3'],
      'Precio unitario': ['29.90', '89.00', '15.50'],
      'Base imponible': ['24.71', '147.11', '38.43'],
      'Gastos de envío': ['4.90', '0.00', '4.90'],
      'Código promocional': ['VERANO10', '', 'HOLA5'],
      'Importe IVA': ['5.19', '30.89', '8.07'],
      'ID de transacción': ['ch_3Nx1', 'ch_3Nx2', 'ch_3Nx3'],
    }, {
      'Código de barras': 'productListItems[0].SKU',
      'Uds.': 'productListItems[0].quantity',
      'Gastos de envío': 'commerce.shipping.shippingAmount',
      'Código promocional': 'commerce.promotionID',
      'Importe IVA': 'commerce.order.taxAmount',
      'ID de transacción': 'commerce.order.payments[0].transactionID',
    })
  })
  it('words without a field in these schemas read as English', () => {
    expectAsEnglish('es', [
      ['Primer pedido', 'First Order'], ['Total sin IVA', 'Total excl. tax'], ['Vendedor', 'Seller'],
      ['Último acceso', 'Last Login'], ['Solicitante', 'Requester'], ['ID de registro', 'Record ID'],
      ['Sesiones', 'Sessions'], ['Número de eventos', 'Event count'], ['Página de destino', 'Landing page'], ['Ruta de página y clase de pantalla', 'Page path and screen class'],
      ['Total gastado', 'Total Spent'], ['Dirección predeterminada Empresa', 'Default Address Company'], ['Tamaño', 'Size'], ['Existencias', 'Stock'],
      ['Marca', 'Brand'], ['Precio unitario', 'Unit Price'], ['Base imponible', 'Net'], ['Observaciones', 'Notes'],
      ['Etiquetas', 'Tags'], ['Suscrito', 'Subscribed'], ['Dado de baja', 'Unsubscribed'], ['Fuente', 'Source'],
      ['Creado el', 'Created'], ['Última actualización', 'Updated'], ['Resolución de pantalla', 'Screen Resolution'], ['RFC', 'Tax ID'],
    ])
  })
})

describe('Catalan everyday words', () => {
  it('a customer and loyalty list', async () => {
    await expectDestinations(P, {
      'Núm. client': ['100234', '100235', '100241', '100250', '100262', '100277'],
      'Tractament': ['Sr.', 'Sra.', 'Sra.'],
      'Nom': ['Jordi', 'Montse', 'Núria'],
      'Cognoms': ['Puig Vidal', 'Soler', 'Ferrer Roca'],
      'Adreça electrònica': ['jordi@example.cat', 'montse@example.com', 'nuria@example.org'],
      'Telèfon mòbil': ['+34 612 345 678', '+34 699 876 543', '+34 611 223 344'],
      'Codi de país': ['ES', 'AD', 'ES'],
      'Ciutat': ['Girona', 'Andorra la Vella', 'Lleida'],
      'Punts': ['1200', '340', '5600'],
      'Soci des de': ['2019-03-01', '2021-11-15', '2017-06-30'],
      'Comentaris': ['truca tard', '', 'VIP'],
    }, {
      'Tractament': 'person.name.courtesyTitle',
      'Adreça electrònica': 'personalEmail.address',
      'Telèfon mòbil': 'mobilePhone.number',
      'Codi de país': 'homeAddress.countryCode',
      'Núm. client': '_id',
      'Soci des de': 'loyalty.joinDate',
    })
  })
  it('an order line export', async () => {
    await expectDestinations(E, {
      'Núm. comanda': ['SO-10021', 'SO-10022', 'SO-10025', 'SO-10031', 'SO-10040', 'SO-10044'],
      'Data de comanda': ['2024-05-02 10:11:12', '2024-05-03 09:00:00', '2024-05-04 16:45:00'],
      'Estat de la comanda': ['Enviada', 'Lliurada', 'Cancel·lada'],
      'Nom del producte': ['Cadira', 'Taula', 'Làmpada'],
      'Codi de barres': ['8410000810004', '8412345678905', '8437000000007'],
      'Unitats': ['1', '2', '3'],
      'Preu unitari': ['29.90', '89.00', '15.50'],
      'Base imposable': ['24.71', '147.11', '38.43'],
      "Despeses d'enviament": ['4.90', '0.00', '4.90'],
      'Codi promocional': ['ESTIU10', '', 'HOLA5'],
      'Número de seguiment': ['1Z999AA10123456784', 'JD014600006281234567', '00340434161234567890'],
      'ID de transacció': ['ch_3Nx1', 'ch_3Nx2', 'ch_3Nx3'],
    }, {
      'Núm. comanda': 'commerce.order.purchaseID',
      'Codi de barres': 'productListItems[0].SKU',
      'Unitats': 'productListItems[0].quantity',
      'Codi promocional': 'commerce.promotionID',
      'ID de transacció': 'commerce.order.payments[0].transactionID',
    })
  })
  it('words without a field in these schemas read as English', () => {
    expectAsEnglish('ca', [
      ['Total sense IVA', 'Total excl. tax'], ['Nombre de comandes', 'Orders Count'], ['Venedor', 'Seller'],
      ['Total gastat', 'Total Spent'], ['Botiga', 'Store'], ['Estoc', 'Stock'], ['Motiu', 'Reason'],
      ['Base imposable', 'Net'], ['Comentaris', 'Comments'], ['Número de seguiment', 'Tracking Number'], ['Butlletí', 'Newsletter'],
      ['Subscrit', 'Subscribed'], ['Baixa', 'Unsubscribed'], ['Etiquetes', 'Tags'], ['Cancel·lat', 'Cancelled'],
      ['Esdeveniment', 'Event'], ['Sessió', 'Session'], ['Dispositiu', 'Device'],
    ])
  })
})

describe('Italian everyday words', () => {
  it('a customer and loyalty list', async () => {
    await expectDestinations(P, {
      'Codice cliente': ['100234', '100235', '100241', '100250', '100262', '100277'],
      'Appellativo': ['Sig.', 'Sig.ra', 'Dott.ssa'],
      'Nome': ['Marco', 'Giulia', 'Chiara'],
      'Cognome': ['Rossi', 'Bianchi', 'Esposito'],
      'Indirizzo email': ['marco@example.it', 'giulia@example.com', 'chiara@example.org'],
      'Telefono cellulare': ['+39 333 1234567', '+39 347 7654321', '+39 320 1122334'],
      'Codice paese': ['IT', 'SM', 'IT'],
      'Città': ['Milano', 'San Marino', 'Napoli'],
      'Saldo punti': ['1200', '340', '5600'],
      'Membro dal': ['2019-03-01', '2021-11-15', '2017-06-30'],
      'Commenti': ['chiamare dopo', '', 'VIP'],
    }, {
      'Appellativo': 'person.name.courtesyTitle',
      'Indirizzo email': 'personalEmail.address',
      'Telefono cellulare': 'mobilePhone.number',
      'Codice paese': 'homeAddress.countryCode',
      'Codice cliente': '_id',
      'Saldo punti': 'loyalty.points',
      'Membro dal': 'loyalty.joinDate',
    })
  })
  it('an order line export', async () => {
    await expectDestinations(E, {
      'N. ordine': ['SO-10021', 'SO-10022', 'SO-10025', 'SO-10031', 'SO-10040', 'SO-10044'],
      'Data ordine': ['2024-05-02 10:11:12', '2024-05-03 09:00:00', '2024-05-04 16:45:00'],
      'Stato ordine': ['Spedito', 'Consegnato', 'Annullato'],
      'Nome prodotto': ['Sedia', 'Tavolo', 'Lampada'],
      'Codice a barre': ['8001234567890', '8009876543210', '8005555555555'],
      'Produttore': ['Kartell', 'Alessi', 'Artemide'],
      'Quantità': ['1', '2', '3'],
      'Prezzo unitario': ['29.90', '89.00', '15.50'],
      'Imponibile': ['24.51', '145.90', '38.11'],
      'Costo spedizione': ['4.90', '0.00', '4.90'],
      'Codice sconto': ['ESTATE10', '', 'CIAO5'],
      'ID transazione': ['ch_3Nx1', 'ch_3Nx2', 'ch_3Nx3'],
    }, {
      'N. ordine': 'commerce.order.purchaseID',
      'Codice a barre': 'productListItems[0].SKU',
      'Costo spedizione': 'commerce.shipping.shippingAmount',
      'Codice sconto': 'commerce.promotionID',
      'ID transazione': 'commerce.order.payments[0].transactionID',
    })
  })
  it('words without a field in these schemas read as English', () => {
    expectAsEnglish('it', [
      ['Totale IVA esclusa', 'Total excl. tax'], ['Primo ordine', 'First Order'], ['Venditore', 'Seller'],
      ['Sessioni', 'Sessions'], ['Numero di eventi', 'Event count'], ['Pagina di destinazione', 'Landing page'],
      ['Taglia', 'Size'], ['Colore', 'Color'], ['Giacenza', 'Stock'], ['Punto vendita', 'Store'],
      ['Prezzo unitario', 'Unit Price'], ['Imponibile', 'Net'], ['Produttore', 'Manufacturer'], ['Commenti', 'Comments'],
      ['Iscritto alla newsletter', 'Subscribed'], ['Disiscritto', 'Unsubscribed'], ['Canale', 'Channel'], ['Etichette', 'Tags'],
      ['Aggiornato il', 'Updated'], ['Risoluzione schermo', 'Screen Resolution'], ['Subtotale', 'Subtotal'],
    ])
  })
})

describe('Portuguese everyday words', () => {
  it('a customer and loyalty list', async () => {
    await expectDestinations(P, {
      'Código do cliente': ['100234', '100235', '100241', '100250', '100262', '100277'],
      'Tratamento': ['Sr.', 'Sra.', 'Sra.'],
      'Primeiro nome': ['João', 'Ana', 'Beatriz'],
      'Sobrenome': ['Silva', 'Souza', 'Costa'],
      'Nome do meio': ['Pedro', '', 'Maria'],
      'Endereço de e-mail': ['joao@example.com.br', 'ana@example.com', 'bia@example.pt'],
      'Telefone celular': ['+55 11 91234-5678', '+55 21 99876-5432', '+351 912 345 678'],
      'Código do país': ['BR', 'BR', 'PT'],
      'Cidade': ['São Paulo', 'Rio de Janeiro', 'Lisboa'],
      'Saldo de pontos': ['1200', '340', '5600'],
      'Membro desde': ['2019-03-01', '2021-11-15', '2017-06-30'],
    }, {
      'Tratamento': 'person.name.courtesyTitle',
      'Primeiro nome': 'person.name.firstName',
      'Nome do meio': 'person.name.middleName',
      'Endereço de e-mail': 'personalEmail.address',
      'Telefone celular': 'mobilePhone.number',
      'Código do país': 'homeAddress.countryCode',
      'Código do cliente': '_id',
      'Saldo de pontos': 'loyalty.points',
      'Membro desde': 'loyalty.joinDate',
    })
  })
  it('an order line export', async () => {
    await expectDestinations(E, {
      'Nº da encomenda': ['SO-10021', 'SO-10022', 'SO-10025', 'SO-10031', 'SO-10040', 'SO-10044'],
      'Data da encomenda': ['2024-05-02 10:11:12', '2024-05-03 09:00:00', '2024-05-04 16:45:00'],
      'Estado da encomenda': ['Enviada', 'Entregue', 'Cancelada'],
      'Nome do produto': ['Cadeira', 'Mesa', 'Candeeiro'],
      'Código do produto': ['A-1001', 'B-2040', 'C-3300'],
      'Qtd': ['1', '2', '3'],
      'Preço unitário': ['29.90', '89.00', '15.50'],
      'Total do item': ['29.90', '178.00', '46.50'],
      'Portes': ['4.90', '0.00', '4.90'],
      'Código do cupom': ['VERAO10', '', 'OLA5'],
      'Método de pagamento': ['MB Way', 'Cartão', 'Multibanco'],
      'ID da transação': ['ch_3Nx1', 'ch_3Nx2', 'ch_3Nx3'],
    }, {
      'Nº da encomenda': 'commerce.order.purchaseID',
      'Data da encomenda': 'timestamp',
      'Código do produto': 'productListItems[0].SKU',
      'Qtd': 'productListItems[0].quantity',
      'Total do item': 'productListItems[0].priceTotal',
      'Portes': 'commerce.shipping.shippingAmount',
      'Código do cupom': 'commerce.promotionID',
    })
  })
  it('words without a field in these schemas read as English', () => {
    expectAsEnglish('pt', [
      ['Primeira compra', 'First Purchase'], ['Avaliação', 'Rating'], ['Indicado por', 'Referred'],
      ['Sessões', 'Sessions'], ['Contagem de eventos', 'Event count'], ['Página de destino', 'Landing page'],
      ['Tamanho', 'Size'], ['Estoque', 'Stock'], ['Loja', 'Store'], ['Endereço padrão Empresa', 'Default Address Company'],
      ['Preço unitário', 'Unit Price'], ['Método de pagamento', 'Payment Method'], ['Observações', 'Notes'], ['Inscrito', 'Subscribed'],
      ['Descadastrado', 'Unsubscribed'], ['Etiquetas', 'Tags'], ['Atualizado em', 'Updated'], ['Resolução de tela', 'Screen Resolution'],
      ['Concelho', 'City'], ['Freguesia', 'District'], ['Situação', 'Status'], ['Contribuinte', 'Tax ID'],
    ])
  })
})

describe('Romanian everyday words', () => {
  it('a customer and loyalty list', async () => {
    await expectDestinations(P, {
      'Cod client': ['100234', '100235', '100241', '100250', '100262', '100277'],
      'Prenume': ['Andrei', 'Ioana', 'Maria'],
      'Nume': ['Popescu', 'Ionescu', 'Dumitrescu'],
      'Telefon mobil': ['+40 721 234 567', '+40 745 987 654', '+40 733 112 233'],
      'Adresă de email': ['andrei@example.ro', 'ioana@example.com', 'maria@example.org'],
      'Cod țară': ['RO', 'MD', 'RO'],
      'Localitate': ['Cluj-Napoca', 'Chișinău', 'Iași'],
      'Puncte': ['1200', '340', '5600'],
      'Membru din': ['2019-03-01', '2021-11-15', '2017-06-30'],
      'Nivel': ['Aur', 'Argint', 'Bronz'],
      'Comentarii': ['sunați după 18', '', 'VIP'],
    }, {
      'Cod client': '_id',
      'Cod țară': 'homeAddress.countryCode',
      'Puncte': 'loyalty.points',
      'Membru din': 'loyalty.joinDate',
    })
  })
  it('an order line export', async () => {
    await expectDestinations(E, {
      'Nr. comandă': ['SO-10021', 'SO-10022', 'SO-10025', 'SO-10031', 'SO-10040', 'SO-10044'],
      'Data comenzii': ['2024-05-02 10:11:12', '2024-05-03 09:00:00', '2024-05-04 16:45:00'],
      'Status comandă': ['Expediată', 'Livrată', 'Anulată'],
      'Denumire produs': ['Scaun', 'Masă', 'Lampă'],
      'Cod de bare': ['5941234567890', '5949876543210', '5945555555555'],
      'Producător': ['Mobexpert', 'Kika', 'Ikea'],
      'Buc.': ['1', '2', '3'],
      'Preț unitar': ['129.90', '389.00', '55.50'],
      'Valoare fără TVA': ['109.16', '326.89', '46.64'],
      'Valoare TVA': ['20.74', '62.11', '8.86'],
      'Cod reducere': ['VARA10', '', 'SALUT5'],
      'Număr AWB': ['1Z999AA10123456784', 'JD014600006281234567', '00340434161234567890'],
    }, {
      'Nr. comandă': 'commerce.order.purchaseID',
      'Denumire produs': 'productListItems[0].name',
      'Cod de bare': 'productListItems[0].SKU',
      'Buc.': 'productListItems[0].quantity',
      'Valoare TVA': 'commerce.order.taxAmount',
      'Cod reducere': 'commerce.promotionID',
    })
  })
  it('words without a field in these schemas read as English', () => {
    expectAsEnglish('ro', [
      ['Modalitate plată', 'Payment Method'], ['Vânzător', 'Seller'], ['Persoană de contact', 'Contact'],
      ['Total cheltuit', 'Total Spent'], ['Culoare', 'Color'], ['Mărime', 'Size'], ['Metodă plată', 'Payment Method'],
      ['Producător', 'Manufacturer'], ['Valoare fără TVA', 'Net'], ['Comentarii', 'Comments'], ['Număr AWB', 'Tracking Number'],
      ['Sold', 'Balance'], ['Sector', 'District'], ['Dezabonat', 'Unsubscribed'], ['Etichete', 'Tags'],
      ['Sursă', 'Source'], ['Sesiune', 'Session'], ['Dispozitiv', 'Device'],
    ])
  })
})

describe('Turkish everyday words', () => {
  it('a customer and loyalty list', async () => {
    await expectDestinations(P, {
      'Müşteri no': ['100234', '100235', '100241', '100250', '100262', '100277'],
      'Ad': ['Mehmet', 'Ayşe', 'Zeynep'],
      'Soyad': ['Yılmaz', 'Kaya', 'Demir'],
      'İkinci ad': ['Ali', '', 'Nur'],
      'E-posta': ['mehmet@example.com.tr', 'ayse@example.com', 'zeynep@example.org'],
      'Cep telefonu': ['+90 532 123 45 67', '+90 505 987 65 43', '+90 542 111 22 33'],
      'Fatura ili': ['İstanbul', 'Ankara', 'İzmir'],
      'Puan': ['1200', '340', '5600'],
      'Seviye': ['Altın', 'Gümüş', 'Bronz'],
      'Üyelik tarihi': ['2019-03-01', '2021-11-15', '2017-06-30'],
      'TC kimlik no': ['12345678950', '10000000146', '23456789014'],
    }, {
      'İkinci ad': 'person.name.middleName',
      'Fatura ili': 'billingAddress.city',
      'Puan': 'loyalty.points',
      'Seviye': 'loyalty.tier',
      'TC kimlik no': 'person.taxId',
    })
  })
  it('an order line export', async () => {
    await expectDestinations(E, {
      'Sipariş no': ['SO-10021', 'SO-10022', 'SO-10025', 'SO-10031', 'SO-10040', 'SO-10044'],
      'Sipariş tarihi': ['2024-05-02 10:11:12', '2024-05-03 09:00:00', '2024-05-04 16:45:00'],
      'Ürün adı': ['Sandalye', 'Masa', 'Lamba'],
      'Barkod': ['8691234567890', '8699876543210', '8695555555555'],
      'Marka': ['Koçtaş', 'Bellona', 'İstikbal'],
      'Adet': ['1', '2', '3'],
      'Birim fiyat': ['129.90', '389.00', '55.50'],
      'Satır toplamı': ['129.90', '778.00', '166.50'],
      'KDV tutarı': ['21.65', '129.67', '27.75'],
      'Kargo ücreti': ['29.90', '0.00', '29.90'],
      'Ödeme şekli': ['Kredi kartı', 'Havale', 'Kapıda ödeme'],
      'İşlem no': ['TRX-889120', 'TRX-889121', 'TRX-889122'],
    }, {
      'Satır toplamı': 'productListItems[0].priceTotal',
      'Ürün adı': 'productListItems[0].name',
      'Kargo ücreti': 'commerce.shipping.shippingAmount',
    })
  })
  it('words without a field in these schemas read as English', () => {
    expectAsEnglish('tr', [
      ['İlk sipariş', 'First Order'], ['Satıcı', 'Seller'], ['Satış kanalı', 'Channel'], ['Komisyon', 'Fee'],
      ['Son giriş', 'Last Login'], ['Talep eden', 'Requester'],
      ['Toplam harcama', 'Total Spent'], ['KDV oranı', 'Tax Rate'], ['Renk', 'Color'], ['İade nedeni', 'Return Reason'],
      ['Marka', 'Brand'], ['Ödeme şekli', 'Payment Method'], ['Firma adı', 'Company Name'], ['Kullanıcı adı', 'Username'],
      ['Abone', 'Subscribed'], ['Etiketler', 'Tags'], ['Bakiye', 'Balance'], ['Tarayıcı', 'Browser'],
      ['Cihaz', 'Device'], ['İşletim sistemi', 'Operating System'], ['Oturum', 'Session'], ['Yorum', 'Comment'],
    ])
  })
})

describe('Indonesian everyday words', () => {
  it('a customer and loyalty list', async () => {
    await expectDestinations(P, {
      'ID pelanggan': ['100234', '100235', '100241', '100250', '100262', '100277'],
      'Nama depan': ['Budi', 'Siti', 'Dewi'],
      'Nama tengah': ['Agus', '', 'Ayu'],
      'Nama belakang': ['Santoso', 'Rahayu', 'Lestari'],
      'Nomor ponsel': ['+62 812-3456-7890', '+62 813-9876-5432', '+62 857-1122-3344'],
      'Alamat email': ['budi@example.co.id', 'siti@example.com', 'dewi@example.org'],
      'Kota': ['Jakarta', 'Bandung', 'Surabaya'],
      'Kode negara': ['ID', 'ID', 'MY'],
      'Saldo poin': ['1200', '340', '5600'],
      'Anggota sejak': ['2019-03-01', '2021-11-15', '2017-06-30'],
      'Tanggal lahir': ['1985-04-12', '1990-11-03', '1978-01-30'],
    }, {
      'Nama tengah': 'person.name.middleName',
      'Nomor ponsel': 'mobilePhone.number',
      'Kode negara': 'homeAddress.countryCode',
      'Saldo poin': 'loyalty.points',
      'Anggota sejak': 'loyalty.joinDate',
    })
  })
  it('an order line export', async () => {
    await expectDestinations(E, {
      'No. pesanan': ['SO-10021', 'SO-10022', 'SO-10025', 'SO-10031', 'SO-10040', 'SO-10044'],
      'Waktu pesanan dibuat': ['2024-05-02 10:11:12', '2024-05-03 09:00:00', '2024-05-04 16:45:00'],
      'Status pesanan': ['Dikirim', 'Selesai', 'Dibatalkan'],
      'Nama produk': ['Kursi', 'Meja', 'Lampu'],
      'Kode produk': ['A-1001', 'B-2040', 'C-3300'],
      'Merek': ['Informa', 'Olympic', 'Philips'],
      'Jumlah': ['1', '2', '3'],
      'Harga satuan': ['129900', '389000', '55500'],
      'Ongkos kirim': ['15000', '0', '15000'],
      'Kode voucher': ['HEMAT10', '', 'HALO5'],
      'Jasa kirim': ['JNE', 'J&T', 'SiCepat'],
      'ID transaksi': ['TRX-889120', 'TRX-889121', 'TRX-889122'],
    }, {
      'Kode produk': 'productListItems[0].SKU',
      'Kode voucher': 'commerce.promotionID',
      'Ongkos kirim': 'commerce.shipping.shippingAmount',
    })
  })
  it('words without a field in these schemas read as English', () => {
    expectAsEnglish('id', [
      ['Dirujuk oleh', 'Referred by'], ['Penjual', 'Seller'], ['Biaya layanan', 'Fee'],
      ['Login terakhir', 'Last Login'], ['Pemilik', 'Owner'],
      ['Total pengeluaran', 'Total Spent'], ['Warna', 'Color'], ['Ukuran', 'Size'],
      ['Merek', 'Brand'], ['Jasa kirim', 'Carrier'], ['Berlangganan', 'Subscribed'], ['Berhenti berlangganan', 'Unsubscribed'],
      ['Sumber', 'Source'], ['Saluran', 'Channel'], ['Peramban', 'Browser'], ['Perangkat', 'Device'],
      ['Sistem operasi', 'Operating System'], ['Komentar', 'Comment'], ['NPWP', 'Tax ID'], ['Halaman', 'Page'],
    ])
  })
})
