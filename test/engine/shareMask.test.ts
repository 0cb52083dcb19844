import { analyzeWorkbook } from "../../src/engine/analyze";
import { InputError } from "../../src/engine/errors";
import { memorySource } from "../../src/engine/ingest/memorySource";
import { epochDay } from "../../src/engine/parse/date";
import { defaultRules } from "../../src/engine/rules";

// reviewer56 R1: 有赞 exports keyed by 手机号 (as the missing-id advice says to do): --share masked
// the phone column but wrote every number again as the Customer ID, on every tab.
const asOf = epochDay(2025, 12, 31);
const sheets = (ids: string[]) => ({
  客户: [["客户编号", "电话"], ...ids.map((id) => [id, id])],
  交易: [["客户编号", "日期", "金额"], ...ids.map((id) => [id, "2025-11-01", 100])],
});
const shared = () => {
  const rules = defaultRules();
  return { ...rules, followUp: { ...rules.followUp, maskContactDetails: true } };
};

test("a share of customers keyed by their mobile numbers is refused, the number masked in the words", async () => {
  const ids = ["17626162462", "158 2587 3255", "+86 13800138000", "C004"];
  const run = analyzeWorkbook(memorySource(sheets(ids)), { rules: shared(), asOf });
  await expect(run).rejects.toBeInstanceOf(InputError);
  const e = (await run.catch((x: unknown) => x)) as InputError;
  expect(e.in("zh-CN")).toContain("4 位客户中有 3 位的客户编号是手机号（例如 176****2462）");
  expect(e.in("en-US")).toContain("3 of 4 customers is a phone number (such as 176****2462)");
  expect(e.in("zh-CN")).not.toContain("17626162462");
});

test("the same data is analysed without --share, and a share of other IDs is written", async () => {
  const ids = ["17626162462", "C002", "C003"];
  const plain = await analyzeWorkbook(memorySource(sheets(ids)), { rules: defaultRules(), asOf });
  expect(plain.dataset.customers.count).toBe(3);
  // One is enough to refuse: its number would be on every tab.
  await expect(
    analyzeWorkbook(memorySource(sheets(ids)), { rules: shared(), asOf }),
  ).rejects.toBeInstanceOf(InputError);
  // IDs that are no phone numbers (a 10-digit code, 12000000000 is no mobile prefix): shared.
  const others = ["1000000001", "12000000000", "C003"];
  const share = await analyzeWorkbook(memorySource(sheets(others)), { rules: shared(), asOf });
  expect(share.dataset.customers.count).toBe(3);
});

test("a share of customers keyed by their e-mail addresses is refused too (tester57 U46)", async () => {
  const ids = ["ann@example.com", "C002", "bob.lee@example.com"];
  const run = analyzeWorkbook(memorySource(sheets(ids)), { rules: shared(), asOf });
  const e = (await run.catch((x: unknown) => x)) as InputError;
  expect(e).toBeInstanceOf(InputError);
  expect(e.in("zh-CN")).toContain("3 位客户中有 2 位的客户编号是邮箱地址（例如 a***@example.com）");
  expect(e.in("en-US")).toContain(
    "2 of 3 customers is an e-mail address (such as a***@example.com)",
  );
  expect(e.in("en-US")).not.toContain("ann@example.com");
});
