CREATE TYPE "public"."abc_class" AS ENUM('A', 'B', 'C');--> statement-breakpoint
CREATE TYPE "public"."abc_basis" AS ENUM('revenue', 'margin');--> statement-breakpoint
CREATE TABLE "abc_class_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"from_class" "abc_class",
	"to_class" "abc_class" NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"trigger" text NOT NULL,
	"basis" "abc_basis" NOT NULL,
	"value_minor" bigint NOT NULL,
	"above_share_bp" integer NOT NULL,
	"a_share_bp" integer NOT NULL,
	"b_share_bp" integer NOT NULL,
	"by_id" uuid
);
--> statement-breakpoint
CREATE TABLE "abc_settings" (
	"id" integer PRIMARY KEY NOT NULL,
	"a_share_bp" integer DEFAULT 8000 NOT NULL,
	"b_share_bp" integer DEFAULT 1500 NOT NULL,
	"basis" "abc_basis" DEFAULT 'revenue' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_id" uuid,
	"last_run_at" timestamp with time zone,
	"last_run_ms" integer
);
--> statement-breakpoint
CREATE TABLE "account_value" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"revenue_minor" bigint NOT NULL,
	"order_count" integer NOT NULL,
	"average_order_minor" bigint,
	"margin_minor" bigint,
	"last_order_date" date,
	"above_share_bp" integer NOT NULL,
	"computed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "abc_class" "abc_class";--> statement-breakpoint
ALTER TABLE "abc_class_history" ADD CONSTRAINT "abc_class_history_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "abc_class_history" ADD CONSTRAINT "abc_class_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "abc_settings" ADD CONSTRAINT "abc_settings_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_value" ADD CONSTRAINT "account_value_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "abc_class_history_account_idx" ON "abc_class_history" USING btree ("account_id","at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "accounts_abc_idx" ON "accounts" USING btree ("abc_class","name","id");