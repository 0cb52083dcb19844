import { seededRandom } from "../../../src/engine/backtest/generate";
import type { Grid } from "../../../src/engine/cells";

// Random Customers and Transactions sheets for the aside-vs-in-order property tests (aside.test.ts,
// csvAside.test.ts, xlsxAside.test.ts): unknown customer ids among known ones, and in their rows and
// the others every trace an unknown row may leave read aside: future dates (a few, or enough to be
// summarised as one note), zero amounts, ambiguous numbers ("1,234", "1.234") in the amount and the
// quantity, dates either way round, bad and blank values, texts too long, products first seen in an
// unknown customer's row, blank and totals rows, an amount header with a unit.

export interface RandomBook {
  customers: Grid;
  transactions: Grid;
  /** Unknown ids among the transactions' rows. */
  unknownRows: number;
}

const LONG = "长".repeat(32_800);

/**
 * Random sheets of one seed. `numbers`: ids and amounts as numbers where a sheet would hold them
 * (false: all texts, as a CSV reads).
 */
export function randomBook(seed: number, numbers = true): RandomBook {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const chance = (p: number) => rnd() < p;
  const customerCount = 10 + Math.floor(rnd() * 40);
  const customers: Grid = [["客户编号", "客户名称"]];
  for (let i = 0; i < customerCount; i++) customers.push([1001 + i, `客户${i}`]);
  const rows = 20 + Math.floor(rnd() * 250);
  const unknownShare = pick([0, 0.01, 0.05, 0.2, 0.6]);
  const futureShare = pick([0, 0.02, 0.1, 0.3]);
  const withQuantity = chance(0.7);
  const ambiguousQuantities = chance(0.3);
  // Decimals only in unknown customers' rows: the column's decimal mark is then theirs alone.
  const decimalsUnknownOnly = chance(0.4);
  // Whole amounts: "1,234" stays ambiguous (a note per value) when nothing else shows the mark.
  const wholeAmounts = chance(0.4);
  const amountHeader = pick(["金额", "金额", "金额(万元)"]);
  const header = ["客户编号", "日期", amountHeader, "订单号", "产品"];
  if (withQuantity) header.push("数量");
  const transactions: Grid = [header];
  let unknownRows = 0;
  for (let i = 0; i < rows; i++) {
    const unknown = chance(unknownShare);
    let id: string | number | null;
    if (unknown) {
      unknownRows++;
      id = 9000 + Math.floor(rnd() * 5);
    } else id = 1001 + Math.floor(rnd() * customerCount);
    if (!numbers || chance(0.2)) id = String(id);
    // A known id with spaces around it (a hand-typed cell): it joins by its number, read as text
    // (an unknown one is aside.test.ts's own case: the sheet is read again).
    if (chance(0.03) && !unknown) id = ` ${id} `;
    if (chance(0.02)) id = null;
    const month = 1 + Math.floor(rnd() * 12);
    const day = 1 + Math.floor(rnd() * 28);
    const date = chance(futureShare)
      ? `2026-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 9)}`
      : chance(0.03)
        ? "2025-13-01"
        : chance(0.04)
          ? `0${1 + Math.floor(rnd() * 9)}/0${1 + Math.floor(rnd() * 9)}/2025`
          : chance(0.02)
            ? `${13 + Math.floor(rnd() * 15)}/0${1 + Math.floor(rnd() * 9)}/2025`
            : chance(0.02)
              ? ""
              : `2025-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    const decimals = !decimalsUnknownOnly || unknown;
    const plain =
      1 + Math.floor(rnd() * 500) + (!wholeAmounts && decimals && chance(0.5) ? 0.25 : 0);
    const amount = chance(0.04)
      ? "0"
      : chance(0.05)
        ? "1,234"
        : chance(0.04)
          ? "1.234"
          : chance(0.03)
            ? ""
            : chance(0.03)
              ? "abc"
              : !wholeAmounts && decimals && chance(0.03)
                ? "1,234.50"
                : numbers && chance(0.5)
                  ? plain
                  : String(plain);
    const order = chance(0.1) ? "" : chance(0.005) ? LONG : `SO${i % 97}`;
    // Products 12–15 mostly first met in an unknown customer's row.
    const product =
      unknown && chance(0.5)
        ? `产品${12 + Math.floor(rnd() * 4)}`
        : chance(0.005)
          ? LONG
          : chance(0.05)
            ? ""
            : `产品${Math.floor(rnd() * 12)}`;
    const row: (string | number | null)[] = [id, date, amount, order, product];
    if (withQuantity)
      row.push(
        chance(0.1)
          ? ""
          : decimals && chance(0.15)
            ? "2.5"
            : ambiguousQuantities && chance(0.05)
              ? "1,000"
              : chance(0.03)
                ? "x"
                : String(1 + Math.floor(rnd() * 4)),
      );
    transactions.push(row);
    if (chance(0.01)) transactions.push(row.map(() => null));
    if (chance(0.005)) transactions.push(["合计", null, 12345]);
  }
  return { customers, transactions, unknownRows };
}

/** A grid as CSV text (quoted where a value holds a comma or a quote). */
export function csvText(grid: Grid): string {
  const cell = (v: unknown) => {
    const s = v === null || v === undefined ? "" : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return grid.map((row) => row.map(cell).join(",")).join("\n") + "\n";
}
