CREATE TABLE "activity_stats" (
	"level" smallint NOT NULL,
	"day" date NOT NULL,
	"owner_id" uuid,
	"type" "activity_type" NOT NULL,
	"late_hours" integer,
	"activities" integer NOT NULL,
	"delay_minutes" bigint NOT NULL,
	CONSTRAINT "activity_stats_key" UNIQUE NULLS NOT DISTINCT("level","day","owner_id","type","late_hours")
);
--> statement-breakpoint
-- One activity's contribution to activity_stats, with its account's owner.
CREATE TYPE "activity_stats_change" AS (
  "occurred_at" timestamptz, "owner_id" uuid, "type" "activity_type", "filing_delay_minutes" integer, "sign" integer
);--> statement-breakpoint
CREATE FUNCTION "activity_stats_apply"("changes" "activity_stats_change"[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  zone text := pcrm_stats_zone();
BEGIN
  IF coalesce(cardinality(changes), 0) = 0 THEN RETURN; END IF;
  -- Levels: 0 = day, 1 = month (its first day), both without owner; 2 = day with owner;
  -- 3 = week (its Monday) with owner, without the late hours.
  INSERT INTO activity_stats AS s (level, day, owner_id, type, late_hours, activities, delay_minutes)
  SELECT lv.level,
    CASE lv.level WHEN 1 THEN date_trunc('month', c.local)::date WHEN 3 THEN date_trunc('week', c.local)::date
      ELSE c.local::date END,
    CASE WHEN lv.level >= 2 THEN c.owner_id END, c.type,
    CASE WHEN lv.level <> 3 THEN c.late_hours END,
    sum(c.sign)::int, sum(c.sign * c.filing_delay_minutes)::bigint
  FROM (
    SELECT u.*, u.occurred_at AT TIME ZONE zone AS local,
      greatest(ceil(u.filing_delay_minutes / 60.0), 0)::int AS late_hours
    FROM unnest(changes) u
  ) c CROSS JOIN (VALUES (0), (1), (2), (3)) lv(level)
  GROUP BY 1, 2, 3, 4, 5
  HAVING sum(c.sign) <> 0 OR sum(c.sign * c.filing_delay_minutes) <> 0
  ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ON CONSTRAINT activity_stats_key
  DO UPDATE SET activities = s.activities + excluded.activities, delay_minutes = s.delay_minutes + excluded.delay_minutes;
  DELETE FROM activity_stats s USING (
    SELECT least(date_trunc('month', min(u.occurred_at AT TIME ZONE zone)),
        date_trunc('week', min(u.occurred_at AT TIME ZONE zone)))::date AS lo,
      max(u.occurred_at AT TIME ZONE zone)::date AS hi
    FROM unnest(changes) u
  ) t WHERE s.activities = 0 AND s.day BETWEEN t.lo AND t.hi;
END $$;--> statement-breakpoint
-- Activities count with their account's current owner, as the dashboard's raw queries
-- read them: an insert adds, a delete subtracts (an account being deleted has
-- subtracted its own already, see below), an update subtracts the old row and adds
-- the new one.
CREATE FUNCTION "activities_stats"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM activity_stats_apply(array(
      SELECT row(n.occurred_at, a.owner_id, n.type, n.filing_delay_minutes, 1)::activity_stats_change
      FROM new_rows n JOIN accounts a ON a.id = n.account_id));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM activity_stats_apply(array(
      SELECT row(o.occurred_at, a.owner_id, o.type, o.filing_delay_minutes, -1)::activity_stats_change
      FROM old_rows o JOIN accounts a ON a.id = o.account_id));
  ELSE
    PERFORM activity_stats_apply(array(
      SELECT row(n.occurred_at, a.owner_id, n.type, n.filing_delay_minutes, n.sign)::activity_stats_change
      FROM (SELECT account_id, occurred_at, type, filing_delay_minutes, 1 AS sign FROM new_rows
        UNION ALL SELECT account_id, occurred_at, type, filing_delay_minutes, -1 FROM old_rows) n
      JOIN accounts a ON a.id = n.account_id));
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "activities_stats_insert" AFTER INSERT ON "activities"
  REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "activities_stats"();--> statement-breakpoint
CREATE TRIGGER "activities_stats_update" AFTER UPDATE ON "activities"
  REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "activities_stats"();--> statement-breakpoint
CREATE TRIGGER "activities_stats_delete" AFTER DELETE ON "activities"
  REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "activities_stats"();--> statement-breakpoint
-- An account's new owner moves its activities' counts; a deleted account takes them
-- away before its activities go (they cascade after it).
CREATE FUNCTION "accounts_activity_stats"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM activity_stats_apply(array(
    SELECT row(v.occurred_at, OLD.owner_id, v.type, v.filing_delay_minutes, -1)::activity_stats_change
    FROM activities v WHERE v.account_id = OLD.id
    UNION ALL
    SELECT row(v.occurred_at, NEW.owner_id, v.type, v.filing_delay_minutes, 1)::activity_stats_change
    FROM activities v WHERE TG_OP = 'UPDATE' AND v.account_id = NEW.id));
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NULL END;
END $$;--> statement-breakpoint
CREATE TRIGGER "accounts_activity_stats_update" AFTER UPDATE OF "owner_id" ON "accounts"
  FOR EACH ROW WHEN (OLD."owner_id" IS DISTINCT FROM NEW."owner_id")
  EXECUTE FUNCTION "accounts_activity_stats"();--> statement-breakpoint
CREATE TRIGGER "accounts_activity_stats_delete" BEFORE DELETE ON "accounts"
  FOR EACH ROW EXECUTE FUNCTION "accounts_activity_stats"();--> statement-breakpoint
-- Every write to activities moves the dashboards' data version (migration 0031).
CREATE TRIGGER "activities_stats_version" AFTER INSERT OR UPDATE OR DELETE ON "activities"
  FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_stats_bump"();--> statement-breakpoint
-- Recounts activity_stats from the rows (the backfill below, and after a time-zone change).
CREATE FUNCTION "activity_stats_rebuild"() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE activity_stats;
  -- Counted at level 2 first, then rolled up into days (0), months (1) and weeks (3).
  INSERT INTO activity_stats (level, day, owner_id, type, late_hours, activities, delay_minutes)
  SELECT 2, (v.occurred_at AT TIME ZONE pcrm_stats_zone())::date, a.owner_id, v.type,
    greatest(ceil(v.filing_delay_minutes / 60.0), 0)::int, count(*)::int, sum(v.filing_delay_minutes)::bigint
  FROM activities v JOIN accounts a ON a.id = v.account_id
  GROUP BY 2, 3, 4, 5;
  INSERT INTO activity_stats (level, day, owner_id, type, late_hours, activities, delay_minutes)
  SELECT lv.level,
    CASE lv.level WHEN 1 THEN date_trunc('month', s.day)::date WHEN 3 THEN date_trunc('week', s.day)::date ELSE s.day END,
    CASE WHEN lv.level = 3 THEN s.owner_id END, s.type, CASE WHEN lv.level <> 3 THEN s.late_hours END,
    sum(s.activities)::int, sum(s.delay_minutes)::bigint
  FROM activity_stats s CROSS JOIN (VALUES (0), (1), (3)) lv(level) WHERE s.level = 2
  GROUP BY 1, 2, 3, 4, 5;
END $$;--> statement-breakpoint
-- Points pcrm_stats_zone() at `zone` and recounts every stats table, when it names another zone.
CREATE OR REPLACE FUNCTION "pcrm_set_stats_zone"("zone" text) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
  IF zone = pcrm_stats_zone() THEN RETURN false; END IF;
  PERFORM now() AT TIME ZONE zone;
  EXECUTE format('CREATE OR REPLACE FUNCTION pcrm_stats_zone() RETURNS text LANGUAGE sql IMMUTABLE AS %L',
    'SELECT ' || quote_literal(zone) || '::text');
  PERFORM dashboard_stats_rebuild();
  PERFORM activity_stats_rebuild();
  RETURN true;
END $$;--> statement-breakpoint
-- Covering index: every reader is an index-only range scan of one level and day range.
CREATE INDEX "activity_stats_read_idx" ON "activity_stats" ("level", "day")
  INCLUDE ("owner_id", "type", "late_hours", "activities", "delay_minutes");--> statement-breakpoint
-- The cells a change brought to zero, which the triggers delete (see 0033).
CREATE INDEX "activity_stats_empty_idx" ON "activity_stats" ("day") WHERE "activities" = 0;--> statement-breakpoint
SELECT activity_stats_rebuild();
