import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { findCycles, readImportGraph, type ImportGraph } from '../../scripts/importCycles';

function graphOf(edges: Record<string, string[]>): ImportGraph {
  return new Map(Object.entries(edges));
}

describe('findCycles', () => {
  it.each<[string, Record<string, string[]>, string[][]]>([
    ['no import', { a: [], b: [] }, []],
    ['a chain', { a: ['b'], b: ['c'], c: [] }, []],
    ['a diamond', { a: ['b', 'c'], b: ['d'], c: ['d'], d: [] }, []],
    ['a file that imports itself', { a: ['a'] }, [['a', 'a']]],
    ['two files that import each other', { a: ['b'], b: ['a'] }, [['a', 'b', 'a']]],
    ['a cycle of three behind a tail', { t: ['b'], a: ['b'], b: ['c'], c: ['a'] }, [['a', 'b', 'c', 'a']]],
    ['two cycles apart, each once', { a: ['b'], b: ['a'], x: ['y'], y: ['x', 'a'] }, [['a', 'b', 'a'], ['x', 'y', 'x']]],
    ['one component with two loops, its shortest cycle', { a: ['b', 'c'], b: ['c'], c: ['a'] }, [['a', 'c', 'a']]],
  ])('finds %s', (_, edges, cycles) => {
    expect(findCycles(graphOf(edges))).toEqual(cycles);
  });

  it('finds a cycle exactly when the graph has one, and every cycle it gives is made of imports', () => {
    const files = ['a', 'b', 'c', 'd', 'e', 'f'];
    const graphs = fc
      .array(fc.tuple(fc.constantFrom(...files), fc.constantFrom(...files)), { maxLength: 12 })
      .map((edges) => new Map(files.map((file) => [file, [...new Set(edges.filter(([from]) => from === file).map(([, to]) => to))]])));
    fc.assert(
      fc.property(graphs, (graph) => {
        const cycles = findCycles(graph);
        for (const cycle of cycles) {
          expect(cycle[0]).toBe(cycle[cycle.length - 1]);
          for (let k = 1; k < cycle.length; k++) expect(graph.get(cycle[k - 1] as string)).toContain(cycle[k]);
        }
        expect(cycles.length > 0).toBe(!sortsTopologically(graph));
      }),
    );
  });
});

/** Kahn's algorithm: whether every file can be listed after all it imports, which only a graph without cycles allows. */
function sortsTopologically(graph: ImportGraph): boolean {
  const importers = new Map([...graph.keys()].map((file) => [file, 0]));
  for (const targets of graph.values()) for (const target of targets) importers.set(target, (importers.get(target) ?? 0) + 1);
  const ready = [...importers].filter(([, count]) => count === 0).map(([file]) => file);
  let listed = 0;
  while (ready.length > 0) {
    const file = ready.pop() as string;
    listed++;
    for (const target of graph.get(file) ?? []) {
      const left = (importers.get(target) as number) - 1;
      importers.set(target, left);
      if (left === 0) ready.push(target);
    }
  }
  return listed === graph.size;
}

describe('readImportGraph', () => {
  const folder = mkdtempSync(join(tmpdir(), 'import-cycles-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const options: ts.CompilerOptions = { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, jsx: ts.JsxEmit.ReactJSX };

  function project(files: Record<string, string>): string[] {
    return Object.entries(files).map(([name, text]) => {
      const path = join(folder, name);
      writeFileSync(path, text);
      return path;
    });
  }

  it('counts every kind of import: static, type-only, re-exported, dynamic and in a type', () => {
    const [writers, optionsFile, list, lazy, typed, leaf] = project({
      'writers.ts': "import type { Options } from './options';\nexport const write = (options: Options) => options;\n",
      'options.ts': "import { write } from './writers';\nexport interface Options { readonly width: number }\nexport const writers = [write];\n",
      'list.tsx': "export { write } from './writers';\nexport const load = () => import('./lazy');\n",
      'lazy.tsx': "import type { Leaf } from './leaf';\nexport type Loader = typeof import('./typed');\nexport type L = Leaf;\n",
      'typed.ts': "export const typed = 1;\nexport type Missing = typeof import('react');\n",
      'leaf.ts': "export interface Leaf { readonly name: string }\nimport '../elsewhere/outside';\n",
    });
    const graph = readImportGraph([writers, optionsFile, list, lazy, typed, leaf] as string[], options);
    expect(Object.fromEntries(graph)).toEqual({
      [writers as string]: [optionsFile],
      [optionsFile as string]: [writers],
      [list as string]: [lazy, writers],
      [lazy as string]: [leaf, typed],
      [typed as string]: [],
      [leaf as string]: [],
    });
    expect(findCycles(graph)).toEqual([[optionsFile, writers, optionsFile]]);
  });

  it('finds a cycle closed by a lazy import()', () => {
    const files = project({
      'RowList.tsx': "export const RowsNearWindow = () => import('./RowsNearWindow');\nexport const EveryRow = 1;\n",
      'RowsNearWindow.tsx': "import { EveryRow } from './RowList';\nexport const rows = EveryRow;\n",
    });
    expect(findCycles(readImportGraph(files, options))).toEqual([[files[0], files[1], files[0]]]);
  });
});
