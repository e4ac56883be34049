import { localized } from "@/lib/utils/localized";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { SubmissionView } from "@/lib/data/submissions/get-submission";

/** What changed between the last two submitted revisions: the reviewer sees what the county corrected. */
export async function RevisionDiff({ submission }: { submission: SubmissionView }) {
  const [t, format, locale] = await Promise.all([
    getTranslations("submissions"),
    getFormatter(),
    getLocale(),
  ]);
  const previous = submission.revisions.at(-2);
  const latest = submission.revisions.at(-1);
  if (!previous || !latest) return <p className="text-sm text-slate-600">{t("diffNeedsTwo")}</p>;
  const number = (value: number | null | undefined) => (value == null ? "—" : format.number(value));
  const changed = submission.fields.filter((field) => {
    const before = previous.values[field.key];
    const after = latest.values[field.key];
    return (
      (before?.value ?? null) !== (after?.value ?? null) || (before?.note ?? null) !== (after?.note ?? null)
    );
  });
  return (
    <div className="text-sm">
      <p className="mb-2 text-slate-600">{t("diffFrom", { from: previous.revision, to: latest.revision })}</p>
      {changed.length === 0 ? (
        <p className="text-slate-600">{t("diffNone")}</p>
      ) : (
        <ul className="space-y-1">
          {changed.map((field) => (
            <li key={field.key}>
              <span className="font-medium">{localized(field, "name", locale)}</span>：
              <del className="text-red-700">{number(previous.values[field.key]?.value)}</del> →{" "}
              <ins className="text-green-800 no-underline">{number(latest.values[field.key]?.value)}</ins>
              {latest.values[field.key]?.note && (
                <span className="text-slate-600"> · {latest.values[field.key]?.note}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
