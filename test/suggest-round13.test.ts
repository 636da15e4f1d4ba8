// Rules of round 13 (each test fails with its rule removed), checked on made-up headers: traditional Chinese read
// through the simplified vocabulary, identifiers that are not the record's (an enumeration's key, a B2B customer's
// code), points in whole numbers and their expiry, a bare status of a CRM record, an order export's event time,
// payment and gift cards, the connection type, VAT numbers of more languages, shipping amounts with decimal commas.
import { describe, expect, it } from 'vitest'
import { B2B_PERSON as B, EVENT_RICH as E, PROFILE_RICH as P, suggestOnColumns as suggestOn } from './helpers/suggest.js'

describe('traditional Chinese', () => {
  it('is read through the simplified vocabulary (商品編碼 is 商品编码, 實付金額 实付金额)', async () => {
    const { to } = await suggestOn(E, {
      '訂單編號': ['T240001', 'T240002', 'T240003'],
      '商品編碼': ['GRN-TEA-01', 'MUG-WHT-02', 'BAG-BLU-03'],
      '實付金額': ['1250', '880', '2400'],
      '數量': ['1', '2', '1'],
    })
    expect(to('商品編碼')).toBe('productListItems[0].SKU')
    // (実付: actually paid, the payment's amount since round 31)
    expect(to('實付金額')).toBe('commerce.order.payments[0].paymentAmount')
  })
  it('knows the words of Taiwanese and Hong Kong exports (電郵, 郵遞區號, 幣別)', async () => {
    const { to } = await suggestOn(E, {
      '訂單編號': ['H1001', 'H1002', 'H1003'],
      '電郵': ['wong.kf@gmail.com', 'chan.ml@yahoo.com.hk', 'lee.sy@gmail.com'],
      '送貨地址': ['敦化南路二段 76 號', '光復路一段 89 號', '中華二路 25 號'],
      '郵遞區號': ['106', '300', '804'],
      '幣別': ['TWD', 'TWD', 'HKD'],
      '合計': ['560', '1290', '330'],
    })
    expect(to('電郵')).toBe('endUserIDs._experience.emailid.id')
    expect(to('郵遞區號')).toBe('commerce.shipping.address.postalCode')
    expect(to('幣別')).toBe('commerce.order.currencyCode')
  })
})

describe('identifiers that are not the record\'s', () => {
  it("an enumeration's key (order_type_id: 1, 2, 3) identifies no record", async () => {
    const { to } = await suggestOn(E, {
      'order_type_id': ['1', '2', '1', '3'],
      'created_at': ['2024-05-02 10:11:12', '2024-05-03 09:00:00', '2024-05-04 16:45:00'],
      'grand_total': ['45.00', '12.90', '99.95'],
    })
    expect(to('order_type_id')).toBeUndefined()
  })
  it("a customer's number beside a B2B contact's own id is the company's, not the person's", async () => {
    const { to } = await suggestOn(B, {
      'Contact ID': ['c-771', 'c-772', 'c-773'],
      'Client Number': ['K-2201', 'K-2202', 'K-2203'],
      'First Name': ['Nora', 'Ivan', 'Petra'],
      'Last Name': ['Lind', 'Horvat', 'Kovac'],
      'Company': ['Lind AB', 'Horvat d.o.o.', 'Kovac s.r.o.'],
      'Job Title': ['Buyer', 'Owner', 'Controller'],
    })
    expect(to('Contact ID')).toMatch(/^(_id|personID)$/)
    expect(to('Client Number') ?? '').not.toMatch(/^(_id|personID|b2b\.personKey\..*|extSourceSystemAudit\.externalID)$/)
  })
})

describe('points', () => {
  const programme = {
    'Member No': ['M-5521', 'M-5522', 'M-5523'],
    'Tier': ['Silver', 'Gold', 'Bronze'],
    'Points': ['1200', '4380', '75'],
  }
  it('are whole numbers: a balance written with cents is money', async () => {
    const { 'Points': _points, ...rest } = programme
    const { to } = await suggestOn(P, { ...rest, 'Balance': ['-20.00', '1.68', '23.90', '7.41', '0.00', '35.12'] })
    expect(to('Balance')).toBeUndefined()
  })
  it('expire only where a column says points ("Expiry Date" of a membership is not theirs)', async () => {
    const { to } = await suggestOn(P, { ...programme, 'Expiry Date': ['2025-03-31', '2026-01-15', '2025-11-30'] })
    expect(to('Expiry Date') ?? '').not.toMatch(/pointsExpiration/)
  })
})

describe("a CRM record's status", () => {
  it('"Status Reason" (a field every address, phone and e-mail has) names none of them', async () => {
    const { to } = await suggestOn(B, {
      'Contact ID': ['881', '882', '883'],
      'First Name': ['Ada', 'Karl', 'Mira'],
      'Last Name': ['Stone', 'Berg', 'Vale'],
      'Company': ['Stone Ltd', 'Berg AG', 'Vale Inc'],
      'Job Title': ['CFO', 'Engineer', 'Buyer'],
      'Status Reason': ['Active', 'Inactive', 'Active'],
    })
    expect(to('Status Reason')).toBeUndefined()
  })
})

describe("an order export's event time", () => {
  it("is the order's date: a ticket's event date and a check-in time do not take it", async () => {
    const { to } = await suggestOn(E, {
      'Booking Ref': ['BK-3301', 'BK-3302', 'BK-3303'],
      'Order Date': ['2024-02-01 10:00:00', '2024-02-03 12:30:00', '2024-02-07 18:15:00'],
      'Event Date': ['2024-06-21 20:00:00', '2024-06-22 20:00:00', '2024-07-05 19:30:00'],
      'Check-in Time': ['2024-06-21 19:41:00', '2024-06-22 19:02:00', '2024-07-05 19:20:00'],
      'Ticket Total': ['59.00', '118.00', '45.00'],
    })
    expect(to('Order Date')).toBe('timestamp')
    expect(to('Event Date')).not.toBe('timestamp')
    expect(to('Check-in Time')).not.toBe('timestamp')
  })
})

describe('cards', () => {
  it('a payment card (brand, expiry) or a gift card makes no loyalty programme', async () => {
    const { to } = await suggestOn(P, {
      'Subscriber ID': ['sub_81', 'sub_82', 'sub_83'],
      'Email': ['ola@example.org', 'kim@example.org', 'rui@example.org'],
      'Card Brand': ['visa', 'mastercard', 'amex'],
      'Card Expiry': ['08/27', '01/26', '12/28'],
      'Gift Card Code': ['', 'GIFT-77Q', ''],
      'Referral Code': ['OLA5', 'KIM5', 'RUI5'],
    })
    for (const c of ['Card Brand', 'Card Expiry', 'Gift Card Code', 'Referral Code']) expect(to(c) ?? '').not.toMatch(/^loyalty\./)
  })
})

describe('the connection', () => {
  it('a network type (wifi, 4g) is the connection, not the mobile carrier', async () => {
    const { to } = await suggestOn(E, {
      'event_ts': ['2024-03-01T10:00:00Z', '2024-03-01T10:05:00Z', '2024-03-01T11:00:00Z'],
      'event_name': ['app_open', 'screen_view', 'purchase'],
      'session_id': ['s-1', 's-2', 's-3'],
      'network_type': ['wifi', '4g', 'wifi'],
      'os_name': ['iOS', 'Android', 'iOS'],
    })
    expect(to('network_type')).not.toBe('environment.carrier')
  })
})

describe('VAT numbers of more languages', () => {
  it('are a business\'s, not a person\'s tax id (Swedish Momsnummer, Norwegian MVA-nummer)', async () => {
    const se = await suggestOn(P, {
      'Kundnr': ['2001', '2002', '2003'],
      'Förnamn': ['Elsa', 'Nils', 'Saga'],
      'Efternamn': ['Lund', 'Ek', 'Holm'],
      'Momsnummer': ['SE559012345601', 'SE559098765401', 'SE556123456701'],
    })
    expect(se.to('Momsnummer')).not.toBe('person.taxId')
    const no = await suggestOn(P, {
      'Kundenummer': ['31', '32', '33'],
      'Fornavn': ['Kari', 'Ola', 'Ingrid'],
      'Etternavn': ['Dahl', 'Moe', 'Strand'],
      'MVA-nummer': ['NO912345678MVA', 'NO998877665MVA', 'NO911222333MVA'],
    })
    expect(no.to('MVA-nummer')).not.toBe('person.taxId')
  })
})

describe('shipping amounts', () => {
  it('a bare shipping column holding amounts with decimal commas is the shipping amount', async () => {
    const { to } = await suggestOn(E, {
      'Número do pedido': ['8801', '8802', '8803'],
      'Produto': ['Caneca', 'Boné', 'Meia'],
      'Quantidade': ['1', '2', '3'],
      'Frete': ['12,90', '0,00', '18,40'],
      'Total': ['52,80', '61,00', '38,30'],
    })
    expect(to('Frete')).toBe('commerce.shipping.shippingAmount')
  })
})

describe('tiers', () => {
  it("a newsletter's or a plan's tiers (free, premium) make no loyalty programme", async () => {
    const { to } = await suggestOn(P, {
      'email': ['lou@example.net', 'bea@example.net', 'max@example.net'],
      'status': ['active', 'active', 'inactive'],
      'tier': ['free', 'premium', 'free'],
      'paid_tiers': ['', 'Insider', ''],
      'referral_code': ['LOU22', 'BEA22', 'MAX22'],
    })
    for (const c of ['status', 'tier', 'paid_tiers', 'referral_code']) expect(to(c) ?? '').not.toMatch(/^loyalty\./)
  })
})

describe("a page's web server", () => {
  it('holds host names: a restaurant check\'s "Server" (a waiter) is none', async () => {
    const { to } = await suggestOn(E, {
      'Check No': ['4101', '4102', '4103'],
      'Opened At': ['2024-04-05 18:02:00', '2024-04-05 18:40:00', '2024-04-05 19:15:00'],
      'Server': ['Marta', 'Jules', 'Kenji'],
      'Subtotal': ['42.00', '18.50', '77.25'],
      'Tax': ['3.36', '1.48', '6.18'],
      'Check Total': ['45.36', '19.98', '83.43'],
    })
    expect(to('Server')).not.toBe('web.webPageDetails.server')
  })
})

describe('a B2B person\'s work places and ids', () => {
  const person = {
    'Lead ID': ['L-301', 'L-302', 'L-303'],
    'First Name': ['Iris', 'Theo', 'Vera'],
    'Last Name': ['Moss', 'Kane', 'Lund'],
    'Job Title': ['Director', 'Analyst', 'Head of IT'],
    'Company': ['Moss Co', 'Kane Labs', 'Lund Group'],
  }
  it('"Work City" takes the work address\'s city, not an unqualified "City"', async () => {
    const { to } = await suggestOn(B, { ...person, 'City': ['Leeds', 'Bath', 'Hull'], 'Work City': ['London', 'Bristol', 'York'] })
    expect(to('Work City')).toBe('workAddress.city')
    expect(to('City')).not.toBe('workAddress.city')
  })
  it('"External Source" (a system\'s name) is no external id', async () => {
    const { to } = await suggestOn(B, { ...person, 'External Source': ['HubSpot', 'HubSpot', 'Pipedrive'] })
    expect(to('External Source') ?? '').not.toMatch(/externalID|personKey|^_id$|^personID$/)
  })
  it('one address has one state: a sales region beside the address\'s state stays out of it', async () => {
    const { to } = await suggestOn(B, { ...person, 'Address Street': ['1 Elm Rd', '9 Oak Ln', '4 Ash Ct'], 'Address State': ['OH', 'NV', 'UT'], 'Sales Region': ['Midwest', 'West', 'West'] })
    expect(to('Address State')).toMatch(/^workAddress\.state(Province)?$/)
    expect(to('Sales Region') ?? '').not.toMatch(/^workAddress\./)
  })
})

describe("an order's dates", () => {
  it("are an order export's: a support ticket's \"Updated at\" is the ticket's", async () => {
    const { to } = await suggestOn(E, {
      'Ticket No': ['7001', '7002', '7003'],
      'Subject': ['Late delivery', 'Wrong size', 'Invoice copy'],
      'Requester Email': ['pia@example.com', 'tom@example.com', 'eve@example.com'],
      'Created at': ['2024-01-08T09:00:00Z', '2024-01-09T10:30:00Z', '2024-01-11T14:00:00Z'],
      'Updated at': ['2024-01-09T12:00:00Z', '2024-01-10T08:15:00Z', '2024-01-12T16:40:00Z'],
      'Order Number': ['55120', '55177', '55203'],
    })
    expect(to('Updated at') ?? '').not.toMatch(/^commerce\.order\./)
  })
})

describe('values alone', () => {
  it('choose no SKU in an analytics export with no column about products (a click id is none)', async () => {
    const { to } = await suggestOn(E, {
      'hit_time': ['2024-05-01T08:00:00Z', '2024-05-01T08:01:10Z', '2024-05-01T08:03:45Z'],
      'session_key': ['ss-19', 'ss-19', 'ss-20'],
      'page_path': ['/', '/pricing', '/blog/launch'],
      'msclkid': ['AB12-CD', 'AB12-CD', 'EF34-GH'],
    })
    expect(to('msclkid')).not.toBe('productListItems[0].SKU')
  })
})

describe('a payout', () => {
  it("is the seller's, after fees: neither the order's total nor the amount paid", async () => {
    const { to } = await suggestOn(E, {
      'Reservation Code': ['HM-88A', 'HM-91C', 'HM-95F'],
      'Booked At': ['2024-03-02 11:00:00', '2024-03-04 17:20:00', '2024-03-09 08:45:00'],
      'Cleaning Fee': ['35.00', '35.00', '50.00'],
      'Host Fee': ['12.40', '18.10', '22.75'],
      'Total Payout': ['402.60', '583.90', '727.25'],
      'Currency': ['EUR', 'EUR', 'EUR'],
    })
    expect(to('Total Payout') ?? '').not.toMatch(/priceTotal|paymentAmount/)
  })
})
