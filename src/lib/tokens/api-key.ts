/**
 * The Trust Leads API key format, defined here and nowhere else:
 * `lfk_` + type + `_` + 30 random base62 characters + 6 checksum characters, where the checksum
 * is the CRC-32 (IEEE, as zlib's `crc32`) of the 30 random characters' ASCII bytes, written in
 * base62 and left-padded with `0` to 6 characters. A key is therefore 43 characters long.
 */

/** Every key starts with this. */
export const API_KEY_PREFIX = 'lfk_';
/** The only key type the API accepts: a secret key. */
export const API_KEY_TYPE = 'sk';
/** Characters of the random part. */
export const API_KEY_RANDOM_LENGTH = 30;
/** Characters of the checksum. */
export const API_KEY_CHECKSUM_LENGTH = 6;
/** Characters after `lfk_sk_`. */
export const API_KEY_BODY_LENGTH = API_KEY_RANDOM_LENGTH + API_KEY_CHECKSUM_LENGTH;
/** Length of a whole key. */
export const API_KEY_LENGTH = `${API_KEY_PREFIX}${API_KEY_TYPE}_`.length + API_KEY_BODY_LENGTH;
/** The base62 alphabet, in the order the checksum is written in. */
export const BASE62_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE 802.3, the polynomial zlib uses) of the character codes of an ASCII string. */
export function crc32(ascii: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < ascii.length; i += 1) {
    crc = CRC_TABLE[(crc ^ ascii.charCodeAt(i)) & 0xff]! ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** `value` in base62 with {@link BASE62_ALPHABET}, left-padded with `0` to `width` characters. */
export function toBase62(value: number, width: number): string {
  let text = '';
  let rest = value;
  do {
    text = BASE62_ALPHABET[rest % 62] + text;
    rest = Math.floor(rest / 62);
  } while (rest > 0);
  return text.padStart(width, '0');
}

/** The 6 checksum characters for a key's 30 random characters. */
export function apiKeyChecksum(random: string): string {
  return toBase62(crc32(random), API_KEY_CHECKSUM_LENGTH);
}

/**
 * A well-formed key from 30 random base62 characters (for tests and examples: real keys are
 * issued by the application at `/app/api-keys`).
 */
export function apiKeyFromRandom(random: string): string {
  if (random.length !== API_KEY_RANDOM_LENGTH || [...random].some((c) => !BASE62_ALPHABET.includes(c))) {
    throw new RangeError(`an API key needs exactly ${API_KEY_RANDOM_LENGTH} base62 characters`);
  }
  return `${API_KEY_PREFIX}${API_KEY_TYPE}_${random}${apiKeyChecksum(random)}`;
}

/** What is wrong with something that starts like an `lfk_` key. */
export type ApiKeyProblem =
  | { code: 'missing-type' }
  | { code: 'wrong-type'; type: string }
  | { code: 'too-short'; length: number }
  | { code: 'too-long'; length: number }
  | { code: 'bad-character'; character: string; position: number }
  | { code: 'checksum-mismatch' };

/**
 * Checks a string that starts with `lfk_` against the key format. Returns the problems found, in
 * the order a reader should fix them; an empty list means the key is well formed and its checksum
 * matches (whether it was revoked only the API can tell).
 */
export function apiKeyProblems(key: string): ApiKeyProblem[] {
  const rest = key.slice(API_KEY_PREFIX.length);
  const separator = rest.indexOf('_');
  if (separator === -1) return [{ code: 'missing-type' }];
  const type = rest.slice(0, separator);
  const body = rest.slice(separator + 1);
  const problems: ApiKeyProblem[] = [];
  if (type !== API_KEY_TYPE) problems.push({ code: 'wrong-type', type });
  const bad = [...body].findIndex((c) => !BASE62_ALPHABET.includes(c));
  if (bad !== -1) {
    const character = [...body][bad]!;
    problems.push({ code: 'bad-character', character, position: key.indexOf(body) + bad + 1 });
  }
  if (body.length < API_KEY_BODY_LENGTH) problems.push({ code: 'too-short', length: key.length });
  if (body.length > API_KEY_BODY_LENGTH) problems.push({ code: 'too-long', length: key.length });
  if (problems.length === 0) {
    const random = body.slice(0, API_KEY_RANDOM_LENGTH);
    if (body.slice(API_KEY_RANDOM_LENGTH) !== apiKeyChecksum(random)) problems.push({ code: 'checksum-mismatch' });
  }
  return problems;
}

const PLACEHOLDER = /your|api_?key|here|example|placeholder|x{4,}|\.{3}|…|<|>|\*{3,}|\{|\}/i;

/**
 * True for the docs' placeholder (`lfk_sk_your_api_key_here`) and the usual stand-ins for a key.
 * Only meaningful for a key that fails {@link apiKeyProblems}: random characters can spell "here".
 */
export function isPlaceholderKey(key: string): boolean {
  return PLACEHOLDER.test(key.slice(API_KEY_PREFIX.length));
}
