-- Evidence files (佐证材料) get two more owners besides the progress update of a problem: a value of a quarterly report
-- and the facility record of a school (decision 0043). Existing rows keep their problem and event untouched.
ALTER TABLE "evidence_files" ALTER COLUMN "problem_id" DROP NOT NULL;
ALTER TABLE "evidence_files" ALTER COLUMN "event_id" DROP NOT NULL;
ALTER TABLE "evidence_files" ADD COLUMN "submission_value_id" INTEGER;
ALTER TABLE "evidence_files" ADD COLUMN "facility_record_id" INTEGER;

-- Exactly one owner, and a file of a problem names its progress update too, and only such a file does.
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_one_owner_check" CHECK (
  num_nonnulls("problem_id", "submission_value_id", "facility_record_id") = 1
  AND ("problem_id" IS NULL) = ("event_id" IS NULL)
);

CREATE INDEX "evidence_files_submission_value_id_idx" ON "evidence_files"("submission_value_id");
CREATE INDEX "evidence_files_facility_record_id_idx" ON "evidence_files"("facility_record_id");

ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_submission_value_id_fkey" FOREIGN KEY ("submission_value_id") REFERENCES "submission_values"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_facility_record_id_fkey" FOREIGN KEY ("facility_record_id") REFERENCES "facility_records"("id") ON DELETE CASCADE ON UPDATE CASCADE;
