// Browser tests: Debian's system Chromium (never `npx playwright install`),
// driving the production build (dist/) served by `vite preview`.
// `npm test` runs `vite build` first; for `npm run test:e2e` build it yourself.
import { defineConfig, devices } from '@playwright/test';

// 4173 unless E2E_PORT says otherwise (scripts/test-all.mjs picks a free port
// when 4173 is taken, so it never tests against someone else's stale server).
const PORT = Number(process.env.E2E_PORT ?? 4173);
// The build to serve: dist/ unless E2E_DIST names another folder (parallel work trees).
const DIST = process.env.E2E_DIST ?? 'dist';
const BASE_URL = `http://127.0.0.1:${PORT}`;
const isCI = Boolean(process.env.CI);
// The sync server the sharing journeys sign in to (npm run sync-server's, in memory), reached
// through the preview server's same-origin /couchdb/ proxy. Its own port, never 5984, so a
// developer's running sync server is not touched.
export const SYNC_PORT = Number(process.env.E2E_SYNC_PORT ?? PORT + 1800);

const SHARING_JOURNEYS = /sharing.*\.spec\.ts$/;

const browserUse = {
  ...devices['Desktop Chrome'],
  locale: 'en-US',
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  },
};

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  forbidOnly: isCI,
  // In CI a failed test runs once more; one that then passes is still named in the summary as
  // FLAKY (scripts/test-all.mjs), so a flake is seen and chased, not hidden.
  retries: isCI ? 1 : 0,
  workers: 2, // the machine has 2 cores
  timeout: 30_000,
  expect: { timeout: 10_000 },
  // scripts/test-all.mjs overrides this with `--reporter=list,json` and
  // PLAYWRIGHT_JSON_OUTPUT_NAME; the JSON ends up in the same place.
  reporter: [['list'], ['json', { outputFile: '.tmp/playwright.json' }]],
  use: {
    baseURL: BASE_URL,
    locale: 'en-US',
    trace: 'off',
    screenshot: 'only-on-failure',
    video: 'off',
  },
  projects: [
    { name: 'chromium', testIgnore: SHARING_JOURNEYS, use: browserUse },
    // The sharing journeys all sign in to the one sync server, and some of them leave a
    // conflict on it for a while on purpose (until a person resolves it), which every signed-in
    // browser's header then counts. One worker runs them one after another, beside the others.
    { name: 'sharing', testMatch: SHARING_JOURNEYS, workers: 1, use: browserUse },
  ],
  webServer: [
    {
      command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${DIST}`,
      url: BASE_URL,
      env: { SYNC_SERVER_URL: `http://127.0.0.1:${SYNC_PORT}` },
      reuseExistingServer: !isCI,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: 'node scripts/sync-server.mjs',
      url: `http://127.0.0.1:${SYNC_PORT}/`,
      env: { SYNC_PORT: String(SYNC_PORT) },
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
