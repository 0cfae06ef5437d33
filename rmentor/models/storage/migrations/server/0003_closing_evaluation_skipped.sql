-- Schema version 3 (as for a file): why a completed pairing has no closing evaluations.
ALTER TABLE "pairing" ADD COLUMN "evaluation_skip_reason" TEXT NOT NULL DEFAULT '';
