import { localized } from "@/lib/utils/localized";
import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { FilterBar, FilterInput, FilterSelect } from "@/components/ui/filter-bar";
import { EmptyState } from "@/components/ui/empty-state";
import { LandingWorkItems } from "@/components/dashboard/work-items-panel";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { CITY_ROLES } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { listUsers, USERS_PAGE_SIZE } from "@/lib/data/users/list-users";
import { userListFilterSchema } from "@/lib/schemas/users";
import { pageParam, type SearchParams } from "@/lib/utils/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users"))("title") };
}

export default async function UsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePagePermission("users:manage");
  const params = await searchParams;
  const filter = userListFilterSchema.parse(params);
  const page = pageParam(params);
  const [{ rows, total }, t, tRoles, tCommon, format, locale] = await Promise.all([
    listUsers(user, { ...filter, page }),
    getTranslations("users"),
    getTranslations("roles"),
    getTranslations("common"),
    getFormatter(),
    getLocale(),
  ]);

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={<ButtonLink href="/admin/users/new">{t("new")}</ButtonLink>}
      />
      <LandingWorkItems user={user} path="/admin/users" />
      <FilterBar resetHref="/admin/users">
        <FilterInput id="q" label={tCommon("search")} value={filter.q} placeholder={t("searchPlaceholder")} />
        <FilterSelect
          id="role"
          label={t("role")}
          value={filter.role}
          allLabel={tCommon("all")}
          options={CITY_ROLES.map((role) => ({ value: role, label: tRoles(role) }))}
        />
        <FilterSelect
          id="status"
          label={t("status")}
          value={filter.status}
          allLabel={tCommon("all")}
          options={[
            { value: "active", label: t("statusActive") },
            { value: "inactive", label: t("statusInactive") },
            { value: "locked", label: t("statusLocked") },
          ]}
        />
      </FilterBar>
      {rows.length === 0 ? (
        <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>
      ) : (
        <Table caption={t("title")}>
          <thead>
            <tr>
              <Th>{t("loginName")}</Th>
              <Th>{t("displayName")}</Th>
              <Th>{t("role")}</Th>
              <Th>{t("scope")}</Th>
              <Th>{t("status")}</Th>
              <Th>{t("lastLogin")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row) => (
              <tr key={row.id}>
                <Td>
                  <Link href={`/admin/users/${row.id}`} className="font-mono text-brand-700 hover:underline">
                    {row.loginName}
                  </Link>
                </Td>
                <Td>{row.displayName}</Td>
                <Td>{tRoles(row.role)}</Td>
                <Td>
                  {row.school?.name ?? (row.county ? localized(row.county, "name", locale) : t("citywide"))}
                </Td>
                <Td>
                  {!row.isActive ? (
                    <Badge tone="neutral">⊘ {t("statusInactive")}</Badge>
                  ) : row.isLocked ? (
                    <Badge tone="danger">🔒 {t("statusLocked")}</Badge>
                  ) : (
                    <Badge tone="success">✓ {t("statusActive")}</Badge>
                  )}
                </Td>
                <Td className="whitespace-nowrap text-slate-600">
                  {row.lastLoginAt
                    ? format.dateTime(row.lastLoginAt, { dateStyle: "medium", timeStyle: "short" })
                    : t("never")}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination
        path="/admin/users"
        searchParams={params}
        page={page}
        pageSize={USERS_PAGE_SIZE}
        total={total}
      />
    </>
  );
}
