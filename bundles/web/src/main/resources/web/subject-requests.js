// Data-subject requests (정보주체 요청) for the privacy officer, on the privacy page: the cases with their legal due
// date (10 days, overdue ones marked), a form to open one, and for the chosen case, on request, everything held about
// the person by area, the file to hand over (with a reason, logged), and the erasure or the restriction it asks for.
// The status flow, assignee and replies are the service desk's (a case is a service request of type DATA_SUBJECT).
import { t, lang, dateTime } from './i18n.js';
import { api, h, options, message, toast, loadCard } from './api.js';
import { download } from './reports.js';

const RIGHTS = ['ACCESS', 'CORRECTION', 'ERASURE', 'RESTRICTION'];
let host;
let afterExecution;
let selected = null;

/** Renders the card into {@code element}; {@code onExecuted} runs after an erasure or restriction. */
export async function subjectRequestsCard(element, onExecuted) {
  host = element;
  afterExecution = onExecuted;
  await redraw();
}

async function redraw() {
  const cases = await loadCard(host, t.dsrTitle, () => api('GET', 'v1/data-subject-requests?pending=false&limit=100'));
  if (!cases) return;
  const list = cases.length === 0 ? h('p', { class: 'muted' }, t.dsrNone) : h('table', { 'data-testid': 'dsr-list' },
    h('tr', {}, [t.customerKey, t.dsrRight, t.status, t.dsrReceived, t.dsrDue, ''].map((x) => h('th', {}, x))),
    cases.map((c) => h('tr', { 'data-testid': 'dsr-case', 'data-request': c.requestId, class: c.requestId === selected ? 'selected' : '' },
      h('td', {}, c.customerKey), h('td', {}, t.dsrRights[c.right] || c.right), h('td', {}, t.requestStatuses[c.status] || c.status),
      h('td', {}, dateTime(c.receivedAt)),
      h('td', {}, h('span', { class: c.overdue ? 'pill bad' : '', 'data-testid': 'dsr-due' }, dateTime(c.legalDueAt) + (c.overdue ? ' · ' + t.dsrOverdue : ''))),
      h('td', {}, h('button', { type: 'button', class: 'link', 'data-testid': 'dsr-open', onclick: () => choose(c) }, t.dsrOpen)))));
  host.replaceChildren(h('h2', {}, t.dsrTitle), h('p', { class: 'muted small' }, t.dsrHint), list, openForm(),
    h('div', { id: 'dsr-detail', 'data-testid': 'dsr-detail' }));
  const chosen = cases.find((c) => c.requestId === selected);
  if (chosen) choose(chosen);
}

function openForm() {
  const key = h('input', { required: true, 'aria-label': t.customerKey, placeholder: t.customerKey, 'data-testid': 'dsr-key', size: 14 });
  const right = h('select', { 'aria-label': t.dsrRight, 'data-testid': 'dsr-right' }, options(RIGHTS, t.dsrRights, 'ACCESS'));
  const what = h('input', { required: true, maxlength: 4000, 'aria-label': t.dsrWhat, placeholder: t.dsrWhat, 'data-testid': 'dsr-what', size: 30 });
  const form = h('form', { class: 'work', 'data-testid': 'dsr-form' }, h('h3', {}, t.dsrNew), key, right, what,
    h('button', { type: 'submit', 'data-testid': 'dsr-create' }, t.create));
  form.onsubmit = async (e) => {
    e.preventDefault();
    try {
      const made = await api('POST', 'v1/data-subject-requests', { customerKey: key.value.trim(), right: right.value, description: what.value });
      toast(t.dsrOpened(dateTime(made.legalDueAt)));
      selected = made.requestId;
      await redraw();
    } catch (err) {
      toast(message(err), 'bad');
    }
  };
  return form;
}

/**
 * Shows the chosen case. What is held is gathered only on the officer's click: a gathering is an access to all of
 * the person's data (logged), and for an access request it is what carries the request out.
 */
function choose(c) {
  selected = c.requestId;
  const detail = host.querySelector('#dsr-detail');
  const held = h('div', { 'data-testid': 'dsr-held' });
  const gather = h('button', { type: 'button', 'data-testid': 'dsr-gather', onclick: () => showHeld(c, held) },
    c.right === 'ACCESS' && !c.executedAt ? t.dsrGatherAccess : t.dsrGather);
  const reason = h('input', { 'aria-label': t.reason, placeholder: t.reason, 'data-testid': 'dsr-reason', size: 24, value: t.dsrReason(c.requestId) });
  const actions = [gather, h('button', { type: 'button', 'data-testid': 'dsr-download',
    onclick: () => download('v1/data-subject-requests/' + encodeURIComponent(c.requestId) + '/data/export', 'personal-data-' + c.customerKey + '.json', reason.value) }, t.dsrDownload), reason];
  if (c.right === 'ERASURE' && !c.executedAt) actions.push(execute(c, 'erasure', t.dsrErase, t.dsrEraseConfirm));
  if (c.right === 'RESTRICTION' && !c.executedAt) actions.push(execute(c, 'restriction', t.dsrRestrict, t.dsrRestrictConfirm));
  if (c.right === 'RESTRICTION' && c.executedAt && !c.liftedAt) actions.push(...liftControls(c));
  detail.replaceChildren(h('h3', {}, t.dsrCase(c.requestId, t.dsrRights[c.right] || c.right)),
    h('p', { class: 'muted small' }, h('a', { href: 'service.html?request=' + encodeURIComponent(c.requestId) + '&lang=' + lang }, t.dsrDesk)),
    c.executedAt ? h('p', { 'data-testid': 'dsr-outcome' }, t.dsrDone(dateTime(c.executedAt), c.executedBy) + (c.outcome ? ': ' + c.outcome : '')) : '',
    c.liftedAt ? h('p', { 'data-testid': 'dsr-lifted' }, t.dsrLifted(dateTime(c.liftedAt), c.liftedBy)) : '',
    h('div', { class: 'work' }, actions), held);
}

async function showHeld(c, shown) {
  let held = shown;
  let data;
  try {
    data = await api('GET', 'v1/data-subject-requests/' + encodeURIComponent(c.requestId) + '/data');
  } catch (e) {
    held.replaceChildren(h('p', { class: 'bad' }, message(e)));
    return;
  }
  if (c.right === 'ACCESS' && !c.executedAt) { // the gathering carried it out: show the case as done
    await redraw();
    held = host.querySelector('[data-testid="dsr-held"]');
  }
  const areas = Object.entries(data.areas).filter(([, rows]) => rows.length > 0);
  held.replaceChildren(h('p', { class: 'muted small' }, t.dsrKeys(data.keys.join(', '))),
    areas.length === 0 ? h('p', { class: 'muted' }, t.dsrNothing) : h('ul', { class: 'rows', 'data-testid': 'dsr-areas' },
      areas.map(([area, rows]) => h('li', { 'data-area': area }, h('span', {}, t.dsrAreas[area] || area), h('b', {}, String(rows.length))))));
}

/** The person asks for processing to go on: the reason becomes an internal note on the case. */
function liftControls(c) {
  const why = h('input', { 'aria-label': t.dsrLiftReason, placeholder: t.dsrLiftReason, maxlength: 500, size: 24, 'data-testid': 'dsr-lift-reason' });
  const lift = h('button', { type: 'button', 'data-testid': 'dsr-lift', onclick: async () => {
    try {
      await api('POST', 'v1/data-subject-requests/' + encodeURIComponent(c.requestId) + '/restriction/lift', { reason: why.value });
      toast(t.dsrExecuted);
    } catch (err) {
      toast(message(err), 'bad');
      return;
    }
    await Promise.all([redraw(), afterExecution()]);
  } }, t.dsrLift);
  return [why, lift];
}

function execute(c, verb, label, confirmText) {
  return h('button', { type: 'button', class: 'danger', 'data-testid': 'dsr-' + verb, onclick: async () => {
    if (!confirm(confirmText)) return;
    try {
      await api('POST', 'v1/data-subject-requests/' + encodeURIComponent(c.requestId) + '/' + verb);
      toast(t.dsrExecuted);
    } catch (err) {
      toast(message(err), 'bad');
    }
    await Promise.all([redraw(), afterExecution()]);
  } }, label);
}
