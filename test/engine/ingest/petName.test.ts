// tester65 U216, U220: a vet's 宠物档案 (病历号, 宠物名, 主人, 联系电话; /work/notes/stop65/tester65/vet/v1.xlsx,
// 12 pets): 宠物名 was unread, so 王磊's two pets (BL0031 豆豆, BL0090 糖糖, one phone) were both "王磊"
// on the calls, and the second was a "可能重复的客户（请核对）" (possible_duplicate_customer, a warning).
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import type { Grid } from "../../../src/engine/cells";
import { epochDay } from "../../../src/engine/parse/date";

const asOf = epochDay(2026, 12, 6);

async function read(customers: Grid, idHeader = customers[0][0]) {
  return ingestWorkbook(
    memorySource({
      客户: customers,
      交易: [
        [idHeader, "日期", "金额"],
        [customers[1][0], "2026-11-01", 150],
      ],
    }),
    { asOf },
  );
}

const DUPLICATES = new Set(["possible_duplicate_customer", "shared_contact"]);

describe("a pet's name beside its owner's (tester65 U216, U220)", () => {
  test("a vet's records are pets: each shown by owner and pet, an owner's two pets no duplicate", async () => {
    const { dataset, findings } = await read([
      ["病历号", "宠物名", "品种", "主人", "联系电话"],
      ["BL0031", "豆豆", "金毛", "王磊", "13600000031"],
      ["BL0045", "咪咪", "英短猫", "李娟", "13600000045"],
      ["BL0090", "糖糖", "橘猫", "王磊", "13600000031"],
    ]);
    const c = dataset.customers;
    expect(dataset.sources.customers!.columns.petName).toBe("宠物名");
    expect(c.name).toEqual(["王磊（豆豆）", "李娟（咪咪）", "王磊（糖糖）"]);
    expect(c.petName).toEqual(["豆豆", "咪咪", "糖糖"]);
    expect(c.petRecords).toBe(true);
    expect(findings.filter((f) => DUPLICATES.has(f.code))).toEqual([]);
    expect(findings.filter((f) => f.value === "宠物名")).toEqual([]);
  });

  test("in English: Patient beside Client Name under a Patient ID", async () => {
    const { dataset } = await read([
      ["Patient ID", "Patient", "Client Name", "Phone"],
      ["P1", "Max", "Emma Lee", "5550100"],
      ["P2", "Bella", "Emma Lee", "5550100"],
    ]);
    expect(dataset.customers.name).toEqual(["Emma Lee (Max)", "Emma Lee (Bella)"]);
    expect(dataset.customers.petRecords).toBe(true);
  });

  test("one pet written twice on one phone is still a possible duplicate", async () => {
    const { findings } = await read([
      ["病历号", "宠物名", "主人", "联系电话"],
      ["BL0031", "豆豆", "王磊", "13600000031"],
      ["BL0032", "豆豆", "王磊", "13600000031"],
    ]);
    expect(findings.filter((f) => DUPLICATES.has(f.code)).map((f) => [f.row, f.code])).toEqual([
      [3, "possible_duplicate_customer"],
    ]);
  });

  test("a shop's member with a pet: the name is the owner's, the pet's kept beside it", async () => {
    const { dataset } = await read([
      ["会员号", "主人", "宠物名", "手机"],
      ["MQ001", "林晓", "豆豆", "13800000001"],
    ]);
    expect(dataset.customers.name).toEqual(["林晓"]);
    expect(dataset.customers.petName).toEqual(["豆豆"]);
    expect(dataset.customers.petRecords).toBeUndefined();
  });

  test("a patient's name with no other name column is the name", async () => {
    const { dataset } = await read([
      ["病历号", "Patient", "Phone"],
      ["BL1", "Max", "5550100"],
    ]);
    expect(dataset.customers.name).toEqual(["Max"]);
    expect(dataset.customers.petName).toBeUndefined();
  });
});

// Reviewer66's open finding (stop 67 fix67e): a 宠物 column holding the kind (猫 / 狗 / 柯基 / 布偶猫)
// was read as the pet's name, 王磊（猫）.
describe("a column of pets' kinds is the kind, not the name (fix67e)", () => {
  test("宠物 of 猫 / 柯基 / 布偶猫: no pet's name in brackets; an owner's two kinds no duplicate", async () => {
    const { dataset, findings } = await read([
      ["病历号", "宠物", "主人", "联系电话"],
      ["BL0031", "猫", "王磊", "13600000031"],
      ["BL0090", "柯基", "王磊", "13600000031"],
      ["BL0101", "布偶猫", "吴刚", "13600000101"],
    ]);
    expect(dataset.customers.name).toEqual(["王磊", "王磊", "吴刚"]);
    expect(dataset.sources.customers!.columns.petKind).toBe("宠物");
    expect(dataset.customers.petRecords).toBe(true);
    expect(findings.filter((f) => DUPLICATES.has(f.code))).toEqual([]);
    expect(findings.filter((f) => f.value === "宠物")).toEqual([]);
  });

  test("宠物 of kinds beside 昵称: the name is the 昵称's", async () => {
    const { dataset } = await read([
      ["病历号", "宠物", "昵称", "主人", "联系电话"],
      ["BL0031", "狗", "豆豆", "王磊", "13600000031"],
      ["BL0090", "英短蓝猫", "糖糖", "王磊", "13600000031"],
    ]);
    expect(dataset.customers.name).toEqual(["王磊（豆豆）", "王磊（糖糖）"]);
    expect(dataset.customers.petName).toEqual(["豆豆", "糖糖"]);
  });

  test("Pet of Dog / Cat beside Pet Name: Pet Name is the name", async () => {
    const { dataset } = await read([
      ["Patient ID", "Pet", "Pet Name", "Client Name", "Phone"],
      ["P1", "Dog", "Max", "Emma Lee", "5550100"],
      ["P2", "Cat", "Bella", "Emma Lee", "5550100"],
    ]);
    expect(dataset.customers.name).toEqual(["Emma Lee (Max)", "Emma Lee (Bella)"]);
  });

  test("names that are no kinds stay names", async () => {
    const { dataset } = await read([
      ["病历号", "宠物", "主人", "联系电话"],
      ["BL0031", "豆豆", "王磊", "13600000031"],
      ["BL0090", "猫", "王磊", "13600000031"],
    ]);
    expect(dataset.customers.name).toEqual(["王磊（豆豆）", "王磊（猫）"]);
  });
});
