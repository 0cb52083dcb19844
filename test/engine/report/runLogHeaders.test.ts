import { RunLogRowsReader } from "../../../src/engine/changes/history";
import { tabLabel } from "../../../src/engine/report/outputTabs";
import { runLogColumns, runLogReadColumns } from "../../../src/engine/report/runLogTab";

// Stop-20 tester W1/R8: the run log headed the hidden state tab's row count with its sheet name
// ("CA_run_state输出行数"); it now says the tab in words, and a log an earlier run wrote is still
// read by its old header.
describe("the run log names the hidden state tab in words", () => {
  test("in both languages, with no sheet code in any header", () => {
    const header = (lang: "zh-CN" | "en-US") =>
      runLogColumns(lang).find((c) => c.key === "runStateRows")!.header;
    expect(header("zh-CN")).toBe("运行状态（隐藏表）输出行数");
    expect(header("en-US")).toBe("Run state (hidden) rows");
    for (const lang of ["zh-CN", "en-US"] as const)
      expect(runLogColumns(lang).filter((c) => c.header.includes("CA_run_state"))).toEqual([]);
    expect(tabLabel("overview", "zh-CN")).toBe("概览");
  });

  test("a log with the old header is read with its row counts", () => {
    for (const lang of ["zh-CN", "en-US"] as const) {
      const old = runLogColumns(lang).map((c) =>
        c.key === "runStateRows"
          ? `CA_run_state${lang === "zh-CN" ? "输出行数" : " rows"}`
          : c.header,
      );
      const row = runLogColumns(lang).map((c) =>
        c.key === "analysisDate" ? 20000 : c.key === "runStateRows" ? 302 : null,
      );
      const reader = new RunLogRowsReader(runLogReadColumns);
      reader.push([old, row]);
      expect(reader.rows).toHaveLength(1);
      expect(reader.rows[0].cells.runStateRows).toBe(302);
    }
  });
});
