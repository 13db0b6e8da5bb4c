import type {
  GuideComment,
  GuideTally,
  ReasonCount,
  Reason,
  SearchMissCount,
  StoredVote,
} from '../../lib/feedback/types.ts';
import type { AnswerTotals, StoredAnswer } from '../../lib/troubleshooters/report.ts';
import type { AnswerEvent } from '../../schemas/troubleshooter-answer.ts';

/** A row as either driver returns it: SQLite gives numbers, PostgreSQL gives BIGINT and COUNT as strings. */
export type Row = Record<string, unknown>;
const number = (value: unknown) => Number(value);

export function toStoredVote(row: Row): { created: boolean; vote: StoredVote } {
  return {
    created: number(row.revision) === 1,
    vote: {
      guide: String(row.guide),
      vote: row.vote as 'up' | 'down',
      reason: (row.reason as Reason | null) ?? null,
      comment: (row.comment as string | null) ?? null,
      createdAt: new Date(number(row.created_at)),
      updatedAt: new Date(number(row.updated_at)),
    },
  };
}

export const toTally = (row: Row): GuideTally => ({
  guide: String(row.guide),
  up: number(row.up),
  down: number(row.down),
});

export const toReasonCount = (row: Row): ReasonCount => ({
  guide: String(row.guide),
  reason: row.reason as Reason,
  count: number(row.count),
});

export const toComment = (row: Row): GuideComment => ({
  guide: String(row.guide),
  vote: row.vote as 'up' | 'down',
  reason: (row.reason as Reason | null) ?? null,
  comment: String(row.comment),
  at: new Date(number(row.updated_at)),
});

export const toSearchMiss = (row: Row): SearchMissCount => ({
  query: String(row.query),
  count: number(row.count),
  lastAt: new Date(number(row.last_at)),
});

export function toStoredAnswer(row: Row): { created: boolean; answer: StoredAnswer } {
  return {
    created: number(row.revision) === 1,
    answer: {
      troubleshooter: String(row.troubleshooter),
      path: String(row.path).split('/'),
      outcome: String(row.outcome),
      state: row.state as AnswerEvent,
      createdAt: new Date(number(row.created_at)),
      updatedAt: new Date(number(row.updated_at)),
    },
  };
}

export const toAnswerReaders = (row: Row): AnswerTotals['readers'][number] => ({
  troubleshooter: String(row.troubleshooter),
  readers: number(row.readers),
});

export const toAnswerOutcome = (row: Row): AnswerTotals['outcomes'][number] => ({
  troubleshooter: String(row.troubleshooter),
  outcome: String(row.outcome),
  readers: number(row.readers),
  fixedYes: number(row.fixed_yes),
  fixedNo: number(row.fixed_no),
});

export const toAnswerPath = (row: Row): AnswerTotals['paths'][number] => ({
  troubleshooter: String(row.troubleshooter),
  path: String(row.path).split('/'),
  state: row.state as AnswerEvent,
  readers: number(row.readers),
});
