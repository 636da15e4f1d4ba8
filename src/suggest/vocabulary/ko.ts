/**
 * Korean column vocabulary (Hangul as written; headers often glue words, 주문번호 is 주문 + 번호, which names.ts reads by
 * the longest known word first): the words of shop (Cafe24, Naver), CRM and member exports.
 */
export const WORDS: Record<string, string[]> = {
  이름: ['name'], 성명: ['full', 'name'], 성: ['last', 'name'], 성별: ['gender'], 생년월일: ['birth', 'date'], 생일: ['birth', 'date'], 회사: ['company'], 회사명: ['company', 'name'], 부서: ['department'], 직책: ['job', 'title'], 직함: ['job', 'title'],
  이메일: ['email'], 메일: ['email'], 전화: ['phone'], 전화번호: ['phone', 'number'], 연락처: ['phone'], 휴대폰: ['mobile', 'phone'], 휴대전화: ['mobile', 'phone'], 핸드폰: ['mobile', 'phone'], 팩스: ['fax', 'phone'], 홈페이지: ['website'],
  주소: ['@address'], 상세주소: ['street', '2'], 우편번호: ['postal', 'code'], 도시: ['city'], 시도: ['state'], 국가: ['country'], 나라: ['country'],
  고객: ['customer'], 회원: ['member'], 아이디: ['id'], 번호: ['number'], 코드: ['code'], 주문: ['order'], 일자: ['date'], 날짜: ['date'], 일시: ['timestamp'], 시간: ['time'], 주문일: ['order', 'date'], 가입일: ['join', 'date'],
  상품: ['product'], 상품명: ['product', 'name'], 상품코드: ['sku'], 품번: ['sku'], 수량: ['quantity'], 단가: ['unit', 'price'], 가격: ['price'], 판매가: ['price'], 금액: ['amount'], 합계: ['total'], 총액: ['total'], 결제금액: ['total'],
  배송: ['shipping'], 배송비: ['shipping', 'amount'], 세금: ['tax'], 부가세: ['tax'], 할인: ['discount'], 쿠폰: ['coupon'], 통화: ['currency'], 결제: ['payment'], 방법: ['method'], 수단: ['method'], 상태: ['status'],
  수령인: ['shipping'], 배송지: ['shipping'], 주문자: ['customer'], 구매자: ['customer'], 최종접속일: ['last', 'login', 'date'],
  등록일: ['created', 'date'], 수정일: ['updated', 'date'], 적립금: ['point'], 포인트: ['point'], 등급: ['tier'], 회원등급: ['tier'], 메모: ['note'], 비고: ['note'], 언어: ['language'], 송장번호: ['tracking', 'number'], 운송장번호: ['tracking', 'number'], 택배사: ['carrier'], 수신동의: ['opt', 'in'], 유형: ['type'],
}

export const PHRASES: Record<string, string[]> = {}
