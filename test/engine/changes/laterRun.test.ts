import { sameDatePrior, sameDateRerunWarning } from "../../../src/engine/changes/laterRun";
import { SnapshotBuilder } from "../../../src/engine/changes/snapshot";
import { epochDay } from "../../../src/engine/parse/date";

const nov30 = epochDay(2025, 11, 30);
const dec31 = epochDay(2025, 12, 31);
const state = (asOf: number) => new SnapshotBuilder().finish(asOf, "h", "state");

describe("sameDateRerunWarning (tester11 #5: a re-run of December wiped November → December)", () => {
  it("names the run whose comparison a same-date re-run replaces, in both languages", () => {
    const w = sameDateRerunWarning(state(dec31), [{ asOf: nov30 }, { asOf: dec31 }], dec31 + 0.4);
    expect(w?.code).toBe("same_date_rerun");
    expect(w?.message["en-US"]).toContain("2025-11-30");
    expect(w?.message["en-US"]).toContain("--previous");
    expect(w?.message["zh-CN"]).toContain("2025-11-30");
    expect(w?.message["zh-CN"]).toContain("--previous");
  });

  it("takes the latest run before the date, not the first", () => {
    const oct31 = epochDay(2025, 10, 31);
    const w = sameDateRerunWarning(
      state(dec31),
      [{ asOf: oct31 }, { asOf: nov30 }, { asOf: dec31 }],
      dec31,
    );
    expect(w?.message["en-US"]).toContain("since 2025-11-30");
  });

  it("says nothing for an ordinary refresh, a --previous run (null) or a first run's re-run", () => {
    expect(sameDateRerunWarning(state(nov30), [{ asOf: nov30 }], dec31)).toBeNull();
    expect(sameDateRerunWarning(null, [{ asOf: nov30 }, { asOf: dec31 }], dec31)).toBeNull();
    expect(sameDateRerunWarning(state(dec31), [{ asOf: dec31 }], dec31)).toBeNull();
  });
});

describe("a re-run of the workbook's last date compares with the run that one compared with (tester12 #1)", () => {
  const withPrior = (asOf: number, prior: number | null) => {
    const s = state(asOf);
    if (prior !== null) s.prior = () => state(prior);
    return s;
  };

  it("takes the earlier run the state keeps", () => {
    expect(sameDatePrior(withPrior(dec31, nov30), dec31 + 0.4)?.asOf).toBe(nov30);
  });

  it("not for an ordinary refresh, a state keeping none, or a kept run not earlier", () => {
    expect(sameDatePrior(withPrior(nov30, epochDay(2025, 10, 31)), dec31)).toBeNull();
    expect(sameDatePrior(withPrior(dec31, null), dec31)).toBeNull();
    expect(sameDatePrior(withPrior(dec31, dec31), dec31)).toBeNull();
    expect(sameDatePrior(null, dec31)).toBeNull();
  });

  it("the warning then says it compares with the kept run, as the last run did, in both languages", () => {
    const w = sameDateRerunWarning(state(dec31), [{ asOf: dec31 }], dec31, state(nov30));
    expect(w?.code).toBe("same_date_rerun");
    expect(w?.message["en-US"]).toContain("as that run did");
    expect(w?.message["en-US"]).toContain("2025-11-30");
    expect(w?.message["en-US"]).not.toContain("--previous");
    expect(w?.message["zh-CN"]).toContain("与那次运行一样");
    expect(w?.message["zh-CN"]).toContain("2025-11-30");
  });

  it("compared with the last run itself, it says the wrong-way calls since the run before are gone too", () => {
    const w = sameDateRerunWarning(
      state(dec31),
      [{ asOf: nov30 }, { asOf: dec31 }],
      dec31,
      state(dec31),
    );
    expect(w?.message["en-US"]).toContain("nor does the follow-up schedule");
    expect(w?.message["zh-CN"]).toContain("回访计划也不再");
  });
});
