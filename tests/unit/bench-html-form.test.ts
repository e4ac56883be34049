import { describe, expect, it } from "vitest";
import { readForm } from "@/scripts/bench/html-form";

// The two forms as React renders server-action forms for a browser without JavaScript (trimmed).
const PAGE = `
<form action="" method="POST"><input type="hidden" name="$ACTION_REF_1"/><input type="hidden" name="locale" value="en"/></form>
<form noValidate="" action="" encType="multipart/form-data" method="POST">
  <input type="hidden" name="$ACTION_3:0" value="{&quot;id&quot;:&quot;7f94&quot;}"/>
  <input type="hidden" name="schoolId" value="1328"/>
  <input id="books" inputMode="decimal" name="books" value="15483"/>
  <input type="checkbox" name="hasCanteen" checked=""/>
  <input type="checkbox" name="hasStudio"/>
  <select name="level"><option value="PRIMARY">小学</option><option value="JUNIOR" selected="">初中</option></select>
  <select name="town"><option value="7">甲镇</option><option value="8">乙镇</option></select>
  <textarea name="note" rows="1">A &amp; B &lt;1&gt;</textarea>
  <button type="submit" name="intent" value="draft">保存</button>
</form>`;

describe("readForm", () => {
  it("reads the form that has the marker field as the browser submits it", () => {
    expect(readForm(PAGE, "books")).toEqual([
      ["$ACTION_3:0", '{"id":"7f94"}'],
      ["schoolId", "1328"],
      ["books", "15483"],
      ["hasCanteen", "on"],
      ["level", "JUNIOR"],
      ["town", "7"],
      ["note", "A & B <1>"],
    ]);
  });

  it("finds the first form by its marker and nothing for an absent one", () => {
    expect(readForm(PAGE, "locale")).toEqual([
      ["$ACTION_REF_1", ""],
      ["locale", "en"],
    ]);
    expect(readForm(PAGE, "missing")).toBeUndefined();
  });
});
