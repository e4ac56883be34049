-- CreateEnum
CREATE TYPE "roll_up" AS ENUM ('SUM', 'MEAN');

-- AlterTable
ALTER TABLE "indicator_definitions" ADD COLUMN     "city_roll_up" "roll_up" NOT NULL DEFAULT 'SUM';
