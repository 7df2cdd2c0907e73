import { createContext, useContext } from "react";

/**
 * The Content-Security-Policy nonce of this document (ADR 008). Set by entry.server from the
 * load context; empty in the browser, which hides nonces from scripts anyway.
 */
export const NonceContext = createContext("");

/** The nonce to put on inline scripts. */
export function useNonce(): string {
  return useContext(NonceContext);
}
