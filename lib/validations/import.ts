import "./zod-jitless";
import { z } from "zod";
import { ROW_CHOICES } from "@/db/schema/imports";
import { DUPLICATE_RULES } from "@/lib/import/duplicates";
import { ENCODINGS } from "@/lib/import/encoding";
import { IMPORT_TARGETS } from "@/lib/import/fields";
import { limit } from "./limits";

const choice = z.enum(ROW_CHOICES);

/** What the user chose for a file before its dry run: encoding, mapping, duplicate rules, owner. */
export const configureImportSchema = z.object({
  id: z.uuid(),
  encoding: z.enum(ENCODINGS),
  mapping: z.array(z.enum(IMPORT_TARGETS).nullable()).max(500),
  rules: z.object(
    Object.fromEntries(DUPLICATE_RULES.map((r) => [r, choice])) as Record<
      (typeof DUPLICATE_RULES)[number],
      typeof choice
    >,
  ),
  ownerId: z.preprocess((v) => (v === "" ? null : v), z.uuid().nullable().optional()),
});
export type ConfigureImportInput = z.input<typeof configureImportSchema>;

export const importRefSchema = z.object({ id: z.uuid() });

/** One row's own choice over its rule's (null: back to the rule). */
export const chooseRowSchema = z.object({
  id: z.uuid(),
  rowNo: z.number().int().min(1).max(10_000_000),
  choice: choice.nullable(),
});

export const saveMappingSchema = z.object({
  name: z.string().trim().min(1, "required").max(100, limit()),
  byHeader: z
    .record(z.string().max(200), z.enum(IMPORT_TARGETS))
    .refine((m) => Object.keys(m).length <= 500, "tooMany|max=500"),
});
