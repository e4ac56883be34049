import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ProjectForm } from "@/components/projects/project-form";
import { ProjectCancelForm, ProjectProgressForm } from "@/components/projects/project-progress-form";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FactList } from "@/components/ui/fact-list";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { getProject } from "@/lib/data/projects/get-project";
import { listProjectSchools } from "@/lib/data/projects/list-project-choices";
import { ProjectCategory } from "@/lib/generated/prisma/enums";
import { localized } from "@/lib/utils/localized";
import { isoDay } from "@/lib/utils/periods";
import { idParam } from "@/lib/utils/route-params";
import { PROJECT_WORKFLOW, REPORT_ACTION_OF_STATUS } from "@/lib/workflows/projects";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("projects"))("title") };
}

const REPORTED_STATUSES = ["PLANNED", "IN_PROGRESS", "COMPLETED"] as const;

/** A project: its state, its plan and progress forms for its county's officer, and every update with its note. */
export default async function ProjectPage({ params }: PageProps<"/projects/[projectId]">) {
  const user = await requirePagePermission("projects:view");
  const projectId = idParam((await params).projectId);
  if (projectId === null) notFound();
  const canEdit = can(user.role, "projects:edit");
  const [project, schools, t, tEnums, format, locale] = await Promise.all([
    getProject(user, projectId),
    canEdit ? listProjectSchools(user) : [],
    getTranslations("projects"),
    getTranslations("enums"),
    getFormatter(),
    getLocale(),
  ]);
  if (!project) notFound();
  const day = (date: Date | null) =>
    date ? format.dateTime(date, { dateStyle: "medium", timeZone: "UTC" }) : "—";
  const yuan = (amount: { toNumber(): number }) =>
    format.number(amount.toNumber(), { maximumFractionDigits: 2 });
  const subject = { state: project.status };
  const statuses = REPORTED_STATUSES.filter((status) =>
    PROJECT_WORKFLOW.isAllowed(user.role, REPORT_ACTION_OF_STATUS[status], subject),
  ).map((value) => ({ value, label: tEnums(`projectStatus.${value}`) }));
  // A school closed since the project was entered stays its school: keep it among the choices.
  const schoolChoices =
    project.schoolId !== null && project.school && !schools.some((school) => school.id === project.schoolId)
      ? [{ id: project.schoolId, name: project.school.name, code: "" }, ...schools]
      : schools;

  return (
    <>
      <PageHeader
        title={project.name}
        description={[
          localized(project.county, "name", locale),
          project.school?.name ?? t("noSchool"),
          tEnums(`projectCategory.${project.category}`),
        ].join(" · ")}
        actions={
          <Link href="/projects" className="text-sm text-brand-700 hover:underline">
            {t("backToList")}
          </Link>
        }
      />
      <div className="space-y-6">
        <Card
          title={t("stateTitle")}
          actions={
            <span className="flex gap-2">
              <Badge tone={project.status === "COMPLETED" ? "success" : "neutral"}>
                {tEnums(`projectStatus.${project.status}`)}
              </Badge>
              {project.isOverdue && <Badge tone="warning">{t("overdue")}</Badge>}
              {project.spent.gt(project.budget) && <Badge tone="danger">{t("overBudget")}</Badge>}
            </span>
          }
        >
          <FactList
            className="gap-3 sm:grid-cols-4"
            facts={[
              [t("fields.progress"), project.progress],
              [t("fields.budget"), yuan(project.budget)],
              [t("fields.fundsReceived"), yuan(project.fundsReceived)],
              [t("fields.spent"), yuan(project.spent)],
              [t("fields.plannedStart"), day(project.plannedStart)],
              [t("fields.plannedFinish"), day(project.plannedFinish)],
              [t("fields.actualStart"), day(project.actualStart)],
              [t("fields.actualFinish"), day(project.actualFinish)],
              [t("fields.newPlaces"), project.newPlaces],
            ]}
          />
        </Card>
        {canEdit && (
          <Card title={t("progressTitle")}>
            {statuses.length === 0 ? (
              <p className="text-sm text-slate-600">
                {t("finalNote", { status: tEnums(`projectStatus.${project.status}`) })}
              </p>
            ) : (
              <ProjectProgressForm
                statuses={statuses}
                project={{
                  id: project.id,
                  version: project.version,
                  status: project.status,
                  progress: project.progress,
                  fundsReceived: project.fundsReceived.toString(),
                  spent: project.spent.toString(),
                  actualStart: project.actualStart ? isoDay(project.actualStart) : "",
                  actualFinish: project.actualFinish ? isoDay(project.actualFinish) : "",
                }}
              />
            )}
          </Card>
        )}
        <Card title={t("history")}>
          {project.updates.length === 0 ? (
            <EmptyState title={t("historyEmpty")} />
          ) : (
            <Table caption={t("history")}>
              <thead>
                <tr>
                  <Th>{t("historyAt")}</Th>
                  <Th>{t("fields.status")}</Th>
                  <Th className="text-right">{t("fields.progress")}</Th>
                  <Th className="text-right">{t("fields.fundsReceived")}</Th>
                  <Th className="text-right">{t("fields.spent")}</Th>
                  <Th>{t("fields.note")}</Th>
                  <Th>{t("historyBy")}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {project.updates.map((update) => (
                  <tr key={update.id}>
                    <Td className="whitespace-nowrap">
                      {format.dateTime(update.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                    </Td>
                    <Td className="whitespace-nowrap">{tEnums(`projectStatus.${update.status}`)}</Td>
                    <Td className="text-right tabular-nums">{update.progress}</Td>
                    <Td className="text-right tabular-nums">{yuan(update.fundsReceived)}</Td>
                    <Td className="text-right tabular-nums">{yuan(update.spent)}</Td>
                    <Td className="whitespace-pre-line">{update.note}</Td>
                    <Td className="whitespace-nowrap">{update.user.displayName}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </Card>
        {canEdit && (
          <Card title={t("planTitle")}>
            <ProjectForm
              categories={Object.values(ProjectCategory).map((value) => ({
                value,
                label: tEnums(`projectCategory.${value}`),
              }))}
              schools={schoolChoices.map((school) => ({
                value: school.id,
                label: school.code ? `${school.name}（${school.code}）` : school.name,
              }))}
              project={{
                id: project.id,
                version: project.version,
                name: project.name,
                category: project.category,
                schoolId: project.schoolId,
                budget: project.budget.toString(),
                plannedStart: isoDay(project.plannedStart),
                plannedFinish: isoDay(project.plannedFinish),
                newPlaces: project.newPlaces,
              }}
            />
          </Card>
        )}
        {canEdit && PROJECT_WORKFLOW.isAllowed(user.role, "cancel", subject) && (
          <Card title={t("cancelTitle")}>
            <ProjectCancelForm projectId={project.id} version={project.version} projectName={project.name} />
          </Card>
        )}
      </div>
    </>
  );
}
