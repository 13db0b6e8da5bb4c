import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema } from './schemas/guide.ts';

// The file name is the URL slug, so ids are kept exactly as written.
const guides = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/guides', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  schema: guideSchema,
});

export const collections = { guides };
