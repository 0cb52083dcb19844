// A refresh fixture shared by the Changes tab tests and the column-width tests (one owner).
import type { RunChanges } from "../../../src/engine/changes";
import { compareSnapshots } from "../../../src/engine/changes/compare";
import { DIMENSIONS, DIMENSION_CODES, SnapshotBuilder } from "../../../src/engine/changes/snapshot";
import { epochDay } from "../../../src/engine/parse/date";

/**
 * 300 customers spread over every code of every dimension, a third of them moved; named 客户0 …
 * unless `name` names them.
 */
export function threeHundredChanges(name = (i: number) => `客户${i}`): RunChanges {
  const snapshot = (asOf: number, shift: number) => {
    const b = new SnapshotBuilder();
    for (let i = 0; i < 300; i++) {
      const codes: Record<string, string> = {};
      for (const d of DIMENSIONS) {
        const list = DIMENSION_CODES[d];
        codes[d] = list[(i + (i % 3 === 0 ? shift : 0)) % list.length];
      }
      b.add({
        id: String(1000000 + i),
        name: name(i),
        owner: "王芳",
        codes,
        churnProbability: (i % 100) / 100,
        spend: 1000 + i * 7919.37,
        frequency: 1 + (i % 9),
        lastPurchase: asOf - (i % 200),
      });
    }
    return b.finish(asOf, shift ? "bbbbbbbbbbbbbbbb" : "aaaaaaaaaaaaaaaa", "state");
  };
  const previous = snapshot(epochDay(2025, 9, 30), 0);
  const current = snapshot(epochDay(2025, 12, 31), 1);
  return { previous, current, comparison: compareSnapshots(previous, current) };
}
