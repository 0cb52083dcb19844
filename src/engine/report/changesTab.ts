import type { Cell } from "../cells";
import { moveCounts, MOVES, type Move } from "../changes/compare";
import type { RunChanges } from "../changes";
import { DIMENSIONS, DIMENSION_CODES, type Dimension } from "../changes/snapshot";
import { codeLabel, DIMENSION_WORDS, moverReason } from "../changes/words";
import { isoDate } from "../parse/date";
import type { Lang } from "../schema";
import { numberCell, percentCell, type Words } from "./serviceText";
import { tabName } from "./outputTabs";
import type { ReportColumn, ReportTable } from "./table";

/**
 * The Changes tab (变化 / Changes), a layout: both analysis dates and where the previous run came
 * from, whether the rule set changed, a summary line, then per dimension a from → to matrix of
 * customers (rows: the previous run, columns: this run) with each row's previous revenue and the
 * share of it that moved, then one list of customers: wrong way (largest previous spend first),
 * right way, new, removed, each with owner, spend before and now and the reason in words.
 * The list rows are made on demand, so a million movers never sit in memory as rows.
 */

const SOURCE_WORDS: Record<RunChanges["previous"]["source"], Words> = {
  run: { "zh-CN": "上次运行", "en-US": "the previous run" },
  state: { "zh-CN": "工作簿中的运行状态表", "en-US": "the run-state tab in the workbook" },
  segments: { "zh-CN": "上次的“客户分类”表", "en-US": "the previous Customer segments tab" },
  json: { "zh-CN": "上次的 JSON 结果", "en-US": "an earlier JSON result" },
};

export const MOVE_WORDS: Record<Move, Words> = {
  worse: { "zh-CN": "变差", "en-US": "Wrong way" },
  better: { "zh-CN": "变好", "en-US": "Right way" },
  sideways: { "zh-CN": "平移", "en-US": "Sideways" },
  same: { "zh-CN": "未变", "en-US": "Unchanged" },
  new: { "zh-CN": "新客户", "en-US": "New" },
};
const REMOVED: Words = { "zh-CN": "已删除", "en-US": "Removed" };

const dateOr = (d: number, lang: Lang) =>
  Number.isFinite(d) ? isoDate(d) : lang === "zh-CN" ? "未知" : "unknown";

/** The list section's header (stable order; the JSON movers carry the same fields). */
function listHeader(lang: Lang): string[] {
  return lang === "zh-CN"
    ? [
        "类别",
        "客户编号",
        "客户名称",
        "负责人",
        "上次消费金额",
        "本次消费金额",
        "上次流失概率（%）",
        "本次流失概率（%）",
        "变化说明",
      ]
    : [
        "List",
        "Customer ID",
        "Name",
        "Owner",
        "Spend before",
        "Spend now",
        "Churn probability before (%)",
        "Churn probability now (%)",
        "What changed",
      ];
}

/**
 * The Changes tab of a run, or null when there was no previous run to compare with.
 *
 * @example changesTable(analysis.changes, "zh-CN")?.sheetName // "变化"
 */
export function changesTable(
  changes: RunChanges | null | undefined,
  lang: Lang,
): ReportTable | null {
  if (!changes) return null;
  const { previous: prev, current: cur, comparison: c } = changes;
  const zh = lang === "zh-CN";
  const head: Cell[][] = [];
  head.push([
    zh ? "自上次分析以来的变化" : "What changed since the last analysis",
    zh ? "上次分析日期" : "Previous analysis date",
    dateOr(c.previous.asOf, lang),
    zh ? "本次分析日期" : "This analysis date",
    dateOr(c.current.asOf, lang),
  ]);
  head.push([zh ? "上次结果来自" : "Previous results from", SOURCE_WORDS[c.previous.source][lang]]);
  head.push([
    zh ? "规则集" : "Rule set",
    c.rulesChanged
      ? zh
        ? `规则已更改（${c.previous.ruleSetHash.slice(0, 12)} → ${c.current.ruleSetHash.slice(0, 12)}）：下列变化既有客户的变化，也有规则的变化`
        : `The rules changed (${c.previous.ruleSetHash.slice(0, 12)} → ${c.current.ruleSetHash.slice(0, 12)}): the movements below mix changes in customers with changes in the rules`
      : c.previous.ruleSetHash
        ? zh
          ? "规则未变"
          : "Unchanged"
        : zh
          ? "上次的规则未知"
          : "Previous rules unknown",
  ]);
  const counts = moveCounts(c);
  head.push([]);
  head.push([
    zh ? "上次客户数" : "Customers before",
    zh ? "本次客户数" : "Customers now",
    ...MOVES.map((m) => MOVE_WORDS[m][lang]),
    REMOVED[lang],
  ]);
  head.push([c.previous.count, c.current.count, ...MOVES.map((m) => counts[m]), c.removed.length]);

  for (const m of c.matrices) {
    const d = m.dimension;
    const rowSum = (f: number) => {
      let s = 0;
      for (let t = 0; t < m.size; t++) s += m.counts[f * m.size + t];
      return s;
    };
    const colSum = (t: number) => {
      let s = 0;
      for (let f = 0; f < m.size; f++) s += m.counts[f * m.size + t];
      return s;
    };
    // Only codes either run used, so an 11-segment matrix stays readable; totals still add up.
    const used: number[] = [];
    for (let k = 0; k < m.size; k++) if (rowSum(k) > 0 || colSum(k) > 0) used.push(k);
    head.push([]);
    head.push([
      zh
        ? `${DIMENSION_WORDS[d][lang]}：上次（行）→ 本次（列）`
        : `${DIMENSION_WORDS[d][lang]}: before (rows) → now (columns)`,
      zh ? "变动客户" : "Customers moved",
      m.moved,
      zh ? "变动客户的上次收入占比（%）" : "Share of previous revenue that moved (%)",
      percentCell(m.movedRevenueShare),
    ]);
    head.push([
      zh ? "上次 \\ 本次" : "Before \\ now",
      ...used.map((k) => codeLabel(d, k - 1, lang)),
      zh ? "合计" : "Total",
      zh ? "上次收入" : "Revenue before",
      zh ? "流动收入占比（%）" : "Revenue moved (%)",
    ]);
    let total = 0;
    for (const f of used) {
      let rowRevenue = 0;
      let movedRevenue = 0;
      for (let t = 0; t < m.size; t++) {
        rowRevenue += m.revenue[f * m.size + t];
        if (t !== f) movedRevenue += m.revenue[f * m.size + t];
      }
      const n = rowSum(f);
      total += n;
      head.push([
        codeLabel(d, f - 1, lang),
        ...used.map((t) => m.counts[f * m.size + t]),
        n,
        numberCell(rowRevenue),
        percentCell(rowRevenue > 0 ? movedRevenue / rowRevenue : NaN),
      ]);
    }
    head.push([zh ? "合计" : "Total", ...used.map((t) => colSum(t)), total]);
  }
  head.push([]);
  head.push([zh ? "客户清单" : "Customers"]);
  head.push(listHeader(lang));

  const sections: { move: Words; list: Int32Array; previous: boolean }[] = [
    { move: MOVE_WORDS.worse, list: c.wrongWay, previous: false },
    { move: MOVE_WORDS.better, list: c.rightWay, previous: false },
    { move: MOVE_WORDS.new, list: c.added, previous: false },
    { move: REMOVED, list: c.removed, previous: true },
  ];
  const listRows = sections.reduce((n, s) => n + s.list.length, 0);
  const pct = (x: number): Cell => percentCell(x);
  const listRow = (k: number): Cell[] => {
    for (const s of sections) {
      if (k >= s.list.length) {
        k -= s.list.length;
        continue;
      }
      const i = s.list[k];
      if (s.previous) {
        return [
          s.move[lang],
          prev.id[i],
          prev.name[i],
          prev.owner[i],
          numberCell(prev.spend[i]),
          "",
          pct(prev.churnProbability[i]),
          "",
          zh
            ? `已不在客户表中（上次 ${dateOr(c.previous.asOf, lang)} 仍在）`
            : `No longer on the Customers sheet (was there on ${dateOr(c.previous.asOf, lang)})`,
        ];
      }
      const j = c.previousIndex[i];
      return [
        s.move[lang],
        cur.id[i],
        cur.name[i],
        cur.owner[i],
        j >= 0 ? numberCell(prev.spend[j]) : "",
        numberCell(cur.spend[i]),
        j >= 0 ? pct(prev.churnProbability[j]) : "",
        pct(cur.churnProbability[i]),
        j >= 0
          ? moverReason(c, prev, cur, i, lang)
          : zh
            ? "上次分析后新增的客户"
            : "Added since the last analysis",
      ];
    }
    return [];
  };
  const width = Math.max(...head.map((r) => r.length), listHeader(lang).length);
  const pad = (r: Cell[]): Cell[] =>
    r.length < width ? [...r, ...new Array<Cell>(width - r.length).fill(null)] : r;
  const columns: ReportColumn[] = Array.from({ length: width }, (_, k) => ({
    key: `c${k + 1}`,
    header: "",
    format: "text" as const,
    width: k === 0 ? 26 : k === 8 ? 60 : 14,
  }));
  return {
    tab: "changes",
    sheetName: tabName("changes", lang),
    columns,
    rowCount: head.length + listRows,
    rows(start, end) {
      const out: Cell[][] = [];
      const stop = Math.min(end, head.length + listRows);
      for (let r = Math.max(0, start); r < stop; r++) {
        out.push(pad(r < head.length ? head[r] : listRow(r - head.length)));
      }
      return out;
    },
    style: "layout",
    mode: "replace",
  };
}

/** The codes of a dimension with none first, as the matrices' slots. */
const slotCodes = (d: Dimension) => [null, ...DIMENSION_CODES[d]];

/**
 * The `changes` JSON block, yielded piece by piece (movers can be many): the previous run's date,
 * source and rule-set hash, whether the rules changed, counts per move, the matrices (counts and
 * previous revenue, rows = before, columns = now, slot 0 = none) and the movers.
 *
 * @example JSON.parse([...changesJsonChunks(changes, "en-US")].join("")).rulesChanged
 */
export function* changesJsonChunks(
  changes: RunChanges | null | undefined,
  lang: Lang,
): Generator<string> {
  if (!changes) {
    yield "null";
    return;
  }
  const { previous: prev, current: cur, comparison: c } = changes;
  const counts = moveCounts(c);
  const head = {
    previousAnalysisDate: Number.isFinite(c.previous.asOf) ? isoDate(c.previous.asOf) : null,
    previousRuleSetHash: c.previous.ruleSetHash || null,
    previousSource: c.previous.source,
    analysisDate: isoDate(c.current.asOf),
    ruleSetHash: c.current.ruleSetHash,
    rulesChanged: c.rulesChanged,
    previousCustomers: c.previous.count,
    customers: c.current.count,
    counts: { ...counts, removed: c.removed.length },
    matrices: c.matrices.map((m) => ({
      dimension: m.dimension,
      codes: slotCodes(m.dimension),
      counts: Array.from({ length: m.size }, (_, f) =>
        Array.from(m.counts.subarray(f * m.size, (f + 1) * m.size)),
      ),
      revenue: Array.from({ length: m.size }, (_, f) =>
        Array.from(
          m.revenue.subarray(f * m.size, (f + 1) * m.size),
          (x) => Math.round(x * 100) / 100,
        ),
      ),
      moved: m.moved,
      movedRevenueShare: Number.isFinite(m.movedRevenueShare) ? m.movedRevenueShare : null,
    })),
  };
  const text = JSON.stringify(head);
  yield text.slice(0, -1); // the object, still open
  const num = (x: number) => (Number.isFinite(x) ? Math.round(x * 10000) / 10000 : null);
  const mover = (i: number) => {
    const j = c.previousIndex[i];
    const moves: Record<string, { from: string | null; to: string | null }> = {};
    DIMENSIONS.forEach((d, b) => {
      if (j >= 0 && c.changed[i] & (1 << b)) {
        moves[d] = {
          from: DIMENSION_CODES[d][prev.codes[d][j]] ?? null,
          to: DIMENSION_CODES[d][cur.codes[d][i]] ?? null,
        };
      }
    });
    return {
      customerId: cur.id[i],
      name: cur.name[i] || null,
      owner: cur.owner[i] || null,
      previousSpend: j >= 0 ? num(prev.spend[j]) : null,
      spend: num(cur.spend[i]),
      previousChurnProbability: j >= 0 ? num(prev.churnProbability[j]) : null,
      churnProbability: num(cur.churnProbability[i]),
      changes: moves,
      reason: j >= 0 ? moverReason(c, prev, cur, i, lang) : null,
    };
  };
  const removed = (j: number) => ({
    customerId: prev.id[j],
    name: prev.name[j] || null,
    owner: prev.owner[j] || null,
    previousSpend: num(prev.spend[j]),
  });
  function* list(name: string, ids: Int32Array, item: (i: number) => unknown, last = false) {
    yield `,${JSON.stringify(name)}:[`;
    let block = "";
    for (let k = 0; k < ids.length; k++) {
      block += (k ? ",\n" : "\n") + JSON.stringify(item(ids[k]));
      if (block.length > 1 << 16) {
        yield block;
        block = "";
      }
    }
    yield `${block}]${last ? "}" : ""}`;
  }
  yield* list("wrongWay", c.wrongWay, mover);
  yield* list("rightWay", c.rightWay, mover);
  yield* list("added", c.added, (i) => ({
    customerId: cur.id[i],
    name: cur.name[i] || null,
    owner: cur.owner[i] || null,
    spend: num(cur.spend[i]),
  }));
  yield* list("removed", c.removed, removed, true);
}
