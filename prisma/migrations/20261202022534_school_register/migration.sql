-- AlterTable
ALTER TABLE "schools" ADD COLUMN     "merged_into_id" INTEGER,
ADD COLUMN     "urban_rural_code" CHAR(3);

-- AddForeignKey
ALTER TABLE "schools" ADD CONSTRAINT "schools_merged_into_id_fkey" FOREIGN KEY ("merged_into_id") REFERENCES "schools"("id") ON DELETE SET NULL ON UPDATE CASCADE;
