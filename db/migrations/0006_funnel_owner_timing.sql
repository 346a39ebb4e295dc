ALTER TABLE "accounts" ADD COLUMN "furthest_stage" "stage";--> statement-breakpoint
-- The furthest pipeline stage each account has entered. The stage enum sorts in pipeline
-- order (stakeholders < … < execution < dropped < churned), so max() over the pipeline
-- stages is the furthest one.
UPDATE "accounts" a SET "furthest_stage" = f."furthest"
FROM (
  SELECT "account_id", max("to_stage") AS "furthest" FROM "stage_transitions"
  WHERE "to_stage" <= 'execution' GROUP BY "account_id"
) f
WHERE a."id" = f."account_id";--> statement-breakpoint
-- Kept by a statement-level trigger, so a bulk COPY of a million transitions costs one
-- UPDATE rather than one per row, and no code path can leave it stale.
CREATE FUNCTION "accounts_furthest_stage_on_transitions"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "accounts" a SET "furthest_stage" = n."furthest"
  FROM (
    SELECT "account_id", max("to_stage") AS "furthest" FROM "new_rows"
    WHERE "to_stage" <= 'execution' GROUP BY "account_id"
  ) n
  WHERE a."id" = n."account_id"
    AND (a."furthest_stage" IS NULL OR a."furthest_stage" < n."furthest");
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "accounts_furthest_stage_on_transitions" AFTER INSERT ON "stage_transitions"
  REFERENCING NEW TABLE AS "new_rows"
  FOR EACH STATEMENT EXECUTE FUNCTION "accounts_furthest_stage_on_transitions"();--> statement-breakpoint
CREATE INDEX "accounts_cohort_idx" ON "accounts" USING btree ("created_at","owner_id","stage","furthest_stage");--> statement-breakpoint
CREATE INDEX "stage_transitions_owner_exited_idx" ON "stage_transitions" USING btree ("owner_id","to_stage","exited_at","duration_days") WHERE "stage_transitions"."exited_at" is not null;
