-- The stats triggers (0027, 0025) delete the cells a change brought to zero. Without an
-- index those deletes read the whole table: every stay's exit scanned all of
-- stage_move_stats, ~180 ms of a stage move at 100k accounts instead of ~2 ms. Cells at
-- zero are deleted in the same statement, so these partial indexes stay nearly empty.
CREATE INDEX IF NOT EXISTS "stage_stay_stats_empty_idx" ON "stage_stay_stats" ("stage", "day") WHERE "stays" = 0;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "stage_move_stats_empty_idx" ON "stage_move_stats" ("to_stage", "day") WHERE "moves" = 0;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "return_visit_stats_empty_idx" ON "return_visit_stats" ("day") WHERE "visits" = 0;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "forecast_histograms_empty_idx" ON "forecast_histograms" ("stage") WHERE "count" <= 0;
