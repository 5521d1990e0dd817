// The destruction log (파기 기록) for the privacy officer, on the privacy page: what was destroyed, when, how (deleted
// or anonymised), under which rule or data-subject request, by whom, and how many rows of which table. It names no
// person, only the key the data was held under.
import { t, dateTime } from './i18n.js';
import { api, h, loadCard } from './api.js';

/** Renders the newest entries into {@code host}. */
export async function destructionCard(host) {
  const entries = await loadCard(host, t.destructionTitle, () => api('GET', 'v1/privacy/destruction-log?limit=50'));
  if (!entries) return;
  const counts = (c) => Object.entries(c || {}).map(([table, n]) => table + ' ' + n).join(', ');
  host.replaceChildren(h('h2', {}, t.destructionTitle), entries.length === 0 ? h('p', { class: 'muted' }, t.none)
    : h('div', { class: 'scroll' }, h('table', { 'data-testid': 'destruction-log' },
      h('tr', {}, [t.when, t.destructionCategory, t.customerKey, t.destructionMethod, t.destructionRule, t.destructionRows, t.user].map((x) => h('th', {}, x))),
      entries.map((e) => h('tr', { 'data-testid': 'destruction-entry' }, h('td', {}, dateTime(e.destroyedAt)),
        h('td', {}, t.destructionCategories[e.category] || e.category), h('td', {}, e.customerKey || '—'),
        h('td', {}, t.destructionMethods[e.method] || e.method),
        h('td', {}, e.rule),
        h('td', { class: 'small' }, counts(e.counts)), h('td', {}, e.destroyedBy))))));
}
