ALTER TABLE "cost_plans" ADD COLUMN "owner_id" uuid;--> statement-breakpoint
ALTER TABLE "cost_plans" ADD COLUMN "industry_id" integer;--> statement-breakpoint
ALTER TABLE "cost_plans" ADD COLUMN "lines_planned_minor" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "cost_plans" ADD COLUMN "lines_actual_minor" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "cost_plans" ADD COLUMN "lines_forecast_minor" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "cost_plans" ADD COLUMN "lines_without_actual" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "schedule_steps" ADD COLUMN "baseline_finish" date;--> statement-breakpoint
ALTER TABLE "schedule_steps" ADD COLUMN "owner_id" uuid;--> statement-breakpoint
ALTER TABLE "schedule_steps" ADD COLUMN "account_closed" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- Copies for the "Schedule & cost" dashboard (db/queries/dashboards-delivery.ts), kept
-- by triggers so that no code path (actions, seeds, hand-run SQL) can leave them stale;
-- a write to a copy column is replaced by the true value.
-- schedule_steps:
-- * baseline_finish: the step's planned finish in its schedule's latest baseline, by
--   step key, only when that entry has both dates (the last entry of a key wins), as
--   the schedule page reads a baseline (captureBaseline, lib/schedule/variance.ts).
--   Baselines are only ever inserted (and deleted with their schedule);
-- * owner_id / account_closed: the account's owner, and whether it is dropped,
--   churned or archived.
-- cost_plans:
-- * owner_id / industry_id: the account's owner and industry;
-- * lines_*: the totals of the plan's lines as lib/cost/totals.ts computes them.
CREATE FUNCTION "schedule_baseline_finish"("p_schedule" uuid, "p_key" text) RETURNS date
LANGUAGE sql STABLE AS $$
  SELECT (x.e ->> 'plannedFinish')::date
  FROM (SELECT b."steps" FROM "schedule_baselines" b WHERE b."schedule_id" = "p_schedule"
        ORDER BY b."number" DESC LIMIT 1) latest,
    jsonb_array_elements(latest."steps") WITH ORDINALITY AS x(e, n)
  WHERE x.e ->> 'key' = "p_key" AND x.e ->> 'plannedStart' IS NOT NULL
    AND x.e ->> 'plannedFinish' IS NOT NULL
  ORDER BY x.n DESC
  LIMIT 1
$$;--> statement-breakpoint
CREATE FUNCTION "account_is_closed"("stage" "stage", "archived_at" timestamptz) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
  SELECT "stage" IN ('dropped', 'churned') OR "archived_at" IS NOT NULL
$$;--> statement-breakpoint
UPDATE "schedule_steps" s SET "baseline_finish" = "schedule_baseline_finish"(s."schedule_id", s."key"),
  "owner_id" = a."owner_id", "account_closed" = "account_is_closed"(a."stage", a."archived_at")
FROM "accounts" a WHERE a."id" = s."account_id";--> statement-breakpoint
CREATE FUNCTION "schedule_steps_copies"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."baseline_finish" := "schedule_baseline_finish"(NEW."schedule_id", NEW."key");
  SELECT a."owner_id", "account_is_closed"(a."stage", a."archived_at")
    INTO NEW."owner_id", NEW."account_closed"
    FROM "accounts" a WHERE a."id" = NEW."account_id";
  NEW."account_closed" := coalesce(NEW."account_closed", false);
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER "schedule_steps_copies" BEFORE INSERT OR UPDATE OF "schedule_id", "account_id", "key", "baseline_finish", "owner_id", "account_closed" ON "schedule_steps"
  FOR EACH ROW EXECUTE FUNCTION "schedule_steps_copies"();--> statement-breakpoint
CREATE FUNCTION "schedule_baselines_to_steps"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "schedule_steps" SET "baseline_finish" = "schedule_baseline_finish"("schedule_id", "key")
    WHERE "schedule_id" = NEW."schedule_id";
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "schedule_baselines_to_steps" AFTER INSERT ON "schedule_baselines"
  FOR EACH ROW EXECUTE FUNCTION "schedule_baselines_to_steps"();--> statement-breakpoint
-- The totals of some plans' lines, recomputed from the lines; the planned amount of a
-- staff line with hours and rate is hours × rate rounded half up (staffCost).
CREATE FUNCTION "cost_plans_recount"("p_plans" uuid[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "cost_plans" p SET
    "lines_planned_minor" = coalesce(t.planned, 0), "lines_actual_minor" = coalesce(t.actual, 0),
    "lines_forecast_minor" = coalesce(t.forecast, 0), "lines_without_actual" = coalesce(t.missing, 0)
  FROM (
    SELECT ids.id, sum(l.planned) AS planned, sum(l."actual_minor") AS actual,
      sum(coalesce(l."actual_minor", l.planned)) AS forecast,
      count(l.id) FILTER (WHERE l."actual_minor" IS NULL) AS missing
    FROM unnest("p_plans") AS ids(id)
    LEFT JOIN (
      SELECT c."id", c."cost_plan_id", c."actual_minor",
        CASE WHEN c."category" = 'staff' AND c."hours_hundredths" IS NOT NULL AND c."rate_minor" IS NOT NULL
          THEN (c."hours_hundredths"::bigint * c."rate_minor" + 50) / 100
          ELSE c."planned_minor" END AS planned
      FROM "cost_lines" c WHERE c."cost_plan_id" = ANY ("p_plans")
    ) l ON l."cost_plan_id" = ids.id
    GROUP BY ids.id
  ) t
  WHERE p."id" = t.id
$$;--> statement-breakpoint
UPDATE "cost_plans" p SET "owner_id" = a."owner_id", "industry_id" = a."industry_id"
FROM "accounts" a WHERE a."id" = p."account_id";--> statement-breakpoint
SELECT "cost_plans_recount"(array_agg("id")) FROM "cost_plans";--> statement-breakpoint
CREATE FUNCTION "cost_plans_copies"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT a."owner_id", a."industry_id" INTO NEW."owner_id", NEW."industry_id"
    FROM "accounts" a WHERE a."id" = NEW."account_id";
  IF TG_OP = 'UPDATE' AND (NEW."lines_planned_minor", NEW."lines_actual_minor",
      NEW."lines_forecast_minor", NEW."lines_without_actual") IS DISTINCT FROM
      (OLD."lines_planned_minor", OLD."lines_actual_minor", OLD."lines_forecast_minor",
      OLD."lines_without_actual") AND pg_trigger_depth() = 1 THEN
    -- Only cost_plans_recount (a nested trigger) writes the totals.
    NEW."lines_planned_minor" := OLD."lines_planned_minor";
    NEW."lines_actual_minor" := OLD."lines_actual_minor";
    NEW."lines_forecast_minor" := OLD."lines_forecast_minor";
    NEW."lines_without_actual" := OLD."lines_without_actual";
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER "cost_plans_copies" BEFORE INSERT OR UPDATE ON "cost_plans"
  FOR EACH ROW EXECUTE FUNCTION "cost_plans_copies"();--> statement-breakpoint
CREATE FUNCTION "cost_lines_to_plans"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "cost_plans_recount"(ARRAY(SELECT DISTINCT "cost_plan_id" FROM new_lines));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "cost_plans_recount"(ARRAY(SELECT DISTINCT "cost_plan_id" FROM old_lines));
  ELSE
    PERFORM "cost_plans_recount"(ARRAY(
      SELECT "cost_plan_id" FROM new_lines UNION SELECT "cost_plan_id" FROM old_lines));
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "cost_lines_to_plans_insert" AFTER INSERT ON "cost_lines"
  REFERENCING NEW TABLE AS new_lines
  FOR EACH STATEMENT EXECUTE FUNCTION "cost_lines_to_plans"();--> statement-breakpoint
CREATE TRIGGER "cost_lines_to_plans_update" AFTER UPDATE ON "cost_lines"
  REFERENCING OLD TABLE AS old_lines NEW TABLE AS new_lines
  FOR EACH STATEMENT EXECUTE FUNCTION "cost_lines_to_plans"();--> statement-breakpoint
CREATE TRIGGER "cost_lines_to_plans_delete" AFTER DELETE ON "cost_lines"
  REFERENCING OLD TABLE AS old_lines
  FOR EACH STATEMENT EXECUTE FUNCTION "cost_lines_to_plans"();--> statement-breakpoint
CREATE FUNCTION "accounts_to_delivery"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."owner_id" IS DISTINCT FROM NEW."owner_id"
      OR "account_is_closed"(OLD."stage", OLD."archived_at") <> "account_is_closed"(NEW."stage", NEW."archived_at") THEN
    UPDATE "schedule_steps" SET "owner_id" = NEW."owner_id",
      "account_closed" = "account_is_closed"(NEW."stage", NEW."archived_at")
      WHERE "account_id" = NEW."id";
  END IF;
  IF OLD."owner_id" IS DISTINCT FROM NEW."owner_id" OR OLD."industry_id" IS DISTINCT FROM NEW."industry_id" THEN
    UPDATE "cost_plans" SET "owner_id" = NEW."owner_id", "industry_id" = NEW."industry_id"
      WHERE "account_id" = NEW."id";
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "accounts_to_delivery" AFTER UPDATE OF "owner_id", "industry_id", "stage", "archived_at" ON "accounts"
  FOR EACH ROW WHEN (OLD."owner_id" IS DISTINCT FROM NEW."owner_id"
    OR OLD."industry_id" IS DISTINCT FROM NEW."industry_id"
    OR "account_is_closed"(OLD."stage", OLD."archived_at") <> "account_is_closed"(NEW."stage", NEW."archived_at"))
  EXECUTE FUNCTION "accounts_to_delivery"();--> statement-breakpoint
CREATE INDEX "cost_plans_approved_idx" ON "cost_plans" USING btree ("decided_at","owner_id","industry_id","account_id","currency","budget_minor","lines_planned_minor","lines_actual_minor","lines_forecast_minor","lines_without_actual") WHERE "cost_plans"."status" = 'approved';--> statement-breakpoint
CREATE INDEX "schedule_steps_finished_idx" ON "schedule_steps" USING btree ("actual_finish","owner_id","account_id","key","baseline_finish","position","label");--> statement-breakpoint
CREATE INDEX "schedule_steps_open_due_idx" ON "schedule_steps" USING btree ("planned_finish","owner_id","account_id","key","position","label") WHERE "schedule_steps"."actual_finish" is null and not "schedule_steps"."account_closed";
