/**
 * tester65 U203 (H): a vet's 宠物档案 (病历号, 宠物名, 主人; /work/notes/stop65/tester65/vet/v1.xlsx): 回访记录
 * 2026-10-08 BL0045 咪咪 `咪咪9月底去世了，主人很伤心，谢谢医院照顾` was read as the owner's own death
 * (客户已离开 … “去世”), and `咪咪上周去世了` within a month, `狗狗上周去世了`, `家里的猫上周去世了`
 * (repro/v2-*) as the owner's bereavement: a pause, then 定期回访 about a dead pet. On a record of
 * one pet, a note saying the pet died ends that record (宠物已去世, listed pet_died, no contact);
 * the owner's other pets' records stay; a person's death stays the owner's bereavement, and another
 * pet's name is none of this record's.
 */
import { analyzeWorkbook, type Analysis } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { reasonText } from "../../../src/engine/churn/reasons";
import { holdText } from "../../../src/engine/followUp/hold";
import { petDeath } from "../../../src/engine/ingest/contactOutcome";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { isoDate, parseIsoDate } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";
import { churnOf } from "../helpers/scheduleOf";

const asOf = parseIsoDate("2026-12-06");

describe("petDeath: what a note on a pet's record says of a death", () => {
  test.each([
    ["咪咪9月底去世了，主人很伤心，谢谢医院照顾", "咪咪", 1],
    ["咪咪上周去世了", "咪咪", 1],
    ["狗狗上周去世了", "豆豆", 1],
    ["家里的猫上周去世了", "豆豆", 1],
    ["已去世", "豆豆", 1],
    ["Max passed away last week", "Max", 1],
    ["Our dog died on Sunday", "Max", 1],
    ["糖糖上周去世了，豆豆还好", "豆豆", 2],
    ["她母亲去世了", "豆豆", 0],
    ["家里老人走了", "豆豆", 0],
    ["咪咪没有去世，恢复得很好", "咪咪", 0],
    ["Phone died mid-call", "Max", 0],
    ["复查结果很好", "咪咪", 0],
    // reviewer66 H5 (VT1-vet-deaths.xlsx): someone else's animal, the owner's own death.
    ["邻居家的狗去世了，主人心情不好", "小白", 0],
    ["她妈妈家的猫去世了，最近比较忙", "黑妞", 0],
    ["主人说家里另一只狗上个月去世了", "Coco", 0],
    ["饭团很好，同窝的另一只小狗去世了", "饭团", 0],
    ["主人的爸爸去世了，最近没空来复诊", "可乐", 0],
    ["朋友的猫走了", "豆豆", 0],
    ["Her neighbour's dog died", "Max", 0],
    ["主人去世了，球球由女儿接手照顾", "球球", 3],
    ["Owner passed away; her son will bring Luna", "Luna", 3],
    ["主人说狗狗上周去世了", "豆豆", 1],
  ] as const)("%s (pet %s): %d", (note, pet, says) => {
    expect(petDeath(note, pet, ["糖糖"]).says).toBe(says);
  });
  test("the owner's other pet named: that pet's death", () => {
    expect(petDeath("糖糖上周去世了，主人很难过", "豆豆", ["糖糖"])).toMatchObject({
      says: 2,
      other: "糖糖",
    });
  });
});

/** Monthly patients who stopped in August (each owed a win-back), with contact notes. */
const PETS: [id: string, pet: string, owner: string, phone: string, note: string][] = [
  ["BL0045", "咪咪", "李娟", "13600000045", "咪咪9月底去世了，主人很伤心，谢谢医院照顾"],
  ["BL0031", "豆豆", "王磊", "13600000031", "狗狗上周去世了"],
  // 王磊's other pet: its record stays.
  ["BL0090", "糖糖", "王磊", "13600000031", ""],
  ["BL0060", "小白", "刘芳", "13600000060", "她母亲去世了"],
  // 张强's note on 可乐's record says his other pet 旺财 died: 旺财's death, not 可乐's.
  ["BL0052", "旺财", "张强", "13600000052", ""],
  ["BL0088", "可乐", "张强", "13600000052", "旺财上周去世了，可乐还好"],
  ["BL0101", "毛毛", "吴刚", "13600000101", "复查结果很好"],
];

async function run(en: boolean, pets = PETS): Promise<Analysis> {
  const customers: Grid = [
    en
      ? ["Patient ID", "Patient", "Client Name", "Phone"]
      : ["病历号", "宠物名", "主人", "联系电话"],
    ...pets.map(([id, pet, owner, phone]) => [id, pet, owner, phone]),
  ];
  const id = en ? "Patient ID" : "病历号";
  const sales: Grid = [en ? [id, "Date", "Amount"] : [id, "日期", "金额"]];
  for (const [pid] of pets) for (let m = 1; m <= 8; m++) sales.push([pid, `2026-0${m}-05`, 300]);
  const contacts: Grid = [
    en ? [id, "Date", "Note"] : [id, "回访日期", "回访内容"],
    ...pets.filter((p) => p[4] !== "").map(([pid, , , , note]) => [pid, "2026-11-20", note]),
  ];
  return analyzeWorkbook(
    memorySource(
      en
        ? { Customers: customers, Transactions: sales, Contacts: contacts }
        : { 客户: customers, 交易: sales, 回访记录: contacts },
    ),
    { rules: defaultRules(), asOf },
  );
}

const of = churnOf;

test("a pet's death ends its record only: 宠物已去世, no contact; the owner's other pets stay", async () => {
  const a = await run(false);
  // reviewer66 H5: 旺财上周去世了 on 可乐's record ends 旺财's (the same owner's pet named there).
  for (const id of ["BL0045", "BL0031", "BL0052"])
    expect([id, of(a, id)]).toMatchObject([
      id,
      { level: "churned", reason: "customer_left", planned: 0, listed: ["pet_died"] },
    ]);
  expect(reasonText("customer_left", of(a, "BL0045").figures, "zh-CN")).toBe(
    "宠物已去世：2026-11-20 的跟进记录写明“去世”，本病历视为已流失，不计入有风险客户，不再安排联系",
  );
  expect(reasonText("customer_left", of(a, "BL0031").figures, "en-US")).toBe(
    "The pet has died: a contact note of 2026-11-20 says “去世”; this record is churned, not counted at risk, no contact planned",
  );
  // The owner's other pets, 可乐 (another pet died), the control: called as before.
  for (const id of ["BL0090", "BL0088", "BL0101"]) {
    expect([id, of(a, id).level]).not.toEqual([id, "churned"]);
    expect([id, of(a, id).planned]).not.toEqual([id, 0]);
  }
  // A person's death stays the owner's bereavement: a pause, then one contact after it.
  const c = a.dataset.customers.id.indexOf("BL0060");
  expect(holdText(a.schedule.holds, c, "zh-CN")).toBe(
    "家中有丧事，暂停联系至 2026-12-20（“她母亲去世了”）",
  );
  const f = a.schedule.followUps;
  for (let i = 0; i < f.count; i++)
    if (f.customer[i] === c) expect(isoDate(f.day[i]) >= "2026-12-20").toBe(true);
});

test("in English: a Patient ID's Patient that passed away", async () => {
  const a = await run(true);
  expect(a.dataset.customers.name[0]).toBe("李娟（咪咪）");
  for (const id of ["BL0045", "BL0031"])
    expect([id, of(a, id)]).toMatchObject([id, { reason: "customer_left", listed: ["pet_died"] }]);
});

/**
 * reviewer66 H5 (/work/notes/stop66/reviewer66/VT1-vet-deaths.xlsx, gen_vet.py: tester65's vet v1
 * with 回访记录 notes of 11-20): 邻居家的狗去世了 and 主人去世了 ended the pet's record (pet_died, no
 * call); 糖糖上周去世了 on 豆豆's record (糖糖 = 王磊's other pet) left 糖糖's record open and gave the
 * living 豆豆 a cadence call on 12-07, the week after.
 */
const VT1: typeof PETS = [
  ["BL0060", "小白", "刘芳", "13600000060", "邻居家的狗去世了，主人心情不好"],
  ["BL0080", "球球", "赵敏", "13600000080", "主人去世了，球球由女儿接手照顾"],
  ["BL0031", "豆豆", "王磊", "13600000031", "糖糖上周去世了，主人很难过"],
  ["BL0090", "糖糖", "王磊", "13600000031", ""],
  ["BL0101", "毛毛", "吴刚", "13600000101", "复查结果很好"],
];

test("whose death: a neighbour's dog, the owner, the owner's other pet named (reviewer66 H5)", async () => {
  const a = await run(false, VT1);
  // 糖糖 died: its record ends.
  expect(of(a, "BL0090")).toMatchObject({ level: "churned", planned: 0, listed: ["pet_died"] });
  // 小白 and 球球 live on, 豆豆 too: not ended; the owner's bereavement pauses them.
  for (const id of ["BL0060", "BL0080", "BL0031"]) {
    expect([id, of(a, id).level]).not.toEqual([id, "churned"]);
    const c = a.dataset.customers.id.indexOf(id);
    expect([id, holdText(a.schedule.holds, c, "zh-CN")]).toEqual([
      id,
      // 主人去世了 (BL0080): the owner's death's own words, the same pause (fix67e).
      expect.stringMatching(/^(?:家中有丧事，|主人已去世：)暂停联系至 2026-12-20/),
    ]);
    const f = a.schedule.followUps;
    for (let i = 0; i < f.count; i++)
      if (f.customer[i] === c) expect([id, isoDate(f.day[i]) >= "2026-12-20"]).toEqual([id, true]);
  }
  expect(of(a, "BL0101").planned).not.toBe(0);
});

/**
 * reviewer66 M10 (/work/notes/stop66/reviewer66/VT2-vet-deaths-en.xlsx: Patients with Patient ID,
 * Pet Name, Species, Owner, Phone; Contacts of 11-28): "Owner" was read as the staff owner of the
 * calls and the pet's name as the customer's (Max, Milo), and "Milo passed away on Sunday" got Milo
 * a call on 12-11.
 */
test("an English clinic's Owner column is the pet's owner, and Milo passed away ends Milo's record", async () => {
  const patients: [string, string, string, string][] = [
    ["P01", "Max", "Emma Lee", "555-0101"],
    ["P02", "Bella", "Emma Lee", "555-0101"],
    ["P04", "Luna", "Ava Diaz", "555-0104"],
    ["P05", "Milo", "Liam Park", "555-0105"],
    ["P07", "Oscar", "Zoe Wu", "555-0107"],
  ];
  const notes: Record<string, string> = {
    P04: "Owner passed away; her son will bring Luna from now on",
    P05: "Milo passed away on Sunday",
  };
  const sales: Grid = [["Date", "Patient ID", "Service", "Amount"]];
  for (const [id] of patients)
    for (let m = 1; m <= 8; m++) sales.push([`2026-0${m}-05`, id, "Checkup", 300]);
  const a = await analyzeWorkbook(
    memorySource({
      Patients: [
        ["Patient ID", "Pet Name", "Species", "Owner", "Phone"],
        ...patients.map(([id, pet, owner, phone]) => [id, pet, "Dog", owner, phone]),
      ],
      Invoices: sales,
      Contacts: [
        ["Date", "Patient ID", "Note"],
        ...Object.entries(notes).map(([id, note]) => ["2026-11-28", id, note]),
      ],
    }),
    { rules: defaultRules(), asOf },
  );
  expect(a.dataset.customers.name[0]).toBe("Emma Lee (Max)");
  expect(a.dataset.customers.owner?.[0] ?? "").toBe("");
  expect(of(a, "P05")).toMatchObject({ level: "churned", planned: 0, listed: ["pet_died"] });
  // The owner's death: Luna's record continues.
  expect(of(a, "P04").level).not.toBe("churned");
});

describe("a pet's name read leniently, and a pet not found (fix67e)", () => {
  test("豆豆 names 豆豆（柯基）; a pet of another owner's record is said, not this one's", () => {
    expect(petDeath("豆豆上周去世了", "咪咪", ["豆豆（柯基）"])).toMatchObject({
      says: 2,
      other: "豆豆（柯基）",
    });
    expect(petDeath("Max passed away", "Bella", ["MAX (Lab)"])).toMatchObject({ says: 2 });
    const found = (t: string) => (t.includes("旺财") ? "旺财" : undefined);
    expect(petDeath("旺财上周去世了", "小白", [], found)).toMatchObject({ says: 4, other: "旺财" });
    // An animal or the pet's own name still comes first.
    expect(petDeath("狗狗上周去世了", "小白", [], found).says).toBe(1);
    expect(petDeath("小白和旺财都去世了", "小白", [], found).says).toBe(1);
  });
});

/**
 * Reviewer66's open findings (stop 67 brief fix67e; fixtures rebuilt from the description): 豆豆 on
 * 豆豆（柯基）'s record, the same owner on a second phone, a pet of nobody's of this owner, and the
 * owner's death (主人去世了) of a note older than the pause.
 */
const OWNERS: [id: string, pet: string, owner: string, phone: string][] = [
  ["BL0080", "球球", "赵敏", "13600000080"],
  ["BL0081", "花花", "孙丽", "13600000081"],
  ["BL0031", "豆豆（柯基）", "王磊", "13600000031"],
  ["BL0090", "糖糖", "王磊", "13900000090"],
  ["BL0040", "豆豆（柯基）", "李娟", "13600000040"],
  ["BL0041", "咪咪", "李娟", "13600000040"],
  ["BL0050", "旺财", "张强", "13600000050"],
  ["BL0060", "小白", "刘芳", "13600000060"],
  ["BL0101", "毛毛", "吴刚", "13600000101"],
];
const OWNER_NOTES: [id: string, day: string, note: string][] = [
  ["BL0080", "2026-09-01", "主人去世了，球球由女儿接手照顾"],
  ["BL0081", "2026-09-01", "主人去世了"],
  ["BL0081", "2026-10-10", "女儿说会继续带花花来看病"],
  ["BL0031", "2026-11-20", "糖糖上周去世了，主人很难过"],
  ["BL0041", "2026-11-20", "豆豆上周去世了"],
  ["BL0060", "2026-11-20", "旺财上周去世了"],
  ["BL0101", "2026-11-20", "复查结果很好"],
];

async function runOwners(notes = OWNER_NOTES): Promise<Analysis> {
  const sales: Grid = [["病历号", "日期", "金额"]];
  for (const [id] of OWNERS) for (let m = 1; m <= 8; m++) sales.push([id, `2026-0${m}-05`, 300]);
  return analyzeWorkbook(
    memorySource({
      客户: [["病历号", "宠物名", "主人", "联系电话"], ...OWNERS],
      交易: sales,
      回访记录: [["病历号", "回访日期", "回访内容"], ...notes],
    }),
    { rules: defaultRules(), asOf },
  );
}

test("the dead pet's record ends by owner and lenient name: a second phone, 豆豆（柯基）", async () => {
  const a = await runOwners();
  // 糖糖 (王磊's, another phone) and 豆豆（柯基） (李娟's) died: their records end.
  for (const id of ["BL0090", "BL0040"])
    expect([id, of(a, id)]).toMatchObject([id, { level: "churned", listed: ["pet_died"] }]);
  // The living pets whose records the notes are on: paused, not ended.
  for (const id of ["BL0031", "BL0041", "BL0060"]) {
    expect([id, of(a, id).level]).not.toEqual([id, "churned"]);
    expect([id, of(a, id).planned]).not.toEqual([id, 0]);
  }
  // 旺财 is 张强's: 刘芳's note names a pet not hers, said on 小白's contact; 旺财's record stays.
  expect(of(a, "BL0050").level).not.toBe("churned");
  const c = a.dataset.customers.id.indexOf("BL0060");
  expect(holdText(a.schedule.holds, c, "zh-CN")).toBe(
    "家中有丧事，暂停联系至 2026-12-20（“旺财上周去世了”）；“旺财”不在该主人名下的病历中，请核对是哪份病历（未结束任何病历）",
  );
  expect(holdText(a.schedule.holds, c, "en-US")).toBe(
    "Bereavement: no contact until 2026-12-20 (“旺财上周去世了”); “旺财” is on none of this owner's records, check which record is the pet's (no record was ended)",
  );
});

test("the owner's death: one call to the family after the pause, no win-back, no regular calls", async () => {
  const a = await runOwners();
  const c = a.dataset.customers.id.indexOf("BL0080");
  const f = a.schedule.followUps;
  const days: string[] = [];
  for (let i = 0; i < f.count; i++) if (f.customer[i] === c) days.push(isoDate(f.day[i]));
  // The note of 09-01 is past its pause: the family's call on the first working day, once.
  expect(days).toEqual(["2026-12-07"]);
  expect(holdText(a.schedule.holds, c, "zh-CN")).toBe(
    "主人已去世：暂停联系至 2026-10-01，之后联系家属一次，致以慰问并询问宠物是否由家人继续照顾（不做挽回，不再定期回访）（“主人去世了，球球由女儿接手照顾”）",
  );
  expect(holdText(a.schedule.holds, c, "en-US")).toMatch(
    /^Owner died: no contact until 2026-10-01, then one call to the family/,
  );
  // The family reached since (女儿说会继续带花花来看病): the record's plan as any other's.
  expect(of(a, "BL0081").planned).toBeGreaterThan(1);
  expect(holdText(a.schedule.holds, a.dataset.customers.id.indexOf("BL0081"), "zh-CN")).toBe("");
});

/**
 * Stop 67's fix67e left (stop 69, fix69f): a note naming a pet that is on no record at all (小黑上周去世了
 * on 小白's record, 小黑 nowhere in the sheet) was read as this record's pet's death: 小白's record
 * ended, listed pet_died. A name in a pet's shape (小黑, 阿福, 豆豆) on none of the records is said on
 * the contact, as a pet of another owner's is, and ends nothing.
 */
describe("a pet named on no record (fix69f)", () => {
  test.each([
    ["小黑上周去世了", 4, "小黑"],
    ["上周阿福去世了，主人很难过", 4, "阿福"],
    ["球球去世了", 4, "球球"],
    // Not names: the record's pet died.
    ["两小时前去世了", 1, ""],
    ["刚刚去世了", 1, ""],
    ["狗狗上周去世了", 1, ""],
    ["小白上周去世了", 1, ""],
    ["主人去世了", 3, ""],
    ["她妈妈去世了", 0, ""],
  ] as const)("%s on 小白's record: %d", (note, says, other) => {
    expect(petDeath(note, "小白", [])).toMatchObject({ says, other });
  });

  // fix69f left (stop 70, fix70e): an English pet's name on no record ("Max passed away" on Bella's
  // record, Max nowhere) was read as Bella's death. A word capitalised as a name right before the
  // death word is said, not this record's pet's death.
  test.each([
    ["Max passed away last week", 4, "Max"],
    ["Sadly, Max has passed away", 4, "Max"],
    ["Called: Rocky died on Sunday, owner very upset", 4, "Rocky"],
    // Not names: the record's pet died, the owner, someone else's.
    ["Bella passed away last week", 1, ""],
    ["She passed away peacefully", 1, ""],
    ["Sadly passed away on Sunday", 1, ""],
    ["passed away", 1, ""],
    ["Our dog died on Sunday", 1, ""],
    ["Owner passed away; her son will bring Bella", 3, ""],
    ["Her mother passed away", 0, ""],
  ] as const)("%s on Bella's record: %d", (note, says, other) => {
    expect(petDeath(note, "Bella", [])).toMatchObject({ says, other });
  });

  // reviewer70 M2, M7 (scratch pet.ts, pet2.ts): a drug, an operation, the pet's own nickname and a
  // time or an adverb before the death word were read as a pet on no record (the dead pet's record
  // ran on, paused); the owner telling the news was read as the owner's death.
  test.each([
    ["用了阿莫西林后还是去世了", 1, ""],
    ["阿莫西林过敏去世", 1, ""],
    ["做完小手术后第二天去世了", 1, ""],
    ["白白上周去世了", 1, ""],
    ["阿白上周去世了", 1, ""],
    ["主人打电话说上周去世了", 1, ""],
    ["小黑上周去世了", 4, "小黑"],
    ["主人去世了", 3, ""],
  ] as const)("%s on 小白's record: %d (reviewer70 M2)", (note, says, other) => {
    expect(petDeath(note, "小白", [])).toMatchObject({ says, other });
  });

  test.each([
    ["Yesterday passed away", 1, ""],
    ["Quietly passed away in her sleep", 1, ""],
    ["Owner called: Unfortunately has passed away", 1, ""],
    ["Molly passed away last week", 4, "Molly"],
    // reviewer71 M6: names ending as adverbs do; a short adverb read whole.
    ["Sally passed away last week", 4, "Sally"],
    ["Ally passed away", 4, "Ally"],
    ["Wally passed away", 4, "Wally"],
    ["Bently passed away", 4, "Bently"],
    ["Gently passed away in her sleep", 1, ""],
    ["Owner passed away; her son will bring Bella", 3, ""],
  ] as const)("%s on Bella's record: %d (reviewer70 M7)", (note, says, other) => {
    expect(petDeath(note, "Bella", [])).toMatchObject({ says, other });
  });

  test("小黑上周去世了 on 小白's record ends nothing and is said, in zh and en", async () => {
    const a = await runOwners(
      OWNER_NOTES.map(([id, day, note]) => [id, day, id === "BL0060" ? "小黑上周去世了" : note]),
    );
    expect(of(a, "BL0060").level).not.toBe("churned");
    expect(of(a, "BL0060").listed).not.toContain("pet_died");
    const c = a.dataset.customers.id.indexOf("BL0060");
    expect(holdText(a.schedule.holds, c, "zh-CN")).toMatch(
      /“小黑”不在该主人名下的病历中，请核对是哪份病历（未结束任何病历）$/,
    );
    expect(holdText(a.schedule.holds, c, "en-US")).toMatch(
      /“小黑” is on none of this owner's records, check which record is the pet's \(no record was ended\)$/,
    );
  });
});
