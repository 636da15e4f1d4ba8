// Rules of round 25 (each test fails with its rule removed), checked on made-up headers: the languages of headers
// written in two-letter words of Japanese, Chinese and Korean, and whole-header words read only in their own language.
import { describe, expect, it } from 'vitest'
import { detectLanguages } from '../src/suggest/names.js'
import { PROFILE_RICH as P, suggestOnColumns as suggestOn } from './helpers/suggest.js'

describe('the languages of a header', () => {
  it('count two-letter words of scripts written without spaces', () => {
    expect(detectLanguages(['姓名', '电话', '地址', '城市'])).toEqual(['zh'])
    expect(detectLanguages(['氏名', '住所', '電話', 'メール'])).toEqual(['ja'])
    expect(detectLanguages(['이름', '전화', '주소', '이메일'])).toEqual(['ko'])
    // (two Latin letters are still no evidence: "Id", "No")
    expect(detectLanguages(['Id', 'No', 'Ad'])).toEqual([])
  })
})

describe('a word that names a field only as the whole header', () => {
  const people = {
    'E-mail': ['ayse@example.com', 'mehmet@example.com', 'ali@example.com'],
    'Telefon': ['+90 532 555 0100', '+90 533 555 0101', '+90 534 555 0102'],
  }

  it("is read in the file's language: Turkish \"Ad\" is the first name", async () => {
    const { to } = await suggestOn(P, { Ad: ['Ayşe', 'Mehmet', 'Ali'], Soyad: ['Yılmaz', 'Kaya', 'Demir'], ...people, 'İl': ['İstanbul', 'Ankara', 'İzmir'] })
    expect(to('Ad')).toBe('person.name.firstName')
    expect(to('İl')).toBe('homeAddress.city')
  })

  it('and not in another: an English ads export\'s "Ad" is the advert', async () => {
    const { to } = await suggestOn(P, {
      Campaign: ['Spring Sale', 'Spring Sale', 'Retargeting'], 'Ad Set': ['Lookalike 1%', 'Interests', 'Visitors 30d'],
      Ad: ['Carousel A', 'Video 15s', 'Carousel B'], Email: ['ann@example.com', 'bo@example.com', 'cy@example.com'],
      'Full Name': ['Ann Lee', 'Bo Li', 'Cy Park'], 'Created Time': ['2024-05-02T10:11:12Z', '2024-05-03T09:00:00Z', '2024-05-04T16:45:00Z'],
    })
    expect(to('Email')).toBe('personalEmail.address')
    expect(to('Ad')).toBeUndefined()
  })
})
