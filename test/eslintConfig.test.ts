import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The walls of eslint.config.js, proved by planting each kind of violation in a file of the place
 * it is forbidden (the file need not exist: ESLint picks the rules by its path) and linting it with
 * the project's own config, as `npm run lint` does.
 */
const eslint = new ESLint({ cwd: fileURLToPath(new URL('..', import.meta.url)) });

async function problemsOf(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => `${message.ruleId ?? 'parser'}: ${message.message}`);
}

const LEAVES_CORE = 'no-restricted-imports: \'{path}\' import is restricted from being used by a pattern. This leaves src/core';

describe('eslint.config.js, the core', () => {
  it.each([
    ['src/core/planted.ts', '../ui/App'],
    ['src/core/engine/planted.ts', '../../ui/App'],
    ['src/core/engine/planted.ts', '../../cli/options'],
    ['src/core/engine/data/planted.ts', '../../../ui/components/RowList'],
    ['src/core/export/planted.ts', '../../i18n/i18n'],
    ['src/core/engine/planted.ts', './../../../src/ui/App'],
  ])('refuses an import that leaves the core: %s importing %s', async (file, path) => {
    expect(await problemsOf(file, `import { x } from '${path}';\nexport const y = x;\n`)).toEqual([expect.stringContaining(LEAVES_CORE.replace('{path}', path))]);
  });

  it.each(['react', 'react-dom/client', 'i18next', 'react-i18next', 'idb', '@tanstack/react-virtual', 'node:fs', 'fs', 'path'])(
    'refuses the package %s, even for its types',
    async (name) => {
      for (const code of [`import { x } from '${name}';\nexport const y = x;\n`, `import type { X } from '${name}';\nexport type Y = X;\n`]) {
        expect(await problemsOf('src/core/engine/planted.ts', code)).toEqual([expect.stringContaining('The core imports only its own modules and the packages of CORE_PACKAGES')]);
      }
    },
  );

  it.each([
    ["import('../../ui/App')", 'This leaves src/core'],
    ["import('react')", 'The core imports only its own modules'],
    ["import('node:fs')", 'The core imports only its own modules'],
    ['import(`./${name}`)', 'a computed import() could load anything'],
  ])('refuses the dynamic %s', async (call, message) => {
    const problems = await problemsOf('src/core/engine/planted.ts', `export const name = 'compare';\nexport const load = () => ${call};\n`);
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^no-restricted-syntax: .*${message.replace(/[()]/g, '\\$&')}`))]);
  });

  it.each(['document.title', 'window.innerWidth', 'navigator.language', "localStorage.getItem('k')", "fetch('/x')", 'process.env', "console.log('x')", 'performance.now()', 'crypto.randomUUID()', 'setTimeout(() => 0, 1)'])(
    'refuses the host global in %s',
    async (use) => {
      const name = use.match(/^\w+/)?.[0] as string;
      expect(await problemsOf('src/core/engine/planted.ts', `export const read = () => ${use};\n`)).toEqual([
        `no-restricted-globals: Unexpected use of '${name}'. \`${name}\` belongs to a host (browser, worker or Node), not to the language: the core runs in all three and takes what it needs as arguments.`,
      ]);
    },
  );

  it.each([
    ['new Date()', 'no-restricted-syntax'],
    ['Date()', 'no-restricted-syntax'],
    ['Date.now()', 'no-restricted-properties'],
  ])('refuses to read the clock: %s', async (use, rule) => {
    expect(await problemsOf('src/core/engine/planted.ts', `export const now = () => ${use};\n`)).toEqual([expect.stringMatching(new RegExp(`^${rule}: .*The core does not read the clock`))]);
  });

  it('refuses randomness', async () => {
    expect(await problemsOf('src/core/planted.ts', 'export const draw = () => Math.random();\n')).toEqual([expect.stringContaining('The core draws no random numbers')]);
  });

  it('lets the core use its own modules, its packages, the language and the two web standards it shares with every host', async () => {
    const code = [
      "import { z } from 'zod/mini';",
      "import { parse } from 'yaml';",
      "import type { Lang } from '../model/types';",
      "import { tokenize } from './normalize';",
      "export const load = () => import('./compare');",
      'export const day = (year: number) => new Date(Date.UTC(year, 0, 1)).toISOString();',
      "export const text = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(bytes);",
      "export const href = (value: string) => new URL(value).href;",
      'export const all = [z, parse, tokenize, Intl.Collator, globalThis.structuredClone] as const;',
      "export const lang: Lang = 'fr';",
    ].join('\n');
    expect(await problemsOf('src/core/engine/planted.ts', `${code}\n`)).toEqual([]);
  });
});

describe('eslint.config.js, the doors', () => {
  const PAST_A_DOOR =
    "no-restricted-imports: '{path}' import is restricted from being used by a pattern. The UI, the command line and main.tsx reach the core only through its doors, one a room: src/core/<room>/index.ts for comparisonFile, edit, engine, export, findings, intake, library, model, proposal, reading, text, translation.";

  it.each([
    ['src/ui/components/Planted.tsx', '../../core/comparisonFile/format'],
    ['src/ui/Planted.tsx', '../core/engine/compare'],
    ['src/ui/worker/planted.ts', '../../core/proposal/proposal'],
    ['src/cli/planted.ts', '../core/intake/decodeSourceBytes'],
    ['src/cli/writers/planted.ts', '../../core/model/types'],
    ['src/cli/planted.ts', '../core/engine/data/lexicon.json'],
    ['src/planted.tsx', './core/comparisonFile/format'],
    // The core's root is no door any more, nor is a folder that is not a room.
    ['src/ui/Planted.tsx', '../core/index'],
    ['src/ui/Planted.tsx', '../core/planted/index'],
  ])('refuses %s an import of %s, past a door', async (file, path) => {
    expect(await problemsOf(file, `import { x } from '${path}';\nexport const y = x;\n`)).toEqual([PAST_A_DOOR.replace('{path}', path)]);
  });

  it('refuses a dynamic import past a door', async () => {
    expect(await problemsOf('src/planted.tsx', "export const load = () => import('./core/export/writeExport');\n")).toEqual([
      `no-restricted-syntax: ${PAST_A_DOOR.slice(PAST_A_DOOR.indexOf('The UI'))}`,
    ]);
  });

  it('lets the UI and the command line in through the door of a room, named with or without its index', async () => {
    const code = [
      "import { LANGS } from '../../core/model/index';",
      "import type { Lang } from '../../core/model';",
      "import { orderFindings } from '../../core/findings/index';",
      "import { layoutReadingRows } from '../../core/reading';",
      'export const used = [LANGS, orderFindings, layoutReadingRows] as const;',
      'export const lang: Lang = LANGS[0];',
    ].join('\n');
    expect(await problemsOf('src/ui/components/Planted.tsx', `${code}\n`)).toEqual([]);
    expect(await problemsOf('src/cli/planted.ts', "export const load = () => import('../core/export/index');\n")).toEqual([]);
  });
});
