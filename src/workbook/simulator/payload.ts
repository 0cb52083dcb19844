/**
 * The simulator's own measure of what Excel on the web sends and receives, independent of the
 * adapter's estimate (office/payloadSize.ts): the UTF-8 length of JSON.stringify of each queued
 * operation as the simulator records it (method or property name, arguments, values), plus a fixed
 * envelope per operation for the ids and types Office.js adds. Tests compare the adapter's budget
 * against this, so a wrong estimate in the adapter shows up as an oversized request here.
 */

/** Excel on the web: 5 MB per request and per response. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** All platforms: a range read is capped at 5,000,000 cells. */
export const READ_CELL_LIMIT = 5_000_000;
/** Bytes of an operation's envelope (action id, type, object path) around its name and arguments. */
export const OPERATION_ENVELOPE_BYTES = 100;
/** Bytes of a request's or a response's own envelope. */
export const MESSAGE_ENVELOPE_BYTES = 200;

/** What the simulator records of one queued operation: a method or property name and its arguments. */
export interface OperationRecord {
  /** Method or property name: "values", "getRangeByIndexes", "delete", "load"… */
  m: string;
  /** Arguments, or the value a property is set to. */
  a?: unknown;
}

/**
 * UTF-8 bytes of a string (surrogate pairs are one 4-byte character; a lone surrogate is 3 bytes,
 * as TextEncoder writes U+FFFD).
 *
 * @example utf8Length("中a") // 4
 */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/**
 * UTF-8 bytes of JSON.stringify(value) (undefined counts as null).
 *
 * @example jsonByteLength([[1, "二"]]) // '[[1,"二"]]' → 11
 */
export function jsonByteLength(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "null");
}

/**
 * Request bytes of one operation: its record as JSON plus the envelope.
 *
 * @example operationBytes({ m: "delete" }) // 14 + 100
 */
export function operationBytes(record: OperationRecord): number {
  return jsonByteLength(record) + OPERATION_ENVELOPE_BYTES;
}
