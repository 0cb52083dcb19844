import { RFM_SEGMENTS } from "../../../src/engine/analysis";
import { defaultRules } from "../../../src/engine/rules";
import { segmentLookup, segmentOf } from "../../../src/engine/segmentation/segments";
import { windowStart } from "../../../src/engine/segmentation/window";
import { epochDay } from "../../../src/engine/parse/date";

const table = segmentLookup(defaultRules().segmentation.segments);
const seg = (r: number, f: number, m: number) => RFM_SEGMENTS[segmentOf(table, r, f, m)];

describe("named RFM segments", () => {
  it.each([
    [5, 5, 5, "champions"],
    [5, 4, 1, "champions"],
    [4, 5, 3, "loyal"],
    [3, 4, 1, "loyal"],
    [5, 3, 2, "potential_loyalist"],
    [5, 1, 5, "new"],
    [4, 1, 1, "promising"],
    [3, 3, 3, "need_attention"],
    [3, 2, 1, "about_to_sleep"],
    [1, 5, 5, "cant_lose"],
    [2, 4, 4, "cant_lose"],
    [2, 4, 3, "at_risk"],
    [1, 3, 1, "at_risk"],
    [2, 2, 5, "hibernating"],
    [1, 1, 1, "lost"],
  ])("R%i F%i M%i → %s", (r, f, m, expected) => {
    expect(seg(r, f, m)).toBe(expected);
  });

  it("every score combination has exactly one segment; unscored has none", () => {
    for (let r = 1; r <= 5; r++)
      for (let f = 1; f <= 5; f++)
        for (let m = 1; m <= 5; m++) expect(segmentOf(table, r, f, m)).toBeGreaterThanOrEqual(0);
    expect(segmentOf(table, 0, 0, 0)).toBe(-1);
  });

  it("first match wins", () => {
    const t = segmentLookup([
      { segment: "lost", r: [1, 5], f: [1, 5], m: [5, 5] },
      { segment: "loyal", r: [1, 5], f: [1, 5], m: [1, 5] },
    ]);
    expect(RFM_SEGMENTS[segmentOf(t, 5, 5, 5)]).toBe("lost");
    expect(RFM_SEGMENTS[segmentOf(t, 5, 5, 4)]).toBe("loyal");
  });
});

describe("analysis window", () => {
  it("goes back whole calendar months, clamping the day", () => {
    expect(windowStart(epochDay(2025, 6, 30), 12)).toBe(epochDay(2024, 6, 30));
    expect(windowStart(epochDay(2025, 3, 31), 1)).toBe(epochDay(2025, 2, 28));
    expect(windowStart(epochDay(2024, 3, 31), 1)).toBe(epochDay(2024, 2, 29));
    expect(windowStart(epochDay(2025, 1, 15), 14)).toBe(epochDay(2023, 11, 15));
  });
});
