import { describe, expect, it } from "vitest";
import { MAX_IMPORT_FILE_BYTES, SERVER_ACTION_BODY_LIMIT_BYTES } from "@/lib/imports/upload-limits";
import { refuseOversizedBody } from "@/lib/security/oversized-body";

const post = (headers: Record<string, string>) =>
  new Request("http://localhost/imports", { method: "POST", headers });

describe("refuseOversizedBody", () => {
  it("passes a body up to the server actions' limit, which leaves room around the largest file", () => {
    expect(SERVER_ACTION_BODY_LIMIT_BYTES).toBeGreaterThan(MAX_IMPORT_FILE_BYTES);
    expect(
      refuseOversizedBody(post({ "content-length": String(SERVER_ACTION_BODY_LIMIT_BYTES) })),
    ).toBeNull();
    expect(refuseOversizedBody(post({ "content-length": "0" }))).toBeNull();
    expect(refuseOversizedBody(new Request("http://localhost/"))).toBeNull();
  });

  it("answers a larger body with 413 and a message in both languages", async () => {
    const response = refuseOversizedBody(
      post({ "content-length": String(SERVER_ACTION_BODY_LIMIT_BYTES + 1) }),
    )!;
    expect(response.status).toBe(413);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await response.text()).toBe(
      "上传的内容过大：文件不能超过 10 MB，请拆分成几个文件分批导入。\n" +
        "The upload is too large: a file may be at most 10 MB; split it into several files.\n",
    );
    expect(refuseOversizedBody(post({ "content-length": "1e9" }))?.status).toBe(413);
  });

  it("answers a POST that does not state its length with 411", () => {
    expect(refuseOversizedBody(post({ "transfer-encoding": "chunked" }))?.status).toBe(411);
  });
});
