import { Transform, type TransformCallback } from "node:stream";

/**
 * React 18.3's renderToPipeableStream pads a 2 KB chunk with 0x00 bytes when a multi-byte
 * UTF-8 character does not fit at its end (react/react#31134, fixed only in React 19). With
 * Chinese text that lands in almost every page. A 0x00 byte in UTF-8 can only be U+0000,
 * which has no place in an HTML document (React's data scripts escape it), so dropping every
 * 0x00 byte restores the intended bytes exactly.
 */
export function stripNulBytes(): Transform {
  return new Transform({
    transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback) {
      if (chunk.indexOf(0) === -1) return done(null, chunk);
      const out = Buffer.allocUnsafe(chunk.length);
      let n = 0;
      for (let i = 0; i < chunk.length; i++) {
        const b = chunk[i]!;
        if (b !== 0) out[n++] = b;
      }
      done(null, out.subarray(0, n));
    },
  });
}
