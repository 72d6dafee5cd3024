/**
 * Runs the real command line in a child process, as a person does: what the CLI tests share. It is
 * the compiled command line, as `npm run compare` runs it, built from the sources as they are now
 * (scripts/freshCli.ts), so that the tests never run a build older than the code.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CLI_NODE_FLAGS } from '../../scripts/build-cli';
import { freshCli } from '../../scripts/freshCli';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * A limit that catches a command line that hangs, not a slow machine: the tests spawn several
 * commands at once, and on two cores shared with other work each took up to 27 s (5 s alone).
 */
export const SPAWN_TIMEOUT = 120_000;

export interface RunResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** What the calling shell sets that would change the output: colour, and the locale, which chooses the language of errors. */
const CLEARED = ['NO_COLOR', 'FORCE_COLOR', 'LC_ALL', 'LC_MESSAGES', 'LANG'];

/**
 * Runs `compare` with `args` from the folder `cwd`; colour and locale settings of the calling
 * shell are cleared so that output does not depend on who runs the tests, unless `extraEnv` sets them.
 */
export async function runCompareIn(cwd: string, args: readonly string[], extraEnv: Record<string, string> = {}): Promise<RunResult> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !CLEARED.includes(key)));
  const entry = await freshCli();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...CLI_NODE_FLAGS, entry, ...args], { cwd, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
