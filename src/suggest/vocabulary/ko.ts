/**
 * Korean column vocabulary (Hangul as written; headers often glue words, 주문번호 is 주문 + 번호, which names.ts reads by
 * the longest known word first): the words of shop (Cafe24, Naver), CRM and member exports.
 */
export const WORDS: Record<string, string[]> = {
  // the plan or tariff subscribed to and the vehicle hired or sold: the goods of a subscription's, utility's or rental's export (context.ts)
  요금제: ['plan'],
  위도: ['latitude'], 경도: ['longitude'],
  이름: ['name'], 성명: ['full', 'name'], 성: ['last', 'name'], 성별: ['gender'], 생년월일: ['birth', 'date'], 생일: ['birth', 'date'], 회사: ['company'], 회사명: ['company', 'name'], 부서: ['department'], 팀: ['department'], 직책: ['job', 'title'], 직함: ['job', 'title'],
  이메일: ['email'], 메일: ['email'], 전화: ['phone'], 전화번호: ['phone', 'number'], 연락처: ['phone'], 휴대폰: ['mobile', 'phone'], 휴대전화: ['mobile', 'phone'], 핸드폰: ['mobile', 'phone'], 팩스: ['fax', 'phone'], 홈페이지: ['website'],
  주소: ['@address'], 상세주소: ['street', '2'], 우편번호: ['postal', 'code'], 도시: ['city'], 시도: ['state'], 국가: ['country'], 나라: ['country'],
  고객: ['customer'], 회원: ['member'], 아이디: ['id'], 번호: ['number'], 코드: ['code'], 주문: ['order'], 일자: ['date'], 날짜: ['date'], 일시: ['timestamp'], 시간: ['time'], 주문일: ['order', 'date'], 가입일: ['join', 'date'],
  상품: ['product'], 상품명: ['product', 'name'], 상품코드: ['sku'], 품번: ['sku'], 수량: ['quantity'], 단가: ['unit', 'price'], 가격: ['price'], 판매가: ['price'], 금액: ['amount'], 합계: ['total'], 총액: ['total'], 결제금액: ['total'],
  배송: ['shipping'], 배송비: ['shipping', 'amount'], 세금: ['tax'], 부가세: ['tax'], 할인: ['discount'], 쿠폰: ['coupon'], 통화: ['currency'], 결제: ['payment'], 방법: ['method'], 수단: ['method'], 상태: ['status'],
  수령인: ['shipping'], 배송지: ['shipping'], 주문자: ['customer'], 구매자: ['customer'], 최종접속일: ['last', 'login', 'date'],
  등록일: ['created', 'date'], 수정일: ['updated', 'date'], 적립금: ['point'], 포인트: ['point'], 등급: ['tier'], 회원등급: ['tier'], 메모: ['note'], 비고: ['note'], 언어: ['language'], 송장번호: ['tracking', 'number'], 운송장번호: ['tracking', 'number'], 택배사: ['carrier'], 수신동의: ['opt', 'in'], 유형: ['type'],
  // everyday words of shop (Cafe24, Godomall, Imweb, Naver Smartstore, Coupang), CRM, newsletter and analytics UIs in Korean
  중간이름: ['middle', 'name'], 호칭: ['courtesy', 'title'], 국적: ['nationality'], 코멘트: ['note'], 설명: ['description'], 생성: ['created'], 생성일: ['created', 'date'], 작성일: ['created', 'date'],
  이메일주소: ['email'], 전자우편: ['email'], 유선전화: ['phone'], 직장: ['work'], 자택: ['home'], 집전화: ['home', 'phone'], 개인: ['personal'], 웹사이트: ['website'], 사이트: ['website'], 카카오톡: ['social'],
  기본주소: ['street'], 도로명주소: ['street'], 지번주소: ['street'], 나머지주소: ['street', '2'], 시군구: ['city'], 읍면동: ['district'], 지역: ['state'], 청구: ['billing'], 청구지: ['billing'], 받는분: ['shipping'], 받는사람: ['shipping'], 수취인: ['shipping'],
  기업: ['company'], 기업명: ['company', 'name'], 상호: ['company', 'name'], 상호명: ['company', 'name'], 법인명: ['company', 'name'], 조직: ['company'], 소속: ['company'], 직위: ['job', 'title'], 직급: ['job', 'title'], 직무: ['job', 'function'], 업종: [], 업태: [], 직원수: [],
  사업자등록번호: ['tax', 'id'], 사업자번호: ['tax', 'id'], 법인등록번호: ['registration'],
  사용자: ['user'], 사용자명: ['login'], 유저: ['user'], 계정: ['account'], 리드: ['lead'], 잠재고객: ['lead'], 참조: ['reference'], 담당자: ['owner'],
  주문일자: ['order', 'date'], 주문일시: ['order', 'date'], 가입일자: ['join', 'date'], 가입일시: ['join', 'date'], 등록일자: ['created', 'date'], 등록일시: ['created', 'date'], 수정일자: ['updated', 'date'], 수정일시: ['updated', 'date'], 최종수정일: ['updated', 'date'], 변경일: ['updated', 'date'],
  구매: ['order'], 구매일: ['order', 'date'], 구매일자: ['order', 'date'], 결제일: ['paid', 'date'], 결제일시: ['payment', 'date'], 입금일: ['paid', 'date'], 주문금액: ['total'], 총주문금액: ['total'], 총결제금액: ['total'], 실결제금액: ['total'], 인보이스: ['billing'], 세금계산서: ['billing'],
  품목: ['product'], 제품: ['product'], 제품명: ['product', 'name'], 품명: ['product', 'name'], 옵션: ['variant'], 모델명: ['model'], 바코드: ['sku'], 판매자관리코드: ['sku'], 판매자상품코드: ['sku'], 자체상품코드: ['sku'], 카테고리: ['category'], 분류: ['category'], 브랜드: ['manufacturer'], 제조사: ['manufacturer'], 개수: ['quantity'],
  정가: ['price'], 소비자가: ['price'], 공급가액: ['net'], 소계: ['subtotal'], 총금액: ['total'], 세액: ['tax', 'amount'], 할인코드: ['coupon', 'code'], 프로모션코드: ['coupon', 'code'],
  택배비: ['shipping', 'amount'], 수수료: ['fee'], 배송업체: ['carrier'], 택배회사: ['carrier'], 운송사: ['carrier'], 발송: ['shipping'], 출고: ['shipping'], 거래: ['transaction'], 승인번호: ['authorization', 'code'], 승인: ['authorization'], 환불: ['refund'], 반품: ['return'], 취소: ['cancel'],
  뉴스레터: ['newsletter'], 수신거부: ['opt', 'out'], 구독: ['opt', 'in'], 구독취소: ['opt', 'out'], 동의: ['opt', 'in'], 마케팅: [], 유입경로: ['source'], 소스: ['source'], 출처: ['source'], 매체: ['medium'], 캠페인: ['campaign'], 채널: ['channel'], 태그: ['tag'], 그룹: ['group'], 세그먼트: ['segment'],
  잔액: ['balance'], 잔여: ['balance'], 보유: [], 유효기간: ['expiry'], 만료: ['expiry'], 만료일: ['expiry'], 소멸: ['expiry'], 멤버십: ['member'], 적립: ['earned'], 사용포인트: ['redeemed'], 사용적립금: ['redeemed'],
  // (an app analytics export's OS version and device model: OS 버전, 기기 모델)
  버전: ['version'], 모델: ['model'],
  이벤트: ['event'], 세션: ['session'], 페이지: ['page'], 페이지제목: ['page', 'name'], 브라우저: ['browser'], 기기: ['device'], 디바이스: ['device'], 단말기: ['device'], 운영체제: ['operating', 'system'], 화면해상도: ['screen', 'resolution'], 해상도: ['resolution'], 화면: ['screen'],
  아이피: ['ip'], 방문: ['visit'], 방문자: ['visitor'], 조회수: ['views'], 페이지뷰: ['views'], 체류시간: ['duration'], 이탈률: ['bounce', 'rate'], 리퍼러: ['referrer'], 타임스탬프: ['timestamp'],
  색상: ['color'], 사이즈: ['size'], 무게: ['weight'], 최근: ['last'], 최종: ['last'], 로그인: ['login'], 접속: ['login'], 누적구매금액: ['lifetime', 'spend'], 총구매금액: ['lifetime', 'spend'],
  주문자명: ['full', 'name'], 구매자명: ['full', 'name'], 고객명: ['full', 'name'], 회원명: ['full', 'name'], 수령인명: ['shipping', 'name'], 업체명: ['company', 'name'], 쇼핑몰: ['store'], 상점: ['store'], 판매처: ['store'], 판매자: ['seller'], 수신여부: ['opt', 'in'], 여부: [],
  접속일: ['login', 'date'], 방문일: ['visit', 'date'], 발송일: ['shipping', 'date'], 배송일: ['shipping', 'date'], 출고일: ['shipping', 'date'], 취소일: ['cancel', 'date'], 환불일: ['refund', 'date'],
  구매수량: ['quantity'], 주문수량: ['quantity'],
  // suffixes of glued headers once the longer words are read: -명 a name (쇼핑몰명, 옵션명), -일 a date (탈퇴일, 최초구매일)
  명: ['name'], 일: ['date'], 일련번호: ['number'],
  // Naver Smartstore's order export ("최종 상품별 총 주문금액", "옵션정보", "배송메세지", "정산예정금액")
  별: [], 총: [], 정보: ['info'], 메세지: ['note'], 메시지: ['note'], 정산: ['settlement'], 예정: [], 발주: ['order'], 확인: [],
  // a ticket booking (예매: 예매번호 its number, 예매일시 its time) is the order; 매수 the tickets it holds; a delivery's fee or
  // tip (배송료, 배달료, 배달비, 배달팁) the shipping amount; a clinic's patient (환자명: the patient's name) its customer, the
  // chart's number (차트번호) the patient's
  예매: ['order'], 매수: ['quantity'], 배송료: ['shipping', 'amount'], 배달료: ['shipping', 'amount'], 배달비: ['shipping', 'amount'], 배달팁: ['shipping', 'amount'],
  환자: ['customer'], 차트번호: ['customer', 'id'],
  // (round 83: an insurance claim's examinee, 수진자명: the patient's name)
  수진자: ['customer'], 수진자명: ['full', 'name'],
  // (round 77: a reservation's number, 예약번호, is the booking's number; 예약 alone stays unread: 예약일시 is when the visit is booked
  // for, not when the order was made)
  예약번호: ['order', 'number'],
}

export const PHRASES: Record<string, string[]> = {
  // the final amount paid ("최종 결제금액"): the order's total, no last one
  '최종 결제금액': ['total'], '최종 결제 금액': ['total'], 최종결제금액: ['total'],
  // "시/도" (province), "구/군" (district), spaced titles and codes written in Latin letters ("IP주소")
  '시 도': ['state'], '구 군': ['district'], '시 군 구': ['city'], '페이지 제목': ['page', 'name'], 'ip 주소': ['ip'], '이메일 주소': ['email'],
}
