"use client";

import { Link } from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { currentNavHref } from "@/lib/utils/current-nav";

/**
 * The role's menu: a column beside the page on wide screens; on a phone a 菜单 button that opens it, so that the
 * page's title and headline figures come first. The menu closes again when a link is followed.
 */
export function NavLinks({ items }: { items: { key: string; href: string }[] }) {
  const pathname = usePathname();
  const t = useTranslations("nav");
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const current = currentNavHref(
    pathname,
    items.map((item) => item.href),
  );
  const currentItem = items.find((item) => item.href === current);
  return (
    <>
      <button
        type="button"
        className="flex w-full items-center justify-between rounded-md border border-slate-200 bg-white px-3 py-2 text-sm text-slate-700 lg:hidden"
        aria-expanded={open}
        aria-controls="main-menu"
        onClick={() => setOpenOn(open ? null : pathname)}
      >
        <span>
          {t("menu")}
          {currentItem && <span className="ml-2 text-slate-500">· {t(currentItem.key)}</span>}
        </span>
        <span aria-hidden="true">{open ? "▲" : "▼"}</span>
      </button>
      <ul
        id="main-menu"
        className={`${open ? "mt-2 flex" : "hidden"} flex-wrap gap-1 lg:mt-0 lg:flex lg:flex-col`}
      >
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
    </>
  );
}
