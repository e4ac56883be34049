"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type RefObject } from "react";

/**
 * What the user can change in a form, as one string: every control the form would submit except the hidden ones
 * (ids and versions the page sets, never typed); a chosen file counts by its name and size. `served` reads what the
 * page was served with (the controls' defaults) instead of what they show now: text typed before the page's script
 * ran is already in the controls when the form first runs, and must count as a change, not as the clean state.
 */
export function editableSnapshot(form: HTMLFormElement, state: "current" | "served" = "current"): string {
  const served = state === "served";
  const entries: string[] = [];
  for (const control of Array.from(form.elements)) {
    const name = control.getAttribute("name");
    if (!name || control.matches(":disabled")) continue;
    if (control instanceof HTMLSelectElement) {
      const options = Array.from(control.options);
      let chosen = options.filter((option) => (served ? option.defaultSelected : option.selected));
      // A single select with no option marked selected shows its first enabled one.
      if (served && chosen.length === 0 && !control.multiple)
        chosen = options.filter((option) => !option.disabled).slice(0, 1);
      for (const option of chosen) entries.push(`${name}=${option.value}`);
    } else if (control instanceof HTMLTextAreaElement) {
      entries.push(`${name}=${served ? control.defaultValue : control.value}`);
    } else if (control instanceof HTMLInputElement) {
      if (["hidden", "button", "submit", "reset", "image"].includes(control.type)) continue;
      if (control.type === "checkbox" || control.type === "radio") {
        if (served ? control.defaultChecked : control.checked)
          entries.push(`${name}=${control.value || "on"}`);
      } else if (control.type === "file") {
        const files = served ? [] : Array.from(control.files ?? []);
        entries.push(...files.map((file) => `${name}=${file.name}:${file.size}`));
      } else entries.push(`${name}=${served ? control.defaultValue : control.value}`);
    }
  }
  return JSON.stringify(entries);
}

/**
 * Whether the form holds changes that were not saved: what it shows differs from what it showed when it was last
 * clean (opened, or re-rendered from the database after a save; `savedCount` counts the saves). Typing a value
 * back makes it clean again. While it has changes, leaving the page asks first.
 */
export function useUnsavedChanges(form: RefObject<HTMLFormElement | null>, savedCount: number) {
  const clean = useRef<string | null>(null);
  // The save after which the user changed something: a later save makes the form clean again.
  const [changedSince, setChangedSince] = useState<number | null>(null);
  const hasChanges = changedSince === savedCount;
  function compare() {
    if (!form.current || clean.current === null) return;
    setChangedSince(editableSnapshot(form.current) === clean.current ? null : savedCount);
  }
  useEffect(() => {
    if (!form.current) return;
    // After a save the fields mount again from the database, so what they serve is what is stored; on the first
    // run the comparison also catches what was typed before the page's script ran.
    clean.current = editableSnapshot(form.current, "served");
    compare();
    // compare reads only refs and savedCount, which is a dependency.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [form, savedCount]);
  useLeaveGuard(hasChanges);
  return { hasChanges, compare };
}

// One guard for the page, however many forms have changes: the question is asked once.
const formsWithChanges = new Set<symbol>();
let question = "";
let isLeaveConfirmed = false;

function askBeforeUnload(event: BeforeUnloadEvent) {
  if (isLeaveConfirmed) return;
  event.preventDefault();
  // Older browsers show the prompt only when returnValue is set; none shows the text any more.
  event.returnValue = "";
}

/**
 * App Router navigations fire no event that could be cancelled, so a click on a link of this site is asked about
 * before the Link (or the browser) sees it: this listener runs first, in the window's capture phase. Links to
 * another site, new tabs, downloads and jumps within the page leave nothing behind and are not asked about; a full
 * page load after a confirmed click is not asked about twice.
 */
function askBeforeFollowingLink(event: MouseEvent) {
  if (event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const anchor = event.target instanceof Element ? event.target.closest("a[href]") : null;
  if (!(anchor instanceof HTMLAnchorElement) || anchor.hasAttribute("download")) return;
  if (anchor.target && anchor.target !== "_self") return;
  const url = new URL(anchor.href, window.location.href);
  if (url.origin !== window.location.origin) return;
  if (url.pathname === window.location.pathname && url.search === window.location.search) return;
  if (window.confirm(question)) {
    isLeaveConfirmed = true;
    setTimeout(() => (isLeaveConfirmed = false), 0);
    return;
  }
  event.preventDefault();
  event.stopImmediatePropagation();
}

function useLeaveGuard(isActive: boolean) {
  const t = useTranslations("common");
  const text = t("unsavedChanges");
  useEffect(() => {
    if (!isActive) return;
    const token = Symbol("form with changes");
    question = text;
    if (formsWithChanges.size === 0) {
      window.addEventListener("beforeunload", askBeforeUnload);
      window.addEventListener("click", askBeforeFollowingLink, true);
    }
    formsWithChanges.add(token);
    return () => {
      formsWithChanges.delete(token);
      if (formsWithChanges.size > 0) return;
      window.removeEventListener("beforeunload", askBeforeUnload);
      window.removeEventListener("click", askBeforeFollowingLink, true);
    };
  }, [isActive, text]);
}
