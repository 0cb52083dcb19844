import {
  Body1,
  FluentProvider,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  webLightTheme,
} from "@fluentui/react-components";
import * as React from "react";
import type { Lang } from "../../engine/schema";
import { STRINGS } from "../i18n";

const page: React.CSSProperties = {
  padding: 16,
  display: "flex",
  flexDirection: "column",
  gap: 12,
};

/**
 * Shown when the task pane is opened outside Excel (office.js absent, offline, or `Office.onReady`
 * reporting no host): says so in both languages and points to the preview page.
 */
export function NotInExcel(): React.JSX.Element {
  return (
    <FluentProvider theme={webLightTheme}>
      <div style={page} data-testid="not-in-excel">
        {(["zh-CN", "en-US"] as Lang[]).map((lang) => (
          <MessageBar key={lang} intent="warning" layout="multiline" lang={lang}>
            <MessageBarBody>
              <MessageBarTitle>{STRINGS[lang].notInExcelTitle}</MessageBarTitle>
              <Body1>
                {STRINGS[lang].notInExcelBody}{" "}
                <Link href={`preview.html?lang=${lang}`}>{STRINGS[lang].previewLink}</Link>
              </Body1>
            </MessageBarBody>
          </MessageBar>
        ))}
      </div>
    </FluentProvider>
  );
}

/** Shown on an Excel without the API version the add-in needs (missingRequirement()'s message). */
export function OldExcel({ message, lang }: { message: string; lang: Lang }): React.JSX.Element {
  return (
    <FluentProvider theme={webLightTheme}>
      <div style={page}>
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{STRINGS[lang].oldExcelTitle}</MessageBarTitle>
            {message.split("\n").map((line) => (
              <p key={line} style={{ margin: "4px 0" }}>
                {line}
              </p>
            ))}
          </MessageBarBody>
        </MessageBar>
      </div>
    </FluentProvider>
  );
}

/** While office.js or the sample loads. */
export function Loading({ lang }: { lang: Lang }): React.JSX.Element {
  return (
    <FluentProvider theme={webLightTheme}>
      <div style={page}>
        <Spinner size="small" label={STRINGS[lang].loading} />
      </div>
    </FluentProvider>
  );
}
