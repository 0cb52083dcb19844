import { makeStyles, tokens } from "@fluentui/react-components";

/** Shared layout of the steps: one column, the task pane's narrow width in mind (~320 px). */
export const useStepStyles = makeStyles({
  step: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalM,
  },
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  group: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  groupTitle: {
    marginTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalXXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  // Border-box: a SpinButton is content-box with 10 px of padding, so at width 100% it stuck out
  // 10 px past every other field (into the pane's margin: seen at 320 and 350 px, stop 46).
  full: { width: "100%", minWidth: 0, boxSizing: "border-box" },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  th: {
    textAlign: "right",
    fontWeight: tokens.fontWeightSemibold,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground2,
    ":first-child": { textAlign: "left" },
  },
  td: {
    textAlign: "right",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    fontVariantNumeric: "tabular-nums",
    ":first-child": { textAlign: "left", overflowWrap: "anywhere" },
  },
  /** A count or figure cell: never broken between its digits (tester55 U10: "3" / "9" at 320 px). */
  tdFigure: { whiteSpace: "nowrap" },
});
