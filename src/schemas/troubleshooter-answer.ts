import { z } from 'astro/zod';
import { SLUG_PATTERN } from '../lib/content/slug.ts';
import { VISITOR_PATTERN } from '../lib/feedback/types.ts';

/** What a reader did at an outcome: reached it, then said it fixed the problem or not. */
export const ANSWER_EVENTS = ['reached', 'fixed-yes', 'fixed-no'] as const;
export type AnswerEvent = (typeof ANSWER_EVENTS)[number];

/** Longest path the API accepts, in nodes; far beyond what any troubleshooter should ask. */
export const MAX_PATH_NODES = 100;

/**
 * An answer at a troubleshooter's outcome, as `POST /api/troubleshooter-answers` accepts it.
 * `path` is the node ids from the start to the outcome, both included (the form sends them joined
 * by "/"). Unknown fields are refused rather than ignored.
 */
export const answerRequestSchema = z
  .object({
    troubleshooter: z.string().regex(SLUG_PATTERN),
    path: z.array(z.string().regex(SLUG_PATTERN)).min(1).max(MAX_PATH_NODES),
    outcome: z.string().regex(SLUG_PATTERN),
    event: z.enum(ANSWER_EVENTS),
    visitor: z.string().regex(VISITOR_PATTERN).optional(),
  })
  .strict();

export type AnswerRequest = z.infer<typeof answerRequestSchema>;
