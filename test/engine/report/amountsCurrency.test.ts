// tester55 U2: a HubSpot deals export (plain amounts under `Amount`, in USD, nothing naming the
// dollar) was written in "¥"#,##0.00. The rule set's currency is the one owner: set, it is shown.
import { amountsCurrency, namedCurrency } from "../../../src/engine/report/amountsCurrency";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { epochDay } from "../../../src/engine/parse/date";
import type { Grid } from "../../../src/engine/cells";
import type { Dataset } from "../../../src/engine/model";

const sources = (currency?: string): Pick<Dataset, "sources"> =>
  ({
    sources: { transactions: currency === undefined ? {} : { currency } },
  }) as unknown as Pick<Dataset, "sources">;

test.each([
  [undefined, undefined, undefined],
  [undefined, "$", "$"],
  [undefined, "", ""],
  ["USD", undefined, "$"],
  ["$", undefined, "$"],
  ["usd", "\u00A5", "$"],
  ["人民币", "$", "\u00A5"],
  // reviewer58 M4: the data mixes currencies (""): no symbol, whatever the rule, as the warning says.
  ["EUR", "", ""],
  ["USD", "", ""],
  ["HKD", undefined, "HK$"],
])("rule %p over the data's %p shows %p", (rule, data, shown) => {
  expect(namedCurrency({ currency: rule }, sources(data))).toBe(shown);
});

// tester65 U219: a US shop's WooCommerce export (English headers and names, plain amounts) showed
// revenue as ¥10,924.45 in the run whose calendar note said "No currency named and the workbook is
// in English". With nothing naming the currency, an English workbook's amounts show no symbol; a
// Chinese one's stay yuan (undefined: the adapters' default); a named currency wins in both.
describe("what an amount shows when nothing names its currency", () => {
  const asOf = epochDay(2026, 12, 6);
  const book = async (customers: Grid, transactions: Grid) =>
    (
      await ingestWorkbook(memorySource({ Customers: customers, Transactions: transactions }), {
        asOf,
      })
    ).dataset;
  test("English headers and names: no symbol; a rule's or the data's currency: that one", async () => {
    const en = await book(
      [
        ["Customer ID", "Name"],
        ["C1", "Kate Davis"],
      ],
      [
        ["Customer ID", "Date", "Amount"],
        ["C1", "2026-11-01", 120],
      ],
    );
    expect(amountsCurrency({ currency: undefined }, en)).toBe("");
    expect(amountsCurrency({ currency: "USD" }, en)).toBe("$");
    const dollars = await book(
      [
        ["Customer ID", "Name"],
        ["C1", "Kate Davis"],
      ],
      [
        ["Customer ID", "Date", "Amount"],
        ["C1", "2026-11-01", "$120.00"],
      ],
    );
    expect(amountsCurrency({ currency: undefined }, dollars)).toBe("$");
  });
  test("Chinese headers, or English headers with Chinese names: the yuan (the adapters' default)", async () => {
    const zh = await book(
      [
        ["客户编号", "客户名称"],
        ["C1", "王芳"],
      ],
      [
        ["客户编号", "日期", "金额"],
        ["C1", "2026-11-01", 120],
      ],
    );
    expect(amountsCurrency({ currency: undefined }, zh)).toBeUndefined();
    const crm = await book(
      [
        ["Customer ID", "Name"],
        ["C1", "王芳"],
      ],
      [
        ["Customer ID", "Date", "Amount"],
        ["C1", "2026-11-01", 120],
      ],
    );
    expect(amountsCurrency({ currency: undefined }, crm)).toBeUndefined();
  });
});
