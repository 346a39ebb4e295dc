-- Before the indexes: keep the most recent default and the most recently changed active
-- template per industry (parallel saves could leave two).
UPDATE "scorecard_templates" SET "is_default" = false WHERE "is_default" AND "id" <> (SELECT "id" FROM "scorecard_templates" WHERE "is_default" ORDER BY "created_at" DESC, "id" LIMIT 1);--> statement-breakpoint
UPDATE "schedule_templates" SET "is_default" = false WHERE "is_default" AND "id" <> (SELECT "id" FROM "schedule_templates" WHERE "is_default" ORDER BY "updated_at" DESC, "id" LIMIT 1);--> statement-breakpoint
UPDATE "schedule_templates" AS t SET "active" = false WHERE t."active" AND t."industry_id" IS NOT NULL AND t."id" <> (SELECT o."id" FROM "schedule_templates" AS o WHERE o."active" AND o."industry_id" = t."industry_id" ORDER BY o."is_default" DESC, o."updated_at" DESC, o."id" LIMIT 1);--> statement-breakpoint
CREATE UNIQUE INDEX "scorecard_templates_one_default_idx" ON "scorecard_templates" USING btree ("is_default") WHERE "scorecard_templates"."is_default";--> statement-breakpoint
CREATE UNIQUE INDEX "schedule_templates_one_default_idx" ON "schedule_templates" USING btree ("is_default") WHERE "schedule_templates"."is_default";--> statement-breakpoint
CREATE UNIQUE INDEX "schedule_templates_industry_active_idx" ON "schedule_templates" USING btree ("industry_id") WHERE "schedule_templates"."active";