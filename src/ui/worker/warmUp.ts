/** What startComparison.ts sends a prepared worker before any request: compile the engine now (compareWorker.ts). */
export const WARM_UP = 'warm-up';
