// @ts-check
import node from '@astrojs/node';
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';
import { freshOutput } from './src/integrations/fresh-output.ts';
import { quickRebuildKit } from './src/integrations/quick-rebuild/integration.ts';
import { CACHE_DIR } from './src/integrations/quick-rebuild/state.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { siteChecks } from './src/integrations/site-checks.ts';
import { DEFAULT_SITE_URL } from './src/server/env.ts';

export default defineConfig({
  // Absolute URLs in the sitemap, RSS and Open Graph tags. Override per deployment.
  site: process.env.SITE_URL || DEFAULT_SITE_URL,
  output: 'static',
  // Inside the project rather than node_modules/.astro: copies of the site that share node_modules
  // (fixture builds, benchmarks) must not share one content store with each other or with us.
  cacheDir: `./${CACHE_DIR}`,
  // scripts/start.ts runs the server and serves the built files itself; the adapter's handler only
  // renders the on-demand routes (in standalone mode it looked for a file on disk first, every request).
  adapter: node({ mode: 'middleware' }),
  // Preact's JSX lives in .tsx files only; by default its Babel pass parses every TypeScript module.
  // Order matters after the build: clear out the last build's leftovers, check, index, and only
  // then keep what the next quick rebuild needs (`npm run build`, scripts/build.ts).
  integrations: [preact({ include: [/\.tsx$/] }), freshOutput(), siteChecks(), searchIndex(), quickRebuildKit()],
  markdown: {
    shikiConfig: {
      themes: { light: 'github-light-default', dark: 'github-dark' },
      defaultColor: false,
    },
  },
  devToolbar: { enabled: false },
  // Pages render while the ones before them are written to disk, rather than one after another.
  build: { concurrency: 4 },
  experimental: {
    // A rebuild renders again only the pages whose `cacheKey` (from getStaticPaths) or code changed,
    // and copies the rest from `.astro/cache/`: editing one guide rebuilds about one page.
    incrementalBuild: true,
  },
  // The API checks Origin itself, to answer with its own JSON error shape (DESIGN §7).
  security: { checkOrigin: false },
  vite: {
    build: {
      // The last build's files stay until this one is written; freshOutput() then removes the ones
      // it did not write again.
      emptyOutDir: false,
      rolldownOptions: {
        // Astro marks every MDX module with its own "use astro:head-inject" directive, and the
        // bundler warns once per guide that it may drop it; Astro handles the head itself.
        onLog(level, log, handler) {
          if (log.code !== 'MODULE_LEVEL_DIRECTIVE') handler(level, log);
        },
      },
    },
  },
});
