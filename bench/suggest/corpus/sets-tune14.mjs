// Round 14, tune14: tune sets added in round 14, written blind (by a helper that never opened the suggester or a
// score). Same format as sets.mjs (sources in ../README.md).
import { P, E, B, v, f, HOME, WORK, ID, B2BID, OR, SHIP, BILL, PL, GEO, at, opt } from './sets.mjs'
import { loc12, translit } from './values12.mjs'

const pad = (n, w = 2) => String(n).padStart(w, '0')
const parts = (ms) => { const d = new Date(ms); return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), H: d.getUTCHours(), M: d.getUTCMinutes(), S: d.getUTCSeconds() } }
const shift = (ms, h) => parts(ms + h * 3600000)
const row = (rows, i) => rows[i % rows.length]
const ascii = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z.]/g, '')
const slug = (s) => s.toLowerCase().replace(/[^a-z]/g, '')
const comma = (n) => n.toFixed(2).replace('.', ',')
const brl = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')
const ruMoney = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0')

// "03/15/2024 14:22:05" (Agile CRM's export), "05-03-2024 14:22:31" (Tokopedia, WIB), "2024-03-05 14:22" (Tradera,
// Swedish time), "05/03/2024 à 14:22" (ManoMano's French toolbox), "05/03/2024 14:22" (Pagar.me, Brasília time),
// "05.03.2024 14:22:31" (CloudPayments, Moscow time)
const agile = (ms) => { const p = parts(ms); return `${pad(p.m)}/${pad(p.d)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const wib = (ms) => { const p = shift(ms, 7); return `${pad(p.d)}-${pad(p.m)}-${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const cet = (ms) => { const p = shift(ms, 1); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}` }
const frAt = (ms) => { const p = shift(ms, 1); return `${pad(p.d)}/${pad(p.m)}/${p.y} à ${pad(p.H)}:${pad(p.M)}` }
const brt = (ms) => { const p = shift(ms, -3); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const mskSec = (ms) => { const p = shift(ms, 3); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
// "Mar 5, 2024" (Memberful's member list), "2024-03-05 14:22:31 UTC" (EmailOctopus)
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const monDY = (ms) => { const p = parts(ms); return `${MON[p.m - 1]} ${p.d}, ${p.y}` }
const utc = (ms) => `${f.ymdhms(ms)} UTC`

// local people and places the shared generators lack
const ID_NAMES = [['Budi', 'Santoso'], ['Siti', 'Rahmawati'], ['Agus', 'Setiawan'], ['Dewi', 'Lestari'], ['Rizky', 'Pratama'], ['Putri', 'Wulandari'], ['Andi', 'Saputra'], ['Nur', 'Hidayah']]
const ID_ADDR = [['Jl. Sudirman No. 45, RT 02/RW 05, Kel. Karet', 'Jakarta Selatan', 'DKI Jakarta', '12920'], ['Jl. Dago No. 112', 'Bandung', 'Jawa Barat', '40135'], ['Jl. Pemuda No. 8 Blok C', 'Surabaya', 'Jawa Timur', '60271'], ['Perum Griya Asri Blok B2 No. 17', 'Bekasi', 'Jawa Barat', '17145'], ['Jl. Malioboro No. 60', 'Yogyakarta', 'DI Yogyakarta', '55271'], ['Jl. Gatot Subroto No. 21', 'Medan', 'Sumatera Utara', '20112']]
const ID_PRODUCTS = [['KMJ-BTK-L', 'Kemeja Batik Pria Lengan Panjang - L', 89000], ['HIJ-VOAL-01', 'Hijab Segi Empat Voal Premium', 45000], ['TMB-500-HT', 'Tumbler Stainless 500ml Hitam', 67500], ['SPT-LRI-42', 'Sepatu Lari Pria Ringan 42', 215000], ['KPI-ARB-250', 'Kopi Arabika Gayo 250gr', 78000]]
const SE_NAMES = [['Anna', 'Andersson'], ['Erik', 'Johansson'], ['Maria', 'Karlsson'], ['Lars', 'Nilsson'], ['Karin', 'Eriksson'], ['Johan', 'Larsson'], ['Eva', 'Olsson'], ['Mikael', 'Persson']]
const SE_ADDR = [['Storgatan 12', '114 51', 'Stockholm'], ['Kungsgatan 5 lgh 1102', '411 19', 'Göteborg'], ['Södra Förstadsgatan 40', '211 43', 'Malmö'], ['Drottninggatan 8', '753 10', 'Uppsala'], ['Järnvägsgatan 3', '582 22', 'Linköping'], ['Östra Hamngatan 17', '903 26', 'Umeå']]
const SE_ITEMS = [['Vintage Rörstrand kaffekopp', 120], ['LEGO Technic 42083 komplett', 1450], ['Gustavsberg vas blå', 380], ['Fjällräven Kånken ryggsäck', 450], ['Svenska frimärken 1950-tal', 95]]
const FR_PRODUCTS = [['MM-PERC-18V', '3276000123456', 'Perceuse visseuse sans fil 18V + 2 batteries', 89.9], ['MM-TUY-25M', '3276000654321', "Tuyau d'arrosage 25 m anti-torsion", 34.5], ['MM-PEINT-2L5', '3276000777888', 'Peinture murale blanc mat 2,5 L', 27.9], ['MM-ABRI-6M2', '3276000999111', 'Abri de jardin métal 6 m²', 399.0], ['MM-MITIG-CH', '3276000222333', 'Mitigeur de cuisine chromé', 59.99]]
const SW_PLACES = [['US', 'California', 'San Francisco'], ['DE', 'Bavaria', 'Munich'], ['GB', 'England', 'London'], ['UA', 'Kyiv City', 'Kyiv'], ['FR', 'Île-de-France', 'Paris'], ['US', 'New York', 'New York']]
const RU_ITEMS = ['Оплата заказа', 'Подписка на месяц', 'Оплата по счёту', 'Пополнение баланса']
const RU_BANKS = ['Сбербанк', 'Т-Банк', 'Альфа-Банк', 'ВТБ']

export const SETS = [
  // ---------------------------------------------------------------- CRM (Agile CRM, Contacts > Export as CSV)
  { name: 'agilecrm-contacts', product: 'Agile CRM (Contacts > bulk action Export as CSV)', family: 'crm', language: 'en', schema: B, cols: [
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Title', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Company', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Email(Work)', (c) => c.workEmail, ['workEmail.address']],
    ['Email(Personal)', (c, o, r) => (r() < 0.4 ? c.email : ''), ['personalEmail.address']],
    ['Phone(Work)', (c) => c.phone, ['workPhone.number']],
    ['Phone(Mobile)', (c, o, r) => (r() < 0.6 ? c.mobile : ''), ['mobilePhone.number']],
    ['Phone(Home)', (c, o, r) => (r() < 0.2 ? c.phone : ''), ['homePhone.number']],
    ['Website(URL)', (c) => `https://www.${slug(c.company)}.com`, ['b2b.companyWebsite'], opt],
    ['Website(LINKEDIN)', (c) => `https://www.linkedin.com/in/${slug(c.first)}-${slug(c.last)}`, []],
    ['Website(TWITTER)', (c, o, r) => (r() < 0.3 ? `https://twitter.com/${slug(c.first)}${slug(c.last)}` : ''), []],
    ['Address', (c) => c.street, at([...WORK, ...HOME], 'street1')],
    ['City', (c) => c.city, at([...WORK, ...HOME], 'city')],
    ['State', (c) => c.region, [...at([...WORK, ...HOME], 'stateProvince'), ...at([...WORK, ...HOME], 'state')]],
    ['Country', (c) => c.countryCode, at([...WORK, ...HOME], 'countryCode')],
    ['Zip Code', (c) => c.postcode, at([...WORK, ...HOME], 'postalCode')],
    ['Tags', (c, o, r) => v.pick(r, ['', 'lead', 'customer, webinar', 'newsletter']), []],
    ['Lead Score', (c, o, r) => String(v.int(r, 0, 120)), ['b2b.personScore'], opt],
    ['Star Value', (c, o, r) => String(v.int(r, 0, 5)), []],
    ['Owner', (c, o, r) => v.pick(r, ['Rachel Green', 'Tom Baker', 'Ana Ortiz']), []],
    ['Source', (c, o, r) => v.pick(r, ['Web form', 'Import', 'Gmail', 'API']), ['b2b.personSource'], opt],
    ['Created Date', (c) => agile(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Updated Date', (c) => agile(c.updated), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },

  // ---------------------------------------------------------------- CRM (Highrise, Account > Export > contacts CSV)
  { name: 'highrise-people', product: 'Highrise (Export your data > contacts CSV, people)', family: 'crm', language: 'en', schema: B, cols: [
    ['Highrise ID', (c, o, r) => String(v.int(r, 200000000, 299999999)), B2BID],
    ['Company or Person', () => 'Person', []],
    ['Name', (c) => c.full, ['person.name.fullName']],
    ['First name', (c) => c.first, ['person.name.firstName']],
    ['Last name', (c) => c.last, ['person.name.lastName']],
    ['Title', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Company', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Background', (c, o, r) => v.pick(r, ['', 'Met at the Chicago expo', 'Referred by Dana']), []],
    ['Dates', (c, o, r) => (r() < 0.4 ? `Birthday: ${f.ymd(c.birth)}` : ''), ['person.birthDate'], opt],
    ['LinkedIn URL', (c) => `https://www.linkedin.com/in/${slug(c.first)}${slug(c.last)}`, []],
    ['Address - Work Street', (c) => c.street, ['workAddress.street1']],
    ['Address - Work City', (c) => c.city, ['workAddress.city']],
    ['Address - Work State', (c) => c.region, ['workAddress.stateProvince', 'workAddress.state']],
    ['Address - Work Zip', (c) => c.postcode, ['workAddress.postalCode']],
    ['Address - Work Country', (c) => c.countryEn, ['workAddress.country']],
    ['Address - Home City', (c, o, r) => (r() < 0.3 ? c.city : ''), at(HOME, 'city')],
    ['Phone number - Work', (c) => c.phone, ['workPhone.number']],
    ['Phone number - Mobile', (c, o, r) => (r() < 0.6 ? c.mobile : ''), ['mobilePhone.number']],
    ['Phone number - Fax', (c, o, r) => (r() < 0.1 ? c.phone : ''), ['faxPhone.number']],
    ['Email address - Work', (c) => c.workEmail, ['workEmail.address']],
    ['Email address - Home', (c, o, r) => (r() < 0.3 ? c.email : ''), ['personalEmail.address']],
    ['Web address - Work', (c) => `http://${slug(c.company)}.com`, ['b2b.companyWebsite'], opt],
    ['Twitter account - Personal', (c, o, r) => (r() < 0.3 ? `${slug(c.first)}${v.int(r, 1, 99)}` : ''), []],
    ['Instant messenger - Work - Skype', (c, o, r) => (r() < 0.2 ? `live:${slug(c.first)}.${slug(c.last)}` : ''), []],
    ['Tags', (c, o, r) => v.pick(r, ['', 'prospect', 'client, vip']), []],
    ['Created at', (c) => f.ymdhms(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Updated at', (c) => f.ymdhms(c.updated), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Author', (c, o, r) => v.pick(r, ['Jason F.', 'Sam B.']), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Tokopedia Seller, Download Laporan Penjualan, Indonesian)
  { name: 'tokopedia-penjualan-id', product: 'Tokopedia Seller (Pesanan > Download Laporan Penjualan, Indonesian)', family: 'ecommerce-orders', language: 'id', schema: E, cols: [
    ['No', (c, o, r, i) => String(i + 1), []],
    ['Nomor Invoice', (c, o) => { const p = shift(o.at, 7); return `INV/${p.y}${pad(p.m)}${pad(p.d)}/MPL/${3000000000 + +o.id * 17}` }, [OR('purchaseID')]],
    ['Tanggal Pembayaran', (c, o) => wib(o.at), ['timestamp', OR('createdDate')]],
    ['Status Terakhir', (c, o, r) => v.pick(r, ['Pesanan Selesai', 'Pesanan Selesai', 'Dalam Pengiriman', 'Dibatalkan Pembeli']), [], opt],
    ['Tanggal Pesanan Selesai', (c, o, r) => (r() < 0.7 ? wib(o.at + 4 * 86400000) : ''), [], opt],
    ['Tanggal Pengiriman Barang', (c, o, r) => (r() < 0.85 ? wib(o.at + 86400000) : ''), ['commerce.shipping.shipDate'], opt],
    ['Product ID', (c, o, r) => String(v.int(r, 1000000000, 9999999999)), [PL('SKU')], opt],
    ['Nama Produk', (c, o, r, i) => row(ID_PRODUCTS, i)[1], [PL('name')]],
    ['Nomor SKU', (c, o, r, i) => row(ID_PRODUCTS, i)[0], [PL('SKU')]],
    ['Catatan Produk Pembeli', (c, o, r) => v.pick(r, ['', '', 'warna hitam ya kak', 'mohon dibungkus rapi']), []],
    ['Jumlah Produk Dibeli', (c, o) => String(o.qty), [PL('quantity')]],
    ['Harga Awal (IDR)', (c, o, r, i) => String(row(ID_PRODUCTS, i)[2]), [], opt],
    ['Harga Jual (IDR)', (c, o, r, i) => String(row(ID_PRODUCTS, i)[2] - (o.discount ? 5000 : 0)), [], opt],
    ['Total Penjualan (IDR)', (c, o, r, i) => String((row(ID_PRODUCTS, i)[2] - (o.discount ? 5000 : 0)) * o.qty), [PL('priceTotal')], opt],
    ['Nilai Kupon Toko Terpakai (IDR)', (c, o, r) => (r() < 0.2 ? '10000' : '0'), [OR('discountAmount')], opt],
    ['Kode Voucher Toko', (c, o, r) => (r() < 0.2 ? 'TOKOHEMAT10' : ''), ['commerce.promotionID'], opt],
    ['Nama Pembeli', (c, o, r, i) => row(ID_NAMES, i).join(' '), []],
    ['No Telp Pembeli', (c, o, r) => `628${v.int(r, 11, 99)}${v.int(r, 1000000, 9999999)}`, [], opt],
    ['Nama Penerima', (c, o, r, i) => row(ID_NAMES, i + (r() < 0.3 ? 1 : 0)).join(' '), []],
    ['No Telp Penerima', (c, o, r) => `08${v.int(r, 11, 99)}${v.int(r, 1000000, 9999999)}`, [], opt],
    ['Alamat Pengiriman', (c, o, r, i) => row(ID_ADDR, i)[0], [SHIP('street1')]],
    ['Provinsi', (c, o, r, i) => row(ID_ADDR, i)[2], [SHIP('stateProvince'), SHIP('state')]],
    ['Kota', (c, o, r, i) => row(ID_ADDR, i)[1], [SHIP('city')]],
    ['Kode Pos', (c, o, r, i) => row(ID_ADDR, i)[3], [SHIP('postalCode')]],
    ['Nama Kurir', (c, o, r) => v.pick(r, ['JNE', 'SiCepat', 'J&T', 'AnterAja', 'GoSend']), ['commerce.shipping.shippingMethod'], opt],
    ['Tipe Pengiriman', (c, o, r) => v.pick(r, ['Reguler', 'Reguler', 'Same Day', 'Instant', 'Kargo']), ['commerce.shipping.shippingMethod'], opt],
    ['No Resi / Kode Booking', (c, o, r) => v.pick(r, [`JP${v.int(r, 1000000000, 9999999999)}`, `00${v.int(r, 1000000000, 9999999999)}`, `TKP-${v.alnum(r, 8).toUpperCase()}`]), ['commerce.shipping.trackingNumber'], opt],
    ['Total Ongkos Kirim (IDR)', (c, o, r) => (o.shipping ? String(v.pick(r, [9000, 12000, 18000, 24000])) : '0'), ['commerce.shipping.shippingAmount']],
    ['Asuransi Pengiriman (IDR)', (c, o, r) => (r() < 0.4 ? String(v.int(r, 5, 30) * 100) : '0'), []],
    ['Bebas Ongkir', (c, o, r) => v.pick(r, ['Ya', 'Tidak']), [], opt],
    ['Gudang Pengiriman', () => 'Gudang Utama', []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (ManoMano Toolbox, Commandes > Exporter, French)
  { name: 'manomano-commandes-fr', product: 'ManoMano (Toolbox vendeur, Commandes > Exporter en CSV, French)', family: 'ecommerce-orders', language: 'fr', schema: E, cols: [
    ['Référence commande', (c, o) => `M${200000000 + +o.id * 13}`, [OR('purchaseID')]],
    ['Date de commande', (c, o) => frAt(o.at), ['timestamp', OR('createdDate')]],
    ['Statut', (c, o, r) => v.pick(r, ['Expédiée', 'Expédiée', 'En préparation', 'Remboursée', 'En attente']), [], opt],
    ['Référence vendeur', (c, o, r, i) => row(FR_PRODUCTS, i)[0], [PL('SKU')]],
    ['EAN', (c, o, r, i) => row(FR_PRODUCTS, i)[1], [PL('SKU')], opt],
    ['Libellé produit', (c, o, r, i) => row(FR_PRODUCTS, i)[2], [PL('name')]],
    ['Quantité', (c, o) => String(o.qty), [PL('quantity')]],
    ['Prix unitaire TTC', (c, o, r, i) => comma(row(FR_PRODUCTS, i)[3]), [], opt],
    ['Total produits TTC', (c, o, r, i) => comma(row(FR_PRODUCTS, i)[3] * o.qty), [PL('priceTotal')], opt],
    ['Frais de port TTC', (c, o) => comma(o.shipping ? 6.9 : 0), ['commerce.shipping.shippingAmount']],
    ['Total commande TTC', (c, o, r, i) => comma(row(FR_PRODUCTS, i)[3] * o.qty + (o.shipping ? 6.9 : 0)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['dont TVA', (c, o, r, i) => comma((row(FR_PRODUCTS, i)[3] * o.qty + (o.shipping ? 6.9 : 0)) / 6), [OR('taxAmount')]],
    ['Commission ManoMano HT', (c, o, r, i) => comma(row(FR_PRODUCTS, i)[3] * o.qty * 0.15), []],
    ['Devise', () => 'EUR', [OR('currencyCode')]],
    ['Civilité', (c) => (c.female ? 'Mme' : 'M.'), []],
    ['Prénom', (c) => c.first, []],
    ['Nom', (c) => c.last, []],
    ['E-mail', (c, o, r) => `${v.hex(r, 12)}@client.manomano.fr`, ['endUserIDs._experience.emailid.id'], opt],
    ['Téléphone', (c) => c.mobile, [], opt],
    ['Adresse de livraison', (c) => c.street, [SHIP('street1')]],
    ['Complément d\'adresse', (c, o, r) => (r() < 0.3 ? v.pick(r, ['Bât. B', '3e étage', 'Résidence Les Tilleuls']) : ''), [SHIP('street2')]],
    ['Code postal', (c) => c.postcode, [SHIP('postalCode')]],
    ['Ville', (c) => c.city, [SHIP('city')]],
    ['Pays', () => 'France', [SHIP('country')]],
    ['Ville de facturation', (c) => c.city, [BILL('city')]],
    ['Code postal de facturation', (c) => c.postcode, [BILL('postalCode')]],
    ['Transporteur', (c, o, r) => v.pick(r, ['Colissimo', 'DPD', 'GLS', 'Geodis']), ['commerce.shipping.shippingMethod'], opt],
    ['Numéro de suivi', (c, o, r) => `6A${v.int(r, 10000000000, 99999999999)}`, ['commerce.shipping.trackingNumber'], opt],
    ['Date d\'expédition', (c, o, r) => (r() < 0.8 ? frAt(o.at + 2 * 86400000) : ''), ['commerce.shipping.shipDate'], opt],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Tradera, Mina sidor > Sålt > Exportera, Swedish)
  { name: 'tradera-salda-sv', product: 'Tradera (Mina sidor > Sålt > Exportera till Excel, Swedish)', family: 'ecommerce-orders', language: 'sv', schema: E, cols: [
    ['Ordernummer', (c, o) => String(40000000 + +o.id * 7), [OR('purchaseID')]],
    ['Objektnummer', (c, o, r) => String(v.int(r, 600000000, 699999999)), [PL('SKU')], opt],
    ['Rubrik', (c, o, r, i) => row(SE_ITEMS, i)[0], [PL('name')]],
    ['Antal', () => '1', [PL('quantity')]],
    ['Försäljningsdatum', (c, o) => cet(o.at), ['timestamp', OR('createdDate')]],
    ['Slutpris', (c, o, r, i) => comma(row(SE_ITEMS, i)[1]), [PL('priceTotal')], opt],
    ['Frakt', (c, o) => comma(o.shipping ? 66 : 0), ['commerce.shipping.shippingAmount']],
    ['Totalt', (c, o, r, i) => comma(row(SE_ITEMS, i)[1] + (o.shipping ? 66 : 0)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Valuta', () => 'SEK', [OR('currencyCode')]],
    ['Fraktsätt', (c, o, r) => v.pick(r, ['PostNord Varubrev', 'DHL Servicepoint', 'Schenker Ombud', 'Hämtas']), ['commerce.shipping.shippingMethod'], opt],
    ['Betalsätt', (c, o, r) => v.pick(r, ['Tradera Pay - Kort', 'Swish', 'Klarna', 'Banköverföring']), [OR('payments[0].paymentType')], opt],
    ['Betalningsstatus', (c, o, r) => v.pick(r, ['Betald', 'Betald', 'Ej betald']), [], opt],
    ['Betald datum', (c, o, r) => (r() < 0.8 ? cet(o.at + 3600000) : ''), [], opt],
    ['Köparens alias', (c, o, r, i) => `${slug(row(SE_NAMES, i)[0])}${v.int(r, 10, 999)}`, []],
    ['Köparens namn', (c, o, r, i) => row(SE_NAMES, i).join(' '), []],
    ['E-post', (c, o, r, i) => `${ascii(row(SE_NAMES, i).join('.'))}${v.int(r, 1, 99)}@${v.pick(r, ['gmail.com', 'hotmail.se', 'telia.com'])}`, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefon', (c, o, r) => `07${v.int(r, 0, 9)}-${v.int(r, 100, 999)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`, [], opt],
    ['Adress', (c, o, r, i) => row(SE_ADDR, i)[0], [SHIP('street1')]],
    ['Postnummer', (c, o, r, i) => row(SE_ADDR, i)[1], [SHIP('postalCode')]],
    ['Ort', (c, o, r, i) => row(SE_ADDR, i)[2], [SHIP('city')]],
    ['Land', () => 'Sverige', [SHIP('country')]],
    ['Skickad', (c, o, r) => v.pick(r, ['Ja', 'Ja', 'Nej']), [], opt],
    ['Kollinummer', (c, o, r) => (r() < 0.7 ? `${v.int(r, 10000000, 99999999)}SE` : ''), ['commerce.shipping.trackingNumber'], opt],
    ['Omdöme lämnat', (c, o, r) => v.pick(r, ['Ja', 'Nej']), []],
  ] },

  // ---------------------------------------------------------------- payments (Pagar.me, Dashboard > Transações > Exportar, Portuguese)
  { name: 'pagarme-transacoes-pt', product: 'Pagar.me (Dashboard > Transações > Exportar CSV, Portuguese)', family: 'payments', language: 'pt', schema: E, cols: [
    ['ID', (c, o, r) => String(v.int(r, 10000000, 99999999)), [OR('payments[0].transactionID'), '_id']],
    ['Status', (c, o, r) => v.pick(r, ['Paga', 'Paga', 'Paga', 'Recusada', 'Estornada', 'Aguardando pagamento']), [], opt],
    ['Data', (c, o) => brt(o.at), ['timestamp', OR('createdDate')]],
    ['Forma de pagamento', (c, o, r) => v.pick(r, ['Cartão de crédito', 'Cartão de crédito', 'Boleto', 'Pix']), [OR('payments[0].paymentType')], opt],
    ['Bandeira', (c, o, r) => v.pick(r, ['visa', 'mastercard', 'elo', 'hipercard', '']), []],
    ['Final do cartão', (c, o, r) => String(v.int(r, 1000, 9999)), []],
    ['Parcelas', (c, o, r) => String(v.pick(r, [1, 1, 2, 3, 6, 10])), []],
    ['Valor', (c, o) => brl(o.total * 5), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Valor estornado', (c, o, r) => (r() < 0.1 ? brl(o.total * 5) : '0,00'), [OR('refundTotal'), OR('refunds[0].refundAmount')]],
    ['Custo', (c, o) => brl(o.total * 5 * 0.0399 + 0.5), []],
    ['Valor líquido', (c, o) => brl(o.total * 5 * 0.9601 - 0.5), []],
    ['Nome', (c) => c.full, []],
    ['E-mail', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['CPF/CNPJ', (c, o, r) => `${v.int(r, 100, 999)}.${v.int(r, 100, 999)}.${v.int(r, 100, 999)}-${pad(v.int(r, 0, 99))}`, [], opt],
    ['Telefone', (c) => c.mobile, [], opt],
    ['Rua', (c) => c.street.split(',')[0], [BILL('street1')]],
    ['Número', (c) => c.street.split(', ')[1], [], opt],
    ['Complemento', (c, o, r) => (r() < 0.3 ? `Apto ${v.int(r, 11, 154)}` : ''), [BILL('street2')]],
    ['Bairro', (c, o, r) => v.pick(r, ['Centro', 'Jardins', 'Copacabana', 'Savassi', 'Moinhos de Vento']), [], opt],
    ['Cidade', (c) => c.city, [BILL('city')]],
    ['Estado', (c) => c.region, [BILL('stateProvince'), BILL('state')]],
    ['CEP', (c) => c.postcode, [BILL('postalCode')]],
    ['ID do pedido', (c, o) => `PED-${o.id}`, [OR('purchaseID')], opt],
    ['Score antifraude', (c, o, r) => String(v.int(r, 0, 100)), []],
    ['Código de autorização', (c, o, r) => String(v.int(r, 100000, 999999)), [], opt],
    ['NSU', (c, o, r) => String(v.int(r, 100000000, 999999999)), [], opt],
  ] },

  // ---------------------------------------------------------------- payments (CloudPayments, Транзакции > Экспорт транзакций, Russian)
  { name: 'cloudpayments-tranzakcii-ru', product: 'CloudPayments (личный кабинет, Транзакции > Экспорт транзакций, Russian)', family: 'payments', language: 'ru', schema: E, cols: [
    ['Номер транзакции', (c, o, r) => String(v.int(r, 1000000000, 2999999999)), [OR('payments[0].transactionID'), '_id']],
    ['Дата создания', (c, o) => mskSec(o.at), ['timestamp', OR('createdDate')]],
    ['Дата подтверждения', (c, o, r) => (r() < 0.85 ? mskSec(o.at + 60000) : ''), [], opt],
    ['Статус', (c, o, r) => v.pick(r, ['Завершена', 'Завершена', 'Завершена', 'Отклонена', 'Возвращена']), [], opt],
    ['Сумма', (c, o) => ruMoney(o.total * 95), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Валюта', () => 'RUB', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Номер заказа', (c, o) => String(70000 + +o.id), [OR('purchaseID')]],
    ['Идентификатор плательщика', (c, o, r) => `user_${v.int(r, 10000, 99999)}`, [], opt],
    ['Email плательщика', (c) => loc12(c, 'ru').email, ['endUserIDs._experience.emailid.id'], opt],
    ['Назначение платежа', (c, o, r) => v.pick(r, RU_ITEMS), []],
    ['Способ оплаты', (c, o, r) => v.pick(r, ['Карта', 'Карта', 'СБП', 'Apple Pay', 'Google Pay']), [OR('payments[0].paymentType')], opt],
    ['Карта', (c, o, r) => `${v.pick(r, ['220220', '427601', '553691'])}******${v.int(r, 1000, 9999)}`, []],
    ['Тип карты', (c, o, r) => v.pick(r, ['Mir', 'Visa', 'MasterCard']), []],
    ['Имя держателя', (c) => `${translit(loc12(c, 'ru').first)} ${translit(loc12(c, 'ru').last)}`.toUpperCase(), []],
    ['Банк-эмитент', (c, o, r) => v.pick(r, RU_BANKS), []],
    ['Страна эмитента', () => 'RU', []],
    ['IP-адрес', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Страна (IP)', (c, o, r) => v.pick(r, ['RU', 'RU', 'RU', 'KZ']), [GEO('countryCode')], opt],
    ['Город (IP)', (c) => loc12(c, 'ru').city, [GEO('city')], opt],
    ['Код авторизации', (c, o, r) => `A${v.int(r, 10000, 99999)}`, [], opt],
    ['Комиссия', (c, o) => ruMoney(o.total * 95 * 0.029), []],
    ['Сумма к зачислению', (c, o) => ruMoney(o.total * 95 * 0.971), []],
    ['Причина отказа', (c, o, r) => v.pick(r, ['', '', '', 'Недостаточно средств', 'Отказ эмитента']), []],
    ['Тестовый режим', () => 'Нет', []],
  ] },

  // ---------------------------------------------------------------- email tool (Moosend, Audience > list > Export members)
  { name: 'moosend-members', product: 'Moosend (Audience > Email lists > Export members to CSV)', family: 'email', language: 'en', schema: P, cols: [
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Name', (c) => c.full, ['person.name.fullName']],
    ['Mobile', (c, o, r) => (r() < 0.4 ? c.mobile : ''), ['mobilePhone.number']],
    ['Status', (c, o, r) => v.pick(r, ['Subscribed', 'Subscribed', 'Subscribed', 'Unsubscribed', 'Bounced', 'Removed']), ['personalEmail.status'], opt],
    ['Subscribe Method', (c, o, r) => v.pick(r, ['Subscription form', 'Imported', 'API', 'Manually added']), [], opt],
    ['Created On', (c) => f.usTime(c.created), [], opt],
    ['Updated On', (c) => f.usTime(c.updated), [], opt],
    ['Unsubscribed On', (c, o, r) => (r() < 0.15 ? f.usTime(c.updated) : ''), [], opt],
    ['Unsubscribed From', (c, o, r) => (r() < 0.15 ? v.pick(r, ['Spring Sale 2024', 'Weekly digest #42']) : ''), []],
    ['Tags', (c, o, r) => v.pick(r, ['', 'customer', 'vip, webinar']), []],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Country', (c) => c.countryEn, at(HOME, 'country')],
    ['City', (c) => c.city, at(HOME, 'city')],
    ['Date of Birth', (c) => f.us(c.birth), ['person.birthDate']],
    ['Gender', (c) => (c.female ? 'Female' : 'Male'), ['person.gender'], opt],
    ['Lifetime Value', (c, o, r) => v.money(r, 0, 900), []],
    ['Last Purchase Date', (c, o, r) => (r() < 0.5 ? f.us(c.updated) : ''), []],
  ] },

  // ---------------------------------------------------------------- email tool (EmailOctopus, List > Contacts > Export)
  { name: 'emailoctopus-contacts', product: 'EmailOctopus (List > Contacts > Export as CSV)', family: 'email', language: 'en', schema: P, cols: [
    ['Contact ID', (c, o, r) => v.uuid(r), ID],
    ['Email address', (c) => c.email, ['personalEmail.address']],
    ['First name', (c) => c.first, ['person.name.firstName']],
    ['Last name', (c) => c.last, ['person.name.lastName']],
    ['Birthday', (c) => f.ymd(c.birth), ['person.birthDate']],
    ['Country', (c) => c.countryEn, at(HOME, 'country')],
    ['Referral source', (c, o, r) => v.pick(r, ['', 'Twitter', 'Podcast', 'Friend']), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['Subscribed', 'Subscribed', 'Unsubscribed', 'Pending', 'Bounced']), ['personalEmail.status'], opt],
    ['Tags', (c, o, r) => v.pick(r, ['', 'lead-magnet', 'customer;beta']), []],
    ['Created at', (c) => utc(c.created), [], opt],
    ['Last updated at', (c) => utc(c.updated), [], opt],
    ['Opened', (c, o, r) => String(v.int(r, 0, 40)), []],
    ['Clicked', (c, o, r) => String(v.int(r, 0, 12)), []],
    ['Consent', (c, o, r) => v.pick(r, ['Single opt-in', 'Double opt-in', 'Imported']), [], opt],
  ] },

  // ---------------------------------------------------------------- support desk (Deskpro, people as the API v2 writes them, flattened to CSV)
  { name: 'deskpro-people', product: 'Deskpro (users: the API v2 people records flattened to CSV)', family: 'support', language: 'en', schema: P, cols: [
    ['id', (c, o, r) => String(v.int(r, 1, 99999)), ID],
    ['primary_email', (c, o, r) => (r() < 0.5 ? c.email : c.workEmail), ['personalEmail.address', 'workEmail.address']],
    ['first_name', (c) => c.first, ['person.name.firstName']],
    ['last_name', (c) => c.last, ['person.name.lastName']],
    ['title_prefix', (c, o, r) => v.pick(r, ['', '', 'Mr', 'Ms', 'Dr']), ['person.name.courtesyTitle'], opt],
    ['name', (c) => c.full, ['person.name.fullName']],
    ['display_name', (c) => c.full, ['person.name.fullName'], opt],
    ['is_agent', () => 'false', []],
    ['is_user', () => 'true', []],
    ['is_contact', (c, o, r) => v.pick(r, ['false', 'false', 'true']), []],
    ['is_confirmed', (c, o, r) => v.pick(r, ['true', 'true', 'false']), [], opt],
    ['is_disabled', (c, o, r) => v.pick(r, ['false', 'false', 'false', 'true']), []],
    ['creation_system', (c, o, r) => v.pick(r, ['web.person', 'gateway.person', 'web.api']), []],
    ['summary', (c, o, r) => v.pick(r, ['', 'Prefers phone callbacks', 'Key account contact']), []],
    ['language', (c, o, r) => String(v.pick(r, [1, 1, 2, 4])), [], opt],
    ['organization', (c, o, r) => (r() < 0.7 ? String(v.int(r, 1, 400)) : ''), [], opt],
    ['organization_position', (c) => c.job, []],
    ['organization_manager', (c, o, r) => v.pick(r, ['false', 'false', 'true']), []],
    ['timezone', (c, o, r) => v.pick(r, ['UTC', 'Europe/London', 'America/New_York', 'Europe/Berlin']), []],
    ['date_created', (c) => `${f.ymd(c.created)}T${f.time(c.created)}+0000`, [], opt],
    ['date_last_login', (c, o, r) => (r() < 0.6 ? `${f.ymd(c.updated)}T${f.time(c.updated)}+0000` : ''), [], opt],
    ['user_groups', (c, o, r) => v.pick(r, ['[]', '[2]', '[2, 5]']), []],
    ['labels', (c, o, r) => v.pick(r, ['', 'vip', 'beta-tester, reseller']), []],
    ['emails', (c) => c.email, ['personalEmail.address', 'workEmail.address'], opt],
    ['phone_numbers', (c, o, r) => (r() < 0.5 ? c.phone.replace(/[^+0-9]/g, '') : ''), ['mobilePhone.number', 'homePhone.number'], opt],
    ['tickets_count', (c, o, r) => String(v.int(r, 0, 35)), []],
    ['chats_count', (c, o, r) => String(v.int(r, 0, 6)), []],
  ] },

  // ---------------------------------------------------------------- analytics (Swetrix, the `analytics` traffic table of a self-hosted instance, exported to CSV)
  { name: 'swetrix-analytics', product: 'Swetrix (self-hosted, ClickHouse `analytics` traffic table exported to CSV)', family: 'analytics', language: 'en', schema: E, cols: [
    ['psid', (c, o, r) => String(v.int(r, 1e9, 9e9) * 1000 + v.int(r, 0, 999)), [], opt],
    ['pid', () => 'STEzHcB1rALV', [], opt],
    ['hostname', () => 'shop.example.com', ['web.webPageDetails.server'], opt],
    ['pg', (c, o, r) => v.pick(r, ['/', '/pricing', '/blog/how-we-ship', '/products/classic-tee', '/checkout']), ['web.webPageDetails.URL', 'web.webPageDetails.name'], opt],
    ['dv', (c, o, r) => v.pick(r, ['desktop', 'desktop', 'mobile', 'tablet']), ['device.type'], opt],
    ['br', (c, o, r) => v.pick(r, ['Chrome', 'Safari', 'Firefox', 'Edge', 'Mobile Safari']), ['environment.browserDetails.name']],
    ['brv', (c, o, r) => v.pick(r, ['120.0', '17.2', '121.0', '119.0.2151']), ['environment.browserDetails.version']],
    ['os', (c, o, r) => v.pick(r, ['Windows', 'Mac OS', 'iOS', 'Android', 'Linux']), ['environment.operatingSystem']],
    ['osv', (c, o, r) => v.pick(r, ['10', '10.15.7', '17.2', '14', '']), ['environment.operatingSystemVersion']],
    ['lc', (c, o, r) => v.pick(r, ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'uk-UA']), ['environment._dc.language', 'environment.browserDetails.acceptLanguage'], opt],
    ['ref', (c, o, r) => v.pick(r, ['', '', 'https://www.google.com/', 'https://news.ycombinator.com/', 'https://t.co/']), ['web.webReferrer.URL'], opt],
    ['so', (c, o, r) => v.pick(r, ['', '', 'newsletter', 'producthunt']), [], opt],
    ['me', (c, o, r) => v.pick(r, ['', '', 'email', 'social']), [], opt],
    ['ca', (c, o, r) => v.pick(r, ['', '', 'launch_week', 'black_friday']), ['marketing.trackingCode', 'marketing.campaignName']],
    ['te', (c, o, r) => v.pick(r, ['', '', 'analytics alternative']), [], opt],
    ['co', (c, o, r) => v.pick(r, ['', '', 'header_link']), [], opt],
    ['cc', (c, o, r, i) => row(SW_PLACES, i)[0], [GEO('countryCode')]],
    ['rg', (c, o, r, i) => row(SW_PLACES, i)[1], [GEO('stateProvince')], opt],
    ['ct', (c, o, r, i) => row(SW_PLACES, i)[2], [GEO('city')]],
    ['meta.key', (c, o, r, i) => (i % 4 === 3 ? "['plan']" : '[]'), [], opt],
    ['meta.value', (c, o, r, i) => (i % 4 === 3 ? "['pro']" : '[]'), [], opt],
    ['created', (c, o) => f.ymdhms(o.at), ['timestamp']],
  ] },

  // ---------------------------------------------------------------- memberships (Memberful, Members > Export)
  { name: 'memberful-members', product: 'Memberful (Members > Actions > Export members CSV)', family: 'memberships', language: 'en', schema: P, cols: [
    ['Member ID', (c, o, r) => String(v.int(r, 100000, 2999999)), ID],
    ['Full name', (c) => c.full, ['person.name.fullName']],
    ['First name', (c) => c.first, ['person.name.firstName']],
    ['Last name', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Phone number', (c, o, r) => (r() < 0.3 ? c.mobile : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Address', (c) => c.street, ['billingAddress.street1', ...at(HOME, 'street1')]],
    ['City', (c) => c.city, ['billingAddress.city', ...at(HOME, 'city')]],
    ['State', (c) => c.region.slice(0, 2).toUpperCase(), ['billingAddress.stateProvince', 'billingAddress.state', ...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Postal code', (c) => c.postcode, ['billingAddress.postalCode', ...at(HOME, 'postalCode')]],
    ['Country', (c) => c.countryCode, ['billingAddress.countryCode', ...at(HOME, 'countryCode')]],
    ['Member since', (c) => monDY(c.created), [], opt],
    ['Plan', (c, o, r) => v.pick(r, ['Supporter (monthly)', 'Supporter (yearly)', 'Founding member', 'Free']), []],
    ['Subscription status', (c, o, r) => v.pick(r, ['Active', 'Active', 'Expired', 'Cancelled', 'Past due']), [], opt],
    ['Renews at', (c, o, r) => (r() < 0.7 ? monDY(c.updated) : ''), [], opt],
    ['Autorenew', (c, o, r) => v.pick(r, ['Yes', 'Yes', 'No']), []],
    ['Coupon', (c, o, r) => v.pick(r, ['', '', 'LAUNCH20']), [], opt],
    ['Total spend', (c, o, r) => `$${v.money(r, 0, 600)}`, []],
    ['Stripe customer ID', (c, o, r) => `cus_${v.alnum(r, 14)}`, [], opt],
    ['Unrestricted access', (c, o, r) => v.pick(r, ['No', 'No', 'Yes']), []],
    ['Last sign in', (c, o, r) => (r() < 0.7 ? monDY(c.updated) : ''), [], opt],
    ['Discord username', (c, o, r) => (r() < 0.3 ? `${slug(c.first)}_${v.int(r, 10, 999)}` : ''), []],
  ] },
]
