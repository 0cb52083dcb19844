import { complaintNote } from "../../../src/engine/ingest/contactOutcome";

// reviewer67 H3 (r67amends.ts): after a0394411 a contact's note with 赔了 / 赔偿 / damaged / ruined /
// shrank / compensation opened a complaint whoever's loss or fault it was: 15 of 16 near-misses.
// A complaint needs the fault owned, or a damage with amends paid.
test.each([
  "洗坏了大衣，赔偿200元",
  "Ruined her coat, paid her $200",
  "Shrank his sweater; reimbursed the cost",
  "烫坏了衬衫，赔了300",
  "这次是我方过错，下次注意",
])("%s: a complaint", (note) => expect(complaintNote(note)).toBe(true));

test.each([
  "她炒股赔了不少钱，最近手头紧",
  "生意赔钱了，暂时不来",
  "老公车祸，对方赔偿还没到位",
  "她在等保险公司赔付",
  "Her house was damaged in the storm, back in spring",
  "Hurricane damaged her roof; will call in March",
  "Rain ruined her wedding plans",
  "On workers' compensation until March",
  "Her business shrank this year",
  "衣服本来就掉色，不是我们的责任",
  "她自己的衣服掉色了，跟我们无关",
  "Brought in a damaged jacket to repair",
  "拿来一件洗坏的外套让我们修补（别家洗坏的）",
  "Not our fault, she admits",
])("%s: no complaint", (note) => expect(complaintNote(note)).toBe(false));
