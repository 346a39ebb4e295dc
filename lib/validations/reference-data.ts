import "./zod-jitless";
import { z } from "zod";
import { REFERENCE_KINDS } from "@/db/schema/reference-data";
import { limit } from "@/lib/validations/limits";
import { rowVersion, serialId } from "./records";

/** Area codes become part of customer codes (`i` + area + serial), so letters and digits only. */
export const AREA_CODE_PATTERN = /^[0-9A-Za-z]{2,10}$/;
export const ITEM_CODE_PATTERN = /^[0-9A-Za-z_-]{1,20}$/;

const name = z.string().trim().min(1, "required").max(100, limit());

const fields = z.object({
  kind: z.enum(REFERENCE_KINDS, "required"),
  code: z.string().trim().min(1, "required"),
  nameEn: name,
  nameZh: name,
  sortOrder: z.coerce
    .number("invalidSortOrder")
    .int("invalidSortOrder")
    .min(0, limit())
    .max(9999, limit()),
});

const checkCode = (value: { kind: string; code: string }, ctx: z.RefinementCtx) => {
  if (!value.code) return;
  const pattern = value.kind === "area" ? AREA_CODE_PATTERN : ITEM_CODE_PATTERN;
  if (!pattern.test(value.code)) {
    ctx.addIssue({
      code: "custom",
      path: ["code"],
      message: value.kind === "area" ? "invalidAreaCode" : "invalidCode",
    });
  }
};

export const createReferenceItemSchema = fields.superRefine(checkCode);
export type CreateReferenceItemInput = z.input<typeof createReferenceItemSchema>;

/** The kind cannot change; it is sent so the code rule can be checked, and must match the row. */
export const updateReferenceItemSchema = fields
  .extend({
    id: serialId,
    version: rowVersion,
  })
  .superRefine(checkCode);
export type UpdateReferenceItemInput = z.input<typeof updateReferenceItemSchema>;

export const setReferenceItemActiveSchema = z.object({
  id: serialId,
  version: rowVersion,
  active: z.boolean(),
});
