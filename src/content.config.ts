import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { documentedGuideSchema } from './lib/content/documented-guide.ts';
import { troubleshooterSchema } from './schemas/troubleshooter.ts';

// The file name is the URL slug, so ids are kept exactly as written. The Markdown source is not
// kept in the store beside its HTML: src/data/guides.ts reads it from the file when it needs it.
const guides = defineCollection({
  loader: glob({
    pattern: '*.md',
    base: './content/guides',
    generateId: ({ entry }) => entry.replace(/\.md$/, ''),
    retainBody: false,
  }),
  schema: documentedGuideSchema,
});

// Guided troubleshooters: the file name is the URL slug under /troubleshoot/.
const troubleshooters = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/troubleshooters' }),
  schema: troubleshooterSchema,
});

export const collections = { guides, troubleshooters };
