import { z } from 'astro/zod';
import { MAX_COMMENT_LENGTH, REASONS, VISITOR_PATTERN } from '../lib/feedback/types.ts';
import { SLUG_PATTERN } from '../lib/content/slug.ts';

// NUL and the other C0 controls (and DEL) have no place in text a person typed; tab and new line do.
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b-\u001f\u007f]/;

/**
 * A comment as stored: line ends made `\n` (forms send CRLF), refused if it holds other control
 * characters; whitespace alone is no comment.
 */
const comment = z
  .string()
  .transform((text) => text.replace(/\r\n?/g, '\n'))
  .refine((text) => !CONTROL_CHARACTER.test(text), { message: 'control characters are not allowed' })
  .transform((text) => text.trim())
  .pipe(z.string().max(MAX_COMMENT_LENGTH))
  .transform((text) => (text === '' ? undefined : text));

/**
 * A vote as the API accepts it (JSON, or the no-JavaScript form). Unknown fields, `__proto__`
 * included, are refused rather than ignored.
 */
export const voteRequestSchema = z
  .object({
    guide: z.string().regex(SLUG_PATTERN),
    vote: z.enum(['up', 'down']),
    reason: z.enum(REASONS).optional(),
    comment: comment.optional(),
    visitor: z.string().regex(VISITOR_PATTERN).optional(),
  })
  .strict()
  .refine((body) => body.vote === 'down' || body.reason === undefined, {
    path: ['reason'],
    message: 'a reason goes with a "down" vote',
  });

export type VoteRequest = z.infer<typeof voteRequestSchema>;

/** A search that found nothing, as the search box reports it. */
export const searchMissSchema = z
  .object({
    query: z
      .string()
      .refine((text) => !CONTROL_CHARACTER.test(text.replace(/[\t\n]/g, ' ')))
      .transform((text) => text.trim())
      .pipe(z.string().min(1).max(200)),
  })
  .strict();
