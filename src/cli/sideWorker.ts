/**
 * The command line's second thread: prepares one text of a long comparison (its sentences and
 * their features) while the main thread prepares the other (parallelSides.ts). It answers each
 * source it is sent with that side in flat form, its buffers transferred rather than copied.
 */
import { parentPort } from 'node:worker_threads';
import { prepareSide, toTransferable } from '../core/engine/index';
import type { Source } from '../core/model/index';

/** What the main thread sends: a source already read, and how its sentences are found. */
export interface SideRequest {
  readonly source: Source;
  readonly sentenceMode: 'segment' | 'lines';
}

if (parentPort === null) throw new Error('sideWorker.js runs as a worker thread of the command line, not on its own');
const port = parentPort;
port.on('message', ({ source, sentenceMode }: SideRequest) => {
  const { side, transfer } = toTransferable(prepareSide(source, sentenceMode));
  port.postMessage(side, transfer);
});
