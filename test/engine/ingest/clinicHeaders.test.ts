// tester58 U62, U63: a dental clinic's own words. Its patients (患者档案) are known by 病历号 on
// every sheet and its charges are 收费明细 (five failed runs, one per word); the patient's own
// dentist (主治医生) is their owner (all 92 calls were under （未指定）), while the 医生 of a charge
// is the one who treated that visit, not read as anyone's owner.
import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";

const asOf = epochDay(2026, 11, 30);

const clinic: Record<string, Grid> = {
  患者档案: [
    ["病历号", "姓名", "手机号", "初诊日期", "主治医生", "状态"],
    ["BC0001", "林晓", "13800000001", "2024-06-01", "陈医生", "正常"],
    ["BC0002", "王芳", "13800000002", "2024-07-01", "李医生", "正常"],
  ],
  收费明细: [
    ["日期", "收费单号", "病历号", "患者姓名", "治疗项目", "实收", "医生"],
    ["2026-05-01", "S001", "BC0001", "林晓", "洁牙", 300, "赵医生"],
    ["2026-06-01", "S002", "BC0002", "王芳", "补牙", 600, "李医生"],
  ],
  回访记录: [
    ["回访日期", "病历号", "姓名", "方式", "内容", "回访人"],
    ["2026-06-10", "BC0002", "王芳", "电话", "补牙后无不适", "前台小张"],
  ],
};

test("病历号, 患者档案 and 收费明细 are read; 主治医生 is the owner", async () => {
  const { dataset } = await ingestWorkbook(memorySource(clinic), { asOf });
  const { sources } = dataset;
  expect(sources.customers!.columns.customerId).toBe("病历号");
  expect(sources.customers!.columns.owner).toBe("主治医生");
  expect(dataset.customers.owner[0]).toBe("陈医生");
  expect(sources.transactions!.columns.customerId).toBe("病历号");
  expect(dataset.transactions.count).toBe(2);
  expect(sources.contacts!.columns.customerId).toBe("病历号");
  // The 医生 of a charge is no field of the transactions.
  expect(Object.values(sources.transactions!.columns)).not.toContain("医生");
});

// tester58 U64: reviews copied from 大众点评, their 星级 written in stars, are the survey sheet.
test("大众点评评价's 星级 ★★★★☆ is a 1–5 score", async () => {
  const { dataset } = await ingestWorkbook(
    memorySource({
      ...clinic,
      大众点评评价: [
        ["评价日期", "病历号", "患者", "星级", "评价内容"],
        ["2026-06-12", "BC0002", "王芳", "★★★★☆", "医生很耐心"],
        ["2026-07-01", "BC0001", "林晓", "★★", "等了一个小时"],
      ],
    }),
    { asOf },
  );
  expect(dataset.sources.surveys!.columns.overall).toBe("星级");
  expect(dataset.sources.surveys!.columns.comment).toBe("评价内容");
  expect([...dataset.surveys!.overall]).toEqual([4, 2]);
});

// judge60: the same clinic with its patients kept as 患者资料 (or Patients) was refused: "no
// Customers sheet", although the message named its columns a customer list's.
test.each(["患者资料", "病人档案", "Patients", "Members"])(
  "a patient sheet named %s is the customers",
  async (name) => {
    const { 患者档案: patients, ...rest } = clinic;
    const { dataset } = await ingestWorkbook(memorySource({ [name]: patients, ...rest }), { asOf });
    expect(dataset.sources.customers!.sheetName).toBe(name);
    expect(dataset.customers.count).toBe(2);
    expect(dataset.transactions.count).toBe(2);
  },
);
