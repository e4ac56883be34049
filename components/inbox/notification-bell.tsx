import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";

/**
 * The header's link to the inbox with the unread count. The count is part of the link's name ("消息，3 条未读"), so
 * a screen reader hears it; the badge itself is decoration.
 */
export async function NotificationBell({ unread }: { unread: number }) {
  const t = await getTranslations("inbox");
  const label = unread > 0 ? t("bellUnread", { count: unread }) : t("bell");
  return (
    <Link
      href="/inbox"
      aria-label={label}
      className="relative inline-flex items-center gap-1 rounded-md px-3 py-1.5 text-slate-600 hover:bg-slate-100 hover:text-slate-900"
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="h-4 w-4">
        <path d="M10 2a6 6 0 0 0-6 6v3.59l-1.7 1.7A1 1 0 0 0 3 15h14a1 1 0 0 0 .7-1.7L16 11.58V8a6 6 0 0 0-6-6Zm0 16a3 3 0 0 1-2.83-2h5.66A3 3 0 0 1 10 18Z" />
      </svg>
      <span aria-hidden="true">{t("bell")}</span>
      {unread > 0 && (
        <span
          aria-hidden="true"
          data-testid="unread-count"
          className="min-w-5 rounded-full bg-red-600 px-1.5 text-center text-xs font-semibold leading-5 text-white"
        >
          {unread > 99 ? "99+" : unread}
        </span>
      )}
    </Link>
  );
}
