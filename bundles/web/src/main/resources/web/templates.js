// Message templates for marketers, on the campaigns page: the newest version of each, and a form that saves a new
// version (a saved version never changes: a campaign keeps the version it froze). After a save the page shows the
// message as it goes out for a sample recipient, with the legal frame the server adds ((광고), sender, opt-out).
import { t } from './i18n.js';
import { api, h, options, message, toast, loadCard } from './api.js';

const CHANNELS = ['EMAIL', 'SMS'];
const KINDS = ['ADVERTISING', 'TRANSACTIONAL'];

function field(name, attrs = {}) {
  return h('input', { name, 'aria-label': t.templateFields[name], placeholder: t.templateFields[name], 'data-testid': 'template-' + name, ...attrs });
}

function editor(onSaved) {
  const f = {
    name: field('name', { required: true, maxlength: 100 }),
    channel: h('select', { name: 'channel', 'aria-label': t.templateFields.channel, 'data-testid': 'template-channel' }, options(CHANNELS, {}, 'EMAIL')),
    kind: h('select', { name: 'kind', 'aria-label': t.templateFields.kind, 'data-testid': 'template-kind' }, options(KINDS, t.templateKinds, 'ADVERTISING')),
    senderName: field('senderName', { maxlength: 100 }),
    senderContact: field('senderContact', { maxlength: 200 }),
    optOut: field('optOut', { maxlength: 100 }),
    subject: field('subject', { maxlength: 200 }),
    body: h('textarea', { name: 'body', rows: 6, required: true, 'aria-label': t.templateFields.body, placeholder: t.templateBodyHint, 'data-testid': 'template-body' }),
  };
  const preview = h('pre', { class: 'preview', 'data-testid': 'template-preview', hidden: true });
  const byChannel = () => {
    f.optOut.hidden = f.channel.value !== 'SMS';
    f.subject.hidden = f.channel.value !== 'EMAIL';
  };
  f.channel.onchange = byChannel;
  byChannel();
  const form = h('form', { class: 'work stack', 'data-testid': 'template-form' }, h('h3', {}, t.templateNew),
    Object.values(f), h('button', { type: 'submit', 'data-testid': 'template-save' }, t.templateSave));
  form.onsubmit = async (e) => {
    e.preventDefault();
    const sms = f.channel.value === 'SMS';
    try {
      const saved = await api('POST', 'v1/campaign-templates', {
        name: f.name.value, channel: f.channel.value, kind: f.kind.value, senderName: f.senderName.value || null,
        senderContact: f.senderContact.value || null, optOut: sms ? f.optOut.value || null : null,
        subject: sms ? null : f.subject.value || null, body: f.body.value,
      });
      toast(t.templateSaved(saved.name, saved.version));
      const out = await api('POST', 'v1/campaign-templates/' + encodeURIComponent(saved.name) + '/preview', {
        version: saved.version, address: sms ? '010-0000-0000' : 'preview@example.invalid', recipientName: t.sampleRecipient,
      });
      await onSaved();
      preview.textContent = (out.subject ? t.templateFields.subject + ': ' + out.subject + '\n\n' : '') + out.text;
      preview.hidden = false;
    } catch (err) {
      toast(message(err), 'bad');
    }
  };
  const fill = (x) => {
    for (const k of Object.keys(f)) f[k].value = x[k] || '';
    byChannel();
    preview.hidden = true;
    f.body.focus();
  };
  return { form, preview, fill };
}

/** Renders the template card into {@code host}; {@code onSaved} runs after each save (the campaign form's list). */
export async function templateCard(host, onSaved) {
  const list = await loadCard(host, t.templatesTitle, () => api('GET', 'v1/campaign-templates'));
  if (!list) return;
  const ed = editor(async () => {
    await onSaved();
    const fresh = await api('GET', 'v1/campaign-templates');
    host.querySelector('[data-testid="template-list"]').replaceWith(items(fresh, ed.fill));
  });
  host.replaceChildren(h('h2', {}, t.templatesTitle), items(list, ed.fill), ed.form, ed.preview);
}

function items(list, fill) {
  if (list.length === 0) return h('p', { class: 'muted', 'data-testid': 'template-list' }, t.noTemplates);
  return h('ul', { class: 'rows', 'data-testid': 'template-list' }, list.map((x) => h('li', { 'data-testid': 'template-item', 'data-template': x.name },
    h('a', { href: '#', onclick: (e) => { e.preventDefault(); fill(x); } }, h('b', {}, x.name), h('br'),
      h('small', { class: 'muted' }, x.channel + ' · ' + (t.templateKinds[x.kind] || x.kind) + ' · v' + x.version)))));
}
