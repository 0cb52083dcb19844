import fc from "fast-check";
import type { Grid } from "../../../src/engine/cells";
import { DUPLICATES_LISTED } from "../../../src/engine/ingest/duplicateRows";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";

const asOf = epochDay(2025, 12, 31);
const customers: Grid = [["客户编号"], [1001], [1002]];

async function run(transactions: Grid) {
  return ingestWorkbook(memorySource({ 客户: customers, 交易: transactions }, 3), { asOf });
}
const codes = (findings: { sheet: string; row: number; code: string }[]) =>
  findings.filter((f) => f.sheet === "交易").map((f) => [f.row, f.code]);

describe("repeated and disagreeing transaction lines (tester52 M2)", () => {
  const head = ["客户编号", "日期", "金额", "订单号", "产品", "数量"];
  const lines: Grid = [
    [1001, "2025-03-07", 100, "A1", "纸", 1],
    [1001, "2025-03-07", 50, "A1", "笔", 2],
    [1002, "2025-03-08", 70, "A2", "纸", 1],
    [1002, "2025-03-08", -70, "A2", "纸", 1], // a same-day return of the line: no conflict
  ];

  test("an order line pasted again is counted once and named with both rows", async () => {
    const { dataset, findings } = await run([head, ...lines, lines[0], lines[2]]);
    expect(codes(findings)).toEqual([
      [6, "duplicate_row"],
      [7, "duplicate_row"],
    ]);
    expect(findings.find((f) => f.row === 6)!.message["en-US"]).toContain("Same as row 2");
    expect(findings.find((f) => f.row === 7)!.message["zh-CN"]).toContain("与第 4 行完全相同");
    const t = dataset.transactions;
    expect(t.count).toBe(4);
    expect(Array.from(t.sourceRow)).toEqual([2, 3, 4, 5]);
    expect(Array.from(t.amount)).toEqual([100, 50, 70, -70]);
    expect(dataset.counts.transactions).toMatchObject({ read: 6, used: 4, rejected: 2 });
  });

  test("the same order line with another amount is used and named as a conflict", async () => {
    const { dataset, findings } = await run([
      head,
      ...lines,
      [1001, "2025-03-07", 1000, "A1", "纸", 1],
    ]);
    expect(codes(findings)).toEqual([[6, "order_line_conflict"]]);
    expect(findings[findings.length - 1].message["en-US"]).toContain("1000 here, 100 on row 2");
    expect(dataset.transactions.count).toBe(5);
  });

  test("without order ids, equal rows are both used and the later is named", async () => {
    const { dataset, findings } = await run([
      ["客户编号", "日期", "金额"],
      [1001, "2025-03-07", 100],
      [1001, "2025-03-07", 100],
      [1001, "2025-03-07", 90],
    ]);
    expect(codes(findings)).toEqual([[3, "duplicate_row_kept"]]);
    expect(dataset.transactions.count).toBe(3);
  });

  test("property: each row repeated k times is counted once, every later copy named", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 4, maxLength: 4 }),
        async (times) => {
          const rows: Grid = [head];
          lines.forEach((line, i) => {
            for (let k = 0; k <= times[i]; k++) rows.push(line);
          });
          const { dataset, findings } = await run(rows);
          const dups = findings.filter((f) => f.code === "duplicate_row");
          expect(dups.length).toBe(times.reduce((s, k) => s + k, 0));
          expect(dataset.transactions.count).toBe(4);
          expect(Array.from(dataset.transactions.amount)).toEqual([100, 50, 70, -70]);
        },
      ),
      { numRuns: 40 },
    );
  });
});

// Returns52: CDNOW (no order ids) got 255 duplicate_row_kept warnings, one a row: a real log repeats
// lines, and 255 row warnings buried the findings that matter. Up to DUPLICATES_LISTED a sheet are
// named row by row (each worth a look); more are one finding with the count and the first.
describe("many repeated lines without order ids", () => {
  const log = (repeats: number): Grid => {
    const rows: Grid = [["客户编号", "日期", "金额"]];
    for (let i = 0; i < repeats; i++) {
      const day = `2025-03-${String(i + 1).padStart(2, "0")}`;
      rows.push([1001, day, 10 + i], [1001, day, 10 + i]);
    }
    rows.push([1002, "2025-04-01", 5]);
    return rows;
  };

  test(`up to ${DUPLICATES_LISTED} are named row by row`, async () => {
    const { findings } = await run(log(DUPLICATES_LISTED));
    const kept = codes(findings).filter(([, c]) => c === "duplicate_row_kept");
    expect(kept.map(([row]) => row)).toEqual([3, 5, 7, 9, 11, 13, 15, 17, 19, 21]);
  });

  test("more are one finding for the sheet: how many, the first and its copy; all counted", async () => {
    const { dataset, findings } = await run(log(DUPLICATES_LISTED + 2));
    const mine = findings.filter((f) => f.code.startsWith("duplicate_row"));
    expect(mine.map((f) => [f.sheet, f.row, f.code, f.value, f.severity])).toEqual([
      ["交易", 0, "duplicate_rows_kept", "12", "warning"],
    ]);
    expect(mine[0].message["zh-CN"]).toContain("有 12 行与前面某一行完全相同");
    expect(mine[0].message["zh-CN"]).toContain("第一处是第 3 行（同第 2 行）");
    expect(mine[0].message["en-US"]).toMatch(
      /^12 rows are the same as an earlier row in every field .*, the first at row 3 \(as row 2\)\./,
    );
    expect(dataset.transactions.count).toBe(25);
    expect(dataset.counts.transactions).toMatchObject({ used: 25, rejected: 0 });
  });
});
