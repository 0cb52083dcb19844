// tester56 U33, U36, U38: a school's 收据号 and Pipedrive's Deal - ID are the order ID (a receipt
// entered twice was counted twice, "no order ID column"); 管家婆's 往来单位 全名 (and 简名) the
// customer's name (the at-risk list had no names); a school's 校区 its region (每次都问
// "是否应为“地区”？").
import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";

const asOf = epochDay(2026, 11, 30);

async function read(sheets: Record<string, Grid>) {
  return ingestWorkbook(memorySource(sheets), { asOf });
}

test("收据号 and Deal - ID are the order ID", async () => {
  const school = await read({
    客户: [
      ["学员编号", "学员姓名", "校区"],
      ["XY001", "王小明", "西湖校区"],
    ],
    缴费: [
      ["日期", "收据号", "学员编号", "金额"],
      ["2026-09-01", "R001", "XY001", 3680],
      ["2026-09-01", "R001", "XY001", 3680],
    ],
  });
  expect(school.dataset.sources.transactions!.columns.orderId).toBe("收据号");
  // The receipt entered twice is counted once.
  expect(school.dataset.transactions.count).toBe(1);
  expect(school.dataset.sources.customers!.columns.region).toBe("校区");
  expect(school.dataset.customers.region[0]).toBe("西湖校区");
  const codes = school.findings.map((f) => `${f.code} ${f.column}`);
  expect(codes).not.toContain("unmapped_near_field 校区");
  expect(codes).not.toContain("unmapped_near_field 收据号");
  const deals = await read({
    Customers: [
      ["Customer ID", "Name"],
      ["1", "Acme"],
    ],
    Deals: [
      ["Deal - ID", "Customer ID", "Deal - Won time", "Deal - Value"],
      [11, "1", "2026-03-01", 500],
    ],
  });
  expect(deals.dataset.sources.transactions!.columns.orderId).toBe("Deal - ID");
});

test("管家婆's 全名 is the name, 简名 not asked about", async () => {
  const { dataset, findings } = await read({
    客户: [
      ["编号", "全名", "简名", "电话"],
      ["K0001", "杭州顺达汽配有限公司", "顺达汽配", "13800000001"],
    ],
    交易: [
      ["日期", "往来单位编号", "金额"],
      ["2026-09-01", "K0001", 100],
    ],
  });
  expect(dataset.sources.customers!.columns.name).toBe("全名");
  expect(dataset.customers.name[0]).toBe("杭州顺达汽配有限公司");
  expect(findings.filter((f) => f.column === "简名").map((f) => f.severity)).not.toContain(
    "warning",
  );
});

// tester66 U235, U239: Jobber's Clients export. Its Company Name is blank for people, and was read
// as the name (the no-ID advice named it: a report of 1 customer); Main Phone #s was no phone.
test("Jobber's Display Name is the name and Main Phone #s the phone", async () => {
  const jobber = await read({
    Clients: [
      ["Customer ID", "Display Name", "Company Name", "First Name", "Last Name", "Main Phone #s"],
      ["1", "Karen Miller", "", "Karen", "Miller", "(614) 555-0101"],
      ["2", "Oakwood Plaza LLC", "Oakwood Plaza LLC", "", "", "(614) 555-0109"],
    ],
    Invoices: [
      ["Customer ID", "Issued date", "Total ($)"],
      ["1", "2026-09-01", 60],
    ],
  });
  const columns = jobber.dataset.sources.customers!.columns;
  expect(columns.name).toBe("Display Name");
  expect(columns.phone).toBe("Main Phone #s");
  expect(jobber.dataset.customers.name[0]).toBe("Karen Miller");
});
