-- CreateEnum
CREATE TYPE "supervision_kind" AS ENUM ('GOVERNMENT', 'SCHOOLING', 'SCHOOL_STANDARD', 'TEACHING', 'ASSIGNED_INSPECTOR');

-- CreateTable
CREATE TABLE "supervision_visits" (
    "id" SERIAL NOT NULL,
    "city_id" INTEGER NOT NULL,
    "county_id" INTEGER NOT NULL,
    "school_id" INTEGER,
    "kind" "supervision_kind" NOT NULL,
    "visited_on" DATE NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "recorded_by_id" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "supervision_visits_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "supervision_inspectors" (
    "id" SERIAL NOT NULL,
    "visit_id" INTEGER NOT NULL,
    "user_id" INTEGER,
    "name" VARCHAR(50) NOT NULL,

    CONSTRAINT "supervision_inspectors_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "supervision_findings" (
    "id" SERIAL NOT NULL,
    "visit_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "problem_id" INTEGER,

    CONSTRAINT "supervision_findings_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "supervision_visits_city_id_visited_on_idx" ON "supervision_visits"("city_id", "visited_on");

-- CreateIndex
CREATE INDEX "supervision_visits_county_id_visited_on_idx" ON "supervision_visits"("county_id", "visited_on");

-- CreateIndex
CREATE INDEX "supervision_visits_school_id_visited_on_idx" ON "supervision_visits"("school_id", "visited_on");

-- CreateIndex
CREATE INDEX "supervision_inspectors_visit_id_idx" ON "supervision_inspectors"("visit_id");

-- CreateIndex
CREATE UNIQUE INDEX "supervision_findings_problem_id_key" ON "supervision_findings"("problem_id");

-- CreateIndex
CREATE UNIQUE INDEX "supervision_findings_visit_id_position_key" ON "supervision_findings"("visit_id", "position");

-- AddForeignKey
ALTER TABLE "supervision_visits" ADD CONSTRAINT "supervision_visits_city_id_fkey" FOREIGN KEY ("city_id") REFERENCES "cities"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supervision_visits" ADD CONSTRAINT "supervision_visits_county_id_fkey" FOREIGN KEY ("county_id") REFERENCES "counties"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supervision_visits" ADD CONSTRAINT "supervision_visits_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supervision_visits" ADD CONSTRAINT "supervision_visits_recorded_by_id_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supervision_inspectors" ADD CONSTRAINT "supervision_inspectors_visit_id_fkey" FOREIGN KEY ("visit_id") REFERENCES "supervision_visits"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supervision_inspectors" ADD CONSTRAINT "supervision_inspectors_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supervision_findings" ADD CONSTRAINT "supervision_findings_visit_id_fkey" FOREIGN KEY ("visit_id") REFERENCES "supervision_visits"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supervision_findings" ADD CONSTRAINT "supervision_findings_problem_id_fkey" FOREIGN KEY ("problem_id") REFERENCES "problems"("id") ON DELETE SET NULL ON UPDATE CASCADE;
