/** One line of benchmark output: what ran, on how many rows, in how long. */
export interface BenchRow {
  step: string;
  rows: number;
  seconds: number;
}

/** Formats a row as the table `npm run bench` prints. */
export function formatBenchRow(row: BenchRow): string {
  const rate = row.seconds > 0 ? Math.round(row.rows / row.seconds) : 0;
  return `${row.step.padEnd(48)} ${row.rows.toLocaleString("en-US").padStart(12)} rows ${row.seconds.toFixed(2).padStart(8)} s ${rate.toLocaleString("en-US").padStart(13)} rows/s`;
}

/** Times an async step. */
export async function timed<T>(fn: () => Promise<T> | T): Promise<{ value: T; seconds: number }> {
  const t0 = performance.now();
  const value = await fn();
  return { value, seconds: (performance.now() - t0) / 1000 };
}
