/**
 * tester67 U300 (notes/stop67/tester67, A_琴韵学员台账.xlsx, as of 2026-11-30), in small: a piano
 * school whose students prepay a package of lessons and come every week. A student pays once in
 * 40 weeks; her lessons are her presence. Churn risk's outcome was "no payment in the 90 days
 * after", so the model learned from its own history that weekly students are leaving (37 of 173
 * high, 80–89 %); it is "no payment and no lesson". Built here: 150 weekly students (a package
 * on their first lesson, renewed every 280 days) and 70 who stopped coming, one every 4 days from
 * 2026-03-01 on.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { lastActiveDay } from "../../../src/engine/aggregate/visits";
import { analyzeWorkbook, type Analysis } from "../../../src/engine/analyze";
import { churnReasonsIn, reasonText } from "../../../src/engine/churn/reasons";
import { parseIsoDate } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";
import { openCsv } from "../../../src/workbook/file/csvSource";

const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);
const AS_OF = parseIsoDate("2026-11-30");
const WEEKLY = 150;
const STOPPED = 70;
const id = (i: number) => `QY${String(i + 1).padStart(4, "0")}`;

interface Student {
  id: string;
  start: number;
  stop: number;
}
const students: Student[] = [
  ...Array.from({ length: WEEKLY }, (_, i) => ({
    id: id(i),
    start: parseIsoDate("2025-03-01") + ((i * 37) % 400),
    stop: AS_OF - (i % 7),
  })),
  ...Array.from({ length: STOPPED }, (_, k) => ({
    id: id(WEEKLY + k),
    start: parseIsoDate("2025-01-01") + ((k * 29) % 300),
    stop: parseIsoDate("2026-03-01") + 4 * k,
  })),
];

const csv = (rows: (string | number)[][]) => rows.map((r) => r.join(",")).join("\n") + "\n";
const FILES = {
  customers: csv([["学员编号", "姓名"], ...students.map((s) => [s.id, `学员${s.id.slice(2)}`])]),
  transactions: csv([
    ["学员编号", "缴费日期", "金额"],
    ...students.flatMap((s) => {
      const out: (string | number)[][] = [];
      for (let d = s.start; d <= s.stop; d += 280) out.push([s.id, iso(d), 4800]);
      return out;
    }),
  ]),
  visits: csv([
    ["学员编号", "上课日期"],
    ...students.flatMap((s) => {
      const out: string[][] = [];
      for (let d = s.start; d <= s.stop; d += 7) out.push([s.id, iso(d)]);
      return out;
    }),
  ]),
};

let a: Analysis;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "attendance-"));
  const files = Object.fromEntries(
    Object.entries(FILES).map(([k, text]) => {
      const file = path.join(dir, `${k}.csv`);
      writeFileSync(file, text);
      return [k, file];
    }),
  );
  a = await analyzeWorkbook(openCsv(files), { rules: defaultRules(), asOf: AS_OF });
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const row = (s: string) => a.dataset.customers.id.map(String).indexOf(s);
const LOW = 2;
const HIGH = 0;

describe("tester67 U300: a weekly student on a prepaid package is judged by her lessons", () => {
  it("the model was learned from the school's history, and its outcome counts a lesson", () => {
    expect(a.churn.model.source).toBe("learned");
    // By payments 3 of 4 students "did not buy again in 90 days"; by lessons the 18 who stopped
    // after the learning date (09-01 … 11-30) and those who stopped before.
    expect(a.churn.model.noPurchaseRate).toBeLessThan(0.4);
  });

  it("no weekly student reads high, 148 of 150 low (was: all 150 medium)", () => {
    const levels = students
      .slice(0, WEEKLY)
      .map((s) => a.classification.analysis.churnLevel[row(s.id)]);
    expect(levels.filter((l) => l === HIGH)).toHaveLength(0);
    expect(levels.filter((l) => l === LOW).length).toBeGreaterThanOrEqual(148);
  });

  it("a student silent for more than 30 days, not yet churned, still reads at risk (high, at most one medium)", () => {
    const late = students
      .slice(WEEKLY)
      .filter((s) => AS_OF - s.stop > 30 && AS_OF - s.stop < 365)
      .map((s) => row(s.id));
    expect(late.length).toBeGreaterThan(10);
    // After fded5835 (fix67g: learned weights pulled toward the defaults) one of them reads medium.
    for (const c of late) expect(a.classification.analysis.churnLevel[c]).not.toBe(LOW);
    expect(
      late.filter((c) => a.classification.analysis.churnLevel[c] === HIGH).length,
    ).toBeGreaterThanOrEqual(late.length - 1);
  });

  it("the backtest's outcome counts a lesson too: weekly students are no leavers there", () => {
    const v = a.churn.validation;
    expect(v.available).toBe(true);
    expect(v.noPurchaseRate!).toBeLessThan(0.4);
    expect(v.auc.churnRisk!).toBeGreaterThan(0.9);
  });
});

describe("tester67 U303: the time since her last lesson is said of her lessons, not of a purchase", () => {
  const said = (lang: "zh-CN" | "en-US") =>
    students.flatMap((s) => churnReasonsIn(a.classification.analysis, row(s.id), lang));

  it("no reason of a student says 购买已是 / Last purchase (was: 上次购买已是 6 天前（虽仍在自身购买周期内…）)", () => {
    const since = said("zh-CN").filter((r) => r.code === "long_since_purchase");
    expect(since.length).toBeGreaterThan(0);
    for (const r of since) expect(r.text).toMatch(/^上次上课\/签到已是 \d+ 天前/);
    for (const r of said("en-US").filter((x) => x.code === "long_since_purchase"))
      expect(r.text).toMatch(/^Last check-in \d+ days? ago/);
  });

  it("the words, plain and within her rhythm, in zh and en", () => {
    expect(reasonText("long_since_purchase", [8, 20, 8, 3], "zh-CN")).toBe(
      "上次上课/签到已是 8 天前（虽仍在自身节奏内，通常约每 8 天一次）",
    );
    expect(reasonText("long_since_purchase", [8, 20, 8, 3], "en-US")).toBe(
      "Last check-in 8 days ago (though within her own rhythm: usually every 8 days)",
    );
    expect(reasonText("long_since_purchase", [40, 20, 8, 2], "zh-CN")).toBe(
      "上次上课/签到已是 40 天前",
    );
    expect(reasonText("long_since_purchase", [40, 20, 8, 2], "en-US")).toBe(
      "Last check-in 40 days ago",
    );
    // A customer read by her payments: as before.
    expect(reasonText("long_since_purchase", [8, 20, 8, 1], "zh-CN")).toBe(
      "上次购买已是 8 天前（虽仍在自身购买周期内，通常约每 8 天购买一次）",
    );
  });
});

describe("lastActiveDay", () => {
  it("is her last lesson when later than her last payment, for a customer read by her visits", () => {
    const summary = {
      model: { lastDay: Float64Array.of(100, 100, NaN) },
      measuredFor: { asOf: 200 },
      segmentation: {
        byVisits: Uint8Array.of(1, 0, 0),
        recencyDays: Float64Array.of(5, 5, NaN),
        visitsShift: Float64Array.of(0, 0, 0),
      },
    };
    expect(Array.from(lastActiveDay(summary))).toEqual([195, 100, NaN]);
    // The log read as of its end 10 days before the date: her true last lesson.
    summary.segmentation.visitsShift[0] = 10;
    expect(lastActiveDay(summary)[0]).toBe(185);
    // Nobody read by visits: the payments' own array.
    const paid = {
      ...summary,
      segmentation: { ...summary.segmentation, byVisits: Uint8Array.of(0, 0, 0) },
    };
    expect(lastActiveDay(paid)).toBe(summary.model.lastDay);
  });
});
