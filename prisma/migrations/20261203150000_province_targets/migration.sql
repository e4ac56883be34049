-- CreateTable
CREATE TABLE "province_targets" (
    "id" SERIAL NOT NULL,
    "indicator_key" VARCHAR(64) NOT NULL,
    "province_id" INTEGER NOT NULL,
    "value" DECIMAL(18,4) NOT NULL,
    "deadline_year" INTEGER NOT NULL,
    "note" VARCHAR(500),
    "set_by_id" INTEGER NOT NULL,
    "set_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "province_targets_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "province_targets_indicator_key_province_id_deadline_year_key" ON "province_targets"("indicator_key", "province_id", "deadline_year");

-- AddForeignKey
ALTER TABLE "province_targets" ADD CONSTRAINT "province_targets_indicator_key_fkey" FOREIGN KEY ("indicator_key") REFERENCES "indicator_definitions"("key") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "province_targets" ADD CONSTRAINT "province_targets_province_id_fkey" FOREIGN KEY ("province_id") REFERENCES "provinces"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "province_targets" ADD CONSTRAINT "province_targets_set_by_id_fkey" FOREIGN KEY ("set_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
