import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { analyzeWorkbook, type Analysis } from "../../../src/engine/analyze";
import { epochDay } from "../../../src/engine/parse/date";
import { limitedAnalysisTables } from "../../../src/engine/report/tabs";
import { defaultRules } from "../../../src/engine/rules";
import { openXlsx, XlsxReportWriter } from "../../../src/workbook/file";
import { fitWidths } from "../../../src/workbook/file/columnWidths";
import {
  FIT_ASIDE_MIN_ROWS,
  fitAnswer,
  fitJob,
  fittedWidths,
  tabSample,
  type FitAside,
} from "../../../src/workbook/file/fitAside";
import { tableHeaders } from "../../../src/workbook/file/tablePart";
import { ZipReader } from "../../../src/workbook/file/zipReader";

// A big tab's columns fitted on another thread while the tab before it is written (fitAside.ts,
// the command line's JSON thread): the same widths, so the same workbook, whether the widths come
// back in time or not.
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

test("a tab's widths fitted from the job sent to a thread are the writer's own", () => {
  const big = tablesOf(analysis).filter((t) => t.style === "table" && t.rowCount > 100);
  expect(big.map((t) => t.tab)).toEqual(expect.arrayContaining(["segments", "followUps"]));
  for (const t of big) {
    const sample = tabSample(t);
    const headers = tableHeaders(t);
    // Sent as a worker receives it: a structured clone (no function goes).
    const job = structuredClone(fitJob(t, sample, headers));
    expect(fittedWidths(job)).toEqual(
      fitWidths(
        t,
        sample,
        headers,
        sample.map(() => undefined),
      ),
    );
  }
});

test("the workbook is the same with the tabs fitted aside, back in time or never", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "fit-aside-"));
  try {
    const write = async (name: string, fitAside?: FitAside) => {
      const file = path.join(dir, name);
      await new XlsxReportWriter(file, { lang: "zh-CN", fitAside }).writeTables(tablesOf(analysis));
      const zip = await ZipReader.open(file);
      try {
        const parts = new Map<string, string>();
        for (const n of zip.names()) parts.set(n, (await zip.readBuffer(n)).toString("utf8"));
        return parts;
      } finally {
        zip.close();
      }
    };
    const sent: string[] = [];
    // Fitted at once, as a thread that answers before the tab starts.
    const inTime: FitAside = (job) => {
      sent.push(String(job.table.tab));
      const { answer } = fitAnswer(structuredClone(job));
      return () => answer;
    };
    const never: FitAside = () => () => null;
    const own = await write("own.xlsx");
    const fitted = await write("fitted.xlsx", inTime);
    const late = await write("late.xlsx", never);
    // Tabs of FIT_ASIDE_MIN_ROWS rows or more after such a tab: the segments tab follows the
    // Overview (small) and is fitted where it is written.
    const tables = tablesOf(analysis);
    const expected = tables
      .filter(
        (t, k) =>
          k > 0 &&
          tables[k - 1].rowCount >= FIT_ASIDE_MIN_ROWS &&
          t.style === "table" &&
          t.rowCount >= FIT_ASIDE_MIN_ROWS,
      )
      .map((t) => t.tab);
    expect(expected.length).toBeGreaterThan(0);
    expect(sent).toEqual(expected);
    expect(sent).not.toContain("segments");
    expect([...fitted.keys()]).toEqual([...own.keys()]);
    for (const [name, xml] of own) {
      expect(fitted.get(name)).toBe(xml);
      expect(late.get(name)).toBe(xml);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
