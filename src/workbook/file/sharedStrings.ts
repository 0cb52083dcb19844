import { StringDecoder } from "node:string_decoder";
import type { Readable } from "node:stream";
import { itemText } from "./xmlText";

/**
 * Reads a shared-strings part once, streaming: each <si> item becomes its plain text (rich-text
 * runs joined, phonetic guides left out, entities decoded once). Memory is the strings themselves.
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
  for await (const chunk of part) {
    const text = decoder.write(chunk as Buffer);
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
  scan(carry + pieces.join("") + decoder.end());
  return strings;
}
