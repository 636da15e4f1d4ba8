/**
 * Turkish column vocabulary (keys lower-case without accents: ç→c, ğ→g, ı→i, ö→o, ş→s, ü→u): the words of shop,
 * marketplace, CRM and invoice exports, with the possessive forms headers use ("Müşteri Adı", "Sipariş Tarihi").
 */
export const WORDS: Record<string, string[]> = {
  adi: ['first', 'name'], isim: ['first', 'name'], ismi: ['first', 'name'], soyad: ['last', 'name'], soyadi: ['last', 'name'], soyisim: ['last', 'name'], soyismi: ['last', 'name'],
  hitap: ['courtesy', 'title'], unvan: ['job', 'title'], unvani: ['job', 'title'], pozisyon: ['job', 'title'], gorevi: ['job', 'title'], departman: ['department'], bolum: ['department'], bolumu: ['department'], cinsiyet: ['gender'], cinsiyeti: ['gender'], dogum: ['birth'], tarih: ['date'], tarihi: ['date'],
  adresi: ['@address'], sokak: ['street'], cadde: ['street'], mahalle: ['district'], semt: ['district'], ilce: ['district'], sehir: ['city'], sehri: ['city'], ulke: ['country'], ulkesi: ['country'],
  eposta: ['email'], telefonu: ['phone'], firma: ['company'], firmasi: ['company'], sirket: ['company'], sirketi: ['company'], vergi: ['tax'],
  musteri: ['customer'], musterinin: ['customer'], uye: ['member'], uyesi: ['member'], numara: ['number'], numarasi: ['number'], kodu: ['code'], kod: ['code'],
  siparis: ['order'], siparisin: ['order'], siparisi: ['order'], urun: ['product'], urunu: ['product'], urunler: ['goods'], adet: ['quantity'], miktar: ['quantity'], miktari: ['quantity'],
  fiyat: ['price'], fiyati: ['price'], birim: ['unit'], tutar: ['amount'], tutari: ['amount'], toplam: ['total'], toplami: ['total'], kdv: ['tax'], indirim: ['discount'], indirimi: ['discount'],
  kargo: ['shipping'], teslimat: ['shipping'], gonderim: ['shipping'], ucret: ['price'], ucreti: ['price'], fatura: ['billing'], faturasi: ['billing'], odeme: ['payment'], odemesi: ['payment'], yontem: ['method'], yontemi: ['method'], tipi: ['type'], turu: ['type'],
  durum: ['status'], durumu: ['status'], olusturulma: ['created'], olusturma: ['created'], kayit: ['created'], guncelleme: ['updated'], guncellenme: ['updated'], dil: ['language'], aciklama: ['description'], notlar: ['note'], notu: ['note'],
  takip: ['tracking'], barkod: ['sku'], izin: ['opt', 'in'], izni: ['opt', 'in'], bulten: ['opt', 'in'], kupon: ['coupon'], kampanya: ['campaign'], iade: ['return'], brut: ['gross'], kdvsiz: ['net'], kdvli: ['total'],
  ofis: ['work'], ev: ['home'], diger: ['other'], eyalet: ['state'], eyaleti: ['state'], zamani: ['timestamp'], degistirilme: ['updated'], degistirme: ['updated'], kaynak: ['source'], kaynagi: ['source'], sahibi: ['owner'], kisi: ['contact'], irtibat: ['contact'], hesap: ['account'],
  faks: ['fax', 'phone'], vkn: ['registration'],
  ve: [], ile: [],
}

/** Whole headers only: an Italian article, an English noun and word elsewhere (see ALONE in index.ts). */
export const ALONE: Record<string, string[]> = { il: ['city'], ad: ['first', 'name'], not: ['note'] }

export const PHRASES: Record<string, string[]> = {
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
}

/** Turkish words other languages read otherwise: in a Turkish file "İl", "Ad", "Not" mean these anywhere in a name. */
export const OWN: Record<string, string[]> = { il: ['city'], ad: ['first', 'name'], not: ['note'] }
