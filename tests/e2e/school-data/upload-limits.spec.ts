import { MAX_IMPORT_FILE_BYTES, SERVER_ACTION_BODY_LIMIT_BYTES } from "@/lib/imports/upload-limits";
import { signedInAs } from "../support/auth";
import { e2eDatabase } from "../support/database";
import { expect, test } from "../support/test";

// The upload limit (lib/imports/upload-limits.ts) holds end to end: a file just under it imports (the framework once
// passed on only the first 10 MB of the body and the action failed with HTTP 500), a file just over it is refused in
// the browser with the limit named, and a body over the server's limit is answered 413 with a message, not 500.

const HEADER =
  "学校标识码,教职工编号,姓名,性别,出生日期,最高学历,是否专任教师,任教学科,职称,骨干教师级别,是否持有教师资格证,五年培训学时,参加工作时间,备注";
const ROWS = [
  ",E2ELIM01,限额甲,女,1988/4/12,本科,是,语文,一级教师,无,是,120,2010.9",
  ",E2ELIM02,限额乙,男,1990-01-31,大专,是,数学,二级教师,县级骨干,是,80,2012年9月",
  ",E2ELIM03,限额丙,女,1985年3月5日,硕士,否,英语,高级教师,无,是,360,",
];

/** A roster CSV of exactly `bytes` bytes: three teachers, the rest a long 备注 (a column the import ignores). */
function rosterOfSize(bytes: number) {
  const head = `\uFEFF${HEADER}\n${ROWS.slice(0, 2)
    .map((row) => `${row},`)
    .join("\n")}\n${ROWS[2]},`;
  const used = Buffer.byteLength(head) + 1; // the final newline
  return {
    name: "名册.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`${head}${"x".repeat(bytes - used)}\n`),
  };
}

test("a roster file just under the limit imports, one just over it is refused with the limit named", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { rows } = await e2eDatabase().query<{ schoolId: number }>(
    `SELECT school_id AS "schoolId" FROM users WHERE login_name = 'jinan.principal'`,
  );
  const { schoolId } = rows[0]!;
  await signedInAs(page, "jinan.principal");
  await page.goto(`/schools/${schoolId}/teachers/import`);
  const rosterCard = page.locator("section", { has: page.getByRole("heading", { name: "教师名册" }) });

  const justOver = rosterOfSize(MAX_IMPORT_FILE_BYTES + 1);
  expect(justOver.buffer.byteLength).toBe(MAX_IMPORT_FILE_BYTES + 1);
  await rosterCard.getByLabel("文件").setInputFiles(justOver);
  await rosterCard.getByRole("button", { name: "上传并导入" }).click();
  await expect(rosterCard.getByText("文件超过 10 MB，无法上传")).toBeVisible();

  const justUnder = rosterOfSize(MAX_IMPORT_FILE_BYTES);
  expect(justUnder.buffer.byteLength).toBe(MAX_IMPORT_FILE_BYTES);
  await rosterCard.getByLabel("文件").setInputFiles(justUnder);
  await rosterCard.getByRole("button", { name: "上传并导入" }).click();
  await expect(rosterCard.getByText("已导入 3 行：新增 3，更新 0。")).toBeVisible({ timeout: 60_000 });
  await expect(rosterCard.getByText("文件超过 10 MB")).toHaveCount(0);
  const { rows: stored } = await e2eDatabase().query<{ staffNo: string; hiredOn: string | null }>(
    `SELECT staff_no AS "staffNo", to_char(hired_on, 'YYYY-MM-DD') AS "hiredOn" FROM teachers
     WHERE staff_no LIKE 'E2ELIM%' ORDER BY staff_no`,
  );
  expect(stored).toEqual([
    { staffNo: "E2ELIM01", hiredOn: "2010-09-01" },
    { staffNo: "E2ELIM02", hiredOn: "2012-09-01" },
    { staffNo: "E2ELIM03", hiredOn: null },
  ]);

  // Past the browser's check (a script posting to the action): a body over the server's limit gets 413 and words.
  const tooLarge = await page.request.post(`/schools/${schoolId}/teachers/import`, {
    headers: { "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8" },
    data: Buffer.alloc(SERVER_ACTION_BODY_LIMIT_BYTES + 1, "x"),
  });
  expect(tooLarge.status()).toBe(413);
  expect(await tooLarge.text()).toContain("上传的内容过大：文件不能超过 10 MB");
});
