import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { buttonClasses } from "./button";

/** A GET form of filters: the query string carries them, so a filtered page can be shared by its URL. */
export async function FilterBar({ resetHref, children }: { resetHref: string; children: ReactNode }) {
  const t = await getTranslations("common");
  return (
    <form method="get" className="mb-4 flex flex-wrap items-end gap-3" role="search">
      {children}
      <button type="submit" className={buttonClasses("secondary")}>
        {t("filter")}
      </button>
      <Link href={resetHref} className={buttonClasses("ghost")}>
        {t("reset")}
      </Link>
    </form>
  );
}

export function FilterField({ id, label, children }: { id: string; label: ReactNode; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm text-slate-600">
        {label}
      </label>
      {children}
    </div>
  );
}
