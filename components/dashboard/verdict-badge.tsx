import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { Verdict } from "@/lib/indicators/judgement";

const STYLE = {
  pass: { tone: "success", symbol: "✓" },
  fail: { tone: "danger", symbol: "✕" },
  not_judgeable: { tone: "neutral", symbol: "–" },
} as const;

/** A pass/fail verdict as a word and a symbol (never colour alone). */
export function VerdictBadge({ verdict, label }: { verdict: Verdict; label?: string }) {
  const t = useTranslations("dashboard.verdict");
  return (
    <Badge tone={STYLE[verdict].tone}>
      <span aria-hidden="true">{STYLE[verdict].symbol}</span> {label ?? t(verdict)}
    </Badge>
  );
}
