import type AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import axe from 'axe-core';
import { axeOn } from './support/axe.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
// "All rules": axe's full default set plus the experimental rules, which are off by default.
const ALL_RULES = Object.fromEntries(axe.getRules(['experimental']).map((rule) => [rule.ruleId, { enabled: true }]));
// The colour rules axe runs by default (its AAA contrast rule is off by default, as everywhere here).
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
const SEVERE = new Set(['serious', 'critical']);

// The themes and forced colours change colours only (tokens and system colours, never what is
// shown), so the full rule set runs once, in light, and the other modes run the colour rules.
const modes = [
  { name: 'light theme', colorScheme: 'light', forcedColors: 'none', colourOnly: false },
  { name: 'dark theme', colorScheme: 'dark', forcedColors: 'none', colourOnly: true },
  { name: 'forced colours', colorScheme: 'light', forcedColors: 'active', colourOnly: true },
] as const;

function axeFor(page: Page, colourOnly: boolean): AxeBuilder {
  const builder = axeOn(page).options({ rules: ALL_RULES, resultTypes: ['violations'] });
  return colourOnly ? builder.withRules(COLOUR_RULES) : builder;
}

// The pages in parts that run in parallel, each with room on a busy machine. Each page is loaded
// once and checked in every mode: the modes change colours only, so switching the emulated media
// in place is the same page a reader in that mode gets.
const PARTS = 4;

for (let part = 0; part < PARTS; part += 1) {
  test(`axe on every page of the sitemap (part ${part + 1} of ${PARTS}), in light, dark and forced colours: no WCAG 2.2 A/AA violation, nothing serious`, async ({
    browser,
    request,
  }) => {
    test.setTimeout(300_000);
    const sitemap = await (await request.get('/sitemap.xml')).text();
    const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    expect(paths.length).toBeGreaterThan(20);
    paths.push('/no-such-page/', '/search/?q=session', '/search/?q=qxzjvkwqxz');

    const context = await browser.newContext();
    const page = await context.newPage();
    const failures: string[] = [];
    for (const path of paths.filter((_, i) => i % PARTS === part)) {
      await page.emulateMedia({ colorScheme: modes[0].colorScheme, forcedColors: modes[0].forcedColors });
      await page.goto(path);
      for (const { name, colorScheme, forcedColors, colourOnly } of modes) {
        await page.emulateMedia({ colorScheme, forcedColors });
        await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
        // One pass with every rule; WCAG rules must pass outright, the rest must not be serious.
        const { violations } = await axeFor(page, colourOnly).analyze();
        for (const violation of violations) {
          const wcag = violation.tags.some((tag) => WCAG_TAGS.includes(tag));
          if (!wcag && !SEVERE.has(violation.impact ?? '')) continue;
          const targets = violation.nodes.map((n) => n.target.join(' ')).slice(0, 3);
          failures.push(
            `${path} (${name}): ${violation.id} [${violation.impact}] (${violation.help}) at ${targets.join(', ')}`,
          );
        }
      }
    }
    await context.close();
    expect(failures).toEqual([]);
  });
}

test('axe, as these tests run it, finds the violations of a page that has them', async ({ page }) => {
  await page.setContent(
    '<!doctype html><html lang="en"><title>Bad</title><body><main><p style="color:#777;background:#888">Faint text</p><img src="/favicon.svg"></main></body></html>',
  );
  const { violations } = await axeFor(page, false).analyze();
  expect(violations.map((violation) => violation.id)).toEqual(expect.arrayContaining(['color-contrast', 'image-alt']));
  const colours = await axeFor(page, true).analyze();
  expect(colours.violations.map((violation) => violation.id)).toEqual(['color-contrast']);
});
