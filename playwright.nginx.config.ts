// Browser tests of the hosting recipe: the build served by nginx with deploy/nginx/eu-portfolio.conf.
// `npm test` starts nginx itself (scripts/nginx-serve.mjs) and passes its address in NGINX_URL.
// By hand: build, then `npx playwright test -c playwright.nginx.config.ts`; nginx is started on
// NGINX_PORT (default 4180) serving E2E_DIST (default dist) and stopped afterwards.
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

const PORT = Number(process.env.NGINX_PORT ?? 4180);
const DIST = process.env.E2E_DIST ?? 'dist';
const URL = process.env.NGINX_URL ?? `http://127.0.0.1:${PORT}`;

export default defineConfig({
  ...base,
  testDir: 'tests/e2e-nginx',
  outputDir: 'test-results/nginx',
  reporter: [['list'], ['json', { outputFile: '.tmp/playwright-nginx.json' }]],
  use: { ...base.use, baseURL: URL },
  webServer: process.env.NGINX_URL
    ? undefined
    : {
        command: `node scripts/nginx-serve.mjs ${PORT} ${DIST}`,
        url: URL,
        reuseExistingServer: false,
        timeout: 30_000,
        stdout: 'pipe',
        stderr: 'pipe',
      },
});
