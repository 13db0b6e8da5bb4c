import { z } from 'astro/zod';
import { categorySlugs } from '../lib/content/categories.ts';
import { SLUG_PATTERN } from '../lib/content/slug.ts';

const tagSchema = z
  .string()
  .regex(SLUG_PATTERN, 'a tag is a lowercase slug (letters, digits and hyphens, no spaces), e.g. "api-keys"');

const errorCodeSchema = z
  .string()
  .regex(/^[A-Z][A-Z0-9_]*$/, 'an error code is UPPER_SNAKE_CASE, as the API returns it, e.g. "SESSION_EXPIRED"');

/**
 * Frontmatter of a guide (`content/guides/<slug>.md`). Unknown keys are rejected so that a typo
 * such as `tag:` fails the build instead of silently dropping the field.
 */
export const guideSchema = z
  .object({
    title: z.string().trim().min(1, 'title must not be empty').max(120),
    description: z.string().trim().min(1, 'description must not be empty').max(300),
    category: z.enum(categorySlugs, {
      error: (issue) =>
        `unknown category ${JSON.stringify(issue.input)}; use one of: ${categorySlugs.join(', ')} (content/categories.json)`,
    }),
    tags: z
      .array(tagSchema)
      .min(1, 'give at least one tag')
      .max(8)
      .refine((tags) => new Set(tags).size === tags.length, 'a tag is listed twice'),
    updated: z.coerce.date({ error: 'updated must be a date written as YYYY-MM-DD' }),
    errorCodes: z.array(errorCodeSchema).default([]),
    related: z.array(z.string().regex(SLUG_PATTERN, 'related lists guide slugs (file names without .md)')).default([]),
    draft: z.boolean().default(false),
  })
  .strict();

export type GuideFrontmatter = z.infer<typeof guideSchema>;
