import {
  codeStrings,
  compactReasons,
  decodeColumns,
  decodeStrings,
  jsonColumns,
  packStrings,
  STATE_ASIDE_MAX,
  stateColumns,
  stateSnapshot,
  unpackStrings,
  withoutRowColumns,
} from "../../src/cli/releaseRows";
import { blockStarts, packBlock, packCells } from "../../src/engine/changes/statePacked";
import { fromWire, toWire } from "../../src/cli/packedWire";
import { analyzeWorkbook, type Analysis } from "../../src/engine/analyze";
import { readWritten } from "../../src/engine/followUp/typedNotes";
import { memorySource } from "../../src/engine/ingest/memorySource";
import { epochDay } from "../../src/engine/parse/date";
import { resultJsonChunks } from "../../src/engine/report/resultJson";
import { customerJson } from "../../src/engine/report/customerJson";
import { defaultRules } from "../../src/engine/rules";

const asOf = epochDay(2025, 12, 31);
// Transactions, contacts, a survey and a complaint, so every JSON block has something to say.
const sheets = {
  客户: [
    ["客户编号", "客户名称", "负责人", "同意营销联系"],
    [1, "甲", "张伟", "是"],
    [2, "乙", "王芳", "否"],
    [3, "丙", "", "是"],
  ],
  交易: [
    ["客户编号", "日期", "金额", "订单号"],
    [1, "2025-06-21", 100, "A1"],
    [1, "2025-12-21", 120, "A2"],
    [2, "2022-01-05", 300, "B1"],
    [2, "2022-03-05", 300, "B2"],
    [3, "2025-12-30", 50, "C1"],
  ],
  跟进记录: [
    ["客户编号", "日期", "方式", "负责人"],
    [1, "2025-12-01", "电话", "张伟"],
    [2, "2025-11-01", "拜访", "王芳"],
  ],
  满意度调查: [
    ["客户编号", "日期", "总体满意度"],
    [1, "2025-12-10", 4],
  ],
  投诉: [
    ["客户编号", "接收时间", "原因", "状态"],
    [2, "2025-12-20", "物流", "处理中"],
  ],
};

describe("withoutRowColumns", () => {
  test("drops the transactions' and contacts' rows only; the JSON result is the same text", async () => {
    const a = await analyzeWorkbook(memorySource(sheets), { rules: defaultRules(), asOf });
    expect(a.dataset.transactions.count).toBe(5);
    expect(a.dataset.contacts?.count).toBe(2);
    const json = (x: typeof a) => [...resultJsonChunks(x, "zh-CN", new Date(0))].join("");
    const before = json(a);

    const light = withoutRowColumns(a);
    expect(light.dataset.transactions.count).toBe(0);
    expect(light.dataset.transactions.day).toHaveLength(0);
    expect(light.dataset.contacts?.count).toBe(0);
    expect(light.dataset.contacts?.owner).toEqual([]);
    // Everything else is the same objects, and the caller's analysis keeps its rows.
    expect(light.dataset.customers).toBe(a.dataset.customers);
    expect(light.dataset.counts).toBe(a.dataset.counts);
    expect(light.summary).toBe(a.summary);
    expect(light.schedule).toBe(a.schedule);
    expect(a.dataset.transactions.count).toBe(5);
    expect(a.dataset.transactions.day).toHaveLength(5);

    // The JSON reads no transaction or contact row: byte for byte the same without them.
    expect(json(light)).toBe(before);
    expect(JSON.parse(before).counts.transactions.used).toBe(5);
  });
});

describe("stateColumns", () => {
  /**
   * What the JSON worker receives and packs: its state cells (jsonWorker.ts writeJson), as the main
   * thread reads them back (packedWire.ts).
   */
  const packedInWorker = (a: Analysis) => {
    const { analysis, transfer } = jsonColumns(a);
    const state = stateColumns(a, transfer)!;
    const job = structuredClone({ analysis, state }, { transfer });
    const packed = packCells(
      stateSnapshot(decodeColumns(job.analysis), job.state),
      job.state.levels,
    );
    const sent = toWire(packed);
    return fromWire(structuredClone(sent.wire, { transfer: sent.transfer }));
  };

  test("the run state's cells packed from what the worker gets are the state tab's", async () => {
    const a = await analyzeWorkbook(memorySource(sheets), { rules: defaultRules(), asOf });
    const s = a.snapshot!;
    const p = packedInWorker(a);
    const starts = blockStarts(s);
    expect(Array.from(p.starts)).toEqual(Array.from(starts));
    expect(p.count).toBe(1);
    expect(p.cell(0)).toBe(packBlock(s, 0, s.count, a.rules.churn.levels));
    expect(JSON.parse(p.cell(0))[0]).toEqual(["1", "2", "3"]);
    // The caller keeps its columns (copies were moved).
    expect(a.snapshot!.spend).toHaveLength(3);
  });

  test("none when the snapshot's ids, names or owners are not the customers'", async () => {
    const a = await analyzeWorkbook(memorySource(sheets), { rules: defaultRules(), asOf });
    expect(stateColumns(a, [])).not.toBeNull();
    for (const field of ["id", "name", "owner"] as const) {
      const s = { ...a.snapshot!, [field]: a.snapshot![field].map((x, i) => (i ? x : x + "!")) };
      expect(stateColumns({ ...a, snapshot: s }, [])).toBeNull();
    }
    expect(stateColumns({ ...a, snapshot: undefined }, [])).toBeNull();
  });

  test("none past STATE_ASIDE_MAX customers: the main thread packs them a block at a time", async () => {
    const a = await analyzeWorkbook(memorySource(sheets), { rules: defaultRules(), asOf });
    const many = STATE_ASIDE_MAX + 1;
    const big = {
      ...a,
      snapshot: { ...a.snapshot!, count: many },
      dataset: { ...a.dataset, customers: { ...a.dataset.customers, count: many } },
    };
    const transfer: ArrayBuffer[] = [];
    expect(stateColumns(big, transfer)).toBeNull();
    expect(transfer).toEqual([]);
  });
});

describe("jsonColumns", () => {
  const json = (x: Analysis) => [...resultJsonChunks(x, "zh-CN", new Date(0))].join("");
  /** What the JSON worker receives: a structured clone, the typed columns moved; then decoded. */
  const inWorker = (a: Analysis) => {
    const { analysis, transfer } = jsonColumns(a);
    return decodeColumns(structuredClone(analysis, { transfer }));
  };

  test("owners and regions travel as codes into their distinct names, and decode to the same", async () => {
    const a = await analyzeWorkbook(memorySource(sheets), { rules: defaultRules(), asOf });
    const { analysis } = jsonColumns(a);
    const owner = analysis.dataset.customers.owner as unknown as { names: string[] };
    expect(owner.names).toEqual(["张伟", "王芳", ""]);
    const decoded = decodeColumns(analysis).dataset.customers; // in place
    expect(decoded.owner).toEqual(a.dataset.customers.owner);
    expect(decoded.region).toEqual(a.dataset.customers.region);
  });

  test("codeStrings: repeated, empty and CJK names; a column with a hole is sent as it is", () => {
    const x = ["华东", "", "华东", "😀", "", "华北"];
    const c = codeStrings(x)!;
    expect(c.names).toEqual(["华东", "", "😀", "华北"]);
    expect(Array.from(c.codes)).toEqual([0, 1, 0, 2, 1, 3]);
    expect(decodeStrings(c)).toEqual(x);
    expect(decodeStrings(codeStrings([])!)).toEqual([]);
    expect(codeStrings(["a", undefined as unknown as string])).toBeNull();
  });

  test("the part the JSON reads, copied as a worker gets it, writes the same bytes", async () => {
    const a = await analyzeWorkbook(memorySource(sheets), { rules: defaultRules(), asOf });
    const before = json(a);
    const moved = inWorker(a);
    expect(json(moved)).toBe(before);
    // Only the JSON's columns: no rows, no contact details, of the snapshot its service codes alone
    // (customers' serviceSignals, schema 4); the caller's analysis keeps all.
    expect(moved.dataset.transactions).toBeUndefined();
    expect(moved.dataset.customers.phone).toBeUndefined();
    expect(Object.keys(moved.snapshot!)).toEqual(["service"]);
    expect(moved.snapshot!.service).toEqual(a.snapshot!.service);
    expect(a.snapshot).toBeDefined();
    expect(a.summary.netSpend).toHaveLength(3);
    expect(json(a)).toBe(before);
  });

  test("the same bytes with a previous run's changes and run log", async () => {
    const first = await analyzeWorkbook(memorySource(sheets), { rules: defaultRules(), asOf });
    const a = await analyzeWorkbook(memorySource(sheets), {
      rules: defaultRules(),
      asOf: asOf + 31,
      previous: first.snapshot,
    });
    expect(a.changes).toBeTruthy();
    const before = json(a);
    expect(JSON.parse(before).changes).not.toBeNull();
    expect(json(inWorker(a))).toBe(before);
  });

  // tester45 #11: what the user typed goes to the JSON (rows' typed, keptTyped), the worker's
  // copy without the hashes of our texts each typed row shares.
  test("the same bytes with typed notes carried, which the worker gets without their hashes", async () => {
    const a = await analyzeWorkbook(memorySource(sheets), { rules: defaultRules(), asOf });
    const written = readWritten(["1 2 3"]);
    const row = (id: string) => ({
      ...{ id, due: asOf - 40, date: asOf - 35, owner: "张伟", name: "甲", phone: "", email: "" },
      ...{ reason: "", status: "", talkingPoint: "", note: "", written },
    });
    const typed = (id: string, status: string, note: string) => ({
      row: row(id),
      status,
      talkingPoint: "",
      note,
    });
    a.carriedNotes = {
      byRow: new Map([[0, typed("1", "已约", "客户换了新手机")]]),
      off: [{ typed: typed("9", "已完成", ""), customerGone: true }],
      typedRows: 2,
      dropped: [],
    };
    const before = json(a);
    const moved = inWorker(a);
    expect(moved.carriedNotes!.byRow.get(0)!.row.written).toBeUndefined();
    expect(json(moved)).toBe(before);
    const result = JSON.parse(before);
    expect(result.followUps[0].typed).toEqual({
      status: "已约",
      talkingPoint: null,
      note: "客户换了新手机",
    });
    expect(result.followUps.slice(1).some((r: object) => "typed" in r)).toBe(false);
    expect(result.keptTyped).toEqual([
      {
        ...{ customerId: "9", name: "甲", owner: "张伟", status: "已完成" },
        ...{ dueDate: "2025-11-21", plannedDate: "2025-11-26", talkingPoint: null, note: null },
        why: { code: "customer_not_scheduled" },
      },
    ]);
  });
});

describe("packStrings", () => {
  test("ids one byte a unit, names two; empty, emoji, a lone surrogate and Latin-1 round-trip", () => {
    const ids = ["1000001", "", "A-7", "ÿé"];
    const p = packStrings(ids)!;
    expect(p.chars).toBeInstanceOf(Uint8Array);
    expect(Array.from(p.ends)).toEqual([7, 7, 10, 12]);
    expect(unpackStrings(p)).toEqual(ids);
    const names = ["魏涛芳", "", "😀 Ltd", "a\ud800b", "Ā", "x"];
    const q = packStrings(names)!;
    expect(q.chars).toBeInstanceOf(Uint16Array);
    expect(unpackStrings(q)).toEqual(names);
    expect(unpackStrings(packStrings([])!)).toEqual([]);
    expect(packStrings(["a", null as unknown as string])).toBeNull();
  });

  test("moved to a worker as its two buffers, they read back the same", () => {
    const names = ["甲", "乙", "", "丙丁"];
    const p = packStrings(names)!;
    const moved = structuredClone(p, { transfer: [p.chars.buffer, p.ends.buffer] });
    expect(p.chars.byteLength).toBe(0); // moved, not copied
    expect(unpackStrings(moved)).toEqual(names);
  });
});

describe("compactReasons", () => {
  test("only the reasons there are; the JSON reads the same codes and words from either form", async () => {
    const a = await analyzeWorkbook(memorySource(sheets), { rules: defaultRules(), asOf });
    const ca = a.classification.analysis;
    // Three customers: two reasons (the model's, then the rhythm: shown rhythm first); none; one,
    // then a stray code after the empty slot (never read).
    const codes = Int8Array.from([11, 0, -1, -1, -1, -1, 2, -1, 3]);
    const figures = Float64Array.from({ length: 36 }, (_, k) => k + 0.5);
    const full = { ...ca, churnReasons: { codes, figures } };
    const c = compactReasons(full.churnReasons);
    expect(Array.from(c.first)).toEqual([0, 2, 2]);
    expect(Array.from(c.figures)).toEqual(
      [0, 1, 2, 3, 4, 5, 6, 7, 24, 25, 26, 27].map((k) => k + 0.5),
    );
    expect(Array.from(c.codes)).toEqual(Array.from(codes));
    const small = { ...ca, churnReasons: c as unknown as typeof ca.churnReasons };
    for (const lang of ["zh-CN", "en-US"] as const)
      for (let i = 0; i < 3; i++)
        expect(customerJson(small, i, lang, defaultRules().churn.levels)).toEqual(
          customerJson(full, i, lang, defaultRules().churn.levels),
        );
    const shown = customerJson(
      small,
      0,
      "en-US",
      defaultRules().churn.levels,
    ).churnRisk.reasons.map((x) => x.code);
    expect(shown).toEqual(["overdue_vs_rhythm", "model_no_purchase"]);
  });
});
