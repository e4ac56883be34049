import { describe, expect, it } from "vitest";
import { composeMessage } from "@/lib/notifications/compose-message";
import { noticePeriodParams } from "@/lib/notifications/notice-text";
import { isAllowedWebhook, robotLabel } from "@/lib/notifications/robot-settings";

// The texts are the inbox's own (lib/i18n/messages/*/inbox.json), rendered the way the inbox renders them.
describe("outgoing messages", () => {
  it("a reminder due today reads in Chinese, with an absolute link when the app's URL is known", async () => {
    const message = await composeMessage(
      {
        kind: "DEADLINE_REMINDER",
        params: {
          county: "寿光市",
          countyEn: "Shouguang",
          year: 2026,
          quarter: 4,
          deadline: "2027-01-08",
          daysLeft: 0,
        },
        link: "/submissions/42",
      },
      "zh",
      "https://rerm.example.cn",
    );
    expect(message.title).toBe("寿光市2026年第4季度调度催报");
    expect(message.body).toBe("今天截止（2027-01-08）。尚未提交审核，请尽快填报。");
    expect(message.subject).toBe("【乡村教育振兴监测平台】寿光市2026年第4季度调度催报");
    expect(message.url).toBe("https://rerm.example.cn/submissions/42");
    expect(message.markdown).toBe(
      "### 寿光市2026年第4季度调度催报\n\n今天截止（2027-01-08）。尚未提交审核，请尽快填报。\n\n[查看](https://rerm.example.cn/submissions/42)",
    );
    expect(message.text).toContain("查看: https://rerm.example.cn/submissions/42");
  });

  it("a returned report carries its reason; English when the reader's language is English", async () => {
    const notice = {
      kind: "REPORT_RETURNED" as const,
      params: { county: "寿光市", countyEn: "Shouguang", year: 2026, quarter: 3, reason: "学生数有误" },
      link: "/submissions/7",
    };
    expect((await composeMessage(notice, "zh", undefined)).body).toBe("退回原因：学生数有误");
    const english = await composeMessage(notice, "en", undefined);
    expect(english.title).toContain("Shouguang");
    expect(english.url).toBe("/submissions/7");
    expect(english.subject).toBe(`[Rural Education Revitalization Monitor] ${english.title}`);
  });

  it("a monthly collection's notice names its period, not a quarter (decision 0044)", async () => {
    const period = {
      periodType: "MONTH" as const,
      year: 2026,
      sequence: 9,
      quarter: null,
      startsOn: new Date("2026-09-01"),
      endsOn: new Date("2026-09-30"),
      collection: { nameZh: "月调度表", nameEn: "Monthly report" },
    };
    const notice = {
      kind: "REPORT_APPROVED" as const,
      params: { county: "商河县", countyEn: "Shanghe", ...noticePeriodParams(period) },
      link: "/submissions/9",
    };
    expect((await composeMessage(notice, "zh", undefined)).title).toBe(
      "商河县「月调度表 2026年9月」已审核通过",
    );
    expect((await composeMessage(notice, "en", undefined)).title).toBe(
      "Shanghe: Monthly report September 2026 approved",
    );
    // A quarter of the quarterly report keeps the params (and so the texts) of every notice sent before.
    expect(noticePeriodParams({ ...period, periodType: "QUARTER", sequence: 3, quarter: 3 })).toEqual({
      year: 2026,
      quarter: 3,
    });
  });
});

describe("robot webhooks", () => {
  it("names a robot by host and the token's last four characters, never the token", () => {
    expect(
      robotLabel("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa"),
    ).toBe("qyapi.weixin.qq.com …5aaa");
    expect(robotLabel("https://oapi.dingtalk.com/robot/send?access_token=abcdef123")).toBe(
      "oapi.dingtalk.com …f123",
    );
  });

  it("accepts the robots' own hosts over https and refuses other hosts, http and credentials (SSRF)", () => {
    expect(isAllowedWebhook("WECOM", "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k", [])).toBe(
      true,
    );
    expect(isAllowedWebhook("WECOM", "http://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k", [])).toBe(
      false,
    );
    expect(isAllowedWebhook("WECOM", "https://oapi.dingtalk.com/robot/send?access_token=k", [])).toBe(false);
    expect(isAllowedWebhook("DINGTALK", "https://oapi.dingtalk.com/robot/send?access_token=k", [])).toBe(
      true,
    );
    expect(isAllowedWebhook("DINGTALK", "http://127.0.0.1:8080/robot", [])).toBe(false);
    expect(isAllowedWebhook("DINGTALK", "http://127.0.0.1:8080/robot", ["127.0.0.1"])).toBe(true);
    expect(isAllowedWebhook("DINGTALK", "https://u:p@oapi.dingtalk.com/robot/send", [])).toBe(false);
    expect(isAllowedWebhook("DINGTALK", "not a url", [])).toBe(false);
  });
});
