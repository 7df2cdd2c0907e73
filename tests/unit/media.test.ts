import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openMedia } from "~/modules/media/media.server";

describe("media store reads (the /media route)", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "qm-media-"));
  const before = process.env.DATA_DIR;
  beforeAll(() => {
    process.env.DATA_DIR = dir;
    mkdirSync(path.join(dir, "uploads", "products", "p-1"), { recursive: true });
    writeFileSync(path.join(dir, "uploads", "products", "p-1", "1-320.webp"), "RIFF....WEBP");
    writeFileSync(path.join(dir, "secret.webp"), "not in the store");
  });
  afterAll(() => {
    process.env.DATA_DIR = before;
    rmSync(dir, { recursive: true, force: true });
  });

  it("serves a stored picture", async () => {
    const file = await openMedia("products/p-1/1-320.webp");
    expect(file?.size).toBe(12);
  });

  it("refuses keys that leave the store, are not pictures, or do not exist", async () => {
    for (const key of [
      "../secret.webp",
      "products/../../secret.webp",
      "/etc/passwd",
      "products/p-1/1-320.png",
      "products//p-1/1-320.webp",
      "products/p-1/9-320.webp",
      "",
    ]) {
      expect(await openMedia(key), key).toBeNull();
    }
  });
});
