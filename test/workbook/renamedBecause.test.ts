import { renamedBecause } from "../../src/workbook/renamedBecause";
import { say } from "../../src/engine/words/catalog";

// The words live in the catalog (file.renamedForOurTab / renamedForUsersSheet); the texts are the
// ones both writers said before they moved there.
test("a tab renamed for a sheet of the user's, and for another tab of ours, in both languages", () => {
  expect(renamedBecause("客户分类", "客户分类 (2)", false, "zh-CN")).toBe(
    "工作簿中已有您自己的工作表“客户分类”，为不覆盖它，结果写入了“客户分类 (2)”。",
  );
  expect(renamedBecause("客户分类", "客户分类 (2)", true, "zh-CN")).toBe(
    "本次结果中已有名为“客户分类”的工作表，因此写入了“客户分类 (2)”。",
  );
  expect(renamedBecause("Segments", "Segments (2)", false, "en-US")).toBe(
    "The workbook already has your own sheet “Segments”; to leave it untouched, the results were written to “Segments (2)”.",
  );
  expect(renamedBecause("Segments", "Segments (2)", true, "en-US")).toBe(
    "Another tab of these results is already named “Segments”, so this one was written to “Segments (2)”.",
  );
  expect(renamedBecause("a", "b", true, "en-US")).toBe(
    say("en-US", "file", "renamedForOurTab", { wanted: "a", used: "b" }),
  );
});
