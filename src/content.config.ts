import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema } from './schemas/guide.ts';
import { troubleshooterSchema } from './schemas/troubleshooter.ts';

// The file name is the URL slug, so ids are kept exactly as written.
const guides = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/guides', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  schema: guideSchema,
});

// Guided troubleshooters: the file name is the URL slug under /troubleshoot/.
const troubleshooters = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/troubleshooters' }),
  schema: troubleshooterSchema,
});

export const collections = { guides, troubleshooters };
