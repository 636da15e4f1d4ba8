// heldout177: held-out sets written blind by a helper that never opened the suggester, its tests, the scorer or a
// score. Same format as sets.mjs (sources in ../README.md). Spanish, Portuguese, Danish, Norwegian, Dutch, Finnish and
// Swedish exports, headers in the product's UI language: an Argentine online appointment-booking service's appointment
// report for a physiotherapy practice (MisTurnos) (es-AR 1); a Brazilian creator platform's sales export for an
// online-course seller (HeroSpark) (pt-BR 1); a Danish ticketing service's buyer list for a village hall (Place2Book)
// (da 1); a Norwegian registration system's participant list for a professional seminar (Påmeldingssystem.no) (nb 1);
// a Flemish school platform's user export (Smartschool) (nl-BE 1); a Finnish sports-club system's member export
// (myClub) (fi 1); a Dutch sales platform's lead export for a business-energy reseller (Salesdock) (nl 1); a Swedish
// telesales CRM's contact export (SaleSys) (sv 1).
// E 4, P 2, B 2.
// Headers: written from the writer's knowledge of each product for all 8 sets (no export file, export code or help
// page listing the export's columns was found; Smartschool's user-field names agree with the field names its public
// SOAP API takes, e.g. stamboeknummer). Nothing was copied from a real export; every value is generated.
import { E, P, B, v, HOME, B2BID, PL, OR, BILL, at, opt, EMAIL_ID, PHONE_ID, STATE, W, CO, ACCT } from './sets.mjs'
import { pad, row, dmy, hm, local, shift, group, hash, dec, thou } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
// an index for one purpose, mixed from a record's id and a salt (so the choices of one row do not move together)
const hx = (x, s) => hash(`${x.id}|${s}`)
const ID = ['_id', 'personID']
// local clocks: Argentina and Brazil -3 (no summer time); Denmark, Norway, Sweden and the Netherlands +1 with summer
// time (approximated)
const art = (ms) => shift(ms, -3)
const cet = (ms) => local(ms, 1)
// an instant moved into opening hours (lo .. lo+span-1, local) of a zone off hours from UTC
const open = (ms, off, lo = 9, span = 10) => { const H = shift(ms, off).H; return ms + ((lo + (H % span)) - H) * 3600000 }

// ---------------------------------------------------------------- local people, seeded by the row's person
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}|${c.first}|${c.last}|${salt}`) ^ 0x5be0cd19); r(); r(); return r }
const ascii = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ø/g, 'o').replace(/æ/g, 'ae').replace(/å/g, 'a').replace(/[^a-z]/g, '')
const POOL = {
  ar: { m: ['Martín', 'Facundo', 'Nicolás', 'Gonzalo', 'Santiago', 'Ezequiel', 'Federico', 'Agustín', 'Joaquín'], f: ['Florencia', 'Micaela', 'Agustina', 'Julieta', 'Rocío', 'Carolina', 'Luciana', 'Milagros', 'Valeria'],
    last: ['Ferreyra', 'Bustos', 'Quiroga', 'Moyano', 'Ludueña', 'Vaca', 'Castro', 'Heredia', 'Olmos', 'Luna', 'Peralta', 'Ríos', 'Aguirre', 'Sosa'],
    mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'yahoo.com.ar', 'outlook.com', 'live.com.ar'] },
  br: { m: ['Rodrigo', 'Leandro', 'Gustavo', 'Felipe', 'Matheus', 'Caio', 'Renato', 'Diego'], f: ['Juliana', 'Fernanda', 'Aline', 'Patrícia', 'Vanessa', 'Luana', 'Camila', 'Bruna'],
    last: ['Barbosa', 'Cardoso', 'Teixeira', 'Rocha', 'Ribeiro', 'Carvalho', 'Almeida', 'Nascimento', 'Moreira', 'Pinto', 'Araújo', 'Batista', 'Mendes', 'Machado'],
    // [cidade, UF, CEP, DDD]
    places: [['São Paulo', 'SP', '04538-132', '11'], ['Campinas', 'SP', '13025-320', '19'], ['Rio de Janeiro', 'RJ', '22410-003', '21'], ['Belo Horizonte', 'MG', '30140-071', '31'], ['Curitiba', 'PR', '80430-200', '41'], ['Londrina', 'PR', '86020-080', '43'], ['Porto Alegre', 'RS', '90570-020', '51'], ['Goiânia', 'GO', '74215-010', '62'], ['Salvador', 'BA', '41820-020', '71'], ['Fortaleza', 'CE', '60160-230', '85']],
    mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.br', 'icloud.com'] },
  dk: { m: ['Lars', 'Søren', 'Jens', 'Mads', 'Anders', 'Henrik', 'Rasmus', 'Niels', 'Per'], f: ['Mette', 'Hanne', 'Susanne', 'Camilla', 'Louise', 'Anne', 'Birgitte', 'Signe', 'Lene'],
    last: ['Nielsen', 'Jensen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Sørensen', 'Rasmussen', 'Kristensen', 'Mikkelsen', 'Østergaard', 'Kjær'],
    // [vej, postnr, by]
    places: [['Hovedgaden', '8653', 'Them'], ['Skovvej', '8600', 'Silkeborg'], ['Vestergade', '8600', 'Silkeborg'], ['Bakkevej', '8680', 'Ry'], ['Kirkevej', '8641', 'Sorring'], ['Søvej', '8620', 'Kjellerup'], ['Møllevej', '8883', 'Gjern'], ['Engvej', '8654', 'Bryrup']],
    mail: ['gmail.com', 'hotmail.com', 'live.dk', 'mail.dk', 'outlook.dk', 'yahoo.dk'] },
  no: { m: ['Ole', 'Lars', 'Kristian', 'Eirik', 'Magnus', 'Håkon', 'Sindre', 'Jonas'], f: ['Ingrid', 'Kari', 'Silje', 'Ida', 'Marte', 'Hilde', 'Tone', 'Ragnhild', 'Linn', 'Guro'],
    last: ['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Berg', 'Haugland', 'Nygård', 'Solheim', 'Eide', 'Vik', 'Hauge', 'Brekke', 'Midtbø'],
    // [adresse, postnr, poststed]
    places: [['Kalfarveien', '5018', 'Bergen'], ['Nygårdsgaten', '5015', 'Bergen'], ['Fjøsangerveien', '5054', 'Bergen'], ['Lønborglien', '5039', 'Bergen'], ['Hesthaugvegen', '5132', 'Nyborg'], ['Straumevegen', '5151', 'Straumsgrend'], ['Storavegen', '5353', 'Straume'], ['Kanalveien', '5068', 'Bergen'], ['Åsaneveien', '5105', 'Eidsvåg']],
    mail: ['gmail.com', 'hotmail.com', 'online.no', 'outlook.com', 'icloud.com'] },
  be: { m: ['Wout', 'Arne', 'Jonas', 'Seppe', 'Lars', 'Milan', 'Robbe', 'Kobe', 'Thibo'], f: ['Lotte', 'Fien', 'Ella', 'Noor', 'Marie', 'Lien', 'Hanne', 'Jana', 'Febe'],
    last: ['Peeters', 'Janssens', 'Maes', 'Claes', 'Goossens', 'Wouters', 'De Smet', 'Van de Velde', 'Vermeulen', 'De Clercq', 'Declercq', 'Van Damme', 'Verhaeghe'],
    // [straat, postcode, gemeente]
    places: [['Kortrijksesteenweg', '9000', 'Gent'], ['Brugsesteenweg', '9030', 'Mariakerke'], ['Hundelgemsesteenweg', '9820', 'Merelbeke'], ['Gentstraat', '9040', 'Sint-Amandsberg'], ['Kerkstraat', '9050', 'Gentbrugge'], ['Stationsstraat', '9810', 'Nazareth'], ['Dorp', '9070', 'Destelbergen'], ['Sint-Denijslaan', '9000', 'Gent'], ['Molenstraat', '9940', 'Evergem']],
    mail: ['gmail.com', 'telenet.be', 'hotmail.com', 'outlook.be', 'skynet.be'] },
  fi: { m: ['Eetu', 'Onni', 'Aleksi', 'Veeti', 'Niilo', 'Eino', 'Leo', 'Elias', 'Joonas'], f: ['Aino', 'Ella', 'Venla', 'Siiri', 'Emma', 'Pihla', 'Iida', 'Lotta', 'Helmi'],
    last: ['Virtanen', 'Korhonen', 'Mäkinen', 'Nieminen', 'Mäkelä', 'Hämäläinen', 'Laine', 'Heikkinen', 'Koskinen', 'Järvinen', 'Lehtonen', 'Saarinen', 'Salminen', 'Heinonen'],
    // [katu, postinumero, postitoimipaikka]
    places: [['Hämeenkatu', '33100', 'Tampere'], ['Sammonkatu', '33540', 'Tampere'], ['Hervannan valtaväylä', '33720', 'Tampere'], ['Lentävänniemenkatu', '33410', 'Tampere'], ['Kalevan puistotie', '33500', 'Tampere'], ['Pirkkalaistie', '33960', 'Pirkkala'], ['Vaakkolantie', '37500', 'Lempäälä'], ['Tampereentie', '33400', 'Tampere']],
    adult: { m: ['Mikko', 'Jukka', 'Antti', 'Janne', 'Tuomas', 'Sami'], f: ['Johanna', 'Heidi', 'Susanna', 'Hanna', 'Minna', 'Katja'] },
    mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'luukku.com', 'elisanet.fi'] },
  nl: { m: ['Jeroen', 'Bas', 'Mark', 'Sander', 'Ruud', 'Niels', 'Erik', 'Pieter', 'Martijn'], f: ['Sanne', 'Marloes', 'Ilse', 'Esther', 'Linda', 'Anouk', 'Karin', 'Femke', 'Mirjam'],
    last: [['', 'Bakker'], ['de', 'Vries'], ['van', 'Dijk'], ['', 'Visser'], ['', 'Smit'], ['', 'Meijer'], ['de', 'Boer'], ['van der', 'Linden'], ['', 'Mulder'], ['van den', 'Berg'], ['', 'Kuipers'], ['', 'Hendriks']] },
  se: { m: ['Erik', 'Johan', 'Anders', 'Fredrik', 'Magnus', 'Mattias', 'Oskar', 'Henrik', 'Daniel'], f: ['Anna', 'Maria', 'Karin', 'Sara', 'Emma', 'Linda', 'Johanna', 'Malin', 'Elin'],
    last: ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Gustafsson', 'Lindqvist', 'Bergström', 'Lundgren', 'Sjöberg'] },
}
const memo = new Map()
function mk (c, cc) {
  const r = seeded(c, cc), d = POOL[cc]
  const female = r() < 0.5
  const first = v.pick(r, female ? d.f : d.m)
  const l = v.pick(r, d.last)
  const p = { female, first, r1: r(), r2: r(), r3: r(), no: v.int(r, 1, 180) }
  if (cc === 'nl') { p.tv = l[0]; p.last = l[1]; p.full = `${first} ${l[0] ? `${l[0]} ` : ''}${l[1]}`; p.init = `${first[0]}.`; return p }
  p.last = l
  p.full = `${first} ${l}`
  const dom = d.mail ? v.pick(r, d.mail) : 'gmail.com'
  p.email = `${ascii(first)}${v.pick(r, ['.', '', '_'])}${ascii(l)}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${dom}`
  if (d.places) { const pl = v.pick(r, d.places); p.place = pl }
  if (cc === 'ar') { p.dni = 20000000 + v.int(r, 0, 25000000); p.mobile = `351 15-${v.int(r, 400, 699)}-${pad(v.int(r, 0, 9999), 4)}` }
  if (cc === 'br') {
    const ds = Array.from({ length: 9 }, () => v.int(r, 0, 9))
    const dv = (xs) => { const s = xs.reduce((a, x, i) => a + x * (xs.length + 1 - i), 0) % 11; return s < 2 ? 0 : 11 - s }
    ds.push(dv(ds)); ds.push(dv(ds))
    const s = ds.join('')
    p.cpf = `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`
    p.mobile = `(${p.place[3]}) 9${v.int(r, 8100, 9999)}-${pad(v.int(r, 0, 9999), 4)}`
  }
  if (cc === 'dk') p.mobile = `${v.pick(r, ['20', '22', '26', '28', '30', '40', '42', '50', '61'])} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`
  if (cc === 'no') p.mobile = `${v.pick(r, ['9', '4'])}${v.int(r, 0, 9)}${v.int(r, 0, 9)} ${pad(v.int(r, 0, 99))} ${v.int(r, 100, 999)}`
  if (cc === 'be') p.mobile = `04${v.pick(r, ['70', '71', '72', '75', '76', '77', '78', '79', '86', '94', '95', '96', '97', '98'])} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`
  if (cc === 'fi') {
    p.mobile = `04${v.pick(r, ['0', '4', '5', '6', '9'])} ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`
    const momFirst = r() < 0.6
    p.parent = `${v.pick(r, momFirst ? d.adult.f : d.adult.m)} ${l}`
    p.parent2 = r() < 0.55 ? `${v.pick(r, momFirst ? d.adult.m : d.adult.f)} ${l}` : ''
  }
  return p
}
const who = (c, cc) => { const k = `${cc}|${c.id}|${c.first}|${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc)); return memo.get(k) }

// ---------------------------------------------------------------- 1. MisTurnos appointment report (es-AR, E)
const ar = (c) => who(c, 'ar')
// a Nueva Córdoba physiotherapy practice: [servicio, minutos, precio ARS]
const MT_SVC = [['Sesión de kinesiología', 40, 18000], ['Evaluación inicial', 60, 25000], ['Drenaje linfático manual', 50, 22000], ['RPG - Reeducación Postural Global', 60, 28000], ['Masaje descontracturante', 45, 20000], ['Sesión de kinesiología', 40, 18000], ['Magnetoterapia', 30, 12000]]
const mtSvc = (o) => row(MT_SVC, n(o) % 7)
const mtPro = (o) => row(['Lic. Carolina Ferreyra', 'Lic. Matías Bustos', 'Lic. Paula Quiroga', 'Lic. Carolina Ferreyra'], (n(o) >> 1) % 4)
const mtOs = (c) => row(['Particular', 'OSDE', 'APROSS', 'Swiss Medical', 'Particular', 'Sancor Salud', 'Galeno', 'OSDE'], n(c) % 8)
const mtSt = (o) => row(['Asistió', 'Asistió', 'Confirmado', 'Reservado', 'Asistió', 'Ausente', 'Cancelado por el cliente', 'Asistió', 'Confirmado'], n(o) % 9)
const mtVia = (o) => row(['Online', 'Online', 'Agenda', 'Online', 'WhatsApp', 'Online'], (n(o) >> 2) % 6)
// the appointment on the quarter hour between 8:00 and 19:45 local
const mtAt = (o) => { const ms = open(o.at, -3, 8, 12); return ms - (ms % 900000) }
const mtBooked = (o) => mtAt(o) - (1 + (n(o) % 9)) * day - (n(o) % 7) * 3600000
const mtSena = (o) => (mtVia(o) === 'Online' && n(o) % 3 !== 1 ? Math.round(mtSvc(o)[2] * 0.3) : 0)
const mtPay = (o) => (mtSena(o) ? 'Mercado Pago' : mtSt(o) === 'Asistió' ? row(['Efectivo', 'Transferencia', 'Mercado Pago', 'Débito'], n(o) % 4) : '')
const ars = (x) => `$ ${thou(x)}`
const arD = (ms) => dmy(art(ms), '/')
const dni = (x) => group(x, '.')
// ---------------------------------------------------------------- 2. HeroSpark sales (pt-BR, E)
const br = (c) => who(c, 'br')
// a Curitiba nutritionist's digital products: [produto, oferta, preço]
const HS_OFFERS = [['Método Marmita Fit', 'Oferta principal', 297], ['Método Marmita Fit', 'Black Friday', 197], ['E-book 50 Receitas Low Carb', 'E-book', 37], ['Mentoria Nutri Descomplicada', 'Turma 3 - à vista', 1497], ['Método Marmita Fit', 'Oferta principal', 297], ['Desafio 21 Dias Sem Açúcar', 'Lote 1', 67], ['E-book 50 Receitas Low Carb', 'Order bump', 19.9]]
const hsOf = (o) => row(HS_OFFERS, hx(o, 'of') % 7)
const hsMeth = (o) => row(['Cartão de crédito', 'Pix', 'Cartão de crédito', 'Boleto', 'Pix', 'Cartão de crédito'], (n(o) >> 1) % 6)
const hsSt = (o) => (hsMeth(o) === 'Boleto' && n(o) % 2 ? 'Aguardando pagamento' : row(['Pago', 'Pago', 'Pago', 'Reembolsado', 'Pago', 'Cancelado', 'Pago', 'Chargeback', 'Pago'], n(o) % 9))
const hsParc = (o) => (hsMeth(o) === 'Cartão de crédito' ? row([1, 12, 6, 1, 3, 12, 10], n(o) % 7) : 1)
const hsCup = (o) => (n(o) % 6 === 2 ? ['NUTRI20', 0.2] : n(o) % 11 === 4 ? ['VOLTEI10', 0.1] : ['', 0])
const hsVal = (o) => +(hsOf(o)[2] * (1 - hsCup(o)[1])).toFixed(2)
const hsFee = (o) => +(hsVal(o) * 0.0699 + 1.49 + (hsParc(o) > 1 ? hsVal(o) * 0.0249 * (hsParc(o) - 1) / 6 : 0)).toFixed(2)
const hsAff = (o) => (n(o) % 5 === 3 ? row(['Camila Nutri Fit', 'Bruna Lifestyle', 'Renato Treinador'], n(o) % 3) : '')
const hsAffFee = (o) => (hsAff(o) ? +(hsVal(o) * 0.4).toFixed(2) : 0)
const hsUtm = (o) => row([['instagram', 'bio', 'perfil'], ['facebook', 'cpc', 'mff_remarketing_30d'], ['', '', ''], ['youtube', 'video', 'aula_gratuita_3'], ['email', 'newsletter', 'bf_ultimo_dia'], ['instagram', 'stories', 'lancamento_turma3'], ['', '', '']], (n(o) >> 1) % 7)
const hsAt = (o) => o.at
const hsPaid = (o) => (['Aguardando pagamento', 'Cancelado'].includes(hsSt(o)) ? 0 : hsAt(o) + (hsMeth(o) === 'Boleto' ? (1 + n(o) % 2) * day + 5 * 3600000 : hsMeth(o) === 'Pix' ? 95000 : 12000))
const brT = (ms) => { const p = art(ms); return `${dmy(p, '/')} ${hm(p)}` }
const brl = (x) => `R$ ${thou(x)}`
// ---------------------------------------------------------------- 3. Place2Book buyers (da, E)
const dk = (c) => who(c, 'dk')
// a village hall near Silkeborg: [arrangement, dato (UTC ms of the doors), [[billettype, pris]]]
const P2_EVENTS = [
  ['Fællesspisning og koncert: Kim Larsen-aften med Kjukken-bandet', Date.UTC(2025, 2, 14, 17, 30), [['Spisning + koncert', 325], ['Kun koncert', 175], ['Barn under 12 år (spisning)', 95]]],
  ['Foredrag: Livet på landet før og nu', Date.UTC(2025, 3, 2, 17, 0), [['Voksen', 120], ['Medlem af forsamlingshuset', 90]]],
  ['Høstfest med helstegt pattegris og bal', Date.UTC(2025, 8, 27, 16, 30), [['Voksen inkl. mad', 395], ['Barn 4-12 år', 150], ['Kun bal (fra kl. 21)', 100]]],
  ['Juleklip og æbleskiver for børnefamilier', Date.UTC(2025, 10, 30, 13, 0), [['Barn', 60], ['Voksen', 40]]],
  ['Banko i forsamlingshuset', Date.UTC(2025, 1, 19, 18, 0), [['Adgang + 2 plader', 80], ['Adgang + 4 plader', 130]]],
]
const p2Ev = (o) => row(P2_EVENTS, n(o) % 5)
const p2Tix = (o) => row(p2Ev(o)[2], (n(o) >> 1) % p2Ev(o)[2].length)
const p2Qty = (o) => 1 + ((n(o) >> 2) % 4)
const p2Fee = (o) => (p2Tix(o)[1] ? 5 + Math.round(p2Tix(o)[1] * 0.02 * 100) / 100 : 0)
const p2Disc = (o) => (n(o) % 9 === 4 ? 0.1 : 0)
const p2Pay = (o) => row(['Dankort', 'MobilePay', 'Visa/Mastercard', 'MobilePay', 'Dankort', 'Kulturpas', 'MobilePay'], (n(o) >> 1) % 7)
const p2Total = (o) => p2Qty(o) * (p2Tix(o)[1] * (1 - p2Disc(o)) + p2Fee(o))
const p2St = (o) => row(['Betalt', 'Betalt', 'Betalt', 'Refunderet', 'Betalt', 'Betalt', 'Reserveret'], n(o) % 7)
const p2At = (o) => open(p2Ev(o)[1] - (1 + hx(o, 'lead') % 60) * day + (hx(o, 'sec') % 86400) * 1000, 1, 7, 16)
const dkT = (ms) => { const p = cet(ms); return `${dmy(p, '-')} ${hm(p)}` }
// ---------------------------------------------------------------- 4. Påmeldingssystem participants (nb, E)
const no = (c) => who(c, 'no')
// a one-and-a-half-day seminar for emergency nurses in Bergen: [deltakertype, pris NOK]
const PM_TYPES = [['Ordinær deltaker', 2950], ['Medlem NSF', 2450], ['Ordinær deltaker', 2950], ['Student', 650], ['Kun dag 2', 1450], ['Medlem NSF', 2450], ['Foredragsholder', 0]]
const pmType = (o) => row(PM_TYPES, n(o) % 7)
const PM_WORK = [['Haukeland universitetssjukehus', 'Helse Bergen HF', '983974724'], ['Haraldsplass Diakonale Sykehus', 'Haraldsplass Diakonale Sykehus AS', '911785982'], ['Bergen legevakt', 'Bergen kommune', '964338531'], ['Voss sjukehus', 'Helse Bergen HF', '983974724'], ['Haugesund sjukehus', 'Helse Fonna HF', '983974732'], ['Førde sentralsjukehus', 'Helse Førde HF', '983974791'], ['Askøy kommune, legevakt', 'Askøy kommune', '964338442']]
const pmWork = (c) => row(PM_WORK, n(c) % 7)
const pmRole = (c) => row(['Sykepleier', 'Spesialsykepleier', 'Intensivsykepleier', 'Fagutviklingssykepleier', 'Assisterende avdelingsleder', 'Sykepleier', 'Sykepleierstudent'], hx(c, 'role') % 7)
const pmMeth = (o) => (pmType(o)[1] === 0 ? '' : row(['Faktura', 'Kort', 'Faktura', 'Vipps', 'Faktura', 'Kort'], (n(o) >> 1) % 6))
const pmSt = (o) => row(['Påmeldt', 'Påmeldt', 'Påmeldt', 'Venteliste', 'Påmeldt', 'Avmeldt', 'Påmeldt', 'Påmeldt'], n(o) % 8)
const pmPaid = (o) => pmType(o)[1] > 0 && pmSt(o) === 'Påmeldt' && (pmMeth(o) !== 'Faktura' || n(o) % 3 !== 0)
const pmAt = (o) => open(o.at, 1, 7, 15)
const noT = (ms) => { const p = cet(ms); return `${dmy(p, '.')} ${hm(p)}` }
const nok = (x) => `kr ${thou(x, ' ', ',')}`
// ---------------------------------------------------------------- 5. Smartschool users (nl-BE, P)
const be = (c) => who(c, 'be')
const ssBirth = (c) => Date.UTC(2007 + (n(c) % 6), (n(c) >> 3) % 12, 1 + (n(c) >> 5) % 28)
const ssGrade = (c) => 2025 - 12 - v.parts(ssBirth(c)).y + 1
const ssClass = (c) => `${Math.min(6, Math.max(1, ssGrade(c)))}${row(['A', 'B', 'LAT', 'STEM', 'MW', 'EW', 'C'], n(c) % 7)}`
const rrn = (c) => {
  const p = v.parts(ssBirth(c)), serial = (be(c).female ? 2 : 1) + 2 * (n(c) % 400)
  const base = `${String(p.y).slice(2)}${pad(p.m)}${pad(p.d)}${pad(serial, 3)}`
  const ck = 97 - (Number(`2${base}`) % 97)
  return `${base.slice(0, 2)}.${base.slice(2, 4)}.${base.slice(4, 6)}-${base.slice(6)}.${pad(ck)}`
}
const ssUser = (c) => `${ascii(be(c).first)}.${ascii(be(c).last)}`
const ssParent = (c) => row([['Moeder', 'f'], ['Vader', 'm'], ['Moeder', 'f'], ['Moeder', 'f'], ['Vader', 'm'], ['Voogd', 'f']], n(c) % 6)
// the co-account's first and last name: a father or guardian may share the pupil's surname, a mother keeps her own
const ssParentName = (c) => { const r = seeded(c, 'par'), f = ssParent(c)[1] === 'f'; return [v.pick(r, f ? POOL.be.f : POOL.be.m), f && r() < 0.85 ? v.pick(r, POOL.be.last) : be(c).last] }
// ---------------------------------------------------------------- 6. myClub members (fi, P)
const fi = (c) => who(c, 'fi')
// a Tampere floorball club with junior teams and adults
const mcBirth = (c) => (n(c) % 5 === 0 ? Date.UTC(1975 + (n(c) % 25), (n(c) >> 2) % 12, 1 + (n(c) >> 4) % 28) : Date.UTC(2010 + (n(c) % 9), (n(c) >> 2) % 12, 1 + (n(c) >> 4) % 28))
const mcAdult = (c) => v.parts(mcBirth(c)).y < 2007
const mcGroup = (c) => { const y = v.parts(mcBirth(c)).y; return mcAdult(c) ? row(['Miesten 4. divari', 'Naisten harrastesarja', 'Kuntosählyvuoro ke', 'Valmentajat'], n(c) % 4) : `${fi(c).female ? 'T' : 'P'}${y}${y % 2 ? ' Sininen' : ' Valkoinen'}${n(c) % 3 === 0 ? ', Salibandykoulu' : ''}` }
const mcLevel = (c) => (mcAdult(c) ? row(['Pelaaja', 'Pelaaja', 'Valmentaja', 'Kannatusjäsen'], n(c) % 4) : 'Pelaaja')
const mcJoin = (c) => Math.max(Math.min(c.created, c.updated), mcBirth(c) + 6 * 365 * day)
const fiD = (ms) => { const p = v.parts(ms); return `${p.d}.${p.m}.${p.y}` }
// ---------------------------------------------------------------- 7. Salesdock leads (nl, B)
const nl = (c) => who(c, 'nl')
// small businesses called for a business-energy reseller: [bedrijfsnaam, KvK, branche, straat, huisnr, toevoeging, postcode, plaats, domein, kWh]
const SD_CO = [
  ['Bakkerij Van der Meer', '34129876', 'Bakkerij', 'Hoofdstraat', '44', '', '3431 AZ', 'Nieuwegein', 'bakkerijvandermeer.nl', 38000],
  ['Autobedrijf De Kruisweg B.V.', '27184422', 'Autohandel en -reparatie', 'Kruisweg', '812', 'A', '2132 NG', 'Hoofddorp', 'autobedrijfdekruisweg.nl', 52000],
  ['Kapsalon Hairstyle Femke', '61938274', 'Kapper', 'Dorpsstraat', '17', '', '5261 AM', 'Vught', 'hairstylefemke.nl', 9500],
  ['Restaurant De Gouden Leeuw', '08172634', 'Horeca', 'Markt', '5', '', '6811 CG', 'Arnhem', 'degoudenleeuwarnhem.nl', 86000],
  ['Installatiebedrijf Kuipers & Zn.', '24311987', 'Installatietechniek', 'Industrieweg', '23', '', '7461 PK', 'Rijssen', 'kuipersenzn.nl', 41000],
  ['Fysiotherapie Centrum Zuid', '17093341', 'Zorg', 'Zuidsingel', '102', 'bis', '3811 HH', 'Amersfoort', 'fysiocentrumzuid.nl', 14000],
  ['Tuincentrum Groenrijk Mulder', '37055218', 'Detailhandel', 'Provincialeweg', '7', '', '1611 JC', 'Bovenkarspel', 'groenrijkmulder.nl', 120000],
  ['Drukkerij Print & Co', '56720193', 'Grafische industrie', 'Ambachtsweg', '31', 'C', '2222 AK', 'Katwijk', 'printenco.nl', 67000],
]
const sdCo = (c) => row(SD_CO, (n(c) >> 1) % SD_CO.length)
const sdRole = (c) => row(['Eigenaar', 'Directeur', 'Bedrijfsleider', 'Office manager', 'Eigenaar', 'Financieel administrateur'], n(c) % 6)
const sdSt = (c) => row(['Nieuw', 'Terugbellen', 'Niet bereikt', 'Geen interesse', 'Offerte verstuurd', 'Verkocht', 'Terugbellen', 'Nieuw'], n(c) % 8)
const sdWho = (c) => row(['Kevin Brouwer', 'Dewi Pranoto', 'Stefan Jacobs', 'Lisa Vermeer'], (n(c) >> 2) % 4)
const sdMail = (c) => (n(c) % 7 === 3 ? `info@${sdCo(c)[8]}` : `${ascii(nl(c).first)}@${sdCo(c)[8]}`)
const nlT = (ms) => { const p = cet(ms); return `${dmy(p, '-')} ${hm(p)}` }
// ---------------------------------------------------------------- 8. SaleSys contacts (sv, B)
const se = (c) => who(c, 'se')
// companies called for a Gothenburg IT-security consultancy: [företag, orgnr, bransch, anställda, gatuadress, postnr, ort, län, domän, växel]
const SY_CO = [
  ['Västkustens Bygg & Fasad AB', '556712-4419', 'Byggverksamhet', '50-99', 'Exportgatan 42', '422 46', 'Hisings Backa', 'Västra Götalands län', 'vkbygg.se', '031-52 44 10'],
  ['Mölndals Redovisningsbyrå AB', '556934-2208', 'Redovisning och revision', '10-19', 'Göteborgsvägen 88', '431 37', 'Mölndal', 'Västra Götalands län', 'molndalsredovisning.se', '031-87 12 00'],
  ['Kungsbacka Tandvård AB', '559104-7731', 'Tandvård', '20-49', 'Storgatan 19', '434 30', 'Kungsbacka', 'Hallands län', 'kungsbackatandvard.se', '0300-150 30'],
  ['Alingsås Mekaniska Verkstad AB', '556301-8856', 'Tillverkning', '100-199', 'Sävelundsgatan 6', '441 38', 'Alingsås', 'Västra Götalands län', 'amv.se', '0322-63 44 00'],
  ['Nordisk Åkeri & Logistik i Borås AB', '556588-9910', 'Transport och logistik', '50-99', 'Fabriksgatan 12', '504 38', 'Borås', 'Västra Götalands län', 'nordiskakeri.se', '033-20 71 50'],
  ['Trollhättans Fastighetsförvaltning AB', '556045-3377', 'Fastighetsförvaltning', '20-49', 'Drottninggatan 21', '461 32', 'Trollhättan', 'Västra Götalands län', 'tffab.se', '0520-48 90 00'],
  ['Lerums Vårdcentral Kärnan AB', '559221-6604', 'Hälso- och sjukvård', '20-49', 'Göteborgsvägen 3', '443 30', 'Lerum', 'Västra Götalands län', 'vckarnan.se', '0302-52 10 00'],
]
const syCo = (c) => row(SY_CO, (n(c) >> 1) % SY_CO.length)
const syRole = (c) => row(['VD', 'IT-ansvarig', 'Ekonomichef', 'Verksamhetschef', 'CFO', 'Kontorschef', 'IT-chef'], n(c) % 7)
const sySt = (c) => row(['Ej kontaktad', 'Återkomst', 'Bokat möte', 'Ej intresserad', 'Ej anträffbar', 'Återkomst', 'Fel kontaktperson', 'Kund'], n(c) % 8)
const syCalls = (c) => (sySt(c) === 'Ej kontaktad' ? 0 : 1 + (n(c) % 6))
const syOut = (c) => ({ 'Ej kontaktad': '', 'Återkomst': 'Ring tillbaka', 'Bokat möte': 'Möte bokat', 'Ej intresserad': 'Nej tack', 'Ej anträffbar': 'Inget svar', 'Fel kontaktperson': 'Hänvisad', 'Kund': 'Order' })[sySt(c)]
const syLast = (c) => { const t = open(Math.max(c.created, c.updated), 1, 8, 9); return t > c.created ? t : t + day }
const sySeller = (c) => row(['Jonna Ek', 'Amir Hadžić', 'Viktor Strand'], (n(c) >> 3) % 3)
const seT = (ms) => { const p = cet(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${hm(p)}` }
const seMob = (c) => `07${v.pick(seeded(c, 'sem'), ['0', '2', '3', '6'])}-${v.int(seeded(c, 'sen'), 100, 999)} ${pad(v.int(seeded(c, 'seo'), 0, 99))} ${pad(v.int(seeded(c, 'sep'), 0, 99))}`

export const SETS = [
  { name: 'misturnos-reporte-turnos-export-ar', product: 'MisTurnos (panel del profesional: Reportes > Turnos > Exportar a Excel, one row per appointment, Argentine Spanish UI, a Nueva Córdoba physiotherapy practice with three physiotherapists taking online bookings with a Mercado Pago deposit, America/Argentina/Cordoba, ARS)', family: 'booking', language: 'es', schema: E, cols: [
    ['ID Turno', (c, o) => String(4810000 + n(o) * 13), ['_id']],
    ['Fecha', (c, o) => arD(mtAt(o)), ['timestamp']],
    ['Hora', (c, o) => hm(art(mtAt(o))), [], opt],
    ['Duración', (c, o) => `${mtSvc(o)[1]} min`, []],
    ['Profesional', (c, o) => mtPro(o), []],
    ['Servicio', (c, o) => mtSvc(o)[0], [PL('name')], opt],
    ['Cliente', (c) => `${ar(c).last}, ${ar(c).first}`, []],
    ['DNI', (c) => (n(c) % 6 === 4 ? '' : dni(ar(c).dni)), []],
    ['Email', (c) => (n(c) % 9 === 2 ? '' : ar(c).email), EMAIL_ID],
    ['Teléfono', (c) => ar(c).mobile, PHONE_ID, opt],
    ['Obra social', (c) => mtOs(c), []],
    ['N° de afiliado', (c) => (mtOs(c) === 'Particular' ? '' : `${v.int(seeded(c, 'af'), 10000000, 99999999)}/${pad(n(c) % 5, 2)}`), []],
    ['Estado', (c, o) => mtSt(o), []],
    ['Origen', (c, o) => mtVia(o), [], opt],
    ['Precio', (c, o) => ars(mtSvc(o)[2]), [OR('priceTotal')], opt],
    ['Seña', (c, o) => (mtSena(o) ? ars(mtSena(o)) : ''), [OR('payments[0].paymentAmount')], opt],
    ['Medio de pago', (c, o) => mtPay(o), [OR('payments[0].paymentType')]],
    ['Reservado el', (c, o) => `${arD(mtBooked(o))} ${hm(art(mtBooked(o)))}`, [OR('createdDate')], opt],
    ['Notas del cliente', (c, o) => row(['', 'Vengo derivado por el traumatólogo, traigo orden', '', 'Dolor lumbar hace 2 semanas', '', '', 'Post operatorio de rodilla'], n(o) % 7), []],
    ['Notas internas', (c, o) => row(['', '', 'Pedir orden médica', '', 'Paga con bono de la obra social', ''], (n(o) >> 1) % 6), []],
  ] },
  { name: 'herospark-vendas-export-br', product: 'HeroSpark (painel do criador: Vendas > Exportar (CSV), one row per sale, Brazilian Portuguese UI, a Curitiba nutritionist selling an online course, e-books, a challenge and a mentorship with affiliates, America/Sao_Paulo, BRL)', family: 'digital-products', language: 'pt', schema: E, cols: [
    ['ID da venda', (c, o) => String(2280000 + n(o) * 7), ['_id', OR('purchaseID')]],
    ['Data da compra', (c, o) => brT(hsAt(o)), ['timestamp', OR('createdDate')]],
    ['Data de aprovação', (c, o) => (hsPaid(o) ? brT(hsPaid(o)) : ''), [], opt],
    ['Produto', (c, o) => hsOf(o)[0], [PL('name')]],
    ['Oferta', (c, o) => hsOf(o)[1], [], opt],
    ['Comprador', (c) => br(c).full, []],
    ['E-mail', (c) => br(c).email, EMAIL_ID],
    ['Telefone', (c) => (n(c) % 7 === 5 ? '' : br(c).mobile), PHONE_ID, opt],
    ['CPF/CNPJ', (c) => br(c).cpf, []],
    ['Forma de pagamento', (c, o) => hsMeth(o), [OR('payments[0].paymentType')]],
    ['Parcelas', (c, o) => String(hsParc(o)), []],
    ['Status', (c, o) => hsSt(o), []],
    ['Valor bruto', (c, o) => brl(hsVal(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Taxas', (c, o) => brl(hsFee(o)), []],
    ['Valor líquido', (c, o) => brl(hsVal(o) - hsFee(o) - hsAffFee(o)), []],
    ['Cupom', (c, o) => hsCup(o)[0], ['commerce.promotionID']],
    ['Desconto', (c, o) => brl(hsOf(o)[2] - hsVal(o)), [OR('discountAmount')]],
    ['Afiliado', (c, o) => hsAff(o), []],
    ['Comissão do afiliado', (c, o) => brl(hsAffFee(o)), []],
    ['utm_source', (c, o) => hsUtm(o)[0], [], opt],
    ['utm_medium', (c, o) => hsUtm(o)[1], [], opt],
    ['utm_campaign', (c, o) => hsUtm(o)[2], ['marketing.campaignName', 'marketing.trackingCode'], opt],
    ['Cidade', (c) => br(c).place[0], [BILL('city')], opt],
    ['Estado', (c) => br(c).place[1], STATE(['commerce.billing.address']), opt],
    ['CEP', (c) => br(c).place[2], [BILL('postalCode')], opt],
  ] },
  { name: 'place2book-koeberliste-export-dk', product: 'Place2Book (arrangørside: Arrangementer > Arrangement > Købere > Eksportér til Excel, one row per purchase, Danish UI, a village hall (forsamlingshus) near Silkeborg selling dinner, concert, talk and bingo tickets, Europe/Copenhagen, DKK)', family: 'ticketing', language: 'da', schema: E, cols: [
    ['Købsnr.', (c, o) => String(3120000 + n(o) * 11), ['_id', OR('purchaseID')]],
    ['Købsdato', (c, o) => dkT(p2At(o)), ['timestamp']],
    ['Arrangement', (c, o) => p2Ev(o)[0], [], opt],
    ['Arrangementsdato', (c, o) => dkT(p2Ev(o)[1]), []],
    ['Billettype', (c, o) => p2Tix(o)[0], [PL('name')]],
    ['Antal', (c, o) => String(p2Qty(o)), [PL('quantity')]],
    ['Pris pr. billet', (c, o) => dec(p2Tix(o)[1]), [], opt],
    ['Billetgebyr', (c, o) => dec(p2Qty(o) * p2Fee(o)), []],
    ['Rabatkode', (c, o) => (p2Disc(o) ? 'MEDLEM10' : ''), ['commerce.promotionID']],
    ['Beløb i alt', (c, o) => dec(p2Total(o)), [OR('priceTotal')]],
    ['Betalingsmetode', (c, o) => p2Pay(o), [OR('payments[0].paymentType')]],
    ['Navn', (c) => dk(c).full, []],
    ['E-mail', (c) => dk(c).email, EMAIL_ID],
    ['Telefon', (c) => (n(c) % 5 === 3 ? '' : dk(c).mobile), PHONE_ID, opt],
    ['Adresse', (c) => (n(c) % 3 === 1 ? '' : `${dk(c).place[0]} ${dk(c).no}`), [BILL('street1')], opt],
    ['Postnr.', (c) => (n(c) % 3 === 1 ? '' : dk(c).place[1]), [BILL('postalCode')], opt],
    ['By', (c) => (n(c) % 3 === 1 ? '' : dk(c).place[2]), [BILL('city')], opt],
    ['Status', (c, o) => p2St(o), []],
    ['Scannet', (c, o) => (p2St(o) === 'Betalt' && p2Ev(o)[1] < Date.UTC(2025, 9, 1) ? 'Ja' : 'Nej'), []],
    ['Bemærkning fra køber', (c, o) => row(['', '', 'Vi er 2 vegetarer', '', 'Vil gerne sidde sammen med familien Kjær', '', 'Glutenallergi'], hx(o, 'bem') % 7), []],
    ['Nyhedsbrev', (c) => (n(c) % 3 === 0 ? 'Nej' : 'Ja'), [], opt],
  ] },
  { name: 'pameldingssystem-deltagerliste-export-no', product: 'Påmeldingssystem.no (aktivitet: Deltagere > Deltagerliste > Eksporter til Excel, one row per registration, Norwegian Bokmål UI, a one-and-a-half-day professional seminar for emergency nurses in Bergen with invoice, card and Vipps payment, Europe/Oslo, NOK)', family: 'events', language: 'no', schema: E, cols: [
    ['Påmeldings-ID', (c, o) => String(780000 + n(o) * 3), ['_id']],
    ['Status', (c, o) => pmSt(o), []],
    ['Påmeldt dato', (c, o) => noT(pmAt(o)), ['timestamp']],
    ['Fornavn', (c) => no(c).first, []],
    ['Etternavn', (c) => no(c).last, []],
    ['E-postadresse', (c) => no(c).email, EMAIL_ID],
    ['Mobilnummer', (c) => no(c).mobile, PHONE_ID, opt],
    ['Arbeidssted', (c) => pmWork(c)[0], []],
    ['Stilling', (c) => pmRole(c), []],
    ['Adresse', (c) => `${no(c).place[0]} ${no(c).no}`, [BILL('street1')], opt],
    ['Postnummer', (c) => no(c).place[1], [BILL('postalCode')], opt],
    ['Poststed', (c) => no(c).place[2], [BILL('city')], opt],
    ['Deltakertype', (c, o) => pmType(o)[0], [PL('name')], opt],
    ['Pris', (c, o) => nok(pmType(o)[1]), [OR('priceTotal')]],
    ['Betalingsmåte', (c, o) => pmMeth(o), [OR('payments[0].paymentType')]],
    ['Betalt', (c, o) => (pmPaid(o) ? 'Ja' : 'Nei'), []],
    ['Fakturamottaker', (c, o) => (pmMeth(o) === 'Faktura' ? pmWork(c)[1] : ''), []],
    ['Organisasjonsnummer', (c, o) => (pmMeth(o) === 'Faktura' ? pmWork(c)[2] : ''), []],
    ['Fakturareferanse', (c, o) => (pmMeth(o) === 'Faktura' ? `${row(['3', '4', '5'], n(c) % 3)}${pad(n(c) % 1000, 3)}${v.int(seeded(c, 'ref'), 10, 99)}` : ''), [], opt],
    ['Allergier / matbehov', (c) => row(['', '', 'Laktoseintoleranse', '', 'Vegetar', '', 'Glutenfri', ''], hx(c, 'mat') % 8), []],
    ['Parallellsesjon dag 2', (c, o) => (pmType(o)[0] === 'Foredragsholder' ? '' : row(['A: Traumemottak', 'B: Sepsis i akuttmottaket', 'C: Barn i akuttmottaket'], hx(o, 'ses') % 3)), []],
    ['Kommentar', (c, o) => row(['', '', 'Kommer med fly, lander 08:40', '', 'Ønsker kursbevis tilsendt', ''], hx(o, 'kom') % 6), []],
  ] },
  { name: 'smartschool-gebruikers-export-be', product: 'Smartschool (Beheer > Gebruikersbeheer > Exporteren naar Excel, a subset in order of the user fields, one row per pupil account, Flemish Dutch UI, a Ghent secondary school\'s pupils with their first co-account, Europe/Brussels)', family: 'education', language: 'nl', schema: P, cols: [
    ['Gebruikersnaam', (c) => ssUser(c), [], opt],
    ['Internnummer', (c) => String(10000 + (n(c) % 89999)), ID],
    ['Voornaam', (c) => be(c).first, ['person.name.firstName']],
    ['Naam', (c) => be(c).last, ['person.name.lastName']],
    ['Extra voornamen', (c) => (be(c).r1 < 0.45 ? row(['Maria', 'Jozef', 'Anna', 'Pieter', 'Louise', 'Jan'], hx(c, 'xv') % 6) : ''), ['person.name.middleName'], opt],
    ['Geslacht', (c) => (be(c).female ? 'V' : 'M'), ['person.gender']],
    ['Geboortedatum', (c) => dmy(v.parts(ssBirth(c)), '/'), ['person.birthDate']],
    ['Geboorteplaats', (c) => row(['Gent', 'Gent', 'Sint-Niklaas', 'Aalst', 'Eeklo', 'Oudenaarde', 'Deinze', 'Brugge'], hx(c, 'gp') % 8), []],
    ['Nationaliteit', (c) => (hx(c, 'nat') % 9 === 4 ? 'Nederlander' : hx(c, 'nat') % 9 === 7 ? 'Marokkaan' : 'Belg'), ['person.nationality']],
    ['Rijksregisternummer', (c) => (be(c).r2 < 0.85 ? rrn(c) : ''), ['person.taxId'], opt],
    ['Straat', (c) => be(c).place[0], at(HOME, 'street1')],
    ['Huisnummer', (c) => String(be(c).no), at(HOME, 'street1'), opt],
    ['Busnummer', (c) => (be(c).r3 < 0.2 ? String(v.int(seeded(c, 'bus'), 1, 12)) : ''), at(HOME, 'street2'), opt],
    ['Postcode', (c) => be(c).place[1], at(HOME, 'postalCode')],
    ['Woonplaats', (c) => be(c).place[2], at(HOME, 'city')],
    ['Land', () => 'België', at(HOME, 'country')],
    ['E-mailadres', (c) => (be(c).r1 < 0.7 ? be(c).email : ''), ['personalEmail.address']],
    ['Mobiel nummer', (c) => (be(c).r2 < 0.75 ? be(c).mobile : ''), ['mobilePhone.number']],
    ['Telefoonnummer', (c) => (be(c).r3 < 0.3 ? `09 ${v.int(seeded(c, 'tel'), 210, 399)} ${pad(v.int(seeded(c, 'tel2'), 0, 99))} ${pad(v.int(seeded(c, 'tel3'), 0, 99))}` : ''), ['homePhone.number']],
    ['Basisrol', () => 'Leerling', []],
    ['Stamboeknummer', (c) => String(2000 + (n(c) % 7000)), [], opt],
    ['Klas', (c) => ssClass(c), []],
    ['Klasnummer', (c) => String(1 + (n(c) % 24)), []],
    ['Status', (c) => (hx(c, 'st') % 15 === 3 ? 'niet actief' : 'actief'), []],
    ['Co-account 1 - Type', (c) => ssParent(c)[0], []],
    ['Co-account 1 - Naam', (c) => ssParentName(c).join(' '), []],
    ['Co-account 1 - E-mailadres', (c) => `${ascii(ssParentName(c)[0])}.${ascii(ssParentName(c)[1])}@${row(['telenet.be', 'gmail.com', 'hotmail.com', 'skynet.be'], hx(c, 'pm') % 4)}`, [], opt],
    ['Co-account 1 - Mobiel nummer', (c) => `04${v.pick(seeded(c, 'pmob'), ['75', '77', '78', '86', '96'])} ${pad(v.int(seeded(c, 'pm1'), 0, 99))} ${pad(v.int(seeded(c, 'pm2'), 0, 99))} ${pad(v.int(seeded(c, 'pm3'), 0, 99))}`, [], opt],
  ] },
  { name: 'myclub-jasenet-export-fi', product: 'myClub (toimihenkilön hallinta: Jäsenet > valitse jäsenet > Vie Excel-tiedostoon, one row per member, Finnish UI, a Tampere floorball club with boys\' and girls\' junior teams, adult teams and coaches, Europe/Helsinki)', family: 'sports-club', language: 'fi', schema: P, cols: [
    ['Jäsennumero', (c) => String(1000 + (n(c) % 8999)), ID],
    ['Etunimi', (c) => fi(c).first, ['person.name.firstName']],
    ['Sukunimi', (c) => fi(c).last, ['person.name.lastName']],
    ['Syntymäpäivä', (c) => fiD(mcBirth(c)), ['person.birthDate']],
    ['Sukupuoli', (c) => (fi(c).female ? 'Nainen' : 'Mies'), ['person.gender']],
    ['Sähköposti', (c) => (mcAdult(c) || fi(c).r1 < 0.3 ? fi(c).email : ''), ['personalEmail.address']],
    ['Puhelin', (c) => (mcAdult(c) || fi(c).r2 < 0.5 ? fi(c).mobile : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Katuosoite', (c) => `${fi(c).place[0]} ${fi(c).no % 60 + 1}${fi(c).r3 < 0.5 ? ` ${row(['A', 'B', 'C', 'D'], hx(c, 'rk') % 4)} ${1 + hx(c, 'as') % 40}` : ''}`, at(HOME, 'street1')],
    ['Postinumero', (c) => fi(c).place[1], at(HOME, 'postalCode')],
    ['Postitoimipaikka', (c) => fi(c).place[2], at(HOME, 'city')],
    ['Maa', () => 'Suomi', at(HOME, 'country')],
    ['Ryhmät', (c) => mcGroup(c), []],
    ['Jäsentaso', (c) => mcLevel(c), []],
    ['Liittymispäivä', (c) => fiD(mcJoin(c)), ['loyalty.joinDate'], opt],
    ['Huoltaja 1', (c) => (mcAdult(c) ? '' : fi(c).parent), []],
    ['Huoltaja 1 sähköposti', (c) => (mcAdult(c) ? '' : `${ascii(fi(c).parent.split(' ')[0])}.${ascii(fi(c).last)}@${row(['gmail.com', 'outlook.com', 'elisanet.fi'], hx(c, 'hm') % 3)}`), [], opt],
    ['Huoltaja 1 puhelin', (c) => (mcAdult(c) ? '' : `050 ${v.int(seeded(c, 'h1'), 100, 999)} ${v.int(seeded(c, 'h2'), 1000, 9999)}`), [], opt],
    ['Huoltaja 2', (c) => (mcAdult(c) ? '' : fi(c).parent2), []],
    ['Kuvauslupa', (c) => (hx(c, 'kl') % 5 === 2 ? 'Ei' : 'Kyllä'), []],
    ['Lisenssi', (c) => (mcLevel(c) === 'Kannatusjäsen' ? '' : row(['Salibandyliiga-lisenssi + vakuutus', 'Junioripassi', 'Harrastelisenssi', 'Lisenssi ilman vakuutusta'], hx(c, 'lis') % 4)), []],
    ['Laskutustapa', (c) => row(['Sähköposti', 'Sähköposti', 'E-lasku', 'Paperilasku'], hx(c, 'lt') % 4), []],
    ['Lisätiedot', (c) => row(['', '', 'Astma, avaava lääke mukana treeneissä', '', 'Siirtyi seuraan Ilves-Salibandysta', '', 'Sisarusalennus'], hx(c, 'lt2') % 7), []],
  ] },
  { name: 'salesdock-leads-export-nl', product: 'Salesdock (Leads > filter op campagne > Exporteren (Excel), one row per lead with its standard lead fields and the campaign\'s extra fields, Dutch UI, a business-energy reseller\'s outbound team calling small businesses whose energy contract ends, Europe/Amsterdam)', family: 'b2b-sales', language: 'nl', schema: B, cols: [
    ['Lead ID', (c) => String(5400000 + (n(c) * 17) % 900000), B2BID],
    ['Campagne', (c) => row(['Zakelijk energie Q1 - contract einde', 'Zakelijk energie - webformulier', 'Herbenadering 2024'], hx(c, 'cmp') % 3), []],
    ['Status', (c) => sdSt(c), ['b2b.personStatus'], opt],
    ['Bedrijfsnaam', (c) => sdCo(c)[0], CO],
    ['KvK-nummer', (c) => sdCo(c)[1], ACCT, opt],
    ['Aanhef', (c) => (nl(c).female ? 'Mevrouw' : 'De heer'), ['person.name.courtesyTitle']],
    ['Voorletters', (c) => nl(c).init, [], opt],
    ['Voornaam', (c) => nl(c).first, ['person.name.firstName']],
    ['Tussenvoegsel', (c) => nl(c).tv, ['person.name.middleName'], opt],
    ['Achternaam', (c) => nl(c).last, ['person.name.lastName']],
    ['Functie', (c) => sdRole(c), ['extendedWorkDetails.jobTitle']],
    ['E-mailadres', (c) => sdMail(c), ['workEmail.address']],
    ['Telefoonnummer', (c) => { const a = row(['30', '23', '73', '26', '548', '33', '228', '71'], (n(c) >> 1) % 8); return `0${a}-${v.int(seeded(c, 'sdt'), a.length === 2 ? 2000000 : 200000, a.length === 2 ? 9999999 : 999999)}` }, ['workPhone.number']],
    ['Mobiel nummer', (c) => (hx(c, 'mob') % 3 === 0 ? '' : `06 ${v.int(seeded(c, 'sdm'), 10000000, 99999999)}`), ['mobilePhone.number']],
    ['Straat', (c) => sdCo(c)[3], [W('street1')]],
    ['Huisnummer', (c) => sdCo(c)[4], [W('street1')], opt],
    ['Toevoeging', (c) => sdCo(c)[5], [W('street2')], opt],
    ['Postcode', (c) => sdCo(c)[6], [W('postalCode')]],
    ['Plaats', (c) => sdCo(c)[7], [W('city')]],
    ['Branche', (c) => sdCo(c)[2], []],
    ['Huidige leverancier', (c) => row(['Eneco', 'Vattenfall', 'Essent', 'Budget Energie', 'Greenchoice', 'Engie', 'Onbekend'], hx(c, 'lev') % 7), []],
    ['Verbruik stroom (kWh)', (c) => String(Math.round(sdCo(c)[9] * (0.85 + (hx(c, 'kwh') % 30) / 100))), []],
    ['Einddatum huidig contract', (c) => dmy(v.parts(Date.UTC(2025, (hx(c, 'eind') % 12), 1) - day), '-'), []],
    ['Verkoper', (c) => sdWho(c), []],
    ['Bron', (c) => row(['Koude acquisitie', 'Webformulier', 'Koude acquisitie', 'Beurs', 'Doorverwijzing'], hx(c, 'bron') % 5), ['b2b.personSource'], opt],
    ['Aangemaakt op', (c) => nlT(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Laatst gewijzigd', (c) => nlT(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },
  { name: 'salesys-kontakter-export-se', product: 'SaleSys (SaleSys Sverige AB; Kontakter > markera > Exportera (Excel), one row per contact person of a company in a calling project, Swedish UI, a Gothenburg IT-security consultancy\'s telesales team booking meetings with West Swedish companies, Europe/Stockholm)', family: 'b2b-sales', language: 'sv', schema: B, cols: [
    ['Kontakt-ID', (c) => String(910000 + (n(c) * 7) % 89999), B2BID],
    ['Företag', (c) => syCo(c)[0], CO],
    ['Organisationsnummer', (c) => syCo(c)[1], ACCT, opt],
    ['Förnamn', (c) => se(c).first, ['person.name.firstName']],
    ['Efternamn', (c) => se(c).last, ['person.name.lastName']],
    ['Titel', (c) => syRole(c), ['extendedWorkDetails.jobTitle']],
    ['E-post', (c) => (hx(c, 'em') % 6 === 1 ? '' : `${ascii(se(c).first)}.${ascii(se(c).last)}@${syCo(c)[8]}`), ['workEmail.address']],
    ['Telefon', (c) => syCo(c)[9], ['workPhone.number']],
    ['Mobil', (c) => (hx(c, 'mb') % 4 === 2 ? '' : seMob(c)), ['mobilePhone.number']],
    ['Gatuadress', (c) => syCo(c)[4], [W('street1')]],
    ['Postnummer', (c) => syCo(c)[5], [W('postalCode')]],
    ['Ort', (c) => syCo(c)[6], [W('city')]],
    ['Län', (c) => syCo(c)[7], STATE(['workAddress']), opt],
    ['Webbplats', (c) => `www.${syCo(c)[8]}`, ['b2b.companyWebsite']],
    ['Bransch', (c) => syCo(c)[2], []],
    ['Antal anställda', (c) => syCo(c)[3], []],
    ['Projekt', (c) => row(['Mötesbokning NIS2 – Västra Götaland', 'Mötesbokning NIS2 – Halland', 'Uppföljning webbinarium IT-säkerhet'], hx(c, 'proj') % 3), []],
    ['Status', (c) => sySt(c), ['b2b.personStatus'], opt],
    ['Senaste utfall', (c) => syOut(c), [], opt],
    ['Antal samtal', (c) => String(syCalls(c)), []],
    ['Säljare', (c) => sySeller(c), []],
    ['Skapad', (c) => seT(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Senast kontaktad', (c) => (syCalls(c) ? seT(syLast(c)) : ''), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Anteckning', (c) => row(['', 'Har egen IT-avdelning, två personer', '', 'Ring efter semestern, v. 33', 'Använder idag extern leverantör', '', 'Vill ha info på mejl först'], hx(c, 'ant') % 7), []],
  ] },
]
