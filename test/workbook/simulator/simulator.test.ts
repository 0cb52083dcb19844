import {
  createSimulatedExcel,
  PAYLOAD_LIMIT_BYTES,
  SimWorkbook,
  sheetNameProblem,
} from "../../../src/workbook/simulator";
import { enterValue } from "../../../src/workbook/simulator/coerce";
import {
  jsonByteLength,
  OPERATION_ENVELOPE_BYTES,
  utf8Length,
} from "../../../src/workbook/simulator/payload";
import fc from "fast-check";

function sim(
  sheets: Record<string, (string | number | boolean | null)[][]> = { Sheet1: [["a", 1]] },
) {
  const wb = SimWorkbook.fromSheets(sheets);
  return { wb, ...createSimulatedExcel(wb) };
}

async function codeOf(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return undefined;
}

describe("load and sync", () => {
  test("reading a property before load + sync throws PropertyNotLoaded", async () => {
    const { run } = sim();
    const code = await codeOf(
      run(async (context) => {
        const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
        return r.values;
      }),
    );
    expect(code).toBe("PropertyNotLoaded");
    const code2 = await codeOf(
      run(async (context) => {
        const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
        r.load("values");
        return r.values; // loaded but not yet synced
      }),
    );
    expect(code2).toBe("PropertyNotLoaded");
  });

  test("values read are a snapshot taken at sync time", async () => {
    const { run } = sim();
    const [before, after] = await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const r = sheet.getRange("B1");
      r.load("values");
      await context.sync();
      const before = r.values[0][0];
      sheet.getRange("B1").values = [[2]];
      await context.sync();
      const again = sheet.getRange("B1");
      again.load("values");
      await context.sync();
      return [before, again.values[0][0], r.values[0][0]];
    });
    expect(before).toBe(1);
    expect(after).toBe(2);
  });

  test("writes take effect at sync, not before; Excel.run syncs what is left at the end", async () => {
    const { wb, run } = sim();
    await run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("C1").values = [["x"]];
      expect(wb.sheet("Sheet1").value(0, 2)).toBeUndefined();
    });
    expect(wb.sheet("Sheet1").value(0, 2)).toBe("x");
  });

  test("getItem of a missing sheet fails at sync with ItemNotFound; OrNullObject gives a null object", async () => {
    const { run } = sim();
    expect(
      await codeOf(
        run(async (context) => {
          context.workbook.worksheets.getItem("Nope");
          await context.sync();
        }),
      ),
    ).toBe("ItemNotFound");
    const isNull = await run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject("Nope");
      await context.sync();
      return ws.isNullObject;
    });
    expect(isNull).toBe(true);
  });

  test("an operation that fails stops the batch; earlier operations stay applied", async () => {
    const { wb, run } = sim();
    const code = await codeOf(
      run(async (context) => {
        const ws = context.workbook.worksheets.getItem("Sheet1");
        ws.getRange("D1").values = [["done"]];
        ws.getRange("E1:F1").values = [["too", "many", "cells"]];
        ws.getRange("G1").values = [["never"]];
        await context.sync();
      }),
    );
    expect(code).toBe("InvalidArgument");
    expect(wb.sheet("Sheet1").value(0, 3)).toBe("done");
    expect(wb.sheet("Sheet1").value(0, 6)).toBeUndefined();
  });

  test("proxies cannot be used after their Excel.run has finished", async () => {
    const { run } = sim();
    const ws = await run(async (context) => context.workbook.worksheets.getItem("Sheet1"));
    expect(() => ws.getRange("A1").load("values")).toThrow(/object path/);
  });

  test("collections load their items; items is unavailable before", async () => {
    const { run } = sim({ A: [["1"]], B: [] });
    const names = await run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow();
      sheets.load("items/name,items/position");
      await context.sync();
      return sheets.items.map((s) => `${s.position}:${s.name}`);
    });
    expect(names).toEqual(["0:A", "1:B"]);
  });
});

describe("payload limits", () => {
  test("a request over 5 MB throws RequestPayloadSizeLimitExceeded and changes nothing", async () => {
    const { wb, run } = sim();
    const rows = 60_000;
    const big = Array.from({ length: rows }, (_, i) => [`row ${i} `.padEnd(100, "x")]);
    expect(jsonByteLength(big)).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    const code = await codeOf(
      run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(10, 0, rows, 1).values =
          big;
        await context.sync();
      }),
    );
    expect(code).toBe("RequestPayloadSizeLimitExceeded");
    expect(wb.sheet("Sheet1").value(10, 0)).toBeUndefined();
    expect(wb.stats.maxRequestBytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
  });

  test("a response over 5 MB throws ResponsePayloadSizeLimitExceeded", async () => {
    const wb = new SimWorkbook();
    wb.addSheetColumns("Big", [
      Array.from({ length: 60_000 }, (_, i) => `value ${i}`.padEnd(100, "y")),
    ]);
    const { run } = createSimulatedExcel(wb);
    const code = await codeOf(
      run(async (context) => {
        const r = context.workbook.worksheets.getItem("Big").getUsedRange(true);
        r.load("values");
        await context.sync();
      }),
    );
    expect(code).toBe("ResponsePayloadSizeLimitExceeded");
    expect(wb.stats.maxResponseBytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
  });

  test("reading more than 5,000,000 cells at once throws RangeExceedsLimit", async () => {
    const { run } = sim();
    const code = await codeOf(
      run(async (context) => {
        const r = context.workbook.worksheets.getItem("Sheet1").getRange("A:E"); // 5 × 1,048,576 cells
        r.load("values");
        await context.sync();
      }),
    );
    expect(code).toBe("RangeExceedsLimit");
  });

  test("utf8Length and jsonByteLength agree with TextEncoder (any Unicode, lone surrogates too)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(
            fc.oneof(
              fc.string({ unit: "binary" }),
              fc.string({ unit: "grapheme" }),
              fc.integer(),
              fc.double({ noNaN: true, noDefaultInfinity: true }),
              fc.boolean(),
              fc.constant(null),
            ),
          ),
        ),
        (grid) => {
          const text = JSON.stringify(grid);
          expect(jsonByteLength(grid)).toBe(new TextEncoder().encode(text).length);
          expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
        },
      ),
    );
  });

  test("a request is sized from the operations as queued: names, arguments, values, envelopes", async () => {
    const { wb, run } = sim();
    const values = [["客户编号", 1.5, true, null]];
    const formats = [["@", "0.00", "General", "@"]];
    await run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(2, 0, 1, 4);
      r.numberFormat = formats;
      r.values = values;
      await context.sync();
    });
    const ops = [
      { m: "getItem", a: ["Sheet1"] },
      { m: "getRangeByIndexes", a: [2, 0, 1, 4] },
      { m: "numberFormat", a: formats },
      { m: "values", a: values },
    ];
    const expected =
      200 +
      ops.reduce(
        (n, op) =>
          n + new TextEncoder().encode(JSON.stringify(op)).length + OPERATION_ENVELOPE_BYTES,
        0,
      );
    expect(wb.stats.log[0]).toMatchObject({ operations: 4, requestBytes: expected });
  });
});

describe("what Excel makes of written values", () => {
  test("formula-looking strings become formulas in General cells and stay text under @", async () => {
    const { wb, run } = sim();
    const inputs = [
      '=HYPERLINK("http://x","y")',
      "+86 138 0013 8000",
      "-abc",
      "@x",
      "-12",
      "00123",
      "1,234",
      "12%",
      "2025-03-07",
      "TRUE",
      "'=kept",
    ];
    await run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRangeByIndexes(1, 0, inputs.length, 1).values = inputs.map((v) => [v]);
      const text = ws.getRangeByIndexes(1, 1, inputs.length, 1);
      text.numberFormat = inputs.map(() => ["@"]);
      text.values = inputs.map((v) => [v]);
    });
    const s = wb.sheet("Sheet1");
    expect(s.formula(1, 0)).toBe('=HYPERLINK("http://x","y")');
    expect(s.formula(2, 0)).toBe("=+86 138 0013 8000");
    expect(s.formula(3, 0)).toBe("=-abc");
    expect(s.formula(4, 0)).toBe("=@x");
    expect([5, 6, 7, 8, 9, 10, 11].map((r) => s.value(r, 0))).toEqual([
      -12,
      123,
      1234,
      0.12,
      45723,
      true,
      "=kept",
    ]);
    expect(s.format(9, 0)).toBe("yyyy-mm-dd");
    for (let i = 0; i < inputs.length; i++) {
      expect(s.value(1 + i, 1)).toBe(inputs[i]);
      expect(s.formula(1 + i, 1)).toBeUndefined();
    }
  });

  test("any string under @ stays exactly the string (property)", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (text) => {
        expect(enterValue(text, "@")).toEqual({ value: text });
      }),
    );
  });

  test("null leaves a cell unchanged, empty string clears it", async () => {
    const { wb, run } = sim({ S: [["keep", "clear"]] });
    await run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1:B1").values = [[null, ""]];
    });
    expect(wb.sheet("S").value(0, 0)).toBe("keep");
    expect(wb.sheet("S").value(0, 1)).toBeUndefined();
  });
});

describe("sheets", () => {
  test.each([
    ["a".repeat(32), "InvalidArgument"],
    ["a:b", "InvalidArgument"],
    ["a[1]", "InvalidArgument"],
    ["  ", "InvalidArgument"],
    ["'quoted'", "InvalidArgument"],
    ["History", "InvalidArgument"],
    ["sheet1", "ItemAlreadyExists"],
  ])("adding a sheet named %j fails with %s", async (name, code) => {
    const { run } = sim();
    expect(
      await codeOf(
        run(async (context) => {
          context.workbook.worksheets.add(name);
          await context.sync();
        }),
      ),
    ).toBe(code);
  });

  test("renaming to a taken name fails; a fine name works", async () => {
    const { wb, run } = sim({ A: [], B: [] });
    expect(
      await codeOf(
        run(async (context) => {
          context.workbook.worksheets.getItem("A").name = "b";
          await context.sync();
        }),
      ),
    ).toBe("InvalidArgument");
    await run(async (context) => {
      context.workbook.worksheets.getItem("A").name = "客户分类 (2)";
    });
    expect(wb.sheetNames()).toEqual(["客户分类 (2)", "B"]);
  });

  test("sheetNameProblem accepts ordinary names, including Chinese and apostrophes inside", () => {
    expect(sheetNameProblem("客户分类", [])).toBeNull();
    expect(sheetNameProblem("Sam's data", [])).toBeNull();
    expect(sheetNameProblem("a".repeat(31), [])).toBeNull();
  });

  test("used range starts at the first used cell; blank sheet: A1 from getUsedRange, null object from OrNullObject", async () => {
    const wb = new SimWorkbook();
    wb.addSheetColumns(
      "Data",
      [
        ["h", "x"],
        ["i", "y"],
      ],
      { row: 4, column: 2 },
    );
    wb.addSheet("Blank");
    const { run } = createSimulatedExcel(wb);
    const out = await run(async (context) => {
      const used = context.workbook.worksheets.getItem("Data").getUsedRange(true);
      used.load("address,rowIndex,columnIndex,rowCount,columnCount");
      const blank = context.workbook.worksheets.getItem("Blank").getUsedRangeOrNullObject(true);
      const blankA1 = context.workbook.worksheets.getItem("Blank").getUsedRange();
      blankA1.load("address");
      await context.sync();
      return {
        address: used.address,
        rowIndex: used.rowIndex,
        columns: used.columnCount,
        blankIsNull: blank.isNullObject,
        a1: blankA1.address,
      };
    });
    expect(out).toEqual({
      address: "Data!C5:D6",
      rowIndex: 4,
      columns: 2,
      blankIsNull: true,
      a1: "Blank!A1",
    });
  });

  test("the last visible sheet cannot be hidden or deleted", async () => {
    const { run } = sim({ Only: [] });
    expect(
      await codeOf(
        run(async (context) => {
          context.workbook.worksheets.getItem("Only").visibility = "Hidden";
          await context.sync();
        }),
      ),
    ).toBe("InvalidOperation");
  });

  test("wrapText and rowHeight are kept per cell and per row, null where a block is mixed", async () => {
    // Excel.RangeFormat.wrapText / rowHeight: "null ... doesn't have a uniform" setting / height.
    const { wb, run } = sim({
      W: [
        ["a", "b"],
        ["c", "d"],
      ],
    });
    await run(async (context) => {
      const ws = context.workbook.worksheets.getItem("W");
      ws.getRange("A1:B1").format.wrapText = true;
      ws.getRange("A1").format.rowHeight = 30;
    });
    const s = wb.sheet("W");
    expect([s.wrapped.get(0), s.wrapped.get(1), s.wrapped.get(16384)]).toEqual([
      true,
      true,
      undefined,
    ]);
    expect(s.rowHeights.get(0)).toBe(30);
    const read = await run(async (context) => {
      const ws = context.workbook.worksheets.getItem("W");
      const row1 = ws.getRange("A1:B1").format.load("wrapText,rowHeight");
      const all = ws.getRange("A1:B2").format.load("wrapText,rowHeight");
      const row2 = ws.getRange("A2").format.load("wrapText,rowHeight");
      await context.sync();
      return [
        row1.wrapText,
        row1.rowHeight,
        all.wrapText,
        all.rowHeight,
        row2.wrapText,
        row2.rowHeight,
      ];
    });
    expect(read).toEqual([true, 30, null, null, false, 15]);
    expect(
      await codeOf(
        run(async (context) => {
          context.workbook.worksheets.getItem("W").getRange("A1").format.rowHeight = 410;
          await context.sync();
        }),
      ),
    ).toBe("InvalidArgument");
    await run(async (context) =>
      context.workbook.worksheets.getItem("W").protection.protect({ allowFormatCells: true }),
    );
    // Formatting cells is allowed, formatting rows is not (Excel's WorksheetProtectionOptions).
    await run(async (context) => {
      context.workbook.worksheets.getItem("W").getRange("A2").format.wrapText = true;
    });
    expect(s.wrapped.get(16384)).toBe(true);
    expect(
      await codeOf(
        run(async (context) => {
          context.workbook.worksheets.getItem("W").getRange("A2").format.rowHeight = 20;
          await context.sync();
        }),
      ),
    ).toBe("AccessDenied");
  });

  test("a protected sheet refuses writes with AccessDenied until unprotected", async () => {
    const { wb, run } = sim({ P: [["x"]] });
    await run(async (context) =>
      context.workbook.worksheets.getItem("P").protection.protect({ allowAutoFilter: true }),
    );
    expect(
      await codeOf(
        run(async (context) => {
          context.workbook.worksheets.getItem("P").getRange("A1").values = [["y"]];
          await context.sync();
        }),
      ),
    ).toBe("AccessDenied");
    await run(async (context) => {
      const ws = context.workbook.worksheets.getItem("P");
      ws.protection.unprotect();
      ws.getRange("A1").values = [["y"]];
    });
    expect(wb.sheet("P").value(0, 0)).toBe("y");
  });
});

describe("tables, names, charts, settings", () => {
  test("tables get unique text headers and default names; names follow renames and go #REF! on delete", async () => {
    const { wb, run } = sim({
      T: [
        ["id", "id", null],
        [1, 2, 3],
      ],
      Other: [],
    });
    await run(async (context) => {
      const ws = context.workbook.worksheets.getItem("T");
      ws.tables.add(ws.getRange("A1:C2"), true);
      context.workbook.names.add("CA_TAB_segments", ws.getRange("A1"));
      ws.freezePanes.freezeRows(1);
      const chart = ws.charts.add("Pie", ws.getRange("A1:B2"), "Auto");
      chart.title.text = "Share";
      await context.sync();
      ws.name = "Renamed sheet";
    });
    const t = wb.tables[0];
    expect(t.name).toBe("Table1");
    expect(wb.sheet("Renamed sheet").toGrid()[0]).toEqual(["id", "id2", "Column3"]);
    expect(wb.definedNames()).toEqual({ CA_TAB_segments: "='Renamed sheet'!$A$1" });
    expect(wb.sheet("Renamed sheet").frozenRows).toBe(1);
    expect(wb.sheet("Renamed sheet").charts[0]).toMatchObject({ type: "Pie", title: "Share" });
    await run(async (context) => context.workbook.worksheets.getItem("Renamed sheet").delete());
    expect(wb.definedNames()).toEqual({ CA_TAB_segments: "=#REF!$A$1" });
    expect(wb.tables).toHaveLength(0);
  });

  test("a table's name is a workbook name (Excel's rules, unique with defined names ignoring case, ≤ 255 characters); its id survives a rename; a sheet may share it", async () => {
    const { wb, run } = sim({ 客户分类: [["a"], [1]], Other: [["b"], [2]] });
    // By id, as getItem takes a name or an id: the name changes.
    const rename = (name: string) =>
      run(async (context) => {
        context.workbook.tables.getItem(wb.tables[0].id).name = name;
      });
    await run(async (context) => {
      context.workbook.worksheets.getItem("客户分类").tables.add("A1:A2", true);
      context.workbook.names.add(
        "回访计划",
        context.workbook.worksheets.getItem("Other").getRange("B1"),
      );
    });
    const id = wb.tables[0].id;
    await expect(rename("x".repeat(256))).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(rename("回访计划")).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    await expect(rename("A1")).rejects.toMatchObject({ code: "InvalidArgument" });
    await rename("x".repeat(255));
    await rename("客户分类"); // the sheet's own name
    expect(wb.tables.map((t) => [t.id, t.name, t.sheet.name])).toEqual([
      [id, "客户分类", "客户分类"],
    ]);
    await run(async (context) => {
      context.workbook.worksheets.getItem("Other").tables.add("A1:A2", true);
    });
    const renameSecond = (name: string) =>
      run(async (context) => {
        context.workbook.tables.getItem("Table2").name = name;
      });
    await expect(renameSecond("客户分类")).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    await rename("Segments");
    await expect(renameSecond("SEGMENTS")).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });

  test("settings round-trip as JSON and can be deleted", async () => {
    const { wb, run } = sim();
    await run(async (context) => {
      context.workbook.settings.add("k", { a: [1, "二"] });
    });
    const value = await run(async (context) => {
      const s = context.workbook.settings.getItemOrNullObject("k");
      s.load("value");
      const missing = context.workbook.settings.getItemOrNullObject("none");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      return s.value;
    });
    expect(value).toEqual({ a: [1, "二"] });
    await run(async (context) => context.workbook.settings.getItem("k").delete());
    expect(wb.settings.size).toBe(0);
  });
});

describe("collections", () => {
  test("getItem of a missing table, name or setting fails with ItemNotFound; OrNullObject gives null objects", async () => {
    const { run } = sim();
    for (const pick of [
      (c: Excel.RequestContext) => c.workbook.tables.getItem("Nope"),
      (c: Excel.RequestContext) => c.workbook.names.getItem("Nope"),
      (c: Excel.RequestContext) => c.workbook.settings.getItem("Nope"),
    ]) {
      const code = await codeOf(
        run(async (context) => {
          pick(context).load();
          await context.sync();
        }),
      );
      expect(code).toBe("ItemNotFound");
    }
    const nulls = await run(async (context) => {
      const found = [
        context.workbook.tables.getItemOrNullObject("Nope"),
        context.workbook.names.getItemOrNullObject("Nope"),
        context.workbook.worksheets.getItemOrNullObject("Sheet1"),
      ];
      await context.sync();
      return found.map((f) => f.isNullObject);
    });
    expect(nulls).toEqual([true, true, false]);
  });

  test("getCount counts the members when its sync runs: a sheet's own tables, sheets added since", async () => {
    const { run } = sim({ A: [["x"], [1]], B: [["y"], [2]] });
    const counts = await run(async (context) => {
      const sheets = context.workbook.worksheets;
      const a = sheets.getItem("A");
      a.tables.add("A1:A2", true);
      sheets.getItem("B").tables.add("A1:A2", true);
      const before = sheets.getCount();
      const onA = a.tables.getCount();
      const all = context.workbook.tables.getCount();
      await context.sync();
      sheets.add("C");
      const after = sheets.getCount();
      await context.sync();
      return [before.value, onA.value, all.value, after.value];
    });
    expect(counts).toEqual([2, 1, 2, 3]);
  });

  test("items of tables, names, charts and settings load the properties asked for", async () => {
    const { run } = sim({
      T: [
        ["h", "v"],
        ["a", 1],
      ],
    });
    const loaded = await run(async (context) => {
      const ws = context.workbook.worksheets.getItem("T");
      ws.tables.add("A1:B2", true);
      context.workbook.names.add("Total", "T!B2");
      ws.charts.add("Pie", ws.getRange("A1:B2"));
      context.workbook.settings.add("k", 7);
      const collections = [
        ws.tables.load("items/name"),
        context.workbook.names.load("items/name,items/formula"),
        ws.charts.load("items/name,items/chartType"),
        context.workbook.settings.load("items/key,items/value"),
      ];
      await context.sync();
      return collections.map((c) => c.items.map((item) => item.toJSON()));
    });
    expect(loaded).toEqual([
      [{ name: "Table1" }],
      [{ name: "Total", formula: "=T!$B$2" }],
      [{ name: "Chart 1", chartType: "Pie" }],
      [{ key: "k", value: 7 }],
    ]);
  });
});

describe("cell formats", () => {
  test("fill, bold and clear apply to every cell of the block", async () => {
    const { wb, run } = sim({
      S: [
        ["a", "b"],
        ["c", "d"],
      ],
    });
    const colors = await run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      ws.getRange("A1:B2").format.fill.color = "#ff0000";
      ws.getRange("A1:B1").format.font.bold = true;
      ws.getRange("B2").format.fill.clear();
      const block = ws.getRange("A1:B2").format.fill.load("color");
      const row = ws.getRange("A1:B1").format.fill.load("color");
      await context.sync();
      return [block.toJSON().color, row.toJSON().color];
    });
    expect(colors).toEqual([null, "#FF0000"]);
    const sheet = wb.sheet("S");
    expect([...sheet.fills.values()]).toEqual(["#FF0000", "#FF0000", "#FF0000"]);
    expect([...sheet.bold.values()]).toEqual([true, true]);
    await run(async (context) =>
      context.workbook.worksheets.getItem("S").getRange("A1:A2").clear(),
    );
    expect(sheet.toGrid()).toEqual([
      [null, "b"],
      [null, "d"],
    ]);
    expect(sheet.fills.size).toBe(1);
  });
});

describe("fault injection and stats", () => {
  test("failSync makes the chosen sync fail with the code given", async () => {
    const { wb, run } = sim();
    wb.failSync(2, "GeneralException");
    const results: string[] = [];
    await run(async (context) => {
      await context.sync();
      results.push("first ok");
      try {
        await context.sync();
      } catch (e) {
        results.push((e as { code: string }).code);
      }
      await context.sync();
      results.push("third ok");
    });
    expect(results).toEqual(["first ok", "GeneralException", "third ok"]);
  });

  test("failOperation fails one operation of a sync: earlier ones stay applied, later ones never run", async () => {
    const { wb, run } = sim();
    wb.failOperation(1, 4, "ItemAlreadyExists");
    const code = await codeOf(
      run(async (context) => {
        const ws = context.workbook.worksheets.getItem("Sheet1"); // 1
        ws.getRange("B2").values = [["kept"]]; // 2 (getRange), 3 (values)
        ws.name = "Renamed"; // 4: fails
        ws.getRange("C3").values = [["never"]]; // 5, 6
        await context.sync();
      }),
    );
    expect(code).toBe("ItemAlreadyExists");
    expect(wb.sheetNames()).toEqual(["Sheet1"]);
    expect(wb.sheet("Sheet1").value(1, 1)).toBe("kept");
    expect(wb.sheet("Sheet1").value(2, 2)).toBeUndefined();
    expect(wb.stats.log[0].operations).toBe(6);
    // The fault was used up: the same batch now goes through.
    await run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").name = "Renamed";
    });
    expect(wb.sheetNames()).toEqual(["Renamed"]);
  });

  test("syncs that write record whether calculation and screen updating were suspended", async () => {
    const { wb, run } = sim();
    await run(async (context) => {
      context.application.suspendApiCalculationUntilNextSync();
      context.application.suspendScreenUpdatingUntilNextSync();
      context.workbook.worksheets.getItem("Sheet1").getRange("A2").values = [[1]];
      await context.sync();
      context.workbook.worksheets.getItem("Sheet1").getRange("A3").values = [[1]];
      await context.sync();
    });
    expect(wb.stats.log.map((l) => [l.suspendedCalculation, l.suspendedScreenUpdating])).toEqual([
      [true, true],
      [false, false],
    ]);
    expect(wb.stats.unsuspendedWrites).toBe(1);
  });
});

test("a 1,000,000-row × 6-column sheet is stored and read back in chunks quickly", async () => {
  const rows = 1_000_000;
  const cols = Array.from({ length: 6 }, (_, c) =>
    Array.from({ length: rows }, (_, r) => (c === 0 ? `C${r}` : r * c)),
  );
  const wb = new SimWorkbook();
  wb.addSheetColumns("Big", cols);
  const { run } = createSimulatedExcel(wb);
  let seen = 0;
  let last: unknown = null;
  await run(async (context) => {
    const ws = context.workbook.worksheets.getItem("Big");
    for (let r = 0; r < rows; r += 100_000) {
      const range = ws.getRangeByIndexes(r, 0, 100_000, 6);
      range.load("values");
      await context.sync();
      seen += range.values.length;
      last = range.values[range.values.length - 1];
    }
  });
  expect(seen).toBe(rows);
  expect(last).toEqual([
    `C${rows - 1}`,
    rows - 1,
    2 * (rows - 1),
    3 * (rows - 1),
    4 * (rows - 1),
    5 * (rows - 1),
  ]);
  // No wall-time assertion: on a busy 2-core machine this took 20 s (npm run bench measures speed).
});
