/** Named Cache-Control values. Public catalogue pages only; never for personal pages. */
export const CACHE_PUBLIC_CATALOG = "public, max-age=60, stale-while-revalidate=600";
export const CACHE_PUBLIC_LONG = "public, max-age=86400";
export const CACHE_NONE = "no-store";
/** Catalogue pages are rendered per language, chosen by cookie or Accept-Language. */
export const VARY_LOCALE = "Cookie, Accept-Language";

/** Route `headers` export for pages whose loader sets the caching headers. */
export const loaderHeaders = ({ loaderHeaders: h }: { loaderHeaders: Headers }) => h;
