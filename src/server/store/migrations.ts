/**
 * Schema changes, in order, for both databases. Times are milliseconds since 1970 in both, so the
 * queries in queries.ts are the same text for each. Each is applied once, in a transaction, and
 * recorded in `schema_migrations`; never edit one that has shipped, add the next.
 */
export interface Migration {
  version: number;
  description: string;
  sqlite: string;
  postgres: string;
}

/**
 * Version 1 for a dialect: the two differ only in how an auto-numbered key is declared (SQLite
 * gives BIGINT columns INTEGER affinity, so the times are 64-bit in both).
 */
const votesAndSearchMisses = (autoId: string) => `
  CREATE TABLE votes (
    guide TEXT NOT NULL,
    visitor TEXT NOT NULL,
    vote TEXT NOT NULL CHECK (vote IN ('up', 'down')),
    reason TEXT,
    comment TEXT,
    revision INTEGER NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (guide, visitor)
  );
  CREATE INDEX votes_guide_updated ON votes (guide, updated_at);
  CREATE TABLE search_misses (
    id ${autoId},
    query TEXT NOT NULL,
    created_at BIGINT NOT NULL
  );
  CREATE INDEX search_misses_query ON search_misses (query);`;

const adminSessions = `
  CREATE TABLE admin_sessions (
    id TEXT PRIMARY KEY,
    expires_at BIGINT NOT NULL
  );
  CREATE INDEX admin_sessions_expires ON admin_sessions (expires_at);`;

// A reader's latest say per path: `state` is the last event that counts (a fix answer is not
// undone by reaching the outcome again), `updated_at` its time, so an older write cannot replace it.
const troubleshooterAnswers = `
  CREATE TABLE troubleshooter_answers (
    troubleshooter TEXT NOT NULL,
    visitor TEXT NOT NULL,
    path TEXT NOT NULL,
    outcome TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('reached', 'fixed-yes', 'fixed-no')),
    revision INTEGER NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (troubleshooter, visitor, path)
  );
  CREATE INDEX troubleshooter_answers_outcome ON troubleshooter_answers (troubleshooter, outcome, visitor);`;

/** Every migration, oldest first. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'votes and zero-result searches',
    sqlite: votesAndSearchMisses('INTEGER PRIMARY KEY AUTOINCREMENT'),
    postgres: votesAndSearchMisses('BIGSERIAL PRIMARY KEY'),
  },
  {
    version: 2,
    description: 'dashboard sessions, so that signing out ends a session on every server',
    sqlite: adminSessions,
    postgres: adminSessions,
  },
  {
    version: 3,
    description: 'troubleshooter answers: outcomes reached and whether they fixed it',
    sqlite: troubleshooterAnswers,
    postgres: troubleshooterAnswers,
  },
];
