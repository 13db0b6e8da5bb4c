import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/**
 * How tests and scripts launch Chromium: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium` when
 * present, else Playwright's own browser. The flags keep a root, offline machine quiet and working.
 */
export function chromiumLaunchOptions(): LaunchOptions {
  const executablePath =
    process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  return {
    ...(executablePath ? { executablePath } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  };
}
