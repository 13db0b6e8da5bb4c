/**
 * Helpfulness votes and zero-result searches: the store interface and its two implementations.
 * @module
 */
export { MIGRATIONS, type Migration } from './migrations.ts';
export { PostgresStore } from './postgres-store.ts';
export { SqliteStore } from './sqlite-store.ts';
export {
  REASONS,
  type FeedbackStore,
  type GuideComment,
  type GuideTally,
  type Reason,
  type ReasonCount,
  type SearchMissCount,
  type StoredVote,
  type VoteInput,
} from './types.ts';
export { wilsonLowerBound } from './wilson.ts';
