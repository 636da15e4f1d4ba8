/** Vietnamese column vocabulary (keys folded as names are: diacritics dropped, đ kept): shop, marketplace and CRM exports. */
// (single syllables are short and other languages' words: only distinctive ones stand alone, the rest in phrases)
export const WORDS: Record<string, string[]> = {
  thoai: ['phone'], đuong: ['street'], huyen: ['district'], phuong: ['district'], đon: ['order'], ngay: ['date'], pham: ['product'], luong: ['quantity'], thue: ['tax'], điem: ['point'], khach: ['customer'],
}

export const PHRASES: Record<string, string[]> = {
  'ho va ten': ['full', 'name'], 'ho ten': ['full', 'name'], 'ten khach hang': ['full', 'name'], 'gioi tinh': ['gender'], 'ngay sinh': ['birth', 'date'], 'chuc vu': ['job', 'title'], 'cong ty': ['company'], 'ten cong ty': ['company', 'name'], 'phong ban': ['department'],
  'so đien thoai': ['phone', 'number'], 'đien thoai': ['phone'], 'di đong': ['mobile', 'phone'], 'đien thoai di đong': ['mobile', 'phone'], 'đia chi': ['@address'], 'đia chi email': ['email'], 'thanh pho': ['city'], 'tinh thanh': ['state'], 'tinh thanh pho': ['state'], 'quoc gia': ['country'], 'ma buu chinh': ['postal', 'code'],
  'khach hang': ['customer'], 'ma khach hang': ['customer', 'id'], 'thanh vien': ['member'], 'ma đon hang': ['order', 'id'], 'so đon hang': ['order', 'number'], 'đon hang': ['order'], 'ngay đat hang': ['order', 'date'], 'ngay tao': ['created', 'date'], 'ngay cap nhat': ['updated', 'date'],
  'san pham': ['product'], 'ten san pham': ['product', 'name'], 'ma san pham': ['sku'], 'so luong': ['quantity'], 'đon gia': ['unit', 'price'], 'thanh tien': ['total'], 'tong tien': ['total'], 'tong cong': ['total'], 'phi van chuyen': ['shipping', 'amount'], 'van chuyen': ['shipping'],
  'giam gia': ['discount'], 'ma giam gia': ['coupon', 'code'], 'tien te': ['currency'], 'phuong thuc thanh toan': ['payment', 'method'], 'thanh toan': ['payment'], 'trang thai': ['status'], 'ghi chu': ['note'], 'ma van đon': ['tracking', 'number'], 'hang thanh vien': ['tier'],
}
