CREATE TYPE "public"."survey_audience" AS ENUM('primary', 'decision_makers', 'all_contacts');--> statement-breakpoint
CREATE TYPE "public"."survey_invitation_source" AS ENUM('campaign', 'manual');--> statement-breakpoint
CREATE TYPE "public"."survey_locale" AS ENUM('zh-CN', 'en');--> statement-breakpoint
CREATE TABLE "survey_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"invitation_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"contact_id" uuid,
	"template_id" uuid NOT NULL,
	"owner_id" uuid,
	"quarter" text NOT NULL,
	"csat" smallint NOT NULL,
	"nps" smallint NOT NULL,
	"extra" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"answered_at" timestamp with time zone NOT NULL,
	"service_request_id" uuid,
	CONSTRAINT "survey_answers_invitation_id_unique" UNIQUE("invitation_id"),
	CONSTRAINT "survey_answers_scores" CHECK ("survey_answers"."csat" between 1 and 5 and "survey_answers"."nps" between 0 and 10)
);
--> statement-breakpoint
CREATE TABLE "survey_campaign_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"audience" "survey_audience" DEFAULT 'primary' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_campaign_settings_one_row" CHECK ("survey_campaign_settings"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "survey_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"account_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"template_id" uuid NOT NULL,
	"quarter" text NOT NULL,
	"locale" "survey_locale" NOT NULL,
	"source" "survey_invitation_source" NOT NULL,
	"sent_by_id" uuid,
	"sent_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"reminders_sent" smallint DEFAULT 0 NOT NULL,
	"last_reminded_at" timestamp with time zone,
	"answered_at" timestamp with time zone,
	CONSTRAINT "survey_invitations_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "survey_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer NOT NULL,
	"is_current" boolean DEFAULT false NOT NULL,
	"title_en" text NOT NULL,
	"title_zh" text NOT NULL,
	"intro_en" text DEFAULT '' NOT NULL,
	"intro_zh" text DEFAULT '' NOT NULL,
	"csat_en" text NOT NULL,
	"csat_zh" text NOT NULL,
	"nps_en" text NOT NULL,
	"nps_zh" text NOT NULL,
	"comment_en" text NOT NULL,
	"comment_zh" text NOT NULL,
	"questions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_templates_version_unique" UNIQUE("version")
);
--> statement-breakpoint
ALTER TABLE "survey_answers" ADD CONSTRAINT "survey_answers_invitation_id_survey_invitations_id_fk" FOREIGN KEY ("invitation_id") REFERENCES "public"."survey_invitations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_answers" ADD CONSTRAINT "survey_answers_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_answers" ADD CONSTRAINT "survey_answers_contact_id_stakeholders_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."stakeholders"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_answers" ADD CONSTRAINT "survey_answers_template_id_survey_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."survey_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_answers" ADD CONSTRAINT "survey_answers_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_answers" ADD CONSTRAINT "survey_answers_service_request_id_service_requests_id_fk" FOREIGN KEY ("service_request_id") REFERENCES "public"."service_requests"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD CONSTRAINT "survey_invitations_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD CONSTRAINT "survey_invitations_contact_id_stakeholders_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."stakeholders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD CONSTRAINT "survey_invitations_template_id_survey_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."survey_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD CONSTRAINT "survey_invitations_sent_by_id_users_id_fk" FOREIGN KEY ("sent_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_templates" ADD CONSTRAINT "survey_templates_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "survey_answers_account_idx" ON "survey_answers" USING btree ("account_id","answered_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "survey_answers_quarter_idx" ON "survey_answers" USING btree ("quarter","owner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_invitations_contact_quarter_idx" ON "survey_invitations" USING btree ("contact_id","quarter");--> statement-breakpoint
CREATE INDEX "survey_invitations_account_idx" ON "survey_invitations" USING btree ("account_id","sent_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "survey_invitations_pending_idx" ON "survey_invitations" USING btree ("sent_at") WHERE "survey_invitations"."answered_at" is null and "survey_invitations"."reminders_sent" < 2;--> statement-breakpoint
CREATE UNIQUE INDEX "survey_templates_current_idx" ON "survey_templates" USING btree ("is_current") WHERE "survey_templates"."is_current";