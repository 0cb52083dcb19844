import type { Dataset } from "../../../src/engine/model";
import { littleNewData } from "../../../src/engine/changes/newData";

/** Transactions one a day (or none) on the given days: all littleNewData reads. */
function dataset(days: number[]): Dataset {
  return {
    transactions: { count: days.length, day: Float64Array.from(days) },
  } as unknown as Dataset;
}

const prevAsOf = 20_000;
const everyDay = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe("littleNewData (a refresh on data that did not grow)", () => {
  test("no new transactions a month later: warned, with the previous date and the usual count", () => {
    const w = littleNewData(dataset(everyDay(prevAsOf - 364, prevAsOf)), prevAsOf, prevAsOf + 31);
    expect(w?.code).toBe("little_new_data");
    // "Only 0 transactions have been added" / "只有 0 笔新交易" (tester45 #7).
    expect(w?.message["en-US"]).toMatch(
      /^No transaction has been added since the previous analysis \(\d{4}-\d\d-\d\d\); the past year's pace would give about 31 in 31 days\./,
    );
    expect(w?.message["zh-CN"]).toMatch(/^自上次分析（\d{4}-\d\d-\d\d）以来没有新交易（/);
    expect(JSON.stringify(w?.message)).not.toMatch(/Only 0|只有 0/);
  });

  test("a few new transactions are counted", () => {
    const w = littleNewData(
      dataset([...everyDay(prevAsOf - 364, prevAsOf), prevAsOf + 3]),
      prevAsOf,
      prevAsOf + 31,
    );
    expect(w?.message["en-US"]).toMatch(/^Only 1 transaction has been added since/);
    expect(w?.message["zh-CN"]).toContain("以来只有 1 笔新交易");
  });

  test("the move is named as the Changes tab and console name it (stop 33 tester #11)", () => {
    const w = littleNewData(dataset(everyDay(prevAsOf - 364, prevAsOf)), prevAsOf, prevAsOf + 31);
    expect(w?.message["en-US"]).toContain("Most “Wrong way” movements on the Changes tab");
    expect(w?.message["en-US"]).not.toContain('"worse"');
    expect(w?.message["zh-CN"]).toContain("“变化”中的“变差”多半");
  });

  test("data kept up: no warning", () => {
    const w = littleNewData(
      dataset(everyDay(prevAsOf - 364, prevAsOf + 31)),
      prevAsOf,
      prevAsOf + 31,
    );
    expect(w).toBeNull();
  });

  test("the same date again, or too little history to judge: no warning", () => {
    const days = everyDay(prevAsOf - 364, prevAsOf);
    expect(littleNewData(dataset(days), prevAsOf, prevAsOf)).toBeNull();
    expect(littleNewData(dataset([prevAsOf - 3]), prevAsOf, prevAsOf + 31)).toBeNull();
  });
});
