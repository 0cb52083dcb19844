import { CancelledError } from "../../engine/errors";

/** How a run is cancelled: an AbortSignal-like flag or a callback. */
export type CancelSource = { aborted: boolean } | (() => boolean) | undefined;

/**
 * Throws CancelledError when the user has cancelled.
 *
 * @example throwIfCancelled({ aborted: true }) // throws CancelledError
 */
export function throwIfCancelled(source: CancelSource): void {
  if (!source) return;
  const cancelled = typeof source === "function" ? source() : source.aborted;
  if (cancelled) throw new CancelledError();
}
