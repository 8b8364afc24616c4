CREATE TABLE "retention_notices" (
	"kind" text NOT NULL,
	"subject_key" text NOT NULL,
	"user_id" uuid NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	CONSTRAINT "retention_notices_kind_subject_key_pk" PRIMARY KEY("kind","subject_key")
);
--> statement-breakpoint
ALTER TABLE "outbound_emails" ADD COLUMN "template" text;--> statement-breakpoint
ALTER TABLE "outbound_emails" ADD COLUMN "body_removed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "last_active_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "retention_notices" ADD CONSTRAINT "retention_notices_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "retention_notices_user_idx" ON "retention_notices" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "users_last_active_idx" ON "users" USING btree ("last_active_at");