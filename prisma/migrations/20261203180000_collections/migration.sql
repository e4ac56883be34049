-- CreateEnum
CREATE TYPE "collection_period_type" AS ENUM ('MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR', 'ONE_OFF');

-- CreateEnum
CREATE TYPE "deadline_rule_kind" AS ENUM ('WORKING_DAYS_AFTER_END', 'DAY_OF_NEXT_MONTH', 'DAYS_FROM_END');

-- AlterEnum
ALTER TYPE "indicator_kind" ADD VALUE IF NOT EXISTS 'CUSTOM';

-- AlterTable
ALTER TABLE "indicator_definitions" ADD COLUMN     "city_id" INTEGER,
ADD COLUMN     "max_value" DECIMAL(18,4),
ADD COLUMN     "min_value" DECIMAL(18,4);

-- CreateTable
CREATE TABLE "collections" (
    "id" SERIAL NOT NULL,
    "city_id" INTEGER NOT NULL,
    "name_zh" VARCHAR(80) NOT NULL,
    "name_en" VARCHAR(120) NOT NULL,
    "period_type" "collection_period_type" NOT NULL,
    "starts_on" DATE,
    "ends_on" DATE,
    "deadline_kind" "deadline_rule_kind" NOT NULL,
    "deadline_days" INTEGER NOT NULL,
    "is_quarterly_report" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "collections_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "collection_items" (
    "collection_id" INTEGER NOT NULL,
    "indicator_key" VARCHAR(64) NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "note_required" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "collection_items_pkey" PRIMARY KEY ("collection_id","indicator_key")
);

-- Collections as data (decision 0044). The quarterly periods of every city become the periods of one
-- quarterly report collection (季度报表) of that city. Submissions, values, revisions, events, value changes
-- and snapshots are not touched, as they hang off the period id, which stays.
INSERT INTO "collections" ("city_id", "name_zh", "name_en", "period_type", "deadline_kind", "deadline_days", "is_quarterly_report", "updated_at")
SELECT "id", '季度报表', 'Quarterly report', 'QUARTER', 'DAYS_FROM_END', -6, true, CURRENT_TIMESTAMP FROM "cities";

ALTER TABLE "reporting_periods" ADD COLUMN     "collection_id" INTEGER,
ADD COLUMN     "ends_on" DATE,
ADD COLUMN     "period_type" "collection_period_type",
ADD COLUMN     "sequence" INTEGER,
ADD COLUMN     "starts_on" DATE,
ALTER COLUMN "quarter" DROP NOT NULL;

UPDATE "reporting_periods" p
SET "collection_id" = c."id",
    "period_type" = 'QUARTER',
    "sequence" = p."quarter",
    "starts_on" = make_date(p."year", p."quarter" * 3 - 2, 1),
    "ends_on" = (make_date(p."year", p."quarter" * 3 - 2, 1) + INTERVAL '3 months' - INTERVAL '1 day')::date
FROM "collections" c
WHERE c."city_id" = p."city_id" AND c."is_quarterly_report";

ALTER TABLE "reporting_periods" ALTER COLUMN "collection_id" SET NOT NULL,
ALTER COLUMN "ends_on" SET NOT NULL,
ALTER COLUMN "period_type" SET NOT NULL,
ALTER COLUMN "sequence" SET NOT NULL,
ALTER COLUMN "starts_on" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "collections_city_id_name_zh_key" ON "collections"("city_id", "name_zh");

-- CreateIndex
CREATE UNIQUE INDEX "collections_one_quarterly_report_per_city" ON "collections"("city_id") WHERE (is_quarterly_report);

-- CreateIndex
CREATE INDEX "indicator_definitions_city_id_idx" ON "indicator_definitions"("city_id");

-- CreateIndex
CREATE UNIQUE INDEX "reporting_periods_collection_id_year_sequence_key" ON "reporting_periods"("collection_id", "year", "sequence");

-- AddForeignKey
ALTER TABLE "indicator_definitions" ADD CONSTRAINT "indicator_definitions_city_id_fkey" FOREIGN KEY ("city_id") REFERENCES "cities"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "collections" ADD CONSTRAINT "collections_city_id_fkey" FOREIGN KEY ("city_id") REFERENCES "cities"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "collection_items" ADD CONSTRAINT "collection_items_collection_id_fkey" FOREIGN KEY ("collection_id") REFERENCES "collections"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "collection_items" ADD CONSTRAINT "collection_items_indicator_key_fkey" FOREIGN KEY ("indicator_key") REFERENCES "indicator_definitions"("key") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reporting_periods" ADD CONSTRAINT "reporting_periods_collection_id_fkey" FOREIGN KEY ("collection_id") REFERENCES "collections"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
