import { sameDateRerunWarning } from "../../../src/engine/changes/laterRun";
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
