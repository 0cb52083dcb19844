import { numberBounds } from "../../engine/rules/bounds";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  SpinButton,
  Subtitle2,
  Text,
  Textarea,
} from "@fluentui/react-components";
import * as React from "react";
import { ruleSetJson, type RuleSet } from "../../engine/rules";
import type { Lang } from "../../engine/schema";
import type { Translate } from "../i18n";
import type { LangSource } from "../paneState";
import {
  AS_OF_PATH,
  fieldHint,
  problemText,
  importProblemText,
  problemsOf,
  RULE_FIELDS,
  valueAt,
  type DraftCheck,
  type RuleField,
  type RuleGroup,
  type RulesDraft,
} from "../rulesForm";
import { CalendarField } from "./CalendarField";
import { LanguageField } from "./LanguageField";
import { useStepStyles } from "./styles";

export interface RulesStepProps {
  lang: Lang;
  t: Translate;
  /** Where the language came from (the language field shows it). */
  langSource: LangSource;
  draft: RulesDraft;
  check: DraftCheck;
  /** The last valid rule set (what export shows). */
  rules: RuleSet;
  /** The date used when the rules name none, as YYYY-MM-DD. */
  today: string;
  busy: boolean;
  /** A status line after a save, import or reset. */
  notice: string | null;
  onValue(path: string, value: unknown): void;
  onReset(): void;
  /** Imports rule-set JSON text; returns the problems (empty when imported). */
  onImport(text: string): string[];
  /** A language chosen, or null to follow the workbook again. */
  onLanguage(lang: Lang | null): void;
}

const GROUPS: RuleGroup[] = [
  "groupScope",
  "groupChurn",
  "groupValue",
  "groupFollowUp",
  "groupComplaints",
];

/** The number a SpinButton change means: a number, null for an empty box, or the text typed. */
function spinValue(data: { value?: number | null; displayValue?: string }): unknown {
  if (data.value !== undefined) return data.value;
  const text = (data.displayValue ?? "").trim();
  if (text === "") return null;
  const n = Number(text.replace(/,/g, "."));
  return Number.isFinite(n) ? n : text;
}

/**
 * Step 2: the main thresholds with one-line explanations, each validated by the engine's
 * parseRuleSet (problems named by the field's label, not its JSON path); reset to defaults; the
 * pane's language; import and export JSON.
 */
export function RulesStep(props: RulesStepProps): React.JSX.Element {
  const { t, check } = props;
  const s = useStepStyles();
  return (
    <div className={s.step} data-testid="step-rules">
      <Text>{t("rulesIntro")}</Text>
      {check.problems.length > 0 ? (
        <MessageBar intent="error" layout="multiline" data-testid="rules-errors">
          <MessageBarBody>
            {t("rulesInvalid", { count: check.problems.length })}
            <ul style={{ margin: "4px 0 0", paddingLeft: 18 }}>
              {check.problems.map((p, i) => (
                <li key={i}>{problemText(p, t)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {props.notice ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{props.notice}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={s.row}>
        <Button onClick={props.onReset} disabled={props.busy}>
          {t("resetDefaults")}
        </Button>
      </div>
      {GROUPS.map((g) => (
        <section key={g} className={s.group} aria-label={t(g)}>
          <Subtitle2 className={s.groupTitle}>{t(g)}</Subtitle2>
          {g === "groupScope" ? <AsOfField {...props} /> : null}
          {RULE_FIELDS.filter((f) => f.group === g).map((f) => (
            <NumberField key={f.path} {...props} field={f} />
          ))}
          {g === "groupFollowUp" ? <CalendarField {...props} /> : null}
        </section>
      ))}
      <section className={s.group} aria-label={t("languageLabel")}>
        <Subtitle2 className={s.groupTitle}>{t("languageLabel")}</Subtitle2>
        <LanguageField
          lang={props.lang}
          t={t}
          langSource={props.langSource}
          busy={props.busy}
          onLanguage={props.onLanguage}
        />
      </section>
      <ImportExport {...props} />
    </div>
  );
}

function AsOfField(props: RulesStepProps): React.JSX.Element {
  const { t } = props;
  const s = useStepStyles();
  const value = valueAt(props.draft, AS_OF_PATH);
  const errors = props.check.byField[AS_OF_PATH];
  return (
    <Field
      label={t("asOfLabel")}
      hint={t("asOfHint", { today: props.today })}
      validationMessage={errors?.join("; ")}
      validationState={errors ? "error" : "none"}
    >
      <Input
        className={s.full}
        disabled={props.busy}
        placeholder={props.today}
        value={typeof value === "string" ? value : ""}
        onChange={(_e, d) =>
          props.onValue(AS_OF_PATH, d.value.trim() === "" ? undefined : d.value.trim())
        }
      />
    </Field>
  );
}

function NumberField(props: RulesStepProps & { field: RuleField }): React.JSX.Element {
  const { t, field, lang } = props;
  const s = useStepStyles();
  const value = valueAt(props.draft, field.path);
  const errors = props.check.byField[field.path];
  const hint = fieldHint(field, lang);
  const decimals = field.step < 1 ? 2 : 0;
  return (
    <Field
      label={t(field.label)}
      hint={
        hint === null
          ? undefined
          : "text" in hint
            ? hint.also
              ? t("hintWithNote", { hint: hint.text, note: t(hint.also) })
              : hint.text
            : t(hint.key)
      }
      // The field's own label is above it: the message alone, no JSON path.
      validationMessage={errors ? errors.join("; ") : undefined}
      validationState={errors ? "error" : "none"}
    >
      <SpinButton
        className={s.full}
        disabled={props.busy}
        step={field.step}
        // The rule set's own bounds (its zod schema), so the arrows stop where validation would.
        {...numberBounds(field.path)}
        precision={decimals}
        value={typeof value === "number" ? value : null}
        displayValue={
          typeof value === "number" ? undefined : typeof value === "string" ? value : ""
        }
        onChange={(_e, d) => props.onValue(field.path, spinValue(d))}
        data-path={field.path}
      />
    </Field>
  );
}

function ImportExport(props: RulesStepProps): React.JSX.Element {
  const { t, lang } = props;
  const s = useStepStyles();
  const [pasted, setPasted] = React.useState("");
  const [problems, setProblems] = React.useState<string[]>([]);
  const [copied, setCopied] = React.useState<string | null>(null);
  const fileInput = React.useRef<HTMLInputElement>(null);
  const exportText = React.useRef<HTMLTextAreaElement>(null);
  const json = React.useMemo(() => ruleSetJson(props.rules, lang), [props.rules, lang]);

  const importText = (text: string) => {
    const errors = props.onImport(text);
    // Named by the field's label where the form has the field, with the path to find it in the file.
    setProblems(problemsOf(errors).map((p) => importProblemText(p, t)));
    if (errors.length === 0) setPasted("");
  };
  const onFile = async (e: React.ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = ""; // the same file can be chosen again after a fix
    if (file) importText(await file.text());
  };
  const download = () => {
    // A local Blob URL: nothing leaves the computer.
    const url = URL.createObjectURL(new Blob([json], { type: "application/json" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = "customer-analytics-rules.json";
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const copy = async () => {
    exportText.current?.select();
    try {
      await navigator.clipboard.writeText(json);
      setCopied(t("copied"));
    } catch {
      setCopied(t("copyFailed"));
    }
  };

  return (
    <Accordion collapsible>
      <AccordionItem value="json">
        <AccordionHeader size="small">{t("importExport")}</AccordionHeader>
        <AccordionPanel>
          <div className={s.group}>
            <div className={s.row}>
              <input
                ref={fileInput}
                type="file"
                accept=".json,application/json"
                aria-label={t("importFileLabel")}
                style={{ display: "none" }}
                onChange={(e) => void onFile(e)}
                data-testid="rules-file"
              />
              <Button disabled={props.busy} onClick={() => fileInput.current?.click()}>
                {t("importFile")}
              </Button>
              <Button onClick={download}>{t("download")}</Button>
            </div>
            <Field label={t("pasteLabel")}>
              <Textarea
                className={s.full}
                resize="vertical"
                rows={4}
                value={pasted}
                onChange={(_e, d) => setPasted(d.value)}
                disabled={props.busy}
              />
            </Field>
            <div>
              <Button
                disabled={props.busy || pasted.trim() === ""}
                onClick={() => importText(pasted)}
              >
                {t("applyPasted")}
              </Button>
            </div>
            {problems.length > 0 ? (
              <MessageBar intent="error" layout="multiline" data-testid="rules-import-errors">
                <MessageBarBody>
                  {t("importErrors")}
                  <ul style={{ margin: "4px 0 0", paddingLeft: 18 }}>
                    {problems.map((m) => (
                      <li key={m}>{m}</li>
                    ))}
                  </ul>
                </MessageBarBody>
              </MessageBar>
            ) : null}
            <Field label={t("exportLabel")}>
              <Textarea
                ref={exportText}
                className={s.full}
                resize="vertical"
                rows={6}
                readOnly
                value={json}
                textarea={{
                  style: { fontFamily: "Consolas, 'Courier New', monospace", fontSize: 11 },
                }}
              />
            </Field>
            <div className={s.row}>
              <Button onClick={() => void copy()}>{t("copy")}</Button>
              {copied ? <Caption1>{copied}</Caption1> : null}
            </div>
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
