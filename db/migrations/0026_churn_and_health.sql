CREATE TYPE "public"."churn_case_status" AS ENUM('at_risk', 'churned', 'win_back', 'recovered', 'lost');--> statement-breakpoint
CREATE TYPE "public"."health_level" AS ENUM('healthy', 'watch', 'at_risk');--> statement-breakpoint
CREATE TABLE "churn_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"status" "churn_case_status" NOT NULL,
	"churn_type" "churn_type",
	"lost_yearly_revenue_minor" bigint,
	"currency" text DEFAULT 'CNY' NOT NULL,
	"evidence" text DEFAULT '' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"at_risk_at" timestamp with time zone,
	"churned_at" timestamp with time zone,
	"win_back_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"opened_by_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "account_health" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"score" smallint NOT NULL,
	"level" "health_level" NOT NULL,
	"signals" jsonb NOT NULL,
	"computed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "churn_cases" ADD CONSTRAINT "churn_cases_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "churn_cases" ADD CONSTRAINT "churn_cases_opened_by_id_users_id_fk" FOREIGN KEY ("opened_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_health" ADD CONSTRAINT "account_health_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "churn_cases_account_idx" ON "churn_cases" USING btree ("account_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "churn_cases_open_idx" ON "churn_cases" USING btree ("account_id") WHERE "churn_cases"."status" in ('at_risk', 'churned', 'win_back');--> statement-breakpoint
CREATE INDEX "churn_cases_status_idx" ON "churn_cases" USING btree ("status","churned_at");--> statement-breakpoint
CREATE INDEX "account_health_level_idx" ON "account_health" USING btree ("level","score","account_id");