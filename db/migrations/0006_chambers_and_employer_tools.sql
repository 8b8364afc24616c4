CREATE TABLE "invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"listing_id" integer NOT NULL,
	"seeker_id" uuid NOT NULL,
	"invited_by" uuid,
	"message" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_at" timestamp with time zone,
	CONSTRAINT "invitations_message_length" CHECK (char_length("invitations"."message") <= 1000)
);
--> statement-breakpoint
CREATE TABLE "listing_view_days" (
	"listing_id" integer NOT NULL,
	"day" date NOT NULL,
	"views" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "listing_view_days_listing_id_day_pk" PRIMARY KEY("listing_id","day")
);
--> statement-breakpoint
CREATE TABLE "candidate_referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"seeker_id" uuid NOT NULL,
	"from_organization_id" uuid NOT NULL,
	"chamber_id" uuid NOT NULL,
	"status" text DEFAULT 'offered' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_at" timestamp with time zone,
	CONSTRAINT "candidate_referrals_application_id_unique" UNIQUE("application_id")
);
--> statement-breakpoint
CREATE TABLE "chamber_campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"chamber_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "chamber_campaigns_period" CHECK ("chamber_campaigns"."ends_on" >= "chamber_campaigns"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "chamber_memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"chamber_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"member_number" text NOT NULL,
	"status" text DEFAULT 'requested' NOT NULL,
	"requested_by" uuid,
	"decided_by" uuid,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"verified_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	CONSTRAINT "chamber_memberships_member_number_length" CHECK (char_length("chamber_memberships"."member_number") between 1 and 40)
);
--> statement-breakpoint
CREATE TABLE "counselling_consents" (
	"seeker_id" uuid NOT NULL,
	"chamber_id" uuid NOT NULL,
	"granted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "counselling_consents_seeker_id_chamber_id_pk" PRIMARY KEY("seeker_id","chamber_id")
);
--> statement-breakpoint
CREATE TABLE "counselling_notes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"seeker_id" uuid NOT NULL,
	"chamber_id" uuid NOT NULL,
	"author_id" uuid,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "counselling_notes_text_length" CHECK (char_length("counselling_notes"."text") between 1 and 5000)
);
--> statement-breakpoint
CREATE TABLE "counselling_recommendations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seeker_id" uuid NOT NULL,
	"chamber_id" uuid NOT NULL,
	"listing_id" integer NOT NULL,
	"counsellor_id" uuid,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"place_id" integer NOT NULL,
	"venue" text DEFAULT '' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"url" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "events_period" CHECK ("events"."ends_at" > "events"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "listing_promotions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"listing_id" integer NOT NULL,
	"chamber_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "listing_promotions_period" CHECK ("listing_promotions"."ends_on" >= "listing_promotions"."starts_on")
);
--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_listing_id_listings_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."listings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_seeker_id_users_id_fk" FOREIGN KEY ("seeker_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listing_view_days" ADD CONSTRAINT "listing_view_days_listing_id_listings_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."listings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_referrals" ADD CONSTRAINT "candidate_referrals_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_referrals" ADD CONSTRAINT "candidate_referrals_seeker_id_users_id_fk" FOREIGN KEY ("seeker_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_referrals" ADD CONSTRAINT "candidate_referrals_from_organization_id_organizations_id_fk" FOREIGN KEY ("from_organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_referrals" ADD CONSTRAINT "candidate_referrals_chamber_id_organizations_id_fk" FOREIGN KEY ("chamber_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chamber_campaigns" ADD CONSTRAINT "chamber_campaigns_chamber_id_organizations_id_fk" FOREIGN KEY ("chamber_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chamber_memberships" ADD CONSTRAINT "chamber_memberships_chamber_id_organizations_id_fk" FOREIGN KEY ("chamber_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chamber_memberships" ADD CONSTRAINT "chamber_memberships_company_id_organizations_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chamber_memberships" ADD CONSTRAINT "chamber_memberships_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chamber_memberships" ADD CONSTRAINT "chamber_memberships_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counselling_consents" ADD CONSTRAINT "counselling_consents_seeker_id_users_id_fk" FOREIGN KEY ("seeker_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counselling_consents" ADD CONSTRAINT "counselling_consents_chamber_id_organizations_id_fk" FOREIGN KEY ("chamber_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counselling_notes" ADD CONSTRAINT "counselling_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counselling_notes" ADD CONSTRAINT "counselling_notes_consent_fk" FOREIGN KEY ("seeker_id","chamber_id") REFERENCES "public"."counselling_consents"("seeker_id","chamber_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counselling_recommendations" ADD CONSTRAINT "counselling_recommendations_listing_id_listings_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."listings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counselling_recommendations" ADD CONSTRAINT "counselling_recommendations_counsellor_id_users_id_fk" FOREIGN KEY ("counsellor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counselling_recommendations" ADD CONSTRAINT "counselling_recommendations_consent_fk" FOREIGN KEY ("seeker_id","chamber_id") REFERENCES "public"."counselling_consents"("seeker_id","chamber_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listing_promotions" ADD CONSTRAINT "listing_promotions_listing_id_listings_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."listings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listing_promotions" ADD CONSTRAINT "listing_promotions_chamber_id_organizations_id_fk" FOREIGN KEY ("chamber_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listing_promotions" ADD CONSTRAINT "listing_promotions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "invitations_listing_seeker_unique" ON "invitations" USING btree ("listing_id","seeker_id");--> statement-breakpoint
CREATE INDEX "invitations_seeker_idx" ON "invitations" USING btree ("seeker_id","status");--> statement-breakpoint
CREATE INDEX "invitations_organization_seeker_idx" ON "invitations" USING btree ("organization_id","seeker_id","status");--> statement-breakpoint
CREATE INDEX "candidate_referrals_chamber_idx" ON "candidate_referrals" USING btree ("chamber_id","status");--> statement-breakpoint
CREATE INDEX "candidate_referrals_seeker_idx" ON "candidate_referrals" USING btree ("seeker_id");--> statement-breakpoint
CREATE INDEX "chamber_campaigns_chamber_idx" ON "chamber_campaigns" USING btree ("chamber_id","ends_on");--> statement-breakpoint
CREATE UNIQUE INDEX "chamber_memberships_chamber_company_unique" ON "chamber_memberships" USING btree ("chamber_id","company_id");--> statement-breakpoint
CREATE INDEX "chamber_memberships_company_idx" ON "chamber_memberships" USING btree ("company_id","status");--> statement-breakpoint
CREATE INDEX "counselling_consents_chamber_idx" ON "counselling_consents" USING btree ("chamber_id");--> statement-breakpoint
CREATE INDEX "counselling_notes_case_idx" ON "counselling_notes" USING btree ("seeker_id","chamber_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "counselling_recommendations_unique" ON "counselling_recommendations" USING btree ("seeker_id","chamber_id","listing_id");--> statement-breakpoint
CREATE INDEX "counselling_recommendations_listing_idx" ON "counselling_recommendations" USING btree ("listing_id");--> statement-breakpoint
CREATE INDEX "events_ends_idx" ON "events" USING btree ("ends_at");--> statement-breakpoint
CREATE INDEX "events_organization_idx" ON "events" USING btree ("organization_id","ends_at");--> statement-breakpoint
CREATE INDEX "listing_promotions_listing_idx" ON "listing_promotions" USING btree ("listing_id");--> statement-breakpoint
CREATE INDEX "listing_promotions_period_idx" ON "listing_promotions" USING btree ("ends_on","starts_on");