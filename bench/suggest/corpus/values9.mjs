// Round 9 (heldout9) value helpers: formats of the round-9 products that the shared helpers lack (Swedish, Danish,
// Chilean and Nigerian people, Fortnox / e-conomic numbers, PagBank amounts, Paystack references). Shared helpers are
// not changed; everything here derives from the generated row (person / order) or the row's rng.
import * as v from './values.mjs'

const pad = (n, w = 2) => String(n).padStart(w, '0')
const parts = (ms) => { const d = new Date(ms); return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), H: d.getUTCHours(), M: d.getUTCMinutes(), S: d.getUTCSeconds() } }
export const slug = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ø/g, 'o').replace(/æ/g, 'ae').replace(/å/g, 'a').replace(/[^a-z]/g, '')

// "05/03/2024 14:22:31" (PagBank transaction report)
export const brSec = (ms) => { const p = parts(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
// "05-03-2024" (e-conomic, Danish UI)
export const dk = (ms) => { const p = parts(ms); return `${pad(p.d)}-${pad(p.m)}-${p.y}` }
// "2024-03-05T14:22:31.000Z" (Paystack API times)
export const isoMs = (ms) => new Date(ms).toISOString()
// "99,90" (Brazilian decimals without thousands separator, as the PagBank CSV writes them)
export const brl = (n) => n.toFixed(2).replace('.', ',')

// Local people of the row, seeded by the row's person id so that all columns of one row agree.
const L = {
  sv: {
    first: ['Erik', 'Anna', 'Lars', 'Karin', 'Johan', 'Maria', 'Anders', 'Elin', 'Oskar', 'Sofia', 'Björn', 'Ingrid'],
    last: ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Lindqvist', 'Berg'],
    street: ['Storgatan', 'Drottninggatan', 'Kungsgatan', 'Sveavägen', 'Vasagatan', 'Industrivägen', 'Hamngatan'],
    cities: [['Stockholm', '111 22', '08'], ['Göteborg', '411 05', '031'], ['Malmö', '211 20', '040'], ['Uppsala', '753 20', '018'], ['Västerås', '722 15', '021']],
    companies: ['Nordvik Bygg AB', 'Lindqvist Konsult AB', 'Svea Logistik AB', 'Hallands Trä AB', 'Bergström & Co HB', 'Mälardalens El AB'],
  },
  da: {
    first: ['Mads', 'Sofie', 'Lars', 'Mette', 'Søren', 'Anne', 'Rasmus', 'Camilla', 'Jens', 'Louise', 'Niels', 'Freja'],
    last: ['Nielsen', 'Jensen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Madsen'],
    street: ['Vesterbrogade', 'Nørregade', 'Strandvejen', 'Algade', 'Søndergade', 'Industrivej', 'Havnegade'],
    cities: [['København K', '1050'], ['Aarhus C', '8000'], ['Odense C', '5000'], ['Aalborg', '9000'], ['Vejle', '7100']],
    companies: ['Nordisk Design ApS', 'Jensen & Søn A/S', 'Havnens Tømrer ApS', 'Fyns Rengøring ApS', 'Dansk Kaffe Kompagni A/S', 'Vejle VVS ApS'],
  },
  cl: {
    first: ['Sebastián', 'Catalina', 'Matías', 'Valentina', 'Benjamín', 'Javiera', 'Joaquín', 'Francisca', 'Tomás', 'Constanza'],
    last: ['González', 'Muñoz', 'Rojas', 'Díaz', 'Pérez', 'Soto', 'Contreras', 'Silva', 'Martínez', 'Sepúlveda'],
    street: ['Av. Providencia', 'Av. Apoquindo', 'Los Leones', 'Av. Irarrázaval', 'Calle Larga', 'Av. Libertad'],
    cities: [['Santiago', 'Región Metropolitana', 'Providencia', '7500000'], ['Santiago', 'Región Metropolitana', 'Las Condes', '7550000'], ['Santiago', 'Región Metropolitana', 'Ñuñoa', '7750000'], ['Viña del Mar', 'Región de Valparaíso', 'Viña del Mar', '2520000'], ['Concepción', 'Región del Biobío', 'Concepción', '4030000']],
  },
  ng: {
    first: ['Chinedu', 'Ngozi', 'Oluwaseun', 'Aisha', 'Emeka', 'Funmilayo', 'Ibrahim', 'Adaeze', 'Tunde', 'Zainab'],
    last: ['Okafor', 'Adeyemi', 'Bello', 'Okonkwo', 'Ogunleye', 'Eze', 'Mohammed', 'Nwosu', 'Balogun', 'Abubakar'],
  },
}
const memo = new Map()
export const loc = (c, lang) => {
  const k = `${lang}:${c.id}:${c.first}`
  if (memo.has(k)) return memo.get(k)
  const r = v.rng(+c.id * 131 + c.first.length * 7 + lang.length)
  const d = L[lang]
  const first = v.pick(r, d.first), last = v.pick(r, d.last)
  const p = { first, last, full: `${first} ${last}`, email: `${slug(first)}.${slug(last)}${v.int(r, 1, 99)}@${v.pick(r, { sv: ['gmail.com', 'telia.com', 'hotmail.se'], da: ['gmail.com', 'mail.dk', 'hotmail.dk'], cl: ['gmail.com', 'hotmail.com', 'yahoo.cl'], ng: ['gmail.com', 'yahoo.com'] }[lang])}` }
  if (lang === 'sv') {
    const [city, zip, area] = v.pick(r, d.cities)
    Object.assign(p, { street: `${v.pick(r, d.street)} ${v.int(r, 1, 80)}`, city, zip, phone: `${area}-${v.int(r, 100, 999)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`, mobile: `07${v.pick(r, ['0', '2', '3', '6'])}-${v.int(r, 100, 999)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`, company: v.pick(r, d.companies), orgnr: `55${v.int(r, 1000, 9999)}-${v.int(r, 1000, 9999)}` })
  } else if (lang === 'da') {
    const [city, zip] = v.pick(r, d.cities)
    Object.assign(p, { street: `${v.pick(r, d.street)} ${v.int(r, 1, 120)}`, city, zip, phone: `${v.int(r, 20, 99)} ${v.int(r, 10, 99)} ${v.int(r, 10, 99)} ${v.int(r, 10, 99)}`, mobile: `+45 ${v.pick(r, ['20', '22', '28', '40', '50', '60'])} ${v.int(r, 10, 99)} ${v.int(r, 10, 99)} ${v.int(r, 10, 99)}`, company: v.pick(r, d.companies), cvr: String(v.int(r, 10000000, 45999999)) })
  } else if (lang === 'cl') {
    const [city, region, comuna, zip] = v.pick(r, d.cities)
    Object.assign(p, { street: `${v.pick(r, d.street)} ${v.int(r, 100, 9999)}${r() < 0.3 ? `, depto ${v.int(r, 101, 2405)}` : ''}`, city, region, comuna, zip, mobile: `+56 9 ${v.int(r, 1000, 9999)} ${v.int(r, 1000, 9999)}` })
  } else if (lang === 'ng') {
    Object.assign(p, { phone: `+234${v.pick(r, ['803', '805', '806', '810', '813', '816', '903'])}${v.int(r, 1000000, 9999999)}` })
  }
  memo.set(k, p)
  return p
}
