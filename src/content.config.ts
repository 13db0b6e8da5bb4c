import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { documentedGuideSchema } from './lib/content/documented-guide.ts';
import { troubleshooterSchema } from './schemas/troubleshooter.ts';

// The file name is the URL slug, so ids are kept exactly as written.
const guides = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/guides', generateId: ({ entry }) => entry.replace(/\.md$/, '') }),
  schema: documentedGuideSchema,
});

// Guided troubleshooters: the file name is the URL slug under /troubleshoot/.
const troubleshooters = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/troubleshooters' }),
  schema: troubleshooterSchema,
});

export const collections = { guides, troubleshooters };
