import { sql } from "drizzle-orm";
import {
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  boolean,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { accounts } from "./accounts";
import { imports } from "./imports";
import { users } from "./users";

export const SIDES = ["customer", "ours"] as const;
export const CUSTOMER_ROLES = [
  "decision_maker",
  "influencer",
  "user",
  "sponsor",
  "gatekeeper",
] as const;
export const OUR_ROLES = ["salesperson", "customer_manager", "specialist"] as const;
export const DECISION_ROLES = [...CUSTOMER_ROLES, ...OUR_ROLES] as const;
export const ATTITUDES = ["champion", "supporter", "neutral", "skeptic", "opponent"] as const;
export const INFLUENCE_LEVELS = [1, 2, 3, 4, 5] as const;

export const sideEnum = pgEnum("stakeholder_side", SIDES);
export const decisionRoleEnum = pgEnum("decision_role", DECISION_ROLES);
export const attitudeEnum = pgEnum("attitude", ATTITUDES);

export type SpecialDate = { label: string; date: string };

/** Customer-side contacts and our-side team members of an account (seed 002's contact list). */
export const stakeholders = pgTable(
  "stakeholders",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    side: sideEnum("side").notNull(),
    name: text("name").notNull(),
    salutation: text("salutation").notNull().default(""),
    department: text("department").notNull().default(""),
    title: text("title").notNull().default(""),
    decisionRole: decisionRoleEnum("decision_role").notNull(),
    influence: integer("influence").notNull().default(3),
    attitude: attitudeEnum("attitude").notNull().default("neutral"),
    mobile: text("mobile").notNull().default(""),
    officePhone: text("office_phone").notNull().default(""),
    homePhone: text("home_phone").notNull().default(""),
    fax: text("fax").notNull().default(""),
    email: text("email").notNull().default(""),
    countryRegion: text("country_region").notNull().default(""),
    province: text("province").notNull().default(""),
    city: text("city").notNull().default(""),
    postalCode: text("postal_code").notNull().default(""),
    address: text("address").notNull().default(""),
    isPrimary: boolean("is_primary").notNull().default(false),
    hobbies: text("hobbies").notNull().default(""),
    specialDates: jsonb("special_dates").$type<SpecialDate[]>().notNull().default([]),
    userId: uuid("user_id").references(() => users.id),
    /** The import that created or last updated it (undo finds its records by it). */
    importId: uuid("import_id").references(() => imports.id),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => sql`now()`),
  },
  (t) => [
    index("stakeholders_account_idx").on(t.accountId),
    index("stakeholders_import_idx")
      .on(t.importId)
      .where(sql`${t.importId} is not null`),
    uniqueIndex("stakeholders_one_primary_idx")
      .on(t.accountId)
      .where(sql`${t.isPrimary}`),
  ],
);

export type Stakeholder = typeof stakeholders.$inferSelect;
