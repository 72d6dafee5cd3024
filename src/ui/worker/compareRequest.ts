/**
 * What the page asks of the comparison thread and what it answers, and the work itself as a plain
 * function: the worker (compareWorker.ts) and the runner used where no worker can start
 * (inlineComparison.ts) both call `runCompareRequest`, so that the same code runs with or without
 * the thread.
 */
import { compareSources } from '../../core/engine/index';
import { applySourceMeta, IntakeError, readSourceText, type IntakeErrorCode, type SourceMeta } from '../../core/intake/index';
import type { Comparison, Lang, Source } from '../../core/model/index';

export interface SideRequest {
  /** The text as the reader left it: plain text or Markdown, optional front matter. */
  readonly text: string;
  /** The details to give the source, as the reader checked them. */
  readonly meta: SourceMeta;
}

export interface CompareRequest {
  readonly fr: SideRequest;
  readonly en: SideRequest;
  /** The comparison's name; empty for the default. */
  readonly name: string;
}

/** Why a comparison failed: a refusal of the intake (front matter that cannot be read among them), or a bug. */
export type CompareFailureCode = IntakeErrorCode | 'engine';

export type CompareReply =
  | { readonly type: 'progress'; readonly fraction: number }
  | { readonly type: 'done'; readonly comparison: Comparison }
  | { readonly type: 'failed'; readonly code: CompareFailureCode; readonly side: Lang | null; readonly detail: string };

/** Progress is sent when it has grown by this much: each message costs a copy to the other thread. */
const PROGRESS_STEP = 0.01;

/** The name a comparison gets when the reader gives none. */
export const DEFAULT_COMPARISON_NAME = 'comparison';

/**
 * Reads both texts, applies the reader's details, compares them and tells `post` how far it has
 * gone, then either the comparison or why it failed. Never throws: every failure is a reply.
 */
export function runCompareRequest(request: CompareRequest, post: (reply: CompareReply) => void): void {
  try {
    const fr = readSide(request, 'fr');
    const en = readSide(request, 'en');
    let last = -1;
    const { comparison } = compareSources(fr, en, {
      name: request.name.trim() || DEFAULT_COMPARISON_NAME,
      onProgress: (fraction) => {
        if (fraction < 1 && fraction - last < PROGRESS_STEP) return;
        last = fraction;
        post({ type: 'progress', fraction });
      },
    });
    post({ type: 'done', comparison });
  } catch (error) {
    post(failureOf(error));
  }
}

function readSide(request: CompareRequest, side: Lang): Source {
  const { text, meta } = request[side];
  // The form checked the text already; the thread has the core check it again, as anything that receives data should.
  return applySourceMeta(readSourceText(text, side), meta);
}

/** The side comes from the refusal itself: the core stamps every IntakeError with the side it was reading. */
function failureOf(error: unknown): CompareReply {
  if (error instanceof IntakeError) return { type: 'failed', code: error.code, side: error.side, detail: error.message };
  return { type: 'failed', code: 'engine', side: null, detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
}
