/**
 * Renders the new comparison form as the workspace does: a real i18next instance, and a parent that
 * keeps the draft, so that closing the form and opening it again shows what the reader left. The
 * comparison runs through the same core function as in the worker, on the page's thread (jsdom has
 * no Worker).
 */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { Comparison } from '../../../src/core/model/index';
import { createI18n } from '../../../src/i18n/i18n';
import type { IntakeDraft } from '../../../src/ui/intake/intakeDraft';
import { NewComparison } from '../../../src/ui/intake/NewComparison';
import { ComparisonCancelled, type ComparisonRunner, type RunningComparison } from '../../../src/ui/worker/comparisonRun';
import { startInlineComparison } from '../../../src/ui/worker/inlineComparison';
import { PAIRS } from '../../core/engine/fixtures';

/** Three paragraphs of the engine tests' parallel sentences, in French and in English. */
export const FRENCH = [PAIRS.slice(0, 4), PAIRS.slice(4, 8), PAIRS.slice(8, 12)].map((group) => group.map(([fr]) => fr).join(' ')).join('\n\n');
export const ENGLISH = [PAIRS.slice(0, 4), PAIRS.slice(4, 8), PAIRS.slice(8, 12)].map((group) => group.map(([, en]) => en).join(' ')).join('\n\n');

export async function renderIntake({ url = '/', runner = startInlineComparison as ComparisonRunner } = {}) {
  window.history.replaceState(null, '', url);
  const i18n = await createI18n();
  const user = userEvent.setup();
  const compared: Comparison[] = [];
  let drafts = 0;

  function Host() {
    const [draft, setDraft] = useState<IntakeDraft | null>(null);
    const [open, setOpen] = useState(true);
    if (!open) {
      return (
        <button type="button" onClick={() => setOpen(true)}>
          Reopen
        </button>
      );
    }
    return (
      <NewComparison
        draft={draft}
        onDraftChange={(next) => {
          drafts++;
          setDraft(next);
        }}
        onCompared={(comparison) => compared.push(comparison)}
        onClose={() => setOpen(false)}
        runComparison={runner}
      />
    );
  }

  const view = render(
    <I18nextProvider i18n={i18n}>
      <Host />
    </I18nextProvider>,
  );
  return { ...view, user, i18n, compared, draftChanges: () => drafts };
}

/**
 * A runner that waits for `release()` before it starts the same work, so that a test can see the
 * comparison under way and cancel it.
 */
export function heldRunner(): { runner: ComparisonRunner; release: () => void; progress: number[] } {
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const progress: number[] = [];
  const runner: ComparisonRunner = (request, onProgress) => {
    let inner: RunningComparison | null = null;
    let cancelled = false;
    let rejectRun: (error: unknown) => void = () => {};
    const result = new Promise<Comparison>((resolve, reject) => {
      rejectRun = reject;
      void gate.then(() => {
        if (cancelled) return;
        inner = startInlineComparison(request, (fraction) => {
          progress.push(fraction);
          onProgress(fraction);
        });
        inner.result.then(resolve, reject);
      });
    });
    return {
      result,
      cancel() {
        cancelled = true;
        inner?.cancel();
        rejectRun(new ComparisonCancelled());
      },
    };
  };
  return { runner, release: () => release(), progress };
}

/** The bytes of `text` in Windows-1252: Latin-1, and the code page's own places for ’ and œ. */
export function windows1252(text: string): Uint8Array<ArrayBuffer> {
  const specials: Record<string, number> = { '’': 0x92, 'œ': 0x9c, '€': 0x80 };
  return Uint8Array.from(Array.from(text, (char) => specials[char] ?? char.charCodeAt(0)));
}
