/**
 * An amount to the cent: a value at stake (churn probability × spend: an expected amount, full of
 * decimals) or a total of returns, as the tabs, the JSON and the run state hold it (stop 22 tester:
 * 4708.22458662533). One owner: the report, the changes' state and the ingest's findings read it.
 *
 * @example toCents(4708.22458662533) // 4708.22
 */
export function toCents(amount: number): number {
  return Math.round(amount * 100) / 100;
}
