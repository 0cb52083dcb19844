import { defaultRules, ruleSetHash } from "./index";

/**
 * The hashes (rules/index.ts ruleSetHash) of the default rule sets of earlier releases: the one
 * owner. A run without a rule file records the defaults' hash; when a release changes a default
 * (stop 61, fix61d: followUp.visitBusinessesOnly, late_onboarding high), every such user's next
 * refresh would read "the rule set changed" though nobody edited a rule, and the Changes tab would
 * stop telling the data's and the program's reading's changes from the customers' (reviewer61 R16:
 * the salon's unchanged workbook back to 5 worse / 2 better). A refresh from a run under one of
 * these to a run under today's defaults is the program's update, like another JUDGMENT_VERSION
 * (changes/compare.ts defaultsUpdated), said as "the program's default rules were updated".
 *
 * Whoever changes a default adds the old hash here: test/engine/rules/judgmentVersion.test.ts
 * records today's (test/fixtures/judgment/fingerprint.json ruleSetHash) and, when it changes, says
 * to add the recorded one here. Found from that fixture's history (git log -p).
 */
export const EARLIER_DEFAULT_RULE_HASHES: readonly string[] = [
  // 1e674c7f (stop 56) until 73e44472 (stop 58's late welcome call urgent).
  "35916a54d323c2418e709da16d7a506bdfcb9626c09c822c88fe0c05bb6c0a0a",
  // 73e44472 until fix61d's d7fc4edc / f6660206 (stop 61); 38f1d471's.
  "58335a836c648453e67f1f2f7f11d43e21a52621c93ffeda260c7b2b57b56b23",
  // fix61d (stop 61) until fix63f's followUp.cadenceRhythmShare (stop 63).
  "f017cc6daca7014936995d9af417b8c0b3daf8a7dc08ab18d08f425d5ef814e3",
  // fix63f (stop 63) until fix64b's followUp.bereavementPauseDays (stop 64).
  "e3e8cb3b6a244302cc123cf5c506135784cfe799b9f55d04c765e76950e2b340",
  // fix64b (stop 64) until fix65c's followUp.renewalLeadDays (stop 65).
  "459e8ca2e6ecafb0a1d83216e9b2ba92c4f96e6b80eb0ba8fd0b7c54ec2988af",
  // fix65c's followUp.renewalLeadDays (stop 65) until fix65f's followUp.maternityPauseDays (stop 65).
  "eb02882e1cba97ec49fb6106e5674e5a6ee5db6cbfb130072c800994f9903e48",
  // fix65f (stop 65) until fded5835's churn.learning.penalty 1 → 10 (stop 67; found at stop 69,
  // fix69c: the fixture's judgments had not moved, so its record kept this hash).
  "3dc151a7b82d295305b8fd0a6059a5ea3117b380760c2a52ef3038d3b8ba5722",
  // fded5835 (stop 67) until e8a09a60's lifecycle.typicalGap.populationFloorGaps (stop 69): a
  // refresh across it said "规则集已更改（74286ab36583 → 435d05cade66）" to default users (the
  // lead's florist run).
  "74286ab3658339c344569dd65d84cc6ac620cc0a190eddb524bbe5565900d18a",
  // e8a09a60 (stop 69) until fix71b's followUp.moneyOwedGraceDays (stop 71).
  "435d05cade6678ece8e559911db969332731dc07f10192a3ee8e6f017097b930",
];

let todays: string | undefined;

/** The hash of today's default rule set (hashed once). */
export function defaultRulesHash(): string {
  return (todays ??= ruleSetHash(defaultRules()));
}

/**
 * A previous run under an earlier release's defaults and this run under today's: the program's
 * defaults changed, not the user's rules.
 *
 * @example defaultRulesUpdated(EARLIER_DEFAULT_RULE_HASHES[1], defaultRulesHash()) // true
 * @example defaultRulesUpdated(EARLIER_DEFAULT_RULE_HASHES[1], "…a user's own rules") // false
 */
export function defaultRulesUpdated(previousHash: string, currentHash: string): boolean {
  return EARLIER_DEFAULT_RULE_HASHES.includes(previousHash) && currentHash === defaultRulesHash();
}
