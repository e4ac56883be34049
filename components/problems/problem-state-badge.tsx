import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { ProblemState } from "@/lib/generated/prisma/enums";

const TONES: Record<ProblemState, BadgeTone> = {
  OPEN: "warning",
  IN_PROGRESS: "info",
  SUBMITTED: "info",
  RETURNED: "danger",
  ACCEPTED: "success",
};

export async function ProblemStateBadge({ state }: { state: ProblemState }) {
  const t = await getTranslations("problems");
  return <Badge tone={TONES[state]}>{t(`states.${state}`)}</Badge>;
}
