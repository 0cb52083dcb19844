/**
 * Words ingest puts into data-quality findings (engine/ingest): a required field with its accepted
 * headers, and the ways two customer rows look alike.
 */
export const INGEST_EN = {
  fieldWithNames: "{label} ({names})",
  fieldSeparator: "; ",
  samePhone: "phone",
  sameEmail: "e-mail",
  sameName: "name and region",
  sameSeparator: " and ",
  /** Between the user's own names listed in a message (headers found, sheets in the workbook). */
  nameSeparator: ", ",
};

export const INGEST_ZH: Record<keyof typeof INGEST_EN, string> = {
  fieldWithNames: "{label}（{names}）",
  fieldSeparator: "；",
  samePhone: "电话",
  sameEmail: "邮箱",
  sameName: "名称和地区",
  sameSeparator: "、",
  nameSeparator: "、",
};
