import { decodeJws } from './jwt.ts';

/** A JWT found in a paste, rejoined if it was broken over lines. */
export interface JwtRun {
  token: string;
  /** Where it starts and ends in the paste. */
  start: number;
  end: number;
  /** True when it was rejoined across line breaks or spaces. */
  joined: boolean;
  /** True when a full stop after it was sentence punctuation, not part of it. */
  trailingStop: boolean;
  /** True when it ended in "..." or "…", as shortened examples do. */
  shortened: boolean;
}

// Anything but what delimits a token in text, code and URLs: a stray character inside the token
// stays in it, so the reader can be told which part it breaks and why.
const RUN_CHARACTER = /[^\s"'`“”‘’<>‹›«»()[\]{},;&^\\|…#]/;
// Sentence punctuation and Markdown bold after a token are not part of it.
const TRAILING = /[!?:*]+$/;
const SIGNATURE_MIN_LENGTH = 16;
const MAX_LINES_DROPPED = 3;
const GAP = /\s*/y;
const LINE_END = /[ \t]*(?:\r?\n|$)/y;

function readPiece(text: string, from: number): number {
  let at = from;
  while (at < text.length && RUN_CHARACTER.test(text[at]!)) at += 1;
  return at;
}

const dots = (text: string) => text.split('.').length - 1;
const decodes = (token: string) => {
  const parts = token.split('.');
  return parts.length === 3 && decodeJws(parts as [string, string, string]).ok;
};

/**
 * Whether the piece after a line break or space continues the token. Dots decide most cases: a line
 * that ends or starts with one is the same token (as in RFC 7519 §3.1's layout). Otherwise the token was
 * wrapped at a width, so its piece on this line is long, the next line holds nothing but token
 * characters, and does not start another credential or set a `NAME=value`.
 */
function continues(token: string, next: string, newline: boolean, pieceOnLine: number): boolean {
  if (/^lfk[_-]/i.test(next) || /=[^=.]/.test(next)) return false;
  const before = dots(token);
  // A payload starts with "eyJ" as a header does: after a dot it continues the token, elsewhere it starts another.
  // The signature after the second dot: long enough that it is no word of a sentence.
  if (token.endsWith('.') && before === 2) return next.length >= SIGNATURE_MIN_LENGTH && !next.startsWith('eyJ');
  if (token.endsWith('.') || next.startsWith('.')) return before + dots(next) <= 2;
  if (next.startsWith('eyJ')) return false;
  return newline && pieceOnLine >= SIGNATURE_MIN_LENGTH;
}

function readRun(text: string, start: number): JwtRun {
  let at = readPiece(text, start);
  let token = text.slice(start, at);
  let pieceStart = start;
  const wrapJoins: number[] = [];
  let joined = false;
  while (at < text.length) {
    GAP.lastIndex = at;
    const gapLength = GAP.exec(text)![0].length;
    if (gapLength === 0 || at + gapLength === text.length) break;
    const nextStart = at + gapLength;
    const nextEnd = readPiece(text, nextStart);
    const next = text.slice(nextStart, nextEnd);
    if (next === '') break;
    const gap = text.slice(at, nextStart);
    const newline = gap.includes('\n') || gap.includes('\r');
    // The next piece must fill the rest of its line, as a wrapped token does.
    LINE_END.lastIndex = nextEnd;
    const endsLine = LINE_END.test(text);
    const dotJoin = token.endsWith('.') || next.startsWith('.');
    if (!dotJoin && !endsLine) break;
    if (!continues(token, next, newline, at - pieceStart)) break;
    if (!dotJoin) wrapJoins.push(token.length);
    token += next;
    joined = true;
    if (newline) pieceStart = nextStart;
    at = nextEnd;
  }
  // Words after a wrapped token can look like more of it: keep the longest form that decodes,
  // dropping up to a few trailing lines (more would be no token at all, and cost a decode each).
  const lowest = Math.max(0, wrapJoins.length - MAX_LINES_DROPPED);
  for (let i = wrapJoins.length - 1; i >= lowest && !decodes(token) && dots(token) === 2; i -= 1) {
    const shorter = token.slice(0, wrapJoins[i]);
    if (decodes(shorter)) token = shorter;
  }
  token = token.replace(TRAILING, '');
  const shortened = /\.\.$/.test(token) || text[at] === '…';
  token = token.replace(/\.{2,}$/, '');
  const trailingStop = !shortened && token.endsWith('.') && dots(token) === 3;
  if (trailingStop) token = token.slice(0, -1);
  return { token, start, end: at, joined, trailingStop, shortened };
}

/** Every JWT-shaped run in the paste (starting with “eyJ”, the base64 of `{"`), in order. */
export function findJwtRuns(text: string): JwtRun[] {
  const runs: JwtRun[] = [];
  const starts = /eyJ/g;
  for (let match = starts.exec(text); match; match = starts.exec(text)) {
    // Inside a word, or a later part of a token whose header does not start with "eyJ".
    const before = text.slice(Math.max(0, match.index - 2), match.index);
    if (/[A-Za-z0-9_-]$|[A-Za-z0-9_-]\.$/.test(before)) continue;
    const run = readRun(text, match.index);
    runs.push(run);
    starts.lastIndex = Math.max(run.end, match.index + 3);
  }
  return runs;
}
