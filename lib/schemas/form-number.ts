import { z } from "zod";

/** Plain decimal notation only: "0x0A", "1e3", "Infinity" and " " are not numbers a person typed. */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * A number field: a JSON number passes as is; a form string must be written in decimals;
 * "" (or a missing field) means `whenEmpty`.
 */
export function formNumber<T extends z.ZodType>(schema: T, whenEmpty?: number) {
  return z.preprocess((value) => {
    if (typeof value === "number") return value;
    if (value === undefined || value === null) return whenEmpty;
    if (typeof value !== "string") return value;
    const trimmed = value.trim();
    if (trimmed === "") return whenEmpty;
    return DECIMAL.test(trimmed) ? Number(trimmed) : Number.NaN;
  }, schema);
}
