// The standalone login: the CRM's own users get the same session cookie a host token gives.
import { t, lang } from './i18n.js';

const $ = (id) => document.getElementById(id);
const asked = new URLSearchParams(location.search).get('next') || '';
const next = asked.startsWith('/crm/') && !asked.startsWith('//') ? asked : '/crm/tasks.html?lang=' + lang;

document.documentElement.lang = lang;
document.title = t.loginTitle;
$('title').textContent = t.loginTitle;
$('l-user').textContent = t.username;
$('l-pass').textContent = t.password;
$('submit').textContent = t.login;
$('login').addEventListener('submit', async (e) => {
  e.preventDefault();
  $('problem').textContent = '';
  const response = await fetch('/api/v1/session', {
    method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: $('username').value, password: $('password').value }),
  });
  if (response.ok) location.href = next;
  else $('problem').textContent = t.loginFailed;
});
