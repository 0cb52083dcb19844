import type { Grid } from "../../../src/engine/cells";
import { InputError } from "../../../src/engine/errors";
import { memoryColumnSource, memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook, type GridSource } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";

// New-user trial findings of stop 19: #1 a unit in the amount header, #2 an unquoted thousands
// separator in a CSV, #3 an empty transactions sheet or file.

const asOf = epochDay(2025, 12, 31);
const customers: Grid = [
  ["客户编号", "客户名称"],
  ["C1", "甲"],
  ["C2", "乙"],
];

/** A memory source that says its sheets are files, as the CSV source does. */
const asFiles = (source: GridSource): GridSource => ({
  ...source,
  sheetsAreFiles: true,
  fileOf: (name) => `${name}.csv`,
});

describe("#1 a unit in the amount header", () => {
  const tx = (header: string): Grid => [
    ["客户编号", "日期", header],
    ["C1", "2025-01-02", 0.121568],
    ["C2", "2025-02-03", "0.5"],
  ];
  test.each([
    ["金额（万元）", 10_000],
    ["金额（万元）X", 10_000],
    ["金额（千元）", 1_000],
    ["Amount (k)", 1_000],
  ])("%s: amounts × %d, with a note naming the column", async (header, factor) => {
    for (const make of [memorySource, memoryColumnSource]) {
      const { dataset, findings } = await ingestWorkbook(
        make({ Customers: customers, Transactions: tx(header) }),
        { asOf },
      );
      expect(Array.from(dataset.transactions.amount)).toEqual([
        Math.round(0.121568 * factor * 1e6) / 1e6,
        0.5 * factor,
      ]);
      const notes = findings.filter((f) => f.code === "amount_unit_applied");
      expect(notes).toHaveLength(1);
      expect(notes[0].column).toBe(header);
      expect(notes[0].severity).toBe("info");
      expect(notes[0].message["zh-CN"]).toContain(factor.toLocaleString("en-US"));
    }
  });

  test("金额（元） is read as written, no note", async () => {
    const { dataset, findings } = await ingestWorkbook(
      memorySource({ Customers: customers, Transactions: tx("金额（元）") }),
      { asOf },
    );
    expect(Array.from(dataset.transactions.amount)).toEqual([0.121568, 0.5]);
    expect(findings.filter((f) => f.code === "amount_unit_applied")).toEqual([]);
  });
});

// Reviewer51 F3: `金额(万元)` over `$1.5`, `$0.2`: multiplied by 10,000 "换算为元" and then shown in
// $ ($15,000.00), a contradictory pair of notes. 万元 is ten thousand yuan: the unit belongs to the
// header's currency, and amounts that carry another symbol say their own: read as written, in it.
describe("a unit naming one currency over amounts carrying another (reviewer51 F3)", () => {
  const tx: Grid = [
    ["客户编号", "日期", "金额(万元)"],
    ["C1", "2025-01-02", "$1.5"],
    ["C2", "2025-02-03", "$0.2"],
  ];
  test("not scaled; one finding names column, row, value, both units, and what to write", async () => {
    for (const make of [memorySource, memoryColumnSource]) {
      const { dataset, findings } = await ingestWorkbook(
        make({ Customers: customers, Transactions: tx }),
        { asOf },
      );
      expect(Array.from(dataset.transactions.amount)).toEqual([1.5, 0.2]);
      expect(dataset.sources.transactions?.currency).toBe("$");
      expect(findings.filter((f) => f.code === "amount_unit_applied")).toEqual([]);
      const said = findings.filter((f) => f.code === "currency_mixed");
      expect(said).toHaveLength(1);
      expect(said[0]).toMatchObject({ row: 2, column: "金额(万元)", value: "$1.5" });
      expect(said[0].message["en-US"]).toBe(
        "The header “金额(万元)” (column C) names ¥ in units of 万元, but the amounts carry $ (“$1.5”, row 2, the first of 2 amounts): they are read as written, in $, not multiplied by 10,000. If each amount counts 10,000 $, name that currency in the header's unit (such as 金额(万美元) for ten thousand US dollars) and run again",
      );
      expect(said[0].message["zh-CN"]).toBe(
        "C 列的标题“金额(万元)”写的单位是 ¥ 的万元，但金额带的是 $（第 2 行“$1.5”，2 个金额中的第一个）：已按所写数字以 $ 读取，未乘以 10,000。如果每个金额代表 10,000 $，请在标题的单位中写明该货币（如“金额(万美元)”表示万美元）后重新分析",
      );
    }
  });

  test("a unit without a currency (金额(万)) over $ amounts still scales them: $1.5万 is $15,000", async () => {
    const plain: Grid = tx.map((r, i) => (i === 0 ? ["客户编号", "日期", "金额(万)"] : r));
    const { dataset } = await ingestWorkbook(
      memorySource({ Customers: customers, Transactions: plain }),
      { asOf },
    );
    expect(Array.from(dataset.transactions.amount)).toEqual([15_000, 2_000]);
  });

  test("金额(万美元) over $ amounts: the unit is the amounts' currency, scaled", async () => {
    const usd: Grid = tx.map((r, i) => (i === 0 ? ["客户编号", "日期", "金额(万美元)"] : r));
    const { dataset, findings } = await ingestWorkbook(
      memorySource({ Customers: customers, Transactions: usd }),
      { asOf },
    );
    expect(Array.from(dataset.transactions.amount)).toEqual([15_000, 2_000]);
    expect(findings.filter((f) => f.code === "currency_mixed")).toEqual([]);
  });
});

describe("#2 rows with more fields than the header (CSV)", () => {
  const header = ["客户编号", "日期", "金额", "订单编号", "产品", "数量"];
  const tx: Grid = [
    header,
    ["C1", "2025-01-01", "1", "240.40", "SO1", "显示器", "1"],
    ["C1", "2025-01-02", "88", "SO2", "键盘", "2"],
    ["C2", "2025-01-03", "12", "345", "678.9", "SO3", "鼠标", "1"],
    ["C2", "2025-01-04", "5", "SO4", "a", "b", "c"],
  ];

  test("an unquoted 1,240.40 is rejoined into the amount, with a warning naming 金额", async () => {
    const { dataset, findings } = await ingestWorkbook(
      asFiles(memorySource({ Customers: customers, Transactions: tx })),
      { asOf },
    );
    expect(Array.from(dataset.transactions.amount)).toEqual([1240.4, 88, 12345678.9]);
    expect(Array.from(dataset.transactions.quantity)).toEqual([1, 2, 1]);
    const rejoined = findings.filter((f) => f.code === "row_number_rejoined");
    expect(rejoined.map((f) => [f.row, f.column, f.value])).toEqual([
      [2, "金额", "1,240.40"],
      [4, "金额", "12,345,678.9"],
    ]);
    expect(rejoined[0].message["zh-CN"]).toContain("此行有 7 个字段，标题只有 6 列");
    // The finding on the shifted column that the trial saw is gone.
    expect(findings.filter((f) => f.code === "unparseable_optional")).toEqual([]);
  });

  test("a row the extra fields do not explain is not used, and says why", async () => {
    const { dataset, findings } = await ingestWorkbook(
      asFiles(memorySource({ Customers: customers, Transactions: tx })),
      { asOf },
    );
    expect(dataset.counts.transactions).toEqual({ read: 4, used: 3, rejected: 1, skipped: 0 });
    const bad = findings.filter((f) => f.code === "too_many_fields");
    expect(bad.map((f) => [f.row, f.severity])).toEqual([[5, "error"]]);
    expect(bad[0].message["en-US"]).toContain("This row has 7 fields but the header 6");
  });

  test("in a workbook sheet a value right of the header is a note, not a shift", async () => {
    const { dataset, findings } = await ingestWorkbook(
      memorySource({ Customers: customers, Transactions: tx }),
      { asOf },
    );
    expect(dataset.counts.transactions!.used).toBe(4);
    expect(findings.filter((f) => f.code === "too_many_fields")).toEqual([]);
  });

  test("trailing empty fields are not extra fields", async () => {
    const { findings } = await ingestWorkbook(
      asFiles(
        memorySource({
          Customers: customers,
          Transactions: [header, ["C1", "2025-01-01", "5", "SO1", "x", "1", null, ""]],
        }),
      ),
      { asOf },
    );
    expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
});

describe("#3 no transactions", () => {
  const error = async (tx: Grid, files = false) => {
    const source = memorySource({ Customers: customers, Transactions: tx });
    try {
      await ingestWorkbook(files ? asFiles(source) : source, { asOf });
    } catch (e) {
      if (e instanceof InputError) return e;
      throw e;
    }
    return null;
  };

  test("a header-only sheet is an input error saying it has no data rows", async () => {
    const e = await error([["客户编号", "日期", "金额"]]);
    expect(e).not.toBeNull();
    expect(e!.message).toContain("is the header and no data rows follow it");
  });

  test("a header-only Customers sheet or file is an input error too, in both languages (tester, stop 31)", async () => {
    for (const files of [false, true]) {
      const source = memorySource({
        Customers: [customers[0]],
        Transactions: [
          ["客户编号", "日期", "金额"],
          ["C1", "2025-01-01", 5],
        ],
      });
      const e = await ingestWorkbook(files ? asFiles(source) : source, { asOf }).then(
        () => null,
        (x: unknown) => x,
      );
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).message).toContain("is the header and no data rows follow it");
      expect((e as InputError).message).toContain("without customers");
      expect((e as InputError).messageZh).toContain("没有客户就无从分析");
    }
  });

  // Stop 33 tester #2: all rejected gave exit 0 and a report about nobody; now stopped like no rows.
  test("rows that are there but all rejected are an input error naming the first rows", async () => {
    const e = await error([
      ["客户编号", "日期", "金额"],
      ["X9", "2025-01-01", 5],
    ]);
    expect(e!.message).toContain("none of its 1 row can be used");
    expect(e!.message).toContain("row 2: ");
    expect(e!.messageZh).toContain("第 2 行：");
  });

  test("an empty file says it is empty, not that its header is missing", async () => {
    const e = await error([], true);
    expect(e!.message).toContain("is empty");
    expect(e!.message).not.toContain("header");
  });
});
