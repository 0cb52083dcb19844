import {
  EARLIER_DEFAULT_RULE_HASHES,
  defaultRulesHash,
  defaultRulesUpdated,
} from "../../../src/engine/rules/defaultsHistory";
import { defaultRules, ruleSetHash } from "../../../src/engine/rules";

// reviewer61 R16 (stop 61): a run under 38f1d471's defaults (58335a83…) refreshed under today's
// said "规则集已更改" though nobody edited a rule.

test("an earlier release's defaults then and today's now are the program's update", () => {
  expect(defaultRulesHash()).toBe(ruleSetHash(defaultRules()));
  expect(EARLIER_DEFAULT_RULE_HASHES).not.toContain(defaultRulesHash());
  for (const earlier of EARLIER_DEFAULT_RULE_HASHES)
    expect(defaultRulesUpdated(earlier, defaultRulesHash())).toBe(true);
});

test("a user's own rules, then or now, are still the rule set changed", () => {
  const own = defaultRules();
  own.churn.churnedAfterDays = 200;
  const ownHash = ruleSetHash(own);
  const earlier = EARLIER_DEFAULT_RULE_HASHES[EARLIER_DEFAULT_RULE_HASHES.length - 1];
  // Earlier defaults to the user's own rules now.
  expect(defaultRulesUpdated(earlier, ownHash)).toBe(false);
  // The user's own rules then, today's defaults now (the user removed the rule file).
  expect(defaultRulesUpdated(ownHash, defaultRulesHash())).toBe(false);
});
