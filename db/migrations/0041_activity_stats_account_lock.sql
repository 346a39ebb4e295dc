-- 0036's activities trigger, reading each activity's account FOR SHARE: an owner change
-- (which takes the account row for update) and a concurrent activity insert, edit or
-- delete then run one after the other. Without the lock, an activity written while its
-- account's owner changed was counted under the old owner for good: the owner trigger
-- moves only the activities its statement sees, and the activity trigger read the
-- owner before that change committed.
CREATE OR REPLACE FUNCTION "activities_stats"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM activity_stats_apply(array(
      SELECT row(n.occurred_at, a.owner_id, n.type, n.filing_delay_minutes, 1)::activity_stats_change
      FROM new_rows n JOIN accounts a ON a.id = n.account_id FOR SHARE OF a));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM activity_stats_apply(array(
      SELECT row(o.occurred_at, a.owner_id, o.type, o.filing_delay_minutes, -1)::activity_stats_change
      FROM old_rows o JOIN accounts a ON a.id = o.account_id FOR SHARE OF a));
  ELSE
    PERFORM activity_stats_apply(array(
      SELECT row(n.occurred_at, a.owner_id, n.type, n.filing_delay_minutes, n.sign)::activity_stats_change
      FROM (SELECT account_id, occurred_at, type, filing_delay_minutes, 1 AS sign FROM new_rows
        UNION ALL SELECT account_id, occurred_at, type, filing_delay_minutes, -1 FROM old_rows) n
      JOIN accounts a ON a.id = n.account_id FOR SHARE OF a));
  END IF;
  RETURN NULL;
END $$;
