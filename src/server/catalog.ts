import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { TroubleshooterEntry } from '../lib/troubleshooters/report.ts';
import { troubleshooterSchema } from '../schemas/troubleshooter.ts';

/** A guide as the API and dashboard know it. */
export interface GuideRef {
  slug: string;
  title: string;
}

/**
 * What the on-demand routes need to know of the content: which guides take votes and what the
 * troubleshooters ask. The build writes it as JSON, so the server's code bundles no content.
 */
export interface Catalog {
  guides: readonly GuideRef[];
  troubleshooters: readonly TroubleshooterEntry[];
}

/** Where the build writes each part, relative to `dist/client/` (see `src/pages/*.json.ts`). */
export const CATALOG_FILES = { guides: 'guides.json', troubleshooters: 'troubleshooters.json' } as const;

/** Reads the catalog the build wrote into `clientDir`. */
export function readBuiltCatalog(clientDir: string): Catalog {
  const read = (file: string): unknown => JSON.parse(readFileSync(join(clientDir, file), 'utf8'));
  return {
    guides: read(CATALOG_FILES.guides) as GuideRef[],
    troubleshooters: read(CATALOG_FILES.troubleshooters) as TroubleshooterEntry[],
  };
}

const filesEndingWith = (dir: string, extension: string) =>
  readdirSync(dir)
    .filter((file) => file.endsWith(extension))
    .sort();

/**
 * The catalog read from the content files themselves, for `astro dev`, where there is no build.
 * Troubleshooters go through their schema, so a broken one fails here as it would in the build.
 */
export function catalogFromContent(contentDir: string): Catalog {
  const guidesDir = join(contentDir, 'guides');
  const troubleshootersDir = join(contentDir, 'troubleshooters');
  return {
    guides: filesEndingWith(guidesDir, '.md').map((file) => {
      const source = readFileSync(join(guidesDir, file), 'utf8');
      const title = /^title:\s*["']?(.*?)["']?\s*$/m.exec(source)?.[1] ?? file;
      return { slug: file.replace(/\.md$/, ''), title };
    }),
    troubleshooters: filesEndingWith(troubleshootersDir, '.yaml').map((file) => ({
      slug: file.replace(/\.yaml$/, ''),
      data: troubleshooterSchema.parse(parseYaml(readFileSync(join(troubleshootersDir, file), 'utf8'))),
    })),
  };
}
