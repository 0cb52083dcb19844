import fc from "fast-check";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { analyzeWorkbook } from "../../../src/engine/analyze";
import { epochDay } from "../../../src/engine/parse/date";
import { limitedAnalysisTables } from "../../../src/engine/report/tabs";
import { rowReader, tableOf, type ReportTable } from "../../../src/engine/report/table";
import { defaultRules } from "../../../src/engine/rules";
import { packTable } from "../../../src/taskpane/worker/packedTable";
import { openXlsx, XlsxReportWriter } from "../../../src/workbook/file";
import {
  breakJobs,
  fitAnswer,
  type FitAside,
  type FitJob,
} from "../../../src/workbook/file/fitAside";
import { brokenAhead, paragraphsAhead } from "../../../src/workbook/file/paragraphsAhead";
import { TableRowLines } from "../../../src/workbook/file/rowHeights";
import { ZipReader } from "../../../src/workbook/file/zipReader";

// A breakLines column's paragraphs broken on another thread ahead of its tab (paragraphsAhead.ts:
// the at-risk tab's reasons on the command line's JSON thread) start the column's memo where the
// tab is written: the same rows, heights and texts whether they came back, came back at another
// width, or never came.
jest.setTimeout(240_000);

const pieces = [
  "超出自身购买周期 38 天（通常约每 9 天购买一次，已 47 天未购买）；购买次数下降 82%",
  "最近评价最低：价格 3/5；最近购买：打印耗材套装",
  "Weakest in the last survey: product quality 3/5; last bought: Installation service",
  "流失风险等级从中升至高（自 2025-11-30）\u3000",
  "短",
  "",
];
const texts = fc.array(
  fc
    .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 70 })), {
      minLength: 1,
      maxLength: 3,
    })
    .map((parts) => parts.join("\n")),
  { minLength: 1, maxLength: 30 },
);

/** Each row's lines, height and text as written by `lines`. */
const measured = (lines: TableRowLines, rows: readonly string[]) =>
  rows.map((text) => {
    const n = lines.of(["C1", text]);
    return [n, lines.points, lines.textOf(1, text)];
  });

test("rows measure and write the same with paragraphs broken ahead, at their width or another", () => {
  fc.assert(
    fc.property(
      texts,
      fc.constantFrom(12, 24, 50.5, 60),
      fc.boolean(),
      (rows, width, withTyped) => {
        // A typed line is written as typed, there as here (ReportTable.typedLines).
        const typed = withTyped ? new Set([pieces[0], ...rows.slice(0, 1)]) : null;
        const own = measured(new TableRowLines([1], [10, width], [false, true], typed), rows);
        const job = { column: 1, texts: rows.slice() };
        // As the thread gets the job and the writer gets the answer: structured clones.
        const { broken } = brokenAhead(structuredClone(job), width, structuredClone(typed));
        const ahead = paragraphsAhead(structuredClone(broken), job.texts);
        expect(ahead.memo.size).toBe(broken.texts.length);
        const seeded = new TableRowLines([1], [10, width], [false, true], typed, [ahead]);
        expect(measured(seeded, rows)).toEqual(own);
        // Broken at another width: not used.
        const other = paragraphsAhead(brokenAhead(job, width + 7, typed).broken, job.texts);
        const wrong = new TableRowLines([1], [10, width], [false, true], typed, [other]);
        expect(measured(wrong, rows)).toEqual(own);
      },
    ),
    { numRuns: 200 },
  );
});

test("each paragraph too wide to be one line as it is goes once, kept when it does not break", () => {
  const long = "Weakest in the last survey: product quality 3/5; last bought: Installation service";
  const { broken } = brokenAhead(
    { column: 8, texts: [long, "短", `${long}\n短`, "", long] },
    24,
    null,
  );
  expect(broken.texts).toHaveLength(1);
  expect(Array.from(broken.at)).toEqual([0, 0, long.length]);
  expect(broken.texts[0]).toContain("\n");
  expect(broken.lines[0]).toBeGreaterThan(2);
  // Too wide to pass as it is (82 × 2.1 > 149.3), one line all the same: sent back as null.
  const wide = brokenAhead({ column: 8, texts: [long] }, 150, null).broken;
  expect(wide.texts).toEqual([null]);
  expect(Array.from(wide.lines)).toEqual([1]);
});

describe("the at-risk tab", () => {
  let tables: ReportTable[];
  beforeAll(async () => {
    const analysis = await analyzeWorkbook(
      await openXlsx(path.join(__dirname, "../../../assets/sample-zh.xlsx")),
      { rules: defaultRules(), asOf: epochDay(2025, 12, 31) },
    );
    tables = limitedAnalysisTables(analysis, "zh-CN", {
      at: 0,
      durationSeconds: 1,
      source: "cli",
    }).tables;
  });

  test("gives the reasons the segments tab kept, in its rows' order, to break ahead", () => {
    const atRisk = tables.find((t) => t.tab === "atRisk")!;
    const reasons = atRisk.columns.findIndex((c) => c.key === "churnRiskReasons");
    expect(atRisk.columns[reasons].breakLines).toBe(true);
    // Before the segments tab is written nothing is kept.
    expect(breakJobs(atRisk)[0].texts.every((t) => t === "")).toBe(true);
    const segments = tables.find((t) => t.tab === "segments")!;
    const readSegment = rowReader(segments);
    for (let i = 0; i < segments.rowCount; i++) readSegment(i);
    const jobs = breakJobs(atRisk);
    expect(jobs.map((j) => j.column)).toEqual([reasons]);
    const rows = atRisk.rows(0, atRisk.rowCount);
    expect(jobs[0].texts).toEqual(rows.map((r) => r[reasons]));
    expect(jobs[0].texts.filter((t) => t !== "").length).toBeGreaterThan(10);
  });

  test("crosses to the add-in's page without its texts (a function cannot be cloned)", () => {
    const atRisk = tables.find((t) => t.tab === "atRisk")!;
    expect(typeof atRisk.columnTexts).toBe("function");
    const packed = packTable(atRisk);
    expect("columnTexts" in packed).toBe(false);
    expect(() => structuredClone(packed)).not.toThrow();
  });
});

test("the workbook is the same with a tab's paragraphs broken ahead, back in time or never", async () => {
  // Two tabs of FIT_ASIDE_MIN_ROWS rows or more: the second is fitted (and broken) ahead.
  const n = 1200;
  const reason = (k: number) =>
    k % 7 === 0 ? "" : `${pieces[k % 3]}\n超出自身购买周期 ${k % 40} 天（通常约每 9 天购买一次）`;
  const first = tableOf(
    "segments",
    "客户分类",
    [{ key: "id", header: "编号", format: "text" }],
    Array.from({ length: n }, (_, k) => [`C${k}`]),
  );
  const data = Array.from({ length: n }, (_, k) => [`C${k}`, reason(k)]);
  const second: ReportTable = {
    ...tableOf(
      "atRisk",
      "流失风险名单",
      [
        { key: "id", header: "编号", format: "text", width: 12 },
        { key: "reasons", header: "原因", format: "text", width: 30, breakLines: true },
      ],
      data,
    ),
    columnTexts: (column) => (column === 1 ? data.map((r) => r[1]) : null),
  };
  const dir = mkdtempSync(path.join(tmpdir(), "paragraphs-ahead-"));
  try {
    const write = async (name: string, fitAside?: FitAside) => {
      const file = path.join(dir, name);
      await new XlsxReportWriter(file, { lang: "zh-CN", fitAside }).writeTables([first, second]);
      const zip = await ZipReader.open(file);
      try {
        const parts = new Map<string, string>();
        for (const p of zip.names()) parts.set(p, (await zip.readBuffer(p)).toString("utf8"));
        return parts;
      } finally {
        zip.close();
      }
    };
    const jobs: FitJob[] = [];
    let paragraphs = 0;
    const inTime: FitAside = (job) => {
      jobs.push(job);
      const { answer } = fitAnswer(structuredClone(job));
      paragraphs += answer.broken?.[0]?.texts.length ?? 0;
      const back = structuredClone(answer);
      return () => back;
    };
    const own = await write("own.xlsx");
    const ahead = await write("ahead.xlsx", inTime);
    const never = await write("never.xlsx", () => () => null);
    expect(jobs.map((j) => j.table.tab)).toEqual(["atRisk"]);
    expect(jobs[0].breaks?.[0].texts).toHaveLength(n);
    expect(paragraphs).toBeGreaterThan(30);
    expect(own.get("xl/worksheets/sheet2.xml")).toContain("\n");
    expect([...ahead.keys()]).toEqual([...own.keys()]);
    for (const [name, xml] of own) {
      expect(ahead.get(name)).toBe(xml);
      expect(never.get(name)).toBe(xml);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
