CREATE TABLE "forecast_backtests" (
	"id" serial PRIMARY KEY NOT NULL,
	"as_of" date NOT NULL,
	"made_at" timestamp with time zone DEFAULT now() NOT NULL,
	"accounts" integer NOT NULL,
	"reached" integer NOT NULL,
	"reached_by_p80" integer NOT NULL,
	"expected_reach" double precision NOT NULL,
	"months" jsonb NOT NULL,
	"monthly_error" double precision NOT NULL
);
--> statement-breakpoint
CREATE TABLE "forecast_histograms" (
	"industry_id" integer NOT NULL,
	"grade" "grade" NOT NULL,
	"stage" "stage" NOT NULL,
	"next_stage" "stage" NOT NULL,
	"bucket" smallint NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "forecast_histograms_industry_id_grade_stage_next_stage_bucket_pk" PRIMARY KEY("industry_id","grade","stage","next_stage","bucket")
);
--> statement-breakpoint
-- The duration buckets of lib/forecast/buckets.ts: daily below 35 days, weekly below
-- 182, 30 days below 722, then one overflow bucket.
CREATE FUNCTION "forecast_bucket"(days double precision) RETURNS smallint
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (CASE
    WHEN days < 35 THEN floor(greatest(days, 0))
    WHEN days < 182 THEN 35 + 7 * floor((days - 35) / 7)
    WHEN days < 722 THEN 182 + 30 * floor((days - 182) / 30)
    ELSE 722 END)::smallint
$$;--> statement-breakpoint
-- One account's finished stays before execution: each move after the first closes the
-- stay opened by the move before it (in (at, id) order; the log is append-only).
CREATE FUNCTION "forecast_account_stays"(acc uuid)
RETURNS TABLE ("stage" "stage", "next_stage" "stage", "bucket" smallint)
LANGUAGE sql STABLE AS $$
  SELECT s.prev_stage, s.to_stage, forecast_bucket(extract(epoch FROM s.at - s.prev_at) / 86400)
  FROM (
    SELECT t.from_stage, t.to_stage, t.at,
      lag(t.to_stage) OVER w AS prev_stage, lag(t.at) OVER w AS prev_at
    FROM stage_transitions t WHERE t.account_id = acc
    WINDOW w AS (ORDER BY t.at, t.id)
  ) s
  WHERE s.from_stage IS NOT NULL AND s.prev_stage < 'execution'
$$;--> statement-breakpoint
-- Adds (sign 1) or removes (sign -1) an account's stays under the given segment.
CREATE FUNCTION "forecast_histograms_apply"(acc uuid, ind integer, gr "grade", sign integer)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO forecast_histograms AS h (industry_id, grade, stage, next_stage, bucket, count)
  SELECT coalesce(ind, 0), gr, s.stage, s.next_stage, s.bucket, sign * count(*)::integer
  FROM forecast_account_stays(acc) s GROUP BY s.stage, s.next_stage, s.bucket
  ON CONFLICT (industry_id, grade, stage, next_stage, bucket)
  DO UPDATE SET count = h.count + excluded.count;
  IF sign < 0 THEN DELETE FROM forecast_histograms WHERE count <= 0; END IF;
END $$;--> statement-breakpoint
-- New moves: each closes its account's previous stay. Statement-level, so a bulk COPY
-- of a million transitions is one grouped upsert.
CREATE FUNCTION "forecast_histograms_on_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO forecast_histograms AS h (industry_id, grade, stage, next_stage, bucket, count)
  SELECT coalesce(a.industry_id, 0), a.grade, p.to_stage, n.to_stage,
    forecast_bucket(extract(epoch FROM n.at - p.at) / 86400), count(*)::integer
  FROM new_rows n
  JOIN accounts a ON a.id = n.account_id
  CROSS JOIN LATERAL (
    SELECT p.to_stage, p.at FROM stage_transitions p
    WHERE p.account_id = n.account_id AND (p.at < n.at OR (p.at = n.at AND p.id < n.id))
    ORDER BY p.at DESC, p.id DESC LIMIT 1
  ) p
  WHERE n.from_stage IS NOT NULL AND p.to_stage < 'execution'
  GROUP BY 1, 2, 3, 4, 5
  ON CONFLICT (industry_id, grade, stage, next_stage, bucket)
  DO UPDATE SET count = h.count + excluded.count;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "forecast_histograms_on_insert" AFTER INSERT ON "stage_transitions"
  REFERENCING NEW TABLE AS "new_rows"
  FOR EACH STATEMENT EXECUTE FUNCTION "forecast_histograms_on_insert"();--> statement-breakpoint
-- Deleted moves of accounts that stay (an account's own delete is handled before it).
CREATE FUNCTION "forecast_histograms_on_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE forecast_histograms h SET count = h.count - d.c
  FROM (
    SELECT coalesce(a.industry_id, 0) AS industry_id, a.grade, p.to_stage AS stage,
      n.to_stage AS next_stage, forecast_bucket(extract(epoch FROM n.at - p.at) / 86400) AS bucket,
      count(*)::integer AS c
    FROM old_rows n
    JOIN accounts a ON a.id = n.account_id
    CROSS JOIN LATERAL (
      SELECT p.to_stage, p.at FROM (
        SELECT id, at, to_stage FROM stage_transitions WHERE account_id = n.account_id
        UNION ALL SELECT id, at, to_stage FROM old_rows WHERE account_id = n.account_id
      ) p
      WHERE p.at < n.at OR (p.at = n.at AND p.id < n.id)
      ORDER BY p.at DESC, p.id DESC LIMIT 1
    ) p
    WHERE n.from_stage IS NOT NULL AND p.to_stage < 'execution'
    GROUP BY 1, 2, 3, 4, 5
  ) d
  WHERE (h.industry_id, h.grade, h.stage, h.next_stage, h.bucket)
    = (d.industry_id, d.grade, d.stage, d.next_stage, d.bucket);
  DELETE FROM forecast_histograms WHERE count <= 0;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "forecast_histograms_on_delete" AFTER DELETE ON "stage_transitions"
  REFERENCING OLD TABLE AS "old_rows"
  FOR EACH STATEMENT EXECUTE FUNCTION "forecast_histograms_on_delete"();--> statement-breakpoint
-- An account's new industry or grade moves its stays to the new segment; a deleted
-- account takes its stays along (before the cascade removes its moves).
CREATE FUNCTION "forecast_histograms_on_account"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM forecast_histograms_apply(OLD.id, OLD.industry_id, OLD.grade, -1);
  IF TG_OP = 'UPDATE' THEN
    PERFORM forecast_histograms_apply(NEW.id, NEW.industry_id, NEW.grade, 1);
    RETURN NULL;
  END IF;
  RETURN OLD;
END $$;--> statement-breakpoint
CREATE TRIGGER "forecast_histograms_on_segment" AFTER UPDATE OF "industry_id", "grade" ON "accounts"
  FOR EACH ROW WHEN (OLD.industry_id IS DISTINCT FROM NEW.industry_id OR OLD.grade IS DISTINCT FROM NEW.grade)
  EXECUTE FUNCTION "forecast_histograms_on_account"();--> statement-breakpoint
CREATE TRIGGER "forecast_histograms_on_account_delete" BEFORE DELETE ON "accounts"
  FOR EACH ROW EXECUTE FUNCTION "forecast_histograms_on_account"();--> statement-breakpoint
-- The stays already in the log.
INSERT INTO forecast_histograms (industry_id, grade, stage, next_stage, bucket, count)
SELECT coalesce(a.industry_id, 0), a.grade, s.prev_stage, s.to_stage,
  forecast_bucket(extract(epoch FROM s.at - s.prev_at) / 86400), count(*)::integer
FROM (
  SELECT t.account_id, t.from_stage, t.to_stage, t.at,
    lag(t.to_stage) OVER w AS prev_stage, lag(t.at) OVER w AS prev_at
  FROM stage_transitions t
  WINDOW w AS (PARTITION BY t.account_id ORDER BY t.at, t.id)
) s
JOIN accounts a ON a.id = s.account_id
WHERE s.from_stage IS NOT NULL AND s.prev_stage < 'execution'
GROUP BY 1, 2, 3, 4, 5;
