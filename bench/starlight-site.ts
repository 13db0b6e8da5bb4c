// A minimal Starlight docs site holding the same synthetic guides as our build benchmark, so the two
// builds can be timed side by side. Starlight keeps its defaults, Pagefind search included: that
// is part of what it does for a docs site, as our own search index is part of our build.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticGuide } from './generate-guides.ts';

const root = join(import.meta.dirname, '..');

/** Frontmatter fields Starlight's `docsSchema` accepts, from ours: `updated` is its `lastUpdated`. */
const STARLIGHT_FIELDS: Record<string, string> = { title: 'title', description: 'description', updated: 'lastUpdated' };

/** `<Callout type="tip">` … `</Callout>`, the blank lines inside it included. */
const CALLOUT = /<Callout type="(\w+)">\n\n([\s\S]*?)\n\n<\/Callout>/g;

/**
 * Our guide source as a Starlight page: the frontmatter Starlight accepts, and our `<Callout>` as
 * its Markdown aside (`:::tip`). Ours are Markdown files, so Starlight's are too: each site in its
 * own Markdown, neither compiling a module per page.
 */
export function toStarlightPage(source: string): string {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
  if (!match) throw new Error('a synthetic guide without frontmatter');
  const [, frontmatter = '', body = ''] = match;
  const fields = frontmatter.split('\n').flatMap((line) => {
    const [, key = '', value = ''] = /^(\w+):(.*)$/.exec(line) ?? [];
    const starlightKey = STARLIGHT_FIELDS[key];
    return starlightKey ? [`${starlightKey}:${value}`] : [];
  });
  const page = body.replace(CALLOUT, (_callout, type: string, inside: string) => `:::${type}\n${inside}\n:::`);
  return `---\n${fields.join('\n')}\n---\n\n${page.trimStart()}`;
}

const CONFIG = `import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  // As ours has one: Starlight's sitemap is written only for a site with an address.
  site: 'https://help.example.com',
  // Where ours keeps it, so clearing caches before a cold build clears both alike.
  cacheDir: './.astro/cache',
  integrations: [starlight({ title: 'Trust Leads Help Center' })],
  vite: {
    build: {
      rolldownOptions: {
        // As in our own config: the bundler warns once per MDX page about a directive Astro handles.
        onLog(level, log, handler) {
          if (log.code !== 'MODULE_LEVEL_DIRECTIVE') handler(level, log);
        },
      },
    },
  },
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

const installedVersion = (name: string) =>
  (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
/** As a Starlight site declares them: Astro bundles the packages it finds here that ship components. */
const PACKAGE = {
  name: 'starlight-bench',
  private: true,
  type: 'module',
  dependencies: Object.fromEntries(['@astrojs/starlight', 'astro'].map((name) => [name, installedVersion(name)])),
};

/** A throwaway Starlight site; `dir` is built with `astro build` like our own copies. */
export interface StarlightSite {
  dir: string;
  remove: () => void;
}

/** Writes a Starlight site with `count` synthetic guides under /guides/, with our node_modules. */
export function createStarlightSite(count: number, seed = 1): StarlightSite {
  const dir = mkdtempSync(join(tmpdir(), 'help-center-starlight-'));
  const docs = join(dir, 'src', 'content', 'docs', 'guides');
  mkdirSync(docs, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify(PACKAGE));
  writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(dir, 'src', 'content.config.ts'), CONTENT_CONFIG);
  writeFileSync(
    join(dir, 'src', 'content', 'docs', 'index.md'),
    '---\ntitle: Trust Leads Help Center\ndescription: Guides.\n---\n\nPick a guide from the sidebar.\n',
  );
  for (let n = 1; n <= count; n += 1) {
    const { slug, source } = syntheticGuide(n, seed);
    writeFileSync(join(docs, `${slug}.md`), toStarlightPage(source));
  }
  // Hard links, not a symlink: Astro compiles Starlight's components only when they are inside the
  // project, as they are in a real Starlight site, and caches written to node_modules stay here.
  const linked = spawnSync('cp', ['-al', realpathSync(join(root, 'node_modules')), join(dir, 'node_modules')], {
    encoding: 'utf8',
  });
  if (linked.status !== 0) throw new Error(`could not link node_modules: ${linked.stderr}`);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
