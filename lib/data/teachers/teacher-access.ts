import "server-only";
import { inScope, teacherScopeWhere } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError, isUniqueViolation, notFoundError } from "@/lib/errors";
import { type TeacherValues, teacherValuesSchema } from "@/lib/schemas/teachers";

/** A teacher's own values: the fields of the form and of a roster row. */
export const TEACHER_VALUE_FIELDS = Object.fromEntries(
  Object.keys(teacherValuesSchema.shape).map((field) => [field, true]),
) as { [Field in keyof TeacherValues]: true } satisfies Prisma.TeacherSelect;

/** The fields of a teacher the audit log keeps before and after a change. */
export const AUDITED_TEACHER_FIELDS = {
  id: true,
  schoolId: true,
  ...TEACHER_VALUE_FIELDS,
  status: true,
  leftOn: true,
  version: true,
} as const;

/** The teachers of a school, or of every school of a county. */
export function teachersOf(place: { kind: "school" | "county"; id: number }) {
  return place.kind === "school" ? { schoolId: place.id } : { school: { countyId: place.id } };
}

/** A teacher of the user's scope inside the caller's transaction, or NOT_FOUND. */
export async function loadScopedTeacher(tx: Prisma.TransactionClient, user: SessionUser, teacherId: number) {
  const teacher = await tx.teacher.findFirst({
    where: inScope({ id: teacherId }, teacherScopeWhere(user)),
    select: { ...AUDITED_TEACHER_FIELDS, school: { select: { countyId: true } } },
  });
  if (!teacher) throw notFoundError();
  return teacher;
}

/** Staff numbers are unique across the deployment: a taken one is a field error, whoever holds it. */
export async function assertStaffNoFree(
  tx: Prisma.TransactionClient,
  staffNo: string,
  exceptTeacherId?: number,
): Promise<void> {
  const holder = await tx.teacher.findUnique({ where: { staffNo }, select: { id: true } });
  if (holder && holder.id !== exceptTeacherId) throw staffNoTaken();
}

/**
 * The failure of a teacher write whose staff number another write took after assertStaffNoFree (both passed the
 * check, the unique index refused this one): the same field error; any other failure as it is.
 */
export function staffNoRaceLost(error: unknown): never {
  throw isUniqueViolation(error) ? staffNoTaken() : error;
}

const staffNoTaken = () =>
  new AppError("CONFLICT", {
    messageKey: "teachers.staffNoTaken",
    details: { fieldErrors: { staffNo: [{ key: "staffNoTaken" }] } },
  });
