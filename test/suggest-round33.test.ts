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
