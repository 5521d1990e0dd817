// The CRM tab (customer-360): ?customer=KEY, or ?source=erp&orderNo=… (the ERP's order number); &lang=ko|en.
import { t, lang, won, dateTime, date } from './i18n.js';
import { api, h, options, toast, message, missingAsNull } from './api.js';
import { pageChrome, showMe } from './chrome.js';
import { revenueChart } from './chart.js';
import { OUTCOMES, taskActions } from './task-actions.js';

const ENTRY_TYPES = ['VISIT', 'CALL', 'DM', 'EMAIL', 'COMPLAINT', 'EVENT_PLAN', 'OTHER'];
const STATUSES = ['OPEN', 'IN_PROGRESS', 'RESOLVED'];
const $ = (id) => document.getElementById(id);
let me = null;
let key = null;

function card(id, title, ...content) {
  $(id).replaceChildren(h('h2', {}, title), ...content);
}

async function customerKey() {
  const params = new URLSearchParams(location.search);
  if (params.get('customer')) return params.get('customer');
  if (params.get('source') && params.get('orderNo')) {
    const order = await api('GET', 'v1/orders/' + encodeURIComponent(params.get('source')) + '/' + encodeURIComponent(params.get('orderNo')));
    return order.customerKey;
  }
  throw new Error('customer or source+orderNo missing in the URL');
}

function showCustomer(c, sources) {
  const names = [...new Set(sources.values.map((v) => v.source))];
  card('customer', '',
    h('div', { class: 'who' },
      h('span', { class: 'name', 'data-testid': 'customer-name' }, c.name),
      h('span', { class: 'pill' }, t[c.kind] || c.kind)),
    h('dl', { class: 'facts' },
      h('dt', {}, t.customerKey), h('dd', { 'data-testid': 'customer-key' }, c.key),
      c.businessRegistrationNumber ? [h('dt', {}, t.brn), h('dd', {}, c.businessRegistrationNumber)] : [],
      h('dt', {}, t.ownerRep), h('dd', {}, c.ownerRep || t.none),
      h('dt', {}, t.aliases), h('dd', {}, sources.aliases.length ? sources.aliases.join(', ') : t.none),
      h('dt', {}, t.sources), h('dd', {}, names.length ? names.join(', ') : t.none)));
  $('customer').querySelector('h2').remove();
  document.title = c.name + ' · ' + t.tabTitle;
}

function showGrade(grade, history) {
  if (!grade) {
    card('grade', t.grade, h('p', { class: 'muted' }, t.notGraded));
    return;
  }
  card('grade', t.grade,
    h('div', { class: 'grade-line' },
      h('span', { class: 'grade-letter g-' + grade.grade, 'data-testid': 'grade-letter' }, grade.grade),
      h('span', { class: 'muted' }, grade.override ? t.override + ' (' + grade.override.reason + ')' : t.policy + ' v' + grade.policyVersion)),
    h('h3', {}, t.gradeWhy),
    h('ul', { class: 'reasons' }, grade.reasons.map((r) => h('li', {}, r))),
    h('h3', {}, t.gradeHistory),
    h('ol', { class: 'history' }, history.slice().reverse().slice(0, 6).map((c) =>
      h('li', { 'data-testid': 'grade-change' }, date(c.at) + ' ', h('b', {}, (c.from || '–') + ' → ' + c.to), ' ', h('span', { class: 'muted' }, c.why)))));
}

function showTasks(tasks) {
  const open = tasks.filter((x) => x.status === 'OPEN').sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  const next = open[0];
  card('tasks', t.tasks,
    next ? h('p', { class: 'next', 'data-testid': 'next-action' }, t.nextAction + ': ', h('b', {}, t.types[next.type] || next.type), ' · ' + t.due + ' ' + date(next.dueOn))
      : h('p', { class: 'muted' }, t.noTasks),
    h('ul', { class: 'rows' }, open.map((task) => {
      return h('li', { 'data-testid': 'task', 'data-task-id': task.id },
        h('span', {}, h('b', {}, t.types[task.type] || task.type), ' · ' + date(task.dueOn), h('br'), h('small', { class: 'muted' }, task.why)),
        taskActions(task, reloadTasksAndLog));
    })));
  return open;
}

/** Time since the customer asked, in days (hours on the first day). */
function age(receivedAt) {
  const hours = Math.max(0, Math.floor((Date.now() - Date.parse(receivedAt)) / 3600000));
  return hours < 24 ? t.ageHours(hours) : t.ageDays(Math.floor(hours / 24));
}

function showRequests(requests) {
  card('requests', t.serviceRequests,
    requests.length === 0 ? h('p', { class: 'muted' }, t.noRequests) : h('ul', { class: 'rows' }, requests.map((r) =>
      h('li', { 'data-testid': 'service-request', 'data-request-id': r.id },
        h('span', {}, h('a', { href: 'service.html?request=' + encodeURIComponent(r.id) + '&lang=' + lang, 'data-testid': 'work-request' }, h('b', {}, r.subject)), h('br'),
          h('small', { class: 'muted' }, (t.requestTypes[r.type] || r.type) + ' · ' + t.age + ' ' + age(r.receivedAt)
            + (r.assignee ? ' · ' + r.assignee : ''))),
        h('span', {},
          h('span', { class: 'pill', 'data-testid': 'request-status' }, t.requestStatuses[r.status] || r.status),
          r.slaState !== 'ON_TRACK' ? h('span', { class: 'pill bad', 'data-testid': 'request-sla' }, t.sla[r.slaState]) : null)))));
}

function showComplaints(complaints) {
  card('complaints', t.complaints,
    complaints.length === 0 ? h('p', { class: 'muted' }, t.noComplaints) : h('ul', { class: 'rows' }, complaints.map((c) => {
      const select = h('select', { 'aria-label': t.status, 'data-testid': 'complaint-status', onchange: async () => {
        try {
          await api('PUT', 'v1/contact-logs/' + c.id + '/status', { status: select.value, version: c.version });
          await reloadTasksAndLog();
        } catch (err) { toast(message(err), 'bad'); await reloadTasksAndLog(); }
      } }, options(STATUSES, t.statuses, c.complaintStatus));
      return h('li', { 'data-testid': 'complaint' }, h('span', {}, h('b', {}, c.summary), h('br'), h('small', { class: 'muted' }, dateTime(c.occurredAt) + ' · ' + c.author)), select);
    })));
}

function entryForm(contacts, openTasks) {
  const f = (name, el) => h('label', {}, h('span', {}, t[name]), el);
  const type = h('select', { name: 'type', 'data-testid': 'entry-type' }, options(ENTRY_TYPES, t.types, 'VISIT'));
  // a person who asked to stop processing (처리정지) may still be named on a visit or call about the contract
  const label = (p) => p.name + (p.title ? ' ' + p.title : '') + (p.restrictedAt ? ' · ' + t.restricted : '');
  const contact = h('select', { name: 'contactKey', 'data-testid': 'entry-contact' }, h('option', { value: '' }, '—'),
    contacts.map((p) => h('option', { value: p.key }, label(p))));
  const when = h('input', { type: 'datetime-local', name: 'occurredAt' });
  const summary = h('textarea', { name: 'summary', required: true, maxlength: 2000, rows: 2, 'data-testid': 'entry-summary' });
  const outcome = h('input', { name: 'outcome', maxlength: 1000 });
  const nextStep = h('input', { name: 'nextStep', maxlength: 1000 });
  const attachment = h('input', { name: 'attachmentUrl', type: 'url', placeholder: 'https://…' });
  const task = h('select', { name: 'completesTaskId', 'data-testid': 'entry-task' }, h('option', { value: '' }, '—'),
    openTasks.map((x) => h('option', { value: x.id }, (t.types[x.type] || x.type) + ' · ' + date(x.dueOn))));
  const taskOutcome = h('select', { name: 'taskOutcome' }, options(OUTCOMES, t.outcomes, 'DONE'));
  const heading = h('h3', {}, t.newEntry);
  let editing = null;
  const form = h('form', { class: 'entry', 'data-testid': 'entry-form', onsubmit: async (e) => {
    e.preventDefault();
    const body = { accountKey: key, type: type.value, summary: summary.value, contactKey: contact.value || null,
      outcome: outcome.value || null, nextStep: nextStep.value || null, attachmentUrl: attachment.value || null,
      occurredAt: when.value ? new Date(when.value).toISOString() : null };
    const button = form.querySelector('button');
    button.disabled = true;
    try {
      if (editing) {
        body.complaintStatus = type.value === 'COMPLAINT' ? (editing.complaintStatus || 'OPEN') : null;
        await api('PUT', 'v1/contact-logs/' + editing.id, body, { 'If-Match': '"' + editing.version + '"' });
      } else {
        body.completesTaskId = task.value || null;
        body.taskOutcome = task.value ? taskOutcome.value : null;
        await api('POST', 'v1/contact-logs', body, { 'Idempotency-Key': crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random() });
      }
      toast(t.saved);
      await reloadTasksAndLog();
    } catch (err) { toast(message(err), 'bad'); button.disabled = false; if (err.status === 409) await reloadTasksAndLog(); }
  } },
  heading,
  h('div', { class: 'fields' }, f('type', type), f('contact', contact), f('when', when), f('completesTask', h('span', { class: 'pair' }, task, taskOutcome))),
  f('summary', summary),
  h('div', { class: 'fields' }, f('entryOutcome', outcome), f('nextStep', nextStep), f('attachment', attachment)),
  h('button', { type: 'submit', 'data-testid': 'entry-save' }, t.save));
  /** Loads an entry into the form; saving then replaces it (the previous version stays in its history). */
  form.edit = (entry) => {
    editing = entry;
    heading.textContent = t.editEntry;
    type.value = entry.type;
    contact.value = entry.contactKey || '';
    const at = new Date(entry.occurredAt);
    when.value = new Date(at - at.getTimezoneOffset() * 60000).toISOString().slice(0, 16);
    summary.value = entry.summary;
    outcome.value = entry.outcome || '';
    nextStep.value = entry.nextStep || '';
    attachment.value = entry.attachmentUrl || '';
    task.value = '';
    task.disabled = true;
    taskOutcome.disabled = true;
    form.scrollIntoView({ block: 'nearest' });
    summary.focus();
  };
  return form;
}

function showLog(page, contacts, openTasks) {
  const names = Object.fromEntries(contacts.map((p) => [p.key, p.name]));
  const form = entryForm(contacts, openTasks);
  const mine = (e) => me && (me.username === e.author || me.roles.includes('crm.admin'));
  card('log', t.contactLog, form,
    page.items.length === 0 ? h('p', { class: 'muted' }, t.noEntries) : h('ul', { class: 'rows log' }, page.items.map((e) =>
      h('li', { 'data-testid': 'log-entry' },
        h('span', {},
          h('span', { class: 'pill t-' + e.type }, t.types[e.type] || e.type), ' ',
          h('b', { 'data-testid': 'log-summary' }, e.summary),
          e.complaintStatus ? h('span', { class: 'pill' }, t.statuses[e.complaintStatus]) : null,
          h('br'),
          h('small', { class: 'muted' }, dateTime(e.occurredAt) + ' · ' + e.author + (e.contactKey ? ' · ' + (names[e.contactKey] || e.contactKey) : '')
            + (e.version > 1 ? ' · ' + t.edited : '')),
          e.outcome ? h('div', {}, t.entryOutcome + ': ' + e.outcome) : null,
          e.nextStep ? h('div', {}, t.nextStep + ': ' + e.nextStep) : null,
          e.attachmentUrl ? h('div', {}, h('a', { href: e.attachmentUrl, target: '_blank', rel: 'noopener noreferrer' }, t.attachment)) : null),
        mine(e) ? h('span', { class: 'actions' },
          h('button', { class: 'link edit', 'data-testid': 'log-edit', onclick: () => form.edit(e) }, t.edit),
          h('button', { class: 'link', onclick: async () => {
            if (!confirm(t.deleteConfirm)) return;
            try { await api('DELETE', 'v1/contact-logs/' + e.id); await reloadTasksAndLog(); } catch (err) { toast(message(err), 'bad'); }
          } }, t.delete)) : null))));
}

function showOrders(orders, monthly, grade) {
  const m = grade && grade.measures;
  const total12 = monthly.reduce((s, x) => s + Number(x.revenue), 0);
  card('orders', t.orders,
    h('div', { class: 'figures' },
      h('div', {}, h('small', {}, t.revenue12), h('b', { 'data-testid': 'revenue-12' }, won(total12))),
      h('div', {}, h('small', {}, t.orderCount), h('b', {}, String(orders.total))),
      h('div', {}, h('small', {}, t.rfm), h('b', {}, m && m.recency ? m.recency + '·' + m.frequency + '·' + m.monetary : '–')),
      h('div', {}, h('small', {}, t.ltv), m && m.lifetimeValue != null
        ? h('b', { 'data-testid': 'ltv' }, won(m.lifetimeValue)) : h('b', { class: 'muted' }, '–'))),
    revenueChart(monthly, won),
    orders.items.length === 0 ? h('p', { class: 'muted' }, t.noOrders) : h('table', {},
      h('thead', {}, h('tr', {}, h('th', {}, t.orderedAt), h('th', {}, t.source), h('th', {}, t.orderNo), h('th', { class: 'num' }, t.amount), h('th', {}, t.status))),
      h('tbody', {}, orders.items.map((o) => h('tr', {},
        h('td', {}, date(o.orderedAt)), h('td', {}, o.source), h('td', {}, o.orderNo), h('td', { class: 'num' }, won(o.totalAmount)),
        h('td', {}, t.statuses[o.status] || o.status))))));
}

async function reloadTasksAndLog() {
  const [tasks, page, complaints, contacts, requests] = await Promise.all([
    api('GET', 'v1/tasks?account=' + encodeURIComponent(key)),
    api('GET', 'v1/contact-logs?account=' + encodeURIComponent(key) + '&size=50'),
    api('GET', 'v1/contact-logs/complaints?account=' + encodeURIComponent(key)),
    api('GET', 'v1/accounts/' + encodeURIComponent(key) + '/contacts?size=200').catch(() => ({ items: [] })),
    api('GET', 'v1/service-requests?open=true&account=' + encodeURIComponent(key)).catch(() => []),
  ]);
  const open = showTasks(tasks);
  showComplaints(complaints);
  showRequests(requests);
  showLog(page, contacts.items, open);
}

/** The saved segments this customer is in (issue 8); the tab works on without them. */
async function showSegments() {
  try {
    const list = await api('GET', 'v1/segments?customer=' + encodeURIComponent(key));
    $('segments').replaceChildren(h('h2', {}, t.segments), list.length === 0 ? h('p', { class: 'muted' }, t.noSegmentsOfCustomer)
      : h('ul', { class: 'rows' }, list.map((s) => h('li', { 'data-testid': 'segment' }, h('span', {}, s.name),
        h('small', { class: 'muted' }, s.conditions.map((c) => c.field + ' ' + c.op + ' ' + (c.op === 'in' ? c.values.join(',') : c.value)).join(' · '))))));
  } catch (e) {
    $('segments').replaceChildren(h('h2', {}, t.segments), h('p', { class: 'muted' }, message(e)));
  }
}

/** Opens and clicks of campaign e-mails (interest signals, issue 9); the tab works on without them. */
async function showInterest() {
  try {
    const i = await api('GET', 'v1/analytics/customers/' + encodeURIComponent(key) + '/interest')
      .catch(missingAsNull);
    $('interest').replaceChildren(h('h2', {}, t.interest), i === null ? h('p', { class: 'muted' }, t.noInterest)
      : h('ul', { class: 'rows' },
        h('li', { 'data-testid': 'interest-recent' }, t.recentResponses(i.recentOpens, i.recentClicks, i.windowDays)),
        h('li', { 'data-testid': 'interest-last-open' }, t.lastOpen + ': ' + (i.lastOpenAt ? dateTime(i.lastOpenAt) : t.never)),
        h('li', { 'data-testid': 'interest-last-click' }, t.lastClick + ': ' + (i.lastClickAt ? dateTime(i.lastClickAt) : t.never))));
  } catch (e) {
    $('interest').replaceChildren(h('h2', {}, t.interest), h('p', { class: 'muted' }, message(e)));
  }
}

async function main() {
  pageChrome(t.tabTitle, null); // the browser tab gets the customer's name once it is read
  try {
    me = await api('GET', 'v1/me');
    showMe(me);
    key = await customerKey();
    const enc = encodeURIComponent(key);
    const [customer, sources, grade, history, orders, monthly] = await Promise.all([
      api('GET', 'v1/customers/' + enc),
      api('GET', 'v1/customers/' + enc + '/sources'),
      api('GET', 'v1/accounts/' + enc + '/grade').catch(missingAsNull),
      api('GET', 'v1/accounts/' + enc + '/grade/history').catch(() => []),
      api('GET', 'v1/orders?customer=' + enc + '&size=10'),
      api('GET', 'v1/orders/monthly?customer=' + enc + '&months=12'),
    ]);
    key = customer.key;
    showCustomer(customer, sources);
    showGrade(grade, history);
    showOrders(orders, monthly, grade);
    showSegments();
    showInterest();
    await reloadTasksAndLog();
  } catch (e) {
    if (e.status !== 401) $('customer').replaceChildren(h('p', { class: 'bad', 'data-testid': 'error' }, e.status !== undefined ? message(e) : e.message));
  } finally {
    window.crmLoadedMs = Math.round(performance.now());
    $('tab').setAttribute('aria-busy', 'false');
  }
}

main();
