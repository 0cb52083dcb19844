/**
 * White space as String.prototype.trim sees it (ECMAScript WhiteSpace and LineTerminator), by code
 * unit: the one owner of that list for the code paths that scan code units instead of calling
 * trim (the report's line measure, the writer's xml:space test, the duplicate-name fold).
 *
 * @example isTrimmedSpace(0x3000) // true (ideographic space)
 * @example isTrimmedSpace(0x200b) // false (zero-width space: trim keeps it)
 */
export function isTrimmedSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
