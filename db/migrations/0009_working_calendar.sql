CREATE TYPE "public"."calendar_day_kind" AS ENUM('holiday', 'makeUpDay');--> statement-breakpoint
CREATE TYPE "public"."festival" AS ENUM('newYear', 'springFestival', 'qingming', 'labourDay', 'dragonBoat', 'midAutumn', 'nationalDay');--> statement-breakpoint
CREATE TABLE "calendar_days" (
	"date" date PRIMARY KEY NOT NULL,
	"kind" "calendar_day_kind" NOT NULL,
	"festival" "festival",
	"note" text DEFAULT '' NOT NULL,
	"provisional" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "working_hours" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"weekdays" smallint[] DEFAULT '{1,2,3,4,5}' NOT NULL,
	"day_start" smallint DEFAULT 540 NOT NULL,
	"day_end" smallint DEFAULT 1080 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "working_hours_one_row" CHECK ("working_hours"."id" = 1),
	CONSTRAINT "working_hours_day" CHECK (0 <= "working_hours"."day_start" and "working_hours"."day_start" < "working_hours"."day_end" and "working_hours"."day_end" <= 1440)
);
--> statement-breakpoint
-- Seed: 2026 from the State Council's announcement of 4 November 2025; 2027 provisional
-- (statutory days only, to be replaced by the official schedule at /admin/calendar).
INSERT INTO "working_hours" ("id") VALUES (1) ON CONFLICT DO NOTHING;--> statement-breakpoint
INSERT INTO "calendar_days" ("date", "kind", "festival", "provisional") VALUES
  ('2026-01-01', 'holiday', 'newYear', false),
  ('2026-01-02', 'holiday', 'newYear', false),
  ('2026-01-03', 'holiday', 'newYear', false),
  ('2026-01-04', 'makeUpDay', 'newYear', false),
  ('2026-02-15', 'holiday', 'springFestival', false),
  ('2026-02-16', 'holiday', 'springFestival', false),
  ('2026-02-17', 'holiday', 'springFestival', false),
  ('2026-02-18', 'holiday', 'springFestival', false),
  ('2026-02-19', 'holiday', 'springFestival', false),
  ('2026-02-20', 'holiday', 'springFestival', false),
  ('2026-02-21', 'holiday', 'springFestival', false),
  ('2026-02-22', 'holiday', 'springFestival', false),
  ('2026-02-23', 'holiday', 'springFestival', false),
  ('2026-02-14', 'makeUpDay', 'springFestival', false),
  ('2026-02-28', 'makeUpDay', 'springFestival', false),
  ('2026-04-04', 'holiday', 'qingming', false),
  ('2026-04-05', 'holiday', 'qingming', false),
  ('2026-04-06', 'holiday', 'qingming', false),
  ('2026-05-01', 'holiday', 'labourDay', false),
  ('2026-05-02', 'holiday', 'labourDay', false),
  ('2026-05-03', 'holiday', 'labourDay', false),
  ('2026-05-04', 'holiday', 'labourDay', false),
  ('2026-05-05', 'holiday', 'labourDay', false),
  ('2026-05-09', 'makeUpDay', 'labourDay', false),
  ('2026-06-19', 'holiday', 'dragonBoat', false),
  ('2026-06-20', 'holiday', 'dragonBoat', false),
  ('2026-06-21', 'holiday', 'dragonBoat', false),
  ('2026-09-25', 'holiday', 'midAutumn', false),
  ('2026-09-26', 'holiday', 'midAutumn', false),
  ('2026-09-27', 'holiday', 'midAutumn', false),
  ('2026-10-01', 'holiday', 'nationalDay', false),
  ('2026-10-02', 'holiday', 'nationalDay', false),
  ('2026-10-03', 'holiday', 'nationalDay', false),
  ('2026-10-04', 'holiday', 'nationalDay', false),
  ('2026-10-05', 'holiday', 'nationalDay', false),
  ('2026-10-06', 'holiday', 'nationalDay', false),
  ('2026-10-07', 'holiday', 'nationalDay', false),
  ('2026-09-20', 'makeUpDay', 'nationalDay', false),
  ('2026-10-10', 'makeUpDay', 'nationalDay', false),
  ('2027-01-01', 'holiday', 'newYear', true),
  ('2027-02-05', 'holiday', 'springFestival', true),
  ('2027-02-06', 'holiday', 'springFestival', true),
  ('2027-02-07', 'holiday', 'springFestival', true),
  ('2027-02-08', 'holiday', 'springFestival', true),
  ('2027-04-05', 'holiday', 'qingming', true),
  ('2027-05-01', 'holiday', 'labourDay', true),
  ('2027-05-02', 'holiday', 'labourDay', true),
  ('2027-06-09', 'holiday', 'dragonBoat', true),
  ('2027-09-15', 'holiday', 'midAutumn', true),
  ('2027-10-01', 'holiday', 'nationalDay', true),
  ('2027-10-02', 'holiday', 'nationalDay', true),
  ('2027-10-03', 'holiday', 'nationalDay', true)
ON CONFLICT DO NOTHING;
