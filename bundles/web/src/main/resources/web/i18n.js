// Korean and English texts; the language comes from ?lang=, else from the browser (the host's locale).
const TEXTS = {
  ko: {
    analyticsTitle: '고객 분석', analyticsLink: '고객 분석', pareto: '파레토 곡선 (누적 매출)', top20: (share, n, all) => `상위 20% 고객(${n}/${all}명)이 매출의 ${share}를 차지합니다`,
    cumulativeRevenue: '누적 매출 비중', customerShare: '고객 비중 (%)', revenueShare: '매출 비중 (%)', noData: '자료가 없습니다',
    rfmGrid: 'RFM 격자 (R × F, 평균 M)', averageM: '평균 M', rfmNote: (n) => `최근 주문이 있는 고객 ${n}명`,
    segmentLtv: '세그먼트 LTV', ltvTotal: 'LTV 합계', group: '그룹', customers: '고객 수', retention: '유지율', averagePurchase: '평균 구매액',
    costRatio: '원가율', ltvPerCustomer: '고객당 LTV', gradeDistribution: '월말 등급 분포', cohorts: '첫 주문 월별 코호트 유지율', cohort: '코호트',
    anniversaries: '다가오는 기념일 (30일)', noAnniversaries: '30일 안에 기념일이 없습니다', FOUNDING: '창립기념일', BIRTHDAY: '생일', years: (n) => `${n}주년`,
    savedSegments: '세그먼트', segmentName: '이름', segmentRules: '조건', preview: '미리보기', size: (n) => `${n}명 해당`, noSegments: '저장된 세그먼트가 없습니다',
    from: '시작일', to: '종료일', region: '지역', industry: '업종', apply: '적용', segments: '소속 세그먼트', noSegmentsOfCustomer: '소속된 세그먼트가 없습니다',
    interest: '캠페인 반응', noInterest: '캠페인 메일을 열거나 클릭한 적이 없습니다', lastOpen: '마지막 열람', lastClick: '마지막 클릭', recentResponses: (o, c, d) => `최근 ${d}일: 열람 ${o}회, 클릭 ${c}회`, never: '없음',
    tabTitle: '고객 360', tasksTitle: '나의 할 일', loginTitle: 'CRM 로그인', switchLang: 'English',
    customerKey: '고객번호', kind: '구분', COMPANY: '법인(거래처)', PERSON: '개인', brn: '사업자등록번호', ownerRep: '담당 영업',
    aliases: '병합된 번호', sources: '출처', none: '없음', loading: '불러오는 중…',
    grade: '등급', gradeWhy: '근거', gradeHistory: '등급 이력', notGraded: '아직 등급이 없습니다', override: '수동 지정',
    policy: '정책', tasks: '할 일', nextAction: '다음 할 일', noTasks: '열린 할 일이 없습니다', due: '기한',
    complete: '완료 처리', completed: '완료되었습니다', outcome: '결과',
    contactLog: '접촉이력', newEntry: '새 접촉 기록', type: '유형', contact: '담당자', when: '일시', summary: '내용',
    entryOutcome: '결과', nextStep: '다음 단계', attachment: '첨부 링크', completesTask: '완료할 할 일', save: '기록',
    saved: '기록되었습니다', noEntries: '기록이 없습니다', edited: '수정됨', edit: '수정', editEntry: '접촉 기록 수정', delete: '삭제', deleteConfirm: '이 기록을 삭제할까요?',
    complaints: '불편사항', noComplaints: '미해결 불편사항이 없습니다', status: '상태',
    serviceRequests: '서비스 요청', noRequests: '처리 중인 서비스 요청이 없습니다', age: '경과',
    ageHours: (n) => n + '시간', ageDays: (n) => n + '일',
    requestTypes: { COMPLAINT: '불편사항', REPAIR: '수리/AS', RETURN: '반품', INQUIRY: '문의', DATA_SUBJECT: '개인정보 요청', OTHER: '기타' },
    requestStatuses: { RECEIVED: '접수', ASSIGNED: '배정', IN_PROGRESS: '처리 중', WAITING_FOR_CUSTOMER: '고객 회신 대기', RESOLVED: '해결', CLOSED: '종료' },
    sla: { AT_RISK: '기한 임박', BREACHED: '기한 초과' },
    orders: '주문', ordersTotal: '주문 합계', orderCount: '주문 수', revenue12: '최근 12개월 매출', noOrders: '주문이 없습니다',
    rfm: 'RFM', recency: '최근성', frequency: '빈도', monetary: '금액', ltv: 'LTV',
    orderNo: '주문번호', orderedAt: '주문일', amount: '금액', source: '채널',
    today: '오늘', week: '이번 주', openTab: '고객 보기', account: '거래처',
    username: '아이디', password: '비밀번호', login: '로그인', logout: '로그아웃', loginFailed: '아이디 또는 비밀번호가 틀립니다',
    exportReason: '내려받는 사유를 적어 주세요 (접속기록에 남습니다)', exportNeedsReason: '사유 없이는 내려받을 수 없습니다',
    error: '오류', forbidden: '권한이 없습니다', notFound: '찾을 수 없습니다', conflict: '다른 사용자가 먼저 바꾸었습니다. 새로 고칩니다.',
    types: { VISIT: '방문', CALL: '전화(TM)', DM: 'DM', EMAIL: '이메일', COMPLAINT: '불편사항', EVENT_PLAN: '행사계획', OTHER: '기타', TM: '전화판촉(TM)' },
    outcomes: { DONE: '완료', REACHED: '통화됨', INTERESTED: '관심 있음', NOT_INTERESTED: '관심 없음', WRONG_CONTACT: '잘못된 연락처' },
    statuses: { OPEN: '접수', IN_PROGRESS: '처리 중', RESOLVED: '해결', DONE: '완료', CANCELLED: '취소', ACTIVE: '정상' },
    campaignsTitle: '캠페인', campaignsLink: '캠페인', noCampaigns: '캠페인이 없습니다', recipientsOf: (n) => `${n}명`,
    campaignName: '캠페인 이름', segment: '세그먼트', template: '템플릿', newCampaign: '새 캠페인', create: '만들기', campaignCreated: '캠페인을 만들었습니다',
    launch: '발송 시작', launched: '발송을 시작했습니다', pause: '일시 중지', paused: '일시 중지했습니다', resume: '재개', resumed: '발송을 재개했습니다',
    selectCampaign: '목록에서 캠페인을 고르거나 새로 만드세요', launchedAt: '시작', recipientsTitle: '수신자', noRecipients: '아직 수신자가 없습니다 (발송 시작 때 정해집니다)',
    address: '주소', basis: '발송 근거', opens: '열람', clicks: '클릭', why: '근거 보기', nextPage: '다음', basisAtLaunch: '발송 시작 때의 근거', consent: '동의',
    notSentYet: '아직 발송하지 않았습니다', basisDetail: '확인 내용', messageId: '메시지 ID', whyTitle: (key) => `${key}에게 보낸 근거`,
    countNames: { frozen: '대상', pending: '대기', held: '야간 보류', sending: '발송 중', sent: '발송', failed: '실패', skipped: '제외', bounced: '반송', opened: '열람', clicked: '클릭' },
    campaignStates: { DRAFT: '작성 중', RUNNING: '발송 중', PAUSED: '일시 중지', DONE: '완료' },
    recipientStates: { PENDING: '대기', SENDING: '발송 중', SENT: '발송', FAILED: '실패', SKIPPED: '제외', BOUNCED: '반송' },
    bases: { CONSENT: '수신 동의', TRANSACTION: '거래 관계 (6개월)' },
    serviceTitle: '서비스 데스크', serviceDesk: '서비스 데스크', workQueue: '처리 대기 목록', openOnly: '미해결 전체', allStatuses: '모든 상태', allTypes: '모든 유형',
    mine: '내 담당만', noQueue: '해당하는 요청이 없습니다', requestTitle: '서비스 요청', selectRequest: '목록에서 요청을 고르세요',
    assignee: '담당자', team: '팀', topic: '분류', unclassified: '미분류', receivedAt: '접수', firstResponseDue: '첫 응답 기한', resolutionDue: '해결 기한',
    topics: { QUALITY: '품질', DELIVERY: '배송·납기', PRICE: '가격', BILLING: '청구·결제', STAFF: '직원 응대', DOCUMENTS: '서류·증빙', OTHER: '기타' },
    replyText: '고객 회신 또는 내부 메모', replyToCustomer: '고객에게 회신', internalNote: '내부 메모', replied: '고객에게 회신했습니다', noted: '메모를 남겼습니다',
    moveTo: '상태 변경', comment: '설명', move: '변경', assign: '배정', historyTitle: '처리 이력',
    kinds: { CREATED: '접수', STATUS: '상태', ASSIGNED: '배정', REPLY: '회신', NOTE: '메모', CUSTOMER: '고객 추가 정보', SLA: 'SLA', TOPIC: '분류' },
    reportsTitle: '서비스 보고서', backlogTitle: '상태·유형별 경과', requests: '건수', under1Day: '1일 미만', days1to3: '1~3일', days3to7: '3~7일', over7Days: '7일 이상',
    slaTitle: 'SLA 달성률', firstResponse: '첫 응답', resolution: '해결', overdue: '기한 초과(미해결)',
    slaNote: '달성률 = 기한 안에 처리한 건 / 결과가 정해진 건 (처리했거나 기한이 지난 건). 고객 회신 대기 중에는 시계가 멈춥니다.',
    satisfactionTitle: '만족도 추이', answers: '응답 수', average: '평균', low: '낮은 점수', month: '월',
    topicsTitle: '거래처별 불편사항 분류', openCount: '미해결',
    privacyTitle: '개인정보 접속기록 점검', reviewTitle: '월간 점검', exportsTitle: '내려받기·내보내기',
    offHoursTitle: (n) => `업무시간 외 대량 조회 (${n}건 이상)`, deniedTitle: '거부된 접근 시도', topReadersTitle: '많이 조회한 사용자', reviewsTitle: '점검 기록', notReviewed: '아직 점검하지 않았습니다',
    reviewNote: '점검 의견', reviewSign: '점검 완료', reviewSigned: '점검 완료로 기록했습니다', user: '사용자', action: '행위', resource: '대상', rowsCount: '건수',
    reason: '사유', sourceAddress: '접속지', accesses: '조회 수',
    actions: { VIEW: '조회', CREATE: '등록', UPDATE: '수정', DELETE: '삭제', EXPORT: '내보내기', PRINT: '출력', SYNC: '동기화', DENIED: '거부' },
    chainTitle: '위·변조 검사', chainHint: '접속기록 전체의 해시 사슬을 검사합니다.', chainVerify: '검사',
    chainIntact: (n, ms, a) => `이상 없음: ${n}건, 외부 사본 ${a}개 대조, ${ms} ms`, chainBroken: (seq, why) => `변경 또는 삭제 발견: ${seq}번 (${why})`,
    subjectTitle: '고객별 접속기록', subjectHint: '누가 언제 이 고객의 정보를 조회·내보냈는지, 사유와 함께 보여 줍니다.', subjectShow: '보기',
  },
  en: {
    analyticsTitle: 'Customer analytics', analyticsLink: 'Analytics', pareto: 'Pareto curve (cumulative revenue)', top20: (share, n, all) => `The top 20% of customers (${n} of ${all}) bring ${share} of revenue`,
    cumulativeRevenue: 'Cumulative revenue share', customerShare: 'Share of customers (%)', revenueShare: 'Share of revenue (%)', noData: 'No data',
    rfmGrid: 'RFM grid (R × F, average M)', averageM: 'average M', rfmNote: (n) => `${n} customers with recent orders`,
    segmentLtv: 'Segment LTV', ltvTotal: 'LTV total', group: 'Group', customers: 'Customers', retention: 'Retention', averagePurchase: 'Avg. purchase',
    costRatio: 'Cost ratio', ltvPerCustomer: 'LTV per customer', gradeDistribution: 'Grades at month end', cohorts: 'Retention by first-order month', cohort: 'Cohort',
    anniversaries: 'Anniversaries (next 30 days)', noAnniversaries: 'No anniversaries in the next 30 days', FOUNDING: 'Founding day', BIRTHDAY: 'Birthday', years: (n) => `${n} years`,
    savedSegments: 'Segments', segmentName: 'Name', segmentRules: 'Rules', preview: 'Preview', size: (n) => `${n} customers`, noSegments: 'No saved segments',
    from: 'From', to: 'To', region: 'Region', industry: 'Industry', apply: 'Apply', segments: 'Segments', noSegmentsOfCustomer: 'In no segment',
    interest: 'Campaign responses', noInterest: 'Never opened or clicked a campaign e-mail', lastOpen: 'Last open', lastClick: 'Last click', recentResponses: (o, c, d) => `Last ${d} days: ${o} opens, ${c} clicks`, never: 'never',
    tabTitle: 'Customer 360', tasksTitle: 'My tasks', loginTitle: 'CRM sign-in', switchLang: '한국어',
    customerKey: 'Customer key', kind: 'Kind', COMPANY: 'Company (account)', PERSON: 'Person', brn: 'Business reg. no.', ownerRep: 'Owner rep',
    aliases: 'Merged keys', sources: 'Sources', none: 'none', loading: 'Loading…',
    grade: 'Grade', gradeWhy: 'Why', gradeHistory: 'Grade history', notGraded: 'Not graded yet', override: 'override',
    policy: 'policy', tasks: 'Tasks', nextAction: 'Next action', noTasks: 'No open tasks', due: 'Due',
    complete: 'Complete', completed: 'Completed', outcome: 'Outcome',
    contactLog: 'Contact log', newEntry: 'New contact entry', type: 'Type', contact: 'Contact person', when: 'When', summary: 'Summary',
    entryOutcome: 'Outcome', nextStep: 'Next step', attachment: 'Attachment link', completesTask: 'Completes task', save: 'Log it',
    saved: 'Logged', noEntries: 'No entries yet', edited: 'edited', edit: 'Edit', editEntry: 'Edit contact entry', delete: 'Delete', deleteConfirm: 'Delete this entry?',
    complaints: 'Complaints', noComplaints: 'No unresolved complaints', status: 'Status',
    serviceRequests: 'Service requests', noRequests: 'No open service requests', age: 'age',
    ageHours: (n) => n + (n === 1 ? ' hour' : ' hours'), ageDays: (n) => n + (n === 1 ? ' day' : ' days'),
    requestTypes: { COMPLAINT: 'Complaint', REPAIR: 'Repair / AS', RETURN: 'Return', INQUIRY: 'Inquiry', DATA_SUBJECT: 'Data-subject request', OTHER: 'Other' },
    requestStatuses: { RECEIVED: 'Received', ASSIGNED: 'Assigned', IN_PROGRESS: 'In progress', WAITING_FOR_CUSTOMER: 'Waiting for customer', RESOLVED: 'Resolved', CLOSED: 'Closed' },
    sla: { AT_RISK: 'Due soon', BREACHED: 'Overdue' },
    orders: 'Orders', ordersTotal: 'Orders total', orderCount: 'Orders', revenue12: 'Revenue, last 12 months', noOrders: 'No orders',
    rfm: 'RFM', recency: 'Recency', frequency: 'Frequency', monetary: 'Monetary', ltv: 'LTV',
    orderNo: 'Order no.', orderedAt: 'Ordered', amount: 'Amount', source: 'Channel',
    today: 'Today', week: 'This week', openTab: 'Open customer', account: 'Account',
    username: 'User name', password: 'Password', login: 'Sign in', logout: 'Sign out', loginFailed: 'Wrong user name or password',
    exportReason: 'Why do you download this? (kept in the access log)', exportNeedsReason: 'A download needs a reason',
    error: 'Error', forbidden: 'Not allowed', notFound: 'Not found', conflict: 'Someone changed it first; reloading.',
    types: { VISIT: 'Visit', CALL: 'Call (TM)', DM: 'Direct mail', EMAIL: 'E-mail', COMPLAINT: 'Complaint', EVENT_PLAN: 'Event plan', OTHER: 'Other', TM: 'Telemarketing (TM)' },
    outcomes: { DONE: 'Done', REACHED: 'Reached', INTERESTED: 'Interested', NOT_INTERESTED: 'Not interested', WRONG_CONTACT: 'Wrong contact' },
    statuses: { OPEN: 'Open', IN_PROGRESS: 'In progress', RESOLVED: 'Resolved', DONE: 'Done', CANCELLED: 'Cancelled', ACTIVE: 'Active' },
    campaignsTitle: 'Campaigns', campaignsLink: 'Campaigns', noCampaigns: 'No campaigns yet', recipientsOf: (n) => `${n} recipients`,
    campaignName: 'Campaign name', segment: 'Segment', template: 'Template', newCampaign: 'New campaign', create: 'Create', campaignCreated: 'Campaign created',
    launch: 'Launch', launched: 'Launched', pause: 'Pause', paused: 'Paused', resume: 'Resume', resumed: 'Resumed',
    selectCampaign: 'Pick a campaign from the list or create one', launchedAt: 'launched', recipientsTitle: 'Recipients', noRecipients: 'No recipients yet (they are fixed at launch)',
    address: 'Address', basis: 'Lawful basis', opens: 'Opens', clicks: 'Clicks', why: 'Why lawful', nextPage: 'Next', basisAtLaunch: 'Basis at launch', consent: 'consent',
    notSentYet: 'Not sent yet', basisDetail: 'Checked', messageId: 'Message-ID', whyTitle: (key) => `Why the message to ${key} was lawful`,
    countNames: { frozen: 'Recipients', pending: 'Waiting', held: 'Night hold', sending: 'Sending', sent: 'Sent', failed: 'Failed', skipped: 'Skipped', bounced: 'Bounced', opened: 'Opened', clicked: 'Clicked' },
    campaignStates: { DRAFT: 'Draft', RUNNING: 'Running', PAUSED: 'Paused', DONE: 'Done' },
    recipientStates: { PENDING: 'Waiting', SENDING: 'Sending', SENT: 'Sent', FAILED: 'Failed', SKIPPED: 'Skipped', BOUNCED: 'Bounced' },
    bases: { CONSENT: 'Consent', TRANSACTION: 'Customer relationship (6 months)' },
    serviceTitle: 'Service desk', serviceDesk: 'Service desk', workQueue: 'Work queue', openOnly: 'All open', allStatuses: 'Any status', allTypes: 'Any type',
    mine: 'Mine only', noQueue: 'No requests match', requestTitle: 'Service request', selectRequest: 'Pick a request from the queue',
    assignee: 'Assignee', team: 'Team', topic: 'Topic', unclassified: 'Not classified', receivedAt: 'Received', firstResponseDue: 'First response due', resolutionDue: 'Resolution due',
    topics: { QUALITY: 'Quality', DELIVERY: 'Delivery', PRICE: 'Price', BILLING: 'Billing', STAFF: 'Staff conduct', DOCUMENTS: 'Documents', OTHER: 'Other' },
    replyText: 'Reply to the customer or internal note', replyToCustomer: 'Reply to customer', internalNote: 'Internal note', replied: 'Reply sent', noted: 'Note added',
    moveTo: 'Move to', comment: 'Comment', move: 'Move', assign: 'Assign', historyTitle: 'History',
    kinds: { CREATED: 'Received', STATUS: 'Status', ASSIGNED: 'Assigned', REPLY: 'Reply', NOTE: 'Note', CUSTOMER: 'Customer added', SLA: 'SLA', TOPIC: 'Topic' },
    reportsTitle: 'Service reports', backlogTitle: 'By status, type and age', requests: 'Requests', under1Day: '< 1 day', days1to3: '1-3 days', days3to7: '3-7 days', over7Days: '7+ days',
    slaTitle: 'SLA attainment', firstResponse: 'First response', resolution: 'Resolution', overdue: 'Open, overdue',
    slaNote: 'Rate = met in time / decided (answered, or past due). The clock stops while waiting for the customer.',
    satisfactionTitle: 'Satisfaction trend', answers: 'Answers', average: 'Average', low: 'Low scores', month: 'Month',
    topicsTitle: 'Complaint topics per account', openCount: 'Open',
    privacyTitle: 'Access log review', reviewTitle: 'Monthly review', exportsTitle: 'Downloads and exports',
    offHoursTitle: (n) => `Bulk reads outside working hours (${n}+ rows)`, deniedTitle: 'Refused attempts', topReadersTitle: 'Top readers', reviewsTitle: 'Sign-offs', notReviewed: 'Not reviewed yet',
    reviewNote: 'Reviewer note', reviewSign: 'Sign off as reviewed', reviewSigned: 'Signed off', user: 'User', action: 'Action', resource: 'Resource', rowsCount: 'Rows',
    reason: 'Reason', sourceAddress: 'From', accesses: 'Accesses',
    actions: { VIEW: 'View', CREATE: 'Create', UPDATE: 'Update', DELETE: 'Delete', EXPORT: 'Export', PRINT: 'Print', SYNC: 'Sync', DENIED: 'Refused' },
    chainTitle: 'Tamper check', chainHint: 'Walks the hash chain of the whole log.', chainVerify: 'Verify',
    chainIntact: (n, ms, a) => `Intact: ${n} rows, ${a} outside copies matched, ${ms} ms`, chainBroken: (seq, why) => `Changed or missing row at ${seq} (${why})`,
    subjectTitle: 'Accesses to one customer', subjectHint: 'Who read or exported this customer\'s data, when, and why.', subjectShow: 'Show',
  },
};

export function language() {
  const asked = new URLSearchParams(location.search).get('lang');
  if (asked === 'ko' || asked === 'en') return asked;
  const browser = (navigator.languages && navigator.languages[0]) || navigator.language || 'ko';
  return browser.toLowerCase().startsWith('en') ? 'en' : 'ko';
}

export const lang = language();
export const t = TEXTS[lang];
export const locale = lang === 'en' ? 'en-US' : 'ko-KR';

/** A link to the same page in the other language. */
export function otherLanguageUrl() {
  const params = new URLSearchParams(location.search);
  params.set('lang', lang === 'ko' ? 'en' : 'ko');
  return location.pathname + '?' + params.toString();
}

export function won(amount) {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'KRW', maximumFractionDigits: 0 }).format(Number(amount || 0));
}

export function dateTime(iso) {
  return iso ? new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Seoul' }) : '';
}

export function date(iso) {
  return iso ? new Date(iso.length === 10 ? iso + 'T00:00:00+09:00' : iso).toLocaleDateString(locale, { timeZone: 'Asia/Seoul' }) : '';
}
