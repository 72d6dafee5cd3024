// Apart from fileName.ts: the app's first view dates an export with it, and the file namer loads with the writers.
/**
 * The calendar day of `date` where the program runs, `2026-11-22`: the day a reader would write
 * on what they export. The caller passes the date, so that the core never reads the clock.
 */
export function isoDayOf(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
