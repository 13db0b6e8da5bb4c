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
