-- Schema version 4: the targets a programme is measured against, and the key figures
-- of each report made, so the next report can say what changed; the effect an outcome had.
ALTER TABLE "programme" ADD COLUMN "target_paired" INTEGER NOT NULL DEFAULT 80;
ALTER TABLE "programme" ADD COLUMN "target_cadence" INTEGER NOT NULL DEFAULT 70;
ALTER TABLE "programme" ADD COLUMN "target_satisfaction" REAL NOT NULL DEFAULT 4.0;
ALTER TABLE "programme" ADD COLUMN "target_done" INTEGER NOT NULL DEFAULT 50;
CREATE TABLE "report_figures" ("id" INTEGER NOT NULL PRIMARY KEY, "programme_id" INTEGER NOT NULL, "made_on" DATE NOT NULL, "figures" TEXT NOT NULL, FOREIGN KEY ("programme_id") REFERENCES "programme" ("id") ON DELETE CASCADE);
CREATE UNIQUE INDEX "report_figures_programme_id_made_on" ON "report_figures" ("programme_id", "made_on");
ALTER TABLE "outcome_item" ADD COLUMN "effect" TEXT NOT NULL DEFAULT '';
