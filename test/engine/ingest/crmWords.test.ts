// tester62's headers and words (stop 62): U143, a CRM's activity export names the agreed next
// contact "Follow-up Date" (Golden Gate agreed 12-15 and got a cadence call on 12-18); U144, a hotpot
// restaurant's 差评 sheet says 处理情况 and 已赔付 (the compensated complaint stayed open: an urgent
// 投诉跟进 call to 孙女士).
import { saysResolved } from "../../../src/engine/ingest/contactOutcome";
import { mapColumns } from "../../../src/engine/ingest/header";
import { optionCode } from "../../../src/engine/ingest/options";
import { SHEETS } from "../../../src/engine/schema";

test.each(["Follow-up Date", "Follow Up Date", "Followup Date"])(
  "%s is the agreed next contact",
  (h) =>
    expect(
      mapColumns(["Customer ID", "Date", "Note", h], SHEETS.contacts).columns.nextContact,
    ).toBe(3),
);

test("处理情况 is a complaint's status", () =>
  expect(
    mapColumns(["客户编号", "日期", "问题描述", "处理情况"], SHEETS.complaints).columns.status,
  ).toBe(3));

test.each(["已赔付", "已赔偿", "已补偿", "已退款", "已补发", "Refunded", "Compensated"])(
  "a complaint status %s is resolved",
  (v) => expect(optionCode("status", v)).toBe("resolved"),
);

test.each([
  ["虾滑少了一份，已补发，顾客接受", true],
  ["已赔付 50 元代金券", true],
  ["还没赔付", false],
])("a note %s says the complaint was settled: %s", (note, yes) =>
  expect(saysResolved(note)).toBe(yes),
);
