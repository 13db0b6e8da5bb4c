import { z } from 'astro/zod';

/**
 * One line of `content/search-synonyms.json`: ways of saying the same thing, the guides' own
 * wording first. A query holding any of the phrases also matches guides that use the others.
 */
export const searchSynonymSchema = z
  .object({
    phrases: z
      .array(
        z
          .string()
          .trim()
          .min(1)
          .max(60)
          .regex(/^[a-z0-9][a-z0-9 '-]*$/, 'a phrase is lowercase words, digits, spaces, hyphens and apostrophes'),
      )
      .min(2, 'a synonym line needs at least two phrases'),
  })
  .strict();

/** The whole table: no phrase on two lines, where it would be ambiguous which line it means. */
export const searchSynonymsSchema = z.array(searchSynonymSchema).refine((lines) => {
  const phrases = lines.flatMap((line) => line.phrases);
  return new Set(phrases).size === phrases.length;
}, 'a phrase appears twice in the synonym table');

export type SearchSynonym = z.infer<typeof searchSynonymSchema>;
