import { createHmac } from 'node:crypto';
import {
  apiKeyFromRandom,
  describeAnalysis,
  describeStripped,
  describeWarning,
  encodeBase64Url,
  formatLocal,
  formatRelative,
  formatUtc,
  linkHref,
  type Analysis,
} from '../../../src/lib/tokens/index.ts';

/** 2026-11-28 12:00:00 UTC: the moment every table is judged at. */
export const NOW_MS = Date.UTC(2026, 10, 28, 12, 0, 0);
export const NOW = NOW_MS / 1000;

const encoder = new TextEncoder();

/** base64url of the UTF-8 of `text`. */
export function b64(text: string): string {
  return encodeBase64Url(encoder.encode(text));
}

/** A signed-looking JWT with the given header and payload (the signature is not real: nothing verifies it). */
export function jwt(
  payload: Record<string, unknown>,
  header: Record<string, unknown> = { alg: 'HS256', typ: 'JWT' },
): string {
  return `${b64(JSON.stringify(header))}.${b64(JSON.stringify(payload))}.${b64('signature-bytes-not-checked')}`;
}

/** A JWT whose parts are given as raw text (for broken JSON and the like). */
export function rawJwt(header: string, payload: string, signature = 'c2ln'): string {
  return `${header}.${payload}.${signature}`;
}

/** A well-formed API key. */
export const VALID_KEY = apiKeyFromRandom('7Hq2LmZ9xR4tW8vB1nC6yK3pD5sF0g');

/** A JWT signed for real with HMAC-SHA256 (HS256), as an identity provider would issue it. */
export function signedJwt(
  payload: Record<string, unknown>,
  header: Record<string, unknown> = { alg: 'HS256', typ: 'JWT' },
  secret = 'corpus-secret',
): string {
  const signingInput = `${b64(JSON.stringify(header))}.${b64(JSON.stringify(payload))}`;
  return `${signingInput}.${createHmac('sha256', secret).update(signingInput).digest('base64url')}`;
}

/** Everything the reader is shown for an analysis, as text: words, warnings, removals, links, claim times. */
export function shownText(analysis: Analysis, nowMs: number): string {
  const description = describeAnalysis(analysis, nowMs);
  const times = 'jwt' in analysis ? Object.values(analysis.jwt.claims) : [];
  return [
    description.headline,
    ...description.details,
    description.nextStep ?? '',
    ...analysis.warnings.map(describeWarning),
    ...analysis.stripped.map(describeStripped),
    ...description.links.map((link) => linkHref(link, 'https://trustleads.ai/')),
    ...times.flatMap((t) => [
      formatUtc(t),
      formatLocal(t, 'en-US', 'UTC'),
      formatRelative(t, Math.floor(nowMs / 1000)),
    ]),
  ].join('\n');
}
