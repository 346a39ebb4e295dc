import "./zod-jitless";
import { z } from "zod";
import { PIPELINE_STAGES } from "@/lib/stages/stages";
import { rowVersionOrNew } from "./records";

export const MAX_EXPECTED_DAYS = 365;

const days = z.coerce
  .number("invalidDays")
  .int("invalidDays")
  .min(1, "invalidDays")
  .max(MAX_EXPECTED_DAYS, "invalidDays");

const blankToNull = (v: unknown) => {
  const value = typeof v === "string" ? v.trim() : v;
  return value === "" || value == null ? null : value;
};

/** One stage's time limit; blank means no limit. `version` 0 = no saved row yet (defaults apply). */
export const stageSettingSchema = z.object({
  stage: z.enum(PIPELINE_STAGES),
  expectedDays: z.preprocess(blankToNull, days.nullable()),
  version: rowVersionOrNew,
});
export type StageSettingInput = z.input<typeof stageSettingSchema>;
