import { describe, expect, it } from 'vitest';
import { SavedRecordError } from '../../../src/core/library/index';
import { LibraryError, toLibraryError } from '../../../src/ui/library/LibraryError';

describe('toLibraryError', () => {
  it.each([
    ['QuotaExceededError', 'full'],
    ['VersionError', 'newer-version'],
    ['SecurityError', 'unavailable'],
    ['InvalidStateError', 'unavailable'],
    ['UnknownError', 'unavailable'],
    ['DataCloneError', 'failed'],
  ])('reads a DOMException named %s as %s, keeping it as the cause', (name, code) => {
    const thrown = new DOMException('from the browser', name);
    const error = toLibraryError(thrown);
    expect(error.code).toBe(code);
    expect(error.cause).toBe(thrown);
  });

  it('keeps the code of a saved record the core refused', () => {
    expect(toLibraryError(new SavedRecordError('newer-version', 'saved record "x": version 3')).code).toBe('newer-version');
    expect(toLibraryError(new SavedRecordError('corrupt', 'saved record "x": not an object')).code).toBe('corrupt');
  });

  it('gives back a LibraryError as it is, and reads anything else as failed', () => {
    const error = new LibraryError('blocked', 'library: blocked');
    expect(toLibraryError(error)).toBe(error);
    expect(toLibraryError('a string').code).toBe('failed');
  });
});
