import { matchVendor } from '../tokens/vendors.ts';

// Characters that do not show: zero-width spaces and joiners, the BOM, soft hyphen, bidi controls,
// NUL and the other C0 controls. A key pasted with them inside still is the key.
const INVISIBLE =
  /[\u0000-\u0008\u000e-\u001f\u007f\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u206a-\u206f\ufeff]/g;
// Tab, new line and friends read as spaces.
const SPACE_CONTROL = /[\t\n\v\f\r]/g;
// Quotes and brackets people paste around a key.
const WRAPPING = /^[\s"'`([{<]+|[\s"'`)\]}>,;.]+$/g;

// A long run of mixed letters and digits with no spaces reads as a key, not a search.
const RANDOM_LOOKING = /[A-Za-z0-9_\-+/=.]{24,}/;

/** `Authorization: Basic …`, `Bearer …` and other schemes followed by what looks like a credential. */
const AUTH_SCHEME = /\b(?:basic|bearer|digest|token|negotiate)\s+([A-Za-z0-9+/_.~-]{8,}={0,2})/gi;
const AUTHORIZATION_HEADER = /\b(?:proxy-)?authori[sz]ation\s*[:=]\s*\S+\s+\S{6,}/i;
/** `password=…`, `secret: …` and the like: a credential's name with a value. */
const LABELLED =
  /\b(?:pass(?:word|wd|phrase)?|pwd|secret|client[_-]?secret|api[_-]?key|apikey|access[_-]?key|secret[_-]?key|private[_-]?key|(?:access|refresh|auth|id|session)[_-]?token|token|session[_-]?id|credentials?)\s*(=|:)\s*["']?([^\s"']+)/gi;
const URL_CREDENTIALS = /\b[a-z][a-z0-9+.-]*:\/\/[^\s/@:]+:[^\s/@]+@/i;
const PRIVATE_KEY_BLOCK = /-----BEGIN [A-Z ]*PRIVATE KEY-----/;

const hasDigit = (text: string) => /\d/.test(text);
const mixedCase = (text: string) => /[a-z]/.test(text) && /[A-Z]/.test(text);

/** A credential format that is ours, a JWT, or another vendor's, whatever surrounds it. */
function knownCredential(word: string): boolean {
  return /eyJ[A-Za-z0-9_-]{8,}/.test(word) || /lfk[_-]/i.test(word) || matchVendor(word) !== undefined;
}

function secretWord(raw: string): boolean {
  const word = raw.replace(WRAPPING, '');
  if (knownCredential(word)) return true;
  // A key split with colons (`abcd:efgh:…`) is the same key.
  return [word, word.replaceAll(':', '')].some(
    (candidate) => RANDOM_LOOKING.test(candidate) && hasDigit(candidate) && /[A-Za-z]/.test(candidate),
  );
}

function labelledValue(text: string): boolean {
  for (const [, separator, value = ''] of text.matchAll(LABELLED)) {
    if (value.length < 3) continue;
    // `password=x` is a value; `password: reset` is usually a question, `password: Hunter2!` is not.
    if (separator === '=' || hasDigit(value) || mixedCase(value) || /[^A-Za-z]/.test(value)) return true;
  }
  return false;
}

function schemeCredential(text: string): boolean {
  for (const [, value = ''] of text.matchAll(AUTH_SCHEME)) {
    if (hasDigit(value) || value.endsWith('=') || (value.length >= 20 && mixedCase(value))) return true;
  }
  return false;
}

/**
 * True when a search query looks like a credential someone pasted into the search box: a JWT, an
 * `lfk_` key, another vendor's key, a long random string (also when split by invisible
 * characters, NUL, `:` or spaces), an `Authorization` header, a `password=`/`secret=`-style pair,
 * a URL with a password, or a private key. Such queries are never stored.
 */
export function looksSecret(query: string): boolean {
  const text = query.normalize('NFKC').replace(SPACE_CONTROL, ' ').replace(INVISIBLE, '');
  if (AUTHORIZATION_HEADER.test(text) || URL_CREDENTIALS.test(text) || PRIVATE_KEY_BLOCK.test(text)) return true;
  if (schemeCredential(text) || labelledValue(text)) return true;
  const words = text.split(/\s+/).filter(Boolean);
  if (words.some(secretWord)) return true;
  // A key broken over several words: try runs of up to four joined (known formats only, since
  // ordinary words joined together are long too).
  for (let start = 0; start < words.length; start += 1) {
    let joined = words[start]!;
    for (let end = start + 1; end < Math.min(words.length, start + 4); end += 1) {
      joined += words[end];
      if (knownCredential(joined.replace(WRAPPING, '').replaceAll(':', ''))) return true;
    }
  }
  return false;
}
