/**
 * The first customer seen with each key (a normalised phone, e-mail, name and region), for the
 * likely-duplicate flags, without keeping the keys: a table of 32-bit hashes of the keys (typed
 * arrays, open addressing) holds the first customer per hash, and a hit is checked against that
 * customer's key, made again by `keyOf` (a hit is a likely duplicate: rare). Keys whose hash an
 * earlier different key has (a collision) go to an exact Map. Keeping a Map of a million key
 * strings per kind was most of a 1,000,000-customer read's time (issue 11).
 *
 * @example
 * const seen = new FirstSeen((i) => emails[i]);
 * seen.check("a@x.cn", 0) // -1 (new: customer 0 recorded)
 * seen.check("a@x.cn", 7) // 0
 */
export class FirstSeen {
  /** Customer + 1 per slot (0: empty), and the hash of its key. */
  private slots = new Int32Array(1024);
  private hashes = new Int32Array(1024);
  private count = 0;
  private collided: Map<string, number> | null = null;

  constructor(private readonly keyOf: (customer: number) => string) {}

  /** The customer first seen with `key`, or -1 when it is new (then `customer` is recorded) or "". */
  check(key: string, customer: number): number {
    if (key === "") return -1;
    const h = hashKey(key);
    const mask = this.slots.length - 1;
    let at = h & mask;
    for (let s = this.slots[at]; s !== 0; s = this.slots[at]) {
      if (this.hashes[at] === h) {
        if (this.keyOf(s - 1) === key) return s - 1;
        const collided = (this.collided ??= new Map());
        const other = collided.get(key);
        if (other !== undefined) return other;
        collided.set(key, customer);
        return -1;
      }
      at = (at + 1) & mask;
    }
    this.slots[at] = customer + 1;
    this.hashes[at] = h;
    if (++this.count * 2 > this.slots.length) this.grow();
    return -1;
  }

  private grow(): void {
    const slots = this.slots;
    const hashes = this.hashes;
    this.slots = new Int32Array(slots.length * 2);
    this.hashes = new Int32Array(slots.length * 2);
    const mask = this.slots.length - 1;
    for (let k = 0; k < slots.length; k++) {
      if (slots[k] === 0) continue;
      let at = hashes[k] & mask;
      while (this.slots[at] !== 0) at = (at + 1) & mask;
      this.slots[at] = slots[k];
      this.hashes[at] = hashes[k];
    }
  }
}

/** FNV-1a (32 bits) of a key's characters, mixed at the end so low bits index the table well. */
export function hashKey(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h | 0;
}
