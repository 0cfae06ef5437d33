-- Schema version 6: each purpose's own evaluation question (empty where it was not
-- asked), and every evaluation average a report printed with the answers it was over,
-- so that no two reports together give one answer away.
ALTER TABLE "evaluation" ADD COLUMN "customers" INTEGER;
ALTER TABLE "evaluation" ADD COLUMN "heard" INTEGER;
ALTER TABLE "evaluation" ADD COLUMN "barriers" INTEGER;
ALTER TABLE "evaluation" ADD COLUMN "tried" INTEGER;
ALTER TABLE "evaluation" ADD COLUMN "joy" INTEGER;
CREATE TABLE "printed_score" ("id" INTEGER NOT NULL PRIMARY KEY, "programme_id" INTEGER NOT NULL, "cell" VARCHAR(255) NOT NULL, "answers" INTEGER NOT NULL, "value" REAL NOT NULL, "counted_to" DATE NOT NULL, "shown" INTEGER NOT NULL DEFAULT 1, FOREIGN KEY ("programme_id") REFERENCES "programme" ("id") ON DELETE CASCADE);
CREATE UNIQUE INDEX "printed_score_programme_id_cell_counted_to_answers" ON "printed_score" ("programme_id", "cell", "counted_to", "answers");
