import rawCategories from '../../../content/categories.json' with { type: 'json' };
import { categoryListSchema, type Category } from '../../schemas/category.ts';
import { parseContentFile } from './parse-content.ts';

/** Every category, in the order content owners listed them. */
export const categories: readonly Category[] = parseContentFile(
  'content/categories.json',
  categoryListSchema,
  rawCategories,
);

/** Category slugs as a non-empty tuple, the form `z.enum` wants. */
export const categorySlugs = categories.map((c) => c.slug) as [string, ...string[]];

/** The category with `slug`; throws if there is none, since callers only pass validated slugs. */
export function categoryBySlug(slug: string): Category {
  const category = categories.find((c) => c.slug === slug);
  if (!category) throw new Error(`Unknown category "${slug}"`);
  return category;
}
