import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/chromium.ts';
import { E2E_ADMIN_TOKEN } from './tests/e2e/support/admin-token.ts';

/** A port nobody listens on, so the suite never meets a server left running by something else. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

// Workers re-read this file: keep the first port so they all talk to the same server.
const port = Number((process.env.E2E_PORT ??= String(await freePort())));
const baseURL = `http://127.0.0.1:${port}`;
// A fresh database per run; the dashboard on; no rate limit (tests vote fast from one address).
const feedbackDb = (process.env.E2E_FEEDBACK_DB ??= join(
  mkdtempSync(join(tmpdir(), 'help-center-e2e-')),
  'feedback.sqlite',
));

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() } }],
  webServer: {
    // The production server, as `npm start` runs it, against the build `npm test` just made.
    command: 'npm start',
    url: `${baseURL}/`,
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      FEEDBACK_DB: feedbackDb,
      ADMIN_TOKEN: E2E_ADMIN_TOKEN,
      FEEDBACK_RATE_LIMIT: '0',
    },
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'pipe',
  },
});
