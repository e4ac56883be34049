-- AlterTable
ALTER TABLE "facility_records" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "teachers" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
