/**
 * The Follow-up schedule tab's words (words/followUpWords.ts): each language reads as itself. Before
 * stop 20 the English note joined "Overdue 33" and "Owner assigned in rotation" with a full-width
 * "；" (48 rows of the en sample's tab).
 */
import type { CustomerAnalysis } from "../../../src/engine/analysis";
import { scheduleFollowUps } from "../../../src/engine/followUp/schedule";
import { parseIsoDate } from "../../../src/engine/parse/date";
import { followUpTable } from "../../../src/engine/report/followUpTab";
import { lastContactText, talkingPoints } from "../../../src/engine/followUp/talkingPoints";
import { followUpRulesSchema } from "../../../src/engine/rules/service";
import { DEFAULTS } from "../../../src/engine/rules/defaults";
import { FULL_WIDTH } from "../../../src/engine/words/format";
import { smallDataset } from "../followUp/smallDataset";

const d = parseIsoDate;
const asOf = d("2026-03-02"); // a Monday
/** Three customers, two owners. */
const customers = [
  { id: "C1", name: "甲公司", owner: "王", consent: 1 },
  { id: "C2", name: "乙公司", owner: "李", consent: 1 },
  { id: "C3", name: "丙公司", owner: "王", consent: 1 },
];
const dataset = smallDataset({
  asOf,
  customers,
  transactions: [
    { customer: 0, day: d("2025-06-01"), amount: 500 },
    { customer: 1, day: d("2025-06-01"), amount: 500 },
    { customer: 2, day: d("2025-12-01"), amount: 500 },
  ],
  surveys: [{ customer: 0, day: d("2026-02-01"), overall: 2, delivery: 1, quality: 4 }],
  complaints: [{ customer: 0, receivedAt: d("2026-02-20"), cause: 0 }],
  // Last contacts long ago: the cadence contacts fall due before the analysis date (overdue).
  contacts: [
    { customer: 0, day: d("2025-06-01") },
    { customer: 1, day: d("2025-06-01") },
    { customer: 2, day: d("2025-06-01") },
  ],
});
const analysis = {
  valueTier: Int8Array.of(0, 1, 2),
  churnLevel: Int8Array.of(2, 2, 2),
  lifecycleStage: Int8Array.of(3, 3, 3),
  monetary: Float64Array.of(8_000, 6_000, 500),
  churnProbability: Float64Array.of(0.2, 0.2, 0.2),
  churnReasons: { codes: new Int8Array(9).fill(-1), figures: new Float64Array(36) },
} as unknown as CustomerAnalysis;
const schedule = scheduleFollowUps({
  dataset,
  analysis,
  lastPurchase: Float64Array.of(d("2025-06-01"), d("2025-06-01"), d("2025-12-01")),
  rules: followUpRulesSchema.parse({
    birthdayCare: false,
    holidayCare: false,
    absentOwners: ["王"],
  }),
  asOf,
});
const caller = {
  analysis,
  lastPurchase: Float64Array.of(NaN, NaN, NaN),
  asOf,
  mask: false,
  churnLevels: DEFAULTS.churn.levels,
};
const cells = (lang: "zh-CN" | "en-US") => {
  const t = followUpTable(schedule, dataset, lang, caller);
  const texts = [t.sheetName, ...t.columns.map((c) => c.header)];
  for (const row of t.rows(0, t.rowCount))
    for (const cell of row) if (typeof cell === "string") texts.push(cell);
  return { t, texts };
};

describe("follow-up schedule tab words", () => {
  test("a row's notes are joined in its language: no full-width signs in English", () => {
    const en = cells("en-US");
    const note = en.t.columns.findIndex((c) => c.key === "note");
    const notes = en.t.rows(0, en.t.rowCount).map((r) => r[note]);
    expect(notes).toContainEqual(
      expect.stringMatching(
        /^\d+ days? overdue by the follow-up date; Owner assigned in rotation$/,
      ),
    );
    // Customer names are the user's data (Chinese here); every other English text is ASCII-punctuated.
    const ours = en.texts.filter((t) => !/公司|王|李/.test(t));
    expect(ours.filter((t) => FULL_WIDTH.test(t))).toEqual([]);
    const zh = cells("zh-CN");
    const zhNotes = zh.t.rows(0, zh.t.rowCount).map((r) => r[note]);
    expect(zhNotes).toContainEqual(
      expect.stringMatching(/^到回访日期逾期 \d+ 天；轮流分配的负责人$/),
    );
  });

  test("talking points read as one sentence in each language", () => {
    const col = (t: { columns: { key: string }[] }) =>
      t.columns.findIndex((c) => c.key === "talkingPoint");
    const c1 = (lang: "zh-CN" | "en-US") => {
      const { t } = cells(lang);
      const id = t.columns.findIndex((c) => c.key === "customerId");
      return t.rows(0, t.rowCount).find((r) => r[id] === "C1")![col(t)];
    };
    // The last contact on the Contacts sheet on a line of its own (stop 44; no channel or owner
    // in this data: its date alone).
    expect(c1("en-US")).toBe(
      "1 open complaint (oldest 10 days); weakest in the last survey: delivery 1/5\nLast contact: 2025-06-01",
    );
    expect(c1("zh-CN")).toBe(
      "1 个投诉未解决（最久 10 天）；最近评价最低：交付 1/5\n上次联系：2025-06-01",
    );
  });

  test("each row names its own last contact: one day's words told apart by channel and owner", () => {
    // The three last contacts share their day; the tab puts each day, channel and owner into
    // words once (followUpTab.ts lastContactOf), so a memo keyed too loosely gives a row another's.
    const ds = smallDataset({
      asOf,
      customers,
      transactions: [0, 1, 2].map((customer) => ({ customer, day: d("2025-06-01"), amount: 500 })),
      contacts: [0, 1, 2].map((customer) => ({ customer, day: d("2025-06-01") })),
    });
    ds.contacts!.channel.set([0, 0, 1]);
    ds.contacts!.owner.splice(0, 3, "王", "李", "王");
    const sched = scheduleFollowUps({
      dataset: ds,
      analysis,
      lastPurchase: Float64Array.of(d("2025-06-01"), d("2025-06-01"), d("2025-06-01")),
      rules: followUpRulesSchema.parse({ birthdayCare: false, holidayCare: false }),
      asOf,
    });
    const t = followUpTable(sched, ds, "zh-CN", caller);
    const id = t.columns.findIndex((c) => c.key === "customerId");
    const point = t.columns.findIndex((c) => c.key === "talkingPoint");
    const points = talkingPoints(ds, asOf);
    const seen = new Set<string>();
    for (const row of t.rows(0, t.rowCount)) {
      const c = ["C1", "C2", "C3"].indexOf(row[id] as string);
      const words = lastContactText(points, ds, c, "zh-CN");
      expect((row[point] as string).split("\n").at(-1)).toBe(words);
      seen.add(words);
    }
    expect(seen.size).toBe(3);
  });
});
