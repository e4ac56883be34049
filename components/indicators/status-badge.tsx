import { useTranslations } from "next-intl";
import { STATUS_SYMBOLS, type StatusKind, type StatusReason } from "@/lib/indicators/status";

// Status reads without colour: each has its own symbol and word; colour only repeats it.
const STYLES: Record<StatusKind, string> = {
  met: "bg-green-50 text-green-800 ring-green-600/30",
  on_track: "bg-sky-50 text-sky-800 ring-sky-600/30",
  at_risk: "bg-amber-50 text-amber-900 ring-amber-600/40",
  off_track: "bg-red-50 text-red-800 ring-red-600/30",
  no_data: "bg-slate-100 text-slate-600 ring-slate-400/30",
  no_target: "bg-slate-50 text-slate-600 ring-slate-300/40",
};

/** The status word and symbol; the reason, when given, is its tooltip and is read out by screen readers. */
export function StatusBadge({ status, reason }: { status: StatusKind; reason?: StatusReason }) {
  const t = useTranslations("indicators");
  return (
    <span
      title={reason && t(`statusReason.${reason}`)}
      data-status={status}
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${STYLES[status]}`}
    >
      <span aria-hidden="true">{STATUS_SYMBOLS[status]}</span>
      {t(`status.${status}`)}
      {reason && <span className="sr-only"> {t(`statusReason.${reason}`)}</span>}
    </span>
  );
}
