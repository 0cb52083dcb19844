import { REASON_FIGURES } from "../analysis";

/** Words of a key: the code, then each figure's two 32-bit halves. */
const WIDTH = 1 + 2 * REASON_FIGURES;

/**
 * The words of one analysis's churn reasons already made in one language, by their code and
 * figures exactly (the bits of each figure: a reason's text is a function of them), so each
 * distinct reason is put into words once: at 100,000 customers 120,000 reasons are shown, 29,400
 * of them distinct (the few-purchases, no-contact and late-complaint reasons repeat by the
 * thousand). An open-addressing table over typed arrays, reading the
 * figures' bits in place (no key string, no copy per lookup); bounded, emptied when full.
 */
export class ReasonMemo {
  /** The figures' bits (the analysis's figures array, read as 32-bit words). */
  private readonly words: Uint32Array;
  /** Per entry: WIDTH words of key. */
  private keys = new Uint32Array(0);
  /** The slot table: entry + 1 (0 free). */
  private slots = new Int32Array(0);
  private texts: string[] = [];
  private readonly maxEntries: number;
  /** The free slot the last miss of `find` ended on (where `add` puts its entry). */
  private free = 0;

  /**
   * @param figures the analysis's reason figures (REASON_FIGURES per slot), read in place
   * @param maxEntries entries kept before the memo starts again
   */
  constructor(figures: Float64Array, maxEntries = 1 << 18) {
    this.words = new Uint32Array(figures.buffer, figures.byteOffset, 2 * figures.length);
    this.maxEntries = Math.max(1, maxEntries);
    this.clear(1 << 10);
  }

  /** Entries held. */
  get size(): number {
    return this.texts.length;
  }

  private clear(slotCount: number): void {
    this.keys = new Uint32Array((slotCount >> 1) * WIDTH);
    this.slots = new Int32Array(slotCount);
    this.texts = [];
  }

  /**
   * The entry of reason slot `slot` (its code `code`, its figures at slot × REASON_FIGURES): -1
   * when not held, then `add` it next.
   */
  find(code: number, slot: number): number {
    const { words, keys, slots } = this;
    const w = 2 * REASON_FIGURES * slot;
    let h = Math.imul(code + 1, 0x9e3779b1);
    for (let f = 0; f < 2 * REASON_FIGURES; f++) {
      h = Math.imul(h ^ words[w + f], 0x85ebca6b);
      h ^= h >>> 15;
    }
    const mask = slots.length - 1;
    for (let s = (h ^ (h >>> 13)) & mask; ; s = (s + 1) & mask) {
      const e = slots[s] - 1;
      if (e < 0) {
        this.free = s;
        return -1;
      }
      const k = e * WIDTH;
      if (keys[k] !== code) continue;
      let f = 0;
      while (f < 2 * REASON_FIGURES && keys[k + 1 + f] === words[w + f]) f++;
      if (f === 2 * REASON_FIGURES) return e;
    }
  }

  /** The text of an entry `find` or `add` gave. */
  text(entry: number): string {
    return this.texts[entry];
  }

  /**
   * Keeps the text of reason slot `slot` and gives its entry (the entry held already, if the key
   * is). A full memo starts again first.
   */
  add(code: number, slot: number, text: string): number {
    if (this.texts.length >= this.maxEntries) this.clear(this.slots.length);
    else if (2 * (this.texts.length + 1) > this.slots.length) this.rehash(2 * this.slots.length);
    // A miss of find ends on the free slot the entry takes.
    const held = this.find(code, slot);
    if (held >= 0) return held;
    const e = this.texts.length;
    const k = e * WIDTH;
    const w = 2 * REASON_FIGURES * slot;
    this.keys[k] = code;
    for (let f = 0; f < 2 * REASON_FIGURES; f++) this.keys[k + 1 + f] = this.words[w + f];
    this.texts.push(text);
    this.slots[this.free] = e + 1;
    return e;
  }

  /** A slot table of `slotCount` slots over the same entries. */
  private rehash(slotCount: number): void {
    const old = this.keys;
    const entries = this.texts.length;
    const keys = (this.keys = new Uint32Array((slotCount >> 1) * WIDTH));
    keys.set(old.subarray(0, entries * WIDTH));
    const slots = (this.slots = new Int32Array(slotCount));
    const mask = slotCount - 1;
    for (let e = 0; e < entries; e++) {
      const k = e * WIDTH;
      let h = Math.imul(keys[k] + 1, 0x9e3779b1);
      for (let f = 0; f < 2 * REASON_FIGURES; f++) {
        h = Math.imul(h ^ keys[k + 1 + f], 0x85ebca6b);
        h ^= h >>> 15;
      }
      let s = (h ^ (h >>> 13)) & mask;
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = e + 1;
    }
  }
}
