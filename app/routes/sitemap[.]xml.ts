import type { LoaderFunctionArgs } from "@remix-run/node";
import { CACHE_PUBLIC_CATALOG } from "~/lib/cache";
import { sitemapEntries } from "~/modules/catalog/catalog.server";
import { siteOrigin } from "~/modules/site.server";

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export async function loader({ request }: LoaderFunctionArgs) {
  const origin = siteOrigin(request);
  const e = await sitemapEntries();
  const url = (path: string, lastmod?: Date) =>
    `<url><loc>${esc(origin + path)}</loc>${lastmod ? `<lastmod>${lastmod.toISOString().slice(0, 10)}</lastmod>` : ""}</url>`;
  const urls = [
    url("/"),
    url("/c"),
    ...e.categories.map((c) => url(`/c/${c.handle}`)),
    ...e.products.map((p) => url(`/p/${p.handle}`, p.updatedAt)),
    ...e.sellers.map((s) => url(`/s/${s.handle}`, s.updatedAt)),
    ...e.regions.map((r) => url(`/r/${r.code}`)),
  ];
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`;
  return new Response(xml, {
    headers: {
      "Content-Type": "application/xml; charset=utf-8",
      "Cache-Control": CACHE_PUBLIC_CATALOG,
    },
  });
}
