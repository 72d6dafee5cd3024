/**
 * What one whole run of a command costs, as the person running it pays it: wall time, CPU time
 * (user and system, of the process and every process it starts, such as tsx's esbuild service)
 * and peak memory (the largest resident set of any of them), read from the kernel by GNU time.
 *
 * Without /usr/bin/time, each Node process of the run reports its own `process.resourceUsage()` as
 * it exits (a module preloaded through NODE_OPTIONS), and their CPU times are summed; a process
 * that is not Node is then not counted.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const GNU_TIME = '/usr/bin/time';

export interface RunCost {
  readonly wallMs: number;
  /** User and system CPU time, in milliseconds. */
  readonly cpuMs: number;
  /** Peak resident memory, in MB (10^6 bytes). */
  readonly maxRssMb: number;
}

/** Runs `command` with `args` in `cwd`, standard output discarded; throws with its standard error when it fails. */
export function measureRun(command: string, args: readonly string[], cwd: string): RunCost {
  const scratch = mkdtempSync(join(tmpdir(), 'measure-run-'));
  try {
    return existsSync(GNU_TIME) ? measureWithGnuTime(command, args, cwd, scratch) : measureWithReports(command, args, cwd, scratch);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function measureWithGnuTime(command: string, args: readonly string[], cwd: string, scratch: string): RunCost {
  const report = join(scratch, 'time');
  // %e wall seconds, %U user seconds, %S system seconds, %M peak resident set in KiB.
  const { wallMs } = run(GNU_TIME, ['-f', '%e %U %S %M', '-o', report, command, ...args], cwd, {});
  const [, user = NaN, system = NaN, maxRssKib = NaN] = readFileSync(report, 'utf8').trim().split(/\s+/).map(Number);
  return { wallMs, cpuMs: (user + system) * 1000, maxRssMb: (maxRssKib * 1024) / 1e6 };
}

function measureWithReports(command: string, args: readonly string[], cwd: string, scratch: string): RunCost {
  const reports = join(scratch, 'reports');
  const reporter = join(scratch, 'report-usage.mjs');
  writeFileSync(
    reporter,
    `import { appendFileSync } from 'node:fs';\nprocess.on('exit', () => { const u = process.resourceUsage(); appendFileSync(${JSON.stringify(reports)}, JSON.stringify([u.userCPUTime, u.systemCPUTime, u.maxRSS]) + '\\n'); });\n`,
  );
  const nodeOptions = `${process.env['NODE_OPTIONS'] ?? ''} --import=${pathToFileURL(reporter).href}`.trim();
  const { wallMs } = run(command, args, cwd, { NODE_OPTIONS: nodeOptions });
  const usages = readFileSync(reports, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as [number, number, number]);
  return {
    wallMs,
    cpuMs: usages.reduce((sum, [user, system]) => sum + (user + system) / 1000, 0),
    maxRssMb: Math.max(...usages.map(([, , maxRssKib]) => (maxRssKib * 1024) / 1e6)),
  };
}

function run(command: string, args: readonly string[], cwd: string, env: Record<string, string>): { wallMs: number } {
  const started = performance.now();
  const child = spawnSync(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const wallMs = performance.now() - started;
  if (child.error) throw child.error;
  if (child.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${String(child.status)}:\n${child.stderr}`);
  return { wallMs };
}
