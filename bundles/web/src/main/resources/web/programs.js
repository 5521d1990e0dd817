// Triggered programs for marketers, on the campaigns page: a customer moment (the welcome on entering grade S,
// birthdays, founding days) and an advertising template version, on or off. Each program sends through its standing
// campaign, listed with the campaigns, with its recipients and the proof of each message (docs/campaigns.md).
import { t, lang } from './i18n.js';
import { api, h, options, message, toast, loadCard } from './api.js';

const KINDS = ['TOP_GRADE_WELCOME', 'BIRTHDAY', 'FOUNDING_DAY'];

/** Renders the program card into {@code host}; {@code onChanged} runs after each change (the campaign list). */
export async function programCard(host, onChanged) {
  const loaded = await loadCard(host, t.programsTitle,
    () => Promise.all([api('GET', 'v1/programs'), api('GET', 'v1/campaign-templates')]));
  if (!loaded) return;
  const [programs, templates] = loaded;
  const ads = templates.filter((x) => x.kind === 'ADVERTISING');
  const change = async (call, done) => {
    try {
      await call();
      toast(done);
    } catch (err) {
      toast(message(err), 'bad');
    }
    await Promise.all([programCard(host, onChanged), onChanged()]);
  };
  host.replaceChildren(h('h2', {}, t.programsTitle), list(programs, ads, change), form(ads, change));
}

function list(programs, ads, change) {
  if (programs.length === 0) return h('p', { class: 'muted' }, t.noPrograms);
  const newer = (p) => ads.find((x) => x.name === p.templateName && x.version > p.templateVersion);
  return h('ul', { class: 'rows', 'data-testid': 'program-list' }, programs.map((p) => h('li', { 'data-testid': 'program-item', 'data-program-id': p.id },
    h('span', {}, h('b', {}, t.programKinds[p.kind] || p.kind), h('br'),
      h('small', { class: 'muted' }, p.templateName + ' v' + p.templateVersion + ' · ' + p.channel + ' · '),
      h('a', { class: 'small', href: '?campaign=' + p.campaignId + '&lang=' + lang }, t.programSends)),
    h('span', { class: 'pill' + (p.enabled ? '' : ' bad'), 'data-testid': 'program-state' }, p.enabled ? t.programOn : t.programOff),
    h('button', { type: 'button', class: 'link', 'data-testid': 'program-toggle',
      onclick: () => change(() => api('POST', 'v1/programs/' + p.id + '/' + (p.enabled ? 'disable' : 'enable')), p.enabled ? t.programTurnedOff : t.programTurnedOn) },
    p.enabled ? t.programTurnOff : t.programTurnOn),
    newer(p) ? h('button', { type: 'button', class: 'link', 'data-testid': 'program-newest',
      onclick: () => change(() => api('PUT', 'v1/programs/' + p.id, { kind: p.kind, channel: p.channel, templateName: p.templateName,
        templateVersion: 0, enabled: p.enabled, version: p.version }), t.programUpdated) }, t.programUseNewest(newer(p).version)) : null)));
}

function form(ads, change) {
  const kind = h('select', { 'aria-label': t.programKind, 'data-testid': 'program-kind' }, options(KINDS, t.programKinds, 'BIRTHDAY'));
  const template = h('select', { 'aria-label': t.template, 'data-testid': 'program-template' },
    ads.map((x) => h('option', { value: x.name }, x.name + ' · ' + x.channel + ' · v' + x.version)));
  const f = h('form', { class: 'work', 'data-testid': 'program-form' }, h('h3', {}, t.programNew), kind, template,
    h('button', { type: 'submit', 'data-testid': 'program-create', disabled: ads.length === 0 }, t.create));
  f.onsubmit = (e) => {
    e.preventDefault();
    const chosen = ads.find((x) => x.name === template.value);
    change(() => api('POST', 'v1/programs', { kind: kind.value, channel: chosen.channel, templateName: chosen.name }), t.programCreated);
  };
  return f;
}
