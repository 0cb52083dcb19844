import { readFileSync } from "node:fs";
import { cli, scratchFolder } from "./harness";

// tester54 T10: orders of 2–3 product lines whose date, order number and customer are written on the
// first line only. 25 of 55 lines were dropped, with no warning on the console or in the JSON.
const scratch = scratchFolder("ca-order-lines-");

/** 10 orders of 3 lines of 100: the first line full, the two below `below` (blank: continuation lines). */
async function run(name: string, below: (o: number) => string) {
  const customers = scratch.write(`${name}-c.csv`, "客户编号,客户名称\nK001,甲\nK002,乙\n");
  const lines = ["日期,单号,客户编号,产品,金额"];
  for (let o = 0; o < 10; o++) {
    lines.push(`2025-0${1 + (o % 9)}-1${o % 10},D${o},K00${1 + (o % 2)},茶叶,100`);
    lines.push(`${below(o)},茶具,100`, `${below(o)},礼盒,100`);
  }
  const transactions = scratch.write(`${name}-t.csv`, lines.join("\n") + "\n");
  const json = scratch.path(`${name}.json`);
  const r = await cli(
    "analyze",
    "--customers",
    customers,
    "--transactions",
    transactions,
    "--as-of",
    "2025-12-31",
    "-o",
    scratch.path(`${name}.xlsx`),
    "--json",
    json,
    "-q",
    "--lang",
    "zh-CN",
  );
  return { r, result: JSON.parse(readFileSync(json, "utf8")) };
}

test("blank continuation lines count in revenue, with a warning that says they were read so", async () => {
  const { r, result } = await run("carried", () => ",,");
  expect(r.code).toBe(0);
  expect(result.overview.revenue).toBe(3000);
  const codes = result.dataQuality.map((f: { code: string }) => f.code);
  expect(codes).toContain("continuation_lines_filled");
  expect(codes).not.toContain("missing_required");
});

test("lines that cannot be read as an order's are refused loudly: console (-q too), JSON and rows_not_used", async () => {
  // Another date on the line below: not the same order, so no customer is guessed.
  const { r, result } = await run("refused", (o) => `2025-0${1 + (o % 9)}-2${o % 10},,`);
  expect(r.code).toBe(0);
  expect(result.overview.revenue).toBe(1000);
  expect(r.err).toContain(
    "交易表 30 行中有 20 行（67%）未使用：必填的“客户编号”列为空，第一行为第 3 行",
  );
  expect(result.warnings.map((w: { code: string }) => w.code)).toContain("rows_not_used");
});
