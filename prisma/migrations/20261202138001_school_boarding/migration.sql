-- AlterTable
ALTER TABLE "schools" ADD COLUMN     "is_boarding" BOOLEAN NOT NULL DEFAULT false;
