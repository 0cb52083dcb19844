import fc from "fast-check";
import {
  CURRENCY_SYMBOLS,
  CurrencyEvidence,
  currencyCodeIn,
} from "../../../src/engine/parse/currencySymbol";
import { amountReading, readAmount } from "../../../src/engine/parse/number";

/**
 * The amount parser records the currency symbol an amount carries (a code on the reused reading,
 * no object per cell), and an amount column's counts decide the report's currency (new-user trial
 * M3: `$1,234.50` amounts came out formatted in ¥).
 */

const symbolOf = (text: string) => CURRENCY_SYMBOLS[readAmount(text, amountReading()).currency];

describe("readAmount records the currency an amount carries", () => {
  // How each currency is written before or after a figure, as users and exports write it.
  const WRITTEN: readonly [string, (figure: string) => string][] = [
    ["\u00A5", (f) => `¥${f}`],
    ["\u00A5", (f) => `￥${f}`],
    ["\u00A5", (f) => `${f}元`],
    ["\u00A5", (f) => `RMB ${f}`],
    ["\u00A5", (f) => `人民币${f}`],
    ["$", (f) => `$${f}`],
    ["$", (f) => `＄${f}`],
    ["$", (f) => `$ ${f}`],
    ["$", (f) => `${f} USD`],
    ["€", (f) => `€${f}`],
    ["€", (f) => `${f} EUR`],
    ["£", (f) => `£${f}`],
    ["£", (f) => `${f} GBP`],
    // tester53 N1: a Hong Kong customer's amounts, each refused before.
    ["HK$", (f) => `HK$${f}`],
    ["HK$", (f) => `HK$ ${f}`],
    ["HK$", (f) => `HKD ${f}`],
    ["HK$", (f) => `${f}港币`],
    ["HK$", (f) => `港币${f}`],
    ["HK$", (f) => `${f}港元`],
    ["$", (f) => `US$${f}`],
  ];

  test("any amount, in any of the ways a currency is written: its value and its symbol", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 0, max: 99 }),
        fc.boolean(),
        fc.constantFrom(...WRITTEN),
        (whole, cents, returned, [symbol, write]) => {
          const value = whole + cents / 100;
          const figure = value.toLocaleString("en-US", {
            minimumFractionDigits: 2,
            maximumFractionDigits: 2,
          });
          const text = returned ? `(${write(figure)})` : write(figure);
          const r = readAmount(text, amountReading());
          expect(r.value).toBeCloseTo(returned ? -value : value, 6);
          expect(CURRENCY_SYMBOLS[r.currency]).toBe(symbol);
        },
      ),
    );
  });

  test("a plain figure, a number cell or a text that is no amount carries none", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (n) => {
        const reading = amountReading();
        readAmount("$5", reading);
        expect(readAmount(n, reading).currency).toBe(0); // the reused reading is reset
        expect(readAmount(n.toFixed(2), reading).currency).toBe(0);
      }),
    );
    expect(symbolOf("1,234.50")).toBe("");
  });

  test("currencyCodeIn names the first sign or word", () => {
    expect(CURRENCY_SYMBOLS[currencyCodeIn("usd 5")]).toBe("$");
    expect(CURRENCY_SYMBOLS[currencyCodeIn("cny 5")]).toBe("\u00A5");
    expect(currencyCodeIn("1280")).toBe(0);
  });
});

describe("CurrencyEvidence: an amount column's currency", () => {
  const column = (symbols: Record<string, number>) => {
    const evidence = new CurrencyEvidence();
    let row = 2;
    for (const [symbol, n] of Object.entries(symbols))
      for (let i = 0; i < n; i++)
        evidence.add(CURRENCY_SYMBOLS.indexOf(symbol as never), row++, `${symbol}1`);
    return evidence.decide();
  };

  test("no symbol: no decision (the header's, else the yuan)", () => {
    expect(new CurrencyEvidence().decide()).toBeNull();
  });

  test("one symbol: it, with nothing else to say", () => {
    const d = column({ $: 3 })!;
    expect([d.symbol, d.count, d.otherCount, d.other]).toEqual(["$", 3, 0, undefined]);
    expect(d.first).toEqual({ row: 2, text: "$1" });
  });

  test("one symbol with 9 in 10: it, and the first amount in another", () => {
    const d = column({ $: 18, "\u00A5": 2 })!;
    expect([d.symbol, d.count, d.otherCount]).toEqual(["$", 18, 2]);
    expect(d.other).toEqual({ row: 20, text: "\u00A51", symbol: "\u00A5" });
  });

  test("no symbol with 9 in 10: none, the most frequent and the first other said", () => {
    const d = column({ "\u00A5": 6, $: 4 })!;
    expect([d.symbol, d.mostly, d.count, d.otherCount]).toEqual(["", "\u00A5", 6, 4]);
    expect(d.other).toMatchObject({ row: 8, symbol: "$" });
  });

  test("a tie: the symbol met first is the column's, the other's first said", () => {
    const d = column({ $: 2, "\u00A5": 2 })!;
    expect([d.symbol, d.mostly]).toEqual(["", "$"]);
    expect(d.other).toMatchObject({ row: 4, symbol: "\u00A5" });
  });

  test("more plain amounts than amounts with a symbol: plain, the first with a symbol said (reviewer51 F1)", () => {
    const evidence = new CurrencyEvidence();
    evidence.add(2, 7, "$560.20");
    const d = evidence.decide(9)!;
    // Shown as the plain ones are (the default, the yuan, when no header says).
    expect([d.plainMostly, d.symbol, d.count, d.otherCount]).toEqual([true, "\u00A5", 8, 1]);
    expect(d.other).toEqual({ row: 7, text: "$560.20", symbol: "$" });
    // As many with a symbol as without (or no count given): the symbol, as before.
    for (const d of [evidence.decide(2)!, evidence.decide()!])
      expect([d.symbol, d.plainMostly]).toEqual(["$", undefined]);
  });

  test("plain amounts with some in the currency they are shown in: nothing odd (reviewer51 F0)", () => {
    const evidence = new CurrencyEvidence();
    evidence.add(1, 6109, "\u00A51,295.08");
    evidence.add(1, 6200, "\u00A512.00");
    // The samples: ￥ among 20,048 plain yuan said "in ¥, another currency than ... in ¥".
    expect(evidence.decide(20_050)).toMatchObject({ plainMostly: true, other: undefined });
    evidence.add(2, 7000, "$5.00");
    expect(evidence.decide(20_051)).toMatchObject({
      plainMostly: true,
      count: 20_050,
      otherCount: 1,
      other: { row: 7000, symbol: "$" },
    });
    // Shown in HK$ (the header's): $ amounts are that currency's.
    expect(evidence.decide(20_051, "HK$")!.other).toMatchObject({ row: 6109, symbol: "\u00A5" });
  });

  test("several others: the first met of any of them", () => {
    const evidence = new CurrencyEvidence();
    for (let row = 2; row < 40; row++) evidence.add(2, row, "$1");
    evidence.add(4, 50, "£1");
    evidence.add(3, 45, "€1");
    expect(evidence.decide()!.other).toEqual({ row: 45, text: "€1", symbol: "€" });
  });
});
