// The REST API with the session cookie. X-CRM-Web marks the call as the CRM's own page (see docs/host-integration.md).
import { t } from './i18n.js';

export class ApiError extends Error {
  constructor(status, body) {
    super(body && body.error ? body.error : 'HTTP ' + status);
    this.status = status;
    this.field = body && body.field;
    // every error the CRM's API answers names itself in `error`; any other answer came from the host's web server
    // or a proxy in front of it (the CRM starting, stopped or unreachable), and status 0 is a failed network;
    // a 503 is the CRM on this node not up yet (see /crm/ready), which the user reads the same way
    this.unreachable = status === 503 || !(body && typeof body.error === 'string');
  }
}

export async function api(method, path, body, headers = {}) {
  let response;
  try {
    response = await fetch('/api/' + path, {
      method,
      credentials: 'same-origin',
      headers: { 'X-CRM-Web': '1', Accept: 'application/json', ...(body ? { 'Content-Type': 'application/json' } : {}), ...headers },
      body: body ? JSON.stringify(body) : undefined,
    });
  } catch (e) {
    throw new ApiError(0, null);
  }
  if (response.status === 401) {
    location.href = '/crm/login.html?next=' + encodeURIComponent(location.pathname + location.search);
    throw new ApiError(401, { error: 'login required' });
  }
  const text = await response.text();
  if (!response.ok) throw new ApiError(response.status, errorBody(text));
  return text ? JSON.parse(text) : null;
}

/** A failed answer's body, or null when it is not JSON (an HTML or text error page of a server before the CRM). */
function errorBody(text) {
  try {
    return text ? JSON.parse(text) : null;
  } catch (e) {
    return null;
  }
}

/** For a call's catch: the CRM's own 404 ("nothing there") becomes null; any other failure stays a failure. */
export function missingAsNull(e) {
  return e.status === 404 && !e.unreachable ? null : Promise.reject(e);
}

/** A user-facing message for a failed call. */
export function message(e) {
  if (e.unreachable) return t.unavailable;
  if (e.status === 403) return t.forbidden;
  if (e.status === 404) return t.notFound;
  if (e.status === 409) return t.conflict;
  return t.error + ': ' + e.message + (e.field ? ' (' + e.field + ')' : '');
}

/** Builds an element: h('td', {class: 'x'}, 'text', child). Text is always set as text, never as HTML. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'value') el.value = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c !== null && c !== undefined && c !== false) el.append(c instanceof Node ? c : String(c));
  }
  return el;
}

/** What a card loads: {@code load()}'s answer, or null after the card was set to its title and the error. */
export async function loadCard(host, title, load) {
  try {
    return await load();
  } catch (e) {
    host.replaceChildren(h('h2', {}, title), h('p', { class: 'bad' }, message(e)));
    return null;
  }
}

export function options(values, labels, selected) {
  return values.map((v) => h('option', { value: v, selected: v === selected }, labels[v] || v));
}

export function toast(text, kind = 'ok') {
  const el = h('div', { class: 'toast ' + kind, role: 'status', 'data-testid': 'toast' }, text);
  document.body.append(el);
  setTimeout(() => el.remove(), 4000);
}
