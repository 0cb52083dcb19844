import { currencyOf, type AmountUnit } from "../parse/amountUnit";
import type { CurrencyEvidence } from "../parse/currencySymbol";
import type { RowReader } from "./rowReader";

/** The symbol the adapters show amounts with when neither the values nor the header name one. */
const DEFAULT_SYMBOL = "\u00A5";

/** A header with Chinese in it (CJK ideographs): its plain amounts are yuan. */
const HAN = /[\u3400-\u9fff]/;

/**
 * The currency of an amount column, now its sheet has been read, and a `currency_mixed` finding
 * when its values leave it in doubt (at the first value that does: file, sheet, row, column):
 * - the symbol its values carry (`$1,234.50`): the data says what it is in, cell by cell;
 * - more plain amounts (`1280`) than amounts with a symbol: the header's, else null (finding at
 *   the first with a symbol: one `$560.20` among plain yuan is the odd one, reviewer51 F1); under
 *   a header without Chinese, one foreign symbol on a fifth or more of them and no other: that
 *   symbol, nothing said (HABIT_SHARE: the ledger's habit, tester53 N10);
 * - several symbols: the one with 9 in 10 of them (finding), else none, "" (finding: a sum of
 *   dollars and yuan is in no currency, and no symbol is better than a wrong one);
 * - no symbol: the one its header names (`Amount (USD)`), else null (the adapters show the yuan);
 * - a symbol the header does not name (`金额（元）` over `$` amounts): the values' (finding).
 *   A header's HK$ over `$` values is no contradiction: the header's, more precise, stands.
 *   The header's `unit` then belongs to the header's currency (万元 is ten thousand yuan), not to
 *   amounts that say their own: `unitApplies` false, one finding (reviewer51 F3: `$1.5` under
 *   `金额(万元)` was multiplied by 10,000 "to yuan" and shown in $).
 */
export function amountCurrency(
  reader: RowReader,
  field: string,
  evidence: CurrencyEvidence | undefined,
  amounts = 0,
  unit: AmountUnit | null = null,
): { currency: string | null; unitApplies: boolean } {
  const header = reader.headers[reader.columns[field]] ?? "";
  const named = currencyOf(header);
  // An English header (no Chinese in it) over amounts a fifth or more of which carry one foreign
  // symbol: the plain ones are in it too (a US ledger typed with and without `$`, tester53 N10).
  // Under a Chinese header plain amounts stay yuan and the marked ones are the odd ones out.
  const habit = named === null && !HAN.test(header) ? evidence?.habitSymbol(amounts) : undefined;
  const plainIn = named ?? habit ?? null;
  const shown = plainIn ?? DEFAULT_SYMBOL;
  const decision = evidence?.decide(amounts, shown);
  const as = (currency: string | null) => ({ currency, unitApplies: true });
  if (!decision) return as(named);
  const { symbol, count, otherCount, other } = decision;
  if (other) {
    reader.rowNumber = other.row;
    const params = {
      symbol,
      mostly: decision.mostly,
      count,
      otherCount,
      other: other.symbol,
      row: other.row,
    };
    reader.report(
      "currency_mixed",
      field,
      other.text,
      params,
      symbol === "" ? "currency_mixed_even" : "currency_mixed",
    );
  }
  if (decision.plainMostly && habit !== undefined) {
    // Said, not silent (reviewer54 M1): a Chinese seller's English template with some `$` orders
    // would otherwise get a report in dollars with nothing saying why.
    const marked = evidence!.counts.reduce((a, b) => a + b, 0);
    reader.rowNumber = decision.first.row;
    reader.report(
      "currency_mixed",
      field,
      decision.first.text,
      { symbol: habit, count: amounts, marked, plain: amounts - marked, row: decision.first.row },
      "currency_plain_read_as",
    );
  }
  // Plain amounts are most of the column: it stays in the header's currency (else the default's).
  // When a finding above said the amounts are shown in the default (¥), they are: the report's
  // amountsCurrency would otherwise show an English workbook's plain amounts with no symbol.
  if (decision.plainMostly) return as(plainIn ?? (other ? shown : null));
  if (symbol === "") return as("");
  if (named === null || named.endsWith(symbol)) return as(named ?? symbol);
  reader.rowNumber = decision.first.row;
  const scaled = unit !== null && unit.factor !== 1;
  reader.report(
    "currency_mixed",
    field,
    decision.first.text,
    {
      header: named,
      symbol,
      count,
      row: decision.first.row,
      ...(scaled ? { unit: unit.text, factor: unit.factor.toLocaleString("en-US") } : {}),
    },
    scaled ? "currency_header_differs_unit" : "currency_header_differs",
  );
  return { currency: symbol, unitApplies: !scaled };
}
