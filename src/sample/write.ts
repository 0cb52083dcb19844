import { promises as fsp } from "node:fs";
import { join } from "node:path";
import type { WrittenTab } from "../workbook/port";
import { XlsxReportWriter, writeCsvTable } from "../workbook/file";
import { sampleSource, type Sample, type SampleOptions } from "./source";
import { sampleTables } from "./tables";

/** CSV file names of the five sheets. */
export const CSV_FILES = {
  customers: "customers.csv",
  transactions: "transactions.csv",
  surveys: "surveys.csv",
  complaints: "complaints.csv",
  contacts: "contacts.csv",
} as const;

export interface WriteSampleResult {
  sample: Sample;
  /** Files written. */
  files: string[];
  /** Rows written per sheet (data rows, with any title/blank/header rows above them). */
  rows: Record<string, number>;
}

/**
 * Generates a sample and writes it as one .xlsx (a sheet per input) or a folder of CSV files
 * (customers.csv, transactions.csv, …), streaming rows from the generator to the file.
 *
 * @example await writeSample({ seed: 1, customers: 3000, transactions: 30000, lang: "zh-CN" }, "xlsx", "sample.xlsx");
 */
export async function writeSample(
  options: SampleOptions,
  format: "xlsx" | "csv",
  out: string,
  onProgress?: (sheet: string, rowsDone: number) => void,
): Promise<WriteSampleResult> {
  const sample = sampleSource(options);
  const tables = sampleTables(sample, format);
  const rows: Record<string, number> = {};
  if (format === "xlsx") {
    const writer = new XlsxReportWriter(out, { lang: options.lang ?? "zh-CN", markOwned: false });
    // The writer reports progress by tab id; users know the sheets by name.
    const names = new Map<string, string>(tables.map((t) => [t.tab, t.sheetName]));
    const progress =
      onProgress && ((tab: string, rows: number) => onProgress(names.get(tab) ?? tab, rows));
    const written: WrittenTab[] = await writer.writeTables(tables, progress);
    for (const w of written) rows[w.sheetName] = w.rows;
    return { sample, files: [out], rows };
  }
  await fsp.mkdir(out, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < tables.length; i++) {
    const file = join(out, CSV_FILES[sample.sheets[i].kind]);
    await writeCsvTable(file, tables[i]);
    onProgress?.(tables[i].sheetName, tables[i].rowCount);
    rows[tables[i].sheetName] = tables[i].rowCount;
    files.push(file);
  }
  return { sample, files, rows };
}
