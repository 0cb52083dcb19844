import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { analyzeWorkbook, type Analysis } from "../../../src/engine/analyze";
import { epochDay } from "../../../src/engine/parse/date";
import { limitedAnalysisTables } from "../../../src/engine/report/tabs";
import type { ReportTable } from "../../../src/engine/report/table";
import { defaultRules } from "../../../src/engine/rules";
import { openXlsx, XlsxReportWriter } from "../../../src/workbook/file";
import { PROVISIONAL, SharedStringTable } from "../../../src/workbook/file/sharedStrings";
import { StyleBook, NEW_STYLES_XML } from "../../../src/workbook/file/styleBook";
import {
  tabAheadOf,
  withoutProvisional,
  type TabAhead,
  type TabAside,
  type TabJob,
} from "../../../src/workbook/file/tabAside";
import { ZipReader } from "../../../src/workbook/file/zipReader";

// A table tab written whole on another thread (the command line's JSON thread: jsonWorker.ts)
// and taken back (tabAside.ts): the same parts as written here, whether it comes back, is
// refused, or the books changed meanwhile.
jest.setTimeout(240_000);

let analysis: Analysis;
beforeAll(async () => {
  analysis = await analyzeWorkbook(
    await openXlsx(path.join(__dirname, "../../../assets/sample-zh.xlsx")),
    { rules: defaultRules(), asOf: epochDay(2025, 12, 31) },
  );
});

const tablesOf = (a: Analysis) =>
  limitedAnalysisTables(a, "zh-CN", { at: 0, durationSeconds: 1, source: "cli" }).tables;

/** Writes the workbook; its parts' XML by name. */
async function written(
  file: string,
  tabAside?: TabAside,
  copyFrom?: string,
): Promise<Map<string, string>> {
  await new XlsxReportWriter(file, { lang: "zh-CN", tabAside, copyFrom }).writeTables(
    tablesOf(analysis),
  );
  const zip = await ZipReader.open(file);
  try {
    const parts = new Map<string, string>();
    for (const n of zip.names()) {
      await zip.verify(n);
      parts.set(n, (await zip.readBuffer(n)).toString("utf8"));
    }
    return parts;
  } finally {
    zip.close();
  }
}

test("the workbook is the same with the at-risk tab written aside, refused, or unusable", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "tab-aside-"));
  try {
    const asked: Array<{ tab: string; job: TabJob }> = [];
    const aheads: TabAhead[] = [];
    // Written at once from the table the writer has, and sent back as a thread would (cloned).
    const aside = (change?: (a: TabAhead) => TabAhead): TabAside => ({
      wants: (t) => t.tab === "atRisk",
      ask: (table: ReportTable, job: TabJob) => {
        asked.push({ tab: table.tab, job });
        const made = tabAheadOf(table, structuredClone(job)).then(({ ahead }) => {
          const back = structuredClone(change ? change(ahead) : ahead);
          aheads.push(back);
          return back;
        });
        return { take: () => made };
      },
    });
    const own = await written(path.join(dir, "own.xlsx"));
    const ahead = await written(path.join(dir, "ahead.xlsx"), aside());
    expect(asked.map((a) => a.tab)).toEqual(["atRisk"]);
    expect(aheads).toHaveLength(1);
    // Asked once the schedule tab was under way: its texts and formats were in the books.
    expect(asked[0].job.shared!.length).toBeGreaterThan(0);
    expect(asked[0].job.styles.specs.length).toBeGreaterThan(0);
    // The tab had texts the books did not hold yet (given their indices when taken back).
    expect(aheads[0].provisional.length).toBeGreaterThan(0);
    expect(aheads[0].patches.some((p) => p.length > 0)).toBe(true);
    // What comes back is what is written: a piece put before its first shows in the part.
    const marked = await written(
      path.join(dir, "marked.xlsx"),
      aside((a) => ({
        ...a,
        pieces: [Buffer.from("<!--aside-->"), ...a.pieces],
        patches: [new Int32Array(0), ...a.patches],
      })),
    );
    const atRisk = [...own.keys()].find((n) => own.get(n)!.includes(">下次回访人<"))!;
    expect(marked.get(atRisk)).toBe(`<!--aside-->${own.get(atRisk)}`);
    const refused: TabAside = {
      wants: (t) => t.tab === "atRisk",
      ask: () => ({ take: () => Promise.resolve(null) }),
    };
    // A format added there that this book would give another index: written here instead.
    const otherFormat = aside((a) => ({
      ...a,
      stylesFrom: a.stylesFrom - 1,
      styles: [{ locked: true, bold: true, size: 99 }],
    }));
    for (const other of [
      ahead,
      await written(path.join(dir, "refused.xlsx"), refused),
      await written(path.join(dir, "other.xlsx"), otherFormat),
    ]) {
      expect([...other.keys()]).toEqual([...own.keys()]);
      for (const [name, xml] of own) expect(other.get(name)).toBe(xml);
    }
    // Into the user's workbook: no shared strings (their part stays as it is), inline text.
    const sample = path.join(__dirname, "../../../assets/sample-zh.xlsx");
    const ownInto = await written(path.join(dir, "own-into.xlsx"), undefined, sample);
    const into = await written(path.join(dir, "into.xlsx"), aside(), sample);
    expect(aheads).toHaveLength(4);
    expect(aheads[3].provisional).toEqual([]);
    expect(aheads[3].refs).toBe(0);
    expect([...into.keys()]).toEqual([...ownInto.keys()]);
    for (const [name, xml] of ownInto) expect(into.get(name)).toBe(xml);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("an aside copy of the shared strings gives new texts provisional indices, merged back in order", () => {
  const main = new SharedStringTable();
  main.index("a");
  const copy = SharedStringTable.aside(main.known());
  expect(copy.index("a")).toBe(0);
  expect(copy.index("x")).toBe(PROVISIONAL);
  expect(copy.index("y")).toBe(PROVISIONAL + 1);
  expect(copy.index("x")).toBe(PROVISIONAL);
  expect(copy.index("z".repeat(256))).toBe(-1); // never shared, as here
  expect(copy.provisional()).toEqual(["x", "y"]);
  expect(copy.refCount).toBe(4);
  // Meanwhile this table took "y" and "b": "x" comes after them, "y" keeps its index.
  main.index("y");
  main.index("b");
  expect(main.merge(copy.provisional(), copy.refCount)).toEqual([3, 1]);
  expect(main.size).toBe(4);
  expect(main.toXml().toString()).toContain('count="7" uniqueCount="4"');
  // A table that would fill up takes nothing.
  const small = new SharedStringTable(2);
  small.index("a");
  expect(small.merge(["b", "c"], 2)).toBeNull();
  expect(small.size).toBe(1);
});

test("a provisional index's digits are cut out of a piece and found again", () => {
  // "12</v></c><" has "<" ten bytes on: not a provisional index.
  const xml = `<c s="1" t="s"><v>12</v></c><c s="2" t="s"><v>${PROVISIONAL + 12}</v></c><c t="s"><v>${PROVISIONAL}</v></c>x`;
  const { bytes, at } = withoutProvisional(Buffer.from(xml));
  expect(bytes.toString()).toBe(
    '<c s="1" t="s"><v>12</v></c><c s="2" t="s"><v></v></c><c t="s"><v></v></c>x',
  );
  expect([...at]).toEqual([46, 12, 66, 0]);
  expect(withoutProvisional(Buffer.from("<c>no</c>")).bytes.toString()).toBe("<c>no</c>");
});

test("a style book made again from its state gives the same formats the same indices", () => {
  const book = new StyleBook(NEW_STYLES_XML);
  const a = book.xf({ locked: true, bold: true });
  const b = book.xf({ locked: false, numFmt: "0.0%", fill: "#FF0000" });
  const again = StyleBook.from(structuredClone(book.state()));
  expect(again.known({ locked: true, bold: true })).toBe(a);
  expect(again.xf({ locked: false, numFmt: "0.0%", fill: "#FF0000" })).toBe(b);
  expect(again.added).toBe(2);
  const c = again.xf({ locked: true, wrap: true });
  expect(book.xf({ locked: true, wrap: true })).toBe(c);
  expect(again.toXml()).toBe(book.toXml());
  expect(again.addedFrom(2)).toEqual([{ locked: true, wrap: true }]);
});
