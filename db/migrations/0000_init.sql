CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TYPE "public"."account_status" AS ENUM('active', 'inactive');--> statement-breakpoint
CREATE TYPE "public"."account_type" AS ENUM('buyer', 'competitor', 'partner', 'supplier');--> statement-breakpoint
CREATE TYPE "public"."churn_type" AS ENUM('abandoned_deliberately', 'abandoned_unintentionally', 'lured_by_competitor', 'price_seeker', 'lost_conditions');--> statement-breakpoint
CREATE TYPE "public"."grade" AS ENUM('important', 'normal', 'potential');--> statement-breakpoint
CREATE TYPE "public"."stage" AS ENUM('stakeholders', 'evaluation', 'requirements', 'scope', 'schedule', 'cost_plan', 'execution', 'dropped', 'churned');--> statement-breakpoint
CREATE TYPE "public"."reference_kind" AS ENUM('industry', 'source', 'area');--> statement-breakpoint
CREATE TYPE "public"."move_kind" AS ENUM('create', 'forward', 'back', 'drop', 'churn', 'reopen');--> statement-breakpoint
CREATE TYPE "public"."pipeline_stage" AS ENUM('stakeholders', 'evaluation', 'requirements', 'scope', 'schedule', 'cost_plan', 'execution');--> statement-breakpoint
CREATE TYPE "public"."attitude" AS ENUM('champion', 'supporter', 'neutral', 'skeptic', 'opponent');--> statement-breakpoint
CREATE TYPE "public"."decision_role" AS ENUM('decision_maker', 'influencer', 'user', 'sponsor', 'gatekeeper', 'salesperson', 'customer_manager', 'specialist');--> statement-breakpoint
CREATE TYPE "public"."stakeholder_side" AS ENUM('customer', 'ours');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('admin', 'director', 'manager', 'executive');--> statement-breakpoint
CREATE TABLE "account_team" (
	"account_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "account_team_account_id_user_id_pk" PRIMARY KEY("account_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"country_region" text DEFAULT '' NOT NULL,
	"province" text DEFAULT '' NOT NULL,
	"city" text DEFAULT '' NOT NULL,
	"postal_code" text DEFAULT '' NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"fax" text DEFAULT '' NOT NULL,
	"email" text DEFAULT '' NOT NULL,
	"homepage" text DEFAULT '' NOT NULL,
	"annual_revenue" numeric(18, 2),
	"employee_count" integer,
	"industry_id" integer,
	"source_id" integer,
	"area_id" integer,
	"type" "account_type" DEFAULT 'buyer' NOT NULL,
	"status" "account_status" DEFAULT 'active' NOT NULL,
	"grade" "grade" DEFAULT 'normal' NOT NULL,
	"owner_id" uuid,
	"stage" "stage" DEFAULT 'stakeholders' NOT NULL,
	"stage_entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"churn_type" "churn_type",
	"outcome_reason" text,
	"archived_at" timestamp with time zone,
	"created_by_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "accounts_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "code_counters" (
	"prefix" text PRIMARY KEY NOT NULL,
	"last" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"entity" text NOT NULL,
	"entity_id" text NOT NULL,
	"account_id" uuid,
	"action" text NOT NULL,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "reference_items" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" "reference_kind" NOT NULL,
	"code" text NOT NULL,
	"name_en" text NOT NULL,
	"name_zh" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stage_settings" (
	"stage" "pipeline_stage" PRIMARY KEY NOT NULL,
	"expected_days" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stage_transitions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"from_stage" "stage",
	"to_stage" "stage" NOT NULL,
	"kind" "move_kind" NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"by_id" uuid,
	"note" text DEFAULT '' NOT NULL,
	"override" boolean DEFAULT false NOT NULL,
	"churn_type" "churn_type",
	"exited_at" timestamp with time zone,
	"duration_days" double precision
);
--> statement-breakpoint
CREATE TABLE "stakeholders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"side" "stakeholder_side" NOT NULL,
	"name" text NOT NULL,
	"salutation" text DEFAULT '' NOT NULL,
	"department" text DEFAULT '' NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"decision_role" "decision_role" NOT NULL,
	"influence" integer DEFAULT 3 NOT NULL,
	"attitude" "attitude" DEFAULT 'neutral' NOT NULL,
	"mobile" text DEFAULT '' NOT NULL,
	"office_phone" text DEFAULT '' NOT NULL,
	"email" text DEFAULT '' NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"is_primary" boolean DEFAULT false NOT NULL,
	"hobbies" text DEFAULT '' NOT NULL,
	"special_dates" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"user_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"role" "role" NOT NULL,
	"password_hash" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
ALTER TABLE "account_team" ADD CONSTRAINT "account_team_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_team" ADD CONSTRAINT "account_team_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_industry_id_reference_items_id_fk" FOREIGN KEY ("industry_id") REFERENCES "public"."reference_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_source_id_reference_items_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."reference_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_area_id_reference_items_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."reference_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_transitions" ADD CONSTRAINT "stage_transitions_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_transitions" ADD CONSTRAINT "stage_transitions_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stakeholders" ADD CONSTRAINT "stakeholders_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stakeholders" ADD CONSTRAINT "stakeholders_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "account_team_user_idx" ON "account_team" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "accounts_owner_idx" ON "accounts" USING btree ("owner_id","stage");--> statement-breakpoint
CREATE INDEX "accounts_stage_idx" ON "accounts" USING btree ("stage","stage_entered_at");--> statement-breakpoint
CREATE INDEX "accounts_created_idx" ON "accounts" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "accounts_name_sort_idx" ON "accounts" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "accounts_industry_idx" ON "accounts" USING btree ("industry_id");--> statement-breakpoint
CREATE INDEX "accounts_source_idx" ON "accounts" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "accounts_grade_idx" ON "accounts" USING btree ("grade");--> statement-breakpoint
CREATE INDEX "accounts_phone_idx" ON "accounts" USING btree ("phone");--> statement-breakpoint
CREATE INDEX "accounts_email_idx" ON "accounts" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "accounts_name_trgm_idx" ON "accounts" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity","entity_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_account_idx" ON "audit_log" USING btree ("account_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "reference_items_kind_code_idx" ON "reference_items" USING btree ("kind","code");--> statement-breakpoint
CREATE INDEX "stage_transitions_account_idx" ON "stage_transitions" USING btree ("account_id","at");--> statement-breakpoint
CREATE INDEX "stage_transitions_to_stage_idx" ON "stage_transitions" USING btree ("to_stage","at");--> statement-breakpoint
CREATE INDEX "stage_transitions_exited_idx" ON "stage_transitions" USING btree ("to_stage","exited_at");--> statement-breakpoint
CREATE INDEX "stakeholders_account_idx" ON "stakeholders" USING btree ("account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "stakeholders_one_primary_idx" ON "stakeholders" USING btree ("account_id") WHERE "stakeholders"."is_primary";--> statement-breakpoint
CREATE INDEX "users_role_idx" ON "users" USING btree ("role");