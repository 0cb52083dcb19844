import { CHURN_REASON_CODES, REASON_FIGURES } from "../../../src/engine/analysis";
import { ReasonMemo } from "../../../src/engine/churn/reasonMemo";
import { reasonText } from "../../../src/engine/churn/reasons";

/** Reason slots of `figures` (REASON_FIGURES each) as a memo reads them. */
const slots = (...figures: number[][]) => Float64Array.from(figures.flat());

describe("ReasonMemo: a reason's words kept by its code and exact figures", () => {
  it("finds a reason again only with the same code and the same bits of every figure", () => {
    const f = slots(
      [40, 30, 70, 0],
      [40, 30, 70, 0],
      [40, 30, 70, 1],
      [-0, 30, 70, 0],
      [0, 30, 70, 0],
    );
    const memo = new ReasonMemo(f);
    expect(memo.find(0, 0)).toBe(-1);
    const e = memo.add(0, 0, "forty");
    expect(memo.find(0, 1)).toBe(e); // same figures in another slot
    expect(memo.text(e)).toBe("forty");
    expect(memo.find(1, 1)).toBe(-1); // another code
    expect(memo.find(0, 2)).toBe(-1); // another figure
    memo.add(0, 3, "minus zero");
    expect(memo.find(0, 4)).toBe(-1); // 0 and −0 differ in their bits: kept apart
  });

  it("keeps NaN figures as keys (a NaN equals itself here)", () => {
    const memo = new ReasonMemo(slots([NaN, 90, 0, 0], [NaN, 90, 0, 0]));
    expect(memo.find(7, 0)).toBe(-1);
    const e = memo.add(7, 0, "never contacted");
    expect(memo.find(7, 1)).toBe(e);
  });

  it("grows past its first table and starts again when full, the texts staying right", () => {
    const count = 5000;
    const figures = new Float64Array(count * REASON_FIGURES);
    for (let i = 0; i < count; i++) figures.set([i, i % 7, 2 * i, 0], i * REASON_FIGURES);
    const memo = new ReasonMemo(figures, 3000);
    for (let pass = 0; pass < 2; pass++)
      for (let i = 0; i < count; i++) {
        let e = memo.find(0, i);
        if (e < 0) e = memo.add(0, i, `r${i}`);
        expect(memo.text(e)).toBe(`r${i}`);
        expect(memo.size).toBeLessThanOrEqual(3000);
      }
  });

  it("gives what reasonText makes for the figures it holds", () => {
    const f = slots([40, 30, 70, 0], [3, 5.6, 0, 0]);
    const memo = new ReasonMemo(f);
    const overdue = CHURN_REASON_CODES.indexOf("overdue_vs_rhythm");
    const e = memo.add(overdue, 0, reasonText("overdue_vs_rhythm", f.subarray(0, 4), "en-US"));
    expect(memo.text(memo.find(overdue, 0))).toBe(memo.text(e));
    expect(memo.text(e)).toBe(reasonText("overdue_vs_rhythm", [40, 30, 70, 0], "en-US"));
  });
});
