// Stop 23 tester #4: a back-dated run counted customers created after its date as prospects of that
// date (32 of 300 at --as-of 2025-09-30, e.g. 1000029 created 2025-12-12), so the refresh at 12-31
// saw them in both runs and its Changes tab said 新客户 0 while 30 were new.
import type { Grid } from "../../../src/engine/cells";
import { analyzeWorkbook } from "../../../src/engine/analyze";
import { moveCounts } from "../../../src/engine/changes/compare";
import { AFTER_AS_OF_LISTED } from "../../../src/engine/ingest/afterAsOf";
import { memoryColumnSource, memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay, isoDate } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";

const asOf = epochDay(2025, 9, 30);

/** C1, C2 from 2023; L1 created after the analysis date with no row by then; L2 likewise but it bought (its created date is late). */
const sheets = (extraLater = 0) => {
  const customers: Grid = [
    ["客户编号", "客户名称", "建档日期"],
    ["C1", "甲", "2023-01-05"],
    ["L1", "后来的", "2025-12-12"],
    ["C2", "乙", ""],
    ["L2", "先买后建档", "2025-10-20"],
  ];
  for (let k = 0; k < extraLater; k++)
    customers.push([`X${k}`, `新${k}`, isoDate(epochDay(2025, 10, 1) + k)]);
  const transactions: Grid = [
    ["客户编号", "日期", "金额"],
    ["C1", "2025-09-01", 100],
    ["C2", "2025-08-01", 200],
    ["L2", "2025-09-15", 300],
    ["L1", "2025-12-20", 400],
    ["C2", "2025-12-21", 500],
  ];
  const contacts: Grid = [
    ["客户编号", "日期", "方式"],
    ["C2", "2025-09-02", "电话"],
    ["L1", "2025-12-13", "电话"],
  ];
  return { 客户: customers, 交易: transactions, 跟进记录: contacts };
};

describe("customers created after the analysis date", () => {
  test.each([
    ["memorySource", memorySource],
    ["memoryColumnSource", memoryColumnSource],
  ])(
    "with no row by then are left out, each with a finding and counted as rejected (%s)",
    async (_, make) => {
      const { dataset, findings } = await ingestWorkbook(make(sheets()), { asOf });
      expect(dataset.customers.id).toEqual(["C1", "C2", "L2"]);
      expect(dataset.customers.count).toBe(3);
      expect(dataset.customers.name).toEqual(["甲", "乙", "先买后建档"]);
      expect(dataset.counts.customers).toMatchObject({ read: 4, used: 3, rejected: 1 });
      const later = findings.filter((f) => f.kind === "customers" && f.code === "future_date");
      expect(later).toHaveLength(1);
      expect(later[0]).toMatchObject({ row: 3, column: "建档日期", value: "2025-12-12" });
      expect(later[0].message["zh-CN"]).toContain("建档日期 2025-12-12 晚于分析日期 2025-09-30");
      expect(later[0].message["en-US"]).toContain("not yet a customer on that date");
      // The other tables still point at the right customers after the renumbering.
      const t = dataset.transactions;
      const ids = Array.from(t.customer.subarray(0, t.count), (c) => dataset.customers.id[c]);
      expect(ids).toEqual(["C1", "C2", "L2"]);
      const k = dataset.contacts!;
      expect(Array.from(k.customer.subarray(0, k.count), (c) => dataset.customers.id[c])).toEqual([
        "C2",
      ]);
    },
  );

  test(`more than ${AFTER_AS_OF_LISTED}: one note with the count and the date range`, async () => {
    const { dataset, findings } = await ingestWorkbook(memorySource(sheets(12)), { asOf });
    expect(dataset.customers.count).toBe(3);
    const ofCustomers = findings.filter((f) => f.kind === "customers");
    expect(ofCustomers.filter((f) => f.code === "future_date")).toEqual([]);
    const notes = ofCustomers.filter((f) => f.code === "after_analysis_date");
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ severity: "info", value: "13", column: "建档日期", row: 0 });
    expect(notes[0].message["zh-CN"]).toContain("13 位客户的建档日期晚于分析日期 2025-09-30");
    expect(notes[0].message["zh-CN"]).toContain("2025-10-01 至 2025-12-12");
    expect(notes[0].message["en-US"]).toContain("13 customers were created after");
    expect(dataset.counts.customers).toMatchObject({ read: 16, used: 3, rejected: 13 });
  });

  test("none after the analysis date: nothing changes", async () => {
    const { dataset, findings } = await ingestWorkbook(memorySource(sheets()), {
      asOf: epochDay(2025, 12, 31),
    });
    expect(dataset.customers.count).toBe(4);
    expect(findings.filter((f) => f.kind === "customers")).toEqual([]);
  });

  test("a refresh at a later date counts them as new customers", async () => {
    const rules = defaultRules();
    const first = await analyzeWorkbook(memorySource(sheets()), { rules, asOf });
    expect(first.snapshot!.id).toEqual(["C1", "C2", "L2"]);
    const later = await analyzeWorkbook(memorySource(sheets()), {
      rules,
      asOf: epochDay(2025, 12, 31),
      previous: first.snapshot!,
    });
    const c = later.changes!.comparison;
    expect(moveCounts(c).new).toBe(1);
    expect(Array.from(c.added, (i) => later.snapshot!.id[i])).toEqual(["L1"]);
  });
});
