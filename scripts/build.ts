// `npm run build`: after guide edits alone, a quick rebuild (src/integrations/quick-rebuild/) that
// re-renders only what they changed; otherwise, or with --full, `astro build`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { QuickRebuild } from '../src/integrations/quick-rebuild/rebuild.ts';
import { CACHE_DIR, quickRebuildDir } from '../src/integrations/quick-rebuild/state.ts';

const { values } = parseArgs({ options: { full: { type: 'boolean', default: false } } });
// Since the process started (`performance.now()` counts from then).
const seconds = () => (performance.now() / 1000).toFixed(2);

async function tryQuickRebuild(): Promise<QuickRebuild> {
  if (values.full) return { built: false, reason: '--full' };
  // Without a kit there is nothing to try, and a cold build need not wait for the code that would.
  if (!existsSync(quickRebuildDir(CACHE_DIR))) return { built: false, reason: 'no earlier build to build on' };
  try {
    const { quickRebuild } = await import('../src/integrations/quick-rebuild/rebuild.ts');
    return await quickRebuild();
  } catch (error) {
    // A guide that does not render, or a link it breaks: the full build reports it in full.
    return {
      built: false,
      reason: `the quick rebuild stopped: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

const quick = await tryQuickRebuild();
if (quick.built) {
  const what =
    quick.guides.length === 0
      ? 'no guide changed'
      : `${quick.guides.length} guide(s) changed: ${quick.guides.join(', ')}`;
  console.log(`[build] quick rebuild, ${what}; ${quick.pages.length} page(s) rendered again in ${seconds()}s`);
  process.exit(0);
}
console.log(`[build] full build: ${quick.reason}`);
// This process's Node options (a memory reporter, say) apply to the build as well. A larger young
// generation: the build makes millions of short-lived strings, and with V8's default of a few MB it
// spends a tenth of its time collecting them (here, less time and less peak memory).
const astro = join(process.cwd(), 'node_modules', 'astro', 'bin', 'astro.mjs');
const node = [...process.execArgv, '--max-semi-space-size=32'];
const result = spawnSync(process.execPath, [...node, astro, 'build'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
