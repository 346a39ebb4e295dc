CREATE TYPE "public"."escalation_target" AS ENUM('owner', 'director', 'executive');--> statement-breakpoint
CREATE TYPE "public"."service_channel" AS ENUM('phone', 'email', 'visit', 'letter', 'web');--> statement-breakpoint
CREATE TYPE "public"."service_priority" AS ENUM('low', 'normal', 'high', 'urgent');--> statement-breakpoint
CREATE TYPE "public"."service_status" AS ENUM('new', 'acknowledged', 'in_progress', 'waiting_on_customer', 'resolved', 'closed');--> statement-breakpoint
CREATE TYPE "public"."service_type" AS ENUM('enquiry', 'complaint', 'repair', 'suggestion');--> statement-breakpoint
CREATE TABLE "escalation_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"step_id" uuid NOT NULL,
	"target" "escalation_target" NOT NULL,
	"fired_at" timestamp with time zone NOT NULL,
	"used_seconds" integer NOT NULL,
	"notified_user_ids" uuid[] DEFAULT '{}' NOT NULL,
	"acknowledged_by_id" uuid,
	"acknowledged_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "escalation_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"position" integer NOT NULL,
	"threshold_percent" integer NOT NULL,
	"extra_hours" integer DEFAULT 0 NOT NULL,
	"target" "escalation_target" NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "escalation_steps_position_unique" UNIQUE("position"),
	CONSTRAINT "escalation_steps_threshold" CHECK ("escalation_steps"."threshold_percent" between 1 and 1000
      and "escalation_steps"."extra_hours" between 0 and 2000)
);
--> statement-breakpoint
CREATE TABLE "service_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"subject" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"product" text DEFAULT '' NOT NULL,
	"contact_id" uuid,
	"channel" "service_channel" NOT NULL,
	"type" "service_type" NOT NULL,
	"priority" "service_priority" DEFAULT 'normal' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"resolution" text DEFAULT '' NOT NULL,
	"status" "service_status" DEFAULT 'new' NOT NULL,
	"first_responded_at" timestamp with time zone,
	"resolved_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"owner_id" uuid,
	"created_by_id" uuid,
	"sla_first_response_hours" integer NOT NULL,
	"sla_resolution_hours" integer NOT NULL,
	"sla_used_seconds" integer DEFAULT 0 NOT NULL,
	"sla_running_since" timestamp with time zone,
	"paused_since" timestamp with time zone,
	"first_response_due_at" timestamp with time zone NOT NULL,
	"resolution_due_at" timestamp with time zone,
	"next_escalation_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sla_policies" (
	"type" "service_type" NOT NULL,
	"priority" "service_priority" NOT NULL,
	"first_response_hours" integer NOT NULL,
	"resolution_hours" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sla_policies_type_priority_pk" PRIMARY KEY("type","priority"),
	CONSTRAINT "sla_policies_hours" CHECK ("sla_policies"."first_response_hours" between 1 and 2000
      and "sla_policies"."resolution_hours" between 1 and 2000)
);
--> statement-breakpoint
ALTER TABLE "escalation_log" ADD CONSTRAINT "escalation_log_request_id_service_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."service_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalation_log" ADD CONSTRAINT "escalation_log_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalation_log" ADD CONSTRAINT "escalation_log_step_id_escalation_steps_id_fk" FOREIGN KEY ("step_id") REFERENCES "public"."escalation_steps"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalation_log" ADD CONSTRAINT "escalation_log_acknowledged_by_id_users_id_fk" FOREIGN KEY ("acknowledged_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_contact_id_stakeholders_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."stakeholders"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "escalation_log_request_step_idx" ON "escalation_log" USING btree ("request_id","step_id");--> statement-breakpoint
CREATE INDEX "service_requests_account_idx" ON "service_requests" USING btree ("account_id","received_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "service_requests_received_idx" ON "service_requests" USING btree ("received_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "service_requests_owner_idx" ON "service_requests" USING btree ("owner_id","status");--> statement-breakpoint
CREATE INDEX "service_requests_status_idx" ON "service_requests" USING btree ("status","received_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "service_requests_escalation_idx" ON "service_requests" USING btree ("next_escalation_at") WHERE "service_requests"."next_escalation_at" is not null;--> statement-breakpoint
CREATE INDEX "service_requests_subject_trgm_idx" ON "service_requests" USING gin ("subject" gin_trgm_ops);