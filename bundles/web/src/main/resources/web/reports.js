// What the report pages share: Chart.js charts in a sized box (one chart per id, replaced on reload) and file
// downloads through fetch (the session cookie counts only with the X-CRM-Web header).
import { t } from './i18n.js';
import { h, toast } from './api.js';

const charts = {};

/** A Chart.js chart (lib/chart.umd.js, loaded by the page) in a box of the page's chart height. */
export function chart(id, config) {
  if (charts[id]) charts[id].destroy();
  const canvas = h('canvas', { 'data-testid': id, role: 'img', 'aria-label': config.label });
  charts[id] = new Chart(canvas, { ...config, options: { responsive: true, maintainAspectRatio: false, animation: false, ...config.options } });
  return h('div', { class: 'chart-box' }, canvas);
}

/** Downloads {@code /api/<path>} as {@code name}; a reason, if given, goes to the access log (X-Access-Reason). */
export async function download(path, name, reason) {
  try {
    const headers = { 'X-CRM-Web': '1' };
    if (reason) headers['X-Access-Reason'] = encodeURIComponent(reason);
    const r = await fetch('/api/' + path, { credentials: 'same-origin', headers });
    if (!r.ok) throw new Error('HTTP ' + r.status);
    const url = URL.createObjectURL(await r.blob());
    const a = h('a', { href: url, download: name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  } catch (e) {
    toast(t.error + ': ' + e.message, 'bad');
  }
}
