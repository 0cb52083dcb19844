import { talkingPointText, type TalkingPoints } from "../../../src/engine/followUp/talkingPoints";
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
