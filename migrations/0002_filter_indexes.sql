DROP INDEX "memberships_member_id_idx";--> statement-breakpoint
DROP INDEX "memberships_organization_id_idx";--> statement-breakpoint
DROP INDEX "places_parent_id_idx";--> statement-breakpoint
CREATE INDEX "actors_kind_idx" ON "actors" USING btree ("kind","slug","id");--> statement-breakpoint
CREATE INDEX "places_kind_idx" ON "places" USING btree ("kind","slug","id");--> statement-breakpoint
CREATE INDEX "sources_kind_idx" ON "sources" USING btree ("kind","slug","id");--> statement-breakpoint
CREATE INDEX "sources_lang_idx" ON "sources" USING btree ("lang","slug","id");--> statement-breakpoint
CREATE INDEX "statements_kind_idx" ON "statements" USING btree ("kind","earliest","latest","id");--> statement-breakpoint
CREATE INDEX "statements_original_lang_idx" ON "statements" USING btree ("original_lang","earliest","latest","id");--> statement-breakpoint
CREATE INDEX "memberships_member_id_idx" ON "memberships" USING btree ("member_id","earliest","latest","id");--> statement-breakpoint
CREATE INDEX "memberships_organization_id_idx" ON "memberships" USING btree ("organization_id","earliest","latest","id");--> statement-breakpoint
CREATE INDEX "places_parent_id_idx" ON "places" USING btree ("parent_id","slug","id");