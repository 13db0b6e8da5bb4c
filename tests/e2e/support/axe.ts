import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * axe on `page`, run in the page itself. The site's pages have no frames, so axe's default (a run
 * per frame, then a blank page opened to merge the frames' results) only cost a new page per
 * check: half of the accessibility suite's time.
 */
export function axeOn(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).setLegacyMode();
}
