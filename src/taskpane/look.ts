import type { GridSource } from "../engine/ingest/workbook";
import type { Choices } from "./choices";
import { detectInputs } from "./inputs";
import type { PaneAction } from "./paneState";

/** Looks at the workbook: see workbookLooker. */
export interface Looker {
  /**
   * Finds the inputs in `source` for `choices` and says what was found (detected) or what failed
   * (dataFailed), unless a later look started meanwhile or `live()` turned false (the pane left).
   */
  look(source: GridSource, choices: Choices, live?: () => boolean): Promise<void>;
}

/**
 * The pane's one owner of "look at the workbook and say what was found or what failed": the first
 * look when the pane opens and every later one (重新查找 / Look again, a sheet or column chosen, a
 * step shown again) go through it. Each look says `detecting` first; only the latest look's outcome
 * is said, so an earlier look that ends last does not put back inputs a later look replaced, and
 * the latest always ends `detecting` (its failure is said on the Data step, Look again enabled).
 *
 * @example const looker = workbookLooker(dispatch); await looker.look(book, choices);
 */
export function workbookLooker(dispatch: (action: PaneAction) => void): Looker {
  let latest = 0;
  return {
    async look(source, choices, live = () => true) {
      const mine = ++latest;
      dispatch({ type: "detecting" });
      let outcome: PaneAction;
      try {
        outcome = { type: "detected", detection: await detectInputs(source, choices) };
      } catch (error) {
        outcome = { type: "dataFailed", error };
      }
      if (mine === latest && live()) dispatch(outcome);
    },
  };
}
