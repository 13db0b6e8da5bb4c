import rawCategories from '../../../content/categories.json' with { type: 'json' };
import { categoryListSchema, type Category } from '../../schemas/category.ts';

function loadCategories(): Category[] {
  const parsed = categoryListSchema.safeParse(rawCategories);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`content/categories.json: ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
  }
  return parsed.data;
}

/** Every category, in the order content owners listed them. */
export const categories: readonly Category[] = loadCategories();

/** Category slugs as a non-empty tuple, the form `z.enum` wants. */
export const categorySlugs = categories.map((c) => c.slug) as [string, ...string[]];

/** The category with `slug`; throws if there is none, since callers only pass validated slugs. */
export function categoryBySlug(slug: string): Category {
  const category = categories.find((c) => c.slug === slug);
  if (!category) throw new Error(`Unknown category "${slug}"`);
  return category;
}
