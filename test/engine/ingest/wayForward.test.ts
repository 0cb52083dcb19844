// reviewer56 L9: a Pipedrive deals export without Deal - Won time was refused "Required column “Date”
// is missing (accepted headers: Date / Order Date / …)", neither saying why Deal - Expected close date
// was passed over nor what to export. L7: an export of 销售订单 only (so/t.csv) was refused as void
// or cancelled orders with "correct them and run again", no way forward for orders right as written.
import type { Grid } from "../../../src/engine/cells";
import { InputError } from "../../../src/engine/errors";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";

const asOf = epochDay(2026, 11, 30);

async function refusal(sheets: Record<string, Grid>): Promise<{ en: string; zh: string }> {
  try {
    await ingestWorkbook(memorySource(sheets), { asOf });
  } catch (e) {
    const err = e as InputError;
    return { en: err.in("en-US"), zh: err.in("zh-CN") };
  }
  throw new Error("not refused");
}

test("a deals export with an expected close date and no won date says why and what to export", async () => {
  const said = await refusal({
    Customers: [
      ["Customer ID", "Name"],
      ["1", "Acme"],
    ],
    Deals: [
      ["Deal - ID", "Deal - Value", "Customer ID", "Deal - Status", "Deal - Expected close date"],
      [1, 12000, "1", "Won", "2026-07-01"],
    ],
  });
  expect(said.en).toContain("Required column “Date” is missing");
  expect(said.en).toContain(
    "“Deal - Expected close date” is a forecast, not the day of a sale, so it is not read as the date: export the day each deal was won (Pipedrive: Deal - Won time",
  );
});

test("an export of sales orders only says how to go on", async () => {
  const orders: Grid = [["单据编号", "单据类型", "客户编号", "日期", "金额"]];
  for (let k = 1; k <= 5; k++)
    orders.push([`XSDD-${k}`, "销售订单", "K001", `2026-0${k}-02`, 1001]);
  const said = await refusal({ 客户: [["客户编号"], ["K001"]], 交易: orders });
  expect(said.en).toContain("rename the column “单据类型” (such as “单据类型 (not read)”)");
  expect(said.zh).toContain("或把列“单据类型”改名（如“单据类型（不读）”）");
});
