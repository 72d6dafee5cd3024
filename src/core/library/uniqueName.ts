/**
 * A name no other comparison of the library has, so that a copy or a second import is never a
 * second entry under the same name: `miit-vpn` becomes `miit-vpn (2)`, then `miit-vpn (3)`; a copy
 * of `miit-vpn (2)` is `miit-vpn (3)`, not `miit-vpn (2) (2)`. Numbers rather than words such as
 * "copy", since the name is data and reads the same in either interface language.
 */

const NUMBERED = /^(.*?) \((\d+)\)$/u;

/** `name` when no name of `taken` is the same, else its base with the smallest number from 2 up that none has. */
export function uniqueName(name: string, taken: Iterable<string>): string {
  const names = new Set(taken);
  if (!names.has(name)) return name;
  const base = NUMBERED.exec(name)?.[1] ?? name;
  for (let number = 2; ; number += 1) {
    const candidate = `${base} (${number})`;
    if (!names.has(candidate)) return candidate;
  }
}
