/** Runs the real command line in a child process, as a person does: what the CLI tests share. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const SCRIPT = join(ROOT, 'src/cli/compare.ts');

/** Long enough for a cold tsx start on a slow CI machine. */
export const SPAWN_TIMEOUT = 30_000;

export interface RunResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `compare` with `args` from the folder `cwd`; colour settings of the calling shell are
 * cleared so that output does not depend on who runs the tests, unless `extraEnv` sets them.
 */
export function runCompareIn(cwd: string, args: readonly string[], extraEnv: Record<string, string> = {}): Promise<RunResult> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NO_COLOR' && key !== 'FORCE_COLOR'));
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [SCRIPT, ...args], { cwd, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
