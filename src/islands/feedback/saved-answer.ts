import { MAX_COMMENT_LENGTH, REASONS, type Reason } from '../../lib/feedback/types.ts';

/** A vote as the API takes it. */
export type Vote = 'up' | 'down';

/** What this browser last saved for a guide: restored on reload, resent when the vote changes. */
export interface SavedAnswer {
  vote: Vote;
  reason?: Reason | undefined;
  /** The comment the API has stored, not an unsent draft. */
  comment?: string | undefined;
}

const isReason = (value: unknown): value is Reason => REASONS.includes(value as Reason);

/**
 * The saved answer in `raw` (a `localStorage` value), or null when there is none or it is damaged.
 * Earlier versions stored the bare vote (`"up"`/`"down"`), which still reads.
 */
export function readSavedAnswer(raw: string | null): SavedAnswer | null {
  if (raw === 'up' || raw === 'down') return { vote: raw };
  if (!raw) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { vote, reason, comment } = value as Record<string, unknown>;
  if (vote !== 'up' && vote !== 'down') return null;
  return {
    vote,
    reason: vote === 'down' && isReason(reason) ? reason : undefined,
    comment: typeof comment === 'string' && comment.length <= MAX_COMMENT_LENGTH ? comment : undefined,
  };
}

/**
 * The body to send for `next`, keeping what was said before: the earlier comment always, the
 * reason only with "No" (the API takes a reason only with a "down" vote).
 */
export function answerBody(guide: string, next: SavedAnswer): Record<string, string> {
  const body: Record<string, string> = { guide, vote: next.vote };
  if (next.vote === 'down' && next.reason) body.reason = next.reason;
  if (next.comment) body.comment = next.comment;
  return body;
}
