/** French column vocabulary (keys lower-case without accents). */
export const WORDS: Record<string, string[]> = {
  prenom: ['first', 'name'], nom: ['name'], patronyme: ['last', 'name'], civilite: ['courtesy', 'title'], titre: ['title'], sexe: ['gender'], genre: ['gender'],
  naissance: ['birth'], adresse: ['street'], rue: ['street'], voie: ['street'], ville: ['city'], commune: ['city'], localite: ['city'], departement: ['state'], pays: ['country'],
  telephone: ['phone'], tel: ['phone'], portable: ['mobile', 'phone'], mobile: ['mobile', 'phone'], courriel: ['email'], messagerie: ['email'],
  societe: ['company'], entreprise: ['company'], compte: ['account'], fonction: ['job', 'title'], poste: ['job', 'title'], service: ['department'],
  client: ['customer'], numero: ['number'], identifiant: ['id'], commande: ['order'], date: ['date'], heure: ['time'],
  produit: ['product'], article: ['product'], quantite: ['quantity'], prix: ['price'], montant: ['amount'], total: ['total'], sous: ['sub'],
  taxe: ['tax'], taxes: ['tax'], tva: ['tax'], remise: ['discount'], reduction: ['discount'], livraison: ['shipping'], expedition: ['shipping'], frais: ['price'],
  facturation: ['billing'], facture: ['billing'], paiement: ['payment'], devise: ['currency'], monnaie: ['currency'], moyen: ['method'],
  creation: ['created'], inscription: ['created'], modification: ['updated'], derniere: ['last'], dernier: ['last'], visite: ['visit'],
  bureau: ['work'], domicile: ['home'], personnel: ['personal'], professionnel: ['work'], site: ['website'], proprietaire: ['owner'],
  fidelite: ['loyalty'], points: ['points'], niveau: ['tier'], carte: ['card'], adherent: ['member'], statut: ['status'], etat: ['status'],
  code: ['code'], region: ['state'], navigateur: ['browser'], appareil: ['device'], exploitation: [], systeme: ['operating', 'system'], referent: ['referrer'], referrer: ['referrer'],
  campagne: ['campaign'], visiteur: ['visitor'], url: ['url'], resolution: ['resolution'], ecran: ['screen'], modele: ['model'], marque: ['manufacturer'], de: [], du: [], des: [], la: [], le: [], les: [], l: [], d: [], et: [], a: [], au: [], aux: [], en: [], pour: [], par: [],
  complement: ['street', '2'], suivi: ['tracking'], transporteur: ['carrier'], mode: ['method'], qte: ['quantity'], unitaire: ['unit'], achat: ['order'], ttc: [], ht: ['net'], fixe: [], envoi: ['shipping'],
  libelle: ['name'], description: ['description'], reference: ['reference'], abonnement: ['subscription'],
  horodatage: ['timestamp'], adhesion: ['join'], utilise: ['redeemed'], utilises: ['redeemed'], echange: ['redeemed'], echanges: ['redeemed'], programme: ['program'], largeur: ['width'], hauteur: ['height'],
  annule: ['cancel'], annulation: ['cancel'], annulee: ['cancel'],
  anniversaire: ['birth', 'date'], desinscription: ['opt', 'out'], langue: ['language'],
}

export const PHRASES: Record<string, string[]> = {
  'nom complet': ['full', 'name'], 'nom de famille': ['last', 'name'], 'date de naissance': ['birth', 'date'], 'code postal': ['postal', 'code'],
  'adresse e mail': ['email'], 'adresse email': ['email'], 'adresse de messagerie': ['email'], 'adresse electronique': ['email'], 'e mail': ['email'],
  'nom du compte': ['company', 'name'], 'nom de la societe': ['company', 'name'], 'raison sociale': ['company', 'name'],
  'sous total': ['subtotal'], 'lettre d informations': ['newsletter'], 'opt in': ['opt', 'in'], 'frais de port': ['shipping', 'amount'], 'frais de livraison': ['shipping', 'amount'],
  'pays region': ['country'], 'systeme d exploitation': ['operating', 'system'], 'type d appareil': ['device', 'type'], 'url de la page': ['page', 'url'], 'date d inscription': ['created'], 'date de creation': ['created'],
  'complement d adresse': ['street', '2'], 'site web': ['website'], 'site internet': ['website'], 'reference commande': ['order', 'id'], 'reference de la commande': ['order', 'id'], 'code promo': ['coupon', 'code'],
  'numero de suivi': ['tracking', 'number'], 'lien de suivi': ['tracking', 'url'], 'mode de livraison': ['shipping', 'method'], 'mode de paiement': ['payment', 'method'], 'date de commande': ['order', 'date'],
}
