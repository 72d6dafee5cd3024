/** The shipped pair, read from disk as the command line reads it: the tests' real fixture. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const PAIR_DIR = fileURLToPath(new URL('../../sources/miit-vpn/', import.meta.url));

export function readPairFile(name: string): string {
  return readFileSync(`${PAIR_DIR}${name}`, 'utf8');
}

export function readPairBytes(name: string): Buffer {
  return readFileSync(`${PAIR_DIR}${name}`);
}
