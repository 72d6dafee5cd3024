/**
 * A Vite plugin for the build: draws the first view of the shipped comparison with the app's own
 * components (src/ui/firstView/renderFirstView.tsx), in English and in French, and writes both into
 * index.html as templates, with the small script that shows the reader's one as the page is parsed
 * (src/ui/firstView/showFirstView.js), and which the app then hydrates. The reader sees the two
 * texts once the page and its styles have arrived, rather than once the app's script has also
 * arrived, run and drawn them: on this project's 2-core machine that was most of the second the
 * first view is allowed.
 *
 * The components are loaded through a Vite server in middleware mode (its SSR module loader reads
 * TypeScript, JSX and Vite's own imports as the app's build does), and drawn with
 * react-dom/server in a jsdom window: the hooks read the address and storage as they do in a
 * browser, at the address the snapshot is for.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { createServer, type HtmlTagDescriptor, type Plugin } from 'vite';
import type * as FirstView from '../src/ui/firstView/renderFirstView';

const LANGS = ['en', 'fr'] as const;
// The keys the app keeps the reader's language and reading mode under (src/i18n/uiLang.ts, src/ui/readingMode.ts).
// Written again rather than imported: an import of the app's modules here would bundle them into
// Vite's config, as vite.config.ts explains; test/scripts/firstViewSnapshot.test.ts holds them equal.
export const SNAPSHOT_KEYS = { langKey: 'source-comparison.lang', modeKey: 'source-comparison.mode' } as const;

export function firstViewSnapshot(comparisonFile: string): Plugin {
  let root = process.cwd();
  return {
    name: 'first-view-snapshot',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(): Promise<HtmlTagDescriptor[]> {
        const comparison: unknown = JSON.parse(readFileSync(join(root, comparisonFile), 'utf8'));
        const drawn = await drawFirstViews(root, comparison);
        const show = readFileSync(join(root, 'src/ui/firstView/showFirstView.js'), 'utf8');
        return [
          ...LANGS.map(
            (lang): HtmlTagDescriptor => ({
              tag: 'template',
              attrs: { id: `first-view-${lang}` },
              // What React draws in #root, as it is: the app hydrates it (src/main.tsx).
              children: drawn[lang],
              injectTo: 'body',
            }),
          ),
          { tag: 'script', children: `${show}\nshowFirstView(${JSON.stringify(SNAPSHOT_KEYS)});`, injectTo: 'body' },
        ];
      },
    },
  };
}

/** The first view of `comparison` in each language, drawn in a jsdom window at the app's plain address. */
async function drawFirstViews(root: string, comparison: unknown): Promise<Record<(typeof LANGS)[number], string>> {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'warn',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  const globals = globalThis as Record<string, unknown>;
  const saved = new Map(['window', 'document', 'navigator'].map((name) => [name, Object.getOwnPropertyDescriptor(globals, name)]));
  try {
    const drawn: Partial<Record<(typeof LANGS)[number], string>> = {};
    for (const lang of LANGS) {
      // A reader's first visit: the language is renderFirstView's to set, not the address's.
      const { window } = new JSDOM('<!doctype html><div id="root"></div>', { url: 'http://localhost/' });
      for (const name of saved.keys()) Object.defineProperty(globals, name, { value: name === 'window' ? window : window[name as 'document'], configurable: true, writable: true });
      const module = (await server.ssrLoadModule('/src/ui/firstView/renderFirstView.tsx')) as typeof FirstView;
      drawn[lang] = await module.renderFirstView(comparison as Parameters<typeof module.renderFirstView>[0], lang);
      window.close();
    }
    return drawn as Record<(typeof LANGS)[number], string>;
  } finally {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(globals, name, descriptor);
      else Reflect.deleteProperty(globals, name);
    }
    await server.close();
  }
}
