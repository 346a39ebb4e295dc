DROP INDEX "stage_transitions_to_stage_idx";--> statement-breakpoint
DROP INDEX "stage_transitions_exited_idx";--> statement-breakpoint
ALTER TABLE "stage_transitions" ADD COLUMN "owner_id" uuid;--> statement-breakpoint
UPDATE "stage_transitions" st SET "owner_id" = a."owner_id" FROM "accounts" a WHERE a."id" = st."account_id" AND a."owner_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "stage_transitions_to_stage_idx" ON "stage_transitions" USING btree ("to_stage","at","kind","owner_id","account_id");--> statement-breakpoint
CREATE INDEX "stage_transitions_exited_idx" ON "stage_transitions" USING btree ("to_stage","exited_at","duration_days","owner_id","account_id");--> statement-breakpoint
-- stage_transitions.owner_id is a copy of accounts.owner_id, kept by these triggers so
-- that no code path (actions, seeds, hand-run SQL) can leave it stale.
CREATE FUNCTION "stage_transitions_owner_on_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT a."owner_id" INTO NEW."owner_id" FROM "accounts" a WHERE a."id" = NEW."account_id";
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER "stage_transitions_owner_on_insert" BEFORE INSERT ON "stage_transitions"
  FOR EACH ROW EXECUTE FUNCTION "stage_transitions_owner_on_insert"();--> statement-breakpoint
CREATE FUNCTION "accounts_owner_to_transitions"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "stage_transitions" SET "owner_id" = NEW."owner_id" WHERE "account_id" = NEW."id";
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "accounts_owner_to_transitions" AFTER UPDATE OF "owner_id" ON "accounts"
  FOR EACH ROW WHEN (OLD."owner_id" IS DISTINCT FROM NEW."owner_id")
  EXECUTE FUNCTION "accounts_owner_to_transitions"();
