import type { Cell } from "../../../src/engine/cells";
import {
  applyOutputLimits,
  CELL_MAX_CHARS,
  fitCellText,
  rowLimitOf,
  safeCell,
  shownRows,
} from "../../../src/engine/report/limits";
import { rowReader, tableOf, type ReportTable } from "../../../src/engine/report/table";
import { defaultRules, parseRuleSet } from "../../../src/engine/rules";
import { analyzeWorkbook } from "../../../src/engine/analyze";
import { analysisTables } from "../../../src/engine/report/tabs";
import { sampleSource } from "../../../src/sample/source";

// Issue 14 item 5 (policy): output past Excel's limits was written without a word.

function numbered(tab: ReportTable["tab"], sheetName: string, n: number): ReportTable {
  const rows: Cell[][] = Array.from({ length: n }, (_, i) => [i + 1, `row ${i + 1}`]);
  return tableOf(
    tab,
    sheetName,
    [
      { key: "n", header: "N", format: "integer" },
      { key: "text", header: "Text", format: "text" },
    ],
    rows,
  );
}

const place = () => "the JSON result";

describe("output limits", () => {
  test("the registry names the policy of each big tab", () => {
    expect(rowLimitOf("followUps")).toBe("worklist");
    expect(rowLimitOf("dataQuality")).toBe("worklist");
    expect(rowLimitOf("segments")).toBe("continue");
    expect(rowLimitOf("overview")).toBeUndefined();
  });

  test("a worklist past the cap shows the cap and a last row saying how many more and where", () => {
    const full = numbered("dataQuality", "Data quality", 25);
    const { tables, capped } = applyOutputLimits([full], {
      lang: "en-US",
      worklistRows: 10,
      fullListsAt: place,
    });
    const [t] = tables;
    expect(t.rowCount).toBe(11);
    const rows = t.rows(0, t.rowCount);
    expect(rows.slice(0, 10).map((r) => r[0])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(rows[10][0]).toBe(
      "15 more rows not shown (of 25; more than the rule set's limits.worklistRows); the complete list is in the JSON result",
    );
    expect(t.rows(8, 11).map((r) => r[0])).toEqual([9, 10, rows[10][0]]);
    expect(capped).toEqual([expect.objectContaining({ tab: "dataQuality", shown: 10, total: 25 })]);
    expect(capped[0].full.rowCount).toBe(25);
  });

  test("a worklist within the cap is untouched; the Chinese summary reads in Chinese", () => {
    const small = applyOutputLimits([numbered("followUps", "回访计划", 10)], {
      lang: "zh-CN",
      worklistRows: 10,
      fullListsAt: () => "JSON 结果",
    });
    expect(small.tables[0].rowCount).toBe(10);
    const big = applyOutputLimits([numbered("followUps", "回访计划", 12)], {
      lang: "zh-CN",
      worklistRows: 10,
      fullListsAt: () => "JSON 结果",
    });
    expect(big.tables[0].rows(10, 11)[0][0]).toMatch(
      /^还有 2 行未列出（共 12 行.*完整列表见JSON 结果$/,
    );
  });

  test("a data tab past a worksheet's rows continues on numbered tabs, no row lost", () => {
    const { tables } = applyOutputLimits([numbered("segments", "Customer segments", 7)], {
      lang: "en-US",
      worklistRows: 100,
      fullListsAt: place,
      sheetRows: 4, // header + 3 rows
    });
    expect(tables.map((t) => [t.sheetName, t.part, t.rowCount])).toEqual([
      ["Customer segments", 1, 3],
      ["Customer segments (2)", 2, 3],
      ["Customer segments (3)", 3, 1],
    ]);
    const all = tables.flatMap((t) => t.rows(0, t.rowCount).map((r) => r[0]));
    expect(all).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  test("a worklist never passes a worksheet's rows, whatever the cap", () => {
    const { tables } = applyOutputLimits([numbered("followUps", "Follow-up schedule", 9)], {
      lang: "en-US",
      worklistRows: 1_000_000,
      fullListsAt: place,
      sheetRows: 6,
    });
    expect(tables[0].rowCount).toBe(5); // 4 rows + the summary, under a header
  });

  test("no NaN or Infinity reaches a cell; text is cut at 32,767 characters with a marker", () => {
    const long = "客".repeat(40_000);
    const table = tableOf(
      "segments",
      "Customer segments",
      [
        { key: "a", header: "A", format: "number" },
        { key: "b", header: "B", format: "number" },
        { key: "c", header: "C", format: "text" },
      ],
      [[NaN, -Infinity, long]],
    );
    const { tables } = applyOutputLimits([table], {
      lang: "en-US",
      worklistRows: 10,
      fullListsAt: place,
    });
    const [row] = tables[0].rows(0, 1);
    expect(row[0]).toBeNull();
    expect(row[1]).toBeNull();
    const cut = row[2] as string;
    expect(cut.length).toBe(CELL_MAX_CHARS);
    expect(cut.startsWith("客客客")).toBe(true);
    expect(cut).toMatch(/\[cut: 40000 characters.*full text in the JSON result\]$/);
    expect(safeCell(Infinity, "zh-CN")).toBeNull();
    expect(safeCell("😀".repeat(20_000), "zh-CN") as string).not.toMatch(/[\ud800-\udbff]…/);
  });

  test("a table naming its input text columns has only those checked (stop 32: 4.5 million cells at 100,000 customers)", () => {
    const long = "x".repeat(40_000);
    const reads = new Set<number>();
    const watched = (row: Cell[]): Cell[] =>
      new Proxy(row, {
        get(target, key, receiver) {
          if (typeof key === "string" && /^\d+$/.test(key)) reads.add(Number(key));
          return Reflect.get(target, key, receiver) as unknown;
        },
      });
    const base = tableOf(
      "segments",
      "Customer segments",
      [
        { key: "n", header: "N", format: "number" },
        { key: "name", header: "Name", format: "text" },
        { key: "label", header: "Label", format: "text" },
      ],
      [],
    );
    const table: ReportTable = {
      ...base,
      rowCount: 1,
      rows: () => [watched([1.5, long, "engine words"])],
      inputTextColumns: [1],
    };
    const { tables } = applyOutputLimits([table], {
      lang: "en-US",
      worklistRows: 10,
      fullListsAt: place,
    });
    const [row] = tables[0].rows(0, 1);
    expect([...reads]).toEqual([1]);
    expect((row[1] as string).length).toBe(CELL_MAX_CHARS);
    expect(row[0]).toBe(1.5);
  });

  test("fitCellText: the one cut at a cell's limit (engine tables and the file writer)", () => {
    const short = "x".repeat(CELL_MAX_CHARS);
    expect(fitCellText(short, "en-US")).toBe(short);
    const zh = fitCellText("长".repeat(CELL_MAX_CHARS + 1), "zh-CN");
    expect(zh.length).toBe(CELL_MAX_CHARS);
    expect(zh).toMatch(/已截断：原文 32768 字符.*全文见 JSON 结果］$/);
    // A surrogate pair at the cut is kept whole: one unit shorter, never half a character.
    const emoji = fitCellText("😀".repeat(20_000), "en-US");
    expect(emoji.length).toBeLessThanOrEqual(CELL_MAX_CHARS);
    expect(emoji).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  test("the cap is a rule-set setting with a default", () => {
    expect(defaultRules().limits.worklistRows).toBe(100_000);
    const custom = parseRuleSet({ limits: { worklistRows: 50 } });
    expect(custom.ok && custom.rules.limits.worklistRows).toBe(50);
    const bad = parseRuleSet({ limits: { worklistRows: 0 } });
    expect(bad.ok).toBe(false);
  });
});

describe("the engine's tabs that name their input text columns", () => {
  test("hold finite numbers, null and the engine's short words in every other column", async () => {
    const sample = sampleSource({ customers: 300, transactions: 3000 });
    const a = await analyzeWorkbook(sample.source, { rules: defaultRules(), asOf: sample.asOf });
    // The input's texts (at least 4 characters: a one-character owner may be in any word).
    const c = a.dataset.customers;
    const inputs = new Set<string>();
    for (const list of [c.id, c.name, c.owner, c.region, c.phone, c.email])
      for (const v of list) if (typeof v === "string" && v.length >= 4) inputs.add(v);
    for (const v of a.dataset.transactions.products) if (v.length >= 4) inputs.add(v);
    const named = ["segments", "followUps", "atRisk"];
    for (const lang of ["zh-CN", "en-US"] as const) {
      const tables = analysisTables(a, lang, { at: 0, durationSeconds: 1, source: "cli" });
      for (const tab of named) {
        const t = tables.find((x) => x.tab === tab)!;
        const declared = new Set(t.inputTextColumns);
        expect(declared.size).toBeGreaterThan(0);
        const read = rowReader(t);
        for (let i = 0; i < t.rowCount; i++) {
          const row = read(i);
          row.forEach((v, k) => {
            if (declared.has(k)) return;
            if (typeof v === "number") expect([tab, k, Number.isFinite(v)]).toEqual([tab, k, true]);
            else if (typeof v === "string") {
              expect(v.length).toBeLessThan(2000);
              for (const text of inputs) if (v.includes(text)) expect([tab, k, v]).toBe(text);
            } else expect([tab, k, v]).toEqual([tab, k, null]);
          });
        }
      }
    }
  });
});

test("a capped worklist keeps the rows it is asked to keep (the schedule's typed rows: reviewer44 D13)", () => {
  expect(shownRows(5, [7, 9])).toEqual({ first: 3, kept: [7, 9] });
  // Kept rows before the cap take no place of their own.
  expect(shownRows(5, [1, 9])).toEqual({ first: 4, kept: [9] });
  expect(shownRows(5, [])).toEqual({ first: 5, kept: [] });
  // More to keep than the cap: the first of them.
  expect(shownRows(2, [4, 6, 8])).toEqual({ first: 0, kept: [4, 6] });
  const table = tableOf(
    "followUps",
    "回访计划",
    [{ key: "n", header: "n", format: "integer" }],
    Array.from({ length: 20 }, (_, i) => [i]),
  );
  const { tables } = applyOutputLimits([{ ...table, typedRows: [15, 2, 18] }], {
    lang: "zh-CN",
    worklistRows: 10,
    fullListsAt: () => "CSV",
  });
  const capped = tables[0];
  const read = rowReader(capped);
  const shown = Array.from({ length: capped.rowCount - 1 }, (_, i) => read(i)[0]);
  expect(shown).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 15, 18]);
  expect(capped.rows(7, 11).map((r) => r[0])).toEqual([7, 15, 18, expect.stringContaining("10")]);
});
