// Rules of round 71 (tune1-140; each test fails with its rule removed), checked on made-up headers: Korean "최종 결제금액"
// (the final amount paid) is the order's total and "결제일시" (when it was paid) the event's time where the header has no
// order time, Vietnamese "Điểm hiện tại" (points now) the points balance, and yes/no flags are no company, name or id.
import { describe, expect, it } from 'vitest'
import { B2B_PERSON as B, EVENT_RICH as E, PROFILE_RICH as P, suggestOnColumns as suggestOn } from './helpers/suggest.js'

const KO_ORDER = { 주문번호: ['20240101-0001', '20240101-0002', '20240101-0003'], 상품명: ['아메리카노', '카페라떼', '바닐라라떼'], 수량: ['1', '2', '1'] }
const PAID_AT = ['2024-01-04 10:12:33', '2024-01-05 11:40:02', '2024-01-06 09:05:41']

describe('round 71 (tune1-140)', () => {
  it('Korean "최종 결제금액" (the final amount paid) is the order\'s total; "최종로그인" stays a last login', async () => {
    for (const col of ['최종 결제금액', '최종 결제 금액', '최종결제금액']) {
      const { to } = await suggestOn(E, { ...KO_ORDER, [col]: ['4,500', '11,000', '5,500'], 결제일시: PAID_AT })
      expect(to(col), col).toBe('commerce.order.priceTotal')
    }
    const { to } = await suggestOn(E, { ...KO_ORDER, 주문금액: ['4,500', '11,000', '5,500'], 최종로그인: PAID_AT })
    expect(to('최종로그인')).not.toBe('commerce.order.priceTotal')
  })

  it('Korean "결제일시" is the event\'s time in an export without an order time; beside "주문일시" the order\'s time is', async () => {
    const paid = await suggestOn(E, { ...KO_ORDER, 결제금액: ['4,500', '11,000', '5,500'], 결제일시: PAID_AT, 취소일시: ['', '2024-01-07 10:00:00', ''] })
    expect(paid.to('결제일시')).toBe('timestamp')
    const both = await suggestOn(E, { ...KO_ORDER, 주문일시: ['2024-01-04 10:10:00', '2024-01-05 11:38:00', '2024-01-06 09:01:00'], 결제일시: PAID_AT })
    expect(both.to('주문일시')).toBe('timestamp')
    expect(both.to('결제일시')).not.toBe('timestamp')
  })

  it('Vietnamese "Điểm hiện tại" (points now) is the points balance, as English "Current Points" is', async () => {
    for (const col of ['Điểm hiện tại', 'Current Points']) {
      const { to } = await suggestOn(P, { 'Họ tên': ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Minh Châu'], Email: ['an@gmail.com', 'binh@gmail.com', 'chau@gmail.com'], [col]: ['670', '899', '120'] })
      expect(to(col), col).toBe('loyalty.points')
    }
  })

  it('a company, account or name column of yes/no flags (tak, yes, oui) goes nowhere; of company names, to the company', async () => {
    const people = { 'First Name': ['Anna', 'Jan', 'Ola', 'Piotr'], Email: ['a@x.pl', 'b@x.pl', 'c@x.pl', 'd@x.pl'] }
    for (const [schema, col, values] of [[B, 'Firma', ['tak', 'tak', 'nie', 'tak']], [P, 'Account', ['yes', 'yes', 'no', 'yes']], [P, 'Company', ['Yes', 'No', 'No', 'Yes']], [B, 'Account ID', ['oui', 'non', 'oui', 'oui']]] as const) {
      const { to } = await suggestOn(schema, { ...people, [col]: [...values] })
      expect(to(col), `${col}: ${values.join(' ')}`).toBeUndefined()
    }
    const { to } = await suggestOn(B, { ...people, Firma: ['Acme Sp. z o.o.', 'Orlen S.A.', 'PZU S.A.', 'Allegro.pl'] })
    expect(to('Firma')).toBe('b2b.companyName')
  })
})
