CREATE TABLE "account_previous_codes" (
	"account_id" uuid NOT NULL,
	"code" text NOT NULL,
	"replaced_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "account_previous_codes_account_id_code_pk" PRIMARY KEY("account_id","code")
);
--> statement-breakpoint
ALTER TABLE "account_previous_codes" ADD CONSTRAINT "account_previous_codes_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "account_previous_codes_code_idx" ON "account_previous_codes" USING btree ("code");