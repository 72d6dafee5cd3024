import { useEffect, useRef, useState, type RefObject } from 'react';
import type { Comparison } from '../../core/model/index';
import type { CompareRequest } from '../worker/compareRequest';
import { ComparisonCancelled, ComparisonFailed, type ComparisonRunner } from '../worker/comparisonRun';
import { prepareComparisonWorker, startComparison } from '../worker/startComparison';

/** A comparison under way: how far it has gone, from 0 to 1, and what stops it. */
export interface Run {
  readonly fraction: number;
  readonly cancel: () => void;
}

export interface ComparisonRun {
  /** The comparison under way; null while the reader fills the form. */
  readonly run: Run | null;
  /** Why the last comparison could not be made; null once another starts. */
  readonly failure: ComparisonFailed | null;
  /** Starts comparing `request`; the comparison goes to `onCompared` once made. */
  readonly start: (request: CompareRequest) => void;
}

/**
 * Runs the form's comparisons with `runComparison` and follows them: the progress, a failure said
 * in words, a cancel that returns to the form as it was. While the form waits, a worker loads the
 * engine; leaving the form stops a comparison under way; and returning from one (cancelled or
 * failed), the keyboard goes back to `compareButton`, where it was before.
 */
export function useComparisonRun(
  runComparison: ComparisonRunner,
  onCompared: (comparison: Comparison) => void,
  compareButton: RefObject<HTMLButtonElement | null>,
): ComparisonRun {
  const running = useRef<Run | null>(null);
  const [run, setRun] = useState<Run | null>(null);
  const [failure, setFailure] = useState<ComparisonFailed | null>(null);

  // Leaving the form while a comparison runs stops it: nobody would see its result.
  useEffect(() => () => running.current?.cancel(), []);
  // While the reader fills the form, a worker loads the engine, so that Compare starts at once.
  const idle = run === null;
  useEffect(() => (idle && runComparison === startComparison ? prepareComparisonWorker() : undefined), [idle, runComparison]);
  const wasRunning = useRef(false);
  useEffect(() => {
    if (wasRunning.current && run === null) compareButton.current?.focus();
    wasRunning.current = run !== null;
  }, [run, compareButton]);

  const start = (request: CompareRequest) => {
    setFailure(null);
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

  return { run, failure, start };
}
