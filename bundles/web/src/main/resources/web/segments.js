// Saved segments on the analytics page: save or edit rules with a size preview, see a segment's members
// (paged; no phones or e-mails), delete one. An edit sends the version it read: a stale one is 409.
import { t, lang } from './i18n.js';
import { api, h, message, toast } from './api.js';

const TEXTS = {
  ko: { members: '구성원', edit: '수정', delete: '삭제', cancel: '취소', editing: (n) => `'${n}' 수정 중`, deleteConfirm: '이 세그먼트를 삭제할까요?',
    deleted: '삭제되었습니다', noMembers: '구성원이 없습니다', name: '이름', rfm: 'R/F/M', prev: '이전', next: '다음', page: (p, n) => `${p} / ${n}쪽`, description: '설명' },
  en: { members: 'Members', edit: 'Edit', delete: 'Delete', cancel: 'Cancel', editing: (n) => `Editing '${n}'`, deleteConfirm: 'Delete this segment?',
    deleted: 'Deleted', noMembers: 'No members', name: 'Name', rfm: 'R/F/M', prev: 'Previous', next: 'Next', page: (p, n) => `page ${p} of ${n}`, description: 'Description' },
};
const s = TEXTS[lang] || TEXTS.ko;
const PAGE_SIZE = 50;

// "grade in A,B; R <= 2; region = 경기" -> conditions
export function rules(text) {
  return text.split(';').map((x) => x.trim()).filter(Boolean).map((x) => {
    const m = x.match(/^(\S+)\s*(<=|>=|!=|=|<|>|\bin\b)\s*(.+)$/i);
    if (!m) return { field: x, op: '', value: '' };
    const op = m[2].toLowerCase();
    return op === 'in' ? { field: m[1], op, values: m[3].split(',').map((v) => v.trim()) } : { field: m[1], op, value: m[3].trim() };
  });
}

export function describe(c) {
  return c.field + ' ' + c.op + ' ' + (c.op === 'in' ? c.values.join(',') : c.value);
}

/** Renders the segments card into the element: the form, the list and the members of the one opened. */
export async function segmentsCard(root, heading) {
  const list = await api('GET', 'v1/segments');
  let editing = null; // the segment being edited: its id and the version read
  const size = h('span', { 'data-testid': 'segment-size' });
  const title = h('p', { class: 'muted', 'data-testid': 'segment-editing' });
  const cancel = h('button', { type: 'button', hidden: true, onclick: () => startEdit(null) }, s.cancel);
  const form = h('form', { class: 'entry', 'data-testid': 'segment-form' },
    h('div', { class: 'fields' },
      h('label', {}, h('span', {}, t.segmentName), h('input', { name: 'name', required: true, maxlength: 100 })),
      h('label', {}, h('span', {}, s.description), h('input', { name: 'description', maxlength: 500 })),
      h('label', {}, h('span', {}, t.segmentRules), h('input', { name: 'rules', required: true, placeholder: 'grade in A,B; R <= 2; region = 경기' }))),
    h('button', { type: 'button', 'data-testid': 'segment-preview', onclick: () => preview() }, t.preview), ' ',
    h('button', { type: 'submit', 'data-testid': 'segment-save' }, t.save), ' ', cancel, ' ', size, title);
  const membersBox = h('div', { 'data-testid': 'segment-members' });

  function startEdit(segment) {
    editing = segment ? { id: segment.id, version: segment.version } : null;
    form.elements.name.value = segment ? segment.name : '';
    form.elements.description.value = segment ? segment.description || '' : '';
    form.elements.rules.value = segment ? segment.conditions.map(describe).join('; ') : '';
    title.textContent = segment ? s.editing(segment.name) : '';
    cancel.hidden = !segment;
    size.textContent = '';
    if (segment) form.scrollIntoView({ block: 'nearest' });
  }

  async function preview() {
    try {
      const r = await api('POST', 'v1/segments/preview', { conditions: rules(form.elements.rules.value) });
      size.textContent = t.size(r.size);
    } catch (e) {
      toast(message(e), 'bad');
    }
  }

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const body = { name: form.elements.name.value, description: form.elements.description.value, conditions: rules(form.elements.rules.value) };
    try {
      const saved = editing
        ? await api('PUT', 'v1/segments/' + editing.id + '?version=' + editing.version, body)
        : await api('POST', 'v1/segments', body);
      toast(t.saved);
      await segmentsCard(root, heading);
      await showMembers(root, saved, 0);
    } catch (err) {
      toast(message(err), 'bad');
      if (err.status === 409) await segmentsCard(root, heading);
    }
  });

  async function remove(segment) {
    if (!confirm(s.deleteConfirm)) return;
    try {
      await api('DELETE', 'v1/segments/' + segment.id);
      toast(s.deleted);
      await segmentsCard(root, heading);
    } catch (err) {
      toast(message(err), 'bad');
    }
  }

  const table = list.length === 0 ? h('p', { class: 'muted' }, t.noSegments) : h('table', { 'data-testid': 'segment-list' },
    h('tr', {}, h('th', {}, t.segmentName), h('th', {}, t.segmentRules), h('th', { class: 'num' }, t.customers), h('th', {})),
    list.map((seg) => h('tr', { 'data-segment': seg.id },
      h('td', {}, seg.name), h('td', {}, seg.conditions.map(describe).join(' · ')), h('td', { class: 'num' }, String(seg.members)),
      h('td', {},
        h('button', { type: 'button', class: 'link edit', 'data-testid': 'segment-show', onclick: () => showMembers(root, seg, 0) }, s.members), ' ',
        h('button', { type: 'button', class: 'link edit', 'data-testid': 'segment-edit', onclick: () => startEdit(seg) }, s.edit), ' ',
        h('button', { type: 'button', class: 'link edit', 'data-testid': 'segment-delete', onclick: () => remove(seg) }, s.delete)))));
  root.replaceChildren(heading, form, table, membersBox);
}

/** One page of a segment's members under the list. */
async function showMembers(root, segment, page) {
  const box = root.querySelector('[data-testid=segment-members]');
  try {
    const r = await api('GET', 'v1/segments/' + segment.id + '/members?page=' + page + '&size=' + PAGE_SIZE);
    const pages = Math.max(1, Math.ceil(r.total / PAGE_SIZE));
    box.replaceChildren(h('h3', {}, segment.name + ' · ' + t.size(r.total)),
      r.items.length === 0 ? h('p', { class: 'muted' }, s.noMembers) : h('table', { 'data-testid': 'member-table' },
        h('tr', {}, h('th', {}, t.customerKey), h('th', {}, s.name), h('th', {}, t.grade), h('th', {}, s.rfm), h('th', {}, t.region), h('th', {}, t.ownerRep)),
        r.items.map((m) => h('tr', { 'data-member': m.customerKey },
          h('td', {}, h('a', { href: 'tab.html?customer=' + encodeURIComponent(m.customerKey) + '&lang=' + lang }, m.customerKey)),
          h('td', {}, m.name), h('td', {}, m.grade || '-'), h('td', {}, m.recency + '/' + m.frequency + '/' + m.monetary),
          h('td', {}, m.region || ''), h('td', {}, m.ownerRep || '')))),
      h('p', {},
        h('button', { type: 'button', disabled: page === 0, onclick: () => showMembers(root, segment, page - 1) }, s.prev), ' ',
        h('span', {}, s.page(page + 1, pages)), ' ',
        h('button', { type: 'button', disabled: page + 1 >= pages, onclick: () => showMembers(root, segment, page + 1) }, s.next)));
  } catch (e) {
    toast(message(e), 'bad');
  }
}
