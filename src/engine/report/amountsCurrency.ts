import type { Dataset } from "../model";
import type { RuleSet } from "../rules/schema";
import { currencySymbolOf } from "../ingest/currencyColumn";

/**
 * The currency symbol the report shows amounts in, the one place both adapters' tabs take it from
 * (report/tabs.ts): the rule set's `currency` when set (tester55 U2: a HubSpot export's plain USD
 * amounts, with nothing in the data naming the dollar, were shown in ¥), else the transactions'
 * own (their values' symbol, a currency column, the amount header's: ingest/amountCurrency.ts; ""
 * when they mix currencies); undefined when nothing says, and the adapters show the yuan
 * (workbook/numberFormats.ts DEFAULT_CURRENCY). Amounts are never converted.
 *
 * @example amountsCurrency({ ...rules, currency: "USD" }, dataset) // "$"
 */
export function amountsCurrency(
  rules: Pick<RuleSet, "currency">,
  dataset: Pick<Dataset, "sources">,
): string | undefined {
  const chosen = rules.currency === undefined ? null : currencySymbolOf(rules.currency);
  return chosen ?? dataset.sources.transactions?.currency;
}
