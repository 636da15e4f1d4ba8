// Round 87, heldout87: held-out sets written apart (by a helper that never opened the suggester or a score). Same
// format as sets.mjs (sources in ../README.md). Asian-language e-commerce, CRM and back-office exports: a Japanese
// inquiry desk and invoicing tool, a Korean payment app and order hub, a mainland-Chinese CDP and a Taiwanese design
// marketplace, an Indonesian invoicing app and POS, a Thai loyalty app and e-mail tool, a Vietnamese help desk and
// omnichannel seller tool; headers in each product's UI language.
import { E, P, B, v, HOME, WORK, B2BID, PL, OR, SHIP, BILL, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'

const day = 86400000
// local times: JST/KST +9, CST/Taiwan +8, WIB/ICT +7
const ymdHMS = (ms, h) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ymd = (ms, h) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const slashHMS = (ms, h) => { const p = shift(ms, h); return `${p.y}/${pad(p.m)}/${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const slashHM = (ms, h) => { const p = shift(ms, h); return `${p.y}/${pad(p.m)}/${pad(p.d)} ${pad(p.H)}:${pad(p.M)}` }
const slashD = (ms, h) => { const p = shift(ms, h); return `${p.y}/${pad(p.m)}/${pad(p.d)}` }
const dmy = (ms, h) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const dmyHM = (ms, h) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const dmyDash = (ms, h) => { const p = shift(ms, h); return `${pad(p.d)}-${pad(p.m)}-${p.y}` }
const dmyDashHM = (ms, h) => { const p = shift(ms, h); return `${pad(p.d)}-${pad(p.m)}-${p.y} ${pad(p.H)}:${pad(p.M)}` }
// money
const grp = (n, sep) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, sep)
const won = (n) => grp(n, ',')
const rp = (n) => `Rp ${grp(n, '.')}`
const vnd = (n) => grp(n, '.')
const cny = (n) => n.toFixed(2)

// people and places, one row each
// [姓, 名, セイ, メイ, mail local part, 都道府県, 市区町村, 番地, 建物, 〒, tel]
const JA = [['佐藤', '美咲', 'サトウ', 'ミサキ', 'misaki.sato', '東京都', '渋谷区', '神宮前3-14-5', 'サンハイツ201', '150-0001', '03-5412-8831'], ['鈴木', '大輔', 'スズキ', 'ダイスケ', 'd.suzuki', '大阪府', '大阪市北区', '梅田2-4-9', '', '530-0001', '06-6345-2210'], ['高橋', '結衣', 'タカハシ', 'ユイ', 'yui.takahashi', '神奈川県', '横浜市西区', 'みなとみらい2-3-1', 'クイーンズタワーA 12F', '220-0012', '045-224-7713'], ['田中', '健一', 'タナカ', 'ケンイチ', 'k-tanaka', '愛知県', '名古屋市中区', '栄3-6-1', '栄ビル5F', '460-0008', '052-261-4470'], ['伊藤', '真理子', 'イトウ', 'マリコ', 'mariko.ito', '福岡県', '福岡市中央区', '天神1-10-20', '', '810-0001', '092-733-5098'], ['渡辺', '拓海', 'ワタナベ', 'タクミ', 'takumi.w', '北海道', '札幌市中央区', '大通西4-1', '道銀ビル8F', '060-0042', '011-231-6624'], ['山本', '陽子', 'ヤマモト', 'ヨウコ', 'yoko-yamamoto', '京都府', '京都市下京区', '四条通烏丸東入長刀鉾町20', '', '600-8008', '075-212-3390']]
const JA_CO = [['株式会社ミドリ商事', 'midori-shoji.co.jp', 'カブシキガイシャミドリショウジ'], ['合同会社スタジオ青', 'studio-ao.jp', 'ゴウドウガイシャスタジオアオ'], ['有限会社たかはし工務店', 'takahashi-koumuten.jp', 'ユウゲンガイシャタカハシコウムテン'], ['株式会社ネクサスデザイン', 'nexus-design.co.jp', 'カブシキガイシャネクサスデザイン'], ['一般社団法人ひかり福祉会', 'hikari-fukushi.or.jp', 'イッパンシャダンホウジンヒカリフクシカイ'], ['株式会社北斗システム', 'hokuto-sys.co.jp', 'カブシキガイシャホクトシステム']]
// [이름, 휴대폰, 우편번호, 주소, 상세주소, email]
const KO = [['김민준', '010-2384-5521', '06236', '서울특별시 강남구 테헤란로 152', '12층', 'minjun.kim@naver.com'], ['이서연', '010-7712-0934', '04524', '서울특별시 중구 세종대로 110', '', 'seoyeon_lee@gmail.com'], ['박지호', '010-5521-8843', '48058', '부산광역시 해운대구 센텀중앙로 79', '101동 1203호', 'jiho.park@daum.net'], ['최수아', '010-3390-1127', '13487', '경기도 성남시 분당구 판교역로 235', 'H스퀘어 N동 4층', 'sua0427@naver.com'], ['정도윤', '010-9045-6618', '35209', '대전광역시 서구 둔산로 100', '', 'doyoon.jung@kakao.com'], ['강하은', '010-4471-2290', '61945', '광주광역시 서구 상무중앙로 84', '302호', 'haeun.k@naver.com'], ['윤서준', '010-8812-3307', '21984', '인천광역시 연수구 컨벤시아대로 165', '', 'seojun.yoon@gmail.com']]
const KO_ITEMS = [['A10234', '국산 햇 찰현미 4kg', '4kg', 18900], ['B20411', '무형광 순면 수건 40수 5매', '그레이', 24500], ['C30772', '제주 감귤 5kg 가정용', '5kg(중과)', 21900], ['D11904', '스테인리스 밀폐용기 6종 세트', '6종', 32000], ['E44029', '남성 기모 조거팬츠', '블랙/L', 29800], ['F55130', '유아 오가닉 바디로션 300ml', '300ml', 15900]]
// [姓名, 手机, 省份, 城市, 区, 详细地址, email]
const CN = [['王伟', '13812345678', '上海市', '上海市', '浦东新区', '世纪大道88号金茂大厦3201室', 'wangwei88@163.com'], ['李娜', '13987654321', '广东省', '深圳市', '南山区', '科技园南区深南大道9988号', 'lina_sz@qq.com'], ['张敏', '15011223344', '北京市', '北京市', '朝阳区', '建国路87号华贸中心1号楼', 'zhangmin@126.com'], ['刘洋', '18622334455', '浙江省', '杭州市', '西湖区', '文三路398号东信大厦', 'liuyang.hz@163.com'], ['陈静', '13766554433', '四川省', '成都市', '锦江区', '红星路三段1号IFS二号办公楼', 'chenjing0612@qq.com'], ['杨帆', '17799887766', '江苏省', '南京市', '鼓楼区', '中山路321号', 'yangfan@sina.com']]
// [收件人, 電話, 國家, 縣市, 郵遞區號, 地址]
const TW = [['林怡君', '0912-345-678', '台灣', '台北市', '106', '大安區忠孝東路四段181號5樓'], ['陳冠宇', '0933-221-456', '台灣', '台中市', '403', '西區公益路二段51號'], ['黃詩涵', '0988-765-432', '台灣', '高雄市', '802', '苓雅區四維三路6號12樓之3'], ['張家豪', '9123 4567', '香港', '九龍', '', '旺角彌敦道688號旺角中心1座18樓C室'], ['吳佩珊', '0955-118-220', '台灣', '新北市', '220', '板橋區文化路一段188巷12號'], ['佐々木 彩', '080-4321-9876', '日本', '東京都', '150-0042', '渋谷区宇田川町21-1']]
const PINKOI_ITEMS = [['pk8Xr2Qa', '手工黃銅耳環 | 月光', '金色 / 夾式', 1280], ['Tq4mZ9Lb', '植鞣牛皮短夾 - 焦糖', '焦糖', 2680], ['Hc7Wn1Ke', '台灣檜木香氛擴香瓶 120ml', '120ml', 880], ['Rb3Jd8Pf', '手繪陶瓷馬克杯 | 貓咪日常', '白', 650], ['Zs6Ty4Mg', '亞麻寬版襯衫 男女同款', '米白 / M', 1980]]
// [nama, ponsel, alamat, kecamatan, kota, provinsi, kode pos, email]
const ID = [['Budi Santoso', '081234567890', 'Jl. Kebon Jeruk Raya No. 27', 'Kebon Jeruk', 'Jakarta Barat', 'DKI Jakarta', '11530', 'budi.santoso@gmail.com'], ['Siti Rahmawati', '085712349876', 'Jl. Dago No. 112', 'Coblong', 'Bandung', 'Jawa Barat', '40135', 'siti.rahma@yahoo.co.id'], ['Agus Prasetyo', '082145678123', 'Jl. Raya Darmo No. 45', 'Wonokromo', 'Surabaya', 'Jawa Timur', '60241', 'agus.pras@gmail.com'], ['Dewi Lestari', '087823456710', 'Perum Griya Asri Blok C3 No. 8', 'Tembalang', 'Semarang', 'Jawa Tengah', '50275', 'dewilestari@gmail.com'], ['Rizky Ramadhan', '081398765432', 'Jl. Gatot Subroto No. 9', 'Medan Petisah', 'Medan', 'Sumatera Utara', '20112', 'rizky.rmd@gmail.com'], ['Nur Aisyah', '089612340987', 'Jl. Malioboro No. 60', 'Gedong Tengen', 'Yogyakarta', 'DI Yogyakarta', '55271', 'nuraisyah@yahoo.co.id']]
// B2B customers of a Jakarta IT vendor: [nama kontak, perusahaan, email, telepon, alamat penagihan, NPWP]
const ID_CO = [['PT Sinar Abadi Jaya', 'finance@sinarabadi.co.id', '021-5367 8890', 'Jl. Jend. Sudirman Kav. 52-53, Jakarta Selatan 12190'], ['CV Maju Bersama', 'admin@majubersama.id', '022-4231 556', 'Jl. Asia Afrika No. 133, Bandung 40112'], ['PT Nusantara Logistik', 'ap@nusalog.co.id', '031-5481 220', 'Jl. Basuki Rahmat No. 8-12, Surabaya 60271'], ['Klinik Sehat Sentosa', 'klinik.sehatsentosa@gmail.com', '0274-512 778', 'Jl. Kaliurang Km 5 No. 21, Sleman 55281'], ['PT Cahaya Retail Indonesia', 'purchasing@cahayaretail.com', '061-4567 123', 'Jl. Imam Bonjol No. 17, Medan 20152']]
const KLEDO_ITEMS = [['SRV-001', 'Jasa Instalasi Jaringan', 'Paket', 3500000], ['HW-RTR-02', 'Router Mikrotik hAP ax2', 'Unit', 1650000], ['LIC-ANT-1Y', 'Lisensi Antivirus 1 Tahun', 'Lisensi', 275000], ['SRV-MNT-01', 'Maintenance Bulanan', 'Bulan', 1200000], ['HW-CBL-305', 'Kabel UTP Cat6 305m', 'Roll', 1850000]]
// [ชื่อ, นามสกุล, มือถือ, จังหวัด, email]
const TH = [['สมชาย', 'ใจดี', '0812345678', 'กรุงเทพมหานคร', 'somchai.j@gmail.com'], ['วรรณา', 'ศรีสุข', '0898761234', 'เชียงใหม่', 'wanna.sri@hotmail.com'], ['ณัฐพล', 'แก้วมณี', '0654432109', 'ขอนแก่น', 'nattaphon.k@gmail.com'], ['พิมพ์ชนก', 'ทองดี', '0923348871', 'กรุงเทพมหานคร', 'pimchanok.t@gmail.com'], ['อนุชา', 'บุญมา', '0867712045', 'ภูเก็ต', 'anucha.boonma@yahoo.com'], ['กนกวรรณ', 'สายทอง', '0819903321', 'นนทบุรี', 'kanokwan.s@gmail.com']]
// [họ tên, sđt, địa chỉ, phường, quận, tỉnh, email]
const VN = [['Nguyễn Văn An', '0903123456', '12 Nguyễn Huệ', 'Phường Bến Nghé', 'Quận 1', 'TP. Hồ Chí Minh', 'an.nguyen@gmail.com'], ['Trần Thị Bích Ngọc', '0912345678', '45 Hàng Bài', 'Phường Hàng Bài', 'Quận Hoàn Kiếm', 'Hà Nội', 'ngoc.tran@gmail.com'], ['Lê Hoàng Minh', '0987654321', '78 Bạch Đằng', 'Phường Hải Châu 1', 'Quận Hải Châu', 'Đà Nẵng', 'minh.le@gmail.com'], ['Phạm Thu Hà', '0934567812', '210 Lê Văn Sỹ', 'Phường 14', 'Quận 3', 'TP. Hồ Chí Minh', 'thuha.pham@yahoo.com'], ['Võ Thanh Tùng', '0978123409', '5 Trần Hưng Đạo', 'Phường Tân An', 'Quận Ninh Kiều', 'Cần Thơ', 'tung.vo@gmail.com'], ['Đặng Mỹ Linh', '0388765123', '22 Phan Chu Trinh', 'Phường Phú Hội', 'TP. Huế', 'Thừa Thiên Huế', 'mylinh.dang@gmail.com']]

// row i's gender follows its name in the tables above
const ALT_F = (i) => i % 2 === 1 // ID, TH, VN: male, female, male, ...
const CN_F = [false, true, true, false, true, false]
// PayApp: amount and method per row, so that card columns, VAT split and cancellations agree
const PAYAPP_AMT = [45000, 89000, 120000, 65000, 150000, 38000, 99000]
const PAYAPP_PM = ['신용카드', '카카오페이', '신용카드', '네이버페이', '휴대전화', '신용카드', '계좌이체', '가상계좌', '신용카드']
const payAmt = (i) => row(PAYAPP_AMT, i)
const payCard = (i) => row(PAYAPP_PM, i) === '신용카드'
const payCancel = (i) => i % 7 === 3
// Kledo: taxed and paid per row
const kTaxed = (i) => i % 3 !== 2
const kStatus = (i) => ['Lunas', 'Belum Dibayar', 'Lunas', 'Dibayar Sebagian', 'Jatuh Tempo'][i % 5]
const kLine = (o, i) => row(KLEDO_ITEMS, i)[3] * o.qty
const kTotal = (o, i) => Math.round(kLine(o, i) * (kTaxed(i) ? 1.11 : 1))
const kOpen = (o, i) => ({ Lunas: 0, 'Belum Dibayar': kTotal(o, i), 'Jatuh Tempo': kTotal(o, i), 'Dibayar Sebagian': Math.round(kTotal(o, i) / 2) })[kStatus(i)]
// Pointspot: balance, redeemed, pulled back and expired points add up to the lifetime points
const psCard = (i) => ['', 'Member Card', 'Silver Card', 'Member Card', 'Gold Card'][i % 5]
const ps = (i) => ({ bal: 40 + (i * 137) % 600, red: (i * 211) % 900, pulled: i % 6 === 4 ? 20 : 0, exp: i % 4 === 1 ? 35 : 0 })

// CareSoft tickets: [tiêu đề, nội dung, loại]
const CS_TICKETS = [['Hỏi tình trạng đơn hàng', 'Khách gọi hỏi đơn hàng khi nào giao.', 'Hỏi đáp'], ['Đổi trả tai nghe bị lỗi', 'Tai nghe bên trái không có tiếng, khách muốn đổi mới.', 'Yêu cầu'], ['Yêu cầu xuất hóa đơn VAT', 'Khách cần hóa đơn đỏ cho công ty, đã gửi mã số thuế qua email.', 'Yêu cầu'], ['Bảo hành điện thoại', 'Máy sập nguồn liên tục sau 2 tuần sử dụng.', 'Sự cố'], ['Khiếu nại giao hàng chậm', 'Đơn đặt 5 ngày chưa nhận được, khách rất bức xúc.', 'Khiếu nại']]

const EMAILID = ['endUserIDs._experience.emailid.id']
const PHONEID = ['endUserIDs._experience.phonenumberid.id']
const CITY = (objs) => [...at(objs, 'stateProvince'), ...at(objs, 'state')]

export const SETS = [
  // ---------------------------------------------------------------- support desk (Tayori, inquiry list CSV, Japanese)
  { name: 'tayori-toiawase-csv-ja', product: 'Tayori (タヨリ, PR TIMES; 管理画面: フォーム > 問い合わせ一覧 > CSVダウンロード, Japanese UI, a Japanese kitchenware maker\'s contact form)', family: 'support', language: 'ja', schema: E, cols: [
    ['問い合わせID', (c, o, r) => String(v.int(r, 3000000, 9999999)), ['_id']],
    ['受信日時', (c, o) => slashHMS(o.at, 9), ['timestamp']],
    ['フォーム名', (c, o, r) => v.pick(r, ['お問い合わせフォーム', 'お問い合わせフォーム', '法人・卸のご相談', '修理・メンテナンス受付']), []],
    ['ステータス', (c, o, r) => v.pick(r, ['未対応', '対応中', '対応中', '完了', '完了']), [], opt],
    ['担当者', (c, o, r) => v.pick(r, ['', '中島', '小川', '中島']), []],
    ['ラベル', (c, o, r) => v.pick(r, ['', '要返信', '商品について', '配送について', 'クレーム']), []],
    ['お名前', (c, o, r, i) => `${row(JA, i)[0]} ${row(JA, i)[1]}`, []],
    ['フリガナ', (c, o, r, i) => `${row(JA, i)[2]} ${row(JA, i)[3]}`, []],
    ['メールアドレス', (c, o, r, i) => `${row(JA, i)[4]}@${v.pick(r, ['gmail.com', 'yahoo.co.jp', 'icloud.com', 'docomo.ne.jp'])}`, EMAILID, opt],
    ['電話番号', (c, o, r, i) => (r() < 0.7 ? `090-${v.int(r, 1000, 9999)}-${v.int(r, 1000, 9999)}` : row(JA, i)[10]), PHONEID, opt],
    ['会社名', (c, o, r, i) => (r() < 0.3 ? row(JA_CO, i)[0] : ''), []],
    ['お問い合わせ種別', (c, o, r) => v.pick(r, ['商品について', 'ご注文・お届けについて', '返品・交換について', 'その他']), []],
    ['ご注文番号', (c, o, r) => (r() < 0.5 ? `${v.int(r, 100000, 999999)}` : ''), [OR('purchaseID')], opt],
    ['お問い合わせ内容', (c, o, r) => v.pick(r, ['鉄フライパン26cmの取っ手が緩んできました。修理は可能でしょうか。', '注文した商品がまだ届いていません。配送状況を教えてください。', 'ギフト用にのし紙をお願いできますか。', '業務用での大量購入を検討しています。']), []],
    ['添付ファイル', (c, o, r) => (r() < 0.2 ? `IMG_${v.int(r, 1000, 9999)}.jpg` : ''), []],
    ['返信数', (c, o, r) => String(v.int(r, 0, 4)), []],
    ['最終更新日時', (c, o, r) => slashHMS(o.at + v.int(r, 1, 72) * 3600000, 9), [], opt],
    ['メモ', (c, o, r) => v.pick(r, ['', '', '修理部門へ転送済み', '再送手配']), []],
    ['送信元URL', (c, o, r) => v.pick(r, ['https://www.kitchen-hinata.jp/contact/', 'https://www.kitchen-hinata.jp/products/frypan-26/', 'https://tayori.com/form/8a1c2e5f03b7d9']), ['web.webPageDetails.URL'], opt],
    ['IPアドレス', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['ユーザーエージェント', (c, o, r) => v.pick(r, ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36']), ['environment.browserDetails.userAgent']],
    ['個人情報の取り扱いについて', () => '同意する', []],
  ] },

  // ---------------------------------------------------------------- invoicing (MakeLeaps, client contacts CSV, Japanese)
  { name: 'makeleaps-torihikisaki-csv-ja', product: 'MakeLeaps (メイクリープス; 取引先 > 取引先一覧 > CSVエクスポート, one row per 取引先担当者, Japanese UI, a Tokyo web-production company)', family: 'invoicing', language: 'ja', schema: B, cols: [
    ['担当者ID', (c, o, r) => `${v.int(r, 3000000, 3999999)}${v.int(r, 100000000000, 999999999999)}`, B2BID],
    ['取引先コード', (c, o, r, i) => `C-${pad(i % 6 + 1, 4)}`, ['b2b.accountID', 'b2b.accountKey.sourceID'], opt],
    ['取引先名', (c, o, r, i) => row(JA_CO, i)[0], ['b2b.companyName', 'organizations[0]']],
    ['取引先名（カナ）', (c, o, r, i) => row(JA_CO, i)[2], [], opt],
    ['敬称', (c, o, r) => v.pick(r, ['御中', '様', '様']), ['person.name.courtesyTitle'], opt],
    ['部署', (c, o, r) => v.pick(r, ['経理部', '総務部', 'マーケティング部', '', '営業企画室']), ['extendedWorkDetails.departments[0]']],
    ['役職', (c, o, r) => v.pick(r, ['', '部長', '課長', '主任', '代表取締役']), ['extendedWorkDetails.jobTitle']],
    ['担当者 姓', (c, o, r, i) => row(JA, i + 2)[0], ['person.name.lastName']],
    ['担当者 名', (c, o, r, i) => row(JA, i + 2)[1], ['person.name.firstName']],
    ['メールアドレス', (c, o, r, i) => `${row(JA, i + 2)[4]}@${row(JA_CO, i)[1]}`, ['workEmail.address', 'personalEmail.address']],
    ['電話番号', (c, o, r, i) => row(JA, i)[10], ['workPhone.number']],
    ['FAX番号', (c, o, r, i) => (r() < 0.4 ? row(JA, i)[10].replace(/\d{4}$/, String(v.int(r, 1000, 9999))) : ''), ['faxPhone.number']],
    ['郵便番号', (c, o, r, i) => row(JA, i)[9], at(['workAddress', 'mailingAddress', 'billingAddress'], 'postalCode')],
    ['都道府県', (c, o, r, i) => row(JA, i)[5], CITY(['workAddress', 'mailingAddress', 'billingAddress'])],
    ['市区町村', (c, o, r, i) => row(JA, i)[6], at(['workAddress', 'mailingAddress', 'billingAddress'], 'city')],
    ['番地', (c, o, r, i) => row(JA, i)[7], at(['workAddress', 'mailingAddress', 'billingAddress'], 'street1')],
    ['建物名', (c, o, r, i) => row(JA, i)[8], at(['workAddress', 'mailingAddress', 'billingAddress'], 'street2')],
    ['国', () => '日本', at(['workAddress', 'mailingAddress', 'billingAddress'], 'country')],
    ['ウェブサイト', (c, o, r, i) => `https://www.${row(JA_CO, i)[1]}/`, ['b2b.companyWebsite']],
    ['適格請求書発行事業者登録番号', (c, o, r) => `T${v.int(r, 1000000, 9999999)}${v.int(r, 100000, 999999)}`, []],
    ['支払条件', (c, o, r) => v.pick(r, ['月末締め翌月末払い', '月末締め翌々月10日払い', '請求後30日以内']), []],
    ['送付方法', (c, o, r) => v.pick(r, ['メール', 'メール', '郵送']), []],
    ['タグ', (c, o, r) => v.pick(r, ['', '継続案件', '保守契約', 'スポット']), []],
    ['メモ', (c, o, r) => v.pick(r, ['', '', '請求書は経理部宛てにPDFで送付', '押印必要']), []],
    ['作成日', (c) => slashD(c.created, 9), ['extSourceSystemAudit.createdDate'], opt],
    ['更新日', (c, o, r) => slashD(c.created + v.int(r, 0, 400) * day, 9), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },

  // ---------------------------------------------------------------- payments (PayApp, payment list Excel, Korean)
  { name: 'payapp-gyeoljae-naeyeok-ko', product: 'PayApp (페이앱, UDID; 판매자 관리자: 결제내역 > 엑셀 다운로드, Korean UI, a Seoul flower shop taking payments by SMS link)', family: 'payments', language: 'ko', schema: E, cols: [
    ['결제요청번호', (c, o, r) => String(v.int(r, 70000000, 99999999)), [OR('payments[0].transactionID'), '_id']],
    ['요청일시', (c, o) => ymdHMS(o.at - 3600000, 9), [], opt],
    ['결제일시', (c, o) => ymdHMS(o.at, 9), ['timestamp']],
    ['상품명', (c, o, r) => v.pick(r, ['생화 꽃다발 (L)', '축하 화환 3단', '동양란 선물', '정기구독 꽃 4주', '꽃바구니 M']), [PL('name')], opt],
    ['결제금액', (c, o, r, i) => won(payAmt(i)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['구매자명', (c, o, r, i) => row(KO, i)[0], []],
    ['구매자 휴대폰번호', (c, o, r, i) => row(KO, i)[1], PHONEID, opt],
    ['구매자 이메일', (c, o, r, i) => (r() < 0.5 ? row(KO, i)[5] : ''), EMAILID, opt],
    ['결제수단', (c, o, r, i) => row(PAYAPP_PM, i), [OR('payments[0].paymentType')]],
    ['카드사', (c, o, r, i) => (payCard(i) ? v.pick(r, ['신한', '국민', '삼성', '현대', '비씨', '롯데']) : ''), [], opt],
    ['카드번호', (c, o, r, i) => (payCard(i) ? `${v.int(r, 4000, 5599)}-${v.int(r, 10, 99)}**-****-${v.int(r, 1000, 9999)}` : ''), []],
    ['할부', (c, o, r, i) => (payCard(i) ? (payAmt(i) >= 99000 && r() < 0.4 ? '3개월' : '일시불') : ''), []],
    ['승인번호', (c, o, r) => pad(v.int(r, 0, 99999999), 8), [OR('payments[0].transactionID')], opt],
    ['결제상태', (c, o, r, i) => (payCancel(i) ? '결제취소' : '결제완료'), [], opt],
    ['취소일시', (c, o, r, i) => (payCancel(i) ? ymdHMS(o.at + day, 9) : ''), [OR('cancelDate')], opt],
    ['취소금액', (c, o, r, i) => (payCancel(i) ? won(payAmt(i)) : '0'), [OR('refundTotal'), OR('refunds[0].refundAmount')]],
    ['배송지 주소', (c, o, r, i) => `${row(KO, i)[3]} ${row(KO, i)[4]}`.trim(), [SHIP('street1')], opt],
    ['메모', (c, o, r) => v.pick(r, ['', '리본: 축 개업', '오후 3시 이전 배송', '']), []],
    ['공급가액', (c, o, r, i) => won(Math.round(payAmt(i) / 1.1)), [], opt],
    ['부가세', (c, o, r, i) => won(payAmt(i) - Math.round(payAmt(i) / 1.1)), [OR('taxAmount')]],
    ['수수료', (c, o, r, i) => won(Math.round(payAmt(i) * (row(PAYAPP_PM, i) === '휴대전화' ? 0.045 : 0.035) / 10) * 10), []],
    ['정산예정일', (c, o) => ymd(o.at + 5 * day, 9), []],
    ['현금영수증', (c, o, r, i) => (['계좌이체', '가상계좌'].includes(row(PAYAPP_PM, i)) && r() < 0.6 ? '발행(소득공제)' : ''), []],
    ['판매자 아이디', () => 'flowerday', []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (EZAdmin, extended order search download, Korean)
  { name: 'ezadmin-hwakjang-jumun-ko', product: 'EZAdmin (이지어드민; 주문배송관리 > 확장주문검색2 > 다운로드, XLS with the shop\'s download format, Korean UI, a Korean living-goods brand selling on 11번가, 스마트스토어, 쿠팡 and G마켓; one row per order line)', family: 'ecommerce-orders', language: 'ko', schema: E, cols: [
    ['관리번호', (c, o, r) => String(v.int(r, 4000000, 4999999)), ['_id']],
    ['판매처', (c, o, r) => v.pick(r, ['스마트스토어', '11번가', '쿠팡', 'G마켓', '자사몰(카페24)']), [], opt],
    ['주문번호', (c, o, r) => `${ymd(o.at, 9).replace(/-/g, '')}${v.int(r, 10000000, 99999999)}`, [OR('purchaseID'), '_id']],
    ['주문일', (c, o) => ymdHMS(o.at, 9), ['timestamp', OR('createdDate')]],
    ['발주일', (c, o) => ymdHMS(o.at + 2 * 3600000, 9), [], opt],
    ['상품코드', (c, o, r, i) => row(KO_ITEMS, i)[0], [PL('SKU')]],
    ['판매처 상품명', (c, o, r, i) => `[무료배송] ${row(KO_ITEMS, i)[1]}`, [PL('name')], opt],
    ['이지어드민 상품명', (c, o, r, i) => row(KO_ITEMS, i)[1], [PL('name')]],
    ['옵션', (c, o, r, i) => row(KO_ITEMS, i)[2], [PL('selectedOptions[0].value')], opt],
    ['수량', (c, o) => String(o.qty), [PL('quantity')]],
    ['판매가', (c, o, r, i) => String(row(KO_ITEMS, i)[3] * o.qty), [PL('priceTotal')], opt],
    ['결제금액', (c, o, r, i) => String(row(KO_ITEMS, i)[3] * o.qty + (o.shipping ? 3000 : 0)), [OR('priceTotal')]],
    ['배송비', (c, o) => String(o.shipping ? 3000 : 0), ['commerce.shipping.shippingAmount']],
    ['정산금액', (c, o, r, i) => String(Math.round(row(KO_ITEMS, i)[3] * o.qty * 0.88)), []],
    ['주문자', (c, o, r, i) => row(KO, i + 1)[0], []],
    ['주문자 핸드폰', (c, o, r, i) => row(KO, i + 1)[1], PHONEID, opt],
    ['수령자', (c, o, r, i) => row(KO, i)[0], []],
    ['수령자 전화', (c, o, r) => (r() < 0.3 ? `02-${v.int(r, 300, 999)}-${v.int(r, 1000, 9999)}` : ''), []],
    ['수령자 핸드폰', (c, o, r, i) => row(KO, i)[1], [], opt],
    ['수령자 우편번호', (c, o, r, i) => row(KO, i)[2], [SHIP('postalCode')]],
    ['수령자 주소', (c, o, r, i) => `${row(KO, i)[3]} ${row(KO, i)[4]}`.trim(), [SHIP('street1')]],
    ['배송메세지', (c, o, r) => v.pick(r, ['', '문 앞에 놓아주세요', '부재시 경비실에 맡겨주세요', '배송 전 연락 바랍니다']), []],
    ['택배사', (c, o, r) => v.pick(r, ['CJ대한통운', '롯데택배', '한진택배', '우체국택배']), ['commerce.shipping.shippingMethod'], opt],
    ['송장번호', (c, o, r) => (r() < 0.75 ? String(v.int(r, 600000000000, 699999999999)) : ''), ['commerce.shipping.trackingNumber']],
    ['배송일', (c, o, r) => (r() < 0.7 ? ymd(o.at + day, 9) : ''), ['commerce.shipping.shipDate']],
    ['상태', (c, o, r) => v.pick(r, ['접수', '송장', '배송', '배송']), [], opt],
    ['C/S', (c, o, r) => v.pick(r, ['정상', '정상', '정상', '배송전 전체취소', '교환요청']), [], opt],
    ['공급처', (c, o, r) => v.pick(r, ['본사', '(주)한결리빙', '제주농원']), []],
  ] },

  // ---------------------------------------------------------------- marketing automation (Convertlab DM Hub, customer export, Simplified Chinese)
  { name: 'convertlab-dmhub-kehu-daochu-zh', product: 'Convertlab DM Hub (客户 > 客户列表 > 导出, CSV, Simplified Chinese UI, a Shanghai cosmetics brand with a WeChat mini-program shop and membership)', family: 'marketing', language: 'zh', schema: P, cols: [
    ['客户ID', (c, o, r) => String(v.int(r, 100000000, 999999999)), ['_id', 'personID']],
    ['姓名', (c, o, r, i) => row(CN, i)[0], ['person.name.fullName']],
    ['性别', (c, o, r, i) => (row(CN_F, i) ? '女' : '男'), ['person.gender']],
    ['生日', (c, o, r) => (r() < 0.6 ? ymd(c.birth, 8) : ''), ['person.birthDate']],
    ['手机号', (c, o, r, i) => row(CN, i)[1], ['mobilePhone.number']],
    ['邮箱', (c, o, r, i) => (r() < 0.5 ? row(CN, i)[6] : ''), ['personalEmail.address']],
    ['国家', () => '中国', at(HOME, 'country')],
    ['省份', (c, o, r, i) => row(CN, i)[2], CITY(HOME)],
    ['城市', (c, o, r, i) => row(CN, i)[3], at(HOME, 'city')],
    ['详细地址', (c, o, r, i) => `${row(CN, i)[4]}${row(CN, i)[5]}`, at(HOME, 'street1'), opt],
    ['公司', (c, o, r) => (r() < 0.2 ? v.pick(r, ['上海明远贸易有限公司', '深圳市云帆科技有限公司']) : ''), ['organizations[0]'], opt],
    ['职位', (c, o, r) => (r() < 0.2 ? v.pick(r, ['市场经理', '设计师', '财务主管']) : ''), []],
    ['微信昵称', (c, o, r) => v.pick(r, ['小鹿', 'Sunny', '静静', '阿杰', '橙子🍊']), []],
    ['微信OpenID', (c, o, r) => `o${v.alnum(r, 5)}-${v.alnum(r, 21)}`, []],
    ['微信UnionID', (c, o, r) => (r() < 0.7 ? `o${v.alnum(r, 27)}` : ''), []],
    ['会员卡号', (c, o, r) => (r() < 0.8 ? `VIP${v.int(r, 10000000, 99999999)}` : ''), ['loyalty.loyaltyID[0]', 'loyalty.cardsDetails[0].number']],
    ['会员等级', (c, o, r) => v.pick(r, ['普通会员', '银卡会员', '金卡会员', '黑卡会员']), ['loyalty.tier']],
    ['积分', (c, o, r) => String(v.int(r, 0, 12000)), ['loyalty.points']],
    ['累计消费金额', (c, o, r) => cny(v.int(r, 9900, 1280000) / 100), ['loyalty.lifetimePurchases'], opt],
    ['客户来源', (c, o, r) => v.pick(r, ['微信公众号', '小程序商城', '天猫旗舰店', '线下门店', '抖音表单']), [], opt],
    ['客户标签', (c, o, r) => v.pick(r, ['', '敏感肌', '高价值,复购', '618活动参与', '新客']), []],
    ['邮件订阅状态', (c, o, r) => v.pick(r, ['已订阅', '未订阅', '已退订']), [], opt],
    ['短信订阅状态', (c, o, r) => v.pick(r, ['已订阅', '已订阅', '已退订']), [], opt],
    ['创建时间', (c) => ymdHMS(c.created, 8), [], opt],
    ['最后更新时间', (c, o, r, i) => ymdHMS(c.created + (20 + (i * 37) % 300) * day + 5400000, 8), [], opt],
    ['最近活跃时间', (c, o, r, i) => ymdHMS(c.created + (20 + (i * 37) % 300) * day, 8), [], opt],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Pinkoi, designer shop order export, Traditional Chinese)
  { name: 'pinkoi-shejiguan-dingdan-zh', product: 'Pinkoi (設計館管理平台: 訂單管理 > 匯出訂單 CSV, Traditional Chinese UI, a Taipei accessories and homeware designer shop shipping to Taiwan, Hong Kong and Japan; one row per ordered item)', family: 'ecommerce-orders', language: 'zh', schema: E, cols: [
    ['訂單編號', (c, o, r) => `${v.int(r, 20000000, 29999999)}${v.alnum(r, 2).toUpperCase()}`, [OR('purchaseID'), '_id']],
    ['下單時間', (c, o) => slashHM(o.at, 8), ['timestamp', OR('createdDate')]],
    ['付款時間', (c, o) => slashHM(o.at + 600000, 8), [], opt],
    ['訂單狀態', (c, o, r) => v.pick(r, ['已付款', '已出貨', '已出貨', '已完成', '已取消']), [], opt],
    ['買家帳號', (c, o, r) => v.pick(r, ['yijun_lin', 'guanyu.c', 'shihan0621', 'kaho.cheung', 'pei_shan', 'aya.sasaki']), []],
    ['商品編號', (c, o, r, i) => row(PINKOI_ITEMS, i)[0], [PL('SKU')]],
    ['商品名稱', (c, o, r, i) => row(PINKOI_ITEMS, i)[1], [PL('name')]],
    ['規格', (c, o, r, i) => row(PINKOI_ITEMS, i)[2], [PL('selectedOptions[0].value')], opt],
    ['數量', (c, o) => String(o.qty), [PL('quantity')]],
    ['單價', (c, o, r, i) => String(row(PINKOI_ITEMS, i)[3]), []],
    ['商品小計', (c, o, r, i) => String(row(PINKOI_ITEMS, i)[3] * o.qty), [PL('priceTotal')]],
    ['運費', (c, o, r, i) => String(row(TW, i)[2] === '台灣' ? 60 : 350), ['commerce.shipping.shippingAmount']],
    ['折扣', (c, o) => String(o.discount ? 100 : 0), [OR('discountAmount')]],
    ['訂單金額', (c, o, r, i) => String(row(PINKOI_ITEMS, i)[3] * o.qty + (row(TW, i)[2] === '台灣' ? 60 : 350) - (o.discount ? 100 : 0)), [OR('priceTotal')]],
    ['幣別', () => 'TWD', [OR('currencyCode'), PL('currencyCode')]],
    ['付款方式', (c, o, r) => v.pick(r, ['信用卡', '信用卡', 'LINE Pay', 'Apple Pay', 'ATM 轉帳', '超商付款']), [OR('payments[0].paymentType')]],
    ['收件人', (c, o, r, i) => row(TW, i)[0], []],
    ['收件人電話', (c, o, r, i) => row(TW, i)[1], [], opt],
    ['收件國家', (c, o, r, i) => row(TW, i)[2], [SHIP('country')]],
    ['縣市', (c, o, r, i) => row(TW, i)[3], [SHIP('city'), SHIP('stateProvince'), SHIP('state')]],
    ['郵遞區號', (c, o, r, i) => row(TW, i)[4], [SHIP('postalCode')]],
    ['收件地址', (c, o, r, i) => row(TW, i)[5], [SHIP('street1')]],
    ['運送方式', (c, o, r, i) => (row(TW, i)[2] === '台灣' ? v.pick(r, ['宅配', '7-11 取貨', '全家取貨']) : '國際快遞 (DHL)'), ['commerce.shipping.shippingMethod']],
    ['物流追蹤碼', (c, o, r) => (r() < 0.6 ? String(v.int(r, 1000000000, 9999999999)) : ''), ['commerce.shipping.trackingNumber']],
    ['出貨日期', (c, o, r) => (r() < 0.6 ? slashD(o.at + 2 * day, 8) : ''), ['commerce.shipping.shipDate']],
    ['買家留言', (c, o, r) => v.pick(r, ['', '', '送禮用，請幫忙包裝', '請勿放價格標籤']), []],
    ['禮物包裝', (c, o, r) => v.pick(r, ['否', '否', '是']), []],
  ] },

  // ---------------------------------------------------------------- invoicing (Kledo, sales invoices export, Indonesian)
  { name: 'kledo-tagihan-penjualan-ekspor-id', product: 'Kledo (Penjualan > Tagihan Penjualan > Ekspor, Excel, one row per invoice line, Indonesian UI, a Jakarta IT services company)', family: 'invoicing', language: 'id', schema: E, cols: [
    ['Nomor', (c, o, r) => `INV/${v.int(r, 10000, 99999)}`, [OR('purchaseID'), '_id']],
    ['Tanggal Transaksi', (c, o) => dmy(o.at, 7), ['timestamp', OR('createdDate')], opt],
    ['Tanggal Jatuh Tempo', (c, o) => dmy(o.at + 30 * day, 7), []],
    ['Nama Kontak', (c, o, r, i) => row(ID_CO, i)[0], []],
    ['Email', (c, o, r, i) => row(ID_CO, i)[1], EMAILID, opt],
    ['Telepon', (c, o, r, i) => row(ID_CO, i)[2], PHONEID, opt],
    ['Alamat Penagihan', (c, o, r, i) => row(ID_CO, i)[3], [BILL('street1')], opt],
    ['Referensi', (c, o, r) => (r() < 0.5 ? `PO-${v.int(r, 2024001, 2024999)}` : ''), [OR('purchaseOrderNumber')], opt],
    ['Status', (c, o, r, i) => kStatus(i), [], opt],
    ['Gudang', (c, o, r) => v.pick(r, ['Gudang Utama', 'Gudang Utama', '']), []],
    ['Tag', (c, o, r) => v.pick(r, ['', 'Proyek', 'Retail', 'Kontrak Tahunan']), []],
    ['Kode Produk', (c, o, r, i) => row(KLEDO_ITEMS, i)[0], [PL('SKU')]],
    ['Nama Produk', (c, o, r, i) => row(KLEDO_ITEMS, i)[1], [PL('name')]],
    ['Deskripsi', (c, o, r) => v.pick(r, ['', 'Periode Mei 2024', 'Termasuk konfigurasi', '']), []],
    ['Kuantitas', (c, o) => String(o.qty), [PL('quantity')]],
    ['Satuan', (c, o, r, i) => row(KLEDO_ITEMS, i)[2], [PL('unitOfMeasureCode')], opt],
    ['Harga Satuan', (c, o, r, i) => String(row(KLEDO_ITEMS, i)[3]), []],
    ['Diskon (%)', () => '0', []],
    ['Pajak', (c, o, r, i) => (kTaxed(i) ? 'PPN 11%' : ''), [], opt],
    ['Jumlah', (c, o, r, i) => String(kLine(o, i)), [PL('priceTotal')]],
    ['Total Pajak', (c, o, r, i) => String(kTotal(o, i) - kLine(o, i)), [OR('taxAmount')]],
    ['Total', (c, o, r, i) => String(kTotal(o, i)), [OR('priceTotal')]],
    ['Sisa Tagihan', (c, o, r, i) => String(kOpen(o, i)), []],
    ['Mata Uang', () => 'IDR', [OR('currencyCode')]],
    ['Pesan', (c, o, r) => v.pick(r, ['', 'Terima kasih atas kepercayaan Anda.', 'Pembayaran ke BCA 123-456-7890 a.n. PT Teknologi Kita']), []],
    ['Memo', (c, o, r) => v.pick(r, ['', '', 'Sudah dikirim via email']), []],
  ] },

  // ---------------------------------------------------------------- POS customers (Pawoon, customer list export, Indonesian)
  { name: 'pawoon-daftar-pelanggan-id', product: 'Pawoon (back office: Pelanggan > Daftar Pelanggan > Ekspor, Excel, Indonesian UI, a Bandung coffee shop with two outlets)', family: 'pos', language: 'id', schema: P, cols: [
    ['Kode Pelanggan', (c, o, r) => `PLG-${v.int(r, 10000, 99999)}`, ['_id', 'personID']],
    ['Nama', (c, o, r, i) => row(ID, i)[0], ['person.name.fullName']],
    ['Email', (c, o, r, i) => (r() < 0.6 ? row(ID, i)[7] : ''), ['personalEmail.address']],
    ['No. Telepon', (c, o, r, i) => row(ID, i)[1], ['mobilePhone.number']],
    ['Jenis Kelamin', (c, o, r, i) => (ALT_F(i) ? 'Perempuan' : 'Laki-laki'), ['person.gender']],
    ['Tanggal Lahir', (c, o, r) => (r() < 0.5 ? dmyDash(c.birth, 7) : ''), ['person.birthDate'], opt],
    ['Alamat', (c, o, r, i) => row(ID, i)[2], at(HOME, 'street1')],
    ['Kota', (c, o, r, i) => row(ID, i)[4], at(HOME, 'city')],
    ['Provinsi', (c, o, r, i) => row(ID, i)[5], CITY(HOME)],
    ['Kode Pos', (c, o, r, i) => row(ID, i)[6], at(HOME, 'postalCode')],
    ['Catatan', (c, o, r) => v.pick(r, ['', '', 'Suka less sugar', 'Member komunitas sepeda']), []],
    ['Outlet Terdaftar', (c, o, r) => v.pick(r, ['Kopi Teduh Dago', 'Kopi Teduh Buah Batu']), []],
    ['Grup Pelanggan', (c, o, r) => v.pick(r, ['Umum', 'Umum', 'Member', 'Karyawan']), [], opt],
    ['Poin', (c, o, r) => String(v.int(r, 0, 850)), ['loyalty.points']],
    ['Jumlah Transaksi', (c, o, r) => String(v.int(r, 1, 120)), []],
    ['Total Belanja', (c, o, r) => rp(v.int(r, 25, 4800) * 1000), ['loyalty.lifetimePurchases'], opt],
    ['Transaksi Terakhir', (c, o) => dmyDashHM(o.at, 7), [], opt],
    ['Terdaftar Sejak', (c, o, r, i) => dmyDash(o.at - (10 + (i * 53) % 700) * day, 7), [], opt],
  ] },

  // ---------------------------------------------------------------- loyalty (Pointspot, member export, Thai)
  { name: 'pointspot-sammachik-th', product: 'Pointspot (ระบบบริหารจัดการ: สมาชิก > รายชื่อสมาชิก > ส่งออกข้อมูล .xls, Thai UI, a Chiang Mai café and bakery collecting points by phone number)', family: 'loyalty', language: 'th', schema: P, cols: [
    ['Pointspot ID', (c, o, r) => `PS${v.int(r, 10000000, 99999999)}`, ['loyalty.loyaltyID[0]', '_id', 'personID']],
    ['ชื่อ', (c, o, r, i) => row(TH, i)[0], ['person.name.firstName']],
    ['นามสกุล', (c, o, r, i) => row(TH, i)[1], ['person.name.lastName']],
    ['เบอร์โทรศัพท์', (c, o, r, i) => row(TH, i)[2], ['mobilePhone.number']],
    ['อีเมล', (c, o, r, i) => (r() < 0.4 ? row(TH, i)[4] : ''), ['personalEmail.address']],
    ['เพศ', (c, o, r, i) => (ALT_F(i) ? 'หญิง' : 'ชาย'), ['person.gender']],
    ['วันเกิด', (c, o, r) => (r() < 0.6 ? dmy(c.birth, 7) : ''), ['person.birthDate'], opt],
    ['จังหวัด', (c, o, r, i) => row(TH, i)[3], CITY(HOME), opt],
    ['บัตรสมาชิก', (c, o, r, i) => psCard(i), ['loyalty.tier']],
    ['เลขที่บัตรสมาชิก', (c, o, r, i) => (psCard(i) ? pad(v.int(r, 1, 99999), 6) : ''), ['loyalty.cardsDetails[0].number'], opt],
    ['วันที่ออกบัตร', (c, o, r, i) => (psCard(i) ? dmy(o.at + (30 + (i * 17) % 200) * day, 7) : ''), ['loyalty.tierUpgradeDate', 'loyalty.upgradeDate'], opt],
    ['วันหมดอายุบัตร', (c, o, r, i) => (psCard(i) ? dmy(o.at + (395 + (i * 17) % 200) * day, 7) : ''), ['loyalty.tierExpiryDate'], opt],
    ['พอยท์คงเหลือ', (c, o, r, i) => String(ps(i).bal), ['loyalty.points']],
    ['พอยท์ที่ได้รับทั้งหมด', (c, o, r, i) => String(ps(i).bal + ps(i).red + ps(i).pulled + ps(i).exp), ['loyalty.lifetimePoints']],
    ['พอยท์ที่ใช้แลก', (c, o, r, i) => String(ps(i).red), ['loyalty.pointsRedeemed']],
    ['พอยท์ที่ถูกดึงคืน', (c, o, r, i) => String(ps(i).pulled), ['loyalty.adjustedPoints'], opt],
    ['พอยท์หมดอายุ', (c, o, r, i) => String(ps(i).exp), ['loyalty.expiredPoints'], opt],
    ['จำนวนรายการ', (c, o, r) => String(v.int(r, 1, 80)), []],
    ['ยอดใช้จ่ายสะสม (บาท)', (c, o, r) => (v.int(r, 1200, 48000)).toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ','), ['loyalty.lifetimePurchases'], opt],
    ['ป้ายกำกับสมาชิก', (c, o, r) => v.pick(r, ['', 'ลูกค้าประจำ', 'สายเค้ก', 'นักศึกษา']), []],
    ['ช่องทางการสมัคร', (c, o, r) => v.pick(r, ['LINE', 'LINE', 'หน้าร้าน', 'Pointspot App']), [], opt],
    ['วันที่สมัครสมาชิก', (c, o) => dmy(o.at, 7), ['loyalty.joinDate']],
    ['ทำรายการล่าสุด', (c, o, r, i) => dmyHM(o.at + (240 + (i * 23) % 300) * day + v.int(r, 8, 19) * 3600000, 7), [], opt],
  ] },

  // ---------------------------------------------------------------- e-mail (Taximail, subscriber list export, Thai)
  { name: 'taximail-raichue-phurap-th', product: 'Taximail (Subscribers > รายชื่อผู้รับ > ส่งออกรายชื่อ (Export), CSV, Thai UI, a Bangkok skincare e-shop\'s newsletter list)', family: 'email', language: 'th', schema: P, cols: [
    ['อีเมล', (c, o, r, i) => row(TH, i)[4], ['personalEmail.address']],
    ['ชื่อ', (c, o, r, i) => row(TH, i)[0], ['person.name.firstName']],
    ['นามสกุล', (c, o, r, i) => row(TH, i)[1], ['person.name.lastName']],
    ['เบอร์มือถือ', (c, o, r, i) => (r() < 0.7 ? `+66${row(TH, i)[2].slice(1)}` : ''), ['mobilePhone.number']],
    ['เพศ', (c, o, r, i) => (ALT_F(i) ? 'หญิง' : 'ชาย'), ['person.gender']],
    ['วันเกิด', (c, o, r) => (r() < 0.5 ? ymd(c.birth, 7) : ''), ['person.birthDate']],
    ['จังหวัด', (c, o, r, i) => row(TH, i)[3], CITY(HOME), opt],
    ['บริษัท', (c, o, r) => (r() < 0.15 ? v.pick(r, ['บริษัท สยามบิวตี้ จำกัด', 'ร้านนิ่มนวล']) : ''), ['organizations[0]'], opt],
    ['สถานะ', (c, o, r) => v.pick(r, ['Active', 'Active', 'Active', 'Unsubscribed', 'Bounced']), ['personalEmail.status'], opt],
    ['กลุ่ม', (c, o, r) => v.pick(r, ['ลูกค้าทั่วไป', 'VIP', 'สมัครผ่านป๊อปอัป']), []],
    ['แหล่งที่มา', (c, o, r) => v.pick(r, ['Web Form', 'Import', 'API', 'Landing Page']), [], opt],
    ['IP ที่สมัคร', (c, o, r) => v.ip4(r), [], opt],
    ['วันที่สมัคร', (c) => ymdHMS(c.created, 7), [], opt],
    ['วันที่แก้ไขล่าสุด', (c, o, r, i) => ymdHMS(c.created + (3 + (i * 29) % 200) * day, 7), [], opt],
    ['เปิดอีเมลล่าสุด', (c, o, r, i) => (i % 4 !== 3 ? ymdHMS(c.created + (30 + (i * 31) % 400) * day, 7) : ''), [], opt],
    ['คลิกล่าสุด', (c, o, r, i) => (i % 4 === 0 ? ymdHMS(c.created + (30 + (i * 31) % 400) * day + 120000, 7) : ''), [], opt],
    ['จำนวนครั้งที่เปิด', (c, o, r) => String(v.int(r, 0, 60)), []],
    ['จำนวนครั้งที่คลิก', (c, o, r) => String(v.int(r, 0, 15)), []],
    ['ประเภทผิว', (c, o, r) => v.pick(r, ['ผิวมัน', 'ผิวแห้ง', 'ผิวผสม', 'ผิวแพ้ง่าย', '']), []],
  ] },

  // ---------------------------------------------------------------- support desk (CareSoft, ticket export, Vietnamese)
  { name: 'caresoft-xuat-ticket-vi', product: 'CareSoft (Ticket > Danh sách ticket > Xuất Excel, Vietnamese UI, a Hanoi electronics e-shop\'s customer-care team on phone, Facebook and Zalo)', family: 'support', language: 'vi', schema: E, cols: [
    ['Mã ticket', (c, o, r) => String(v.int(r, 100000, 999999)), ['_id']],
    ['Tiêu đề', (c, o, r, i) => row(CS_TICKETS, i)[0], []],
    ['Nội dung', (c, o, r, i) => row(CS_TICKETS, i)[1], []],
    ['Kênh', (c, o, r) => v.pick(r, ['Cuộc gọi đến', 'Email', 'Facebook', 'Zalo', 'Webchat']), [], opt],
    ['Trạng thái', (c, o, r) => v.pick(r, ['Mới', 'Đang xử lý', 'Chờ phản hồi', 'Đã giải quyết', 'Đóng']), [], opt],
    ['Mức độ ưu tiên', (c, o, r) => v.pick(r, ['Thấp', 'Bình thường', 'Bình thường', 'Cao', 'Khẩn cấp']), []],
    ['Loại ticket', (c, o, r, i) => row(CS_TICKETS, i)[2], []],
    ['Người yêu cầu', (c, o, r, i) => row(VN, i)[0], []],
    ['Email người yêu cầu', (c, o, r, i) => (r() < 0.6 ? row(VN, i)[6] : ''), EMAILID, opt],
    ['Số điện thoại', (c, o, r, i) => row(VN, i)[1], PHONEID, opt],
    ['Mã đơn hàng', (c, o, r) => (r() < 0.6 ? `DH${v.int(r, 100000, 999999)}` : ''), [OR('purchaseID')], opt],
    ['Nhóm xử lý', (c, o, r) => v.pick(r, ['CSKH', 'Bảo hành', 'Kế toán']), []],
    ['Người xử lý', (c, o, r) => v.pick(r, ['Hoàng Yến', 'Quốc Bảo', 'Thu Trang', '']), []],
    ['Thẻ', (c, o, r) => v.pick(r, ['', 'doi_tra', 'giao_hang', 'vip', 'hoa_don']), []],
    ['Ngày tạo', (c, o) => dmyHM(o.at, 7), ['timestamp'], opt],
    ['Ngày cập nhật', (c, o, r) => dmyHM(o.at + v.int(r, 1, 48) * 3600000, 7), [], opt],
    ['Ngày giải quyết', (c, o, r) => (r() < 0.6 ? dmyHM(o.at + v.int(r, 2, 96) * 3600000, 7) : ''), [], opt],
    ['Thời gian phản hồi đầu tiên (phút)', (c, o, r) => String(v.int(r, 1, 240)), []],
    ['Đánh giá', (c, o, r) => v.pick(r, ['', 'Hài lòng', 'Rất hài lòng', 'Không hài lòng']), []],
  ] },

  // ---------------------------------------------------------------- e-commerce customers (Upbase, customer export, Vietnamese)
  { name: 'upbase-xuat-khach-hang-vi', product: 'Upbase (upbase.vn; Khách hàng > Thông tin khách hàng > Xuất khách hàng, Excel, Vietnamese UI, a Vietnamese cosmetics seller on Shopee, TikTok Shop, Lazada and Facebook)', family: 'ecommerce-customers', language: 'vi', schema: P, cols: [
    ['Mã khách hàng', (c, o, r) => `KH${v.int(r, 100000, 999999)}`, ['_id', 'personID']],
    ['Tên khách hàng', (c, o, r, i) => row(VN, i)[0], ['person.name.fullName']],
    ['Số điện thoại', (c, o, r, i) => row(VN, i)[1], ['mobilePhone.number']],
    ['Email', (c, o, r, i) => (r() < 0.5 ? row(VN, i)[6] : ''), ['personalEmail.address']],
    ['Giới tính', (c, o, r, i) => (ALT_F(i) ? 'Nữ' : 'Nam'), ['person.gender']],
    ['Ngày sinh', (c, o, r) => (r() < 0.4 ? dmy(c.birth, 7) : ''), ['person.birthDate'], opt],
    ['Địa chỉ', (c, o, r, i) => row(VN, i)[2], [...at(HOME, 'street1'), 'shippingAddress.street1']],
    ['Phường/Xã', (c, o, r, i) => row(VN, i)[3], [...at(HOME, 'street2'), 'shippingAddress.street2'], opt],
    ['Quận/Huyện', (c, o, r, i) => row(VN, i)[4], [...at(HOME, 'city'), 'shippingAddress.city'], opt],
    ['Tỉnh/Thành phố', (c, o, r, i) => row(VN, i)[5], [...CITY(HOME), ...at(HOME, 'city'), 'shippingAddress.stateProvince', 'shippingAddress.state', 'shippingAddress.city']],
    ['Kênh bán', (c, o, r) => v.pick(r, ['Shopee', 'TikTok Shop', 'Lazada', 'Facebook', 'Tiki']), [], opt],
    ['Tên gian hàng', (c, o, r) => v.pick(r, ['Bông Cosmetics Official', 'Bông Cosmetics Mall', 'Bông Beauty']), []],
    ['Nhóm khách hàng', (c, o, r) => v.pick(r, ['Khách lẻ', 'Khách lẻ', 'Khách quen', 'VIP']), [], opt],
    ['Tổng số đơn', (c, o, r) => String(v.int(r, 1, 25)), []],
    ['Tổng chi tiêu', (c, o, r) => vnd(v.int(r, 99, 8500) * 1000), ['loyalty.lifetimePurchases'], opt],
    ['Đơn hàng gần nhất', (c, o) => dmyHM(o.at, 7), [], opt],
    ['Ngày tạo', (c, o, r, i) => dmyHM(o.at - (15 + (i * 41) % 500) * day - 7200000, 7), [], opt],
    ['Nhân viên phụ trách', (c, o, r) => v.pick(r, ['', 'Ngọc Ánh', 'Minh Khoa']), []],
    ['Ghi chú', (c, o, r) => v.pick(r, ['', '', 'Da nhạy cảm', 'Hay bom hàng, xác nhận trước khi gửi']), []],
  ] },
]
