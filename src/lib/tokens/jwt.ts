import { decodeBase64Url, type Base64UrlProblem } from './base64url.ts';

/** Which of a JWT's dot-separated parts a problem is in. */
export type JwtPart = 'header' | 'payload' | 'signature';

/** Why a JWT could not be read, precise enough to tell the reader which part and why. */
export type JwtProblem =
  | { part: JwtPart; code: 'empty' }
  | { part: JwtPart; code: 'not-base64url'; detail: Base64UrlProblem }
  | { part: 'header' | 'payload'; code: 'not-utf8' }
  | { part: 'header' | 'payload'; code: 'not-json'; detail: string }
  | { part: 'header' | 'payload'; code: 'not-object'; found: string }
  | { part: 'payload'; code: 'claim-type'; claim: TimeClaim; found: string };

/** The registered time claims the checker reads. */
export type TimeClaim = 'exp' | 'nbf' | 'iat';
const TIME_CLAIMS: readonly TimeClaim[] = ['exp', 'nbf', 'iat'];

/** A decoded JSON object part of a token, with its text exactly as decoded. */
export interface DecodedPart {
  json: Record<string, unknown>;
  text: string;
  padded: boolean;
}

/** A JWS that decodes: its header, payload and the time claims (seconds since 1970). */
export interface DecodedJwt {
  header: DecodedPart;
  payload: DecodedPart;
  claims: Partial<Record<TimeClaim, number>>;
  signatureLength: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? 'a string' : `a ${typeof value}`;
}

/** Decodes one base64url JSON-object part. */
export function decodeJsonPart(
  segment: string,
  part: 'header' | 'payload',
): { ok: true; value: DecodedPart } | { ok: false; problem: JwtProblem } {
  if (segment === '') return { ok: false, problem: { part, code: 'empty' } };
  const decoded = decodeBase64Url(segment);
  if (!decoded.ok) return { ok: false, problem: { part, code: 'not-base64url', detail: decoded.problem } };
  let text: string;
  try {
    text = utf8.decode(decoded.bytes);
  } catch {
    return { ok: false, problem: { part, code: 'not-utf8' } };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: { part, code: 'not-json', detail: (error as Error).message } };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, problem: { part, code: 'not-object', found: describeJson(json) } };
  }
  return { ok: true, value: { json: json as Record<string, unknown>, text, padded: decoded.padded } };
}

/** Decodes a three-part JWS (header.payload.signature). Never verifies the signature. */
export function decodeJws(
  parts: readonly [string, string, string],
): { ok: true; jwt: DecodedJwt } | { ok: false; problem: JwtProblem } {
  const header = decodeJsonPart(parts[0], 'header');
  if (!header.ok) return header;
  const payload = decodeJsonPart(parts[1], 'payload');
  if (!payload.ok) return payload;
  if (parts[2] !== '') {
    const signature = decodeBase64Url(parts[2]);
    if (!signature.ok)
      return { ok: false, problem: { part: 'signature', code: 'not-base64url', detail: signature.problem } };
  }
  const claims: Partial<Record<TimeClaim, number>> = {};
  for (const claim of TIME_CLAIMS) {
    if (!(claim in payload.value.json)) continue;
    const value = payload.value.json[claim];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return { ok: false, problem: { part: 'payload', code: 'claim-type', claim, found: describeJson(value) } };
    }
    claims[claim] = value;
  }
  return { ok: true, jwt: { header: header.value, payload: payload.value, claims, signatureLength: parts[2].length } };
}
