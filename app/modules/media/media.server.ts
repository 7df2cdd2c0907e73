import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { mediaRoot } from "#db/client";

/** Media keys look like `products/<handle>/<n>-<width>.webp`; nothing else is ever served. */
const KEY = /^[a-z0-9][a-z0-9/_-]{0,200}\.webp$/;

/**
 * Opens a stored image for the /media route (used by `npm run dev`; the production server
 * serves the same files with express.static before Remix sees the request). Null when the
 * key is malformed, tries to leave the store, or does not exist.
 */
export async function openMedia(
  key: string,
): Promise<{ body: ReadableStream; size: number } | null> {
  if (!KEY.test(key) || key.includes("..") || key.includes("//")) return null;
  const root = mediaRoot();
  const file = path.resolve(root, key);
  if (!file.startsWith(root + path.sep)) return null;
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return null;
  return { body: Readable.toWeb(createReadStream(file)) as ReadableStream, size: info.size };
}
