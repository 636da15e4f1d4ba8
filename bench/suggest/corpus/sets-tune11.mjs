// Round 11, tune11: tune sets added in round 11 (tuned on). Same format as sets.mjs (sources in ../README.md).
import { P, E, v, f, HOME, WORK, ID, OR, SHIP, BILL, PL, at, opt } from './sets.mjs'
import { pad, row } from './values.mjs'

const parts = (ms) => { const d = new Date(ms); return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), H: d.getUTCHours(), M: d.getUTCMinutes() } }
// dd.MM.yyyy (Norwegian, Czech, Finnish and Turkish exports)
const dmy = (ms) => { const p = parts(ms); return `${pad(p.d)}.${pad(p.m)}.${p.y}` }
const dmyHm = (ms) => { const p = parts(ms); return `${dmy(ms)} ${pad(p.H)}:${pad(p.M)}` }
// decimal comma
const comma = (n) => Number(n).toFixed(2).replace('.', ',')
// local addresses and phones the shared generators lack: [street, postcode, city, region]
const NO = [['Storgata 12', '0155', 'Oslo'], ['Bryggen 3', '5003', 'Bergen'], ['Munkegata 20', '7011', 'Trondheim'], ['Kirkegata 7', '4006', 'Stavanger']]
const CZ = [['Vinohradská 112', '120 00', 'Praha'], ['Masarykova 14', '602 00', 'Brno'], ['Nádražní 5', '702 00', 'Ostrava'], ['Americká 31', '301 00', 'Plzeň']]
const TR = [['Atatürk Cad. No:15 D:4', '34710', 'İstanbul', 'Kadıköy'], ['Kızılay Mah. Gazi Mustafa Kemal Blv. No:22', '06420', 'Ankara', 'Çankaya'], ['Alsancak Mah. Kıbrıs Şehitleri Cad. No:8', '35220', 'İzmir', 'Konak'], ['Nilüfer Mah. Fethiye Cad. No:41', '16110', 'Bursa', 'Nilüfer']]
const BR = [['Rua das Flores', '01310-100', 'São Paulo', 'SP', 'Bela Vista'], ['Av. Atlântica', '22021-001', 'Rio de Janeiro', 'RJ', 'Copacabana'], ['Rua da Bahia', '30160-011', 'Belo Horizonte', 'MG', 'Centro']]
const FI = [['Mannerheimintie 10 A 5', '00100', 'Helsinki'], ['Hämeenkatu 22', '33200', 'Tampere'], ['Aurakatu 6', '20100', 'Turku'], ['Kauppakatu 31', '40100', 'Jyväskylä']]
const NO_FIRST = ['Ola', 'Kari', 'Ingrid', 'Lars', 'Sigrid', 'Magnus'], NO_LAST = ['Hansen', 'Johansen', 'Olsen', 'Berg', 'Haugen']
const CZ_FIRST = ['Jan', 'Petra', 'Tomáš', 'Lucie', 'Jiří', 'Veronika'], CZ_LAST = ['Novák', 'Svobodová', 'Dvořák', 'Černá', 'Procházka']
const TR_FIRST = ['Ayşe', 'Mehmet', 'Zeynep', 'Mustafa', 'Elif', 'Emre'], TR_LAST = ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk']
const FI_FIRST = ['Mikko', 'Anna', 'Juha', 'Laura', 'Antti', 'Sanna'], FI_LAST = ['Virtanen', 'Korhonen', 'Mäkinen', 'Nieminen', 'Laine']
const mail = (first, last, r, domain) => `${first}.${last}`.toLowerCase().replace(/ı/g, 'i').normalize('NFD').replace(/[\u0300-\u036f]/g, '') + v.int(r, 1, 99) + '@' + domain

export const SETS = [
  // ---------------------------------------------------------------- accounting customers (Fiken, customer list in Fiken's import/export format, Norwegian)
  { name: 'fiken-kunder-no', product: 'Fiken (kundeliste, Fiken\'s customer import/export format)', family: 'ecommerce-customers', language: 'no', schema: P, cols: [
    ['Navn', (c, o, r) => `${v.pick(r, NO_FIRST)} ${v.pick(r, NO_LAST)}`, ['person.name.fullName']],
    ['Orgnr', (c, o, r) => (r() < 0.3 ? String(v.int(r, 900000000, 999999999)) : ''), [], opt],
    ['Adresse', (c, o, r, i) => row(NO, i)[0], at(HOME, 'street1')],
    ['Adresse2', (c, o, r) => (r() < 0.2 ? `H0${v.int(r, 101, 404)}` : ''), at(HOME, 'street2'), opt],
    ['Postnr', (c, o, r, i) => row(NO, i)[1], at(HOME, 'postalCode')],
    ['Poststed', (c, o, r, i) => row(NO, i)[2], at(HOME, 'city')],
    ['Land', () => 'Norge', at(HOME, 'country')],
    ['E-post', (c, o, r) => mail(v.pick(r, NO_FIRST), v.pick(r, NO_LAST), r, 'online.no'), ['personalEmail.address']],
    ['Telefon', (c, o, r) => `+47 ${v.int(r, 40, 99)} ${v.int(r, 10, 99)} ${v.int(r, 10, 99)} ${v.int(r, 10, 99)}`, ['mobilePhone.number', 'homePhone.number']],
    ['Medlemsnummer', (c, o, r) => (r() < 0.5 ? String(v.int(r, 1000, 9999)) : ''), ['loyalty.loyaltyID[0]'].concat(ID), opt],
  ] },

  // ---------------------------------------------------------------- invoicing contacts (iDoklad, Adresář contact list, Czech)
  { name: 'idoklad-kontakty-cs', product: 'iDoklad (Adresář, contact list with the contact card\'s fields, Czech)', family: 'crm', language: 'cs', schema: P, cols: [
    ['Název firmy', (c) => c.company, ['organizations[0]']],
    ['Jméno', (c, o, r, i) => CZ_FIRST[i % CZ_FIRST.length], ['person.name.firstName']],
    ['Příjmení', (c, o, r, i) => CZ_LAST[(i * 3) % CZ_LAST.length], ['person.name.lastName']],
    ['IČ', (c, o, r) => String(v.int(r, 10000000, 99999999)), [], opt],
    ['DIČ', (c, o, r) => (r() < 0.6 ? `CZ${v.int(r, 10000000, 99999999)}` : ''), [], opt],
    ['Ulice', (c, o, r, i) => row(CZ, i)[0], at(HOME, 'street1').concat(at(WORK, 'street1'))],
    ['Město', (c, o, r, i) => row(CZ, i)[2], at(HOME, 'city').concat(at(WORK, 'city'))],
    ['PSČ', (c, o, r, i) => row(CZ, i)[1], at(HOME, 'postalCode').concat(at(WORK, 'postalCode'))],
    ['Stát', () => 'Česká republika', at(HOME, 'country').concat(at(WORK, 'country'))],
    ['E-mail', (c, o, r, i) => mail(CZ_FIRST[i % CZ_FIRST.length], CZ_LAST[(i * 3) % CZ_LAST.length], r, 'seznam.cz'), ['personalEmail.address', 'workEmail.address']],
    ['Telefon', (c, o, r) => `+420 2${v.int(r, 10, 99)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`, ['workPhone.number', 'homePhone.number']],
    ['Mobil', (c, o, r) => `+420 7${v.int(r, 10, 99)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`, ['mobilePhone.number']],
    ['Fax', (c, o, r) => (r() < 0.2 ? `+420 2${v.int(r, 10, 99)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}` : ''), ['faxPhone.number'], opt],
    ['WWW', (c) => `www.${c.company.toLowerCase().replace(/[^a-z]/g, '').slice(0, 10)}.cz`, [], opt],
    ['Poznámka', (c, o, r) => v.pick(r, ['', '', 'Stálý odběratel', 'Platí vždy po splatnosti']), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (İdeasoft, Siparişler list exported to Excel, Turkish)
  { name: 'ideasoft-siparisler-tr', product: 'İdeasoft (Siparişler, order list export, Turkish)', family: 'ecommerce-orders', language: 'tr', schema: E, cols: [
    ['Sipariş No', (c, o) => String(100000 + (+o.id % 90000)), [OR('purchaseID')]],
    ['Sipariş Tarihi', (c, o) => dmyHm(o.at), ['timestamp', OR('createdDate')]],
    ['Müşteri Adı', (c, o, r) => v.pick(r, TR_FIRST), []],
    ['Müşteri Soyadı', (c, o, r) => v.pick(r, TR_LAST), []],
    ['E-posta', (c, o, r) => mail(v.pick(r, TR_FIRST), v.pick(r, TR_LAST), r, 'gmail.com'), ['endUserIDs._experience.emailid.id'], opt],
    ['Cep Telefonu', (c, o, r) => `05${v.int(r, 30, 59)} ${v.int(r, 100, 999)} ${v.int(r, 10, 99)} ${v.int(r, 10, 99)}`, [], opt],
    ['Sipariş Durumu', (c, o, r) => v.pick(r, ['Onay bekliyor', 'Onaylandı', 'Kargoya verildi', 'Teslim edildi', 'İptal edildi']), [], opt],
    ['Ödeme Yöntemi', (c, o, r) => v.pick(r, ['Kredi Kartı', 'Havale/EFT', 'Kapıda Ödeme']), [OR('payments[0].paymentType')], opt],
    ['Ürün Adı', (c, o) => o.name, [PL('name')]],
    ['Stok Kodu', (c, o) => o.sku, [PL('SKU')]],
    ['Adet', (c, o) => String(o.qty), [PL('quantity')]],
    ['Birim Fiyat', (c, o) => comma(o.price), [], opt],
    ['Ara Toplam', (c, o) => comma(o.subtotal), [], opt],
    ['KDV', (c, o) => comma(o.tax), [OR('taxAmount')]],
    ['Kargo Ücreti', (c, o) => comma(o.shipping), ['commerce.shipping.shippingAmount']],
    ['İndirim', (c, o) => comma(o.discount), [OR('discountAmount')]],
    ['Genel Toplam', (c, o) => comma(o.total), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Para Birimi', () => 'TRY', [OR('currencyCode')]],
    ['Kargo Firması', (c, o, r) => v.pick(r, ['Yurtiçi Kargo', 'Aras Kargo', 'MNG Kargo']), ['commerce.shipping.shippingMethod'], opt],
    ['Kargo Takip No', (c, o, r) => (r() < 0.6 ? String(v.int(r, 100000000, 999999999)) : ''), ['commerce.shipping.trackingNumber'], opt],
    ['Teslimat Adresi', (c, o, r, i) => row(TR, i)[0], [SHIP('street1')]],
    ['İl', (c, o, r, i) => row(TR, i)[2], [SHIP('city'), SHIP('stateProvince')]],
    ['İlçe', (c, o, r, i) => row(TR, i)[3], [SHIP('city')], opt],
    ['Posta Kodu', (c, o, r, i) => row(TR, i)[1], [SHIP('postalCode')]],
    ['Fatura Adresi', (c, o, r, i) => row(TR, i + 1)[0], [BILL('street1')], opt],
    ['Sipariş Notu', (c, o, r) => v.pick(r, ['', '', 'Hediye paketi yapılsın', 'Kapıcıya bırakılabilir']), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Tiny ERP / Olist, Pedidos de venda export, Brazilian Portuguese)
  { name: 'tiny-pedidos-venda-pt', product: 'Tiny ERP (Olist) (Pedidos de venda, spreadsheet export)', family: 'ecommerce-orders', language: 'pt', schema: E, cols: [
    ['Número do pedido', (c, o) => String(1000 + (+o.id % 9000)), [OR('purchaseID')]],
    ['Data', (c, o) => f.eu(o.at), [OR('createdDate'), 'timestamp'], opt],
    ['Nome do contato', (c) => c.full, []],
    ['CPF/CNPJ', (c, o, r) => `${v.int(r, 100, 999)}.${v.int(r, 100, 999)}.${v.int(r, 100, 999)}-${pad(v.int(r, 0, 99))}`, [], opt],
    ['E-mail', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Fone', (c) => c.phone, [], opt],
    ['Situação', (c, o, r) => v.pick(r, ['Em aberto', 'Aprovado', 'Preparando envio', 'Faturado', 'Enviado', 'Entregue', 'Cancelado']), [], opt],
    ['Forma de pagamento', (c, o, r) => v.pick(r, ['Pix', 'Boleto', 'Cartão de crédito']), [OR('payments[0].paymentType')], opt],
    ['Código (SKU)', (c, o) => o.sku, [PL('SKU')]],
    ['Descrição', (c, o) => o.name, [PL('name')]],
    ['Quantidade', (c, o) => String(o.qty), [PL('quantity')]],
    ['Valor unitário', (c, o) => comma(o.price), [], opt],
    ['Total produtos', (c, o) => comma(o.subtotal), [], opt],
    ['Valor do frete', (c, o) => comma(o.shipping), ['commerce.shipping.shippingAmount']],
    ['Desconto', (c, o) => comma(o.discount), [OR('discountAmount')]],
    ['Total do pedido', (c, o) => comma(o.total), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Endereço', (c, o, r, i) => row(BR, i)[0], [SHIP('street1')]],
    ['Número', (c, o, r) => String(v.int(r, 1, 2500)), [], opt],
    ['Complemento', (c, o, r) => (r() < 0.3 ? `Apto ${v.int(r, 11, 154)}` : ''), [SHIP('street2')], opt],
    ['Bairro', (c, o, r, i) => row(BR, i)[4], [], opt],
    ['Cidade', (c, o, r, i) => row(BR, i)[2], [SHIP('city')]],
    ['UF', (c, o, r, i) => row(BR, i)[3], [SHIP('stateProvince')]],
    ['CEP', (c, o, r, i) => row(BR, i)[1], [SHIP('postalCode')]],
    ['Forma de envio', (c, o, r) => v.pick(r, ['Correios PAC', 'Correios SEDEX', 'Jadlog']), ['commerce.shipping.shippingMethod'], opt],
    ['Código de rastreamento', (c, o, r) => (r() < 0.6 ? `BR${v.int(r, 100000000, 999999999)}BR` : ''), ['commerce.shipping.trackingNumber'], opt],
    ['Observações', (c, o, r) => v.pick(r, ['', '', 'Entregar no período da tarde']), []],
  ] },

  // ---------------------------------------------------------------- accounting business partners (Procountor, liikekumppanirekisteri in the Finnish UI)
  { name: 'procountor-asiakkaat-fi', product: 'Procountor (liikekumppanirekisteri, customers, Finnish UI export)', family: 'ecommerce-customers', language: 'fi', schema: P, cols: [
    ['Asiakasnumero', (c) => c.id, ID],
    ['Nimi', (c, o, r, i) => `${FI_FIRST[i % FI_FIRST.length]} ${FI_LAST[(i * 3) % FI_LAST.length]}`, ['person.name.fullName']],
    ['Y-tunnus / Henkilötunnus', () => '', [], opt],
    ['Katuosoite', (c, o, r, i) => row(FI, i)[0], at(HOME, 'street1')],
    ['Postinumero', (c, o, r, i) => row(FI, i)[1], at(HOME, 'postalCode')],
    ['Postitoimipaikka', (c, o, r, i) => row(FI, i)[2], at(HOME, 'city')],
    ['Maa', () => 'Suomi', at(HOME, 'country')],
    ['Puhelinnumero', (c, o, r) => `040 ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`, ['mobilePhone.number', 'homePhone.number']],
    ['Sähköpostiosoite', (c, o, r, i) => mail(FI_FIRST[i % FI_FIRST.length], FI_LAST[(i * 3) % FI_LAST.length], r, 'gmail.com'), ['personalEmail.address']],
    ['Kieli', (c, o, r) => v.pick(r, ['suomi', 'suomi', 'ruotsi', 'englanti']), [], opt],
    ['Laskutuskanava', (c, o, r) => v.pick(r, ['Sähköposti', 'Verkkolasku', 'Paperilasku']), [], opt],
    ['Maksuehto', (c, o, r) => v.pick(r, ['14 pv netto', '30 pv netto']), []],
    ['Luotu', (c) => dmy(c.created), [], opt],
    ['Lisätietoja', (c, o, r) => v.pick(r, ['', '', 'Kanta-asiakas']), []],
  ] },
]
