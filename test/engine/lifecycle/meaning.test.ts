import { LIFECYCLE_STAGES } from "../../../src/engine/analysis";
import { stageMeaning } from "../../../src/engine/lifecycle/meaning";
import { overviewKpis } from "../overview/overviewKpis";
import { overviewTable } from "../../../src/engine/report/overviewTab";
import { defaultRules } from "../../../src/engine/rules";

const kpis = overviewKpis({ customersByStage: [10, 20, 30, 40, 50, 60, 70] });

/** The Overview's lifecycle block under `rules`: its rows from the heading to the blank after. */
function stageBlock(lang: "zh-CN" | "en-US", rules = defaultRules()) {
  const t = overviewTable(
    {
      kpis,
      satisfaction: null,
      complaints: null,
      asOf: 20453,
      stageRules: { lifecycle: rules.lifecycle, churnedAfterDays: rules.churn.churnedAfterDays },
    },
    lang,
  );
  const rows = t.rows(0, t.rowCount);
  const at = rows.findIndex(
    (r) => r[0] === (lang === "zh-CN" ? "按生命周期阶段" : "By lifecycle stage"),
  );
  return rows.slice(at + 1, at + 2 + LIFECYCLE_STAGES.length).map((r) => r.slice(0, 3));
}

describe("the Overview says what each lifecycle stage means, from the rule set (tester #15, stop 42)", () => {
  test("default rules: each stage with its count and meaning, zh and en", () => {
    expect(stageBlock("zh-CN")).toEqual([
      ["生命周期阶段", "客户数", "说明"],
      ["潜在客户", 10, "还没有购买"],
      ["新客户", 20, "首次购买在最近 90 天内"],
      [
        "成长期",
        30,
        "首次购买未满 365 天，或只买过一次，或近 180 天的购买天数比之前 180 天多 20% 以上",
      ],
      ["成熟期", 40, "首次购买已满 365 天、至少在三天购买过，购买节奏平稳"],
      [
        "衰退期",
        50,
        "超过自身通常间隔的 3 倍未购买，或近 180 天没有购买或购买天数比之前 180 天少 30% 以上，或只在两天购买过且首次购买已满 365 天",
      ],
      ["流失期", 60, "已 365 天或更久没有购买（约每年购买一次的客户：430 天）"],
      ["回流客户", 70, "停购 365 天以上后又购买，回来不满 180 天"],
    ]);
    const en = stageBlock("en-US");
    expect(en[0]).toEqual(["Lifecycle stage", "Customers", "Definition"]);
    expect(en[5]).toEqual([
      "Decline",
      50,
      "Silent for over 3× their usual gap, or 30% fewer (or no) purchase days in the last 180 than the 180 before, or bought on only two days, the first 365+ days ago",
    ]);
    expect(en[2]).toEqual(["New", 20, "First purchase within the last 90 days"]);
  });

  test("a team's own thresholds: the words follow the rules", () => {
    const rules = defaultRules();
    const own = {
      ...rules,
      lifecycle: {
        ...rules.lifecycle,
        newDays: 60,
        trendPeriodDays: 120,
        declineChange: 0.25,
        overdueFactor: 2.5,
        wonBackWithinDays: 90,
        matureAfterDays: 400,
      },
      churn: { ...rules.churn, churnedAfterDays: 300 },
    };
    const zh = Object.fromEntries(stageBlock("zh-CN", own).map((r) => [r[0], r[2]]));
    expect(zh["新客户"]).toBe("首次购买在最近 60 天内");
    expect(zh["衰退期"]).toBe(
      "超过自身通常间隔的 2.5 倍未购买，或近 120 天没有购买或购买天数比之前 120 天少 25% 以上，或只在两天购买过且首次购买已满 400 天",
    );
    // A yearly buyer is churned from 430 days (tester63 U170), or the rule's days where longer.
    expect(zh["流失期"]).toBe("已 300 天或更久没有购买（约每年购买一次的客户：430 天）");
    expect(zh["回流客户"]).toBe("停购 300 天以上后又购买，回来不满 90 天");
    expect(
      stageMeaning("churned", { lifecycle: own.lifecycle, churnedAfterDays: 300 }, "en-US"),
    ).toBe("No purchase for 300 days or more (430 for one who buys about once a year)");
    expect(
      stageMeaning("churned", { lifecycle: own.lifecycle, churnedAfterDays: 500 }, "en-US"),
    ).toBe("No purchase for 500 days or more (500 for one who buys about once a year)");
  });
});
