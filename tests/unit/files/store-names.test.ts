import { describe, expect, it } from "vitest";
import { objectKeyOf, storedName } from "@/lib/files/store-names";

const SHA = "ab" + "0123456789abcdef".repeat(3) + "0123456789abcd";

describe("stored names", () => {
  it("are SHA-256 hex and nothing else", () => {
    expect(SHA).toHaveLength(64);
    expect(storedName(SHA)).toBe(SHA);
    expect(() => storedName(SHA.toUpperCase())).toThrow();
    expect(() => storedName("../../etc/passwd")).toThrow();
    expect(() => storedName(SHA.slice(1))).toThrow();
  });

  it("become object keys under the prefix, split after two characters like the local folder", () => {
    const rest = SHA.slice(2);
    expect(objectKeyOf("evidence/", SHA)).toBe(`evidence/ab/${rest}`);
    expect(objectKeyOf("evidence", SHA)).toBe(`evidence/ab/${rest}`);
    expect(objectKeyOf("", SHA)).toBe(`ab/${rest}`);
  });
});
