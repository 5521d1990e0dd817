// Campaigns for marketers: create one for a saved segment and a template, launch, pause and resume it, watch
// delivery, opens and clicks per recipient, and show for any message why it was lawful to send (the send log).
// Message templates are written and previewed on the same page (templates.js), and triggered programs set up
// (programs.js).
// docs/campaigns.md has the rules; the server decides every one of them, this page only shows its answers.
import { t, lang, dateTime } from './i18n.js';
import { api, h, message, toast } from './api.js';
import { pageChrome, showMe } from './chrome.js';
import { templateCard } from './templates.js';
import { programCard } from './programs.js';

const $ = (id) => document.getElementById(id);
const COUNTS = ['frozen', 'pending', 'held', 'sending', 'sent', 'failed', 'skipped', 'bounced', 'opened', 'clicked'];
const PAGE = 50;
let selected = Number(new URLSearchParams(location.search).get('campaign')) || null;
let refresh = null;

const stateName = (s) => t.campaignStates[s] || s;
const basisName = (b) => t.bases[b] || b;

async function loadList() {
  let campaigns;
  try {
    campaigns = await api('GET', 'v1/campaigns');
  } catch (e) {
    toast(message(e), 'bad');
    return;
  }
  const list = campaigns.length === 0 ? h('p', { class: 'muted' }, t.noCampaigns) : h('ul', { class: 'rows' }, campaigns.map((c) =>
    h('li', { 'data-testid': 'campaign-item', 'data-campaign-id': c.id, class: c.id === selected ? 'selected' : '' },
      h('a', { href: '?campaign=' + c.id + '&lang=' + lang, onclick: (e) => { e.preventDefault(); select(c.id); } },
        h('b', {}, c.name), h('br'),
        h('small', { class: 'muted' }, c.templateName + ' · ' + c.channel + (c.frozen !== null ? ' · ' + t.recipientsOf(c.frozen) : ''))),
      h('span', { class: 'pill', 'data-testid': 'campaign-state' }, stateName(c.state)))));
  $('list').replaceChildren(h('h2', {}, t.campaignsTitle), await newCampaignForm(), list);
}

async function newCampaignForm() {
  const [segments, templates] = await Promise.all([
    api('GET', 'v1/segments').catch(() => []),
    api('GET', 'v1/campaign-templates').catch(() => []),
  ]);
  const name = h('input', { name: 'name', required: true, maxlength: 100, 'aria-label': t.campaignName, placeholder: t.campaignName, 'data-testid': 'new-campaign-name' });
  const segment = h('select', { name: 'segmentId', 'aria-label': t.segment, 'data-testid': 'new-campaign-segment' },
    segments.map((s) => h('option', { value: s.id }, s.name + ' (' + t.recipientsOf(s.members) + ')')));
  const template = h('select', { name: 'templateName', 'aria-label': t.template, 'data-testid': 'new-campaign-template' },
    templates.map((x) => h('option', { value: x.name }, x.name + ' · ' + x.channel)));
  const form = h('form', { class: 'work', 'data-testid': 'new-campaign' }, h('h3', {}, t.newCampaign), name, segment, template,
    h('button', { type: 'submit', 'data-testid': 'create-campaign' }, t.create));
  form.onsubmit = async (e) => {
    e.preventDefault();
    try {
      const made = await api('POST', 'v1/campaigns', { name: name.value, segmentId: Number(segment.value), templateName: template.value });
      toast(t.campaignCreated);
      await select(made.id);
    } catch (err) {
      toast(message(err), 'bad');
    }
  };
  return form;
}

async function select(id) {
  selected = id;
  history.replaceState(null, '', '?campaign=' + id + '&lang=' + lang);
  await Promise.all([loadList(), showDetail(0)]);
}

async function act(verb, done) {
  try {
    await api('POST', 'v1/campaigns/' + selected + '/' + verb);
    toast(done);
  } catch (e) {
    toast(message(e), 'bad');
  }
  await Promise.all([loadList(), showDetail(0)]);
}

function actions(c) {
  const buttons = [];
  if (c.state === 'DRAFT') buttons.push(h('button', { 'data-testid': 'launch', onclick: () => act('launch', t.launched) }, t.launch));
  if (c.state === 'RUNNING') buttons.push(h('button', { 'data-testid': 'pause', onclick: () => act('pause', t.paused) }, t.pause));
  if (c.state === 'PAUSED') buttons.push(h('button', { 'data-testid': 'resume', onclick: () => act('resume', t.resumed) }, t.resume));
  return h('p', {}, buttons);
}

async function showDetail(page) {
  clearTimeout(refresh);
  if (!selected) {
    $('detail').replaceChildren(h('p', { class: 'muted' }, t.selectCampaign));
    return;
  }
  let c;
  let counts;
  let recipients;
  try {
    [c, counts, recipients] = await Promise.all([
      api('GET', 'v1/campaigns/' + selected),
      api('GET', 'v1/campaigns/' + selected + '/counts'),
      api('GET', 'v1/campaigns/' + selected + '/recipients?page=' + page + '&size=' + PAGE),
    ]);
  } catch (e) {
    $('detail').replaceChildren(h('p', { class: 'muted' }, message(e)));
    return;
  }
  const figures = h('dl', { class: 'counts', 'data-testid': 'campaign-counts' }, COUNTS.flatMap((k) => [
    h('dt', {}, t.countNames[k]), h('dd', { 'data-count': k }, String(counts[k]))]));
  const rows = recipients.items.map((r) => h('tr', { 'data-testid': 'recipient', 'data-recipient-id': r.id },
    h('td', {}, r.customerKey), h('td', {}, r.address), h('td', {}, basisName(r.basis)),
    h('td', {}, h('span', { class: 'pill' + (r.state === 'FAILED' || r.state === 'BOUNCED' ? ' bad' : '') }, t.recipientStates[r.state] || r.state)),
    h('td', { class: 'num' }, String(r.opens)), h('td', { class: 'num' }, String(r.clicks)),
    h('td', {}, h('button', { class: 'link edit', 'data-testid': 'why', onclick: () => why(r) }, t.why))));
  const more = recipients.total > (page + 1) * PAGE
    ? h('button', { onclick: () => showDetail(page + 1) }, t.nextPage) : null;
  $('detail').replaceChildren(
    h('h2', {}, c.name, ' ', h('span', { class: 'pill', 'data-testid': 'detail-state' }, stateName(c.state))),
    h('p', { class: 'muted' }, t.template + ' ' + c.templateName + ' v' + c.templateVersion + ' · ' + c.channel
      + (c.launchedAt ? ' · ' + t.launchedAt + ' ' + dateTime(c.launchedAt) : '')),
    actions(c), figures,
    h('h3', {}, t.recipientsTitle, ' ', h('small', { class: 'muted' }, '(' + recipients.total + ')')),
    recipients.items.length === 0 ? h('p', { class: 'muted' }, t.noRecipients) : h('table', { 'data-testid': 'recipients' },
      h('thead', {}, h('tr', {}, [t.customerKey, t.address, t.basis, t.status, t.opens, t.clicks, ''].map((x) => h('th', {}, x)))),
      h('tbody', {}, rows)),
    more || '', h('div', { id: 'why', 'data-testid': 'why-panel' }));
  if (c.state === 'RUNNING') {
    refresh = setTimeout(() => showDetail(page), 3000);
  }
}

/** The recipient's basis at launch and every send-log entry: why this message was lawful to send. */
async function why(r) {
  let answer;
  try {
    answer = await api('GET', 'v1/campaigns/' + selected + '/recipients/' + r.id + '/why');
  } catch (e) {
    toast(message(e), 'bad');
    return;
  }
  const log = answer.sendLog.length === 0 ? h('p', { class: 'muted' }, t.notSentYet) : h('table', {},
    h('thead', {}, h('tr', {}, [t.when, t.outcome, t.basis, t.basisDetail, t.messageId].map((x) => h('th', {}, x)))),
    h('tbody', {}, answer.sendLog.map((e) => h('tr', { 'data-testid': 'send-log-entry' },
      h('td', {}, dateTime(e.at)), h('td', {}, t.recipientStates[e.outcome] || e.outcome), h('td', {}, basisName(e.basis)
        + (e.consentId ? ' #' + e.consentId : '')), h('td', {}, e.basisDetail || ''), h('td', {}, e.messageId || '')))));
  $('why').replaceChildren(h('h3', {}, t.whyTitle(r.customerKey)),
    h('p', {}, t.basisAtLaunch + ': ' + basisName(answer.recipient.basis)
      + (answer.recipient.consentId ? ' (' + t.consent + ' #' + answer.recipient.consentId + ')' : '')), log);
}

async function start() {
  pageChrome(t.campaignsTitle);
  try {
    showMe(await api('GET', 'v1/me'));
  } catch (e) {
    // the login page takes over on 401
  }
  const programs = () => programCard($('programs'), loadList);
  await Promise.all([loadList(), showDetail(0), templateCard($('templates'), () => Promise.all([loadList(), programs()])), programs()]);
  $('campaigns').setAttribute('aria-busy', 'false');
}

start();
