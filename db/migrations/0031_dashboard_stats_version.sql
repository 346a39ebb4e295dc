-- A counter every change to what the dashboard stats count moves (any write to
-- stage_transitions or tasks, an account's owner, industry, grade or source, an
-- account deleted): the dashboards' result cache keys on it (db/queries/dashboards-cache.ts).
-- A sequence, so bumping it takes no lock and is never rolled back.
CREATE SEQUENCE "dashboard_stats_version";--> statement-breakpoint
CREATE FUNCTION "dashboard_stats_bump"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM nextval('dashboard_stats_version');
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "stage_transitions_stats_version" AFTER INSERT OR UPDATE OR DELETE ON "stage_transitions"
  FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_stats_bump"();--> statement-breakpoint
CREATE TRIGGER "tasks_stats_version" AFTER INSERT OR UPDATE OR DELETE ON "tasks"
  FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_stats_bump"();--> statement-breakpoint
CREATE TRIGGER "accounts_stats_version" AFTER UPDATE OF "owner_id", "industry_id", "grade", "source_id" OR DELETE ON "accounts"
  FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_stats_bump"();
