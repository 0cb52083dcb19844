import { renameSync } from "node:fs";
import { XlsxPackage } from "../../src/workbook/file/xlsxPackage";
import { ZipWriter } from "../../src/workbook/file/zipWriter";

/** A cell a user types into: Excel row number (1 = the header row), zero-based column, the text. */
export interface Typed {
  row: number;
  column: number;
  text: string;
}

const letters = (c: number): string =>
  c < 26 ? String.fromCharCode(65 + c) : letters(Math.floor(c / 26) - 1) + letters(c % 26);

const columnOf = (ref: string): number =>
  [...ref.replace(/[0-9]+$/, "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

const escapeXml = (t: string) =>
  t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * Types texts into cells of a sheet of an .xlsx file, as a user does in Excel (the cell becomes
 * an inline string; its style is kept), and saves the file: the test's stand-in for a manager
 * writing notes on the schedule tab. Every cell of an edited row gets its reference written out
 * (our writer leaves it off where a cell follows the one before).
 *
 * @example await typeInto(report, "回访计划", [{ row: 2, column: 12, text: "已约下周二拜访" }])
 */
export async function typeInto(file: string, sheet: string, typed: Typed[]): Promise<void> {
  const pkg = await XlsxPackage.open(file);
  const temp = `${file}.typing`;
  try {
    const part = pkg.sheet(sheet)?.part;
    if (!part) throw new Error(`no sheet ${sheet}`);
    const zip = await ZipWriter.create(temp);
    for (const name of pkg.zip.names()) {
      let data = await pkg.zip.readBuffer(name);
      if (name === part) data = Buffer.from(edit(data.toString("utf8"), typed), "utf8");
      await zip.addBuffer(name, data);
    }
    await zip.finish();
  } finally {
    pkg.close();
  }
  renameSync(temp, file);
}

function edit(xml: string, typed: Typed[]): string {
  const rows = new Map<number, Typed[]>();
  for (const t of typed) rows.set(t.row, [...(rows.get(t.row) ?? []), t]);
  return xml.replace(
    /<row r="([0-9]+)"([^>]*)>(.*?)<\/row>/gs,
    (whole, r: string, attrs: string, body: string) => {
      const edits = rows.get(Number(r));
      if (!edits) return whole;
      const cells: { column: number; xml: string }[] = [];
      let column = -1;
      for (const m of body.matchAll(/<c\b([^>]*?)(\/>|>(.*?)<\/c>)/gs)) {
        const ref = /\br="([A-Z]+[0-9]+)"/.exec(m[1]);
        column = ref ? columnOf(ref[1]) : column + 1;
        const at = `${letters(column)}${r}`;
        const attributes = ref ? m[1] : ` r="${at}"${m[1]}`;
        cells.push({ column, xml: `<c${attributes}${m[2]}` });
      }
      for (const e of edits) {
        const k = cells.findIndex((c) => c.column === e.column);
        const old = k >= 0 ? cells[k].xml : "";
        const style = /\bs="([0-9]+)"/.exec(old)?.[1];
        const xml =
          `<c r="${letters(e.column)}${r}"${style ? ` s="${style}"` : ""} t="inlineStr">` +
          `<is><t xml:space="preserve">${escapeXml(e.text)}</t></is></c>`;
        if (k >= 0) cells[k].xml = xml;
        else cells.push({ column: e.column, xml });
      }
      cells.sort((a, b) => a.column - b.column);
      return `<row r="${r}"${attrs}>${cells.map((c) => c.xml).join("")}</row>`;
    },
  );
}
