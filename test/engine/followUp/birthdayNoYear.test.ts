// tester60 U101: birthdays written without a year (a salon's 生日 `12月9日`; all 16 of its members')
// were refused as "没有年份，无法确定是哪一天：请写上年份", so no birthday care was planned. A
// birthday needs only its month and day: it is read so, with no finding, and the care is planned.
// Fixture: /work/notes/stop60/tester60/repro/ubd-客户-noyear.csv and ubd-交易.csv (copied in).
import { analyzeWorkbook } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { memoryColumnSource, memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { birthdayWithoutYear, epochDay, isoDate } from "../../../src/engine/parse/date";
import { nextBirthday } from "../../../src/engine/followUp/birthday";
import { FOLLOW_UP_REASONS } from "../../../src/engine/rules/service";
import { defaultRules } from "../../../src/engine/rules";

const asOf = epochDay(2026, 12, 6);
const each = [memorySource, memoryColumnSource].map((s) => [s.name, s] as const);

const zh = (birthday: string): Record<string, Grid> => ({
  客户: [
    ["会员卡号", "姓名", "手机", "生日", "同意营销联系"],
    ["A1", "李娜", "13812340002", birthday, "是"],
    ["A2", "王丽", "13812340001", "", "是"],
  ],
  交易: [
    ["日期", "会员卡号", "项目", "实收金额"],
    ["2026-11-20", "A1", "面部护理", 380],
    ["2026-12-01", "A1", "面部护理", 380],
    ["2026-11-20", "A2", "面部护理", 380],
    ["2026-12-01", "A2", "面部护理", 380],
  ],
});
const en = (birthday: string): Record<string, Grid> => ({
  Customers: [
    ["Customer ID", "Name", "Phone", "Birthday", "Marketing Consent"],
    ["A1", "Li Na", "13812340002", birthday, "yes"],
    ["A2", "Wang Li", "13812340001", "", "yes"],
  ],
  Transactions: [
    ["Date", "Customer ID", "Amount"],
    ["2026-11-20", "A1", 380],
    ["2026-12-01", "A1", 380],
    ["2026-11-20", "A2", 380],
    ["2026-12-01", "A2", 380],
  ],
});

const BIRTHDAY_CARE = FOLLOW_UP_REASONS.indexOf("birthday_care");

async function birthdayCare(sheets: Record<string, Grid>, make = memorySource) {
  const a = await analyzeWorkbook(make(sheets), { rules: defaultRules(), asOf });
  const f = a.schedule.followUps;
  const care: [string, string][] = [];
  for (let i = 0; i < f.count; i++)
    if (f.reason[i] === BIRTHDAY_CARE)
      care.push([a.dataset.customers.id[f.customer[i]], isoDate(f.day[i])]);
  const said = a.findings.filter((x) => x.column === "生日" || x.column === "Birthday");
  return { care, said };
}

describe("a birthday with no year is a month and a day (tester60 U101)", () => {
  test.each(each)(
    "zh 生日 12月9日: birthday care on 2026-12-09, nothing said (%s)",
    async (_, make) => {
      const { care, said } = await birthdayCare(zh("12月9日"), make);
      expect(care).toEqual([["A1", "2026-12-09"]]);
      expect(said).toEqual([]);
    },
  );

  test("zh: the same as with the year written (1990-12-09)", async () => {
    expect((await birthdayCare(zh("1990-12-09"))).care).toEqual([["A1", "2026-12-09"]]);
    expect((await birthdayCare(zh("12月9号"))).care).toEqual([["A1", "2026-12-09"]]);
  });

  test.each(["Dec 9", "9 Dec", "December 9th", "12-09"])(
    "en Birthday %s: birthday care on 2026-12-09, nothing said",
    async (birthday) => {
      const { care, said } = await birthdayCare(en(birthday));
      expect(care).toEqual([["A1", "2026-12-09"]]);
      expect(said).toEqual([]);
    },
  );

  test("12/9 could be 12 September or 9 December: refused, as before; 25/12 cannot", async () => {
    const { care, said } = await birthdayCare(en("12/9"));
    expect(care).toEqual([]);
    expect(said.map((x) => [x.code, x.value])).toEqual([["unparseable_optional", "12/9"]]);
    // Said as day or month first, both written plainly; not "no year: write the year".
    expect(said[0].message["en-US"]).toContain(
      "“12/9” could be day first or month first: write Sep 12 (day first) or Dec 9 (month first)",
    );
    const zhSaid = (await birthdayCare(zh("12/9"))).said[0].message["zh-CN"];
    expect(zhSaid).toContain(
      "无法确定“12/9”是日在前还是月在前：日在前请写 9月12日，月在前请写 12月9日",
    );
    expect(zhSaid).not.toContain("年份");
    expect(isoDate(birthdayWithoutYear("25/12"))).toBe("2000-12-25");
    expect(isoDate(birthdayWithoutYear("12/25"))).toBe("2000-12-25");
    expect(birthdayWithoutYear("9.12")).toBeNaN();
    expect(birthdayWithoutYear("2月30日")).toBeNaN();
    expect(birthdayWithoutYear("13月1日")).toBeNaN();
  });

  test("29 February with no year: cared for on 28 February in common years, the 29th in leap ones", async () => {
    const { dataset, findings } = await ingestWorkbook(memorySource(zh("2月29日")), { asOf });
    expect(findings.filter((x) => x.column === "生日")).toEqual([]);
    const born = dataset.customers.birthday[0];
    expect(isoDate(nextBirthday(born, asOf))).toBe("2027-02-28");
    expect(isoDate(nextBirthday(born, epochDay(2027, 12, 1)))).toBe("2028-02-29");
  });

  test("a transaction's date still needs its year", async () => {
    const sheets = zh("12月9日");
    sheets["交易"] = [...sheets["交易"], ["11月25日", "A1", "面部护理", 380]];
    const { dataset, findings } = await ingestWorkbook(memorySource(sheets), { asOf });
    expect(dataset.counts.transactions).toMatchObject({ read: 5, used: 4 });
    expect(findings.some((x) => x.column === "日期" && x.value === "11月25日")).toBe(true);
  });
});

/**
 * tester61 U121: a US yoga studio's Members (repro u-bday, Lotus Yoga members.xlsx): Birthday
 * `12/11` beside Member Since `11/20/2026` and `03/15/2025` was refused as "day first or month
 * first", and the new member got no birthday care; 4 of 16 in Lotus. The order the sheet's dates
 * show (month first), or the other birthdays (`12/20`), reads it; with nothing showing it, still
 * refused (above).
 */
describe("a birthday's 12/11 in the order its sheet shows (tester61 U121)", () => {
  const members = (rows: string[][], header = ["Member Since", "Birthday"]) => ({
    Customers: [
      ["Customer ID", "Name", "Phone", ...header, "Marketing Opt-in"],
      ...rows.map(([id, ...r], k) => [id, `Member ${k}`, `415555010${k}`, ...r, "Yes"]),
    ],
    Transactions: [
      ["Date", "Customer ID", "Amount"],
      ...rows.flatMap(([id]) => [
        ["2026-11-20", id, 129],
        ["2026-12-01", id, 129],
      ]),
    ],
  });
  async function birthdays(sheets: Record<string, Grid>, make = memorySource) {
    const { dataset, findings } = await ingestWorkbook(make(sheets), { asOf });
    return {
      read: [...dataset.customers.birthday].map((d) => (Number.isNaN(d) ? "" : isoDate(d))),
      said: findings.filter((x) => x.column === "Birthday").map((x) => x.value),
    };
  }

  test.each(each)("the other dates are month first: 12/11 is 11 December (%s)", async (_, make) => {
    const sheets = members([
      ["B1", "11/20/2026", "12/11"],
      ["B2", "03/15/2025", "12/20"],
    ]);
    expect(await birthdays(sheets, make)).toEqual({
      read: ["2000-12-11", "2000-12-20"],
      said: [],
    });
    expect((await birthdayCare(sheets, make)).care).toEqual([["B1", "2026-12-11"]]);
  });

  test("the other birthdays show the order, month or day first, before or after", async () => {
    const only = ["Birthday"];
    expect(
      await birthdays(
        members(
          [
            ["B1", "12/11"],
            ["B2", "12/20"],
          ],
          only,
        ),
      ),
    ).toEqual({
      read: ["2000-12-11", "2000-12-20"],
      said: [],
    });
    expect(
      await birthdays(
        members(
          [
            ["B1", "11/12"],
            ["B2", "25/12"],
          ],
          only,
        ),
      ),
    ).toEqual({
      read: ["2000-12-11", "2000-12-25"],
      said: [],
    });
    // Day first in the sheet's dates (20/11/2026).
    expect(await birthdays(members([["B1", "20/11/2026", "11/12"]]))).toEqual({
      read: ["2000-12-11"],
      said: [],
    });
    // Nothing shows it: refused as before.
    expect(
      await birthdays(
        members(
          [
            ["B1", "12/11"],
            ["B2", "3/4"],
          ],
          only,
        ),
      ),
    ).toEqual({
      read: ["", ""],
      said: ["12/11", "3/4"],
    });
  });
});
