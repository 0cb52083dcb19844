import { Dropdown, Field, Option } from "@fluentui/react-components";
import * as React from "react";
import type { Lang } from "../../engine/schema";
import type { Translate } from "../i18n";
import type { LangSource } from "../paneState";

export interface LanguageFieldProps {
  lang: Lang;
  t: Translate;
  langSource: LangSource;
  busy: boolean;
  /** A language chosen, or null to follow the workbook again. */
  onLanguage(lang: Lang | null): void;
}

const FOLLOW = "follow";

/** Each language's own name (the same in both catalogs). */
const NAME_KEY = { "zh-CN": "languageZh", "en-US": "languageEn" } as const;

/**
 * The pane's language (and the result tabs'): the workbook's unless the user chooses one; the
 * choice is saved in the workbook (paneLanguage.ts).
 */
export function LanguageField(props: LanguageFieldProps): React.JSX.Element {
  const { t, lang, langSource } = props;
  const name = (l: Lang) => t(NAME_KEY[l]);
  const follow =
    langSource === "workbook"
      ? t("languageFollow", { lang: name(lang) })
      : langSource === "display"
        ? t("languageFollowDisplay", { lang: name(lang) })
        : t("languageFollowPlain");
  const options: [string, string][] = [
    [FOLLOW, follow],
    ["zh-CN", name("zh-CN")],
    ["en-US", name("en-US")],
  ];
  const selected = langSource === "chosen" ? lang : FOLLOW;
  return (
    <Field label={t("languageLabel")} hint={t("languageHint")}>
      <Dropdown
        disabled={props.busy}
        value={options.find(([v]) => v === selected)?.[1] ?? follow}
        selectedOptions={[selected]}
        onOptionSelect={(_e, d) => {
          const v = d.optionValue;
          if (!v || v === selected) return;
          props.onLanguage(v === FOLLOW ? null : (v as Lang));
        }}
        data-testid="pane-language"
      >
        {options.map(([value, text]) => (
          <Option key={value} value={value} lang={value === FOLLOW ? lang : value}>
            {text}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
