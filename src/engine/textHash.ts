/**
 * The engine's string hashes (reviewer45 D9: three lived in three files). hashKey: FNV-1a, 32
 * bits, the bucket of a key in a table (the duplicate customers' keys: ingest/duplicateKeys.ts).
 * cyrb53 (public domain): 53 bits, the schedule texts a run records writing
 * (followUp/typedNotes.ts WrittenTexts), kept in a file (the run state), so wider: two texts share
 * one by chance about once in 10^15 pairs. (ingest/rawCells.ts hashes bytes, not text.)
 *
 * A hash may start from a key (keyState: a customer's id and what the text is), so the same text
 * of two customers, or of two columns, hashes apart (reviewer45 D6).
 */

/** The start of hashKey's FNV-1a, one character's step, and its final mix. */
export const HASH_START = 0x811c9dc5;

export function hashStep(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

export function hashEnd(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h | 0;
}

/**
 * FNV-1a (32 bits) of a key's characters, mixed at the end so low bits index a table well.
 *
 * @example hashKey("a") === hashEnd(hashStep(HASH_START, 97)) // true
 */
export function hashKey(text: string): number {
  let h = HASH_START;
  for (let i = 0; i < text.length; i++) h = hashStep(h, text.charCodeAt(i));
  return hashEnd(h);
}

const SEED1 = 0xdeadbeef;
const SEED2 = 0x41c6ce57;

/** Lower case, no whitespace: how our words and a cell are compared (followUp/typedNotes.ts). */
export function flatText(text: string): string {
  return text.replace(/\s+/g, "").toLowerCase();
}

/**
 * A 53-bit hash of a flattened text (hashRawFrom with no key: one loop for both).
 *
 * @example hashFlat("逾期3") === hashFlat("逾期3") // true
 */
export function hashFlat(text: string): number {
  return hashRawFrom(text);
}

/** cyrb53's last step: the 53-bit hash of the state h1, h2. */
export function finishHash(h1: number, h2: number): number {
  const a = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  const b = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(a ^ (a >>> 13), 3266489909);
  return 4294967296 * (2097151 & b) + (a >>> 0);
}

/** A hash's starting state (h1, h2): cyrb53's own, or a key's (keyState). */
export interface HashKey {
  h1: number;
  h2: number;
}

/** No key: hashFlat's start. */
export const NO_KEY: HashKey = { h1: SEED1, h2: SEED2 };

/**
 * The state after `id` and `tag` (a customer's id as its exact key, and which text of the row):
 * hashes from it are of that customer's text alone (reviewer45 D6: one set for every row, so a
 * user's line equal to our text on any row read as ours).
 *
 * @example keyState("C1", 2).h1 !== keyState("C2", 2).h1 // true
 */
export function keyState(id: string, tag: number): HashKey {
  return tagState(idState(id), tag);
}

/** The state after `id` alone (keyState, its tag added by tagState: an id hashed once a row). */
export function idState(id: string): HashKey {
  let h1 = SEED1;
  let h2 = SEED2;
  for (let i = 0; i < id.length; i++) {
    const ch = id.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  return { h1, h2 };
}

/** keyState from idState: a character no id ends with, then the tag ("C1" + 12 is not "C11" + 2). */
export function tagState(id: HashKey, tag: number): HashKey {
  return {
    h1: Math.imul(Math.imul(id.h1 ^ 0xffff, 2654435761) ^ (0x10000 + tag), 2654435761),
    h2: Math.imul(Math.imul(id.h2 ^ 0xffff, 1597334677) ^ (0x10000 + tag), 1597334677),
  };
}

/**
 * The hashes of the runs of `flats` that start at `from`, from `key`: out[i] = the hash of
 * flats.slice(from, i).join("") for i in (from, to], -1 where that is "". One pass over the texts
 * (reviewer45 D5). `to` (default: all) bounds the runs; the flattened characters hashed so far
 * are returned.
 *
 * @example const out = new Float64Array(3); prefixHashes(["逾期3", "x"], 0, out); out[2] === hashFlat("逾期3x") // true
 */
export function prefixHashes(
  flats: readonly string[],
  from: number,
  out: Float64Array,
  key: HashKey = NO_KEY,
  to = flats.length,
): number {
  let h1 = key.h1;
  let h2 = key.h2;
  let length = 0;
  for (let i = from; i < to; i++) {
    const t = flats[i];
    for (let k = 0; k < t.length; k++) {
      const ch = t.charCodeAt(k);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    length += t.length;
    out[i + 1] = length === 0 ? -1 : finishHash(h1, h2);
  }
  return length;
}

/**
 * A UTF-16 unit above ASCII that flatText keeps as it is, alone or in any text: CJK and its
 * punctuation (U+3000 is \s), fullwidth punctuation and ａ-ｚ (not Ａ-Ｚ), general punctuation
 * (dashes, “”, …; not U+2028/2029), the middle dot. Checked against toLowerCase and \s over every
 * unit of these ranges (typedNotes.test.ts); any other unit (Latin-1 letters, U+00A0, a surrogate
 * of a pair that lower-cases) sends the text the slow way.
 */
export function selfFlat(ch: number): boolean {
  return (
    (ch >= 0x3001 && ch <= 0x9fff) ||
    (ch >= 0xff01 && ch <= 0xff20) ||
    (ch >= 0xff3b && ch <= 0xffef) ||
    (ch >= 0x2010 && ch <= 0x2027) ||
    (ch >= 0x2030 && ch <= 0x205e) ||
    ch === 0xb7
  );
}

/** The flattened characters the last hashOfFlat / hashOfFlatFrom hashed. */
export let lastFlatLength = 0;

/**
 * hashFlat(flatText(text)) in one pass, without the two strings flatText makes (the schedule's
 * ~100,000 talking points at 100k customers are each hashed once a run); -1 for a text that
 * flattens to "". Characters whose lower case is themselves and not \s (ASCII other than A-Z and
 * spaces, CJK and its punctuation) are hashed as they come; a text with any other character is
 * flattened the slow way.
 *
 * @example hashOfFlat("逾期 3") === hashFlat("逾期3") // true
 */
export function hashOfFlat(text: string): number {
  return hashOfFlatFrom(text, 0, text.length, NO_KEY);
}

/** hashOfFlat of text.slice(from, to), from `key` (keyState). */
export function hashOfFlatFrom(text: string, from: number, to: number, key: HashKey): number {
  let h1 = key.h1;
  let h2 = key.h2;
  let n = 0;
  for (let i = from; i < to; i++) {
    let ch = text.charCodeAt(i);
    if (ch < 0x80) {
      // \s in ASCII: tab, line feed, vertical tab, form feed, carriage return, space.
      if (ch === 32 || (ch >= 9 && ch <= 13)) continue;
      if (ch >= 65 && ch <= 90) ch += 32;
    } else if (!selfFlat(ch)) {
      const f = flatText(text.slice(from, to));
      lastFlatLength = f.length;
      return f === "" ? -1 : hashRawFrom(f, key);
    }
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
    n++;
  }
  lastFlatLength = n;
  if (n === 0) return -1;
  return finishHash(h1, h2);
}

/**
 * The hash of `text` as it is (no flattening), from `key`: a typed line's exact text, so a line
 * the writer broke can be joined back as it was typed (followUp/typedNotes.ts).
 *
 * @example hashRawFrom("逾期3") === hashFlat("逾期3") // true
 */
export function hashRawFrom(text: string, key: HashKey = NO_KEY, tail = -1): number {
  let h1 = key.h1;
  let h2 = key.h2;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  // `tail` (a number up to 0xffff: a date's epoch day) after a character no text of ours has.
  if (tail >= 0) {
    h1 = Math.imul(Math.imul(h1 ^ 0xffff, 2654435761) ^ tail, 2654435761);
    h2 = Math.imul(Math.imul(h2 ^ 0xffff, 1597334677) ^ tail, 1597334677);
  }
  return finishHash(h1, h2);
}
