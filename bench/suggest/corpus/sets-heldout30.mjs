// Round 30, heldout30: held-out sets added in round 28's brief, written apart from the suggester and any tuning, scored
// once at the end. Same format as sets.mjs (sources in ../README.md): header as the product exports it, one value
// generator per column in the product's formats, the accepted destinations ([] = nothing fits) and 'opt' for borderline
// columns.
import { E, P, v, OR, PL, SHIP, BILL, opt } from './sets.mjs'
import { pad, shift } from './values.mjs'

const thou = (n, sep) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, sep)
const dec = (n, comma) => (comma ? n.toFixed(2).replace('.', ',') : n.toFixed(2))
const brl = (n) => { const [i, d] = n.toFixed(2).split('.'); return `${thou(+i, '.')},${d}` }
const dmy = (ms, h, sep = '/') => { const p = shift(ms, h); return `${pad(p.d)}${sep}${pad(p.m)}${sep}${p.y}` }
const dmyhm = (ms, h) => { const p = shift(ms, h); return `${dmy(ms, h)} ${pad(p.H)}:${pad(p.M)}` }
const dmyhms = (ms, h) => { const p = shift(ms, h); return `${dmy(ms, h)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const iso = (ms, h) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const n = (x) => +x.id
const at = (xs, k) => xs[k % xs.length]

// Sendo: a Vietnamese shop's orders (Sendo Seller Center > Quản lý đơn hàng > Xuất Excel; Vietnamese UI, one row per order line).
const VN_NAME = ['Nguyễn Văn An', 'Trần Thị Bích Ngọc', 'Lê Minh Khoa', 'Phạm Thu Hà', 'Hoàng Đức Huy', 'Võ Thị Mai', 'Đặng Quốc Bảo', 'Bùi Ngọc Lan']
const VN_ADDR = [['TP. Hồ Chí Minh', 'Quận 7', 'Phường Tân Phong', '45 Nguyễn Thị Thập'], ['Hà Nội', 'Quận Cầu Giấy', 'Phường Dịch Vọng', 'Số 12 ngõ 68 Trần Thái Tông'], ['Đà Nẵng', 'Quận Hải Châu', 'Phường Thạch Thang', '88 Lê Duẩn'], ['Cần Thơ', 'Quận Ninh Kiều', 'Phường An Hòa', '23 Mậu Thân'], ['Bình Dương', 'TP. Thủ Dầu Một', 'Phường Phú Cường', '7 Yersin']]
const SD_P = [['AT-NAM-DEN-L', 'Áo thun nam cotton cổ tròn', 'Màu: Đen, Size: L', 159000], ['DEP-NU-36', 'Dép quai ngang nữ đế bằng', 'Màu: Kem, Size: 36', 89000], ['BINH-GN-500', 'Bình giữ nhiệt inox 500ml', 'Màu: Xanh', 129000], ['OP-IP13', 'Ốp lưng iPhone 13 chống sốc', 'Loại: Trong suốt', 45000], ['NOI-CHIEN-5L', 'Nồi chiên không dầu 5L', '', 1290000]]
const SD_ST = ['Hoàn tất', 'Hoàn tất', 'Đang giao hàng', 'Chờ lấy hàng', 'Mới', 'Đã hủy', 'Trả hàng']
const sdP = (o) => at(SD_P, n(o))
const sdSt = (o) => at(SD_ST, n(o))
const sdSub = (o) => sdP(o)[3] * o.qty
const sdDisc = (o) => (n(o) % 4 === 1 ? Math.round(sdSub(o) * 0.1 / 1000) * 1000 : 0)
const sdShip = (o) => (sdSub(o) >= 300000 ? 0 : [18000, 22000, 30000][n(o) % 3])
const sdTotal = (o) => sdSub(o) - sdDisc(o) + sdShip(o)
const vnd = (x) => thou(x, '.')
const vnPhone = (c) => `09${String(10000000 + (n(c) * 7919) % 89999999)}`

// ZALORA: a Singapore brand's orders (ZALORA Seller Center > Orders > Export, CSV; the Seller Center order export, one row per order item).
const SG_NAME = ['Tan Wei Ming', 'Nur Aisyah binte Rahman', 'Priya Nair', 'Lim Jia Hui', 'Muhammad Faris', 'Chloe Ong', 'Rajesh Kumar', 'Goh Mei Ling']
const SG_ADDR = [['Blk 123 Ang Mo Kio Avenue 3', '#08-1234', '560123'], ['10 Tampines Central 1', '#15-02', '529536'], ['Blk 456 Jurong West Street 42', '#03-88', '640456'], ['8 Marina Boulevard', '#22-01', '018981'], ['Blk 221 Bishan Street 21', '#11-175', '570221']]
const ZL_P = [['ZL-DRS-0412-BLK-S', 'AB123AA0XYZ1SGAMZ-9876543', 'Tiered Midi Dress', 'Black, S', 59.9], ['ZL-SNK-1187-WHT-40', 'AB456SH0QRS2SGAMZ-1234567', 'Court Leather Sneakers', 'White, EU 40', 89], ['ZL-TEE-2201-NVY-M', 'AB789AA0LMN3SGAMZ-5550001', 'Relaxed Crew Tee', 'Navy, M', 24.9], ['ZL-BAG-0310-TAN', 'AB012AC0DEF4SGAMZ-7770002', 'Mini Crossbody Bag', 'Tan', 45.9]]
const ZL_ST = ['delivered', 'delivered', 'shipped', 'ready_to_ship', 'pending', 'canceled', 'returned']
const zlP = (o) => at(ZL_P, n(o))
const zlSt = (o) => at(ZL_ST, n(o))
const zlPaid = (o) => +(zlP(o)[4] - (n(o) % 4 === 1 ? zlP(o)[4] * 0.15 : 0)).toFixed(2)
const sgPhone = (c) => `+65 ${[8, 9][n(c) % 2]}${String(1000000 + (n(c) * 613) % 8999999)}`
const sgEmail = (c) => `${at(SG_NAME, n(c)).toLowerCase().replace(/[^a-z]+/g, '.')}${n(c) % 90}@${['gmail.com', 'hotmail.com', 'yahoo.com.sg'][n(c) % 3]}`

// au PAY Market (ex-Wowma!): a Japanese shop's orders (店舗運営ツール > 受注管理 > 受注一括ダウンロード, CSV; Japanese UI, one row per order line).
const JP = [['佐藤', '健太', 'サトウ', 'ケンタ'], ['鈴木', '美咲', 'スズキ', 'ミサキ'], ['高橋', '翔', 'タカハシ', 'ショウ'], ['田中', '陽子', 'タナカ', 'ヨウコ'], ['伊藤', '大輔', 'イトウ', 'ダイスケ'], ['渡辺', '彩', 'ワタナベ', 'アヤ']]
const JP_ADDR = [['160-0023', '東京都', '新宿区西新宿3-2-1 パークハイツ502'], ['530-0001', '大阪府', '大阪市北区梅田1-1-3'], ['460-0008', '愛知県', '名古屋市中区栄2-9-5'], ['812-0011', '福岡県', '福岡市博多区博多駅前4-3-6'], ['980-0021', '宮城県', '仙台市青葉区中央1-6-35']]
const AU_P = [['tea-sencha-100', '静岡県産 深蒸し煎茶 100g×3袋', '', 2980], ['towel-imabari-2', '今治タオル フェイスタオル 2枚セット', 'カラー:ネイビー', 1650], ['rice-koshi-5kg', '新潟県産 コシヒカリ 5kg 令和6年産', '', 3980], ['case-iph15', 'iPhone15 手帳型ケース', 'カラー:ブラック', 1980]]
const AU_ST = ['完了', '完了', '発送済み', '発送待ち', '新規受付', 'キャンセル']
const auP = (o) => at(AU_P, n(o))
const auSt = (o) => at(AU_ST, n(o))
const auSub = (o) => auP(o)[3] * o.qty
const auShip = (o) => (auSub(o) >= 3980 ? 0 : 660)
const auCoupon = (o) => (n(o) % 5 === 2 ? 300 : 0)
const auPoint = (o) => (n(o) % 3 === 1 ? 100 * (1 + n(o) % 5) : 0)
const auTotal = (o) => auSub(o) + auShip(o) - auCoupon(o) - auPoint(o)
const jst = (ms) => { const p = shift(ms, 9); return `${p.y}/${pad(p.m)}/${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const jpTel = (c) => `0${[90, 80, 70][n(c) % 3]}-${1000 + n(c) % 9000}-${pad((n(c) * 37) % 10000, 4)}`
const gift30 = (o) => n(o) % 5 === 3

// Interpark: a Korean seller's orders (인터파크 판매자 매니저(Interpark Shopping Partner) > 주문관리 > 발송관리 > 엑셀 다운로드; Korean UI, one row per order line).
const KR = ['김민준', '이서연', '박지훈', '최수빈', '정예린', '강도윤', '조하은', '윤성민']
const KR_ADDR = [['06236', '서울특별시 강남구 테헤란로 152', '12층 1203호'], ['48058', '부산광역시 해운대구 센텀중앙로 79', '101동 804호'], ['13529', '경기도 성남시 분당구 판교역로 235', 'A동 5층'], ['21984', '인천광역시 연수구 송도과학로 32', '1502호'], ['61945', '광주광역시 서구 상무중앙로 110', '']]
const IP_P = [['1000234567', '[무료배송] 제주 감귤 5kg 로얄과', '중량:5kg', 24900], ['1000876543', '국내산 햇 찹쌀 4kg', '', 18900], ['1000112233', '남성 기모 조거팬츠', '색상:차콜/사이즈:L', 29800], ['1000998877', '스텐 304 밀폐용기 5종 세트', '', 35000]]
const IP_ST = ['구매확정', '배송완료', '배송중', '발송대기', '결제완료', '취소완료', '반품완료']
const ipP = (o) => at(IP_P, n(o))
const ipSt = (o) => at(IP_ST, n(o))
const ipSub = (o) => ipP(o)[3] * o.qty
const ipShip = (o) => (ipSub(o) >= 30000 ? 0 : 3000)
const krw = (x) => thou(x, ',')
const kst = (ms) => iso(ms, 9)
const krTel = (c) => `010-${1000 + (n(c) * 17) % 9000}-${pad((n(c) * 53) % 10000, 4)}`

// SHEIN Marketplace: a US seller's returns (SHEIN Seller Center > Orders > Return Orders > Export, Excel; English UI, one row per returned item).
const SH_P = [['SW2403118765', 'sw24031187652341', 'BLS-FLR-0118-M', 'Floral Print Puff Sleeve Blouse', 'M', 18.99], ['SM2311045521', 'sm23110455210987', 'JNS-WL-3302-28', 'High Waist Wide Leg Jeans', '28', 29.5], ['SA2402207789', 'sa24022077891122', 'BAG-CHN-0907', 'Chain Strap Quilted Shoulder Bag', 'one-size', 22], ['SK2312019932', 'sk23120199320456', 'SWT-CBL-0510-L', 'Cable Knit Drop Shoulder Sweater', 'L', 26.75]]
const SH_REASON = ['Size too small', 'Size too large', 'Not as described', 'Quality issue', 'Changed my mind', 'Received wrong item']
const SH_ST = ['Refunded', 'Refunded', 'Received by warehouse', 'In transit', 'Pending return', 'Rejected']
const shP = (o) => at(SH_P, n(o))
const shSt = (o) => at(SH_ST, n(o))
const shQty = (o) => 1 + (n(o) % 5 === 0 ? 1 : 0)
const shTime = (ms) => iso(ms, -5)

// AliExpress (Russian seller portal): a Russian seller's orders (Кабинет продавца AliExpress > Заказы > Экспорт заказов, Excel; Russian UI, one row per order line).
const RU_NAME = ['Иванов Алексей Сергеевич', 'Смирнова Екатерина Андреевна', 'Кузнецов Дмитрий Игоревич', 'Попова Анна Владимировна', 'Соколов Максим Олегович', 'Лебедева Ольга Николаевна', 'Новиков Артём Павлович', 'Морозова Татьяна Юрьевна']
const RU_ADDR = [['Москва', 'Москва', 'ул. Профсоюзная, д. 56, кв. 112', '117393'], ['Санкт-Петербург', 'Санкт-Петербург', 'пр. Просвещения, д. 14, кв. 45', '194354'], ['Свердловская обл.', 'Екатеринбург', 'ул. Малышева, д. 101, кв. 8', '620014'], ['Новосибирская обл.', 'Новосибирск', 'ул. Красный проспект, д. 77', '630091'], ['Республика Татарстан', 'Казань', 'ул. Баумана, д. 9, кв. 31', '420111']]
const AE_P = [['1005006123456789', 'KBD-MECH-87', 'Механическая клавиатура 87 клавиш, подсветка RGB', 'Цвет: Чёрный; Переключатели: Red', 3490], ['1005005987654321', 'CASE-SAM-A54', 'Чехол-книжка для Samsung Galaxy A54', 'Цвет: Синий', 690], ['1005006555444333', 'LAMP-LED-DESK', 'Настольная LED лампа с беспроводной зарядкой', '', 2290], ['1005004111222333', 'SOCK-WOOL-5P', 'Носки шерстяные, 5 пар', 'Размер: 41-45', 890]]
const AE_ST = ['Завершён', 'Завершён', 'Отправлен', 'Ожидает отправки', 'Ожидает оплаты', 'Отменён']
const aeP = (o) => at(AE_P, n(o))
const aeSt = (o) => at(AE_ST, n(o))
const aeSub = (o) => aeP(o)[4] * o.qty
const aeShip = (o) => (aeSub(o) >= 2000 ? 0 : 199)
const aeDisc = (o) => (n(o) % 4 === 1 ? Math.round(aeSub(o) * 0.1) : 0)
const rub = (x) => dec(x, true)
const msk = (ms) => { const p = shift(ms, 3); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}` }
const ruTel = (c) => `+7 9${pad(n(c) % 100)} ${100 + n(c) % 900}-${pad((n(c) * 7) % 100)}-${pad((n(c) * 13) % 100)}`
const aeSent = (o) => ['Завершён', 'Отправлен'].includes(aeSt(o))

// Uzum Market: an Uzbek seller's payouts (Кабинет продавца Uzum > Финансы > Выплаты > Отчёт о продажах, Excel; Russian UI, one row per sold item).
const UZ_P = [['SKU-PLOV-KAZAN-8L', 'Казан чугунный 8 л', 385000], ['SKU-ATLAS-SHARF', 'Шарф из хан-атласа', 149000], ['SKU-TEA-GREEN-95', 'Чай зелёный №95, 200 г', 32000], ['SKU-PHONE-CASE-A15', 'Чехол для Samsung Galaxy A15', 45000], ['SKU-KIDS-SET-110', 'Костюм детский, рост 110', 189000]]
const UZ_ST = ['Выплачено', 'Выплачено', 'К выплате', 'В обработке', 'Возврат']
const uzP = (o) => at(UZ_P, n(o))
const uzSt = (o) => at(UZ_ST, n(o))
const uzSale = (o) => uzP(o)[2] * o.qty
const uzComm = (o) => Math.round(uzSale(o) * 0.15)
const uzLog = (o) => [6000, 8000, 12000][n(o) % 3]
const uzs = (x) => thou(x, ' ')
const tash = (ms) => { const p = shift(ms, 5); return `${pad(p.d)}.${pad(p.m)}.${p.y}` }

// Casas Bahia Marketplace (Grupo Casas Bahia, ex-Via Varejo): a Brazilian seller's orders (Portal do Lojista > Pedidos > Relatório de pedidos, Excel; Portuguese UI, one row per order item).
const BR_NAME = ['Ana Paula Souza', 'Carlos Eduardo Lima', 'Juliana Ferreira', 'Rafael Oliveira Santos', 'Mariana Costa', 'Bruno Almeida', 'Fernanda Ribeiro', 'Lucas Pereira']
const BR_ADDR = [['Rua Augusta', '1508', 'apto 72', 'Consolação', 'São Paulo', 'SP', '01304-001'], ['Av. Nossa Senhora de Copacabana', '680', 'bloco B', 'Copacabana', 'Rio de Janeiro', 'RJ', '22050-001'], ['Rua da Bahia', '1148', '', 'Centro', 'Belo Horizonte', 'MG', '30160-011'], ['Av. Sete de Setembro', '2775', 'casa 2', 'Rebouças', 'Curitiba', 'PR', '80230-010'], ['Rua Padre Carapuceiro', '777', 'sala 3', 'Boa Viagem', 'Recife', 'PE', '51020-280']]
const cpf = (c) => { const x = String(10000000000 + (n(c) * 7919) % 89999999999); return `${x.slice(0, 3)}.${x.slice(3, 6)}.${x.slice(6, 9)}-${x.slice(9, 11)}` }
const brTel = (c) => `(${[11, 21, 31, 41, 81][n(c) % 5]}) 9${String(80000000 + (n(c) * 37) % 19999999).slice(0, 4)}-${pad((n(c) * 53) % 10000, 4)}`
const br = (c) => at(BR_ADDR, n(c))
const CB_P = [['9876543', 'Air Fryer Mondial 4L Preta 127V', 349.9], ['8765432', 'Jogo de Panelas Tramontina 5 Peças', 289.9], ['7654321', 'Ventilador de Mesa Arno 40cm', 199.9], ['6543210', 'Fone de Ouvido Bluetooth JBL Tune 520BT', 279]]
const CB_ST = ['Entregue', 'Entregue', 'Enviado', 'Aprovado', 'Pagamento pendente', 'Cancelado']
const cbP = (o) => at(CB_P, n(o))
const cbSt = (o) => at(CB_ST, n(o))
const cbItem = (o) => +(cbP(o)[2] * o.qty).toFixed(2)
const cbShip = (o) => (cbItem(o) >= 299 ? 0 : [19.9, 24.9, 32.5][n(o) % 3])
const cbSent = (o) => ['Entregue', 'Enviado'].includes(cbSt(o))

// Dafiti: a Brazilian brand's account statement (Seller Center Dafiti > Financeiro > Extrato de conta > Exportar, CSV; the Seller Center statement, Portuguese UI, one row per transaction).
const DF_TX = [['Valor do item', 1], ['Comissão', -0.2], ['Frete pago pelo cliente', 1], ['Taxa de frete Dafiti Envios', -1], ['Estorno de item', -1]]
const DF_P = [['TEN-RUN-0420-PRT-40', 'Tênis Corrida Masculino Preto', 199.9], ['VES-MIDI-1130-VRD-M', 'Vestido Midi Estampado Verde', 159.9], ['BOL-TIRA-0711-CAR', 'Bolsa Transversal Caramelo', 129.9], ['CAL-JEANS-2208-AZ-38', 'Calça Jeans Skinny Azul', 139.9]]
const dfTx = (o) => at(DF_TX, n(o))
const dfP = (o) => at(DF_P, n(o))
const dfAmt = (o) => { const [t, k] = dfTx(o); const base = dfP(o)[2]; return t === 'Comissão' ? base * k : t.startsWith('Frete') || t.startsWith('Taxa') ? 14.9 * k : base * k }
const dfPaid = (o) => n(o) % 3 !== 0

// Netshoes: a Brazilian sports shop's returns (Netshoes Marketplace, Portal do Seller > Pós-venda > Devoluções > Exportar, Excel; Portuguese UI, one row per returned item).
const NS_P = [['NS-TEN-NIKE-REV6-42', 'Tênis Nike Revolution 6 Masculino', 'Preto', '42', 349.99], ['NS-CAM-ADI-TIRO-M', 'Camisa Adidas Tiro 24 Masculina', 'Azul', 'M', 149.99], ['NS-BOL-MIK-FUT-5', 'Bola de Futebol Campo Mikasa', 'Branco', 'Único', 119.9], ['NS-LEG-OXER-P', 'Legging Oxer Básica Feminina', 'Preto', 'P', 79.99]]
const NS_MOT = ['Tamanho pequeno', 'Tamanho grande', 'Produto com defeito', 'Arrependimento', 'Produto diferente do anunciado']
const NS_ST = ['Finalizada', 'Finalizada', 'Recebida', 'Aguardando postagem', 'Em trânsito', 'Recusada']
const nsP = (o) => at(NS_P, n(o))
const nsSt = (o) => at(NS_ST, n(o))
const nsPosted = (o) => ['Finalizada', 'Recebida', 'Em trânsito', 'Recusada'].includes(nsSt(o))

// Coppel Marketplace (Mirakl): a Mexican seller's orders (Portal del vendedor > Pedidos > Exportar, CSV; the Mirakl order export in Spanish, one row per order line).
const MX_NAME = [['José Luis', 'Hernández García'], ['María Fernanda', 'López Martínez'], ['Juan Carlos', 'Ramírez Torres'], ['Guadalupe', 'Sánchez Flores'], ['Alejandro', 'Cruz Morales'], ['Daniela', 'Reyes Gómez']]
const MX_ADDR = [['Av. Insurgentes Sur 1602', 'Crédito Constructor', 'Benito Juárez', 'Ciudad de México', '03940'], ['Calle Morelos 245', 'Centro', 'Guadalajara', 'Jalisco', '44100'], ['Av. Constitución 1500 Ote.', 'Centro', 'Monterrey', 'Nuevo León', '64000'], ['Blvd. Francisco I. Madero 789', 'Jorge Almada', 'Culiacán', 'Sinaloa', '80200'], ['Calle 60 No. 455', 'Centro', 'Mérida', 'Yucatán', '97000']]
const CP_P = [['CP-REFRI-9P-INOX', '2003456789', 'Refrigerador 9 pies Inox', 'Línea blanca', 8999], ['CP-COLCH-MAT-IND', '2003456790', 'Colchón Matrimonial Firme', 'Muebles', 4599], ['CP-TV-50-4K', '2003456791', 'Pantalla 50 pulgadas 4K Smart TV', 'Electrónica', 7499], ['CP-LICU-10V', '2003456792', 'Licuadora 10 velocidades 1.25 L', 'Electrodomésticos', 899]]
const CP_ST = ['Recibido', 'Recibido', 'Enviado', 'En espera de envío', 'En espera de aceptación', 'Cancelado', 'Rechazado']
const cpP = (o) => at(CP_P, n(o))
const cpSt = (o) => at(CP_ST, n(o))
const cpAmt = (o) => cpP(o)[4] * o.qty
const cpShip = (o) => (cpAmt(o) >= 999 ? 0 : 129)
const cpSent = (o) => ['Recibido', 'Enviado'].includes(cpSt(o))
const cdmx = (ms) => { const p = shift(ms, -6); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const mxTel = (c) => `${[55, 33, 81, 667, 999][n(c) % 5]}${String(10000000 + (n(c) * 4111) % 89999999).slice(0, n(c) % 5 > 2 ? 7 : 8)}`

// Americanas Marketplace: a Brazilian seller's order spreadsheet loaded as buyer profiles (Americanas Marketplace > Pedidos > Exportar planilha, Excel; Portuguese UI, one row per order).
const AM_ST = ['Entregue', 'Entregue', 'Enviado', 'Aprovado', 'Cancelado']
const amSt = (o) => at(AM_ST, n(o))

export const SETS = [
  // ---------------------------------------------------------------- e-commerce orders
  { name: 'sendo-don-hang-vi', product: 'Sendo (Sendo Seller Center > Quản lý đơn hàng > Xuất Excel; Vietnamese UI, one row per order line)', family: 'ecommerce-orders', language: 'vi', schema: E, cols: [
    ['STT', (c, o, r, i) => String(i + 1), []],
    ['Mã đơn hàng', (c, o) => String(2400000000 + n(o) * 131), [OR('purchaseID')]],
    ['Ngày đặt hàng', (c, o) => dmyhm(o.at, 7), ['timestamp', OR('createdDate')]],
    ['Trạng thái đơn hàng', (c, o) => sdSt(o), [], opt],
    ['Tên người mua', (c) => at(VN_NAME, n(c)), []],
    ['Số điện thoại', (c) => vnPhone(c), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Địa chỉ nhận hàng', (c) => at(VN_ADDR, n(c))[3], [SHIP('street1')]],
    ['Phường/Xã', (c) => at(VN_ADDR, n(c))[2], [SHIP('street2')], opt],
    ['Quận/Huyện', (c) => at(VN_ADDR, n(c))[1], [SHIP('street2')], opt],
    ['Tỉnh/Thành phố', (c) => at(VN_ADDR, n(c))[0], [SHIP('stateProvince'), SHIP('state'), SHIP('city')]],
    ['Mã SKU', (c, o) => sdP(o)[0], [PL('SKU')]],
    ['Tên sản phẩm', (c, o) => sdP(o)[1], [PL('name')]],
    ['Thuộc tính', (c, o) => sdP(o)[2], [PL('selectedOptions[0].value')], opt],
    ['Số lượng', (c, o) => String(o.qty), [PL('quantity')]],
    ['Đơn giá', (c, o) => vnd(sdP(o)[3]), [], opt],
    ['Thành tiền', (c, o) => vnd(sdSub(o)), [PL('priceTotal')], opt],
    ['Shop giảm giá', (c, o) => vnd(sdDisc(o)), [OR('discountAmount'), PL('discountAmount')], opt],
    ['Mã giảm giá', (c, o) => (sdDisc(o) ? 'SENDOSALE10' : ''), ['commerce.promotionID'], opt],
    ['Phí vận chuyển', (c, o) => vnd(sdShip(o)), ['commerce.shipping.shippingAmount']],
    ['Tổng thanh toán', (c, o) => vnd(sdTotal(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Phương thức thanh toán', (c, o) => ['Thanh toán khi nhận hàng (COD)', 'Ví SenPay', 'Thẻ ATM nội địa', 'Thanh toán khi nhận hàng (COD)', 'Ví MoMo'][n(o) % 5], [OR('payments[0].paymentType')]],
    ['Đơn vị vận chuyển', (c, o) => ['Giao Hàng Nhanh', 'Giao Hàng Tiết Kiệm', 'Ninja Van', 'J&T Express'][n(o) % 4], ['commerce.shipping.shippingMethod'], opt],
    ['Mã vận đơn', (c, o, r) => (['Hoàn tất', 'Đang giao hàng', 'Trả hàng'].includes(sdSt(o)) ? `GHN${v.alnum(r, 8).toUpperCase()}` : ''), ['commerce.shipping.trackingNumber']],
    ['Ngày giao cho ĐVVC', (c, o) => (['Hoàn tất', 'Đang giao hàng', 'Trả hàng'].includes(sdSt(o)) ? dmyhm(o.at + 86400000, 7) : ''), ['commerce.shipping.shipDate'], opt],
    ['Phí cố định', (c, o) => vnd(Math.round(sdSub(o) * 0.04 / 100) * 100), []],
    ['Phí thanh toán', (c, o) => vnd(Math.round(sdTotal(o) * 0.02 / 100) * 100), []],
    ['Ghi chú của người mua', (c, o, r) => v.pick(r, ['', '', '', 'Giao giờ hành chính', 'Gọi trước khi giao']), []],
  ] },
  { name: 'zalora-orders', product: 'ZALORA Seller Center (Orders > Export, CSV; a Singapore brand, one row per order item, the Seller Center order export\'s columns in order, the empty Address3-5, Phone Number2 and first-mile columns left out)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order Item Id', (c, o, r) => String(v.int(r, 180000000, 189999999)), ['_id', PL('_id')], opt],
    ['Zalora Id', (c, o) => zlP(o)[1], [], opt],
    ['Seller SKU', (c, o) => zlP(o)[0], [PL('SKU')]],
    ['Zalora SKU', (c, o) => zlP(o)[1].split('-')[0], [PL('SKU')], opt],
    ['Created at', (c, o) => iso(o.at, 8), ['timestamp', OR('createdDate')]],
    ['Updated at', (c, o) => iso(o.at + 3 * 86400000, 8), [OR('lastUpdatedDate')], opt],
    ['Order Number', (c, o) => String(205000000 + n(o) * 7), [OR('purchaseID')]],
    ['Invoice Required', (c, o) => (n(o) % 9 === 0 ? 'Yes' : 'No'), []],
    ['Customer Name', (c) => at(SG_NAME, n(c)), []],
    ['Customer Email', (c) => sgEmail(c), ['endUserIDs._experience.emailid.id'], opt],
    ['National Registration Number', () => '', []],
    ['Shipping Name', (c) => at(SG_NAME, n(c)), []],
    ['Shipping Address', (c) => at(SG_ADDR, n(c))[0], [SHIP('street1')]],
    ['Shipping Address2', (c) => at(SG_ADDR, n(c))[1], [SHIP('street2')]],
    ['Shipping Phone Number', (c) => sgPhone(c), [], opt],
    ['Shipping City', () => 'Singapore', [SHIP('city')]],
    ['Shipping Postcode', (c) => at(SG_ADDR, n(c))[2], [SHIP('postalCode')]],
    ['Shipping Country', () => 'Singapore', [SHIP('country')]],
    ['Shipping Region', () => '', [SHIP('stateProvince'), SHIP('state'), SHIP('region')], opt],
    ['Billing Name', (c) => at(SG_NAME, n(c)), []],
    ['Billing Address', (c) => at(SG_ADDR, n(c))[0], [BILL('street1')]],
    ['Billing Address2', (c) => at(SG_ADDR, n(c))[1], [BILL('street2')]],
    ['Billing Phone Number', (c) => sgPhone(c), [], opt],
    ['Billing City', () => 'Singapore', [BILL('city')]],
    ['Billing Postcode', (c) => at(SG_ADDR, n(c))[2], [BILL('postalCode')]],
    ['Billing Country', () => 'Singapore', [BILL('country')]],
    ['Payment Method', (c, o) => ['CreditCard', 'PayNow', 'Atome', 'CashOnDelivery', 'GrabPay'][n(o) % 5], [OR('payments[0].paymentType')]],
    ['Paid Price', (c, o) => zlPaid(o).toFixed(2), [PL('priceTotal')], opt],
    ['Unit Price', (c, o) => zlP(o)[4].toFixed(2), [], opt],
    ['Shipping Fee', (c, o) => (zlPaid(o) >= 40 ? '0.00' : '4.99'), ['commerce.shipping.shippingAmount'], opt],
    ['Wallet Credits', (c, o) => (n(o) % 6 === 2 ? '5.00' : '0.00'), []],
    ['Item Name', (c, o) => zlP(o)[2], [PL('name')]],
    ['Variation', (c, o) => zlP(o)[3], [PL('selectedOptions[0].value')], opt],
    ['CD Shipping Provider', () => '', [], opt],
    ['Shipping Provider', (c, o) => ['Ninja Van', 'Qxpress', 'SingPost'][n(o) % 3], ['commerce.shipping.shippingMethod'], opt],
    ['Shipment Type Name', () => 'Dropshipping', []],
    ['Shipping Provider Type', (c, o) => (n(o) % 4 === 0 ? 'express' : 'standard'), ['commerce.shipping.shippingMethod'], opt],
    ['CD Tracking Code', () => '', [], opt],
    ['Tracking Code', (c, o, r) => (['delivered', 'shipped', 'returned'].includes(zlSt(o)) ? `ZLRSG${v.int(r, 10000000, 99999999)}` : ''), ['commerce.shipping.trackingNumber']],
    ['Tracking URL', (c, o) => (['delivered', 'shipped', 'returned'].includes(zlSt(o)) ? 'https://www.ninjavan.co/en-sg/tracking' : ''), ['commerce.shipping.trackingURL'], opt],
    ['Promised shipping time', (c, o) => iso(o.at + 2 * 86400000, 8), [], opt],
    ['Premium', () => '', []],
    ['Status', (c, o) => zlSt(o), [], opt],
    ['Reason', (c, o) => (zlSt(o) === 'canceled' ? 'Customer - Changed mind' : zlSt(o) === 'returned' ? 'Size too small' : ''), [], opt],
  ] },
  { name: 'aupay-juchu-ja', product: 'au PAY Market (店舗運営ツール > 受注管理 > 受注一括ダウンロード, CSV; Japanese UI, one row per order line)', family: 'ecommerce-orders', language: 'ja', schema: E, cols: [
    ['注文番号', (c, o) => String(110000000 + n(o) * 29), [OR('purchaseID')]],
    ['注文日時', (c, o) => jst(o.at), ['timestamp', OR('createdDate')]],
    ['注文ステータス', (c, o) => auSt(o), [], opt],
    ['注文者氏名', (c) => `${at(JP, n(c))[0]} ${at(JP, n(c))[1]}`, []],
    ['注文者氏名カナ', (c) => `${at(JP, n(c))[2]} ${at(JP, n(c))[3]}`, []],
    ['注文者郵便番号', (c) => at(JP_ADDR, n(c))[0], [BILL('postalCode')]],
    ['注文者都道府県', (c) => at(JP_ADDR, n(c))[1], [BILL('stateProvince'), BILL('state')]],
    ['注文者住所', (c) => at(JP_ADDR, n(c))[2], [BILL('street1')], opt],
    ['注文者電話番号', (c) => jpTel(c), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['注文者メールアドレス', (c) => `${['kenta', 'misaki', 'sho', 'yoko', 'daisuke', 'aya'][n(c) % 6]}${n(c) % 1000}@${['ezweb.ne.jp', 'au.com', 'gmail.com'][n(c) % 3]}`, ['endUserIDs._experience.emailid.id'], opt],
    ['送付先氏名', (c, o) => (gift30(o) ? '山本 和子' : `${at(JP, n(c))[0]} ${at(JP, n(c))[1]}`), []],
    ['送付先郵便番号', (c, o) => (gift30(o) ? '231-0023' : at(JP_ADDR, n(c))[0]), [SHIP('postalCode')]],
    ['送付先都道府県', (c, o) => (gift30(o) ? '神奈川県' : at(JP_ADDR, n(c))[1]), [SHIP('stateProvince'), SHIP('state')]],
    ['送付先住所', (c, o) => (gift30(o) ? '横浜市中区山下町2-5' : at(JP_ADDR, n(c))[2]), [SHIP('street1')], opt],
    ['送付先電話番号', (c, o) => (gift30(o) ? '045-681-2233' : jpTel(c)), [], opt],
    ['支払方法', (c, o) => ['クレジットカード決済', 'auかんたん決済', 'au PAY残高', 'コンビニ決済', '代金引換'][n(o) % 5], [OR('payments[0].paymentType')]],
    ['商品管理番号', (c, o) => auP(o)[0], [PL('SKU')]],
    ['商品名', (c, o) => auP(o)[1], [PL('name')]],
    ['項目選択肢', (c, o) => auP(o)[2], [PL('selectedOptions[0].value')], opt],
    ['商品単価', (c, o) => String(auP(o)[3]), [], opt],
    ['数量', (c, o) => String(o.qty), [PL('quantity')]],
    ['商品合計金額', (c, o) => String(auSub(o)), [PL('priceTotal')], opt],
    ['送料', (c, o) => String(auShip(o)), ['commerce.shipping.shippingAmount']],
    ['クーポン利用額', (c, o) => String(auCoupon(o)), [OR('discountAmount')], opt],
    ['ポイント利用額', (c, o) => String(auPoint(o)), [], opt],
    ['請求金額', (c, o) => String(auTotal(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['配送方法', (c, o) => ['宅配便', 'メール便', '宅配便'][n(o) % 3], ['commerce.shipping.shippingMethod'], opt],
    ['配送会社', (c, o) => ['ヤマト運輸', '佐川急便', '日本郵便'][n(o) % 3], ['commerce.shipping.shippingMethod'], opt],
    ['配送伝票番号', (c, o, r) => (['完了', '発送済み'].includes(auSt(o)) ? String(v.int(r, 100000000000, 999999999999)) : ''), ['commerce.shipping.trackingNumber']],
    ['発送日', (c, o) => (['完了', '発送済み'].includes(auSt(o)) ? jst(o.at + 86400000).slice(0, 10) : ''), ['commerce.shipping.shipDate'], opt],
    ['お届け希望日', (c, o) => (n(o) % 4 === 0 ? jst(o.at + 4 * 86400000).slice(0, 10) : ''), []],
    ['のし・ラッピング', (c, o) => (gift30(o) ? 'ギフトラッピング希望' : ''), []],
    ['備考', (c, o, r) => v.pick(r, ['', '', '', '午前中希望', '置き配希望']), []],
  ] },
  { name: 'interpark-jumun-ko', product: 'Interpark Shopping (판매자 매니저 > 주문관리 > 발송관리 > 엑셀 다운로드; Korean UI, one row per order line)', family: 'ecommerce-orders', language: 'ko', schema: E, cols: [
    ['주문번호', (c, o) => `2024${pad(n(o) % 10000, 4)}${String(100000 + n(o) * 3).slice(-6)}`, [OR('purchaseID')]],
    ['주문순번', (c, o) => String(1 + (n(o) % 2)), [], opt],
    ['주문일시', (c, o) => kst(o.at), ['timestamp', OR('createdDate')]],
    ['결제일시', (c, o) => kst(o.at + 120000), [], opt],
    ['주문상태', (c, o) => ipSt(o), [], opt],
    ['상품번호', (c, o) => ipP(o)[0], [PL('SKU'), PL('_id')], opt],
    ['판매자상품코드', (c, o) => `IP-${ipP(o)[0].slice(-4)}`, [PL('SKU')]],
    ['상품명', (c, o) => ipP(o)[1], [PL('name')]],
    ['옵션정보', (c, o) => ipP(o)[2], [PL('selectedOptions[0].value')], opt],
    ['수량', (c, o) => String(o.qty), [PL('quantity')]],
    ['판매단가', (c, o) => krw(ipP(o)[3]), [], opt],
    ['판매금액', (c, o) => krw(ipSub(o)), [PL('priceTotal')], opt],
    ['배송비', (c, o) => krw(ipShip(o)), ['commerce.shipping.shippingAmount']],
    ['결제금액', (c, o) => krw(ipSub(o) + ipShip(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['주문자명', (c) => at(KR, n(c)), []],
    ['주문자ID', (c) => `${['minjun', 'seoyeon', 'jihoon', 'subin', 'yerin', 'doyoon', 'haeun', 'sungmin'][n(c) % 8]}${n(c) % 1000}`, [], opt],
    ['주문자연락처', (c) => krTel(c), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['수취인명', (c, o) => (n(o) % 6 === 1 ? '김영희' : at(KR, n(c))), []],
    ['수취인연락처', (c, o) => (n(o) % 6 === 1 ? '010-2233-4455' : krTel(c)), [], opt],
    ['우편번호', (c) => at(KR_ADDR, n(c))[0], [SHIP('postalCode')]],
    ['주소', (c) => at(KR_ADDR, n(c))[1], [SHIP('street1')]],
    ['상세주소', (c) => at(KR_ADDR, n(c))[2], [SHIP('street2')]],
    ['배송메시지', (c, o, r) => v.pick(r, ['', '', '부재 시 문 앞에 놓아주세요', '경비실에 맡겨주세요', '배송 전 연락 바랍니다']), []],
    ['택배사', (c, o) => ['CJ대한통운', '한진택배', '롯데택배', '우체국택배'][n(o) % 4], ['commerce.shipping.shippingMethod'], opt],
    ['송장번호', (c, o, r) => (['구매확정', '배송완료', '배송중', '반품완료'].includes(ipSt(o)) ? String(v.int(r, 100000000000, 999999999999)) : ''), ['commerce.shipping.trackingNumber']],
    ['발송일', (c, o) => (['구매확정', '배송완료', '배송중', '반품완료'].includes(ipSt(o)) ? kst(o.at + 86400000).slice(0, 10) : ''), ['commerce.shipping.shipDate'], opt],
    ['결제수단', (c, o) => ['신용카드', '무통장입금', '휴대폰결제', 'NOL 포인트', '카카오페이'][n(o) % 5], [OR('payments[0].paymentType')]],
    ['정산예정금액', (c, o) => krw(Math.round(ipSub(o) * 0.88)), []],
  ] },
  // ---------------------------------------------------------------- returns
  { name: 'shein-returns', product: 'SHEIN Marketplace (Seller Center > Orders > Return Orders > Export, Excel; a US seller, one row per returned item)', family: 'ecommerce-returns', language: 'en', schema: E, cols: [
    ['Return Order No.', (c, o) => `RT${String(8800000000 + n(o) * 97)}`, [OR('returns.returnID')]],
    ['Order No.', (c, o) => `GSH${String(1000000000 + n(o) * 311).slice(0, 10)}`, [OR('purchaseID'), OR('returns.purchaseID')]],
    ['Return Application Time', (c, o) => shTime(o.at + 9 * 86400000), ['timestamp'], opt],
    ['Return Type', (c, o) => (n(o) % 7 === 3 ? 'Refund Only' : 'Return and Refund'), [PL('returnItem.returnResolution')], opt],
    ['Return Status', (c, o) => shSt(o), [OR('returns.returnStatus'), PL('returnItem.returnStatus')]],
    ['Return Reason', (c, o) => at(SH_REASON, n(o)), [PL('returnItem.returnReason'), OR('refunds[0].refundReason')]],
    ['Buyer Remarks', (c, o, r) => v.pick(r, ['', '', 'runs small, need a bigger size', 'color looks different from the photo']), []],
    ['SKC', (c, o) => shP(o)[0], [], opt],
    ['SKU', (c, o) => shP(o)[1], [PL('SKU')], opt],
    ['Seller SKU', (c, o) => shP(o)[2], [PL('SKU')]],
    ['Product Name', (c, o) => shP(o)[3], [PL('name')]],
    ['Size', (c, o) => shP(o)[4], [PL('selectedOptions[0].value')], opt],
    ['Return Quantity', (c, o) => String(shQty(o)), [PL('returnItem.returnQuantityRequested'), PL('quantity')], opt],
    ['Unit Price', (c, o) => shP(o)[5].toFixed(2), [], opt],
    ['Refund Amount', (c, o) => (shSt(o) === 'Rejected' ? '0.00' : (shP(o)[5] * shQty(o)).toFixed(2)), [PL('refundAmount'), OR('refundTotal'), OR('refunds[0].refundAmount')]],
    ['Currency', () => 'USD', [OR('currencyCode'), OR('refunds[0].currencyCode')], opt],
    ['Return Logistics Company', (c, o) => ['USPS', 'UPS', 'USPS'][n(o) % 3], [], opt],
    ['Return Tracking No.', (c, o, r) => (['Refunded', 'Received by warehouse', 'In transit'].includes(shSt(o)) ? `9202${v.int(r, 100000000, 999999999)}${v.int(r, 10000000, 99999999)}` : ''), [], opt],
    ['Warehouse Received Time', (c, o) => (['Refunded', 'Received by warehouse'].includes(shSt(o)) ? shTime(o.at + 16 * 86400000) : ''), [], opt],
    ['Inspection Result', (c, o) => (shSt(o) === 'Refunded' ? 'Qualified' : shSt(o) === 'Rejected' ? 'Unqualified - used' : ''), [PL('returnItem.returnItemCondition')], opt],
    ['Refund Time', (c, o) => (shSt(o) === 'Refunded' ? shTime(o.at + 17 * 86400000) : ''), [], opt],
    ['Buyer Country', () => 'United States', [SHIP('country')], opt],
    ['Warehouse', () => 'US-NJ Return Center', []],
  ] },
  { name: 'aliexpress-zakazy-ru', product: 'AliExpress (Кабинет продавца > Заказы > Экспорт заказов, Excel; Russian seller portal, one row per order line)', family: 'ecommerce-orders', language: 'ru', schema: E, cols: [
    ['Номер заказа', (c, o) => String(8190000000000000 + n(o) * 1234567), [OR('purchaseID')]],
    ['Дата создания', (c, o) => msk(o.at), ['timestamp', OR('createdDate')]],
    ['Дата оплаты', (c, o) => (aeSt(o) === 'Ожидает оплаты' ? '' : msk(o.at + 300000)), [], opt],
    ['Статус заказа', (c, o) => aeSt(o), [], opt],
    ['ID товара', (c, o) => aeP(o)[0], [PL('_id'), PL('SKU')], opt],
    ['Артикул', (c, o) => aeP(o)[1], [PL('SKU')]],
    ['Название товара', (c, o) => aeP(o)[2], [PL('name')]],
    ['Характеристики', (c, o) => aeP(o)[3], [PL('selectedOptions[0].value')], opt],
    ['Количество', (c, o) => String(o.qty), [PL('quantity')]],
    ['Цена за единицу, руб.', (c, o) => rub(aeP(o)[4]), [], opt],
    ['Стоимость товаров, руб.', (c, o) => rub(aeSub(o)), [PL('priceTotal')], opt],
    ['Скидка продавца, руб.', (c, o) => rub(aeDisc(o)), [OR('discountAmount')], opt],
    ['Стоимость доставки, руб.', (c, o) => rub(aeShip(o)), ['commerce.shipping.shippingAmount']],
    ['Итого к оплате, руб.', (c, o) => rub(aeSub(o) - aeDisc(o) + aeShip(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Покупатель', (c) => at(RU_NAME, n(c)), []],
    ['Телефон', (c) => ruTel(c), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Страна', () => 'Россия', [SHIP('country')]],
    ['Регион', (c) => at(RU_ADDR, n(c))[0], [SHIP('stateProvince'), SHIP('state'), SHIP('region')]],
    ['Город', (c) => at(RU_ADDR, n(c))[1], [SHIP('city')]],
    ['Адрес', (c) => at(RU_ADDR, n(c))[2], [SHIP('street1')]],
    ['Индекс', (c) => at(RU_ADDR, n(c))[3], [SHIP('postalCode')]],
    ['Способ доставки', (c, o) => ['AliExpress Доставка', 'Почта России', 'СДЭК', 'Boxberry'][n(o) % 4], ['commerce.shipping.shippingMethod'], opt],
    ['Трек-номер', (c, o, r) => (aeSent(o) ? `RU${v.int(r, 100000000, 999999999)}ALI` : ''), ['commerce.shipping.trackingNumber']],
    ['Дата отправки', (c, o) => (aeSent(o) ? msk(o.at + 2 * 86400000) : ''), ['commerce.shipping.shipDate'], opt],
    ['Комиссия AliExpress, руб.', (c, o) => rub(Math.round(aeSub(o) * 0.08)), []],
    ['Комментарий покупателя', (c, o, r) => v.pick(r, ['', '', '', 'Позвоните за час до доставки', 'Упакуйте, пожалуйста, в подарочную упаковку']), []],
  ] },
  // ---------------------------------------------------------------- payouts
  { name: 'uzum-vyplaty-ru', product: 'Uzum Market (Кабинет продавца > Финансы > Выплаты > Отчёт о продажах, Excel; Russian UI, an Uzbek seller, one row per sold item)', family: 'payments', language: 'ru', schema: E, cols: [
    ['№', (c, o, r, i) => String(i + 1), []],
    ['Номер заказа', (c, o) => String(7400000 + n(o) * 13), [OR('purchaseID')]],
    ['Дата заказа', (c, o) => tash(o.at), [OR('createdDate'), 'timestamp'], opt],
    ['Дата продажи', (c, o) => tash(o.at + 3 * 86400000), ['timestamp'], opt],
    ['SKU', (c, o) => uzP(o)[0], [PL('SKU')]],
    ['Наименование товара', (c, o) => uzP(o)[1], [PL('name')]],
    ['Количество', (c, o) => String(o.qty), [PL('quantity')]],
    ['Цена продажи, сум', (c, o) => uzs(uzSale(o)), [PL('priceTotal'), OR('priceTotal')], opt],
    ['Скидка продавца, сум', (c, o) => uzs(n(o) % 4 === 1 ? Math.round(uzSale(o) * 0.1) : 0), [OR('discountAmount'), PL('discountAmount')], opt],
    ['Комиссия Uzum, %', () => '15', []],
    ['Комиссия Uzum, сум', (c, o) => uzs(uzComm(o)), []],
    ['Логистика, сум', (c, o) => uzs(uzLog(o)), [], opt],
    ['К выплате, сум', (c, o) => uzs(uzSale(o) - uzComm(o) - uzLog(o)), []],
    ['Схема работы', (c, o) => (n(o) % 3 === 0 ? 'FBS' : 'FBO'), []],
    ['Статус', (c, o) => uzSt(o), [], opt],
    ['Дата выплаты', (c, o) => (uzSt(o) === 'Выплачено' ? tash(o.at + 17 * 86400000) : ''), [], opt],
    ['Номер выплаты', (c, o) => (uzSt(o) === 'Выплачено' ? `PAY-${200000 + n(o) % 90000}` : ''), [OR('payments[0].transactionID')], opt],
  ] },
  { name: 'casasbahia-pedidos-pt', product: 'Casas Bahia Marketplace (Portal do Lojista > Relatório de pedidos, Excel; Portuguese UI, one row per order item)', family: 'ecommerce-orders', language: 'pt', schema: E, cols: [
    ['Número do pedido', (c, o) => String(1380000000 + n(o) * 17), [OR('purchaseID')]],
    ['Origem da venda', (c, o) => ['Casas Bahia', 'Ponto', 'Extra.com.br', 'Casas Bahia'][n(o) % 4], [], opt],
    ['Status do pedido', (c, o) => cbSt(o), [], opt],
    ['Data da compra', (c, o) => dmyhms(o.at, -3), ['timestamp', OR('createdDate')]],
    ['Data de aprovação', (c, o) => (cbSt(o) === 'Pagamento pendente' ? '' : dmyhms(o.at + 3600000, -3)), [], opt],
    ['Data limite de expedição', (c, o) => dmy(o.at + 2 * 86400000, -3), []],
    ['Nome do produto', (c, o) => cbP(o)[1], [PL('name')]],
    ['SKU da loja', (c, o) => cbP(o)[0], [PL('SKU')]],
    ['Forma de pagamento', (c, o) => ['Cartão de crédito', 'Pix', 'Boleto bancário', 'Cartão de crédito', 'Carnê Casas Bahia'][n(o) % 5], [OR('payments[0].paymentType')]],
    ['Valor do produto', (c, o) => brl(cbItem(o)), [PL('priceTotal')], opt],
    ['Valor do frete', (c, o) => brl(cbShip(o)), ['commerce.shipping.shippingAmount']],
    ['Valor total', (c, o) => brl(cbItem(o) + cbShip(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Nome do cliente', (c) => at(BR_NAME, n(c)), []],
    ['CPF/CNPJ', (c) => cpf(c), [], opt],
    ['Telefone', (c) => brTel(c), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Endereço', (c) => br(c)[0], [SHIP('street1')]],
    ['Número', (c) => br(c)[1], [SHIP('street1')], opt],
    ['Complemento', (c) => br(c)[2], [SHIP('street2')]],
    ['Bairro', (c) => br(c)[3], [SHIP('street2'), SHIP('street3')], opt],
    ['Cidade', (c) => br(c)[4], [SHIP('city')]],
    ['Estado', (c) => br(c)[5], [SHIP('stateProvince'), SHIP('state')]],
    ['CEP', (c) => br(c)[6], [SHIP('postalCode')]],
    ['Número (NF-e)', (c, o) => (cbSent(o) ? String(10000 + n(o) % 80000) : ''), []],
    ['Série (NF-e)', (c, o) => (cbSent(o) ? '1' : ''), []],
    ['CNPJ emissor (NF-e)', () => '12.345.678/0001-90', []],
    ['Chave de acesso', (c, o) => (cbSent(o) ? `3524${String(1234567800019055).padStart(16, '0')}001${String(10000 + n(o) % 80000).padStart(9, '0')}1${String(10000000 + n(o) * 7).slice(0, 8)}7` : ''), []],
    ['Data de envio', (c, o) => (cbSent(o) ? dmyhms(o.at + 86400000, -3) : ''), ['commerce.shipping.shipDate']],
    ['Transportadora', (c, o) => (cbSent(o) ? ['Envvias', 'Correios', 'Jadlog'][n(o) % 3] : ''), ['commerce.shipping.shippingMethod'], opt],
    ['Código de recebimento', (c, o, r) => (cbSent(o) ? `EV${v.int(r, 100000000, 999999999)}BR` : ''), ['commerce.shipping.trackingNumber'], opt],
    ['Número da entrega', (c, o) => `${1380000000 + n(o) * 17}-01`, [], opt],
    ['Status da entrega', (c, o) => (cbSt(o) === 'Entregue' ? 'Entregue' : cbSent(o) ? 'Em trânsito' : 'Aguardando envio'), [], opt],
  ] },
  { name: 'dafiti-extrato-pt', product: 'Dafiti Seller Center (Financeiro > Extrato de conta > Exportar, CSV; Portuguese UI, one row per transaction)', family: 'payments', language: 'pt', schema: E, cols: [
    ['Data da transação', (c, o) => dmy(o.at + 5 * 86400000, -3), ['timestamp'], opt],
    ['Tipo de transação', (c, o) => (dfTx(o)[1] > 0 ? 'Crédito' : 'Débito'), [], opt],
    ['Nome da taxa', (c, o) => dfTx(o)[0], [], opt],
    ['Número da transação', (c, o) => String(41000000 + n(o) * 3), [OR('payments[0].transactionID')], opt],
    ['Detalhes', (c, o) => `Pedido ${30400000 + n(o)}`, []],
    ['SKU do seller', (c, o) => dfP(o)[0], [PL('SKU')]],
    ['SKU Dafiti', (c, o) => `${dfP(o)[0].slice(0, 3)}${String(n(o) * 7).padStart(6, '0')}`, [PL('SKU')], opt],
    ['Valor', (c, o) => dec(dfAmt(o), true), [], opt],
    ['Valor do IR retido', () => '0,00', []],
    ['Extrato', (c, o) => { const p = shift(o.at, -3); return `${p.y}-${pad(p.m)}-${p.d <= 15 ? '1' : '2'}ª quinzena` }, []],
    ['Status do pagamento', (c, o) => (dfPaid(o) ? 'Pago' : 'Em aberto'), [], opt],
    ['Nº do pedido', (c, o) => String(30400000 + n(o)), [OR('purchaseID')]],
    ['Nº do item do pedido', (c, o) => String(91000000 + n(o) * 5), [PL('_id')], opt],
    ['Status do item', (c, o) => (dfTx(o)[0] === 'Estorno de item' ? 'returned' : 'delivered'), [], opt],
    ['Transportadora', (c, o) => ['Dafiti Envios', 'Correios', 'Loggi'][n(o) % 3], ['commerce.shipping.shippingMethod'], opt],
    ['Referência', (c, o) => `REF${String(n(o) * 11).padStart(8, '0')}`, []],
    ['Comentário', (c, o, r) => v.pick(r, ['', '', '', 'Ajuste manual', 'Estorno por devolução']), []],
  ] },
  { name: 'netshoes-devolucoes-pt', product: 'Netshoes Marketplace (Portal do Seller > Pós-venda > Devoluções > Exportar, Excel; Portuguese UI, one row per returned item)', family: 'ecommerce-returns', language: 'pt', schema: E, cols: [
    ['Número da devolução', (c, o) => `DEV${String(5500000 + n(o) * 3)}`, [OR('returns.returnID')]],
    ['Número do pedido', (c, o) => String(780000000 + n(o) * 41), [OR('purchaseID'), OR('returns.purchaseID')]],
    ['Data do pedido', (c, o) => dmy(o.at, -3), [OR('createdDate')], opt],
    ['Data da solicitação', (c, o) => dmyhm(o.at + 8 * 86400000, -3), ['timestamp'], opt],
    ['Tipo', (c, o) => (n(o) % 3 === 0 ? 'Troca' : 'Devolução'), [PL('returnItem.returnResolution')], opt],
    ['Motivo', (c, o) => at(NS_MOT, n(o)), [PL('returnItem.returnReason'), OR('refunds[0].refundReason')]],
    ['Status da devolução', (c, o) => nsSt(o), [OR('returns.returnStatus'), PL('returnItem.returnStatus')]],
    ['Nome do cliente', (c) => at(BR_NAME, n(c)), []],
    ['CPF', (c) => cpf(c), [], opt],
    ['SKU', (c, o) => nsP(o)[0], [PL('SKU')]],
    ['Produto', (c, o) => nsP(o)[1], [PL('name')]],
    ['Cor', (c, o) => nsP(o)[2], [PL('selectedOptions[0].value')], opt],
    ['Tamanho', (c, o) => nsP(o)[3], [PL('selectedOptions[0].value')], opt],
    ['Quantidade', () => '1', [PL('returnItem.returnQuantityRequested'), PL('quantity')], opt],
    ['Valor do produto', (c, o) => brl(nsP(o)[4]), [PL('priceTotal'), PL('refundAmount')], opt],
    ['Valor a reembolsar', (c, o) => (nsSt(o) === 'Recusada' ? '0,00' : brl(nsP(o)[4])), [PL('refundAmount'), OR('refundTotal'), OR('refunds[0].refundAmount')]],
    ['Código de postagem reversa', (c, o, r) => (nsPosted(o) ? String(v.int(r, 100000000, 999999999)) : ''), [], opt],
    ['Rastreio reverso', (c, o, r) => (nsPosted(o) ? `OB${v.int(r, 100000000, 999999999)}BR` : ''), [], opt],
    ['Data de recebimento', (c, o) => (['Finalizada', 'Recebida', 'Recusada'].includes(nsSt(o)) ? dmy(o.at + 15 * 86400000, -3) : ''), [], opt],
    ['Resultado da análise', (c, o) => (nsSt(o) === 'Finalizada' ? 'Aprovada' : nsSt(o) === 'Recusada' ? 'Reprovada - sinais de uso' : ''), [PL('returnItem.returnItemCondition')], opt],
    ['Observações', (c, o, r) => v.pick(r, ['', '', '', 'Cliente enviou sem a caixa original', 'Troca pelo tamanho 43']), []],
  ] },
  // ---------------------------------------------------------------- e-commerce orders (Mirakl)
  { name: 'coppel-pedidos-es', product: 'Coppel Marketplace (Mirakl: Portal del vendedor > Pedidos > Exportar, CSV; Spanish UI, a Mexican seller, one row per order line)', family: 'ecommerce-orders', language: 'es', schema: E, cols: [
    ['Fecha de creación', (c, o) => cdmx(o.at), ['timestamp', OR('createdDate')]],
    ['Número de pedido', (c, o) => `${2400000 + n(o) * 3}-A`, [OR('purchaseID')]],
    ['Número de línea de pedido', (c, o) => `${2400000 + n(o) * 3}-A-1`, [PL('_id')], opt],
    ['Estado', (c, o) => cpSt(o), [], opt],
    ['Cantidad', (c, o) => String(o.qty), [PL('quantity')]],
    ['Precio unitario', (c, o) => cpP(o)[4].toFixed(2), [], opt],
    ['Importe', (c, o) => cpAmt(o).toFixed(2), [PL('priceTotal')], opt],
    ['Gastos de envío', (c, o) => cpShip(o).toFixed(2), ['commerce.shipping.shippingAmount']],
    ['Importe total', (c, o) => (cpAmt(o) + cpShip(o)).toFixed(2), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Comisión (sin IVA)', (c, o) => (cpAmt(o) * 0.12).toFixed(2), []],
    ['Importe transferido a la tienda', (c, o) => (cpAmt(o) + cpShip(o) - cpAmt(o) * 0.12 * 1.16).toFixed(2), []],
    ['Moneda', () => 'MXN', [OR('currencyCode')], opt],
    ['SKU de la oferta', (c, o) => cpP(o)[0], [PL('SKU')]],
    ['SKU del producto', (c, o) => cpP(o)[1], [PL('SKU')], opt],
    ['Nombre del producto', (c, o) => cpP(o)[2], [PL('name')]],
    ['Categoría', (c, o) => cpP(o)[3], [PL('productCategories[0].categoryName')], opt],
    ['Método de envío', () => 'Envío estándar', ['commerce.shipping.shippingMethod'], opt],
    ['Transportista', (c, o) => (cpSent(o) ? ['Estafeta', 'FedEx', 'DHL'][n(o) % 3] : ''), ['commerce.shipping.shippingMethod'], opt],
    ['Número de guía', (c, o, r) => (cpSent(o) ? String(v.int(r, 1000000000, 9999999999)) : ''), ['commerce.shipping.trackingNumber']],
    ['Fecha de envío', (c, o) => (cpSent(o) ? cdmx(o.at + 86400000) : ''), ['commerce.shipping.shipDate'], opt],
    ['Nombre (dirección de envío)', (c) => at(MX_NAME, n(c))[0], []],
    ['Apellidos (dirección de envío)', (c) => at(MX_NAME, n(c))[1], []],
    ['Calle (dirección de envío)', (c) => at(MX_ADDR, n(c))[0], [SHIP('street1')]],
    ['Colonia (dirección de envío)', (c) => at(MX_ADDR, n(c))[1], [SHIP('street2')], opt],
    ['Ciudad (dirección de envío)', (c) => at(MX_ADDR, n(c))[2], [SHIP('city')]],
    ['Estado (dirección de envío)', (c) => at(MX_ADDR, n(c))[3], [SHIP('stateProvince'), SHIP('state')]],
    ['Código postal (dirección de envío)', (c) => at(MX_ADDR, n(c))[4], [SHIP('postalCode')]],
    ['País (dirección de envío)', () => 'MX', [SHIP('countryCode'), SHIP('country')]],
    ['Teléfono (dirección de envío)', (c) => mxTel(c), [], opt],
    ['Nombre (dirección de facturación)', (c) => at(MX_NAME, n(c))[0], []],
    ['Apellidos (dirección de facturación)', (c) => at(MX_NAME, n(c))[1], []],
    ['Calle (dirección de facturación)', (c) => at(MX_ADDR, n(c))[0], [BILL('street1')]],
    ['Ciudad (dirección de facturación)', (c) => at(MX_ADDR, n(c))[2], [BILL('city')]],
    ['Código postal (dirección de facturación)', (c) => at(MX_ADDR, n(c))[4], [BILL('postalCode')]],
  ] },
  // ---------------------------------------------------------------- customers (buyer profiles)
  { name: 'americanas-clientes-pt', product: 'Americanas Marketplace (Pedidos > Exportar planilha, Excel; Portuguese UI, one row per order, loaded as buyer profiles)', family: 'ecommerce-customers', language: 'pt', schema: P, cols: [
    ['Pedido', (c, o) => `Lojas Americanas-${String(280000000000 + n(o) * 7)}`, [], opt],
    ['Data do pedido', (c, o) => dmyhm(o.at, -3), [], opt],
    ['Status', (c, o) => amSt(o), []],
    ['Canal', (c, o) => ['Americanas', 'Submarino', 'Shoptime'][n(o) % 3], []],
    ['Nome do cliente', (c) => at(BR_NAME, n(c)), ['person.name.fullName']],
    ['CPF/CNPJ', (c) => cpf(c), ['person.taxId'], opt],
    ['E-mail', (c) => `${at(BR_NAME, n(c)).toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').split(' ')[0]}.${n(c) % 1000}@${['gmail.com', 'hotmail.com', 'uol.com.br', 'yahoo.com.br'][n(c) % 4]}`, ['personalEmail.address']],
    ['Telefone', (c) => brTel(c), ['mobilePhone.number', 'homePhone.number', 'shippingAddressPhone.number']],
    ['Data de nascimento', (c) => dmy(c.birth, 0), ['person.birthDate'], opt],
    ['Sexo', (c) => (n(c) % BR_NAME.length % 2 === 0 ? 'F' : 'M'), ['person.gender'], opt],
    ['Endereço de entrega', (c) => `${br(c)[0]}, ${br(c)[1]}`, ['shippingAddress.street1', ...['homeAddress', 'mailingAddress'].map((x) => `${x}.street1`)], opt],
    ['Complemento', (c) => br(c)[2], ['shippingAddress.street2', 'homeAddress.street2', 'mailingAddress.street2'], opt],
    ['Bairro', (c) => br(c)[3], ['shippingAddress.street2', 'shippingAddress.street3', 'homeAddress.street2', 'homeAddress.street3', 'mailingAddress.street2', 'mailingAddress.street3'], opt],
    ['Cidade', (c) => br(c)[4], ['shippingAddress.city', 'homeAddress.city', 'mailingAddress.city']],
    ['UF', (c) => br(c)[5], ['shippingAddress.stateProvince', 'shippingAddress.state', 'homeAddress.stateProvince', 'homeAddress.state', 'mailingAddress.stateProvince', 'mailingAddress.state']],
    ['CEP', (c) => br(c)[6], ['shippingAddress.postalCode', 'homeAddress.postalCode', 'mailingAddress.postalCode']],
    ['Produto', (c, o) => cbP(o)[1], []],
    ['Quantidade', (c, o) => String(o.qty), []],
    ['Valor total', (c, o) => brl(cbItem(o) + cbShip(o)), []],
    ['Forma de pagamento', (c, o) => ['Cartão de crédito', 'Pix', 'Boleto', 'Ame Digital'][n(o) % 4], []],
    ['Transportadora', (c, o) => ['Direct', 'Correios', 'Total Express'][n(o) % 3], []],
  ] },
]
