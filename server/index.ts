/**
 * Qingmiao's production server: Express serving the Remix build with compression, long-lived
 * caching of fingerprinted assets, request logs (pino) and graceful shutdown (ADR 007).
 * `remix-serve` is not used because it does not exit on SIGTERM while a database is open.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import pino from "pino";
import { pinoHttp } from "pino-http";
import { mediaRoot, projectRoot, type DbHandle } from "../db/client";

/** Methods that must not change state, so they skip the Origin check (ADR 008). */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * The Content-Security-Policy for a response (ADR 008). Scripts need the request's nonce
 * (Remix's inline hydration scripts carry it); style attributes are allowed because images
 * set their aspect ratio inline, but style elements and sheets must be our own.
 */
export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** The origin of a Referer URL, or undefined when absent or unparsable. */
function refererOrigin(referer: string | undefined): string | undefined {
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return undefined;
  }
}

/** Query strings longer than this are refused with 400 before reaching any route. */
const MAX_URL_LENGTH = 4096;

export interface StartedServer {
  server: http.Server;
  url: string;
  close(): Promise<void>;
}

interface EntryExtras {
  startDb(): Promise<unknown>;
  useDbHandle(handle: DbHandle): void;
  closeDb(): Promise<void>;
}

/** Builds and starts the HTTP server; resolves once it is listening and the database is up. */
export async function startServer(
  opts: {
    port?: number;
    host?: string;
    /** An open, migrated database to serve from. */ db?: DbHandle;
  } = {},
): Promise<StartedServer> {
  const logger = pino({
    level: process.env.LOG_LEVEL ?? "info",
    redact: ["req.headers.cookie", "req.headers.authorization", 'res.headers["set-cookie"]'],
  });
  const buildPath = path.join(projectRoot, "build", "server", "index.js");
  if (!existsSync(buildPath)) {
    throw new Error(`No production build at ${buildPath}. Run \`npm run build\` first.`);
  }
  const build = (await import(pathToFileURL(buildPath).href)) as ServerBuild;
  const entry = build.entry.module as unknown as EntryExtras;
  // Migrate and connect before accepting traffic, so a bad DATABASE_URL fails at boot.
  if (opts.db) entry.useDbHandle(opts.db);
  else await entry.startDb();

  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", process.env.TRUST_PROXY === "1");

  app.use((req, res, next) => {
    if (req.url.length > MAX_URL_LENGTH) {
      res
        .status(400)
        .type("html")
        .send(
          '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>请求有误 · Bad request</title>' +
            '<h1>请求有误 · Bad request</h1><p>地址太长。The address is too long.</p><p><a href="/">返回首页 · Home</a></p></html>',
        );
      return;
    }
    next();
  });
  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const incoming = req.headers["x-request-id"];
        const id =
          typeof incoming === "string" && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
        res.setHeader("X-Request-Id", id);
        return id;
      },
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? "error" : "info"),
      autoLogging: { ignore: (req) => req.url === "/healthz" },
    }),
  );
  app.use(compression());
  const production = process.env.NODE_ENV === "production";
  const cookieSecure = process.env.COOKIE_SECURE === "1";
  app.use((req, res, next) => {
    const nonce = randomBytes(16).toString("base64");
    res.locals.cspNonce = nonce;
    res.setHeader("Content-Security-Policy", contentSecurityPolicy(nonce));
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    res.setHeader("X-Frame-Options", "DENY");
    // HSTS only where the site is really served over TLS, or a browser would refuse the
    // plain-http demo on this host for a year.
    if (production && (req.secure || cookieSecure)) {
      res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    next();
  });

  // CSRF (ADR 008): a state-changing request must come from one of our own pages. Browsers
  // send Origin on every cross-site POST, so a missing or foreign one is refused.
  const publicOrigin = process.env.PUBLIC_URL ? new URL(process.env.PUBLIC_URL).origin : undefined;
  app.use((req, res, next) => {
    if (SAFE_METHODS.has(req.method) || req.path.startsWith("/webhooks/")) return next();
    const expected = publicOrigin ?? `${req.protocol}://${req.get("host")}`;
    const origin = req.get("origin") ?? refererOrigin(req.get("referer"));
    if (origin === expected) return next();
    req.log.info({ origin: origin ?? null, expected }, "refused: cross-origin request");
    res
      .status(403)
      .type("html")
      .send(
        '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>禁止访问 · Forbidden</title>' +
          "<h1>禁止访问 · Forbidden</h1><p>请求来自其他网站，已拒绝。This request came from another site and was refused.</p>" +
          '<p><a href="/">返回首页 · Home</a></p></html>',
      );
  });

  const clientDir = path.join(projectRoot, "build", "client");
  // Vite fingerprints everything under /assets, so it can be cached for a year.
  app.use(
    "/assets",
    express.static(path.join(clientDir, "assets"), { immutable: true, maxAge: "1y", index: false }),
  );
  app.use("/media", express.static(mediaRoot(), { maxAge: "7d", index: false, fallthrough: true }));
  app.use("/media", (_req, res) => {
    res.status(404).type("text").send("not found");
  });
  app.use(express.static(clientDir, { maxAge: "1h", index: false }));

  app.all(
    "*",
    createRequestHandler({
      build,
      mode: process.env.NODE_ENV,
      getLoadContext: (req, res) => ({
        cspNonce: res.locals.cspNonce as string,
        clientIp: req.ip,
      }),
    }),
  );

  const server = http.createServer({ maxHeaderSize: 256 * 1024 }, app);
  server.keepAliveTimeout = 65_000;
  const port = opts.port ?? Number(process.env.PORT ?? 3000);
  const host = opts.host ?? process.env.HOST ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  const url = `http://${host}:${actualPort}`;
  logger.info({ url }, "Qingmiao is listening");

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      logger.info("shutting down");
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Idle keep-alive sockets would hold close() open; busy ones finish their request.
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 10_000).unref();
      });
      await entry.closeDb();
      logger.info("closed");
    })());
  return { server, url, close };
}

/** Starts the server and wires SIGTERM/SIGINT to a graceful shutdown. */
export async function main(opts: { db?: DbHandle } = {}): Promise<void> {
  const started = await startServer(opts);
  let signals = 0;
  const onSignal = (sig: NodeJS.Signals) => {
    signals += 1;
    if (signals > 1) process.exit(1); // a second Ctrl-C means "now"
    started.close().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(`shutdown after ${sig} failed`, err);
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
