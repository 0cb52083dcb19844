import {
  lastContactText,
  talkingPoints,
  talkingPointText,
  sentence,
  withLastContact,
  type TalkingPoints,
} from "../../../src/engine/followUp/talkingPoints";
import type { Dataset } from "../../../src/engine/model";
import { epochDay } from "../../../src/engine/parse/date";

// One customer with an open complaint received at 2025-03-08 18:00, judged as of 2025-12-31 09:00.
const points = (receivedAt: number): TalkingPoints => ({
  openComplaints: Int32Array.of(1),
  oldestOpen: Float64Array.of(receivedAt),
  weakestDimension: Int8Array.of(-1),
  weakestScore: Float64Array.of(NaN),
  lastProduct: Int32Array.of(-1),
});
const dataset = { transactions: { products: [] } } as unknown as Dataset;

describe("talkingPointText", () => {
  test("an open complaint's age is in calendar days, as the reason beside it counts (298, not 297)", () => {
    const asOf = epochDay(2025, 12, 31) + 9 / 24;
    const received = epochDay(2025, 3, 8) + 18 / 24;
    expect(talkingPointText(points(received), dataset, 0, asOf, "zh-CN")).toContain("298 天");
    expect(talkingPointText(points(received), dataset, 0, asOf, "en-US")).toContain("298 days");
  });

  test("received the same day is 0 days, never negative", () => {
    const day = epochDay(2025, 12, 31);
    expect(talkingPointText(points(day + 0.9), dataset, 0, day + 0.1, "zh-CN")).toContain(" 0 天");
  });
});

describe("the last contact (tester #8, stop 44: the call sheet did not say who spoke to the customer last)", () => {
  // Customer 0: three contacts, the last on 2025-11-02 by phone with 王芳; customer 1: one with
  // no channel or owner; customer 2: one after the analysis date only.
  const contacts = {
    count: 5,
    customer: Int32Array.of(0, 0, 1, 0, 2),
    day: Float64Array.of(
      epochDay(2025, 9, 1),
      epochDay(2025, 11, 2),
      epochDay(2025, 6, 1),
      epochDay(2025, 10, 5),
      epochDay(2026, 1, 5),
    ),
    channel: Int8Array.of(1, 0, -1, 2, 0),
    owner: ["李娜", "王芳", "", "李娜", "张伟"],
    sourceRow: Int32Array.of(2, 3, 4, 5, 6),
  };
  const withContacts = {
    customers: { count: 3 },
    transactions: { count: 0, products: [] },
    contacts,
    complaints: null,
    surveys: null,
  } as unknown as Dataset;
  const asOf = epochDay(2025, 12, 31);
  const p = talkingPoints(withContacts, asOf);

  test("names the date, channel and owner of the latest contact up to the analysis date", () => {
    expect(lastContactText(p, withContacts, 0, "zh-CN")).toBe("上次联系：2025-11-02，电话，王芳");
    expect(talkingPointText(p, withContacts, 0, asOf, "en-US")).toBe(
      "Last contact: 2025-11-02, Phone, 王芳",
    );
    expect(lastContactText(p, withContacts, 1, "zh-CN")).toBe("上次联系：2025-06-01");
    expect(lastContactText(p, withContacts, 2, "zh-CN")).toBe("");
  });

  test("follows the rest of the talking point on a line of its own", () => {
    expect(withLastContact("Last bought: 显示器", "last contact: 2025-11-02, Phone")).toBe(
      "Last bought: 显示器\nLast contact: 2025-11-02, Phone",
    );
    expect(withLastContact("", "")).toBe("");
  });

  test("a sentence's first letter upper case as toUpperCase makes it, every first character", () => {
    const upper = (t: string) => (t === "" ? t : t[0].toUpperCase() + t.slice(1));
    for (const t of [
      "last bought: x",
      "上次联系：2025-11-02",
      "1 open complaint",
      "",
      "a",
      "ß x",
      "é",
      "ǆ x",
      "ａ",
      "😀 x",
      "Z",
    ])
      expect(sentence(t)).toBe(upper(t));
    // Every character of the Basic Multilingual Plane first, as the fast paths decide it.
    for (let code = 0; code < 0x10000; code++) {
      const t = String.fromCharCode(code) + "x";
      if (sentence(t) !== upper(t)) throw new Error(`U+${code.toString(16)}: ${sentence(t)}`);
    }
  });
});

// Returns52: the product last bought asked the sign itself (`amount <= 0` left out), not isReturn
// (aggregate/purchase.ts), so a 0 line (a purchase with no spend, issue 9) was not the last
// purchase it is everywhere else. Now: 0 is a purchase, -0 and -1 are returns; on one day a line
// with spend is named before a 0 line beside it (a free gift with its order).
describe("the product last bought: the last purchase line, as isReturn says", () => {
  const d1 = epochDay(2025, 6, 1);
  const d2 = epochDay(2025, 7, 1);
  // Products: 0 A (bought), 1 G (0: a gift or a fully discounted order), 2 R (returned).
  const rows: [customer: number, day: number, amount: number, product: number][] = [
    [0, d1, 100, 0],
    [0, d2, 0, 1], // c0: a later 0 line alone on its day: a purchase
    [1, d2, 100, 0],
    [1, d2, 0, 1], // c1: the gift after its order, one day
    [2, d2, 0, 1],
    [2, d2, 100, 0], // c2: the gift before its order
    [3, d1, 100, 0],
    [3, d2, -0, 2], // c3: a -0 line is a return
    [4, d1, 100, 0],
    [4, d2, -1, 2], // c4: a return
    [5, d2, 0, 1], // c5: only a 0 line
  ];
  const transactions = {
    count: rows.length,
    customer: Int32Array.from(rows, (r) => r[0]),
    day: Float64Array.from(rows, (r) => r[1]),
    amount: Float64Array.from(rows, (r) => r[2]),
    product: Int32Array.from(rows, (r) => r[3]),
    products: ["A", "G", "R"],
  };
  const data = {
    customers: { count: 6 },
    transactions,
    contacts: null,
    complaints: null,
    surveys: null,
  } as unknown as Dataset;

  test("0 is a purchase, -0 and -1 are not; spend before a 0 line on one day", () => {
    const p = talkingPoints(data, epochDay(2025, 12, 31));
    expect([...p.lastProduct].map((k) => transactions.products[k])).toEqual([
      "G",
      "A",
      "A",
      "A",
      "A",
      "G",
    ]);
  });
});
