// Rules of round 84 (each test fails with its rule removed), checked on made-up headers.
import { describe, expect, it } from 'vitest'
import { toMappingSet } from '../src/suggest/index.js'
import { nationalityCode } from '../src/suggest/nationality.js'
import { B2B_PERSON as B, EVENT_RICH as E, PROFILE_RICH as P, runMapping, suggestOnColumns as suggestOn } from './helpers/suggest.js'
import { tmpDir } from './helpers/tmp.js'

const base = tmpDir('xdmap-round84-')

describe('round 84: nationalities', () => {
  it('demonyms, country names and alpha-3 codes in any of the exports\' languages name an alpha-2 code', () => {
    const cases: [string, string][] = [
      ['Italiana', 'IT'], ['deutsch', 'DE'], ['österreichisch', 'AT'], ['Française', 'FR'], ['Britânica', 'GB'], ['alemã', 'DE'], ['Alemana', 'DE'],
      ['Norte-americana', 'US'], ['New Zealander', 'NZ'], ['Belg', 'BE'], ['Nederlandse', 'NL'], ['română', 'RO'], ['سعودية', 'SA'], ['أردني', 'JO'], ['اردني', 'JO'],
      ['Suomi', 'FI'], ['Iso-Britannia', 'GB'], ['Vereinigtes Königreich', 'GB'], ['България', 'BG'], ['Paesi Bassi', 'NL'], ['DEU', 'DE'], ['svn', 'SI'], ['de', 'DE'],
    ]
    for (const [v, code] of cases) expect(nationalityCode(v), v).toBe(code)
    for (const v of ['Singapore PR', 'NRI', 'English', 'XYZ', 'Kundennummer']) expect(nationalityCode(v), v).toBeUndefined()
  })

  it('a nationality column written in words goes to person.nationality with a decode into codes; one that is no nationality stays unmapped', async () => {
    const de = await suggestOn(P, { Kundennummer: ['1001', '1002', '1003'], Vorname: ['Anna', 'Jonas', 'Lea'], Staatsangehörigkeit: ['deutsch', 'österreichisch', 'schweizerisch'] })
    expect(de.to('Staatsangehörigkeit')).toBe('person.nationality')
    const m = de.r.mappings.find((x) => x.source === 'Staatsangehörigkeit')!
    expect(m.expression).toContain('"österreichisch", "AT"')
    // (the German demonyms the sample lacks are in the table too)
    expect(m.expression).toContain('"italienisch", "IT"')
    expect(m.reason).toMatch(/nationalities/)
    const ar = await suggestOn(P, { 'رقم الملف': ['1', '2', '3'], الجنسية: ['سعودي', 'مصري', 'أردني'] })
    expect(ar.to('الجنسية')).toBe('person.nationality')
    // (the other spellings are written as exports write them, with their accents: a later "moldovenească" is read)
    const ro = await suggestOn(P, { Nume: ['Pop', 'Ionescu', 'Stan'], Prenume: ['Ana', 'Ion', 'Maria'], Cetățenie: ['română', 'română', 'română'] })
    expect(ro.to('Cetățenie')).toBe('person.nationality')
    expect(ro.r.mappings.find((x) => x.source === 'Cetățenie')!.expression).toContain('"moldovenească", "MD"')
    const hr = await suggestOn(P, { Ime: ['Ana', 'Ivo', 'Marko'], Državljanstvo: ['DEU', 'SVN', 'HRV'] })
    expect(hr.to('Državljanstvo')).toBe('person.nationality')
    const sg = await suggestOn(P, { Name: ['Tan Wei', 'Lim Mei', 'Raj Kumar'], Nationality: ['Singapore Citizen', 'Singapore PR', 'Malaysian'] })
    expect(sg.to('Nationality')).toBeUndefined()
  })

  it('run writes the codes: a nationality the sample lacks is read from the table; one no table holds leaves the field empty, the row written', async () => {
    const cols = { Kundennummer: ['1001', '1002', '1003'], Vorname: ['Anna', 'Jonas', 'Lea'], Staatsangehörigkeit: ['deutsch', 'Österreichisch', 'deutsch'] }
    const s = await suggestOn(P, cols)
    const set = toMappingSet(s.r)
    const header = ['Kundennummer', 'Vorname', 'Staatsangehörigkeit']
    const rows = [['1001', 'Anna', 'deutsch'], ['1002', 'Jonas', 'Österreichisch'], ['1003', 'Lea', 'italienisch'], ['1004', 'Mia', 'Französin'], ['1005', 'Tom', 'PL']]
    const out = await runMapping<{ person?: { nationality?: string } }>(base, P, [header, ...rows], set)
    expect(out.written + out.rejected).toBe(rows.length)
    expect(out.written).toBe(5)
    expect(out.records.map((r) => r.person?.nationality)).toEqual(['DE', 'AT', 'IT', undefined, undefined])
  })
})

describe('round 84 (tune183-186)', () => {
  it("an insurance policy's number, premium and conclusion are the record's id, price and time (Nr polisy, Składka, Data zawarcia; Polises numurs after a bare Nr.)", async () => {
    const pl = await suggestOn(E, { 'Lp.': ['1', '2', '3'], 'Nr polisy': ['9340505327', '8259329872', 'L446028223', '9340505400', '9340505411', 'L446028299'], Produkt: ['OC komunikacyjne', 'NNW szkolne', 'Na życie'], 'Data zawarcia': ['2025-02-06', '2025-01-28', '2025-01-22'], Składka: ['745,00', '117,00', '720,00'] })
    expect(pl.to('Nr polisy')).toBe('commerce.order.purchaseID')
    expect(pl.to('Składka')).toBe('commerce.order.priceTotal')
    expect(pl.to('Data zawarcia')).toBe('timestamp')
    const lv = await suggestOn(E, { 'Nr.': ['8905', '13117', '10006', '8911', '9002', '9100'], 'Polises numurs': ['LV74-32103161', 'BT84-87300274', 'ER29-49488546', 'LV74-1', 'LV74-2', 'LV74-3'], 'Noformēšanas datums': ['21.01.2025', '26.02.2025', '24.01.2025'], Prēmija: ['119,80', '1043,80', '174,20'], Valūta: ['EUR', 'EUR', 'EUR'] })
    expect(lv.to('Polises numurs')).toBe('commerce.order.purchaseID')
    expect(lv.to('Nr.')).toBeUndefined()
    expect(lv.to('Prēmija')).toBe('commerce.order.priceTotal')
    expect(lv.to('Noformēšanas datums')).toBe('timestamp')
    // (a premium with no policy beside it stays a word of its own)
    const plain = await suggestOn(E, { 'Order ID': ['A1', 'A2', 'A3'], Premium: ['Yes', 'No', 'Yes'] })
    expect(plain.to('Premium')).toBeUndefined()
  })

  it('Slovenian "Št." is a number: "Št. računa" is the invoice\'s, "Poštna št." the postcode; "Skupaj z DDV" the total', async () => {
    const sl = await suggestOn(E, { 'Datum sprejema': ['05.05.2025 14:48', '26.02.2025 10:21', '07.05.2025 11:08'], Naslov: ['Ipavčeva ulica 78', 'Mariborska cesta 69', 'Hmeljarska ulica 60'], 'Poštna št.': ['3230', '3212', '3000'], Kraj: ['Šentjur', 'Vojnik', 'Celje'], DDV: ['13,17', '51,04', '12,41'], 'Skupaj z DDV': ['73,02', '283,04', '68,81'], 'Št. računa': ['25-PP1-00018', '25-PP1-02462', '25-PP1-00792'] })
    expect(sl.to('Št. računa')).toBe('commerce.order.purchaseID')
    expect(sl.to('Poštna št.')).toBe('commerce.billing.address.postalCode')
    expect(sl.to('Skupaj z DDV')).toBe('commerce.order.priceTotal')
    expect(sl.to('DDV')).toBe('commerce.order.taxAmount')
  })

  it("a barcode written in digits is the SKU where it is the header's one product code, not beside an article number", async () => {
    const es = await suggestOn(E, { 'Nro. Comp.': ['0002-00084604', '0002-00088416', '0002-00087849'], 'Cód. Barras': ['7894297397409', '7894009679861', '7894124171011'], Descripción: ['Ibupirac 400 mg', 'Actron 600', 'T4 100 mcg'], 'Cant.': ['2', '1', '1'], Importe: ['19.960,00', '6.890,50', '5.790,00'], 'Total Comp.': ['19.960,00', '6.890,50', '9.040,00'] })
    expect(es.to('Cód. Barras')).toBe('productListItems[0].SKU')
    expect(es.to('Nro. Comp.')).toBe('commerce.order.purchaseID')
    expect(es.to('Total Comp.')).toBe('commerce.order.priceTotal')
    const nl = await suggestOn(E, { Ordernummer: ['NL-1', 'NL-2', 'NL-3'], Artikelcode: ['SHIRT-RD-M', 'MUG-WH', 'CAP-BK'], Barcode: ['8712345678906', '8712345678913', '8712345678920'], Aantal: ['1', '2', '1'], Prijs: ['19,95', '8,50', '12,00'] })
    expect(nl.to('Artikelcode')).toBe('productListItems[0].SKU')
    expect(nl.to('Barcode')).not.toBe('productListItems[0].SKU')
  })

  it("a B2B contact list's customer number repeated over its firm's contacts is the account's key", async () => {
    const cs = await suggestOn(B, { 'Číslo klienta': ['3041', '3041', '3164', '3200', '3200', '3311'], Název: ['AUTODOPRAVA Hejduk spol. s r.o.', 'AUTODOPRAVA Hejduk spol. s r.o.', 'Eltech a.s.', 'Penzion s.r.o.', 'Penzion s.r.o.', 'Pekárna s.r.o.'], 'Kontaktní osoba': ['Hana Kučerová', 'Jiří Němec', 'Petr Malý', 'Eva Nová', 'Ota Bílý', 'Ivo Veselý'] })
    expect(cs.to('Číslo klienta')).toBe('b2b.accountID')
    expect(cs.to('Kontaktní osoba')).toBe('person.name.fullName')
    // (one number a row is the contact's own)
    const own = await suggestOn(B, { 'Customer Number': ['3041', '3042', '3164', '3200', '3201', '3311'], Company: ['A s.r.o.', 'A s.r.o.', 'B a.s.', 'C s.r.o.', 'C s.r.o.', 'D a.s.'] })
    expect(own.to('Customer Number')).not.toBe('b2b.accountID')
  })

  it("a workshop's or clinic's service and service code are the product sold; a courier's service stays its shipping method", async () => {
    const mx = await suggestOn(E, { Folio: ['OS-06026', 'OS-07667', 'OS-06179'], 'Fecha Recepción': ['19/03/2025 13:38', '27/04/2025 11:58', '26/03/2025 17:26'], 'Fecha Entrega': ['20/03/2025 15:38', '', '27/03/2025 19:26'], Servicio: ['Carga de gas A/C', 'Cambio de clutch', 'Afinación'], Total: ['1,392.00', '9,048.00', '2,100.00'] })
    expect(mx.to('Servicio')).toBe('productListItems[0].name')
    const hr = await suggestOn(E, { Datum: ['10.03.2025.', '18.03.2025.', '22.01.2025.'], 'Šifra usluge': ['K020', 'F100', 'F110'], Usluga: ['Kastracija mačka', 'Pregled goveda', 'Cijepljenje psa'], Količina: ['1', '1', '33'], Ukupno: ['100,00', '43,75', '247,50'] })
    expect(hr.to('Šifra usluge')).toBe('productListItems[0].SKU')
    expect(hr.to('Usluga')).toBe('productListItems[0].name')
    const courier = await suggestOn(E, { 'Nº Envío': ['E1', 'E2', 'E3'], 'Nº Seguimiento': ['SEUR123', 'SEUR124', 'SEUR125'], Servicio: ['SEUR 24', 'SEUR 48', 'SEUR 24'], Importe: ['5,90', '4,50', '5,90'] })
    expect(courier.to('Servicio')).toBe('commerce.shipping.shippingMethod')
  })

  it('national mobiles of Slovakia, Czechia and Slovenia; Ukrainian Ч/Ж genders; a "Work Number" of phone numbers; a bare "Clave" first; a "Commercial Name"', async () => {
    const sk = await suggestOn(P, { Meno: ['Ján', 'Eva', 'Peter'], Priezvisko: ['Kováč', 'Horváthová', 'Varga'], Ulica: ['Hlavná 12', 'Mlynská 5', 'Južná trieda 48'], Mesto: ['Košice', 'Prešov', 'Košice'], Telefón: ['0905 555 994', '0915 420 684', '0948 507 304'] })
    expect(sk.to('Telefón')).toBe('mobilePhone.number')
    const sl = await suggestOn(P, { Ime: ['Ana', 'Luka', 'Maja'], Priimek: ['Novak', 'Horvat', 'Krajnc'], Naslov: ['Ipavčeva ulica 78', 'Mariborska cesta 69', 'Hmeljarska ulica 60'], Kraj: ['Celje', 'Vojnik', 'Šentjur'], Telefon: ['041 814 095', '051 042 418', '031 162 224'] })
    expect(sl.to('Telefon')).toBe('mobilePhone.number')
    const uk = await suggestOn(P, { Код: ['365051', '447507', '942736'], Стать: ['Ж', 'Ч', 'Ж'] })
    expect(uk.to('Стать')).toBe('person.gender')
    expect(uk.r.mappings.find((m) => m.source === 'Стать')!.expression).toContain('"ч", "male"')
    const za = await suggestOn(P, { 'First Name': ['Ann', 'Bob', 'Cy'], 'Work Number': ['021 418 2200', '021 555 1234', '011 234 5678'], 'Home Number': ['021 761 2345', '021 762 3456', '021 763 4567'] })
    expect(za.to('Work Number')).toBe('workPhone.number')
    expect(za.to('Home Number')).toBe('homePhone.number')
    const mx = await suggestOn(P, { Clave: ['80407', '54151', '68839', '70001', '70002', '70003'], Nombre: ['Ana', 'Luis', 'Eva'], Calle: ['Av. Vallarta', 'Calle Morelos', 'Av. Chapultepec'], 'No. Exterior': ['1520', '88', '410'], 'No. Interior': ['', 'Depto. 804', '3B'], Colonia: ['Americana', 'Centro', 'Providencia'] })
    expect(mx.to('Clave')).toBe('_id')
    expect(mx.to('No. Interior')).toBe('homeAddress.street2')
    const us = await suggestOn(B, { 'Commercial Name': ['Heights Yoga Studio LLC', 'Woodlands Landscape Co', 'Gulf Coast Roofing LLC'], 'Contact First Name': ['Ann', 'Bob', 'Cy'] })
    expect(us.to('Commercial Name')).toBe('b2b.companyName')
  })
  it("a pharmacy's prescription number heads its fills; a product or service sold is the product; a consent flag beside a contact's e-mail leaves it the contact's; a Peruvian address's departamento is its region", async () => {
    const ca = await suggestOn(E, { 'Rx #': ['6875656', '6315823', '6522042', '6875700', '6875711', '6875722'], 'Fill Date': ['2025-01-06 18:32', '2025-05-01 11:31', '2025-01-16 11:54'], Drug: ['ATORVASTATIN 20MG TAB', 'AMOXICILLIN 500MG CAP', 'RAMIPRIL 10MG CAP'], Qty: ['90', '21', '90'], Total: ['41.20', '18.75', '33.10'] })
    expect(ca.to('Rx #')).toBe('commerce.order.purchaseID')
    expect(ca.to('Drug')).toBe('productListItems[0].name')
    const br = await suggestOn(E, { Venda: ['88902', '51468', '43899'], 'Produto/Serviço': ['Retorno', 'Bravecto 10 a 20 kg', 'Vacina V10'], Quantidade: ['1', '1', '2'], 'Total da venda': ['0,00', '249,90', '240,00'] })
    expect(br.to('Produto/Serviço')).toBe('productListItems[0].name')
    const b2b = await suggestOn(B, { 'Nome / Razão Social': ['Araguaia Engenharia Ltda', 'Cerrado Locadora S.A.', 'Cerrado Locadora S.A.'], Contato: ['Rafael Gomes', 'Bruna Carvalho', 'Gustavo Lima'], 'E-mail': ['rafael.gomes@araguaiaeng.com.br', 'bruna.carvalho@cerradolocadora.com.br', 'gustavo.lima@cerradolocadora.com.br'], 'Aceita Contato por E-mail': ['Sim', 'Não', 'Sim'] })
    expect(b2b.to('E-mail')).toBe('workEmail.address')
    const pe = await suggestOn(P, { Nombres: ['Ana', 'Luis', 'Rosa'], Apellidos: ['Quispe', 'Flores', 'Huamán'], Dirección: ['Av. Aviación 2450', 'Jr. Huiracocha 1120', 'Calle Los Pinos 123'], Distrito: ['San Borja', 'Jesús María', 'Cayma'], Provincia: ['Lima', 'Lima', 'Arequipa'], Departamento: ['Lima', 'Lima', 'Arequipa'] })
    expect(pe.to('Departamento')).toBe('homeAddress.stateProvince')
    expect(pe.to('Provincia')).toBe('homeAddress.city')
  })
})
