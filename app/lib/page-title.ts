import type { MetaFunction } from "@remix-run/react";
import { defaultLocale, translator, type Locale, type MessageKey } from "~/i18n";

/** A `meta` export for a private page: just a localised title (no SEO tags, not indexed). */
export function privatePageMeta(title: MessageKey): MetaFunction {
  return ({ matches }) => {
    const root = matches.find((m) => m.id === "root")?.data as { locale?: Locale } | undefined;
    const t = translator(root?.locale ?? defaultLocale);
    return [{ title: `${t(title)} | ${t("site.name")}` }, { name: "robots", content: "noindex" }];
  };
}
