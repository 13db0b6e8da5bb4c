import pg from 'pg';
import { logFailure } from '../log.ts';
import { classifyStoreError } from './errors.ts';
import { MIGRATIONS } from './migrations.ts';
import { numberPlaceholders } from './queries.ts';
import type { Row } from './rows.ts';
import { SqlFeedbackStore } from './sql-store.ts';

// Any fixed number works: it only has to be the same for every process sharing the database.
const MIGRATION_LOCK = 74_201_126;

/**
 * How long the store waits on PostgreSQL. A vote waits at most about the connect plus the query
 * time, so a stalled database answers 503 instead of holding readers' requests open.
 */
export const POSTGRES_TIMEOUTS = {
  /** Opening a connection, including the server's startup answer. */
  connectMs: 5_000,
  /** One statement, enforced by the server. */
  statementMs: 5_000,
  /** One query, enforced by the client even when the server stops answering. */
  queryMs: 8_000,
} as const;

/**
 * The scale-out store: PostgreSQL through a connection pool, the same schema as SQLite. Every
 * statement autocommits, so a resolved write is committed. Use {@link PostgresStore.open}.
 *
 * A connection that breaks (PostgreSQL restarted, a backend terminated) is dropped from the pool
 * and the next query opens a new one, so the store recovers by itself once the database is back.
 */
export class PostgresStore extends SqlFeedbackStore {
  readonly #pool: pg.Pool;

  private constructor(pool: pg.Pool) {
    super();
    this.#pool = pool;
  }

  /** Connects and applies pending migrations (serialised across processes by an advisory lock). */
  static async open(connectionString: string, poolSize = 10): Promise<PostgresStore> {
    const pool = new pg.Pool({
      connectionString,
      max: poolSize,
      connectionTimeoutMillis: POSTGRES_TIMEOUTS.connectMs,
      statement_timeout: POSTGRES_TIMEOUTS.statementMs,
      query_timeout: POSTGRES_TIMEOUTS.queryMs,
      idle_in_transaction_session_timeout: POSTGRES_TIMEOUTS.statementMs,
      idleTimeoutMillis: 30_000,
      keepAlive: true,
    });
    // An idle connection that dies (a restart, pg_terminate_backend) is reported here; without a
    // listener Node would end the process.
    pool.on('error', (error) => logFailure(`store:${classifyStoreError(error).kind}`, error.message));
    const store = new PostgresStore(pool);
    try {
      await store.#migrate();
    } catch (error) {
      await store.close();
      throw error;
    }
    return store;
  }

  async #migrate(): Promise<void> {
    const client = await this.#pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
      await client.query(
        'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)',
      );
      const { rows } = await client.query('SELECT version FROM schema_migrations');
      const applied = new Set(rows.map((row) => Number(row.version)));
      for (const migration of MIGRATIONS) {
        if (applied.has(migration.version)) continue;
        await client.query('BEGIN');
        try {
          await client.query(migration.postgres);
          await client.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [
            migration.version,
            Date.now(),
          ]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        }
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
      client.release();
    }
  }

  protected async rows(sql: string, params: (string | number | null)[]): Promise<Row[]> {
    try {
      return (await this.#pool.query(numberPlaceholders(sql), params)).rows as Row[];
    } catch (error) {
      throw classifyStoreError(error);
    }
  }

  override async close() {
    await this.#pool.end();
  }
}
