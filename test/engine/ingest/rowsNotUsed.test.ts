// tester56 U26 / tester55 U17: a student's latest payment typed `9月1日` (no year), and a payment
// row with the student's name and no 学员编号, were said only on the Data quality tab while the
// student was #1 at risk with an urgent win-back call (/work/notes/stop56/tester56/s1, 星芽学员台账).
// Now the run warning and the customer's reasons say it, with the row; a name-only row's finding
// names the customer the name is, not counted.
import { analyzeWorkbook } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { churnReasonsText } from "../../../src/engine/churn/reasons";
import { ingestAside } from "../../../src/engine/ingest/aside";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook, type GridSource } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";

const asOf = epochDay(2026, 11, 30);

/** A school: 12 students paying each term; XY003's 秋季 payment typed 9月1日, XY004's with no ID. */
function school(): Record<string, Grid> {
  const ids = Array.from({ length: 12 }, (_, k) => `XY${String(k + 1).padStart(3, "0")}`);
  const names = [
    "王小明",
    "李华",
    "张伟",
    "陈浩然",
    "刘洋",
    "杨帆",
    "赵磊",
    "黄静",
    "周杰",
    "吴敏",
    "徐涛",
    "孙丽",
  ];
  const pay: Grid = [["日期", "学员编号", "学员姓名", "金额"]];
  for (const [k, id] of ids.entries())
    for (const day of ["2025-09-01", "2026-01-10", "2026-02-25", "2026-07-05"])
      pay.push([day, id, names[k], 3680]);
  for (const [k, id] of ids.entries()) {
    if (k === 2) pay.push(["9月1日", id, names[k], 3680]);
    else if (k === 3) pay.push(["2026-09-01", "", names[k], 3680]);
    else pay.push(["2026-09-01", id, names[k], 3680]);
  }
  return {
    学员: [["学员编号", "学员姓名"], ...ids.map((id, k) => [id, names[k]])],
    缴费: pay,
  };
}

const rowOf = (sheet: Grid, pick: (r: Grid[number]) => boolean) => sheet.findIndex(pick) + 1;

test("a listed student's payment not used is said in the warning and the reasons", async () => {
  const sheets = school();
  const a = await analyzeWorkbook(memorySource(sheets), { rules: defaultRules(), asOf });
  const noYearRow = rowOf(sheets.缴费, (r) => r[0] === "9月1日");
  const noIdRow = rowOf(sheets.缴费, (r) => r[1] === "");
  const c = a.dataset.customers;
  const xy3 = c.id.indexOf("XY003");
  const xy4 = c.id.indexOf("XY004");
  // Both listed: their 秋季 payment is missing, so they look overdue.
  expect(a.classification.analysis.churnLevel[xy3]).toBeLessThanOrEqual(1);
  const w = a.warnings.find((x) => x.code === "listed_rows_not_used");
  expect(w).toBeDefined();
  expect(w!.customers).toEqual(expect.arrayContaining(["XY003", "XY004"]));
  expect(w!.message["zh-CN"]).toContain(`XY003（第 ${noYearRow} 行，日期没有年份）`);
  expect(w!.message["en-US"]).toContain(`XY003 (row ${noYearRow}, its date has no year)`);
  expect(w!.message["zh-CN"]).toMatch(/^缴费：/);
  // Two rows "belong to" the customers (tester58 U79: "1 row not used is the transactions of").
  expect(w!.message["en-US"]).toMatch(
    /^缴费: 2 rows not used belong to customers on the at-risk list/,
  );
  expect(churnReasonsText(a.classification.analysis, xy3, "zh-CN")).toContain(
    `“缴费”表第 ${noYearRow} 行的一笔交易未计入（日期没有年份）`,
  );
  expect(churnReasonsText(a.classification.analysis, xy4, "en-US")).toContain(
    `A transaction on row ${noIdRow} of the 缴费 sheet was not used (no customer ID, the row names this customer)`,
  );
  // The name-only row: its finding names the customer; not counted.
  const f = a.findings.find((x) => x.row === noIdRow && x.code === "missing_required")!;
  expect(f.message["zh-CN"]).toContain(
    "此行写着“陈浩然”，是客户 XY004 的名称：填上客户编号后即可计入",
  );
  expect(f.message["en-US"]).toContain("The row names “陈浩然”: customer XY004 has that name");
  expect(a.dataset.counts.transactions!.used).toBe(12 * 4 + 10);
});

test("a name two customers share gives no hint; an unknown ID's row is no one's", async () => {
  const sheets = school();
  sheets.学员[5][1] = "陈浩然"; // XY005 has XY004's name too
  sheets.缴费.push(["9月2日", "XY999", "某人", 100]);
  const a = await analyzeWorkbook(memorySource(sheets), { rules: defaultRules(), asOf });
  const f = a.findings.find((x) => x.code === "missing_required" && x.kind === "transactions")!;
  expect(f.message["zh-CN"]).not.toContain("此行写着");
  expect(a.dataset.rowsNotUsed!.map((u) => a.dataset.customers.id[u.customer])).toEqual(["XY003"]);
});

test("the same when Transactions are read aside (the CLI's other thread)", async () => {
  const sheets = school();
  const main = memorySource(sheets);
  const source: GridSource = {
    ...main,
    ingestAside(job) {
      const outcome = ingestAside(memorySource(sheets), job, () => undefined);
      outcome.catch(() => undefined);
      return { outcome: () => outcome, cancel: () => undefined };
    },
  };
  const read = await ingestWorkbook(source, { asOf });
  const order = await ingestWorkbook(memorySource(sheets), { asOf });
  expect(read.dataset.rowsNotUsed).toEqual(order.dataset.rowsNotUsed);
  expect(read.dataset.rowsNotUsed).toHaveLength(2);
  expect(read.findings.map((f) => f.message)).toEqual(order.findings.map((f) => f.message));
});

test("no row not used: no warning, reasons as before", async () => {
  const sheets = school();
  sheets.缴费 = sheets.缴费.map((r) =>
    r[0] === "9月1日"
      ? ["2026-09-01", ...r.slice(1)]
      : r[1] === ""
        ? [r[0], "XY004", ...r.slice(2)]
        : r,
  );
  const a = await analyzeWorkbook(memorySource(sheets), { rules: defaultRules(), asOf });
  expect(a.dataset.rowsNotUsed).toBeUndefined();
  expect(a.classification.analysis.rowNotUsedNotes).toBeUndefined();
  expect(a.warnings.map((w) => w.code)).not.toContain("listed_rows_not_used");
});
