import { boolean, integer, pgEnum, pgTable, serial, text, uniqueIndex } from "drizzle-orm/pg-core";

export const REFERENCE_KINDS = ["industry", "source", "area"] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];
export const referenceKindEnum = pgEnum("reference_kind", REFERENCE_KINDS);

/** Industries, customer sources and areas (area code feeds the customer code), kept by admins. */
export const referenceItems = pgTable(
  "reference_items",
  {
    id: serial("id").primaryKey(),
    kind: referenceKindEnum("kind").notNull(),
    code: text("code").notNull(),
    nameEn: text("name_en").notNull(),
    nameZh: text("name_zh").notNull(),
    active: boolean("active").notNull().default(true),
    sortOrder: integer("sort_order").notNull().default(0),
    version: integer("version").notNull().default(1),
  },
  (t) => [uniqueIndex("reference_items_kind_code_idx").on(t.kind, t.code)],
);

export type ReferenceItem = typeof referenceItems.$inferSelect;
