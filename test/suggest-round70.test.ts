// Rules of round 70 (tune139-140; each test fails with its rule removed), checked on made-up headers: a letter's whole
// greeting ("Geachte heer De Boer") is no courtesy title, an unqualified column of landline numbers is no mobile, and
// marital statuses written in the export's language (Gehuwd, Casado(a), verheiratet) go to the marital-status enum by a
// decode that run converts, and a British or Indian order's "Dispatch Date" is its ship date.
import { describe, expect, it } from 'vitest'
import { toMappingSet } from '../src/suggest/index.js'
import { isLandlineNumber, isMobileNumber } from '../src/suggest/mobile.js'
import { maritalDecode } from '../src/suggest/marital.js'
import { B2B_PERSON as B, EVENT_RICH as E, PROFILE_RICH as P, runMapping, suggestOnColumns as suggestOn } from './helpers/suggest.js'
import { tmpDir } from './helpers/tmp.js'

const base = tmpDir('xdmap-round70-')
const EMAILS = ['j.deboer@ziggo.nl', 'a.jansen@kpnmail.nl', 'm.visser@gmail.com', 'p.bakker@hotmail.com', 'l.smit@xs4all.nl', 'r.mulder@planet.nl']
const ENUM = ['married', 'single', 'divorced', 'widowed', 'not_specified']

describe('round 70 (tune139-140)', () => {
  it('a letter greeting of three words and more ("Geachte heer De Boer", "Sehr geehrte Frau Dr. Weber") is no courtesy title', async () => {
    const people = { Voornaam: ['Jan', 'Anna', 'Maria', 'Piet', 'Lotte', 'Rob'], Email: EMAILS }
    for (const [col, values] of [
      ['Aanhef', ['Geachte heer De Boer', 'Geachte mevrouw Jansen', 'Geachte mevrouw Visser', 'Geachte heer Bakker', 'Geachte mevrouw Smit', 'Geachte heer Mulder']],
      ['Briefanrede', ['Sehr geehrter Herr Becker', 'Sehr geehrte Frau Dr. Weber', 'Sehr geehrte Frau Schulz', 'Sehr geehrter Herr Koch', 'Sehr geehrte Frau Wolf', 'Sehr geehrter Herr Braun']],
    ] as const) {
      const { to } = await suggestOn(P, { ...people, [col]: [...values] })
      expect(to(col), col).toBeUndefined()
    }
    // (the titles themselves, and a greeting of two words that is a title and a name's part, stay courtesy titles)
    for (const values of [['Dhr.', 'Mevr.', 'Mevr.', 'Dhr.', 'Mevr.', 'Dhr.'], ['Herr', 'Frau Dr.', 'Frau', 'Herr Prof.', 'Frau', 'Herr']]) {
      const { to } = await suggestOn(P, { ...people, Aanhef: values })
      expect(to('Aanhef'), values.join(' ')).toBe('person.name.courtesyTitle')
    }
  })

  it('an unqualified phone column of landlines (a switchboard: 04 91 93 00 00) is no mobile; mobiles and a column saying mobile are', async () => {
    const contacts = { Prénom: ['Luc', 'Anne', 'Marc', 'Sophie'], Nom: ['Martin', 'Bernard', 'Petit', 'Durand'], 'Raison sociale': ['Sodimatec', 'Maintenix', 'Lyon Hydraulique', 'Techniflux'], 'Téléphone direct': ['04 78 12 34 56', '04 72 98 76 54', '04 37 11 22 33', '04 26 44 55 66'] }
    const landlines = ['04 91 93 00 00', '01 45 82 00 00', '04 15 32 00 00', '05 56 00 12 00']
    const fixed = await suggestOn(B, { ...contacts, 'Téléphone standard': landlines })
    expect(fixed.to('Téléphone standard')).toBeUndefined()
    const mobiles = await suggestOn(B, { ...contacts, 'Téléphone standard': ['06 12 34 56 78', '07 81 22 33 44', '06 98 76 54 32', '06 11 22 33 44'] })
    expect(mobiles.to('Téléphone standard')).toBe('mobilePhone.number')
    const said = await suggestOn(B, { ...contacts, 'Téléphone mobile': landlines })
    expect(said.to('Téléphone mobile')).toBe('mobilePhone.number')
  })

  it('landlines are told from mobiles by their country prefixes, national forms only in a file of the country\'s language', () => {
    for (const v of ['+33 1 45 82 00 00', '+44 20 7946 0018', '+49 89 123456', '+39 02 1234 5678', '+34 912 345 678', '+31 20 123 4567', '+351 210 658 408', '+61 2 9876 5432', '+41 44 123 45 67', '+55 11 3456-7890'])
      expect(isLandlineNumber(v), v).toBe(true)
    for (const [v, lang] of [['04 91 93 00 00', 'fr'], ['020 7946 0018', 'en'], ['02 9876 5432', 'en'], ['030 1234567', 'de'], ['02 1234 5678', 'it'], ['020-1234567', 'nl'], ['210 658 408', 'pt'], ['(11) 3456-7890', 'pt']] as const) {
      expect(isLandlineNumber(v, [lang]), `${v} ${lang}`).toBe(true)
      // (the same digits in a file of another language are no one's landline: 0912 345 678 is a Vietnamese mobile)
      expect(isLandlineNumber(v, ['vi']), `${v} vi`).toBe(false)
    }
    for (const v of ['+33 6 12 34 56 78', '+44 7700 900123', '+49 151 2345678', '+39 345 123 4567', '+34 612 345 678', '+31 6 1234 5678', '+351 912 345 678', '+1 415 555 0134', '12345', 'n/a'])
      expect(isLandlineNumber(v, ['fr', 'en', 'de', 'it', 'nl', 'pt']), v).toBe(false)
    // (national mobiles: Portugal's 9xx is no Spanish landline, Sweden's 07x no German one)
    for (const [v, lang] of [['06 12 34 56 78', 'fr'], ['0412 345 678', 'en'], ['921 136 232', 'pt'], ['921 136 232', 'es'], ['073-407 44 45', 'sv'], ['0912345678', 'vi']] as const)
      expect(isLandlineNumber(v, [lang]), `${v} ${lang}`).toBe(false)
    for (const v of ['+33 6 12 34 56 78', '+49 151 2345678', '0412 345 678']) expect(isMobileNumber(v) && isLandlineNumber(v, ['en', 'de', 'fr']), v).toBe(false)
  })

  it('marital statuses in the export\'s language decode to the enum; a value no status names leaves the column undecoded', () => {
    expect(maritalDecode(['Gehuwd', 'Ongehuwd', 'Gescheiden', 'Weduwe/weduwnaar', ''], ENUM)).toEqual([['gehuwd', 'married'], ['ongehuwd', 'single'], ['gescheiden', 'divorced'], ['weduwe/weduwnaar', 'widowed']])
    expect(maritalDecode(['Casado(a)', 'Solteiro(a)', 'União estável', 'Viúvo(a)'], ENUM)).toEqual([['casado(a)', 'married'], ['solteiro(a)', 'single'], ['união estável', 'married'], ['viúvo(a)', 'widowed']])
    expect(maritalDecode(['verheiratet', 'ledig', 'eingetragene Lebenspartnerschaft', 'verwitwet'], ENUM)).toEqual([['verheiratet', 'married'], ['ledig', 'single'], ['eingetragene lebenspartnerschaft', 'married'], ['verwitwet', 'widowed']])
    expect(maritalDecode(['Marié(e)', 'Célibataire', 'Divorcé(e)', 'Veuf'], ENUM)).toEqual([['marié(e)', 'married'], ['célibataire', 'single'], ['divorcé(e)', 'divorced'], ['veuf', 'widowed']])
    // (a separation is not read; values the enum holds as written need no decode; a status the enum lacks is not decoded to)
    expect(maritalDecode(['Casado(a)', 'Separado(a)', 'Solteiro(a)'], ENUM)).toBeUndefined()
    expect(maritalDecode(['married', 'single', 'Divorced'], ENUM)).toBeUndefined()
    expect(maritalDecode(['Gehuwd', 'Weduwe'], ['married', 'single'])).toBeUndefined()
  })

  it('a marital-status column in Dutch, Portuguese or German goes to person.maritalStatus, and run writes the enum values', async () => {
    for (const [col, values, expected] of [
      ['Burgerlijke_staat', ['Gehuwd', 'Ongehuwd', 'Gescheiden', 'Weduwe/weduwnaar'], ['married', 'single', 'divorced', 'widowed']],
      ['Estado civil', ['Casado(a)', 'Solteiro(a)', 'União estável', ''], ['married', 'single', 'married', undefined]],
      ['Familienstand', ['verheiratet', 'ledig', 'geschieden', 'verwitwet'], ['married', 'single', 'divorced', 'widowed']],
    ] as const) {
      const cols = { Email: EMAILS.slice(0, 4), [col]: [...values] }
      const { r, to, why } = await suggestOn(P, cols)
      expect(to(col), col).toBe('person.maritalStatus')
      expect(why(col), col).toMatch(/marital statuses .* decoded to the field's enum/)
      const header = Object.keys(cols)
      const rows = [0, 1, 2, 3].map((i) => header.map((h) => cols[h as keyof typeof cols][i]!))
      const out = await runMapping<{ person?: { maritalStatus?: string } }>(base, P, [header, ...rows], toMappingSet(r))
      expect(out.written + out.rejected, col).toBe(4)
      expect(out.rejected, col).toBe(0)
      expect(out.records.map((o) => o.person?.maritalStatus), col).toEqual(expected)
    }
  })

  it('an order export\'s "Dispatch Date" and "Dispatched At" are the ship date; a dispatch deadline ("Dispatch By") is not', async () => {
    const order = { 'Order ID': ['SO-1001', 'SO-1002', 'SO-1003'], 'Order Date': ['22/01/2024 10:12:00', '23/01/2024 11:40:00', '24/01/2024 09:05:00'], 'Item SKU Code': ['KUR-BLU-M', 'KUR-RED-L', 'TOP-WHT-S'], 'Item Name': ['Cotton Kurta Blue M', 'Cotton Kurta Red L', 'Linen Top White S'], Quantity: ['1', '2', '1'], 'Selling Price': ['1299.00', '2598.00', '899.00'] }
    for (const col of ['Dispatch Date', 'Dispatched At', 'Dispatched']) {
      const { to } = await suggestOn(E, { ...order, [col]: ['24/01/2024 15:30:00', '25/01/2024 16:10:00', '26/01/2024 12:45:00'] })
      expect(to(col), col).toBe('commerce.shipping.shipDate')
    }
    const { to } = await suggestOn(E, { ...order, 'Dispatch By': ['25/01/2024', '26/01/2024', '27/01/2024'] })
    expect(to('Dispatch By')).not.toBe('commerce.shipping.shipDate')
  })
})
