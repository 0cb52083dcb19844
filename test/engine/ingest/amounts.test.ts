import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook, type GridSource } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";

// Issue 14 item 1: decimal commas were read silently wrong (1.234,56 → 1.23456, 12,50 → 1250,
// "1,2" → 12, "12.5%" → 0.125 as an amount).

const asOf = epochDay(2025, 12, 31);
const customers: Grid = [
  ["客户编号", "客户名称"],
  ["C1", "甲"],
  ["C2", "乙"],
];

function transactions(amounts: (string | number)[]): Grid {
  return [
    ["客户编号", "日期", "金额"],
    ...amounts.map((a, i) => [i % 2 ? "C2" : "C1", "2025-03-07", a]),
  ];
}

/** A source that says its file is `;`-separated, as the CSV reader does. */
function semicolonSource(sheets: Record<string, Grid>): GridSource {
  const inner = memorySource(sheets, 7);
  return {
    sheetNames: () => inner.sheetNames(),
    readSheet: async (name, onRows, notes) => {
      notes?.decimalMark(",");
      await inner.readSheet(name, onRows);
    },
  };
}

describe("amounts by column evidence", () => {
  test("1.234,56 twenty times is 24,691.20, not 24.69", async () => {
    const { dataset, findings } = await ingestWorkbook(
      semicolonSource({
        Customers: customers,
        Transactions: transactions(Array(20).fill("1.234,56")),
      }),
      { asOf },
    );
    const total = Array.from(dataset.transactions.amount).reduce((s, a) => s + a, 0);
    expect(total).toBeCloseTo(24691.2, 6);
    // Twenty equal rows with no order ids are also said: as one duplicate_rows_kept (tester52 M2,
    // returns52: more than ten are one finding).
    expect(
      findings.filter((f) => f.severity !== "info" && f.code !== "duplicate_rows_kept"),
    ).toEqual([]);
  });

  test("12,50 is twelve and a half; a 1.234 in the same column is 1234 (decided by the column, even when seen first)", async () => {
    const { dataset, findings } = await ingestWorkbook(
      memorySource(
        { Customers: customers, Transactions: transactions(["1.234", "12,50", "7"]) },
        1,
      ),
      { asOf },
    );
    expect(Array.from(dataset.transactions.amount)).toEqual([1234, 12.5, 7]);
    expect(findings.filter((f) => f.code === "ambiguous_number")).toEqual([]);
  });

  test("text “1,2” in a workbook is 1.2, and “12.5%” is not an amount (row reported)", async () => {
    const { dataset, findings } = await ingestWorkbook(
      memorySource({ Customers: customers, Transactions: transactions(["1,2", "12.5%", 3]) }),
      { asOf },
    );
    expect(Array.from(dataset.transactions.amount)).toEqual([1.2, 3]);
    const bad = findings.find((f) => f.row === 3);
    expect(bad).toMatchObject({ sheet: "Transactions", column: "金额", code: "unparseable_value" });
  });

  test("an ambiguous 1,234 in a column that shows nothing gets a warning naming sheet, row and column", async () => {
    const { dataset, findings } = await ingestWorkbook(
      memorySource({ Customers: customers, Transactions: transactions(["1,234", "580", 12]) }),
      { asOf },
    );
    expect(Array.from(dataset.transactions.amount)).toEqual([1234, 580, 12]);
    const warned = findings.filter((f) => f.code === "ambiguous_number");
    expect(warned).toHaveLength(1);
    expect(warned[0]).toMatchObject({
      sheet: "Transactions",
      row: 2,
      column: "金额",
      severity: "warning",
      value: "1,234",
    });
    expect(warned[0].message["en-US"]).toContain("could be 1234 or 1.234; read as 1234");
  });

  // tester63 U172: a ledger's 金额 of whole numbers had all 17 of its "需要核对" findings say
  // `3,816` "可能是 3.816": in a column of whole numbers, thousands is the only consistent reading.
  describe("a comma in a column of whole numbers (WHOLE_NUMBERS_MIN others, no fraction)", () => {
    const whole = [800, 1200, 3400, 2950, 6100, 940, 1015, 2222, 5000, 7300];
    const ambiguous = async (amounts: (string | number)[]) => {
      const { dataset, findings } = await ingestWorkbook(
        memorySource({ Customers: customers, Transactions: transactions(amounts) }),
        { asOf },
      );
      const rows = findings.filter((f) => f.code === "ambiguous_number").map((f) => f.row);
      return { amounts: Array.from(dataset.transactions.amount), rows };
    };

    test("is thousands, unsaid: `3,816` and `12,000` beside 10 whole numbers", async () => {
      const { amounts, rows } = await ambiguous(["3,816", ...whole, "12,000"]);
      expect(amounts).toEqual([3816, ...whole, 12000]);
      expect(rows).toEqual([]);
    });

    test("keeps its warning beside a fraction, a `1.234`, or fewer whole numbers", async () => {
      expect((await ambiguous(["3,816", ...whole, 12.5])).rows).toEqual([2]);
      expect((await ambiguous(["3,816", ...whole, "1.234"])).rows).toEqual([2, 13]);
      expect((await ambiguous(["3,816", ...whole.slice(1)])).rows).toEqual([2]);
    });
  });

  test("in a ;-separated file an undecided 1,234 reads as 1.234, with a warning", async () => {
    const { dataset, findings } = await ingestWorkbook(
      semicolonSource({ Customers: customers, Transactions: transactions(["5", "1,234"]) }),
      { asOf },
    );
    expect(Array.from(dataset.transactions.amount)).toEqual([5, 1.234]);
    expect(findings.filter((f) => f.code === "ambiguous_number").map((f) => f.row)).toEqual([3]);
  });

  test("a rejected row's ambiguous amount changes nothing in the table", async () => {
    const rows = transactions(["1.234", "12,50"]);
    rows.splice(1, 0, ["C9", "2025-03-07", "9.999"]); // unknown customer: rejected
    const { dataset } = await ingestWorkbook(
      memorySource({ Customers: customers, Transactions: rows }),
      { asOf },
    );
    expect(Array.from(dataset.transactions.amount)).toEqual([1234, 12.5]);
  });
});
