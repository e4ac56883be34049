"use client";

import { Link } from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { currentNavHref } from "@/lib/utils/current-nav";

interface NavItem {
  key: string;
  href: string;
}

/**
 * The role's menu: a column beside the page on wide screens; on a phone a 菜单 disclosure that opens it, so that the
 * page's title and headline figures come first. The disclosure is a native <details>, so it opens before the page's
 * JavaScript has loaded (a phone on a slow line); keyed by the path, it is closed again when a link is followed.
 */
export function NavLinks({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  const t = useTranslations("nav");
  const current = currentNavHref(
    pathname,
    items.map((item) => item.href),
  );
  const currentItem = items.find((item) => item.href === current);
  return (
    <>
      <details key={pathname} className="group lg:hidden">
        <summary className="flex w-full cursor-pointer list-none items-center justify-between rounded-md border border-slate-200 bg-white px-3 py-2 text-sm text-slate-700 [&::-webkit-details-marker]:hidden">
          <span>
            {t("menu")}
            {currentItem && <span className="ml-2 text-slate-500">· {t(currentItem.key)}</span>}
          </span>
          <span aria-hidden="true" className="group-open:rotate-180">
            ▼
          </span>
        </summary>
        <MenuList items={items} current={current} className="mt-2 flex flex-wrap gap-1" />
      </details>
      <MenuList items={items} current={current} className="hidden lg:flex lg:flex-col lg:gap-1" />
    </>
  );
}

function MenuList({
  items,
  current,
  className,
}: {
  items: NavItem[];
  current: string | null;
  className: string;
}) {
  const t = useTranslations("nav");
  return (
    <ul className={className}>
      {items.map((item) => {
        const isCurrent = item.href === current;
        return (
          <li key={item.key}>
            <Link
              href={item.href}
              aria-current={isCurrent ? "page" : undefined}
              className={`block rounded-md px-3 py-2 text-sm ${isCurrent ? "bg-brand-50 font-medium text-brand-800" : "text-slate-700 hover:bg-slate-100"}`}
            >
              {t(item.key)}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
