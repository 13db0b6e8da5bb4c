import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite';
import { MIGRATIONS } from './migrations.ts';
import { SqlFeedbackStore, type Row } from './sql-store.ts';

/**
 * The embedded store: one SQLite file (created with its folder on first use), WAL journal, and
 * `synchronous = FULL` so a write that returned survives a crash or power loss.
 */
export class SqliteStore extends SqlFeedbackStore {
  readonly #db: DatabaseSync;
  // Compiling SQL costs as much as running it: each statement is prepared once.
  readonly #statements = new Map<string, StatementSync>();

  constructor(path: string) {
    super();
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.#db = new DatabaseSync(path);
    this.#db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;');
    this.#migrate();
  }

  #migrate(): void {
    this.#db.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)',
    );
    const applied = new Set(
      this.#db
        .prepare('SELECT version FROM schema_migrations')
        .all()
        .map((row) => Number(row.version)),
    );
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      this.#db.exec('BEGIN IMMEDIATE');
      try {
        this.#db.exec(migration.sqlite);
        this.#db
          .prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)')
          .run(migration.version, Date.now());
        this.#db.exec('COMMIT');
      } catch (error) {
        this.#db.exec('ROLLBACK');
        throw error;
      }
    }
  }

  #statement(sql: string): StatementSync {
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = this.#db.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  protected async rows(sql: string, params: SQLInputValue[]): Promise<Row[]> {
    const statement = this.#statement(sql);
    // Statements that return rows (SELECT, or an upsert with RETURNING) are read; others just run.
    if (statement.columns().length === 0) {
      statement.run(...params);
      return [];
    }
    return statement.all(...params) as Row[];
  }

  override async close() {
    this.#db.close();
  }
}
