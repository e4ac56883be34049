// Message channels (decision 0042): city staff set the city's group robots on /admin/notifications (a webhook of
// another host is refused with a field error, the typed input kept), and read the send log with its status filter.
import { loginAs } from "../support/auth";
import { e2eDatabase } from "../support/database";
import { mailsTo } from "../support/mailbox";
import { expect, test } from "../support/test";

// The robots set here are the platforms' real hosts: removed afterwards, so that the 催报 of later tests (the job
// engine runs in the e2e server) posts nothing to the internet.
test.afterAll(async () => {
  await e2eDatabase().query(
    `DELETE FROM settings s USING users u
      WHERE u.login_name = 'binzhou.staff' AND s.city_id = u.city_id
        AND s.key IN ('wecom_webhook', 'dingtalk_webhook', 'dingtalk_secret')`,
  );
});

test("city staff set the group robots and read the send log", async ({ page }) => {
  await loginAs(page, "binzhou.staff");
  await page.goto("/admin/notifications");
  await expect(page.getByRole("heading", { name: "消息渠道与发送记录" })).toBeVisible();
  const wecom = page.getByLabel("企业微信群机器人 Webhook 地址");
  await wecom.fill("https://intranet.example.cn/robot?key=abc");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("须为该平台的官方 Webhook 地址（https）。")).toBeVisible();
  await expect(wecom).toHaveValue("https://intranet.example.cn/robot?key=abc");

  await wecom.fill("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=e2e-robot-7777");
  await page.getByLabel("钉钉加签密钥（可选）").fill("SECe2e0123456789abcdef");
  await page
    .getByLabel("钉钉群机器人 Webhook 地址")
    .fill("https://oapi.dingtalk.com/robot/send?access_token=e2e8888");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("群机器人设置已保存。")).toBeVisible();
  await page.reload();
  await expect(page.getByText("已设置加签密钥；留空则保持不变。")).toBeVisible();
  const { rows } = await e2eDatabase().query<{ value: unknown }>(
    `SELECT s.value FROM settings s JOIN users u ON u.city_id = s.city_id
      WHERE u.login_name = 'binzhou.staff' AND s.key = 'dingtalk_secret'`,
  );
  expect(rows[0]!.value).toBe("SECe2e0123456789abcdef");

  // The send log, filtered by status: a failed robot message shows its attempts and error, a sent e-mail does not.
  await e2eDatabase().query(
    `INSERT INTO message_deliveries (city_id, channel, target, kind, params, link, dedupe_key, status, attempts, last_error, updated_at)
     SELECT u.city_id, v.channel::delivery_channel, v.target, 'DEADLINE_REMINDER', '{"county":"惠民县","year":2026,"quarter":4,"deadline":"2027-01-08","daysLeft":0}', '/submissions', v.key, v.status::delivery_status, v.attempts, v.error, now()
       FROM users u, (VALUES ('WECOM', 'qyapi.weixin.qq.com …7777', 'e2e:failed', 'FAILED', 6, 'HTTP 500'),
                             ('EMAIL', 'huimin@example.cn', 'e2e:sent', 'SENT', 1, NULL),
                             ('EMAIL', 'retry@e2e.test', 'e2e:failed-mail', 'FAILED', 6, 'connect ECONNREFUSED')) AS v(channel, target, key, status, attempts, error)
      WHERE u.login_name = 'binzhou.staff'
     ON CONFLICT DO NOTHING`,
  );
  await page.getByLabel("状态").selectOption({ label: "失败" });
  await page.getByRole("button", { name: "筛选" }).click();
  const log = page.getByRole("table", { name: "发送记录" });
  await expect(
    log.getByRole("row", { name: /企业微信.*惠民县2026年第4季度调度催报.*失败.*6.*HTTP 500/ }),
  ).toBeVisible();
  await expect(log.getByText("huimin@example.cn")).toHaveCount(0);

  // A failed e-mail sent again: the page only re-queues it (audited); the job engine sends it to the SMTP sink.
  // The button names the message for a screen reader ("重新发送: 惠民县…（retry@e2e.test）").
  await log
    .getByRole("button", { name: /^重新发送\s*:\s*惠民县2026年第4季度调度催报（retry@e2e\.test）$/ })
    .click();
  // Queued again, it leaves the list of failed ones (with its button and the form's message).
  await expect(log.getByText("retry@e2e.test")).toHaveCount(0);
  await expect
    .poll(() => mailsTo("retry@e2e.test").map((mail) => mail.subject), { timeout: 30_000 })
    .toEqual(["【乡村教育振兴监测平台】惠民县2026年第4季度调度催报"]);
  // The engine marks it sent once the SMTP server has answered, a moment after the sink has the mail.
  const retried = async () =>
    (
      await e2eDatabase().query<{ status: string; audited: number }>(
        `SELECT d.status::text AS status,
                (SELECT count(*)::int FROM audit_logs a WHERE a.entity = 'message_delivery' AND a.action = 'retry'
                   AND a.entity_id = d.id::text) AS audited
           FROM message_deliveries d WHERE d.dedupe_key = 'e2e:failed-mail'`,
      )
    ).rows;
  await expect.poll(retried, { timeout: 10_000 }).toEqual([{ status: "SENT", audited: 1 }]);
  // Sent now, it is listed as sent, without a retry button; the failed robot message keeps its own.
  await page.getByLabel("状态").selectOption({ label: "已发送" });
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(log.getByRole("row", { name: /电子邮件.*retry@e2e\.test.*已发送/ })).toBeVisible();
  await expect(log.getByRole("button", { name: /^重新发送/ })).toHaveCount(0);
});
