/**
 * JSON written value by value into a sink rather than built as objects and stringified: the JSON
 * result's long lists (a row per customer, an item per contact) are written this way. The sink
 * decides where the text goes: bytes straight into a file's buffer (workbook/file/byteFile.ts
 * JsonBytes, the CLI), or a string (JsonText: tests, readers of resultJsonChunks). Every sink
 * writes what JSON.stringify writes for the same values.
 */
export interface JsonSink {
  /** Text that is already JSON (punctuation, `"key":`, a quoted code, a number's text). */
  raw(text: string): void;
  /** A string as JSON.stringify writes it: quoted, `"` `\` and control characters escaped. */
  str(text: string): void;
  /** A number as JSON.stringify writes it (String(n); null when not finite). */
  num(n: number): void;
}

/**
 * Each code's JSON text (quoted), by index: a code list's texts made once and written as they are
 * (`out.raw(TEXT[k] ?? "null")` writes what JSON.stringify writes for `CODES[k] ?? null`).
 *
 * @example quotedCodes(["low", "high"]) // ['"low"', '"high"']
 */
export const quotedCodes = (codes: readonly string[]): string[] =>
  codes.map((c) => JSON.stringify(c));

/**
 * A list written one item at a time into a sink: `write(out, i)` writes item i with what comes
 * before it (the line break, and the comma after the previous item), so a caller only counts.
 */
export interface JsonRows {
  count: number;
  write(out: JsonSink, i: number): void;
}

/**
 * A sink that gathers text.
 *
 * @example const t = new JsonText(); t.raw("["); t.str('a"b'); t.raw(","); t.num(NaN); t.raw("]"); t.take() // '["a\\"b",null]'
 */
export class JsonText implements JsonSink {
  private text = "";
  raw(text: string): void {
    this.text += text;
  }
  str(text: string): void {
    this.text += JSON.stringify(text) ?? "null";
  }
  num(n: number): void {
    this.text += JSON.stringify(n);
  }
  /** The text written since the last take. */
  take(): string {
    const text = this.text;
    this.text = "";
    return text;
  }
}

/**
 * The JSON value `write` puts into a sink, parsed back (an item of a list as an object: tests,
 * readers of one item).
 *
 * @example jsonValue((out) => out.num(1.5)) // 1.5
 */
export function jsonValue<T>(write: (out: JsonSink) => void): T {
  const text = new JsonText();
  write(text);
  return JSON.parse(text.take()) as T;
}

/**
 * Text pieces with lists among them as their text: each row of a list one piece (as written by
 * JsonText), never the whole list in one string.
 *
 * @example [...jsonTextPieces(["[", rows, "]"])].join("")
 */
export function* jsonTextPieces(parts: Iterable<string | JsonRows>): Generator<string> {
  const text = new JsonText();
  for (const part of parts) {
    if (typeof part === "string") {
      yield part;
      continue;
    }
    for (let i = 0; i < part.count; i++) {
      part.write(text, i);
      yield text.take();
    }
  }
}

/**
 * A list's rows with their separators: a line break before each item, a comma before every
 * item but the first (the layout of the JSON result's lists).
 *
 * @example listRows(2, (out, i) => out.num(i)) // writes "\n0" then ",\n1"
 */
export function listRows(count: number, item: (out: JsonSink, i: number) => void): JsonRows {
  return {
    count,
    write(out, i) {
      out.raw(i ? ",\n" : "\n");
      item(out, i);
    },
  };
}
