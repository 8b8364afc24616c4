CREATE TABLE "content_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source" text DEFAULT 'notice' NOT NULL,
	"reason" text NOT NULL,
	"explanation" text NOT NULL,
	"organization_id" uuid NOT NULL,
	"listing_id" integer,
	"event_id" uuid,
	"snapshot" jsonb NOT NULL,
	"reporter_name" text,
	"reporter_email" text,
	"reporter_lang" text DEFAULT 'de' NOT NULL,
	"decision_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "content_reports_explanation_length" CHECK (char_length("content_reports"."explanation") <= 4000)
);
--> statement-breakpoint
CREATE TABLE "moderation_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"listing_id" integer,
	"action" text NOT NULL,
	"rule" text NOT NULL,
	"statement" text NOT NULL,
	"decided_by" uuid,
	"first_reported_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	"restore" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"reversed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "moderation_objections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"decision_id" uuid NOT NULL,
	"text" text NOT NULL,
	"submitted_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"outcome" text,
	"note" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "risk_rules" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "risk_rules_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"value" text NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "suspended_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "content_reports" ADD CONSTRAINT "content_reports_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_reports" ADD CONSTRAINT "content_reports_listing_id_listings_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."listings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_reports" ADD CONSTRAINT "content_reports_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_reports" ADD CONSTRAINT "content_reports_decision_id_moderation_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."moderation_decisions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_decisions" ADD CONSTRAINT "moderation_decisions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_decisions" ADD CONSTRAINT "moderation_decisions_listing_id_listings_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."listings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_decisions" ADD CONSTRAINT "moderation_decisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_objections" ADD CONSTRAINT "moderation_objections_decision_id_moderation_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."moderation_decisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_objections" ADD CONSTRAINT "moderation_objections_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_objections" ADD CONSTRAINT "moderation_objections_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_rules" ADD CONSTRAINT "risk_rules_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "content_reports_open_idx" ON "content_reports" USING btree ("decision_id","created_at");--> statement-breakpoint
CREATE INDEX "content_reports_organization_idx" ON "content_reports" USING btree ("organization_id","listing_id");--> statement-breakpoint
CREATE INDEX "moderation_decisions_organization_idx" ON "moderation_decisions" USING btree ("organization_id","decided_at");--> statement-breakpoint
CREATE INDEX "moderation_decisions_decided_idx" ON "moderation_decisions" USING btree ("decided_at");--> statement-breakpoint
CREATE UNIQUE INDEX "moderation_objections_decision_unique" ON "moderation_objections" USING btree ("decision_id");--> statement-breakpoint
CREATE INDEX "moderation_objections_open_idx" ON "moderation_objections" USING btree ("decided_at","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "risk_rules_kind_value_unique" ON "risk_rules" USING btree ("kind",lower("value"));--> statement-breakpoint
-- The risk check's starting rules; admins change them at /admin/risk-rules.
INSERT INTO "risk_rules" ("kind", "value") VALUES
  ('phrase', 'Paketagent'), ('phrase', 'Warenagent'), ('phrase', 'Finanzagent'), ('phrase', 'Zahlungsagent'),
  ('phrase', 'Vorabgebühr'), ('phrase', 'Bearbeitungsgebühr'), ('phrase', 'Vorkasse'), ('phrase', 'Krypto'),
  ('phrase', 'Bitcoin'), ('phrase', 'Trading-Assistent'), ('phrase', 'Geld weiterleiten'), ('phrase', 'Pakete weiterleiten'),
  ('contact', 'WhatsApp'), ('contact', 'wa.me/'), ('contact', 'Telegram'), ('contact', 't.me/'), ('contact', 'Threema'),
  ('contact', '@gmail.'), ('contact', '@gmx.'), ('contact', '@web.de'), ('contact', '@yahoo.'), ('contact', '@hotmail.'),
  ('contact', '@outlook.'), ('contact', '@t-online.de'),
  ('pay_factor', '3'), ('burst', '5'), ('new_company_days', '90');
