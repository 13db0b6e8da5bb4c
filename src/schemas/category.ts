import { z } from 'astro/zod';

/** A category of guides, as listed in `content/categories.json` (array order is display order). */
export const categorySchema = z
  .object({
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a category slug is lowercase letters, digits and hyphens'),
    title: z.string().trim().min(1),
    description: z.string().trim().min(1),
  })
  .strict();

/** The whole category list: at least one category, no slug twice. */
export const categoryListSchema = z
  .array(categorySchema)
  .min(1)
  .refine((list) => new Set(list.map((c) => c.slug)).size === list.length, 'category slugs must be unique');

export type Category = z.infer<typeof categorySchema>;
