-- Schema version 5: the e-mails written to each pair (kind, the evaluation moment a
-- request was about, and day), and per programme
-- a key that its evaluation forms carry (a form of another file is refused) and a secret
-- that never leaves the file, with which each form's hidden field is signed.
ALTER TABLE "programme" ADD COLUMN "form_key" VARCHAR(255) NOT NULL DEFAULT '';
ALTER TABLE "programme" ADD COLUMN "form_secret" VARCHAR(255) NOT NULL DEFAULT '';
UPDATE "programme" SET "form_key" = lower(hex(randomblob(8))),
                       "form_secret" = lower(hex(randomblob(16)));
CREATE TABLE "sent_message" ("id" INTEGER NOT NULL PRIMARY KEY, "pairing_id" INTEGER NOT NULL, "kind" VARCHAR(255) NOT NULL, "moment" VARCHAR(255) NOT NULL DEFAULT '', "sent_on" DATE NOT NULL, FOREIGN KEY ("pairing_id") REFERENCES "pairing" ("id") ON DELETE CASCADE);
CREATE INDEX "sent_message_pairing_id" ON "sent_message" ("pairing_id");
