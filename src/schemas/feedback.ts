import { z } from 'astro/zod';
import { MAX_COMMENT_LENGTH, REASONS, VISITOR_PATTERN } from '../lib/feedback/types.ts';
import { SLUG_PATTERN } from '../lib/content/slug.ts';

/**
 * A vote as the API accepts it (JSON, or the no-JavaScript form). Unknown fields, `__proto__`
 * included, are refused rather than ignored.
 */
export const voteRequestSchema = z
  .object({
    guide: z.string().regex(SLUG_PATTERN),
    vote: z.enum(['up', 'down']),
    reason: z.enum(REASONS).optional(),
    comment: z.string().max(MAX_COMMENT_LENGTH).optional(),
    visitor: z.string().regex(VISITOR_PATTERN).optional(),
  })
  .strict()
  .refine((body) => body.vote === 'down' || body.reason === undefined, {
    path: ['reason'],
    message: 'a reason goes with a "down" vote',
  });

export type VoteRequest = z.infer<typeof voteRequestSchema>;

/** A search that found nothing, as the search box reports it. */
export const searchMissSchema = z.object({ query: z.string().trim().min(1).max(200) }).strict();
