"use client";

import { Link } from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

export function NavLinks({ items }: { items: { key: string; href: string }[] }) {
  const pathname = usePathname();
  const t = useTranslations("nav");
  return (
    <ul className="flex flex-wrap gap-1 lg:flex-col">
      {items.map((item) => {
        const isCurrent = pathname === item.href || pathname.startsWith(`${item.href}/`);
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
