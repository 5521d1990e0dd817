// What every CRM page's header holds: the page's title, its links to the other pages (each page's HTML lists the
// ones it shows, by id), the language switch and the signed-in user's name. Links keep the page's language.
import { t, lang, otherLanguageUrl } from './i18n.js';

const LINKS = {
  'analytics-link': ['analytics.html', () => t.analyticsLink],
  'campaigns-link': ['campaigns.html', () => t.campaignsLink],
  'service-link': ['service.html', () => t.serviceDesk],
  'tasks-link': ['tasks.html', () => t.tasksTitle],
};

/** Sets the header for a page titled {@code title}; {@code documentTitle} is the browser tab's, default the same. */
export function pageChrome(title, documentTitle = title) {
  document.documentElement.lang = lang;
  if (documentTitle) document.title = documentTitle;
  document.getElementById('title').textContent = title;
  for (const [id, [page, label]] of Object.entries(LINKS)) {
    const a = document.getElementById(id);
    if (a) {
      a.textContent = label();
      a.href = page + '?lang=' + lang;
    }
  }
  const switcher = document.getElementById('lang-link');
  switcher.textContent = t.switchLang;
  switcher.href = otherLanguageUrl();
}

/** Shows who is signed in. */
export function showMe(me) {
  document.getElementById('me').textContent = me.displayName || me.username;
}
