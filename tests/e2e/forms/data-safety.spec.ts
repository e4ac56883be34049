import type { Page } from "@playwright/test";
import { expect, test } from "../support/test";
import { signedInAs, signedInPage } from "../support/auth";
import { e2eDatabase, firstId } from "../support/database";

const ANOTHER_TITLE = { FIRST: "SENIOR", SENIOR: "FIRST" } as Record<string, string>;

async function principalTeacher() {
  const { rows } = await e2eDatabase().query<{ id: number; schoolId: number; title: string }>(
    `SELECT t.id, t.school_id AS "schoolId", t.title::text AS title FROM teachers t
       JOIN users u ON u.school_id = t.school_id AND u.login_name = 'binzhou.principal'
     WHERE t.status = 'ACTIVE' AND t.title IN ('FIRST', 'SENIOR') ORDER BY t.id LIMIT 1`,
  );
  return rows[0]!;
}

const storedTitle = async (id: number) =>
  (
    await e2eDatabase().query<{ title: string }>("SELECT title::text AS title FROM teachers WHERE id = $1", [
      id,
    ])
  ).rows[0]!.title;

test("the teacher editor shows the saved 职称 after saving, and a second save keeps it", async ({ page }) => {
  const teacher = await principalTeacher();
  const chosen = ANOTHER_TITLE[teacher.title]!;
  await signedInAs(page, "binzhou.principal");
  await page.goto(`/schools/${teacher.schoolId}/teachers/${teacher.id}`);
  const title = page.getByLabel("职称");
  await title.selectOption(chosen);
  await page.getByRole("button", { name: "保存修改" }).click();
  await expect(page.getByRole("status").filter({ hasText: "教师信息已保存" })).toBeVisible();
  await expect(title).toHaveValue(chosen);
  expect(await storedTitle(teacher.id)).toBe(chosen);

  // Saving again without touching 职称 writes what is shown, not the value the page opened with.
  await page.getByLabel("五年培训学时").fill("120");
  await page.getByRole("button", { name: "保存修改" }).click();
  await expect(page.getByLabel("五年培训学时")).toHaveValue("120");
  await expect(title).toHaveValue(chosen);
  await expect
    .poll(
      async () =>
        (
          await e2eDatabase().query("SELECT 1 FROM teachers WHERE id = $1 AND training_hours_5y = 120", [
            teacher.id,
          ])
        ).rowCount,
    )
    .toBe(1);
  expect(await storedTitle(teacher.id)).toBe(chosen);
  await page.reload();
  await expect(title).toHaveValue(chosen);
});

test("a refused county target keeps the chosen county and everything typed", async ({ page }) => {
  const countyId = await firstId("SELECT id FROM counties WHERE name = '商河县'");
  await signedInAs(page, "jinan.staff");
  await page.goto("/indicators/rural_schools_in_groups_share");
  await page.getByLabel("县（市、区）", { exact: true }).selectOption(String(countyId));
  await page.getByLabel(/目标值/).fill("120");
  await page.getByLabel("说明").fill("县里自定");
  await page.getByRole("button", { name: "保存目标" }).click();
  await expect(page.getByText("百分比须在 0–100 之间。")).toBeVisible();
  await expect(page.getByLabel("县（市、区）", { exact: true })).toHaveValue(String(countyId));
  await expect(page.getByLabel(/目标值/)).toHaveValue("120");
  await expect(page.getByLabel("说明")).toHaveValue("县里自定");
});

test("leaving a form with unsaved changes asks first; after a save it does not", async ({ page }) => {
  const teacher = await principalTeacher();
  await signedInAs(page, "binzhou.principal");
  await page.goto(`/schools/${teacher.schoolId}/teachers/${teacher.id}`);
  const dialogs: string[] = [];
  let answer: "accept" | "dismiss" = "dismiss";
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog[answer]();
  });
  const back = page.getByRole("link", { name: "返回名册" });

  // Nothing changed: the link is followed without a question.
  await back.click();
  await expect(page).toHaveURL(new RegExp(`/schools/${teacher.schoolId}/teachers$`));
  expect(dialogs).toEqual([]);
  await page.goBack();

  const hours = page.getByLabel("五年培训学时");
  const shown = await hours.inputValue();
  await hours.fill("99");
  await back.click();
  expect(dialogs).toEqual(["confirm: 您有尚未保存的修改，确定离开此页面吗？"]);
  await expect(page).toHaveURL(new RegExp(`/teachers/${teacher.id}$`));
  await expect(hours).toHaveValue("99");

  // Typing the value back leaves nothing to lose.
  await hours.fill(shown);
  await back.click();
  await expect(page).toHaveURL(new RegExp(`/schools/${teacher.schoolId}/teachers$`));
  expect(dialogs).toHaveLength(1);
  await page.goBack();

  // Answering "leave" follows the link.
  await page.getByLabel("五年培训学时").fill("98");
  answer = "accept";
  await back.click();
  await expect(page).toHaveURL(new RegExp(`/schools/${teacher.schoolId}/teachers$`));
  expect(dialogs).toHaveLength(2);
  await page.goBack();

  // After a successful save there is nothing to lose.
  await page.getByLabel("五年培训学时").fill("97");
  await page.getByRole("button", { name: "保存修改" }).click();
  await expect(page.getByRole("status").filter({ hasText: "教师信息已保存" })).toBeVisible();
  await back.click();
  await expect(page).toHaveURL(new RegExp(`/schools/${teacher.schoolId}/teachers$`));
  expect(dialogs).toHaveLength(2);
});

/** Whether React has taken over the element (hydrated it), so that the form's effects have run or are about to. */
async function untilHydrated(page: Page, selector: string) {
  await expect
    .poll(() =>
      page.evaluate(
        (css) => Object.keys(document.querySelector(css) ?? {}).some((key) => key.startsWith("__reactFiber")),
        selector,
      ),
    )
    .toBe(true);
  // Passive effects run after the commit that hydrated the element: one frame and one task later they have.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
}

function recordDialogs(page: Page) {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.type());
    void dialog.dismiss();
  });
  return dialogs;
}

test("closing or reloading the page with unsaved changes asks the browser's question", async ({ page }) => {
  const teacher = await principalTeacher();
  await signedInAs(page, "binzhou.principal");
  await page.goto(`/schools/${teacher.schoolId}/teachers/${teacher.id}`);
  const dialogs = recordDialogs(page);
  await page.getByLabel("姓名").fill("改了名字");
  await untilHydrated(page, "form");
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => dialogs).toEqual(["beforeunload"]);
});

test("what was typed before the page's script ran still counts as unsaved", async ({ page }) => {
  const teacher = await principalTeacher();
  await signedInAs(page, "binzhou.principal");
  // Hold the page's script back until the name has been typed, as on a slow phone.
  let releaseScripts!: () => void;
  const scriptsHeld = new Promise<void>((release) => (releaseScripts = release));
  await page.route("**/_next/static/chunks/**", async (route) => {
    await scriptsHeld;
    await route.continue();
  });
  await page.goto(`/schools/${teacher.schoolId}/teachers/${teacher.id}`, { waitUntil: "commit" });
  const dialogs = recordDialogs(page);
  await page.getByLabel("姓名").fill("脚本之前改的名字");
  releaseScripts();
  await untilHydrated(page, "form");
  await expect(page.getByLabel("姓名")).toHaveValue("脚本之前改的名字");
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => dialogs).toEqual(["beforeunload"]);
});

test("a save over someone else's newer change is refused with who changed what, and writes nothing", async ({
  browser,
}) => {
  const teacher = await principalTeacher();
  const [first, second] = [
    await signedInPage(browser, "binzhou.principal"),
    await signedInPage(browser, "binzhou.principal"),
  ];
  for (const page of [first, second]) await page.goto(`/schools/${teacher.schoolId}/teachers/${teacher.id}`);
  await first.getByLabel("职称").selectOption("PROFESSOR");
  await first.getByRole("button", { name: "保存修改" }).click();
  await expect(first.getByRole("status").filter({ hasText: "教师信息已保存" })).toBeVisible();

  await second.getByLabel("职称").selectOption("THIRD");
  await second.getByLabel("五年培训学时").fill("77");
  await second.getByRole("button", { name: "保存修改" }).click();
  const refusal = second.getByRole("alert").filter({ hasText: "修改了此记录，您的保存未生效" });
  await expect(refusal).toBeVisible();
  await expect(refusal).toContainText("职称：现为 正高级教师，您填写的是 三级教师");
  await expect(refusal).toContainText("五年培训学时：现为");
  // What was typed stays in the form.
  await expect(second.getByLabel("职称")).toHaveValue("THIRD");
  await expect(second.getByLabel("五年培训学时")).toHaveValue("77");
  expect(await storedTitle(teacher.id)).toBe("PROFESSOR");
  await Promise.all([first.context().close(), second.context().close()]);
});
