import { phaseMark, stderrProgress } from "../../src/cli/progress";

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
      p({ step: "write", detail: "segments", rowsDone: 4_000, rowsTotal: 12_345 });
    });
    expect(out).toEqual([
      "… reading Customers: 1,000 rows so far",
      // The read's last count, said when the next step starts (stop 33 tester #14).
      "… reading Customers: 2,000 rows",
      "… analysing segments, lifecycle and churn risk",
      "… writing Customer segments: 4,000 of 12,345 rows",
    ]);
  });

  test("a read's last line states its final count, not its first block's (stop 33 tester #14)", () => {
    const out = lines((tick, p) => {
      tick(1_000);
      p({ step: "read", detail: "transactions", rowsDone: 4_999, rowsTotal: 30_644 });
      tick(500);
      p({ step: "read", detail: "transactions", rowsDone: 30_030, rowsTotal: 30_644 });
      p({ step: "read", detail: "contacts", rowsDone: 9_000, rowsTotal: 9_000 });
      p({ step: "analyze", detail: "segments", rowsDone: 3 });
    });
    expect(out).toEqual([
      "… reading Transactions: 4,999 of about 30,644 rows",
      "… reading Transactions: 30,030 rows",
      "… reading Contacts: 9,000 of 9,000 rows",
      "… analysing segments, lifecycle and churn risk",
    ]);
  });

  test("an analysis step reads as one phrase, in both languages (issue 13, W1)", () => {
    const say = (lang: "en-US" | "zh-CN", detail: string) => {
      let err = "";
      let t = 0;
      const spy = jest
        .spyOn(process.stderr, "write")
        .mockImplementation((s) => ((err += String(s)), true));
      try {
        const p = stderrProgress(
          true,
          lang,
          () => ({}),
          () => t,
        );
        t = 1_000;
        p({ step: "analyze", detail, rowsDone: 0 });
      } finally {
        spy.mockRestore();
      }
      return err.trim();
    };
    expect(say("en-US", "churnLearn")).toBe("… learning churn risk from history");
    expect(say("zh-CN", "churnLearn")).toBe("… 从历史学习流失风险");
    expect(say("en-US", "changes")).toBe("… comparing with the last run");
    expect(say("zh-CN", "changes")).toBe("… 对比上次运行的变化");
    expect(say("zh-CN", "segments")).toBe("… 分析分群、生命周期与流失风险");
    // Tester12 #13: it said "fitting BG/NBD" where the run fits MBG/NBD (the default) or BG/NBD
    // (model.repeatPurchaseModel): the step names the model's role, which holds for either.
    expect(say("en-US", "model")).toBe("… fitting the repeat-purchase model and lifetime value");
    expect(say("zh-CN", "model")).toBe("… 拟合复购模型与客户终身价值");
    // A step without words still says what is happening.
    expect(say("en-US", "newStep")).toBe("… analysing newStep");
  });

  // Tester49 L5: with a workbook input the sheets read within the first second (客户, 交易) had no
  // line, and the first was 满意度调查's; the demo, slower to start, said them all.
  test("the sheets read within the quiet second are said, with their counts, before the first line after it", () => {
    const out = lines((tick, p) => {
      p({ step: "read", detail: "customers", rowsDone: 3_004, rowsTotal: 3_004 });
      tick(200);
      p({ step: "read", detail: "transactions", rowsDone: 4_999, rowsTotal: 30_644 });
      tick(300);
      p({ step: "read", detail: "transactions", rowsDone: 30_030, rowsTotal: 30_644 });
      p({ step: "read", detail: "surveys", rowsDone: 500, rowsTotal: 1_097 });
      tick(600);
      p({ step: "read", detail: "surveys", rowsDone: 1_097, rowsTotal: 1_097 });
      p({ step: "analyze", detail: "summary", rowsDone: 3 });
    });
    expect(out).toEqual([
      "… reading Customers: 3,004 rows",
      "… reading Transactions: 30,030 rows",
      "… reading Surveys: 1,097 of 1,097 rows",
      "… summarising customers",
    ]);
    // Every sheet read within the second, the first line after it an analysis step's.
    const later = lines((tick, p) => {
      p({ step: "read", detail: "customers", rowsDone: 3_004 });
      p({ step: "read", detail: "transactions", rowsDone: 30_030 });
      p({ step: "analyze", detail: "summary", rowsDone: 3 });
      tick(1_000);
      p({ step: "analyze", detail: "segments", rowsDone: 3 });
    });
    expect(later).toEqual([
      "… reading Customers: 3,004 rows",
      "… reading Transactions: 30,030 rows",
      "… analysing segments, lifecycle and churn risk",
    ]);
  });

  // reviewer50 L1: two sheets read beside each other (the aside thread's transactions) interleave
  // their counts within the second: one line each, its last count, not one per run of events.
  test("sheets read beside each other within the quiet second get one line each", () => {
    const out = lines((tick, p) => {
      p({ step: "read", detail: "customers", rowsDone: 5_000 });
      p({ step: "read", detail: "transactions", rowsDone: 5_000 });
      p({ step: "read", detail: "customers", rowsDone: 10_000 });
      p({ step: "read", detail: "transactions", rowsDone: 10_000 });
      p({ step: "read", detail: "customers", rowsDone: 12_000 });
      tick(1_100);
      p({ step: "read", detail: "transactions", rowsDone: 25_000 });
    });
    expect(out).toEqual([
      "… reading Customers: 12,000 rows",
      "… reading Transactions: 25,000 rows so far",
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

  test("one row is one row; n of N where the total is known, else a running count (both languages)", () => {
    const write = (rowsTotal: number) => ({ step: "write", detail: "tab", rowsTotal }) as const;
    for (const [lang, want, extra] of [
      ["en-US", "… reading Customers: 1 row so far", {}],
      ["zh-CN", "… 读取 客户：已处理 1 行", {}],
      ["en-US", "… writing Overview: 1 of 1 row", write(1)],
      ["en-US", "… writing Overview: 1 of 4,999 rows", write(4_999)],
      ["zh-CN", "… 写入 概览：1 / 4,999 行", write(4_999)],
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
          () => ({ tab: lang === "zh-CN" ? "概览" : "Overview" }),
          () => t,
        );
        t = 5_000;
        p({ step: "read", detail: "customers", rowsDone: 1, ...extra });
      } finally {
        spy.mockRestore();
      }
      expect(err.trim()).toBe(want);
    }
  });
});

describe("words, not sheet codes, and a count on every read line (stop-20 tester W1)", () => {
  const run = (
    lang: "en-US" | "zh-CN",
    events: Parameters<ReturnType<typeof stderrProgress>>[0][],
  ) => {
    let err = "";
    const spy = jest
      .spyOn(process.stderr, "write")
      .mockImplementation((s) => ((err += String(s)), true));
    let t = 0;
    try {
      const p = stderrProgress(
        true,
        lang,
        () => ({ runState: "CA_run_state", overview: lang === "zh-CN" ? "概览" : "Overview" }),
        () => t,
      );
      for (const e of events) {
        t += 5_000;
        p(e);
      }
    } finally {
      spy.mockRestore();
    }
    return err.split("\n").filter(Boolean);
  };

  test("the hidden state tab is called by its words in both languages", () => {
    const e = [{ step: "write", detail: "runState", rowsDone: 302, rowsTotal: 302 }] as const;
    expect(run("zh-CN", [...e])).toEqual(["… 写入 运行状态（隐藏表）：302 / 302 行"]);
    expect(run("en-US", [...e])).toEqual(["… writing Run state (hidden): 302 of 302 rows"]);
    // Other tabs keep the sheet they are written to (a refresh keeps our tabs' names).
    expect(
      run("zh-CN", [{ step: "write", detail: "overview", rowsDone: 1, rowsTotal: 9 }]),
    ).toEqual(["… 写入 概览：1 / 9 行"]);
  });

  test("a sheet's header-only first block waits for its rows: the line has a count", () => {
    const e = [
      { step: "read", detail: "complaints", rowsDone: 0 },
      { step: "read", detail: "complaints", rowsDone: 40, rowsTotal: 40 },
    ] as const;
    expect(run("zh-CN", [...e])).toEqual(["… 读取 投诉：40 / 40 行"]);
    expect(run("en-US", [...e])).toEqual(["… reading Complaints: 40 of 40 rows"]);
  });

  test("a sheet's total is the source's estimate, said as one (stop-23 tester #12)", () => {
    // "读取 交易：4,999 / 30,636 行" stood beside the summary's 30,030 rows used.
    const e = [
      { step: "read", detail: "transactions", rowsDone: 4_999, rowsTotal: 30_636 },
    ] as const;
    expect(run("zh-CN", [...e])).toEqual(["… 读取 交易：4,999 / 约 30,636 行"]);
    expect(run("en-US", [...e])).toEqual(["… reading Transactions: 4,999 of about 30,636 rows"]);
  });
});

describe("CA_TIMINGS lines (phaseMark)", () => {
  test("say the main thread's waits beside its CPU, as seconds", () => {
    let err = "";
    const was = process.env.CA_TIMINGS;
    process.env.CA_TIMINGS = "1";
    const spy = jest
      .spyOn(process.stderr, "write")
      .mockImplementation((s) => ((err += String(s)), true));
    try {
      phaseMark("read customers");
    } finally {
      spy.mockRestore();
      if (was === undefined) delete process.env.CA_TIMINGS;
      else process.env.CA_TIMINGS = was;
    }
    // Linux tells the main thread's CPU (/proc); elsewhere only the waits are said.
    expect(err).toMatch(
      /^\[t\] [\d.]+ s wall, [\d.]+ s CPU \((main [\d.]+, )?waited [\d.]+\) \(sys [\d.]+, \d+k faults\), \d+ MB: read customers\n$/,
    );
  });
});
