/**
 * Where votes, zero-result searches and dashboard sessions are kept: the two implementations of
 * `FeedbackStore` and how their failures are reported.
 * @module
 */
export { StoreUnavailableError, classifyStoreError, type StoreFailureKind } from './errors.ts';
export { MIGRATIONS, type Migration } from './migrations.ts';
export { PostgresStore } from './postgres-store.ts';
export { CorruptDatabaseError, SqliteStore } from './sqlite-store.ts';
