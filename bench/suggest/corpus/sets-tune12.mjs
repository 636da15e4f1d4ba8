// Round 12, tune12: tune sets added in round 12 (tuned on). Same format as sets.mjs (sources in ../README.md).
import { P, E, v, f, HOME, WORK, ID, OR, SHIP, BILL, PL, at, opt } from './sets.mjs'
import { pad, parts, row } from './values.mjs'

// dd.MM.yyyy HH:mm (Romanian and Turkish exports), yyyy-MM-dd HH:mm:ss (IdoSell), dd-MM-yyyy (Billy's Danish UI)
const dmy = (ms) => { const p = parts(ms); return `${pad(p.d)}.${pad(p.m)}.${p.y}` }
const dmyHm = (ms) => { const p = parts(ms); return `${dmy(ms)} ${pad(p.H)}:${pad(p.M)}` }
const daDate = (ms) => { const p = parts(ms); return `${pad(p.d)}-${pad(p.m)}-${p.y}` }
const comma = (n) => Number(n).toFixed(2).replace('.', ',')
const ascii = (s) => s.toLowerCase().replace(/ı/g, 'i').replace(/ł/g, 'l').replace(/ø/g, 'o').replace(/æ/g, 'ae').replace(/å/g, 'a').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z.]/g, '')
const mail = (first, last, r, domain) => ascii(`${first}.${last}`) + v.int(r, 1, 99) + '@' + domain

// local people and places the shared generators lack: [street, postcode, city, region]
const PL_FIRST = ['Anna', 'Piotr', 'Katarzyna', 'Tomasz', 'Magdalena', 'Paweł', 'Agnieszka', 'Michał'], PL_LAST = ['Nowak', 'Kowalski', 'Wiśniewska', 'Wójcik', 'Kamińska', 'Lewandowski', 'Zielińska']
const PL_ADDR = [['ul. Marszałkowska 84/92', '00-514', 'Warszawa', 'mazowieckie'], ['ul. Floriańska 15', '31-019', 'Kraków', 'małopolskie'], ['ul. Piotrkowska 104', '90-926', 'Łódź', 'łódzkie'], ['ul. Długa 22/3', '80-831', 'Gdańsk', 'pomorskie'], ['ul. Świdnicka 8', '50-067', 'Wrocław', 'dolnośląskie']]
const TR_FIRST = ['Ayşe', 'Mehmet', 'Zeynep', 'Burak', 'Elif', 'Can'], TR_LAST = ['Yılmaz', 'Kaya', 'Demir', 'Aydın', 'Arslan', 'Doğan']
const TR_CO = ['Anadolu Gıda Ltd. Şti.', 'Boğaziçi Yazılım A.Ş.', 'Ege Tekstil San. ve Tic. Ltd. Şti.', 'Marmara Lojistik A.Ş.', 'Karadeniz Yapı Ltd. Şti.']
const TR_ADDR = [['Bağdat Cad. No:112 D:5', 'Kadıköy', 'İstanbul'], ['Atatürk Blv. No:45', 'Çankaya', 'Ankara'], ['Cumhuriyet Mah. 1453 Sk. No:7', 'Bornova', 'İzmir'], ['Fevzi Çakmak Cad. No:30', 'Osmangazi', 'Bursa'], ['Konyaaltı Cad. No:88', 'Muratpaşa', 'Antalya']]
const TR_TAXOFF = ['Kadıköy', 'Çankaya', 'Bornova', 'Osmangazi', 'Muratpaşa', 'Büyük Mükellefler']
const RO_FIRST = ['Andrei', 'Maria', 'Alexandru', 'Elena', 'Mihai', 'Ioana'], RO_LAST = ['Popescu', 'Ionescu', 'Popa', 'Stan', 'Dumitru', 'Radu']
const RO_ADDR = [['Str. Mihai Eminescu nr. 12', '010512', 'Bucuresti', 'Bucuresti'], ['Bd. 21 Decembrie 1989 nr. 77', '400124', 'Cluj-Napoca', 'Cluj'], ['Str. Alba Iulia nr. 4, bl. 2, ap. 9', '300077', 'Timisoara', 'Timis'], ['Str. Lapusneanu nr. 14', '700057', 'Iasi', 'Iasi'], ['Str. Republicii nr. 35', '500030', 'Brasov', 'Brasov']]
const MX_CO = ['Comercializadora del Bajío SA de CV', 'Servicios Integrales Tapatíos SA de CV', 'Distribuidora Norteña S de RL de CV', 'Grupo Textil Poblano SA de CV', 'Ferretería La Esperanza']
// [calle, exterior, colonia, localidad, municipio, estado, cp]
const MX_ADDR = [['Av. Chapultepec', '480', 'Americana', 'Guadalajara', 'Guadalajara', 'Jalisco', '44160'], ['Av. Constitución', '2050', 'Centro', 'Monterrey', 'Monterrey', 'Nuevo León', '64000'], ['Calle 5 de Mayo', '18', 'Centro Histórico', 'Ciudad de México', 'Cuauhtémoc', 'Ciudad de México', '06000'], ['Blvd. Atlixco', '3111', 'La Paz', 'Puebla', 'Puebla', 'Puebla', '72160'], ['Av. Juárez', '77', 'Zona Centro', 'León de los Aldama', 'León', 'Guanajuato', '37000']]
const DK_FIRST = ['Mette', 'Lars', 'Sofie', 'Jens', 'Camilla', 'Rasmus'], DK_LAST = ['Nielsen', 'Jensen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen']
const DK_CO = ['Nordlys ApS', 'Havnens Tømrer A/S', 'Fynsk Kaffe ApS', 'Bølge Design IVS', 'Jysk Maskinservice A/S']
const DK_ADDR = [['Vesterbrogade 41, 2. th.', '1620', 'København V'], ['Søndergade 12', '8000', 'Aarhus C'], ['Overgade 7', '5000', 'Odense C'], ['Boulevarden 19', '9000', 'Aalborg'], ['Torvet 3', '6700', 'Esbjerg']]
const FS_PRODUCTS = [['acme-pro-annual', 'Acme Pro (annual)', 99.0], ['acme-pro-monthly', 'Acme Pro (monthly)', 12.0], ['acme-team-5', 'Acme Team, 5 seats', 249.0], ['acme-addon-storage', 'Extra storage 100 GB', 29.0]]

export const SETS = [
  // ---------------------------------------------------------------- e-commerce customers (IdoSell, customer export "all data, old version with Polish headers")
  { name: 'idosell-klienci-pl', product: 'IdoSell (Klienci > Eksport klientów, old format with Polish headers)', family: 'ecommerce-customers', language: 'pl', schema: P, cols: [
    ['Id klienta', (c) => String(+c.id % 90000 + 1000), ID],
    ['Login', (c, o, r, i) => ascii(PL_FIRST[i % PL_FIRST.length]) + v.int(r, 70, 99), [], opt],
    ['E-mail', (c, o, r, i) => mail(PL_FIRST[i % PL_FIRST.length], PL_LAST[(i * 3) % PL_LAST.length], r, v.pick(r, ['wp.pl', 'onet.pl', 'gmail.com', 'o2.pl'])), ['personalEmail.address']],
    ['Imię', (c, o, r, i) => PL_FIRST[i % PL_FIRST.length], ['person.name.firstName']],
    ['Nazwisko', (c, o, r, i) => PL_LAST[(i * 3) % PL_LAST.length], ['person.name.lastName']],
    ['Firma', (c, o, r) => (r() < 0.2 ? v.pick(r, ['Kowalski i Wspólnicy sp. j.', 'Bałtyk Trade sp. z o.o.', 'Mazur Serwis']) : ''), ['organizations[0]'], opt],
    ['NIP', (c, o, r) => (r() < 0.2 ? `${v.int(r, 100, 999)}-${v.int(r, 100, 999)}-${v.int(r, 10, 99)}-${v.int(r, 10, 99)}` : ''), [], opt],
    ['Ulica', (c, o, r, i) => row(PL_ADDR, i)[0], at(HOME, 'street1')],
    ['Kod pocztowy', (c, o, r, i) => row(PL_ADDR, i)[1], at(HOME, 'postalCode')],
    ['Miejscowość', (c, o, r, i) => row(PL_ADDR, i)[2], at(HOME, 'city')],
    ['Województwo', (c, o, r, i) => row(PL_ADDR, i)[3], at(HOME, 'stateProvince').concat(at(HOME, 'state'))],
    ['Kraj', () => 'Polska', at(HOME, 'country')],
    ['Telefon', (c, o, r) => `+48 ${v.int(r, 500, 899)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`, ['mobilePhone.number', 'homePhone.number']],
    ['Data urodzenia', (c) => f.ymd(c.birth), ['person.birthDate'], opt],
    ['Płeć', (c, o, r, i) => (PL_FIRST[i % PL_FIRST.length].endsWith('a') ? 'kobieta' : 'mężczyzna'), ['person.gender'], opt],
    ['Zgoda na newsletter', (c) => (c.bool ? 'Tak' : 'Nie'), [], opt],
    ['Punkty lojalnościowe', (c, o, r) => String(v.int(r, 0, 2400)), ['loyalty.points']],
    ['Grupa rabatowa', (c, o, r) => v.pick(r, ['', '', 'Stały klient 5%', 'Hurt 10%']), []],
    ['Data rejestracji', (c) => f.ymdhms(c.created), [], opt],
  ] },

  // ---------------------------------------------------------------- accounting customers (Paraşüt, Müşteriler list exported to Excel, Turkish)
  { name: 'parasut-musteriler-tr', product: 'Paraşüt (Satışlar > Müşteriler, customer list export)', family: 'crm', language: 'tr', schema: P, cols: [
    ['Müşteri Ünvanı', (c, o, r, i) => (i % 3 === 2 ? `${row(TR_FIRST, i)} ${row(TR_LAST, i * 5)}` : row(TR_CO, i)), ['organizations[0]', 'person.name.fullName']],
    ['Kısa İsim', (c, o, r, i) => (i % 3 === 2 ? '' : row(TR_CO, i).split(' ')[0]), [], opt],
    ['Müşteri Tipi', (c, o, r, i) => (i % 3 === 2 ? 'Gerçek Kişi' : 'Tüzel Kişi'), []],
    ['Vergi Numarası / TCKN', (c, o, r, i) => (i % 3 === 2 ? String(v.int(r, 10000000000, 99999999999)) : String(v.int(r, 1000000000, 9999999999))), [], opt],
    ['Vergi Dairesi', (c, o, r) => v.pick(r, TR_TAXOFF), []],
    ['E-posta', (c, o, r, i) => mail(row(TR_FIRST, i), row(TR_LAST, i * 5), r, v.pick(r, ['gmail.com', 'hotmail.com', 'yandex.com.tr'])), ['personalEmail.address', 'workEmail.address']],
    ['Telefon', (c, o, r) => `0${v.pick(r, ['212', '216', '312', '232'])} ${v.int(r, 200, 999)} ${v.int(r, 10, 99)} ${v.int(r, 10, 99)}`, ['workPhone.number', 'homePhone.number']],
    ['Faks', (c, o, r) => (r() < 0.3 ? `0${v.pick(r, ['212', '312'])} ${v.int(r, 200, 999)} ${v.int(r, 10, 99)} ${v.int(r, 10, 99)}` : ''), ['faxPhone.number'], opt],
    ['Adres', (c, o, r, i) => row(TR_ADDR, i)[0], at(HOME, 'street1').concat(at(WORK, 'street1'))],
    ['İlçe', (c, o, r, i) => row(TR_ADDR, i)[1], at(HOME, 'city').concat(at(WORK, 'city')), opt],
    ['İl', (c, o, r, i) => row(TR_ADDR, i)[2], at(HOME, 'city').concat(at(WORK, 'city'), at(HOME, 'stateProvince'), at(WORK, 'stateProvince'))],
    ['Ülke', () => 'Türkiye', at(HOME, 'country').concat(at(WORK, 'country'))],
    ['IBAN', (c, o, r) => (r() < 0.5 ? `TR${v.int(r, 10, 99)} 0006 ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)} ${v.int(r, 10, 99)}` : ''), []],
    ['Kategori', (c, o, r) => v.pick(r, ['Toptan', 'Perakende', 'Bayi', '']), []],
    ['Bakiye', (c, o, r) => comma(v.int(r, -50000, 250000) / 100), []],
    ['Oluşturulma Tarihi', (c) => dmy(c.created), [], opt],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Gomag, Comenzi > Export comenzi, Romanian without diacritics)
  { name: 'gomag-comenzi-ro', product: 'Gomag (Comenzi > Export comenzi, Excel export)', family: 'ecommerce-orders', language: 'ro', schema: E, cols: [
    ['Numar comanda', (c, o) => String(10000 + (+o.id % 90000)), [OR('purchaseID')]],
    ['Data comanda', (c, o) => dmyHm(o.at), ['timestamp', OR('createdDate')]],
    ['Status comanda', (c, o, r) => v.pick(r, ['Noua', 'In procesare', 'Expediata', 'Livrata', 'Anulata']), [], opt],
    ['Nume client', (c, o, r, i) => `${row(RO_FIRST, i)} ${row(RO_LAST, i * 5)}`, []],
    ['Email client', (c, o, r, i) => mail(row(RO_FIRST, i), row(RO_LAST, i * 5), r, v.pick(r, ['gmail.com', 'yahoo.com', 'yahoo.ro'])), ['endUserIDs._experience.emailid.id'], opt],
    ['Telefon client', (c, o, r) => `07${v.pick(r, ['22', '44', '55', '88'])} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`, [], opt],
    ['Adresa livrare', (c, o, r, i) => row(RO_ADDR, i)[0], [SHIP('street1')]],
    ['Oras livrare', (c, o, r, i) => row(RO_ADDR, i)[2], [SHIP('city')]],
    ['Judet livrare', (c, o, r, i) => row(RO_ADDR, i)[3], [SHIP('stateProvince'), SHIP('state')]],
    ['Cod postal livrare', (c, o, r, i) => row(RO_ADDR, i)[1], [SHIP('postalCode')]],
    ['Tara livrare', () => 'Romania', [SHIP('country')]],
    ['Adresa facturare', (c, o, r, i) => row(RO_ADDR, i + 1)[0], [BILL('street1')], opt],
    ['Oras facturare', (c, o, r, i) => row(RO_ADDR, i + 1)[2], [BILL('city')], opt],
    ['Judet facturare', (c, o, r, i) => row(RO_ADDR, i + 1)[3], [BILL('stateProvince'), BILL('state')], opt],
    ['Metoda plata', (c, o, r) => v.pick(r, ['Ramburs', 'Card online', 'Ordin de plata']), [OR('payments[0].paymentType')], opt],
    ['Metoda livrare', (c, o, r) => v.pick(r, ['Fan Courier', 'Sameday', 'Cargus', 'Ridicare personala']), ['commerce.shipping.shippingMethod'], opt],
    ['Cost livrare', (c, o) => o.shipping.toFixed(2), ['commerce.shipping.shippingAmount']],
    ['Discount', (c, o) => o.discount.toFixed(2), [OR('discountAmount')]],
    ['Valoare TVA', (c, o) => o.tax.toFixed(2), [OR('taxAmount')]],
    ['Total comanda', (c, o) => o.total.toFixed(2), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Moneda', () => 'RON', [OR('currencyCode')]],
    ['Cod produs', (c, o) => o.sku, [PL('SKU')]],
    ['Nume produs', (c, o) => o.name, [PL('name')]],
    ['Cantitate', (c, o) => String(o.qty), [PL('quantity')]],
    ['Pret unitar', (c, o) => o.price.toFixed(2), [], opt],
    ['AWB', (c, o, r) => (r() < 0.6 ? String(v.int(r, 2000000000, 2999999999)) : ''), ['commerce.shipping.trackingNumber'], opt],
    ['Observatii', (c, o, r) => v.pick(r, ['', '', 'Sunati inainte de livrare', 'Livrare dupa ora 17']), []],
  ] },

  // ---------------------------------------------------------------- invoicing contacts (Alegra México, contacts in the import/export template's columns, Spanish)
  { name: 'alegra-contactos-mx', product: 'Alegra (Contactos, México: the import template\'s columns)', family: 'crm', language: 'es', schema: P, cols: [
    ['RFC', (c, o, r) => `${v.pick(r, ['CBA', 'SIT', 'DNO', 'GTP', 'FES'])}${v.int(r, 800101, 991231)}${v.pick(r, ['AB1', 'K27', 'Q9A'])}`, [], opt],
    ['Razón social', (c, o, r, i) => row(MX_CO, i), ['organizations[0]']],
    ['Email', (c, o, r, i) => `facturacion@${ascii(row(MX_CO, i).split(' ')[0])}.com.mx`, ['workEmail.address', 'personalEmail.address']],
    ['Teléfono 1', (c, o, r) => `${v.pick(r, ['33', '81', '55', '222'])} ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)}`, ['workPhone.number', 'homePhone.number']],
    ['Teléfono 2', (c, o, r) => (r() < 0.3 ? `${v.pick(r, ['33', '81', '55'])} ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)}` : ''), ['workPhone.number', 'homePhone.number'], opt],
    ['Fax', (c, o, r) => (r() < 0.1 ? `55 ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)}` : ''), ['faxPhone.number'], opt],
    ['Celular', (c, o, r) => `+52 1 ${v.pick(r, ['33', '81', '55'])} ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)}`, ['mobilePhone.number']],
    ['Comentarios', (c, o, r) => v.pick(r, ['', '', 'Crédito a 30 días', 'Enviar factura por correo']), []],
    ['Calle', (c, o, r, i) => row(MX_ADDR, i)[0], at(HOME, 'street1').concat(at(WORK, 'street1'))],
    ['Exterior', (c, o, r, i) => row(MX_ADDR, i)[1], [], opt],
    ['Interior', (c, o, r) => (r() < 0.3 ? `Int. ${v.int(r, 1, 12)}` : ''), at(HOME, 'street2').concat(at(WORK, 'street2')), opt],
    ['Colonia', (c, o, r, i) => row(MX_ADDR, i)[2], [], opt],
    ['Localidad', (c, o, r, i) => row(MX_ADDR, i)[3], at(HOME, 'city').concat(at(WORK, 'city'))],
    ['Municipio / Delegación', (c, o, r, i) => row(MX_ADDR, i)[4], at(HOME, 'city').concat(at(WORK, 'city')), opt],
    ['Estado', (c, o, r, i) => row(MX_ADDR, i)[5], at(HOME, 'stateProvince').concat(at(HOME, 'state'), at(WORK, 'stateProvince'), at(WORK, 'state'))],
    ['País', () => 'México', at(HOME, 'country').concat(at(WORK, 'country'))],
    ['Código postal', (c, o, r, i) => row(MX_ADDR, i)[6], at(HOME, 'postalCode').concat(at(WORK, 'postalCode'))],
  ] },

  // ---------------------------------------------------------------- accounting contacts (Billy, Kontakter export in the Danish UI)
  { name: 'billy-kontakter-da', product: 'Billy (Kontakter, contact list export, Danish UI)', family: 'crm', language: 'da', schema: P, cols: [
    ['Kontaktnr.', (c, o, r, i) => String(1001 + i), ID, opt],
    ['Navn', (c, o, r, i) => (i % 3 === 1 ? `${row(DK_FIRST, i)} ${row(DK_LAST, i * 5)}` : row(DK_CO, i)), ['organizations[0]', 'person.name.fullName']],
    ['Type', (c, o, r, i) => (i % 3 === 1 ? 'Privatperson' : 'Virksomhed'), []],
    ['CVR-nr.', (c, o, r, i) => (i % 3 === 1 ? '' : String(v.int(r, 10000000, 44999999))), [], opt],
    ['EAN-nr.', (c, o, r) => (r() < 0.15 ? `57980${v.int(r, 10000000, 99999999)}` : ''), []],
    ['Adresse', (c, o, r, i) => row(DK_ADDR, i)[0], at(HOME, 'street1').concat(at(WORK, 'street1'))],
    ['Postnr.', (c, o, r, i) => row(DK_ADDR, i)[1], at(HOME, 'postalCode').concat(at(WORK, 'postalCode'))],
    ['By', (c, o, r, i) => row(DK_ADDR, i)[2], at(HOME, 'city').concat(at(WORK, 'city'))],
    ['Land', () => 'Danmark', at(HOME, 'country').concat(at(WORK, 'country'))],
    ['Telefon', (c, o, r) => `+45 ${v.int(r, 20, 99)} ${v.int(r, 10, 99)} ${v.int(r, 10, 99)} ${v.int(r, 10, 99)}`, ['workPhone.number', 'mobilePhone.number', 'homePhone.number']],
    ['Kontaktperson', (c, o, r, i) => (i % 3 === 1 ? '' : `${row(DK_FIRST, i + 2)} ${row(DK_LAST, i * 7)}`), ['person.name.fullName'], opt],
    ['E-mail', (c, o, r, i) => mail(row(DK_FIRST, i + 2), row(DK_LAST, i * 7), r, v.pick(r, ['gmail.com', 'mail.dk', 'outlook.dk'])), ['personalEmail.address', 'workEmail.address']],
    ['Valuta', () => 'DKK', []],
    ['Sprog', (c, o, r) => v.pick(r, ['Dansk', 'Dansk', 'Engelsk']), [], opt],
    ['Betalingsbetingelser', (c, o, r) => v.pick(r, ['Netto 8 dage', 'Netto 14 dage', 'Løbende måned + 30 dage']), []],
    ['Oprettet', (c) => daDate(c.created), [], opt],
  ] },

  // ---------------------------------------------------------------- software reseller orders (FastSpring, Orders report export)
  { name: 'fastspring-orders', product: 'FastSpring (Reports > Orders, CSV export)', family: 'payments', language: 'en', schema: E, cols: [
    ['Order Reference', (c, o, r) => `ACM${f.compact(o.at).slice(2)}-${v.int(r, 1000, 9999)}-${v.int(r, 10000, 99999)}`, [OR('purchaseID')]],
    ['Order ID', (c, o, r) => v.alnum(r, 22), ['_id'], opt],
    ['Order Date', (c, o) => f.iso(o.at), ['timestamp', OR('createdDate')]],
    ['Completed', () => 'true', []],
    ['Customer First Name', (c) => c.first, []],
    ['Customer Last Name', (c) => c.last, []],
    ['Customer Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Customer Company', (c, o, r) => (r() < 0.4 ? c.company : ''), []],
    ['Customer Phone', (c, o, r) => (r() < 0.5 ? c.phone : ''), [], opt],
    ['Address Country', (c) => c.countryCode, [BILL('countryCode'), BILL('country')], opt],
    ['Address Region', (c) => c.region, [BILL('stateProvince'), BILL('state')], opt],
    ['Address City', (c) => c.city, [BILL('city')], opt],
    ['Address Postal Code', (c) => c.postcode, [BILL('postalCode')], opt],
    ['Currency', () => 'USD', [OR('currencyCode')]],
    ['Subtotal', (c, o, r, i) => (row(FS_PRODUCTS, i)[2] * o.qty).toFixed(2), [], opt],
    ['Discount', (c, o) => o.discount.toFixed(2), [OR('discountAmount')]],
    ['Tax', (c, o, r, i) => (row(FS_PRODUCTS, i)[2] * o.qty * 0.08).toFixed(2), [OR('taxAmount')]],
    ['Total', (c, o, r, i) => (row(FS_PRODUCTS, i)[2] * o.qty * 1.08 - o.discount).toFixed(2), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Total in USD', (c, o, r, i) => (row(FS_PRODUCTS, i)[2] * o.qty * 1.08 - o.discount).toFixed(2), [], opt],
    ['Payment Method', (c, o, r) => v.pick(r, ['card', 'paypal', 'wire', 'applepay']), [OR('payments[0].paymentType')], opt],
    ['Coupon Code', (c, o) => o.coupon, ['commerce.promotionID'], opt],
    ['Product Path', (c, o, r, i) => row(FS_PRODUCTS, i)[0], [PL('SKU')]],
    ['Product Display', (c, o, r, i) => row(FS_PRODUCTS, i)[1], [PL('name')]],
    ['Quantity', (c, o) => String(o.qty), [PL('quantity')]],
    ['Is Subscription', (c, o, r, i) => (row(FS_PRODUCTS, i)[0].includes('annual') || row(FS_PRODUCTS, i)[0].includes('monthly') ? 'true' : 'false'), []],
    ['Store', () => 'acme.onfastspring.com', []],
  ] },
]
