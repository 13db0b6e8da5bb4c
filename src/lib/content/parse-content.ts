import type { z } from 'astro/zod';

/**
 * `raw` parsed with `schema`, or an error naming the content file and the field, so a content
 * owner's mistake fails the build with where to look.
 */
export function parseContentFile<T>(file: string, schema: z.ZodType<T>, raw: unknown): T {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
  }
  return parsed.data;
}
