CREATE TABLE "account_forecasts" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"stage" "stage" NOT NULL,
	"stage_entered_at" timestamp with time zone NOT NULL,
	"industry_id" integer NOT NULL,
	"grade" "grade" NOT NULL,
	"p50" date NOT NULL,
	"p80" date NOT NULL,
	"reach" double precision NOT NULL,
	"level" text NOT NULL,
	"samples" integer NOT NULL,
	"computed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "account_forecasts" ADD CONSTRAINT "account_forecasts_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "account_forecasts_p50_idx" ON "account_forecasts" USING btree ("p50");