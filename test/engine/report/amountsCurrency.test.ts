// tester55 U2: a HubSpot deals export (plain amounts under `Amount`, in USD, nothing naming the
// dollar) was written in "¥"#,##0.00. The rule set's currency is the one owner: set, it is shown.
import { amountsCurrency } from "../../../src/engine/report/amountsCurrency";
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
  expect(amountsCurrency({ currency: rule }, sources(data))).toBe(shown);
});
