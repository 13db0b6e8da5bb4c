// Builds a small copy of the site, then edits guides the way authors do: `npm run build` must
// take the quick path when only guides changed, and what it writes must be exactly what a full
// build writes. Slow (two full builds), so the decisions that need no build are asserted here too.
import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempSite, siteBuild, writeGuide, type TempSite } from '../../../scripts/temp-site.ts';
import { quickRebuild } from '../../../src/integrations/quick-rebuild/rebuild.ts';

function guide(title: string, body: string, tags = '[session, cookies]'): string {
  return `---\ntitle: ${title}\ndescription: About ${title.toLowerCase()}.\ncategory: troubleshooting\ntags: ${tags}\nupdated: 2026-11-20\n---\n\n## What happens\n\n${body}\n`;
}

let site: TempSite;

function build(...args: string[]): { ok: boolean; output: string } {
  const { command, args: base, env } = siteBuild();
  const result = spawnSync(command, [...base, ...args], { cwd: site.dir, env, encoding: 'utf8' });
  return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}` };
}

/** Every file the build wrote, by path, except the server's code (which a full build makes anew). */
function output(): Map<string, string> {
  const dist = join(site.dir, 'dist');
  return new Map(
    readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && !relative(dist, entry.parentPath).startsWith('server'))
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [relative(dist, path), readFileSync(path, 'utf8')] as const;
      }),
  );
}

const guideFile = (slug: string) => join(site.dir, 'content', 'guides', `${slug}.md`);

/** A quick rebuild run here, in the site's directory as `npm run build` runs it. */
async function quickRebuildHere() {
  const cwd = process.cwd();
  process.chdir(site.dir);
  try {
    return await quickRebuild();
  } finally {
    process.chdir(cwd);
  }
}

beforeAll(() => {
  site = createTempSite((dir) => {
    writeGuide(dir, 'cookie-settings', guide('Cookie settings', 'Open the settings and allow cookies.'));
    writeGuide(dir, 'signing-in-again', guide('Signing in again', 'Sign in again when the session ends.'));
    writeGuide(dir, 'session-length', guide('Session length', 'A session lasts until you sign out.'));
    writeGuide(dir, 'export-files', guide('Export files', 'Exports arrive by email.', '[export]'));
  });
  const first = build();
  expect(first.output).toContain('full build: no earlier build to build on');
  expect(first.ok).toBe(true);
}, 240_000);

afterAll(() => site?.remove());

describe('after guide edits alone, npm run build renders again only what they changed', () => {
  it('writes exactly what a full build writes, for a body edit and a retitled guide', () => {
    writeFileSync(
      guideFile('cookie-settings'),
      guide('Cookie settings', 'Open the browser settings, allow cookies, then reload the page.'),
    );
    writeFileSync(
      guideFile('session-length'),
      guide('How long a session lasts', 'A session lasts until you sign out.'),
    );
    const quick = build();
    expect(quick.output).toMatch(/quick rebuild, 2 guide\(s\) changed/);
    expect(quick.ok).toBe(true);
    const afterQuick = output();
    expect(afterQuick.get('client/guides/cookie-settings/index.html')).toContain('then reload the page');
    // The other guides that list the retitled one show its new title, and no page its old one.
    expect(afterQuick.get('client/guides/signing-in-again/index.html')).toContain('How long a session lasts');
    expect([...afterQuick].filter(([, text]) => text.includes('Session length')).map(([path]) => path)).toEqual([]);

    const full = build('--full');
    expect(full.output).toContain('full build: --full');
    expect(full.ok).toBe(true);
    const afterFull = output();
    expect([...afterQuick.keys()].sort()).toEqual([...afterFull.keys()].sort());
    const differing = [...afterFull].filter(([path, text]) => afterQuick.get(path) !== text).map(([path]) => path);
    expect(differing).toEqual([]);
  });

  it('does nothing when nothing changed', () => {
    const again = build();
    expect(again.output).toContain('quick rebuild, no guide changed; 0 page(s) rendered again');
    expect(again.ok).toBe(true);
  });
});

describe('anything but guide edits needs a full build', () => {
  it.each([
    [
      'a change to the code',
      () => {
        const file = join(site.dir, 'src', 'pages', 'index.astro');
        const before = readFileSync(file, 'utf8');
        appendFileSync(file, '\n');
        return () => writeFileSync(file, before);
      },
      'code, settings or content other than guides changed',
    ],
    [
      'another site address',
      () => {
        const before = process.env.SITE_URL;
        process.env.SITE_URL = 'https://help.example.com';
        return () => {
          if (before === undefined) delete process.env.SITE_URL;
          else process.env.SITE_URL = before;
        };
      },
      'code, settings or content other than guides changed',
    ],
    [
      'a new guide',
      () => {
        writeGuide(join(site.dir, 'content', 'guides'), 'new-guide', guide('New guide', 'New.'));
        return () => rmSync(guideFile('new-guide'));
      },
      'a guide was added (content/guides/new-guide.md)',
    ],
    [
      'a page missing from the output',
      () => {
        const file = join(site.dir, 'dist', 'client', 'guides', 'export-files', 'index.html');
        const before = readFileSync(file);
        rmSync(file);
        writeFileSync(guideFile('cookie-settings'), guide('Cookie settings', 'Edited once more.'));
        return () => writeFileSync(file, before);
      },
      'the page /guides/export-files is missing from the output',
    ],
  ])('%s', async (_name, change, reason) => {
    const undo = change();
    try {
      expect(await quickRebuildHere()).toEqual({ built: false, reason });
    } finally {
      undo();
    }
  });

  it('a guide that no longer renders stops it with the reason, which `npm run build` answers with a full build', async () => {
    // The full build then fails naming the file (tests/unit/build-fixtures.test.ts).
    writeFileSync(guideFile('export-files'), guide('Export files', '<Tabs>\n\nExports.\n\n</Tabs>', '[export]'));
    await expect(quickRebuildHere()).rejects.toThrow('content/guides/export-files.md: <Tabs> is not a guide component');
  });
});
