// General rules of round 8 (each test fails without its rule), checked on made-up headers: colon namespaces of
// analytics log exports and their web/environment words, references to another record's id, prefixed person
// fields and array containers, the billing address of exports that bill, values that tell close fields apart
// (ISO alpha-2 codes, whole addresses in one column), generic words that need evidence, and vocabulary.
import { describe, expect, it } from 'vitest'
import { withoutNamespace } from '../src/suggest/index.js'
import { tokens } from '../src/suggest/names.js'
import { B2B_PERSON as B, EVENT_RICH as E, PROFILE_RICH as P, suggestOnColumns as suggestOn } from './helpers/suggest.js'

describe('colon namespaces of analytics log exports', () => {
  it('are read without the namespace; labels with a space after the colon are not namespaces', () => {
    expect(withoutNamespace('xx:yy:regionCity')).toBe('regionCity')
    expect(withoutNamespace('ga:pagePath')).toBe('pagePath')
    expect(withoutNamespace('Bill To: City')).toBe('Bill To: City')
  })
  it('map the web and environment fields of the event', async () => {
    const { to } = await suggestOn(E, {
      'xx:yy:hitID': ['123456789', '223456789', '323456789'],
      'xx:yy:dateTime': ['2024-03-01 10:00:00', '2024-03-02 11:00:00', '2024-03-03 12:00:00'],
      'xx:yy:URL': ['https://a.example/x', 'https://a.example/y', 'https://a.example/z'],
      'xx:yy:title': ['Home', 'Cart', 'Checkout'],
      'xx:yy:referer': ['https://google.com/', 'https://bing.com/', ''],
      'xx:yy:browser': ['chrome', 'firefox', 'safari'],
      'xx:yy:windowClientWidth': ['1280', '1440', '390'],
      'xx:yy:windowClientHeight': ['720', '900', '844'],
      'xx:yy:mobilePhone': ['Apple', 'Samsung', 'Google'],
      'xx:yy:mobilePhoneModel': ['iPhone 14', 'Galaxy S22', 'Pixel 7'],
      'xx:yy:regionCity': ['Moscow', 'Berlin', 'Paris'],
    })
    expect(to('xx:yy:dateTime')).toBe('timestamp')
    expect(to('xx:yy:URL')).toBe('web.webPageDetails.URL')
    expect(to('xx:yy:title')).toBe('web.webPageDetails.name')
    expect(to('xx:yy:referer')).toBe('web.webReferrer.URL')
    expect(to('xx:yy:browser')).toBe('environment.browserDetails.name')
    expect(to('xx:yy:windowClientWidth')).toMatch(/viewportWidth$/)
    expect(to('xx:yy:windowClientHeight')).toMatch(/viewportHeight$/)
    expect(to('xx:yy:mobilePhone')).toBe('device.manufacturer')
    expect(to('xx:yy:mobilePhoneModel')).toBe('device.model')
    expect(to('xx:yy:regionCity')).toBe('placeContext.geo.city')
  })
  it('a watch id is the hit id', async () => {
    const { to } = await suggestOn(E, {
      'xx:yy:watchID': ['123456789', '223456789', '323456789'],
      'xx:yy:dateTime': ['2024-03-01 10:00:00', '2024-03-02 11:00:00', '2024-03-03 12:00:00'],
      'xx:yy:URL': ['https://a.example/x', 'https://a.example/y', 'https://a.example/z'],
    })
    expect(to('xx:yy:watchID')).toBe('_id')
  })
})

describe("a column naming another record's id", () => {
  it('is never a value of that record nor an audit actor', async () => {
    const { to, why } = await suggestOn(P, {
      id: ['a1', 'a2', 'a3'],
      defaultShippingAddressId: ['x7Kq', 'p9Lm', 'z1Qa'],
    })
    expect(to('id')).toBe('_id')
    expect(to('defaultShippingAddressId')).toBeUndefined()
    expect(why('defaultShippingAddressId')).toBeDefined()
    // (no `id` column here: the address's id would otherwise be the profile's _id)
    const p = await suggestOn(P, { email: ['a@b.com', 'c@d.com', 'e@f.com'], billing_address_id: ['1001', '1002', '1003'] })
    expect(p.to('billing_address_id')).toBeUndefined()
    const b = await suggestOn(B, { Email: ['a@acme.com', 'b@x.com', 'c@y.com'], created_by_id: ['5', '7', '8'] })
    expect(b.to('created_by_id')).toBeUndefined()
    const u = await suggestOn(B, { Email: ['a@acme.com', 'b@x.com', 'c@y.com'], owner_id: ['5', '6', '7'], updated_by_id: ['5', '7', '8'] })
    expect(u.to('updated_by_id')).toBeUndefined()
    const c = await suggestOn(B, { Email: ['a@acme.com', 'b@x.com', 'c@y.com'], 'Company ID': ['0013100000AbCd', '0013100000AbCe', '0013100000AbCf'] })
    // (the company's id is the account's, the identifier field naming that record: round 57)
    expect(c.to('Company ID')).toBe('b2b.accountID')
  })
  it('a system field the column names exactly stays reachable', async () => {
    const { to } = await suggestOn(P, { email: ['a@b.com', 'c@d.com', 'e@f.com'], createdByBatchID: ['01H8X', '01H8Y', '01H8Z'] })
    expect(to('createdByBatchID')).toBe('createdByBatchID')
  })
})

describe('prefixed person fields and array containers', () => {
  it('account_/customer_ name the person; addresses.streetName is the street line', async () => {
    const { to } = await suggestOn(P, {
      account_email: ['a@b.com', 'c@d.com', 'e@f.com'],
      account_first_name: ['Ann', 'Bob', 'Cy'],
      'addresses.streetName': ['Main St', 'Oak Ave', 'Elm St'],
      'addresses.additionalStreetInfo': ['Apt 4', '', 'Unit B'],
      'addresses.city': ['Austin', 'Boston', 'Waco'],
      'addresses.country': ['US', 'DE', 'CA'],
    })
    expect(to('account_email')).toBe('personalEmail.address')
    expect(to('account_first_name')).toBe('person.name.firstName')
    expect(to('addresses.streetName')).toMatch(/^(home|mailing)Address\.street1$/)
    expect(to('addresses.additionalStreetInfo')).toMatch(/^(home|mailing)Address\.street2$/)
    // the container names nothing: alpha-2 values are the country code
    expect(to('addresses.country')).toMatch(/^(home|mailing)Address\.countryCode$/)
  })
})

describe('the one address of an export that bills', () => {
  it('is the billing address, an order export with shipping keeps the shipping address', async () => {
    const pay = { 'Payment ID': ['PM01', 'PM02', 'PM03'], Amount: ['10.00', '12.50', '9.99'], Fee: ['0.20', '0.25', '0.20'], Address: ['1 Main St', '2 Oak Ave', '3 Elm St'], City: ['Austin', 'Boston', 'Waco'] }
    const a = await suggestOn(E, pay)
    expect(a.to('Address')).toBe('commerce.billing.address.street1')
    expect(a.to('City')).toBe('commerce.billing.address.city')
    const b = await suggestOn(E, { ...pay, 'Shipping Method': ['UPS', 'DHL', 'UPS'] })
    expect(b.to('Address')).toBe('commerce.shipping.address.street1')
  })
})

describe('values decide between close fields', () => {
  it('a whole address in one column is no street line', async () => {
    const { to, why } = await suggestOn(P, { email: ['a@b.com', 'c@d.com', 'e@f.com'], address: ['Hauptstraße 5, 10115 Berlin', '12 Main St, Austin, TX 73301', 'Kerkstraat 4, 1012 AB Amsterdam'] })
    expect(to('address')).toBeUndefined()
    expect(why('address')).toBeDefined()
    const s = await suggestOn(P, { email: ['a@b.com', 'c@d.com', 'e@f.com'], address: ['Rua das Flores, 123', '12 Main St', 'Hauptstraße 5'] })
    expect(s.to('address')).toMatch(/street1$/)
  })
  it('an alpha-2 country column is the country code', async () => {
    const { to } = await suggestOn(B, { 'Contact Country': ['United States', 'Germany', 'France'], 'Contact Country (Alpha 2)': ['US', 'DE', 'FR'] })
    expect(to('Contact Country (Alpha 2)')).toMatch(/countryCode$/)
    expect(to('Contact Country')).toMatch(/\.country$/)
  })
})

describe('generic words need evidence', () => {
  it('a "web" column holding URLs is the website, "LeadValue" is no identifier', async () => {
    const { to } = await suggestOn(B, { Email: ['a@acme.com', 'b@x.com', 'c@y.com'], web: ['https://acme.com', 'http://x.de', 'https://y.com'], LeadValue: ['100', '0', '25'] })
    expect(to('web')).toBe('b2b.companyWebsite')
    expect(to('LeadValue')).toBeUndefined()
  })
})

describe('vocabulary', () => {
  it('job function, invoice e-mail, Mobilnummer', async () => {
    const j = await suggestOn(B, { Email: ['a@acme.com', 'b@x.com', 'c@y.com'], 'Job Function': ['Finance', 'IT', 'Sales'], Company: ['Acme', 'X', 'Y'] })
    expect(j.to('Job Function')).toBe('extendedWorkDetails.departments[0]')
    const { to } = await suggestOn(B, { Bedrijfsnaam: ['Acme BV', 'X BV', 'Y NV'], 'Facturen versturen naar': ['fin@acme.nl', 'ap@x.nl', 'b@y.nl'], Mobilnummer: ['+49 151 1234567', '+49 160 2345678', '+49 170 3456789'] })
    expect(to('Facturen versturen naar')).toBe('workEmail.address')
    expect(to('Mobilnummer')).toBe('mobilePhone.number')
    // "Facturen" (invoices) is billing: its address is the billing address, not the company's work address
    const f = await suggestOn(B, { Bedrijfsnaam: ['Acme BV', 'X BV', 'Y NV'], 'Facturen adres': ['Kerkstraat 4', 'Dorpsweg 2', 'Markt 1'], Plaats: ['Utrecht', 'Delft', 'Gouda'] })
    expect(f.to('Facturen adres')).toBe('billingAddress.street1')
  })
  it('street name', () => {
    // no made-up header tried maps differently without the phrase ("street" alone already says street line), so
    // the phrase is checked on the words the name is read as
    expect(tokens('streetName')).toEqual(['street'])
  })
})
