/**
 * White space as JavaScript's `\s` and `String.prototype.trim` know it (WhiteSpace and
 * LineTerminator in ECMA-262), tested one UTF-16 code unit at a time, so that a loop over a long
 * text can step over white space without a regular expression or a substring per character.
 */

/** True exactly when `/\s/` matches the code unit `code`. */
export function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false; // most of a Latin text is decided above or here
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
