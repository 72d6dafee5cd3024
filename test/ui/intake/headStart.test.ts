/**
 * A comparison started ahead of Compare (startHeadStart) is taken over by Compare only for the very
 * same request, with what the worker said before; any other request ends it. jsdom has no Worker:
 * a stand-in thread takes its place, and answers with the real work (runCompareRequest) when told.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_SOURCE_META } from '../../../src/core/intake/sourceMeta';
import type { Comparison } from '../../../src/core/model/index';
import { runCompareRequest, type CompareReply, type CompareRequest } from '../../../src/ui/worker/compareRequest';
import { ENGLISH, FRENCH } from './renderIntake';

/** A Web Worker's surface, on the page's thread: it keeps what it is sent and answers when the test says. */
class StandInWorker {
  static made: StandInWorker[] = [];
  readonly posted: unknown[] = [];
  terminated = false;
  onmessage: ((event: { data: CompareReply }) => void) | null = null;
  onerror: ((event: { preventDefault(): void; message: string }) => void) | null = null;
  onmessageerror: (() => void) | null = null;

  constructor() {
    StandInWorker.made.push(this);
  }

  postMessage(message: unknown): void {
    this.posted.push(message);
  }

  terminate(): void {
    this.terminated = true;
  }

  /** Runs the last request it was sent, as the worker's script does, and delivers every reply; `upTo` stops after that many. */
  answer(upTo = Infinity): void {
    const request = this.posted.findLast((message) => typeof message === 'object') as CompareRequest;
    const replies: CompareReply[] = [];
    runCompareRequest(request, (reply) => replies.push(reply));
    for (const reply of replies.slice(0, upTo)) if (!this.terminated) this.onmessage?.({ data: reply });
    this.pending = replies.slice(upTo);
  }

  pending: CompareReply[] = [];

  /** Delivers what `answer(upTo)` held back. */
  answerRest(): void {
    for (const reply of this.pending.splice(0)) if (!this.terminated) this.onmessage?.({ data: reply });
  }
}

function request(fr: string, en: string): CompareRequest {
  return { fr: { text: fr, meta: EMPTY_SOURCE_META }, en: { text: en, meta: EMPTY_SOURCE_META }, name: '' };
}

const SAME = request(FRENCH, ENGLISH);
const CHANGED = request(FRENCH, `${ENGLISH}\n\nThe mayor also opened a new library on Monday.`);

// The module keeps its prepared worker and its head start between calls: each test loads it afresh.
async function runner() {
  vi.resetModules();
  return import('../../../src/ui/worker/startComparison');
}

beforeEach(() => {
  StandInWorker.made = [];
  vi.stubGlobal('Worker', StandInWorker);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a head start', () => {
  it('is taken over by Compare on the same request, with the progress and the comparison made before the click', async () => {
    const { startHeadStart, startComparison } = await runner();
    startHeadStart(SAME);
    const [worker] = StandInWorker.made;
    if (!worker) throw new Error('no worker was started');
    expect(worker.posted).toEqual([SAME]);
    worker.answer();

    const progress: number[] = [];
    const run = startComparison(request(FRENCH, ENGLISH), (fraction) => progress.push(fraction));
    const comparison = await run.result;

    expect(StandInWorker.made).toHaveLength(1);
    expect(worker.posted).toEqual([SAME]);
    expect(progress.length).toBeGreaterThan(0);
    expect(comparison.sources.en.text).toBe(ENGLISH);
    expect(worker.terminated).toBe(true);
  });

  it('hands Compare what the worker says after the click too', async () => {
    const { startHeadStart, startComparison } = await runner();
    startHeadStart(SAME);
    const worker = StandInWorker.made[0] as StandInWorker;
    worker.answer(1);
    let settled: Comparison | null = null;
    void startComparison(SAME, () => {}).result.then((comparison) => (settled = comparison));
    await Promise.resolve();
    expect(settled).toBeNull();

    worker.answerRest();
    await vi.waitFor(() => expect(settled).not.toBeNull());
    expect(StandInWorker.made).toHaveLength(1);
  });

  it('is ended when Compare asks for other texts, which a worker of their own compares', async () => {
    const { startHeadStart, startComparison } = await runner();
    startHeadStart(SAME);
    const early = StandInWorker.made[0] as StandInWorker;
    early.answer();

    const run = startComparison(CHANGED, () => {});
    expect(early.terminated).toBe(true);
    const late = StandInWorker.made[1];
    if (!late) throw new Error('Compare started no worker of its own');
    expect(late.posted).toEqual([CHANGED]);
    late.answer();
    expect((await run.result).sources.en.text).toBe(CHANGED.en.text);
  });

  it('starts again when the texts change, and once only for texts that stay the same', async () => {
    const { startHeadStart } = await runner();
    startHeadStart(SAME);
    startHeadStart(request(FRENCH, ENGLISH));
    expect(StandInWorker.made).toHaveLength(1);

    startHeadStart(CHANGED);
    expect(StandInWorker.made).toHaveLength(2);
    expect((StandInWorker.made[0] as StandInWorker).terminated).toBe(true);
    expect((StandInWorker.made[1] as StandInWorker).posted).toEqual([CHANGED]);
  });

  it('is ended with the form, and then Compare starts afresh', async () => {
    const { prepareComparisonWorker, startHeadStart, startComparison } = await runner();
    const closeForm = prepareComparisonWorker();
    const prepared = StandInWorker.made[0] as StandInWorker;
    startHeadStart(SAME);
    expect(StandInWorker.made).toHaveLength(1);
    expect(prepared.posted.at(-1)).toEqual(SAME);

    closeForm();
    expect(prepared.terminated).toBe(true);
    startComparison(SAME, () => {});
    expect(StandInWorker.made).toHaveLength(2);
    expect((StandInWorker.made[1] as StandInWorker).posted).toEqual([SAME]);
  });
});
