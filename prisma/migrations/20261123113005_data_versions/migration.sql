-- CreateTable
CREATE TABLE "data_versions" (
    "city_id" INTEGER NOT NULL,
    "version" BIGINT NOT NULL DEFAULT 0,
    "changed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "data_versions_pkey" PRIMARY KEY ("city_id")
);

-- AddForeignKey
ALTER TABLE "data_versions" ADD CONSTRAINT "data_versions_city_id_fkey" FOREIGN KEY ("city_id") REFERENCES "cities"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
