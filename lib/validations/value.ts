import "./zod-jitless";
import { z } from "zod";
import { ABC_BASES } from "@/lib/value/abc";
import { rowVersionOrNew } from "./records";

/*
 * Messages are keys under `value.abc.validation`, falling back to `common.validation`.
 */

/** A share typed as percent ("80", "12.5") in basis points. */
const percent = z
  .string("invalid")
  .trim()
  .regex(/^\d{1,3}(\.\d{1,2})?$/, "percentInvalid")
  .transform((text) => Math.round(Number(text) * 100));

/** The thresholds form: A = the top share, B = the next share, and the basis. */
export const abcSettingsFieldsSchema = z
  .object({
    aShare: percent,
    bShare: percent,
    basis: z.enum(ABC_BASES),
  })
  .refine((f) => f.aShare > 0 && f.aShare + f.bShare <= 10000, {
    message: "sharesOver100",
    path: ["bShare"],
  });
export type AbcSettingsFieldsInput = z.input<typeof abcSettingsFieldsSchema>;

export const updateAbcSettingsSchema = z.object({
  version: rowVersionOrNew,
  fields: abcSettingsFieldsSchema,
});

export const recomputeAbcSchema = z.object({});
