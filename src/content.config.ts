import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { errorCodeEntry, errorCodeRegistry } from './lib/content/error-codes.ts';
import { guideSchema } from './schemas/guide.ts';
import { troubleshooterSchema } from './schemas/troubleshooter.ts';

// A guide may only name codes the reference documents, so every "Error code" link has a target.
const documentedGuideSchema = guideSchema.superRefine((guide, ctx) => {
  guide.errorCodes.forEach((code, i) => {
    if (errorCodeEntry(code)) return;
    ctx.addIssue({
      code: 'custom',
      path: ['errorCodes', i],
      message: `unknown error code ${JSON.stringify(code)}: it is not in content/error-codes.json (documented: ${errorCodeRegistry.map((e) => e.code).join(', ')})`,
    });
  });
});

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
