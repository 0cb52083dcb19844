// tester59 U81: Square's Item Details export. Its Transaction ID is the order ID (unread, so a
// walk-in's blank-Customer-ID sale was read as a further line of the order above), Net Sales the
// amount (Gross Sales, before Discounts, was read: +6.3 % revenue) and Price Point Name ("Regular")
// a name, never the unit price.
import { mapColumns } from "../../../src/engine/ingest/header";
import { SHEETS } from "../../../src/engine/schema";
import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";

const SQUARE = [
  "Date",
  "Time",
  "Time Zone",
  "Category",
  "Item",
  "Qty",
  "Price Point Name",
  "SKU",
  "Modifier Applied",
  "Gross Sales",
  "Discounts",
  "Net Sales",
  "Tax",
  "Transaction ID",
  "Payment ID",
  "Device Name",
  "Notes",
  "Details",
  "Event Type",
  "Location",
  "Dining Option",
  "Customer ID",
  "Customer Name",
  "Customer Reference ID",
  "Unit",
  "Count",
  "Itemization Type",
  "Fulfillment Note",
  "Channel",
  "Token",
  "Card Brand",
  "PAN Suffix",
];

test("Square Item Details: Transaction ID, Net Sales; Price Point Name no price", () => {
  const m = mapColumns(SQUARE, SHEETS.transactions);
  const at = (field: string) => SQUARE[m.columns[field]];
  expect(at("orderId")).toBe("Transaction ID");
  expect(at("amount")).toBe("Net Sales");
  expect(at("customerId")).toBe("Customer ID");
  expect(at("quantity")).toBe("Qty");
  expect(m.columns.unitPrice).toBeUndefined();
});

test("a plain Price column is still the unit price", () => {
  const m = mapColumns(["Customer ID", "Date", "Price", "Qty"], SHEETS.transactions);
  expect(m.columns.unitPrice).toBe(2);
});

// tester68 U406: a Square-style customer list (Reference ID, First Name, Last Name, Email Address,
// Phone Number, Creation Date, …; the headers /work/notes/stop68/tester68/bike/gen.py writes) was
// refused, its sales keyed by Customer Reference ID. Square's sales exports carry Customer ID
// (Square's own), Customer Name and Customer Reference ID (the seller's) side by side (SQUARE above).
const asOf = epochDay(2026, 2, 28);

async function read(sheets: Record<string, Grid>) {
  return ingestWorkbook(memorySource(sheets), { asOf });
}

test("Square's Reference ID is the customer's ID and Creation Date her first day", async () => {
  const { dataset, findings } = await read({
    Customers: [
      [
        "Reference ID",
        "First Name",
        "Last Name",
        "Email Address",
        "Phone Number",
        "Creation Date",
        "Customer Notes",
        "Email Subscription Status",
      ],
      [
        "CUST-1000",
        "James",
        "Smith",
        "james.smith7@gmail.com",
        "(415) 555-0101",
        "03/14/2023",
        "",
        "subscribed",
      ],
      [
        "CUST-1001",
        "Mary",
        "Lee",
        "mary.lee3@gmail.com",
        "(415) 555-0102",
        "06/02/2024",
        "Daily commuter, e-bike",
        "unsubscribed",
      ],
    ],
    Sales: [
      [
        "Date",
        "Time",
        "Customer Reference ID",
        "Customer Name",
        "Item",
        "Gross Sales",
        "Net Sales",
        "Payment Method",
        "Notes",
      ],
      [
        "04/02/2025",
        "10:15",
        "CUST-1000",
        "James Smith",
        "Basic Tune-Up",
        "$79.00",
        "$79.00",
        "Card",
        "",
      ],
      [
        "05/09/2025",
        "14:02",
        "CUST-1001",
        "Mary Lee",
        "Flat Repair",
        "$15.00",
        "$15.00",
        "Cash",
        "",
      ],
    ],
  });
  const customers = dataset.sources.customers!;
  expect(customers.columns.customerId).toBe("Reference ID");
  expect(customers.columns.created).toBe("Creation Date");
  expect([...dataset.customers.created]).toEqual([epochDay(2023, 3, 14), epochDay(2024, 6, 2)]);
  expect(dataset.sources.transactions!.columns.customerId).toBe("Customer Reference ID");
  expect(dataset.transactions.count).toBe(2);
  expect(findings.map((f) => `${f.code} ${f.column}`)).not.toContain(
    "unmapped_near_field Creation Date",
  );
  // fix69d left: Email Subscription Status is the e-mail opt-in, not the customer's status
  // (subscribed / unsubscribed were a status, and the shop had no consent column).
  expect(customers.columns.status).toBeUndefined();
  expect(customers.columns.marketingConsent).toBe("Email Subscription Status");
  expect([...dataset.customers.marketingConsent]).toEqual([1, 0]);
});

test("Square's opt-in Unknown is no answer, not an unreadable cell", async () => {
  const { dataset, findings } = await read({
    Customers: [
      ["Reference ID", "First Name", "Email Subscription Status"],
      ["CUST-1000", "James", "Unknown"],
      ["CUST-1001", "Mary", "Subscribed"],
    ],
    Sales: [
      ["Date", "Customer Reference ID", "Net Sales"],
      ["04/02/2025", "CUST-1000", "$79.00"],
      ["05/09/2025", "CUST-1001", "$15.00"],
    ],
  });
  expect([...dataset.customers.marketingConsent]).toEqual([-1, 1]);
  expect(findings.map((f) => f.code)).not.toContain("unparseable_optional");
});

test("beside Square's own Customer ID, the sales are read by the reference the customer list holds", async () => {
  const { dataset } = await read({
    Customers: [
      [
        "Reference ID",
        "First Name",
        "Last Name",
        "Creation Date",
        "Last Visit",
        "Total Visits",
        "Total Spend",
      ],
      ["CUST-1000", "James", "Smith", "03/14/2023", "04/02/2025", 1, "$79.00"],
      ["CUST-1001", "Mary", "Lee", "06/02/2024", "05/09/2025", 1, "$15.00"],
    ],
    Sales: [
      [
        "Date",
        "Time",
        "Item",
        "Gross Sales",
        "Net Sales",
        "Transaction ID",
        "Customer ID",
        "Customer Name",
        "Customer Reference ID",
      ],
      [
        "04/02/2025",
        "10:15",
        "Basic Tune-Up",
        "$79.00",
        "$79.00",
        "T1",
        "AE8X8MPTGN7DF5M76JAC10VAP0",
        "James Smith",
        "CUST-1000",
      ],
      [
        "05/09/2025",
        "14:02",
        "Flat Repair",
        "$15.00",
        "$15.00",
        "T2",
        "BF9Y9NQUHO8EG6N87KBD21WBQ1",
        "Mary Lee",
        "CUST-1001",
      ],
    ],
  });
  expect(dataset.sources.transactions!.columns.customerId).toBe("Customer Reference ID");
  expect(dataset.transactions.count).toBe(2);
});

test("Square's own Square Customer ID beside a blank Reference ID is the customer's ID (reviewer69 H1)", async () => {
  // Square's directory export carries Square Customer ID (always filled) and the seller's optional
  // Reference ID (blank unless set): Reference ID won and the run was refused ("Customer ID “SQ0” is
  // not on the Customers sheet").
  const sales: Grid = [
    ["Date", "Time", "Item", "Net Sales", "Transaction ID", "Customer ID", "Customer Name"],
    ["04/02/2025", "10:15", "Tune", "$79.00", "T0", "SQ0", "A B"],
    ["04/03/2025", "10:15", "Tune", "$79.00", "T1", "SQ1", "C D"],
  ];
  for (const refs of [
    ["", ""],
    ["CUST-1", ""],
  ]) {
    const { dataset } = await read({
      Customers: [
        ["First Name", "Last Name", "Reference ID", "Square Customer ID", "Creation Date"],
        ["A", "B", refs[0], "SQ0", "2023-03-14"],
        ["C", "D", refs[1], "SQ1", "2024-06-02"],
      ],
      Sales: sales,
    });
    expect(dataset.sources.customers?.columns.customerId).toBe("Square Customer ID");
    expect(dataset.transactions.count).toBe(2);
  }
});

describe("with Reference ID and Square Customer ID both filled, the Customers' ID is the one the sales are keyed by (reviewer70 H4)", () => {
  // Square's directory export, both IDs set; the sales carry Square's ID, the seller's reference,
  // or both. bb4c7451 made Square Customer ID win by its header alone: sales keyed by Customer
  // Reference ID only were refused ("Customer ID “CUST-0” is not on the Customers sheet").
  const customers: Grid = [
    ["First Name", "Last Name", "Reference ID", "Square Customer ID", "Creation Date"],
    ["A", "B", "CUST-0", "SQ0", "2023-03-14"],
    ["C", "D", "CUST-1", "SQ1", "2024-06-02"],
  ];
  const sale = (i: number, tail: string[]) => ["04/02/2025", "Tune", "$79.00", `T${i}`, ...tail];
  const head = ["Date", "Item", "Net Sales", "Transaction ID"];
  test.each([
    [
      "Customer Reference ID only",
      ["Customer Name", "Customer Reference ID"],
      (i: number) => ["N", `CUST-${i}`],
      "Reference ID",
    ],
    [
      "Customer ID (Square's) only",
      ["Customer ID", "Customer Name"],
      (i: number) => [`SQ${i}`, "N"],
      "Square Customer ID",
    ],
    [
      "both",
      ["Customer ID", "Customer Name", "Customer Reference ID"],
      (i: number) => [`SQ${i}`, "N", `CUST-${i}`],
      "Square Customer ID",
    ],
  ])("sales keyed by %s", async (_, header, tail, id) => {
    const { dataset } = await read({
      Customers: customers,
      Sales: [[...head, ...header], ...[0, 1].map((i) => sale(i, tail(i)))],
    });
    expect(dataset.sources.customers?.columns.customerId).toBe(id);
    expect(dataset.transactions.count).toBe(2);
  });

  test("never a mostly blank one: with no sales key in either, the filled Reference ID", async () => {
    // Square Customer ID blank but for one customer (an import), the sales keyed by e-mail.
    const { dataset } = await read({
      Customers: [
        ["First Name", "Last Name", "Email Address", "Reference ID", "Square Customer ID"],
        ["A", "B", "a@x.com", "CUST-0", ""],
        ["C", "D", "c@x.com", "CUST-1", ""],
        ["E", "F", "e@x.com", "CUST-2", "SQ2"],
      ],
      Sales: [
        ["Date", "Item", "Net Sales", "Email"],
        ["04/02/2025", "Tune", "$79.00", "a@x.com"],
        ["04/03/2025", "Tune", "$79.00", "c@x.com"],
      ],
    });
    expect(dataset.sources.customers?.columns.customerId).toBe("Reference ID");
    expect(dataset.customers.count).toBe(3);
    expect(dataset.transactions.count).toBe(2);
  });
});
