import type { Grade } from "@/db/schema/accounts";

export const GRADE_LETTER: Record<Grade, string> = { important: "i", normal: "n", potential: "p" };

/** Customer code: grade letter + area code + serial, e.g. `i0101` + `10` → `i010110` (seed 002). */
export function customerCode(grade: Grade, areaCode: string, serial: number): string {
  return `${GRADE_LETTER[grade]}${areaCode}${String(serial).padStart(2, "0")}`;
}

export const codePrefix = (grade: Grade, areaCode: string) => `${GRADE_LETTER[grade]}${areaCode}`;

/** What a director may type as a code: a grade letter then 2–20 letters or digits. */
export const CUSTOMER_CODE_PATTERN = /^[inp][0-9A-Za-z]{2,20}$/;

/**
 * The code after a change of grade: the grade letter leads the code (seed 002), so it
 * follows the grade; area code and serial stay. A code that does not start with a
 * grade letter is left as it is.
 */
export function regradedCode(code: string, grade: Grade): string {
  return /^[inp]/.test(code) ? `${GRADE_LETTER[grade]}${code.slice(1)}` : code;
}
