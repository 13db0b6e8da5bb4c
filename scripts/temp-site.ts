import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { errorCodeRegistry } from '../src/lib/content/error-codes.ts';
import { checkerGuideSlugs } from '../src/lib/tokens/links.ts';

const root = join(import.meta.dirname, '..');
const peakMemoryReporter = pathToFileURL(join(import.meta.dirname, 'report-peak-memory.ts')).href;

/** A throwaway copy of the site with its own guides, for fixture builds and benchmarks. */
export interface TempSite {
  dir: string;
  /** Runs `astro build` in the copy; never throws, the caller reads the outcome. */
  build: () => { ok: boolean; output: string; seconds: number; peakMemoryMB: number };
  remove: () => void;
}

/**
 * Copies the site's code and settings (not its guides) to a temporary directory, shares
 * `node_modules` by symlink, and lets `writeGuides` fill `content/guides/`. The guides the token
 * checker links to are added as short stand-ins when `writeGuides` did not write them, since the
 * build fails without them (`checkerGuides: false` leaves them out, to see it fail).
 */
export function createTempSite(
  writeGuides: (guidesDir: string) => void,
  { checkerGuides = true }: { checkerGuides?: boolean } = {},
): TempSite {
  const dir = mkdtempSync(join(tmpdir(), 'help-center-'));
  for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  mkdirSync(join(dir, 'content', 'guides'), { recursive: true });
  for (const file of readdirSync(join(root, 'content'))) {
    if (file.endsWith('.json')) cpSync(join(root, 'content', file), join(dir, 'content', file));
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeGuides(join(dir, 'content', 'guides'));
  if (checkerGuides) writeCheckerGuides(join(dir, 'content', 'guides'));
  return {
    dir,
    build() {
      const started = performance.now();
      const { command, args, env } = siteBuild();
      const result = spawnSync(command, args, { cwd: dir, encoding: 'utf8', env, maxBuffer: 256 * 1024 * 1024 });
      const peakKB = Math.max(0, ...[...result.stderr.matchAll(/peak-rss-kb=(\d+)/g)].map((match) => Number(match[1])));
      return {
        ok: result.status === 0,
        output: `${result.stdout}\n${result.stderr}`,
        seconds: (performance.now() - started) / 1000,
        peakMemoryMB: Math.round(peakKB / 1024),
      };
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A command to run in a site's directory, with the environment to run it in. */
export interface BuildCommand {
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
}

const reporting = (args: string[]): BuildCommand => ({
  command: process.execPath,
  args: ['--import', peakMemoryReporter, ...args],
  env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
});

/**
 * How a copy of this site is built, run in its directory: `npm run build` (scripts/build.ts) with
 * this process's Node (24 under `npm run`) and the peak-memory reporter preloaded, which prints
 * `peak-rss-kb=` and `build-usage=` lines on stderr (the reporter is passed on to `astro build`
 * when the script runs it, so a full build prints its own lines first).
 */
export function siteBuild(): BuildCommand {
  return reporting([join(root, 'scripts', 'build.ts')]);
}

/** `astro build` of the site in `dir` with its own Astro (another site, such as the Starlight bench's). */
export function astroBuild(dir: string): BuildCommand {
  return reporting([join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build']);
}

function writeCheckerGuides(guidesDir: string): void {
  for (const slug of checkerGuideSlugs(errorCodeRegistry)) {
    if (existsSync(join(guidesDir, `${slug}.md`))) continue;
    const codes = errorCodeRegistry.filter((entry) => entry.guides.includes(slug)).map((entry) => entry.code);
    const frontmatter = [
      `title: Stand-in for ${slug}`,
      'description: A guide the token checker links to.',
      'category: troubleshooting',
      'tags: [token]',
      'updated: 2026-11-20',
      ...(codes.length > 0 ? [`errorCodes: [${codes.join(', ')}]`] : []),
    ];
    writeGuide(guidesDir, slug, `---\n${frontmatter.join('\n')}\n---\n\nThe token checker's verdicts link here.\n`);
  }
}

/** Writes one guide file. */
export function writeGuide(guidesDir: string, slug: string, source: string): void {
  writeFileSync(join(guidesDir, `${slug}.md`), source);
}
