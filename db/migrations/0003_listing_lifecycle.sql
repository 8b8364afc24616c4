ALTER TABLE "organizations" ADD COLUMN "logo_key" text;--> statement-breakpoint
ALTER TABLE "listings" ADD COLUMN "expiry_reminder_sent_at" timestamp with time zone;