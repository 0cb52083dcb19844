import { columnIndex } from "../../engine/a1";
import type { Readable } from "node:stream";
import type { XlsxPackage } from "./xlsxPackage";

/** The bytes searched for <dimension>: it comes before <sheetViews>, near the part's start. */
const HEAD_BYTES = 16 * 1024;

const DIMENSION =
  /<(?:[\w.-]+:)?dimension\b[^>]*?\bref="\$?([A-Z]{1,3})\$?\d+(?::\$?([A-Z]{1,3})\$?\d+)?"/;

/**
 * How many columns a sheet's used range spans (the last column's number, 1-based), from its
 * `<dimension ref="A1:U79"/>` (ECMA-376 §18.3.1.35; Excel writes it on every save), read from the
 * part's first bytes only; null when the sheet has none (a writer may leave it out) or cannot be
 * read. What a refresh needs to see a note typed beside our table under no header (reviewer55
 * R2) without reading a 70,000-row tab through (~1 s at 100k customers).
 *
 * @example await usedColumns(pkg, "回访计划") // 21 (A1:U79: a note in column U)
 */
export async function usedColumns(pkg: XlsxPackage, name: string): Promise<number | null> {
  const sheet = pkg.sheet(name);
  if (!sheet) return null;
  let stream: Readable;
  try {
    stream = await pkg.zip.open(sheet.part, { chunk: HEAD_BYTES });
  } catch {
    return null;
  }
  let text = "";
  try {
    for await (const piece of stream) {
      text += (piece as Buffer).toString("latin1");
      const m = DIMENSION.exec(text);
      if (m) return columnIndex(m[2] ?? m[1]) + 1;
      // Past the sheet's head (its rows start): no dimension to come.
      if (text.includes("<sheetData") || text.length >= HEAD_BYTES) return null;
    }
  } catch {
    return null;
  } finally {
    stream.destroy();
  }
  return null;
}
