import type { Dataset } from "../model";
import type { RuleSet } from "../rules/schema";
import { currencySymbolOf } from "../ingest/currencyColumn";
import { datasetLanguage } from "../datasetLanguage";

/**
 * The currency the input names for its amounts: the rule set's `currency` when set (tester55 U2: a
 * HubSpot export's plain USD amounts, with nothing in the data naming the dollar, were shown in ¥),
 * else the transactions' own (their values' symbol, a currency column, the amount header's:
 * ingest/amountCurrency.ts); undefined when nothing says. Amounts are never converted, so
 * transactions that mix currencies ("") name none whatever the rule: a sum of dollars and euros is
 * in neither, as the warning currencies_mixed says beside it (reviewer58 M4: USD + EUR under a
 * "USD" rule showed "$"). The holiday calendar is chosen by it (analyze.ts chooseCalendar).
 *
 * @example namedCurrency({ ...rules, currency: "USD" }, dataset) // "$"
 */
export function namedCurrency(
  rules: Pick<RuleSet, "currency">,
  dataset: Pick<Dataset, "sources">,
): string | undefined {
  const data = dataset.sources.transactions?.currency;
  if (data === "") return data;
  const chosen = rules.currency === undefined ? null : currencySymbolOf(rules.currency);
  return chosen ?? data;
}

/**
 * The currency symbol the report shows amounts in, the one place both adapters' tabs take it from
 * (report/tabs.ts): the named one (namedCurrency); when nothing names one, none ("") for a
 * workbook kept in English (datasetLanguage: English headers and names; tester65 U219: a US shop's
 * plain amounts were shown as ¥10,924.45 in the very run that chose the US holidays for it, and
 * no symbol is better than a wrong one), else undefined: the adapters show the yuan
 * (workbook/numberFormats.ts DEFAULT_CURRENCY), a Chinese workbook's plain amounts being yuan.
 *
 * @example amountsCurrency(rules, englishDataset) // "" (plain amounts, English headers)
 */
export function amountsCurrency(
  rules: Pick<RuleSet, "currency">,
  dataset: Dataset,
): string | undefined {
  const named = namedCurrency(rules, dataset);
  if (named !== undefined) return named;
  return datasetLanguage(dataset) === "en-US" ? "" : undefined;
}
