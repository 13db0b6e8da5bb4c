import { matchVendor } from './vendors.ts';

/** Something the checker removed from the paste before analysing it, so it can say so. */
export type Stripped =
  | { kind: 'invisible'; characters: { name: string; codePoint: string; count: number }[] }
  | { kind: 'quotes' }
  | { kind: 'header'; name: string }
  | { kind: 'bearer' }
  | { kind: 'url'; parameter: string }
  | { kind: 'cookie'; name: string }
  | { kind: 'assignment'; name: string }
  | { kind: 'line-breaks' }
  | { kind: 'surrounding-text' };

/** The paste reduced to the credential in it. */
export interface Normalized {
  token: string;
  stripped: Stripped[];
  /** Further credentials found beside the first one (the first is the one analysed). */
  others: number;
}

// Characters that cannot be seen but break a token; the space-like ones separate words.
const INVISIBLE: ReadonlyMap<number, { name: string; spaceLike: boolean }> = new Map([
  [0x00a0, { name: 'no-break space', spaceLike: true }],
  [0x00ad, { name: 'soft hyphen', spaceLike: false }],
  [0x180e, { name: 'Mongolian vowel separator', spaceLike: false }],
  [0x2007, { name: 'figure space', spaceLike: true }],
  [0x200b, { name: 'zero-width space', spaceLike: false }],
  [0x200c, { name: 'zero-width non-joiner', spaceLike: false }],
  [0x200d, { name: 'zero-width joiner', spaceLike: false }],
  [0x202f, { name: 'narrow no-break space', spaceLike: true }],
  [0x2060, { name: 'word joiner', spaceLike: false }],
  [0xfeff, { name: 'zero-width no-break space (byte order mark)', spaceLike: false }],
]);

const QUOTE_PAIRS: ReadonlyMap<string, string> = new Map([
  ['"', '"'],
  ["'", "'"],
  ['`', '`'],
  ['“', '”'],
  ['‘', '’'],
  ['«', '»'],
]);
const HEADER = /^(authorization|proxy-authorization|x-api-key|cookie|set-cookie)[ \t]*:\s*/i;
const BEARER = /^bearer\s+/i;
const URL_LIKE = /^(?:https?:\/\/|\/)\S*[?#]/i;
const URL_PARAMETERS = ['access_token', 'id_token', 'token', 'api_key', 'apikey', 'key', 'refresh_token'];
const NAME_VALUE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+)[ \t]*=[ \t]*([^;\s]+)(;[\s\S]*)?$/;
const TOKEN_CHARACTERS = /^[A-Za-z0-9._~+/=-]+$/;

function removeInvisible(raw: string, stripped: Stripped[]): string {
  const counts = new Map<number, number>();
  let text = '';
  for (const character of raw) {
    const codePoint = character.codePointAt(0)!;
    const invisible = INVISIBLE.get(codePoint);
    if (!invisible) {
      text += character;
      continue;
    }
    counts.set(codePoint, (counts.get(codePoint) ?? 0) + 1);
    if (invisible.spaceLike) text += ' ';
  }
  if (counts.size > 0) {
    stripped.push({
      kind: 'invisible',
      characters: [...counts].map(([codePoint, count]) => ({
        name: INVISIBLE.get(codePoint)!.name,
        codePoint: `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`,
        count,
      })),
    });
  }
  return text;
}

/** True when `piece` starts the way some credential does: a JWT, an `lfk_` key or a vendor's. */
export function looksLikeCredential(piece: string): boolean {
  return piece.startsWith('eyJ') || /^lfk[_-]/i.test(piece) || matchVendor(piece) !== undefined;
}

function fromUrl(text: string): { value: string; parameter: string } | undefined {
  const start = text.search(/[?#]/);
  const params = new URLSearchParams(text.slice(start + 1).replace(/#/g, '&'));
  for (const parameter of URL_PARAMETERS) {
    const value = params.get(parameter);
    if (value) return { value, parameter };
  }
  return undefined;
}

function fromNameValue(text: string, afterCookieHeader: boolean): (Stripped & { value: string }) | undefined {
  // A cookie line may carry several cookies: take the one that holds a credential.
  const pairs = text.split(';').map((pair) => NAME_VALUE.exec(pair.trim()));
  const found = pairs.find((m) => m && looksLikeCredential(m[2]!)) ?? pairs[0];
  if (!found) return undefined;
  const [, name, value] = found;
  if (looksLikeCredential(name!) || value === '') return undefined;
  const isCookie = afterCookieHeader || text.includes(';');
  return isCookie ? { kind: 'cookie', name: name!, value: value! } : { kind: 'assignment', name: name!, value: value! };
}

function stripQuotes(text: string): string | undefined {
  const close = QUOTE_PAIRS.get(text[0] ?? '');
  if (close && text.length >= 2 && text.endsWith(close)) return text.slice(1, -1);
  return undefined;
}

/**
 * Reduces a paste to the credential in it: removes invisible characters, surrounding quotes, an
 * `Authorization:` header name, a `Bearer` scheme in any case, a cookie or `NAME=value` line, a URL
 * around an `access_token`/`token` parameter; rejoins a token wrapped over lines; and, when two
 * credentials were pasted, keeps the first and counts the others. Every removal is reported.
 */
export function normalizeInput(raw: string): Normalized {
  const stripped: Stripped[] = [];
  const note = (item: Stripped) => {
    if (!stripped.some((s) => s.kind === item.kind)) stripped.push(item);
  };
  let text = removeInvisible(raw, stripped).trim();
  let afterCookieHeader = false;
  for (let pass = 0; pass < 8; pass += 1) {
    const before = text;
    const header = HEADER.exec(text);
    if (header) {
      afterCookieHeader = /cookie/i.test(header[1]!);
      note({ kind: 'header', name: header[1]! });
      text = text.slice(header[0].length);
    }
    if (BEARER.test(text)) {
      note({ kind: 'bearer' });
      text = text.replace(BEARER, '');
    }
    const unquoted = stripQuotes(text);
    if (unquoted !== undefined) {
      note({ kind: 'quotes' });
      text = unquoted;
    }
    if (URL_LIKE.test(text)) {
      const found = fromUrl(text);
      if (found) {
        note({ kind: 'url', parameter: found.parameter });
        text = found.value;
      }
    } else if (text.includes('=') && !looksLikeCredential(text)) {
      const found = fromNameValue(text, afterCookieHeader);
      if (found) {
        const { value, ...item } = found;
        note(item);
        text = value;
      }
    }
    text = text.trim();
    if (text === before) break;
  }

  const pieces = text.split(/\s+/).filter(Boolean);
  if (pieces.length <= 1) return { token: pieces[0] ?? '', stripped, others: 0 };
  const credentials = pieces.filter(looksLikeCredential);
  if (credentials.length >= 2) return { token: credentials[0]!, stripped, others: credentials.length - 1 };
  if (isWrapped(text, pieces)) {
    note({ kind: 'line-breaks' });
    return { token: pieces.join(''), stripped, others: 0 };
  }
  if (credentials.length === 1) {
    note({ kind: 'surrounding-text' });
    return { token: credentials[0]!, stripped, others: 0 };
  }
  return { token: text, stripped, others: 0 };
}

/**
 * A token broken over lines: every piece is token characters, and it either starts like a
 * credential or was cut at a fixed width (all lines but the last equally long), as terminals
 * and emails wrap. Ordinary words are neither.
 */
function isWrapped(text: string, pieces: string[]): boolean {
  if (!pieces.every((piece) => TOKEN_CHARACTERS.test(piece))) return false;
  if (looksLikeCredential(pieces[0]!)) return pieces.slice(1).every((piece) => !looksLikeCredential(piece));
  const lines = pieces.slice(0, -1);
  return (
    /^\S+(?:\r?\n\S+)+$/.test(text) && lines[0]!.length >= 16 && lines.every((line) => line.length === lines[0]!.length)
  );
}
