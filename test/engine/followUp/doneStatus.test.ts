// tester48 M1: 已联系 typed as a status was kept with the schedule but counted as no contact, and
// the customer was called again with nothing said.
import fc from "fast-check";
import {
  attemptedSince,
  contactedSince,
  doneStatusWarning,
  statusSaysDone,
} from "../../../src/engine/followUp/doneStatus";
import { epochDay } from "../../../src/engine/parse/date";
import { CALL_MADE_WORDS } from "../../../src/engine/optionWords";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { inputPlace, inputSheetName } from "../../../src/engine/inputSheetName";
import type { Lang, SheetKind } from "../../../src/engine/schema";
import type { Dataset, SheetSource } from "../../../src/engine/model";
import type { CarriedNotes, TypedRow } from "../../../src/engine/followUp/typedNotes";

function typed(id: string, status: string, note = ""): TypedRow {
  const row = {
    id,
    due: NaN,
    date: NaN,
    owner: "王",
    name: `客户${id}`,
    phone: "",
    email: "",
    reason: "",
    status,
    talkingPoint: "",
    note,
  };
  return { row, status, talkingPoint: "", note };
}

function carried(rows: TypedRow[], off: TypedRow[] = []): CarriedNotes {
  return {
    byRow: new Map(rows.map((t, i) => [i, t])),
    off: off.map((t) => ({ typed: t, customerGone: false })),
    typedRows: rows.length + off.length,
    dropped: [],
  };
}

describe("statusSaysDone", () => {
  test.each([
    "已联系",
    "已联系，客户说下月再订",
    "已经联系过",
    "已拜访",
    "已回访 12/3",
    "已打电话",
    "已完成",
    "联系过了",
    "完成",
    "Called",
    "done - will order in Jan",
    "Contacted on 12/3",
    "已发邮件",
    "已电联",
    "客户已联系",
    "Emailed the quote",
    // reviewer56 L6: a not-reached word, then the customer reached.
    "已联系，占线后回拨已沟通",
    "Called - busy season, agreed to a tasting",
  ])("%s says the call was made", (s) => expect(statusSaysDone(s)).toBe(true));
  test.each([
    "已约下周二拜访",
    "待联系",
    "未接通",
    "客户拒接",
    "已安排",
    "未安排",
    "call back Tuesday",
    "not reached",
    "下周联系",
    "已联系不上",
    "已联系，未接通",
    "已拨打，无人接听",
    "called - no answer",
    "",
  ])("%s does not", (s) => expect(statusSaysDone(s)).toBe(false));
  // reviewer57 L4: the done words have one owner, optionWords.ts, beside the contacts' reached words.
  test.each(CALL_MADE_WORDS.afterDone.map((w) => `已${w}`))("the listed %s says done", (s) =>
    expect(statusSaysDone(s)).toBe(true),
  );
  test.each(CALL_MADE_WORDS.english.map((w) => `${w} on 12/3`))("the listed %s says done", (s) =>
    expect(statusSaysDone(s)).toBe(true),
  );
  test("doneStatus.ts keeps no words of its own", () => {
    const source = readFileSync(
      join(__dirname, "../../../src/engine/followUp/doneStatus.ts"),
      "utf8",
    ).replace(/^\s*(?:\/\/|\*|\/\*\*).*$/gm, "");
    expect(source).not.toMatch(/联系|拜访|"called"|\bcalled\|/);
  });
  test("a plan or refusal prefixed to done words is not done (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("待", "下周", "明天", "未", "约好", "call back ", "not "),
        fc.constantFrom("联系", "拜访", "回访", "contacted", "visited"),
        (before, act) => !statusSaysDone(before + act),
      ),
    );
  });
  test("a call made that reached nobody is not done (property: any done word, any such words after)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("已联系", "已拨打", "已打电话", "Called", "done"),
        fc.string({ maxLength: 6 }),
        fc.constantFrom("不上", "未接通", "无人接", "关机", " no answer", " not reached"),
        (done, between, nobody) => statusSaysDone(done) && !statusSaysDone(done + between + nobody),
      ),
    );
  });
});

describe("doneStatusWarning", () => {
  test("none when no typed status says done", () => {
    expect(
      doneStatusWarning(carried([typed("C1", "已约下周二拜访"), typed("C2", "", "备注")])),
    ).toBeNull();
  });

  test("names each, on rows and kept rows, and where a contact is recorded, in both languages", () => {
    const w = doneStatusWarning(
      carried([typed("C1", "已联系"), typed("C2", "待联系")], [typed("C3", "Called  twice")]),
      (lang) => (lang === "zh-CN" ? "回访计划" : "Follow-up schedule"),
    )!;
    expect(w.code).toBe("typed_status_says_done");
    expect(w.customers).toEqual(["C1", "C3"]);
    expect(w.message["zh-CN"]).toBe(
      "回访计划中有 2 个手填的状态写着已经联系：C1 客户C1：已联系；C3 客户C3：Called twice。状态会随回访计划保留，但不算联系记录：回访仍按最后一次记录的联系安排，这些客户可能再次被安排回访。请在“跟进记录”表为每次联系加一行（客户编号、联系日期），下次分析就会据此安排。",
    );
    expect(w.message["en-US"]).toMatch(
      /^2 statuses typed on the Follow-up schedule tab say the call was made: C1 客户C1: 已联系; C3 客户C3: Called twice\. .*Contacts sheet/,
    );
  });

  test("the first 10 named, the rest counted", () => {
    const rows = Array.from({ length: 12 }, (_, i) => typed(`C${i}`, "已拜访"));
    const w = doneStatusWarning(carried(rows))!;
    expect(w.customers).toHaveLength(12);
    expect(w.message["zh-CN"]).toContain("另有 2 个");
  });
});

test("a customer whose contact is recorded since is not named; one status is worded as one (reviewer48 H1, M4)", () => {
  const rows = [typed("C1", "已联系"), typed("C2", "已拜访")];
  const w = doneStatusWarning(carried(rows), undefined, (id) => id === "C1")!;
  expect(w.customers).toEqual(["C2"]);
  expect(w.message["en-US"]).toMatch(/^1 status typed on the .* tab says the call was made: C2/);
  expect(doneStatusWarning(carried(rows), undefined, () => true)).toBeNull();
});

// tester53 N12: the advice said to add a row on “跟进记录” while her contacts sheet is 回访记录.
test("the advice names the workbook's own contacts sheet, else the input's name", () => {
  const rows = [typed("C2", "已拜访")];
  const source = (sheetName: string, sheetIsFile?: boolean) =>
    ({ kind: "contacts", sheetName, ...(sheetIsFile ? { sheetIsFile } : {}) }) as SheetSource;
  const own = { sources: { contacts: source("回访记录") } };
  const w = doneStatusWarning(carried(rows), undefined, undefined, (lang) =>
    inputPlace(own, "contacts", lang),
  )!;
  expect(w.message["zh-CN"]).toContain("请在“回访记录”表为每次联系加一行");
  expect(w.message["zh-CN"]).not.toContain("跟进记录");
  expect(inputSheetName({ sources: {} }, "contacts", "zh-CN")).toBe("跟进记录");
  expect(
    inputSheetName({ sources: { contacts: source("Contacts", true) } }, "contacts", "zh-CN"),
  ).toBe("跟进记录");
});

// reviewer55 L7: with CSV inputs the advice named a 跟进记录 sheet the user does not have.
test("with CSV inputs the advice names the contacts file, or the option that gives one", () => {
  const rows = [typed("C2", "已拜访")];
  const file = (kind: string, path: string) =>
    ({ kind, sheetName: "x", sheetIsFile: true, file: path }) as SheetSource;
  const csv = {
    sources: {
      customers: file("customers", "/d/c.csv"),
      contacts: file("contacts", "/d/拜访.csv"),
    },
  };
  const said = (dataset: { sources: Partial<Record<SheetKind, SheetSource>> }, lang: Lang) =>
    doneStatusWarning(carried(rows), undefined, undefined, (l) =>
      inputPlace(dataset, "contacts", l),
    )!.message[lang];
  expect(said(csv, "zh-CN")).toContain("请在文件“拜访.csv”为每次联系加一行");
  expect(said(csv, "en-US")).toContain("Add a row per contact to the file “拜访.csv” (customer ID");
  const none = { sources: { customers: file("customers", "/d/c.csv") } };
  expect(said(none, "zh-CN")).toContain("请在跟进记录文件（命令行：--contacts）为每次联系加一行");
  expect(said(none, "en-US")).toContain(
    "Add a row per contact to a Contacts file (command line: --contacts)",
  );
  // A workbook without a contacts sheet: the sheet to add, by the input's name.
  expect(said({ sources: {} }, "zh-CN")).toContain("请在“跟进记录”表为每次联系加一行");
});

// contacts56 (left alone): 已联系 typed on the schedule while 跟进记录's only contact since says 未接通
// was warned as "no contact recorded", not saying the recorded one did not get through.
test("a status whose contact since did not get through names that contact, in both languages", () => {
  const nov30 = epochDay(2026, 11, 30);
  const dataset = {
    customers: { count: 2, id: ["C1", "C2"] },
    contacts: {
      count: 3,
      customer: Int32Array.from([0, 1, 1]),
      day: Float64Array.from([nov30 + 1, nov30 - 5, nov30 + 3]),
      notReached: Uint8Array.from([1, 0, 0]),
    },
  } as unknown as Dataset;
  const asOf = nov30 + 7;
  const attempted = attemptedSince(dataset, asOf, nov30);
  expect(attempted("C1")).toBe(nov30 + 1);
  expect(attempted("C2")).toBeUndefined();
  const w = doneStatusWarning(
    carried([typed("C1", "已联系")]),
    undefined,
    contactedSince(dataset, asOf, nov30),
    undefined,
    attempted,
  )!;
  expect(w.customers).toEqual(["C1"]);
  expect(w.message["zh-CN"]).toContain(
    "C1 客户C1：已联系（“跟进记录”表：2026-12-01 的联系未接通，不算联系）",
  );
  expect(w.message["en-US"]).toContain(
    "C1 客户C1: 已联系 (the Contacts sheet has a contact of 2026-12-01 that did not get through: not counted)",
  );
  // Reached since: recorded, not named.
  expect(
    doneStatusWarning(
      carried([typed("C2", "已联系")]),
      undefined,
      contactedSince(dataset, asOf, nov30),
      undefined,
      attempted,
    ),
  ).toBeNull();
});
