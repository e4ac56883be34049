-- AlterTable
ALTER TABLE "data_versions" ADD COLUMN     "shared_version" BIGINT NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "county_data_versions" (
    "county_id" INTEGER NOT NULL,
    "version" BIGINT NOT NULL DEFAULT 0,
    "changed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "county_data_versions_pkey" PRIMARY KEY ("county_id")
);

-- AddForeignKey
ALTER TABLE "county_data_versions" ADD CONSTRAINT "county_data_versions_county_id_fkey" FOREIGN KEY ("county_id") REFERENCES "counties"("id") ON DELETE CASCADE ON UPDATE CASCADE;
