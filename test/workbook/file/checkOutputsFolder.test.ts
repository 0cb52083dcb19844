import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { InputError } from "../../../src/engine/errors";

// A folder the user cannot write in (as root every folder passes the access check, so it is
// refused here by the check itself).
jest.mock("node:fs", () => {
  const fs = jest.requireActual("node:fs");
  return {
    ...fs,
    accessSync: () => {
      throw Object.assign(new Error("EACCES"), { code: "EACCES" });
    },
  };
});

import { checkOutputs } from "../../../src/workbook/file/paths";

describe("checkOutputs: a folder that cannot be written in (tester50 L1)", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "checkOutputsFolder-"));
  const refusal = (outputs: string[], options?: ("-o" | "--json")[]) => {
    try {
      checkOutputs(outputs, [], options);
    } catch (e) {
      return e as InputError;
    }
    throw new Error("not refused");
  };

  test("the next step names -o, also for a default output the user never typed, in both languages", () => {
    const out = path.join(dir, "analysis.xlsx");
    const e = refusal([out]);
    expect(e.in("en-US")).toBe(
      `${out}: cannot write in the folder ${dir}. Choose an output file in a folder you can write to with -o and run again`,
    );
    expect(e.in("zh-CN")).toContain("请用 -o 指定可写入的文件夹中的输出文件后重新运行");
  });

  test("the JSON output names --json", () => {
    const e = refusal([path.join(dir, "r.json")], ["--json"]);
    expect(e.in("en-US")).toContain("with --json and run again");
  });
});
