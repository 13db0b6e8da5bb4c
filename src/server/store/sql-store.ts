import { QUERIES } from './queries.ts';
import {
  toAnswerOutcome,
  toAnswerPath,
  toAnswerReaders,
  toComment,
  toReasonCount,
  toSearchMiss,
  toStoredAnswer,
  toStoredVote,
  toTally,
  type Row,
} from './rows.ts';
import type { FeedbackStore, VoteInput } from '../../lib/feedback/types.ts';
import type { AnswerInput } from '../../lib/troubleshooters/report.ts';

/**
 * The store's behaviour, written once over the shared SQL in queries.ts: a database only has to
 * run a query with `?` placeholders and return its rows.
 */
export abstract class SqlFeedbackStore implements FeedbackStore {
  protected abstract rows(sql: string, params: (string | number | null)[]): Promise<Row[]>;
  abstract close(): Promise<void>;

  async recordVote(input: VoteInput) {
    const at = input.at.getTime();
    const [row] = await this.rows(QUERIES.upsertVote, [
      input.guide,
      input.visitor,
      input.vote,
      input.reason ?? null,
      input.comment ?? null,
      at,
      at,
    ]);
    if (row) return toStoredVote(row);
    // A newer vote by the same visitor committed first (two requests raced): it stands, and this
    // older one changes nothing; the answer is the vote as stored.
    const [current] = await this.rows(QUERIES.selectVote, [input.guide, input.visitor]);
    return { ...toStoredVote(current!), created: false };
  }

  async recordAnswer(input: AnswerInput) {
    const at = input.at.getTime();
    const path = input.path.join('/');
    const [row] = await this.rows(QUERIES.upsertAnswer, [
      input.troubleshooter,
      input.visitor,
      path,
      input.outcome,
      input.event,
      at,
      at,
    ]);
    if (row) return toStoredAnswer(row);
    // Reaching again, or a fix answer older than the one stored: the stored answer stands.
    const [current] = await this.rows(QUERIES.selectAnswer, [input.troubleshooter, input.visitor, path]);
    return { ...toStoredAnswer(current!), created: false };
  }

  async answerTotals() {
    const [readers, outcomes, paths] = await Promise.all([
      this.rows(QUERIES.answerReaders, []),
      this.rows(QUERIES.answerOutcomes, []),
      this.rows(QUERIES.answerPaths, []),
    ]);
    return {
      readers: readers.map(toAnswerReaders),
      outcomes: outcomes.map(toAnswerOutcome),
      paths: paths.map(toAnswerPath),
    };
  }

  async recordSearchMiss(query: string, at: Date) {
    await this.rows(QUERIES.insertSearchMiss, [query, at.getTime()]);
  }

  async startAdminSession(id: string, expiresAt: Date, now: Date) {
    await this.rows(QUERIES.deleteExpiredAdminSessions, [now.getTime()]);
    await this.rows(QUERIES.insertAdminSession, [id, expiresAt.getTime()]);
  }

  async adminSessionActive(id: string, now: Date) {
    return (await this.rows(QUERIES.selectAdminSession, [id, now.getTime()])).length > 0;
  }

  async endAdminSession(id: string) {
    await this.rows(QUERIES.deleteAdminSession, [id]);
  }

  async tallies() {
    return (await this.rows(QUERIES.tallies, [])).map(toTally);
  }

  async reasonCounts() {
    return (await this.rows(QUERIES.reasonCounts, [])).map(toReasonCount);
  }

  async recentComments(limitPerGuide: number) {
    return (await this.rows(QUERIES.recentComments, [limitPerGuide])).map(toComment);
  }

  async topSearchMisses(limit: number) {
    return (await this.rows(QUERIES.topSearchMisses, [limit])).map(toSearchMiss);
  }
}
