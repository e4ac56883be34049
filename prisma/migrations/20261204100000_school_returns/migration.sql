-- CreateEnum
CREATE TYPE "reporter_level" AS ENUM ('COUNTY', 'SCHOOL');

-- AlterTable
ALTER TABLE "collection_items" ADD COLUMN     "rolls_up" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "collections" ADD COLUMN     "reporter_level" "reporter_level" NOT NULL DEFAULT 'COUNTY',
ADD COLUMN     "school_levels" "school_level"[] DEFAULT ARRAY[]::"school_level"[];

-- CreateTable
CREATE TABLE "school_returns" (
    "id" SERIAL NOT NULL,
    "period_id" INTEGER NOT NULL,
    "school_id" INTEGER NOT NULL,
    "state" "submission_state" NOT NULL DEFAULT 'NOT_STARTED',
    "version" INTEGER NOT NULL DEFAULT 0,
    "is_late" BOOLEAN NOT NULL DEFAULT false,
    "submitted_at" TIMESTAMP(3),
    "submitted_by_id" INTEGER,
    "approved_at" TIMESTAMP(3),
    "approved_by_id" INTEGER,
    "returned_at" TIMESTAMP(3),
    "returned_by_id" INTEGER,
    "return_reason" TEXT,
    "last_activity_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "school_returns_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "school_return_values" (
    "id" SERIAL NOT NULL,
    "return_id" INTEGER NOT NULL,
    "indicator_key" VARCHAR(64) NOT NULL,
    "value" DECIMAL(18,4),
    "note" VARCHAR(1000),
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "school_return_values_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "school_returns_school_id_idx" ON "school_returns"("school_id");

-- CreateIndex
CREATE UNIQUE INDEX "school_returns_period_id_school_id_key" ON "school_returns"("period_id", "school_id");

-- CreateIndex
CREATE UNIQUE INDEX "school_return_values_return_id_indicator_key_key" ON "school_return_values"("return_id", "indicator_key");

-- AddForeignKey
ALTER TABLE "school_returns" ADD CONSTRAINT "school_returns_period_id_fkey" FOREIGN KEY ("period_id") REFERENCES "reporting_periods"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "school_returns" ADD CONSTRAINT "school_returns_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "school_returns" ADD CONSTRAINT "school_returns_submitted_by_id_fkey" FOREIGN KEY ("submitted_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "school_returns" ADD CONSTRAINT "school_returns_approved_by_id_fkey" FOREIGN KEY ("approved_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "school_returns" ADD CONSTRAINT "school_returns_returned_by_id_fkey" FOREIGN KEY ("returned_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "school_return_values" ADD CONSTRAINT "school_return_values_return_id_fkey" FOREIGN KEY ("return_id") REFERENCES "school_returns"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "school_return_values" ADD CONSTRAINT "school_return_values_indicator_key_fkey" FOREIGN KEY ("indicator_key") REFERENCES "indicator_definitions"("key") ON DELETE RESTRICT ON UPDATE CASCADE;
