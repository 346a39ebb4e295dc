import { z } from "zod";
import { templateSchema } from "@/lib/scorecard/validation";
import { rowVersion } from "@/lib/validations/records";

const templateRef = { id: z.uuid(), version: rowVersion };

export const createScorecardTemplateSchema = templateSchema;
/** Saving an edit publishes a new version; evaluations keep the version they were made on. */
export const updateScorecardTemplateSchema = templateSchema.extend(templateRef);
export const setScorecardTemplateActiveSchema = z.object({ ...templateRef, active: z.boolean() });
export const makeDefaultScorecardTemplateSchema = z.object(templateRef);
