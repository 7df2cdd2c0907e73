import { data } from "@remix-run/node";
import { detectLocale, type Locale } from "~/i18n";
import { CACHE_PUBLIC_CATALOG, VARY_LOCALE } from "~/lib/cache";
import { env } from "./env.server";

/** The public origin for canonical URLs: PUBLIC_URL when set, else the request's own. */
export function siteOrigin(request: Request): string {
  return env().PUBLIC_URL?.replace(/\/$/, "") ?? new URL(request.url).origin;
}

/** The locale of a request (cookie, then Accept-Language, then zh-CN). */
export function requestLocale(request: Request): Locale {
  return detectLocale(request.headers.get("Cookie"), request.headers.get("Accept-Language"));
}

/**
 * A public catalogue page's loader result: the payload plus the locale and origin that meta
 * tags need, with the public-catalogue caching headers.
 */
export function publicPage<T extends object>(request: Request, payload: T) {
  return data(
    { ...payload, locale: requestLocale(request), origin: siteOrigin(request) },
    { headers: { "Cache-Control": CACHE_PUBLIC_CATALOG, Vary: VARY_LOCALE } },
  );
}
