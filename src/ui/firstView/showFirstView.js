// @ts-check
/**
 * Runs in the page as it is parsed, written into index.html by the build (scripts/firstViewSnapshot.ts),
 * before any of the app's script has loaded: shows the build's snapshot of the first view (the
 * shipped comparison, drawn by the app itself) in the reader's language, so that the two texts are
 * on screen while the app's script is still on its way. The snapshot is inert and hidden from
 * assistive technology: nothing in it answers a click or takes focus until React has hydrated it
 * (src/main.tsx), and #root says which language it holds (`data-first-view`).
 *
 * Only the address the snapshot was drawn for gets it: the shipped comparison with no finding open,
 * the analyst's findings, the texts as written. Any other address (a finding, the engine's
 * proposal, a translation, the library) waits for the app, as before. The language is chosen as
 * the app chooses it (src/i18n/languageDetector.ts, held to the same answers by a test).
 *
 * Plain JavaScript, self-contained: the build writes this file's text into the page as it is.
 *
 * @param {{ readonly langKey: string, readonly modeKey: string }} keys where the app keeps the reader's language and reading mode
 */
function showFirstView(keys) {
  try {
    showSnapshot(keys);
  } finally {
    // Shown or not, the templates have served: their elements need not outlive the page's start.
    for (const template of document.querySelectorAll('template[id^="first-view-"]')) template.remove();
  }
}

/** @param {{ readonly langKey: string, readonly modeKey: string }} keys */
function showSnapshot(keys) {
  const query = new URLSearchParams(window.location.search);
  for (const [name, value] of query) {
    const asDrawn = name === 'lang' || (name === 'mode' && value === 'original') || (name === 'proposal' && value === 'curated');
    if (!asDrawn) return;
  }
  /** @param {string} key */
  const stored = (key) => {
    try {
      return window.localStorage.getItem(key);
    } catch {
      return null;
    }
  };
  const mode = query.get('mode') ?? stored(keys.modeKey);
  if (mode !== null && mode !== 'original') return;
  const tag = query.getAll('lang').at(-1) || stored(keys.langKey) || window.navigator.languages?.[0] || window.navigator.language || '';
  const lang = tag.toLowerCase().startsWith('fr') ? 'fr' : 'en';
  const snapshot = document.getElementById(`first-view-${lang}`);
  const root = document.getElementById('root');
  if (!(snapshot instanceof HTMLTemplateElement) || root === null) return;
  root.replaceChildren(snapshot.content.cloneNode(true));
  // Inert and out of the accessibility tree until the app has hydrated it (src/ui/firstView/useFirstViewHandover.ts).
  root.setAttribute('inert', '');
  root.setAttribute('aria-hidden', 'true');
  root.dataset['firstView'] = lang;
  document.documentElement.lang = lang;
}
