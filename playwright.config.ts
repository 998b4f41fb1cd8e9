import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests run in Chromium: `CHROMIUM_PATH` if set, else Debian's /usr/bin/chromium when it
 * exists (CI and these machines, where browser downloads are impossible), else Playwright's own.
 * The suite builds the site with its sample content and serves it (`next start`) on port 3100.
 */
const executablePath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const port = Number(process.env.E2E_PORT || 3100);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Two workers on the 2-core machines the suite runs on (Playwright's default would be one).
  workers: 2,
  // No retries: a test that fails under load is a defect to fix, not to rerun.
  retries: 0,
  // Sized for a busy 2-core machine (CI runs beside other work): a page with an axe scan can take
  // ten seconds there. Tests that build or start servers set their own, longer timeouts.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    // Bound to loopback, as behind a reverse proxy in production (docs/deploy.md).
    command: `npm run build && npm run start -- -p ${port} -H 127.0.0.1`,
    url: `http://localhost:${port}/en`,
    // The suite's own production build: about a minute idle, several on a loaded machine.
    timeout: 900_000,
    reuseExistingServer: !process.env.CI,
    env: { SITE_URL: `http://localhost:${port}` },
  },
});
