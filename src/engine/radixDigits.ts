// The passes of a stable radix sort by 16-bit digits (followUp/order.ts valueOrder, backtest/auc.ts
// orderHighestFirst), each loop a function of its own. In one function of three loops, V8 compiled
// the first loop on the fly (OSR) before the others had run, so the compiled code lacked their type
// feedback and was thrown away at the second (a 100k run: 20 deoptimizations of followUp's pass, 8
// of the backtest's; stop 62), the rest of the pass then running unoptimized. Each loop here is
// compiled with its own feedback, and the passes that call them have none of their own.

/** Rows per digit: counts[d] = how many of order[0…n-1] have digit d of key at `shift`. */
export function countDigits(
  order: Int32Array,
  key: Uint32Array,
  shift: number,
  counts: Int32Array,
  n: number,
): void {
  counts.fill(0);
  for (let i = 0; i < n; i++) counts[(key[order[i]] >>> shift) & 0xffff]++;
}

/** counts[0…65535] (per digit) into each digit's first place: the running sums before it. */
export function digitStarts(counts: Int32Array): void {
  for (let d = 0, sum = 0; d < 65536; d++) {
    const c = counts[d];
    counts[d] = sum;
    sum += c;
  }
}

/** order[0…n-1] into next by digit of key at `shift`, stably, from digitStarts' places. */
export function placeByDigit(
  order: Int32Array,
  next: Int32Array,
  key: Uint32Array,
  shift: number,
  starts: Int32Array,
  n: number,
): void {
  for (let i = 0; i < n; i++) {
    const k = order[i];
    next[starts[(key[k] >>> shift) & 0xffff]++] = k;
  }
}
