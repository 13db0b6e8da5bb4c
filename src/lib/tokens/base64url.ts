const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUES = new Map([...BASE64URL].map((c, i) => [c, i]));

/** Why a segment is not base64url. */
export type Base64UrlProblem =
  /** Uses `+` or `/`: standard base64, which a JWT must not. */
  | { code: 'standard-base64'; character: string }
  | { code: 'bad-character'; character: string; position: number }
  /** A length no base64 encoding can have (one character past a multiple of four). */
  | { code: 'bad-length' };

/** A decoded segment, or why it could not be decoded. `padded` notes trailing `=`, which JWTs omit. */
export type Base64UrlResult =
  { ok: true; bytes: Uint8Array; padded: boolean } | { ok: false; problem: Base64UrlProblem };

/** Decodes base64url (RFC 4648 §5), tolerating `=` padding but not the standard alphabet. */
export function decodeBase64Url(segment: string): Base64UrlResult {
  const unpadded = segment.replace(/=+$/, '');
  const padded = unpadded.length !== segment.length;
  for (let i = 0; i < unpadded.length; i += 1) {
    const character = unpadded[i]!;
    if (VALUES.has(character)) continue;
    if (character === '+' || character === '/') return { ok: false, problem: { code: 'standard-base64', character } };
    return { ok: false, problem: { code: 'bad-character', character, position: i + 1 } };
  }
  if (unpadded.length % 4 === 1) return { ok: false, problem: { code: 'bad-length' } };
  const bytes = new Uint8Array(Math.floor((unpadded.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let at = 0;
  for (const character of unpadded) {
    buffer = (buffer << 6) | VALUES.get(character)!;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (buffer >> bits) & 0xff;
    }
  }
  return { ok: true, bytes, padded };
}

/** Encodes bytes as unpadded base64url, as JWTs are written. */
export function encodeBase64Url(bytes: Uint8Array): string {
  let text = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      text += BASE64URL[(buffer >> bits) & 63];
    }
  }
  if (bits > 0) text += BASE64URL[(buffer << (6 - bits)) & 63];
  return text;
}
