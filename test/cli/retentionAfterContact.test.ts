import { copyFileSync, readFileSync } from "node:fs";
import path from "node:path";
import { cli, scratchFolder } from "./harness";

// Tester53 N3 (week 2): on the 11-27 report SH001 had an urgent 挽留联系; she called, typed 已联系
// and recorded the call on 回访记录 (2026-11-30). The refresh as of 12-04 planned SH001 an urgent
// retention call again (planned from its last purchase, 08-05) while its talking point said
// 上次联系：2026-11-30. A contact made since the customer went late stands for the call for one
// regular contact interval (a key account: 14 days), and the regular contact counts from it.

const scratch = scratchFolder("ca-retention-contact-");

interface Row {
  customerId: string;
  date?: string;
  reason: { code: string };
  dueDate: string | null;
  plannedFrom: string;
  unscheduledReason?: { code: string };
  priority: string | null;
}

test("the tester's weekly refresh: SH001, called 4 days before, gets its regular visit counted from the call, not a retention call", async () => {
  const input = scratch.path("客户台账.xlsx");
  copyFileSync(path.join(__dirname, "../fixtures/tester53w2/report1.typed.xlsx"), input);
  const json = scratch.path("r2.json");
  const run = await cli(
    "analyze",
    input,
    "--as-of",
    "2026-12-04",
    "-o",
    scratch.path("r2.xlsx"),
    "--json",
    json,
    "--quiet",
  );
  expect(run.code).toBe(0);
  const r = JSON.parse(readFileSync(json, "utf8")) as {
    followUps: Row[];
    unscheduled: Row[];
    keptTyped: { customerId: string; status: string }[];
  };
  const of = (rows: Row[], id: string) =>
    rows
      .filter((x) => x.customerId === id)
      .map((x) =>
        [x.reason.code, x.date ?? x.unscheduledReason?.code, x.dueDate, x.plannedFrom].join(" "),
      );
  expect(of(r.followUps, "SH001")).toEqual([
    "cadence 2026-12-14 2026-12-14 2026-11-30",
    "cadence 2026-12-28 2026-12-28 2026-12-14",
  ]);
  expect(of(r.unscheduled, "SH001")).toEqual([
    "win_back contacted_while_late 2026-12-14 2026-11-30",
  ]);
  // No rank: the call sheet read 紧急 on a call nobody is to make.
  expect(r.unscheduled.find((x) => x.customerId === "SH001")?.priority).toBeNull();
  // Her 已联系 stays on a kept row (notice53), not on a call.
  expect(r.keptTyped.filter((k) => k.customerId === "SH001").map((k) => k.status)).toEqual([
    "已联系",
  ]);
  // HZ012 (a key account, late since 11-18) was called on 11-19: 15 days ago, past its 14-day
  // interval and still no purchase. Until judgment 6 that was the retention call again, planned
  // from that call ("win_back 2026-12-04 2026-12-07 2026-11-19"). rhythm58's weights put HZ012,
  // 74 days since its last purchase on a 58-day rhythm, at low 12.8 % (medium 63.7 % before), so
  // it gets its regular visit, due since 12-03. A recall loss the stop-58 note lists as open
  // (reviewer58 R1: its reasons say both "long since" and "recent"), not a change of this test's rule.
  expect(of(r.followUps, "HZ012")[0]).toBe("cadence 2026-12-04 2026-12-03 2026-11-19");
});
