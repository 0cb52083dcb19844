import { jsonWriteError } from "../../src/cli/analyzeCommand";
import { JSON_WRITER_STOPPED } from "../../src/cli/jsonWorker";

describe("jsonWriteError: why the JSON result could not be written", () => {
  test("a JSON worker that stopped is said in the catalog's words, with its exit code (stop 30 tester #2)", () => {
    const stopped = Object.assign(new Error("the JSON worker stopped (exit code 7)"), {
      code: JSON_WRITER_STOPPED,
      exitCode: 7,
    });
    const e = jsonWriteError("r.json", stopped);
    expect(e.in("zh-CN")).toBe(
      "r.json：无法写入 JSON 结果：写入线程意外停止（退出代码 7，可能是内存不足）。工作簿已写入；如需 JSON，请重新运行",
    );
    expect(e.in("en-US")).toContain("the writing thread stopped (exit code 7");
    expect(e.in("zh-CN")).not.toContain("worker");
  });

  test("any other failure keeps the system's reason", () => {
    const e = jsonWriteError("r.json", new Error("ENOSPC: no space left on device"));
    expect(e.in("zh-CN")).toBe("r.json：无法写入 JSON 结果（ENOSPC: no space left on device）");
    expect(e.in("en-US")).toBe(
      "r.json: cannot write the JSON result (ENOSPC: no space left on device)",
    );
  });
});
