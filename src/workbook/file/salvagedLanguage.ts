import { closeSync, openSync, readSync } from "node:fs";
import { constants, inflateRawSync } from "node:zlib";
import type { Lang } from "../../engine/schema";
import { textLanguage } from "../../engine/words/language";

/** Bytes of the file's start read for its parts (a workbook's first parts are near it). */
const HEAD_BYTES = 4 << 20;
/** Compressed bytes of a part inflated (its first texts are enough). */
const PART_BYTES = 64 << 10;
/**
 * What one part may inflate to. Deflate packs up to ~1,000 to 1, so 64 KB could be 64 MB of text:
 * a shared-strings "bomb" refused for its size would then exhaust the heap here, while the refusal
 * is being worded (issue14 test 4, 80 MB heap). The first texts are all this needs.
 */
const PART_TEXT_BYTES = 1 << 20;
/** Texts collected at most. */
const MAX_TEXTS = 200;

/** Parts whose texts are the user's: sheet names, shared strings, a sheet's inline strings. */
const TEXT_PART = /^xl\/(workbook\.xml|sharedStrings\.xml|worksheets\/[^/]+\.xml)$/;

/**
 * The language a workbook that cannot be opened speaks in the parts still readable from its start:
 * a file cut short (a download that did not finish) has no zip directory at its end, but its
 * first parts' local headers and data are there. Sheet names, shared strings and a sheet's inline
 * texts are inflated as far as they go: any Chinese says zh-CN, other texts en-US; null when
 * nothing is readable (then the system's language decides). Stop-28 tester #5: a truncated
 * Chinese workbook was refused in English.
 *
 * @example salvagedLanguage("cut.xlsx") // "zh-CN" (its first sheet's header row is 客户编号 …)
 */
export function salvagedLanguage(file: string): Lang | null {
  let head: Buffer;
  try {
    const fd = openSync(file, "r");
    try {
      head = Buffer.alloc(HEAD_BYTES);
      head = head.subarray(0, readSync(fd, head, 0, HEAD_BYTES, 0));
    } finally {
      closeSync(fd);
    }
  } catch {
    return null;
  }
  const texts = partTexts(head);
  return texts.length > 0 ? textLanguage(texts, "en-US") : null;
}

/**
 * The texts of the text parts whose local headers are in `head` (the bytes of a zip's start),
 * each part inflated as far as its bytes there allow.
 *
 * @example partTexts(readFileSync("book.xlsx")) // ["客户", "交易", "客户编号", …]
 */
export function partTexts(head: Buffer): string[] {
  const texts: string[] = [];
  let at = head.indexOf(LOCAL_HEADER);
  while (at >= 0 && at + 30 <= head.length && texts.length < MAX_TEXTS) {
    const method = head.readUInt16LE(at + 8);
    const nameLength = head.readUInt16LE(at + 26);
    const extraLength = head.readUInt16LE(at + 28);
    const dataAt = at + 30 + nameLength + extraLength;
    const name = head.toString("latin1", at + 30, Math.min(head.length, at + 30 + nameLength));
    if (dataAt <= head.length && TEXT_PART.test(name)) {
      const xml = partXml(head.subarray(dataAt, dataAt + PART_BYTES), method);
      if (xml !== null) collect(xml, name, texts);
    }
    at = head.indexOf(LOCAL_HEADER, at + 4);
  }
  return texts;
}

const LOCAL_HEADER = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** A part's first bytes as text: stored as is, or deflated (inflated up to where they stop). */
function partXml(data: Buffer, method: number): string | null {
  if (method === 0) return data.toString("utf8");
  if (method !== 8) return null;
  // Past PART_TEXT_BYTES zlib throws (ERR_BUFFER_TOO_LARGE) and keeps nothing: fewer input bytes
  // then, down to what inflates within the cap (the part's first texts).
  for (let n = data.length; n >= 64; n >>= 3) {
    try {
      // A sync flush gives what the bytes there make, without an error at their end.
      return inflateRawSync(data.subarray(0, n), {
        finishFlush: constants.Z_SYNC_FLUSH,
        maxOutputLength: PART_TEXT_BYTES,
      }).toString("utf8");
    } catch (e) {
      if ((e as { code?: string }).code !== "ERR_BUFFER_TOO_LARGE") return null; // not deflate data
    }
  }
  return null;
}

/** Sheet names (workbook.xml) or cell texts (<t>…</t>) of a part's XML. */
function collect(xml: string, name: string, texts: string[]): void {
  const pattern =
    name === "xl/workbook.xml" ? /<sheet\b[^>]*?\bname="([^"]*)"/g : /<t(?:\s[^>]*)?>([^<]+)</g;
  for (const m of xml.matchAll(pattern)) {
    if (texts.length >= MAX_TEXTS) return;
    const text = xmlText(m[1]);
    if (text.trim() !== "") texts.push(text);
  }
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/**
 * An XML text with its character references and entities read: openpyxl writes a sheet's inline
 * strings as `&#23458;&#25143;` (客户), which held no CJK until read (stop 30: a cut openpyxl
 * workbook refused in English).
 *
 * @example xmlText("&#23458;&#x6237; &amp; B") // "客户 & B"
 */
function xmlText(raw: string): string {
  if (!raw.includes("&")) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, ref: string) => {
    if (ref[0] !== "#") return ENTITIES[ref] ?? whole;
    const code = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
