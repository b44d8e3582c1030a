// After one online visit the app opens, reloads and starts cold with no network, on every
// route, and work done offline is kept: the service worker precaches the whole build.
import { expect, test, type Page } from '@playwright/test';
import { openProjects, screens } from './helpers';

/** Waits until the service worker has installed (precached everything) and controls the page. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  });
}

/** Whether a request to the server (not in the precache) gets through. */
const reachesServer = (page: Page) =>
  page.evaluate(() => fetch(`/robots.txt?probe=${Date.now()}`, { cache: 'no-store' }).then(() => true, () => false));

test('after one visit, every route reloads with no network, and a project edited offline is kept', async ({ page, context }) => {
  test.setTimeout(120_000);
  await openProjects(page);
  await waitForServiceWorker(page);
  // Chromium's own installability check (manifest, icons, service worker) finds nothing missing
  // but the test browser's private window, which never installs anything.
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors.map((e) => e.errorId)).toEqual(['in-incognito']);
  await cdp.detach();
  // Settings says so, in both languages.
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('region', { name: 'Offline use' })).toContainText('Ready: this browser keeps a copy of the app');
  await page.getByRole('button', { name: /LV/ }).click();
  await expect(page.getByRole('region', { name: 'Lietošana bezsaistē' })).toContainText('Gatava: šis pārlūks glabā lietotnes kopiju');
  await page.getByRole('button', { name: /EN/ }).click();

  await context.setOffline(true);
  expect(await reachesServer(page), 'the network is really off').toBe(false);

  // Every screen, loaded afresh by address (a deep link), then reloaded.
  for (const screen of screens) {
    await page.goto(screen.route);
    await screen.ready(page);
  }
  for (const route of ['/projects/sample-wir', '/dashboard']) {
    await page.goto(route);
    await page.reload();
    await expect(page.locator('main h1')).toBeVisible();
  }

  // A cold start: every page of the browser closed, then a new one opened on a deep link.
  await page.close();
  const cold = await context.newPage();
  await cold.goto('/projects/sample-wir/edit');
  const acronym = cold.getByLabel('Acronym', { exact: true });
  await expect(acronym).toHaveValue('WIR');
  await acronym.fill('WIR (saved offline)');
  await cold.getByRole('button', { name: 'Save project' }).click();
  await expect(cold).toHaveURL(/\/projects\/sample-wir$/);
  await expect(cold.locator('main h1')).toContainText('WIR (saved offline)');
  expect(await reachesServer(cold), 'still offline while saving').toBe(false);

  // Back online: nothing lost, before and after a reload.
  await context.setOffline(false);
  await expect(cold.locator('main h1')).toContainText('WIR (saved offline)');
  await cold.reload();
  await expect(cold.locator('main h1')).toContainText('WIR (saved offline)');
  await cold.goto('/projects');
  await expect(cold.getByRole('link', { name: 'WIR (saved offline)', exact: true })).toBeVisible();
});

test('a file the app does not have is not answered with the app, online or offline', async ({ page, context }) => {
  await openProjects(page);
  await waitForServiceWorker(page);
  // robots.txt is served by the server as itself, never as index.html.
  const navigated = await page.goto('/robots.txt');
  expect(await navigated?.text()).toContain('User-agent');
  await context.setOffline(true);
  // Offline, a file outside the precache fails as a file would, rather than showing the app.
  await expect(page.goto('/robots.txt')).rejects.toThrow(/ERR_INTERNET_DISCONNECTED|ERR_FAILED/);
});
