/**
 * What server/index.ts passes to every loader and action (getLoadContext). Absent under the
 * Vite dev server, so every field is optional.
 */
declare module "@remix-run/node" {
  interface AppLoadContext {
    /** Per-request nonce for the Content-Security-Policy's script-src (ADR 008). */
    cspNonce?: string;
    /** The client's address as Express sees it (honours TRUST_PROXY). */
    clientIp?: string;
  }
}

export {};
