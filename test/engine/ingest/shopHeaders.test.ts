// tester59 U84: a pet shop's customer sheet names the customer 主人 (the pet's owner) and the
// member's owner 跟进店员: both unread, every call had no name and all 112 were under （未指定）.
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";

test("主人 is the customer's name and 跟进店员 its owner; the 店员 of a sale is no one's owner", async () => {
  const { dataset } = await ingestWorkbook(
    memorySource({
      客户: [
        ["会员号", "主人", "宠物名", "手机", "跟进店员"],
        ["MQ001", "林晓", "豆豆", "13800000001", "阿杰"],
      ],
      交易: [
        ["日期", "会员号", "金额", "店员"],
        ["2026-11-01", "MQ001", 299, "小周"],
      ],
    }),
    { asOf: epochDay(2026, 11, 30) },
  );
  const { sources, customers } = dataset;
  expect(sources.customers!.columns.name).toBe("主人");
  expect(sources.customers!.columns.owner).toBe("跟进店员");
  expect(customers.name[0]).toBe("林晓");
  expect(customers.owner[0]).toBe("阿杰");
  expect(Object.values(sources.transactions!.columns)).not.toContain("店员");
});
