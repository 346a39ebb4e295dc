CREATE TABLE "value_pareto_points" (
	"rank" integer PRIMARY KEY NOT NULL,
	"cumulative_minor" bigint NOT NULL,
	"accounts" integer NOT NULL,
	"total_minor" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "value_segment_stats" (
	"owner_id" uuid,
	"industry_id" integer,
	"area_id" integer,
	"abc_class" "abc_class",
	"accounts" integer NOT NULL,
	"orders" integer NOT NULL,
	"revenue_minor" bigint NOT NULL,
	"margin_minor" bigint NOT NULL
);
--> statement-breakpoint
ALTER TABLE "value_segment_stats" ADD CONSTRAINT "value_segment_stats_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "value_segment_stats_owner_idx" ON "value_segment_stats" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "account_value_revenue_idx" ON "account_value" USING btree ("revenue_minor" DESC NULLS LAST,"account_id");