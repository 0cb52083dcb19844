/**
 * A job asked of the JSON's thread (jsonWorker.ts: the run state's rows) and who makes it, settled
 * on a claim both threads share: the thread makes it only if it starts before the asker needs it;
 * the asker then waits for it rather than make it a second time (at 100k the state's schedule
 * cells and first rows take that thread ~0.15 s, the packed rows ~0.2 s: a job under way is back
 * sooner than made again here, where the tabs' deflate still runs), and makes it itself otherwise.
 */
const FREE = 0;
const THERE = 1;
const HERE = 2;

/** The claim sent with the job (its memory shared, not copied). */
export type Claim = Int32Array;

/** The thread's side: true when it may make the job (the asker has not taken it). */
export function claimThere(claim: Claim): boolean {
  return Atomics.compareExchange(claim, 0, FREE, THERE) === FREE;
}

export interface AsideAnswer<T> {
  claim: Claim;
  answer(value: T | null): void;
  get(): T | null | Promise<T | null>;
}

/**
 * The asker's side of one job: its claim, the answer once back (answer: null when not made
 * there), and get: the answer if back; a promise of it while the thread makes it; else null, the
 * job taken here (the thread will not start it).
 *
 * @example const job = asideAnswer<Rows>(); post({ claim: job.claim }); … await job.get()
 */
export function asideAnswer<T>(): AsideAnswer<T> {
  const claim: Claim = new Int32Array(new SharedArrayBuffer(4));
  let value: T | null | undefined;
  let wake: ((value: T | null) => void) | undefined;
  return {
    claim,
    answer: (v) => {
      if (value !== undefined) return;
      value = v;
      wake?.(v);
    },
    get: () => {
      if (value !== undefined) return value;
      if (Atomics.compareExchange(claim, 0, FREE, HERE) === FREE) return null;
      return new Promise<T | null>((resolve) => (wake = resolve));
    },
  };
}
