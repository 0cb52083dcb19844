import { analyzeWorkbook } from "../../../src/engine/analyze";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { epochDay } from "../../../src/engine/parse/date";
import {
  toldBeyondWarnings,
  toldFindingText,
  toldFindings,
} from "../../../src/engine/report/toldFindings";
import { defaultRules } from "../../../src/engine/rules";
import { ScheduleSummary } from "../../../src/taskpane/components/ScheduleSummary";
import { paneAnalysis } from "../../../src/taskpane/run/paneAnalysis";
import { render } from "./render";

/**
 * The pane's warnings are the command line's (tester63 L): the wine club's pane showed 3 where the
 * console showed 5, its partial refund and sibling sheets missing. Both read report/toldFindings.ts.
 */

// A wholesaler's sales kept one sheet a year (tester63 ws: 2025年销售 beside 2026年销售).
const sheets = {
  客户: [
    ["客户编号", "客户名称"],
    ["A", "甲"],
    ["B", "乙"],
  ],
  "2025年销售": [
    ["客户编号", "日期", "金额（万元）"],
    ["A", "2025-03-02", 0.05],
    ["B", "2025-08-15", 0.09],
  ],
  "2026年销售": [
    // Amounts in 万元: the run warning amounts_scaled says its finding's words, said once.
    ["客户编号", "日期", "金额（万元）"],
    ["A", "2026-10-02", 0.06],
    ["B", "2026-11-15", 0.07],
  ],
};

test("the findings the console says among its warnings are in the pane's list too, in zh and en", async () => {
  const a = await analyzeWorkbook(memorySource(sheets), {
    rules: defaultRules(),
    asOf: epochDay(2026, 12, 6),
  });
  const told = toldFindings(a);
  expect(told.map((f) => f.code)).toEqual(
    expect.arrayContaining(["sibling_sheets_read", "amount_unit_applied"]),
  );
  expect(a.warnings.map((w) => w.code)).toContain("amounts_scaled");
  expect(toldBeyondWarnings(a).map((f) => f.code)).toEqual(["sibling_sheets_read"]);
  for (const lang of ["zh-CN", "en-US"] as const) {
    const { html, text } = render(<ScheduleSummary analysis={paneAnalysis(a)} lang={lang} />);
    expect(html).toContain('data-testid="finding-sibling_sheets_read"');
    for (const f of told) expect(text).toContain(f.message[lang].replace(/\s+/g, " "));
    // The 万元 unit, which its run warnings (one per sheet) say in its words, not again as a finding.
    expect(html).not.toContain('data-testid="finding-amount_unit_applied"');
  }
  const zh = toldFindingText(
    told.find((f) => f.code === "sibling_sheets_read")!,
    "zh-CN",
  );
  expect(zh).toContain("“2026年销售”");
  // Without the console's "警告：": the bar says it is one.
  expect(zh).not.toMatch(/^警告/);
});

// tester69 U512: the pane showed the run's notes (the holiday calendar chosen, the 消课记录 read)
// with the warning triangle, where the console says 说明 / Note. Both read isNoteWarning.
test("a run's note is an info bar, as the console's 说明; a warning keeps the warning bar", async () => {
  const a = await analyzeWorkbook(
    memorySource({
      Customers: [
        ["Customer ID", "Name"],
        ["A", "Ann"],
      ],
      Sales: [
        ["Customer ID", "Date", "Amount"],
        ["A", "2026-10-02", 60],
      ],
    }),
    { rules: defaultRules(), asOf: epochDay(2026, 12, 6) },
  );
  expect(a.warnings.map((w) => w.code)).toContain("holiday_calendar");
  // A bar's icon: Fluent's warning intent draws a triangle (its path starts so), info a circled i.
  const icon = (html: string, code: string) =>
    html.match(new RegExp(`data-testid="warning-${code}"[\\s\\S]*?</svg>`))?.[0] ?? "";
  const TRIANGLE = 'd="M7.37 3.56';
  const warned = { ...a.warnings[0], code: "stale_data" as const };
  for (const lang of ["zh-CN", "en-US"] as const) {
    const { html } = render(
      <ScheduleSummary
        analysis={{ ...paneAnalysis(a), warnings: [...a.warnings, warned] }}
        lang={lang}
      />,
    );
    expect(icon(html, "stale_data")).toContain(TRIANGLE);
    expect(icon(html, "holiday_calendar")).toContain("<svg");
    expect(icon(html, "holiday_calendar")).not.toContain(TRIANGLE);
  }
});
