import type { LoaderFunctionArgs } from "@remix-run/node";
import { CACHE_PUBLIC_LONG } from "~/lib/cache";
import { siteOrigin } from "~/modules/site.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const body = [
    "User-agent: *",
    "Allow: /",
    "Disallow: /seller",
    "Disallow: /staff",
    "Disallow: /healthz",
    `Sitemap: ${siteOrigin(request)}/sitemap.xml`,
    "",
  ].join("\n");
  return new Response(body, {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": CACHE_PUBLIC_LONG },
  });
}
