import { Dropdown, Field, Option } from "@fluentui/react-components";
import * as React from "react";
import {
  CALENDAR_CHOICES,
  CALENDAR_PATH,
  valueAt,
  type DraftCheck,
  type RulesDraft,
} from "../rulesForm";
import type { Translate } from "../i18n";

export interface CalendarFieldProps {
  t: Translate;
  draft: RulesDraft;
  check: DraftCheck;
  busy: boolean;
  onValue(path: string, value: unknown): void;
}

/**
 * The holiday calendar (followUp.calendar): by the amounts' currency unless chosen, China's, the
 * US's or none (tester60 U103).
 */
export function CalendarField(props: CalendarFieldProps): React.JSX.Element {
  const { t } = props;
  const value = valueAt(props.draft, CALENDAR_PATH);
  const selected = CALENDAR_CHOICES.find((c) => c.value === value)?.value ?? "auto";
  const errors = props.check.byField[CALENDAR_PATH];
  const label = (v: string) => t(CALENDAR_CHOICES.find((c) => c.value === v)!.label);
  return (
    <Field
      label={t("calendarLabel")}
      hint={t("calendarHint")}
      validationMessage={errors?.join("; ")}
      validationState={errors ? "error" : "none"}
    >
      <Dropdown
        disabled={props.busy}
        value={label(selected)}
        selectedOptions={[selected]}
        onOptionSelect={(_e, d) => {
          const v = d.optionValue;
          if (!v || v === selected) return;
          props.onValue(CALENDAR_PATH, v === "auto" ? undefined : v);
        }}
        data-path={CALENDAR_PATH}
      >
        {CALENDAR_CHOICES.map((c) => (
          <Option key={c.value} value={c.value}>
            {t(c.label)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
