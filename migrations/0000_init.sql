CREATE TABLE "actors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"kind" text NOT NULL,
	"name" jsonb NOT NULL,
	"aliases" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"description" jsonb,
	"wikidata_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "actors_kind_check" CHECK ("actors"."kind" in ('person', 'organisation', 'state', 'coalition')),
	CONSTRAINT "actors_name_check" CHECK (jsonb_typeof("actors"."name") = 'object'),
	CONSTRAINT "actors_aliases_check" CHECK (jsonb_typeof("actors"."aliases") = 'object'),
	CONSTRAINT "actors_description_check" CHECK (jsonb_typeof("actors"."description") = 'object'),
	CONSTRAINT "actors_wikidata_id_check" CHECK ("actors"."wikidata_id" ~ '^Q[1-9][0-9]*$')
);
--> statement-breakpoint
CREATE TABLE "citations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source_id" uuid NOT NULL,
	"excerpt" text,
	"excerpt_lang" text,
	"locator" text,
	"event_id" uuid,
	"participation_id" uuid,
	"membership_id" uuid,
	"statement_id" uuid,
	"relation_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "citations_one_claim_check" CHECK (num_nonnulls("citations"."event_id", "citations"."participation_id", "citations"."membership_id", "citations"."statement_id", "citations"."relation_id") = 1),
	CONSTRAINT "citations_excerpt_check" CHECK (("citations"."excerpt" is null) = ("citations"."excerpt_lang" is null) and length("citations"."excerpt") > 0),
	CONSTRAINT "citations_excerpt_lang_check" CHECK ("citations"."excerpt_lang" ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$')
);
--> statement-breakpoint
CREATE TABLE "event_relations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject_id" uuid NOT NULL,
	"type" text NOT NULL,
	"object_id" uuid NOT NULL,
	"note" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "event_relations_type_check" CHECK ("event_relations"."type" in ('part_of', 'continues', 'precedes', 'follows', 'responds_to', 'concerns', 'contemporaneous_with', 'causes')),
	CONSTRAINT "event_relations_not_self_check" CHECK ("event_relations"."subject_id" <> "event_relations"."object_id"),
	CONSTRAINT "event_relations_note_check" CHECK (jsonb_typeof("event_relations"."note") = 'object')
);
--> statement-breakpoint
CREATE TABLE "event_topics" (
	"event_id" uuid NOT NULL,
	"topic_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_topics_pkey" PRIMARY KEY("event_id","topic_id")
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"title" jsonb NOT NULL,
	"summary" jsonb,
	"date" text NOT NULL,
	"earliest" timestamp with time zone NOT NULL,
	"latest" timestamp with time zone NOT NULL,
	"precision" text NOT NULL,
	"place_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "events_kind_check" CHECK ("events"."kind" in ('meeting', 'consultation', 'negotiation', 'statement', 'announcement', 'process', 'situation', 'dispute', 'agreement', 'conference', 'visit', 'other')),
	CONSTRAINT "events_status_check" CHECK ("events"."status" in ('ongoing', 'concluded', 'planned', 'cancelled', 'unknown')),
	CONSTRAINT "events_precision_check" CHECK ("events"."precision" in ('time', 'day', 'month', 'season', 'year', 'decade', 'century', 'millennium', 'unknown')),
	CONSTRAINT "events_title_check" CHECK (jsonb_typeof("events"."title") = 'object'),
	CONSTRAINT "events_summary_check" CHECK (jsonb_typeof("events"."summary") = 'object'),
	CONSTRAINT "events_bounds_check" CHECK ("events"."earliest" <= "events"."latest")
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"member_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"role" jsonb,
	"start" text,
	"end" text,
	"earliest" timestamp with time zone NOT NULL,
	"latest" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "memberships_kind_check" CHECK ("memberships"."kind" in ('post', 'member')),
	CONSTRAINT "memberships_not_self_check" CHECK ("memberships"."member_id" <> "memberships"."organization_id"),
	CONSTRAINT "memberships_role_check" CHECK (jsonb_typeof("memberships"."role") = 'object'),
	CONSTRAINT "memberships_bounds_check" CHECK ("memberships"."earliest" <= "memberships"."latest")
);
--> statement-breakpoint
CREATE TABLE "participations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"actor_id" uuid NOT NULL,
	"role" text NOT NULL,
	"note" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "participations_role_check" CHECK ("participations"."role" in ('host', 'visitor', 'counterpart', 'attendee', 'mediator', 'guarantor', 'proponent', 'obstructing_party', 'initiator', 'speaker', 'subject', 'participant')),
	CONSTRAINT "participations_note_check" CHECK (jsonb_typeof("participations"."note") = 'object')
);
--> statement-breakpoint
CREATE TABLE "places" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"kind" text NOT NULL,
	"name" jsonb NOT NULL,
	"parent_id" uuid,
	"latitude" double precision,
	"longitude" double precision,
	"wikidata_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "places_kind_check" CHECK ("places"."kind" in ('city', 'country', 'region', 'area', 'site')),
	CONSTRAINT "places_name_check" CHECK (jsonb_typeof("places"."name") = 'object'),
	CONSTRAINT "places_not_own_parent_check" CHECK ("places"."parent_id" is null or "places"."parent_id" <> "places"."id"),
	CONSTRAINT "places_latitude_check" CHECK ("places"."latitude" between -90 and 90),
	CONSTRAINT "places_longitude_check" CHECK ("places"."longitude" between -180 and 180),
	CONSTRAINT "places_coordinates_check" CHECK (("places"."latitude" is null) = ("places"."longitude" is null)),
	CONSTRAINT "places_wikidata_id_check" CHECK ("places"."wikidata_id" ~ '^Q[1-9][0-9]*$')
);
--> statement-breakpoint
CREATE TABLE "sources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"kind" text NOT NULL,
	"title" jsonb NOT NULL,
	"publisher" jsonb,
	"url" text,
	"lang" text NOT NULL,
	"published" text,
	"published_earliest" timestamp with time zone,
	"published_latest" timestamp with time zone,
	"retrieved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "sources_kind_check" CHECK ("sources"."kind" in ('article', 'communique', 'transcript', 'report', 'book', 'website', 'other')),
	CONSTRAINT "sources_title_check" CHECK (jsonb_typeof("sources"."title") = 'object'),
	CONSTRAINT "sources_publisher_check" CHECK (jsonb_typeof("sources"."publisher") = 'object'),
	CONSTRAINT "sources_url_check" CHECK ("sources"."url" ~ '^https?://[^[:space:]]+$'),
	CONSTRAINT "sources_lang_check" CHECK ("sources"."lang" ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'),
	CONSTRAINT "sources_published_check" CHECK (("sources"."published" is null) = ("sources"."published_earliest" is null) and ("sources"."published" is null) = ("sources"."published_latest" is null))
);
--> statement-breakpoint
CREATE TABLE "statements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"speaker_id" uuid NOT NULL,
	"event_id" uuid,
	"original_text" text NOT NULL,
	"original_lang" text NOT NULL,
	"translations" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"date" text,
	"earliest" timestamp with time zone,
	"latest" timestamp with time zone,
	"precision" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "statements_kind_check" CHECK ("statements"."kind" in ('direct_quote', 'reported_speech')),
	CONSTRAINT "statements_original_lang_check" CHECK ("statements"."original_lang" ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'),
	CONSTRAINT "statements_original_text_check" CHECK (length("statements"."original_text") > 0),
	CONSTRAINT "statements_translations_check" CHECK (jsonb_typeof("statements"."translations") = 'object'),
	CONSTRAINT "statements_precision_check" CHECK ("statements"."precision" in ('time', 'day', 'month', 'season', 'year', 'decade', 'century', 'millennium', 'unknown')),
	CONSTRAINT "statements_date_check" CHECK (("statements"."date" is null) = ("statements"."earliest" is null) and ("statements"."date" is null) = ("statements"."latest" is null) and ("statements"."date" is null) = ("statements"."precision" is null)),
	CONSTRAINT "statements_bounds_check" CHECK ("statements"."earliest" <= "statements"."latest")
);
--> statement-breakpoint
CREATE TABLE "topics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "topics_name_check" CHECK (jsonb_typeof("topics"."name") = 'object'),
	CONSTRAINT "topics_description_check" CHECK (jsonb_typeof("topics"."description") = 'object')
);
--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_participation_id_participations_id_fk" FOREIGN KEY ("participation_id") REFERENCES "public"."participations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_statement_id_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."statements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_relation_id_event_relations_id_fk" FOREIGN KEY ("relation_id") REFERENCES "public"."event_relations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_relations" ADD CONSTRAINT "event_relations_subject_id_events_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_relations" ADD CONSTRAINT "event_relations_object_id_events_id_fk" FOREIGN KEY ("object_id") REFERENCES "public"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_topics" ADD CONSTRAINT "event_topics_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_topics" ADD CONSTRAINT "event_topics_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_member_id_actors_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."actors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_organization_id_actors_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."actors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participations" ADD CONSTRAINT "participations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participations" ADD CONSTRAINT "participations_actor_id_actors_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."actors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "places" ADD CONSTRAINT "places_parent_id_places_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_speaker_id_actors_id_fk" FOREIGN KEY ("speaker_id") REFERENCES "public"."actors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "actors_slug_key" ON "actors" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "citations_source_id_idx" ON "citations" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "citations_event_id_idx" ON "citations" USING btree ("event_id") WHERE "citations"."event_id" is not null;--> statement-breakpoint
CREATE INDEX "citations_participation_id_idx" ON "citations" USING btree ("participation_id") WHERE "citations"."participation_id" is not null;--> statement-breakpoint
CREATE INDEX "citations_membership_id_idx" ON "citations" USING btree ("membership_id") WHERE "citations"."membership_id" is not null;--> statement-breakpoint
CREATE INDEX "citations_statement_id_idx" ON "citations" USING btree ("statement_id") WHERE "citations"."statement_id" is not null;--> statement-breakpoint
CREATE INDEX "citations_relation_id_idx" ON "citations" USING btree ("relation_id") WHERE "citations"."relation_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "event_relations_subject_type_object_key" ON "event_relations" USING btree ("subject_id","type","object_id");--> statement-breakpoint
CREATE INDEX "event_relations_object_id_idx" ON "event_relations" USING btree ("object_id","type");--> statement-breakpoint
CREATE INDEX "event_topics_topic_id_idx" ON "event_topics" USING btree ("topic_id","event_id");--> statement-breakpoint
CREATE UNIQUE INDEX "events_slug_key" ON "events" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "events_chronology_idx" ON "events" USING btree ("earliest","latest","id");--> statement-breakpoint
CREATE INDEX "events_place_id_idx" ON "events" USING btree ("place_id","earliest","latest","id");--> statement-breakpoint
CREATE INDEX "events_kind_idx" ON "events" USING btree ("kind","earliest","latest","id");--> statement-breakpoint
CREATE INDEX "memberships_member_id_idx" ON "memberships" USING btree ("member_id","earliest");--> statement-breakpoint
CREATE INDEX "memberships_organization_id_idx" ON "memberships" USING btree ("organization_id","earliest");--> statement-breakpoint
CREATE UNIQUE INDEX "participations_event_actor_role_key" ON "participations" USING btree ("event_id","actor_id","role");--> statement-breakpoint
CREATE INDEX "participations_actor_id_idx" ON "participations" USING btree ("actor_id","event_id");--> statement-breakpoint
CREATE UNIQUE INDEX "places_slug_key" ON "places" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "places_parent_id_idx" ON "places" USING btree ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "sources_slug_key" ON "sources" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "statements_speaker_id_idx" ON "statements" USING btree ("speaker_id","earliest");--> statement-breakpoint
CREATE INDEX "statements_event_id_idx" ON "statements" USING btree ("event_id");--> statement-breakpoint
CREATE UNIQUE INDEX "topics_slug_key" ON "topics" USING btree ("slug");