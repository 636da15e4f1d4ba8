// General rules of round 9 (each test fails without its rule), checked on made-up headers: analytics containers and
// page/session record prefixes, the event's start as its timestamp, geo-IP places of e-mail tools, a fee's tax,
// plausible epochs, currencies, and Polish / Nordic / Finnish / German vocabulary.
import { describe, expect, it } from 'vitest'
import { tokens } from '../src/suggest/names.js'
import { EVENT_RICH as E, PROFILE_RICH as P, suggestOnColumns as suggestOn } from './helpers/suggest.js'

describe('analytics event containers', () => {
  it('event_props. and session_props. name nothing; the rest is read on its own', async () => {
    const { to } = await suggestOn(E, {
      'event_props.Amount': ['19.90', '45.00', '12.50'],
      'event_props.Currency': ['EUR', 'USD', 'EUR'],
      'session_props.utm_campaign': ['spring_sale', 'brand', 'retargeting'],
      'session_props.browser': ['Chrome', 'Safari', 'Firefox'],
    })
    expect(to('session_props.browser')).toBe('environment.browserDetails.name')
    expect(to('event_props.Currency')).toBe('commerce.order.currencyCode')
  })
  it("a page record's prefix before environment and place words names the context", async () => {
    const { to } = await suggestOn(E, {
      EventStart: ['2024-03-01T10:00:00Z', '2024-03-02T11:00:00Z', '2024-03-03T12:00:00Z'],
      PageUrl: ['https://a.example/x', 'https://a.example/y', 'https://a.example/z'],
      PageBrowser: ['Chrome', 'Safari', 'Firefox'],
      PageOperatingSystem: ['Windows', 'iOS', 'Android'],
      PageCity: ['Berlin', 'Paris', 'Austin'],
    })
    expect(to('EventStart')).toBe('timestamp')
    expect(to('PageBrowser')).toBe('environment.browserDetails.name')
    expect(to('PageOperatingSystem')).toBe('environment.operatingSystem')
    expect(to('PageCity')).toBe('placeContext.geo.city')
  })
})

describe('instants', () => {
  it('ten- and sixteen-digit numbers past 2050 are identifiers, not epochs', async () => {
    const { to } = await suggestOn(E, {
      KID: ['7391827364', '8123948576', '5918273645'],
      Valuta: ['NOK', 'NOK', 'EUR'],
      Mva: ['25,00', '12,50', '40,00'],
    })
    expect(to('KID')).not.toBe('timestamp')
  })
})

describe('geo-IP places of e-mail and marketing lists', () => {
  it('are not the home address, and coordinates without a street are not the address', async () => {
    const { to } = await suggestOn(P, {
      Email: ['a@example.com', 'b@example.com', 'c@example.com'],
      'Geo City': ['Austin', 'Denver', 'Boston'],
      'Geo Zip': ['73301', '80202', '02108'],
      Latitude: ['30.2672', '39.7392', '42.3601'],
      Longitude: ['-97.7431', '-104.9903', '-71.0589'],
    })
    expect(to('Email')).toBe('personalEmail.address')
    expect(to('Geo City')).toBeUndefined()
    expect(to('Geo Zip')).toBeUndefined()
    expect(to('Latitude')).toBeUndefined()
    expect(to('Longitude')).toBeUndefined()
  })
})

describe('payment processor exports', () => {
  it("an unqualified tax right after a fee column is the fee's tax; the amount and an order's tax still map", async () => {
    const { to } = await suggestOn(E, {
      id: ['pay_1', 'pay_2', 'pay_3'],
      amount: ['19.90', '45.00', '12.50'],
      fee: ['0.58', '1.31', '0.36'],
      tax: ['0.09', '0.21', '0.06'],
    })
    expect(to('amount')).toBeDefined()
    expect(to('tax')).toBeUndefined()
    const other = await suggestOn(E, { id: ['1', '2', '3'], Total: ['19.90', '45.00', '12.50'], Tax: ['3.18', '7.20', '2.00'], Fee: ['0.58', '1.31', '0.36'] })
    expect(other.to('Tax')).toBe('commerce.order.taxAmount')
  })
  it('values in African and other currencies are currency codes', async () => {
    const { to } = await suggestOn(E, { amount: ['1600', '4500', '1200'], currency: ['NGN', 'KES', 'GHS'], created_at: ['2024-03-01T10:00:00Z', '2024-03-02T11:00:00Z', '2024-03-03T12:00:00Z'] })
    expect(to('currency')).toBe('commerce.order.currencyCode')
  })
})

describe('vocabulary', () => {
  it('Polish loyalty and everyday export words', () => {
    expect(tokens('Poziom')).toEqual(['tier'])
    expect(tokens('Saldo punktów')).toEqual(['point', 'balance'])
    expect(tokens('Data przystąpienia')).toEqual(['join', 'date'])
    expect(tokens('Opis')).toEqual(['description'])
  })
  it('Norwegian address blocks and Finnish contact words', () => {
    expect(tokens('Postadresse - sted')).toEqual(['mailing', 'city'])
    expect(tokens('Forretningsadresse')).toContain('business')
    expect(tokens('Sukunimi')).toEqual(['last', 'name'])
    expect(tokens('Postitoimipaikka')).toEqual(['city'])
    expect(tokens('Sähköposti')).toEqual(['email'])
  })
  it('German middle name and contact type', () => {
    expect(tokens('Zweiter Vorname')).toEqual(['middle', 'name'])
    expect(tokens('Kontakttyp')).toEqual(['person', 'type'])
  })
  it('a Polish loyalty export maps its tier and points', async () => {
    const { to } = await suggestOn(P, {
      'Identyfikator uczestnika': ['M100231', 'M100232', 'M100233'],
      'Imię': ['Anna', 'Piotr', 'Zofia'],
      Poziom: ['Srebrny', 'Złoty', 'Srebrny'],
      'Saldo punktów': ['1200', '340', '9800'],
    })
    expect(to('Poziom')).toBe('loyalty.tier')
    expect(to('Saldo punktów')).toBe('loyalty.points')
  })
})
