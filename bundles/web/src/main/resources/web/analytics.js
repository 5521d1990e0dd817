// Customer analytics: Pareto curve, RFM grid, segment LTV, grades over time, cohorts, anniversaries
// (docs/analytics.md has every formula), with exports, and saved segments (segments.js). Charts by Chart.js (lib/).
import { t, lang, locale, won, date } from './i18n.js';
import { api, h, message, toast } from './api.js';
import { pageChrome, showMe } from './chrome.js';
import { segmentsCard } from './segments.js';
import { chart, download } from './reports.js';

const $ = (id) => document.getElementById(id);
const pct = (x) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(Number(x));
const FILTERS = ['from', 'to', 'grade', 'region', 'industry', 'ownerRep'];

function query(keys = FILTERS, extra = {}) {
  const p = new URLSearchParams();
  const form = new FormData($('filter'));
  for (const k of keys) if (form.get(k)) p.set(k, form.get(k));
  for (const [k, v] of Object.entries(extra)) p.set(k, v);
  return p.toString();
}

/** A download of personal data needs a reason, which the access log keeps. */
function downloadWithReason(path, name) {
  const reason = (window.prompt(t.exportReason) || '').trim();
  if (!reason) {
    toast(t.exportNeedsReason, 'bad');
    return;
  }
  download(path, name, reason);
}

function exports(report, keys) {
  return h('span', { class: 'exports' },
    h('button', { type: 'button', class: 'link edit', onclick: () => downloadWithReason('v1/analytics/' + report + '?' + query(keys, { format: 'csv' }), report + '.csv') }, 'CSV'),
    h('button', { type: 'button', class: 'link edit', onclick: () => downloadWithReason('v1/analytics/' + report + '?' + query(keys, { format: 'xlsx' }), report + '.xlsx') }, 'Excel'));
}

function card(id, title, report, keys, ...body) {
  $(id).replaceChildren(h('h2', {}, title, ' ', report ? exports(report, keys) : null), ...body);
}


function pareto(r) {
  const points = r.curve.map((p) => ({ x: Number(p.customerShare) * 100, y: Number(p.revenueShare) * 100 }));
  card('pareto', t.pareto, 'pareto', FILTERS,
    h('p', { 'data-testid': 'pareto-top20' }, t.top20(pct(r.top20Share), r.topCustomers, r.customers)),
    r.customers === 0 ? h('p', { class: 'muted' }, t.noData) : chart('pareto-chart', {
      label: t.pareto, type: 'line',
      data: { datasets: [{ label: t.cumulativeRevenue, data: points, borderColor: '#1f5fbf', pointRadius: 0, fill: false },
        { label: '80 / 20', data: [{ x: 20, y: 0 }, { x: 20, y: 100 }], borderColor: '#b3261e', borderDash: [4, 4], pointRadius: 0 }] },
      options: { parsing: false, scales: { x: { type: 'linear', min: 0, max: 100, title: { display: true, text: t.customerShare } },
        y: { min: 0, max: 100, title: { display: true, text: t.revenueShare } } } },
    }),
    h('p', { class: 'muted small' }, date(r.from), ' – ', date(r.to), ' · ', won(r.revenue)));
}

function rfm(g) {
  const cells = Object.fromEntries(g.cells.map((c) => [c.recency + '/' + c.frequency, c]));
  const head = h('tr', {}, h('th', {}, 'R \\ F'), [1, 2, 3, 4, 5].map((f) => h('th', { class: 'num' }, 'F' + f)));
  const rows = [5, 4, 3, 2, 1].map((r) => h('tr', {}, h('th', {}, 'R' + r), [1, 2, 3, 4, 5].map((f) => {
    const c = cells[r + '/' + f];
    return h('td', { class: 'num rfm-cell', 'data-testid': 'rfm-' + r + '-' + f, title: c ? t.averageM + ' ' + c.averageMonetary : '' },
      c ? h('b', {}, String(c.customers)) : '·', c ? h('small', { class: 'muted' }, ' M' + Number(c.averageMonetary).toFixed(1)) : null);
  })));
  card('rfm', t.rfmGrid, 'rfm-grid', FILTERS,
    h('table', { 'data-testid': 'rfm-grid' }, head, rows),
    h('p', { class: 'muted small' }, t.rfmNote(g.population)));
}

function segments(values) {
  card('segments', t.segmentLtv, 'segment-ltv', FILTERS,
    values.length === 0 ? h('p', { class: 'muted' }, t.noData) : chart('segment-chart', {
      label: t.segmentLtv, type: 'bar',
      data: { labels: values.map((v) => v.group), datasets: [{ label: t.ltvTotal, data: values.map((v) => Number(v.ltvTotal)),
        backgroundColor: values.map((v) => v.best ? '#1b7f3b' : '#1f5fbf') }] },
      options: { plugins: { legend: { display: false } } },
    }),
    h('table', {}, h('tr', {}, [t.group, t.customers, t.retention, t.averagePurchase, t.costRatio, t.ltvPerCustomer].map((x) => h('th', {}, x))),
      values.map((v) => h('tr', { class: v.best ? 'best' : '' }, h('td', {}, v.group, v.best ? ' ★' : ''), h('td', { class: 'num' }, v.active + '/' + v.customers),
        h('td', { class: 'num' }, pct(v.retentionRate)), h('td', { class: 'num' }, won(v.averagePurchase)),
        h('td', { class: 'num' }, pct(v.costRatio)), h('td', { class: 'num' }, won(v.ltvPerCustomer))))));
}

function grades(months) {
  const colours = { S: '#c79a00', A: '#1b7f3b', B: '#1f5fbf', C: '#7a5cc4', D: '#9aa4ae' };
  card('grades', t.gradeDistribution, 'grades', FILTERS, chart('grades-chart', {
    label: t.gradeDistribution, type: 'bar',
    data: { labels: months.map((m) => m.month), datasets: Object.keys(colours).map((g) => ({ label: g, data: months.map((m) => m.counts[g]), backgroundColor: colours[g] })) },
    options: { scales: { x: { stacked: true }, y: { stacked: true } } },
  }));
}

function cohorts(rows) {
  const span = Math.max(0, ...rows.map((r) => r.retention.length));
  card('cohorts', t.cohorts, 'cohorts', FILTERS, rows.length === 0 ? h('p', { class: 'muted' }, t.noData) : h('div', { class: 'scroll' }, h('table', { 'data-testid': 'cohort-table' },
    h('tr', {}, h('th', {}, t.cohort), h('th', { class: 'num' }, t.customers), Array.from({ length: span }, (_, k) => h('th', { class: 'num' }, '+' + k))),
    rows.map((r) => h('tr', {}, h('td', {}, r.cohort), h('td', { class: 'num' }, String(r.customers)),
      r.retention.map((x) => h('td', { class: 'num heat', style: 'background: rgba(31,95,191,' + (Number(x) * 0.6).toFixed(2) + ')' }, pct(x))))))));
}

function anniversaries(list) {
  card('anniversaries', t.anniversaries, 'anniversaries', FILTERS,
    list.length === 0 ? h('p', { class: 'muted' }, t.noAnniversaries) : h('ul', { class: 'rows' }, list.map((a) => h('li', {},
      h('span', {}, h('a', { href: 'tab.html?customer=' + encodeURIComponent(a.customerKey) + '&lang=' + lang }, a.name),
        ' · ', t[a.kind], ' ' + t.years(a.years)), h('b', {}, date(a.on))))));
}

function saved() {
  return segmentsCard($('saved'), h('h2', {}, t.savedSegments));
}

function filterForm() {
  const p = new URLSearchParams(location.search);
  const field = (name, label, attrs = {}) => h('label', {}, h('span', {}, label), h('input', { name, value: p.get(name) || '', ...attrs }));
  $('filter').replaceChildren(field('from', t.from, { type: 'date' }), field('to', t.to, { type: 'date' }),
    field('grade', t.grade, { placeholder: 'A,B', size: 6 }), field('region', t.region), field('industry', t.industry),
    field('ownerRep', t.ownerRep), h('button', { type: 'submit' }, t.apply));
  $('filter').onsubmit = (e) => {
    e.preventDefault();
    history.replaceState(null, '', location.pathname + '?' + query(FILTERS, lang ? { lang } : {}));
    load();
  };
}

async function load() {
  $('analytics').setAttribute('aria-busy', 'true');
  const jobs = [
    api('GET', 'v1/analytics/pareto?' + query()).then(pareto),
    api('GET', 'v1/analytics/rfm-grid?' + query()).then(rfm),
    api('GET', 'v1/analytics/segment-ltv?' + query()).then(segments),
    api('GET', 'v1/analytics/grades?' + query()).then(grades),
    api('GET', 'v1/analytics/cohorts?' + query()).then(cohorts),
    api('GET', 'v1/analytics/anniversaries?days=30&' + query()).then(anniversaries),
    saved(),
  ];
  const results = await Promise.allSettled(jobs);
  results.filter((r) => r.status === 'rejected').forEach((r) => toast(message(r.reason), 'bad'));
  $('analytics').setAttribute('aria-busy', 'false');
}

pageChrome(t.analyticsTitle);
api('GET', 'v1/me').then(showMe).catch(() => {});
filterForm();
load();
