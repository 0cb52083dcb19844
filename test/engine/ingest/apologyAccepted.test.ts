// tester68 U401 (stop 68): a 母婴店's contact note "投诉已道歉，送了湿巾，客户接受" (the apology made, the
// customer accepting it) was read as a new open complaint: an urgent complaint call to 刘敏丽, whose
// only complaint (投诉登记) was 已处理. An apology the customer accepted settles the complaint; an
// apology she refused, or one after which she is still upset, does not.
import { complaintNote, saysResolved } from "../../../src/engine/ingest/contactOutcome";

test.each([
  "投诉已道歉，送了湿巾，客户接受",
  "投诉已道歉，客户接受",
  "已向顾客道歉，顾客接受了",
  "店长道歉后客户表示理解",
  "她接受了道歉",
  "Apologised for the complaint and gave her wipes; she accepted the apology",
  "Complaint: apology accepted",
])("%s settles the complaint: no new complaint", (note) => {
  expect(saysResolved(note)).toBe(true);
  expect(complaintNote(note)).toBe(false);
});

test.each([
  "投诉已道歉，客户不接受",
  "投诉：道歉了但客户不接受道歉",
  "投诉已道歉，客户没有接受",
  "投诉已道歉，客户接受不了，要求退款",
  "投诉：道歉了但她还是很生气",
  "Complaint: we apologised but she has not accepted the apology",
  "Complaint about the rash cream; apology not accepted",
])("%s leaves the complaint open", (note) => {
  expect(saysResolved(note)).toBe(false);
  expect(complaintNote(note)).toBe(true);
});
