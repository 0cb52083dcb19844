import { createWriteStream, promises as fsp } from "node:fs";
import { once } from "node:events";
import { resolve } from "node:path";
import type { Cell } from "../../engine/cells";
import { tempBeside, tempSettled } from "./tempFiles";
import type { ColumnFormat, ReportTable } from "../../engine/report/table";
import { fromJsDate, isoDate, isoDateTime } from "../../engine/parse/date";

/**
 * Writes a report table as CSV: UTF-8 with a BOM (so Excel opens Chinese text correctly), RFC 4180
 * quoting and CRLF line ends, a header row of the column headers, dates as YYYY-MM-DD and
 * date-times as YYYY-MM-DD HH:MM, numbers plain. Rows are pulled and written in blocks, to a temp
 * file that is renamed over the target at the end.
 *
 * @example await writeCsvTable("segments.csv", segmentsTable);
 */
export async function writeCsvTable(
  path: string,
  table: ReportTable,
  blockRows = 10_000,
): Promise<void> {
  const out = resolve(path);
  const temp = tempBeside(out);
  const stream = createWriteStream(temp, { encoding: "utf8" });
  const write = async (text: string): Promise<void> => {
    if (!stream.write(text)) await once(stream, "drain");
  };
  try {
    const formats = table.columns.map((c) => c.format);
    await write("\ufeff" + csvLine(table.columns.map((c) => c.header)));
    for (let start = 0; start < table.rowCount; start += blockRows) {
      const rows = table.rows(start, Math.min(table.rowCount, start + blockRows));
      let text = "";
      for (const row of rows) {
        text += csvLine(row.map((cell, i) => csvText(cell, formats[i] ?? "text")));
      }
      await write(text);
    }
    stream.end();
    await once(stream, "finish");
    await fsp.rename(temp, out);
    tempSettled(temp);
  } catch (error) {
    stream.destroy();
    await fsp.rm(temp, { force: true }).catch(() => undefined);
    tempSettled(temp);
    throw error;
  }
}

/**
 * One cell as CSV text: epoch days in date / datetime columns as ISO text, NaN as empty.
 *
 * @example csvText(0, "date") // "1970-01-01"
 */
export function csvText(cell: Cell, format: ColumnFormat): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) {
    const day = fromJsDate(cell);
    return format === "datetime" ? isoDateTime(day) : isoDate(day);
  }
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) return "";
    if (format === "date") return isoDate(cell);
    if (format === "datetime") return isoDateTime(cell);
    return String(cell);
  }
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return cell;
}

/** Fields joined with commas, quoted when they hold a comma, quote or line break (RFC 4180). */
export function csvLine(fields: string[]): string {
  let line = "";
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i];
    if (i > 0) line += ",";
    line += /[",\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f;
  }
  return line + "\r\n";
}
