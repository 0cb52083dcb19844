import { scheduleOverviewRows } from "../../../src/engine/report/scheduleOverview";
import { UNSCHEDULED_REASONS } from "../../../src/engine/followUp/labels";
import type { ScheduleSummary } from "../../../src/engine/followUp/summary";
import { analyzeWorkbook } from "../../../src/engine/analyze";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { epochDay } from "../../../src/engine/parse/date";
import { resultJsonChunks } from "../../../src/engine/report/resultJson";
import { analysisTables } from "../../../src/engine/report/tabs";
import { warningText } from "../../../src/engine/report/overviewTab";
import { defaultRules } from "../../../src/engine/rules";

// Issue 10 items 7 and 9: the run's warnings in the run log and the JSON, and the schedule's
// summary on the Overview. The newest transaction is 2026-06-30; analysed as of 2027-01-02 (a
// Saturday) the data are 186 days old (stale) and the contacts fall on 2027-01-04, past the holiday
// lists (2026: calendar ends). (As of 2026-12-21 the three win-back calls fall on 12-22, and since
// 8525910e no regular contact follows within the plan's 30 days: half the customer's rhythm away.) (As of 2027-01-20, as before, every customer is churned and nothing is planned past the
// lists: no calendar warning since tester52 L5.)
const sheets = {
  客户: [
    ["客户编号", "客户名称", "负责人"],
    [1, "甲", "王"],
    [2, "乙", "王"],
    [3, "丙", "李"],
  ],
  交易: [
    ["客户编号", "日期", "金额"],
    [1, "2026-06-30", 100],
    [2, "2026-03-05", 300],
    [3, "2026-05-30", 50],
  ],
};

async function run(asOf: number) {
  return analyzeWorkbook(memorySource(sheets), { rules: defaultRules(), asOf });
}

describe("the schedule's warnings and summary in the workbook and the JSON", () => {
  test("stale data and the calendar's end: in the run log, the JSON and on the Overview", async () => {
    const a = await run(epochDay(2027, 1, 2));
    // The calendar's warning last: it is about next year, stale data about every figure (tester55 U18).
    expect(a.warnings.map((w) => w.code)).toEqual(["stale_data", "calendar_ends"]);
    for (const lang of ["zh-CN", "en-US"] as const) {
      const tables = analysisTables(a, lang, { at: a.asOf, durationSeconds: 1, source: "cli" });
      const log = tables.find((t) => t.tab === "runLog")!;
      const k = log.columns.findIndex((c) => c.key === "warnings");
      const cell = String(log.rows(log.rowCount - 1, log.rowCount)[0][k]);
      expect(cell.split("\n")).toEqual(a.warnings.map((w) => w.message[lang]));
      const overview = tables.find((t) => t.tab === "overview")!;
      const rows = overview.rows(0, overview.rowCount);
      // Right under the title, before the measures; the calendar's in brief, without the rule
      // set's field names, which stay in the run log (tester55 U18).
      expect(rows.slice(1, 3).map((r) => r[1])).toEqual(
        a.warnings.map((w) => warningText(w, lang)),
      );
      expect(String(rows[2][1])).not.toContain("followUp.");
      expect(String(rows[2][1])).toContain(
        lang === "zh-CN"
          ? "本工具的节假日日历还没有 2027 年的调休安排"
          : "Our holiday calendar does not have 2027's",
      );
    }
    const json = JSON.parse([...resultJsonChunks(a, "en-US", new Date(0))].join(""));
    expect(json.warnings).toEqual(
      a.warnings.map((w) => ({ code: w.code, message: w.message["en-US"] })),
    );
    expect(json.warnings[0].message).toContain("2026-06-30");
  });

  test("no warnings: an empty list and a blank cell", async () => {
    const a = await run(epochDay(2026, 7, 10));
    expect(a.warnings).toEqual([]);
    const log = analysisTables(a, "en-US", { at: a.asOf, durationSeconds: 1 }).find(
      (t) => t.tab === "runLog",
    )!;
    const k = log.columns.findIndex((c) => c.key === "warnings");
    expect(log.rows(0, 1)[0][k]).toBeNull();
    expect(JSON.parse([...resultJsonChunks(a, "en-US", new Date(0))].join("")).warnings).toEqual(
      [],
    );
  });

  test("the Overview and the JSON carry the schedule's summary: totals, reasons, owners by week", async () => {
    const a = await run(epochDay(2026, 7, 10));
    const f = a.schedule.followUps;
    const overdue = Array.from(f.overdueDays).filter((d) => d > 0).length;
    const overview = analysisTables(a, "en-US", { at: a.asOf, durationSeconds: 1 }).find(
      (t) => t.tab === "overview",
    )!;
    const rows = overview.rows(0, overview.rowCount);
    const at = rows.findIndex((r) => r[0] === "Follow-up schedule");
    expect(at).toBeGreaterThan(0);
    expect(rows[at + 2].slice(0, 2)).toEqual(["Planned contacts", f.count]);
    expect(rows[at + 3].slice(0, 2)).toEqual(["of which overdue", overdue]);
    expect(rows[at + 4].slice(0, 2)).toEqual(["Not scheduled", a.schedule.unscheduled.count]);
    const perWeek = rows.findIndex((r) => String(r[0]).startsWith("Contacts per owner per week"));
    expect(perWeek).toBeGreaterThan(at);
    const owners = rows.slice(perWeek + 2).filter((r) => r[0] === "王" || r[0] === "李");
    const planned = (o: string) =>
      Array.from(f.owner).filter((x) => a.schedule.owners[x] === o).length;
    // Rows are padded to the tab's width: the total is the last filled cell.
    for (const r of owners)
      expect(r.filter((x) => x !== null && x !== "").at(-1)).toBe(planned(String(r[0])));
    expect(owners.length).toBe(new Set(Array.from(f.owner)).size);
    const json = JSON.parse([...resultJsonChunks(a, "en-US", new Date(0))].join(""));
    expect(json.followUpSummary).toMatchObject({
      planned: f.count,
      overdue,
      unscheduled: a.schedule.unscheduled.count,
    });
  });
});

describe("the Overview's unscheduled rows each name their reason (stop 33 tester #9)", () => {
  // All four read "未安排原因" before: only the long note told them apart.
  const sum = {
    planned: 10,
    overdue: 2,
    unscheduled: 28,
    unscheduledByReason: UNSCHEDULED_REASONS.map((code, k) => ({ code, count: k + 1 })),
    weeks: [],
    perOwnerWeek: [],
  } as unknown as ScheduleSummary;
  test.each([
    ["zh-CN", "　未同意营销", "　已流失：挽回活动", "　无电话和邮箱"],
    ["en-US", "  No marketing consent", "  Churned: win-back", "  No phone or e-mail"],
  ] as const)(
    "%s: short, distinct labels, indented, the long words in the note",
    (lang, ...some) => {
      const rows = scheduleOverviewRows(sum, lang)[0].rows.slice(3);
      const labels = rows.map((r) => String(r[0]));
      expect(labels).toHaveLength(UNSCHEDULED_REASONS.length);
      expect(new Set(labels).size).toBe(labels.length);
      for (const x of some) expect(labels).toContain(x);
      // One line in column A (26 characters; CJK counts double).
      for (const l of labels)
        expect(
          [...l].reduce((w, ch) => w + (ch.charCodeAt(0) >= 0x2e80 ? 2 : 1), 0),
        ).toBeLessThanOrEqual(25);
      for (const r of rows) expect(String(r[2]).length).toBeGreaterThan(String(r[0]).length);
    },
  );
});
