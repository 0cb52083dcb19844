import {
  ID_CHECK_MIN_CUSTOMERS,
  idOverlap,
  isOtherDataSet,
  isOtherIdSet,
  nameAgreement,
  NAME_CHECK_MIN_MATCHED,
} from "../../../src/engine/changes/previousRun";
import type { Snapshot } from "../../../src/engine/changes/snapshot";

// Stop-20 tester P1: --previous from another data set (same ids, every name different) was
// compared silently.

const snap = (names: string[]) =>
  ({
    count: names.length,
    id: names.map((_, i) => String(1000 + i)),
    name: names,
  }) as unknown as Snapshot;
const ids = (n: number) => Int32Array.from({ length: n }, (_, i) => i);

describe("nameAgreement / isOtherDataSet", () => {
  test("every name different among 302 matched: another data set, with an example", () => {
    const a = nameAgreement(
      snap(Array.from({ length: 302 }, (_, i) => `Company ${i}`)),
      snap(Array.from({ length: 302 }, (_, i) => `公司${i}`)),
      ids(302),
    );
    expect(a).toMatchObject({ matched: 302, same: 0 });
    expect(a.example).toEqual({ id: "1000", previous: "Company 0", current: "公司0" });
    expect(isOtherDataSet(a)).toBe(true);
  });

  test("a few renamed, width, case and spaces aside: the same data", () => {
    const prev = Array.from({ length: 40 }, (_, i) => `Acme ${i}`);
    const cur = prev.map((n, i) => (i < 5 ? `Renamed ${i}` : i < 10 ? `ＡＣＭＥ${n.slice(5)}` : n));
    const a = nameAgreement(snap(prev), snap(cur), ids(40));
    expect(a).toMatchObject({ matched: 40, same: 35 });
    expect(isOtherDataSet(a)).toBe(false);
  });

  test(`fewer than ${NAME_CHECK_MIN_MATCHED} matched with names, or no names: not judged`, () => {
    const n = NAME_CHECK_MIN_MATCHED - 1;
    const few = nameAgreement(
      snap(Array.from({ length: n }, (_, i) => `a${i}`)),
      snap(Array.from({ length: n }, (_, i) => `b${i}`)),
      ids(n),
    );
    expect(isOtherDataSet(few)).toBe(false);
    const unnamed = nameAgreement(snap(Array(50).fill("")), snap(Array(50).fill("x")), ids(50));
    expect(unnamed.matched).toBe(0);
    expect(isOtherDataSet(unnamed)).toBe(false);
  });

  test("unmatched customers (new ids) do not count", () => {
    const idx = Int32Array.from({ length: 30 }, () => -1);
    const a = nameAgreement(snap(Array(30).fill("a")), snap(Array(30).fill("b")), idx);
    expect(a.matched).toBe(0);
  });
});

// tester52 L7: 0 of 40 ids in common with a 23,570-customer previous run was compared.
describe("idOverlap / isOtherIdSet", () => {
  test("no id in common with a far larger run: other data", () => {
    const o = idOverlap(23570, new Int32Array(40).fill(-1));
    expect(o).toEqual({ previous: 23570, current: 40, common: 0 });
    expect(isOtherIdSet(o)).toBe(true);
  });

  test("a tenth of the smaller run in common or more: the same data (a filtered run, a month's churn)", () => {
    expect(isOtherIdSet({ previous: 23570, current: 40, common: 4 })).toBe(false);
    expect(isOtherIdSet({ previous: 40, current: 23570, common: 3 })).toBe(true);
    expect(isOtherIdSet({ previous: 300, current: 310, common: 290 })).toBe(false);
  });

  test(`a smaller run under ${ID_CHECK_MIN_CUSTOMERS} customers is not judged`, () => {
    const n = ID_CHECK_MIN_CUSTOMERS - 1;
    expect(isOtherIdSet({ previous: 1000, current: n, common: 0 })).toBe(false);
    expect(isOtherIdSet({ previous: 1000, current: n + 1, common: 0 })).toBe(true);
  });
});
