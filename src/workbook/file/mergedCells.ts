import type { MergedArea } from "../../engine/ingest/mergedFill";
import { columnIndex } from "../../engine/a1";
import type { Readable } from "node:stream";
import type { XlsxPackage } from "./xlsxPackage";

/**
 * Sheets inflated at most this large are searched for merged cells (a second pass over the part:
 * its <mergeCells> come after its rows). Merges are what hand-kept lists have (区域 merged down per
 * region; 1 MiB is some 5,000 rows): a larger sheet is an export, read without. The pass costs
 * ~10 ms a MB inflated (b20k.xlsx's 投诉, 0.4 MB: 4–12 ms on a loaded machine), which a run at the
 * speed limit (issue 11) should not pay for an export's 2 MB survey sheet.
 */
export const MERGES_MAX_BYTES = 1024 * 1024;

const REF =
  /<(?:[\w.-]+:)?mergeCell\b[^>]*?\bref="\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)"/g;
/** Bytes kept from one piece to the next, so a tag across the cut is seen whole. */
const CARRY = 256;

/**
 * A sheet's merged areas from its `<mergeCell ref="A5:A18"/>` elements (ECMA-376 §18.3.1.55); []
 * for a sheet without, a sheet past MERGES_MAX_BYTES, or none of that name.
 *
 * @example await mergedAreas(pkg, "客户资料") // [{ top: 5, bottom: 18, left: 0, right: 0 }, …]
 */
export async function mergedAreas(pkg: XlsxPackage, name: string): Promise<MergedArea[]> {
  const sheet = pkg.sheet(name);
  if (!sheet) return [];
  const size = pkg.zip.part(sheet.part)?.size ?? 0;
  if (size === 0 || size > MERGES_MAX_BYTES) return [];
  // A part that cannot be read gives no merges rather than an error: the sheet's own read then
  // names the damage as it always has (after the aside worker's failed read, in order).
  let stream: Readable;
  try {
    stream = await pkg.zip.open(sheet.part);
  } catch {
    return [];
  }
  const out: MergedArea[] = [];
  let carry = "";
  try {
    for await (const piece of stream) {
      const text = carry + (piece as Buffer).toString("latin1");
      // Refs are ASCII, so latin1 decoding is exact for them; cut at the last whole tag.
      let end = 0;
      for (const m of text.matchAll(REF)) {
        out.push(area(m));
        end = m.index + m[0].length;
      }
      carry = text.slice(Math.max(end, text.length - CARRY));
    }
  } catch {
    return [];
  } finally {
    stream.destroy();
  }
  return out;
}

function area(m: RegExpMatchArray): MergedArea {
  const [top, bottom] = [Number(m[2]), Number(m[4])].sort((a, b) => a - b);
  const [left, right] = [columnIndex(m[1]), columnIndex(m[3])].sort((a, b) => a - b);
  return { top, bottom, left, right };
}
