// The access log for admins and auditors (docs/privacy.md): the monthly review (exports and downloads with their
// reasons, bulk reads outside working hours, refused attempts, top readers) signed off by the reviewer, the chain check, and who
// read or exported one customer's data and why; the data-subject requests (subject-requests.js) and the destruction
// log (destruction.js).
import { t, dateTime } from './i18n.js';
import { api, h, message, toast } from './api.js';
import { pageChrome, showMe } from './chrome.js';
import { subjectRequestsCard } from './subject-requests.js';
import { destructionCard } from './destruction.js';

const $ = (id) => document.getElementById(id);

function lastMonth() {
  const seoul = new Date(Date.now() + 9 * 3600000);
  const d = new Date(Date.UTC(seoul.getUTCFullYear(), seoul.getUTCMonth() - 1, 1));
  return d.toISOString().slice(0, 7);
}

function entries(list, testid) {
  if (list.length === 0) return h('p', { class: 'muted' }, t.none);
  return h('div', { class: 'scroll' }, h('table', { 'data-testid': testid },
    h('tr', {}, [t.when, t.user, t.action, t.resource, t.rowsCount, t.reason, t.sourceAddress].map((x) => h('th', {}, x))),
    list.map((e) => h('tr', {}, h('td', {}, dateTime(e.entry.at)), h('td', {}, e.entry.user), h('td', {}, t.actions[e.entry.action] || e.entry.action),
      h('td', {}, e.entry.resource), h('td', { class: 'num' }, String(e.entry.rows)), h('td', {}, e.entry.reason || ''),
      h('td', {}, e.entry.source)))));
}

async function showReview(month) {
  let r;
  try {
    r = await api('GET', 'v1/access-log/review?month=' + encodeURIComponent(month));
  } catch (e) {
    $('review').replaceChildren(h('h2', {}, t.reviewTitle), h('p', { class: 'bad' }, message(e)));
    return;
  }
  const picker = h('input', { type: 'month', value: month, 'aria-label': t.month, 'data-testid': 'review-month' });
  picker.onchange = () => showReview(picker.value);
  const note = h('input', { 'aria-label': t.reviewNote, placeholder: t.reviewNote, size: 30, 'data-testid': 'review-note', maxlength: 500 });
  const sign = h('button', { type: 'button', 'data-testid': 'review-sign', onclick: async () => {
    try {
      await api('POST', 'v1/access-log/review/' + month, { note: note.value || null });
      toast(t.reviewSigned);
    } catch (e) {
      toast(message(e), 'bad');
    }
    showReview(month);
  } }, t.reviewSign);
  $('review').replaceChildren(h('h2', {}, t.reviewTitle, ' ', picker),
    h('h3', {}, t.exportsTitle + ' (' + r.exports.length + ')'), entries(r.exports, 'review-exports'),
    h('h3', {}, t.offHoursTitle(r.bulkRows) + ' (' + r.offHourBulkReads.length + ')'), entries(r.offHourBulkReads, 'review-off-hours'),
    h('h3', {}, t.deniedTitle + ' (' + r.denied.length + ')'), entries(r.denied, 'review-denied'),
    h('h3', {}, t.topReadersTitle), r.topReaders.length === 0 ? h('p', { class: 'muted' }, t.none)
      : h('table', { 'data-testid': 'review-readers' }, h('tr', {}, [t.user, t.accesses, t.rowsCount].map((x) => h('th', {}, x))),
        r.topReaders.map((x) => h('tr', {}, h('td', {}, x.user), h('td', { class: 'num' }, String(x.accesses)), h('td', { class: 'num' }, String(x.rows))))),
    h('h3', {}, t.reviewsTitle), h('ul', { class: 'rows', 'data-testid': 'review-signoffs' }, r.reviews.length === 0 ? h('li', { class: 'muted' }, t.notReviewed)
      : r.reviews.map((v) => h('li', {}, h('span', {}, v.reviewer + (v.note ? ': ' + v.note : '')), h('small', { class: 'muted' }, dateTime(v.at))))),
    h('div', { class: 'work' }, note, sign));
}

function chainCard() {
  const result = h('p', { 'data-testid': 'chain-result', class: 'muted' }, t.chainHint);
  const run = h('button', { type: 'button', 'data-testid': 'chain-verify', onclick: async () => {
    run.disabled = true;
    try {
      const c = await api('GET', 'v1/access-log/verify');
      result.className = c.intact ? '' : 'bad';
      result.textContent = c.intact ? t.chainIntact(c.rows, c.millis, c.anchors) : t.chainBroken(c.badSeq, t.chainProblems[c.problem] || c.problem);
    } catch (e) {
      result.className = 'bad';
      result.textContent = message(e);
    }
    run.disabled = false;
  } }, t.chainVerify);
  $('chain').replaceChildren(h('h2', {}, t.chainTitle), result, run);
}

function subjectCard() {
  const key = h('input', { 'aria-label': t.customerKey, placeholder: t.customerKey, 'data-testid': 'subject-key', size: 16 });
  const out = h('div', {});
  const form = h('form', { class: 'work' }, key, h('button', { type: 'submit', 'data-testid': 'subject-show' }, t.subjectShow));
  form.onsubmit = async (e) => {
    e.preventDefault();
    try {
      out.replaceChildren(entries(await api('GET', 'v1/access-log?limit=500&customer=' + encodeURIComponent(key.value.trim())), 'subject-entries'));
    } catch (err) {
      out.replaceChildren(h('p', { class: 'bad' }, message(err)));
    }
  };
  $('subject').replaceChildren(h('h2', {}, t.subjectTitle), h('p', { class: 'muted small' }, t.subjectHint), form, out);
}

async function start() {
  pageChrome(t.privacyTitle);
  api('GET', 'v1/me').then(showMe).catch(() => {});
  chainCard();
  subjectCard();
  await Promise.all([subjectRequestsCard($('requests'), () => destructionCard($('destruction'))), destructionCard($('destruction'))]);
  await showReview(new URLSearchParams(location.search).get('month') || lastMonth());
  $('page').setAttribute('aria-busy', 'false');
}

start();
