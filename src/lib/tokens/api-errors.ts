/** What the checker needs to know of a documented error code (an entry of `content/error-codes.json`). */
export interface ErrorCodeInfo {
  code: string;
  title: string;
  meaning: string;
  /** What to do about it, when the registry says. */
  action?: string;
  guides: readonly string[];
}

/** An error the paste names: a code (documented or not) and the HTTP status, when given. */
export interface FoundError {
  code?: string;
  /** The registry's entry for the code; absent for a code the help center does not document. */
  entry?: ErrorCodeInfo;
  status?: number;
}

const STATUS = [
  /\bHTTP\/\d(?:\.\d)?\s+([45]\d\d)\b/,
  /\bstatus(?:[ _-]?code)?["']?\s*[:=]?\s*["']?([45]\d\d)\b/i,
  /\b([45]\d\d)\s+(?:Unauthorized|Forbidden|Not Found|Too Many Requests|Bad Request|Client Error)\b/i,
];
const ERROR_WORDS =
  /\b(?:error|errors|err|code|reason|exception|failed|failure|denied|rejected|unauthori[sz]ed|forbidden)\b|HTTP\/\d|\b[45]\d\d\b/i;
const UPPER_SNAKE = /[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+/g;

/** The first 4xx/5xx status the paste states (a status line, `status=401`, "401 Unauthorized"). */
export function findStatus(text: string): number | undefined {
  for (const pattern of STATUS) {
    const match = pattern.exec(text);
    if (match) return Number(match[1]);
  }
  return undefined;
}

/**
 * A code standing as a value, not a name: not `NAME=`, `NAME:` or `export NAME` (a variable or key
 * being set), nor `$NAME`, `%NAME%`, `env.NAME` (a variable being read).
 */
function standsAsValue(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 8), start);
  const after = text.slice(end, end + 3);
  return (
    !/[\w$%]$|env[.:]$|\b(?:export|set|setx|unset|echo)\s+$/i.test(before) &&
    !/^["']?\s*[=:(]/.test(after) &&
    !/^[\w-]/.test(after)
  );
}

/**
 * The error the paste names. A documented code counts wherever it appears, in any case
 * (`session_expired` in a log); another UPPER_SNAKE code counts where the paste reads like an error
 * (a status line, an `error`/`code` field, a failed request), or when it is the whole paste.
 */
export function findError(text: string, registry: readonly ErrorCodeInfo[]): FoundError | undefined {
  const status = findStatus(text);
  const withStatus = (found: FoundError): FoundError => (status === undefined ? found : { ...found, status });
  let first: { at: number; entry: ErrorCodeInfo } | undefined;
  for (const entry of registry) {
    const match = new RegExp(`(?<![A-Za-z0-9])${entry.code}(?![A-Za-z0-9])`, 'i').exec(text);
    if (
      match &&
      (!first || match.index < first.at) &&
      standsAsValue(text, match.index, match.index + entry.code.length)
    )
      first = { at: match.index, entry };
  }
  if (first) return withStatus({ code: first.entry.code, entry: first.entry });
  const alone = /^\s*[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\s*$/.test(text);
  if (alone || ERROR_WORDS.test(text)) {
    for (const match of text.matchAll(UPPER_SNAKE)) {
      if (standsAsValue(text, match.index, match.index + match[0].length)) return withStatus({ code: match[0] });
    }
  }
  return status === undefined ? undefined : { status };
}
