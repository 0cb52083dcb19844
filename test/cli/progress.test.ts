import { stderrProgress } from "../../src/cli/progress";

/** Captures stderr while `run` drives a progress reporter on a hand-moved clock. */
function lines(run: (tick: (ms: number) => void, p: ReturnType<typeof stderrProgress>) => void) {
  let t = 0;
  let err = "";
  const spy = jest
    .spyOn(process.stderr, "write")
    .mockImplementation((s) => ((err += String(s)), true));
  try {
    const p = stderrProgress(
      true,
      "en-US",
      () => ({ segments: "Customer segments" }),
      () => t,
    );
    run((ms) => void (t += ms), p);
  } finally {
    spy.mockRestore();
  }
  return err.split("\n").filter(Boolean);
}

describe("stderrProgress on an injected clock", () => {
  test("silent in the first second, then a line per step and at most one per 2 s within one", () => {
    const out = lines((tick, p) => {
      p({ step: "read", detail: "customers", rowsDone: 10 });
      tick(999);
      p({ step: "read", detail: "customers", rowsDone: 20 });
      tick(1);
      p({ step: "read", detail: "customers", rowsDone: 1_000 });
      tick(1_999);
      p({ step: "read", detail: "customers", rowsDone: 2_000 });
      p({ step: "analyze", detail: "segments", rowsDone: 3 });
      tick(2_000);
      p({ step: "write", detail: "segments", rowsDone: 4_000 });
    });
    expect(out).toEqual([
      "… reading Customers: 1,000 rows",
      "… analysing segments, lifecycle and churn risk",
      "… writing Customer segments: 4,000 rows",
    ]);
  });

  test("a run that ends within a second prints nothing, however many blocks it reports", () => {
    const out = lines((tick, p) => {
      for (let i = 0; i < 100; i++) {
        p({ step: "read", detail: "transactions", rowsDone: i * 100 });
        tick(9);
      }
    });
    expect(out).toEqual([]);
  });

  test("one row is one row, in both languages", () => {
    for (const [lang, want] of [
      ["en-US", "… reading Customers: 1 row"],
      ["zh-CN", "… 读取 客户：1 行"],
    ] as const) {
      let err = "";
      const spy = jest
        .spyOn(process.stderr, "write")
        .mockImplementation((s) => ((err += String(s)), true));
      let t = 0;
      try {
        const p = stderrProgress(
          true,
          lang,
          () => ({}),
          () => t,
        );
        t = 5_000;
        p({ step: "read", detail: "customers", rowsDone: 1 });
      } finally {
        spy.mockRestore();
      }
      expect(err.trim()).toBe(want);
    }
  });
});
