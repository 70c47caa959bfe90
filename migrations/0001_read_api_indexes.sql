ALTER TABLE "statements" DROP CONSTRAINT "statements_date_check";--> statement-breakpoint
DROP INDEX "statements_speaker_id_idx";--> statement-breakpoint
DROP INDEX "statements_event_id_idx";--> statement-breakpoint
UPDATE "statements" SET "earliest" = '-infinity' WHERE "earliest" IS NULL;--> statement-breakpoint
UPDATE "statements" SET "latest" = 'infinity' WHERE "latest" IS NULL;--> statement-breakpoint
ALTER TABLE "statements" ALTER COLUMN "earliest" SET DEFAULT '-infinity';--> statement-breakpoint
ALTER TABLE "statements" ALTER COLUMN "earliest" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "statements" ALTER COLUMN "latest" SET DEFAULT 'infinity';--> statement-breakpoint
ALTER TABLE "statements" ALTER COLUMN "latest" SET NOT NULL;--> statement-breakpoint
CREATE INDEX "events_status_idx" ON "events" USING btree ("status","earliest","latest","id");--> statement-breakpoint
CREATE INDEX "events_period_idx" ON "events" USING gist (tstzrange("earliest", "latest", '[]'));--> statement-breakpoint
CREATE INDEX "statements_chronology_idx" ON "statements" USING btree ("earliest","latest","id");--> statement-breakpoint
CREATE INDEX "statements_speaker_id_idx" ON "statements" USING btree ("speaker_id","earliest","latest","id");--> statement-breakpoint
CREATE INDEX "statements_event_id_idx" ON "statements" USING btree ("event_id","earliest","latest","id");--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_date_check" CHECK (("statements"."date" is null) = ("statements"."precision" is null));