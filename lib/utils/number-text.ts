// One reading of a number a person typed or a spreadsheet cell held as text, for every form, import and action
// (issue 22, "Numbers mean what users typed"). JavaScript's Number() takes "" as 0, "0x10" as 16, "0b11" as 3 and
// "1e3" as 1000; a bureau form means none of these.

/** Plain decimal notation: a sign, digits (thousands separated by commas in groups of three, or not at all), a fraction. */
const PLAIN_DECIMAL = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$/;

export type NumberText = { kind: "empty" } | { kind: "number"; value: number } | { kind: "invalid" };

/**
 * Reads `text` as people write numbers: surrounding spaces are ignored and full-width digits, commas and points
 * (typed with a Chinese input method) count as their ASCII forms; "1,700,000" is 1700000; an empty field is empty,
 * not 0; anything else — hexadecimal, binary, exponents, Infinity, commas out of place, units — is invalid.
 */
export function readNumberText(text: string): NumberText {
  const plain = text.normalize("NFKC").trim();
  if (plain === "") return { kind: "empty" };
  if (!PLAIN_DECIMAL.test(plain) || !/\d/.test(plain)) return { kind: "invalid" };
  const value = Number(plain.replaceAll(",", ""));
  return Number.isFinite(value) ? { kind: "number", value } : { kind: "invalid" };
}
