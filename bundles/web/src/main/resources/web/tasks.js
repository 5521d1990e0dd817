// A rep's open tasks due today (overdue included) or this week, with one-click completion and its outcome.
import { t, lang, date } from './i18n.js';
import { api, h, message } from './api.js';
import { pageChrome, showMe } from './chrome.js';
import { taskActions } from './task-actions.js';

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);
const range = params.get('range') === 'week' ? 'week' : 'today';

function seoulToday() {
  return new Date(Date.now() + 9 * 3600 * 1000).toISOString().slice(0, 10);
}

function until() {
  const today = seoulToday();
  if (range === 'today') return today;
  const d = new Date(today + 'T00:00:00Z');
  const daysToSunday = (7 - d.getUTCDay()) % 7;
  d.setUTCDate(d.getUTCDate() + daysToSunday);
  return d.toISOString().slice(0, 10);
}

function link(r) {
  const p = new URLSearchParams(location.search);
  p.set('range', r);
  return location.pathname + '?' + p.toString();
}

async function load() {
  const tasks = await api('GET', 'v1/tasks?rep=me&until=' + until());
  const keys = [...new Set(tasks.map((x) => x.accountKey))];
  const names = Object.fromEntries(await Promise.all(keys.map((k) =>
    api('GET', 'v1/customers/' + encodeURIComponent(k)).then((c) => [k, c.name]).catch(() => [k, k]))));
  $('list').replaceChildren(h('h2', {}, t.tasksTitle + ' · ' + t[range]),
    tasks.length === 0 ? h('p', { class: 'muted' }, t.noTasks) : h('ul', { class: 'rows' }, tasks.map((task) => {
      return h('li', { 'data-testid': 'task', 'data-task-id': task.id, class: task.dueOn < seoulToday() ? 'overdue' : '' },
        h('span', {},
          h('a', { href: 'tab.html?customer=' + encodeURIComponent(task.accountKey) + '&lang=' + lang, 'data-testid': 'task-account' }, names[task.accountKey]),
          ' · ', h('b', {}, t.types[task.type] || task.type), ' · ' + t.due + ' ' + date(task.dueOn),
          h('br'), h('small', { class: 'muted' }, task.why)),
        taskActions(task, load));
    })));
}

async function main() {
  pageChrome(t.tasksTitle);
  $('today').textContent = t.today;
  $('today').href = link('today');
  $('week').textContent = t.week;
  $('week').href = link('week');
  try {
    showMe(await api('GET', 'v1/me'));
    await load();
  } catch (e) {
    if (e.status !== 401) $('list').replaceChildren(h('p', { class: 'bad' }, message(e)));
  } finally {
    $('page').setAttribute('aria-busy', 'false');
  }
}

main();
