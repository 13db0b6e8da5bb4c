const BRAND = Symbol.for('trust-leads.help-center.store-unavailable');

/** Why the store could not answer: each kind is logged at most once per interval. */
export type StoreFailureKind =
  'disk-full' | 'corrupt' | 'unreachable' | 'timeout' | 'read-only' | 'busy' | 'io-error' | 'other';

/**
 * The database failed, not the request: the API answers 503 `store-unavailable` and the client
 * may retry. Nothing was stored.
 */
export class StoreUnavailableError extends Error {
  /** What went wrong, for the log. */
  readonly kind: StoreFailureKind;

  // The server script and the bundled routes each load their own copy of this module (the store
  // is made by one, its errors caught by the other), so `instanceof` checks a shared brand.
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  }
  readonly [BRAND] = true;

  constructor(kind: StoreFailureKind, cause: unknown) {
    super(`feedback store unavailable (${kind}): ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
    this.name = 'StoreUnavailableError';
    this.kind = kind;
  }
}

const SQLITE_KINDS: Readonly<Record<string, StoreFailureKind>> = {
  SQLITE_FULL: 'disk-full',
  SQLITE_CORRUPT: 'corrupt',
  SQLITE_NOTADB: 'corrupt',
  SQLITE_READONLY: 'read-only',
  SQLITE_BUSY: 'busy',
  SQLITE_IOERR: 'io-error',
  SQLITE_LOCKED: 'busy',
};

// SQLite's primary result codes (the low byte of an extended code) that mean the store is unwell.
const SQLITE_BASE_CODES: Readonly<Record<number, string>> = {
  5: 'SQLITE_BUSY',
  6: 'SQLITE_LOCKED',
  8: 'SQLITE_READONLY',
  10: 'SQLITE_IOERR',
  11: 'SQLITE_CORRUPT',
  13: 'SQLITE_FULL',
  26: 'SQLITE_NOTADB',
};

/** Classifies a driver error from SQLite (`errstr`/`message`) or PostgreSQL (`code`, socket errors). */
export function classifyStoreError(error: unknown): StoreUnavailableError {
  if (error instanceof StoreUnavailableError) return error;
  const e = (error ?? {}) as { code?: unknown; errcode?: unknown; errstr?: unknown; message?: unknown };
  const text = `${String(e.errstr ?? '')} ${String(e.message ?? '')}`;
  if (typeof e.errcode === 'number' || String(e.code) === 'ERR_SQLITE_ERROR') {
    const base = typeof e.errcode === 'number' ? SQLITE_BASE_CODES[e.errcode & 0xff] : undefined;
    if (base) return new StoreUnavailableError(SQLITE_KINDS[base] ?? 'other', error);
    if (/full/i.test(text)) return new StoreUnavailableError('disk-full', error);
    if (/malformed|not a database/i.test(text)) return new StoreUnavailableError('corrupt', error);
    return new StoreUnavailableError('other', error);
  }
  const code = String(e.code ?? '');
  // 57014: statement timeout; 57P01-57P03: the server is shutting down or starting.
  if (code === '57014' || /timeout/i.test(text)) return new StoreUnavailableError('timeout', error);
  if (/^(ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|ENOTFOUND|EHOSTUNREACH|57P0[123]|08\w{3})$/.test(code)) {
    return new StoreUnavailableError('unreachable', error);
  }
  if (/terminat|Connection|connect/i.test(text)) return new StoreUnavailableError('unreachable', error);
  if (code === '53100') return new StoreUnavailableError('disk-full', error);
  return new StoreUnavailableError('other', error);
}
