import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterBar, FilterInput, FilterSelect } from "@/components/ui/filter-bar";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { AuditChanges } from "@/components/audit/audit-changes";
import { isAuditAction } from "@/lib/audit/actions";
import { isAuditEntity } from "@/lib/audit/entities";
import type { AuditSubjectName } from "@/lib/data/audit/audit-subjects";
import { localized } from "@/lib/utils/localized";
import { requirePagePermission } from "@/lib/auth/session";
import { AUDIT_PAGE_SIZE, listAuditFacets, listAuditLogs } from "@/lib/data/audit/list-audit-logs";
import { auditFilterSchema } from "@/lib/schemas/audit";
import { pageParam, type SearchParams } from "@/lib/utils/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePagePermission("audit:view");
  const params = await searchParams;
  const filter = auditFilterSchema.parse(params);
  const page = pageParam(params);
  const [{ rows, total, standardItems }, facets, t, tCommon, tEnums, format, locale] = await Promise.all([
    listAuditLogs(user, { ...filter, page }),
    listAuditFacets(user),
    getTranslations("audit"),
    getTranslations("common"),
    getTranslations("enums"),
    getFormatter(),
    getLocale(),
  ]);
  // A whole-set edit of a standard names its items by id: "生均图书（小学）".
  const itemNames = Object.fromEntries(
    [...standardItems].map(([field, item]) => [
      field,
      item.schoolLevel
        ? `${localized(item, "name", locale)}（${tEnums(`schoolLevel.${item.schoolLevel}`)}）`
        : localized(item, "name", locale),
    ]),
  );
  // Records written before entities and actions were typed lists may name one that is no longer in them.
  const entityLabel = (entity: string) => (isAuditEntity(entity) ? t(`entities.${entity}`) : entity);
  const actionLabel = (action: string) => (isAuditAction(action) ? t(`actions.${action}`) : action);
  const subjectText = (subject: AuditSubjectName) =>
    [
      localized(subject, "name", locale),
      subject.quarter && t("subjectQuarter", subject.quarter),
      subject.schoolYear !== undefined && t("subjectSchoolYear", { year: subject.schoolYear }),
      subject.deadlineYear !== undefined && t("subjectDeadline", { year: subject.deadlineYear }),
    ]
      .filter(Boolean)
      .join(" ");

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <FilterBar resetHref="/admin/audit">
        <FilterInput id="actor" label={t("actor")} value={filter.actor} placeholder={t("actorPlaceholder")} />
        <FilterSelect
          id="entity"
          label={t("entity")}
          value={filter.entity}
          allLabel={tCommon("all")}
          options={facets.entities.map((entity) => ({ value: entity, label: entityLabel(entity) }))}
        />
        <FilterSelect
          id="action"
          label={t("action")}
          value={filter.action}
          allLabel={tCommon("all")}
          options={facets.actions.map((action) => ({ value: action, label: actionLabel(action) }))}
        />
        <FilterInput id="from" type="date" label={t("from")} value={filter.from} />
        <FilterInput id="to" type="date" label={t("to")} value={filter.to} />
      </FilterBar>
      {rows.length === 0 ? (
        <EmptyState title={t("emptyTitle")} />
      ) : (
        <Table caption={t("title")}>
          <thead>
            <tr>
              <Th>{t("at")}</Th>
              <Th>{t("actor")}</Th>
              <Th>{t("action")}</Th>
              <Th>{t("entity")}</Th>
              <Th>{t("ip")}</Th>
              <Th>{tCommon("details")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row) => (
              <tr key={row.id}>
                <Td className="whitespace-nowrap">
                  {format.dateTime(row.at, { dateStyle: "medium", timeStyle: "medium" })}
                </Td>
                <Td className="font-mono">{row.actorLogin ?? tCommon("notAvailable")}</Td>
                <Td>{actionLabel(row.action)}</Td>
                <Td>
                  {entityLabel(row.entity)}
                  {row.subject ? (
                    <span className="block text-slate-700">{subjectText(row.subject)}</span>
                  ) : (
                    row.entityId && <span className="text-slate-500"> #{row.entityId}</span>
                  )}
                </Td>
                <Td className="font-mono text-slate-600">{row.ip ?? tCommon("notAvailable")}</Td>
                <Td>
                  {row.before || row.after ? (
                    <details>
                      <summary className="cursor-pointer text-brand-700">{t("showChanges")}</summary>
                      <div className="mt-2">
                        <AuditChanges
                          entity={row.entity}
                          before={row.before}
                          after={row.after}
                          fieldNames={itemNames}
                        />
                      </div>
                    </details>
                  ) : (
                    tCommon("notAvailable")
                  )}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination
        path="/admin/audit"
        searchParams={params}
        page={page}
        pageSize={AUDIT_PAGE_SIZE}
        total={total}
      />
    </>
  );
}
