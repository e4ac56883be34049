"use client";

import { Link } from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { currentNavHref } from "@/lib/utils/current-nav";

export function NavLinks({ items }: { items: { key: string; href: string }[] }) {
  const pathname = usePathname();
  const t = useTranslations("nav");
  const current = currentNavHref(
    pathname,
    items.map((item) => item.href),
  );
  return (
    <ul className="flex flex-wrap gap-1 lg:flex-col">
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
