/**
 * A small dental clinic (judge60's repro of tester58 U66 and the finished one-off treatments:
 * /work/notes/stop60/judge60/clinic/make.mjs), as of 2026-11-30, with each patient's truth:
 * - regular: a cleaning (洁牙 ¥300) about every 180 days, most followed 10–20 days later by a free
 *   revisit (复查 ¥0); the last cleaning 20–200 days ago: on their rhythm, not at risk;
 * - lapsed: the same rhythm, the last cleaning 290–335 days ago: truly at risk;
 * - oneoff_done: one big treatment (贴面 / 种植 / 正畸) and two free revisits: finished, not churning;
 * - meituan_new: one ¥99 美团 cleaning 5–60 days ago: a new patient.
 */
import type { Grid } from "../../../src/engine/cells";
import { isoDate, parseIsoDate } from "../../../src/engine/parse/date";

export const CLINIC_AS_OF = parseIsoDate("2026-11-30");

export type ClinicTruth = "regular" | "lapsed" | "oneoff_done" | "meituan_new";

export interface Clinic {
  sheets: Record<string, Grid>;
  truth: Map<string, ClinicTruth>;
}

/** The clinic's sheets; `free` false writes the revisits at ¥0 left out (the same paid visits). */
export function clinic(free = true): Clinic {
  const asOf = CLINIC_AS_OF;
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const truth = new Map<string, ClinicTruth>();
  const visits: [day: number, id: string, item: string, amount: number][] = [];
  const add = (t: ClinicTruth, v: [number, string, number][]) => {
    const id = `BC${String(truth.size + 1).padStart(4, "0")}`;
    truth.set(id, t);
    for (const [d, item, amount] of v) if (free || amount !== 0) visits.push([d, id, item, amount]);
  };
  for (let i = 0; i < 40; i++) {
    const last = asOf - 20 - Math.floor(rnd() * 180);
    const v: [number, string, number][] = [];
    for (let k = 0; k < 5; k++) {
      const d = last - k * (175 + Math.floor(rnd() * 15));
      v.push([d, "洁牙", 300]);
      if (rnd() < 0.8 && d + 12 <= asOf) v.push([d + 10 + Math.floor(rnd() * 10), "复查", 0]);
    }
    add("regular", v);
  }
  for (let i = 0; i < 4; i++) {
    const last = asOf - 290 - 15 * i;
    const v: [number, string, number][] = [];
    for (let k = 0; k < 4; k++)
      v.push([last - k * 180, "洁牙", 300], [last - k * 180 + 14, "复查", 0]);
    add("lapsed", v);
  }
  const treatments: [string, number][] = [
    ["贴面", 12000],
    ["种植", 9800],
    ["正畸", 16000],
    ["种植", 8800],
    ["贴面", 6400],
    ["正畸", 18000],
  ];
  treatments.forEach(([item, amount], i) => {
    const d = asOf - 120 - 30 * i;
    add("oneoff_done", [
      [d, item, amount],
      [d + 14, "复查", 0],
      [d + 60, "复查", 0],
    ]);
  });
  for (let i = 0; i < 6; i++) add("meituan_new", [[asOf - 5 - 11 * i, "美团洁牙套餐", 99]]);
  visits.sort((a, b) => a[0] - b[0]);
  const ids = [...truth.keys()];
  return {
    truth,
    sheets: {
      客户资料: [
        ["患者编号", "姓名", "电话"],
        ...ids.map((id, k) => [id, `患者${k + 1}`, `1370000${String(k).padStart(4, "0")}`]),
      ],
      销售明细: [
        ["日期", "单号", "患者编号", "项目", "金额"],
        ...visits.map(([d, id, item, amount], k) => [isoDate(d), `SF${k + 1}`, id, item, amount]),
      ],
    },
  };
}
