-- Account name search that an index can serve in any script and any database locale.
-- pg_trgm only sees words, and under the C locale (the embedded cluster) Chinese
-- characters are not word characters, so a Chinese name gives it nothing to index.
-- Instead: the single characters and adjacent character pairs of lower(name) (chr(1),
-- used as a separator, is read as a space), in a GIN index. A name that contains the
-- query holds all of the query's pairs (@>), and the Chinese typo rule (¾ of the
-- characters, ⅓ of the pairs) needs some of its pairs together; the queries in
-- db/queries/accounts.ts use these as index conditions and recheck the exact rule.
-- PL/pgSQL so that it is not inlined: the planner then sees its real cost (a few µs a
-- name) and reads candidates from the index instead of computing grams row by row.
CREATE FUNCTION "account_name_grams"("name" text) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE COST 1000 AS $$
DECLARE
  s text := translate(lower("name"), chr(1), ' ');
BEGIN
  RETURN array_remove(
    string_to_array(s, NULL)
    || string_to_array(regexp_replace(s, '(..)', E'\\1' || chr(1), 'g'), chr(1))
    || string_to_array(regexp_replace(substr(s, 2), '(..)', E'\\1' || chr(1), 'g'), chr(1)),
    '');
END
$$;--> statement-breakpoint
CREATE INDEX "accounts_name_grams_idx" ON "accounts" USING gin ("account_name_grams"("name"));--> statement-breakpoint
-- The grams a name containing `query` holds, for @>: its pairs (they imply its
-- characters, which would make the planner count the same evidence twice), or the
-- character itself for a one-character query.
CREATE FUNCTION "account_name_query_grams"("query" text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT CASE WHEN length("query") < 2 THEN "account_name_grams"("query")
    ELSE ARRAY(SELECT DISTINCT g FROM unnest("account_name_grams"("query")) g WHERE length(g) = 2)
  END
$$;
