import { createContext, useContext } from "react";
import { authEn } from "./auth.en";
import { authZhCN, type AuthMessageKey } from "./auth.zh-CN";
import { en } from "./en";
import { zhCN, type MessageKey as BaseMessageKey } from "./zh-CN";

export const locales = ["zh-CN", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "zh-CN";
/** Every message key: the base dictionary plus feature dictionaries kept in their own files. */
export type MessageKey = BaseMessageKey | AuthMessageKey;
type Messages = Record<MessageKey, string>;

const zhAll: Messages = { ...zhCN, ...authZhCN };
const dictionaries: Record<Locale, Messages> = { "zh-CN": zhAll, en: { ...en, ...authEn } };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** A translate function for a locale: `t("pagination.page", { page: 2 })`. */
export function translator(locale: Locale): Translate {
  const dict = dictionaries[locale];
  return (key, params) => {
    const text = dict[key] ?? zhAll[key] ?? key;
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (m, name: string) =>
      name in params ? String(params[name]) : m,
    );
  };
}

/** Picks the locale: the `lang` cookie first, then Accept-Language, then zh-CN. */
export function detectLocale(cookieHeader: string | null, acceptLanguage: string | null): Locale {
  const cookie = /(?:^|;\s*)lang=([^;]+)/.exec(cookieHeader ?? "")?.[1];
  if (cookie === "en" || cookie === "zh-CN") return cookie;
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = Number(params.find((p) => p.trim().startsWith("q="))?.trim().slice(2) ?? "1");
      return { tag: tag.toLowerCase(), q: Number.isFinite(q) ? q : 0 };
    })
    .filter((x) => x.tag && x.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith("zh")) return "zh-CN";
    if (tag.startsWith("en")) return "en";
  }
  return defaultLocale;
}

/** Picks the localised one of a pair of fields (e.g. nameZh / nameEn). */
export function pick(locale: Locale, zh: string, enText: string | null | undefined): string {
  return locale === "en" && enText ? enText : zh;
}

interface I18n {
  locale: Locale;
  t: Translate;
}

export const I18nContext = createContext<I18n>({
  locale: defaultLocale,
  t: translator(defaultLocale),
});

/** The current locale and translate function. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
