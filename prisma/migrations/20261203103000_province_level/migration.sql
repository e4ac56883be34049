-- The province above the cities (docs/decisions/0038): 山东省, every existing city attached to it, and two
-- province roles whose accounts belong to the province instead of a city.

-- AlterEnum (PostgreSQL 12+ adds enum values inside a transaction, this migration only names them as text below)
ALTER TYPE "role" ADD VALUE 'PROVINCE_STAFF';
ALTER TYPE "role" ADD VALUE 'PROVINCE_LEADER';

-- CreateTable
CREATE TABLE "provinces" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(12) NOT NULL,
    "name" VARCHAR(50) NOT NULL,
    "name_en" VARCHAR(80) NOT NULL,

    CONSTRAINT "provinces_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "provinces_code_key" ON "provinces"("code");

-- Every city of this product is a city of Shandong (codes 37xxxx, lib/divisions/shandong.ts).
INSERT INTO "provinces" ("code", "name", "name_en") VALUES ('370000', '山东省', 'Shandong');

-- AlterTable: attach the existing cities, then require a province of every city
ALTER TABLE "cities" ADD COLUMN "province_id" INTEGER;
UPDATE "cities" SET "province_id" = (SELECT "id" FROM "provinces" WHERE "code" = '370000');
ALTER TABLE "cities" ALTER COLUMN "province_id" SET NOT NULL;

-- DropForeignKey
ALTER TABLE "users" DROP CONSTRAINT "users_city_id_fkey";

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "province_id" INTEGER,
ALTER COLUMN "city_id" DROP NOT NULL;

-- Security: an account belongs to exactly one place. Province roles to a province and no city, county or school
-- (so no city-scoped query can ever match them), every other role to a city and no province, as before.
ALTER TABLE "users" ADD CONSTRAINT "users_place_check" CHECK (
    CASE WHEN "role"::text IN ('PROVINCE_STAFF', 'PROVINCE_LEADER')
        THEN "province_id" IS NOT NULL AND "city_id" IS NULL AND "county_id" IS NULL AND "school_id" IS NULL
        ELSE "province_id" IS NULL AND "city_id" IS NOT NULL
    END
);

-- CreateIndex
CREATE INDEX "cities_province_id_idx" ON "cities"("province_id");

-- AddForeignKey
ALTER TABLE "cities" ADD CONSTRAINT "cities_province_id_fkey" FOREIGN KEY ("province_id") REFERENCES "provinces"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_province_id_fkey" FOREIGN KEY ("province_id") REFERENCES "provinces"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_city_id_fkey" FOREIGN KEY ("city_id") REFERENCES "cities"("id") ON DELETE SET NULL ON UPDATE CASCADE;
