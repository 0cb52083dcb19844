import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { analyzeWorkbook } from "../../../src/engine/analyze";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { epochDay } from "../../../src/engine/parse/date";
import { customerRecords } from "../../../src/engine/report/customerJson";
import { resultJsonChunks } from "../../../src/engine/report/resultJson";
import { defaultRules } from "../../../src/engine/rules";
import { JUDGMENT_VERSION } from "../../../src/engine/rules/judgmentVersion";

/**
 * Nothing but this test ties JUDGMENT_VERSION to the judgments it versions (stop 42): a change to
 * the lifecycle stage, churn risk or follow-up code that moves a customer with the same data and
 * the same rule set must bump the version, or the next refresh shows the customers the program
 * moved as customers who moved (tester15 #7). The judgments of a fixed fixture (every tenth
 * customer of the zh sample, 300, with their purchases, surveys, complaints and contacts, as of
 * 2025-12-31 under the default rules) are hashed; the hash is recorded beside the version it was
 * made with (test/fixtures/judgment/fingerprint.json).
 */

const FIXTURE = path.join(__dirname, "../../fixtures/judgment");
const RECORD_FILE = path.join(FIXTURE, "fingerprint.json");
const asOf = epochDay(2025, 12, 31);

interface Fingerprint {
  judgmentVersion: number;
  ruleSetHash: string;
  fingerprint: string;
  counts: { [k: string]: { [code: string]: number } };
}

type Row = { [k: string]: unknown };
const code = (x: unknown) => String((x as { code?: unknown } | null)?.code ?? "");
const tally = (values: string[]) => {
  const out: { [k: string]: number } = {};
  for (const v of [...values].sort()) out[v] = (out[v] ?? 0) + 1;
  return out;
};

async function judgments(): Promise<Omit<Fingerprint, "judgmentVersion">> {
  const sheets = JSON.parse(readFileSync(path.join(FIXTURE, "sheets.json"), "utf8"));
  const a = await analyzeWorkbook(memorySource(sheets), { rules: defaultRules(), asOf });
  const json = JSON.parse([...resultJsonChunks(a, "en-US", new Date(0))].join(""));
  const customers = customerRecords(json)!;
  const stage = customers.map((c) => `${c.customerId} ${c.lifecycleStage}`);
  const level = customers.map((c) => `${c.customerId} ${(c.churnRisk as Row | null)?.level}`);
  const calls = (json.followUps as Row[]).map(
    (f) => `${f.customerId} ${code(f.reason)} ${f.priority}`,
  );
  const none = (json.unscheduled as Row[]).map(
    (f) => `${f.customerId} ${code(f.reason)} ${f.priority} ${code(f.unscheduledReason)}`,
  );
  const text = [stage, level, [...calls].sort(), [...none].sort()].map((l) => l.join("\n"));
  return {
    ruleSetHash: a.ruleSet.hash,
    fingerprint: createHash("sha256").update(text.join("\n\n")).digest("hex"),
    counts: {
      lifecycleStage: tally(customers.map((c) => String(c.lifecycleStage))),
      churnRiskLevel: tally(customers.map((c) => String((c.churnRisk as Row | null)?.level))),
      followUps: tally((json.followUps as Row[]).map((f) => code(f.reason))),
      unscheduled: tally((json.unscheduled as Row[]).map((f) => code(f.unscheduledReason))),
    },
  };
}

test("the judgments of a fixed fixture change only with JUDGMENT_VERSION (stop 42)", async () => {
  const recorded = JSON.parse(readFileSync(RECORD_FILE, "utf8")) as Fingerprint;
  const now = { judgmentVersion: JUDGMENT_VERSION, ...(await judgments()) };
  const record = JSON.stringify(now, null, 2);
  const where = `test/fixtures/judgment/fingerprint.json`;
  if (now.fingerprint === recorded.fingerprint && now.judgmentVersion === recorded.judgmentVersion)
    return;
  let message: string;
  if (now.fingerprint === recorded.fingerprint)
    message =
      `JUDGMENT_VERSION is ${JUDGMENT_VERSION}, ${where} records ${recorded.judgmentVersion} ` +
      `with the same judgments. Record the version there (the judgments did not change: if ` +
      `nothing moves a customer, the version need not change either).`;
  else if (now.ruleSetHash !== recorded.ruleSetHash)
    message =
      `The default rule set changed (hash ${recorded.ruleSetHash.slice(0, 12)} → ` +
      `${now.ruleSetHash.slice(0, 12)}) and the fixture's judgments with it. A refresh reads a ` +
      `run under the old defaults as the program's update only if its hash is listed: add ` +
      `${recorded.ruleSetHash} to EARLIER_DEFAULT_RULE_HASHES in src/engine/rules/defaultsHistory.ts ` +
      `(else every default user's refresh says "the rule set changed"). No JUDGMENT_VERSION bump is ` +
      `needed for the rules alone; if the program's stage, churn or follow-up code changed too, ` +
      `bump it as well. ` +
      `Then write this record into ${where}:\n${record}`;
  else if (now.judgmentVersion === recorded.judgmentVersion)
    message =
      `The judgments of the fixed fixture changed (lifecycle stage, churn risk level or ` +
      `follow-up calls; counts before ${JSON.stringify(recorded.counts)}, now ` +
      `${JSON.stringify(now.counts)}) with the same data and rule set, but JUDGMENT_VERSION is ` +
      `still ${JUDGMENT_VERSION}. Bump JUDGMENT_VERSION in src/engine/rules/judgmentVersion.ts ` +
      `(and add its line there), so a refresh says the program's judgment changed instead of ` +
      `showing the customers it moved as customers who moved; then write this record, with the ` +
      `new version, into ${where}:\n${record}`;
  else
    message =
      `JUDGMENT_VERSION is ${JUDGMENT_VERSION} and the judgments changed: write this record ` +
      `into ${where}:\n${record}`;
  throw new Error(message);
});
