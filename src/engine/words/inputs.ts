import type { HeaderField } from "../headerWords";
import type { SheetKind } from "../schema";

/**
 * The names users see for the input sheets and their columns (the Data step, findings, the console,
 * header errors). Registered as sections `inputNames` (by sheet kind) and `fieldNames` (by column
 * key; a key means the same on every sheet). The header words by which we recognise a user's
 * columns are data, in engine/headerWords.ts.
 */

export const INPUT_NAMES_EN: Record<SheetKind, string> = {
  customers: "Customers",
  transactions: "Transactions",
  surveys: "Surveys",
  complaints: "Complaints",
  contacts: "Contacts",
};
export const INPUT_NAMES_ZH: Record<SheetKind, string> = {
  customers: "客户",
  transactions: "交易",
  surveys: "满意度调查",
  complaints: "投诉",
  contacts: "跟进记录",
};

export const FIELD_NAMES_EN: Record<HeaderField, string> = {
  customerId: "Customer ID",
  name: "Name",
  type: "Type",
  owner: "Owner",
  phone: "Phone",
  email: "E-mail",
  region: "Region",
  industry: "Industry",
  created: "Created",
  birthday: "Birthday",
  creditRating: "Credit rating",
  marketingConsent: "Marketing consent",
  date: "Date",
  amount: "Amount",
  orderId: "Order ID",
  product: "Product",
  quantity: "Quantity",
  rowKind: "Row type",
  currency: "Currency",
  unitPrice: "Unit price",
  overall: "Overall",
  recommend: "Likelihood to recommend",
  quality: "Quality",
  price: "Price",
  afterSales: "After-sales",
  delivery: "Delivery",
  comment: "Comment",
  receivedAt: "Received at",
  cause: "Cause",
  complexity: "Complexity",
  firstResponseAt: "First response at",
  resolvedAt: "Resolved at",
  status: "Status",
  channel: "Channel",
};

export const FIELD_NAMES_ZH: Record<HeaderField, string> = {
  customerId: "客户编号",
  name: "客户名称",
  type: "客户类型",
  owner: "负责人",
  phone: "电话",
  email: "邮箱",
  region: "地区",
  industry: "行业",
  created: "建档日期",
  birthday: "生日",
  creditRating: "信用等级",
  marketingConsent: "同意营销联系",
  date: "日期",
  amount: "金额",
  orderId: "订单号",
  product: "产品",
  quantity: "数量",
  rowKind: "类型",
  currency: "币种",
  unitPrice: "单价",
  overall: "总体满意度",
  recommend: "推荐意愿",
  quality: "质量",
  price: "价格",
  afterSales: "售后服务",
  delivery: "交付时间",
  comment: "意见",
  receivedAt: "接收时间",
  cause: "原因",
  complexity: "复杂度",
  firstResponseAt: "首次响应时间",
  resolvedAt: "解决时间",
  status: "状态",
  channel: "方式",
};
