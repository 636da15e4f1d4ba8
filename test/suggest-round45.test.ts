// Rules of rounds 45-50 (each test fails with its rule removed), checked on made-up headers.
import { describe, expect, it } from 'vitest'
import { B2B_PERSON as B, EVENT_RICH as E, suggestOnColumns as suggestOn } from './helpers/suggest.js'

const dates = ['2024-05-02T10:11:12Z', '2024-05-03T09:00:00Z', '2024-05-04T16:45:00Z']
const days = ['2024-05-02', '2023-11-03', '2022-01-04']

describe('round 45 (tune85-87)', () => {
  it("a CRM's Create Date, Modify Date and Update date/time are the record's audit dates; Registration Date its creation", async () => {
    const crm = await suggestOn(B, { 'Contact ID': ['C1', 'C2', 'C3'], 'First Name': ['Ann', 'Bob', 'Cy'], Company: ['Acme Inc', 'Globex LLC', 'Initech Corp'], 'Job Title': ['CEO', 'CTO', 'COO'],
      'Create Date': days, 'Modify Date': days })
    expect(crm.to('Create Date')).toBe('extSourceSystemAudit.createdDate')
    expect(crm.to('Modify Date')).toBe('extSourceSystemAudit.lastUpdatedDate')
    const reg = await suggestOn(B, { 'Contact ID': ['C1', 'C2', 'C3'], Company: ['Acme Inc', 'Globex LLC', 'Initech Corp'], 'Job Title': ['CEO', 'CTO', 'COO'], 'Registration Date': days, 'Update date/time': dates })
    expect(reg.to('Registration Date')).toBe('extSourceSystemAudit.createdDate')
    expect(reg.to('Update date/time')).toBe('extSourceSystemAudit.lastUpdatedDate')
  })

  it("a message log's price, currency and units are no order's; the number it went to is the phone identity; a Sid is the id", async () => {
    const twilio = { Sid: ['SM0a1b2c3d4e5f', 'SM1b2c3d4e5f6a', 'SM2c3d4e5f6a7b'], From: ['+14155550100', '+14155550100', '+14155550100'], To: ['+14155550123', '+447700900123', '+14155550987'],
      Body: ['Your code is 1234', 'Hi there', 'See you soon'], Status: ['delivered', 'failed', 'delivered'], Direction: ['outbound-api', 'outbound-api', 'inbound'],
      Price: ['-0.0079', '-0.0079', '-0.0400'], PriceUnit: ['USD', 'USD', 'USD'], Units: ['1', '2', '1'] }
    const t = await suggestOn(E, twilio)
    expect(t.to('Price')).toBeUndefined()
    expect(t.to('PriceUnit')).toBeUndefined()
    expect(t.to('Units')).toBeUndefined()
    expect(t.to('To')).toBe('endUserIDs._experience.phonenumberid.id')
    expect(t.to('Sid')).toBe('_id')
    // (digits without a plus, as Bird and Infobip write them)
    const bird = await suggestOn(E, { ID: ['m1', 'm2', 'm3'], Recipient: ['447444259982', '447294218569', '447452017894'], Body: ['Hi', 'Code 12', 'Bye'], Direction: ['mt', 'mt', 'mo'], Price: ['0.05', '0.05', '0.07'], Currency: ['EUR', 'EUR', 'EUR'] })
    expect(bird.to('Recipient')).toBe('endUserIDs._experience.phonenumberid.id')
    expect(bird.to('Currency')).toBeUndefined()
    // (a call log's "To" may be the business's line; an order export's price stays the order's)
    const call = await suggestOn(E, { 'Call SID': ['c1', 'c2', 'c3'], From: ['+14155550123', '+447700900123', '+14155550987'], To: ['+14155550100', '+14155550100', '+14155550100'], Direction: ['inbound', 'inbound', 'outbound'], 'Message Text': ['a', 'b', 'c'] })
    expect(call.to('To')).toBeUndefined()
    const order = await suggestOn(E, { 'Order ID': ['1', '2', '3'], 'Message to buyer': ['Thanks', 'Hi', 'Gift'], 'Message template': ['a', 'b', 'c'], Total: ['12.50', '13.00', '9.99'], Currency: ['EUR', 'EUR', 'USD'] })
    expect(order.to('Total')).toBe('commerce.order.priceTotal')
    expect(order.to('Currency')).toBe('commerce.order.currencyCode')
  })
})
