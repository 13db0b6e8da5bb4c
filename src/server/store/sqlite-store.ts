import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite';
import { classifyStoreError } from './errors.ts';
import { MIGRATIONS } from './migrations.ts';
import type { Row } from './rows.ts';
import { SqlFeedbackStore } from './sql-store.ts';

interface QueuedWrite {
  statement: StatementSync;
  params: SQLInputValue[];
  resolve: (rows: Row[]) => void;
  reject: (error: unknown) => void;
}

const WRITE = /^\s*(?:INSERT|UPDATE|DELETE)\b/i;

/** The SQLite file is damaged: the server refuses to start on it rather than serve from it. */
export class CorruptDatabaseError extends Error {
  constructor(path: string, detail: string) {
    super(`the SQLite file ${path} is damaged (${detail}); restore it from a backup or move it away`);
    this.name = 'CorruptDatabaseError';
  }
}

/**
 * The embedded store: one SQLite file (created with its folder on first use), WAL journal, and
 * `synchronous = FULL` so a write that returned survives a crash or power loss.
 *
 * Writes use group commit: the writes that arrive while the event loop is busy are committed
 * together in one transaction, one disk flush for all of them, and each promise resolves only
 * after that commit. Under load this turns one flush per vote into one flush per batch.
 *
 * Every database error reaches callers as a `StoreUnavailableError`; the connection stays open,
 * so once the disk has room again (or the lock is gone) the next write succeeds.
 */
export class SqliteStore extends SqlFeedbackStore {
  readonly #db: DatabaseSync;
  // Compiling SQL costs as much as running it: each statement is prepared once.
  readonly #statements = new Map<string, StatementSync>();
  #queue: QueuedWrite[] = [];

  /** Opens (or creates) the file, checks its integrity and applies pending migrations. */
  constructor(path: string) {
    super();
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.#db = new DatabaseSync(path);
    try {
      this.#db.exec('PRAGMA busy_timeout = 5000;');
      this.#checkIntegrity(path);
      this.#db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;');
      this.#migrate();
    } catch (error) {
      this.#db.close();
      throw error;
    }
  }

  #checkIntegrity(path: string): void {
    let verdict: string;
    try {
      // quick_check reads every page but skips the index cross-checks: seconds, not minutes.
      const rows = this.#db.prepare('PRAGMA quick_check(1)').all();
      verdict = String(Object.values(rows[0] ?? {})[0] ?? 'no answer');
    } catch (error) {
      verdict = (error as Error).message;
    }
    if (verdict !== 'ok') throw new CorruptDatabaseError(path, verdict);
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
    try {
      const statement = this.#statement(sql);
      if (WRITE.test(sql)) {
        return await new Promise((resolve, reject) => {
          this.#queue.push({ statement, params, resolve, reject });
          if (this.#queue.length === 1) setImmediate(() => this.#commitQueued());
        });
      }
      return statement.all(...params) as Row[];
    } catch (error) {
      throw classifyStoreError(error);
    }
  }

  #run(statement: StatementSync, params: SQLInputValue[]): Row[] {
    // Statements that return rows (an upsert with RETURNING) are read; others just run.
    if (statement.columns().length === 0) {
      statement.run(...params);
      return [];
    }
    return statement.all(...params) as Row[];
  }

  #commitQueued(): void {
    const batch = this.#queue;
    this.#queue = [];
    try {
      this.#db.exec('BEGIN IMMEDIATE');
      const results = batch.map((write) => this.#run(write.statement, write.params));
      this.#db.exec('COMMIT');
      batch.forEach((write, i) => write.resolve(results[i]!));
    } catch {
      this.#rollback();
      // One bad write must not fail the others: commit each on its own, so only it is refused.
      for (const write of batch) {
        try {
          write.resolve(this.#run(write.statement, write.params));
        } catch (error) {
          write.reject(error);
        }
      }
    }
  }

  #rollback(): void {
    try {
      if (this.#db.isTransaction) this.#db.exec('ROLLBACK');
    } catch {
      // SQLite rolls a transaction back by itself after some errors (a full disk among them).
    }
  }

  override async close() {
    if (this.#queue.length > 0) this.#commitQueued();
    this.#db.close();
  }
}
