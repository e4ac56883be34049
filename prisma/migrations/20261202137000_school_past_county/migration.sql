-- A past state keeps the county the school was counted in (a town moved to a functional zone takes its schools along
-- from a day). Every past state written so far is of a school that never changed county: its county is the current one.
-- AlterTable
ALTER TABLE "school_past_states" ADD COLUMN     "county_id" INTEGER;
UPDATE "school_past_states" ps SET "county_id" = s."county_id" FROM "schools" s WHERE s."id" = ps."school_id";
ALTER TABLE "school_past_states" ALTER COLUMN "county_id" SET NOT NULL;

-- AddForeignKey
ALTER TABLE "school_past_states" ADD CONSTRAINT "school_past_states_county_id_fkey" FOREIGN KEY ("county_id") REFERENCES "counties"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
