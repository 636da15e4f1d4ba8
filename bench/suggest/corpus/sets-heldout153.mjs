// Round 64, heldout153: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). French, Italian, Spanish and Portuguese exports, headers in the product's
// UI language: a French retail loyalty program's cardholders (Cardiwin), a Belgian customer-feedback platform's
// responses (Hello Customer), a Swiss gift-voucher shop's orders (E-Guma), a Québec nonprofit platform's members of a
// chamber of commerce (Yapla), an Italian hotel PMS's reservations (Beddy), an Italian conversational-AI platform's
// contacts (Userbot), an Italian ticketing platform's tickets (Mailticket), an Argentine bank's payment app's sales
// (Viumi Macro), a Spanish company-registry database's officers (Librebor), a Spanish event app's attendees
// (Meetmaps), a Brazilian restaurant POS's sold items (Sischef) and a Portuguese short-stay rental manager's guests
// (Hostkit) (fr 4, it 3, es 3, pt 2; E 6, P 3, B 3).
// Headers are written from the writer's knowledge of each product; nothing was copied from a real export.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT } from './sets.mjs'
import { pad, shift, row, ymd, hms, hm, dmy, local, hash, slug } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
// local clocks: Paris, Brussels, Geneva, Rome, Madrid +1 (+2 in summer); Lisbon 0 (+1); Montréal -5 (-4); Buenos Aires and Curitiba -3
const cet = (ms) => local(ms, 1)
const wet = (ms) => local(ms, 0)
const qc = (ms) => local(ms, -5)
const art = (ms) => shift(ms, -3)
const brt = (ms) => shift(ms, -3)
// the same instant moved into opening hours (lo .. lo+span-1 local) of a zone off hours from UTC
const open = (ms, off, lo = 9, span = 11) => { const H = shift(ms, off).H; return ms + ((lo + (H % span)) - H) * 3600000 }
const later = (c) => c.created + ((n(c) % 400) + 5) * day + (n(c) % 70000) * 1000
const bd = (ms) => v.parts(ms)
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}:${c.first}:${c.last}:${salt}`) ^ 0x2f6b3c1d); r(); r(); return r }
const mail = (c, doms, salt = '') => { const r = seeded(c, `mail${salt}`); return `${slug(c.first)}${v.pick(r, ['.', '', '_', '.'])}${slug(c.last)}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, doms)}` }
const frDec = (x) => x.toFixed(2).replace('.', ',')
const arMoney = (x) => { const [a, b] = x.toFixed(2).split('.'); return `${a.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${b}` }
const brMoney = arMoney
const itEur = arMoney
// gender from the generated first name (people.mjs draws it apart from the name)
const FEM = new Set(['Léa', 'Chloé', 'Manon', 'Inès', 'Élodie', 'Margaux', 'Camille', 'Giulia', 'Chiara', 'Sofia', 'Aurora', 'Elena', 'Federica', 'Lucía', 'Martina', 'Sofía', 'María', 'Carmen', 'Valentina', 'Ana', 'Mariana', 'Beatriz', 'Júlia', 'Larissa', 'Camila'])
const fem = (c) => FEM.has(c.first)
const chf = (x) => x.toFixed(2)
const sn = (s) => s.toUpperCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')
const r2 = (x) => Math.round(x * 100) / 100

// ---------------------------------------------------------------- 1. Cardiwin cardholders (fr-FR, P)
// a chain of four bakeries-pâtisseries around Nantes: [ville, code postal]
const CW_TOWNS = [['Nantes', '44000'], ['Rezé', '44400'], ['Saint-Herblain', '44800'], ['Orvault', '44700'], ['Carquefou', '44470'], ['Vertou', '44120'], ['Saint-Sébastien-sur-Loire', '44230']]
const CW_SHOPS = ['Nantes - Graslin', 'Rezé - Trentemoult', 'Saint-Herblain - Atlantis', 'Vertou - Centre']
const cwTown = (c) => row(CW_TOWNS, n(c) % 7)
const cwMob = (c) => { const r = seeded(c, 'cwm'); return `0${v.pick(r, ['6', '7'])} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}` }
const cwStreet = (c) => row(['12 rue de Strasbourg', '4 allée des Tanneurs', '27 boulevard des Poilus', '103 route de Vannes', '8 impasse des Lilas', '45 rue du Général Buat', '2 place Mellinet'], (n(c) >> 2) % 7)
const cwPts = (c) => (n(c) * 37) % 480
const cwLife = (c) => cwPts(c) + ((n(c) * 13) % 30) * 50
// ---------------------------------------------------------------- 2. Hello Customer responses (fr-BE, E)
// a Walloon and Brussels chain of opticians: [magasin, ville, code postal]
const HC_SHOPS = [['Optique Lumen Liège Guillemins', 'Liège', '4000'], ['Optique Lumen Namur Centre', 'Namur', '5000'], ['Optique Lumen Charleroi Ville 2', 'Charleroi', '6000'], ['Optique Lumen Mons Grand-Place', 'Mons', '7000'], ['Optique Lumen Uccle', 'Uccle', '1180'], ['Optique Lumen Wavre', 'Wavre', '1300']]
const hcShop = (o) => row(HC_SHOPS, n(o) % 6)
const hcScore = (o) => [10, 9, 8, 10, 6, 9, 3, 10, 7, 9, 0, 10][n(o) % 12]
const hcCat = (o) => (hcScore(o) >= 9 ? 'Promoteur' : hcScore(o) >= 7 ? 'Passif' : 'Détracteur')
const hcAt = (o) => open(o.at, 1, 8, 14)
const hcVisit = (o) => row([['Achat lunettes', 389], ['Examen de la vue', 0], ['Achat lentilles', 142], ['Réparation', 25], ['Achat lunettes solaires', 219], ['Achat lunettes', 612]], n(o) % 6)
const hcComment = (o) => (hcScore(o) >= 9 ? row(['Très bon accueil, conseils au top !', 'Service rapide et personnel très sympathique.', 'Lunettes prêtes en 5 jours, merci.', ''], n(o) % 4) : hcScore(o) >= 7 ? row(['Bien mais un peu d\'attente.', 'Correct, prix un peu élevés.', ''], n(o) % 3) : row(['Délai de livraison beaucoup trop long.', 'Personne ne m\'a rappelé pour le suivi.', 'Monture abîmée après deux semaines.'], n(o) % 3))
const hcTheme = (o) => (hcScore(o) >= 9 ? row(['Accueil;Conseil', 'Rapidité', 'Personnel', 'Accueil'], n(o) % 4) : hcScore(o) >= 7 ? row(['Temps d\'attente', 'Prix', 'Accueil'], n(o) % 3) : row(['Délai de livraison', 'Suivi client', 'Qualité produit'], n(o) % 3))
const beMob = (c) => { const r = seeded(c, 'bem'); return `+32 4${v.int(r, 70, 99)} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}` }
// ---------------------------------------------------------------- 3. E-Guma voucher orders (fr-CH, E)
// a lakeside hotel-restaurant in Montreux: [article, type, prix CHF]
const EG_ITEMS = [['Bon valeur CHF 100.-', 'Bon valeur', 100], ['Bon valeur CHF 200.-', 'Bon valeur', 200], ['Menu dégustation 6 plats pour 2 personnes', 'Bon prestation', 290], ['Nuitée en chambre Junior Suite avec petit-déjeuner', 'Bon prestation', 420], ['Brunch du dimanche', 'Bon prestation', 69], ['Accès spa & massage 50 min', 'Bon prestation', 165]]
const egItem = (o) => row(EG_ITEMS, n(o) % 6)
const egPost = (o) => n(o) % 4 === 1
const egShip = (o) => (egPost(o) ? 8.5 : 0)
const egSt = (o) => row(['Payé', 'Payé', 'Payé', 'En attente de paiement', 'Payé', 'Annulé'], n(o) % 6)
const egUse = (o) => row(['Non utilisé', 'Non utilisé', 'Utilisé', 'Partiellement utilisé', 'Non utilisé'], n(o) % 5)
const egAt = (o) => open(o.at, 1, 7, 16)
const CH_TOWNS = [['Lausanne', '1003', 'VD'], ['Vevey', '1800', 'VD'], ['Genève', '1205', 'GE'], ['Fribourg', '1700', 'FR'], ['Sion', '1950', 'VS'], ['Neuchâtel', '2000', 'NE'], ['Montreux', '1820', 'VD'], ['Nyon', '1260', 'VD']]
const chTown = (c) => row(CH_TOWNS, n(c) % 8)
const chStreet = (c) => row(['Avenue de la Gare 12', 'Rue du Lac 4', 'Chemin des Vignes 27', 'Route de Berne 103', 'Rue de Lausanne 8', 'Place du Marché 2', 'Avenue des Alpes 45'], (n(c) >> 2) % 7)
const chMob = (c) => { const r = seeded(c, 'chm'); return `+41 7${v.pick(r, ['6', '7', '8', '9'])} ${v.int(r, 100, 999)} ${pad(v.int(r, 10, 99))} ${pad(v.int(r, 10, 99))}` }
// ---------------------------------------------------------------- 4. Yapla members (fr-CA, B)
// a chamber of commerce in the Eastern Townships: [organisation, NEQ, domaine, secteur, adresse, ville, code postal, indicatif]
const YP_FIRMS = [['Usinage Précis Estrie inc.', '1164829035', 'usinageprecis.ca', 'Fabrication', '2450 rue Roy', 'Sherbrooke', 'J1K 1C5', '819 566'], ['Boulangerie Le Fournil du Lac', '3371024568', 'fournildulac.com', 'Commerce de détail', '145 rue Principale Ouest', 'Magog', 'J1X 2A6', '819 843'], ['Groupe Conseil Boréal CPA', '1172034419', 'borealcpa.ca', 'Services professionnels', '455 rue King Ouest, bureau 300', 'Sherbrooke', 'J1H 6E9', '819 822'], ['Transport Coaticook ltée', '1145567281', 'transportcoaticook.com', 'Transport et logistique', '88 rue Main Est', 'Coaticook', 'J1A 1N2', '819 849'], ['Clinique Physio Santé Fleurimont', '2263340197', 'physiofleurimont.ca', 'Santé', '3050 boulevard de Portland', 'Sherbrooke', 'J1L 1K1', '819 562'], ['Solutions Web Memphré', '1178890024', 'memphreweb.ca', 'Technologies de l\'information', '30 rue Merry Nord', 'Magog', 'J1X 2E8', '819 868']]
const ypFirm = (c) => row(YP_FIRMS, n(c) >> 1)
const ypRole = (c) => row(['Président-directeur général', 'Directrice des ventes', 'Propriétaire', 'Associé', 'Directrice marketing', 'Contrôleur financier', 'Directeur des opérations'], n(c) % 7)
const ypType = (c) => row([['Membre corporatif (1 à 10 employés)', 245], ['Membre corporatif (11 à 50 employés)', 395], ['Travailleur autonome', 165], ['Membre corporatif (51 employés et plus)', 650]], n(c) % 4)
const ypSt = (c) => row(['Active', 'Active', 'Expirée', 'Active', 'En attente de paiement', 'Active'], n(c) % 6)
const ypJoin = (c) => c.created
const ypExp = (c) => { const p = qc(ypJoin(c)); return { ...p, y: p.y + 1 + (n(c) % 3 === 0 ? 1 : 0) } }
const qcCell = (c) => { const r = seeded(c, 'qcm'); return `${v.pick(r, ['819', '873', '450'])} ${v.int(r, 200, 999)}-${pad(v.int(r, 0, 9999), 4)}` }
// ---------------------------------------------------------------- 5. Beddy reservations (it, E)
// a boutique hotel in Polignano a Mare: [tipologia, prezzo a notte]
const BD_ROOMS = [['Doppia Classic', 110], ['Doppia Superior vista mare', 165], ['Junior Suite con terrazza', 230], ['Tripla Comfort', 140], ['Singola', 85]]
const bdRoom = (o) => row(BD_ROOMS, n(o) % 5)
const bdNights = (o) => 1 + (n(o) % 6)
const bdBoard = (o) => row(['B&B', 'B&B', 'Mezza pensione', 'Solo pernottamento'], n(o) % 4)
const bdCh = (o) => row(['Booking.com', 'Sito web (Booking Engine)', 'Expedia', 'Booking.com', 'Airbnb', 'Diretta (telefono)'], n(o) % 6)
const bdSt = (o) => row(['Confermata', 'Check-out', 'Confermata', 'Cancellata', 'Check-out', 'In casa', 'Confermata'], n(o) % 7)
const bdAt = (o) => open(o.at, 1, 8, 15)
const bdIn = (o) => bdAt(o) + (3 + (n(o) * 7) % 90) * day
const bdAdults = (o) => (bdRoom(o)[0] === 'Singola' ? 1 : bdRoom(o)[0].startsWith('Tripla') ? 3 : 2)
const bdTot = (o) => bdRoom(o)[1] * bdNights(o) + (bdBoard(o) === 'Mezza pensione' ? 35 * bdAdults(o) * bdNights(o) : 0) - (bdBoard(o) === 'Solo pernottamento' ? 15 * bdNights(o) : 0)
const bdCity = (o) => 2 * bdAdults(o) * Math.min(bdNights(o), 5)
const bdDep = (o) => (bdCh(o) === 'Sito web (Booking Engine)' ? Math.round(bdTot(o) * 0.3) : bdCh(o) === 'Expedia' || bdCh(o) === 'Airbnb' ? bdTot(o) : 0)
const bdNat = (c) => row([['Italia', 'it'], ['Italia', 'it'], ['Germania', 'de'], ['Francia', 'fr'], ['Italia', 'it'], ['Regno Unito', 'en'], ['Paesi Bassi', 'nl'], ['Italia', 'it']], n(c) % 8)
const itMob = (c) => { const r = seeded(c, 'itm'); return `+39 3${v.int(r, 20, 49)} ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}` }
// ---------------------------------------------------------------- 6. Userbot contacts (it, P)
// an energy supplier in Bergamo (luce e gas) answering on WhatsApp and web chat: [comune, CAP, provincia]
const UB_TOWNS = [['Bergamo', '24121', 'BG'], ['Seriate', '24068', 'BG'], ['Dalmine', '24044', 'BG'], ['Treviglio', '24047', 'BG'], ['Brescia', '25121', 'BS'], ['Lecco', '23900', 'LC'], ['Albino', '24021', 'BG']]
const ubTown = (c) => row(UB_TOWNS, n(c) % 7)
const ubStreet = (c) => row(['Via Borgo Palazzo 112', 'Via Moroni 35', 'Viale Papa Giovanni XXIII 8', 'Via Roma 21', 'Via Garibaldi 4/B', 'Piazza Pontida 17', 'Via San Bernardino 60'], (n(c) >> 1) % 7)
const CF_M = 'ABCDEHLMPRST'
const cf = (c) => { const r = seeded(c, 'cf'); const b = bd(c.birth); const cons = (s) => (sn(s).replace(/[^A-Z]/g, '').replace(/[AEIOU]/g, '') + 'XXX').slice(0, 3); return `${cons(c.last)}${cons(c.first)}${String(b.y).slice(2)}${CF_M[b.m - 1]}${pad(b.d + (fem(c) ? 40 : 0))}${v.pick(r, ['A794', 'B157', 'E704', 'L388', 'F205'])}${'ABCDEFGHLMNPRSTUVWXYZ'[v.int(r, 0, 20)]}` }
const ubCh = (c) => row(['WhatsApp', 'Web chat', 'WhatsApp', 'Messenger', 'WhatsApp', 'Web chat', 'Instagram'], n(c) % 7)
const ubCust = (c) => n(c) % 4 !== 3
// ---------------------------------------------------------------- 7. Mailticket tickets (it, E)
// a theatre in Rome selling a season: [evento, luogo, settore]
const MT_EVENTS = [['Il Berretto a Sonagli - L. Pirandello', 'Teatro Ghione, Roma', Date.UTC(2024, 10, 15, 19, 0)], ['Concerto di Capodanno - Orchestra da Camera di Roma', 'Teatro Ghione, Roma', Date.UTC(2024, 11, 31, 20, 30)], ['Stand-up: Serata Comedy Club', 'Teatro Ghione, Roma', Date.UTC(2025, 0, 18, 20, 0)], ['La Locandiera - C. Goldoni', 'Teatro Ghione, Roma', Date.UTC(2025, 1, 8, 19, 0)]]
const mtEv = (o) => row(MT_EVENTS, n(o) % 4)
const MT_SEATS = [['Platea', 'Intero', 32], ['Platea', 'Ridotto Under 26', 22], ['Galleria', 'Intero', 24], ['Galleria', 'Ridotto Over 65', 18], ['Platea', 'Omaggio', 0], ['Palco', 'Intero', 40]]
const mtSeat = (o, i) => row(MT_SEATS, i + n(o))
const mtFee = (o, i) => (mtSeat(o, i)[2] === 0 ? 0 : mtCh(o) === 'Botteghino' ? 0 : 2.5)
const mtCh = (o) => row(['Online', 'Online', 'Botteghino', 'Online', 'Punto vendita'], n(o) % 5)
const mtSt = (o) => row(['Valido', 'Valido', 'Valido', 'Annullato', 'Valido', 'Rimborsato'], n(o) % 6)
const mtAt = (o) => open(mtEv(o)[2] - (1 + (n(o) * 7) % 60) * day + (n(o) % 1440) * 60000 + ((n(o) * 13) % 60) * 1000, 1, 8, 15)
// ---------------------------------------------------------------- 8. Viumi sales (es-AR, E)
// a bike shop in Córdoba charging by payment link, QR and card reader: [descripción, monto]
const VM_SALES = [['Seña bicicleta MTB rodado 29', 150000], ['Service completo', 38000], ['Cubierta Maxxis 29x2.25', 54500], ['Casco Venzo ruta', 46200], ['Bicicleta urbana rodado 28', 489000], ['Cámara + colocación', 12800]]
const vmSale = (o) => row(VM_SALES, n(o) % 6)
const vmCh = (o) => row(['Link de pago', 'QR', 'Lector (Viumi Pro)', 'Link de pago', 'QR', 'Botón de pago'], n(o) % 6)
const vmMed = (o) => (vmCh(o) === 'QR' ? row(['Dinero en cuenta', 'Visa Débito', 'Dinero en cuenta'], n(o) % 3) : row(['Visa Crédito', 'Mastercard Crédito', 'Visa Débito', 'Cabal Débito', 'American Express', 'Naranja X'], n(o) % 6))
const vmCuotas = (o) => (vmMed(o).includes('Crédito') || vmMed(o) === 'American Express' || vmMed(o) === 'Naranja X' ? row([1, 3, 6, 1, 12], n(o) % 5) : 1)
const vmSt = (o) => row(['Aprobada', 'Aprobada', 'Aprobada', 'Rechazada', 'Aprobada', 'Devuelta', 'Aprobada'], n(o) % 7)
const vmFee = (o) => r2(vmSale(o)[1] * (vmMed(o).includes('Débito') || vmMed(o) === 'Dinero en cuenta' ? 0.008 : 0.018 + (vmCuotas(o) > 1 ? 0.06 : 0)))
const vmRet = (o) => r2(vmSale(o)[1] * 0.02)
const vmNet = (o) => r2(vmSale(o)[1] - vmFee(o) - vmFee(o) * 0.21 - vmRet(o))
const vmAt = (o) => open(o.at, -3, 9, 12)
const vmMail = ['gmail.com', 'hotmail.com', 'yahoo.com.ar', 'outlook.com', 'live.com.ar']
const dni = (c) => String(20000000 + (n(c) * 71) % 25000000)
// ---------------------------------------------------------------- 9. Librebor officers (es-ES, B)
// [empresa, CIF, forma, provincia, domicilio, municipio, CP, CNAE, objeto, capital, constitución]
const LB_FIRMS = [['TALLERES METALICOS DEL EBRO SL', 'B50123458', 'Sociedad limitada', 'Zaragoza', 'CALLE MARIA DE LUNA 11', 'Zaragoza', '50018', '2511 - Fabricación de estructuras metálicas', 'Fabricación y montaje de estructuras metálicas y calderería.', '60.000,00', '14/03/2003'], ['VIÑEDOS Y BODEGAS SIERRA DE GREDOS SL', 'B05213987', 'Sociedad limitada', 'Ávila', 'CARRETERA AV-501 KM 12', 'Cebreros', '05260', '1102 - Elaboración de vinos', 'Cultivo de la vid y elaboración y comercialización de vinos.', '3.006,00', '02/07/2015'], ['LOGISTICA INTEGRAL LEVANTINA SA', 'A46987123', 'Sociedad anónima', 'Valencia', 'AVENIDA DEL PUERTO 180', 'Valencia', '46023', '5210 - Depósito y almacenamiento', 'Transporte de mercancías por carretera, almacenaje y distribución.', '601.000,00', '21/11/1994'], ['CLINICA DENTAL SONRISA NORTE SL', 'B48765432', 'Sociedad limitada', 'Bizkaia', 'CALLE GRAN VIA DE DON DIEGO LOPEZ DE HARO 45', 'Bilbao', '48011', '8623 - Actividades odontológicas', 'Prestación de servicios de odontología y estética dental.', '3.000,00', '09/05/2011'], ['SOLUCIONES SOFTWARE ANDALUZAS SL', 'B90345671', 'Sociedad limitada', 'Sevilla', 'CALLE AVERROES 6 PLANTA 2', 'Sevilla', '41020', '6201 - Actividades de programación informática', 'Desarrollo de software, consultoría tecnológica y formación.', '10.000,00', '30/01/2018'], ['GRUPO HOSTELERO COSTA CALIDA SL', 'B73456129', 'Sociedad limitada', 'Murcia', 'PASEO DE ALFONSO X EL SABIO 3', 'Murcia', '30008', '5610 - Restaurantes y puestos de comidas', 'Explotación de restaurantes, cafeterías y servicios de catering.', '120.000,00', '17/06/2008']]
const lbFirm = (c) => row(LB_FIRMS, n(c) >> 1)
const lbRole = (c) => row(['Administrador único', 'Consejero delegado', 'Apoderado', 'Administrador solidario', 'Presidente', 'Consejero', 'Secretario no consejero', 'Liquidador'], n(c) % 8)
const lbIn = (c) => c.created - (n(c) % 900) * day
const lbOut = (c) => n(c) % 5 === 2
const lbSlug = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/-$/, '')
const secondLast = (c) => row(['MORENO', 'RUIZ', 'DIAZ', 'ALONSO', 'NAVARRO', 'TORRES', 'DOMINGUEZ', 'VAZQUEZ', 'GIL'], (n(c) >> 3) % 9)
// ---------------------------------------------------------------- 10. Meetmaps attendees (es-ES, B)
// a logistics congress in Barcelona: [empresa, dominio, sector, ciudad, país]
const MM_FIRMS = [['Transportes Ochoa', 'ochoa.es', 'Transporte por carretera', 'Zaragoza', 'España'], ['Mercadona', 'mercadona.es', 'Distribución alimentaria', 'Valencia', 'España'], ['Grupo Moldtrans', 'moldtrans.com', 'Transitario', 'Barcelona', 'España'], ['Luís Simões', 'luis-simoes.com', 'Operador logístico', 'Lisboa', 'Portugal'], ['Inditex', 'inditex.com', 'Retail moda', 'Arteixo', 'España'], ['Mecalux', 'mecalux.com', 'Sistemas de almacenaje', 'Barcelona', 'España']]
const mmFirm = (c) => row(MM_FIRMS, n(c) >> 1)
const mmRole = (c) => row(['Director de Operaciones', 'Responsable de Almacén', 'Supply Chain Manager', 'Directora de Compras', 'Key Account Manager', 'CEO', 'Jefa de Tráfico'], n(c) % 7)
const mmTicket = (c) => row([['Entrada General', '295,00 €'], ['Entrada General', '295,00 €'], ['VIP + Cena de Networking', '490,00 €'], ['Expositor', '0,00 €'], ['Speaker', '0,00 €'], ['Early Bird', '195,00 €']], n(c) % 6)
const mmSt = (c) => row(['Confirmado', 'Confirmado', 'Pendiente de pago', 'Confirmado', 'Cancelado', 'Confirmado'], n(c) % 6)
const mmIn = (c) => mmSt(c) === 'Confirmado' && n(c) % 3 !== 1
const MM_DAY = Date.UTC(2024, 5, 4, 7, 0)
const esMob = (c) => { const r = seeded(c, 'esm'); return `+34 6${v.int(r, 0, 99).toString().padStart(2, '0')} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}` }
// ---------------------------------------------------------------- 11. Sischef sold items (pt-BR, E)
// a Curitiba burger house with dine-in, counter and delivery: [código, produto, grupo, preço]
const SC_ITEMS = [['101', 'X-Salada Artesanal', 'Lanches', 32.9], ['102', 'Smash Duplo Cheddar', 'Lanches', 38.9], ['105', 'Burger Costela Barbecue', 'Lanches', 44.9], ['201', 'Batata Frita Rústica G', 'Porções', 26.0], ['301', 'Refrigerante Lata 350ml', 'Bebidas', 7.0], ['305', 'Chopp Pilsen 500ml', 'Bebidas', 16.9], ['401', 'Milkshake Ovomaltine', 'Sobremesas', 22.0]]
const scItem = (o, i) => row(SC_ITEMS, i + n(o))
const scType = (o) => row(['Mesa', 'Delivery', 'Balcão', 'iFood', 'Mesa', 'Delivery'], n(o) % 6)
const scDel = (o) => scType(o) === 'Delivery' || scType(o) === 'iFood'
const scAdd = (o, i) => (scItem(o, i)[2] === 'Lanches' ? row(['', 'Adicional bacon', 'Sem cebola', 'Ponto da carne: mal passado', ''], n(o) % 5) : '')
const scSub = (o, i) => r2(scItem(o, i)[3] * o.qty + (scAdd(o, i) === 'Adicional bacon' ? 6 * o.qty : 0))
const scDisc = (o, i) => (n(o) % 7 === 3 ? r2(scSub(o, i) * 0.1) : 0)
const scServ = (o, i) => (scType(o) === 'Mesa' ? r2(scSub(o, i) * 0.1) : 0)
const scFrete = (o) => (scType(o) === 'Delivery' ? 8 : scType(o) === 'iFood' ? 6.99 : 0)
const scPay = (o) => (scType(o) === 'iFood' ? 'Pago online (iFood)' : row(['PIX', 'Cartão de crédito', 'Cartão de débito', 'Dinheiro', 'Vale-refeição (VR)', 'PIX'], n(o) % 6))
const scAt = (o) => open(o.at, -3, 11, 12)
const BAIRROS = ['Batel', 'Água Verde', 'Centro', 'Bigorrilho', 'Portão', 'Cabral', 'Juvevê']
const brMob = (c) => { const r = seeded(c, 'brm'); return `(41) 9${v.int(r, 8000, 9999)}-${pad(v.int(r, 0, 9999), 4)}` }
const cpf = (c) => { const d = String(10000000000 + (n(c) * 7919) % 89999999999); return `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}-${d.slice(9, 11)}` }
// ---------------------------------------------------------------- 12. Hostkit guests (pt-PT, P)
// a Porto short-stay management company: guests as registered for the police (SIBA/AIMA) bulletin
const HK_UNITS = ['Ribeira View T1', 'Cedofeita Loft', 'Bolhão Studio 2', 'Foz Beach House', 'Miragaia T2 Terraço']
const HK_GUESTS = {
  es: ['Espanha', 'ES', '+34 6', ['Madrid', 'Sevilha', 'Valência', 'Bilbau'], ['gmail.com', 'hotmail.es']],
  fr: ['França', 'FR', '+33 6', ['Paris', 'Lyon', 'Bordéus', 'Toulouse'], ['orange.fr', 'gmail.com', 'free.fr']],
  de: ['Alemanha', 'DE', '+49 15', ['Berlim', 'Munique', 'Hamburgo', 'Colónia'], ['gmx.de', 'web.de', 'gmail.com']],
  en: ['Reino Unido', 'GB', '+44 7', ['Londres', 'Manchester', 'Bristol', 'Edimburgo'], ['gmail.com', 'outlook.com', 'yahoo.co.uk']],
  pt: ['Portugal', 'PT', '+351 9', ['Lisboa', 'Braga', 'Coimbra', 'Aveiro'], ['gmail.com', 'sapo.pt', 'hotmail.com']],
  it: ['Itália', 'IT', '+39 3', ['Milão', 'Roma', 'Turim', 'Bolonha'], ['libero.it', 'gmail.com']],
  br: ['Brasil', 'BR', '+55 11 9', ['São Paulo', 'Rio de Janeiro', 'Belo Horizonte'], ['gmail.com', 'hotmail.com', 'uol.com.br']],
}
const HK_FIRST = { es: ['Lucía', 'Javier', 'Carmen', 'Álvaro'], fr: ['Camille', 'Hugo', 'Léa', 'Julien'], de: ['Lukas', 'Anna', 'Jonas', 'Sabine'], en: ['James', 'Olivia', 'Thomas', 'Emily'], pt: ['João', 'Inês', 'Tiago', 'Mariana'], it: ['Marco', 'Giulia', 'Luca', 'Chiara'], br: ['Rafael', 'Larissa', 'Thiago', 'Camila'] }
const HK_LAST = { es: ['García Ruiz', 'Fernández', 'López Díaz'], fr: ['Martin', 'Dubois', 'Lefèvre'], de: ['Müller', 'Schneider', 'Fischer'], en: ['Smith', 'Taylor', 'Clarke'], pt: ['Ferreira', 'Sousa Pinto', 'Carvalho'], it: ['Rossi', 'Bianchi', 'Greco'], br: ['Silva Santos', 'Oliveira', 'Souza'] }
const hkKey = (c) => row(['es', 'fr', 'de', 'en', 'pt', 'es', 'it', 'br', 'fr', 'en'], n(c) % 10)
const hk = (c) => { const k = hkKey(c), g = HK_GUESTS[k], r = seeded(c, 'hk'); const first = v.pick(r, HK_FIRST[k]), last = v.pick(r, HK_LAST[k]); return { k, country: g[0], cc: g[1], first, last, city: v.pick(r, g[3]), phone: `${g[2]}${v.int(r, 10, 99)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`, email: `${slug(first)}.${slug(last)}${v.int(r, 1, 99)}@${v.pick(r, g[4])}`, doc: k === 'pt' ? `${v.int(r, 10000000, 19999999)} 0 ZZ${v.int(r, 1, 9)}` : `${'ABCDEFGHJKLMNPRSTXYZ'[v.int(r, 0, 19)]}${'ABCDEFGHJKLMNPRSTXYZ'[v.int(r, 0, 19)]}${v.int(r, 1000000, 9999999)}` } }
const hkIn = (c) => c.created + (n(c) % 200) * day
const hkNights = (c) => 2 + (n(c) % 6)
const hkSrc = (c) => row(['Airbnb', 'Booking.com', 'Airbnb', 'Direto', 'Booking.com', 'Vrbo'], n(c) % 6)

export const SETS = [
  // ---------------------------------------------------------------- France: loyalty program cardholders
  { name: 'cardiwin-export-porteurs-carte-fr', product: 'Cardiwin (programme de fidélité: Clients > Liste des porteurs > Exporter (CSV), one row per loyalty card holder, French UI, a chain of four bakeries-pâtisseries around Nantes, points per euro and fidelity cheques)', family: 'loyalty', language: 'fr', schema: P, cols: [
    ['Code client', (c) => `C${pad((n(c) * 7) % 1000000, 6)}`, ['personID', '_id'], opt],
    ['N° de carte', (c) => `2904${pad((n(c) * 7919) % 100000000, 8)}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['Statut carte', (c) => row(['Active', 'Active', 'Active', 'Bloquée', 'Active', 'Perdue'], n(c) % 6), ['loyalty.cardsDetails[0].status', 'loyalty.status'], opt],
    ['Civilité', (c) => (fem(c) ? 'Mme' : 'M.'), ['person.name.courtesyTitle']],
    ['Nom', (c) => c.last.toUpperCase(), ['person.name.lastName']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Date de naissance', (c) => (n(c) % 5 === 4 ? '' : dmy(bd(c.birth), '/')), ['person.birthDate']],
    ['Email', (c) => (n(c) % 6 === 5 ? '' : mail(c, ['orange.fr', 'gmail.com', 'free.fr', 'laposte.net', 'sfr.fr', 'hotmail.fr'])), ['personalEmail.address']],
    ['Téléphone portable', (c) => cwMob(c), ['mobilePhone.number']],
    ['Adresse', (c) => cwStreet(c), ['homeAddress.street1', 'mailingAddress.street1']],
    ['Complément d\'adresse', (c) => row(['', '', 'Bât. B', '', 'Appt 12', ''], n(c) % 6), ['homeAddress.street2', 'mailingAddress.street2']],
    ['Code postal', (c) => cwTown(c)[1], ['homeAddress.postalCode', 'mailingAddress.postalCode']],
    ['Ville', (c) => cwTown(c)[0], ['homeAddress.city', 'mailingAddress.city']],
    ['Pays', () => 'France', ['homeAddress.country', 'mailingAddress.country'], opt],
    ['Magasin d\'inscription', (c) => row(CW_SHOPS, n(c) % 4), [], opt],
    ['Date d\'inscription', (c) => dmy(cet(c.created), '/'), ['loyalty.joinDate']],
    ['Solde de points', (c) => String(cwPts(c)), ['loyalty.points']],
    ['Points cumulés', (c) => String(cwLife(c)), ['loyalty.lifetimePoints']],
    ['Chèques fidélité émis', (c) => String(Math.floor(cwLife(c) / 500)), [], opt],
    ['Chèques fidélité utilisés', (c) => String(Math.max(0, Math.floor(cwLife(c) / 500) - (n(c) % 2))), [], opt],
    ['CA cumulé (€)', (c) => frDec(cwLife(c) * 1.0 + (n(c) % 100) / 100), ['loyalty.lifetimePurchases'], opt],
    ['Nombre de passages', (c) => String(3 + (n(c) * 11) % 140), []],
    ['Date du dernier passage', (c) => dmy(cet(later(c)), '/'), [], opt],
    ['Accepte SMS', (c) => (n(c) % 3 ? 'Oui' : 'Non'), []],
    ['Accepte Email', (c) => (n(c) % 4 ? 'Oui' : 'Non'), []],
    ['Commentaire', (c) => row(['', '', 'Allergie fruits à coque', '', 'Commande bûche chaque Noël', ''], n(c) % 6), []],
  ] },
  // ---------------------------------------------------------------- Belgium: customer-feedback responses
  { name: 'hello-customer-export-reponses-fr-be', product: 'Hello Customer (Feedback > Réponses > Exporter en CSV, one row per survey response after a store visit, French UI, a Walloon and Brussels chain of opticians, Brussels time)', family: 'analytics', language: 'fr', schema: E, cols: [
    ['ID réponse', (c, o) => `${v.hex(seeded(c, `hc${o.id}`), 24)}`, ['_id'], opt],
    ['Date de réponse', (c, o) => `${dmy(cet(hcAt(o)), '/')} ${hm(cet(hcAt(o)))}`, ['timestamp']],
    ['Date d\'envoi', (c, o) => `${dmy(cet(hcAt(o) - (1 + n(o) % 3) * day), '/')} ${hm(cet(hcAt(o) - (1 + n(o) % 3) * day))}`, [], opt],
    ['Canal', (c, o) => row(['E-mail', 'SMS', 'E-mail', 'QR code en magasin'], n(o) % 4), [], opt],
    ['Langue', (c, o) => (n(o) % 5 === 4 ? 'NL' : 'FR'), [], opt],
    ['Point de contact', (c, o) => hcShop(o)[0], ['commerce.commerceScope.storeCode', 'placeContext.POIinteraction.poiDetail.name'], opt],
    ['Ville', (c, o) => hcShop(o)[1], ['placeContext.geo.city'], opt],
    ['Code postal', (c, o) => hcShop(o)[2], ['placeContext.geo.postalCode'], opt],
    ['Type de visite', (c, o) => hcVisit(o)[0], [], opt],
    ['Score NPS', (c, o) => String(hcScore(o)), []],
    ['Catégorie NPS', (c, o) => hcCat(o), []],
    ['Commentaire', (c, o) => hcComment(o), []],
    ['Thèmes', (c, o) => hcTheme(o), []],
    ['Sentiment', (c, o) => (hcScore(o) >= 9 ? 'Positif' : hcScore(o) >= 7 ? 'Neutre' : 'Négatif'), []],
    ['Satisfaction conseil (1-5)', (c, o) => String(Math.max(1, Math.round(hcScore(o) / 2))), []],
    ['Prénom', (c) => c.first, []],
    ['Nom', (c) => c.last, []],
    ['E-mail', (c) => mail(c, ['skynet.be', 'gmail.com', 'hotmail.com', 'proximus.be', 'telenet.be']), EMAIL_ID],
    ['Téléphone', (c) => beMob(c), PHONE_ID, opt],
    ['Numéro client', (c) => `OL${pad((n(c) * 31) % 1000000, 6)}`, CUST_ID, opt],
    ['Référence transaction', (c, o) => (hcVisit(o)[1] ? `T${ymd(cet(hcAt(o)), '')}-${pad(n(o) % 10000, 4)}` : ''), [OR('purchaseID')], opt],
    ['Montant (€)', (c, o) => (hcVisit(o)[1] ? frDec(hcVisit(o)[1]) : ''), [OR('priceTotal')], opt],
    ['Statut du suivi', (c, o) => (hcScore(o) >= 7 ? '' : row(['Ouvert', 'En cours', 'Clôturé'], n(o) % 3)), []],
    ['Assigné à', (c, o) => (hcScore(o) >= 7 ? '' : row(['Sophie (Service client)', 'Gérant magasin'], n(o) % 2)), []],
  ] },
  // ---------------------------------------------------------------- Switzerland: gift-voucher shop orders
  { name: 'e-guma-export-commandes-bons-fr-ch', product: 'E-Guma (boutique de bons cadeaux: Commandes > Exporter (Excel), one row per ordered voucher, French UI (Suisse romande), a lakeside hotel-restaurant in Montreux, Swiss time, CHF)', family: 'ecommerce-orders', language: 'fr', schema: E, cols: [
    ['N° de commande', (c, o) => String(240000 + n(o)), [OR('purchaseID')]],
    ['Date de commande', (c, o) => `${dmy(cet(egAt(o)))} ${hm(cet(egAt(o)))}`, ['timestamp', OR('createdDate')]],
    ['Statut', (c, o) => egSt(o), []],
    ['Code du bon', (c, o, r) => `${v.alnum(r, 4).toUpperCase()}-${v.alnum(r, 4).toUpperCase()}`, [], opt],
    ['Type de bon', (c, o) => egItem(o)[1], [PL('productCategories[0].categoryName')], opt],
    ['Article', (c, o) => egItem(o)[0], [PL('name')]],
    ['Quantité', (c, o) => String(1 + (n(o) % 5 === 0 ? 1 : 0)), [PL('quantity')]],
    ['Prix unitaire', (c, o) => chf(egItem(o)[2]), [], opt],
    ['Montant', (c, o) => chf(egItem(o)[2] * (1 + (n(o) % 5 === 0 ? 1 : 0))), [PL('priceTotal')]],
    ['Frais d\'envoi', (c, o) => chf(egShip(o)), ['commerce.shipping.shippingAmount']],
    ['Total', (c, o) => chf(egItem(o)[2] * (1 + (n(o) % 5 === 0 ? 1 : 0)) + egShip(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Devise', () => 'CHF', [OR('currencyCode'), PL('currencyCode'), OR('payments[0].currencyCode')], opt],
    ['Mode de paiement', (c, o) => row(['TWINT', 'Visa', 'Mastercard', 'PostFinance Card', 'TWINT', 'Facture'], n(o) % 6), [OR('payments[0].paymentType')]],
    ['ID transaction', (c, o, r) => (egSt(o) === 'Payé' ? `${v.int(r, 230000000, 239999999)}` : ''), [OR('payments[0].transactionID')], opt],
    ['Mode de livraison', (c, o) => (egPost(o) ? 'Envoi postal (coffret)' : 'Print@home (PDF par e-mail)'), ['commerce.shipping.shippingMethod']],
    ['Civilité', (c) => (fem(c) ? 'Madame' : 'Monsieur'), []],
    ['Prénom', (c) => c.first, []],
    ['Nom', (c) => c.last, []],
    ['E-mail', (c) => mail(c, ['bluewin.ch', 'gmail.com', 'hispeed.ch', 'sunrise.ch', 'gmx.ch']), EMAIL_ID],
    ['Téléphone', (c) => chMob(c), PHONE_ID, opt],
    ['Adresse', (c) => chStreet(c), [BILL('street1')]],
    ['NPA', (c) => chTown(c)[1], [BILL('postalCode')]],
    ['Localité', (c) => chTown(c)[0], [BILL('city')]],
    ['Pays', () => 'Suisse', [BILL('country')], opt],
    ['Bénéficiaire', (c, o) => (n(o) % 3 ? row(['Pour Maman', 'Anne-Lise et Pierre', 'Famille Rochat', 'Pour toi ♥'], n(o) % 4) : ''), []],
    ['Message personnel', (c, o) => (n(o) % 3 ? row(['Joyeux anniversaire !', 'Bonne retraite et profitez bien', 'Merci pour tout', 'Joyeux Noël'], n(o) % 4) : ''), []],
    ['Valable jusqu\'au', (c, o) => dmy({ ...cet(egAt(o)), y: cet(egAt(o)).y + 2 }), [], opt],
    ['Statut d\'utilisation', (c, o) => egUse(o), []],
    ['Solde restant', (c, o) => chf(egUse(o) === 'Utilisé' ? 0 : egUse(o) === 'Partiellement utilisé' ? Math.round(egItem(o)[2] * 0.35) : egItem(o)[2]), []],
    ['Newsletter', (c, o) => (n(o) % 3 === 1 ? 'Oui' : 'Non'), []],
  ] },
  // ---------------------------------------------------------------- Québec: chamber of commerce members
  { name: 'yapla-export-membres-chambre-commerce-fr-ca', product: 'Yapla (Membres > Liste des membres > Exporter (Excel), one row per member contact of a business membership, French UI (Québec), a chamber of commerce in the Eastern Townships (Estrie), Montréal time, CAD)', family: 'crm', language: 'fr', schema: B, cols: [
    ['No de membre', (c) => String(10000 + (n(c) * 7) % 90000), B2BID, opt],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Courriel', (c) => `${slug(c.first)}${n(c) % 2 ? '.' + slug(c.last) : ''}@${ypFirm(c)[2]}`, ['workEmail.address', 'personalEmail.address']],
    ['Téléphone', (c) => `${ypFirm(c)[7]}-${pad((n(c) * 13) % 10000, 4)}`, ['workPhone.number']],
    ['Poste', (c) => (n(c) % 3 === 0 ? String(200 + n(c) % 50) : ''), ['workPhone.extension']],
    ['Cellulaire', (c) => (n(c) % 4 === 2 ? '' : qcCell(c)), ['mobilePhone.number']],
    ['Titre', (c) => ypRole(c), ['extendedWorkDetails.jobTitle']],
    ['Organisation', (c) => ypFirm(c)[0], CO],
    ['NEQ', (c) => ypFirm(c)[1], ACCT, opt],
    ['Site Web', (c) => `https://www.${ypFirm(c)[2]}`, ['b2b.companyWebsite']],
    ['Secteur d\'activité', (c) => ypFirm(c)[3], []],
    ['Adresse', (c) => ypFirm(c)[4], [W('street1')]],
    ['Ville', (c) => ypFirm(c)[5], [W('city')]],
    ['Province', () => 'QC', STATE(['workAddress'])],
    ['Code postal', (c) => ypFirm(c)[6], [W('postalCode')]],
    ['Pays', () => 'Canada', [W('country')], opt],
    ['Type d\'adhésion', (c) => ypType(c)[0], []],
    ['Statut de l\'adhésion', (c) => ypSt(c), [], opt],
    ['Date d\'adhésion', (c) => ymd(qc(ypJoin(c))), [], opt],
    ['Date d\'expiration', (c) => ymd(ypExp(c)), []],
    ['Montant payé', (c) => (ypSt(c) === 'En attente de paiement' ? '0,00 $' : `${frDec(ypType(c)[1] * 1.14975)} $`), []],
    ['Contact principal', (c) => (n(c) % 2 ? 'Oui' : 'Non'), []],
    ['Langue de correspondance', (c) => (n(c) % 6 === 5 ? 'Anglais' : 'Français'), []],
    ['Consentement courriel (LCAP)', (c) => (n(c) % 5 ? 'Oui' : 'Non'), [], opt],
    ['Date de création', (c) => `${ymd(qc(c.created - 20 * day))} ${hm(qc(c.created - 20 * day))}`, ['extSourceSystemAudit.createdDate'], opt],
  ] },
  // ---------------------------------------------------------------- Italy: hotel PMS reservations
  { name: 'beddy-esporta-prenotazioni-it', product: 'Beddy (PMS e booking engine: Prenotazioni > Elenco prenotazioni > Esporta Excel, one row per booking, Italian UI, a boutique hotel in Polignano a Mare selling through OTAs and its own site, Rome time, EUR)', family: 'booking', language: 'it', schema: E, cols: [
    ['ID prenotazione', (c, o) => String(480000 + n(o)), [OR('purchaseID')]],
    ['Rif. canale', (c, o, r) => (bdCh(o) === 'Booking.com' ? String(v.int(r, 3000000000, 4999999999)) : bdCh(o) === 'Expedia' ? String(v.int(r, 70000000, 79999999)) : bdCh(o) === 'Airbnb' ? `HM${v.alnum(r, 8).toUpperCase()}` : ''), [OR('purchaseOrderNumber')], opt],
    ['Canale', (c, o) => bdCh(o), [], opt],
    ['Data prenotazione', (c, o) => `${dmy(cet(bdAt(o)), '/')} ${hm(cet(bdAt(o)))}`, ['timestamp', OR('createdDate')]],
    ['Stato', (c, o) => bdSt(o), []],
    ['Arrivo', (c, o) => dmy(cet(bdIn(o)), '/'), [], opt],
    ['Partenza', (c, o) => dmy(cet(bdIn(o) + bdNights(o) * day), '/'), []],
    ['Notti', (c, o) => String(bdNights(o)), [PL('quantity')], opt],
    ['Camera', (c, o) => `Camera ${row(['101', '104', '201', '203', '301', '302'], (n(o) >> 2) % 6)}`, []],
    ['Tipologia camera', (c, o) => bdRoom(o)[0], [PL('name')]],
    ['Trattamento', (c, o) => bdBoard(o), [PL('selectedOptions[0].value')], opt],
    ['Adulti', (c, o) => String(bdAdults(o)), []],
    ['Bambini', (c, o) => (bdAdults(o) === 2 && n(o) % 5 === 0 ? '1' : '0'), []],
    ['Ospite', (c) => `${c.last} ${c.first}`, []],
    ['Email', (c, o) => (bdCh(o) === 'Booking.com' ? `${slug(c.first)}${slug(c.last).slice(0, 3)}.${v.alnum(seeded(c, 'bk'), 6).toLowerCase()}@guest.booking.com` : mail(c, ['libero.it', 'gmail.com', 'virgilio.it', 'hotmail.it', 'tiscali.it'])), EMAIL_ID],
    ['Telefono', (c) => itMob(c), PHONE_ID, opt],
    ['Nazione', (c) => bdNat(c)[0], [BILL('country')], opt],
    ['Lingua', (c) => bdNat(c)[1], [], opt],
    ['Totale soggiorno', (c, o) => `€ ${itEur(bdTot(o))}`, [OR('priceTotal')]],
    ['Tassa di soggiorno', (c, o) => `€ ${itEur(bdCity(o))}`, [], opt],
    ['Acconto', (c, o) => `€ ${itEur(bdDep(o))}`, [OR('payments[0].paymentAmount')], opt],
    ['Saldo', (c, o) => `€ ${itEur(bdTot(o) + bdCity(o) - bdDep(o))}`, []],
    ['Metodo di pagamento', (c, o) => (bdCh(o) === 'Expedia' ? 'Virtual card (VCC)' : bdCh(o) === 'Airbnb' ? 'Pagato su Airbnb' : row(['Carta di credito', 'Bonifico', 'In struttura', 'Carta di credito'], n(o) % 4)), [OR('payments[0].paymentType')]],
    ['Commissione', (c, o) => `€ ${itEur(bdCh(o) === 'Booking.com' ? bdTot(o) * 0.18 : bdCh(o) === 'Expedia' ? bdTot(o) * 0.2 : bdCh(o) === 'Airbnb' ? bdTot(o) * 0.15 : 0)}`, []],
    ['Codice promo', (c, o) => (bdCh(o) === 'Sito web (Booking Engine)' && n(o) % 2 ? 'ESTATE10' : ''), ['commerce.promotionID'], opt],
    ['Note', (c, o) => row(['', 'Arrivo previsto dopo le 22', '', 'Anniversario di matrimonio', 'Culla in camera', ''], n(o) % 6), []],
  ] },
  // ---------------------------------------------------------------- Italy: conversational-AI contacts
  { name: 'userbot-esporta-contatti-it', product: 'Userbot (Userbot.ai: Contatti > Esporta CSV, one row per contact met by the virtual assistant or the live-chat operators on WhatsApp and the website, Italian UI, an energy supplier (luce e gas) in Bergamo)', family: 'support', language: 'it', schema: P, cols: [
    ['ID contatto', (c) => v.uuid(seeded(c, 'ub')), ['_id', 'personID'], opt],
    ['Nome', (c) => c.first, ['person.name.firstName']],
    ['Cognome', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => (n(c) % 5 === 1 ? '' : mail(c, ['libero.it', 'gmail.com', 'alice.it', 'hotmail.it', 'virgilio.it'])), ['personalEmail.address']],
    ['Telefono', (c) => itMob(c).replace(/ /g, ''), ['mobilePhone.number']],
    ['Canale', (c) => ubCh(c), []],
    ['Lingua', () => 'it', [], opt],
    ['Codice fiscale', (c) => (ubCust(c) ? cf(c) : ''), ['person.taxId']],
    ['Codice cliente', (c) => (ubCust(c) ? `BGE${pad((n(c) * 37) % 10000000, 7)}` : ''), ['personID'], opt],
    ['Indirizzo fornitura', (c) => (ubCust(c) ? ubStreet(c) : ''), ['homeAddress.street1'], opt],
    ['Comune', (c) => ubTown(c)[0], ['homeAddress.city', 'mailingAddress.city']],
    ['CAP', (c) => ubTown(c)[1], ['homeAddress.postalCode', 'mailingAddress.postalCode']],
    ['Provincia', (c) => ubTown(c)[2], STATE(HOME), opt],
    ['POD/PDR', (c) => (ubCust(c) ? (n(c) % 2 ? `IT001E${pad((n(c) * 7919) % 100000000, 8)}` : pad((n(c) * 104729) % 100000000000000, 14)) : ''), []],
    ['Consenso privacy', () => 'Sì', []],
    ['Consenso marketing', (c) => (n(c) % 3 ? 'No' : 'Sì'), []],
    ['Tag', (c) => row(['bolletta', 'autolettura', 'nuovo contratto,luce', 'guasto', '', 'rateizzazione'], n(c) % 6), []],
    ['Intento ultimo messaggio', (c) => row(['Richiesta copia bolletta', 'Invio autolettura gas', 'Info offerta luce', 'Segnalazione guasto', 'Parla con operatore', 'Rateizzazione'], n(c) % 6), []],
    ['Operatore assegnato', (c) => (n(c) % 3 === 0 ? row(['Martina C.', 'Davide R.', 'Silvia P.'], n(c) % 3) : ''), []],
    ['Conversazioni', (c) => String(1 + (n(c) * 7) % 14), []],
    ['Data creazione', (c) => `${dmy(cet(c.created), '/')} ${hm(cet(c.created))}`, [], opt],
    ['Ultima interazione', (c) => `${dmy(cet(later(c)), '/')} ${hm(cet(later(c)))}`, [], opt],
  ] },
  // ---------------------------------------------------------------- Italy: ticketing platform tickets
  { name: 'mailticket-report-biglietti-it', product: 'Mailticket (area organizzatori: Report > Vendite > Esporta Excel, one row per ticket issued, Italian UI, a theatre in Rome selling its season online, at the box office and through sales points, Rome time, EUR)', family: 'events', language: 'it', schema: E, cols: [
    ['Codice ordine', (c, o) => `MT${pad((n(o) * 7919) % 10000000, 7)}`, [OR('purchaseID')]],
    ['Data acquisto', (c, o) => `${dmy(cet(mtAt(o)), '/')} ${hms(cet(mtAt(o)))}`, ['timestamp', OR('createdDate')]],
    ['Evento', (c, o) => mtEv(o)[0], [PL('name')]],
    ['Data evento', (c, o) => `${dmy(cet(mtEv(o)[2]), '/')} ${hm(cet(mtEv(o)[2]))}`, [], opt],
    ['Luogo', (c, o) => mtEv(o)[1], [], opt],
    ['Settore', (c, o, r, i) => mtSeat(o, i)[0], [PL('selectedOptions[0].value')], opt],
    ['Fila', (c, o) => 'ABCDEFGHIL'[n(o) % 10], []],
    ['Posto', (c, o) => String(1 + (n(o) * 7) % 24), []],
    ['Riduzione', (c, o, r, i) => mtSeat(o, i)[1], [PL('selectedOptions[0].value')], opt],
    ['Prezzo', (c, o, r, i) => itEur(mtSeat(o, i)[2]), [PL('priceTotal')]],
    ['Prevendita', (c, o, r, i) => itEur(mtFee(o, i)), []],
    ['Totale', (c, o, r, i) => itEur(mtSeat(o, i)[2] + mtFee(o, i)), [OR('priceTotal')]],
    ['Metodo di pagamento', (c, o, r, i) => (mtSeat(o, i)[2] === 0 ? 'Omaggio' : mtCh(o) === 'Online' ? row(['Carta di credito', 'PayPal', 'Satispay', 'Carta del Docente'], n(o) % 4) : row(['Contanti', 'Bancomat'], n(o) % 2)), [OR('payments[0].paymentType')]],
    ['Canale di vendita', (c, o) => mtCh(o), [], opt],
    ['Sigillo fiscale', (c, o, r) => v.hex(r, 16).toUpperCase(), []],
    ['Nome', (c) => c.first, []],
    ['Cognome', (c) => c.last, []],
    ['Email', (c, o) => (mtCh(o) === 'Online' ? mail(c, ['libero.it', 'gmail.com', 'hotmail.it', 'yahoo.it']) : ''), EMAIL_ID],
    ['Cellulare', (c, o) => (mtCh(o) === 'Online' ? itMob(c) : ''), PHONE_ID, opt],
    ['Codice sconto', (c, o) => (o.discount ? 'ABBONATI24' : ''), ['commerce.promotionID']],
    ['Stato', (c, o) => mtSt(o), []],
    ['Validato', (c, o) => (mtSt(o) === 'Valido' && n(o) % 3 ? 'Sì' : 'No'), []],
  ] },
  // ---------------------------------------------------------------- Argentina: payment app sales
  { name: 'viumi-macro-descarga-ventas-es-ar', product: 'Viumi Macro (Banco Macro: Ventas > Movimientos > Descargar Excel, one row per charge by payment link, QR or card reader, Spanish UI (Argentina), a bike shop in Córdoba, Argentina time, ARS)', family: 'payments', language: 'es', schema: E, cols: [
    ['Fecha', (c, o) => `${dmy(art(vmAt(o)), '/')} ${hms(art(vmAt(o)))}`, ['timestamp']],
    ['N° de operación', (c, o) => String(91000000 + (n(o) * 7919) % 9000000), [OR('payments[0].transactionID'), OR('purchaseID')]],
    ['Canal de cobro', (c, o) => vmCh(o), [], opt],
    ['Medio de pago', (c, o) => vmMed(o), [OR('payments[0].paymentType')]],
    ['Tarjeta', (c, o) => (vmMed(o) === 'Dinero en cuenta' ? '' : `**** ${pad((n(o) * 97) % 10000, 4)}`), []],
    ['Cuotas', (c, o) => String(vmCuotas(o)), []],
    ['Estado', (c, o) => vmSt(o), []],
    ['Descripción', (c, o) => vmSale(o)[0], [PL('name')], opt],
    ['Monto bruto', (c, o) => `$ ${arMoney(vmSale(o)[1])}`, [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Moneda', () => 'ARS', [OR('currencyCode'), OR('payments[0].currencyCode')], opt],
    ['Comisión', (c, o) => `$ ${arMoney(vmFee(o))}`, []],
    ['IVA s/comisión', (c, o) => `$ ${arMoney(r2(vmFee(o) * 0.21))}`, []],
    ['Retenciones IIBB', (c, o) => `$ ${arMoney(vmRet(o))}`, []],
    ['Monto neto', (c, o) => `$ ${arMoney(vmNet(o))}`, []],
    ['Fecha de acreditación', (c, o) => dmy(art(vmAt(o) + (vmMed(o).includes('Crédito') ? 10 : 1) * day), '/'), [], opt],
    ['Monto devuelto', (c, o) => `$ ${arMoney(vmSt(o) === 'Devuelta' ? vmSale(o)[1] : 0)}`, [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['Nombre del pagador', (c) => `${c.first} ${c.last}`, []],
    ['DNI del pagador', (c) => dni(c), [], opt],
    ['Email del pagador', (c, o) => (vmCh(o) === 'Lector (Viumi Pro)' ? '' : mail(c, vmMail)), EMAIL_ID],
    ['Referencia externa', (c, o) => (vmCh(o) === 'Botón de pago' ? `TN-${1000 + n(o) % 9000}` : ''), [OR('purchaseOrderNumber')], opt],
    ['Terminal', (c, o) => (vmCh(o) === 'Lector (Viumi Pro)' ? `VP${pad(n(o) % 3 + 1, 3)}` : ''), [], opt],
    ['Sucursal', (c, o) => (n(o) % 2 ? 'Bicicletería Nueva Córdoba' : 'Bicicletería Cerro'), ['commerce.commerceScope.storeCode'], opt],
  ] },
  // ---------------------------------------------------------------- Spain: company-registry officers
  { name: 'librebor-exportar-cargos-es', product: 'Librebor (librebor.me: búsqueda de cargos del BORME > Exportar a Excel, one row per officer appointment at a company, Spanish UI, a Madrid insurance broker prospecting SME directors)', family: 'b2b-leads', language: 'es', schema: B, cols: [
    ['Nombre', (c) => `${sn(c.last)} ${secondLast(c)} ${sn(c.first)}`, ['person.name.fullName']],
    ['Cargo', (c) => lbRole(c), ['extendedWorkDetails.jobTitle']],
    ['Fecha de nombramiento', (c) => dmy(cet(lbIn(c)), '/'), [], opt],
    ['Fecha de cese', (c) => (lbOut(c) ? dmy(cet(later(c)), '/') : ''), []],
    ['Vigente', (c) => (lbOut(c) ? 'No' : 'Sí'), []],
    ['Empresa', (c) => lbFirm(c)[0], CO],
    ['CIF', (c) => lbFirm(c)[1], ACCT, opt],
    ['Forma jurídica', (c) => lbFirm(c)[2], []],
    ['Estado', (c) => (n(c) % 11 === 7 ? 'Extinguida' : 'Activa'), []],
    ['Provincia', (c) => lbFirm(c)[3], STATE(['workAddress']), opt],
    ['Domicilio social', (c) => lbFirm(c)[4], [W('street1')], opt],
    ['Municipio', (c) => lbFirm(c)[5], [W('city')], opt],
    ['Código postal', (c) => lbFirm(c)[6], [W('postalCode')], opt],
    ['CNAE', (c) => lbFirm(c)[7], []],
    ['Objeto social', (c) => lbFirm(c)[8], []],
    ['Capital social (€)', (c) => lbFirm(c)[9], []],
    ['Fecha de constitución', (c) => lbFirm(c)[10], []],
    ['Último acto BORME', (c) => row(['Nombramientos', 'Ceses/Dimisiones', 'Ampliación de capital', 'Cambio de domicilio social', 'Reelecciones'], n(c) % 5), []],
    ['Fecha de publicación', (c) => dmy(cet(lbIn(c) + 12 * day), '/'), [], opt],
    ['URL', (c) => `https://librebor.me/borme/empresa/${lbSlug(lbFirm(c)[0])}/`, [], opt],
  ] },
  // ---------------------------------------------------------------- Spain: event app attendees
  { name: 'meetmaps-exportar-asistentes-es', product: 'Meetmaps (panel del evento: Asistentes > Exportar Excel, one row per registered attendee, Spanish UI, a two-day logistics and supply-chain congress in Barcelona with B2B meetings, Madrid time, EUR)', family: 'events', language: 'es', schema: B, cols: [
    ['ID', (c) => String(5400000 + (n(c) * 7) % 100000), B2BID, opt],
    ['Nombre', (c) => c.first, ['person.name.firstName']],
    ['Apellidos', (c) => `${c.last} ${row(['Moreno', 'Ruiz', 'Díaz', 'Alonso', 'Navarro', 'Torres'], (n(c) >> 3) % 6)}`, ['person.name.lastName']],
    ['Email', (c) => `${slug(c.first)}.${slug(c.last)}@${mmFirm(c)[1]}`, ['workEmail.address', 'personalEmail.address']],
    ['Teléfono', (c) => esMob(c), ['mobilePhone.number', 'workPhone.number']],
    ['Empresa', (c) => mmFirm(c)[0], CO],
    ['Cargo', (c) => mmRole(c), ['extendedWorkDetails.jobTitle']],
    ['Sector', (c) => mmFirm(c)[2], []],
    ['Ciudad', (c) => mmFirm(c)[3], [W('city')], opt],
    ['País', (c) => mmFirm(c)[4], [W('country')], opt],
    ['Tipo de entrada', (c) => mmTicket(c)[0], []],
    ['Precio', (c) => mmTicket(c)[1], []],
    ['Código promocional', (c) => (mmTicket(c)[0] === 'Entrada General' && n(c) % 2 ? 'SOCIOS-UNO' : ''), []],
    ['Estado', (c) => mmSt(c), []],
    ['Fecha de registro', (c) => `${dmy(cet(MM_DAY - (5 + n(c) % 80) * day), '/')} ${hm(cet(MM_DAY - (5 + n(c) % 80) * day + (n(c) % 600) * 60000))}`, ['extSourceSystemAudit.createdDate'], opt],
    ['Check-in', (c) => (mmIn(c) ? 'Sí' : 'No'), []],
    ['Fecha check-in', (c) => (mmIn(c) ? `${dmy(cet(MM_DAY + (n(c) % 2) * day), '/')} ${hm(cet(MM_DAY + (n(c) % 2) * day + (n(c) % 120) * 60000))}` : ''), [], opt],
    ['Reuniones solicitadas', (c) => String((n(c) * 3) % 9), []],
    ['Reuniones aceptadas', (c) => String(((n(c) * 3) % 9) >> 1), []],
    ['LinkedIn', (c) => (n(c) % 3 ? `https://www.linkedin.com/in/${slug(c.first)}-${slug(c.last)}-${v.alnum(seeded(c, 'li'), 6).toLowerCase()}` : ''), []],
    ['Acepta política de privacidad', () => 'Sí', []],
    ['Acepta comunicaciones comerciales', (c) => (n(c) % 3 === 2 ? 'No' : 'Sí'), [], opt],
    ['Idioma', (c) => (mmFirm(c)[4] === 'Portugal' ? 'en' : 'es'), []],
  ] },
  // ---------------------------------------------------------------- Brazil: restaurant POS sold items
  { name: 'sischef-relatorio-itens-vendidos-pt-br', product: 'Sischef (Relatórios > Vendas > Produtos vendidos por pedido > Exportar Excel, one row per item of an order, Brazilian Portuguese UI, a Curitiba burger house with tables, counter, own delivery and iFood, Brasília time, BRL)', family: 'pos', language: 'pt', schema: E, cols: [
    ['Loja', () => 'Smash House Batel', ['commerce.commerceScope.storeCode'], opt],
    ['Pedido', (c, o) => String(20000 + n(o) % 80000), [OR('purchaseID')]],
    ['Data/Hora', (c, o) => `${dmy(brt(scAt(o)), '/')} ${hm(brt(scAt(o)))}`, ['timestamp', OR('createdDate')]],
    ['Tipo', (c, o) => scType(o), [OR('orderType')], opt],
    ['Mesa/Comanda', (c, o) => (scType(o) === 'Mesa' ? String(1 + n(o) % 24) : ''), []],
    ['Cliente', (c, o) => (scDel(o) ? `${c.first} ${c.last}` : ''), []],
    ['Telefone', (c, o) => (scDel(o) ? brMob(c) : ''), PHONE_ID, opt],
    ['CPF na nota', (c, o) => (n(o) % 4 === 0 ? cpf(c) : ''), [], opt],
    ['Código', (c, o, r, i) => scItem(o, i)[0], [PL('SKU')]],
    ['Produto', (c, o, r, i) => scItem(o, i)[1], [PL('name')]],
    ['Grupo', (c, o, r, i) => scItem(o, i)[2], [PL('productCategories[0].categoryName')]],
    ['Complementos', (c, o, r, i) => scAdd(o, i), [PL('selectedOptions[0].value')], opt],
    ['Qtde', (c, o) => String(o.qty), [PL('quantity')]],
    ['Valor unit.', (c, o, r, i) => brMoney(scItem(o, i)[3]), [], opt],
    ['Valor total', (c, o, r, i) => brMoney(scSub(o, i)), [PL('priceTotal')]],
    ['Desconto', (c, o, r, i) => brMoney(scDisc(o, i)), [PL('discountAmount'), OR('discountAmount')], opt],
    ['Taxa de serviço', (c, o, r, i) => brMoney(scServ(o, i)), []],
    ['Taxa de entrega', (c, o) => brMoney(scFrete(o)), ['commerce.shipping.shippingAmount']],
    ['Total do pedido', (c, o, r, i) => brMoney(r2(scSub(o, i) - scDisc(o, i) + scServ(o, i) + scFrete(o))), [OR('priceTotal')]],
    ['Forma de pagamento', (c, o) => scPay(o), [OR('payments[0].paymentType')]],
    ['Endereço de entrega', (c, o) => (scType(o) === 'Delivery' ? `${row(['Rua Comendador Araújo', 'Av. República Argentina', 'Rua Padre Anchieta', 'Alameda Dom Pedro II', 'Rua Mateus Leme'], n(c) % 5)}, ${10 + (n(c) * 7) % 1900}` : ''), [SHIP('street1')]],
    ['Bairro', (c, o) => (scDel(o) ? row(BAIRROS, n(c) % 7) : ''), [], opt],
    ['Entregador/Garçom', (c, o) => (scType(o) === 'Delivery' ? row(['Moto - Diego', 'Moto - Alan'], n(o) % 2) : scType(o) === 'Mesa' ? row(['Jéssica', 'Renan', 'Paula'], n(o) % 3) : ''), []],
    ['Status', (c, o) => (n(o) % 13 === 5 ? 'Cancelado' : 'Finalizado'), []],
    ['Caixa', (c, o) => `Caixa ${pad(1 + n(o) % 2)}`, []],
    ['Observação', (c, o) => row(['', '', 'Sem gelo', '', 'Troco para R$ 100', 'Cliente retira no balcão'], n(o) % 6), []],
  ] },
  // ---------------------------------------------------------------- Portugal: short-stay rental guests
  { name: 'hostkit-exportar-hospedes-pt-pt', product: 'Hostkit (Hóspedes > Registo de hóspedes > Exportar Excel, one row per guest registered for the SIBA/AIMA bulletin, European Portuguese UI, a Porto short-stay (alojamento local) management company with five apartments)', family: 'booking', language: 'pt', schema: P, cols: [
    ['Reserva', (c) => `HK-${pad((n(c) * 7919) % 1000000, 6)}`, []],
    ['Origem', (c) => hkSrc(c), [], opt],
    ['Alojamento', (c) => row(HK_UNITS, n(c) % 5), []],
    ['Check-in', (c) => dmy(wet(hkIn(c)), '/'), []],
    ['Check-out', (c) => dmy(wet(hkIn(c) + hkNights(c) * day), '/'), []],
    ['Nome', (c) => hk(c).first, ['person.name.firstName']],
    ['Apelido', (c) => hk(c).last, ['person.name.lastName']],
    ['Data de nascimento', (c) => dmy(bd(c.birth), '/'), ['person.birthDate']],
    ['Nacionalidade', (c) => hk(c).country, ['person.nationality']],
    ['País de residência', (c) => hk(c).country, ['homeAddress.country', 'mailingAddress.country']],
    ['Cidade de residência', (c) => hk(c).city, ['homeAddress.city', 'mailingAddress.city']],
    ['Tipo de documento', (c) => (hk(c).k === 'pt' ? 'Cartão de Cidadão' : n(c) % 3 ? 'Passaporte' : 'Bilhete de Identidade'), []],
    ['Nº do documento', (c) => hk(c).doc, []],
    ['País emissor', (c) => hk(c).cc, [], opt],
    ['Email', (c) => (n(c) % 4 === 3 ? '' : hk(c).email), ['personalEmail.address']],
    ['Telefone', (c) => hk(c).phone, ['mobilePhone.number']],
    ['NIF', (c) => (hk(c).k === 'pt' && n(c) % 2 ? String(200000000 + (n(c) * 7919) % 99999999) : ''), ['person.taxId'], opt],
    ['Hóspede principal', (c) => (n(c) % 3 ? 'Sim' : 'Não'), []],
    ['Boletim SIBA enviado', (c) => (n(c) % 7 === 6 ? 'Pendente' : 'Enviado'), []],
    ['Data de registo', (c) => `${dmy(wet(hkIn(c) - day), '/')} ${hm(wet(hkIn(c) - day + (n(c) % 700) * 60000))}`, [], opt],
  ] },
]
