/**
 * The project's import graph and its cycles, for scripts/check-cycles.ts.
 *
 * Every kind of import is an edge: `import`, `import type`, `export … from`, and `import()`, in
 * code or in a type. A cycle of types alone costs nothing at run time, and one through `import()`
 * does not break a module's evaluation, but either still ties two modules so that neither can be
 * read, moved or tested without the other. (eslint-plugin-import-x's `no-cycle`, the usual rule,
 * skips type-only imports, so it would not see a writer that imports its options' type from the
 * module that lists the writers.)
 *
 * Method: each file is scanned, not parsed (TypeScript's `preProcessFile`), each specifier
 * resolved as the compiler resolves it, then Tarjan's strongly connected components: every
 * component of more than one file, or a file that imports itself, holds a cycle. Time and memory
 * O(files + imports); the scan dominates, about a second for the whole of src/.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** Each file's imports, both as absolute paths, only those among the files given. */
export type ImportGraph = ReadonlyMap<string, readonly string[]>;

/** The import graph of `files` (absolute paths), each specifier resolved with `options` as tsc would. */
export function readImportGraph(files: readonly string[], options: ts.CompilerOptions): ImportGraph {
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = new Set<string>();
    for (const { fileName: specifier } of importedFiles) {
      const resolved = ts.resolveModuleName(specifier, file, options, ts.sys).resolvedModule?.resolvedFileName;
      if (resolved !== undefined && known.has(resolved)) targets.add(resolved);
    }
    graph.set(file, [...targets].sort());
  }
  return graph;
}

/**
 * One cycle from each strongly connected component that has one, each as the files in import
 * order, the first file repeated at the end: `[a, b, a]` when a imports b and b imports a. Files
 * and cycles come in a stable order, so that the report reads the same on every run.
 */
export function findCycles(graph: ImportGraph): string[][] {
  return stronglyConnected(graph)
    .filter((component) => component.length > 1 || (graph.get(component[0] as string) ?? []).includes(component[0] as string))
    .map((component) => cycleWithin(graph, new Set(component)))
    .sort((a, b) => (a[0] as string).localeCompare(b[0] as string));
}

/** Tarjan's algorithm, iterative so that a long chain of imports cannot overflow the stack. */
function stronglyConnected(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let next = 0;

  for (const root of [...graph.keys()].sort()) {
    if (index.has(root)) continue;
    // Each frame: a file and how many of its imports have been followed.
    const frames: [string, number][] = [[root, 0]];
    index.set(root, next);
    low.set(root, next++);
    stack.push(root);
    onStack.add(root);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1] as [string, number];
      const [file, followed] = frame;
      const targets = graph.get(file) ?? [];
      if (followed < targets.length) {
        frame[1]++;
        const target = targets[followed] as string;
        if (!index.has(target)) {
          index.set(target, next);
          low.set(target, next++);
          stack.push(target);
          onStack.add(target);
          frames.push([target, 0]);
        } else if (onStack.has(target)) {
          low.set(file, Math.min(low.get(file) as number, index.get(target) as number));
        }
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent !== undefined) low.set(parent[0], Math.min(low.get(parent[0]) as number, low.get(file) as number));
      if (low.get(file) === index.get(file)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop() as string;
          onStack.delete(member);
          component.push(member);
        } while (member !== file);
        components.push(component.sort());
      }
    }
  }
  return components;
}

/** A shortest cycle through the component's first file (breadth first, inside the component). */
function cycleWithin(graph: ImportGraph, component: ReadonlySet<string>): string[] {
  const start = [...component].sort()[0] as string;
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const file = queue[head] as string;
    for (const target of graph.get(file) ?? []) {
      if (!component.has(target)) continue;
      if (target === start) {
        const path = [file];
        while (path[0] !== start) path.unshift(cameFrom.get(path[0] as string) as string);
        return [...path, start];
      }
      if (!cameFrom.has(target)) {
        cameFrom.set(target, file);
        queue.push(target);
      }
    }
  }
  throw new Error(`no cycle through ${start} in its own strongly connected component; this is a bug`);
}
