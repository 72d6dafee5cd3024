/**
 * Whether two comparison requests ask for the same comparison: the same texts, the same details
 * for each source, the same name. A head start is taken over only then (startComparison.ts).
 */
import { LANGS } from '../../core/model/index';
import type { CompareRequest } from './compareRequest';

export function sameRequest(a: CompareRequest, b: CompareRequest): boolean {
  // The details are a few short fields of strings, lists and nulls: their JSON is their value.
  return a.name === b.name && LANGS.every((lang) => a[lang].text === b[lang].text && JSON.stringify(a[lang].meta) === JSON.stringify(b[lang].meta));
}
