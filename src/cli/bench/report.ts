/** One line of benchmark output: what ran, on how many rows, in how long. */
export interface BenchRow {
  step: string;
  rows: number;
  seconds: number;
  /** CPU time of the process during the step (user + system), when measured: on a loaded machine
   * the wall time above says more about the other processes than about the step. */
  cpuSeconds?: number;
}

/** Formats a row as the table `npm run bench` prints. */
export function formatBenchRow(row: BenchRow): string {
  const rate = row.seconds > 0 ? Math.round(row.rows / row.seconds) : 0;
  const cpu = row.cpuSeconds === undefined ? "" : `   (${row.cpuSeconds.toFixed(2)} s CPU)`;
  return `${row.step.padEnd(48)} ${row.rows.toLocaleString("en-US").padStart(12)} rows ${row.seconds.toFixed(2).padStart(8)} s ${rate.toLocaleString("en-US").padStart(13)} rows/s${cpu}`;
}

/** Times an async step: wall time and the process's CPU time (user + system). */
export async function timed<T>(
  fn: () => Promise<T> | T,
): Promise<{ value: T; seconds: number; cpuSeconds: number }> {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const value = await fn();
  const c = process.cpuUsage(c0);
  return {
    value,
    seconds: (performance.now() - t0) / 1000,
    cpuSeconds: (c.user + c.system) / 1e6,
  };
}
