import type { AnswerInput, AnswerTotals, StoredAnswer } from '../troubleshooters/report.ts';

/** Why a reader said a guide did not help: the only reasons the widget offers. */
export const REASONS = ['inaccurate', 'did-not-solve', 'hard-to-follow', 'missing-information', 'other'] as const;
export type Reason = (typeof REASONS)[number];

/** Longest comment a reader can leave. */
export const MAX_COMMENT_LENGTH = 1000;

/** A visitor id as browsers keep it: random letters, digits, `-` and `_`. */
export const VISITOR_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

/** A reader's vote on a guide. `visitor` is a random id the browser keeps: no personal data. */
export interface VoteInput {
  guide: string;
  visitor: string;
  vote: 'up' | 'down';
  reason?: Reason | undefined;
  comment?: string | undefined;
  at: Date;
}

/** A vote as stored: the latest one from its visitor for its guide. */
export interface StoredVote {
  guide: string;
  vote: 'up' | 'down';
  reason: Reason | null;
  comment: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** Votes on one guide. */
export interface GuideTally {
  guide: string;
  up: number;
  down: number;
}

/** How often readers gave a reason for "No" on a guide. */
export interface ReasonCount {
  guide: string;
  reason: Reason;
  count: number;
}

/** A comment left with a vote. */
export interface GuideComment {
  guide: string;
  vote: 'up' | 'down';
  reason: Reason | null;
  comment: string;
  at: Date;
}

/** A query readers searched for and did not find, with how often. */
export interface SearchMissCount {
  query: string;
  count: number;
  lastAt: Date;
}

/**
 * Where votes, troubleshooter answers, zero-result searches and dashboard sessions are kept. Every method resolves only once the write is
 * durable (committed), so an acknowledged vote is never lost.
 */
export interface FeedbackStore {
  /**
   * Stores a vote, replacing this visitor's earlier vote on the guide. `created` is false for a
   * change. A vote older (by `at`) than the one stored changes nothing and answers with the stored one.
   */
  recordVote(input: VoteInput): Promise<{ created: boolean; vote: StoredVote }>;
  /**
   * Stores a reader's answer at a troubleshooter's outcome, one per visitor and path: a fix answer
   * replaces "reached" and an older fix answer (by `at`); reaching again, or an older fix answer,
   * changes nothing and answers with the stored one. `created` is false unless it is the first.
   */
  recordAnswer(input: AnswerInput): Promise<{ created: boolean; answer: StoredAnswer }>;
  /** Troubleshooter answers counted per troubleshooter, outcome and path. */
  answerTotals(): Promise<AnswerTotals>;
  /** Stores one zero-result search. */
  recordSearchMiss(query: string, at: Date): Promise<void>;
  /** Records a dashboard session until `expiresAt` (and forgets those expired by `now`). */
  startAdminSession(id: string, expiresAt: Date, now: Date): Promise<void>;
  /** True while the session exists and has not expired. */
  adminSessionActive(id: string, now: Date): Promise<boolean>;
  /** Ends a session: its cookie no longer opens the dashboard, even if copied. */
  endAdminSession(id: string): Promise<void>;
  /** Up and down votes per guide that has any. */
  tallies(): Promise<GuideTally[]>;
  /** Reasons given with "No" votes, per guide. */
  reasonCounts(): Promise<ReasonCount[]>;
  /** The latest comments, newest first, at most `limit` per guide. */
  recentComments(limitPerGuide: number): Promise<GuideComment[]>;
  /** The most frequent zero-result queries, most frequent first. */
  topSearchMisses(limit: number): Promise<SearchMissCount[]>;
  close(): Promise<void>;
}
