// Screenshots of pages in light and dark, at phone and desktop width, for looking at what changed:
//   node scripts/screenshots.ts http://localhost:4321 /guides/fixing-session-expired-errors/ /
// Files go to ./screenshots/ (ignored by git).
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/chromium.ts';

const [base = 'http://localhost:4321', ...paths] = process.argv.slice(2);
const widths = { phone: 360, desktop: 1280 } as const;
mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions());
for (const path of paths.length > 0 ? paths : ['/']) {
  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, width] of Object.entries(widths)) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      await page.goto(new URL(path, base).href);
      const file = `screenshots/${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${scheme}-${name}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
      await page.close();
    }
  }
}
await browser.close();
