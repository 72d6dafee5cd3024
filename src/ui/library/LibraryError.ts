import { SavedRecordError } from '../../core/library/index';

/**
 * Why the library could not do what was asked:
 * - `unavailable`: the browser gives no storage (IndexedDB missing, refused as in private browsing);
 * - `full`: the browser's storage quota is used up;
 * - `blocked`: another tab holds the library open with an older version of the app;
 * - `newer-version`: a newer version of the app wrote the library or this record; it is left as it is;
 * - `corrupt`: the record is damaged;
 * - `not-found`: no record has this id;
 * - `failed`: anything else the browser reported.
 */
export type LibraryErrorCode = 'unavailable' | 'full' | 'blocked' | 'newer-version' | 'corrupt' | 'not-found' | 'failed';

/** A library operation that failed, with a code the interface words in the reader's language. */
export class LibraryError extends Error {
  override name = 'LibraryError';
  constructor(
    readonly code: LibraryErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Turns whatever a library operation threw into a LibraryError, keeping the original as its cause. */
export function toLibraryError(error: unknown): LibraryError {
  if (error instanceof LibraryError) return error;
  if (error instanceof SavedRecordError) return new LibraryError(error.code, error.message, { cause: error });
  // Read by shape: a DOMException from another realm (a worker, a test's fake IndexedDB) fails instanceof.
  const { name, message } = describeThrown(error);
  switch (name) {
    // Firefox before version 60 named it after its own error.
    case 'QuotaExceededError':
    case 'NS_ERROR_DOM_QUOTA_REACHED':
      return new LibraryError('full', `library: storage is full: ${message}`, { cause: error });
    // The database on disk is of a newer version than this app opens.
    case 'VersionError':
      return new LibraryError('newer-version', `library: the database was upgraded by a newer version of the app: ${message}`, { cause: error });
    // What private browsing, disabled storage or a sandboxed frame throw at `open`.
    case 'SecurityError':
    case 'InvalidStateError':
    case 'UnknownError':
    case 'NotAllowedError':
    case 'NotSupportedError':
      return new LibraryError('unavailable', `library: the browser refused storage: ${message}`, { cause: error });
    default:
      return new LibraryError('failed', `library: ${message}`, { cause: error });
  }
}

function describeThrown(error: unknown): { name: string | null; message: string } {
  if (typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string') {
    const message = 'message' in error && typeof error.message === 'string' ? error.message : error.name;
    return { name: error.name, message };
  }
  return { name: null, message: String(error) };
}
