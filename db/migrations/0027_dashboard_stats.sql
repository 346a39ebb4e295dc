CREATE TABLE "return_visit_stats" (
	"level" smallint NOT NULL,
	"day" date NOT NULL,
	"assignee_id" uuid,
	"window_ends_on" date,
	"state" text NOT NULL,
	"visits" integer NOT NULL,
	CONSTRAINT "return_visit_stats_key" UNIQUE NULLS NOT DISTINCT("level","day","assignee_id","state","window_ends_on")
);
--> statement-breakpoint
CREATE TABLE "stage_move_stats" (
	"level" smallint NOT NULL,
	"day" date NOT NULL,
	"to_stage" "stage" NOT NULL,
	"kind" "move_kind" NOT NULL,
	"from_stage" "stage",
	"churn_type" "churn_type",
	"reason" text NOT NULL,
	"owner_id" uuid,
	"industry_id" integer,
	"grade" "grade",
	"source_id" integer,
	"moves" integer NOT NULL,
	CONSTRAINT "stage_move_stats_key" UNIQUE NULLS NOT DISTINCT("level","to_stage","day","kind","from_stage","churn_type","reason","owner_id","industry_id","grade","source_id")
);
--> statement-breakpoint
CREATE TABLE "stage_stay_stats" (
	"level" smallint NOT NULL,
	"day" date NOT NULL,
	"stage" "stage" NOT NULL,
	"owner_id" uuid,
	"industry_id" integer,
	"grade" "grade",
	"source_id" integer,
	"days" integer NOT NULL,
	"stays" integer NOT NULL,
	"total_days" numeric NOT NULL,
	CONSTRAINT "stage_stay_stats_key" UNIQUE NULLS NOT DISTINCT("level","stage","day","owner_id","industry_id","grade","source_id","days")
);
--> statement-breakpoint
-- The local time zone the stats count days in (PCRM_TIME_ZONE). `npm run db:migrate`
-- calls pcrm_set_stats_zone() when the environment names another one.
CREATE FUNCTION "pcrm_stats_zone"() RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'Asia/Shanghai'::text $$;--> statement-breakpoint
-- One stage transition's contribution to the stats, with its account's owner and segment.
CREATE TYPE "stage_stats_change" AS (
  "to_stage" "stage", "from_stage" "stage", "kind" "move_kind", "at" timestamptz,
  "exited_at" timestamptz, "duration_days" double precision, "note" text, "churn_type" "churn_type",
  "owner_id" uuid, "industry_id" integer, "grade" "grade", "source_id" integer, "sign" integer
);--> statement-breakpoint
CREATE FUNCTION "stage_stats_apply"("changes" "stage_stats_change"[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  zone text := pcrm_stats_zone();
BEGIN
  IF coalesce(cardinality(changes), 0) = 0 THEN RETURN; END IF;
  -- Levels: 0 = day, 1 = month (its first day), both without owner and segment;
  -- 2 = day with owner and segment.
  INSERT INTO stage_stay_stats AS s (level, stage, day, owner_id, industry_id, grade, source_id, days, stays, total_days)
  SELECT lv.level, c.to_stage,
    CASE WHEN lv.level = 1 THEN date_trunc('month', c.exited_at AT TIME ZONE zone)::date
      ELSE (c.exited_at AT TIME ZONE zone)::date END,
    CASE WHEN lv.level = 2 THEN c.owner_id END, CASE WHEN lv.level = 2 THEN c.industry_id END,
    CASE WHEN lv.level = 2 THEN c.grade END, CASE WHEN lv.level = 2 THEN c.source_id END,
    greatest(floor(c.duration_days), 0)::int, sum(c.sign)::int, sum(c.sign * c.duration_days::numeric)
  FROM unnest(changes) c CROSS JOIN (VALUES (0), (1), (2)) lv(level)
  WHERE c.exited_at IS NOT NULL AND c.duration_days IS NOT NULL
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
  HAVING sum(c.sign) <> 0 OR sum(c.sign * c.duration_days::numeric) <> 0
  ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
  ON CONFLICT ON CONSTRAINT stage_stay_stats_key
  DO UPDATE SET stays = s.stays + excluded.stays, total_days = s.total_days + excluded.total_days;
  DELETE FROM stage_stay_stats s USING (
    SELECT c.to_stage, date_trunc('month', min(c.exited_at AT TIME ZONE zone))::date AS lo,
      max(c.exited_at AT TIME ZONE zone)::date AS hi
    FROM unnest(changes) c WHERE c.exited_at IS NOT NULL AND c.duration_days IS NOT NULL GROUP BY 1
  ) t WHERE s.stays = 0 AND s.stage = t.to_stage AND s.day BETWEEN t.lo AND t.hi;

  INSERT INTO stage_move_stats AS s (level, to_stage, day, kind, from_stage, churn_type, reason, owner_id, industry_id, grade, source_id, moves)
  SELECT lv.level, c.to_stage,
    CASE WHEN lv.level = 1 THEN date_trunc('month', c.at AT TIME ZONE zone)::date
      ELSE (c.at AT TIME ZONE zone)::date END,
    c.kind, c.from_stage, c.churn_type,
    CASE WHEN c.to_stage = 'dropped' THEN btrim(c.note) ELSE '' END,
    CASE WHEN lv.level = 2 THEN c.owner_id END, CASE WHEN lv.level = 2 THEN c.industry_id END,
    CASE WHEN lv.level = 2 THEN c.grade END, CASE WHEN lv.level = 2 THEN c.source_id END,
    sum(c.sign)::int
  FROM unnest(changes) c CROSS JOIN (VALUES (0), (1), (2)) lv(level)
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11
  HAVING sum(c.sign) <> 0
  ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11
  ON CONFLICT ON CONSTRAINT stage_move_stats_key DO UPDATE SET moves = s.moves + excluded.moves;
  DELETE FROM stage_move_stats s USING (
    SELECT c.to_stage, date_trunc('month', min(c.at AT TIME ZONE zone))::date AS lo,
      max(c.at AT TIME ZONE zone)::date AS hi
    FROM unnest(changes) c GROUP BY 1
  ) t WHERE s.moves = 0 AND s.to_stage = t.to_stage AND s.day BETWEEN t.lo AND t.hi;
END $$;--> statement-breakpoint
-- Transitions count with their account's current owner and segment, as the dashboards'
-- raw queries read them: an insert adds, a delete subtracts (an account being deleted
-- has subtracted its own already, see below), an update subtracts the old row and adds
-- the new one (an owner change alone nets to nothing here; the accounts trigger moves it).
CREATE FUNCTION "stage_transitions_stats_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM stage_stats_apply(array(
    SELECT row(n.to_stage, n.from_stage, n.kind, n.at, n.exited_at, n.duration_days, n.note, n.churn_type,
      a.owner_id, a.industry_id, a.grade, a.source_id, 1)::stage_stats_change
    FROM new_rows n JOIN accounts a ON a.id = n.account_id));
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION "stage_transitions_stats_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM stage_stats_apply(array(
    SELECT row(n.to_stage, n.from_stage, n.kind, n.at, n.exited_at, n.duration_days, n.note, n.churn_type,
      a.owner_id, a.industry_id, a.grade, a.source_id, n.sign)::stage_stats_change
    FROM (SELECT *, 1 AS sign FROM new_rows UNION ALL SELECT *, -1 FROM old_rows) n
    JOIN accounts a ON a.id = n.account_id));
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION "stage_transitions_stats_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM stage_stats_apply(array(
    SELECT row(o.to_stage, o.from_stage, o.kind, o.at, o.exited_at, o.duration_days, o.note, o.churn_type,
      a.owner_id, a.industry_id, a.grade, a.source_id, -1)::stage_stats_change
    FROM old_rows o JOIN accounts a ON a.id = o.account_id));
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "stage_transitions_stats_insert" AFTER INSERT ON "stage_transitions"
  REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "stage_transitions_stats_insert"();--> statement-breakpoint
CREATE TRIGGER "stage_transitions_stats_update" AFTER UPDATE ON "stage_transitions"
  REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "stage_transitions_stats_update"();--> statement-breakpoint
CREATE TRIGGER "stage_transitions_stats_delete" AFTER DELETE ON "stage_transitions"
  REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "stage_transitions_stats_delete"();--> statement-breakpoint
-- An account's new owner or segment moves all its transitions' counts; a deleted
-- account takes them away before its transitions go (they cascade after it).
CREATE FUNCTION "accounts_stage_stats"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM stage_stats_apply(array(
    SELECT row(t.to_stage, t.from_stage, t.kind, t.at, t.exited_at, t.duration_days, t.note, t.churn_type,
      OLD.owner_id, OLD.industry_id, OLD.grade, OLD.source_id, -1)::stage_stats_change
    FROM stage_transitions t WHERE t.account_id = OLD.id
    UNION ALL
    SELECT row(t.to_stage, t.from_stage, t.kind, t.at, t.exited_at, t.duration_days, t.note, t.churn_type,
      NEW.owner_id, NEW.industry_id, NEW.grade, NEW.source_id, 1)::stage_stats_change
    FROM stage_transitions t WHERE TG_OP = 'UPDATE' AND t.account_id = NEW.id));
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NULL END;
END $$;--> statement-breakpoint
CREATE TRIGGER "accounts_stage_stats_update" AFTER UPDATE OF "owner_id", "industry_id", "grade", "source_id" ON "accounts"
  FOR EACH ROW WHEN (OLD."owner_id" IS DISTINCT FROM NEW."owner_id" OR OLD."industry_id" IS DISTINCT FROM NEW."industry_id"
    OR OLD."grade" IS DISTINCT FROM NEW."grade" OR OLD."source_id" IS DISTINCT FROM NEW."source_id")
  EXECUTE FUNCTION "accounts_stage_stats"();--> statement-breakpoint
CREATE TRIGGER "accounts_stage_stats_delete" BEFORE DELETE ON "accounts"
  FOR EACH ROW EXECUTE FUNCTION "accounts_stage_stats"();--> statement-breakpoint
-- Return visits: one function over the rows a statement added (+1) and removed (-1).
CREATE TYPE "return_visit_change" AS (
  "window_start" timestamptz, "assignee_id" uuid, "window_ends_on" date, "status" "task_status",
  "completed_at" timestamptz, "sign" integer
);--> statement-breakpoint
CREATE FUNCTION "return_visit_stats_apply"("changes" "return_visit_change"[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  zone text := pcrm_stats_zone();
BEGIN
  IF coalesce(cardinality(changes), 0) = 0 THEN RETURN; END IF;
  -- Levels: 0 = day, 1 = month (its first day) the window started.
  INSERT INTO return_visit_stats AS s (level, day, assignee_id, state, window_ends_on, visits)
  SELECT lv.level,
    CASE WHEN lv.level = 1 THEN date_trunc('month', t.window_start AT TIME ZONE zone)::date
      ELSE (t.window_start AT TIME ZONE zone)::date END,
    t.assignee_id, t.state, CASE WHEN t.state = 'open' THEN t.window_ends_on END, sum(t.sign)::int
  FROM (
    SELECT c.*, CASE WHEN c.status = 'done' AND (c.completed_at AT TIME ZONE zone)::date <= c.window_ends_on THEN 'covered'
      WHEN c.status = 'open' THEN 'open' ELSE 'other' END AS state
    FROM unnest(changes) c
  ) t CROSS JOIN (VALUES (0), (1)) lv(level)
  GROUP BY 1, 2, 3, 4, 5
  HAVING sum(t.sign) <> 0
  ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ON CONSTRAINT return_visit_stats_key DO UPDATE SET visits = s.visits + excluded.visits;
  DELETE FROM return_visit_stats s USING (
    SELECT date_trunc('month', min(c.window_start AT TIME ZONE zone))::date AS lo,
      max(c.window_start AT TIME ZONE zone)::date AS hi FROM unnest(changes) c
  ) t WHERE s.visits = 0 AND s.day BETWEEN t.lo AND t.hi;
END $$;--> statement-breakpoint
CREATE FUNCTION "tasks_return_visit_stats"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM return_visit_stats_apply(array(
      SELECT row(n.window_start, n.assignee_id, n.window_ends_on, n.status, n.completed_at, 1)::return_visit_change
      FROM new_rows n WHERE n.kind = 'return_visit'));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM return_visit_stats_apply(array(
      SELECT row(o.window_start, o.assignee_id, o.window_ends_on, o.status, o.completed_at, -1)::return_visit_change
      FROM old_rows o WHERE o.kind = 'return_visit'));
  ELSE
    PERFORM return_visit_stats_apply(array(
      SELECT row(n.window_start, n.assignee_id, n.window_ends_on, n.status, n.completed_at, 1)::return_visit_change
      FROM new_rows n WHERE n.kind = 'return_visit'
      UNION ALL
      SELECT row(o.window_start, o.assignee_id, o.window_ends_on, o.status, o.completed_at, -1)::return_visit_change
      FROM old_rows o WHERE o.kind = 'return_visit'));
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "tasks_return_visit_stats_insert" AFTER INSERT ON "tasks"
  REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "tasks_return_visit_stats"();--> statement-breakpoint
CREATE TRIGGER "tasks_return_visit_stats_update" AFTER UPDATE ON "tasks"
  REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "tasks_return_visit_stats"();--> statement-breakpoint
CREATE TRIGGER "tasks_return_visit_stats_delete" AFTER DELETE ON "tasks"
  REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "tasks_return_visit_stats"();--> statement-breakpoint
-- Recounts everything from the rows (the backfill below, and after a time-zone change).
CREATE FUNCTION "dashboard_stats_rebuild"() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE stage_stay_stats, stage_move_stats, return_visit_stats;
  -- Counted at level 2 first, then rolled up into days (0) and months (1).
  INSERT INTO stage_stay_stats (level, stage, day, owner_id, industry_id, grade, source_id, days, stays, total_days)
  SELECT 2, t.to_stage, (t.exited_at AT TIME ZONE pcrm_stats_zone())::date, a.owner_id, a.industry_id, a.grade, a.source_id,
    greatest(floor(t.duration_days), 0)::int, count(*)::int, sum(t.duration_days::numeric)
  FROM stage_transitions t JOIN accounts a ON a.id = t.account_id
  WHERE t.exited_at IS NOT NULL AND t.duration_days IS NOT NULL
  GROUP BY 2, 3, 4, 5, 6, 7, 8;
  INSERT INTO stage_stay_stats (level, stage, day, days, stays, total_days)
  SELECT lv.level, s.stage, CASE WHEN lv.level = 1 THEN date_trunc('month', s.day)::date ELSE s.day END, s.days,
    sum(s.stays)::int, sum(s.total_days)
  FROM stage_stay_stats s CROSS JOIN (VALUES (0), (1)) lv(level) WHERE s.level = 2
  GROUP BY 1, 2, 3, 4;
  INSERT INTO stage_move_stats (level, to_stage, day, kind, from_stage, churn_type, reason, owner_id, industry_id, grade, source_id, moves)
  SELECT 2, t.to_stage, (t.at AT TIME ZONE pcrm_stats_zone())::date, t.kind, t.from_stage, t.churn_type,
    CASE WHEN t.to_stage = 'dropped' THEN btrim(t.note) ELSE '' END,
    a.owner_id, a.industry_id, a.grade, a.source_id, count(*)::int
  FROM stage_transitions t JOIN accounts a ON a.id = t.account_id
  GROUP BY 2, 3, 4, 5, 6, 7, 8, 9, 10, 11;
  INSERT INTO stage_move_stats (level, to_stage, day, kind, from_stage, churn_type, reason, moves)
  SELECT lv.level, m.to_stage, CASE WHEN lv.level = 1 THEN date_trunc('month', m.day)::date ELSE m.day END,
    m.kind, m.from_stage, m.churn_type, m.reason, sum(m.moves)::int
  FROM stage_move_stats m CROSS JOIN (VALUES (0), (1)) lv(level) WHERE m.level = 2
  GROUP BY 1, 2, 3, 4, 5, 6, 7;
  INSERT INTO return_visit_stats (level, day, assignee_id, state, window_ends_on, visits)
  SELECT lv.level,
    CASE WHEN lv.level = 1 THEN date_trunc('month', t.day)::date ELSE t.day END,
    t.assignee_id, t.state, CASE WHEN t.state = 'open' THEN t.window_ends_on END, count(*)::int
  FROM (
    SELECT (window_start AT TIME ZONE pcrm_stats_zone())::date AS day, assignee_id, window_ends_on,
      CASE WHEN status = 'done' AND (completed_at AT TIME ZONE pcrm_stats_zone())::date <= window_ends_on THEN 'covered'
        WHEN status = 'open' THEN 'open' ELSE 'other' END AS state
    FROM tasks WHERE kind = 'return_visit'
  ) t CROSS JOIN (VALUES (0), (1)) lv(level)
  GROUP BY 1, 2, 3, 4, 5;
END $$;--> statement-breakpoint
-- Points pcrm_stats_zone() at `zone` and recounts, when it names another zone.
CREATE FUNCTION "pcrm_set_stats_zone"("zone" text) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
  IF zone = pcrm_stats_zone() THEN RETURN false; END IF;
  PERFORM now() AT TIME ZONE zone;
  EXECUTE format('CREATE OR REPLACE FUNCTION pcrm_stats_zone() RETURNS text LANGUAGE sql IMMUTABLE AS %L',
    'SELECT ' || quote_literal(zone) || '::text');
  PERFORM dashboard_stats_rebuild();
  RETURN true;
END $$;--> statement-breakpoint
-- Covering indexes: every reader is an index-only range scan of one level and (stage, day).
CREATE INDEX "stage_stay_stats_read_idx" ON "stage_stay_stats" ("level", "stage", "day")
  INCLUDE ("days", "stays", "total_days", "owner_id", "industry_id", "grade", "source_id");--> statement-breakpoint
CREATE INDEX "stage_move_stats_read_idx" ON "stage_move_stats" ("level", "to_stage", "day")
  INCLUDE ("kind", "from_stage", "churn_type", "reason", "moves", "owner_id", "industry_id", "grade", "source_id");--> statement-breakpoint
CREATE INDEX "return_visit_stats_read_idx" ON "return_visit_stats" ("level", "day")
  INCLUDE ("assignee_id", "state", "window_ends_on", "visits");--> statement-breakpoint
SELECT dashboard_stats_rebuild();
