/** Indonesian and Malay column vocabulary (shop, marketplace and CRM exports: Tokopedia, Shopee, Lazada UIs in Bahasa). */
export const WORDS: Record<string, string[]> = {
  // the plan or tariff subscribed to and the vehicle hired or sold: the goods of a subscription's, utility's or rental's export (context.ts)
  paket: ['plan'],
  // a mobile ("No. Handphone", "No. HP") and a member card ("No. Kartu Member")
  handphone: ['mobile', 'phone'], kartu: ['card'],
  // Malay words Indonesian writes otherwise (iPay88's "Amaun", "Emel"; toyyibPay's "E-mel Pembayar", the payer's e-mail)
  'e-mel': ['email'], amaun: ['amount'], emel: ['email'], kuantiti: ['quantity'], diskaun: ['discount'], caj: ['fee'], yuran: ['fee'], tajuk: ['title'], penjejakan: ['tracking'], seunit: ['unit'], bayaran: ['payment'], bayar: ['paid'], kurier: ['carrier'],
  nama: ['name'], depan: ['first'], belakang: ['last'], lengkap: ['full'], penuh: ['full'], gelar: ['courtesy', 'title'], sapaan: ['courtesy', 'title'], kelamin: ['gender'], jantina: ['gender'], lahir: ['birth'],
  jabatan: ['job', 'title'], perusahaan: ['company'], syarikat: ['company'], departemen: ['department'], situs: ['website'], laman: ['website'],
  surel: ['email'], telepon: ['phone'], telefon: ['phone'], ponsel: ['mobile', 'phone'], bimbit: ['mobile', 'phone'], hp: ['mobile', 'phone'], faks: ['fax', 'phone'],
  alamat: ['@address'], jalan: ['street'], kota: ['city'], kabupaten: ['city'], bandar: ['city'], kecamatan: ['district'], kelurahan: ['district'], provinsi: ['state'], negeri: ['state'], negara: ['country'], kodepos: ['postal', 'code'], poskod: ['postal', 'code'],
  pelanggan: ['customer'], pasien: ['customer'], perkawinan: ['marital'], pernikahan: ['marital'], perkahwinan: ['marital'], pembeli: ['customer'], pembayar: ['billing'], anggota: ['member'], ahli: ['member'], nomor: ['number'], nombor: ['number'], no: ['number'], kode: ['code'], selesai: ['completed'], transaksi: ['transaction'], pesanan: ['order'], tanggal: ['date'], tarikh: ['date'], waktu: ['time'], masa: ['time'],
  produk: ['product'], barang: ['product'], jumlah: ['quantity'], kuantitas: ['quantity'], harga: ['price'], satuan: ['unit'], unit: ['unit'], subtotal: ['subtotal'], total: ['total'], nominal: ['amount'],
  pengiriman: ['shipping'], penghantaran: ['shipping'], ongkir: ['shipping', 'amount'], ongkos: ['price'], biaya: ['price'], kos: ['price'], pajak: ['tax'], cukai: ['tax'], ppn: ['tax'], diskon: ['discount'], potongan: ['discount'], kupon: ['coupon'],
  mata: [], uang: ['currency'], wang: ['currency'], pembayaran: ['payment'], metode: ['method'], kaedah: ['method'], status: ['status'], dibuat: ['created'], diperbarui: ['updated'], poin: ['point'], tingkat: ['tier'], catatan: ['note'], bahasa: ['language'],
  resi: ['tracking', 'number'], pelacakan: ['tracking'], kurir: ['carrier'], keterangan: ['description'], deskripsi: ['description'], jenis: ['type'], tipe: ['type'],
  dan: [], atau: [], dari: [], untuk: [],
  // everyday words of shop, marketplace, CRM, newsletter, loyalty and analytics exports (Shopee, Tokopedia, Lazada seller centres, Jurnal, Mekari Qontak in Indonesian)
  tengah: ['middle'], rumah: ['home'], kantor: ['work'], desa: ['district'], penagihan: ['billing'], tagihan: ['billing'], peran: ['role'], npwp: ['tax', 'id'], nik: ['tax', 'id'], kontak: ['contact'], pengguna: ['user'], referensi: ['reference'], faktur: ['billing'],
  merek: ['manufacturer'], merk: ['manufacturer'], produsen: ['manufacturer'], ekspedisi: ['carrier'], kirim: ['shipping'], dikembalikan: ['refund'], dibayar: ['paid'], dibatalkan: ['cancel'], pembatalan: ['cancel'], alasan: ['reason'], pada: [],
  buletin: ['newsletter'], berlangganan: ['opt', 'in'], persetujuan: ['opt', 'in'], sumber: ['source'], saluran: ['channel'], kampanye: ['campaign'], sejak: ['since'], bergabung: ['join'], kedaluwarsa: ['expiry'], kadaluarsa: ['expiry'], kedaluarsa: ['expiry'], hadiah: ['loyalty'],
  acara: ['event'], peristiwa: ['event'], sesi: ['session'], halaman: ['page'], perujuk: ['referrer'], peramban: ['browser'], perangkat: ['device'], resolusi: ['resolution'], layar: ['screen'], komentar: ['note'], kewarganegaraan: ['nationality'], penerima: ['recipient'], berat: ['weight'],
  ukuran: ['size'], warna: ['color'], stok: ['stock'], lokasi: ['location'], pengunjung: ['visitor'], kunjungan: ['visit'], durasi: ['duration'], pengembalian: ['return'], retur: ['return'], variasi: ['variant'], varian: ['variant'], prospek: ['prospect'],
  pengeluaran: ['spend'], menerima: ['accept'], pemasaran: ['marketing'],
  baru: ['new'],
  aktivitas: ['activity'], pemohon: ['customer'], pemilik: ['owner'], terakhir: ['last'],
  sebelum: ['before'], setelah: ['after'], pertama: ['first'], penjual: ['seller'], penjualan: ['order'], penilaian: ['score'], dirujuk: ['referral'], oleh: ['by'], komisi: ['fee'], grup: ['group'],
}

export const PHRASES: Record<string, string[]> = {
  // (Malay: Lelong, SiteGiant)
  'jumlah kecil': ['subtotal'], 'jumlah keseluruhan': ['total'], 'jumlah besar': ['total'], 'caj pos': ['shipping', 'amount'], 'caj penghantaran': ['shipping', 'amount'], 'tajuk item': ['product', 'name'], 'e mel': ['email'],
  // the day of registering (Olsera's "Tanggal Daftar", iSeller's "Tanggal Terdaftar", Malay "Tarikh Daftar") is the record's creation
  'tanggal daftar': ['created', 'date'], 'tanggal terdaftar': ['created', 'date'], 'tarikh daftar': ['created', 'date'], 'tanggal registrasi': ['created', 'date'], 'tarikh pendaftaran': ['created', 'date'], 'tanggal pendaftaran': ['created', 'date'],
  'nama depan': ['first', 'name'], 'nama belakang': ['last', 'name'], 'nama lengkap': ['full', 'name'], 'nama penuh': ['full', 'name'], 'jenis kelamin': ['gender'], 'tanggal lahir': ['birth', 'date'], 'tarikh lahir': ['birth', 'date'],
  'nama perusahaan': ['company', 'name'], 'alamat email': ['email'], 'alamat e mail': ['email'], 'nomor telepon': ['phone', 'number'], 'no telepon': ['phone', 'number'], 'no hp': ['mobile', 'phone'], 'nomor hp': ['mobile', 'phone'], 'kode pos': ['postal', 'code'],
  'nomor pesanan': ['order', 'number'], 'no pesanan': ['order', 'number'], 'id pesanan': ['order', 'id'], 'tanggal pesanan': ['order', 'date'], 'waktu pesanan dibuat': ['order', 'date'], 'nama produk': ['product', 'name'], 'harga satuan': ['unit', 'price'],
  'ongkos kirim': ['shipping', 'amount'], 'biaya pengiriman': ['shipping', 'amount'], 'metode pembayaran': ['payment', 'method'], 'metode pengiriman': ['shipping', 'method'], 'mata uang': ['currency'], 'total pembayaran': ['total'], 'nomor resi': ['tracking', 'number'], 'nomor pelacakan': ['tracking', 'number'], 'no resi': ['tracking', 'number'],
  'nama tengah': ['middle', 'name'], 'nomor ponsel': ['mobile', 'phone'], 'nomor whatsapp': ['mobile', 'phone'], 'nomor rumah': ['house', 'number'], 'situs web': ['website'], 'alamat lengkap': ['street'], 'alamat ip': ['ip'], 'kode negara': ['country', 'code'],
  'id pelanggan': ['customer', 'id'], 'nomor pelanggan': ['customer', 'id'], 'kode pelanggan': ['customer', 'id'], 'id kontak': ['contact', 'id'], 'nomor anggota': ['member', 'id'], 'id anggota': ['member', 'id'], 'id pengguna': ['user', 'id'], 'nama pengguna': ['login'],
  'status pesanan': ['order', 'status'], 'status pembayaran': ['payment', 'status'], 'kode produk': ['sku'], 'kode barang': ['sku'], 'kode voucher': ['coupon', 'code'], 'kode promo': ['coupon', 'code'], 'kode kupon': ['coupon', 'code'],
  'jasa kirim': ['carrier'], 'jasa pengiriman': ['carrier'], 'opsi pengiriman': ['shipping', 'method'], 'id transaksi': ['transaction', 'id'], 'pengembalian dana': ['refund'], 'jumlah pengembalian dana': ['refund', 'amount'],
  'berhenti berlangganan': ['opt', 'out'], 'saldo poin': ['points'], 'anggota sejak': ['join', 'date'], 'berlaku hingga': ['expiry'], 'berlaku sampai': ['expiry'], 'sistem operasi': ['operating', 'system'], 'resolusi layar': ['screen', 'resolution'], 'nama penerima': ['recipient', 'name'],
  'zona waktu': ['timezone'], 'rasio pentalan': ['bounce', 'rate'],
  'total pengeluaran': ['lifetime', 'spend'], 'total belanja': ['lifetime', 'spend'],
  'jumlah peristiwa': ['event', 'count'], 'jumlah pesanan': ['order', 'count'], 'halaman landing': ['landing', 'page'],
  'login terakhir': ['last', 'login'], 'aktivitas terakhir': ['last', 'activity'],
  // (round 83: a courier's cash-on-delivery value, "Nilai COD", is the order's payment)
  'nilai cod': ['payment', 'amount'],
  'saluran penjualan': ['channel'], 'biaya layanan': ['fee'], 'biaya admin': ['fee'], 'biaya transaksi': ['fee'],
}
