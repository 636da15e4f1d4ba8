// Rules of rounds 33-35 (each test fails with its rule removed), checked on made-up headers.
import { describe, expect, it } from 'vitest'
import { B2B_PERSON as B, EVENT_RICH as E, PROFILE_RICH as P, suggestOnColumns as suggestOn } from './helpers/suggest.js'

describe('names', () => {
  it('a first name whose values are whole names (a bare "Name" beside a last name, Czech "Jméno") is the full name', async () => {
    const { to } = await suggestOn(P, {
      Name: ['Mary Walker', 'Daniel Smith', 'Olivia Miller', 'Chris Walker'], 'Last name': ['Walker', 'Smith', 'Miller', 'Walker'],
      Email: ['m@example.com', 'd@example.com', 'o@example.com', 'c@example.com'],
    })
    expect(to('Name')).toBe('person.name.fullName')
    expect(to('Last name')).toBe('person.name.lastName')
    // (first names stay first names; a Japanese given name of two Han letters is no whole name)
    const second = await suggestOn(P, { Name: ['Mary', 'Daniel', 'Olivia'], 'Last name': ['Walker', 'Smith', 'Miller'] })
    expect(second.to('Name')).toBe('person.name.firstName')
    const ja = await suggestOn(P, { 姓: ['佐藤', '鈴木', '高橋'], 名: ['健太', '花子', '翔太'] })
    expect(ja.to('名')).toBe('person.name.firstName')
  })
})

describe('phones', () => {
  it("a consumer's unqualified phone holding mobile numbers by their country's prefix is the mobile phone", async () => {
    const { isMobileNumber } = await import('../src/suggest/mobile.js')
    for (const v of ['+44 7700 900123', '07700 900123', '+49 151 23456789', '+7 916 123-45-67', '010-1234-5678', '+86 138 0013 8000', '(11) 98765-4321']) expect(isMobileNumber(v), v).toBe(true)
    for (const v of ['+1 415 555 0134', '0161 450 4778', '+49 30 1234567', '+33 1 42 68 53 00']) expect(isMobileNumber(v), v).toBe(false)
    const emails = { Email: ['a@example.com', 'b@example.com', 'c@example.com'] }
    const mob = await suggestOn(P, { ...emails, Phone: ['+7 916 123-45-67', '+7 903 555-01-02', '+7 925 111-22-33'] })
    expect(mob.to('Phone')).toBe('mobilePhone.number')
    // (landlines, and numbers of a country that writes both alike, stay the home phone; a B2B contact's phone stays work's)
    const home = await suggestOn(P, { ...emails, Phone: ['+49 30 1234567', '+49 89 7654321', '+49 40 1112223'] })
    expect(home.to('Phone')).toBe('homePhone.number')
    const us = await suggestOn(P, { ...emails, Phone: ['+1 415 555 0134', '+1 212 555 0199', '+1 646 555 0101'] })
    expect(us.to('Phone')).toBe('homePhone.number')
    const work = await suggestOn(B, { ...emails, 'Job title': ['CEO', 'CTO', 'CFO'], Company: ['Acme', 'Globex', 'Initech'], Phone: ['+7 916 123-45-67', '+7 903 555-01-02', '+7 925 111-22-33'] })
    expect(work.to('Phone')).toBe('workPhone.number')
  })
})
