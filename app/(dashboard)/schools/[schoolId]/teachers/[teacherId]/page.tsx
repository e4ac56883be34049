import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { AssignPostForm, MarkLeftForm, RotateForm } from "@/components/teachers/teacher-actions";
import { TeacherForm } from "@/components/teachers/teacher-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { getCountyWithSchools } from "@/lib/data/geography/get-places";
import { getTeacher } from "@/lib/data/teachers/get-teacher";
import { businessDay, isoDay } from "@/lib/utils/periods";
import { idParam } from "@/lib/utils/route-params";
import { TEACHER_WORKFLOW } from "@/lib/workflows/teachers";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teachers"))("detailTitle") };
}

export default async function TeacherPage({ params }: PageProps<"/schools/[schoolId]/teachers/[teacherId]">) {
  const user = await requirePagePermission("teachers:view");
  const { schoolId, teacherId } = await params;
  const id = idParam(teacherId);
  const teacher = id ? await getTeacher(user, id) : null;
  // The school in the URL must be the teacher's: an old link after a rotation shows the page under the new school.
  if (!teacher || teacher.schoolId !== idParam(schoolId)) notFound();
  const [t, format] = await Promise.all([getTranslations("teachers"), getFormatter()]);
  const today = isoDay(businessDay(new Date()));
  const canEdit = can(user.role, "teachers:edit");
  // What the write guards would allow now (lib/workflows/teachers.ts); "leave" and "retire" always go together.
  const subject = { state: teacher.status };
  const [canMarkLeft, canAssignPost, canRotate] = (["leave", "assignPost", "rotate"] as const).map((action) =>
    TEACHER_WORKFLOW.isAllowed(user.role, action, subject),
  );
  const county = canRotate ? await getCountyWithSchools(user, teacher.school.countyId) : null;
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeZone: "UTC" });

  return (
    <>
      <PageHeader
        title={`${teacher.name} · ${teacher.staffNo}`}
        description={`${teacher.school.name} · ${t(`enums.status.${teacher.status}`)} · ${t("ageYears", { age: teacher.age })}`}
        actions={
          <Link
            href={`/schools/${teacher.schoolId}/teachers`}
            className="text-sm text-brand-700 hover:underline"
          >
            {t("backToRoster")}
          </Link>
        }
      />
      <div className="grid gap-6 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <Card title={t("record")}>
          {canEdit ? (
            <TeacherForm
              schoolId={teacher.schoolId}
              teacher={{
                id: teacher.id,
                version: teacher.version,
                staffNo: teacher.staffNo,
                name: teacher.name,
                gender: teacher.gender,
                highestDegree: teacher.highestDegree,
                isFullTime: teacher.isFullTime,
                subject: teacher.subject,
                title: teacher.title,
                backboneLevel: teacher.backboneLevel,
                hasTeachingCertificate: teacher.hasTeachingCertificate,
                trainingHours5y: teacher.trainingHours5y,
                birthDate: isoDay(teacher.birthDate),
                hiredOn: teacher.hiredOn ? isoDay(teacher.hiredOn) : null,
              }}
            />
          ) : (
            <dl className="grid grid-cols-2 gap-2 text-sm">
              <dt className="text-slate-500">{t("fields.highestDegree")}</dt>
              <dd>{t(`enums.degree.${teacher.highestDegree}`)}</dd>
              <dt className="text-slate-500">{t("fields.subject")}</dt>
              <dd>{t(`enums.subject.${teacher.subject}`)}</dd>
              <dt className="text-slate-500">{t("fields.title")}</dt>
              <dd>{t(`enums.title.${teacher.title}`)}</dd>
            </dl>
          )}
        </Card>
        <div className="space-y-6">
          <Card title={t("posts")}>
            {teacher.posts.length === 0 ? (
              <p className="text-sm text-slate-600">{t("noPosts")}</p>
            ) : (
              <ul className="space-y-1 text-sm">
                {teacher.posts.map((post) => (
                  <li key={post.id}>
                    {t(`enums.post.${post.kind}`)} · {t("postSince", { date: date(post.startedOn) })} ·{" "}
                    {t("termSince", { date: date(post.currentTermStartedOn) })}
                    {post.endedOn && ` · ${t("postEnded", { date: date(post.endedOn) })}`}
                  </li>
                ))}
              </ul>
            )}
            {canAssignPost && (
              <div className="mt-4 border-t border-slate-100 pt-4">
                <AssignPostForm teacherId={teacher.id} today={today} />
              </div>
            )}
          </Card>
          <Card title={t("rotations")}>
            {teacher.rotations.length === 0 ? (
              <p className="text-sm text-slate-600">{t("noRotations")}</p>
            ) : (
              <ul className="space-y-1 text-sm">
                {teacher.rotations.map((rotation) => (
                  <li key={rotation.id}>
                    {date(rotation.startedOn)} · {rotation.fromSchool.name} → {rotation.toSchool.name}
                    {rotation.note && ` · ${rotation.note}`}
                  </li>
                ))}
              </ul>
            )}
            {county && (
              <div className="mt-4 border-t border-slate-100 pt-4">
                <RotateForm
                  teacherId={teacher.id}
                  today={today}
                  schools={county.towns
                    .flatMap((town) => town.schools)
                    .filter((school) => school.id !== teacher.schoolId)}
                />
              </div>
            )}
          </Card>
          {canMarkLeft && (
            <Card title={t("markLeft")}>
              <MarkLeftForm teacherId={teacher.id} today={today} />
            </Card>
          )}
        </div>
      </div>
    </>
  );
}
