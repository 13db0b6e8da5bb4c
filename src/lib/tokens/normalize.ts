import { decodeBase64Url } from './base64url.ts';
import { removeInvisible, type InvisibleRemoved } from './invisible.ts';
import { findJwtRuns } from './jwt-runs.ts';
import { API_KEY_LENGTH } from './api-key.ts';
import { matchVendor } from './vendors.ts';

/** Something the checker removed from the paste before analysing it, so it can say so. */
export type Stripped =
  | { kind: 'invisible'; characters: InvisibleRemoved[] }
  | { kind: 'code-fence' }
  | { kind: 'wrapping'; open: string; close: string }
  | { kind: 'punctuation'; characters: string }
  | { kind: 'ellipsis' }
  | { kind: 'header'; name: string }
  | { kind: 'scheme'; name: string }
  | { kind: 'basic' }
  | { kind: 'url'; parameter: string }
  | { kind: 'cookie'; name: string }
  | { kind: 'assignment'; name: string }
  | { kind: 'line-breaks' }
  | { kind: 'surrounding-text' };

/** Where the analysed text came from. */
export type Source =
  /** A credential found in the paste. */
  | 'credential'
  /** What stands where a credential belongs (after `Bearer`, in `x-api-key:`): maybe a placeholder, a variable or nothing. */
  | 'slot'
  /** No credential anywhere: the paste itself. */
  | 'paste';

/** The paste reduced to the credential in it. */
export interface Normalized {
  token: string;
  source: Source;
  stripped: Stripped[];
  /** Further credentials found beside the first one (the first is the one analysed). */
  others: number;
  /** The paste without invisible characters, where error codes are looked for. */
  text: string;
}

interface Candidate {
  token: string;
  start: number;
  end: number;
  notes: Stripped[];
}

const HEADER_NAMES = /^(?:authorization|proxy-authorization|x-api-key|api-key|x-auth-token|x-access-token)$/i;
const PAIRS: Record<string, string> = {
  '"': '"',
  "'": "'",
  '`': '`',
  '“': '”',
  '‘': '’',
  '<': '>',
  '‹': '›',
  '«': '»',
  '(': ')',
  '[': ']',
  '*': '*',
};
// cmd's `^` escapes and continues lines; no credential contains it.
const WORD = /[^\s"'`“”‘’,^]+/g;
const SLOT_NAMES = /^(?:x-api-key|api[-_]?key|apikey|access[-_]?token|auth[-_]?token|token|authorization|secret)$/i;
const SCHEMES = /^(?:bearer|token):?$/i;
const CONTEXT_LENGTH = 120;

/** True when `piece` starts the way some credential does: a JWT, an `lfk_` key or a vendor's. */
export function looksLikeCredential(piece: string): boolean {
  // No vendor's credential is shorter than this; checking the length first keeps long pastes cheap.
  return piece.startsWith('eyJ') || /^lfk[_-]/i.test(piece) || (piece.length >= 15 && matchVendor(piece) !== undefined);
}

/** A word without the brackets, bold marks and sentence punctuation around it. */
function unwrapWord(word: string): { value: string; offset: number; punctuation: string } {
  let value = word;
  let offset = 0;
  let punctuation = '';
  for (let pass = 0; pass < 4; pass += 1) {
    const before = value;
    const trailing = /(?:[,;:!?]+|(?<!\.)\.)$/.exec(value);
    if (trailing) {
      punctuation = trailing[0] + punctuation;
      value = value.slice(0, trailing.index);
    }
    const open = value[0] ?? '';
    const close = PAIRS[open];
    if (close && value.length > 2 && value.endsWith(close)) {
      value = value.slice(1, -1);
      offset += 1;
    } else if (open === '>' || (close && !value.slice(1).includes(close))) {
      // An e-mail quote mark, or an opener whose closer was split off as a separate word.
      value = value.slice(1);
      offset += 1;
    } else if (/[)\]}>›»]$/.test(value) && !/[([{<‹«]/.test(value)) {
      value = value.slice(0, -1);
    }
    if (value === before) break;
  }
  return { value, offset, punctuation };
}

/** The values in one word: URL parameters, the right side of `name=value` or `name:value`, or the word. */
function valuesIn(word: string, at: number): Candidate[] {
  const { value, offset, punctuation } = unwrapWord(word);
  const notes: Stripped[] = punctuation ? [{ kind: 'punctuation', characters: punctuation }] : [];
  const query = /^(?:https?:\/\/|\/|www\.)[^?#]*[?#](.*)$/i.exec(value) ?? (/[&]/.test(value) ? [value, value] : null);
  if (query) {
    const params = new URLSearchParams(query[1]!.replace(/#/g, '&'));
    return [...params].flatMap(([parameter, found]) =>
      looksLikeCredential(found)
        ? [{ token: found, start: at, end: at + word.length, notes: [{ kind: 'url', parameter } as Stripped] }]
        : [],
    );
  }
  const pair = /^((?:\$env:)?[A-Za-z_$][\w.$-]*)[=:](.+)$/i.exec(value);
  if (pair && !looksLikeCredential(value)) {
    const inner = pair[2]!;
    return valuesIn(inner, at + offset + value.length - inner.length).map((c) => ({
      ...c,
      notes: [...c.notes, ...notes],
    }));
  }
  const start = at + offset;
  return [{ token: value, start, end: start + value.length, notes }];
}

/** What stands before a credential on its line: a header or variable name, a scheme, quotes. */
function context(text: string, start: number, end: number): { notes: Stripped[]; from: number } {
  let lineStart = text.lastIndexOf('\n', start - 1) + 1;
  // "Bearer" may end the line before the token.
  if (lineStart > 0 && text.slice(lineStart, start).trim() === '')
    lineStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  // A name, a scheme and their punctuation fit in far less: a bound keeps the patterns below linear.
  lineStart = Math.max(lineStart, start - CONTEXT_LENGTH);
  let prefix = text.slice(lineStart, start).trimEnd();
  const notes: Stripped[] = [];
  const opener = text[start - 1] ?? '';
  const closer = text[end] ?? '';
  if (PAIRS[opener] !== undefined && PAIRS[opener] === closer) {
    notes.push({ kind: 'wrapping', open: opener, close: closer });
  }
  prefix = prefix.replace(/["'`“‘‹«<(*\s]+$/, '');
  // "Bearer:" is a common slip; "token:" is a name (YAML), not a scheme.
  const scheme = /(?<![\w-])(?:(bearer)\s*:?|(token|basic))$/i.exec(prefix);
  if (scheme) {
    const name = (scheme[1] ?? scheme[2])!;
    notes.push({ kind: 'scheme', name: name[0]!.toUpperCase() + name.slice(1).toLowerCase() });
    prefix = prefix.slice(0, scheme.index).replace(/["'`“‘\s]+$/, '');
  }
  const named = /(?<![\w$.-])(?:\$env:)?([A-Za-z_][\w.-]*)["'`]?\s*[=:]$/i.exec(prefix);
  if (!named) return { notes, from: lineStart + prefix.length };
  const name = named[1]!;
  const line = text.slice(lineStart, text.indexOf('\n', end) === -1 ? text.length : text.indexOf('\n', end));
  if (HEADER_NAMES.test(name)) notes.push({ kind: 'header', name });
  else if (
    /cookie|(?:^|\s)-b\s/i.test(line) ||
    /^\s*;/.test(text.slice(end)) ||
    /;\s*$/.test(prefix.slice(0, named.index))
  )
    notes.push({ kind: 'cookie', name });
  else if (/[?#&]/.test(prefix.slice(0, named.index).split(/\s/).pop() ?? ''))
    notes.push({ kind: 'url', parameter: name });
  else notes.push({ kind: 'assignment', name });
  return { notes, from: lineStart + named.index };
}

/** `user:password` from a Basic credential, when it decodes to text. */
function basicParts(word: string): string[] {
  const decoded = decodeBase64Url(word.replace(/\+/g, '-').replace(/\//g, '_'));
  if (!decoded.ok) return [];
  const text = new TextDecoder().decode(decoded.bytes);
  return /^[\x20-\x7e]+$/.test(text) ? text.split(':').filter(Boolean) : [];
}

function candidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  const pieces: string[] = [];
  let after = 0;
  for (const run of findJwtRuns(text)) {
    const notes: Stripped[] = [];
    if (run.joined) notes.push({ kind: 'line-breaks' });
    if (run.trailingStop) notes.push({ kind: 'punctuation', characters: '.' });
    if (run.shortened) notes.push({ kind: 'ellipsis' });
    found.push({ token: run.token, start: run.start, end: run.end, notes });
    pieces.push(text.slice(after, run.start), ' '.repeat(run.end - run.start));
    after = run.end;
  }
  // The JWTs blanked out, so the words left are scanned for the other credentials.
  const masked = pieces.join('') + text.slice(after);
  const words = [...masked.matchAll(WORD)];
  words.forEach((match, i) => {
    const previous = words[i - 1]?.[0] ?? '';
    if (/^basic:?$/i.test(previous)) {
      for (const part of basicParts(match[0])) {
        if (looksLikeCredential(part))
          found.push({
            token: part,
            start: match.index,
            end: match.index + match[0].length,
            notes: [{ kind: 'basic' }],
          });
      }
      return;
    }
    for (const candidate of valuesIn(match[0], match.index)) {
      if (!looksLikeCredential(candidate.token)) continue;
      // A key broken in two (a line break, a space): the next word completes it to the right length.
      const next = words[i + 1];
      const rest = next?.[0] ?? '';
      if (
        /^lfk_/i.test(candidate.token) &&
        candidate.token.length < API_KEY_LENGTH &&
        /^[A-Za-z0-9]+$/.test(rest) &&
        candidate.token.length + rest.length === API_KEY_LENGTH &&
        /^\s+$/.test(text.slice(candidate.end, next!.index))
      ) {
        found.push({
          ...candidate,
          token: candidate.token + rest,
          end: next!.index + rest.length,
          notes: [{ kind: 'line-breaks' }],
        });
        continue;
      }
      found.push(candidate);
    }
  });
  // Trust Leads credentials first: beside another vendor's key, ours is the one the reader asks about.
  const ours = (c: Candidate) => (c.token.startsWith('eyJ') || /^lfk[_-]/i.test(c.token) ? 0 : 1);
  return found.sort((a, b) => ours(a) - ours(b) || a.start - b.start);
}

/** The value where a credential belongs, when the paste holds no credential: after `Bearer`, in `x-api-key:`. */
function slot(text: string): string | undefined {
  const words = [...text.matchAll(WORD)].map((m) => m[0]);
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i]!.replace(/[,;]+$/, '');
    const pair = /^([\w$.-]+)[:=](.*)$/.exec(word);
    if (SCHEMES.test(word)) return words[i + 1] ?? '';
    if (pair && SLOT_NAMES.test(pair[1]!)) {
      if (pair[2] !== '') return pair[2]!;
      const next = words[i + 1] ?? '';
      if (!SCHEMES.test(next) && !/^(?:basic)$/i.test(next)) return next;
    }
  }
  return undefined;
}

function removeFences(text: string): { text: string; fenced: boolean } {
  const lines = text.split(/\r?\n/);
  const kept = lines.filter((line) => !/^\s*(?:```|~~~)/.test(line));
  return { text: kept.join('\n'), fenced: kept.length !== lines.length };
}

/**
 * Reduces a paste to the credential in it, wherever it sits: alone, in an `Authorization:` header
 * line (any case and spacing, any scheme), a curl, HTTPie, PowerShell or cmd command (continued over
 * lines or not), code, JSON, an `.env`/`export`/`set` line, YAML or TOML, a cookie, a URL's query or
 * fragment, a Basic credential, Markdown (a code fence, backticks, bold), quotes, brackets or
 * guillemets, before sentence punctuation; rejoins a JWT broken over lines (at its dots, as in RFC
 * 7519 §3.1, or wrapped at a width); removes every invisible character. Every removal is reported.
 * When two credentials were pasted, the first is kept and the others counted.
 */
export function normalizeInput(raw: string): Normalized {
  const stripped: Stripped[] = [];
  const note = (item: Stripped) => {
    if (!stripped.some((s) => s.kind === item.kind)) stripped.push(item);
  };
  const invisible = removeInvisible(raw);
  if (invisible.removed.length > 0) note({ kind: 'invisible', characters: invisible.removed });
  const fences = removeFences(invisible.text);
  if (fences.fenced) note({ kind: 'code-fence' });
  // Shell line continuations (bash `\`, PowerShell `` ` ``, cmd `^`) join one command.
  const text = fences.text.replace(/(?<=[ \t])[\\`^][ \t]*\r?\n/g, '\n');

  const found = candidates(text);
  const distinct = [...new Set(found.map((c) => c.token))];
  const first = found[0];
  if (first) {
    const { notes, from } = context(text, first.start, first.end);
    for (const item of [...first.notes, ...notes]) note(item);
    const before = text.slice(0, from).replace(/^\s*(?:export|set|setx)\s+$/i, '');
    const around = (before + text.slice(first.end)).replace(/[\s"'`“”‘’<>‹›«»()[\]*.,;:!?]/g, '');
    // The rest of a URL or a cookie line is not worth a word: the reader knows where the value came from.
    const whole =
      notes.some((n) => n.kind === 'url' || n.kind === 'cookie') || first.notes.some((n) => n.kind === 'url');
    if (around !== '' && !fences.fenced && !whole && distinct.length === 1) note({ kind: 'surrounding-text' });
    return { token: first.token, source: 'credential', stripped, others: distinct.length - 1, text };
  }
  const value = slot(text);
  if (value !== undefined) return { token: unwrapWord(value).value, source: 'slot', stripped, others: 0, text };
  const trimmed = text.trim();
  const token = /\s/.test(trimmed) ? trimmed : unwrapWord(trimmed).value;
  return { token, source: 'paste', stripped, others: 0, text };
}
