import { describe, expect, it } from "vitest";
import { clientIpFrom } from "@/lib/auth/request";
import { generateTemporaryPassword } from "@/lib/auth/temporary-password";
import { changeOwnPasswordSchema, newPasswordSchema } from "@/lib/schemas/auth";

describe("temporary passwords", () => {
  it("are 12 characters with letters and digits and no look-alikes", () => {
    for (let i = 0; i < 200; i++) {
      const password = generateTemporaryPassword();
      expect(password).toHaveLength(12);
      expect(password).toMatch(/[A-Za-z]/);
      expect(password).toMatch(/[0-9]/);
      expect(password).not.toMatch(/[0O1lI]/);
      expect(newPasswordSchema.safeParse(password).success).toBe(true);
    }
  });
});

describe("password rules", () => {
  it("rejects short, letter-less and digit-less passwords", () => {
    expect(newPasswordSchema.safeParse("short1").error?.issues[0]?.message).toBe("passwordTooShort");
    expect(newPasswordSchema.safeParse("12345678901").error?.issues[0]?.message).toBe("passwordNeedsLetter");
    expect(newPasswordSchema.safeParse("abcdefghijk").error?.issues[0]?.message).toBe("passwordNeedsDigit");
  });

  it("refuses common passwords and ones built from common parts", () => {
    for (const common of ["Password123", "password1234", "Qwerty123456", "1qaz2wsx3edc", "abc123456789"])
      expect(newPasswordSchema.safeParse(common).error?.issues.map((i) => i.message)).toContain(
        "passwordTooCommon",
      );
    for (const fine of ["Xk7-mQ2v-Lp9", "Temp-pass-2026", "New-pass-2026x"])
      expect(newPasswordSchema.safeParse(fine).success).toBe(true);
  });

  it("requires the confirmation to match and the password to change", () => {
    const differ = changeOwnPasswordSchema.safeParse({
      currentPassword: "Old-pass-123",
      newPassword: "New-pass-123",
      confirmPassword: "New-pass-124",
    });
    expect(differ.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["confirmPassword", "passwordsDiffer"],
    ]);
    const same = changeOwnPasswordSchema.safeParse({
      currentPassword: "Same-pass-123",
      newPassword: "Same-pass-123",
      confirmPassword: "Same-pass-123",
    });
    expect(same.error?.issues.map((i) => i.message)).toEqual(["passwordUnchanged"]);
  });
});

describe("client address for the audit log", () => {
  it("takes the first forwarded address, then x-real-ip", () => {
    expect(clientIpFrom(new Headers({ "x-forwarded-for": "203.0.113.7, 10.0.0.1" }))).toBe("203.0.113.7");
    expect(clientIpFrom({ "x-real-ip": "198.51.100.2" })).toBe("198.51.100.2");
    expect(clientIpFrom(new Headers())).toBeNull();
    expect(clientIpFrom(undefined)).toBeNull();
  });
});
