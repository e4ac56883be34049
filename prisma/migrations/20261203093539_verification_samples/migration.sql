-- CreateEnum
CREATE TYPE "verification_finding" AS ENUM ('PENDING', 'CONFIRMED', 'DISCREPANCY');

-- CreateTable
CREATE TABLE "verification_samples" (
    "id" SERIAL NOT NULL,
    "city_id" INTEGER NOT NULL,
    "period_id" INTEGER NOT NULL,
    "seed" VARCHAR(64) NOT NULL,
    "population" INTEGER NOT NULL,
    "drawn_by_id" INTEGER NOT NULL,
    "drawn_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "verification_samples_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "verification_items" (
    "id" SERIAL NOT NULL,
    "sample_id" INTEGER NOT NULL,
    "submission_value_id" INTEGER NOT NULL,
    "sampled_value" DECIMAL(18,4),
    "finding" "verification_finding" NOT NULL DEFAULT 'PENDING',
    "checked_value" DECIMAL(18,4),
    "note" VARCHAR(500),
    "verified_by_id" INTEGER,
    "verified_at" TIMESTAMP(3),

    CONSTRAINT "verification_items_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "verification_samples_city_id_drawn_at_idx" ON "verification_samples"("city_id", "drawn_at");

-- CreateIndex
CREATE INDEX "verification_items_submission_value_id_idx" ON "verification_items"("submission_value_id");

-- CreateIndex
CREATE UNIQUE INDEX "verification_items_sample_id_submission_value_id_key" ON "verification_items"("sample_id", "submission_value_id");

-- AddForeignKey
ALTER TABLE "verification_samples" ADD CONSTRAINT "verification_samples_city_id_fkey" FOREIGN KEY ("city_id") REFERENCES "cities"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "verification_samples" ADD CONSTRAINT "verification_samples_period_id_fkey" FOREIGN KEY ("period_id") REFERENCES "reporting_periods"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "verification_samples" ADD CONSTRAINT "verification_samples_drawn_by_id_fkey" FOREIGN KEY ("drawn_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "verification_items" ADD CONSTRAINT "verification_items_sample_id_fkey" FOREIGN KEY ("sample_id") REFERENCES "verification_samples"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "verification_items" ADD CONSTRAINT "verification_items_submission_value_id_fkey" FOREIGN KEY ("submission_value_id") REFERENCES "submission_values"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "verification_items" ADD CONSTRAINT "verification_items_verified_by_id_fkey" FOREIGN KEY ("verified_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
