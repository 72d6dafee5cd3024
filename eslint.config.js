import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const NAMED_EXPORTS = { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' };

// ---------------------------------------------------------------------------------------------------
// The walls of the house (STYLE.md): the core knows nothing of screens, hosts, the clock or chance,
// and the rest of src reaches it only through its doors. Each wall is proved in
// test/eslintConfig.test.ts, which lints planted violations with this very config. Import cycles
// are the other wall of `npm run lint`: scripts/check-cycles.ts, which counts type-only imports too.

/**
 * The core's rooms that have a door, `src/core/<room>/index.ts`: the only modules the UI, the command
 * line and src/main.tsx import, as `core/<room>/index` or `core/<room>`. STYLE.md allows no barrel
 * file but the core's door; issue 12 gave the core one door per room that the UI or the command
 * line needs, so each of these is one, and re-exports only what someone outside the core imports.
 */
const CORE_DOORS = ['comparisonFile', 'edit', 'engine', 'export', 'findings', 'intake', 'library', 'model', 'proposal', 'reading', 'text', 'translation'];

/** The packages the core may import: pure code that runs in the browser, a Web Worker and Node alike. */
const CORE_PACKAGES = ['diff', 'franc-min', 'yaml', 'zod'];

/**
 * Web standards that every host of the core provides as globals, with the same behaviour; the
 * core may use them (src/core/webStandards.d.ts declares them for tsconfig.core.json).
 */
const CORE_HOST_GLOBALS = new Set(['TextDecoder', 'URL']);

/**
 * Every global of a browser, a Web Worker or Node that the language itself does not define
 * (document, window, navigator, localStorage, fetch, console, setTimeout, performance, crypto,
 * process, Buffer…): the core may use none of them.
 */
const HOST_GLOBALS = Object.keys({ ...globals.browser, ...globals.worker, ...globals.node })
  .filter((name) => !(name in globals.es2023) && !CORE_HOST_GLOBALS.has(name))
  .sort();

/** Folders below src/core that get their own escape rule; deeper files may not import `../` at all. */
const CORE_DEPTHS = 5;

/** `../` repeated: a specifier that starts with this many from a file `depth` folders below src/core leaves the core. */
function climbsOutOfCore(depth) {
  return String.raw`^(\./)?(\.\./){${depth}}\.\.(/|$)`;
}

const NOT_CORE_PACKAGE = String.raw`^(?!\.\.?(/|$)|(${CORE_PACKAGES.join('|')})(/|$))`;
const PAST_A_DOOR = String.raw`(^|/)core/(?!(${CORE_DOORS.join('|')})(/index)?$)`;

/** A regular expression as an esquery selector writes it, between slashes: its own slashes escaped. */
function inSelector(regex) {
  return `/${regex.replaceAll('/', '\\/')}/`;
}

const CORE_PACKAGE_MESSAGE =
  'The core imports only its own modules and the packages of CORE_PACKAGES (eslint.config.js): it runs in the browser, a Web Worker and Node alike, so no React, i18next, idb or Node builtin.';
const OUT_OF_CORE_MESSAGE = 'This leaves src/core: the core knows nothing of the UI, the command line or the interface words. They call it, never the reverse.';
const DOOR_MESSAGE = `The UI, the command line and main.tsx reach the core only through its doors, one a room: src/core/<room>/index.ts for ${CORE_DOORS.join(', ')}.`;
const CLOCK_MESSAGE = 'The core does not read the clock: take the date as an argument, so that the same input always gives the same output.';

/** The core's rules for files `depth` folders below src/core; null when deeper than CORE_DEPTHS, where no `../` is allowed. */
function coreRules(depth) {
  const outOfCore = depth === null ? String.raw`^(\./)?\.\.(/|$)` : climbsOutOfCore(depth);
  return {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { regex: NOT_CORE_PACKAGE, caseSensitive: true, message: CORE_PACKAGE_MESSAGE },
          { regex: outOfCore, caseSensitive: true, message: OUT_OF_CORE_MESSAGE },
        ],
      },
    ],
    'no-restricted-syntax': [
      'error',
      NAMED_EXPORTS,
      // no-restricted-imports does not look at `import()`.
      { selector: `ImportExpression[source.value=${inSelector(NOT_CORE_PACKAGE)}]`, message: CORE_PACKAGE_MESSAGE },
      { selector: `ImportExpression[source.value=${inSelector(outOfCore)}]`, message: OUT_OF_CORE_MESSAGE },
      { selector: "ImportExpression[source.type!='Literal']", message: 'The core loads only modules it names: a computed import() could load anything.' },
      { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: CLOCK_MESSAGE },
      { selector: "CallExpression[callee.name='Date']", message: CLOCK_MESSAGE },
    ],
    'no-restricted-properties': [
      'error',
      { object: 'Date', property: 'now', message: CLOCK_MESSAGE },
      { object: 'Math', property: 'random', message: 'The core draws no random numbers: the same input always gives the same output.' },
    ],
    'no-restricted-globals': [
      'error',
      ...HOST_GLOBALS.map((name) => ({
        name,
        message: `\`${name}\` belongs to a host (browser, worker or Node), not to the language: the core runs in all three and takes what it needs as arguments.`,
      })),
    ],
  };
}

/** One config block per depth below src/core: the escape rule depends on how many `../` reach src. */
const coreWalls = [
  ...Array.from({ length: CORE_DEPTHS + 1 }, (_, depth) => ({
    files: [`src/core/${'*/'.repeat(depth)}*.{ts,tsx}`],
    rules: coreRules(depth),
  })),
  { files: [`src/core/${'*/'.repeat(CORE_DEPTHS + 1)}**/*.{ts,tsx}`], rules: coreRules(null) },
];

const doorWalls = {
  files: ['src/**/*.{ts,tsx}'],
  ignores: ['src/core/**'],
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ regex: PAST_A_DOOR, caseSensitive: true, message: DOOR_MESSAGE }] }],
    'no-restricted-syntax': ['error', NAMED_EXPORTS, { selector: `ImportExpression[source.value=${inSelector(PAST_A_DOOR)}]`, message: DOOR_MESSAGE }],
  },
};

export default tseslint.config(
  { ignores: ['dist', 'build', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': ['error', NAMED_EXPORTS],
    },
  },
  ...coreWalls,
  doorWalls,
  {
    files: ['vite.config.ts', 'eslint.config.js', 'playwright.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // The script the build writes into the page as it is (scripts/firstViewSnapshot.ts): a browser's
    // classic script, whose one function the page calls after it.
    files: ['src/ui/firstView/showFirstView.js'],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
    rules: { '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^showFirstView$' }] },
  },
  {
    // Preloaded with `node --require` into the command line's warm-up run (scripts/build-cli.ts),
    // whose build is CommonJS: a CommonJS script itself.
    files: ['scripts/**/*.cjs'],
    languageOptions: { globals: globals.node, sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
