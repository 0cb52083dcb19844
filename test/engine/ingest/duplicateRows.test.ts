import fc from "fast-check";
import { analyzeWorkbook } from "../../../src/engine/analyze";
import { defaultRules } from "../../../src/engine/rules";
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

// tester58 U67: a clinic's 种植二期 paid 3,000 by 微信 and 3,000 by 刷卡 on one 收费单号 was dropped as
// the first row's copy (−6,000), said on the console only. Rows paid two ways are a split payment:
// both counted, named with the payment column. tester56's school had a bill entered twice by the
// front desk, 现金 then 微信: the same shape, so it is named for review the same way; a line
// entered twice with the same payment stays a copy, not used, and the Overview says so.
describe("rows alike but paid two ways (tester58 U67)", () => {
  const head = ["收费单号", "病历号", "日期", "项目", "实收", "支付方式", "备注"];
  const bill = (payment: string): (string | number)[] => [
    "SF0260",
    1001,
    "2025-06-10",
    "种植二期",
    3000,
    payment,
    "分两笔付",
  ];
  const clinic = (second: string): Grid => [
    head,
    ["SF0259", 1002, "2025-06-09", "洁牙", 200, "现金", ""],
    bill("微信"),
    bill(second),
  ];
  const c: Grid = [["病历号"], [1001], [1002]];
  const read = (t: Grid) => ingestWorkbook(memorySource({ 客户: c, 收费明细: t }, 3), { asOf });

  test("a split payment: both rows counted, named with the column that differs", async () => {
    const { dataset, findings } = await read(clinic("刷卡"));
    expect(Array.from(dataset.transactions.amount)).toEqual([200, 3000, 3000]);
    const f = findings.filter((x) => x.code.startsWith("duplicate_row"));
    expect(f.map((x) => [x.row, x.code, x.severity])).toEqual([
      [4, "duplicate_row_payment_differs", "warning"],
    ]);
    expect(f[0].message["zh-CN"]).toBe(
      "与第 3 行相同（客户、日期、金额、订单号、产品、数量），只有“支付方式”不同（“微信”/“刷卡”）：按一笔分两种方式付款读取，两行都计入；如为重复录入，请删除其中一行",
    );
    expect(f[0].message["en-US"]).toBe(
      "Same as row 3 (customer, date, amount, order ID, product, quantity) but for “支付方式” (“微信” / “刷卡”): read as one bill paid two ways, both rows counted; if it was entered twice, delete one",
    );
  });

  test("the same payment twice: one line entered twice, the later not used, said on the Overview", async () => {
    const { dataset, findings } = await read(clinic("微信"));
    expect(Array.from(dataset.transactions.amount)).toEqual([200, 3000]);
    expect(findings.filter((x) => x.code.startsWith("duplicate_row")).map((x) => x.code)).toEqual([
      "duplicate_row",
    ]);
    const a = await analyzeWorkbook(memorySource({ 客户: c, 收费明细: clinic("微信") }), {
      rules: defaultRules(),
      asOf,
    });
    const w = a.warnings.filter((x) => x.code === "rows_not_used");
    expect(w.map((x) => x.message["zh-CN"])).toEqual([
      "收费明细：有 1 行与前面某一行完全相同（客户、日期、金额、订单号、产品、数量），同一订单行只计一次，这些行未计入本报告，第一处是第 4 行。如确是另一笔交易，请改正其订单号后重新运行。详见“数据质量”表。",
    ]);
    expect(w[0].message["en-US"]).toBe(
      "收费明细: 1 row is the same as an earlier row in every field (customer, date, amount, order ID, product, quantity): the same order line twice is counted once, so it is not in this report, the first at row 4. If it is another purchase, correct its order ID and run again. See the Data quality tab.",
    );
  });

  test("a split payment keeps the run's warnings as they were", async () => {
    const a = await analyzeWorkbook(memorySource({ 客户: c, 收费明细: clinic("刷卡") }), {
      rules: defaultRules(),
      asOf,
    });
    expect(a.warnings.filter((x) => x.code === "rows_not_used")).toEqual([]);
  });
});
