import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The parts of Astro a quick rebuild runs outside `astro build`, taken from the installed package
 * by file path because Astro does not export them. They are the same functions `astro build` runs
 * (frontmatter parsing, the Markdown processor, the list of prerendered paths), so the pages come out the
 * same; the rebuild still compares one untouched page with the full build's copy before it writes
 * anything, and falls back to a full build when they differ (after an Astro upgrade, say).
 */
export interface AstroInternals {
  version: string;
  /** Frontmatter as Astro's content layer parses it (`safeParseFrontmatter` in astro/dist/content/utils.js). */
  parseFrontmatter: (source: string) => { frontmatter: Record<string, unknown>; content: string };
  /** Astro's default Markdown processor (`markdown.processor` in the config), by its options. */
  satteri: (options: unknown) => MarkdownProcessor;
  StaticPaths: new (app: unknown) => {
    getAll: () => Promise<{ pathname: string; route: PrerenderRoute; cacheKey?: string }[]>;
  };
  devalue: { unflatten: (value: unknown) => unknown; stringify: (value: unknown) => string };
}

export interface PrerenderRoute {
  type: string;
  route: string;
  component: string;
  isIndex: boolean;
}

export interface MarkdownRenderer {
  render: (
    body: string,
    options: { frontmatter: Record<string, unknown>; fileURL?: URL },
  ) => Promise<{
    code: string;
    metadata: { localImagePaths: string[]; remoteImagePaths: string[] } & Record<string, unknown>;
  }>;
}

export interface MarkdownProcessor {
  name: string;
  options: unknown;
  createRenderer: (options: Record<string, unknown>) => Promise<MarkdownRenderer>;
}

export async function loadAstroInternals(root: string): Promise<AstroInternals> {
  const packageJson = createRequire(join(root, 'package.json')).resolve('astro/package.json');
  const astroDir = dirname(packageJson);
  const load = (path: string) => import(pathToFileURL(join(astroDir, 'dist', path)).href);
  // Astro's own copies of its dependencies, so data is read as Astro reads it.
  const dependency = (name: string) => import(pathToFileURL(createRequire(packageJson).resolve(name)).href);
  const [frontmatter, markdown, staticPaths, devalue] = await Promise.all([
    dependency('@astrojs/internal-helpers/frontmatter'),
    dependency('@astrojs/markdown-satteri'),
    load('runtime/prerender/static-paths.js'),
    dependency('devalue'),
  ]);
  return {
    version: astroVersion(root),
    parseFrontmatter: (source) => frontmatter.parseFrontmatter(source, { frontmatter: 'empty-with-spaces' }),
    satteri: markdown.satteri,
    StaticPaths: staticPaths.StaticPaths,
    devalue,
  };
}

/** The installed Astro's version, to tell whether a kit was made by the same Astro. */
export function astroVersion(root: string): string {
  const require = createRequire(join(root, 'package.json'));
  return (require('astro/package.json') as { version: string }).version;
}
