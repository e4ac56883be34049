// The school register (issue 15, Schools; decision 0019): a county officer adds a school to its county, finds it by
// its 学校标识码 in the list, and closes it (撤并); another county's school is not there to edit.
import { expect, test } from "../support/test";
import { signedInAs } from "../support/auth";
import { checkPage } from "../support/axe";
import { firstId } from "../support/database";

const CODE = "3701269901";
const NAME = "商河县端到端测试小学";

test("a county officer creates a school, finds it by its code in the register, and closes it", async ({
  page,
}, testInfo) => {
  await signedInAs(page, "jinan.shanghe");
  await page.goto("/");
  await page.getByRole("link", { name: "学校名录" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("学校名录");
  await checkPage(page, testInfo, "school-register");

  await page.getByRole("link", { name: "新增学校" }).click();
  await page.getByLabel("学校标识码").fill(CODE);
  await page.getByLabel("学校名称").fill(NAME);
  const town = page.getByLabel("乡镇（街道）");
  await town.selectOption({ index: 1 });
  await page.getByLabel("学段类型").selectOption({ label: "小学" });
  await page.getByLabel("办学性质").selectOption({ label: "公办" });
  await page.getByLabel("城乡分类代码").selectOption("220");
  await expect(page.getByText("城乡类别：乡村")).toBeVisible();
  await checkPage(page, testInfo, "school-new");
  // A refused submission (a town-seat school must have a 镇区 code) keeps everything typed, selects included.
  await page.getByLabel("镇驻地学校").check();
  await page.getByRole("button", { name: "新增学校" }).click();
  await expect(page.getByText("请修正标出的错误后再提交。")).toBeVisible();
  await expect(page.getByLabel("学校标识码")).toHaveValue(CODE);
  await expect(page.getByLabel("学校名称")).toHaveValue(NAME);
  await expect(page.getByLabel("城乡分类代码")).toHaveValue("220");
  await expect(page.getByLabel("镇驻地学校")).toBeChecked();
  await page.getByLabel("镇驻地学校").uncheck();
  await page.getByRole("button", { name: "新增学校" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`编辑学校 · ${NAME}`);

  await page.goto("/schools");
  await page.getByLabel("搜索").fill(CODE);
  await page.getByRole("button", { name: "筛选" }).click();
  const row = page.getByRole("row", { name: new RegExp(CODE) });
  await expect(row).toContainText(NAME);
  await expect(row).toContainText("乡村");
  await expect(row).toContainText("在办");

  await row.getByRole("link", { name: "编辑" }).click();
  // A change of the code asks whether it is a change from a day (the earlier quarters keep 乡村) or a correction.
  await expect(page.getByRole("group", { name: "城乡分类或镇驻地的变更" })).toHaveCount(0);
  await page.getByLabel("城乡分类代码").selectOption("121");
  const change = page.getByRole("group", { name: "城乡分类或镇驻地的变更" });
  await expect(change.getByLabel(/实际变更/)).toBeChecked();
  await change.getByRole("textbox", { name: "生效日期" }).fill("2026-09-01");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("学校信息已保存。")).toBeVisible();
  await expect(page.getByText("2026年9月1日 前：220 村庄 · 乡村")).toBeVisible();
  await expect(page.getByRole("group", { name: "城乡分类或镇驻地的变更" })).toHaveCount(0);

  await page.getByLabel("撤并日期").fill("2026-08-31");
  await page.getByRole("button", { name: "撤并", exact: true }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText(`确定撤并${NAME}吗？`);
  await dialog.getByRole("button", { name: "确认" }).click();
  await expect(page.getByText("学校已撤并。")).toBeVisible();
  await expect(page.getByRole("button", { name: "恢复办学" })).toBeVisible();

  await page.goto(`/schools?q=${CODE}&status=closed`);
  await expect(page.getByRole("row", { name: new RegExp(CODE) })).toContainText("已撤并");
});

test("a county officer cannot open another county's school in the register", async ({ page }) => {
  const otherSchool = await firstId(
    "SELECT s.id FROM schools s JOIN counties c ON c.id = s.county_id WHERE c.name = '历下区' ORDER BY s.id LIMIT 1",
  );
  await signedInAs(page, "jinan.shanghe");
  const response = await page.goto(`/schools/${otherSchool}/edit`);
  expect(response?.status()).toBe(404);
});
