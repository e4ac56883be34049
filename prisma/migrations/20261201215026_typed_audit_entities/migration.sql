-- Audit entities are one typed list (lib/audit/entities.ts): an import is recorded under the entity it writes,
-- as a single save is, so the audit page's entity filter finds both.
UPDATE "audit_logs" SET "entity" = 'facility_record' WHERE "entity" = 'facility_records';
UPDATE "audit_logs" SET "entity" = 'teacher' WHERE "entity" = 'teacher_roster';
