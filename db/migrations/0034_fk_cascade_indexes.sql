CREATE INDEX "escalation_log_account_idx" ON "escalation_log" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "orders_contact_idx" ON "orders" USING btree ("contact_id") WHERE "orders"."contact_id" is not null;--> statement-breakpoint
CREATE INDEX "survey_answers_contact_idx" ON "survey_answers" USING btree ("contact_id") WHERE "survey_answers"."contact_id" is not null;--> statement-breakpoint
CREATE INDEX "survey_answers_request_idx" ON "survey_answers" USING btree ("service_request_id") WHERE "survey_answers"."service_request_id" is not null;