ALTER TABLE "stakeholders" ADD COLUMN "home_phone" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "stakeholders" ADD COLUMN "fax" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "stakeholders" ADD COLUMN "country_region" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "stakeholders" ADD COLUMN "province" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "stakeholders" ADD COLUMN "city" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "stakeholders" ADD COLUMN "postal_code" text DEFAULT '' NOT NULL;