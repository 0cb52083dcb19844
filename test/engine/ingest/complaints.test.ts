import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";

const asOf = epochDay(2025, 12, 31);

const customers: Grid = [
  ["客户编号", "客户名称"],
  [1, "甲"],
];

/** Complaint times after the analysis date have not happened yet at that date. */
describe("Complaints sheet: response and resolution times after the analysis date", () => {
  const complaints: Grid = [
    ["客户编号", "接收时间", "首次响应时间", "解决时间", "状态"],
    [1, "2025-12-30 09:00", "2025-12-31 23:00", "2026-01-02 10:00", "已解决"], // row 2
    [1, "2025-12-30 09:00", "2026-01-01 08:00", "", ""], // row 3
    [1, "2025-12-29 09:00", "2025-12-29 10:00", "2025-12-31 18:00", ""], // row 4
    [1, "2025-12-29 09:00", "", "", "已解决"], // row 5: resolved, time not recorded
  ];
  const transactions: Grid = [
    ["客户编号", "日期", "金额"],
    [1, "2025-12-01", 100],
  ];
  const run = () =>
    ingestWorkbook(memorySource({ 客户: customers, 交易: transactions, 投诉: complaints }), {
      asOf,
    });

  test("are not yet happened: NaN, and a complaint resolved later is still open", async () => {
    const { dataset } = await run();
    const k = dataset.complaints!;
    expect(k.count).toBe(4);
    expect(k.firstResponseAt[0]).toBeCloseTo(asOf + 23 / 24, 9); // the analysis date itself: kept
    expect(k.resolvedAt[0]).toBeNaN();
    expect(k.firstResponseAt[1]).toBeNaN();
    expect(k.resolvedAt[2]).toBeCloseTo(asOf + 18 / 24, 9);
    // Open (0) unless resolved by the end of the analysis date; a stated status with no time stands.
    expect(Array.from(k.status)).toEqual([0, 0, 1, 1]);
  });

  test("and are reported as out-of-range warnings with the analysis date", async () => {
    const { findings } = await run();
    const late = findings.filter((f) => f.kind === "complaints");
    expect(late.map((f) => [f.row, f.code, f.severity, f.value])).toEqual([
      [2, "out_of_range", "warning", "2026-01-02 10:00"],
      [3, "out_of_range", "warning", "2026-01-01 08:00"],
    ]);
    expect(late[0].message["zh-CN"]).toBe(
      "D 列“解决时间”的值 2026-01-02 10:00 超出 ≤ 分析日期 2025-12-31，已按空值处理",
    );
    expect(late[1].message["en-US"]).toBe(
      "“首次响应时间” (column C) value 2026-01-01 08:00 should be on or before the analysis date 2025-12-31; treated as empty",
    );
  });
});
