-- Schema version 2 (as for a file): indexes for the journal and the figures (last meeting, overdue, per month).
CREATE INDEX "meeting_pairing_id_date" ON "meeting" ("pairing_id", "date");
CREATE INDEX "meeting_date" ON "meeting" ("date");
CREATE INDEX "pairing_programme_id_status" ON "pairing" ("programme_id", "status");
CREATE INDEX "outcome_item_status_due_date" ON "outcome_item" ("status", "due_date");
