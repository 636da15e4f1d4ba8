// Round 11, heldout11: held-out sets added in round 11, written apart from the suggester and any tuning, scored once at
// the end. Same format as sets.mjs (sources in ../README.md): header as the product exports it, one value generator per
// column in the product's formats, the accepted destinations ([] = nothing fits) and 'opt' for borderline columns.
import { P, E, B, v, f, at, HOME, WORK, ID, B2BID, PL, OR, SHIP, BILL, GEO, opt, UA } from './sets.mjs'
import { slug, loc } from './values10.mjs'
import { pragueIso, trTime, trMoney, wibIso, loc11 } from './values11.mjs'

// An invoicing customer's one address (the customer's invoice address): billing, work and home/mailing alike.
const INV = ['billingAddress', ...WORK, ...HOME]
const cs = (c) => loc(c, 'cs')
const tr = (c) => loc(c, 'tr')
const hu = (c) => loc11(c, 'hu')
const ro = (c) => loc11(c, 'ro')
const idn = (c) => loc11(c, 'id')
// Invoicing tools: one customer in four (Fakturoid), three (Billingo) or five (SmartBill) is a private person.
const priv4 = (c) => +c.id % 4 === 0
const priv3 = (c) => +c.id % 3 === 0
const priv5 = (c) => +c.id % 5 === 0
// Bling: one contact in three is a company (Pessoa Jurídica).
const pj = (c) => +c.id % 3 === 0
// Trendyol: one order in four bills a company (kurumsal fatura); a fifth ship to a different district than they bill.
const corp = (o) => +o.id % 4 === 0
const TRP = [['8683772071724', 'Pamuklu Basic Tişört', 'LC Waikiki', 'TSHRT-BSC-M', 249.99], ['8699021634710', 'Kapüşonlu Sweatshirt', 'Koton', 'SWT-KPS-L', 599.9], ['8681234567890', 'Porselen Kupa 350 ml', 'Karaca', 'KP-350-BYZ', 189.0], ['8690000123456', 'Koşu Ayakkabısı', 'Lescon', 'LSC-RUN-42', 1299.0], ['8680987654321', 'Laptop Sırt Çantası', 'Samsonite', 'SMS-BP-15', 1849.5]]
const trp = (o) => TRP[+o.id % TRP.length]
const CARGO = ['Trendyol Express', 'Yurtiçi Kargo', 'Aras Kargo', 'MNG Kargo', 'Sürat Kargo']
// Xendit: Indonesian merchant, e-wallet / VA / card / QRIS payments, one refund in ten.
const XCH = [['EWALLET', 'OVO'], ['EWALLET', 'DANA'], ['EWALLET', 'SHOPEEPAY'], ['VIRTUAL_ACCOUNT', 'BCA'], ['VIRTUAL_ACCOUNT', 'MANDIRI'], ['CARDS', 'CREDIT_CARD'], ['QR_CODE', 'QRIS'], ['RETAIL_OUTLET', 'ALFAMART']]
const xch = (o) => XCH[+o.id % XCH.length]
const refund = (o) => +o.id % 10 === 0
const idr = (o) => Math.round(o.total * 17000 / 100) * 100
// Pendo: a B2B SaaS app; page loads, clicks on tagged features, track events and guide views.
const PTYPE = ['load', 'load', 'load', 'click', 'click', 'track', 'guideSeen', 'focus']
const ptype = (o) => PTYPE[+o.id % PTYPE.length]
const PURL = ['https://app.acmeanalytics.io/dashboard', 'https://app.acmeanalytics.io/reports/42', 'https://app.acmeanalytics.io/settings/users', 'https://app.acmeanalytics.io/billing', 'https://app.acmeanalytics.io/integrations/salesforce']
const PGEO = [['US', 'CA', 'San Francisco'], ['US', 'NY', 'New York'], ['GB', 'ENG', 'London'], ['DE', 'BE', 'Berlin'], ['CA', 'ON', 'Toronto'], ['AU', 'NSW', 'Sydney']]
const pgeo = (o) => PGEO[+o.id % PGEO.length]
// BON Loyalty: Shopify store in the US; tiers by lifetime points.
const bonEarned = (c) => (+c.id % 47) * 50 + 100
const bonSpent = (c) => Math.min(bonEarned(c), (+c.id % 5) * 200)
const bonTier = (c) => (bonEarned(c) >= 2000 ? 'Gold' : bonEarned(c) >= 1000 ? 'Silver' : 'Bronze')
// Dropcontact: French B2B list enriched with language fr (default).
const FRCO = [['Société Générale', 'societegenerale.com', '552120222', '6419Z', 'Autres intermédiations monétaires', '10000 et plus'], ['Doctolib', 'doctolib.fr', '794598813', '6201Z', 'Programmation informatique', '2000 à 4999'], ['Back Market', 'backmarket.fr', '804049815', '4791B', 'Vente à distance sur catalogue spécialisé', '500 à 999'], ['Alan', 'alan.com', '819231318', '6512Z', 'Autres assurances', '500 à 999'], ['Qonto', 'qonto.com', '819489626', '6619B', 'Autres activités auxiliaires de services financiers', '1000 à 1999'], ['Mirakl', 'mirakl.com', '518897319', '5829C', 'Édition de logiciels applicatifs', '500 à 999']]
const frco = (c) => FRCO[+c.id % FRCO.length]
const FRSEAT = [['29 boulevard Haussmann', '75009', 'Paris'], ['54 quai Charles Pasqua', '92300', 'Levallois-Perret'], ['7 place de la Défense', '92400', 'Courbevoie'], ['117 quai de Valmy', '75010', 'Paris'], ['20 bis rue la Fayette', '75009', 'Paris'], ['4 rue du Mail', '75002', 'Paris']]
const JOBS_FR = ['Directeur commercial', 'Responsable marketing digital', 'Chef de projet', 'Directrice des achats', 'Head of Growth', 'DRH']
// Dropcontact's contacts are French: a name and mobile drawn from the row's id (the set's headers are English, so the
// row's own person is an English one).
const FRN = [['Thomas', 'Camille'], ['Nicolas', 'Julie'], ['Julien', 'Claire'], ['Maxime', 'Élodie'], ['Antoine', 'Sophie'], ['Guillaume', 'Marion']]
const frp = (c) => { const r = v.rng(+c.id * 31 + 7); const female = r() < 0.5; const first = v.pick(r, FRN)[female ? 1 : 0], last = v.last(r, 'fr'); return { female, first, last, full: `${first} ${last}`, mobile: v.mobile(r, 'fr') } }
// Bling: the base Portuguese first names alternate male / female.
const PTF = ['João', 'Ana', 'Pedro', 'Mariana', 'Gabriel', 'Beatriz', 'Lucas', 'Júlia', 'Rafael', 'Larissa', 'Thiago', 'Camila']
const ptFemale = (c) => PTF.indexOf(c.first) % 2 === 1

export const SETS = [
  // ---------------------------------------------------------------- CRM / invoicing customers
  { name: 'fakturoid-subjects', product: 'Fakturoid (contacts / subjects, API v3 names, Czech account)', family: 'crm', language: 'en', schema: B, cols: [
    ['id', (c) => String(15000000 + (+c.id % 900000)), B2BID],
    ['custom_id', (c, o, r) => (r() < 0.5 ? `ODB-${String(+c.id % 1000).padStart(4, '0')}` : ''), B2BID, opt],
    ['type', (c, o, r) => v.pick(r, ['customer', 'customer', 'customer', 'both', 'supplier']), [], opt],
    ['name', (c) => (priv4(c) ? cs(c).full : cs(c).company), ['b2b.companyName', 'organizations[0]', 'person.name.fullName'], opt],
    ['full_name', (c, o, r) => (priv4(c) || r() < 0.6 ? cs(c).full : ''), ['person.name.fullName']],
    ['email', (c) => (priv4(c) ? cs(c).email : `fakturace@${slug(cs(c).company).slice(0, 12)}.cz`), ['workEmail.address', 'personalEmail.address']],
    ['email_copy', (c, o, r) => (!priv4(c) && r() < 0.3 ? `ucetni@${slug(cs(c).company).slice(0, 12)}.cz` : ''), ['workEmail.address'], opt],
    ['phone', (c, o, r) => (r() < 0.7 ? cs(c).phone : ''), ['workPhone.number', 'mobilePhone.number', 'homePhone.number']],
    ['web', (c, o, r) => (!priv4(c) && r() < 0.6 ? `https://www.${slug(cs(c).company).slice(0, 12)}.cz` : ''), ['b2b.companyWebsite'], opt],
    ['street', (c) => `${cs(c).street} ${cs(c).house}`, at(INV, 'street1')],
    ['city', (c) => cs(c).city, at(INV, 'city')],
    ['zip', (c) => cs(c).zip, at(INV, 'postalCode')],
    ['country', () => 'CZ', at(INV, 'countryCode')],
    ['registration_no', (c) => (priv4(c) ? '' : cs(c).ico), []],
    ['vat_no', (c, o, r) => (!priv4(c) && r() < 0.7 ? `CZ${cs(c).ico}` : ''), []],
    ['local_vat_no', () => '', []],
    ['bank_account', (c, o, r) => (r() < 0.3 ? `${v.int(r, 100000, 9999999)}/${v.pick(r, ['0100', '0300', '0800', '2010', '5500'])}` : ''), []],
    ['iban', (c, o, r) => (r() < 0.2 ? `CZ65 0800 0000 19${v.int(r, 10, 99)} 0014 5399` : ''), []],
    ['variable_symbol', () => '', []],
    ['setting_update_from_ares', (c, o, r) => v.pick(r, ['inherit', 'inherit', 'on', 'off']), []],
    ['enabled_reminders', (c, o, r) => (r() < 0.8 ? 'true' : 'false'), [], opt],
    ['private_note', (c, o, r) => v.pick(r, ['', '', '', 'Platí vždy pozdě', 'Fakturovat čtvrtletně']), []],
    ['created_at', (c) => pragueIso(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['updated_at', (c) => pragueIso(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },
  { name: 'billingo-partnerek-hu', product: 'Billingo (partner list, Hungarian UI)', family: 'crm', language: 'hu', schema: B, cols: [
    ['Partner neve', (c) => (priv3(c) ? hu(c).full : hu(c).company), ['b2b.companyName', 'organizations[0]', 'person.name.fullName'], opt],
    ['Partner típus', (c, o, r) => v.pick(r, ['Vevő', 'Vevő', 'Vevő', 'Szállító', 'Mindkettő']), [], opt],
    ['Vevő főkönyvi szám', (c, o, r) => (r() < 0.3 ? `311${v.int(r, 10, 99)}` : ''), []],
    ['Ország', () => 'Magyarország', at(INV, 'country')],
    ['Irányítószám', (c) => hu(c).zip, at(INV, 'postalCode')],
    ['Település', (c) => hu(c).city, at(INV, 'city')],
    ['Cím', (c) => hu(c).street, at(INV, 'street1')],
    ['Adózási típus', (c) => (priv3(c) ? 'Nincs adószáma' : 'Van adószáma'), [], opt],
    ['Adószám', (c) => (priv3(c) ? '' : hu(c).tax), []],
    ['Csoportos adószám', () => '', []],
    ['E-mail cím', (c) => (priv3(c) ? hu(c).email : hu(c).workEmail), ['workEmail.address', 'personalEmail.address']],
    ['Telefonszám', (c, o, r) => (r() < 0.6 ? (priv3(c) ? hu(c).mobile : hu(c).phone) : ''), ['workPhone.number', 'mobilePhone.number', 'homePhone.number']],
    ['Bankszámlaszám', (c, o, r) => (r() < 0.3 ? `1177${v.int(r, 1000, 9999)}-${v.int(r, 10000000, 99999999)}` : ''), []],
    ['IBAN', (c, o, r) => (r() < 0.15 ? `HU42 1177 3016 1111 1018 0000 ${v.int(r, 1000, 9999)}` : ''), []],
    ['Swift/BIC', (c, o, r) => (r() < 0.15 ? v.pick(r, ['OTPVHUHB', 'GIBAHUHB', 'OKHBHUHB']) : ''), []],
    ['Belső megjegyzés', (c, o, r) => v.pick(r, ['', '', '', 'Átutalással fizet', 'Keretszerződés 2024']), []],
    ['Fizetési mód', (c, o, r) => v.pick(r, ['Átutalás', 'Átutalás', 'Bankkártya', 'Készpénz']), []],
    ['Fizetési határidő (nap)', (c, o, r) => v.pick(r, ['8', '8', '15', '30']), []],
    ['Kedvezmény (%)', (c, o, r) => (r() < 0.2 ? v.pick(r, ['5', '10', '20']) : '0'), []],
    ['Bizonylat nyelve', (c, o, r) => (r() < 0.9 ? 'Magyar' : 'Angol'), [], opt],
    ['Pénznem', (c, o, r) => (r() < 0.9 ? 'HUF' : 'EUR'), []],
    ['API ID', (c) => String(700000000 + (+c.id % 99999999)), B2BID],
  ] },
  { name: 'smartbill-clienti-ro', product: 'SmartBill Facturare (client list, Romanian UI)', family: 'crm', language: 'ro', schema: B, cols: [
    ['Denumire', (c) => (priv5(c) ? ro(c).full : ro(c).company), ['b2b.companyName', 'organizations[0]', 'person.name.fullName'], opt],
    ['CIF/CNP', (c, o, r) => (priv5(c) ? '-' : ro(c).cif), []],
    ['Reg. Com.', (c) => (priv5(c) ? '' : ro(c).regcom), []],
    ['Platitor TVA', (c) => (priv5(c) ? 'Nu' : (+c.id % 3 ? 'Da' : 'Nu')), [], opt],
    ['Adresa', (c) => ro(c).street, at(INV, 'street1')],
    ['Localitate', (c) => ro(c).city, at(INV, 'city')],
    ['Judet', (c) => ro(c).judet, [...at(INV, 'stateProvince'), ...at(INV, 'state')]],
    ['Cod postal', (c, o, r) => (r() < 0.5 ? ro(c).zip : ''), at(INV, 'postalCode')],
    ['Tara', () => 'Romania', at(INV, 'country')],
    ['Persoana de contact', (c, o, r) => (priv5(c) ? '' : r() < 0.7 ? ro(c).full : ''), ['person.name.fullName'], opt],
    ['Email', (c) => (priv5(c) ? ro(c).email : ro(c).workEmail), ['workEmail.address', 'personalEmail.address']],
    ['Telefon', (c, o, r) => (r() < 0.7 ? ro(c).mobile : ''), ['workPhone.number', 'mobilePhone.number']],
    ['Banca', (c, o, r) => (r() < 0.4 ? v.pick(r, ['Banca Transilvania', 'BCR', 'BRD', 'ING Bank']) : ''), []],
    ['IBAN', (c, o, r) => (r() < 0.4 ? `RO49BTRL${v.int(r, 1000, 9999)}${v.int(r, 1000, 9999)}${v.int(r, 1000, 9999)}XX` : ''), []],
    ['Cod client', (c) => `CL${String(+c.id % 10000).padStart(5, '0')}`, B2BID],
    ['Termen de plata (zile)', (c, o, r) => v.pick(r, ['15', '30', '30', '0']), []],
    ['Salvat in nomenclator', () => 'Da', []],
    ['Observatii', (c, o, r) => v.pick(r, ['', '', '', 'Trimite factura si pe e-mail contabil']), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders
  { name: 'trendyol-siparisler-tr', product: 'Trendyol (seller panel order Excel, Turkish)', family: 'ecommerce-orders', language: 'tr', schema: E, cols: [
    ['Barkod', (c, o) => trp(o)[0], [PL('SKU')]],
    ['Paket No', (c, o) => String(2800000000 + +o.id * 37), [], opt],
    ['Kargo Firması', (c, o) => CARGO[+o.id % CARGO.length], ['commerce.shipping.shippingMethod'], opt],
    ['Sipariş Tarihi', (c, o) => trTime(o.at), ['timestamp', OR('createdDate')]],
    ['Termin Süresinin Bittiği Tarih', (c, o) => trTime(o.at + 2 * 86400000), [], opt],
    ['Kargoya Teslim Tarihi', (c, o) => trTime(o.at + 86400000 + 5 * 3600000), ['commerce.shipping.shipDate'], opt],
    ['Kargo Kodu', (c, o) => String(7330000000000 + +o.id * 101), ['commerce.shipping.trackingNumber'], opt],
    ['Sipariş Numarası', (c, o) => String(10000000000 + +o.id * 7919), [OR('purchaseID')]],
    ['Alıcı', (c) => tr(c).full, []],
    ['Teslimat Adresi', (c) => `${tr(c).street} ${tr(c).ilce}/${tr(c).il}`, [], opt],
    ['İl', (c) => tr(c).il, [SHIP('stateProvince'), SHIP('state')]],
    ['İlçe', (c) => tr(c).ilce, [SHIP('city')]],
    ['Ürün Adı', (c, o) => trp(o)[1], [PL('name')]],
    ['Fatura Adresi', (c, o) => `${tr(c).street} ${tr(c).ilce}/${tr(c).il}`, [], opt],
    ['Alıcı - Fatura Adresi', (c, o) => (corp(o) ? tr(c).company : tr(c).full), []],
    ['Sipariş Statüsü', (c, o, r) => v.pick(r, ['Teslim Edildi', 'Teslim Edildi', 'Kargoda', 'Hazırlanıyor', 'İptal Edildi']), [], opt],
    ['E-Posta', (c, o, r) => `pf+${v.alnum(r, 8).toLowerCase()}@trendyolmail.com`, ['endUserIDs._experience.emailid.id'], opt],
    ['Komisyon Oranı', (c, o) => ['21,5', '17', '15', '19', '12'][+o.id % 5], []],
    ['Marka', (c, o) => trp(o)[2], []],
    ['Stok Kodu', (c, o) => trp(o)[3], [PL('SKU')]],
    ['Adet', (c, o) => String(o.qty), [PL('quantity')]],
    ['Birim Fiyatı', (c, o) => trMoney(trp(o)[4]), []],
    ['Satış Tutarı', (c, o) => trMoney(trp(o)[4] * o.qty), [PL('priceTotal')]],
    ['İndirim Tutarı', (c, o) => trMoney(o.discount ? 50 : 0), [PL('discountAmount'), OR('discountAmount')]],
    ['Trendyol İndirim Tutarı', (c, o, r) => trMoney(r() < 0.3 ? 25 : 0), [], opt],
    ['Faturalanacak Tutar', (c, o) => trMoney(trp(o)[4] * o.qty - (o.discount ? 50 : 0)), [OR('priceTotal'), PL('priceTotal')], opt],
    ['Teslim Tarihi', (c, o, r) => (r() < 0.6 ? trTime(o.at + 3 * 86400000) : ''), [], opt],
    ['Kurumsal Faturalı Sipariş', (c, o) => (corp(o) ? 'Evet' : 'Hayır'), [], opt],
    ['Vergi Kimlik Numarası', (c, o, r) => (corp(o) ? String(v.int(r, 1000000000, 9999999999)) : ''), []],
    ['Vergi Dairesi', (c, o) => (corp(o) ? `${tr(c).ilce} V.D.` : ''), []],
    ['Şirket İsmi', (c, o) => (corp(o) ? tr(c).company : ''), []],
    ['Müşteri Sipariş Adedi', (c, o, r) => String(v.int(r, 1, 14)), []],
    ['Yaş', (c, o, r) => v.pick(r, ['18-24', '25-34', '25-34', '35-44', '45-54', '']), []],
    ['Cinsiyet', (c) => (tr(c).female ? 'Kadın' : 'Erkek'), []],
  ] },

  // ---------------------------------------------------------------- e-commerce customers
  { name: 'bling-contatos-pt', product: 'Bling (contacts spreadsheet export, Brazilian ERP)', family: 'ecommerce-customers', language: 'pt', schema: P, cols: [
    ['ID', (c) => String(16000000000 + +c.id * 13), ID],
    ['Código', (c, o, r) => (r() < 0.4 ? `C${String(+c.id % 5000).padStart(5, '0')}` : ''), ID, opt],
    ['Nome', (c) => (pj(c) ? `${c.company} Comércio Ltda` : c.full), ['person.name.fullName', 'organizations[0]'], opt],
    ['Fantasia', (c) => (pj(c) ? c.company : ''), ['organizations[0]'], opt],
    ['Endereço', (c) => c.street.replace(/, \d+$/, ''), at(['billingAddress', ...HOME], 'street1')],
    ['Número', (c) => c.street.match(/\d+$/)?.[0] ?? 'S/N', [], opt],
    ['Complemento', (c, o, r) => (r() < 0.3 ? v.pick(r, ['Apto 52', 'Sala 1203', 'Bloco B', 'Casa 2']) : ''), at(['billingAddress', ...HOME], 'street2')],
    ['Bairro', (c, o, r) => v.pick(r, ['Centro', 'Jardim Paulista', 'Copacabana', 'Savassi', 'Batel', 'Moinhos de Vento']), [], opt],
    ['CEP', (c) => `${c.postcode.slice(0, 2)}.${c.postcode.slice(2)}`, at(['billingAddress', ...HOME], 'postalCode')],
    ['Cidade', (c) => c.city, at(['billingAddress', ...HOME], 'city')],
    ['UF', (c) => c.region, [...at(['billingAddress', ...HOME], 'stateProvince'), ...at(['billingAddress', ...HOME], 'state')]],
    ['Fone', (c, o, r) => (r() < 0.4 ? c.phone : ''), ['homePhone.number', 'workPhone.number']],
    ['Celular', (c) => c.mobile, ['mobilePhone.number']],
    ['E-mail', (c) => c.email, ['personalEmail.address']],
    ['Web Site', (c) => (pj(c) ? `www.${slug(c.company)}.com.br` : ''), []],
    ['Tipo pessoa', (c) => (pj(c) ? 'J' : 'F'), [], opt],
    ['CNPJ / CPF', (c, o, r) => (pj(c) ? `${v.int(r, 10, 99)}.${v.int(r, 100, 999)}.${v.int(r, 100, 999)}/0001-${v.int(r, 10, 99)}` : `${v.int(r, 100, 999)}.${v.int(r, 100, 999)}.${v.int(r, 100, 999)}-${v.int(r, 10, 99)}`), ['person.taxId'], opt],
    ['IE / RG', (c, o, r) => (pj(c) ? (r() < 0.5 ? String(v.int(r, 100000000, 999999999)) : 'ISENTO') : r() < 0.3 ? `${v.int(r, 10, 99)}.${v.int(r, 100, 999)}.${v.int(r, 100, 999)}-${v.int(r, 0, 9)}` : ''), [], opt],
    ['Situação', (c, o, r) => (r() < 0.9 ? 'Ativo' : 'Inativo'), [], opt],
    ['Data nascimento', (c, o, r) => (!pj(c) && r() < 0.5 ? f.eu(c.birth) : ''), ['person.birthDate'], opt],
    ['Sexo', (c) => (pj(c) ? '' : ptFemale(c) ? 'Feminino' : 'Masculino'), ['person.gender'], opt],
    ['Cliente desde', (c) => f.eu(c.created), [], opt],
    ['Vendedor', (c, o, r) => v.pick(r, ['', 'Loja Virtual', 'Marcos Ribeiro']), []],
    ['Tipo de contato', (c, o, r) => v.pick(r, ['Cliente', 'Cliente', 'Cliente', 'Cliente; Fornecedor']), [], opt],
    ['E-mail para envio NFe', (c, o, r) => (r() < 0.2 ? c.email : ''), ['personalEmail.address'], opt],
    ['Observações', (c, o, r) => v.pick(r, ['', '', '', 'Cliente do Mercado Livre', 'Entregar em horário comercial']), []],
  ] },

  // ---------------------------------------------------------------- email tools
  { name: 'ecomail-subscribers', product: 'Ecomail (list subscribers, API attribute names, Czech account)', family: 'email', language: 'en', schema: P, cols: [
    ['email', (c) => cs(c).email, ['personalEmail.address']],
    ['name', (c) => cs(c).first, ['person.name.firstName']],
    ['surname', (c) => cs(c).last, ['person.name.lastName']],
    ['vokativ', (c) => cs(c).first.replace(/a$/, 'o').replace(/([^aeiouyáéíóúý])$/, '$1e'), [], opt],
    ['vokativ_s', (c) => cs(c).last.replace(/a$/, 'o').replace(/([^aeiouyáéíóúý])$/, '$1u'), [], opt],
    ['pretitle', (c, o, r) => (r() < 0.2 ? v.pick(r, ['Ing.', 'Mgr.', 'MUDr.', 'Bc.']) : ''), ['person.name.courtesyTitle'], opt],
    ['surtitle', (c, o, r) => (r() < 0.08 ? v.pick(r, ['Ph.D.', 'MBA', 'CSc.']) : ''), ['person.name.suffix'], opt],
    ['gender', (c) => (cs(c).female ? 'female' : 'male'), ['person.gender']],
    ['birthday', (c, o, r) => (r() < 0.35 ? f.ymd(c.birth) : ''), ['person.birthDate']],
    ['company', (c, o, r) => (r() < 0.15 ? cs(c).company : ''), ['organizations[0]'], opt],
    ['street', (c, o, r) => (r() < 0.4 ? `${cs(c).street} ${cs(c).house}` : ''), at(HOME, 'street1')],
    ['city', (c, o, r) => (r() < 0.6 ? cs(c).city : ''), at(HOME, 'city')],
    ['zip', (c, o, r) => (r() < 0.4 ? cs(c).zip : ''), at(HOME, 'postalCode')],
    ['country', () => 'CZ', at(HOME, 'countryCode')],
    ['phone', (c, o, r) => (r() < 0.4 ? cs(c).phone : ''), ['mobilePhone.number', 'homePhone.number']],
    ['nameday', (c, o, r) => (r() < 0.3 ? `--${String(v.int(r, 1, 12)).padStart(2, '0')}-${String(v.int(r, 1, 28)).padStart(2, '0')}` : ''), [], opt],
    ['source', (c, o, r) => v.pick(r, ['form', 'form', 'import', 'api', 'shoptet']), [], opt],
    ['status', (c, o, r) => v.pick(r, ['1', '1', '1', '1', '2', '4']), [], opt],
    ['subscribed_at', (c) => f.ymdhms(c.created), [], opt],
    ['tags', (c, o, r) => v.pick(r, ['', 'newsletter', 'vip,zakaznik', 'zakaznik']), []],
    ['rating', (c, o, r) => String(v.int(r, 1, 5)), []],
  ] },

  // ---------------------------------------------------------------- payments
  { name: 'xendit-transactions', product: 'Xendit (dashboard Transactions report, Indonesian merchant)', family: 'payments', language: 'en', schema: E, cols: [
    ['Status', (c, o) => (refund(o) ? 'SUCCESS' : +o.id % 13 === 0 ? 'FAILED' : 'SUCCESS'), [], opt],
    ['Type', (c, o) => (refund(o) ? 'REFUND' : 'PAYMENT'), [], opt],
    ['Channel', (c, o) => xch(o)[0], [OR('payments[0].paymentType')], opt],
    ['Channel Name', (c, o) => xch(o)[1], [OR('payments[0].paymentType')], opt],
    ['Account Number', (c, o, r) => (xch(o)[0] === 'VIRTUAL_ACCOUNT' ? `8808${v.int(r, 100000000, 999999999)}` : xch(o)[0] === 'CARDS' ? `4${v.int(r, 10000, 99999)}XXXXXX${v.int(r, 1000, 9999)}` : xch(o)[0] === 'EWALLET' ? idn(c).mobile : ''), []],
    ['Currency', () => 'IDR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Amount', (c, o) => String(idr(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Total Fee', (c, o) => String(Math.round(idr(o) * 0.015)), []],
    ['Total VAT', (c, o) => String(Math.round(idr(o) * 0.015 * 0.11)), []],
    ['Net Amount', (c, o) => String(idr(o) - Math.round(idr(o) * 0.015 * 1.11)), []],
    ['Reference', (c, o) => `INV-${new Date(o.at).getUTCFullYear()}-${o.id}`, [OR('purchaseID')]],
    ['Transaction ID', (c, o, r) => `txn_${v.uuid(r)}`, [OR('payments[0].transactionID'), '_id']],
    ['Product ID', (c, o, r) => (xch(o)[0] === 'EWALLET' ? `ewc_${v.uuid(r)}` : v.hex(r, 24)), [], opt],
    ['Business ID', () => '5f27a14a9bf05c73dd040bc8', []],
    ['Created', (c, o) => wibIso(o.at), ['timestamp', OR('createdDate')]],
    ['Settlement Status', (c, o) => (+o.id % 4 === 0 ? 'PENDING' : 'SETTLED'), [], opt],
    ['Estimated Settlement Time', (c, o) => wibIso(o.at + 2 * 86400000), [], opt],
    ['Actual Settlement Time', (c, o) => (+o.id % 4 === 0 ? '' : wibIso(o.at + 2 * 86400000 + 3600000)), [], opt],
    ['Early Settlement Fee', (c, o) => (+o.id % 5 === 0 ? String(Math.round(idr(o) * 0.005)) : '0'), []],
  ] },

  // ---------------------------------------------------------------- analytics events
  { name: 'pendo-allevents', product: 'Pendo (Data Sync all-events export, flattened to CSV)', family: 'analytics', language: 'en', schema: E, cols: [
    ['periodId', (c, o) => f.ymd(o.at), [], opt],
    ['browserTimestamp', (c, o) => f.epochMs(o.at), ['timestamp']],
    ['eventId', (c, o, r) => v.uuid(r), ['_id']],
    ['eventClass', (c, o) => (ptype(o) === 'guideSeen' ? 'guide' : ptype(o) === 'track' ? 'track' : 'web'), [], opt],
    ['eventType', (c, o) => ptype(o), ['eventType'], opt],
    ['visitorId', (c) => c.workEmail, ['endUserIDs._experience.emailid.id', 'identityMap{}[0].id'], opt],
    ['accountId', (c) => `acct-${slug(c.company)}`, []],
    ['remoteIp', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['server', () => 'app.acmeanalytics.io', ['web.webPageDetails.server']],
    ['url', (c, o) => PURL[+o.id % PURL.length], ['web.webPageDetails.URL']],
    ['pageId', (c, o, r) => (ptype(o) === 'load' ? v.alnum(r, 27).replace(/[^A-Za-z0-9]/g, 'x') : ''), [], opt],
    ['featureId', (c, o, r) => (ptype(o) === 'click' ? v.alnum(r, 27) : ''), [], opt],
    ['trackTypeId', (c, o, r) => (ptype(o) === 'track' ? v.alnum(r, 27) : ''), [], opt],
    ['trackEventName', (c, o) => (ptype(o) === 'track' ? ['Report Exported', 'Integration Connected', 'Seat Added'][+o.id % 3] : ''), ['web.webInteraction.name'], opt],
    ['guideId', (c, o, r) => (ptype(o) === 'guideSeen' ? v.alnum(r, 27) : ''), [], opt],
    ['userAgent', (c, o, r) => v.pick(r, UA), ['environment.browserDetails.userAgent']],
    ['country', (c, o) => pgeo(o)[0], [GEO('countryCode')]],
    ['region', (c, o) => pgeo(o)[1], [GEO('stateProvince')], opt],
    ['city', (c, o) => pgeo(o)[2], [GEO('city')]],
    ['latitude', (c, o) => ['37.7749', '40.7128', '51.5072', '52.52', '43.6532', '-33.8688'][+o.id % 6], ['placeContext.geo._schema.latitude'], opt],
    ['longitude', (c, o) => ['-122.4194', '-74.006', '-0.1276', '13.405', '-79.3832', '151.2093'][+o.id % 6], ['placeContext.geo._schema.longitude'], opt],
    ['numEvents', (c, o, r) => String(v.int(r, 1, 12)), []],
    ['numMinutes', (c, o, r) => String(v.int(r, 0, 3)), []],
    ['properties', (c, o) => (ptype(o) === 'track' ? '{"format":"csv","rows":1200}' : '{}'), []],
  ] },

  // ---------------------------------------------------------------- loyalty
  { name: 'bon-loyalty-customers', product: 'BON Loyalty (customer list export, Shopify app)', family: 'loyalty', language: 'en', schema: P, cols: [
    ['Shopify Customer ID', (c) => String(7000000000000 + +c.id * 977), ID],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Member Status', (c) => (+c.id % 6 === 0 ? 'Guest' : 'Member'), ['loyalty.status'], opt],
    ['Shopify Status', (c) => (+c.id % 6 === 0 ? 'disabled' : ['enabled', 'enabled', 'invited', 'declined'][+c.id % 4]), [], opt],
    ['Points Balance', (c) => String(bonEarned(c) - bonSpent(c)), ['loyalty.points']],
    ['Total Earned Points', (c) => String(bonEarned(c)), ['loyalty.lifetimePoints']],
    ['Total Spent Points', (c) => String(bonSpent(c)), ['loyalty.pointsRedeemed']],
    ['VIP Tier', (c) => bonTier(c), ['loyalty.tier']],
    ['Birthday', (c, o, r) => (r() < 0.4 ? f.ymd(c.birth) : ''), ['person.birthDate']],
    ['Referral Link', (c) => `https://shop.example.com/?bon_ref=${v.alnum(v.rng(+c.id * 3 + 1), 8)}`, []],
    ['Referred By', (c, o, r) => (r() < 0.15 ? `${v.pick(r, ['anna', 'mike', 'jess'])}.${v.pick(r, ['lee', 'ross', 'kim'])}@gmail.com` : ''), []],
    ['Total Orders', (c, o, r) => String(v.int(r, 0, 18)), []],
    ['Total Spent', (c, o, r) => v.money(r, 0, 1800), ['loyalty.lifetimePurchases'], opt],
    ['Date Joined', (c) => f.ymdhms(c.created), ['loyalty.joinDate']],
    ['Last Activity', (c) => f.ymdhms(Math.max(c.created, c.updated)), [], opt],
  ] },

  // ---------------------------------------------------------------- support
  { name: 'tidio-contacts', product: 'Tidio (Contacts list export, live chat)', family: 'support', language: 'en', schema: P, cols: [
    ['ID', (c, o, r) => v.uuid(r), ID],
    ['Name', (c, o, r) => (r() < 0.85 ? c.full : `Visitor #${String(+c.id).slice(-5)}`), ['person.name.fullName']],
    ['Email', (c, o, r) => (r() < 0.9 ? c.email : ''), ['personalEmail.address']],
    ['Email consent', (c) => (c.bool ? 'subscribed' : 'unsubscribed'), [], opt],
    ['Created at', (c) => f.ymdhms(c.created), [], opt],
    ['Conversation rating', (c, o, r) => v.pick(r, ['', '', 'positive', 'positive', 'negative']), []],
    ['Browser language', (c, o, r) => v.pick(r, ['en-US', 'en-US', 'en-GB', 'es-US', 'en']), [], opt],
    ['City', (c, o, r) => (r() < 0.8 ? c.city : ''), at(HOME, 'city'), opt],
    ['Country', (c) => c.countryCode, at(HOME, 'countryCode'), opt],
    ['Phone', (c, o, r) => (r() < 0.3 ? c.mobile : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Tags', (c, o, r) => v.pick(r, ['', '', 'lead', 'vip', 'returns,shipping']), []],
    ['Company', (c, o, r) => (r() < 0.2 ? c.company : ''), ['organizations[0]'], opt],
    ['Order number', (c, o, r) => (r() < 0.35 ? `#${v.int(r, 1001, 9999)}` : ''), []],
  ] },

  // ---------------------------------------------------------------- B2B lead lists
  { name: 'dropcontact-enriched', product: 'Dropcontact (enriched file, French results)', family: 'b2b', language: 'en', schema: B, cols: [
    ['civility', (c) => (frp(c).female ? 'Madame' : 'Monsieur'), ['person.name.courtesyTitle']],
    ['first_name', (c) => frp(c).first, ['person.name.firstName']],
    ['last_name', (c) => frp(c).last, ['person.name.lastName']],
    ['full_name', (c) => frp(c).full, ['person.name.fullName']],
    ['email', (c, o, r) => (r() < 0.8 ? `${slug(frp(c).first)}.${slug(frp(c).last)}@${frco(c)[1]}` : ''), ['workEmail.address']],
    ['qualification', (c, o, r) => v.pick(r, ['nominatif@pro', 'nominatif@pro', 'nominatif@pro', 'catch_all@pro', 'generique@pro']), []],
    ['job', (c) => JOBS_FR[+c.id % JOBS_FR.length], ['extendedWorkDetails.jobTitle']],
    ['linkedin', (c) => `www.linkedin.com/in/${slug(frp(c).first)}-${slug(frp(c).last)}-${v.hex(v.rng(+c.id), 6)}`, []],
    ['mobile_phone', (c, o, r) => (r() < 0.3 ? frp(c).mobile : ''), ['mobilePhone.number']],
    ['phone', (c, o, r) => (r() < 0.7 ? `+33 1 ${v.int(r, 40, 89)} ${v.int(r, 10, 99)} ${v.int(r, 10, 99)} ${v.int(r, 10, 99)}` : ''), ['workPhone.number'], opt],
    ['company', (c) => frco(c)[0], ['b2b.companyName', 'organizations[0]']],
    ['website', (c) => `www.${frco(c)[1]}`, ['b2b.companyWebsite']],
    ['company_linkedin', (c) => `www.linkedin.com/company/${slug(frco(c)[0])}`, []],
    ['siren', (c) => frco(c)[2], []],
    ['siret', (c) => `${frco(c)[2]}000${String(10 + (+c.id % 80)).padStart(2, '0')}`, []],
    ['siret_address', (c) => FRSEAT[+c.id % FRSEAT.length][0], ['workAddress.street1'], opt],
    ['siret_zip', (c) => FRSEAT[+c.id % FRSEAT.length][1], ['workAddress.postalCode'], opt],
    ['siret_city', (c) => FRSEAT[+c.id % FRSEAT.length][2], ['workAddress.city'], opt],
    ['vat', (c) => `FR${String(+frco(c)[2] % 97).padStart(2, '0')}${frco(c)[2]}`, []],
    ['naf5_code', (c) => frco(c)[3], []],
    ['naf5_des', (c) => frco(c)[4], []],
    ['nb_employees', (c) => frco(c)[5], []],
    ['company_turnover', (c, o, r) => (r() < 0.6 ? String(v.int(r, 5, 900) * 1000000) : ''), []],
    ['company_country', () => 'France', ['workAddress.country'], opt],
  ] },
]
