import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { SubmissionState } from "@/lib/generated/prisma/enums";
import { timelinessOf } from "@/lib/workflows/submissions";

const TONE: Record<SubmissionState, BadgeTone> = {
  NOT_STARTED: "neutral",
  DRAFT: "info",
  SUBMITTED: "warning",
  RETURNED: "danger",
  APPROVED: "success",
};

/** A report's state, with the late mark for a report filed after the deadline. */
export function SubmissionStateBadge({ state, isLate }: { state: SubmissionState; isLate?: boolean }) {
  const t = useTranslations("submissions");
  const tEnums = useTranslations("enums");
  return (
    <span className="inline-flex gap-1">
      <Badge tone={TONE[state]}>{tEnums(`submissionState.${state}`)}</Badge>
      {isLate && <Badge tone="danger">{t("late")}</Badge>}
    </span>
  );
}

/**
 * A board row's state and timeliness (the city's board of counties, a county's board of schools): the badge, and
 * "on time" for one handed in by the deadline, as `timelinessOf` decides.
 */
export function BoardStateCell({ state, isLate }: { state: SubmissionState; isLate: boolean }) {
  const t = useTranslations("submissions");
  return (
    <>
      <SubmissionStateBadge state={state} isLate={isLate} />
      {timelinessOf({ state, isLate }) === "on_time" && (
        <span className="ml-1 text-xs text-slate-500">{t("onTime")}</span>
      )}
    </>
  );
}
