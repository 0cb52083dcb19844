/**
 * A dental clinic's sheets (美齿口腔, as of 2026-12-06; tester63 U168, the shape of
 * /work/notes/stop63/tester63/clinic/gen.js, cut down): 患者档案, 收费明细, 预约登记 (an appointments
 * sheet, read as the visits) and 回访记录. Shared by appointments.test and appointmentWords.test.
 */
import type { Grid } from "../../../src/engine/cells";
import { isoDate, parseIsoDate } from "../../../src/engine/parse/date";

/** Rows of `id` from `from` every `step` days up to `to`, `amount` each. */
export function every(
  id: string,
  from: string,
  to: string,
  step: number,
  item: string,
  amount: number,
) {
  const out: Grid = [];
  for (let d = parseIsoDate(from); d <= parseIsoDate(to); d += step)
    out.push([isoDate(d), id, item, amount]);
  return out;
}

export const patients: Grid = [
  ["病历号", "姓名", "手机"],
  ["MC0001", "陈美玲", "13600000001"],
  ["MC0003", "王芳", "13600000003"],
  ["MC0004", "张伟", "13600000004"],
  ["MC0007", "孙丽", "13600000007"],
  ["MC0011", "冯雪", "13600000011"],
  ["MC0016", "罗敏", "13600000016"],
];
export const charges: Grid = [
  ["收费日期", "病历号", "项目", "实收金额"],
  ...every("MC0001", "2025-03-05", "2026-11-25", 91, "洁牙", 300),
  ["2025-04-01", "MC0003", "正畸（隐形矫正）", 28000],
  ...every("MC0003", "2025-05-01", "2026-08-15", 30, "正畸复诊", 0),
  ...every("MC0004", "2025-01-18", "2026-10-20", 91, "洁牙", 300),
  ...every("MC0007", "2025-03-01", "2026-09-01", 92, "洁牙", 280),
  ...every("MC0011", "2025-01-10", "2026-11-28", 90, "洁牙", 300),
  ["2026-12-01", "MC0016", "洁牙", 300],
];
export const appointments: Grid = [
  ["预约日期", "病历号", "姓名", "项目", "状态"],
  ["2026-09-15", "MC0003", "王芳", "正畸复诊", "爽约"],
  ["2026-10-13", "MC0003", "王芳", "正畸复诊", "爽约"],
  ["2026-11-10", "MC0003", "王芳", "正畸复诊", "取消"],
  ["2026-11-20", "MC0004", "张伟", "洁牙", "已预约"],
  ["2026-11-25", "MC0001", "陈美玲", "洁牙", "已到诊"],
  ["2026-11-28", "MC0011", "冯雪", "洁牙", "已到诊"],
  ["2026-12-01", "MC0016", "罗敏", "洁牙", "已到诊"],
  ["2026-12-15", "MC0016", "罗敏", "补牙", "已预约"],
  ["2026-12-09", "MC0007", "孙丽", "洁牙", "已预约"],
];
export const calls: Grid = [
  ["回访日期", "病历号", "回访人", "回访方式", "回访内容", "回访结果"],
  ["2026-09-20", "MC0003", "小林", "电话", "", "未接通"],
  ["2026-10-15", "MC0003", "小林", "电话", "", "未接通"],
  ["2026-11-26", "MC0001", "小陈", "微信", "洁牙后回访，满意", "已回复"],
];
