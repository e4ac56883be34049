-- A collection whose periods open by themselves on their first day (decision 0051), acting as the member of city
-- staff who turned it on.
ALTER TABLE "collections"
  ADD COLUMN "opens_on_schedule" BOOLEAN NOT NULL DEFAULT false,
  ADD COLUMN "schedule_owner_id" INTEGER;

ALTER TABLE "collections"
  ADD CONSTRAINT "collections_schedule_owner_id_fkey" FOREIGN KEY ("schedule_owner_id") REFERENCES "users"("id")
  ON DELETE SET NULL ON UPDATE CASCADE;

-- A scheduled collection names who opens its periods.
ALTER TABLE "collections"
  ADD CONSTRAINT "collections_schedule_has_owner" CHECK (NOT "opens_on_schedule" OR "schedule_owner_id" IS NOT NULL);
