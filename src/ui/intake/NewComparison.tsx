import { useCallback, useDeferredValue, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { checkPair, checkSourceMeta, detectSourceMeta, type PairIssue, type SourceMeta, type SourceMetaIssue } from '../../core/intake/index';
import { LANGS, type Comparison, type Lang } from '../../core/model/index';
import { ComparisonCancelled, ComparisonFailed, type ComparisonRunner } from '../worker/comparisonRun';
import { prepareComparisonWorker, startComparison } from '../worker/startComparison';
import { CompareFailure } from './CompareFailure';
import { ComparisonProgress } from './ComparisonProgress';
import { EMPTY_INTAKE_DRAFT, shownMeta, withSide, type IntakeDraft, type SideDraft } from './intakeDraft';
import { useIntakeWords } from './intakeWords';
import { PairWarning } from './PairWarning';
import { SourceSide } from './SourceSide';
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

/** Where the form stands: being filled, or a comparison under way. */
type Run = { readonly fraction: number; readonly cancel: () => void };

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
  const nameId = useId();
  const current = draft ?? EMPTY_INTAKE_DRAFT;
  // Changes that land later (a file being read) apply to the draft as it is then, not as it was.
  const latest = useRef(current);
  useLayoutEffect(() => {
    latest.current = current;
  });
  const heading = useRef<HTMLHeadingElement>(null);
  const compareButton = useRef<HTMLButtonElement>(null);
  const boxes = useRef<Record<Lang, HTMLTextAreaElement | null>>({ fr: null, en: null });
  const running = useRef<Run | null>(null);

  const [run, setRun] = useState<Run | null>(null);
  const [failure, setFailure] = useState<ComparisonFailed | null>(null);
  // Problems are shown once the reader has asked to compare, then follow the texts as they change.
  const [checked, setChecked] = useState(false);
  const [holding, setHolding] = useState(false);

  const frText = useDeferredValue(current.fr.text);
  const enText = useDeferredValue(current.en.text);
  const detected: Record<Lang, SourceMeta> = {
    fr: useMemo(() => detectSourceMeta(frText, 'fr'), [frText]),
    en: useMemo(() => detectSourceMeta(enText, 'en'), [enText]),
  };
  const meta: Record<Lang, SourceMeta> = { fr: shownMeta(current.fr, detected.fr), en: shownMeta(current.en, detected.en) };
  const shownIssues = useMemo(() => (checked ? checkPair({ fr: frText, en: enText }) : []), [checked, frText, enText]);
  const metaIssues: Record<Lang, readonly SourceMetaIssue[]> = {
    fr: checked ? checkSourceMeta(meta.fr) : [],
    en: checked ? checkSourceMeta(meta.en) : [],
  };
  const defaultName = meta.fr.title ?? '';
  const name = current.name ?? defaultName;

  useEffect(() => heading.current?.focus(), []);
  // A file dropped beside the text boxes would make the browser leave the page for the file, and the
  // draft with it: while the form is open, such a drop is refused (the boxes take theirs first).
  useEffect(() => {
    const refuseDrop = (event: DragEvent) => {
      if (!Array.from(event.dataTransfer?.types ?? []).includes('Files')) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'none';
    };
    window.addEventListener('dragover', refuseDrop);
    window.addEventListener('drop', refuseDrop);
    return () => {
      window.removeEventListener('dragover', refuseDrop);
      window.removeEventListener('drop', refuseDrop);
    };
  }, []);
  // Leaving the form while a comparison runs stops it: nobody would see its result.
  useEffect(() => () => running.current?.cancel(), []);
  // While the reader fills the form, a worker loads the engine, so that Compare starts at once.
  const idle = run === null;
  useEffect(() => (idle && runComparison === startComparison ? prepareComparisonWorker() : undefined), [idle, runComparison]);
  // Returning from a run (cancelled or failed), the keyboard is where it was before.
  const wasRunning = useRef(false);
  useEffect(() => {
    if (wasRunning.current && run === null) compareButton.current?.focus();
    wasRunning.current = run !== null;
  }, [run]);

  const update = useCallback(
    (lang: Lang) => (change: (side: SideDraft) => SideDraft) => {
      const next = withSide(latest.current, lang, change(latest.current[lang]));
      latest.current = next;
      onDraftChange(next);
    },
    [onDraftChange],
  );

  // The details as they are for the texts now: the ones shown may lag a keystroke behind (deferred detection).
  const metaNow = (draftNow: IntakeDraft): Record<Lang, SourceMeta> => ({
    fr: shownMeta(draftNow.fr, detectSourceMeta(draftNow.fr.text, 'fr')),
    en: shownMeta(draftNow.en, detectSourceMeta(draftNow.en.text, 'en')),
  });

  const start = () => {
    const draftNow = latest.current;
    const details = metaNow(draftNow);
    setFailure(null);
    setHolding(false);
    const request = {
      fr: { text: draftNow.fr.text, meta: details.fr },
      en: { text: draftNow.en.text, meta: details.en },
      name: draftNow.name?.trim() || details.fr.title?.trim() || '',
    };
    const started = runComparison(request, (fraction) => setRun((previous) => (previous === null ? null : { ...previous, fraction })));
    running.current = { fraction: 0, cancel: started.cancel };
    setRun(running.current);
    started.result.then(
      (comparison) => {
        running.current = null;
        setRun(null);
        onCompared(comparison);
      },
      (error: unknown) => {
        running.current = null;
        setRun(null);
        if (error instanceof ComparisonCancelled) return;
        setFailure(error instanceof ComparisonFailed ? error : new ComparisonFailed('engine', null, String(error)));
      },
    );
  };

  const compare = (anyway: boolean) => {
    const draftNow = latest.current;
    const issues = checkPair({ fr: draftNow.fr.text, en: draftNow.en.text });
    setChecked(true);
    const details = metaNow(draftNow);
    const blocked = LANGS.find((lang) => issues.some((issue) => issue.blocking && issue.side === lang) || checkSourceMeta(details[lang]).length > 0);
    if (blocked !== undefined) {
      boxes.current[blocked]?.focus();
      return;
    }
    if (!anyway && issues.length > 0) {
      setHolding(true);
      return;
    }
    start();
  };

  const sideIssues = (lang: Lang): readonly PairIssue[] => shownIssues.filter((issue) => issue.side === lang);
  const pairWarnings = shownIssues.filter((issue) => issue.side === null);
  const sideWarnings = shownIssues.filter((issue) => issue.code === 'wrong-language');

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
                side={current[lang]}
                meta={meta[lang]}
                issues={sideIssues(lang)}
                metaIssues={metaIssues[lang]}
                onUpdate={update(lang)}
                textRef={(box) => {
                  boxes.current[lang] = box;
                }}
              />
            ))}
          </div>
          <div className="intake__name">
            <label htmlFor={nameId}>{t('name.label')}</label>
            <input
              id={nameId}
              type="text"
              value={name}
              aria-describedby={`${nameId}-hint`}
              onChange={(event) => onDraftChange({ ...latest.current, name: event.currentTarget.value })}
            />
            <p id={`${nameId}-hint`} className="intake-side__hint">
              {t('name.hint')}
            </p>
          </div>
          <PairWarning
            warnings={pairWarnings}
            holding={holding && (pairWarnings.length > 0 || sideWarnings.length > 0)}
            onCompareAnyway={() => compare(true)}
            onSwap={() => {
              onDraftChange({ ...latest.current, fr: latest.current.en, en: latest.current.fr });
              setHolding(false);
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
