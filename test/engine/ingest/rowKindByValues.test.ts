import type { Grid } from "../../../src/engine/cells";
import { memoryColumnSource, memorySource } from "../../../src/engine/ingest/memorySource";
import { kindColumnByValues } from "../../../src/engine/ingest/rowKinds";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";

// tester57 U40: a gym's 收银流水 writes what each payment was in 项目 (新办 / 续卡 / 零售 / 退卡);
// no header names it a row type, so the column was dropped and a 1,900 refund (退卡, written
// positive) counted as a sale.

const asOf = epochDay(2025, 12, 31);
const ITEMS = ["新办", "续卡", "零售", "私教课", "续卡", "美团体验课"];

function till(refund: boolean): Grid {
  const rows: Grid = [["日期", "会员卡号", "项目", "金额", "支付方式"]];
  for (let i = 0; i < 30; i++)
    rows.push([`2025-0${1 + (i % 9)}-1${i % 10}`, `QZ00${1 + (i % 5)}`, ITEMS[i % 6], 399, "微信"]);
  if (refund) rows.push(["2025-10-15", "QZ003", "退卡", 1900, "微信"]);
  return rows;
}
const customers: Grid = [["会员卡号"], ["QZ001"], ["QZ002"], ["QZ003"], ["QZ004"], ["QZ005"]];

test.each([false, true])(
  "an unnamed column whose values are row types is read as the row type (column blocks: %s)",
  async (columns) => {
    const { dataset, findings } = await ingestWorkbook(
      (columns ? memoryColumnSource : memorySource)({ 会员资料: customers, 收银流水: till(true) }),
      { asOf },
    );
    const amounts = Array.from(dataset.transactions.amount);
    expect(amounts).toHaveLength(31);
    expect(amounts[30]).toBe(-1900);
    expect(dataset.sources.transactions?.columns.rowKind).toBe("项目");
    const note = findings.find((f) => f.code === "row_kind_by_values");
    expect(note?.severity).toBe("info");
    expect(note?.message["zh-CN"]).toContain("列“项目”的值是交易类型");
    expect(note?.message["en-US"]).toContain("Column “项目” holds row types");
    // Not said as unread any more; 私教课 and 美团体验课 are sales now, nothing unknown.
    expect(findings.some((f) => f.code === "unmapped_column" && f.column === "项目")).toBe(false);
    expect(findings.some((f) => f.code === "row_kind_returned_positive")).toBe(true);
    expect(findings.some((f) => f.code === "row_kind_unknown")).toBe(false);
  },
);

test("a column of other words (支付方式) or too few values is no row type", () => {
  const rows = till(false).slice(1);
  expect(kindColumnByValues([2, 4], rows)).toBe(2);
  expect(kindColumnByValues([4], rows)).toBe(-1);
  expect(kindColumnByValues([2], rows.slice(0, 4))).toBe(-1);
});
