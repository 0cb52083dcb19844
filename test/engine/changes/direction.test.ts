import fc from "fast-check";
import {
  BETTER,
  directionGroup,
  isWorse,
  MIXED,
  BOUGHT_RISE_NOISE,
  moveDirection,
  PROBABILITY_AGAINST,
  WORSE,
} from "../../../src/engine/changes/direction";
import { DIMENSIONS } from "../../../src/engine/changes/snapshot";

const bit = (d: (typeof DIMENSIONS)[number]) => 1 << DIMENSIONS.indexOf(d);
const LEVEL = bit("churnRiskLevel");
const STAGE = bit("lifecycleStage");
const RFM = bit("rfmSegment");
const TIER = bit("valueTier");

describe("moveDirection: risk level first, then stage, then value; mixed when they disagree (tester11 #9)", () => {
  it("a higher risk level is the wrong way whatever the value measures did", () => {
    expect(moveDirection(LEVEL, RFM | TIER, true, -0.2)).toBe(WORSE);
    expect(moveDirection(LEVEL, 0, false, NaN)).toBe(WORSE);
  });

  it("a risk level up by a few points for a customer who bought since is mixed (tester70 U602)", () => {
    // VIP0133 came in 2 days before the refresh: 45 % → 51 %, low → medium, was 变差 with a call.
    expect(moveDirection(LEVEL, RFM, true, 0.054)).toBe(MIXED);
    expect(moveDirection(LEVEL, 0, true, 0.099)).toBe(MIXED);
    // A rise of 10 points or more (an open complaint since: 47 % → 75 %), or no purchase: wrong way.
    expect(moveDirection(LEVEL, RFM, true, 0.28)).toBe(WORSE);
    expect(moveDirection(LEVEL, 0, false, 0.054)).toBe(WORSE);
  });

  it("a lower risk level is the right way, even with a value measure down", () => {
    expect(moveDirection(RFM, LEVEL, false, 0.01)).toBe(BETTER);
  });

  it("a risk level and a stage moved opposite ways is mixed (1002964: 高 → 中, 成长期 → 衰退期)", () => {
    expect(moveDirection(STAGE, LEVEL, false, -0.04)).toBe(MIXED);
    expect(moveDirection(LEVEL, STAGE, false, 0.3)).toBe(MIXED);
  });

  it("with the level unchanged the stage decides, unless the probability moved 5 points against it", () => {
    expect(moveDirection(STAGE | RFM, 0, false, 0.02)).toBe(WORSE);
    expect(moveDirection(STAGE, RFM, false, -0.04)).toBe(WORSE);
    expect(moveDirection(STAGE, 0, false, -PROBABILITY_AGAINST)).toBe(MIXED);
    expect(moveDirection(0, STAGE, false, PROBABILITY_AGAINST + 0.01)).toBe(MIXED);
    expect(moveDirection(0, STAGE, false, 0.049)).toBe(BETTER);
  });

  it("a value measure alone follows isWorse, made mixed by a probability 5 points against it", () => {
    expect(moveDirection(RFM, 0, false, 0.02)).toBe(WORSE);
    expect(moveDirection(RFM, 0, true, 0.02)).toBe(0); // bought since: a fall alone does not count
    expect(moveDirection(RFM, 0, false, -0.12)).toBe(MIXED);
    expect(moveDirection(0, RFM, false, 0.14)).toBe(MIXED); // 1001907: 22 % → 36 % with RFM up
    expect(moveDirection(0, RFM, true, 0.02)).toBe(BETTER);
    expect(moveDirection(0, 0, false, 0.5)).toBe(0); // nothing moved: the probability alone decides nothing
  });

  it("never calls a move worse that has no wrong-way bit, nor better with no right-way bit", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 31 }),
        fc.integer({ min: 0, max: 31 }),
        fc.boolean(),
        fc.double({ min: -1, max: 1, noNaN: true }),
        (w, b, bought, p) => {
          const better = b & ~w;
          const way = moveDirection(w, better, bought, p);
          if (way === WORSE) expect(w).not.toBe(0);
          if (way === BETTER) expect(better).not.toBe(0);
          // A risk level move is never overruled by the probability, but for a customer who
          // bought since and rose by less than BOUGHT_RISE_NOISE (tester70 U602): mixed.
          const boughtNoise = bought && p > 0 && p < BOUGHT_RISE_NOISE;
          if (w & LEVEL && !(better & STAGE)) expect(way).toBe(boughtNoise ? MIXED : WORSE);
          // Without a risk level or stage move, the value call holds unless the probability is against it.
          if (!((w | better) & (LEVEL | STAGE)) && Math.abs(p) < PROBABILITY_AGAINST)
            expect(way).toBe(isWorse(w, better, bought) ? WORSE : better ? BETTER : 0);
        },
      ),
    );
  });
});

describe("directionGroup: the order of a list (risk level moves first)", () => {
  it("ranks a risk level move before a stage move before a value move", () => {
    expect(directionGroup(LEVEL | RFM)).toBe(0);
    expect(directionGroup(STAGE | RFM)).toBe(1);
    expect(directionGroup(RFM | TIER)).toBe(2);
  });
});
