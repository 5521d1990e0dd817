// The service desk: staff work requests from a queue (reply, note, status, assignment, topic) and read the service
// reports (backlog by age, SLA attainment, satisfaction trend, top complaint topics). docs/service.md has the rules.
import { t, lang, locale, dateTime } from './i18n.js';
import { api, h, message, options, toast } from './api.js';
import { pageChrome, showMe } from './chrome.js';
import { chart, download } from './reports.js';

const $ = (id) => document.getElementById(id);
const STATUSES = ['RECEIVED', 'ASSIGNED', 'IN_PROGRESS', 'WAITING_FOR_CUSTOMER', 'RESOLVED', 'CLOSED'];
const REPORT_FILTERS = ['from', 'to', 'type'];
const pct = (x) => (x === null || x === undefined ? '–'
  : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(Number(x)));
let me = null;
let types = [];
let topics = [];
let teams = [];
let selected = new URLSearchParams(location.search).get('request');

const typeName = (code) => {
  const found = types.find((x) => x.code === code);
  return found ? (lang === 'en' ? found.nameEn : found.nameKo) : (t.requestTypes[code] || code);
};
const topicName = (code) => (code ? (t.topics[code] || code) : t.unclassified);
const statusName = (s) => t.requestStatuses[s] || s;

function age(receivedAt) {
  const hours = Math.max(0, Math.floor((Date.now() - Date.parse(receivedAt)) / 3600000));
  return hours < 24 ? t.ageHours(hours) : t.ageDays(Math.floor(hours / 24));
}

/** Runs a change; a conflict (someone else changed the request first) reloads it. */
async function change(call, done) {
  try {
    await call();
    toast(done);
  } catch (e) {
    toast(message(e), 'bad');
  }
  await Promise.all([showDetail(selected), loadQueue()]);
}

// ---- the work queue ----

function queueFilters() {
  const status = h('select', { name: 'status', 'aria-label': t.status, 'data-testid': 'queue-status' },
    h('option', { value: 'OPEN' }, t.openOnly), h('option', { value: '' }, t.allStatuses),
    options(STATUSES, t.requestStatuses));
  const type = h('select', { name: 'type', 'aria-label': t.type, 'data-testid': 'queue-type' },
    h('option', { value: '' }, t.allTypes), types.map((x) => h('option', { value: x.code }, typeName(x.code))));
  const mine = h('input', { type: 'checkbox', name: 'mine', 'data-testid': 'queue-mine' });
  const form = h('form', { class: 'work', 'data-testid': 'queue-filter' }, status, type,
    h('label', { class: 'check' }, mine, t.mine));
  form.onchange = () => loadQueue();
  return form;
}

let queueForm = null;

async function loadQueue() {
  const form = new FormData(queueForm);
  const q = new URLSearchParams({ size: '50' });
  if (form.get('status') === 'OPEN') q.set('open', 'true');
  else if (form.get('status')) q.set('status', form.get('status'));
  if (form.get('type')) q.set('type', form.get('type'));
  if (form.get('mine') && me) q.set('assignee', me.username);
  let page;
  try {
    page = await api('GET', 'v1/service-requests?' + q);
  } catch (e) {
    toast(message(e), 'bad');
    return;
  }
  const list = page.items.length === 0 ? h('p', { class: 'muted' }, t.noQueue) : h('ul', { class: 'rows' }, page.items.map((r) =>
    h('li', { 'data-testid': 'queue-item', 'data-request-id': r.id, class: r.id === selected ? 'selected' : '' },
      h('a', { class: 'open-request', href: '?request=' + r.id + '&lang=' + lang, onclick: (e) => { e.preventDefault(); select(r.id); } },
        h('b', {}, '#' + r.id + ' ' + r.subject), h('br'),
        h('small', { class: 'muted' }, typeName(r.type) + ' · ' + t.age + ' ' + age(r.receivedAt) + (r.assignee ? ' · ' + r.assignee : ''))),
      h('span', {}, h('span', { class: 'pill' }, statusName(r.status)),
        r.slaState !== 'ON_TRACK' ? h('span', { class: 'pill bad' }, t.sla[r.slaState]) : null))));
  $('queue').replaceChildren(h('h2', {}, t.workQueue, ' ', h('small', { class: 'muted' }, '(' + page.total + ')')), queueForm, list);
}

function select(id) {
  selected = id;
  history.replaceState(null, '', location.pathname + '?request=' + id + '&lang=' + lang);
  document.querySelectorAll('[data-testid="queue-item"]').forEach((li) => li.classList.toggle('selected', li.dataset.requestId === id));
  showDetail(id);
}

// ---- one request ----

function facts(r, accountName) {
  const row = (label, value, testid) => [h('dt', {}, label), h('dd', testid ? { 'data-testid': testid } : {}, value || t.none)];
  return h('dl', { class: 'facts' },
    row(t.account, h('a', { href: 'tab.html?customer=' + encodeURIComponent(r.accountKey) + '&lang=' + lang, 'data-testid': 'detail-account' }, accountName || r.accountKey)),
    row(t.type, typeName(r.type)), row(t.status, statusName(r.status), 'detail-status'),
    row(t.assignee, r.assignee, 'detail-assignee'), row(t.team, r.team), row(t.topic, topicName(r.topic), 'detail-topic'),
    row(t.receivedAt, dateTime(r.receivedAt)), row(t.firstResponseDue, dateTime(r.firstResponseDue)),
    row(t.resolutionDue, dateTime(r.resolutionDue)));
}

function historyList(entries) {
  return h('ol', { class: 'history', 'data-testid': 'detail-history' }, entries.map((c) =>
    h('li', { class: c.visibleToCustomer || c.kind === 'CUSTOMER' ? '' : 'internal' },
      h('small', { class: 'muted' }, dateTime(c.at) + ' · ' + c.by + ' · '), h('b', {}, t.kinds[c.kind] || c.kind),
      c.kind === 'STATUS' && c.toStatus ? ' → ' + statusName(c.toStatus) : '',
      c.kind === 'TOPIC' ? ': ' + topicName(c.comment) : c.comment ? ': ' + c.comment : '')));
}

function replyForm(r) {
  const text = h('textarea', { rows: 3, 'aria-label': t.replyText, 'data-testid': 'reply-text', maxlength: 2000 });
  const send = (toCustomer) => () => {
    if (!text.value.trim()) return toast(t.replyText, 'bad');
    return change(() => api('POST', 'v1/service-requests/' + r.id + '/comments', { text: text.value, toCustomer }),
      toCustomer ? t.replied : t.noted);
  };
  return h('div', {}, h('label', { class: 'block' }, h('span', {}, t.replyText), text),
    h('div', { class: 'actions' },
      h('button', { type: 'button', 'data-testid': 'reply-customer', onclick: send(true) }, t.replyToCustomer),
      h('button', { type: 'button', class: 'link edit', 'data-testid': 'reply-note', onclick: send(false) }, t.internalNote)));
}

function workForm(r) {
  const to = h('select', { 'aria-label': t.moveTo, 'data-testid': 'move-status' },
    options(STATUSES.filter((s) => s !== r.status), t.requestStatuses));
  const comment = h('input', { 'aria-label': t.comment, placeholder: t.comment, 'data-testid': 'move-comment', maxlength: 2000 });
  const assignee = h('input', { 'aria-label': t.assignee, value: r.assignee || (me ? me.username : ''), size: 10, 'data-testid': 'assign-user' });
  const team = h('select', { 'aria-label': t.team, 'data-testid': 'assign-team' }, h('option', { value: '' }, t.none),
    teams.map((x) => h('option', { value: x.name, selected: x.name === r.team }, x.name)));
  const topic = h('select', { 'aria-label': t.topic, 'data-testid': 'topic' }, h('option', { value: '' }, t.unclassified),
    options(topics, t.topics, r.topic));
  topic.onchange = () => change(() => api('PUT', 'v1/service-requests/' + r.id + '/topic',
    { topic: topic.value || null, version: r.version }), t.saved);
  return h('div', {},
    h('div', { class: 'work' }, h('label', {}, h('span', {}, t.moveTo), to), h('label', {}, h('span', {}, t.comment), comment),
      h('button', { type: 'button', 'data-testid': 'move', onclick: () => change(() => api('PUT', 'v1/service-requests/' + r.id + '/status',
        { status: to.value, comment: comment.value || null, version: r.version }), t.saved) }, t.move)),
    h('div', { class: 'work' }, h('label', {}, h('span', {}, t.assignee), assignee), h('label', {}, h('span', {}, t.team), team),
      h('button', { type: 'button', 'data-testid': 'assign', onclick: () => change(() => api('PUT', 'v1/service-requests/' + r.id + '/assignment',
        { assignee: assignee.value || null, team: team.value || null, version: r.version }), t.saved) }, t.assign)),
    h('div', { class: 'work' }, h('label', {}, h('span', {}, t.topic), topic)));
}

async function showDetail(id) {
  if (!id) {
    $('detail').replaceChildren(h('h2', {}, t.requestTitle), h('p', { class: 'muted' }, t.selectRequest));
    return;
  }
  try {
    const [r, entries] = await Promise.all([api('GET', 'v1/service-requests/' + id), api('GET', 'v1/service-requests/' + id + '/history')]);
    const account = await api('GET', 'v1/customers/' + encodeURIComponent(r.accountKey)).catch(() => null);
    const staff = me && me.roles && (me.roles.includes('crm.rep') || me.roles.includes('crm.admin'));
    $('detail').replaceChildren(h('h2', { 'data-testid': 'detail-subject' }, '#' + r.id + ' ' + r.subject, ' ',
      r.slaState !== 'ON_TRACK' ? h('span', { class: 'pill bad' }, t.sla[r.slaState]) : null),
    facts(r, account && account.name), h('p', { class: 'next' }, r.description),
    staff ? replyForm(r) : null, staff ? workForm(r) : null,
    h('h3', {}, t.historyTitle), historyList(entries));
  } catch (e) {
    $('detail').replaceChildren(h('h2', {}, t.requestTitle), h('p', { class: 'bad' }, message(e)));
  }
}

// ---- reports ----

function reportQuery(extra = {}) {
  const p = new URLSearchParams();
  const form = new FormData($('filter'));
  for (const k of REPORT_FILTERS) if (form.get(k)) p.set(k, form.get(k));
  for (const [k, v] of Object.entries(extra)) p.set(k, v);
  return p.toString();
}

// The service reports hold no personal data: a download needs no reason (docs/service.md).
function card(id, title, report, ...body) {
  $(id).replaceChildren(h('h2', {}, title, ' ', h('span', { class: 'exports' },
    h('button', { type: 'button', class: 'link edit', onclick: () => download('v1/service-reports/' + report + '?' + reportQuery({ format: 'csv' }), 'service-' + report + '.csv') }, 'CSV'),
    h('button', { type: 'button', class: 'link edit', onclick: () => download('v1/service-reports/' + report + '?' + reportQuery({ format: 'xlsx' }), 'service-' + report + '.xlsx') }, 'Excel'))), ...body);
}


function backlog(rows) {
  const buckets = [['underOneDay', t.under1Day, '#1b7f3b'], ['oneToThreeDays', t.days1to3, '#1f5fbf'], ['threeToSevenDays', t.days3to7, '#c79a00'], ['overSevenDays', t.over7Days, '#b3261e']];
  const statuses = STATUSES.filter((s) => rows.some((r) => r.status === s));
  card('backlog', t.backlogTitle, 'backlog', rows.length === 0 ? h('p', { class: 'muted' }, t.noData) : chart('backlog-chart', {
    label: t.backlogTitle, type: 'bar',
    data: { labels: statuses.map(statusName), datasets: buckets.map(([k, label, colour]) => ({ label, backgroundColor: colour,
      data: statuses.map((s) => rows.filter((r) => r.status === s).reduce((n, r) => n + r[k], 0)) })) },
    options: { scales: { x: { stacked: true }, y: { stacked: true, ticks: { precision: 0 } } } },
  }),
  h('table', { 'data-testid': 'backlog-table' }, h('tr', {}, [t.status, t.type, t.requests, t.under1Day, t.days1to3, t.days3to7, t.over7Days].map((x) => h('th', {}, x))),
    rows.map((r) => h('tr', {}, h('td', {}, statusName(r.status)), h('td', {}, typeName(r.type)),
      [r.requests, r.underOneDay, r.oneToThreeDays, r.threeToSevenDays, r.overSevenDays].map((n) => h('td', { class: 'num' }, String(n)))))));
}

function sla(rows) {
  card('sla', t.slaTitle, 'sla', rows.length === 0 ? h('p', { class: 'muted' }, t.noData)
    : h('table', { 'data-testid': 'sla-table' }, h('tr', {}, [t.type, t.requests, t.firstResponse, t.resolution, t.overdue].map((x) => h('th', {}, x))),
      rows.map((r) => h('tr', {}, h('td', {}, typeName(r.type)), h('td', { class: 'num' }, String(r.requests)),
        h('td', { class: 'num', title: r.firstResponseMet + '/' + r.firstResponseDecided }, pct(r.firstResponseRate)),
        h('td', { class: 'num', title: r.resolutionMet + '/' + r.resolutionDecided }, pct(r.resolutionRate)),
        h('td', { class: 'num' + (r.openOverdue > 0 ? ' bad' : '') }, String(r.openOverdue))))),
  h('p', { class: 'muted small' }, t.slaNote));
}

function satisfaction(months) {
  card('satisfaction', t.satisfactionTitle, 'satisfaction', chart('satisfaction-chart', {
    label: t.satisfactionTitle, type: 'line',
    data: { labels: months.map((m) => m.month), datasets: [{ label: t.average, data: months.map((m) => m.average), borderColor: '#1f5fbf', spanGaps: true, yAxisID: 'y' },
      { label: t.answers, type: 'bar', data: months.map((m) => m.answers), backgroundColor: 'rgba(31,95,191,.2)', yAxisID: 'n' }] },
    options: { scales: { y: { min: 1, max: 5, title: { display: true, text: t.average } }, n: { position: 'right', beginAtZero: true, ticks: { precision: 0 }, grid: { display: false } } } },
  }),
  h('table', { 'data-testid': 'satisfaction-table' }, h('tr', {}, [t.month, t.answers, t.average, t.low].map((x) => h('th', {}, x))),
    months.map((m) => h('tr', {}, h('td', {}, m.month), h('td', { class: 'num' }, String(m.answers)),
      h('td', { class: 'num' }, m.average === null ? '–' : Number(m.average).toFixed(2)), h('td', { class: 'num' }, String(m.low))))));
}

function topicReport(rows) {
  card('topics', t.topicsTitle, 'topics', rows.length === 0 ? h('p', { class: 'muted' }, t.noData)
    : h('table', { 'data-testid': 'topics-table' }, h('tr', {}, [t.account, t.topic, t.requests, t.openCount].map((x) => h('th', {}, x))),
      rows.map((r) => h('tr', {}, h('td', {}, h('a', { href: 'tab.html?customer=' + encodeURIComponent(r.accountKey) + '&lang=' + lang }, r.accountName || r.accountKey)),
        h('td', {}, topicName(r.topic)), h('td', { class: 'num' }, String(r.requests)), h('td', { class: 'num' }, String(r.open))))));
}

function filterForm() {
  const p = new URLSearchParams(location.search);
  const field = (name, label, attrs = {}) => h('label', {}, h('span', {}, label), h('input', { name, value: p.get(name) || '', ...attrs }));
  const type = h('select', { name: 'type' }, h('option', { value: '' }, t.allTypes), types.map((x) => h('option', { value: x.code, selected: x.code === p.get('type') }, typeName(x.code))));
  $('filter').replaceChildren(h('h2', {}, t.reportsTitle), field('from', t.from, { type: 'date' }), field('to', t.to, { type: 'date' }),
    h('label', {}, h('span', {}, t.type), type), h('button', { type: 'submit' }, t.apply));
  $('filter').onsubmit = (e) => {
    e.preventDefault();
    loadReports();
  };
}

async function loadReports() {
  $('reports').setAttribute('aria-busy', 'true');
  const q = reportQuery();
  const results = await Promise.allSettled([
    api('GET', 'v1/service-reports/backlog?' + q).then(backlog),
    api('GET', 'v1/service-reports/sla?' + q).then(sla),
    api('GET', 'v1/service-reports/satisfaction?' + q).then(satisfaction),
    api('GET', 'v1/service-reports/topics?' + q).then(topicReport),
  ]);
  results.filter((r) => r.status === 'rejected').forEach((r) => toast(message(r.reason), 'bad'));
  $('reports').setAttribute('aria-busy', 'false');
}

async function start() {
  pageChrome(t.serviceTitle);
  const settled = await Promise.allSettled([api('GET', 'v1/me'), api('GET', 'v1/service-types'),
    api('GET', 'v1/service-requests/topics'), api('GET', 'v1/service-teams')]);
  [me, types, topics, teams] = settled.map((s, i) => (s.status === 'fulfilled' ? s.value : [null, [], [], []][i]));
  if (me) showMe(me);
  queueForm = queueFilters();
  filterForm();
  await Promise.all([loadQueue(), showDetail(selected), loadReports()]);
  $('desk').setAttribute('aria-busy', 'false');
}

start();
