import { StringDecoder } from "node:string_decoder";
import type { Readable } from "node:stream";
import { isSpace } from "./cellFragments";
import { escapeXml, itemText } from "./xmlText";

/**
 * Reads a shared-strings part once, streaming: each <si> item becomes its plain text (rich-text
 * runs joined, phonetic guides left out, entities decoded once). Memory is the strings themselves.
 * A part that breaks off before `</sst>` (written short in an intact zip) is refused (SST_CUT_SHORT): the cells that refer past the cut would read as empty (tester52: 309 of
 * 684 sales refused row by row, a report of the rest).
 *
 * @example await readSharedStrings(stream) // ["客户编号", "AT&T"]
 */
export async function readSharedStrings(part: Readable): Promise<string[]> {
  const strings: string[] = [];
  const decoder = new StringDecoder("utf8");
  let prefix: string | null = null;
  let carry = "";
  const scan = (text: string): string => {
    if (prefix === null) {
      const m = /<(\w+:)?sst\b/.exec(text);
      if (!m) return text.length > 4096 ? text.slice(-4096) : text;
      prefix = m[1] ?? "";
    }
    const open = `<${prefix}si`;
    const close = `</${prefix}si>`;
    let p = 0;
    for (;;) {
      const at = text.indexOf(open, p);
      if (at < 0) {
        // Keep a tag cut by the chunk boundary ("…</si><s").
        const lt = text.lastIndexOf("<");
        return lt >= 0 && text.indexOf(">", lt) < 0 ? text.slice(lt) : "";
      }
      if (at + open.length >= text.length) return text.slice(at);
      const after = text.charCodeAt(at + open.length);
      if (after !== 62 && after !== 32 && after !== 47) {
        p = at + open.length;
        continue;
      }
      const gt = text.indexOf(">", at);
      if (gt < 0) return text.slice(at);
      if (text.charCodeAt(gt - 1) === 47) {
        strings.push(""); // <si/>
        p = gt + 1;
        continue;
      }
      const end = text.indexOf(close, gt);
      if (end < 0) return text.slice(at);
      strings.push(itemText(text.slice(gt + 1, end)));
      p = end + close.length;
    }
  };
  // An item longer than a chunk waits in pieces until its end tag arrives (joined once, not per
  // chunk: a 100 MB string item must not cost 100 MB of copying per chunk).
  let pieces: string[] = [];
  // The part's last characters, where its </sst> is (or, with no items, its whole <sst …/>).
  let tail = "";
  for await (const chunk of part) {
    const text = decoder.write(chunk as Buffer);
    tail = (tail + text.slice(-256)).slice(-256);
    if (carry.length > 4096 || pieces.length > 0) {
      pieces.push(text);
      const tail = carry.slice(-16) + pieces.slice(-2).join("");
      if (tail.indexOf("</") < 0 || !/<\/(\w+:)?si>/.test(tail)) continue;
      carry = scan(carry + pieces.join(""));
      pieces = [];
      continue;
    }
    carry = scan(carry + text);
  }
  const rest = decoder.end();
  scan(carry + pieces.join("") + rest);
  const end = tail + rest;
  // An empty part written as one empty element (SheetJS: <sst … />) is whole too (reviewer52 #9).
  const closed =
    new RegExp(`</${prefix ?? "(\\w+:)?"}sst>\\s*$`).test(end) ||
    (strings.length === 0 && /<(\w+:)?sst\b[^<>]*\/>\s*$/.test(end));
  if (!closed) throw sharedStringsCutShort(strings.length);
  return strings;
}

/** The code fileError says in the user's words (a code and message cross from a worker). */
export const SST_CUT_SHORT = "SHARED_STRINGS_CUT_SHORT";

/** A shared-strings part that breaks off before its end, after `read` whole items. */
function sharedStringsCutShort(read: number): Error {
  return Object.assign(new Error(`the shared strings break off after ${read} items`), {
    code: SST_CUT_SHORT,
  });
}

/**
 * The shared strings of a package we write whole (CSV input, "our tabs only"): the repeated labels
 * of our tabs (segment, stage, risk level, owner, region …) written once in xl/sharedStrings.xml
 * and referred to by index from their cells (`<c t="s"><v>3</v></c>`: 15 bytes, not the 34 bytes
 * of inline-string markup plus the text, on some 2 million cells of a 100,000-customer workbook).
 * Only columns the sheet writer finds repetitive use it, and the table stops growing at `limit`
 * distinct texts (later new texts are written inline), so its memory stays small. A workbook copied
 * from the user's keeps inline strings: their shared-strings part stays byte for byte.
 *
 * @example
 * const sst = new SharedStringTable(); sst.index("高价值") // 0
 * sst.index("高价值") // 0 (again); sst.toXml() holds one <si>
 */
export class SharedStringTable {
  private readonly indices = new Map<string, number>();
  private readonly texts: string[] = [];
  /** Cells referring to the table (the part's count attribute). */
  private refs = 0;

  constructor(private readonly limit = 50_000) {}

  /** The index of `text` (added when new), or -1 when it is not to be shared (table full, long). */
  index(text: string): number {
    let k = this.indices.get(text);
    if (k === undefined) {
      if (this.texts.length >= this.limit || text.length > 255) return -1;
      k = this.texts.length;
      this.indices.set(text, k);
      this.texts.push(text);
    }
    this.refs++;
    return k;
  }

  get size(): number {
    return this.texts.length;
  }

  /** The xl/sharedStrings.xml part. */
  toXml(): Buffer {
    let out =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.refs}" uniqueCount="${this.texts.length}">`;
    for (const text of this.texts) {
      // As an inline string keeps it: xml:space="preserve" when it starts or ends with white space.
      const preserve =
        text.length > 0 &&
        (isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(text.length - 1)));
      out += `<si><t${preserve ? ' xml:space="preserve"' : ""}>${escapeXml(text)}</t></si>`;
    }
    return Buffer.from(out + "</sst>", "utf8");
  }
}
