-- CreateEnum
CREATE TYPE "ProblemSource" AS ENUM ('FIGURE', 'SUPERVISION', 'VERIFICATION', 'MANUAL');

-- CreateEnum
CREATE TYPE "ProblemState" AS ENUM ('OPEN', 'IN_PROGRESS', 'SUBMITTED', 'RETURNED', 'ACCEPTED');

-- CreateTable
CREATE TABLE "problems" (
    "id" SERIAL NOT NULL,
    "city_id" INTEGER NOT NULL,
    "county_id" INTEGER NOT NULL,
    "school_id" INTEGER,
    "source" "ProblemSource" NOT NULL,
    "item_key" VARCHAR(80) NOT NULL,
    "value_at_time" DOUBLE PRECISION,
    "current_value" DOUBLE PRECISION,
    "description" TEXT NOT NULL,
    "measures" TEXT NOT NULL DEFAULT '',
    "responsible_unit" VARCHAR(100) NOT NULL,
    "responsible_person" VARCHAR(50) NOT NULL,
    "deadline" DATE NOT NULL,
    "state" "ProblemState" NOT NULL DEFAULT 'OPEN',
    "return_reason" TEXT,
    "created_by_id" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "accepted_at" TIMESTAMP(3),

    CONSTRAINT "problems_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "problem_events" (
    "id" SERIAL NOT NULL,
    "problem_id" INTEGER NOT NULL,
    "action" VARCHAR(24) NOT NULL,
    "from_state" "ProblemState",
    "to_state" "ProblemState" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "value" DOUBLE PRECISION,
    "actor_id" INTEGER NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "problem_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "problems_city_id_state_deadline_idx" ON "problems"("city_id", "state", "deadline");

-- CreateIndex
CREATE INDEX "problems_county_id_state_deadline_idx" ON "problems"("county_id", "state", "deadline");

-- CreateIndex
CREATE UNIQUE INDEX "problems_open_school_item_key" ON "problems"("school_id", "item_key") WHERE (state <> 'ACCEPTED' AND school_id IS NOT NULL);

-- CreateIndex
CREATE UNIQUE INDEX "problems_open_county_item_key" ON "problems"("county_id", "item_key") WHERE (state <> 'ACCEPTED' AND school_id IS NULL);

-- CreateIndex
CREATE INDEX "problem_events_problem_id_at_idx" ON "problem_events"("problem_id", "at");

-- AddForeignKey
ALTER TABLE "problems" ADD CONSTRAINT "problems_city_id_fkey" FOREIGN KEY ("city_id") REFERENCES "cities"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "problems" ADD CONSTRAINT "problems_county_id_fkey" FOREIGN KEY ("county_id") REFERENCES "counties"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "problems" ADD CONSTRAINT "problems_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "problems" ADD CONSTRAINT "problems_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "problem_events" ADD CONSTRAINT "problem_events_problem_id_fkey" FOREIGN KEY ("problem_id") REFERENCES "problems"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "problem_events" ADD CONSTRAINT "problem_events_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
