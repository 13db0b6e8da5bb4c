import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A guide as the API and dashboard know it. */
export interface GuideRef {
  slug: string;
  title: string;
}

/**
 * The guides in a content folder, read from their files (for `astro dev`; a built site uses the
 * `guides.json` the build wrote).
 */
export function guideListFromContent(dir: string): GuideRef[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const source = readFileSync(join(dir, file), 'utf8');
      const title = /^title:\s*["']?(.*?)["']?\s*$/m.exec(source)?.[1] ?? file;
      return { slug: file.replace(/\.mdx$/, ''), title };
    });
}
