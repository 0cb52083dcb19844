import fc from "fast-check";
import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";
import { amountReading, readAmount } from "../../../src/engine/parse/number";

/**
 * tester53 N1: HK$ amounts (`HK$29,555`, `100港币`) were refused, and a VIP billed in them lost
 * every row. N25: under a header naming a unit (金额(万元), Amount (k)) a cell naming its own
 * (`12000元`, `0.5万`, `$12,000`) was multiplied by the header's unit again.
 */

const asOf = epochDay(2025, 12, 31);
const customers: Grid = [
  ["客户编号", "客户名称"],
  ["C1", "甲"],
  ["C2", "乙"],
];

function run(header: string, amounts: string[]) {
  const grid: Grid = [
    ["客户编号", "日期", header],
    ...amounts.map((a, i) => [i % 2 ? "C2" : "C1", "2025-03-07", a]),
  ];
  return ingestWorkbook(memorySource({ Customers: customers, Transactions: grid }, 1), { asOf });
}

describe("HK$ amounts (tester53 N1)", () => {
  test("HK$ cells beside plain yuan are read, and named as another currency, not refused", async () => {
    const { dataset, findings } = await run("金额", [
      "1000",
      "HK$29,555",
      "2000",
      "HK$ 29,555.00",
      "3000",
      "100港币",
      "4000",
      "港币100",
      "5000",
    ]);
    expect(Array.from(dataset.transactions.amount)).toEqual([
      1000, 29555, 2000, 29555, 3000, 100, 4000, 100, 5000,
    ]);
    expect(findings.filter((f) => f.code === "unparseable_value")).toEqual([]);
    const mixed = findings.filter((f) => f.code === "currency_mixed");
    expect(mixed).toHaveLength(1);
    expect(mixed[0].row).toBe(3);
    expect(mixed[0].message["zh-CN"]).toContain("HK$");
    expect(mixed[0].message["en-US"]).toContain("HK$");
  });

  test("a column of HK$ amounts is shown in HK$", async () => {
    const { dataset } = await run("Amount", ["HK$100", "HKD 200", "300港元"]);
    expect(Array.from(dataset.transactions.amount)).toEqual([100, 200, 300]);
    expect(dataset.sources.transactions?.currency).toBe("HK$");
  });
});

describe("a cell naming its own unit under a header naming one (tester53 N25)", () => {
  test("金额(万元): 1.2 is 12,000; 12000元, ¥3000 and 0.5万 are read as written, once", async () => {
    const { dataset, findings } = await run("金额(万元)", ["1.2", "12000元", "¥3000", "0.5万"]);
    expect(Array.from(dataset.transactions.amount)).toEqual([12000, 12000, 3000, 5000]);
    const note = findings.find((f) => f.code === "amount_unit_applied")!;
    expect(note.message["zh-CN"]).toContain("1 个金额已乘以 10,000");
    const own = findings.filter((f) => f.code === "amount_unit_own");
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({ row: 3, value: "12000元", severity: "warning" });
    expect(own[0].message["zh-CN"]).toContain("3 个金额自带单位或货币");
    expect(own[0].message["en-US"]).toContain("3 amounts name its own unit");
  });

  test("Amount (k): 12 is 12,000; $12,000 and 5k are 12,000 and 5,000", async () => {
    const { dataset, findings } = await run("Amount (k)", ["12", "$12,000", "5k"]);
    expect(Array.from(dataset.transactions.amount)).toEqual([12000, 12000, 5000]);
    expect(findings.filter((f) => f.code === "unparseable_value")).toEqual([]);
    expect(findings.find((f) => f.code === "amount_unit_own")?.row).toBe(3);
  });

  test("plain cells alone under a unit header: every one scaled, no own-unit finding", async () => {
    const { dataset, findings } = await run("金额(万元)", ["1.2", "3"]);
    expect(Array.from(dataset.transactions.amount)).toEqual([12000, 30000]);
    expect(findings.some((f) => f.code === "amount_unit_own")).toBe(false);
  });

  test("any amount a cell writes in 万 or k under 金额(万元) is its value, never scaled twice", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 99999 }),
        fc.constantFrom("万", "k", "千", "元"),
        async (n, mark) => {
          const text = `${n}${mark}`;
          const expected = readAmount(text, amountReading()).value;
          const { dataset } = await run("金额(万元)", ["1", text]);
          expect(dataset.transactions.amount[1]).toBe(expected);
          expect(dataset.transactions.amount[0]).toBe(10000);
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe("readAmount: thousands written k or 千", () => {
  test.each([
    ["5k", 5000],
    ["5K", 5000],
    ["1.5k", 1500],
    ["3千", 3000],
    ["3千元", 3000],
    ["k", NaN],
    ["5kk", NaN],
  ])("%s → %d", (text, value) => {
    expect(readAmount(text, amountReading()).value).toBe(value);
  });
});

describe("a column mostly written with a symbol under a unit header is that unit, formatted", () => {
  test("金额(万元) over ¥1.2, ¥0.5, 3: every one scaled (an export of a column formatted ¥)", async () => {
    const { dataset, findings } = await run("金额(万元)", ["¥1.2", "¥0.5", "3"]);
    expect(Array.from(dataset.transactions.amount)).toEqual([12000, 5000, 30000]);
    expect(findings.some((f) => f.code === "amount_unit_own")).toBe(false);
  });
});

describe("a cell naming only a currency under a unit header: weighed by its size (reviewer53 H2)", () => {
  test.each([
    [
      ["¥1.5", "¥2", "3"],
      [15000, 20000, 30000],
    ],
    [
      ["¥1.5", "¥2", "3", "4"],
      [15000, 20000, 30000, 40000],
    ],
    [
      ["¥1.5", "3"],
      [15000, 30000],
    ],
    [
      ["¥3000", "0.3", "0.4"],
      [3000, 3000, 4000],
    ],
  ])("金额(万元) over %j → %j", async (cells, amounts) => {
    const { dataset } = await run("金额(万元)", cells);
    expect(Array.from(dataset.transactions.amount)).toEqual(amounts);
  });

  test("Amount (k) over 5K, 3, $4: $4 is 4 thousand like its neighbours", async () => {
    const { dataset } = await run("Amount (k)", ["5K", "3", "$4"]);
    expect(Array.from(dataset.transactions.amount)).toEqual([5000, 3000, 4000]);
  });

  test("a row's amount does not depend on how many plain rows follow", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 99999 }),
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 4 }),
        async (n, k, plain) => {
          const symbols = Array.from({ length: k }, () => `¥${n}`);
          const first = await run("金额(万元)", [...symbols, ...plain.map(String)]);
          const more = await run("金额(万元)", [...symbols, ...plain.map(String), "5", "5", "5"]);
          expect(more.dataset.transactions.amount[0]).toBe(first.dataset.transactions.amount[0]);
        },
      ),
      { numRuns: 30 },
    );
  });

  test("kept ¥ cells are named, told to drop the ¥ (not 'their unit')", async () => {
    const { dataset, findings } = await run("金额(万元)", ["1.2", "¥1.5", "¥3000"]);
    expect(Array.from(dataset.transactions.amount)).toEqual([12000, 15000, 3000]);
    const own = findings.filter((f) => f.code === "amount_unit_own");
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({ row: 4, value: "¥3000" });
    expect(own[0].message["zh-CN"]).toContain("请去掉其中的 ¥");
    expect(own[0].message["en-US"]).toContain("remove the ¥");
    const note = findings.find((f) => f.code === "amount_unit_applied")!;
    expect(note.message["en-US"]).toContain("2 amounts multiplied");
  });

  test("100港元 is a currency like HK$100, not a unit: weighed the same", async () => {
    // Mostly ¥ (the column's currency is the header's): the HK$ cell is weighed, as ¥2 is.
    const cells = ["3", "4", ...Array.from({ length: 10 }, () => "¥2")];
    for (const text of ["100港元", "HK$100"]) {
      const { dataset } = await run("金额(万元)", [...cells, text]);
      expect(dataset.transactions.amount[12]).toBe(1000000);
    }
  });
});
