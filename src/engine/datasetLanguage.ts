import type { Dataset } from "./model";
import { textLanguage } from "./words/language";

/**
 * The language the workbook is kept in, for its holiday calendar (chooseCalendar) and
 * the symbol its amounts show when nothing names their currency (report/amountsCurrency.ts): Chinese when
 * the customers' or transactions' headers, or one of the first customers' names, have Chinese
 * (an English CRM export of a Chinese shop names its customers in Chinese); else English; null
 * when there is nothing to read.
 *
 * @example datasetLanguage(dataset) // "en-US" for Customer ID, Name: Kate Davis, …
 */
export function datasetLanguage(dataset: Dataset): "zh-CN" | "en-US" | null {
  const headers = [dataset.sources.customers, dataset.sources.transactions].flatMap((s) =>
    s ? Object.values(s.columns) : [],
  );
  const names = dataset.customers.name.slice(0, NAMES_READ).filter((n) => typeof n === "string");
  if (headers.length === 0 && names.length === 0) return null;
  return textLanguage([...headers, ...names], "en-US");
}

/** The customers' names datasetLanguage reads: enough to see the language, cheap at a million. */
const NAMES_READ = 200;
