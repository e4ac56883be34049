// Projects (issue 15, Projects; decision 0021): a county officer enters a project, records its progress with a
// note, and sees it flagged overdue in the county's list; city staff see it in the list across counties and read
// it; another county's officer finds no such project.
import { expect, test } from "../support/test";
import { signedInAs, signedInPage } from "../support/auth";
import { checkPage } from "../support/axe";

const NAME = "商河县端到端测试教学楼改造";
const day = (offset: number) => {
  const date = new Date(Date.now() + 8 * 3_600_000); // Beijing's calendar day, as the server's "today"
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
};

test("a county officer enters a project, records progress, and sees it overdue; city staff see it too", async ({
  page,
  browser,
}, testInfo) => {
  await signedInAs(page, "jinan.shanghe");
  await page.goto("/");
  await page.getByRole("link", { name: "建设项目" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("建设项目");
  await checkPage(page, testInfo, "projects");

  await page.getByRole("link", { name: "新增项目" }).click();
  await page.getByLabel("项目名称").fill(NAME);
  await page.getByLabel("项目类别").selectOption({ label: "维修改造" });
  await page.getByLabel("学校").selectOption({ index: 1 });
  await page.getByLabel("预算（元）").fill("2,000,000");
  // Planned to finish five days ago: overdue whatever is recorded, until it is completed.
  await page.getByLabel("计划开工日期").fill(day(-90));
  await page.getByLabel("计划竣工日期").fill(day(-5));
  await checkPage(page, testInfo, "project-new");
  await page.getByRole("button", { name: "新增项目" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(NAME);
  await expect(page.getByText("进度滞后").first()).toBeVisible();
  await expect(page.getByText("尚无进度更新。")).toBeVisible();

  // A refused update (more spent than received) keeps what was typed.
  await page.getByLabel("状态").selectOption({ label: "在建" });
  await page.getByLabel("进度（%）").fill("60");
  await page.getByLabel("到位资金（元）").fill("800000");
  await page.getByLabel("已支出（元）").fill("900000");
  await page.getByLabel("实际开工日期").fill(day(-80));
  await page.getByLabel("更新说明").fill("主体结构完工，进入装修阶段。");
  await page.getByRole("button", { name: "提交进度更新" }).click();
  await expect(page.getByText("已支出不能超过到位资金。")).toBeVisible();
  await expect(page.getByLabel("更新说明")).toHaveValue("主体结构完工，进入装修阶段。");
  await page.getByLabel("已支出（元）").fill("500000");
  await page.getByRole("button", { name: "提交进度更新" }).click();
  await expect(page.getByText("进度更新已记录。")).toBeVisible();
  const history = page.getByRole("table", { name: "更新记录" });
  await expect(history.getByRole("row", { name: /主体结构完工/ })).toContainText("在建");
  await checkPage(page, testInfo, "project");

  await page.goto(`/projects?q=${encodeURIComponent(NAME)}&overdue=yes`);
  const row = page.getByRole("row", { name: new RegExp(NAME) });
  await expect(row).toContainText("在建");
  await expect(row).toContainText("60");
  await expect(row).toContainText("进度滞后");

  const staff = await signedInPage(browser, "jinan.staff");
  await staff.goto(`/projects?q=${encodeURIComponent(NAME)}`);
  const cityRow = staff.getByRole("row", { name: new RegExp(NAME) });
  await expect(cityRow).toContainText("商河县");
  await expect(cityRow).toContainText("进度滞后");
  await expect(staff.getByRole("link", { name: "新增项目" })).toHaveCount(0);
  // City staff read the project and its history; they record nothing.
  await cityRow.getByRole("link", { name: NAME }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText(NAME);
  await expect(staff.getByRole("row", { name: /主体结构完工/ })).toBeVisible();
  await expect(staff.getByRole("button", { name: "提交进度更新" })).toHaveCount(0);
  const projectPath = new URL(staff.url()).pathname;
  await staff.context().close();

  // Another county's officer (of another city; weifang.changle is deactivated by the user-admin test): the
  // project is not there, a forged id reads as missing.
  const other = await signedInPage(browser, "binzhou.huimin");
  expect((await other.goto(projectPath))?.status()).toBe(404);
  await other.context().close();
});
