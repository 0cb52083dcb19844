/**
 * Reviewer66's open finding (stop 67 fix67e): f64884b2 named the console's rows table 预约就诊 for
 * an appointments sheet (预约登记), but the churn reasons ("上课/签到次数少", "已 N 天未上课/签到"), the
 * Changes tab's figures and the Overview's active and retention lines still said classes and
 * check-ins. One owner of the word (words/visitKind.ts visitWords): the visits' kind read from the
 * input (Visits.appointments).
 */
import { reasonText } from "../../../src/engine/churn/reasons";
import { visitWords } from "../../../src/engine/words/visitKind";
import { say } from "../../../src/engine/words/catalog";

test("the visits' words by their kind, in both languages", () => {
  expect(visitWords("zh-CN", true)).toEqual({
    log: "预约就诊",
    one: "到诊",
    ones: "到诊",
    logSheet: "预约表",
  });
  expect(visitWords("zh-CN")).toEqual({
    log: "上课签到",
    one: "上课/签到",
    ones: "上课/签到",
    logSheet: "签到表",
  });
  expect(visitWords("en-US", true)).toMatchObject({ log: "appointments", one: "kept appointment" });
  expect(visitWords("en-US")).toEqual({
    log: "visits log",
    one: "check-in",
    ones: "Check-ins",
    logSheet: "log",
  });
});

test("the churn reasons that say visits say kept appointments for an appointments sheet", () => {
  expect(reasonText("visits_stopped", [20, 30, 50, 0], "zh-CN", true)).toBe(
    "已 50 天未到诊（通常约每 30 天一次），超出自身节奏 20 天",
  );
  expect(reasonText("visits_stopped", [20, 30, 50, 0], "zh-CN")).toBe(
    "已 50 天未上课/签到（通常约每 30 天一次），超出自身节奏 20 天",
  );
  expect(reasonText("few_purchases", [2, 5, 0, 1], "zh-CN", true)).toBe(
    "到诊次数少：2 个到诊日（所有客户通常约 5.0 个）",
  );
  expect(reasonText("few_purchases", [2, 5, 0, 1], "en-US", true)).toBe(
    "Few visits: kept appointment on only 2 days (all customers typically about 5.0)",
  );
  expect(reasonText("visiting", [6, 0, 30, 0], "en-US", true)).toBe(
    "Lowers the risk: last kept appointment 6 days ago (usually every 30 days)",
  );
  expect(reasonText("falling_visits", [6, 2, 90, 0.66], "zh-CN", true)).toMatch(/^到诊次数下降/);
});

test("the Overview's lines and the Changes tab's figures take the same words", () => {
  const one = visitWords("zh-CN", true);
  expect(say("zh-CN", "overviewTab", "retentionVisitsNote", { note: "N", count: 3, ...one })).toBe(
    "N；按预约就诊判断的客户，有到诊也算（仅按预约就诊计为留存 3 位）",
  );
  expect(say("zh-CN", "changes", "figure_daysSinceLastVisit", { from: 5, to: 35, ...one })).toBe(
    "距上次到诊 5 → 35 天",
  );
});
