// One-click completion of a task with its outcome, shared by the tab and the task list.
import { t } from './i18n.js';
import { api, h, options, toast, message } from './api.js';

export const OUTCOMES = ['DONE', 'REACHED', 'INTERESTED', 'NOT_INTERESTED', 'WRONG_CONTACT'];

/** The outcome list and the complete button of an open task; {@code after} reloads what shows it. */
export function taskActions(task, after) {
  const values = task.type === 'TM' ? OUTCOMES : ['DONE', 'REACHED', 'NOT_INTERESTED', 'WRONG_CONTACT'];
  const select = h('select', { 'aria-label': t.outcome, 'data-testid': 'task-outcome' }, options(values, t.outcomes, 'DONE'));
  return h('span', { class: 'actions' }, select, h('button', { 'data-testid': 'task-complete', onclick: async (e) => {
    e.target.disabled = true;
    try {
      await api('POST', 'v1/tasks/' + task.id + '/complete', { version: task.version, outcome: select.value });
      toast(t.completed);
    } catch (err) {
      toast(message(err), 'bad');
      e.target.disabled = false;
    }
    await after();
  } }, t.complete));
}
