/**
 * Fails when the modules of src/ import one another in a cycle, by any kind of import (see
 * importCycles.ts for what counts, and why), and prints each cycle, one per line:
 *
 *     tsx scripts/check-cycles.ts [folder…]       # src/ when none is given; run by `npm run lint`
 *
 *     Import cycle: src/ui/components/RowList.tsx → src/ui/components/RowsNearWindow.tsx → src/ui/components/RowList.tsx
 *
 * Specifiers are resolved with the compiler options of the project's tsconfig.json.
 */
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { findCycles, readImportGraph } from './importCycles';

/**
 * Cycles known and owned, each to go with its fix: the check fails on any other cycle, and on one of
 * these once it is gone, so that the list only shrinks.
 */
const KNOWN_CYCLES = new Set<string>([]);

const root = resolve(import.meta.dirname, '..');
const folders = process.argv.slice(2);

const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.json'), {}, {
  ...ts.sys,
  onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
    throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
  },
});
if (config === undefined) throw new Error('tsconfig.json could not be read; this is a bug');

const files = (folders.length > 0 ? folders : ['src']).flatMap((folder) =>
  readdirSync(resolve(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name))
    .map((name) => resolve(root, folder, name)),
);
const cycles = findCycles(readImportGraph(files, config.options)).map((cycle) => cycle.map((file) => relative(root, file)).join(' → '));
const fresh = cycles.filter((cycle) => !KNOWN_CYCLES.has(cycle));
// Only a check of all of src/ can tell that a known cycle is gone.
const gone = folders.length > 0 ? [] : [...KNOWN_CYCLES].filter((cycle) => !cycles.includes(cycle));
for (const cycle of fresh) console.error(`Import cycle: ${cycle}`);
for (const cycle of gone) console.error(`Known import cycle gone, remove it from KNOWN_CYCLES in scripts/check-cycles.ts: ${cycle}`);
if (fresh.length > 0 || gone.length > 0) process.exit(1);
const known = cycles.length > 0 ? ` but the ${cycles.length} known (scripts/check-cycles.ts)` : '';
console.log(`No import cycle among ${files.length} files${known}.`);
