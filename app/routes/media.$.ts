import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound } from "~/lib/errors";
import { openMedia } from "~/modules/media/media.server";

/** Stored images; in production express.static answers /media first, so this is the dev path. */
export async function loader({ params }: LoaderFunctionArgs) {
  const file = await openMedia(params["*"] ?? "");
  if (!file) throw notFound();
  return new Response(file.body, {
    headers: {
      "Content-Type": "image/webp",
      "Content-Length": String(file.size),
      "Cache-Control": "public, max-age=604800",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
