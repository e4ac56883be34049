-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "county_kind" AS ENUM ('DISTRICT', 'COUNTY_CITY', 'COUNTY', 'FUNCTIONAL_ZONE');

-- CreateEnum
CREATE TYPE "town_kind" AS ENUM ('SUBDISTRICT', 'TOWN', 'TOWNSHIP');

-- CreateEnum
CREATE TYPE "school_level" AS ENUM ('KINDERGARTEN', 'PRIMARY', 'JUNIOR', 'NINE_YEAR', 'TWELVE_YEAR', 'COMPLETE_SECONDARY', 'SENIOR_HIGH', 'SPECIAL_EDUCATION', 'VOCATIONAL');

-- CreateEnum
CREATE TYPE "ownership" AS ENUM ('PUBLIC', 'PRIVATE_INCLUSIVE', 'PRIVATE');

-- CreateEnum
CREATE TYPE "location_class" AS ENUM ('URBAN', 'TOWN_AREA', 'VILLAGE');

-- CreateEnum
CREATE TYPE "kindergarten_grade" AS ENUM ('PROVINCIAL_DEMO', 'CLASS_1', 'CLASS_2', 'CLASS_3', 'UNRATED');

-- CreateEnum
CREATE TYPE "education_group_kind" AS ENUM ('GROUP', 'COMMUNITY');

-- CreateEnum
CREATE TYPE "gender" AS ENUM ('MALE', 'FEMALE');

-- CreateEnum
CREATE TYPE "degree" AS ENUM ('POSTGRADUATE', 'BACHELOR', 'ASSOCIATE', 'HIGH_SCHOOL_OR_BELOW');

-- CreateEnum
CREATE TYPE "subject" AS ENUM ('CHINESE', 'MATH', 'ENGLISH', 'MORALITY_LAW', 'HISTORY', 'GEOGRAPHY', 'PHYSICS', 'CHEMISTRY', 'BIOLOGY', 'SCIENCE', 'IT', 'PE', 'MUSIC', 'ART', 'LABOR', 'PSYCHOLOGY', 'PRESCHOOL', 'SPECIAL_EDUCATION', 'VOCATIONAL', 'OTHER');

-- CreateEnum
CREATE TYPE "professional_title" AS ENUM ('UNRANKED', 'THIRD', 'SECOND', 'FIRST', 'SENIOR', 'PROFESSOR');

-- CreateEnum
CREATE TYPE "backbone_level" AS ENUM ('NONE', 'COUNTY', 'CITY', 'PROVINCE');

-- CreateEnum
CREATE TYPE "teacher_status" AS ENUM ('ACTIVE', 'ON_LEAVE', 'LEFT', 'RETIRED');

-- CreateEnum
CREATE TYPE "post_kind" AS ENUM ('PRINCIPAL', 'VICE_PRINCIPAL');

-- CreateEnum
CREATE TYPE "project_category" AS ENUM ('CONSTRUCTION', 'RENOVATION', 'EQUIPMENT', 'IT');

-- CreateEnum
CREATE TYPE "project_status" AS ENUM ('PLANNED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "indicator_kind" AS ENUM ('COMPUTED', 'REPORTED');

-- CreateEnum
CREATE TYPE "indicator_direction" AS ENUM ('AT_LEAST', 'AT_MOST');

-- CreateEnum
CREATE TYPE "value_type" AS ENUM ('COUNT', 'PERCENT', 'AMOUNT', 'RATIO', 'DECIMAL', 'BOOLEAN');

-- CreateEnum
CREATE TYPE "org_level" AS ENUM ('CITY', 'COUNTY', 'TOWN', 'SCHOOL');

-- CreateEnum
CREATE TYPE "threshold_confidence" AS ENUM ('OFFICIAL', 'PUBLIC_PRACTICE', 'UNCONFIRMED');

-- CreateEnum
CREATE TYPE "comparator" AS ENUM ('GTE', 'LTE');

-- CreateEnum
CREATE TYPE "period_kind" AS ENUM ('QUARTER', 'SCHOOL_YEAR');

-- CreateEnum
CREATE TYPE "period_state" AS ENUM ('NOT_OPEN', 'OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "submission_state" AS ENUM ('NOT_STARTED', 'DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED');

-- CreateEnum
CREATE TYPE "role" AS ENUM ('ADMIN', 'CITY_STAFF', 'COUNTY_OFFICER', 'SCHOOL_PRINCIPAL', 'LEADER');

-- CreateTable
CREATE TABLE "cities" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(12) NOT NULL,
    "name" VARCHAR(50) NOT NULL,
    "name_en" VARCHAR(80) NOT NULL,
    "bureau_name" VARCHAR(80) NOT NULL,

    CONSTRAINT "cities_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "counties" (
    "id" SERIAL NOT NULL,
    "city_id" INTEGER NOT NULL,
    "code" VARCHAR(12),
    "name" VARCHAR(50) NOT NULL,
    "name_en" VARCHAR(80) NOT NULL,
    "kind" "county_kind" NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "counties_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "towns" (
    "id" SERIAL NOT NULL,
    "county_id" INTEGER NOT NULL,
    "code" VARCHAR(15),
    "name" VARCHAR(50) NOT NULL,
    "kind" "town_kind" NOT NULL,

    CONSTRAINT "towns_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "schools" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(20) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "town_id" INTEGER NOT NULL,
    "county_id" INTEGER NOT NULL,
    "city_id" INTEGER NOT NULL,
    "level" "school_level" NOT NULL,
    "ownership" "ownership" NOT NULL,
    "location_class" "location_class" NOT NULL,
    "is_town_seat" BOOLEAN NOT NULL DEFAULT false,
    "is_town_central_kindergarten" BOOLEAN NOT NULL DEFAULT false,
    "kindergarten_grade" "kindergarten_grade",
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "closed_on" DATE,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "schools_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "education_groups" (
    "id" SERIAL NOT NULL,
    "county_id" INTEGER NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "kind" "education_group_kind" NOT NULL,
    "is_urban_rural" BOOLEAN NOT NULL DEFAULT true,
    "core_school_id" INTEGER NOT NULL,
    "founded_on" DATE NOT NULL,

    CONSTRAINT "education_groups_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "education_group_members" (
    "group_id" INTEGER NOT NULL,
    "school_id" INTEGER NOT NULL,
    "joined_on" DATE NOT NULL,
    "left_on" DATE,

    CONSTRAINT "education_group_members_pkey" PRIMARY KEY ("group_id","school_id")
);

-- CreateTable
CREATE TABLE "teachers" (
    "id" SERIAL NOT NULL,
    "school_id" INTEGER NOT NULL,
    "staff_no" VARCHAR(32) NOT NULL,
    "name" VARCHAR(50) NOT NULL,
    "gender" "gender" NOT NULL,
    "birth_date" DATE NOT NULL,
    "highest_degree" "degree" NOT NULL,
    "is_full_time" BOOLEAN NOT NULL DEFAULT true,
    "subject" "subject" NOT NULL,
    "title" "professional_title" NOT NULL DEFAULT 'UNRANKED',
    "backbone_level" "backbone_level" NOT NULL DEFAULT 'NONE',
    "has_teaching_certificate" BOOLEAN NOT NULL DEFAULT true,
    "training_hours_5y" INTEGER NOT NULL DEFAULT 0,
    "status" "teacher_status" NOT NULL DEFAULT 'ACTIVE',
    "hired_on" DATE,
    "left_on" DATE,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "teachers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "school_posts" (
    "id" SERIAL NOT NULL,
    "teacher_id" INTEGER NOT NULL,
    "school_id" INTEGER NOT NULL,
    "kind" "post_kind" NOT NULL,
    "started_on" DATE NOT NULL,
    "current_term_started_on" DATE NOT NULL,
    "ended_on" DATE,

    CONSTRAINT "school_posts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rotations" (
    "id" SERIAL NOT NULL,
    "teacher_id" INTEGER NOT NULL,
    "from_school_id" INTEGER NOT NULL,
    "to_school_id" INTEGER NOT NULL,
    "started_on" DATE NOT NULL,
    "ended_on" DATE,
    "note" VARCHAR(500),
    "created_by_id" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "rotations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "facility_records" (
    "id" SERIAL NOT NULL,
    "school_id" INTEGER NOT NULL,
    "school_year" INTEGER NOT NULL,
    "enrolment_preschool" INTEGER NOT NULL DEFAULT 0,
    "enrolment_primary" INTEGER NOT NULL DEFAULT 0,
    "enrolment_junior" INTEGER NOT NULL DEFAULT 0,
    "enrolment_senior" INTEGER NOT NULL DEFAULT 0,
    "enrolment_special" INTEGER NOT NULL DEFAULT 0,
    "classes" INTEGER NOT NULL DEFAULT 0,
    "largest_class_size" INTEGER NOT NULL DEFAULT 0,
    "classes_over_standard_size" INTEGER NOT NULL DEFAULT 0,
    "building_area" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "teaching_aux_area" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "site_area" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "sports_area_indoor" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "sports_area_outdoor" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "books" INTEGER NOT NULL DEFAULT 0,
    "equipment_value" DECIMAL(16,2) NOT NULL DEFAULT 0,
    "multimedia_classrooms" INTEGER NOT NULL DEFAULT 0,
    "music_rooms" INTEGER NOT NULL DEFAULT 0,
    "art_rooms" INTEGER NOT NULL DEFAULT 0,
    "bandwidth_mbps" INTEGER NOT NULL DEFAULT 0,
    "min_classroom_bandwidth_mbps" INTEGER NOT NULL DEFAULT 0,
    "has_studio" BOOLEAN NOT NULL DEFAULT false,
    "has_canteen" BOOLEAN NOT NULL DEFAULT false,
    "has_labor_site" BOOLEAN NOT NULL DEFAULT false,
    "has_special_ed_resource_room" BOOLEAN NOT NULL DEFAULT false,
    "updated_by_id" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "facility_records_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "projects" (
    "id" SERIAL NOT NULL,
    "county_id" INTEGER NOT NULL,
    "school_id" INTEGER,
    "name" VARCHAR(200) NOT NULL,
    "category" "project_category" NOT NULL,
    "budget" DECIMAL(16,2) NOT NULL,
    "spent" DECIMAL(16,2) NOT NULL DEFAULT 0,
    "planned_start" DATE NOT NULL,
    "planned_finish" DATE NOT NULL,
    "actual_start" DATE,
    "actual_finish" DATE,
    "status" "project_status" NOT NULL DEFAULT 'PLANNED',
    "new_places" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "projects_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "indicator_definitions" (
    "key" VARCHAR(64) NOT NULL,
    "theme" VARCHAR(32) NOT NULL,
    "name_zh" VARCHAR(120) NOT NULL,
    "name_en" VARCHAR(160) NOT NULL,
    "unit" VARCHAR(32) NOT NULL,
    "unit_en" VARCHAR(32) NOT NULL,
    "value_type" "value_type" NOT NULL,
    "direction" "indicator_direction" NOT NULL,
    "kind" "indicator_kind" NOT NULL,
    "levels" "org_level"[],
    "definition_zh" TEXT NOT NULL,
    "definition_en" TEXT NOT NULL,
    "formula_zh" TEXT,
    "formula_en" TEXT,
    "policy_source" TEXT NOT NULL,
    "responsible_office" VARCHAR(80),
    "is_cumulative" BOOLEAN NOT NULL DEFAULT false,
    "default_target" DECIMAL(18,4),
    "default_deadline_year" INTEGER,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "catalogue_version" INTEGER NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "indicator_definitions_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "standard_sets" (
    "id" SERIAL NOT NULL,
    "key" VARCHAR(64) NOT NULL,
    "city_id" INTEGER,
    "name_zh" VARCHAR(120) NOT NULL,
    "name_en" VARCHAR(160) NOT NULL,
    "issuer" VARCHAR(120) NOT NULL,
    "document_no" VARCHAR(80),
    "is_configurable" BOOLEAN NOT NULL DEFAULT false,
    "overrides_key" VARCHAR(64),

    CONSTRAINT "standard_sets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "standard_thresholds" (
    "id" SERIAL NOT NULL,
    "set_id" INTEGER NOT NULL,
    "indicator_key" VARCHAR(64) NOT NULL,
    "school_level" "school_level",
    "min_classes" INTEGER,
    "max_classes" INTEGER,
    "comparator" "comparator" NOT NULL,
    "value" DECIMAL(18,4),
    "unit" VARCHAR(32) NOT NULL,
    "effective_from" DATE NOT NULL,
    "source" TEXT NOT NULL,
    "confidence" "threshold_confidence" NOT NULL,
    "note" TEXT,
    "updated_by_id" INTEGER,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "standard_thresholds_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "targets" (
    "id" SERIAL NOT NULL,
    "indicator_key" VARCHAR(64) NOT NULL,
    "city_id" INTEGER NOT NULL,
    "county_id" INTEGER,
    "value" DECIMAL(18,4) NOT NULL,
    "deadline_year" INTEGER NOT NULL,
    "note" VARCHAR(500),
    "set_by_id" INTEGER NOT NULL,
    "set_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "targets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "indicator_snapshots" (
    "id" SERIAL NOT NULL,
    "indicator_key" VARCHAR(64) NOT NULL,
    "org_level" "org_level" NOT NULL,
    "org_id" INTEGER NOT NULL,
    "period_kind" "period_kind" NOT NULL,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL DEFAULT 0,
    "value" DECIMAL(18,6),
    "numerator" DECIMAL(18,4),
    "denominator" DECIMAL(18,4),
    "not_computable_reason" VARCHAR(64),
    "computed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "indicator_snapshots_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reporting_periods" (
    "id" SERIAL NOT NULL,
    "city_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL,
    "state" "period_state" NOT NULL DEFAULT 'NOT_OPEN',
    "deadline" DATE NOT NULL,
    "opened_at" TIMESTAMP(3),
    "opened_by_id" INTEGER,
    "closed_at" TIMESTAMP(3),
    "closed_by_id" INTEGER,

    CONSTRAINT "reporting_periods_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "submissions" (
    "id" SERIAL NOT NULL,
    "period_id" INTEGER NOT NULL,
    "county_id" INTEGER NOT NULL,
    "state" "submission_state" NOT NULL DEFAULT 'NOT_STARTED',
    "version" INTEGER NOT NULL DEFAULT 0,
    "is_late" BOOLEAN NOT NULL DEFAULT false,
    "submitted_at" TIMESTAMP(3),
    "submitted_by_id" INTEGER,
    "approved_at" TIMESTAMP(3),
    "approved_by_id" INTEGER,
    "returned_at" TIMESTAMP(3),
    "returned_by_id" INTEGER,
    "return_reason" TEXT,
    "reopen_reason" TEXT,
    "last_activity_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "submissions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "submission_values" (
    "id" SERIAL NOT NULL,
    "submission_id" INTEGER NOT NULL,
    "indicator_key" VARCHAR(64) NOT NULL,
    "value" DECIMAL(18,4),
    "note" VARCHAR(1000),
    "return_comment" VARCHAR(1000),
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "submission_values_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "submission_value_changes" (
    "id" SERIAL NOT NULL,
    "value_id" INTEGER NOT NULL,
    "old_value" DECIMAL(18,4),
    "new_value" DECIMAL(18,4),
    "old_note" VARCHAR(1000),
    "new_note" VARCHAR(1000),
    "version" INTEGER NOT NULL,
    "changed_by_id" INTEGER NOT NULL,
    "changed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "submission_value_changes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "submission_revisions" (
    "id" SERIAL NOT NULL,
    "submission_id" INTEGER NOT NULL,
    "revision" INTEGER NOT NULL,
    "values" JSONB NOT NULL,
    "submitted_by_id" INTEGER NOT NULL,
    "submitted_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "submission_revisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "submission_events" (
    "id" SERIAL NOT NULL,
    "submission_id" INTEGER NOT NULL,
    "from_state" "submission_state" NOT NULL,
    "to_state" "submission_state" NOT NULL,
    "reason" TEXT,
    "actor_id" INTEGER NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "submission_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users" (
    "id" SERIAL NOT NULL,
    "login_name" VARCHAR(64) NOT NULL,
    "display_name" VARCHAR(64) NOT NULL,
    "password_hash" TEXT NOT NULL,
    "role" "role" NOT NULL,
    "city_id" INTEGER NOT NULL,
    "county_id" INTEGER,
    "school_id" INTEGER,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "must_change_password" BOOLEAN NOT NULL DEFAULT false,
    "failed_login_count" INTEGER NOT NULL DEFAULT 0,
    "locked_until" TIMESTAMP(3),
    "last_login_at" TIMESTAMP(3),
    "password_changed_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user_sessions" (
    "id" UUID NOT NULL,
    "user_id" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revoked_at" TIMESTAMP(3),
    "ip" VARCHAR(64),
    "user_agent" VARCHAR(300),

    CONSTRAINT "user_sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "settings" (
    "city_id" INTEGER NOT NULL,
    "key" VARCHAR(64) NOT NULL,
    "value" JSONB NOT NULL,
    "updated_by_id" INTEGER,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "settings_pkey" PRIMARY KEY ("city_id","key")
);

-- CreateTable
CREATE TABLE "audit_logs" (
    "id" BIGSERIAL NOT NULL,
    "actor_id" INTEGER,
    "actor_login" VARCHAR(64),
    "city_id" INTEGER,
    "action" VARCHAR(48) NOT NULL,
    "entity" VARCHAR(48) NOT NULL,
    "entity_id" VARCHAR(64),
    "before" JSONB,
    "after" JSONB,
    "ip" VARCHAR(64),
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_logs_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "cities_code_key" ON "cities"("code");

-- CreateIndex
CREATE UNIQUE INDEX "counties_code_key" ON "counties"("code");

-- CreateIndex
CREATE INDEX "counties_city_id_idx" ON "counties"("city_id");

-- CreateIndex
CREATE UNIQUE INDEX "counties_id_city_id_key" ON "counties"("id", "city_id");

-- CreateIndex
CREATE UNIQUE INDEX "towns_code_key" ON "towns"("code");

-- CreateIndex
CREATE INDEX "towns_county_id_idx" ON "towns"("county_id");

-- CreateIndex
CREATE UNIQUE INDEX "towns_id_county_id_key" ON "towns"("id", "county_id");

-- CreateIndex
CREATE UNIQUE INDEX "schools_code_key" ON "schools"("code");

-- CreateIndex
CREATE INDEX "schools_county_id_level_location_class_idx" ON "schools"("county_id", "level", "location_class");

-- CreateIndex
CREATE INDEX "schools_city_id_level_idx" ON "schools"("city_id", "level");

-- CreateIndex
CREATE INDEX "schools_town_id_idx" ON "schools"("town_id");

-- CreateIndex
CREATE INDEX "education_groups_county_id_idx" ON "education_groups"("county_id");

-- CreateIndex
CREATE INDEX "education_group_members_school_id_left_on_idx" ON "education_group_members"("school_id", "left_on");

-- CreateIndex
CREATE UNIQUE INDEX "teachers_staff_no_key" ON "teachers"("staff_no");

-- CreateIndex
CREATE INDEX "teachers_school_id_status_idx" ON "teachers"("school_id", "status");

-- CreateIndex
CREATE INDEX "teachers_name_idx" ON "teachers"("name");

-- CreateIndex
CREATE INDEX "school_posts_school_id_ended_on_idx" ON "school_posts"("school_id", "ended_on");

-- CreateIndex
CREATE INDEX "school_posts_teacher_id_idx" ON "school_posts"("teacher_id");

-- CreateIndex
CREATE INDEX "rotations_teacher_id_idx" ON "rotations"("teacher_id");

-- CreateIndex
CREATE INDEX "rotations_to_school_id_started_on_idx" ON "rotations"("to_school_id", "started_on");

-- CreateIndex
CREATE INDEX "rotations_from_school_id_started_on_idx" ON "rotations"("from_school_id", "started_on");

-- CreateIndex
CREATE INDEX "facility_records_school_year_idx" ON "facility_records"("school_year");

-- CreateIndex
CREATE UNIQUE INDEX "facility_records_school_id_school_year_key" ON "facility_records"("school_id", "school_year");

-- CreateIndex
CREATE INDEX "projects_county_id_status_idx" ON "projects"("county_id", "status");

-- CreateIndex
CREATE INDEX "projects_school_id_idx" ON "projects"("school_id");

-- CreateIndex
CREATE UNIQUE INDEX "standard_sets_key_key" ON "standard_sets"("key") WHERE (city_id IS NULL);

-- CreateIndex
CREATE UNIQUE INDEX "standard_sets_key_city_id_key" ON "standard_sets"("key", "city_id");

-- CreateIndex
CREATE INDEX "standard_thresholds_set_id_indicator_key_idx" ON "standard_thresholds"("set_id", "indicator_key");

-- CreateIndex
CREATE INDEX "targets_city_id_idx" ON "targets"("city_id");

-- CreateIndex
CREATE UNIQUE INDEX "targets_indicator_key_city_id_deadline_year_key" ON "targets"("indicator_key", "city_id", "deadline_year") WHERE (county_id IS NULL);

-- CreateIndex
CREATE UNIQUE INDEX "targets_indicator_key_county_id_deadline_year_key" ON "targets"("indicator_key", "county_id", "deadline_year");

-- CreateIndex
CREATE INDEX "indicator_snapshots_org_level_org_id_period_kind_idx" ON "indicator_snapshots"("org_level", "org_id", "period_kind");

-- CreateIndex
CREATE UNIQUE INDEX "indicator_snapshots_indicator_key_org_level_org_id_period_k_key" ON "indicator_snapshots"("indicator_key", "org_level", "org_id", "period_kind", "year", "quarter");

-- CreateIndex
CREATE UNIQUE INDEX "reporting_periods_city_id_year_quarter_key" ON "reporting_periods"("city_id", "year", "quarter");

-- CreateIndex
CREATE INDEX "submissions_county_id_state_idx" ON "submissions"("county_id", "state");

-- CreateIndex
CREATE UNIQUE INDEX "submissions_period_id_county_id_key" ON "submissions"("period_id", "county_id");

-- CreateIndex
CREATE UNIQUE INDEX "submission_values_submission_id_indicator_key_key" ON "submission_values"("submission_id", "indicator_key");

-- CreateIndex
CREATE INDEX "submission_value_changes_value_id_changed_at_idx" ON "submission_value_changes"("value_id", "changed_at");

-- CreateIndex
CREATE UNIQUE INDEX "submission_revisions_submission_id_revision_key" ON "submission_revisions"("submission_id", "revision");

-- CreateIndex
CREATE INDEX "submission_events_submission_id_at_idx" ON "submission_events"("submission_id", "at");

-- CreateIndex
CREATE UNIQUE INDEX "users_login_name_key" ON "users"("login_name");

-- CreateIndex
CREATE INDEX "users_city_id_role_idx" ON "users"("city_id", "role");

-- CreateIndex
CREATE INDEX "user_sessions_user_id_idx" ON "user_sessions"("user_id");

-- CreateIndex
CREATE INDEX "audit_logs_city_id_at_idx" ON "audit_logs"("city_id", "at");

-- CreateIndex
CREATE INDEX "audit_logs_actor_id_at_idx" ON "audit_logs"("actor_id", "at");

-- CreateIndex
CREATE INDEX "audit_logs_entity_entity_id_idx" ON "audit_logs"("entity", "entity_id");

-- AddForeignKey
ALTER TABLE "counties" ADD CONSTRAINT "counties_city_id_fkey" FOREIGN KEY ("city_id") REFERENCES "cities"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "towns" ADD CONSTRAINT "towns_county_id_fkey" FOREIGN KEY ("county_id") REFERENCES "counties"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "schools" ADD CONSTRAINT "schools_town_id_county_id_fkey" FOREIGN KEY ("town_id", "county_id") REFERENCES "towns"("id", "county_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "schools" ADD CONSTRAINT "schools_county_id_city_id_fkey" FOREIGN KEY ("county_id", "city_id") REFERENCES "counties"("id", "city_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "schools" ADD CONSTRAINT "schools_city_id_fkey" FOREIGN KEY ("city_id") REFERENCES "cities"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "education_groups" ADD CONSTRAINT "education_groups_county_id_fkey" FOREIGN KEY ("county_id") REFERENCES "counties"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "education_groups" ADD CONSTRAINT "education_groups_core_school_id_fkey" FOREIGN KEY ("core_school_id") REFERENCES "schools"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "education_group_members" ADD CONSTRAINT "education_group_members_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "education_groups"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "education_group_members" ADD CONSTRAINT "education_group_members_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "teachers" ADD CONSTRAINT "teachers_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "school_posts" ADD CONSTRAINT "school_posts_teacher_id_fkey" FOREIGN KEY ("teacher_id") REFERENCES "teachers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "school_posts" ADD CONSTRAINT "school_posts_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rotations" ADD CONSTRAINT "rotations_teacher_id_fkey" FOREIGN KEY ("teacher_id") REFERENCES "teachers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rotations" ADD CONSTRAINT "rotations_from_school_id_fkey" FOREIGN KEY ("from_school_id") REFERENCES "schools"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rotations" ADD CONSTRAINT "rotations_to_school_id_fkey" FOREIGN KEY ("to_school_id") REFERENCES "schools"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rotations" ADD CONSTRAINT "rotations_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "facility_records" ADD CONSTRAINT "facility_records_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "facility_records" ADD CONSTRAINT "facility_records_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "projects" ADD CONSTRAINT "projects_county_id_fkey" FOREIGN KEY ("county_id") REFERENCES "counties"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "projects" ADD CONSTRAINT "projects_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "standard_sets" ADD CONSTRAINT "standard_sets_city_id_fkey" FOREIGN KEY ("city_id") REFERENCES "cities"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "standard_thresholds" ADD CONSTRAINT "standard_thresholds_set_id_fkey" FOREIGN KEY ("set_id") REFERENCES "standard_sets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "standard_thresholds" ADD CONSTRAINT "standard_thresholds_indicator_key_fkey" FOREIGN KEY ("indicator_key") REFERENCES "indicator_definitions"("key") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "standard_thresholds" ADD CONSTRAINT "standard_thresholds_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "targets" ADD CONSTRAINT "targets_indicator_key_fkey" FOREIGN KEY ("indicator_key") REFERENCES "indicator_definitions"("key") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "targets" ADD CONSTRAINT "targets_city_id_fkey" FOREIGN KEY ("city_id") REFERENCES "cities"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "targets" ADD CONSTRAINT "targets_county_id_fkey" FOREIGN KEY ("county_id") REFERENCES "counties"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "targets" ADD CONSTRAINT "targets_set_by_id_fkey" FOREIGN KEY ("set_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_snapshots" ADD CONSTRAINT "indicator_snapshots_indicator_key_fkey" FOREIGN KEY ("indicator_key") REFERENCES "indicator_definitions"("key") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reporting_periods" ADD CONSTRAINT "reporting_periods_city_id_fkey" FOREIGN KEY ("city_id") REFERENCES "cities"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reporting_periods" ADD CONSTRAINT "reporting_periods_opened_by_id_fkey" FOREIGN KEY ("opened_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reporting_periods" ADD CONSTRAINT "reporting_periods_closed_by_id_fkey" FOREIGN KEY ("closed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_period_id_fkey" FOREIGN KEY ("period_id") REFERENCES "reporting_periods"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_county_id_fkey" FOREIGN KEY ("county_id") REFERENCES "counties"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_submitted_by_id_fkey" FOREIGN KEY ("submitted_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_approved_by_id_fkey" FOREIGN KEY ("approved_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_returned_by_id_fkey" FOREIGN KEY ("returned_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "submission_values" ADD CONSTRAINT "submission_values_submission_id_fkey" FOREIGN KEY ("submission_id") REFERENCES "submissions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "submission_values" ADD CONSTRAINT "submission_values_indicator_key_fkey" FOREIGN KEY ("indicator_key") REFERENCES "indicator_definitions"("key") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "submission_value_changes" ADD CONSTRAINT "submission_value_changes_value_id_fkey" FOREIGN KEY ("value_id") REFERENCES "submission_values"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "submission_value_changes" ADD CONSTRAINT "submission_value_changes_changed_by_id_fkey" FOREIGN KEY ("changed_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "submission_revisions" ADD CONSTRAINT "submission_revisions_submission_id_fkey" FOREIGN KEY ("submission_id") REFERENCES "submissions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "submission_revisions" ADD CONSTRAINT "submission_revisions_submitted_by_id_fkey" FOREIGN KEY ("submitted_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "submission_events" ADD CONSTRAINT "submission_events_submission_id_fkey" FOREIGN KEY ("submission_id") REFERENCES "submissions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "submission_events" ADD CONSTRAINT "submission_events_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_city_id_fkey" FOREIGN KEY ("city_id") REFERENCES "cities"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_county_id_fkey" FOREIGN KEY ("county_id") REFERENCES "counties"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_sessions" ADD CONSTRAINT "user_sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "settings" ADD CONSTRAINT "settings_city_id_fkey" FOREIGN KEY ("city_id") REFERENCES "cities"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "settings" ADD CONSTRAINT "settings_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_logs" ADD CONSTRAINT "audit_logs_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_logs" ADD CONSTRAINT "audit_logs_city_id_fkey" FOREIGN KEY ("city_id") REFERENCES "cities"("id") ON DELETE SET NULL ON UPDATE CASCADE;
