import type { ComponentProps, ReactNode } from "react";

export function Table({
  caption,
  className = "",
  children,
}: {
  caption?: ReactNode;
  /** Classes of the table element (e.g. `heat-table`, which styles its cells) */
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className={`min-w-full divide-y divide-slate-200 text-sm ${className}`}>
        {caption && <caption className="sr-only">{caption}</caption>}
        {children}
      </table>
    </div>
  );
}

export function Th({ className = "", ...props }: ComponentProps<"th">) {
  return (
    <th
      scope="col"
      className={`bg-slate-50 px-3 py-2 text-left font-medium whitespace-nowrap text-slate-600 ${className}`}
      {...props}
    />
  );
}

export function Td({ className = "", ...props }: ComponentProps<"td">) {
  return <td className={`px-3 py-2 align-top text-slate-800 ${className}`} {...props} />;
}
