import { PassThrough } from "node:stream";
import { text } from "node:stream/consumers";
import { describe, expect, it } from "vitest";
import { htmlStream } from "~/lib/html-stream.server";

describe("htmlStream (React 18 streaming pads CJK chunk ends with 0x00)", () => {
  it("removes padding NULs between multi-byte characters and keeps every other byte", async () => {
    const src = new PassThrough();
    const out = text(src.pipe(htmlStream()));
    const zh = Buffer.from("832贫困县", "utf8");
    // "贫" then two padding bytes then "困县", split across chunks like React does.
    src.write(Buffer.concat([zh.subarray(0, 6), Buffer.from([0, 0])]));
    src.write(zh.subarray(6));
    src.end(Buffer.from(" ok"));
    expect(await out).toBe("832贫困县 ok");
  });

  it("passes chunks without NULs through untouched", async () => {
    const src = new PassThrough();
    const out = text(src.pipe(htmlStream()));
    src.end(Buffer.from("<p>青苗集市</p>"));
    expect(await out).toBe("<p>青苗集市</p>");
  });
});
