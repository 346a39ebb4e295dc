ALTER TYPE "public"."mail_status" ADD VALUE 'expired';--> statement-breakpoint
ALTER TABLE "outbox" ALTER COLUMN "next_attempt_at" SET DEFAULT now();--> statement-breakpoint
-- Backfill: every waiting mail gets a due time (it was due from created_at before), so the
-- outbox-retry job reads outbox_due_idx by range instead of coalesce(next_attempt_at, created_at).
UPDATE "outbox" SET "next_attempt_at" = "created_at" WHERE "status" IN ('unsent', 'failed') AND "next_attempt_at" IS NULL AND "attempts" < 5;
