/** Vietnamese column vocabulary (keys folded as names are: diacritics dropped, đ kept): shop, marketplace and CRM exports. */
// (single syllables are short and other languages' words: only distinctive ones stand alone, the rest in phrases)
export const WORDS: Record<string, string[]> = {
  tổng: ['total'],
  thoai: ['phone'], đuong: ['street'], huyen: ['district'], phuong: ['district'], đon: ['order'], ngay: ['date'], pham: ['product'], luong: ['quantity'], thue: ['tax'], điem: ['point'], khach: ['customer'],
  // (everyday words of Shopee, Lazada, Tiki, Haravan, Sapo, KiotViet and CRM exports; distinctive syllables only)
  sđt: ['phone'], sdt: ['phone'], zalo: ['social'], nguon: ['source'], kenh: ['channel'], nhom: ['group'], phien: ['session'], trang: ['page'],
  cua: [], đuoc: [],
}

export const PHRASES: Record<string, string[]> = {
  // an invoice's or record's date of issue ("Ngày lập", "Ngày lập hóa đơn")
  'ngay lap': ['created', 'date'],
  // (round 77: a discount, "Chiết khấu", and its amount, "Tiền chiết khấu")
  // (round 83: a courier's cash collected on delivery, "Tiền thu hộ", is the order's payment)
  'tien thu ho': ['payment', 'amount'],
  'chiet khau': ['discount'], 'tien chiet khau': ['discount', 'amount'],
  // a contact's code ("Mã người liên hệ": Mã alone is no word here, other languages' compounds end in -ma)
  'ma nguoi lien he': ['contact', 'id'], 'ma lien he': ['contact', 'id'],
  'người liên hệ': ['contact', 'person'], 'hiện tại': [], 'tổng điểm': ['total', 'point'],
  'ho va ten': ['full', 'name'], 'ho ten': ['full', 'name'], 'ten khach hang': ['full', 'name'], 'gioi tinh': ['gender'], 'ngay sinh': ['birth', 'date'], 'chuc vu': ['job', 'title'], 'cong ty': ['company'], 'ten cong ty': ['company', 'name'], 'phong ban': ['department'],
  'so đien thoai': ['phone', 'number'], 'đien thoai': ['phone'], 'di đong': ['mobile', 'phone'], 'đien thoai di đong': ['mobile', 'phone'], 'đia chi': ['@address'], 'đia chi email': ['email'], 'thanh pho': ['city'], 'tinh thanh': ['state'], 'tinh thanh pho': ['state'], 'quoc gia': ['country'], 'ma buu chinh': ['postal', 'code'],
  'khach hang': ['customer'], 'ma khach hang': ['customer', 'id'], 'thanh vien': ['member'], 'ma đon hang': ['order', 'id'], 'so đon hang': ['order', 'number'], 'đon hang': ['order'], 'ngay đat hang': ['order', 'date'], 'ngay tao': ['created', 'date'], 'ngay cap nhat': ['updated', 'date'],
  'san pham': ['product'], 'ten san pham': ['product', 'name'], 'ma san pham': ['sku'], 'so luong': ['quantity'], 'đon gia': ['unit', 'price'], 'thanh tien': ['total'], 'tong tien': ['total'], 'tong cong': ['total'], 'phi van chuyen': ['shipping', 'amount'], 'van chuyen': ['shipping'],
  'giam gia': ['discount'], 'ma giam gia': ['coupon', 'code'], 'tien te': ['currency'], 'phuong thuc thanh toan': ['payment', 'method'], 'thanh toan': ['payment'], 'trang thai': ['status'], 'ghi chu': ['note'], 'ma van đon': ['tracking', 'number'], 'hang thanh vien': ['tier'],
  'ten đem': ['middle', 'name'], 'ten lot': ['middle', 'name'], 'danh xung': ['courtesy', 'title'], 'xung ho': ['courtesy', 'title'], 'quoc tich': ['nationality'], 'sinh nhat': ['birth', 'date'], 'ngay thang nam sinh': ['birth', 'date'], 'nam sinh': ['birth', 'year'], 'ngon ngu': ['language'], 'mo ta': ['description'], 'binh luan': ['note'],
  'thu đien tu': ['email'], 'so di đong': ['mobile', 'phone'], 'đien thoai ban': ['phone'], 'co quan': ['work'], 'nha rieng': ['home'], 'ca nhan': ['personal'], 'trang web': ['website'],
  'so nha': ['house', 'number'], 'giao hang': ['shipping'], 'nhan hang': ['shipping'], 'nguoi nhan': ['shipping'], 'đia chi giao hang': ['shipping', '@address'], 'đia chi nhan hang': ['shipping', '@address'], 'đia chi thanh toan': ['billing', '@address'],
  'phuong xa': ['district'], 'quan huyen': ['district'], 'tinh tp': ['state'], 'khu vuc': ['state'], 'ma quoc gia': ['country', 'code'], 'hoa đon': ['billing'], 'so hoa đon': ['billing', 'number'], 'ma hoa đon': ['billing', 'number'],
  'doanh nghiep': ['company'], 'to chuc': ['company'], 'ten doanh nghiep': ['company', 'name'], 'vi tri': ['job', 'title'], 'chuc danh': ['job', 'title'], 'ma so thue': ['tax', 'id'], 'nganh nghe': [], 'linh vuc': [], 'so nhan vien': [],
  'ma thanh vien': ['member', 'id'], 'ma hoi vien': ['member', 'id'], 'nguoi dung': ['user'], 'ma nguoi dung': ['user', 'id'], 'ten đang nhap': ['login'], 'tai khoan': ['account'], 'ma tham chieu': ['reference'], 'khach hang tiem nang': ['lead'], 'tiem nang': ['lead'], 'giao dich': ['transaction'], 'ma giao dich': ['transaction', 'id'], 'ma đon': ['order', 'id'],
  // a ticket's booking (VeXeRe's "Mã đặt vé": the booking's code) is the order; a slip's code (Medpro's "Mã phiếu") the
  // document's number; a vehicle's plate ("Biển số xe") nothing of the schema
  'ma đat ve': ['order', 'id'], 'đat ve': ['order'], 'ma phieu': ['document', 'number'], 'bien so xe': ['vehicle', 'plate'], 'bien so': ['vehicle', 'plate'],
  'ngay đat': ['order', 'date'], 'đat hang': ['order'], 'ngay mua': ['order', 'date'], 'mua hang': ['order'], 'thoi gian đat hang': ['order', 'date'], 'ten hang': ['product', 'name'], 'mat hang': ['product'], 'hang hoa': ['goods'], 'ma hang': ['sku'], 'ma sku': ['sku'], 'ma vach': ['sku'],
  'danh muc': ['category'], 'phan loai': ['category'], 'phan loai hang': ['variant'], 'thuong hieu': ['manufacturer'], 'nha san xuat': ['manufacturer'], 'gia ban': ['price'], 'gia goc': ['price'], 'gia niem yet': ['price'], 'tam tinh': ['subtotal'], 'tong tien hang': ['subtotal'], 'tong gia tri': ['total'], 'tong thanh toan': ['total'],
  'thue gtgt': ['tax'], 'thue vat': ['tax'], 'tien thue': ['tax', 'amount'], 'khuyen mai': ['discount'], 'ma khuyen mai': ['coupon', 'code'], 'ma voucher': ['coupon', 'code'], 'phieu giam gia': ['coupon'], 'phi giao hang': ['shipping', 'amount'], 'phi ship': ['shipping', 'amount'], 'phi dich vu': ['fee'], 'phi giao dich': ['fee'],
  'đon vi van chuyen': ['carrier'], 'hang van chuyen': ['carrier'], 'nha van chuyen': ['carrier'], 'phuong thuc van chuyen': ['shipping', 'method'], 'hinh thuc van chuyen': ['shipping', 'method'], 'hinh thuc thanh toan': ['payment', 'method'], 'ma van chuyen': ['tracking', 'number'], 'ma theo doi': ['tracking', 'number'],
  'hoan tien': ['refund'], 'tra hang': ['return'], 'đa huy': ['cancel'], 'huy đon': ['cancel'], 'ly do': ['reason'], 'ngay thanh toan': ['paid', 'date'], 'đa thanh toan': ['paid'], 'ngay giao hang': ['shipping', 'date'], 'ngay đang ky': ['created', 'date'], 'ngay tham gia': ['join', 'date'], 'ngay sua': ['updated', 'date'],
  'thoi gian': ['time'], 'thoi gian tao': ['created', 'date'], 'loai tien': ['currency'], 'ban tin': ['newsletter'], 'đang ky nhan tin': ['opt', 'in'], 'đong y': ['opt', 'in'], 'huy đang ky': ['opt', 'out'], 'chien dich': ['campaign'], 'phan khuc': ['segment'],
  'điem tich luy': ['point'], 'tich luy': ['earned'], 'so du': ['balance'], 'han su dung': ['expiry'], 'ngay het han': ['expiry'], 'het han': ['expiry'], 'cap đo': ['tier'], 'cap bac': ['tier'], 'thanh vien tu': ['join', 'date'], 'đa đoi': ['redeemed'], 'đoi điem': ['redeemed'],
  'ten nguoi nhan': ['shipping', 'name'], 'ten nguoi mua': ['full', 'name'], 'nguoi mua': ['customer'], 'ten hien thi': ['full', 'name'], 'ten thuong hieu': ['manufacturer'], 'ten chien dich': ['campaign', 'name'], 'ten su kien': ['event', 'name'], 'ten trang': ['page', 'name'],
  'su kien': ['event'], 'tieu đe trang': ['page', 'name'], 'đuong dan': ['url'], 'lien ket': ['url'], 'trinh duyet': ['browser'], 'thiet bi': ['device'], 'he đieu hanh': ['operating', 'system'], 'man hinh': ['screen'], 'đo phan giai': ['resolution'], 'đia chi ip': ['ip'],
  'trang gioi thieu': ['referrer'], 'nguon gioi thieu': ['referrer'], 'luot truy cap': ['visits'], 'luot xem': ['views'], 'khach truy cap': ['visitor'], 'thoi luong': ['duration'], 'ty le thoat': ['bounce', 'rate'],
  'mau sac': ['color'], 'kich thuoc': ['size'], 'kich co': ['size'], 'trong luong': ['weight'], 'khoi luong': ['weight'], 'cua hang': ['store'], 'ten cua hang': ['store', 'name'], 'nguoi ban': ['seller'], 'lan cuoi': ['last'], 'đang nhap': ['login'], 'đang nhap lan cuoi': ['last', 'login'],
  'tong chi tieu': ['lifetime', 'spend'], 'ma buu đien': ['postal', 'code'], 'phu trach': ['owner'], 'nguoi phu trach': ['owner'], 'nhan vien phu trach': ['owner'], 'so the': ['card', 'number'], 'ma the': ['card', 'number'],
  'truoc thue': ['excl'], 'sau thue': ['incl'], 'chua thue': ['excl'], 'chua vat': ['excl'], 'gia truoc thue': ['net'],
  // Shopee's order export and Haravan's customer export
  'phuong thuc': ['method'], 'hinh thuc': ['method'], 'phuong thuc giao hang': ['shipping', 'method'], 'can nang': ['weight'], 'ten phan loai hang': ['variant'], 'uu đai': ['discount'], 'gia uu đai': ['price'],
  'tong gia ban': ['total'], 'tong so tien': ['total'], 'so tien': ['amount'], 'phi co đinh': ['fee'], 'phi thanh toan': ['fee'], 'tp quan huyen': ['district'], 'nhan email': ['opt', 'in'], 'nhan email quang cao': ['opt', 'in'], 'quang cao': [],
}

/** Single syllables that name a field only as the whole header ("Họ" / "Tên" split names, "Tỉnh", "Quận", "Xã", "Giá"). */
export const ALONE: Record<string, string[]> = { ho: ['last', 'name'], ten: ['first', 'name'], tinh: ['state'], quan: ['district'], xa: ['district'], gia: ['price'] }
