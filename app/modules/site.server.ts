import { detectLocale, type Locale } from "~/i18n";
import { env } from "./env.server";

/** The public origin for canonical URLs: PUBLIC_URL when set, else the request's own. */
export function siteOrigin(request: Request): string {
  return env().PUBLIC_URL?.replace(/\/$/, "") ?? new URL(request.url).origin;
}

/** The locale of a request (cookie, then Accept-Language, then zh-CN). */
export function requestLocale(request: Request): Locale {
  return detectLocale(request.headers.get("Cookie"), request.headers.get("Accept-Language"));
}
