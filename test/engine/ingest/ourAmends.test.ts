import { complaintNote, saysOurAmends } from "../../../src/engine/ingest/contactOutcome";

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

// reviewer69 L4 (amends.test.ts): after 8cf75130 (退款 / 退费 as amends paid) a damage word and a
// refund anywhere in one note were our amends, a complaint: a refund of her card on moving, a
// damage done elsewhere or said normal. The paying now stands in the damage's clause or one beside
// it, and the damage is not of another, of her own, nor said normal.
test.each([
  "买的裙子掉色，是别家买的，想在我们这退款不行",
  "搬家了，会员卡剩余退款，顺便说上次的衣服掉色是正常的",
  "Her phone got damaged at home; she asked for a refund of her membership as she is moving",
  "The parcel arrived damaged by the courier; the courier refunded her",
  "She damaged the rental bike herself, we waived the fee; refund of deposit done",
])("%s: no complaint (reviewer69 L4)", (note) => {
  expect(saysOurAmends(note)).toBe(false);
  expect(complaintNote(note)).toBe(false);
});

test.each([
  "洗坏了大衣，退了洗衣费",
  "衣服洗得掉色了，店长说退款",
  "Ruined her coat; refunded the cleaning",
])("%s: still our amends (reviewer69 L4 near-misses)", (note) =>
  expect(saysOurAmends(note)).toBe(true),
);
