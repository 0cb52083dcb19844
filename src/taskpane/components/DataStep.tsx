import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Caption1,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  mergeClasses,
  Option,
  Spinner,
  Subtitle2,
  Text,
} from "@fluentui/react-components";
import * as React from "react";
import { HEADER_SEARCH_ROWS } from "../../engine/ingest/header";
import { claimedColumns } from "../../engine/ingest/headersFound";
import { namesList } from "../../engine/ingest/workbook";
import { SHEET_KINDS, SHEETS, type Lang, type SheetKind } from "../../engine/schema";
import type { DataCheck, Detection, InputInfo } from "../controller";
import { formatCount, PROBLEM_NAMES, type Translate } from "../i18n";
import { sheetColumns } from "../inputs";
import { inputsKey } from "../paneState";
import { useStepStyles } from "./styles";

export interface DataStepProps {
  lang: Lang;
  t: Translate;
  detection: Detection | null;
  detecting: boolean;
  /** The input to open and scroll to (Go to Data from Run); a new `seq` asks again. */
  focus?: { kind: SheetKind; seq: number } | null;
  check: DataCheck | null;
  /** Rows read so far while checking; null when not checking. */
  checkingRows: number | null;
  busy: boolean;
  onSheet(kind: SheetKind, sheet: string): void;
  onColumn(kind: SheetKind, field: string, header: string | null): void;
  onAutoColumns(kind: SheetKind): void;
  onDetect(): void;
  onCheck(): void;
}

/** A sheet kind's name in the UI language (客户 / Customers). */
function kindLabel(kind: SheetKind, lang: Lang): string {
  return SHEETS[kind].label[lang];
}

/**
 * Step 1: the input sheets found, their column mapping with a dropdown per field to correct it,
 * and the data check (rows read, used, not used; problems by kind).
 */
export function DataStep(props: DataStepProps): React.JSX.Element {
  const { t, lang, detection } = props;
  const s = useStepStyles();
  const [open, setOpen] = React.useState<SheetKind[]>([]);

  // Open the inputs that need attention whenever the inputs found change (first detection, a
  // sheet deleted or renamed since): the problem is in view, not behind a closed item.
  const seen = React.useRef("");
  React.useEffect(() => {
    const key = inputsKey(detection);
    if (!detection || key === seen.current) return;
    seen.current = key;
    const attention = SHEET_KINDS.filter((k) => needsAttention(detection.inputs[k]));
    setOpen((was) => [...new Set([...was, ...attention])]);
  }, [detection]);

  // Sent here from Run to fix an input: that input open and in view.
  const focus = props.focus;
  React.useEffect(() => {
    if (!focus) return;
    setOpen((was) => (was.includes(focus.kind) ? was : [...was, focus.kind]));
    document
      .querySelector(`[data-input="${focus.kind}"]`)
      ?.scrollIntoView?.({ block: "start", behavior: "auto" });
  }, [focus]);

  return (
    <div className={s.step} data-testid="step-data">
      <Text>{t("dataIntro")}</Text>
      {!detection ? (
        // Looking, or the look failed (said above the step, in the user's words): no spinner then.
        props.detecting ? (
          <Spinner size="tiny" label={t("detecting")} />
        ) : (
          <Text data-testid="nothing-found">{t("nothingFound")}</Text>
        )
      ) : (
        <Accordion
          multiple
          collapsible
          openItems={open}
          onToggle={(_e, data) => setOpen(data.openItems as SheetKind[])}
        >
          {SHEET_KINDS.map((kind) => (
            <InputItem
              key={kind}
              {...props}
              info={detection.inputs[kind]}
              names={detection.names}
            />
          ))}
        </Accordion>
      )}
      <div className={s.row}>
        <Button
          appearance="primary"
          onClick={props.onCheck}
          disabled={props.busy || !detection || props.checkingRows !== null}
        >
          {t("checkData")}
        </Button>
        <Button onClick={props.onDetect} disabled={props.busy || props.detecting}>
          {t("redetect")}
        </Button>
      </div>
      {props.checkingRows !== null ? (
        <Spinner
          size="tiny"
          label={t("checkingData", { rows: formatCount(props.checkingRows, lang) })}
        />
      ) : props.check ? (
        <CheckView {...props} check={props.check} />
      ) : (
        <Caption1 className={s.muted}>{t("checkHint")}</Caption1>
      )}
    </div>
  );
}

function needsAttention(info: InputInfo): boolean {
  if (!info.sheet) return info.required;
  return info.headerRow === null || info.missing.length > 0;
}

function InputItem(props: DataStepProps & { info: InputInfo; names: string[] }): React.JSX.Element {
  const { t, lang, info, names } = props;
  const s = useStepStyles();
  const spec = SHEETS[info.kind];
  // The sheet's own columns, not the fields the tool knows (tester68 U408: "7/21 columns").
  const columns = sheetColumns(info);
  const counts = { used: columns.used.length, total: info.headers.length };
  const fieldLabel = (key: string) => spec.fields.find((f) => f.key === key)?.label[lang] ?? key;
  const status: { color: "success" | "warning" | "danger" | "informative"; text: string } =
    !info.sheet
      ? info.required
        ? { color: "danger", text: t("sheetNotFound") }
        : { color: "informative", text: t("sheetNotFound") }
      : info.headerRow === null || info.missing.length > 0
        ? { color: "danger", text: t("columnsBadge", counts) }
        : { color: "success", text: t("columnsBadge", counts) };

  return (
    <AccordionItem value={info.kind} data-input={info.kind}>
      <AccordionHeader size="small">
        <span style={{ display: "inline-flex", gap: 6, alignItems: "center", flexWrap: "wrap" }}>
          <Text weight="semibold">{kindLabel(info.kind, lang)}</Text>
          <Caption1 className={s.muted}>
            {info.sheet ? `→ ${info.sheet}${info.parts ? ` +${info.parts.length - 1}` : ""}` : ""}
          </Caption1>
          <Badge appearance="tint" color={status.color} size="small">
            {status.text}
          </Badge>
        </span>
      </AccordionHeader>
      <AccordionPanel>
        <div className={s.group}>
          <Field
            label={`${t("sheetLabel")} (${info.required ? t("required") : t("optional")})`}
            validationState={!info.sheet && info.required ? "error" : "none"}
            validationMessage={
              // A sheet that looks like the input, required or optional (tester61 U132: an
              // optional one's was said by the command line only).
              !info.sheet
                ? info.lookalike
                  ? t(info.lookalike.takenBy ? "sheetLooksLikeTaken" : "sheetLooksLike", {
                      sheet: kindLabel(info.kind, lang),
                      name: info.lookalike.name,
                      taken: info.lookalike.takenBy ? kindLabel(info.lookalike.takenBy, lang) : "",
                      columns: claimedColumns(info.lookalike, lang),
                    })
                  : info.required
                    ? t("sheetMissingRequired", { sheet: kindLabel(info.kind, lang) })
                    : t("sheetMissingOptional")
                : undefined
            }
            hint={
              info.sheet && info.headerRow !== null
                ? [
                    t("headerRow", { row: info.headerRow }),
                    ...(info.parts
                      ? [
                          t("sheetParts", {
                            count: info.parts.length,
                            names: namesList(info.parts, lang),
                          }),
                        ]
                      : []),
                  ].join(" · ")
                : undefined
            }
          >
            <Dropdown
              className={s.full}
              disabled={props.busy}
              value={info.sheet ?? ""}
              placeholder={t("sheetNotFound")}
              selectedOptions={info.sheet ? [info.sheet] : []}
              onOptionSelect={(_e, d) => d.optionValue && props.onSheet(info.kind, d.optionValue)}
            >
              {names.map((n) => (
                <Option key={n} value={n}>
                  {n}
                </Option>
              ))}
            </Dropdown>
          </Field>
          {info.sheet && info.headerRow === null ? (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>{t("headerNotFound", { rows: HEADER_SEARCH_ROWS })}</MessageBarBody>
            </MessageBar>
          ) : null}
          {info.sheet && info.headerRow !== null ? (
            <>
              <Subtitle2 className={s.groupTitle}>{t("columnsSummary", counts)}</Subtitle2>
              {columns.ignored.length > 0 ? (
                <Caption1 className={s.muted} data-testid="columns-ignored">
                  {t("columnsIgnored", {
                    count: columns.ignored.length,
                    names: columns.ignored.join(t("listSeparator")),
                  })}
                </Caption1>
              ) : null}
              {info.missing.length > 0 ? (
                <MessageBar intent="error" layout="multiline">
                  <MessageBarBody>
                    {t("missingColumns", {
                      fields: info.missing.map(fieldLabel).join(t("listSeparator")),
                    })}
                  </MessageBarBody>
                </MessageBar>
              ) : null}
              {spec.fields.map((f) => {
                const header = info.mapping[f.key];
                const missing = info.missing.includes(f.key);
                return (
                  <Field
                    key={f.key}
                    size="small"
                    label={f.label[lang]}
                    required={f.required}
                    validationState={missing ? "error" : "none"}
                    hint={info.corrected.includes(f.key) ? t("userChoice") : undefined}
                  >
                    <Dropdown
                      size="small"
                      className={s.full}
                      disabled={props.busy}
                      value={header ?? t("columnNotMapped")}
                      selectedOptions={header ? [header] : []}
                      onOptionSelect={(_e, d) =>
                        d.optionValue && props.onColumn(info.kind, f.key, d.optionValue)
                      }
                    >
                      {info.headers.map((h) => (
                        <Option key={h} value={h}>
                          {h}
                        </Option>
                      ))}
                    </Dropdown>
                  </Field>
                );
              })}
              {info.corrected.length > 0 ? (
                <div>
                  <Button
                    size="small"
                    disabled={props.busy}
                    onClick={() => props.onAutoColumns(info.kind)}
                  >
                    {t("autoMapping")}
                  </Button>
                </div>
              ) : null}
            </>
          ) : null}
        </div>
      </AccordionPanel>
    </AccordionItem>
  );
}

function CheckView(props: DataStepProps & { check: DataCheck }): React.JSX.Element {
  const { t, lang, check } = props;
  const s = useStepStyles();
  const names = PROBLEM_NAMES[lang];
  const n = (x: number) => formatCount(x, lang);
  return (
    <section className={s.group} aria-label={t("checkTitle")} data-testid="data-check">
      <Subtitle2 className={s.groupTitle}>{t("checkTitle")}</Subtitle2>
      {check.error ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {t("checkFailed")} {check.error}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <table className={s.table}>
          <thead>
            <tr>
              <th className={s.th} scope="col">
                {t("sheetLabel")}
              </th>
              <th className={s.th} scope="col">
                {t("rowsRead")}
              </th>
              <th className={s.th} scope="col">
                {t("rowsUsed")}
              </th>
              <th className={s.th} scope="col">
                {t("rowsRejected")}
              </th>
            </tr>
          </thead>
          <tbody>
            {SHEET_KINDS.filter((k) => check.counts[k]).map((k) => {
              const c = check.counts[k]!;
              return (
                <tr key={k}>
                  <th className={s.td} scope="row" style={{ fontWeight: "normal" }}>
                    {kindLabel(k, lang)}
                  </th>
                  <td className={mergeClasses(s.td, s.tdFigure)}>{n(c.read)}</td>
                  <td className={mergeClasses(s.td, s.tdFigure)}>{n(c.used)}</td>
                  <td className={mergeClasses(s.td, s.tdFigure)}>{n(c.rejected)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {!check.error
        ? (check.attention ?? []).map((m, i) => (
            <MessageBar key={i} intent="warning" layout="multiline" data-testid="data-attention">
              <MessageBarBody>{m[lang]}</MessageBarBody>
            </MessageBar>
          ))
        : null}
      {!check.error ? (
        check.problems.length === 0 ? (
          <Text>{t("noProblems")}</Text>
        ) : (
          <>
            <Subtitle2 className={s.groupTitle}>{t("problemsTitle")}</Subtitle2>
            <table className={s.table}>
              <tbody>
                {check.problems.map((p) => (
                  <tr key={p.code}>
                    <td className={s.td}>
                      <Badge
                        appearance="filled"
                        size="tiny"
                        color={
                          p.severity === "error"
                            ? "danger"
                            : p.severity === "warning"
                              ? "warning"
                              : "informative"
                        }
                        style={{ marginRight: 6 }}
                        aria-hidden
                      />
                      {names[p.code]}
                    </td>
                    <td className={mergeClasses(s.td, s.tdFigure)}>
                      {t("problemCount", { count: n(p.count) })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )
      ) : null}
    </section>
  );
}
