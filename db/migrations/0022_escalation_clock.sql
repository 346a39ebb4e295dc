CREATE TYPE "public"."sla_clock" AS ENUM('first_response', 'resolution');--> statement-breakpoint
ALTER TABLE "escalation_log" ADD COLUMN "clock" "sla_clock" DEFAULT 'resolution' NOT NULL;--> statement-breakpoint
ALTER TABLE "escalation_steps" ADD COLUMN "clock" "sla_clock" DEFAULT 'resolution' NOT NULL;--> statement-breakpoint
-- A ladder seeded before first-response steps existed gets the built-in one
-- (lib/service/defaults.ts): not answered in time → the sales directors.
INSERT INTO "escalation_steps" ("position", "clock", "threshold_percent", "extra_hours", "target")
SELECT max("position") + 1, 'first_response', 100, 0, 'director' FROM "escalation_steps"
HAVING count(*) > 0;--> statement-breakpoint
-- Open requests not yet answered are looked at again by their first-response deadline.
UPDATE "service_requests" SET "next_escalation_at" = LEAST("next_escalation_at", "first_response_due_at")
WHERE "first_responded_at" IS NULL AND "status" IN ('new', 'acknowledged', 'in_progress', 'waiting_on_customer');
