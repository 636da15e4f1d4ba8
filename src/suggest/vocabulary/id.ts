/** Indonesian and Malay column vocabulary (shop, marketplace and CRM exports: Tokopedia, Shopee, Lazada UIs in Bahasa). */
export const WORDS: Record<string, string[]> = {
  nama: ['name'], depan: ['first'], belakang: ['last'], lengkap: ['full'], penuh: ['full'], gelar: ['courtesy', 'title'], sapaan: ['courtesy', 'title'], kelamin: ['gender'], jantina: ['gender'], lahir: ['birth'],
  jabatan: ['job', 'title'], perusahaan: ['company'], syarikat: ['company'], departemen: ['department'], situs: ['website'], laman: ['website'],
  surel: ['email'], telepon: ['phone'], telefon: ['phone'], ponsel: ['mobile', 'phone'], bimbit: ['mobile', 'phone'], hp: ['mobile', 'phone'], faks: ['fax', 'phone'],
  alamat: ['@address'], jalan: ['street'], kota: ['city'], kabupaten: ['city'], bandar: ['city'], kecamatan: ['district'], kelurahan: ['district'], provinsi: ['state'], negeri: ['state'], negara: ['country'], kodepos: ['postal', 'code'], poskod: ['postal', 'code'],
  pelanggan: ['customer'], pembeli: ['customer'], anggota: ['member'], ahli: ['member'], nomor: ['number'], nombor: ['number'], no: ['number'], kode: ['code'], selesai: ['completed'], transaksi: ['transaction'], pesanan: ['order'], tanggal: ['date'], tarikh: ['date'], waktu: ['time'], masa: ['time'],
  produk: ['product'], barang: ['product'], jumlah: ['quantity'], kuantitas: ['quantity'], harga: ['price'], satuan: ['unit'], unit: ['unit'], subtotal: ['subtotal'], total: ['total'], nominal: ['amount'],
  pengiriman: ['shipping'], penghantaran: ['shipping'], ongkir: ['shipping', 'amount'], ongkos: ['price'], biaya: ['price'], kos: ['price'], pajak: ['tax'], cukai: ['tax'], ppn: ['tax'], diskon: ['discount'], potongan: ['discount'], kupon: ['coupon'],
  mata: [], uang: ['currency'], wang: ['currency'], pembayaran: ['payment'], metode: ['method'], kaedah: ['method'], status: ['status'], dibuat: ['created'], diperbarui: ['updated'], poin: ['point'], tingkat: ['tier'], catatan: ['note'], bahasa: ['language'],
  resi: ['tracking', 'number'], kurir: ['carrier'], keterangan: ['description'], deskripsi: ['description'], jenis: ['type'], tipe: ['type'],
  dan: [], atau: [], dari: [], untuk: [],
}

export const PHRASES: Record<string, string[]> = {
  'nama depan': ['first', 'name'], 'nama belakang': ['last', 'name'], 'nama lengkap': ['full', 'name'], 'nama penuh': ['full', 'name'], 'jenis kelamin': ['gender'], 'tanggal lahir': ['birth', 'date'], 'tarikh lahir': ['birth', 'date'],
  'nama perusahaan': ['company', 'name'], 'alamat email': ['email'], 'alamat e mail': ['email'], 'nomor telepon': ['phone', 'number'], 'no telepon': ['phone', 'number'], 'no hp': ['mobile', 'phone'], 'nomor hp': ['mobile', 'phone'], 'kode pos': ['postal', 'code'],
  'nomor pesanan': ['order', 'number'], 'no pesanan': ['order', 'number'], 'id pesanan': ['order', 'id'], 'tanggal pesanan': ['order', 'date'], 'waktu pesanan dibuat': ['order', 'date'], 'nama produk': ['product', 'name'], 'harga satuan': ['unit', 'price'],
  'ongkos kirim': ['shipping', 'amount'], 'biaya pengiriman': ['shipping', 'amount'], 'metode pembayaran': ['payment', 'method'], 'metode pengiriman': ['shipping', 'method'], 'mata uang': ['currency'], 'total pembayaran': ['total'], 'nomor resi': ['tracking', 'number'], 'no resi': ['tracking', 'number'],
}
