import { analyzeWorkbook } from "../../../src/engine/analyze";
import { moverReason } from "../../../src/engine/changes/words";
import { MOVES } from "../../../src/engine/changes/compare";
import { StateReader, stateTable } from "../../../src/engine/changes/state";
import type { Snapshot } from "../../../src/engine/changes/snapshot";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { epochDay } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";

/**
 * The Changes tab names the purchase a correction changed (tester63 L): 鸿运 春燕's 2026-11-06 order
 * corrected 3,400 → 3,040 read "截至 2026-12-06 的交易与上次运行读取的数据不同（被更正、补录或删
 * 除）…；消费金额 37,472 → 33,845", the row unnamed (ws/b1.xlsx → b2.xlsx); 美齿 高洁's 3,000 → 300.
 */

const WEEK1 = epochDay(2026, 12, 6);
const WEEK2 = epochDay(2026, 12, 13);

const customers = [
  ["客户编号", "客户名称"],
  ["A", "春燕"],
  ["B", "乙"],
  ["C", "丙"],
  ["D", "丁"],
  ["E", "戊"],
  ["F", "己"],
];
const head = ["客户编号", "日期", "金额"];
// Each has a few purchases; week 2's sheet corrects them one way each.
const week1 = [
  head,
  ["A", "2026-03-02", 5000],
  ["A", "2026-07-15", 4200],
  ["A", "2026-11-06", 3400],
  ["B", "2026-02-10", 800],
  ["B", "2026-09-10", 900],
  ["C", "2026-04-01", 1200],
  ["C", "2026-06-01", 1500],
  ["C", "2026-10-01", 1100],
  ["D", "2026-05-05", 700],
  ["D", "2026-08-05", 650],
  ["D", "2026-08-05", 120],
  ["E", "2026-01-20", 300],
  ["E", "2026-06-20", 400],
  ["E", "2026-10-20", 500],
  ["F", "2026-03-03", 2000],
  ["F", "2026-09-03", 2100],
];
const week2 = [
  head,
  ["A", "2026-03-02", 5000],
  ["A", "2026-07-15", 4200],
  // Row 4: corrected.
  ["A", "2026-11-06", 3040],
  ["B", "2026-02-10", 800],
  ["B", "2026-09-10", 900],
  // Row 7: added late.
  ["B", "2026-11-20", 650.5],
  ["C", "2026-04-01", 1200],
  // C's 06-01 row removed.
  ["C", "2026-10-01", 1100],
  // Row 11: D's second 08-05 row written on 08-15.
  ["D", "2026-05-05", 700],
  ["D", "2026-08-05", 650],
  ["D", "2026-08-15", 120],
  // Two of E's rows corrected.
  ["E", "2026-01-20", 30],
  ["E", "2026-06-20", 400],
  ["E", "2026-10-20", 50],
  ["F", "2026-03-03", 2000],
  ["F", "2026-09-03", 2100],
  ["F", "2026-12-10", 2200],
];

async function refresh(previous: (nov: Snapshot) => Snapshot) {
  const rules = defaultRules();
  const w1 = await analyzeWorkbook(memorySource({ 客户: customers, 交易: week1 }), {
    rules,
    asOf: WEEK1,
  });
  const w2 = await analyzeWorkbook(memorySource({ 客户: customers, 交易: week2 }), {
    rules,
    asOf: WEEK2,
    previous: previous(w1.snapshot!),
  });
  const c = w2.changes!;
  const reason = (id: string, lang: "zh-CN" | "en-US") => {
    const i = c.current.id.indexOf(id);
    return moverReason(c.comparison, c.previous, c.current, i, lang);
  };
  const move = (id: string) => MOVES[c.comparison.move[c.current.id.indexOf(id)]];
  return { reason, move };
}

describe("a corrected purchase is named on the Changes tab (tester63 L)", () => {
  test("one amount, one day, one row added or removed: the row named; more: the rows counted", async () => {
    const { reason, move } = await refresh((s) => s);
    for (const id of ["A", "B", "C", "D", "E"]) expect(move(id)).toBe("dataChanged");
    expect(reason("A", "zh-CN")).toMatch(
      /截至 2026-12-06 的交易有一笔被更正：2026-11-06 的 3,400 → 3,040（工作表“交易”第 4 行），并非新的购买；/,
    );
    expect(reason("A", "en-US")).toMatch(
      /A purchase up to 2026-12-06 was corrected: 2026-11-06, 3,400 → 3,040 \(sheet “交易”, row 4\), not new buying; /,
    );
    expect(reason("B", "zh-CN")).toMatch(
      /截至 2026-12-06 的交易补录了一笔：2026-11-20 的 650.5（工作表“交易”第 7 行），并非新的购买/,
    );
    expect(reason("C", "zh-CN")).toMatch(
      /截至 2026-12-06 的交易少了一笔：2026-06-01 的 1,500（上次运行读取过，这次没有这一行），并非新的购买/,
    );
    expect(reason("D", "zh-CN")).toMatch(
      /截至 2026-12-06 的交易有一笔改了日期：120 由 2026-08-05 改为 2026-08-15（工作表“交易”第 12 行），并非新的购买/,
    );
    expect(reason("E", "zh-CN")).toMatch(
      /截至 2026-12-06 的交易与上次运行读取的数据不同，不止一笔（被更正、补录或删除；上次 3 行，这次 3 行），并非新的购买/,
    );
    expect(reason("E", "en-US")).toMatch(
      /in more than one row .*3 rows then, 3 now\), not new buying/,
    );
    expect(move("F")).not.toBe("dataChanged");
  });

  test("read back from the run state the previous run wrote, the row is named the same", async () => {
    const { reason } = await refresh((nov) => {
      const t = stateTable(nov);
      const reader = new StateReader();
      reader.push([t.columns.map((c) => c.header), ...t.rows(0, t.rowCount)]);
      const back = reader.finish()!;
      expect(back.source).toBe("state");
      return back;
    });
    expect(reason("A", "zh-CN")).toContain(
      "截至 2026-12-06 的交易有一笔被更正：2026-11-06 的 3,400 → 3,040（工作表“交易”第 4 行）",
    );
    expect(reason("C", "en-US")).toContain(
      "A purchase up to 2026-12-06 was removed: 2026-06-01, 1,500 (the previous run read it, this one finds no such row), not new buying",
    );
  });
});
