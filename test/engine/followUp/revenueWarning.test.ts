// Review 44: a typo'd return turned the Overview's revenue negative, and the Overview said nothing:
// it showed shares of value tiers and segments against a negative total. It now says so on a
// 注意 / Warning row, as the other warnings, and leaves those shares blank.
import { analyzeWorkbook } from "../../../src/engine/analyze";
import type { Cell } from "../../../src/engine/cells";
import { revenueWarning } from "../../../src/engine/followUp/warnings";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { epochDay, isoDate } from "../../../src/engine/parse/date";
import { analysisTables } from "../../../src/engine/report/tabs";
import { resultJsonChunks } from "../../../src/engine/report/resultJson";
import { defaultRules } from "../../../src/engine/rules";

const asOf = epochDay(2025, 12, 31);

/** 20 customers buying 1,000 every 40 days; customer 1 also returns `typo` on 2025-11-02. */
function sheets(typo: number | null): Record<string, Cell[][]> {
  const customers: Cell[][] = [["客户编号", "客户名称"]];
  const transactions: Cell[][] = [["客户编号", "日期", "金额"]];
  for (let c = 1; c <= 20; c++) {
    customers.push([c, `客户${c}`]);
    for (let back = c * 3; back < 500; back += 40)
      transactions.push([c, isoDate(asOf - back), 1000]);
  }
  if (typo !== null) transactions.push([1, "2025-11-02", typo]);
  return { 客户: customers, 交易: transactions };
}

const book = (typo: number | null) => memorySource(sheets(typo));

const run = (typo: number | null) => analyzeWorkbook(book(typo), { rules: defaultRules(), asOf });

function overview(a: Awaited<ReturnType<typeof run>>, lang: "zh-CN" | "en-US") {
  const t = analysisTables(a, lang, { at: asOf, durationSeconds: 1, source: "cli" }).find(
    (x) => x.tab === "overview",
  )!;
  return t.rows(0, t.rowCount);
}

describe("revenue_not_positive: the Overview says when its revenue is not above zero", () => {
  test("a typo'd return: a 注意 / Warning row in both languages, the shares of revenue blank", async () => {
    const a = await run(-99999999);
    expect(a.kpis.revenue).toBeLessThan(0);
    const w = a.warnings.filter((x) => x.code === "revenue_not_positive");
    expect(w).toHaveLength(1);
    const revenue = (Math.round(a.kpis.revenue * 100) / 100).toLocaleString("en-US");
    const zh = overview(a, "zh-CN");
    expect(zh.filter((r) => r[0] === "注意").map((r) => r[1])).toContain(
      `2025-01-01 至 2025-12-31 的收入合计为 ${revenue}，不大于 0，不能作为占比的基数：按价值层级和 RFM 分群的收入占比已留空。退货超过购买（金额多写了位数等，见“数据质量”表）会如此；请核对退货后重新运行。`,
    );
    const en = overview(a, "en-US");
    expect(en.filter((r) => r[0] === "Warning").map((r) => r[1])).toContain(
      `The revenue from 2025-01-01 to 2025-12-31 is ${revenue}: not above zero, so it is no base for shares, and the shares of revenue by value tier and by RFM segment are left blank. Returns larger than the purchases (an amount with extra digits: see the Data quality tab) give this; check the returns and run again.`,
    );
    // No percentage of a negative total: every "share of revenue" cell is blank.
    let blanks = 0;
    for (const rows of [zh, en]) {
      const shareColumns = rows.filter(
        (r) => r[1] === "收入占比（%）" || r[1] === "Revenue share (%)",
      );
      expect(shareColumns.length).toBe(2);
      for (const header of shareColumns) {
        let k = rows.indexOf(header) + 1;
        // Its rows run to the blank row (or the note in place of its chart) after the block.
        const note = [
          "收入合计不大于 0，不画占比图（见顶部警告）。",
          "No chart of shares: the revenue is not above zero (see the warning at the top).",
        ];
        for (
          ;
          k < rows.length &&
          rows[k][0] != null &&
          rows[k][0] !== "" &&
          !note.includes(String(rows[k][0]));
          k++
        ) {
          expect(rows[k][1]).toBe("");
          blanks++;
        }
      }
    }
    expect(blanks).toBeGreaterThan(4);
    // No share charts without a positive base (tester44 #5: an empty pie frame with a legend, no
    // bars on a 0%–1200% axis): a note in their place, under each share block.
    for (const lang of ["zh-CN", "en-US"] as const) {
      const t = analysisTables(a, lang, { at: asOf, durationSeconds: 1, source: "cli" }).find(
        (x) => x.tab === "overview",
      )!;
      const types = (t.charts ?? []).map((c) => c.type);
      expect({ lang, types }).toEqual({ lang, types: expect.not.arrayContaining(["pie", "bar"]) });
      const rows = overview(a, lang);
      const note =
        lang === "zh-CN"
          ? "收入合计不大于 0，不画占比图（见顶部警告）。"
          : "No chart of shares: the revenue is not above zero (see the warning at the top).";
      expect(rows.filter((r) => r[0] === note)).toHaveLength(2);
    }
    const fine = await run(-500);
    const fineCharts = analysisTables(fine, "en-US", {
      at: asOf,
      durationSeconds: 1,
      source: "cli",
    })
      .find((x) => x.tab === "overview")!
      .charts!.map((c) => c.type);
    expect(fineCharts).toEqual(expect.arrayContaining(["pie", "bar"]));
    const json = JSON.parse([...resultJsonChunks(a, "en-US", new Date(0))].join("")) as {
      warnings: { code: string }[];
    };
    expect(json.warnings.map((x) => x.code)).toContain("revenue_not_positive");
  });

  test("a positive revenue says nothing; exactly zero (to the cent) is said, but for a window with no purchase or return (stale data, said as such)", async () => {
    const a = await run(-500);
    expect(a.kpis.revenue).toBeGreaterThan(0);
    expect(a.warnings.map((x) => x.code)).not.toContain("revenue_not_positive");
    expect(overview(a, "en-US").some((r) => String(r[1]).includes("not above zero"))).toBe(false);
    const k = { windowStart: asOf - 365, windowDays: 365, orders: 3 };
    expect(revenueWarning({ ...k, revenue: 0.001 })?.code).toBe("revenue_not_positive");
    expect(revenueWarning({ ...k, revenue: -0.001 })?.message["en-US"]).toContain(" is 0: ");
    expect(revenueWarning({ ...k, revenue: 0.01 })).toBeNull();
    // Nothing bought or returned in the window: its data are old (stale_data), not wrong.
    expect(revenueWarning({ ...k, revenue: 0, orders: 0 })).toBeNull();
    expect(revenueWarning({ ...k, revenue: -50, orders: 0 })?.code).toBe("revenue_not_positive");
  });

  test("names the Data quality sheet written: ours is 数据质量 (2) beside a sheet of the user's named 数据质量 (reviewer44 D6)", async () => {
    // A sheet of the user's carries our tab's name: ours is written as 数据质量 (2).
    const withUsers = { ...sheets(-99999999), 数据质量: [["我的核对"]] };
    const a = await analyzeWorkbook(memorySource(withUsers), {
      rules: defaultRules(),
      asOf,
      naming: { keepOwned: true, lang: "zh-CN" },
    });
    const w = a.warnings.find((x) => x.code === "revenue_not_positive")!;
    expect(w.message["zh-CN"]).toContain("见“数据质量 (2)”表");
    expect(w.message["en-US"]).toContain("数据质量 (2)");
  });
});
