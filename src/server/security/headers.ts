import { createHash } from 'node:crypto';

const EXECUTABLE_INLINE_SCRIPT = /<script\b(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/gi;
const DATA_SCRIPT_TYPE = /\stype="(?!module"|text\/javascript"|application\/javascript")[^"]*"/i;

/**
 * The CSP source expressions (`'sha256-…'`) for every inline script the browser would run in `html`.
 * Data blocks such as `type="application/ld+json"` are skipped: CSP does not govern them.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(EXECUTABLE_INLINE_SCRIPT)) {
    if (DATA_SCRIPT_TYPE.test(match[1] ?? '')) continue;
    hashes.push(scriptHash(match[2] ?? ''));
  }
  return hashes;
}

// Every page carries the same few scripts: each is hashed once.
const scriptHashes = new Map<string, string>();

function scriptHash(script: string): string {
  let hash = scriptHashes.get(script);
  if (hash === undefined) {
    hash = `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
    if (scriptHashes.size < 1000) scriptHashes.set(script, hash);
  }
  return hash;
}

/**
 * The Content-Security-Policy for the site. Scripts run only from our origin or when their hash is
 * listed, never inline by default. Styles allow inline because Shiki colours code with `style`
 * attributes, which hashes cannot cover; style injection cannot run code.
 */
export function contentSecurityPolicy(scriptHashes: Iterable<string>): string {
  const scriptSrc = ["'self'", ...new Set(scriptHashes)].join(' ');
  return [
    "default-src 'self'",
    `script-src ${scriptSrc}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Headers every response of the server carries, static files and API answers alike. */
export function securityHeaders(scriptHashes: Iterable<string>): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(scriptHashes),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  };
}
