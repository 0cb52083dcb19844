import fc from "fast-check";
import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { isTotalsLabel } from "../../../src/engine/ingest/options";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";

// tester53 N5/N8: month subtotal rows (`1月小计`, `Subtotal January`, `汇总`) were 3 errors each,
// and `Subtotal May/June/July` skipped while the other nine months were errors.

const ZH_WORDS = ["小计", "合计", "总计", "汇总", "共计"];
const EN_WORDS = ["Subtotal", "Total", "Grand total", "Sub-total", "TOTAL"];
const EN_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
  "Jan",
  "Sept",
  "Q1",
  "2025",
  "for March",
  "FY2025",
];
const zhLabel = fc.oneof(
  fc.integer({ min: 1, max: 12 }).map((m) => `${m}月`),
  fc.integer({ min: 1, max: 12 }).map((m) => `2025年${m}月`),
  fc.constantFrom("本月", "全年", "第一季度", "上半年", "本页", "华东", ""),
);
const zhSubtotal = fc
  .tuple(zhLabel, fc.constantFrom(...ZH_WORDS), fc.constantFrom("", "：", " "))
  .map(([label, word, end]) => `${label}${word}${end}`);
const enSubtotal = fc.oneof(
  fc
    .tuple(fc.constantFrom(...EN_WORDS), fc.constantFrom(...EN_MONTHS, ""))
    .map(([w, m]) => `${w} ${m}`),
  fc
    .tuple(fc.constantFrom(...EN_MONTHS), fc.constantFrom("total", "subtotal"))
    .map(([m, w]) => `${m} ${w}`),
);
const subtotal = fc.oneof(zhSubtotal, enSubtotal);

// Real cells of a sales row's first columns: ids, names, dates.
const realCell = fc.oneof(
  fc.stringMatching(/^[A-Z]{0,3}-?\d{1,6}$/),
  fc.constantFrom("张伟", "华东贸易有限公司", "Acme Ltd", "Samuel", "Possum Travel", "小林"),
  fc.constantFrom("2025-03-07", "2025年3月7日", "03/07/2025", "7-Mar-2025", "Mar 7, 2025"),
);

describe("subtotal rows", () => {
  test("every subtotal or total label reads as one, with a month or label before or after", () => {
    fc.assert(fc.property(subtotal, (label) => isTotalsLabel(label)));
    for (const m of EN_MONTHS.slice(0, 12)) expect(isTotalsLabel(`Subtotal ${m}`)).toBe(true);
    for (let m = 1; m <= 12; m++) expect(isTotalsLabel(`${m}月小计`)).toBe(true);
  });

  test("an id, a name or a date never does", () => {
    fc.assert(fc.property(realCell, (cell) => !isTotalsLabel(cell)));
  });

  test("a sales sheet's subtotal rows are skipped alike and never errors; its real rows are read", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 900 })), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.array(fc.tuple(fc.nat(), subtotal), { maxLength: 6 }),
        async (sales, subtotals) => {
          const rows: Grid = sales.map(([m, amount]) => [
            `2025-${String(m).padStart(2, "0")}-15`,
            "A1",
            amount,
          ]);
          // The label in the date column, no id, no amount (or the month's sum), as people write them.
          for (const [at, label] of subtotals)
            rows.splice(at % (rows.length + 1), 0, [label, null, at % 2 ? null : 100]);
          const { dataset, findings } = await ingestWorkbook(
            memorySource({
              客户: [
                ["客户编号", "客户名称"],
                ["A1", "甲"],
              ],
              销售流水: [["日期", "客户编号", "金额"], ...rows],
            }),
            { asOf: epochDay(2025, 12, 31) },
          );
          expect(dataset.transactions.count).toBe(sales.length);
          const onSales = findings.filter((f) => f.sheet === "销售流水");
          expect(onSales.filter((f) => f.severity !== "info")).toEqual([]);
          expect(onSales.filter((f) => f.code === "totals_row").length).toBe(subtotals.length);
        },
      ),
      { numRuns: 40 },
    );
  });
});
