import type { Grid } from "../../../src/engine/cells";
import { COMPLAINT_CAUSES } from "../../../src/engine/model";
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

// tester53 N22: a 投诉 sheet as people keep it: 首次回复 / 解决日期 (dates, no times) were not
// read, so every SLA was "not recorded"; causes 破损 and 配送延误 were 其他.
describe("Complaints sheet: the date columns and causes people write", () => {
  const complaints: Grid = [
    ["客户编号", "反馈日期", "问题类别", "处理状态", "首次回复", "解决日期", "说明"],
    [1, "2025-10-20", "破损", "处理中", "2025-10-23", "", "12箱龙井外包装破损"],
    [1, "2025-09-02", "配送延误", "已解决", "2025-09-08", "2025-10-28", "中秋前延误三天"],
    [1, "2025-07-30", "Damaged", "已解决", "2025-07-31", "2025-08-05", ""],
    [1, "2025-07-30", "Late delivery", "已解决", "2025-07-31", "2025-08-05", ""],
  ];
  const transactions: Grid = [
    ["客户编号", "日期", "金额"],
    [1, "2025-12-01", 100],
  ];

  test("首次回复 and 解决日期 are read; 破损 is product quality, 配送延误 a service process cause", async () => {
    const { dataset, findings } = await ingestWorkbook(
      memorySource({ 客户: customers, 交易: transactions, 投诉: complaints }),
      { asOf },
    );
    const k = dataset.complaints!;
    expect(Array.from(k.firstResponseAt)).toEqual([
      epochDay(2025, 10, 23),
      epochDay(2025, 9, 8),
      epochDay(2025, 7, 31),
      epochDay(2025, 7, 31),
    ]);
    expect(Array.from(k.resolvedAt)).toEqual([
      NaN,
      epochDay(2025, 10, 28),
      epochDay(2025, 8, 5),
      epochDay(2025, 8, 5),
    ]);
    expect(Array.from(k.cause, (c) => COMPLAINT_CAUSES[c])).toEqual([
      "product_quality",
      "service_process",
      "product_quality",
      "service_process",
    ]);
    const kinds = findings.filter((f) => f.kind === "complaints").map((f) => [f.code, f.value]);
    expect(kinds.filter(([code]) => code !== "unmapped_column")).toEqual([]);
  });
});

// tester54 T5, T7, T21: a salon distributor's sheets — customers listed by 店名, complaints with
// 回复日期 and causes 过敏反应 / 物流破损 / 发错货.
describe("A shop's name, 回复日期 and the causes a cosmetics distributor writes", () => {
  const shops: Grid = [
    ["客户编号", "店名"],
    [1, "悦颜美容院"],
  ];
  const complaints: Grid = [
    ["客户编号", "登记日期", "问题类型", "回复日期", "解决日期"],
    [1, "2025-11-20", "过敏反应", "2025-11-20", ""],
    [1, "2025-10-02", "物流破损", "2025-10-03", "2025-10-08"],
    [1, "2025-09-12", "发错货", "2025-09-12", "2025-09-15"],
    [1, "2025-08-01", "Allergic reaction", "2025-08-02", ""],
  ];
  const transactions: Grid = [
    ["客户编号", "日期", "金额"],
    [1, "2025-12-01", 100],
  ];

  test("店名 is the name, 回复日期 the first response, 过敏反应 product quality, 物流破损/发错货 the process", async () => {
    const { dataset } = await ingestWorkbook(
      memorySource({ 客户: shops, 交易: transactions, 投诉: complaints }),
      { asOf },
    );
    expect(dataset.customers.name[0]).toBe("悦颜美容院");
    const k = dataset.complaints!;
    expect(Array.from(k.firstResponseAt)).toEqual([
      epochDay(2025, 11, 20),
      epochDay(2025, 10, 3),
      epochDay(2025, 9, 12),
      epochDay(2025, 8, 2),
    ]);
    expect(Array.from(k.cause, (c) => COMPLAINT_CAUSES[c])).toEqual([
      "product_quality",
      "service_process",
      "service_process",
      "product_quality",
    ]);
  });
});
