import { FluentProvider, SSRProvider, webLightTheme } from "@fluentui/react-components";
import type * as React from "react";
import { renderToStaticMarkup } from "react-dom/server";

/**
 * Renders a pane component to HTML in Node (react-dom/server: no DOM, no extra dependency) and
 * gives its text as a user reads it. Interaction is tested through the reducer
 * (paneState.test.ts) and in the browser (test/e2e).
 */
export function render(element: React.ReactElement): { html: string; text: string } {
  // SSRProvider: a server render as Fluent wants it (a Tooltip warns without one).
  const html = renderToStaticMarkup(
    <SSRProvider>
      <FluentProvider theme={webLightTheme}>{element}</FluentProvider>
    </SSRProvider>,
  );
  const text = html
    .replace(/<style[\s\S]*?<\/style>/g, " ")
    // Every element boundary is a space: what a reader sees as separate words.
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
  return { html, text };
}
