import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";

export interface Crumb {
  label: string;
  /** Omitted for the current page and for places outside the user's scope */
  href?: string;
}

export async function Breadcrumbs({ items }: { items: Crumb[] }) {
  const t = await getTranslations("places");
  return (
    <nav aria-label={t("breadcrumb")} className="mb-3 text-sm text-slate-500">
      <ol className="flex flex-wrap items-center gap-1">
        {items.map((item, index) => (
          <li key={index} className="flex items-center gap-1">
            {index > 0 && <span aria-hidden="true">›</span>}
            {item.href && index < items.length - 1 ? (
              <Link href={item.href} className="hover:text-brand-700 hover:underline">
                {item.label}
              </Link>
            ) : (
              <span
                aria-current={index === items.length - 1 ? "page" : undefined}
                className={index === items.length - 1 ? "text-slate-800" : undefined}
              >
                {item.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
