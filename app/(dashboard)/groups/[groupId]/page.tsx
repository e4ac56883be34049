import type { Metadata } from "next";
import { SampleStandardsNote } from "@/components/indicators/sample-standards-note";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { VerdictBadge } from "@/components/dashboard/verdict-badge";
import {
  AddGroupMemberForm,
  DissolveGroupForm,
  EndGroupMembershipForm,
} from "@/components/groups/group-member-actions";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FactList } from "@/components/ui/fact-list";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { getGroup } from "@/lib/data/groups/get-group";
import { listGroupSchools } from "@/lib/data/groups/list-group-schools";
import type { Verdict } from "@/lib/indicators/judgement";
import { formatIndicatorNumber } from "@/lib/indicators/format";
import { businessDay, isoDay } from "@/lib/utils/periods";
import { localized } from "@/lib/utils/localized";
import { idParam } from "@/lib/utils/route-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("groups"))("title") };
}

export default async function GroupPage({ params }: PageProps<"/groups/[groupId]">) {
  const user = await requirePagePermission("groups:view");
  const groupId = idParam((await params).groupId);
  if (groupId === null) notFound();
  const found = await getGroup(user, groupId);
  if (!found) notFound();
  const { group, members } = found;
  const canEdit = can(user.role, "groups:manage") && group.dissolvedOn === null;
  const [county, t, tEnums, format, locale] = await Promise.all([
    canEdit ? listGroupSchools(user, group.countyId) : null,
    getTranslations("groups"),
    getTranslations("enums"),
    getFormatter(),
    getLocale(),
  ]);
  const today = isoDay(businessDay(new Date()));
  const day = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeZone: "UTC" });
  const current = members.filter((member) => member.isCurrent);
  const currentIds = new Set(current.map((member) => member.school.id));
  const candidates = county?.schools.filter((school) => !currentIds.has(school.id)) ?? [];
  const verdict = (value: Verdict | null, absent: string) =>
    value ? <VerdictBadge verdict={value} /> : <span className="text-slate-500">{absent}</span>;

  return (
    <>
      <PageHeader
        title={group.name}
        description={`${tEnums(`groupKind.${group.kind}`)} · ${localized(group.county, "name", locale)}`}
        actions={
          <span className="flex gap-3">
            {canEdit && (
              <Link href={`/groups/${group.id}/edit`} className="text-sm text-brand-700 hover:underline">
                {t("edit")}
              </Link>
            )}
            <Link href="/groups" className="text-sm text-brand-700 hover:underline">
              {t("backToList")}
            </Link>
          </span>
        }
      />
      <div className="space-y-6">
        <Card title={t("facts")}>
          {group.dissolvedOn && (
            <p className="mb-3 text-sm text-slate-700">
              {t("dissolvedNote", { day: day(group.dissolvedOn) })}
            </p>
          )}
          <FactList
            className="gap-x-6 gap-y-2 text-sm sm:grid-cols-3"
            facts={[
              [t("fields.kind"), tEnums(`groupKind.${group.kind}`)],
              [t("fields.countsForCoverage"), group.isUrbanRural ? "✓" : "—"],
              [t("fields.coreSchool"), group.coreSchool.name],
              [t("fields.foundedOn"), day(group.foundedOn)],
              [t("fields.currentMembers"), format.number(current.length)],
              [t("fields.status"), group.dissolvedOn ? t("statuses.dissolved") : t("statuses.active")],
            ]}
          />
        </Card>

        <Card title={t("figures")}>
          <p className="mb-3 text-sm text-slate-600">{t("figuresDescription")}</p>
          {found.usesSampleStandards && (
            <div className="mb-3">
              <SampleStandardsNote />
            </div>
          )}
          {current.length === 0 ? (
            <EmptyState title={t("figuresEmpty")} />
          ) : (
            <Table caption={t("figures")}>
              <thead>
                <tr>
                  <Th>{t("fields.school")}</Th>
                  <Th>{t("fields.level")}</Th>
                  <Th>{t("fields.locationClass")}</Th>
                  <Th className="text-right">{t("enrolment")}</Th>
                  <Th className="text-right">{t("fullTimeTeachers")}</Th>
                  <Th className="text-right">{t("bachelorShare")}</Th>
                  <Th>{t("qualityBalanced")}</Th>
                  <Th>{t("classTwo")}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {current.map(({ id, school, isCore, figures }) => (
                  <tr key={id}>
                    <Td>
                      <Link href={`/schools/${school.id}`} className="text-brand-700 hover:underline">
                        {school.name}
                      </Link>
                      {isCore && (
                        <span className="ml-1">
                          <Badge tone="info">{t("core")}</Badge>
                        </span>
                      )}
                    </Td>
                    <Td className="whitespace-nowrap">{tEnums(`schoolLevel.${school.level}`)}</Td>
                    <Td className="whitespace-nowrap">{tEnums(`locationClass.${school.locationClass}`)}</Td>
                    <Td className="text-right tabular-nums">
                      {figures?.enrolment == null ? "—" : format.number(figures.enrolment)}
                    </Td>
                    <Td className="text-right tabular-nums">
                      {figures ? format.number(figures.fullTimeTeachers) : "—"}
                    </Td>
                    <Td className="text-right tabular-nums">
                      {figures?.bachelorShare.computable
                        ? `${formatIndicatorNumber(figures.bachelorShare.value, "PERCENT", locale)}%`
                        : "—"}
                    </Td>
                    <Td className="whitespace-nowrap">
                      {verdict(figures?.qualityBalanced ?? null, t("notEvaluated"))}
                    </Td>
                    <Td className="whitespace-nowrap">
                      {verdict(figures?.classTwo ?? null, t("notApplicable"))}
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </Card>

        <Card title={t("members")}>
          {members.length === 0 ? (
            <EmptyState title={t("membersEmpty")} />
          ) : (
            <Table caption={t("members")}>
              <thead>
                <tr>
                  <Th>{t("fields.schoolCode")}</Th>
                  <Th>{t("fields.school")}</Th>
                  <Th>{t("fields.joinedOn")}</Th>
                  <Th>{t("fields.leftOn")}</Th>
                  {canEdit && <Th>{t("removeMember")}</Th>}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {members.map((member) => (
                  <tr key={member.id}>
                    <Td className="font-mono">{member.school.code}</Td>
                    <Td>
                      {member.school.name}
                      {member.isCore && member.isCurrent && (
                        <span className="ml-1">
                          <Badge tone="info">{t("core")}</Badge>
                        </span>
                      )}
                    </Td>
                    <Td className="whitespace-nowrap">{day(member.joinedOn)}</Td>
                    <Td className="whitespace-nowrap">
                      {member.leftOn ? (
                        <Badge tone="neutral">
                          {t("left")} · {day(member.leftOn)}
                        </Badge>
                      ) : (
                        <Badge tone="success">{t("current")}</Badge>
                      )}
                    </Td>
                    {canEdit && (
                      <Td>
                        {member.leftOn === null && !member.isCore && (
                          <EndGroupMembershipForm
                            membershipId={member.id}
                            schoolName={member.school.name}
                            groupName={group.name}
                            today={today}
                          />
                        )}
                      </Td>
                    )}
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </Card>

        {canEdit && (
          <>
            <Card title={t("addMember")}>
              <AddGroupMemberForm groupId={group.id} schools={candidates} today={today} />
            </Card>
            <Card title={t("dissolveTitle")}>
              <DissolveGroupForm groupId={group.id} groupName={group.name} today={today} />
            </Card>
          </>
        )}
      </div>
    </>
  );
}
