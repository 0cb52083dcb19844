/**
 * The input sheets the engine reads and the columns it understands, with the header synonyms users
 * write in Chinese and English. The source of each field is DOMAIN.md "Inputs".
 */

export type SheetKind = "customers" | "transactions" | "surveys" | "complaints" | "contacts";

export const SHEET_KINDS: readonly SheetKind[] = [
  "customers",
  "transactions",
  "surveys",
  "complaints",
  "contacts",
];

/** How a column's cells are read. */
export type FieldKind =
  | "id" // customer id: joins across sheets
  | "text"
  | "date" // a calendar day
  | "datetime" // a day with a time of day
  | "amount" // money, may be negative
  | "number"
  | "score5" // 1–5
  | "score10" // 0–10
  | "enum" // one of a field's values (see ENUMS)
  | "flag"; // yes/no

export interface FieldSpec {
  key: string;
  kind: FieldKind;
  required: boolean;
  label: { "zh-CN": string; "en-US": string };
  /** Header texts that name this column; matched after folding case, spaces and brackets. */
  synonyms: readonly string[];
}

export interface SheetSpec {
  kind: SheetKind;
  required: boolean;
  label: { "zh-CN": string; "en-US": string };
  /** Sheet (or Excel table) names that hold this data. */
  names: readonly string[];
  fields: readonly FieldSpec[];
}

const f = (
  key: string,
  kind: FieldKind,
  required: boolean,
  zh: string,
  en: string,
  synonyms: string[],
): FieldSpec => ({ key, kind, required, label: { "zh-CN": zh, "en-US": en }, synonyms });

const CUSTOMER_ID = [
  "客户编号",
  "客户ID",
  "客户编码",
  "客户代码",
  "客户号",
  "会员编号",
  "会员ID",
  "会员号",
  "用户ID",
  "用户编号",
  "Customer ID",
  "CustomerID",
  "Cust No",
  "Cust ID",
  "Customer No",
  "Customer Number",
  "Customer Code",
  "Client ID",
  "Member ID",
  "ID",
  "编号",
];

export const SHEETS: Record<SheetKind, SheetSpec> = {
  customers: {
    kind: "customers",
    required: true,
    label: { "zh-CN": "客户", "en-US": "Customers" },
    names: [
      "客户",
      "客户信息",
      "客户资料",
      "客户档案",
      "客户名单",
      "客户清单",
      "Customers",
      "Customer",
      "Clients",
      "Customer List",
    ],
    fields: [
      f("customerId", "id", true, "客户编号", "Customer ID", CUSTOMER_ID),
      f("name", "text", false, "客户名称", "Name", [
        "客户名称",
        "客户名",
        "客户姓名",
        "姓名",
        "名称",
        "公司名称",
        "单位名称",
        "Name",
        "Customer Name",
        "Client Name",
        "Company",
      ]),
      f("type", "enum", false, "客户类型", "Type", [
        "客户类型",
        "客户类别",
        "类型",
        "Type",
        "Customer Type",
        "Segment Type",
        "Category",
      ]),
      f("owner", "text", false, "负责人", "Owner", [
        "负责人",
        "客户经理",
        "销售",
        "销售代表",
        "业务员",
        "跟进人",
        "归属人",
        "Owner",
        "Account Manager",
        "Sales Rep",
        "Salesperson",
        "Rep",
      ]),
      f("phone", "text", false, "电话", "Phone", [
        "电话",
        "手机",
        "手机号",
        "联系电话",
        "电话号码",
        "Phone",
        "Mobile",
        "Telephone",
        "Tel",
        "Phone Number",
      ]),
      f("email", "text", false, "邮箱", "E-mail", [
        "邮箱",
        "电子邮箱",
        "电子邮件",
        "邮件",
        "Email",
        "E-mail",
        "Mail",
        "Email Address",
      ]),
      f("region", "text", false, "地区", "Region", [
        "地区",
        "区域",
        "省份",
        "城市",
        "所在地",
        "Region",
        "Area",
        "City",
        "Province",
        "Territory",
      ]),
      f("industry", "text", false, "行业", "Industry", ["行业", "所属行业", "Industry", "Sector"]),
      f("created", "date", false, "建档日期", "Created", [
        "建档日期",
        "创建日期",
        "注册日期",
        "开户日期",
        "入会日期",
        "Created",
        "Created At",
        "Created Date",
        "Signup Date",
        "Registration Date",
        "Since",
      ]),
      f("birthday", "date", false, "生日", "Birthday", [
        "生日",
        "出生日期",
        "Birthday",
        "Date of Birth",
        "DOB",
        "Birth Date",
      ]),
      f("creditRating", "text", false, "信用等级", "Credit rating", [
        "信用等级",
        "信用评级",
        "信用",
        "Credit Rating",
        "Credit",
        "Rating",
      ]),
      f("marketingConsent", "flag", false, "同意营销联系", "Marketing consent", [
        "同意营销联系",
        "同意营销",
        "营销同意",
        "接受营销",
        "Marketing Consent",
        "Consent",
        "Opt In",
        "Opt-in",
        "Marketing Opt In",
      ]),
    ],
  },
  transactions: {
    kind: "transactions",
    required: true,
    label: { "zh-CN": "交易", "en-US": "Transactions" },
    names: [
      "交易",
      "交易记录",
      "交易明细",
      "订单",
      "订单明细",
      "销售",
      "销售记录",
      "销售明细",
      "Transactions",
      "Transaction",
      "Orders",
      "Sales",
      "Purchases",
    ],
    fields: [
      f("customerId", "id", true, "客户编号", "Customer ID", CUSTOMER_ID),
      f("date", "date", true, "日期", "Date", [
        "日期",
        "交易日期",
        "订单日期",
        "下单日期",
        "销售日期",
        "购买日期",
        "成交日期",
        "时间",
        "Date",
        "Order Date",
        "Transaction Date",
        "Purchase Date",
        "Sale Date",
        "Invoice Date",
      ]),
      f("amount", "amount", true, "金额", "Amount", [
        "金额",
        "交易金额",
        "订单金额",
        "销售额",
        "销售金额",
        "实付金额",
        "成交金额",
        "消费金额",
        "Amount",
        "Sales",
        "Revenue",
        "Total",
        "Order Amount",
        "Value",
        "Net Amount",
        "Spend",
      ]),
      f("orderId", "text", false, "订单号", "Order ID", [
        "订单号",
        "订单编号",
        "单号",
        "Order ID",
        "Order No",
        "Order Number",
        "Invoice No",
        "Invoice",
      ]),
      f("product", "text", false, "产品", "Product", [
        "产品",
        "产品名称",
        "商品",
        "商品名称",
        "品名",
        "Product",
        "Item",
        "SKU",
        "Product Name",
      ]),
      f("quantity", "number", false, "数量", "Quantity", [
        "数量",
        "件数",
        "Quantity",
        "Qty",
        "Units",
      ]),
    ],
  },
  surveys: {
    kind: "surveys",
    required: false,
    label: { "zh-CN": "满意度调查", "en-US": "Surveys" },
    names: [
      "满意度调查",
      "满意度",
      "调查",
      "问卷",
      "客户满意度",
      "Surveys",
      "Survey",
      "Satisfaction",
      "Feedback",
    ],
    fields: [
      f("customerId", "id", true, "客户编号", "Customer ID", CUSTOMER_ID),
      f("date", "date", true, "日期", "Date", [
        "日期",
        "调查日期",
        "填写日期",
        "回复日期",
        "Date",
        "Survey Date",
        "Response Date",
      ]),
      f("overall", "score5", false, "总体满意度", "Overall", [
        "总体满意度",
        "满意度",
        "总体评分",
        "综合满意度",
        "Overall",
        "Overall Satisfaction",
        "CSAT",
        "Satisfaction",
      ]),
      f("recommend", "score10", false, "推荐意愿", "Likelihood to recommend", [
        "推荐意愿",
        "推荐可能性",
        "推荐度",
        "NPS",
        "Likelihood to Recommend",
        "Recommend",
        "NPS Score",
      ]),
      f("quality", "score5", false, "质量", "Quality", [
        "质量",
        "产品质量",
        "Quality",
        "Product Quality",
      ]),
      f("price", "score5", false, "价格", "Price", ["价格", "价格满意度", "Price", "Pricing"]),
      f("afterSales", "score5", false, "售后服务", "After-sales", [
        "售后服务",
        "售后",
        "服务",
        "After-sales",
        "After Sales",
        "Service",
        "After-sales Service",
      ]),
      f("delivery", "score5", false, "交付时间", "Delivery", [
        "交付时间",
        "交付",
        "交货",
        "物流",
        "配送",
        "Delivery",
        "Delivery Time",
      ]),
      f("comment", "text", false, "意见", "Comment", [
        "意见",
        "评论",
        "备注",
        "建议",
        "Comment",
        "Comments",
        "Feedback",
        "Remarks",
      ]),
    ],
  },
  complaints: {
    kind: "complaints",
    required: false,
    label: { "zh-CN": "投诉", "en-US": "Complaints" },
    names: ["投诉", "投诉记录", "投诉明细", "客户投诉", "Complaints", "Complaint"],
    fields: [
      f("customerId", "id", true, "客户编号", "Customer ID", CUSTOMER_ID),
      f("receivedAt", "datetime", true, "接收时间", "Received at", [
        "接收时间",
        "投诉时间",
        "受理时间",
        "登记时间",
        "日期",
        "Received At",
        "Received",
        "Date",
        "Opened At",
        "Created At",
      ]),
      f("cause", "enum", false, "原因", "Cause", [
        "原因",
        "投诉原因",
        "投诉类型",
        "类别",
        "Cause",
        "Reason",
        "Category",
        "Type",
      ]),
      f("complexity", "enum", false, "复杂度", "Complexity", [
        "复杂度",
        "复杂程度",
        "难度",
        "Complexity",
        "Severity",
      ]),
      f("firstResponseAt", "datetime", false, "首次响应时间", "First response at", [
        "首次响应时间",
        "响应时间",
        "首次回复时间",
        "First Response At",
        "First Response",
        "Responded At",
      ]),
      f("resolvedAt", "datetime", false, "解决时间", "Resolved at", [
        "解决时间",
        "处理完成时间",
        "结案时间",
        "关闭时间",
        "Resolved At",
        "Resolved",
        "Closed At",
      ]),
      f("status", "enum", false, "状态", "Status", ["状态", "处理状态", "Status", "State"]),
    ],
  },
  contacts: {
    kind: "contacts",
    required: false,
    label: { "zh-CN": "跟进记录", "en-US": "Contacts" },
    names: [
      "跟进记录",
      "联系记录",
      "回访记录",
      "拜访记录",
      "沟通记录",
      "跟进",
      "Contacts",
      "Contact Log",
      "Activities",
      "Interactions",
    ],
    fields: [
      f("customerId", "id", true, "客户编号", "Customer ID", CUSTOMER_ID),
      f("date", "date", true, "日期", "Date", [
        "日期",
        "联系日期",
        "跟进日期",
        "回访日期",
        "拜访日期",
        "Date",
        "Contact Date",
        "Activity Date",
      ]),
      f("channel", "enum", false, "方式", "Channel", [
        "方式",
        "联系方式",
        "跟进方式",
        "渠道",
        "Channel",
        "Method",
        "Type",
      ]),
      f("owner", "text", false, "负责人", "Owner", [
        "负责人",
        "跟进人",
        "客户经理",
        "联系人",
        "Owner",
        "By",
        "Rep",
        "Account Manager",
      ]),
    ],
  },
};

// The words users write for option, flag and totals cells live in optionWords.ts.
export {
  ENUMS,
  FLAG_WORDS,
  TOTALS_WORDS,
  type ComplaintCause,
  type ComplaintComplexity,
  type ComplaintStatus,
  type ContactChannel,
  type CustomerType,
  type EnumField,
} from "./optionWords";

export type Lang = "zh-CN" | "en-US";
