import type { Dataset } from "../model";
import type { RuleSet } from "../rules/schema";
import { currencySymbolOf } from "../ingest/currencyColumn";

/**
 * The currency symbol the report shows amounts in, the one place both adapters' tabs take it from
 * (report/tabs.ts): the rule set's `currency` when set (tester55 U2: a HubSpot export's plain USD
 * amounts, with nothing in the data naming the dollar, were shown in ¥), else the transactions'
 * own (their values' symbol, a currency column, the amount header's: ingest/amountCurrency.ts);
 * undefined when nothing says, and the adapters show the yuan (workbook/numberFormats.ts
 * DEFAULT_CURRENCY). Amounts are never converted, so transactions that mix currencies ("") show
 * no symbol whatever the rule: a sum of dollars and euros is in neither, as the warning
 * currencies_mixed says beside it (reviewer58 M4: USD + EUR under a "USD" rule showed "$").
 *
 * @example amountsCurrency({ ...rules, currency: "USD" }, dataset) // "$"
 */
export function amountsCurrency(
  rules: Pick<RuleSet, "currency">,
  dataset: Pick<Dataset, "sources">,
): string | undefined {
  const data = dataset.sources.transactions?.currency;
  if (data === "") return data;
  const chosen = rules.currency === undefined ? null : currencySymbolOf(rules.currency);
  return chosen ?? data;
}
