import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterBar, FilterInput, FilterSelect } from "@/components/ui/filter-bar";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { isAuditEntity } from "@/lib/audit/entities";
import { requirePagePermission } from "@/lib/auth/session";
import { AUDIT_PAGE_SIZE, listAuditFacets, listAuditLogs } from "@/lib/data/audit/list-audit-logs";
import { auditFilterSchema } from "@/lib/schemas/audit";
import { pageParam, type SearchParams } from "@/lib/utils/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

function Json({ value }: { value: unknown }) {
  return (
    <pre className="max-w-md overflow-x-auto rounded bg-slate-50 p-2 text-xs whitespace-pre-wrap">
      {JSON.stringify(value, null, 2)}
    </pre>
  );
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePagePermission("audit:view");
  const params = await searchParams;
  const filter = auditFilterSchema.parse(params);
  const page = pageParam(params);
  const [{ rows, total }, facets, t, tCommon, format] = await Promise.all([
    listAuditLogs(user, { ...filter, page }),
    listAuditFacets(user),
    getTranslations("audit"),
    getTranslations("common"),
    getFormatter(),
  ]);
  // Records written before the entities were a typed list may name one that is no longer in it.
  const entityLabel = (entity: string) => (isAuditEntity(entity) ? t(`entities.${entity}`) : entity);

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
          options={facets.actions.map((action) => ({ value: action, label: action }))}
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
                <Td>{row.action}</Td>
                <Td>
                  {entityLabel(row.entity)}
                  {row.entityId && <span className="text-slate-500"> #{row.entityId}</span>}
                </Td>
                <Td className="font-mono text-slate-600">{row.ip ?? tCommon("notAvailable")}</Td>
                <Td>
                  {row.before || row.after ? (
                    <details>
                      <summary className="cursor-pointer text-brand-700">{t("showChanges")}</summary>
                      <div className="mt-2 grid gap-2 md:grid-cols-2">
                        {row.before !== null && (
                          <div>
                            <p className="text-xs text-slate-500">{t("before")}</p>
                            <Json value={row.before} />
                          </div>
                        )}
                        {row.after !== null && (
                          <div>
                            <p className="text-xs text-slate-500">{t("after")}</p>
                            <Json value={row.after} />
                          </div>
                        )}
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
