import fc from "fast-check";
import type { Cell, Grid } from "../../../src/engine/cells";
import { memoryColumnSource, memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook, type GridSource } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";
import { rowsNotUsedWarnings } from "../../../src/engine/followUp/warnings";

// tester54 T10: a hand ledger writes an order's 日期, 单号 and 客户编号 on its first product line and
// leaves them blank on the lines below (一单多品). 25 of 55 lines (45 % of the revenue) were dropped
// with per-row errors only: no warning on the console, the Overview or in the JSON.

const customers: Grid = [
  ["客户编号", "客户名称"],
  ["K001", "甲"],
  ["K002", "乙"],
];
const asOf = epochDay(2025, 12, 31);

const ledger: Grid = [
  ["日期", "单号", "客户编号", "产品", "数量", "金额"],
  ["2025-03-01", "D001", "K001", "茶叶", 2, 1000],
  [null, null, null, "茶具", 1, 500],
  [null, null, null, "礼盒", 1, 300],
  ["2025-03-05", "D002", "K002", "茶叶", 1, 700],
  [null, "D002", null, "茶具", 1, 200], // its own order number, the same as above: still a line of it
];

const sources: [string, (sheets: Record<string, Grid>, block?: number) => GridSource][] = [
  ["by row", memorySource],
  ["by column block", memoryColumnSource],
];

describe.each(sources)("blank continuation lines (%s)", (_, source) => {
  test("are read with the line above's date, order and customer, with one warning that says so", async () => {
    const { dataset, findings } = await ingestWorkbook(source({ 客户: customers, 销售: ledger }), {
      asOf,
    });
    const t = dataset.transactions;
    expect(Array.from(t.amount)).toEqual([1000, 500, 300, 700, 200]);
    expect(Array.from(t.customer)).toEqual([0, 0, 0, 1, 1]);
    expect(Array.from(t.day)).toEqual([
      ...Array(3).fill(epochDay(2025, 3, 1)),
      ...Array(2).fill(epochDay(2025, 3, 5)),
    ]);
    expect(new Set(Array.from(t.order).slice(0, 3)).size).toBe(1);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    const notes = findings.filter((f) => f.code === "continuation_lines_filled");
    expect(notes.map((f) => [f.sheet, f.row, f.column, f.severity])).toEqual([
      ["销售", 3, "客户编号", "warning"],
    ]);
    expect(notes[0].message["zh-CN"]).toBe(
      "3 行的“日期”、“单号”、“客户编号”为空，写在上一行订单的下面（一单多品的后续行，第一行为第 3 行）：已按上一行的“日期”、“单号”、“客户编号”读取。如这些行不属于上一行的订单，请补上这些格后重新运行",
    );
    expect(notes[0].message["en-US"]).toBe(
      "3 rows with “日期”, “单号”, “客户编号” blank written below an order's line (further lines of a multi-line order; the first is row 3): read with the line above's “日期”, “单号”, “客户编号”. If they are not part of that order, fill those cells in and run again",
    );
  });

  test("a line that is not a continuation is refused, and many such rows are said once per column", async () => {
    const rows: Grid = [
      ["日期", "单号", "客户编号", "产品", "金额"],
      ["2025-03-01", "D001", "K001", "茶叶", 1000],
      // Another date or order than the line above, no product, or below a blank row: refused.
      ["2025-03-02", null, null, "茶具", 500],
      ["2025-03-01", "D009", null, "茶具", 500],
      [null, null, null, null, 1500], // an unlabelled subtotal: would count twice
      [],
      [null, null, null, "礼盒", 300],
      ["2025-03-01", null, null, "礼盒", 300],
    ];
    const { dataset, findings } = await ingestWorkbook(source({ 客户: customers, 销售: rows }), {
      asOf,
    });
    expect(Array.from(dataset.transactions.amount)).toEqual([1000]);
    expect(findings.some((f) => f.code === "continuation_lines_filled")).toBe(false);
    const missing = findings.filter((f) => f.code === "missing_required").map((f) => f.row);
    // Row 8: the date is the line above's but that line (row 7) has no customer: nothing to carry.
    expect(new Set(missing)).toEqual(new Set([3, 4, 5, 7, 8]));
    const many = findings.filter((f) => f.code === "many_blank_required");
    expect(many.map((f) => [f.column, f.severity])).toEqual([["客户编号", "warning"]]);
    expect(many[0].message["zh-CN"]).toBe(
      "交易表 7 行中有 5 行（71%）未使用：必填的“客户编号”列为空，第一行为第 3 行；另有 1 行为合计行或空行，已跳过。请补上这些格后重新运行",
    );
    const warned = rowsNotUsedWarnings(findings, dataset, () => "数据质量");
    expect(warned.map((w) => w.code)).toEqual(["rows_not_used"]);
    expect(warned[0].message["en-US"]).toContain("blank");
  });

  // tester64 U181: a car wash's log writes walk-ins (散客, no card number) on their own dated rows; one
  // on the date of a member's card wash (¥0) was read as a further line of his order: his spend 35
  // (truth 0), and the walk-in's sale became his last purchase.
  test("a walk-in's line under a member's line of the same day is no line of that order", async () => {
    const log: Grid = [
      ["日期", "客户编号", "项目", "支付方式", "金额", "备注"],
      ["2026-11-14", "K001", "普洗", "次卡扣次", 0, null],
      ["2026-11-14", null, "普洗", "现金", 35, "散客"],
      ["2026-11-14", "K002", "精洗", "储值卡扣款", 60, null],
      ["2026-11-14", null, "普洗", "现金", 35, "非会员，现金"],
      ["2026-11-14", "K002", "精洗", "储值卡扣款", 60, null],
      ["2026-11-14", null, "打蜡", "储值卡扣款", 40, null], // a further line of K002's order
    ];
    const { dataset, findings } = await ingestWorkbook(source({ 客户: customers, 销售: log }), {
      asOf: epochDay(2026, 12, 6),
    });
    const t = dataset.transactions;
    expect(Array.from(t.amount)).toEqual([0, 60, 60, 40]);
    expect(Array.from(t.customer)).toEqual([0, 1, 1, 1]);
    const refused = findings.filter((f) => f.code === "missing_required").map((f) => f.row);
    expect(refused).toEqual([3, 5]);
  });

  // tester68 U405: a bike shop's till export (Date, Time, Customer ID, Customer Name, Item, Amount)
  // writes walk-ins' flat repairs with no customer, each at its own time, sorted by date only: 128
  // of them under a member's line of the same day were read as his ($1,920 in 80 members' spend).
  test("a line with its own time of day is a walk-in's sale, said with its money, never the order's above", async () => {
    const till: Grid = [
      ["Date", "Time", "Customer ID", "Customer Name", "Item", "Amount"],
      ["01/06/2025", "15:28", "K001", "Sam Lopez", "Drivetrain Clean", "$89.00"],
      ["01/06/2025", "13:31", null, null, "Flat Repair", "$15.00"],
      ["01/06/2025", "16:02", null, null, "Flat Repair", "$15.00"],
      ["01/07/2025", "10:15", "K002", "Ann Lee", "Tune-Up", "$60.00"],
      ["01/07/2025", "10:15", null, null, "Chain", "$25.00"], // the same time: the order's line
      [null, null, null, null, "Cable", "$5.00"], // no date or time of its own: the order's line
      ["01/07/2025", "11:40", null, null, "Flat Repair", "$15.00"],
      ["01/07/2025", "11:55", null, null, "Flat Repair", "$15.00"],
      ["01/07/2025", "12:10", null, null, "Flat Repair", "$15.00"],
    ];
    const { dataset, findings } = await ingestWorkbook(source({ 客户: customers, Sales: till }), {
      asOf,
    });
    const t = dataset.transactions;
    expect(Array.from(t.amount)).toEqual([89, 60, 25, 5]);
    expect(Array.from(t.customer)).toEqual([0, 1, 1, 1]);
    const refused = findings.filter((f) => f.code === "missing_required").map((f) => f.row);
    expect(refused).toEqual([3, 4, 8, 9, 10]);
    const carried = findings.filter((f) => f.code === "continuation_lines_filled");
    expect(carried.map((f) => f.row)).toEqual([6]);
    const many = findings.filter((f) => f.code === "many_blank_required");
    expect(many).toHaveLength(1);
    expect(many[0].message["en-US"]).toContain("sales with no customer recorded");
    expect(many[0].message["en-US"]).toContain("75 in all");
    expect(many[0].message["zh-CN"]).toContain("共 75，不计入客户的各项数字");
  });

  // reviewer69 M1: the time was compared as text, so a Time column of a salon's service durations
  // ("45 min") or a till's per-second stamps split a member's further lines off her order, and
  // they were refused (K001 210 → 60, K002 100 → 60; the till's K001 94 → 79).
  test("a Time column of durations, or stamps seconds apart, keeps the order's further lines", async () => {
    const salon: Grid = [
      ["Date", "Customer ID", "Item", "Time", "Amount"],
      ["2025-03-01", "K001", "Cut", "45 min", 60],
      [null, null, "Colour", "90 min", 120],
      [null, null, "Blow dry", "30 min", 30],
      ["2025-03-02", "K002", "Cut", "45 min", 60],
      [null, null, "Treatment", "20 min", 40],
    ];
    const till: Grid = [
      ["Date", "Time", "Customer ID", "Item", "Amount"],
      ["2025-03-01", 0.6444444444, "K001", "Tune", 79], // 15:28 as Excel's time number
      [null, "15:28:09", null, "Tube", 10],
      [null, "3:28:59 PM", null, "Lever", 5],
      [null, "15:29", null, "Cable", 3],
      [null, "13:31", null, "Flat Repair", 15], // a walk-in's, two hours before
    ];
    for (const [sales, amounts, customer, refused] of [
      [salon, [60, 120, 30, 60, 40], [0, 0, 0, 1, 1], []],
      [till, [79, 10, 5, 3], [0, 0, 0, 0], [6]],
    ] as const) {
      const { dataset, findings } = await ingestWorkbook(
        source({ 客户: customers, Sales: sales }),
        {
          asOf,
        },
      );
      expect(Array.from(dataset.transactions.amount)).toEqual(amounts);
      expect(Array.from(dataset.transactions.customer)).toEqual(customer);
      const rows = findings.filter((f) => f.code === "missing_required").map((f) => f.row);
      expect([...new Set(rows)]).toEqual(refused);
    }
  });

  // reviewer71 H5: a Time cell minuteOfDay could not read (a till's CSV writes the date-time
  // text, or 15.28) "said nothing", so every walk-in after a member's sale was carried as hers: a
  // car wash, 20 days of one member's 09:05 wash and 8 walk-ins, K001 500 → 3,700.
  test("a Time column of date-time texts or unread times still tells a walk-in from the order", async () => {
    const till: Grid = [["日期", "时间", "客户编号", "商品", "金额"]];
    for (let d = 1; d <= 20; d++) {
      const day = `2025-03-${String(d).padStart(2, "0")}`;
      till.push([day, `${day} 09:05:11`, d % 2 ? "K001" : "K002", "洗车", 50]);
      for (let h = 10; h < 18; h++) till.push([day, `${day} ${h}:12:40`, null, "洗车", 40]);
    }
    till.push(["2025-03-21", "15.28", "K001", "洗车", 50], [null, "13.31", null, "洗车", 40]);
    const { dataset } = await ingestWorkbook(source({ 客户: customers, 销售: till }), { asOf });
    const t = dataset.transactions;
    const per = [0, 0];
    for (let i = 0; i < t.count; i++) per[t.customer[i]] += t.amount[i];
    expect(per).toEqual([550, 500]);
    expect(t.count).toBe(21);
  });

  // A datetime in the date column tells the walk-in apart the same way (its own time: other text).
  test("a line whose date has its own time of day is no line of the order above", async () => {
    const till: Grid = [
      ["Date", "Customer ID", "Item", "Amount"],
      ["2025-01-06 15:28", "K001", "Drivetrain Clean", 89],
      ["2025-01-06 13:31", null, "Flat Repair", 15],
    ];
    const { dataset } = await ingestWorkbook(source({ 客户: customers, Sales: till }), { asOf });
    expect(Array.from(dataset.transactions.amount)).toEqual([89]);
  });

  // reviewer64 H4: a member's further lines whose price type is 零售, whose product is a walk-in
  // closet kit, or whose note says 按非会员价收 were refused as walk-ins' (760 → 680).
  test("a further line that only mentions retail, a walk-in closet or a non-member price is still the order's", async () => {
    const lines: Grid = [
      ["日期", "客户编号", "商品", "金额", "价格类型", "备注"],
      ["2026-11-14", "K001", "洗发水", 100, "零售", null],
      ["2026-11-14", null, "护发素", 50, "零售", "按非会员价收"],
      ["2026-11-14", null, "Walk-in closet kit", 30, "零售", null],
    ];
    const { dataset, findings } = await ingestWorkbook(source({ 客户: customers, 销售: lines }), {
      asOf: epochDay(2026, 12, 6),
    });
    expect(Array.from(dataset.transactions.amount)).toEqual([100, 50, 30]);
    expect(Array.from(dataset.transactions.customer)).toEqual([0, 0, 0]);
    expect(findings.filter((f) => f.code === "missing_required")).toEqual([]);
  });
});

// Whatever the block size, a line at the top of a block continues the last line of the block
// before (the block path reads the line above from the previous block's last row).
// reviewer55 R8 (tester54 T10 blank.xlsx / merged.xlsx, x/t10): an order of two like items, 茶 on
// two lines, the second a continuation line: filled from the line above, it was then "identical"
// to it and dropped as a duplicate (6 lines, ¥49,000 of ¥55,000). Only lines typed in full count.
describe.each(sources)("a continuation line that repeats the product (%s)", (_, source) => {
  const order: Grid = [
    ["日期", "单号", "客户编号", "产品", "数量", "金额"],
    ["2025-03-01", "D004", "K001", "茶", 1, 1000],
    [null, null, null, "茶", 1, 1000],
    ["2025-03-05", "D005", "K002", "茶具", 1, 500],
    ["2025-03-05", "D005", "K002", "茶具", 1, 500], // typed in full twice: the export repeating it
  ];

  test("is a line of its own; a line typed in full twice is still a duplicate", async () => {
    const { dataset, findings } = await ingestWorkbook(source({ 客户: customers, 销售: order }), {
      asOf,
    });
    expect(Array.from(dataset.transactions.amount)).toEqual([1000, 1000, 500]);
    expect(findings.filter((f) => f.code === "duplicate_row").map((f) => f.row)).toEqual([5]);
  });

  // reviewer56 R6: an order of three lines pasted twice: its head line was dropped as a copy, its
  // two continuation lines counted twice (2,600 for an order of 1,800).
  test("an order pasted twice is counted once, its continuation lines too", async () => {
    const twice: Grid = [
      ["日期", "单号", "客户编号", "产品", "数量", "金额"],
      ["2025-03-01", "D100", "K001", "茶", 1, 1000],
      [null, null, null, "酒", 1, 500],
      [null, null, null, "礼盒", 1, 300],
      ["2025-03-01", "D100", "K001", "茶", 1, 1000],
      [null, null, null, "酒", 1, 500],
      [null, null, null, "礼盒", 1, 300],
    ];
    const { dataset, findings } = await ingestWorkbook(source({ 客户: customers, 销售: twice }), {
      asOf,
    });
    expect(Array.from(dataset.transactions.amount)).toEqual([1000, 500, 300]);
    expect(findings.filter((f) => f.code === "duplicate_row").map((f) => f.row)).toEqual([5, 6, 7]);
  });
});

test("a line whose customer a merged cell filled is no duplicate of the merge's top line", async () => {
  const base = memoryColumnSource({
    客户: customers,
    销售: [
      ["日期", "单号", "客户编号", "产品", "数量", "金额"],
      ["2025-03-01", "D004", "K001", "茶", 1, 1000],
      [null, null, null, "茶", 1, 1000],
    ],
  });
  const merged: GridSource = {
    ...base,
    // 日期, 单号 and 客户编号 merged down over the order's two lines (A2:A3, B2:B3, C2:C3).
    mergedAreas: async (name) =>
      name === "销售" ? [0, 1, 2].map((c) => ({ top: 2, bottom: 3, left: c, right: c })) : [],
  };
  const { dataset, findings } = await ingestWorkbook(merged, { asOf });
  expect(Array.from(dataset.transactions.amount)).toEqual([1000, 1000]);
  expect(findings.filter((f) => f.code === "duplicate_row")).toEqual([]);
});

test("a continuation line reads the same across block boundaries, by row and by column", () =>
  fc.assert(
    fc.asyncProperty(
      fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 12 }),
      fc.integer({ min: 1, max: 7 }),
      async (orders, blockRows) => {
        const rows: Grid = [["日期", "单号", "客户编号", "产品", "金额"]];
        let expected = 0;
        orders.forEach((lines, o) => {
          for (let l = 0; l < lines; l++) {
            const first = l === 0;
            const order: Cell[] = first
              ? [`2025-0${1 + (o % 9)}-01`, `D${o}`, `K00${1 + (o % 2)}`]
              : [null, null, null];
            rows.push([...order, `P${l}`, 100 + o]);
            expected += 100 + o;
          }
        });
        for (const make of [memorySource, memoryColumnSource]) {
          const { dataset, findings } = await ingestWorkbook(
            make({ 客户: customers, 销售: rows }, blockRows),
            { asOf },
          );
          const t = dataset.transactions;
          expect(t.count).toBe(rows.length - 1);
          expect(Array.from(t.amount).reduce((a, b) => a + b, 0)).toBe(expected);
          const carried = findings.find((f) => f.code === "continuation_lines_filled");
          const more = rows.length - 1 - orders.length;
          expect(carried?.message["en-US"].startsWith(`${more} row`) ?? more === 0).toBe(true);
        }
      },
    ),
  ));
