import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { hrefWith, type SearchParams } from "@/lib/utils/search-params";

export async function Pagination({
  path,
  searchParams,
  page,
  pageSize,
  total,
}: {
  path: string;
  searchParams: SearchParams;
  page: number;
  pageSize: number;
  total: number;
}) {
  const t = await getTranslations("common.pagination");
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const linkClass = "rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50";
  const disabledClass = "rounded-md border border-slate-200 px-3 py-1.5 text-slate-400";
  return (
    <nav
      aria-label={t("label")}
      className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm text-slate-600"
    >
      <p>{t("summary", { total, page: Math.min(page, pageCount), pageCount })}</p>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link className={linkClass} href={hrefWith(path, searchParams, { page: page - 1 })} rel="prev">
            {t("previous")}
          </Link>
        ) : (
          <span className={disabledClass} aria-disabled="true">
            {t("previous")}
          </span>
        )}
        {page < pageCount ? (
          <Link className={linkClass} href={hrefWith(path, searchParams, { page: page + 1 })} rel="next">
            {t("next")}
          </Link>
        ) : (
          <span className={disabledClass} aria-disabled="true">
            {t("next")}
          </span>
        )}
      </div>
    </nav>
  );
}
