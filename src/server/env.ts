/** A bad environment variable: the server refuses to start and says which one and why. */
export class EnvError extends Error {
  /** The variable at fault, e.g. `PORT`. */
  readonly variable: string;

  constructor(variable: string, message: string) {
    super(`${variable}: ${message}`);
    this.name = 'EnvError';
    this.variable = variable;
  }
}

/** Where the server listens. */
export interface ListenConfig {
  port: number;
  host: string;
}

type Env = Readonly<Record<string, string | undefined>>;

/** Reads `PORT` (default 4321) and `HOST` (default `localhost`); throws {@link EnvError} on a bad value. */
export function readListenConfig(env: Env): ListenConfig {
  return { port: readPort(env.PORT), host: readHost(env.HOST) };
}

function readPort(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return 4321;
  const value = raw.trim();
  const port = Number(value);
  if (!/^\d+$/.test(value) || port < 1 || port > 65535) {
    throw new EnvError('PORT', `must be a whole number from 1 to 65535, got ${JSON.stringify(raw)}`);
  }
  return port;
}

function readHost(raw: string | undefined): string {
  if (raw === undefined || raw.trim() === '') return 'localhost';
  const host = raw.trim();
  if (!/^[A-Za-z0-9.:[\]-]+$/.test(host)) {
    throw new EnvError(
      'HOST',
      `must be a host name or IP address such as 0.0.0.0 or localhost, got ${JSON.stringify(raw)}`,
    );
  }
  return host;
}

/** Where votes go and how the API and dashboard behave. */
export interface FeedbackConfig {
  /** PostgreSQL connection string; when set, SQLite is not used. */
  databaseUrl: string | undefined;
  /** SQLite file, used when `databaseUrl` is not set. */
  sqlitePath: string;
  /** Token that opens `/admin/`; without it the dashboard is off. */
  adminToken: string | undefined;
  /** Votes a minute per client address; 0 turns the limit off. */
  rateLimit: number;
  /**
   * Believe `X-Forwarded-For`, `X-Forwarded-Proto` and `X-Forwarded-Host` (only behind a proxy
   * that sets them); otherwise they are ignored.
   */
  trustProxy: boolean;
  /** The site's public origin (from `SITE_URL`), accepted as a request's `Origin` besides its own. */
  siteOrigin: string;
}

/** The public address when `SITE_URL` is not set. */
export const DEFAULT_SITE_URL = 'https://help.trustleads.ai';

/**
 * Reads `DATABASE_URL`, `FEEDBACK_DB` (default `./data/feedback.sqlite`), `ADMIN_TOKEN` (at least
 * 16 characters), `FEEDBACK_RATE_LIMIT` (default 30), `TRUST_PROXY` (`0` or `1`) and `SITE_URL`; throws
 * {@link EnvError} on a bad value.
 */
export function readFeedbackConfig(env: Env): FeedbackConfig {
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(?:ql)?:\/\/\S+$/.test(databaseUrl)) {
    throw new EnvError('DATABASE_URL', 'must be a PostgreSQL URL such as postgres://user:password@host:5432/db');
  }
  const adminToken = env.ADMIN_TOKEN?.trim() || undefined;
  if (adminToken !== undefined && adminToken.length < 16) {
    throw new EnvError('ADMIN_TOKEN', `must be at least 16 characters long, got ${adminToken.length}`);
  }
  const rawLimit = env.FEEDBACK_RATE_LIMIT?.trim() ?? '';
  if (rawLimit !== '' && !/^\d+$/.test(rawLimit)) {
    throw new EnvError(
      'FEEDBACK_RATE_LIMIT',
      `must be a whole number of votes a minute (0 turns it off), got ${JSON.stringify(env.FEEDBACK_RATE_LIMIT)}`,
    );
  }
  const rawProxy = env.TRUST_PROXY?.trim() ?? '';
  if (!['', '0', '1'].includes(rawProxy)) {
    throw new EnvError(
      'TRUST_PROXY',
      `must be 1 (behind a proxy that sets X-Forwarded-For/-Proto/-Host) or 0, got ${JSON.stringify(env.TRUST_PROXY)}`,
    );
  }
  const siteUrl = env.SITE_URL?.trim() || DEFAULT_SITE_URL;
  if (!/^https?:\/\/[^/\s@]+(\/\S*)?$/.test(siteUrl) || !URL.canParse(siteUrl)) {
    throw new EnvError(
      'SITE_URL',
      `must be an http(s) address such as ${DEFAULT_SITE_URL}, got ${JSON.stringify(siteUrl)}`,
    );
  }
  return {
    databaseUrl,
    sqlitePath: env.FEEDBACK_DB?.trim() || './data/feedback.sqlite',
    adminToken,
    rateLimit: rawLimit === '' ? 30 : Number(rawLimit),
    trustProxy: rawProxy === '1',
    siteOrigin: new URL(siteUrl).origin,
  };
}
