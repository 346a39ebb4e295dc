CREATE TYPE "public"."return_visit_method" AS ENUM('phone', 'on_site', 'sms_wechat');--> statement-breakpoint
CREATE TYPE "public"."task_kind" AS ENUM('return_visit', 'follow_up');--> statement-breakpoint
CREATE TYPE "public"."task_status" AS ENUM('open', 'done', 'cancelled');--> statement-breakpoint
CREATE TABLE "return_visit_triggers" (
	"key" text PRIMARY KEY NOT NULL,
	"window_days" integer DEFAULT 7 NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "return_visit_triggers_window" CHECK ("return_visit_triggers"."window_days" between 1 and 90)
);
--> statement-breakpoint
CREATE TABLE "tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "task_kind" NOT NULL,
	"account_id" uuid NOT NULL,
	"assignee_id" uuid,
	"title" text DEFAULT '' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"window_ends_on" date NOT NULL,
	"due_date" date NOT NULL,
	"status" "task_status" DEFAULT 'open' NOT NULL,
	"trigger_key" text,
	"source_id" uuid,
	"method" "return_visit_method",
	"contact_id" uuid,
	"satisfaction" smallint,
	"completion_notes" text DEFAULT '' NOT NULL,
	"completed_at" timestamp with time zone,
	"completed_by_id" uuid,
	"reschedule_reason" text,
	"reschedule_count" integer DEFAULT 0 NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reminded_at" timestamp with time zone,
	"overdue_notified_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tasks_satisfaction" CHECK ("tasks"."satisfaction" is null or "tasks"."satisfaction" between 1 and 5),
	CONSTRAINT "tasks_source_pair" CHECK (("tasks"."trigger_key" is null) = ("tasks"."source_id" is null))
);
--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_contact_id_stakeholders_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."stakeholders"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_completed_by_id_users_id_fk" FOREIGN KEY ("completed_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "tasks_source_uq" ON "tasks" USING btree ("trigger_key","source_id");--> statement-breakpoint
CREATE INDEX "tasks_open_assignee_due_idx" ON "tasks" USING btree ("assignee_id","due_date") WHERE "tasks"."status" = 'open';--> statement-breakpoint
CREATE INDEX "tasks_open_due_idx" ON "tasks" USING btree ("due_date") WHERE "tasks"."status" = 'open';--> statement-breakpoint
CREATE INDEX "tasks_account_idx" ON "tasks" USING btree ("account_id","status","due_date");--> statement-breakpoint
CREATE INDEX "tasks_coverage_idx" ON "tasks" USING btree ("assignee_id","window_start") WHERE "tasks"."kind" = 'return_visit';--> statement-breakpoint
CREATE INDEX "tasks_coverage_window_idx" ON "tasks" USING btree ("window_start") WHERE "tasks"."kind" = 'return_visit';