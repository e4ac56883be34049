-- AlterEnum
ALTER TYPE "town_kind" ADD VALUE 'OTHER_UNIT';
