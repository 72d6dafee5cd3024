import { useEffect, useId, useReducer, useRef } from 'react';
import { LANGS, type Comparison, type Lang } from '../../core/model/index';
import type { ComparisonRunner } from '../worker/comparisonRun';
import { startComparison } from '../worker/startComparison';
import { CompareFailure } from './CompareFailure';
import { ComparisonProgress } from './ComparisonProgress';
import { decideCompare, passGate, UNCHECKED_GATE } from './intakeGate';
import type { IntakeDraft } from './intakeDraft';
import { useIntakeWords } from './intakeWords';
import { NameField } from './NameField';
import { PairWarning } from './PairWarning';
import { SourceSide } from './SourceSide';
import { useComparisonRun } from './useComparisonRun';
import { useDraftChecks } from './useDraftChecks';
import { useHeadStart } from './useHeadStart';
import { useNewComparisonDraft } from './useNewComparisonDraft';
import { useRefuseStrayDrops } from './useRefuseStrayDrops';
import '../styles/intake.css';

export interface NewComparisonProps {
  /** What the form holds; null for an empty form. The parent keeps it, so that closing the form loses nothing. */
  readonly draft: IntakeDraft | null;
  readonly onDraftChange: (draft: IntakeDraft) => void;
  /** Hears the comparison once it is made. */
  readonly onCompared: (comparison: Comparison) => void;
  readonly onClose: () => void;
  /** How comparisons run: in a Web Worker by default; tests pass the same work without the thread. */
  readonly runComparison?: ComparisonRunner;
}

/**
 * The new comparison: a French and an English text, pasted, typed or dropped, with the details
 * found in them, compared in a worker with a progress bar and a cancel button. Problems are shown
 * next to the side they concern, in the reader's language: an empty side or one over the limit
 * stops the comparison; a language warning holds it until the reader compares anyway (or swaps the
 * texts). Nothing the reader typed is lost: a refused file leaves the text as it was, and cancelling
 * returns to the form as it was left.
 */
export function NewComparison({ draft, onDraftChange, onCompared, onClose, runComparison = startComparison }: NewComparisonProps) {
  const { t } = useIntakeWords();
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const compareButton = useRef<HTMLButtonElement>(null);
  const boxes = useRef<Record<Lang, HTMLTextAreaElement | null>>({ fr: null, en: null });
  const [gate, moveGate] = useReducer(passGate, UNCHECKED_GATE);
  const form = useNewComparisonDraft(draft, onDraftChange);
  const checks = useDraftChecks(form.current, gate.checked);
  const { run, failure, start } = useComparisonRun(runComparison, onCompared, compareButton);
  // Only the worker runner can keep a comparison aside until Compare; tests that pass their own runner compare at the click.
  useHeadStart(form.current, run === null && runComparison === startComparison);

  useEffect(() => heading.current?.focus(), []);
  useRefuseStrayDrops();

  const compare = (anyway: boolean) => {
    const next = decideCompare(form.latest(), anyway);
    moveGate(next);
    if (next.step === 'blocked') boxes.current[next.side]?.focus();
    if (next.step === 'start') start(next.request);
  };

  return (
    <main className="intake" aria-labelledby={titleId}>
      <div className="intake__head">
        <h2 id={titleId} ref={heading} tabIndex={-1} className="intake__title">
          {t('title')}
        </h2>
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('close')}
        </button>
      </div>
      {run !== null ? (
        <ComparisonProgress fraction={run.fraction} onCancel={() => run.cancel()} />
      ) : (
        <form
          className="intake__form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            compare(false);
          }}
        >
          <p className="intake__intro">{t('intro')}</p>
          <div className="intake__sides">
            {LANGS.map((lang) => (
              <SourceSide
                key={lang}
                lang={lang}
                side={form.current[lang]}
                meta={checks.meta[lang]}
                issues={checks.sideIssues[lang]}
                metaIssues={checks.metaIssues[lang]}
                onUpdate={form.update(lang)}
                textRef={(box) => {
                  boxes.current[lang] = box;
                }}
              />
            ))}
          </div>
          <NameField value={form.current.name ?? checks.meta.fr.title ?? ''} onChange={form.rename} />
          <PairWarning
            warnings={checks.pairWarnings}
            holding={gate.holding && checks.languageWarned}
            onCompareAnyway={() => compare(true)}
            onSwap={() => {
              form.swap();
              moveGate({ step: 'swapped' });
            }}
          />
          {failure !== null && <CompareFailure failure={failure} />}
          <div className="intake-actions">
            <button ref={compareButton} type="submit" className="button intake__compare">
              {t('compare')}
            </button>
          </div>
        </form>
      )}
    </main>
  );
}
