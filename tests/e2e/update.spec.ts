// A new version deployed while the app is open: the tab offers it in its language, never reloads
// while the form has unsaved changes, and moves to it when asked. The build is served here by a
// small server of the test's own, which can start serving a changed service worker, as a new
// deployment would (the byte change is what makes the browser install a new version).
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const DIST = path.resolve(process.env.E2E_DIST ?? 'dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain',
};

/** Serves the build with the SPA fallback; from `deploy()` on, its sw.js is a new version. */
async function startServer(): Promise<{ url: string; deploy: () => void; swRequests: () => number[]; close: () => Promise<void> }> {
  let version = 1;
  const requested: number[] = [];
  const server: Server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    const isFile = /\.[^/]+$/.test(pathname);
    const file = path.join(DIST, isFile ? pathname : 'index.html');
    void readFile(file).then(
      (body) => {
        if (pathname === '/sw.js') {
          requested.push(version);
          if (version > 1) body = Buffer.concat([body, Buffer.from(`\n// version marker ${version}\n`)]);
        }
        response.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
        response.end(body);
      },
      () => {
        response.writeHead(404).end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    deploy: () => {
      version += 1;
    },
    swRequests: () => requested,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  });
}

/** Whether a new version is installed and waiting for the word to take over. */
const hasWaitingVersion = (page: Page) => page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting));

let server: Awaited<ReturnType<typeof startServer>>;
test.beforeEach(async () => {
  server = await startServer();
});
test.afterEach(async () => {
  await server.close();
});

test('a new version is offered in the UI language, waits while the form has unsaved changes, and loads when asked', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(`${server.url}/projects/sample-wir/edit`);
  const acronym = page.getByLabel('Acronym', { exact: true });
  await expect(acronym).toHaveValue('WIR');
  await waitForServiceWorker(page);
  const prompt = page.getByRole('status').filter({ hasText: 'A new version is ready — reload' });
  await expect(prompt).toHaveCount(0);

  // Unsaved work in the form, then a new version is deployed and the tab checks for it.
  await acronym.fill('WIR (not saved yet)');
  // A mark on this page: gone if the page ever reloads.
  await page.evaluate(() => Object.assign(window, { pageMark: 'before the update' }));
  server.deploy();
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  await expect(prompt).toBeVisible();
  expect(server.swRequests()).toContain(2);

  // It does not reload: it says why and the reload button waits.
  const reload = prompt.getByRole('button', { name: 'Reload' });
  await expect(reload).toBeDisabled();
  await expect(prompt).toContainText('Save or cancel your changes first');
  await page.getByRole('button', { name: /LV/ }).click();
  const promptLv = page.getByRole('status').filter({ hasText: 'Ir gatava jauna versija — pārlādējiet' });
  await expect(promptLv).toContainText('Vispirms saglabājiet vai atceliet izmaiņas');
  await expect(promptLv.getByRole('button', { name: 'Pārlādēt' })).toBeDisabled();
  await page.getByRole('button', { name: /EN/ }).click();
  await expect(acronym).toHaveValue('WIR (not saved yet)');
  expect(await page.evaluate(() => (window as { pageMark?: string }).pageMark)).toBe('before the update');
  expect(await hasWaitingVersion(page)).toBe(true);

  // Saved: now the reload is offered, and it brings the new version in.
  await page.getByRole('button', { name: 'Save project' }).click();
  await expect(page).toHaveURL(/\/projects\/sample-wir$/);
  await expect(reload).toBeEnabled();
  await expect(prompt).not.toContainText('Save or cancel');
  await Promise.all([page.waitForEvent('load'), reload.click()]);
  expect(await page.evaluate(() => (window as { pageMark?: string }).pageMark)).toBeUndefined();
  await expect(page.locator('main h1')).toContainText('WIR (not saved yet)');
  await waitForServiceWorker(page);
  expect(await hasWaitingVersion(page), 'the new version took over').toBe(false);
  await expect(prompt).toHaveCount(0);
});

test('a tab with unsaved changes is not reloaded when another tab moves to the new version', async ({ page, context }) => {
  test.setTimeout(90_000);
  await page.goto(`${server.url}/projects`);
  await waitForServiceWorker(page);
  const editing = await context.newPage();
  await editing.goto(`${server.url}/projects/sample-decode/edit`);
  const acronym = editing.getByLabel('Acronym', { exact: true });
  await expect(acronym).toHaveValue('DeCoDe');
  await acronym.fill('DeCoDe (typed in the other tab)');
  await editing.evaluate(() => Object.assign(window, { pageMark: 'before the update' }));

  server.deploy();
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  const prompt = (p: Page) => p.getByRole('status').filter({ hasText: 'A new version is ready — reload' });
  await expect(prompt(page)).toBeVisible();
  await expect(prompt(editing)).toBeVisible();
  await expect(prompt(editing).getByRole('button', { name: 'Reload' })).toBeDisabled();

  // The first tab moves to the new version; the new service worker takes the editing tab over too.
  await editing.evaluate(() => {
    const taken = new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
    Object.assign(window, { taken });
  });
  await Promise.all([page.waitForEvent('load'), prompt(page).getByRole('button', { name: 'Reload' }).click()]);
  await editing.evaluate(() => (window as { taken?: Promise<void> }).taken);
  expect(await hasWaitingVersion(page)).toBe(false);

  // The editing tab stayed as it was: same page, the form as typed, the prompt still there.
  expect(await editing.evaluate(() => (window as { pageMark?: string }).pageMark)).toBe('before the update');
  await expect(acronym).toHaveValue('DeCoDe (typed in the other tab)');
  await expect(prompt(editing)).toBeVisible();
});
