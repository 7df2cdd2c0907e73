import { Transform, type TransformCallback } from "node:stream";

/** Removes every 0x00 byte; returns the input itself when it has none. */
function withoutNul(chunk: Buffer): Buffer {
  if (chunk.indexOf(0) === -1) return chunk;
  const out = Buffer.allocUnsafe(chunk.length);
  let n = 0;
  for (let i = 0; i < chunk.length; i++) {
    const b = chunk[i]!;
    if (b !== 0) out[n++] = b;
  }
  return out.subarray(0, n);
}

/**
 * The HTML stream between React and the response:
 * - React 18.3's renderToPipeableStream pads a 2 KB chunk with 0x00 bytes when a multi-byte
 *   UTF-8 character does not fit at its end (react/react#31134, fixed only in React 19). With
 *   Chinese text that lands in almost every page. A 0x00 byte in UTF-8 can only be U+0000,
 *   which has no place in an HTML document (React's data scripts escape it), so dropping every
 *   0x00 byte restores the intended bytes exactly (ADR 009).
 * - React writes those 2 KB pieces one by one; the chunks written in the same tick are joined
 *   before they go on, because gzip and the socket pay per chunk (measured: ~40% of the
 *   throughput of a product page). Streaming is kept: a batch leaves at the next macrotask.
 */
export function htmlStream(): Transform {
  let pending: Buffer[] = [];
  let scheduled = false;
  const stream: Transform = new Transform({
    transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback) {
      pending.push(chunk);
      if (!scheduled) {
        scheduled = true;
        setImmediate(() => {
          scheduled = false;
          if (pending.length === 0) return;
          const batch = pending.length === 1 ? pending[0]! : Buffer.concat(pending);
          pending = [];
          stream.push(withoutNul(batch));
        });
      }
      done();
    },
    flush(done: TransformCallback) {
      const batch = Buffer.concat(pending);
      pending = [];
      done(null, batch.length ? withoutNul(batch) : undefined);
    },
  });
  return stream;
}
