-- Deleting an account cascades to its schedule baselines by account_id; without this index
-- each deleted account scans every baseline (rebuilding the large dataset took many minutes).
CREATE INDEX "schedule_baselines_account_idx" ON "schedule_baselines" USING btree ("account_id");