import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { MarkAllReadForm, MarkReadForm } from "@/components/inbox/inbox-forms";
import { noticeText } from "@/lib/notifications/notice-text";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/session";
import { countUnreadNotifications, listNotifications } from "@/lib/data/notifications/list-notifications";
import { pageParam, type SearchParams } from "@/lib/utils/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("inbox"))("title") };
}

export default async function InboxPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const params = await searchParams;
  const page = pageParam(params);
  const [{ rows, total, pageSize }, unread, t, format, locale] = await Promise.all([
    listNotifications(user, { page }),
    countUnreadNotifications(user),
    getTranslations("inbox"),
    getFormatter(),
    getLocale(),
  ]);

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {total === 0 ? (
        <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>
      ) : (
        <>
          {unread > 0 && (
            <div className="mb-4">
              <MarkAllReadForm />
            </div>
          )}
          <ul
            aria-label={t("listLabel")}
            className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white"
          >
            {rows.map((row) => {
              const { title, body } = noticeText(row, locale, t);
              const isUnread = row.readAt === null;
              return (
                <li key={row.id} className="flex flex-wrap items-start justify-between gap-3 p-4">
                  <div className="min-w-0 flex-1 space-y-1">
                    <h2 className={`text-sm ${isUnread ? "font-semibold text-slate-900" : "text-slate-700"}`}>
                      {isUnread && (
                        <span className="mr-2">
                          <Badge tone="info">{t("unread")}</Badge>
                        </span>
                      )}
                      {title}
                    </h2>
                    <p className="text-sm text-slate-600">{body}</p>
                    <p className="text-xs text-slate-500">
                      <time dateTime={row.createdAt.toISOString()}>
                        {format.dateTime(row.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                      </time>
                    </p>
                  </div>
                  <div className="flex items-center gap-2">
                    <Link href={row.link} className="text-sm font-medium text-brand-700 hover:underline">
                      {t("open")}
                      <span className="sr-only">: {title}</span>
                    </Link>
                    {isUnread && <MarkReadForm notificationId={row.id} title={title} />}
                  </div>
                </li>
              );
            })}
          </ul>
          <Pagination path="/inbox" searchParams={params} page={page} pageSize={pageSize} total={total} />
        </>
      )}
    </>
  );
}
