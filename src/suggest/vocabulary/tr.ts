/**
 * Turkish column vocabulary (keys lower-case without accents: ç→c, ğ→g, ı→i, ö→o, ş→s, ü→u): the words of shop,
 * marketplace, CRM and invoice exports, with the possessive forms headers use ("Müşteri Adı", "Sipariş Tarihi").
 */
export const WORDS: Record<string, string[]> = {
  // an insurance policy's premium is its price (names.ts: a price total answers to it)
  prim: ['premium'],
  // the contract, policy or receipt an export's rows are (context.ts: its number is the event's record, as an order's)
  sozlesme: ['contract'], police: ['policy'],
  // a policy's or document's date of issue ("Tanzim Tarihi")
  tanzim: ['created'],
  // the plan or tariff subscribed to and the vehicle hired or sold: the goods of a subscription's, utility's or rental's export (context.ts)
  tarife: ['plan'], arac: ['vehicle'],
  // a school's pupil is the person the record is about; a guardian's (veli) column another person's
  ogrenci: ['customer'], veli: ['guardian'],
  adi: ['first', 'name'], isim: ['first', 'name'], ismi: ['first', 'name'], soyad: ['last', 'name'], soyadi: ['last', 'name'], soyisim: ['last', 'name'], soyismi: ['last', 'name'],
  hitap: ['courtesy', 'title'], unvan: ['job', 'title'], unvani: ['job', 'title'], pozisyon: ['job', 'title'], gorevi: ['job', 'title'], departman: ['department'], bolum: ['department'], bolumu: ['department'], cinsiyet: ['gender'], cinsiyeti: ['gender'], dogum: ['birth'], tarih: ['date'], tarihi: ['date'],
  adresi: ['@address'], sokak: ['street'], cadde: ['street'], mahalle: ['district'], semt: ['district'], ilce: ['district'], sehir: ['city'], sehri: ['city'], ulke: ['country'], ulkesi: ['country'],
  eposta: ['email'], telefonu: ['phone'], firma: ['company'], firmasi: ['company'], sirket: ['company'], sirketi: ['company'], vergi: ['tax'],
  musteri: ['customer'], musterinin: ['customer'], uye: ['member'], uyesi: ['member'], numara: ['number'], numarasi: ['number'], kodu: ['code'], kod: ['code'],
  siparis: ['order'], siparisin: ['order'], siparisi: ['order'], urun: ['product'], urunu: ['product'], urunler: ['goods'], adet: ['quantity'], miktar: ['quantity'], miktari: ['quantity'],
  fiyat: ['price'], fiyati: ['price'], birim: ['unit'], tutar: ['amount'], tutari: ['amount'], toplam: ['total'], toplami: ['total'], kdv: ['tax'], indirim: ['discount'], indirimi: ['discount'],
  kargo: ['shipping'], navlun: ['shipping'], teslimat: ['shipping'], gonderim: ['shipping'], ucret: ['price'], ucreti: ['price'], fatura: ['billing'], faturasi: ['billing'], odeme: ['payment'], odemesi: ['payment'], yontem: ['method'], yontemi: ['method'], tipi: ['type'], turu: ['type'],
  durum: ['status'], durumu: ['status'], olusturulma: ['created'], olusturma: ['created'], kayit: ['created'], guncelleme: ['updated'], guncellenme: ['updated'], dil: ['language'], aciklama: ['description'], notlar: ['note'], notu: ['note'],
  takip: ['tracking'], barkod: ['sku'], izin: ['opt', 'in'], izni: ['opt', 'in'], bulten: ['opt', 'in'], kupon: ['coupon'], kampanya: ['campaign'], iade: ['return'], brut: ['gross'], kdvsiz: ['net'], kdvli: ['total'],
  ofis: ['work'], ev: ['home'], diger: ['other'], eyalet: ['state'], eyaleti: ['state'], zamani: ['timestamp'], degistirilme: ['updated'], degistirme: ['updated'], kaynak: ['source'], kaynagi: ['source'], sahibi: ['owner'], kisi: ['contact'], irtibat: ['contact'], hesap: ['account'],
  faks: ['fax', 'phone'], vkn: ['registration'],
  ve: [], ile: [],
  // everyday words of shop, marketplace, CRM, newsletter, loyalty and analytics exports (Trendyol, Hepsiburada, ikas, Ticimax, T-Soft, Paraşüt, Logo in Turkish)
  gorev: ['job', 'title'], kullanici: ['user'], kullanicinin: ['user'], referans: ['reference'], kategori: ['category'], kategorisi: ['category'], marka: ['manufacturer'], markasi: ['manufacturer'], uretici: ['manufacturer'],
  satir: ['product'], satiri: ['product'], haric: ['excl'], dahil: ['incl'], sekli: ['method'], islem: ['transaction'], odendi: ['paid'], odenen: ['paid'], iptal: ['cancel'], edildi: [], ili: ['city'], ilcesi: ['district'], daire: ['street', '2'],
  abone: ['opt', 'in'], abonelik: ['subscription'], etiket: ['tag'], etiketler: ['tag'], etiketleri: ['tag'], puan: ['points'], puani: ['points'], puanlar: ['points'], bakiye: ['balance'], bakiyesi: ['balance'], seviye: ['tier'], seviyesi: ['tier'],
  uyelik: ['member'], gecerlilik: ['expiry'], odul: ['loyalty'], oduller: ['loyalty'], sadakat: ['loyalty'], etkinlik: ['event'], olay: ['event'], oturum: ['session'], sayfa: ['page'], sayfasi: ['page'], yonlendiren: ['referrer'], yonlendirme: ['referrer'],
  tarayici: ['browser'], cihaz: ['device'], cihazi: ['device'], ekran: ['screen'], cozunurluk: ['resolution'], cozunurlugu: ['resolution'], yorum: ['note'], yorumlar: ['note'], uyruk: ['nationality'], uyrugu: ['nationality'],
  ziyaret: ['visit'], ziyaretci: ['visitor'], teslim: ['shipping'], alici: ['recipient'], alicinin: ['recipient'], saat: ['time'], magaza: ['store'], tckn: ['tax', 'id'],
  agirlik: ['weight'], agirligi: ['weight'], beden: ['size'], renk: ['color'], rengi: ['color'], stok: ['stock'], stogu: ['stock'], konum: ['location'], neden: ['reason'], nedeni: ['reason'], goruntuleme: ['views'], suresi: ['duration'], oran: ['rate'], orani: ['rate'], varyant: ['variant'], aday: ['lead'],
  harcama: ['spend'], harcanan: ['spend'], kabul: ['accept'],
  oturumlar: ['visits'], yeni: ['new'],
  aktivite: ['activity'],
  ilk: ['first'], satici: ['seller'], saticinin: ['seller'], satis: ['order'], kanal: ['channel'], kanali: ['channel'], degerlendirme: ['score'], grup: ['group'], grubu: ['group'], sabit: [], komisyon: ['fee'], komisyonu: ['fee'], faturalanacak: ['billing'],
  // (a restaurant POS's check, SambaPOS: Adisyon No)
  adisyon: ['order'],
}

/** Whole headers only: an Italian article, an English noun and word elsewhere (see ALONE in index.ts). */
export const ALONE: Record<string, string[]> = { il: ['city'], ad: ['first', 'name'], not: ['note'] }

export const PHRASES: Record<string, string[]> = {
  // a person's civil state, the marital status ("Medeni Durum", "Medeni Hali")
  'medeni durum': ['marital', 'status'], 'medeni durumu': ['marital', 'status'], 'medeni hal': ['marital', 'status'], 'medeni hali': ['marital', 'status'],
  'is telefonu': ['work', 'phone'], 'ev telefonu': ['home', 'phone'], 'mobil telefon': ['mobile', 'phone'], 'web sitesi': ['website'], 'firma unvani': ['company', 'name'], 'sirket unvani': ['company', 'name'],
  'posta adresi': ['mailing', '@address'], 'posta sehri': ['mailing', 'city'], 'posta ili': ['mailing', 'state'], 'posta ulkesi': ['mailing', 'country'], 'posta kutusu': ['post', 'office', 'box'],
  'ad soyad': ['full', 'name'], 'adi soyadi': ['full', 'name'], 'ad soyadi': ['full', 'name'], 'isim soyisim': ['full', 'name'], 'dogum tarihi': ['birth', 'date'],
  'e posta': ['email'], 'e posta adresi': ['email'], 'cep telefonu': ['mobile', 'phone'], 'cep tel': ['mobile', 'phone'], 'posta kodu': ['postal', 'code'], 'acik adres': ['street'],
  // "Ünvan" of a customer or an account is its trade name (a person's or a company's), of a person the job title;
  // a short name is an alias
  'musteri unvani': ['company', 'name'], 'cari unvani': ['company', 'name'], 'cari unvan': ['company', 'name'], 'kisa isim': ['alias'], 'kisa ad': ['alias'], 'kisa adi': ['alias'],
  'vergi numarasi': ['tax', 'id'], 'vergi no': ['tax', 'id'], 'vergi dairesi': [], 'musteri no': ['customer', 'id'], 'uye no': ['member', 'id'],
  'siparis no': ['order', 'number'], 'siparis numarasi': ['order', 'number'], 'siparis tarihi': ['order', 'date'], 'urun adi': ['product', 'name'], 'urun kodu': ['sku'], 'stok kodu': ['sku'],
  'birim fiyat': ['unit', 'price'], 'birim fiyati': ['unit', 'price'], 'ara toplam': ['subtotal'], 'genel toplam': ['total'], 'para birimi': ['currency'], 'kargo ucreti': ['shipping', 'amount'],
  'kargo firmasi': ['carrier'], 'kargo takip no': ['tracking', 'number'], 'takip no': ['tracking', 'number'], 'takip numarasi': ['tracking', 'number'], 'kayit tarihi': ['created', 'date'], 'olusturulma tarihi': ['created', 'date'],
  'guncelleme tarihi': ['updated', 'date'], 'odeme yontemi': ['payment', 'method'], 'odeme tipi': ['payment', 'method'], 'e bulten': ['opt', 'in'], 'kdv tutari': ['tax', 'amount'], 'indirim tutari': ['discount', 'amount'],
  // "Adı" of a thing is its name (a person's "Ad" is the first name)
  'firma adi': ['company', 'name'], 'sirket adi': ['company', 'name'], 'kullanici adi': ['login'], 'magaza adi': ['store', 'name'], 'kampanya adi': ['campaign', 'name'], 'kategori adi': ['category', 'name'], 'sayfa adi': ['page', 'name'], 'sayfa basligi': ['page', 'name'], 'marka adi': ['manufacturer'],
  'alici adi': ['recipient', 'name'], 'alici adi soyadi': ['recipient', 'name'], 'musteri adi soyadi': ['full', 'name'], 'ikinci ad': ['middle', 'name'], 'ikinci adi': ['middle', 'name'], 'ikinci isim': ['middle', 'name'], 'tam ad': ['full', 'name'], 'tam adi': ['full', 'name'], 'tam isim': ['full', 'name'],
  'adres satiri': ['street'], 'bina no': ['house', 'number'], 'kapi no': ['house', 'number'], 'daire no': ['street', '2'], 'tc kimlik no': ['tax', 'id'], 'tc kimlik': ['tax', 'id'], 'kimlik no': ['tax', 'id'], 'tc no': ['tax', 'id'],
  'fis no': ['order', 'number'], 'fis numarasi': ['order', 'number'], 'referans no': ['reference'], 'satir toplami': ['product', 'total'], 'kdv haric': ['net'], 'kdv dahil': ['total'], 'odeme sekli': ['payment', 'method'],
  'islem no': ['transaction', 'id'], 'islem numarasi': ['transaction', 'id'], 'iade tutari': ['refund', 'amount'], 'iade edildi': ['refund'], 'son guncelleme': ['updated'], 'son guncelleme tarihi': ['updated', 'date'], 'iptal tarihi': ['cancel', 'date'],
  'abonelikten cikti': ['opt', 'out'], 'abonelikten cikis': ['opt', 'out'], 'pazarlama izni': ['opt', 'in'], 'uyelik tarihi': ['join', 'date'], 'uye olma tarihi': ['join', 'date'], 'uyelik seviyesi': ['tier'], 'son kullanma tarihi': ['expiry', 'date'], 'gecerlilik tarihi': ['expiry', 'date'],
  'isletim sistemi': ['operating', 'system'], 'ekran cozunurlugu': ['screen', 'resolution'], 'ip adresi': ['ip'], 'yonlendiren url': ['referrer'], 'teslim tarihi': ['shipping', 'date'], 'kargoya verilis tarihi': ['shipping', 'date'],
  'kdv orani': ['tax', 'rate'], 'hemen cikma orani': ['bounce', 'rate'], 'saat dilimi': ['timezone'], 'potansiyel musteri': ['lead'], 'iade nedeni': ['return', 'reason'], 'iptal nedeni': ['cancel', 'reason'],
  'toplam harcama': ['lifetime', 'spend'], 'toplam harcanan': ['lifetime', 'spend'],
  'etkinlik sayisi': ['event', 'count'], 'siparis sayisi': ['order', 'count'], 'acilis sayfasi': ['landing', 'page'],
  'talep eden': ['customer'], 'son aktivite': ['last', 'activity'], 'son giris': ['last', 'login'], 'son giris tarihi': ['last', 'login', 'date'], 'son siparis tarihi': ['last', 'order', 'date'], 'son ziyaret': ['last', 'visit'],
  'son siparis': ['last', 'order'], 'satis kanali': ['channel'], 'satis fiyati': ['price'], 'hizmet bedeli': ['fee'], 'musteri tipi': ['customer', 'type'], 'musteri grubu': ['customer', 'group'],
  'web adresi': ['website'],
}

/** Turkish words other languages read otherwise: in a Turkish file "İl", "Ad", "Not" mean these anywhere in a name. */
export const OWN: Record<string, string[]> = { il: ['city'], ad: ['first', 'name'], not: ['note'] }
