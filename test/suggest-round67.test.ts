// Rules of round 67 (tune1-136; each test fails with its rule removed), checked on made-up headers: "Email Address" on
// an event export, the customer under the role a product gives it (invitee, supporter, booker, consumer, passenger,
// diner; a payer in Czech, Slovak and Hungarian; a traveller and a passenger in Spanish), a person's own tax number by
// its shape in a B2B list, a preferred name that is no full name, and of an "Order ID" and an "Order Reference" that tie,
// the reference as the purchase id.
import { describe, expect, it } from 'vitest'
import { B2B_PERSON as B, EVENT_RICH as E, PROFILE_RICH as P, suggestOnColumns as suggestOn } from './helpers/suggest.js'

const EMAILS = ['olivia.taylor49@yahoo.com', 'patricia.brown46@gmail.com', 'm.williams5@example.com']
const ORDER = { 'Order ID': ['A-1001', 'A-1002', 'A-1003'], 'Order Total': ['19.90', '42.00', '7.50'] }

describe('round 67 (tune1-136)', () => {
  it('"Email Address" (and "E-mail address", "email_address") on an event export is the e-mail identity, as "Email" is', async () => {
    for (const col of ['Email Address', 'E-mail address', 'email_address', 'emailAddress']) {
      const { to } = await suggestOn(E, { ...ORDER, [col]: EMAILS })
      expect(to(col), col).toBe('endUserIDs._experience.emailid.id')
    }
  })

  it('a street "Address" on an event export stays an address, not the e-mail identity', async () => {
    const { to } = await suggestOn(E, { ...ORDER, Address: ['1 Main St', '22 High St', '5 Oak Ave'] })
    expect(to('Address')).not.toBe('endUserIDs._experience.emailid.id')
    expect(to('Address')).toMatch(/street1$/)
  })

  it("the customer's e-mail under the role the product gives it is the e-mail identity", async () => {
    for (const col of ['Invitee Email', 'Supporter Email', 'Booker email', 'Consumer Email', 'Passenger Email', 'Traveller Email', 'Traveler Email', 'Diner Email', 'Platiteľ e-mail',
      'Email del viajero', 'Email del pasajero', 'E-mail plátce', 'E-mail platiteľa', 'Fizető e-mail címe']) {
      const { to } = await suggestOn(E, { ...ORDER, [col]: EMAILS })
      expect(to(col), col).toBe('endUserIDs._experience.emailid.id')
    }
  })

  it("a Brazilian CPF or an Italian codice fiscale of a person in a B2B list is the person's tax id; a company's number is not", async () => {
    const people = { Nome: ['Mario Rossi', 'Luca Bianchi', 'Anna Verdi'], Azienda: ['Alfa Srl', 'Beta Spa', 'Gamma Srl'], Email: ['m@alfa.example', 'l@beta.example', 'a@gamma.example'] }
    const it1 = await suggestOn(B, { ...people, 'Codice fiscale': ['RSSMRA85T10A562S', 'BNCLCU90A01F205X', 'VRDNNA77M41H501K'] })
    expect(it1.to('Codice fiscale')).toBe('person.taxId')
    const br = await suggestOn(B, { ...people, CPF: ['781.725.832-13', '357.674.677-60', '289.793.917-45'] })
    expect(br.to('CPF')).toBe('person.taxId')
    // (the company's codice fiscale, 11 digits as its partita IVA, and a CNPJ stay off the person)
    const co = await suggestOn(B, { ...people, 'Codice fiscale': ['01234567890', '09876543210', '05555555551'] })
    expect(co.to('Codice fiscale')).not.toBe('person.taxId')
    const cnpj = await suggestOn(B, { ...people, CNPJ: ['12.345.678/0001-90', '98.765.432/0001-10', '11.222.333/0001-81'] })
    expect(cnpj.to('CNPJ')).not.toBe('person.taxId')
  })

  it('a "Preferred Name" (what a person is called) is no full name', async () => {
    const { to } = await suggestOn(P, { 'First Name': ['David', 'James', 'Olivia'], 'Last Name': ['Smith', 'Brown', 'Jones'], 'Preferred Name': ['Davi', 'Jim', 'Liv'] })
    expect(to('Preferred Name')).toBeUndefined()
    expect(to('First Name')).toBe('person.name.firstName')
  })

  it('a traveller\'s "Known Traveler Number" is no customer number, while a "Traveler ID" is the traveller\'s own', async () => {
    const cols = { 'First Name': ['David', 'James', 'Olivia'], 'Last Name': ['Smith', 'Brown', 'Jones'], Email: ['d@x.example', 'j@x.example', 'o@x.example'] }
    const ktn = await suggestOn(P, { ...cols, 'Known Traveler Number': ['TT1234567', 'TT7654321', 'TT5555555'] })
    expect(ktn.to('Known Traveler Number')).toBeUndefined()
    const own = await suggestOn(P, { 'Traveler ID': ['1001', '1002', '1003'], ...cols })
    expect(own.to('Traveler ID')).toMatch(/^(_id|personID)$/)
  })

  it('of an "Order ID" and the order\'s reference or code that tie, the reference is the purchase id; two IDs stay in doubt', async () => {
    for (const [id, ref] of [['Order ID', 'Order Reference'], ['Order ID', 'Order Code'], ['Order ID', 'Merchant Reference'], ['ID pedido', 'Referencia pedido']]) {
      const { to, why } = await suggestOn(E, { [id]: ['vtkqzpvo', 'xwq6thj5', 'dc8um8pz'], [ref]: ['R-48644', 'R-79179', 'R-81234'], 'Order Date': ['2024-05-02T10:11:12Z', '2024-05-03T09:00:00Z', '2024-05-04T16:45:00Z'], Total: ['45.00', '120.50', '19.95'] })
      expect(to(ref), ref).toBe('commerce.order.purchaseID')
      expect(to(id), id).toBeUndefined()
      expect(why(id), id).toContain(JSON.stringify(ref))
    }
    const two = await suggestOn(E, { 'Order ID': ['vtkqzpvo', 'xwq6thj5', 'dc8um8pz'], 'Booking ID': ['B-1', 'B-2', 'B-3'], Total: ['45.00', '120.50', '19.95'] })
    expect(two.to('Order ID')).toBeUndefined()
    expect(two.why('Order ID')).toContain('ambiguous')
    // (a name that says no reference, a ticket shop's "Localizador" beside its "ID Venta", takes nothing from the ID either)
    const loc = await suggestOn(E, { 'ID Venta': ['3461605', '3835027', '3626090'], Localizador: ['XK12AB', 'PL98QW', 'ZZ11AA'], Total: ['45.00', '120.50', '19.95'] })
    expect(loc.to('Localizador')).toBeUndefined()
    expect(loc.why('Localizador')).toContain('ambiguous')
  })
})
