import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { RetryDeliveryButton } from "@/components/notifications/retry-delivery-button";
import { RobotSettingsForm } from "@/components/notifications/robot-settings-form";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterBar, FilterSelect } from "@/components/ui/filter-bar";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePagePermission } from "@/lib/auth/session";
import { getEnv } from "@/lib/env";
import { DELIVERIES_PAGE_SIZE, listDeliveries } from "@/lib/data/notifications/list-deliveries";
import { getNotificationChannels } from "@/lib/data/settings/get-notification-channels";
import { noticeText } from "@/lib/notifications/notice-text";
import { DELIVERY_STATUSES, deliveriesFilterSchema } from "@/lib/schemas/notifications";
import { pageParam, type SearchParams } from "@/lib/utils/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("deliveries"))("title") };
}

const STATUS_CLASS = {
  QUEUED: "text-slate-700",
  SENT: "text-emerald-700",
  FAILED: "font-medium text-red-700",
} as const;

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePagePermission("notifications:manage");
  const params = await searchParams;
  const filter = deliveriesFilterSchema.parse(params);
  const page = pageParam(params);
  const [channels, { rows, total }, t, tInbox, tCommon, format, locale] = await Promise.all([
    getNotificationChannels(user),
    listDeliveries(user, { ...filter, page }),
    getTranslations("deliveries"),
    getTranslations("inbox"),
    getTranslations("common"),
    getFormatter(),
    getLocale(),
  ]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        <h2 className="text-base font-semibold">{t("robotsTitle")}</h2>
        <p className="mb-4 text-sm text-slate-600">{t("robotsHint")}</p>
        <RobotSettingsForm channels={channels} />
      </Card>
      <h2 className="mt-8 mb-2 text-lg font-semibold">{t("logTitle")}</h2>
      <p className="mb-2 text-sm text-slate-600">
        {t("retention", { days: getEnv().DELIVERY_RETENTION_DAYS })}
      </p>
      <FilterBar resetHref="/admin/notifications">
        <FilterSelect
          id="status"
          label={t("status")}
          value={filter.status}
          allLabel={tCommon("all")}
          options={DELIVERY_STATUSES.map((status) => ({ value: status, label: t(`statuses.${status}`) }))}
        />
      </FilterBar>
      {rows.length === 0 ? (
        <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>
      ) : (
        <Table caption={t("logTitle")}>
          <thead>
            <tr>
              <Th>{t("createdAt")}</Th>
              <Th>{t("channel")}</Th>
              <Th>{t("target")}</Th>
              <Th>{t("message")}</Th>
              <Th>{t("status")}</Th>
              <Th>{t("attempts")}</Th>
              <Th>{t("lastError")}</Th>
              <Th>
                <span className="sr-only">{t("retry")}</span>
              </Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row) => (
              <tr key={row.id}>
                <Td className="whitespace-nowrap">
                  {format.dateTime(row.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                </Td>
                <Td>{t(`channels.${row.channel}`)}</Td>
                <Td className="font-mono text-sm">{row.target}</Td>
                <Td>{noticeText(row, locale, tInbox).title}</Td>
                <Td className={STATUS_CLASS[row.status]}>
                  {t(`statuses.${row.status}`)}
                  {row.sentAt && (
                    <span className="block text-xs text-slate-500">
                      {t("sentAt", { at: format.dateTime(row.sentAt, { timeStyle: "short" }) })}
                    </span>
                  )}
                </Td>
                <Td className="tabular-nums">{row.attempts}</Td>
                <Td className="text-sm text-red-700">{row.status === "SENT" ? "" : (row.lastError ?? "")}</Td>
                <Td>
                  {row.status === "FAILED" && (
                    <RetryDeliveryButton
                      deliveryId={row.id}
                      label={t("retryWhich", {
                        message: noticeText(row, locale, tInbox).title,
                        target: row.target,
                      })}
                    />
                  )}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination
        path="/admin/notifications"
        searchParams={params}
        page={page}
        pageSize={DELIVERIES_PAGE_SIZE}
        total={total}
      />
    </>
  );
}
