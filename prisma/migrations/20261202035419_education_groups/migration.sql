-- AlterEnum: the four kinds of issue 15. A demo 教育集团 (GROUP) pairs an urban core with rural schools, so it is
-- renamed, not recreated, into 城乡教育集团, and 教育共同体 (COMMUNITY) keeps its value.
ALTER TYPE "education_group_kind" RENAME VALUE 'GROUP' TO 'URBAN_RURAL_GROUP';
ALTER TYPE "education_group_kind" ADD VALUE 'ALLIANCE';
ALTER TYPE "education_group_kind" ADD VALUE 'SCHOOL_DISTRICT';

-- AlterTable
ALTER TABLE "education_group_members" DROP CONSTRAINT "education_group_members_pkey",
ADD COLUMN     "id" SERIAL NOT NULL,
ADD CONSTRAINT "education_group_members_pkey" PRIMARY KEY ("id");

-- AlterTable
ALTER TABLE "education_groups" ADD COLUMN     "dissolved_on" DATE;

-- CreateIndex
CREATE INDEX "education_group_members_group_id_idx" ON "education_group_members"("group_id");

-- CreateIndex
CREATE UNIQUE INDEX "education_group_members_group_id_school_id_key" ON "education_group_members"("group_id", "school_id") WHERE (left_on IS NULL);
