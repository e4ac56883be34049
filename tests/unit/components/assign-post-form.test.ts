// The principal-post panel preselects nothing (issue 22): the officer picks 校长 or 副校长 on purpose.
import { NextIntlClientProvider } from "next-intl";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AssignPostForm } from "@/components/teachers/teacher-actions";
import { loadMessages } from "@/lib/i18n/messages";

describe("the principal-post panel", () => {
  it("offers 校长 and 副校长 with neither chosen, and requires a choice", async () => {
    // The provider's props type asks for children as a prop; they are passed as createElement's third argument.
    const props = {
      locale: "zh",
      messages: await loadMessages("zh"),
      timeZone: "Asia/Shanghai",
    } as Parameters<typeof NextIntlClientProvider>[0];
    const html = renderToStaticMarkup(
      createElement(
        NextIntlClientProvider,
        props,
        createElement(AssignPostForm, { teacherId: 1, today: "2026-12-02" }),
      ),
    );
    const select = /<select[^>]*name="kind"[^>]*>(.*?)<\/select>/s.exec(html);
    expect(select, "the post drop-down").not.toBeNull();
    expect(select![0]).toMatch(/required/);
    const options = [...select![1]!.matchAll(/<option([^>]*)>([^<]*)<\/option>/g)];
    expect(options.map((option) => option[2])).toEqual(["请选择", "校长", "副校长"]);
    expect(options.filter((option) => /selected/.test(option[1]!)).map((option) => option[2])).toEqual([
      "请选择",
    ]);
  });
});
