// Serves the built help center: static pages and the on-demand routes, with security headers on
// every response. Builds first when the build is missing or older than the sources.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PAGE_SEARCH_FILE } from '../src/lib/search/page-search.ts';
import { readBuiltCatalog } from '../src/server/catalog.ts';
import { createServerContext, registerServerContext } from '../src/server/context.ts';
import {
  EnvError,
  readFeedbackConfig,
  readListenConfig,
  type FeedbackConfig,
  type ListenConfig,
} from '../src/server/env.ts';
import { admitRequest, CONNECTION_LIMITS, hardenServer } from '../src/server/http/front.ts';
import { CSP_MANIFEST_FILE } from '../src/server/security/csp-manifest.ts';
import { securityHeaders } from '../src/server/security/headers.ts';
import { createStaticHandler } from '../src/server/static/files.ts';

/** A start that has not opened its store by then has hung (a database that never answers). */
const STORE_OPEN_TIMEOUT_MS = 12_000;

/** Pages compressed on demand, kept for the next reader: most of the server's memory budget. */
const COMPRESSED_CACHE_BYTES = 32 * 1024 * 1024;

const root = join(import.meta.dirname, '..');
const distDir = join(root, 'dist');
const serverEntry = join(distDir, 'server', 'entry.mjs');
// Written last by the build, so its age is the build's age.
const buildStamp = join(distDir, CSP_MANIFEST_FILE);
const sources = ['src', 'content', 'public', 'astro.config.mjs', 'package-lock.json'];

function newestChange(path: string): number {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats) return 0;
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, name)));
  return newest;
}

function buildIfNeeded(): void {
  const builtAt = existsSync(serverEntry) ? (statSync(buildStamp, { throwIfNoEntry: false })?.mtimeMs ?? 0) : 0;
  const changedAt = Math.max(...sources.map((source) => newestChange(join(root, source))));
  if (builtAt >= changedAt) return;
  console.log(
    builtAt === 0 ? 'No build found: building the site…' : 'Sources changed since the last build: rebuilding…',
  );
  // `npm run build`: quick after guide edits alone, else a full `astro build`.
  const result = spawnSync(process.execPath, [join(root, 'scripts', 'build.ts')], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function readConfig(): { listen: ListenConfig; feedback: FeedbackConfig } {
  try {
    return { listen: readListenConfig(process.env), feedback: readFeedbackConfig(process.env) };
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(`Cannot start: environment variable ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}

const { listen: config, feedback } = readConfig();
buildIfNeeded();

// The adapter in middleware mode: its handler renders the on-demand routes (and the 404 page for
// whatever matches nothing); this server does the rest.
const { handler } = (await import(pathToFileURL(serverEntry).href)) as {
  handler: (req: IncomingMessage, res: ServerResponse) => void;
};
// The store is opened (and migrated) before the first request is accepted.
const context = createServerContext(
  feedback,
  readBuiltCatalog(join(distDir, 'client')),
  join(distDir, PAGE_SEARCH_FILE),
);
registerServerContext(context);
const where = feedback.databaseUrl
  ? `PostgreSQL at ${databaseHost(feedback.databaseUrl)}`
  : `SQLite at ${feedback.sqlitePath}`;
const hung = setTimeout(() => {
  console.error(
    `Cannot start: the feedback store (${where}) did not answer within ${STORE_OPEN_TIMEOUT_MS / 1000} s; check that the database is up and reachable`,
  );
  process.exit(1);
}, STORE_OPEN_TIMEOUT_MS);
const { store } = await context.catch((error: unknown) => {
  console.error(`Cannot start: the feedback store (${where}) could not be opened: ${(error as Error).message}`);
  process.exit(1);
});
clearTimeout(hung);
const scriptHashes = JSON.parse(readFileSync(buildStamp, 'utf8')) as string[];
const headers = Object.entries(securityHeaders(scriptHashes));

const serveStatic = createStaticHandler(join(distDir, 'client'), COMPRESSED_CACHE_BYTES);
let draining = false;

// Timeouts are enforced by a periodic sweep; every 2 s keeps them close to what they say.
const server = createServer({ connectionsCheckingInterval: 2_000 }, (req, res) => {
  for (const [name, value] of headers) res.setHeader(name, value);
  // While draining, each connection closes after its answer, so the process can end.
  if (draining) res.setHeader('Connection', 'close');
  if (!admitRequest(req, res, feedback.trustProxy)) return;
  if (!serveStatic(req, res)) handler(req, res);
});
hardenServer(server);
server.on('error', (error: NodeJS.ErrnoException) => {
  const reason = error.code === 'EADDRINUSE' ? 'is already in use' : `cannot be used (${error.message})`;
  console.error(`Cannot start: PORT ${config.port} on HOST ${config.host} ${reason}`);
  process.exit(1);
});
server.listen(config.port, config.host, () => {
  const shown = config.host.includes(':') ? `[${config.host}]` : config.host;
  console.log(`Trust Leads Help Center: http://${shown}:${config.port}/`);
});

// Drain: stop accepting, let requests already accepted finish (a vote in flight is answered, not
// reset), cut whatever is left after the drain time, close the store, exit 0.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    draining = true;
    console.log(`${signal}: finishing requests in progress, then stopping`);
    server.close(() => void store.close().finally(() => process.exit(0)));
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), CONNECTION_LIMITS.drainMs).unref();
  });
}

function databaseHost(url: string): string {
  try {
    const { hostname, port, pathname } = new URL(url);
    return `${hostname}:${port || 5432}${pathname}`;
  } catch {
    return 'DATABASE_URL';
  }
}
