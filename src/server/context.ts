import { RateLimiter } from '../lib/feedback/rate-limit.ts';
import type { FeedbackStore } from '../lib/feedback/types.ts';
import type { PageSearch } from '../lib/search/page-search.ts';
import { ADMIN_GUESSES_PER_MINUTE } from './admin/auth.ts';
import { readFeedbackConfig, type FeedbackConfig } from './env.ts';
import { catalogFromContent, type Catalog, type GuideRef } from './catalog.ts';
import { openPageSearchPack } from './page-search-pack.ts';
import { PostgresStore, SqliteStore } from './store/index.ts';

/** What the on-demand routes share for the life of the process. */
export interface ServerContext {
  store: FeedbackStore;
  config: FeedbackConfig;
  /** Published guides by slug: votes are accepted only for these. */
  guides: ReadonlyMap<string, GuideRef>;
  /** The troubleshooters, by slug order: answers are accepted only for their paths. */
  troubleshooters: Catalog['troubleshooters'];
  /** Writes per client address (`FEEDBACK_RATE_LIMIT`). */
  limiter: RateLimiter;
  /** Wrong admin tokens per client address, by login form or bearer header alike. */
  adminGuesses: RateLimiter;
  /** The search page's index: the build's search pack, opened on first use. */
  pageSearch: () => Promise<PageSearch>;
}

// The server script and the bundled routes are separate module graphs in one process: a global
// registry is the one place both can see.
const KEY = Symbol.for('trust-leads.help-center.server-context');
type Registry = { [KEY]?: Promise<ServerContext> };

/**
 * Opens the store the settings name (PostgreSQL if `DATABASE_URL` is set, else SQLite).
 * `pageSearchFile` is the build's search pack; without it (under `astro dev`) the search page
 * builds its own.
 */
export async function createServerContext(
  config: FeedbackConfig,
  catalog: Catalog,
  pageSearchFile?: string,
): Promise<ServerContext> {
  const store = config.databaseUrl ? await PostgresStore.open(config.databaseUrl) : new SqliteStore(config.sqlitePath);
  let pageSearch: Promise<PageSearch> | undefined;
  return {
    store,
    config,
    guides: new Map(catalog.guides.map((g) => [g.slug, g])),
    troubleshooters: [...catalog.troubleshooters].sort((a, b) => a.slug.localeCompare(b.slug)),
    limiter: new RateLimiter(config.rateLimit),
    adminGuesses: new RateLimiter(ADMIN_GUESSES_PER_MINUTE),
    pageSearch: () => {
      if (!pageSearchFile) return Promise.reject(new Error('no search data: this server was started without a build'));
      pageSearch ??= openPageSearchPack(pageSearchFile).catch((error: unknown) => {
        pageSearch = undefined;
        throw error;
      });
      return pageSearch;
    },
  };
}

/** Makes `context` the one the routes use (called by the server at start). */
export function registerServerContext(context: Promise<ServerContext>): void {
  (globalThis as Registry)[KEY] = context;
}

/**
 * The context registered by the server; under `astro dev`, one made on first use from the
 * environment and the files in `content/`.
 */
export function serverContext(): Promise<ServerContext> {
  const registry = globalThis as Registry;
  registry[KEY] ??= createServerContext(readFeedbackConfig(process.env), catalogFromContent('content'));
  return registry[KEY];
}
