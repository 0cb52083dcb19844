/**
 * Free contact slots per owner per working day. Finding the first (or last) day with room is a
 * union-find over days with path compression, so placing a million contacts stays near-linear.
 */
export class OwnerDaySlots {
  /** Contacts placed per owner per working day: used[owner * days + day]. */
  readonly used: Int32Array;
  // nextFree: for owner o, day j (0…days), a pointer towards the first day ≥ j with room (days = none).
  private readonly nextFree: Int32Array;
  // prevFree: for owner o, shifted day j+1 (0…days), towards the last day ≤ j with room (0 = none).
  private readonly prevFree: Int32Array;
  private readonly stride: number;

  /**
   * @example
   * const s = new OwnerDaySlots(2, 5, 1);
   * s.take(0, s.firstFree(0, 0)); s.firstFree(0, 0) // 1
   */
  constructor(
    readonly owners: number,
    readonly days: number,
    readonly capacity: number,
  ) {
    this.stride = days + 1;
    this.used = new Int32Array(owners * days);
    this.nextFree = new Int32Array(owners * this.stride);
    this.prevFree = new Int32Array(owners * this.stride);
    for (let o = 0; o < owners; o++) {
      const base = o * this.stride;
      for (let j = 0; j <= days; j++) {
        this.nextFree[base + j] = j;
        this.prevFree[base + j] = j;
      }
    }
  }

  /** The first day ≥ from with room for owner o; `days` when none. */
  firstFree(o: number, from: number): number {
    if (from >= this.days) return this.days;
    const p = this.nextFree;
    const base = o * this.stride;
    let root = Math.max(0, from);
    while (p[base + root] !== root) root = p[base + root];
    for (let j = Math.max(0, from); p[base + j] !== root;) {
      const up = p[base + j];
      p[base + j] = root;
      j = up;
    }
    return root;
  }

  /** The last day ≤ to with room for owner o; -1 when none. */
  lastFree(o: number, to: number): number {
    if (to < 0) return -1;
    const p = this.prevFree;
    const base = o * this.stride;
    let root = Math.min(to, this.days - 1) + 1;
    const start = root;
    while (p[base + root] !== root) root = p[base + root];
    for (let j = start; p[base + j] !== root;) {
      const up = p[base + j];
      p[base + j] = root;
      j = up;
    }
    return root - 1;
  }

  /** Frees one contact's room for owner o on day j (a contact moved to another day). */
  release(o: number, j: number): void {
    const k = o * this.days + j;
    if (this.used[k]-- < this.capacity) return;
    // The day was full: rebuild the owner's pointers from the counts (a few hundred days).
    const base = o * this.stride;
    const full = (d: number) => this.used[o * this.days + d] >= this.capacity;
    for (let d = 0; d <= this.days; d++) {
      this.nextFree[base + d] = d < this.days && full(d) ? d + 1 : d;
      this.prevFree[base + d] = d > 0 && full(d - 1) ? d - 1 : d;
    }
  }

  /** Books one contact for owner o on day j (which must have room). */
  take(o: number, j: number): void {
    const k = o * this.days + j;
    if (++this.used[k] >= this.capacity) {
      this.nextFree[o * this.stride + j] = j + 1;
      this.prevFree[o * this.stride + j + 1] = j;
    }
  }
}
