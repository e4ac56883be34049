"use client";

import { useFormatter, useTranslations } from "next-intl";
import { createContext, useContext } from "react";
import type { ActionState } from "@/lib/actions/action-state";
import type { ComparableValue, FieldDifference } from "@/lib/utils/changed-fields";

/**
 * How a form names one of its fields and shows a value of it (an option's text, a unit); without a value, numbers,
 * yes/no and "—" are shown as they are.
 */
export type DescribeField = (field: string, value: ComparableValue) => { label: string; value?: string };

const FieldDescriptionContext = createContext<DescribeField | null>(null);
export const FieldDescriptionProvider = FieldDescriptionContext.Provider;

/** What a stale save of a versioned record is told (lib/data/audit/versioned-write.ts). */
interface StaleRecord {
  changedAt: string | null;
  changes: FieldDifference[];
}

function staleRecordOf(state: ActionState<unknown>): StaleRecord | null {
  if (state.status !== "error" || state.code !== "STALE_VERSION") return null;
  const details = state.details;
  if (typeof details !== "object" || details === null || !("changes" in details)) return null;
  return details as StaleRecord;
}

/** The form's overall result, announced to screen readers. */
export function FormMessage({ state, id }: { state: ActionState<unknown>; id?: string }) {
  const tErrors = useTranslations("errors");
  const tMessages = useTranslations("messages");
  const format = useFormatter();
  const stale = staleRecordOf(state);
  const params =
    stale?.changedAt && state.status === "error"
      ? {
          ...state.params,
          when: format.dateTime(new Date(stale.changedAt), { dateStyle: "medium", timeStyle: "short" }),
        }
      : state.status === "idle"
        ? undefined
        : state.params;
  return (
    <div id={id} aria-live="polite" role={state.status === "error" ? "alert" : "status"}>
      {state.status === "error" && (
        <div className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          <p>{tErrors(state.messageKey, params)}</p>
          {stale && <StaleChanges changes={stale.changes} />}
        </div>
      )}
      {state.status === "success" && (
        <p className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800">
          {tMessages(state.messageKey, params)}
        </p>
      )}
    </div>
  );
}

/**
 * The other person's change, field by field: what the record holds now against what this form sent. Reloading
 * the page shows the record as it is (and, with the form's changes still in it, asks before dropping them).
 */
function StaleChanges({ changes }: { changes: FieldDifference[] }) {
  const t = useTranslations("common");
  const format = useFormatter();
  const describe: DescribeField = useContext(FieldDescriptionContext) ?? ((field) => ({ label: field }));
  const shown = (field: string, value: ComparableValue) => {
    const described = describe(field, value).value;
    if (described !== undefined) return described;
    if (value === null || value === "") return t("notAvailable");
    if (typeof value === "boolean") return t(value ? "yes" : "no");
    return typeof value === "number" ? format.number(value) : value;
  };
  return (
    <>
      {changes.length > 0 && (
        <ul className="mt-2 list-disc space-y-0.5 pl-5">
          {changes.map(({ field, current, yours }) => (
            <li key={field}>
              {t("staleChange", {
                field: describe(field, current).label,
                current: shown(field, current),
                yours: shown(field, yours),
              })}
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={() => window.location.reload()} className="mt-2 font-medium underline">
        {t("reloadRecord")}
      </button>
    </>
  );
}
