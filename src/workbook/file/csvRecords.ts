/**
 * Splits CSV text into records, streamed in pieces of any size. Written by hand to replace csv-parse
 * in the file adapter: csv-parse copies every character through a byte buffer and was the largest
 * self-time function of a CSV run (a third of reading 1,000,000 transactions); this splitter slices
 * fields straight out of the decoded text.
 *
 * It follows csv-parse's rules for the options the adapter used (`relax_quotes`,
 * `relax_column_count`, `bom`, record delimiters \r\n, \n and \r, quote and escape `"`), checked
 * against csv-parse by a property test (test/workbook/file/csvRecords.test.ts):
 * - a field that starts with `"` is quoted: `""` inside is one quote, delimiters and line breaks
 *   are text; it closes at a quote followed by the delimiter, a line break, NUL or the end;
 * - a quote followed by anything else does not close it (relax_quotes): the field's text becomes
 *   what the file shows (`"ab"c` stays `"ab"c`) and the rest of it is read unquoted;
 * - a quote inside an unquoted field is text;
 * - rows may have any number of cells; an empty line is one empty cell; a final line break adds
 *   no record; a leading byte-order mark is dropped;
 * - a quote still open at the end is an error (CSV_QUOTE_NOT_CLOSED, as csv-parse names it).
 * Empty cells are null (what the engine's Grid holds for a blank cell), others strings.
 *
 * @example
 * const rows: (string | null)[][] = [];
 * const split = new CsvRecords(",");
 * split.push('id,note\n1,"a, b"\n2,', (r) => rows.push(r));
 * split.end((r) => rows.push(r));
 * // rows: [["id", "note"], ["1", "a, b"], ["2", null]]
 */
export class CsvRecords {
  /** The start of a record not yet complete in the text seen so far. */
  private carry = "";
  private started = false;
  private readonly delimiter: number;
  /** Records handed out so far (for the line an unclosed quote starts on). */
  private records = 0;
  /** The fields of the record being split (reused from record to record). */
  private readonly fields: string[] = [];

  constructor(delimiter: string) {
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === "\r" || delimiter === "\n")
      throw new Error(`unsupported CSV delimiter ${JSON.stringify(delimiter)}`);
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** Hands each record completed by `text` to `onRecord`; an unfinished one waits for more. */
  push(text: string, onRecord: (cells: (string | null)[]) => void): void {
    this.pushFields(text, asCells(onRecord));
  }

  /** Hands out the last record; throws when the text ends inside a quoted field. */
  end(onRecord: (cells: (string | null)[]) => void): void {
    this.endFields(asCells(onRecord));
  }

  /**
   * `push` without an array per record: each completed record's fields are `fields[0 … count − 1]`
   * ("" for an empty cell), in an array the splitter reuses for the next record (the columnar
   * read path copies the texts into its blocks and keeps no array).
   */
  pushFields(text: string, onFields: OnFields): void {
    let s = this.carry === "" ? text : this.carry + text;
    if (!this.started) {
      if (s.length === 0) return;
      this.started = true;
      if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
    }
    const done = this.split(s, false, onFields);
    this.carry = done < s.length ? s.slice(done) : "";
  }

  /** `end` for pushFields. */
  endFields(onFields: OnFields): void {
    let s = this.carry;
    this.carry = "";
    if (!this.started && s.charCodeAt(0) === 0xfeff) s = s.slice(1);
    this.started = true;
    this.split(s, true, onFields);
  }

  /**
   * Emits the complete records of `s` and returns where the first incomplete one starts (s.length
   * when none). With `end`, the text is all there is: the last record is complete too.
   */
  private split(s: string, end: boolean, onFields: OnFields): number {
    const n = s.length;
    const d = this.delimiter;
    const record = this.fields;
    let i = 0;
    for (;;) {
      const recordStart = i;
      if (i >= n) return n;
      let count = 0;
      // One field per pass; `i` is where it starts.
      for (;;) {
        let value = "";
        if (i < n && s.charCodeAt(i) === QUOTE) {
          let from = i + 1;
          let at = from;
          for (;;) {
            const q = s.indexOf('"', at);
            if (q < 0) {
              if (!end) return recordStart;
              throw quoteNotClosed(this.records + 1);
            }
            if (q + 1 >= n) {
              if (!end) return recordStart; // the next character decides what this quote is
              value += s.slice(from, q);
              i = n;
              break;
            }
            const next = s.charCodeAt(q + 1);
            if (next === QUOTE) {
              value += s.slice(from, q + 1);
              from = at = q + 2;
              continue;
            }
            if (next === d || next === LF || next === CR || next === 0) {
              value += s.slice(from, q);
              i = q + 1;
              break;
            }
            // Not a closing quote (relax_quotes): the text as the file shows it, read on unquoted.
            value = '"' + value + s.slice(from, q + 1);
            i = q + 1;
            break;
          }
        }
        let j = i;
        while (j < n) {
          const c = s.charCodeAt(j);
          if (c === d || c === LF || c === CR) break;
          j++;
        }
        if (j > i) value = value === "" ? s.slice(i, j) : value + s.slice(i, j);
        if (j >= n) {
          if (!end) return recordStart;
          record[count++] = value;
          this.records++;
          onFields(record, count);
          return n;
        }
        record[count++] = value;
        const c = s.charCodeAt(j);
        if (c === d) {
          i = j + 1;
          continue;
        }
        if (c === CR) {
          if (j + 1 >= n && !end) return recordStart; // \r\n split across pieces
          i = s.charCodeAt(j + 1) === LF ? j + 2 : j + 1;
        } else i = j + 1;
        this.records++;
        onFields(record, count);
        break;
      }
    }
  }
}

/** A completed record: its fields are `fields[0 … count − 1]`, "" for an empty cell. */
export type OnFields = (fields: readonly string[], count: number) => void;

/** The record as cells: empty fields are null (a blank cell). */
function asCells(onRecord: (cells: (string | null)[]) => void): OnFields {
  return (fields, count) => {
    const cells: (string | null)[] = new Array(count);
    for (let i = 0; i < count; i++) cells[i] = fields[i] === "" ? null : fields[i];
    onRecord(cells);
  };
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** The error for a file that ends inside a quoted field starting in record `record`. */
export function quoteNotClosed(record: number): Error {
  return Object.assign(
    new Error(`Quote Not Closed: the file ends inside a quoted cell that starts in row ${record}`),
    { code: "CSV_QUOTE_NOT_CLOSED" },
  );
}
