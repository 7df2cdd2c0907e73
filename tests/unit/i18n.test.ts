import { describe, expect, it } from "vitest";
import { detectLocale, translator } from "~/i18n";
import { en } from "~/i18n/en";
import { zhCN } from "~/i18n/zh-CN";

describe("i18n", () => {
  it("defaults to Chinese, honours the cookie, then Accept-Language", () => {
    expect(detectLocale(null, null)).toBe("zh-CN");
    expect(detectLocale(null, "en-US,en;q=0.9")).toBe("en");
    expect(detectLocale(null, "fr-FR, en;q=0.5")).toBe("en");
    expect(detectLocale(null, "en;q=0.4, zh-TW;q=0.8")).toBe("zh-CN");
    expect(detectLocale("a=1; lang=en", "zh-CN")).toBe("en");
    expect(detectLocale("lang=zh-CN", "en")).toBe("zh-CN");
    expect(detectLocale("lang=xx", "en")).toBe("en");
  });

  it("fills parameters", () => {
    expect(translator("zh-CN")("product.lowStock", { count: 3 })).toBe("仅剩3件");
    expect(translator("en")("product.lowStock", { count: 3 })).toBe("Only 3 left");
  });

  it("every English message is translated (not left as the Chinese text)", () => {
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) {
      expect(en[key], key).toBeTruthy();
      if (/[\u4e00-\u9fff]/.test(en[key]) && key !== "locale.switch") {
        throw new Error(`en["${key}"] still contains Chinese: ${en[key]}`);
      }
    }
  });
});
