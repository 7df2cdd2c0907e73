import type { MetaDescriptor } from "@remix-run/react";

export interface SeoInput {
  title: string;
  description: string;
  /** Absolute canonical URL. */
  url: string;
  siteName: string;
  image?: string;
  type?: "website" | "product" | "profile";
  locale: string;
  jsonLd?: Record<string, unknown>;
}

/** Title, description, canonical, Open Graph, Twitter card and JSON-LD for a page. */
export function seo(input: SeoInput): MetaDescriptor[] {
  const description = input.description.replace(/\s+/g, " ").slice(0, 160);
  const out: MetaDescriptor[] = [
    { title: `${input.title} | ${input.siteName}` },
    { name: "description", content: description },
    { tagName: "link", rel: "canonical", href: input.url },
    { property: "og:title", content: input.title },
    { property: "og:description", content: description },
    { property: "og:url", content: input.url },
    { property: "og:site_name", content: input.siteName },
    { property: "og:type", content: input.type ?? "website" },
    { property: "og:locale", content: input.locale.replace("-", "_") },
    { name: "twitter:card", content: input.image ? "summary_large_image" : "summary" },
  ];
  if (input.image) out.push({ property: "og:image", content: input.image });
  if (input.jsonLd) out.push({ "script:ld+json": input.jsonLd });
  return out;
}

/** Canonical URL for a path, dropping everything but the listed search params. */
export function canonical(
  origin: string,
  path: string,
  keep: Record<string, string | number | undefined> = {},
): string {
  const url = new URL(path, origin);
  for (const [k, v] of Object.entries(keep)) {
    if (v !== undefined && v !== "" && v !== 1) url.searchParams.set(k, String(v));
  }
  return url.toString();
}
