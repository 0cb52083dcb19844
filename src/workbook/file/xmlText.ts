/**
 * The few XML text operations the .xlsx reader and writer need, on strings: decoding and escaping
 * character data once, reading an attribute of a tag's text. The parts we parse are machine-written
 * (no DTDs: entity declarations are never expanded, a DOCTYPE is refused by the callers).
 */

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/**
 * Decodes XML character data exactly once: the five named entities, numeric references, and
 * OOXML's `_xHHHH_` escapes (ECMA-376 Part 1, 22.9.2.19 ST_Xstring: `_x000D_` is a carriage
 * return, `_x005F_` a literal underscore).
 *
 * @example decodeXml("AT&amp;amp;T") // "AT&amp;T"
 * @example decodeXml("a_x000D_b")     // "a\rb"
 */
export function decodeXml(text: string): string {
  if (text.indexOf("&") < 0 && text.indexOf("_x") < 0) return text;
  let out = text;
  if (out.indexOf("&") >= 0) {
    out = out.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (m, ref: string) => {
      if (ref[0] !== "#") return NAMED[ref];
      const code = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    });
  }
  if (out.indexOf("_x") >= 0) {
    out = out.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) =>
      String.fromCharCode(parseInt(hex, 16)),
    );
  }
  return out;
}

/**
 * Escapes text for an element's content or an attribute value; characters XML 1.0 cannot hold
 * (control characters other than tab, LF, CR; lone surrogates) become `_xHHHH_` as Excel writes
 * them, and a literal `_xHHHH_` in the text is protected as `_x005F_xHHHH_`.
 *
 * @example escapeXml('a<b & "c"') // "a&lt;b &amp; &quot;c&quot;"
 */
export function escapeXml(text: string): string {
  return escape(text, ATTRIBUTE_SPECIAL, /[<>&"]/g);
}

/**
 * escapeXml for an element's content only: `"` stays as it is (XML 1.0 §2.4 asks `&quot;` of
 * attribute values alone). For text full of quotes (the run state's JSON, changes/statePacked.ts),
 * where `&quot;` would be a sixth of the bytes.
 *
 * @example escapeContent('a<b & "c"') // 'a&lt;b &amp; "c"'
 */
export function escapeContent(text: string): string {
  return escape(text, CONTENT_SPECIAL, /[<>&]/g);
}

const ATTRIBUTE_SPECIAL =
  /[<>&"\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]|_x[0-9a-fA-F]{4}_/;
const CONTENT_SPECIAL =
  /[<>&\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]|_x[0-9a-fA-F]{4}_/;

/**
 * The `_` of a literal `_xHHHH_`: before `x`, four hex digits and `_`, or a character written as
 * `_xHHHH_` (`a_x0041` then U+000C is `a_x0041_x000C_`). Looked ahead, so the `_` closing one
 * may open the next (`_x0041_x0042_`). Only there: Excel takes `_x005F_` before `_xHHHH_` alone
 * (MS-OI29500 2.1.1747), and writes `_xC_` as it is.
 */
const LITERAL_ESCAPE =
  /_(?=x[0-9a-fA-F]{4}(?:_|[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]))/g;

function escape(text: string, special: RegExp, markup: RegExp): string {
  if (!special.test(text)) return text;
  let out = text.replace(LITERAL_ESCAPE, "_x005F_");
  out = out.replace(markup, (c) =>
    c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === "&" ? "&amp;" : "&quot;",
  );
  out = out.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (c) => hex4(c));
  out = out.replace(/[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]/g, (c) =>
    c.length === 2 ? c : hex4(c),
  );
  return out;
}

function hex4(c: string): string {
  return `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`;
}

/**
 * The value of attribute `name` in a tag's text (without namespace prefix matching), decoded, or
 * undefined.
 *
 * @example attr('<c r="A1" t="s">', "t") // "s"
 */
export function attr(tag: string, name: string): string | undefined {
  let from = 0;
  for (;;) {
    const at = tag.indexOf(name, from);
    if (at < 0) return undefined;
    from = at + name.length;
    const before = tag.charCodeAt(at - 1);
    // preceded by whitespace (or a prefix colon) and followed by optional spaces and "="
    if (!(before === 32 || before === 9 || before === 10 || before === 13 || before === 58))
      continue;
    let p = at + name.length;
    while (tag.charCodeAt(p) === 32) p++;
    if (tag[p] !== "=") continue;
    p++;
    while (tag.charCodeAt(p) === 32) p++;
    const quote = tag[p];
    if (quote !== '"' && quote !== "'") continue;
    const end = tag.indexOf(quote, p + 1);
    if (end < 0) return undefined;
    return decodeXml(tag.slice(p + 1, end));
  }
}

/** Every start tag `<name …>` (any namespace prefix) in a text, as its whole tag text. */
export function* tags(text: string, name: string): Generator<string> {
  const re = new RegExp(`<(?:[\\w.-]+:)?${name}(?=[\\s/>])[^>]*>`, "g");
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) yield m[0];
}

/**
 * The text content of every `<t>` element in a string item (`<si>` / `<is>`), with any namespace
 * prefix (`<x:t>`), phonetic runs left out.
 *
 * @example itemText('<r><t>重要</t></r><r><t xml:space="preserve"> 客户</t></r>') // "重要 客户"
 */
export function itemText(xml: string): string {
  let body = xml;
  if (body.indexOf("rPh") >= 0) body = body.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, "");
  let text = "";
  const open = /<(?:[\w.-]+:)?t(?=[\s>/])[^>]*>/g;
  let m: RegExpExecArray | null;
  while ((m = open.exec(body))) {
    if (m[0].charCodeAt(m[0].length - 2) === 47) continue; // <t/>
    const from = m.index + m[0].length;
    const close = body.indexOf("</", from);
    if (close < 0) break;
    text += body.slice(from, close);
    open.lastIndex = close + 2;
  }
  return decodeXml(text);
}
