import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { VERDICT_SYMBOLS, type Verdict } from "@/lib/indicators/judgement";

const TONES = { pass: "success", fail: "danger", not_judgeable: "neutral" } as const;

/** A pass/fail verdict as a word and a symbol (never colour alone). */
export function VerdictBadge({ verdict, label }: { verdict: Verdict; label?: string }) {
  const t = useTranslations("dashboard.verdict");
  return (
    <Badge tone={TONES[verdict]}>
      <span aria-hidden="true">{VERDICT_SYMBOLS[verdict]}</span> {label ?? t(verdict)}
    </Badge>
  );
}
