import { SHEETS } from "../../src/engine/schema";
import { detectInputs } from "../../src/taskpane/inputs";
import { OfficeWorkbook } from "../../src/workbook/office/officeWorkbook";
import { createSimulatedExcel, SimWorkbook } from "../../src/workbook/simulator";

// tester67 U315: on the Data step, the Customers sheet's note column (read for a do-not-contact
// phrase) was the row "内容 → 备注": 内容 is a contact log's word (沟通内容); a note on any sheet is
// its 备注, as the English says Note on every sheet. The row's label is the field's (DataStep.tsx).
test("the Customers' 备注 column is mapped on a row labelled 备注, not 内容", async () => {
  const wb = SimWorkbook.fromSheets({
    会员资料: [
      ["会员编号", "姓名", "手机号", "备注"],
      ["0041", "王芳", "13800000041", "出差"],
    ],
    收银流水: [
      ["日期", "会员编号", "实收"],
      ["2026-10-02", "0041", 300],
    ],
  });
  const source = new OfficeWorkbook(createSimulatedExcel(wb).run, { lang: "zh-CN" });
  const { inputs } = await detectInputs(source, { sheets: {}, columns: {} });
  expect(inputs.customers.mapping.note).toBe("备注");
  const label = (kind: "customers" | "contacts") =>
    SHEETS[kind].fields.find((f) => f.key === "note")!.label;
  // Before: 内容 / Note.
  expect(label("customers")).toEqual({ "zh-CN": "备注", "en-US": "Note" });
  expect(label("contacts")).toEqual(label("customers"));
});
