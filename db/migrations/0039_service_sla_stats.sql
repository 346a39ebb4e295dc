CREATE TABLE "service_sla_stats" (
	"level" smallint NOT NULL,
	"day" date NOT NULL,
	"owner_id" uuid,
	"fr_state" text NOT NULL,
	"fr_due" timestamp with time zone,
	"res_state" text NOT NULL,
	"res_due" timestamp with time zone,
	"requests" integer NOT NULL,
	CONSTRAINT "service_sla_stats_key" UNIQUE NULLS NOT DISTINCT("level","day","owner_id","fr_state","fr_due","res_state","res_due")
);
--> statement-breakpoint
-- One request's contribution to service_sla_stats: its day received, its owner and
-- its SLA outcomes as the raw attainment query reads them.
CREATE TYPE "service_sla_change" AS (
  "received_at" timestamptz, "owner_id" uuid,
  "fr_state" text, "fr_due" timestamptz, "res_state" text, "res_due" timestamptz, "sign" integer
);--> statement-breakpoint
-- The outcomes of one request: first response met / missed (answered by / after its
-- deadline) / pending (unanswered: missed once `fr_due` is past); resolution met /
-- missed (resolved within / over its budget, or open and paused over it) / running
-- (open with the clock running: missed once `res_due` is past) / other.
CREATE FUNCTION "service_sla_change_of"(r "service_requests", sign integer)
RETURNS "service_sla_change" LANGUAGE sql IMMUTABLE AS $$
  SELECT row(r.received_at, r.owner_id,
    CASE WHEN r.first_responded_at IS NULL THEN 'pending'
      WHEN r.first_responded_at <= r.first_response_due_at THEN 'met'
      WHEN r.first_responded_at > r.first_response_due_at THEN 'missed' ELSE 'other' END,
    CASE WHEN r.first_responded_at IS NULL THEN r.first_response_due_at END,
    CASE WHEN r.resolved_at IS NOT NULL THEN
        CASE WHEN r.sla_used_seconds <= r.sla_resolution_hours * 3600 THEN 'met'
          WHEN r.sla_used_seconds > r.sla_resolution_hours * 3600 THEN 'missed' ELSE 'other' END
      WHEN r.status IN ('new', 'acknowledged', 'in_progress', 'waiting_on_customer') THEN
        CASE WHEN r.sla_running_since IS NOT NULL THEN 'running'
          WHEN r.sla_used_seconds > r.sla_resolution_hours * 3600 THEN 'missed' ELSE 'other' END
      ELSE 'other' END,
    CASE WHEN r.resolved_at IS NULL AND r.sla_running_since IS NOT NULL
      AND r.status IN ('new', 'acknowledged', 'in_progress', 'waiting_on_customer') THEN r.resolution_due_at END,
    sign)::service_sla_change
$$;--> statement-breakpoint
CREATE FUNCTION "service_sla_stats_apply"("changes" "service_sla_change"[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  zone text := pcrm_stats_zone();
BEGIN
  IF coalesce(cardinality(changes), 0) = 0 THEN RETURN; END IF;
  -- Levels: 0 = day × owner, 1 = month (its first day) × owner.
  INSERT INTO service_sla_stats AS s (level, day, owner_id, fr_state, fr_due, res_state, res_due, requests)
  SELECT lv.level,
    CASE WHEN lv.level = 1 THEN date_trunc('month', c.received_at AT TIME ZONE zone)::date
      ELSE (c.received_at AT TIME ZONE zone)::date END,
    c.owner_id, c.fr_state, c.fr_due, c.res_state, c.res_due, sum(c.sign)::int
  FROM unnest(changes) c CROSS JOIN (VALUES (0), (1)) lv(level)
  GROUP BY 1, 2, 3, 4, 5, 6, 7
  HAVING sum(c.sign) <> 0
  ORDER BY 1, 2, 3, 4, 5, 6, 7
  ON CONFLICT ON CONSTRAINT service_sla_stats_key DO UPDATE SET requests = s.requests + excluded.requests;
  DELETE FROM service_sla_stats s USING (
    SELECT date_trunc('month', min(c.received_at AT TIME ZONE zone))::date AS lo,
      max(c.received_at AT TIME ZONE zone)::date AS hi FROM unnest(changes) c
  ) t WHERE s.requests = 0 AND s.day BETWEEN t.lo AND t.hi;
END $$;--> statement-breakpoint
-- An insert adds, a delete subtracts (also when its account is deleted: requests
-- cascade), an update subtracts the old row and adds the new one, only for rows whose
-- counted values changed (the escalation sweep's next-look updates change none).
CREATE FUNCTION "service_requests_sla_stats"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM service_sla_stats_apply(array(
      SELECT service_sla_change_of(n, 1) FROM new_rows n));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM service_sla_stats_apply(array(
      SELECT service_sla_change_of(o, -1) FROM old_rows o));
  ELSE
    PERFORM service_sla_stats_apply(array(
      SELECT x.change FROM (
        SELECT service_sla_change_of(n, 1) AS change, service_sla_change_of(o, 1) AS before
        FROM new_rows n JOIN old_rows o ON o.id = n.id
      ) p CROSS JOIN LATERAL (VALUES (p.change), (row((p.before).received_at, (p.before).owner_id,
        (p.before).fr_state, (p.before).fr_due,
        (p.before).res_state, (p.before).res_due, -1)::service_sla_change)) x(change)
      WHERE p.change IS DISTINCT FROM p.before));
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "service_requests_sla_stats_insert" AFTER INSERT ON "service_requests"
  REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "service_requests_sla_stats"();--> statement-breakpoint
CREATE TRIGGER "service_requests_sla_stats_update" AFTER UPDATE ON "service_requests"
  REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "service_requests_sla_stats"();--> statement-breakpoint
CREATE TRIGGER "service_requests_sla_stats_delete" AFTER DELETE ON "service_requests"
  REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "service_requests_sla_stats"();--> statement-breakpoint
-- Recounts everything from the rows (the backfill below, and after a time-zone change).
CREATE FUNCTION "service_sla_stats_rebuild"() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE service_sla_stats;
  PERFORM service_sla_stats_apply(array(
    SELECT service_sla_change_of(r, 1) FROM service_requests r));
END $$;--> statement-breakpoint
-- A new stats zone recounts these too (0036's function, with this table's rebuild added).
CREATE OR REPLACE FUNCTION "pcrm_set_stats_zone"("zone" text) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
  IF zone = pcrm_stats_zone() THEN RETURN false; END IF;
  PERFORM now() AT TIME ZONE zone;
  EXECUTE format('CREATE OR REPLACE FUNCTION pcrm_stats_zone() RETURNS text LANGUAGE sql IMMUTABLE AS %L',
    'SELECT ' || quote_literal(zone) || '::text');
  PERFORM dashboard_stats_rebuild();
  PERFORM activity_stats_rebuild();
  PERFORM service_sla_stats_rebuild();
  RETURN true;
END $$;--> statement-breakpoint
-- Covering index: every reader is an index-only range scan of one level and its days.
CREATE INDEX "service_sla_stats_read_idx" ON "service_sla_stats" ("level", "day")
  INCLUDE ("owner_id", "fr_state", "fr_due", "res_state", "res_due", "requests");--> statement-breakpoint
-- Cells brought to zero are deleted in the same statement (0033's pattern).
CREATE INDEX "service_sla_stats_empty_idx" ON "service_sla_stats" ("day") WHERE "requests" = 0;--> statement-breakpoint
-- The open-by-age table reads only open requests: a covering partial index.
CREATE INDEX "service_requests_open_age_idx" ON "service_requests" ("owner_id", "received_at")
  INCLUDE ("account_id") WHERE "status" IN ('new', 'acknowledged', 'in_progress', 'waiting_on_customer');--> statement-breakpoint
-- Escalations by level without owner or segment filters: an index-only scan of the period.
CREATE INDEX "escalation_log_fired_idx" ON "escalation_log" ("fired_at") INCLUDE ("clock", "target", "acknowledged_at", "request_id");--> statement-breakpoint
SELECT service_sla_stats_rebuild();
