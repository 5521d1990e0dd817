// The customer portal: index.html submits a request, request.html?t=TOKEN follows it. ?lang=ko|en.
const TEXTS = {
  ko: {
    title: '고객 서비스 요청', followTitle: '서비스 요청 조회', other: 'English',
    intro: '제품 수리(AS), 반품, 불편사항, 문의를 남겨 주세요. 접수 후 처리 상황을 볼 수 있는 링크를 드립니다.',
    name: '이름', email: '이메일', phone: '전화번호', company: '회사명', type: '요청 유형', subject: '제목', description: '내용',
    attachments: '첨부 파일', attachmentRules: 'JPEG, PNG, PDF 파일만, 최대 3개, 각 2MB까지 첨부할 수 있습니다.',
    send: '요청 보내기', sending: '보내는 중…', thanks: '요청이 접수되었습니다', reference: '접수번호',
    followHint: '아래 링크로 처리 상황을 확인하고 내용을 추가할 수 있습니다. 링크를 보관해 주세요.', follow: '처리 상황 보기',
    history: '처리 내역', addInfo: '추가 정보', sendInfo: '보내기', linkUntil: '이 링크는 다음 때까지 유효합니다:',
    required: '필수 항목입니다', tooMany: '첨부 파일은 최대 3개입니다', tooBig: '파일이 2MB를 넘습니다', badType: 'JPEG, PNG, PDF 파일만 첨부할 수 있습니다',
    badEmail: '이메일 주소를 확인해 주세요 (예: name@example.co.kr)', badPhone: '전화번호를 확인해 주세요 (예: 010-1234-5678)',
    rate: '요청이 너무 많습니다. 잠시 후 다시 시도해 주세요.', expired: '링크가 만료되었거나 올바르지 않습니다.', failed: '처리하지 못했습니다. 잠시 후 다시 시도해 주세요.',
    statuses: { RECEIVED: '접수', ASSIGNED: '담당자 배정', IN_PROGRESS: '처리 중', WAITING_FOR_CUSTOMER: '고객 확인 대기', RESOLVED: '해결', CLOSED: '종료' },
    surveyTitle: '만족도 조사', surveyQuestion: '이번 처리에 얼마나 만족하셨나요?', surveyScale: '1 매우 불만족 · 5 매우 만족',
    surveyComment: '의견 (선택)', surveySend: '평가 보내기', surveyPick: '점수를 선택해 주세요', surveyThanks: '평가해 주셔서 감사합니다. 점수:',
    kinds: { CREATED: '접수되었습니다', STATUS: '상태 변경', REPLY: '담당자 답변', CUSTOMER: '고객 추가 정보' },
  },
  en: {
    title: 'Customer service request', followTitle: 'Your service request', other: '한국어',
    intro: 'Tell us about a repair, a return, a complaint or a question. You get a link to follow your request.',
    name: 'Name', email: 'E-mail', phone: 'Phone', company: 'Company', type: 'Request type', subject: 'Subject', description: 'Description',
    attachments: 'Attachments', attachmentRules: 'JPEG, PNG or PDF only, up to 3 files of 2 MB each.',
    send: 'Send request', sending: 'Sending…', thanks: 'Your request was received', reference: 'Reference',
    followHint: 'Follow your request and add information with the link below. Please keep it.', follow: 'Follow your request',
    history: 'History', addInfo: 'More information', sendInfo: 'Send', linkUntil: 'This link works until',
    required: 'Required', tooMany: 'At most 3 attachments', tooBig: 'The file is larger than 2 MB', badType: 'Only JPEG, PNG and PDF files',
    badEmail: 'Please check the e-mail address (e.g. name@example.com)', badPhone: 'Please check the phone number (e.g. 010-1234-5678)',
    rate: 'Too many requests. Please try again later.', expired: 'This link has expired or is not valid.', failed: 'Something went wrong. Please try again later.',
    statuses: { RECEIVED: 'Received', ASSIGNED: 'Assigned', IN_PROGRESS: 'In progress', WAITING_FOR_CUSTOMER: 'Waiting for you', RESOLVED: 'Resolved', CLOSED: 'Closed' },
    surveyTitle: 'How did we do?', surveyQuestion: 'How satisfied are you with how we handled this?', surveyScale: '1 very unhappy · 5 very happy',
    surveyComment: 'Comment (optional)', surveySend: 'Send rating', surveyPick: 'Please choose a score', surveyThanks: 'Thank you for your rating. Score:',
    kinds: { CREATED: 'Received', STATUS: 'Status', REPLY: 'Reply', CUSTOMER: 'Your information' },
  },
};
const params = new URLSearchParams(location.search);
const lang = params.get('lang') === 'en' || (!params.get('lang') && !navigator.language.startsWith('ko')) ? 'en' : 'ko';
const t = TEXTS[lang];
const $ = (id) => document.getElementById(id);
const MAX_FILES = 3;
const MAX_BYTES = 2 * 1024 * 1024;
const TYPES = ['image/jpeg', 'image/png', 'application/pdf'];
const FIELD_LABELS = { score: 'surveyTitle', comment: 'surveyComment', 'requester.name': 'name', 'requester.email': 'email', 'requester.phone': 'phone', 'requester.company': 'company' };

function when(iso) {
  return new Intl.DateTimeFormat(lang === 'ko' ? 'ko-KR' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Seoul' }).format(new Date(iso));
}

async function call(method, path, body) {
  const response = await fetch('/api/' + path, { method, headers: body ? { 'Content-Type': 'application/json' } : {}, body: body ? JSON.stringify(body) : undefined });
  const data = await response.json().catch(() => ({}));
  if (!response.ok) throw Object.assign(new Error(data.error || response.statusText), { status: response.status, field: data.field });
  return data;
}

/** The server's error in the reader's words where we have them, naming the field. */
function explain(e) {
  if (e.status === 429) return t.rate;
  if (e.status === 404) return t.expired;
  if (e.status === 400 && e.field) {
    const key = FIELD_LABELS[e.field] || e.field.replace(/\[.*$/, '');
    const label = t[key] || e.field;
    if (e.field === 'requester.email') return label + ': ' + t.badEmail;
    if (e.field === 'requester.phone') return label + ': ' + t.badPhone;
    if (e.field.endsWith('.contentType')) return t.attachments + ': ' + t.badType;
    if (e.field.endsWith('.data') && /larger/.test(e.message)) return t.attachments + ': ' + t.tooBig;
    return label + ': ' + e.message;
  }
  return t.failed;
}

function translate() {
  document.documentElement.lang = lang;
  document.querySelectorAll('[data-t]').forEach((el) => { el.textContent = t[el.dataset.t]; });
  document.title = t[document.querySelector('h1').dataset.t];
  const other = new URLSearchParams(location.search);
  other.set('lang', lang === 'ko' ? 'en' : 'ko');
  $('lang').textContent = t.other;
  $('lang').href = '?' + other.toString();
}

function base64(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

async function attachments(input) {
  const files = [...input.files];
  if (files.length > MAX_FILES) throw Object.assign(new Error(t.tooMany), { local: true });
  for (const f of files) {
    if (!TYPES.includes(f.type)) throw Object.assign(new Error(f.name + ': ' + t.badType), { local: true });
    if (f.size > MAX_BYTES) throw Object.assign(new Error(f.name + ': ' + t.tooBig), { local: true });
  }
  return Promise.all(files.map(async (f) => ({ fileName: f.name, contentType: f.type, data: await base64(f) })));
}

async function submitPage() {
  const form = $('submit');
  const types = await call('GET', 'v1/portal/types');
  form.type.replaceChildren(...types.map((x) => Object.assign(document.createElement('option'), { value: x.code, textContent: lang === 'ko' ? x.nameKo : x.nameEn })));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    $('error').textContent = '';
    for (const name of ['name', 'email', 'subject', 'description']) {
      if (!form[name].value.trim()) {
        $('error').textContent = t[name] + ': ' + t.required;
        form[name].focus();
        return;
      }
    }
    const button = form.querySelector('button');
    button.disabled = true;
    button.textContent = t.sending;
    try {
      const receipt = await call('POST', 'v1/portal/requests', {
        requester: { name: form.name.value, email: form.email.value, phone: form.phone.value || null, company: form.company.value || null },
        type: form.type.value, subject: form.subject.value, description: form.description.value,
        attachments: await attachments(form.attachments), lang,
      });
      form.hidden = true;
      $('done').hidden = false;
      $('reference').textContent = receipt.reference;
      $('follow').href = 'request.html?lang=' + lang + '&t=' + encodeURIComponent(receipt.token);
    } catch (e) {
      $('error').textContent = e.local ? e.message : explain(e);
    } finally {
      button.disabled = false;
      button.textContent = t.send;
    }
  });
}

function showRequest(view) {
  $('summary').hidden = false;
  $('subject').textContent = view.subject;
  $('status').textContent = t.statuses[view.status] || view.status;
  $('type').textContent = (lang === 'ko' ? view.typeNameKo : view.typeNameEn) + ' · ' + t.reference + ' ' + view.reference + ' · ' + when(view.receivedAt);
  $('description').textContent = view.description;
  $('files').replaceChildren(...view.attachments.map((a) => Object.assign(document.createElement('li'), { textContent: a.fileName + ' (' + Math.ceil(a.size / 1024) + ' KB)' })));
  $('entries').replaceChildren(...view.entries.map((e) => {
    const li = document.createElement('li');
    li.dataset.testid = 'entry';
    li.className = e.fromCustomer ? 'customer' : '';
    const head = when(e.at) + ' · ' + (e.kind === 'STATUS' ? t.statuses[e.status] || e.status : t.kinds[e.kind]);
    li.textContent = head + (e.text ? ': ' + e.text : '');
    return li;
  }));
  $('expires').textContent = when(view.expiresAt);
  $('survey').hidden = !view.surveyOpen;
  $('surveyDone').hidden = !view.survey;
  $('surveyDone').textContent = view.survey ? t.surveyThanks + ' ' + view.survey.score + '/5' : '';
}

async function followPage() {
  const token = params.get('t') || '';
  try {
    showRequest(await call('GET', 'v1/portal/requests/' + encodeURIComponent(token)));
  } catch (e) {
    $('error').textContent = explain(e);
  } finally {
    $('request').setAttribute('aria-busy', 'false');
  }
  const form = $('message');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    $('error').textContent = '';
    if (!form.text.value.trim()) {
      $('error').textContent = t.addInfo + ': ' + t.required;
      return;
    }
    try {
      showRequest(await call('POST', 'v1/portal/requests/' + encodeURIComponent(token) + '/messages', { text: form.text.value }));
      form.text.value = '';
    } catch (e) {
      $('error').textContent = explain(e);
    }
  });
  const survey = $('surveyForm');
  survey.addEventListener('submit', async (event) => {
    event.preventDefault();
    $('error').textContent = '';
    const picked = survey.querySelector('input[name=score]:checked');
    if (!picked) {
      $('error').textContent = t.surveyPick;
      return;
    }
    try {
      showRequest(await call('POST', 'v1/portal/requests/' + encodeURIComponent(token) + '/survey',
        { score: Number(picked.value), comment: survey.comment.value || null }));
    } catch (e) {
      $('error').textContent = explain(e);
    }
  });
}

translate();
if ($('submit')) submitPage().catch((e) => { $('error').textContent = explain(e); });
else followPage();
