// Rules of round 65 (tune1-130; each test fails with its rule removed), checked on made-up headers.
import { describe, expect, it } from 'vitest'
import { B2B_PERSON as B, EVENT_RICH as E, PROFILE_RICH as P, suggestOnColumns as suggestOn } from './helpers/suggest.js'

describe('round 65 (tune1-130)', () => {
  it('an IPv4 address is never put in the IPv6 field: of two IPv4 columns, the second is left unmapped', async () => {
    const r = await suggestOn(E, { event_id: ['e1', 'e2', 'e3'], timestamp: ['2024-05-01T10:00:00Z', '2024-05-01T10:05:00Z', '2024-05-01T11:00:00Z'], 'open.ipaddress': ['21.144.53.138', '10.0.0.7', '192.0.2.36'], 'click.ipaddress': ['21.144.53.138', '10.0.0.8', '192.0.2.37'] })
    expect(Object.values(r.r.mappings).map((m) => m.destination)).not.toContain('environment.ipV6')
    expect(r.to('open.ipaddress')).toBe('environment.ipV4')
    // (an IPv6 address still goes to the IPv6 field)
    const v6 = await suggestOn(E, { event_id: ['e1', 'e2', 'e3'], ip_v6: ['2001:db8::1', '2001:db8::2', 'fe80::1'] })
    expect(v6.to('ip_v6')).toBe('environment.ipV6')
  })

  it("a call's length or a wait written as a clock (00:01:23) is no IPv6 address", async () => {
    const r = await suggestOn(E, { 'Call ID': ['c1', 'c2', 'c3'], 'Start Time': ['2024-05-01 10:00:00', '2024-05-01 10:05:00', '2024-05-01 11:00:00'], 'Call Length': ['00:01:23', '00:12:09', '01:02:03'], 'Wait Time': ['00:00:12', '00:01:40', '00:00:05'] })
    expect(r.to('Call Length')).toBeUndefined()
    expect(r.to('Wait Time')).toBeUndefined()
  })

  it("one country's code over and over in a column naming the country (Slovenia's SI, Norway's NO) is the country code, not a yes or a no", async () => {
    const si = await suggestOn(B, { Naziv: ['A d.o.o.', 'B d.o.o.', 'C d.d.'], Država: ['SI', 'SI', 'SI'] })
    expect(si.to('Država')).toBe('workAddress.countryCode')
    const no = await suggestOn(P, { Fornavn: ['Kari', 'Ola', 'Nils'], Etternavn: ['Nordmann', 'Hansen', 'Berg'], Land: ['NO', 'NO', 'NO'] })
    expect(no.to('Land')).toBe('homeAddress.countryCode')
  })
})
