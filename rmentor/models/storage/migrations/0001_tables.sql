-- Schema version 1: the tables of a programme file (frozen; later changes are new steps).
CREATE TABLE "theme" ("id" INTEGER NOT NULL PRIMARY KEY, "key" VARCHAR(255) NOT NULL, "name" VARCHAR(255) NOT NULL, "builtin" INTEGER NOT NULL);
CREATE UNIQUE INDEX "theme_key" ON "theme" ("key");
CREATE TABLE "programme" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(255) NOT NULL, "start_date" DATE NOT NULL, "end_date" DATE NOT NULL, "cadence_weeks" INTEGER NOT NULL, "sponsor" VARCHAR(255) NOT NULL, "description" TEXT NOT NULL, "created" DATETIME NOT NULL);
CREATE UNIQUE INDEX "programme_name" ON "programme" ("name");
CREATE TABLE "programme_theme" ("id" INTEGER NOT NULL PRIMARY KEY, "programme_id" INTEGER NOT NULL, "theme_id" INTEGER NOT NULL, FOREIGN KEY ("programme_id") REFERENCES "programme" ("id") ON DELETE CASCADE, FOREIGN KEY ("theme_id") REFERENCES "theme" ("id") ON DELETE RESTRICT);
CREATE INDEX "programme_theme_programme_id" ON "programme_theme" ("programme_id");
CREATE INDEX "programme_theme_theme_id" ON "programme_theme" ("theme_id");
CREATE UNIQUE INDEX "programme_theme_programme_id_theme_id" ON "programme_theme" ("programme_id", "theme_id");
CREATE TABLE "participant" ("id" INTEGER NOT NULL PRIMARY KEY, "first_name" VARCHAR(255) NOT NULL, "last_name" VARCHAR(255) NOT NULL, "email" VARCHAR(255) NOT NULL, "role" VARCHAR(255) NOT NULL, "department" VARCHAR(255) NOT NULL, "job_title" VARCHAR(255) NOT NULL, "level" INTEGER, "manager_id" INTEGER, "languages" VARCHAR(255) NOT NULL, "location" VARCHAR(255) NOT NULL, "capacity" INTEGER NOT NULL, "active" INTEGER NOT NULL, "consent_date" DATE, "notes" TEXT NOT NULL, FOREIGN KEY ("manager_id") REFERENCES "participant" ("id") ON DELETE SET NULL);
CREATE UNIQUE INDEX "participant_email" ON "participant" ("email");
CREATE INDEX "participant_manager_id" ON "participant" ("manager_id");
CREATE TABLE "participant_theme" ("id" INTEGER NOT NULL PRIMARY KEY, "participant_id" INTEGER NOT NULL, "theme_id" INTEGER NOT NULL, FOREIGN KEY ("participant_id") REFERENCES "participant" ("id") ON DELETE CASCADE, FOREIGN KEY ("theme_id") REFERENCES "theme" ("id") ON DELETE RESTRICT);
CREATE INDEX "participant_theme_participant_id" ON "participant_theme" ("participant_id");
CREATE INDEX "participant_theme_theme_id" ON "participant_theme" ("theme_id");
CREATE UNIQUE INDEX "participant_theme_participant_id_theme_id" ON "participant_theme" ("participant_id", "theme_id");
CREATE TABLE "enrolment" ("id" INTEGER NOT NULL PRIMARY KEY, "programme_id" INTEGER NOT NULL, "participant_id" INTEGER NOT NULL, FOREIGN KEY ("programme_id") REFERENCES "programme" ("id") ON DELETE CASCADE, FOREIGN KEY ("participant_id") REFERENCES "participant" ("id") ON DELETE CASCADE);
CREATE INDEX "enrolment_programme_id" ON "enrolment" ("programme_id");
CREATE INDEX "enrolment_participant_id" ON "enrolment" ("participant_id");
CREATE UNIQUE INDEX "enrolment_programme_id_participant_id" ON "enrolment" ("programme_id", "participant_id");
CREATE TABLE "pairing" ("id" INTEGER NOT NULL PRIMARY KEY, "programme_id" INTEGER NOT NULL, "mentor_id" INTEGER NOT NULL, "mentee_id" INTEGER NOT NULL, "status" VARCHAR(255) NOT NULL, "start_date" DATE, "planned_end_date" DATE, "cadence_weeks" INTEGER, "ground_rules_date" DATE, "end_reason" VARCHAR(255), "end_note" TEXT NOT NULL, "override_reason" TEXT NOT NULL, "match_score" INTEGER, "match_explanation" TEXT NOT NULL, "created" DATETIME NOT NULL, FOREIGN KEY ("programme_id") REFERENCES "programme" ("id") ON DELETE CASCADE, FOREIGN KEY ("mentor_id") REFERENCES "participant" ("id") ON DELETE RESTRICT, FOREIGN KEY ("mentee_id") REFERENCES "participant" ("id") ON DELETE RESTRICT);
CREATE INDEX "pairing_programme_id" ON "pairing" ("programme_id");
CREATE INDEX "pairing_mentor_id" ON "pairing" ("mentor_id");
CREATE INDEX "pairing_mentee_id" ON "pairing" ("mentee_id");
CREATE TABLE "pairing_theme" ("id" INTEGER NOT NULL PRIMARY KEY, "pairing_id" INTEGER NOT NULL, "theme_id" INTEGER NOT NULL, FOREIGN KEY ("pairing_id") REFERENCES "pairing" ("id") ON DELETE CASCADE, FOREIGN KEY ("theme_id") REFERENCES "theme" ("id") ON DELETE RESTRICT);
CREATE INDEX "pairing_theme_pairing_id" ON "pairing_theme" ("pairing_id");
CREATE INDEX "pairing_theme_theme_id" ON "pairing_theme" ("theme_id");
CREATE UNIQUE INDEX "pairing_theme_pairing_id_theme_id" ON "pairing_theme" ("pairing_id", "theme_id");
CREATE TABLE "meeting" ("id" INTEGER NOT NULL PRIMARY KEY, "pairing_id" INTEGER NOT NULL, "date" DATE NOT NULL, "duration_minutes" INTEGER NOT NULL, "format" VARCHAR(255) NOT NULL, "held" INTEGER NOT NULL, "cancelled_by" VARCHAR(255), "summary" TEXT NOT NULL, "confidential_note" TEXT NOT NULL, FOREIGN KEY ("pairing_id") REFERENCES "pairing" ("id") ON DELETE CASCADE);
CREATE INDEX "meeting_pairing_id" ON "meeting" ("pairing_id");
CREATE TABLE "meeting_theme" ("id" INTEGER NOT NULL PRIMARY KEY, "meeting_id" INTEGER NOT NULL, "theme_id" INTEGER NOT NULL, FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE CASCADE, FOREIGN KEY ("theme_id") REFERENCES "theme" ("id") ON DELETE RESTRICT);
CREATE INDEX "meeting_theme_meeting_id" ON "meeting_theme" ("meeting_id");
CREATE INDEX "meeting_theme_theme_id" ON "meeting_theme" ("theme_id");
CREATE UNIQUE INDEX "meeting_theme_meeting_id_theme_id" ON "meeting_theme" ("meeting_id", "theme_id");
CREATE TABLE "outcome_item" ("id" INTEGER NOT NULL PRIMARY KEY, "meeting_id" INTEGER NOT NULL, "kind" VARCHAR(255) NOT NULL, "text" TEXT NOT NULL, "theme_id" INTEGER, "owner" VARCHAR(255) NOT NULL, "status" VARCHAR(255) NOT NULL, "due_date" DATE, FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE CASCADE, FOREIGN KEY ("theme_id") REFERENCES "theme" ("id") ON DELETE SET NULL);
CREATE INDEX "outcome_item_meeting_id" ON "outcome_item" ("meeting_id");
CREATE INDEX "outcome_item_theme_id" ON "outcome_item" ("theme_id");
CREATE TABLE "evaluation" ("id" INTEGER NOT NULL PRIMARY KEY, "pairing_id" INTEGER NOT NULL, "side" VARCHAR(255) NOT NULL, "moment" VARCHAR(255) NOT NULL, "date" DATE NOT NULL, "useful" INTEGER NOT NULL, "learned" INTEGER NOT NULL, "recommend" INTEGER NOT NULL, "comment" TEXT NOT NULL, FOREIGN KEY ("pairing_id") REFERENCES "pairing" ("id") ON DELETE CASCADE);
CREATE INDEX "evaluation_pairing_id" ON "evaluation" ("pairing_id");
CREATE UNIQUE INDEX "evaluation_pairing_id_side_moment" ON "evaluation" ("pairing_id", "side", "moment");
INSERT INTO "theme" ("key", "name", "builtin") VALUES
    ('consumer', 'The consumer''s view', 1),
    ('diversity', 'Diversity and the bypass', 1),
    ('innovation', 'Innovation', 1),
    ('refresh', 'Refreshing the craft', 1);
